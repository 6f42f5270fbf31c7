"""The command line: run the judgments on the chosen sets and print them side by side.

Held-out and development figures sit next to each other so a gain on the development set that
does not carry over to the held-out set shows at a glance. ``--json`` keeps the same figures with
their counts for the docs to quote. ``--esco DIR`` measures occupation understanding on ESCO's
occupations instead, and says so (exit 0) when the directory is not there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from engine.ops.judgments import identifiers, inclusive, occupations, relevance, statements
from engine.ops.judgments.api import EngineApi
from engine.ops.judgments.figures import Rows, json_value, table
from engine.ops.judgments.sets import SETS, EvalSet

Judgment = Callable[[EngineApi, EvalSet], Rows]
COLUMNS = {"heldout": "held-out", "dev": "development"}
HEADER = "held-out: tests/data/heldout/ (frozen, written blind) · development: tests/data/dev/ (for tuning)"
CHOICES = {"heldout": ("heldout",), "dev": ("dev",), "both": ("heldout", "dev")}


def _occupations(api: EngineApi, eval_set: EvalSet) -> Rows:
    """The set's job titles; a set without them (its file not written yet) leaves its column empty."""
    if eval_set.occupations is None or not eval_set.occupations.is_file():
        return {}
    return occupations.measure(api, occupations.heldout_entries(eval_set.occupations))


# Occupations come last: they import thousands of postings into the app the others share.
JUDGMENTS: tuple[tuple[str, str, Judgment], ...] = (
    ("relevance", "1. Relevance (issue 13)", relevance.run),
    ("statements", "2. Statements about the person (issue 14)", statements.run),
    ("identifiers", "3. Identifiers in values (issue 14)", identifiers.run),
    ("lint", "4. Inclusive-language lint (issue 14)", inclusive.run),
    ("occupations", "5. Occupations (issue 15)", _occupations),
)


def evaluate_sets(names: tuple[str, ...]) -> dict[str, dict[str, Rows]]:
    """Every judgment on every chosen set, in one app with the demo catalogue."""
    results: dict[str, dict[str, Rows]] = {}
    with EngineApi.started() as api:
        for key, _, judgment in JUDGMENTS:
            for name in names:
                started = time.monotonic()
                results.setdefault(key, {})[name] = judgment(api, SETS[name])
                print(f"  {key} on {name}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    return results


def report(results: dict[str, dict[str, Rows]], titles: dict[str, str], columns: dict[str, str]) -> str:
    """The tables, one per judgment, with the chosen sets as columns."""
    tables = [table(titles[key], {columns[name]: rows for name, rows in by_set.items()})
              for key, by_set in results.items() if any(by_set.values())]
    return "\n\n".join(tables)


def as_json(results: dict[str, dict[str, Rows]], names: tuple[str, ...]) -> dict[str, Any]:
    """The figures with their counts, keyed by judgment, set and label, for the docs to quote."""
    return {"date": date.today().isoformat(), "sets": list(names),
            "judgments": {key: {name: {label: json_value(figure) for label, figure in rows.items()}
                                for name, rows in by_set.items()} for key, by_set in results.items()}}


def run_esco(directory: Path, json_out: Path | None) -> int:
    """Occupation understanding on ESCO's preferred labels, in an app without the demo catalogue."""
    if not (directory / occupations.ESCO_FILE).is_file():
        print(f"ESCO directory {directory} is missing (no {occupations.ESCO_FILE}): nothing measured.")
        return 0
    entries = occupations.esco_entries(directory)
    with EngineApi.started(demo=False) as api:
        results = {"occupations": {"esco": occupations.measure(api, entries)}}
    print(report(results, {"occupations": "5. Occupations (ESCO preferred labels)"}, {"esco": "ESCO"}))
    if json_out:
        json_out.write_text(json.dumps(as_json(results, ("esco",)), ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m engine.ops.judgments", description=__doc__)
    parser.add_argument("--set", choices=sorted(CHOICES), default="both", help="which sets to measure")
    parser.add_argument("--json", type=Path, help="also write the figures, with their counts, to this file")
    parser.add_argument("--esco", type=Path, help="measure occupations on ESCO's occupations in this directory")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Measure the chosen sets (or ESCO) and print the tables; 0 unless the harness itself breaks."""
    args = parse(argv)
    if args.esco is not None:
        return run_esco(args.esco, args.json)
    names = CHOICES[args.set]
    results = evaluate_sets(names)
    print(f"{HEADER}\n")
    print(report(results, {key: title for key, title, _ in JUDGMENTS}, COLUMNS))
    if args.json:
        args.json.write_text(json.dumps(as_json(results, names), ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0
