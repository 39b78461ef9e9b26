"""The lines of a hard-wrapped paragraph joined again, and the look-alikes that stay lines (extract/wrapped_lines.py)."""

from __future__ import annotations

import pytest

from generator.extract.wrapped_lines import join_wrapped_lines
from generator.text import paragraphs


def _joined(text: str) -> list[str]:
    return join_wrapped_lines(paragraphs(text), text)


@pytest.mark.parametrize("text, expected", [
    # a line that goes on in lower case, in any cased script
    ("The two leaders signed the treaty\non Wednesday in the capital.",
     ["The two leaders signed the treaty on Wednesday in the capital."]),
    ("Стороны договорились оказывать друг другу помощь,\nесли одна из них подвергнется нападению.",
     ["Стороны договорились оказывать друг другу помощь, если одна из них подвергнется нападению."]),
    ("Οι δύο ηγέτες υπέγραψαν τη συνθήκη\nστην πρωτεύουσα.", ["Οι δύο ηγέτες υπέγραψαν τη συνθήκη στην πρωτεύουσα."]),
    # a wrapped text: a line going on in upper case after a lower-case word, a comma, a hyphen or a full line
    ("Die Minister haben am Morgen in der Hauptstadt einen\nVertrag unterzeichnet, sagte der\n"
     "Sprecher der Regierung. Es gehe um die\nZusammenarbeit der beiden Staaten\n"
     "in der Region, die seit langem von den UN-\nSanktionen betroffen ist, wie es\nhieß.",
     ["Die Minister haben am Morgen in der Hauptstadt einen Vertrag unterzeichnet, sagte der Sprecher der "
      "Regierung. Es gehe um die Zusammenarbeit der beiden Staaten in der Region, die seit langem von den "
      "UN-Sanktionen betroffen ist, wie es hieß."]),
])
def test_wrapped_lines_are_one_paragraph(text, expected):
    assert _joined(text) == expected


@pytest.mark.parametrize("text", [
    "The two leaders signed the treaty.\nOfficials said more talks would follow.",  # a sentence ends the line
    "The two leaders signed the treaty\n\non Wednesday in the capital.",  # a blank line parts them
    "Delegation members:\n- energy minister\n- transport minister",  # a list under its colon
    "- the energy minister and\n- the transport minister",  # list items, even ending open
    "Photos by the press office\njean@example.org",  # an address, no word going on
    "Pictures from the summit\nnorth_korea_summit_1024x768",  # a picture file's name
    "Reactions from Seoul\nThe government said it would study the text.",  # a subheading over its text
    "Leaders meet in the capital\nThe two presidents signed a treaty.",  # a headline ending in a lower-case word
    # subheadings ending in a lower-case word over their paragraphs make no wrapped text (Dutch)
    "Zeldzaam bezoek\nHet Kremlin had het bezoek aangekondigd.\nBanden aangehaald\nDe leiders wisselden geschenken uit.\n"
    "Nieuwe stappen gezet\nDe ministers spraken verder.",
    "両国の首脳が条約に署名した\n関係者によると会談は三時間続いた",  # no letter case: no cue
])
def test_lines_that_stay_apart(text):
    assert _joined(text) == paragraphs(text)


def test_a_subheading_in_a_wrapped_text_stays_its_own_paragraph():
    text = ("Die Minister haben am Morgen einen\nVertrag unterzeichnet, sagte der\nSprecher. Es gehe um die\n"
            "Zusammenarbeit in der Region, wie es\nhieß, und der\nVertrag gelte sofort.\n\nReaktionen aus Seoul\nDie Regierung will den Text prüfen.")
    assert _joined(text)[-2:] == ["Reaktionen aus Seoul", "Die Regierung will den Text prüfen."]

