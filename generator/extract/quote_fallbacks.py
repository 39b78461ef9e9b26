"""Who said one quotation: the fallback chain of quotes.py's docstring, from the cues of its sentence.

Takes a quotation, its sentence (masked: the quoted words hidden), the speaker cues quote_speakers.py's
Attributor paired there and what the article has named so far (Recent); gives the speaker's name, or
None. Also the checks of a sentence the chain asks: whether it speaks at all, whether its verb opens a
clause (its subject the one who spoke before), whether a place speaks, a definite role noun's person,
and a Chinese or Japanese sentence's speaking organisation or name next to its verb.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from .entities import Span
from .quotation_marks import Quoted
from .quote_cues import Cues
from .quote_joint import joint_subject, opens_sentence
from .quote_cjk import (cjk_next_to_verb, cjk_organisation, continuing_opener, korean_reporter, korean_subject_after,
                        korean_subject_dropped, korean_topic)
from .quote_passive import passive_agent
from .quote_recent import Recent, few_words_outside, own_subject, speaker_by_role
from .quote_sentences import cjk_topic, clause_descriptor, outside_opening_clause, own_speaker_first
from .quote_speakers import SPEAKING_KINDS, Attributor
from .quote_unlisted import colon_label, headline_speaker, unlisted_speaker
from ..text import KANA_HAN

_TOPIC = ("는 ", "은 ")  # a Korean topic particle and the space after it, written onto a closing mark
_NOMINAL = ("ことで", "ことに", "ことを", "ことが", "ことは", "ことから")  # ('「…」ことで': a Japanese clause made a noun)
_NAMING = ("라는", "이라는")  # '"…"라는 전제 조건': a Korean quotation naming something, not speech
_COLON_BEFORE = re.compile(r":\s*$")  # "As Lankov put it: “…”": a colon introduces speech
# What may stand between a clause's start and a verb whose subject was dropped: an auxiliary
# ("ha assicurato", "a également jugé", "je rekao") or an adverb of the conjunctions list.
_CLAUSE_BREAK = re.compile(r"[,;:–—―\-”\"»“’«„(]|(?<!\w)Q+(?!\w)")  # (Q: a masked quotation's words)
# A sentence opening with a name of two to four capitalised words and a comma ("Jean H. Lee, a Koreas expert with …,
# said"): the verb after the appositive has that name for its subject, even one the entity list does not know, and
# does not carry the previous speaker on. (A masked quotation's Q-words are no name.)
_NAME_THEN_APPOSITIVE = re.compile(r"\s*(?:(?!Q+\s)[A-ZÀ-ÞА-ЯЁ][\w'’.-]*\s+){1,3}(?!Q+\s*,)[A-ZÀ-ÞА-ЯЁ][\w'’.-]*\s*,")
_ISSUER_REACH = 60  # characters from a body's name to the statement word it issued ("Kremlin’in internet sitesindeki bilgi notunda")
_VERB_CLOSES = re.compile(r"\w[\w ]{0,30}[\s.!?…\"”»]*")  # a speech verb (its words) and the sentence's end only
_CLAUSE_END = re.compile(r"[,;:.!?]")  # (not a body named in a clause of its own: "After the UN vote, the statement …")


def signed_by(masked: str, quote: Quoted, spans: list[Span]) -> str | None:
    """The person or organisation whose name alone closes the paragraph after a dash, signing the quotation
    before it ('"A new chapter in the friendship …" - Le Monde'), or None."""
    signed = _SIGNED.match(masked, quote.end)
    if signed is None:
        return None
    return next((s.name for s in spans if s.start == signed.end() and s.kind in SPEAKING_KINDS and s.name
                 and not masked[s.end:].strip(" .\t\n")), None)


_SIGNED = re.compile(r"[\s\"”»“.,]*[-–—]\s*")  # between a quotation and the name that signs it: '"…" - Name'


CITED_REACH = 40  # from "citing" to the source's name: "citant une déclaration du ministère …"


def cited_source(attributor: Attributor, masked: str, named: list[Span], quote: Quoted, hi: int, lo: int = 0,
                 stand_in=None) -> str | None:
    """The person or organisation a medium cites after the quotation ("«…», a rapporté le média, citant une
    déclaration du ministère …", "…, Yonhap reported, citing the Defence Ministry"), else before it in its sentence
    from `lo` ("朝中社援引朝鲜劳动党中央军事委员会声明说，…“…”"), or None. `stand_in(descriptor, before)`, when
    given, resolves a descriptor cited instead of a name ("— сообщило агентство, цитируя российского президента")."""
    citing = attributor.cues.citing
    found = citing.search(masked, quote.end, hi) if citing is not None else None
    found = found or (citing.search(masked, lo, quote.start) if citing is not None and lo < quote.start else None)
    if found is None:
        return None
    name = next((s.name for s in named if found.end() <= s.start <= found.end() + CITED_REACH and s.name
                 and s.kind in SPEAKING_KINDS and not attributor.is_agency(s)), None)
    if name is not None or stand_in is None or attributor.cues.descriptor is None:
        return name
    rest = masked[found.end():hi]
    at = found.end() + len(rest) - len(rest.lstrip())
    phrase = attributor.cues.descriptor.match(masked[at:hi].lower())
    descriptor = attributor.cues.descriptor_of(phrase.group(0)) if phrase else None
    return stand_in(descriptor, [s for s in named if s.start < at]) if descriptor else None


def quotation_speaker(attributor, masked, lo, hi, quote, named, people, resolved, recent, *, bare, quote_only,
                      previous, sentence, unknown, last_subject, last_speaker, number, headline, stand_in, sender=None,
                      first=False, following=None) -> str | None:
    """The speaker of one quotation: the fallback chain of quotes.py's docstring."""
    if people and attributor.cues.prepositions:
        # A name a preposition governs is nobody's subject ("Insieme a Emmanuel Macron, … ha sottolineato"): as if not named.
        governed = [s for s in people if attributor.governed(masked, s, lo, hi)]
        if governed:
            people = [s for s in people if s not in governed]
            named = [s for s in named if s not in governed]
    # (nor is one in a subordinate clause opening the sentence, the quotation after its comma: "After Kim …, the two …")
    named, people, resolved = outside_opening_clause(attributor.cues, masked, lo, quote.start, named, people, resolved)
    if joint_subject(attributor, masked, named, hi, lo, resolved) or masked.startswith(_NOMINAL, quote.end) \
            and not has_speech(attributor.cues, masked, lo, hi):
        return None  # "Scholz and Macron also pledged “…”": both's, neither's alone; "両国の関係が「…」ことで": no one's
    if bare and previous:
        return previous
    if quote_only and sentence:
        return sentence  # '"..." Park said. "We will ..."'
    if quote_only and last_speaker and last_speaker[0] == number - 1:
        return last_speaker[1]  # "Договор подписан, заявил Шольц. “…”": the sentence of only quotation goes on his words
    if last_speaker and last_speaker[0] >= number - 2 and continuing_opener(attributor.cues, masked, named, lo, quote.start):
        return last_speaker[1]  # "金委員長は「…」と答えた。また「…」とし、プーチン大統領が…": his words go on
    agent = passive_agent(attributor, masked, named, lo, quote.start, quote.end, hi)
    if agent is not None:
        if agent[0] == "name":
            return agent[1]
        descriptor = attributor.cues.descriptor_of(agent[1])
        speaker = stand_in(descriptor, [s for s in named if s.start < quote.start]) if descriptor else None
        if speaker:
            return speaker
    label = colon_label(attributor.cues, masked, people, quote, lo, has_speech)
    if label:
        return label  # "北韓領導人金正恩：「…」": the person a colon labels as the quotation's speaker
    if resolved:
        pairs = [(p.position, name) for p, name in own_speaker_first(attributor.cues, masked, lo, resolved)]
        if following is not None and any(position < quote.start for position, _ in pairs):
            # "Scholz ha elogiado … “…”, mientras que Macron ha descrito … “…”": a speaker between this quotation and
            # the next one speaks that one; this one is its own speaker's before it
            pairs = [(position, name) for position, name in pairs if not quote.end <= position < following]
        return _nearest(pairs, [position for position, _ in pairs], quote)
    if unknown or unlisted_speaker(attributor.cues, masked, named, quote, lo, hi):
        return None  # ("研究员史密斯说：「…」": a person the briefing does not list speaks, not the one before)
    if sender and not people and not any(s.kind == "organisation" and not attributor.is_agency(s) for s in named):
        return sender  # "В телеграмме также отмечается … «…»": the message's words are its sender's
    korean = attributor.soundbite_speaker(masked, named, lo, quote.start) \
        or korean_reporter(attributor, masked, named, lo, quote.start, quote.end, hi) \
        or attributor.korean_subject(masked, named, lo, hi, quote.start, recent.surnames)  # ("<Name / role> “…”" first)
    if korean is None and not named:
        korean = attributor.korean_label(masked, lo, quote.start, recent)  # "- 김부부장: “…”"
    if korean is None and not people:
        korean = korean_subject_after(attributor, masked, named, quote.end, hi, recent.surnames)
    if korean is not None:
        return korean or None  # ("": the sentence's subject is someone not named, "국가두마 의장은")
    if people and last_speaker and last_speaker[0] >= number - 1 and korean_subject_dropped(attributor.cues, masked, named, lo, quote.start, hi):
        return last_speaker[1]  # "A 장관과 B 장관 간 … "…"이라고 강조했다": names marked as no subject, the speaker goes on
    if last_speaker and last_speaker[0] >= number - 1 and korean_topic(masked, named, lo, quote.start) == last_speaker[1]:
        return last_speaker[1]  # "북한은 아울러 "…"" with no verb after it (cut off): the topic that spoke just before goes on
    descriptor = attributor.korean_descriptor(masked, lo, hi)
    if descriptor is not None:  # "…"이라고 대리인은 말했다: the person named before whose role fits
        named_before = stand_in(descriptor, [s for s in named if s.start < quote.start])
        if named_before:
            return named_before
    if headline:  # a headline's quotation counts only with a speech verb by its speaker, or its speaker beside it
        return headline_speaker(masked, named, quote, lo, SPEAKING_KINDS)
    it = attributor.cues.organisation_pronoun
    if it is not None:
        for match in it.finditer(masked, lo, hi):
            # (a person named before the quotation is no subject of '"…", it said': "Putin's visit is "…", it said")
            if (not people or match.start() >= quote.end) and attributor.cues.after_name.match(masked, match.end(), hi):
                # '"…," it said': the organisation that spoke last, else the last one named nearby
                if last_speaker and last_speaker[1] in recent.organisations and last_speaker[0] >= number - 2:
                    return last_speaker[1]
                organisation = recent.organisation_since(number - 2)
                if organisation:
                    return organisation
                break
    statement = attributor.cues.statement.search(masked, lo, hi)
    if statement is not None and people and KANA_HAN.match(statement.group()):
        statement = None  # (a Chinese or Japanese one speaks only in a sentence naming nobody: see languages/quotes.yml)
    # (not when a person opening the sentence, maybe after a title, is its subject: "Scholz s Macronom označil zmluvu za
    # dokument, ktorý …"; but "Указ, підписаний Кімом, … йдеться в комюніке" is the document's)
    impersonal = attributor.cues.impersonal
    after = next((s for s in people if s.start >= quote.end), None)  # ('«…», a insisté le vice-ministre X dans le communiqué')
    if after and attributor.cues.verb_after(masked, quote.end):
        statement = None  # (the one the inverted verb right after the quotation names speaks, not the statement's body)
    if statement is not None and (attributor.cues.verb.search(masked, lo, hi) and not _negated(attributor.cues, masked, lo, hi)
                                  or attributor.cues.cjk_speech.search(masked, lo, hi)
                                  or impersonal is not None and impersonal.search(masked, lo, hi)) and not (
            people and people[0].start < statement.start() and opens_sentence(masked[lo:people[0].start])):
        # (the body the sentence names as the statement's, before it, issued it: "Kremlin’in … bilgi notunda, … “…”
        # … belirtildi", not whoever spoke the sentence before)
        issuer = next((s.name for s in named if s.kind == "organisation" and s.name and s.start < statement.start()
                       and statement.start() - s.end <= _ISSUER_REACH and not _CLAUSE_END.search(masked, s.end, statement.start())
                       and not attributor.is_agency(s)), None)
        if issuer is None and last_speaker and last_speaker[0] >= number - 1:
            return last_speaker[1]
        organisation = issuer or next((s.name for s in named if s.kind == "organisation" and s.name), None)
        return organisation or recent.organisation_since(number - 2) or (
            last_speaker[1] if last_speaker and last_speaker[0] >= number - 3 else None)  # (not one from far before)
    said = impersonal.search(masked, lo, hi) if impersonal is not None and last_speaker and last_speaker[0] >= number - 3 \
        and last_speaker[1] in recent.organisations else None
    # (one named after an impersonal verb opening the sentence is in what it reports: "Подчеркивается, что … Макроном")
    if said is not None and (not people or not masked[lo:said.start()].strip()) \
            and not any(s.kind == "organisation" and not attributor.is_agency(s) for s in named):
        return last_speaker[1]  # "Об этом сообщила пресс-служба Совбеза. … Отмечается, что «…»"
    # Without a speaker paired with a verb, someone merely named in the sentence speaks only when it speaks at all
    # ("портреты Шольца с подписью «…»" is a caption's words, not Scholz's).
    speech = has_speech(attributor.cues, masked, lo, hi) or _COLON_BEFORE.search(masked, max(lo, quote.start - 3), quote.start)
    if speech and named and attributor.cues.cjk_speech.search(masked, lo, hi):
        direct = cjk_next_to_verb(attributor, masked, named, lo, hi, quote.start)
        if direct:
            return direct  # "…，俄罗斯官方新闻机构塔斯社表示": who stands right before the verb, before or after the quotation
    title = attributor.cues.cjk_topic_title
    topic = title.search(masked, lo, quote.start) if title is not None and speech and attributor.cues.cjk_speech.search(
        masked, lo, hi) else None
    if topic is not None and (not people or topic.start() < people[0].start) \
            and not any(s.kind == "person" and 0 <= topic.start() - s.end <= 1 for s in named):
        # "上田外相は…、プーチン大統領が…「…」と述べた": an office-holder the briefing does not know is the topic
        # (a known one's name stands right before the title): no person named after speaks, nor one before
        return None
    topic = cjk_topic(attributor.cues, masked, named, lo, people[0].start) if speech and people and people[0].start < quote.start \
        and attributor.cues.cjk_speech.search(masked, lo, hi) else None
    if topic:
        return topic  # "北朝鮮は、…外相が…「…」とした": the topic speaks, not the person a clause names
    body = next((s for s in named if s.kind != "place"), None) if speech and not people else None
    if body is not None and body.kind == "organisation" and body.name and masked.startswith(",", body.end) \
            and opens_sentence(masked[lo:body.start]) \
            and _VERB_CLOSES.fullmatch(masked, _last_verb_start(attributor, masked, quote.end, hi), hi):
        # "Kuzey Kore'nin devlet haber ajansı KCNA, … “…” olduğunu bildirdi.": a body opening the sentence (maybe
        # after its state and title), a comma after it, the speech verb closing it (a verb-final language's subject)
        return body.name
    if speech and people and people[0].start < quote.start and (statement is None or statement.start() < quote.end):
        # (not when the sentence cites a statement after the quotation: "… X, et a «…», selon un communiqué du ministère")
        # "그는 정부가 푸틴 대통령 방북 이전부터 … "…"고 말했다": a pronoun opening the sentence, before anyone
        # it names, is its subject (the person named after it is in what it says): the last subject speaks
        opener = attributor.pronouns(masked, lo, people[0].start)[:1]
        if opener and last_subject and len(masked[lo:opener[0][0]].split()) <= 1:
            return last_subject
        return people[0].name
    if not people and attributor.cues.cjk_speech.search(masked, lo, hi):
        cjk = attributor.cues.cjk_descriptor
        word = cjk.search(masked, lo, quote.start) if cjk is not None else None
        if word is not None:  # "同通信は「…」と述べた": the agency named before
            organisation = stand_in(attributor.cues.descriptors_cjk[word.group(0)],
                                    [s for s in named if s.start < quote.start])
            if organisation:
                return organisation
        organisation = cjk_organisation(attributor, masked, named, quote.start)
        if organisation:
            return organisation  # "TASSは「…」とした", "塔斯社称：“…”": the organisation the sentence is about
        if not any(s.kind == "organisation" for s in named) and attributor.cues.cjk_dropped.search(masked, lo, hi):
            # "マクロン氏は…表明。「…」と述べた": Japanese drops the subject named before; one that spoke in the
            # sentence just before goes on, a body or a state too ("声明では「…」と評価。今後も「…」と表明"), when
            # no subject the briefing does not know is marked before the quotation ("国家安全保障委員会は「…」")
            dropped = not any(mark in masked[lo:quote.start] for mark in attributor.cues.cjk_subject_marks)
            if dropped and last_speaker and last_speaker[0] == number - 1:
                return last_speaker[1]
            # (a subject the briefing does not know marked before it, "…所長・山田教授は「…」と話した": nobody known; "彼は": he)
            return last_subject if dropped or attributor.cues.cjk_pronoun.search(masked, lo, quote.start) else None
    pronoun = attributor.pronouns(masked, lo, hi) or attributor.cues.cjk_pronoun.search(masked, lo, hi)
    if pronoun or not people and attributor.cues.subject_verb.search(masked, lo, hi):
        # (unless a person's descriptor opens the quotation's own clause: "Il …, lorsque le dirigeant … a offert le « … »";
        # a role noun its verb's subject, no pronoun, is whom the article last gave that role: "Президент подчеркнул, что «…»")
        return clause_descriptor(attributor.cues, masked, lo, quote.start, named, stand_in) or (
            None if pronoun else speaker_by_role(attributor, masked[lo:hi], recent)) or last_subject
    opening = attributor.cues.opening_verb
    if not people and opening is not None and opening.search(masked[lo:hi]):
        # "Pero afirmó que Rusia “…”", "– …, – mówił.": the subject goes on speaking; a body that spoke in the
        # sentence just before is that subject ("El comité subrayó … «…». También indicó que …")
        if last_speaker and last_speaker[0] >= number - 1 and last_speaker[1] in recent.organisations:
            return last_speaker[1]
        return last_subject
    if after and has_speech(attributor.cues, masked, quote.end, hi) and not _negated(attributor.cues, masked, quote.end, hi) \
            and not _after_verb_governed(attributor.cues, masked, quote.end, after.start):
        # named after the quotation, with its verb there too ("“…。”马克龙总统说", "“…,” said Macron"; not "did not say", nor
        # '"…," the secretary said … after his meeting with Secretary General X': X is no subject of that verb)
        return after.name
    # "«…», — подчеркнул президент": a role noun by the verb is whom the article last gave that role ("Президент Франции …").
    by_role = speaker_by_role(attributor, masked[lo:hi], recent)
    if by_role:
        return by_role
    # "«…», dijo Sánchez. Luego aseguró que es «…»", "…“, sagte Scholz. Deutschland schließe „…“ nicht aus": a speech
    # verb without its subject (Spanish, Italian, Portuguese drop it) or German reported speech (Konjunktiv) goes on
    # quoting whoever spoke a sentence or two before, when nobody else is named. The verb must have no subject of its
    # own: "Posters in the city promised “…”" is the posters'.
    if last_speaker and last_speaker[0] >= number - 2 and not any(s.kind in ("person", "organisation") for s in named) \
            and (verb_opens_clause(attributor.cues, masked, lo, hi) or attributor.cues.reported.search(masked, lo, hi)
                 or not sentence and attributor.cues.korean_speech.search(masked, quote.end, hi)) \
            and not place_speaks(attributor, masked, named, lo, hi):
        return last_speaker[1]
    going_on = sentence or previous  # (this paragraph's last speaker, else the one before)
    if going_on and (verb_opens_clause(attributor.cues, masked, lo, hi) or attributor.cues.korean_speech.search(masked, lo, hi)
                     or attributor.cues.cjk_speech.search(masked, lo, hi)) and not place_speaks(attributor, masked, named, lo, hi):
        return going_on  # "이어 “…”고 덧붙였다": the speaker goes on
    # (the paragraph before goes on only into a paragraph's first quotation: after '“…,” the Russian representative
    # says.' nobody known speaks, and "“…”" next is not the previous paragraph's; a document the paragraph names
    # before is what it quotes: "В документе … указано, что … «…»")
    going_on = sentence or (previous if first else None)
    # (a place named beside it speaks nothing: 'Tra i temi trattati, "…" dei soldati inviati nel Kursk')
    if going_on and not any(s.kind in SPEAKING_KINDS for s in named) and not has_speech(attributor.cues, masked, lo, hi) \
            and _first_end(attributor.cues.statement, masked) > hi and not masked.startswith(_NAMING + _TOPIC, quote.end) and (
            few_words_outside(masked, lo, hi) or going_on in recent.organisations and not own_subject(attributor.cues, masked, lo)):
        # 'The telegram reads: "…". "…", -', and a body's statement quoted on in the next paragraph with no
        # verb ('El hecho promoverá “…”' after '…”, señala el comunicado'), nobody named between: its words
        return going_on
    if sentence and sentence in recent.agencies and last_speaker == (number - 1, sentence) \
            and not has_speech(attributor.cues, masked, lo, hi):
        # '…", secondo la Kcna. Kim e Shoigu hanno inoltre "…"': a quotation with no speech cue in its sentence, right
        # after a sentence of the same paragraph an agency spoke, is the agency's report going on
        return sentence
    return None


@functools.lru_cache(maxsize=8)
def _first_end(pattern: re.Pattern[str], text: str) -> int:
    """Where `pattern` first matches in the paragraph `text` ends (past its end when nowhere): asked at every
    quotation whether a statement was named before it, read once, not once per quotation."""
    found = pattern.search(text)
    return found.end() if found else len(text) + 1


def topic_quote(cues: Cues, masked: str, quote: Quoted, lo: int, hi: int) -> bool:
    """Whether a Korean quotation is its sentence's topic, no speech verb there ("헌법을 보면 '…'는 국무위원장의
    권한이다": a clause of a text the sentence tells about, no one's words). One ending in a verb ('…제공한다'는
    내용) is no topic: its 는 makes it the content of the noun after it, a text's own words."""
    return masked.startswith(_TOPIC, quote.end) and not quote.text.endswith("다") and not has_speech(cues, masked, lo, hi)


def _nearest(pairs: list[tuple[int, str]], positions: list[int], quote: Quoted) -> str:
    """The name of the pair nearest the quotation: what min(pairs, key=_distance) gives (the first of
    equals), found by position in `pairs` (sorted; `positions` are theirs) instead of measuring every pair."""
    inside = bisect_left(positions, quote.start)
    if inside < len(pairs) and positions[inside] < quote.end:
        return pairs[inside][1]  # a negative distance: the smallest is the first inside
    best = None
    if inside:
        best = bisect_left(positions, positions[inside - 1])  # the first pair at the nearest position before
    after = bisect_left(positions, quote.end)
    if after < len(pairs) and (best is None or _distance(positions[after], quote) < _distance(positions[best], quote)):
        best = after
    return pairs[best][1]


def _distance(position: int, quote: Quoted) -> int:
    return quote.start - position if position < quote.start else position - quote.end


def _last_verb_start(attributor: Attributor, masked: str, start: int, hi: int) -> int:
    """Where the last speech verb of masked[start:hi] starts, else `hi`."""
    found = hi
    for verb in attributor.cues.verb.finditer(masked, start, hi):
        found = verb.start()
    return found


def verb_opens_clause(cues: Cues, masked: str, lo: int, hi: int) -> bool:
    """Whether a speech verb of masked[lo:hi] opens its clause, so that its subject is the one who
    spoke before ("Luego aseguró que …", "De este modo, prosigue la nota", "Allo stesso modo, ha
    assicurato"), not a noun of its own before it ("Posters in the city promised “…”")."""
    for verb in cues.verb.finditer(masked, lo, hi):
        head = masked[lo:verb.start()]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
        words = head[breaks[-1] if breaks else 0:].split()
        if len(breaks) >= 2 and _NAME_THEN_APPOSITIVE.match(head):
            continue
        if all(w.lower() in cues.conjunctions or w.lower() in cues.auxiliaries for w in words):
            return True
    return False


def place_speaks(attributor: Attributor, masked: str, named: list[Span], lo: int, hi: int) -> bool:
    """Whether a name is the subject of the sentence's speech verb, right before it ("Corea del Norte
    afirmó que “…”", "Berlín dijo"): a country or a city speaking, not the last speaker going on.
    A capitalised word opening the sentence may be a conjunction ("Pero afirmó"), which is no subject."""
    verb = attributor.cues.verb.search(masked, lo, hi)
    if verb is None:
        return False
    if any(s.kind == "place" and s.end <= verb.start() and not masked[s.end:verb.start()].strip() for s in named):
        return True
    before = masked[max(lo, verb.start() - 40):verb.start()].split()[-1:]
    word = before[0] if before else ""
    # (a word opening with Q may be a masked quotation and its particle, "QQQ이라고": no name)
    return word[:1].isupper() and word.isalpha() and not word.startswith("Q") \
        and word.lower() not in attributor.cues.conjunctions


def _negated(cues: Cues, masked: str, lo: int, hi: int) -> bool:
    """Whether every speech verb of masked[lo:hi] has a negation among the two words before it ("Putin did not say")."""
    verbs = list(cues.verb.finditer(masked, lo, hi))
    return bool(verbs) and all(cues.negated(masked[max(lo, v.start() - 30):v.start()].split()[-2:]) for v in verbs)


def _after_verb_governed(cues: Cues, masked: str, lo: int, at: int) -> bool:
    """Whether a preposition stands between a speech verb of masked[lo:at] and the name at `at` ('"…," the secretary said
    … after his meeting with Secretary General X': X is in a phrase of the verb's, not its subject)."""
    verb = cues.cue.search(" " + masked[lo:at].lower())
    return verb is not None and any(w.strip(",.;:") in cues.prepositions for w in masked[lo + verb.end() - 1:at].lower().split())


def has_speech(cues: Cues, masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] holds a speech verb or cue word in any language we hold."""
    return bool(cues.korean_speech.search(masked, lo, hi) or cues.cjk_speech.search(masked, lo, hi)) \
        or cues.cue.search(" " + masked[lo:hi].lower()) is not None

