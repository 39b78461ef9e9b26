"""Small text utilities shared by the stages: paragraphs, sentences, slugs, anchors."""

from __future__ import annotations

import functools
import hashlib
import re

from slugify import slugify as _slugify

# Scripts written without spaces between words, whose phrases and names match anywhere in a text, not as
# whole words: Hangul (particles attach to the word: "제재" in "제재를"), and kana and Han (Japanese, Chinese).
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
KANA_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SPACELESS = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def spaceless(text: str) -> bool:
    """Whether `text` holds a letter of a script written without spaces (HANGUL or KANA_HAN)."""
    return bool(_SPACELESS.search(text))


_THAI = re.compile(r"[\u0e00-\u0e7f]")
# An e-mail address (a reporter's or a photographer's credit line holds one: "[홍길동 기자/hong@x.co.kr]"); its domain is
# group "host"
MAIL_ADDRESS = re.compile(r"[\w.%+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")


def unspaced_script(text: str) -> bool:
    """Whether `text` holds a letter of a script written without spaces between words, Thai's too: a phrase or
    name written in one is found anywhere in a text, not as a whole word. (`spaceless` leaves Thai out: its
    other callers read Korean, Japanese and Chinese text.)"""
    return spaceless(text) or bool(_THAI.search(text))


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj st jr sr vs etc inc ltd co corp
    no nos u.s u.n u.k e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec
    gov sen rep dept est approx fig vol pp ed eds
    art arts nr abs ст""".split()  # (a document's article by its number in many languages: "art. 4", "Art. 4", "ст. 4")
)
# A run of end marks is tried from its first mark only ("(?<!...)"): from any later mark the match would
# end where it does from the first, and trying each of a run of a million full stops is quadratic.
# The look-behind is written after the first mark, not before it, so that the pattern starts with the
# marks and the regex engine skips quickly from one mark to the next (it cannot before a look-behind).
# The Devanagari danda and the Arabic question mark end a sentence as a full stop does (with a space after).
_SENTENCE_END = re.compile(r"""([.!?…।؟](?<![.!?…।؟][.!?…।؟])[.!?…।؟]*["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[^\s])""")
_CLOSERS = "\"'”’»)]"
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_OPENING = frozenset("\"'“‘«([")  # marks a sentence may open with
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalise_space(text: str) -> str:
    """Collapse runs of horizontal white space and trim."""
    if text.isascii() and "  " not in text and "\t" not in text:
        return text.strip()  # every run is one plain space already: the substitution changes nothing
    return _WS.sub(" ", text).strip()


def stem_used(word: str, lowered: str) -> bool:
    """Whether `word`, less a few last letters (a case's or an adjective's ending; four letters are kept),
    starts a word of `lowered`, a text in lower case: Петров / Петрова, Nordkorea / Nordkoreas."""
    return re.search(r"(?<!\w)" + re.escape(word.lower()[: max(4, len(word) - 2)]), lowered) is not None


def paragraphs(text: str) -> list[str]:
    """Split body text into paragraphs: one per non-empty line.

    Seeds come both with blank lines between paragraphs and with one paragraph
    per line, so every line break ends a paragraph.
    """
    out = []
    for line in text.split("\n"):
        line = normalise_space(line)
        if line:
            out.append(line)
    return out


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences with a rule that works for en, ru and ko (and the full-width stops of
    Chinese and Japanese)."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end(1)
        if _ends_in_abbreviation(paragraph, start, end):
            continue
        following = match.end()
        while following < len(paragraph) and paragraph[following] in _OPENING:
            following += 1
        if (paragraph[following:following + 1].islower() or _ordinal_before_month(paragraph, start, end, following)
                or (start == 0 and _dateline_place(paragraph[:end], paragraph, following))):
            continue
        candidate = paragraph[start:end].strip()  # sliced only here: a sentence running on over
        if candidate:  # many abbreviations is then copied once, not at each of them
            out.append(candidate)
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    if "。" in paragraph or "！" in paragraph or "？" in paragraph:
        out = [part.strip() for sentence in out for part in _CJK_END.split(sentence) if part.strip()]
    if "다." in paragraph or "요." in paragraph:
        out = [part for sentence in out for part in _KOREAN_GLUED_END.split(sentence)]
    if _GLUED_STOP.search(paragraph):
        out = [part for sentence in out for part in _glued_sentences(sentence)]
    return out


# A sentence's full stop with the next sentence glued on, its space lost in a scrape ("…e una conferenza stampa.La
# delegazione russa …", "…in June 2024.The Duma's …"): a capital and a lower-case letter after the stop, and before it a
# lower-case word of three letters or more, or a year. (Not a name's "Report.Az", "Gazeta.Ru", "Mr.Smith": a capital
# opens the word before the stop.)
_GLUED_STOP = re.compile(r"(?<=[^\W_])[.!?](?=[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ])")
_LAST_WORD = re.compile(r"[^\W_]+$")
_ADDRESS_AFTER = re.compile(r"[^\W_]+\.[^\W\d_]{2,}")
_WORD_AFTER = re.compile(r"([^\W\d_]+)(?![^\W_])")
# Abbreviations written glued to the next word: a title ("тов.Ким", "акад.Сахаров", "sig.Rossi", "dott.Bianchi"), a
# street's kind ("просп.Мира", "наб.Фонтанки"), a reference ("vgl.Die", "bzw.Der"); and the endings of a site's
# address ("vesti.Ru", "tass.Com"), never a sentence's first word
_GLUED_ABBREVIATIONS = frozenset("""тов акад проф просп наб пер обл ул пос дер гос vgl bzw ggf inkl usw sig sigg dott
    ing avv pres sen gen""".split())
_DOMAINS = frozenset("""ru com net org info news az by ua kz uz am ge md su рф uk de fr kr jp cn tv io eu""".split())


def _glued_sentences(sentence: str) -> list[str]:
    parts, start = [], 0
    for stop in _GLUED_STOP.finditer(sentence):
        word = _LAST_WORD.search(sentence, start, stop.start())
        word = word.group() if word else ""
        after = _WORD_AFTER.match(sentence, stop.end())
        if ((len(word) >= 3 and word.isalpha() and word.islower() and word not in _ABBREVIATIONS
             and word not in _GLUED_ABBREVIATIONS) or (len(word) == 4 and word.isdigit())) \
                and not _ADDRESS_AFTER.match(sentence, stop.end()) and not (after and after.group(1).lower() in _DOMAINS):
            # (not "etc.The", "тов.Ким", "vgl.Die": abbreviations; nor "www.Example.com", "vesti.Ru": addresses)
            parts.append(sentence[start:stop.end()])
            start = stop.end()
    return parts + [sentence[start:]] if parts else [sentence]


# A Korean sentence's final ending and full stop with the next sentence glued on, its space lost in a scrape
# ("…강화할 것으로 예상된다.벨로제로프 사장은 …"): two sentences
_KOREAN_GLUED_END = re.compile(r"(?<=[다요]\.)(?=[\uac00-\ud7a3])")


# Chinese and Japanese end a sentence at a full-width stop with no space after it ("…公開された。条約の第4条では…");
# a closing mark after the stop ("…です。」と述べた") still belongs to the sentence.
_CJK_END = re.compile(r"(?<=[。！？])(?![」』”’\"»）)。！？]|$)")


# A day's number written as an ordinal before its month ("am 31. März 2023", German): no sentence ends there.
_ORDINAL = re.compile(r"(?:^|[^\w.])[0-9]{1,2}\.$")
_WORD = re.compile(r"[^\W\d_]+")


def _ordinal_before_month(paragraph: str, start: int, end: int, following: int) -> bool:
    """Whether paragraph[start:end] ends in a day's number and its full stop, and a month's name follows."""
    if not paragraph[end - 2:end - 1].isdigit() or _ORDINAL.search(paragraph[max(start, end - 4):end]) is None:
        return False  # (most ends: no digit before the full stop)
    word = _WORD.match(paragraph, following)
    return word is not None and word.group().lower() in _month_names()


def _dateline_place(candidate: str, paragraph: str, following: int) -> bool:
    """Whether `candidate`, which opens the paragraph, is a dateline's place in capitals and its full stop, a date
    next ("MOSCOW. June 19 (Interfax) - …", "ПХЕНЬЯН. 19 июня"): the dateline is the lead's, no sentence of its own."""
    place = candidate.rstrip(".")
    if not place.isupper() or len(place.split()) > 3 or not all(word.isalpha() for word in place.replace("-", " ").split()):
        return False
    word = _WORD.match(paragraph, following)
    return paragraph[following:following + 1].isdigit() or (word is not None and word.group().lower() in _month_names())


@functools.lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """The months of every language the tool reads, written out in letters (`months` of
    languages/timeline.yml whose names are whole words: a stem is no word), as dates.month_table reads them."""
    from .extract.dates import month_table  # (here: extract's knowledge imports phrases, which imports this module)
    from .extract.knowledge import language_part

    return frozenset(month_table(language_part("timeline.yml").get("months") or {})[0])


def _ends_in_abbreviation(paragraph: str, start: int, end: int) -> bool:
    """Whether paragraph[start:end] ends in an abbreviation's full stop ("Mr.", "U.S.", an initial)."""
    stop = end
    while stop > start and paragraph[stop - 1] in _CLOSERS:
        stop -= 1
    if stop == start or paragraph[stop - 1] != ".":
        return False
    # The last word: what follows the last white space, "(", '"' or "“" (no further back than the
    # longest abbreviation: a longer word is none, and a word of a million characters is read once).
    cut = stop - 1
    floor = max(start, cut - _LONGEST_ABBREVIATION - 1)
    while cut > floor and not (paragraph[cut - 1].isspace() or paragraph[cut - 1] in "(\"“"):
        cut -= 1
    if cut > start and not (paragraph[cut - 1].isspace() or paragraph[cut - 1] in "(\"“"):
        return False  # the word goes on: longer than any abbreviation
    word = paragraph[cut:stop - 1].lower()
    if word in _ABBREVIATIONS or word.replace("’", "'").rpartition("'")[2] in _ABBREVIATIONS:  # (elided: "l'art. 3")
        return True
    # Initials such as "N." in "N. Korea" or "J." in "John J. Smith".
    return len(word) == 1 and word.isalpha()


def slugify(value: str, max_length: int = 60) -> str:
    """ASCII slug of lowercase words joined by hyphens; Cyrillic and Hangul are transliterated."""
    return _slugify(value, max_length=max_length, word_boundary=True, save_order=True)


def digest(value: str, length: int = 8) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def anchor(prefix: str, value: str) -> str:
    """An anchor derived from content, so it survives reordering and additions."""
    return f"{prefix}-{digest(normalise_space(value).lower())}"
