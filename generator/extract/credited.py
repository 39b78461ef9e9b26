"""The people an article credits rather than tells of: the writers its byline names and the photographers its
pictures' credits name ("(Jane Roe, Sputnik, Kremlin Pool Photo via AP)", "Фото: Имя Фамилия/ТАСС", "IMAGO/Jane Roe",
a Korean dateline's "(서울=연합뉴스) 홍길동 김철수 기자 =", a caption's "ⓒ News1 홍길동 기자").

They are people the article names, and an analyst asks who covers a story and whose pictures it runs, so they are
among the article's people, each with the role the credit gives (Mention.credit). The text tells nothing of them:
they are never a speaker, a delegate or a fact's evidence, and are found apart from the text's people.

Takes the article's byline (its author) and its lines as the file has them, furniture included; gives (name, role)
pairs. A credit is read only where a cue shows it is one: a photo label, or a known outlet or one of head.yml's
credit_filler_words ("Pool", "via", "IMAGO") among its parts; a part is a person only when it reads as a name and is
no outlet, no filler and nobody the story's data lists. A South Korean's name in Hangul is spelt as they write it in
Latin letters (names.yml's korean_south_spelling), the Hangul kept among its spellings.
"""

from __future__ import annotations

import re
import unicodedata

from . import bylines, credits
from .knowledge import Knowledge
from .phrases import cached
from .romanise import is_hangul_word, korean_south_from_hangul
from ..model import Mention

REPORTER, PHOTOGRAPHER = "reporter", "photographer"
CREDIT_CHARS = 160  # a picture's credit names a person and an agency or three; a longer stretch is a sentence
LINE_CHARS = 600  # a caption with its credit; a longer line is a paragraph of text, whose credits are not read
NAME_WORDS = (2, 3)  # a photographer is credited by given name and surname, a middle name at most

# A credit after the last sentence's end of a line, its parts cut by slashes: "… in Pyongyang. Name/Sputnik/AFP".
# (at most TAIL_CHARS: a caption with no full stop before its credit is a sentence, its words no credit's parts)
TAIL_CHARS = 90
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?。»”\"]\s)|(?<=[.!?。]))\s*(?P<credit>[^.!?。\n]{3,90}/[^.!?。\n]{2,90})\s*$")
_BRACKET_TAIL = re.compile(r"[(\[]\s*(?P<credit>[^()\[\]\n]{3,160}?)\s*[)\]]\s*$")
# Where a credit's parts divide: slashes, commas, colons, a copyright mark, the "via" and "by" of an agency or maker.
_PARTS = re.compile(r"\s*(?:[/,;:：|©ⓒ]|\s[-–]\s|\s(?:via|by|par|von|por|di|de|for|pour|für|para)\s)\s*", re.IGNORECASE)
# Where a byline's names divide: "A, B and C", "A und B", "홍길동·김철수", "홍길동 김철수" (Korean names side by side).
_WRITERS = re.compile(r"\s*(?:[,;&·・、]|\s(?:and|und|et|y|e|i|и|та|ve|dan|og|en|및)\s)\s*")
_EDGE = " .-–—'\"«»“”()[]"


def credited_names(author: str | None, lines, knowledge: Knowledge) -> tuple[tuple[str, str], ...]:
    """Who the article credits, each once, in order: its writers (the byline's names), then the reporters of Korean
    datelines and captions, then the photographers its pictures' credits name; (name, role) pairs."""
    found: dict[str, str] = {}
    for name in writers(author, knowledge):
        found.setdefault(name, REPORTER)
    for line in lines:
        if len(line) > LINE_CHARS:
            continue
        for name, role in staff(line, knowledge):
            found.setdefault(name, role)
        for name in korean_reporters(line, knowledge):
            found.setdefault(name, REPORTER)
        for name in photographers(line, knowledge):
            found.setdefault(name, PHOTOGRAPHER)
    return tuple(found.items())


