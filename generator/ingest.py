"""Ingest: the only stage that reads seed files.

`scan` lists the seed files with their bytes and content hash; `read` turns one
into a decoded `Document` or a `Rejection` with a one-line reason. Nothing here
writes anywhere, and nothing a file says can choose a path.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .model import Document, Rejection

MAX_BYTES = 10 * 1024 * 1024  # larger files are refused: no news article is 10 MB of text
SKIPPED_NAMES = frozenset({".gitkeep", ".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class SeedFile:
    source: str  # the file's own path relative to the project root, POSIX style (a link's, not its target's)
    digest: str  # sha256 of the bytes
    data: bytes | None  # None: not kept (`scan(keep_data=False)`); `read` reads the file at `path`
    path: str = ""  # the file's real path inside seeds/ (for a link inside seeds/, its target's)
    device: int = 0  # st_dev and st_ino of the file scanned: without /proc, `read` accepts that file only
    inode: int = 0
    within: str = ""  # the real path of seeds/: `read` refuses a file that is not inside it


class _Refused(Exception):
    """A seed that is not read, with the reason for its refusal line."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def scan(
    seeds_dir: Path, root: Path, *, keep_data: bool = True
) -> tuple[tuple[SeedFile, ...], tuple[Rejection, ...]]:
    """Every regular file under seeds_dir, in path order, or a rejection saying why not.

    Without keep_data only each file's digest is kept (10,000 seeds are ~50 MB of
    bytes a build need not hold); `read` reads a file again when it is extracted,
    by the real path found here and never through a link out of seeds/.
    A link inside seeds/ is a seed of its own name with its target's bytes (collect then
    reports it as an exact duplicate); a link out of seeds/, a loop or a link to nothing is
    refused under the link's own name.
    """
    files: list[SeedFile] = []
    rejections: list[Rejection] = []
    if not seeds_dir.is_dir():
        return (), ()
    base = os.path.realpath(seeds_dir)
    sources = _Sources(root)
    prefix = len(str(seeds_dir)) + 1
    for path in sorted(seeds_dir.rglob("*"), key=lambda p: p.as_posix()):
        text = str(path)  # plain os calls on it: ~25 µs a file less than pathlib's (0.08 s -> 0.03 s at 1,000)
        if path.name in SKIPPED_NAMES or any(part.startswith(".") for part in text[prefix:].split(os.sep)):
            continue
        try:
            status = os.lstat(text)
        except OSError:
            continue
        source = sources.of(text)
        real = sources.real
        if stat.S_ISLNK(status.st_mode):
            try:
                real, status = _link_target(text, base)
            except _Refused as refused:
                rejections.append(Rejection(printable(source), refused.reason))
                continue
        if not stat.S_ISREG(status.st_mode):
            continue
        if printable(source) != source:
            rejections.append(Rejection(printable(source), UNPRINTABLE_NAME))
            continue
        if status.st_size > MAX_BYTES:
            rejections.append(Rejection(source, _too_large(status.st_size)))
            continue
        try:
            data, opened = _read_inside(real, base)
        except _Refused as refused:
            rejections.append(Rejection(source, refused.reason))
            continue
        except OSError as exc:
            if exc.errno == errno.ENOENT:  # gone since it was listed: not a file any more
                continue
            rejections.append(Rejection(source, _unreadable(exc)))
            continue
        if len(data) > MAX_BYTES:  # grown since it was listed
            rejections.append(Rejection(source, _too_large(len(data))))
            continue
        files.append(
            SeedFile(
                source, hashlib.sha256(data).hexdigest(), data if keep_data else None, real,
                opened.st_dev, opened.st_ino, base,
            )
        )  # fmt: skip
    return tuple(files), tuple(rejections)


