"""A cue pattern made of the data's words is compiled when first searched with, and then finds what
re.compile's pattern finds: a fresh process pays only for the cues its first article asks for."""

import re

import pytest

from generator.extract import quote_cues
from generator.extract.lazy_patterns import lazy


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r"(?<!\w)(?P<verb>said|says|заявил)(?!\w)", re.IGNORECASE, "He SAID so, and Петров заявил: says who"),
    (r"(?:조약|협정)(?:은|는)", 0, "조약은 … 협정는 조약"),
])
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(pattern, flags, text):
    made, compiled = lazy(pattern, flags), re.compile(pattern, flags)
    assert (made.pattern, made.flags) == (pattern, flags)  # (there before compiling: written into other patterns)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert made.search(text, 3).span() == compiled.search(text, 3).span()
    assert made.match(text) is None and compiled.match(text) is None or made.match(text).span() == compiled.match(text).span()
    assert made.findall(text) == compiled.findall(text)
    assert made.sub("X", text) == compiled.sub("X", text)
    assert made.split(text) == compiled.split(text)
    assert made.groupindex == compiled.groupindex


def test_a_lazy_pattern_is_compiled_once_and_only_when_used():
    made = lazy(r"(?<!\w)said(?!\w)")
    assert "_compiled" not in vars(made)
    made.search("she said")
    first = vars(made)["_compiled"]
    made.finditer("said and said")
    assert vars(made)["_compiled"] is first


def test_the_speech_verb_cue_is_compiled_when_first_searched(known):
    # (every language's speech verbs, ~13 KB of pattern: a Korean article's quotes never search with it)
    fresh = quote_cues.Cues(known, quote_cues.EntityIndex.from_knowledge(known))
    assert "_compiled" not in vars(fresh.verb)
    assert fresh.verb.search("Putin said on Wednesday").group() == "said"
    assert "_compiled" in vars(fresh.verb)
