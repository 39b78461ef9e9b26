"""The outlet a wire credit names: "SEOUL (AFP) –", "/TASS/", "-타스", "(서울=뉴스1)", "【北京共同】".

Takes a line (a dateline, a lead) and the knowledge; gives the known outlet its credit names, or a name no
list knows where the dateline's shape makes it certain, or None. The patterns are languages/head.yml's
credit_patterns; a photo credit, and an abbreviation the text spells out before it ("the Deutsche
Presse-Agentur (dpa) published"), credit no outlet.
"""

from __future__ import annotations

import re

from . import dates, self_credits
from .credits import compiled, head_data, implausible_outlet, joined, known_outlet, photo_credit
from .knowledge import Knowledge
from .phrases import cached, trie_pattern
from ..text import stem_used


# A Han character's reading in pinyin, in brackets after it, as some copy sites print them ("環(huán)球").
_READING = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]{0,6}[\u00e0-\u01dc])[a-z\u00e0-\u01dc]{1,7}\)")


def placed_in_picture(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` is a caption placing someone in the picture ("… 총비서(오른쪽에서 두 번째)가 …", "(left)"):
    a wire it credits took the picture."""
    placed = joined(knowledge, "photo_positions")
    return placed is not None and placed.search(line, 0, 600) is not None


def credit_in(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet a wire credit in `line` names ("SEOUL (AFP) –", "/TASS/", "-타스", "(서울=뉴스1)",
    "Report informs referring to TASS", "Follow Sputnik's ..."), or None; none in a caption placing someone in
    its picture."""
    if placed_in_picture(line, knowledge):
        return None
    head = line[:600]
    if "(" in head:  # "【環(huán)球時報…】": a copy site's readings after Han characters are no part of a name
        head = _READING.sub("", head)
    for pattern, anchored in _credit_patterns(knowledge):
        if anchored:  # a pattern that starts with "^" can match only there: one try, not one a character
            first = pattern.match(head)
            matches = (first,) if first is not None else ()
        else:
            matches = pattern.finditer(head)
        for match in matches:
            groups = match.groupdict()
            if groups.get("outlet_end") is not None or groups.get("outlet_start") is not None:
                # "【モスクワ、ソウル聯合ニュース】": the name ends the place; "中新网北京6月19日电": it starts it
                name = groups.get("outlet_end") or groups["outlet_start"]
                known = known_end(name, knowledge) if groups.get("outlet_end") else _known_start(name, knowledge)
                if known:
                    return None if photo_credit(line, knowledge) else known
                continue
            if groups.get("dateline") is not None:
                named = _dateline_name(groups["dateline"], head[match.end() :], knowledge)
                if named:
                    return None if photo_credit(line, knowledge) else named
                continue
            # the name as written, known or not: the site's own address ("PAGARALAMPOS.COM - …"), or a wire
            # whose dateline's shape makes it certain ("Москва, 25 апреля – ИА X.")
            as_written = groups["site"] if groups.get("site") is not None else groups.get("wire") or groups.get("caps")
            if as_written is not None:
                as_written = as_written.strip(" .,")
                # group "caps": a name no list knows counts only in capitals, any script's ("ЎЗА", "ТАНЈУГ"):
                # the patterns match case-blind, and "– сказал он." is no agency
                plausible = (groups.get("caps") is None or as_written.isupper()) and implausible_outlet(as_written, knowledge) is None
                named = known_outlet(as_written, knowledge) or (as_written if plausible else None)
                if named:
                    return None if photo_credit(line, knowledge) else named
                continue
            name = match["outlet"].strip(" .,")
            known = knowledge.outlet_named(name) or knowledge.outlet_named(name.split("/")[0])
            if known and not _spelled_out_before(line[: match.start("outlet")], name, known, knowledge):
                # a photo credit names the picture's agency (asked last: most lines name no outlet); an agency's
                # credit right after the site's ("Site (site.tld) : Agency: …") is the text's origin
                stacked = _stacked_credit(head[match.end() :], knowledge) if head[: match.end()].rstrip().endswith(":") else None
                return None if photo_credit(line, knowledge) else (stacked[0] if stacked else known)
    named = self_credits.bracket_lead_credit(head, knowledge)  # "[파이낸셜뉴스] 북한이 …"
    return known_outlet(named, knowledge) or named if named else None


def _dateline_name(written: str, after: str, knowledge: Knowledge) -> str | None:
    """The outlet a dateline names between its place and the dash ("PYONGYANG, BERITA.TV -", "Hanoi, Warta- "):
    known, or as written when it is a name: not a day or a month ("Jakarta, Selasa -"), a place ("KYIV, Ukraine -"),
    an abbreviation ("LOS ANGELES, Calif. -"), a person, a section word or a date. A name in lower case letters
    is no site's (in capitals or as an address, it is) when it is two words or the sentence after it uses it: a
    dateline's country ("TOKYO, Japan - Japan's …", "BERLIN, Germany - German …")."""
    name = written.strip(" .,")
    known = known_outlet(name, knowledge)
    if known:
        return known
    if written.rstrip().endswith(".") or dates.weekday(name) or dates.find(f"1 {name} 2024") is not None \
            or known_place(name, knowledge):
        return None
    if not (name.isupper() or "." in name) and (" " in name or _stem_in(name, after)):
        return None  # (in lower case letters, two words are a country's name, "Korea Utara", more often than a site's)
    return name if implausible_outlet(name, knowledge) is None else None


def _stem_in(name: str, text: str) -> bool:
    """Whether every word of `name`, less a few last letters (an adjective's or a case's ending), starts a word of `text`."""
    lowered = text.lower()
    return all(stem_used(word, lowered) for word in name.split())


def known_place(name: str, knowledge: Knowledge) -> bool:
    """Whether `name` is a place the story's entities.yml knows (its name or an alias, in any case)."""
    places = cached("head-places", knowledge, lambda k: frozenset(
        " ".join(str(alias).split()).lower()
        for entity in (k.section("entities.yml") or {}).get("entities") or () if entity.get("kind") == "place"
        for alias in (entity.get("name"), *(entity.get("aliases") or ())) if alias))
    return " ".join(name.split()).lower() in places


def _credit_patterns(knowledge: Knowledge) -> tuple[tuple[re.Pattern[str], bool], ...]:
    return cached("head-credit-anchored", knowledge, lambda k: tuple(
        (pattern, pattern.pattern.startswith("^") and "|" not in _top_level(pattern.pattern))
        for pattern in compiled(k, "credit_patterns")
    ))


def _top_level(pattern: str) -> str:
    """`pattern` with every bracketed group and class left out (to see an alternation at its top level)."""
    out, depth, escaped, in_class = [], 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def known_end(text: str, knowledge: Knowledge) -> str | None:
    """The known outlet whose name ends `text`, the longest (a Japanese or Chinese dateline writes the
    agency's name right after the place, with no space or "=": "ソウル聯合ニュース", "北京共同")."""
    for start in range(len(text) - 1):
        known = knowledge.outlet_named(text[start:])
        if known:
            return known
    return None


def _known_start(text: str, knowledge: Knowledge) -> str | None:
    """The known outlet whose name starts `text`, the longest ("人民网北京": the place follows the name)."""
    for end in range(len(text), 1, -1):
        known = knowledge.outlet_named(text[:end])
        if known:
            return known
    return None


SPELLED_OUT_WORDS = 7  # the longest name an abbreviation is spelled out in


def _spelled_out_before(before: str, name: str, known: str, knowledge: Knowledge) -> bool:
    """Whether the words just before a bracketed name spell it out: "the Deutsche Presse-Agentur
    (dpa) published" explains an abbreviation in the text, it is no wire credit."""
    text = before[-120:].rstrip()
    if not text.endswith(("(", "/")):
        return False
    words: list[str] = []
    for word in reversed(text[:-1].split()[-SPELLED_OUT_WORDS:]):
        if not word[:1].isalpha():
            break  # a date, a comma's clause: the name ends there
        words.insert(0, word)
        if word[-1:] in ",;:":
            words[0] = word[:-1]
            break
    if not words:
        return False
    initials = "".join(w[0] for w in words if w[0].isupper()).lower()
    letters = "".join(ch for ch in name if ch.isalpha()).lower()
    if len(letters) >= 2 and initials.endswith(letters):
        return True
    # (one word may be the whole name where a script writes no spaces: Thai's "สำนักข่าว…" before "(X)")
    first = 1 if len(words[-1]) >= SPACELESS_NAME_CHARS else 2
    # (an elided article glued to the name's first word is no part of it: French and Italian "L'agence …", "l'Agenzia …")
    return any(_named_in_any_case(_ELIDED.sub("", " ".join(words[-n:])), knowledge) == known for n in range(first, len(words) + 1))


_ELIDED = re.compile(r"^(?:[lLdD]|[qQ]u)['’](?=[^\W\d_])")


SPACELESS_NAME_CHARS = 12  # a single word this long before the brackets is a whole name run together, not one of its words


CASE_ENDING_CHARS = 4  # "Alman Basın Ajansının (dpa)": a Turkish genitive on the name's last word


def _named_in_any_case(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet `name` is, also with a case ending on its last word (up to a few letters)."""
    for cut in range(0, CASE_ENDING_CHARS + 1 if len(name) > 8 else 1):
        known = knowledge.outlet_named(name[: len(name) - cut])
        if known:
            return known
    return None


# A lead opening with its place in capitals and a dash ("MOSCOW - …", "SÃO PAULO, 5 de junho — …"): a wire's dateline.
_CAPITALS_DATELINE = re.compile(r"^(?-i:[^\W\d_a-zà-ÿа-яё]{2}(?:[^\W\d_a-zà-ÿа-яё]|[ .'’-]){0,28}?)(?:,[^\n,]{1,30})?\s*(?:--|—|–|-)\s\S")
CREDIT_ABOVE_CHARS = 40


def credit_above_dateline(lines: list[str], knowledge: Knowledge) -> str | None:
    """The known outlet whose name alone on a line stands right above a lead's capitals dateline ("TASS" /
    "MOSCOW - The president signed …"): the wire the text is taken from, not a photo's credit (a photo's
    credit stands between paragraphs, never right above the dateline that opens the text)."""
    for line, below in zip(lines, lines[1:]):
        if len(line) <= CREDIT_ABOVE_CHARS and _CAPITALS_DATELINE.match(below):
            named = knowledge.outlet_named(line.strip(" .•|-–—"))
            if named:
                return named
    return None


LEAD_MIN_CHARS = 40  # a lead is a sentence of some length, not a label


def credit_opening_body(lines: list[str], knowledge: Knowledge) -> str | None:
    """The known outlet whose name alone is the first line under the head, right above the lead ("24 yıl sonra …" /
    "17:48 17/06/2024" / "AA" / "Putin, yarın …"): the text's wire. A weaker cue than a dateline's (a picture may stand
    there, credited), read only when no stronger one names the outlet."""
    if len(lines) < 2 or len(lines[0]) > CREDIT_ABOVE_CHARS or len(lines[1]) < LEAD_MIN_CHARS or not lines[1][:1].isupper():
        return None
    return None if photo_credit(lines[0], knowledge) else knowledge.outlet_named(lines[0].strip(" .•|-–—"))


GLUED_CREDIT_WORDS = 3  # an agency's name glued after a photo label: a word or a few ("YONHAP News")


def glued_photo_credit_end(line: str, knowledge: Knowledge) -> int:
    """Where the lead starts after a photo's credit glued before it, its line break lost ("Foto: YONHAP News Berichten
    zufolge …": head.yml's photo_labels, a colon, a known outlet's name); 0 when there is none."""
    label = cached("head-photo-labels", knowledge, lambda k: re.compile(
        r"^\s*(?:" + trie_pattern(str(w) for w in head_data(k).get("photo_labels") or ()) + r")\s*[:：]\s*", re.IGNORECASE))
    found = label.match(line)
    if found is None:
        return 0
    words = line[found.end() :].split(" ")
    for size in range(GLUED_CREDIT_WORDS, 0, -1):  # (the longest name first: "YONHAP News", not "YONHAP")
        if len(words) > size and known_outlet(" ".join(words[:size]), knowledge):
            return len(line) - len(" ".join(words[size:]))
    return 0


# A second credit right after a site's dateline credit: the agency's name and a colon ("… (site.tld) : Agency: …").
_NEXT_CREDIT = re.compile(r"\s*(?P<name>[^\W\d_][^:：\n]{1,30}?)\s*[:：]\s+(?=\S)")


def _stacked_credit(after: str, knowledge: Knowledge) -> tuple[str, int] | None:
    """(the known outlet, where its credit ends in `after`) when `after` opens with a known outlet's name and a colon."""
    found = _NEXT_CREDIT.match(after)
    known = knowledge.outlet_named(found["name"]) if found else None
    return (known, found.end()) if known else None


def stacked_credits_end(line: str, knowledge: Knowledge) -> int:
    """Where a site's credit and an agency's after it end at the start of a lead ("Site (site.tld) : Agency: …"), or 0."""
    first = _SITE_COLON.match(line)
    if first is None or not knowledge.outlet_named(first["outlet"].strip()):
        return 0
    stacked = _stacked_credit(line[first.end() :], knowledge)
    return first.end() + stacked[1] if stacked else 0


_SITE_COLON = re.compile(r"^[^()\n]{0,60}?\((?P<outlet>[^()/=\n]{2,30}?)\)\s*:")
