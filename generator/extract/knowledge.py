"""What the extractors know: the story's data files and the tool's language data, read into one Knowledge.

Two kinds of data, kept apart:
- the story, a folder of small files (`data/` in a project): what the story is (story.yml), its topics,
  facts, events, people and organisations (entities.yml), the outlets it meets, who speaks for whom
  (quotes.yml), the roster a topic may ask for (roster.yml). A new story is a new folder, not new code.
- languages, the tool's own (`generator/languages/`): months and weekdays, date lines, section words,
  credits, speech verbs, quotation cues, name shapes, furniture, in every language the tool reads. Every
  story uses them; a new language is entries there, not code.
Each of the sections the extractors ask for ("entities.yml", "head.yml", ...) is the language part with the
story's file of that name laid over it: the story may add to any list or table (its own section words, a
title of its people) without copying the rest. Every file is optional except the story's topics.yml.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

from . import story_shapes
from .phrases import cached

DATA_FILES = (
    "story.yml", "topics.yml", "outlets.yml", "furniture.yml", "entities.yml", "facts.yml", "events.yml", "head.yml",
    "quotes.yml", "roster.yml",
)
LANGUAGES = Path(__file__).resolve().parent.parent / "languages"
# The tool's language files and the section each one is the base of.
LANGUAGE_FILES = {
    "head.yml": "head.yml", "furniture.yml": "furniture.yml", "quotes.yml": "quotes.yml", "names.yml": "entities.yml",
    "timeline.yml": "events.yml",
}


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    description: str
    phrases: tuple[tuple[str, tuple[str, ...]], ...]  # (language, phrases)
    # extra sections on the topic page, (kind, heading): "roster", the table of who travelled (roster.yml)
    sections: tuple[tuple[str, str], ...] = ()

    def heading(self, kind: str) -> str | None:
        """The heading of the topic's section of that kind, None when the topic has none."""
        return next((heading for k, heading in self.sections if k == kind), None)

    def all_phrases(self) -> tuple[str, ...]:
        return tuple(p for _, group in self.phrases for p in group)


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    # the masthead's motto, printed on its own line above the headline ("모든 시민은 기자다"): it names the outlet there,
    # and is never looked for in the text
    slogans: tuple[str, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    topics: tuple[Topic, ...]
    outlets: tuple[Outlet, ...]
    furniture_drop: tuple[re.Pattern[str], ...]
    furniture_outlet: tuple[re.Pattern[str], ...]
    raw: tuple[tuple[str, Any], ...]  # file name -> parsed YAML, without what the code cannot read (left_out)
    digest: str  # hash of every data file: part of the cache key
    # what load left out of the story (extract/story_shapes.py's findings), each an error the build shows
    left_out: tuple[story_shapes.Finding, ...] = ()

    def topics_with_section(self, kind: str) -> tuple[Topic, ...]:
        return tuple(t for t in self.topics if t.heading(kind) is not None)

    def wants(self, kind: str) -> bool:
        """Whether a topic asks for a section of that kind: what only such a section needs (the roster) is
        found only then."""
        return bool(self.topics_with_section(kind))

    def section(self, name: str) -> Any:
        for file_name, content in self.raw:
            if file_name == name:
                return content
        return {}

    @property
    def story_language(self) -> str:
        """The language the briefing is written in (story.yml `language`): what it shows first where an
        entry was reported in several."""
        return str(self.section("story.yml").get("language") or "en")

    def outlet_named(self, text: str) -> str | None:
        """The canonical outlet for a name, alias or domain, or None."""
        written = " ".join(text.split())
        needle = written.lower().removeprefix("www.")
        names, domains = cached("outlet-index", self, _outlet_index)
        if needle in names:
            # initials ("MAP", "APP", "MENA") are an outlet's in capitals, or in a wire's lower case credit ("(ats)"),
            # never capitalised as a word is: "Map", "App" are menu words
            plain_word = not (written.isupper() or written.islower())
            return None if plain_word and needle in _capitals_only(self) else names[needle]
        if "." not in needle:
            return None
        parts = needle.split(".")
        editions = cached("outlet-edition-subdomains", self, _edition_subdomains)
        for start in range(len(parts) - 1):  # "news.example.co.kr", "en.example.com": example.co.kr's editions
            name = domains.get(".".join(parts[start:]))
            if name is not None:
                return name
            if len(parts[start]) != 2 and parts[start] not in editions:
                return None  # "weekly.example.co.kr": a site of its own on the paper's domain (its magazine, its
                # business daily), not the paper
        return None


def _edition_subdomains(knowledge: Knowledge) -> frozenset[str]:
    """The subdomain labels that are an outlet's own edition (furniture.yml's edition_subdomains: "m", "news",
    "english"; any two-letter label is a language's or a country's edition, "en", "kr")."""
    furniture = knowledge.section("furniture.yml") or {}
    return frozenset(str(w).lower() for w in furniture.get("edition_subdomains") or ())


def _outlet_index(knowledge: Knowledge) -> tuple[dict[str, str], dict[str, str]]:
    """Names and aliases (lower case) -> canonical name, and domains -> name: head cues ask about many
    candidate strings per article, and a scan of every outlet for each was the cost. The first outlet
    listed wins."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for outlet in knowledge.outlets:
        for name in (outlet.name, *outlet.aliases, *outlet.slogans):
            names.setdefault(" ".join(name.split()).lower(), outlet.name)
        for domain in outlet.domains:
            domains.setdefault(domain.lower(), outlet.name)
    return names, domains


INITIALS_CHARS = 4


def _capitals_only(knowledge: Knowledge) -> frozenset[str]:
    """The outlet names (lower case) that are short initials in every form the outlets file gives them."""
    def build(k: Knowledge) -> frozenset[str]:
        forms = [str(form) for outlet in k.outlets for form in (outlet.name, *outlet.aliases)]
        initials = {f.lower() for f in forms if len(f) <= INITIALS_CHARS and f.isalpha() and f.isupper()}
        return frozenset(initials - {f.lower() for f in forms if not (f.isalpha() and f.isupper())})
    return cached("outlet-capitals-only", knowledge, build)


def as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


SECTION_KINDS = {"roster": "Roster"}  # the kinds of extra section a topic may ask for, and their default heading


def _sections(value: Any) -> tuple[tuple[str, str], ...]:
    """A topic's `sections`: a mapping of kind to heading ({roster: Travelling party}), or a list of kinds."""
    pairs = value.items() if isinstance(value, dict) else ((kind, None) for kind in as_tuple(value))
    out = []
    for kind, heading in pairs:
        if kind not in SECTION_KINDS:
            raise ValueError(f"topics.yml: unknown section {kind!r} (known: {', '.join(sorted(SECTION_KINDS))})")
        out.append((str(kind), " ".join(str(heading or SECTION_KINDS[kind]).split())))
    return tuple(out)


# libyaml's safe loader when PyYAML was built with it (faster: these files are read on every build,
# before anything else can start); the same documents, and the same errors, as yaml.SafeLoader.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path, hasher) -> dict:
    if not path.exists():
        return {}
    blob = path.read_bytes()
    hasher.update(str(path.name).encode() + b"\0" + blob + b"\0")
    if path.parent == LANGUAGES:  # (read by language_part too: parsed once while its bytes are the same)
        return _language_content(path.name, blob)
    return _parsed(path, blob)


@functools.lru_cache(maxsize=16)
def _language_content(name: str, blob: bytes) -> dict:
    """One of the tool's language files, parsed once per process for the same bytes: load and language_part
    share it (nothing changes what a data file holds: story_shapes.usable copies what it leaves out)."""
    return _parsed(LANGUAGES / name, blob)


def _parsed(path: Path, blob: bytes) -> dict:
    try:
        content = yaml.load(blob, Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(content, dict):
        raise ValueError(f"{path}: a data file is a mapping of keys, not {type(content).__name__}")
    return content


def laid_over(base: Any, story: Any) -> Any:
    """The story's value laid over the language's: tables merged key by key, lists joined (the language's
    entries first), anything else the story's."""
    if isinstance(base, dict) and isinstance(story, dict):
        return {**base, **{k: laid_over(base[k], v) if k in base else v for k, v in story.items()}}
    if isinstance(base, list) and isinstance(story, list):
        return base + story
    return story


@functools.lru_cache(maxsize=None)
def language_part(name: str) -> dict:
    """One of the tool's own language files (timeline.yml, ...) alone, no story laid over it: for what reads a
    language's cues without a Knowledge at hand (the order of a numeric date, a month after a day's number).
    The files are part of every Knowledge's digest, so the article cache follows their edits all the same."""
    return _read(LANGUAGES / name, hashlib.sha256())


def sections(data_dir: Path, languages: Path, read: Callable[[Path, str], dict]) -> dict[str, Any]:
    """Each section the extractors ask for: its language file with the story's file of that name laid over
    it, each file as `read(path, file name)` reads it (load raises on a malformed one; check-data notes it)."""
    base = {section: read(languages / name, name) for name, section in sorted(LANGUAGE_FILES.items())}
    return {name: laid_over(base.get(name, {}), read(data_dir / name, name)) for name in DATA_FILES}


def load(data_dir: Path, languages: Path = LANGUAGES) -> Knowledge:
    """Read the language files and the story's files once; raise ValueError naming the file when one is
    malformed or cannot be used. An entry the code cannot read is left out here, once, so that no extractor
    meets it (one fact without an id refused every article): Knowledge.left_out says what."""
    hasher = hashlib.sha256()
    raw = sections(data_dir, languages, lambda path, _: _read(path, hasher))
    found = story_shapes.check(raw)
    for finding in found:
        if finding.refuses:
            raise ValueError(f"{data_dir / finding.file}: {finding.text}")
    raw = story_shapes.usable(raw, found)
    if not raw["topics.yml"].get("topics"):
        why = next((f" ({f.text})" for f in found if f.file == "topics.yml"), "")
        raise ValueError(f"{data_dir / 'topics.yml'}: no topics defined that the build can use{why}" if why
                         else f"{data_dir / 'topics.yml'}: no topics defined")

    topics = tuple(
        Topic(
            slug=t["slug"],
            title=t["title"],
            description=" ".join(str(t.get("description", "")).split()),
            phrases=tuple(
                (lang, tuple(str(p).lower() for p in phrases))
                for lang, phrases in sorted((t.get("phrases") or {}).items())
            ),
            sections=_sections(t.get("sections")),
        )
        for t in raw["topics.yml"]["topics"]
    )
    for topic in topics:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", topic.slug):
            raise ValueError(f"topics.yml: slug {topic.slug!r} must be lower-case words joined by hyphens")
    outlets = tuple(
        Outlet(o["name"], as_tuple(o.get("aliases")), as_tuple(o.get("domains")), as_tuple(o.get("slogans")))
        for o in raw["outlets.yml"].get("outlets") or ()
    )
    furniture = raw["furniture.yml"]
    flags = re.IGNORECASE
    return Knowledge(
        topics=topics,
        outlets=outlets,
        furniture_drop=_compiled(furniture, "drop", flags, data_dir),
        furniture_outlet=_compiled(furniture, "outlet", flags, data_dir),
        raw=tuple(sorted(raw.items())),
        digest=hasher.hexdigest(),
        left_out=found,
    )


def _compiled(furniture: dict, key: str, flags: int, data_dir: Path) -> tuple[re.Pattern[str], ...]:
    """furniture.yml's patterns of `key`; one that does not compile refuses the build in one line naming the
    file (check-data names it as well), not in re's traceback."""
    out = []
    for pattern in furniture.get(key) or ():
        try:
            out.append(re.compile(str(pattern), flags))
        except re.error as exc:
            raise ValueError(f"{data_dir / 'furniture.yml'}: {key}: {str(pattern)!r} does not compile: {exc}") from exc
    return tuple(out)
