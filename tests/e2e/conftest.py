"""A real HTTP server for the app and a real headless Chromium (Debian's) to drive its pages."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import make_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def live_server(fresh_app: Flask, redis_server, fresh_db, tmp_path: Path) -> Iterator[str]:  # noqa: ANN001
    """The app on ``fresh_app``'s database, served on a free port that is its public URL (the
    links in its ads point there, as ENGINE_PUBLIC_URL makes them in production)."""
    server = make_server("127.0.0.1", 0, fresh_app, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    server.app = make_app(redis_server, fresh_db[0], tmp_path, public_url=url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():  # noqa: ANN201 - playwright's Browser
    if CHROMIUM is None:
        raise RuntimeError("Chromium is not installed: `apt-get install chromium` (.ci/run does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
