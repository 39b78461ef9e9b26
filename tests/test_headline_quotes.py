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
