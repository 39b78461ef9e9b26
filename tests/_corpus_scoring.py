"""Scoring of an extraction corpus: a folder of articles, what a careful reader takes from each
(`expected.yml`), and floors per category that only go up (`floors.yml`).

Used by the held-out corpus (tests/test_unseen_corpus.py) and by the pattern corpora
(tests/corpus/patterns/<area>/, tests/test_pattern_corpus.py). The expected file's format is
described at the top of tests/corpus/unseen_expected.yml.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path

import yaml

from generator.extract import extract
from generator.ingest import ingest
from generator.model import Article

from _extract_helpers import ROOT, data

CATEGORIES = ("metadata", "people", "credited", "quotes", "delegation", "timeline", "facts", "topics")


def _fold(value) -> str:
    return " ".join(str(value).split()).casefold()


def matches(category: str, item, found: list[str], exact: bool = False) -> bool:
    item = str(item)
    if category == "quotes":
        speaker, snippet = (_fold(part) for part in item.split("|", 1))
        pairs = [(_fold(s), _fold(t)) for s, t in (f.split(" | ", 1) for f in found)]
        exact = exact and len(snippet.split()) <= 3
        return any(s == speaker and (snippet == t if exact else snippet in t) for s, t in pairs)
    if category in ("delegation", "credited"):  # "Name | role"
        name, _, role = (part.strip() for part in item.partition("|"))
        for entry in found:
            found_name, _, found_role = entry.partition(" | ")
            if found_name != name:
                continue
            if not role or (_fold(role) in _fold(found_role) and len(found_role) <= max(2 * len(role), len(role) + 20)):
                return True
        return False
    if category == "timeline":
        date, _, key = item.partition(" ")
        return any(f.split(" ")[0] == date and (not key or f.split(" ")[1] == key) for f in found)
    return item in found


class Tally:
    """Recall over what an article must yield, precision over what it must not, with a line per miss."""

    def __init__(self) -> None:
        self.hits = self.total = self.wrong = self.checks = 0
        self.misses: list[str] = []

    def check(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(miss)

    def add(self, category: str, name: str, expected: dict | None, found: list[str]) -> None:
        """One article's `must_find` and `must_not_find` items of `category` against what was `found`."""
        for item in (expected or {}).get("must_find") or ():
            self.check(matches(category, item, found), f"{name}: missing {item}")
        for item in (expected or {}).get("must_not_find") or ():
            self.checks += 1
            if matches(category, item, found, exact=True):
                self.wrong += 1
                self.misses.append(f"{name}: wrongly found {item}")

    def result(self) -> tuple[float, float, list[str]]:
        recall = self.hits / self.total if self.total else 1.0
        precision = 1 - self.wrong / self.checks if self.checks else 1.0
        return round(recall, 3), round(precision, 3), self.misses


class Corpus:
    def __init__(self, folder: Path, expected: Path, floors: Path) -> None:
        self.folder = folder
        self.expected: dict = yaml.safe_load(expected.read_text(encoding="utf-8"))["files"]
        self.floors: dict = yaml.safe_load(floors.read_text(encoding="utf-8"))
        self._articles: dict[str, Article] = {}

    def article(self, name: str) -> Article:
        if name not in self._articles:
            document = ingest.read_path(self.folder / name, ROOT)
            assert not isinstance(document, ingest.Rejection), f"{name} rejected: {document.reason}"
            result = extract.extract(document, data())
            assert not isinstance(result, ingest.Rejection), f"{name} refused: {result.reason}"
            self._articles[name] = result
        return self._articles[name]

    def found(self, name: str, category: str) -> list[str]:
        a = self.article(name)
        if category == "people":  # the people its text names
            return [m.name for m in a.people if not m.credit]
        if category == "credited":  # the people its byline and credits name, each with its role
            return [f"{m.name} | {m.credit}" for m in a.people if m.credit]
        if category == "quotes":
            return [f"{q.speaker} | {q.text}" for q in a.quotes]
        if category == "delegation":
            return [f"{d.name} | {d.role}" for d in a.roster]
        if category == "timeline":
            return [f"{e.date} {e.key}" for e in a.events]
        if category == "facts":
            return sorted({h.fact for h in a.facts})
        if category == "topics":
            return [t.topic for t in a.topics]
        raise KeyError(category)

    def metadata_checks(self, name: str) -> list[tuple[str, bool, str]]:
        """(field, right?, what was found) for the fields the file's expectations name (title, outlet,
        authors, published, language); a field left out of the expectations is not checked."""
        a, want = self.article(name), self.expected[name]
        checks = []
        if "title" in want:
            checks.append(("title", _fold(a.title) == _fold(want["title"]), a.title))
        if "outlet" in want:
            checks.append(("outlet", a.outlet == want["outlet"], str(a.outlet)))
        if "authors" in want:
            authors = want["authors"] or []
            found_author = _fold(a.author or "")
            if authors:
                ok = all(_fold(x) in found_author for x in authors) and len(found_author) <= sum(len(x) + 12 for x in authors)
            else:
                ok = a.author is None
            checks.append(("author", ok, str(a.author)))
        if "published" in want:
            published = want["published"]
            if isinstance(published, str):
                published = dt.date.fromisoformat(published)
            checks.append(("published", a.published == published, str(a.published)))
        if "language" in want:
            checks.append(("language", a.language == want["language"], a.language))
        return checks

    def score(self, category: str) -> tuple[float, float, list[str]]:
        tally = Tally()
        for name, expected in self.expected.items():
            if category == "metadata":
                for field, ok, got in self.metadata_checks(name):
                    want = expected.get(field, expected.get("authors"))
                    tally.check(ok, f"{name}: {field} is {got!r}, expected {want!r}")
            elif category in expected:
                tally.add(category, name, expected.get(category), self.found(name, category))
        return tally.result()

    def check_floor(self, category: str) -> None:
        recall, precision, misses = self.score(category)
        if misses:
            print(f"\n[{category}] recall {recall} precision {precision}")
            for line in misses:
                print("  ", line)
        floor = self.floors[category]
        assert recall >= floor["recall"], misses
        assert precision >= floor["precision"], misses
