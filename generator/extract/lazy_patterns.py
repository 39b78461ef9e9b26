"""A regular expression compiled when it is first searched with, not when it is written.

The cues of the language files make hundreds of patterns per set of data files (quote_cues.py alone about
fifty), each for some languages or some shape of text: an article in one language searches with a part of
them, and compiling the rest was most of what a fresh process paid before its first article (Python parses
a pattern in Python, and these run to tens of kilobytes). `lazy(pattern, flags)`
stands for `re.compile(pattern, flags)`: its `pattern` and `flags` are there at once (to be written into
another pattern), and the first call of a method compiles it and keeps the compiled pattern's methods as its
own, so that every later call is the compiled pattern's, at the same cost.

Only for patterns made of the data's words (escaped, so they always compile): a pattern written in a data
file (head.yml's, furniture.yml's) is compiled when the data are read, where a mistake in it is reported.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """re.compile(pattern, flags), made on first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        # (called only for what the instance does not hold: the methods before the first call, and the
        # compiled pattern's other attributes, groupindex and the like)
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        compiled = vars(self).get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern[:40]!r}, {self.flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
