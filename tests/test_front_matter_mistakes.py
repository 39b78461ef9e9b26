"""Mistakes in an article's front matter and in --seeds, said in words a user understands (an adversarial run
found Python's own text, `not enough values to unpack (expected 3, got 2)`, and wrong-type values dropped
without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import new_project
from generator.cli import main

BODY = "Northport and Southbay signed the water accord today, officials said on the river bank.\n"


def run(root: Path, *args: str):
    result = CliRunner().invoke(main, ["--root", str(root), *args])
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "story"
    new_project.make(root)
    return root


def test_front_matter_never_closed_is_refused_with_a_reason(root):
    (root / "seeds" / "open.md").write_text("---\ntitle: Never closed\n\n" + BODY, "utf-8")
    result = run(root, "generate")
    assert result.exit_code == 0, result.output
    assert ("refused seeds/open.md: malformed front matter: it opens with '---' and is never closed (a line '---' "
            "after its 'key: value' lines)") in result.output.splitlines()
    assert "unpack" not in result.output


@pytest.mark.parametrize("field, value, kind", [
    ("title", "[a, b]", "a list"), ("date", "[2024, 6]", "a list"), ("author", "{n: 1}", "a mapping"),
    ("outlet", "[X, Y]", "a list"), ("language", "true", "yes/no"),
])
def test_a_declared_value_that_is_no_text_is_named(root, field, value, kind):
    (root / "seeds" / "typed.md").write_text(f"---\n{field}: {value}\n---\n\n" + BODY, "utf-8")
    result = run(root, "generate")
    assert result.exit_code == 0, result.output
    assert f"warning seeds/typed.md: declared {field} is not text ({kind}): not used" in result.output.splitlines()


def test_seeds_naming_a_file_says_it_is_a_file(root):
    seed = next((root / "seeds").iterdir())
    result = run(root, "--seeds", str(seed), "build")
    assert result.exit_code != 0
    assert f"{seed}: a file, not a folder of articles" in result.output
    assert "no such folder" not in result.output


@pytest.mark.parametrize("front", [
    "title: " + "[" * 50_000,  # YAML's C reader recursed once a level and overflowed the stack: the process died
    "title: x\ntags:\n" + "- " * 50_000 + "x",  # a list in a list in a list …, written on one line
    "title: " + "{a: " * 50_000,
])
def test_front_matter_nested_past_any_use_is_refused_not_a_crash(root, front):
    (root / "seeds" / "deep.md").write_text(f"---\n{front}\n---\n\n" + BODY, "utf-8")
    result = run(root, "generate")
    assert result.exit_code == 0, result.output
    assert "refused seeds/deep.md: malformed front matter: lists or mappings nested more than 100 deep" \
        in result.output.splitlines()


def test_front_matter_of_aliases_is_read_once_per_list():
    # 'a1: [*a0, *a0, …]' three levels over: every path through the shared lists is 100**3 lists, each read once
    from generator.ingest.declared_fields import unsafe_in

    level = ["\u202e"] + ["x"] * 99
    for _ in range(3):
        level = [level] * 100
    assert unsafe_in({"k": level}) == 1


def test_a_list_of_aliases_in_front_matter_is_read_in_one_pass(root):
    lines = ["title: Water accord signed", "a0: &a0 [" + ", ".join(["x"] * 100) + "]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 100) + "]" for n in range(1, 5)]
    (root / "seeds" / "laughs.md").write_text("---\n" + "\n".join(lines) + "\n---\n\n" + BODY, "utf-8")
    result = run(root, "generate")
    assert result.exit_code == 0, result.output
    assert "refused seeds/laughs.md" not in result.output
