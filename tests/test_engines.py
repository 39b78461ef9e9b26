"""Two engines, one site: MkDocs 1.6 and ProperDocs (its continuation, a drop-in that reads mkdocs.yml and runs
Material and our hooks unchanged) build the same docs/ into the same bytes, but for the generator tag.

ProperDocs is in the test extra (pyproject.toml) beside MkDocs: installing it changes nothing for `mkdocs`; only
its own command (and `import properdocs.replacement`) sends `mkdocs.*` imports to `properdocs.*`. So each engine
runs in its own process, started as a reader would start it.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import build
from tests.conftest import make_project

GENERATOR_TAG = re.compile(rb'<meta name="generator" content="([^"]*)">')
BRIEFING = [sys.executable, "-m", "generator"]


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _run(command: list[str], cwd: Path) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"


def _engines_of(files: dict[str, bytes]) -> set[bytes]:
    return {m for body in files.values() for m in GENERATOR_TAG.findall(body)}


def _without_engine(files: dict[str, bytes]) -> dict[str, bytes]:
    return {path: GENERATOR_TAG.sub(b"", body) for path, body in files.items()}


@pytest.fixture(scope="module")
def seeds_docs(tmp_path_factory) -> Path:
    """The seeds' project with docs/ written (as `briefing build` leaves it), no site yet."""
    assert importlib.util.find_spec("properdocs"), "ProperDocs is in the test extra: pip install -e '.[test]'"
    project = make_project(tmp_path_factory.mktemp("engines"))
    build.generate(project)
    return project.root


@pytest.fixture(scope="module")
def plain_sites(seeds_docs: Path) -> dict[str, dict[str, bytes]]:
    """`mkdocs build --strict` and `properdocs build --strict` of the same docs/."""
    sites = {}
    for engine in ("mkdocs", "properdocs"):
        target = seeds_docs / f"site-{engine}"
        _run([sys.executable, "-m", engine, "build", "--strict", "-q", "-d", str(target)], seeds_docs)
        sites[engine] = _files(target)
    return sites


def test_both_engines_build_every_page(plain_sites, seeds_docs):
    pages = len(list((seeds_docs / "docs").rglob("*.md")))
    for files in plain_sites.values():
        assert sum(path.endswith("index.html") for path in files) == pages
        assert "404.html" in files and "sitemap.xml" in files


def test_each_engine_names_itself_in_the_generator_tag(plain_sites):
    (mkdocs,) = _engines_of(plain_sites["mkdocs"])
    assert mkdocs.startswith(b"mkdocs-1.6.")
    (proper,) = _engines_of(plain_sites["properdocs"])  # so ProperDocs, not MkDocs under its name, built it
    assert proper.startswith(b"mkdocs-ProperDocs 1.")


def test_both_engines_write_the_same_bytes_but_the_generator_tag(plain_sites):
    mkdocs, proper = (_without_engine(plain_sites[e]) for e in ("mkdocs", "properdocs"))
    assert sorted(mkdocs) == sorted(proper)
    assert [path for path in mkdocs if mkdocs[path] != proper[path]] == []


def test_our_hooks_run_under_properdocs(plain_sites):
    """The menu comes from generator/publish/mkdocs_hooks.py (on_config) in its order, Articles and People included
    (without the hook, not_in_nav's /articles/*.md would leave out articles/index.md too)."""
    sections = ["Briefing", "Topics", "Articles", "People", "Fact ledger", "Timeline", "Quotes", "Sources", "Build report"]
    home = plain_sites["properdocs"]["index.html"].decode("utf-8")
    menu = re.findall(r'class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*([^<]*?)\s*<', home)
    assert list(dict.fromkeys(title for title in menu if title in sections)) == sections


@pytest.fixture(scope="module")
def briefing_sites(seeds_docs: Path, tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """`briefing build` (the Incremental plugin, Pagefind) on MkDocs and on ProperDocs, each from a copy of
    the project with its docs/ already written."""
    commands = {
        "mkdocs": [*BRIEFING, "build"],
        "properdocs": [*BRIEFING, "--engine", "properdocs", "build"],
    }
    sites = {}
    for engine, command in commands.items():
        project = tmp_path_factory.mktemp("briefing") / engine
        shutil.copytree(seeds_docs, project, ignore=shutil.ignore_patterns("site-*"))
        _run(command, project)
        sites[engine] = _files(project / "site")
    return sites


def test_briefing_build_gives_the_same_site_on_properdocs(briefing_sites):
    mkdocs, proper = (_without_engine(briefing_sites[e]) for e in ("mkdocs", "properdocs"))
    (tag,) = _engines_of(briefing_sites["properdocs"])
    assert tag.startswith(b"mkdocs-ProperDocs 1.")
    assert any(path.startswith("pagefind/") for path in proper)
    assert sorted(mkdocs) == sorted(proper)
    assert [path for path in mkdocs if mkdocs[path] != proper[path]] == []


def test_briefing_strict_build_runs_on_properdocs_and_a_change_of_engine_renders_every_page(seeds_docs, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(seeds_docs, project, ignore=shutil.ignore_patterns("site-*"))
    done = subprocess.run([*BRIEFING, "--engine", "properdocs", "--strict", "build"], cwd=project,
                          capture_output=True, text=True)
    assert "MkDocs build failed" not in done.stderr + done.stdout and (project / "site" / "index.html").is_file()
    assert all(tag.startswith(b"mkdocs-ProperDocs 1.") for tag in _engines_of(_files(project / "site")))
    _run([*BRIEFING, "build"], project)  # the same inputs on the other engine: no page is kept from the first
    assert all(tag.startswith(b"mkdocs-1.") for tag in _engines_of(_files(project / "site")))
