"""How a Korean sentence marks who speaks: its subject by particle (은/는/이/가), a surname and a title standing
for someone named before, a descriptor as the topic. Attributor (quote_speakers.py) takes these methods in;
they read its `index` and `cues`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from .entities import Span
from .phrases import by_language, is_hangul
from .quote_patterns import alternation
from .quotation_marks import _quotations
from .quote_cues import Descriptor

# Korean marks a sentence's subject with a particle, maybe after a role word: 외교부는, 마크롱 대통령은 (up to seven syllables: "김민수 국가안보실장이").
# A body's statement may be the subject instead of the body: "외교부의 규탄 성명은", "정부의 규탄성명이" (the
# statement words of languages/quotes.yml, Korean, up to four syllables before them).
KO_SUBJECT = re.compile(r"(?:의\s?(?:[\uac00-\ud7a3]{1,4}\s?)?(?:성명|담화|발표문|입장문|논평)"
                         r"|(?:\s?[\uac00-\ud7a3]{1,7}))?(?P<p>은|는|께서|이|가)(?![\uac00-\ud7a3])")
# A broadcast transcript's soundbite label before the quotation: "<Name / role(when, where)>" (angle brackets)
_SOUNDBITE = re.compile(r"\s*[<〈《]\s*(?P<who>[^<>〈〉《》/]{2,30}?)\s*/\s*[^<>〈〉《》]{1,80}[>〉》]\s*[“\"]?")


@lru_cache(maxsize=8)
def _transcript_label(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """... or a label word of languages/quotes.yml's transcript_labels, a colon and who speaks, in square brackets:
    "[녹취: 밀러 대변인] “…”"."""
    return re.compile(rf"\s*\[\s*(?:{alternation(words)})\s*:\s*(?P<who>[^\[\]:]{{2,30}}?)\s*\]\s*[“\"]?") if words else None
# A Korean surname (one syllable, alone) and a title of up to four syllables, marked as the topic:
# "김 실장은", "박 위원장은" (not "이 조약은": the surname must be one of a person named before).
# ... and as a line's speaker label, before a colon and the quotation's opening mark: "- 김부부장: “…”".
_KO_LABEL = re.compile(r"[\s\-–—•*]*(?P<surname>[\uac00-\ud7a3]) ?(?P<title>[\uac00-\ud7a3]{1,4})\s*:\s*[“\"‘'「『]?")
_KO_SURNAME_TITLE = re.compile(r"(?<![\uac00-\ud7a3])(?P<surname>[\uac00-\ud7a3]) ?[\uac00-\ud7a3]{1,4}(?:은|는|께서)(?![\uac00-\ud7a3])")
# A finished speech clause before a new subject: the quotative ending (…라고, "…"고), its verb with a connective
# ending (밝혔고, 말했으며) and a comma: "푸틴 대통령은 …라고 밝혔고, 김 위원장이 …".
_FINISHED_SPEECH = re.compile(r"(?:고|며|면서)\s+(?P<verb>[\uac00-\ud7a3]{1,6})(?:고|으며|며)\s*,\s*$")
# A name written in its own brackets or marks, closed before the particle (<한겨레>는, 《조선일보》는) or the verb
_KO_NAME_CLOSE = frozenset(">》」』’”'")
# What stands between a person's name and the body of their title: a space or two, maybe a photo's or a side's mark
# in brackets ("박지훈(사진) 국립외교원 연구위원은", "(왼쪽)")
_NAME_TO_BODY = re.compile(r"\s{0,2}(?:\([^()]{1,8}\)\s?)?")
_KOREAN_SUBJECT_KINDS = ("person", "organisation", "place")  # a state may speak as a topic: "북한은 … "…"고 강조했다"


class KoreanSubjects:
    """The Korean readings of Attributor (quote_speakers.py): a mixin, for its `index` and `cues`."""

    def korean_subject(self, masked: str, spans: list[Span], lo: int, hi: int, before: int,
                       surnames: Mapping[str, str] | None = None) -> str | None:
        """The name a Korean sentence with a speech verb marks as its subject (topic 은/는 first), of
        those whose own speech has not ended before the quotation at `before`. `surnames`: the first
        syllable of each Korean name written so far, and whose name it is. "" when the subject is a
        body's office-holder the text does not name ("국가두마 의장은"): someone speaks, nobody known."""
        if not self.cues.korean_speech.search(masked, lo, hi):
            return None
        best, best_rank, best_at = None, 9, hi
        subject: str | None = None
        previous: Span | None = None
        holder = False  # a body's office-holder not named is the topic: someone unknown speaks
        ended = None  # the first topic whose speech ended before the quotation
        last_speech = -1  # where the last speech cue before the quotation starts (one pass: linear)
        for cue in self.cues.korean_speech.finditer(masked, lo, before):
            last_speech = cue.start()
        quoted = _scare_quoted(masked, lo, before)
        for span in spans:
            if not (lo <= span.start < before) or span.kind not in _KOREAN_SUBJECT_KINDS or not span.name:
                continue
            if any(start < span.start and span.end < end - 1 for start, end in quoted):
                continue  # "“북한은 동맹국”이라며 “…”": a subject inside a short quoted phrase is the phrase's, not the sentence's
            match = KO_SUBJECT.match(masked, past_mark(masked, span, _KO_NAME_CLOSE), hi)
            if span.kind == "place" and (match is None or match.group("p") not in ("은", "는", "이", "가") or match.end() - span.end > 1
                                         or match.group("p") in ("이", "가") and masked[lo:span.start].strip()):
                continue  # a state speaks only as the topic, or the subject opening the sentence ("러시아가 "…"며 밝혔다"), not "북한 외무성은"
            name = span.name
            if match is not None and span.kind != "person" and previous is not None and previous.kind == "person" \
                    and _NAME_TO_BODY.fullmatch(masked, previous.end, span.start) and self._holds_role(match.group(0)):
                name = previous.name  # "박지훈 국립외교원 연구위원은", "박지훈(사진) 외교원 연구위원이": the institute's fellow speaks
            elif match is not None and span.kind == "organisation" and match.end() - span.end > 1 \
                    and self._holds_role(match.group(0)):
                previous = span
                holder = holder or match.group("p") in ("은", "는", "께서")
                continue  # "(a name not known) 국가두마 의장은": the body's chairman speaks, not the body
            previous = span
            if match is None:
                continue
            if last_speech >= match.end():
                # "마크롱은 "…"고 밝혔고, 숄츠는 "…"": this subject's speech ended before the quotation,
                # unless nobody takes over ("위원회는 …고 밝히며, "…"라고 설명했다": it goes on)
                ended = ended or (name if match.group("p") in ("은", "는", "께서") else None)
                continue
            rank = 0 if match.group("p") in ("은", "는", "께서") else 1 if span.kind != "place" else 2  # (a state last)
            reported = self.cues.korean_reported_clause
            if rank and ended and reported is not None and reported.search(masked, match.end(), before) \
                    and not self._after_finished_speech(masked, lo, span.start):
                continue  # "푸틴은 …고 밝힌 것을 평가했고, 트럼프가 … 깊었다면서 "…"": Trump is in what the topic says
            if rank == 1 and span.kind == "person" and subject is None:
                subject = name  # (the first person marked as a subject: the speaker of a quoted speech verb)
            if rank < best_rank:
                best, best_rank, best_at = name, rank, span.start
        if best is None and surnames:
            # "장 실장은 "…"": a surname and a title stand for the person of that surname named before
            for title in _KO_SURNAME_TITLE.finditer(masked, lo, before):
                name = surnames.get(title.group("surname"))
                if name and last_speech < title.end():
                    return name
        if best is None and not holder and self.cues.home_body is not None:
            home = self._home_body(masked, spans, lo, before)
            if home is not None:
                return home  # ("" for another country's: "미 정부는 "…"" names its own speaker, whom nobody before is)
        if best is None and holder:
            return ""  # (nobody to name: the caller's fallbacks must not guess)
        if best is not None and best_rank and not (subject == best and self._reported_after(masked, before, hi)) \
                and any(not masked[lo:start].strip() and masked[start:end].endswith(("는", "은"))
                        for start, end in self.pronouns(masked, lo, best_at)):
            return None  # "그는 안보리가 결의한 제재에 대해 "…"며": the pronoun the sentence opens with is its topic
        if best_rank == 1 and self._korean_topic_descriptor(masked, spans, lo, before):
            return None  # "신문은 마크롱 대통령이 "…"했다면서 …고 전했다": the paper the topic stands for reports
        if best_rank == 0 and subject is not None and getattr(self.index.entities.get(best or ""), "agency", False) \
                and any(verb in masked[before:hi] for verb in self.cues.korean_reported):
            return subject  # "연합뉴스는 마크롱 대통령이 "…"고 말했다고 보도했다": the agency reports what Macron said
        return best if best is not None else ended

    def _home_body(self, masked: str, spans: list[Span], lo: int, before: int) -> str | None:
        """The government a Korean sentence's bare subject "정부는" means (quotes.yml korean_home_bodies), when it opens the
        sentence or follows a comma or a word of korean_home_after ("성명에서 정부는", "이에 정부는"); "" when another word
        stands right before it ("북한 정부는", "호주 정부는", "미 정부는": another country's), else None."""
        home = self.cues.home_body.search(masked, lo, before)
        if home is None:
            return None
        word_before = masked[lo:home.start()].split()[-1:]
        if word_before and not word_before[0].endswith(",") and not word_before[0].endswith(self.cues.home_after):
            return ""
        return self.cues.home_bodies.get(home.group("word"))

    def _reported_after(self, masked: str, before: int, hi: int) -> bool:
        """Whether a speech verb after the quotation at `before` ends in a reported ending ("…"라고 말했다고 전했다"):
        the person marked 이/가 spoke the quotation, and the sentence's topic only relays it ("그는 푸틴 대통령이 "…"")."""
        reported = self.cues.korean_reported_clause
        return reported is not None and any(reported.match(masked, verb.end())
                                            for verb in self.cues.korean_speech.finditer(masked, before, hi))

    def _after_finished_speech(self, masked: str, lo: int, at: int) -> bool:
        """Whether the name at `at` opens a clause right after a finished speech clause of the topic ("…라고 밝혔고,
        김 위원장이 …라면서 "…"", "…다고 말했으며, …"): a quotative ending, its speech verb, a connective and a comma.
        The subject marked after it is the new speaker, not one inside what the topic says."""
        head = _FINISHED_SPEECH.search(masked, max(lo, at - 24), at)
        return head is not None and self.cues.korean_speech.match(masked, head.start("verb")) is not None

    def soundbite_speaker(self, masked: str, spans: list[Span], lo: int, before: int) -> str | None:
        """The person a broadcast transcript's soundbite label names right before its quotation ("<블라디미르 푸틴 /
        러시아 대통령(지난달 25일 방산회의)> “…”": the name, a slash, the role; "[녹취: 밀러 대변인] “…”"), or None."""
        label = _SOUNDBITE.fullmatch(masked, lo, before)
        bracketed = _transcript_label(tuple(by_language(self.cues.data.get("transcript_labels")))) if label is None else None
        label = label or (bracketed.fullmatch(masked, lo, before) if bracketed is not None else None)
        if label is None:
            return None
        return next((s.name for s in spans if s.kind == "person" and label.start("who") <= s.start < label.end("who")), None)

    def korean_label(self, masked: str, lo: int, before: int, recent) -> str | None:
        """The person a Korean surname and title, glued or not, stand for as a line's speaker label right before its
        quotation at `before` ("- 김부부장: “…”"), when the title is a role: the person of that surname named before
        with that title after the name (Recent.titled_person), else the last person of that surname."""
        label = _KO_LABEL.fullmatch(masked, lo, before)
        if label is None or not self._holds_role(label.group("title")):
            return None
        surname = label.group("surname")
        return recent.titled_person(surname, label.group("title")) or recent.surnames.get(surname)

    def _korean_topic_descriptor(self, masked: str, spans: list[Span], lo: int, before: int) -> bool:
        """Whether a Korean descriptor outside every name is the topic (은/는) in masked[lo:before]."""
        if self.cues.descriptor is None:
            return False
        for match in self.cues.descriptor.finditer(masked, lo, before):
            subject = KO_SUBJECT.match(masked, match.end(), before)
            if is_hangul(match.group(0)) and subject is not None and subject.group("p") in ("은", "는") \
                    and subject.end() - match.end() == 1 and not any(s.start <= match.start() < s.end for s in spans):
                return True
        return False

    def korean_descriptor(self, masked: str, lo: int, hi: int) -> Descriptor | None:
        """A Korean descriptor marked as the subject of a sentence with a speech verb (대리인은)."""
        cues = self.cues
        if cues.descriptor is None or not cues.korean_speech.search(masked, lo, hi):
            return None
        for match in cues.descriptor.finditer(masked, lo, hi):
            if is_hangul(match.group(0)) and KO_SUBJECT.match(masked, match.end(), hi):
                return cues.descriptor_of(match.group(0))
        return None

    def _holds_role(self, words: str) -> bool:
        return any(role in words for role in self.index.role_words if not role.isascii())


def _scare_quoted(masked: str, lo: int, before: int) -> list[tuple[int, int]]:
    """The stretches in quotation marks left in masked[lo:before]: those too short to be quotations, which
    mask_quoted did not mask (a scare quote, a phrase quoted in passing). Read from the sentence's start `lo`,
    not the paragraph's: a paragraph of thousands of sentences would be read once for each."""
    return [(lo + m.start(), lo + m.end()) for m in _quotations(masked[lo:before])]


def past_mark(masked: str, span: Span, marks) -> int:
    """Where the text after a name goes on, past the closing mark (one of `marks`) of a name written in its
    own brackets or marks (「朝日新聞」は, <한겨레>는)."""
    return span.end + 1 if masked[span.end:span.end + 1] in marks else span.end
