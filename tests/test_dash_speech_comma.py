"""Speech a dash opens and a comma closes (Nordic and Finnish papers: "– …, sa X."), read only where the verb
after the comma is one of `comma_closes_dash_speech` (generator/languages/quotes.yml); and a straight opening
mark closed by a low-style one only at a word's end ("…“, naglasio je"). Sentences written for these tests."""

from __future__ import annotations

from _extract_helpers import speakers


def test_a_comma_and_a_nordic_verb_close_the_speech_a_dash_opened():
    # (who spoke is the pattern corpus's to check: tests/corpus/patterns/quotes/dash_speech_closed_by_a_comma_*)
    found = speakers("– Vi gleder oss over et tett samarbeid om havner og fiske, sa han til pressen.")
    assert [text for _, text in found] == ["Vi gleder oss over et tett samarbeid om havner og fiske"]


def test_a_list_item_ending_in_according_to_is_no_speech():
    # Spanish does not close a dash's speech with a comma: "según detalló …" ends a list item of reported speech.
    assert speakers("- La visitante permanecerá en el país cuatro días con una agenda económica amplia, "
                    "según detalló la cancillería rusa.") == []


def test_a_low_closing_mark_inside_a_word_closes_no_straight_quotation():
    # ('"…是“在…': the low-style mark before a letter opens the next quotation, it closes nothing)
    found = speakers('f" j普京在文中还谈及冲突。普京表示,西方的目标是“在战略上打败俄罗斯。')
    assert all(not text.startswith("j普京") for _, text in found)
