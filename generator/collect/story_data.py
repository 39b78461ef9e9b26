"""The story's data files checked: what is wrong in them, and what each of their entries matched.

`problems` takes the story's sections as written (file name -> content: `read_sections` of a folder whose
files may not load) and gives a Finding for each mistake the build would not mention: what the code cannot read
at all (story_shapes.py: an entry without a key the code needs, a value of the wrong type; the build leaves it
out), a file or key no code reads (story_keys.py), a broken reference (a fact's topic that no topic has, two
entries with one slug or id), a phrase or pattern that cannot be used. Each is an error: `briefing check-data`
exits non-zero on one, and a build lists it among its warnings (--strict fails). `of` gives the same for a
loaded Knowledge, whose sections are already without what the build leaves out (knowledge.load).

`matches` takes the articles and gives how many of them each topic, fact, named event and person matched;
an entry matching none is no error (the story may not have reached it yet) but is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..extract import knowledge
from ..extract.phrases import normalise_phrase
from ..model import Article, Notice
from ..extract import story_shapes
from ..extract.story_keys import ENTITY_KINDS, ENTRIES, FACT_PARTS, PATTERN_LISTS, TOP
from ..extract.story_shapes import Finding, near as _near, where as _where

__all__ = ["Count", "Finding", "file_names", "matches", "notices", "of", "problems", "read_sections", "unmatched"]


@dataclass(frozen=True)
class Count:
    kind: str  # "topic" | "fact" | "event" | "person"
    name: str  # its slug, id, key or name
    file: str
    articles: int


def read_sections(data_dir: Path, languages: Path = knowledge.LANGUAGES) -> tuple[dict[str, Any], tuple[Finding, ...]]:
    """The story's sections as knowledge.load lays them (each story file over the language file of its
    section), without its checks, so a story that does not load can still be checked; and a Finding for
    each file that is not YAML or not a mapping (read as empty)."""
    found: list[Finding] = []
    return knowledge.sections(data_dir, languages, lambda path, name: _yaml(path, name, found)), tuple(found)


def _yaml(path: Path, name: str, found: list[Finding]) -> dict:
    if not path.is_file():
        return {}
    try:
        content = yaml.load(path.read_bytes(), Loader=knowledge.SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        found.append(Finding(name, "", f"not valid YAML: {' '.join(str(exc).split())}", "cannot be used"))
        return {}
    if not isinstance(content, dict):
        found.append(Finding(name, "", f"a data file is a mapping of keys, not a {type(content).__name__}", "cannot be used"))
        return {}
    return content


def file_names(data_dir: Path) -> tuple[str, ...]:
    """The YAML files in the story's folder, to tell those no code reads."""
    if not data_dir.is_dir():
        return ()
    return tuple(sorted(p.name for p in data_dir.iterdir() if p.suffix in (".yml", ".yaml") and not p.name.startswith(".")))


def problems(sections: Mapping[str, Any], files: Iterable[str] = ()) -> tuple[Finding, ...]:
    """Every mistake in the sections as written (see the module's docstring), file by file in
    knowledge.DATA_FILES' order. `files`: the names in the story's folder."""
    shapes = story_shapes.check(sections)
    return _in_order(shapes + _usable_problems(story_shapes.usable(sections, shapes), files))


def of(known: knowledge.Knowledge, files: Iterable[str] = ()) -> tuple[Finding, ...]:
    """`problems` of the story a Knowledge was loaded from: what load left out, and the mistakes in the rest."""
    return _in_order(known.left_out + _usable_problems(dict(known.raw), files))


def _in_order(found: Iterable[Finding]) -> tuple[Finding, ...]:
    order = {name: n for n, name in enumerate(knowledge.DATA_FILES)}
    return tuple(sorted(found, key=lambda f: order.get(f.file, -1)))  # (stable: each file's in the order found)


