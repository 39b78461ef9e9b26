"""generator.render: pages rendered in a forked child are the pages rendered here."""

from __future__ import annotations

import os

import pytest

from generator import build, render
from tests.conftest import make_project

needs_fork = pytest.mark.skipif(not render._can_fork(), reason="no fork or a single core")


@pytest.fixture(scope="module")
def briefing_and_knowledge(tmp_path_factory):
    from generator import knowledge

    project = make_project(tmp_path_factory.mktemp("render"))
    known = knowledge.load(project.data)
    return build.make_briefing(project, known), known


def _render(briefing_and_knowledge, monkeypatch, parallel_from: int):
    monkeypatch.setattr(render, "PARALLEL_FROM", parallel_from)
    monkeypatch.setattr(render, "FORK_BELOW_MB", 10**9)  # this test process may be big: fork anyway
    return render.render(*briefing_and_knowledge)


def test_a_big_process_renders_alone(briefing_and_knowledge, monkeypatch):
    """A child would soon copy most of a big process (reference counts touch every page): no fork then."""
    monkeypatch.setattr(render, "PARALLEL_FROM", 1)
    monkeypatch.setattr(render, "FORK_BELOW_MB", 1)
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked although this process is big"))
    assert len(render.render(*briefing_and_knowledge)) > 15  # (a person gets a page once two seeds name them)


@needs_fork
def test_a_forked_child_renders_the_same_pages(briefing_and_knowledge, monkeypatch):
    alone = _render(briefing_and_knowledge, monkeypatch, 10**9)
    shared = _render(briefing_and_knowledge, monkeypatch, 1)
    assert len(alone) > 15
    assert shared == alone


def test_when_fork_fails_every_page_still_reaches_the_sink(briefing_and_knowledge, monkeypatch):
    alone = _render(briefing_and_knowledge, monkeypatch, 10**9)
    monkeypatch.setattr(render, "_can_fork", lambda: True)
    monkeypatch.setattr(render, "PARALLEL_FROM", 1)

    def no_fork():
        raise OSError("fork refused")

    monkeypatch.setattr(os, "fork", no_fork)
    received: list = []
    assert render.render(*briefing_and_knowledge, sink=received.append) == ()
    assert sorted(received, key=lambda p: p.path) == list(alone)


@needs_fork
def test_pages_a_failing_child_did_not_render_are_rendered_here(briefing_and_knowledge, monkeypatch):
    alone = _render(briefing_and_knowledge, monkeypatch, 10**9)
    parent = os.getpid()
    real = render.markup.element_id

    def fails_in_child(value):
        if os.getpid() != parent:
            raise RuntimeError("child failure")
        return real(value)

    monkeypatch.setattr(render.markup, "element_id", fails_in_child)
    assert _render(briefing_and_knowledge, monkeypatch, 1) == alone


@needs_fork
def test_an_error_in_a_page_is_raised_here(briefing_and_knowledge, monkeypatch):
    def fails(value):
        raise ValueError("bad id")

    monkeypatch.setattr(render.markup, "element_id", fails)
    with pytest.raises(ValueError, match="bad id"):
        _render(briefing_and_knowledge, monkeypatch, 1)


def test_compiled_templates_kept_between_builds_give_the_same_pages(briefing_and_knowledge, tmp_path, monkeypatch):
    alone = _render(briefing_and_knowledge, monkeypatch, 10**9)
    kept = tmp_path / "page-templates"
    assert render.render(*briefing_and_knowledge, template_cache=kept) == alone
    assert any(kept.iterdir())
    assert render.render(*briefing_and_knowledge, template_cache=kept) == alone


def test_an_article_page_fingerprint_follows_exactly_what_the_page_shows(briefing_and_knowledge):
    """The reuse of article pages is exact only if their fingerprint changes with everything the page
    shows from outside its article (topic titles, its people's page slugs, its duplicates, the story
    title), and with nothing else."""
    import dataclasses

    briefing, _ = briefing_and_knowledge
    article = next(a for a in briefing.articles if a.topics and a.people)
    person = next(p for p in briefing.people if p.name in {m.name for m in article.people})
    common = {
        "person_of": {p.name: p for p in briefing.people},
        "topic_titles": {t.slug: t.title for t in briefing.topics},
        "also": {},
        "story": {"title": "Story"},
    }
    base = render.article_inputs(article, common, "code")

    def changed(**what) -> str:
        return render.article_inputs(article, {**common, **what}, "code")

    renamed = dataclasses.replace(person, slug=person.slug + "-2")  # another person took the slug
    assert changed(person_of={**common["person_of"], person.name: renamed}) != base
    assert changed(topic_titles={**common["topic_titles"], article.topics[0].topic: "Renamed"}) != base
    assert changed(also={article.id: ("seeds/copy.txt (exact duplicate)",)}) != base
    assert changed(story={"title": "Another story"}) != base
    assert render.article_inputs(article, common, "other code") != base
    assert render.article_inputs(dataclasses.replace(article, slug="moved"), common, "code") != base
    others = [p for p in briefing.people if p.name not in {m.name for m in article.people}]
    if others:  # a person this article does not mention is not on its page
        moved = dataclasses.replace(others[0], slug="elsewhere")
        assert changed(person_of={**common["person_of"], others[0].name: moved}) == base
    assert changed(also={"another-article": ("seeds/x.txt (exact duplicate)",)}) == base
