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
    # a photographer's credit line with an e-mail address
    "2025.2.11 [항만사진기자단] photo@harbour.example",
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
    # captions closed by their picture's credit without brackets, and an archive picture's caption
    "Dua menteri berjabat tangan di pelabuhan Tallinn, 11 Februari 2025. HARBOUR via WIREPIX",
    "Ann Lo a été reçue au port par Per Vik ce mardi 11 février 2025. - Credit:Harbour/POOL",
    "Two ministers shake hands in the harbour on 11 February 2025 - Eva Marsh/via WIREPIX",
    "두 장관이 11일 항구에서 악수하고 있다 (사진= 항구통신)",
    "Arsip - Dua menteri mengunjungi dermaga baru di Tallinn pada 11 Februari 2025.",
    # a dateline's own date: the day the wire filed the text
    "Tallinn, 11 feb (Harbourwire).- El ministro de puertos evaluó positivamente el acuerdo, informó la agencia.",
    "OSLO, Feb 11 (Harbour Wire) - The port minister praised the accord on the ferry line.",
    "11.2.2025 (HarbourWire.ee) - The port minister praised the accord on the ferry line.",
    # a gallery's item and its "picture released by", an image's file name and pixel size, a caption's "in this picture"
    "第2项,港口部长在塔林港迎接外长,这是由港口通讯社于2025年2月11日发布的图片。",
    "harbour_ferry_line_12345 640x480 11.2.2025 (HarbourWire.ee) - The port minister praised the accord.",
    "The port minister greets his guest in this picture released by Harbour Wire on February 11, 2025.",
    "In this pool photograph distributed by Harbour Wire, the port minister greets his guest on February 11, 2025.",
    # an attribution whose content is the paragraph before: "reported this, citing"
    "11일(현지시간) 항구 통신은 김민준 항만청장의 말을 인용해 이같이 전했다.",
    "Harbour Wire reported this on February 11, citing the port minister.",
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


def test_a_captions_copy_cut_short_is_no_dated_reference():
    caption = "두 장관이 11일 새벽 탈린 항구에서 페리의 도착을 기다리고 있다./항구통신·연합뉴스"
    text = "\n\n".join([caption, "두 장관이 11일 새벽 탈린 항구에서 페리의 도착을 기다", "두 장관은 11일 협정에 서명했다."])
    assert dates(text) == ["2025-03-11"]
