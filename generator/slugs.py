"""The slugs given: `.briefing/slugs.json`, the slug each article was given, so a later collision, an edit
or an extractor change cannot move an existing URL, and (`added`) each article's feed id and the date of the
build that first gave it a page. A decision, not a memo: it is kept apart from the store (cache.Store) and
never pruned; a build without it takes the slugs back from the published briefing.json."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .cache import SLUG, read_state, write_atomic
from .model import Added, Article

@dataclasses.dataclass(frozen=True)
class SlugRegistry:
    """`.briefing/slugs.json`: for each article in seeds/, its source, content digest and slug; and the
    slugs that moved (`moved`: an article's first slug made from junk, say a skip link taken for its
    title, and the slug it has now), whose old URL stays as a page that sends the reader on.

    An article keeps its slug when its bytes are unchanged (even if moved or if the
    extractor now reads another title) and when it is edited in place.
    """

    entries: tuple[tuple[str, str, str], ...] = ()  # (source, digest, slug)
    moved: tuple[tuple[str, str], ...] = ()  # (old slug, slug now)
    added: tuple[Added, ...] = ()  # what the build that first gave each slug's article a page fixed (collect/added.py)

    @classmethod
    def load(cls, path: Path, published: Path | None = None) -> "SlugRegistry":
        """The registry at `path`; when it is missing or unreadable, the slugs the published site gave
        (`published`: its briefing.json), so deleting `.briefing/` or building a fresh clone beside the
        site never moves a URL once published."""
        document = read_state(path)
        entries = cls._entries(document, "digest", "slug")
        added = _added(document.get("added") if entries is not None else None)
        if entries is None and published is not None and published.is_file():
            document = read_state(published, warn=False)
            entries = cls._entries(document, "digest", "id")
            added = _added(
                [{"slug": e.get("id"), "feed_id": e.get("feed_id"), "day": e.get("added")} for e in document["articles"]]
                if entries is not None else None
            )
        return cls(entries or (), cls._moved(document) if entries is not None else (), added)

    @property
    def remembered(self) -> dict[str, Added]:
        """slug -> the record kept for it."""
        return {record.slug: record for record in self.added}

    @staticmethod
    def _moved(document: Any) -> tuple[tuple[str, str], ...]:
        try:
            pairs = [(e["from"], e["to"]) for e in document.get("moved") or ()]
        except (KeyError, TypeError, AttributeError):
            return ()
        return tuple(sorted(p for p in pairs if all(isinstance(s, str) and SLUG.fullmatch(s) for s in p)))

    @staticmethod
    def _entries(document: Any, digest: str, slug: str) -> tuple[tuple[str, str, str], ...] | None:
        """The (source, digest, slug) entries of a registry or a published briefing.json; a slug that is
        not one extraction makes (a path, a name with "/" or "..": a damaged or hand-edited file) is
        left out, so it can never choose where a page is written."""
        try:
            return tuple(
                (str(e["source"]), str(e.get(digest) or ""), e[slug])
                for e in document["articles"]
                if isinstance(e.get(slug), str) and SLUG.fullmatch(e[slug])
            )
        except (KeyError, TypeError, AttributeError):
            return None

    def given(self, articles: Iterable[Article]) -> dict[str, str]:
        """source -> the slug to keep, for articles that were given one before."""
        by_digest = {digest: slug for _, digest, slug in self.entries if digest}
        by_source = {source: slug for source, _, slug in self.entries}
        ordered = sorted(articles, key=lambda a: a.source)
        out: dict[str, str] = {}
        taken: set[str] = set()
        # Unchanged bytes first (exact identity), then edits in place.
        for article in ordered:
            slug = by_digest.get(article.digest)
            if slug and slug not in taken:
                out[article.source] = slug
                taken.add(slug)
        for article in ordered:
            slug = by_source.get(article.source)
            if article.source not in out and slug and slug not in taken:
                out[article.source] = slug
                taken.add(slug)
        return out

    @classmethod
    def of(
        cls, articles: Iterable[Article], moved: Iterable[tuple[str, str]] = (), folded: Iterable[tuple[str, str, str]] = (),
        added: Iterable[Added] = (),
    ) -> "SlugRegistry":
        """The slugs of the published articles and of the duplicates that hold one (`folded`), and their records."""
        entries = tuple(sorted({*((a.source, a.digest, a.slug) for a in articles), *folded}))
        return cls(entries, tuple(sorted(moved)), tuple(sorted(added, key=lambda record: record.slug)))

    def published_only(self, before: "SlugRegistry") -> "SlugRegistry":
        """These slugs with only the records `before` held (by feed id): a record made now dates its article
        by this run, which publishes nothing yet (generate, serve) or may fail; saved before the site is
        published, the slugs are kept and the build that publishes saves the records (build._run)."""
        known = {record.feed_id for record in before.added}
        return dataclasses.replace(self, added=tuple(r for r in self.added if r.feed_id in known))

    def save(self, path: Path) -> None:
        document = {
            "about": "The slug each article in seeds/ was given; kept so its URL never changes.",
            "articles": [{"source": s, "digest": d, "slug": slug} for s, d, slug in self.entries],
            "moved": [{"from": old, "to": new} for old, new in self.moved],
            "added": [{"slug": r.slug, "feed_id": r.feed_id, "day": r.day.isoformat()} for r in self.added],
        }
        data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            write_atomic(path, data)


_FEED_ID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _added(items: Any) -> tuple[Added, ...]:
    """The records of a registry's "added" list (or of briefing.json's articles); one that is not what a
    build writes (a damaged or hand-edited file) is left out: its article is given a new one."""
    out = []
    for item in items if isinstance(items, list) else ():
        try:
            slug, feed_id, day = item["slug"], item["feed_id"], dt.date.fromisoformat(item["day"])
        except (KeyError, TypeError, ValueError):
            continue
        if isinstance(slug, str) and SLUG.fullmatch(slug) and isinstance(feed_id, str) and _FEED_ID.fullmatch(feed_id):
            out.append(Added(slug, feed_id, day))
    return tuple(out)
