"""A --site that names a folder inside the published site is a mistake, never a site to replace.

Each section of a built site (site/articles/, site/quotes/, site/topics/<slug>/) holds an index.html, so the
check "holds files but no site" took `--site site/articles` (a path typed one level too deep) for a site
and replaced the folder: every published article page was gone from /articles/<slug>/.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator import build, cli
from tests.conftest import STORY_SEEDS, make_project


@pytest.mark.parametrize("inside", ["articles", "quotes", "assets/stylesheets"])
def test_a_site_folder_inside_the_published_site_is_refused(tmp_path, inside):
    project = make_project(tmp_path, seeds=sorted(STORY_SEEDS.iterdir())[:1])
    build.build(project)
    (project.site / "assets" / "stylesheets" / "index.html").write_text("<p>a page of its own</p>", "utf-8")
    before = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    target = project.site / inside
    assert (target / "index.html").is_file()
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "build", "--site", str(target)])
    assert result.exit_code == 1 and "nothing was built" in result.output and "inside" in result.output, result.output
    after = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    assert after == before
