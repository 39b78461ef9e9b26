"""A sentence's full stop with the next sentence glued on, its space lost when the page was saved ("…una conferenza
stampa.La delegazione …", "…in June 2024.The chairman …"), is two sentences, so an event or a fact shows one sentence,
not three; a name written with a stop inside it ("Report.Az", "Gazeta.Ru", "Mr.Smith") and a web address stay whole.
Cases written for these tests."""

from __future__ import annotations

import pytest

from generator.text import sentences


@pytest.mark.parametrize("paragraph, expected", [
    ("La visita si chiuderà con una conferenza stampa.La delegazione del porto comprende tre sindaci.",
     ["La visita si chiuderà con una conferenza stampa.", "La delegazione del porto comprende tre sindaci."]),
    ("The pact was signed in June 2024.The committee chairman praised it.",
     ["The pact was signed in June 2024.", "The committee chairman praised it."]),
    ("Паром уйдёт в понедельник.Билеты продают онлайн.", ["Паром уйдёт в понедельник.", "Билеты продают онлайн."]),
])
def test_sentences_glued_at_a_full_stop_are_parted(paragraph, expected):
    assert sentences(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "Report.Az and Gazeta.Ru carried the harbour story on Tuesday.",
    "Mr.Smith met the mayor at the harbour.",
    "The schedule is on www.Harbour.com for all fishermen.",
    "The ferry carries 3.5 tonnes of fish a day.",
    # abbreviations glued to the word after them, and a site's address in lower case
    "Паром стоит у наб.Фонтанки, рядом с просп.Мира.", "Встреча с тов.Ким прошла в порту.", "Siehe vgl.Die Hafenordnung.",
    "Il sig.Rossi guida il porto.", "Как сообщает vesti.Ru, паром ушёл.",
])
def test_names_and_addresses_with_a_stop_inside_stay_one_sentence(paragraph):
    assert sentences(paragraph) == [paragraph]
