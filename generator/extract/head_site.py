"""A page's title, "Site Name - Headline", standing above the headline itself: the headline is kept and the
name before it, which the text does not use, read as the site's."""

from __future__ import annotations

import re

from . import credits
from .headline import LETTER_WORD
from .knowledge import Knowledge
from .phrases import cached
from ..text import normalise_space, stem_used

# "Site Name - Headline", the page's title, with the headline repeated below it.
_SITE_PREFIX = re.compile(r"^(?P<site>[^|:–—-]{2,48}?)\s+(?:\||–|—|-|::)\s+(?P<title>\S.{7,})$")
SITE_WORDS = 5


def site_before_headline(kept: list[tuple[int, str]], rest: list[str], knowledge: Knowledge) -> str | None:
    """A page's title "Deutsche Tageszeitung - Headline" above the headline itself: the line is read as
    the headline, and the name before it, which the text does not use, as the site's (a topic's word
    before a headline, "Nordkorea - …", is a word of the text: a kicker, no site). `kept` holds the head
    lines as (index, line); the site's name is returned, or None."""
    for position, (index, line) in enumerate(kept[:3]):
        found = _SITE_PREFIX.match(line)
        if found is None:
            continue
        title = normalise_space(found["title"])
        if not any(normalise_space(other) == title for _, other in kept[position + 1 :]):
            continue
        kept[position] = (index, found["title"].strip())  # the headline, less a site's name or a kicker
        site = found["site"].strip()
        words = site.split()
        text = "\n".join(kept_line for _, kept_line in kept[position + 1 :]) + "\n" + "\n".join(rest[:40])
        if (
            len(words) <= SITE_WORDS
            and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and credits.implausible_outlet(site, knowledge) is None
            and not _used_in(site, text)
        ):
            return credits.known_outlet(site, knowledge) or site
        return None
    return None


def _used_in(name: str, text: str) -> bool:
    """Whether a word of `name` starts a word of `text` (its stem: "Nordkorea" / "Nordkoreas")."""
    lowered = text.lower()
    return any(stem_used(word, lowered) for word in LETTER_WORD.findall(name))


def _relative_stamp(knowledge: Knowledge) -> re.Pattern[str]:
    def build(k: Knowledge) -> re.Pattern[str]:
        data = credits.head_data(k)
        days = sorted((str(w) for w in data.get("relative_days") or ("today", "yesterday")), key=len, reverse=True)
        joins = sorted((str(w) for w in data.get("relative_time_joins") or ("at",)), key=len, reverse=True)
        return re.compile(
            r"^(?:(?P<site>[^•·|\n]{2,40}?)\s+[•·|]\s+)?(?:" + "|".join(map(re.escape, days)) + r")\s*,?\s*"
            r"(?:(?:" + "|".join(map(re.escape, joins)) + r")\s+)?[0-9]{1,2}[:.h][0-9]{2}(?:\s*(?:uhr|u\.|h)\b)?"
            r"(?:\s*[•·|,\-–—]\s*|\s+|$)",
            re.IGNORECASE,
        )
    return cached("head-relative-stamp", knowledge, build)


def relative_stamp(line: str, knowledge: Knowledge) -> tuple[str, str | None] | None:
    """A page's stamp of a relative day and a time, maybe after the site's name and a bullet, opening a head line
    ("NU.nl • gisteren, 09:15 Headline", "Heute, 14:30 Uhr", "Site · сегодня в 10:05"): (the line after it, the known
    outlet the site's name is or None); None when the line opens with no such stamp. It gives no date: the day is
    the one the page was saved, which the text does not tell (head.yml's relative_days)."""
    found = _relative_stamp(knowledge).match(line) if len(line) <= 400 else None
    if found is None:
        return None
    site = (found["site"] or "").strip()
    return line[found.end():].strip(), credits.known_outlet(site, knowledge) if site else None
