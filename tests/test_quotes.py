import pytest

from generator.entities import find_mentions
from generator.model import Quote
from generator.quotes import find_quotes, group_quotes, similarity

from _extract_helpers import data, paras


def quotes(*texts):
    p = paras(*texts)
    return [(q.speaker, q.text, q.via) for q in find_quotes(p, find_mentions(p, data()), data())]


@pytest.mark.parametrize(
    "texts, expected",
    [
        (['"Our ties have never been stronger," Putin said at the dinner.'],
         [("Vladimir Putin", "Our ties have never been stronger", None)]),
        (["Kim said at a joint press conference, “The pact will protect our people from threats.”"],
         [("Kim Jong-un", "The pact will protect our people from threats.", None)]),
        (["“The region is now less stable than before,” said Sergey Lavrov."],
         [("Sergey Lavrov", "The region is now less stable than before", None)]),
        (["“We will deepen trade in every field,” Kim was quoted as saying by Russia’s Tass news agency."],
         [("Kim Jong-un", "We will deepen trade in every field", "TASS")]),
        (["Putin praised the hosts for “a warm and truly brotherly welcome in the capital,” Interfax reported."],
         [("Vladimir Putin", "a warm and truly brotherly welcome in the capital", "Interfax")]),
        (["Park Min-soo, a senior analyst at the Asan Institute, said, “Moscow needs shells more than ever.”"],
         [("Park Min-soo", "Moscow needs shells more than ever.", None)]),
        (["Jens Stoltenberg spoke in Brussels on Monday.", "“This alliance worries every member state,” he said."],
         [("Jens Stoltenberg", "This alliance worries every member state", None)]),
        (['"The first part of the statement is here," Kim said.', '"And this paragraph continues the same statement."'],
         [("Kim Jong-un", "The first part of the statement is here", None),
          ("Kim Jong-un", "And this paragraph continues the same statement.", None)]),
        (["According to Putin, the new treaty opens a very different chapter for both nations."],
         [("Vladimir Putin", "the new treaty opens a very different chapter for both nations", None)]),
        (["The Russian president said the talks went well, adding, “We trust our partners completely.”"],
         [("Vladimir Putin", "We trust our partners completely.", None)]),
        (["«Мы будем сотрудничать во всех областях», — заявил Владимир Путин."],
         [("Vladimir Putin", "Мы будем сотрудничать во всех областях", None)]),
        # a sentence that is all quotation continues the speaker of the sentence before it
        (['"Any cooperation with the North breaks the rules," Chang Ho-jin said. "We will review arms support to Ukraine."'],
         [("Chang Ho-jin", "Any cooperation with the North breaks the rules", None),
          ("Chang Ho-jin", "We will review arms support to Ukraine.", None)]),
        # a name inside the quotation never speaks it
        (['"No country should give Putin a platform for his war," a spokesperson for the embassy said.'],
         [(None, "No country should give Putin a platform for his war", None)]),
        # the quotation's closing full stop ends its sentence
        (['On the other side, Choe Son Hui took part. Putin said the treaty "provides for help in case of attack." He also called for change.'],
         [("Vladimir Putin", "provides for help in case of attack.", None)]),
        # Korean: particles after a closing single quote, and 그는 for the last speaker
        (["푸틴 대통령은 회견을 열었다. 그는 '서방의 제재는 정치적 동기에 따른 것'이라고 비판했다."],
         [("Vladimir Putin", "서방의 제재는 정치적 동기에 따른 것", None)]),
        (["«Отношения вышли на новый высокий уровень», — сказал председатель государственных дел КНДР."],
         [("Kim Jong-un", "Отношения вышли на новый высокий уровень", None)]),
        # a definite role noun by the verb is the person last given that role; "a spokesperson" is not
        (["Президент России Владимир Путин провел переговоры.", "«Мы ценим вашу поддержку», — подчеркнул президент."],
         [("Vladimir Putin", "Мы ценим вашу поддержку", None)]),
        (["President Vladimir Putin arrived.", '"We regret this visit deeply," a spokesperson for the embassy said.'],
         [(None, "We regret this visit deeply", None)]),
    ],
)
def test_attribution(texts, expected):
    assert quotes(*texts) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kim called the pact an “alliance” between equals.",
        "Both leaders said the deal was 'defensive' and \"purely peaceful\".",
        "Neither side has published the 'Treaty on Comprehensive Strategic Partnership.'",
        "Kim’s aide and Putin’s aide met the president’s guests.",
        "이번 조약은 1961년 체결된 '조소 우호협조 및 상호원조 조약'을 대체한다.",
    ],
)
def test_scare_quotes_titles_and_apostrophes_are_not_quotes(text):
    assert quotes(text) == []


def test_unattributed_quote_has_no_speaker():
    assert quotes('"Nobody knows what the text says in the end."') == [(None, "Nobody knows what the text says in the end.", None)]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("a truly groundbreaking document that elevates bilateral relations to a new qualitative level",
         "a truly groundbreaking document that reflects the desire of the two countries to bring our relations to a new qualitative level",
         True),
        ("this is a unique document that brings bilateral relations to an absolutely new qualitative level",
         "a truly groundbreaking document that elevates bilateral relations to a new qualitative level", True),
        ("We will fight sanctions imposed by the West", "The weather in the capital was very hot in June", False),
    ],
)
def test_similarity(a, b, same):
    assert (similarity(a, b) >= 0.6) is same


def test_group_quotes_merges_translations_and_keeps_speakers_apart():
    q = lambda text, speaker, anchor="p-1": Quote(text=text, speaker=speaker, anchor=anchor)
    groups = group_quotes([
        ("b", q("a truly groundbreaking document that elevates bilateral relations to a new qualitative level", "Vladimir Putin")),
        ("a", q("a truly groundbreaking document that reflects the desire to bring relations to a new qualitative level", "Vladimir Putin")),
        ("c", q("a truly groundbreaking document that elevates bilateral relations to a new qualitative level", "Kim Jong-un")),
        ("a", q("Sanctions must be reviewed by the council soon", "Vladimir Putin", "p-2")),
    ])
    by_speaker = {(g.speaker, len(g.variants)) for g in groups}
    assert by_speaker == {("Vladimir Putin", 2), ("Vladimir Putin", 1), ("Kim Jong-un", 1)}
    again = group_quotes(reversed([v for g in groups for v in g.variants]))
    assert [g.anchor for g in again] == [g.anchor for g in groups]
    assert all(g.anchor.startswith("q-") for g in groups)
