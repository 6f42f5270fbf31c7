"""Log lines: JSON objects with safe fields only, and never a client address, agent, query or token."""

from __future__ import annotations

import json
import logging
import logging.config
import os
import socket
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from engine.config import ConfigError, load_settings
from engine.jobs import worker
from engine.ops.gunicorn_logging import SAFE_FIELDS, JsonFormatter, log_config, redact_text
from tests.test_gunicorn import base_env, free_port, gunicorn, wait_until_up

SECRETS = ("203.0.113.9", "198.51.100.23", "SpyBrowser", "referrer.example", "query-secret-42",
           "secret-token-abcdefghijk")


def record(message: str, *args, exc_info=None, **extra) -> logging.LogRecord:  # noqa: ANN001
    made = logging.LogRecord("engine.domain.index", logging.WARNING, __file__, 1, message, args, exc_info)
    made.__dict__.update(extra)
    return made


def test_a_json_line_has_the_expected_keys_and_only_safe_fields() -> None:
    line = JsonFormatter().format(record(
        "index refresh failed (%s)", "ConnectionError", endpoint="ads.render", status=200, duration_ms=4.2,
        ip="203.0.113.9", client_addr="198.51.100.23", user_agent="SpyBrowser/1.0", token="secret-token-abcdefghijk"))
    assert "\n" not in line
    data = json.loads(line)
    assert list(data) == ["time", "level", "logger", "message", "pid", "endpoint", "status", "duration_ms"]
    assert data["level"] == "WARNING" and data["logger"] == "engine.domain.index"
    assert data["message"] == "index refresh failed (ConnectionError)"
    assert data["endpoint"] == "ads.render" and data["status"] == 200 and data["duration_ms"] == 4.2
    assert data["time"].endswith("+00:00") and data["time"][:4].isdigit()
    for secret in SECRETS:
        assert secret not in line, secret


def test_a_json_line_keeps_the_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        line = JsonFormatter().format(record("failed", exc_info=sys.exc_info()))
    data = json.loads(line)
    assert set(data) <= set(SAFE_FIELDS)
    assert "ValueError: boom" in data["exc_info"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Invalid request from ip=203.0.113.9: Invalid HTTP Version: 'HTTP/9'",
     "Invalid request: Invalid HTTP Version: 'HTTP/9'"),
    ("Invalid request from ip=2001:db8::9: bad", "Invalid request: bad"),
    ("Invalid request from ip=: bad", "Invalid request: bad"),
    ("Error handling request /v1/preferences/secret-token-abcdefghijk?uid=query-secret-42",
     "Error handling request /v1/preferences/[redacted]?[redacted]"),
    ("GET /why/abc.def HTTP/1.1", "GET /why/[redacted] HTTP/1.1"),
    ("WORKER TIMEOUT (pid:42)", "WORKER TIMEOUT (pid:42)"),
])
def test_gunicorn_messages_lose_address_tokens_and_query(text: str, expected: str) -> None:
    assert redact_text(text) == expected


def test_log_config_for_gunicorn() -> None:
    text, json_config = log_config("text"), log_config("json", "warning")
    assert text["formatters"]["access"] == {"format": "%(message)s"}
    assert all(formatter == {"()": JsonFormatter} for formatter in json_config["formatters"].values())
    assert json_config["loggers"]["gunicorn.error"]["level"] == "WARNING"
    assert json_config["handlers"]["access"]["stream"] == "ext://sys.stdout"
    assert json_config["root"]["handlers"] == ["engine"]  # the engine's own loggers


def test_log_format_is_checked() -> None:
    assert load_settings(environ={}).log_format == "auto"  # text at a terminal, JSON when collected
    assert load_settings(environ={"ENGINE_LOG_FORMAT": "text"}).log_format == "text"
    with pytest.raises(ConfigError, match="ENGINE_LOG_FORMAT"):
        load_settings(environ={"ENGINE_LOG_FORMAT": "xml"})


def test_the_worker_follows_the_log_format(tmp_path: Path) -> None:
    """The page reader writes as the server does: JSON when its lines are collected, text at a terminal."""
    controller, far_end = os.openpty()
    with (tmp_path / "log").open("w+") as file, os.fdopen(far_end, "w") as terminal:
        collected, shown = worker.log_handler("auto", file), worker.log_handler("auto", terminal)
        collected.handle(record("index built in %s s", 1.5))
        assert shown.format(record("index built")).endswith("[WARNING] engine.domain.index: index built")
        assert worker.log_handler("text", file).format(record("plain")).endswith(": plain")  # as asked
        assert worker.log_handler("json", terminal).format(record("x")).startswith("{")
        file.seek(0)
        line = json.loads(file.read())
    os.close(controller)
    assert (line["level"], line["logger"]) == ("WARNING", "engine.domain.index")
    assert line["message"] == "index built in 1.5 s"


def send_raw(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(data)
        return connection.recv(4096)


@pytest.mark.slow
def test_gunicorn_writes_json_lines_without_client_details(redis_server, fresh_db, tmp_path: Path) -> None:
    env = {**base_env(redis_server, fresh_db[0], tmp_path), "ENGINE_SECRET_KEY": "k", "ENGINE_LOG_FORMAT": "json"}
    port, log = free_port(), tmp_path / "server.log"
    process = gunicorn(env, port, log)
    spy = {"Content-Type": "application/json", "User-Agent": "SpyBrowser/1.0", "X-Forwarded-For": "203.0.113.9",
           "Referer": "https://referrer.example/page"}
    try:
        wait_until_up(port, process, log)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/match?uid=query-secret-42", method="POST",
                                         data=b'{"context": {"title": "Werken in de zorg"}}', headers=spy)
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(urllib.request.Request(
                f"http://127.0.0.1:{port}/v1/preferences/secret-token-abcdefghijk", headers=spy), timeout=5)
        # a malformed request: gunicorn's own warning names the client address, unless redacted
        assert send_raw(port, b"GET /why/secret-token-abcdefghijk?uid=query-secret-42 HTTP/9.9\r\n\r\n") \
            .startswith(b"HTTP/1.1 400")
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(set(line) <= set(SAFE_FIELDS) for line in lines), lines
    access = {line["path"]: line for line in lines if line["logger"] == "gunicorn.access"}
    match = access["/v1/match"]
    assert (match["endpoint"], match["method"], match["status"]) == ("ads.match", "POST", 200)
    assert match["duration_ms"] > 0 and match["bytes"] > 0 and match["level"] == "INFO"
    assert access["/v1/preferences/[redacted]"]["endpoint"] == "preferences.export"
    assert access["/v1/preferences/[redacted]"]["status"] == 404
    assert any(line["logger"] == "engine.domain.index" and line["message"].startswith("index built") for line in lines)
    assert any(line["logger"] == "gunicorn.error" and line["message"].startswith("Invalid request:")
               for line in lines), lines
    for secret in SECRETS:
        assert secret not in text, secret
    assert "127.0.0.1 " not in text and '"127.0.0.1"' not in text
