"""Fact wordings real articles used and the data lacked, one made-up sentence per wording, and the look-alikes each
must leave alone: the Russian year with its ending ("с 2000-го года") and a visit by air ("прилетел"); the Indonesian
arrival ("kedatangan") of the first visit; the Korean treaty concluded ("조약을 맺은"), not a relationship formed; the
German genitive "Russlands" beside the backing over Ukraine, not the West's support of Kyiv; the Korean troops sent
"to help Russia"; the French right told as leave given ("permettre à Pyongyang de … assurer sa sécurité"), not a
country's food security."""

import pytest

from _extract_helpers import topics_and_facts as found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Лидер КНДР встретил российского президента, прилетевшего в Пхеньян впервые с 2000-го года.", "first-visit-since-2000"),
        ("Российский лидер не бывал в Пхеньяне с 2000-го года.", "first-visit-since-2000"),
        ("Warga menyambut Putin setelah kedatangannya yang terakhir 24 tahun lalu.", "first-visit-since-2000"),
        ("두 정상은 지난주 평양에서 '포괄적 전략 동반자' 조약을 맺은 바 있다.", "treaty-signed"),
        ("Zudem sicherte er Russlands volle Unterstützung im Krieg gegen die Ukraine zu.", "kim-backs-war-in-ukraine"),
        ("북한은 지난해 러시아를 돕기 위해 수천 명의 군인을 파견했다.", "kim-backs-war-in-ukraine"),
        ("Le traité doit permettre à Pyongyang de prendre des mesures pour assurer sa sécurité.", "nk-right-to-self-defense"),
    ],
)
def test_a_wording_carries_its_fact(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a relationship formed, no treaty concluded
        ("베트남은 여러 나라와 포괄적 전략 동반자 관계를 맺은 바 있다.", "treaty-signed"),
        # an arrival with no years since the last one
        ("Kedatangan Putin disambut ribuan warga di sepanjang jalan.", "first-visit-since-2000"),
        # the West's support of Ukraine against Russia's war
        ("Die EU bekräftigte ihre Unterstützung der Ukraine gegen Russlands Angriff.", "kim-backs-war-in-ukraine"),
        # a country's food security, not its defence
        ("L'aide doit permettre à la Corée du Nord d'assurer la sécurité alimentaire de sa population.", "nk-right-to-self-defense"),
    ],
)
def test_a_look_alike_carries_no_fact(text, absent):
    assert absent not in found(text)