def writers(author: str | None, knowledge: Knowledge) -> list[str]:
    """The people a byline names ("Jack Kim and Ju-min Park", "홍길동·김철수"); none of an outlet's byline ("Yonhap")."""
    if not author:
        return []
    names = []
    for part in _WRITERS.split(_IN_PLACE.sub("", author)):  # ("Jane Roe in Seoul and John Doe")
        part = part.strip(_EDGE)
        words = part.split()
        if len(words) > 1 and all(is_hangul_word(w) and 2 <= len(w) <= 4 for w in words):
            names.extend(words)  # Korean reporters side by side, each a name of its own
        elif _a_name(part, knowledge) and not any(w in _fillers(knowledge) for w in part.lower().split()):
            # (a desk's signature is none: "Reuters Staff", "CNN Wire")
            names.append(part)
    return names


def staff(line: str, knowledge: Knowledge) -> list[tuple[str, str]]:
    """The people a wire story's closing credit names, each with the role its label gives (head.yml's staff_credits):
    "(Reporting by Jane Roe in Seoul; Additional reporting by John Doe; Editing by Ann Lee and Bob Ray)". Every part
    of the line must be a label and names alone: "Written by Kim Jong Un, the essay …" is a sentence."""
    labels = _staff_labels(knowledge)
    body = line.strip().strip("()[]").strip()
    if not labels or not _staff_pattern(knowledge).match(body):
        return []
    found = []
    for segment in _staff_segments(knowledge).split(body):
        match = _staff_pattern(knowledge).fullmatch(segment.strip(" ."))
        if match is None:
            return []
        role = labels[match["label"].lower()]
        for part in _WRITERS.split(_IN_PLACE.sub("", match["names"])):
            part = part.strip(_EDGE)
            if knowledge.outlet_named(part):
                continue  # "Reporting by Reuters": the agency's desk, no person
            if not (NAME_WORDS[0] <= len(part.split()) <= NAME_WORDS[1] + 1 and _a_name(part, knowledge)):
                return []
            found.append((part, role))
    return found


_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=\s*(?:[,;)\]]|\s(?:and|und)\s|$))")


def korean_reporters(line: str, knowledge: Knowledge) -> list[str]:
    """The reporters a Korean dateline or a caption's credit names: "[서울=뉴시스] 홍길동 기자 = …", "(모스크바·서울=
    홍길동 특파원 김철수 기자 = …", "… 2024.06.20 ⓒ News1 홍길동 기자"."""
    if not any(title in line for title in _titles(knowledge)):
        return []
    found = _korean_credit(knowledge).search(line)
    if found is None:
        return []
    who = found["who"] or found["listed"] or found["alone"] or found["caption_who"]
    surnames = _korean_surnames(knowledge)  # (a word before "기자" that opens with no surname is no name: "사진 기자")
    return [w for w in re.sub(r"[/,·]", " ", _title_words(knowledge).sub(" ", who)).split()
            if w[:1] in surnames and not _listed(w, knowledge)]


def photographers(line: str, knowledge: Knowledge) -> list[str]:
    """The people a picture's credit on `line` names: after a photo label ("Foto: Name/Agency"), in brackets closing a
    caption ("(Name, Sputnik, Kremlin Pool Photo via AP)"), or after its last sentence ("… Name/Sputnik via Reuters")."""
    names: list[str] = []
    if _staff_labels(knowledge) and _staff_pattern(knowledge).search(line):
        return names  # "(Reuters reporting by Jane Roe; …)": a writer's credit
    labelled = _labelled(knowledge).search(line)
    if labelled is not None and len(labelled["credit"]) <= CREDIT_CHARS:  # (longer: a caption after "FILE PHOTO:")
        names += _people_in(labelled["credit"], knowledge, cued=True)
    tail = line.rstrip()[-1:]
    for pattern, cue in ((_BRACKET_TAIL, tail in ")]"), (_LAST_SENTENCE, "/" in line)):
        found = pattern.search(line) if cue else None
        if found is not None and len(found["credit"]) <= TAIL_CHARS + 1:
            names += _people_in(found["credit"], knowledge, cued=False)
    return list(dict.fromkeys(names))


