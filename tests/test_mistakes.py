"""What a careless user (or a damaged disk) can do must not lose the site, move a URL or stop the build.

Issue 16, items 6-9 and 12: slugs that would replace the site's own pages, a wrong seeds path, a build
that would empty the site, URLs after `.briefing/` is deleted, "what changed" across `generate`, state
files of the wrong shape, one file whose extraction fails, options after the command, and the build lock.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import shutil
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.publish import docs_folder
from generator import build, cache, cli, serve
from generator.collect import collect
from tests.conftest import STORY_SEEDS, BuiltOnce, make_project, state_files

SEEDS = sorted(STORY_SEEDS.iterdir())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> BuiltOnce:
    """built.project(seeds): the project of those seeds, built (once for the module, then copied back where
    it was built): for the tests whose subject is what happens after a first build."""
    return BuiltOnce(tmp_path_factory.mktemp("built"))


def _articles(project) -> dict[str, dict]:
    return {a["source"]: a for a in json.loads((project.site / "briefing.json").read_text("utf-8"))["articles"]}


def _site_files(project) -> dict[str, bytes]:
    return {p.relative_to(project.site).as_posix(): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}


def _article(title: str, body: str, date: str | None = None) -> str:
    head = f"{title}\n\n" + (f"Published {date}\n\n" if date else "")
    return head + body + "\n"


BODY = (
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang "
    "that commits each side to help the other if attacked. {extra}"
)


# ---------------------------------------------------------------- 6: slugs never take the site's own pages
@pytest.mark.parametrize("title", ["Index", "Month", "index"])
def test_an_article_titled_like_a_page_of_the_site_does_not_replace_it(tmp_path, title):
    project = make_project(tmp_path, seeds=SEEDS[:2])
    (project.seeds / "odd.txt").write_text(_article(title, BODY.format(extra="An undated piece.")), "utf-8")
    build.build(project)
    odd = _articles(project)["seeds/odd.txt"]
    assert odd["id"] not in collect.RESERVED_SLUGS
    assert (project.site / odd["path"] / "index.html").is_file()  # briefing.json points at a page that exists
    index = (project.site / "articles" / "index.html").read_text("utf-8")
    assert "Articles" in index and all(a["title"] in index for a in _articles(project).values())


def test_reserved_slugs_are_refused_for_slugs_given_before(tmp_path):
    """A slug an older build gave ("index", before slugs were checked) is not kept where it would
    replace a page of the site."""
    from generator.model import Article

    article = Article(
        id="index", slug="index", source="seeds/x.txt", digest="ab" * 32, encoding="utf-8", title="Index",
        outlet=None, author=None, published=None, language="en", paragraphs=(),
    )
    (kept,) = collect.unique_slugs((article,), given={"seeds/x.txt": "index"})
    assert kept.slug == kept.id == "index-ababab"


# --------------------------------------------- 8: URLs travel with the site; collisions broken by content
TWIN_BODIES = (
    BODY.format(extra="The first account."),
    "Sanctions experts in Seoul warned that the agreement would make enforcement at sea far harder, and "
    "shipping insurers said premiums for the route had already doubled since the spring.",
)


def _twins(folder: Path, names: tuple[str, str]) -> None:
    """Two different articles (not duplicates) with the same title and date, under the given file names."""
    for name, body in zip(names, TWIN_BODIES):
        (folder / name).write_text(_article("Treaty signed", body, "June 19, 2024"), "utf-8")


def _paths_by_body(project) -> dict[str, str]:
    """Article path by the article's content (its digest), whatever its file is called."""
    digests = {s["source"]: s["digest"] for s in json.loads((project.state / "slugs.json").read_text("utf-8"))["articles"]}
    return {digests[source]: a["path"] for source, a in _articles(project).items()}


def test_deleting_the_state_folder_never_moves_a_published_url(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS[:1])
    _twins(project.seeds, ("b.txt", "c.txt"))
    (project.seeds / "b.txt").rename(project.seeds / "z.txt")  # given its slug first, then ...
    build.build(project)
    (project.seeds / "a.txt").write_text(  # ... a twin whose name sorts first arrives
        (project.seeds / "z.txt").read_text("utf-8").replace("first account", "third account"), "utf-8"
    )
    build.build(project)
    before = {s: a["path"] for s, a in _articles(project).items()}
    shutil.rmtree(project.state)
    build.build(project)
    assert {s: a["path"] for s, a in _articles(project).items()} == before


