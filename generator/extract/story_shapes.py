"""The shapes of the story's data: what the code can read at all, and what a build leaves out.

The extractors read an entry's keys as they are (`raw["id"]`, `by_language(...)`, `value.split()`): an entry
that is not a mapping, without a key they need or with a value of another type ends them in an error, and one
such entry in data/facts.yml refused every article of the story. `check` names each such mistake once, up front
(knowledge.load runs it before anything is extracted; check-data and the build's warnings show the same lines);
`usable` gives the sections without what the findings name, so the rest of the story builds:

- an entry the code cannot use (not a mapping, a key it needs missing or of the wrong type) is left out;
- an optional key of the wrong type (an outlet's `aliases: 5`) is left out, its entry kept;
- a list of entries that is no list (`events: 5`), or a story.yml value of the wrong type (its title, a list),
  refuses the build (Finding.refuses): the whole file's meaning is lost, and the published site is kept.

It is part of extract/ (its digest keys the article cache, as what it leaves out changes what is extracted);
collect/story_data.py adds the checks of what the code can read but that is still a mistake.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .story_keys import ENTRIES, FACT_PARTS, Entries


@dataclass(frozen=True)
class Finding:
    file: str  # the story file: "topics.yml"
    where: str  # the entry: "topic 'sanctions'"; "" for the file's top
    message: str
    kind: str  # "unknown file" | "unknown key" | "broken reference" | "cannot be used"
    drops: tuple[str | int, ...] = ()  # what the build leaves out: a path inside the file's section; () nothing
    refuses: bool = False  # the file cannot be used: the build is refused

    @property
    def text(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


# What a key holds, and how a finding says so. TEXT is text only: the code splits, normalises or matches it
# (a number there ended the build). VALUE is read with str() (an id, a key, a date: `id: 5` has always worked).
TEXT, VALUE, NAMES, PHRASES, BY_LANGUAGE, ENTRY_LIST, SECTIONS, WHOLE = (
    "text", "value", "names", "phrases", "by language", "entry list", "sections", "whole")
SAYS = {WHOLE: "a whole number",
    TEXT: "text", VALUE: "text", NAMES: "a name or a list of names",
    PHRASES: "a list of phrases, or a mapping of language to such lists",
    BY_LANGUAGE: "a mapping of language to a list (en: [...])",
    ENTRY_LIST: "a list of entries", SECTIONS: "a mapping of kind to heading, or a list of kinds",
}

# The keys of each list's entries the code reads into a shape (story_keys.py lists every key); the rest are
# read with bool() or checked by story_data.py (a slug's form, a date's form, a lone name where a list goes).
SHAPES: dict[tuple[str, str], dict[str, str]] = {
    ("topics.yml", "topics"): {  # extract/knowledge.py, extract/topics.py
        "slug": TEXT, "title": TEXT, "description": VALUE, "phrases": BY_LANGUAGE, "sections": SECTIONS,
        "shown_by_facts": NAMES, "uncarried_by_facts": NAMES, "min_phrases": WHOLE, "min_sentences": WHOLE,
        **{key: PHRASES for key in ("strong", "weak", "requires", "strong_with", "passing_with", "despite_passing")},
    },
    ("facts.yml", "facts"): {  # extract/facts.py
        "id": VALUE, "title": VALUE, "topics": NAMES, "patterns": BY_LANGUAGE, "unless": PHRASES, "alternatives": ENTRY_LIST,
        "conflicts": ENTRY_LIST, "refuted_by": ENTRY_LIST,
    },
    ("events.yml", "events"): {"key": VALUE, "title": VALUE, "phrases": PHRASES, "names": PHRASES, "unless": PHRASES,
                               "shown_by_facts": NAMES},  # extract/events.py
    ("entities.yml", "entities"): {  # extract/entities.py, credits.py, collect/collect.py
        "name": TEXT, "kind": VALUE, **{key: NAMES for key in ("roles", "aliases", "short", "descriptors")},
    },
    ("outlets.yml", "outlets"): {"name": TEXT, "aliases": NAMES, "domains": NAMES, "slogans": NAMES},  # extract/knowledge.py
}
PART_SHAPES = {"alternatives": {"patterns": BY_LANGUAGE, "unless": PHRASES}, "conflicts": {"label": VALUE, "phrases": PHRASES},
               "refuted_by": {"patterns": BY_LANGUAGE, "unless": PHRASES}}
# story.yml's values (render.py, the feed, publish/mkdocs_hooks.py, extract/quotes.py; `language` is checked by story_data.py):
# a wrong one would put a list on every page's title, so the build is refused instead
STORY_TOP = {"site_name": TEXT, "site_description": TEXT, "title": TEXT, "summary": VALUE, "id": VALUE, "document": TEXT}
# other lists of phrases at a file's top (extract/topics.py): left out when of the wrong shape
TOP_PHRASES = (("topics.yml", "ignore_inside"), ("topics.yml", "in_passing"), ("facts.yml", "ignore_inside"),
               ("story.yml", "other_documents"))


def fits(shape: str, value: Any) -> bool:
    if value is None:
        return True
    if shape == TEXT:
        return isinstance(value, str)
    if shape == VALUE:
        return isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool)
    if shape == NAMES:
        return isinstance(value, str) or (isinstance(value, list) and all(_scalar(v) for v in value))
    if shape == PHRASES:
        return isinstance(value, list) or (isinstance(value, dict) and all(_a_list(v) for v in value.values()))
    if shape == BY_LANGUAGE:
        return isinstance(value, dict) and all(_a_list(v) for v in value.values())
    if shape == WHOLE:
        return isinstance(value, int) and not isinstance(value, bool)
    if shape == ENTRY_LIST:
        return isinstance(value, list)
    return isinstance(value, (dict, list, str))  # SECTIONS


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _a_list(value: Any) -> bool:
    return value is None or isinstance(value, list)


def described(value: Any) -> str:
    """A value as a finding shows it: short, on one line."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {value} (quote it to mean the text)"
    shown = " ".join(repr(value).split())
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    kind = {list: "the list ", dict: "the mapping ", str: ""}.get(type(value), "")
    return f"{kind}{shown}"


