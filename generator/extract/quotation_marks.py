"""Quotations found by their marks, in every language we hold, and kept only when they read as
speech: the marks of languages/quotes.yml (mark_table.py: “…”, "…", «…», »…« (Croatian, Danish, German
books), „…“, „…” and „…„, ‚…‘, ‘…’, '…', ‹…›, 「…」, 『…』), and direct speech a dash introduces ("— …, —
заявил Макрон", "– …, – powiedział Duda").

Split from quotes.py, which attributes what this finds. Tried mark by mark in one pass so that a
paragraph of a megabyte of marks costs a bounded number of reads (see _quotations).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .mark_table import OPENING_MARK, QUOTE_AT, SINGLE_KINDS, StraightPartners, guillemet_partners, inverted_straight
from .quote_cues import Cues
from ..text import KANA_HAN, normalise_space

_SINGLE_CLOSE = re.compile(r"’(?![^\W\uac00-\ud7a3])")  # a closing mark the "‘" pattern can end at
# A mark whose pattern reads on to the end of the text when nothing closes it: tried only before its last
# closing mark (every other stops at the next mark of its own kind, mark_table.py)
_FAR_CLOSE = {"«": "»"}
# (the Devanagari danda and the Arabic question mark end sentences too)
SENTENCE_END = re.compile(r"[.!?…。।؟](?:\W*)$")
# Letters only Vietnamese writes (with its tone marks): a text holding one is counted by syllables.
# (not ă, which Romanian writes, nor đ, which Croatian and Serbian do)
_VIETNAMESE = re.compile("[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹƠƯ]")
_INSCRIPTION_REACH = 40  # characters before a quotation looked at for a word naming an inscription
# A script that writes words with spaces but has no capital letters (Arabic, Persian): _implausible reads its
# short quotations by their length and ending alone.
_CASELESS_SPACED = re.compile("[\u0600-\u06ff]")
_OPENER_REACH = 8  # characters before a quotation looked at for a colon or a word that opens speech
_LONGEST_NAME = 30  # words of the longest document's name that opens with its document word and holds a name's stem
_CJK_SHORTEST = 7  # Chinese or Japanese characters in the shortest quotation kept (about three words)
_CJK_NAME_LONGEST = 12  # ... and in the longest that may be a name in quotation marks


@dataclass(frozen=True)
class Quoted:
    start: int
    end: int
    text: str
    fragment: bool = False  # three words a sentence quotes: speech only when it names who said them (quotes.py)


def _quotations(text: str, resync: bool = False):
    """The quotations in `text`, left to right without overlap, as one alternation of QUOTE_AT's
    patterns searched through the text would find them.

    A "«" (or "‘") with no mark after it that can close it is not tried: its pattern would read to the
    end of the text before failing, and a text of many such marks (hostile, or a broken conversion)
    would be read once per mark. Every other try stops at the next mark of its kind, or matches and is
    skipped past, so the text is read a bounded number of times. With `resync` (find_quoted), straight marks paired
    the wrong way round are skipped and their second mark tried as an opening one (mark_table.inverted_straight).
    """
    last_close = {mark: text.rfind(close) for mark, close in _FAR_CLOSE.items() if mark in text}
    last_single = max((m.start() for m in _SINGLE_CLOSE.finditer(text)), default=-1) if "‘" in text else -1
    position = 0
    for mark in OPENING_MARK.finditer(text):
        start = mark.start()
        if start < position:
            continue
        char = text[start]
        if (char in last_close and start > last_close[char]) or (char == "‘" and start > last_single):
            continue
        match = QUOTE_AT[char].match(text, start)
        if match is not None and resync and inverted_straight(text, start, match.end() - 1):
            position = match.end() - 1  # (the reporter's words between two quotations: its closing mark opens one)
        elif match is not None:
            yield match
            position = match.end()


_PROGRAMME_EXTRA_WORDS = 2  # words a quoted programme item holds beyond its phrase ("сделают заявления для прессы")


def _programme_item(cues: Cues, raw: str, text: str, end: int) -> bool:
    """Whether the quotation `raw`, ending at `end` in `text`, names an item of a visit's programme, no words said: a
    verb closing its clause right after it ('werden … „Erklärungen gegenüber der Presse“ abgeben'), or a programme
    phrase and at most _PROGRAMME_EXTRA_WORDS more ("и Путин, и Ким «сделают заявления для прессы»"). A longer
    quotation holding the phrase is a sentence someone said about the programme ("«После переговоров лидеры сделают
    заявления для прессы», — сказал Ушаков"): speech."""
    if cues.programme_after is not None and cues.programme_after.match(text, end):
        return True
    phrase = cues.programme_phrase.search(raw) if cues.programme_phrase is not None else None
    return phrase is not None and len(raw.split()) - len(phrase.group(0).split()) <= _PROGRAMME_EXTRA_WORDS


_HEBREW = re.compile("[\u05d0-\u05ea]")
_DOUBLE_PRIME = re.compile("(?<![0-9])\u2033")
_HEBREW_ACRONYM = re.compile('(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')


def find_quoted(text: str, cues: Cues, dropped: list[str] | None = None) -> list[Quoted]:
    """The plausible quotations of `text`; `dropped` gets a line for each stretch in quotation marks
    a reader might have taken for a quote and that is not one (a document's name, a title)."""
    if '"' in text and _HEBREW.search(text):
        text = _HEBREW_ACRONYM.sub("\u05f4", text)  # (ארה"ב, צה"ל: an acronym's gershayim typed as '"' is no mark)
    if "\u2033" in text:  # a double prime typed for quotation marks (″…″), not after a number (12″, 08″N)
        text = _DOUBLE_PRIME.sub('"', text)
    out = []
    partners: dict[int, int] | None = None
    straight: StraightPartners | None = None
    reached = 0
    for match in _quotations(text, resync=True):
        start, end = match.span()
        if start < reached:
            continue  # inside a quotation that holds quotation marks of its own
        kind = match.lastgroup
        raw = match.group(kind)
        if kind == "g" and "«" in raw:
            # «… «Единая Россия», и …»: a quotation quoting a name in the same marks ends at the
            # mark that balances its opening one, not at the first closing mark.
            partners = guillemet_partners(text) if partners is None else partners
            end = partners.get(start, end - 1) + 1
            raw, reached = text[start + 1:end - 1], end
        elif text[end - 1] == '"' == text[start] and text[end - 2:end - 1].isspace() and text[end:end + 1].isalpha():
            # '"… про "Морський коридор" і …"': a straight mark after a space and before a letter opens a quotation
            # inside this one, which ends at the mark that balances its opening one
            straight = StraightPartners(text) if straight is None else straight
            close = straight.of(start)
            if close is not None:
                end = close + 1
                raw, reached = text[start + 1:end - 1], end
        if cues.inscription is not None and cues.inscription.search(text, max(0, start - _INSCRIPTION_REACH), start):
            if dropped is not None:
                dropped.append(f"quote {normalise_space(raw)[:80]!r} dropped: an inscription's words, not speech")
            continue  # "портреты с подписью «…»", "plakaty «Да здравствует …»": what a banner reads
        if not SENTENCE_END.search(raw) and _programme_item(cues, raw, text, end):
            if dropped is not None:  # 'werden … „Erklärungen gegenüber der Presse“ abgeben': what they will do
                dropped.append(f"quote {normalise_space(raw)[:80]!r} dropped: a programme item, not speech")
            continue
        named = cues.article_before is not None and cues.article_before.search(text, max(0, start - 8), start) is not None
        # (a short quotation of a script without capitals is speech only as a speech verb or a colon introduces it)
        introduced = cues.caseless_opener.search(text, max(0, start - _OPENER_REACH), start) is not None
        keep_quoted(out, start, end, raw, kind, cues, dropped, named, introduced, cues.verb_after(text, end))
    if DASH_OPEN.match(text) or _SPEECH_DASH.search(text):
        # (speech a dash opens inside a quotation in marks is part of that quotation: "«… (России. —
        # Прим. ред.) …», — передаёт ТАСС")
        starts = [q.start for q in out]
        spoken = [(lo, hi) for lo, hi in dash_speech(text, cues) if not inside(out, starts, lo)]
        if spoken:
            # A name in quotation marks inside the speech is part of it.
            out = _outside_spans(out, spoken)
            for lo, hi in spoken:
                keep_quoted(out, lo, hi, text[lo:hi], "dash", cues, dropped)
            out.sort(key=lambda q: q.start)
    return out


def inside(found: list[Quoted], starts: list[int], at: int) -> bool:
    """Whether `at` is inside one of `found` (in text order, not overlapping; `starts` theirs), its opening mark too."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < found[i].end


def _outside_spans(found: list[Quoted], spans: list[tuple[int, int]]) -> list[Quoted]:
    """The quotations of `found` that start in none of `spans` (both in text order): one pass."""
    out, at = [], 0
    for quote in found:
        while at < len(spans) and spans[at][1] <= quote.start:
            at += 1
        if at == len(spans) or quote.start < spans[at][0]:
            out.append(quote)
    return out


def keep_quoted(out: list[Quoted], start: int, end: int, raw: str, kind: str, cues: Cues, dropped: list[str] | None,
          named: bool = False, introduced: bool = True, spoken: bool = False) -> None:
    """`named`: the quotation stands right after an article ('ratified the "Treaty on …"'), as a noun's name does;
    `introduced`: right after a colon or a word that opens speech (languages/quotes.yml, caseless_speech_openers)."""
    body = normalise_space(raw)
    if cues.editor_note is not None and ("(" in body or "[" in body):
        body = normalise_space(cues.editor_note.sub("", body))  # (an editor's note in brackets: the page's words)
    body = body.strip(" ,;:")
    problem = _implausible(body, kind, cues, introduced, spoken)
    if problem is None and named and body[:1].isupper() and (cues.document_word.search(body) or cues.short_name.search(body)):
        problem = "a document's name after its article"  # though it ends in a full stop: "…, signed in Pyongyang."
    if problem is None or problem is FRAGMENT:
        out.append(Quoted(start, end, body, fragment=problem is FRAGMENT))
    elif problem and dropped is not None:
        dropped.append(f"quote {body[:80]!r} dropped: {problem}")


# Direct speech a dash introduces, as Russian, Ukrainian, Bulgarian, Polish, Serbian and Croatian
# papers write it: a paragraph opening with a dash, the words, then a dash and a speech verb
# ("— Это исторический день, — заявил Макрон. — Мы готовы …", "– To ważny dzień – powiedział Duda.").
# Only a speech verb right after the second dash makes it speech: a list item or a dash inside a
# sentence is not. After the speaker, ". — " goes on with the same speech.
# (a list bullet may stand before the dash: a page whose dialogue lines were list items, "- — …" or "- - …")
DASH_OPEN = re.compile(r"[ \t]*(?:[-*•][ \t]+(?=[–—―-]))?[–—―-][ \t\u00a0]+(?=\w)")
_DASH_CLOSE = re.compile(r"([,!?…]?)[ \t\u00a0]+[–—―-][ \t\u00a0]+")
# A dash that may close speech inside a paragraph (each branch opens with a literal: the engine skips to it).
_SPEECH_DASH = re.compile(r"–|—|―|-(?<=[ \t\u00a0]-)[ \t\u00a0]")
_DASH_AGAIN = re.compile(r"[.!?…:][ \t\u00a0]+[–—―-][ \t\u00a0]+(?=\w)")


def dash_speech(text: str, cues: Cues) -> list[tuple[int, int]]:
    """The stretches of `text` that are direct speech a dash opens, as (start, end). The speech
    opens the paragraph, or a sentence of it ("Przedstawił je sam Scholz. – … – mówił.")."""
    out: list[tuple[int, int]] = []
    opening = DASH_OPEN.match(text)
    if opening is not None:
        start = opening.end()
    else:
        # The first dash a speech verb follows closes the speech; the last sentence before it that
        # opens with a dash opens it. (Read once: every later try starts after the speech found.)
        close = next((c for c in _DASH_CLOSE.finditer(text) if cues.verb.match(text, c.end())), None)
        if close is None:
            return out
        start = None
        for again in _DASH_AGAIN.finditer(text, 0, close.start()):
            start = again.end()
        if start is None:
            return out
    while True:
        close = next((c for c in _DASH_CLOSE.finditer(text, start) if cues.verb.match(text, c.end())), None)
        if close is None:
            if out:  # the speech goes on after its speaker to the paragraph's end
                out.append((start, len(text.rstrip())))
            elif opening is not None and (end := _comma_close(text, start, cues)) is not None:
                out.append((start, end))
            return out
        stop = close.group(1)
        out.append((start, close.start() + (len(stop) if stop in ("!", "?", "…") and stop else 0)))
        again = _DASH_AGAIN.search(text, close.end())
        if again is None:
            return out
        start = again.end()


# Speech a dash opens and a comma closes, as Norwegian, Danish, Swedish and Finnish papers write it:
# "– Vi er klare, sa statsministeren." (no second dash). The clause after the comma is the attribution: a
# verb of comma_closes_dash_speech (languages/quotes.yml: not "según", which a Spanish list item ends in)
# among its first three words ("sa X", "X sanoi", "citeres X for …") and a few words in all,
# ending the sentence.
_COMMA_CLAUSE = re.compile(r",[ \t\u00a0]+(?=\w)")
_CLAUSE_WORD = re.compile(r"[^\s,.!?;:]+[ \t\u00a0]+(?=\w)")
_CLAUSE_END = re.compile(r"[^.!?…]{0,80}?[.!?…](?=\s|$)|[^.!?…]{0,80}$")
_CLAUSE_WORDS = 10  # words of the longest attribution clause


def _comma_close(text: str, start: int, cues: Cues) -> int | None:
    """Where a comma closes the speech a dash opened at `start`: the first comma whose clause
    reads as an attribution, or None."""
    verb = cues.comma_dash_verb
    if verb is None:
        return None
    for comma in _COMMA_CLAUSE.finditer(text, start):
        at = comma.end()
        for _ in range(2):  # the verb first, second or third
            if verb.match(text, at) or (word := _CLAUSE_WORD.match(text, at)) is None:
                break
            at = word.end()
        if not verb.match(text, at):
            continue
        clause = _CLAUSE_END.match(text, comma.start() + 1)
        if clause is not None and len(clause.group().split()) <= _CLAUSE_WORDS:
            return comma.start()
    return None


FRAGMENT = "a fragment"  # _implausible's answer for a quoted fragment: speech only if its sentence names the speaker


def _implausible(body: str, kind: str, cues: Cues, introduced: bool = True, spoken: bool = False) -> str | None:
    """Why a quoted stretch is not speech, or None when it reads as speech; "" when the reason is
    not worth a warning (a scare quote, a short stretch between apostrophes); FRAGMENT for three words
    that are speech only where their sentence names who said them (`spoken`: a speech verb right after them)."""
    words = body.split()
    han = len(KANA_HAN.findall(body)) if len(words) < 8 else 0
    if han:
        return _implausible_cjk(body, han, cues)
    if len(words) < 16 and _VIETNAMESE.search(body):
        # Vietnamese writes a space between syllables, about two to a word: "liên minh quân sự"
        # (military alliance) is a scare quote of two words, not four.
        words = words[::2]
    if len(words) < 3:
        return ""  # a scare quote: "alliance", "purely peaceful"
    if 2 * sum(sum(map(str.isalpha, w)) >= 2 for w in words) < len(words):  # (a vowel sign is no letter)
        # "' K- ~, ?3 ~$ p, `% b'": the noise some sites scatter through a page against copying, no speech
        return "stray characters, not words"
    if body[:1].islower() and (len(body.split()) < 6 if len(words) < len(body.split()) else len(words) < 4):
        # three words quoted inside a sentence, no sentence of their own, are a phrase it uses ("genuine friendly
        # relations"), or a fragment of what the one it names said ("Kim called it the 'strongest ever treaty'");
        # in Vietnamese five syllables name a thing ("các văn bản phê chuẩn"), six make a clause
        if len(words) == 3 == len(body.split()) and not cues.short_name.search(body) \
                and not cues.document_head.search(body) and not cues.document_tail.search(body):
            return FRAGMENT
        return ""
    if len(words) < 5 and not introduced and _CASELESS_SPACED.match(body) and not SENTENCE_END.search(body):
        # (a script without capitals shows no sentence opening: four words that end no sentence, with no colon nor
        # "that" before them, are a phrase the sentence uses; a fragment, a speech verb right after them: «…» خواند)
        # (three words, as three lower-case ones in a cased script, a fragment whose sentence may name who said them:
        # "أكد كيم أن العلاقات دخلت «طور ازدهار جديد»")
        fragment = spoken or len(words) == 3 == len(body.split())
        return FRAGMENT if fragment and not cues.short_name.search(body) and not cues.document_word.search(body) else ""
    if kind in SINGLE_KINDS and len(words) < 5:
        return ""  # apostrophes imitate single quotes: short stretches are not trusted
    # (a title's small words are written in lower case: "Agreement between the Russian Federation and …")
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha() and w.lower() not in cues.document_links]
    # (not one opening in lower case: German capitalises its nouns, "ab dem 4. Dezember, dem Tag des Austauschs")
    if len(long_words) >= 2 and all(w[0].isupper() for w in long_words) and not body[:1].islower():
        if cues.capitalised_nouns and len(words) == 3 and not cues.short_name.search(body) \
                and not cues.document_head.search(body) and not cues.document_tail.search(body):
            return FRAGMENT  # (German nouns: "Standhaftigkeit und Treue" is a phrase, a title no more than in lower case)
        return "a title in capitals"
    if len(words) <= (5 if "\uac00" <= body[:1] <= "\ud7a3" else 4) and cues.short_name.search(body) and not SENTENCE_END.search(body):
        # "comprehensive strategic partnership", "special military operation" (Korean spaces every noun: "신시대 전면적·전략적
        # 협력 동반자 관계")
        return "a name, not speech"
    if len(words) <= 14 and not SENTENCE_END.search(body):
        if cues.document_head.search(body) or (cues.document_tail.search(body) and not cues.korean_topic.search(body)):
            return "a document's name"  # "Treaty on Comprehensive Strategic Partnership", '…에 관한 조약'
    if len(words) <= _LONGEST_NAME and words[0][:1].isupper() and not SENTENCE_END.search(body) \
            and cues.document_head.match(body) and cues.short_name.search(body) \
            and 2 * sum(w[0].isupper() for w in long_words) >= len(long_words):
        # a long name written as one, capitalised: "Accordo di partenariato globale tra la Federazione Russa e
        # la Repubblica Popolare Democratica di Corea, firmato a …" (not "Le traité pour un partenariat … prévoit")
        return "a document's name"
    return None


def _implausible_cjk(body: str, han: int, cues: Cues) -> str | None:
    """_implausible for Chinese and Japanese, written without spaces: three words are about seven
    characters ("在俄朝关系发展道路上" is speech, "共同防御条款" a name in quotation marks)."""
    if han < _CJK_SHORTEST:
        return ""
    # (a clause holds an adverb or an aspect a name does not: "現正積極發展多方夥伴關係", developing a partnership)
    if han <= _CJK_NAME_LONGEST and cues.short_name.search(body) and not cues.cjk_clause.search(body):
        return "a name, not speech"  # "全面战略伙伴关系"
    # (not one holding a clause's word or a superlative: "有史以来最强有力的条约", the strongest treaty ever, is a judgement)
    if not SENTENCE_END.search(body) and cues.cjk_document_tail.search(body) and not cues.cjk_clause.search(body) and (
            han <= _CJK_NAME_LONGEST or cues.cjk_name_link.search(body) or cues.short_name.search(body)):
        return "a document's name"  # "全面战略伙伴关系条约", "包括的な戦略的パートナーシップ関係に関する条約"
    return None
