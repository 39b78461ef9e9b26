"""Outlets named by initials: the national agencies the outlets file gained are known in their credit
forms ("Rabat, 5 mai (MAP) -", "12.3.2025 (SITA.sk) -"), while the same letters written as a word is ("Map",
"App" on a menu line) name no outlet. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import credits, wire_credits

from _extract_helpers import data


@pytest.mark.parametrize("written, outlet", [
    ("MAP", "Maghreb Arabe Presse"), ("APP", "Associated Press of Pakistan"), ("MENA", "Middle East News Agency"),
    ("AIP", "AIP"), ("ats", "Keystone-SDA-ATS"), ("SITA.sk", "SITA"), ("Agence Ivoirienne de Presse", "AIP"),
])
def test_initials_in_capitals_or_a_wires_small_letters_are_the_outlet(written, outlet):
    assert data().outlet_named(written) == outlet


@pytest.mark.parametrize("line", ["Map", "App", "Mena", "Aip"])
def test_initials_written_as_a_word_are_no_masthead(line):
    assert credits.masthead(line, data()) is None


@pytest.mark.parametrize("line, outlet", [
    ("Rabat, 5 mai 2025 (MAP) - Le port a ouvert un nouveau quai.", "Maghreb Arabe Presse"),
    ("Bouaké, 3 mars 2025 (AIP)- Une nouvelle école a ouvert ses portes.", "AIP"),
    ("12.3.2025 (SITA.sk) - Mesto otvorilo nový most.", "SITA"),
    ("AgenPress – Il comune ha aperto una nuova scuola.", "AgenPress"),
])
def test_national_agencies_credited_in_a_dateline(line, outlet):
    assert wire_credits.credit_in(line, data()) == outlet
