"""A page's title, "Site Name - Headline", standing above the headline itself: the headline is kept and the
name before it, which the text does not use, read as the site's."""

from __future__ import annotations

import re

from . import credits
from .headline import LETTER_WORD
from .knowledge import Knowledge
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

