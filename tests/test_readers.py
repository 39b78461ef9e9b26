"""generator.ingest.readers: one reader per format; declared metadata; HTML main text without furniture."""

from __future__ import annotations

import dataclasses

from pathlib import Path

import pytest
import yaml

from generator.ingest.declared_fields import declared_from_mapping
from generator.ingest.encoding import DecodeError, decode
from generator.ingest.html_metadata import split_title_suffix
from generator.model import Declared
from generator.ingest.readers import ReaderError, format_of, read

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yml").read_text(encoding="utf-8"))
PAGE = "html_saved_page_with_nav_cookie_footer.html"


def read_fixture(name: str) -> tuple[str, Declared, str]:
    return read(name, decode((FIXTURES / name).read_bytes()).text)


@pytest.mark.parametrize("name", sorted(n for n, want in EXPECTED.items() if "rejected" in want))
def test_every_rejected_fixture_is_refused_by_decode_or_read(name: str) -> None:
    with pytest.raises((DecodeError, ReaderError)) as refused:
        read_fixture(name)
    assert EXPECTED[name]["rejected"] in refused.value.reason


@pytest.mark.parametrize("name", sorted(n for n, want in EXPECTED.items() if "format" in want))
def test_fixture_format_and_declared_fields(name: str) -> None:
    want = EXPECTED[name]
    body, declared, fmt = read_fixture(name)
    assert fmt == want["format"]
    if fmt == "text":
        assert declared == Declared()
    for field in ("title", "author", "language", "url"):
        if field in want and fmt != "text" and (field != "language" or declared.language):
            assert getattr(declared, field) == want[field], field  # language may be detected later
    if fmt == "html":
        for text in want.get("text_contains", ()):
            assert text in " ".join(body.split()), text
        for text in want.get("text_excludes", ()):
            assert text not in body, text


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.txt", "text"), ("A.TXT", "text"), ("README", "text"), ("x.md", "markdown"), ("x.markdown", "markdown"),
     ("page.html", "html"), ("page.HTM", "html"), ("seeds/sub.dir/note", "text")],
)  # fmt: skip
def test_format_by_extension(name: str, fmt: str) -> None:
    assert format_of(name) == fmt


@pytest.mark.parametrize("name", ["a.pdf", "a.docx", "photo.png", "a.rst", "archive.tar.gz"])
def test_unknown_extension_is_refused(name: str) -> None:
    with pytest.raises(ReaderError, match=r"unsupported file type \."):
        read(name, "Putin and Kim signed a treaty.")


def test_text_body_is_kept_as_is() -> None:
    text = "<script>alert(1)</script> | a | b |\n# not a heading\n{{ config }}\n"
    assert read("hostile.txt", text) == (text, Declared(), "text")


# ---------------------------------------------------------------- markdown
def test_front_matter_declares_fields_and_body_loses_image_lines() -> None:
    body, declared, fmt = read_fixture("frontmatter_declared_fields.md")
    assert declared == Declared(
        title="Moscow and Pyongyang seal defence pact",
        outlet="Kommersant",
        author="Elena Chernenko",
        date="2024-06-19",
        url="https://www.kommersant.ru/doc/6777777",
        language="en",
        tags=("treaty", "sanctions", "2024"),
    )
    assert "![" not in body and "photo.jpg" not in body
    assert not body.startswith("---") and "title:" not in body
    assert "pledging mutual assistance" in body


def test_slug_and_path_keys_never_reach_declared() -> None:
    body, declared, _ = read_fixture("frontmatter_slug_traversal.md")
    assert declared.title == "Treaty note with a hostile slug"
    assert declared.url is None  # javascript: is not a web address
    assert declared.date == "19 June 2024"
    values = [getattr(declared, f.name) for f in dataclasses.fields(declared)]
    assert not any(".." in str(value) or "passwd" in str(value) for value in values)
    assert "slug:" not in body


