"""A line that closes a news site's article text ("责任编辑：王明", "原标题：…") ends the text: the site's lists of
other headlines after it are furniture, and the people they name are not the article's. An editor named above the
text closes nothing. Made-up text."""

from pathlib import Path

from generator.extract import extract
from generator.ingest import ingest

from _extract_helpers import data

BODY = """港口联通协议正式签署

2025年03月14日 09:20 来源：港湾新闻网

港湾新闻网3月14日电 据港湾通讯社报道，普京与金正恩当天在平壤签署了《全面战略伙伴关系条约》，双方表示将扩大港口合作。

普京表示，该条约规定在缔约一方遭受侵略时相互提供援助，并将推动两国物流走廊建设。
"""

RELATED = """原标题：港口联通协议签署
责任编辑：王晓明
特朗普称将在24小时内结束冲突
泽连斯基呼吁西方加快援助
"""


def _article(tmp_path: Path, text: str):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return extract.extract(ingest.read_path(path, tmp_path), data())


def test_headlines_after_the_editor_line_name_no_one_and_are_not_text(tmp_path):
    article = _article(tmp_path, BODY + "\n" + RELATED)
    assert [m.name for m in article.people] == ["Vladimir Putin", "Kim Jong-un"]
    texts = [p.text for p in article.paragraphs]
    assert texts[-1].startswith("普京表示")
    assert not any("原标题" in t or "责任编辑" in t or "泽连斯基" in t for t in texts)


def test_an_editor_named_above_the_text_cuts_nothing(tmp_path):
    top = "港口联通协议正式签署\n\n责任编辑：王晓明\n\n" + BODY.split("\n", 1)[1] + "\n泽连斯基在基辅对此表示关注，并称将密切关注港口合作的进展。\n"
    article = _article(tmp_path, top)
    texts = [p.text for p in article.paragraphs]
    assert any("泽连斯基在基辅" in t for t in texts)
    assert "Volodymyr Zelensky" in [m.name for m in article.people]
