"""Even pacing over a simulated day: daily budgets spent within 10 % of even, hour by hour.

The real engine (create_app over an embedded Redis, the demo catalogue) answers a day of OpenRTB
bid requests on a simulated clock: traffic rises and falls over the day (the 16:00 peak has
four times the 04:00 trough), three pages are asked about in turn, and for each page the vacancy
that fits it best has a bid of its own (two CPM, one CPC) with a daily budget. A competing bid is
drawn for every auction; we win when we bid more and pay the second price. Billing notices come
back 1 to 30 seconds after the bid, loss notices likewise, clicks on won impressions at a
1 % rate a little later: all through the engine's own services, signed links and all. Spend is
what the notices and clicks recorded in the store.

Prints each budgeted vacancy's spend per hour against even (budget / 24) and writes
bench/results/pacing.json. Exits 1 when a CPM budget strays more than 10 % from even in any
hour, or a CPC budget (whose spend comes in whole clicks) strays more than 10 % of its budget
from the line of even spending at the end of any hour.

    python bench/pacing_bench.py [--requests 30000] [--seed 20261203]
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.domain.jobposting import shift_dates  # noqa: E402
from engine.web.app import create_app  # noqa: E402
from engine.web.runtime import get_runtime, get_store  # noqa: E402

DEMO = ROOT / "engine" / "data" / "demo_vacancies.jsonld"
RESULTS = ROOT / "bench" / "results"
DAY, HOUR = 86_400, 3600
PAGES = [("https://zorgnieuws.example/werken/verpleegkundigen", "Tekort aan verpleegkundigen in ziekenhuizen",
          "zorg,verpleegkundige,ziekenhuis"),
         ("https://techblog.example/devops/kubernetes", "Kubernetes in productie voor softwareteams",
          "software,developer,cloud"),
         ("https://horecawerk.example/koks/werken-als-kok", "Werken als kok in een restaurantkeuken", "kok,horeca")]
BUDGETS = [{"model": "cpm", "price": 4.0, "daily_budget": 6.0}, {"model": "cpc", "price": 1.0, "daily_budget": 24.0},
           {"model": "cpm", "price": 3.0, "daily_budget": 3.0}]
CTR = 0.01


def bid_request(n: int, page: tuple[str, str, str]) -> dict:
    url, title, keywords = page
    return {"id": f"sim-{n}", "tmax": 1000, "cur": ["EUR"],
            "imp": [{"id": "1", "bidfloor": 0.5, "banner": {"w": 300, "h": 250}}],
            "site": {"page": url, "content": {"title": title, "keywords": keywords, "language": "nl"}}}


def token(url: str, kind: str) -> str:
    return url.split(f"/{kind}/", 1)[1].split("?", 1)[0]


def traffic(requests: int) -> list[float]:
    """Request times over one day: the rate follows 1 - 0.6 cos, lowest at 04:00, highest at 16:00."""
    weights = [1 - 0.6 * math.cos((hour - 4) / 24 * 2 * math.pi) for hour in range(24)]
    times: list[float] = []
    for hour, weight in enumerate(weights):
        count = round(requests * weight / sum(weights))
        times += [hour * HOUR + (i + 0.5) * HOUR / count for i in range(count)]
    return times


class Day:
    """The engine on a simulated clock, with the auctions around it."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        work = Path(tempfile.mkdtemp(prefix="plainsight-pacing-"))
        self.app = create_app({"data_dir": str(work), "secret_key": "bench", "admin_token": "bench",
                               "public_url": "http://127.0.0.1:8000", "index_refresh_seconds": 0.001})
        self.runtime = get_runtime(self.app)
        demo = shift_dates(json.loads(DEMO.read_text(encoding="utf-8")), date.today() - date(2026, 11, 25))
        imported = self.app.test_client().post("/v1/vacancies", json=demo, headers={"Authorization": "Bearer bench"})
        assert imported.status_code == 200, imported.json
        self.start = (math.floor(time.time() / DAY) + 1) * DAY  # tomorrow (UTC): no real traffic mixes in
        self.events: list[tuple[float, int, str, str, str]] = []  # (time, order, kind, token, price)
        self.order = 0

    def budget_the_best_fits(self) -> dict[str, dict]:
        """Each page's best-fitting vacancy gets a bid and a budget of its own."""
        chosen = {}
        for page, budget in zip(PAGES, BUDGETS, strict=True):
            answer = self.runtime.ads.bid(bid_request(0, page), now=self.start)
            vacancy = answer.body["seatbid"][0]["bid"][0]["id"].split("-", 1)[1]
            self.runtime.bidding.put(vacancy, budget, "bench")
            chosen[vacancy] = budget
        return chosen

    def later(self, at: float, kind: str, link: str, price: str = "") -> None:
        self.order += 1
        heapq.heappush(self.events, (at, self.order, kind, link, price))

    def deliver(self, until: float) -> None:
        """The notices and clicks due by ``until``, each at its own time."""
        ads = self.runtime.ads
        while self.events and self.events[0][0] <= until:
            at, _, kind, link, price = heapq.heappop(self.events)
            if kind == "click":
                ads.click(link, now=at)
            else:
                ads.notice(kind, link, price, "102" if kind == "loss" else None, now=at)

    def auction(self, n: int, now: float) -> None:
        answer = self.runtime.ads.bid(bid_request(n, PAGES[n % len(PAGES)]), now=now)
        for offer in answer.body["seatbid"][0]["bid"] if answer.body else []:
            rival = self.rng.lognormvariate(math.log(2.6), 0.45)
            kind = "bill" if offer["price"] > rival else "loss"
            self.later(now + self.rng.uniform(1, 30), kind, token(offer[kind[0] + "url"], kind), f"{rival:.4f}")
            if kind == "bill" and self.rng.random() < CTR:
                click = offer["adm"].split('class="cta" href="', 1)[1].split('"', 1)[0]
                self.later(now + self.rng.uniform(5, 60), "click", token(click, "c"))

    def spent(self, chosen: dict[str, dict], now: float) -> dict[str, float]:
        day = self.runtime.ads.book.day(now)
        return {vacancy: day[vacancy].spent if vacancy in day else 0.0 for vacancy in chosen}


