"""A photo's caption closed by a copyright mark and its credit ("…[May 3, Seoul](C)EPA=Jiji"): a caption, the
article's text, never its headline; a copyright notice or a text's "(c)" item is none."""

from __future__ import annotations

import pytest

from generator.extract import caption_credits


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("新しい橋の開通式でテープを切る市長[2024年5月3日、松本](C)AP=共同", "新しい橋の開通式でテープを切る市長[2024年5月3日、松本]"),
        ("The mayor cuts the ribbon at the new ferry terminal on Tuesday ©Getty / AFP",
         "The mayor cuts the ribbon at the new ferry terminal on Tuesday"),
    ],
)
def test_a_caption_closed_by_a_copyright_mark_and_its_credit_is_a_caption(line, caption, known):
    assert caption_credits.caption_before_credit(line, known) == caption


@pytest.mark.parametrize(
    "line",
    [
        "All rights reserved by the paper ©Harbour Daily",  # a notice, not a caption
        "The plan has three parts: (a) roads, (b) bridges and (c) the old port",  # an item of a list
        "The new terminal opened on Tuesday, its architects said © 2024",  # a date: the page's notice
    ],
)
def test_a_notice_or_a_lists_item_is_no_caption(line, known):
    assert caption_credits.caption_before_credit(line, known) is None
