"""A title between an inverted speech verb and its speaker ("sagte der Sekretär des russischen Sicherheitsrates
Sergei Schoigu"): more than the four words said_before allows, and still the verb's subject."""

from __future__ import annotations

from generator.extract.entities import EntityIndex, Span
from generator.extract.quote_cues import cues as load_cues
from generator.extract.quote_speakers import Attributor

from _extract_helpers import data


def _attributor() -> Attributor:
    knowledge = data()
    return Attributor(EntityIndex.from_knowledge(knowledge), load_cues(knowledge))


def _speakers(text: str, name: str) -> list[str]:
    start = text.index(name)
    span = Span(start, start + len(name), name, "Somebody", "person")
    return [pair.name for pair in _attributor().speaking(text, [span], 0, len(text))]


def test_an_article_and_a_long_title_between_the_verb_and_the_name():
    for text, name in [
        ("„QQQQ QQQ QQQ“, sagte der Sprecher des russischen Präsidialamtes Anton Weber am Abend.", "Anton Weber"),
        ("“QQQQ QQQ QQQ,” said the secretary of the Russian Security Council Ivan Petrov.", "Ivan Petrov"),
        ("“QQQQ QQQ QQQ,” said the deputy chairman of the national Security Council Ivan Petrov.", "Ivan Petrov"),
    ]:
        assert _speakers(text, name) == ["Somebody"], text


def test_words_after_the_verb_that_are_no_title_still_keep_the_name_out():
    for text, name in [
        ("“QQQQ QQQ QQQ,” said the president would later this week in Geneva meet Ivan Petrov.", "Ivan Petrov"),
        ("„QQQQ QQQ QQQ“, sagte der Sprecher, der gestern mit dem Kanzler sprach, Anton Weber.", "Anton Weber"),
    ]:
        assert "Somebody" not in _speakers(text, name), text


def test_a_state_right_after_that_is_inside_what_was_reported():
    text = "La comisión de vigilancia subrayó que Corea del Norte continúa “QQQQQQQ QQQ QQQQQQQQQ QQQ QQQQQQ”."
    body, state = text.index("comisión de vigilancia"), text.index("Corea del Norte")
    spans = [Span(body, body + 22, "comisión de vigilancia", "Watch Commission", "organisation"),
             Span(state, state + 15, "Corea del Norte", "North Korea", "place")]
    assert [pair.name for pair in _attributor().speaking(text, spans, 0, len(text))] == ["Watch Commission"]
