"""Who travelled with the leader: names and roles from delegation rosters.

A roster is what a cue of data/delegation.yml introduces ("accompanied by", "в составе делегации",
"수행단", "begleitet von", "accompagné de"):
- the cue's own sentence, cut into items at commas, semicolons and "and"; each item holds at most one
  person and their role, before the name ("Foreign Minister Sergey Lavrov", "министр обороны Андрей
  Белоусов") or after it ("Sergei Lavrov, the foreign minister", "라브로프 외무장관"); a plural role word
  gives the names after it one role ("министры A, B и C");
- the list lines under a cue line ending in ":" ("Российская делегация:" then "– Name, role");
- the next few sentences, read strictly (a person next to a role the data knows), which is how a
  roster goes on ("Russian ministers accompanying Putin ... . Foreign Minister Lavrov ...").
A name is a known person or, on a roster line, a proper-name shape (two or three capitalised Latin or
Cyrillic words, two Hangul words before a role) that is not a place, an organisation or a role word.
Roles are shown in the English form the data gives them.

Never delegates: the leader a cue says is accompanied ("accompanying Putin", "푸틴 대통령을 ... 수행"),
anyone whose role is a leader's ("President of Russia"), and the people of any country but the visiting
one: the visitor's country is that of the accompanied leader (his roles in entities.yml), else the one a
cue names ("the Russian delegation"), else the story's (`visit` in delegation.yml). A list under another
country's header ("КНДР делегация:") is the hosts'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from .model import Delegate, Mention, Paragraph
from .phrases import split_sentences, fold, is_hangul
from .roster import RosterData
from .roster_names import RosterNames
from .text import spaceless
from .roster_text import accompanied, clean_role, item_end, item_start, name_before, split_items, whole_roles

_CYRILLIC_OR_HANGUL = re.compile(r"[\u0400-\u04ff\uac00-\ud7a3]")
_ACTIVE = re.compile(r"(?:accompanied|accompany|accompanies|travell?ed with|travell?ing with|begleitet|accompagn\w*)"
                     r"(?!\s+(?:by|von|de|par)\b)")
_PASSIVE = re.compile(r"\s+(?:by|von|de|par|d['’])(?:\s|$)")
_CUE_WORDS = re.compile(r"^.*?(?:вошли|входят|включает|включают|:)\s*")
_LIST_LINE = re.compile(r"^\s*[-–—•·*▪]\s*(?P<a>[^,–—:]+?)\s*(?:,|\s[-–—:]\s)\s*(?P<b>.+?)[\s.;]*$")
_DASH_PAIR = re.compile(r"^\s*(?P<a>[^,–—:]{3,60}?)\s+[–—]\s+(?P<b>.+?)[\s.;]*$")
_HANGUL_OBJECT = re.compile(r"\s*[\uac00-\ud7a3]{0,5}?(?:을|를|의)(?=\s)")
_POSSESSIVE = re.compile(r"['’]s(?:\s+[\w-]+){0,2}\s+$")
_CUE_REACH = 200  # characters after a cue read for "accompanied ... by"
_FOLLOW = 4  # sentences after a cue read as its roster's continuation
_SIDE_GAP = re.compile(r"\w*\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?|du\s+|aus\s+)?")
_SIDE_REACH = 30  # characters either side of a cue that may name its delegation's country
_WORD_REST = re.compile(r"\w*\s+")  # the rest of a word a stem matched ("Российск|ая "), then space
_HANGUL_OF = re.compile(r"([\uac00-\ud7a3A-Za-z]{2,})의\s+$")  # "로스코스모스의 ": the body a person heads
_HEADER_END = re.compile(r"\w*(?:\s+\w+)?\s*:\s*")  # "Российская делегация:", "The delegation included:"


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


def find_delegation(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge
) -> tuple[Delegate, ...]:
    """Delegates named in delegation rosters, in text order, each once (first role wins)."""
    index = EntityIndex.from_knowledge(knowledge)
    data = RosterData.from_knowledge(knowledge)
    found = [m for m in mentions if not m.known and m.kind == "person"]
    # a discovered name the text writes otherwise ("알렉산드르 코즐로프", named "Aleksandr Kozlov")
    written = {form: m.name for m in found for form in m.forms if form != m.name and (" " in form or not form.isascii())}
    annotated = index.annotate(paragraphs, [m.name for m in found], written)
    reader = _Reader(index, data)
    for paragraph, spans in zip(paragraphs, annotated):
        reader.paragraph(paragraph, spans)
    return reader.delegates()


class _Reader:
    """One article's rosters, read paragraph by paragraph in one pass."""

    def __init__(self, index: EntityIndex, data: RosterData):
        self.index, self.data = index, data
        self.names = RosterNames(index, data)
        self.candidates: list[_Candidate] = []
        self.visitors: list[str] = []  # leaders a cue says are accompanied
        self.cue_sides: list[str] = []  # countries cues name ("Russian delegation")
        self.list_side: str | None | bool = False  # under a "delegation:" line: its country (None: unnamed)
        self.follow = 0  # sentences still to read as a roster's continuation

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
                if self._strict(text, lo, hi, in_sentence, paragraph.anchor):
                    self.follow = _FOLLOW  # a roster goes on while its sentences name delegates

    def _roster_cues(self, text: str, lo: int, hi: int, cues: list) -> list:
        """The cues that may open a roster: not a cue word inside a phrase of `not_cues` ("exchanges of
        delegations", "대표단 교환": delegations in general, not a visit's)."""
        general = self.data.not_cues.find(text, lo, hi)
        if not general:
            return cues
        return [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b, _ in general)]

    def _cue_sentence(self, text, lo, hi, cues, people: list[Span], anchor: str) -> None:
        starts = [s.start for s in people]
        principals = set()
        for start, end, _ in cues:
            principal = accompanied(text, end, people, starts) or self._principal_before(text, start, people, starts)
            if principal is not None:
                principals.add(id(principal))
                self.visitors.append(principal.name)
        for start, end, _ in self.data.led_by.find(text, lo, hi):
            leader = (accompanied(text, end, people, starts) or self._titled_after(text, end, people, starts)
                      or name_before(text, start, people, starts))
            if leader is not None:
                principals.add(id(leader))
                self.visitors.extend((leader.name, leader.form))  # a roster's shape may read his form
        side = next((c for start, end, _ in cues if (c := self._side(text, lo, hi, start, end))), None)
        if side:
            self.cue_sides.append(side)
        if _HEADER_END.fullmatch(text, cues[-1][1], hi):
            self.list_side = side  # a header: the list lines follow
            return
        people = [s for s in people if id(s) not in principals]
        cue_start, cue_end = cues[0][0], cues[0][1]
        found = list(self._delegates(text, lo, hi, cue_start, cue_end, people))
        for name, role in found:
            self._add(name, role, side, anchor)
        if not self._useful(found):
            self.follow = _FOLLOW

    @staticmethod
    def _titled_after(text: str, end: int, people: list[Span], starts: list[int]) -> Span | None:
        """The person a "led by" names after his title ("во главе с замминистра обороны Алексеем
        Криворучко", "led by Deputy Defence Minister X"): a few words and no stop between. He leads the
        delegation, so he is its visitor, not a member of another's roster."""
        following = bisect_left(starts, end)
        if following == len(people):
            return None
        gap = text[end:people[following].start]
        return people[following] if len(gap.split()) <= _TITLE_WORDS and not _STOP.search(gap) else None

    def _side(self, text: str, lo: int, hi: int, cue_start: int, cue_end: int) -> str | None:
        """The country a cue names as its delegation's, next to it: "Russian delegation", "делегации России"."""
        before = self.data.countries.find(text, max(lo, cue_start - _SIDE_REACH), cue_start)
        if before and _WORD_REST.fullmatch(text, before[-1][1], cue_start):
            return before[-1][2]
        tail = _SIDE_GAP.match(text, cue_end, hi)
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

    def _strict(self, text: str, lo: int, hi: int, people: list[Span], anchor: str) -> bool:
        """A sentence after a cue: its people next to a role the data knows ("Health Minister X").
        Whether it named any. A sentence telling what someone said about the visit names no delegate
        (`describing` of data/delegation.yml): speaking about the delegation is not being listed in it."""
        if self.data.describing.find(text, lo, hi):
            return False
        added = False
        for i, span in enumerate(people):
            edge = self.data.item_edge
            floor = max(lo, item_start(text, lo, span.start, edge), people[i - 1].end if i else lo)
            ceiling = min(item_end(text, span.end, hi, edge), people[i + 1].start if i + 1 < len(people) else hi)
            before = self.index.role_before(text, span.start, floor) if span.form.isascii() else None
            after = text[span.end:ceiling]
            # Korean writes the role after the name ("보리소프 우주공사 사장"), or the body it heads before
            # the name ("로스코스모스의 유리 보리소프 사장"); the others mostly before it, or before the comma
            # of an appositive ("der Chef der Raumfahrtagentur Roskosmos, Juri Borissow")
            if is_hangul(span.form):
                body = _HANGUL_OF.search(text, max(floor, span.start - 40), span.start)
                order = (after, body.group(1) + " " + after if body else None)
            else:
                order = (before, text[floor:span.start], after, self._role_before_comma(text, lo, floor, span, people[:i]))
            for role in order:
                if role and self.data.roles.find(clean_role(role)):
                    self._add(span.name, clean_role(role), None, anchor)
                    added = True
                    break
        return added

    def _role_before_comma(self, text: str, lo: int, floor: int, span: Span, before: list[Span]) -> str | None:
        """The item before a name's, when a comma alone parts them and it holds no one: the role of an
        appositive written before the name ("the head of Roscosmos, Yury Borisov")."""
        comma = text.rfind(",", lo, span.start)
        if comma < 0 or text[comma + 1:span.start].strip() or (before and before[-1].end > comma):
            return None
        start = item_start(text, lo, comma, self.data.item_edge)
        return None if before and before[-1].end > start else text[start:comma]

    # ------------------------------------------------------------------ items of a cue sentence
    def _delegates(self, text, lo, hi, cue_start, cue_end, spans: list[Span]):
        active = bool(_ACTIVE.match(fold(text[cue_start:cue_start + _CUE_REACH])))
        passive = bool(_PASSIVE.match(text, cue_end))
        if active and not passive:
            region = (lo, cue_start)  # "Lavrov and Belousov accompanied Putin"
        elif passive or cue_start > lo:
            region = (cue_end, hi)  # "Putin was accompanied by ...", "The delegation includes ..."
        else:
            region = (lo, hi)
        found = list(self._delegates_in(text, region, spans))
        if not found:
            # Korean puts the verb last ("... 등이 수행했다"), and "officials travelling with Putin
            # also included ..." lists after the cue: when one side of the cue holds nobody, try the other.
            if region[0] >= cue_end:
                # only when the cue closes the sentence, as a Korean verb does
                closes = len(text[cue_end:hi].split()) <= 2 or is_hangul(text[cue_start:cue_end])
                other = (lo, cue_start) if cue_start > lo and closes else region
            else:
                other = (cue_end, hi)
            if other != region:
                found = list(self._delegates_in(text, other, spans))
        return found

    def _delegates_in(self, text: str, region: tuple[int, int], spans: list[Span]):
        start, end = region
        # "..., among others, according to the Kremlin"; an "among others" in the same item as the name
        # after it opens the list instead ("begleitet unter anderem von Verteidigungsminister X", "m.in.")
        starts = [s.start for s in spans]
        ends = [e for e in self.data.list_end.find(text, start, end)
                if not self._opens_item(text, e[1], spans, starts, end)]
        if ends:
            end = ends[0][0]
        items = whole_roles(text, split_items(text, start, end, self.data.item_split), starts, self.data.roles.find)
        yielded = 0
        shared: str | None = None  # "министры A, B и C": the role the names after it share
        pending: tuple[str, int] | None = None  # a name still waiting for its role ("Lavrov, the foreign minister")
        for a, b in items:
            plural = self.data.shared_roles.find(text, a, b)
            if plural:
                shared = plural[0][2]
            item_spans = spans[bisect_left(starts, a):bisect_left(starts, b)]
            if item_spans:
                span = item_spans[-1]
                floor = item_spans[-2].end if len(item_spans) > 1 else a
                role = self._role_in_item(text, floor, b, span)
                if role or shared:
                    yield span.name, role or shared
                    yielded += 1
                    pending = None
                else:
                    pending = (span.name, a)
                continue
            name, name_start = self.names.unknown_name(text, a, b)
            if name:
                role = self._role_in_item(text, a, b, Span(name_start, name_start + len(name), name, name, "person"))
                if role or shared:
                    yield name, role or shared
                    yielded += 1
                    pending = None
                    continue
                pending = (name, a)
                continue
            role = clean_role(text[a:b])
            if pending and role and (any(self.index._is_role_word(w.lower()) for w in role.split())
                                     or self.data.roles.find(role)):
                yield pending[0], role
                yielded += 1
                pending = None
        if pending and yielded and pending[0] in self.index.entities and self.index.entities[pending[0]].roles:
            # "... and others" ends a list with a bare name; a name inside a clause
            # ("a lineup that underlined his summit with Kim") is not a list item.
            item = next(text[a:b] for a, b in items if a == pending[1])
            if len(item.split()) <= len(pending[0].split()) + 2:
                yield pending[0], self.index.entities[pending[0]].roles[0]

    def _opens_item(self, text: str, at: int, spans: list[Span], starts: list[int], end: int) -> bool:
        """Whether a name follows position `at` within the same roster item."""
        following = bisect_left(starts, at)
        return following < len(spans) and spans[following].start < end and \
            self.data.item_edge.search(text, at, spans[following].start) is None

    def _role_in_item(self, text: str, start: int, end: int, span: Span) -> str | None:
        before = text[start:span.start].strip()
        after = text[span.end:end].strip(" .")
        if not _CYRILLIC_OR_HANGUL.search(span.form):
            role = self.index.role_before(text, span.start, start)
            if role:
                return clean_role(role)
            # a role the data knows right before the name ("Verteidigungsminister Andrei Belousov")
            known = self.data.roles.find(text, start, span.start)
            # (a phrase ending in "*" matches the start of its last word: "Ministerpräsident|en")
            if known and not _WORD_REST.sub("", text[known[-1][1]:span.start], count=1).strip():
                return clean_role(text[known[-1][0]:span.start])
            if known and spaceless(span.form):
                # Chinese and Japanese write the given name before a surname the data lists ("副总理亚历山大·
                # 诺瓦克") and a second office between ("自然資源與生態部長兼…委員長科茲洛夫"): with no spaces to
                # tell words, the item's last role the data knows is the person's
                return clean_role(text[known[-1][0]:known[-1][1]])
            if after and (any(self.index._is_role_word(w.lower()) for w in after.split()) or self.data.roles.find(after)):
                return clean_role(after)
            return None
        # Russian and Korean: the rest of the item is the role; Korean writes it after the name, its
        # head word last ("러시아 대통령 대외정책담당 보좌관": an aide, not the president).
        words = after.split()
        marked = [i for i, w in enumerate(words) if self._has_role_word(w)]
        cut = (marked[-1] if is_hangul(span.form) else marked[0]) if marked else None
        after = " ".join(words[: cut + 1]) if cut is not None else after
        order = (after, before) if is_hangul(span.form) else (before, after)
        for number, candidate in enumerate(order):
            candidate = clean_role(_CUE_WORDS.sub("", candidate))
            if number == 0 and is_hangul(span.form):
                # the words before a Korean title are its own ("국방 장관", "에너지 부문 부총리")
                if self._has_role_word(candidate) or self.data.roles.find(candidate):
                    return candidate
                continue
            # "... представляли министр иностранных дел": the role starts at its first role word, or
            # where a role the data knows starts ("первый вице-премьер", "철도공사 사장").
            words = candidate.split()
            first = next((i for i, w in enumerate(words) if self._has_role_word(w)), None)
            known = self.data.roles.find(candidate)
            if known:
                first = min(first if first is not None else len(words), len(candidate[:candidate.rfind(" ", 0, known[0][0]) + 1].split()))
            if first is not None:
                candidate = " ".join(words[first:])
            if candidate and (self._has_role_word(candidate) or self.data.roles.find(candidate)):
                return candidate
        return None

    def _has_role_word(self, text: str) -> bool:
        return self.names.has_role_word(text)

    def _principal_before(self, text: str, cue_start: int, people: list[Span], starts: list[int]) -> Span | None:
        """The person whose delegation or retinue the cue names: "Putin's delegation", "푸틴 대통령을 … 수행"."""
        before = bisect_left(starts, cue_start) - 1
        if before < 0:
            return None
        span = people[before]
        between = text[span.end:cue_start]
        if _POSSESSIVE.match(between):
            return span
        if is_hangul(span.form):
            for candidate in people[:before + 1]:
                if _HANGUL_OBJECT.match(text, candidate.end):
                    return candidate
        return None

    # ------------------------------------------------------------------ who is a delegate
    def _add(self, name: str, role: str, side: str | None, anchor: str) -> None:
        self.candidates.append(_Candidate(name, role, side, anchor))

    def _visitor_country(self) -> str | None:
        for name in self.visitors:
            country = self._entity_country(name)
            if country:
                return country
        return self.cue_sides[0] if self.cue_sides else self.data.default_visitor

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
        ("Алексеем Криворучко" for the leader found as "Криворучко")."""
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
        for country in (candidate.side, self.data.countries.first(candidate.role), self._entity_country(candidate.name)):
            if self._is_visitor_country(country) is False:
                return False
        return True

    def delegates(self) -> tuple[Delegate, ...]:
        out: dict[str, Delegate] = {}
        for candidate in self.candidates:
            if candidate.name in out or not self._keeps(candidate):
                continue
            out[candidate.name] = Delegate(candidate.name, self.data.normal_role(candidate.role), candidate.anchor)
        return tuple(out.values())