def simulate(requests: int, seed: int) -> dict:
    day = Day(seed)
    chosen = day.budget_the_best_fits()
    cumulative: list[dict[str, float]] = []
    times = traffic(requests)
    for n, offset in enumerate(times):
        now = day.start + offset
        while len(cumulative) < int(offset // HOUR):  # an hour ended: what was spent by then
            end = day.start + (len(cumulative) + 1) * HOUR
            day.deliver(end)
            cumulative.append(day.spent(chosen, end - 1))
        day.deliver(now)
        day.auction(n, now)
    day.deliver(day.start + DAY - 1)
    cumulative.append(day.spent(chosen, day.start + DAY - 1))
    day.runtime.close()
    get_store(day.app).shutdown()  # the embedded Redis goes with the run
    return figures(chosen, cumulative, len(times))


def figures(chosen: dict[str, dict], cumulative: list[dict[str, float]], requests: int) -> dict:
    out: dict = {"requests": requests, "vacancies": {}}
    for vacancy, budget in chosen.items():
        even = budget["daily_budget"] / 24
        totals = [hour[vacancy] for hour in cumulative]
        hourly = [b - a for a, b in zip([0.0, *totals], totals, strict=False)]
        per_hour = max(abs(h - even) / even for h in hourly)
        line = max(abs(t - even * (i + 1)) / budget["daily_budget"] for i, t in enumerate(totals))
        judged = per_hour if budget["model"] == "cpm" else line
        out["vacancies"][vacancy] = {**budget, "spent": round(totals[-1], 4), "hourly": [round(h, 4) for h in hourly],
                                     "max_hourly_deviation": round(per_hour, 4), "max_line_deviation": round(line, 4),
                                     "within_10_percent": judged <= 0.10}
    return out


def show(result: dict) -> None:
    print(f"{result['requests']} bid requests over a simulated day")
    for vacancy, row in result["vacancies"].items():
        print(f"\n{vacancy}: {row['model']} {row['price']:.2f}, budget {row['daily_budget']:.2f} EUR, "
              f"spent {row['spent']:.2f}")
        print("  hour  " + " ".join(f"{h:>5}" for h in range(24)))
        print("  % even" + " ".join(f"{h / (row['daily_budget'] / 24) * 100:5.0f}" for h in row["hourly"]))
        print(f"  largest hourly deviation {row['max_hourly_deviation']:.1%}; largest distance from the line of even "
              f"spending {row['max_line_deviation']:.1%} of the budget; "
              f"{'within' if row['within_10_percent'] else 'OUTSIDE'} 10 %")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    result = simulate(args.requests, args.seed)
    show(result)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "pacing.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0 if all(row["within_10_percent"] for row in result["vacancies"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
