"""Every Redis key the engine writes, in one place (``tests/test_keys.py`` checks a full run's
store against ``Keys.patterns()``).

Every key starts with the hash tag ``{ps}``: on a cluster all of them hash to one slot. A key
without a TTL below lives until it is deleted (or, for a stream, trimmed by its writer).
"""

from __future__ import annotations

import hashlib

PREFIX = "{ps}:"
OLD_PREFIX = "ps:"  # before the hash tag; moved once by migrate_old_prefix()

# Keys other libraries write on our Redis, outside our prefix, and why they are there.
THIRD_PARTY_PATTERNS: dict[str, str] = {
    "rq:*": "RQ (the page reader's queue, jobs, workers, registries): its keys carry no hash tag",
}


class Keys:
    """Every Redis key the engine writes: a constant, or a static method building one."""

    # the catalogue ---------------------------------------------------------------------------
    vacancy_ids = PREFIX + "vacancies"  # set: the id of every stored vacancy
    catalogue_version = PREFIX + "catalogue:version"  # counter: bumped by every catalogue write
    catalogue_changes = PREFIX + "catalogue:changes"  # stream: which vacancies each version touched (capped)
    index_snapshot = PREFIX + "index:snapshot"  # string: the last full index built, base64 (index_snapshot.py)

    @staticmethod
    def vacancy(vacancy_id: str) -> str:
        """string: one vacancy and its analysis (JSON)."""
        return f"{PREFIX}vacancy:{vacancy_id}"

    # human oversight: decisions on vacancies and copy templates, the kill switch, the trail ---
    vacancy_decisions = PREFIX + "oversight:vacancies"  # hash: vacancy id -> approve/pause decision
    template_decisions = PREFIX + "oversight:templates"  # hash: template name -> decision and draft
    kill_switch = PREFIX + "oversight:kill"  # string: set while serving is stopped (who, why)
    oversight_version = PREFIX + "oversight:version"  # counter: bumped by every oversight change
    # hash: "vacancy:<id>" or "template:<name>" -> the account that last imported or edited it (four eyes)
    oversight_editors = PREFIX + "oversight:editors"
    audit = PREFIX + "audit"  # stream: who did what in the studio and the management API (capped)

    # the decision log (AI Act Art. 12) ------------------------------------------------------
    decisions = PREFIX + "decisions"  # stream: hash-chained batches of ad decisions (trimmed by age, length)
    decisions_head = PREFIX + "decisions:head"  # string: the hash of the last batch, the chain's head

    # measurement ---------------------------------------------------------------------------
    @staticmethod
    def stats(day: str) -> str:
        """hash: impression and click counters of one ISO day; TTL ``stats.RETENTION_DAYS``."""
        return f"{PREFIX}stats:{day}"

    # the ad networks: what vacancies bid, what they spent, the links already counted ----------
    vacancy_bids = PREFIX + "bids"  # hash: vacancy id -> its CPM or CPC bid and daily budget (JSON)

    @staticmethod
    def spend(day: str) -> str:
        """hash: per vacancy, one ISO day's spend (millionths of a euro), billed impressions,
        ad-network clicks, wins and losses; TTL ``bidding.SPEND_RETENTION_DAYS``."""
        return f"{PREFIX}spend:{day}"

    @staticmethod
    def counted(kind: str, nonce: str) -> str:
        """string: a click or win/bill/loss notice that counted already; TTL the link's lifetime."""
        return f"{PREFIX}once:{kind}:{nonce}"

    # candidates' preferences -----------------------------------------------------------------
    @staticmethod
    def preferences(digest: str) -> str:
        """string: preferences and consent receipt under HMAC(token); TTL the retention period."""
        return f"{PREFIX}pref:{digest}"

    # career-site slots and the pages read for context ------------------------------------------
    @staticmethod
    def slot(slot_id: str) -> str:
        """string: one ad slot (JSON); ``slot("*")`` is the glob of them all."""
        return f"{PREFIX}slot:{slot_id}"

    slots_version = PREFIX + "slots:version"  # counter: bumped by every slot saved or removed

    @staticmethod
    def page_view(digest: str) -> str:
        """set: the vacancies one page view's slots show, under a hash of the page's own nonce;
        TTL ``slots.PAGE_VIEW_SECONDS``."""
        return f"{PREFIX}pageview:{digest}"

    logos = PREFIX + "logos"  # set: the digests of the organisations that have a logo

    @staticmethod
    def logo(digest: str) -> str:
        """hash: an organisation's logo as fetched at import, checked and resized (``png``, base64)
        and the address it came from (``source``), under a hash of its name; no TTL."""
        return f"{PREFIX}logo:{digest}"

    @staticmethod
    def logo_pending(digest: str) -> str:
        """string: the address being fetched as an organisation's logo, so it is queued once;
        TTL ``logos.PENDING_SECONDS``."""
        return f"{PREFIX}logo:{digest}:pending"

    @staticmethod
    def page(url: str) -> str:
        """string: a crawled page's analysis (JSON, ``{}`` when refused); TTL ``ENGINE_CRAWL_TTL_HOURS``,
        or ``pages.PENDING_SECONDS`` for a refused page."""
        return f"{PREFIX}page:{hashlib.sha256(url.encode()).hexdigest()}"

    @staticmethod
    def page_pending(url: str) -> str:
        """string: "1" while a crawl of the page is queued, so it is queued once; TTL ``PENDING_SECONDS``."""
        return Keys.page(url) + ":pending"

    # the studio: marketeers' accounts, their sessions, sample contexts and import jobs --------
    studio_users = PREFIX + "studio:users"  # hash: account name -> password hash, creation time
    studio_samples = PREFIX + "studio:samples"  # string: sample pages and personas for previews (JSON)

    @staticmethod
    def studio_session(digest: str) -> str:
        """string: a sign-in under HMAC(session id); TTL ``ENGINE_STUDIO_SESSION_HOURS``."""
        return f"{PREFIX}studio:session:{digest}"

    @staticmethod
    def studio_device(digest: str) -> str:
        """string: the account a browser signed in to, under HMAC(its cookie); TTL ``ENGINE_STUDIO_DEVICE_DAYS``."""
        return f"{PREFIX}studio:device:{digest}"

    @staticmethod
    def studio_proof(nonce: str) -> str:
        """string: a sign-in's proof of work that was spent (its nonce, used once); TTL until it expires."""
        return f"{PREFIX}studio:proof:{nonce}"

    @staticmethod
    def import_job(job_id: str) -> str:
        """hash: progress and result of one studio import; TTL ``imports.JOB_TTL``."""
        return f"{PREFIX}studio:import:{job_id}"

    # partners' API keys and the request counters ----------------------------------------------
    api_keys = PREFIX + "apikeys"  # hash: name -> rate, creation time and the key's HMAC
    api_key_digests = PREFIX + "apikeys:digests"  # hash: HMAC -> name and rate
    # prefix of the request counters: the ``limits`` library writes ``<this>:LIMITER/...`` fixed
    # windows (TTL the window) per key, slot, endpoint family or hashed address, and
    # ``batched_counter`` below the large limits'
    rate_limits = PREFIX + "rl"

    @staticmethod
    def batched_window(prefix: str, bucket: str, amount: int, seconds: int) -> str:
        """A large limit's window for ``bucket`` (no key itself: ``batched_counter`` adds its start)."""
        return f"{prefix}:batch/{bucket}/{amount}/{seconds}"

    @staticmethod
    def batched_counter(window: str, start: float) -> str:
        """string: all workers' hits in one window of a large limit; TTL the window plus a second."""
        return f"{window}/{int(start)}"

    @classmethod
    def patterns(cls) -> tuple[str, ...]:
        """Glob patterns (Redis SCAN MATCH, ``fnmatch``) covering every key on our Redis: the
        engine's own, then those of ``THIRD_PARTY_PATTERNS``."""
        engine = (
            cls.vacancy_ids, cls.catalogue_version, cls.catalogue_changes, cls.index_snapshot, cls.vacancy("*"),
            cls.vacancy_decisions, cls.template_decisions, cls.kill_switch, cls.oversight_version,
            cls.oversight_editors, cls.audit,
            cls.decisions, cls.decisions_head, cls.stats("*"), cls.preferences("*"), cls.slot("*"), cls.slots_version,
            cls.page_view("*"), cls.logos, cls.logo("*"),  # a logo and its ":pending" marker
            cls.vacancy_bids, cls.spend("*"), cls.counted("*", "*"),
            PREFIX + "page:*",  # analyses and their ":pending" markers
            cls.studio_users, cls.studio_samples, cls.studio_session("*"), cls.studio_device("*"),
            cls.studio_proof("*"), cls.import_job("*"),
            cls.api_keys, cls.api_key_digests, cls.rate_limits + ":LIMITER/*", cls.rate_limits + ":batch/*",
        )
        return (*engine, *THIRD_PARTY_PATTERNS)
