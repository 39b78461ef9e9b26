"""One sentence of an article read for its quotations and who speaks them (quotes.py reads the paragraphs).

Takes a paragraph and a sentence as quotes.QuoteReader has found them (ParagraphRead, SentenceRead: its quotations, the
names in it, the speech pairs they make) and gives each quotation its speaker, or leaves it out saying why; a sentence
quoting nothing may still say who speaks next. What it leaves to the sentences after (the last speaker, the subject, a
speaker's turn) goes back onto the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import Quote
from .entities import Span, starting_within
from .quotation_marks import Quoted, find_quoted
from .masked_sentences import OUTSIDE_QUOTES
from .quote_cjk import cjk_spoken, cjk_turn, continuing_opener
from .quote_cues import Descriptor
from .quote_documents import story_document
from .quote_furniture import crosshead, written_work
from .quote_incise import incise_speaker
from .quote_joint import epithet_speaker, other_clause, subject_called_it, subject_closes_it
from .quote_fallbacks import cited_source, has_speech, quotation_speaker, signed_by, topic_quote
from .quote_sentences import appositive, brought_in_unnamed, provision_quoted, body_by_descriptor, descriptor_around, pronoun_before, titled_name
from .quote_speakers import SPEAKING_KINDS, SpeechPair, relaying

if TYPE_CHECKING:
    from .quotes import QuoteReader


@dataclass
class ParagraphRead:
    """A paragraph being read: its quotations, its text with them masked, and what its sentences have found."""

    at: int
    text: str
    anchor: str
    found: list[Quoted]  # its quotations
    running: Quoted | None  # a quotation running on from the paragraph before
    masked: str  # the text, its quotations' words masked
    spans: list[Span]  # the names it gives, outside its quotations
    runs_on: bool  # a hard-wrapped line the next paragraph goes on from
    headline: bool
    cut_short: bool  # a last sentence the page cuts off
    bare: bool  # nothing outside the quotation marks
    colon_end: bool  # no quotation, a colon closing it: it introduces the next paragraph
    first: int  # the index of its first quote among the article's
    speaker: str | None = None  # the speaker of its last quote
    sentence_speaker: str | None = None  # ... of the last quote of its sentences so far that has one
    reported: str | None = None  # who it says said something, when it quotes nothing
    mentioned: str | None = None  # the one person a sentence of it names beside a speech word, no speech pair read
    introduced: str | None = None  # who a paragraph ending "…, говорится в заявлении:" introduces
    lone: str | None = None  # the one known person its colon's sentence names
    bare_before: list[int] = field(default_factory=list)  # the previous sentence's quotes, all quotation nobody spoke


@dataclass
class SentenceRead:
    """A sentence being read: its quotations, the names in it and the speech pairs they make."""

    at: int  # its place in the paragraph
    lo: int
    hi: int
    quotations: list[Quoted]
    named: list[Span]
    people: list[Span]
    pairs: list[SpeechPair]
    resolved: list[tuple[SpeechPair, str]] = field(default_factory=list)  # each pair and whom it names
    unknown: bool = False  # speech pairs naming only descriptors nobody they could stand for was found for
    subject: str | None = None
    quote_only: bool = False  # all quotation
    message: re.Match | None = None  # a written message named ("направил поздравительную телеграмму")


def _resolve(reader: QuoteReader, p: ParagraphRead, s: SentenceRead, pair: SpeechPair, before: list[Span]) -> str | None:
    """Whom a speech pair names: a pronoun's, a role's or a descriptor's person, or the name itself."""
    masked, cues = p.masked, reader.cues
    if pair.kind == "pronoun":
        # "Mr. Macron, speaking …, which he claimed": the sentence's subject, else the last one;
        # a subject may open with its role in apposition ("The army chief, Carsten Breuer, …")
        opens = before and (len(masked[s.lo:before[0].start].split()) <= 1 or appositive(masked, s.lo, before[0]))
        return before[0].name if opens else reader.last_subject
    if pair.kind == "role":
        return reader.recent.person_for(pair.name, before)
    if pair.kind == "descriptor":
        descriptor = cues.descriptor_of(pair.name)
        body = reader.stand_in(descriptor, [n for n in s.named if n.start < pair.position], p.at, s.hi) if descriptor else None
        if body and not descriptor.organisation and brought_in_unnamed(
                cues, pair.name, reader.texts, reader.annotated, p.at, pair.position, body):
            return None  # "a North Korean official … “…,” the North Korean official says": not the leader
        # (no one it stands for: the title of the name right after it, "said the foreign minister, Lavrov")
        return body or titled_name(cues, masked, pair.position + len(pair.name), s.people, s.hi)
    return pair.name


