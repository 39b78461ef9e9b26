"""Who published an article, as its text shows it: "Source:" and copyright lines, a masthead line, a credit line with a
date, and the checks every candidate name must pass before it is shown as an outlet (wire credits in a dateline:
wire_credits.py; promotion and contributor lines: promotions.py). The cues are data (languages/head.yml,
languages/furniture.yml); names are normalised through data/outlets.yml. A photo credit names an agency that took a
picture, not the article's outlet, and is never a cue. A source line's link names the known site it links to, if any.
"""

from __future__ import annotations

import re

from . import dates, self_credits
from .knowledge import Knowledge
from .phrases import cached, trie_pattern

MAX_OUTLET_CHARS = 48
MAX_OUTLET_WORDS = 6

_URL = re.compile(r"https?://|www\.|\S+@\S+", re.IGNORECASE)
_LINK = re.compile(r"https?://(?P<host>[^/\s]+)(?:/\S*)?", re.IGNORECASE)  # "出典: https://www.example.vn/…"
# A file's name ("IMG-20250604-WA0092.jpg", "report.pdf"): a picture or a document, never an outlet (no site's ending).
_FILE_NAME = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic|pdf|docx?|xlsx?|pptx?|mp[34]|mov|avi|webm|zip)",
                        re.IGNORECASE)
QUOTED = re.compile(r"[\"«“„'‘]([^\"»”“'’]{2,40})[\"»”“'’]")
# What follows a name on a copyright or source line and is not part of it.
_NAME_TAIL = re.compile(
    r"(?:\.\s|\s[-–—|]\s|\s*\(|,\s*(?:all rights|무단|tous droits|alle rechte|все права)|\s+all rights reserved"
    r"|\s*무단|\s+AI학습"
    r"|(?:(?<=\w\.[a-z]{2})|(?<=\w\.[a-z]{3}))\s).*$",  # nothing after a web address is its name: a page counter
    re.IGNORECASE,
)
_SLOGAN_BEFORE = re.compile(r"[\"“‘'«„][^\"”’'»]{4,40}[\"”’'»]\s+(?=\S{2})")
_NAME_PREFIX = re.compile(r"^(?:telegram[- ]?(?:канал|channel)|канал|сайт|site|website|the website|by)\s+", re.IGNORECASE)
# A copyright mark inside what a line's rule took for the name ("s ⓒ TV조선" of "Copyrights ⓒ TV조선"): what follows it.
_MARK_INSIDE = re.compile(r"^.{0,20}?(?:[©ⓒ]|\(c\)(?=\s))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?", re.IGNORECASE)


def head_data(knowledge: Knowledge) -> dict:
    return knowledge.section("head.yml") or {}


def compiled(knowledge: Knowledge, key: str) -> tuple[re.Pattern[str], ...]:
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


def not_outlet_site(address: str, knowledge: Knowledge) -> bool:
    """Whether a site's address is a network's or a host's, never an article's outlet ("facebook.com", "t.me")."""
    sites = cached("furniture-not-outlet-sites", knowledge, lambda k: frozenset(
        str(w).lower() for w in ((k.section("furniture.yml") or {}).get("not_outlet_sites") or ())))
    host = address.lower().removeprefix("www.")
    return any(host == site or host.endswith("." + site) for site in sites)


