"""Context for pages we only know by URL: fetched and read by a background worker (RQ on our
Redis), cached per URL with a TTL. Until the analysis is there, ads are served without it.

Only pages on allow-listed site domains are fetched, never private, loopback, link-local or
otherwise reserved addresses (unless a test setting allows them), with limits on size, time
and redirects, and only HTML. The worker stores what the page says about itself — title,
description, keywords, language, text — never anything about who asked.

RQ needs a single Redis (its ``rq:`` keys carry no hash tag): on a Redis Cluster no page is
queued or read, and the explanation says so; callers send the page's text or keywords instead.

Each hop connects to the address the policy checked, never to what a second lookup of the name
would answer (DNS rebinding: a name that resolves to a public address for the check and to a
private one for the connection). The name still goes in the Host header, TLS's SNI and the
certificate check. No proxy from the environment is used: it would connect elsewhere.
"""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import urljoin

import redis
import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import SSL_KEYWORDS
from urllib3.util.connection import create_connection

from engine.domain.pages import CrawlPolicy, FetchRefused, read_page
from engine.store.keys import Keys
from engine.store.pages import PENDING_SECONDS, text_pool


class _Pinned:
    """A connection to one checked address, whatever the host it speaks HTTP and TLS to."""

    address: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any

    def _new_conn(self) -> socket.socket:
        return create_connection((self.address, self.port), self.timeout, source_address=self.source_address,
                                 socket_options=self.socket_options)


class PinnedHTTPConnection(_Pinned, HTTPConnection):
    def __init__(self, *args: Any, address: str, **kwargs: Any) -> None:
        self.address = address
        super().__init__(*args, **kwargs)


class PinnedHTTPSConnection(_Pinned, HTTPSConnection):
    def __init__(self, *args: Any, address: str, **kwargs: Any) -> None:
        self.address = address
        super().__init__(*args, **kwargs)


class PinnedAdapter(HTTPAdapter):
    """requests' adapter with connection pools that connect only to ``address``."""

    def __init__(self, address: str) -> None:
        super().__init__(max_retries=0)
        self.address = address
        self._pools: list[HTTPConnectionPool] = []

    def get_connection_with_tls_context(self, request: requests.PreparedRequest, verify: Any,
                                        proxies: Any = None, cert: Any = None) -> HTTPConnectionPool:
        host, kwargs = self.build_connection_pool_key_attributes(request, verify, cert)
        pool: HTTPConnectionPool
        if host["scheme"] == "https":
            pool = HTTPSConnectionPool(host["host"], host["port"], address=self.address, **kwargs)
            pool.ConnectionCls = PinnedHTTPSConnection
        else:
            plain = {k: v for k, v in kwargs.items() if k not in SSL_KEYWORDS}
            pool = HTTPConnectionPool(host["host"], host["port"], address=self.address, **plain)
            pool.ConnectionCls = PinnedHTTPConnection
        self._pools.append(pool)
        return pool

    def close(self) -> None:
        for pool in self._pools:
            pool.close()
        super().close()


def fetch(url: str, policy: CrawlPolicy, verify: bool | str = True) -> str:
    """The HTML of ``url``, following at most ``max_redirects`` redirects, each one checked and
    fetched from the address checked (``verify``: requests' CA bundle, or another for tests)."""
    for _ in range(policy.max_redirects + 1):
        address = policy.check(url)[0]
        with requests.Session() as session:
            session.trust_env = False  # no proxy, .netrc or CA bundle from the environment
            session.mount("http://", PinnedAdapter(address))
            session.mount("https://", PinnedAdapter(address))
            location, page = _get(url, policy, session, verify)
        if page is not None:
            return page
        url = urljoin(url, location)
    raise FetchRefused("too many redirects")


def _get(url: str, policy: CrawlPolicy, session: requests.Session, verify: bool | str) -> tuple[str, str | None]:
    """One hop: (where a redirect leads, None), or ("", the page)."""
    with session.get(url, timeout=policy.timeout, allow_redirects=False, stream=True, verify=verify,
                     headers={"User-Agent": "PlainsightContext/1.0 (+contextual ads, no tracking)",
                              "Accept": "text/html", "Connection": "close"}) as response:
        if response.is_redirect:
            return response.headers.get("Location", ""), None
        if response.status_code != 200:
            raise FetchRefused(f"status {response.status_code}")
        if response.headers.get("Content-Type", "").split(";")[0].strip().lower() != "text/html":
            raise FetchRefused("not an HTML page")
        declared = response.headers.get("Content-Length")
        if declared and declared.isascii() and declared.isdigit() and int(declared) > policy.max_bytes:
            raise FetchRefused("page too large")
        body = b""
        for chunk in response.iter_content(65536):
            body += chunk
            if len(body) > policy.max_bytes:
                raise FetchRefused("page too large")
        return "", body.decode(response.encoding or "utf-8", errors="replace")


def crawl(url: str, policy: CrawlPolicy, client: redis.Redis, ttl_seconds: int) -> dict | None:
    """The job: fetch, read, cache. A refused or failed page is remembered briefly as empty."""
    try:
        analysis = read_page(fetch(url, policy))
    except (FetchRefused, requests.RequestException):
        analysis = {}
    client.set(Keys.page(url), json.dumps(analysis, ensure_ascii=False),
               ex=ttl_seconds if analysis else PENDING_SECONDS)
    return analysis or None


def crawl_job(url: str, allowed: list[str], allow_private: bool, ttl_seconds: int) -> bool:
    """What the RQ worker runs; it reaches Redis through the job's own connection."""
    from rq import get_current_job

    job = get_current_job()
    if job is None:
        raise RuntimeError("crawl_job runs only as an RQ job")
    client = redis.Redis(connection_pool=text_pool(job.connection.connection_pool))
    return crawl(url, CrawlPolicy(frozenset(allowed), allow_private), client, ttl_seconds) is not None