def test_malformed_front_matter_is_a_reader_error_with_the_problem() -> None:
    with pytest.raises(ReaderError, match=r"^malformed front matter \(line \d+\): "):
        read_fixture("frontmatter_malformed.md")


@pytest.mark.parametrize(
    "front",
    ["- a list\n- not a mapping", "just a sentence", "42"],
)
def test_front_matter_that_is_not_a_mapping_is_refused(front: str) -> None:
    with pytest.raises(ReaderError, match="malformed front matter"):
        read("x.md", f"---\n{front}\n---\nBody text.\n")


def test_front_matter_only_is_refused() -> None:
    with pytest.raises(ReaderError, match="no article text"):
        read("x.md", "---\ntitle: Only a title\n---\n\n")


def test_markdown_without_front_matter_reads_its_body() -> None:
    body, declared, _ = read("x.md", "# Putin in Pyongyang\n\n***\n\nBody **text** with [a link](http://x).\n")
    assert declared == Declared()
    assert body == "Putin in Pyongyang\n\n\nBody **text** with [a link](http://x).\n"


def test_front_matter_values_are_coerced_to_strings() -> None:
    declared = declared_from_mapping(
        {
            "Title": 1961,
            "publisher": {"name": "Yonhap"},
            "authors": ["Jane Doe", {"name": "John Smith"}, ["nested"], None],
            "published": "2024-06-19T10:00:00+09:00",
            "lang": "ko-KR",
            "keywords": "treaty, sanctions , ",
            "slug": "../../x",
            "draft": True,
        }
    )
    assert declared == Declared(
        title="1961",
        outlet="Yonhap",
        author="Jane Doe, John Smith",
        date="2024-06-19T10:00:00+09:00",
        language="ko",
        tags=("treaty", "sanctions"),
    )


def test_front_matter_ignores_booleans_containers_and_control_characters() -> None:
    declared = declared_from_mapping({"title": "A\x00 title\n\twith  breaks", "outlet": True, "date": [1, 2]})
    assert declared == Declared(title="A title with breaks")


def test_yaml_aliases_cannot_blow_up() -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    bomb += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntags: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nBody.\n"
    _, declared, _ = read("bomb.md", bomb)
    assert declared.tags == ()


# ---------------------------------------------------------------- HTML
def test_html_keeps_article_paragraphs_and_drops_furniture() -> None:
    body, _, _ = read_fixture(PAGE)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed")
    assert paragraphs[-1].startswith("South Korea's presidential office")
    for furniture in ("Skip to content", "Home", "cookie", "newsletter", "Related articles", "©", "Share", "gtag"):
        assert furniture not in body, furniture


def test_html_metadata_from_json_ld_and_meta() -> None:
    _, declared, _ = read_fixture(PAGE)
    assert declared == Declared(
        title="Putin and Kim sign mutual defence pact in Pyongyang",
        outlet="The Korea Herald",
        author="Kim Min-ji",
        date="2024-06-19T15:04:00+09:00",
        url="https://www.koreaherald.com/view.php?ud=20240619000512",
        language="en",
        tags=("North Korea", "Russia", "treaty"),
    )


def _page(head: str, body: str = "") -> str:
    paragraph = "<p>" + "Putin and Kim signed a mutual assistance treaty in Pyongyang on Wednesday. " * 4 + "</p>"
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}{paragraph * 3}</article></body></html>"


def test_html_title_tag_loses_its_site_suffix_which_names_the_outlet() -> None:
    _, declared, _ = read("p.html", _page("<title>Putin and Kim sign defence pact | The Guardian</title>"))
    assert (declared.title, declared.outlet) == ("Putin and Kim sign defence pact", "The Guardian")



