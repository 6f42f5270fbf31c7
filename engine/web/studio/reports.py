"""Statistics in the studio: charts and tables of k-suppressed counts, and their CSV export."""

from __future__ import annotations

from flask import Response, g, request

from engine.domain.i18n import translations
from engine.web.api.common import date_range
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.charts import bar_chart_svg, line_chart_svg
from engine.web.studio.session import page, signed_in


@bp.get("/stats")
@signed_in
def stats() -> Response:
    first, last = date_range(13)
    overview, titles = services().reports.overview(first, last)
    _ = translations(g.lang).gettext
    suppressed, no_data = _("fewer than %(k)s") % {"k": overview["k"]}, _("No data")
    per_day = line_chart_svg(
        {_("Impressions"): [(r["day"][5:], r["impressions"]) for r in overview["by_day"]],
         _("Clicks"): [(r["day"][5:], r["clicks"]) for r in overview["by_day"]]},
        title=_("Impressions and clicks per day"), unit_label=_("Count"),
        suppressed_label=suppressed, empty_label=no_data)
    per_topic = bar_chart_svg(
        [(r["topic"], r["impressions"]) for r in overview["by_topic"]],
        title=_("Impressions by topic"), unit_label=_("Impressions"),
        suppressed_label=suppressed, empty_label=no_data,
        suppressed_max=overview["k"] - 1)
    top = overview["by_vacancy"][:15]
    per_vacancy = bar_chart_svg(
        [(r["vacancy_id"], r["ctr"] * 100 if r["ctr"] is not None else None) for r in top],
        title=_("Click-through rate by vacancy"), unit_label=_("CTR (%)"),
        suppressed_label=suppressed, empty_label=no_data)
    return page("stats.html", overview=overview, per_day=per_day, per_topic=per_topic, per_vacancy=per_vacancy,
                titles=titles, first=first, last=last)


@bp.get("/stats.csv")
@signed_in
def stats_export() -> Response:
    by = request.args.get("by", "vacancy_topic_day")
    first, last = date_range(13)
    body = services().reports.export_csv(first, last, by)
    name = f"plainsight-stats-{by}-{first.isoformat()}-{last.isoformat()}.csv"
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
