"""Japanese and Chinese quotations whose speaker is a Latin name written without a space against the
kana or Han letters around it, and the Japanese report verb と報道 (noun-stop sentences of a digest)."""

from __future__ import annotations

from _extract_helpers import speakers


def test_japanese_report_verb_houdou_names_the_agency_before_it():
    said = speakers("両首脳は北京で会談した。朝鮮中央通信は「両国は協力を深めることで合意した」と報道。")
    assert said == [("KCNA", "両国は協力を深めることで合意した")]


def test_latin_agency_name_glued_to_a_japanese_particle_speaks():
    said = speakers("両首脳は北京で会談した。KCNAは「両国は協力を深めることで合意した」と伝えた。")
    assert said == [("KCNA", "両国は協力を深めることで合意した")]


def test_latin_agency_name_inside_chinese_text_is_found():
    said = speakers("据KCNA报道，两国领导人在平壤会晤。KCNA称“两国将扩大经贸合作”。")
    assert ("KCNA", "两国将扩大经贸合作") in said