@pytest.mark.parametrize("paragraph", [
    "俄罗斯总统普京与朝鲜领导人金正恩在平壤签署全面战略伙伴关系条约。",
    "プーチン大統領と金正恩総書記は平壌で包括的戦略パートナーシップ条約に署名した。",
])
def test_an_html_page_of_chinese_or_japanese_paragraphs_is_read(paragraph) -> None:
    # written without spaces: ten paragraphs had counted ten words, and the page was refused as holding no text
    page = '<html><head><meta charset="utf-8"></head><body><article>' + f"<p>{paragraph}</p>" * 10 + "</article></body></html>"
    body, _, _ = read("zh.html", page)
    assert body.count(paragraph) == 10

def test_html_meta_only_page() -> None:
    head = (
        '<meta property="og:title" content="Kim greets Putin - NK News">'
        '<meta property="og:site_name" content="NK News">'
        '<meta name="author" content="Chad O&#39;Carroll">'
        '<meta name="date" content="2024-06-19">'
        '<meta http-equiv="content-language" content="en-US">'
        '<link rel="canonical" href="javascript:alert(1)">'
    )
    _, declared, _ = read("p.htm", _page(head))
    assert declared == Declared(
        title="Kim greets Putin", outlet="NK News", author="Chad O'Carroll", date="2024-06-19", language="en"
    )


def test_html_malformed_json_ld_is_ignored_and_time_element_dates_the_article() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Treaty</title>'
    _, declared, _ = read("p.html", _page(head, '<time datetime="2024-06-20T09:00:00Z">June 20</time>'))
    assert (declared.title, declared.date) == ("Treaty", "2024-06-20T09:00:00Z")


def test_html_with_xml_declaration_and_no_text_is_refused() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?><html><head><title>x</title></head><body><nav>Home</nav></body></html>'
    with pytest.raises(ReaderError, match="no article text found in the HTML page"):
        read("p.html", page)


def test_html_script_text_is_never_body_and_escaped_text_stays_literal() -> None:
    body, _, _ = read("p.html", _page("", "<p>The tag &lt;script&gt;alert(1)&lt;/script&gt; is quoted.</p><script>evil()</script>"))
    assert "<script>alert(1)</script> is quoted" in body
    assert "evil()" not in body


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Putin and Kim sign pact | The Guardian", (), ("Putin and Kim sign pact", "The Guardian")),
        ("Russia and North Korea sign mutual defense treaty : NPR", (), ("Russia and North Korea sign mutual defense treaty", "NPR")),
        ("Russia and North Korea sign defence agreement - Al Jazeera", (), ("Russia and North Korea sign defence agreement", "Al Jazeera")),
        ("Путин прибыл в Пхеньян — ТАСС", (), ("Путин прибыл в Пхеньян", "ТАСС")),
        ("The Korea Herald | Putin and Kim sign pact", ("The Korea Herald",), ("Putin and Kim sign pact", "The Korea Herald")),
        ("Putin and Kim: a new alliance | BBC News", ("BBC News",), ("Putin and Kim: a new alliance", "BBC News")),
        ("Russia - North Korea ties deepen", (), ("Russia - North Korea ties deepen", None)),
        ("Treaty a|b `code` {{ config }}", (), ("Treaty a|b `code` {{ config }}", None)),
        ("Kim-Putin summit", (), ("Kim-Putin summit", None)),
    ],
)  # fmt: skip
def test_split_title_suffix(title: str, sites: tuple[str, ...], expected: tuple[str, str | None]) -> None:
    assert split_title_suffix(title, sites) == expected


@pytest.mark.parametrize("date", ["2024-13-45", "2024-02-30", "2024-06-19 25:61:00"])
def test_a_date_like_front_matter_value_that_is_no_date_keeps_the_article(date: str) -> None:
    """YAML reads 2024-13-45 as a timestamp and fails on it: that refused the whole article, where the same
    date in quotes is a warning ("declared date ... is not a date") and the article is published."""
    body, declared, _ = read("x.md", f"---\ntitle: Harbour talks\ndate: {date}\n---\nBody text.\n")
    assert declared.title == "Harbour talks" and declared.date == date and "Body text." in body
