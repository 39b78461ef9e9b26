"""A Russian name or phrase the data lists once, in the nominative, is found in the forms a text declines it in:
a listed multi-word alias ("Мария Захарова": "Марии Захаровой", "Государственная дума": "Государственной думой"),
and a short phrase of topics or facts with no noun to head it ("исторический", "не посещал", "заключенный
между"), with no "*" and no form listed by hand. Read with a story of our own; sentences written for these tests."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from generator.extract import knowledge
from generator.extract.mentions import find_mentions
from generator.extract.phrases import PhraseIndex
from generator.extract.topics import assign_topics

from _extract_helpers import paras

ENTITIES = """entities:
  - {name: Maria Zakharova, kind: person, aliases: [Maria Zakharova, Мария Захарова]}
  - {name: Sergei Shoigu, kind: person, aliases: [Sergei Shoigu, Сергей Шойгу]}
  - {name: State Duma, kind: organisation, aliases: [State Duma, Государственная дума]}
  - {name: Foreign Ministry, kind: organisation, aliases: [Foreign Ministry, Министерство иностранных дел]}
"""
TOPICS = """topics:
  - {slug: history, title: History, phrases: {ru: [исторический, не посещал]}}
"""


@lru_cache(maxsize=1)
def story():
    folder = Path(tempfile.mkdtemp(prefix="story-"))
    (folder / "entities.yml").write_text(ENTITIES, "utf-8")
    (folder / "topics.yml").write_text(TOPICS, "utf-8")
    return knowledge.load(folder)


def named(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.known) for m in find_mentions(paras(text), story())]


@pytest.mark.parametrize("text, name", [
    ("По словам Марии Захаровой, переговоры прошли успешно.", "Maria Zakharova"),
    ("Журналисты спросили Марию Захарову о переговорах.", "Maria Zakharova"),
    ("Переговоры с Сергеем Шойгу прошли в Москве.", "Sergei Shoigu"),
    ("Закон принят Государственной думой в среду.", "State Duma"),
    ("Представитель Министерства иностранных дел ответил журналистам.", "Foreign Ministry"),
    ("Мария Захарова ответила журналистам.", "Maria Zakharova"),
])
def test_a_listed_russian_alias_is_found_in_every_case(text, name):
    assert named(text) == [(name, True)]


@pytest.mark.parametrize("phrase, text", [
    ("исторический", "Стороны подписали историческое соглашение."),
    ("не посещал", "Она ранее не посещала Пхеньян."),
    ("заключенный между", "Договор, заключенного между странами, нет."),
    ("мирный и оборонительный", "Договор носит мирного и оборонительного характера."),
])
def test_a_russian_phrase_without_a_noun_matches_its_own_forms(phrase, text):
    assert PhraseIndex([phrase], forms=True).find(text) == {phrase}


def test_a_phrase_matches_no_other_word_that_only_begins_as_it_does():
    assert PhraseIndex(["исторический"], forms=True).find("Историчность договора спорна.") == frozenset()


def test_a_topic_phrase_listed_once_finds_its_declined_forms():
    hits = assign_topics(paras("Это историческое событие. Президент раньше не посещала страну."), story())
    assert [h.topic for h in hits] == ["history"]
