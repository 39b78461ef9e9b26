"""DateFinder tries at a position only the rules that may start with its first characters: the dates it finds
are the dates of every rule tried everywhere, whichever rules its beginnings leave out (a rule starting with a
digit has none, and is read where a digit starts)."""

import datetime as dt

import pytest

from generator.extract.datespans import DateFinder

SENTENCES = [
    "On Wednesday, June 19, the treaty was signed in Pyongyang; last year in September talks began.",
    "The 1961 treaty, signed 6 July 1961, and the 19th of June 2024 deal (19 June) were compared.",
    "Путин прибыл 19 июня 2024 года, а в прошлом году, 13 сентября, встречался с Кимом.",
    "북러 정상은 2024년 6월 19일 조약에 서명했다. 지난해 9월에도 만났고 작년 9월 13일 회담했다.",
    "条約は2024年6月19日に署名され、19日に発効した。 In mid-July and since March, a year ago, two years ago.",
    "Le 4 mars 2023 et am 4. März 2023; 04.04.2023 und 2 ² ٣ 1999 by late June, until yesterday, this month.",
]


@pytest.fixture(scope="module")
def finders(known):
    section = known.section("events.yml")
    sharp, everywhere = DateFinder(section), DateFinder(section)
    everywhere._heads = None  # (every rule that may start with a position's first character)
    return sharp, everywhere


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("language", ["en", "ru", "ko", None])
def test_the_rules_left_out_at_a_position_could_not_match_there(finders, sentence, language):
    sharp, everywhere = finders
    published = dt.date(2024, 6, 20)
    found = sharp.find(sentence, published, language)
    assert found == everywhere.find(sentence, published, language)
    assert found or language == "ru" and sentence.isascii()  # (each sentence holds dates)
