"""Direct quotations and who said them; the same statement grouped across outlets.

A quotation is attributed by the sentence around it, with the quoted words masked so names inside a quote never count
as its speaker. The cues are data (languages/quotes.yml, and the speech verbs of languages/names.yml), compiled in
quote_cues.py. In order:
1. a paragraph, or a sentence, that is nothing but quotation continues the speaker before it (or the one a broadcast's
   caption line above it names, quote_unlisted.py);
2. a speaker next to a speech verb: a person or an organisation named ("…", Scholz said / — передаёт ТАСС /
   stwierdziła komisja / declaró Sánchez …), a pronoun ("he said", "a-t-il averti": the last person who spoke or was a
   sentence's subject), or a descriptor ("the diplomat added", "so der russische Staatschef": the person named most
   recently whose role fits; "— передает агентство", "통신은 …고 전했다": the organisation named most recently that fits,
   else the first the next sentences name; a person's descriptor before anyone is named, "señaló la portavoz", the
   first person named after it, quote_ahead.py). A found name that opens with a role word ("Председатель
   Государственной") is a role, not a speaker. The nearest wins, except that a participle ("…, saying") hangs the
   quotation on the sentence's subject, and a news agency ("Tass reported") only speaks when nobody else does (else it
   is kept as `via`). These cues are found by quote_speakers.py;
3. Korean: the name the sentence marks as its subject (외교부는, 연합뉴스는) when it has a speech verb;
4. a written statement ("the statement reads", "йдеться у документі"): the speaker of the sentence before, else an
   organisation named here or in the two sentences before;
5. the first person named before the quotation, a pronoun, a person named anywhere, a definite role noun ("—
   подчеркнул президент"); a verb that carries its subject where a language drops the pronoun ("وأضاف", '"…,"
   ujarnya', '"…" dedi', "rekao je") stands for that last subject too, when nobody is named;
6. a speech verb with no speaker at all ("이어 “…”고 덧붙였다"): the speaker of the paragraph before. This chain is
   quote_fallbacks.py's.

Only quotations in quotation marks are quotes: reported speech ("According to Scholz, this is …") is never made into
one; a quotation quoting a name in the same marks («… «Единая Россия» …») ends at the mark that balances its opening
one. A quotation must be plausible to be kept: three words or more (five in single quotes, which apostrophes imitate;
three in lower case inside a sentence only when it names who said them), not a document's name ("Treaty on …", "…에 관한
조약"), not a title in capitals, not a headline (the title too) but for one whose speaker is named beside it ('장호진
"…"'), not a line of a few quoted words alone (a crosshead), not what a banner or a caption reads. A text cut off
inside its last quotation ends in one, as does a colon's quotation whose closing mark was lost, and a paragraph opens
with one whose opening mark was lost (open_quotes.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import ChainMap
from dataclasses import replace
from typing import Iterable

from .entities import EntityIndex, Span, starting_within
from .knowledge import Knowledge
from ..model import Mention, Paragraph, Quote
from .quote_ahead import NamedAhead, outside
from .open_quotes import continued_quote, cut_off_quote, dash_turn, lost_close_quote, lost_open_quote
from .masked_sentences import OUTSIDE_QUOTES, mask_quoted, sentence_bounds
from .quotation_marks import find_quoted, Quoted, SENTENCE_END
from .quote_cjk import cjk_spoken, cjk_turn, continuing_opener
from .quote_cues import Descriptor, cues as load_cues
from .quote_documents import story_document
from .quote_language import for_language
from .quote_furniture import crosshead, words, written_work
from .quote_hereinafter import defined_short_names
from .quote_incise import incise_speaker
from .quote_joint import epithet_speaker, other_clause, subject_called_it, subject_closes_it
from .quote_unlisted import caption_speaker
from .quote_fallbacks import cited_source, has_speech, quotation_speaker, signed_by, topic_quote
from .quote_recent import Recent, entity_roles
from .quote_sentences import appositive, brought_in_unnamed, provision_quoted, body_by_descriptor, descriptor_around, mask_relays, pronoun_before, titled_name
from .quote_voices import mask_voices
from .quoted_outlets import outlet_spans
from .quote_speakers import SPEAKING_KINDS, Attributor, SpeechPair, relaying
from .wrapped_quotes import headed, join_wrapped_quotes, unrepeated

_HEADLINE_WORDS = 16  # a line this short (both counts of words) without a full stop, quoting nobody named, is a headline
_BLOCK_QUOTE_CHARS = 1200  # the longest paragraph taken as a block quotation without marks
# Quotations (or speech pairs) one sentence is read for: more is no prose ('said: "' again and again), and reading
# each against the sentence's others and its names took time growing with the square of the paragraph's length.
_MOST_IN_SENTENCE = 60


def find_quotes(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge,
    notices: list[str] | None = None, language: str | None = None, title: str | None = None,
) -> tuple[Quote, ...]:
    """Quotations in the article with their speakers (canonical names) and relaying agency.

    `notices`, when given, gets one line for each stretch in quotation marks that is left out as
    not speech (a document's name, a title, a headline quoting nobody), for /report/. `language`, the article's:
    the words that stop a name from speaking are that language's where the data holds some (quote_language.py)."""
    index = EntityIndex.from_knowledge(knowledge)
    cues = for_language(load_cues(knowledge), language)
    paragraphs, titled = headed(join_wrapped_quotes(paragraphs), title)  # (hard-wrapped quotations joined; the headline first)
    mentions = tuple(mentions)
    found = [m for m in mentions if not m.known and m.kind == "person"]
    # A discovered name the text writes otherwise ("Ирины Савельевой"), as mentions and the roster read it (cached).
    written = {form: m.name for m in found for form in m.forms if form != m.name and (" " in form or not form.isascii())}
    annotated = index.annotate(paragraphs, [m.name for m in found], written)
    # (an outlet quoted as a source speaks as a news agency: "The Kyiv Post also reported that “…”")
    annotated, outlets = outlet_spans(knowledge, tuple(p.text for p in paragraphs), annotated)
    attributor = Attributor(index, cues, outlets)
    agencies = cues.agencies | outlets
    # What this article gives its people, over every known entity's roles (not copied per article).
    roles = ChainMap({m.name: tuple(r.casefold() for r in (*m.roles, *entity_roles(index, m.name))) for m in mentions},
                     cues.entity_roles)
    recent = Recent(roles, agencies, cues.office_of_state, cues.entity_roles, cues.organisations)
    texts = [p.text for p in paragraphs]
    defined = defined_short_names(cues, tuple(texts), annotated)  # "조선중앙통신(이하 통신)"
    ahead = NamedAhead(paragraphs, annotated, cues)

    def stand_in(descriptor: Descriptor, before: list[Span], at: int, hi: int) -> str | None:
        """Whom a descriptor in paragraph `at`, sentence ending at `hi`, stands for."""
        return defined.get(descriptor) or recent.stand_in(descriptor, before) or (
            ahead.of(at, hi, descriptor, recent)) or (
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
    pending: list[tuple[int, str]] = []  # ... and the speaker the paragraph before them names, if nothing after does
    mentioned_before: str | None = None  # the previous paragraph's `mentioned`
    wrapped: list[int] = []  # quotes nobody spoke in a sentence running on over hard-wrapped lines
    block_from: str | None = None  # who the previous paragraph, ending in a colon, introduced
    # ... or who it said spoke ("Путин заявил:" then "«…», – отмечается в обращении.": the colon's one, not a later "it")
    colon_from: str | None = None
    turn: tuple[int, str] | None = None  # (sentence number, speaker) of a speaker's turn going on past it
    from_title = 0
    for at, (paragraph, spans) in enumerate(zip(paragraphs, annotated)):
        text = paragraph.text
        following = paragraphs[at + 1].text if at + 1 < len(paragraphs) else None
        # a line the next goes on from in lower case, with no sentence ending it: a text's hard-wrapped line
        runs_on = not SENTENCE_END.search(text) and following is not None and following[:1].islower()
        found = find_quoted(text, cues, notices)
        if not found:
            running = continued_quote(text, following, cues)
            dash = dash_turn(text, paragraphs[at - 1].text if at else None, cues) if running is None else None  # "– …"
            found = [running or dash] if running or dash else found
            if not found and block_from and cues.first_person is not None and len(text) <= _BLOCK_QUOTE_CHARS \
                    and cues.first_person.search(text):
                # "…, говорится в заявлении:" then a paragraph of the statement's own words ("our armed
                # forces …") without quotation marks: a block quotation of whoever the colon introduced
                found = [Quoted(0, len(text.rstrip()), text.strip())]
        else:
            running = None
        # (a page cut short in its last quotation, a colon's quotation that lost its closing mark: no headline)
        cut = cut_off_quote(text, found, cues) if at == len(paragraphs) - 1 else None
        cut = cut or (lost_close_quote(text, found, cues) or lost_open_quote(text, found, cues) if running is None else None)
        found = [q for q in found if q.start < cut.start] + [cut] if cut is not None else found  # (one after it: inside it)
        first_of_paragraph = len(out)
        from_title = len(out) if at == 1 and titled else from_title  # (the headline's quotations: out[:from_title])
        masked = mask_voices(knowledge, mask_relays(knowledge, mask_quoted(text, found), spans), spans)  # ("podle agentury AP": no speaker)
        paragraph_speaker = None
        reported = None  # who this paragraph says said something, when it quotes nothing
        mentioned = None  # ... the one person a sentence of it names beside a speech word, no speech pair read
        bare = not OUTSIDE_QUOTES.search(masked)  # nothing outside the quotation marks
        headline = at == 0 and titled or cut is None and not SENTENCE_END.search(text) and not runs_on \
            and max(len(text.split()), words(text)) <= _HEADLINE_WORDS  # (most paragraphs end in a full stop; a wrapped line is no headline)
        # (or a last sentence the page cuts off, a clause and a speech verb in it: said so on /report/, a headline kept out)
        cut_short = headline and at == len(paragraphs) - 1 and at and ", " in text and has_speech(cues, masked, 0, len(masked))
        # Names inside a quotation never speak it.
        spans = outside(spans, found)
        span_starts = [s.start for s in spans]
        quote_starts = [q.start for q in found]
        sentence_speaker: str | None = None  # speaker of the last quote in this paragraph
        introduced: str | None = None  # who a paragraph ending "…, говорится в заявлении:" introduces
        lone: str | None = None
        colon_end = not found and masked[-4:].rstrip().endswith(":")
        bare_before: list[int] = []  # the previous sentence's quotations, when it was all quotation nobody spoke
        for sentence_at, (lo, hi) in enumerate(sentence_bounds(masked)):
            number += 1
            # The sentence's quotes and names, found by position (both lists are in text order).
            in_sentence = found[bisect_left(quote_starts, lo):bisect_left(quote_starts, hi)]
            named = spans[bisect_left(span_starts, lo):bisect_left(span_starts, hi)]
            if len(in_sentence) > _MOST_IN_SENTENCE and notices is not None:
                notices.append(f"quote {in_sentence[0].text[:80]!r} dropped, and {len(in_sentence) - 1} more: a sentence "
                               f"of {len(in_sentence)} quotations, not speech")
            in_sentence = in_sentence if len(in_sentence) <= _MOST_IN_SENTENCE else []
            people = [s for s in named if s.kind == "person" and s.name]
            # (and a colon's sentence for its descriptor too: "Министр иностранных дел РФ сказал:" then the paragraph quoted)
            pairs = attributor.speaking(masked, named, lo, hi, bool(in_sentence) or colon_end and hi >= len(masked) - 4) \
                if (in_sentence or named or colon_end) else []
            pairs = pairs if len(pairs) <= _MOST_IN_SENTENCE else []

            def resolve(pair: SpeechPair, before: list[Span]) -> str | None:
                if pair.kind == "pronoun":
                    # "Mr. Macron, speaking …, which he claimed": the sentence's subject, else the last one;
                    # a subject may open with its role in apposition ("The army chief, Carsten Breuer, …")
                    opens = before and (len(masked[lo:before[0].start].split()) <= 1 or appositive(masked, lo, before[0]))
                    return before[0].name if opens else last_subject
                if pair.kind == "role":
                    return recent.person_for(pair.name, before)
                if pair.kind == "descriptor":
                    descriptor = cues.descriptor_of(pair.name)
                    body = stand_in(descriptor, [s for s in named if s.start < pair.position], at, hi) if descriptor else None
                    if body and not descriptor.organisation and brought_in_unnamed(
                            cues, pair.name, texts, annotated, at, pair.position, body):
                        return None  # "a North Korean official … “…,” the North Korean official says": not the leader
                    # (no one it stands for: the title of the name right after it, "said the foreign minister, Lavrov")
                    return body or titled_name(cues, masked, pair.position + len(pair.name), people, hi)
                return pair.name

            resolved = [(p, resolve(p, [s for s in people if s.start < p.position])) for p in pairs]
            # '"…," the Presidential Office said' with no such office named: someone unnamed speaks, no fallback guesses
            unknown = bool(resolved) and all(p.kind == "descriptor" and not name for p, name in resolved)
            resolved = [(p, name) for p, name in resolved if name]
            # The subject: the first person paired with a speech verb, a pronoun's too ("Qualifiant M. Scholz …, il a salué")
            here = {s.name for s in people}
            subject = next((name for _, name in resolved if name in recent.people or name in here), None) if resolved else None
            if not subject and people and last_subject and pronoun_before(attributor, masked, lo, people[0]):
                # "Pernyataan itu ia sampaikan usai … pertemuan dengan Putin": a subject pronoun before the
                # sentence's first name is its subject (the last one), and the name only its object
                subject = last_subject
            # (not a name a preposition governs: "…», lembrou, referindo-se ao encontro com Kim": Kim is no subject)
            subject = subject or next((s.name for s in people if not attributor.governed(masked, s, lo, hi)), None)
            if in_sentence and continuing_opener(cues, masked, named, lo, in_sentence[0].start):
                subject = None  # "また「…」とし、プーチン大統領が…": the speaker going on stays the subject, not the name after
            quote_only = bool(in_sentence) and not OUTSIDE_QUOTES.search(masked, lo, hi)  # all quotation
            quotes_before = len(out)
            message = cues.message.search(masked, lo, hi) if cues.message is not None and (in_sentence or people) else None
            if message is not None and people and people[0].start < message.start():
                sender = people[0].name  # "Макрон направил поздравительную телеграмму …"
            for place, quote in enumerate(in_sentence):
                if any(s.name and text[s.start:s.end] == quote.text.strip()
                       for s in starting_within(annotated[at], quote.start, quote.end)):
                    if notices is not None:  # (Persian writes names in «…»: «کیم جونگ اون»)
                        notices.append(f"quote {quote.text[:80]!r} dropped: a name, not speech")
                    continue
                if headline and bare and crosshead(quote.text, [[q.text for q in find_quoted(t, cues)] for t in texts[at + 1:at + 4]]):
                    if notices is not None:  # "«Nouveau document fondamental»" over the paragraphs that quote it
                        notices.append(f"quote {quote.text[:80]!r} dropped: a crosshead, not speech")
                    continue
                speaker = signed_by(masked, quote, spans) or (colon_from if colon_from and sentence_at == 0 and place == 0
                                                              and not resolved and not named else None) or quotation_speaker(
                    attributor, masked, lo, hi, quote, named, people, resolved, recent,
                    bare=bare, quote_only=quote_only, previous=previous_speaker, sentence=sentence_speaker, unknown=unknown,
                    last_subject=last_subject, number=number, headline=headline,
                    last_speaker=turn if quote_only and turn is not None and turn[0] == number - 1 else last_speaker,
                    stand_in=lambda descriptor, before: stand_in(descriptor, before, at, hi),
                    sender=sender if message is not None else None,
                    # (the paragraph's first quotation, nobody named in it before: the paragraph before may go on)
                    first=len(out) == first_of_paragraph and not any(s.kind == "person" and s.start < lo for s in spans),
                    following=in_sentence[place + 1].start if place + 1 < len(in_sentence) else None,
                )
                speaker = speaker or incise_speaker(attributor, text, quote, annotated[at])  # «…, a dit M. X. …»
                if speaker is None or speaker in agencies:
                    # a medium relays what it cites: "«…», a rapporté le média, citant une déclaration du ministère"
                    speaker = cited_source(attributor, masked, named, quote, hi, lo,
                                           lambda descriptor, before: stand_in(descriptor, before, at, hi)) or speaker
                document = None  # (the story's document, when the sentence says the words are written in one)
                if all(name in agencies for _, name in resolved) and provision_quoted(cues, masked, lo, quote.start, hi, quote.end, people) \
                        and not cjk_spoken(attributor, masked, named, lo, hi, quote.start, agencies):
                    # "ce traité, qui prévoit « … »": the document's words (an agency reporting them relays)
                    speaker, document = None, story_document(knowledge, masked[lo:hi])
                if sender and speaker in agencies and cues.letter_voice is not None \
                        and cues.letter_voice.search(quote.text):
                    speaker = sender  # "— Буду … ваши решения, — передает агентство": the letter's writer speaks
                # (nobody speaks a headline's quotation, nor one a Korean sentence is about: "헌법을 보면 '…'는 …의 권한이다")
                why = ("a sentence the page cuts off, nobody it names saying it" if cut_short else "a headline's words beside a name, "
                       "no sentence saying them" if people else "a headline quoting nobody") if headline else "what its sentence is about, not speech" if topic_quote(
                    attributor.cues, masked, quote, lo, hi) else None
                if other_clause(cues, masked, lo, quote.start, resolved, speaker, named):
                    speaker = None  # "Putin said “…”, while critics called it “…”": the critics', whom nobody names
                if cues.title_before.search(masked, max(lo, quote.start - 40), quote.start) \
                        or written_work(cues, masked, lo, quote.start, [s for s in named if s.kind == "person"]):
                    speaker, why = None, "the title of a work, not speech"  # "статью под названием «…»", "статье Путина «…»"
                if cues.negation_after is not None and quote.text.rstrip()[-1:] not in ".!?…" \
                        and cues.negation_after.match(text, quote.end):
                    speaker, why = None, "reported speech, its negation outside the marks"  # 'schließe "…" nicht aus'
                speaker = epithet_speaker(cues, masked, quote, named, speaker, sentence_speaker)  # ("M. X, qu'il a qualifié de « … »")
                # (a verb-final sentence names its speaker before the fragment and its verb after: "X این سفر را «…» خواند")
                if quote.fragment and not headline and not any(name == speaker for _, name in resolved) \
                        and not ((speaker in here or not here) and cues.verb_after(masked, quote.end)) \
                        and not subject_called_it(cues, masked, lo, people, speaker, quote.start) \
                        and not subject_closes_it(cues, masked, lo, hi, people, speaker, quote.end):
                    speaker, why = None, "a phrase its sentence uses, nobody it names saying it"
                if speaker is None and why:
                    if notices is not None:
                        notices.append(f"quote {quote.text[:80]!r} dropped: {why}")
                    continue
                via = relaying(attributor, named, lo, hi)
                key = (speaker, quote.text)
                if key not in seen:
                    seen.add(key)
                    out.append(Quote(text=quote.text, speaker=speaker, anchor=paragraph.anchor,
                                     via=via if via != speaker else None, written_in=None if speaker else document))
                paragraph_speaker = speaker
                sentence_speaker = speaker or sentence_speaker
            if not in_sentence and not resolved and named and (not people or named[0].kind == "organisation"):
                # "Об этом сообщила пресс-служба Минобороны.": a body that spoke without quoting (people
                # are not looked for as organisations are in a sentence without quotation); the people
                # of "Yonhap a rapporté que les négociations entre Scholz et Macron …" are in what it reported
                subjects = [s for s in named if not people or s.start < people[0].start]
                body = next((s.name for s in subjects if s.kind == "organisation" and s.name
                             and not attributor.is_agency(s)), None)
                speaks = has_speech(cues, masked, lo, hi)
                holder = descriptor_around(cues, masked, [s for s in subjects if s.kind == "organisation"], lo, hi) if speaks else None
                who = stand_in(cues.descriptor_of(holder[1]), [s for s in named if s.start < holder[0]], at, hi) if holder else None
                if who:  # "… глава Кремля начал с истории, напомнив …": the Kremlin's chief spoke, not the Kremlin
                    resolved = [(SpeechPair(holder[0], holder[1], "descriptor", False), who)]
                elif body and speaks:
                    resolved = [(SpeechPair(named[0].start, body, "organisation", False), body)]
                elif body is None and speaks:
                    # "Yonhap a rapporté que …", "Об этом сообщает ТАСС.": an agency that reported, whose words
                    # a sentence of only quotation right after goes on with (but a body's name beside it wins)
                    agency = next((s.name for s in subjects if s.kind == "organisation" and s.name), None)
                    if agency:
                        last_speaker = (number, agency)
            if not in_sentence and not resolved and people and named[-1].kind == "organisation" and named[-1].name \
                    and attributor.closes_inverted(masked, named[-1], lo, hi):
                last_speaker = (number, named[-1].name)  # "… firmato dal leader Kim, ha scritto la KCNA.": the body reported it
            if not in_sentence and not resolved and cues.descriptor is not None:
                # "The commission explained that …": the body a descriptor opening the sentence stands for spoke
                # (and "It stated that … «…»" next goes on with it)
                body = body_by_descriptor(cues, masked, named, lo, hi, lambda d, before: stand_in(d, before, at, hi))
                if body:
                    last_speaker = (number, body)
            if not in_sentence and not resolved and people and cues.korean_speech.search(masked, lo, hi):
                # "마크롱 대통령은 … 말했다. 또한 "…"을 요구했다": a Korean subject that spoke without quoting goes on
                # speaking in the next sentence, whose subject Korean drops
                who = attributor.korean_subject(masked, named, lo, hi, hi, recent.surnames)
                if who:
                    last_speaker = (number, who)
            if unattributed and sentence_at == 0 and not in_sentence and cues.said_so is not None \
                    and cues.said_so.search(masked, lo, hi):
                # "“…”" then "김민수 실장이 … 이같이 밝혔다" / "Об этом заявил …": the paragraph of bare
                # quotation before is the words of whoever this sentence says said so
                who = resolved[0][1] if resolved else attributor.korean_subject(masked, named, lo, hi, hi, recent.surnames) \
                    or (people[0].name if people and has_speech(cues, masked, lo, hi) else None)
                if who:
                    for i in unattributed:
                        out[i] = replace(out[i], speaker=who)
            if colon_end and not in_sentence and hi >= len(masked) - 4 and masked[lo:hi].rstrip().endswith(":") \
                    and (attributor.cues.statement.search(masked, lo, hi) or cues.impersonal is not None and cues.impersonal.search(masked, lo, hi)):
                # "…, сообщается на сайте Минобороны:", "the statement said:" closing a paragraph: the
                # organisation it names introduces the quotation of the next paragraph
                introduced = next((s.name for s in named if s.kind == "organisation" and s.name and not attributor.is_agency(s)), None) \
                    or (resolved[0][1] if resolved else None)
            known = {s.name for s in people if s.known}
            if colon_end and hi >= len(masked) - 4 and len(known) == 1:
                lone = known.pop()  # "Слова Путина передал посол …:": the one known person the colon's sentence names
            for span in named:
                recent.add(span, number, text)
            if resolved:
                last_speaker = (number, resolved[0][1])
                reported = resolved[0][1] if resolved[0][1] in recent.people or resolved[0][1] in recent.known else None
                if bare_before and resolved[0][0].kind in ("name", "organisation"):
                    # "«…». Российские парламентарии готовы …, подчеркнула Мария Соколова.", "« … ». C’est ce
                    # que déclare Lim Soo-seok, …": a sentence of only quotation nobody spoke is the words of the
                    # person the next sentence says spoke
                    for i in bare_before:
                        out[i] = replace(out[i], speaker=resolved[0][1])
            elif not in_sentence and len({s.name for s in people}) == 1 and has_speech(cues, masked, lo, hi):
                mentioned = people[0].name  # "Zuvor hatte Putin den Truppen … gedankt.": a verb no pair reads
            if not in_sentence and people and not resolved:  # ("普京强调，…" then "“…”": no pair reads a verb on a name)
                last_speaker = cjk_turn(cues, masked, lo, hi, people[0], number) or last_speaker
            if sentence_speaker and in_sentence:
                last_speaker = (number, sentence_speaker)
            if wrapped and sentence_at == 0 and last_speaker and last_speaker[0] == number:
                for i in wrapped:  # 'L'accordo "…"' / 'firmato dal leader …,' / 'sottolinea l'agenzia Kcna.': one sentence
                    out[i] = replace(out[i], speaker=last_speaker[1])
                wrapped = []
            bare_before = [i for i in range(quotes_before, len(out)) if out[i].speaker is None] if quote_only else []
            # "…, sagte Pistorius. Diese Staaten unterstützten … . „…“": one sentence naming nobody between a
            # speaker's and a sentence of only quotation keeps the speaker's turn (for that sentence alone)
            turn = (number, last_speaker[1]) if last_speaker and last_speaker[0] == number - 1 and not in_sentence \
                and sentence_at and not any(s.kind in SPEAKING_KINDS for s in named) else None  # (a paragraph of narration ends it)
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
            number -= 1  # (one sentence of quotation, no new one of the story's: an issuer named before is still near)
        # ("Scholz ha anche affermato di voler …" then a paragraph of bare quotation: his words)
        previous_speaker = paragraph_speaker if found else introduced or reported
        block_from = introduced if not found else None  # (only the one paragraph right after the colon)
        colon_from = introduced or reported or mentioned or lone if colon_end else None if found or (at == 0 and titled) \
            else caption_speaker(text, spans, following)  # (a broadcast's caption line above a quotation, not the headline)
        # A paragraph of bare quotation nobody is named saying: the next paragraph may say who said it; else it is
        # the words of the one person the paragraph before named speaking (set when the next paragraph is read)
        _settle(out, pending)
        unattributed = [i for i in range(first_of_paragraph, len(out)) if out[i].speaker is None] if bare and found else []
        pending = [(i, mentioned_before) for i in unattributed] if mentioned_before else []
        mentioned_before = mentioned if not found else None
        wrapped = wrapped + [i for i in range(first_of_paragraph, len(out)) if out[i].speaker is None] if runs_on else []
    _settle(out, pending)
    # (a document's words a later sentence says someone spoke are theirs: "… firmato dal leader …, sottolinea la Kcna")
    return tuple(replace(q, written_in=None) if q.speaker and q.written_in else q for q in unrepeated(out, from_title))



def _settle(out: list[Quote], pending: list[tuple[int, str]]) -> None:
    """Each quote of `pending` (index in `out`, speaker) that nothing else gave a speaker gets that one."""
    for i, speaker in pending:
        if out[i].speaker is None:
            out[i] = replace(out[i], speaker=speaker)
