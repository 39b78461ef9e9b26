"""What an HTML page declares about its article: each Declared field by its own fallback chain.

Takes the page's parsed tree (and its text); gives a Declared from JSON-LD first, then Open Graph and
<meta> tags, then the page itself (<title>, <time>, <html lang>), as trafilatura's metadata.py does;
and the outlet a title carries after a separator ("Title | Outlet").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from generator.ingest.declared_fields import clean, language_code, tags, web_url
from generator.model import Declared

if TYPE_CHECKING:
    import lxml.html


ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report",
     "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "WebPage"}
)  # fmt: skip
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ", " :: ", " · ", " // ")


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
        url=web_url(
            first_of(
                _link(tree, "canonical"), meta(tree, "og:url"), _text(ld.get("url")), ld_id(ld.get("mainEntityOfPage"))
            )
        ),
        language=language_code(
            first_of(
                tree.get("lang"),
                tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                meta(tree, "content-language", attribute="http-equiv"),
                _text(ld.get("inLanguage")),
                meta(tree, "og:locale"),
            )
        ),
        tags=tags([*metas(tree, "article:tag"), *_keyword_list(ld.get("keywords"))] or meta(tree, "keywords")),
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