def test_two_clean_builds_give_the_same_urls_whatever_the_files_are_called(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one, two = make_project(tmp_path / "one", seeds=[]), make_project(tmp_path / "two", seeds=[])
    _twins(one.seeds, ("a.txt", "b.txt"))
    _twins(two.seeds, ("b.txt", "a.txt"))  # the same two articles, their names swapped
    build.build(one)
    build.build(two)
    assert _paths_by_body(one) == _paths_by_body(two)
    assert len(set(_paths_by_body(one).values())) == 2


# ------------------------------------------------------------- 7: a wrong path or an empty build
def test_a_seeds_folder_that_does_not_exist_is_an_error_and_changes_nothing(built, tmp_path):
    project = built.project(SEEDS)
    site, state = _site_files(project), {p.name: p.read_bytes() for p in project.state.glob("*.json")}
    wrong = build.Project.at(project.root, seeds=tmp_path / "no" / "such" / "folder")
    with pytest.raises(build.Refused, match="no such folder"):
        build.build(wrong)
    with pytest.raises(build.Refused, match="no such folder"):
        build.generate(wrong)
    assert _site_files(project) == site
    assert {p.name: p.read_bytes() for p in project.state.glob("*.json")} == state


def test_the_command_line_says_a_wrong_seeds_folder_in_one_line(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS[:1])
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "build", "--seeds", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "no such folder of articles" in result.output
    assert not project.site.exists()


def test_a_file_where_builds_keep_their_state_is_named_in_one_line_and_the_site_kept(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS[:1])
    build.build(project)
    site = _site_files(project)
    shutil.rmtree(project.state)
    project.state.write_text("not a folder")
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "build"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert str(project.state) in result.output and "a file, where builds keep what they remember" in result.output
    assert _site_files(project) == site and project.state.read_text() == "not a folder"


@pytest.mark.parametrize("what", ["no files", "only refused files"])
def test_a_build_that_would_empty_the_site_is_refused_unless_allowed(built, what):
    project = built.project(SEEDS)
    site = _site_files(project)
    for path in project.seeds.iterdir():
        path.unlink()
    if what == "only refused files":
        (project.seeds / "blob.txt").write_bytes(bytes(range(256)) * 64)
    with pytest.raises(build.Refused, match="--allow-empty"):
        build.build(project)
    assert _site_files(project) == site
    assert len(_articles(project)) == len(SEEDS)
    build.build(project, allow_empty=True)
    assert _articles(project) == {}



def test_a_wrong_seeds_folder_of_other_files_does_not_replace_the_site(built, tmp_path):
    # an adversarial run: `--seeds /etc` published /etc/passwd and the rest as 128 articles in place of the site's
    project = built.project(SEEDS)
    site = _site_files(project)
    other = tmp_path / "Downloads"
    other.mkdir()
    (other / "notes.txt").write_text(_article("Harbour council notes", "The council met on Tuesday about the ferry pier."), "utf-8")
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "--seeds", str(other), "build"])
    assert result.exit_code == 1, result.output
    assert "holds none of the" in result.output and "--allow-empty" in result.output
    assert result.output.strip().count("\n") == 0
    assert _site_files(project) == site
    moved = tmp_path / "renamed"  # the same files in a folder of another name: no mistake
    shutil.copytree(project.seeds, moved)
    assert CliRunner().invoke(cli.main, ["--root", str(project.root), "--seeds", str(moved), "build"]).exit_code == 0
    assert len(_articles(project)) == len(SEEDS)
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "--seeds", str(other), "build", "--allow-empty"])
    assert result.exit_code == 0, result.output
    assert [a["title"] for a in _articles(project).values()] == ["Harbour council notes"]


def test_a_mkdocs_yml_that_is_not_yaml_is_named_in_one_line_and_the_site_kept(built):
    project = built.project(SEEDS)
    site = _site_files(project)
    project.config.write_text("site_name: [\n", "utf-8")
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "build"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().count("\n") == 0 and "mkdocs.yml: not valid YAML" in result.output, result.output
    assert _site_files(project) == site


