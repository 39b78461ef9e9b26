"""Fact and topic wordings the data lacked, one made-up sentence each, and the look-alikes each must leave alone.

A signing still to come is no signing: Russian papers that "будут подписаны" (plural), a conclusion that is "возможное"
or planned ("планируют заключить"), a Korean signing the sides "are expected" to do ("서명한 뒤 발표할 것으로 보인다").
Earlier documents replaced, not named ("reemplazando documentos anteriores"); the next summit as "차기 회담"; German
mutual help as one compound ("Militärhilfe"); the North as one of Russia's "soutiens les plus importants" in the war;
Kim's pact "peaceful, aimed at defending the interests" of both; Arabic lifting of sanctions with its particle ("لرفع").
Sanctions imposed on or against the North (Spanish, Bulgarian, Arabic) are a sentence about the sanctions themselves;
Kim's trip to Russia told with "si è recato" is an earlier summit, the history."""

import pytest

from _extract_helpers import carries, topics_and_facts as found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("차기 회담은 모스크바에서 열기를 희망한다고 그는 말했다.", "invitation-to-moscow"),
        ("Das Bündnis sieht gegenseitige Militärhilfe im Falle einer Aggression gegen einen der Partner vor.", "mutual-assistance"),
        ("Le Laos est devenu l'un des soutiens les plus importants de l'offensive russe en Ukraine.", "kim-backs-war-in-ukraine"),
        ("Moscú y Pyongyang firmaron un pacto amplio, sustituyendo documentos anteriores de la relación.", "replaces-earlier-treaties"),
        ("Il nuovo patto sostituisce documenti precedenti firmati dai due paesi.", "replaces-earlier-treaties"),
        ("He said their cooperation was peaceful, aimed at defending the interests of both sides.", "defensive-in-nature"),
        ("وقال الزعيم إن التعاون بين البلدين سلمي ويهدف إلى الدفاع عن مصالح الطرفين.", "defensive-in-nature"),
        ("ودعا الرئيس الضيف لرفع العقوبات المفروضة على البلد المضيف.", "sanctions-review"),
        # sanctions told as imposed on the North, in one sentence
        ("Los dos líderes criticaron con dureza las sanciones internacionales impuestas a Corea del Norte.", "sanctions"),
        ("Доставките на оръжие заобикалят санкциите на ООН срещу КНДР, приети преди години.", "sanctions"),
        ("وانتقد الزعيم الزائر العقوبات المفروضة على كوريا الشمالية منذ سنوات.", "sanctions"),
        # the earlier summit told with "recarsi"
        ("I rapporti si sono intensificati da quando Kim si è recato in Russia l'anno scorso.", "history"),
    ],
)
def test_a_wording_carries_its_fact_or_topic(text, expected):
    assert carries(text, expected)


@pytest.mark.parametrize(
    "text,absent",
    [
        # signings still to come
        ("«Будут подписаны несколько документов о стратегическом партнерстве», – сообщил помощник президента.", "treaty-signed"),
        ("«Речь идет о возможном заключении Договора о всеобъемлющем стратегическом партнерстве», – сказал он.", "treaty-signed"),
        ("Москва и Пхеньян планируют заключить договор о стратегическом партнерстве.", "treaty-signed"),
        ("두 정상은 회담 뒤 포괄적 전략 동반자 협정에 서명한 뒤 이를 공개할 것으로 보인다.", "treaty-signed"),
        ("두 정상은 포괄적 전략 동반자 협정에 서명할 것으로 예상된다.", "treaty-signed"),
        # documents replaced with no earlier one, or a later one
        ("El ministerio sustituyó documentos de identidad caducados en la frontera.", "replaces-earlier-treaties"),
        # the 1961 treaty's own replacement in 2000, told in the past: the earlier history
        ("The Soviet-era pact was discarded in 1996, replaced by one in 2000 that offered weaker security assurances.",
         "replaces-earlier-treaties"),
        ("Он напомнил, что советское соглашение было заменено в 2000 году на договор о дружбе.", "replaces-earlier-treaties"),
        # the next meeting elsewhere
        ("차기 회담은 평양에서 열릴 예정이다.", "invitation-to-moscow"),
        # consultations on a direct threat of attack (the treaty's third article), not help once attacked
        ("조약 3조에는 \"어느 일방에 대한 무력침략 행위가 감행될 수 있는 직접적인 위협이 조성되는 경우 협조를 상호 제공한다\"고 명시됐다.",
         "mutual-assistance"),
        ("In case of a direct threat of armed aggression against either side, the two will hold consultations and provide mutual support.",
         "mutual-assistance"),
        # military aid to Ukraine, not one another's
        ("Deutschland kündigte neue Militärhilfe für die Ukraine an.", "mutual-assistance"),
        # China, not the North, as Russia's backer
        ("La Chine est l'un des soutiens les plus importants de l'offensive russe en Ukraine.", "kim-backs-war-in-ukraine"),
        # peace and interests, not the pact's defence
        ("وقال إن بلاده ترفع مستوى التعاون السلمي مع جيرانها.", "defensive-in-nature"),
        # raising a level, not lifting sanctions
        ("وتهدف الاتفاقية إلى رفع مستوى التعاون بين الدولتين.", "sanctions-review"),
        # a government's own sanctions announced beside another policy it reviews
        ("정부는 수출 통제 품목을 늘리고 추가 독자제재를 예고하는 한편, 지원 방침을 재검토하기로 했다.", "sanctions-review"),
        # sanctions named once in passing, or as a clause of the treaty
        ("Ambos países viven aislados por sanciones.", "sanctions"),
        ("El acuerdo compromete a ambos a oponerse a las sanciones impuestas a Corea del Norte.", "sanctions"),
        # someone else's trip to Russia
        ("Il ministro si è recato in Russia la settimana scorsa.", "history"),
    ],
)
def test_a_look_alike_carries_nothing(text, absent):
    assert absent not in found(text)
