"""Page furniture of comment widgets, tag lines, teasers, credits and menus (languages/furniture.yml), and bylines in
shapes without a "By" label: made-up lines of the shapes found on news pages."""

from __future__ import annotations

import pytest

from generator.extract import furniture

from _head_helpers import LEAD, MORE, meta


@pytest.mark.parametrize("line", [
    "TEMAS RELACIONADOS", "Comentarios", "#Berlin", "#Франция #Лион #Мэрия", "- CHECALO -",
    "제작: 홍길순·김철수", "최신순", "최신순 추천순 답글순", "등록된 댓글이 없습니다.", "댓글 첫 댓글을 작성해보세요",
    "주소복사가 완료되었습니다", "<이미지를 클릭하시면 크게 보실 수 있습니다>", "Click to enlarge", "21일",
    "在柏林,两位市长会晤。(图:Agency)", "رئيس البلدية،", "Two mayors at the station. Foto: Jan Novak", "La Rédaction",
    "市长会见邻市代表团并签署合作备忘录 两市发表联合声明深化合作 总理抵达南方港口开始视察之行 "
    "交通部长出席铁路博览会并发表讲话 国家主席与来访总统举行会谈达成共识 新港口项目正式开工建设",
])
def test_a_widget_tag_credit_or_menu_line_is_furniture(line, known):
    assert line not in furniture.strip([LEAD, line, MORE], known).lines


@pytest.mark.parametrize("line", [
    "#Berlin ist die Hauptstadt. Das weiß jeder.", "Comentarios del alcalde sobre el plan.",
    "Der Bürgermeister sagte, die Arbeiten beginnen im Herbst,", "市长会见代表团。双方签署备忘录。",
    "Die Redaktion hat den Bericht am Montag korrigiert.",
])
def test_a_sentence_like_a_widget_line_stays(line, known):
    assert line in furniture.strip([LEAD, line, MORE], known).lines


def test_a_read_also_label_alone_takes_its_bulleted_teasers(known):
    kept = furniture.strip([LEAD, MORE, "Lesen Sie auch:", "- Neue Radwege: Was die Stadt plant", "- Bahnhof wird"],
                           known).lines
    assert kept == (LEAD, MORE)


@pytest.mark.parametrize("lines, author", [
    (("City council approves new cycling plan", "Marisol", "18/06/2024 14:00hs", "Por Marisol", LEAD, MORE), "Marisol"),
    (("Мэрия открыла новую библиотеку", "Ирина Соколова 2025-09-05 06:49:54", LEAD, MORE), "Ирина Соколова"),
    (("Мэрия открыла новую библиотеку", "|", "Павел Орлов", "Павел Орлов", LEAD, MORE), "Павел Орлов"),
    (("Dewan kota menyetujui rencana sepeda", LEAD, MORE, "(Rina Wulandari)"), "Rina Wulandari"),
])
def test_a_byline_without_a_by_label_names_the_writer(lines, author, known):
    found = meta(*lines, known=known)
    assert found.author == author
    assert not any(author in line and line != author for line in found.body)  # (the byline is out of the text)


@pytest.mark.parametrize("lines", [
    ("Мэрия открыла новую библиотеку", "Теги", "•", "Павел Орлов", "•", "Ирина Соколова", LEAD, MORE),
    ("Мэрия открыла новую библиотеку", "Politics", "/", "Павел Орлов", LEAD, MORE),
    ("Dewan kota menyetujui rencana sepeda", LEAD, MORE, "(Foto Reuters)"),
    ("Dewan kota menyetujui rencana sepeda", LEAD, MORE, "(Sumber Antara)"),
    ("Dewan kota menyetujui rencana sepeda", LEAD, MORE, "(Editor Rina Wulandari)"),
    # a surname with its particle on a line of its own is no "di"/"de" label and one name
    ("Il consiglio approva il piano per le biciclette", "Di Maio", LEAD, MORE),
    ("Le conseil approuve le plan vélo", "De Gaulle", LEAD, MORE),
])
def test_a_tag_list_or_a_closing_credit_names_no_writer(lines, known):
    """Names a divider parts from each other are tags or a breadcrumb, and a bracketed closing line that opens with a
    credit's label or names an outlet is a credit: neither is the writer's byline."""
    assert meta(*lines, known=known).author is None
