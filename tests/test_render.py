"""generator.render.render: the briefing in, pages out; a page whose inputs are unchanged is not rendered again."""

from __future__ import annotations

import pytest

from generator import build
from generator.render import render
from tests.conftest import make_project


@pytest.fixture(scope="module")
def briefing_and_knowledge(tmp_path_factory):
    from generator.extract import knowledge

    project = make_project(tmp_path_factory.mktemp("render"))
    known = knowledge.load(project.data)
    return build.make_briefing(project, known), known


def test_pages_come_in_a_fixed_order_and_are_the_same_every_time(briefing_and_knowledge):
    first = list(render.render(*briefing_and_knowledge))
    assert len(first) > 15  # (a person gets a page once two seeds name them)
    assert first == list(render.render(*briefing_and_knowledge))
    assert len({page.path for page in first}) == len(first)
    assert all(page.content for page in first)


def test_article_person_and_month_pages_carry_a_fingerprint_the_others_none(briefing_and_knowledge):
    pages = {page.path: page for page in render.render(*briefing_and_knowledge)}
    assert all(page.fingerprint for path, page in pages.items() if path.startswith(("articles/", "people/"))
               and not path.endswith("index.md"))
    assert not pages["index.md"].fingerprint and not pages["facts.md"].fingerprint


def test_a_page_docs_holds_with_the_same_fingerprint_is_not_rendered_again(briefing_and_knowledge):
    pages = list(render.render(*briefing_and_knowledge))
    article = next(page for page in pages if page.path.startswith("articles/") and page.fingerprint)
    unchanged = {article.path: article.fingerprint, "index.md": "anything"}
    again = {page.path: page for page in render.render(*briefing_and_knowledge, unchanged=unchanged)}
    assert again[article.path].content is None and again[article.path].fingerprint == article.fingerprint
    assert again["index.md"].content  # a page without a fingerprint is always rendered
    stale = {article.path: "0" * 64}
    assert next(p for p in render.render(*briefing_and_knowledge, unchanged=stale) if p.path == article.path).content


def test_an_error_in_a_page_is_raised(briefing_and_knowledge, monkeypatch):
    def fails(value):
        raise ValueError("bad id")

    monkeypatch.setattr(render.markup, "element_id", fails)
    with pytest.raises(ValueError, match="bad id"):
        list(render.render(*briefing_and_knowledge))


def test_every_page_rendered_is_of_a_kind_the_page_table_knows(briefing_and_knowledge):
    from generator.render import pages

    assert all(pages.kind_of(page.path) is not None for page in render.render(*briefing_and_knowledge))


def test_the_reports_warnings_of_one_kind_are_one_entry_listing_their_files_each_once():
    from generator.model import Briefing, Notice, StoryData
    from generator.render import views

    problem = Notice("data/facts.yml", "a key no code reads")
    notices = (Notice("mkdocs.yml", "no site_url"), Notice("seeds/b.txt", "no date found"),
               Notice("seeds/a.txt", "no date found"), Notice("seeds/a.txt", "quote 'x' dropped: a name"),
               Notice("seeds/a.txt", "quote 'x' dropped: a name"), Notice("seeds/c.txt", "no date found"), problem)
    briefing = Briefing((), notices=notices, story_data=StoryData(problems=(problem,)))
    assert views.warning_groups(briefing) == [
        ("no site_url", ["mkdocs.yml"]),
        ("no date found", ["seeds/b.txt", "seeds/a.txt", "seeds/c.txt"]),
        ("quote 'x' dropped: a name", ["seeds/a.txt"]),
    ]


def test_values_dropped_for_one_reason_are_one_report_entry_listing_each_file_with_its_value():
    from generator.model import Briefing, Notice
    from generator.render import views

    notices = (Notice("seeds/a.txt", "quote 'Treaty of Friendship' dropped: a document's name"),
               Notice("seeds/b.txt", "quote \"the Council's pact\" dropped: a document's name"),
               Notice("seeds/a.txt", "quote 'Treaty of Friendship' dropped: a document's name"),
               Notice("seeds/b.txt", "quote 'x y' dropped: stray characters, not words"),
               Notice("seeds/c.txt", "title '12:45' dropped: a time"))
    assert views.warning_groups(Briefing((), notices=notices)) == [
        ("quotes dropped: a document's name",
         ["seeds/a.txt: 'Treaty of Friendship'", "seeds/b.txt: \"the Council's pact\""]),
        ("quote 'x y' dropped: stray characters, not words", ["seeds/b.txt"]),  # one alone: as it was given
        ("title '12:45' dropped: a time", ["seeds/c.txt"]),
    ]


