"""Page furniture an audit of real pages found kept as article text, each shape with made-up words:
other stories' headlines under a "most commented" or "read also" label to the page's end, a comment counter
closing the text, a row of tool buttons, a share button's word alone, a repost site's disclaimer, a photo's
credit alone in brackets, a machine's summary above the text. And the sentences such rules must leave. Inputs are
written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import furniture

LEAD = "The two ministers met in the harbour city on Tuesday to sign the agreement on the new port."
BODY = ("Both sides agreed to share the costs of dredging the channel, and the works should start next spring, "
        "the ministry said in a statement after the talks had ended late in the evening.")
LAST = "Talks went on until the evening."
OTHER = ("Pekař z Horní Lhoty otevřel třetí prodejnu", "Závod dračích lodí se letos pojede na řece poprvé v noci")


@pytest.mark.parametrize(
    "label",
    ["댓글 많은 뉴스", "많이 본 뉴스", "[ニュース] ランキング", "アクセスランキング", "Související témata", "Přečtěte si také",
     "Most read", "コメント0", "댓글 12", "Comments (3)", "30 commentaires", "12 Kommentare",
     # a paywall's notice where the free part stops, its offers and the comments after it
     "Cet article est réservé aux abonnés. Il vous reste 88% à découvrir.", "This article is for subscribers only.",
     # a Korean paper's imprint, its officers and registration
     "대표이사/발행인 : 홍길동", "사업자등록번호 : 123-45-67890", "(끝)", "You may also like",
     # a sidebar's latest videos or news
     "最新動画", "最新ニュース"],
)
def test_a_label_of_other_stories_ends_the_text(label, known):
    cleaned = furniture.strip([LEAD, BODY, LAST, label, *OTHER], known)
    assert cleaned.lines == (LEAD, BODY, LAST)


@pytest.mark.parametrize(
    "line",
    [
        "크게 작게 프린트 메일", "URL 줄이기 페이스북 X", "인쇄 스크랩",  # a row of tool buttons
        "Zdieľať", "Sdílet", "Udostępnij",  # a share button's word alone
        "鄭重声明:本文の著作権は原作者に帰属します。転載は情報の伝達のみを目的としています。",  # a repost disclaimer
        "郑重声明：本文版权归原作者所有，转载仅为传递信息。",
        "(JANA NOVÁKOVÁ / AFP)", "(Tom Hart / Reuters)",  # a photo's credit alone in brackets
        "No Image", "이 기사를 공유합니다", "• 댓글 0",  # a placeholder, a share label, a comment counter
        "Читайте нас на Яндекс.Дзене и в Telegram", "[Estamos en WhatsApp. Empieza a seguirnos ahora]",  # a promotion
        # a blog engine's widgets and footer, a stamp's labels left alone, a repost's disclaimer, an empty widget
        "Written by", "Rate this item", "(0 votes)", "Read 60 times", "About Author", "Maintain by Harbour Web Works",
        "입력", "수정", "구독", "면책 조항: 이 글의 저작권은 원저작자에게 있습니다. 어떠한 투자 조언도 포함되지 않습니다.",
        'Актуальные новости по теме "Array"',
        # a caption closed by its archive note or a credit of slash-joined parts after its stop
        "Мэр города Иван Петров. Архивное фото",
        "Два мэра на открытии моста. Иван Петров/пресс-служба мэрии/Агентство",
        "The two mayors at the bridge on Tuesday. Pool Photo by Tom Hart/Harbour Wire/EPA",
        "두 시장이 20일 새 다리 개통식에서 테이프를 자르고 있다. 연합뉴스",  # a Korean caption and its agency
    ],
)
def test_furniture_is_not_article_text(line, known):
    assert furniture.strip([LEAD, line, LAST], known).lines == (LEAD, LAST)


def test_a_machine_summary_and_its_points_are_not_text(known):
    points = ["両国は港の共同開発で合意した。", "工事は来春に始まる見通し。", "費用は両国が折半する。"]
    lines = ["AI要約", *points, LEAD, BODY]
    assert furniture.strip(lines, known).lines == (LEAD, BODY)


@pytest.mark.parametrize(
    "line",
    [
        "The most read report of the year named the harbour as the busiest in the region.",
        "Přečtěte si také, co ministr řekl o novém přístavu a jeho nákladech na provoz.",
        "The minister said the photo (taken by Tom Hart / Reuters) showed the old harbour.",
        "크게 작게 바뀐 항구의 모습을 시민들이 지켜봤다.",
        "Sdílet náklady chtějí obě strany rovným dílem.",
        "The text was written by the two ministries over the winter and read out on Tuesday.",
        "입력 장치를 새로 들여온 항구는 수정된 계획에 따라 내년에 문을 연다.",
        "The ports of Riga/Tallinn/Helsinki will share the costs, the ministry said.",
    ],
)
def test_sentences_near_furniture_words_stay(line, known):
    assert line in furniture.strip([LEAD, line, BODY, LAST], known).lines


@pytest.mark.parametrize(
    "teaser",
    ["Ministers sign the harbour agreement...", "The two ministers met in the harbour city on Tuesday …"],
)
def test_a_line_cut_short_with_dots_repeating_another_is_no_text(teaser, known):
    head = "Ministers sign the harbour agreement"
    dated = "12.3.2024 (Agentura) - " + LEAD
    assert furniture.strip([head, teaser, dated, BODY], known).lines == (head, dated, BODY)


def test_an_image_file_name_and_size_glued_before_a_paragraph_are_taken_off(known):
    cleaned = furniture.strip(["harbour_deal_port_98765 676x451 " + LEAD, BODY], known)
    assert cleaned.lines == (LEAD, BODY) and "harbour_deal_port_98765 676x451" in cleaned.removed


@pytest.mark.parametrize(
    "line",
    [
        "The talks stalled...",  # dots closing a short line: too little to be another line cut short
        "He said the harbour agreement would follow... and it did, two years later.",
        "port_of_call 12 x 40 metres, the new quay was finished in May.",
    ],
)
def test_dots_and_sizes_in_sentences_stay(line, known):
    assert line in furniture.strip([LEAD, line, BODY], known).lines


@pytest.mark.parametrize(
    "line",
    [
        "Kim Jong Un and Vladimir Putin.", "Putin und Kim", "Путин, Ким Чен Ын.",  # only the names of those shown
        "Владимир Путин / Ким Чен Ын",  # (parted by a slash)
        "Both ministers at the harbour on 12 March. (JANA NOVÁKOVÁ / AFP)",  # a caption closed by its credit
    ],
)
def test_a_caption_of_names_alone_or_closed_by_its_credit_is_no_text(line, known):
    assert furniture.strip([LEAD, line, BODY], known).lines == (LEAD, BODY)


@pytest.mark.parametrize(
    "line",
    ["Putin and Kim met at the harbour.", "Putin and the minister", "Anna Berg and Tom Hart", "Anna Berg / Tom Hart",
     "The ministers met at the harbour, the agency said (AFP)."],
)
def test_names_in_a_sentence_or_unknown_names_stay(line, known):
    assert line in furniture.strip([LEAD, line, BODY], known).lines


def test_wires_credited_in_brackets_closing_a_paragraph_stay(known):
    line = "Guides take visitors up the tower twice a day. (dpa/AFP)"
    assert line in furniture.strip([LEAD, BODY, line], known).lines


def test_the_site_bars_date_printed_twice_among_menu_labels_is_furniture(known):
    bar = ["Menu", "Search", "Dimanche 21 Juillet 2024", "S'abonner", "close", "Dimanche 21 Juillet 2024", "Menu"]
    assert "Dimanche 21 Juillet 2024" not in furniture.strip([*bar, LEAD, BODY], known).lines


def test_the_articles_stamp_printed_twice_under_its_byline_stays(known):
    head = ["Jane Roe", "19 June 2024", LEAD, "Jane Roe", "19 June 2024", BODY]
    assert furniture.strip(head, known).lines.count("19 June 2024") == 2


def test_a_wires_credit_alone_in_brackets_between_paragraphs_names_it(known):
    cleaned = furniture.strip([LEAD, "(dpa)", BODY, LAST], known)
    assert cleaned.lines == (LEAD, BODY, LAST) and cleaned.outlet_cues == ("dpa",)


def test_a_layouts_separator_is_no_paragraph():
    from generator.extract.extract import make_paragraphs
    paragraphs = make_paragraphs((LEAD, "-", "|", "* * *", BODY))
    assert [p.text for p in paragraphs] == [LEAD, BODY]


@pytest.mark.parametrize("copyright", ["©(주) 항구일보 무단전재 및 재배포 금지", "<저작권자 ⓒ 항구일보 무단전재 및 재배포 금지>"])
def test_bulleted_headlines_under_a_korean_copyright_line_are_other_stories(copyright, known):
    """A Korean paper's copyright line closing the text, and the other stories' headlines it lists under it ("- …"),
    are no text; a paragraph after the line, no bullet before it, still is."""
    teasers = ["- 항구 두 곳 어업 협정 검토…연내 결론", "- 쇼이구 “어선 보호 위해 순찰 늘리겠다”"]
    assert furniture.strip([LEAD, BODY, copyright, *teasers], known).lines == (LEAD, BODY)
    after = "두 항구의 시장은 \"협정을 지키겠다\"고 강조했다."
    assert furniture.strip([LEAD, BODY, copyright, after], known).lines == (LEAD, BODY, after)
