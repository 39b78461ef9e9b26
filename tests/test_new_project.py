"""`briefing new DIR`: a project for a new story that builds as it is, from the package's own files."""

from __future__ import annotations

import fnmatch
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from click.testing import CliRunner

import generator
from generator import new_project
from generator.cli import main
from tests.conftest import ROOT

CODE = Path(generator.__file__).resolve().parent.parent  # the code under test, for the commands run in a new project


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The command as an analyst runs it in the project's folder, with this code (not the installed one)."""
    env = {**os.environ, "PYTHONPATH": str(CODE)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_a_new_project_builds_a_site_of_its_example_article_which_its_data_matches(tmp_path):
    target = tmp_path / "story"
    made = briefing("new", str(target), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    lines = made.stdout.splitlines()
    assert lines[0] == f"made a new briefing project in {target}:"
    assert lines[-1] == f"next: cd {target} && briefing build"
    assert sorted(p.name for p in target.iterdir()) == [
        ".gitignore", "briefing_hooks.py", "data", "docs", "mkdocs.yml", "overrides", "seeds",
    ]
    assert not any(p.is_symlink() for p in target.rglob("*"))  # files of its own, not links into the package

    built = briefing("build", cwd=target)
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("1 articles, 0 duplicates, 0 refused, 1 warnings")  # no site_url yet
    document = json.loads((target / "site" / "briefing.json").read_text("utf-8"))
    [article] = document["articles"]
    assert article["title"] == "Northport and Southbay sign Ardent River water accord"
    assert article["outlet"] == "Example Gazette"
    assert article["topics"] == ["water-sharing", "funding"]
    assert article["quotes"][0]["speaker"] == "Maria Lind"
    page = target / "site" / article["path"] / "index.html"
    html = page.read_text("utf-8")
    assert "<title>Northport and Southbay sign Ardent River water accord - Ardent River briefing</title>" in html
    assert 'assets/briefing.css' in html and 'data-pagefind-body' in html  # the assets and the theme's overrides
    assert (target / "site" / "topics" / "water-sharing" / "index.html").is_file()
    assert list((target / "site" / "pagefind").iterdir())

    checked = briefing("check-data", cwd=target)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.splitlines()[-1] == "0 errors, 0 of 5 entries matched no article (1 article read)"


def test_new_refuses_a_folder_that_is_not_empty_in_one_line_and_writes_nothing(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    result = CliRunner().invoke(main, ["new", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output == f"briefing new: {tmp_path} exists and is not empty: nothing was made (give a new or empty folder)\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    (tmp_path / "file").write_text("", "utf-8")
    assert CliRunner().invoke(main, ["new", str(tmp_path / "file")]).exit_code == 2


def test_new_fills_an_empty_folder(tmp_path):
    result = CliRunner().invoke(main, ["new", str(tmp_path)])
    assert result.exit_code == 0, result.output
    settings = (tmp_path / "mkdocs.yml").read_text("utf-8")
    assert "generator/publish" not in settings.replace("(generator/publish/mkdocs_hooks.py)", "")
    assert f"  - {new_project.HOOKS_FILE}  #" in settings
    assert (tmp_path / "docs" / "assets" / "briefing.css").read_bytes() == (ROOT / "docs" / "assets" / "briefing.css").read_bytes()
    assert (tmp_path / "overrides" / "main.html").read_bytes() == (ROOT / "overrides" / "main.html").read_bytes()


def test_the_skeleton_is_the_repositorys_own_files_and_all_of_it_is_package_data():
    """One copy of mkdocs.yml, the overrides and the assets (links here, files in an installed package); and
    every file `new` copies is listed in pyproject.toml's package data, so an install that is not editable
    has it too."""
    skeleton = new_project.SKELETON
    assert (skeleton / "mkdocs.yml").resolve() == ROOT / "mkdocs.yml"
    assert (skeleton / "overrides").resolve() == ROOT / "overrides"
    assert (skeleton / "assets").resolve() == ROOT / "docs" / "assets"
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]["generator"]
    package = skeleton.parent
    files = [Path(folder, name) for folder, _, names in os.walk(skeleton, followlinks=True) for name in names]
    assert len(files) > 20
    for path in files:
        relative = path.relative_to(package).as_posix()
        # setuptools' "*" does not cross a "/": fnmatch's does, so the parts are compared one by one
        assert any(_matches(relative, pattern) for pattern in patterns), relative


def _matches(path: str, pattern: str) -> bool:
    parts, wanted = path.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(fnmatch.fnmatchcase(p, w) for p, w in zip(parts, wanted))
