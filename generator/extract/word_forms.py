"""The forms of a Russian phrase's words, for phrase matching (phrases.PhraseIndex(..., forms=True)).

A Cyrillic phrase without "*" is a word, or words, in every form of their own lexeme, and nothing
else: "союз" finds "союза" and "союзами" but not "союзническими", "сопровождает" finds
"сопровождали" but not "сопровождается" (another verb). The forms are made once, when an index is
built (pymorphy3's Russian dictionary, loaded for that and let go), and go into the index's trie as
whole words: matching a sentence costs what it did. In a phrase of several words the words up to its
first noun agree with it in case and number ("взаимная помощь": "взаимной помощи", "взаимную
помощь"), the words after it are a complement and stay as written ("совет безопасности оон": "совета
безопасности оон"); a phrase opening with a preposition or other word that does not inflect is taken
as written. A stem is still a stem when it says so: "подпис*".
"""

from __future__ import annotations

import functools
import re

from ..text import HANGUL

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def wants_forms(phrase: str) -> bool:
    return not phrase.endswith("*") and bool(_CYRILLIC.search(phrase)) and not HANGUL.search(phrase)


# Parts of speech that inflect with a noun before it (agree), or head a phrase of their own.
_AGREES = frozenset({"ADJF", "PRTF", "NUMR"})
_HEADS = frozenset({"NOUN", "VERB", "INFN", "PRTS", "ADJS", "GRND"})


# Phrases of the indexes made so far whose word forms are not made yet: the first index asked to
# scan makes the forms of them all, with one load of the dictionary, which is
# let go after (it is large, not kept through extraction, which needs only the forms).
PENDING_FORMS: set[str] = set()


def forms_of(phrase: str) -> tuple[str, ...]:
    """word_forms(phrase); the first asked makes the forms of every phrase pending, with one load."""
    if PENDING_FORMS:
        PENDING_FORMS.add(phrase)
        pending = sorted(PENDING_FORMS)
        PENDING_FORMS.clear()
        try:
            for each in pending:
                word_forms(each)
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
    if head is None or any(p.tag.POS not in _AGREES for p in parses[:head]) or not analyzer.word_is_known(words[head]):
        return (phrase,)
    rest = " ".join(words[head + 1 :])
    agreeing = [(word, parse, parse.tag.POS != "NUMR") for word, parse in zip(words, parses[:head])]
    forms = [phrase]
    for form, wanted in _lexeme(words[head]):
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


# The phrases of the data share many words ("договор", "о", "взаимной"), and a noun's forms ask for the
# same forms of the words agreeing with it over and over: each word is parsed, and each form of it made,
# once while the dictionary is loaded (and let go with it: _let_go).


@functools.lru_cache(maxsize=None)
def _parse(word: str):
    """The likeliest parse of `word`."""
    return _analyzer().parse(word)[0]


@functools.lru_cache(maxsize=None)
def _lexeme(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every form of the lexeme of `word`'s likeliest parse, with what a word agreeing with it takes
    from it: its case, number and (in the singular) gender."""
    return tuple((form.word, _agreement(form.tag)) for form in _parse(word).lexeme)


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
    for remembered in (_inflect, _agreement, _lexeme, _parse, _analyzer):
        remembered.cache_clear()


@functools.lru_cache(maxsize=1)
def _analyzer():
    """pymorphy3's Russian analyser (slow to load, large), made when an index being built first needs
    word forms and let go when it is built. None without pymorphy3: a phrase is then only itself."""
    try:
        import pymorphy3
    except ImportError:
        return None
    return pymorphy3.MorphAnalyzer(lang="ru")
