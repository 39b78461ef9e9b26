"""Families read in the failures of articles no rule was tuned on (issue 17): a wire credited
after a dash or a source label closing a short text (not a picture's credit, not hidden by a line of
hashtags), a spokesman's descriptor that runs on into the country he speaks for, the first visit since
2000 and the treaty concluded between the two as papers word them in English, Russian, German and
Arabic, sanctions imposed on the North. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import caption_credits
from generator.extract.facts import find_facts
from generator.extract.topics import assign_topics

from _extract_helpers import data, paras, speakers
from _head_helpers import HEADLINE, LEAD, MORE, meta


def test_a_dash_credit_after_the_last_sentence_is_the_texts_wire_not_a_pictures():
    line = "The ferry will run twice a day, the council said. Both piers had been planned for years. — Reuters"
    assert caption_credits.caption_before_credit(line, data()) is None
    assert caption_credits.caption_before_credit("The mayor opens the new quay on Tuesday. Reuters", data()) is not None


def test_a_short_text_closed_by_a_dash_credit_and_a_line_of_hashtags_names_the_wire():
    got = meta(HEADLINE, LEAD, MORE + " The works were planned for years. — Reuters", "#Harbour #Council #Ferries", known=data())
    assert got.outlet == "Reuters"


@pytest.mark.parametrize("label", ["Quelle", "Source"])
def test_a_source_label_closing_the_last_paragraph_names_the_wire(label):
    got = meta(HEADLINE, LEAD, MORE + f" Die Arbeiten dauern zwei Jahre. {label}: dts Nachrichtenagentur", known=data())
    assert got.outlet == "dts Nachrichtenagentur"


def test_a_spokesmans_descriptor_running_into_his_country_names_him():
    got = speakers(
        "Пресс-секретаря Кремля Дмитрия Пескова спросили о договоре.",
        "«Формулировки достаточно однозначные», – сказал пресс-секретарь президента России журналистам.",
    )
    assert got == [("Dmitry Peskov", "Формулировки достаточно однозначные")]


def facts(text: str) -> set[str]:
    return {hit.fact for hit in find_facts(paras(text), data())}


@pytest.mark.parametrize(
    "text, fact",
    [
        ("It was the first time the Russian leader had travelled to the North since his only trip there in 2000.",
         "first-visit-since-2000"),
        ("Это второй визит президента в Пхеньян. В первый раз он посещал КНДР в 2000 году.", "first-visit-since-2000"),
        ("Das letzte Mal war der Präsident im Jahr 2000 in Pjöngjang.", "first-visit-since-2000"),
        ("Договор, заключенный между РФ и КНДР, вступил в силу в декабре.", "treaty-signed"),
        ("جاء ذلك بعد توقيعه الاتفاقية مع الرئيس الروسي فلاديمير بوتين في بيونغ يانغ.", "treaty-signed"),
    ],
)
def test_the_claim_as_unseen_papers_word_it(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The first time the two met was in 2000.",  # no visit said
        "Договор, заключенный в 1961 году, утратил силу.",  # no parties named
    ],
)
def test_what_only_looks_like_those_claims(text):
    assert not facts(text) & {"first-visit-since-2000", "treaty-signed"}


def test_sanctions_imposed_on_the_north_are_the_topic():
    hits = assign_topics(paras("Gegen Nordkorea wurden wegen des Atomprogramms UN-Sanktionen verhängt."), data())
    assert "sanctions" in {hit.topic for hit in hits}


@pytest.mark.parametrize(
    "text",
    [
        "The new agreement will replace the documents signed between Moscow and Pyongyang in 1961.",
        "김일성 주석은 1961년 7월 흐루쇼프 서기장과 양국의 첫 조약을 체결했다. 푸틴 대통령은 이번에 평양을 찾았다.",
        "Die beiden Staatschefs wollen in Pjöngjang ein Partnerschaftsabkommen unterzeichnen.",
        "普京將在訪問期間，與北韓領導人金正恩簽署多項重要文件，包括全面戰略夥伴關係。",
    ],
)
def test_an_older_treatys_signing_or_a_signing_planned_is_not_this_one(text):
    assert "treaty-signed" not in facts(text)


def test_a_signing_done_beside_an_intent_is_still_the_signing():
    text = ("Beide Länder wollen einander künftig beistehen: Putin und Kim unterzeichneten am Mittwoch in Pjöngjang "
            "ein Abkommen.")
    assert "treaty-signed" in facts(text)


def test_an_allegation_that_cooperation_breaches_the_councils_resolution_is_no_sanctions_coverage():
    text = "Дипломат подчеркнул, что любое такое сотрудничество нарушает резолюцию Совета Безопасности ООН."
    assert "sanctions" not in {hit.topic for hit in assign_topics(paras(text), data())}


def test_a_known_outlets_name_is_no_person():
    from generator.extract.mentions import find_mentions

    text = "Agence France-Presse reports that the president is accompanied by a large delegation."
    assert "Agence France-Presse" not in {m.name for m in find_mentions(paras(text), data()) if m.kind == "person"}


@pytest.mark.parametrize(
    "second",
    [
        "Mehr News zum Krieg in der Ukraine",  # a widget's heading
        "Protest des Westens",  # a subhead of a few words
        "Der Hafen öffnet einen zweiten Anleger. Die Stadt zahlt die Hälfte der Kosten",  # two sentences
        "◆ Der Hafen öffnet einen zweiten Anleger für den Winter",  # a list's item
        "Der Bürgermeister eröffnet den neuen Anleger am Mittwoch / Foto: Stadtverwaltung",  # a caption
    ],
)
def test_a_line_after_the_lead_that_is_no_heading_leaves_the_title_to_the_lead(second):
    from generator.extract.headline import heading_after_lead

    lead = "Der Hafen der Stadt hat am Mittwoch einen zweiten Anleger eröffnet. Er soll mehr Fahrten im Winter erlauben."
    assert heading_after_lead([lead, second, "Die Betreiber begrüßten die Entscheidung des Hafens."], data()) is None


@pytest.mark.parametrize(
    "text",
    [
        "North Korean leader Kim Jong-un ordered the military to fight alongside Russian forces and liberate the Kursk region.",
        "The chief of staff praised the help of North Korean servicemen in liberating the Kursk region.",
        "Военнослужащие КНДР приняли участие в освобождении Курской области.",
        "Russland und Nordkorea bestätigen den Einsatz nordkoreanischer Soldaten in Kursk.",
        "La Corée du Nord a confirmé avoir envoyé des soldats se battre pour la Russie à Koursk.",
    ],
)
def test_troops_both_sides_say_fought_in_kursk_are_the_norths_backing(text):
    assert "kim-backs-war-in-ukraine" in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said North Korea had sent 11,000 troops to Russia and some were killed in the Kursk region.",
        "The soldiers are expected to fight Ukrainian forces in Russia's Kursk region.",
        "Ukraine launched its incursion into the Kursk region, deploying some of its best units.",
        "D'après les estimations des autorités ukrainiennes, la Corée du Nord a envoyé 14 000 soldats combattre à Koursk.",
        "North Korea has been accused of sending troops and shells to support Russia in Ukraine.",  # the pledge's rule
    ],
)
def test_troops_others_estimate_or_accuse_it_of_are_not(text):
    assert "kim-backs-war-in-ukraine" not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Perjanjian itu menandai hubungan terkuat kedua negara sejak akhir dari perang dingin.",
        "Ito ang pinakamalakas na ugnayan ng dalawang bansa mula pa noong Cold War.",
        "세 정상이 냉전 초기 이후 처음으로 함께 열병식에 참석했다.",
    ],
)
def test_a_comparison_with_the_cold_war_in_passing_is_no_history(text):
    assert "history" not in {hit.topic for hit in assign_topics(paras(text), data())}


@pytest.mark.parametrize(
    "headline",
    [
        "Putin, Kim sign defence pact • Live updates",  # one bullet in a headline is no crumb trail
        "Путин → Пхеньян: итоги визита",  # an arrow in a headline
        "More Troops, More Shells, More Missiles",  # a word repeated is no menu of sister sites
        "Latest news on Putin's visit to Pyongyang",  # a live page's headline, no widget's heading
    ],
)
def test_headlines_that_only_look_like_furniture_stay_titles(headline):
    lead = "The leaders met on Wednesday in the capital. They signed several documents."
    assert meta(headline, lead, MORE, known=data()).title == headline


def test_a_tag_line_of_names_above_the_headline_is_no_title():
    got = meta("Ukraine-Krieg Wladimir Putin Kim Jong Un Nordkorea Russland", "Putin unterzeichnet Pakt mit Kim in Pjöngjang",
               "Putin kam am Mittwoch an. Er traf Kim im Palast.", "Noch ein Absatz folgt hier.", known=data())
    assert got.title == "Putin unterzeichnet Pakt mit Kim in Pjöngjang"


@pytest.mark.parametrize(
    "lines",
    [
        (HEADLINE, "This was reported by Russian media citing the Kremlin press service.", MORE),  # no site's name
        (HEADLINE, LEAD, MORE, "Share this story on Facebook | facebook.com"),  # a network's address under the text
    ],
)
def test_lines_that_name_no_outlet(lines):
    assert meta(*lines, known=data()).outlet is None


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Putin and Kim signed a treaty in Pyongyang that replaces the one the two countries concluded in 1961.",
        "普京與金正恩週三在平壤簽署了全面戰略夥伴關係條約，條約將於簽署之日起生效。",
    ],
)
def test_a_signing_beside_the_older_treaty_or_a_future_is_still_the_signing(text):
    assert "treaty-signed" in facts(text)