def _usable_problems(sections: Mapping[str, Any], files: Iterable[str]) -> tuple[Finding, ...]:
    """The mistakes in sections whose every entry the code can read (story_shapes.usable's)."""
    out: list[Finding] = []
    for name in files:
        if name not in knowledge.DATA_FILES:
            hint = _near(name.replace(".yaml", ".yml"), knowledge.DATA_FILES)
            out.append(Finding(name, "", f"no code reads this file{hint}", "unknown file"))
    for name in knowledge.DATA_FILES:
        content = sections.get(name)
        if isinstance(content, dict) and name in TOP:  # (a file new to knowledge.DATA_FILES: the tests say so)
            out += _unknown_keys(name, "", content, TOP[name])
    language = (sections.get("story.yml") or {}).get("language")
    if language is not None and not has_labels(language):
        out.append(Finding("story.yml", "", f"language {str(language)!r}: Material has no labels for it (a code such as "
                           "'en' or 'pt-BR'); the site keeps mkdocs.yml's theme language", "cannot be used"))
    if not (sections.get("topics.yml") or {}).get("topics"):
        out.append(Finding("topics.yml", "", "no topics: a story needs one (its pages and menu are its topics')", "broken reference"))
    entries = {key: _entries(key, sections, out) for key in ENTRIES}
    out += _references(entries)
    out += _patterns(sections)
    out += _phrases(sections, entries)
    return tuple(out)


_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*")


def has_labels(language: object, theme_dirs: Iterable[Path] | None = None) -> bool:
    """Whether the theme has labels for `language`: Material includes partials/languages/<code>.html from its
    folders (`theme_dirs`; by default Material's own), and one it lacks ("english") ends the build."""
    if not isinstance(language, str) or not _LANGUAGE_CODE.fullmatch(language):
        return False
    if theme_dirs is None:
        import material  # the theme the project builds with (pyproject's dependency)

        theme_dirs = (Path(material.__file__).parent / "templates",)
    return any((Path(folder) / "partials" / "languages" / f"{language}.html").is_file() for folder in theme_dirs)


def notices(findings: Iterable[Finding], folder: str) -> tuple[Notice, ...]:
    """The findings as the build's warnings, each naming its file in the project (`folder`: "data")."""
    return tuple(Notice(f"{folder}/{f.file}", f.text) for f in findings)


def _unknown_keys(file: str, where: str, content: dict, known: frozenset[str]) -> list[Finding]:
    return [Finding(file, where, f"unknown key {str(key)!r}{_near(str(key), known)}", "unknown key")
            for key in content if key not in known]


def _entries(key: tuple[str, str], sections: Mapping[str, Any], out: list[Finding]) -> list[tuple[str, dict]]:
    """The entries of one list (each a mapping with the keys the code needs: story_shapes.usable's), each with
    what names it in a finding; a key no code reads and two entries of one name are findings."""
    file, list_key = key
    spec = ENTRIES[key]
    items = (sections.get(file) or {}).get(list_key)
    named: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for number, entry in enumerate(items if isinstance(items, list) else (), 1):
        where = _where(spec, entry, number)
        out += _unknown_keys(file, where, entry, spec.keys)
        name = entry.get(spec.name)
        if name is not None and str(name) in seen:
            out.append(Finding(file, where, f"a second {spec.called} with {spec.name} {str(name)!r}", "broken reference"))
        if name is not None:
            seen.add(str(name))
        named.append((where, entry))
    return named


_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")  # extract/knowledge.py: a topic's slug is its URL
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # model.Event.date


