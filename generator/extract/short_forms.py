"""Which person a shared short form means: "Bush" after "George H. W. Bush" is the father, four paragraphs on
the son again. EntityIndex.annotate lists an article's full mentions in a FullOrder and asks it of each
short form that more than one entity shares.
"""

from __future__ import annotations

from bisect import bisect_left

_SHORT_FORM_REACH = 600  # characters after a full name within which its bare surname refers to it


class FullOrder:
    """The full mentions of known entities, (position in the article, name), in text order."""

    def __init__(self, full_order: list[tuple[int, str]], defaults: frozenset[str] = frozenset()):
        """`defaults`: the entities that win a shared short form when no one was named just before."""
        self.positions = [position for position, _ in full_order]
        self.names = [name for _, name in full_order]
        self.defaults = defaults
        self.first: dict[str, int] = {}
        for number, name in enumerate(self.names):
            self.first.setdefault(name, number)

    def resolve(self, names: tuple[str, ...], at: int) -> str:
        """The one of `names` a short form at article position `at` means."""
        if len(names) == 1:
            return names[0]
        # A shared surname means whoever was named in full just before; after a long gap
        # it falls back to the default ("Kim" is the current leader, not his grandfather
        # named four paragraphs earlier).
        before = self.last_between(at - _SHORT_FORM_REACH, at, names)
        if before is not None:
            return before
        defaults = [n for n in names if n in self.defaults]
        if defaults:
            return defaults[0]
        anywhere = self.first_of(names)
        return anywhere if anywhere is not None else names[0]

    def last_between(self, low: int, high: int, names: tuple[str, ...]) -> str | None:
        """The last of `names` mentioned at a position in [low, high)."""
        for number in range(bisect_left(self.positions, high) - 1, bisect_left(self.positions, low) - 1, -1):
            if self.names[number] in names:
                return self.names[number]
        return None

    def first_of(self, names: tuple[str, ...]) -> str | None:
        """The first of `names` mentioned anywhere in the article."""
        found = [self.first[n] for n in names if n in self.first]
        return self.names[min(found)] if found else None
