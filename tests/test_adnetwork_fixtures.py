"""Bid requests as many exchanges write them get an answer, never an error: the Prebid Server test
fixtures in ../shared/external/openrtb-more (read where they lie, never copied; skipped when the
directory is absent) and the exchange-shaped requests in tests/data/openrtb/. Every request, as it
is and on a page about care work (so the bidding itself is exercised), gets 200 or 204; every
bid keeps to the request (its imp, floor, size, blocked advertisers) and to the OpenAPI document."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from engine.domain.openrtb import CURRENCY
from engine.web.runtime import TEST_PUBLIC_URL
from tests.conftest import ROOT
from tests.test_openapi_contract import DOCUMENT, errors_of

PREBID = ROOT.parent / "shared" / "external" / "openrtb-more" / "prebid-server"
OURS = ROOT / "tests" / "data" / "openrtb"
BID_SCHEMA = DOCUMENT["paths"]["/openrtb2/bid"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
CARE = {"page": "https://zorgnieuws.example/werken/verpleegkundigen",
        "content": {"title": "Tekort aan verpleegkundigen in de ziekenhuizen", "language": "nl",
                    "keywords": "zorg,verpleegkundige,ziekenhuis"}}
EXPECTED = {"video_only": 204, "careers_blocked": 204, "banner_multi_format": 200, "native_1_2": 200,
            "multi_imp_with_blocks": 200}


def prebid_requests() -> Iterator[tuple[str, Any]]:
    """Every bid request in the fixtures: the request into Prebid Server, the requests it sends
    on to bidders, and the ones it validated."""
    for path in sorted(PREBID.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "mockBidRequest" not in data:
            continue
        name = f"{path.parent.name}/{path.stem}"
        yield name, data["mockBidRequest"]
        for n, http_call in enumerate(data.get("httpCalls", [])):
            yield f"{name}:bidder-request-{n}", http_call["expectedRequest"]["body"]
        if "expectedValidatedBidRequest" in data:
            yield f"{name}:validated", data["expectedValidatedBidRequest"]
        for bidder, body in (data.get("expectedMockBidderRequests") or {}).items():
            yield f"{name}:{bidder}", body


def on_a_care_page(request: dict) -> dict:
    """The same request on a page about care work, where the publisher's site or app is."""
    changed = copy.deepcopy(request)
    where = "app" if isinstance(changed.get("app"), dict) else "site"
    changed[where] = {**(changed.get(where) or {}), **CARE}
    return changed


def check(client: FlaskClient, request: Any) -> dict | None:
    """Answered with 200 or 204; a bid keeps to the request and to the document."""
    response = client.post("/openrtb2/bid", json=request)
    assert response.status_code in (200, 204), response.get_data(as_text=True)[:300]
    if response.status_code == 204:
        return None
    answer = response.json
    assert errors_of(BID_SCHEMA, answer) == [] and answer["id"] == request["id"][:200]
    imps = {imp["id"]: imp for imp in request["imp"] if isinstance(imp, dict) and isinstance(imp.get("id"), str)}
    blocked = [d.lower() for d in request.get("badv") or []]
    for seat in answer["seatbid"]:
        for bid in seat["bid"]:
            imp = imps[bid["impid"]]
            assert bid["price"] >= (imp.get("bidfloor") or 0) and answer["cur"] == CURRENCY
            assert not any(d == b or d.endswith("." + b) for d in bid["adomain"] for b in blocked)
            assert all(bid[url].startswith(TEST_PUBLIC_URL + "/openrtb2/") for url in ("nurl", "burl", "lurl"))
            assert "${AUCTION_PRICE}" in bid["burl"] and "${AUCTION_LOSS}" in bid["lurl"]
            if "w" in bid:
                banner = imp["banner"]
                sizes = {(banner.get("w"), banner.get("h"))} | {(f.get("w"), f.get("h")) for f in
                                                                banner.get("format") or [] if isinstance(f, dict)}
                assert (bid["w"], bid["h"]) in sizes
    return answer


@pytest.mark.skipif(not PREBID.is_dir(), reason=f"the Prebid Server fixtures are not at {PREBID}")
def test_every_prebid_server_fixture_request_is_answered(client: FlaskClient) -> None:
    requests = list(prebid_requests())
    assert len(requests) >= 60  # 30 adapters' requests in and out, 8 whole auctions and their conversions
    answered = [(name, check(client, request)) for name, request in requests]
    assert len(answered) == len(requests)


@pytest.mark.skipif(not PREBID.is_dir(), reason=f"the Prebid Server fixtures are not at {PREBID}")
def test_every_prebid_server_fixture_request_on_a_care_page_is_answered(client: FlaskClient) -> None:
    bids = [name for name, request in prebid_requests() if check(client, on_a_care_page(request))]
    assert len(bids) >= 10, bids  # banners and natives without images or foreign floors get a bid


@pytest.mark.parametrize("path", sorted(OURS.glob("*.json")), ids=lambda p: p.stem)
def test_exchange_shaped_requests_are_answered(client: FlaskClient, path: Path) -> None:
    request = json.loads(path.read_text(encoding="utf-8"))
    answer = check(client, request)
    assert (204 if answer is None else 200) == EXPECTED.get(path.stem, 204 if answer is None else 200)
    assert check(client, on_a_care_page(request)) is not None or path.stem in ("video_only", "careers_blocked")
