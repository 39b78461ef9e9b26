"""The title an article without a headline gets: the first sentence of its lead, past what stands before it on
the lead's line (a dateline, a wire credit, a photo's credit, a page's widgets printed as sentences) and cut to a
headline's length. Read by generator/extract/metadata.py.
"""

from __future__ import annotations

import re

from . import wire_credits
from .headline import CAPITALS, HAN_KANA, KOREAN_SENTENCE_END, LEAD_DATELINE, PLACE_STOP, skip_in_head
from .credits import head_data
from .knowledge import Knowledge
from .phrases import cached
from .lead_quotes import (LEAD_QUOTE_LINES, LEAD_TITLE_CHARS, LEAD_TITLE_CJK_CHARS, OPENING_QUOTES, attributed_quote, carries_on,
                          opens_long_quote)
from ..text import sentences


def title_from_lead(lines: list[str], knowledge: Knowledge | None = None) -> str:
    """A short headline from the first sentence of the lead, cut at a word boundary."""
    if not lines:
        return "Untitled article"
    first = _past_furniture(unmarked(lines[0]), knowledge) if knowledge is not None else unmarked(lines[0])
    first = first[wire_credits.glued_photo_credit_end(first, knowledge):] if knowledge is not None else first  # "Foto: AP Der …"
    first = first[wire_credits.stacked_credits_end(first, knowledge):] if knowledge is not None else first  # "Site (x.ir) : Agency: …"
    lead = PLACE_STOP.sub("", _PLACE_COLON.sub("", LEAD_DATELINE.sub("", first, count=1), count=1), count=1)
    named = _NAME_DASH.match(lead) if knowledge is not None else None
    if named and knowledge.outlet_named(named["name"]):
        lead = lead[named.end() :]
    lead = _past_openers(lead, knowledge) if knowledge is not None else lead
    if not lead.strip() or _credit_alone(lead, knowledge):
        # the dateline alone on the first line ("موسكو(وكالات)", "大阪, 10月24日, /OSAKAWIRE/"): the lead is the next
        lead = unmarked(lines[1]) if len(lines) > 1 else lines[0]
    sentence = _first_sentence(lead)
    if opens_long_quote(sentence) and not attributed_quote(sentence):
        # a lead that opens with a long quotation ("“정부는 … 엄중한 우려를 표하며 …", "\"Der heute unterzeichnete …"):
        # cut to a title's length it is a sentence cut from a quote; the next sentence that is not a quote
        # (who said it, what happened) is the title
        following = [_first_sentence(s) for line in (lead, *lines[1:LEAD_QUOTE_LINES]) for s in sentences(line)[:3]]
        after = next((s for s in following if s and not opens_long_quote(s) and not s.startswith(OPENING_QUOTES)), None)
        if after is not None and not (knowledge is not None and carries_on(after, knowledge)):
            sentence = after  # (a sentence carrying on from the quote, "Ainsi, …", is no lead: the quote's sentence is)
    cjk_end = CJK_SENTENCE_END.search(sentence)
    if cjk_end:  # "…に署名しました。有事に…": Chinese and Japanese end a sentence with no space after it
        sentence = sentence[: cjk_end.start()]
    sentence = sentence[:1].upper() + sentence[1:]
    if knowledge is not None and _DROP_CAP.match(sentence) and sentence[0] not in cached(
            "head-one-letter-words", knowledge, lambda k: frozenset(str(w) for w in head_data(k).get("one_letter_words") or ())):
        sentence = sentence[0] + sentence[2:]  # "Р уският президент …": a drop cap printed apart from its word
    sentence = without_closing_stop(sentence, knowledge)
    if len(HAN_KANA.findall(sentence)) * 2 > len(sentence):
        return _cut_cjk(sentence)
    # (a Hangul syllable says about what two Latin letters do, as a Han character does; Korean parts its words with spaces)
    limit = LEAD_TITLE_HANGUL_CHARS if len(_HANGUL.findall(sentence)) * 2 > len(sentence) else LEAD_TITLE_CHARS
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


