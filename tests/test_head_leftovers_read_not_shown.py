"""What the head and the tail of a page leave after they are read is not shown as article text: a copy's source link
under the text (read for its outlet), an aggregator's note of the site it copied (its outlet), and a deck that is the
headline going on in lower case (kept whole, never its tail alone). Inputs are written for these tests."""

from __future__ import annotations

from generator.extract import metadata
from generator.model import Declared

from _extract_helpers import data

LEAD = "Два мэра открыли новый автомобильный мост через пограничную реку после короткой церемонии."
MORE = "Первые грузовики прошли по мосту уже через час после открытия, сообщили в транспортном управлении."


def _read(*lines: str) -> metadata.Metadata:
    return metadata.extract("\n\n".join(lines), Declared(), data())


def test_a_source_link_under_the_text_names_the_outlet_and_is_no_paragraph():
    meta = _read("Мост через реку открыт для грузовиков", LEAD, MORE, "https://ria.ru/20250304/most-123456.html")
    assert meta.outlet == "RIA Novosti"
    assert meta.body == (LEAD, MORE)


def test_an_aggregator_s_note_of_the_site_it_copied_names_the_outlet():
    meta = _read("Мост через реку открыт для грузовиков", LEAD, MORE, "Материал опубликован при поддержке сайта ria.ru")
    assert meta.outlet == "RIA Novosti"
    assert meta.body == (LEAD, MORE)


def test_a_deck_that_goes_on_from_the_headline_is_kept_whole():
    deck = "Мост через реку открыт для грузовиков после двух лет строительства и споров"
    meta = _read("Мост через реку открыт для грузовиков", deck, LEAD, MORE)
    assert meta.title == "Мост через реку открыт для грузовиков"
    assert meta.body[0] == deck


def test_a_deck_glued_to_a_repeat_of_the_headline_loses_the_repeat():
    meta = _read("Мост через реку открыт для грузовиков", "Мост через реку открыт для грузовиков Первые машины прошли на рассвете",
                 LEAD, MORE)
    assert meta.body[0] == "Первые машины прошли на рассвете"
