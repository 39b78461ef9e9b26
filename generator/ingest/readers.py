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

import re
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from generator.ingest.declared_fields import declared_from_mapping, not_text, unsafe_in
from generator.ingest.encoding import UNSAFE, without_controls
from generator.ingest.html_metadata import declared_from_html, json_ld_article
from generator.model import Declared
from generator.text import KANA_HAN

FORMATS = {"": "text", ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
MIN_HTML_WORDS = 20  # trafilatura returns a lone menu ("Home") from an empty page: not an article

_IMAGE_LINE = re.compile(r"^\s*\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*$")
_HEADING_MARK = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_RULE_LINE = re.compile(r"^ {0,3}([-*_=])([ \t]*\1){2,}[ \t]*$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A numeric character reference (&#27; &#x202E; &#0000027 without its ";"), as HTML reads them.
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")


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
class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML in which a date-like value that is no date (2024-13-45) stays the text written: YAML's own
    reading of it fails and refused the article, where the date reader names it and the article is kept."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def read_markdown(text: str) -> tuple[str, Declared, tuple[str, ...]]:
    handler = YAMLHandler()
    meta: Any = {}
    body = text
    if handler.detect(text):
        try:
            front, body = handler.split(text)
        except ValueError:  # (python-frontmatter's split finds no closing line: "not enough values to unpack")
            raise ReaderError("malformed front matter: it opens with '---' and is never closed (a line '---' after "
                              "its 'key: value' lines)") from None
        if _nesting(front) > MAX_NESTING:
            raise ReaderError(f"malformed front matter: lists or mappings nested more than {MAX_NESTING} deep")
        try:
            meta = handler.load(front, Loader=_FrontMatterLoader)
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
    hidden = unsafe_in(meta)  # a YAML escape ("\\u202e", "\\e") makes what decoding removed
    notes = (f"{hidden} control or invisible character(s) removed from the front matter",) if hidden else ()
    return markdown_body(body), declared_from_mapping(meta), notes + not_text(meta)


# Front matter never nests lists or mappings this deep. YAML's C reader recurses once per level and, some tens of
# thousands deep ("title: [[[[…"), overflows the stack: the process dies, which no `except` can catch, so one
# file would end the build. Counted on the text before YAML reads it.
MAX_NESTING = 100
_FLOW_MARKS = re.compile(r"[\[\]{}]")
_BLOCK_LEVELS = re.compile(rf"(?:[-?][ \t]+){{{MAX_NESTING + 1}}}")  # "- - - - x": a list in a list in a list …


def _nesting(front: str) -> int:
    """How deep the front matter's lists and mappings go, at most (a bracket inside quotes counts too: an
    over-count can only refuse an odd file, never crash)."""
    depth = deepest = 0
    for mark in _FLOW_MARKS.findall(front):
        depth += 1 if mark in "[{" else -1
        deepest = max(deepest, depth)
    return max(deepest, MAX_NESTING + 1 if _BLOCK_LEVELS.search(front) else 0)


def markdown_body(body: str) -> str:
    """The Markdown body as text: image-only lines, rules and heading markers removed."""
    out = []
    for line in body.split("\n"):
        if _IMAGE_LINE.match(line) or _RULE_LINE.match(line):
            continue
        heading = _HEADING_MARK.match(line)
        out.append(heading.group(1) if heading else line)
    return "\n".join(out).strip("\n") + "\n"


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
    hidden = unsafe_in(ld)  # a JSON escape ("\\u202e") makes what decoding removed
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
    from trafilatura.utils import load_html

    tree = load_html(html)  # as trafilatura.extract parses a string; it works on a copy of a tree it is given
    if tree is None:
        return ""
    _ampersands_kept(tree)
    for precise in (True, False):
        body = trafilatura.extract(
            tree,
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
        if body and _words(body) >= MIN_HTML_WORDS:
            return body.strip() + "\n"
    return ""


def _words(text: str) -> int:
    """About how many words `text` holds: Chinese and Japanese write theirs without spaces, about two characters
    each (ten paragraphs of Chinese counted one word a paragraph, and the page was refused as holding no text)."""
    return len(text.split()) + len(KANA_HAN.findall(text)) // 2


def _ampersands_kept(tree) -> None:
    """Each "&" of the parsed page's text as "&amp;". trafilatura's text output unescapes HTML entities in
    text the parser had already decoded: "?a=1&amp;region=eu" in the page became "?a=1®ion=eu", and a
    page's "&amp;lt;b&amp;gt;" (text showing "&lt;b&gt;") became "<b>". Its unescape now gives back the "&"."""
    for element in tree.iter():
        if element.text and "&" in element.text:
            element.text = element.text.replace("&", "&amp;")
        if element.tail and "&" in element.tail:
            element.tail = element.tail.replace("&", "&amp;")


READERS: dict[str, Callable[[str], tuple[str, Declared, tuple[str, ...]]]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}
