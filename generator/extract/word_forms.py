"""The forms of a Russian phrase's words, for phrase matching (phrases.PhraseIndex(..., forms=True)).

A Cyrillic phrase without "*" is a word, or words, in every form of their own lexeme, and nothing
else: "союз" finds "союза" and "союзами" but not "союзническими", "сопровождает" finds
"сопровождали" but not "сопровождается" (another verb). The forms are made once, when an index is
built (pymorphy3's Russian dictionary, loaded for that and let go), and go into the index's trie as
whole words: matching a sentence costs what it did. In a phrase of several words the words up to its
first noun agree with it in case and number ("взаимная помощь": "взаимной помощи", "взаимную
помощь"), the words after it are a complement and stay as written ("совет безопасности оон": "совета
безопасности оон"); without a noun or verb, its last adjective or participle heads it ("исторический",
"заключенный между"); an adverb, particle or conjunction before the head stays as written ("не
посещал"); a phrase opening with a preposition is taken as written. A stem is still a stem when it says
so: "подпис*". The names and multi-word aliases of the entities file are made in every case too
(alias_forms: "Марии Соколовой", "Государственной думы").
"""

from __future__ import annotations

import functools
import os
import re
from typing import Iterable

from ..text import HANGUL

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_UTF8 = re.compile(rb"[\xd0-\xd3][\x80-\xbf]")  # a Cyrillic letter, in the bytes of a UTF-8 text


def wants_forms(phrase: str) -> bool:
    return "*" not in phrase and bool(_CYRILLIC.search(phrase)) and not HANGUL.search(phrase)


# Parts of speech that inflect with a noun before it (agree), or head a phrase of their own.
_AGREES = frozenset({"ADJF", "PRTF", "NUMR"})
_HEADS = frozenset({"NOUN", "VERB", "INFN", "PRTS", "ADJS", "GRND"})
# Words before the head that do not inflect, kept as written: "не посещал", "высоко оценил", "военная и иная помощь".
_KEPT = frozenset({"ADVB", "PRCL", "CONJ"})


# Phrases of the indexes made so far whose word forms are not made yet: the first index asked to
# scan a Cyrillic text makes the forms of them all, with one load of the dictionary, which is
# let go after (it is large, not kept through extraction, which needs only the forms).
PENDING_FORMS: set[str] = set()


def _make_pending() -> None:
    """The forms of every pending phrase, made while the dictionary is loaded (the caller lets it go)."""
    pending = sorted(PENDING_FORMS)
    PENDING_FORMS.clear()
    for each in pending:
        word_forms(each)


def make_pending() -> None:
    """The forms of every phrase pending, made now with one load of the dictionary (none when none waits)."""
    if PENDING_FORMS:
        try:
            _make_pending()
        finally:
            _let_go()


def forms_of(phrase: str) -> tuple[str, ...]:
    """word_forms(phrase); the first asked makes the forms of every phrase pending, with one load."""
    if PENDING_FORMS:
        PENDING_FORMS.add(phrase)
        try:
            _make_pending()
        finally:
            _let_go()
    forms = word_forms(phrase)
    if _analyzer.cache_info().currsize:  # a phrase no index had named: its forms are made, the dictionary let go
        _let_go()
    return forms


@functools.lru_cache(maxsize=None)
def word_forms(phrase: str) -> tuple[str, ...]:
    """Every form of a Russian phrase, lower-case, the phrase itself first (see the module docstring)."""
    words = phrase.split()
    analyzer = _analyzer()
    if analyzer is None or not words:
        return (phrase,)
    parses = []  # up to the head: the words after it are taken as written, and need no parse
    for word in words:
        parses.append(_parse(word))
        if parses[-1].tag.POS in _HEADS:
            break
    head = len(parses) - 1 if parses[-1].tag.POS in _HEADS else None
    kind = None  # (the part of speech a head's forms keep: any, but an adjective's or a participle's own)
    if head is None:  # no noun or verb: the last word that inflects as an adjective does ("исторический",
        # "заключенный между", "мирный и оборонительный"), in its own forms ("заключил" is no form of it)
        head = max((i for i, parse in enumerate(parses) if parse.tag.POS in _AGREES - {"NUMR"}), default=None)
        kind = parses[head].tag.POS if head is not None else None
    if head is None or any(p.tag.POS not in _AGREES | _KEPT for p in parses[:head]) or not analyzer.word_is_known(words[head]):
        return (phrase,)
    rest = " ".join(words[head + 1 :])
    agreeing = [(word, parse, parse.tag.POS in _AGREES - {"NUMR"}) for word, parse in zip(words, parses[:head])]
    forms = [phrase]
    for form, wanted, pos in _lexeme(words[head]):
        if kind is not None and pos != kind:
            continue
        before = []
        for word, parse, inflects in agreeing:
            agreed = _inflect(word, wanted) if wanted and inflects else parse
            if agreed is None:
                break
            before.append(agreed.word)
        else:
            forms.append(" ".join((*before, form, rest)).strip())
    out = dict.fromkeys(f.lower() for f in forms)
    out.update(dict.fromkeys(f.replace("ё", "е") for f in list(out)))  # texts mostly write е for ё
    return tuple(out)