def read_sentence(reader: QuoteReader, p: ParagraphRead, s: SentenceRead) -> None:
    """Reads one sentence of paragraph `p`: whom its speech pairs name, its subject, then each of its quotations."""
    masked, cues, people, lo, hi = p.masked, reader.cues, s.people, s.lo, s.hi
    resolved = [(pair, _resolve(reader, p, s, pair, [n for n in people if n.start < pair.position])) for pair in s.pairs]
    for _, name in resolved:
        if name:
            reader.recent.named_again(name)  # ("the Russian ambassador said", whom a quotation named before)
    # '"…," the Presidential Office said' with no such office named: someone unnamed speaks, no fallback guesses
    s.unknown = bool(resolved) and all(pair.kind == "descriptor" and not name for pair, name in resolved)
    s.resolved = [(pair, name) for pair, name in resolved if name]
    # The subject: the first person paired with a speech verb, a pronoun's too ("Qualifiant M. Scholz …, il a salué")
    here = {n.name for n in people}
    subject = next((name for _, name in s.resolved if name in reader.recent.people or name in here), None) if s.resolved else None
    if not subject and people and reader.last_subject and pronoun_before(reader.attributor, masked, lo, people[0]):
        # "Pernyataan itu ia sampaikan usai … pertemuan dengan Putin": a subject pronoun before the
        # sentence's first name is its subject (the last one), and the name only its object
        subject = reader.last_subject
    # (not a name a preposition governs: "…», lembrou, referindo-se ao encontro com Kim": Kim is no subject)
    subject = subject or next((n.name for n in people if not reader.attributor.governed(masked, n, lo, hi)), None)
    if s.quotations and continuing_opener(cues, masked, s.named, lo, s.quotations[0].start):
        subject = None  # "また「…」とし、プーチン大統領が…": the speaker going on stays the subject, not the name after
    s.subject = subject
    s.quote_only = bool(s.quotations) and not OUTSIDE_QUOTES.search(masked, lo, hi)
    quotes_before = len(reader.out)
    s.message = cues.message.search(masked, lo, hi) if cues.message is not None and (s.quotations or people) else None
    if s.message is not None and people and people[0].start < s.message.start():
        reader.sender = people[0].name  # "Макрон направил поздравительную телеграмму …"
    for place, quote in enumerate(s.quotations):
        _read_quote(reader, p, s, place, quote, here)
    if not s.quotations:
        _speech_without_quotation(reader, p, s)
    _after_sentence(reader, p, s, quotes_before)


