"""The people an article credits (its byline's writers, its pictures' photographers, a wire story's editors) are
among its people with their role: on its page under "Credits", never among the people its text names; in
briefing.json's `people` and `credited`; with a page of their own once two articles credit them, their role shown.
They are never a speaker: the text says nothing of them."""

from __future__ import annotations

from generator import build
from generator.extract import credited, extract
from generator.ingest import ingest
from generator.render import export
from generator.extract.romanise import korean_south_from_hangul

from tests._extract_helpers import data
from tests.conftest import make_project


def test_photographers_come_from_credits_and_never_from_names_alone():
    k = data()
    assert credited.photographers("Putin in Pyongyang. (Jane Roe, Sputnik, Kremlin Pool Photo via AP)", k) == ["Jane Roe"]
    assert credited.photographers("Putin in Pyongyang. Sputnik/Jane Roe/Pool via REUTERS/File Photo", k) == ["Jane Roe"]
    assert credited.photographers("Фото: Иван Петров/ТАСС", k) == ["Иван Петров"]
    # names alone, or a path of sections, carry no credit's cue: nobody took a picture
    assert credited.photographers("Vladimir Putin / Kim Jong Un", k) == []
    assert credited.photographers("Home / World / North Korea", k) == []
    assert credited.photographers("He met Jane Roe / John Doe in Seoul.", k) == []


def test_a_wire_story_credits_its_staff_with_their_roles():
    found = credited.staff("(Reporting by Jane Roe in Seoul; Editing by John Doe and Ann Lee)", data())
    assert found == [("Jane Roe", "reporter"), ("John Doe", "editor"), ("Ann Lee", "editor")]
    assert credited.staff("Reporting by the agency's desk was late.", data()) == []


def test_a_south_korean_reporter_is_spelt_as_they_write_their_name():
    spelling = data().section("entities.yml")["korean_south_spelling"]
    surnames, syllables = spelling["surnames"], spelling["syllables"]
    assert korean_south_from_hangul("이소현", surnames, syllables) == "Lee So-hyun"
    assert korean_south_from_hangul("최인영", surnames, syllables) == "Choi In-young"
    assert korean_south_from_hangul("남궁민수", surnames, syllables) == "Namgung Min-soo"
    assert korean_south_from_hangul("김", surnames, syllables) == "김"  # one syllable: no name to read


def test_credited_people_are_shown_apart_and_get_a_page_with_their_role(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    caption = "Vladimir Putin and Kim Jong-un in Pyongyang. (Jane Whitfield, Sputnik, Kremlin Pool Photo via AP)"
    (seeds / "a.txt").write_text(f"Putin and Kim sign a treaty\n\nBy Tom Baxter\n\n{caption}\n\nVladimir Putin said "
                                 "\"the treaty is a breakthrough document\" after the talks.\n")
    (seeds / "b.txt").write_text(f"Kim greets Putin in Pyongyang\n\n{caption}\n\nKim Jong-un welcomed Vladimir Putin "
                                 "at the airport.\n")
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", sorted(seeds.iterdir()))
    build.generate(project)
    docs = tmp_path / "project" / "docs"
    page = next(p for p in (docs / "articles").glob("*.md") if "Baxter" in p.read_text())
    lines = page.read_text().splitlines()
    people = next(l for l in lines if l.startswith("- **People:**"))
    credits = next(l for l in lines if l.startswith("- **Credits:**"))
    assert "Vladimir Putin" in people and "Whitfield" not in people and "Baxter" not in people
    assert "Tom Baxter (reporter)" in credits
    assert "[Jane Whitfield](../people/jane-whitfield.md) (photographer)" in credits
    person = (docs / "people" / "jane-whitfield.md").read_text()
    assert "**Role:** photographer" in person
    index = (docs / "people" / "index.md").read_text()
    assert "| photographer | 2 |" in index
    article = extract.extract(ingest.read_path(seeds / "a.txt", tmp_path), data())
    record = export.article_record(article)
    assert {"name": "Tom Baxter", "role": "reporter"} in record["credited"]
    assert {"Tom Baxter", "Jane Whitfield", "Vladimir Putin"} <= set(record["people"])
    quotes = [l for l in lines if "breakthrough" in l]
    assert quotes and all("Baxter" not in l and "Whitfield" not in l for l in quotes)


def test_what_reads_like_a_credit_but_names_nobody_gives_no_one():
    k = data()
    for line in ("Written by Kim Jong Un, the essay praised Russia.",  # a sentence, and a newsmaker
                 "Compiled by the Kremlin Press Service and Foreign Ministry",
                 "[취재 기자]", "사진 기자", "북한 기자", "(보도국 기자)", "러시아 외신 기자",  # words before "기자", no name
                 "Photo: Social Media", "Photo: The White House/Handout", "(Samsung Electronics/Yonhap)",
                 "World News / Asia Pacific / Reuters", "Photo: J. R./AFP", "Photo: Ｊａｎｅ Ｒｏｅ/AFP",
                 "Pompöser Empfang für Wladimir Putin in Pjöngjang mit Flaggen und Konvoi Bild: Yonhap/picture alliance"):
        assert credited.credited_names(None, [line], k) == (), line
    assert credited.writers("Jane Roe and Reuters Staff", k) == ["Jane Roe"]  # (a desk signing is nobody)
    assert credited.writers("CNN Wire", k) == []
    assert credited.writers("Jane Roe. Ａlert", k) == []  # (a full-width letter: no name as written)
    # a staff credit is never read as a photo's, and an agency's desk among its names is no person
    assert credited.credited_names(None, ["(Reporting by Reuters; Editing by Ann Lee)"], k) == (("Ann Lee", "editor"),)
    assert credited.credited_names(None, ["[이데일리 이소현 기자]"], k) == (("이소현", "reporter"),)


def test_a_korean_dateline_of_many_words_is_read_in_linear_time():
    # (names and titles once had two ways to part each pair of words: 40 pairs did not finish in two minutes)
    line = "[서울=연합뉴스] " + " ".join(["기자", "홍길동"] * 2000) + " 본문"
    assert len(line) > credited.LINE_CHARS
    k = data()
    assert credited.korean_reporters(line, k) == []
    assert credited.korean_reporters("[서울=뉴시스] " + "  ".join(["북한"] * 200) + " 기자회견", k) == []