def test_a_warning_many_files_got_is_one_line_in_the_warnings_and_its_files_are_listed_after_them(briefing_and_knowledge):
    import dataclasses

    from generator.model import CandidateFact, Evidence, Notice

    briefing, known = briefing_and_knowledge
    many = tuple(Notice(f"seeds/{n:02d}.txt", "no outlet found") for n in range(render.WARNING_FILES_SHOWN + 1))
    few = (Notice("seeds/a.txt", "no date found"), Notice("seeds/b.txt", "no date found"))
    # A candidate fact is the section before: its last line must not swallow the heading after it.
    cited = briefing.articles[:3]
    candidate = CandidateFact("A bridge will open.", tuple(a.source_label for a in cited),
                              tuple((a.id, Evidence("p-1", "A bridge will open.")) for a in cited))
    briefing = dataclasses.replace(briefing, notices=many + few, candidate_facts=(candidate,))
    report = next(p.content for p in render.render(briefing, known) if p.path == "report.md")
    assert "\n## Files per warning\n" in report  # a heading of its own, which the warning's link leads to
    warnings, files = report.split("## Warnings", 1)[1].split("## Files per warning", 1)
    assert f"no outlet found: {len(many)} files, listed under [Files per warning](#files-per-warning)" in warnings
    assert "seeds/00" not in warnings.replace("\\", "") and "seeds/a.txt" in warnings.replace("\\", "")
    assert "**no outlet found** (11): seeds/00.txt, seeds/01.txt" in files.replace("\\", "")
    assert "no date found" not in files


def test_a_report_without_long_warning_lists_has_no_files_per_warning_section(briefing_and_knowledge):
    briefing, known = briefing_and_knowledge
    report = next(p.content for p in render.render(briefing, known) if p.path == "report.md")
    assert "Files per warning" not in report


def _outlet(name: str, articles: int = 1):
    from types import SimpleNamespace

    return name, tuple(SimpleNamespace(outlet=name) for _ in range(articles))


def test_the_ledgers_columns_are_the_outlets_that_carry_the_most_facts_not_the_first_by_name(monkeypatch):
    """Where every outlet has one article, a cut by articles was alphabetical: it dropped the outlet that
    carried the most facts, and rows showed fewer ticks than their count."""
    from types import SimpleNamespace

    from generator.render import views

    monkeypatch.setattr(views, "MATRIX_COLUMNS", 2)
    outlets = (_outlet("Alpha"), _outlet("Beta"), _outlet("Gamma"), _outlet("Zulu"), ("unknown outlet (a)", (SimpleNamespace(outlet=""),)))
    facts = [SimpleNamespace(outlets=("Zulu", "Beta")), SimpleNamespace(outlets=("Zulu", "unknown outlet (a)")),
             SimpleNamespace(outlets=("Gamma", "Zulu"))]
    assert views.matrix_outlets(outlets, facts) == (["Beta", "Zulu"], ["Alpha", "Gamma"])  # Beta and Gamma tie: by name
    more = (*outlets[:3], _outlet("Zulu", 3))
    assert views.matrix_outlets(more, [SimpleNamespace(outlets=(name,)) for name in ("Alpha", "Beta", "Zulu")])[0] == ["Alpha", "Zulu"]


def test_the_ledger_names_the_outlets_its_columns_leave_out_and_where_to_see_them(briefing_and_knowledge, monkeypatch):
    from generator.render import views

    briefing, known = briefing_and_knowledge
    monkeypatch.setattr(views, "MATRIX_COLUMNS", 2)
    ledger = next(page for page in render.render(briefing, known) if page.path == "facts.md").content
    shown, hidden = views.matrix_outlets(views.outlets(briefing), briefing.facts)
    assert hidden and len(shown) == 2
    header = next(line for line in ledger.splitlines() if line.startswith("| Fact |"))
    assert all(f"| {name} |" in header for name in shown) and not any(f"| {name} |" in header for name in hidden)
    note = next(line for line in ledger.splitlines() if line.startswith("Columns show"))
    assert "carry the most facts" in note and "sources.md" in note
    assert all(name in note for name in hidden), (hidden, note)
