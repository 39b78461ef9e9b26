"""Lines a page holds twice, each time but one furniture: a teaser cut with "..." of a line below it, a related
story's card (its headline, then the same after a label), a long paragraph saved twice and a last line that only starts
a paragraph above. Split from furniture.py, which drops what these find."""

from __future__ import annotations


def repeats(lines: list[str]) -> set[int]:
    """The indexes of the lines of `lines` that repeat another so (see the module's docstring)."""
    return _cut_repeats(lines) | _labelled_repeats(lines) | _repeated_paragraphs(lines)


CUT_REPEAT_CHARS = 20  # a teaser cut with "..." repeats at least this much of a line of the page


def _cut_repeats(lines: list[str]) -> set[int]:
    """The indexes of lines that are another line of the page cut short with "..." or "…" (a teaser of the headline
    or of the lead: "Ministers sign harbour deal..." above "Ministers sign harbour deal", maybe after a dateline): the
    other line is kept."""
    found: set[int] = set()
    for at, line in enumerate(lines):
        stem = line.rstrip()
        if not stem.endswith(("...", "…")):
            continue
        stem = stem.rstrip(".… ")
        if len(stem) >= CUT_REPEAT_CHARS and any(
                stem in other and not other.rstrip().endswith(("...", "…"))
                for other in lines if other is not line):
            found.add(at)
    return found


REPEATED_CHARS = 100  # a paragraph this long seen twice is the page's text saved twice, not a refrain
CUT_COPY_CHARS = 20  # the page's last line, this long, cut off as the start of a paragraph above: its copy cut short


def _repeated_paragraphs(lines: list[str]) -> set[int]:
    """The indexes of a long paragraph the page holds twice, the second time (a text saved twice, under another
    header), and of a last line that only starts a paragraph above ("Official talks between the two dele")."""
    seen: set[str] = set()
    found: set[int] = set()
    for at, line in enumerate(lines):
        text = line.strip()
        if len(text) >= REPEATED_CHARS and text in seen:
            found.add(at)
        seen.add(text)
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    tail = lines[last].strip() if last >= 0 else ""
    if len(tail) >= CUT_COPY_CHARS and any(len(other) > len(tail) and other.startswith(tail) for other in seen):
        found.add(last)
    return found


LABEL_MOST_WORDS = 4  # the label a teaser card puts before its headline's copy: a name or a section, a few words


def _labelled_repeats(lines: list[str]) -> set[int]:
    """The indexes of a related story's teaser card: a headline with no full stop at its end, and under it the same
    headline again after a label of a few words (a person's or a section's name: "Jane Roe Mayor opens the bridge: "We
    did it!"" under "Mayor opens the bridge: "We did it!""). Both lines are furniture; a sentence ends with its stop."""
    found: set[int] = set()
    filled = [at for at, line in enumerate(lines) if line.strip()]
    for at, after in zip(filled, filled[1:]):
        line, label = lines[at].strip(), lines[after].strip()
        if len(line) < CUT_REPEAT_CHARS or line.endswith((".", "。")) or not label.endswith(line):
            continue
        words = label[: -len(line)].split()
        if 1 <= len(words) <= LABEL_MOST_WORDS and not label[: -len(line)].rstrip().endswith((".", ":", "!", "?")):
            found.update((at, after))
    return found
