"""Hours a week in numbers: read from a vacancy, and deciding over FULL_TIME/PART_TIME where both
sides give them ("zo'n 32 uur" fits a FULL_TIME warehouse job of 32-40 hours)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from engine.domain.weekly_hours import weekly_hours


@pytest.mark.parametrize(("work_hours", "title", "description", "expected"), [
    (None, "Magazijnmedewerker (32-40 uur)", "", (32, 40)),
    ("24 tot 32 uur per week", "Boekhouder", "", (24, 32)),
    ("32 of 40 uur per week", "Servicedesk", "", (32, 40)),
    ("24 or 38 hours per week", "Receptionist", "", (24, 38)),
    (None, "Developer", "<p>You work 36 hours a week in Arnhem.</p>", (36, 36)),
    (None, "Kok", "<p>Parttime: 24-28 uur per week.</p>", (24, 28)),
    (None, "Kok", "<p>Voor 32 – 36 uur per week zoeken wij een kok.</p>", (32, 36)),
    # not a working week: a deadline, a day, a shift, a course, clock times
    (None, "Monteur", "<p>Reactie binnen 24 uur. Wij bieden 40 uur opleiding.</p>", None),
    (None, "Beveiliger", "<p>Je werkt 12 uur per dienst.</p>", None),
    (None, "Zorg", "<p>Wij bieden 24 uur per dag zorg.</p>", None),
    ("09:00-17:00 uur", "Receptie", "", None),
    (None, "Leerkracht (0,6 fte)", "<p>3 dagen per week</p>", None),
])
def test_weekly_hours(work_hours: str | None, title: str, description: str,
                      expected: tuple[int, int] | None) -> None:
    assert weekly_hours(work_hours, title, description) == expected


def _ids(client: FlaskClient, interests: str) -> list[str]:
    response = client.post("/v1/render", json={"preferences": {"interests": interests}, "count": 5})
    assert response.status_code == 200, response.json
    return [ad["vacancy_id"] for ad in response.json["ads"]]


def test_a_number_of_hours_fits_a_full_time_job_that_offers_it(client: FlaskClient) -> None:
    """demo-008 is FULL_TIME at 32-40 hours in Venlo: "zo'n 32 uur" is part-time, yet it fits."""
    assert "demo-008" in _ids(client, "magazijnmedewerker in Venlo, zo'n 32 uur")


def test_a_number_of_hours_excludes_jobs_that_do_not_offer_it(client: FlaskClient) -> None:
    """16 to 20 hours: a nurse post of 24 hours (demo-017), 24-28 (demo-041) or 36 (demo-001)
    does not fit; the word "parttime" alone lets demo-017 through."""
    ids = _ids(client, "verpleegkundige, 16 tot 20 uur")
    assert not {"demo-041", "demo-001", "demo-017", "demo-005"} & set(ids)
    assert "demo-017" in _ids(client, "verpleegkundige parttime")


def test_a_bare_kind_of_hours_goes_by_the_kind_the_vacancy_declares(client: FlaskClient) -> None:
    """demo-038 (Nijmegen) is FULL_TIME at 32-40 hours: a bare "parttime" does not take it, 32
    hours do."""
    assert "demo-038" not in _ids(client, "grafisch ontwerper in Nijmegen, parttime")
    assert "demo-038" in _ids(client, "grafisch ontwerper in Nijmegen, 32 uur")
