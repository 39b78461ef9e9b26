"""`briefing check-data` and the build report's story data: keys no code reads, broken references, phrases and
patterns that cannot be used, and what each topic, fact, event and person matched."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator import build as pipeline
from generator import new_project
from generator.cli import main
from generator.collect import story_data
from generator.extract import story_keys
from generator.extract import extract, knowledge
from generator.ingest import ingest
from generator.model import Article
from tests.conftest import STORY, STORY_DATA, STORY_SEEDS


def run(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


def edit(path: Path, change) -> None:
    content = yaml.safe_load(path.read_text("utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A new project (its example article and data) given three mistakes and a topic no article matches."""
    root = tmp_path / "story"
    new_project.make(root)

    def topics(content):
        content["topics"][0]["phrasez"] = {"en": ["river"]}  # unknown key
        content["topics"].append({"slug": "bridges", "title": "Bridges", "phrases": {"en": ["suspension bridge"]}})

    def facts(content):
        content["facts"].append({"id": "bridge-opened", "title": "A bridge opened", "topics": ["tunnels"],
                                 "patterns": {"en": [["bridge", "opened"]]}})

    edit(root / "data" / "topics.yml", topics)
    edit(root / "data" / "facts.yml", facts)
    return root


def test_the_first_story_has_no_unknown_keys_and_no_broken_references():
    # (the project's own story is checked by tests/test_smoke_story.py, the second story's by its test)
    sections, unreadable = story_data.read_sections(STORY_DATA)
    assert unreadable == ()
    assert story_data.problems(sections, story_data.file_names(STORY_DATA)) == ()


def test_the_language_files_use_only_keys_the_code_reads():
    assert set(story_keys.TOP) == set(knowledge.DATA_FILES)  # every section the code reads has its known keys
    for name, section in knowledge.LANGUAGE_FILES.items():
        content = yaml.safe_load((knowledge.LANGUAGES / name).read_text("utf-8"))
        assert set(content) <= story_keys.TOP[section], (name, set(content) - story_keys.TOP[section])


