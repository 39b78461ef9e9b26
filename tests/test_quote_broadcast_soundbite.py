"""A broadcast transcript's soundbite label ("<Name / role(when, where)> “…”", as Korean television news prints the
words of the person on screen) names the speaker of the quotation after it; a bracketed aside without the slash of
such a label names no one. Cases written for these tests."""

from __future__ import annotations

from _extract_helpers import speakers


def test_a_soundbite_label_names_the_speaker():
    text = '<세르게이 라브로프 / 러시아 외무장관(지난 3일 기자회견)> "항구를 함께 쓰는 일은 오늘날에도 여전히 중요합니다."'
    assert speakers(text) == [("Sergey Lavrov", "항구를 함께 쓰는 일은 오늘날에도 여전히 중요합니다.")]


def test_a_bracketed_aside_without_the_slash_names_no_speaker():
    text = '<세르게이 라브로프 외무장관 관련 보도> "항구를 함께 쓰는 일은 오늘날에도 여전히 중요합니다."'
    assert [s for s, _ in speakers(text)] != ["Sergey Lavrov"]
