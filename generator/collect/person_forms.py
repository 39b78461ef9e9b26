"""A person's page as the analyst reads it: one role per office, and the spellings worth listing.

Takes what the articles gave one person (roles as written, every form of the name as written) and the
story's data; gives the roles and the "also written" forms a Person holds:

- `person_roles`: a role the data names an office for (roster.yml's `roles`: "глава МИД", "Defence minister"
  are the Foreign and Defense Minister; its `leader_roles`: "Russlands Präsident", "dirigeant" are a head
  of state's) is shown once per office, in the words of the person's own role in entities.yml when it is of
  that office, else in the English that roster.yml gives; a role of no office the data knows is kept as written.
- `titled_forms`, `particle_forms`, `inflected_forms`, `part_forms`: the forms not worth listing beside
  the others (a title glued on, a particle written onto the name, a case ending, one word of a fuller form).
"""

from __future__ import annotations

import unicodedata

from ..extract.entities import PROCLITIC_LETTERS
from ..extract.name_keys import fold_endings, latin_key, word_keys
from ..extract.roster import RosterData

_LEADER = "\0leader"  # the office key of a head of state's role, whatever its words


def person_roles(declared, found, roster: RosterData) -> tuple[str, ...]:
    """The roles to show: `declared` (entities.yml's, the analyst's words) first, then those `found` in the
    articles (most given first), one per office."""
    shown: dict[str, str] = {}
    for role in declared:
        shown.setdefault(_office(role, roster)[0] or _text_key(role), role)
    found = tuple(found)
    office_of = {role: _office(role, roster) for role in found}
    offices = [role for role, (key, _) in office_of.items() if key not in (None, _LEADER)]
    for role in found:
        key, english = office_of[role]
        if key is None and any(role != office and role in office for office in offices):
            continue  # ("사장" beside "철도공사 사장": the head word of an office shown, no role of its own)
        if key is None or (key == _LEADER and key not in shown):
            shown.setdefault(_text_key(role), role)  # no office the data knows (or no leader's role declared)
        elif key not in shown:
            # the English role, or a role of that office written in English with more in it ("Russian
            # ambassador to the UN"), the first the articles give
            shown[key] = next((r for r in found if r.isascii() and english.casefold() in r.casefold()
                               and _office(r, roster)[0] == key), english)
    return distinct_roles(shown.values())


def _office(role: str, roster: RosterData) -> tuple[str | None, str]:
    """The office key of `role` and its English: roster.yml's role for it, or a leader's; none for a role a
    rank word makes another office ("deputy foreign minister", "бывший министр обороны")."""
    if _ranked(role, roster):
        return None, role
    english = roster.normal_role(role)
    if english != role or roster.roles.longest(role):
        return english.casefold(), english
    if roster.is_leader(role):
        return _LEADER, role
    return None, role


def _ranked(role: str, roster: RosterData) -> bool:
    """Whether `role` holds a rank word (languages/names.yml `rank_words`) outside the office phrases the data
    knows in it ("First Deputy Prime Minister" is an office of its own)."""
    rest = role
    for start, end, _ in reversed(roster.roles.find(role)):
        rest = rest[:start] + " " + rest[end:]
    return roster.rank.search(rest) is not None


def _text_key(role: str) -> str:
    return " ".join(role.casefold().split())


def distinct_roles(roles) -> tuple[str, ...]:
    """Roles as a reader should see them: each once whatever its case ("President", "president"), and a
    bare one-word role ("Chairman") left out when a longer role says the same and more."""
    first: dict[str, str] = {}
    for role in roles:
        first.setdefault(_text_key(role), role)
    longer = [key.split() for key in first if " " in key]
    return tuple(
        role for key, role in first.items() if " " in key or not any(key in words for words in longer)
    )


def titled_forms(forms, titles: tuple[str, ...]) -> set[str]:
    """The forms that are a title of languages/names.yml's `titles_after_name` after the name ("林氏", "시 주석"):
    listed among a person's spellings, they read as junk (the title glued into the name)."""
    return {f for f in forms for t in titles if f.endswith(t) and f[: -len(t)].strip()
            and f[: -len(t)].rstrip()[-1:].isalpha()}


def particle_forms(forms, bases: set[str], endings: frozenset[str]) -> set[str]:
    """The forms that are another spelling with a particle written onto it: Arabic's "و" (and) before ("وكيم"), a
    Nepali case ending after ("पुटिनले", "पुटिनलाई"): the same spelling, listed once."""
    bases = bases | set(forms)
    return {f for f in forms for b in bases if b and len(f) > len(b) and (
        (f.endswith(b) and f[: -len(b)] in PROCLITIC_LETTERS) or (f.startswith(b) and f[len(b):] in endings))}


def inflected_forms(forms, bases: set[str], name_endings) -> set[str]:
    """The forms that are another spelling in a case ending of names.yml's `name_endings` ("Kimowi", "Kim
    Dzong Una", "Владимира Путина", "Sergejem Lavrovem"): each word shares a key with the word of a shorter
    form of as many words. The shortest of a family, the nominative, stays."""
    endings = fold_endings(name_endings)
    written = tuple(sorted({str(e).lower() for e in name_endings}, key=len, reverse=True))
    # (each word as written: "ウラジーミル・プーチン" is one, its latin key two; a written word's ending is read before folding)
    keys = {f: latin_key(f) for f in {*forms, *bases}}
    words = {f: [set(word_keys(w, endings, written, 2)) for w in f.replace("-", " ").split()] for f in keys if keys[f]}
    return {f for f in forms if f in words for b in words if b != f and len(keys[b]) < len(keys[f])
            and _script(b) == _script(f)  # (another script's spelling is another name: "Василь", "Wassili")
            and len(words[b]) == len(words[f]) and all(wb & wf for wb, wf in zip(words[b], words[f]))}


def _script(name: str) -> str:
    """The script of a name's first letter, as Unicode names it ("LATIN", "CYRILLIC")."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0]


def part_forms(forms, bases: set[str]) -> set[str]:
    """The forms that are some words of a fuller form shown or declared ("Ким" beside "Ким Чен Ын", "Poutine"
    beside "Vladimir Poutine", "جونغ أون" beside "كيم جونغ أون"): part of the name says nothing the whole does not."""
    keys = {f: latin_key(f) for f in {*forms, *bases} if len(f.replace("-", " ").split()) == len(latin_key(f).split())}
    fuller = {f" {k} " for k in keys.values() if " " in k}
    return {f for f in forms if f in keys and keys[f] and any(f" {keys[f]} " in k and k != f" {keys[f]} " for k in fuller)}
