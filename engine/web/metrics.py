"""Prometheus metrics of the engine, for ``GET /metrics``: requests, matches, no-bids, caches,
store errors and the index — per worker, or added up over every gunicorn worker when
``PROMETHEUS_MULTIPROC_DIR`` is set (prometheus_client's multiprocess mode).

Labels name routes (Flask endpoint names, never paths), methods, statuses, caches and error
classes. No label carries anything about a person: no address, token, path, query, user agent
or anyone's words. Counting is in memory (or a memory-mapped file): no request waits for Redis.
"""

from __future__ import annotations

import hmac
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import Flask, Response, current_app, request
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client import multiprocess as prometheus_multiprocess
from prometheus_client.exposition import choose_encoder

from engine.config import Settings

if TYPE_CHECKING:
    from engine.web.runtime import Runtime

EXTENSION = "plainsight.metrics"
ENDPOINT_ENVIRON = "plainsight.endpoint"  # the route's name, for the access log (engine/gunicorn_logging.py)
STARTED_ENVIRON = "plainsight.started"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# A render takes a few milliseconds; the slow end is imports and the studio's pages.
BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The engine's metrics on a registry of their own (never prometheus_client's global one)."""

    def __init__(self, runtime: Runtime, multiprocess: bool = False) -> None:
        self.health = runtime.health  # what the worker holds: its caches, index and oversight state
        self.multiprocess = multiprocess
        self.registry = registry = CollectorRegistry()
        self.requests = Counter("plainsight_http_requests", "HTTP requests answered, by route, method and status",
                                ("endpoint", "method", "status"), registry=registry)
        self.latency = Histogram("plainsight_http_request_duration_seconds",
                                 "Time in the app per request, by route, method and status class",
                                 ("endpoint", "method", "status_class"), buckets=BUCKETS, registry=registry)
        self.matched = Counter("plainsight_vacancies_matched",
                               "Vacancies returned by match, render and bid requests, by route",
                               ("endpoint",), registry=registry)
        self.no_bids = Counter("plainsight_openrtb_no_bids", "OpenRTB bid requests answered with no bid (204)",
                               registry=registry)
        self.cache_hits = Counter("plainsight_cache_hits", "Lookups answered from a worker's cache",
                                  ("cache",), registry=registry)
        self.cache_misses = Counter("plainsight_cache_misses", "Lookups a worker's cache could not answer",
                                    ("cache",), registry=registry)
        self.redis_errors = Counter("plainsight_redis_errors",
                                    "Store errors: in a request, or a failed refresh of the index or oversight "
                                    "state (the last one keeps serving)", ("source", "error"), registry=registry)
        # Set when scraped, from the worker that answers the scrape: the most recent value wins.
        gauge: dict[str, Any] = {"registry": registry, "multiprocess_mode": "livemostrecent"}
        self.vacancies = Gauge("plainsight_index_vacancies", "Vacancies in the index", **gauge)
        self.catalogue_version = Gauge("plainsight_catalogue_version", "Catalogue version of the index", **gauge)
        self.index_stale = Gauge("plainsight_index_stale", "1 when the last index refresh failed", **gauge)
        self.serving_stopped = Gauge("plainsight_serving_stopped", "1 while the kill switch stops all serving",
                                     **gauge)
        self._caches = {name: (self.cache_hits.labels(name), self.cache_misses.labels(name))
                        for name in ("analysis", "query", "decision")}
        self._per_route: dict[tuple[str, str, int], tuple] = {}  # label lookups are most of the cost
        self._seen: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()

    def observe(self, endpoint: str, method: str, status: int, seconds: float | None) -> None:
        key = (endpoint, method, status)
        children = self._per_route.get(key)
        if children is None:  # a bounded set: endpoints of the app x known methods x statuses
            children = self._per_route[key] = (self.requests.labels(endpoint, method, str(status)),
                                               self.latency.labels(endpoint, method, f"{status // 100}xx"))
        children[0].inc()
        if seconds is not None:
            children[1].observe(seconds)

    def sync(self, count: bool = True) -> None:
        """Add what the caches and refresh loops counted since the last call (plain integers they
        keep themselves) to the counters; ``count=False`` only takes the starting point."""
        totals = self.health.cache_totals()
        with self._lock:
            for name, hits, misses in totals:
                hit_counter, miss_counter = self._caches[name]
                self._advance(hit_counter, (name, "hit"), hits, count)
                self._advance(miss_counter, (name, "miss"), misses, count)
            for source, error, total in self.health.refresh_errors():
                self._advance(self.redis_errors.labels(source, error), (source, error), total, count)

    def _advance(self, counter: Counter, key: tuple[str, ...], total: int, count: bool) -> None:
        delta = total - self._seen.get(key, 0)
        if count and delta > 0:
            counter.inc(delta)
        self._seen[key] = total

    def exposition(self, accept: str | None) -> tuple[bytes, str]:
        """The metrics in the format the scraper asked for (Prometheus text unless OpenMetrics)."""
        self.sync()
        gauges = self.health.gauges()
        self.vacancies.set(gauges.vacancies)
        self.catalogue_version.set(gauges.catalogue_version)
        self.index_stale.set(int(gauges.index_stale))
        self.serving_stopped.set(int(gauges.serving_stopped))
        registry = self.registry
        if self.multiprocess:
            registry = CollectorRegistry()
            prometheus_multiprocess.MultiProcessCollector(registry)
        encoder, content_type = choose_encoder(accept or "")
        return encoder(registry), content_type


def get_metrics(app: Flask | None = None) -> Metrics:
    return (app or current_app).extensions[EXTENSION]


def count_matched(count: int) -> None:
    """Vacancies the current route returns (matches, ads or bids)."""
    get_metrics().matched.labels(request.endpoint or "unmatched").inc(count)


def count_no_bid() -> None:
    get_metrics().no_bids.inc()


def count_redis_error(source: str, exc: BaseException) -> None:
    """A store error, by where it happened and its class — never its message."""
    metrics = current_app.extensions.get(EXTENSION)
    if metrics is not None:
        metrics.redis_errors.labels(source, type(exc).__name__).inc()


def scrape_tokens(settings: Settings) -> tuple[str, ...]:
    """The tokens ``/metrics`` answers to: the scrapers' own, and the admin token."""
    return tuple(token for token in (settings.metrics_token, settings.admin_token) if token)