def _read_quote(reader: QuoteReader, p: ParagraphRead, s: SentenceRead, place: int, quote: Quoted, here: set[str]) -> None:
    """Gives one quotation its speaker and keeps it, or leaves it out saying why (a name, a crosshead, a title …)."""
    cues, attributor, agencies, masked, lo, hi = reader.cues, reader.attributor, reader.agencies, p.masked, s.lo, s.hi
    named, people, resolved = s.named, s.people, s.resolved
    if any(n.name and p.text[n.start:n.end] == quote.text.strip()
           for n in starting_within(reader.annotated[p.at], quote.start, quote.end)):
        return reader.drop(quote, "a name, not speech")  # (Persian writes names in «…»: «کیم جونگ اون»)
    if p.headline and p.bare and crosshead(quote.text, [[q.text for q in find_quoted(t, cues)] for t in reader.texts[p.at + 1:p.at + 4]]):
        return reader.drop(quote, "a crosshead, not speech")  # "«Nouveau document fondamental»" over the paragraphs that quote it
    number, turn = reader.number, reader.turn

    def stand_in(descriptor: Descriptor, before: list[Span]) -> str | None:
        return reader.stand_in(descriptor, before, p.at, hi)
    speaker = signed_by(masked, quote, p.spans) or (reader.colon_from if reader.colon_from and s.at == 0 and place == 0
                                                    and not resolved and not named else None) or quotation_speaker(
        attributor, masked, lo, hi, quote, named, people, resolved, reader.recent,
        bare=p.bare, quote_only=s.quote_only, previous=reader.previous_speaker, sentence=p.sentence_speaker,
        unknown=s.unknown, last_subject=reader.last_subject, number=number, headline=p.headline,
        last_speaker=turn if s.quote_only and turn is not None and turn[0] == number - 1 else reader.last_speaker,
        stand_in=stand_in, sender=reader.sender if s.message is not None else None,
        # (the paragraph's first quotation, nobody named in it before: the paragraph before may go on)
        first=len(reader.out) == p.first and not any(n.kind == "person" and n.start < lo for n in p.spans),
        following=s.quotations[place + 1].start if place + 1 < len(s.quotations) else None,
    )
    by_incise = speaker is None
    speaker = speaker or incise_speaker(attributor, p.text, quote, reader.annotated[p.at])  # «…, a dit M. X. …»
    if not by_incise and speaker in reader.recent.people and speaker not in {name for _, name in resolved} and any(
            n.kind == "person" and n.name == speaker for n in starting_within(reader.annotated[p.at], quote.start, quote.end)) \
            and incise_speaker(attributor, p.text, quote, reader.annotated[p.at]) != speaker:
        # a quotation telling of the one it would go to in the third person is not his words («Товарищ Ким Чен Ын вновь
        # подтвердил …», — указывается в заявлении): the news agency named last reports them, else nobody known
        speaker = reader.recent.last_agency()
    if speaker is None or speaker in agencies:
        # a medium relays what it cites: "«…», a rapporté le média, citant une déclaration du ministère"
        speaker = cited_source(attributor, masked, named, quote, hi, lo, stand_in) or speaker
    document = None  # (the story's document, when the sentence says the words are written in one)
    if all(name in agencies for _, name in resolved) and provision_quoted(cues, masked, lo, quote.start, hi, quote.end, people) \
            and not cjk_spoken(attributor, masked, named, lo, hi, quote.start, agencies):
        # "ce traité, qui prévoit « … »": the document's words (an agency reporting them relays)
        speaker, document = None, story_document(reader.knowledge, masked[lo:hi])
    elif speaker is None and p.at and (p.bare or _it_said(cues, masked, lo, hi) and _opens_with_article(cues, reader.texts[p.at - 1])) \
            and cues.numbered_article.search(reader.texts[p.at - 1]):
        # a paragraph of only a quotation nobody speaks, after one naming a numbered article ("Article 4 of the treaty
        # could be seen as …" then "“If one of the two sides …,” it said"; no organisation named that "it" stands
        # for): that article's text
        document = story_document(reader.knowledge, reader.texts[p.at - 1])
    elif speaker is None and cues.content_noun is not None and cues.content_noun.match(masked, quote.end, hi) and (
            cues.document_topic.search(masked, lo, quote.start) or p.at and cues.numbered_article.search(reader.texts[p.at - 1])):
        # (Korean) "조약에는 '…'는 내용이 적혔다": the content a document holds, nobody named saying it
        document = story_document(reader.knowledge, masked[lo:hi])
    if reader.sender and speaker in agencies and cues.letter_voice is not None and cues.letter_voice.search(quote.text):
        speaker = reader.sender  # "— Буду … ваши решения, — передает агентство": the letter's writer speaks
    # (nobody speaks a headline's quotation, nor one a Korean sentence is about: "헌법을 보면 '…'는 …의 권한이다")
    if p.headline and not (p.at == 0 and reader.titled and not p.cut_short):
        why = "a sentence the page cuts off, nobody it names saying it" if p.cut_short else \
            "a headline's words beside a name, no sentence saying them" if people else "a headline quoting nobody"
    elif p.headline:
        # The article's own headline quoting words nobody beside them says (Korean and Russian headlines quote the
        # story's key words: "«Это настоящий прорыв». О чем договорились …"): words in its quotation marks, shown
        # unattributed, never given to a speaker the headline does not name; the text quoting them again keeps
        # them once, with its speaker (wrapped_quotes.unrepeated); beside the story's document's name they are its words
        # ("ロ朝新条約「攻撃受ければ直ちに軍事援助」", '북러 "전쟁상태 처하면 군사원조 제공"…조약 공개')
        why = _implausible_headline_quote(cues, p, quote, speaker)
        if speaker is None and document is None and not why and _beside_document(cues, masked, quote) \
                and not has_speech(cues, masked, 0, len(masked)):  # ('Seoul calls treaty "…"': Seoul's verdict)
            document = story_document(reader.knowledge, masked)
    else:
        why = "what its sentence is about, not speech" if topic_quote(attributor.cues, masked, quote, lo, hi) else None
    if other_clause(cues, masked, lo, quote.start, resolved, speaker, named):
        speaker = None  # "Putin said “…”, while critics called it “…”": the critics', whom nobody names
    if cues.title_before.search(masked, max(lo, quote.start - 40), quote.start) \
            or written_work(cues, masked, lo, quote.start, [n for n in named if n.kind == "person"]):
        speaker, why = None, "a title or a name, not speech"  # "статью под названием «…»", "в формате «…»"
    if cues.negation_after is not None and quote.text.rstrip()[-1:] not in ".!?…" \
            and cues.negation_after.match(p.text, quote.end):
        speaker, why = None, "reported speech, its negation outside the marks"  # 'schließe "…" nicht aus'
    speaker = epithet_speaker(cues, masked, quote, named, speaker, p.sentence_speaker)  # ("M. X, qu'il a qualifié de « … »")
    # (a verb-final sentence names its speaker before the fragment and its verb after: "X این سفر را «…» خواند")
    if quote.fragment and not p.headline and not any(name == speaker for _, name in resolved) \
            and not ((speaker in here or not here) and cues.verb_after(masked, quote.end)) \
            and not subject_called_it(cues, masked, lo, people, speaker, quote.start) \
            and not subject_closes_it(cues, masked, lo, hi, people, speaker, quote.end):
        speaker, why = None, "a phrase its sentence uses, nobody it names saying it"
    if speaker is None and why:
        return reader.drop(quote, why)
    via = relaying(attributor, named, lo, hi)
    if (speaker, quote.text) not in reader.seen:
        reader.seen.add((speaker, quote.text))
        reader.out.append(Quote(text=quote.text, speaker=speaker, anchor=p.anchor,
                              via=via if via != speaker else None, written_in=None if speaker else document))
    p.speaker = speaker
    p.sentence_speaker = speaker or p.sentence_speaker


