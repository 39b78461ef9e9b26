"""Editorial knowledge loaded from the data files in `data/`.

Topics, outlets, page furniture, entities and facts are data, not code: a new
story is a new set of data files. Each file is optional except topics.yml;
a missing one gives an empty table.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .phrases import cached

DATA_FILES = (
    "story.yml", "topics.yml", "outlets.yml", "furniture.yml", "entities.yml", "facts.yml", "events.yml", "head.yml",
    "quotes.yml", "delegation.yml",
)


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    description: str
    phrases: tuple[tuple[str, tuple[str, ...]], ...]  # (language, phrases)
    sections: tuple[str, ...] = ()  # extra sections on the topic page, e.g. "delegation-roster"

    def all_phrases(self) -> tuple[str, ...]:
        return tuple(p for _, group in self.phrases for p in group)


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    topics: tuple[Topic, ...]
    outlets: tuple[Outlet, ...]
    furniture_drop: tuple[re.Pattern[str], ...]
    furniture_outlet: tuple[re.Pattern[str], ...]
    raw: tuple[tuple[str, Any], ...]  # file name -> parsed YAML, for later stages
    digest: str  # hash of every data file: part of the cache key

    def section(self, name: str) -> Any:
        for file_name, content in self.raw:
            if file_name == name:
                return content
        return {}

    def outlet_named(self, text: str) -> str | None:
        """The canonical outlet for a name, alias or domain, or None."""
        needle = " ".join(text.split()).lower().removeprefix("www.")
        names, domains = cached("outlet-index", self, _outlet_index)
        if needle in names:
            return names[needle]
        if "." not in needle:
            return None
        parts = needle.split(".")
        for start in range(len(parts) - 1):  # "news.example.co.kr" is example.co.kr's
            name = domains.get(".".join(parts[start:]))
            if name is not None:
                return name
        return None


def _outlet_index(knowledge: Knowledge) -> tuple[dict[str, str], dict[str, str]]:
    """Names and aliases (lower case) -> canonical name, and domains -> name: head cues ask about many
    candidate strings per article, and a scan of every outlet for each was the cost. The first outlet
    listed wins."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for outlet in knowledge.outlets:
        for name in (outlet.name, *outlet.aliases):
            names.setdefault(" ".join(name.split()).lower(), outlet.name)
        for domain in outlet.domains:
            domains.setdefault(domain.lower(), outlet.name)
    return names, domains


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


# libyaml's safe loader when PyYAML was built with it (faster: these files are read on every build,
# before anything else can start); the same documents, and the same errors, as yaml.SafeLoader.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(data_dir: Path) -> Knowledge:
    """Read every data file once; raise ValueError naming the file when one is malformed."""
    raw: dict[str, Any] = {}
    hasher = hashlib.sha256()
    for name in DATA_FILES:
        path = data_dir / name
        if not path.exists():
            raw[name] = {}
            continue
        blob = path.read_bytes()
        hasher.update(name.encode() + b"\0" + blob + b"\0")
        try:
            raw[name] = yaml.load(blob, Loader=SAFE_LOADER) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    if not raw["topics.yml"].get("topics"):
        raise ValueError(f"{data_dir / 'topics.yml'}: no topics defined")

    topics = tuple(
        Topic(
            slug=t["slug"],
            title=t["title"],
            description=" ".join(str(t.get("description", "")).split()),
            phrases=tuple(
                (lang, tuple(str(p).lower() for p in phrases))
                for lang, phrases in sorted((t.get("phrases") or {}).items())
            ),
            sections=_as_tuple(t.get("sections")),
        )
        for t in raw["topics.yml"]["topics"]
    )
    for topic in topics:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", topic.slug):
            raise ValueError(f"topics.yml: slug {topic.slug!r} must be lower-case words joined by hyphens")
    outlets = tuple(
        Outlet(o["name"], _as_tuple(o.get("aliases")), _as_tuple(o.get("domains")))
        for o in raw["outlets.yml"].get("outlets") or ()
    )
    furniture = raw["furniture.yml"]
    flags = re.IGNORECASE
    return Knowledge(
        topics=topics,
        outlets=outlets,
        furniture_drop=tuple(re.compile(p, flags) for p in furniture.get("drop") or ()),
        furniture_outlet=tuple(re.compile(p, flags) for p in furniture.get("outlet") or ()),
        raw=tuple(sorted(raw.items())),
        digest=hasher.hexdigest(),
    )
