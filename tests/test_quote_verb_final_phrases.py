"""A verb-final sentence (Turkish) names its subject first and its speech verb after the short phrase it quotes: the
phrase is the subject's, unless the sentence names another person whose words it reports (quote_joint.subject_closes_it)."""

from __future__ import annotations

from _extract_helpers import speakers

_OPENING = "Kuzey Kore lideri Kim Jong-un, Rusya Devlet Başkanı Vladimir Putin'e bir tebrik mesajı gönderdi.\n\n"


def test_the_subjects_phrase_before_the_closing_verb_is_his():
    text = _OPENING + 'Kim, iki ülke arasındaki bağların "sarsılmaz ve kalıcı" hale geldiğini belirtti.'
    assert speakers(text) == [("Kim Jong-un", "sarsılmaz ve kalıcı")]


def test_a_phrase_another_person_named_in_the_sentence_used_is_not_the_subjects():
    # (Putin said that Kim called the ties "unbreakable and lasting": Kim's phrase, never Putin's)
    text = _OPENING + 'Putin, Kim\'in ilişkileri "sarsılmaz ve kalıcı" olarak nitelendirdiğini söyledi.'
    assert ("Vladimir Putin", "sarsılmaz ve kalıcı") not in speakers(text)
