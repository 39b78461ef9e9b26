"""Fact and topic wordings real articles used and the data lacked, one made-up sentence per language
and wording: a clause promised "instead of" automatic intervention, the North's support for Russia's sovereignty,
the West's "dominant role", a pact called "vredelievend en defensief", weapons supplies "not ruled out", the last
visit told as "the last time … was in 2000", the replaced treaty's year with its 年, Nepali, sanctions fought or
imposed, talks "en format élargi" with the ministers beside them; and the look-alikes each must leave alone (a
signing told in the Persian present or supposed in Korean, a decree clearing the signing, Russia's support for the
North's sovereignty, weapons supplies ruled out, the dollar's dominant role, an expanded format naming nobody)."""

import pytest

from _extract_helpers import topics_and_facts as found

NO_AUTO = "no-automatic-intervention"
BACKING = "kim-backs-war-in-ukraine"
HEGEMONY = "western-hegemony"
DEFENSIVE = "defensive-in-nature"
TECH = "military-technical-cooperation"
SIGNED = "treaty-signed"
FIRST = "first-visit-since-2000"
REPLACES = "replaces-earlier-treaties"
UNDISCLOSED = "text-not-disclosed"
INVITED = "invitation-to-moscow"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the clause left open instead of automatic intervention promised
        ("Les deux pays ont laissé ouverte la possibilité d'une aide, au lieu de garantir une intervention militaire "
         "automatique.", NO_AUTO),
        ("The pact leaves room for support rather than promising automatic military intervention.", NO_AUTO),
        # the North's stand told as support for Russia's sovereignty
        ("وقال إن موقف بيونغ يانغ من الحرب يؤكد دعمها لسيادة روسيا.", BACKING),
        ("He said North Korea's stance confirms its support for Russia's sovereignty.", BACKING),
        # the West keeping its dominant role
        ("De minister zei dat Washington sancties gebruikt om zijn dominante rol in de wereld te behouden.", HEGEMONY),
        ("The minister said the West uses pressure to keep its dominant role in the world.", HEGEMONY),
        # the pact called defensive, in Dutch
        ("Hij noemde het akkoord constructief en uitsluitend vredelievend en defensief.", DEFENSIVE),
        ("Volgens de minister is de overeenkomst defensief.", DEFENSIVE),
        # weapons supplies not ruled out
        ("The president said he did not rule out supplying weapons to Pyongyang.", TECH),
        ("Президент не исключил поставок оружия в КНДР.", TECH),
        ("Der Kreml schließt Waffenlieferungen an Nordkorea nicht aus.", TECH),
        ("Le président n'exclut pas de livrer des armes à la Corée du Nord.", TECH),
        # the last visit told as "the last time"
        ("The last time the Russian leader visited Pyongyang was in 2000.", FIRST),
        ("La última vez que el presidente visitó Pyongyang fue en el año 2000.", FIRST),
        ("A última vez que o presidente visitou Pyongyang foi em 2000.", FIRST),
        ("La dernière fois que le président s'est rendu à Pyongyang, c'était en 2000.", FIRST),
        ("L'ultima volta che il presidente ha visitato Pyongyang era il 2000.", FIRST),
        # the replaced treaty's year with its 年
        ("新しい文書は1961年の友好協定に取って代わるものだ。", REPLACES),
        ("新协议将取代1961年的友好协定。", REPLACES),
        # Nepali
        ("दुई नेताले राजधानीमा नयाँ रणनीतिक साझेदारीमा हस्ताक्षर गरे।", SIGNED),
        ("सन्धिका विवरणहरु अझै सार्वजनिक गरिएको छैन।", UNDISCLOSED),
        ("राष्ट्रपतिले किमलाई मस्को भ्रमणको निम्ता दिए।", INVITED),
        ("२४ वर्षपछि राष्ट्रपति प्योङयाङ आएका हुन्।", FIRST),
        # sanctions fought, called politically motivated, or imposed
        ("Le président a promis de combattre les sanctions occidentales.", "sanctions"),
        ("Il a dénoncé les sanctions « à motivation politique » visant son pays.", "sanctions"),
        ("Het Westen heeft beide landen zware sancties opgelegd.", "sanctions"),
        # talks in an expanded format, the ministers named beside them
        ("Les entretiens en format élargi ont réuni le ministre de la Défense, Paul Martin, et le patron de l'Agence "
         "spatiale, Marc Petit.", "delegation"),
    ],
)
def test_wordings_the_data_lacked(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a signing still to come: the Persian present, a Korean supposition, a decree clearing it
        ("در این سفر پیمان مشارکت راهبردی جامع میان دو کشور امضا می‌شود.", SIGNED),
        ("پوتین و کیم در پیونگ‌یانگ پیمان مشارکت راهبردی جامع را امضا میکنند.", SIGNED),
        ("협정 문서가 체결된다면 양국 관계 수준을 반영하게 될 것이라고 푸틴 대통령이 말했다.", SIGNED),
        ("El mandatario firmó un decreto que da luz verde a la firma del acuerdo con Corea del Norte.", SIGNED),
        ("Putin signed a decree giving the green light to the signing of the treaty with Pyongyang.", SIGNED),
        ("पुटिनले सम्झौतामा हस्ताक्षर हुने बताएका थिए।", SIGNED),
        # Russia's support for the North's sovereignty; an accusation
        ("Moscow reaffirmed its support for North Korea's sovereignty.", BACKING),
        ("Pyongyang is accused of sending troops in support of Russia's sovereignty.", BACKING),
        # weapons supplies ruled out; the dollar's dominant role
        ("Moscow has ruled out supplying weapons to North Korea.", TECH),
        ("Beide landen willen de dominante rol van de Amerikaanse dollar verkleinen.", HEGEMONY),
        # an expanded format naming nobody, or only an aide who spoke before
        ("Les entretiens en format élargi ont duré deux heures.", "delegation"),
        ("Переговоры прошли в расширенном составе. Ранее помощник президента рассказал о программе визита.",
         "delegation"),
    ],
)
def test_look_alikes_left_alone(text, absent):
    assert absent not in found(text)
