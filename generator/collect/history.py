"""What changed since the previous build with different inputs.

A snapshot of the briefing (articles, facts and their outlets, topic members)
is kept in `.briefing/history.json` together with the snapshot before it. A
rebuild from the same inputs finds its own snapshot there and reports the same
changes again, so the same inputs always give the same pages.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..cache import discarded, read_state, write_atomic
from ..model import Briefing

HISTORY_FILE = "history.json"


@dataclass(frozen=True)
class FactChange:
    fact: str
    title: str
    gained: tuple[str, ...]  # outlets
    lost: tuple[str, ...]


@dataclass(frozen=True)
class Changes:
    first_build: bool
    new_articles: tuple[str, ...]  # article ids
    removed_articles: tuple[str, ...]  # titles, since their pages are gone
    new_facts: tuple[str, ...]  # fact ids
    fact_changes: tuple[FactChange, ...]
    topic_new_articles: tuple[tuple[str, tuple[str, ...]], ...]  # (topic slug, article ids)
    # Quote groups and dated timeline entries (their anchors) that the previous build did not have; empty
    # when it kept no list of them (a history written before these were recorded: nothing is called new).
    new_quotes: tuple[str, ...] = ()
    new_events: tuple[str, ...] = ()

    def for_topic(self, slug: str) -> tuple[str, ...]:
        return next((ids for s, ids in self.topic_new_articles if s == slug), ())

    @property
    def nothing(self) -> bool:
        return not (
            self.new_articles or self.removed_articles or self.new_facts or self.fact_changes or self.new_quotes
            or self.new_events
        )


def snapshot(briefing: Briefing) -> dict:
    body = {
        "articles": {a.id: a.title for a in briefing.articles},
        "facts": {f.id: {"title": f.title, "outlets": list(f.outlets)} for f in briefing.facts},
        "topics": {t.slug: list(t.articles) for t in briefing.topics},
        "quotes": sorted(q.anchor for q in briefing.quotes),
        "events": sorted(e.anchor for e in briefing.timeline),
    }
    fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return {"fingerprint": fingerprint, **body}


def diff(previous: dict | None, current: dict, moved: tuple[tuple[str, str], ...] = ()) -> Changes:
    """`moved`: (old slug, slug now) of articles whose URL moved; such an article is neither new nor removed."""
    if previous is None:
        return Changes(True, (), (), (), (), ())
    now = dict(moved)
    old_articles = {now.get(slug, slug): title for slug, title in sorted(previous["articles"].items())}
    new_articles = current["articles"]
    added = tuple(sorted(set(new_articles) - set(old_articles)))
    removed = tuple(sorted(old_articles[i] for i in set(old_articles) - set(new_articles)))
    new_facts = []
    fact_changes = []
    for fact_id, fact in sorted(current["facts"].items()):
        before = previous["facts"].get(fact_id)
        if before is None or not before["outlets"]:
            if fact["outlets"]:
                new_facts.append(fact_id)
            continue
        gained = tuple(sorted(set(fact["outlets"]) - set(before["outlets"])))
        lost = tuple(sorted(set(before["outlets"]) - set(fact["outlets"])))
        if gained or lost:
            fact_changes.append(FactChange(fact_id, fact["title"], gained, lost))
    topics = tuple(
        (slug, tuple(i for i in members if i in added)) for slug, members in sorted(current["topics"].items())
    )
    return Changes(
        False, added, removed, tuple(new_facts), tuple(fact_changes), topics,
        _new(previous, current, "quotes"), _new(previous, current, "events"),
    )


def _new(previous: dict, current: dict, kind: str) -> tuple[str, ...]:
    """The anchors of `kind` in current and not in previous (none when previous did not list them)."""
    before = previous.get(kind)
    if not isinstance(before, list):
        return ()
    return tuple(sorted(set(current.get(kind, ())) - set(before)))


def changes_since_previous(briefing: Briefing, state_dir: Path) -> tuple[Changes, dict]:
    """The changes to show, and the history record publish should save after a good build."""
    current = snapshot(briefing)
    stored = read_state(state_dir / HISTORY_FILE) or {}
    last, before = _snapshot_or_none(stored.get("current")), _snapshot_or_none(stored.get("previous"))
    # A damaged snapshot is taken for none, as a malformed file is, and said so: the start page's "first
    # build" would otherwise be the only trace of the comparison lost. ("previous" is null after a first build.)
    if (last is None and stored.get("current") is not None) or (before is None and stored.get("previous") is not None):
        discarded(state_dir / HISTORY_FILE, "a part of it is not what a build writes")
    if (last or {}).get("fingerprint") == current["fingerprint"]:
        previous = before  # same inputs as last time: same report
    else:
        previous = last
    return diff(previous, current, briefing.moved), {"current": current, "previous": previous}


def _snapshot_or_none(value: object) -> dict | None:
    """A stored snapshot when it has the shape `snapshot` gives (a hand-edited or damaged history is
    taken for none: the next report is a first build's)."""
    if not isinstance(value, dict) or not isinstance(value.get("fingerprint"), str):
        return None
    articles, facts, topics = value.get("articles"), value.get("facts"), value.get("topics")
    if not (isinstance(articles, dict) and isinstance(facts, dict) and isinstance(topics, dict)):
        return None
    if not all(isinstance(f, dict) and isinstance(f.get("outlets"), list) and "title" in f for f in facts.values()):
        return None
    if not all(isinstance(members, list) for members in topics.values()):
        return None
    return value


def save(record: dict, state_dir: Path) -> None:
    data = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    write_atomic(state_dir / HISTORY_FILE, data)
