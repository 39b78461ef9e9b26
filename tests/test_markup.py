"""Article text is data: escaped for Markdown and HTML, rendered literally."""

from __future__ import annotations

import markdown
import pytest

from generator import markup

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
