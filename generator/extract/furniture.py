"""Page furniture: lines that are not article text, defined by rules in languages/furniture.yml, and promotion
lines (languages/head.yml's promo_patterns), which name the site that published the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import credits, dates, promotions, self_credits
from .furniture_repeats import repeats
from .knowledge import Knowledge
from .phrases import cached

# Furniture is short and holds a bracketed credit or two (the longest line the seeds and corpora drop
# is ~260 characters): a longer line, or one of many "[", is article text, not tried against the rules.
# The rules are regular expressions from a data file, and some ("^.{0,400}\[[^\]]*(photo|...)\]$")
# read a line again from every "[" in it: their work grows with the square of a line's length.
MAX_LINE_CHARS = 1000
MAX_BRACKETS = 8


def may_be_furniture(line: str) -> bool:
    """Whether `line` is short enough, and has few enough "[", to be tried against furniture rules."""
    return len(line) <= MAX_LINE_CHARS and line.count("[") <= MAX_BRACKETS


DOUBLED_LABEL_CHARS = 30  # a menu's label or a badge is a few words


def doubled_label(line: str) -> bool:
    """Whether `line` is a label printed twice, glued or not ("ГОСОРГАНЫГОСОРГАНЫ", "JTI zertifiziert JTI zertifiziert"):
    a page's two menus, one for the small screen and one for the large, saved together."""
    half, odd = divmod(len(line), 2)
    first = line[:half]
    return 3 <= half <= DOUBLED_LABEL_CHARS and (not odd or line[half] == " ") and first == line[half + odd:] \
        and first[:1].isalpha() and not any(c.isdigit() or c in ".!?" for c in first)


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[str, ...]  # article lines, furniture removed
    outlet_cues: tuple[str, ...]  # outlet names found in "source:" or copyright lines
    removed: tuple[str, ...]  # the furniture lines, for the build report
    pictured: tuple[str, ...] = ()  # of those, captions of known people's names alone: whom the page shows


def strip(lines: list[str], knowledge: Knowledge) -> Cleaned:
    lines = _script_parts(lines, knowledge)
    kept: list[str] = []
    cues: list[str] = []
    pictured: list[str] = []
    removed: list[str] = []
    any_rule = cached("furniture-any", knowledge, _any_rule)
    glued = cached("furniture-glued", knowledge, _glued_rule)
    glued_from = len(lines) - GLUED_LAST_LINES
    masthead_at, masthead = self_credits.masthead_repeated_as_tag(lines, knowledge)
    lines = _prefixes_off(lines, knowledge, removed)
    end = _text_end(lines, knowledge)
    teasers = _related_teasers(lines, knowledge) | repeats(lines) | _bar_dates(lines, any_rule, knowledge)
    for at, line in enumerate(lines):
        if at in teasers:  # "Lesen Sie auch:" alone and the bulleted headlines under it
            removed.append(line)
            continue
        if at >= end:  # the text's closing line and the site's lists after it: furniture, or the outlet's credit
            cue = _outlet_cue(line, knowledge) if may_be_furniture(line) else None
            cue = cue if cue is not None else promotions.promotion(line, knowledge)[1]  # (a tip block's "subscribe to X")
            cues += [cue] if cue is not None else []
            removed.append(line)
            continue
        if at == masthead_at:  # "세종포커스" above "[세종포커스] Headline": the site's masthead
            removed.append(line)
            cues.append(masthead)
            continue
        # "Подписывайтесь на Газету.Ru в Telegram", and near the end "CNN's Jane Doe contributed reporting":
        # furniture, naming the site when it does
        found, name = promotions.promotion(line, knowledge)
        if not found and at >= glued_from and len(line) <= promotions.CONTRIBUTOR_MAX_CHARS:
            found, name = promotions.contributor(line, knowledge)
        if found:
            removed.append(line)
            if name is not None:
                cues.append(name)
            continue
        if doubled_label(line):
            removed.append(line)
            continue
        if names_alone(line, knowledge):
            removed.append(line)  # "Jane Roe and John Doe.": a photo's caption, the people it shows
            pictured.append(line)
            continue
        if not may_be_furniture(line) or (any_rule is not None and any_rule.match(line) is None):
            notice = _glued_notice(line, glued) if at >= glued_from else None
            if notice is None:
                kept.append(line)  # no rule matches: most lines
                continue
            kept.append(line[:notice].rstrip())  # a copyright notice glued to the last paragraph's end
            line = line[notice:]
        cue = _outlet_cue(line, knowledge)
        if cue is not None:
            if not (at == len(lines) - 1 and _cut_name(cue, knowledge)):
                cues.append(cue)  # (a last line cut off by the page's end, "Sumber : Asso", credits no one)
            removed.append(line)
        elif _outlet_rule(line, knowledge):
            removed.append(line)  # a source or copyright line naming nothing plausible: still furniture
        elif any(rule.match(line) for rule in knowledge.furniture_drop):
            stamp = next(filter(None, (rule.match(line) for rule in _rules(knowledge, "stamp_prefixes"))), None)
            kept.extend([stamp.group().strip()] if stamp else [])  # "date 2024-06-19 <a caption>": the stamp stays
            removed.append(line[stamp.end():].strip() if stamp else line)
        else:
            kept.append(line)
    for mark in _rules(knowledge, "inline_marks"):  # ("장호진(사진) 대통령실 …": the picture's marker, no word of the text)
        kept = [mark.sub("", line) for line in kept]
    return Cleaned(tuple(kept), tuple(cues), tuple(removed), tuple(pictured))


