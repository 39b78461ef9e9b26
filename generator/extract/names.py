"""Known names written another way in a text, and one person's names across a briefing's articles.

Takes the entities file's forms of every known name (Spellings) and finds them where a text writes
them otherwise: another script, an inflection, a near Hangul spelling, compared by the keys of
name_keys.py. Takes a briefing's names (same_people) and gives each the name of its person's page.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from .name_keys import deletions, fold_endings, hangul_consonants, hangul_near, hangul_syllables, latin_key
from .name_keys import one_apart, skeleton, word_keys
from ..text import KANA_HAN


# ----------------------------------------------------------------------------- known names, other spellings
# (the look-behind after the first capital, not before it, so that the regex engine skips to capitals
# instead of trying the whole pattern at every character)
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÞĀ-ſА-ЯЁЄІЇЎҐ](?<!\w.)[^\W\d_]*(?:[ -][A-ZÀ-ÞĀ-ſА-ЯЁЄІЇЎҐ][^\W\d_]*){0,7}(?!\w)"
)
# The words of a run after what a known name took of it: from its first capitalised word to the run's end
_RUN_REST = re.compile(r"[\s-]+([A-ZÀ-ÞĀ-ſА-ЯЁЄІЇЎҐ][^\W\d_]*(?:[ -][A-ZÀ-ÞĀ-ſА-ЯЁЄІЇЎҐ][^\W\d_]*)*)$")
_HANGUL_RUN = re.compile(r"[가-힣]{4,}")
# Vietnamese's own marks (the hook above and the dot below of its tones, the horn of ơ and ư, and đ): a word
# holding one is a Vietnamese word ("Chủ nhật", Sunday), which no known foreign name's other spelling is, though
# its letters without the marks may be ("Chu": Choe)
_VIETNAMESE = re.compile("[\u0309\u0323\u031b\u0111\u0110]")
_PARTICLES = ("에게", "으로", "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "에")


class Spellings:
    """The forms of data/entities.yml found where a text writes them another way (compared by the keys
    of name_keys.py): `find` gives (start, end, form of the entities file) for each such stretch."""

    def __init__(self, forms: dict[str, tuple[tuple[str, ...], bool]], endings,
                 people: frozenset[str] = frozenset(), titles=(), verb_endings=()) -> None:
        """`people`: the forms that name a person (a Hangul given name and surname is compared with
        their Latin full forms, see _HangulNames). `titles`: role words; a capitalised word ending in
        one ("Minister", German "Verteidigungsminister") may stand before a lone surname. `verb_endings`: the
        endings of a Korean verb (names.yml `hangul_verb_endings`); two words ending in one are no name."""
        self.endings = fold_endings(endings or ())
        self.written_endings = tuple(sorted({str(e).lower() for e in endings or ()}, key=len, reverse=True))
        self.titles = tuple(sorted({str(t).lower() for t in titles if str(t).isalpha() and len(str(t)) >= 4}))
        # A Korean's Latin name ("Hong Gil-dong") is no Russian name spelt by ear: Korean papers write it in
        # its own Hangul, one word ("홍길동"), which the entities file lists; its few consonants would
        # make any two words a near spelling of it ("확대회담 진행").
        korean = {n for f, (names, short) in forms.items()
                  if not short and " " not in f and hangul_consonants(f) is not None for n in names}
        self.hangul_names = _HangulNames([f for f, (names, _) in forms.items() if f in people and " " in f
                                          and f.isascii() and not korean.intersection(names)],
                                         tuple(str(e) for e in verb_endings))
        self.full: dict[str, str] = {}  # folded full name -> its form in the entities file
        self.short: dict[str, str] = {}  # folded one-word form -> its form
        self.hangul: dict[tuple[int, ...], list[str]] = {}  # consonants of a long Hangul form -> forms
        self.words: set[str] = set()  # every word of every folded form
        self.by_given: dict[str, list[tuple[str, str]]] = {}  # a two-word form's given name -> (surname, form)
        self.prefixes: set[str] = set()  # and their first three letters
        self._memo: dict[tuple[str, ...], str | None] = {}
        self._tokens: dict[str, tuple[bool, bool]] = {}
        self._runs: dict[str, tuple[tuple[int, int, str], ...]] = {}
        self._hangul_words: dict[str, tuple[str, str] | None] = {}
        for form in sorted(forms):
            consonants = hangul_consonants(form)
            if consonants is not None:
                if len(form) >= 4:
                    self.hangul.setdefault(consonants, []).append(form)
                continue
            if KANA_HAN.search(form):
                continue  # "马克龙", "マクロン": matched as written (their romanisation is no spelling of the name)
            key = latin_key(form)
            if key:
                (self.full if " " in key else self.short).setdefault(key, form)
                self.words.update(key.split())
                self.prefixes.update(w[:3] for w in key.split())
                given, _, surname = key.partition(" ")
                if len(surname) >= MISSPELT_SURNAME and " " not in surname:
                    self.by_given.setdefault(given, []).append((surname, form))

    def find(self, text: str, taken=None) -> list[tuple[int, int, str]]:
        """`taken`: what already holds a name (discovered_names._Taken); a run overlapping it is not read."""
        out = []
        for run in _CAPITALISED_RUN.finditer(text):
            at, words = run.start(), run.group(0)
            # (one look-up: the furthest end of what is taken before the run's end; past its start, it overlaps)
            reach = taken.reach_before(run.end()) if taken is not None else -1
            if reach > at:
                # "Франції Олафом Шольцом": a place or a name already found opens the run; the words after it
                # are read on their own
                if reach + 2 >= run.end():
                    continue  # taken to its end, as most such runs are ("President Emmanuel Macron")
                rest = _RUN_REST.match(text, max(reach, at), run.end())
                if rest is None:
                    continue
                at, words = rest.start(1), rest.group(1)
            # the same runs recur ("The", "Korean", "North Korean"): read once, remembered
            found = self._runs.get(words)
            if found is None:
                if len(self._runs) > 16384:
                    self._runs.clear()
                found = self._runs[words] = self._read_run(words)
            if found:
                out += [(at + a, at + b, form) for a, b, form in found]
        if self.hangul_names and not text.isascii():
            out += self.hangul_names.find(text, taken)
        if self.hangul and not text.isascii():
            for word in _HANGUL_RUN.finditer(text):
                written = word.group(0)
                found = self._hangul_words.get(written, False)  # remembered per word, as runs are
                if found is False:
                    if len(self._hangul_words) > 16384:
                        self._hangul_words.clear()
                    found = self._hangul_words[written] = self._hangul_form(written)
                if found:
                    out.append((word.start(), word.start() + len(found[0]), found[1]))
        return out

    def _token(self, word: str) -> tuple[bool, bool]:
        """(whether the word begins as a word of a known name does, whether it is a word of one or
        one inflected, as _form_of asks of each word), remembered per word: most recur."""
        found = self._tokens.get(word)
        if found is None:
            if len(self._tokens) > 16384:
                self._tokens.clear()
            keys = word_keys(word, self.endings, self.written_endings, 2)
            found = self._tokens[word] = (keys[0][:3] in self.prefixes, any(v in self.words for v in keys))
        return found

    def _read_run(self, run: str) -> tuple[tuple[int, int, str], ...]:
        """(start, end, form) in a run of capitalised words of each stretch that is a known name."""
        # a cheap test first: some word must begin as a word of a known name does, and some word
        # must be one (or an inflection of one): else no stretch of the run is a known name
        tests = [self._token(w) for w in run.replace("-", " ").split()]
        if any(begins for begins, _ in tests) and any(is_word for _, is_word in tests):
            return tuple(self._in_run(run))
        return ()

    def _in_run(self, run: str) -> list[tuple[int, int, str]]:
        words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s-]+", run)]
        found, i = [], 0
        # a lone surname only when it stands alone, or after a title ("Minister Schoigu", German capitalising
        # its nouns): in "Anna Nowak" it is another person's
        one = len(words) == 1
        while i < len(words):
            lone = one or (i > 0 and bool(self.titles) and words[i - 1][2].lower().endswith(self.titles))
            for j in range(min(len(words), i + 3), i + (0 if lone else 1), -1):
                form = self._form(tuple(w for _, _, w in words[i:j]))
                if form:
                    found.append((words[i][0], words[j - 1][1], form))
                    i = j
                    break
            else:
                i += 1
        return found

    def _form(self, words: tuple[str, ...]) -> str | None:
        # most capitalised words are no part of any known name: one set lookup tells (memoised per run,
        # as the same words recur from article to article)
        if words in self._memo:
            return self._memo[words]
        if len(self._memo) > 65536:
            self._memo.clear()
        self._memo[words] = found = self._form_of(words)
        return found

    def _form_of(self, words: tuple[str, ...]) -> str | None:
        if any(not w.isascii() and _VIETNAMESE.search(unicodedata.normalize("NFD", w)) for w in words):
            return None
        keys = [word_keys(w, self.endings, self.written_endings, 2) for w in words]
        if not all(any(v in self.words for v in k) for k in keys):
            return self._misspelt(keys) if len(words) == 2 else None
        if not all(k[0] for k in keys):
            return None
        table = self.full if len(words) > 1 else self.short
        # (a lone word's stems keep three letters: those of a name's words, two, are the keys above)
        variants = keys if len(words) > 1 else [word_keys(words[0], self.endings, self.written_endings, 3)]
        for combination in _product(variants):
            form = table.get(" ".join(combination))
            if form is not None and (len(words) > 1 or len(combination[0]) >= 3):
                return form
        return None

    def _misspelt(self, keys: list[list[str]]) -> str | None:
        """The known two-word name whose given name this is and whose long surname lacks or gains one letter inside
        ("Andrey Belusov" for Belousov): a slip of the pen; a different ending is grammar or another person."""
        for given in keys[0]:
            for surname, form in self.by_given.get(given, ()):
                for written in keys[1]:
                    if written[:1] == surname[:1] and written[-2:] == surname[-2:] and len(written) != len(surname) \
                            and one_apart(written, surname, changed=False):
                        return form
        return None

    def _hangul_form(self, word: str) -> tuple[str, str] | None:
        """(the written name without its particle, the entities file's form) for a near spelling."""
        for cut in (0, *(len(p) for p in _PARTICLES if word.endswith(p))):
            name = word[: len(word) - cut]
            for form in self.hangul.get(hangul_consonants(name) or (), ()):
                if form != name and hangul_near(name, form):
                    return name, form
        return None


MISSPELT_SURNAME = 6  # the fewest letters of a surname a slip of one letter leaves recognisable ("Belusov")


class _HangulNames:
    """Known people whose Latin full name a Hangul given name and surname writes another way.

    Korean papers, and the North's agency most of all, spell a Russian name as it sounds to them: "이반
    페트로브" (Petrov), "안드레이 돌고소프" (Dolgousov, a syllable short of 돌고우소프), "제니스
    소콜로브" (Denis Sokolov). The consonant skeleton (see `skeleton`) keeps what they share with
    the Latin name. Two words are that person when the surnames' skeletons are equal and the given
    names' differ in at most one consonant, or the given names' are equal and the surnames' (three
    consonants or more) are one consonant longer or shorter: never both words off, which two different
    people would be.
    """

    def __init__(self, forms, verb_endings=()) -> None:
        self.verb_endings = verb_endings
        self.by_surname: dict[str, list[tuple[str, str, str]]] = {}  # a surname skeleton or one deletion
        for form in sorted(forms):
            words = skeleton(form).split()
            if len(words) != 2 or len(form.split()) != 2:
                continue
            given, surname = words
            if len(surname) < 3:
                continue  # "Park Ji-hoon": a Korean name's few consonants are any two words' ("대표 전화")
            for variant in deletions(surname):
                self.by_surname.setdefault(variant, []).append((given, surname, form))
        self._words: dict[str, tuple[str, int] | None] = {}  # a Hangul word -> its skeleton, its particle's length
        self._pairs: dict[tuple[str, str], str | None] = {}

    def __bool__(self) -> bool:
        return bool(self.by_surname)

    def find(self, text: str, taken=None) -> list[tuple[int, int, str]]:
        out = []
        words = [(m.start(), m.end(), m.group(0)) for m in _HANGUL_WORDS.finditer(text)]
        for (a, a_end, given), (b, b_end, surname) in zip(words, words[1:]):
            if text[a_end:b].strip() or (taken is not None and taken.overlaps(a, b_end)):
                continue
            key = (given, surname)
            form = self._pairs.get(key, False)
            if form is False:
                if len(self._pairs) > 16384:
                    self._pairs.clear()
                form = self._pairs[key] = self._form(given, surname)
            if form:
                out.append((a, b_end - self._word(surname)[1], form))
            elif surname.endswith(_HANGUL_PATRONYMIC) and not text[b_end:b_end + 1].strip():
                # "이반 이바노비치 페트로브": the North's agency writes the patronymic between given name and surname
                after = _HANGUL_WORDS.match(text, b_end + 1)
                if after is not None:
                    form = self._form(given, after.group(0))
                    if form:
                        out.append((a, after.end() - self._word(after.group(0))[1], form))
        return out

    def _word(self, word: str) -> tuple[str, int]:
        found = self._words.get(word)
        if found is None:
            if len(self._words) > 16384:
                self._words.clear()
            cut = next((len(p) for p in _PARTICLES if word.endswith(p) and len(word) - len(p) >= 2), 0)
            found = self._words[word] = (skeleton(word[: len(word) - cut]), cut)
        return found

    def _form(self, given: str, surname: str) -> str | None:
        surname_key = self._word(surname)[0]
        if not surname_key:
            return None
        candidates = {c for v in deletions(surname_key) for c in self.by_surname.get(v, ())}
        if not candidates:
            return None  # most word pairs: no known surname near
        given_key = skeleton(given)
        written = (given, surname[: len(surname) - self._word(surname)[1]])
        if written[1].endswith(self.verb_endings or ("\0",)):
            return None  # "주고 받은" (exchanged): a verb's ending closes the words, which no name's spelling does
        for known_given, known_surname, form in sorted(candidates):
            if not _syllables_enough(written, form):
                continue
            same_surname = known_surname == surname_key
            if same_surname and one_apart(given_key, known_given) and len(given_key) >= 2:
                return form
            # (not one consonant for another, which the skeleton's classes leave to other names: "표트르 사모일로프",
            # Pyotr Samoylov, is "ptl smlp", Vitaly Savelyev "ptl splp")
            if known_given == given_key and len(surname_key) >= 3 and one_apart(surname_key, known_surname, changed=False):
                return form
        return None


_HANGUL_WORDS = re.compile(r"[가-힣]{2,}")
# A Russian patronymic in Hangul (-вич, -вна): 유리예비치, 블라디미로비치, 세르게예브나
_HANGUL_PATRONYMIC = ("비치", "브나")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _syllables_enough(written: tuple[str, str], form: str) -> bool:
    """Whether each Hangul word has a syllable for every vowel of the Latin word it would spell:
    Korean keeps each vowel of a foreign name and adds 으 to a bare consonant (Petrov, two vowels,
    is 페트로프, four syllables), so a word shorter than that is some other word whose consonants
    happen to be near ("커지고", three syllables, is not Kazakova's four vowels)."""
    return all(len(word) >= len(_VOWEL_GROUPS.findall(latin.lower()))
               for word, latin in zip(written, form.split()))


def _product(variants: list[list[str]]):
    combos: list[tuple[str, ...]] = [()]
    for options in variants:
        combos = [c + (o,) for c in combos for o in options]
    return combos


# ----------------------------------------------------------------------------- one person across articles
def same_people(names: dict[str, bool], known_forms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Each person's name -> the name of their page, for the names of a briefing (name -> known?).

    A discovered name goes to the known person one of whose forms it is, letters folded
    ("Boris Pistorijus"); discovered names that fold alike are one person ("Мария Соколова",
    "Maria Sokolova"), and a Hangul name of two words or more joins the one other name whose
    consonants it keeps ("이반 페트로프", "Ivan Petrov"). A group is named by its Latin
    spelling where it has one. `known_forms`: each known person's aliases."""
    out = {name: name for name, known in names.items() if known}
    known_keys: dict[str, str] = {}
    for name, forms in known_forms.items():
        for form in (name, *forms):
            key = latin_key(form)
            if " " in key:
                known_keys.setdefault(key, name)
    groups: dict[str, list[str]] = {}
    hangul: list[str] = []
    for name in sorted(n for n, known in names.items() if not known):
        key = latin_key(name)
        if key in known_keys:
            out[name] = known_keys[key]
        elif all(hangul_syllables(w) is not None for w in name.split()):
            hangul.append(name)
        else:
            groups.setdefault(key, []).append(name)
    by_skeleton: dict[str, list[str]] = {}
    for key, members in sorted(groups.items()):
        same = by_skeleton.setdefault(skeleton(members[0]), [])
        # one name transliterated two ways ("Aleksandr Izmaylov" from 알렉산드르 이즈마일로프, "Alexander Izmaylov"):
        # the same consonants, letters mostly alike, and enough of them that two people would differ
        # (two words, the surname of three consonants or more: a Korean name's syllables are too few)
        words = skeleton(members[0]).split()
        twin = next((k for k in same if len(words) == 2 == len(key.split()) and len(words[1]) >= 3
                     and difflib.SequenceMatcher(None, k, key).ratio() >= 0.8), None)
        if twin is not None:
            groups[twin] += members
            members.clear()
        else:
            same.append(key)
    groups = {k: v for k, v in groups.items() if v}
    for name in hangul:
        keys = by_skeleton.get(skeleton(name), []) if " " in name else []
        if len(keys) == 1:
            groups[keys[0]].append(name)
        else:
            groups.setdefault(name, []).append(name)
    for members in groups.values():
        latin = [m for m in members if m.isascii()]
        chosen = min(latin or members)
        for member in members:
            out[member] = chosen
    return out
