"""The docs/ tree for the seeds, diffed against a golden copy.

After an intended change to the pages: UPDATE_GOLDEN=1 python3 -m pytest tests/test_golden.py
then review `git diff tests/golden`.
"""

from __future__ import annotations

import difflib
import os
import shutil

from generator import build
from tests.conftest import ROOT, make_project

GOLDEN = ROOT / "tests" / "golden" / "docs"


def test_docs_match_golden(tmp_path):
    project = make_project(tmp_path)
    build.generate(project)
    produced = {
        p.relative_to(project.docs).as_posix(): p.read_text("utf-8")
        for p in project.docs.rglob("*.md")
    }
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, content in produced.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(content, "utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text("utf-8") for p in GOLDEN.rglob("*.md")}
    assert sorted(produced) == sorted(expected), "pages added or removed"
    for name in sorted(expected):
        if produced[name] != expected[name]:
            diff = "\n".join(
                difflib.unified_diff(expected[name].splitlines(), produced[name].splitlines(), "golden", "built", lineterm="")
            )
            raise AssertionError(f"{name} differs from the golden copy:\n{diff[:4000]}")
