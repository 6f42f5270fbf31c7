"""The worker's index: patched from the change log, it ranks exactly as an index built afresh."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
import zstandard
from flask import Flask

from engine.domain.index import ancestor_shares, build_index
from engine.domain.jobposting import Vacancy
from engine.domain.matching import rank
from engine.domain.packing import Packer
from engine.domain.signals import MatchRequest, to_signals
from engine.domain.vacancy import content_digest
from engine.nlp.vacancy import analyse_vacancy
from engine.store.keys import Keys
from engine.web.runtime import get_runtime
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
    service = runtime.ads.plainsight
    out = []
    for body in QUERIES:
        request = MatchRequest.model_validate({**body, "limit": 20})
        prefs, ctx = to_signals(request)
        matches = rank(index, service.query_for(prefs, ctx), prefs, ctx, runtime.vacancies.index.gazetteer,
                       1.8e9, 20).matches
        out.append([(m.vacancy_id, m.score) for m in matches])
    return out


def fresh_index(app: Flask):  # noqa: ANN201
    runtime = get_runtime(app)
    version, records = runtime.vacancies.catalogue.load_all()
    return build_index(records, version, runtime.vacancies.taxonomy, runtime.vacancies.index.gazetteer)


def test_a_patched_index_ranks_like_a_fresh_build(loaded: Flask) -> None:
    client, runtime = loaded.test_client(), get_runtime(loaded)
    before = runtime.vacancies.index.current()
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
    patched = runtime.vacancies.index.current()
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
    index = runtime.vacancies.index.current()
    records = runtime.vacancies.catalogue.get_many(sorted(index.positions)[:20])  # 40 % tombstones
    compacted = index.patched(index.version + 1, [r for r in records.values() if r], set(), compact_min=0)
    assert compacted.size == len(compacted) == len(index)
    assert ranked(loaded, compacted) == ranked(loaded, index)


def test_a_gap_in_the_change_log_means_a_full_rebuild(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    before = runtime.vacancies.index.current()
    client = runtime.vacancies.catalogue.client
    client.incr(Keys.catalogue_version)  # a version nobody logged
    assert runtime.vacancies.catalogue.changes_since(before.version) == (before.version + 1, None)
    time.sleep(0.01)  # past the refresh interval
    assert runtime.vacancies.index.current() is before  # the rebuild runs beside: this request does not wait
    after = runtime.vacancies.index.settle()
    assert after.version == before.version + 1 and after.size == len(after) == len(before)


def test_packed_vacancies_keep_what_serving_needs_and_the_full_digest(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    index = runtime.vacancies.index.current()
    record = runtime.vacancies.catalogue.get("demo-001")
    item = index.get("demo-001")
    assert item.vacancy.title == record.vacancy.title and item.vacancy.url == record.vacancy.url
    assert item.vacancy.description == ""  # not kept in memory: no ad shows it
    assert item.digest == content_digest(record.vacancy) != content_digest(item.vacancy)


def test_a_packed_record_unpacks_to_itself_but_the_description(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    records = runtime.vacancies.catalogue.load_all()[1]
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


def test_a_generic_skill_places_no_vacancy_in_a_sector(app: Flask) -> None:
    """Numeracy (used across many sectors; its broader concept is finance) does not make the
    maths teacher a finance job; a specific skill still speaks for its sector."""
    runtime = get_runtime(app)
    shares = dict(ancestor_shares(runtime.vacancies.taxonomy))
    assert "skill.numeracy" in runtime.vacancies.taxonomy.generic_skills
    assert [cid for cid, _ in shares["skill.numeracy"]] == ["skill.numeracy"]
    assert "sector.ict" in dict(shares["skill.java"])
    teacher = runtime.vacancies.index.current().get("demo-018")
    assert "skill.numeracy" in teacher.weights and "sector.finance" not in teacher.weights
    assert teacher.weights["sector.education"] > 0.5


def _vacancy(description: str, title: str = "Klantenservicemedewerker") -> Vacancy:
    return Vacancy(id="v", title=title, description=description, date_posted="2026-11-01",
                   organization="Tulpenpost B.V.", language="nl")


def test_a_concept_only_in_the_boilerplate_weighs_less(app: Flask) -> None:
    analyzer = get_runtime(app).ads.plainsight.analyzer
    body = analyse_vacancy(_vacancy("Je beantwoordt vragen van klanten en je werkt met Python. "
                                    "Wat wij bieden Een goed salaris en een fietsplan."), analyzer)
    offer = analyse_vacancy(_vacancy("Je beantwoordt vragen van klanten. "
                                     "Wat wij bieden Een goed salaris, een fietsplan en een cursus Python."), analyzer)
    blurb = analyse_vacancy(_vacancy("Tulpenpost B.V. bouwt software in Python voor bloemisten. "
                                     "Je beantwoordt vragen van klanten."), analyzer)
    titled = analyse_vacancy(_vacancy("Je beantwoordt vragen van klanten.", title="Klantenservice Python"), analyzer)
    in_body = body["skill.python"].weight
    assert offer["skill.python"].weight < in_body and blurb["skill.python"].weight < in_body
    assert in_body < titled["skill.python"].weight
    # a sentence that says whom the employer seeks is the job, even when it opens with its name
    seeking = analyse_vacancy(_vacancy("Tulpenpost zoekt een medewerker die met Python werkt."), analyzer)
    assert seeking["skill.python"].weight == in_body


def test_a_surname_in_a_vacancy_is_no_concept_of_it(app: Flask) -> None:
    analyzer = get_runtime(app).ads.plainsight.analyzer
    found = analyse_vacancy(_vacancy("Je beantwoordt vragen van klanten. Vragen? Bel met Jan Bakker, "
                                     "teamleider. Bakker vertelt je graag meer."), analyzer)
    assert "occ.baker" not in found


def test_a_bulk_change_is_built_beside_the_live_index_and_no_request_waits(loaded: Flask) -> None:
    """Another process imports more than a request may patch in itself: this worker's next
    request is served from the index it has, the new one is swapped in whole when built."""
    runtime = get_runtime(loaded)
    holder = runtime.vacancies.index
    before = holder.current()
    bulk = [posting(f"bulk-{n:03d}", title="Orderpicker magazijn heftruck") for n in range(holder.inline_max + 1)]
    catalogue = runtime.vacancies.catalogue
    vacancies, rejected, _ = catalogue.parse(bulk)
    assert not rejected
    catalogue.save(catalogue.records(vacancies))  # as the import CLI in another process does
    time.sleep(0.01)  # past the refresh interval
    assert holder.current() is before
    after = holder.settle(timeout=60)
    assert after.version == before.version + 1 and len(after) == len(before) + holder.inline_max + 1
    assert after.get("bulk-000").vacancy.title == "Orderpicker magazijn heftruck"


def test_a_small_change_is_seen_by_the_next_request(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    holder = runtime.vacancies.index
    before = holder.current()
    catalogue = runtime.vacancies.catalogue
    vacancies, _, _ = catalogue.parse([posting("small-1", title="Verpleegkundige")])
    catalogue.save(catalogue.records(vacancies))
    time.sleep(0.01)
    after = holder.current()
    assert after is not before and after.get("small-1") is not None


def test_the_importer_sees_its_bulk_import_at_once(loaded: Flask) -> None:
    runtime = get_runtime(loaded)
    bulk = [posting(f"api-{n:03d}", title="Kok restaurant") for n in range(runtime.vacancies.index.inline_max + 5)]
    assert loaded.test_client().post("/v1/vacancies", json=bulk, headers=ADMIN).json["imported"] == len(bulk)
    assert runtime.vacancies.index.current().get("api-000") is not None


def test_bulk_batches_are_swapped_in_at_most_every_few_seconds(loaded: Flask) -> None:
    """An import lands in batches; building and swapping an index per batch would re-rank every
    cached request each time. After a swap, the next bulk batch waits ``beside_every`` seconds."""
    runtime = get_runtime(loaded)
    holder = runtime.vacancies.index
    now = [time.monotonic() + 1000.0]  # later than any check made on the real clock
    holder.clock = lambda: now[0]
    holder.swapped_beside_at = now[0] - 1.0  # a bulk index was swapped in a second ago
    before = holder.current()
    catalogue = runtime.vacancies.catalogue
    vacancies, _, _ = catalogue.parse([posting(f"batch-{n:03d}", title="Kok") for n in range(holder.inline_max + 1)])
    catalogue.save(catalogue.records(vacancies))
    now[0] += 1.0
    assert holder.current() is before and holder.settle(timeout=5) is before  # nothing built yet
    now[0] += holder.beside_every
    holder.current()
    after = holder.settle(timeout=60)
    assert after.get("batch-000") is not None and holder.swapped_beside_at == now[0]
