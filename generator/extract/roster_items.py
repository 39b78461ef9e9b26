"""The members a roster's cue sentence lists: (name, role) of each item on the cue's listing side.

Takes a cue sentence (its bounds, the cue's, and the people EntityIndex found in it) with the roster's
data; gives each (name, role) its items hold: the side of the cue that lists ("Baerbock and Pistorius
accompanied Scholz", "Scholz was accompanied by ..."), cut into items, each a person and the role before or
after the name (see roster_members.py for what makes one a member).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .entities import EntityIndex, Span
from .phrases import fold, is_hangul
from .roster import RosterData
from .roster_names import RosterNames
from .roster_text import WORD_REST, clean_role, split_items, whole_roles
from ..text import spaceless

_CYRILLIC_OR_HANGUL = re.compile(r"[\u0400-\u04ff\uac00-\ud7a3]")
_CUE_REACH = 200  # characters after a cue read for "accompanied ... by"
_PRONOUN_REACH = 12  # characters before a cue a pronoun standing for its subject may take ("他曾", "he had also")
_CLAUSE_END = re.compile(r"[,;:，；、。]")
_MARK_REACH = 8  # characters after a name its subject mark may take ("外相は", "氏の訪朝は")


class RosterItems:
    """The items of one article's cue sentences, read with its roster's data and names."""

    def __init__(self, index: EntityIndex, data: RosterData, names: RosterNames, item_split: re.Pattern,
                 item_edge: re.Pattern):
        """`item_split`, `item_edge`: where the article's list items part (RosterData.list_patterns_for)."""
        self.index, self.data, self.names = index, data, names
        self.item_split, self.item_edge = item_split, item_edge

    def members(self, text, lo, hi, cue_start, cue_end, spans: list[Span]):
        """(name, role) of each member the cue sentence text[lo:hi] lists, in text order."""
        active = bool(self.data.active.match(fold(text[cue_start:cue_start + _CUE_REACH])))
        passive = bool(self.data.passive.match(text, cue_end))
        if active and not passive:
            subject = self._subject(text, lo, cue_start, spans)
            if subject:
                return subject  # "X …, he accompanied Scholz": the one the pronoun stands for, no list
            if is_hangul(text[cue_start:cue_end]):  # ("A가 동행하며, B와 C도 동행할 예정": each verb closes its names)
                cue_start = max([cue_end + m.start() for m in self.data.active.finditer(fold(text[cue_end:hi]))] or [cue_start])
            region = (lo, cue_start)  # "Baerbock and Pistorius accompanied Scholz"
        elif passive or cue_start > lo:
            region = (cue_end, hi)  # "Scholz was accompanied by ...", "The entourage includes ..."
        else:
            region = (lo, hi)
        found = list(self._members_in(text, region, spans))
        if not found:
            # Korean puts the verb last ("... 등이 수행했다"), and "officials travelling with Scholz
            # also included ..." lists after the cue: when one side of the cue holds nobody, try the other.
            if region[0] >= cue_end:
                # only when the cue closes the sentence, as a Korean verb does
                closes = len(text[cue_end:hi].split()) <= 2 or is_hangul(text[cue_start:cue_end])
                other = (lo, cue_start) if cue_start > lo and closes else region
            else:
                other = (cue_end, hi)
            if other != region:
                found = list(self._members_in(text, other, spans))
        if not found and cue_start > lo and spaceless(text[lo:cue_start]):
            found = self._marked_subject(text, lo, cue_start, spans)
        return found

    def _marked_subject(self, text: str, lo: int, cue_start: int, spans: list[Span]) -> list[tuple[str, str]]:
        """The one person a Japanese sentence opens with, marked as its subject ("ラブロフ氏は…プーチン大統領に
        同行した", "ラブロフ氏の訪朝は…に同行して以来": he went with the leader), when no list is there: the
        known person with the role the data gives him; anyone else before the cue must be the one accompanied,
        right before it."""
        before = [s for s in spans if lo <= s.start and s.end <= cue_start]
        if not before or text[lo:before[0].start].strip():
            return []
        first = before[0]
        marks = self.data.subject_marks.find(text, first.end, min(cue_start, first.end + _MARK_REACH))
        if not marks or marks[0][0] != first.end:
            return []
        others = [s for s in before if s.name != first.name]
        if others and (others[-1] is not before[-1] or len(text[others[-1].end:cue_start]) > _PRONOUN_REACH
                       or _CLAUSE_END.search(text, others[-1].end, cue_start)
                       or any(s.name != others[-1].name for s in others)):
            return []
        entity = self.index.entities.get(first.name)
        return [(entity.name, entity.roles[0])] if entity is not None and entity.roles else []

    def _subject(self, text: str, lo: int, cue_start: int, spans: list[Span]) -> list[tuple[str, str]]:
        """The person a pronoun right before the cue stands for, when no list is there: the one person the
        sentence names before it ("別洛烏索夫此次訪朝…, 他曾陪同普京訪問朝鮮": he accompanied Putin). Only a person
        the data knows, with the role it gives him: the sentence names none."""
        near = max(lo, cue_start - _PRONOUN_REACH)
        pronoun = self.data.pronouns.find(text, near, cue_start)
        if not pronoun or _CLAUSE_END.search(text, pronoun[-1][1], cue_start):
            return []
        before = [s for s in spans if lo <= s.start and s.end <= pronoun[-1][0]]
        entity = self.index.entities.get(before[0].name) if before else None
        if entity is None or not entity.roles or any(s.name != before[0].name for s in before):
            return []
        return [(entity.name, entity.roles[0])]

    def _members_in(self, text: str, region: tuple[int, int], spans: list[Span]):
        start, end = region
        # "..., among others, according to the Chancellery"; an "among others" in the same item as the name
        # after it opens the list instead ("begleitet unter anderem von Verteidigungsminister X", "m.in.")
        starts = [s.start for s in spans]
        # (nor does a list end before its first name: "ロシア側か|ら|は、A外相、…" is "from the Russian side")
        ends = [e for e in self.data.list_end.find(text, start, end)
                if not self._opens_item(text, e[1], spans, starts, end) and bisect_left(starts, start) < bisect_left(starts, e[0])]
        if ends:
            end = ends[0][0]
        items = whole_roles(text, split_items(text, start, end, self.item_split), starts, self.data.roles.find)
        out: list[tuple[int, str, str]] = []  # (where its item starts, name, role)
        shared: str | None = None  # "министры A, B и C": the role the names after it share
        pending: tuple[str, int] | None = None  # a name still waiting for its role ("Baerbock, the foreign minister")
        bare: list[tuple[str, int]] = []  # names no role came for, before the next name
        before: str | None = None  # an item of a role alone, right before ("head of ESA, Josef Aschbacher")
        introduced: list[tuple[int, str, str]] = []  # names with such a role, and surnames after a role
        portfolio: str | None = None  # "os ministros da Defesa, A, e das Relações Exteriores, B": A's, then B's
        for a, b in items:
            plural = self.data.shared_roles.find(text, a, b)
            if plural:
                shared = plural[0][2]
            item_spans = spans[bisect_left(starts, a):bisect_left(starts, b)]
            while len(item_spans) > 1 and item_spans[-2].name == item_spans[-1].name:
                item_spans = item_spans[:-1]  # a name and its spelling in brackets: "拉夫羅夫(Sergei Lavrov)"
            name_start = a
            if item_spans:
                span = item_spans[-1]
                floor = item_spans[-2].end if len(item_spans) > 1 else a
                name, role = span.name, self._role_in_item(text, floor, b, span)
            else:
                name, name_start = self.names.unknown_name(text, a, b)
                role = name and self._role_in_item(text, a, b, Span(name_start, name_start + len(name), name, name, "person"))
                if not name:
                    # a titled surname no one has named: a member only in a list of others, as below
                    surname, title, _ = self.names.surname_after_role(text, a, b)
                    if surname:
                        introduced.append((a, surname, clean_role(title)))
                        before = None
                        continue
            if name:
                if pending:
                    bare.append(pending)
                # (a role of its own item right before outweighs a plural one further back: "los ministros de
                # X y Z; y el viceprimer ministro, A")
                role = role or portfolio or (None if before else shared)
                if shared and self.data.normal_role(role or "") == shared:
                    # a portfolio between the plural word and the name is the name's own ("министры иностранных
                    # дел A и обороны B": A the foreign minister, B the defence minister)
                    at = item_spans[-1].start if item_spans else name_start
                    own = self.data.portfolios.find(text, plural[0][1] if plural else a, at)
                    role = own[-1][2] if own else role
                portfolio = None
                if role:
                    out.append((a, name, role))
                    pending = None
                elif before:
                    introduced.append((a, name, before))
                    pending = None
                else:
                    pending = (name, a)
                before = None
                continue
            role = clean_role(text[a:b])
            before = None
            if shared:
                # an item of no one after a plural role word: the portfolio of the name after it, if it names one
                found = self.data.portfolios.find(text, plural[0][1] if plural else a, b)
                portfolio = found[-1][2] if found else None
                if portfolio:
                    continue
                if not plural:
                    shared = None  # an item of someone else's role, or of no one: the plural's list is over
            if role and (any(self.index.is_role_word(w.lower()) for w in role.split()) or self.data.roles.find(role)):
                if pending:
                    out.append((pending[1], pending[0], role))
                    pending = None
                else:
                    before = role
        if out or len(introduced) > 1:
            # A name after a role and a comma is a member in a list of others ("…, dan kepala perusahaan kereta
            # api Rusia, Oleg X"), not alone in a sentence that says who spoke ("Il consigliere del Cremlino,
            # Yuri Ushakov, ha dichiarato ai media che accompagnano la delegazione …")
            out += introduced
            # A known person named bare in a list of titled ones ("Lavrov, ministr obrany Bělousov a …"), or
            # ending it ("... and others"), has the role the entities file gives; a name inside a clause
            # ("a lineup that underlined his summit with Macron") is not a list item.
            for name, at in (*bare, *([pending] if pending else ())):
                entity = self.index.entities.get(name)
                item = next(text[a:b] for a, b in items if a == at)
                if entity is not None and entity.roles and len(item.split()) <= len(name.split()) + 2:
                    out.append((at, name, entity.roles[0]))
        for _, name, role in sorted(out, key=lambda found: found[0]):
            yield name, role

    def _opens_item(self, text: str, at: int, spans: list[Span], starts: list[int], end: int) -> bool:
        """Whether a name follows position `at` within the same roster item."""
        following = bisect_left(starts, at)
        return following < len(spans) and spans[following].start < end and \
            self.item_edge.search(text, at, spans[following].start) is None

    def _role_in_item(self, text: str, start: int, end: int, span: Span) -> str | None:
        before = text[start:span.start].strip()
        after = text[span.end:end].strip(" .")
        if not _CYRILLIC_OR_HANGUL.search(span.form):
            role = self.index.role_before(text, span.start, start)
            # a role the data knows right before the name ("Verteidigungsminister Boris Pistorius"), when it
            # is more than the title words read ("zunanji minister": a lower-case word of a role, which
            # role_before does not take, as Slavic languages write one)
            known = self.data.roles.find(text, start, span.start)
            # (a phrase ending in "*" matches the start of its last word: "Ministerpräsident|en")
            at = text.rfind(role, start, span.start) if role else -1
            if known and not WORD_REST.sub("", text[known[-1][1]:span.start], count=1).strip():
                if at < 0 or known[-1][0] < at:
                    return self._with_country(text, start, known[-1][0], span.start)
            if role:
                return self._with_country(text, start, at, span.start) if at >= 0 else clean_role(role)
            if known and spaceless(span.form):
                # Chinese and Japanese write the given name before a surname the data lists ("副总理奥拉夫·
                # 朔尔茨") and a second office between ("自然資源與生態部長兼…委員長伊茲麥洛夫"): with no spaces to
                # tell words, the item's last role the data knows is the person's
                return clean_role(text[known[-1][0]:known[-1][1]])
            if after and (any(self.index.is_role_word(w.lower()) for w in after.split()) or self.data.roles.find(after)):
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
            candidate = clean_role(self.data.list_opening.sub("", candidate))
            if number == 0 and is_hangul(span.form):
                # the words before a Korean title are its own ("국방 장관", "에너지 부문 부총리")
                if self._has_role_word(candidate) or self.data.roles.find(candidate):
                    return candidate
                continue
            # "... представляли министр иностранных дел": the role starts at its first role word, or
            # where a role the data knows starts ("первый вице-премьер", "철도공사 사장").
            known = self.data.roles.find(candidate)
            if known and is_hangul(span.form):
                # a Korean title before the name is the last the data knows, maybe with its country: "푸틴 대통령의 …
                # 언급에 따라 러시아 연방우주공사 사장 유리 보리소프" (the head of Roscosmos, not "대통령의 … 사장")
                at = candidate.rfind(" ", 0, known[-1][0]) + 1  # (Hangul phrases match inside a word: its start)
                head = candidate[:at].split()
                candidate = " ".join(head[-1:] if head and self.data.countries.find(head[-1]) else []) + " " + candidate[at:]
                candidate, known = candidate.strip(), self.data.roles.find(candidate.strip())
            words = candidate.split()
            first = next((i for i, w in enumerate(words) if self._has_role_word(w)), None)
            if known:
                first = min(first if first is not None else len(words), len(candidate[:candidate.rfind(" ", 0, known[0][0]) + 1].split()))
            if first is not None:
                candidate = " ".join(words[first:])
            if candidate and (self._has_role_word(candidate) or self.data.roles.find(candidate)):
                return candidate
        return None

    def _with_country(self, text: str, start: int, role_start: int, name_start: int) -> str:
        """The role text[role_start:name_start], with the adjective of a country written before it in
        lower case ("severnokorejski premier", "ruský ministr"), which ties its holder to that country."""
        before = text[start:role_start].split()
        if before and self.data.countries.find(before[-1]):
            role_start = text.rfind(before[-1], start, role_start)
        return clean_role(text[role_start:name_start])

    def _has_role_word(self, text: str) -> bool:
        return self.names.has_role_word(text)
