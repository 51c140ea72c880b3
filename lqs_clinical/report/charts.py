"""Charts for the HTML report: matplotlib (Agg) rendered to inline SVG, deterministic and offline.

Every chart is drawn by matplotlib and post-processed so that it can sit inside one
self-contained HTML file:
- no XML prolog or DOCTYPE (the DOCTYPE names a w3.org DTD URL); the only URI left is the SVG
  namespace identifier ``http://www.w3.org/2000/svg``, which is a name, never fetched;
- ``xlink:href`` becomes the SVG 2 ``href`` and the xlink namespace declaration goes;
- element ids are renamed to a per-chart prefix, so several charts never collide in one page;
- coordinates are rounded to 2 decimals (smaller output, and no long digit runs that the
  privacy guard would take for identifiers);
- no metadata block, no date: the same bundle gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import ListedColormap  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

SVG_NS = "http://www.w3.org/2000/svg"

STATUS_COLOURS = {"fail": "#c0392b", "error": "#7d3c98", "warn": "#e6a118", "pass": "#2e8b57",
                  "not_applicable": "#a0a4a8"}
SUPPRESSED_COLOUR = "#b8bcc2"
_RC = {
    "svg.hashsalt": "lqs-clinical-report",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
}
_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}

_FLOAT = re.compile(r"-?\d+\.\d{3,}")
_ID = re.compile(r'\bid="([^"]+)"')
_HEX_COLOUR = re.compile(r"#([0-9a-fA-F]{6})\b")


def _short(match: re.Match) -> str:
    value = round(float(match.group(0)), 2)
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def clean_svg(svg: str, prefix: str) -> str:
    """Make matplotlib's SVG safe to inline: see the module docstring."""
    start = svg.find("<svg")
    svg = svg[start:]
    svg = re.sub(r'\s+xmlns:xlink="[^"]*"', "", svg)
    svg = svg.replace("xlink:href=", "href=")
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    ids = list(dict.fromkeys(_ID.findall(svg)))
    mapping = {old: f"{prefix}-{i}" for i, old in enumerate(ids)}

    def ref(match: re.Match) -> str:
        return match.group(1) + mapping.get(match.group(2), match.group(2)) + match.group(3)

    svg = _ID.sub(lambda m: f'id="{mapping[m.group(1)]}"', svg)
    svg = re.sub(r'(href="#)([^"]+)(")', ref, svg)
    svg = re.sub(r"(url\(#)([^)]+)(\))", ref, svg)
    svg = svg.replace("<style type=\"text/css\">*{", "<style type=\"text/css\">svg *{")
    svg = _FLOAT.sub(_short, svg)
    # "#000000" is a colour, but six digits in a row read as an identifier to the guard: use rgb().
    svg = _HEX_COLOUR.sub(lambda m: "rgb({},{},{})".format(*(int(m.group(1)[i:i + 2], 16) for i in (0, 2, 4))),
                          svg)
    return svg.strip() + "\n"


def _to_svg(fig, prefix: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata=_METADATA, bbox_inches="tight")
    plt.close(fig)
    return clean_svg(buf.getvalue(), prefix)


def _pct_axis(axis) -> None:
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v * 100:.3g}%"))


def _count_axis(axis) -> None:
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{int(v):,}" if v == int(v) else f"{v:,.1f}"))


def dimension_status_chart(rows: Sequence[tuple[str, dict[str, int]]], prefix: str) -> str:
    """Stacked horizontal bars: checks per audit dimension by status."""
    with plt.rc_context(_RC):
        fig, ax = plt.subplots(figsize=(8, 0.42 * max(len(rows), 1) + 1.0))
        labels = [r[0] for r in rows]
        left = np.zeros(len(rows))
        for status in ("fail", "error", "warn", "pass", "not_applicable"):
            values = np.array([r[1].get(status, 0) for r in rows], dtype=float)
            if values.sum() == 0:
                continue
            ax.barh(labels, values, left=left, color=STATUS_COLOURS[status],
                    label=status.replace("_", " "))
            left += values
        ax.invert_yaxis()
        ax.set_xlabel("checks")
        _count_axis(ax.xaxis)
        ax.legend(loc="lower right", fontsize=8, frameon=False, ncol=5)
        ax.set_title("Checks per audit dimension, by status")
        return _to_svg(fig, prefix)


