"""The job that fetches an organisation's logo at import: through the crawler's pinned
connections (each hop connects only to the address checked, never a private one), within a size
and time limit, then checked and shrunk (``engine.domain.logos``) and kept in the store.

A logo may live on another host than the career site (a CDN), so each hop's own host is the one
allowed: what protects the engine is the address check, which every hop passes.
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

import redis
import requests

from engine.domain.logos import MAX_BYTES, LogoRefused, checked_logo
from engine.domain.pages import CrawlPolicy, FetchRefused
from engine.jobs.crawler import PinnedAdapter
from engine.store.logos import LogoStore
from engine.store.pages import text_pool

log = logging.getLogger(__name__)
MAX_REDIRECTS = 3
TIMEOUT = 5.0
ACCEPT = "image/png,image/jpeg,image/gif,image/webp;q=0.9"


def fetch_image(url: str, allow_private: bool = False, verify: bool | str = True) -> bytes:
    """The bytes at ``url`` if it answers 200 with an image type within ``MAX_BYTES``."""
    for _ in range(MAX_REDIRECTS + 1):
        policy = CrawlPolicy(frozenset({(urlsplit(url).hostname or "").lower()}), allow_private,
                             max_bytes=MAX_BYTES, timeout=TIMEOUT)
        address = policy.check(url)[0]
        with requests.Session() as session:
            session.trust_env = False  # no proxy, .netrc or CA bundle from the environment
            session.mount("http://", PinnedAdapter(address))
            session.mount("https://", PinnedAdapter(address))
            location, body = _get(url, session, verify)
        if body is not None:
            return body
        url = urljoin(url, location)
    raise FetchRefused("too many redirects")


def _get(url: str, session: requests.Session, verify: bool | str) -> tuple[str, bytes | None]:
    with session.get(url, timeout=TIMEOUT, allow_redirects=False, stream=True, verify=verify,
                     headers={"User-Agent": "PlainsightLogo/1.0 (+fetched once per import)",
                              "Accept": ACCEPT, "Connection": "close"}) as response:
        if response.is_redirect:
            return response.headers.get("Location", ""), None
        if response.status_code != 200:
            raise FetchRefused(f"status {response.status_code}")
        if not response.headers.get("Content-Type", "").lower().startswith("image/"):
            raise FetchRefused("not an image")
        declared = response.headers.get("Content-Length")
        if declared and declared.isascii() and declared.isdigit() and int(declared) > MAX_BYTES:
            raise FetchRefused("image too large")
        body = b""
        for chunk in response.iter_content(65536):
            body += chunk
            if len(body) > MAX_BYTES:
                raise FetchRefused("image too large")
        return "", body


def fetch_logo(store: LogoStore, digest: str, url: str, allow_private: bool = False) -> bool:
    """Fetch, check, keep; whether a logo was kept. A refused one is only logged (the ad shows
    the organisation's name alone) and its pending marker lets it be tried again later."""
    try:
        png = checked_logo(fetch_image(url, allow_private))
    except (FetchRefused, LogoRefused, requests.RequestException) as exc:
        log.info("logo %s not kept: %s", url, exc)
        return False
    store.save(digest, url, png)
    return True


def logo_job(digest: str, url: str, allow_private: bool) -> bool:
    """What the RQ worker runs; it reaches Redis through the job's own connection."""
    from rq import get_current_job

    job = get_current_job()
    if job is None:
        raise RuntimeError("logo_job runs only as an RQ job")
    client = redis.Redis(connection_pool=text_pool(job.connection.connection_pool))
    return fetch_logo(LogoStore(client), digest, url, allow_private)
