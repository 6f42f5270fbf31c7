"""The worker's index: patched from the change log, it ranks exactly as an index built afresh."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
import zstandard
from flask import Flask

from engine.catalogue import content_digest
from engine.index import Packer, build_index
from engine.matching import rank
from engine.runtime import get_runtime
from engine.signals import MatchRequest, to_signals
from engine.store import Keys
from tests.conftest import ADMIN, make_app
from tests.test_catalogue import posting

QUERIES = [
    {"preferences": {"interests": "verpleegkundige", "location": "Utrecht"}},
    {"preferences": {"interests": "software developer", "hours": "parttime"}},
    {"context": {"keywords": ["zorg"], "region": "NL-UT"}},
    {"preferences": {"location": "Amsterdam"}},
    {"context": {"title": "Magazijn en logistiek", "text": "heftruck orderpicker"}},
]


@pytest.fixture
def loaded(redis_server, fresh_db, tmp_path: Path, demo_payload: dict) -> Flask:
    app = make_app(redis_server, fresh_db[0], tmp_path)
    assert app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    return app


def ranked(app: Flask, index) -> list[list[tuple[str, float]]]:  # noqa: ANN001 - a VacancyIndex
    runtime = get_runtime(app)
    service = runtime.service
    out = []
    for body in QUERIES:
        request = MatchRequest.model_validate({**body, "limit": 20})
        prefs, ctx = to_signals(request)
        matches = rank(index, service.query_for(prefs, ctx), prefs, ctx, runtime.index.gazetteer, 1.8e9, 20).matches
        out.append([(m.vacancy_id, m.score) for m in matches])
    return out


def fresh_index(app: Flask):  # noqa: ANN201
    runtime = get_runtime(app)
    version, records = runtime.catalogue.load_all()
    return build_index(records, version, runtime.taxonomy, runtime.index.gazetteer)


def test_a_patched_index_ranks_like_a_fresh_build(loaded: Flask) -> None:
    client, runtime = loaded.test_client(), get_runtime(loaded)
    before = runtime.index.current()
    ids = sorted(before.positions)
    # change two, delete two, add three (one of them a copy of a demo vacancy under a new id)
    changes = [posting(ids[0], title="Wijkverpleegkundige thuiszorg"),
               posting(ids[1], title="Senior Python developer", inLanguage="nl",
                       jobLocation={"address": {"addressLocality": "Amsterdam"}}),
               posting("new-1", title="Orderpicker magazijn heftruck"),
               posting("new-2", title="Verpleegkundige", jobLocation={"address": {"addressLocality": "Zwolle"}}),
               posting("aaa-first", title="Verpleegkundige interne geneeskunde")]
    assert client.post("/v1/vacancies", json=changes, headers=ADMIN).json["imported"] == 5
    for vacancy_id in ids[2:4]:
        assert client.delete(f"/v1/vacancies/{vacancy_id}", headers=ADMIN).status_code == 204
    patched = runtime.index.current()
    assert patched.version == before.version + 3
    # patched, not rebuilt: the replaced and deleted vacancies left tombstones behind
    assert patched.size == before.size + 5 and len(patched) == len(before) + 3 - 2
    assert ids[2] not in patched.positions and patched.get(ids[2]) is None
    assert patched.get("new-1").vacancy.title == "Orderpicker magazijn heftruck"
    assert patched.get(ids[0]).vacancy.title == "Wijkverpleegkundige thuiszorg"
    fresh = fresh_index(loaded)
    assert ranked(loaded, patched) == ranked(loaded, fresh)
    assert any(ranked(loaded, patched)) and ranked(loaded, patched) != ranked(loaded, before)
    # ties break by id, not by position: "aaa-first" was appended last but sorts first
    assert [i.vacancy.id for i in patched.items] == sorted(patched.positions)


def test_compaction_renumbers_and_keeps_the_ranking(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    index = runtime.index.current()
    records = runtime.catalogue.get_many(sorted(index.positions)[:20])  # 40 % tombstones
    compacted = index.patched(index.version + 1, [r for r in records.values() if r], set(), compact_min=0)
    assert compacted.size == len(compacted) == len(index)
    assert ranked(loaded, compacted) == ranked(loaded, index)


def test_a_gap_in_the_change_log_means_a_full_rebuild(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    before = runtime.index.current()
    client = runtime.catalogue.client
    client.incr(Keys.catalogue_version)  # a version nobody logged
    assert runtime.catalogue.changes_since(before.version) == (before.version + 1, None)
    time.sleep(0.01)  # past the refresh interval
    after = runtime.index.current()
    assert after.version == before.version + 1 and after.size == len(after) == len(before)


def test_packed_vacancies_keep_what_serving_needs_and_the_full_digest(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    index = runtime.index.current()
    record = runtime.catalogue.get("demo-001")
    item = index.get("demo-001")
    assert item.vacancy.title == record.vacancy.title and item.vacancy.url == record.vacancy.url
    assert item.vacancy.description == ""  # not kept in memory: no ad shows it
    assert item.digest == content_digest(record.vacancy) != content_digest(item.vacancy)


def test_a_packed_record_unpacks_to_itself_but_the_description(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    records = runtime.catalogue.load_all()[1]
    assert len(records) >= Packer.MIN_SAMPLE  # enough to train a dictionary on
    packer = Packer.from_sample(records)
    assert packer.dictionary is not None and 0 < len(packer.dictionary.as_bytes()) <= 32_768
    for record in records:
        blob = packer.pack(record)
        back = packer.unpack(blob)
        assert back.concepts == record.concepts and back.vacancy.title == record.vacancy.title
        assert back.vacancy == replace(record.vacancy, description="")
        assert len(blob) < len(Packer.lean(record)) / 2
    with pytest.raises(zstandard.ZstdError):  # a blob needs the dictionary it was packed with
        Packer().unpack(packer.pack(records[0]))
    plain = Packer.from_sample(records[:3])  # too few to train on: plain zstd, still a round trip
    assert plain.dictionary is None and plain.unpack(plain.pack(records[0])).concepts == records[0].concepts
