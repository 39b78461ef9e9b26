"""`briefing add` never writes through a link, and copies the bytes it validated."""

from __future__ import annotations

import os
import threading

from click.testing import CliRunner

from generator.ingest import ingest
from generator.cli import main
from tests.conftest import STORY, STORY_SEEDS, make_project

SEED = STORY_SEEDS / "003_9e64af0b13b60c81.txt"


def _empty_project(tmp_path):
    (tmp_path / "p").mkdir()
    return make_project(tmp_path / "p", seeds=[])


def run(project, *args):
    return CliRunner().invoke(main, ["--root", str(project.root), *args], catch_exceptions=False)


def test_add_onto_a_dangling_link_in_seeds_writes_nothing_outside_the_project(tmp_path):
    project = _empty_project(tmp_path)
    outside = tmp_path / "outside" / "planted.txt"
    outside.parent.mkdir()
    os.symlink(outside, project.seeds / SEED.name)
    result = run(project, "add", str(SEED))
    assert result.exit_code == 0, result.output
    assert not outside.exists()
    assert os.path.islink(project.seeds / SEED.name)  # the link is left as it was
    [added] = [p for p in project.seeds.iterdir() if not p.is_symlink()]
    assert added.name.startswith(SEED.stem + "-") and added.read_bytes() == SEED.read_bytes()
    assert f"seeds/{added.name}" in result.output


def test_add_onto_a_link_to_a_file_outside_never_changes_that_file(tmp_path):
    project = _empty_project(tmp_path)
    outside = tmp_path / "outside.txt"
    outside.write_text("not yours", "utf-8")
    os.symlink(outside, project.seeds / SEED.name)
    result = run(project, "add", str(SEED))
    assert result.exit_code == 0, result.output
    assert outside.read_text("utf-8") == "not yours"
    assert "already in seeds" not in result.output


def test_add_when_the_name_and_the_second_name_are_taken_picks_a_third(tmp_path):
    project = _empty_project(tmp_path)
    (project.seeds / SEED.name).write_text("another article", "utf-8")
    document = ingest.read_path(SEED, STORY)
    os.symlink("nowhere", project.seeds / f"{SEED.stem}-{document.digest[:8]}{SEED.suffix}")
    result = run(project, "add", str(SEED))
    assert result.exit_code == 0, result.output
    third = project.seeds / f"{SEED.stem}-{document.digest[:8]}2{SEED.suffix}"
    assert third.read_bytes() == SEED.read_bytes()
    assert (project.seeds / SEED.name).read_text("utf-8") == "another article"


def test_add_copies_the_bytes_it_validated_not_a_second_read_of_the_file(tmp_path, monkeypatch):
    """A file changed after validation: what is added is what was checked."""
    project = _empty_project(tmp_path)
    source = tmp_path / "article.txt"
    source.write_bytes(SEED.read_bytes())
    real = ingest.read_named

    def validate_then_change(path, root):
        found = real(path, root)
        source.write_text("Changed after it was checked: not what was validated at all.", "utf-8")
        return found

    monkeypatch.setattr(ingest, "read_named", validate_then_change)
    result = run(project, "add", str(source))
    assert result.exit_code == 0, result.output
    assert (project.seeds / "article.txt").read_bytes() == SEED.read_bytes()


def test_add_of_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    project = _empty_project(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(run(project, "add", str(fifo))), daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # unblock the open so the test process can end, then fail
        with open(fifo, "wb"):
            pass
        worker.join(timeout=5)
    assert outcome, "add waited on the FIFO"
    assert outcome[0].exit_code == 1 and "not a file" in outcome[0].output
    assert list(project.seeds.iterdir()) == []


def test_add_names_a_file_with_a_control_character_escaped_and_refuses_it(tmp_path):
    project = _empty_project(tmp_path)
    odd = tmp_path / "two\nlines.txt"
    odd.write_bytes(SEED.read_bytes())
    result = run(project, "add", str(odd))
    assert result.exit_code == 1
    assert "two\\nlines.txt" in result.output and "two\nlines" not in result.output
    assert list(project.seeds.iterdir()) == []


def test_add_of_a_link_loop_is_refused_with_the_link_s_own_name(tmp_path):
    project = _empty_project(tmp_path)
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    result = run(project, "add", str(tmp_path / "a.txt"))
    assert result.exit_code == 1 and "symbolic link loop" in result.output and "a.txt" in result.output


def test_add_never_creates_the_seeds_folder_through_a_link_to_nothing(tmp_path):
    project = _empty_project(tmp_path)
    project.seeds.rmdir()
    elsewhere = tmp_path / "x" / "elsewhere" / "deep"
    os.symlink(elsewhere, project.root / "seeds")
    result = run(project, "add", str(SEED))
    assert result.exit_code == 1
    assert not (tmp_path / "x").exists()
    [line] = result.output.splitlines()
    assert "symbolic link to something that does not exist" in line and "nothing added" in line


def test_add_never_creates_a_seeds_folder_inside_a_link_to_nothing(tmp_path):
    project = _empty_project(tmp_path)
    os.symlink(tmp_path / "gone", project.root / "linked")
    result = CliRunner().invoke(
        main, ["--root", str(project.root), "--seeds", str(project.root / "linked" / "june"), "add", str(SEED)]
    )
    assert result.exit_code == 1
    assert not (tmp_path / "gone").exists()
    assert "(through " in result.output and "linked" in result.output


def test_add_into_a_seeds_folder_that_is_a_link_to_a_real_folder_still_works(tmp_path):
    project = _empty_project(tmp_path)
    project.seeds.rmdir()
    (tmp_path / "shared-seeds").mkdir()
    os.symlink(tmp_path / "shared-seeds", project.root / "seeds")
    result = run(project, "add", str(SEED))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "shared-seeds" / SEED.name).read_bytes() == SEED.read_bytes()


def test_add_of_a_hidden_file_adds_it_without_the_leading_dot_so_the_build_reads_it(tmp_path):
    project = _empty_project(tmp_path)
    hidden = tmp_path / ".hidden-note.txt"
    hidden.write_bytes(SEED.read_bytes())
    result = run(project, "add", str(hidden))
    assert result.exit_code == 0, result.output
    assert [p.name for p in project.seeds.iterdir()] == ["hidden-note.txt"]
    assert "seeds/hidden-note.txt" in result.output and "the build skips hidden files" in result.output
    files, rejections = ingest.scan(project.seeds, project.root)
    assert [f.source for f in files] == ["seeds/hidden-note.txt"] and rejections == ()
