"""A second process for MkDocs: about half of the pages to render are rendered in a fork.

MkDocs renders pages one after another in one process; on a machine with two
cores, most of a full build's time is that loop (Markdown to HTML, then the
theme's template). The Incremental plugin (incremental.py) forks a worker once
MkDocs knows every page and its navigation (`on_nav`). The pages that may move
(pages outside the navigation, and navigation pages whose menu title comes from
the configuration) are claimed one by one (`Claims`): this process as MkDocs
reaches them, the worker from the other end, so that neither waits for the
other however the pages' costs fall. The worker then does for its pages exactly
what MkDocs' build does (`_populate_page`, then `_build_page`), writing into the
same site folder; this process skips them.

What a serial build would share between pages comes back through a pipe:

- the anchors each worker page has and links to, sent as soon as the worker
  has rendered its Markdown, so MkDocs' own anchor validation in this process
  checks every page's links exactly as a serial build would;
- the warnings the worker logged (re-logged here, so --strict counts them);
- an error, which fails the build.

A worker page's HTML depends only on its Markdown and what every page shares
(theme, config, navigation titles), which the fork inherits; the output is
byte-identical to a serial build's (tests/test_incremental.py).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

MIN_COST = 1_000_000  # below this much work (see cost), one process is faster than forking
PAGE_COST = 4000  # a page's template costs about as much as rendering this many bytes of Markdown
# A Markdown link costs about as much as this many bytes of prose: Python-Markdown's inline
# patterns, then MkDocs resolving and validating its target. Index and person pages are mostly
# links (a 150 KB list of 1,000 links takes ~1.6 times as long as 150 KB of article text).
LINK_COST = 300
PARENT, WORKER = 1, 2  # who renders a page (Claims)


def usable() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) >= 2


def cost(markdown: bytes) -> float:
    """About how long a page of this Markdown takes to render, in bytes of article prose."""
    return len(markdown) + LINK_COST * markdown.count(b"](") + PAGE_COST


class Claims:
    """Which process renders each page that may move: the first to claim it.

    The split is not decided beforehand (a static split by estimated cost left
    one process ~1 s behind the other at 1,000 articles, as estimates, and
    whatever else runs beside MkDocs, fall unevenly): this process claims pages
    as MkDocs reaches them, in order, and the worker claims them from the other
    end, so both finish reading pages at about the same time. Shared memory
    and a lock, made before the fork.
    """

    def __init__(self, uris: list[str]) -> None:
        """Raises OSError where there is no shared memory or semaphore to be had (then: no worker)."""
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.uris = list(uris)
        self._index = {uri: number for number, uri in enumerate(self.uris)}
        self._owner = context.RawArray("b", len(self.uris))  # 0: not claimed yet, else PARENT or WORKER
        self._lock = context.Lock()
        # Whether the other process has ended: asked while the lock is not had for a second (a process
        # killed while holding it would otherwise leave this one waiting for ever). Set by each side.
        self.other_ended: Callable[[], bool] = lambda: False

    def take(self, uri: str, who: int) -> bool:
        """Claim the page for `who` unless the other has it; whether it is `who`'s."""
        number = self._index[uri]
        while not self._lock.acquire(timeout=1.0):
            if self.other_ended():
                raise PluginError("the other MkDocs process ended while pages were being claimed")
        try:
            if not self._owner[number]:
                self._owner[number] = who
            return self._owner[number] == who
        finally:
            self._lock.release()

    def owner(self, uri: str) -> int:
        return self._owner[self._index[uri]]


def parent_takes(claims: Claims, uri: str) -> bool:
    """Whether this process renders the page: it claims it (a test may leave every page to the worker)."""
    return claims.take(uri, PARENT)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


