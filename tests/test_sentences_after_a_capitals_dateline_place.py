"""A dateline's place written in capitals and closed by a full stop, a date next ("RIVERTOWN. March 4 (Wire) - …",
"ПРИГОРОД. 4 марта"), opens the lead's first sentence and ends none of its own: the timeline's entry for that
sentence shows the dateline with it, and its date is the dateline's, not a date the sentence reports. Any other
sentence closed before a month's name still ends there. Cases written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import find_events
from generator.text import sentences

from _extract_helpers import data, paras


@pytest.mark.parametrize("paragraph, expected", [
    ("RIVERTOWN. March 4 (Harbour Wire) - The bridge opened. Lorries crossed.",
     ["RIVERTOWN. March 4 (Harbour Wire) - The bridge opened.", "Lorries crossed."]),
    ("ПРИГОРОД. 4 марта. Мост открыли для грузовиков.", ["ПРИГОРОД. 4 марта.", "Мост открыли для грузовиков."]),
    ("NEW RIVERTOWN. March 4 (Harbour Wire) - The bridge opened.", ["NEW RIVERTOWN. March 4 (Harbour Wire) - The bridge opened."]),
])
def test_a_capitals_place_and_its_stop_before_a_date_end_no_sentence(paragraph, expected):
    assert sentences(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("The mayors met. March brought new talks.", ["The mayors met.", "March brought new talks."]),
    ("It was agreed in the TOWN HALL. March 4 was set as the day.",
     ["It was agreed in the TOWN HALL.", "March 4 was set as the day."]),
])
def test_a_sentence_closed_before_a_month_still_ends(paragraph, expected):
    assert sentences(paragraph) == expected


def test_the_dateline_day_is_no_event_of_the_lead():
    text = "RIVERTOWN. March 4 (Harbour Wire) - The new bridge over the border river opened to lorries."
    events = find_events(paras(text), dt.date(2025, 3, 4), data(), "en")
    assert [e.date for e in events if e.date.startswith("2025-03-04")] == []
