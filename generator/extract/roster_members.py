"""Who travelled with the leader: names and roles from rosters.

A roster is what a cue of the story's roster.yml introduces ("accompanied by", "в составе делегации",
"수행단", "begleitet von", "accompagné de"):
- the cue's own sentence, cut into items at commas, semicolons and "and"; each item holds at most one
  person and their role, before the name ("Foreign Minister Annalena Baerbock", "министр обороны Борис
  Писториус") or after it ("Annalena Baerbock, the foreign minister", "베어보크 외무장관"); a plural role word
  gives the names after it one role ("министры A, B и C") (roster_items.py);
- the list lines under a cue line ending in ":" ("Российская делегация:" then "– Name, role");
- the next few sentences, read strictly (a person next to a role the data knows), which is how a
  roster goes on ("German ministers accompanying Scholz ... . Foreign Minister Baerbock ...").
A name is a known person or, on a roster line, a proper-name shape (two or three capitalised Latin or
Cyrillic words, two Hangul words before a role) that is not a place, an organisation or a role word.
Roles are shown in the English form the data gives them.

Never members: the leader a cue says is accompanied ("accompanying Scholz", "숄츠 총리를 ... 수행"),
anyone whose role is a leader's ("President of Russia"), and the people of any country but the visiting
one: the visitor's country is the story's (`visit` in roster.yml) when it names one, else that of the accompanied
leader (his roles in entities.yml), else the one a cue names ("the German entourage"). A list under another
country's header ("КНДР делегация:") is the hosts'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from ..model import Member, Mention, Paragraph
from .phrases import split_sentences, fold, is_hangul
from .roster import RosterData
from .roster_items import RosterItems
from .roster_names import RosterNames
from .roster_text import WORD_REST, accompanied, clean_role, item_end, item_start, name_before

_LIST_LINE = re.compile(r"^\s*[-–—•·*▪]\s*(?P<a>[^,–—:]+?)\s*(?:,|\s[-–—:]\s)\s*(?P<b>.+?)[\s.;]*$")
_DASH_PAIR = re.compile(r"^\s*(?P<a>[^,–—:]{3,60}?)\s+[–—]\s+(?P<b>.+?)[\s.;]*$")
_HANGUL_OBJECT = re.compile(r"\s*[\uac00-\ud7a3]{0,5}?(?:을|를|의)(?=\s)")
_POSSESSIVE = re.compile(r"['’]s(?:\s+[\w-]+){0,2}\s+$")
_REPORTER_TAIL = 3  # words after a name closing a sentence ("… Мария Захарова 14 января.")
_REPORTER_TITLE = 8  # words of a title between a word of telling and the name
_FOLLOW = 4  # sentences after a cue read as its roster's continuation
_SIDE_GAP = re.compile(r"\w*\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?|du\s+|aus\s+)?")
_SIDE_REACH = 30  # characters either side of a cue that may name its party's country
_HANGUL_OF = re.compile(r"([\uac00-\ud7a3A-Za-z]{2,})의\s+$")  # "한국전력의 ": the body a person heads
_APPOSITIVE_GAP = re.compile(r"\s*,\s*")  # "X, flanked by": the cue speaks of X's company
_OTHER_TIME_GAP = 2  # words between "then" and the role it dates ("the then Russian Defence Minister")
_HEADER_END = re.compile(r"\w*(?:\s+\w+)?\s*:\s*")  # "Российская делегация:", "The entourage included:"


_CJK_STOP = re.compile(r"(?<=[。！？])")
_STOP = re.compile(r"[,;:.!?()\"«»“”]")  # what ends the title before a leader's name
_TITLE_WORDS = 4  # words a leader's title may take between "led by" and his name


def sentences(text: str) -> list[str]:
    """The paragraph's sentences, and Chinese and Japanese ones ending in "。" with no space after it."""
    return [part for sentence in split_sentences(text) for part in
            (_CJK_STOP.split(sentence) if "。" in sentence or "！" in sentence or "？" in sentence else (sentence,)) if part]


@dataclass
class _Candidate:
    name: str
    role: str  # as written
    side: str | None  # the country of the list it stands in, when the list says
    anchor: str


