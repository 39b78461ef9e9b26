"""What earlier builds learnt, kept in `.briefing/` so the next build redoes only what changed.

- `Store`: `.briefing/store/`, everything a build remembers that it could make again (extracted articles,
  the near-duplicate and timeline memos, the record of docs/ and of the last good site, the last build's
  summary): one JSON object per entry, named by its kind and a digest of what it was made from, and one
  prune, by use.
- `ArticleCache`: the store's extracted articles (and refusals), one entry per seed, keyed by the seed's
  content hash, its format, the extractor's version, the data files' digest and the extraction code's
  digest. A hit skips decoding and extraction entirely.
- The slugs given (slugs.py) and the history of what changed (collect/history.py) are decisions, not
  memos: files of their own beside the store, never pruned; they use write_atomic and read_state here.
- articles are JSON, made and read by codec.py's `to_json` / `from_json`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import typing
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from .codec import from_json, to_json
from .ingest.ingest import TRANSIENT
from .model import Article, Rejection

CACHE_FORMAT = "1"  # bump when the layout of cache entries changes
# Bump when extraction changes in a way that should invalidate cached articles (any edit of the extraction
# code does already: code_digest is part of the key). Here, not in extract.py: a build reads it before
# it imports extraction (and its libraries), which a build with no new article may never need.
EXTRACTOR_VERSION = "11"  # 11: Quote.written_in (a document's words)
STATE_DIR = ".briefing"

# The code that makes an extracted article: the ingest and extract stages and the shared modules they use
# (tests/test_stages.py checks that they import nothing else). Editing any other module does not make
# the articles extracted again.
EXTRACTION_CODE = ("ingest/*.py", "extract/*.py", "model.py", "text.py")
PACKAGE = Path(__file__).resolve().parent


# ------------------------------------------------------------------- digests
def code_digest(package_dir: Path | None = None) -> str:
    """Hash of the extraction code (EXTRACTION_CODE)."""
    return _digest(package_dir or PACKAGE, EXTRACTION_CODE)


def modules_digest(*patterns: str) -> str:
    """Hash of the package's files matching these patterns (relative to the package: "publish/search.py")."""
    return _digest(PACKAGE, patterns)


def source_digest(package_dir: Path | None = None, *, templates: bool = False) -> str:
    """Hash of every module of the package, and with `templates` its page templates."""
    return _digest(package_dir or PACKAGE, ("**/*.py", *(("render/templates/*",) if templates else ())))


