"""The studio's charts: well-formed, accessible SVG whose every text is escaped, and suppressed
values drawn as suppressed, never as zero."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from jinja2 import Environment
from markupsafe import Markup

from engine.web.studio.charts import _ticks, bar_chart_svg, line_chart_svg

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script>'
LABELS = {"title": "Impressions per vacancy", "unit_label": "impressions", "suppressed_label": "fewer than 10"}


def parse(chart: Markup) -> ET.Element:
    return ET.fromstring(str(chart))  # noqa: S314 - our own output, parsed to prove it is well-formed


def tipped(root: ET.Element, tag: str) -> list[ET.Element]:
    """The data marks: elements of ``tag`` carrying their own tooltip."""
    return [el for el in root.iter(SVG + tag) if el.find(SVG + "title") is not None]


def tip(element: ET.Element) -> str:
    return element.find(SVG + "title").text


def texts(root: ET.Element) -> list[str]:
    return [el.text for el in root.iter(SVG + "text") if el.text]


def test_bar_chart_is_an_accessible_self_contained_svg() -> None:
    chart = bar_chart_svg([("v-a", 12), ("v-b", 30), ("v-c", 4)], **LABELS)
    assert isinstance(chart, Markup)
    root = parse(chart)
    assert root.tag == SVG + "svg"
    assert root.get("role") == "img" and root.get("width") == "100%" and root.get("viewBox") == "0 0 640 360"
    title, desc = root[0], root[1]
    assert title.tag == SVG + "title" and title.text == "Impressions per vacancy"
    assert root.get("aria-labelledby") == title.get("id") and root.get("aria-describedby") == desc.get("id")
    assert desc.text == "impressions. v-a: 12; v-b: 30; v-c: 4"
    for forbidden in ("<script", "<style", "href", "<image", "<foreignObject", "onload", "style="):
        assert forbidden not in chart, forbidden
    assert str(chart).count("http") == 1  # the xmlns, nothing fetched


def test_one_bar_per_point_each_with_its_tooltip_and_axis_labels() -> None:
    root = parse(bar_chart_svg([("v-a", 12), ("v-b", 30), ("v-c", 4)], **LABELS, x_label="vacancy"))
    bars = tipped(root, "rect")
    assert [tip(bar) for bar in bars] == ["v-a: 12 impressions", "v-b: 30 impressions", "v-c: 4 impressions"]
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[1] > heights[0] > heights[2] > 0
    # 30 / 4 = 7.5 -> a step of 10: gridlines at 0, 10, 20, 30
    assert {"0", "10", "20", "30", "v-a", "v-b", "v-c", "impressions", "vacancy"} <= set(texts(root))


def test_labels_from_data_are_escaped_not_run() -> None:
    chart = bar_chart_svg([(HOSTILE, 12), ("a & b", None)], title=f"T {HOSTILE}", unit_label="u<i>",
                          suppressed_label="<b>hidden</b>")
    assert "<script" not in chart and "<b>" not in chart and "<i>" not in chart
    assert "&lt;script&gt;" in chart and "a &amp; b" in chart
    root = parse(chart)
    assert not any(el.tag.endswith("script") for el in root.iter())
    assert [tip(bar) for bar in tipped(root, "rect")] == [f"{HOSTILE}: 12 u<i>", "a & b: <b>hidden</b>"]
    assert root[0].text == f"T {HOSTILE}"


def test_markup_labels_are_escaped_too_and_xml_forbidden_characters_dropped() -> None:
    chart = bar_chart_svg([(Markup("<em>v</em>"), 10), ("a\x00b\x1fc", 20)], **LABELS)
    root = parse(chart)
    assert [tip(bar) for bar in tipped(root, "rect")] == ["<em>v</em>: 10 impressions", "abc: 20 impressions"]


def test_a_suppressed_value_is_a_labelled_placeholder_not_a_zero() -> None:
    root = parse(bar_chart_svg([("v-a", 12), ("v-b", None), ("v-c", 0)], **LABELS))
    bars = tipped(root, "rect")
    assert [tip(bar) for bar in bars] == ["v-a: 12 impressions", "v-b: fewer than 10", "v-c: 0 impressions"]
    placeholder = bars[1]
    assert placeholder.get("data-suppressed") == "true" and placeholder.get("stroke-dasharray")
    (pattern,) = root.iter(SVG + "pattern")
    assert placeholder.get("fill") == f"url(#{pattern.get('id')})"
    assert "fewer than 10" in texts(root)  # the legend names the hatching
    assert float(bars[2].get("height")) == 0


def test_the_placeholder_reaches_up_to_what_a_suppressed_count_can_be() -> None:
    root = parse(bar_chart_svg([("v-a", 30), ("v-b", None)], **LABELS, suppressed_max=9))
    full, placeholder = (float(bar.get("height")) for bar in tipped(root, "rect"))
    assert placeholder == pytest.approx(full * 9 / 30)


def test_all_suppressed_still_draws_axes_and_placeholders() -> None:
    root = parse(bar_chart_svg([("v-a", None), ("v-b", None)], **LABELS))
    bars = tipped(root, "rect")
    assert len(bars) == 2 and all(bar.get("data-suppressed") == "true" for bar in bars)
    assert {"0", "1"} <= set(texts(root))
    assert root[1].text == "impressions. v-a: fewer than 10; v-b: fewer than 10"


@pytest.mark.parametrize("chart", [
    bar_chart_svg([], **LABELS),
    line_chart_svg({}, **LABELS),
    line_chart_svg({"impressions": [], "clicks": []}, **LABELS),
])
def test_an_empty_chart_says_so(chart: Markup) -> None:
    root = parse(chart)
    assert "no data" in texts(root) and root[1].text == "impressions. no data"
    assert tipped(root, "rect") == [] and list(root.iter(SVG + "polyline")) == []


def test_the_no_data_text_can_be_translated() -> None:
    assert "geen gegevens" in texts(parse(bar_chart_svg([], **LABELS, empty_label="geen gegevens")))


@pytest.mark.parametrize(("maximum", "ticks"), [
    (23, [0, 10, 20, 30]), (117, [0, 50, 100, 150]), (10, [0, 5, 10]), (0.375, [0, 0.1, 0.2, 0.3, 0.4]),
    (1, [0, 0.5, 1]), (0, [0, 1]),
])
def test_gridlines_sit_at_round_values(maximum: float, ticks: list[float]) -> None:
    assert _ticks(maximum) == ticks


def test_many_labels_are_thinned_and_turned_but_every_bar_keeps_its_tooltip() -> None:
    points = [(f"2026-03-{day:02d}", day) for day in range(1, 32)]
    root = parse(bar_chart_svg(points, **LABELS))
    assert len(tipped(root, "rect")) == 31
    shown = [el for el in root.iter(SVG + "text") if el.text and el.text.startswith("2026-")]
    assert 1 < len(shown) <= 12 and all("rotate" in el.get("transform") for el in shown)


def test_a_long_label_is_shortened_on_the_axis_only() -> None:
    root = parse(bar_chart_svg([("a-very-long-vacancy-identifier", 10)], **LABELS))
    assert "a-very-long-v…" in texts(root)
    assert tip(tipped(root, "rect")[0]) == "a-very-long-vacancy-identifier: 10 impressions"


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf")])
def test_values_a_bar_cannot_show_are_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="finite and not negative"):
        bar_chart_svg([("v-a", bad)], **LABELS)


def test_same_data_same_chart_and_different_charts_have_their_own_ids() -> None:
    one = bar_chart_svg([("v-a", 12)], **LABELS)
    assert one == bar_chart_svg([("v-a", 12)], **LABELS)
    other = bar_chart_svg([("v-a", 13)], **LABELS)
    assert parse(one).get("aria-labelledby") != parse(other).get("aria-labelledby")


def test_a_chart_goes_into_an_autoescaping_template_as_it_is() -> None:
    chart = bar_chart_svg([(HOSTILE, 12)], **LABELS)
    assert Environment(autoescape=True).from_string("{{ chart }}").render(chart=chart) == str(chart)


DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]


def test_line_chart_draws_each_series_with_a_legend() -> None:
    series = {"impressions": list(zip(DAYS, [23, 28, 40, 12], strict=True)),
              "clicks": list(zip(DAYS, [10, 11, 15, 10], strict=True))}
    root = parse(line_chart_svg(series, title="Per day", unit_label="count", suppressed_label="fewer than 10"))
    assert len(list(root.iter(SVG + "polyline"))) == 2
    marks = [tip(el) for tag in ("circle", "rect") for el in tipped(root, tag)]
    assert len(marks) == 8 and "impressions, 2026-03-04: 40 count" in marks and "clicks, 2026-03-05: 10 count" in marks
    assert {"impressions", "clicks", "2026-03-02", "Per day"} <= set(texts(root))
    assert "fewer than 10" not in texts(root)  # nothing suppressed, no legend entry for it
    dashes = [line.get("stroke-dasharray") for line in root.iter(SVG + "polyline")]
    assert dashes[0] is None and dashes[1]  # told apart without colour


def test_a_suppressed_point_leaves_a_gap() -> None:
    series = {"impressions": list(zip(DAYS, [23, 28, 40, 12], strict=True)),
              "clicks": list(zip(DAYS, [10, None, 15, 10], strict=True))}
    root = parse(line_chart_svg(series, title="Per day", unit_label="count", suppressed_label="fewer than 10"))
    lines = list(root.iter(SVG + "polyline"))
    # impressions: one line through 4 points; clicks: a lone point, then a line through 2
    assert [len(line.get("points").split()) for line in lines] == [4, 2]
    assert len(tipped(root, "rect")) == 3  # the clicks markers: 3 of 4 days
    assert "fewer than 10" in texts(root)
    assert "clicks: 2026-03-02: 10; 2026-03-03: fewer than 10;" in root[1].text


def test_line_chart_with_only_suppressed_values_has_axes_but_no_lines() -> None:
    series = {"clicks": [(day, None) for day in DAYS]}
    root = parse(line_chart_svg(series, title=HOSTILE, unit_label="count", suppressed_label="fewer than 10"))
    assert list(root.iter(SVG + "polyline")) == [] and tipped(root, "circle") == []
    assert {"0", "1", "2026-03-02", "fewer than 10"} <= set(texts(root))
    assert root[0].text == HOSTILE
