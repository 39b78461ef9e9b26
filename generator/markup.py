"""Escaping article text for Markdown and HTML at once.

Article text is data: it must reach the reader as the literal characters it
is, never as markup. Every value a template prints goes through `escape`
unless the template marks it as already-safe markup we produced ourselves.
"""

from __future__ import annotations

import html
import posixpath
import re

from markupsafe import Markup

# Characters Python-Markdown treats as syntax; a backslash makes each literal.
# "|" is escapable once the tables extension is on, "{"/"}" protect attr_list.
# mkdocs.yml must not enable extensions with other syntax characters
# (pymdownx.tilde, caret, mark, emoji, arithmatex): they could not be escaped.
_SPACE = re.compile(r"\s+")  # article text never spans lines in a page
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def escape(value: object) -> Markup:
    """Text -> Markup safe in Markdown and in HTML, on one line."""
    if isinstance(value, Markup):
        return value
    text = _SPACE.sub(" ", str(value))
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    return Markup(html.escape(text, quote=True))


def finalize(value: object) -> object:
    """Jinja finalize hook: every printed value is escaped unless already Markup."""
    if value is None:
        return ""
    return escape(value)


def relative(from_page: str, to_page: str) -> str:
    """Link from one docs page to another ('topics/x.md' -> '../articles/y.md#p-1')."""
    target, _, fragment = to_page.partition("#")
    rel = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return rel + (f"#{fragment}" if fragment else "")


_ID = re.compile(r"[a-z][a-z0-9-]*")


def html_only(value: object) -> Markup:
    """For raw HTML blocks, which Markdown does not process: HTML escaping alone."""
    return Markup(html.escape(_SPACE.sub(" ", str(value)), quote=True))


def element_id(value: str) -> Markup:
    """An anchor we derived ourselves; refuse anything that is not a plain id."""
    if not _ID.fullmatch(value):
        raise ValueError(f"not a safe element id: {value!r}")
    return Markup(value)
