"""Article text in the attributes of the copy buttons that sit inside Markdown paragraphs stays one attribute.

A quote's copy button (`data-quote`, `data-speaker`, `data-label`) and a fact's copy link are raw HTML inside
a Markdown paragraph. Python-Markdown runs its link, image and code-span patterns over that paragraph before
it stores the tag as raw HTML, and writes what they made back into the tag: a quotation holding
`[text](onclick=alert(1)//)` became `data-quote="<a href="onclick=...">`, whose `"` closed the attribute and
left `onclick` on the button, run when a reader clicked "Copy quote".
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from generator import build
from tests.browser_support import open_page, serve
from tests.conftest import STORY_SEEDS, make_project

LINK_QUOTE = "[Copy me](onclick=alert('quote')//) we will stand together with Russia against the imperialists."
CODE_QUOTE = "We are building a `partnership` [a](onmouseover=alert('hover')//) that will last for *many* decades,"


def _seed(folder: Path) -> Path:
    seed = folder / "quotes.md"
    seed.write_text(
        "---\ntitle: Kim pledges support\noutlet: Harbour Wire\ndate: 2024-06-22\n---\n"
        "Kim Jong Un met Vladimir Putin in Pyongyang on Saturday and spoke about the mutual defense treaty.\n\n"
        f'Kim Jong Un said: "{LINK_QUOTE}"\n\n'
        f'"{CODE_QUOTE}" Putin said on Saturday.\n', "utf-8")
    return seed


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    seeds = [*sorted(STORY_SEEDS.iterdir()), _seed(tmp_path_factory.mktemp("attr-seeds"))]
    project = make_project(tmp_path_factory.mktemp("attributes"), seeds=seeds)
    build.build(project)
    return project


def _buttons(built, page: str):
    tree = lxml.html.fromstring((built.site / page / "index.html").read_bytes())
    return tree.xpath('//button[contains(@class, "copy-anchor")]')


SAID = CODE_QUOTE.rstrip(",")  # the comma before "Putin said" is not the quotation's


@pytest.mark.parametrize("page, expected", [("quotes", {LINK_QUOTE, SAID}), ("people/kim-jong-un", {LINK_QUOTE}),
                                            ("people/vladimir-putin", {SAID})])
def test_each_copy_button_keeps_the_quotation_whole_in_one_attribute(built, page, expected):
    buttons = _buttons(built, page)
    assert expected <= {button.get("data-quote") for button in buttons}
    handlers = [(name, button.get(name)) for button in buttons for name in button.attrib if name.startswith("on")]
    assert handlers == []
    assert all(button.text_content() == "Copy quote" for button in buttons)


def test_fact_copy_links_have_no_handlers(built):
    buttons = _buttons(built, "facts")
    assert buttons
    assert [name for button in buttons for name in button.attrib if name.startswith("on")] == []


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_in_chromium_clicking_copy_quote_runs_nothing(built, browser, width):
    with serve(built.site) as base:
        context, page = open_page(browser, width=width, clipboard_for=base)
        copied = []
        for path in ("quotes/", "people/kim-jong-un/", "people/vladimir-putin/"):
            page.goto(base + path, wait_until="load")
            for button in page.locator("button.copy-anchor").all():
                button.hover()
                button.click()
                copied.append(button.get_attribute("data-citation") or "")
        dialogs = list(page.dialogs)
        context.close()
    assert dialogs == []
    assert any(text.endswith(f"\u201c{LINK_QUOTE}\u201d") for text in copied)
