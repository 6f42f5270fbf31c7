"""Statements about the person are removed whole from job interests; the interest stays (issue
"Protect people in language", part 1). The examples are the issue's own, plus paraphrases, and
the development set is scored the README's way (tests/statements_dev.py prints the figures)."""

from __future__ import annotations

import base64
import json
import re
import zlib

import pytest
from flask import Flask

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.normalise import within_one_edit as within_one
from engine.domain.sensitive import CATEGORIES, drop_sensitive
from tests.conftest import ADMIN, dump_store
from tests.statements_dev import dev_figures

CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}

# (statement as people write it, its category) — each must go whole, before and after an interest
STATEMENTS = [
    ("ik ben moslima", "religion"),
    ("transgender", "gender_identity"),
    ("ik heb MS", "health"),
    ("HIV positive", "health"),
    ("I'm Jewish", "religion"),
    ("ik ben autist", "health"),
    ("geboren in 1970", "age"),
    ("ik ben in verwachting", "pregnancy"),
    ("met een migratieachtergrond", "origin"),
    ("gereformeerd", "religion"),
    ("ik heb een strafblad", "criminal_record"),
    ("I'm on the autism spectrum", "health"),
    ("ik ben zwanger", "pregnancy"),
    ("ik heb jonge kinderen", "family"),
    ("ik heb kinderen", "family"),
    ("voor mijn vrouw en mij", "family"),
    ("my son who has autism", "health"),
    ("ik-ben-58", "age"),
    ("I'm a member of the FNV", "union"),
    ("ik stem SGP", "political"),
    ("I'm bisexual", "sexuality"),
    ("pregnat, 30 weeks", "pregnancy"),  # misspelt
    ("devorced, no childeren", "family"),  # misspelt
]

LOOKALIKES = [
    "werken met ouderen", "begeleider van mensen met autisme", "verloskundige", "tolk Arabisch",
    "HR advisor for a trade union", "junior developer", "GGZ", "werken met kinderen", "probation officer",
    "docent zwangerschapsgymnastiek", "vakbondsjurist", "Hebrew teacher at a Jewish school",
    "penitentiair inrichtingswerker (gevangeniswezen)", "fysiotherapeut voor 65-plussers",
    "jeugdzorgwerker, kinderen van 0 tot 18 jaar", "chef, Indian cuisine", "nanny for a family with two children",
    "vertaler Turks-Nederlands", "LGBTQ+ helpline coordinator", "window cleaner",
]


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize(("statement", "category"), STATEMENTS)
@pytest.mark.parametrize(("template", "interest"), [
    ("{s}, zoek werk als kok", "zoek werk als kok"),
    ("kok, {s}", "kok"),
    ("{s}\n- kok", "kok"),
    ("kok ({s})", "kok"),
])
def test_a_statement_goes_whole_and_the_interest_stays(statement: str, category: str, template: str,
                                                       interest: str) -> None:
    cleaned = drop_sensitive(template.format(s=statement))
    assert cleaned.text.strip(" -\n") == interest
    assert category in cleaned.dropped
    assert set(cleaned.dropped) <= set(CATEGORIES)


def test_no_fragment_is_left_of_what_went() -> None:
    # the two fragments: "doktersassistent, van 45" and "..., ik ben"
    cleaned = drop_sensitive("ik ben een alleenstaande moeder van 45 met reuma, doktersassistent")
    assert cleaned.text == "doktersassistent" and cleaned.dropped == ("family", "health")
    assert drop_sensitive("doktersassistent, ik ben zwanger").text == "doktersassistent"
    assert drop_sensitive("Ik heb reuma, dus geen zwaar tillen; zoek werk als planner").text == "zoek werk als planner"
    assert drop_sensitive("Voor mijn buurman (Turks, 45 jaar): chauffeur C/E").text == "chauffeur C/E"


def test_several_statements_in_one_text_each_go_and_are_named() -> None:
    cleaned = drop_sensitive("42 jaar, getrouwd, 2 kinderen, moslim. Zoek werk als vrachtwagenchauffeur in Eindhoven.")
    assert cleaned.text == "Zoek werk als vrachtwagenchauffeur in Eindhoven."
    assert cleaned.dropped == ("age", "family", "religion")


@pytest.mark.parametrize("interest", LOOKALIKES)
def test_an_interest_that_looks_like_a_statement_is_kept_verbatim(interest: str) -> None:
    assert drop_sensitive(interest).text == interest
    assert drop_sensitive(interest).dropped == ()


def test_a_description_of_the_person_goes_and_the_occupation_stays() -> None:
    assert drop_sensitive("muslim nurse seeking night shifts").text == "nurse seeking night shifts"
    assert drop_sensitive("zwangere verpleegkundige zoekt werk").text == "verpleegkundige zoekt werk"


