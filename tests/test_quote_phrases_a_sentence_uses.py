"""A short stretch in quotation marks inside a sentence is a phrase the sentence uses, not a quotation: four words
of a script without capitals that end no sentence and follow neither a colon nor "that", a Korean treaty's
numbered article; and a subject inside such a phrase does not speak the sentence's quotation (made-up text)."""

from __future__ import annotations

import pytest

from _extract_helpers import data, speakers
from generator.extract.quotation_marks import find_quoted
from generator.extract.quote_cues import cues


@pytest.mark.parametrize("text", [
    "وأعرب لي عن رغبته في مواصلة العمل بعد \"زيارتهما الناجحة عام 2023\" إلى العاصمة.",
    "북측은 입장문에서 위원장이 지난해 맺은 ‘남·북 구조약 7조(유사시 자동 지원)’에 따라 파병을 결정했다고 밝혔다.",
    "양측은 ‘협력 협정 제5조 2항’에 따라 협의를 이어가기로 했다.",
])
def test_a_short_phrase_in_marks_is_no_quotation(text):
    assert find_quoted(text, cues(data())) == []


@pytest.mark.parametrize("text, quote", [
    # an Arabic one that ends a sentence, or follows "said that" or a colon, is speech
    ("وقال لي: \"سنواصل العمل معا.\"", "سنواصل العمل معا."),
    ("وقال لي إن \"التعاون سيستمر دائما\" في المنطقة.", "التعاون سيستمر دائما"),
    ("وقال لي: \"التعاون سيستمر دائما\" في المنطقة.", "التعاون سيستمر دائما"),
    ("“양국은 새 조약에 따라 협력할 것”이라고 말했다.", "양국은 새 조약에 따라 협력할 것"),
])
def test_speech_as_short_stays_a_quotation(text, quote):
    assert [q.text for q in find_quoted(text, cues(data()))] == [quote]


def test_a_subject_inside_a_short_quoted_phrase_does_not_speak():
    got = speakers("세르게이 라브로프 러시아 외무장관이 위원장을 예방했다.",
                   '그는 관련 질문이 나오자 "중국은 협력국"이라며 "양국의 관계에 대해서는 중국이 받아들일 수 있는 범위 안에서만 움직일 것"이라고 밝혔다.')
    assert got == [("Sergey Lavrov", "양국의 관계에 대해서는 중국이 받아들일 수 있는 범위 안에서만 움직일 것")]
