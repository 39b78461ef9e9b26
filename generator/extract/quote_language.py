"""The speaker cues of one language: the words of languages/quotes.yml that stop a name from speaking, taken
from the article's own language when the data holds words of it.

A short word of one language is another word in the next: Turkish "ve" ("and") opens a new subject between a
name and its verb, Czech "ve" is "in" ("KCNA ve čtvrtek uvedla": KCNA speaks); Czech "a" is "and", French "a"
the auxiliary of "a déclaré". Read for every language at once, such a word stops a speaker in a language it
does not belong to. The lists that only ever *stop* a name (new subjects, the conjunctions and auxiliaries
before a dropped subject's verb), and the pronouns (Italian "il" is an article, French "il" a pronoun that
stands for the last subject), are therefore read per language: the groups of
the article's language when a group is of it, else every group, as before (an article whose language the data
has no words for, or was not told). So is whether the language capitalises its nouns (capitalised_nouns), which
makes a noun phrase look like a title. The verbs stay shared: a verb of another language seldom stands in a text
by chance, and a quotation may be reported in a language the article mixes in; so do the prepositions that
govern a name (a sentence quoted in another language keeps them: "s Kimom" in an Italian text), but for those
another word of the article's language (not_prepositions: Dutch "met", "with", is the English verb in "Kim met
Vladimir Putin, who called it …", where Putin speaks).

A group's key names its languages, joined by "_" ("es_pt_fr", "cs_sk"); other parts are labels ("uk_more",
"es_grid"). `language_groups` in quotes.yml widens a key to the codes the language detector gives ("sh":
Croatian, Bosnian, Serbian).
"""

from __future__ import annotations

import copy

from .phrases import trie_pattern

PER_LANGUAGE = ("new_subject_words", "conjunctions", "auxiliaries", "pronouns", "not_prepositions")


def group_languages(key: str, aliases: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The language codes a data group's key stands for: "sh_pl" is Serbo-Croatian's codes and Polish."""
    return frozenset(code for part in str(key).split("_") for code in aliases.get(part, (part,)))


def words_of(section, language: str | None, aliases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The phrases of `section` ({group: [phrase, ...]}) for an article in `language`: its groups when
    any group is of that language, else every group's (a plain list is every language's)."""
    if not isinstance(section, dict):
        return tuple(str(p) for p in section or ())
    code = (language or "").split("-")[0].lower()
    own = [group for key, group in section.items() if code and code in group_languages(key, aliases)]
    chosen = own if own else list(section.values())
    return tuple(str(p) for group in chosen for p in (group or ()))


def new_subject_guard(words) -> str:
    """The look-ahead after_name puts before each word between a name and its verb: not a word that opens a
    new subject ("Scholz and he said": the name does not speak)."""
    alternation = trie_pattern({w.lower() for w in words if w})
    return rf"(?!(?:{alternation})\s)" if alternation else ""


def for_language(cues, language: str | None):
    """`cues` with the stopping lists (PER_LANGUAGE) of `language`: a copy made once a language, or `cues`
    itself when that language's lists are every language's (no group of it anywhere)."""
    code = (language or "").split("-")[0].lower()
    if not code:
        return cues
    made = cues.languages.get(code)
    if made is None:  # (asked once a language: every article in it gets the same answer)
        own = code in capitalised_nouns(cues) or any(code in group_languages(key, cues.language_aliases)
                  for name in PER_LANGUAGE if isinstance(cues.data.get(name), dict) for key in cues.data[name])
        made = cues.languages[code] = _narrowed(cues, code) if own else cues
    return made


def _narrowed(cues, code: str):
    out = copy.copy(cues)
    out.languages = {}
    stopping_words(out, code)
    return out


def capitalised_nouns(cues) -> frozenset[str]:
    """The languages that capitalise every noun (languages/quotes.yml), where capitals make no title."""
    return frozenset(str(code).lower() for code in cues.data.get("capitalised_nouns") or ())


def stopping_words(cues, language: str | None) -> None:
    """Set the attributes of `cues` made of the PER_LANGUAGE lists to those of `language` (None: every language's)."""
    data, aliases = cues.data, cues.language_aliases
    new_subject = words_of(data.get("new_subject_words"), language, aliases)
    cues.after_name = cues.after_name_for(new_subject)
    cues.new_subject = frozenset(w.lower() for w in new_subject)
    conjunctions = [w.lower() for w in words_of(data.get("conjunctions"), language, aliases)]
    cues.conjunctions = frozenset(conjunctions)
    cues.opening_verb = cues.opening_verb_for(conjunctions)
    cues.auxiliaries = frozenset(w.lower() for w in words_of(data.get("auxiliaries"), language, aliases))
    cues.pronouns_for(words_of(data.get("pronouns"), language, aliases))
    others = data.get("not_prepositions") or {}
    own = {w.lower() for key, group in others.items() if language in group_languages(key, aliases) for w in group or ()}
    cues.prepositions_for([w for w in words_of(data.get("prepositions_before_name"), None, aliases) if w.lower() not in own])
    cues.place_prepositions = frozenset(w.lower() for w in words_of(data.get("place_prepositions"), language, aliases))
    # (a language that capitalises its nouns writes a phrase of them as a title looks: "Standhaftigkeit und Treue")
    cues.capitalised_nouns = language is not None and language in capitalised_nouns(cues)
