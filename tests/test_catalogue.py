"""The catalogue through the management API and the CLI: import, report, read, delete, persist."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import ADMIN, ROOT, make_app


def posting(vacancy_id: str, **overrides) -> dict:
    base = {"@type": "JobPosting", "identifier": vacancy_id, "title": "Verpleegkundige Interne",
            "description": "Wij zoeken een verpleegkundige voor onze afdeling interne geneeskunde.",
            "datePosted": "2026-11-01", "validThrough": "2099-12-31",
            "hiringOrganization": {"name": "Testziekenhuis"}, "inLanguage": "nl",
            "jobLocation": {"address": {"addressLocality": "Utrecht"}}, "url": f"https://jobs.example/{vacancy_id}"}
    base.update(overrides)
    return base


def test_management_needs_the_token(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    assert client.post("/v1/vacancies", json=posting("a")).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/v1/vacancies", json=posting("a"), headers=wrong).json["error"]["code"] == "unauthorized"
    assert client.get("/v1/vacancies/a", headers=wrong).status_code == 401


def test_management_is_closed_without_a_configured_token(redis_server, fresh_db, tmp_path: Path) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path, admin_token=None)
    response = app.test_client().post("/v1/vacancies", json=posting("a"), headers=ADMIN)
    assert response.status_code == 503
    assert response.json["error"]["code"] == "management_disabled"


def test_import_reports_bad_postings_per_index_and_keeps_the_good(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    payload = {"@context": "https://schema.org", "@graph": [
        posting("good-1"), {"@type": "JobPosting", "title": "no id"}, posting("good-2", datePosted="soon")]}
    result = client.post("/v1/vacancies", json=payload, headers=ADMIN).json
    assert result["imported"] == 1 and result["ids"] == ["good-1"]
    assert [(r["index"], r["field"]) for r in result["rejected"]] == [(1, "identifier"), (2, "datePosted")]
    stored = client.get("/v1/vacancies/good-1", headers=ADMIN).json
    assert stored["vacancy"]["title"] == "Verpleegkundige Interne"
    assert any(c["concept"].startswith("occ.") for c in stored["concepts"])


def test_reposting_an_id_replaces_it_and_delete_removes_it(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=posting("x"), headers=ADMIN)
    client.post("/v1/vacancies", json=[posting("x", title="Kok")], headers=ADMIN)
    assert client.get("/v1/vacancies/x", headers=ADMIN).json["vacancy"]["title"] == "Kok"
    assert client.delete("/v1/vacancies/x", headers=ADMIN).status_code == 204
    assert client.get("/v1/vacancies/x", headers=ADMIN).status_code == 404
    assert client.delete("/v1/vacancies/x", headers=ADMIN).status_code == 404


def test_imported_vacancy_is_served_and_deleted_one_is_not(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=posting("nurse-1"), headers=ADMIN)
    body = {"preferences": {"interests": "verpleegkundige"}}
    assert [m["vacancy_id"] for m in client.post("/v1/match", json=body).json["matches"]] == ["nurse-1"]
    client.delete("/v1/vacancies/nurse-1", headers=ADMIN)
    assert client.post("/v1/match", json=body).json["matches"] == []


def test_expired_vacancies_are_never_matched_or_rendered(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[posting("old", validThrough="2026-01-31", datePosted="2026-01-01"),
                                       posting("new")], headers=ADMIN)
    prefs = {"interests": "verpleegkundige"}
    matched = client.post("/v1/match", json={"preferences": prefs, "limit": 10}).json["matches"]
    assert [m["vacancy_id"] for m in matched] == ["new"]
    ads = client.post("/v1/render", json={"preferences": prefs, "count": 10}).json["ads"]
    assert [a["vacancy_id"] for a in ads] == ["new"]


def test_data_survives_a_restart_of_the_engine(redis_server, fresh_db, tmp_path: Path) -> None:
    first = make_app(redis_server, fresh_db[0], tmp_path)
    first.test_client().post("/v1/vacancies", json=posting("kept"), headers=ADMIN)
    second = make_app(redis_server, fresh_db[0], tmp_path)
    assert second.test_client().get("/v1/vacancies/kept", headers=ADMIN).status_code == 200


@pytest.mark.slow
def test_embedded_redis_keeps_data_across_processes(tmp_path: Path) -> None:
    """No REDIS_URL: the embedded server writes under the data dir and finds it again."""
    env = {"PYTHONPATH": str(ROOT), "ENGINE_DATA_DIR": str(tmp_path), "ENGINE_ADMIN_TOKEN": "t",
           "ENGINE_SECRET_KEY": "s", "PATH": "/usr/bin:/bin"}
    write = ("from engine.web.app import create_app; from tests.test_catalogue import posting; "
             "c = create_app().test_client(); "
             "r = c.post('/v1/vacancies', json=posting('embedded-1'), headers={'Authorization': 'Bearer t'}); "
             "print(r.json['imported'])")
    read = ("from engine.web.app import create_app; c = create_app().test_client(); "
            "print(c.get('/v1/vacancies/embedded-1', headers={'Authorization': 'Bearer t'}).status_code)")
    for code, expected in ((write, "1"), (read, "200")):
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=120)
        assert done.stdout.strip().splitlines()[-1] == expected, done.stderr[-2000:]
    assert (tmp_path / "plainsight.rdb").exists() or any(tmp_path.glob("appendonly*"))


@pytest.mark.slow
def test_cli_import_with_progress_and_report(redis_server, fresh_db, tmp_path: Path) -> None:
    from tests.conftest import redis_url

    feed = tmp_path / "feed.jsonld"
    feed.write_text(json.dumps({"@graph": [posting("cli-1"), posting("cli-2"), {"title": "broken"}]}))
    env = {"PYTHONPATH": str(ROOT), "REDIS_URL": redis_url(redis_server, fresh_db[0]),
           "ENGINE_SECRET_KEY": "s", "ENGINE_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "vacancies", "import", str(feed)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "imported 2 vacancies, rejected 1" in done.stdout
    assert "Importing vacancies" in done.stdout + done.stderr
    assert "posting 2 (identifier)" in done.stderr
    assert sorted(fresh_db[1].smembers("{ps}:vacancies")) == ["cli-1", "cli-2"]


def test_cli_refuses_a_file_that_is_not_json(tmp_path: Path, app: Flask) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    result = app.test_cli_runner().invoke(args=["vacancies", "import", str(bad)])
    assert result.exit_code != 0 and "bad.json" in result.output
