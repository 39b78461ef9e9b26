"""Lines around an article's text that name the site it was published on without being part of it: a
promotion line, which invites the reader to follow, subscribe to or read the site elsewhere ("Follow
Sputnik's live coverage", "Подписывайтесь на Газету.Ru в Telegram"), and a contributor's line after the
text ("CNN's Jane Doe contributed reporting"); and a lead in which the site names its own correspondent
("передает корреспондент РИА Новости", "AA muhabirinin aldığı bilgiye göre", "Theo phóng viên TTXVN"). The cues
are data (languages/head.yml's promo_patterns, contributor_patterns and correspondent_patterns); names are normalised
through data/outlets.yml.
"""

from __future__ import annotations

import re

from . import credits, self_credits, wire_credits
from .knowledge import Knowledge
from .phrases import cached

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
    for pattern in credits.compiled(knowledge, "promo_patterns"):
        found = pattern.match(line)
        if found is not None:
            name = found.groupdict().get("outlet")
            named = _promoted_name(name.strip(" .,:;!"), knowledge) if name else None
            site = found.groupdict().get("site")  # a greeting's site, taken as written when it is a name's shape
            if site and not named:
                named = _promoted_name(site.strip(" .,:;!"), knowledge) or (
                    site if _TITLED.fullmatch(site) and credits.implausible_outlet(site, knowledge) is None else None)
            # "Follow SMNI NEWS on Twitter": a name before the network's is the site's, as written
            return True, named or self_credits.promoted_credit(line, knowledge)
    return True, None


def _promo_any(knowledge: Knowledge) -> re.Pattern[str] | None:
    patterns = [re.sub(r"\(\?P<\w+>", "(?:", str(p)) for p in credits.head_data(knowledge).get("promo_patterns") or ()]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


_SITE_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}$")


def _promoted_name(name: str, knowledge: Knowledge) -> str | None:
    quoted = credits.QUOTED.fullmatch(name)
    bare = quoted[1] if quoted else name
    known = knowledge.outlet_named(bare) or _known_in_another_case(bare, knowledge)
    if known:
        return known
    if (quoted or _SITE_NAME.match(bare)) and not credits.initials(bare) and credits.implausible_outlet(bare, knowledge) is None:
        return bare  # "Газету.Ru", «Известия»: written as a site's name (not «АН», a paper's initials)
    return None  # "our newsletter", "the live coverage": no name


_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A name in title case of up to four words, maybe after "The": "The Indian Awaaz", "Harbour Post"
_TITLED = re.compile(r"(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}")


def _known_in_another_case(name: str, knowledge: Knowledge) -> str | None:
    """The known outlet `name` is a case form of ("Газету.Ru" for Газета.Ru): the first word's ending
    replaced as languages/head.yml's name_case_endings say."""
    word = _FIRST_WORD.match(name)
    if word is None:
        return None
    endings = cached("head-case-endings", knowledge, lambda k: tuple(
        (str(ending), str(nominative))
        for table in (credits.head_data(k).get("name_case_endings") or {}).values()
        for ending, nominative in (table or {}).items()
    ))
    for ending, nominative in endings:
        if word[0].endswith(ending):
            known = knowledge.outlet_named(word[0][: -len(ending)] + nominative + name[word.end() :])
            if known:
                return known
    return None


CONTRIBUTOR_MAX_CHARS = 200  # a contributor's line is one short sentence


def contributor(line: str, knowledge: Knowledge) -> tuple[bool, str | None]:
    """Whether `line` credits a contributor ("CNN's Jane Doe contributed reporting"), and the outlet it
    names (known, or plausible as written), else None."""
    for pattern in credits.compiled(knowledge, "contributor_patterns"):
        found = pattern.match(line)
        if found is not None:
            name = found.groupdict().get("outlet")
            return True, credits.clean_name(name, knowledge) if name else None
    return False, None


CORRESPONDENT_CHARS = 600  # the site names its correspondent in the lead's first sentences
CORRESPONDENT_WORDS = 4
# Before a Chinese agency's name, words that make it a source ("据新华社记者报道", "援引新华社记者"): no cue.
_CITED_BEFORE = re.compile(r"[据據]|援引|引述|转引|轉引")


def correspondent(line: str, knowledge: Knowledge) -> str | None:
    """The known outlet whose correspondent the lead names as its own reporter, or the site the lead's paragraph
    names as its own at its end ("…, — в материале URA.RU."), or None."""
    return _correspondent(line, knowledge) or self_credits.lead_self_credit(line, knowledge)


def _correspondent(line: str, knowledge: Knowledge) -> str | None:
    head = line[:CORRESPONDENT_CHARS]
    word = cached("head-correspondent-words", knowledge, _correspondent_words)
    if word is None or word.search(head) is None:
        return None  # most leads: one search for the correspondent words
    for pattern in credits.compiled(knowledge, "correspondent_patterns"):
        for found in pattern.finditer(head):
            groups = found.groupdict()
            if groups.get("words_end"):
                run = groups["words_end"]
                cited = _CITED_BEFORE.search(run)
                known = wire_credits.known_end(run[cited.end():] if cited else run, knowledge)
                if known and not cited:
                    return known
                continue
            words = (groups.get("words") or groups.get("words_before") or "").split()[:CORRESPONDENT_WORDS]
            known = _known_run(words, bool(groups.get("words_before")), knowledge)
            if known:
                return known
            written = _written_name(words, head, knowledge) if groups.get("words") else None
            if written:
                return written
    return None


# (or a brand that mixes its script's letters with Latin ones: "корреспондент УтроNews")
_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9&'’-]*|(?=[^\W\d_]*[A-Za-z])[А-ЯЁЄІЇҐ][^\W_]*")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\dA-Za-z_]")


def _written_name(words: list[str], lead: str, knowledge: Knowledge) -> str | None:
    """An outlet the lead names as its correspondent's without data/outlets.yml knowing it: capitalised words
    in Latin letters in a lead of another script ("передает корреспондент The Moscow Post"), which no
    person's name or case form is written in; the name as written."""
    run: list[str] = []
    for word in words:
        if not _LATIN_WORD.fullmatch(word):
            break
        run.append(word)
    if not run or (len(run) == 1 and run[0] == "The"):
        return None
    if len(_OTHER_LETTER.findall(lead)) < 2 * len(_LATIN_LETTER.findall(lead)):
        return None  # a lead in Latin letters: capitalised words after the correspondent word are a person's name
    name = " ".join(run)
    return name if credits.implausible_outlet(name, knowledge) is None else None


def _known_run(words: list[str], ends: bool, knowledge: Knowledge) -> str | None:
    """The known outlet a run of words names: the longest run that ends the words (a name before the
    correspondent word) or that starts at any of them (after it: "خبرنگار سیاسی ایرنا"), also without a case
    ending ("Укрінформу", "Интерфакса") or a Turkish suffix after an apostrophe ("AA'nın")."""
    spans = (
        [(start, len(words)) for start in range(len(words))] if ends
        else [(start, end) for start in range(len(words)) for end in range(len(words), start, -1)]
    )
    for start, end in spans:
        name = " ".join(words[start:end]).strip("«»\"“”„'’")
        name = name.split("'")[0].split("’")[0] if ends else name
        for form in (name, name[:-1], name[:-2]) if len(name) > 5 else (name,):
            known = credits.known_outlet(form, knowledge)
            if known:
                return known
    return None


def _correspondent_words(knowledge: Knowledge) -> re.Pattern[str] | None:
    words = credits.head_data(knowledge).get("correspondent_words") or ()
    return re.compile("|".join(re.escape(str(w)) for w in words), re.IGNORECASE) if words else None