def heatmap(row_labels: Sequence[str], col_labels: Sequence[str], values: Sequence[Sequence[float | None]],
            suppressed: Sequence[Sequence[bool]], title: str, prefix: str, k: int) -> str:
    """Rates 0..1 as a heatmap; NaN (not applicable) blank; suppressed cells grey."""
    data = np.array([[np.nan if v is None else float(v) for v in row] for row in values], dtype=float)
    supp = np.array(suppressed, dtype=bool)
    with plt.rc_context(_RC):
        width = min(max(0.13 * len(col_labels) + 3.0, 6.0), 13.5)
        height = 0.24 * len(row_labels) + 2.2
        fig, ax = plt.subplots(figsize=(width, height))
        cmap = plt.get_cmap("YlOrRd").with_extremes(bad="#ffffff")
        image = ax.imshow(np.ma.masked_invalid(np.where(supp, np.nan, data)), aspect="auto", cmap=cmap,
                          vmin=0.0, vmax=1.0, interpolation="nearest")
        if supp.any():
            grey = ListedColormap([SUPPRESSED_COLOUR])
            ax.imshow(np.ma.masked_where(~supp, np.ones_like(data)), aspect="auto", cmap=grey,
                      interpolation="nearest")
        ax.set_xticks(range(len(col_labels)), labels=col_labels, rotation=90,
                      fontsize=7 if len(col_labels) <= 80 else 6)
        ax.set_yticks(range(len(row_labels)), labels=row_labels, fontsize=8)
        ax.set_xticks(np.arange(-0.5, len(col_labels), 1), minor=True)
        ax.set_yticks(np.arange(-0.5, len(row_labels), 1), minor=True)
        ax.grid(which="minor", color="#eeeeee", linewidth=0.5)
        ax.tick_params(which="minor", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        bar = fig.colorbar(image, ax=ax, fraction=0.025, pad=0.01)
        _pct_axis(bar.ax.yaxis)
        bar.set_label("missing (NULL or empty)")
        handles = [Patch(color=SUPPRESSED_COLOUR, label=f"<{k} rows (withheld)"),
                   Patch(facecolor="#ffffff", edgecolor="#cccccc", label="column not in table")]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, -0.02 - 0.9 / height), fontsize=8,
                  frameon=False, ncol=2)
        ax.set_title(title, loc="left")
        return _to_svg(fig, prefix)


def bar_chart(labels: Sequence[str], values: Sequence[float | None], title: str, prefix: str, *,
              percent: bool = True, colours: Sequence[str] | None = None, k: int | None = None,
              xlabel: str = "", legend: Sequence[tuple[str, str]] = ()) -> str:
    """Horizontal bars, one per label; a None value is a withheld cell, labelled "<k"."""
    with plt.rc_context(_RC):
        fig, ax = plt.subplots(figsize=(8, 0.26 * max(len(labels), 1) + 1.1))
        shown = [0.0 if v is None else float(v) for v in values]
        cols = list(colours) if colours else ["#3b6ea5"] * len(labels)
        cols = [SUPPRESSED_COLOUR if v is None else c for v, c in zip(values, cols, strict=True)]
        ax.barh(range(len(labels)), shown, color=cols)
        ax.set_yticks(range(len(labels)), labels=labels, fontsize=8)
        ax.invert_yaxis()
        top = max(shown) if shown and max(shown) > 0 else 1.0
        ax.set_xlim(0, top * 1.18)
        for i, v in enumerate(values):
            if v is None:
                text = f"<{k}" if k else "withheld"
            elif percent:
                text = format_pct(v)
            else:
                text = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"
            ax.text(shown[i] + top * 0.01, i, text, va="center", fontsize=7.5)
        if percent:
            _pct_axis(ax.xaxis)
        else:
            _count_axis(ax.xaxis)
        if xlabel:
            ax.set_xlabel(xlabel)
        if legend:
            ax.legend(handles=[Patch(color=c, label=name) for name, c in legend], fontsize=8, frameon=False,
                      loc="lower right")
        ax.set_title(title, loc="left")
        return _to_svg(fig, prefix)


def interval_chart(labels: Sequence[str], series: Sequence[tuple[str, str, Sequence[tuple[float | None,
                   float | None, float | None]]]], title: str, xlabel: str, prefix: str) -> str:
    """Point estimates with interval bars; several series per label (e.g. raw and calibrated).

    ``series`` is a list of (name, colour, [(estimate, low, high) per label]); None is not drawn.
    """
    with plt.rc_context(_RC):
        fig, ax = plt.subplots(figsize=(8, 0.36 * max(len(labels), 1) + 1.3))
        n = max(len(series), 1)
        for s, (name, colour, points) in enumerate(series):
            offset = (s - (n - 1) / 2) * 0.22
            labelled = False
            for i, (est, low, high) in enumerate(points):
                if est is None or math.isnan(float(est)):
                    continue
                lo = est - low if low is not None else 0.0
                hi = high - est if high is not None else 0.0
                ax.errorbar(est, i + offset, xerr=[[max(lo, 0.0)], [max(hi, 0.0)]], fmt="o", color=colour,
                            capsize=3, markersize=4, label=None if labelled else name)
                labelled = True
        ax.set_yticks(range(len(labels)), labels=labels, fontsize=8)
        ax.set_ylim(len(labels) - 0.5, -0.5)
        ax.set_xlim(left=0)
        ax.set_xlabel(xlabel)
        ax.grid(axis="x", color="#eeeeee")
        if series:
            ax.legend(fontsize=8, frameon=False, loc="lower right")
        ax.set_title(title, loc="left")
        return _to_svg(fig, prefix)


def format_pct(rate: float) -> str:
    """A rate 0..1 as a percentage a person can read (0%, 0.0034%, 2.5%, 26.38%)."""
    pct = float(rate) * 100.0
    if pct == 0:
        return "0%"
    if abs(pct) < 0.0001:
        return "<0.0001%"
    if abs(pct) < 0.01:
        return f"{pct:.2g}%"
    if abs(pct) >= 99.995 and pct < 100:
        return ">99.99%"
    return f"{pct:.2f}%"