@dataclass
class Worker:
    """The parent's handle on one forked worker."""

    pid: int
    pages: dict[str, File]  # src_uri -> file, every page the worker may claim
    _reader: threading.Thread | None = None
    _messages: dict[str, dict] = field(default_factory=dict)
    _arrived: threading.Condition = field(default_factory=threading.Condition)
    _reaped: bool = False

    @classmethod
    def start(cls, movable: list[File], claims: Claims, nav, config, files: Files) -> "Worker":
        """Fork the worker: it claims and renders pages of `movable` (in MkDocs' order), from the last."""
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            os.close(read)
            _work(write, movable[::-1], claims, nav, config, files)
        os.close(write)
        worker = cls(pid, {file.src_uri: file for file in movable})
        claims.other_ended = worker.ended
        worker._reader = threading.Thread(target=worker._read, args=(read,), daemon=True)
        worker._reader.start()
        return worker

    def _read(self, fd: int) -> None:
        with os.fdopen(fd, "r", encoding="utf-8") as pipe:
            for line in pipe:
                message = json.loads(line)
                with self._arrived:
                    self._messages[message["kind"]] = message
                    self._arrived.notify_all()
        with self._arrived:
            self._messages.setdefault("closed", {})
            self._arrived.notify_all()

    def ended(self) -> bool:
        """Whether the worker has closed its end of the pipe: it exited (or failed)."""
        with self._arrived:
            return "closed" in self._messages or "error" in self._messages

    def _wait_for(self, kind: str) -> dict:
        with self._arrived:
            self._arrived.wait_for(lambda: kind in self._messages or "error" in self._messages or "closed" in self._messages)
            if kind in self._messages:
                return self._messages[kind]
        self.finish()  # raises: the worker failed or died
        raise PluginError("the MkDocs worker stopped without a result")

    def apply_anchors(self, files: Files) -> None:
        """Give this process's copies of the worker's pages their anchors, for MkDocs' link validation."""
        anchors = self._wait_for("anchors")["pages"]
        for src_uri, data in anchors.items():
            page = self.pages[src_uri].page
            assert page is not None
            page.present_anchor_ids = set(data["present"])
            page.links_to_anchors = {
                target: links for uri, links in data["links"].items() if (target := files.get_file_from_path(uri))
            }

    def finish(self) -> None:
        """Wait for the worker; re-log its warnings; raise if it failed."""
        if self._reaped:
            return
        if self._reader is not None:
            self._reader.join()
        _, status = os.waitpid(self.pid, 0)
        self._reaped = True
        if os.environ.get("BRIEFING_DEBUG_WORKER"):
            lead = time.time() - self._messages.get("done", {}).get("finished", time.time())
            print(f"[worker] finished {lead:.2f}s before this process", flush=True)
        for name, level, message in self._messages.get("done", {}).get("warnings", []):
            logging.getLogger(name).log(level, message)
        if "error" in self._messages:
            last = self._messages["error"]["text"].strip().splitlines()[-1]
            raise PluginError(f"rendering pages in the MkDocs worker failed: {last}")
        if status != 0 or "done" not in self._messages:
            raise PluginError(f"the MkDocs worker stopped unexpectedly (wait status {status})")

    def stop(self) -> None:
        """Kill the worker (a failed or interrupted build) and reap it."""
        if self._reaped:
            return
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._reaped = True


def _work(fd: int, order: list[File], claims: Claims, nav, config, files: Files) -> None:
    """The worker's whole life: claim and read pages in `order` until this process has claimed the
    rest; report their anchors; render them; report; exit without returning into MkDocs."""
    from mkdocs.commands.build import _build_page, _populate_page

    code = 1
    parent = os.getppid()
    claims.other_ended = lambda: os.getppid() != parent  # orphaned: the build's process is gone
    capture = _Capture()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.handlers = [capture]
    mkdocs_logger.propagate = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as pipe:
            def send(kind: str, **data) -> None:
                pipe.write(json.dumps({"kind": kind, **data}) + "\n")
                pipe.flush()

            try:
                _titles_of_navigation(nav, config, files)
                share = []
                for file in order:
                    if not claims.take(file.src_uri, WORKER):
                        continue  # the parent's; the rest are still asked for (no order of its claims is assumed)
                    if file.page is None:
                        Page(None, file, config)
                    _populate_page(file.page, config, files)
                    share.append(file)
                share.reverse()  # written in MkDocs' order, as a serial build writes them
                send("anchors", pages={file.src_uri: _anchors(file.page) for file in share})
                env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
                doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
                for file in share:
                    _build_page(file.page, config, doc_files, nav, env)
                send("done", warnings=capture.records, finished=time.time())
                code = 0
            except BaseException:
                send("error", text=traceback.format_exc(limit=8))
    finally:
        os._exit(code)


def _titles_of_navigation(nav, config, files: Files) -> None:
    """Navigation pages are rendered by the parent; the worker needs their titles and metadata for the menu."""
    for page in nav.pages:
        page.read_source(config)
        if "title" not in page.__dict__ and "title" not in page.meta:  # the title comes from the first heading
            page.render(config, files)


def _anchors(page: Page) -> dict:
    return {
        "present": sorted(page.present_anchor_ids or ()),
        "links": {target.src_uri: links for target, links in (page.links_to_anchors or {}).items()},
    }
