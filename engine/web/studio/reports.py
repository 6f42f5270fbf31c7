"""Statistics in the studio: charts and tables of k-suppressed counts, and their CSV export."""

from __future__ import annotations

from functools import partial

from flask import Response, g, request

from engine.domain.i18n import translations
from engine.web import words
from engine.web.api.common import date_range
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.charts import bar_chart_svg, line_chart_svg
from engine.web.studio.session import page, signed_in


@bp.get("/stats")
@signed_in
def stats() -> Response:
    first, last = date_range(13)
    lang = g.lang
    overview, titles = services().reports.overview(first, last, lang)
    _ = translations(lang).gettext
    suppressed, no_data = _("fewer than %(k)s") % {"k": overview["k"]}, _("No data")
    count = partial(words.number, language=lang)
    form = "short" if (last - first).days < 365 else "medium"  # "5 nov" names one day only within a year
    per_day = line_chart_svg(
        {_("Impressions"): [(words.day(r["day"], lang, form), r["impressions"]) for r in overview["by_day"]],
         _("Clicks"): [(words.day(r["day"], lang, form), r["clicks"]) for r in overview["by_day"]]},
        title=_("Impressions and clicks per day"), unit_label=_("Count"),
        suppressed_label=suppressed, empty_label=no_data, fmt=count)
    per_topic = bar_chart_svg(
        [(r["topic_name"], r["impressions"]) for r in overview["by_topic"]],
        title=_("Impressions by topic"), unit_label=_("Impressions"),
        suppressed_label=suppressed, empty_label=no_data,
        suppressed_max=overview["k"] - 1, fmt=count)
    top = overview["by_vacancy"][:15]
    per_vacancy = bar_chart_svg(
        [(r["vacancy"], r["ctr"] * 100 if r["ctr"] is not None else None) for r in top],
        title=_("Click-through rate by vacancy"), unit_label=_("CTR (%)"),
        suppressed_label=suppressed, empty_label=no_data, fmt=partial(words.number, language=lang, digits=1))
    return page("stats.html", overview=overview, per_day=per_day, per_topic=per_topic, per_vacancy=per_vacancy,
                titles=titles, first=first, last=last)


@bp.get("/stats.csv")
@signed_in
def stats_export() -> Response:
    by = request.args.get("by", "vacancy_topic_day")
    first, last = date_range(13)
    body = services().reports.export_csv(first, last, by, g.lang)
    name = f"plainsight-stats-{by}-{first.isoformat()}-{last.isoformat()}.csv"
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