def _people_in(credit: str, knowledge: Knowledge, cued: bool) -> list[str]:
    """The persons among a credit's parts; none when nothing in it shows it is a credit (unless `cued`: a photo
    label opened it)."""
    fillers = _fillers(knowledge)
    names = []
    for part in _PARTS.split(credit):
        part = part.strip(_EDGE)
        if not part:
            continue
        words = part.lower().split()
        if knowledge.outlet_named(part) or any(w in fillers for w in words):
            cued = True
        elif any(w.endswith(("'s", "’s")) for w in words):
            continue  # "EDITOR’S NOTE": an owner's word, never a name's
        elif NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and max(map(len, words)) > 2 \
                and all(len(w.strip(".")) > 1 for w in words) and _a_name(part, knowledge):
            names.append(part)
    return names if cued else []


def _a_name(part: str, knowledge: Knowledge) -> bool:
    """Whether a credit's part reads as a person's name (bylines.person_name), written in plain letters (no invisible
    or control character, no full-width form), and is nobody and nothing the story's data lists."""
    return bylines.person_name(part, knowledge) and part.isprintable() \
        and unicodedata.normalize("NFKC", part) == part and not _listed(part, knowledge)


def _listed(name: str, knowledge: Knowledge) -> bool:
    """Whether the story's data lists `name` as anyone or anything (a newsmaker, a place, an organisation): such a
    name in a caption is who or what the picture shows, not who took it."""
    return any(credits.person_name(name, knowledge, kind) for kind in ("person", "organisation", "place"))


def canonical(name: str, knowledge: Knowledge) -> str:
    """The name a credited person is listed by: a Hangul name in Latin letters as South Koreans write theirs (a
    Korean page's reporter), any other as the credit writes it."""
    if not is_hangul_word(name.replace(" ", "")):  # (a surname in capitals, "Jane ROE", as the name is written)
        return " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() and len(w) > 1 else w
                        for w in name.split())
    return korean_south_from_hangul(name, *_south_spelling(knowledge))


def _south_spelling(knowledge: Knowledge) -> tuple[dict[str, str], dict[str, str]]:
    """names.yml's korean_south_spelling: (surnames, given-name syllables), read once per knowledge."""
    def read(k: Knowledge) -> tuple[dict[str, str], dict[str, str]]:
        spelling = (k.section("entities.yml") or {}).get("korean_south_spelling") or {}
        return ({str(h): str(l) for h, l in (spelling.get("surnames") or {}).items()},
                {str(h): str(l) for h, l in (spelling.get("syllables") or {}).items()})
    return cached("credited-south-spelling", knowledge, read)


def _korean_surnames(knowledge: Knowledge) -> frozenset[str]:
    return cached("credited-korean-surnames", knowledge, lambda k: frozenset(
        surname for surname in _south_spelling(k)[0] if len(surname) == 1))


def _fillers(knowledge: Knowledge) -> frozenset[str]:
    return cached("credited-fillers", knowledge, lambda k: frozenset(
        str(w).lower() for w in credits.head_data(k).get("credit_filler_words") or ()))


def _labelled(knowledge: Knowledge) -> re.Pattern[str]:
    """A photo label and the credit after it, to a closing bracket or the line's end: "Foto: Name/Agency",
    "Photo by Name/Agency", "(Фото: Имя Фамилия/ТАСС)"."""
    def build(k: Knowledge) -> re.Pattern[str]:
        labels = sorted({str(w) for w in credits.head_data(k).get("photo_labels") or ()} | {"credit", "photo credit"},
                        key=len, reverse=True)
        # (a capitalised label glued to the caption's last word is a lost line break: "…проти УкраїниФото: Name/Agency")
        return re.compile(rf"(?:(?<!\w)|(?<=[a-zа-яёіїє])(?-i:(?=[A-ZА-ЯЁІЇЄ])))(?:{'|'.join(map(re.escape, labels))})"
                          r"(?:\s*[:：]|\s+(?:by|von|par|de)\s)\s*"
                          r"(?P<credit>[^()\[\]\n]{3,})", re.IGNORECASE)
    return cached("credited-labelled", knowledge, build)


def _staff_labels(knowledge: Knowledge) -> dict[str, str]:
    return cached("credited-staff-labels", knowledge, lambda k: {
        str(label).lower(): str(role) for label, role in (credits.head_data(k).get("staff_credits") or {}).items()})


