"""Shapes in which a site names itself that no list of outlets can foresee (the names are as written, known
or not), and a cited source's description that is no credit. The words are data, per language, in
languages/furniture.yml's `self_credit` section; generator/extract/credits.py asks these after its own cues.

- a masthead word alone on the head's first line: a news word compounded with the site's name
  ("ndaily", "자주시보"), never a section word ("News", "포토뉴스");
- a site's credit line with its section: "العين برس/ دولي" (the name, a slash, a section word);
- a bracketed credit opening the lead: "[파이낸셜뉴스] 북한이 …" (never "[속보]", nor "[타스통신]에 따르면");
- a reporter credit of an organisation closing the text: "(总台记者 宋瑶 王德禄)" (the name before the
  reporter word);
- a media kind and a quoted name: "МЕДИАГРУППА «ЗВЕЗДА»", "Телеканал «Царьград»";
- a masthead line the headline under it repeats as its bracketed tag: "세종포커스" above "[세종포커스] …";
- the site naming its own piece at the end of its lead's paragraph: "…, — в материале URA.RU.", "…, reports X."
  (a known outlet, or a name shaped as a site's address; never a person's name).
"""

from __future__ import annotations

import re

from .knowledge import Knowledge
from .phrases import by_language, cached

MASTHEAD_MAX_CHARS = 30


def _data(knowledge: Knowledge) -> dict:
    return (knowledge.section("furniture.yml") or {}).get("self_credit") or {}


def _words(knowledge: Knowledge, key: str) -> tuple[str, ...]:
    """The section's words of every language, lower-cased, the longest first (then alphabetical: one order on
    every machine)."""
    return cached(f"self-credit-{key}", knowledge, lambda k: tuple(
        sorted({w.lower() for w in by_language(_data(k).get(key))}, key=lambda w: (-len(w), w))
    ))


def site_name_compound(token: str, knowledge: Knowledge) -> bool:
    """Whether `token`, one word, is a site's name made with a news word ("ndaily", "koreatimes", "자주시보"):
    a name before the ending that is no section's or kind's word ("포토뉴스", "worldnews", "breakingnews")."""
    if not 3 < len(token) <= MASTHEAD_MAX_CHARS or not token[:1].isalnum():
        return False
    lowered = token.lower()
    for ending in _words(knowledge, "name_endings"):
        if lowered.endswith(ending) and len(lowered) > len(ending):
            before = lowered[: -len(ending)].rstrip(".-_")
            return bool(before) and before not in _words(knowledge, "not_names")
    return False


# Two to five words in title case, small joining words between ("Times of Malta", "The Korea Herald", "Daily NK")
_TITLE_CASE_NAME = re.compile(r"(?:The\s)?[A-Z][\w&'’.-]*(?:\s(?:(?:of|the|de|du|des|der|di|del)\s)?[A-Z][\w&'’.-]*){1,4}")


def paper_name(line: str, knowledge: Knowledge) -> str | None:
    """A line that is a paper's name no list knows, as written: a few words in title case, one of them a news
    word (data's name_endings as whole words: "Times of Malta", "The Korea Herald", "Daily NK") and none a
    heading's ("Press Release", "News Analysis": not_paper_words), else None."""
    name = line.strip(" .•|-–—")
    if len(name) > MASTHEAD_MAX_CHARS or not _TITLE_CASE_NAME.fullmatch(name):
        return None
    words = {w.lower() for w in name.split()}
    if not words & set(_words(knowledge, "name_endings")) or words & set(_words(knowledge, "not_paper_words")):
        return None
    from .credits import implausible_outlet  # (that module imports this one)

    return name if implausible_outlet(name, knowledge) is None else None


# An acronym before a name: the site's own initials ("IFP Media Wire" under a page headed "Media Wire")
_ACRONYM_BEFORE = re.compile(r"^(?-i:[A-Z]{2,5})\s+")


def fuller_paper_name(name: str, lines: list[str]) -> str:
    """The paper's name in full when a line of the page holds it with the site's initials before it ("Media Wire" at
    the head, "IFP Media Wire" alone on a line under the text: the section's masthead shortens the name); else `name`."""
    for line in lines:
        text = line.strip(" .•|-–—")
        found = _ACRONYM_BEFORE.match(text)
        if found is not None and text[found.end() :] == name and len(text) <= MASTHEAD_MAX_CHARS:
            return text
    return name


_SECTION_CREDIT = re.compile(r"^\s*(?P<name>[^/\d\n]{2,30}?)\s*/\s*(?P<section>[^/\d\n]{2,25}?)\s*$")


