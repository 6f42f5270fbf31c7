"""Fault run: Redis is SIGKILLed and restarted again and again under load; count what broke.

Two gunicorn hosts (2 workers each) share a real redis-server (append-only file, fsync
always). Reader threads render through both hosts, writer threads store preferences and
import vacancies; every ``--period`` seconds the server is killed and, ``--outage`` seconds
later, started again from its files. At the end every write the engine acknowledged is read
back. Targets (issue 7): no failed render, every refused write a 503 with the contract's
error, no acknowledged write lost, recovery without restarting the engine. The bounded
version of this is tests/test_faults.py. Writes bench/results/faults.json.

    python bench/fault_bench.py [--seconds 60] [--period 10] [--outage 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from render_bench import RESULTS, free_port, serve, stop, wait_for  # noqa: E402

from tests.fault_load import Tally, lost_writes, render_loop, write_loop  # noqa: E402
from tests.redis_process import RedisProcess  # noqa: E402

ADMIN_TOKEN = "fault-admin"  # noqa: S105 - a throw-away token for a local run
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def http_sender(port: int):  # noqa: ANN201 - a tests.fault_load.Send over HTTP
    def send(method: str, path: str, body: dict | None, headers: dict) -> tuple[int, dict | None]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json", **headers})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                raw = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            raw, status = error.read(), error.code
        except OSError as error:  # the server did not answer at all: that counts as a failure
            return 599, {"error": {"code": "no_answer", "message": type(error).__name__}}
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, {"not_json": raw[:80].decode(errors="replace")}
    return send


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--period", type=float, default=10.0, help="seconds between kills")
    parser.add_argument("--outage", type=float, default=3.0, help="seconds Redis stays down")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plainsight-faults-"))
    server = RedisProcess(work / "redis")
    server.start()
    env = {**os.environ, "REDIS_URL": server.url, "ENGINE_SECRET_KEY": "bench-key", "ENGINE_DATA_DIR": str(work),
           "PYTHONPATH": str(ROOT), "ENGINE_ADMIN_TOKEN": ADMIN_TOKEN, "ENGINE_PREFERENCES_RATE_LIMIT": "1000000/hour",
           "ENGINE_REDIS_TIMEOUT": "0.5", "ENGINE_PUBLIC_URL": "http://127.0.0.1:8000"}
    demo = json.loads((ROOT / "engine" / "data" / "demo_vacancies.jsonld").read_text())
    ports = [free_port(), free_port()]
    hosts = [serve("wsgi:app", port, env) for port in ports]
    tally, stop_load = Tally(), threading.Event()
    kills = 0
    try:
        for port in ports:
            wait_for(port, "/healthz")
        status, _ = http_sender(ports[0])("POST", "/v1/vacancies", demo, ADMIN)
        assert status == 200, status
        time.sleep(1.5)
        valid_through = (date.today() + timedelta(days=30)).isoformat()
        threads = [threading.Thread(target=render_loop, args=(http_sender(port), stop_load, tally))
                   for port in ports for _ in range(2)]
        threads += [threading.Thread(target=write_loop, args=(http_sender(port), stop_load, tally, ADMIN,
                                                              valid_through, f"h{i}"))
                    for i, port in enumerate(ports)]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        while time.monotonic() - started < args.seconds - args.period:
            time.sleep(args.period - args.outage)
            server.kill()
            kills += 1
            time.sleep(args.outage)
            server.start()
        time.sleep(max(0.0, args.seconds - (time.monotonic() - started)))
        stop_load.set()
        for thread in threads:
            thread.join(timeout=30)
        time.sleep(1.5)
        health = [http_sender(port)("GET", "/healthz", None, {})[1]["status"] for port in ports]
        lost = lost_writes(http_sender(ports[1]), tally, ADMIN)  # read back through the other host
    finally:
        stop_load.set()
        for host in hosts:
            stop(host)
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    report = {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "seconds": args.seconds, "redis_kills": kills, "outage_seconds": args.outage,
        "renders": dict(tally.renders), "writes": dict(tally.writes),
        "acknowledged_writes": len(tally.tokens) + len(tally.vacancies), "lost_writes": len(lost),
        "unexpected": tally.unexpected[:20], "health_after": health,
        "targets": {"failed_renders": 0, "lost_writes": 0, "writes": "2xx or 503", "health_after": "ok"},
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "faults.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    failed_renders = sum(n for status, n in tally.renders.items() if status != 200)
    print(f"\n{kills} kills of Redis in {args.seconds} s: {sum(tally.renders.values())} renders, {failed_renders} "
          f"failed; {sum(tally.writes.values())} writes, {tally.writes.get(503, 0)} refused with 503, "
          f"{report['acknowledged_writes']} acknowledged, {len(lost)} lost; health after: {health}")
    ok = not failed_renders and not lost and not tally.unexpected and set(health) == {"ok"}
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
