"""Issue 17, item 7: a trailing newline must not pass a check anchored with ``$``.

``re.match(r"^...$")`` accepts ``"value\\n"``: ``$`` also matches before a final newline. A
vacancy URL ending in a newline made its click link answer 500 (a header may not hold one), a
slot domain ending in one made the embed answer 500 (the CSP header), and a slot id ``x\\n`` was
stored. Every validator is tried with the value and with the value plus a newline.
"""

from __future__ import annotations

import json

import pytest
from flask import Flask

from engine.config import ConfigError, load_settings
from engine.domain.errors import ValidationFailed
from engine.domain.jobposting import PostingError, parse_posting
from engine.domain.signals import MatchRequest, validate
from engine.domain.slots import parse_slot
from engine.store.apikeys import ApiKeyError, check_rate
from tests.conftest import ADMIN, dump_store

POSTING = {"@type": "JobPosting", "title": "Verpleegkundige", "identifier": "sec-1",
           "description": "Zorg voor patiënten in het ziekenhuis.", "datePosted": "2026-11-01",
           "validThrough": "2099-12-31", "employmentType": "FULL_TIME", "url": "https://werkenbij.example.nl/v/1",
           "hiringOrganization": {"@type": "Organization", "name": "Ziekenhuis"},
           "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Utrecht",
                                                       "addressCountry": "NL"}},
           "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                          "value": {"@type": "QuantitativeValue", "minValue": 3000, "unitText": "MONTH"}}}


def posting(**changes: object) -> dict:
    return {**POSTING, **changes}


def dutch(_text: str) -> str:
    return "nl"


@pytest.mark.parametrize(("field", "value"), [
    ("url", "https://werkenbij.example.nl/v/1"),
    ("baseSalary", {**POSTING["baseSalary"], "currency": "EUR"}),  # type: ignore[dict-item]
])
def test_posting_fields_refuse_a_trailing_newline(field: str, value: object) -> None:
    assert parse_posting(posting(**{field: value}), dutch)  # the value itself passes
    if isinstance(value, dict):
        bad = {**value, "currency": value["currency"] + "\n"}
    else:
        bad = value + "\n"  # type: ignore[operator]
    with pytest.raises(PostingError):
        parse_posting(posting(**{field: bad}), dutch)


def test_a_vacancy_url_with_a_newline_is_refused_and_no_click_answers_500(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    answer = client.post("/v1/vacancies", json=[posting(url="https://werkenbij.example.nl/v/1\n")], headers=ADMIN)
    assert answer.status_code == 200 and answer.json["imported"] == 0
    assert answer.json["rejected"][0]["field"] == "url"


@pytest.mark.parametrize("region", ["NL", "NL-UT"])
def test_a_region_refuses_a_trailing_newline(region: str) -> None:
    assert validate(MatchRequest, {"context": {"title": "zorg", "region": region}}).context.region == region
    with pytest.raises(ValidationFailed):
        validate(MatchRequest, {"context": {"title": "zorg", "region": region + "\n"}})


@pytest.mark.parametrize(("slot_id", "domain"), [("x\n", "a.example"), ("zorgsite", "werkenbij.zorg.example\n"),
                                                   ("zorgsite", "localhost:9999\n")])
def test_slots_refuse_a_trailing_newline(slot_id: str, domain: str) -> None:
    assert parse_slot(slot_id.strip(), {"allowed_domains": [domain.strip()]})
    with pytest.raises(ValidationFailed):
        parse_slot(slot_id, {"allowed_domains": [domain]})


def test_a_slot_id_or_domain_with_a_newline_is_not_stored_and_no_embed_answers_500(fresh_app: Flask, fresh_db) -> None:
    client = fresh_app.test_client()
    before = dump_store(fresh_db[1])
    assert client.put("/v1/slots/x%0A", json={"allowed_domains": ["a.example"]}, headers=ADMIN).status_code == 422
    assert client.put("/v1/slots/nl", json={"allowed_domains": ["a.example\n"]}, headers=ADMIN).status_code == 422
    assert dump_store(fresh_db[1]) == before
    assert client.get("/embed/x%0A").status_code == 404
    # a slot stored before the check (as the review found it) must not make its embed answer 500
    fresh_db[1].set("{ps}:slot:old", json.dumps({"id": "old", "site": "old", "allowed_domains": ["a.example\n"]}))
    assert client.get("/embed/old").status_code in (200, 404)


def test_an_account_or_key_name_with_a_newline_is_refused(fresh_app: Flask) -> None:
    from engine.store.accounts import AccountError
    from engine.web.runtime import get_runtime

    runtime = get_runtime(fresh_app)
    with pytest.raises(AccountError):
        runtime.accounts.add_user("mila\n", "a-long-password-1", "test")
    with pytest.raises(ApiKeyError):
        runtime.apikeys.issue("adnet\n", "5/second", "test")
    assert "mila" not in runtime.accounts.users() and not runtime.apikeys.all()


@pytest.mark.parametrize("rate", ["5/second", "20/hour"])
def test_rates_refuse_a_trailing_newline(rate: str) -> None:
    assert check_rate(rate) == rate
    assert load_settings(environ={"ENGINE_PREFERENCES_RATE_LIMIT": rate}).preferences_rate_limit == rate
    with pytest.raises(ConfigError):
        load_settings(environ={"ENGINE_PREFERENCES_RATE_LIMIT": rate + "\n"})


def test_no_validation_pattern_passes_a_trailing_newline() -> None:
    """The patterns themselves end in ``\\Z``, so ``match`` and ``fullmatch`` both refuse the newline."""
    from engine.domain import jobposting, signals, slots
    from engine.store import accounts, apikeys

    for pattern, good in ((jobposting._ID_RE, "sec-1"), (signals._REGION_RE, "NL-UT"), (accounts.NAME, "mila"),
                          (apikeys.NAME, "adnet-a"), (apikeys.RATE, "5/second"), (slots._SLOT_ID, "zorgsite"),
                          (slots._DOMAIN, "werkenbij.zorg.example:8443")):
        assert pattern.match(good), pattern.pattern
        assert pattern.match(good + "\n") is None, pattern.pattern
