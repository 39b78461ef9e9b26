"""The head of an article, round 2 of issue 17: a promotion line names the site and is never a title;
counters, widget messages, tag lists and label lines above a headline are furniture; a source label
before a photographer credits a picture; a title made from the lead leaves its dateline credit out and
ends where a Chinese or Japanese sentence ends. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import furniture, promotions
from generator.extract.head_tags import tag_list

from _head_helpers import HEADLINE, LEAD, MORE, meta


# ------------------------------------------------------------------ promotion lines
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Подписывайтесь на Ленту.ру в Telegram", "Lenta.ru"),  # a case form of a known name
        ("Читать на сайте KOMMERSANT.RU", "Kommersant"),  # a domain
        ("Follow The Korea Herald on Telegram", "The Korea Herald"),
        ("更多新聞請加入聯合報粉絲團", "United Daily News"),
        ("Suivez AFP sur X", "AFP"),
        ("Follow us on Telegram", None),  # no name: furniture only
        ("Subscribe to our newsletter", None),
        ("Подписывайтесь на Новаягазета.Ru в Telegram", "Новаягазета.Ru"),  # an unknown site, written as one
    ],
)
def test_a_promotion_line_names_the_site_it_promotes(line, outlet, known):
    assert promotions.promotion(line, known) == (True, outlet)


@pytest.mark.parametrize(
    "line",
    ["Follow the money.", "Subscribers in Seoul wait for the new phone", "Like father, like son.",
     "Читатели спорят о новом мосте", "Join the queue at the harbour"],
)
def test_text_that_mentions_following_or_reading_is_no_promotion(line, known):
    assert promotions.promotion(line, known) == (False, None)


def test_a_promotion_line_above_the_headline_is_neither_title_nor_text(known):
    promo = "Подписывайтесь на Ленту.ру в Telegram: только главное!"
    result = meta(promo, "Мэрия открыла новую набережную", "Мэр открыл набережную вдоль реки. Работы шли год.",
                  "Набережная протянулась на три километра.", known=known)
    assert result.title == "Мэрия открыла новую набережную"
    assert result.outlet == "Lenta.ru"
    assert promo not in result.body


def test_a_promotion_among_the_last_lines_names_the_outlet(known):
    result = meta(HEADLINE, LEAD, MORE, "Follow The Korea Herald on Telegram", "TOP", known=known)
    assert result.outlet == "The Korea Herald"


# ------------------------------------------------------------------ furniture above the headline
@pytest.mark.parametrize(
    "above",
    [
        "108,8 тыс подписчиков",  # a channel's counter
        "1.2K followers",
        "No menu items!",  # a widget's message saved in place of its content
        "Загрузка...",
        "Новые комментарии +",  # a comment widget
        "Comments (12)",
        "Print edition, click here:",  # a label introducing what follows
        "版面导航请点击:",
        "Anna Berg Tom Lind Oslo Bergen Norway parliament economy transport Anna Berg Tom Lind Oslo",  # tags
    ],
)
def test_widget_lines_above_the_headline_are_not_the_title(above, known):
    assert meta(above, HEADLINE, LEAD, MORE, known=known).title == HEADLINE


def test_a_label_line_below_the_headline_stays_in_the_text(known):
    result = meta(HEADLINE, LEAD, "The delegation:", "– Anna Berg, minister", MORE, known=known)
    assert "The delegation:" in result.body


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Анна Петрова Игорь Соколов Казань Самара Волга Минтранс", True),  # names and places, capitalised
        ("Oslo Bergen parliament economy transport Oslo Bergen parliament", True),  # the list repeated
        ("Putin Makes First Visit to North Korea in 24 Years", False),  # title case has short words
        ("Putin macht Militär-Deal mit Nordkorea offiziell was steckt dahinter", False),
        ("Власти города открыли новый мост через реку к осени", False),
    ],
)
def test_a_tag_list_is_told_from_a_headline(line, tags):
    assert tag_list(line) is tags


def test_a_source_label_before_a_photographer_credits_a_picture(known):
    result = meta("Neue Brücke in Dresden eröffnet", "Die Stadt hat eine neue Brücke eröffnet. Sie ist lang.",
                  "Quelle: Reuters © Anna Müller", "Die Brücke wurde in drei Jahren gebaut.", known=known)
    assert result.outlet is None


@pytest.mark.parametrize(("credit", "outlet"), [("Información: EFE", "EFE")])
def test_a_wire_credited_as_the_source_of_the_information_is_the_outlet(credit, outlet, known):
    assert meta(HEADLINE, LEAD, MORE, credit, "Foto: Reuters", known=known).outlet == outlet


# "With information from X" credits what the page's own text drew on, not who published it (it was taken as the
# outlet before; the labelled real articles name no outlet for such a page): no outlet, and the line is no text.
@pytest.mark.parametrize(
    "credit",
    ["Con información de AP", "Com informações do Sputnik", "Com informações da Reuters", "Mit Material von dpa",
     "With inputs from PTI", "With information from Reuters"],
)
def test_a_wire_credited_for_the_information_the_text_drew_on_is_no_outlet(credit, known):
    result = meta(HEADLINE, LEAD, MORE, credit, "Foto: Reuters", known=known)
    assert result.outlet is None
    assert credit not in result.body


# ------------------------------------------------------------------ a title made from the lead
@pytest.mark.parametrize(
    "credit",
    ["Seoul, June 19 (IANS) ", "(AFP) – ", "Madrid, 19 jun (EFE).- ", "SEOUL (AFP) – "],
)
def test_a_title_made_from_the_lead_leaves_its_dateline_credit_out(credit, known):
    lead = credit + "The city opened a new bridge over the river on Monday. It took three years to build."
    assert meta(lead, known=known).title == "The city opened a new bridge over the river on Monday"


def test_a_lead_that_names_a_date_in_brackets_keeps_its_words(known):
    lead = "Putin met Kim on June 19 (local time) and signed a treaty. The talks took two hours."
    assert meta(lead, known=known).title.startswith("Putin met Kim on June 19 (local time)")


def test_a_japanese_wire_bracket_names_the_agency_and_is_left_out_of_the_title(known):
    result = meta("[東京 3日 ロイター] - 日本銀行は3日、政策金利を据え置くと発表した。市場の予想通りだった。", known=known)
    assert result.outlet == "Reuters"
    assert result.title == "日本銀行は3日、政策金利を据え置くと発表した"


def test_a_chinese_lead_title_is_its_first_sentence_cut_at_a_pause(known):
    long = "市政府于周一宣布扩建城市图书馆和三座社区文化中心以及两座体育馆,新馆预计明年春天开放并增加阅览座位两千个。馆长表示新馆将延长开放时间。"
    title = meta(long, known=known).title
    assert title == "市政府于周一宣布扩建城市图书馆和三座社区文化中心以及两座体育馆…"


def test_a_papers_name_alone_inside_a_portals_copy_is_its_masthead(known):
    text = [f"Paragraph {n} of the copied article tells what the council decided." for n in range(16)]
    result = meta(HEADLINE, *text[:12], "Hankyoreh", *text[12:], known=known)  # below the head, above the tail
    assert result.outlet == "Hankyoreh"


def test_an_agency_alone_on_a_line_inside_the_text_credits_a_photo(known):
    text = [f"Paragraph {n} of the article tells what the council decided." for n in range(16)]
    assert meta(HEADLINE, *text[:12], "Reuters", *text[12:], known=known).outlet is None


@pytest.mark.parametrize(
    "line",
    [
        "[広告3]", "[광고]", "[Реклама]",  # an ad slot's marker
        "Twitter にシェア", "LINEで送る", "はてなブックマークに追加",  # share buttons
        "あわせて読みたい", "热点", "相關新聞",  # a related-links label, its links gone
        "Publié Mis à jour", "Published | Updated",  # stamp labels, their dates gone
        "陳大同/核稿編輯", "王美玲/編譯",  # an editor's credit
        "每天領紅包 現在用APP看新聞 點我下載APP",  "Download our app for the latest headlines",  # an app's promotion
        "تابعوا آخر الأخبار عبر تطبيق google news", "Folgen Sie uns auf Telegram",  # follow us
        "تابع أحدث الأخبار عبر تطبيق google news", "Follow the latest on Twitter", "Download the app for the latest news",
        "首頁 要聞 財經 體育 娛樂 國際 AI 科技",  # a menu of sections
    ],
)
def test_page_furniture_of_many_languages_is_not_article_text(line, known):
    lead = "The two ministers met in the harbour city on Tuesday to sign the agreement."
    assert furniture.strip([lead, line, "Talks went on until the evening."], known).lines == (
        lead, "Talks went on until the evening.")


@pytest.mark.parametrize(
    "line",
    [
        "The agency said the text was published on Tuesday and updated the next day.",
        "Follow-up talks on Facebook's role were held in the capital, the minister said.",
        "Follow-up talks between the two delegations were announced on Twitter by the Kremlin.",
        "تابع الرئيس الروسي حديثه في منشور على تلغرام قائلا إن المعاهدة دفاعية.",  # "the president went on … on Telegram"
        "Officials urged residents to download the app, the agency said.",
        "Russia will get the app to track ships, Kim said.",
        "市民可以透過手機APP查詢新的巴士路線,交通局表示。",
        "部長在記者會上說,兩國將在明年舉行新一輪談判。",
    ],
)
def test_article_sentences_near_furniture_words_stay(line, known):
    lead = "The two ministers met in the harbour city on Tuesday to sign the agreement."
    assert line in furniture.strip([lead, line, "Talks went on until the evening."], known).lines
