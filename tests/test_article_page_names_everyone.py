"""An article's page names everyone the article names: a link for those with a page of their own (two articles or
more name them), the name alone for the others, so no one the article is about disappears from its page."""

from __future__ import annotations

from generator import build

from tests.conftest import make_project


def test_an_article_page_lists_people_without_a_page_of_their_own(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Putin meets Kim in Rajin\n\nVladimir Putin and Kim Jong-un met in Rajin. Sergei "
                                 "Lavrov attended the talks, and Yury Ushakov briefed reporters.\n")
    (seeds / "b.txt").write_text("Kim greets Putin at the port\n\nKim Jong-un welcomed Vladimir Putin to the port "
                                 "of Rajin.\n")
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", sorted(seeds.iterdir()))
    build.generate(project)
    page = next(p for p in (tmp_path / "project" / "docs" / "articles").glob("*.md") if "Lavrov" in p.read_text())
    line = next(l for l in page.read_text().splitlines() if l.startswith("- **People:**"))
    assert "[Vladimir Putin](../people/vladimir-putin.md)" in line
    assert "Sergey Lavrov" in line and "[Sergey Lavrov]" not in line  # named once: no page, still named
    assert "Yury Ushakov" in line
