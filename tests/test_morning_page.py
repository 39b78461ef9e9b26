"""The page an analyst opens at 8 am: what is new since the previous build, key facts that fit, quotes
with their speakers, a citation line on every page, and a timeline that follows the story across
languages (issue: the 8 am page). The browser half is tests/test_browser_morning.py."""

from __future__ import annotations

import re
import shutil

import pytest

from generator import build
from generator.collect.person_forms import distinct_roles
from generator.collect.history import diff, snapshot
from generator.model import Briefing, Evidence
from generator.render import markup, views
from tests.conftest import FIXTURES, make_project

ADDED = ("duma_ratifies_en.txt", "duma_ratifies_ru.txt")  # one development, one date, two languages


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """The seeds built, then built again with two articles added (as an analyst's morning rebuild)."""
    project = make_project(tmp_path_factory.mktemp("morning"))
    build.build(project)
    for name in ADDED:
        shutil.copy(FIXTURES / "morning" / name, project.seeds / name)
    build.build(project)
    return project


def _section(page: str, heading: str) -> str:
    start = page.index(f"## {heading}")
    end = page.find("\n## ", start + 3)
    return page[start:end if end != -1 else None]


def test_whats_new_links_the_added_articles_the_new_date_and_quote(rebuilt):
    index = (rebuilt.docs / "index.md").read_text("utf-8")
    new = _section(index, "What's new since the previous build")
    assert index.index("What's new") < index.index("## Key facts") < index.index("## Coverage")
    added = re.findall(r"^- New article: \[[^\]]+\]\((articles/[^)]+\.md)\)", new, re.M)
    assert len(added) == 2 and all((rebuilt.docs / path).is_file() for path in added)
    assert re.search(r"^- New on the timeline: \[2024\\-10\\-24 — The State Duma ratifies the treaty\]\(timeline\.md#t-", new, re.M)
    assert re.search(r"^- New quote: \[Vyacheslav Volodin: “The treaty strengthens", new, re.M)
    assert "first build" not in new
    items = new.split("\n", 2)[2].strip()  # past the heading and its blank line: one tight list
    assert "\n\n" not in items and all(line.startswith("- ") for line in items.splitlines())


def test_building_the_same_inputs_again_reports_the_same_changes(rebuilt):
    before = (rebuilt.docs / "index.md").read_bytes()
    (rebuilt.docs / "index.md").unlink()  # docs/ changed by hand: the next build runs, on the same seeds
    build.build(rebuilt)
    assert (rebuilt.docs / "index.md").read_bytes() == before


def test_one_development_dated_in_two_languages_is_one_timeline_entry(rebuilt):
    timeline = (rebuilt.docs / "timeline.md").read_text("utf-8")
    assert timeline.count("## 2024\\-10\\-24") == 1
    entry = _section(timeline, "2024\\-10\\-24")
    assert "Государственная дума" in entry and "State Duma ratified" in entry


def test_a_date_one_article_gives_is_shown_as_single_source(rebuilt):
    pages = sorted((rebuilt.docs / "timeline").glob("*.md"))
    text = "\n".join(p.read_text("utf-8") for p in pages)
    assert "(*single source*)" in text
    assert "left out" not in (rebuilt.docs / "timeline.md").read_text("utf-8")


def test_every_quote_on_a_topic_page_names_its_speaker_or_says_unattributed(rebuilt):
    quotes = 0
    for page in sorted((rebuilt.docs / "topics").glob("*.md")):
        for line in page.read_text("utf-8").splitlines():
            if 'class="copy-citation copy-anchor"' in line and "data-quote=" in line:
                quotes += 1
                text = re.sub(r"^(<span id=\"[^\"]+\"></span>)+", "", line)
                # (a person or a body in bold; nobody's speech says so: a document's text, story.yml's `document`)
                assert text.startswith(("**", "*Unattributed*", "*Text of the treaty*")), (page.name, line[:120])
    assert quotes >= 4


def test_a_quote_copies_whole_with_its_speaker(rebuilt):
    line = next(line for line in (rebuilt.docs / "quotes.md").read_text("utf-8").splitlines()
                if 'data-speaker="Vladimir Putin"' in line)
    quote = re.search(r'data-quote="([^"]*)"', line).group(1)
    shown = re.search(r"“(.*?)” — ", line).group(1)
    assert quote and quote.split()[-1].rstrip(".") in shown  # the whole text, not a cut of 80 characters
    assert len(quote) > 80


def test_every_page_has_a_citation_line(rebuilt):
    missing = [p.relative_to(rebuilt.docs).as_posix() for p in sorted(rebuilt.docs.rglob("*.md"))
               if 'class="citation"' not in p.read_text("utf-8")]
    assert missing == []


def test_an_articles_citation_names_its_outlet_and_date_and_the_start_page_names_the_site_once(rebuilt):
    article = next(p for p in (rebuilt.docs / "articles").glob("*.md") if "ink-comprehensive" in p.name)
    assert "(Anadolu Agency, 2024-06-19). " in article.read_text("utf-8")
    index = (rebuilt.docs / "index.md").read_text("utf-8")
    line = next(line for line in index.splitlines() if 'class="citation"' in line)
    text = re.sub(r"<[^>]+>", "", line)
    assert text.count("Russia–North Korea Comprehensive Strategic Partnership") == 1


