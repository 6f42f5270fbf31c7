"""A worker starts from the last full index built (a snapshot in Redis) and the change log since,
and ranks exactly as with an index read from the catalogue."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
import pytest
from flask import Flask

from engine.domain import index_snapshot
from engine.domain.index import ancestor_shares
from engine.domain.packing import Vocabulary
from engine.store.keys import Keys
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, make_app
from tests.test_catalogue import posting
from tests.test_index import fresh_index, ranked


@pytest.fixture
def loaded(redis_server, fresh_db, tmp_path: Path, demo_payload: dict) -> Flask:
    app = make_app(redis_server, fresh_db[0], tmp_path)
    assert app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    get_runtime(app).vacancies.rebuild_index()  # as `flask vacancies import` does at its end
    return app


def test_a_snapshot_loads_back_the_same_index(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    holder = runtime.vacancies.index
    index = holder.current()
    data = index_snapshot.dump(index, holder.fingerprint)
    back = index_snapshot.load(data, holder.fingerprint, ancestor_shares(holder.taxonomy), holder.gazetteer,
                               Vocabulary())
    assert back.version == index.version and back.ids == index.ids and back.digests == index.digests
    assert back.blobs == index.blobs and np.array_equal(back.expires, index.expires)
    assert back.facts.more_places == index.facts.more_places
    assert back.get("demo-001").vacancy == index.get("demo-001").vacancy
    assert ranked(loaded, back) == ranked(loaded, index) == ranked(loaded, fresh_index(loaded))
    assert any(ranked(loaded, back))


def test_a_new_worker_starts_from_the_snapshot_not_the_catalogue(loaded: Flask, redis_server, fresh_db,
                                                                  tmp_path: Path) -> None:
    """Rewrite a stored vacancy behind the change log's back: only a worker that read the
    catalogue would see it, so the new worker's old title proves it started from the snapshot."""
    db = fresh_db[1]
    stored = json.loads(db.get(Keys.vacancy("demo-001")))
    stored["vacancy"]["title"] = "Changed behind the log"
    db.set(Keys.vacancy("demo-001"), json.dumps(stored))
    other = make_app(redis_server, fresh_db[0], tmp_path / "other")
    assert get_runtime(other).vacancies.index.current().get("demo-001").vacancy.title != "Changed behind the log"
    db.set(Keys.index_snapshot, base64.b64encode(b"not a snapshot").decode())
    third = make_app(redis_server, fresh_db[0], tmp_path / "third")
    assert get_runtime(third).vacancies.index.current().get("demo-001").vacancy.title == "Changed behind the log"


def test_a_snapshot_of_another_build_is_not_used(loaded: Flask) -> None:
    holder = get_runtime(loaded).vacancies.index
    data = index_snapshot.dump(holder.current(), "0:another-taxonomy:places")
    with pytest.raises(index_snapshot.SnapshotMismatch):
        index_snapshot.load(data, holder.fingerprint, ancestor_shares(holder.taxonomy), holder.gazetteer, Vocabulary())


def test_a_worker_catches_up_from_an_older_snapshot_with_the_change_log(loaded: Flask, redis_server, fresh_db,
                                                                        tmp_path: Path) -> None:
    runtime = get_runtime(loaded)
    snapshot_version = runtime.vacancies.index.current().version
    catalogue = runtime.vacancies.catalogue
    vacancies, _, _ = catalogue.parse([posting("after-1", title="Orderpicker magazijn")])
    catalogue.save(catalogue.records(vacancies))
    other = make_app(redis_server, fresh_db[0], tmp_path / "other")
    index = get_runtime(other).vacancies.index.current()
    assert index.version == snapshot_version + 1 and index.get("after-1") is not None
    # and it left a newer snapshot behind
    stored = index_snapshot.load(base64.b64decode(fresh_db[1].get(Keys.index_snapshot)),
                                 runtime.vacancies.index.fingerprint, ancestor_shares(runtime.vacancies.taxonomy),
                                 runtime.vacancies.index.gazetteer, Vocabulary())
    assert stored.version == snapshot_version + 1
