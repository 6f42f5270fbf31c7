"""Rollups sum the raw counters first and suppress the sums: a busy day shows its total even when
every vacancy in it is below k. Expected figures are worked out by hand in the comments."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import redis

from engine.store.stats import Stats

D1, D2, D3 = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)
# day -> field -> count, in the stored format
COUNTERS = {
    D1: {"impression|v-a|sector.ict": 4, "impression|v-b|sector.ict": 7, "impression|v-c|sector.care": 12,
         "click|v-c|sector.care": 3, "slot-impression|s1": 23, "slot-click|s1": 3},
    D2: {"impression|v-a|sector.ict": 8, "click|v-a|sector.ict": 2,
         "impression|v-c|-": 20, "click|v-c|-": 9},
    # D3: nothing at all
}


def seed(connection: redis.Redis, counters: dict[date, dict[str, int]]) -> None:
    for day, fields in counters.items():
        for field, amount in fields.items():
            connection.hincrby(f"{{ps}}:stats:{day.isoformat()}", field, amount)


@pytest.fixture
def stats(fresh_db: tuple[int, redis.Redis]) -> Stats:
    seed(fresh_db[1], COUNTERS)
    return Stats(fresh_db[1], k=10)


def numbers(rows: list[dict]) -> list[tuple]:
    return [(row["impressions"], row["clicks"], row["ctr"]) for row in rows]


def test_one_busy_day_of_small_vacancies_shows_its_total(stats: Stats) -> None:
    by_vacancy = stats.rollup(D1, D1, "vacancy")
    assert [row["vacancy_id"] for row in by_vacancy] == ["v-a", "v-b", "v-c"]
    # 4 and 7 are below k; 12 is not; 3 clicks are below k, so no CTR
    assert numbers(by_vacancy) == [(None, 0, None), (None, 0, None), (12, None, None)]
    assert by_vacancy[0]["suppressed"] == ["impressions"]
    # 4 + 7 + 12 = 23 impressions that day; slot counters are not added a second time
    (day,) = stats.rollup(D1, D1, "day")
    assert day == {"day": "2026-03-02", "impressions": 23, "clicks": None, "ctr": None,
                   "suppressed": ["clicks"]}


def test_every_day_of_the_range_has_a_row_and_zero_shows_as_zero(stats: Stats) -> None:
    rows = stats.rollup(D1, D3, "day")
    assert [row["day"] for row in rows] == ["2026-03-02", "2026-03-03", "2026-03-04"]
    # D2: 8 + 20 = 28 impressions, 2 + 9 = 11 clicks, 11 / 28 = 0.392857... -> 0.3929
    assert numbers(rows) == [(23, None, None), (28, 11, 0.3929), (0, 0, None)]
    assert rows[2]["suppressed"] == []


def test_sums_over_days_can_lift_a_vacancy_above_k(stats: Stats) -> None:
    rows = stats.rollup(D1, D3, "vacancy")
    # v-a: 4 + 8 = 12 impressions, 2 clicks; v-b: 7; v-c: 12 + 20 = 32 and 3 + 9 = 12 clicks, 12 / 32
    assert [(row["vacancy_id"], *numbers([row])[0]) for row in rows] == [
        ("v-a", 12, None, None), ("v-b", None, 0, None), ("v-c", 32, 12, 0.375)]


def test_by_topic_keeps_events_without_a_topic_apart(stats: Stats) -> None:
    rows = stats.rollup(D1, D3, "topic")
    # "-": 20 / 9; care: 12 / 3; ict: 4 + 7 + 8 = 19 / 2
    assert [(row["topic"], *numbers([row])[0]) for row in rows] == [
        ("-", 20, None, None), ("sector.care", 12, None, None), ("sector.ict", 19, None, None)]


def test_by_vacancy_topic_day_is_the_raw_grid_suppressed(stats: Stats) -> None:
    rows = stats.rollup(D1, D3, "vacancy_topic_day")
    assert [(row["day"], row["vacancy_id"], row["topic"], *numbers([row])[0]) for row in rows] == [
        ("2026-03-02", "v-a", "sector.ict", None, 0, None),
        ("2026-03-02", "v-b", "sector.ict", None, 0, None),
        ("2026-03-02", "v-c", "sector.care", 12, None, None),
        ("2026-03-03", "v-a", "sector.ict", None, None, None),
        ("2026-03-03", "v-c", "-", 20, None, None),
    ]


def test_total_is_one_row_even_when_nothing_was_counted(stats: Stats) -> None:
    # 23 + 28 = 51 impressions, 3 + 11 = 14 clicks, 14 / 51 = 0.274509... -> 0.2745
    assert stats.rollup(D1, D3, "total") == [{"impressions": 51, "clicks": 14, "ctr": 0.2745, "suppressed": []}]
    assert stats.rollup(date(2025, 1, 1), date(2025, 1, 2), "total") == [
        {"impressions": 0, "clicks": 0, "ctr": None, "suppressed": []}]


def test_days_outside_the_range_are_left_out(stats: Stats) -> None:
    (row,) = stats.rollup(D2, D2, "total")
    assert (row["impressions"], row["clicks"]) == (28, 11)


def test_k_is_the_threshold(fresh_db: tuple[int, redis.Redis]) -> None:
    seed(fresh_db[1], {D1: {"impression|v-a|-": 9, "impression|v-b|-": 10, "click|v-b|-": 1}})
    rows = Stats(fresh_db[1], k=10).rollup(D1, D1, "vacancy")
    assert numbers(rows) == [(None, 0, None), (10, None, None)]
    rows = Stats(fresh_db[1], k=1).rollup(D1, D1, "vacancy")
    assert numbers(rows) == [(9, 0, 0.0), (10, 1, 0.1)]


def test_pending_counts_are_written_before_the_rollup(fresh_db: tuple[int, redis.Redis]) -> None:
    stats = Stats(fresh_db[1], k=10, flush_seconds=60)
    try:
        for _ in range(10):
            stats.count("impression", "v-a", None)
        assert list(fresh_db[1].scan_iter("{ps}:stats:*")) == []  # still in the worker
        today = datetime.now(UTC).date()
        assert numbers(stats.rollup(today, today, "vacancy")) == [(10, 0, 0.0)]
    finally:
        stats._flusher.stop()


def test_report_is_unchanged_and_still_suppresses_per_cell(stats: Stats) -> None:
    rows = stats.report(D1, D1)["by_vacancy_topic_day"]
    assert [(row["vacancy_id"], row["impressions"], row["clicks"]) for row in rows] == [
        ("v-a", None, None), ("v-b", None, None), ("v-c", 12, None)]


@pytest.mark.parametrize(("first", "last", "by", "message"), [
    (D1, D2, "week", "unknown rollup"),
    (D1, D2, "", "unknown rollup"),
    (D2, D1, "day", "range reversed"),
])
def test_bad_arguments_are_refused(stats: Stats, first: date, last: date, by: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        stats.rollup(first, last, by)
