"""What the studio shows of the counters: a CSV export and the stats overview, both built only
from k-suppressed rollups, so an export can never hold more than the screen does."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from engine.domain.errors import ValidationFailed
from engine.store.index import IndexHolder
from engine.store.stats import Stats

CSV_COLUMNS = {
    "day": ("day", "impressions", "clicks", "ctr"),
    "vacancy": ("vacancy_id", "impressions", "clicks", "ctr"),
    "topic": ("topic", "impressions", "clicks", "ctr"),
    "vacancy_topic_day": ("day", "vacancy_id", "topic", "impressions", "clicks", "ctr"),
}
# a spreadsheet reads a cell starting with one of these as a formula (OWASP: CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def stats_csv(rows: list[dict], columns: Sequence[str]) -> str:
    """Rows as CSV with a header; suppressed (None) and missing values are empty cells.

    Text that a spreadsheet would run as a formula gets a leading single quote. Numbers are written
    as they are: a negative number is not a formula, and quoting it would turn it into text.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_cell(column) for column in columns])
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def stats_overview(stats: Stats, first: date, last: date) -> dict:
    """The studio's stats page: per day (every day), per vacancy (busiest first), per topic, totals."""
    by_vacancy = stats.rollup(first, last, "vacancy")
    by_vacancy.sort(key=lambda row: (row["impressions"] is None, -(row["impressions"] or 0), row["vacancy_id"]))
    (totals,) = stats.rollup(first, last, "total")
    return {
        "k": stats.k, "from": first.isoformat(), "to": last.isoformat(),
        "by_day": stats.rollup(first, last, "day"),
        "by_vacancy": by_vacancy,
        "by_topic": stats.rollup(first, last, "topic"),
        "totals": totals,
    }


def _cell(value: object) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value
    text = ";".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class ReportService:
    """The aggregate counters as reports: the admin API's, the studio's overview and its CSV."""

    def __init__(self, *, stats: Stats, index: IndexHolder) -> None:
        self.stats = stats
        self.index = index

    def report(self, first: date, last: date) -> dict:
        return self.stats.report(first, last)

    def overview(self, first: date, last: date) -> tuple[dict, dict[str, str]]:
        """The studio's overview and the titles of the vacancies it may name."""
        overview = stats_overview(self.stats, first, last)
        return overview, {item.vacancy.id: item.vacancy.title for item in self.index.current().items}

    def export_csv(self, first: date, last: date, by: str) -> str:
        """One rollup (``by`` a key of ``CSV_COLUMNS``) as CSV, suppressed cells left empty."""
        if by not in CSV_COLUMNS:
            raise ValidationFailed(f"by is one of {', '.join(CSV_COLUMNS)}", "by")
        return stats_csv(self.stats.rollup(first, last, by), CSV_COLUMNS[by])
