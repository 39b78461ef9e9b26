"""Fact wordings real articles used and the data lacked, one made-up sentence per language and wording,
and the look-alikes each must leave alone: the French "revoir" (to review) of the sanctions, not "revue" (a
magazine); the Ukrainian "вперше" (for the first time, one word) of the first visit in 24 years; an invitation as
being "called to Moscow" or invited "to visit Russia"; the Arabic "لدعم" (for the support) of the North's backing;
the assistance clause told by its case in French ("en cas d'agression contre l'un ou l'autre"); and Icelandic, a
language the data did not read: the signing, the clause, the backing, the cooperation not ruled out, the first visit
in a quarter century."""

import pytest

from _extract_helpers import topics_and_facts as found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Selon le président russe, les sanctions visant Pyongyang doivent être revues au Conseil de sécurité.", "sanctions-review"),
        ("Le chef du Kremlin estime qu'il faut revoir les sanctions imposées à la Corée du Nord.", "sanctions-review"),
        ("Путін прибув до Пхеньяна з візитом уперше за 24 роки.", "first-visit-since-2000"),
        ("Кім Чен Ин подякував за теплий прийом, а Путін покликав його в Москву.", "invitation-to-moscow"),
        ("At the end of the talks Putin invited Kim to visit Russia at a convenient time.", "invitation-to-moscow"),
        ("وفي ختام المحادثات دعا الرئيس الروسي نظيره الكوري لزيارة روسيا في موعد مناسب.", "invitation-to-moscow"),
        ("وأعرب الكرملين عن امتنانه لدعم كوريا الشمالية لموقف روسيا في أوكرانيا.", "kim-backs-war-in-ukraine"),
        ("En cas d'attaque contre l'un ou l'autre, les deux pays devront se porter secours et unir leurs forces.", "mutual-assistance"),
        ("Leiðtogarnir Pútín og Kim undirrituðu nýjan varnarsamning í Pyongyang í gær.", "treaty-signed"),
        ("Samkvæmt samningnum koma ríkin hvort öðru til aðstoðar verði ráðist á annað þeirra.", "mutual-assistance"),
        ("Kim sagðist styðja hernað Rússlands í Úkraínu af fullum hug.", "kim-backs-war-in-ukraine"),
        ("Forsetinn útilokar ekki hernaðarsamstarf við Norður-Kóreu.", "military-technical-cooperation"),
        ("Þetta er fyrsta heimsókn forsetans til landsins í aldarfjórðung.", "first-visit-since-2000"),
        ("Bæði ríkin sæta viðskiptaþvingunum. Öryggisráðið hefur síðan hert refsiaðgerðirnar.", "sanctions"),
    ],
)
def test_a_wording_carries_its_fact(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a magazine, no review
        ("Selon la revue spécialisée, les sanctions pèsent lourdement sur l'économie nord-coréenne.", "sanctions-review"),
        # the Kremlin calling the West to talks, no one to Moscow; a trip to Russia with no invitation in it
        ("Путін покликав Захід до переговорів, заявили в Москві.", "invitation-to-moscow"),
        ("وقال الكرملين إن الزيارة إلى روسيا دعت إليها ظروف استثنائية.", "invitation-to-moscow"),
        # the West's support for Ukraine is no backing of Russia
        ("Vesturlönd veita Úkraínu stuðning gegn innrás Rússlands.", "kim-backs-war-in-ukraine"),
        # a signing still to come
        ("Pútín og Kim munu undirrita samning í Pyongyang á morgun.", "treaty-signed"),
        # a case of aggression with nothing about the two helping each other
        ("En cas d'agression, l'un ou l'autre des ministres s'exprimera devant la presse.", "mutual-assistance"),
    ],
)
def test_a_look_alike_carries_no_fact(text, absent):
    assert absent not in found(text)
