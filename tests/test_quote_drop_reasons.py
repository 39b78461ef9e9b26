"""/report/'s reason for a quotation left out: a headline's words near the names it gives are not said to quote
nobody, and the last sentence of a page cut off (a clause and a speech verb in it) is no headline. A headline's words
right beside a name are that name's: a headline's way of saying who said them."""

import pytest

from generator.extract.mentions import find_mentions
from generator.extract.quotes import find_quotes

from _extract_helpers import data, paras


@pytest.mark.parametrize("texts,reason", [
    # a subhead naming the leaders, their words not beside either name, no speech verb
    (("Путин и Ким: договор «в основном оборонительный по характеру»",
      "Лидеры подписали договор в Пхеньяне."),
     "a headline's words beside a name, no sentence saying them"),
    # the page's last sentence, cut off after a clause: both leaders claimed it, nobody named saying it
    (("Vladimir Putin arrived in Pyongyang on Wednesday.",
      "Both leaders insisted the pact has a \"purely defensive and peaceful character\", which critics"),
     "a sentence the page cuts off, nobody it names saying it"),
])
def test_drop_reason_says_what_the_line_is(texts, reason):
    p = paras(*texts)
    notices: list[str] = []
    find_quotes(p, find_mentions(p, data()), data(), notices)
    assert any(n.endswith(reason) for n in notices), notices


def test_subhead_gives_each_leader_the_words_beside_his_name():
    p = paras("Путин «в основном оборонительный договор» Ким «полная поддержка России»",
              "Лидеры подписали договор в Пхеньяне.")
    found = {(q.speaker, q.text) for q in find_quotes(p, find_mentions(p, data()), data())}
    assert found == {("Vladimir Putin", "в основном оборонительный договор"), ("Kim Jong-un", "полная поддержка России")}
