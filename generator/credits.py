"""Who published an article, as its text shows it: wire credits in a dateline ("SEOUL (AFP) –",
"/TASS/", "(서울=뉴스1)"), "Source:" and copyright lines, a masthead line, a promotion line, and the
checks every candidate name must pass before it is shown as an outlet.

The cues are data (data/head.yml, data/furniture.yml); names are normalised through data/outlets.yml.
A photo credit names an agency that took a picture, not the article's outlet, and is never a cue.
"""

from __future__ import annotations

import re

from . import dates
from .knowledge import Knowledge
from .phrases import cached

MAX_OUTLET_CHARS = 48
MAX_OUTLET_WORDS = 6

_URL = re.compile(r"https?://|www\.|\S+@\S+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"«“„'‘]([^\"»”“'’]{2,40})[\"»”“'’]")
# What follows a name on a copyright or source line and is not part of it.
_NAME_TAIL = re.compile(
    r"(?:\.\s|\s[-–—|]\s|\s*\(|,\s*(?:all rights|무단|tous droits|alle rechte|все права)|\s+all rights reserved"
    r"|\s*무단|\s+AI학습).*$",
    re.IGNORECASE,
)
_NAME_PREFIX = re.compile(r"^(?:telegram[- ]?(?:канал|channel)|канал|сайт|site|website|the website)\s+", re.IGNORECASE)


def head_data(knowledge: Knowledge) -> dict:
    return knowledge.section("head.yml") or {}


def _compiled(knowledge: Knowledge, key: str) -> tuple[re.Pattern[str], ...]:
    return cached(f"head-{key}", knowledge, lambda k: tuple(
        re.compile(p, re.IGNORECASE) for p in head_data(k).get(key) or ()
    ))


def joined(knowledge: Knowledge, key: str) -> re.Pattern[str] | None:
    """One pattern for a list of head.yml patterns (one search per line instead of one per pattern)."""
    def build(k: Knowledge) -> re.Pattern[str] | None:
        patterns = [str(p) for p in head_data(k).get(key) or ()]
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
    return cached(f"head-joined-{key}", knowledge, build)