def clean_name(raw: str, knowledge: Knowledge) -> str | None:
    """The outlet a source or copyright line names, canonical when known; None when what is left
    is not plausibly an outlet's name ("Валерий Шарифулин/ ТАСС", a date, a whole notice)."""
    name = _MARK_INSIDE.sub("", raw, count=1).strip(" .,:;-–—|")
    if (link := _LINK.fullmatch(name)) is not None:
        return knowledge.outlet_named(link["host"])  # (an unknown site's address is no outlet's name)
    if self_credits.described_source(name, knowledge):
        return None  # "Source: state-aligned Russian news agency Interfax": where the news comes from
    known = known_outlet(name, knowledge)
    if known:
        return known
    quoted = QUOTED.search(name)  # 'Telegram-канал "Москва 24"'
    if quoted and knowledge.outlet_named(quoted[1]):
        return knowledge.outlet_named(quoted[1])
    found = dates.find(name)
    if found is not None:  # "Le Figaro June 19, 2024 10:10 UTC"
        name = name[: found.start]
    name = _NAME_TAIL.sub("", name)
    name = _NAME_PREFIX.sub("", name).strip()
    slogan = _SLOGAN_BEFORE.match(name)  # (asked before the quotation marks round the name are stripped: the
    if slogan is not None:  # slogan's opening one with them, "'5개 국어 신문' X" would leave an unbalanced "'")
        name = name[slogan.end():]
    name = _YEARS_AND_COMPANY.sub("", name.strip(" .,:;-–—|\"'«»“”"))  # ("2009-2024 X, Inc": X)
    slogan = _SLOGAN_BEFORE.match(name)
    if slogan is not None:  # "‘돈이 보이는 리얼타임 뉴스’ 머니투데이": the site's slogan in quotation marks, then its name
        name = name[slogan.end():]
    known = known_outlet(name, knowledge) or _known_after_nationality(name, knowledge)
    if known:
        return known
    glued = _SITE_AFTER_NAME.fullmatch(name)
    if glued is not None:  # "Copyright Daily wownews.example": a supplier's name before the site's own address;
        # the site's name before its own address ("Plum News plumnews.example") is the name
        before = re.sub(r"\W", "", name[: glued.start(1)]).lower()
        if before != re.sub(r"\W", "", glued[1].split(".")[0]).lower():
            name = known_outlet(glued[1], knowledge) or glued[1]
        else:
            name = name[: glued.start(1)].strip()
    return name if implausible_outlet(name, knowledge) is None else None


_YEARS_AND_COMPANY = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+|,?\s+(?:Inc|Ltd|LLC|Corp|Co\.?,?\s*Ltd)\.?$")
# A name of a word or two, then a lower-case web address: two outlets glued, the address the page's own
_SITE_AFTER_NAME = re.compile(r"(?:[^\W\d]+\s+){1,2}([a-z0-9][a-z0-9-]*(?:\.[a-z]{2,})+)")


