"""What the studio shows of the counters: a CSV export and the stats overview, both built only
from k-suppressed rollups, so an export can never hold more than the screen does."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from engine.domain.errors import ValidationFailed
from engine.domain.i18n import N_, translations
from engine.store.index import IndexHolder
from engine.store.stats import Stats

# every id with its name beside it: a person reads the name, a spreadsheet joins on the id
CSV_COLUMNS = {
    "day": ("day", "impressions", "clicks", "ctr"),
    "vacancy": ("vacancy_id", "vacancy", "impressions", "clicks", "ctr"),
    "topic": ("topic", "topic_name", "impressions", "clicks", "ctr"),
    "vacancy_topic_day": ("day", "vacancy_id", "vacancy", "topic", "topic_name", "impressions", "clicks", "ctr"),
}
NO_TOPIC = N_("no topic")  # an impression without a matched topic is counted under "-"
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

    def overview(self, first: date, last: date, language: str = "nl") -> tuple[dict, dict[str, str]]:
        """The studio's overview, each vacancy and topic row with its ``name`` in ``language``,
        and the titles of the vacancies it may name."""
        overview = stats_overview(self.stats, first, last)
        titles = self.titles()
        return {**overview, "by_vacancy": self._named(overview["by_vacancy"], titles, language),
                "by_topic": self._named(overview["by_topic"], titles, language)}, titles

    def titles(self) -> dict[str, str]:
        """Vacancy id -> title, of the vacancies in the index (an expired one keeps its id)."""
        return {item.vacancy.id: item.vacancy.title for item in self.index.current().items}

    def topic_name(self, topic: str, language: str) -> str:
        """A counted topic (a taxonomy concept id) as its label; an unknown id stays as it is."""
        taxonomy = self.index.taxonomy
        if topic in taxonomy:
            return taxonomy[topic].label(language)
        return translations(language).gettext(NO_TOPIC) if topic in ("-", "") else topic

    def _named(self, rows: list[dict], titles: dict[str, str], language: str) -> list[dict]:
        """Rows with the names beside their ids: ``vacancy`` (a title) and ``topic_name``."""
        named = []
        for row in rows:
            extra = {}
            if "vacancy_id" in row:
                extra["vacancy"] = titles.get(row["vacancy_id"], row["vacancy_id"])
            if "topic" in row:
                extra["topic_name"] = self.topic_name(row["topic"], language)
            named.append({**row, **extra})
        return named

    def export_csv(self, first: date, last: date, by: str, language: str = "nl") -> str:
        """One rollup (``by`` a key of ``CSV_COLUMNS``) as CSV, suppressed cells left empty, names
        in ``language`` beside the ids."""
        if by not in CSV_COLUMNS:
            raise ValidationFailed(f"by is one of {', '.join(CSV_COLUMNS)}", "by")
        rows = self._named(self.stats.rollup(first, last, by), self.titles(), language)
        return stats_csv(rows, CSV_COLUMNS[by])
