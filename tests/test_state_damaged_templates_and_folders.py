"""Damaged state in `.briefing/` is discarded and made again, also where it is not JSON.

Jinja's compiled templates (`.briefing/templates/`) are pickle and marshal data: an entry cut short after
its header raised from inside Jinja, and every build ended with "MkDocs build failed" until someone removed
the folder. A file in the place of a state folder (`.briefing/templates`, `.briefing/store`, a kind of the
store) ended every build the same way ("File exists", "Not a directory").
"""

from __future__ import annotations

import logging
import shutil

import jinja2
import jinja2.bccache
import pytest

from generator import build, cache
from tests.conftest import STORY_SEEDS, make_project

SEEDS = sorted(STORY_SEEDS.iterdir())[:2]


def _site(project) -> dict[str, bytes]:
    return {p.relative_to(project.site).as_posix(): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}


def _cut_short(project) -> None:
    for entry in (project.state / "templates").glob("*.cache"):
        entry.write_bytes(jinja2.bccache.bc_magic + b"\x80\x04cut")


def _garbage(project) -> None:
    for entry in (project.state / "templates").glob("*.cache"):
        entry.write_bytes(jinja2.bccache.bc_magic + bytes(range(256)))


def _file_for(folder: str):
    def damage(project) -> None:
        shutil.rmtree(project.state / folder)
        (project.state / folder).write_text("not a folder", "utf-8")
    return damage


@pytest.mark.parametrize("damage", [_cut_short, _garbage, _file_for("templates"), _file_for("store"),
                                    _file_for("store/article")],
                         ids=["templates cut short", "templates of garbage", "templates a file", "store a file",
                              "a kind of the store a file"])
def test_damaged_state_is_discarded_and_the_build_goes_on(tmp_path, damage):
    project = make_project(tmp_path, seeds=SEEDS)
    build.build(project)
    published = _site(project)["briefing.json"]
    assert list((project.state / "templates").glob("*.cache"))
    damage(project)
    (project.seeds / "rail.txt").write_text(  # a new article: the build renders its pages again
        "Rail link talks in Khasan\nJune 23, 2024\n\nRussian and North Korean rail officials met in Khasan on "
        "Sunday to discuss freight across the Friendship Bridge over the Tumen river.\n", "utf-8")
    build.build(project)  # (each damaged part is named in a warning: "…; discarded, it is made again")
    assert _site(project)["briefing.json"] != published  # the new site, with the new article
    assert "Rail link talks in Khasan" in (project.site / "articles" / "index.html").read_text("utf-8")
    assert (project.state / "templates").is_dir() and (project.state / "store" / "article").is_dir()
    assert list((project.state / "templates").glob("*.cache")) and list((project.state / "store" / "article").glob("*/*.json"))
    build.build(project)  # and the next build is a normal one


def test_a_compiled_template_jinja_cannot_load_is_named_and_compiled_again(tmp_path, caplog):
    folder = tmp_path / "templates"
    loader = jinja2.DictLoader({"page.md": "# {{ title }}"})
    jinja2.Environment(loader=loader, bytecode_cache=cache.template_cache(folder)).get_template("page.md")
    (entry,) = folder.glob("*.cache")
    entry.write_bytes(jinja2.bccache.bc_magic + b"\x80\x04cut")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        fresh = jinja2.Environment(loader=loader, bytecode_cache=cache.template_cache(folder))
        assert fresh.get_template("page.md").render(title="Treaty") == "# Treaty"
    assert f"warning {entry}: not a compiled template Jinja can load; discarded" in caplog.text


def test_a_file_in_the_place_of_a_state_folder_is_named_and_the_folder_made(tmp_path, caplog):
    state = tmp_path / ".briefing"
    state.mkdir()
    (state / "store").write_text("not a folder", "utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        cache.Store(state).write("article", "ab" * 32, b"{}")
    assert (state / "store" / "article" / "ab").is_dir()
    assert f"warning {state / 'store'}: a file, not a folder; discarded" in caplog.text
