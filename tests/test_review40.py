"""Shapes a review of round 40's rules found misread, each written for these tests: a contrast clause whose
subject was dropped (or is the speaker's pronoun) is still the speaker's; a Chinese headline over its dateline
or byline is the title, not the line under it; a Chinese or Japanese sentence opening with a subject, a comma
and a date is not a dateline."""

from __future__ import annotations

import pytest

from _head_helpers import meta
from test_quotes import quotes

LEAD_ZH = "俄罗斯总统普京19日凌晨抵达平壤，开始对朝鲜进行国事访问，这是他二十四年来首次访问朝鲜。双方将举行会谈并签署一系列文件，包括两国关系的基础性文件。"


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('Vladimir Putin said the treaty was "a breakthrough document", while adding that it was '
         '"not aimed at any third country".', "not aimed at any third country"),
        ('Vladimir Putin said the treaty was "a breakthrough document", whereas the old pact, he said, '
         '"belonged to another era entirely".', "belonged to another era entirely"),
        ('Vladimir Putin ha detto che il trattato è "un documento di svolta", mentre ha aggiunto che '
         '"non è diretto contro nessun paese terzo".', "non è diretto contro nessun paese terzo"),
    ],
)
def test_a_contrast_clause_without_a_new_subject_is_still_the_speakers(text, quoted):
    assert ("Vladimir Putin", quoted) in [(speaker, words) for speaker, words, _ in quotes(text)]


def test_a_contrast_clause_with_a_new_subject_is_not_the_speakers():
    found = quotes('Vladimir Putin called the treaty "a breakthrough document", while critics called it '
                   '"a pact of the isolated".')
    assert ("Vladimir Putin", "a pact of the isolated") not in [(speaker, words) for speaker, words, _ in found]


@pytest.mark.parametrize("under", ["新华社平壤6月19日电（记者 张三）", "本报驻莫斯科记者 王五", "记者 张三 李四"])
def test_a_chinese_headline_over_its_dateline_or_byline_is_the_title(under, known):
    assert meta("普京抵达平壤", under, LEAD_ZH, known=known).title == "普京抵达平壤"


@pytest.mark.parametrize(
    "lead",
    [
        "外交部发言人表示，2023年4月4日签署的条约具有防御性质。双方此后多次会晤。",
        "朝中社报道，2023年4月4日两国签署了条约。双方此后多次会晤。",
        "ロシア外務省、2023年4月4日に条約に署名したと発表。",
    ],
)
def test_a_sentence_opening_with_a_subject_comma_and_date_is_no_dateline(lead, known):
    assert meta("普京抵达平壤", lead, "双方将举行会谈并签署一系列文件。", known=known).published is None


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("Vladimir Putin's visit is his first since 2015. He last met Kim Jong-un in March in Moscow, where the North "
         'Korean leader heard him promise "full and unreserved backing" for the talks.', "full and unreserved backing"),
        ("Vladimir Poutine a rencontré Kim Jong-un en mars, lorsque le dirigeant nord-coréen a reçu de lui la "
         "promesse d'un « soutien total et sans réserve ».", "soutien total et sans réserve"),
    ],
)
def test_a_person_opening_the_clause_who_hears_him_is_not_the_speaker(text, quoted):
    assert ("Kim Jong-un", quoted) not in [(speaker, words) for speaker, words, _ in quotes(text)]
