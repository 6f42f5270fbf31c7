"""Where the evaluation sets live and how they are read.

The held-out sets (``tests/data/heldout/``) were written blind and are frozen; the development
sets (``tests/data/dev/``) are for tuning. Both are only ever read here, never written. The two
folders are laid out differently, so each set is described once, by the paths of its parts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.config import ROOT

DATA = ROOT / "tests" / "data"
HELDOUT = DATA / "heldout"
DEV = DATA / "dev"


@dataclass(frozen=True)
class EvalSet:
    """The files of one set; ``None`` where the set has no such part (a column shows "—")."""

    name: str
    fitting: Path
    offtopic: Path
    interests: Path
    statements: Path
    lookalikes: Path
    identifiers: Path
    lint: Path
    occupations: Path | None = None
    match_eval: Path | None = None


SETS = {
    "heldout": EvalSet(
        name="heldout",
        fitting=HELDOUT / "relevance_fitting" / "pages.json",
        offtopic=HELDOUT / "relevance_offtopic" / "pages.json",
        interests=HELDOUT / "relevance_offtopic" / "interests.json",
        statements=HELDOUT / "statements" / "statements.json",
        lookalikes=HELDOUT / "statements" / "lookalikes.json",
        identifiers=HELDOUT / "identifiers" / "values.json",
        lint=HELDOUT / "lint" / "sentences.json",
        occupations=HELDOUT / "occupations" / "titles.json",
    ),
    "dev": EvalSet(
        name="dev",
        fitting=DEV / "relevance" / "fitting.json",
        offtopic=DEV / "relevance" / "offtopic.json",
        interests=DEV / "relevance" / "interests.json",
        statements=DEV / "statements" / "statements.json",
        lookalikes=DEV / "statements" / "lookalikes.json",
        identifiers=DEV / "identifiers" / "values.json",
        lint=DEV / "lint" / "sentences.json",
        occupations=DEV / "occupations" / "titles.json",
        match_eval=DATA / "match_eval.json",  # the team's own labelled queries: development data
    ),
}


def items(path: Path, key: str) -> list[dict[str, Any]]:
    """The list under ``key`` of a set file (``pages``, ``interests``, ``items``, ``sentences``,
    ``titles``), followed by those of its later batches ``more_<name>``, ``more3_<name>``, …
    beside it (a development set grows by batches from other writers; each batch keeps its own
    file, so each writer's account stays with its items)."""
    found = _listed(path, key)
    for part in sorted(path.parent.glob("more*_" + path.name), key=_batch_number):
        found.extend(_listed(part, key))
    return found


def _batch_number(path: Path) -> int:
    """``more_x.json`` is the second batch, ``more3_x.json`` the third."""
    digits = path.name.split("_", 1)[0].removeprefix("more")
    return int(digits) if digits.isdigit() else 2


def _listed(path: Path, key: str) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    listed = data[key] if key in data else data.get("items")
    if not isinstance(listed, list):
        raise ValueError(f"{path}: {key!r} is not a list")
    return listed
