"""Context for pages we only know by URL: fetched and read by a background worker (RQ on our
Redis), cached per URL with a TTL. Until the analysis is there, ads are served without it.

Only pages on allow-listed site domains are fetched, never private, loopback, link-local or
otherwise reserved addresses (unless a test setting allows them), with limits on size, time
and redirects, and only HTML. The worker stores what the page says about itself — title,
description, keywords, language, text — never anything about who asked.

RQ needs a single Redis (its ``rq:`` keys carry no hash tag): on a Redis Cluster no page is
queued or read, and the explanation says so; callers send the page's text or keywords instead.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import redis
import requests
from bs4 import BeautifulSoup
from redis.cluster import RedisCluster

from engine.domain.jobposting import strip_html
from engine.store.client import PREFIX

QUEUE = "plainsight-crawl"
PENDING_SECONDS = 300
MAX_TEXT = 20_000


class FetchRefused(ValueError):
    """A URL or response the crawler will not touch; the message says why."""


@dataclass(frozen=True)
class CrawlPolicy:
    allowed_domains: frozenset[str]
    allow_private: bool = False
    max_bytes: int = 1_000_000
    timeout: float = 5.0
    max_redirects: int = 3

    def domain_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def check(self, url: str) -> None:
        """Refuse what we must not fetch, before any connection is made."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused("only http(s) URLs")
        if parts.username or parts.password:
            raise FetchRefused("no credentials in URLs")
        if not self.domain_allowed(parts.hostname):
            raise FetchRefused(f"{parts.hostname} is not an allowed site domain")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)}
        except OSError as exc:
            raise FetchRefused(f"{parts.hostname} does not resolve") from exc
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            # link-local (cloud metadata), multicast and reserved addresses: never, in any setting
            never = ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
            if never or (not ip.is_global and not (self.allow_private and (ip.is_loopback or ip.is_private))):
                raise FetchRefused(f"{parts.hostname} resolves to a non-public address")


def fetch(url: str, policy: CrawlPolicy) -> str:
    """The HTML of ``url``, following at most ``max_redirects`` redirects, each one checked."""
    with requests.Session() as session:
        return _fetch(url, policy, session)


def _fetch(url: str, policy: CrawlPolicy, session: requests.Session) -> str:
    for _ in range(policy.max_redirects + 1):
        policy.check(url)
        with session.get(url, timeout=policy.timeout, allow_redirects=False, stream=True,
                         headers={"User-Agent": "PlainsightContext/1.0 (+contextual ads, no tracking)",
                                  "Accept": "text/html", "Connection": "close"}) as response:
            if response.is_redirect:
                url = urljoin(url, response.headers.get("Location", ""))
                continue
            if response.status_code != 200:
                raise FetchRefused(f"status {response.status_code}")
            if response.headers.get("Content-Type", "").split(";")[0].strip().lower() != "text/html":
                raise FetchRefused("not an HTML page")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchRefused("page too large")
            body = b""
            for chunk in response.iter_content(65536):
                body += chunk
                if len(body) > policy.max_bytes:
                    raise FetchRefused("page too large")
            return body.decode(response.encoding or "utf-8", errors="replace")
    raise FetchRefused("too many redirects")


def read_page(html: str) -> dict:
    """What a page says about itself: title, description, keywords, language and text."""
    soup = BeautifulSoup(html, "html.parser")
    for node in soup(["script", "style", "template", "noscript", "nav", "footer", "form"]):
        node.decompose()

    def meta(name: str) -> str:
        tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": f"og:{name}"})
        return (tag.get("content") or "").strip() if tag else ""

    language = (soup.html.get("lang") or "")[:2].lower() if soup.html else ""
    keywords = [k.strip() for k in meta("keywords").split(",") if k.strip()][:50]
    body = soup.find("main") or soup.find("article") or soup.body or soup
    return {k: v for k, v in {
        "title": (soup.title.get_text(" ", strip=True) if soup.title else "")[:500],
        "text": (meta("description") + " " + strip_html(str(body)))[:MAX_TEXT].strip(),
        "keywords": [k[:100] for k in keywords],
        "language": language if language in ("nl", "en") else None,
    }.items() if v}


def page_key(url: str) -> str:
    return f"{PREFIX}page:{hashlib.sha256(url.encode()).hexdigest()}"


def crawl(url: str, policy: CrawlPolicy, client: redis.Redis, ttl_seconds: int) -> dict | None:
    """The job: fetch, read, cache. A refused or failed page is remembered briefly as empty."""
    try:
        analysis = read_page(fetch(url, policy))
    except (FetchRefused, requests.RequestException):
        analysis = {}
    client.set(page_key(url), json.dumps(analysis, ensure_ascii=False),
               ex=ttl_seconds if analysis else PENDING_SECONDS)
    return analysis or None


def crawl_job(url: str, allowed: list[str], allow_private: bool, ttl_seconds: int) -> bool:
    """What the RQ worker runs; it reaches Redis through the job's own connection."""
    from rq import get_current_job

    connection = get_current_job().connection
    client = redis.Redis(connection_pool=text_pool(connection.connection_pool))
    return crawl(url, CrawlPolicy(frozenset(allowed), allow_private), client, ttl_seconds) is not None


def text_pool(pool: redis.ConnectionPool, decode: bool = True) -> redis.ConnectionPool:
    """The same server, with or without decoded responses (RQ needs bytes, we keep text)."""
    kwargs = {**pool.connection_kwargs, "decode_responses": decode}
    return redis.ConnectionPool(connection_class=pool.connection_class, **kwargs)


class PageContexts:
    """The web side: cached analyses, and a job for a page not seen yet."""

    def __init__(self, client: redis.Redis, allowed: frozenset[str], allow_private: bool, ttl_seconds: int,
                 slot_domains: Callable[[], Iterable[str]]) -> None:
        self.client = client
        self.allowed = allowed
        self.allow_private = allow_private
        self.ttl_seconds = ttl_seconds
        self.slot_domains = slot_domains
        self.reads_pages = not isinstance(client, RedisCluster)  # RQ cannot run on a cluster
        self._queue = None

    def queue(self):  # noqa: ANN201 - rq.Queue, made on first use
        if self._queue is None:
            from rq import Queue

            bytes_client = redis.Redis(connection_pool=text_pool(self.client.connection_pool, decode=False))
            self._queue = Queue(QUEUE, connection=bytes_client)
        return self._queue

    def allowed_domains(self) -> frozenset[str]:
        return self.allowed | frozenset(self.slot_domains())

    def lookup(self, url: str) -> dict | None:
        """The cached analysis; None when there is none yet (a job is then queued, once)."""
        if not self.reads_pages:
            return None
        raw = self.client.get(page_key(url))
        if raw is not None:
            return json.loads(raw) or None
        host = urlsplit(url).hostname or ""
        allowed = self.allowed_domains()
        if not CrawlPolicy(allowed).domain_allowed(host):
            return None
        if self.client.set(page_key(url) + ":pending", "1", nx=True, ex=PENDING_SECONDS):
            self.queue().enqueue(crawl_job, url, sorted(allowed), self.allow_private, self.ttl_seconds,
                                 job_timeout=30, result_ttl=0, failure_ttl=3600)
        return None