def _staff_pattern(knowledge: Knowledge) -> re.Pattern[str]:
    def build(k: Knowledge) -> re.Pattern[str]:
        labels = sorted(_staff_labels(k), key=len, reverse=True)
        return re.compile(rf"(?P<label>{'|'.join(map(re.escape, labels))})\s*[:：]?\s+(?P<names>[^;|()\[\]\n]{{2,120}})",
                          re.IGNORECASE)
    return cached("credited-staff", knowledge, build)


def _staff_segments(knowledge: Knowledge) -> re.Pattern[str]:
    """Where a staff credit's parts divide: ";", "|", or a comma before the next label ("…, Editing by …")."""
    return cached("credited-staff-segments", knowledge, lambda k: re.compile(
        rf"\s*(?:[;|]|,\s*(?=(?:{'|'.join(map(re.escape, sorted(_staff_labels(k), key=len, reverse=True)))})\s))\s*",
        re.IGNORECASE))


def _titles(knowledge: Knowledge) -> tuple[str, ...]:
    return cached("credited-korean-titles", knowledge, lambda k: tuple(
        str(w) for w in credits.head_data(k).get("korean_reporter_titles") or ("기자",)))


def _title_words(knowledge: Knowledge) -> re.Pattern[str]:
    return cached("credited-korean-title-words", knowledge, lambda k: re.compile(
        "|".join(map(re.escape, _titles(k)))))


def _korean_credit(knowledge: Knowledge) -> re.Pattern[str]:
    """A Korean dateline at a line's start, its reporters and their titles before "=", or a caption's credit at its end
    after a copyright mark: the names in group "who"."""
    def build(k: Knowledge) -> re.Pattern[str]:
        titles = "|".join(map(re.escape, _titles(k)))
        name = rf"(?!(?:{titles})(?![가-힣]))[가-힣]{{2,4}}"  # (a title is never a name: one reading of each line)
        names = rf"{name}(?:\s+(?:(?:{titles})\s+)?{name})*"  # (one way to part each pair of names: linear time)
        listed = rf"{name}\s*(?:{titles})(?:\s*[/,·]\s*{name}\s*(?:{titles}))+"
        return re.compile(rf"^\s*[\[(【][^\])】\n]{{1,30}}?(?:[\])】]|=)\s*(?P<who>{names})\s*(?:{titles})\s*="
                          # (reporters listed on a line of their own: "[홍길동 기자 / 김철수 기자]")
                          rf"|^\s*[\[(【]?\s*(?P<listed>{listed})\s*[\])】]?\s*$"
                          # (a reporter's byline on a line of its own, maybe their desk between the name and the title and
                          # an e-mail address after it, anywhere in the page: "[홍길동 디지털뉴스 기자 hong@example.com]")
                          rf"|^\s*[\[(【]?\s*(?:[^\s\[\]()=]{{2,15}}\s*[=\s]\s*)??(?P<alone>{name})\s+"
                          rf"(?:[가-힣]{{1,8}}(?:뉴스|부|팀|국|센터)\s+)?(?:{titles})(?:\s+[\w.+-]+@[\w.-]+)?"
                          r"\s*[\])】(]?\s*$"
                          rf"|[©ⓒ][^©ⓒ\n]{{0,30}}?\s(?P<caption_who>{name})\s*(?:{titles})\s*$")
    return cached("credited-korean", knowledge, build)


def mentions(found: tuple[tuple[str, str], ...], people: tuple[Mention, ...], knowledge: Knowledge) -> tuple[Mention, ...]:
    """A Mention of each person credited (`found`: credited_names) whom the text's `people` do not name already; a
    spelling differing only in case ("Jane ROE") is not kept among its forms, the Hangul of a romanised name is."""
    named = {form for m in people for form in (m.name, *m.forms)}
    out = {}
    for written, role in found:
        name = canonical(written, knowledge)
        if name not in named and written not in named:
            out.setdefault(name, Mention(name=name, kind="person", forms=(written,) if written.casefold() != name.casefold() else (),
                                         roles=(role,), known=False, credit=role))
    return tuple(out.values())
