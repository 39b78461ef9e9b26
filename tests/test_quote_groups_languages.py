"""A quotation is compared with a group's wording in its own language, whatever the group's first wordings: a group
of one statement in many languages keeps its first few wordings to compare with, and when they are all in other
languages, a second outlet's copy of a wording the group holds (the same words, other apostrophes) was judged against
translations alone and started a group of its own: the statement was split in two on the quotes page."""

from generator.collect.quote_groups import REPRESENTATIVES, group_quotes
from generator.model import Quote

SAID = {
    "a": ("de", "Der Pakt von heute verpflichtet beide Seiten zu gegenseitigem Beistand bei einem Angriff"),
    "b": ("it", "Il patto di oggi obbliga le due parti ad aiutarsi in caso di attacco"),
    "c": ("pt", "O pacto de hoje obriga as duas partes a ajudar-se em caso de ataque"),
    "d": ("nl", "Het pact van vandaag verplicht beide partijen elkaar bij te staan bij een aanval"),
    "e": ("fr", "Le pacte d'aujourd'hui oblige les deux parties à s'entraider en cas d'attaque"),
    "f": ("fr", "Le pacte d’aujourd’hui oblige les deux parties à s’entraider en cas d’attaque."),
}


def _grouped(speaker_of_f: str = "Vladimir Putin"):
    items = [(aid, Quote(text=text, speaker=speaker_of_f if aid == "f" else "Vladimir Putin", anchor="p-1"))
             for aid, (_, text) in SAID.items()]
    facts = {(aid, q.text): frozenset({"mutual-assistance"}) for aid, q in items}
    languages = {aid: language for aid, (language, _) in SAID.items()}
    return sorted(sorted(aid for aid, _ in g.variants) for g in group_quotes(items, facts=facts, languages=languages))


def test_a_copy_of_a_wording_beyond_the_first_few_joins_its_group():
    assert REPRESENTATIVES < list(SAID).index("e") + 1  # the French wording is not among the first few
    assert _grouped() == [["a", "b", "c", "d", "e", "f"]]


def test_another_speaker_s_like_words_stay_apart():
    assert _grouped("Kim Jong-un") == [["a", "b", "c", "d", "e"], ["f"]]