def _references(entries: dict[tuple[str, str], list[tuple[str, dict]]]) -> list[Finding]:
    """Links between the files, and values the code cannot read."""
    out: list[Finding] = []
    topics = entries[("topics.yml", "topics")]
    facts = entries[("facts.yml", "facts")]
    slugs = {str(t["slug"]) for _, t in topics if t.get("slug") is not None}
    ids = {str(f["id"]) for _, f in facts if f.get("id") is not None}
    for where, topic in topics:
        slug = topic.get("slug")
        if slug is not None and not _SLUG.fullmatch(str(slug)):
            out.append(Finding("topics.yml", where, "a slug is lower-case words joined by hyphens (it is the topic's URL)",
                               "broken reference"))
        out += _facts_named("topics.yml", where, topic.get("shown_by_facts"), ids, "shown_by_facts")
        out += _facts_named("topics.yml", where, topic.get("uncarried_by_facts"), ids, "uncarried_by_facts")
        sections = topic.get("sections")
        for kind in sections if isinstance(sections, dict) else _listed(sections):
            if kind not in knowledge.SECTION_KINDS:
                out.append(Finding("topics.yml", where, f"unknown section {str(kind)!r} (known: "
                                   f"{', '.join(sorted(knowledge.SECTION_KINDS))})", "broken reference"))
    for where, fact in facts:
        out += _not_a_list("facts.yml", where, "topics", fact.get("topics"))
        for topic in _listed(fact.get("topics")):
            if topic not in slugs:
                out.append(Finding("facts.yml", where, f"topics names topic {topic!r}, which topics.yml does not "
                                   f"have{_near(topic, slugs)}", "broken reference"))
        for part, spec in FACT_PARTS.items():
            for number, entry in enumerate(fact.get(part) or (), 1):
                out += _unknown_keys("facts.yml", f"{where}, {_where(spec, entry, number)}", entry, spec.keys)
    for where, event in entries[("events.yml", "events")]:
        out += _facts_named("events.yml", where, event.get("shown_by_facts"), ids, "shown_by_facts")
        date = event.get("date")
        if date is not None and not _DATE.fullmatch(str(date)):
            out.append(Finding("events.yml", where, f"date {str(date)!r} is not YYYY, YYYY-MM or YYYY-MM-DD (quote it)",
                               "cannot be used"))
    for where, entity in entries[("entities.yml", "entities")]:
        kind = entity.get("kind", "person")
        if kind not in ENTITY_KINDS:
            out.append(Finding("entities.yml", where, f"unknown kind {str(kind)!r} (known: {', '.join(sorted(ENTITY_KINDS))})",
                               "broken reference"))
    return out


def _facts_named(file: str, where: str, value: Any, ids: set[str], key: str) -> list[Finding]:
    """An entry's list of facts (`shown_by_facts`, `uncarried_by_facts`): ids facts.yml has."""
    out = _not_a_list(file, where, key, value)
    for fact in _listed(value):
        if fact not in ids:
            out.append(Finding(file, where, f"{key} names fact {fact!r}, which facts.yml does not have"
                               f"{_near(fact, ids)}", "broken reference"))
    return out


