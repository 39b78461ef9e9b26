"""Reading seeds safely: what a link, a swapped file, a control character or a hostile file name in
seeds/ can do. The one build below holds every hazard at once (and the five seeds); the other tests
call ingest directly."""

from __future__ import annotations

import json
import os
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import build
from generator.extract import extract
from generator.ingest import encoding, ingest, readers
from generator.extract.metadata import detect_language
from generator.model import Document, Rejection
from tests.conftest import ROOT, make_project

SECRET = "Classified ledger entry: the vault combination is ZEBRA-QUOKKA-7741, never to be published anywhere."
SECRET_MARK = "ZEBRA-QUOKKA"
ARTICLE = (
    "Leaders met in the capital on Tuesday to discuss the new agreement between the two countries.\n\n"
    "The talks lasted several hours, officials said, and covered trade, energy and security.\n"
)
CONTROLS = {"form feed": "\f", "vertical tab": "\v", "escape": "\x1b", "start of heading": "\x01"}


def _outside(tmp_path: Path) -> Path:
    """A file outside seeds/ that reads as an article: if it leaked, it would be published."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text(f"Secret ledger\n\n{SECRET}\n\n{ARTICLE}", "utf-8")
    return secret


def _seeds(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    return root, root / "seeds"


def _scan_one(seeds: Path, root: Path, source: str) -> ingest.SeedFile:
    files, _ = ingest.scan(seeds, root, keep_data=False)
    return next(f for f in files if f.source == source)


# ------------------------------------------------------------------ a file swapped after the scan
def test_a_seed_swapped_for_a_link_out_of_seeds_after_the_scan_is_refused_not_read(tmp_path):
    root, seeds = _seeds(tmp_path)
    secret = _outside(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/a.txt")
    (seeds / "a.txt").unlink()
    os.symlink(secret, seeds / "a.txt")
    outcome = ingest.read(seed)
    assert isinstance(outcome, Rejection) and outcome.source == "seeds/a.txt"
    assert outcome.reason.startswith(ingest.CHANGED)


def test_a_seed_swapped_for_a_link_to_another_seed_after_the_scan_is_refused(tmp_path):
    root, seeds = _seeds(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    (seeds / "b.txt").write_text(ARTICLE.replace("Tuesday", "Friday"), "utf-8")
    seed = _scan_one(seeds, root, "seeds/a.txt")
    (seeds / "a.txt").unlink()
    os.symlink("b.txt", seeds / "a.txt")
    assert ingest.read(seed) == Rejection("seeds/a.txt", ingest.CHANGED)


def test_a_folder_of_seeds_swapped_for_a_link_out_of_seeds_after_the_scan_is_refused(tmp_path):
    root, seeds = _seeds(tmp_path)
    secret = _outside(tmp_path)
    (seeds / "june").mkdir()
    (seeds / "june" / "secret.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/june/secret.txt")
    (seeds / "june").rename(seeds / ".june-old")
    os.symlink(secret.parent, seeds / "june")  # seeds/june/secret.txt is now the file outside
    outcome = ingest.read(seed)
    assert isinstance(outcome, Rejection) and outcome.source == "seeds/june/secret.txt"
    assert outcome.reason.startswith(ingest.CHANGED) and "outside seeds/" in outcome.reason


def test_the_seeds_folder_itself_swapped_for_a_link_after_the_scan_is_refused(tmp_path):
    root, seeds = _seeds(tmp_path)
    secret = _outside(tmp_path)
    (seeds / "secret.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/secret.txt")
    seeds.rename(root / "seeds-old")
    os.symlink(secret.parent, seeds)
    assert isinstance(ingest.read(seed), Rejection)


def test_a_fifo_swapped_in_after_the_scan_is_refused_without_waiting_for_a_writer(tmp_path):
    root, seeds = _seeds(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/a.txt")
    (seeds / "a.txt").unlink()
    os.mkfifo(seeds / "a.txt")
    outcome = ingest.read(seed)  # a blocking open would wait here forever
    assert isinstance(outcome, Rejection) and "no longer a regular file" in outcome.reason


def test_a_seed_edited_in_place_or_saved_anew_inside_seeds_is_read_as_it_is_now(tmp_path):
    root, seeds = _seeds(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/a.txt")
    (seeds / "new.tmp").write_text(ARTICLE + "\nOne more paragraph was added by the editor today.\n", "utf-8")
    os.replace(seeds / "new.tmp", seeds / "a.txt")  # how editors save: a new file renamed over the old
    document = ingest.read(seed)
    assert isinstance(document, Document) and "added by the editor" in document.text


def test_without_proc_only_the_very_file_scanned_is_read(tmp_path, monkeypatch):
    """Where /proc/self/fd cannot tell what was opened, the file must be the one scanned (device, inode)."""
    monkeypatch.setattr(ingest, "_opened_path", lambda fd: None)
    root, seeds = _seeds(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/a.txt")
    assert isinstance(ingest.read(seed), Document)
    (seeds / "new.tmp").write_text(ARTICLE, "utf-8")
    os.replace(seeds / "new.tmp", seeds / "a.txt")
    assert ingest.read(seed) == Rejection("seeds/a.txt", ingest.CHANGED)


def test_a_seed_larger_than_the_limit_by_the_time_it_is_read_is_refused_and_not_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    root, seeds = _seeds(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    seed = _scan_one(seeds, root, "seeds/a.txt")
    (seeds / "a.txt").write_text(ARTICLE * 100, "utf-8")
    outcome = ingest.read(seed)
    assert isinstance(outcome, Rejection) and "too large" in outcome.reason


# ------------------------------------------------------------------ links in seeds/, scanned
def test_links_are_named_by_themselves_loops_links_out_and_links_to_nothing_refused(tmp_path):
    root, seeds = _seeds(tmp_path)
    secret = _outside(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    os.symlink("a.txt", seeds / "b.txt")
    os.symlink("loop-2.txt", seeds / "loop-1.txt")
    os.symlink("loop-1.txt", seeds / "loop-2.txt")
    os.symlink(secret, seeds / "out.txt")
    os.symlink(ROOT / "README.md", seeds / "readme.txt")
    os.symlink("b.txt", seeds / "chain-out.txt")  # a link to a link: fine while it ends inside
    os.symlink("nothing-here.txt", seeds / "dangling.txt")
    files, rejections = ingest.scan(seeds, root, keep_data=False)
    by_source = {f.source: f for f in files}
    assert set(by_source) == {"seeds/a.txt", "seeds/b.txt", "seeds/chain-out.txt"}
    assert by_source["seeds/b.txt"].digest == by_source["seeds/a.txt"].digest
    assert {r.source: r.reason for r in rejections} == {
        "seeds/dangling.txt": "symbolic link to nothing (its target does not exist)",
        "seeds/loop-1.txt": "symbolic link loop",
        "seeds/loop-2.txt": "symbolic link loop",
        "seeds/out.txt": "symbolic link to a file outside seeds/",
        "seeds/readme.txt": "symbolic link to a file outside seeds/",
    }
    assert all(isinstance(ingest.read(f), Document) for f in files)


class _Listing:
    """What os.scandir gives, listed whole, then `after()` run: a change just after a listing."""

    def __init__(self, entries, after):
        self.entries, self.after = entries, after

    def __enter__(self):
        self.after()
        return iter(self.entries)

    def __exit__(self, *exc):
        return False


def _swap_sub(monkeypatch, seeds: Path, outside: Path, when: str) -> list[bool]:
    """seeds/sub becomes a link to `outside` just after seeds/ is listed, or just before sub is."""
    real_scandir = os.scandir
    swapped: list[bool] = []

    def swap():
        if not swapped:
            (seeds / "sub").rename(seeds / ".sub-old")
            os.symlink(outside, seeds / "sub")
            swapped.append(True)

    def scandir(folder):
        named = os.readlink(f"/proc/self/fd/{folder}") if isinstance(folder, int) else os.fspath(folder)
        if when == "before sub is listed" and named.rstrip("/").endswith("/sub"):
            swap()
        with real_scandir(folder) as listing:
            entries = list(listing)
        after_seeds = when == "after seeds is listed" and any(e.name == "sub" for e in entries)
        return _Listing(entries, swap if after_seeds else lambda: None)

    monkeypatch.setattr(os, "scandir", scandir)
    return swapped


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="the test names a descriptor's folder by /proc")
@pytest.mark.parametrize("when", ["after seeds is listed", "before sub is listed"])
@pytest.mark.parametrize("openat", [True, False], ids=["folders by descriptor", "folders by path"])
def test_a_folder_swapped_for_a_link_during_the_scan_lists_nothing_beyond_it(tmp_path, monkeypatch, openat, when):
    """Refused once under its seeds-relative name, or listed as the real folder it was when opened;
    never a name or a path from the folder the link leads to."""
    root, seeds = _seeds(tmp_path)
    outside = tmp_path / "psw-outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, "utf-8")
    (outside / "payroll.txt").write_text(SECRET, "utf-8")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "a.txt").write_text(ARTICLE, "utf-8")
    (seeds / "b.txt").write_text(ARTICLE, "utf-8")
    monkeypatch.setattr(ingest, "_AT", openat and ingest._AT)
    swapped = _swap_sub(monkeypatch, seeds, outside, when)
    files, rejections = ingest.scan(seeds, root, keep_data=False)
    assert swapped
    named = [f.source for f in files] + [r.source for r in rejections]
    assert not any("secret" in n or "payroll" in n or "outside" in n for n in named), named
    assert all(n.startswith("seeds/") for n in named), named
    if openat and when == "before sub is listed":  # sub was open before the swap: its real files, read inside seeds/
        assert [f.source for f in files] == ["seeds/b.txt", "seeds/sub/a.txt"] and rejections == ()
    else:
        assert [f.source for f in files] == ["seeds/b.txt"]
        assert rejections == (Rejection("seeds/sub", ingest.FOLDER_CHANGED),)
    assert ingest.FOLDER_CHANGED.startswith(ingest.TRANSIENT)  # the next build lists the folder again


def test_sources_are_the_seeds_folder_s_own_name_joined_with_the_listed_path_never_resolved(tmp_path):
    """A seeds folder that is itself a link to a folder elsewhere: sources still read seeds/..."""
    root = tmp_path / "project"
    root.mkdir()
    elsewhere = tmp_path / "shared" / "articles"
    (elsewhere / "june").mkdir(parents=True)
    (elsewhere / "june" / "a.txt").write_text(ARTICLE, "utf-8")
    os.symlink(elsewhere, root / "seeds")
    files, rejections = ingest.scan(root / "seeds", root, keep_data=False)
    assert [f.source for f in files] == ["seeds/june/a.txt"] and rejections == ()
    assert isinstance(ingest.read(files[0]), Document)


def test_a_fifo_or_a_socket_in_seeds_is_refused_as_not_a_regular_file(tmp_path):
    import socket

    root, seeds = _seeds(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE, "utf-8")
    os.mkfifo(seeds / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(seeds / "sock.txt"))
        os.symlink("pipe.txt", seeds / "to-pipe.txt")
        files, rejections = ingest.scan(seeds, root)  # a FIFO opened for reading would wait here
    finally:
        server.close()
    assert [f.source for f in files] == ["seeds/a.txt"]
    assert {r.source: r.reason for r in rejections} == {
        "seeds/pipe.txt": ingest.NOT_REGULAR,
        "seeds/sock.txt": ingest.NOT_REGULAR,
        "seeds/to-pipe.txt": ingest.NOT_REGULAR,
    }
    assert ingest.NOT_REGULAR.startswith("not a regular file")


def test_a_link_to_a_folder_even_seeds_itself_is_refused_as_a_link_to_a_folder(tmp_path):
    root, seeds = _seeds(tmp_path)
    (seeds / "june").mkdir()
    (seeds / "june" / "a.txt").write_text(ARTICLE, "utf-8")
    os.symlink(".", seeds / "selfdir")
    os.symlink("june", seeds / "july")
    os.symlink(tmp_path, seeds / "up")
    files, rejections = ingest.scan(seeds, root)
    assert [f.source for f in files] == ["seeds/june/a.txt"]
    reason = "symbolic link to a folder (links to folders are not followed)"
    refused = {r.source: r.reason for r in rejections}
    assert refused == dict.fromkeys(["seeds/july", "seeds/selfdir", "seeds/up"], reason)


def test_folders_nested_too_deep_are_refused_once_not_walked(tmp_path):
    root, seeds = _seeds(tmp_path)
    deep = seeds.joinpath(*["d"] * (ingest.MAX_DEPTH + 3))
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(ARTICLE, "utf-8")
    files, rejections = ingest.scan(seeds, root)
    assert files == ()
    [rejection] = rejections
    assert rejection.source == "seeds/" + "/".join(["d"] * (ingest.MAX_DEPTH + 1)) and "nested" in rejection.reason


def test_a_link_named_on_the_command_line_is_named_by_itself(tmp_path):
    root, seeds = _seeds(tmp_path)
    os.symlink("loop-2.txt", seeds / "loop-1.txt")
    os.symlink("loop-1.txt", seeds / "loop-2.txt")
    assert ingest.read_path(seeds / "loop-1.txt", root) == Rejection("seeds/loop-1.txt", "symbolic link loop")
    os.symlink(ROOT / "README.md", seeds / "readme.txt")
    assert ingest.read_path(seeds / "readme.txt", root).source == "seeds/readme.txt"


# ------------------------------------------------------------------ names that would forge lines
@pytest.mark.parametrize("name", ["two\nlines.txt", "esc\x1b[31mred.txt", "bell\x07.txt", "rtl\u202eenilno.txt"])
def test_a_file_name_with_control_characters_is_refused_and_shown_escaped(tmp_path, name):
    root, seeds = _seeds(tmp_path)
    (seeds / name).write_text(ARTICLE, "utf-8")
    files, rejections = ingest.scan(seeds, root)
    assert files == ()
    [rejection] = rejections
    assert rejection.reason == ingest.UNPRINTABLE_NAME
    assert rejection.source == ingest.printable("seeds/" + name)
    assert rejection.source.isprintable() and "\\" in rejection.source


def test_a_file_name_that_is_not_utf8_is_refused_for_that_reason(tmp_path):
    """A name saved by an old Windows archiver ('café' in cp1252) holds no control character: its one line
    says what is wrong with it, so the analyst knows to rename it."""
    root, seeds = _seeds(tmp_path)
    (seeds / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, "utf-8")
    files, (rejection,) = ingest.scan(seeds, root)
    assert files == () and rejection.source == "seeds/caf\\xe9.txt"
    assert rejection.reason == ingest.UNDECODABLE_NAME and "UTF-8" in rejection.reason
    assert "control" not in rejection.reason
    named, _ = ingest.read_named(seeds / os.fsdecode(b"caf\xe9.txt"), root)
    assert named.reason == ingest.UNDECODABLE_NAME


def test_printable_escapes_each_kind_of_unprintable_character():
    assert ingest.printable("seeds/a\nb\tc\x1bd\x85e\u2028f.txt") == "seeds/a\\nb\\tc\\x1bd\\x85e\\u2028f.txt"
    assert ingest.printable(os.fsdecode(b"seeds/caf\xe9.txt")) == "seeds/caf\\xe9.txt"  # not UTF-8
    assert ingest.printable("seeds/Ким Чен Ын — 김정은.txt") == "seeds/Ким Чен Ын — 김정은.txt"


# ------------------------------------------------------------------ control characters in text
WORDS = (
    "minister delegation harbour railway treaty summit envoy border factory river province grain ship "
    "airport council budget election festival museum bridge satellite vaccine tariff pipeline"
).split()


def _distinct(seed: int) -> str:
    """Paragraphs of their own for article `seed`: the articles of one build are not duplicates."""
    words = WORDS[:]
    random.Random(seed).shuffle(words)
    return "\n\n".join(f"The {a} and the {b} were discussed with the {c} and the {d}." for a, b, c, d in
                       zip(words[0::4], words[1::4], words[2::4], words[3::4]))  # fmt: skip


def _write(path: Path, where: str, char: str, body: str = ARTICLE) -> Path:
    """A file of the kind its suffix names with `char` in its title or first paragraph (`where`)."""
    title = f"Leaders{char} agree on a new deal" if where == "title" else "Leaders agree on a new deal"
    first = f"Leaders met{char} in the capital on Tuesday." if where == "paragraph" else "Leaders met in the capital."
    if path.suffix == ".txt":
        path.write_text(f"{title}\n\n{first}\n\n{body}", "utf-8")
    elif path.suffix == ".md":
        path.write_text(f'---\ntitle: "{title}"\noutlet: "Wire{char}"\n---\n\n{first}\n\n{body}', "utf-8")
    else:
        paragraphs = "".join(f"<p>{p}</p>" for p in (first, *body.split("\n\n")))
        path.write_text(
            f"<!doctype html><html lang=en><head><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>",
            "utf-8",
        )
    return path


@pytest.mark.parametrize("where", ["title", "paragraph"])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("char", CONTROLS.values(), ids=CONTROLS.keys())
def test_control_characters_in_a_title_or_first_paragraph_are_replaced_or_removed_with_a_note(
    tmp_path, known, char, where, suffix
):
    document = ingest.read_path(_write(tmp_path / f"a{suffix}", where, char), tmp_path)
    assert isinstance(document, Document), document
    values = [document.text, *(v for v in (document.declared.title, document.declared.outlet) if v)]
    for value in values:
        assert not encoding.UNSAFE.search(value), repr(value)
    assert document.notes, "a note says what was done"
    article = extract.extract(document, known)
    # (a form feed or vertical tab in a .txt title is a line break: a one-word line "Leaders" above the rest
    # of the headline is then read as a label line above it, like "From" or "Send to")
    assert "agree on a new deal" in article.title and char not in article.title
    if char in "\f\v" and suffix == ".txt" and where == "paragraph":
        assert "Leaders met\n in the capital" in document.text  # a page break is a line break to a reader


@pytest.mark.parametrize("bom", ["utf-16", "utf-16-le-no-bom"])
def test_nul_and_other_controls_in_a_utf16_file_are_removed_with_a_note(tmp_path, known, bom):
    text = f"Leaders\x00 agree\x0c on a new deal\n\nLeaders met\x1b in the capital.\x01\n\n{ARTICLE * 2}"
    data = text.encode("utf-16") if bom == "utf-16" else text.encode("utf-16-le")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    document = ingest.read_path(path, tmp_path)
    assert isinstance(document, Document), document
    assert not encoding.UNSAFE.search(document.text)
    assert "Leaders agree\n on a new deal" in document.text and "Leaders met in the capital." in document.text
    assert any("removed" in n for n in document.notes) and any("line breaks" in n for n in document.notes)
    assert extract.extract(document, known).title.startswith("Leaders agree")


def test_without_controls_keeps_tab_newline_and_carriage_return_and_removes_the_rest():
    text = "a\tb\nc\rd\x00e\x7ff\x9fg\ufffeh\uffffi\ud800j\x0ck\x85l"
    cleaned, notes = encoding.without_controls(text)
    assert cleaned == "a\tb\nc\rdefghij\nk\nl"
    assert notes == (
        "2 form feed, vertical tab, next-line or line/paragraph separator character(s) read as line breaks",
        "6 control or non-text character(s) removed",
    )
    assert encoding.without_controls("plain text") == ("plain text", ())


def test_a_yaml_escape_or_an_html_reference_cannot_put_a_control_character_in_a_declared_value(tmp_path):
    md = tmp_path / "a.md"
    md.write_text(f'---\ntitle: "Leaders\\f agree\\e on\\x01 a deal\\uFFFE"\n---\n\n{ARTICLE}', "utf-8")
    html = tmp_path / "b.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    html.write_text(
        "<html><head><title>Leaders&#12; agree&#27; on&#1; a deal</title>"
        '<meta property="og:url" content="https://example.com/a&#27;b"></head>'
        f"<body><article>{paragraphs * 3}</article></body></html>",
        "utf-8",
    )
    for path in (md, html):
        document = ingest.read_path(path, tmp_path)
        assert isinstance(document, Document), document
        for value in (document.declared.title, document.declared.url, document.text):
            assert value is None or not encoding.UNSAFE.search(value), repr(value)
        assert document.declared.title.startswith("Leaders")


# ------------------------------------------------------------------ invisible characters that reorder text
HIDDEN = {
    "right-to-left override": "\u202e", "left-to-right embedding": "\u202a", "pop directional": "\u202c",
    "first-strong isolate": "\u2068", "pop isolate": "\u2069", "byte-order mark": "\ufeff",
    "tag letter": "\U000e0041", "cancel tag": "\U000e007f", "noncharacter U+FDD0": "\ufdd0",
    "noncharacter U+10FFFE": "\U0010fffe", "noncharacter U+1FFFF": "\U0001ffff",
}  # fmt: skip


@pytest.mark.parametrize("char", HIDDEN.values(), ids=HIDDEN.keys())
def test_bidi_overrides_isolates_tags_and_noncharacters_are_removed_at_decoding_with_a_note(char):
    decoded = encoding.decode(f"Title{char} here\n\nPutin{char} met Kim in Pyongyang{char}.\n".encode())
    assert char not in decoded.text
    assert decoded.text == "Title here\n\nPutin met Kim in Pyongyang.\n"
    assert any("removed" in note for note in decoded.notes)


def test_left_to_right_and_right_to_left_marks_are_kept_and_separators_become_line_breaks():
    text = "\u05e9\u05dc\u05d5\u05dd\u200f (Shalom\u200e)\u2028next line\u2029next paragraph"
    cleaned, notes = encoding.without_controls(text)
    assert cleaned == "\u05e9\u05dc\u05d5\u05dd\u200f (Shalom\u200e)\nnext line\n\nnext paragraph"
    assert notes and "line breaks" in notes[0]


def test_an_override_in_front_matter_never_reaches_the_title_outlet_or_author(tmp_path):
    """Written raw, decoding removes it; written as a YAML escape, declared_fields.clean does, with a note."""
    raw = tmp_path / "raw.md"
    front = 'title: "Leaders\u2067 agree"\noutlet: "O\u202e ff"\nauthor: "Kim\ufeff Lee"'
    raw.write_text(f"---\n{front}\n---\n\n{ARTICLE}", "utf-8")
    escaped = tmp_path / "escaped.md"
    escaped.write_text(
        '---\ntitle: "Leaders\\u2067 agree\\U000E0041"\noutlet: "O\\u202e ff"\n'
        f'author: ["Kim\\uFEFF Lee", "Ann\\uFDD0 Park"]\ntags: ["a\\u202db"]\n---\n\n{ARTICLE}',
        "utf-8",
    )
    for path in (raw, escaped):
        document = ingest.read_path(path, tmp_path)
        assert isinstance(document, Document), document
        declared = document.declared
        assert declared.title == "Leaders agree" and declared.outlet == "O ff", declared
        assert declared.author in {"Kim Lee", "Kim Lee, Ann Park"}, declared
        for value in (declared.title, declared.outlet, declared.author, *declared.tags):
            assert not encoding.UNSAFE.search(value), repr(value)
        assert any("removed" in note for note in document.notes), document.notes


def test_an_override_in_html_metadata_or_json_ld_never_reaches_the_title_outlet_or_author(tmp_path):
    page = tmp_path / "a.html"
    ld = '{"@type": "NewsArticle", "headline": "Leaders\\u202e agree", "author": {"name": "Kim\\u2066 Lee"}}'
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page.write_text(
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:site_name" content="O&#x202E; ff"><title>x</title></head>'
        f"<body><article>{paragraphs * 3}</article></body></html>",
        "utf-8",
    )
    document = ingest.read_path(page, tmp_path)
    assert isinstance(document, Document), document
    declared = document.declared
    assert (declared.title, declared.outlet, declared.author) == ("Leaders agree", "O ff", "Kim Lee")
    assert any("character reference" in note for note in document.notes)
    assert any("JSON-LD" in note for note in document.notes)


# ------------------------------------------------------------------ references to characters no XML may hold
@pytest.mark.parametrize(
    "reference", ["&#27;", "&#1;", "&#xFFFE;", "&#x202E;", "&#0;", "&#129;", "&#x10FFFF;", "&#00027"]
)
def test_a_reference_to_a_control_character_in_an_html_body_keeps_the_article(tmp_path, reference):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>T</title></head><body><article><p>Putin and Kim Jong Un signed the treaty in "
        "Pyongyang on 19 June 2024 with a mutual defense clause, officials said.</p>"
        f"<p>Entity {reference} in body. More text about the treaty here for length.</p></article></body></html>",
        "utf-8",
    )
    document = ingest.read_path(page, tmp_path)
    assert isinstance(document, Document), document
    assert "Entity" in document.text and "in body" in document.text
    assert not encoding.UNSAFE.search(document.text)
    assert any("character reference" in note for note in document.notes)


def test_references_to_text_characters_are_left_for_the_parser():
    html = "<p>&#150; &#x2014; &#233; &#8206; &amp;#27; &#12;x &#x2028;y</p>"
    cleaned, count = readers.without_unsafe_references(html)
    assert cleaned == "<p>&#150; &#x2014; &#233; &#8206; &amp;#27;  x  y</p>"
    assert count == 2


# ------------------------------------------------------------------ no article text
@pytest.mark.parametrize(
    "content",
    ["...!!!???---\n\n***\n", "https://example.com/a/very/long/address/to/somewhere?with=query\n", "   \n\t\n  \n",
     "🙂🙂🙂 🎉🎉\n\n👍\n", "— — —\n2024-06-19\n12:00\n", "www.example.com/news/2024/06/19/story.html\n"],
    ids=["punctuation", "a web address", "white space", "emoji", "digits and dashes", "www address"],
)
def test_a_file_without_letters_besides_web_addresses_is_refused_as_no_article_text(tmp_path, content):
    path = tmp_path / "a.txt"
    path.write_text(content, "utf-8")
    outcome = ingest.read_path(path, tmp_path)
    assert isinstance(outcome, Rejection)
    assert outcome.reason.startswith("no article text found") or outcome.reason == "empty file"


@pytest.mark.parametrize("content", ["Analyst note: talks resumed.\n", "북한과 러시아가 조약에 서명했다 오늘\n", "普京访问平壤并签署了条约今天\n"])
def test_a_short_text_of_ten_letters_in_any_script_is_an_article(tmp_path, content):
    path = tmp_path / "a.txt"
    path.write_text(content, "utf-8")
    assert isinstance(ingest.read_path(path, tmp_path), Document)


# ------------------------------------------------------------------ language of a mixed text
MIXED = [
    "Russia and North Korea signed a treaty on mutual defence in Pyongyang on Wednesday.",
    "Россия и Северная Корея подписали договор о всеобъемлющем стратегическом партнёрстве.",
    "러시아와 북한은 수요일 평양에서 포괄적 전략 동반자 협정에 서명했다.",
    "Russland und Nordkorea haben am Mittwoch in Pjöngjang einen Vertrag unterzeichnet.",
    "La Russie et la Corée du Nord ont signé mercredi à Pyongyang un traité de défense.",
    "俄罗斯和朝鲜周三在平壤签署了全面战略伙伴关系条约。",
]


def test_an_article_in_six_languages_has_no_obscure_language_code():
    assert detect_language("\n".join(MIXED)) == "und"


def test_a_mixed_article_mostly_in_one_language_gets_that_language():
    assert detect_language("\n".join([MIXED[3]] * 5 + MIXED)) == "de"
    assert detect_language("\n".join([MIXED[4]] * 5 + MIXED)) == "fr"


# ------------------------------------------------------------------ one build with every hazard
@pytest.fixture(scope="module")
def hazardous(tmp_path_factory):
    """The five seeds, plus: a seed swapped for a link to a file outside seeds/ between the scan and
    extraction (through a patched ingest.scan), a link to another seed, a loop, a link out, a link to
    nothing, control characters in titles and a UTF-16 file, a file of punctuation, a hostile name."""
    tmp = tmp_path_factory.mktemp("hazards")
    (tmp / "project").mkdir()
    project = make_project(tmp / "project")
    secret = _outside(tmp)
    seeds = project.seeds
    (seeds / "victim.txt").write_text(f"A report that is replaced\n\n{ARTICLE}", "utf-8")
    os.symlink("003_9e64af0b13b60c81.txt", seeds / "zz-link-to-npr.txt")
    os.symlink("loop-b.txt", seeds / "loop-a.txt")
    os.symlink("loop-a.txt", seeds / "loop-b.txt")
    os.symlink(secret, seeds / "out.txt")
    os.symlink("nowhere.txt", seeds / "dangling.txt")
    for index, (name, char) in enumerate(CONTROLS.items()):
        stem = name.replace(" ", "-")
        _write(seeds / f"{stem}.txt", "title", char, _distinct(3 * index))
        _write(seeds / f"{stem}.md", "paragraph", char, _distinct(3 * index + 1))
        _write(seeds / f"{stem}.html", "title", char, _distinct(3 * index + 2))
    (seeds / "utf16-nul.txt").write_bytes(f"Leaders\x00 agree in UTF-16\n\n{_distinct(99)}".encode("utf-16"))
    (seeds / "punctuation.txt").write_text("...!!! ??? --- ***\n", "utf-8")
    (seeds / "forged\nrefused 003_9e64af0b13b60c81.txt: fake.txt").write_text(ARTICLE, "utf-8")

    real_scan = ingest.scan
    swapped = []

    def scan_then_swap(*args, **kwargs):
        found = real_scan(*args, **kwargs)
        if not swapped:
            (seeds / "victim.txt").unlink()
            os.symlink(secret, seeds / "victim.txt")
            swapped.append(True)
        return found

    patch = pytest.MonkeyPatch()
    patch.setattr(ingest, "scan", scan_then_swap)
    try:
        result = build.build(project)
    finally:
        patch.undo()
    assert swapped
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    return project, result, document


def test_a_link_swapped_in_mid_build_publishes_nothing_from_outside_seeds(hazardous):
    project, _, document = hazardous
    for folder in (project.site, project.docs):
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                assert SECRET_MARK.encode() not in path.read_bytes(), path
    rejected = {r["source"]: r["reason"] for r in document["rejected"]}
    assert rejected["seeds/victim.txt"].startswith(ingest.CHANGED)


def test_a_link_to_another_seed_is_reported_as_its_exact_duplicate(hazardous):
    _, _, document = hazardous
    npr = next(a for a in document["articles"] if a["source"] == "seeds/003_9e64af0b13b60c81.txt")
    assert {"source": "seeds/zz-link-to-npr.txt", "duplicate_of": npr["id"], "kind": "exact"} in document["duplicates"]
    assert "seeds/zz-link-to-npr.txt" not in {a["source"] for a in document["articles"]}


def test_loops_links_out_and_links_to_nothing_are_refused_under_their_own_names(hazardous):
    _, _, document = hazardous
    rejected = {r["source"]: r["reason"] for r in document["rejected"]}
    assert rejected["seeds/loop-a.txt"] == rejected["seeds/loop-b.txt"] == "symbolic link loop"
    assert rejected["seeds/out.txt"] == "symbolic link to a file outside seeds/"
    assert rejected["seeds/dangling.txt"].startswith("symbolic link to nothing")
    assert all(source.startswith("seeds/") for source in rejected)


def test_control_characters_do_not_stop_publishing_and_the_feed_is_xml(hazardous):
    project, result, document = hazardous
    sources = {a["source"] for a in document["articles"]}
    for name in CONTROLS:
        stem = name.replace(" ", "-")
        assert {f"seeds/{stem}.txt", f"seeds/{stem}.md", f"seeds/{stem}.html"} <= sources
    assert "seeds/utf16-nul.txt" in sources
    assert len([a for a in document["articles"] if a["source"].startswith("seeds/0")]) == 5
    feed = ET.parse(project.site / "feed.xml").getroot()
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) >= 5
    notices = " ".join(n.message for n in result.summary.notices)
    assert "read as line breaks" in notices and "removed" in notices


def test_a_file_of_punctuation_and_a_forged_file_name_are_refused_on_one_line_each(hazardous):
    _, _, document = hazardous
    rejected = {r["source"]: r["reason"] for r in document["rejected"]}
    assert rejected["seeds/punctuation.txt"].startswith("no article text found")
    forged = "seeds/forged\\nrefused 003_9e64af0b13b60c81.txt: fake.txt"
    assert rejected[forged] == ingest.UNPRINTABLE_NAME
    assert not any("\n" in source for source in rejected)