def _digest(package_dir: Path, patterns: tuple[str, ...]) -> str:
    paths = {path for pattern in patterns for path in package_dir.glob(pattern) if "__pycache__" not in path.parts}
    hasher = hashlib.sha256()
    for path in sorted(paths):
        hasher.update(path.relative_to(package_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def versions(*packages: str) -> str:
    """"name=version" of each installed package (a missing one is left out), for fingerprints."""
    from importlib import metadata

    found = []
    for package in packages:
        try:
            found.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            pass
    return "\0".join(found)


def file_identity(stat: os.stat_result) -> list[int]:
    """What says a file is still the file it was: size, modification and change times, inode. An edit in
    place changes the ctime, which no one can set back (the mtime can be); a file written again through
    write_atomic is a new inode, whatever the clock's grain."""
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def write_atomic(target: Path, data: bytes | Callable[[typing.BinaryIO], None]) -> None:
    """Write through a temporary file beside the target, renamed over it: a reader sees the old
    bytes or the new, never part. The temporary name is unique to this process and thread, and
    the folder is made only when missing (a cold build writes thousands of files, and a mkstemp
    and a mkdir per file would each cost more than the write). `data` may be a function that writes
    into the open file, for a big document that need not be held in memory whole."""
    temp = target.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{target.name}")
    try:
        out = open(temp, "wb")
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        out = open(temp, "wb")
    try:
        with out:
            if callable(data):
                data(out)
            else:
                out.write(data)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_state(target: Path, data: bytes | Callable[[typing.BinaryIO], None]) -> None:
    """write_atomic for a file of the state folder: a folder in its place (which the rename cannot replace)
    is discarded with a warning, as a malformed file is, rather than ending every build until removed."""
    try:
        write_atomic(target, data)
    except IsADirectoryError:
        discarded(target, "a folder, not a file")
        write_atomic(target, data)


def read_state(path: Path, *, warn: bool = True) -> dict | None:
    """A state file's JSON object, or None when it is missing or not one (bad JSON, a list, a string,
    null...). What is there but malformed is discarded with a warning: the build that finds it
    rebuilds it from the seeds, and the next build finds a good one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        reason = exc.strerror or str(exc)
    else:
        try:
            document = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than a build ever writes
            reason = "not valid JSON"
        else:
            if isinstance(document, dict):
                return document
            reason = f"a JSON {type(document).__name__.replace('NoneType', 'null')}, not an object"
    if warn:
        discarded(path, reason)
    return None


def discarded(path: Path, reason: str) -> None:
    """Say that a state file was set aside (what it held is made again). A folder in its place is removed:
    the file written in its place could not be renamed over it, and every build would end there."""
    logging.getLogger("briefing").warning("warning %s: %s; discarded, it is made again", path, reason)
    _remove_folder(path)


def state_folder(folder: Path, within: Path) -> Path:
    """`folder` of the state in `within`, made when missing. A file in its place or in a parent's place below
    `within` (`.briefing/store` a file: every write under it fails) is discarded with a warning and the folder
    made, rather than ending every build until someone removes it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        below = [folder, *folder.parents[: len(folder.parents) - len(within.parents) - 1]]
        in_the_way = next((p for p in below if p.is_symlink() or p.exists()), None)
        if in_the_way is None or in_the_way.is_dir():
            raise
        logging.getLogger("briefing").warning("warning %s: a file, not a folder; discarded, it is made again", in_the_way)
        in_the_way.unlink()
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def template_cache(folder: Path):
    """Jinja's cache of compiled templates in `folder` (`.briefing/templates`), as damaged state is read: an
    entry Jinja cannot load (cut short, garbage after its header: pickle and marshal raise, which Jinja lets
    through, and every build would end there) is discarded with a warning and the template compiled again."""
    import jinja2

    class DamageDiscarded(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # noqa: BLE001 - whatever unpickling garbage raises
                bucket.reset()
                discarded(Path(self._get_cache_filename(bucket)), "not a compiled template Jinja can load")

    return DamageDiscarded(str(state_folder(folder, folder.parent)))


def _remove_folder(path: Path) -> None:
    """A real folder (not a link to one, which a rename replaces) at a path of the state, and what it holds."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)


# --------------------------------------------------------------------- store
class Store:
    """`.briefing/store/<kind>/<key[:2]>/<key>.json`: one JSON object per entry. An entry's key is a digest
    (`key`) of what it was made from, its inputs and the code that made it, so a changed input or code is
    another key: the old entry is never read again, and the prune removes it.

    One prune, by use: `prune` removes every entry of a kind this Store opened (read, wrote or looked for)
    that it neither read nor wrote nor `kept`. A kind it never opened is left alone: `generate` does
    not touch the record of the site, nor a docs-only build the article entries of a published one.
    A malformed entry is discarded with a warning (read_state) and made again."""

    FOLDER = "store"

    def __init__(self, state_dir: Path):
        self.folder = state_dir / self.FOLDER
        self.templates = state_dir / "templates"  # compiled Jinja templates, in Jinja's own format
        self._used: dict[str, set[str]] = {}  # kind opened -> the keys of it this build relies on

    @staticmethod
    def key(*parts: str) -> str:
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}.json"

    def open(self, kind: str) -> None:
        """Prune this kind after the build, though it reads or writes none of it (every entry then goes)."""
        self._used.setdefault(kind, set())

    def keep(self, kind: str, key: str) -> None:
        """An entry this build relies on without reading it here (one a worker process wrote)."""
        self._used.setdefault(kind, set()).add(key)

    def drop(self, kind: str, key: str) -> None:
        """An entry read that this build could not use after all: pruned, unless written again."""
        self._used.setdefault(kind, set()).discard(key)

    def read(self, kind: str, key: str, *, warn: bool = True) -> dict | None:
        found = self._used.setdefault(kind, set())
        document = read_state(self.path(kind, key), warn=warn)
        if document is not None:
            found.add(key)
        return document

    def write(self, kind: str, key: str, data: bytes | Callable[[typing.BinaryIO], None]) -> None:
        path = self.path(kind, key)
        try:
            write_state(path, data)  # (`has` takes a folder in an entry's place for a missing entry)
        except NotADirectoryError:  # a file where a folder of the store should be
            state_folder(path.parent, self.folder.parent)
            write_state(path, data)
        self.keep(kind, key)

    def forget(self, kind: str) -> None:
        """Every entry of a kind gone now, not at the prune (the last build's summary, once docs/ is new)."""
        self._used[kind] = set()
        self._prune(kind)

    def prune(self) -> int:
        return sum(self._prune(kind) for kind in self._used)

    def _prune(self, kind: str) -> int:
        removed = 0
        for path in (self.folder / kind).glob("*/*.json"):
            if path.stem not in self._used[kind] and not path.name.startswith(".tmp-"):  # (one being written)
                _remove_folder(path)  # a folder named like an entry: unlink would fail, and every build with it
                path.unlink(missing_ok=True)
                removed += 1
        return removed


# What builds before the store kept beside it (each is now an entry of the store, or templates/): removed by
# the first build that finds them, or an upgraded project would keep its old cache of every article for good.
LEGACY = ("cache", "page-templates", "dedupe.json", "timeline-groups.json", "article-pages.json", "last-build.json", "site.json")


def remove_legacy(state_dir: Path) -> None:
    for path in (state_dir / name for name in LEGACY):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


# ------------------------------------------------------------- article cache
class ArticleCache:
    """The store's extracted articles and refusals (kind "article"), one entry per seed content."""

    KIND = "article"

    def __init__(self, store: Store, *, extractor: str, knowledge: str, code: str):
        self.store = store
        store.open(self.KIND)  # pruned with the store: entries no seed used go
        self._salt = f"{CACHE_FORMAT}\0{extractor}\0{knowledge}\0{code}"
        self.hits = 0
        self.misses = 0

    def key(self, source: str, digest: str) -> str:
        # The format (from the extension) is part of the key: the same bytes read as .md and .txt differ.
        return Store.key(digest, PurePosixPath(source).suffix.lower(), self._salt)

    def has(self, source: str, digest: str) -> bool:
        """Whether an entry is stored (a stat; `get` may still find it unreadable)."""
        return self.store.path(self.KIND, self.key(source, digest)).is_file()

    def get(self, source: str, digest: str) -> Article | Rejection | None:
        key = self.key(source, digest)
        entry = self.store.read(self.KIND, key)  # (a missing one is no warning, a malformed one is)
        found: Article | Rejection | None = None
        try:
            if entry is not None and set(entry) == {"rejected"} and type(entry["rejected"]) is str:
                if not entry["rejected"].startswith(TRANSIENT):  # never put: tried again
                    found = Rejection(source, entry["rejected"])
            elif entry is not None and set(entry) == {"article"} and isinstance(entry["article"], dict):
                data = entry["article"]
                data["source"] = source  # the same bytes may have moved: reported under their name now
                found = from_json(Article, data)
                if not _sound(found):
                    found = None
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            found = None
        if found is None:
            self.misses += 1  # extracted again, and the entry written anew
            self.store.drop(self.KIND, key)
            if entry is not None:
                discarded(self.store.path(self.KIND, key), "it is not an entry a build writes")
            return None
        self.hits += 1
        return found

    def put(self, source: str, digest: str, result: Article | Rejection) -> None:
        key = self.key(source, digest)
        if isinstance(result, Rejection) and result.reason.startswith(TRANSIENT):
            return  # tried again by the next build
        if isinstance(result, Rejection):
            entry: dict[str, Any] = {"rejected": result.reason}
        else:
            entry = {"article": to_json(result)}
        self.store.write(self.KIND, key, json.dumps(entry, ensure_ascii=False).encode("utf-8"))

    def mark_used(self, source: str, digest: str) -> None:
        """An entry another process (an extraction worker) put: kept by the prune like one put here."""
        self.store.keep(self.KIND, self.key(source, digest))


_ANCHOR = re.compile(r"[a-z]+-[0-9a-f]{4,64}(?:-[0-9]+)*")  # text.anchor (a prefix and a digest), -2 for a repeat


def _sound(article: Article) -> bool:
    """Whether a cached article has the shape extraction gives, in the parts that later stages sort,
    join and write into pages (a damaged entry, a title of null or a paragraph's text of 5, would fail
    every build that reads it: it is extracted again instead)."""
    if not all(type(value) is str for value in (article.title, article.language, article.slug, article.digest)):
        return False
    if not all(value is None or type(value) is str for value in (article.outlet, article.author, article.url)):
        return False
    if article.published is not None and not isinstance(article.published, dt.date):
        return False
    if not SLUG.fullmatch(article.slug):
        return False
    return all(
        type(p.text) is str and type(p.anchor) is str and _ANCHOR.fullmatch(p.anchor) for p in article.paragraphs
    )


SLUG = re.compile(r"[^\W_](?:[\w-]{0,200}[^\W_])?")  # what extract.article_slug makes: words and hyphens
