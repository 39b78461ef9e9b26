"""A story is its data: what a story's files declare reaches the pages without code (roles of people, the
site's name, the roster only where a topic asks for one), and the tool's language data is the base every
story's files are laid over."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.collect import collect
from generator.extract import knowledge
from generator.extract.extract import extract
from generator.model import Article, Document, Mention

TOPICS = "topics:\n  - slug: trams\n    title: Trams\n    phrases: {en: [tram]}\n"


def story(tmp_path: Path, **files: str) -> knowledge.Knowledge:
    folder = tmp_path / "data"
    folder.mkdir()
    for name, text in {"topics.yml": TOPICS, **files}.items():
        (folder / name.replace("_", ".")).write_text(text, "utf-8")
    return knowledge.load(folder)


def article(ident: str, people=()) -> Article:
    return Article(id=ident, slug=ident, source=f"seeds/{ident}.txt", digest=ident, encoding="utf-8", title=ident,
                   outlet=None, author=None, published=None, language="en", paragraphs=(), people=people)


def test_a_role_the_story_declares_is_shown_when_the_articles_give_none(tmp_path):
    known = story(tmp_path, entities_yml="entities:\n  - name: Anna Berg\n    kind: person\n    roles: [Mayor of Lund]\n")
    named = Mention("Anna Berg", "person", ("Berg",), known=True)
    people = collect.people((article("a", (named,)), article("b", (named,))), known)
    assert [p.roles for p in people] == [("Mayor of Lund",)]


def test_declared_roles_come_first_and_the_articles_roles_follow_once(tmp_path):
    known = story(tmp_path, entities_yml="entities:\n  - name: Anna Berg\n    kind: person\n    roles: [Mayor of Lund]\n")
    named = Mention("Anna Berg", "person", (), ("mayor of lund", "city leader"), known=True)
    people = collect.people((article("a", (named,)), article("b", (named,))), known)
    assert people[0].roles == ("Mayor of Lund", "city leader")


def test_the_story_adds_to_the_languages_lists_and_keeps_them(tmp_path):
    known = story(tmp_path, head_yml="section_words:\n  en: [tram news]\n")
    words = known.section("head.yml")["section_words"]["en"]
    assert "tram news" in words and "world news" in words  # the story's entry and the language's own


ROSTER = "cues:\n  en: [accompanied]\nroles:\n  en: {transport minister: Transport Minister}\n"


def test_a_story_without_a_roster_topic_finds_no_roster(tmp_path):
    known = story(tmp_path, roster_yml=ROSTER)  # the cues are there, but no topic asks
    text = "Trams return\n\nThe mayor was accompanied by Transport Minister Anna Berg on the first tram."
    assert not known.wants("roster")
    assert extract(Document("seeds/a.txt", "a", "utf-8", "text", text), known).roster == ()


def test_a_roster_topic_finds_who_travelled(tmp_path):
    known = story(tmp_path, topics_yml=TOPICS + "    sections: {roster: Who travelled}\n", roster_yml=ROSTER)
    text = "Trams return\n\nThe mayor was accompanied by Transport Minister Anna Berg on the first tram."
    assert known.wants("roster") and known.topics[0].heading("roster") == "Who travelled"
    found = extract(Document("seeds/a.txt", "a", "utf-8", "text", text), known).roster
    assert [(m.name, m.role) for m in found] == [("Anna Berg", "Transport Minister")]


def test_an_unknown_section_kind_is_refused_naming_the_file(tmp_path):
    with pytest.raises(ValueError, match="topics.yml: unknown section 'gallery'"):
        story(tmp_path, topics_yml=TOPICS + "    sections: {gallery: Photos}\n")
