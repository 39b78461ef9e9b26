"""The role written next to a person's name: "Foreign Minister Annalena Baerbock", "Park Ji-hoon, a research
fellow at ...". Role words and the words that may sit inside a role are data (languages/names.yml:
`role_words`, `role_modifiers`); EntityIndex reads roles through one RoleReader.
"""

from __future__ import annotations

import re

from .lazy_patterns import lazy
from .phrases import by_language, trie_pattern

# Words that stop a backwards walk over a role ("In Washington, NATO Secretary ...").
_FUNCTION_WORDS = frozenset(
    """the a an in on at after before during since but and or if when while as for from with by to
    meanwhile however both also then speaking regarding describing following according that this it he she
    they we experts officials analysts ahead amid despite under between among behind about""".split()
    # the articles of other languages ("I leader Olaf Scholz e Emmanuel Macron": Italian "the leaders"), and
    # their words for "according to" ("Menurut Presiden ...", "Selon le président ..."): never part of a role
    + """i il lo la le les gli l der die das den dem el los las o os
    menurut selon según laut secondo segundo podle prema volgens göre theo""".split()
)
_CONNECTORS = frozenset({"of", "the", "for"})
_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?P<r1>[^,;.()“”\"]{1,160}?)|(?P<r2>(?:[A-Z]\w*['’]s\s+)?[A-Za-z][^,;.()“”\"]{1,160}?))"
    r"(?=\s*(?:[,;.()]|$))"
)
_ROLE_TOKEN = re.compile(r"[^\s,;:()\[\]“”\"]+|[,;:()\[\]“”\"]")
_POSSESSIVE = re.compile(r"['’]s$")
_PREPOSITIONS = re.compile(r"\s(?:at|of|in|for|with|under|from|on)\s")
_INITIAL = re.compile(r"^[A-ZА-Я]\.$")  # "George W. Bush": a name's initial, not a role's word
# A word closing a sentence: a stop after five letters or more (not a role's abbreviation: "Gen.", "Gov.", "Adm."),
# or an exclamation or question mark
_SENTENCE_END = re.compile(r"(?:\w{5,}\.|[!?。])$")
# An appositive opening with an article of another language: the article is no part of the role
# ("o dirigente norte-coreano").
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|le|la|les|l['’]|el|los|las|lo|il|gli|o|os|der|die|das)\s+", re.IGNORECASE)
_MAX_AFTER_WORDS = 16  # longer than a title and its body: a clause ("los dos dirigentes han esbozado ...")


class RoleReader:
    """Roles before and after names, by the role words of one knowledge."""

    def __init__(self, section: dict):
        self.role_words = frozenset(p.lower() for p in by_language(section.get("role_words")))
        self.role_modifiers = frozenset(p.lower() for p in by_language(section.get("role_modifiers")))
        self.role_re = lazy(r"(?<!\w)(?:" + trie_pattern([w for w in self.role_words]) + r")", re.IGNORECASE)
        self._before: dict[str, str | None] = {}

    def before(self, text: str, start: int, floor: int = 0) -> str | None:
        """The role written just before a name: "Foreign Minister", "head of Deutsche Bahn".

        `floor` is where the previous name ends: a role never reaches back over another name.
        """
        window = text[max(floor, start - 120):start]
        # remembered per window: people, discovery, quotes and the roster ask of the same names
        found = self._before.get(window, False)
        if found is False:
            if len(self._before) > 8192:  # a few articles: most asking is within one
                self._before.clear()
            found = self._before[window] = self._at_end(window)
        return found

    def _at_end(self, window: str) -> str | None:
        """The role at the end of `window` (before)."""
        tokens = _ROLE_TOKEN.findall(window)
        taken: list[str] = []
        owner = False  # past a possessive: only the rest of its owner's name ("North Korea's leader")
        for token in reversed(tokens):
            low = token.lower()
            if (low in _FUNCTION_WORDS and low not in _CONNECTORS) or _INITIAL.match(token) or _SENTENCE_END.search(token):
                break  # (a word closing the sentence before: "… Kumsusan Guesthouse. Chairman Kim")
            if owner:
                if token[:1].isupper() and not self.is_role_word(low) and len(taken) < 10:
                    taken.append(token)
                    continue
                break
            if token[:1].isupper() or low in _CONNECTORS or self.is_role_word(low) or low in self.role_modifiers:
                taken.append(token)
                if _POSSESSIVE.search(token):
                    owner = True  # "Russia's President": a possessive opens the role
                continue
            break
        taken.reverse()
        # "Ahead of President": a word before "of" that is no role word is the sentence's, not the role's
        first = next((i for i, t in enumerate(taken) if t.lower() in _CONNECTORS), None)
        if first is not None and not any(self.is_role_word(t.lower()) for t in taken[:first]):
            taken = taken[first + 1:]
        while taken and taken[0].lower() in _CONNECTORS:
            taken.pop(0)
        if not taken or taken[-1].lower() in _CONNECTORS or len(taken) > 8:
            return None
        role = " ".join(taken)
        return role if any(self.is_role_word(t.lower()) for t in taken) else None

    def after(self, text: str, end: int, ceiling: int | None = None) -> str | None:
        """The appositive role after a name: "Park Ji-hoon, a research fellow at ...," -> "research fellow at ...".

        `ceiling` is where the next name starts: an appositive holding another name is a list, not a role.
        """
        match = _APPOSITIVE.match(text, end)
        if not match:
            return None
        if ceiling is not None and ceiling < match.end():
            return None
        role = _LEADING_ARTICLE.sub("", (match.group("r1") or match.group("r2")).strip())
        head = _PREPOSITIONS.split(" " + role + " ", maxsplit=1)[0]
        if not any(self.is_role_word(w.lower()) for w in head.split()):
            return None
        # A role opens with its title, a word inside one, or a capitalised name of a body or country
        # ("Chairman of ...", "research fellow at ...", "Russia's envoy"): a clause ("quien agradeció al
        # dirigente ...", "greeting the Russian leader ...", "et le dirigeant nord-coréen": another
        # person's role) does not, nor is it as long.
        opener = role.split()[0]
        low = opener.lower()
        if not (opener[:1].isupper() or self.is_role_word(low) or low in self.role_modifiers):
            return None
        if len(role.split()) > _MAX_AFTER_WORDS:
            return None
        return role

    def is_role_word(self, word: str) -> bool:
        """A lower-case word that is a role word, or a title of role words joined by a hyphen
        ("secretary-general", "vice-president": a role glued to a name is no part of the name)."""
        if word.strip("'’s") in self.role_words or word in self.role_words:
            return True
        return "-" in word and any(part in self.role_words for part in word.split("-") if part)
