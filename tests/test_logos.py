"""Organisations' logos: fetched once at import by the engine's worker from a real local HTTP
server, checked to be an image (Pillow), shrunk, kept in Redis and served by the engine; the ad
names only the engine's URL, so a reader's browser never calls the organisation's server."""

from __future__ import annotations

import io
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
import redis
from PIL import Image

from engine.domain.logos import LOGO_PIXELS, LogoRefused, checked_logo, logo_digest, logo_sources
from engine.jobs.logos import fetch_logo
from engine.store.keys import Keys
from engine.store.logos import LogoStore
from engine.store.pages import QUEUE, text_pool
from tests.conftest import ADMIN, http_site, make_app


def png(width: int, height: int, colour: tuple[int, int, int, int] = (200, 16, 46, 255)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


LOGO = png(400, 200)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
ROUTES = {
    "/logo.png": ("image/png", LOGO),
    "/not-an-image.png": ("image/png", b"<!doctype html><title>gotcha</title>"),
    "/logo.svg": ("image/svg+xml", SVG),
    "/page": ("text/html", b"<p>hello</p>"),
    "/huge.png": ("image/png", b"\x89PNG" + b"0" * 2_100_000),
}
HITS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def do_GET(self) -> None:  # noqa: N802
        HITS.append(self.path)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/logo.png")
            self.end_headers()
            return
        kind, body = ROUTES.get(self.path, ("text/plain", b"nope"))
        self.send_response(200 if self.path in ROUTES else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with http_site(Handler) as url:
        yield url


def posting(site: str, logo: object, identifier: str = "logo-1") -> dict:
    return {"@type": "JobPosting", "identifier": identifier, "title": "Wijkverpleegkundige", "inLanguage": "nl",
            "description": "Wij zoeken een wijkverpleegkundige voor de thuiszorg in Utrecht.",
            "datePosted": "2026-11-01", "validThrough": "2099-12-31", "url": f"{site}/vacatures/1",
            "hiringOrganization": {"name": "Zorg Thuis", "logo": logo},
            "jobLocation": {"address": {"addressLocality": "Utrecht"}}}


def test_a_logo_is_checked_and_shrunk_and_anything_else_refused() -> None:
    kept = Image.open(io.BytesIO(checked_logo(LOGO)))
    assert kept.format == "PNG" and kept.size == (LOGO_PIXELS, LOGO_PIXELS // 2) and kept.mode == "RGBA"
    assert Image.open(io.BytesIO(checked_logo(png(40, 40)))).size == (40, 40)  # never enlarged
    for bad in (SVG, b"<!doctype html>", LOGO[: len(LOGO) // 2], b"", b"GIF89a" + b"\0" * 20):
        with pytest.raises(LogoRefused):
            checked_logo(bad)
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, format="PNG")  # small file, 400 million pixels
    with pytest.raises(LogoRefused):
        checked_logo(bomb.getvalue())


def test_logo_sources_read_a_url_or_an_image_object() -> None:
    graph = {"@graph": [posting("https://a.example", "https://a.example/l.png"),
                        {**posting("https://b.example", {"@type": "ImageObject", "url": "https://b.example/l.png"}),
                         "hiringOrganization": {"name": "B", "logo": {"url": "https://b.example/l.png"}}},
                        {**posting("x", None), "hiringOrganization": {"name": "C", "logo": "javascript:alert(1)"}}]}
    assert logo_sources(graph) == {"Zorg Thuis": "https://a.example/l.png", "B": "https://b.example/l.png"}
    assert logo_digest("Zorg  THUIS") == logo_digest("zorg thuis")


def test_a_logo_is_fetched_once_at_import_and_served_by_the_engine(redis_server, fresh_db, tmp_path,
                                                                   site: str) -> None:
    from rq import Queue, SimpleWorker

    app = make_app(redis_server, fresh_db[0], tmp_path, crawl_allow_private=True)
    client = app.test_client()
    assert client.post("/v1/vacancies", json=posting(site, f"{site}/moved"), headers=ADMIN).status_code in (200, 201)
    connection = redis.Redis(connection_pool=text_pool(fresh_db[1].connection_pool, decode=False))
    queue = Queue(QUEUE, connection=connection)
    assert queue.count == 1
    client.post("/v1/vacancies", json=posting(site, f"{site}/moved", "logo-2"), headers=ADMIN)
    assert queue.count == 1  # the same address is fetched once
    HITS.clear()
    SimpleWorker([queue], connection=connection).work(burst=True)
    assert HITS == ["/moved", "/logo.png"]

    digest = logo_digest("Zorg Thuis")
    served = client.get(f"/logos/{digest}.png")
    assert served.status_code == 200 and served.mimetype == "image/png"
    assert Image.open(io.BytesIO(served.data)).size == (LOGO_PIXELS, LOGO_PIXELS // 2)
    assert served.headers["Cache-Control"] == "public, max-age=86400" and "Set-Cookie" not in served.headers
    ad = client.post("/v1/render", json={"format": "html", "context": {
        "title": "Werken in de thuiszorg", "text": "Vacatures voor wijkverpleegkundigen"}}).json["ads"][0]
    assert f'<img class="logo" src="http://localhost/logos/{digest}.png"' in ad["html"]
    assert site.removeprefix("http://") not in ad["html"].replace(f"{site}/vacatures", "")  # only the engine's URL

    client.put("/v1/slots/zorg", headers=ADMIN, json={"allowed_domains": ["zorg.example"], "keywords": ["thuiszorg"]})
    framed = client.get("/embed/zorg?title=Werken+in+de+thuiszorg&desc=Vacatures+voor+wijkverpleegkundigen")
    assert f"/logos/{digest}.png" in framed.get_data(as_text=True)
    assert "img-src http://localhost;" in framed.headers["Content-Security-Policy"]  # the engine, nothing else

    client.post("/v1/vacancies", json=posting(site, f"{site}/moved", "logo-3"), headers=ADMIN)
    assert queue.count == 0  # kept already: an import of the same address fetches nothing
    assert client.get("/logos/0123456789abcdef01234567.png").status_code == 404
    assert client.get("/logos/..%2Fsecret.png").status_code == 404


@pytest.mark.parametrize("path", ["/not-an-image.png", "/logo.svg", "/page", "/huge.png", "/missing.png"])
def test_what_is_not_a_logo_is_not_kept(fresh_db, site: str, path: str) -> None:
    store = LogoStore(fresh_db[1])
    assert fetch_logo(store, logo_digest("Zorg Thuis"), f"{site}{path}", allow_private=True) is False
    assert fresh_db[1].smembers(Keys.logos) == set()


def test_a_logo_on_a_private_address_is_refused_before_any_connection(fresh_db, site: str) -> None:
    HITS.clear()
    assert fetch_logo(LogoStore(fresh_db[1]), logo_digest("Zorg Thuis"), f"{site}/logo.png") is False
    assert HITS == [] and fresh_db[1].smembers(Keys.logos) == set()
