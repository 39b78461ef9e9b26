"""A quoted epithet and the person it describes: the name a relative pronoun after it makes the speech verb's object
("M. X, qu'il a qualifié de « … »", "Putin, whom he called “…”") is whom the words describe, and the owner joined after
a quoted epithet ("le soutien « … » de la Corée du Nord") says nothing; the words are another's (made-up text)."""

from __future__ import annotations

import pytest

from _extract_helpers import speakers


@pytest.mark.parametrize("text, speaker, quote", [
    ("« Le port ouvrira demain », a déclaré le président russe Vladimir Poutine à Tarvik, ajoutant que ce quai était "
     "« un vrai tournant ».\n\n« Ce port est notre avenir », a assuré M. Kim aux côtés de M. Poutine, qu'il a qualifié "
     "de « meilleur ami du port ».", "Kim Jong-un", "meilleur ami du port"),
    ("“The port opens tomorrow,” Russian President Vladimir Putin said in Tarvik.\n\n“This port is our future,” Kim said "
     "next to Putin, whom he called “the best friend of the harbour”.", "Kim Jong-un", "the best friend of the harbour"),
    ("«Порт откроется завтра», — заявил президент России Владимир Путин.\n\n«Этот порт — наше будущее», — заявил Ким Чен Ын "
     "рядом с Путиным, которого он назвал «лучшим другом порта».", "Kim Jong-un", "лучшим другом порта"),
])
def test_a_name_a_relative_pronoun_makes_the_object_is_not_the_speaker(text, speaker, quote):
    found = dict((q, s) for s, q in speakers(text))
    assert found.get(quote) == speaker, found


@pytest.mark.parametrize("text, quote", [
    ("Poutine a offert à Kim une épée pour remercier le soutien « constant et ferme » de la Corée du Nord à sa guerre.",
     "constant et ferme"),
    ("Putin gave Kim a sword to thank the “steady and firm” support of North Korea for his war.", "steady and firm"),
])
def test_the_owner_after_a_quoted_epithet_does_not_say_it(text, quote):
    assert ("North Korea", quote) not in speakers(text)

