"""The cold render path: every request a page no worker has seen, against bare Flask.

An ad network's traffic does not repeat: nearly every bid comes from a page the worker has not
read. This bench sends 10,000 vacancies' engine a fresh page per request (a fixed seed; Dutch
and English pages of 50-300 words put together from the development pages' sentences, each
with a title of its own; stated interests, a place and hours on half of them) under the same
gunicorn settings and wrk load as ``render_bench.py``, and the same bodies to a bare Flask
endpoint in the same run. It also profiles one cold request by stage, in process, so each
target is visible. Writes bench/results/render-cold-mix.json.

    python bench/cold_bench.py [--vacancies 10000] [--seconds 20] [--connections 16]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import render_bench  # noqa: E402

PAGES = sorted((ROOT / "tests" / "data" / "dev" / "relevance").glob("*.json"))
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
TARGETS = {"throughput_ratio": ">= 0.33", "p99_ratio": "<= 4"}


def sentence_pool() -> dict[str, list[str]]:
    """Sentences of the development pages (news, reviews, forums, blogs), by language."""
    pool: dict[str, list[str]] = defaultdict(list)
    for path in PAGES:
        for page in json.loads(path.read_text()).get("pages", []):
            context = page.get("context", {})
            for sentence in SENTENCE_END.split(context.get("text") or ""):
                if len(sentence.split()) >= 4:
                    pool[page.get("language", "nl")].append(sentence)
    return pool


def cold_bodies(rng: random.Random, count: int) -> list[str]:
    """``count`` bodies, each with a page of its own: 50-300 words, a fresh title."""
    pool = sentence_pool()
    towns = ["Utrecht", "Amsterdam", "Zwolle", "Groningen", "Eindhoven", "Tilburg"]
    bodies = []
    for n in range(count):
        language = "nl" if n % 3 else "en"
        sentences, words, target = [], 0, rng.randint(50, 300)
        while words < target:
            sentence = rng.choice(pool[language])
            sentences.append(sentence)
            words += len(sentence.split())
        title_words = rng.choice(pool[language]).split()[:rng.randint(4, 9)]
        body: dict = {"context": {"title": f"{' '.join(title_words)} ({n})", "text": " ".join(sentences)},
                      "format": "native"}
        if rng.random() < 0.5:
            body["context"]["language"] = language
        if n % 2:
            prefs = {"interests": rng.choice(render_bench.INTERESTS), "hours": rng.choice(["parttime", "fulltime"])}
            if rng.random() < 0.6:
                prefs["location"] = rng.choice(towns)
            body["preferences"] = prefs
        bodies.append(json.dumps(body, ensure_ascii=False))
    return bodies


def run_wrk(port: int, bodies_file: Path, seconds: int, connections: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(ROOT / "bench" / "cold.lua"),
               f"http://127.0.0.1:{port}", "--", str(bodies_file), "2"]
    return render_bench.parse_wrk(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def stage_profile(catalogue: Path, bodies: list[str]) -> dict[str, float]:
    """Milliseconds a cold request spends in each stage, averaged over ``bodies`` (in process)."""
    from flask.json.provider import DefaultJSONProvider

    import engine.nlp.analyzer as analyzer_module
    import engine.services.ads as ads_module
    import engine.services.render as render_module
    from engine.domain.links import LinkSigner
    from engine.web.app import create_app
    from engine.web.runtime import get_runtime

    spent: dict[str, float] = defaultdict(float)

    def timed(owner: object, name: str, stage: str) -> None:
        original: Callable = getattr(owner, name)

        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - started
        setattr(owner, name, wrapper)

    timed(analyzer_module.Analyzer, "_analyse", "analysis")  # before the app: its cache wraps the method
    app = create_app({"data_dir": tempfile.mkdtemp(prefix="plainsight-cold-"), "secret_key": "bench",
                      "anonymous_rate_limit": "1000000/second"})
    runtime = get_runtime(app)
    runtime.vacancies.import_payload(json.loads(catalogue.read_text()))
    client = app.test_client()
    for body in bodies[:20]:  # the first requests load what loads lazily
        client.post("/v1/render", data=body, content_type="application/json")
    timed(ads_module, "validate", "validation (schema, identifiers in the page)")
    timed(render_module, "to_signals", "signals (statements about the person)")
    timed(render_module, "expand", "query expansion")
    timed(render_module, "ranked", "ranking (scores)")
    timed(render_module, "serve", "ranking (floor, reasons)")
    timed(render_module.Plainsight, "write_copy", "copy")
    timed(render_module, "explain", "explanation")
    timed(LinkSigner, "why_url", "signing")
    timed(LinkSigner, "click_url", "signing")
    timed(DefaultJSONProvider, "response", "serialisation")
    spent.clear()
    measured = bodies[20:]
    started = time.perf_counter()
    for body in measured:
        assert client.post("/v1/render", data=body, content_type="application/json").status_code == 200
    total = time.perf_counter() - started
    runtime.close()
    profile = {stage: round(seconds / len(measured) * 1000, 3) for stage, seconds in spent.items()}
    profile["everything else (HTTP, quota, metrics, log)"] = round(
        (total - sum(spent.values())) / len(measured) * 1000, 3)
    profile["total"] = round(total / len(measured) * 1000, 3)
    return profile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--bodies", type=int, default=40_000, help="distinct bodies (more than are sent)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    rng = random.Random(20261203)
    work = Path(tempfile.mkdtemp(prefix="plainsight-cold-"))
    catalogue = work / "catalogue.jsonld"
    catalogue.write_text(json.dumps(render_bench.synthetic_catalogue(args.vacancies, rng), ensure_ascii=False))
    bodies = cold_bodies(rng, args.bodies)
    bodies_file = work / "bodies.jsonl"
    bodies_file.write_text("\n".join(bodies) + "\n")
    warm_up_file = work / "warm-up.jsonl"  # pages of their own: what loads lazily, loads before measuring
    warm_up_file.write_text("\n".join(cold_bodies(random.Random(1), 2000)) + "\n")
    profile = stage_profile(catalogue, bodies[-320:])

    redis_server, env = render_bench.bench_store(work)
    subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "vacancies", "import", str(catalogue)],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    figures = {}
    try:
        for name, target in (("bare_flask", "bench.bare_app:app"), ("render", "wsgi:app")):
            port = render_bench.free_port()
            process = render_bench.serve(target, port, env)
            try:
                render_bench.wait_for(port, "/healthz" if name == "render" else "/")
                run_wrk(port, warm_up_file, 5, args.connections)
                figures[name] = run_wrk(port, bodies_file, args.seconds, args.connections)
            finally:
                render_bench.stop(process)
    finally:
        redis_server.shutdown(nosave=True)
    sent = figures["render"]["requests"]
    ratio = figures["render"]["rps"] / figures["bare_flask"]["rps"]
    p99_ratio = figures["render"]["p99_ms"] / figures["bare_flask"]["p99_ms"]
    report = {
        "date": date.today().isoformat(), "machine": render_bench.machine(),
        "vacancies": args.vacancies, "connections": args.connections, "seconds": args.seconds,
        "distinct_bodies": args.bodies, "bodies_repeated": max(0, sent - args.bodies),
        "render": figures["render"], "bare_flask": figures["bare_flask"],
        "throughput_ratio": round(ratio, 3), "p99_ratio": round(p99_ratio, 2),
        "stage_ms_per_cold_request": profile, "targets": TARGETS,
    }
    render_bench.write_report("render-cold-mix", report)
    print(f"\ncold render {figures['render']['rps']:.0f} req/s vs bare Flask {figures['bare_flask']['rps']:.0f} "
          f"req/s -> ratio {ratio:.2f} (target >= 0.33); p99 {figures['render']['p99_ms']:.1f} vs "
          f"{figures['bare_flask']['p99_ms']:.1f} ms -> {p99_ratio:.1f}x (target <= 4x)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
