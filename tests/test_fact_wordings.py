"""Fact wordings real articles use, one made-up sentence each (eval round 3): every language's wording of a
claim must carry it on its own, and the look-alike sentences (a plan, another's account, a denial) must not."""

import pytest

from generator.extract.facts import find_facts

from _extract_helpers import data, paras


def facts(text):
    return sorted({h.fact for h in find_facts(paras(text), data())})


BACKING = "kim-backs-war-in-ukraine"


@pytest.mark.parametrize(
    "text",
    [
        # the deployment owned by Pyongyang, or told as a plain deed with the North as its subject
        "Pyongyang officially acknowledged on Tuesday that it had dispatched soldiers to Russia.",
        "Kim authorised the dispatch of army units to Russia's Kursk region, the party said.",
        "북한은 조약을 근거로 전쟁 중인 러시아에 병력을 보냈다.",
        "북한이 러시아 파병 사실을 처음으로 공식 인정했다.",
        "平壌がロシアへの派兵を公式に認めた。",
        "北朝鮮軍の部隊がクルスク州の解放作戦に参加したと党が発表した。",
        "朝鲜去年秋天派遣上万兵力赴俄罗斯,投入俄乌战事。",
        # the liberation of Kursk, praised or mourned
        "Putin, Kuzey Kore'nin Kursk bölgesinin işgalcilerden arındırılmasındaki katkısına teşekkür etti.",
        "Сторони домовилися про пам'ятник корейським воїнам, полеглим під час визволення Курської області.",
        "普京称赞朝鲜军人参与库尔斯克的解放。",
        # a brotherly duty
        "КНДР считает это братским долгом.",
        "Kim, Rusya'ya desteği bir kardeşlik görevi olarak gördüğünü söyledi.",
        "金正恩强调这是兄弟义务。",
        "Kim told his guest that helping Moscow was a brotherly duty.",
        # the war named otherwise: the war effort, the military campaign, the Ukrainian direction
        "Il sostegno nordcoreano allo sforzo bellico russo ha aperto nuove strade.",
        "Il ministro ha ribadito che Pyongyang sosterrà la Russia nel conflitto ucraino.",
        "Kim pledged unconditional support for Russia's military campaign.",
        "Putin thanked Kim for his support for Russian policy, including in the Ukrainian direction.",
        "普京感谢平壤在俄乌冲突问题上对俄方的坚定支援。",
        "大統領はウクライナ問題を含むロシアの政策への一貫した支援に謝意を示した。",
        # Arabic and Hebrew
        "أشاد بوتين بمساهمة جنود كوريا الشمالية في تحرير منطقة كورسك.",
        "قال كيم إن دعم روسيا واجب أخوي.",
        "פוטין שיבח את גבורת החיילים הצפון קוריאנים בשחרור מחוז קורסק.",
        "קים הביע תמיכה מלאה ברוסיה במלחמה באוקראינה.",
    ],
)
def test_backing_wordings(text):
    assert BACKING in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to the South Korean government, North Korea sent soldiers to Russia, which Pyongyang has not confirmed.",
        "韓国政府などによると、北朝鮮はロシアに兵士を派遣したとされる。",
        "한미 정보당국은 북한이 러시아에 병력을 보냈다고 추정했다.",
        "북한이 파병 사실을 공식화할지 주목된다.",
        "南韩估计,朝鲜已向俄罗斯派遣约一万名士兵。",
        "Kiev'e göre Kuzey Koreli askerler Kursk'ta savaşıyor.",
        "China's support for Russia's war effort worries Europe.",
        "Reports of North Korean troops deployed in Kursk multiplied.",
    ],
)
def test_backing_look_alikes(text):
    assert BACKING not in facts(text)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Kedua pemimpin meneken pakta yang menjanjikan bantuan jika salah satu negara menghadapi agresi.", "mutual-assistance"),
        ("有事の相互の軍事介入を定めた条約の条項が発動された。", "mutual-assistance"),
        ("Rincian kesepakatan itu tak segera dijelaskan oleh kedua pihak.", "text-not-disclosed"),
        ("İki lider 24 yıl sonra Pyongyang'da bir araya geldi.", "first-visit-since-2000"),
        ("נשיא רוסיה נחת בפיונגיאנג, לראשונה זה 24 שנים.", "first-visit-since-2000"),
        ("Ông Putin hy vọng tổ chức hội nghị thượng đỉnh tiếp theo với ông Kim ở Moskva.", "invitation-to-moscow"),
        ("Putin disse que Moscou combate a política hegemônica dos Estados Unidos.", "western-hegemony"),
        ("Putin afirma que Moscovo combate a política hegemónica do Ocidente.", "western-hegemony"),
        ("Nga ủng hộ quyền chính đáng của Triều Tiên trong việc tăng cường quốc phòng.", "nk-right-to-self-defense"),
        ("普丁今天抵達平壤,睽違24年再度訪問北韓。", "first-visit-since-2000"),
        ("Il s'agit de son premier déplacement dans le pays en 24 ans.", "first-visit-since-2000"),
        ("Putin criticó la práctica de usar las sanciones como herramienta de dominación.", "western-hegemony"),
        ("Putin said the West uses sanctions as a tool of domination.", "western-hegemony"),
        ("פוטין וקים חתמו על אמנת שותפות אסטרטגית מקיפה.", "treaty-signed"),
        ("האמנה מחייבת סיוע הדדי במקרה של תוקפנות נגד אחד הצדדים.", "mutual-assistance"),
    ],
)
def test_other_wordings(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text, fact",
    [
        # sovereignty ("chủ quyền") is no right ("quyền") of North Korea's
        ("Triều Tiên ủng hộ Nga trong việc bảo vệ chủ quyền và toàn vẹn lãnh thổ.", "nk-right-to-self-defense"),
        # an intention to sign is a plan
        ("O Kremlin publicou um documento que confirma a intenção da Rússia de assinar um tratado com Pyongyang.", "treaty-signed"),
        ("The Kremlin confirmed its intention to sign a partnership treaty with Pyongyang.", "treaty-signed"),
        ("Un nouvel accord de partenariat doit, entre autres, être signé entre les deux dirigeants.", "treaty-signed"),
        ("普京已同意與北韓簽署全面戰略伙伴關係條約。", "treaty-signed"),
        ("מוסקבה מעוניינת לחתום על אמנת שותפות אסטרטגית מקיפה עם פיונגיאנג.", "treaty-signed"),
        ("Il trattato è stato ratificato sotto forma di un decreto firmato da Kim a novembre.", "treaty-signed"),
        # "suggest*" asks for a next summit in Moscow, not reports beside an accusation
        ("Kyiv accused Pyongyang of supplying shells to Moscow, and reports have suggested more.", "invitation-to-moscow"),
    ],
)
def test_other_look_alikes(text, fact):
    assert fact not in facts(text)