def find_members(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge, language: str | None = None
) -> tuple[Member, ...]:
    """Members named in rosters, in text order, each once (first role wins). `language`: the article's, whose
    words join a list's items (any language's when None)."""
    index = EntityIndex.from_knowledge(knowledge)
    data = RosterData.from_knowledge(knowledge)
    found = [m for m in mentions if not m.known and m.kind == "person"]
    # a discovered name the text writes otherwise ("알렉산드르 이즈마일로프", named "Aleksandr Izmaylov")
    written = {form: m.name for m in found for form in m.forms if form != m.name and (" " in form or not form.isascii())}
    annotated = index.annotate(paragraphs, [m.name for m in found], written)
    reader = _Reader(index, data, language)
    for paragraph, spans in zip(paragraphs, annotated):
        reader.paragraph(paragraph, spans)
    return reader.members()


class _Reader:
    """One article's rosters, read paragraph by paragraph in one pass."""

    def __init__(self, index: EntityIndex, data: RosterData, language: str | None = None):
        self.index, self.data = index, data
        self.names = RosterNames(index, data)
        self.item_split, self.item_edge = data.list_patterns_for(language)
        self.items = RosterItems(index, data, self.names, self.item_split, self.item_edge)
        self.candidates: list[_Candidate] = []
        self.visitors: list[str] = []  # leaders a cue says are accompanied
        self.cue_sides: list[str] = []  # countries cues name ("German entourage")
        self.list_side: str | None | bool = False  # under a "Делегация:" line: its country (None: unnamed)
        self.follow = 0  # sentences still to read as a roster's continuation
        # after a cue sentence that listed members, a sentence goes on with its list only when it is one itself
        self.follow_lists_only = False

    # ------------------------------------------------------------------ reading
    def paragraph(self, paragraph: Paragraph, spans: list[Span]) -> None:
        text = paragraph.text
        people = [s for s in spans if s.kind == "person" and not s.descriptor]
        if self.list_side is not False:
            if self._list_line(text, people, paragraph.anchor):
                return
            self.list_side = False
        may_cue = self.data.cues.may_hold(fold(text))
        if not may_cue and not self.follow:
            return  # no cue in the paragraph and no roster going on: nothing to read
        starts = [s.start for s in people]
        cursor = 0
        for sentence in sentences(text):
            lo = text.find(sentence, cursor)
            if lo < 0:
                continue
            hi = lo + len(sentence)
            cursor = hi
            in_sentence = people[bisect_left(starts, lo):bisect_left(starts, hi)]
            cues = self.data.cues.find(text, lo, hi) if may_cue else None
            if cues:
                cues = self._roster_cues(text, lo, hi, cues)
            if cues:
                self._cue_sentence(text, lo, hi, cues, in_sentence, paragraph.anchor)
            elif self.follow:
                self.follow -= 1
                if self._strict(text, lo, hi, in_sentence, paragraph.anchor, self.follow_lists_only):
                    self.follow = _FOLLOW  # a roster goes on while its sentences name members

    def _roster_cues(self, text: str, lo: int, hi: int, cues: list) -> list:
        """The cues that may open a roster: not a cue word inside a phrase of `not_cues` ("обмен
        делегациями", "대표단 교환": travelling parties in general, not a visit's)."""
        general = self.data.not_cues.find(text, lo, hi)
        if not general:
            return cues
        return [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b, _ in general)]

    def _cue_sentence(self, text, lo, hi, cues, people: list[Span], anchor: str) -> None:
        starts = [s.start for s in people]
        cues = [c for c in cues if not self._others_retinue(text, c[0], people, starts)]
        if not cues:
            return
        principals = set()
        for start, end, _ in cues:
            principal = accompanied(text, end, people, starts, self.data.before_principal) or self._principal_before(text, start, people, starts)
            if principal is not None:
                principals.add(id(principal))
                self.visitors.append(principal.name)
        for start, end, _ in self.data.led_by.find(text, lo, hi):
            leader = (accompanied(text, end, people, starts, self.data.before_principal) or self._titled_after(text, end, people, starts)
                      or name_before(text, start, people, starts))
            if leader is not None:
                principals.add(id(leader))
                self.visitors.extend((leader.name, leader.form))  # a roster's shape may read his form
        # A cue naming its side ("러시아 측에서는 …, 북한 측에서는 …", "On the North Korean side, …") is the country of the
        # names after it, up to the next such cue; the other cues give the sentence's side
        named = [(start, c[0][2]) for start, end, _ in self.data.sides.find(text, lo, hi)
                 if (c := self.data.countries.find(text, start, end))]
        side = next((c for start, end, _ in cues if (c := self._side(text, lo, hi, start, end))), None)
        if side:
            self.cue_sides.append(side)
        if _HEADER_END.fullmatch(text, cues[-1][1], hi):
            self.list_side = named[-1][1] if named else side  # a header: the list lines follow
            return
        people = [s for s in people if id(s) not in principals]
        cue_start, cue_end = cues[0][0], cues[0][1]
        found = list(self.items.members(text, lo, hi, cue_start, cue_end, people))
        found = [(name, role) for name, role in found if not self._reporter(text, lo, hi, name, people)]
        for name, role in found:
            at = next((s.start for s in people if s.name == name), None)
            own = [country for start, country in named if at is not None and start < at]
            self._add(name, role, own[-1] if own else side, anchor)
        # A cue sentence naming no member: the next sentences may (the "accompanying ministers" named after).
        # One that listed some: the next may go on with the list ("… dan Menteri Pertahanan X. Kemudian ada
        # Wakil Menteri Y, Menteri Z, …"), when it is a list of titled people itself, not a sentence naming
        # one official among others; unless a roster an earlier cue opened is still being read.
        opened = self.follow and not self.follow_lists_only
        self.follow_lists_only = self._useful(found) and not opened
        self.follow = _FOLLOW

    def _reporter(self, text: str, lo: int, hi: int, name: str, people: list[Span]) -> bool:
        """Whether the person closes the cue sentence beside a word of telling ("Делегация … ожидается в Москве, —
        сообщает представитель МИД Мария Захарова", "…, said Peskov", "…, Peskov said"): the one who reports the
        visit, not a member."""
        span = next((s for s in reversed(people) if s.name == name), None)
        if span is None or span is not people[-1] or len(text[span.end:hi].split()) > _REPORTER_TAIL:
            return False
        after = self.data.describing.find(text, span.end, hi)
        comma = text.rfind(",", lo, span.start)
        if after and not text[span.end:after[0][0]].strip() and comma >= 0 \
                and len(text[comma + 1:span.start].split()) <= _REPORTER_TITLE:
            return True  # "…, along with Kim, (Kremlin aide) Ushakov said.": the teller after a comma, maybe titled
        floor = people[-2].end if len(people) > 1 else lo
        told = self.data.describing.find(text, max(floor, lo), span.start)
        return bool(told) and len(text[told[-1][1]:span.start].split()) <= _REPORTER_TITLE

    @staticmethod
    def _titled_after(text: str, end: int, people: list[Span], starts: list[int]) -> Span | None:
        """The person a "led by" names after his title ("во главе с замминистра обороны Павлом
        Ткаченко", "led by Deputy Defence Minister X"): a few words and no stop between. He leads the
        party, so he is its visitor, not a member of another's roster."""
        following = bisect_left(starts, end)
        if following == len(people):
            return None
        gap = text[end:people[following].start]
        return people[following] if len(gap.split()) <= _TITLE_WORDS and not _STOP.search(gap) else None

    def _side(self, text: str, lo: int, hi: int, cue_start: int, cue_end: int) -> str | None:
        """The country a cue names as its party's, next to it: "German entourage", "делегации России"."""
        before = self.data.countries.find(text, max(lo, cue_start - _SIDE_REACH), cue_start)
        if before and WORD_REST.fullmatch(text, before[-1][1], cue_start):
            return before[-1][2]
        # (Korean writes a delegation's country before it, "러시아 대표단": one after the cue is another clause's,
        # "동행은 북한과의 …")
        tail = None if is_hangul(text[cue_start:cue_end]) else _SIDE_GAP.match(text, cue_end, hi)
        after = self.data.countries.find(text, tail.end(), min(hi, tail.end() + _SIDE_REACH)) if tail else []
        return after[0][2] if after and after[0][0] == tail.end() else None

    def _useful(self, found) -> bool:
        return any(self._keeps(_Candidate(name, role, None, "")) for name, role in found)

    def _list_line(self, text: str, people: list[Span], anchor: str) -> bool:
        """A "– Name, role" or "Name — role" line under a roster's header: read it, or say it is not one."""
        match = _LIST_LINE.match(text) or _DASH_PAIR.match(text)
        if not match:
            return False
        a_start, a_end = match.span("a")
        b_start, b_end = match.span("b")
        for (ns, ne), (rs, re_) in (((a_start, a_end), (b_start, b_end)), ((b_start, b_end), (a_start, a_end))):
            name = self.names.name_in(text, ns, ne, people, whole=True)
            if name:
                if self.list_side is None or self._is_visitor_country(self.list_side) is not False:
                    self._add(name, clean_role(text[rs:re_]), self.list_side or None, anchor)
                return True
        return bool(_LIST_LINE.match(text))  # a bulleted line of no one: the list goes on

    def _strict(self, text: str, lo: int, hi: int, people: list[Span], anchor: str, list_only: bool = False) -> bool:
        """A sentence after a cue: its people next to a role the data knows ("Health Minister X").
        Whether it named any. A sentence telling what someone said about the visit names no member
        (`describing` of the story's roster.yml): speaking about the party is not being listed in it.
        `list_only`: only a sentence of two people or more, each with such a role (a list going on)."""
        if self.data.describing.find(text, lo, hi) or (list_only and len(people) < 2):
            return False
        found: list[tuple[str, str]] = []
        shared: str | None = None  # "министры A, B, C и D": the role a plural word before them gives each
        for i, span in enumerate(people):
            edge = self.item_edge
            floor = max(lo, item_start(text, lo, span.start, edge), people[i - 1].end if i else lo)
            ceiling = min(item_end(text, span.end, hi, edge), people[i + 1].start if i + 1 < len(people) else hi)
            before = self.index.role_before(text, span.start, floor) if span.form.isascii() else None
            after = text[span.end:ceiling]
            # Korean writes the role after the name ("김민수 한국전력 사장"), or the body it heads before
            # the name ("한국전력의 김민수 사장"); the others mostly before it, or before the comma
            # of an appositive ("der Chef der Raumfahrtagentur ESA, Josef Aschbacher")
            if is_hangul(span.form):
                body = _HANGUL_OF.search(text, max(floor, span.start - 40), span.start)
                order = ((after, True), (body.group(1) + " " + after if body else None, True))
            else:
                order = ((before, False), (text[floor:span.start], False), (after, True),
                         (self._role_before_comma(text, lo, floor, span, people[:i]), False))
            for role, behind in order:  # (behind: the role is written after the name)
                if role and (held := self.data.roles.find(clean_role(role))):
                    # a word of another time before the role, inside what follows the name or in the text before it
                    if self._other_time(clean_role(role), 0, held[0][0]) if behind else \
                            self._other_time(text, floor, text.rfind(role, floor, span.start)):
                        break  # "쇼이구 당시 국방장관이 맞이했지만", "the then Defence Minister X": another time's
                    found.append((span.name, clean_role(role)))
                    shared = None
                    break
                plural = self.data.shared_roles.find(clean_role(role)) if role else None
                if plural:
                    shared = plural[0][2]
                    found.append((span.name, shared))
                    break
            else:
                if shared and self._list_goes_on(text[floor:span.start]):
                    found.append((span.name, shared))  # the next name of the plural's list, a comma or "и" before it
                    continue
                shared = None
                if list_only:
                    return False
        for name, role in found:
            self._add(name, role, None, anchor)
        return bool(found)

    def _other_time(self, text: str, floor: int, role_at: int) -> bool:
        """Whether a word of another time (roster.yml `other_time`) stands a word or two before the role at
        `role_at` ("the then Defence Minister", "당시 러시아 국방장관"): the role was held then, not on this visit."""
        return role_at >= 0 and any(len(text[end:role_at].split()) <= _OTHER_TIME_GAP
                                    for _, end, _ in self.data.other_time.find(text, floor, role_at))

    def _list_goes_on(self, gap: str) -> bool:
        """Whether `gap`, between two names, is a comma or a word joining list items in the article's language
        (`list_and`): "министры A, B и C" give C the role, "ministers A, B, not C" do not."""
        word = gap.strip(" \t,;")
        return not word or self.item_split.fullmatch(word) is not None

    def _role_before_comma(self, text: str, lo: int, floor: int, span: Span, before: list[Span]) -> str | None:
        """The item before a name's, when a comma alone parts them and it holds no one: the role of an
        appositive written before the name ("the head of ESA, Josef Aschbacher")."""
        comma = text.rfind(",", lo, span.start)
        if comma < 0 or text[comma + 1:span.start].strip() or (before and before[-1].end > comma):
            return None
        start = item_start(text, lo, comma, self.item_edge)
        return None if before and before[-1].end > start else text[start:comma]

    def _others_retinue(self, text: str, cue_start: int, people: list[Span], starts: list[int]) -> bool:
        """Whether the cue follows, past a comma alone, a person of a country not the visitor's: "Blinken, flanked
        by Defence Secretary X, condemned the pact" names the US secretary's company, not the visit's party."""
        before = bisect_left(starts, cue_start) - 1
        if before < 0 or not _APPOSITIVE_GAP.fullmatch(text, people[before].end, cue_start):
            return False
        return self._is_visitor_country(self._entity_country(people[before].name)) is False

    def _principal_before(self, text: str, cue_start: int, people: list[Span], starts: list[int]) -> Span | None:
        """The person whose party or retinue the cue names: "Scholz's entourage", "숄츠 총리를 … 수행"."""
        before = bisect_left(starts, cue_start) - 1
        if before < 0:
            return None
        span = people[before]
        between = text[span.end:cue_start]
        if _POSSESSIVE.match(between) or self.data.object_mark.fullmatch(between):
            return span  # (or the one accompanied, marked so before the cue: "プーチン大統領に同行", "پوتین را همراهی")
        if is_hangul(span.form):
            for candidate in people[:before + 1]:
                if _HANGUL_OBJECT.match(text, candidate.end) and not self.data.going_along.match(text, candidate.end):
                    return candidate
        return None

    # ------------------------------------------------------------------ who is a member
    def _add(self, name: str, role: str, side: str | None, anchor: str) -> None:
        self.candidates.append(_Candidate(name, role, side, anchor))

    def _visitor_country(self) -> str | None:
        # The story's visitor first: "the North Korean delegation", "김정은 국무위원장의 수행단" in a story of the
        # Russian president's visit are the hosts' party (or a trip of theirs recalled), not his
        if self.data.default_visitor:
            return self.data.default_visitor
        for name in self.visitors:
            country = self._entity_country(name)
            if country:
                return country
        return self.cue_sides[0] if self.cue_sides else None

    def _is_visitor_country(self, country: str | None) -> bool | None:
        """True or False when the country is (not) the visitor's; None when unknown."""
        if not country:
            return None
        visitor = self._visitor_country()
        return None if visitor is None else country == visitor

    def _entity_country(self, name: str) -> str | None:
        entity = self.index.entities.get(name)
        if entity is None:
            return None
        return next((c for c in (self.data.countries.first(r) for r in entity.roles) if c), None)

    def _is_visitor(self, name: str) -> bool:
        """The name is a visitor's, or a roster's reading of a visitor's surname in another case
        ("Павлом Ткаченко" for the leader found as "Ткаченко")."""
        if name in self.visitors:
            return True
        last = fold(name.split()[-1]) if name.split() else ""
        return any(len(stem) >= 4 and (last.startswith(stem) or stem.startswith(last) and len(last) >= 4)
                   for stem in (fold(v.split()[-1]) for v in self.visitors if v.split()))

    def _keeps(self, candidate: _Candidate) -> bool:
        if self._is_visitor(candidate.name):
            return False
        entity = self.index.entities.get(candidate.name)
        roles = (candidate.role, *(entity.roles if entity else ()))
        if any(self.data.is_leader(r) for r in roles if r):
            return False
        for country in (candidate.side, self.data.role_country(candidate.role), self._entity_country(candidate.name)):
            if self._is_visitor_country(country) is False:
                return False
        return True

    def members(self) -> tuple[Member, ...]:
        out: dict[str, Member] = {}
        for candidate in self.candidates:
            if candidate.name in out or not self._keeps(candidate):
                continue
            out[candidate.name] = Member(candidate.name, self.data.normal_role(candidate.role), candidate.anchor)
        return tuple(out.values())
