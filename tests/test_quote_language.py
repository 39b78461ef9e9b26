"""The words that stop a name from speaking are read in the article's own language (quote_language.py)."""

from __future__ import annotations

from generator.extract.quote_cues import cues as load_cues
from generator.extract.quote_language import for_language, group_languages, words_of

from _extract_helpers import data


def test_a_short_word_stops_a_speaker_only_in_its_own_language():
    shared = load_cues(data())
    czech, turkish = for_language(shared, "cs"), for_language(shared, "tr")
    # Czech "ve" is "in": the agency before it is the verb's subject; Turkish "ve" is "and", a new subject
    assert czech.after_name.match("Ajans ve pátek uvedla", len("Ajans"))
    assert not turkish.after_name.match("Ajans ve haberci bildirdi", len("Ajans"))
    # every language's words for an article of no known language, as before
    assert not for_language(shared, None).after_name.match("Ajans ve pátek uvedla", len("Ajans"))
    assert for_language(shared, "cs") is czech  # made once a language


def test_a_language_without_words_of_its_own_reads_every_languages():
    section = {"tr": ["ve"], "sh_pl": ["ali"]}
    aliases = {"sh": ("hr", "bs", "sr")}
    assert words_of(section, "bs", aliases) == ("ali",)
    assert words_of(section, "pl-PL", aliases) == ("ali",)
    assert words_of(section, "fi", aliases) == ("ve", "ali")
    assert group_languages("es_grid", aliases) == {"es", "grid"}