class _Reading(dict):
    """A section (or an entry of one) that remembers which of its keys the code asks for."""

    def __init__(self, content: dict, path: str, asked: dict[str, set]):
        super().__init__({k: _reading(v, f"{path}.{k}", asked) for k, v in content.items()})
        self._path, self._asked = path, asked

    def _ask(self, key):
        self._asked.setdefault(self._path, set()).add(key)

    def get(self, key, default=None):
        self._ask(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self._ask(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._ask(key)
        return super().__contains__(key)


def _reading(value, path: str, asked: dict[str, set]):
    if isinstance(value, dict):
        return _Reading(value, path, asked)
    if isinstance(value, list):
        return [_reading(item, f"{path}[]", asked) for item in value]
    return value


def test_every_key_the_code_reads_while_building_the_seeds_is_a_known_key(known):
    """The tables of story_keys against the code: the seeds extracted, collected and rendered with sections
    that note every key asked for; each key asked at a section's top or of one of its entries is in them."""
    from generator.collect import collect
    from generator.render import render

    asked: dict[str, set] = {}
    raw = tuple((name, _reading(content, name, asked)) for name, content in known.raw)
    reading = dataclasses.replace(known, raw=raw, digest=f"{known.digest}-keys-asked")
    articles = []
    for path in sorted(STORY_SEEDS.iterdir()):
        article = extract.extract(ingest.read_path(path, STORY), reading)
        assert isinstance(article, Article)
        articles.append(article)
    list(render.render(collect.collect(tuple(articles), (), reading), reading))

    assert set(asked) >= {"topics.yml", "facts.yml", "events.yml", "entities.yml", "topics.yml.topics[]",
                          "facts.yml.facts[]", "events.yml.events[]", "entities.yml.entities[]"}
    for name, keys in story_keys.TOP.items():
        assert asked.get(name, set()) <= keys, (name, asked.get(name, set()) - keys)
    for (name, key), spec in story_keys.ENTRIES.items():
        assert asked.get(f"{name}.{key}[]", set()) <= spec.keys, (name, key, asked.get(f"{name}.{key}[]", set()) - spec.keys)
    for part, spec in story_keys.FACT_PARTS.items():
        assert asked.get(f"facts.yml.facts[].{part}[]", set()) <= spec.keys


def test_check_data_names_an_unknown_key_a_fact_of_a_missing_topic_and_a_topic_matching_nothing(story):
    result = run(story, "check-data")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert ("error     data/topics.yml: topic 'water-sharing': unknown key 'phrasez' (did you mean 'phrases'?)"
            in lines)
    assert ("error     data/facts.yml: fact 'bridge-opened': topics names topic 'tunnels', which topics.yml does not have"
            in lines)
    assert "unmatched data/topics.yml: topic 'bridges': matched no article" in lines
    assert "unmatched data/facts.yml: fact 'bridge-opened': matched no article" in lines
    assert "matched   data/topics.yml: topic 'water-sharing': 1 article" in lines
    assert "matched   data/entities.yml: person 'Maria Lind': 1 article" in lines
    assert lines[-1] == "2 errors, 2 of 7 entries matched no article (1 article read)"


def test_check_data_as_json(story):
    result = run(story, "check-data", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [(e["file"], e["kind"]) for e in report["errors"]] == [
        ("data/topics.yml", "unknown key"), ("data/facts.yml", "broken reference"),
    ]
    assert report["articles"] == 1
    assert {"kind": "topic", "name": "bridges"} in report["unmatched"]
    assert {"kind": "event", "name": "accord-signed-2025", "file": "data/events.yml", "articles": 1} in report["matches"]


def test_an_entry_matching_no_article_is_no_error(tmp_path):
    root = tmp_path / "story"
    new_project.make(root)
    edit(root / "data" / "events.yml", lambda c: c["events"].append(
        {"key": "flood-2024", "title": "The spring flood", "date": "2024-04", "phrases": ["flood"]}))
    result = run(root, "check-data")
    assert result.exit_code == 0, result.output
    assert "unmatched data/events.yml: event 'flood-2024': matched no article" in result.output.splitlines()


def test_what_cannot_be_used_is_named_and_a_story_that_does_not_load_is_still_checked(tmp_path):
    root = tmp_path / "story"
    new_project.make(root)
    (root / "data" / "furniture.yml").write_text('drop: ["^Read (more"]\n', "utf-8")
    (root / "data" / "topic.yml").write_text("topics: []\n", "utf-8")

    def topics(content):
        content["topics"][1]["phrases"]["en"].append({"budget": "cuts"})  # `- budget: cuts`, unquoted
        del content["topics"][1]["slug"]  # knowledge.load leaves this topic out

    def facts(content):
        content["facts"].append(dict(content["facts"][0]))  # the same id twice

    def events(content):
        content["events"][0]["date"] = "14 March 2025"

    edit(root / "data" / "topics.yml", topics)
    edit(root / "data" / "facts.yml", facts)
    edit(root / "data" / "events.yml", events)
    result = run(root, "check-data")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error")]
    assert errors == [
        "error     data/topic.yml: no code reads this file (did you mean 'topics.yml'?)",
        "error     data/topics.yml: topic #2: no 'slug': every topic needs one; the build leaves this topic out",
        "error     data/furniture.yml: drop: '^Read (more' does not compile: missing ), unterminated subpattern "
        "at position 6",
        "error     data/facts.yml: fact 'accord-signed': a second fact with id 'accord-signed'",
        "error     data/events.yml: event 'accord-signed-2025': date '14 March 2025' is not YYYY, YYYY-MM or "
        "YYYY-MM-DD (quote it)",
    ]
    # (the topic the build leaves out is not checked further: its phrase is named once it has a slug; the
    # pattern that does not compile still refuses the build)
    assert "articles not read: the data files cannot be used: the build is refused (the errors above)" in result.output


def test_the_build_warns_of_data_mistakes_fails_strict_and_reports_them_apart(story):
    result = run(story, "build")
    assert result.exit_code == 0, result.output
    assert ("warning data/topics.yml: topic 'water-sharing': unknown key 'phrasez' (did you mean 'phrases'?)"
            in result.output.splitlines())
    assert run(story, "--strict", "build").exit_code == 1

    report = (story / "docs" / "report.md").read_text("utf-8")
    warnings, data = report.split("## Story data")[0].split("## Warnings")[1], report.split("## Story data")[1]
    assert "phrasez" not in warnings and "data/topics\\.yml: topic &#x27;water\\-sharing&#x27;: unknown key &#x27;phrasez" in data
    assert "- Topics that matched no article: bridges\n" in data
    assert "- Facts that matched no article: bridge\\-opened\n" in data
    document = json.loads((story / "site" / "briefing.json").read_text("utf-8"))
    assert any(w["source"] == "data/facts.yml" for w in document["warnings"])


def test_data_values_on_the_report_are_escaped(tmp_path):
    root = tmp_path / "story"
    new_project.make(root)
    edit(root / "data" / "entities.yml", lambda c: c["entities"].append(
        {"name": "<img src=x onerror=alert(1)>", "kind": "person", "aliases": ["Nobody Here"], "<b>x</b>": 1}))
    assert run(root, "generate").exit_code == 0
    report = (root / "docs" / "report.md").read_text("utf-8")
    assert "<img" not in report and "<b>" not in report
    assert "&lt;img src=x onerror=alert\\(1\\)&gt;" in report
    assert "unknown key &#x27;&lt;b&gt;x&lt;/b&gt;&#x27;" in report


def test_counts_come_from_the_articles(project, known):
    briefing = pipeline.make_briefing(project, known)
    counts = {(c.kind, c.name): c.articles for c in story_data.matches(briefing.articles, known)}
    by_topic = {t.slug: len(t.articles) for t in briefing.topics}
    assert {slug: counts[("topic", slug)] for slug in by_topic} == by_topic
    assert {f.id: counts[("fact", f.id)] for f in briefing.facts} == {f.id: len(f.articles) for f in briefing.facts}
    assert counts[("person", "Vladimir Putin")] == len(briefing.articles)
    assert ("person", "Pyongyang") not in counts  # a place is no person (articles record only people)


def test_a_facts_refutations_are_checked_as_its_alternatives_are(tmp_path):
    root = tmp_path / "story"
    new_project.make(root)

    def facts(content):
        content["facts"][0]["refuted_by"] = [{"patterns": {"en": [["bridge", {"closed": "today"}]]}, "unles": {"en": ["not"]}}]

    edit(root / "data" / "facts.yml", facts)
    result = run(root, "check-data")
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error")]
    assert any("refutation #1" in line and "unknown key 'unles'" in line for line in errors), errors
    assert any("refutation #1" in line and "is a mapping, not a phrase" in line for line in errors), errors


def test_an_event_shown_by_a_fact_the_data_does_not_have_is_a_broken_reference(tmp_path):
    root = tmp_path / "story"
    new_project.make(root)
    edit(root / "data" / "events.yml", lambda c: c["events"].append(
        {"key": "flood-2024", "title": "The spring flood", "date": "2024-04", "phrases": ["flood"],
         "shown_by_facts": ["flood-reported"]}))
    result = run(root, "check-data")
    assert result.exit_code == 1, result.output
    assert any(line.startswith("error     data/events.yml: event 'flood-2024': shown_by_facts names fact 'flood-reported', "
                               "which facts.yml does not have") for line in result.output.splitlines()), result.output