HEADLINE_QUOTES = 2  # a headline quoting more is a list of phrases, not a statement


def _implausible_headline_quote(cues, p, quote, speaker: str | None) -> str | None:
    """Why a headline's quotation nobody beside it says is no quote, or None: a phrase of a few lower-case words (a
    scare quote, "the 'axis of upheaval' states"), a title of a work in title case ("screens \"The Spy Who Loved Me\""),
    one of many quotations in the line (quotes.yml's title_small_words: the words a title leaves in lower case)."""
    if speaker is not None:
        return None
    if len(p.found) > HEADLINE_QUOTES:
        return "one of a headline's many quotations, not a statement"
    if quote.fragment:
        return "a headline's phrase, nobody beside it saying it"
    words = re.findall(r"[^\W\d_]+", quote.text)
    if words and all(w[:1].isupper() or w.lower() in cues.title_small_words for w in words) \
            and any(w[:1].isupper() for w in words[1:]) and not quote.text.rstrip().endswith((".", "!", "?")):
        return "a title in a headline, not speech"
    return None


HEADLINE_DOCUMENT_REACH = 12  # characters between a headline's document word and its quotation: two or three words


def _beside_document(cues, masked: str, quote) -> bool:
    """Whether a document word opens the headline right before its quotation or stands right after it, no dash or
    colon between ("ロ朝新条約「…」", '"…"…조약 공개'); not "agreement – ‘…’", a headline's other part."""
    # (before it, only as the headline's opening words, its subject: "Seoul calls treaty “…”" is Seoul's verdict)
    before = masked[:quote.start] if quote.start <= HEADLINE_DOCUMENT_REACH else ""
    after = masked[quote.end:quote.end + HEADLINE_DOCUMENT_REACH]
    return any(cues.document_word_anywhere.search(part) and not re.search(r"[-–—:|]", part) for part in (before, after))