def section_credit(line: str, knowledge: Knowledge) -> str | None:
    """The name on a site's credit line with its section ("العين برس/ دولي"), as written; None when the name
    is a generic word ("وكالات/ دولي": agencies) or the part after the slash no section word."""
    found = _SECTION_CREDIT.match(line)
    if found is None or found["section"].lower() not in _words(knowledge, "sections"):
        return None
    name = found["name"].strip(" .-–—|")
    if len(name.split()) > 3 or name.lower() in _words(knowledge, "generic_names"):
        return None
    return name


_BRACKET_LEAD = re.compile(
    r"^\s*(?:\[\s*(?P<name>[^\]\s=]{2,20})\s*(?:[=\s]\s*(?P<reporter>[^\]=]{2,30}?))?\s*\]\s+\S"
    # 【】 is followed by the text with no space in Chinese and Japanese: "【はまべ新聞】市は…"
    r"|【\s*(?P<cjk_name>[^】\s=]{2,20})\s*(?:[=\s]\s*(?P<cjk_reporter>[^】=]{2,30}?))?\s*】\s*[^\s가-힣])"
)


def bracket_lead_credit(line: str, knowledge: Knowledge) -> str | None:
    """The site a bracketed credit opening the lead names ("[파이낸셜뉴스] 북한이 …", "[이코노믹포스트=양승진
    기자] …": the site, then its reporter): a news word compounded with a name; a tag ("[속보]", "[영상]"), a
    cited source ("[타스통신]에 따르면": no space after it) or a place before its correspondent ("[워싱턴=…
    특파원]": no site's name) is none."""
    found = _BRACKET_LEAD.match(line)
    if found is None:
        return None
    name, reporter = found["name"] or found["cjk_name"], found["reporter"] or found["cjk_reporter"]
    if not site_name_compound(name, knowledge):
        return None
    if reporter is not None and not any(word in reporter.lower() for word in _words(knowledge, "reporter_words")):
        return None  # "[X=Y]" with no reporter after "=": a place and an agency, read by the wire credits
    return knowledge.outlet_named(name) or name  # (a site the list knows by its canonical name: "[이데일리 …]", Edaily)


def reporter_credit_name(credit: str, knowledge: Knowledge) -> str | None:
    """The organisation of a reporter credit ("总台记者 宋瑶 王德禄" -> "总台", "新华社记者 张三" -> "新华社"):
    the words before the reporter word, or None."""
    for word in _words(knowledge, "reporter_words"):
        at = credit.lower().find(word)
        if at > 1:
            return credit[:at].strip(" ,、")
    return None


_QUOTED_NAME = re.compile(r"^(?P<kind>[^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*)?)\s*[«\"“„'](?P<name>[^»\"”“']{2,30})[»\"”“']$")


def kind_and_name(phrase: str, knowledge: Knowledge) -> str | None:
    """The quoted name after a media kind ("МЕДИАГРУППА «ЗВЕЗДА»" -> "ЗВЕЗДА"), or None."""
    found = _QUOTED_NAME.match(phrase.strip())
    if found is None or found["kind"].lower() not in _words(knowledge, "media_kinds"):
        return None
    return found["name"].strip()


def described_source(name: str, knowledge: Knowledge) -> bool:
    """Whether a "Source:" line's name is a cited source's description ("state-aligned Russian news agency
    Interfax", "российское агентство ТАСС"): a kind of medium written in small letters before a name.
    A credit line names the publisher alone ("Source: Interfax")."""
    lowered = f" {name.lower()} "
    for kind in _words(knowledge, "source_descriptors"):
        at = lowered.find(f" {kind} ")
        if at >= 0 and f" {kind} " in f" {name} " and lowered[at + len(kind) + 2 :].strip():
            return True
    return False


MASTHEAD_TAG_LINES = 3  # the masthead is among the page's first lines, the headline right under it
_LEADING_TAG = re.compile(r"^\s*[\[【［]\s*(?P<tag>[^\]】］]{2,20}?)\s*[\]】］]")


def untagged(line: str, knowledge: Knowledge) -> str:
    """The line past a tag of the story's kind in brackets opening it ("[영상] …", "[속보] …": languages/furniture.yml's
    self_credit tags); the line itself when it opens with none."""
    found = _LEADING_TAG.match(line)
    if found is None or found["tag"].strip().lower() not in _words(knowledge, "tags"):
        return line
    return line[found.end():].lstrip()