UNPRINTABLE_NAME = "control characters in the file name (shown escaped)"
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(name: str) -> str:
    """`name` with control characters, line separators, direction overrides and the bytes
    that were not UTF-8 written as escapes (`\\n`, `\\x1b`, `\\u202e`): safe to print on one line."""
    return _UNPRINTABLE.sub(_escape, name) if _UNPRINTABLE.search(name) else name


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def _link_target(link: str, base: str) -> tuple[str, os.stat_result]:
    """The real path and status of what a link inside seeds/ names, or _Refused."""
    try:
        real = os.path.realpath(link, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Refused("symbolic link loop") from None
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise _Refused("symbolic link to nothing (its target does not exist)") from None
        raise _Refused(_unreadable(exc)) from None
    if not _inside(real, base):
        raise _Refused("symbolic link to a file outside seeds/")
    try:
        return real, os.stat(real)
    except OSError as exc:
        raise _Refused(_unreadable(exc)) from None


def _read_inside(path: str, base: str, identity: tuple[int, int] | None = None) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file at `path` (at most MAX_BYTES + 1) and its status, opened
    without following a link and read from that one descriptor, or _Refused.

    Where /proc/self/fd tells what was opened, the file must be inside `base` (a folder or the
    file swapped for a link since the scan is refused; a file replaced by another file inside
    seeds/, as an editor saves, is read as it is now). Elsewhere it must be the file scanned
    (`identity`: st_dev, st_ino) at a real path still inside `base`.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # the file is a link now (EMLINK on FreeBSD)
            raise _Refused(CHANGED) from None
        raise
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise _Refused(CHANGED + " (no longer a regular file)")
        opened = _opened_path(fd)
        if opened is None:
            if identity is not None and (status.st_dev, status.st_ino) != identity:
                raise _Refused(CHANGED)
            opened = os.path.realpath(path)
        if not _inside(opened, base):
            raise _Refused(CHANGED + " (it is now outside seeds/)")
        chunks = []
        left = MAX_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), status
    finally:
        os.close(fd)


CHANGED = "changed while being read"
# Refusals that say nothing lasting about a file's bytes (it moved while read, a disk error, a failure
# in extraction): not remembered between builds, so the next build reads the file again.
TRANSIENT = (CHANGED, "could not be read", "could not be extracted")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in opens at once (and is refused), never hangs
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_PROC_FD = "/proc/self/fd"


def _opened_path(fd: int) -> str | None:
    """The real path of what `fd` is open on, from /proc; None where there is no /proc."""
    try:
        return os.readlink(f"{_PROC_FD}/{fd}")
    except OSError:
        return None


def _inside(path: str, base: str) -> bool:
    return path.startswith(base.rstrip(os.sep) + os.sep)


def _unreadable(exc: OSError) -> str:
    return f"could not be read: {exc.strerror or exc}"


class _Sources:
    """_source(path, root) of files found under seeds/, with each folder resolved once; `real` is
    the real path of the last one (its folder resolved, its own name kept: a link stays a link)."""

    def __init__(self, root: Path) -> None:
        self.root = str(root.resolve())
        self.folders: dict[str, str] = {}
        self.real = ""

    def of(self, text: str) -> str:
        folder, _, name = text.rpartition(os.sep)
        real = self.folders.get(folder)
        if real is None:
            real = self.folders[folder] = os.path.realpath(folder)
        real = self.real = os.path.join(real, name)
        if real == self.root:
            return "."
        if real.startswith(self.root.rstrip(os.sep) + os.sep):
            return real[len(self.root.rstrip(os.sep)) + 1 :].replace(os.sep, "/")
        return Path(text).as_posix()


MIN_LETTERS = 10  # an article has at least this many letters (any script) besides web addresses
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)