def _known_after_nationality(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet a name holds after a nationality's adjective ("Russian Interfax", "российский
    Интерфакс"): the country says where the outlet is, it is no part of its name."""
    first, _, rest = name.partition(" ")
    words = cached("head-outlet-nationalities", knowledge, lambda k: frozenset(
        str(w).lower() for w in head_data(k).get("nationality_before_outlet") or ()))
    return known_outlet(rest, knowledge) if rest and first.lower() in words else None


COMPACT_MIN_CHARS = 5  # a shorter name written without spaces may be another outlet's initials
_NOT_IN_COMPACT = re.compile(r"[\s.\-_·]+")


def known_outlet(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet `name` is, also when a copyright line runs its words together ("YONHAPNEWS",
    "KOREAHERALD": compared without spaces, dots or hyphens and in any case) or names its edition ("X English")."""
    known = knowledge.outlet_named(name) or _edition_of(name, knowledge)
    if known or len(name) < COMPACT_MIN_CHARS:
        return known
    return cached("head-compact-outlets", knowledge, _compact_outlets).get(_NOT_IN_COMPACT.sub("", name).lower())


def _edition_of(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet whose edition `name` is: its name, then head.yml's edition word ("X English"), or a share
    widget's one-word label glued to a masthead ("ABC News Share")."""
    words = name.split()
    editions = cached("head-edition-words", knowledge, lambda k: frozenset(
        str(w).lower() for key in ("edition_words", "share_labels") for w in head_data(k).get(key) or () if " " not in str(w)))
    return knowledge.outlet_named(" ".join(words[:-1])) if len(words) > 1 and words[-1].lower() in editions else None


def _compact_outlets(knowledge: Knowledge) -> dict[str, str]:
    index: dict[str, str] = {}
    for outlet in knowledge.outlets:
        for name in (outlet.name, *outlet.aliases):
            key = _NOT_IN_COMPACT.sub("", name).lower()
            if len(key) >= COMPACT_MIN_CHARS:
                index.setdefault(key, outlet.name)
    return index


def named_beside_date(words: list[str], knowledge: Knowledge) -> str | None:
    """The outlet the words beside a date on a stamp or credit line name: a known name ("Парламентская
    газета, 15.10.2024"), or a name after an agency word ("Agência O Globo - 19/06/2024", "Agencia
    EFE"): the known name after it, else the whole name as written, when plausible."""
    counters = cached("head-counter-words", knowledge, lambda k: frozenset(
        str(w).lower() for w in head_data(k).get("counter_words") or ()))
    words = [w for w in words if w.lower() not in counters]  # "IANS June 19, 2025 376 views": the page's counter
    if not words:
        return None
    phrase = " ".join(words)
    known = known_outlet(phrase, knowledge)
    if known or len(words) < 2:
        return known
    quoted = self_credits.kind_and_name(phrase, knowledge)  # "МЕДИАГРУППА «ЗВЕЗДА»"
    if quoted is not None:
        return known_outlet(quoted, knowledge) or (phrase if implausible_outlet(phrase, knowledge) is None else None)
    agency_words = cached("head-agency-words", knowledge, lambda k: frozenset(
        str(w).lower() for w in head_data(k).get("agency_words") or ()
    ))
    if words[0].lower() not in agency_words:
        return None
    known = known_outlet(" ".join(words[1:]), knowledge)
    if known:
        return known
    return phrase if words[1][:1].isupper() and implausible_outlet(phrase, knowledge) is None else None


def _agency_of(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet an agency word names ("Agencia Excélsior", "Agentur X": head.yml's agency_words), or None."""
    words = name.split()
    agency_words = cached("head-agency-words", knowledge, lambda k: frozenset(
        str(w).lower() for w in head_data(k).get("agency_words") or ()))
    return known_outlet(" ".join(words[1:]), knowledge) if len(words) >= 2 and words[0].lower() in agency_words else None


DATED_CREDIT_CHARS = 80  # "Agência O Globo - 19/06/2024": a name and a date, a short line
DATED_CREDIT_WORDS = 4


def dated_credit(line: str, knowledge: Knowledge, language: str | None = None):
    """(date, outlet) of a credit line that is an outlet's name and a date ("Agência O Globo - 19/06/2024",
    "Парламентская газета, 15.10.2024"), or None."""
    if len(line) > DATED_CREDIT_CHARS:
        return None
    found = dates.find(line, language)
    if found is None:
        return None
    words = dates.leftover_words(line[: found.start] + " " + line[found.end :])
    named = named_beside_date(words, knowledge) if len(words) <= DATED_CREDIT_WORDS else None
    return (found.date, named) if named else None


def piped_credit(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet one part of a stamp line cut by bars names ("Global | okezone | Kamis, 20 Juni 2024",
    "Politik | dpa | 19.06.2024"): a section, the site and the date, each between bars."""
    if len(line) > DATED_CREDIT_CHARS:
        return None
    for part in line.split("|"):
        part = part.strip(" .•·-–—")
        if part and dates.find(part) is None:
            known = known_outlet(part, knowledge)
            if known:
                return known
    return None


def implausible_outlet(name: str, knowledge: Knowledge) -> str | None:
    """Why `name` cannot be an outlet's name, or None when it can."""
    if knowledge.outlet_named(name):
        return None
    if sum(map(str.isalpha, name)) < 2:
        return "only punctuation or digits"
    if len(name) > MAX_OUTLET_CHARS or len(name.split()) > MAX_OUTLET_WORDS:
        return "too long for an outlet's name"
    if _URL.search(name) and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
        return "a web address"
    if _FILE_NAME.fullmatch(name):
        return "a file's name"
    if dates.find(name) is not None:
        return "holds a date"
    if "/" in name:
        return "a photo credit"
    if section_word(name, knowledge):
        return "a section word"
    if person_name(name, knowledge):
        return "a person's name"
    if person_name(name, knowledge, kind="place"):
        return "a place's name"  # "(Moscow) - …"
    if "." in name and person_name(body := name.split(".")[0], knowledge, kind="organisation") and not knowledge.outlet_named(body):
        return "the site of a body the story names, a source it cites"  # "сообщает Kremlin.ru" (not an agency's: "Sputnik.az")
    return None


def section_word(line: str, knowledge: Knowledge) -> bool:
    if len(line) > 40:
        return False  # section names are a word or three
    words = cached("head-section-words", knowledge, lambda k: frozenset(
        " ".join(str(w).split()).lower() for group in (head_data(k).get("section_words") or {}).values()
        for w in group or ()
    ))
    return " ".join(line.strip(" .:|•-–—").split()).lower() in words


_CRUMB_SPLIT = re.compile(r"\s*[|/>»›·•]\s*|\s+")
# a time or an age beside a section's name on a category line: "14:48", "2h ago", "5 мин назад", "3시간 전"
_CRUMB_TIME = re.compile(
    r"\s*[|·•]\s*(?:\d{1,2}[:.]\d{2}|\d{1,3}\s?(?:h|hr|hrs|hours?|m|min|mins|minutes?|ч|час(?:а|ов)?|мин(?:ут[аы]?)?|"
    r"std\.?|stunden?|heures?|horas?|ore|godz\.?|saat|시간|분|時間|分|小时|小時|分钟|分鐘)\s*(?:ago|назад|전|前|önce|fa|atrás)?)\s*$",
    re.IGNORECASE,
)
CATEGORY_WORDS = 3
_SITE_FIRST = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,6}\s+(?=\S)")  # a web address, then more


def category_line(line: str, knowledge: Knowledge) -> bool:
    """Whether `line` is a category line of section words only ("사회 이슈", "Politik / Ausland"), maybe with
    the time beside it ("Мир | 14:48", "World | 2h ago"), maybe after the site's address ("example.sk  Zo zahraničia"):
    page furniture, never a headline."""
    if len(line) > 40:
        return False
    line = _SITE_FIRST.sub("", _CRUMB_TIME.sub("", line)).strip(" .:|•-–—/")
    crumbs = [c for c in _CRUMB_DASH.split(line) if c]  # "World - Asia Pacific": a section and its subsection
    if len(crumbs) > 1 and all(section_word(crumb, knowledge) for crumb in crumbs):
        return True
    words = [w for w in _CRUMB_SPLIT.split(line) if w]
    if not words or len(words) > CATEGORY_WORDS:
        return False
    return section_word(" ".join(words), knowledge) or all(section_word(word, knowledge) for word in words)


_CRUMB_DASH = re.compile(r"\s*[|/>»›·•]\s*|\s*[-–—]\s+|\s+[-–—]\s*")  # (a dash with a space beside it: "asia-pacific" is one)


def person_name(name: str, knowledge: Knowledge, kind: str = "person") -> bool:
    """Whether `name` is a person the entity list knows (full name or short form); with `kind`, an entity of that kind
    ("place")."""
    return " ".join(name.split()).lower() in cached(f"head-{kind}", knowledge, lambda k: _named(k, kind))


def _named(knowledge: Knowledge, kind: str) -> frozenset[str]:
    names: set[str] = set()
    for entity in (knowledge.section("entities.yml") or {}).get("entities") or ():
        if entity.get("kind") == kind:
            for key in ("name", "aliases", "short"):
                value = entity.get(key)
                for item in [value] if isinstance(value, str) else value or ():
                    names.add(" ".join(str(item).split()).lower())
    return frozenset(names)


def masthead(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a line that is only an outlet's name shows ("News.Az", "Deutsche Welle"); never a line that
    is a site's section word as well ("DIE WELT" above a portal's world news is its section, "The World")."""
    if len(line) > 60:
        return None
    outlet = knowledge.outlet_named(line.strip(" .•|-–—")) or _agency_of(line.strip(" .•|-–—"), knowledge)
    if outlet is None:
        quoted = self_credits.kind_and_name(line.strip(" .•|-–—"), knowledge)  # "Телеканал «Звезда»"
        return knowledge.outlet_named(quoted) if quoted else self_credits.with_news_word(line, knowledge)
    return None if section_word(line, knowledge) else outlet


CREDIT_LINE_CHARS = 80
_CREDIT_JOIN = re.compile(r"\s*(?:,|/|&|\+|\s(?:avec|with|and|et|und|mit|y|con|e|com|i|oraz|и|с|та|ve|dan)\s)\s*", re.IGNORECASE)


def credit_line(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a credit line under a headline names: a label, maybe, then outlets only ("Article rédigé
    par franceinfo avec AFP", "撰文:聯合早報", "ATS et AFP", "Text: dpa/AFP"): the first one named (a paper before
    a wire, wherever each stands), when every name on the line is a known outlet (a reporter's name beside an agency is a byline, not a credit)."""
    if len(line) > CREDIT_LINE_CHARS:
        return None
    label = cached("head-credit-label", knowledge, lambda k: re.compile(
        r"^\s*(?:" + trie_pattern(str(w) for w in head_data(k).get("credit_labels") or ()) + r")\s*[:：]?\s*", re.IGNORECASE,
    ) if head_data(k).get("credit_labels") else None)
    rest = label.sub("", line, count=1) if label is not None else line
    names = [part.strip(" .") for part in _CREDIT_JOIN.split(rest.strip()) if part.strip(" .")]
    if not names or len(names) > 3:
        return None
    known = [known_outlet(name, knowledge) for name in names]
    if all(known):
        # a wire joined to a paper ("AA & Ensonhaber", "dpa / Heimatblatt"): the wire supplied the text, the paper
        # published it; wires alone ("ATS et AFP"): the first named
        return next((name for name in known if name not in picture_agencies(knowledge)), known[0])
    return _self_named(line.strip(), knowledge)


def _self_named(line: str, knowledge: Knowledge) -> str | None:
    """A site's own name as no list knows it: a masthead word ("ndaily") or a credit with a section
    ("العين برس/ دولي"), as written (canonical when known). A site's address alone ("newsare.net") is not one:
    it says where the page was saved, which an aggregator's copy shares, never who wrote the article."""
    from .closing_credits import site_address  # (that module imports this one)

    if " " not in line and self_credits.site_name_compound(line, knowledge) and not site_address(line):
        name: str | None = line  # "ndaily" (not "Essent.press", an address)
    else:
        name = self_credits.section_credit(line, knowledge)
    if name is None or section_word(name, knowledge) or implausible_outlet(name, knowledge) is not None:
        return None
    return known_outlet(name, knowledge) or name


def initials(name: str) -> bool:
    """Whether `name` is two letters or fewer: anyone's initials (a reporter's, a desk's, a paper's short name, "TT",
    «АН») as much as an agency's, never an outlet's name unless a list knows it where it stands."""
    return len(name.strip(" .«»\"'“”")) <= 2


def masthead_inside(line: str, knowledge: Knowledge) -> str | None:
    """A masthead line inside the text (a portal's copy of a paper: "세계일보" between paragraphs); an
    agency that credits pictures (languages/head.yml's picture_agencies), alone on a line there, credits a photo;
    two letters alone there are initials."""
    if initials(line):
        return None
    outlet = masthead(line, knowledge)
    return None if outlet in picture_agencies(knowledge) else outlet


def archive_photo_words(knowledge: Knowledge) -> frozenset[str]:
    return cached("head-archive-photo", knowledge, lambda k: frozenset(
        str(words).lower() for words in head_data(k).get("archive_photo_words") or ()
    ))


def picture_agencies(knowledge: Knowledge) -> frozenset[str]:
    return cached("head-picture-agencies", knowledge, lambda k: frozenset(
        str(name) for name in head_data(k).get("picture_agencies") or ()
    ))


def source_label(knowledge: Knowledge) -> re.Pattern[str]:
    return cached("head-source-label", knowledge, lambda k: re.compile(
        r"^\s*(?:" + "|".join(re.escape(str(w)) for w in head_data(k).get("source_labels") or ("source",)) + r")\s*[:：]",
        re.IGNORECASE,
    ))


_BULLET_AFTER_NAME = re.compile(r"^(?P<name>[^•·|]{2,40}?)\s+[•·|]\s+\S")


def masthead_before_bullet(line: str, knowledge: Knowledge) -> str | None:
    """The outlet whose name opens the headline's line before a bullet ("NOS Nieuws • vandaag, 11:48 Headline"): a
    site's masthead saved on the headline's line; None when the words before the bullet are no known outlet's."""
    found = _BULLET_AFTER_NAME.match(line)
    return known_outlet(found["name"], knowledge) if found else None
