"""The head of an article read as a person reads it: which line is the headline, what a stamp line's
words name, dates in each language's order, credits that are and are not the outlet, and the
language a Cyrillic text is written in. Inputs are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import dates, furniture, metadata
from generator.extract.language import detect_language
from generator.model import Declared

from _head_helpers import HEADLINE, LEAD, MORE, meta


# ------------------------------------------------------------------ which line is the headline
@pytest.mark.parametrize(
    "above",
    [
        ("From", "Send to"),  # a share widget
        ("$41.31 €42.99", "menu closed", "menu open", "weather 12 Lviv", "languages"),  # ticker and menu
        ("News", "Home > News > Local"),  # a section word and a crumb trail
        ("Newsroom", "Local"),  # short labels no data file lists
    ],
)
def test_short_widget_lines_above_the_headline_are_not_the_title(above, known):
    result = meta(*above, "Council approves plan to rebuild the harbour wall", LEAD, MORE, known=known)
    assert result.title == "Council approves plan to rebuild the harbour wall"
    assert not any(line in result.body for line in above)


def test_a_short_headline_with_no_fuller_line_after_it_stays_the_title(known):
    assert meta("Harbour rebuilt", LEAD, MORE, known=known).title == "Harbour rebuilt"


def test_a_headline_after_a_one_sentence_standfirst_is_the_title(known):
    standfirst = ("The mayor presented a plan on Wednesday to widen the network of cycle lanes in the centre of "
                  "the city before the end of next year, with forty kilometres of new lanes.")
    result = meta(standfirst, "City to get forty kilometres of new cycle lanes", LEAD, MORE, known=known)
    assert result.title == "City to get forty kilometres of new cycle lanes"
    assert result.body[0] == standfirst  # the standfirst is the article's text


def test_a_line_after_a_paragraph_of_several_sentences_is_not_taken_for_a_headline(known):
    result = meta(LEAD + " " + MORE, "Officials expect the new lanes to be busy", "Another paragraph follows.", known=known)
    assert result.title != "Officials expect the new lanes to be busy"


def test_the_headline_repeated_and_glued_to_its_standfirst_is_cut_from_the_text(known):
    headline = "Council approves plan to rebuild the harbour wall"
    result = meta(headline, headline + " Work will start in the autumn", LEAD, known=known)
    assert result.body[0] == "Work will start in the autumn"


def test_a_caption_ending_in_its_credit_is_text_never_the_title_and_its_agency_not_the_outlet(known):
    caption = "The mayor (left) greets residents at the opening of the bridge. Source: Yonhap"
    result = meta(caption, caption, LEAD, MORE, known=known)
    assert "Source" not in result.title and result.outlet is None
    assert "The mayor (left) greets residents at the opening of the bridge." in result.body


def test_a_date_stamp_under_a_repeat_of_the_headline_far_down_the_page_is_read(known):
    headline = "Old lighthouse reopens to visitors"
    paragraphs = [f"Paragraph {n} of the first copy tells of the repairs to the tower." for n in range(10)]
    result = meta(headline, *paragraphs, headline, "France 24", "19th June 2024, 16:15 GMT+10", *paragraphs,
                  known=known)
    assert (result.published, result.outlet) == (dt.date(2024, 6, 19), "France 24")
    assert headline not in result.body


# ------------------------------------------------------------------ what a stamp line's words name
@pytest.mark.parametrize(
    ("stamp", "outlet", "author"),
    [
        ("June 20, 2024 - 11:01 By Yonhap", "Yonhap", None),
        ("Author:Reuters 2024-06-21 02:50 15", "Reuters", None),
        ("Autor: dpa 21.06.2024 02:50", "dpa", None),
        ("June 20, 2024 By Jane Roe", None, "Jane Roe"),
    ],
)
def test_a_byline_beside_the_date_names_the_wire_or_the_author(stamp, outlet, author, known):
    result = meta("Council approves plan to rebuild the harbour wall", stamp, LEAD, known=known)
    assert (result.outlet, result.author, result.published is not None) == (outlet, author, True)


# ------------------------------------------------------------------ dates in each language's order
@pytest.mark.parametrize(
    ("stamp", "language", "expected"),
    [
        ("작성일24-06-19 09:42", "ko", dt.date(2024, 6, 19)),  # year first in Korean
        ("veröffentlicht 19.06.24", "de", dt.date(2024, 6, 19)),  # day first in German
        ("posted 06/19/24", "en", dt.date(2024, 6, 19)),  # month first in English
    ],
)
def test_a_two_digit_year_is_read_after_a_label_in_the_languages_order(stamp, language, expected, known):
    result = metadata.extract(f"Council approves the harbour plan\n\n{stamp}\n\n{LEAD}", Declared(language=language), known)
    assert result.published == expected


def test_a_two_digit_year_without_a_label_is_no_date(known):
    assert meta("Council approves the harbour plan", "Score 24-06-19", LEAD, known=known).published is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2024年6月19日 10:30", "zh", dt.date(2024, 6, 19)),
        ("19 de junio de 2024", "es", dt.date(2024, 6, 19)),
        ("19. června 2024", "cs", dt.date(2024, 6, 19)),  # a language no table here holds: dateparser's
        ("19 czerwca 2024", "pl", dt.date(2024, 6, 19)),
    ],
)
def test_dates_are_read_in_the_articles_language(text, language, expected):
    found = dates.find(text, language)
    assert found is not None and found.date == expected


def test_numeric_date_order_follows_the_language():
    assert [dates.date_order(code) for code in ("en", "ko", "ja", "de", "fr", None)] == ["MDY", "YMD", "YMD", "DMY", "DMY", "MDY"]


# ------------------------------------------------------------------ credits that are and are not the outlet
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The airport opened a runway on Tuesday, Trend reports, citing the airport's press office.", "Trend"),
        ("The airport opened a runway on Tuesday, Trend reports.", None),  # may cite another outlet
        ("On Friday, the Agence France-Presse (AFP) reported that trucks had crossed.", None),
        ("On Friday, the Korean Central News Agency (KCNA) said the talks had ended.", None),
        ("SEOUL (AFP) - The talks ended on Friday.", "AFP"),
    ],
)
def test_credit_in_the_lead(line, outlet, known):
    assert meta("Council approves plan to rebuild the harbour wall", line, MORE, known=known).outlet == outlet


def test_a_credit_on_a_line_of_its_own_after_the_text_is_the_outlet(known):
    assert meta("Council approves plan to rebuild the harbour wall", LEAD, MORE, "(RT.com)", known=known).outlet == "RT"


def test_a_photo_captions_closing_agency_is_not_the_outlet(known):
    caption = "A farmer opens a sluice gate on a canal near the river delta. (AFP)"
    assert meta("Farmers agree on a water plan", LEAD, caption, MORE, known=known).outlet is None


def test_a_copyright_notice_glued_to_the_last_paragraph_is_cut_off_and_names_the_outlet(known):
    last = "시는 운영비가 크게 늘었다고 설명했다. <저작권자 ⓒ 통일뉴스 무단전재 및 재배포 금지>"
    cleaned = furniture.strip(["시내버스 요금이 오른다.", last, "관련기사목록"], known)
    assert cleaned.lines[1] == "시는 운영비가 크게 늘었다고 설명했다."
    assert cleaned.outlet_cues == ("Tongil News",)


def test_a_copyright_sign_inside_the_text_is_not_a_glued_notice(known):
    line = "The logo carries a © sign and the words all rights reserved in small print, the designer said today."
    assert furniture.strip(["Headline here", line], known).lines == ("Headline here", line)


# ------------------------------------------------------------------ Cyrillic languages by their letters
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Міська рада в четвер затвердила план ремонту старого мосту через річку. Роботи почнуться навесні "
         "й триватимуть два роки, заявив мер міста.", "uk"),
        ("Общинският съвет одобри в четвъртък плана за ремонт на стария мост над реката. Работата ще започне "
         "през пролетта и ще продължи две години, каза кметът.", "bg"),
        ("Городской совет в четверг утвердил план ремонта старого моста через реку. Работы начнутся весной "
         "и продлятся два года, объявил мэр. Подъезд к мосту закроют.", "ru"),
        # Macedonian writes Serbian's ј, љ, њ too: its own ќ, ѓ, ѕ against Serbian's ћ, ђ decide.
        ("Градскиот совет во четвртокот го одобри планот за мостот. Работите ќе почнат напролет и ќе траат "
         "две години, која новина ја соопшти градоначалникот на својата прес-конференција.", "mk"),
        ("Градско веће је у четвртак усвојило план обнове моста. Радови ће почети у пролеће и трајаће две "
         "године, саопштио је градоначелник на својој конференцији.", "sr"),
        # Tajik writes Russian's ё and Kazakh's қ, ғ too: its own ҳ, ӣ, ӯ, ҷ decide.
        ("Шӯрои шаҳр рӯзи панҷшанбе нақшаи таъмири пули кӯҳнаро тасдиқ кард. Корҳо баҳор оғоз мешаванд ва "
         "ду сол идома меёбанд, гуфт раиси шаҳр дар нишасти матбуотӣ.", "tg"),
    ],
)
def test_cyrillic_text_language_by_the_letters_only_it_writes(text, language):
    assert detect_language(text) == language


def test_a_cyrillic_text_quoting_latin_names_is_read_by_its_letters_not_the_classifier(monkeypatch):
    import py3langid

    def refuse(text):
        raise AssertionError("py3langid asked about a text most of whose letters are Cyrillic")

    monkeypatch.setattr(py3langid, "classify", refuse)
    text = ("Глава Aurus Motors и представители Reuters, Bloomberg и Associated Press в четверг обсудили "
            "поставки автомобилей Aurus Senat в Pyongyang и Moscow, сообщила пресс-служба.")
    assert detect_language(text) == "ru"


# ------------------------------------------------------------------ Serbian, Croatian, Bosnian by their words
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Serbian Latin: ekavian forms (predsednik, posle, severn-, poseta) the classifier calls Bosnian
        ("Predsednik opštine je posle sastanka u severnom delu grada najavio novu posetu. Prema rečima "
         "predsednika, promene će biti vidljive za mesec dana, a saradnja sa susedima biće nastavljena.", "sr"),
        # Croatian: ijekavian, with its own words (suradnja, tjedan, priopćio, lipnja)
        ("Predsjednik općine je poslije sastanka u sjevernom dijelu grada priopćio da će suradnja sa "
         "susjedima biti nastavljena idućeg tjedna, a nova posjeta planirana je za kraj lipnja.", "hr"),
        # Bosnian: ijekavian, with the words it shares with Serbian (saradnja, hiljada, juna)
        ("Predsjednik općine je poslije sastanka u sjevernom dijelu grada rekao da će saradnja sa "
         "susjedima biti nastavljena, a nekoliko hiljada građana dočekat će novu posjetu krajem juna.", "bs"),
    ],
)
def test_serbian_croatian_and_bosnian_are_told_apart_by_their_words(text, language):
    assert detect_language(text) == language


# ------------------------------------------------------------------ who wrote the article, and who did not
@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # an editor's credit, on one line or on two, is never the author; nor is a name beside the stamp under it
        (("Editor: Tomas Berg", LEAD), None),
        (("Editor", "Tomas Berg", "13 March 2025", LEAD), None),
        (("Reporter", "Anna Lind", "Editor", "Tomas Berg", "13 March 2025", LEAD), "Anna Lind"),
        # a label alone above a sentence names nobody
        (("Reporter", "The council met on Thursday to approve the plan.", LEAD), None),
        # a photo's credit in brackets names no writer's role
        (("(写真:ロイター、サンプル通信)", LEAD), None),
        # a Korean dateline's reporter opening the lead, with no byline in the head
        (("[서울=가상뉴스] 홍길동 기자 = 시의회가 13일 새 다리 건설 계획을 승인했다.", "공사비는 400억 원이다."), "홍길동"),
        (("(부산=가상뉴스) 김 철 특파원 = 시의회가 13일 새 다리 건설 계획을 승인했다.", "공사비는 400억 원이다."), "김 철"),
    ],
)
def test_the_author_is_the_writer_never_the_editor_or_a_credit(lines, author, known):
    assert meta("Council approves plan to rebuild the harbour wall", *lines, known=known).author == author


def test_the_headline_numbered_as_a_gallerys_image_alt_text_is_no_paragraph(known):
    """A gallery's images carry the headline as their alt text, numbered ("<headline>-1", "<headline>-4"), between the
    paragraphs of a saved page: the headline again, not text."""
    result = meta(HEADLINE, LEAD, f"{HEADLINE}-1", MORE, f"{HEADLINE}-4", "The works end in two years.", known=known)
    assert result.title == HEADLINE
    assert list(result.body) == [LEAD, MORE, "The works end in two years."]
