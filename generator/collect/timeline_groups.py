"""How the timeline grouped each date's sentences, remembered between builds (see GroupMemo)."""

from __future__ import annotations

import functools
import hashlib
import json
from typing import TYPE_CHECKING

from ..extract import events

if TYPE_CHECKING:
    from ..cache import Store


class GroupMemo:
    """events.group_similar's answers from earlier builds, keyed by a digest of the texts (in order): a new article
    regroups only the dates it mentions, not every date of every article on every build.
    Readable JSON; a record that is not a grouping of its texts is ignored."""

    VERSION = "1"
    KIND = "timeline"  # its kind in the store (cache.Store): one entry, keyed by this version and the grouping code

    def __init__(self, known: dict[str, list[list[int]]] | None = None) -> None:
        self.known = known or {}
        self.used: set[str] = set()
        self.changed = False

    def groups(self, texts: list[str]) -> list[list[int]]:
        key = hashlib.sha256(json.dumps([events.SIMILAR, texts], ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self.used.add(key)
        found = self.known.get(key)
        if found is None or not _groups_all(found, len(texts)):
            found = self.known[key] = events.group_similar(texts)
            self.changed = True
        return found

    @staticmethod
    @functools.cache  # (files hashed and a package version looked up once a process, not at each load and save)
    def key() -> str:
        from ..cache import Store, modules_digest, versions

        return Store.key(GroupMemo.VERSION, modules_digest("collect/timeline_groups.py", "extract/events.py"), versions("rapidfuzz"))

    @classmethod
    def load(cls, store: "Store") -> "GroupMemo":
        data = store.read(cls.KIND, cls.key())
        groups = (data or {}).get("groups")
        if data is not None and data.get("version") == cls.VERSION and isinstance(groups, dict):
            return cls({key: found for key, found in groups.items() if isinstance(found, list)})
        if data is not None:
            from ..cache import discarded

            discarded(store.path(cls.KIND, cls.key()), "it is not a record a build writes")
        return cls()

    def save(self, store: "Store") -> None:
        """Keep what this build used; write only when that differs from what was loaded."""
        if not self.changed and len(self.used) == len(self.known):
            store.keep(self.KIND, self.key())
            return

        document = {
            "about": "Timeline: per digest of one date's sentences, how they were grouped. Safe to delete.",
            "version": self.VERSION,
            "groups": {key: self.known[key] for key in sorted(self.used)},
        }
        store.write(self.KIND, self.key(), json.dumps(document, separators=(",", ":")).encode("utf-8"))


def _groups_all(groups: object, count: int) -> bool:
    """Whether `groups` is what group_similar gives for `count` texts in form: lists of increasing
    positions, started in order, holding each position once."""
    if not isinstance(groups, list) or not all(isinstance(g, list) and g for g in groups):
        return False
    flat = [p for g in groups for p in g]
    return (
        sorted(flat) == list(range(count))
        and all(type(p) is int for p in flat)
        and all(a < b for g in groups for a, b in zip(g, g[1:]))
        and all(a[0] < b[0] for a, b in zip(groups, groups[1:]))
    )
