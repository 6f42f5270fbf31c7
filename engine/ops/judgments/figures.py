"""Figures of the judgments and how they are shown.

A share keeps its counts, so a table can say "81.0% (34/42)" and the JSON can be quoted by the
docs without anyone re-deriving a denominator. Every judgment returns ``Rows`` (label -> figure,
in the order they should be read); the tables put the held-out and the development rows side by
side under one label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Share:
    """hits out of total: a rate that remembers how many cases it rests on."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        if not self.total:
            return "— (0)"
        return f"{100 * self.hits / self.total:.1f}% ({self.hits}/{self.total})"

    def as_json(self) -> dict[str, Any]:
        value = self.value
        return {"share": None if value is None else round(value, 4), "hits": self.hits, "total": self.total}


@dataclass(frozen=True)
class Rate:
    """A count of bad events and how many there are per 100 of the things they happen to."""

    count: int
    per: int
    unit: str

    def __str__(self) -> str:
        if not self.per:
            return f"{self.count} (no {self.unit})"
        return f"{self.count} ({100 * self.count / self.per:.1f} per 100 {self.unit})"

    def as_json(self) -> dict[str, Any]:
        per100 = round(100 * self.count / self.per, 2) if self.per else None
        return {"count": self.count, "per_100": per100, "of": self.per, "unit": self.unit}


@dataclass(frozen=True)
class Shares:
    """Several shares of one group in one cell (e.g. nl, en and both for an ISCO major group), so a
    breakdown stays one line of the table."""

    parts: tuple[tuple[str, Share], ...]

    def __str__(self) -> str:
        return " · ".join(f"{name} {_percent(share)} of {share.total}" for name, share in self.parts)

    def as_json(self) -> dict[str, Any]:
        return {name: share.as_json() for name, share in self.parts}


Figure = Share | Rate | Shares | float | int | str | None
Rows = dict[str, Figure]


def _percent(share: Share) -> str:
    value = share.value
    return "—" if value is None else f"{100 * value:.0f}%"


def share(flags: Iterable[bool]) -> Share:
    """The share of true flags: the one way every judgment turns cases into a figure."""
    values = list(flags)
    return Share(sum(1 for v in values if v), len(values))


def group_by(items: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    """Items by a key, keys sorted, so breakdowns print in a stable order."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return dict(sorted(groups.items()))


def words(text: str) -> list[str]:
    """Lower-cased word tokens (``\\w+``, Unicode): how the sets' authors asked texts to be compared."""
    return _WORD.findall(text.lower())


def json_value(figure: Figure) -> Any:
    """A figure as plain JSON."""
    if isinstance(figure, Share | Rate | Shares):
        return figure.as_json()
    if isinstance(figure, float):
        return round(figure, 4)
    return figure


def _cell(figure: Figure) -> str:
    if figure is None:
        return "—"
    if isinstance(figure, float):
        return f"{figure:.3f}"
    return str(figure)


def table(title: str, columns: Mapping[str, Rows]) -> str:
    """One judgment as a text table: a label column, then one column per set, side by side."""
    labels = list(dict.fromkeys(label for rows in columns.values() for label in rows))
    cells = {name: [_cell(rows.get(label)) for label in labels] for name, rows in columns.items()}
    label_width = max([len(title), *map(len, labels)])
    widths = {name: max([len(name), *map(len, values)]) for name, values in cells.items()}
    header = "  ".join([title.ljust(label_width), *(name.ljust(widths[name]) for name in columns)])
    lines = [header, "-" * len(header)]
    for i, label in enumerate(labels):
        lines.append("  ".join([label.ljust(label_width), *(cells[n][i].ljust(widths[n]) for n in columns)]).rstrip())
    return "\n".join(lines)
