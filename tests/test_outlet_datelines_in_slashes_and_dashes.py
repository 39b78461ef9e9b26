"""Dateline and credit shapes (issue 17), each in several scripts: an agency inside slashes
with spaces ("/ TASS /", "/ وام /"), a numeric date before the agency and a dash ("19-6-2024 وفا-"), a month
before the day and a year before the agency ("YEREVAN, JUNE 19, 2024, ARMENPRESS."), a bullet or middle dot
between place and agency, capitals beyond the basic ranges ("ЎЗА", "ТАНЈУГ", "ČTK"), a copyright line wrapped in
brackets or angle quotes, an editor's initials before the agency ("tafi / Agenturen dpa"), and a lead naming its
own piece ("— в материале URA.RU."). Against them: a word in small letters after a dateline's dash, a person
after a report verb, a known agency after a report verb (a cited source). Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import furniture, self_credits, wire_credits

from _extract_helpers import data


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("MOSCOW, June 19. / TASS /. A bridge opened on Wednesday.", "TASS"),
        ("أبوظبي في 19 يونيو / وام / افتتحت البلدية جسرا جديدا.", "WAM"),
        ("رام الله 19-6-2024 وفا- افتتحت البلدية مدرسة جديدة.", "WAFA"),
        ("RAMALLAH, 19-6-2024 WAFA - The municipality opened a school.", "WAFA"),
        ("Москва, 19.06.2024 ТАСС - Мост открыли в среду.", "TASS"),
        ("YEREVAN, JUNE 19, 2024, ARMENPRESS. The council approved a plan.", "Armenpress"),
        ("Yerevan, June 19, Armenpress. The council approved a plan.", "Armenpress"),
        ("Kyiv • УНН", "UNN"),
        ("Київ · Укрінформ · Рада затвердила план.", "Ukrinform"),
        ("ТОШКЕНТ, 19 июн – ЎЗА. Кенгаш режани маъқуллади.", "UzA"),
        ("ЋУПРИЈА, 19. јун - ТАНЈУГ. Веће је усвојило план.", "Tanjug"),
        ("Астана, 19 маусым, ҚАЗАҚПАРАТ", "Kazinform"),
        ("tafi / Agenturen dpa", "dpa"),
        ("ab / Agencies AFP", "AFP"),
        ("red / APA", "APA"),
        ("Москва, 19 июня – сказал. Совет одобрил план.", None),  # small letters: no agency's shape
        ("Politics • Economy • Analysis", None),  # section words, no known agency
    ],
)
def test_dateline_and_credit_line_families_name_the_agency(line, outlet):
    assert wire_credits.credit_in(line, data()) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("‹ ⓒ 뉴스1코리아, 무단전재 및 재배포 금지 ›", "News1"),
        ("< ⓒ 뉴스1 >", "News1"),
        ("[© Meduza 2024]", "Meduza"),
        ("(c) Meduza", "Meduza"),
    ],
)
def test_a_copyright_line_in_brackets_names_the_outlet(line, outlet):
    cleaned = furniture.strip([line], data())
    assert cleaned.outlet_cues == (outlet,)
    assert cleaned.lines == ()


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("В городе открыли новый мост, рассказали в мэрии, — в материале URA.RU.", "Ura.ru"),
        ("Мост открыли в среду, — в материале РИА Новости.", "RIA Novosti"),
        ("В городе открыли новый мост, сообщает XYZCITY.RU.", "XYZCITY.RU"),
        ("Міст відкрили в середу, пише XYZCITY.UA.", "XYZCITY.UA"),
        ("Открыли мост, передает РИА Новости.", None),  # a report verb and a known agency: a cited source
        ("A village voted to keep its school, reports John Smith.", None),  # a person
        ("Мост открыли, распишет URA.RU.", None),  # no whole cue word
    ],
)
def test_a_lead_naming_its_own_piece_credits_the_site(line, outlet):
    assert self_credits.lead_self_credit(line, data()) == outlet
