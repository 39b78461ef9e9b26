"""Candidate facts: a claim three or more outlets make that no fact covers is listed on /report/ (issue 17, item 8)."""

from __future__ import annotations

import json

from generator import build
from generator.collect import candidates
from generator.extract import claims
from generator.model import Article, Claim, FactHit, Evidence, Paragraph
from tests.conftest import make_project

LEADS = {  # outlet -> a lead saying, in its own words, that a railway bridge will be built (no fact covers it)
    "Alpha Wire": "Officials announced that a new railway bridge across the Tumen River will open next spring.",
    "Beta Daily": "A new railway bridge across the Tumen River is set to open next spring, officials announced.",
    "Gamma Times": "Next spring a new railway bridge will open across the Tumen River, according to officials.",
    "Delta Post": "The weather in Vladivostok stayed mild throughout the week of the summit meetings.",
}


def _article(number: int, outlet: str, lead: str, facts: tuple[FactHit, ...] = ()) -> Article:
    paragraphs = (Paragraph(f"p-{number}", lead),)
    return Article(
        id=f"a{number}", slug=f"a{number}", source=f"seeds/a{number}.txt", digest=f"{number:064d}", encoding="utf-8",
        title=f"Story {number}", outlet=outlet, author=None, published=None, language="en", paragraphs=paragraphs,
        facts=facts, claims=claims.find_claims(paragraphs, facts, f"Story {number}"),
    )


def test_a_claim_three_outlets_word_differently_is_a_candidate():
    articles = tuple(_article(n, outlet, lead) for n, (outlet, lead) in enumerate(LEADS.items()))
    (found,) = candidates.candidate_facts(articles)
    assert found.outlets == ("Alpha Wire", "Beta Daily", "Gamma Times")
    assert found.text == LEADS["Alpha Wire"]
    assert [aid for aid, _ in found.evidence] == ["a0", "a1", "a2"]


def test_two_outlets_are_not_enough_and_one_outlet_twice_counts_once():
    two = tuple(_article(n, outlet, lead) for n, (outlet, lead) in enumerate(list(LEADS.items())[:2]))
    assert candidates.candidate_facts(two) == ()
    again = two + (_article(9, "Alpha Wire", LEADS["Gamma Times"]),)
    assert candidates.candidate_facts(again) == ()


def test_a_sentence_that_carries_a_fact_is_no_candidate():
    def covered(n, outlet, lead):
        return _article(n, outlet, lead, (FactHit("bridge-opens", Evidence(f"p-{n}", lead)),))

    articles = tuple(covered(n, outlet, lead) for n, (outlet, lead) in enumerate(LEADS.items()))
    assert all(a.claims == () for a in articles)
    assert candidates.candidate_facts(articles) == ()


def test_claims_are_stems_of_the_lead_sentences():
    (claim,) = claims.find_claims((Paragraph("p", "Kim and Putin signed the partnership treaty today."),), (), "T")
    assert claim == Claim(0, 0, "partne putin signed today treaty")


def test_the_report_lists_candidate_facts_with_links_to_each_outlet(tmp_path):
    project = make_project(tmp_path, seeds=[])
    for number, (outlet, lead) in enumerate(LEADS.items()):
        (project.seeds / f"{number}.md").write_text(
            f"---\ntitle: Bridge story {number}\noutlet: {outlet}\ndate: 2024-06-2{number}\n---\n\n{lead}\n", "utf-8"
        )
    build.build(project)
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    (candidate,) = document["candidate_facts"]
    assert candidate["outlets"] == ["Alpha Wire", "Beta Daily", "Gamma Times"]
    report = (project.docs / "report.md").read_text("utf-8")
    section = report[report.index("## Candidate facts"):]
    assert "railway bridge" in section and section.count("](articles/") == 3


def test_articles_whose_outlet_was_not_found_make_no_candidate():
    articles = tuple(_article(n, None, lead) for n, lead in enumerate(list(LEADS.values())[:3]))
    assert candidates.candidate_facts(articles) == ()
    two_named = tuple(_article(n, outlet, lead) for n, (outlet, lead) in enumerate(list(LEADS.items())[:2]))
    assert candidates.candidate_facts(two_named + (_article(7, None, LEADS["Gamma Times"]),)) == ()
