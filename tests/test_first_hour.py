"""Issue 19, the first hour: `make run` says where everything is (on the port it was given), logs
read as text at a terminal and as JSON elsewhere, signing in without an admin token says so, `/`
sends each kind of user to their place without a cookie, the demo career site shows every ad size,
and the README stays short and inside the repository."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import runpy
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from engine.config import ConfigError, load_settings
from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.slots import SIZES
from engine.ops import demo
from engine.ops.gunicorn_logging import JsonFormatter, log_config, resolve_format
from engine.web.api.start import demo_slot_id
from engine.web.runtime import services
from tests.conftest import ROOT, make_app
from tests.studio_helpers import HTML

PLACES = ("/studio/login", "/preferences", "/transparency", "/demo")


# --- make run: the banner, the port, the token ---------------------------------------------------
def test_the_banner_names_every_place_on_the_configured_port_and_the_token() -> None:
    text = demo.banner("s3cret-admin-token", {"PORT": "8123"})
    for place in PLACES:
        assert f"http://127.0.0.1:8123{place}" in text, place
    assert "s3cret-admin-token" in text and ":8000" not in text


@pytest.mark.parametrize(("environ", "url"), [
    ({}, "http://127.0.0.1:8000"),
    ({"GUNICORN_BIND": "0.0.0.0:9001", "PORT": "8123"}, "http://127.0.0.1:9001"),  # the bind wins over PORT
    ({"PORT": "8123", "ENGINE_PUBLIC_URL": "https://ads.example.nl/"}, "https://ads.example.nl"),
])
def test_the_address_follows_bind_port_and_public_url(environ: dict, url: str) -> None:
    assert demo.local_url(environ) == url
    assert f"{url}/studio/login" in demo.banner("t", environ)


def test_the_demo_slots_are_framed_on_the_served_port() -> None:
    domains = demo.frame_domains({"PORT": "8123"})
    assert {"localhost:8123", "127.0.0.1:8123"} <= set(domains)
    assert not any(d.endswith(":8000") for d in domains)


def test_the_banner_is_printed_only_when_make_run_asks(capsys: pytest.CaptureFixture) -> None:
    assert demo.print_banner({"PORT": "8123", "ENGINE_ADMIN_TOKEN": "tok-1"}) is False
    assert capsys.readouterr().err == ""
    assert demo.print_banner({"PORT": "8123", "ENGINE_ADMIN_TOKEN": "tok-1", demo.BANNER_VARIABLE: "1"}) is True
    printed = capsys.readouterr().err
    assert "tok-1" in printed and "http://127.0.0.1:8123/demo" in printed


def test_make_run_passes_the_port_to_the_server_the_links_and_the_slots() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ENGINE_", "GUNICORN_", "PORT"))}
    dry = subprocess.run(["make", "-n", "run", "PORT=8123"], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout
    assert "GUNICORN_BIND=127.0.0.1:8123" in dry and "ENGINE_PUBLIC_URL=http://127.0.0.1:8123" in dry
    assert "ENGINE_ADMIN_TOKEN=" in dry and "admin_token" in dry and "engine.ops.demo slots" in dry
    assert "8000" not in dry


def test_gunicorn_listens_on_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    monkeypatch.setenv("PORT", "8123")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["bind"] == "127.0.0.1:8123"


# --- logs: text at a terminal, JSON elsewhere ----------------------------------------------------
@pytest.fixture
def terminal() -> Iterator[io.TextIOWrapper]:
    """A real terminal (a pseudo-terminal's far end), as stderr is under `make run` in a shell."""
    controller, far_end = os.openpty()
    stream = os.fdopen(far_end, "w")
    yield stream
    stream.close()
    os.close(controller)


def test_auto_is_text_at_a_terminal_and_json_elsewhere(terminal: io.TextIOWrapper, tmp_path: Path) -> None:
    with (tmp_path / "log").open("w") as file:
        assert (resolve_format("auto", terminal), resolve_format("auto", file)) == ("text", "json")
        assert resolve_format("json", terminal) == "json" and resolve_format("text", file) == "text"  # as asked


def test_the_log_configuration_follows_stderr(monkeypatch: pytest.MonkeyPatch, terminal: io.TextIOWrapper,
                                              tmp_path: Path) -> None:
    record = logging.LogRecord("engine.store.client", logging.WARNING, __file__, 1, "store down (%s)",
                               ("ConnectionError",), None)
    monkeypatch.setattr("sys.stderr", terminal)
    text = log_config("auto")["formatters"]["engine"]
    line = logging.Formatter(text["format"], text["datefmt"]).format(record)
    assert line.endswith("[WARNING] engine.store.client: store down (ConnectionError)")
    with (tmp_path / "log").open("w") as file:
        monkeypatch.setattr("sys.stderr", file)
        assert all(f == {"()": JsonFormatter} for f in log_config("auto")["formatters"].values())
    assert json.loads(JsonFormatter().format(record))["message"] == "store down (ConnectionError)"


def test_auto_is_a_valid_setting() -> None:
    assert load_settings(environ={"ENGINE_LOG_FORMAT": "auto"}).log_format == "auto"
    with pytest.raises(ConfigError, match="or auto"):
        load_settings(environ={"ENGINE_LOG_FORMAT": "xml"})


# --- the studio without an admin token ------------------------------------------------------------
@pytest.fixture
def tokenless(redis_server, fresh_db, tmp_path: Path) -> Flask:  # noqa: ANN001
    return make_app(redis_server, fresh_db[0], tmp_path, admin_token=None)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "No admin token is set on this server"), ("nl", "Op deze server is geen beheertoken ingesteld")])
