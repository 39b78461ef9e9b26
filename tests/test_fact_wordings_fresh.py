"""Fact wordings fresh pages use for the claims most often missed at first reading (session 39): North Korea's
backing of Russia's war, the treaty's signing, the mutual-assistance clause and Putin's words on Western
hegemony, one made-up sentence per language and wording; and the look-alikes each must leave alone (Russia's
or Ukraine's own troops at Kursk, a ratification law, a ceremony still to come, aid sent to Ukraine, the
dollar's dominance)."""

import pytest

from generator.extract.facts import find_facts

from _extract_helpers import data, paras


def facts(text):
    return sorted({h.fact for h in find_facts(paras(text), data())})


BACKING = "kim-backs-war-in-ukraine"
SIGNED = "treaty-signed"
CLAUSE = "mutual-assistance"
HEGEMONY = "western-hegemony"


@pytest.mark.parametrize(
    "text,fact",
    [
        # the pledge: helping Russia, standing on its side, backing its invasion
        ("Kim said Pyongyang was ready to do everything to help Russia.", BACKING),
        ("Pyongyang has openly backed Moscow's invasion of Ukraine.", BACKING),
        ("Ким заявил, что КНДР всегда будет на стороне России.", BACKING),
        ("김 위원장은 러시아를 돕기 위해 모든 노력을 다할 준비가 돼 있다고 말했다.", BACKING),
        ("金正恩表示朝鲜将坚定地站在俄罗斯一边。", BACKING),
        ("Putin se zahvalio Kimu na podršci Severne Koreje u ratu u Ukrajini.", BACKING),
        # the North's soldiers fighting for Russia, at Kursk or on its side
        ("Північнокорейські військові воювали на боці Росії в Курській області.", BACKING),
        ("قاتل جنود كوريون شماليون إلى جانب القوات الروسية في منطقة كورسك.", BACKING),
        ("Severokorejští vojáci bojovali po boku ruských jednotek v Kurské oblasti.", BACKING),
        ("उत्तर कोरियाई सैनिकों ने कुर्स्क क्षेत्र में रूसी सेना के साथ लड़ाई लड़ी।", BACKING),
        ("Severnokorejski vojnici borili su se uz ruske snage u Kurskoj oblasti.", BACKING),
        ("Севернокорейски войници се биха заедно с руските сили в Курска област.", BACKING),
        ("Soldați nord-coreeni au luptat alături de forțele ruse în regiunea Kursk.", BACKING),
        ("Moskau räumte ein, dass nordkoreanische Streitkräfte in der Region Kursk gekämpft haben.", BACKING),
        ("Geplant ist ein Denkmal für die nordkoreanischen Soldaten, die in Kursk gefallen sind.", BACKING),
        ("Pjöngjang hatte den Einsatz seiner Soldaten in Russland im Frühjahr offiziell bekannt gegeben.", BACKING),
        ("El canciller elogió la hazaña de los combatientes de la RPDC en la liberación de Kursk.", BACKING),
        # Moscow's thanks for the North's troops or help in the war, and the pledge to Russia's "just struggle"
        ("Putin thanked Kim for sending troops to help Russia.", BACKING),
        ("Putin expressed gratitude to the North Korean soldiers who fought for Russia.", BACKING),
        ("Pyongyang will continue to support Russia's just struggle, Kim said.", BACKING),
        ("Путин поблагодарил Ким Чен Ына за помощь КНДР в освобождении Курской области.", BACKING),
        ("Ким заверил, что КНДР продолжит поддерживать справедливую борьбу России.", BACKING),
        ("Путін подякував КНДР за допомогу у війні проти України.", BACKING),
        ("푸틴 대통령은 김 위원장에게 북한군 파병에 대해 감사를 표했다.", BACKING),
        ("プーチン氏は北朝鮮の派兵に感謝を表明した。", BACKING),
        ("金正恩表示将继续支持俄罗斯的正义斗争。", BACKING),
        ("Putin dankte Kim für die Entsendung von Soldaten.", BACKING),
        ("Poutine a remercié Kim pour l'envoi de soldats nord-coréens.", BACKING),
        ("Putin agradeció a Kim el envío de tropas norcoreanas.", BACKING),
        ("Putin podziękował Kimowi za wysłanie północnokoreańskich żołnierzy.", BACKING),
        ("Putin, asker gönderdiği için Kim'e teşekkür etti.", BACKING),
        ("Putin berterima kasih kepada Kim atas pengiriman pasukan Korea Utara.", BACKING),
        ("شكر بوتين كيم على إرسال قوات كورية شمالية لمساعدة روسيا.", BACKING),
        ("Poetin bedankte Kim voor het sturen van Noord-Koreaanse troepen.", BACKING),
        # the signing told by its noun, and "the treaty, signed in June"
        ("After the signing ceremony, Putin and Kim held a press conference.", SIGNED),
        ("После церемонии подписания Путин и Ким провели пресс-конференцию.", SIGNED),
        ("Договор, подписанный в июне прошлого года, вступил в силу в декабре.", SIGNED),
        ("서명식 후 두 정상은 공동 기자회견을 열었다.", SIGNED),
        ("Nach der Unterzeichnung des Abkommens traten Putin und Kim vor die Presse.", SIGNED),
        ("Après la signature du traité, Poutine et Kim ont tenu une conférence de presse.", SIGNED),
        ("Dopo la firma del trattato, Putin e Kim hanno tenuto una conferenza stampa.", SIGNED),
        ("Po podpisaniu umowy Putin i Kim wystąpili na konferencji prasowej.", SIGNED),
        ("İmza töreninin ardından Putin ve Kim basın toplantısı düzenledi.", SIGNED),  # (a dotted capital I first)
        # each side helping the other if attacked, and the clause by name
        ("The agreement commits each country to come to the other's aid if it is invaded.", CLAUSE),
        ("Стороны обязуются помогать друг другу в случае нападения.", CLAUSE),
        ("条约包含共同防御条款。", CLAUSE),
        ("İki ülke, saldırı durumunda birbirine yardım etmeyi taahhüt ediyor.", CLAUSE),
        ("تلزم المعاهدة البلدين بمساعدة بعضهما البعض في حال تعرض أي منهما لعدوان.", CLAUSE),
        ("De landen beloven elkaar te helpen als een van beide wordt aangevallen.", CLAUSE),
        ("Obě země se zavázaly pomáhat si navzájem v případě napadení.", CLAUSE),
        ("סעיף 4 מחייב כל צד לסייע צבאית לצד השני אם יותקף.", CLAUSE),
        # the West's hegemony in other words: its domination, "neocolonial dictatorship"; and more forms
        ("Putin said the West wants to maintain its global dominance.", HEGEMONY),
        ("Putin denounced the neocolonial dictatorship of the United States and its allies.", HEGEMONY),
        ("Путин заявил, что Запад стремится сохранить своё мировое господство.", HEGEMONY),
        ("Путін заявив, що Захід прагне зберегти своє світове панування.", HEGEMONY),
        ("푸틴은 서방이 세계 지배를 유지하려 한다고 비판했다.", HEGEMONY),
        ("Putin sagte, der Westen wolle seine globale Vorherrschaft bewahren.", HEGEMONY),
        ("Poutine a dénoncé la domination occidentale sur le monde.", HEGEMONY),
        ("Putin dijo que Occidente quiere mantener su dominio mundial.", HEGEMONY),
        ("Putin stwierdził, że Zachód chce utrzymać swoją dominację na świecie.", HEGEMONY),
        ("Putin, Batı'nın küresel egemenliğini sürdürmek istediğini söyledi.", HEGEMONY),
        ("اتهم بوتين الغرب باستخدام العقوبات للحفاظ على هيمنته.", HEGEMONY),
        ("Putin menuduh Barat menggunakan sanksi untuk mempertahankan hegemoninya.", HEGEMONY),
        ("פוטין האשים את המערב בשימוש בסנקציות כדי לשמר את ההגמוניה שלו.", HEGEMONY),
        ("पुतिन ने पश्चिम पर अपना वर्चस्व बनाए रखने के लिए प्रतिबंधों का इस्तेमाल करने का आरोप लगाया।", HEGEMONY),
        ("普京说，俄罗斯正在与美国强加的帝国主义政策作斗争。", HEGEMONY),  # (imperialist policy the US imposes)
        ("President Putin had visited Pyongyang only once previously, in 2000.", "first-visit-since-2000"),
    ],
)
def test_fresh_wordings(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text,fact",
    [
        # Russia's own troops liberated the Kursk region, and Ukraine's fought there: not the North's backing
        ("Российские военные завершили освобождение Курской области.", BACKING),
        ("Українські військові брали участь у боях у Курській області.", BACKING),
        ("Russische Truppen haben die Befreiung der Region Kursk abgeschlossen.", BACKING),
        ("Des soldats ukrainiens ont combattu dans la région de Koursk.", BACKING),
        ("Las tropas rusas completaron la liberación de la región de Kursk.", BACKING),
        ("Ukraińscy żołnierze walczyli w obwodzie kurskim.", BACKING),
        ("ロシア軍の部隊はクルスク州の解放を完了した。", BACKING),
        ("乌克兰士兵在库尔斯克州作战。", BACKING),
        ("أكملت القوات الروسية تحرير منطقة كورسك.", BACKING),
        ("Russische troepen hebben de bevrijding van de regio Koersk voltooid.", BACKING),
        ("כוחות רוסיה השלימו את שחרור קורסק.", BACKING),
        ("Ukrajinští vojáci bojovali v Kurské oblasti.", BACKING),
        ("Severokorejští vojáci údajně bojovali v Kurské oblasti, tvrdí rozvědka.", BACKING),
        ("Western nations have backed Ukraine against Moscow's invasion.", BACKING),
        ("China is ready to help Russia, Beijing said.", BACKING),
        # thanks for the welcome or a parade; Kyiv's thanks to its own soldiers
        ("Putin thanked Kim for the warm welcome in Pyongyang.", BACKING),
        ("Путин поблагодарил Ким Чен Ына за теплый прием и военный парад.", BACKING),
        ("Зеленский поблагодарил бойцов, которые взяли в плен солдат КНДР.", BACKING),
        ("Zelensky thanked his soldiers for holding the front against North Korean troops.", BACKING),
        # a ratification law signed is not the treaty signed
        ("Путін підписав закон про ратифікацію договору з КНДР.", SIGNED),
        ("プーチン氏は北朝鮮との条約を批准する法律に署名した。", SIGNED),
        ("普京签署了批准与朝鲜条约的法律。", SIGNED),
        ("Putin, Kuzey Kore ile anlaşmanın onaylanmasına ilişkin yasayı imzaladı.", SIGNED),
        ("Putin menandatangani undang-undang ratifikasi perjanjian dengan Korea Utara.", SIGNED),
        ("Ông Putin đã ký luật phê chuẩn hiệp ước với Triều Tiên.", SIGNED),
        ("Poetin ondertekende de wet ter ratificatie van het verdrag met Noord-Korea.", SIGNED),
        ("Putin podepsal zákon o ratifikaci smlouvy se Severní Koreou.", SIGNED),
        ("Putin podpisał ustawę o ratyfikacji traktatu z Koreą Północną.", SIGNED),
        ("Путин подписа закона за ратифициране на договора със Северна Корея.", SIGNED),
        # a ceremony still to come, an order to sign (the fact's own `unless`, which the noun's wording keeps)
        ("Putin and Kim will attend a signing ceremony on Wednesday.", SIGNED),
        ("Церемония подписания договора состоится в среду.", SIGNED),
        ("Uroczystość podpisania umowy przez Putina i Kima odbędzie się w środę.", SIGNED),
        ("Уряд схвалив пропозицію МЗС щодо підписання договору з КНДР.", SIGNED),
        # aid sent to Ukraine after an attack is the other side's help in the war, not the clause
        ("The United States provides military assistance to Ukraine against Russia's attack.", CLAUSE),
        ("США предоставят Украине военную помощь после атаки на Харьков.", CLAUSE),
        # the dollar's dominance
        ("Moscow and Pyongyang want to reduce the dominance of the US dollar in trade.", HEGEMONY),
        ("Россия и КНДР стремятся снизить доминирование доллара США.", HEGEMONY),
    ],
)
def test_fresh_look_alikes(text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize("text,fact,earlier", [
    # an earlier treaty's signing or article is no evidence of this one's, though the headline names this one
    ("북러, 포괄적 전략 동반자 조약 서명\n\n1961년 북한과 옛 소련이 체결한 '조·소 동맹조약'에 포함됐던 '유사시 자동군사개입'의 부활이다.",
     SIGNED, "1961년"),
    ("ロ朝、包括的戦略パートナーシップ条約に署名\n\n北朝鮮とソ連が1961年に締結した「朝ソ友好協力相互援助条約」には自動介入条項があった。",
     SIGNED, "1961年"),
    ("La Russie et la Corée du Nord signent un traité de partenariat\n\nLe traité d'amitié signé entre les deux pays en 2000 "
     "avait exclu toute intervention automatique.", SIGNED, "2000"),
])
def test_an_earlier_treatys_sentence_is_no_evidence(text, fact, earlier):
    title, _, body = text.partition("\n\n")
    hits = [h for h in find_facts(paras(body), data(), title=title) if h.fact == fact]
    assert not any(earlier in h.evidence.text for h in hits)