def read(seed: SeedFile) -> Document | Rejection:
    """Decode one seed file and split declared metadata from its body.

    A seed scanned without its bytes is read again here, from its real path inside seeds/
    and never through a link (see _read_inside); the document carries the digest of the
    bytes read, so a file changed since the scan is cached as what it is now.
    """
    from . import encoding, readers  # here: a scan (all a build with nothing to do needs) imports neither

    data = seed.data
    if data is None:
        if not seed.within:
            return Rejection(seed.source, "could not be read: not scanned from a seeds folder")
        try:
            data, _ = _read_inside(seed.path, seed.within, (seed.device, seed.inode))
        except _Refused as refused:
            return Rejection(seed.source, refused.reason)
        except OSError as exc:
            return Rejection(seed.source, _unreadable(exc))
        if len(data) > MAX_BYTES:
            return Rejection(seed.source, _too_large(len(data)))
        seed = dataclasses.replace(seed, digest=hashlib.sha256(data).hexdigest(), data=data)
    try:
        decoded = encoding.decode(data)
    except encoding.DecodeError as exc:
        return Rejection(seed.source, str(exc))
    try:
        body, declared, kind, read_notes = readers.read_with_notes(seed.source, decoded.text)
    except readers.ReaderError as exc:
        return Rejection(seed.source, str(exc))
    if not body.strip():
        return Rejection(seed.source, "no article text found")
    if _letters(body) < MIN_LETTERS:
        return Rejection(seed.source, f"no article text found (fewer than {MIN_LETTERS} letters besides web addresses)")
    # A reader can make from markup (an HTML entity, a YAML escape) what decoding removed; readers.clean
    # drops it from declared values, and here from the body.
    body, removed = encoding.without_controls(body)
    return Document(
        source=seed.source,
        digest=seed.digest,
        encoding=decoded.encoding,
        format=kind,
        text=body,
        declared=declared,
        notes=decoded.notes + read_notes + removed,
    )


def _letters(text: str) -> int:
    """Letters in any script outside web addresses, counted up to MIN_LETTERS (a long text stops early)."""
    count = 0
    for line in text.splitlines():
        count += sum(map(str.isalpha, _WEB_ADDRESS.sub(" ", line)))
        if count >= MIN_LETTERS:
            break
    return count


def read_path(path: Path, root: Path) -> Document | Rejection:
    """Read one file named on the command line (`briefing check`, `briefing add`)."""
    return read_named(path, root)[0]


def read_named(path: Path, root: Path) -> tuple[Document | Rejection, bytes]:
    """A file named on the command line, read once: what `read` makes of it, and the bytes it was
    made from (what `briefing add` copies, never a second read of the path). A link named on the
    command line is followed: the person named it."""
    source = _source(path, root)
    if printable(source) != source:
        return Rejection(printable(source), UNPRINTABLE_NAME), b""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Rejection(source, "symbolic link loop"), b""
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR):
            return Rejection(source, "not a file"), b""
        return Rejection(source, _unreadable(exc)), b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return Rejection(source, "not a file"), b""
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return Rejection(source, _unreadable(exc)), b""
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return Rejection(source, _too_large(os.path.getsize(path) if os.path.isfile(path) else len(data))), b""
    return read(SeedFile(source, hashlib.sha256(data).hexdigest(), data)), data


def link_to_nothing(path: Path) -> Path | None:
    """The first folder on `path` (or `path` itself) that is a symbolic link to something that does
    not exist, or None: what a folder made at `path` would be made through (`briefing add`)."""
    path = Path(os.path.abspath(path))
    for part in (*reversed(path.parents), path):
        if os.path.islink(part) and not os.path.exists(part):
            return part
    return None


def _too_large(size: int) -> str:
    return f"file too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)"


def _source(path: Path, root: Path) -> str:
    """The path relative to the project root, its folders resolved and its own name kept as it is
    (a link is named by itself, not by its target); as given when it is outside the root."""
    real = os.path.join(os.path.realpath(path.parent), path.name) if path.name else os.path.realpath(path)
    root_real = os.path.realpath(root)
    if real == root_real:
        return "."
    if _inside(real, root_real):
        return real[len(root_real.rstrip(os.sep)) + 1 :].replace(os.sep, "/")
    return path.as_posix()
