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

from ..model import Document, Rejection

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
    Each folder is opened from its parent's descriptor without following a link, so a folder
    swapped for a link while the scan runs is refused under its own name and nothing beyond it is
    listed; a seed's `source` is the seeds folder's own source joined with the path as listed,
    never a resolved path. A link to a file inside seeds/ is a seed of its own name with its
    target's bytes (collect then reports it as an exact duplicate); a link out of seeds/, to a
    folder, a loop or a link to nothing is refused under the link's own name, as is anything that
    is not a regular file (a FIFO, a socket, a device).
    """
    if not seeds_dir.is_dir():
        return (), ()
    base = os.path.realpath(seeds_dir)
    top = _source(seeds_dir, root)
    found: list[tuple[str, SeedFile | Rejection]] = []

    def walk(folder: int | str, relative: str) -> None:
        with os.scandir(folder) as listing:
            entries = list(listing)
        if isinstance(folder, str) and relative and os.path.realpath(folder) != os.path.join(base, relative):
            raise _Refused(FOLDER_CHANGED)  # listed by path, through a link swapped in: the listing is not seeds/
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name in SKIPPED_NAMES:
                continue
            path = f"{relative}/{name}" if relative else name
            source = f"{top}/{path}" if top != "." else path
            try:
                if entry.is_symlink():
                    real, status = _link_target(os.path.join(base, path), base)
                    outcome = _seed(source, real, base, keep_data, status)
                elif entry.is_dir(follow_symlinks=False):
                    if path.count("/") >= MAX_DEPTH:  # each level holds a descriptor open
                        raise _Refused(f"folders nested more than {MAX_DEPTH} deep")
                    inner = _enter(folder, name)
                    try:
                        walk(inner, path)
                    finally:
                        if isinstance(inner, int):
                            os.close(inner)
                    continue
                elif entry.is_file(follow_symlinks=False):
                    outcome = _seed(source, os.path.join(base, path), base, keep_data, at=(folder, name))
                else:
                    raise _Refused(NOT_REGULAR)
            except _Refused as refused:
                outcome = Rejection(printable(source), refused.reason)
            except OSError as exc:
                if exc.errno == errno.ENOENT:  # gone since it was listed: not a file any more
                    continue
                outcome = Rejection(printable(source), _unreadable(exc))
            found.append((path, outcome))

    try:
        top_folder = os.open(base, os.O_RDONLY | _DIRECTORY | _CLOEXEC) if _AT else base
    except OSError:
        return (), ()
    try:
        walk(top_folder, "")
    finally:
        if isinstance(top_folder, int):
            os.close(top_folder)
    found.sort(key=lambda item: item[0])
    files = tuple(outcome for _, outcome in found if isinstance(outcome, SeedFile))
    return files, tuple(outcome for _, outcome in found if isinstance(outcome, Rejection))


MAX_DEPTH = 32
NOT_REGULAR = "not a regular file (a FIFO, a socket or a device)"
FOLDER_CHANGED = "changed while being read (a folder became a symbolic link, which is not followed)"
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Folders opened from their parent's descriptor (openat): a folder swapped for a link cannot be entered.
# Where the platform has no such calls, a folder is entered by path after checking it is not a link.
_AT = os.open in os.supports_dir_fd and os.scandir in os.supports_fd


def _enter(folder: int | str, name: str) -> int | str:
    """The subfolder `name` of `folder`, opened without following a link, or _Refused."""
    try:
        if isinstance(folder, int):
            return os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=folder)
        path = os.path.join(folder, name)
        if os.path.islink(path):
            raise OSError(errno.ELOOP, "a symbolic link", path)
        return path
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENOTDIR):
            raise _Refused(FOLDER_CHANGED) from None
        raise


def _seed(
    source: str, path: str, base: str, keep_data: bool,
    status: os.stat_result | None = None, at: tuple[int | str, str] | None = None,
) -> SeedFile | Rejection:  # fmt: skip
    """The seed at `path` (opened as `at`, a folder and a name, when given), or _Refused."""
    if printable(source) != source:
        raise _Refused(name_refusal(source))
    if status is not None and status.st_size > MAX_BYTES:
        raise _Refused(_too_large(status.st_size))
    data, opened = _read_inside(path, base, at=at if at and isinstance(at[0], int) else None)
    if len(data) > MAX_BYTES:  # grown since it was listed
        raise _Refused(_too_large(len(data)))
    digest = hashlib.sha256(data).hexdigest()
    return SeedFile(source, digest, data if keep_data else None, path, opened.st_dev, opened.st_ino, base)


UNPRINTABLE_NAME = "control characters in the file name (shown escaped)"
UNDECODABLE_NAME = "a file name that is not UTF-8 (shown escaped): rename the file"


def name_refusal(source: str) -> str:
    """Why a name `printable` changes is refused: bytes that are not UTF-8 (an old archiver's 'café') are no
    control characters, and saying so would send the reader looking for one."""
    return UNDECODABLE_NAME if re.search("[\udc80-\udcff]", source) else UNPRINTABLE_NAME


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
    try:
        status = os.stat(real)
    except OSError as exc:
        raise _Refused(_unreadable(exc)) from None
    if stat.S_ISDIR(status.st_mode):
        raise _Refused("symbolic link to a folder (links to folders are not followed)")
    if not _inside(real, base):
        raise _Refused("symbolic link to a file outside seeds/")
    if not stat.S_ISREG(status.st_mode):
        raise _Refused(NOT_REGULAR)
    return real, status


def _read_inside(
    path: str, base: str, identity: tuple[int, int] | None = None, at: tuple[int, str] | None = None
) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file at `path` (at most MAX_BYTES + 1) and its status, opened
    without following a link and read from that one descriptor, or _Refused. With `at` (a folder's
    descriptor and the file's name in it) the file is opened from that folder, as the scan lists it.

    Where /proc/self/fd tells what was opened, the file must be inside `base` (a folder or the
    file swapped for a link since the scan is refused; a file replaced by another file inside
    seeds/, as an editor saves, is read as it is now). Elsewhere it must be the file scanned
    (`identity`: st_dev, st_ino) at a real path still inside `base`.
    """
    try:
        flags = os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC
        fd = os.open(at[1], flags, dir_fd=at[0]) if at else os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # the file is a link now (EMLINK on FreeBSD)
            raise _Refused(CHANGED) from None
        raise
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise _Refused(CHANGED + " (no longer a regular file)")
        if status.st_size > MAX_BYTES:
            raise _Refused(_too_large(status.st_size))
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
    # A reader can make from markup (an HTML entity, a YAML escape) what decoding removed; declared_fields.clean
    # drops it from declared values, and here from the body. A plain text's body is the decoded text itself,
    # which decoding cleaned already (its NFC normalisation makes no unsafe character of safe ones).
    body, removed = encoding.without_controls(body) if body is not decoded.text else (body, ())
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
        return Rejection(printable(source), name_refusal(source)), b""
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
