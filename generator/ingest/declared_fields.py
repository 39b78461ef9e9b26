"""Declared metadata from the values a file gives: one cleaner per field, as Pelican's readers have.

Takes front matter (a YAML mapping) or the values an HTML page declares; gives a Declared whose every
field is one clean line of text (control and invisible characters dropped, length capped), a URL only
when it is an http(s) address, a language as its ISO code, tags as a tuple without repeats.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.ingest.encoding import UNSAFE, without_controls
from generator.model import Declared

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
_LANGUAGE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*$")


def _first_of(meta: dict[Any, Any]):
    """The value front matter gives a field: the first of its keys (FRONT_MATTER_KEYS) present."""
    lowered = {str(key).strip().lower(): value for key, value in meta.items()}

    def first(field: str) -> Any:
        for key in FRONT_MATTER_KEYS[field]:
            if lowered.get(key) not in (None, "", [], {}):
                return lowered[key]
        return None

    return first


def declared_from_mapping(meta: dict[Any, Any]) -> Declared:
    """Declared metadata from front matter; non-string values are coerced, containers never str()-ed."""
    first = _first_of(meta)
    return Declared(
        title=_scalar(first("title")),
        outlet=_scalar(first("outlet"), "name"),
        author=_names(first("author")),
        date=_scalar(first("date")),
        url=web_url(_scalar(first("url"))),
        language=language_code(_scalar(first("language"))),
        tags=tags(first("tags")),
    )


def not_text(meta: dict[Any, Any]) -> tuple[str, ...]:
    """A note for each field front matter gives a value that is no text (`title: [a, b]`, `author: {n: 1}`):
    it is not used, and without the note the article's own title or date would replace it unexplained."""
    first = _first_of(meta)
    notes = []
    for field in ("title", "outlet", "author", "date", "url", "language"):
        value = first(field)
        if not isinstance(value, (bool, list, dict)):
            continue
        kept = _names(value) if field == "author" else _scalar(value, "name" if field == "outlet" else None)
        if kept is None:
            kind = "yes/no" if isinstance(value, bool) else "a list" if isinstance(value, list) else "a mapping"
            notes.append(f"declared {field} is not text ({kind}): not used")
    return tuple(notes)


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


def tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        value = [value]
    found = (_scalar(v) for v in value[:MAX_TAGS])
    return tuple(dict.fromkeys(t for t in found if t))


def clean(value: str | None) -> str | None:
    """One line of text: control and invisible characters (encoding.UNSAFE) dropped, line breaks
    and white space collapsed, length capped."""
    if value is None:
        return None
    value = " ".join(without_controls(value)[0].split())[:MAX_FIELD]
    return value or None


def unsafe_in(value: Any, depth: int = 0, seen: set[int] | None = None) -> int:
    """How many characters of encoding.UNSAFE the strings of a YAML or JSON value hold (what clean drops).
    Each list or mapping is read once: YAML's aliases share one (`a1: [*a0, *a0, …]`), and reading every
    path through them is 100**depth steps for a 3 KB file."""
    if isinstance(value, str):
        return len(UNSAFE.findall(value))
    if depth > 4 or not isinstance(value, (dict, list)):
        return 0
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    items = list(value.values())[:100] if isinstance(value, dict) else value[:100]
    return sum(unsafe_in(v, depth + 1, seen) for v in items)


def web_url(value: str | None) -> str | None:
    value = UNSAFE.sub("", value.strip()) if value else None
    if value and re.match(r"^https?://[^\s/]+", value, re.I):
        return value
    return None


def language_code(value: str | None) -> str | None:
    match = _LANGUAGE.match(value or "")
    return match.group(1).lower() if match else None
