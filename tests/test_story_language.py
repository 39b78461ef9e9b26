"""A story.yml language Material has no labels for ("english", a typo) is named by check-data and leaves the
theme's language in place; it used to end every build with "'partials/languages/english.html' not found"."""

from __future__ import annotations

import yaml

from generator import build
from generator.collect import story_data
from tests.conftest import STORY_SEEDS, make_project


def _set_language(project, language: str) -> None:
    path = project.root / "data" / "story.yml"
    about = yaml.safe_load(path.read_text("utf-8"))
    path.write_text(yaml.safe_dump({**about, "language": language}, allow_unicode=True), "utf-8")


def test_a_language_without_labels_does_not_stop_the_build(tmp_path):
    project = make_project(tmp_path, seeds=sorted(STORY_SEEDS.iterdir())[:1])
    _set_language(project, "english")
    build.build(project)
    assert '<html lang="en"' in (project.site / "index.html").read_text("utf-8")


def test_check_data_names_a_language_without_labels():
    bad = story_data.problems({"story.yml": {"language": "english"}, "topics.yml": {"topics": [{"slug": "a"}]}})
    assert [(f.file, f.kind) for f in bad if "language" in f.message] == [("story.yml", "cannot be used")]
    for good in ("en", "ko", "pt-BR", "zh-Hant"):
        found = story_data.problems({"story.yml": {"language": good}, "topics.yml": {"topics": [{"slug": "a"}]}})
        assert not [f for f in found if "language" in f.message], good
    traversal = story_data.problems({"story.yml": {"language": "../../main"}})
    assert [f for f in traversal if "language" in f.message]
