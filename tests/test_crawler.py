"""The context crawler: what it refuses (SSRF), its limits, what it reads, and the queue end to end."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
import redis

from engine.domain.pages import CrawlPolicy, FetchRefused, read_page
from engine.jobs.crawler import fetch
from engine.store.keys import Keys
from engine.store.pages import QUEUE, text_pool
from tests.conftest import http_site

PAGE = """<!doctype html><html lang="nl"><head><title>Personeelstekort in de zorg</title>
<meta name="description" content="Ziekenhuizen zoeken verpleegkundigen.">
<meta name="keywords" content="zorg, ziekenhuis"><script>track()</script></head>
<body><nav>menu</nav><main><p>De wijkverpleging en de ouderenzorg hebben mensen nodig.</p></main></body></html>"""


# The slow page answers when the test lets it (at the latest after 2 s), and says when it has.
SLOW_RELEASED, SLOW_ANSWERED = threading.Event(), threading.Event()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def do_GET(self) -> None:  # noqa: N802
        routes = {
            "/zorg": (200, "text/html; charset=utf-8", PAGE.encode()),
            "/json": (200, "application/json", b"{}"),
            "/huge": (200, "text/html", b"<p>" + b"x" * 2_000_000),
        }
        if self.path.startswith("/hop/"):
            n = int(self.path.split("/")[2])
            self.send_response(302)
            self.send_header("Location", f"/hop/{n + 1}" if n < 10 else "/zorg")
            self.end_headers()
            return
        if self.path == "/away":
            self.send_response(301)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/slow":
            SLOW_RELEASED.wait(2)
        status, kind, body = routes.get(self.path, (404, "text/html", b"nope"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            if self.path == "/slow":
                SLOW_ANSWERED.set()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with http_site(Handler) as url:
        yield url


LOCAL = CrawlPolicy(frozenset({"127.0.0.1"}), allow_private=True, max_bytes=1_000_000, timeout=1.0)


@pytest.mark.parametrize(("url", "reason"), [
    ("ftp://werkenbij.example.nl/", "http"),
    ("https://user:pw@werkenbij.example.nl/", "credentials"),
    ("https://evil.example/", "not an allowed"),
    ("http://127.0.0.1/", "non-public"),
    ("http://localhost/", "non-public"),
    ("http://169.254.169.254/latest/meta-data/", "non-public"),
    ("http://10.0.0.7/", "non-public"),
    ("http://[::1]/", "non-public"),
])
def test_refused_before_any_connection(url: str, reason: str) -> None:
    policy = CrawlPolicy(frozenset({"werkenbij.example.nl", "127.0.0.1", "localhost", "169.254.169.254",
                                    "10.0.0.7", "::1"}))
    with pytest.raises(FetchRefused) as error:
        policy.check(url)
    assert reason in str(error.value)


def test_subdomains_of_allowed_domains_only() -> None:
    policy = CrawlPolicy(frozenset({"example.nl"}))
    assert policy.domain_allowed("werkenbij.example.nl") and policy.domain_allowed("example.nl")
    assert not policy.domain_allowed("badexample.nl") and not policy.domain_allowed("example.nl.evil.com")


def test_fetches_html_within_the_limits(site: str) -> None:
    assert "Personeelstekort" in fetch(f"{site}/zorg", LOCAL)
    assert "Personeelstekort" in fetch(f"{site}/hop/8", LOCAL)  # 3 redirects: allowed


@pytest.mark.parametrize(("path", "reason"), [("/json", "not an HTML"), ("/huge", "too large"),
                                              ("/hop/0", "too many redirects"), ("/missing", "status 404"),
                                              ("/away", "non-public")])
def test_refuses_what_breaks_a_limit(site: str, path: str, reason: str) -> None:
    policy = CrawlPolicy(frozenset({"127.0.0.1", "169.254.169.254"}), allow_private=True, max_bytes=1_000_000)
    with pytest.raises(FetchRefused) as error:
        fetch(f"{site}{path}", policy)
    assert reason in str(error.value)
    if path == "/away":  # the redirect target was checked, and refused, before it was contacted
        assert "169.254.169.254" in str(error.value) or "non-public" in str(error.value)


def test_slow_page_times_out(site: str) -> None:
    import requests

    with pytest.raises(requests.Timeout):
        fetch(f"{site}/slow", CrawlPolicy(frozenset({"127.0.0.1"}), allow_private=True, timeout=0.5))
    SLOW_RELEASED.set()
    assert SLOW_ANSWERED.wait(5)  # let the server finish the abandoned request


def test_reads_what_the_page_says_about_itself() -> None:
    page = read_page(PAGE)
    assert page["title"] == "Personeelstekort in de zorg" and page["language"] == "nl"
    assert page["keywords"] == ["zorg", "ziekenhuis"]
    assert "wijkverpleging" in page["text"] and "Ziekenhuizen zoeken" in page["text"]
    assert "track()" not in page["text"] and "menu" not in page["text"]


def test_url_only_context_is_read_in_the_background(redis_server, fresh_db, tmp_path, demo_payload, site) -> None:
    from rq import Queue, SimpleWorker

    from tests.conftest import ADMIN, make_app

    app = make_app(redis_server, fresh_db[0], tmp_path, crawl_domains="127.0.0.1", crawl_allow_private=True)
    client = app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    body = {"context": {"url": f"{site}/zorg"}, "count": 3}
    first = client.post("/v1/render", json=body).json["ads"]
    assert all("page_not_read_yet" in [s.get("reason") for s in ad["explanation"]["signals_not_used"]]
               for ad in first)
    connection = redis.Redis(connection_pool=text_pool(fresh_db[1].connection_pool, decode=False))
    queue = Queue(QUEUE, connection=connection)
    assert queue.count == 1
    client.post("/v1/render", json=body)
    assert queue.count == 1  # one job per page, however often it is asked for
    SimpleWorker([queue], connection=connection).work(burst=True)
    assert fresh_db[1].ttl(Keys.page(f"{site}/zorg")) > 3600
    ads = client.post("/v1/render", json=body).json["ads"]
    healthcare = {"demo-001", "demo-004", "demo-005", "demo-009", "demo-011", "demo-017", "demo-045"}
    assert ads and {ad["vacancy_id"] for ad in ads} <= healthcare
    assert all(r["signal"] == "context" for r in ads[0]["explanation"]["reasons"])


def test_pages_outside_the_allow_list_are_never_queued(fresh_app, fresh_db) -> None:
    fresh_app.test_client().post("/v1/render", json={"context": {"url": "https://elsewhere.example/zorg"}})
    connection = redis.Redis(connection_pool=text_pool(fresh_db[1].connection_pool, decode=False))
    from rq import Queue

    assert Queue(QUEUE, connection=connection).count == 0


def test_url_only_renders_never_scan_the_slots(redis_server, fresh_db, tmp_path, demo_payload) -> None:
    """The hosts slots allow are kept in the worker, caught up by one read of the slots'
    version: 20 renders carrying only a page URL with 50 slots cost no SCAN and no slot GET,
    and a slot saved afterwards is known at the next refresh."""
    from tests.conftest import ADMIN, make_app

    app = make_app(redis_server, fresh_db[0], tmp_path)  # refreshed every millisecond: the worst case
    client = app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    for n in range(50):
        assert client.put(f"/v1/slots/site-{n}", json={"allowed_domains": [f"werkenbij{n}.example"]},
                          headers=ADMIN).status_code in (200, 201)
    db = fresh_db[1]
    client.post("/v1/render", json={"context": {"url": "https://werkenbij0.example/zorg"}})  # reads the slots once

    def calls(command: str) -> int:
        return int(db.info("commandstats").get(f"cmdstat_{command}", {}).get("calls", 0))

    scans, gets = calls("scan"), calls("get") + calls("mget")
    for n in range(20):
        client.post("/v1/render", json={"context": {"url": f"https://werkenbij{n}.example/zorg"}})
    assert calls("scan") == scans
    # per render: the page's cache entry and the versions of the catalogue, oversight and slots (refreshed
    # every millisecond here), never the 50 slots themselves
    assert calls("get") + calls("mget") - gets <= 20 * 5
    late = client.put("/v1/slots/late", json={"allowed_domains": ["laat.example"]}, headers=ADMIN)
    assert late.status_code in (200, 201)
    from engine.web.runtime import get_runtime

    assert "laat.example" in get_runtime(app).slots.store.all_domains()
    assert "laat.example" in get_runtime(app).ads.plainsight.pages.allowed_domains()
