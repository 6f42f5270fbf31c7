"""Matching by meaning over the demo catalogue (ids are the demo postings, read by hand)."""

from __future__ import annotations

import pytest

HEALTHCARE = {"demo-001", "demo-004", "demo-005", "demo-009", "demo-011", "demo-017", "demo-045"}
NURSES = {"demo-001", "demo-004", "demo-005", "demo-017"}


def ranked(client, **body) -> list[str]:
    response = client.post("/v1/match", json=body)
    assert response.status_code == 200, response.json
    return [m["vacancy_id"] for m in response.json["matches"]]


@pytest.mark.parametrize(("interests", "expected_first"), [
    ("district nurse", "demo-005"),                 # English interest, Dutch wijkverpleegkundige
    ("bedrijfsjurist", "demo-049"),                 # Dutch interest, English Legal Counsel
    ("vrachtwagenchauffeur", "demo-019"),
    ("truck driver", "demo-019"),
    ("secondary school teacher maths", "demo-018"),
    ("wiskundedocent", "demo-018"),
])
def test_across_languages(client, interests: str, expected_first: str) -> None:
    assert ranked(client, preferences={"interests": interests})[0] == expected_first


def test_broad_interest_finds_narrower_occupations(client) -> None:
    top = ranked(client, preferences={"interests": "iets in de zorg"})
    assert set(top) <= HEALTHCARE and len(top) == 5


def test_skills_find_the_occupations_that_use_them(client) -> None:
    top = ranked(client, preferences={"interests": "Python en SQL"}, limit=3)
    assert set(top) <= {"demo-006", "demo-010", "demo-014"}


def test_java_the_language_is_not_java_the_coffee(client) -> None:
    assert ranked(client, preferences={"interests": "Java developer"})[0] == "demo-002"
    coffee = ranked(client, preferences={"interests": "ik hou van koffie, Java en Sumatra bonen"})
    assert "demo-002" not in coffee


def test_vet_nurse_and_nurse_stay_apart(client) -> None:
    vet = ranked(client, preferences={"interests": "dierenverpleegkundige"}, limit=3)
    assert vet[0] == "demo-007" and not NURSES & set(vet)
    nurse = ranked(client, preferences={"interests": "verpleegkundige"}, limit=5)
    assert "demo-007" not in nurse and set(nurse[:4]) == NURSES


@pytest.mark.parametrize(("location", "hours", "first"), [
    ("Zwolle", None, "demo-017"),
    ("Utrecht", None, "demo-001"),
    ("Deventer", "parttime", "demo-005"),
    ("Amsterdam", None, "demo-004"),
])
def test_location_and_hours_rerank(client, location: str, hours: str | None, first: str) -> None:
    prefs = {"interests": "verpleegkundige", "location": location}
    if hours:
        prefs["hours"] = hours
    assert ranked(client, preferences=prefs)[0] == first


@pytest.mark.parametrize(("hours", "first"), [("parttime", "demo-036"), ("fulltime", "demo-012")])
def test_hours_rerank_between_two_cooks(client, hours: str, first: str) -> None:
    assert ranked(client, preferences={"interests": "kok", "hours": hours})[0] == first


def test_expired_vacancy_is_never_matched(client) -> None:
    found = ranked(client, preferences={"interests": "verpleegkundige cardiologie", "location": "Amersfoort"},
                   limit=20)
    assert "demo-041" not in found and "demo-046" not in ranked(client, preferences={"interests": "warehouse"},
                                                                 limit=20)


def test_context_only_page_topic(client) -> None:
    body = {"context": {"title": "Stoofvlees zoals oma het maakte", "keywords": ["recept", "koken"],
                        "text": "Een recept voor de keuken: koken met bier, uien en laurier.", "language": "nl"}}
    assert ranked(client, **body)[0] in {"demo-012", "demo-036"}


def test_deterministic_and_explained(client) -> None:
    body = {"preferences": {"interests": "iets in de techniek", "location": "Utrecht"}, "limit": 10}
    first = client.post("/v1/match", json=body).json
    assert all(client.post("/v1/match", json=body).json == first for _ in range(3))
    for match in first["matches"]:
        assert 0.0 < match["score"] <= 1.0
        assert match["reasons"], match
        for reason in match["reasons"]:
            assert reason["signal"] in ("preferences", "context")
            assert set(reason) >= {"input", "matched", "concept", "weight"}
    scores = [m["score"] for m in first["matches"]]
    assert scores == sorted(scores, reverse=True)


def test_reasons_name_the_input_and_the_vacancy_term(client) -> None:
    match = client.post("/v1/match", json={"preferences": {"interests": "district nurse"}}).json["matches"][0]
    reason = match["reasons"][0]
    assert reason["input"].lower() == "district nurse"
    assert reason["matched"].lower() == "wijkverpleegkundige"
    assert reason["concept"] == "occ.district_nurse"


def test_nothing_relevant_gives_an_empty_list(client) -> None:
    assert client.post("/v1/match", json={"preferences": {"interests": "xyzzy plugh"}}).json == {"matches": []}


def test_limit_is_honoured(client) -> None:
    assert len(ranked(client, preferences={"interests": "iets in de zorg"}, limit=2)) == 2
