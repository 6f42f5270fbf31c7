"""A real HTTP server for the app and a real headless Chromium (Debian's) to drive its pages."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from engine.web.runtime import get_runtime
from tests.conftest import http_site, make_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LOCALES = {"nl": "nl-NL", "en": "en-GB"}  # en-GB: day-first dates, as on the pages (engine/web/words.py)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def static_site(pages: dict[str, bytes], default: bytes = b"") -> Iterator[str]:
    """A site of its own on a free port (a career site, a partner's page): it serves ``pages`` by
    path, filled in by the caller after the site's address is known; the address is yielded."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = pages.get(self.path.split("?")[0], default)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with http_site(Handler) as url:
        yield url


@pytest.fixture
def live_server(fresh_app: Flask, redis_server, fresh_db, tmp_path: Path) -> Iterator[str]:  # noqa: ANN001
    """The app on ``fresh_app``'s database, served on a free port that is its public URL (the
    links in its ads point there, as ENGINE_PUBLIC_URL makes them in production)."""
    server = make_server("127.0.0.1", 0, fresh_app, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    server.app = make_app(redis_server, fresh_db[0], tmp_path, public_url=url)
    # The tests import through ``fresh_app``, another worker as far as this one knows, and browse
    # at once: this worker patches any import in itself, as the importing worker does, rather than
    # building it beside its live index for the next seconds (tests/test_index.py covers that).
    get_runtime(server.app).vacancies.index.inline_max = 1_000_000
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def playwright():  # noqa: ANN201 - playwright's Playwright; one per session (the sync API allows one)
    if CHROMIUM is None:
        raise RuntimeError("Chromium is not installed: `apt-get install chromium` (.ci/run does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def browser(playwright):  # noqa: ANN001, ANN201 - playwright's Browser
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def browser_in(playwright) -> Iterator[Callable[[str], object]]:  # noqa: ANN001
    """A Chromium whose own language is ``language``'s, launched once per language.

    A context's ``locale`` sets what pages read (``navigator.language``, ``Intl``, Accept-Language)
    but not how Chromium draws its own controls: a date input follows the browser's language, which
    on Linux comes from ``LANGUAGE``/``LANG`` (``--lang`` is ignored) and needs that language's
    ``.pak`` (Debian's chromium-l10n). Without it a Dutch page shows month-first dates."""
    launched: dict[str, object] = {}

    def launch(language: str) -> object:
        if language not in launched:
            name = LOCALES[language].replace("-", "_")
            env = {**os.environ, "LANGUAGE": name, "LANG": f"{name}.UTF-8"}
            launched[language] = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, env=env)
        return launched[language]

    yield launch
    for running in launched.values():
        running.close()


@pytest.fixture
def context_in(browser_in) -> Iterator[Callable[..., object]]:  # noqa: ANN001
    """``context_in(language, **options)``: a browser context for a page in ``language``, with the
    locale, Accept-Language and browser language that agree with it (nl-NL or en-GB)."""
    opened: list = []

    def open_context(language: str, **options: object) -> object:
        locale = LOCALES[language]
        context = browser_in(language).new_context(
            locale=locale, extra_http_headers={"Accept-Language": f"{locale},{language};q=0.9"}, **options)
        opened.append(context)
        return context

    yield open_context
    for context in opened:
        context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
