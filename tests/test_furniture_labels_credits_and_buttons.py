"""Page furniture an audit of real articles found kept as article text, each shape in several
languages: a related-link label glued to its headline, a picture's credit alone in brackets, a caption closed
by its archive note, a browser's notice, a link to the full version, a button's word
alone, share buttons in a bullet. And the sentences such rules must leave. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import furniture

LEAD = "The two ministers met in the harbour city on Tuesday to sign the agreement."
LAST = "Talks went on until the evening."


@pytest.mark.parametrize(
    "line",
    [
        "À lire aussiLes deux ministres au port : une première depuis vingt ans",  # a label glued to its link
        "Read alsoHarbour deal: what the ministers signed", "Читайте такжеМинистры подписали соглашение в порту",
        "(Picture: Jan Novak/AFP)", "(사진= AFP, 연합)", "(Foto: Agentur)",  # a picture's credit alone
        "Seite an Seite: die beiden Minister im Hafen (Archivbild)", "The two ministers at the harbour (file photo)",
        "항구를 둘러보는 두 장관 (자료사진)",  # a caption closed by its archive note
        "抱歉,我們並不支援你正使用的瀏覽器,請更新你的瀏覽器。", "Your browser is not supported. Please update it.",
        "Читать в полной версии", "Read the full article", "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
        "닫기", "Anzeige", "【関連記事】", "• 트위터 엑스", "• 페이스북 카카오톡 링크 복사",
        # a scraper's or server's error saved with the page
        "Curl error: Could not resolve: cdn.harbour.example (Could not contact DNS servers)",
        "Warning: file_get_contents(https://harbour.example/feed): Failed to open stream",
        # a share widget's button, its notice and its instructions; a post's age and view count; a comments heading
        "Share via", "• Link copied", "Lien copié", "Ссылка скопирована", "1 month ago 76", "3 hours ago", "댓글",
        "Vous pouvez partager un article en cliquant sur les icônes de partage en haut à droite de celui-ci.",
        "You can share this article by clicking the icons at the top of the page.",
        # a read-aloud player's notice
        "Nous avons le plaisir de vous présenter notre nouveau lecteur. Il utilise une voix générée par l'IA, "
        "ce qui peut entraîner des erreurs de prononciation.",
        "Listen to this article: it is read by an AI-generated voice, which may mispronounce some names.",
        # a link's invitation, a newsletter's, a page translator's widget
        "— Click Here to get More News", "Click here to read more", "Join our Newsletter", "Get the free daily newsletter",
        "Google Translate Icon Select Language: Korean flag in circle American flag in circle", "Select Language",
        # a photo's caption after "in the photo:", an image's identifier alone
        "На фото: мэр Находки на причале", "На снимке: рыболовецкие суда в порту", "960adfc1-ddc4-43f2-92eb-7ad30a9f202f",
    ],
)
def test_furniture_is_not_article_text(line, known):
    assert furniture.strip([LEAD, line, LAST], known).lines == (LEAD, LAST)


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi les clauses du traité ne suffit pas, a dit le ministre.",  # the label's words, a space after them
        "See also how the port will grow, the mayor said on Tuesday.",
        "The minister said the photo (taken in 1990) showed the old harbour.",
        "Date: the two sides have not fixed one for the next round of talks.",
        "The ministers agreed to close the old customs office by the end of the year.",
        "Your browser history will not show the new treaty page, the ministry warned.",
        "두 장관은 화요일 항구에서 협정에 서명했다.",
        # a sentence opening with a wire credit's words ("with information from …"), not the credit
        "With information from the harbour scarce, analysts relied on satellite images.",
        "With inputs from both ministries, the draft was finished in May.",
        "Con información de inteligencia local, el puerto advirtió sobre nuevos envíos.",
        "Mit Material von den Werften soll der Hafen seine Kräne versorgen.",
        "Three months ago the ministers met for the first time in the harbour city.",  # an age in a sentence
        "You can share the catch equally, the minister told the fishermen.",
        "The port will test an AI-generated voice to guide ships into the harbour at night.",  # an AI voice in the news
        "Join our crews at the harbour on Sunday, the mayor told fishermen.",  # (no newsletter)
        "Select languages for the port's signs were agreed by both ministers.",
        "Google Translate was used by some foreign reporters to follow the speeches at the harbour.",
        "Select language experts from the ministry joined the port's delegation.",
    ],
)
def test_sentences_near_furniture_words_stay(line, known):
    assert line in furniture.strip([LEAD, line, LAST], known).lines


@pytest.mark.parametrize("line", ["Dear Comrade Putin,", "Уважаемый товарищ Путин,", "Lieber Genosse Kim,", "Cher camarade Kim,",
                                  "친애하는 동지,", "尊敬的同志,"])
def test_a_letters_salutation_is_the_letters_text_not_a_captions_piece(line, known):
    """A reprinted letter opens with its salutation alone on its line, a comma closing it, as a caption cut at a comma
    does ("Líder norte-coreano,"): the salutation is text."""
    assert furniture.strip([LEAD, line, LAST], known).lines == (LEAD, line, LAST)


def test_a_captions_piece_cut_at_a_comma_is_still_furniture(known):
    assert furniture.strip([LEAD, "Líder norte-coreano,", LAST], known).lines == (LEAD, LAST)


def test_a_gallery_item_and_an_image_file_name_glued_before_the_lead_are_furniture(known):
    """A picture gallery's item line ("第2项,…"), and a picture's file name and pixel size glued before the lead,
    which keeps its text."""
    item = "第2项,港口部长在塔林港迎接外长,这是由港口通讯社于2025年2月11日发布的图片。"
    lead = "11.2.2025 (HarbourWire.ee) - The port minister praised the accord."
    assert furniture.strip([LEAD, item, "harbour_ferry_line_12345 640x480 " + lead, LAST], known).lines == (LEAD, lead, LAST)


def test_a_clause_listed_by_item_number_is_text_not_a_gallery_item(known):
    clause = "第3项，条约规定，一方遭受武装侵略时另一方应提供援助。"
    assert furniture.strip([LEAD, clause, LAST], known).lines == (LEAD, clause, LAST)



@pytest.mark.parametrize("line, shown", [
    ("장호진(사진) 국가안보실장은 항구를 둘러봤다.", "장호진 국가안보실장은 항구를 둘러봤다."),
    ("The mayor (pictured) opened the harbour on Tuesday.", "The mayor opened the harbour on Tuesday."),
    ("林官房長官（写真）は港を視察した。", "林官房長官は港を視察した。"),
    # (a marker's word in its own sentence stays: "the photo (사진) archive" is no marker glued to a name)
    ("The photo archive (see below) shows the harbour in 1990.", "The photo archive (see below) shows the harbour in 1990."),
])
def test_a_pictures_marker_inside_a_sentence_is_taken_out(line, shown, known):
    assert furniture.strip([LEAD, line, LAST], known).lines == (LEAD, shown, LAST)
