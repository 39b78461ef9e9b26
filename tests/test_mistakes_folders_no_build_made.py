"""A --site or --docs path typed wrong never replaces or writes over a folder no build made.

`--site` took any folder with an index.html for a site to replace: `--site /var/www/html` (a web server's
own start page beside everything it serves) was replaced whole by the briefing, nothing of it kept. `--docs`
wrote the start page over the index.md of any folder it named. A site a build published (its briefing.json)
or one a plain `mkdocs build` wrote, and a docs folder a build wrote (its manifest), are the build's to
replace, as the project's own folders are.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator import build, cli
from generator.publish import docs_folder
from tests.conftest import STORY_SEEDS, make_project

SEEDS = sorted(STORY_SEEDS.iterdir())[:1]


def _project(tmp_path):
    """A project in a folder of its own, so that the folders beside it lie outside it."""
    (tmp_path / "p").mkdir()
    return make_project(tmp_path / "p", seeds=SEEDS)


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _refused(project, option, folder) -> str:
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "build", option, str(folder)])
    assert result.exit_code == 1 and "nothing was built" in result.output, result.output
    return result.output


def test_a_web_servers_folder_with_an_index_html_is_not_replaced(tmp_path):
    project = _project(tmp_path)
    www = tmp_path / "www"
    (www / "blog").mkdir(parents=True)
    (www / "index.html").write_text("<h1>Our intranet</h1>", "utf-8")
    (www / "blog" / "post.html").write_text("<p>a post</p>", "utf-8")
    before = _files(www)
    assert "no site a build made" in _refused(project, "--site", www)
    assert _files(www) == before


def test_a_folder_of_markdown_no_build_wrote_is_not_written_over(tmp_path):
    project = _project(tmp_path)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "index.md").write_text("# My notes\n", "utf-8")
    (notes / "todo.md").write_text("- call Anna\n", "utf-8")
    before = _files(notes)
    assert "no build wrote" in _refused(project, "--docs", notes)
    assert _files(notes) == before


@pytest.mark.parametrize("made_by", ["briefing", "mkdocs"])
def test_a_site_a_build_or_mkdocs_made_elsewhere_is_replaced_again(tmp_path, made_by):
    project = _project(tmp_path)
    elsewhere = build.Project.at(project.root, site=tmp_path / "out", docs=tmp_path / "out-docs")
    build.build(elsewhere)
    if made_by == "mkdocs":  # as a plain `mkdocs build` leaves it: MkDocs' pages, no briefing.json
        (elsewhere.site / "briefing.json").unlink()
    (project.seeds / "second.txt").write_text(
        "Rail link talks in Khasan\nJune 23, 2024\n\nRussian and North Korean rail officials met in Khasan on "
        "Sunday to discuss freight across the Friendship Bridge over the Tumen river.\n", "utf-8")
    build.build(elsewhere)
    assert (elsewhere.site / "briefing.json").is_file() and (elsewhere.docs / docs_folder.MANIFEST).is_file()
    assert "Rail link talks in Khasan" in (elsewhere.site / "articles" / "index.html").read_text("utf-8")
