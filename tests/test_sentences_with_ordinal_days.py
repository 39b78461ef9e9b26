"""A day written as an ordinal with a full stop ("am 31. März 2023", German) ends no sentence when a month's name
(from the language data) follows it; a number closing a sentence before any other capitalised word still does.
Cases written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import find_events
from generator.text import sentences

from _extract_helpers import data, paras


@pytest.mark.parametrize("paragraph, expected", [
    ("Am 31. März 2023 unterzeichneten die Minister das Abkommen. Es tritt im Sommer in Kraft.",
     ["Am 31. März 2023 unterzeichneten die Minister das Abkommen.", "Es tritt im Sommer in Kraft."]),
    ("Die Frist endet am 1. Oktober. Danach entscheidet das Parlament.",
     ["Die Frist endet am 1. Oktober.", "Danach entscheidet das Parlament."]),
    ("Bis zum 15. Dez. soll der Bericht vorliegen.", ["Bis zum 15. Dez. soll der Bericht vorliegen."]),
])
def test_a_day_and_its_full_stop_before_a_month_end_no_sentence(paragraph, expected):
    assert sentences(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("Die Zahl der Teilnehmer stieg auf 12. Dann fiel sie wieder.",
     ["Die Zahl der Teilnehmer stieg auf 12.", "Dann fiel sie wieder."]),
    ("The treaty was signed in 1961. March brought new talks.",
     ["The treaty was signed in 1961.", "March brought new talks."]),
])
def test_a_number_closing_a_sentence_still_ends_it(paragraph, expected):
    assert sentences(paragraph) == expected


def test_the_timeline_quotes_the_whole_sentence_of_a_german_ordinal_date():
    text = "Am 31. März 2023 unterzeichneten die Minister das Abkommen in Berlin."
    events = find_events(paras(text), dt.date(2023, 4, 5), data(), "de")
    assert [(e.date, e.evidence.text) for e in events] == [("2023-03-31", text)]
