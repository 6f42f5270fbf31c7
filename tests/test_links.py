"""Signed links: a click goes only to the vacancy's own URL; tampering and expiry are refused."""

from __future__ import annotations

import time

import pytest

from engine.domain.links import DAY, LinkRefused, LinkSigner


def test_round_trip_and_determinism() -> None:
    signer = LinkSigner("secret", 30 * DAY)
    url = signer.click_url("demo-001")
    assert url == signer.click_url("demo-001")
    assert signer.read_click(url.removeprefix("/c/")) == {"v": "demo-001"}
    facts = {"v": "demo-001", "l": "nl", "r": [["preferences", "zorg", "ziekenhuis", "sector.healthcare", 1.0]]}
    assert signer.read_why(signer.why_url(facts).removeprefix("/why/")) == facts


@pytest.mark.parametrize("mangle", [
    lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"),
    lambda t: "x" + t[1:],
    lambda t: t.split(".")[0],
    lambda t: "",
    lambda t: "a" * 5000,
])
def test_tampered_tokens_are_refused(mangle) -> None:
    signer = LinkSigner("secret", 30 * DAY)
    token = signer.click_url("demo-001").removeprefix("/c/")
    with pytest.raises(LinkRefused):
        signer.read_click(mangle(token))


def test_other_key_or_other_kind_is_refused() -> None:
    token = LinkSigner("secret", DAY).click_url("demo-001").removeprefix("/c/")
    with pytest.raises(LinkRefused):
        LinkSigner("another", DAY).read_click(token)
    with pytest.raises(LinkRefused):
        LinkSigner("secret", DAY).read_why(token)  # a click token is not a why token


def test_expired_link_is_refused(monkeypatch) -> None:
    signer = LinkSigner("secret", DAY)
    token = signer.click_url("demo-001").removeprefix("/c/")
    later = time.time() + 3 * DAY
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(LinkRefused) as error:
        signer.read_click(token)
    assert error.value.code == "link_expired"


def test_click_redirects_only_to_the_vacancy_url(client, demo_payload) -> None:
    ad = client.post("/v1/render", json={"preferences": {"interests": "verpleegkundige"}}).json["ads"][0]
    response = client.get(ad["click_url"])
    assert response.status_code == 302
    urls = {p["identifier"]["value"]: p["url"] for p in demo_payload["@graph"]}
    assert response.headers["Location"] == urls[ad["vacancy_id"]]
    assert response.headers["Cache-Control"] == "no-store"


def test_forged_click_is_a_404_json_error(client) -> None:
    response = client.get("/c/eyJ2IjoiZGVtby0wMDEifQ.forged")
    assert response.status_code == 404
    assert response.json["error"]["code"] == "link_invalid"


def test_why_page_shows_the_explanation_in_the_ad_language(client) -> None:
    ad = client.post("/v1/render", json={"preferences": {"interests": "verpleegkundige", "language": "nl"}}
                     ).json["ads"][0]
    page = client.get(ad["explanation"]["url"])
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "Waarom zie je deze advertentie?" in html
    assert "cookies" in html and "<script" not in html
    summary = ad["explanation"]["summary"].replace("'", "&#39;")
    assert summary in html
    assert 'href="/preferences?lang=nl"' in html and 'href="/transparency?lang=nl"' in html
    for reason in ad["explanation"]["reasons"][:4]:  # the signed link carries the first four
        if reason["kind"] == "concept":
            assert reason["input"] in html and (reason["matched"] or "") in html
