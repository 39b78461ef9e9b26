"""Claims: each sentence of an article's lead that carries no fact, as the stems of its words.

Made at extraction (cached with the article, so a rebuild does not split every article's sentences
again); collect groups the claims several outlets make (candidates.py) into candidate facts for
/report/. A stem is a word's first STEM letters, lower-cased: crude, but alike in every script.
"""

from __future__ import annotations

import re
import sys

from ..model import FactHit, Paragraph, Claim
from .phrases import split_sentences as sentences  # remembered: facts and topics split the same paragraphs

LEAD = 6  # paragraphs of each article read: a news story puts its claims first
STEM = 6
MIN_STEMS = 4  # a shorter sentence says too little to be a claim
MAX_STEMS = 40  # a longer one is a paragraph that was not split

_WORD = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more, in any script


def find_claims(paragraphs: tuple[Paragraph, ...], facts: tuple[FactHit, ...], title: str) -> tuple[Claim, ...]:
    covered = {hit.evidence.text for hit in facts} | {title}
    out: list[Claim] = []
    for p, paragraph in enumerate(paragraphs[:LEAD]):
        for n, sentence in enumerate(sentences(paragraph.text)):
            if sentence in covered:
                continue
            covered.add(sentence)
            stems = {word[:STEM] for word in _WORD.findall(sentence.casefold())}
            if MIN_STEMS <= len(stems) <= MAX_STEMS:
                out.append(Claim(p, n, " ".join(sorted(stems))))
    return tuple(out)


def stems_of(stems: str) -> tuple[str, ...]:
    """A claim's stems (Claim.stems) one by one."""
    return tuple(map(sys.intern, stems.split(" ")))
