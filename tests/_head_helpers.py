"""Shared helpers for the tests of an article's head: a headline, a lead and a paragraph after it, and the
metadata of lines put together as an article."""

from __future__ import annotations

from generator.extract import metadata
from generator.model import Declared

HEADLINE = "Council approves plan to rebuild the harbour wall"
LEAD = "The council approved the plan on Thursday. Work starts in the autumn and lasts two years."
MORE = "The mayor said the works would not close the road."


def meta(*lines: str, known) -> metadata.Metadata:
    return metadata.extract("\n\n".join(lines), Declared(), known)
