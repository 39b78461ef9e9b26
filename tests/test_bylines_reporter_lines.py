"""Bylines an audit of real pages found missed, each shape with made-up names: "by" glued to a
Korean reporter's name, a separator glued to the reporter's title before the stamp, the paper and its reporter
in brackets opening the lead, a list of Latin names under a headline of another script, a name beside an author
box's widget label, and the byline's name again closing the text. And the lines such rules must leave.
Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import bylines

from _head_helpers import meta

KO_HEADLINE = "항구 방파제 재건 계획 시의회 통과…내년 가을 착공"
KO_LEAD = "시의회가 목요일 항구 방파제 재건 계획을 승인했다. 공사는 가을에 시작해 2년간 이어진다."
KO_MORE = "시장은 공사 기간에도 도로를 막지 않겠다고 말했다."
ZH_HEADLINE = "市议会批准重建港口防波堤的计划"
ZH_LEAD = "市议会周四批准了重建港口防波堤的计划。工程将于秋季开始，持续两年。"
JA_HEADLINE = "市議会、港の防波堤再建計画を承認 秋に着工へ"
JA_LEAD = "市議会は木曜日、港の防波堤を再建する計画を承認した。工事は秋に始まり、2年間続く。"
JA_MORE = "市長は工事中も道路を閉鎖しないと述べた。"


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ((KO_HEADLINE, "by박서진 기자", "2024.03.12 08:15:40", KO_LEAD, KO_MORE), "박서진"),  # "by" glued to the name
        ((KO_HEADLINE, "최민호 기자I 2024.03.12 08:15:40", KO_LEAD, KO_MORE), "최민호"),  # a separator glued to 기자
        ((KO_HEADLINE, "최민호 특파원 | 2024.03.12 08:15", KO_LEAD, KO_MORE), "최민호"),
        ((KO_HEADLINE, "[항구신문 정다은 기자] " + KO_LEAD, KO_MORE), "정다은"),  # the paper and its reporter
        ((ZH_HEADLINE, "Anna Berg,Tom-li Hart", ZH_LEAD), "Anna Berg, Tom-li Hart"),  # Latin names under the headline
        ((ZH_HEADLINE, "Anna Berg and Tom Hart", ZH_LEAD), "Anna Berg and Tom Hart"),
        ((JA_HEADLINE, "山本健太 アクセス", JA_LEAD, JA_MORE), "山本健太"),  # a name beside an author box's label
    ],
)
def test_bylines_name_the_writer(lines, author, known):
    assert meta(*lines, known=known).author == author


def test_the_bylines_name_again_under_the_text_is_no_text(known):
    result = meta(JA_HEADLINE, "山本健太 アクセス", JA_LEAD, JA_MORE, "山本健太", known=known)
    assert (result.author, result.body[-1]) == ("山本健太", JA_MORE)


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # one name under a headline is no list of names: a subheading, a caption
        ((ZH_HEADLINE, "Anna Berg", ZH_LEAD), None),
        # a sentence under the headline that names two people is the text
        ((ZH_HEADLINE, "Anna Berg and Tom Hart met in the harbour.", ZH_LEAD), None),
        # a widget word after a sentence, not a name
        ((JA_HEADLINE, "港へのアクセス", JA_LEAD, JA_MORE), None),
    ],
)
def test_lines_like_bylines_name_no_writer(lines, author, known):
    assert meta(*lines, known=known).author == author


@pytest.mark.parametrize(
    ("line", "who"),
    [("by박서진 기자", "박서진"), ("최민호 기자I", "최민호"), ("최민호 기자 |", "최민호"), ("홍길동 기자", "홍길동"),
     ("기자회견", None), ("by the harbour", None)],
)
def test_korean_byline_shapes(line, who, known):
    assert bylines.korean_byline(line, known) == who
