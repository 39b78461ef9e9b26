"""Chinese, Japanese and Korean subjects of a quotation's sentence, read by their particles and word order: the
topic a Korean sentence marks, the organisation a Chinese or Japanese one names before its verb, the name right
before a verb, the subject a Korean sentence names after its quotation, and a sentence whose opening adverb
("また", "아울러") says its dropped subject is the one who spoke before. quote_fallbacks.py asks these.
"""

from __future__ import annotations

import re

from .entities import Span
from .quote_cues import Cues
from .quote_korean import KO_SUBJECT, past_mark
from .quote_speakers import PAIRING_KINDS, SPEAKING_KINDS, Attributor

_CJK_NAME_CLOSE = ("」", "』", "”")  # the closing bracket of a name written in brackets: 「朝日新聞」は


def korean_topic(masked: str, named: list[Span], lo: int, before: int) -> str | None:
    """The name a Korean sentence marks as its topic (은/는 right after it) before `before`, speech verb or not."""
    for span in named:
        if span.start >= before:
            break  # (the names are in text order)
        if lo <= span.start and span.kind in PAIRING_KINDS and span.name and masked[span.end:span.end + 1] in ("은", "는"):
            topic = KO_SUBJECT.match(masked, span.end, before)
            if topic is not None and topic.group("p") in ("은", "는") and topic.end() - span.end == 1:
                return span.name
    return None


def cjk_organisation(attributor: Attributor, masked: str, spans: list[Span], before: int) -> str | None:
    """The organisation a Chinese or Japanese sentence names before `before` as its subject: marked
    by a particle (TASSは, 外務省が) or followed by its speech verb (塔斯社称); a state marked as the topic (北朝鮮は). A paper's name may stand
    in its own brackets before the particle (「朝日新聞」は)."""
    for span in spans:
        if span.start >= before:
            break
        end = past_mark(masked, span, _CJK_NAME_CLOSE)
        if span.kind == "organisation" and span.name and (
                masked.startswith(attributor.cues.cjk_subject_marks, end) or attributor.cues.cjk_speech.match(masked, end)):
            return span.name
        if span.kind == "place" and span.name and masked.startswith(attributor.cues.cjk_topic_marks, end):
            return span.name  # "北朝鮮はさらに「…」と主張した": a state the sentence is about speaks for its government
    return None


def cjk_next_to_verb(attributor: Attributor, masked: str, spans: list[Span], lo: int, hi: int,
                     quote_start: int | None = None) -> str | None:
    """The person, else the organisation, a Chinese or Japanese sentence names right before a speech
    verb ("…”，韩联社报道", "马克龙说", "タス通信が報じた"), anywhere in masked[lo:hi]: a person wins ("马克龙说…，塔斯社报道").
    Of several people, the last before the quotation at `quote_start` ("A說:「…」B說:「…」", one sentence where no
    full stop outside the marks ends the first: B's the second), else the first."""
    speech, marks = attributor.cues.cjk_speech, attributor.cues.cjk_subject_marks

    def verb_after(span: Span) -> bool:  # right after the name, or after its subject particle ("タス通信が報じた")
        at = past_mark(masked, span, _CJK_NAME_CLOSE)
        mark = next((m for m in marks if masked.startswith(m, at)), "")
        return bool(speech.match(masked, at) or mark and speech.match(masked, at + len(mark)))

    at_verb = [s for s in spans if lo <= s.start < hi and s.kind in SPEAKING_KINDS and s.name and verb_after(s)
               and not attributor.governed(masked, s, lo, hi)]  # (not "普京向崔善姬表示": Choe is spoken to)
    if at_verb and all(attributor.is_agency(s) for s in at_verb) and any(
            s.kind == "person" and lo <= s.start < hi and _subject(masked, s, marks) for s in spans):
        return None  # "プーチン大統領は「…」と述べたと朝鮮中央通信が伝えた": an agency relays the person its sentence names
    people = [s for s in at_verb if s.kind == "person"]
    before = [s for s in people if quote_start is not None and s.end <= quote_start]
    return before[-1].name if before else people[0].name if people else at_verb[0].name if at_verb else None


def korean_subject_after(attributor: Attributor, masked: str, named: list[Span], start: int, hi: int,
                         surnames) -> str | None:
    """The subject a Korean sentence names after its quotation, before the speech verb that closes it
    ('"…"고 주한 프랑스대사관이 밝혔다', '"…"며 외교부는 설명했다'), or None."""
    verb = None
    for verb in attributor.cues.korean_speech.finditer(masked, start, hi):
        pass  # (the last one: the verb the subject goes with)
    if verb is None:
        return None
    return attributor.korean_subject(masked, named, start, hi, verb.start(), surnames)