def check(sections: Mapping[str, Any]) -> tuple[Finding, ...]:
    """Each value of the sections the code cannot read, with what the build does about it (see the module)."""
    out: list[Finding] = []
    story = sections.get("story.yml") or {}
    for key, shape in STORY_TOP.items():
        if isinstance(story, dict) and not fits(shape, story.get(key)):
            out.append(Finding("story.yml", "", f"{key} is {SAYS[shape]}, not {described(story[key])}", "cannot be used",
                               (key,), refuses=True))
    for file, key in TOP_PHRASES:
        value = (sections.get(file) or {}).get(key)
        if not fits(PHRASES, value):
            out.append(Finding(file, "", f"{key} is {SAYS[PHRASES]}, not {described(value)}; the build leaves it out",
                               "cannot be used", (key,)))
    for (file, key), spec in ENTRIES.items():
        items = (sections.get(file) or {}).get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            out.append(Finding(file, "", f"{key!r} is a list of {spec.called} entries, not {described(items)}",
                               "broken reference", (key,), refuses=True))
            continue
        for number, entry in enumerate(items):
            out += _entry(file, (key, number), where(spec, entry, number + 1), entry, spec, SHAPES[(file, key)])
            if file == "facts.yml" and isinstance(entry, dict) and not _cut(out, (key, number)):
                for part, part_spec in FACT_PARTS.items():
                    for inner, value in enumerate(entry.get(part) if isinstance(entry.get(part), list) else ()):
                        at = f"{where(spec, entry, number + 1)}, {where(part_spec, value, inner + 1)}"
                        out += _entry(file, (key, number, part, inner), at, value, part_spec, PART_SHAPES[part])
    return tuple(out)


def where(spec: Entries, entry: Any, number: int) -> str:
    name = entry.get(spec.name) if isinstance(entry, dict) and spec.name else None
    return f"{spec.called} {str(name)!r}" if name is not None else f"{spec.called} #{number}"


def _entry(file: str, path: tuple, at: str, entry: Any, spec: Entries, shapes: dict[str, str]) -> list[Finding]:
    """An entry not a mapping, or without a key it needs, is left out; so is a key of the wrong shape (the
    whole entry when the key is one it needs)."""
    left_out = f"the build leaves this {spec.called} out"
    if not isinstance(entry, dict):
        return [Finding(file, at, f"is not a mapping of keys; {left_out}", "broken reference", path)]
    out = [Finding(file, at, f"no {key!r}: every {spec.called} needs one; {left_out}", "broken reference", path)
           for key in spec.required if entry.get(key) is None or str(entry.get(key)).strip() == ""]
    for key, shape in shapes.items():
        if fits(shape, entry.get(key)):
            continue
        needed = key in spec.required
        then = left_out if needed else "the build leaves it out"
        out.append(Finding(file, at, f"{key} is {SAYS[shape]}, not {described(entry[key])}; {then}", "cannot be used",
                           path if needed else (*path, key)))
    return out


def _cut(found: Iterable[Finding], path: tuple) -> bool:
    return any(f.drops == path for f in found)


def usable(sections: Mapping[str, Any], found: Iterable[Finding]) -> dict[str, Any]:
    """The sections without what the findings leave out (copied along each path; the rest shared)."""
    out = dict(sections)
    # the deepest and the last first, so an index still means the entry it named
    for file, path in sorted({(f.file, f.drops) for f in found if f.drops}, key=lambda fp: (fp[0], _order(fp[1])), reverse=True):
        out[file] = _without(out.get(file) or {}, path)
    return out


def _order(path: tuple) -> tuple:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)


def _without(value: Any, path: tuple) -> Any:
    """`value` without what `path` (keys and list positions) leads to; a copy, the data as read left whole."""
    head, rest = path[0], path[1:]
    if isinstance(value, dict) and head in value or isinstance(value, list) and isinstance(head, int) and head < len(value):
        copy = dict(value) if isinstance(value, dict) else list(value)
        if rest:
            copy[head] = _without(value[head], rest)
        else:
            del copy[head]
        return copy
    return value


def near(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""
