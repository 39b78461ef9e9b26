"""A named event an article's facts report (events.yml `shown_by_facts`) is on the timeline with that article as a
source, whether or not its sentence gives a date the article can place: "19 июня … подписали" in an undated
article, "signed the treaty on Wednesday". Cases written for these tests."""

from __future__ import annotations

from generator.extract import events
from generator.extract.facts import find_facts

from _extract_helpers import data, paras


def _timeline(*texts: str):
    knowledge = data()
    pairs = []
    for number, text in enumerate(texts):
        paragraphs = paras(text)
        found = events.find_events(paragraphs, None, knowledge, "en")
        pairs += [(f"a{number}", e) for e in (*found, *events.reported_by_facts(found, find_facts(paragraphs, knowledge), knowledge))]
    return {entry.key: entry for entry in events.build_timeline(pairs, knowledge) if entry.key}


def test_an_undated_article_stating_the_signing_is_a_source_of_the_signing():
    timeline = _timeline("Putin and Kim Jong-un signed the comprehensive strategic partnership treaty on Wednesday.",
                         "On 19 June 2024 Putin and Kim signed the comprehensive strategic partnership treaty in Pyongyang.")
    entry = timeline["treaty-signed-2024"]
    assert entry.date == "2024-06-19"
    assert [article for article, _ in entry.evidence] == ["a0", "a1"]
    assert entry.evidence[0][1].text.startswith("Putin and Kim Jong-un signed")


def test_a_signing_only_expected_reports_no_signing():
    timeline = _timeline("Putin and Kim are expected to sign a comprehensive strategic partnership treaty on Wednesday.")
    assert "treaty-signed-2024" not in timeline


def test_an_article_dating_the_signing_itself_is_not_counted_twice():
    timeline = _timeline("On 19 June 2024 Putin and Kim signed the comprehensive strategic partnership treaty in Pyongyang.")
    assert len(timeline["treaty-signed-2024"].evidence) == 1