def korean_reporter(attributor: Attributor, masked: str, named: list[Span], lo: int, start: int, end: int,
                    hi: int) -> str | None:
    """The name a Korean sentence (masked[lo:hi], its quotation at masked[start:end]) marks as the subject of its
    reporting verb right after the quotation's quotative
    ending ('김 위원장이 … 만나 "…"고 중앙통신이 보도했다'): the quoted clause has no speech verb of its own, so
    the reporter speaks, not the subject of the clause before the quotation. None when the quotation's own verb
    comes first ('"…"고 말했다고 통신이 보도했다': the person before it spoke), or when a topic opens the sentence
    ('외무부는 "…"고 …': the caller reads the topic)."""
    ending = attributor.cues.korean_speech.match(masked, end, min(hi, end + 8))
    # (only a quotative closing the clause, "고"/"라고": "“…”며 김 위원장이 웃으며 …" runs on into another clause)
    if ending is None or not ending.group().endswith("고") or masked[ending.end():ending.end() + 1] not in (" ", "\t"):
        return None
    at = ending.end() + 1
    if korean_topic(masked, named, lo, start):
        return None
    for span in named:
        if span.start == at and span.kind in SPEAKING_KINDS and span.name:
            subject = KO_SUBJECT.match(masked, past_mark(masked, span, _CJK_NAME_CLOSE), hi)
            if subject is not None and subject.end() - span.end <= 2 \
                    and attributor.cues.korean_speech.search(masked, subject.end(), hi):
                return span.name
    return None


def korean_subject_dropped(cues: Cues, masked: str, named: list[Span], lo: int, quote_start: int, hi: int) -> bool:
    """Whether a Korean sentence with a speech verb after its quotation names people before the quotation only as no
    subject: each name, maybe after its title, carries a particle of languages/quotes.yml's korean_non_subject ("최선희
    외무상과 라브로프 장관 간 … 결과에 대해서도 "…"이라고 강조했다"): the sentence dropped its subject, who spoke before."""
    before = [s for s in named if lo <= s.start < quote_start and s.kind in PAIRING_KINDS and s.name]
    return bool(before) and cues.korean_speech.search(masked, quote_start, hi) is not None and all(
        cues.korean_non_subject.match(masked, past_mark(masked, s, _CJK_NAME_CLOSE), quote_start) for s in before)


# A name marked as a subject or topic, maybe after its title (プーチン大統領は, 김 위원장도): the sentence's own subject.
_MARKED = re.compile(r"[\u3005\u4e00-\u9fff\u30a0-\u30ff]{0,6}[はがも]|(?:\s?[\uac00-\ud7a3]{1,7})?(?:은|는|께서|이|가|도)(?![\uac00-\ud7a3])")


def continuing_opener(cues: Cues, masked: str, named: list[Span], lo: int, quote_start: int) -> bool:
    """Whether the sentence at `lo` opens with an adverb that goes on from the sentence before ("また「…」とし、",
    "또 "…"라며", "아울러, …") and names nobody as its own subject before the quotation (a name its topic or subject
    particle marks: "また、プーチン氏は「…」", "또 김 위원장은 "…""). Korean and Japanese drop such a sentence's
    subject: it is whoever spoke just before, not a person a clause after the quotation names ("「…」とし、X氏が
    送ったことに感謝した": X is in what was thanked for)."""
    if cues.continuing_adverbs is None or cues.continuing_adverbs.match(masked, lo) is None:
        return False
    for span in named:
        if not lo <= span.start < quote_start or span.kind not in PAIRING_KINDS or not span.name:
            continue
        if _MARKED.match(masked, past_mark(masked, span, _CJK_NAME_CLOSE), quote_start):
            return False
    return True


def _subject(masked: str, span: Span, marks) -> bool:
    """Whether a subject particle follows the name, past a title of a few characters and before any quotation:
    "プーチン大統領は「…」", "金正恩氏は"."""
    window = masked[span.end:span.end + 6]
    window = window[:min((window.find(m) for m in "「“\"『" if m in window), default=len(window))]
    return any(m in window for m in marks)


def cjk_spoken(attributor: Attributor, masked: str, named: list[Span], lo: int, hi: int, start: int, agencies) -> bool:
    """Whether a Chinese or Japanese sentence masked[lo:hi] names who speaks its quotation at `start`, not an agency:
    someone right before a speech verb ("普京表示，条约规定“…”"), or a person or body marked as its topic before the
    quotation ("プーチン大統領は条約を「…」と規定した": defines it so; a state too, "北朝鮮は…"): theirs, whatever document the
    sentence names."""
    who = cjk_next_to_verb(attributor, masked, named, lo, hi, start)
    return who is not None and who not in agencies or any(
        s.kind in ("person", "organisation", "place") and s.name and s.name not in agencies and lo <= s.start < start
        and _subject(masked, s, attributor.cues.cjk_topic_marks) for s in named)


def cjk_turn(cues: Cues, masked: str, lo: int, hi: int, person: Span, number: int) -> tuple[int, str] | None:
    """(number, the person) when a Chinese or Japanese sentence without quotation opens with the person and a speech verb
    right after the name ("普京强调，…。“我相信，…。”"): their turn, which a sentence of only quotation after it goes on;
    else None. (No speech pair reads a verb written onto the name.)"""
    if masked[lo:person.start].strip() or not cues.cjk_speech.match(masked, person.end, hi):
        return None
    return number, person.name
