"""A weekday named in past tense that is the day after the page's stamp ("signed on Wednesday" under a Tuesday
stamp, "a statement on Friday" under a Thursday one) is that next day: the page's clock runs a time zone behind the
event's, it is not the same weekday six days back. Any other weekday is the last one on or before the stamp. Cases
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import find_events

from _extract_helpers import data, paras

TUESDAY, THURSDAY = dt.date(2025, 3, 4), dt.date(2025, 3, 6)


@pytest.mark.parametrize("text, published, day", [
    ("The mayors opened the bridge on Wednesday after a short ceremony.", TUESDAY, "2025-03-05"),
    ("The mayors condemned the delay in a statement on Friday.", THURSDAY, "2025-03-07"),
    # (the weekday of the stamp itself, and one further back, are the last ones)
    ("The mayors opened the bridge on Tuesday after a short ceremony.", TUESDAY, "2025-03-04"),
    ("The mayors condemned the delay in a statement on Monday.", THURSDAY, "2025-03-03"),
])
def test_a_weekday_after_the_stamp_is_the_next_day(text, published, day):
    assert [e.date for e in find_events(paras(text), published, data(), "en")] == [day]