# The cases a name or an alias is written in besides the nominative.
_CASES = ("gent", "datv", "accs", "ablt", "loct")
_NAME_PARTS = frozenset({"Name", "Surn", "Patr"})


def alias_forms(aliases: Iterable[tuple[str, bool]]) -> dict[str, tuple[str, ...]]:
    """Each Russian alias of several words, with whether it names a person -> its forms in every case,
    written with the alias's capitals ("Мария Соколова": "Марии Соколовой", "Марию Соколову", …; "Государственная
    дума": "Государственной думы", …), the alias first. (The phrases pending wait: an index needs their forms
    only once it meets a Cyrillic text, see PhraseIndex._compiled.) A person's name is its words each in the same case, the gender its given
    name's; an alias whose words the dictionary does not know as a name, or a phrase without a head, is
    only itself."""
    wanted = {alias: person for alias, person in aliases if " " in alias.strip() and wants_forms(alias)}
    if not wanted or _analyzer() is None:
        return {}
    try:
        return {alias: _written_as(alias, _name_forms(alias.lower()) if person else word_forms(alias.lower()))
                for alias, person in wanted.items()}
    finally:
        _let_go()


def _name_forms(name: str) -> tuple[str, ...]:
    """A person's name (lower-case) in each case: every word inflected, agreeing with the given name."""
    words = name.split()
    given = next((p for p in _parses(words[0]) if "Name" in p.tag and p.tag.case == "nomn"), None)
    if given is None or len(words) > 3:
        return (name,)  # "ким чен ын": no Russian given name opens it (the last word alone inflects: a stem)
    parses = []
    for word in words:
        parse = next((p for p in _parses(word) if _NAME_PARTS & p.tag.grammemes and p.tag.case == "nomn"
                      and p.tag.number == "sing" and p.tag.gender in (given.tag.gender, None)), None)
        if parse is None:
            return (name,)
        parses.append(parse)
    forms = [name]
    for case in _CASES:
        inflected = [parse if "Fixd" in parse.tag else parse.inflect({case}) for parse in parses]  # (Ткаченко, Живаго)
        if all(inflected):
            forms.append(" ".join(form.word for form in inflected))
    return tuple(dict.fromkeys(f for form in forms for f in (form, form.replace("ё", "е"))))


def _written_as(alias: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """`forms` (lower-case) with the capitals of `alias`, word by word: a capital, or all capitals ("МИД")."""
    words = alias.split()
    out = [alias]
    for form in forms:
        parts = form.split()
        if len(parts) == len(words):
            # (a word in capitals is an abbreviation, which does not inflect: "МИД России", "МИДа" is no form of it)
            out.append(" ".join(word if word.isupper() and len(word) > 1 else part[:1].upper() + part[1:]
                                if word[:1].isupper() else part for word, part in zip(words, parts)))
    return tuple(dict.fromkeys(out))


# The phrases of the data share many words ("договор", "о", "взаимной"), and a noun's forms ask for the
# same forms of the words agreeing with it over and over: each word is parsed, and each form of it made,
# once while the dictionary is loaded (and let go with it: _let_go).


@functools.lru_cache(maxsize=None)
def _parses(word: str) -> tuple:
    """Every parse of `word`, the likeliest first (a name's words recur: "Владимир", "Сергей")."""
    return tuple(_analyzer().parse(word))


def _parse(word: str):
    """The likeliest parse of `word`."""
    return _parses(word)[0]


@functools.lru_cache(maxsize=None)
def _lexeme(word: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Every form of the lexeme of `word`'s likeliest parse, with what a word agreeing with it takes
    from it (its case, number and, in the singular, gender) and its part of speech."""
    return tuple((form.word, _agreement(form.tag), form.tag.POS) for form in _parse(word).lexeme)


@functools.lru_cache(maxsize=None)
def _agreement(tag) -> frozenset[str]:
    """What a word agreeing with a word of `tag` takes from it: its case, number and (in the singular) gender."""
    return frozenset(g for g in (tag.case, tag.number, tag.gender if tag.number == "sing" else None) if g)


@functools.lru_cache(maxsize=None)
def _inflect(word: str, wanted: frozenset[str]):
    """`word`'s likeliest parse put in the grammemes `wanted`, or None when it has no such form."""
    return _parse(word).inflect(wanted)


def _let_go() -> None:
    """Forget the dictionary and every parse made with it (each parse holds the dictionary)."""
    for remembered in (_inflect, _agreement, _lexeme, _parses, _analyzer):
        remembered.cache_clear()


@functools.lru_cache(maxsize=1)
def _analyzer():
    """pymorphy3's Russian analyser (slow to load, large), made when an index being built first needs
    word forms and let go when it is built. None without pymorphy3: a phrase is then only itself."""
    try:
        import pymorphy3
        import pymorphy3_dicts_ru
    except ImportError:
        return None
    # (its dictionary named by the dictionary package, not looked up among every installed package's entry
    # points, which every process would read again; where the environment names a dictionary, pymorphy3 reads that one)
    chosen = pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ
    return pymorphy3.MorphAnalyzer(path=None if chosen else pymorphy3_dicts_ru.get_path(), lang="ru")