def token_accepted(settings: Settings, authorization: str) -> bool:
    scheme, _, token = authorization.partition(" ")
    given = token.strip().encode()
    return scheme.lower() == "bearer" and any(
        hmac.compare_digest(given, expected.encode()) for expected in scrape_tokens(settings))


def _start_timer() -> None:
    request.environ[STARTED_ENVIRON] = time.perf_counter()


def _record(response: Response) -> Response:
    environ = request.environ
    endpoint = request.endpoint or "unmatched"  # a 404 or 405 has no route: never the path instead
    method = environ.get("REQUEST_METHOD", "")
    started = environ.get(STARTED_ENVIRON)
    metrics = get_metrics()
    metrics.observe(endpoint, method if method in METHODS else "other", response.status_code,
                    None if started is None else time.perf_counter() - started)
    metrics.sync()
    environ[ENDPOINT_ENVIRON] = endpoint
    return response


def init_app(app: Flask, settings: Settings, runtime: Runtime) -> Metrics:
    """Time and count every request of ``app``; the gauges read ``runtime``'s health service."""
    directory = os.environ.get(MULTIPROC_ENV)
    if directory:  # each process writes its counts to files there, from the first metric on
        Path(directory).mkdir(parents=True, exist_ok=True)
    metrics = Metrics(runtime, multiprocess=bool(directory))
    metrics.sync(count=False)  # what start-up (in gunicorn: the master) looked up is not counted
    app.extensions[EXTENSION] = metrics
    app.before_request(_start_timer)
    app.after_request(_record)
    return metrics


def reset_multiprocess_dir() -> None:
    """gunicorn ``on_starting``: create the directory and empty it, so that no count of an earlier
    run is added to this one (only prometheus_client's ``*.db`` files are removed)."""
    directory = os.environ.get(MULTIPROC_ENV)
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        for stale in Path(directory).glob("*.db"):
            stale.unlink()


def worker_exited(pid: int) -> None:
    """gunicorn ``child_exit``: the gauges of a dead worker no longer count."""
    if os.environ.get(MULTIPROC_ENV):
        prometheus_multiprocess.mark_process_dead(pid)
