"""Charts for the studio as inline SVG, drawn on the server.

No scripts, no ``<style>``, no external references: the charts work under the studio's strict CSP
and without JavaScript. Every text comes from data and is escaped with markupsafe. A suppressed
value (None) is drawn as suppressed (a hatched bar, a gap in a line), never as zero, so a chart
cannot suggest a count the report withheld. A fixed viewBox with ``width="100%"`` lets the chart
scale with its container.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Mapping, Sequence

from markupsafe import Markup

Point = tuple[str, float | None]
Format = Callable[[float], str]  # a value as people read it (the page's number format)

WIDTH, HEIGHT = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 64, 624, 60, 256  # the plot area
FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"
INK, MUTED, GRID, BAR, HATCH = "#1a202c", "#4a5568", "#e2e8f0", "#2b6cb0", "#718096"
# colour, dash pattern and marker per series: told apart without colour too
SERIES_STYLES = (("#2b6cb0", "", "circle"), ("#c05621", "6 4", "square"),
                 ("#2f855a", "2 3", "diamond"), ("#6b46c1", "8 3 2 3", "triangle"))
MAX_X_LABELS = 12
LABEL_CHARS = 14
CHAR_WIDTH = 6.2  # rough width of a character at font-size 11, to decide on rotating labels
# characters XML 1.0 forbids even when escaped: they would make the SVG ill-formed
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def bar_chart_svg(points: Sequence[Point], *, title: str, unit_label: str, suppressed_label: str,
                  x_label: str = "", empty_label: str = "no data", suppressed_max: float | None = None,
                  fmt: Format | None = None) -> Markup:
    """One bar per (label, value); a None value gets a hatched, outlined placeholder.

    The placeholder reaches up to ``suppressed_max`` (pass k - 1: the most a suppressed count can
    be), so it reads as "small, withheld"; without it, it spans the whole height. ``fmt`` writes
    values in the page's number format (default: plain digits with a decimal point).
    """
    fmt = fmt or _fmt
    data = [(_clean(label), _value(value)) for label, value in points]
    chart_id = _chart_id("bar", title, unit_label, data)
    if not data:
        return _empty(chart_id, title, unit_label, empty_label)
    placeholder = _value(suppressed_max) if any(v is None for _, v in data) else None
    ticks = _ticks(max([v for _, v in data if v is not None] + [placeholder or 0]))
    slot = (RIGHT - LEFT) / len(data)
    width = min(slot * 0.7, 56)
    bars = []
    for i, (label, value) in enumerate(data):
        x = LEFT + i * slot + (slot - width) / 2
        bars.append(_bar(chart_id, x, width, (label, value), ticks[-1], placeholder, (unit_label, suppressed_label),
                         slot >= 30, fmt))
    legend = [_hatch_swatch(chart_id, suppressed_label)] if any(v is None for _, v in data) else []
    body = Markup("").join([
        _defs(chart_id), _axes(title, ticks, unit_label, x_label, fmt), _x_labels([label for label, _ in data]),
        _tag("g", {}, *bars), _legend(legend),
    ])
    desc = f"{unit_label}. " + "; ".join(f"{label}: {_shown(value, suppressed_label, fmt)}" for label, value in data)
    return _frame(chart_id, title, desc, body)


def line_chart_svg(series: Mapping[str, Sequence[Point]], *, title: str, unit_label: str, suppressed_label: str,
                   x_label: str = "", empty_label: str = "no data", fmt: Format | None = None) -> Markup:
    """Several series (impressions and clicks per day) on one axis; a None value leaves a gap."""
    fmt = fmt or _fmt
    data = {_clean(name): [(_clean(label), _value(value)) for label, value in points]
            for name, points in series.items()}
    labels = list(dict.fromkeys(label for points in data.values() for label, _ in points))
    chart_id = _chart_id("line", title, unit_label, data)
    if not labels:
        return _empty(chart_id, title, unit_label, empty_label)
    ticks = _ticks(max((v for points in data.values() for _, v in points if v is not None), default=0))
    slot = (RIGHT - LEFT) / len(labels)
    lines, legend = [], []
    for n, (name, points) in enumerate(data.items()):
        style = SERIES_STYLES[n % len(SERIES_STYLES)]
        values = dict(points)
        xy = [(LEFT + (i + 0.5) * slot, values.get(label)) for i, label in enumerate(labels)]
        lines.append(_series(name, labels, xy, ticks[-1], unit_label, style, fmt))
        legend.append(_series_swatch(name, style))
    if any(v is None for points in data.values() for _, v in points):
        legend.append(_gap_swatch(suppressed_label))
    body = Markup("").join([
        _axes(title, ticks, unit_label, x_label, fmt), _x_labels(labels), *lines, _legend(legend),
    ])
    desc = f"{unit_label}. " + ". ".join(
        f"{name}: " + "; ".join(f"{label}: {_shown(value, suppressed_label, fmt)}" for label, value in points)
        for name, points in data.items())
    return _frame(chart_id, title, desc, body)


def _bar(chart_id: str, x: float, width: float, point: Point, top: float, placeholder: float | None,
         labels: tuple[str, str], show_value: bool, fmt: Format) -> Markup:
    (label, value), (unit_label, suppressed_label) = point, labels
    if value is None:
        tip = _tag("title", {}, f"{label}: {suppressed_label}")
        height = (BOTTOM - TOP) * placeholder / top if placeholder else BOTTOM - TOP
        return _tag("rect", {"x": x, "y": BOTTOM - height, "width": width, "height": height,
                             "fill": f"url(#{chart_id}-hatch)", "stroke": HATCH, "stroke-dasharray": "4 3",
                             "data-suppressed": "true"}, tip)
    height = (BOTTOM - TOP) * value / top
    if value > 0:
        height = max(height, 1.0)  # a small count stays visible
    tip = _tag("title", {}, f"{label}: {fmt(value)} {unit_label}")
    rect = _tag("rect", {"x": x, "y": BOTTOM - height, "width": width, "height": height, "fill": BAR}, tip)
    if not show_value:
        return rect
    text = _tag("text", {"x": x + width / 2, "y": BOTTOM - height - 4, "text-anchor": "middle",
                         "font-size": 10, "fill": INK}, fmt(value))
    return rect + text


def _series(name: str, labels: list[str], xy: list[tuple[float, float | None]], top: float,
            unit_label: str, style: tuple[str, str, str], fmt: Format) -> Markup:
    colour, dash, marker = style
    runs: list[list[tuple[float, float]]] = [[]]
    parts = []
    for label, (x, value) in zip(labels, xy, strict=True):
        if value is None:
            runs.append([])
            continue
        y = BOTTOM - (BOTTOM - TOP) * value / top
        runs[-1].append((x, y))
        tip = _tag("title", {}, f"{name}, {label}: {fmt(value)} {unit_label}")
        parts.append(_marker(marker, x, y, colour, tip))
    lines = [_tag("polyline", {"points": " ".join(f"{_num(x)},{_num(y)}" for x, y in run), "fill": "none",
                               "stroke": colour, "stroke-width": 2, "stroke-dasharray": dash or None,
                               "stroke-linejoin": "round"})
             for run in runs if len(run) > 1]
    return _tag("g", {}, *lines, *parts)


def _marker(shape: str, x: float, y: float, colour: str, *children: Markup) -> Markup:
    if shape == "circle":
        return _tag("circle", {"cx": x, "cy": y, "r": 3.5, "fill": colour}, *children)
    if shape == "square":
        return _tag("rect", {"x": x - 3, "y": y - 3, "width": 6, "height": 6, "fill": colour}, *children)
    corners = ((0, -4), (4, 0), (0, 4), (-4, 0)) if shape == "diamond" else ((0, -4), (4, 3.5), (-4, 3.5))
    points = " ".join(f"{_num(x + dx)},{_num(y + dy)}" for dx, dy in corners)
    return _tag("polygon", {"points": points, "fill": colour}, *children)


def _axes(title: str, ticks: list[float], unit_label: str, x_label: str, fmt: Format) -> Markup:
    """Title, gridlines with their values, the baseline and both axis titles."""
    parts = [_tag("text", {"x": 8, "y": 22, "font-size": 14, "font-weight": "bold", "fill": INK}, _clean(title))]
    for tick in ticks:
        y = BOTTOM - (BOTTOM - TOP) * tick / ticks[-1]
        parts.append(_tag("line", {"x1": LEFT, "x2": RIGHT, "y1": y, "y2": y,
                                   "stroke": MUTED if tick == 0 else GRID, "stroke-width": 1}))
        parts.append(_tag("text", {"x": LEFT - 6, "y": y, "dy": "0.32em", "text-anchor": "end",
                                   "font-size": 11, "fill": MUTED}, fmt(tick)))
    middle = (TOP + BOTTOM) / 2
    parts.append(_tag("text", {"x": 16, "y": middle, "transform": f"rotate(-90 16 {_num(middle)})",
                               "text-anchor": "middle", "font-size": 11, "fill": MUTED}, _clean(unit_label)))
    if x_label:
        parts.append(_tag("text", {"x": (LEFT + RIGHT) / 2, "y": HEIGHT - 6, "text-anchor": "middle",
                                   "font-size": 11, "fill": MUTED}, _clean(x_label)))
    return Markup("").join(parts)


def _x_labels(labels: list[str]) -> Markup:
    """At most ``MAX_X_LABELS`` labels, shortened, turned when they would overlap (tooltips keep all)."""
    slot = (RIGHT - LEFT) / len(labels)
    every = math.ceil(len(labels) / MAX_X_LABELS)
    shown = [(i, _shorten(label)) for i, label in enumerate(labels) if i % every == 0]
    turn = max(len(text) for _, text in shown) * CHAR_WIDTH > slot * every - 4
    parts = []
    for i, text in shown:
        x, y = LEFT + (i + 0.5) * slot, BOTTOM + 16
        attrs = {"x": x, "y": y, "font-size": 11, "fill": MUTED, "text-anchor": "end" if turn else "middle",
                 "transform": f"rotate(-35 {_num(x)} {_num(y)})" if turn else None}
        parts.append(_tag("text", attrs, text))
    return _tag("g", {}, *parts)


def _legend(items: list[tuple[Markup, str]]) -> Markup:
    """Swatch and text per item, side by side under the title."""
    parts, x = [], 8.0
    for swatch, text in items:
        parts.append(_tag("g", {"transform": f"translate({_num(x)} 40)"}, swatch,
                          _tag("text", {"x": 30, "y": 4, "font-size": 11, "fill": INK}, text)))
        x += 30 + len(text) * CHAR_WIDTH + 16
    return _tag("g", {}, *parts)


def _hatch_swatch(chart_id: str, suppressed_label: str) -> tuple[Markup, str]:
    swatch = _tag("rect", {"x": 0, "y": -6, "width": 24, "height": 12, "fill": f"url(#{chart_id}-hatch)",
                           "stroke": HATCH, "stroke-dasharray": "4 3"})
    return swatch, _clean(suppressed_label)


def _series_swatch(name: str, style: tuple[str, str, str]) -> tuple[Markup, str]:
    colour, dash, marker = style
    line = _tag("line", {"x1": 0, "x2": 24, "y1": 0, "y2": 0, "stroke": colour, "stroke-width": 2,
                         "stroke-dasharray": dash or None})
    return line + _marker(marker, 12, 0, colour), name


def _gap_swatch(suppressed_label: str) -> tuple[Markup, str]:
    """Two stubs with a wide gap between: where a line breaks, the value was suppressed."""
    stubs = Markup("").join(_tag("line", {"x1": x1, "x2": x2, "y1": 0, "y2": 0, "stroke": MUTED, "stroke-width": 2})
                            for x1, x2 in ((0, 6), (18, 24)))
    return stubs, _clean(suppressed_label)


def _defs(chart_id: str) -> Markup:
    line = _tag("line", {"x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": HATCH, "stroke-width": 2,
                         "stroke-opacity": 0.5})
    return _tag("defs", {}, _tag("pattern", {"id": f"{chart_id}-hatch", "width": 6, "height": 6,
                                             "patternUnits": "userSpaceOnUse",
                                             "patternTransform": "rotate(45)"}, line))


def _empty(chart_id: str, title: str, unit_label: str, empty_label: str) -> Markup:
    body = Markup("").join([
        _tag("text", {"x": 8, "y": 22, "font-size": 14, "font-weight": "bold", "fill": INK}, _clean(title)),
        _tag("rect", {"x": LEFT, "y": TOP, "width": RIGHT - LEFT, "height": BOTTOM - TOP, "fill": "none",
                      "stroke": GRID}),
        _tag("text", {"x": (LEFT + RIGHT) / 2, "y": (TOP + BOTTOM) / 2, "text-anchor": "middle",
                      "font-size": 14, "fill": MUTED}, _clean(empty_label)),
    ])
    return _frame(chart_id, title, f"{unit_label}. {empty_label}", body)


def _frame(chart_id: str, title: str, desc: str, body: Markup) -> Markup:
    """The outer ``<svg>``: named by its title and described by its data for screen readers."""
    attrs = {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {WIDTH} {HEIGHT}", "width": "100%",
             "role": "img", "aria-labelledby": f"{chart_id}-title", "aria-describedby": f"{chart_id}-desc",
             "font-family": FONT}
    return _tag("svg", attrs, _tag("title", {"id": f"{chart_id}-title"}, _clean(title)),
                _tag("desc", {"id": f"{chart_id}-desc"}, _clean(desc)), body)


def _tag(name: str, attrs: Mapping[str, object], *children: Markup | str) -> Markup:
    """One element; attribute values and text children are escaped, Markup children kept."""
    rendered = Markup("").join(Markup(' {}="{}"').format(key, _num(value) if isinstance(value, float) else value)
                               for key, value in attrs.items() if value is not None)
    if not children:
        return Markup("<{}{}/>").format(name, rendered)
    inner = Markup("").join(child if isinstance(child, Markup) else Markup("{}").format(child) for child in children)
    return Markup("<{}{}>{}</{}>").format(name, rendered, inner, name)


def _ticks(maximum: float) -> list[float]:
    """Gridline values at a round step (1, 2 or 5 times a power of ten), from 0 to at least ``maximum``."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return [round(i * step, 10) for i in range(math.ceil(round(maximum / step, 10)) + 1)]


def _value(value: float | None) -> float | None:
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"chart values must be finite and not negative, not {value!r}")
    return number


def _clean(text: object) -> str:
    """Plain text (a Markup label is escaped like any other) without characters XML forbids."""
    return _NOT_XML.sub("", str(text))


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def _shown(value: float | None, suppressed_label: str, fmt: Format) -> str:
    return suppressed_label if value is None else fmt(value)


def _fmt(value: float) -> str:
    """A value for people: whole numbers without a fraction, others to four decimals."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _num(value: float | object) -> str:
    """A coordinate, to two decimals: short and stable output."""
    if not isinstance(value, float | int):
        return str(value)
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _chart_id(kind: str, title: str, unit_label: str, data: object) -> str:
    """Ids derived from the content: stable output, distinct for different charts on one page."""
    digest = hashlib.sha256(repr((kind, title, unit_label, data)).encode()).hexdigest()[:12]
    return f"chart-{digest}"
