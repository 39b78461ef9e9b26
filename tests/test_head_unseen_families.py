"""Head families first seen on unseen pages (round 6): junk lines above a headline, a headline with a
question after it, credit lines under the headline and closing credits after the text, bylines with
their date, header dates that are every page's. Inputs are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import closing_credits, credits, dates
from generator.extract.head_tags import tag_list

from _head_helpers import HEADLINE, LEAD, MORE, meta


@pytest.mark.parametrize(
    "above",
    [
        ("news_header_top_970_100", "16+"),  # ad slots' identifiers
        ("1. Home", "2. News", "3. Council approves plan"),  # a numbered crumb trail
        ("公式アカウント",),  # a link to the site's social accounts
        ("Official accounts",),
    ],
)
def test_identifiers_numbered_crumbs_and_account_links_are_never_the_headline(above, known):
    result = meta(*above, HEADLINE, LEAD, MORE, known=known)
    assert result.title == HEADLINE


def test_a_numbered_line_without_numbered_neighbours_may_be_the_headline(known):
    # the headline, without its section's number (metadata._SECTION_NUMBER)
    assert meta("1. Council approves plan", LEAD, MORE, known=known).title == "Council approves plan"


def test_a_headline_with_a_short_question_after_it_is_one_headline(known):
    line = "Council approves plan to rebuild the harbour wall. What does it change?"
    assert meta(line, LEAD, MORE, known=known).title == line


def test_a_lead_of_two_sentences_is_no_headline_with_a_question(known):
    line = ("The council approved the plan on Thursday after a long debate in the chamber, in which every member of the"
            " opposition spoke against the costs and the delays it would bring. Why?")
    assert meta(line, LEAD, MORE, known=known).title != line


def test_a_title_case_headline_is_told_from_a_tag_list():
    assert tag_list("North Korea Ratifies Defence Treaty with Russia Amid Growing Tensions") is False


def test_a_title_case_headline_above_a_masthead_credit_is_the_title(known):
    result = meta("Harbour Town Rebuilds Its Old Wall Stone by Stone", "Kyiv Independent", LEAD, MORE, known=known)
    assert result.title == "Harbour Town Rebuilds Its Old Wall Stone by Stone"
    assert result.outlet == "The Kyiv Independent"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Article rédigé par franceinfo avec AFP", "franceinfo"),
        ("撰文:聯合早報", "Lianhe Zaobao"),
        ("dpa/AFP", "dpa"),
        ("Article rédigé par Jean Dupont avec AFP", None),  # a reporter beside an agency: a byline
        ("Le conseil et la mairie", None),
    ],
)
def test_a_credit_line_names_outlets_only(line, outlet, known):
    assert credits.credit_line(line, known) == outlet


def test_a_closing_slash_credit_names_the_outlet_only_after_the_text(known):
    assert meta(HEADLINE, LEAD, MORE, "/신화사", known=known).outlet == "Xinhua"
    assert closing_credits.closing_slash_credit("/사진=연합뉴스", known) is None


@pytest.mark.parametrize(
    "closing",
    ["Read More @ kyivindependent.com", "This article was originally published by The Kyiv Independent."],
)
def test_a_closing_line_naming_the_source_site_is_the_outlet(closing, known):
    assert meta(HEADLINE, LEAD, MORE, closing, known=known).outlet == "The Kyiv Independent"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Jun20,2024", dt.date(2024, 6, 20)),
        ("Published June 18,2024", dt.date(2024, 6, 18)),
        ("COVID19, 2024", None),
    ],
)
def test_a_month_glued_to_its_day_or_year_is_read(line, date):
    found = dates.find(line, "en")
    assert (found.date if found else None) == date


def test_a_byline_date_below_the_headline_wins_over_the_header_clock(known):
    result = meta("Thu. Jul 18th, 2024", HEADLINE, "Anna Miller By Anna Miller Jun20,2024", LEAD, MORE, known=known)
    assert result.published == dt.date(2024, 6, 20)


def test_a_header_date_beside_a_currency_ticker_is_no_article_date(known):
    result = meta("14 March 2024", "USD 92.41 +0.02 EUR 103.19 -0.28", HEADLINE, LEAD, MORE, known=known)
    assert result.published is None


def test_a_stamp_and_its_update_on_one_line_give_the_first_publication(known):
    stamp = "11 novembre 2024 à 23:55, mis à jour le 12 novembre 2024 à 00:04"
    result = meta("La mairie rénove le vieux port", stamp, "La mairie a présenté mardi son plan de rénovation du port.", known=known)
    assert result.published == dt.date(2024, 11, 11)


def test_a_chinese_sentence_with_a_date_is_text_not_a_stamp(known):
    first = "新华社北京3月5日电 2024年3月4日市政府举行新图书馆落成仪式"
    result = meta(first, "图书馆设有阅览室和展览厅。", "据介绍，图书馆可同时接待两千名读者。", known=known)
    assert result.outlet == "Xinhua"
    assert result.published != dt.date(2024, 3, 4)
