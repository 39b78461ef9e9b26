"""Fact and topic wordings of translations, one made-up sentence each: Putin's statement on the treaty as it is
translated ("the comprehensive partnership signed today", without "strategic", in Chinese, Indonesian, Vietnamese and
Arabic; the clause's aggression as the Vietnamese "gây hấn" in a case of it), the military-technical cooperation as a
verb, a dropped year counter in Japanese, the misspelt "suport", and the history as "Kims Vater" at the visit of 2000.
Each must carry its fact or show its topic; the look-alikes (Russia and China's partnership of coordination, a
provocation with no case of it, Russia's Far East as where Putin is today, not an earlier summit) must not."""

import pytest

from _extract_helpers import carries, topics_and_facts as found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("双方昨天在平壤签署的全面伙伴关系文件引起各方关注。", "treaty-signed"),
        ("Kesepakatan kemitraan komprehensif itu diteken kedua negara kemarin sore.", "treaty-signed"),
        ("Hiệp ước hợp tác toàn diện đã được ký tại thủ đô hai ngày trước.", "treaty-signed"),
        ("وتنص معاهدة الشراكة الشاملة الموقعة اليوم بين البلدين على تعاون واسع.", "treaty-signed"),
        ("Hai bên sẽ giúp đỡ lẫn nhau trong trường hợp bị gây hấn từ bên ngoài.", "mutual-assistance"),
        ("Москва готова сотрудничать с Пхеньяном в военно-технической сфере.", "military-technical-cooperation"),
        ("大統領にとって24ぶりの訪朝となった。", "first-visit-since-2000"),
        ("The envoy repeated his country's suport for Russia's campaign in Ukraine.", "kim-backs-war-in-ukraine"),
        ("Beim ersten Besuch wurde der Präsident noch von Kims Vater empfangen.", "history"),
    ],
)
def test_a_translated_wording_carries_its_fact(text, expected):
    assert carries(text, expected)


@pytest.mark.parametrize(
    "text,absent",
    [
        # Russia and China's partnership "of coordination" signed in a statement is not this treaty
        ("两国签署了关于深化全面战略协作伙伴关系的联合声明。", "treaty-signed"),
        # a provocation beside support in general: no case of aggression, no clause
        ("Hai nước hỗ trợ lẫn nhau về kinh tế, bất chấp những hành động gây hấn của phương Tây.", "mutual-assistance"),
        # military-technical words with no cooperation in them
        ("Эксперты обсудили военно-технические характеристики новой ракеты.", "military-technical-cooperation"),
        # the Far East as where someone is today, no earlier summit
        ("Der Präsident ist heute in Russlands Fernem Osten unterwegs.", "history"),
    ],
)
def test_a_look_alike_carries_nothing(text, absent):
    assert absent not in found(text)