def masthead_repeated_as_tag(lines: list[str], knowledge: Knowledge) -> tuple[int | None, str | None]:
    """(index, name) of a masthead line among the first lines that the next non-empty line repeats as its
    bracketed tag ("세종포커스" then "[세종포커스] Headline"), or of a line of a known masthead and a copy of another
    line (the headline), or (None, None); a tag of a kind of story ("속보", "단독", "영상": languages/furniture.yml's
    self_credit tags) is none."""
    from . import credits  # (credits imports this module)

    shown = [(at, line.strip()) for at, line in enumerate(lines[: MASTHEAD_TAG_LINES * 3]) if line.strip()]
    for (at, line), (_, after) in zip(shown[:MASTHEAD_TAG_LINES], shown[1 : MASTHEAD_TAG_LINES + 1]):
        found = _LEADING_TAG.match(after)
        if found is None or found["tag"].strip() != line or len(after) <= len(found[0]) + 5:
            continue
        if line.lower() in _words(knowledge, "tags") or credits.section_word(line, knowledge):
            continue
        if credits.implausible_outlet(line, knowledge) is None:
            return at, credits.known_outlet(line, knowledge) or line
    # a known masthead before a copy of the headline, a line of its own ("연합뉴스TV 러시아 국방장관에 … 평양행" under
    # "러시아 국방장관에 … 평양행"): the site's name, the headline printed again
    texts = {line for _, line in shown}
    for at, line in shown:
        words = line.split()
        for cut in range(1, min(4, len(words) - 2)):
            rest = " ".join(words[cut:])
            if rest in texts and len(rest) >= 15:
                known = credits.known_outlet(" ".join(words[:cut]), knowledge)
                if known:
                    return at, known
    return None, None


# ------------------------------------------------------------------ credit lines in a label's or a promotion's shape
LABELLED_CREDIT_CHARS = 80
_WIRES_JOIN = re.compile(r"\s*(?:/|&|\+|,)\s*|\s+(?:and|et|und|y|e|i|и|ve|dan)\s+", re.IGNORECASE)


