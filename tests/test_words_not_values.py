"""People see words, not values: names instead of ids in the studio's charts, tables and CSVs,
Dutch numbers and dates on Dutch pages, codes in words, import errors in the page's language
(counted from 1, a missing field called missing, one bad posting reported on its own), copy facts
that compose, and candidate pages without field names or raw values."""

from __future__ import annotations

import csv
import inspect
import io
import json
import re
import time
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.domain import jobposting
from engine.domain.copy.templates import render_preview, validate_template
from engine.domain.copy.writer import vacancy_facts
from engine.domain.jobposting import Location, PostingError, parse_posting
from engine.domain.jobposting_messages import MESSAGES, posting_message
from engine.web import words
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN
from tests.studio_helpers import HTML, sign_in
from tests.test_catalogue import posting
from tests.test_copytemplates import template, vacancy

DUTCH, ENGLISH = {**HTML, "Accept-Language": "nl"}, {**HTML, "Accept-Language": "en"}
CONSENT = {"given": True, "purpose": "vacancy_matching", "text_version": "2026-11-25"}


@pytest.fixture
def studio(fresh_app: Flask, demo_payload: dict) -> tuple[FlaskClient, str]:
    client = fresh_app.test_client()
    assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    return client, sign_in(client)


def text_of(html: str) -> str:
    """What a reader sees: the page without tags, attributes or the SVG's hidden ids."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "ratio", "number", "day", "moment"), [
    ("nl", "14,4%", "12.345,5", "5 nov 2026", "5 nov 2026 15:03"),
    ("en", "14.4%", "12,345.5", "5 Nov 2026", "5 Nov 2026 15:03"),
])
def test_numbers_percentages_and_dates_follow_the_page_language(language: str, ratio: str, number: str, day: str,
                                                                moment: str) -> None:
    assert words.percent(0.14432, language) == ratio
    assert words.number(12345.5, language) == number
    assert words.day("2026-11-05T14:03:02.123456+00:00", language) == day  # day first, no time
    assert words.moment("2026-11-05T14:03:02.123456+00:00", language) == moment  # Dutch time, no microseconds
    assert words.percent(None, language) == "—"


@pytest.mark.parametrize(("code", "nl", "en"), [
    ("FULL_TIME", "Voltijd", "Full time"), ("PART_TIME", "Deeltijd", "Part time"),
])
def test_employment_types_are_words(code: str, nl: str, en: str) -> None:
    assert (words.employment_type(code, "nl"), words.employment_type(code, "en")) == (nl, en)


def test_audit_actions_and_fields_are_words_and_unknown_codes_stay_visible() -> None:
    assert words.audit_action("vacancy.approve", "nl") == "Vacature goedgekeurd"
    assert words.audit_action("kill_switch.on", "en") == "Kill switch on"
    assert words.audit_action("something.new", "nl") == "something.new"
    assert words.field_name("jobLocation[0].address.addressLocality", "nl") == "plaats"
    assert words.field_name("datePosted", "en") == "date posted"


# --- import errors -------------------------------------------------------------------------------


def test_every_posting_error_is_a_known_template_with_dutch_words() -> None:
    source = inspect.getsource(jobposting)
    raised = set(re.findall(r'PostingError\("([^"]+)"', source))
    assert raised and raised <= set(MESSAGES)  # so the studio can say each one in Dutch
    for message in MESSAGES:
        values = {name: "x" for name in re.findall(r"%\((\w+)\)s", message)}
        assert posting_message(message % values) == (message, values)
        assert words.gettext("nl")(message) != message, message


def test_a_missing_date_is_called_missing_not_malformed() -> None:
    raw = posting("p")
    del raw["datePosted"]
    with pytest.raises(PostingError) as refused:
        parse_posting(raw, lambda text: "nl")
    assert refused.value.message == "datePosted is required"
    rejection = {"index": 0, "code": "invalid_posting", "error": refused.value.message, "field": "datePosted"}
    assert words.posting_error(rejection, "nl") == "plaatsingsdatum ontbreekt"
    assert words.posting_error(rejection, "en") == "date posted is required"


def _import(client: FlaskClient, csrf: str, feed: object, headers: dict) -> str:
    response = client.post("/studio/import", data={"csrf": csrf, "file": (io.BytesIO(json.dumps(feed).encode()),
                                                                          "f.json")},
                           content_type="multipart/form-data", headers=headers)
    assert response.status_code == 303, response.data[:300]
    job_url = response.location
    for _ in range(200):
        if client.get(job_url + ".json").json["status"] != "running":
            break
        time.sleep(0.05)
    return job_url


def test_one_posting_with_an_email_is_reported_on_its_own_in_dutch(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    csrf = sign_in(client)
    no_date = posting("no-date")
    del no_date["datePosted"]
    feed = [posting("ok-1"), posting("mail", applicationContact={"email": "jobs@example.nl"}), no_date]
    job_url = _import(client, csrf, feed, DUTCH)
    job = client.get(job_url + ".json").json
    assert (job["imported"], [r["index"] for r in job["rejected"]]) == (1, [1, 2])  # the API keeps its index
    assert job["rejected"][0]["code"] == "identifier_refused"
    page = client.get(job_url, headers=DUTCH).get_data(as_text=True)
    rows = re.findall(r'<tr data-index="(\d)"[^>]*><td>(\d)</td><td>([^<]*)</td><td>([^<]*)</td>', page)
    assert [(index, shown) for index, shown, _, _ in rows] == [("1", "2"), ("2", "3")]  # counted from 1
    assert rows[0][2] == "e-mailadres"  # applicationContact.email
    assert "persoonsgegevens" in rows[0][3]
    assert rows[1][2:] == ("plaatsingsdatum", "plaatsingsdatum ontbreekt")
    assert "ISO 8601" not in page and "looks like" not in page
    assert client.get("/v1/vacancies/ok-1", headers=ADMIN).status_code == 200


def test_a_refused_file_says_why_in_the_page_language(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    csrf = sign_in(client)
    response = client.post("/studio/import", data={"csrf": csrf, "file": (io.BytesIO(b"{nope"), "f.json")},
                           content_type="multipart/form-data", headers=DUTCH)
    assert response.status_code == 400
    assert "het bestand is geen geldige JSON" in response.get_data(as_text=True)


# --- the studio's pages --------------------------------------------------------------------------


def _count(app: Flask) -> None:
    stats = get_runtime(app).ads.stats
    for _ in range(90):
        stats.count("impression", "demo-001", "sector.healthcare")
    for _ in range(13):
        stats.count("click", "demo-001", "sector.healthcare")


def test_stats_name_vacancies_and_topics_with_dutch_numbers(studio, fresh_app: Flask) -> None:
    client, _ = studio
    _count(fresh_app)
    page = client.get("/studio/stats?lang=nl", headers=DUTCH).get_data(as_text=True)
    charts = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(charts) == 3
    visible = text_of(page)
    assert "Verpleegkundige Interne Geneeskunde" in charts[2] and ">demo-001<" not in charts[2]
    assert "sector.healthcare" not in visible and "sector.healthcare" not in "".join(charts)
    assert "14,4%" in visible and "14.44" not in visible  # 13 of 90
    assert re.search(r"\d{1,2} [a-z]{3}", charts[0])  # day-first axis labels ("3 dec"), not "12-03"
    table = re.search(r'<table id="stats-topics">.*?</table>', page, re.S).group(0)
    label = get_runtime(fresh_app).reports.topic_name("sector.healthcare", "nl")
    assert label != "sector.healthcare" and f"<td>{label}</td>" in table


def test_csv_keeps_the_ids_and_adds_the_names(studio, fresh_app: Flask) -> None:
    client, _ = studio
    _count(fresh_app)
    rows = list(csv.reader(io.StringIO(client.get("/studio/stats.csv?by=vacancy_topic_day&lang=nl").get_data(
        as_text=True))))
    assert rows[0] == ["day", "vacancy_id", "vacancy", "topic", "topic_name", "impressions", "clicks", "ctr"]
    (row,) = rows[1:]
    assert row[1:4] == ["demo-001", "Verpleegkundige Interne Geneeskunde", "sector.healthcare"]
    assert row[4] and row[4] != "sector.healthcare"
    assert row[0] == date.today().isoformat()  # a spreadsheet still reads the day


def test_vacancy_page_and_audit_trail_speak_dutch(studio) -> None:
    client, csrf = studio
    client.post("/studio/vacancies/decide", data={"csrf": csrf, "ids": "demo-001", "action": "pause"})
    page = client.get("/studio/vacancies/demo-001?lang=nl", headers=DUTCH).get_data(as_text=True)
    assert re.search(r'id="employment-types">Voltijd<', page)
    assert "FULL_TIME" not in page and "MONTH" not in page
    assert "€\u00a03.500–€\u00a05.000 per maand" in page  # Babel's Dutch amounts, a no-break space after €
    posted = re.search(r'id="date-posted">([^<]+)<', page).group(1)
    assert re.fullmatch(r"\d{1,2} [a-z]{3} \d{4}", posted), posted
    audit = client.get("/studio/audit?lang=nl", headers=DUTCH).get_data(as_text=True)
    assert "Vacature gepauzeerd" in audit and ">vacancy.pause<" not in audit
    assert not re.search(r"\d{2}:\d{2}:\d{2}\.\d+", audit) and "+00:00" not in text_of(audit)


def test_preview_shows_the_three_formats_and_the_whole_html_ad(studio) -> None:
    client, _ = studio
    page = client.get("/studio/vacancies/demo-001/preview", headers=ENGLISH).get_data(as_text=True)
    assert page.count('class="format html"') >= 1 and "300 × 250" in page
    with client.get("/studio/assets/studio.css") as answer:
        css = answer.get_data(as_text=True)
    assert "iframe.html-ad{display:block;width:300px;height:250px" in css


# --- copy facts ----------------------------------------------------------------------------------


def test_place_and_in_place_compose_and_where_still_works() -> None:
    utrecht = vacancy(locations=(Location(locality="Utrecht"),))
    facts = vacancy_facts(utrecht, "nl")
    assert (facts["place"], facts["in_place"], facts["where"]) == ("Utrecht", "in Utrecht", "in Utrecht")
    remote = vacancy(locations=(), remote=True)
    assert vacancy_facts(remote, "en")["in_place"] == "remotely"
    source = template(headline="{{ job.title }}",
                      body="Werken {% if job.in_place is defined %}{{ job.in_place }} {% endif %}bij "
                           "{{ job.organization }}{% if job.place is defined %}, {{ job.place }}{% endif %}.")
    assert [p for p in validate_template("nl/open-1", source) if p.severity == "error"] == []
    assert render_preview("nl/open-1", source, utrecht)[1] == "Werken in Utrecht bij Hotel Zuid, Utrecht."


def test_shipped_templates_never_write_in_before_a_place_phrase() -> None:
    from engine.config import TEMPLATES_DIR

    for path in (TEMPLATES_DIR / "copy").rglob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(in|In)\s+\{\{\s*job\.(where|in_place)", text), path


def test_a_length_warning_names_the_vacancies_it_concerns() -> None:
    source = template(headline="{{ job.title }}", body="{{ job.organization }} zoekt versterking.")
    short, long = vacancy(id="a"), vacancy(id="b", title="x" * 61)
    [warning] = validate_template("nl/open-1", source, [short, long])
    assert warning.code == "sample_overflow" and f"{'x' * 61} (b)" in warning.message
    assert "(a)" not in warning.message


# --- the candidate's pages -----------------------------------------------------------------------


def test_forgetting_consent_is_a_plain_sentence(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    page = client.post("/preferences?lang=nl", data={"interests": "kok"}).get_data(as_text=True)
    error = re.search(r'id="form-error">([^<]+)<', page).group(1)
    assert "toestemming" in error and "consent.given" not in page
    english = client.post("/preferences?lang=en", data={"interests": "kok"}).get_data(as_text=True)
    assert "Tick the consent box" in english


def test_what_we_store_shows_labels_and_readable_values(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    created = client.post("/v1/preferences", json={"preferences": {"interests": "zorg", "remote": True,
                                                                    "hours": "parttime"}, "consent": CONSENT})
    token = created.json["token"]
    page = client.get(f"/preferences/mine?token={token}&lang=nl").get_data(as_text=True)
    table = text_of(re.search(r'<table id="stored">.*?</table>', page, re.S).group(0))
    assert "Interesses zorg" in table and "Thuiswerken ja" in table and "parttime" in table.lower()
    assert "vacancy_matching" not in table and "True" not in table and "interests" not in table
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", table)
    export = client.get(f"/v1/preferences/{token}").json  # the API keeps its field names and values
    assert export["preferences"]["remote"] is True and export["receipt"]["purpose"] == "vacancy_matching"


def test_the_dutch_transparency_page_has_no_english_keys(client: FlaskClient) -> None:
    page = client.get("/transparency?lang=nl").get_data(as_text=True)
    retention = text_of(re.search(r'<table id="retention">.*?</table>', page, re.S).group(0))
    for key in ("stated_preferences_days", "signed_links_days", "not stored", "match_and_render"):
        assert key not in retention
    assert "dagen" in retention and "niet bewaard" in retention
    assert client.get("/transparency.json?lang=nl").json["retention"]["match_and_render_requests"] == "not stored"
