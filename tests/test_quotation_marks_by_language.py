"""Quotations in the marks each language writes, which are language data (`quotation_marks` of
generator/languages/quotes.yml): German „…“ and ‚…‘ (and »…«, ›…‹), French « … » with the no-break spaces
French sets inside them, and ‹…›. Sentences written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import mark_table
from generator.extract.knowledge import language_part

from _extract_helpers import speakers

NBSP, NARROW_NBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("text, expected", [
    ("‚Wir begrüßen diesen Schritt ausdrücklich‘, sagte Putin nach dem Treffen.",
     [("Vladimir Putin", "Wir begrüßen diesen Schritt ausdrücklich")]),
    ("›Wir begrüßen diesen Schritt ausdrücklich‹, sagte Putin nach dem Treffen.",
     [("Vladimir Putin", "Wir begrüßen diesen Schritt ausdrücklich")]),
    ("‹ Nous saluons cette étape très importante ›, a déclaré Poutine.",
     [("Vladimir Putin", "Nous saluons cette étape très importante")]),
])
def test_single_quotation_marks_of_german_and_french_hold_a_quotation(text, expected):
    assert speakers(text) == expected


def test_a_short_stretch_in_single_marks_is_no_quotation():
    assert speakers("Putin sprach von einer ‚neuen Ära‘ der Beziehungen.") == []


@pytest.mark.parametrize("text, expected", [
    ("„Das ist ein wichtiger Schritt für beide Länder“, sagte Putin nach dem Treffen.",
     [("Vladimir Putin", "Das ist ein wichtiger Schritt für beide Länder")]),
    ("„Er sagte mir: ‚Wir sind zu Gesprächen bereit‘, und das glaube ich“, sagte Putin.",
     [("Vladimir Putin", "Er sagte mir: ‚Wir sind zu Gesprächen bereit‘, und das glaube ich")]),
    (f"«{NBSP}C'est une étape importante pour nos deux pays{NBSP}», a déclaré Poutine.",
     [("Vladimir Putin", "C'est une étape importante pour nos deux pays")]),
    (f"Poutine a déclaré{NBSP}: «{NARROW_NBSP}C'est une étape importante pour nos deux pays.{NARROW_NBSP}»",
     [("Vladimir Putin", "C'est une étape importante pour nos deux pays.")]),
])
def test_german_and_french_double_marks_with_french_spacing(text, expected):
    assert speakers(text) == expected


def test_every_opening_mark_of_the_language_data_is_tried():
    marks = language_part("quotes.yml")["quotation_marks"]
    opening = {mark for language in marks.values() for kind in language.values() for mark in kind}
    assert {"„", "‚", "«", "‹"} <= opening
    assert set(mark_table.QUOTE_AT) == opening


@pytest.mark.parametrize("text, expected", [
    # the opening mark at both ends, as Arabic is often typed: closing where it ends a word
    ("وقال بوتين إن “البلدين سيواصلان العمل معا في كل المجالات“، ثم غادر القاعة.",
     [("Vladimir Putin", "البلدين سيواصلان العمل معا في كل المجالات")]),
    ("وأكد بوتين أن “التعاون بين البلدين سيستمر دون توقف“.",
     [("Vladimir Putin", "التعاون بين البلدين سيستمر دون توقف")]),
])
def test_a_mark_drawn_the_wrong_way_closes_at_a_words_end(text, expected):
    assert speakers(text) == expected


def test_an_unpaired_opening_mark_swallows_no_text():
    # the first mark is never closed; the next one opens a quotation of its own, before a letter
    text = "وقال بوتين إن “الأمر مهم جدا لنا ثم أضاف أن “العلاقات بين البلدين ممتازة جدا اليوم” في المؤتمر."
    assert [t for _, t in speakers(text)] == ["العلاقات بين البلدين ممتازة جدا اليوم"]
