"""Page furniture an audit of real articles found kept as article text, each shape written anew for these
tests: a related story's teaser card (a headline, then the same headline after a name), captions closed by their
agency's credit, a bracketed picture credit, a bot check, a menu of
the site's languages, a follow or text-size button, a reader's comment in chat spelling; the links to the previous and
next story and a broadcaster's tip-line block, which close the text. And the sentences such rules must leave."""

from __future__ import annotations

import pytest

from generator.extract import furniture

LEAD = "The two ministers met in the harbour city on Tuesday to sign the agreement."
LAST = "Talks went on until the evening."


@pytest.mark.parametrize(
    "line",
    [
        "두 장관이 항구를 둘러보고 있다. AFP=연합뉴스", "항만청장. EPA=연합뉴스",  # a caption, its agency and wire
        "兩國部長今天在港口簽署協議。路透", "兩國部長今天在港口簽署協議。法新社",
        "두 장관이 항구에 도착했다. [사진 갈무리-항구통신]", "港口的新码头。[图片 来源]",  # a bracketed picture credit
        "影片來源:港口電視台 今日焦點",  # a video's source
        "➤➤➤想要快速掌握最新港口消息", "►► Get the harbour news first",  # a promotion behind arrows
        "Bitte warten Sie während wir den Zugang überprüfen.", "Please wait while we verify your browser.",
        "Checking your browser before accessing the site.",
        "Hafen- English / - 日本語 / - 简体字 / - Français / - Español",  # a menu of the site's languages
        "關注", "글자크기설정", "인쇄하기", "이 글자크기로 변경됩니다.", "(예시) 가장 빠른 항구 소식을 만나보세요.",
        "항구 공사 보니 별것도 없네 뭐... 다 헛소리 ㅋㅋ", "그런 걸 협정이라고 ㅉㅉ",  # a reader's comment
        "Podés leer: El puerto abre un nuevo muelle", "Puedes leer: Los ministros firmaron en el puerto",
    ],
)
def test_furniture_is_not_article_text(line, known):
    assert furniture.strip([LEAD, line, LAST], known).lines == (LEAD, LAST)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the result was 2=3 in the first count, a tie.",  # "=" inside a sentence
        "港口工人表示,新码头的工作将持续两年。",  # a sentence closed by its stop, no agency after it
        "Please wait for the second round, the minister told the harbour workers.",
        "The ministers spoke English and French, and the mayor German.",  # language names in a sentence
        "두 장관은 화요일 항구에서 협정에 서명했다.",
        "Puedes leer el acuerdo en la web del puerto, dijo el ministro.",
        # a reader's reaction in chat spelling that the paragraph quotes: the reporter's sentence
        "온라인에서는 \"또 왔네 ㅋㅋ\"라는 반응이 이어졌고, 일부 누리꾼은 공사 결과에 주목했다.",
        "일부 누리꾼은 '또 공사냐 ㅉㅉ'라고 적었다.",
    ],
)
def test_sentences_near_furniture_words_stay(line, known):
    assert line in furniture.strip([LEAD, line, LAST], known).lines


TEASER = 'Mayor works as a ferry pilot in his latest stunt: "I love the sea!"'


def test_a_teaser_card_a_headline_then_itself_after_a_name_is_furniture(known):
    """A related story's card repeats its headline after a label (the person it is about): both lines go, and with
    them the quote and the person in them."""
    lines = [LEAD, TEASER, "Jan Novak " + TEASER, LAST]
    assert furniture.strip(lines, known).lines == (LEAD, LAST)


def test_a_sentence_repeated_after_a_name_ending_with_its_stop_stays(known):
    line = "The ministers agreed to open the harbour to ferries in May."
    assert furniture.strip([LEAD, line, "Jan Novak " + line, LAST], known).lines[:2] == (LEAD, line)


@pytest.mark.parametrize(
    "tail",
    [
        ["上一則", "港口新聞:碼頭擴建", "下一則", "其他新聞的標題"],  # the previous and next stories' links
        ["※ '당신의 제보가 뉴스가 됩니다'", "[카카오톡] 항구방송 검색해 채널 추가", "[전화] 02-000-0000"],  # a tip line
        ["■ 제보하기", "▷ 전화 : 02-000-0000", "▷ 이메일 : tips@example.com"],
        ["新聞時間線", "0"],  # a news timeline's label and its counter
    ],
)
def test_blocks_that_close_the_text(tail, known):
    body = [LEAD, "The ministers then toured the new ferry terminal and the old customs house together.",
            "They agreed to meet again in the autumn to review how the works on the harbour were going.", LAST]
    assert furniture.strip(body + tail, known).lines == tuple(body)


def test_a_broadcasters_tip_line_names_it(known):
    """The tip block closing a broadcaster's page names its messenger channel, the broadcaster's name: the outlet."""
    body = [LEAD, "The ministers then toured the new ferry terminal and the old customs house together.",
            "They agreed to meet again in the autumn to review how the works on the harbour were going.", LAST]
    cleaned = furniture.strip(body + ["■ 제보하기", "▷ 전화 : 02-000-0000", "▷ 카카오톡 : 'HBS제보' 검색, 채널 추가"], known)
    assert cleaned.lines == tuple(body) and "HBS" in cleaned.outlet_cues
