"""Print nDCG@5 of the engine and of a BM25 baseline on the labelled evaluation set.

    python bench/match_quality.py [-v]

Runs against a throw-away embedded Redis with the demo catalogue (dates shifted to today).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.domain.jobposting import shift_dates  # noqa: E402
from engine.ops.docs import _stop_embedded  # noqa: E402
from engine.ops.evaluation import K, evaluate, load_eval_set, mean  # noqa: E402
from engine.web.app import create_app  # noqa: E402
from engine.web.runtime import get_runtime  # noqa: E402


def main() -> int:
    verbose = "-v" in sys.argv
    with tempfile.TemporaryDirectory() as data_dir:
        app = create_app({"data_dir": data_dir, "secret_key": "quality", "testing": True})
        runtime = get_runtime(app)
        payload = json.loads((ROOT / "engine" / "data" / "demo_vacancies.jsonld").read_text())
        runtime.vacancies.catalogue.import_payload(shift_dates(payload, date.today() - date(2026, 11, 25)))
        runtime.vacancies.index.rebuild()
        queries = load_eval_set()
        results = evaluate(runtime, queries)
        notes = {q["id"]: q.get("note", "") for q in queries}
        for r in results:
            if verbose or r.engine < 1.0:
                print(f"{r.id} engine {r.engine:.2f} bm25 {r.bm25:.2f}  {notes[r.id][:70]}")
                if verbose or r.engine < 0.8:
                    print(f"     engine {r.engine_top}\n     bm25   {r.bm25_top}")
        engine, bm25 = mean([r.engine for r in results]), mean([r.bm25 for r in results])
        print(f"\nnDCG@{K} over {len(results)} queries: engine {engine:.3f}, BM25 baseline {bm25:.3f}")
        _stop_embedded(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
