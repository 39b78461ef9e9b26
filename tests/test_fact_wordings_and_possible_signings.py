"""Fact and topic wordings real articles used and the data lacked, one made-up sentence per language
and wording; and the look-alikes each must leave alone: a signing only judged possible, forecast or scheduled (a
Japanese passive or noun of signing before 可能性, 予定, 見通し; "the possible signing", "une éventuelle signature",
"체결 가능성"), a just cause not Russia's. Also: the signing as the moment a treaty is told after ("nach der
Unterzeichnung"), Russia's army's "справедливое дело" backed, sanctions a country is "mit Sanktionen belegt"
or "dijatuhkan" on, the pact called "रक्षात्मक" in Hindi."""

import pytest

from _extract_helpers import topics_and_facts as found

SIGNED = "treaty-signed"
BACKING = "kim-backs-war-in-ukraine"


@pytest.mark.parametrize(
    "text,expected",
    [
        # signed, and something else planned after it: the plan is not the signing's
        ("プーチン大統領と金正恩総書記は平壌で新しい条約に署名し、その後共同記者会見を行う予定だ。", SIGNED),
        # the signing as a moment the treaty is told after
        ("Ein Pakt, dessen Kernpunkte Putin nach der Unterzeichnung im Palast erläuterte, sieht Beistand vor.", SIGNED),
        ("Un pacte dont Poutine a détaillé le contenu après la signature prévoit une aide mutuelle.", SIGNED),
        ("Un acuerdo cuyo contenido Putin explicó tras la firma prevé ayuda mutua.", SIGNED),
        ("Un accordo il cui contenuto Putin ha illustrato dopo la firma prevede aiuto reciproco.", SIGNED),
        ("Um acordo cujo conteúdo Putin explicou após a assinatura prevê ajuda mútua.", SIGNED),
        # Russia's army's "just cause", backed in the North's words
        ("Народ КНДР будет и впредь поддерживать справедливое дело российской армии, заявил Ким.", BACKING),
        # sanctions imposed on the North, told with "belegt"
        ("Das Land ist wegen seines Raketenprogramms mit Sanktionen belegt, die Moskau mitgetragen hat.", "sanctions"),
        ("Pertemuan itu digelar di tengah sanksi yang dijatuhkan Barat kepada kedua negara.", "sanctions"),
        # the pact called defensive, in Hindi
        ("मंत्री ने कहा कि यह समझौता शांतिपूर्ण और रक्षात्मक है।", "defensive-in-nature"),
        ("उन्होंने संधि को पूरी तरह रक्षात्मक बताया।", "defensive-in-nature"),
    ],
)
def test_wordings_the_data_lacked(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a signing that may come, is forecast or is scheduled
        ("来週のプーチン大統領の訪問で締結される可能性が取り沙汰される協力協定の中身に関心が集まる。", SIGNED),
        ("平壌での会談では新しい条約が署名される見通しだ。", SIGNED),
        ("プーチン大統領と金正恩総書記による協定の締結が予定されている。", SIGNED),
        ("Analysts are watching the possible signing of a partnership treaty by Putin and Kim.", SIGNED),
        ("Аналитики обсуждают возможное подписание договора Путиным и Ким Чен Ыном.", SIGNED),
        ("Beobachter sprechen von einer möglichen Unterzeichnung des Abkommens durch Putin und Kim.", SIGNED),
        ("Les observateurs évoquent une éventuelle signature du traité par Poutine et Kim.", SIGNED),
        ("Los analistas hablan de una posible firma del tratado entre Putin y Kim.", SIGNED),
        ("Gli analisti parlano di una possibile firma del trattato tra Putin e Kim.", SIGNED),
        ("Os analistas falam de uma eventual assinatura do tratado entre Putin e Kim.", SIGNED),
        ("分析人士认为，普京与金正恩有望签署新的条约。", SIGNED),
        ("푸틴 대통령과 김정은 위원장의 포괄적 전략적 동반자 협정 체결 가능성이 거론된다.", SIGNED),
        # a signing still to come, told by its noun
        ("Nach der Unterzeichnung des Abkommens, die für Mittwoch geplant ist, wird Putin nach Hanoi reisen.", SIGNED),
        # a just cause that is not Russia's
        ("Москва поддерживает справедливое дело палестинского народа, заявил министр.", BACKING),
        # an army's defensive position is not the pact's nature
        ("सीमा पर सेना ने रक्षात्मक स्थिति अपनाई।", "defensive-in-nature"),
    ],
)
def test_look_alikes_left_alone(text, absent):
    assert absent not in found(text)
