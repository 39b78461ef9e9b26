"""One person, one name across the briefing: the spellings and scripts articles give a person become the name
of their page everywhere it is written (people, quote speakers, delegates, briefing.json)."""

from __future__ import annotations

from generator.collect import collect
from generator.model import Article, Member, Mention, Quote
from tests._extract_helpers import data


def article(ident: str, people=(), quotes=(), roster=()) -> Article:
    return Article(id=ident, slug=ident, source=f"seeds/{ident}.txt", digest=ident, encoding="utf-8", title=ident,
                   outlet=None, author=None, published=None, language="en", paragraphs=(), people=people,
                   quotes=quotes, roster=roster)


def test_a_person_spelt_in_another_script_is_quoted_and_listed_under_one_name():
    russian = article("ru", people=(Mention("Мария Захарова", "person", ("Захарова",), known=False),),
                      quotes=(Quote("Это важный шаг для двух стран", "Мария Захарова", "p-1"),))
    korean = article("ko", quotes=(Quote("양국 관계의 새로운 단계입니다", "마리야 자하로바", "p-2"),))  # a speaker the people list missed
    english = article("en", people=(Mention("Maria Zakharova", "person", ("Zakharova",), known=False),),
                      quotes=(Quote("This is an important step for both countries", "Maria Zakharova", "p-3"),),
                      roster=(Member("Maria Zakharova", "Foreign Ministry spokeswoman", "p-3"),))
    renamed = {a.id: a for a in collect.one_name_each((russian, korean, english), data())}
    assert [m.name for m in renamed["ru"].people] == ["Maria Zakharova"]
    assert set(renamed["ru"].people[0].forms) == {"Захарова", "Мария Захарова"}  # the spellings seen are kept
    assert {q.speaker for a in renamed.values() for q in a.quotes} == {"Maria Zakharova"}
    assert renamed["en"] is english  # nothing to rename: the same article
    groups = collect.quote_groups.group_quotes(tuple((a.id, q) for a in renamed.values() for q in a.quotes))
    assert {g.speaker for g in groups} == {"Maria Zakharova"}


def test_two_spellings_in_one_article_are_one_mention_and_one_delegate():
    both = article("a", people=(Mention("Андрей Белоусов", "person", ("Белоусов",), roles=("defence minister",), known=False),
                                Mention("Andrei Belousov", "person", ("Belousov",), known=False),
                                Mention("KCNA", "organisation", ("KCNA",))),
                   roster=(Member("Андрей Белоусов", "Defence Minister", "p-1"), Member("Andrei Belousov", "Defence Minister", "p-2")))
    (renamed,) = collect.one_name_each((both,), data())
    persons = [m for m in renamed.people if m.kind == "person"]
    assert len(persons) == 1 and persons[0].name == "Andrey Belousov" and persons[0].roles == ("defence minister",)
    assert {"Андрей Белоусов", "Andrei Belousov", "Белоусов", "Belousov"} <= set(persons[0].forms)  # as data/entities.yml names him
    assert [d.name for d in renamed.roster] == ["Andrey Belousov"] and renamed.roster[0].anchor == "p-1"
    assert any(m.kind == "organisation" and m.name == "KCNA" for m in renamed.people)  # organisations untouched


def test_beside_the_data_s_roles_a_role_one_article_alone_gives_is_left_out():
    """A known person's page shows the roles data/entities.yml gives, and a role the articles give when two of them
    give it: one article's role beside the data's own is as likely its error ("DPRK Deputy Foreign Minister Kim
    Jong-un", Kim Jong Gyu meant) or a common noun ("dirigente") as news. A person the data gives no role keeps what
    one article says."""
    kim = ("Kim Jong-un", "person", ("Kim Jong-un",))
    # (one article giving the role twice, in its people and in its roster, is still one article)
    erring = article("a", people=(Mention(*kim, roles=("DPRK Deputy Foreign Minister",)),),
                     roster=(Member("Kim Jong-un", "DPRK Deputy Foreign Minister", "p-1"),))
    twice = [article(i, people=(Mention(*kim, roles=("General Secretary of the Workers' Party",)),)) for i in "bc"]
    unknown = [article(i, people=(Mention("Ri Chol Man", "person", ("Ri Chol Man",), roles=roles, known=False),))
               for i, roles in (("d", ("port director",)), ("e", ()))]
    people = {p.name: p for p in collect.people((erring, *twice, *unknown), data())}
    assert "DPRK Deputy Foreign Minister" not in people["Kim Jong-un"].roles
    assert "General Secretary of the Workers' Party" in people["Kim Jong-un"].roles
    assert people["Ri Chol Man"].roles == ("port director",)
