"""The thin command line: check, add, generate, --strict."""

from __future__ import annotations

import json

from click.testing import CliRunner

from generator.cli import main
from tests.conftest import FIXTURES, ROOT, STORY_SEEDS, make_project

INGEST = FIXTURES / "ingest"


def run(project, *args):
    return CliRunner().invoke(main, ["--root", str(project.root), *args], catch_exceptions=False)


def test_check_prints_extraction_as_json_and_builds_nothing(project):
    result = run(project, "check", str(STORY_SEEDS / "003_9e64af0b13b60c81.txt"))
    assert result.exit_code == 0
    [item] = json.loads(result.output)
    assert item["title"] == "Russia and North Korea sign mutual defense treaty"
    assert item["outlet"] == "NPR"
    assert "mutual-defense" in item["topics"]
    assert not project.site.exists()


def test_check_names_refused_files_and_exits_non_zero(project):
    result = run(project, "check", str(INGEST / "empty.txt"), str(INGEST / "binary_png_renamed.txt"))
    assert result.exit_code == 1
    items = json.loads(result.output)
    assert [bool(i.get("rejected")) for i in items] == [True, True]
    assert "empty" in items[0]["rejected"]


def test_add_copies_good_files_refuses_bad_ones_and_never_overwrites(project):
    seeds_before = {p.name: p.read_bytes() for p in project.seeds.iterdir()}
    result = run(project, "add", str(INGEST / "cp1252_smart_quotes.txt"), str(INGEST / "empty.txt"))
    assert result.exit_code == 1
    assert (project.seeds / "cp1252_smart_quotes.txt").read_bytes() == (INGEST / "cp1252_smart_quotes.txt").read_bytes()
    assert not (project.seeds / "empty.txt").exists()
    assert "refused" in result.output and "empty.txt" in result.output
    for name, data in seeds_before.items():
        assert (project.seeds / name).read_bytes() == data
    again = run(project, "add", str(INGEST / "cp1252_smart_quotes.txt"))
    assert again.exit_code == 0 and "already in seeds" in again.output


def test_generate_and_strict(tmp_path):
    project = make_project(tmp_path, seeds=[STORY_SEEDS / "001_c6501deb5c616518.txt", INGEST / "empty.txt"])
    result = run(project, "generate")
    assert result.exit_code == 0
    assert "refused seeds/empty.txt" in result.output
    assert (project.docs / "index.md").exists()
    strict = run(project, "--strict", "generate")
    assert strict.exit_code == 1


def test_the_command_ends_without_teardown_yet_says_everything_and_exits_with_the_right_code(tmp_path) -> None:
    """`python -m generator` (and `briefing`) run cli.run: os._exit after main, every output flushed first."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    def command(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)

    shown = command("--help")
    assert shown.returncode == 0 and "Turn a folder of news articles" in shown.stdout and "check" in shown.stdout
    wrong = command("nosuch")
    assert wrong.returncode == 2 and "No such command" in wrong.stderr
    project = make_project(tmp_path)
    checked = command("--root", str(project.root), "check", *(str(p) for p in sorted(project.seeds.iterdir())))
    assert checked.returncode == 0 and len(json.loads(checked.stdout)) == len(list(project.seeds.iterdir()))
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    refused = command("--root", str(project.root), "--strict", "check", str(empty))
    assert refused.returncode != 0
