"""Decoded text to (body, declared metadata, format): one reader per file format.

As in Pelican's `readers.py`, the reader is chosen by the file name's extension:

- `.txt` or no extension: plain text, the body as it is;
- `.md`, `.markdown`: YAML front matter (python-frontmatter, safe loader) and a
  Markdown body with image lines and heading markers removed;
- `.html`, `.htm`: the main text by trafilatura (navigation, cookie banners,
  newsletter boxes, related links and footers dropped), metadata from the
  page's own tags: JSON-LD, Open Graph, `<meta>`, `<title>`, `<html lang>`.

Declared metadata is data about the article, never a path: front-matter keys such
as `slug`, `path`, `permalink` or `save_as` are ignored (the generator gives every
article its slug), and a `url` is kept only when it is an http(s) address.
Anything the reader cannot use raises `ReaderError` with a reason for a person.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from generator.encoding import UNSAFE, without_controls
from generator.model import Declared

if TYPE_CHECKING:
    import lxml.html

FORMATS = {"": "text", ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

# Front-matter keys, by Declared field; the first present wins. Keys are compared
# in lower case. Keys not listed (slug, path, permalink, save_as, layout, ...) are ignored.
FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename"),
    "author": ("author", "authors", "byline", "by"),
    "date": ("date", "published", "published_at", "pubdate", "date_published", "datepublished"),
    "url": ("url", "link", "canonical", "canonical_url", "source_url"),
    "language": ("language", "lang", "locale"),
    "tags": ("tags", "keywords", "categories", "category"),
}
MAX_FIELD = 500  # characters kept of any declared value
MAX_TAGS = 50
MIN_HTML_WORDS = 20  # trafilatura returns a lone menu ("Home") from an empty page: not an article

ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report",
     "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "WebPage"}
)  # fmt: skip
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ", " :: ", " · ", " // ")

_IMAGE_LINE = re.compile(r"^\s*\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*$")
_HEADING_MARK = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_RULE_LINE = re.compile(r"^ {0,3}([-*_=])([ \t]*\1){2,}[ \t]*$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A numeric character reference (&#27; &#x202E; &#0000027 without its ";"), as HTML reads them.
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_LANGUAGE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*$")


class ReaderError(ValueError):
    """The file cannot be read as its format; `reason` says why, for a person."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def read(name: str, text: str) -> tuple[str, Declared, str]:
    """Read decoded text by the format its name's extension gives: (body, declared, format)."""
    return read_with_notes(name, text)[:3]


def read_with_notes(name: str, text: str) -> tuple[str, Declared, str, tuple[str, ...]]:
    """`read`, and notes of what was removed from markup on the way (for the report's warnings)."""
    fmt = format_of(name)
    reader = READERS[fmt]
    body, declared, notes = reader(text)
    if not body.strip():
        raise ReaderError("no article text" + (" found in the HTML page" if fmt == "html" else " after the front matter"))
    return body, declared, fmt, notes