def test_typos_are_mended_only_to_lexicon_words_one_edit_away() -> None:
    assert within_one("pregnat", "pregnant") and within_one("vakbont", "vakbond")
    assert within_one("relased", "released") and within_one("abdc", "abcd")
    assert not within_one("homosexueel", "homoseksueel") and not within_one("window", "widower")


def test_development_set_figures_do_not_fall_back() -> None:
    """The development set, scored the README's way; the figures are printed by statements_dev.py."""
    figures = dev_figures()
    for label in ("removed whole: all", "kept: all", "look-alikes kept: all"):
        assert figures[label].value is not None and figures[label].value >= 0.95, (label, figures[label])
    for category in ("age", "family", "pregnancy", "health", "sexuality", "gender_identity", "origin",
                     "religion", "political", "union", "criminal_record"):
        assert figures[f"removed whole: {category}"].value >= 0.9, category


# (interest with a statement, the same interest without it): the ranking must be the same
COUNTERFACTUALS = [
    ("ik heb jonge kinderen en zoek werk als verpleegkundige", "zoek werk als verpleegkundige"),
    ("Ik ben moslima en zoek werk in de logistiek", "zoek werk in de logistiek"),
    ("ik ben een alleenstaande moeder van 45 met reuma, doktersassistent", "doktersassistent"),
    ("kok, ik ben zwanger", "kok"),
    ("I'm on the autism spectrum and want to work in software testing", "want to work in software testing"),
    ("geboren in 1970, ervaren vrachtwagenchauffeur", "ervaren vrachtwagenchauffeur"),
    ("ik heb een strafblad maar zoek werk in de bouw", "zoek werk in de bouw"),
    ("HIV positive, looking for a nursing job", "looking for a nursing job"),
]


@pytest.mark.parametrize(("with_statement", "without"), COUNTERFACTUALS)
def test_ranking_is_the_same_with_and_without_a_statement(client, with_statement: str, without: str) -> None:
    def ranking(interests: str) -> list:
        response = client.post("/v1/match", json={"preferences": {"interests": interests}, "limit": 10})
        assert response.status_code == 200, response.json
        return [(m["vacancy_id"], m["score"]) for m in response.json["matches"]]

    assert ranking(without), without  # only interests that match something prove anything
    assert ranking(with_statement) == ranking(without)


STORED = [  # (interests, statement words that must never come back, kinds named)
    ("Ik ben moslima, ik heb jonge kinderen en zoek werk als verpleegkundige",
     {"moslima", "kinderen", "jonge"}, ["family", "religion"]),
    ("verpleegkundige; ik heb een strafblad (diefstal, 2018) maar ben veranderd",
     {"strafblad", "diefstal", "2018", "veranderd"}, ["criminal_record"]),
]


@pytest.fixture
def catalogue_app(fresh_app: Flask, demo_payload: dict) -> Flask:
    fresh_app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    return fresh_app


@pytest.mark.parametrize(("interests", "statement", "kinds"), STORED)
def test_export_and_store_never_hold_the_statement(catalogue_app: Flask, fresh_db, interests: str,
                                                    statement: set[str], kinds: list[str]) -> None:
    client, (_, connection) = catalogue_app.test_client(), fresh_db
    created = client.post("/v1/preferences", json={"preferences": {"interests": interests}, "consent": CONSENT})
    assert created.status_code == 201, created.json
    assert created.json["dropped_statements"] == kinds
    exported = client.get(f"/v1/preferences/{created.json['token']}")
    assert exported.status_code == 200
    assert not statement & words(json.dumps(exported.json)), exported.json
    assert "verpleegkundige" in exported.json["preferences"]["interests"]
    (record,) = [v for k, v in dump_store(connection).items() if k.startswith("{ps}:pref:")]
    assert not statement & words(repr(record))


def link_facts(url: str) -> str:
    """The payload a signed link carries, decoded (itsdangerous: base64, perhaps zlib)."""
    token = url.rsplit("/", 1)[-1]
    payload = token.split(".")[1] if token.startswith(".") else token.split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    return (zlib.decompress(raw) if token.startswith(".") else raw).decode()


@pytest.mark.parametrize(("interests", "statement", "kinds"), STORED)
def test_render_explanation_and_links_never_echo_the_statement(client, interests: str, statement: set[str],
                                                               kinds: list[str]) -> None:
    response = client.post("/v1/render", json={"preferences": {"interests": interests, "language": "nl"}})
    assert response.status_code == 200, response.json
    ad = response.json["ads"][0]
    not_used = {s["signal"]: s.get("reason") for s in ad["explanation"]["signals_not_used"]}
    assert not_used["preferences.interests"] == "personal_statement_ignored"
    assert not statement & words(json.dumps(response.json))
    for url in (ad["click_url"], ad["explanation"]["url"]):
        assert not statement & words(link_facts(url)), url
    page = client.get(ad["explanation"]["url"]).get_data(as_text=True)
    assert not statement & words(page)
