"""Metadata from plain text: each field's fallback chain, as (input, expected) tables."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import dates, lead_title, metadata
from generator.model import Declared


def meta(text: str, known, declared: Declared | None = None) -> metadata.Metadata:
    return metadata.extract(text, declared or Declared(), known)


BODY = "\n\nRussia and North Korea signed a treaty on Wednesday. It includes a mutual assistance clause.\n"


@pytest.mark.parametrize(
    ("text", "title", "outlet"),
    [
        ("Treaty signed in Pyongyang : NPR" + BODY, "Treaty signed in Pyongyang", "NPR"),
        ("Treaty signed in Pyongyang | The Guardian" + BODY, "Treaty signed in Pyongyang", "The Guardian"),
        ("Treaty signed in Pyongyang - Reuters" + BODY, "Treaty signed in Pyongyang", "Reuters"),
        ("Treaty signed in Pyongyang — Daily Planet" + BODY, "Treaty signed in Pyongyang", "Daily Planet"),
        ("Russia and North Korea: a new alliance" + BODY, "Russia and North Korea: a new alliance", None),
        ("Putin visits Pyongyang" + BODY + "source: The Korea Times\n", "Putin visits Pyongyang", "The Korea Times"),
        ("Putin visits Pyongyang" + BODY + "© Yonhap(www.yna.co.kr). All rights reserved.\n", "Putin visits Pyongyang", "Yonhap"),
        ("Putin visits Pyongyang" + BODY + "Copyright 2024 Kommersant. All rights reserved.\n", "Putin visits Pyongyang", "Kommersant"),
        # section segments between headline and site name are dropped
        ("Treaty signed in Pyongyang | World news | The Guardian" + BODY, "Treaty signed in Pyongyang", "The Guardian"),
        # wire and opinion tags, and a section kicker above the headline, are not the title
        ("(LEAD) Treaty signed in Pyongyang" + BODY, "Treaty signed in Pyongyang", None),
        ("[Opinion] Seoul should not panic" + BODY, "Seoul should not panic", None),
        ("ANALYSIS\nWhat the pact commits Moscow to" + BODY, "What the pact commits Moscow to", None),
        # a dateline names the outlet
        ("Leaders sign pact\n\nSEOUL, June 19 (Yonhap) -- Russia and North Korea signed a treaty.\n",
         "Leaders sign pact", "Yonhap"),
        ("Leaders sign pact\n\nPYONGYANG, North Korea (AP) — Russia and North Korea signed a treaty.\n",
         "Leaders sign pact", "Associated Press"),
        ("Лидеры подписали договор\n\nПХЕНЬЯН, 19 июня. /ТАСС/. Россия и КНДР подписали договор.\n",
         "Лидеры подписали договор", "TASS"),
        # copyright lines: the notice after the name, and the Korean circled c
        ("Putin visits Pyongyang" + BODY + "© 2024 The Associated Press. All rights reserved. This material may not be published.\n",
         "Putin visits Pyongyang", "Associated Press"),
        ("푸틴 평양 방문" + BODY + "ⓒ 한겨레신문사 무단전재 및 재배포 금지\n", "푸틴 평양 방문", "Hankyoreh"),
    ],
)
def test_title_and_outlet_cues(text, title, outlet, known):
    result = meta(text, known)
    assert (result.title, result.outlet) == (title, outlet)


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("By Anadolu Agency", "Anadolu Agency", "Anadolu Agency"),
        # a known outlet's name and its edition's word ("English") credits that outlet; a person's name is only an
        # author, also when it ends in the same word
        ("By Anadolu Agency English", "Anadolu Agency English", "Anadolu Agency"),
        ("By Layla Haddad", "Layla Haddad", None),
        ("By Nadia English", "Nadia English", None),
        ("by Kim Min-ji | Yonhap", "Kim Min-ji", "Yonhap"),
        ("By John Roe and Mary Major", "John Roe and Mary Major", None),
        ("By JOHN ROE and MARY MAJOR\nAssociated Press", "JOHN ROE and MARY MAJOR", "Associated Press"),
        ("이민수 기자", "이민수", None),
    ],
)
def test_byline(byline, author, outlet, known):
    result = meta(f"Leaders sign pact\n{byline}\n{BODY}", known)
    assert (result.author, result.outlet) == (author, outlet)
    assert all(byline not in line for line in result.body)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("19 June 2024", dt.date(2024, 6, 19)),
        ("June 20, 2024", dt.date(2024, 6, 20)),
        ("Jun 19, 2024 1:10 PM", dt.date(2024, 6, 19)),
        ("Jun 19, 2024 09:20", dt.date(2024, 6, 19)),
        ("2024-06-19", dt.date(2024, 6, 19)),
        ("2024-06-19T09:20:00+09:00", dt.date(2024, 6, 19)),
        ("Published: Wednesday, June 19, 2024", dt.date(2024, 6, 19)),
        ("19 июня 2024", dt.date(2024, 6, 19)),
        ("2024년 6월 19일", dt.date(2024, 6, 19)),
        ("2024.06.19", dt.date(2024, 6, 19)),
        ("Published : Jun 23, 2024 - 17:05", dt.date(2024, 6, 23)),
        ("Posted : 2024-06-19 17:22 | Updated : 2024-06-21 21:40", dt.date(2024, 6, 19)),
        ("Mon 4 Nov 2024 12.47 GMT", dt.date(2024, 11, 4)),
        ("19 ИЮН 2024, 15:30", dt.date(2024, 6, 19)),
        ("입력 2024.06.19 15:04", dt.date(2024, 6, 19)),
    ],
)
def test_date_stamp_forms(stamp, expected, known):
    assert dates.date_line(stamp) == expected
    assert meta(f"Leaders sign pact\n{stamp}\n{BODY}", known).published == expected


@pytest.mark.parametrize(
    "text",
    [
        "Leaders sign pact\nPutin and Kim at a meeting in Vostochny, Russia, September 13, 2023 (Reuters Photo)" + BODY,
        "Leaders sign pact" + BODY + "The first summit took place on 25 April 2019.\n",
    ],
)
def test_captions_and_body_dates_are_not_publication_dates(text, known):
    result = meta(text, known)
    assert result.published is None
    assert "no date found" in result.notices


@pytest.mark.parametrize(
    "text",
    [
        "Leaders sign pact\nJune 19, 2024" + BODY + "Last Updated: Jul 9, 2024 1:38 AM\n",
        "Leaders sign pact\nUpdated: June 21, 2024\nPublished: June 19, 2024" + BODY,
        "Leaders sign pact\nPosted : 2024-06-19 17:22 | Updated : 2024-06-21 21:40" + BODY,
    ],
)
def test_an_update_stamp_never_wins_over_the_publication_date(text, known):
    assert meta(text, known).published == dt.date(2024, 6, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders sign pact" + BODY + "Last Updated: Jul 9, 2024 1:38 AM\n",
        "Leaders sign pact\nUpdated: July 9, 2024" + BODY,
        "Leaders sign pact" + BODY + "_____\nLast updated: 2024-07-09 HKT 17:50\n",
    ],
)
def test_the_update_stamp_stands_in_when_no_publication_date_is_shown(text, known):
    result = meta(text, known)
    assert result.published == dt.date(2024, 7, 9)
    assert "date taken from a last-updated stamp: no publication date shown" in result.notices


def test_update_stamp_and_caption_are_removed_from_body(known):
    text = (
        "Skip to content\nLeaders sign pact\nPutin and Kim in Vostochny (Reuters Photo)\nJun 19, 2024 1:10 PM"
        + BODY
        + "Read also | Another story\nPrevious post Next post\nUp\nLast Updated: Jul 9, 2024\n"
    )
    result = meta(text, known)
    assert result.published == dt.date(2024, 6, 19)
    assert result.title == "Leaders sign pact"
    assert result.body == (
        "Russia and North Korea signed a treaty on Wednesday. It includes a mutual assistance clause.",
    )


def test_title_made_from_lead_is_short(known):
    lead = (
        "In a summit held in the capital, the president of one country and the leader of another "
        "signed a comprehensive treaty of friendship and cooperation that runs to many articles. "
        "It was the first such treaty in decades."
    )
    result = meta(lead + "\nSecond paragraph here.\n", known)
    assert len(result.title) <= lead_title.LEAD_TITLE_CHARS + 1
    assert result.title.startswith("In a summit held in the capital, the president")  # the lead's own first words
    assert result.title.endswith("…")
    assert result.body[0] == lead  # the lead stays in the text
    assert "no title line: title made from the lead" in result.notices


def test_declared_values_win_over_text_cues(known):
    declared = Declared(title="Declared title", outlet="npr.org", author="A. Writer", date="2024-06-20", language="en")
    result = meta("Other title | The Guardian\nJune 19, 2024\nBy Someone Else" + BODY, known, declared)
    assert (result.title, result.outlet, result.author, result.published) == (
        "Declared title",
        "NPR",
        "A. Writer",
        dt.date(2024, 6, 20),
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia and North Korea signed a treaty that provides for mutual assistance.", "en"),
        ("Россия и КНДР подписали договор о всеобъемлющем стратегическом партнёрстве в Пхеньяне.", "ru"),
        ("러시아와 북한이 평양에서 포괄적 전략적 동반자 관계 조약에 서명했다.", "ko"),
    ],
)
def test_language(text, language):
    assert metadata.detect_language(text) == language


def test_name_list_beside_the_date_stamp_is_the_byline(known):
    text = "Leaders sign pact | World news | The Guardian\nJustin McCurry in Tokyo and Pjotr Sauer\nMon 4 Nov 2024 12.47 GMT" + BODY
    result = meta(text, known)
    assert (result.author, result.published) == ("Justin McCurry and Pjotr Sauer", dt.date(2024, 11, 4))


def test_wire_date_stamp_after_the_end_mark(known):
    result = meta("Leaders sign pact" + BODY + "(END)\n\n2024/06/19 22:01 KST\n", known)
    assert result.published == dt.date(2024, 6, 19)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("19.06.2024", "ru", dt.date(2024, 6, 19)),
        ("19 июня 2024 / 14:29", "ru", dt.date(2024, 6, 19)),
        ("2024. 6. 20. 12:47", "ko", dt.date(2024, 6, 20)),
        ("Stand: 19.06.2024 14:27 Uhr", "de", dt.date(2024, 6, 19)),
        ("Last updated: 2024-06-19 HKT 17:50", "en", dt.date(2024, 6, 19)),
        ("18:31 GMT 18.06.2024", "en", dt.date(2024, 6, 18)),
        ("Paris, le 19 juin 2024", "fr", dt.date(2024, 6, 19)),
        ("Mittwoch, 19. Juni 2024", "de", dt.date(2024, 6, 19)),
        ("19 de junho de 2024", "pt", dt.date(2024, 6, 19)),
        ("Seoul, 19 June 2024 (dpa/MIA)", "en", dt.date(2024, 6, 19)),
        ("06/07/2024", "en", dt.date(2024, 6, 7)),  # month first in English
        ("06/07/2024", "fr", dt.date(2024, 7, 6)),  # day first elsewhere
        ("19 people 2024", "en", None),
        ("10 월 23 일", "ko", None),  # no year: not a date we can place
    ],
)
def test_dates_found_in_many_languages_and_forms(text, language, expected):
    found = dates.find(text, language)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Leaders sign pact\n© Иван Примеров/ ТАСС\nRussia and North Korea signed a treaty. It is long.\n", None),
        ("Leaders sign pact\nPhoto: Associated Press\nRussia and North Korea signed a treaty. It is long.\n", None),
        ("Leaders sign pact\n\nSEOUL (AFP) – Russia and North Korea signed a treaty.\n", "AFP"),
        ("Лидеры подписали договор\n\nМОСКВА, 23 октября. -ТАСС. Договор подписан.\n", "TASS"),
        ("푸틴 평양 방문\n\n모스크바,10 월 23 일. -타스 조약이 서명됐다.\n", "TASS"),
        ("Leaders sign pact" + BODY + "Source: Some Example Weekly June 19, 2024 10:10 UTC\n", "Some Example Weekly"),
    ],
)
def test_credits_name_the_outlet_and_photo_credits_do_not(text, outlet, known):
    assert meta(text, known).outlet == outlet


def test_a_headline_suffix_the_text_names_is_an_attribution_not_the_outlet(known):
    text = "Pact will replace older treaties — Kremlin\n\nThe Kremlin said the pact replaces three treaties.\n"
    result = meta(text, known)
    assert (result.title, result.outlet) == ("Pact will replace older treaties — Kremlin", None)


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        ("19.06.2024", "only punctuation or digits"),
        ("Le Figaro June 19, 2024", "holds a date"),
        ("Валерий Примеров/ ТАСС", "a photo credit"),
        ("News", "a section word"),
        ("Vladimir Putin", "a person's name"),
        ("Moscow", "a place's name"),
        ("A very long line that is a whole copyright notice and not a name", "too long for an outlet's name"),
    ],
)
def test_implausible_outlets_are_named_with_their_reason(candidate, reason, known):
    from generator.extract import credits

    assert credits.implausible_outlet(candidate, known) == reason


def test_a_dropped_title_leaves_a_notice_and_the_lead_stands_in(known):
    result = meta("news\n19 June 2024\nThe council met on Monday. It approved the budget.\n", known)
    assert result.title == "The council met on Monday"
    assert result.published == dt.date(2024, 6, 19)
    assert "no title line: title made from the lead" in result.notices


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("1.露朝包括的戦略パートナーシップ条約の全文", "露朝包括的戦略パートナーシップ条約の全文"),
        ("2. What the treaty says about mutual assistance", "What the treaty says about mutual assistance"),
        ("10.000 troops sent to Russia, Seoul says", "10.000 troops sent to Russia, Seoul says"),
    ],
)
def test_a_section_number_before_a_heading_is_not_part_of_the_title(first_line, title, known):
    text = f"{first_line}\n\nPutin and Kim signed the treaty in Pyongyang on Wednesday, officials said.\n"
    assert meta(text, known).title == title


def test_a_title_made_from_the_lead_leaves_out_a_place_dateline_in_capitals(known):
    text = ("SEOUL: Defense ministers of both countries met in Pyongyang on Friday for talks on the new treaty, "
            "officials said, in the first such visit since the pact was signed in June. They discussed joint "
            "exercises and the supply of arms, and agreed to meet again before the end of the year.\n\nMore followed.\n")
    assert meta(text, known).title.startswith("Defense ministers of both countries met")


@pytest.mark.parametrize("declared", ["0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31"])
def test_a_declared_date_no_article_was_published_on_is_dropped_with_a_notice(declared, known):
    found = meta("Canals found\n\nThe canal was dug 30 years ago, officials said yesterday.\n", known,
                 Declared(date=declared))
    assert found.published is None
    assert any("dropped: not a year" in notice for notice in found.notices)


# A short first line closed by a full stop that opens with the day its news happened is a standfirst or the lead's
# first sentence, not a headline: it is warned of (a headline a line shorter, with no such opening, is not).
@pytest.mark.parametrize(
    ("first_line", "warned"),
    [
        ("Este jueves abre el nuevo muelle del puerto de la ciudad a los primeros viajeros.", True),
        ("Nesta quinta-feira abre o novo cais do porto da cidade aos primeiros viajantes.", True),
        ("On Thursday the city's port opens its new pier to the first travellers.", True),
        ("Valencia estrena su segundo muelle de ferris.", False),
        ("Este jueves abre el nuevo muelle del puerto", False),  # no full stop: a headline may open so
    ],
)
def test_a_first_line_opening_with_the_day_of_its_news_is_warned_of_as_the_leads(first_line, warned, known):
    text = (f"{first_line}\n\nEl puerto inauguró el jueves un segundo muelle para ferris que permitirá diez salidas "
            "diarias hacia las islas. La obra costó doce millones de euros.\n\nEl alcalde dijo que atraerá turistas.\n")
    result = meta(text, known)
    assert result.title == first_line.rstrip(".") or result.title == first_line
    assert any("reads as the lead's first sentence" in notice for notice in result.notices) == warned


def test_a_long_first_line_cut_as_the_leads_stays_the_first_paragraph(known):
    # a first line past LEAD_CUT_CHARS that reads as the lead is cut to a title; its words past the cut are still the
    # text's ("…, reemplazando documentos anteriores"), so the whole line stays the body's first paragraph
    first = ("Portugal y Noruega han firmado un Acuerdo Integral de Pesca y Navegación Marítima, reemplazando documentos "
             "anteriores y ampliando sus lazos portuarios.")
    rest = ("El acuerdo, destacado por Ana Lopes y Erik Berg, subraya la cooperación en áreas pesqueras y de seguridad.\n"
            "Ambos ministros enfatizaron su compromiso con un acuerdo abierto, destinado a proteger a ambos puertos.\n"
            "El acuerdo marca un hito en las relaciones entre los dos países del norte.\n")
    result = meta(f"{first}\n{rest}", known)
    assert result.title.endswith("…")
    assert result.body[0] == first
