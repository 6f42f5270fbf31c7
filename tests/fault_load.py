"""Load that keeps going while Redis is killed and restarted, and a tally of what happened.

Readers render ads (they must never fail); writers store preferences and import vacancies,
remembering every write the engine acknowledged, so the tally can check afterwards that all
of them survived. Used by ``tests/test_faults.py`` (a few seconds, in ``make test``) and by
``bench/fault_bench.py`` (minutes, against gunicorn).

``send(method, path, body, headers) -> (status, json body or None)`` is the only thing the
driver knows of the engine, so the same loops drive a Flask test client or a real server.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

Send = Callable[[str, str, dict | None, dict], tuple[int, dict | None]]

CONSENT = {"given": True, "purpose": "vacancy_matching", "text_version": "2026-11-25"}
RENDER_BODIES = [
    {"preferences": {"interests": "verpleegkundige", "location": "Utrecht"}, "format": "native"},
    {"context": {"title": "Personeelstekort in de zorg", "text": "ziekenhuizen zoeken verpleegkundigen",
                 "language": "nl"}, "format": "text"},
    {"preferences": {"interests": "software developer", "language": "en"}, "format": "html", "count": 2},
    {"context": {"keywords": ["logistiek", "magazijn"], "region": "NL-NB"}},
]


def posting(vacancy_id: str, valid_through: str) -> dict:
    return {"@type": "JobPosting", "identifier": vacancy_id, "title": "Magazijnmedewerker",
            "description": "Je werkt in ons magazijn in Tilburg met de heftruck, in dagdienst.",
            "datePosted": "2026-11-01", "validThrough": valid_through,
            "hiringOrganization": {"@type": "Organization", "name": "Fault Test BV"},
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Tilburg",
                                                          "addressCountry": "NL"}},
            "employmentType": "FULL_TIME"}


@dataclass
class Tally:
    renders: Counter = field(default_factory=Counter)
    writes: Counter = field(default_factory=Counter)
    tokens: list[str] = field(default_factory=list)        # preferences the engine acknowledged
    vacancies: list[str] = field(default_factory=list)     # vacancy ids the engine acknowledged
    unexpected: list[str] = field(default_factory=list)    # anything outside the contract
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, status: int) -> None:
        with self.lock:
            (self.renders if kind == "render" else self.writes)[status] += 1


def render_loop(send: Send, stop: threading.Event, tally: Tally) -> None:
    for body in itertools.cycle(RENDER_BODIES):
        if stop.is_set():
            return
        status, payload = send("POST", "/v1/render", body, {})
        tally.add("render", status)
        if status != 200 or not isinstance(payload, dict) or "ads" not in payload:
            with tally.lock:
                tally.unexpected.append(f"render -> {status} {str(payload)[:120]}")


def write_loop(send: Send, stop: threading.Event, tally: Tally, admin: dict, valid_through: str,
               name: str = "w") -> None:
    for n in itertools.count():
        if stop.is_set():
            return
        if n % 2 == 0:
            status, payload = send("POST", "/v1/preferences",
                                   {"preferences": {"interests": f"heftruck {n}"}, "consent": CONSENT}, {})
            ok = status == 201 and payload and payload.get("token")
            if ok:
                with tally.lock:
                    tally.tokens.append(payload["token"])
        else:
            vacancy_id = f"fault-{name}-{n}"
            status, payload = send("POST", "/v1/vacancies", posting(vacancy_id, valid_through), admin)
            ok = status == 200 and payload and payload.get("ids") == [vacancy_id]
            if ok:
                with tally.lock:
                    tally.vacancies.append(vacancy_id)
        tally.add("write", status)
        refused_cleanly = status == 503 and isinstance(payload, dict) \
            and payload.get("error", {}).get("code") == "store_unavailable"
        if not ok and not refused_cleanly:
            with tally.lock:
                tally.unexpected.append(f"write -> {status} {str(payload)[:120]}")


def lost_writes(send: Send, tally: Tally, admin: dict) -> list[str]:
    """Every acknowledged write that cannot be read back."""
    lost = []
    for token in tally.tokens:
        if send("GET", f"/v1/preferences/{token}", None, {})[0] != 200:
            lost.append(f"preferences {token[:6]}…")
    for vacancy_id in tally.vacancies:
        if send("GET", f"/v1/vacancies/{vacancy_id}", None, admin)[0] != 200:
            lost.append(f"vacancy {vacancy_id}")
    return lost
