"""Reports: HTML (self-contained, offline, rendered in headless Chromium) and the model-card Markdown.

The demo report is built with the real pipeline; every check type the report knows (and one it
does not) is covered with hand-built bundles, including withheld (suppressed) cells.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from lqs_clinical import guard
from lqs_clinical.bundle import (
    Bundle,
    DatasetInfo,
    Parameters,
    Result,
    RunInfo,
    Stratum,
    Threshold,
    ToolInfo,
)
from lqs_clinical.certify import certify
from lqs_clinical.dimensions import summarise
from lqs_clinical.errors import GuardViolation
from lqs_clinical.guard import guard_text
from lqs_clinical.report import render_html, render_markdown, write_reports
from lqs_clinical.report.charts import SVG_NS

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO.parent / "shared" / "data" / "mimic-iv-demo"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_DOC = REPO / "docs" / "report-screenshot.png"
URL = re.compile(r"(?i)\b(?:https?|wss?|ftp)://[^\s\"'<>)]*")


# ------------------------------------------------------------------------------------------ helpers
def assert_offline_text(text: str) -> None:
    """No URL of any kind, except the SVG namespace identifier (a name, never fetched)."""
    urls = set(URL.findall(text))
    assert urls <= {SVG_NS}, f"unexpected URLs: {sorted(urls)[:5]}"
    lowered = text.lower()
    for needle in ("//cdn", "@import", "@font-face", "<link", " src=", "xlink", "<!doctype svg", "w3.org/graphics",
                   "url(http", "url(//"):
        assert needle not in lowered, needle
    # a protocol-relative URL (//host.tld/...) anywhere
    assert not re.search(r"(?<![:\w])//[a-z0-9-]+(\.[a-z0-9-]+)+/", lowered)


def chromium(*args: str, user_data: Path) -> subprocess.CompletedProcess:
    assert CHROMIUM.exists(), ("headless Chromium is required for the report tests: run .ci/install-chromium.sh "
                               "(Debian package `chromium`)")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={user_data}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def page_requests(netlog: Path) -> list[str]:
    """URLs of network requests the page started (not Chromium's own background traffic).

    A request made on behalf of a document has that document's origin as initiator (``null`` for
    a file:// page) and a file:// network isolation key; Chromium's own update/sign-in pings have
    initiator "not an origin". Every request to a network scheme is reported either way when its
    initiator is a page.
    """
    data = json.loads(netlog.read_text(encoding="utf-8"))
    names = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    out = []
    for event in data["events"]:
        params = event.get("params") or {}
        if names.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        url = params["url"]
        if url.startswith(("file:", "data:", "blob:", "about:", "chrome:")):
            continue
        internal = params.get("initiator") == "not an origin" and "file://" not in params.get(
            "network_isolation_key", "")
        if not internal:
            out.append(url)
    return out


def render_in_chromium(html: Path, tmp: Path) -> tuple[Path, Path, str]:
    shot, netlog = tmp / "shot.png", tmp / "netlog.json"
    offline = ['--host-resolver-rules=MAP * ~NOTFOUND', f"--log-net-log={netlog}"]
    proc = chromium(*offline, f"--screenshot={shot}", "--window-size=1400,3000", html.resolve().as_uri(),
                    user_data=tmp / "profile-shot")
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = chromium("--dump-dom", html.resolve().as_uri(), user_data=tmp / "profile-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    return shot, netlog, dom.stdout


def dom_text(dom: str) -> str:
    body = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", dom)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


# ------------------------------------------------------------------------------------------ the demo
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from lqs_clinical.runner import RunOptions, profile_dataset

    out = tmp_path_factory.mktemp("report-demo")
    bundle, _ = profile_dataset(DEMO, out / "export", RunOptions())
    paths = write_reports(bundle, html=out / "export" / "report.html", markdown=out / "export" / "model-card.md")
    return bundle, paths, out


def _fmt(n: int) -> str:
    return f"{n:,}"


def test_demo_reports_are_written_guarded_and_offline(demo):
    bundle, paths, _ = demo
    html_path, md_path = paths
    assert [p.name for p in paths] == ["report.html", "model-card.md"]
    html, md = html_path.read_text(encoding="utf-8"), md_path.read_text(encoding="utf-8")
    guard_text(html, bundle, "HTML report")
    guard_text(md, bundle, "model card")
    assert_offline_text(html)
    assert_offline_text(md)
    # key numbers from the bundle, formatted as displayed
    rows = {r.table: r.metrics["rows"] for r in bundle.results if r.check == "row_count" and r.reason is None}
    assert rows["labevents"] == 107727
    hadm = next(r for r in bundle.results if r.id == "missingness:labevents:hadm_id")
    assert hadm.numerator == 28420
    for needle in ("107,727", "28,420", "26.38%", bundle.cert.hash, "indicative evidence, not an audit score",
                   "lqs-clinical verify evidence.json --public-key lqs-signing.pub"):
        assert needle in html, needle
    # withheld cells are shown as <k (the demo has missingness counts below k)
    assert any("numerator" in r.suppressed for r in bundle.results)
    assert '<td class="withheld num">&lt;11</td>' in html
    # the charts are inline SVG drawn by matplotlib, one per chart, with the namespace kept
    assert html.count("<svg ") >= 2 and html.count(f'xmlns="{SVG_NS}"') == html.count("<svg ")
    # model card
    assert "Beth Israel Deaconess Medical Center (BIDMC)" in md and "Boston" in md
    assert "MIMIC-IV, release 2.2" in md and bundle.cert.hash in md
    assert "lqs-clinical verify evidence.json --public-key lqs-signing.pub" in md
    assert "Tables present: 30 of 31 (absent: chartevents)." in md
    assert len(md.splitlines()) < 60


def test_demo_report_is_deterministic(demo):
    bundle, paths, _ = demo
    assert render_html(bundle) == paths[0].read_text(encoding="utf-8")
    assert render_markdown(bundle) == paths[1].read_text(encoding="utf-8")


def test_demo_report_renders_in_headless_chromium_without_network(demo, tmp_path):
    bundle, paths, _ = demo
    shot, netlog, dom = render_in_chromium(paths[0], tmp_path)
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    assert page_requests(netlog) == []
    text = dom_text(dom)
    for needle in ("107,727", "28,420", "26.38%", "Findings to look at first", bundle.cert.hash,
                   "indicative evidence, not an audit score", "Missing share by table and column"):
        assert needle in text, needle
    # the sort script ran without breaking the page: every table is still there
    assert dom.count("<table") == paths[0].read_text(encoding="utf-8").count("<table")
    if os.environ.get("LQS_UPDATE_SCREENSHOT"):  # refresh the README screenshot (palette PNG, < 400 KB)
        from PIL import Image

        Image.open(shot).convert("RGB").quantize(colors=64).save(SCREENSHOT_DOC, optimize=True)


def test_netlog_check_sees_requests_a_page_makes(tmp_path):
    """Control: the same Chromium run does record a page's attempt to load external resources."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.canary.invalid/x.css">'
                    '</head><body><img src="http://img.canary.invalid/a.png"><p>canary</p></body></html>',
                    encoding="utf-8")
    netlog = tmp_path / "netlog.json"
    proc = chromium("--host-resolver-rules=MAP * ~NOTFOUND", f"--log-net-log={netlog}",
                    f"--screenshot={tmp_path / 'c.png'}", "--window-size=400,300", page.as_uri(),
                    user_data=tmp_path / "profile")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sorted(page_requests(netlog)) == ["http://img.canary.invalid/a.png", "https://cdn.canary.invalid/x.css"]


