"""What a regular expression's matches may start with, read from its parse tree.

Takes a pattern (compiled with re.IGNORECASE); gives the characters a match may start with (first_chars,
asked through may_start) and the beginnings, up to a few characters, a match may start with
(head_prefixes, made into one pattern by prefix_pattern). Both over-estimate: look-arounds are ignored
and anything unusual lets every character through, so what they rule out could never start a match.
DateFinder uses them to try at a position only the rules that can match there.
"""

from __future__ import annotations

import re


def parse_tree(pattern: str):
    """The parse tree of `pattern` (what first_chars and head_prefixes read), or None when it cannot be read."""
    try:
        from re import _parser
    except ImportError:  # pragma: no cover - a Python without these internals
        return None
    try:
        return _parser.parse(pattern, re.IGNORECASE).data
    except Exception:  # pragma: no cover - unknown parse tree: use every rule
        return None


def head_prefixes(tree, size: int) -> set[tuple] | None:
    """The beginnings, up to `size` characters, of at least every text of which some match of the pattern
    parsed to `tree` is a beginning (or that is a whole match); None when the tree cannot be read.

    An over-estimate like first_chars: look-arounds are ignored and anything unusual lets
    every character through, so a text it rejects could never start a match of the pattern.
    """
    return _read(tree, lambda c: _prefixes_of_sequence(list(tree), size, c))


def prefix_pattern(prefixes: set[tuple]) -> str:
    """A regex source that matches at the start of a text where one of `prefixes` (tuples of one-character
    regex sources) does, written as a tree of their shared beginnings; a prefix that a shorter one begins
    is left out, as whether there is a match at a place is all it is asked."""
    tree: dict = {}
    for prefix in prefixes:
        node = tree
        for atom in prefix:
            if atom is not _OPEN:
                node = node.setdefault(atom, {})
        node[_OPEN] = {}  # a prefix ends here: whatever follows, there is a match

    def build(node: dict) -> str:
        if _OPEN in node:
            return ""
        branches = [atom + build(child) for atom, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(tree) if tree else r"(?!x)x"


_OPEN = "<anything>"  # ends a prefix after which any text may follow


def _done(prefix: tuple, size: int) -> bool:
    return len(prefix) >= size or (bool(prefix) and prefix[-1] is _OPEN)


def _prefixes_of_sequence(items: list, size: int, c) -> set[tuple]:
    """Prefixes (tuples of one-character regex sources) of the texts `items` matches, cut at `size`."""
    out = {()}
    for op, av in items:
        if all(_done(p, size) for p in out):
            break
        more = set()
        for prefix in out:
            if _done(prefix, size):
                more.add(prefix)
            else:
                more.update(prefix + tail for tail in _prefixes_of_item(op, av, size - len(prefix), c))
        out = more
    return out


def _prefixes_of_item(op, av, size: int, c) -> set[tuple]:
    if op is c.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is c.IN:
        categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                      c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
        atoms = set()
        for kind, value in av:
            if kind is c.LITERAL:
                atoms.add((re.escape(chr(value)),))
            elif kind is c.RANGE:
                atoms.add((f"[{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}]",))
            elif kind is c.CATEGORY and value in categories:
                atoms.add((categories[value],))
            else:
                return {(_OPEN,)}
        return atoms
    if op is c.SUBPATTERN:
        if av[1] or av[2]:  # flags set inside the pattern
            return {(_OPEN,)}
        return _prefixes_of_sequence(list(av[3]), size, c)
    if op is c.BRANCH:
        out = set()
        for branch in av[1]:
            out |= _prefixes_of_sequence(list(branch), size, c)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        out = set()
        # More than max(low, size) copies begin like max(low, size) of them (an empty copy adds nothing).
        for count in range(low, min(high, max(low, size)) + 1):
            out |= _prefixes_of_sequence(list(body) * count, size, c)
        return out
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {()}
    if op is c.ATOMIC_GROUP:
        return _prefixes_of_sequence(list(av), size, c)
    return {(_OPEN,)}


_ANY = ("any",)


def first_chars(tree) -> tuple[tuple, ...] | None:
    """The possible first characters of the pattern parsed to `tree` (parse_tree) as atoms, or None when unknown."""
    found = _read(tree, lambda c: _first_of_sequence(tree, c))
    if found is None:
        return None
    atoms, nullable = found
    return (_ANY,) if nullable else tuple(atoms)


def _read(tree, reader):
    """reader(re's opcode constants) for a parsed `tree`; None when there is no tree, no such constants
    (a Python without these internals) or a tree the reader does not know (then every rule is used)."""
    if tree is None:
        return None
    try:
        from re import _constants as c
    except ImportError:  # pragma: no cover
        return None
    try:
        return reader(c)
    except Exception:  # pragma: no cover
        return None


def _first_of_sequence(items, c) -> tuple[list, bool]:
    atoms: list = []
    for op, av in items:
        more, nullable = _first_of_item(op, av, c)
        atoms += more
        if not nullable:
            return atoms, False
    return atoms, True


def _first_of_item(op, av, c) -> tuple[list, bool]:
    if op is c.LITERAL:
        return [("lit", chr(av))], False
    if op is c.IN:
        atoms = []
        for kind, value in av:
            if kind is c.LITERAL:
                atoms.append(("lit", chr(value)))
            elif kind is c.RANGE:
                atoms.append(("range", value[0], value[1]))
            elif kind is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE, c.CATEGORY_WORD):
                atoms.append(("cat", value))
            else:
                return [_ANY], False
        return atoms, False
    if op is c.SUBPATTERN:
        return _first_of_sequence(av[3], c)
    if op is c.BRANCH:
        atoms, nullable = [], False
        for branch in av[1]:
            more, empty = _first_of_sequence(branch, c)
            atoms += more
            nullable = nullable or empty
        return atoms, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        atoms, nullable = _first_of_sequence(av[2], c)
        return atoms, nullable or av[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av, c)
    return [_ANY], True


def digits_only(atoms: tuple[tuple, ...] | None) -> bool:
    """Whether every character `atoms` (first_chars) allows is a digit (str.isdigit; \\d's decimals are): a pattern
    starting so never matches where a character that is no digit starts."""
    from re import _constants as c

    def digit(atom: tuple) -> bool:
        if atom[0] == "lit":
            return atom[1].isdigit()
        if atom[0] == "range":
            return atom[2] - atom[1] < 256 and all(chr(code).isdigit() for code in range(atom[1], atom[2] + 1))
        return atom[0] == "cat" and atom[1] is c.CATEGORY_DIGIT

    return bool(atoms) and all(map(digit, atoms))


def may_start(atoms: tuple[tuple, ...], char: str) -> bool:
    from re import _constants as c

    variants = {char, char.lower(), char.upper(), char.casefold()}
    for atom in atoms:
        if atom[0] == "any":
            return True
        if atom[0] == "lit":
            literal = atom[1]
            if variants & {literal, literal.lower(), literal.upper(), literal.casefold()}:
                return True
        elif atom[0] == "range":
            if any(len(v) == 1 and atom[1] <= ord(v) <= atom[2] for v in variants):
                return True
        elif atom[1] is c.CATEGORY_DIGIT:
            if any(v.isdecimal() for v in variants):
                return True
        elif atom[1] is c.CATEGORY_SPACE:
            if any(v.isspace() for v in variants):
                return True
        elif any(v.isalnum() or v == "_" for v in variants):  # CATEGORY_WORD
            return True
    return False
