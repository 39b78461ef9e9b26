"""A signing still to come, in Korean, German, Japanese and Chinese: wordings of a plan, a forecast or a supposed
signing that must not carry treaty-signed (made-up sentences of the shapes pre-visit reports use), and the deed
itself, which still does. Korean: whether the two will agree ("합의할지"), the old Soviet treaty ("옛 소련과 북한이
체결한"); German: a conclusion that may come ("den möglichen Abschluss"), a treaty supposed ("wenn der Vertrag
unterzeichnet wird"); Japanese: an agreement to conclude ("締結に合意", "合意する見通し"); Chinese: a paper being
prepared ("正在准备"), a signing supposed ("如果协议签署")."""

import pytest

from _extract_helpers import topics_and_facts as found


@pytest.mark.parametrize(
    "text",
    [
        "1961년 옛 소련과 북한이 체결한 방위 조약 수준의 협력에 양국 정상이 합의할지 주목된다.",
        "Dabei würden mehrere Papiere unterzeichnet, sagte der Sprecher und nannte den möglichen Abschluss eines Partnerschaftsabkommens.",
        "Wenn der Vertrag unterzeichnet wird, hängt er von der Lage rund um Nordkorea ab, sagte Putin.",
        "両国は新たな条約の締結に合意し、平壌での協力を強める狙いとされる。",
        "補佐官によると、両国は包括的戦略的パートナーシップに関する協定の締結に合意する見通しだという。",
        "据报道,两国正在准备一份“全面战略伙伴关系”文件。如果协议签署,双方合作将更加紧密。",
    ],
)
def test_a_signing_to_come_is_not_the_deed(text):
    assert "treaty-signed" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "푸틴 대통령과 김정은 위원장은 평양에서 포괄적 전략적 동반자 조약에 서명했다.",
        "Putin und Kim unterzeichneten am Mittwoch in Pjöngjang den Partnerschaftsvertrag.",
        "プーチン大統領と金正恩総書記は平壌で包括的戦略的パートナーシップ条約に署名した。",
        "普京和金正恩在平壤签署了全面战略伙伴关系条约。",
    ],
)
def test_the_signing_done_still_counts(text):
    assert "treaty-signed" in found(text)
