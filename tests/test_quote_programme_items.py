"""A quotation that names an item of a visit's programme is no speech ("«сделают заявления для прессы»"); a sentence
someone says about the programme, holding the same phrase, is their speech."""

from __future__ import annotations

import pytest

from _extract_helpers import speakers


@pytest.mark.parametrize("text,expected", [
    ("Помощник президента Юрий Ушаков рассказал о программе визита.\n\n"
     "«После переговоров в узком составе лидеры сделают заявления для прессы», — сказал Ушаков журналистам.",
     [("Yury Ushakov", "После переговоров в узком составе лидеры сделают заявления для прессы")]),
    ("Kremlin aide Yury Ushakov briefed reporters on Tuesday.\n\n"
     '"After the talks the two leaders will make statements to the press", Ushakov told reporters.',
     [("Yury Ushakov", "After the talks the two leaders will make statements to the press")]),
])
def test_a_sentence_holding_a_programme_phrase_is_its_speakers(text, expected):
    assert speakers(text) == expected


def test_a_programme_phrase_quoted_with_its_verb_is_no_speech():
    text = ("Помощник президента Юрий Ушаков рассказал о программе визита.\n\n"
            "По словам источника, и Путин, и лидер КНДР Ким Чен Ын также «сделают заявления для прессы» после переговоров.")
    assert speakers(text) == []