def without_closing_stop(sentence: str, knowledge: Knowledge | None) -> str:
    """A sentence made a title: its closing stop dropped, but an abbreviation's period kept, which is part of the word
    ("… at 6 a.m.", "… for the U.S.": head.yml's title_abbreviations)."""
    trimmed = sentence.rstrip(" .।")
    if knowledge is None or not sentence.rstrip().endswith("."):
        return trimmed
    words = cached("title-abbreviations", knowledge, lambda k: frozenset(
        str(w).lower().rstrip(".") for w in head_data(k).get("title_abbreviations") or ()))
    last = re.split(r"[\s(\"“]", trimmed)[-1].lower()
    return trimmed + "." if last in words else trimmed


LEAD_TITLE_HANGUL_CHARS = 50
_HANGUL = re.compile("[\uac00-\ud7af]")
OPENERS_PASSES = 6  # a page printed as one line strings a few openers before the lead
LEAD_LEFT_CHARS = 10  # what is left after openers is a sentence, not a word or two


def _past_openers(lead: str, knowledge: Knowledge) -> str:
    """The lead past what a page prints before its first sentence on the same line (head.yml's lead_openers: a source
    clause "／據X報導，", a bracketed update stamp, a character count, a share widget's buttons, a photo's caption
    with its date and credit) and past a lone word in capitals with a full stop ("FLY. The …": a label's word, no
    sentence); the lead as it was when nothing is left of it."""
    openers = cached("lead-openers", knowledge, lambda k: tuple(
        re.compile(str(p), re.IGNORECASE) for p in head_data(k).get("lead_openers") or ()))
    rest = lead
    for _ in range(OPENERS_PASSES):
        found = next((m for m in (o.match(rest) for o in openers) if m and m.end()), None) or _LONE_CAPITALS.match(rest)
        if found is None:
            break
        rest = rest[found.end() :]
    return rest if len(rest.strip()) >= LEAD_LEFT_CHARS else lead


# A word in capitals alone before a full stop, a capital after it: a label or a caption's word left before the
# lead ("FLY. Russia's …"); three letters at least ("Mr. Kim", "U.S." are no such word).
_DROP_CAP = re.compile(r"^(?-i:[^\W\d_a-zà-ÿа-яё])\s(?-i:[a-zà-ÿа-яё]{2,})")
_LONE_CAPITALS = re.compile(r"^(?-i:[^\W\d_a-z]{3,12})\.\s+(?=(?-i:[^\W\d_a-z]))")


def _credit_alone(line: str, knowledge: Knowledge | None) -> bool:
    """Whether `line` is a dateline with its wire credit and nothing after it: short, one phrase, a credit."""
    return knowledge is not None and len(line) <= 60 and not re.search(r"[.。!?！？]\s*\S", line) \
        and wire_credits.credit_in(line, knowledge) is not None


FURNITURE_SENTENCES = 4  # a page printed as one line opens with its widgets' words as sentences
FURNITURE_SENTENCE_CHARS = 40


def _past_furniture(lead: str, knowledge: Knowledge) -> str:
    """The lead without the furniture a page printed as one line puts before it as sentences ("홍길동기자 구독
    구독중. 이전 다음. 국제사회 …": a byline's subscribe button, a pager), which are no title."""
    for _ in range(FURNITURE_SENTENCES):
        if lead.find(". ", 0, FURNITURE_SENTENCE_CHARS) < 0:
            return lead  # (furniture is short: a lead whose first sentence is longer is split no further)
        found = sentences(lead)
        first = found[0].rstrip(" .") if len(found) > 1 else ""
        if not first or not lead.startswith(first) or not skip_in_head(first, knowledge):
            return lead
        lead = lead[len(first) :].lstrip(" .")
    return lead


