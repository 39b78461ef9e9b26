"""A page that holds its text twice (a portal's copy under a second header, a credit line between) shows it once: a
long paragraph seen again is furniture the second time, and so is a last line that only starts a paragraph above (the
second copy cut off by the page's end). A short line said twice, and a sentence that merely opens like another, stay.
Inputs are written for these tests."""

from __future__ import annotations

from generator.extract import furniture

LEAD = ("The mayors of Nakhodka and Wonsan opened a shared fishing zone on Wednesday, the first such pact between "
        "the two ports in thirty years.")
SECOND = ("Boats from both harbours may now fish the zone in every season, and the two ports will share their "
          "catch records each month.")


def test_a_text_saved_twice_is_shown_once(known):
    lines = ["Ports open a shared fishing zone", LEAD, SECOND, "(Harbour Wire)", "Ports open a shared fishing zone",
             LEAD, SECOND, "Boats from both harbours may now fi"]
    kept = furniture.strip(lines, known).lines
    assert kept.count(LEAD) == 1 and kept.count(SECOND) == 1
    assert "Boats from both harbours may now fi" not in kept


def test_short_lines_said_twice_and_openings_alike_stay(known):
    lines = [LEAD, "Yes.", "The mayors met again on Thursday.", "Yes.", "The mayors met again on Thursday to sign it."]
    kept = furniture.strip(lines, known).lines
    assert kept.count("Yes.") == 2
    assert "The mayors met again on Thursday." in kept and "The mayors met again on Thursday to sign it." in kept
