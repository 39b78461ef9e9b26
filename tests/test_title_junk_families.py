"""Titles a reader would call junk, by family (issue 17, round 9): a speech's salutation, a column's name,
an institute's masthead or a live page's tagline above the text; a photo caption saying its picture is an
archive one or crediting an agency relayed by another ("… AFP=연합뉴스"); and, in a title made from the lead,
markup a page kept, a list's bullet and a dateline in shapes the lead-title cut did not know ("(首尔12日综合电)",
"Pchjongjang 19. júna (TASR) - ", "(Seoul) "). Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import caption_credits, metadata
from generator.extract.headline import skip_in_head
from generator.extract.metadata import title_from_lead

from _head_helpers import HEADLINE, LEAD, meta


@pytest.mark.parametrize(
    "line",
    [
        "Уважаемые коллеги,", "Дорогие друзья!", "Шановні колеги,", "Dear colleagues,", "Ladies and gentlemen,",
        "Sehr geehrte Damen und Herren,", "Liebe Kolleginnen und Kollegen!", "Chers collègues,", "Mesdames et messieurs,",
        "Estimados colegas,", "Queridos amigos:".rstrip(":") + ",", "Cari colleghi,", "Prezados colegas,",
        "Szanowni Państwo,", "Değerli meslektaşlarım,", "Stimați colegi,", "Yang terhormat para hadirin,",
        "존경하는 국민 여러분,", "尊敬的各位来宾,", "皆様、",
        "A Point of View", "Точка зрения", "Point de vue", "Punto de vista", "Standpunkt", "오피니언", "观点",
        "Российский институт стратегических исследований", "Institute for Strategic Studies", "Zentrum für Osteuropastudien",
        "Instytut Studiów Wschodnich", "세종연구소", "亚洲研究所",
        "기열 - 2024년 실시간 업데이트", "Harbour works – live updates",
    ],
)
def test_salutations_column_names_mastheads_and_taglines_are_never_a_headline(line, known):
    assert skip_in_head(line, known)


@pytest.mark.parametrize(
    "line",
    [
        "Dear Europe, your harbours need money", "Уважение к соседям: мэр открыл новый мост",
        "Institute warns the harbour wall may fail this winter, citing new survey data",
        "Point of no return for the harbour plan", "Live updates show the ferry running late",
        "Chers prix de l'énergie : la ville ferme sa piscine",
    ],
)
def test_headlines_resembling_those_lines_stay_headlines(line, known):
    assert not skip_in_head(line, known)


def test_a_salutation_above_a_speech_leaves_the_title_to_the_speech_first_sentence(known):
    title = meta("Уважаемые коллеги,", "Мы собрались в новом зале совета. Работы завершены в срок.", known=known).title
    assert title == "Мы собрались в новом зале совета"


def test_a_column_name_above_the_headline_leaves_the_headline_the_title(known):
    assert meta("A Point of View", HEADLINE, LEAD, known=known).title == HEADLINE


@pytest.mark.parametrize(
    "caption, kept",
    [
        ("Новый мост через реку. Архивное фото", "Новый мост через реку."),
        ("The old harbour wall. File photo", "The old harbour wall."),
        ("Die alte Hafenmauer. Archivbild", "Die alte Hafenmauer."),
        ("시장과 주민들이 3일 개관식에서 테이프를 자르고 있다. AFP=연합뉴스", "시장과 주민들이 3일 개관식에서 테이프를 자르고 있다."),
    ],
)
def test_a_caption_ending_in_an_archive_note_or_a_relayed_agency_is_a_caption(caption, kept, known):
    assert caption_credits.caption_before_credit(caption, known) == kept
    assert caption_credits.caption_before_credit("Мэр открыл мост. Архив города", known) is None


@pytest.mark.parametrize(
    "lead, title",
    [
        ('<p style="text-align: justify;">Міська рада затвердила план ремонту набережної.</p>',
         "Міська рада затвердила план ремонту набережної"),
        ("- The council approved the plan to rebuild the harbour wall.", "The council approved the plan to rebuild the harbour wall"),
        ("• Rada miasta zatwierdziła plan odbudowy nabrzeża.", "Rada miasta zatwierdziła plan odbudowy nabrzeża"),
        ("시의회는 **'항만 재건 계획'**을 승인했다.", "시의회는 '항만 재건 계획'을 승인했다"),
        ("(首尔12日综合电)市议会周一批准了重建港口的计划。", "市议会周一批准了重建港口的计划"),
        ("（北京6月19日电）市议会批准了重建港口的计划。", "市议会批准了重建港口的计划"),
        ("Bratislava 19. júna (TASR) - Mestské zastupiteľstvo schválilo plán obnovy prístavu.",
         "Mestské zastupiteľstvo schválilo plán obnovy prístavu"),
        ("(Hamburg) Der Stadtrat hat den Plan zum Wiederaufbau der Hafenmauer gebilligt.",
         "Der Stadtrat hat den Plan zum Wiederaufbau der Hafenmauer gebilligt"),
    ],
)
def test_a_lead_made_title_loses_markup_bullets_and_datelines(lead, title):
    assert title_from_lead([lead]) == title


def test_a_bracketed_word_that_is_no_place_stays_in_the_lead_title():
    assert title_from_lead(["(Updated) the council approved the plan."]).startswith("(Updated)")


@pytest.mark.parametrize("line", ["이전 다음", "Previous Next", "« Назад | Вперёд »", "上一篇 下一篇", "Zurück", "Suivant ›"])
def test_a_pager_is_never_a_headline(line, known):
    assert skip_in_head(line, known)


def test_a_lead_made_title_skips_the_widget_sentences_of_a_page_printed_as_one_line(known):
    lead = "홍길동기자 구독 구독중. 이전 다음. 시의회, 항만 재건 계획 승인. 시의회는 3일 계획을 승인했다."
    assert title_from_lead([lead], known) == "시의회, 항만 재건 계획 승인"
    assert title_from_lead(["Next year the council rebuilds the wall. Work starts soon."], known).startswith("Next year")


@pytest.mark.parametrize("line", ["Аватар автора", "Author avatar", "Autorenbild", "Foto del autor", "Zdjęcie autora", "作者头像"])
def test_an_author_box_picture_label_is_never_a_headline(line, known):
    assert skip_in_head(line, known)


@pytest.mark.parametrize("line", ["大桥(资料图)", "Brücke (Archivbild)", "The old bridge (file photo)", "Мост (архивное фото)"])
def test_a_line_closed_by_a_file_photo_label_is_a_caption_never_a_title(line, known):
    # a picture's caption kept between paragraphs, its headline gone: the title is made from the lead instead
    assert metadata.implausible_title(line, known) == "a photo's caption"
