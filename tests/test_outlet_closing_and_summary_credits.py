"""Credits of an outlet read in eval7/eval8 failures (issue 17, round 8), each as a family in several
languages: a wire credit closing a one-sentence last paragraph that quotes someone, the site's address
after a slash closing the text, a bracketed credit with its reporter ("[X뉴스=기자]"), a section, site and
date between bars, a summary page's footer naming the paper it summarises; against them a picture
agency alone under the decks (the photo's credit) and a place before its correspondent. Inputs are
written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import closing_credits, credits, self_credits

from _head_helpers import HEADLINE, LEAD, MORE, meta


@pytest.mark.parametrize(
    "line, outlet",
    [
        ('The new quay is "a door open to the whole town and its shops", the mayor said. (AFP)', "AFP"),
        ("Le quai est « une porte ouverte pour toute la ville et ses commerces », a dit la maire. (Reuters)", "Reuters"),
        ("El muelle es «una puerta abierta para toda la ciudad y sus comercios», dijo la alcaldesa. (EFE)", "EFE"),
    ],
)
def test_a_wire_credit_closing_a_quoting_sentence_names_the_outlet(line, outlet, known):
    assert closing_credits.closing_credit(line, known) == outlet


def test_a_one_sentence_caption_credited_to_a_picture_agency_stays_a_photo_credit(known):
    assert closing_credits.closing_credit("The mayor opens the new quay in the harbour on Tuesday. (Reuters)", known) is None


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Anwohner hatten seit Jahren eine bessere Verbindung gefordert. /stadtblatt.de", "stadtblatt.de"),
        ("Строительство завершится летом следующего года. / gorodnews.ru", "gorodnews.ru"),
        ("Les travaux dureront deux ans. /journal-du-port.fr", "journal-du-port.fr"),
    ],
)
def test_the_sites_address_after_a_slash_closing_the_text_names_it(line, outlet, known):
    assert closing_credits.closing_credit(line, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("[한빛뉴스=김하늘 기자] 시가 새 자전거길을 열었다.", "한빛뉴스"),  # the site, then its reporter
        ("[한빛뉴스] 시가 새 자전거길을 열었다.", "한빛뉴스"),
        ("[베를린=김하늘 특파원] 유럽 도시들이 속도 제한을 강화했다.", None),  # a place, then a correspondent
        ("[한빛뉴스=서울] 시가 새 자전거길을 열었다.", None),  # no reporter after "="
        ("[속보=김하늘 기자] 시가 새 자전거길을 열었다.", None),  # a story's tag
    ],
)
def test_a_bracketed_credit_with_its_reporter_names_the_site(line, outlet, known):
    assert self_credits.bracket_lead_credit(line, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Daerah | antaranews | Rabu, 19 Juni 2024 - 10:15", "Antara"),
        ("Politik | dpa | 19.06.2024 10:15", "dpa"),
        ("Мир | 14:48 | 19.06.2024", None),  # a section and a time: no site
    ],
)
def test_a_known_site_between_bars_on_a_stamp_line_is_the_outlet(line, outlet, known):
    assert credits.piped_credit(line, known) == outlet


@pytest.mark.parametrize(
    "footer, outlet",
    [
        ("뉴스픽의 주요 문장 추출 기술을 사용하여 “한빛일보” 기사 내용을 3줄로 요약한 결과입니다.", "한빛일보"),
        ("This is a summary of an article by The Harbour Courier. Read the full story there.", "The Harbour Courier"),
        ("Résumé d'un article du Courrier du Port.", "Courrier du Port"),
    ],
)
def test_a_summary_pages_footer_names_the_paper_it_summarises(footer, outlet, known):
    assert meta(LEAD, MORE, footer, known=known).outlet == outlet


@pytest.mark.parametrize("agency", ["뉴시스", "AFP", "Reuters"])
def test_a_picture_agency_alone_under_the_decks_credits_the_photo(agency, known):
    decks = ["Harbour wall plan gets a second look", "Works to start in the autumn"]
    assert meta(HEADLINE, *decks, agency, LEAD, MORE, known=known).outlet is None


def test_a_picture_agency_after_a_standfirst_sentence_is_the_credit_line(known):
    standfirst = "The council voted on Thursday to rebuild the wall."
    assert meta(HEADLINE, standfirst, "AFP", LEAD, MORE, known=known).outlet == "AFP"


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Local guides will lead tours twice a day during the summer. — Reuters", "Reuters"),
        ("Le maire a dit que la route resterait ouverte. - AFP", "AFP"),
        ("Im Sommer führen örtliche Führer zweimal täglich durch den Turm. (dpa/AFP)", "dpa"),
        ("Guides will lead tours twice a day. (AFP, Reuters)", "AFP"),
        ("Guides will lead tours twice a day. (Ivan Petrov/TASS)", None),  # a photographer and an agency
    ],
)
def test_a_dash_credit_or_several_wires_close_the_text(line, outlet, known):
    assert closing_credits.closing_credit(line, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [("/vizionplus.tv", "vizionplus.tv"), ("/ gorodvestnik.ru", "gorodvestnik.ru"), ("/신화사", "Xinhua"), ("/ 김하늘", None)],
)
def test_a_closing_slash_line_names_a_known_outlet_or_the_sites_address(line, outlet, known):
    assert closing_credits.closing_slash_credit(line, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("[바다경제 김하늘 기자] 항구 입구의 옛 등대가 다시 문을 열었다.", "바다경제"),
        ("[베를린 김하늘 특파원] 유럽 도시들이 속도 제한을 강화했다.", None),  # a place and its correspondent
        ("【はまべ新聞】港の入り口にある古い灯台が公開された。", "はまべ新聞"),
        ("【海滨日报】港口入口处的老灯塔重新开放。", "海滨日报"),
        ("【国际新闻】港口入口处的老灯塔重新开放。", None),  # a section's word before the news word
        ("[타스통신]에 따르면 등대가 다시 문을 열었다.", None),  # a cited source, glued to its particle
    ],
)
def test_a_bracketed_site_credit_in_korean_japanese_and_chinese(line, outlet, known):
    assert self_credits.bracket_lead_credit(line, known) == outlet


@pytest.mark.parametrize("address", ["Hafenblatt.de", "Essent.press", "gorodvestnik.ru"])
def test_a_sites_address_alone_above_the_headline_is_no_title_and_no_outlet(address, known):
    # the address says where the page was saved, which an aggregator's copy of another paper's article shares
    found = meta(address, HEADLINE, LEAD, MORE, known=known)
    assert (found.outlet, found.title) == (None, HEADLINE)


def test_a_sites_address_alone_on_the_first_line_of_an_untitled_copy_is_no_outlet(known):
    found = meta("pressebote.net", LEAD, LEAD, MORE, known=known)
    assert found.outlet is None


@pytest.mark.parametrize(
    "lines, outlet",
    [
        # a wire's name alone under the last paragraph, a list of related links after it
        (["The cut will be reviewed in March, when the spring timetable is drawn up.", "Reuters",
          "City council names new head of transport", "2 days ago"], "Reuters"),
        (["Власти обещают открыть мост для движения до конца следующего года.", "ТАСС", "Другие новости"], "TASS"),
        (["시는 다음 달부터 새 노선을 운행할 계획이라고 밝혔다.", "연합뉴스", "많이 본 기사"], "Yonhap"),
    ],
)
def test_a_masthead_line_right_under_a_paragraph_of_text_credits_the_text(lines, outlet, known):
    assert closing_credits.masthead_after_text(lines, known) == outlet


@pytest.mark.parametrize(
    "lines",
    [
        # under a picture's caption (no sentence end, or a bracketed credit), the agency credits the picture
        (["The mayor opens the new quay in the harbour on Tuesday (Photo: city hall)", "Reuters"]),
        (["Mayor and harbour master at the quay", "Reuters"]),
        # under a headline-like short line
        (["New quay opens.", "Reuters"]),
    ],
)
def test_a_masthead_line_under_a_caption_or_a_short_line_credits_nothing(lines, known):
    assert closing_credits.masthead_after_text(lines, known) is None


def test_a_masthead_line_between_paragraphs_of_the_text_credits_nothing(known):
    lines = ["The cut will be reviewed in March, when the spring timetable is drawn up.", "Reuters",
             "Ferry operators welcomed the decision but asked for a say in the spring review."]
    assert closing_credits.masthead_after_text(lines, known) is None


@pytest.mark.parametrize(
    "host, outlet",
    [
        ("www.newdaily.co.kr", "NewDaily"),
        ("m.newdaily.co.kr", "NewDaily"),  # the paper's mobile edition
        ("en.newdaily.co.kr", "NewDaily"),  # a language's edition
        ("english.newdaily.co.kr", "NewDaily"),
        ("weekly7.newdaily.co.kr", None),  # a magazine of its own on the paper's domain
        ("biz.newdaily.co.kr", None),  # a business daily beside the paper
    ],
)
def test_a_subdomain_names_the_outlet_only_when_it_is_its_edition(host, outlet, known):
    assert known.outlet_named(host) == outlet
    assert closing_credits.linked_outlet(f"https://{host}/arti/world/123.html", known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [("dpa/jp", "dpa"), ("AFP/mb", "AFP"), ("AFP/dpa/red", "AFP"),
     # a photo's credit on the last line names its picture's agency, not the text's: no desk's initials after it
     ("AFP/Pool", None), ("Sputnik/Pool", None), ("KCNA/Via", None), ("Xinhua/AFP", None), ("Nachodka/Wonsan", None)],
)
def test_a_wire_and_its_desks_initials_closing_the_text_credit_the_wire(line, outlet, known):
    assert closing_credits.closing_slash_credit(line, known) == outlet
