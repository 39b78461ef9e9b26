"""Page furniture and numbers that hold a date are no dated reference of the timeline: an embedded post's
signature, a photo's caption or credit, a share bar, an author box, a related story's headline; a count or a
programme's name read as a year. Made-up text; the dates must still be read in the sentences around them."""

import datetime as dt

import pytest

from generator.extract.events import find_events

from _extract_helpers import data, paras

PUBLISHED = dt.date(2025, 3, 14)


def dates(text, published=PUBLISHED):
    return [e.date for e in find_events(paras(text), published, data())]


@pytest.mark.parametrize("text", [
    # an embedded post's signature
    "— Harbour Daily Wire (@HarbourWire) February 11, 2025",
    # a picture agency's photo number opening a caption
    "xyz20250211 Ministers Ann Lo and Per Vik shake hands in Tallinn, 11 February 2025.",
    # a caption's label
    "Kiemelt kép: a két miniszter Tallinnban 2025. február 11-én.",
    # Japanese captions: a credit "from X", a "(year agency)" credit, a bracketed date and place
    "2025年2月訪問時に港湾大臣と握手を交わす前外相(港湾新報から)",
    "港湾通信が11日提供(2025年 港湾フォト)",
    "2月だけで2度も会談した港湾大臣と外相[2025年2月11日、タリン]",
    # a share bar glued to a dateline
    "Tallinn 9:12 11. února 2025 Sdílet na Facebooku Sdílet na Twitteru Sdílet na LinkedIn Tisknout",
    # an author box's toggles
    "Ann Lo Korrespondentin Personen-Box aufklappen Personen-Box zuklappen Ann Lo berichtet seit 2021 aus Tallinn.",
    # related stories' headlines: a bullet without a full stop, and Title Case
    "- Limanlar 2025 yılına kadar yapay zeka ile yönetilecek: Rapor",
    "Harbour Bank Reports a 12% Rise in Q4 2024 Earnings Before Taxes",
    # a date and a place alone closing a paragraph, or a bare date in it
    "The ministers exchanged gifts in the port. (Tallinn, 11 February 2025).",
    "The ministers exchanged gifts in the port. 2025.2.11",
])
def test_furniture_with_a_date_is_no_dated_reference(text):
    assert dates(text) == []


@pytest.mark.parametrize("text", [
    "Geschätzt 2000 Hafenarbeiter verloren ihre Arbeit.",
    "Le port est un contributeur de l'agenda 2030 des Nations unies.",
    "Il commercio è cresciuto dall'inizio degli anni 2000.",
])
def test_a_count_a_programme_or_a_decade_is_no_year(text):
    assert dates(text, None) == []


@pytest.mark.parametrize("text, expected", [
    ("The ministers met in Tallinn on February 11, 2025, and signed the accord.", ["2025-02-11"]),
    ("Den Vertrag hatten beide Länder im Jahr 2000 unterzeichnet.", ["2000"]),
    ("The ministers spoke on Facebook Live and later on Twitter about the accord of 2021.", ["2021"]),
    ("Photographers waited as the ministers met in 2024.", ["2024"]),
])
def test_sentences_around_furniture_keep_their_dates(text, expected):
    assert dates(text) == expected
