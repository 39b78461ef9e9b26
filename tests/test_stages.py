"""The folders show the pipeline: each stage a package, imports only from a later stage to an earlier one or
to the shared modules; the extraction code (whose digest keys the article cache) imports nothing else."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator import cache

PACKAGE = Path(cache.__file__).resolve().parent
STAGES = ("ingest", "extract", "collect", "render", "publish")
SHARED = {"model", "text", "codec", "cache", "parallel"}  # the types, and what every stage may use
# The MkDocs hooks file is MkDocs' way into `briefing serve`, which runs the whole pipeline again.
ALLOWED = {("publish/mkdocs_hooks.py", "serve")}
MODULES = sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def _imports(path: Path) -> list[str]:
    """The generator modules (or packages) a module imports, as paths relative to the package: "extract/head"."""
    here = path.relative_to(PACKAGE).parent.parts
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - (node.level - 1)])
            elif (node.module or "").split(".")[0] == "generator":
                base, node_module = [], (node.module or "").split(".", 1)[1:]
                found += _named(base + (node_module[0].split(".") if node_module else []), node.names)
                continue
            else:
                continue
            found += _named(base + (node.module.split(".") if node.module else []), node.names)
    return found


def _named(parts: list[str], aliases) -> list[str]:
    """`from <parts> import names`: a module when <parts> is one, else each name (a module of that package)."""
    if parts and ((PACKAGE.joinpath(*parts).with_suffix(".py")).is_file()):
        return ["/".join(parts)]
    return ["/".join([*parts, alias.name]) for alias in aliases]


def _stage(module: str) -> str:
    return module.split("/")[0] if "/" in module else ""


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_stage_imports_only_earlier_stages_and_the_shared_modules(path):
    name = path.relative_to(PACKAGE).as_posix()
    stage = _stage(name)
    if stage not in STAGES:
        return  # the pipeline, the command line and the shared modules use every stage
    for target in _imports(path):
        other = _stage(target)
        if other in STAGES:
            assert STAGES.index(other) <= STAGES.index(stage), (name, target)
        else:
            assert target in SHARED or (name, target) in ALLOWED, (name, target)


def test_the_extraction_code_imports_only_extraction_code():
    """Editing a module outside cache.EXTRACTION_CODE must not make every article extracted again, and
    editing one that extraction imports must: so the modules in it import none outside it."""
    inside = {path.relative_to(PACKAGE).with_suffix("").as_posix()
              for pattern in cache.EXTRACTION_CODE for path in PACKAGE.glob(pattern)}
    assert {"ingest/ingest", "extract/extract", "model", "text"} <= inside
    for module in sorted(inside):
        for target in _imports(PACKAGE / f"{module}.py"):
            assert target in inside or f"{target}/__init__" in inside, (module, target)


def test_every_stage_package_says_what_it_takes_and_gives_and_no_module_is_over_400_lines():
    for stage in STAGES:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text("utf-8"))) or ""
        assert " in, " in doc.splitlines()[0] and " out" in doc.splitlines()[0], stage
    long = {path.relative_to(PACKAGE).as_posix(): n for path in MODULES
            if (n := len(path.read_text("utf-8").splitlines())) > 400}
    assert not long


@pytest.mark.parametrize(
    ("last", "warned"),
    [
        ("Talks between the two delegations, which invo", True),  # inside a word
        ("Der Gast sagte: \"Wir schätzen Ihre beständ", True),
        ("Переговоры продолжились в узком формате и", True),
        ("양국 정상은 회담에서 새 조약의 의미를 두고", True),
        ("The ministers met again on Tuesday in the port city.", False),
        ("He called it “a new page of our friendship”", False),  # a closing mark ends it
        ("両国は協力を深めることで一致した。", False),
        ("Copyright Example Wire 2024", False),  # a number
        ("Trending", False),  # too short to tell a cut sentence from a label
        ("Source: https://news.example.org/world/pact-signed.html", False),  # a link
        # Thai closes no sentence with a mark: every text of it ends on a letter
        ("ทั้งสองฝ่ายให้คำมั่นว่าจะช่วยเหลือซึ่งกันและกันหากฝ่ายใดฝ่ายหนึ่งถูกโจมตี", False),
        # a credit or a note under the text, one sentence closed by a name
        ("Additional reporting by Mark Lee in Seoul", False),
        ("Edited by Jane Doe", False),
        ("This article has been updated with comment from Seoul", False),
        # a paragraph begun and cut after a capitalised word (a German noun) is still cut off
        ("Die Gespräche dauerten Stunden. Danach sprachen die beiden über die Lage in der Haupt", True),
    ],
)
def test_a_text_that_stops_inside_a_word_or_sentence_is_warned_about(last, warned):
    from generator.extract import truncation
    from generator.model import Paragraph

    paragraphs = (Paragraph("p-1", "The first paragraph ends properly."), Paragraph("p-2", last))
    assert (truncation.CUT_OFF in truncation.cut_off(paragraphs)) is warned
