"""Direct quotations and who said them; the same statement grouped across outlets.

A quotation is attributed by the sentence around it, with the quoted words masked so names inside
a quote never count as its speaker. The cues are data (data/quotes.yml, and the speech verbs of
data/entities.yml), compiled in quote_cues.py. In order:
1. a paragraph, or a sentence, that is nothing but quotation continues the speaker before it;
2. a speaker next to a speech verb: a person or an organisation named ("…", Putin said / — передаёт
   ЦТАК / stwierdziła komisja / declaró Putin …), a pronoun ("he said", "a-t-il averti": the last
   person who spoke or was a sentence's subject), or a descriptor ("the diplomat added", "so der
   russische Staatschef": the person named most recently whose role fits; "— передает агентство",
   "통신은 …고 전했다": the organisation named most recently that fits, else the first the next
   sentences name). A found name that opens with a role word ("Председатель Государственной")
   is a role, not a speaker. The nearest wins, except that a participle ("…, saying") hangs the
   quotation on the sentence's subject, and a news agency ("Tass reported") only speaks when nobody
   else does (else it is kept as `via`). These cues are found by quote_speakers.py;
3. Korean: the name the sentence marks as its subject (외교부는, 노동신문은) when it has a speech verb;
4. a written statement ("the statement reads", "йдеться у документі"): the speaker of the sentence
   before, else an organisation named here or in the two sentences before;
5. the first person named before the quotation, a pronoun, a person named anywhere, a definite role
   noun ("— подчеркнул президент");
   A verb that carries its subject where a language drops the pronoun ("وأضاف", '"…," ujarnya',
   '"…" dedi', "rekao je") stands for that last subject too, when nobody is named;
6. a speech verb with no speaker at all ("이어 “…”고 덧붙였다"): the speaker of the paragraph before.
Only quotations in quotation marks are quotes: reported speech ("According to Putin, this is …") is
never made into one; a quotation quoting a name in the same marks («… «Единая Россия» …») ends at
the mark that balances its opening one. A quotation must be plausible to be kept: three words or more (five in single
quotes, which apostrophes imitate), not a document's name ("Treaty on …", "…에 관한 조약"), not a
title in capitals, not a headline nobody is named saying.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import ChainMap
from dataclasses import replace
from typing import Iterable

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from .model import Mention, Paragraph, Quote
from .quotation_marks import OUTSIDE_QUOTES, _find_quoted, _Found, _mask, _sentence_bounds, SENTENCE_END, continued_quote
from .quote_cues import Cues, Descriptor, cues as load_cues
from .quote_recent import few_words_outside, own_subject
from .quote_speakers import Attributor, Recent, SpeechPair, _by_role, _has_speech, _place_speaks, _verb_opens_clause
from .text import KANA_HAN

_HEADLINE_WORDS = 16  # a line this short without a full stop, quoting nobody named, is a headline
_NAMING = ("라는", "이라는")  # '"…"라는 전제 조건': a Korean quotation naming something, not speech
_BLOCK_QUOTE_CHARS = 1200  # the longest paragraph taken as a block quotation without marks
_COLON_BEFORE = re.compile(r":\s*$")  # "As Lankov put it: “…”": a colon introduces speech


def _short(text: str) -> bool:
    """Whether `text` is as short as a headline: _HEADLINE_WORDS words, a Chinese or Japanese word
    counted as two characters."""
    words = len(text.split())
    return words <= _HEADLINE_WORDS and words + len(KANA_HAN.findall(text)) // 2 <= _HEADLINE_WORDS


def find_quotes(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge,
    notices: list[str] | None = None,
) -> tuple[Quote, ...]:
    """Quotations in the article with their speakers (canonical names) and relaying agency.

    `notices`, when given, gets one line for each stretch in quotation marks that is left out as
    not speech (a document's name, a title, a headline quoting nobody), for /report/."""
    index = EntityIndex.from_knowledge(knowledge)
    cues = load_cues(knowledge)
    attributor = Attributor(index, cues)
    mentions = tuple(mentions)
    found = [m for m in mentions if not m.known and m.kind == "person"]
    # A discovered name the text writes otherwise ("Ирины Савельевой"), as mentions.find_mentions
    # and the delegation read it: the same annotation, which the index has cached from the mentions.
    written = {form: m.name for m in found for form in m.forms if form != m.name and (" " in form or not form.isascii())}
    annotated = index.annotate(paragraphs, [m.name for m in found], written)
    # What this article gives its people, over every known entity's roles (not copied per article).
    roles = ChainMap({m.name: tuple(r.casefold() for r in (*m.roles, *_entity_roles(index, m.name))) for m in mentions},
                     cues.entity_roles)
    recent = Recent(roles, cues.agencies, cues.office_of_state)

    def stand_in(descriptor: Descriptor, before: list[Span], at: int, hi: int) -> str | None:
        """Whom a descriptor in paragraph `at`, sentence ending at `hi`, stands for."""
        return recent.stand_in(descriptor, before) or (
            _organisation_ahead(paragraphs, annotated, at, hi, descriptor, recent, cues) if descriptor.organisation else None) or (
            recent.state_office(number - 2, before) if descriptor.role == "office" else None)
    out: list[Quote] = []
    seen: set[tuple[str | None, str]] = set()
    last_subject: str | None = None  # the person an "he said" refers to
    previous_speaker: str | None = None  # speaker of the previous paragraph's last quote
    last_speaker: tuple[int, str] | None = None  # (sentence number, speaker) of the last speech pair
    sender: str | None = None  # who sent the written message the article quotes from
    number = 0  # sentences so far in the article
    waiting: int | None = None  # the quotation in `out` running on into this paragraph, speaker unknown
    unattributed: list[int] = []  # the previous paragraph's quotes, if bare quotation without a speaker
    block_from: str | None = None  # who the previous paragraph, ending in a colon, introduced
    for at, (paragraph, spans) in enumerate(zip(paragraphs, annotated)):
        text = paragraph.text
        found = _find_quoted(text, cues, notices)
        if not found:
            following = paragraphs[at + 1].text if at + 1 < len(paragraphs) else None
            running = continued_quote(text, following, cues)
            found = [running] if running is not None else found
            if not found and block_from and cues.first_person is not None and len(text) <= _BLOCK_QUOTE_CHARS \
                    and cues.first_person.search(text):
                # "…, говорится в заявлении:" then a paragraph of the statement's own words ("our armed
                # forces …") without quotation marks: a block quotation of whoever the colon introduced
                found = [_Found(0, len(text.rstrip()), text.strip())]
        else:
            running = None
        first_of_paragraph = len(out)
        masked = _mask(text, found)
        paragraph_speaker = None
        reported = None  # who this paragraph says said something, when it quotes nothing
        bare = not OUTSIDE_QUOTES.search(masked)  # nothing outside the quotation marks
        headline = not SENTENCE_END.search(text) and _short(text)  # (most paragraphs end in a full stop)
        # Names inside a quotation never speak it.
        spans = _outside(spans, found)
        span_starts = [s.start for s in spans]
        quote_starts = [q.start for q in found]
        sentence_speaker: str | None = None  # speaker of the last quote in this paragraph
        introduced: str | None = None  # who a paragraph ending "…, говорится в заявлении:" introduces
        colon_end = not found and masked[-4:].rstrip().endswith(":")
        for sentence_at, (lo, hi) in enumerate(_sentence_bounds(masked)):
            number += 1
            # The sentence's quotes and names, found by position (both lists are in text order).
            in_sentence = found[bisect_left(quote_starts, lo):bisect_left(quote_starts, hi)]
            named = spans[bisect_left(span_starts, lo):bisect_left(span_starts, hi)]
            people = [s for s in named if s.kind == "person" and s.name]
            pairs = attributor.speaking(masked, named, lo, hi, bool(in_sentence)) if (in_sentence or named) else []

            def resolve(pair: SpeechPair, before: list[Span]) -> str | None:
                if pair.kind == "pronoun":
                    # "Mr. Putin, speaking …, which he claimed": the sentence's subject, else the last one
                    opens = before and len(masked[lo:before[0].start].split()) <= 1  # "Mr. Putin, …"
                    return before[0].name if opens else last_subject
                if pair.kind == "role":
                    return recent.person_for(pair.name, before)
                if pair.kind == "descriptor":
                    descriptor = cues.descriptor_of(pair.name)
                    return stand_in(descriptor, [s for s in named if s.start < pair.position], at, hi) if descriptor else None
                return pair.name

            resolved = [(p, resolve(p, [s for s in people if s.start < p.position])) for p in pairs]
            # '"…," the Presidential Office said' with no such office named: someone the article does
            # not name speaks, and no fallback may guess who
            unknown = bool(resolved) and all(p.kind == "descriptor" and not name for p, name in resolved)
            resolved = [(p, name) for p, name in resolved if name]
            # The sentence's subject is the first person paired with a speech verb, a pronoun's too
            # ("Qualifiant M. Poutine de …, il a salué": il, not Poutine).
            here = {s.name for s in people}
            subject = next((name for _, name in resolved if name in recent.people or name in here), None) if resolved else None
            subject = subject or (people[0].name if people else None)
            quote_only = bool(in_sentence) and not OUTSIDE_QUOTES.search(masked, lo, hi)  # all quotation
            message = cues.message.search(masked, lo, hi) if cues.message is not None and (in_sentence or people) else None
            if message is not None and people and people[0].start < message.start():
                sender = people[0].name  # "Путин направил поздравительную телеграмму …"
            for quote in in_sentence:
                speaker = _speaker(
                    attributor, masked, lo, hi, quote, named, people, resolved, recent,
                    bare=bare, quote_only=quote_only, previous=previous_speaker, sentence=sentence_speaker, unknown=unknown,
                    last_subject=last_subject, last_speaker=last_speaker, number=number, headline=headline,
                    stand_in=lambda descriptor, before: stand_in(descriptor, before, at, hi),
                    sender=sender if message is not None else None, first=len(out) == first_of_paragraph,
                )
                if speaker is None and headline:
                    if notices is not None:
                        notices.append(f"quote {quote.text[:80]!r} dropped: a headline quoting nobody")
                    continue
                via = _via(attributor, named, lo, hi)
                key = (speaker, quote.text)
                if key not in seen:
                    seen.add(key)
                    out.append(Quote(text=quote.text, speaker=speaker, anchor=paragraph.anchor,
                                     via=via if via != speaker else None))
                paragraph_speaker = speaker
                sentence_speaker = speaker or sentence_speaker
            if not in_sentence and not resolved and named and not people:
                # "Об этом сообщила пресс-служба Совбеза РФ.": a body that spoke without quoting (people
                # are not looked for as organisations are in a sentence without quotation)
                body = next((s.name for s in named if s.kind == "organisation" and s.name
                             and not attributor.is_agency(s)), None)
                if body and _has_speech(cues, masked, lo, hi):
                    resolved = [(SpeechPair(named[0].start, body, "organisation", False), body)]
            if unattributed and sentence_at == 0 and not in_sentence and cues.said_so is not None \
                    and cues.said_so.search(masked, lo, hi):
                # "“…”" then "장호진 실장이 … 이같이 밝혔다" / "Об этом заявил …": the paragraph of bare
                # quotation before is the words of whoever this sentence says said so
                who = resolved[0][1] if resolved else attributor.korean_subject(masked, named, lo, hi, hi, recent.surnames) \
                    or (people[0].name if people and _has_speech(cues, masked, lo, hi) else None)
                if who:
                    for i in unattributed:
                        out[i] = replace(out[i], speaker=who)
            if colon_end and not in_sentence and hi >= len(masked) - 4 and masked[lo:hi].rstrip().endswith(":") \
                    and (attributor.cues.statement.search(masked, lo, hi) or cues.impersonal is not None and cues.impersonal.search(masked, lo, hi)):
                # "…, сообщается на сайте Совбеза:", "the statement said:" closing a paragraph: the
                # organisation it names introduces the quotation of the next paragraph
                introduced = next((s.name for s in named if s.kind == "organisation" and s.name and not attributor.is_agency(s)), None) \
                    or (resolved[0][1] if resolved else None)
            for span in named:
                recent.add(span, number, text)
            if resolved:
                last_speaker = (number, resolved[0][1])
                reported = resolved[0][1] if resolved[0][1] in recent.people else None
            if sentence_speaker and in_sentence:
                last_speaker = (number, sentence_speaker)
            if pairs and pairs[0].kind == "pronoun" and not subject:
                subject = last_subject
            if subject:
                last_subject = subject
            elif paragraph_speaker and paragraph_speaker in recent.people:
                last_subject = paragraph_speaker
        if waiting is not None and len(out) > first_of_paragraph:
            # A quotation running over paragraphs is the words of whoever its last paragraph quotes.
            if out[first_of_paragraph].speaker:
                out[waiting] = replace(out[waiting], speaker=out[first_of_paragraph].speaker)
            waiting = None
        if running is not None and out and out[-1].text == running.text and out[-1].speaker is None:
            waiting = len(out) - 1
            number -= 1  # (one sentence of quotation, no new one of the story's: a statement's issuer
            #             named before it is still near)
        # ("Putin ha anche affermato di voler …" then a paragraph of bare quotation: his words)
        previous_speaker = paragraph_speaker if found else introduced or reported
        block_from = introduced if not found else None  # (only the one paragraph right after the colon)
        # A paragraph of bare quotation nobody is named saying: the next paragraph may say who said it.
        unattributed = [i for i in range(first_of_paragraph, len(out)) if out[i].speaker is None] if bare and found else []
    return tuple(out)


def _speaker(attributor, masked, lo, hi, quote, named, people, resolved, recent, *, bare, quote_only, previous,
             sentence, unknown, last_subject, last_speaker, number, headline, stand_in, sender=None,
             first=False) -> str | None:
    """The speaker of one quotation: the fallback chain of the module's docstring."""
    if people and attributor.cues.prepositions:
        # A name governed by a preposition is nobody's subject ("Insieme a Vladimir Putin, … ha sottolineato"):
        # the fallbacks read the sentence as if it named nobody there.
        governed = [s for s in people if attributor.governed(masked, s, lo, hi)]
        if governed:
            people = [s for s in people if s not in governed]
            named = [s for s in named if s not in governed]
    if bare and previous:
        return previous
    if quote_only and sentence:
        return sentence  # '"..." Chang said. "We will ..."'
    agent = attributor.passive_agent(masked, named, lo, quote.start, quote.end, hi)
    if agent is not None:
        if agent[0] == "name":
            return agent[1]
        descriptor = attributor.cues.descriptor_of(agent[1])
        speaker = stand_in(descriptor, [s for s in named if s.start < quote.start]) if descriptor else None
        if speaker:
            return speaker
    if resolved:
        positions = [p.position for p, _ in resolved]
        return _nearest([(p.position, name) for p, name in resolved], positions, quote)
    if unknown:
        return None
    if sender and not people and not any(s.kind == "organisation" and not attributor.is_agency(s) for s in named):
        return sender  # "В телеграмме также отмечается … «…»": the message's words are its sender's
    korean = attributor.korean_subject(masked, named, lo, hi, quote.start, recent.surnames)
    if korean is not None:
        return korean or None  # ("": the sentence's subject is someone not named, "국가두마 의장은")
    descriptor = attributor.korean_descriptor(masked, lo, hi)
    if descriptor is not None:  # "…"이라고 대리인은 말했다: the person named before whose role fits
        named_before = stand_in(descriptor, [s for s in named if s.start < quote.start])
        if named_before:
            return named_before
    if headline:
        return None  # a headline's quotation counts only with a speech verb by its speaker
    it = attributor.cues.organisation_pronoun
    if it is not None and not people:
        for match in it.finditer(masked, lo, hi):
            if attributor.cues.after_name.match(masked, match.end(), hi):
                # '"…," it said': the organisation that spoke last, else the last one named nearby
                if last_speaker and last_speaker[1] in recent.organisations and last_speaker[0] >= number - 2:
                    return last_speaker[1]
                organisation = recent.organisation_since(number - 2)
                if organisation:
                    return organisation
                break
    statement = attributor.cues.statement.search(masked, lo, hi)
    # (not when a person opening the sentence is its subject: "Putin s Kimom označil zmluvu za dokument, ktorý …";
    # but "Указ, підписаний Кімом, … йдеться в комюніке" is the document's)
    if statement is not None and attributor.cues.verb.search(masked, lo, hi) and not (
            people and people[0].start < statement.start() and len(masked[lo:people[0].start].split()) <= 1):
        if last_speaker and last_speaker[0] >= number - 1:
            return last_speaker[1]
        organisation = next((s.name for s in named if s.kind == "organisation" and s.name), None)
        return organisation or recent.organisation_since(number - 2) or (last_speaker[1] if last_speaker else None)
    impersonal = attributor.cues.impersonal
    said = impersonal.search(masked, lo, hi) if impersonal is not None and last_speaker and last_speaker[0] >= number - 3 \
        and last_speaker[1] in recent.organisations else None
    # (a person named after an impersonal verb that opens the sentence is inside what it reports:
    # "Подчеркивается, что встреча прошла «…», достигнутых Путиным")
    if said is not None and (not people or not masked[lo:said.start()].strip()) \
            and not any(s.kind == "organisation" and not attributor.is_agency(s) for s in named):
        return last_speaker[1]  # "Об этом сообщила пресс-служба Совбеза. … Отмечается, что «…»"
    # Without a speaker paired with a verb, someone merely named in the sentence speaks only when
    # it speaks at all ("портреты Путина с подписью «…»" is a caption's words, not Putin's).
    speech = _has_speech(attributor.cues, masked, lo, hi) or _COLON_BEFORE.search(masked, max(lo, quote.start - 3), quote.start)
    if speech and people and people[0].start < quote.start:
        return people[0].name
    if not people and attributor.cues.cjk_speech.search(masked, lo, hi):
        cjk = attributor.cues.cjk_descriptor
        word = cjk.search(masked, lo, quote.start) if cjk is not None else None
        if word is not None:  # "同通信は「…」と述べた": the agency named before
            organisation = stand_in(attributor.cues.descriptors_cjk[word.group(0)],
                                    [s for s in named if s.start < quote.start])
            if organisation:
                return organisation
        organisation = attributor.cjk_organisation(masked, named, quote.start)
        if organisation:
            return organisation  # "KCNAは「…」とした", "朝中社称：“…”": the organisation the sentence is about
        if not any(s.kind == "organisation" for s in named) and attributor.cues.cjk_dropped.search(masked, lo, hi):
            return last_subject  # "プーチン氏は…表明。「…」と述べた": Japanese drops the subject named before
    if attributor.pronouns(masked, lo, hi) or attributor.cues.cjk_pronoun.search(masked, lo, hi) \
            or not people and attributor.cues.subject_verb.search(masked, lo, hi):
        return last_subject
    opening = attributor.cues.opening_verb
    if not people and opening is not None and opening.search(masked[lo:hi]):
        return last_subject  # "Pero afirmó que Rusia “…”", "– …, – mówił.": the subject goes on speaking
    if people and _has_speech(attributor.cues, masked, quote.end, hi):
        return people[0].name  # named after the quotation, with its verb there too ("“…。”普京总统说")
    # "«…», — подчеркнул президент": a definite role noun by the verb is the person this article
    # last gave that role ("Президент России Владимир Путин").
    by_role = _by_role(attributor, masked[lo:hi], recent)
    if by_role:
        return by_role
    # "«…», dijo Putin. Luego aseguró que es «…»", "…“, sagte Putin. Russland schließe „…“ nicht aus": a
    # speech verb without its subject (Spanish, Italian, Portuguese drop it) or German reported speech
    # (Konjunktiv) goes on quoting whoever spoke a sentence or two before, when nobody else is named.
    # The verb must have no subject of its own: "Posters in the city promised “…”" is the posters'.
    if last_speaker and last_speaker[0] >= number - 2 and not any(s.kind in ("person", "organisation") for s in named) \
            and (_verb_opens_clause(attributor.cues, masked, lo, hi) or attributor.cues.reported.search(masked, lo, hi)) \
            and not _place_speaks(attributor, masked, named, lo, hi):
        return last_speaker[1]
    going_on = sentence or previous  # (this paragraph's last speaker, else the one before)
    if going_on and (_verb_opens_clause(attributor.cues, masked, lo, hi) or attributor.cues.korean_speech.search(masked, lo, hi)
                     or attributor.cues.cjk_speech.search(masked, lo, hi)) and not _place_speaks(attributor, masked, named, lo, hi):
        return going_on  # "이어 “…”고 덧붙였다": the speaker goes on
    # (the paragraph before goes on only into a paragraph's first quotation: after '“…,” the Russian
    # representative says.' nobody known speaks, and "“…”" next is not the previous paragraph's; a
    # document the paragraph names before is what it quotes: "В документе … указано, что … «…»")
    going_on = sentence or (previous if first else None)
    if going_on and not named and not _has_speech(attributor.cues, masked, lo, hi) \
            and not attributor.cues.statement.search(masked, 0, hi) and not masked.startswith(_NAMING, quote.end) and (
            few_words_outside(masked, lo, hi) or going_on in recent.organisations and not own_subject(attributor.cues, masked, lo)):
        # 'The telegram reads: "…". "…", -', and a body's statement quoted on in the next paragraph with no
        # verb ('El hecho promoverá “…”' after '…”, señala el comunicado'), nobody named between: its words
        return going_on
    return None


def _organisation_ahead(paragraphs, annotated, at: int, hi: int, descriptor: Descriptor, recent: Recent,
                        cues: Cues) -> str | None:
    """The first organisation fitting `descriptor` named outside quotation marks after masked[:hi] of
    paragraph `at` or in the next paragraph: a lead may name its source only after quoting it
    ("«…», — передает агентство. ЦТАК также указывает …"). Read only when nobody before fits."""
    for number in (at, at + 1):
        if number >= len(paragraphs):
            break
        found = _find_quoted(paragraphs[number].text, cues)
        for span in _outside(annotated[number], found):
            if (number > at or span.start >= hi) and span.kind == "organisation" and span.name \
                    and recent.fits(span.name, descriptor):
                return span.name
    return None


def _outside(spans: list[Span], found: list[_Found]) -> list[Span]:
    """The spans that do not start inside a quotation (`found`: in text order, not overlapping)."""
    if not found:
        return list(spans)
    starts = [q.start for q in found]
    out = []
    for span in spans:
        i = bisect_right(starts, span.start) - 1
        if i < 0 or span.start >= found[i].end:
            out.append(span)
    return out


def _nearest(pairs: list[tuple[int, str]], positions: list[int], quote: _Found) -> str:
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


def _entity_roles(index: EntityIndex, name: str) -> tuple[str, ...]:
    entity = index.entities.get(name)
    return entity.roles if entity else ()


def _distance(position: int, quote: _Found) -> int:
    return quote.start - position if position < quote.start else position - quote.end


def _via(attributor: Attributor, spans: list[Span], lo: int, hi: int) -> str | None:
    for span in spans:
        if lo <= span.start < hi and attributor.is_agency(span):
            return span.name
    return None
