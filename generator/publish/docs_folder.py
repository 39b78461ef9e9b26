"""Pages in, docs/ out: only the pages that changed are written.

Generated pages that are no longer produced are removed (the manifest says
which files are ours, so hand-written files in docs/ are never touched); a
page render gave without text (Page.content None) is the one docs/ holds.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..cache import Store, file_identity, write_atomic
from ..model import Page

MANIFEST = ".briefing-manifest.json"
RECORD = "docs"  # the store's kind for the record of what each page in docs/ was rendered from


@dataclass(frozen=True)
class DocsChanges:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


class PublishError(RuntimeError):
    """What publishing failed on; the published site is left as it was."""


def write_docs(pages: Iterable[Page], docs_dir: Path, store: Store | None = None) -> DocsChanges:
    """Write the pages into docs/ and remove the generated pages no longer produced. With a `record`
    store, the fingerprint of every page that has one is recorded there, with its file's identity, for the
    next build's `unchanged_pages`."""
    writer = DocsWriter(docs_dir)
    fingerprints = {}
    for page in pages:
        writer.write(page)
        if page.fingerprint:
            fingerprints[page.path] = page.fingerprint
    changes = writer.finish()
    if store is not None:
        entries = {}
        for path, fingerprint in sorted(fingerprints.items()):
            try:
                entries[path] = [fingerprint, *file_identity(os.stat(docs_dir / path))]
            except OSError:
                continue
        store.write(RECORD, _record_key(docs_dir), json.dumps(entries, separators=(",", ":")).encode("utf-8"))
    return changes


def _record_key(docs_dir: Path) -> str:
    return Store.key(str(docs_dir.resolve()))


def unchanged_pages(docs_dir: Path, store: Store) -> dict[str, str]:
    """The pages docs/ holds as the last build wrote them, each with the fingerprint it was rendered from
    (write_docs' record): a page whose file is no longer that file (see cache.file_identity) is left out."""
    entries = store.read(RECORD, _record_key(docs_dir)) or {}
    unchanged = {}
    for path, entry in entries.items():
        if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
            continue
        try:
            identity = file_identity(os.stat(docs_dir / path))
        except (OSError, ValueError):
            continue
        if identity == entry[1:]:
            unchanged[path] = entry[0]
    return unchanged


class DocsWriter:
    """Writes pages into docs/ one at a time (so a big briefing's pages need not all be in memory),
    then removes the generated pages no longer produced (`finish`). Unchanged files keep their bytes
    and timestamps."""

    def __init__(self, docs_dir: Path):
        docs_dir.mkdir(parents=True, exist_ok=True)
        self.docs_dir = docs_dir
        self.root = docs_dir.resolve()
        self.previous = _read_manifest(docs_dir)
        self.current: set[str] = set()
        self.written: list[str] = []
        self.unchanged = 0

    def write(self, page: Page) -> None:
        if page.content is None:  # as docs/ holds it (render.render)
            self.keep(page.path)
            return
        target = (self.docs_dir / page.path).resolve()
        if not target.is_relative_to(self.root):  # slugs are sanitised; this is the last line of defence
            raise PublishError(f"refusing to write outside docs/: {page.path}")
        self.current.add(page.path)
        data = page.content.encode("utf-8")
        try:
            if target.read_bytes() == data:
                self.unchanged += 1
                return
        except FileNotFoundError:
            pass
        write_atomic(target, data)  # makes the folder if missing
        self.written.append(page.path)

    def keep(self, path: str) -> None:
        """A page produced again, known to be in docs/ as it is (not rendered again: see render.render)."""
        self.current.add(path)
        self.unchanged += 1

    def finish(self) -> DocsChanges:
        removed = []
        for stale in sorted(self.previous - self.current):
            path = (self.docs_dir / stale).resolve()
            if path.is_relative_to(self.root) and path.suffix == ".md" and path.is_file():  # only pages we write
                path.unlink()
                removed.append(stale)
                _remove_empty_folders(path.parent, self.root)
        manifest = json.dumps(sorted(self.current), indent=0).encode("utf-8")
        if self.previous != self.current or not (self.docs_dir / MANIFEST).exists():
            write_atomic(self.docs_dir / MANIFEST, manifest)
        return DocsChanges(tuple(sorted(self.written)), self.unchanged, tuple(removed))


def _remove_empty_folders(folder: Path, root: Path) -> None:
    """A removed page's folder goes too when nothing else is in it (and so on up, short of root)."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()  # only succeeds when empty: a hand-written file keeps its folder
        except OSError:
            return
        folder = folder.parent


def _read_manifest(docs_dir: Path) -> set[str]:
    """The pages the last build wrote into docs/ (only those are ever removed); a damaged manifest is
    taken for none: a page it named is then left in docs/, never a file removed that it did not name."""
    try:
        pages = json.loads((docs_dir / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return set()
    return {page for page in pages if isinstance(page, str)} if isinstance(pages, list) else set()
