"""Families of head lines that name an outlet or a date, or that are never a title, each in the several
languages a page may show it in (issue 17, round 3): credit lines with a date, names run together in a
copyright line, contributor lines, a page's title before its headline, reading-time notes, links back
to a list, newsletter invitations, photo credits cut from their caption, a date in brackets after a
weekday, Korean sentences that are a lead's text. Inputs are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import credits, dates, furniture, metadata, wire_credits
from generator.model import Declared

from _head_helpers import LEAD, MORE, meta


# ------------------------------------------------------------------ outlets
@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Agência O Globo - 19/06/2024", "O Globo"),  # an agency word before a known name
        ("Agencia EFE 19.06.2024", "EFE"),
        ("Agence France-Presse, 19.06.2024", "AFP"),  # the known name itself
        ("Agentur Nordlicht - 19.06.2024", "Agentur Nordlicht"),  # unknown: the agency's name as written
    ],
)
def test_a_credit_line_of_a_name_and_a_date_names_the_outlet(line, outlet, known):
    assert credits.dated_credit(line, known, "pt") == (dt.date(2024, 6, 19), outlet)


@pytest.mark.parametrize("line", ["Moscow - 19.06.2024", "Wednesday, 19.06.2024", "Agência - 19/06/2024"])
def test_a_place_or_a_day_beside_a_date_names_no_outlet(line, known):
    assert credits.dated_credit(line, known, "pt") is None


@pytest.mark.parametrize(
    "name, outlet",
    [("YONHAPNEWS", "Yonhap"), ("KOREAHERALD", "The Korea Herald"), ("Kyodo-News", "Kyodo News")],
)
def test_a_name_written_without_its_spaces_is_the_known_outlet(name, outlet, known):
    assert credits.known_outlet(name, known) == outlet


def test_a_short_run_together_name_is_not_matched_to_another_outlets_words(known):
    assert credits.known_outlet("APNEW", known) is None  # under five letters of a name, or none


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Copyright 2024YONHAPNEWS. All rights reserved.", "Yonhap"),
        ("@Source: tass.com", "TASS"),
        ("• Quelle: dpa", "dpa"),
    ],
)
def test_source_and_copyright_lines_with_a_glued_year_or_a_symbol_name_the_outlet(line, outlet, known):
    assert furniture.strip([LEAD, line], known).outlet_cues == (outlet,)


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("CNN's Jane Doe contributed reporting.", "CNN"),
        ("Reuters’ Tom Vale contributed to this report.", "Reuters"),
        ("CNN’s Jana Roth lieferte zusätzliche Berichterstattung.", "CNN"),
        ("Jean Dupont de l'AFP a contribué à cet article.", None),  # no possessive: names no outlet
        ("Jane Doe contributed reporting from Seoul.", None),
    ],
)
def test_a_contributor_line_after_the_text_is_furniture_naming_the_outlet_it_credits(line, outlet, known):
    cleaned = furniture.strip([LEAD, MORE, line], known)
    if line.endswith("from Seoul."):
        assert line in cleaned.lines  # "contributed reporting from …" is not the closing formula
        return
    assert line not in cleaned.lines
    assert cleaned.outlet_cues == ((outlet,) if outlet else ())


def test_a_possessive_and_contributed_inside_the_text_is_no_contributor_line(known):
    line = "Putin's visit contributed to the thaw, officials said, and more talks are planned."
    assert line in furniture.strip([line, LEAD, MORE], known).lines


def test_a_wire_dateline_glued_to_the_place_names_the_agency(known):
    assert wire_credits.credit_in("【ソウル聯合ニュース】北朝鮮は19日、発表した。", known) == "Yonhap"
    assert wire_credits.credit_in("【北京共同】中国外務省は19日、発表した。", known) == "Kyodo News"
    assert wire_credits.credit_in("【速報】中国外務省は19日、発表した。", known) is None


def test_an_outlets_own_report_citing_another_source_names_the_outlet(known):
    line = "According to IRNA's Wednesday report, citing the Russian news agency, the talks will last two days."
    assert meta(line, MORE, known=known).outlet == "IRNA"


def test_according_to_an_outlets_report_without_its_own_source_is_only_a_source(known):
    line = "According to IRNA's Wednesday report, the talks will last two days and end with a signing."
    assert meta(line, MORE, known=known).outlet is None


def test_a_site_name_before_the_repeated_headline_is_the_outlet_and_not_the_title(known):
    result = meta("Nordhafen Bote - Council approves harbour plan", "Council approves harbour plan", LEAD, MORE,
                  known=known)
    assert (result.title, result.outlet) == ("Council approves harbour plan", "Nordhafen Bote")


def test_a_word_the_text_uses_before_the_repeated_headline_is_a_kicker_not_a_site(known):
    result = meta("Harbour - Council approves harbour plan", "Council approves harbour plan",
                  "The harbour wall will be rebuilt. " + LEAD, MORE, known=known)
    assert (result.title, result.outlet) == ("Council approves harbour plan", None)


# ------------------------------------------------------------------ lines that are never a title
@pytest.mark.parametrize(
    "line",
    [
        "Примерное время чтения: 4 минуты", "Reading time: 3 min", "4 min read", "Lesezeit: 2 Min.",
        "Temps de lecture : 5 minutes", "Tiempo de lectura: 3 min", "읽는 시간 3분",
        "Back to news", "← Zurück zur Übersicht", "Вернуться к списку новостей", "Volver a noticias",
        "• 페이스북", "Twitter", "Textgröße ändern:", "Размер шрифта",
        "Stay informed with free updates", "Bleiben Sie informiert mit unserem Newsletter",
        "Mantente informado con nuestro boletín", "Будьте в курсе главных новостей",
        "Simply sign up to the Harbour Digest — delivered directly to your inbox.",
    ],
)
def test_page_furniture_above_the_headline_is_never_the_title(line, known):
    result = meta(line, "Council approves plan to rebuild the harbour wall", LEAD, MORE, known=known)
    assert result.title == "Council approves plan to rebuild the harbour wall"
    assert line not in result.body


@pytest.mark.parametrize("line", ["Back to the Cold War: Moscow and Pyongyang sign a pact", "Stay or go: the council decides"])
def test_headlines_that_start_like_furniture_stay_titles(line, known):
    assert meta(line, LEAD, MORE, known=known).title == line


@pytest.mark.parametrize("credit", ["/REUTERS=연합뉴스", "EPA=연합뉴스", "/AP"])
def test_a_photo_credit_cut_from_its_caption_is_never_the_title(credit, known):
    lead = "시는 4일 북부 지역에 새 시립 도서관을 열었다고 밝혔다."
    result = meta(credit, lead, "도서관은 3년 공사 끝에 완공됐다.", known=known)
    assert result.title == lead.rstrip(".")
    assert result.outlet is None


@pytest.mark.parametrize(
    "caption",
    ["새 도서관 개관식에서 인사하는 시장(출처 뉴스1)", "The mayor opens the new library (Photo: Reuters)",
     "The mayor opens the new library. AFP"],
)
def test_a_caption_ending_in_its_credit_is_never_the_title_and_its_agency_no_outlet(caption, known):
    result = meta(caption, LEAD, MORE, known=known)
    assert result.title == "The council approved the plan on Thursday"
    assert result.outlet is None


def test_a_korean_sentence_ending_in_a_final_verb_is_the_leads_text_not_a_headline(known):
    lead = "시는 어제 새 도서관을 열었습니다."
    result = meta(lead, "도서관은 3년 공사 끝에 완공됐습니다.", known=known)
    assert result.body[0] == lead  # the lead stays text; the title is made from it
    assert result.title == lead.rstrip(".")


def test_share_links_between_the_pages_title_and_the_repeated_headline_are_dropped(known):
    result = meta("시내버스 노선 10개 새로 생긴다", "• 페이스북", "검색 입력폼", "시내버스 노선 10개 새로 생긴다",
                  "시는 다음 달부터 새 노선을 운행한다고 5일 밝혔다.", known=known)
    assert result.title == "시내버스 노선 10개 새로 생긴다"
    assert result.body == ("시는 다음 달부터 새 노선을 운행한다고 5일 밝혔다.",)


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("text", ["2024. 06.19", "2024.06. 19", "2024. 6. 19.", "2024-06-19"])
def test_a_year_first_date_with_a_space_after_some_of_its_dots_is_read(text):
    assert dates.find(text, "ko").date == dt.date(2024, 6, 19)


def test_a_labelled_korean_stamp_with_mixed_dots_and_a_weekday_is_the_date(known):
    result = meta("Council approves plan", "• 입력 : 2024. 06.19(수) 17:53", LEAD, MORE, known=known)
    assert result.published == dt.date(2024, 6, 19)


@pytest.mark.parametrize(
    "lead, language",
    [
        ("La alcaldía inauguró el martes (18.06.2024) un nuevo puente, según informó la prensa.", "es"),
        ("Die Stadt hat am Dienstag (18.06.2024) eine neue Brücke eröffnet, teilte das Rathaus mit.", "de"),
        ("Мэрия во вторник (18.06.2024) открыла новый мост, сообщила пресс-служба.", "ru"),
    ],
)
def test_a_date_in_brackets_after_a_weekday_in_the_lead_is_the_date(lead, language, known):
    result = metadata.extract(lead + "\n\n" + MORE, Declared(language=language), known)
    assert result.published == dt.date(2024, 6, 18)


def test_a_date_in_brackets_after_another_word_is_no_publication_date(known):
    lead = "The law of the council (18.06.2024) set the new rules for the harbour, the mayor said."
    assert meta(lead, MORE, known=known).published is None


@pytest.mark.parametrize(
    "lines, outlet",
    [
        (["A standfirst without its full stop", "TASS", "KHABAROVSK - The city opened a bridge."], "TASS"),
        (["Reuters", "SÃO PAULO, 5 de junho — A prefeitura abriu a ponte."], "Reuters"),
        # the agency between two paragraphs of the text, no dateline under it: a photo's credit
        (["The city opened a bridge on Monday.", "TASS", "The mayor said it cost less than planned."], None),
        # a capitalised sentence start is no dateline
        (["TASS", "The city opened a bridge - at last."], None),
    ],
)
def test_an_agency_alone_above_a_capitals_dateline_credits_the_text(lines, outlet, known):
    assert wire_credits.credit_above_dateline(lines, known) == outlet


@pytest.mark.parametrize(
    "raw, outlet",
    [
        ("Russian Interfax", "Interfax"),  # a nationality's adjective before a known name
        ("российский Интерфакс", "Interfax"),
        ("'세상을 잇는 신문' 아주경제", "Aju Business Daily"),  # the slogan's opening mark kept with it
        ("Russian Harbour Weekly", "Russian Harbour Weekly"),  # unknown after it: the name as written
    ],
)
def test_a_source_name_drops_a_nationality_or_a_quoted_slogan_before_a_known_outlet(raw, outlet, known):
    assert credits.clean_name(raw, known) == outlet


@pytest.mark.parametrize(
    "raw, outlet",
    [
        ("Courier plumnews.example", "plumnews.example"),  # a supplier's name glued before the site's address
        ("Harbour Gazette plumnews.co.example", "plumnews.co.example"),
        ("Plumnews.example", "Plumnews.example"),  # an address alone is the name as written
        ("Harbour Gazette", "Harbour Gazette"),
        ("Plum News plumnews.example", "Plum News"),  # the site's name before its own address: the name
    ],
)
def test_a_copyright_holder_glued_before_the_sites_address_gives_the_address(raw, outlet, known):
    assert credits.clean_name(raw, known) == outlet


@pytest.mark.parametrize(
    "line, crumbs",
    [
        ("World - Asia-Pacific", True),
        ("العالم- اسيا والباسيفيك", True),  # the dash glued to the section, a space after it
        ("Asia-Pacific", True),  # a hyphen inside a section's name splits nothing
        ("World - Leaders meet in Asia", False),  # a headline after a section is no crumb
    ],
)
def test_a_section_and_its_subsection_after_a_dash_are_a_category_line(line, crumbs, known):
    assert credits.category_line(line, known) is crumbs
