"""Title families first seen on eval7's pages (round 7): a banner about the site's version above the
headline, a headline glued to a date label, a widget's link to another article, a one-word series label,
and titles made from a lead that opens with a dateline (a place in any cased script, with or without a
credit) or with a long quotation. Inputs are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.metadata import title_from_lead

from _head_helpers import HEADLINE, LEAD, MORE, meta


@pytest.mark.parametrize(
    "banner",
    [
        "You’re viewing a text-only version of this website that uses less data. View the main version of the website.",
        "You are viewing a lite version of this site.",
        "Вы просматриваете упрощённую версию сайта. Перейти на полную версию сайта.",
    ],
)
def test_a_banner_about_the_sites_version_is_never_the_title(banner, known):
    assert meta(banner, HEADLINE, LEAD, MORE, known=known).title == HEADLINE


def test_a_headline_question_of_nine_words_after_a_quoted_headline_sentence_is_one_headline(known):
    headline = "«Мост откроют к осени». Что именно известно о новых планах мэрии этого города?"
    assert meta(headline, LEAD, MORE, known=known).title == headline


def test_a_headline_glued_to_a_date_label_is_the_title_not_the_deck_under_it(known):
    result = meta(f" date 2024-05-14 {HEADLINE}", "Council to vote on the harbour budget next week", LEAD, MORE, known=known)
    assert result.title == HEADLINE
    assert result.published == dt.date(2024, 5, 14)


def test_a_lead_sentence_glued_to_a_date_label_stays_the_lead(known):
    lead = "The council approved the plan to rebuild the harbour wall on Thursday."
    result = meta(f" date 2024-05-14 {lead}", MORE, known=known)
    assert result.title == lead.rstrip(".")
    assert result.body[0] == lead


@pytest.mark.parametrize(
    "widget",
    ["人気記事:「港の再開発」計画、市長が語った新しい町の姿", "Related: Mayor opens the new ferry pier", "Читайте также: Мэр открыл новый причал"],
)
def test_a_widgets_link_to_another_article_is_never_the_title(widget, known):
    result = meta(widget, LEAD, MORE, known=known)
    assert result.title == "The council approved the plan on Thursday"


@pytest.mark.parametrize("label", ["이슈브리프", "Analyse", "Exklusiv"])
def test_a_one_word_label_above_the_lead_is_never_the_title(label, known):
    result = meta(label, "1,204 views", LEAD, MORE, known=known)
    assert result.title == "The council approved the plan on Thursday"


def test_a_chinese_headline_without_spaces_is_no_one_word_label(known):
    headline = "市议会批准重建港口围墙计划"
    assert meta(headline, LEAD, MORE, known=known).title == headline


@pytest.mark.parametrize(
    "dateline",
    ["Pyongyang: ", "New Delhi: ", "SEOUL: ", "PJÖNGJANG (dpa-AFX) - ", "Łódź (PAP) - ", "Seoul (AFP) — ", "КИЇВ (Укрінформ) - ",
     # (a place and its day, the dash right after: no agency)
     "Rivertown, March 4 – ", "Rivertown, 4 March 2025 - "],
)
def test_a_dateline_is_left_out_of_a_title_made_from_the_lead(dateline):
    assert title_from_lead([dateline + LEAD]) == "The council approved the plan on Thursday"


@pytest.mark.parametrize("place", ["Moscú. ", "Nueva York. ", "Ciudad de México. "])
def test_a_place_and_a_full_stop_opening_the_lead_is_left_out_of_its_title(place):
    assert title_from_lead([place + LEAD]) == "The council approved the plan on Thursday"


@pytest.mark.parametrize("lead", ["Mr. Smith approved the plan on Thursday.", "Dr. Kim approved the plan on Thursday."])
def test_an_abbreviation_before_a_name_is_no_place(lead):
    assert title_from_lead([lead]) == lead.rstrip(".")


def test_a_colon_after_a_lower_case_word_is_no_dateline():
    assert title_from_lead(["Putin said: the council approved the plan."]) == "Putin said: the council approved the plan"


@pytest.mark.parametrize(
    "quote, after",
    [
        (
            "“시는 오늘부터 시내버스 요금을 동결하고, 노선을 새로 짜 출퇴근 시간의 배차 간격을 절반으로 줄이며, 외곽 마을과 산업단지에도 "
            "마을버스를 다니게 해 시민 누구나 걸어서 십 분 안에 버스를 탈 수 있도록 하겠습니다”",
            "김지원 시장이 3일 오전 시청에서 열린 기자회견에서 이같이 발표했다.",
        ),
        (
            "„Wir werden alle Schulen der Stadt in fünf Jahren sanieren, zuerst jene in den Vierteln mit den ältesten Gebäuden“.",
            "Der Stadtrat beschloss am Dienstag ein Budget von vierzig Millionen Euro.",
        ),
    ],
)
def test_a_lead_opening_with_a_long_quote_gives_the_next_sentence_as_title(quote, after):
    assert title_from_lead([quote, after]) == after.rstrip(".")


def test_a_long_quote_that_names_its_speaker_in_its_sentence_stays_the_lead():
    # a whole reported statement ('"…," řekl Putin.'): the lead as a reader names it, however long its quote
    quote = ("„Wir werden alle Schulen der Stadt in fünf Jahren sanieren, zuerst jene in den Vierteln mit den ältesten "
             "Gebäuden“, sagte der Bürgermeister.")
    title = title_from_lead([quote, "Der Stadtrat beschloss am Dienstag ein Budget von vierzig Millionen Euro."])
    assert title.startswith("„Wir werden alle Schulen der Stadt") and title.endswith("…")


def test_a_lead_whose_quote_closes_within_a_titles_length_keeps_it():
    lead = "“We are ready,” the mayor said on Thursday, announcing that the works on the harbour wall would start in May."
    assert title_from_lead([lead, MORE]).startswith("“We are ready,” the mayor said")


def test_a_hindi_weekday_dateline_and_danda_end_the_title_made_from_the_lead():
    lead = "सोमवार, 12 मई। नगर परिषद ने नए पुल की योजना को मंजूरी दी। काम अगले साल शुरू होगा।"
    assert title_from_lead([lead]) == "नगर परिषद ने नए पुल की योजना को मंजूरी दी"


def test_a_hindi_paragraph_of_sentences_ending_in_dandas_is_no_headline(known):
    lead = "सोमवार, 12 मई। नगर परिषद ने शहर के पुराने बंदरगाह की दीवार को फिर से बनाने की योजना को मंजूरी दी। काम अगले साल शुरू होगा।"
    result = meta(lead, "परिषद के सदस्यों ने कहा कि सड़क बंद नहीं होगी।", known=known)
    assert result.title == "नगर परिषद ने शहर के पुराने बंदरगाह की दीवार को फिर से बनाने की योजना को मंजूरी दी"


def test_a_chinese_or_japanese_title_made_from_the_lead_is_never_cut_inside_a_number():
    lead = "市の交通局は、川に架かる新しい橋の開通式を行った市長と知事が正式に署名したのは19日の協定に基づく通行料の無料化を発表したことである。"
    title = title_from_lead([lead])
    assert title.endswith("…") and not title[-2].isdigit()


def test_a_caption_standing_for_the_subject_is_no_title(known):
    caption = "Eine Fahne der Stadt am Hafen (Symbolbild) (Agentur/dpa)"
    assert meta(caption, LEAD, MORE, known=known).title != caption