def test_a_site_that_lost_its_start_page_is_built_whole_again(built):
    # its briefing.json says whose it is: it had been refused as "no site a build made" at every build
    project = built.project(SEEDS)
    (project.site / "index.html").unlink()
    build.build(project)
    assert (project.site / "index.html").is_file()
    assert len(_articles(project)) == len(SEEDS)

# ------------------------------------------------------------ 9: state files of the wrong shape
@pytest.mark.parametrize("shape", ["[]", "{not json", '{"format": [], "version": {}}'])  # (null, 1, a string: the path of [])
def test_state_files_of_the_wrong_shape_are_discarded_and_made_again(tmp_path, shape, caplog):
    project = make_project(tmp_path, seeds=SEEDS)  # built here: the next build must find the last one's summary
    build.build(project)
    expected = (project.site / "briefing.json").read_bytes()
    files = state_files(project)
    kinds = {p.relative_to(project.state).parts[1] if p.parts[-4] == "store" else p.name for p in files}
    assert {"site", "build", "article", "dedupe", "timeline", "docs", "history.json", "slugs.json"} <= kinds
    for path in files:
        path.write_text(shape, "utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        build.build(project)
    assert (project.site / "briefing.json").read_bytes() == expected
    if shape not in ('{"format": [], "version": {}}',):
        assert any("discarded" in r.getMessage() and "/store/build/" in r.getMessage() for r in caplog.records)
    for path in state_files(project):  # made again, good
        assert isinstance(json.loads(path.read_text("utf-8")), dict), path
    build.build(project)  # and the next build is a normal one
    assert (project.site / "briefing.json").read_bytes() == expected


def test_state_files_with_parts_of_the_wrong_shape_are_discarded(built):
    project = built.project(SEEDS)
    expected = (project.site / "briefing.json").read_bytes()
    for path in state_files(project):
        document = json.loads(path.read_text("utf-8"))
        if isinstance(document, dict):
            path.write_text(json.dumps({key: "x" for key in document}), "utf-8")
    (project.seeds / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes() + b"\nOne more line.\n")  # not up to date
    build.build(project)
    build.build(project)
    assert len(json.loads((project.site / "briefing.json").read_bytes())["articles"]) == len(SEEDS)
    assert expected  # (the edited seed changes the document itself)


def test_a_full_disk_ends_the_command_in_one_line(built, monkeypatch):
    project = built.project(SEEDS[:2])
    site = _site_files(project)
    (project.seeds / "new.txt").write_text(_article("Another", BODY.format(extra="More.")), "utf-8")
    real = cache.write_atomic

    def full(target, data):
        if Path(target).name == "history.json":
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real(target, data)

    monkeypatch.setattr(cache, "write_atomic", full)
    monkeypatch.setattr("generator.collect.history.write_atomic", full)
    result = CliRunner().invoke(cli.main, ["--root", str(project.root), "build"])
    assert result.exit_code == 1
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert "history.json" in result.output


# ------------------------------------------------------------ 4: one file's failure is that file's refusal
def test_a_file_whose_extraction_fails_is_refused_and_the_rest_published(tmp_path, monkeypatch):
    from generator.extract import extract

    project = make_project(tmp_path, seeds=SEEDS)
    (project.seeds / "boom.txt").write_text(_article("Boom", BODY.format(extra="It breaks the extractor.")), "utf-8")
    real = extract.extract

    def fragile(document, known):
        if document.source.endswith("boom.txt"):
            raise RuntimeError("an extractor bug\nwith two lines")
        return real(document, known)

    monkeypatch.setattr(extract, "extract", fragile)
    result = build.build(project)
    (refused,) = result.summary.rejections
    assert refused.source == "seeds/boom.txt" and "RuntimeError: an extractor bug with two lines" in refused.reason
    assert len(_articles(project)) == len(SEEDS)
    monkeypatch.setattr(extract, "extract", real)  # the bug fixed: the file is read again, not refused from memory
    (project.seeds / "other.txt").write_text(_article("Other", BODY.format(extra="Not up to date.")), "utf-8")
    assert build.build(project).summary.rejections == ()
    assert "seeds/boom.txt" in _articles(project)


# ------------------------------------------------------------ 12: the command line
def test_options_are_accepted_after_the_command_too(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS)
    runner = CliRunner()
    plain = runner.invoke(cli.main, ["build", "--root", str(project.root)])
    assert plain.exit_code == 0, plain.output
    strict_after = runner.invoke(cli.main, ["build", "--root", str(project.root), "--strict"])
    strict_before = runner.invoke(cli.main, ["--strict", "--root", str(project.root), "build"])
    assert strict_after.exit_code == strict_before.exit_code == 1  # the seeds raise "no date found" warnings
    assert "--strict:" in strict_after.output
    other = tmp_path / "elsewhere"
    moved = runner.invoke(cli.main, ["--root", str(project.root), "generate", "--docs", str(other)])
    assert moved.exit_code == 0 and (other / "index.md").is_file()


def test_printed_lines_show_control_characters_as_escapes():
    assert cli.printable("seeds/a\nrefused seeds/b.txt: x\x1b[31m") == "seeds/a\\nrefused seeds/b.txt: x\\x1b[31m"
    assert cli.printable("Ким Чен Ын 김정은 — ok") == "Ким Чен Ын 김정은 — ok"


@pytest.mark.parametrize("command", ["generate", "build"])
def test_generate_and_build_wait_for_a_build_in_progress(tmp_path, command):
    project = make_project(tmp_path, seeds=SEEDS[:2])
    project.state.mkdir()
    done = threading.Event()
    with open(project.state / "build.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        worker = threading.Thread(target=lambda: (getattr(build, command)(project), done.set()))
        worker.start()
        time.sleep(1.0)
        assert not done.is_set()  # waiting for the lock
    worker.join(timeout=120)
    assert done.is_set()


def test_serve_goes_on_when_regenerating_fails(tmp_path, monkeypatch):
    project = make_project(tmp_path, seeds=SEEDS[:1])
    from generator.build import Project

    failures = []
    monkeypatch.setattr(serve, "_listener", serve.Listener(failed=failures.append))
    monkeypatch.setattr(serve, "_serving", Project.at(project.root, tmp_path / "gone", docs=project.docs))
    serve.regenerate_if_serving()  # raises nothing: the preview keeps serving
    assert len(failures) == 1 and "no such folder of articles" in failures[0]
    monkeypatch.setattr(serve, "_serving", project)
    serve.regenerate_if_serving()  # and recovers once the cause is gone
    assert (project.docs / "index.md").is_file()


# ------------------------------------------------- found by a second adversarial run
@pytest.mark.parametrize("option,where", [
    ("--site", "seeds"), ("--site", "."), ("--site", ".."), ("--site", "data"), ("--site", "mkdocs.yml"),
    ("--site", "notes"), ("--docs", "seeds"), ("--docs", "."), ("--site", "docs"),
])
def test_a_site_or_docs_path_that_would_write_over_the_project_is_refused(tmp_path, option, where):
    root = tmp_path / "p"
    root.mkdir()
    project = make_project(root, seeds=SEEDS[:1])
    (root / "notes").mkdir()
    (root / "notes" / "todo.txt").write_text("keep", "utf-8")
    (tmp_path / "sibling.txt").write_text("keep", "utf-8")
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = CliRunner().invoke(cli.main, ["--root", str(root), "build", option, str((root / where).resolve())])
    assert result.exit_code == 1 and "nothing was built" in result.output, result.output
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before


def test_a_site_elsewhere_or_one_built_before_is_accepted(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS[:1])
    build.build(project)
    build.build(project)  # its own site, again
    elsewhere = build.Project.at(project.root, site=tmp_path.parent / f"{tmp_path.name}-out")
    build.build(elsewhere)
    assert (elsewhere.site / "index.html").is_file()


@pytest.mark.parametrize("slug", ["../index", "month/2024-06", "../../../../tmp/x", "a\nb", "index"])
def test_a_slug_read_back_from_state_or_the_site_never_chooses_a_path(built, slug):
    project = built.project(SEEDS[:2])
    start = (project.site / "index.html").read_bytes()
    registry = json.loads((project.state / "slugs.json").read_text("utf-8"))
    registry["articles"][0]["slug"] = slug
    registry["moved"] = [{"from": slug, "to": registry["articles"][1]["slug"]}]
    (project.state / "slugs.json").write_text(json.dumps(registry), "utf-8")
    (project.seeds / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes() + b"\nA line more.\n")
    build.build(project)
    paths = [a["path"] for a in _articles(project).values()]
    assert all(p.startswith("articles/") and p.count("/") == 2 and ".." not in p for p in paths)
    assert b"articles/" in start and (project.site / "index.html").read_bytes().count(b"Key facts") >= 1
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    document["articles"][0]["id"] = slug  # the same from the published site, once .briefing/ is gone
    (project.site / "briefing.json").write_text(json.dumps(document), "utf-8")
    shutil.rmtree(project.state)
    build.build(project)
    assert all(".." not in a["path"] and a["path"].count("/") == 2 for a in _articles(project).values())


def test_state_nested_deeper_than_a_build_writes_is_discarded(built):
    project = built.project(SEEDS[:2])
    expected = (project.site / "briefing.json").read_bytes()
    deep = "[" * 100_000 + "]" * 100_000
    for path in [*project.state.glob("*.json"), *project.state.glob("cache/*/*.json")]:
        path.write_text(deep, "utf-8")
    build.build(project)
    assert (project.site / "briefing.json").read_bytes() == expected


@pytest.mark.parametrize("damage", [
    lambda a: a.update(title=None), lambda a: a.update(title=["x"]), lambda a: a["paragraphs"][0].update(text=5),
    lambda a: a["paragraphs"][0].update(anchor="bad id"), lambda a: a.update(slug="../x"),
])
def test_a_cached_article_of_the_wrong_shape_is_extracted_again(built, damage):
    project = built.project(SEEDS[:2])
    expected = (project.site / "briefing.json").read_bytes()
    for path in project.state.glob("store/article/*/*.json"):
        entry = json.loads(path.read_text("utf-8"))
        if "article" in entry:
            damage(entry["article"])
            path.write_text(json.dumps(entry), "utf-8")
    shutil.rmtree(project.state / "store" / "build")  # not up to date
    build.build(project)
    assert (project.site / "briefing.json").read_bytes() == expected


def test_a_fuller_copy_found_later_never_takes_a_published_url(tmp_path):
    project = make_project(tmp_path, seeds=[])
    paragraphs = [
        f"Paragraph {n}: Russian President Vladimir Putin and North Korean leader Kim Jong Un discussed point "
        f"number {n} of the partnership treaty, covering {word} and related matters in detail."
        for n, word in enumerate(("trade", "transport", "energy", "science", "health", "culture", "sport"))
    ]
    (project.seeds / "nd1.txt").write_text("Putin and Kim sign a pact\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    build.build(project)
    first = _articles(project)["seeds/nd1.txt"]["path"]
    fuller = paragraphs + ["An extra paragraph on the ports of Rajin and Vladivostok and their cargo.", "And one more."]
    (project.seeds / "nd0.txt").write_text(
        "Putin and Kim sign a pact in Pyongyang, full version\n\n" + "\n\n".join(fuller) + "\n", "utf-8"
    )
    build.build(project)
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    assert _articles(project)["seeds/nd1.txt"]["path"] == first
    assert [d["source"] for d in document["duplicates"]] == ["seeds/nd0.txt"]


def test_a_refused_empty_build_writes_nothing_it_remembers(built, tmp_path):
    project = built.project(SEEDS)
    remembered = {p: p.read_bytes() for p in project.state.rglob("*.json")}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "p.txt").write_text("!!!\n", "utf-8")
    with pytest.raises(build.Refused):
        build.build(build.Project.at(project.root, seeds=bad))
    # what it remembers is as it was (the refused file's own reading may be cached beside it)
    assert {p: p.read_bytes() for p in remembered if p.exists()} == remembered


def test_a_damaged_docs_manifest_never_removes_a_hand_written_file(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS[:1])
    build.generate(project)
    (project.docs / docs_folder.MANIFEST).write_text(json.dumps(["assets/briefing.css", "../mkdocs.yml"]), "utf-8")
    build.generate(project)
    assert (project.docs / "assets" / "briefing.css").is_file() and (project.root / "mkdocs.yml").is_file()