def _listed(value: Any) -> list[str]:
    """The names a list gives (the code reads a lone name as its letters: _not_a_list says so)."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _not_a_list(file: str, where: str, key: str, value: Any) -> list[Finding]:
    if value is None or isinstance(value, list):
        return []
    return [Finding(file, where, f"{key} is a list ([{value}]), not {value!r}", "cannot be used")]


def _patterns(sections: Mapping[str, Any]) -> list[Finding]:
    """The regular expressions of the sections (story_keys.PATTERN_LISTS), each compiled as its reader does."""
    out = []
    for file, key, inner in PATTERN_LISTS:
        value = (sections.get(file) or {}).get(key)
        if inner is not None:
            value = value.get(inner) if isinstance(value, dict) else None
        label = f"{key}.{inner}" if inner else key
        for pattern in value if isinstance(value, list) else ():  # (numbered, it would count the language's too)
            try:
                re.compile(str(pattern), re.IGNORECASE)
            except re.error as exc:
                out.append(Finding(file, "", f"{label}: {str(pattern)!r} does not compile: {exc}", "cannot be used"))
    return out


def _phrases(sections: Mapping[str, Any], entries: dict[tuple[str, str], list[tuple[str, dict]]]) -> list[Finding]:
    """The story's phrases (topics, facts, events): each a word or words, never a mapping (an unquoted
    "a: b" in YAML), a list where a phrase goes, or nothing once spaces and the stem mark are taken away."""
    out: list[Finding] = []

    def check(file: str, where: str, label: str, value: Any, depth: int = 1) -> None:
        for phrase in _flatten(value, depth):
            problem = _bad_phrase(phrase)
            if problem:
                out.append(Finding(file, where, f"{label}: {problem}", "cannot be used"))

    for file, key in (("topics.yml", "ignore_inside"), ("topics.yml", "in_passing"), ("facts.yml", "ignore_inside")):
        check(file, "", key, (sections.get(file) or {}).get(key))
    for where, topic in entries[("topics.yml", "topics")]:
        for key in ("phrases", "strong", "weak", "requires", "strong_with", "passing_with", "despite_passing"):
            check("topics.yml", where, key, topic.get(key))
    for where, fact in entries[("facts.yml", "facts")]:
        for number, wording in enumerate((fact, *[a for a in fact.get("alternatives") or () if isinstance(a, dict)])):
            at = where if number == 0 else f"{where}, alternative #{number}"
            check("facts.yml", at, "patterns", wording.get("patterns"), depth=3)  # a pattern: groups of phrases
            check("facts.yml", at, "unless", wording.get("unless"))
        for number, wording in enumerate([r for r in fact.get("refuted_by") or () if isinstance(r, dict)], 1):
            check("facts.yml", f"{where}, refutation #{number}", "patterns", wording.get("patterns"), depth=3)
            check("facts.yml", f"{where}, refutation #{number}", "unless", wording.get("unless"))
        for conflict in fact.get("conflicts") or ():
            if isinstance(conflict, dict):
                check("facts.yml", f"{where}, conflict {str(conflict.get('label'))!r}", "phrases", conflict.get("phrases"))
    for where, event in entries[("events.yml", "events")]:
        check("events.yml", where, "phrases", event.get("phrases"))
        check("events.yml", where, "names", event.get("names"))
    return out


def _flatten(value: Any, depth: int) -> list[Any]:
    """The phrases of a value: a list, or a mapping of language to list; `depth` lists may nest in each (a
    fact's pattern is a list of groups, each a phrase or a list of phrases)."""
    if value is None:
        return []
    groups = value.values() if isinstance(value, dict) else [value]
    out: list[Any] = []
    for group in groups:
        out += _unnest(group, depth)
    return out


def _unnest(value: Any, depth: int) -> list[Any]:
    if isinstance(value, list) and depth > 0:
        return [p for item in value for p in _unnest(item, depth - 1)]
    return [value]


def _bad_phrase(phrase: Any) -> str | None:
    if isinstance(phrase, dict):
        return f"{phrase!r} is a mapping, not a phrase (a colon and a space in a phrase: quote the phrase)"
    if isinstance(phrase, (list, bool)) or phrase is None:
        return f"{phrase!r} is not a phrase"
    if not normalise_phrase(str(phrase)).rstrip("*").strip():
        return f"{str(phrase)!r} is an empty phrase"
    return None


def matches(articles: Iterable[Article], known: knowledge.Knowledge) -> tuple[Count, ...]:
    """How many articles each topic, fact, named event and person of the story matched, in data-file order.
    A person is matched by an article naming them, quoting them or listing them on the roster; organisations
    and places are not counted (an article records only the people it names)."""
    articles = tuple(articles)
    found: dict[tuple[str, str], int] = {}
    for article in articles:
        seen = {("topic", hit.topic) for hit in article.topics}
        seen |= {("fact", hit.fact) for hit in article.facts}
        seen |= {("event", event.key) for event in article.events if event.key}
        named = {m.name for m in article.people} | {q.speaker for q in article.quotes if q.speaker}
        seen |= {("person", name) for name in named | {m.name for m in article.roster}}
        for item in seen:
            found[item] = found.get(item, 0) + 1
    counts = [Count("topic", t.slug, "topics.yml", found.get(("topic", t.slug), 0)) for t in known.topics]
    for kind, (file, key), name_key in (("fact", ("facts.yml", "facts"), "id"), ("event", ("events.yml", "events"), "key"),
                                        ("person", ("entities.yml", "entities"), "name")):
        for entry in known.section(file).get(key) or ():
            if not isinstance(entry, dict) or entry.get(name_key) is None:
                continue
            if kind == "person" and entry.get("kind", "person") != "person":
                continue
            name = str(entry[name_key])
            counts.append(Count(kind, name, file, found.get((kind, name), 0)))
    return tuple(dict.fromkeys(counts))  # (a name listed twice, a finding of its own, counted once)


def unmatched(articles: Iterable[Article], known: knowledge.Knowledge) -> tuple[tuple[str, str], ...]:
    """(kind, name) of each topic, fact, named event and person that matched no article."""
    return tuple((c.kind, c.name) for c in matches(articles, known) if not c.articles)
