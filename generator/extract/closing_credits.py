"""Credits that close an article's text: a wire in brackets or after a dash at the end of the last paragraph
("… w Berlinie. (PAP)", "… summer. — Reuters", "(dpa/AFP)"), the site's address after a slash ("… /vizionplus.tv",
a line "/gorodvestnik.ru"), a known outlet on a closing slash line ("/신화사", "MNA/"), a bare link to a known site or a
reporter's e-mail address at its domain under the text. A one-sentence caption credited to
the agency that took its picture is no such credit. The other credit cues are in generator/extract/credits.py.
"""

from __future__ import annotations

import re

from . import credits, self_credits
from .headline import SENTENCE_PUNCT
from .knowledge import Knowledge
from ..text import MAIL_ADDRESS


CLOSING_CREDIT_CHARS = 40


def closing_credit(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet credited at the end of the text's last paragraph, after its last sentence: in
    brackets ("… w Berlinie. (PAP)"), or alone when it is no agency that credits pictures ("… ČTK")."""
    tail = line[-CLOSING_CREDIT_CHARS:]
    if len(line) < 20 or not tail.rstrip(" .").endswith((")", "）")) and " " not in tail:
        return None
    for pattern in credits.compiled(knowledge, "closing_credit_patterns"):
        found = pattern.search(tail)
        if found is None:
            continue
        groups = found.groupdict()
        if groups.get("site"):  # "… /vizionplus.tv": the site's address, as written when no list knows it
            return credits.known_outlet(groups["site"], knowledge) or groups["site"]
        bracketed = groups.get("outlet") or groups.get("dashed")  # "… said. — Reuters": a credit, as a bracket's
        name = (bracketed or groups["bare"]).strip(" .")
        known = credits.known_outlet(name, knowledge)
        several = known is None and bracketed is not None and _first_of_wires(name, knowledge)
        if several and not credits.photo_credit(line, knowledge):
            return several  # "(dpa/AFP)": wires credited together credit the text, never one picture
        if known is None and bracketed:  # "(总台记者 宋瑶 王德禄)": the reporters' organisation, when known
            organisation = self_credits.reporter_credit_name(name, knowledge)
            known = credits.known_outlet(organisation, knowledge) if organisation else None
            if known is not None:
                return known  # a reporter's credit, never a picture's
        if known is None or credits.photo_credit(line, knowledge):
            continue
        if known in credits.picture_agencies(knowledge) and not groups.get("dashed") and (not bracketed or not (
            _SENTENCE_INSIDE.search(line, 0, len(line) - len(tail) + found.start()) or _quotes_words(line)
        )):
            continue  # a photo's caption is one sentence, credited to the agency that took the picture; a
            # sentence quoting someone's words is the text's ('… un "moteur pour accélérer …", a écrit AFP. (Reuters)')
        return known
    return None


_WIRES_JOIN = re.compile(r"\s*[/,;]\s*|\s+(?:and|et|und|y|e|i|и)\s+")


def _first_of_wires(name: str, knowledge: Knowledge) -> str | None:
    """The first of several wires credited together ("dpa/AFP", "AFP, Reuters", "ATS et AFP"), when every
    one is a known outlet or, after the first, an editor's initials ("(AFP/jW)", "(dpa/red)": the copy's
    desk, who rewrote the wire's story, signs with its short mark)."""
    parts = [part.strip(" .") for part in _WIRES_JOIN.split(name) if part.strip(" .")]
    if len(parts) < 2:
        return None
    known = [credits.known_outlet(part, knowledge) for part in parts]
    initials = [_EDITOR_MARK.fullmatch(part) is not None for part in parts]
    return known[0] if known[0] and all(k or mark for k, mark in zip(known[1:], initials[1:])) else None


_EDITOR_MARK = re.compile(r"[^\W\d_]{1,4}")  # "jW", "red", "mb": a desk's or an editor's initials
# "dpa/jp", "AFP/dpa/red": a wire, maybe others, and a desk's initials in lower case last
_WIRE_AND_DESK = re.compile(r"[^\W\d_][\w.-]{1,15}(?:\s*/\s*[^\W\d_][\w.-]{0,15}){0,2}\s*/\s*(?-i:[a-zß-ÿ])[^\W\d_]{0,3}")


_QUOTED_SPAN = re.compile(r"[\"«“„「『]([^\"«»“”„「」『』\n]{5,300})[\"»”“」』]")


def _quotes_words(line: str) -> bool:
    """Whether `line` quotes three words or more (someone's words: a caption describes a picture)."""
    return any(len(found[1].split()) >= 3 for found in _QUOTED_SPAN.finditer(line))


_SENTENCE_INSIDE = re.compile(r"[.!?।]\s+\S|[。！？]\S")  # (Chinese and Japanese put no space after a sentence)


def closing_slash_credit(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet a closing line that is a slash and a name credits ("/신화사" after a Korean copy of a
    Xinhua story, "MNA/" closing an agency's own story); inside the text such a line credits the photo above it,
    so only the text's last line."""
    found = _SLASH_CREDIT.match(line)
    if found is None:  # "dpa/jp": the wire and the initials of the desk that edited its story (not "AFP/Pool", a photo's)
        wires = _WIRE_AND_DESK.fullmatch(line.strip())
        return _first_of_wires(wires.group(), knowledge) if wires else None
    name = found["name"] or found["before"]
    return credits.known_outlet(name, knowledge) or (name if site_address(name) else None)  # "/vizionplus.tv"


_SITE_ADDRESS = re.compile(r"[^\W_][\w-]{1,30}(?:\.[\w-]{2,20}){0,2}\.[a-z]{2,6}")


def masthead_after_text(lines: list[str], knowledge: Knowledge) -> str | None:
    """The outlet a line that is only its name credits right below the text's last paragraph of running
    text ("… the North Korean troops." / "Reuters", then a list of related links): a credit closing the
    text. Between paragraphs of the text such a line credits a picture (its caption gone), and under a
    caption too (a caption is no such paragraph: no sentence end, or its credit in brackets)."""
    last = next((n for n in range(len(lines) - 1, -1, -1) if _running_text(lines[n])), None)
    if last is None or last + 1 == len(lines) or len(lines[last + 1]) > MASTHEAD_LINE_CHARS:
        return None
    return credits.masthead(lines[last + 1], knowledge)


MASTHEAD_LINE_CHARS = 40


def _running_text(line: str) -> bool:
    """A paragraph of the text: sentences (six words or more, or 30 characters in a script written without
    spaces) ending as a sentence ends, not in a bracketed credit."""
    line = line.rstrip()
    return line.endswith(SENTENCE_PUNCT) and (len(line.split()) >= 6 or len(line) >= 30 and " " not in line[:30])


_TITLED_SITE = re.compile(r"\S.{9,200}?\s[|｜]\s*(?P<site>[^\s|｜]{4,40}?)\s*[:：]?\s*")


def titled_site(line: str, knowledge: Knowledge) -> str | None:
    """The site a page's title line names after a bar, under the text ("Headline | implanttips.com :"): its
    address, as written when no list knows it."""
    found = _TITLED_SITE.fullmatch(line)
    if found is None or not site_address(found["site"]) or credits.not_outlet_site(found["site"], knowledge):
        return None
    return credits.known_outlet(found["site"], knowledge) or found["site"]


def site_address(name: str) -> bool:
    """Whether `name` is a site's address as it writes itself ("vizionplus.tv", "Essent.press"): a name,
    a dot and a domain ending in small letters, nothing else."""
    return _SITE_ADDRESS.fullmatch(name) is not None and any(ch.isalpha() for ch in name.partition(".")[0])


# the slash before the name ("/신화사") or after it ("MNA/": an agency's closing code, its desk's initials left off)
_SLASH_CREDIT = re.compile(r"^\s*(?:/\s*(?P<name>[^\s/=][^/=]{1,24}?)|(?P<before>[^\s/=][^/=]{1,24}?)\s*/)\s*$")


_BARE_LINK = re.compile(r"\s*https?://(?P<host>[^/\s]+)/\S*\s*")


def bare_link(line: str) -> bool:
    """Whether `line` is a web address alone."""
    return _BARE_LINK.fullmatch(line) is not None


def linked_outlet(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet a bare link under the text points to ("http://www.newdaily.co.kr/site/…", "出典: https://…"), a
    copy's source, or whose domain the reporter's e-mail address on a short line under the text is at ("[홍길동
    기자/hong@mbn.co.kr]")."""
    label = credits.source_label(knowledge).match(line)
    link = _BARE_LINK.fullmatch(line, label.end() if label else 0) or (MAIL_ADDRESS.search(line) if len(line) <= credits.CREDIT_LINE_CHARS else None)
    return knowledge.outlet_named(link["host"]) if link else None
