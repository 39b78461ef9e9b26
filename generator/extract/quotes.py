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
조약"), not a title in capitals, not a deck's or crosshead's line but for one whose speaker is named beside it ('장호진
"…"'); the article's own headline quoting words nobody beside them says gives them unattributed, or as the story's
document's words beside its name ('북러 "…"…조약 공개'); not a line of a few quoted words alone (a crosshead), not what a banner or a caption reads. A text cut off
inside its last quotation ends in one, as does a colon's quotation whose closing mark was lost, and a paragraph opens
with one whose opening mark was lost (open_quotes.py).

find_quotes reads the paragraphs in order with a QuoteReader, which holds what the article has said so far (the last
subject and speaker, a quotation running on, a colon's introduction); quotes_in_sentence.py reads each sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import ChainMap
from dataclasses import replace
from typing import Iterable

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from ..model import Mention, Paragraph, Quote
from .quote_ahead import NamedAhead, outside
from .open_quotes import continued_quote, cut_off_quote, dash_turn, lost_close_quote, lost_open_quote
from .masked_sentences import OUTSIDE_QUOTES, mask_quoted, sentence_bounds
from .quotation_marks import find_quoted, Quoted, SENTENCE_END
from .quote_cues import Descriptor, cues as load_cues
from .quote_language import for_language
from .quote_furniture import words
from .quote_hereinafter import defined_short_names
from .quote_unlisted import caption_speaker
from .quote_fallbacks import has_speech
from .quote_recent import Recent, entity_roles
from .quotes_in_sentence import ParagraphRead, SentenceRead, read_sentence
from .quote_sentences import mask_relays
from .quote_voices import mask_voices
from .quoted_outlets import outlet_spans
from .quote_speakers import Attributor
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
    reader = QuoteReader(paragraphs, tuple(mentions), knowledge, notices, language, title)
    for at in range(len(reader.paragraphs)):
        reader.read_paragraph(at)
    return reader.quotes()


class QuoteReader:
    """Reads an article's paragraphs in order, each sentence's quotations given the speaker its words name, else the
    one the sentences before leave speaking."""

    def __init__(self, paragraphs: tuple[Paragraph, ...], mentions: tuple[Mention, ...], knowledge: Knowledge,
                 notices: list[str] | None, language: str | None, title: str | None) -> None:
        self.knowledge, self.notices = knowledge, notices
        index = EntityIndex.from_knowledge(knowledge)
        self.cues = cues = for_language(load_cues(knowledge), language)
        self.paragraphs, self.titled = headed(join_wrapped_quotes(paragraphs), title)  # (hard-wrapped quotations joined; the headline first)
        found = [m for m in mentions if not m.known and m.kind == "person"]
        # A discovered name the text writes otherwise ("Ирины Савельевой"), as mentions and the roster read it (cached).
        written = {form: m.name for m in found for form in m.forms if form != m.name and (" " in form or not form.isascii())}
        annotated = index.annotate(self.paragraphs, [m.name for m in found], written)
        # (an outlet quoted as a source speaks as a news agency: "The Kyiv Post also reported that “…”")
        self.annotated, outlets = outlet_spans(knowledge, tuple(p.text for p in self.paragraphs), annotated)
        self.attributor = Attributor(index, cues, outlets)
        self.agencies = cues.agencies | outlets
        # What this article gives its people, over every known entity's roles (not copied per article).
        roles = ChainMap({m.name: tuple(r.casefold() for r in (*m.roles, *entity_roles(index, m.name))) for m in mentions},
                         cues.entity_roles)
        self.recent = Recent(roles, self.agencies, cues.office_of_state, cues.entity_roles, cues.organisations)
        self.texts = [p.text for p in self.paragraphs]
        self.defined = defined_short_names(cues, tuple(self.texts), self.annotated)  # "조선중앙통신(이하 통신)"
        self.ahead = NamedAhead(self.paragraphs, self.annotated, cues)
        # What the paragraphs read so far leave to the next ones:
        self.out: list[Quote] = []
        self.seen: set[tuple[str | None, str]] = set()
        self.last_subject: str | None = None  # the person an "he said" refers to
        self.previous_speaker: str | None = None  # speaker of the previous paragraph's last quote
        self.last_speaker: tuple[int, str] | None = None  # (sentence number, speaker) of the last speech pair
        self.sender: str | None = None  # who sent the written message the article quotes from
        self.number = 0  # sentences so far in the article
        self.waiting: int | None = None  # the quotation in `out` running on into this paragraph, speaker unknown
        self.unattributed: list[int] = []  # the previous paragraph's quotes, if bare quotation without a speaker
        self.pending: list[tuple[int, str]] = []  # ... and the speaker the paragraph before them names, if nothing after does
        self.mentioned_before: str | None = None  # the previous paragraph's `mentioned`
        self.wrapped: list[int] = []  # quotes nobody spoke in a sentence running on over hard-wrapped lines
        self.block_from: str | None = None  # who the previous paragraph, ending in a colon, introduced
        # ... or who it said spoke ("Путин заявил:" then "«…», – отмечается в обращении.": the colon's one, not a later "it")
        self.colon_from: str | None = None
        self.turn: tuple[int, str] | None = None  # (sentence number, speaker) of a speaker's turn going on past it
        self.from_title = 0  # the headline's quotations: out[:from_title]

    def quotes(self) -> tuple[Quote, ...]:
        _settle(self.out, self.pending)
        # (a document's words a later sentence says someone spoke are theirs: "… firmato dal leader …, sottolinea la Kcna")
        return tuple(replace(q, written_in=None) if q.speaker and q.written_in else q
                     for q in unrepeated(self.out, self.from_title))

    def drop(self, quote: Quoted, why: str) -> None:
        if self.notices is not None:
            self.notices.append(f"quote {quote.text[:80]!r} dropped: {why}")

    def stand_in(self, descriptor: Descriptor, before: list[Span], at: int, hi: int) -> str | None:
        """Whom a descriptor in paragraph `at`, sentence ending at `hi`, stands for."""
        return self.defined.get(descriptor) or self.recent.stand_in(descriptor, before) or (
            self.ahead.of(at, hi, descriptor, self.recent)) or (
            self.recent.state_office(self.number - 2, before, descriptor.role) if descriptor.organisation else None)

    # ------------------------------------------------------------------ a paragraph
    def _quotations(self, at: int, text: str, following: str | None) -> tuple[list[Quoted], Quoted | None, Quoted | None]:
        """The paragraph's quotations, the one running on from the paragraph before, and the one the page cuts off."""
        cues = self.cues
        found = find_quoted(text, cues, self.notices)
        running = None
        if not found:
            running = continued_quote(text, following, cues)
            dash = dash_turn(text, self.texts[at - 1] if at else None, cues) if running is None else None  # "– …"
            found = [running or dash] if running or dash else found
            if not found and self.block_from and cues.first_person is not None and len(text) <= _BLOCK_QUOTE_CHARS \
                    and cues.first_person.search(text):
                # "…, говорится в заявлении:" then a paragraph of the statement's own words ("our armed
                # forces …") without quotation marks: a block quotation of whoever the colon introduced
                found = [Quoted(0, len(text.rstrip()), text.strip())]
        # (a page cut short in its last quotation, a colon's quotation that lost its closing mark: no headline)
        cut = cut_off_quote(text, found, cues) if at == len(self.paragraphs) - 1 else None
        cut = cut or (lost_close_quote(text, found, cues) or lost_open_quote(text, found, cues) if running is None else None)
        found = [q for q in found if q.start < cut.start] + [cut] if cut is not None else found  # (one after it: inside it)
        return found, running, cut

    def read_paragraph(self, at: int) -> None:
        cues, paragraph = self.cues, self.paragraphs[at]
        text = paragraph.text
        following = self.texts[at + 1] if at + 1 < len(self.paragraphs) else None
        # a line the next goes on from in lower case, with no sentence ending it: a text's hard-wrapped line
        runs_on = not SENTENCE_END.search(text) and following is not None and following[:1].islower()
        found, running, cut = self._quotations(at, text, following)
        self.from_title = len(self.out) if at == 1 and self.titled else self.from_title
        spans = self.annotated[at]
        masked = mask_voices(self.knowledge, mask_relays(self.knowledge, mask_quoted(text, found), spans), spans)  # ("podle agentury AP": no speaker)
        headline = at == 0 and self.titled or cut is None and not SENTENCE_END.search(text) and not runs_on \
            and max(len(text.split()), words(text)) <= _HEADLINE_WORDS  # (most paragraphs end in a full stop; a wrapped line is no headline)
        p = ParagraphRead(
            at, text, paragraph.anchor, found, running, masked,
            outside(spans, found),  # names inside a quotation never speak it
            runs_on, headline,
            # (or a last sentence the page cuts off, a clause and a speech verb in it: said so on /report/, a headline kept out)
            cut_short=headline and at == len(self.paragraphs) - 1 and at and ", " in text and has_speech(cues, masked, 0, len(masked)),
            bare=not OUTSIDE_QUOTES.search(masked), colon_end=not found and masked[-4:].rstrip().endswith(":"),
            first=len(self.out),
        )
        span_starts, quote_starts = [s.start for s in p.spans], [q.start for q in found]
        for sentence_at, (lo, hi) in enumerate(sentence_bounds(masked)):
            self.number += 1
            # The sentence's quotes and names, found by position (both lists are in text order).
            in_sentence = found[bisect_left(quote_starts, lo):bisect_left(quote_starts, hi)]
            named = p.spans[bisect_left(span_starts, lo):bisect_left(span_starts, hi)]
            if len(in_sentence) > _MOST_IN_SENTENCE and self.notices is not None:
                self.notices.append(f"quote {in_sentence[0].text[:80]!r} dropped, and {len(in_sentence) - 1} more: a "
                                    f"sentence of {len(in_sentence)} quotations, not speech")
            in_sentence = in_sentence if len(in_sentence) <= _MOST_IN_SENTENCE else []
            # (and a colon's sentence for its descriptor too: "Министр иностранных дел РФ сказал:" then the paragraph quoted)
            pairs = self.attributor.speaking(masked, named, lo, hi, bool(in_sentence) or p.colon_end and hi >= len(masked) - 4) \
                if (in_sentence or named or p.colon_end) else []
            s = SentenceRead(sentence_at, lo, hi, in_sentence, named, [n for n in named if n.kind == "person" and n.name],
                          pairs if len(pairs) <= _MOST_IN_SENTENCE else [])
            read_sentence(self, p, s)
        self._close_paragraph(p, following)

    def _close_paragraph(self, p: ParagraphRead, following: str | None) -> None:
        out = self.out
        if self.waiting is not None and len(out) > p.first:
            # A quotation running over paragraphs is the words of whoever its last paragraph quotes.
            if out[p.first].speaker:
                out[self.waiting] = replace(out[self.waiting], speaker=out[p.first].speaker)
            self.waiting = None
        if p.running is not None and out and out[-1].text == p.running.text and out[-1].speaker is None:
            self.waiting = len(out) - 1
            self.number -= 1  # (one sentence of quotation, no new one of the story's: an issuer named before is still near)
        # ("Scholz ha anche affermato di voler …" then a paragraph of bare quotation: his words)
        self.previous_speaker = p.speaker if p.found else p.introduced or p.reported
        self.block_from = p.introduced if not p.found else None  # (only the one paragraph right after the colon)
        if p.colon_end:
            self.colon_from = p.introduced or p.reported or p.mentioned or p.lone
        elif p.found or (p.at == 0 and self.titled):
            self.colon_from = None
        else:  # (a broadcast's caption line above a quotation, not the headline)
            self.colon_from = caption_speaker(p.text, p.spans, following)
        # A paragraph of bare quotation nobody is named saying: the next paragraph may say who said it; else it is
        # the words of the one person the paragraph before named speaking (set when the next paragraph is read)
        _settle(out, self.pending)
        self.unattributed = [i for i in range(p.first, len(out)) if out[i].speaker is None] if p.bare and p.found else []
        self.pending = [(i, self.mentioned_before) for i in self.unattributed] if self.mentioned_before else []
        self.mentioned_before = p.mentioned if not p.found else None
        self.wrapped = self.wrapped + [i for i in range(p.first, len(out)) if out[i].speaker is None] if p.runs_on else []


def _settle(out: list[Quote], pending: list[tuple[int, str]]) -> None:
    """Each quote of `pending` (index in `out`, speaker) that nothing else gave a speaker gets that one."""
    for i, speaker in pending:
        if out[i].speaker is None:
            out[i] = replace(out[i], speaker=speaker)