def _text_end(lines: list[str], knowledge: Knowledge) -> int:
    """The index of the line that closes the text (furniture.yml's text_end: "责任编辑：王明"), when more of the
    text comes before it than after; else the number of lines."""
    rules = _rules(knowledge, "text_end")
    if rules:
        before, after = 0, sum(len(line) for line in lines)
        for at, line in enumerate(lines):
            after -= len(line)
            if before > after and len(line) <= 200 and any(rule.match(line) for rule in rules):
                return at
            before += len(line)
    return len(lines)


def _related_teasers(lines: list[str], knowledge: Knowledge) -> set[int]:
    """The indexes of a related-links label alone on its line (furniture.yml's related_teasers: "Lesen Sie auch:")
    and of the bulleted teasers right under it."""
    labels, bullets, summary, most, chars, patterns = cached("furniture-teasers", knowledge, _teaser_data)
    found: set[int] = set()
    for at, line in enumerate(lines):
        label = line.strip().rstrip(":：»›>").strip().lower()
        if label in summary:  # "AI要約" and the machine's points under it
            points = range(at + 1, min(at + 1 + most, len(lines)))
            found.update((at, *(after for after in points if len(lines[after]) <= chars)))
            continue
        if label in labels:
            found.add(at)
        elif not any(p.match(line) for p in patterns):  # (a copyright line, read as such by the rules)
            continue
        for after in range(at + 1, len(lines)):
            if not lines[after].strip().startswith(bullets):
                break
            found.add(after)
    return found


def _teaser_data(knowledge: Knowledge) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], int, int, tuple[re.Pattern[str], ...]]:
    """furniture.yml's related_teasers: its labels (lower case) and the marks its teasers open with; a machine
    summary's labels (lower case), its most lines and their length; the lines teasers follow as they follow a label."""
    data = (knowledge.section("furniture.yml") or {}).get("related_teasers") or {}
    return (frozenset(str(w).lower() for w in data.get("labels") or ()), tuple(str(b) for b in data.get("bullets") or ()),
            frozenset(str(w).lower() for w in data.get("summary_labels") or ()), int(data.get("summary_lines") or 0),
            int(data.get("summary_chars") or 0), tuple(re.compile(str(p), re.IGNORECASE) for p in data.get("label_patterns") or ()))


NAMES_CAPTION_CHARS = 80


