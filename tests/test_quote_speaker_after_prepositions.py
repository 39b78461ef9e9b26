"""Families of quote attribution: a name governed by a preposition, and the sentence tests
that let a statement's words go on without a speech verb."""

from __future__ import annotations

from generator.extract.entities import EntityIndex, Span
from generator.extract.quote_cues import cues as load_cues
from generator.extract.quote_recent import few_words_outside, own_subject
from generator.extract.quote_speakers import Attributor

from _extract_helpers import data


def _attributor() -> Attributor:
    knowledge = data()
    return Attributor(EntityIndex.from_knowledge(knowledge), load_cues(knowledge))


def _span(text: str, name: str, canonical: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name, canonical, "person")


def test_a_name_after_a_preposition_is_governed_in_several_languages():
    attributor = _attributor()
    for text, name in [("Putin in his talks with Kim said", "Kim"), ("Путин на встрече с Кимом заявил", "Кимом"),
                       ("Poutine lors de sa rencontre avec Kim a déclaré", "Kim"), ("Putin hat mit Kim betont", "Kim"),
                       ("Insieme a Putin, ha sottolineato", "Putin"), ("Putin, Kim ile görüştü", "Kim")]:
        assert attributor.governed(text, _span(text, name, "X"), 0, len(text)), text


def test_a_subject_or_a_word_ending_in_a_preposition_is_not_governed():
    attributor = _attributor()
    for text, name in [("Kim said with a smile", "Kim"), ("Spokesman Kim said", "Kim"), ("jak se Putin vyjádřil", "Putin"),
                       ("Dopo l'incontro a Mosca, Putin ha detto", "Putin")]:
        assert not attributor.governed(text, _span(text, name, "X"), 0, len(text)), text


def test_a_quotation_tail_of_two_words_at_most_goes_on():
    assert few_words_outside('QQQQ QQQ QQQQ", - говори', 0, 23)
    assert not few_words_outside("QQQQ QQQ, the Russian official says.", 0, 36)


def test_a_bare_capitalised_noun_opening_a_sentence_is_its_own_subject():
    cues = load_cues(data())
    assert own_subject(cues, "Carteles en la capital prometían QQQ", 0)
    assert not own_subject(cues, "El hecho promoverá QQQ", 0)
    assert not own_subject(cues, "QQQQ QQQ", 0)
