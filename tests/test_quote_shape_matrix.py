"""The attribution shape matrix (tests/corpus/quote_shapes.yml): each way news prose says who said a quotation,
per language, as a short sentence of our own; every cell's quotation must go to its speaker (or to nobody).
A cell marked `fails` is a shape not read yet: a strict xfail, so reading it fails the test until the mark goes.

`python tests/test_quote_shape_matrix.py` prints the matrix: language x shape, pass or fail."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

# (run as a script, the repository this file is in, not an installed copy of the package, is the one read)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest
import yaml

from _extract_helpers import ROOT, speakers

CELLS = yaml.safe_load((ROOT / "tests" / "corpus" / "quote_shapes.yml").read_text(encoding="utf-8"))["cells"]


def speaker_of(cell: dict) -> tuple[bool, str | None]:
    """(the cell's quotation was found, the speaker it was given)."""
    got = [speaker for speaker, quote in speakers(*cell["text"]) if cell["quote"] in quote]
    return bool(got), got[0] if got else None


def _param(cell_id: str, cell: dict):
    marks = [pytest.mark.xfail(strict=True, reason="a shape not read yet")] if cell.get("fails") else []
    return pytest.param(cell, id=cell_id, marks=marks)


def test_every_cell_is_well_formed():
    for cell_id, cell in CELLS.items():
        assert len(cell_id.split("/")) == 3, cell_id
        assert set(cell) <= {"text", "speaker", "quote", "fails"} and cell["text"] and cell["quote"], cell_id


@pytest.mark.parametrize("cell", [_param(k, v) for k, v in CELLS.items()])
def test_shape_cell(cell):
    found, speaker = speaker_of(cell)
    assert found, "the quotation was not found"
    assert speaker == cell["speaker"]


if __name__ == "__main__":
    grid: dict[str, dict[str, str]] = defaultdict(dict)
    for cell_id, cell in CELLS.items():
        language, shape, position = cell_id.split("/")
        found, speaker = speaker_of(cell)
        grid[f"{shape}/{position}"][language] = "pass" if found and speaker == cell["speaker"] else "FAIL"
    languages = sorted({k.split("/")[0] for k in CELLS})
    print(f"{'shape':32}" + "".join(f"{lang:>6}" for lang in languages))
    for shape, row in grid.items():
        print(f"{shape:32}" + "".join(f"{row.get(lang, '-'):>6}" for lang in languages))