def format_of(name: str) -> str:
    """"text" | "markdown" | "html" for a file name, or ReaderError for any other extension."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    if suffix not in FORMATS:
        raise ReaderError(f"unsupported file type {suffix} (expected .txt, .md, .markdown, .html or .htm)")
    return FORMATS[suffix]


# ---------------------------------------------------------------- plain text
def read_text(text: str) -> tuple[str, Declared, tuple[str, ...]]:
    return text, Declared(), ()


# ---------------------------------------------------------------- markdown
def read_markdown(text: str) -> tuple[str, Declared, tuple[str, ...]]:
    handler = YAMLHandler()
    meta: Any = {}
    body = text
    if handler.detect(text):
        try:
            front, body = handler.split(text)
            meta = handler.load(front)
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            line = f" (line {where.line + 2})" if where is not None else ""
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise ReaderError(f"malformed front matter{line}: {problem}") from None
        except ValueError as exc:
            raise ReaderError(f"malformed front matter: {exc}") from None
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            raise ReaderError("malformed front matter: expected 'key: value' lines")
    hidden = _unsafe_in(meta)  # a YAML escape ("\\u202e", "\\e") makes what decoding removed
    notes = (f"{hidden} control or invisible character(s) removed from the front matter",) if hidden else ()
    return markdown_body(body), declared_from_mapping(meta), notes


def markdown_body(body: str) -> str:
    """The Markdown body as text: image-only lines, rules and heading markers removed."""
    out = []
    for line in body.split("\n"):
        if _IMAGE_LINE.match(line) or _RULE_LINE.match(line):
            continue
        heading = _HEADING_MARK.match(line)
        out.append(heading.group(1) if heading else line)
    return "\n".join(out).strip("\n") + "\n"


def declared_from_mapping(meta: dict[Any, Any]) -> Declared:
    """Declared metadata from front matter; non-string values are coerced, containers never str()-ed."""
    lowered = {str(key).strip().lower(): value for key, value in meta.items()}

    def first(field: str) -> Any:
        for key in FRONT_MATTER_KEYS[field]:
            if lowered.get(key) not in (None, "", [], {}):
                return lowered[key]
        return None

    return Declared(
        title=_scalar(first("title")),
        outlet=_scalar(first("outlet"), "name"),
        author=_names(first("author")),
        date=_scalar(first("date")),
        url=_web_url(_scalar(first("url"))),
        language=_language(_scalar(first("language"))),
        tags=_tags(first("tags")),
    )


def _scalar(value: Any, key: str | None = None) -> str | None:
    """A clean one-line string from a YAML scalar (or a {name: ...} mapping when key is given)."""
    if isinstance(value, dict) and key:
        value = value.get(key)
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict, set, tuple)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return clean(str(value))


def _names(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [n for n in (_scalar(v, "name") for v in items[:MAX_TAGS]) if n]
    return clean(", ".join(dict.fromkeys(names))) if names else None


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        value = [value]
    tags = (_scalar(v) for v in value[:MAX_TAGS])
    return tuple(dict.fromkeys(t for t in tags if t))


def clean(value: str | None) -> str | None:
    """One line of text: control and invisible characters (encoding.UNSAFE) dropped, line breaks
    and white space collapsed, length capped."""
    if value is None:
        return None
    value = " ".join(without_controls(value)[0].split())[:MAX_FIELD]
    return value or None


def _unsafe_in(value: Any, depth: int = 0) -> int:
    """How many characters of encoding.UNSAFE the strings of a YAML or JSON value hold (what clean drops)."""
    if isinstance(value, str):
        return len(UNSAFE.findall(value))
    if depth > 4:
        return 0
    if isinstance(value, dict):
        return sum(_unsafe_in(v, depth + 1) for v in list(value.values())[:100])
    if isinstance(value, list):
        return sum(_unsafe_in(v, depth + 1) for v in value[:100])
    return 0


def _web_url(value: str | None) -> str | None:
    value = UNSAFE.sub("", value.strip()) if value else None
    if value and re.match(r"^https?://[^\s/]+", value, re.I):
        return value
    return None


def _language(value: str | None) -> str | None:
    match = _LANGUAGE.match(value or "")
    return match.group(1).lower() if match else None


# ---------------------------------------------------------------- HTML
def read_html(text: str) -> tuple[str, Declared, tuple[str, ...]]:
    import lxml.html  # here, as trafilatura is: a build of text and Markdown files never parses HTML

    text = _XML_DECLARATION.sub("", text, count=1)
    text, references = without_unsafe_references(text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ReaderError(f"unreadable HTML ({exc})") from None
    body = _main_text(text)
    notes = []
    if references:
        notes.append(f"{references} HTML character reference(s) to control or invisible characters removed")
    ld = json_ld_article(tree)
    hidden = _unsafe_in(ld)  # a JSON escape ("\\u202e") makes what decoding removed
    if hidden:
        notes.append(f"{hidden} control or invisible character(s) removed from the page's JSON-LD metadata")
    return body, declared_from_html(tree, text, ld), tuple(notes)


def without_unsafe_references(html: str) -> tuple[str, int]:
    """`html` without its numeric character references to characters of encoding.UNSAFE, and how many.

    Parsed, they would put into the tree a character that no XML may hold, and trafilatura, which
    builds XML of the page, would then find no text at all: the whole article lost for one `&#27;`.
    A reference to a line break (`&#12;`, `&#x2028;`) becomes a space, as white space in HTML."""
    if "&#" not in html:
        return html, 0
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        digits = (match.group(1) or match.group(2)).lstrip("0") or "0"
        if len(digits) > 8:  # beyond U+10FFFF in either base: the parser reads it as U+FFFD
            return match.group(0)
        code = int(digits, 16 if match.group(1) else 10)
        if code > 0x10FFFF:
            return match.group(0)
        char = chr(code)
        if 0x80 <= code <= 0x9F:  # &#150; is cp1252's "–" to a browser and to lxml; five codes are not cp1252
            char = bytes([code]).decode("cp1252", errors="ignore") or char
        if not UNSAFE.match(char):
            return match.group(0)
        count += 1
        return " " if without_controls(char)[0].isspace() else ""

    return _NUMERIC_REFERENCE.sub(replace, html), count


def _main_text(html: str) -> str:
    import trafilatura  # slow to import: only when an HTML page is read

    for precise in (True, False):
        body = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=precise,
            favor_recall=not precise,
            output_format="txt",
            with_metadata=False,
            deduplicate=False,
        )
        if body and len(body.split()) >= MIN_HTML_WORDS:
            return body.strip() + "\n"
    return ""


def declared_from_html(tree: lxml.html.HtmlElement, html: str, ld: dict | None = None) -> Declared:
    """Each field by its own fallback chain: JSON-LD (`ld`, when the caller has read it), then Open Graph
    and <meta>, then the page."""
    ld = json_ld_article(tree) if ld is None else ld
    site = first_of(ld_name(ld.get("publisher")), meta(tree, "og:site_name"), meta(tree, "application-name"))
    raw_title = first_of(
        _text(ld.get("headline")), meta(tree, "og:title"), meta(tree, "twitter:title"), _title_tag(tree)
    )
    title, suffix_outlet = split_title_suffix(raw_title or "", (site,) if site else ())
    if not title:
        title = _page_title_fallback(html)
    return Declared(
        title=clean(title),
        outlet=clean(site or suffix_outlet),
        author=clean(
            first_of(
                ld_name(ld.get("author")),
                meta(tree, "author"),
                meta(tree, "article:author", url_ok=False),
                meta(tree, "byl"),
                meta(tree, "dc.creator"),
            )
        ),
        date=clean(
            first_of(
                _text(ld.get("datePublished")),
                meta(tree, "article:published_time"),
                meta(tree, "og:published_time"),
                meta(tree, "datePublished"),
                meta(tree, "pubdate"),
                meta(tree, "publish-date"),
                meta(tree, "date"),
                meta(tree, "dc.date"),
                meta(tree, "dc.date.issued"),
                _time_element(tree),
            )
        ),
        url=_web_url(
            first_of(
                _link(tree, "canonical"), meta(tree, "og:url"), _text(ld.get("url")), ld_id(ld.get("mainEntityOfPage"))
            )
        ),
        language=_language(
            first_of(
                tree.get("lang"),
                tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                meta(tree, "content-language", attribute="http-equiv"),
                _text(ld.get("inLanguage")),
                meta(tree, "og:locale"),
            )
        ),
        tags=_tags([*metas(tree, "article:tag"), *_keyword_list(ld.get("keywords"))] or meta(tree, "keywords")),
    )


def split_title_suffix(title: str, site_names: Iterable[str] = ()) -> tuple[str, str | None]:
    """("Title", "Outlet") from "Title | Outlet" (also " - ", " : ", " — "...), else (title, None).

    A known site name is stripped wherever it stands at either end; an unknown suffix
    is taken as the outlet only when it is short and the rest looks like a headline.
    """
    title = " ".join(title.split())
    for site in (s for s in site_names if s):
        for sep in TITLE_SEPARATORS:
            if title.lower().endswith((sep + site).lower()):
                return title[: -len(sep + site)].strip(), site
            if title.lower().startswith((site + sep).lower()):
                return title[len(site + sep) :].strip(), site
    for sep in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found:
            continue
        head_words, tail_words = len(head.split()), len(tail.split())
        if 1 <= tail_words <= 5 and len(tail) <= 40 and head_words >= 3 and head_words > tail_words:
            return head.strip(), tail.strip()
    return title, None


def json_ld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object whose @type is an article type, or {}. Malformed blocks are skipped."""
    candidates = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "", strict=False)
        except (ValueError, RecursionError):
            continue
        candidates.extend(_ld_objects(data, depth=0))
    ranked = sorted(candidates, key=lambda obj: "WebPage" in _types(obj))  # WebPage only as a last resort
    return next((obj for obj in ranked if _types(obj) & ARTICLE_TYPES), {})