def test_signing_in_without_an_admin_token_says_so(tokenless: Flask, language: str, expected: str) -> None:
    response = tokenless.test_client().post("/studio/login", data={"name": "admin", "password": "anything"},
                                            headers={**HTML, "Accept-Language": language})
    page = response.get_data(as_text=True)
    (said,) = re.findall(r'id="login-error">([^<]*)<', page)
    assert response.status_code == 401 and said.startswith(expected) and "ENGINE_ADMIN_TOKEN" in said
    assert "Set-Cookie" not in response.headers


def test_without_a_token_an_api_client_gets_a_code_of_its_own(tokenless: Flask) -> None:
    response = tokenless.test_client().post("/studio/login", data={"name": "admin", "password": "x"})
    assert response.status_code == 401 and response.json["error"]["code"] == "admin_token_unset"


def test_other_accounts_and_a_wrong_token_still_get_the_usual_answer(tokenless: Flask, fresh_app: Flask) -> None:
    for app, name in ((tokenless, "mila"), (fresh_app, "admin")):
        response = app.test_client().post("/studio/login", data={"name": name, "password": "guess"},
                                          headers={**HTML, "Accept-Language": "en"})
        assert response.status_code == 401 and "The account name or password is wrong." in response.get_data(True)


# --- the start page and the demo career site ------------------------------------------------------
@pytest.mark.parametrize(("query", "header", "words"), [
    ("?lang=en", "nl", ("For ad networks", "For career sites", "For marketeers", "For candidates")),
    ("", "en-GB,en;q=0.9", ("For ad networks", "For candidates")),
    ("", "nl-NL,nl;q=0.9,en;q=0.5", ("Voor advertentienetwerken", "Voor werkenbij-sites", "Voor marketeers",
                                     "Voor kandidaten")),
    ("?lang=nl", "en", ("Voor kandidaten",)),
])
def test_the_start_page_sends_each_user_to_their_place(client, query: str, header: str, words: tuple) -> None:  # noqa: ANN001
    response = client.get("/" + query, headers={"Accept-Language": header})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "Set-Cookie" not in response.headers
    for word in words:
        assert word in page, word
    language = "nl" if words[0].startswith("Voor") else "en"
    assert f'<html lang="{language}">' in page
    for place in (*PLACES, "/openapi.json"):
        assert f'href="{place}' in page, place


def test_the_demo_career_site_embeds_every_size(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    assert "make run" in client.get("/demo?lang=en").get_data(as_text=True)  # no slots yet: says how
    made = demo.put_demo_slots(services(fresh_app).slots, demo.frame_domains({"PORT": "8123"}))
    assert made == [demo_slot_id(size) for size in SIZES] and len(set(made)) == len(SIZES) > 1
    response = client.get("/demo", headers={"Accept-Language": "nl"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Set-Cookie" not in response.headers and "Werken in de zorg" in page
    for size in SIZES:
        slot = demo_slot_id(size)
        assert f'<div data-plainsight-slot="{slot}"' in page and f'data-size="{size}"' in page, size
        framed = client.get(f"/embed/{slot}")
        assert framed.status_code == 200 and "http://127.0.0.1:8123" in framed.headers["Content-Security-Policy"]
    assert "does not exist" not in page


# --- the README ------------------------------------------------------------------------------------
README = ROOT / "README.md"


def test_the_readme_is_read_in_five_minutes() -> None:
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 150


def test_docs_stay_inside_the_repository_and_their_links_resolve() -> None:
    for path in (README, *sorted((ROOT / "docs").glob("*.md"))):
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text, path
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if not target.startswith(("http://", "https://", "mailto:")):
                assert (path.parent / target).resolve().is_relative_to(ROOT), (path, target)
                assert (path.parent / target).exists(), (path, target)


def test_the_readme_gives_the_consent_values_the_api_requires() -> None:
    text = README.read_text(encoding="utf-8")
    assert f'"purpose": "{PURPOSE}"' in text and f'"text_version": "{CONSENT_TEXT_VERSION}"' in text