def test_install_script_is_idempotent_when_chromium_exists():
    script = REPO / ".ci" / "install-chromium.sh"
    assert os.access(script, os.X_OK)
    assert CHROMIUM.exists(), "run .ci/install-chromium.sh"
    proc = subprocess.run([str(script)], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0 and "already installed" in proc.stdout


def test_screenshot_for_the_readme_is_committed_and_small():
    assert SCREENSHOT_DOC.exists()
    data = SCREENSHOT_DOC.read_bytes()
    assert data.startswith(b"\x89PNG") and 20_000 < len(data) < 400_000


# ------------------------------------------------------------------------------------------ hand-built
K = 11
NEW_TYPES = {"fk_orphans", "soft_fk_orphans", "value_without_unit", "multi_unit_items", "temporal_order",
             "value_range", "death_consistency", "population", "reid_risk", "rare_code_exposure", "pk_unique"}


def _r(id: str, check: str, dimension: str, kahn: str, **kw) -> Result:
    kw.setdefault("threshold", Threshold(warn=0.0, fail=0.01))
    return Result(id=id, check=check, dimension=dimension, kahn=kahn, **kw)


def hand_bundle() -> Bundle:
    fid, cov, deid = "record fidelity", "population coverage", "de-identification quality"
    results = [
        _r("row_count:labevents", "row_count", "completeness", "completeness", table="labevents", numerator=0,
           denominator=107727, rate=0.0, status="pass", metrics={"rows": 107727, "expected_rows": 107727}),
        _r("missingness:labevents:hadm_id", "missingness", "completeness", "completeness", table="labevents",
           columns=["hadm_id"], numerator=28420, denominator=107727, rate=0.263815, status="pass",
           threshold=Threshold(warn=0.5, fail=0.99), metrics={"null": 28420, "empty": 0}),
        _r("missingness:labevents:comments", "missingness", "completeness", "completeness", table="labevents",
           columns=["comments"], numerator=None, denominator=107727, rate=None, status="pass",
           metrics={"null": None, "empty": 0}, suppressed=["numerator", "rate", "metrics.null"]),
        _r("missingness:admissions:deathtime", "missingness", "completeness", "completeness", table="admissions",
           columns=["deathtime"], numerator=260, denominator=275, rate=0.945455, status="warn",
           threshold=Threshold(warn=0.5, fail=0.99), metrics={"null": 260, "empty": 0}),
        _r("fk_orphans:labevents.hadm_id->admissions.hadm_id", "fk_orphans", fid, "conformance (relational)",
           table="labevents", columns=["hadm_id"], numerator=0, denominator=79307, rate=0.0, status="pass",
           unit="rows", metrics={"orphan_keys": 0}),
        _r("soft_fk_orphans:emar.poe_id->poe.poe_id", "soft_fk_orphans", fid, "conformance (relational)",
           table="emar", columns=["poe_id"], numerator=1063, denominator=35835, rate=0.029664, status="fail",
           metrics={"orphan_keys": 412}),
        _r("soft_fk_orphans:prescriptions.poe_id->poe.poe_id", "soft_fk_orphans", fid,
           "conformance (relational)", table="prescriptions", columns=["poe_id"], numerator=19, denominator=18087,
           rate=0.00105, status="warn", metrics={"orphan_keys": None}, suppressed=["metrics.orphan_keys"]),
        _r("value_without_unit:labevents", "value_without_unit", "completeness", "conformance (value)",
           table="labevents", columns=["value", "valueuom"], numerator=8672, denominator=107727, rate=0.0805,
           status="fail", metrics={"numeric": 5976}, breakdown_total="numerator",
           breakdown=[Stratum(key="51249", key_source="dictionary", label="MCHC", count=4321),
                      Stratum(key="50934", key_source="dictionary", label="H", count=2876),
                      Stratum(key="51678", key_source="dictionary", label="L", count=None, suppressed=["count"]),
                      Stratum(key="50887", key_source="dictionary", label="Blue", count=None,
                              suppressed=["count"])]),
        _r("multi_unit_items:labevents", "multi_unit_items", fid, "conformance (value)", table="labevents",
           numerator=12, denominator=950, rate=0.012632, status="warn", unit="items",
           breakdown=[Stratum(key="51249", key_source="dictionary", label="MCHC", count=1510,
                              metrics={"units": None}, suppressed=["metrics.units"])]),
        _r("temporal_order:admissions.admit_before_discharge", "temporal_order", fid, "plausibility (temporal)",
           table="admissions", columns=["admittime", "dischtime"], numerator=0, denominator=275, rate=0.0,
           status="pass"),
        _r("value_range:chartevents.heart_rate", "value_range", fid, "plausibility (atemporal)",
           table="chartevents", columns=["valuenum"], numerator=None, denominator=5021, rate=None, status="pass",
           suppressed=["numerator", "rate"]),
        _r("death_consistency:patients", "death_consistency", fid, "plausibility (temporal)", table="patients",
           numerator=12, denominator=31, rate=0.387097, status="fail", unit="patients"),
        _r("population:gender", "population", cov, "characterization", table="patients", columns=["gender"],
           numerator=None, denominator=100, status="pass", unit="patients", threshold=None,
           breakdown_total="denominator",
           breakdown=[Stratum(key="F", key_source="data", count=57, rate=0.57),
                      Stratum(key="M", key_source="data", count=43, rate=0.43)]),
        _r("population:race", "population", cov, "characterization", table="admissions", columns=["race"],
           numerator=None, denominator=100, status="pass", unit="patients", threshold=None,
           breakdown_total="denominator",
           breakdown=[Stratum(key="WHITE", key_source="data", count=66, rate=0.66),
                      Stratum(key="BLACK/AFRICAN AMERICAN", key_source="data", count=18, rate=0.18),
                      Stratum(key="OTHER", key_source="data", count=16, rate=0.16),
                      Stratum(key="(suppressed)", key_source="data", count=None, rate=None,
                              suppressed=["count", "rate"]),
                      Stratum(key="(suppressed)", key_source="data", count=None, rate=None,
                              suppressed=["count", "rate"])]),
        _r("population:anchor_age_band", "population", cov, "characterization", table="patients",
           columns=["anchor_age"], numerator=None, denominator=100, status="pass", unit="patients",
           threshold=None, breakdown=[Stratum(key="18-29", key_source="band", count=14),
                                      Stratum(key="90+", key_source="band", count=None, suppressed=["count"])]),
        _r("residual_phi:discharge:PHONE", "residual_phi", deid, "de-identification", table="discharge",
           numerator=37, denominator=2000, rate=0.0185, status="fail", unit="notes",
           metrics={"rate_per_1000": 18.5, "rate_per_1000_ci_low": 13.4, "rate_per_1000_ci_high": 25.4,
                    "calibrated_rate": 0.0191, "calibrated_ci_low": 0.0136, "calibrated_ci_high": 0.0267,
                    "detector_recall": 0.97, "detector_recall_low": 0.91, "detector_recall_high": 1.0,
                    "hits": 41}),
        _r("residual_phi:discharge:PERSON", "residual_phi", deid, "de-identification", table="discharge",
           numerator=None, denominator=2000, rate=None, status="pass", unit="notes",
           metrics={"rate_per_1000": None, "rate_per_1000_ci_low": None, "rate_per_1000_ci_high": None,
                    "calibrated_rate": None, "calibrated_ci_low": None, "calibrated_ci_high": None,
                    "detector_recall": 0.95},
           suppressed=["numerator", "rate", "metrics.rate_per_1000", "metrics.rate_per_1000_ci_low",
                       "metrics.rate_per_1000_ci_high", "metrics.calibrated_rate", "metrics.calibrated_ci_low",
                       "metrics.calibrated_ci_high"]),
        _r("reid_risk:qi_demographics", "reid_risk", deid, "de-identification", table="patients", numerator=87,
           denominator=100, rate=0.87, status="fail", unit="patients", metrics={"classes": 91},
           breakdown=[Stratum(key="1", key_source="fixed", count=None, suppressed=["count"]),
                      Stratum(key="2-4", key_source="band", count=13),
                      Stratum(key="5+", key_source="band", count=0)]),
        _r("rare_code_exposure:icd_diagnoses", "rare_code_exposure", deid, "de-identification",
           table="diagnoses_icd", numerator=1290, denominator=4506, rate=0.28629, status="warn", unit="codes"),
        _r("pk_unique:emar_detail", "pk_unique", fid, "plausibility (uniqueness)", table="emar_detail",
           numerator=0, denominator=72018, rate=0.0, status="pass"),
    ]
    bundle = Bundle(
        tool=ToolInfo(name="lqs-clinical", version="0.1.0"),
        run=RunInfo(started="2026-01-02T03:04:05Z", duration_s=3.2),
        dataset=DatasetInfo(profile="mimic-iv-demo-2.2", title="MIMIC-IV Clinical Database Demo v2.2",
                            dataset="MIMIC-IV", release="2.2", modules=["hosp", "icu"]),
        parameters=Parameters(k=K), results=results)
    bundle.dimensions = summarise(bundle.results)
    return certify(bundle)


@pytest.fixture
def known_types(monkeypatch):
    """The guard learns check-type names from the registry; register the types other modules add."""
    original = guard.allowed_strings
    monkeypatch.setattr(guard, "allowed_strings", lambda extra=(): original(extra) | NEW_TYPES)


def test_hand_bundle_covers_every_view_and_withholds_small_cells(known_types, tmp_path):
    bundle = hand_bundle()
    paths = write_reports(bundle, html=tmp_path / "r.html", markdown=tmp_path / "m.md")
    html, md = (p.read_text(encoding="utf-8") for p in paths)
    assert_offline_text(html)
    assert_offline_text(md)
    for title in ("Missingness per column", "Foreign-key orphans: declared vs soft links", "Values without a unit",
                  "Items recorded in several units", "Temporal order violations", "Values outside plausible ranges",
                  "Death consistency", "Population coverage", "Residual identifiers in notes",
                  "Re-identification risk of quasi-identifiers", "Rare-code exposure", "Pk unique"):
        assert f"<h3>{title}</h3>" in html, title
    # charts: heatmap, FK bars, top unit-less items, violations, population bars, PHI intervals
    for chart_title in ("Missing share by table and column", "Orphan share per link",
                        "Top items by rows with a value and no unit", "Violation share per rule",
                        "gender: distinct patients per category", "Residual identifiers per category"):
        assert chart_title in html, chart_title
    # thousands separators, percentages, withheld as <k (table cells and chart labels)
    assert "1,063" in html and "2.97%" in html and "26.38%" in html
    assert html.count("&lt;11") >= 8
    svgs = "".join(re.findall(r"(?s)<svg .*?</svg>", html))
    assert "&lt;11" in svgs  # a withheld population / item cell labelled in the chart itself
    assert "(suppressed)" in html
    # dictionary labels with their item code
    assert "MCHC (51249)" in html
    # residual PHI: interval and calibrated estimate, withheld category
    # (the bundle holds the calibrated rate as a proportion; both are shown per 1,000 notes)
    assert "18.5 (13.4–25.4)" in html and "19.1 (13.6–26.7)" in html and "0.97 (0.91–1)" in html
    assert "soft" in html and "declared" in html
    # severity order in the findings table: fail rows before warn rows
    findings = html.split('id="findings"')[1].split("</table>")[0]
    statuses = re.findall(r'class="status status-(\w+)"', findings)
    assert statuses and statuses == sorted(statuses, key=["fail", "error", "warn"].index)
    # model card: de-identification figures with intervals, fidelity findings
    assert "Residual discharge:PHONE: 18.5 (95% CI 13.4–25.4) per 1,000 notes" in md
    assert "calibrated 19.1 (95% CI 13.6–26.7); detector recall 0.97 (0.91–1 across corpora)" in md
    assert "Residual discharge:PERSON: withheld" in md
    assert "emar.poe_id->poe.poe_id: 1,063 of 35,835 orphan rows (2.97%)" in md
    assert "quasi-identifier sets with findings; qi_demographics: 87 of 100 (87.00%) — fail" in md


def test_unknown_check_types_get_a_generic_table():
    bundle = hand_bundle()
    bundle.results.append(Result(
        id="future_check:labevents", check="future_check", table="labevents", numerator=1234567,
        denominator=2345678, rate=0.5261, status="warn", dimension="provenance", kahn="provenance",
        metrics={"widgets": 25, "widget_rate": 0.25},
        breakdown=[Stratum(key="alpha", key_source="fixed", count=12)]))
    html = render_html(bundle)
    section = html.split('id="provenance-check-future_check"')[1].split("</section>")[0]
    assert "<h3>Future check</h3>" in section
    assert "1,234,567" in section and "2,345,678" in section and "52.61%" in section
    assert "widgets: 25; widget rate: 0.25" in section and "alpha" in section
    assert 'class="sortable"' in section


def test_guard_violation_writes_nothing(known_types, tmp_path):
    bundle = hand_bundle()
    bundle.results[-1].numerator = 3  # a small count of rows left unsuppressed
    html, md = tmp_path / "r.html", tmp_path / "m.md"
    with pytest.raises(GuardViolation):
        write_reports(bundle, html=html, markdown=md)
    assert not html.exists() and not md.exists() and list(tmp_path.iterdir()) == []


def test_rendered_text_is_guarded_before_anything_is_written(known_types, tmp_path, monkeypatch):
    import lqs_clinical.report as report

    monkeypatch.setattr(report, "render_markdown", lambda b: "admitted 2150-03-04 10:22\n")
    html, md = tmp_path / "r.html", tmp_path / "m.md"
    with pytest.raises(GuardViolation):
        write_reports(hand_bundle(), html=html, markdown=md)
    assert list(tmp_path.iterdir()) == []  # not even the HTML, which passed


def test_charts_are_clean_inline_svg():
    html = render_html(hand_bundle())
    svgs = re.findall(r"(?s)<svg .*?</svg>", html)
    assert len(svgs) >= 6
    ids = re.findall(r'\bid="([^"]+)"', "".join(svgs))
    assert len(ids) == len(set(ids))  # unique across all charts of the page
    for svg in svgs:
        assert "<metadata" not in svg and "xmlns:xlink" not in svg and "<?xml" not in svg
        assert not re.search(r"\d{6,}", svg)
    assert_offline_text(html)
