"""A vacancy's CPM or CPC bid and daily budget, set in the studio: the same rules as the API,
and the bidder sees it."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import ADMIN
from tests.studio_helpers import HTML, sign_in


@pytest.fixture
def studio(fresh_app: Flask, demo_payload: dict) -> tuple[FlaskClient, str]:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    return client, sign_in(client)


def test_a_marketeer_sets_a_bid_and_a_budget_and_goes_back_to_the_default(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    page = client.get("/studio/vacancies/demo-001/bidding", headers=HTML).get_data(as_text=True)
    assert 'id="bid-is-default"' in page and 'value="cpm" checked' in page
    saved = client.post("/studio/vacancies/demo-001/bidding", headers=HTML,
                        data={"csrf": csrf, "model": "cpc", "price": "0,45", "daily_budget": "25"})
    assert saved.status_code == 303
    bid = client.get("/v1/vacancies/demo-001/bid", headers=ADMIN).json
    assert (bid["model"], bid["price"], bid["daily_budget"], bid["default"]) == ("cpc", 0.45, 25.0, False)
    page = client.get(saved.location, headers=HTML).get_data(as_text=True)
    assert 'value="cpc" checked' in page and 'value="0.45"' in page and 'id="bid-today"' in page
    back = client.post("/studio/vacancies/demo-001/bidding", headers=HTML, data={"csrf": csrf, "action": "default"})
    assert back.status_code == 303
    assert client.get("/v1/vacancies/demo-001/bid", headers=ADMIN).json["default"] is True


@pytest.mark.parametrize(("form", "field"), [({"model": "cpx", "price": "1"}, "model"),
                                            ({"model": "cpm", "price": "-1"}, "price"),
                                            ({"model": "cpm", "price": "veel"}, "price"),
                                            ({"model": "cpm", "price": "2", "daily_budget": "0"}, "daily_budget")])
def test_a_refused_bid_stores_nothing_and_says_why(studio, form: dict, field: str) -> None:  # noqa: ANN001
    client, csrf = studio
    response = client.post("/studio/vacancies/demo-001/bidding", headers=HTML, data={"csrf": csrf, **form})
    assert response.status_code == 422
    assert 'id="bid-error"' in response.get_data(as_text=True) and field in response.get_data(as_text=True)
    assert client.get("/v1/vacancies/demo-001/bid", headers=ADMIN).json["default"] is True


def test_a_refused_bid_is_the_error_shape_for_an_api_client(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    response = client.post("/studio/vacancies/demo-001/bidding", data={"csrf": csrf, "model": "cpx", "price": "1"})
    assert response.status_code == 422 and response.is_json and response.json["error"]["field"] == "model"
    assert client.get("/v1/vacancies/demo-001/bid", headers=ADMIN).json["default"] is True


def test_an_unknown_vacancy_has_no_bid_page(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    assert client.get("/studio/vacancies/nope/bidding", headers=HTML).status_code == 404
    response = client.post("/studio/vacancies/nope/bidding", headers=HTML,
                           data={"csrf": csrf, "model": "cpm", "price": "2"})
    assert response.status_code == 404
