"""Bylines an audit of real articles found wrong or missed, with made-up names: a site's account shown as the writer
("작성자 최고관리자", "Posted by admin") is no author, and the reporter's bulleted byline under it is read; a name and
its written date split by a slash is the byline."""

from __future__ import annotations

import pytest

from _head_helpers import meta

KO_HEADLINE = "항구 방파제 재건 계획 시의회 통과…내년 가을 착공"
KO_LEAD = "시의회가 목요일 항구 방파제 재건 계획을 승인했다. 공사는 가을에 시작해 2년간 이어진다."
KO_MORE = "시장은 공사 기간에도 도로를 막지 않겠다고 말했다."
EN_HEADLINE = "Harbour council approves the breakwater plan"
EN_LEAD = "The city council approved the plan to rebuild the harbour breakwater on Thursday, officials said."


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ((KO_HEADLINE, "작성자 최고관리자", "2024.03.12 08:15", KO_HEADLINE, "• 박서진 기자", KO_LEAD, KO_MORE), "박서진"),
        ((KO_HEADLINE, "작성자 관리자", "2024.03.12 08:15", KO_LEAD, KO_MORE), None),
        ((EN_HEADLINE, "Jane Roe / March 12, 2024", EN_LEAD), "Jane Roe"),
        ((EN_HEADLINE, "Jane Roe | 12 March 2024", EN_LEAD), "Jane Roe"),
    ],
)
def test_site_accounts_and_slashed_dates(lines, author, known):
    assert meta(*lines, known=known).author == author
