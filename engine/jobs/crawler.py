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

import json
from urllib.parse import urljoin

import redis
import requests

from engine.domain.pages import CrawlPolicy, FetchRefused, read_page
from engine.store.keys import Keys
from engine.store.pages import PENDING_SECONDS, text_pool


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
