"""People no story file lists are found whatever Latin letters their names are written in ("Sauli Niinistö",
"Viktor Orbán", "François Hollande"), after the speech verbs of German and French as after English ones, and
a German compound title before a name is a role, not part of the name. Read with a story that lists nobody
(only the tool's language data); sentences written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from generator.extract import knowledge
from generator.extract.mentions import find_people
from generator.extract.quotes import find_quotes

from _extract_helpers import paras


@lru_cache(maxsize=1)
def nobody_listed():
    import tempfile
    from pathlib import Path

    story = Path(tempfile.mkdtemp(prefix="story-"))
    (story / "topics.yml").write_text("topics:\n  - {slug: talks, title: Talks, phrases: {en: [talks]}}\n", "utf-8")
    return knowledge.load(story)


def people(text: str) -> list[str]:
    return [m.name for m in find_people(paras(text), nobody_listed())]


@pytest.mark.parametrize("text, name", [
    ("Sauli Niinistö said the talks had gone well.", "Sauli Niinistö"),
    ("Viktor Orbán said the talks had gone well.", "Viktor Orbán"),
    ("\"We are ready for the talks,\" said François Hollande, the former president.", "François Hollande"),
    ("The Hungarian prime minister, Viktor Orbán, said the talks had gone well.", "Viktor Orbán"),
    ("Jens Stoltenberg said the talks had gone well.", "Jens Stoltenberg"),
])
def test_an_unlisted_name_in_any_latin_letters_is_a_person(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("„Das ist ein wichtiger Schritt“, sagte Sauli Niinistö nach dem Treffen.", "Sauli Niinistö"),
    ("« C'est une étape importante », a déclaré François Hollande après la rencontre.", "François Hollande"),
    ("„Das ist ein wichtiger Schritt“, sagte Regierungssprecher Steffen Hebestreit am Montag.", "Steffen Hebestreit"),
    ("„Das ist ein wichtiger Schritt“, erklärte Außenministerin Annalena Baerbock in Berlin.", "Annalena Baerbock"),
])
def test_a_name_after_a_german_or_french_speech_verb_is_a_person_and_speaks(text, name):
    assert people(text) == [name]
    p = paras(text)
    assert [q.speaker for q in find_quotes(p, find_people(p, nobody_listed()), nobody_listed())] == [name]


def test_capitalised_german_nouns_before_a_verb_are_no_person():
    assert people("Die Bundesregierung sagte am Montag, das Auswärtige Amt erklärte dasselbe.") == []


@pytest.mark.parametrize("text, name", [
    ("Viktor Orbán traf am Dienstag den Kanzler.", "Viktor Orbán"),
    ("Ivan Šimonović arrived in Zagreb on Tuesday.", "Ivan Šimonović"),
])
def test_a_listed_given_name_before_a_surname_in_any_latin_letters_is_a_person(text, name):
    assert people(text) == [name]
