"""The cues of languages/quotes.yml (and the speech verbs of languages/names.yml) compiled once per knowledge:
what marks a speaker next to a quotation, in every language the data holds.

Kept apart from quotes.py so that module reads as the attribution it does; everything here is a
table or a pattern built from the data files, never a rule about one language written in code
(Korean's particles aside: they are grammar, not vocabulary). How a word list becomes a pattern is
quote_patterns.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import EntityIndex
from .knowledge import Knowledge
from .lazy_patterns import LazyPattern, lazy
from .phrases import by_language, cached, is_hangul, trie_pattern
from .quote_patterns import (
    BETWEEN, CUE_END, HANGUL_LETTERS, LOWER_LETTER, OPENING_MARKS, NAME_SUFFIX, WHOLE_WORD, alternation, bounded_words, definition_pattern, first_of,
    literal_branches, with_bare_alef, words_pattern)
from .quote_documents import document_cues
from .quote_language import new_subject_guard, stopping_words
from ..text import KANA_HAN, spaceless

_INCISE = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,3}\s+(?=[^\W\d_]{4}))?")  # (an auxiliary: "», a insisté")


_HAN = "[\u4e00-\u9fff]"  # a Han character, of which a Chinese name is written


@dataclass(frozen=True)
class Descriptor:
    """A noun phrase standing for a person named before ("the diplomat"); `role` is the role word the
    person's role must hold, or "any". An organisation's descriptor ("the agency") has `organisation`
    set, and `role` is "agency" (a news agency) or a word of the organisation's canonical name."""

    role: str
    organisation: bool = False