def _it_said(cues, masked: str, lo: int, hi: int) -> bool:
    """Whether the sentence masked[lo:hi] holds, outside its quotation, no word but a pronoun an organisation or a
    document may be ("it") and the verb after it: '“…,” it said.'"""
    it = cues.organisation_pronoun.search(masked, lo, hi) if cues.organisation_pronoun is not None else None
    if it is None or OUTSIDE_QUOTES.search(masked, lo, it.start()):
        return False
    verb = cues.after_name.match(masked, it.end(), hi)
    return verb is not None and not OUTSIDE_QUOTES.search(masked, verb.end(), hi)


def _opens_with_article(cues, text: str) -> bool:
    """Whether a numbered article is the subject opening `text`, at most one word before it ("Article 4 of the treaty
    could be read as …"): what "it" then stands for; not "China's foreign ministry declined to comment on Article 4"."""
    article = cues.numbered_article.search(text)
    return article is not None and len(text[:article.start()].split()) <= 1


def _speech_without_quotation(reader: QuoteReader, p: ParagraphRead, s: SentenceRead) -> None:
    """A sentence quoting nothing may still say who speaks next: a body that spoke, an agency that reported, a
    Korean subject that spoke, who said the bare quotation before, or whom a colon closing the paragraph introduces."""
    cues, attributor, masked, named, people, lo, hi = reader.cues, reader.attributor, p.masked, s.named, s.people, s.lo, s.hi
    number = reader.number
    if not s.resolved and named and (not people or named[0].kind == "organisation"):
        # "Об этом сообщила пресс-служба Минобороны.": a body that spoke without quoting (people
        # are not looked for as organisations are in a sentence without quotation); the people
        # of "Yonhap a rapporté que les négociations entre Scholz et Macron …" are in what it reported
        subjects = [n for n in named if not people or n.start < people[0].start]
        body = next((n.name for n in subjects if n.kind == "organisation" and n.name and not attributor.is_agency(n)), None)
        speaks = has_speech(cues, masked, lo, hi)
        holder = descriptor_around(cues, masked, [n for n in subjects if n.kind == "organisation"], lo, hi) if speaks else None
        who = reader.stand_in(cues.descriptor_of(holder[1]), [n for n in named if n.start < holder[0]], p.at, hi) if holder else None
        if who:  # "… глава Кремля начал с истории, напомнив …": the Kremlin's chief spoke, not the Kremlin
            s.resolved = [(SpeechPair(holder[0], holder[1], "descriptor", False), who)]
        elif body and speaks:
            s.resolved = [(SpeechPair(named[0].start, body, "organisation", False), body)]
        elif body is None and speaks:
            # "Yonhap a rapporté que …", "Об этом сообщает ТАСС.": an agency that reported, whose words
            # a sentence of only quotation right after goes on with (but a body's name beside it wins)
            agency = next((n.name for n in subjects if n.kind == "organisation" and n.name), None)
            if agency:
                reader.last_speaker = (number, agency)
    if not s.resolved and people and named[-1].kind == "organisation" and named[-1].name \
            and attributor.closes_inverted(masked, named[-1], lo, hi):
        reader.last_speaker = (number, named[-1].name)  # "… firmato dal leader Kim, ha scritto la KCNA.": the body reported it
    if not s.resolved and cues.descriptor is not None:
        # "The commission explained that …": the body a descriptor opening the sentence stands for spoke
        # (and "It stated that … «…»" next goes on with it)
        body = body_by_descriptor(cues, masked, named, lo, hi, lambda d, before: reader.stand_in(d, before, p.at, hi))
        if body:
            reader.last_speaker = (number, body)
    if not s.resolved and people and cues.korean_speech.search(masked, lo, hi):
        # "마크롱 대통령은 … 말했다. 또한 "…"을 요구했다": a Korean subject that spoke without quoting goes on
        # speaking in the next sentence, whose subject Korean drops
        who = attributor.korean_subject(masked, named, lo, hi, hi, reader.recent.surnames)
        if who:
            reader.last_speaker = (number, who)
    if reader.unattributed and s.at == 0 and cues.said_so is not None and cues.said_so.search(masked, lo, hi):
        # "“…”" then "김민수 실장이 … 이같이 밝혔다" / "Об этом заявил …": the paragraph of bare
        # quotation before is the words of whoever this sentence says said so
        who = s.resolved[0][1] if s.resolved else attributor.korean_subject(masked, named, lo, hi, hi, reader.recent.surnames) \
            or (people[0].name if people and has_speech(cues, masked, lo, hi) else None)
        if who:
            for i in reader.unattributed:
                reader.out[i] = replace(reader.out[i], speaker=who)
    closes = p.colon_end and hi >= len(masked) - 4
    if closes and masked[lo:hi].rstrip().endswith(":") and (
            attributor.cues.statement.search(masked, lo, hi) or cues.impersonal is not None and cues.impersonal.search(masked, lo, hi)):
        # "…, сообщается на сайте Минобороны:", "the statement said:" closing a paragraph: the
        # organisation it names introduces the quotation of the next paragraph
        p.introduced = next((n.name for n in named if n.kind == "organisation" and n.name and not attributor.is_agency(n)), None) \
            or (s.resolved[0][1] if s.resolved else None)
    known = {n.name for n in people if n.known}
    if closes and len(known) == 1:
        p.lone = known.pop()  # "Слова Путина передал посол …:": the one known person the colon's sentence names


