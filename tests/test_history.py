"""What changed since the previous build, and the same report for the same inputs."""

from __future__ import annotations

import datetime as dt

from generator.collect import history
from generator.model import Article, Briefing, Evidence, FactRow, TopicSummary


def article(i: str) -> Article:
    return Article(id=i, slug=i, source=f"seeds/{i}.txt", digest=i, encoding="utf-8", title=f"Title {i}", outlet=f"Outlet {i}",
                   author=None, published=dt.date(2024, 6, 19), language="en", paragraphs=())


def briefing(ids: list[str], fact_outlets: list[str]) -> Briefing:
    ev = Evidence("p-00000000", "sentence")
    return Briefing(
        articles=tuple(article(i) for i in ids),
        topics=(TopicSummary("sanctions", "Sanctions", "", tuple(ids), ()),),
        facts=(FactRow("un-sanctions", "Sanctions reviewed", "f-1", ("sanctions",), tuple((i, ev) for i in ids), tuple(fact_outlets)),),
    )


def test_first_build_then_changes_then_same_again(tmp_path):
    first, record = history.changes_since_previous(briefing(["a"], ["Outlet a"]), tmp_path)
    assert first.first_build
    history.save(record, tmp_path)

    second, record = history.changes_since_previous(briefing(["a", "b"], ["Outlet a", "Outlet b"]), tmp_path)
    assert not second.first_build
    assert second.new_articles == ("b",)
    assert second.for_topic("sanctions") == ("b",)
    assert [(c.fact, c.gained, c.lost) for c in second.fact_changes] == [("un-sanctions", ("Outlet b",), ())]
    history.save(record, tmp_path)

    # Rebuilding the same inputs reports the same changes, so pages stay byte-identical.
    again, _ = history.changes_since_previous(briefing(["a", "b"], ["Outlet a", "Outlet b"]), tmp_path)
    assert again == second


def test_removed_article_and_lost_source(tmp_path):
    _, record = history.changes_since_previous(briefing(["a", "b"], ["Outlet a", "Outlet b"]), tmp_path)
    history.save(record, tmp_path)
    changes, _ = history.changes_since_previous(briefing(["a"], ["Outlet a"]), tmp_path)
    assert changes.removed_articles == ("Title b",)
    assert [(c.gained, c.lost) for c in changes.fact_changes] == [((), ("Outlet b",))]


def test_a_history_with_parts_of_the_wrong_shape_is_discarded_with_a_warning(tmp_path, caplog):
    """A hand-edited or damaged history.json is taken for none, and says so: without the warning the start
    page's "first build of the briefing: everything here is new" was the only trace of what was lost."""
    import json
    import logging

    _, record = history.changes_since_previous(briefing(["a"], ["Outlet a"]), tmp_path)
    history.save(record, tmp_path)
    (tmp_path / history.HISTORY_FILE).write_text(
        json.dumps({"current": {"articles": {"x": {"title": 5}}}, "previous": [1, 2]}), "utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        changes, _ = history.changes_since_previous(briefing(["a", "b"], ["Outlet a"]), tmp_path)
    assert changes.first_build
    (warning,) = [r.getMessage() for r in caplog.records if "discarded" in r.getMessage()]
    assert "history.json" in warning

    caplog.clear()  # a good history (its "previous" empty after a first build) says nothing
    _, record = history.changes_since_previous(briefing(["a"], ["Outlet a"]), tmp_path / "fresh")
    (tmp_path / "fresh").mkdir()
    history.save(record, tmp_path / "fresh")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        history.changes_since_previous(briefing(["a", "b"], ["Outlet a"]), tmp_path / "fresh")
    assert not [r for r in caplog.records if "discarded" in r.getMessage()]
