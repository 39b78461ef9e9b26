"""Who speaks in one sentence, and who was named before it: the cues quotes.py attributes by.

`Attributor` pairs each speaker cue of a sentence (a person or organisation named, a pronoun, a
descriptor such as "the diplomat" or "the agency") with a speech verb next to it, and reads a Korean
sentence's subject by its particle (quote_korean.py). `Recent` (quote_recent.py) remembers the people and organisations
the article has named so far, which pronouns and descriptors stand for. quote_fallbacks.py decides
between these cues for each quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from .entities import EntityIndex, Span
from .quote_cues import Cues
from .quote_korean import KoreanSubjects
from .quote_places import placed_before_speaker, word_before

# How far before a name "said Scholz" (an inverted speech verb and up to four words) is looked for:
# the look-back is bounded, so a sentence of a megabyte costs each name this much, not the sentence.
_BEFORE_NAME_REACH = 300
_AFTER_NAME_REACH = 300  # the longest stretch after_name reads before its verb (a long appositive, four words)
SPEAKING_KINDS = ("person", "organisation")
PAIRING_KINDS = ("person", "organisation", "place")  # a state speaks for its government: "South Korea said"
# Up to four words and no punctuation between a verb and a name after it: when the verb already has its
# subject before it, the name is in what was said ("Reuters said Scholz's visit …", "Hebestreit said Scholz would …").
_OBJECT_AFTER_VERB = re.compile(r"(?:[ \t]+[\w'’.-]+){0,4}[ \t]+")
# Words of a title before a clause's subject: "Russian presidential foreign policy advisor Ivan Petrov said", "Fransa Cumhurbaşkanı Emmanuel Macron, …"
SUBJECT_TITLE_WORDS = 6
POSSESSIVE_ENDS = ("'s ", "’s ")
_OWNED_WORDS = 3  # words after a possessive up to the statement it owns: "'s official joint readout"
_WORD_AFTER = re.compile(r"[^\W\d_][\w-]*")
_SENTENCE_STOP = re.compile(r"[.!?]")
_CLOSING = {"(": ")", "«": "»", "“": "”", "<": ">", "《": "》"}  # opening mark -> its closing one
_BODIES = frozenset({"organisation", "agency"})  # the kinds of SpeechPair that only speak when nobody else does
# A possessive ending after a name, then up to three words that may hold a role ("'s aide", "s Berater",
# "’s foreign policy adviser"); German writes the genitive s onto the name.
_POSSESSIVE = re.compile(r"(?:'s|’s|s)(?P<words>(?:[ \t]+[a-zäöüßа-яё-]+){1,3})")
_GENITIVE_WORDS = re.compile(r"(?P<words>(?:[ \t]+[A-Za-zäöüßÄÖÜ-]+){1,3})")
_INSIDE_ROLE = re.compile(r"(?<!\w)(?:at|of|for|from|with|in)\s+(?:the\s+)?$")
# A descriptor's phrase running on into a name ("selon l'agence de presse sud-coréenne Yonhap", "the state
# news agency TASS said"): up to three lower-case words, no punctuation, then the name, which speaks itself.
_RUNS_INTO_NAME = re.compile(r"(?:[ \t]+[a-zß-ÿа-яё][\w'’-]*){0,3}[ \t]+$")
# A descriptor followed by a name is a title ("Le chancelier allemand Olaf Scholz", "la agencia RIA Novosti"): the name speaks.
_PAUSE = re.compile(r"[,;:()—–]")  # punctuation between a name and a pronoun: "Macron, lui, a dit" is Macron's
# A title between an inverted verb and its speaker: words without punctuation, at most _TITLE_TAIL after its role word.
_WORD = re.compile(r"[\w'’.-]+")
_TITLE_TAIL = 5
_NOT_TITLE = re.compile(r"[^\w\s'’.-]")
_NAME_NEXT = re.compile(r"(?:[ \t]+(?:de|del|do|da|di|of|des|du)[ \t]+[a-zß-ÿа-яё]{1,12})?[ \t]+[A-ZА-ЯЁ]")


@dataclass(frozen=True)
class SpeechPair:
    """A speaker cue next to a speech verb: a name, "PRONOUN", or a descriptor phrase."""

    position: int
    name: str
    kind: str  # "name" (a person) | "organisation" | "agency" | "pronoun" | "descriptor" | "role" (`name` is the word)
    participle: bool = False


class Attributor(KoreanSubjects):
    def __init__(self, index: EntityIndex, cues: Cues, outlets: frozenset[str] = frozenset()):
        """`outlets`: the outlets the article quotes as a source (quoted_outlets.py), which speak as agencies do."""
        self.index = index
        self.cues = cues
        self.outlets = outlets
        # (a masked paragraph, the same with a space in front, the pronoun pattern it needs), made once a paragraph
        self._spaced = ("", " ", cues.spaced_pronoun)
        self._offices: dict[str, str | None] = {}  # a person's name -> the office speaking for them, or None

    def pronouns(self, masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of each pronoun of the data in masked[lo:hi], in text order: a whole word (a Hangul one
        after no Hangul letter), or the French inversion by its hyphen ("a-t-il", "dit-elle")."""
        if self._spaced[0] is not masked:
            hangul = any(letter in masked for letter in self.cues.hangul_pronoun_letters)
            self._spaced = (masked, " " + masked, self.cues.spaced_pronoun if hangul else self.cues.spaced_latin_pronoun)
        _, spaced, pattern = self._spaced
        # (in the spaced text a word starts one further on, after the character before it)
        out = [(m.start(m.lastgroup) - 1, m.end() - 1) for m in pattern.finditer(spaced, lo, hi + 1)]
        if out and out[0][0] < lo:
            del out[0]  # a Hangul word just before the sentence (where the search starts in the spaced text)
        if masked.find("-", lo, hi) >= 0:
            out.extend(m.span() for m in self.cues.inversion.finditer(masked, lo, hi))
            out.sort()
        if out and self.cues.impersonal is not None:  # (the "il" of "Il est considéré que" is nobody: impersonal speech)
            phrases = [m.span() for m in self.cues.impersonal.finditer(masked, lo, hi)]
            out = [p for p in out if not any(s <= p[0] < e for s, e in phrases)]
        return out

    def governed(self, masked: str, span: Span, lo: int, hi: int) -> bool:
        """Whether a preposition governs the name `span` ("with Macron", "s Macronom", "с Макроном", "mit Macron"),
        or a postposition follows it ("Scholz ile"): such a name is no subject, whatever verb is near."""
        cues = self.cues
        if not masked[span.start:span.end].strip():
            return True  # an outlet a relay phrase names ("podle agentury AP"), blanked out: it only relays
        if span.start > lo and masked[span.start - 1] in cues.cjk_prepositions:
            return True  # "普京向崔善姬表示", "对金正恩说道": the one spoken to
        if cues.cjk_postpositions is not None and cues.cjk_postpositions.match(masked, span.end, hi):
            return True  # "金正恩総書記と会談し": the one met with
        before = word_before(masked, lo, span.start)  # (a whole word: not one the window cut into)
        if before is not None:
            word, at = before
            if word in cues.prepositions and not self._closing_verb(masked, masked[lo:at], word, span.end, hi):
                return True
            if word in cues.preposition_ends:  # "insieme a Macron", "junto a Scholz": two words
                words = masked[max(lo, span.start - 24):span.start].lower().split()
                if len(words) >= 2 and " ".join(words[-2:]).lstrip("(«\"“„—–-") in cues.prepositions:
                    return True
        return bool(cues.postpositions) and masked[span.end:min(hi, span.end + 8)].lower().startswith(cues.postpositions)

    def _closing_verb(self, masked: str, before: str, word: str, end: int, hi: int) -> bool:
        """Whether a preposition of one language is another's verb closing a quotation at a comma, its name the
        clause's last words ("– …, sa Kim.": Swedish "said", not Serbian "with"; but "«…», sa Kimom je rekao …")."""
        verb = self.cues.comma_dash_verb
        if verb is None or not before.rstrip().endswith("Q,") or not verb.fullmatch(word):
            return False
        stop = _SENTENCE_STOP.search(masked, end, hi)
        return self.cues.verb.search(masked, end, stop.start() if stop else hi) is None

    def _absolute(self, masked: str, span: Span, lo: int, hi: int) -> bool:
        """Whether a governed name opens an absolute phrase with its own speech participle ("with RIA Novosti saying")."""
        words = masked[max(lo, span.start - 16):span.start].lower().split()
        if not words or words[-1] not in self.cues.absolute_prepositions:
            return False
        after, participle, _, _ = self._verb_after(masked, span.end, hi, span.start)
        return after and participle

    def is_agency(self, span: Span) -> bool:
        entity = self.index.entities.get(span.name)
        return bool(entity and entity.agency) or span.name in self.outlets

    def _verb_after(self, masked: str, end: int, hi: int, start: int = 0) -> tuple[bool, bool, str | None, int]:
        """(a speech verb follows, it is a participle, a role word between them: "the Élysée aide said",
        where the verb ends). A name that is itself an appositive pairs past its closing comma ("Le porte-parole
        du gouvernement, Olivier Véran, a déclaré")."""
        match = self.cues.after_name.match(masked, end, hi)
        if match is None and 0 < start and masked[end:end + 1] == _CLOSING.get(masked[start - 1], "\0"):
            match = self.cues.after_name.match(masked, end + 1, hi)  # a name in its own marks: "(Yonhap) a déclaré"
        if match is None and masked.startswith(",", end) and masked.endswith(", ", 0, start):
            match = self.cues.after_name.match(masked, end + 1, hi)  # (its verb next, maybe after an auxiliary:
            between = masked[end + 1:match.start("verb")].split() if match else []  # not "Macron, por su parte calificó")
            match = match if len(between) <= 1 and all(len(w) <= 3 for w in between) else None
        if match is None and self.cues.subject_relative is not None:
            relative = self.cues.subject_relative.match(masked, end, hi)  # "Putin, who called it “…”": Putin speaks
            match = self.cues.after_name.match(masked, relative.end(), hi) if relative else None
        if match is None:
            return False, False, None, end
        appositive = match.group("app")
        if appositive is not None and len(appositive) > 80 and self.cues.verb.search(appositive):
            return False, False, None, end  # a long stretch with a speech verb of its own is no title
        between = masked[end:match.start("verb")].rpartition(",")[2].split()  # not an appositive's words
        if self.cues.negated(between):
            return False, False, None, end  # "Putin did not say …", "Poutine n'a pas dit": none of the words are theirs
        role = next((w.lower() for w in between if self.index.is_role_word(w.lower())), None)
        return True, match.group("verb").lower() in self.cues.participles, role, match.end("verb")

    def speaking(self, masked: str, spans: list[Span], lo: int, hi: int, quoting: bool = True) -> list[SpeechPair]:
        """Every speaker cue paired with a speech verb in masked[lo:hi], in text order.

        `spans`: the sentence's names (those starting in masked[lo:hi]). Without `quoting` (a
        sentence with no quotation, read only for who its subject is) only people and pronouns are
        looked at: an organisation or a descriptor there would change nothing."""
        out: list[SpeechPair] = []
        cues = self.cues
        lowered = masked[lo:hi].lower()
        if len(lowered) != hi - lo:  # a letter whose lower case is longer ("İ"): positions would move
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in masked[lo:hi])
        # Without a speech cue nobody pairs: tested first, the cheapest test most sentences fail.
        if hi - lo <= _AFTER_NAME_REACH:
            # Every name here is near any cue of the sentence (see the test below): one cue will do.
            first = cues.cue.search(" " + lowered)
            if first is None:
                return out
            cue_at = [lo + first.start()]
        else:
            cue_at = [lo + m.start() for m in cues.cue.finditer(" " + lowered)]  # the speech cue words' places
            if not cue_at:
                return out
        candidates: list[tuple[int, int, str, str]] = []  # (start, end, name, kind)
        absolute: set[int] = set()  # where the names of absolute phrases start
        for span in spans:
            if span.start < lo or span.end > hi or span.kind not in PAIRING_KINDS or not span.name:
                continue
            if not quoting and span.kind != "person":
                continue
            if span.kind == "place" and placed_before_speaker(cues, masked, span, spans, lo, hi):
                continue  # "заявил в ходе визита в Северную Корею президент …": where, not who
            kind = "name" if span.kind == "person" else "agency" if self.is_agency(span) else "organisation"
            if self.governed(masked, span, lo, hi) and not (
                    cues.subject_relative is not None and cues.subject_relative.match(masked, span.end, hi)):
                # (but "встретился с Путиным, который назвал …": the relative clause's subject speaks)
                if not self._absolute(masked, span, lo, hi):
                    continue  # "with Macron, Scholz said", "avec Scholz a déclaré": the object of a preposition
                absolute.add(span.start)  # "with RIA Novosti saying": its own participle's subject
            if kind == "name" and quoting and self._possessor_of_role(masked, span, hi):
                continue  # "said Macron's aide Emmanuel Bonne", "erklärte Macrons Berater": the aide speaks
            office = self._office(masked, span, lo) if kind == "name" and quoting else None
            if office is not None:
                candidates.append((span.start, office[1], office[0], "organisation"))
                continue
            if kind != "name" and span.start not in absolute and _INSIDE_ROLE.search(masked, max(lo, span.start - 12), span.start):
                continue  # "an expert at the Institute": part of someone's role, not a speaker
            before = masked[max(lo, span.start - 12):span.start].split()[-1:] if span.kind == "place" else ()
            if before and before[0].lower() in cues.complementizers:
                continue  # "el comité subrayó que Corea del Norte continúa …": the state is inside what was reported
            candidates.append((span.start, span.end, span.name, kind))
        candidates.extend((start, end, "PRONOUN", "pronoun") for start, end in self.pronouns(masked, lo, hi))
        if not candidates and not quoting:
            return out  # nobody to pair
        if cues.descriptor is not None and quoting:
            names = [(s, e) for s, e, _, k in candidates if k != "pronoun"]
            bodies = [(s, e) for s, e, _, k in candidates if k in ("agency", "organisation")]
            for match in cues.descriptor.finditer(lowered):
                start, end = lo + match.start(), lo + match.end()
                if _NAME_NEXT.match(masked, end):
                    continue  # "Le chancelier allemand Olaf Scholz": a title before a name, not a speaker
                if any(s < end < e for s, e in names) or self._runs_into(masked, match.group(0), end, bodies):
                    continue  # "l'agence officielle chinoise": the words of a name, which speaks itself
                    # (but a name inside the descriptor is its part: "o chefe do Eliseu")
                if any(e == end and start <= s and " " in masked[s:e] and masked[start:s].strip().lower() in {"", *cues.articles}
                       for s, e in bodies):
                    continue  # "The Central Military Commission said": a body's own name of words, with its article, speaks
                candidates.append((start, end, match.group(0), "descriptor"))
        taken = -1  # where the speech verb the last name paired with ends
        for start, end, name, kind in sorted(candidates):
            # Only a name with a speech cue near it can pair with one: the patterns are tried there.
            near = bisect_left(cue_at, start - _BEFORE_NAME_REACH)
            if near == len(cue_at) or cue_at[near] > end + _AFTER_NAME_REACH:
                continue
            if kind == "name" and out and self._reported(masked, lo, start):
                continue  # "KCNA described it as “…”, saying that Kim had confirmed …": Kim is in what KCNA said
            if kind == "name" and name not in self.index.entities and self._role_led(name):
                continue  # "Председатель Государственной": a role read as a name; the name follows it
            after, participle, role, verb_end = self._verb_after(masked, end, hi, start)
            if after and kind != "pronoun" and any(
                    not _PAUSE.search(masked, end, s) for s, _ in self.pronouns(masked, end, verb_end)):
                # "Після зустрічі з лідером Кім Чен Ином він розповів": a pronoun between the name and the verb, no
                # pause before it, is the verb's subject; the name ends a phrase before it
                after = False
            if role is not None and kind != "name":
                out.append(SpeechPair(start, role, "role", participle))  # the Élysée's aide speaks, not the Élysée
            elif after or (name != "PRONOUN" or masked[start:end] not in cues.before_verb_only) \
                    and self._said_before(masked, lo, start) and not (taken >= 0 and _OBJECT_AFTER_VERB.fullmatch(masked, taken, start)) \
                    and (not masked.startswith(POSSESSIVE_ENDS, end) or self._owns_statement(masked, end, hi)):
                # (a verb that has its subject before it is no inverted one: "Reuters said Scholz's visit is …"; nor
                # is a name that owns what follows it: "… said Scholz's trip will be …", unless what it owns is
                # its own statement: "According to the Council's official readout, …")
                out.append(SpeechPair(start, name, kind, participle and after and start not in absolute))
            if after and self._opens_clause(masked, lo, start):
                taken = verb_end
        # A participle ("…, saying") belongs to the sentence's subject, the first speaker before it.
        finite = [p for p in out if not p.participle]
        if finite and len(finite) < len(out):
            out = finite
        # An organisation speaks only when no person does ("Lee, an expert at the Institute, a think
        # tank, said"; "said U.N. Security Council sanctions …"), and a news agency only when nobody
        # else does ("Scholz said, Tass reported": Scholz's).
        # ... and so does a descriptor of a news agency after a speaker ("Putin said “…”, said the report": his words, relayed)
        relaying = [p for p in out if p.kind == "descriptor" and getattr(cues.descriptor_of(p.name), "role", "") == "agency"
                    and any(o.position < p.position and o.kind != "descriptor" for o in out)]
        out = [p for p in out if p not in relaying] if relaying else out
        kinds = {p.kind for p in out}
        if kinds & _BODIES:
            if kinds - _BODIES:
                out = [p for p in out if p.kind not in _BODIES]
            elif "organisation" in kinds:
                out = [p for p in out if p.kind != "agency"]
        return out

    def _owns_statement(self, masked: str, end: int, hi: int) -> bool:
        """Whether the possessive after a name at `end` owns a written statement within _OWNED_WORDS words ("the
        Council's official readout", "the ministry's statement"): the statement's words are the name's."""
        words = _WORD_AFTER.finditer(masked, end + 2, min(hi, end + 80))
        for _, word in zip(range(_OWNED_WORDS), words):
            if self.cues.statement.fullmatch(word.group()):
                return True
        return False

    def _reported(self, masked: str, lo: int, at: int) -> bool:
        """Whether a speech word and a complementiser ("affirmant que", "saying that") are among the words before `at`."""
        words = masked[max(lo, at - 80):at].lower().split()[-4:]
        return any(w.strip("'’,") in self.cues.complementizers and self.cues.cue.match(f" {words[i - 1]} ") is not None
                   for i, w in enumerate(words) if i)

    def _opens_clause(self, masked: str, lo: int, at: int) -> bool:
        """Whether the name at `at` opens its clause, a few words at most before it and none a preposition:
        the subject of the verb after it ("TASS said …", "The state agency TASS said …"), not a name inside a
        phrase before a verb whose subject comes after it ("Bei dem Gespräch mit Baerbock bekräftigte Sánchez …")."""
        # Only the last SUBJECT_TITLE_WORDS + 1 words before the name are needed: read back as far as holds them
        # (all of a long sentence, read for each of its names, took time growing with its length squared).
        width = 200
        while (start := max(lo, at - width)) > lo and len(masked[start:at].rsplit(None, SUBJECT_TITLE_WORDS + 1)) \
                <= SUBJECT_TITLE_WORDS + 1:
            width *= 4
        head = masked[start:at]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("—"))
        words = head[cut + 1:].lower().split()
        return len(words) <= SUBJECT_TITLE_WORDS and not any(w in self.cues.prepositions for w in words)

    def _runs_into(self, masked: str, phrase: str, end: int, bodies: list[tuple[int, int]]) -> bool:
        """Whether an organisation's descriptor runs on into an organisation's name, its apposition ("selon
        l'agence de presse sud-coréenne Yonhap"); a person's does not ("представитель МИД": the ministry's)."""
        descriptor = self.cues.descriptor_of(phrase)
        return bool(descriptor and descriptor.organisation) and any(
            end <= s <= end + 60 and _RUNS_INTO_NAME.fullmatch(masked, end, s) for s, _ in bodies)

    def _office(self, masked: str, span: Span, lo: int) -> tuple[str, int] | None:
        """(the office, where its words end) when `span` names the holder of an office that speaks
        ("the office of French president Macron", "Macron's office"), else None."""
        cues = self.cues
        office = self._offices.get(span.name, "")
        if office == "":  # (not looked up yet: once a name)
            entity = self.index.entities.get(span.name)
            office = self._offices[span.name] = next(
                (cues.office_of[r.casefold()] for r in (entity.roles if entity else ()) if r.casefold() in cues.office_of), None)
        if office is None:
            return None
        if cues.office_after is not None:
            after = cues.office_after.match(masked, span.end)
            if after is not None:
                return office, after.end()
        if cues.office_before is not None and cues.office_before.search(masked[max(lo, span.start - 80):span.start]):
            return office, span.end
        return None

    def _possessor_of_role(self, masked: str, span: Span, hi: int) -> bool:
        """Whether the name `span` owns the role word after it ("Macron's aide", "Macrons Berater",
        "Macron’s foreign policy adviser"): a possessive ending, then a role word within three words.
        (A German genitive s the name's span took in, "Macrons", counts when the name has no s there.)"""
        genitive = masked[span.end - 1:span.end] == "s" and not span.name.endswith("s")
        match = (_GENITIVE_WORDS if genitive else _POSSESSIVE).match(masked, span.end, hi)
        return match is not None and any(self.index.is_role_word(w.lower()) for w in match.group("words").split())

    def closes_inverted(self, masked: str, span: Span, lo: int, hi: int) -> bool:
        """Whether the name `span` closes its sentence after an inverted speech verb ("…, ha scritto la KCNA."):
        the verb's subject, whoever else the sentence names before it."""
        return not masked[span.end:hi].strip(" .…") and self._said_before(masked, lo, span.start)

    def _said_before(self, masked: str, lo: int, at: int) -> bool:
        """Whether an inverted speech verb and up to four words come right before `at` ("said Park",
        "a dit en retour M. Scholz"): the last words before it looked up, not a pattern searched. A title
        between them counts as no words ("sagte der Sekretär des russischen Sicherheitsrates Sergei Schoigu")."""
        window = masked[max(lo, at - _BEFORE_NAME_REACH):at]
        if self.cues.said_before(window):
            return True
        return any(self.cues.said_before(window[:start]) for start in self._titles_before(window))

    def _titles_before(self, window: str):
        """Where a title running into the name after `window` may start: an article or a role word (maybe after
        the article and one adjective), then up to _TITLE_TAIL words without punctuation, the last a
        capitalised one or a role word ("the secretary of the Security Council", "der Sekretär des russischen
        Sicherheitsrates"), or any when the title is a body's ("agenţia de presă nord-coreeană")."""
        if not window[-1:].isspace():
            return
        words = list(_WORD.finditer(window, max(0, len(window) - 200)))[-(_TITLE_TAIL + 3):]
        if not words:
            return
        last = words[-1].group()
        for i, word in enumerate(words):
            if _NOT_TITLE.search(window, word.start()):
                continue  # a comma, a dash, a quotation between: no one title
            head = i + 1 if word.group().lower() in self.cues.articles else i
            role = next((j for j in range(head, min(head + 2, len(words))) if self._title_word(words[j].group())), None)
            if role is None or len(words) - role - 1 > _TITLE_TAIL:
                continue
            found = self.cues.descriptor_of(words[role].group())
            if (found is not None and found.organisation) or last[:1].isupper() or self.index.is_role_word(last.lower()):
                yield word.start()

    def _title_word(self, word: str) -> bool:
        """A role word ("Sekretär", "secretary") or a word for a body that speaks ("agenţia", "агентство")."""
        lowered = word.lower()
        found = self.cues.descriptor_of(lowered)
        return self.index.is_role_word(lowered) or (found is not None and found.organisation)

    def _role_led(self, name: str) -> bool:
        """Whether a found name opens with a role word, which no person's name does (Russian role
        words are stems: "председател" for every case of "Председатель")."""
        first = name.split(maxsplit=1)[0].casefold()
        return self.index.is_role_word(first) or (not first.isascii() and self.index._role_re.match(first) is not None)


def relaying(attributor: Attributor, spans: list[Span], lo: int, hi: int) -> str | None:
    """The first news agency `spans` name in masked[lo:hi]: the one relaying the sentence's quotation."""
    return next((span.name for span in spans if lo <= span.start < hi and attributor.is_agency(span)), None)
