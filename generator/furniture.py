"""Page furniture: lines that are not article text, defined by rules in data/furniture.yml."""

from __future__ import annotations

from dataclasses import dataclass

from .knowledge import Knowledge


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[str, ...]  # article lines, furniture removed
    outlet_cues: tuple[str, ...]  # outlet names found in "source:" or copyright lines
    removed: tuple[str, ...]  # the furniture lines, for the build report


def strip(lines: list[str], knowledge: Knowledge) -> Cleaned:
    kept: list[str] = []
    cues: list[str] = []
    removed: list[str] = []
    for line in lines:
        cue = _outlet_cue(line, knowledge)
        if cue is not None:
            cues.append(cue)
            removed.append(line)
        elif any(rule.match(line) for rule in knowledge.furniture_drop):
            removed.append(line)
        else:
            kept.append(line)
    return Cleaned(tuple(kept), tuple(cues), tuple(removed))


def _outlet_cue(line: str, knowledge: Knowledge) -> str | None:
    for rule in knowledge.furniture_outlet:
        match = rule.match(line)
        if match and match.group(1).strip(" .,"):
            name = match.group(1).strip(" .,")
            return knowledge.outlet_named(name) or name
    return None
