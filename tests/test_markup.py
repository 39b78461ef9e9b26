"""Article text is data: escaped for Markdown and HTML, rendered literally."""

from __future__ import annotations

import markdown
import pytest

from generator.render import markup

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "{{ config }} and {% include 'x' %}",
    "a | b | c",
    "`code` and ``more``",
    "# not a heading",
    "- not a list",
    "1961. not a list",
    "*not emphasis* and _not_ either",
    "{: #evil onclick=alert(1) }",
    "&lt;already escaped&gt; & ampersand",
    "<!-- comment -->",
    "![img](http://example.com/x.png)",
]


def render(text: str) -> str:
    md = markdown.Markdown(extensions=["tables", "attr_list", "toc", "admonition"])
    return md.convert(str(markup.escape(text)))


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_one_literal_paragraph(text):
    import html

    out = render(text)
    assert out.startswith("<p>") and out.endswith("</p>")
    inner = out[3:-4]
    assert "<" not in inner.replace("&lt;", "")  # no element of any kind
    assert html.unescape(inner) == text


def test_table_cell_with_pipe_stays_one_cell():
    md = markdown.Markdown(extensions=["tables"])
    out = md.convert("| h1 | h2 |\n|---|---|\n| " + markup.escape("x | y") + " | z |")
    assert out.count("<td>") == 2
    assert "<td>x | y</td>" in out


def test_element_id_refuses_anything_but_plain_ids():
    assert markup.element_id("p-1a2b") == "p-1a2b"
    with pytest.raises(ValueError):
        markup.element_id('x" onclick="alert(1)')


def test_relative_links():
    assert markup.relative("topics/x.md", "articles/y.md#p-1") == "../articles/y.md#p-1"
    assert markup.relative("index.md", "topics/x.md") == "topics/x.md"


def _reference_escape(text: str) -> str:
    """The escaping as first written: white space runs, Markdown specials, then HTML."""
    import html
    import re

    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"([\\`*_{}\[\]()#+\-.!|])", r"\\\1", text)
    return html.escape(text, quote=True)


def test_escape_matches_the_reference_on_hostile_and_random_text():
    import random

    rng = random.Random(7)
    alphabet = "\\`*_{}[]()#+-.!|&<>\"' \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000aZ9é한;"
    samples = HOSTILE + ["", " ", "\n\n", " lead", "trail\t", "&#x27;", "\\&amp;"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    for text in samples + samples:  # the second time from the memo of short strings
        out = markup.escape(text)
        assert isinstance(out, markup.Markup)
        assert str(out) == _reference_escape(text), text
    assert markup.escape(markup.Markup("<b>")) == "<b>"
    assert markup.escape(1961) == "1961" and markup.escape(2.5) == "2\\.5"


def test_relative_links_match_posixpath_relpath():
    import posixpath

    pages = ["index.md", "facts.md", "topics/index.md", "topics/x.md", "articles/y.md", "people/a/b.md", "a/b/c.md"]
    targets = pages + ["articles/index.md", "topics/x.md#q-1", "people/a.md", "a/b/d.md", "a/c.md", "a", "topics"]
    for here in pages:
        for target in targets:
            path, _, fragment = target.partition("#")
            expected = posixpath.relpath(path, posixpath.dirname(here) or ".") + (f"#{fragment}" if fragment else "")
            assert markup.relative(here, target) == expected, (here, target)
