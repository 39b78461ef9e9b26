"""A story data file of a shape the code cannot read: one line naming the file (and the entry), never a
traceback, never every article refused, never the published site lost.

Found by an adversarial run: a fact without an id refused every article (the message blamed seeds/), a topic
without a title, an outlet's `aliases: 5` or a person named 12 ended the build in a traceback, and check-data
crashed on the first of them. Now knowledge.load checks the shapes once (extract/story_shapes.py): an entry
the code cannot use is left out, named among the build's warnings and by check-data (both fail on it:
--strict, exit status 1); a file that cannot be used at all refuses the build before anything is written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import new_project
from generator.cli import main

# (file, its text, the line's start after "data/<file>: ")
LEFT_OUT = {
    "fact without id": ("facts.yml", "facts:\n  - title: A\n    patterns: {en: [[signed]]}\n", "fact #1: no 'id'"),
    "fact without title": ("facts.yml", "facts:\n  - id: a\n    patterns: {en: [[signed]]}\n", "fact 'a': no 'title'"),
    "fact patterns a list": ("facts.yml", "facts:\n  - {id: a, title: A, patterns: [[signed]]}\n", "fact 'a': patterns is"),
    "fact conflict without label": (
        "facts.yml", "facts:\n  - {id: a, title: A, conflicts: [{phrases: [x]}]}\n", "fact 'a', conflict #1: no 'label'"),
    "event without key": ("events.yml", "events:\n  - {title: T, date: '2025-03-14'}\n", "event #1: no 'key'"),
    "event without date": ("events.yml", "events:\n  - {key: k, title: T}\n", "event 'k': no 'date'"),
    "event without title": ("events.yml", "events:\n  - {key: k, date: '2025-03-14'}\n", "event 'k': no 'title'"),
    "event phrases a number": ("events.yml", "events:\n  - {key: k, title: T, date: '2025', phrases: 5}\n",
                               "event 'k': phrases is"),
    "entity without name": ("entities.yml", "entities:\n  - {kind: person, roles: [Governor]}\n", "entity #1: no 'name'"),
    "entity named 12": ("entities.yml", "entities:\n  - name: 12\n", "entity '12': name is text, not the number 12"),
    "entity not a mapping": ("entities.yml", "entities:\n  - Maria Lind\n", "entity #1: is not a mapping"),
    "topic without title": ("topics.yml", "topics:\n  - slug: water-sharing\n  - {slug: funding, title: Funding}\n",
                            "topic 'water-sharing': no 'title'"),
    "topic without slug": ("topics.yml", "topics:\n  - title: W\n  - {slug: funding, title: Funding}\n", "topic #1: no 'slug'"),
    "topic slug a number": ("topics.yml", "topics:\n  - {slug: 5, title: [a, b]}\n  - {slug: funding, title: Funding}\n",
                            "topic '5': slug is text"),
    "topic min_sentences a word": ("topics.yml", "topics:\n  - {slug: funding, title: Funding, min_sentences: two}\n",
                                   "topic 'funding': min_sentences is a whole number"),
    "outlet aliases a number": ("outlets.yml", "outlets:\n  - {name: Example Gazette, aliases: 5}\n",
                                "outlet 'Example Gazette': aliases is"),
    "outlet without name": ("outlets.yml", "outlets:\n  - aliases: [X]\n", "outlet #1: no 'name'"),
}
REFUSED = {
    "events a number": ("events.yml", "events: 5\n", "'events' is a list of event entries"),
    "entities a word": ("entities.yml", "entities: nope\n", "'entities' is a list of entity entries"),
    "facts a mapping": ("facts.yml", "facts: {a: 1}\n", "'facts' is a list of fact entries"),
    "topics a word": ("topics.yml", "topics: hello\n", "'topics' is a list of topic entries"),
    "topics a list of words": ("topics.yml", "topics: [hello]\n", "no topics defined that the build can use"),
    "story site_name a list": ("story.yml", "site_name: [a, b]\ntitle: T\n", "site_name is text"),
    "story title a mapping": ("story.yml", "site_name: S\ntitle: {x: 1}\n", "title is text"),
    "furniture pattern that does not compile": ("furniture.yml", 'drop: ["^Read (more"]\n', "drop: '^Read (more' does not compile"),
}


def run(root: Path, *args: str):
    result = CliRunner().invoke(main, ["--root", str(root), *args])
    assert "Traceback" not in result.output and not isinstance(result.exception, (KeyError, TypeError, AttributeError))
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A new project (its example article and data), built: a published site a mistake must not touch."""
    root = tmp_path_factory.mktemp("shapes") / "story"
    new_project.make(root)
    assert run(root, "build").exit_code == 0
    return root


def copy(built: Path, tmp_path: Path, file: str, text: str) -> Path:
    root = tmp_path / "story"
    shutil.copytree(built, root, symlinks=True)
    (root / "data" / file).write_text(text, "utf-8")
    return root


def site(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", sorted(LEFT_OUT))
def test_an_entry_the_code_cannot_use_is_left_out_and_named(built, tmp_path, case):
    file, text, where = LEFT_OUT[case]
    root = copy(built, tmp_path, file, text)
    result = run(root, "generate")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith(f"warning data/{file}: {where}")]
    assert len(lines) == 1, result.output
    assert "refused" not in result.output.split("\n")[-2] or " 0 refused" in result.output  # the article is kept
    assert "1 articles" in result.output
    report = run(root, "check-data")
    assert report.exit_code == 1
    assert any(line.startswith(f"error     data/{file}: {where}") for line in report.output.splitlines()), report.output
    assert "1 article read" in report.output
    assert run(root, "--strict", "generate").exit_code == 1


def test_a_topic_left_out_builds_the_site_without_it(built, tmp_path):
    file, text, where = LEFT_OUT["topic without title"]
    root = copy(built, tmp_path, file, text)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert f"warning data/{file}: {where}: every topic needs one; the build leaves this topic out" in result.output.splitlines()
    assert (root / "site" / "topics" / "funding" / "index.html").is_file()
    assert not (root / "site" / "topics" / "water-sharing").exists()
    assert "no &#x27;title&#x27;" in (root / "docs" / "report.md").read_text("utf-8").split("## Story data")[1]


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_file_that_cannot_be_used_refuses_the_build_and_keeps_the_site(built, tmp_path, case):
    file, text, message = REFUSED[case]
    root = copy(built, tmp_path, file, text)
    before = site(root)
    result = run(root, "build")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [line for line in result.output.strip().splitlines()
                                                  if line.startswith(f"Error: {root / 'data' / file}: {message}")]
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert site(root) == before
    report = run(root, "check-data")
    assert report.exit_code == 1
    assert any(line.startswith(f"error     data/{file}: ") for line in report.output.splitlines()), report.output
