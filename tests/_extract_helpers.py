"""Shared helpers for the extraction tests: knowledge and Paragraph objects from text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from generator import text
from generator.extract import knowledge
from generator.extract.mentions import find_mentions
from generator.model import Paragraph
from generator.extract.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "tests" / "fixtures" / "story"  # the suite's own story (conftest.STORY), not the project's


@lru_cache(maxsize=1)
def data():
    return knowledge.load(STORY / "data")


def paras(*texts: str) -> tuple[Paragraph, ...]:
    out = []
    for chunk in texts:
        out += [Paragraph(anchor=text.anchor("p", t), text=t) for t in text.paragraphs(chunk)]
    return tuple(out)


def speakers(*texts: str) -> list[tuple[str | None, str]]:
    """(speaker, quotation) of every quotation the paragraphs of `texts` hold, in text order."""
    p = paras(*texts)
    return [(q.speaker, q.text) for q in find_quotes(p, find_mentions(p, data()), data())]


def topics_and_facts(text: str) -> set[str]:
    """The topics and the facts the paragraphs of `text` show, in one set (topics as facts let them)."""
    from generator.extract.facts import find_facts
    from generator.extract.topics import assign_topics

    paragraphs = paras(text)
    facts = find_facts(paragraphs, data())
    return {h.topic for h in assign_topics(paragraphs, data(), facts=facts)} | {h.fact for h in facts}


# One sentence of the past is a passing mention (topics.yml: history's min_sentences), so a wording of the history is
# asked as the second sentence of it, beside one that is history alone.
HISTORY_TOLD = "Kim Jong Il had welcomed Putin in Pyongyang in 2000."


def carries(text: str, expected: str) -> bool:
    """Whether `text` shows the topic or carries the fact `expected` (the history: as a second sentence of it)."""
    if expected != "history":
        return expected in topics_and_facts(text)
    return "history" not in topics_and_facts(HISTORY_TOLD) and "history" in topics_and_facts(f"{HISTORY_TOLD}\n{text}")

