"""A site naming itself around its text in the shapes unseen articles showed (round 5): its address or name
before the lead, a copyright statement, its correspondent, its channel; and the look-alikes that name no outlet."""

from __future__ import annotations

import pytest

from generator.extract import credits, metadata, promotions
from generator.model import Declared

BODY = "\n\nThe city opened a new bridge on Saturday. It links the two banks of the river.\n"


def outlet_of(text: str, known) -> str | None:
    return metadata.extract(text, Declared(), known).outlet


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("BERITAKOTA.COM - Pemerintah kota meresmikan taman baru pada hari Sabtu.", "BERITAKOTA.COM"),
        ("Kompas.com – Pemerintah kota meresmikan taman baru pada hari Sabtu.", "Kompas"),
        ("Dr.Kim - the doctor opened a clinic in the city centre on Saturday.", None),  # no site's address
        ("شفق نيوز/ افتتحت البلدية جسرا جديدا فوق النهر يوم السبت.", "Shafaq News"),
        ("بغداد/ شفق نيوز/ افتتحت البلدية جسرا جديدا فوق النهر يوم السبت.", "Shafaq News"),
        ("البصرة/ افتتحت البلدية جسرا جديدا فوق النهر يوم السبت.", None),  # a place alone
    ],
)
def test_a_site_names_itself_before_its_lead(lead, outlet, known):
    assert outlet_of("A new bridge for the city\n\n" + lead + BODY, known) == outlet


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("s ⓒ TV조선", "TV Chosun"),  # what "Copyrights ⓒ TV조선" left before the mark
        ("ⓒ 2024 채널A", "Channel A"),
        ("(c) 2023-2024 Daily Planet", "Daily Planet"),
    ],
)
def test_a_name_never_keeps_what_stands_before_a_copyright_mark(raw, name, known):
    assert credits.clean_name(raw, known) == name


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyrights ⓒ 채널A. 무단전재 및 재배포 금지", "Channel A"),
        ("Copyright (C) Harbor Daily harbordaily.jp 41", "Harbor Daily"),  # a counter after the site's address
        ('凡注明"大众网"的稿件,均为大众网独家版权所有,未经许可不得转载。', "Dazhong Net"),
        ("本网站所有内容版权归浙江在线所有", "Zhejiang Online"),
        ("本站部分文章来自网络,版权归原作者所有,如有侵权请联系删除。", None),  # the original author's
    ],
)
def test_copyright_statements_name_the_site(line, outlet, known):
    assert outlet_of("A new bridge for the city" + BODY + "\n" + line + "\n", known) == outlet


def test_a_headline_glued_to_its_dateline_leaves_the_wire_credit_in_the_lead(known):
    title = "الحكومة تطلق برنامجا لدعم المزارعين الشباب"
    text = f"{title}\n\n{title}الكويت – 19 – 6 (كونا) — أطلقت الحكومة اليوم برنامجا لدعم المزارعين.\n\nوقال الوزير إن البرنامج يشمل التدريب.\n"
    found = metadata.extract(text, Declared(), known)
    assert (found.title, found.outlet, found.published) == (title, "KUNA", None)
    assert found.body[0].startswith("الكويت")


def test_a_short_headline_is_not_cut_from_a_word_it_starts(known):
    text = "Port news\n\nPort newsletters reach ten thousand readers every week in the city.\n\nMore text follows here.\n"
    assert metadata.extract(text, Declared(), known).body[0].startswith("Port newsletters")


def test_a_credit_glued_to_a_labelled_date_is_the_outlet_and_the_date_is_read(known):
    text = "Belediye yeni tramvay hattını açtı\n\nDHAOluşturulma Tarihi: Haziran 19, 2024 10:15Belediye yeni hattı törenle açtı. Hat günde on bin yolcu taşıyacak.\n"
    found = metadata.extract(text, Declared(), known)
    assert (found.outlet, str(found.published)) == ("Demirören Haber Ajansı", "2024-06-19")
    assert found.body[0].startswith("Belediye yeni hattı")


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("В порту открыли терминал, передает корреспондент Baltic Harbour News.", "Baltic Harbour News"),
        ("В порту открыли терминал, передает корреспондент Иван Петров.", None),
        ("Pelabuhan membuka terminal baru, kata koresponden Budi Santoso di lokasi.", None),  # a lead in Latin letters
    ],
)
def test_a_correspondent_named_in_latin_letters_in_a_lead_of_another_script(lead, outlet, known):
    assert promotions.correspondent(lead, known) == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Only verified news is available in the UNIAN Telegram channel. Subscribe!", "UNIAN"),
        ("Тільки перевірена інформація у Telegram-каналі Obozrevatel та Viber.", "Obozrevatel"),
    ],
)
def test_a_verified_news_channel_promotion_names_the_site(line, outlet, known):
    assert promotions.promotion(line, known) == (True, outlet)


def test_a_politician_on_a_telegram_channel_is_text_not_a_promotion(known):
    assert promotions.promotion("The governor wrote on his Telegram channel that the bridge is open.", known) == (False, None)


def test_as_reported_by_cites_a_source(known):
    assert outlet_of("A new bridge for the city\n\nAs reported by Reuters, the city opened a bridge on Saturday." + BODY, known) is None


@pytest.mark.parametrize("widget", ["Главные новости Москвы", "Последние новости Казани", "Other News", "Weitere Nachrichten", "Berita terkait"])
def test_a_news_widget_heading_and_a_calendar_are_not_the_headline(widget, known):
    text = f"{widget}\nКазань\nИюль\n2024\n1 2 3 4 5 6 7 8 9 10\n11\n12\n\nВ Казани открыли новый парк\n\nВ Казани открыли новый парк у озера. Вход бесплатный.\n"
    assert metadata.extract(text, Declared(), known).title == "В Казани открыли новый парк"
