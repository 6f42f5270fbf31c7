"""The "why this ad?" page never repeats the reader's own words beyond the matched term.

A hyphenated interest ("verpleegkundige-58", "zorg-ik-ben-58") matches through one of its parts;
only that part (the term of the taxonomy) may come back: in the render API's explanation, its
signed link, the why page, an HTML ad, with stored preferences, and on a link signed before.
"""

from __future__ import annotations

import json
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.domain.explain import interest_term
from engine.web.runtime import get_runtime
from tests.test_preferences import CONSENT
from tests.test_statements import link_facts

# (interest, words beyond the matched term that must never come back, the term, whether ads must show)
CASES = [
    ("zorg-ik-ben-58", {"ik", "ben", "58", "zorgikben58"}, "zorg", False),
    ("verpleegkundige, ik ben 58", {"ik", "ben", "58"}, "verpleegkundige", True),
    ("developer (mijn vrouw is zwanger)", {"mijn", "vrouw", "zwanger"}, "developer", True),
    ("verpleegkundige-58", {"58", "verpleegkundige58"}, "verpleegkundige", True),
    ("ict-vrouw-zwanger", {"vrouw", "zwanger", "ictvrouwzwanger"}, "ict", True),
    ("Verpleegkundige-ik-ben-58", {"ik", "ben", "58"}, "verpleegkundige", False),
    # words that are no statement about the person stay in the interest: only the term comes back
    ("verpleegkundige-xyzzy", {"xyzzy", "verpleegkundigexyzzy"}, "verpleegkundige", True),
    ("ict-plugh-quux", {"plugh", "quux", "ictplughquux"}, "ict", True),
    ("zorg-ik-ben-58-xyzzy", {"ik", "ben", "58", "xyzzy", "zorgxyzzy"}, "zorg", True),
]


def words(text: str) -> set[str]:
    """Words as a reader sees them, hyphenated ones both split and whole."""
    return set(re.findall(r"\w+", text.lower())) | {w.replace("-", "") for w in re.findall(r"[\w-]+", text.lower())}


def page_text(client: FlaskClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = re.sub(r"<style.*?</style>", " ", response.get_data(as_text=True), flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def shown_everywhere(client: FlaskClient, ad: dict) -> list[tuple[str, str]]:
    """(where, text) of every place the ad's explanation reaches a reader."""
    url = ad["explanation"]["url"]
    places = [("explanation", json.dumps(ad["explanation"], ensure_ascii=False)), ("signed link", link_facts(url)),
              ("why page", page_text(client, url))]
    if "html" in ad:
        places.append(("html ad", ad["html"]))
    return places


def assert_no_echo(client: FlaskClient, ads: list[dict], interest: str, beyond: set[str], term: str) -> None:
    for ad in ads:
        for where, text in shown_everywhere(client, ad):
            assert interest not in text, (where, text[:300])
            assert not beyond & words(text), (where, beyond & words(text))
        stated = {s["signal"]: s["value"] for s in ad["explanation"]["signals_used"]}
        assert not beyond & words(str(stated.get("preferences.interests", ""))), stated


@pytest.mark.parametrize(("interest", "beyond", "term", "ads_expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("fmt", ["native", "html"])
def test_render_and_why_page_show_only_the_matched_term(client: FlaskClient, interest: str, beyond: set[str],
                                                        term: str, ads_expected: bool, fmt: str) -> None:
    response = client.post("/v1/render", json={"preferences": {"interests": interest}, "count": 3, "format": fmt})
    assert response.status_code == 200, response.json
    ads = response.json["ads"]
    assert bool(ads) or not ads_expected, "this interest must show ads, else the test proves nothing"
    assert_no_echo(client, ads, interest, beyond, term)
    if ads_expected:
        first = ads[0]["explanation"]
        assert term in first["summary"].lower() and term in page_text(client, first["url"]).lower()


@pytest.mark.parametrize(("interest", "beyond", "term"), [(c[0], c[1], c[2]) for c in CASES if c[3]],
                         ids=[c[0] for c in CASES if c[3]])
def test_stored_preferences_show_only_the_matched_term(client: FlaskClient, interest: str, beyond: set[str],
                                                       term: str) -> None:
    created = client.post("/v1/preferences", json={"preferences": {"interests": interest}, "consent": CONSENT})
    assert created.status_code == 201, created.json
    token = created.json["token"]
    try:
        ads = client.post("/v1/render", json={"preferences_token": token, "count": 3}).json["ads"]
        assert ads
        assert_no_echo(client, ads, interest, beyond, term)
    finally:
        client.delete(f"/v1/preferences/{token}")


def test_a_link_signed_before_shows_only_the_matched_term(app: Flask, client: FlaskClient) -> None:
    """Links live for days: one signed when the whole hyphenated interest was echoed is cleaned on display."""
    signer = get_runtime(app).ads.signer
    url = signer.why_url({
        "v": "demo-001", "l": "nl", "u": ["preferences.interests"],
        "s": "Je ziet deze vacature omdat je interesse \u2018verpleegkundige-ik-ben-58\u2019 past bij "
             "\u2018Verpleegkundige\u2019 in deze vacature.",
        "r": [["preferences", "verpleegkundige-ik-ben-58", "Verpleegkundige", "occ.nurse", 1.0, "concept"],
              ["preferences", "verpleegkundige-ik-ben-58", "Ziekenhuis", "sector.healthcare", 0.3, "concept"]]})
    text = page_text(client, url.removeprefix("http://localhost"))
    assert not {"ik", "ben", "58"} & words(text) and "verpleegkundige-ik-ben-58" not in text
    assert "\u2018verpleegkundige\u2019 past bij" in text


@pytest.mark.parametrize(("said", "concepts", "shown"), [
    ("zorg-ik-ben-58", ["sector.healthcare"], "zorg"),
    ("Verpleegkundige-58", ["occ.nurse"], "Verpleegkundige"),
    ("verpleegkundige-58", ["sector.healthcare"], "verpleegkundige"),  # a narrower concept's term leads there
    ("verpleegkundige", ["occ.nurse"], "verpleegkundige"),
    ("58-jarige-xyzzy", ["occ.nurse"], None),  # no term among the words: the concept's name, nothing of theirs
])
def test_interest_term_is_a_term_of_the_taxonomy_or_the_concepts_name(app: Flask, said: str, concepts: list[str],
                                                                      shown: str | None) -> None:
    taxonomy = get_runtime(app).transparency.taxonomy
    expected = taxonomy[concepts[0]].label("nl") if shown is None else shown
    assert interest_term(said, concepts, "nl", taxonomy) == expected
