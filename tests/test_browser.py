"""The built site in a real browser: Debian's Chromium driven by Playwright, served on 127.0.0.1.

These tests never skip: a machine without Chromium fails them with a message
saying how to install it (`make test` does).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, chromium_available, serve
from tests.conftest import make_project

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    from generator import build

    project = make_project(tmp_path_factory.mktemp("site-project"))
    build.build(project)
    return project.site


@pytest.fixture(scope="module")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    assert chromium_available(), f"Chromium not found at {CHROMIUM}: run `make test` (apt-get install chromium)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.requests_seen = []
    page.console_errors = []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    context.close()


def foreign_requests(page, base_url) -> list[str]:
    host = urlsplit(base_url).netloc
    return [u for u in page.requests_seen if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != host]


def search(page, term: str):
    page.locator("label.md-search__icon, label[for='__search']").first.click()
    box = page.locator("input.md-search__input")
    box.fill(term)
    results = page.locator(".md-search-result__item a, li.md-search-result__item > a")
    results.first.wait_for(state="visible", timeout=15000)
    return results


def test_start_page_loads_everything_from_this_host(page, base_url):
    page.goto(base_url, wait_until="networkidle")
    assert "Russia" in page.title() or "briefing" in page.title().lower()
    assert page.locator("h1").first.inner_text().strip()
    for topic in ("Mutual defense", "Sanctions", "Delegation", "History"):
        assert page.get_by_role("link", name=topic).first.is_visible()
    assert foreign_requests(page, base_url) == []
    assert page.console_errors == []


def test_search_belousov_and_follow_a_result(page, base_url):
    page.goto(base_url, wait_until="networkidle")
    results = search(page, "Belousov")
    assert results.count() >= 1
    results.first.click()
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url or "/topics/" in page.url or "/people/" in page.url
    assert "Belousov" in page.locator("article").inner_text()
    assert foreign_requests(page, base_url) == []


@pytest.mark.parametrize("path", ["topics/mutual-defense/", "topics/sanctions/", "topics/delegation/", "topics/history/"])
def test_topic_pages_exist(page, base_url, path):
    response = page.goto(base_url + path, wait_until="networkidle")
    assert response.status == 200
    assert page.locator("h1").first.inner_text().strip()
    assert page.console_errors == []
