"""A stamp run into the dateline, a dateline naming a site no list knows, a Japanese stamp with its label after
the date and the outlet before it, and a headline glued to its standfirst. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import head_stamps, wire_credits
from generator.extract.head import glued_decks


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("Kota | 12 Maret 2024, 09:15 WIBMEDAN, WARTA.TV - Gubernur meresmikan", "Kota | 12 Maret 2024, 09:15 WIB"),
        ("12 Maret 2024, 09:15 WIB MEDAN, WARTA.TV - Gubernur meresmikan", "12 Maret 2024, 09:15 WIB "),
        ("12.06.2024 08:50 ISTANBUL, AA - Officials said", "12.06.2024 08:50 "),  # IST is no zone glued here
        ("Rabu, 12 Maret 2024 14:30 WIB Gubernur meresmikan pelabuhan", ""),  # no credit after: one line
        ("Gubernur tiba pukul 09:15 WIBMEDAN hari ini", ""),  # a time with no date before it is no stamp
    ],
)
def test_a_stamp_run_into_the_dateline_is_cut_where_the_dateline_starts(line, stamp, known):
    assert line[: head_stamps._zone_glued(line, known)] == stamp


@pytest.mark.parametrize(
    "text, rest, outlet",
    [
        ("市、図書館を開館 時事通信 社会部", "市、図書館を開館", "Jiji Press"),
        ("市、図書館を開館 共同通信", "市、図書館を開館", "Kyodo News"),
        ("市、新しい図書館を開館時事通信", "市、新しい図書館を開館", "Jiji Press"),  # glued to the headline
        ("AFP時事", "AFP時事", None),  # one known name, never split into another's end
        ("市、図書館を開館", "市、図書館を開館", None),
    ],
)
def test_the_outlet_and_its_desk_before_a_japanese_stamp_end_the_headline(text, rest, outlet, known):
    assert head_stamps._desk_credit(text, known) == (rest, outlet)


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Makassar, Kabarlaut- Gubernur membuka pasar ikan baru.", "Kabarlaut"),
        ("MEDAN, WARTA.TV - Gubernur membuka pasar ikan baru.", "WARTA.TV"),
        ("Surabaya, Selasa - Pemerintah kota menambah bus.", None),  # a weekday
        ("Surabaya, Maret - Pemerintah kota menambah bus.", None),  # a month
        ("LOS ANGELES, Calif. — The city council said.", None),  # an abbreviation
        ("LISBON, Portugal — Portuguese officials said.", None),  # a country the sentence uses
        ("Hanoi, Viet Nam - Pemerintah membuka jalur kereta.", None),  # two words in lower case letters
        ("SEOUL, South Korea — Officials said.", None),  # a known place
    ],
)
def test_a_datelines_site_no_list_knows_is_read_only_when_it_is_a_name(line, outlet, known):
    assert wire_credits.credit_in(line, known) == outlet


def test_a_headline_glued_to_its_standfirst_is_cut_where_the_standfirst_starts():
    line = ("Стали известны участники встречи мэра Иванова и губернатора Петрова "
            "Соколов и Орлов приняли участие во встрече мэра Иванова и губернатора Петрова")
    assert glued_decks(line) == (
        "Стали известны участники встречи мэра Иванова и губернатора Петрова",
        "Соколов и Орлов приняли участие во встрече мэра Иванова и губернатора Петрова",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Opens New Library In Town Centre As Mayor Opens New Library In Town Centre",  # title case
        "Mayor opens library in the town centre",  # too short to hold two decks
        "The mayor said the library of the town centre would open, Smith said of the town centre",
    ],
)
def test_a_line_without_two_glued_decks_stays_whole(line):
    assert glued_decks(line) == (line, None)