def photo_credit(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` credits a photo or video ("Фото: …", "© Name/ ТАСС", "Name / Agency / Agency")."""
    pattern = joined(knowledge, "photo_credit_patterns")
    return pattern is not None and len(line) <= 300 and pattern.match(line) is not None


CREDIT_TAIL_CHARS = 50
_COLON_NEAR_END = re.compile("[:：]")


def caption_before_credit(line: str, knowledge: Knowledge) -> str | None:
    """The caption of a photo caption that ends with its credit ("… guesthouse. Source: KCNA"), or None."""
    if len(line) > 500 or not _COLON_NEAR_END.search(line, max(0, len(line) - CREDIT_TAIL_CHARS)):
        return None  # every such pattern ends in a label and a colon, then the credited name
    pattern = joined(knowledge, "caption_credit_patterns")
    found = pattern.match(line) if pattern is not None else None
    return found["caption"] if found is not None else None


def clean_name(raw: str, knowledge: Knowledge) -> str | None:
    """The outlet a source or copyright line names, canonical when known; None when what is left
    is not plausibly an outlet's name ("Валерий Шарифулин/ ТАСС", a date, a whole notice)."""
    name = raw.strip(" .,:;-–—|")
    known = knowledge.outlet_named(name)
    if known:
        return known
    quoted = _QUOTED.search(name)  # 'Telegram-канал "Москва 24"'
    if quoted and knowledge.outlet_named(quoted[1]):
        return knowledge.outlet_named(quoted[1])
    found = dates.find(name)
    if found is not None:  # "Le Figaro June 19, 2024 10:10 UTC"
        name = name[: found.start]
    name = _NAME_TAIL.sub("", name)
    name = _NAME_PREFIX.sub("", name).strip(" .,:;-–—|\"'«»“”")
    known = knowledge.outlet_named(name)
    if known:
        return known
    return name if implausible_outlet(name, knowledge) is None else None


def implausible_outlet(name: str, knowledge: Knowledge) -> str | None:
    """Why `name` cannot be an outlet's name, or None when it can."""
    if knowledge.outlet_named(name):
        return None
    letters = sum(map(str.isalpha, name))
    if letters < 2:
        return "only punctuation or digits"
    if len(name) > MAX_OUTLET_CHARS or len(name.split()) > MAX_OUTLET_WORDS:
        return "too long for an outlet's name"
    if _URL.search(name) and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
        return "a web address"
    if dates.find(name) is not None:
        return "holds a date"
    if "/" in name:
        return "a photo credit"
    if section_word(name, knowledge):
        return "a section word"
    if person_name(name, knowledge):
        return "a person's name"
    return None


def section_word(line: str, knowledge: Knowledge) -> bool:
    if len(line) > 40:
        return False  # section names are a word or three
    words = cached("head-section-words", knowledge, lambda k: frozenset(
        " ".join(str(w).split()).lower() for group in (head_data(k).get("section_words") or {}).values()
        for w in group or ()
    ))
    return " ".join(line.strip(" .:|•-–—").split()).lower() in words


def person_name(name: str, knowledge: Knowledge) -> bool:
    """Whether `name` is a person the entity list knows (full name or short form)."""
    people = cached("head-people", knowledge, _people)
    return " ".join(name.split()).lower() in people


def _people(knowledge: Knowledge) -> frozenset[str]:
    names: set[str] = set()
    for entity in (knowledge.section("entities.yml") or {}).get("entities") or ():
        if entity.get("kind") == "person":
            for key in ("name", "aliases", "short"):
                value = entity.get(key)
                for item in [value] if isinstance(value, str) else value or ():
                    names.add(" ".join(str(item).split()).lower())
    return frozenset(names)


def credit_in(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet a wire credit in `line` names ("SEOUL (AFP) –", "/TASS/", "-타스", "(서울=뉴스1)",
    "Report informs referring to TASS", "Follow Sputnik's ..."), or None."""
    for pattern in _compiled(knowledge, "credit_patterns"):
        for match in pattern.finditer(line[:600]):
            name = match["outlet"].strip(" .,")
            known = knowledge.outlet_named(name) or knowledge.outlet_named(name.split("/")[0])
            if known and not _spelled_out_before(line[: match.start("outlet")], name, known, knowledge):
                # a photo credit names the picture's agency (asked last: most lines name no outlet)
                return None if photo_credit(line, knowledge) else known
    return None


SPELLED_OUT_WORDS = 7  # the longest name an abbreviation is spelled out in


def _spelled_out_before(before: str, name: str, known: str, knowledge: Knowledge) -> bool:
    """Whether the words just before a bracketed name spell it out: "the Korean Central News Agency
    (KCNA) published" explains an abbreviation in the text, it is no wire credit."""
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
    return any(knowledge.outlet_named(" ".join(words[-n:])) == known for n in range(2, len(words) + 1))


PROMO_MAX_CHARS = 200  # a promotion line is short: a longer line is text


def promotion(line: str, knowledge: Knowledge) -> tuple[bool, str | None]:
    """Whether `line` invites the reader to follow, subscribe to or read the site elsewhere ("Follow
    Sputnik's live coverage", "Подписывайтесь на Газету.Ru в Telegram", "請加入自由時報粉絲團"), and the
    outlet it names: a known name, or one written as a web address or in quotation marks (else None)."""
    if len(line) > PROMO_MAX_CHARS:
        return False, None
    any_promo = cached("head-promo-any", knowledge, _promo_any)
    if any_promo is None or any_promo.match(line) is None:
        return False, None  # most lines: one test of all patterns at once, without their groups
    for pattern in _compiled(knowledge, "promo_patterns"):
        found = pattern.match(line)
        if found is not None:
            name = found.groupdict().get("outlet")
            return True, _promoted_name(name.strip(" .,:;!"), knowledge) if name else None
    return True, None


def _promo_any(knowledge: Knowledge) -> re.Pattern[str] | None:
    patterns = [re.sub(r"\(\?P<\w+>", "(?:", str(p)) for p in head_data(knowledge).get("promo_patterns") or ()]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


_SITE_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}$")


def _promoted_name(name: str, knowledge: Knowledge) -> str | None:
    quoted = _QUOTED.fullmatch(name)
    bare = quoted[1] if quoted else name
    known = knowledge.outlet_named(bare) or _known_in_another_case(bare, knowledge)
    if known:
        return known
    if (quoted or _SITE_NAME.match(bare)) and implausible_outlet(bare, knowledge) is None:
        return bare  # "Газету.Ru", «Известия»: written as a site's name
    return None  # "our newsletter", "the live coverage": no name


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _known_in_another_case(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet `name` is a case form of ("Газету.Ru" for Газета.Ru): the first word's ending
    replaced as data/head.yml's name_case_endings say."""
    word = _FIRST_WORD.match(name)
    if word is None:
        return None
    endings = cached("head-case-endings", knowledge, lambda k: tuple(
        (str(ending), str(nominative))
        for table in (head_data(k).get("name_case_endings") or {}).values()
        for ending, nominative in (table or {}).items()
    ))
    for ending, nominative in endings:
        if word[0].endswith(ending):
            known = knowledge.outlet_named(word[0][: -len(ending)] + nominative + name[word.end() :])
            if known:
                return known
    return None


def masthead(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a line that is only an outlet's name shows ("News.Az", "DIE WELT")."""
    if len(line) > 60:
        return None
    return knowledge.outlet_named(line.strip(" .•|-–—"))


def masthead_inside(line: str, knowledge: Knowledge) -> str | None:
    """A masthead line inside the text (a portal's copy of a paper: "세계일보" between paragraphs); an
    agency that credits pictures (data/head.yml's picture_agencies), alone on a line there, credits a photo."""
    outlet = masthead(line, knowledge)
    agencies = cached("head-picture-agencies", knowledge, lambda k: frozenset(
        str(name) for name in head_data(k).get("picture_agencies") or ()
    ))
    return None if outlet in agencies else outlet


def source_label(knowledge: Knowledge) -> re.Pattern[str]:
    return cached("head-source-label", knowledge, lambda k: re.compile(
        r"^\s*(?:" + "|".join(re.escape(str(w)) for w in head_data(k).get("source_labels") or ("source",)) + r")\s*[:：]",
        re.IGNORECASE,
    ))
