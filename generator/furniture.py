"""Page furniture: lines that are not article text, defined by rules in data/furniture.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import credits
from .knowledge import Knowledge
from .phrases import cached

# Furniture is short and holds a bracketed credit or two (the longest line the seeds and corpora drop
# is ~260 characters): a longer line, or one of many "[", is article text, not tried against the rules.
# The rules are regular expressions from a data file, and some ("^.{0,400}\[[^\]]*(photo|...)\]$")
# read a line again from every "[" in it: a line of a megabyte took minutes, and a file of
# thousand-character lines of "[" 23 s a megabyte.
MAX_LINE_CHARS = 1000
MAX_BRACKETS = 8


def may_be_furniture(line: str) -> bool:
    """Whether `line` is short enough, and has few enough "[", to be tried against furniture rules."""
    return len(line) <= MAX_LINE_CHARS and line.count("[") <= MAX_BRACKETS


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[str, ...]  # article lines, furniture removed
    outlet_cues: tuple[str, ...]  # outlet names found in "source:" or copyright lines
    removed: tuple[str, ...]  # the furniture lines, for the build report


def strip(lines: list[str], knowledge: Knowledge) -> Cleaned:
    kept: list[str] = []
    cues: list[str] = []
    removed: list[str] = []
    any_rule = cached("furniture-any", knowledge, _any_rule)
    for line in lines:
        if not may_be_furniture(line) or (any_rule is not None and any_rule.match(line) is None):
            kept.append(line)  # no rule matches: most lines
            continue
        cue = _outlet_cue(line, knowledge)
        if cue is not None:
            cues.append(cue)
            removed.append(line)
        elif _outlet_rule(line, knowledge):
            removed.append(line)  # a source or copyright line naming nothing plausible: still furniture
        elif any(rule.match(line) for rule in knowledge.furniture_drop):
            removed.append(line)
        else:
            kept.append(line)
    return Cleaned(tuple(kept), tuple(cues), tuple(removed))


def _outlet_cue(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a "Source:" or copyright line names; a photo credit ("© Name/ Agency") names none."""
    if credits.photo_credit(line, knowledge):
        return None
    for rule in knowledge.furniture_outlet:
        match = rule.match(line)
        if match and match.group(1).strip(" .,"):
            return credits.clean_name(match.group(1), knowledge)
    return None


def _outlet_rule(line: str, knowledge: Knowledge) -> bool:
    return any(rule.match(line) for rule in knowledge.furniture_outlet)


def _any_rule(knowledge: Knowledge) -> re.Pattern[str] | None:
    """One pattern matching where any outlet or drop rule matches (a test only: groups are not used).

    None when a rule refers to its own groups or sets flags inline, which an alternation could change.
    """
    rules = (*knowledge.furniture_outlet, *knowledge.furniture_drop)
    if not rules or any(re.search(r"\\[1-9g]|\(\?P=|\(\?\(|\(\?[aiLmsux-]+[:)]", r.pattern) for r in rules):
        return None
    if len({r.flags for r in rules}) != 1:
        return None
    return re.compile("|".join(f"(?:{r.pattern})" for r in rules), rules[0].flags)