# Markup a page's text kept ("<p style=\"text-align: justify;\">", "**bold**") and a list's bullet before the first
# line ("- South Korea said …", "• …"): a title made from the lead reads as a sentence without them.
# (Only the tags of a paragraph's layout: any other markup in an article's text is its text, kept and escaped
# where it is written, as a headline always is: "<script>…" in a title is shown, never removed or run.)
_MARKUP = re.compile(r"</?(?:p|div|span|br)\b[^<>\n]{0,200}>|\*\*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-–—•·*▪►▶]\s+(?=\S)")


def unmarked(line: str) -> str:
    if "<" in line or "**" in line:
        line = _MARKUP.sub("", line)
    return _BULLET.sub("", line, count=1)


def _first_sentence(text: str) -> str:
    found = sentences(text)
    sentence = found[0] if found else text
    sentence = _GLUED_QUESTION.split(sentence, maxsplit=1)[0]  # "… 투입될까?최근 …": a question's line break lost
    sentence = _GLUED_STOP.split(sentence, maxsplit=1)[0]  # "… besucht Nordkorea.Der Kreml …": the space lost
    korean_end = KOREAN_SENTENCE_END.search(sentence) or _DANDA_END.search(sentence)
    if korean_end:  # "…발표했다. 공원은 …": a Korean sentence ends at a final ending and a full stop (Hindi at a danda)
        sentence = sentence[: korean_end.start()]
    return sentence


_DANDA_END = re.compile(r"।(?=\s+\S)")
# a full stop glued to the next sentence's capital, a word of lower case letters before it and after the capital
# (not "U.S.Army", "N.Korea", "e.g.", a web address "site.Com" written in capitals only at its start)
_GLUED_STOP = re.compile(r"(?<=[a-zß-öø-ÿа-яё]{3}\.)(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]{2,}\s)")
_GLUED_QUESTION = re.compile(r"(?<=[^\W\d_]\?)(?=[^\W\d_a-z])")  # (not "?id=": a web address's query)


# A dateline of a place and a colon ("SEOUL: Russian Defense Minister …", "Berlin: French President …"): not
# the title's. A place in title case is one to three capitalised words; a colon after a lower-case word ("Scholz
# said: …") is no dateline.
_PLACE_COLON = re.compile(
    rf"^(?:[{CAPITALS}][{CAPITALS} .'’-]{{2,30}}|[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+){{0,2}}"
    # (or one word of a script without capitals, past Armenian: no case to tell it from a clause: "സോള്: …", Malayalam's "Seoul:")
    r"|[^\x00-\u058f\u1e00-\u1fff\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\s:/0-9]{2,20}):\s+(?=\S)"
)
# A known outlet's name and a dash opening the lead ("TheSiteTimes – President …"): its credit, no title's words.
_NAME_DASH = re.compile(r"^(?P<name>[^\W\d_][\w.]{2,25})\s+(?:--|–|—)\s+(?=[^\W\d_])")
CJK_SENTENCE_END = re.compile(r"[。！？]")
_CJK_PAUSE = re.compile(r"[、，,]")


# A character's reading in pinyin printed after it, as some sites' converters do ("據(jù)朝中社報道", "國務(wù)委員長"):
# the character's ruby, not more text: a cut counts the characters shown, not their readings.
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u00fc\u0101-\u01dc]{1,6}\)")


def _cut_cjk(sentence: str) -> str:
    """A Chinese or Japanese lead sentence cut at its last pause within the length, or at the length."""
    limit = LEAD_TITLE_CJK_CHARS
    for gloss in _PINYIN_GLOSS.finditer(sentence):
        if gloss.start() > limit:
            break
        limit += len(gloss[0])  # (a reading is not counted: the limit moves past it)
    if len(sentence) <= limit:
        return sentence
    pauses = [m.start() for m in _CJK_PAUSE.finditer(sentence, limit // 2, limit * 3 // 2)]
    within = [at for at in pauses if at <= limit]
    end = within[-1] if within else pauses[0] if pauses else limit  # a pause a little later before a cut word
    while 0 < end < len(sentence) and sentence[end - 1].isdigit() and sentence[end].isdigit():
        end -= 1  # (never inside a number: "…総書記が1…" of "19日")
    return sentence[:end] + "…"
