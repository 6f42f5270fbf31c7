"""Statistics in the studio: charts and tables of k-suppressed counts, and their CSV export."""

from __future__ import annotations

from flask import Response, g, request

from engine.web.api.common import date_range
from engine.web.studio import bp
from engine.web.studio.session import page, signed_in
from engine.web.studio.text import translate
from engine.web.studio.charts import bar_chart_svg, line_chart_svg
from engine.domain.errors import ValidationFailed
from engine.services.reports import stats_csv, stats_overview
from engine.web.runtime import get_runtime

CSV_COLUMNS = {
    "day": ("day", "impressions", "clicks", "ctr"),
    "vacancy": ("vacancy_id", "impressions", "clicks", "ctr"),
    "topic": ("topic", "impressions", "clicks", "ctr"),
    "vacancy_topic_day": ("day", "vacancy_id", "topic", "impressions", "clicks", "ctr"),
}



@bp.get("/stats")
@signed_in
def stats() -> Response:
    runtime = get_runtime()
    first, last = date_range(13)
    overview = stats_overview(runtime.stats, first, last)
    suppressed = translate("stats.suppressed", g.lang, k=overview["k"])
    per_day = line_chart_svg(
        {translate("stats.impressions", g.lang): [(r["day"][5:], r["impressions"]) for r in overview["by_day"]],
         translate("stats.clicks", g.lang): [(r["day"][5:], r["clicks"]) for r in overview["by_day"]]},
        title=translate("stats.per_day", g.lang), unit_label=translate("stats.count", g.lang),
        suppressed_label=suppressed, empty_label=translate("stats.no_data", g.lang))
    per_topic = bar_chart_svg(
        [(r["topic"], r["impressions"]) for r in overview["by_topic"]],
        title=translate("stats.per_topic", g.lang), unit_label=translate("stats.impressions", g.lang),
        suppressed_label=suppressed, empty_label=translate("stats.no_data", g.lang),
        suppressed_max=overview["k"] - 1)
    top = overview["by_vacancy"][:15]
    per_vacancy = bar_chart_svg(
        [(r["vacancy_id"], r["ctr"] * 100 if r["ctr"] is not None else None) for r in top],
        title=translate("stats.ctr_per_vacancy", g.lang), unit_label=translate("stats.ctr_percent", g.lang),
        suppressed_label=suppressed, empty_label=translate("stats.no_data", g.lang))
    titles = {item.vacancy.id: item.vacancy.title for item in runtime.index.current().items}
    return page("stats.html", overview=overview, per_day=per_day, per_topic=per_topic, per_vacancy=per_vacancy,
                titles=titles, first=first, last=last)


@bp.get("/stats.csv")
@signed_in
def stats_export() -> Response:
    by = request.args.get("by", "vacancy_topic_day")
    if by not in CSV_COLUMNS:
        raise ValidationFailed(f"by is one of {', '.join(CSV_COLUMNS)}", "by")
    first, last = date_range(13)
    rows = get_runtime().stats.rollup(first, last, by)
    body = stats_csv(rows, CSV_COLUMNS[by])
    name = f"plainsight-stats-{by}-{first.isoformat()}-{last.isoformat()}.csv"
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
