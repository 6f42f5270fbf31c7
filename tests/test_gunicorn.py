"""The production server: refuses to start without a signing key, and logs no client details."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, redis_url

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gunicorn(env: dict, port: int, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
               "--workers", "1", "wsgi:app"]
    with log.open("w") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_until_up(port: int, process: subprocess.Popen, log: Path) -> None:
    """Until /healthz answers; the server's log is the failure message if it dies or hangs."""
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise AssertionError(log.read_text()) from None
            time.sleep(0.2)


def base_env(redis_server, db: int, tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENGINE_")}
    env.update({"REDIS_URL": redis_url(redis_server, db), "ENGINE_DATA_DIR": str(tmp_path),
                "PYTHONPATH": str(ROOT), "ENGINE_PUBLIC_URL": "https://ads.example.nl"})
    return env


def test_refuses_to_start_without_a_secret_key(redis_server, fresh_db, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    process = gunicorn(base_env(redis_server, fresh_db[0], tmp_path), free_port(), log)
    assert process.wait(timeout=60) != 0
    assert "ENGINE_SECRET_KEY is not set" in log.read_text()


def test_access_log_has_no_address_agent_or_query(redis_server, fresh_db, tmp_path: Path) -> None:
    # the plain-text lines (JSON lines, the default, are checked in tests/test_logging.py)
    env = {**base_env(redis_server, fresh_db[0], tmp_path), "ENGINE_SECRET_KEY": "k", "ENGINE_LOG_FORMAT": "text"}
    port, log = free_port(), tmp_path / "server.log"
    process = gunicorn(env, port, log)
    try:
        wait_until_up(port, process, log)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/match?uid=query-secret-42", method="POST",
            data=b'{"context": {"title": "Werken in de zorg"}}',
            headers={"Content-Type": "application/json", "User-Agent": "SpyBrowser/1.0",
                     "X-Forwarded-For": "203.0.113.9", "Referer": "https://referrer.example/page"})
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200
            assert response.headers.get("Set-Cookie") is None
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/preferences/secret-token-abcdefghijk", timeout=5)
        except urllib.error.HTTPError as error:
            assert error.code == 404
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    assert '"POST /v1/match HTTP/1.1" 200' in text
    assert '"GET /v1/preferences/[redacted] HTTP/1.1" 404' in text
    for secret in ("127.0.0.1 ", "203.0.113.9", "SpyBrowser", "query-secret-42", "referrer.example",
                   "secret-token-abcdefghijk"):
        assert secret not in text.replace(f"127.0.0.1:{port}", ""), secret


def test_the_master_freezes_what_it_loaded_before_each_fork() -> None:
    import gc
    import runpy

    hooks = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert hooks["preload_app"] and hooks["control_socket_disable"]
    gc.unfreeze()
    try:
        hooks["pre_fork"](None, None)
        assert gc.get_freeze_count() > 0  # collections in the worker skip everything loaded so far
    finally:
        gc.unfreeze()
