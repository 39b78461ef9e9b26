"""Serving a built site on 127.0.0.1 and driving Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium")
# Flags that keep Chromium off the network it cannot reach here (see the machine notes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


def chromium_available() -> bool:
    return shutil.which(CHROMIUM) is not None or Path(CHROMIUM).exists()


class _NotFoundPageHandler(_QuietHandler):
    """Answers a missing path with the site's 404.html, as a web server set up for MkDocs does."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(site: Path, *, not_found_page: bool = False):
    """Serve a folder on an ephemeral port of 127.0.0.1; yields the base URL. With `not_found_page`, a
    path that does not exist is answered with the site's 404.html, as a web server set up for MkDocs does."""
    handler = functools.partial(_NotFoundPageHandler if not_found_page else _QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium():
    """Debian's Chromium through Playwright, headless; yields the browser."""
    assert chromium_available(), f"Chromium not found at {CHROMIUM}: run `make test` (it runs apt-get install chromium)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def open_page(browser, *, width: int = 1280, clipboard_for: str | None = None):
    """A tab of its own context at this viewport width, recording what the tests look for: the URLs it
    requested (`requests_seen`), console and script errors (`console_errors`) and dialogs, each dismissed
    (`dialogs`: article text that ran as script). `clipboard_for`: the site's URL, whose pages may use the
    clipboard. Returns (context, page); close the context when done."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    if clipboard_for:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=clipboard_for.rstrip("/"))
    page = context.new_page()
    page.requests_seen, page.console_errors, page.dialogs = [], [], []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return context, page