class Cues:
    def __init__(self, knowledge: Knowledge, index: EntityIndex):
        data = knowledge.section("quotes.yml")
        self.entity_roles = {name: tuple(r.casefold() for r in e.roles) for name, e in index.entities.items()}
        self.agencies = frozenset(name for name, e in index.entities.items() if e.agency)  # what "the agency" may be
        self.organisations = frozenset(name for name, e in index.entities.items() if e.kind == "organisation")
        verbs = with_bare_alef(set(index.speech_verbs) | {v.lower() for v in by_language(data.get("speech_verbs"))})
        inverted = with_bare_alef(
            set(index.inverted_speech) | {v.lower() for v in by_language(data.get("inverted_speech"))})
        self.participles = frozenset(with_bare_alef(v.lower() for v in by_language(data.get("participles"))))
        verbs |= self.participles
        # A prefix tree, not an alternation of ~200 verbs tried one by one at every place after_name
        # may put a verb: the same matches (where several verbs match at one place, one is the
        # beginning of the other, and both give the longest).
        verb = trie_pattern(verbs)
        self._verb_trie, self._verbs_first, self.data = verb, first_of(verbs), data  # (quote_language.py reads data again)
        self.language_aliases = {str(k): tuple(map(str, v)) for k, v in (data.get("language_groups") or {}).items()}
        self.languages: dict[str, Cues] = {}  # a language's own Cues, made on first use (quote_language.for_language)
        # A preposition right before a name governs it, and a governed name does not speak ("with Macron, Scholz said",
        # "s Macronom označil"); a Turkish postposition follows its name ("Lee ile"). (The last word of a two-word one,
        # "insieme a", governs nothing alone: Italian "a".)
        self.absolute_prepositions = frozenset(w.lower() for w in data.get("absolute_prepositions") or ())
        self.postpositions = tuple(f" {w.lower()}" for w in by_language(data.get("postpositions_after_name")))
        # (Chinese writes its preposition onto the name: "普京向崔善姬表示", said to Choe Son Hui)
        self.cjk_prepositions = frozenset(str(w) for w in data.get("cjk_prepositions_before_name") or ())
        # (and Japanese its postposition onto the name and its title: "金正恩総書記と会談し", met with Kim)
        after = alternation(data.get("cjk_postpositions_after_name") or ())
        self.cjk_postpositions = lazy(rf"[\u3005\u4e00-\u9fff\u30a0-\u30ff]{{0,8}}?(?:{after})") if after else None
        # Inverted verbs by their last word: (the words before it, needs a comma before it).
        self.inverted: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        for phrase in inverted:
            comma = phrase.startswith(",")
            words = phrase.lstrip(",").split()
            self.inverted.setdefault(words[-1], []).append((tuple(words[:-1]), comma))
        self.verb = lazy(rf"(?<!\w)(?:{verb}){CUE_END}", re.IGNORECASE)
        # The verbs that close a dash's speech at a comma, in the languages that write it so (quotation_marks.py)
        comma_dash = sorted({w.lower() for w in by_language(data.get("comma_closes_dash_speech"))}, key=len, reverse=True)
        self.comma_dash_verb = (lazy(rf"(?<!\w)(?:{'|'.join(map(re.escape, comma_dash))}){CUE_END}", re.IGNORECASE)
                                if comma_dash else None)
        # Any speech cue at all, after or before a speaker: a sentence without one pairs nobody.
        # A set of words looked up word by word: the cheapest test of a sentence (Korean speakers are
        # found by their particles, not by these).
        self.cue_words = frozenset(
            w for phrase in verbs | inverted for w in phrase.lstrip(",").split()[-1:] if not is_hangul(w))
        # The same test as a pattern searched in lower-cased text after a space put in front: a whole
        # word (a run of word characters) that is a cue word, with the non-word character before it,
        # so that the regex engine skips from one such character to the next; a match starts where
        # its word does in the text without the space. Faster than splitting every sentence into words.
        # A word spelt with signs that are not word characters (Hindi कहा, Persian می‌گوید) is such a
        # run too, signs included: the boundary after the word knows them.
        whole = [w for w in self.cue_words if WHOLE_WORD.fullmatch(w) or BETWEEN.fullmatch(w) and not w.isascii()]
        self.cue = lazy(r"\W" + first_of(whole) + "(?:" + trie_pattern(whole) + ")" + CUE_END)
        self.inversion = lazy(r"-(?<=\w-)(?:t-)?(?:il|elle)(?!\w)")
        self.subject_verb = lazy(bounded_words(with_bare_alef(w.lower() for w in by_language(data.get("subject_in_verb")))),
                                       re.IGNORECASE)
        self._opening = [w.lower() for w in by_language(data.get("subject_in_verb_opening"))]
        # An office speaking for its holder ("the office of French president Macron said", "stated
        # Macron's office"): the organisation its holder's role gives.
        offices = data.get("offices") or {}
        before = [w.lower() for w in by_language(offices.get("before"))]
        after = [w.lower() for w in by_language(offices.get("after"))]
        self.office_before = lazy(
            rf"(?<!\w)(?:{alternation(before)})\s+(?:[\w'’.-]+\s+){{0,3}}$", re.IGNORECASE) if before else None
        self.office_after = lazy(rf"(?:{alternation(after)})(?!\w)", re.IGNORECASE) if after else None
        self.office_of = {str(role).casefold(): str(name) for role, name in (offices.get("holders") or {}).items()}
        self.office_of_state = {str(place): dict(bodies) if isinstance(bodies, dict) else {"office": str(bodies)}  # (one: an office)
                                for place, bodies in (offices.get("states") or {}).items()}
        # A role noun in the entities file's English ("президент": "president"), any language's
        self._role_english = {str(word).casefold(): str(english).casefold() for words in (data.get("role_nouns_in_english") or {}).values()
                              for word, english in (words or {}).items()}
        # A written message's words are its sender's (data: message_words): stems, so any ending matches.
        stems = [w.lower() for w in by_language(data.get("message_words"))]
        spaced = [w for w in stems if not spaceless(w)]
        self.message = lazy(first_of(stems) + "(?:" + "|".join(
            [rf"(?<!\w)(?:{alternation(spaced)})"] * bool(spaced) + [alternation([w for w in stems if spaceless(w)])] * bool(
                len(spaced) < len(stems))) + ")", re.IGNORECASE) if stems else None
        # A passive quotation and its agent: 'qualifié de « … » par le locataire de l'Élysée', 'described as
        # "…" by Scholz': the agent speaks.
        passive = data.get("passive_speech") or {}
        participles = [w.lower() for w in by_language(passive.get("participles"))]
        agents = [w.lower() for w in by_language(passive.get("agents"))]
        self.passive_participle = lazy(
            rf"(?<!\w)(?:{alternation(participles)})(?!\w)", re.IGNORECASE) if participles else None
        self.passive_agent = lazy(rf"[\s,]*(?:{alternation(agents)})\s+", re.IGNORECASE) if agents else None
        it = by_language(data.get("organisation_pronouns"))
        # (a French inversion, "-ils", is written onto its verb: "ont-ils ajouté")
        words, inverted = [w for w in it if not w.startswith("-")], [w for w in it if w.startswith("-")]
        self.organisation_pronoun = lazy("|".join(
            [rf"(?<!\w)(?:{alternation(words)})(?=\s)"] * bool(words) + [rf"(?<=\w)(?:{alternation(inverted)})(?=\s)"] * bool(inverted)
        )) if it else None
        # A statement's own voice ("our", "мы"), which a paragraph quoted as a block without marks speaks in.
        first = [w.lower() for w in by_language(data.get("block_quote_first_person"))]
        self.first_person = lazy(rf"(?<!\w)(?:{alternation(first)})(?!\w)", re.IGNORECASE) if first else None
        # A source a sentence cites ("…, selon le ministère", "according to the ministry"): words, then at most three more
        # ("selon un communiqué du ministère") before the body it names (quote_sentences.own_speaker_first).
        sources = [w.lower() for w in by_language(data.get("source_cues"))]
        self.source_cue = lazy(rf"(?<!\w)(?:{alternation(sources)})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE) if sources else None
        # A subordinate clause opening the sentence ("After Kim welcomed him …, the two shared “…”"), its comma after: its
        # subject is not the main clause's (quote_sentences.outside_opening_clause)
        opening = [w.lower() for w in by_language(data.get("opening_subordinators"))]
        self.opening_clause = lazy(rf"\s*(?:{alternation(opening)})\s", re.IGNORECASE) if opening else None
        # An editor's note in brackets inside a quotation ("(так називають в РФ війну проти України. - Ред.)", "(Anm. d.
        # Red.: …)"): the page's words, not the speaker's, left out of the quote (quotation_marks.keep_quoted)
        notes = alternation(by_language(data.get("editor_note_marks")))
        self.editor_note = lazy(rf"[(\[](?:(?:{notes})(?:\.\s*[:：]?|\s*[:：])[^()\[\]]{{0,200}}|[^()\[\]]{{1,200}}?[-–—.,]\s*"
                                      rf"(?:{notes})\.?)\s*[)\]]") if notes else None
        # A letter's writer speaking to its addressee ("буду", "вашу"): the sender's words, not the relaying agency's.
        voice = [w.lower() for w in by_language(data.get("letter_voice"))]
        self.letter_voice = lazy(rf"(?<!\w)(?:{alternation(voice)})(?!\w)", re.IGNORECASE) if voice else None
        said_so = by_language(data.get("said_so"))
        # (Chinese and Japanese words stand glued to the next: "…でこう述べた", "…这样表示"; matched anywhere)
        glued = [w for w in said_so if KANA_HAN.match(w)]
        self.said_so = lazy("|".join([bounded_words(w.lower() for w in said_so if w not in glued)]
                                           + [re.escape(w) for w in glued]), re.IGNORECASE) if said_so else None
        impersonal = by_language(data.get("impersonal_speech"))
        self.impersonal = lazy(bounded_words(w.lower() for w in impersonal), re.IGNORECASE) if impersonal else None
        self.addressee = frozenset(w.lower() for w in data.get("addressee_words") or ())
        self.complementizers = frozenset(w.lower() for w in data.get("complementizers") or ())
        openers = data.get("caseless_speech_openers") or ()
        # (what may stand right before a short quotation of a caseless script: quotation_marks.find_quoted)
        self.caseless_opener = lazy(rf"(?:(?<!\w)(?:{alternation(openers)})|:)\s*$" if openers else r":\s*$")
        self.relatives = frozenset(w.lower() for w in by_language(data.get("relative_pronouns")))  # (quote_sentences.titled_name)
        owners = [w.lower() for w in by_language(data.get("owner_words"))]  # (quote_joint.owner_after)
        self.owner_after = lazy(rf"\s*(?:{alternation(owners)})\s*$", re.IGNORECASE) if owners else None
        # (quote_joint.object_of_relative; the name's case ending may stand outside its span: "Путин|ым, которого он …")
        objects = [w.lower() for w in by_language(data.get("object_relatives"))]
        self.object_relative = lazy(rf"\w*\s*,?\s*(?:{alternation(objects)})\s[^.!?;,«»“”\"]{{0,40}}$", re.IGNORECASE) \
            if objects else None
        # (Attributor._verb_after; the name's case ending may stand outside its span: "с Путин|ым, который назвал")
        subjects = [w.lower() for w in by_language(data.get("subject_relatives"))]
        self.subject_relative = lazy(rf"\w*,\s*(?:{alternation(subjects)})(?!\w)", re.IGNORECASE) if subjects else None
        negations = frozenset(w.lower() for w in by_language(data.get("negation_before_verb")))  # (negated)
        self._negations = negations, tuple(w for w in negations if w.endswith(("'", "’")))  # (whole words; elided: "n'a")
        self.before_verb_only = frozenset(data.get("pronouns_before_verb_only") or ())
        self.descriptors: dict[str, Descriptor] = {}
        for group in (data.get("descriptors") or {}).values():
            for phrase, role in (group or {}).items():
                self.descriptors[" ".join(str(phrase).lower().replace("’", "'").split())] = Descriptor(str(role).lower())
        # "the Russian diplomat", "the veteran diplomat": an English descriptor with an adjective after its article
        # (a nationality narrows "any" to the people whose role holds its country: "russia|russian")
        adjectives = {str(a).lower(): str(c or "").lower()
                      for group in (data.get("descriptor_adjectives") or {}).values() for a, c in (group or {}).items()}
        for phrase, descriptor in list(self.descriptors.items()):
            if phrase.startswith("the ") and len(phrase.split()) == 2:
                for adjective, country in adjectives.items():
                    narrowed = descriptor if not country else Descriptor(country) if descriptor.role == "any" \
                        else Descriptor(f"{descriptor.role}&{country}")  # "the Russian diplomat": a Russian one
                    self.descriptors.setdefault(f"the {adjective} {phrase[4:]}", narrowed)
        for group in (data.get("organisation_descriptors") or {}).values():
            for phrase, role in (group or {}).items():
                key = " ".join(str(phrase).lower().replace("’", "'").split())
                self.descriptors[key] = Descriptor(str(role).lower(), organisation=True)
        # Searched in lower-cased text, as a prefix tree starting with literal characters: a pattern
        # opening with a look-behind, or ignoring case, is tried at every position and was the cost.
        forms = set(self.descriptors) | {d.replace("'", "’") for d in self.descriptors}
        self.descriptor = lazy(words_pattern(forms)) if self.descriptors else None  # lower-cased text
        # (not a numbered one: "в статье 4", "Article 4" is a treaty's text, not a statement's)
        # (a Chinese or Japanese word anywhere, as Hangul: no space sets it off, "声明では「…」")
        statements = {w.lower() for w in by_language(data.get("statements"))}
        spaceless_words = {w for w in statements if KANA_HAN.search(w)}
        self.statement = lazy("(?:" + "|".join(filter(None, (
            bounded_words(statements - spaceless_words), alternation(spaceless_words)))) + r")(?!\s*(?:\d|№))", re.IGNORECASE)
        # a verb closing its clause right after a quotation of what is done ("„Erklärungen …“ abgeben"): no speech
        done = by_language(data.get("programme_verbs"))
        self.programme_after = lazy(rf"\W?\s+(?:{bounded_words(done)})\s*(?:[.,;:!?]|$)", re.IGNORECASE) if done else None
        items = [w.lower() for w in by_language(data.get("programme_phrases"))]  # ('«примут заявления для прессы»')
        self.programme_phrase = lazy(bounded_words(items), re.IGNORECASE) if items else None
        self.reported = lazy(bounded_words(by_language(data.get("reported_speech"))))  # case as written
        # a title word, then only the opening mark: the quotation is a work's name ("под названием «…»")
        # ('schließe "…" nicht aus.': a negation, one particle and the clause's end after a quotation's closing mark)
        self.negation_after = lazy(r"\W?\s+(?:" + bounded_words(by_language(data.get("negation_after"))) + r")(?:\s+\w+)?\s*(?:[.,;:!?]|$)",
                                         re.IGNORECASE) if data.get("negation_after") else None
        self.title_before = lazy(r"(?:" + bounded_words(w.lower() for w in by_language(data.get("title_words"))) + r")[\s:]*\W?\s*$",
                                       re.IGNORECASE)
        self.korean_reported = tuple(str(w) for w in data.get("korean_reported_speech") or ())
        # (a name, maybe its title, then one of them: "최선희 외무상과", "라브로프 장관 간")
        self.korean_non_subject = lazy(r"(?:\s?[\uac00-\ud7a3]{1,7})?\s?(?:" + (alternation(
            data.get("korean_non_subject") or ()) or r"(?!x)x") + r")(?![\uac00-\ud7a3])")
        joint = [w.lower() for w in by_language(data.get("joint_words"))]
        self.joint = lazy(rf"\s+(?:{alternation(joint)})\s+", re.IGNORECASE) if joint else None
        contrast = by_language(data.get("contrast_openers"))  # ("while", "tandis que": another subject's clause)
        self.contrast = lazy(bounded_words(w.lower() for w in contrast), re.IGNORECASE) if contrast else None
        objects = by_language(data.get("object_pronouns"))  # ("him", "lui": the clause's person hears, not speaks)
        self.object_pronoun = lazy(bounded_words(w.lower() for w in objects), re.IGNORECASE) if objects else None
        self.hereinafter = definition_pattern(by_language(data.get("hereinafter")))  # "조선중앙통신(이하 통신)"
        citing = [w.lower() for w in by_language(data.get("citing"))]
        # (a word of a script without spaces, "援引", matches inside its run of letters: no word boundary there)
        dense = [w for w in citing if spaceless(w)]
        self.citing = lazy(bounded_words([w for w in citing if w not in dense]) + (f"|{alternation(dense)}" if dense else ""),
                                 re.IGNORECASE) if citing else None
        # ... and a quotation closed by a quotative ending ("…"이라며, "…"고 의미를 부여했다, "…"면서) is
        # speech whatever verb follows: the ending, right after the closing mark (or the masked words), says so.
        # (one alternation whose every branch opens with a literal syllable, the look-behind after it:
        # the regex engine then skips to where a branch may start instead of trying each at every place)
        self.korean_speech = lazy("|".join(
            literal_branches(data.get("korean_speech") or ())
            + literal_branches(data.get("korean_quotative") or (), behind="[Q”\"’」』]", ahead=r"(?![\uac00-\ud7a3])"))
            or r"(?!x)x")
        # The bare word a Korean paper writes for its own government ("성명에서 정부는 ″…″"), marked as the subject, right
        # after the sentence's start or a word of two syllables or more (not "미 정부는", "북한 정부는")
        self.home_bodies = {str(k): str(v) for k, v in (data.get("korean_home_bodies") or {}).items()}
        self.home_after = tuple(str(w) for w in data.get("korean_home_after") or ())
        marks = alternation(data.get("korean_home_marks") or ())
        self.home_body = lazy(rf"(?:^|(?<=[\s,.]))(?P<word>{alternation(list(self.home_bodies))})(?:{marks})\s") \
            if self.home_bodies and marks else None
        endings = alternation(data.get("korean_reported_endings") or ())  # (quote_korean.korean_subject)
        self.korean_reported_clause = lazy(rf"(?<=[\uac00-\ud7a3])(?:{endings})(?=[\s,])") if endings else None
        # Chinese and Japanese: no spaces mark a word, so their verbs and pronouns match anywhere.
        self.cjk_speech = lazy(alternation(by_language(data.get("cjk_speech"))) or r"(?!x)x")
        self.cjk_dropped = lazy(alternation(data.get("cjk_subject_dropped") or ()) or r"(?!x)x")
        self.cjk_subject_marks = tuple(data.get("cjk_subject_marks") or ()) or ("\0",)
        self.cjk_topic_marks = tuple(data.get("cjk_topic_marks") or ()) or ("\0",)
        # An adverb opening a sentence that goes on from the one before ("また「…」とし", "또 "…"라며", "아울러, …"),
        # then a pause, a quotation's opening mark or its masked words: quote_cjk.continuing_opener.
        adverbs = {str(w) for w in by_language(data.get("continuing_adverbs"))}
        self.continuing_adverbs = lazy(
            r"\s*(?:" + alternation(adverbs) + r")(?=[\s、，,:「『“\"'‘Q])") if adverbs else None
        titles = alternation(data.get("cjk_topic_titles") or ())
        self.cjk_topic_title = lazy(rf"(?:{titles})は") if titles else None
        # "研究员史密斯说" (a title, a Han name the data may not list, a speech verb): quote_unlisted.py
        person_titles = alternation(data.get("cjk_person_titles") or ())
        between = alternation(data.get("cjk_name_adverbs") or ()) or r"(?!x)x"  # ("也", "当天": never the name)
        never = "".join(re.escape(str(c)) for c in data.get("cjk_not_in_names") or ())
        name_char = rf"(?![{never}]){_HAN}" if never else _HAN
        # (a name never opens with a speech verb: "外长补充说" is the minister adding, "补充" no name)
        self.cjk_unlisted = lazy(
            rf"(?:{person_titles})(?P<name>(?!(?:{between})|(?:{self.cjk_speech.pattern})){name_char}"
            rf"(?:{name_char}|[·・]){{1,4}}?)"
            rf"(?:{between})?(?:{self.cjk_speech.pattern})") if person_titles else None
        # "同通信は「…」と述べた" (the agency said): an organisation named before, by a word for it.
        cjk_descriptors = {str(k): Descriptor(str(v).lower(), organisation=True)
                           for k, v in (data.get("cjk_organisation_descriptors") or {}).items()}
        self.descriptors_cjk = cjk_descriptors
        # (a bare word, "委員会は", not the end of a longer name: "国家安全委員会は" is another body's)
        bare = [w for w in cjk_descriptors if w[0] not in "同该該"]
        demonstrative = [w for w in cjk_descriptors if w[0] in "同该該"]
        self.cjk_descriptor = lazy(
            "(?:" + "|".join([alternation(demonstrative)] * bool(demonstrative)
                             + [rf"(?<![\u3005\u30a0-\u30ff\u4e00-\u9fff])(?:{alternation(bare)})"] * bool(bare))
            + rf")(?={alternation(self.cjk_subject_marks)}|{self.cjk_speech.pattern})"
        ) if cjk_descriptors else None
        opening = alternation(data.get("cjk_pronouns_opening") or ())
        self.cjk_pronoun = lazy(
            (alternation(data.get("cjk_pronouns") or ()) or r"(?!x)x")
            + (rf"|(?:(?<=[，,。：:；;”」\s])|^)(?:{opening})(?!们|們)" if opening else ""), re.MULTILINE)
        # A quotation right after a word naming an inscription, maybe one word between ("плакаты с надписью «…»")
        marks = [w.lower() for w in by_language(data.get("inscriptions"))]
        spaced_marks = [w for w in marks if not spaceless(w)]
        self.inscription = lazy(
            "(?:" + "|".join([rf"(?<!\w)(?:{alternation(spaced_marks)})(?!\w)"] * bool(spaced_marks)
                             + [alternation([w for w in marks if spaceless(w)])] * (len(spaced_marks) < len(marks)))
            + r")[^\w\n]{0,3}(?:\w+[^\w\n]{1,3})?$", re.IGNORECASE) if marks else None
        document_cues(self, data)  # (a document's name, its provisions, what is written in it: quote_documents.py)
        stopping_words(self, None)  # (after_name, conjunctions, opening_verb, auxiliaries: quote_language.py's)

    def pronouns_for(self, pronouns) -> None:
        """Set the patterns Attributor.pronouns searches to `pronouns` (quote_language.stopping_words: the article's
        language's, so that Italian "il", an article, is not French "il")."""
        latin = [p for p in pronouns if not is_hangul(p)]
        hangul = [p for p in pronouns if is_hangul(p)]
        # Found by Attributor.pronouns: a Latin word searched in the text with a space put in front,
        # after the character before it, which must be neither a word character nor a hyphen: the
        # engine then tries a word only after such a character, not at every letter ("e" starts er,
        # elle, ele, ela). A Hangul word as above (its first character is rare); the
        # French inversion apart (it opens with a literal hyphen, searched only where one is).
        spaced_latin = rf"[^\w-]{first_of(latin)}(?P<w>{trie_pattern(latin, right_boundary=latin)})" if latin \
            else r"(?P<w>(?!x)x)"  # (a language with Hangul pronouns alone)
        self.spaced_pronoun = lazy(
            (rf"(?P<k>{trie_pattern(hangul, not_after=f'[{HANGUL_LETTERS}]')})|" if hangul else "") + spaced_latin)
        # ... and in a text without a Hangul pronoun's first letter, where only a Latin word can match:
        # a pattern opening with a character class lets the engine skip to where one may start.
        self.spaced_latin_pronoun = lazy(spaced_latin)
        self.hangul_pronoun_letters = frozenset(p[0] for p in hangul)

    def prepositions_for(self, prepositions) -> None:
        """Set the prepositions that govern a name (Attributor.governed) to `prepositions` (the article's language's)."""
        self.prepositions = frozenset(w.lower() for w in prepositions)
        self.preposition_ends = frozenset(w.split()[-1] for w in self.prepositions if " " in w)

    def after_name_for(self, new_subject_words) -> LazyPattern:
        """"<speaker>[ (short name)][ auxiliary][, an appositive,] [up to four lower-case words, none of `new_subject_words`] said":
        "Le président russe a par ailleurs estimé", "Макрон, в свою очередь, заявил"; an appositive may end in a scare
        quote ("Macron, without using the word “ally,” stated"). One over 80 characters ("Victor Cha, senior vice
        president … at the Center for …, said") counts only without quotation marks or (Attributor._verb_after) a
        speech verb of its own: a title, not a clause that speaks. A lower-case word there has up to 16 letters
        ("El Departamento de Estado estadounidense afirmó")."""
        return lazy(
            NAME_SUFFIX + r"(?:\s*\([^()]{1,30}\))?" + rf"(?:\s+{new_subject_guard(new_subject_words)}(?-i:{LOWER_LETTER}{{1,4}})(?=,))?"
            r"\s*(?:,(?P<app>[^,]{0,80}|(?-i:[^,Q“”\"«»„]){81,200}),[”\"»’]?\s*)?(?:(?:was|were|is|also|further|then|later|reportedly|"
            rf"{new_subject_guard(new_subject_words)}(?-i:{LOWER_LETTER}{{1,16}}))\s+){{0,4}}"
            rf"{self._verbs_first}(?P<verb>{self._verb_trie}){CUE_END}",
            re.IGNORECASE,
        )

    def opening_verb_for(self, conjunctions) -> LazyPattern | None:
        """A verb of subject_in_verb_opening opening its clause (after the sentence's start, a comma, a dash, a quotation's
        close or its masked words, maybe with a stray full stop after it: '“…”. ha aggiunto.', maybe after one of
        `conjunctions`), read in a sentence cut out of the text."""
        if not self._opening:
            return None
        return lazy(
            r"(?:^|[,;:–—―\-]|[”\"»“’Q]\.?)\s*" + (rf"(?i:(?:{alternation(conjunctions)})\s+)?" if conjunctions else "")
            + rf"(?i:{alternation(self._opening)}){CUE_END}")

    def said_before(self, window: str) -> bool:
        """Whether `window` ends in an inverted speech verb and up to four words, each of
        word characters, apostrophes, dots or hyphens, then white space. An elided article written onto
        the name ("a précisé l'agence …", "ha detto l'agenzia") is one of those words."""
        if window[-1:] in ("'", "’") and window[-2:-1] in ("l", "L") and window[-3:-2].isspace():
            window = window[:-2]
        if window[-1:] in OPENING_MARKS and window[-2:-1].isspace():
            window = window[:-1]  # "— сообщила радиостанция «Маяк»": a name in its own quotation marks
        if not window[-1:].isspace():
            return False
        tokens = window.rsplit(None, 7)[-7:]  # window.split()[-7:], without splitting the rest of the window
        for back in range(1, min(5, len(tokens)) + 1):  # the verb's place from the end (1: right before)
            verb_at = len(tokens) - back
            if back > 1:  # a word between the verb and `at`: the one after the verb (those after it passed)
                after_verb = tokens[verb_at + 1]
                if not BETWEEN.fullmatch(after_verb):
                    return False
                if after_verb.lower() in self.addressee:
                    return False  # "disse a Olaf Scholz que …": whom the speaker told, not the speaker
            if any(t.lower().strip("'’") in self.complementizers for t in tokens[verb_at + 1:]):
                return False  # "a rapporté que les négociations entre Scholz …": the name is inside what was reported
            for before, comma in self.inverted.get(tokens[verb_at].lower(), ()):
                start = verb_at - len(before)
                if start < 0 or tuple(t.lower() for t in tokens[start:verb_at]) != before:
                    continue
                if comma:
                    ahead = tokens[start - 1] if start else ""
                    if not ahead.endswith(","):
                        continue
                return True
        return False

    def negated(self, words) -> bool:
        """Whether one of `words` negates a verb after it ("not", "не", French "n'a" by its elided "n'")."""
        whole, elided = self._negations
        return any(w.lower() in whole or w.lower().startswith(elided) for w in words)

    def verb_after(self, text: str, end: int) -> bool:
        """Whether a speech verb follows a quotation ending at `end`, only white space or a comma between ('«…» خواند',
        '"…", destacou')."""
        return self.verb.match(text, _INCISE.match(text, end).end()) is not None  # (no copy of the text after it)

    def descriptor_of(self, phrase: str) -> Descriptor | None:
        return self.descriptors.get(" ".join(phrase.lower().replace("’", "'").split()))

    def role_in_english(self, word: str) -> str | None:
        """The English of a role noun, or of one of its case forms ("президента"), or None."""
        for form in (word, word[:-1], word[:-2]) if len(word) > 5 else (word,):
            if form in self._role_english:
                return self._role_english[form]
        return None


def cues(knowledge: Knowledge) -> Cues:
    return cached("quote-cues", knowledge, lambda k: Cues(k, EntityIndex.from_knowledge(k)))