def _ld_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:100]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _ld_objects(data.get("@graph"), depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def ld_name(value: Any) -> str | None:
    """A name from a JSON-LD person/organisation, a list of them, or a plain string."""
    if isinstance(value, list):
        names = [n for n in (ld_name(v) for v in value[:20]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def ld_id(value: Any) -> str | None:
    return _text(value.get("@id")) if isinstance(value, dict) else _text(value)


def _keyword_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k for k in value.split(",") if k.strip()]
    return [k for k in value if isinstance(k, str)] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def meta(tree: lxml.html.HtmlElement, name: str, *, attribute: str | None = None, url_ok: bool = True) -> str | None:
    values = metas(tree, name, attribute=attribute)
    for value in values:
        if url_ok or not re.match(r"^https?://", value):
            return value
    return None


def metas(tree: lxml.html.HtmlElement, name: str, *, attribute: str | None = None) -> list[str]:
    """Contents of <meta> tags whose name/property/itemprop (or the given attribute) is `name`."""
    attributes = (attribute,) if attribute else ("property", "name", "itemprop")
    out = []
    for element in tree.iter("meta"):
        if any((element.get(a) or "").strip().lower() == name.lower() for a in attributes):
            content = (element.get("content") or "").strip()
            if content:
                out.append(content)
    return out


def _link(tree: lxml.html.HtmlElement, rel: str) -> str | None:
    for element in tree.iter("link"):
        if rel in (element.get("rel") or "").lower().split():
            return (element.get("href") or "").strip() or None
    return None


def _title_tag(tree: lxml.html.HtmlElement) -> str | None:
    element = tree.find(".//title")
    return _text(element.text_content()) if element is not None else None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    """The datetime of a <time pubdate> or of the first <time> inside the <article>."""
    for path in ("//time[@pubdate]/@datetime", "//article//time/@datetime"):
        found = tree.xpath(path)
        if found:
            return str(found[0]).strip() or None
    return None


def _page_title_fallback(html: str) -> str | None:
    """trafilatura's own title finder (first <h1> and similar) when the page declares none."""
    try:
        import trafilatura

        return trafilatura.extract_metadata(html, extensive=False).title
    except Exception:  # noqa: BLE001 -- a metadata fallback must never fail the read
        return None


def first_of(*values: str | None) -> str | None:
    return next((v for v in values if v and v.strip()), None)


READERS: dict[str, Callable[[str], tuple[str, Declared, tuple[str, ...]]]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}