def test_key_facts_are_a_list_with_outlets_on_demand_and_the_ledger_keeps_the_matrix(rebuilt):
    index = (rebuilt.docs / "index.md").read_text("utf-8")
    facts = _section(index, "Key facts")
    assert not [line for line in facts.splitlines() if line.startswith("|")]  # no table to outgrow the column
    assert "<details class=\"fact-outlets\"><summary>" in facts and "single source" in facts and "contested" in facts
    for page in sorted((rebuilt.docs / "topics").glob("*.md")):
        assert "| Fact |" not in page.read_text("utf-8")
    assert "| Fact |" in (rebuilt.docs / "facts.md").read_text("utf-8")


def test_sources_page_lists_facts_one_per_line(rebuilt):
    rows = [line for line in (rebuilt.docs / "sources.md").read_text("utf-8").splitlines() if line.startswith("| ")]
    assert any("<br>" in row for row in rows[1:])


def test_roles_are_shown_once_whatever_their_case_and_a_bare_word_gives_way():
    roles = ["President", "president", "Chairman", "Chairman of the State Affairs Commission", "leader"]
    assert distinct_roles(roles) == ("President", "Chairman of the State Affairs Commission", "leader")


def test_an_evidence_sentence_is_quoted_once():
    assert markup.quoted("Putin said so.") == "“Putin said so\\.”"
    assert markup.quoted('"We agree," Kim said.') == "&quot;We agree,&quot; Kim said\\."
    assert markup.quoted("He called it “historic.”") == "He called it “historic\\.”"
    assert markup.clip("one two three", 2) == "one two …" and markup.clip("one two", 2) == "one two"


@pytest.mark.parametrize("cut, shown", [
    # a sentence cut from a quotation of several sentences gets back the mark it lacks, on its side
    ("Второе: в 1961 году», – считает Тертицкий.", "«Второе: в 1961 году», – считает Тертицкий."),
    ("«Первое предложение.", "«Первое предложение.»"),
    ('"The regime should be reconsidered.', '"The regime should be reconsidered."'),
    ('it was signed in 1961", the expert said.', '"it was signed in 1961", the expert said.'),
    ("„Wir sind Freunde.", "„Wir sind Freunde.“"),
    ("Freunde.“ sagte er.", "„Freunde.“ sagte er."),
    ("Kim said “we will.", "Kim said “we will.”"),
    ("「条約は第4条で", "「条約は第4条で」"),
    ("„Rosja nigdy nie opuści sojuszników.", "„Rosja nigdy nie opuści sojuszników.“"),
    # balanced marks are left as they are
    ("He called it “historic.”", "He called it “historic.”"),
    ("Er sagte: „Wir sind Freunde.“", "Er sagte: „Wir sind Freunde.“"),
    ('Kim called it an "alliance" at the talks.', 'Kim called it an "alliance" at the talks.'),
    ("„Rosja nigdy nie opuści sojuszników” – powiedział Putin.", "„Rosja nigdy nie opuści sojuszników” – powiedział Putin."),
    ('פוטין תקף את ארה"ב בנאום', 'פוטין תקף את ארה"ב בנאום'),  # (Hebrew's gershayim inside a word)
    # (Korean glues its particle to a straight closing mark: no mark is missing)
    ('시장은 "두 항구가 함께 조업한다"고 말했다.', '시장은 "두 항구가 함께 조업한다"고 말했다.'),
    ('두 항구가 함께 조업한다"고 말했다.', '"두 항구가 함께 조업한다"고 말했다.'),
])
def test_an_evidence_sentence_cut_from_a_quotation_gets_its_marks_back(cut, shown):
    assert markup.balanced(cut) == shown


def test_headings_are_not_shown_as_evidence_when_sentences_are():
    heading, sentence = Evidence("p-1", "Kim describes ties as 'alliance'"), Evidence("p-2", "Kim called it an 'alliance'.")
    assert views._sentences_first([heading, sentence]) == [sentence]
    assert views._sentences_first([heading]) == [heading]


def test_history_reports_new_quotes_and_dates_but_not_after_a_history_without_them():
    before = snapshot(Briefing(articles=()))
    after = {**before, "quotes": ["q-1"], "events": ["t-1"]}
    changes = diff(before, after)
    assert changes.new_quotes == ("q-1",) and changes.new_events == ("t-1",) and not changes.nothing
    old = {k: v for k, v in before.items() if k not in ("quotes", "events")}  # written before they were kept
    assert diff(old, after).new_quotes == () and diff(old, after).nothing


def test_a_row_of_sources_names_each_outlet_once():
    from types import SimpleNamespace

    by_id = {i: SimpleNamespace(source_label=label) for i, label in
             (("a", "TASS"), ("b", "NPR"), ("c", "TASS"), ("d", "unknown outlet (d)"), ("e", "unknown outlet (e)"))}
    assert views.one_per_source(["a", "b", "c", "d", "e"], by_id) == ["a", "b", "d", "e"]


@pytest.mark.parametrize("quote, sentence, carried", [
    # the whole quote in the sentence
    ("the dearest friend of the Korean people", 'Kim called Putin "the dearest friend of the Korean people."', True),
    # a quote only sharing the paragraph with a sentence on another subject
    ("the dearest friend of the Korean people", "The UN sanctions on the North were adopted in 2006.", False),
    # one sentence of a quote that runs over two
    ("We reject the sanctions. They are a tool of pressure on sovereign states",
     'They are a tool of pressure on sovereign states," the minister said.', True),
    # a quote cut off by the page, shown with an ellipsis
    ("The agreement provides mutual assistance…", '"The agreement provides mutual assistance in case of attack," he said.', True),
    ("", "Any sentence.", False),
])
def test_a_topic_page_quotes_only_what_its_evidence_sentences_carry(quote, sentence, carried):
    assert views.spoken_in(quote, sentence) is carried

