import pytest

from generator.entities import EntityIndex, find_mentions, find_people

from _extract_helpers import data, paras


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vladimir Putin arrived. Later Putin spoke.", {"Vladimir Putin": {"Vladimir Putin", "Putin"}}),
        ("Владимир Путин прибыл в Пхеньян. Путина встретили.", {"Vladimir Putin": {"Владимир Путин", "Путин"}}),
        ("블라디미르 푸틴 대통령이 평양에 도착했다. 푸틴은 김정은 위원장과 만났다.",
         {"Vladimir Putin": {"블라디미르 푸틴", "푸틴"}, "Kim Jong-un": {"김정은"}}),
        ("Kim Jong Un greeted him. Kim later smiled.", {"Kim Jong-un": {"Kim Jong Un", "Kim"}}),
        ("Ким Чен Ын встретил гостя.", {"Kim Jong-un": {"Ким Чен Ын"}}),
        ("Secretary of State Anthony Blinken met allies.", {"Antony Blinken": {"Anthony Blinken"}}),
    ],
)
def test_known_people_and_their_forms(text, expected):
    people = {m.name: set(m.forms) for m in find_people(paras(text), data())}
    assert people == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare "Kim" goes to the Kim named in full before it
        ("Kim Jong-il ruled until 2011. Kim built the army.", "Kim Jong-il"),
        # ... else to the declared default
        ("Kim spoke at length.", "Kim Jong-un"),
        ("Kim Jong-un spoke. His father Kim Jong-il was quoted. Later Kim Jong-un smiled and Kim waved.", "Kim Jong-un"),
        # ... but not across a long gap: then the default again
        ("The 1961 pact was signed by Kim Il Sung. " + "Much has changed since then in the region. " * 16
         + "Kim, for his part, pledged support.", "Kim Jong-un"),
    ],
)
def test_shared_surname_resolution(text, expected):
    index = EntityIndex.from_knowledge(data())
    spans = [s for p in index.annotate(paras(text)) for s in p if s.form == "Kim"]
    assert spans and spans[-1].name == expected


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("\"We are ready,\" said Park Min-soo, a senior analyst at the Asan Institute.", "Park Min-soo",
         "senior analyst at the Asan Institute"),
        ("Lee Hana, a professor at Seoul National University, said the deal was fragile.", "Lee Hana",
         "professor at Seoul National University"),
        ("EU foreign policy chief Maria Valdes said the pact was alarming.", "Maria Valdes",
         "EU foreign policy chief"),
        ("\"It is a turning point,\" Oliver Grant told reporters.", "Oliver Grant", None),
        ("The Polish foreign minister, Anna Nowak, said the pact was a threat.", "Anna Nowak", None),
        ("Putin was greeted by Deputy Prime Minister Tran Hong Ha.", "Tran Hong Ha", "Deputy Prime Minister"),
        ("Chief Cabinet Secretary Kenji Mori said Tokyo was concerned.", "Kenji Mori", None),
        ("Victor Cha of CSIS argued that the pact ends an era.", "Victor Cha", None),
        ("«Это шаг вперед», — заявил замминистра иностранных дел Андрей Руденко.", "Андрей Руденко", None),
    ],
)
def test_discovers_unknown_people(text, name, role):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert name in found and not found[name].known
    if role:
        assert role in found[name].roles


@pytest.mark.parametrize(
    "text, not_people",
    [
        ("The governor of Primorye Oleg Kozhemyako said the port was ready.", {"Primorye"}),
        ("Head of Roscosmos Yury Borisov said launches would continue.", {"Roscosmos"}),
        ("The leaders met at Kim Il Sung Square on Monday.", {"Kim Il Sung", "Kim Il Sung Square"}),
        ("In June Russian Railways said traffic grew.", {"Russian Railways", "June"}),
        ("North Korea said on Tuesday that Moscow Central said nothing.", {"North Korea", "Moscow Central"}),
    ],
)
def test_places_organisations_and_dates_are_never_people(text, not_people):
    names = {m.name for m in find_people(paras(text), data())}
    assert not names & not_people


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Russian President Vladimir Putin landed.", "Vladimir Putin", "Russian President"),
        ("Russian presidential aide Yury Ushakov briefed reporters.", "Yury Ushakov", "Russian presidential aide"),
        ("Sergey Lavrov, the foreign minister, sat nearby.", "Sergey Lavrov", "foreign minister"),
        ("Roscosmos chief Yury Borisov toured the site.", "Yury Borisov", "Roscosmos chief"),
    ],
)
def test_roles_before_and_after_names(text, name, role):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert role in found[name].roles


def test_organisations_are_mentions_but_not_people():
    mentions = find_mentions(paras("NATO and the Kremlin traded words, Tass reported."), data())
    assert {m.name for m in mentions} == {"NATO", "Kremlin", "TASS"}
    assert all(m.kind == "organisation" for m in mentions)