def labelled_credit(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a byline label credits when every name after it is a known outlet: an aggregator's
    "Author: Belga Belga", a wire byline "Von: APA/dpa/Reuters" (the first named; a page's glued date label
    may stand before it), "Автор: ТАСС". A reporter beside an agency ("Von: Name/dpa") is a byline, no credit."""
    if len(line) > LABELLED_CREDIT_CHARS or ":" not in line and "：" not in line:
        return None
    found = _byline_label(knowledge).search(line)
    if found is None:
        return None
    names = [part.strip(" .") for part in _WIRES_JOIN.split(found["rest"].strip()) if part.strip(" .")]
    if not names or len(names) > 4:
        return None
    known = [_known_or_doubled(name, knowledge) for name in names]
    return known[0] if all(known) else None


def _known_or_doubled(name: str, knowledge: Knowledge) -> str | None:
    """A known outlet's name, also when a scraper printed it twice ("Belga Belga")."""
    known = knowledge.outlet_named(name)
    if known is None:
        words = name.split()
        half = len(words) // 2
        if half and len(words) % 2 == 0 and words[:half] == words[half:]:
            known = knowledge.outlet_named(" ".join(words[:half]))
    return known


def _byline_label(knowledge: Knowledge) -> re.Pattern[str]:
    def build(k: Knowledge) -> re.Pattern[str]:
        labels = (k.section("head.yml") or {}).get("byline_labels") or ("by",)
        alternatives = "|".join(re.escape(str(w)) for w in sorted(labels, key=len, reverse=True))
        return re.compile(rf"(?:^|\s)(?:{alternatives})\s*[:：]\s*(?P<rest>\S.*)$", re.IGNORECASE)

    return cached("self-credit-byline-label", knowledge, build)


def promoted_credit(line: str, knowledge: Knowledge) -> str | None:
    """The outlet a line promoting the site names: "Follow SMNI NEWS on Twitter", "Suivez X sur Facebook",
    "Подписывайтесь на X в Telegram", or a copy's closing "Материал опубликован при поддержке сайта ria.ru"
    (languages/furniture.yml self_credit promotion_patterns, group "outlet"): known, else as written when the
    name can be an outlet's (a short name, no sentence, no person)."""
    if len(line) > LABELLED_CREDIT_CHARS:
        return None
    from .closing_credits import site_address  # (both import this module)
    from .credits import implausible_outlet, initials, known_outlet

    for pattern in _promotion_patterns(knowledge):
        found = pattern.search(line)
        if found is None:
            continue
        name = found["outlet"].strip(" .,:;«»\"'“”")
        known = known_outlet(name, knowledge)
        if known:
            return known
        shaped = name[:1].isupper() or site_address(name)  # ("Follow us", "… support of the city")
        if shaped and not initials(name) and len(name.split()) <= 4 and implausible_outlet(name, knowledge) is None:
            return name
    return None


def _promotion_patterns(knowledge: Knowledge) -> tuple[re.Pattern[str], ...]:
    return cached("self-credit-promotions", knowledge, lambda k: tuple(
        re.compile(str(p), re.IGNORECASE) for p in _data(k).get("promotion_patterns") or ()
    ))


def with_news_word(line: str, knowledge: Knowledge) -> str | None:
    """A known outlet's name and a news word on a masthead line of its own: "VOA 뉴스", "Reuters News",
    "AA Haber" (languages/furniture.yml self_credit masthead_news_words)."""
    head, _, last = line.strip(" .•|-–—").rpartition(" ")
    if not head or last.lower() not in _words(knowledge, "masthead_news_words"):
        return None
    return knowledge.outlet_named(head)


LEAD_CREDIT_TAIL_CHARS = 80  # the cue and the name close the paragraph: only its last words are read
_DOMAIN_SHAPED = re.compile(r"[^\W_][\w-]{1,30}(?:\.[\w-]{2,20}){0,2}\.[^\W\d_]{2,6}", re.IGNORECASE)


def _lead_credit(knowledge: Knowledge) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # a space before each cue: a whole word ends the words before the name ("пишет", never "распишет")
    return (tuple(" " + w for w in _words(knowledge, "lead_piece_words")),
            tuple(" " + w for w in _words(knowledge, "lead_report_words")))


_NAME_WORD = re.compile(r"[^\W\d_][\w.&-]{1,30}")


def lead_self_credit(line: str, knowledge: Knowledge) -> str | None:
    """The site a lead's paragraph names as its own at its end: after "in the piece of" ("…, — в материале
    URA.RU."), a known outlet or a name shaped as a site's address; after a report verb ("…, пишет X.RU."),
    only the latter (a known agency there is a cited source). A person's name or any other word, never."""
    piece, report = cached("self-credit-lead", knowledge, _lead_credit)
    words = line[-LEAD_CREDIT_TAIL_CHARS:].rstrip(" .!").rsplit(None, 5)
    for size in (1, 2):  # the name is the paragraph's last word or two ("URA.RU", "РИА Новости")
        if len(words) <= size:
            break
        name = " ".join(words[-size:])
        before = " " + " ".join(words[:-size]).lower()
        # one C-level test a paragraph, no regex: most paragraphs end in no cue word
        is_piece = before.endswith(piece) if piece else False
        if not is_piece and not (report and before.endswith(report)):
            continue
        if not all(_NAME_WORD.fullmatch(word) for word in words[-size:]):
            return None
        address = size == 1 and _DOMAIN_SHAPED.fullmatch(name) is not None
        if not address and not is_piece:
            return None
        return knowledge.outlet_named(name) or (name if address else None)
    return None


# A known outlet's name in brackets closing a headline: "Headline(Source) - Portal", "Headline (Source) | Portal".
_CARRIED_SOURCE = re.compile(r"^(?P<title>.{8,}?)\s*[(（](?P<source>[^()（）]{2,30})[)）]$")


def carried_source(title: str, knowledge: Knowledge) -> tuple[str, str] | None:
    """(headline, source) of a headline a portal carries from another outlet, which it names in brackets
    after the headline and before the portal's own suffix ("Headline(Source) - Portal"): the source wrote
    the article and is its outlet; the brackets are no part of the headline. Only a known outlet's name."""
    carried = _CARRIED_SOURCE.match(title)
    source = knowledge.outlet_named(carried["source"].strip()) if carried else None
    return (carried["title"].strip(), source) if carried and source else None


# A name and its own initials after it, parted by a dash, a bar or a bracket: "Общественная служба новостей — ОСН",
# "Agence France-Presse (AFP)"
_NAME_AND_INITIALS = re.compile(r"^[\s|·•\-–—]*(?P<name>[^\W\d_][^|·•()\-–—]{3,60}?(?:-[^\W\d_][^|·•()\-–—]*)*)\s*"
                                r"(?:[|·•\-–—]|\()\s*(?P<initials>[^\W\d_]{2,6})\)?\s*$")
_INITIAL_WORD = re.compile(r"[^\W\d_]+")
SMALL_WORD = 2  # letters of a word an acronym passes over ("of", "и", "de")


def name_with_initials(text: str) -> str | None:
    """The name when `text` is a name of two words or more followed by its own initials in capitals ("Общественная
    служба новостей — ОСН" after a stamp): an outlet signing its page, though no list knows it."""
    found = _NAME_AND_INITIALS.match(text)
    if found is None or not found["initials"].isupper():
        return None
    words = _INITIAL_WORD.findall(found["name"])
    initials = "".join(w[0] for w in words if len(w) > SMALL_WORD or w[0].isupper()).upper()
    return found["name"].strip() if len(words) >= 2 and initials == found["initials"] else None

