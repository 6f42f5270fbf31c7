"""Figures of the statement check on the development sets, straight from ``drop_sensitive``.

``python tests/statements_dev.py`` prints the removed-whole share per statement and the kept share
per item, overall, per language and per category, and the look-alikes kept. The scoring is the
README's (tests/data/dev/README.md), taken from the judgments harness so both count the same way;
only the development sets are read here — the held-out sets are measured by someone else.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from engine.domain.sensitive import drop_sensitive  # noqa: E402
from engine.ops.judgments.figures import Rows  # noqa: E402
from engine.ops.judgments.statements import (  # noqa: E402
    Statement,
    TextSeen,
    removed_whole,
    score_lookalikes,
    score_statements,
)

DEV = ROOT / "tests" / "data" / "dev" / "statements"


def dev_items(name: str) -> list[dict[str, Any]]:
    """The items of one development file (``statements`` or ``lookalikes``)."""
    items: list[dict[str, Any]] = json.loads((DEV / f"{name}.json").read_text(encoding="utf-8"))["items"]
    return items


def seen(item: dict[str, Any]) -> TextSeen:
    """What the cleaning keeps of one item, in the harness's shape."""
    statements = tuple(Statement(s["category"], s["span"]) for s in item.get("statements") or [])
    return TextSeen(item["id"], item["language"], statements, tuple(item.get("keep") or []),
                    drop_sensitive(item["text"]).text)


def dev_figures() -> Rows:
    """Removed-whole and kept shares on the statements, and the look-alikes kept."""
    return {**score_statements([seen(item) for item in dev_items("statements")]),
            **score_lookalikes([seen(item) for item in dev_items("lookalikes")])}


def misses() -> list[str]:
    """Each item that is not right yet, with what was kept of it: for tuning by hand."""
    lines = []
    for name in ("statements", "lookalikes"):
        for item in dev_items(name):
            cleaned = drop_sensitive(item["text"])
            keep_ok = all(k.lower() in cleaned.text.lower() for k in item.get("keep") or [])
            left = [s["span"] for s in item.get("statements") or [] if not _removed(s["span"], item, cleaned.text)]
            if not keep_ok or left:
                lines.append(f"{item['id']}: {item['text']!r}\n    -> {cleaned.text!r} {cleaned.dropped} left={left}")
    return lines


def _removed(span: str, item: dict[str, Any], stored: str) -> bool:
    one = seen(item)
    return removed_whole(Statement("", span), TextSeen(one.id, one.language, (), one.keep, stored))


if __name__ == "__main__":
    for label, figure in dev_figures().items():
        print(f"{label:40} {figure}")
    if "-v" in sys.argv:
        print("\n".join(misses()))
