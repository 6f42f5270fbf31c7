"""Render latency while 10,000 vacancies are imported, against bare Flask's in the same run.

A bulk import must not stall the workers: each one builds the new index beside the live one
(a thread, then a swap) while requests go on being served from the old. This bench serves the
repeating render mix of ``render_bench.py`` from 10,000 vacancies under wrk, and a few seconds
in, imports 10,000 more from another process (niced, as an import job on another box would not
take the workers' cores); it reports the render p99 during the import and bare Flask's p99
under the same load, and checks that the workers served the new vacancies by the end.
Writes bench/results/import-under-load.json.

    python bench/import_load_bench.py [--vacancies 10000] [--seconds 40] [--connections 16]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import render_bench  # noqa: E402

TARGET = "p99 during the import <= 4x bare p99"


def renamed(catalogue: dict, prefix: str) -> dict:
    """The same postings under other ids: an import of new vacancies."""
    graph = []
    for posting in catalogue["@graph"]:
        posting = json.loads(json.dumps(posting))
        posting["identifier"]["value"] = prefix + posting["identifier"]["value"]
        graph.append(posting)
    return {**catalogue, "@graph": graph}


def live_count(port: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
        return int(json.loads(response.read()).get("vacancies", -1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    rng = random.Random(20261203)
    work = Path(tempfile.mkdtemp(prefix="plainsight-import-"))
    first = render_bench.synthetic_catalogue(args.vacancies, rng)
    (work / "first.jsonld").write_text(json.dumps(first, ensure_ascii=False))
    (work / "second.jsonld").write_text(json.dumps(renamed(first, "more-"), ensure_ascii=False))
    bodies = work / "bodies.jsonl"
    bodies.write_text("\n".join(render_bench.request_bodies(rng, 1000)) + "\n")

    redis_server, env = render_bench.bench_store(work)
    flask = [sys.executable, "-m", "flask", "--app", "wsgi", "vacancies", "import"]
    subprocess.run([*flask, str(work / "first.jsonld")], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    figures, imported = {}, {}
    try:
        for name, target in (("bare_flask", "bench.bare_app:app"), ("render", "wsgi:app")):
            port = render_bench.free_port()
            process = render_bench.serve(target, port, env)
            try:
                render_bench.wait_for(port, "/healthz" if name == "render" else "/")
                render_bench.run_wrk(port, bodies, 8, args.connections)  # warm-up, as render_bench
                importer = None
                if name == "render":
                    def run_import() -> None:
                        started = time.monotonic()
                        subprocess.run(["nice", "-n", "19", *flask, str(work / "second.jsonld")], cwd=ROOT, env=env,
                                       check=True, stdout=subprocess.DEVNULL)
                        imported["import_seconds"] = round(time.monotonic() - started, 1)
                    importer = threading.Timer(3.0, run_import)
                    importer.start()
                figures[name] = render_bench.run_wrk(port, bodies, args.seconds, args.connections)
                if importer is not None:
                    importer.join()
                    deadline = time.monotonic() + 60
                    while live_count(port) < 2 * args.vacancies and time.monotonic() < deadline:
                        time.sleep(0.5)
                    imported["served_after_import"] = live_count(port)
            finally:
                render_bench.stop(process)
    finally:
        redis_server.shutdown(nosave=True)
    ratio = figures["render"]["p99_ms"] / figures["bare_flask"]["p99_ms"]
    report = {
        "date": date.today().isoformat(), "machine": render_bench.machine(),
        "vacancies": args.vacancies, "imported": args.vacancies, "connections": args.connections,
        "seconds": args.seconds, **imported, "render_during_import": figures["render"],
        "bare_flask": figures["bare_flask"], "p99_ratio": round(ratio, 2), "target": TARGET,
    }
    render_bench.write_report("import-under-load", report)
    print(f"\nrender p99 during a {args.vacancies}-vacancy import {figures['render']['p99_ms']:.1f} ms vs bare "
          f"{figures['bare_flask']['p99_ms']:.1f} ms -> {ratio:.1f}x (target <= 4x); "
          f"{imported.get('served_after_import')} vacancies served after it")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
