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
    assert len(render.render(*briefing_and_knowledge)) > 20


@needs_fork
def test_a_forked_child_renders_the_same_pages(briefing_and_knowledge, monkeypatch):
    alone = _render(briefing_and_knowledge, monkeypatch, 10**9)
    shared = _render(briefing_and_knowledge, monkeypatch, 1)
    assert len(alone) > 20
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
