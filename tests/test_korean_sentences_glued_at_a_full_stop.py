"""A Korean sentence's final ending and full stop with the next sentence glued on, its space lost when the page was
saved ("…예상된다.벨로제로프 사장은 …"), is two sentences; a quotation's closing mark after the stop keeps one.
Cases written for these tests."""

from __future__ import annotations

import pytest

from generator.text import sentences


@pytest.mark.parametrize("paragraph, expected", [
    ("항만 협력을 강화할 것으로 예상된다.벨로제로프 사장은 함께 방문했다.",
     ["항만 협력을 강화할 것으로 예상된다.", "벨로제로프 사장은 함께 방문했다."]),
    ("여객선은 다음 달부터 운항합니다.예약은 월요일에 시작돼요.표는 온라인에서 팝니다.",
     ["여객선은 다음 달부터 운항합니다.", "예약은 월요일에 시작돼요.", "표는 온라인에서 팝니다."]),
    ("그는 \"좋다.\"라고 말했다. 다음 날 출항했다.", ["그는 \"좋다.\"라고 말했다.", "다음 날 출항했다."]),
    ("3.5톤 화물을 실었다.", ["3.5톤 화물을 실었다."]),
])
def test_korean_sentences_glued_at_a_full_stop_are_parted(paragraph, expected):
    assert sentences(paragraph) == expected
