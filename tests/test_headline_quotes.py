"""A headline's quotation speaks for the name beside it ('장호진 "…"', 'Putin: "…"'), and is one statement with the
text's own quotation of the same words (a headline quoting its lead); a short headline naming one person is no
broadcast caption of the paragraph below it."""

from _extract_helpers import data, paras
from generator.extract.mentions import find_people
from generator.extract.quotes import find_quotes


def _quotes(title: str, *texts: str) -> list[tuple[str | None, str]]:
    p = paras(*texts)
    return [(q.speaker, q.text) for q in find_quotes(p, find_people(p, data(), title=title), data(), title=title)]


def test_a_headline_quoting_its_lead_gives_one_statement():
    assert _quotes('Putin: “The port treaty is a truly breakthrough document”',
                   "Vladimir Putin said on Wednesday: “The port treaty is a truly breakthrough document.”") == [
        ("Vladimir Putin", "The port treaty is a truly breakthrough document.")]


def test_a_headline_quotation_the_text_does_not_repeat_is_kept():
    assert _quotes('최선희 "양국 항만 협력 올해 두 배로 늘린다"', "최선희 외무상은 16일 평양에서 러시아 대표단을 만났다.") == [
        ("Choe Son Hui", "양국 항만 협력 올해 두 배로 늘린다")]


def test_a_short_headline_naming_one_person_is_no_caption_of_the_quotation_below():
    assert _quotes("Putin warns the West",
                   "“Those who supply weapons to the fishing fleets are making a very big mistake,” a Russian lawmaker "
                   "said on Thursday.") == [
        (None, "Those who supply weapons to the fishing fleets are making a very big mistake")]


def _written(title: str, *texts: str) -> list[tuple[str | None, str | None, str]]:
    p = paras(*texts)
    return [(q.speaker, q.written_in, q.text) for q in find_quotes(p, find_people(p, data(), title=title), data(), title=title)]


LEAD = "Vladimir Putin and Kim Jong-un signed a treaty in Pyongyang on Wednesday."


def test_a_headline_quoting_words_nobody_beside_them_says_gives_them_unattributed():
    assert _written("«Это настоящий прорыв». О чем договорились Путин и Ким Чен Ын", LEAD) == [
        (None, None, "Это настоящий прорыв")]
    # (beside the treaty's name, opening the headline or right after the quotation: the treaty's words)
    assert _written("ロ朝新条約「攻撃受ければ直ちに軍事援助」 同盟関係復活か", LEAD) == [(None, "the treaty", "攻撃受ければ直ちに軍事援助")]
    assert _written('북러 "전쟁상태 처하면 군사원조 제공"…조약 공개', LEAD) == [(None, "the treaty", "전쟁상태 처하면 군사원조 제공")]


def test_a_verdict_on_the_treaty_in_a_headline_is_nobodys_not_the_treaty():
    for title in ('Seoul calls treaty "a grave threat to peace and stability"',
                  'US slams treaty as "deeply troubling step for the region"',
                  'NATO chief says treaty "should concern us all deeply"'):
        assert [w for _, w, _ in _written(title, LEAD)] == [None], title


def test_a_headline_scare_phrase_a_title_or_a_list_of_quotations_is_no_quote():
    for title in ("Putin's 'best friend' Kim: what's next for the 'axis of upheaval' states",
                  'Seoul screens "The Spy Who Loved Me" as Putin visits Pyongyang',
                  'Treaty "word zero treaty pact aid" "word one treaty pact aid" "word two treaty pact aid"'):
        assert _written(title, LEAD) == [], title
