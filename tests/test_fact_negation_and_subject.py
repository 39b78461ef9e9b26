"""Facts a sentence does not carry though it holds their words (session 43): the help a leader says his country
does not need ("支援も「必要ない」", "does not need", "не нуждается", "필요 없다"), support for the other side told with
"に対する", and the earlier treaty's own end years before the new one ("lost its force in 1996, and the 2000 treaty
took its place"). Each look-alike is paired with the wording it must not spoil."""

import pytest

from _extract_helpers import topics_and_facts as found

BACKING = "kim-backs-war-in-ukraine"
REPLACES = "replaces-earlier-treaties"


@pytest.mark.parametrize("text, absent", [
    ("ノルデン大統領は、ウクライナでの作戦に北朝鮮からの軍事支援も「必要ない」と述べた。", BACKING),
    ("隣国はウクライナに対する武器支援の可能性にまで言及した。", BACKING),
    ("The Kremlin said Russia does not need North Korea's support in Ukraine.", BACKING),
    ("Песков заявил, что Россия не нуждается в поддержке КНДР на Украине.", BACKING),
    ("크렘린궁은 우크라이나 전쟁에서 북한의 지지가 필요 없다고 밝혔다.", BACKING),
    ("Тот договор утратил силу в 1996 году – на смену пришел договор 2000 года.", REPLACES),
    ("That pact lost its force in 1996, and the 2000 treaty took its place.", REPLACES),
])
def test_a_denied_need_another_sides_support_and_an_old_lapse_carry_no_fact(text, absent):
    assert absent not in found(text)


@pytest.mark.parametrize("text, expected", [
    ("北朝鮮はウクライナでのロシアの特別軍事作戦を支持すると表明した。", BACKING),
    ("Kim pledged unwavering support for Russia's war in Ukraine.", BACKING),
    ("Новый договор заменит договор 2000 года.", REPLACES),
    ("The new treaty replaces the 2000 treaty of friendship.", REPLACES),
])
def test_the_wordings_beside_them_still_carry_their_fact(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "The new treaty replaces the 1961 treaty, which lapsed in 1996, and the 2000 treaty.",
    "Новый договор заменит договор 1961 года, расторгнутый в 1996 году, и договор 2000 года.",
    # (Russian word forms make "пришел" and "придет" one verb: only the 2000 treaty coming in its place is history)
    "Как говорил помощник, новый документ придет на смену договору 1961 года и договору 2000 года.",
])
def test_the_old_treatys_year_of_lapse_beside_the_new_treaty_keeps_the_fact(text):
    # (the lapse's year alone marks no history sentence: the 2000 treaty's past taking of its place does)
    assert REPLACES in found(text)