def _after_sentence(reader: QuoteReader, p: ParagraphRead, s: SentenceRead, quotes_before: int) -> None:
    """What the sentence leaves to the next: its names, its speaker, its subject, its speaker's turn."""
    cues, masked, named, people, lo, hi, number = reader.cues, p.masked, s.named, s.people, s.lo, s.hi, reader.number
    for span in named:
        reader.recent.add(span, number, p.text)
    for quotation in s.quotations:
        for span in starting_within(reader.annotated[p.at], quotation.start, quotation.end):
            reader.recent.add_quoted(span)
    if s.resolved:
        reader.last_speaker = (number, s.resolved[0][1])
        p.reported = s.resolved[0][1] if s.resolved[0][1] in reader.recent.people or s.resolved[0][1] in reader.recent.known else None
        if p.bare_before and s.resolved[0][0].kind in ("name", "organisation"):
            # "«…». Российские парламентарии готовы …, подчеркнула Мария Соколова.", "« … ». C’est ce
            # que déclare Lim Soo-seok, …": a sentence of only quotation nobody spoke is the words of the
            # person the next sentence says spoke
            for i in p.bare_before:
                reader.out[i] = replace(reader.out[i], speaker=s.resolved[0][1])
    elif not s.quotations and len({n.name for n in people}) == 1 and has_speech(cues, masked, lo, hi):
        p.mentioned = people[0].name  # "Zuvor hatte Putin den Truppen … gedankt.": a verb no pair reads
    if not s.quotations and people and not s.resolved:  # ("普京强调，…" then "“…”": no pair reads a verb on a name)
        reader.last_speaker = cjk_turn(cues, masked, lo, hi, people[0], number) or reader.last_speaker
    if p.sentence_speaker and s.quotations:
        reader.last_speaker = (number, p.sentence_speaker)
    if reader.wrapped and s.at == 0 and reader.last_speaker and reader.last_speaker[0] == number:
        for i in reader.wrapped:  # 'L'accordo "…"' / 'firmato dal leader …,' / 'sottolinea l'agenzia Kcna.': one sentence
            reader.out[i] = replace(reader.out[i], speaker=reader.last_speaker[1])
        reader.wrapped = []
    p.bare_before = [i for i in range(quotes_before, len(reader.out)) if reader.out[i].speaker is None] if s.quote_only else []
    # "…, sagte Pistorius. Diese Staaten unterstützten … . „…“": one sentence naming nobody between a
    # speaker's and a sentence of only quotation keeps the speaker's turn (for that sentence alone)
    last = reader.last_speaker
    reader.turn = (number, last[1]) if last and last[0] == number - 1 and not s.quotations \
        and s.at and not any(n.kind in SPEAKING_KINDS for n in named) else None  # (a paragraph of narration ends it)
    subject = s.subject
    if s.pairs and s.pairs[0].kind == "pronoun" and not subject:
        subject = reader.last_subject
    if subject:
        reader.last_subject = subject
    elif p.speaker and p.speaker in reader.recent.people:
        reader.last_subject = p.speaker