def names_alone(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` is only the names of two people or more the entity list knows, joined by a comma, a slash or a
    word of furniture.yml's caption_joiners ("Jane Roe and John Doe.", "Jane Roe, John Doe", "Jane Roe / John Doe"): a
    photo's caption, no text."""
    text = line.strip().rstrip(".")
    if len(text) > NAMES_CAPTION_CHARS or not text:
        return False
    joiners = cached("furniture-caption-joiners", knowledge, lambda k: re.compile(
        r"\s*[,、・/]\s*|\s+(?:" + "|".join(map(re.escape, (str(w) for w in (k.section("furniture.yml") or {}).get(
            "caption_joiners") or ("and",)))) + r")\s+"))
    parts = joiners.split(text)
    return len(parts) >= 2 and all(credits.person_name(part, knowledge) for part in parts)


BAR_LINES = 15  # a site's top bar: its menus, its search, today's date


def _bar_dates(lines: list[str], any_rule: re.Pattern[str] | None, knowledge: Knowledge) -> set[int]:
    """The site bar's date of the day the page was saved ("Menu / Search / Dimanche 21 Juillet 2024 / S'abonner"): a
    line that is a date alone, printed twice at the top (the bar for screens and for phones), each time under a line
    of furniture. The article's own stamp is printed once, or beside its byline."""
    top = lines[:BAR_LINES]
    seen: dict[str, list[int]] = {}
    for at, line in enumerate(top):
        if at and len(line) <= 40:
            seen.setdefault(line.strip(), []).append(at)
    found: set[int] = set()
    for line, places in seen.items():
        if len(places) < 2 or not line or dates.date_line(line) is None:
            continue
        if all(_bar_item(top[at - 1].strip(), any_rule, knowledge) for at in places):
            found.update(places)
    return found


def _bar_item(line: str, any_rule: re.Pattern[str] | None, knowledge: Knowledge) -> bool:
    """Whether a line is furniture or a menu's or a search box's label ("Menu", "Search": head.yml's not_title_patterns)."""
    widget = credits.joined(knowledge, "not_title_patterns")
    return bool((any_rule is not None and any_rule.match(line)) or (widget is not None and widget.match(line)))


def _prefixes_off(lines: list[str], knowledge: Knowledge, removed: list[str]) -> list[str]:
    """The lines without what furniture.yml's line_prefixes find glued before a paragraph's text (an image's file
    name and pixel size, "harbour_deal_1234 676x451 …"); what is taken off goes to `removed`."""
    rules = _rules(knowledge, "line_prefixes")
    out = []
    for line in lines:
        for rule in rules:
            found = rule.match(line)
            if found and line[found.end():].strip():
                removed.append(found.group().strip())
                line = line[found.end():]
        out.append(line)
    return out


def _rules(knowledge: Knowledge, key: str) -> tuple[re.Pattern[str], ...]:
    """furniture.yml's list of patterns under `key` (text_end, line_prefixes, stamp_prefixes, inline_marks), compiled
    once per set of data files, case ignored."""
    return cached(f"furniture-{key}", knowledge, lambda k: tuple(
        re.compile(str(p), re.IGNORECASE) for p in (k.section("furniture.yml") or {}).get(key) or ()))


def _script_parts(lines: list[str], knowledge: Knowledge) -> list[str]:
    """The lines with a broadcast script's markers taken out, each starting a line of its own: a TV site's
    headline and its anchor's words saved as one line ("…군사원조\"[앵커]북한은 …")."""
    markers = cached("furniture-script-markers", knowledge, lambda k: tuple(
        str(m) for m in (k.section("furniture.yml") or {}).get("script_markers") or ()))
    if not markers or not any(m in line for line in lines for m in markers):
        return lines
    split = re.compile("|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True)))
    return [part.strip() for line in lines for part in split.split(line) if part.strip()]


def _outlet_cue(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a "Source:" or copyright line names; a photo credit ("© Name/ Agency") names none."""
    if credits.photo_credit(line, knowledge):
        return _editions_credit(line, knowledge)
    for rule in knowledge.furniture_outlet:
        match = rule.match(line)
        if match and match.group(1).strip(" .,"):
            return credits.clean_name(match.group(1), knowledge)
    return None


# A copyright line's mark: "© X", "ⓒ X", "(c) X" (also read by head_dates.source_line_date).
COPYRIGHT_MARK = re.compile(r"^\s*(?:[©ⓒ]|\(c\)(?=\s))\s*", re.IGNORECASE)


def _editions_credit(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a copyright line names twice, the paper and one of its editions ("© Paper/Paper English Edition",
    maybe with the page's stamp after it): shaped like a photographer's credit ("© Name/ Agency"), but every part
    is the one known outlet. None for anything else."""
    mark = COPYRIGHT_MARK.match(line)
    if mark is None:
        return None
    text = line[mark.end():]
    found = dates.find(text)
    parts = [part.strip(" .,") for part in (text[: found.start] if found else text).split("/")]
    named = {credits.known_outlet(part, knowledge) for part in parts}
    return named.pop() if len(parts) > 1 and len(named) == 1 and None not in named else None


def _cut_name(name: str, knowledge: Knowledge) -> bool:
    """Whether `name` is no outlet's but the start of a known outlet's name cut inside a word ("Asso" of
    "Associated Press"): a credit line the page's end cut off."""
    key = name.strip().lower()
    if not key or credits.known_outlet(name, knowledge):
        return False
    names = cached("furniture-outlet-names", knowledge, lambda k: tuple(sorted(
        {n.lower() for o in k.outlets for n in (o.name, *o.aliases)})))
    return any(n.startswith(key) and n[len(key) : len(key) + 1].isalpha() for n in names)


GLUED_TAIL_CHARS = 200  # a notice glued to a paragraph is its last words: only they are searched
GLUED_LAST_LINES = 8  # and that paragraph is the text's last, with at most a few links after it


def _glued_rule(knowledge: Knowledge) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The "glued" rules as one pattern, with the marks one of which every such notice holds (a search
    for them, case-sensitive so that the regex engine can skip to their first characters, settles
    most lines without the rules)."""
    data = knowledge.section("furniture.yml") or {}
    rules = [str(r) for r in data.get("glued") or ()]
    marks = [re.escape(str(m)) for m in data.get("glued_marks") or ()]
    if not rules or not marks:
        return None
    return re.compile("|".join(marks)), re.compile("|".join(f"(?:{r})" for r in rules), re.IGNORECASE)


def _glued_notice(line: str, glued: tuple[re.Pattern[str], re.Pattern[str]] | None) -> int | None:
    """Where a notice that languages/furniture.yml's "glued" rules describe starts at the end of `line`
    (its line break lost when the page was saved), or None; never at the line's start."""
    if glued is None:
        return None
    marks, pattern = glued
    start = max(1, len(line) - GLUED_TAIL_CHARS)
    if marks.search(line, start) is None:
        return None
    found = pattern.search(line, start)
    return found.start() if found is not None and line[: found.start()].strip() else None


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


# a word with the suffixes an apostrophe joins to it ("Potter’daki" one word); none after a number ("2000'lerin")
_WORDS = re.compile(r"(?<![\w'’])[^\W\d_]+(?:['’][^\W\d_]+)*")
_HEADLINE_WORDS = 6  # cased words of three letters or more a paragraph needs to be read as Title Case
_HEADLINE_LOWER = 0.1  # the share of them, at most, that a Title Case headline writes in lower case


def is_title_case(text: str) -> bool:
    """Whether a paragraph is written in Title Case ("Harbour Bank Reports a Rise in Q4 2024 Earnings"): a
    related story's headline, not a sentence of the text, in which the words that are not names are in lower
    case. Words of scripts without case, and short words ("a", "of"), are not counted."""
    # (a word counted takes three characters and one more before the next: a paragraph holds no more than a
    # quarter of its length in them, so a sentence is known by its first words in lower case, not its last)
    most_lower = (len(text) + 1) // 4 * _HEADLINE_LOWER
    counted = lower = 0
    for match in _WORDS.finditer(text):
        word = match.group()
        if len(word) >= 3 and word.lower() != word.upper():
            counted += 1
            if word[0].islower():
                lower += 1
                if lower > most_lower:
                    return False
    return counted >= _HEADLINE_WORDS and lower <= _HEADLINE_LOWER * counted
