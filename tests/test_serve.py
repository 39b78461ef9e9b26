"""`briefing serve` says what it does (issue 19, item 7): the address it serves on, and each rebuild's counts
and warnings worded as `briefing build` words them."""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from generator import build, cli
from generator.build import Result, Summary
from generator.model import Notice, Rejection
from generator.publish.docs_folder import DocsChanges
from tests.conftest import make_project

SITE_URL_WARNING = "warning mkdocs.yml: no site_url"


def _result(articles: int, notices: tuple[Notice, ...], written: tuple[str, ...] = ()) -> Result:
    return Result(Summary(articles, (), (Rejection("seeds/bad.txt", "empty file"),), notices), DocsChanges(written, 3, ()))


def test_serve_prints_each_rebuild_as_build_does_and_no_warning_twice(capsys):
    report = cli._ServeReport()
    listener = report.listener()
    first = (Notice("mkdocs.yml", "no site_url: …"), Notice("seeds/a.txt", "no date found"))
    listener.built(_result(2, first, ("index.md",)))
    listener.serving("http://127.0.0.1:8123/")
    listener.built(_result(2, first))  # MkDocs' rebuild for the pages just written: nothing new, nothing said
    listener.built(_result(3, (*first, Notice("seeds/b.txt", "no outlet found")), ("articles/b.md",)))
    listener.failed("seeds: no such\nfolder")
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "2 articles, 0 duplicates, 1 refused, 2 warnings, 1 pages written, 0 removed",
        "serving on http://127.0.0.1:8123/ (Ctrl+C to stop)",
        "3 articles, 0 duplicates, 1 refused, 3 warnings, 1 pages written, 0 removed",
    ]
    assert err.splitlines() == [
        "refused seeds/bad.txt: empty file",
        "warning mkdocs.yml: no site_url: …",
        "warning seeds/a.txt: no date found",
        "warning seeds/b.txt: no outlet found",  # only what is new since the rebuild before
        "error: docs/ not regenerated: seeds: no such\\nfolder (the preview goes on serving)",
    ]


def test_build_and_serve_word_a_build_alike(tmp_path, capsys):
    project = make_project(tmp_path)
    result = build.generate(project)
    cli._summary(result, strict=False)
    built = capsys.readouterr()
    cli._ServeReport().built(result)
    assert capsys.readouterr() == built


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _lines(stream, into: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        into.put(line.rstrip("\n"))


def _wait_for(lines: queue.Queue, seen: list[str], wanted, timeout: float = 90) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(line)
        if wanted(line):
            return line
    raise AssertionError(f"not printed within {timeout} s; printed: {seen}")


def _opened(url: str, within: float = 10):
    """The page at url, asked again while the server is still coming up (refused) for up to `within` s."""
    deadline = time.monotonic() + within
    while True:
        try:
            return urllib.request.urlopen(url, timeout=30)
        except urllib.error.URLError as error:
            if not isinstance(error.reason, ConnectionRefusedError) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_serve_prints_its_address_and_each_rebuild(tmp_path):
    """`briefing serve` started as a reader starts it, on a free port: its first lines are the build's
    warnings and counts and the address, which serves the site and its feed; a new seed is a rebuild line."""
    project = make_project(tmp_path)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    out, err, seen_out, seen_err = queue.Queue(), queue.Queue(), [], []
    for stream, into in ((process.stdout, out), (process.stderr, err)):
        threading.Thread(target=_lines, args=(stream, into), daemon=True).start()
    try:
        counts = _wait_for(out, seen_out, lambda line: "articles," in line)
        assert counts.startswith("5 articles, 0 duplicates, 0 refused, 8 warnings, ") and "pages written" in counts
        address = _wait_for(out, seen_out, lambda line: line.startswith("serving on "))
        assert address == f"serving on http://127.0.0.1:{port}/ (Ctrl+C to stop)"
        with _opened(f"http://127.0.0.1:{port}/") as page:  # printed as the server is made, it binds at once after
            assert page.status == 200 and b'class="briefing-feed"' in page.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/feed.xml", timeout=30) as feed:
            assert feed.status == 200 and b"<feed" in feed.read()

        (project.seeds / "late.md").write_text(
            "---\ntitle: Harbour talks resume\noutlet: Regional Ledger\n---\n\n"
            + "\n\n".join(f"Paragraph {i} about the harbour talks and the ports." for i in range(4)) + "\n",
            "utf-8",
        )
        rebuilt = _wait_for(out, seen_out, lambda line: line.startswith("6 articles,"))
        assert rebuilt.startswith("6 articles, 0 duplicates, 0 refused, 9 warnings, ")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode == 0  # Ctrl+C stops it cleanly
    time.sleep(0.2)  # the reader threads take the last lines
    while not err.empty():
        seen_err.append(err.get())
    assert sum(line.startswith(SITE_URL_WARNING) for line in seen_err) == 1, seen_err  # printed once, not per rebuild
    assert "warning seeds/late.md: no date found" in seen_err
    assert not any("Traceback" in line for line in seen_err), seen_err
