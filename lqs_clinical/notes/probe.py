"""The notes probe: residual identifiers per HIPAA Safe Harbor category, aggregates only.

Two tiers (see DESIGN.md, "The notes probe"):

1. **Pattern tier, every note.** ``pii_rules/patterns.yaml`` runs inside DuckDB over the whole
   text column in one streaming aggregate query per table (native RE2, no Python per note).
2. **NER tier, sample or all.** presidio + spaCy for PERSON, LOCATION and ORGANIZATION, one note
   per call, over a stratified random sample (or every note with ``sample="all"``).

Default sample size. For each note type (stratum: discharge 'DS'/'AD', radiology 'RR'/'AR') the
NER tier draws a seeded simple random sample of

    n = n0 / (1 + (n0 − 1) / N),   n0 = z² · p(1 − p) / E² = 1.96² · 0.25 / 0.01² ≈ 9,604

notes, N being the number of notes of that type. n0 is the sample that gives a 95% interval of
half-width E = ±1 percentage point whatever the true rate (p = 0.5 is the worst case; for rare
categories, p ≪ 0.5, the interval is much narrower), and the finite-population correction
shrinks it for small tables (a stratum of 2,000 notes gets ≈ 1,656). So a full MIMIC-IV-Note copy
gets ≈ 9,600 notes per note type in the NER tier instead of 2.65 million (hours instead of
days on two cores), while the pattern tier still reads every note. ``sample=N`` takes N notes per
note type (or all when fewer); ``sample="all"`` runs the NER tier on every note. The sample is
drawn by ordering notes on a hash of (note key, seed): reproducible and independent of file order.

What comes out is aggregates only: counts, rates, intervals, model name and version, sample
sizes. No text, no note_id, no offsets — those go only to the optional local review file
(``review_dir``): JSONL, mode 0600, created exclusively, with a header reminding the reader of
the PhysioNet DUA duty to report PHI found.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import math
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import duckdb

from lqs_clinical.errors import UserError
from lqs_clinical.notes.calibrate import Z95, calibrated, calibration_corpora, get_calibration, wilson
from lqs_clinical.notes.patterns import Locator, ident, notes_with_hits, scan_table
from lqs_clinical.notes.rules import NER_CATEGORIES, PATTERN_CATEGORIES, load_pattern_rules

log = logging.getLogger("lqs_clinical.notes")

MARGIN = 0.01  # ±1 percentage point
WORST_P = 0.5
PARALLEL_THRESHOLD = 400  # notes in the NER sample above which 2 processes are used
REVIEW_HEADER = (
    "LOCAL ONLY - do not export. Candidate residual PHI locations found by lqs-clinical "
    "(note_id, character offsets, category, detector, score; no text). PhysioNet DUA: suspected "
    "PHI must be reported to PhysioNet (see your data use agreement), citing its location; do "
    "not share this file or the text it points to."
)


def default_sample_size(population: int, margin: float = MARGIN, p: float = WORST_P) -> int:
    """Sample for a ±``margin`` 95% interval at worst-case p, with finite-population correction."""
    if population <= 0:
        return 0
    n0 = Z95 ** 2 * p * (1 - p) / margin ** 2
    return min(population, math.ceil(n0 / (1 + (n0 - 1) / population)))


@dataclass
class CategoryStat:
    table: str
    text_column: str
    category: str
    tier: str  # "pattern" | "ner"
    hits: int
    notes_affected: int
    notes_scanned: int
    pattern_hits: int
    ner_hits: int
    rate_per_1000: float
    rate_per_1000_ci_low: float
    rate_per_1000_ci_high: float
    calibrated_rate: float | None
    calibrated_ci_low: float | None
    calibrated_ci_high: float | None
    detector_recall: float | None
    detector_fp_rate: float | None
    detector_recall_low: float | None  # range over the calibration corpora (one value each)
    detector_recall_high: float | None
    detector_fp_rate_low: float | None
    detector_fp_rate_high: float | None
    by_note_type: dict[str, dict[str, int]] = field(default_factory=dict)  # type -> hits/affected/scanned


@dataclass
class TableStat:
    table: str
    text_column: str
    notes_total: int
    notes_ner: int
    sample_per_note_type: dict[str, int]
    chars: int
    words: int
    masks: int
    masks_per_1000_words: float
    over_masking: dict[str, int]


@dataclass
class NotesProbeOutput:
    tables: list[TableStat]
    categories: list[CategoryStat]
    ner: bool
    ner_model: str | None
    ner_model_version: str | None
    sample: str  # "default" | "all" | "<n> per note type"
    seed: int
    pattern_seconds: float
    pattern_mb_per_s: float | None
    ner_seconds: float
    ner_chars_per_s: float | None
    calibration_corpus: str
    review_file: str | None = None  # local path only; never put into the bundle
    review_entries: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("review_file", None)
        return d


# ------------------------------------------------------------------------------------ review
class _ReviewWriter:
    def __init__(self, review_dir: Path) -> None:
        review_dir = Path(review_dir)
        try:
            review_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as err:
            raise UserError(f"{review_dir}: cannot create the review directory ({err.strerror})") from err
        stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        self.path = review_dir / f"residual-phi-review-{stamp}-{secrets.token_hex(4)}.jsonl"
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError as err:
            raise UserError(f"{self.path}: review file already exists; choose another --review-dir") from err
        except OSError as err:
            raise UserError(f"{self.path}: cannot create the review file ({err.strerror})") from err
        os.fchmod(fd, 0o600)
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        self.fh.write(json.dumps({"header": REVIEW_HEADER, "fields": ["table", "note_id", "start", "end",
                                                                       "category", "detector", "score"]}) + "\n")
        self.count = 0

    def write(self, table: str, note_id: str, start: int, end: int, category: str, detector: str,
              score: float | None) -> None:
        self.fh.write(json.dumps({"table": table, "note_id": note_id, "start": start, "end": end,
                                  "category": category, "detector": detector, "score": score}) + "\n")
        self.count += 1

    def close(self) -> None:
        self.fh.close()


# ------------------------------------------------------------------------------------- probe
def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    try:
        return {r[0].lower() for r in con.execute(f"DESCRIBE {ident(table)}").fetchall()}
    except duckdb.Error as err:
        raise UserError(f"note table {table!r} is not available ({type(err).__name__})") from err


def _sample_sizes(counts: dict[str | None, int], sample) -> dict[str | None, int]:
    if sample == "all":
        return dict(counts)
    if sample is None:
        return {k: default_sample_size(v) for k, v in counts.items()}
    if isinstance(sample, int) and not isinstance(sample, bool) and sample >= 0:
        return {k: min(v, sample) for k, v in counts.items()}
    raise UserError(f"--notes-sample must be a non-negative integer or 'all' (got {sample!r})")


def _label(nt: str | None) -> str:
    return "(none)" if nt is None else str(nt)


def run_notes_probe(con: duckdb.DuckDBPyConnection, notes: list, *, sample: int | Literal["all"] | None,
                    seed: int, ner: bool, ner_model: str | None, review_dir: Path | None,
                    progress: Callable[[str, int, int | None], None] | None = None,
                    cache_dir: Path | None = None) -> NotesProbeOutput:
    """Run both tiers over the note tables; return aggregates only.

    ``notes`` holds objects with ``.table``, ``.text``, ``.key``, ``.note_type`` (column names; the
    table is a view on ``con``). ``progress(stage, completed, total)`` is called as work advances.
    ``cache_dir`` keeps a calibration measured at run time (rules edited at a site) for later runs.
    """
    rules = load_pattern_rules()
    detector = None
    if ner:
        from lqs_clinical.notes.ner import Detector

        detector = Detector(ner_model)  # clear UserError when the model is missing
    calib = get_calibration(detector, cache_dir)
    bar = _progress_bar_off(con)
    review = _ReviewWriter(review_dir) if review_dir is not None else None
    tables: list[TableStat] = []
    cats: list[CategoryStat] = []
    pat_secs = 0.0
    pat_chars = 0
    ner_secs = 0.0
    ner_chars = 0
    try:
        for spec in notes:
            table, text_col, key_col = spec.table, spec.text.lower(), spec.key.lower()
            type_col = spec.note_type.lower() if getattr(spec, "note_type", None) else None
            cols = _columns(con, table)
            for c in (text_col, key_col) + ((type_col,) if type_col else ()):
                if c not in cols:
                    raise UserError(f"note table {table!r} has no column {c!r}; check the profile")
            if progress:
                progress(f"notes: patterns {table}", 0, None)
            t0 = time.perf_counter()
            pc = scan_table(con, table, text_col, type_col, rules)
            pat_secs += time.perf_counter() - t0
            chars = sum(pc.chars.values())
            pat_chars += chars
            total = sum(pc.notes.values())
            log.info("notes probe: pattern tier scanned %d notes of %s", total, table)
            if progress:
                progress(f"notes: patterns {table}", total, total)
            if review is not None:
                loc = Locator(rules)
                for k, txt in notes_with_hits(con, table, text_col, key_col, rules):
                    for s, e, c in loc.locate(txt):
                        review.write(table, k, s, e, c, "pattern", None)

            # -------- NER tier on the stratified sample
            ner_by_type: dict[str | None, dict[str, list[int]]] = {}
            sizes = _sample_sizes(pc.notes, sample) if ner else {}
            if ner and detector is not None and sum(sizes.values()) > 0:
                t1 = time.perf_counter()
                ner_by_type, nchars = _run_ner(con, table, text_col, key_col, type_col, sizes, seed,
                                               ner_model, detector, review, progress)
                ner_secs += time.perf_counter() - t1
                ner_chars += nchars
                log.info("notes probe: NER tier analysed %d notes of %s", sum(sizes.values()), table)

            words = sum(pc.words.values())
            masks = sum(pc.masks.values())
            om: dict[str, int] = {}
            for d in pc.over_masking.values():
                for k2, v in d.items():
                    om[k2] = om.get(k2, 0) + v
            tables.append(TableStat(
                table=table, text_column=text_col, notes_total=total, notes_ner=sum(sizes.values()),
                sample_per_note_type={_label(k): v for k, v in sizes.items()}, chars=chars, words=words,
                masks=masks, masks_per_1000_words=(1000.0 * masks / words) if words else 0.0, over_masking=om,
            ))
            for cat in PATTERN_CATEGORIES:
                hits = sum(pc.hits[k].get(cat, 0) for k in pc.hits)
                aff = sum(pc.affected[k].get(cat, 0) for k in pc.affected)
                by = {_label(k): {"hits": pc.hits[k].get(cat, 0), "notes_affected": pc.affected[k].get(cat, 0),
                                  "notes_scanned": pc.notes[k]} for k in pc.notes}
                cats.append(_stat(table, text_col, cat, "pattern", hits, aff, total, calib, by))
            if ner:
                scanned = sum(sizes.values())
                for cat in NER_CATEGORIES:
                    hits = sum(v.get(cat, [0, 0])[0] for v in ner_by_type.values())
                    aff = sum(v.get(cat, [0, 0])[1] for v in ner_by_type.values())
                    by = {_label(k): {"hits": ner_by_type.get(k, {}).get(cat, [0, 0])[0],
                                      "notes_affected": ner_by_type.get(k, {}).get(cat, [0, 0])[1],
                                      "notes_scanned": sizes[k]} for k in sizes}
                    cats.append(_stat(table, text_col, cat, "ner", hits, aff, scanned, calib, by))
    finally:
        if review is not None:
            review.close()
        _progress_bar_restore(con, bar)
    return NotesProbeOutput(
        tables=tables, categories=cats, ner=ner,
        ner_model=detector.model_name if detector else None,
        ner_model_version=detector.model_version if detector else None,
        sample="default" if sample is None else ("all" if sample == "all" else f"{sample} per note type"),
        seed=seed, pattern_seconds=round(pat_secs, 3),
        pattern_mb_per_s=round(pat_chars / 1e6 / pat_secs, 2) if pat_secs > 0 and pat_chars else None,
        ner_seconds=round(ner_secs, 3),
        ner_chars_per_s=round(ner_chars / ner_secs, 1) if ner_secs > 0 and ner_chars else None,
        calibration_corpus=calibration_corpora(),
        review_file=str(review.path) if review is not None else None,
        review_entries=review.count if review is not None else 0,
    )


def _stat(table, text_col, cat, tier, hits, aff, scanned, calib, by) -> CategoryStat:
    lo, hi = wilson(aff, scanned)
    c = calib.get(cat) or {}
    cr, clo, chi = calibrated(aff, scanned, c)
    return CategoryStat(
        table=table, text_column=text_col, category=cat, tier=tier, hits=hits, notes_affected=aff,
        notes_scanned=scanned, pattern_hits=hits if tier == "pattern" else 0,
        ner_hits=hits if tier == "ner" else 0,
        rate_per_1000=(1000.0 * aff / scanned) if scanned else 0.0,
        rate_per_1000_ci_low=1000.0 * lo if scanned else 0.0,
        rate_per_1000_ci_high=1000.0 * hi if scanned else 0.0,
        calibrated_rate=cr, calibrated_ci_low=clo, calibrated_ci_high=chi,
        detector_recall=c.get("recall"), detector_fp_rate=c.get("fp_rate"),
        detector_recall_low=c.get("recall_low"), detector_recall_high=c.get("recall_high"),
        detector_fp_rate_low=c.get("fp_rate_low"), detector_fp_rate_high=c.get("fp_rate_high"), by_note_type=by,
    )


def _run_ner(con, table, text_col, key_col, type_col, sizes, seed, ner_model, detector, review, progress):
    from lqs_clinical.notes.ner import analyze_stream

    nt = ident(type_col) if type_col else "NULL::VARCHAR"
    cases = " ".join(
        f"WHEN nt IS NOT DISTINCT FROM {('NULL' if k is None else _lit(k))} THEN {int(v)}" for k, v in sizes.items()
    )
    k_expr = f"CAST({ident(key_col)} AS VARCHAR)"
    # keys first (the window sorts only key + type), then a semi-join streams the sampled texts
    q = (
        f"WITH s AS (SELECT k FROM (SELECT {k_expr} AS k, {nt} AS nt, "
        f"row_number() OVER (PARTITION BY {nt} ORDER BY hash({k_expr}, {int(seed)}), {k_expr}) AS rn "
        f"FROM {ident(table)}) WHERE rn <= CASE {cases} ELSE 0 END) "
        f"SELECT k, nt, t FROM (SELECT {k_expr} AS k, {nt} AS nt, {ident(text_col)} AS t FROM {ident(table)}) "
        f"WHERE k IN (SELECT k FROM s)"
    )
    total = sum(sizes.values())
    done = [0]
    chars = [0]

    def rows():
        cur = con.execute(q)
        while True:
            batch = cur.fetchmany(256)
            if not batch:
                return
            for k, ntv, t in batch:
                chars[0] += len(t or "")
                yield k, ntv, t or ""

    def tick(n: int) -> None:
        done[0] += n
        if progress:
            progress(f"notes: NER {table}", done[0], total)

    n_proc = 2 if total >= PARALLEL_THRESHOLD and (os.cpu_count() or 1) >= 2 else 1
    out: dict[str | None, dict[str, list[int]]] = {}
    for k, ntv, hits in analyze_stream(rows(), model=ner_model, n_process=n_proc, detector=detector,
                                       on_chunk=tick):
        d = out.setdefault(ntv, {})
        seen = set()
        for s, e, c, score in hits:
            cell = d.setdefault(c, [0, 0])
            cell[0] += 1
            if c not in seen:
                cell[1] += 1
                seen.add(c)
            if review is not None:
                review.write(table, k, s, e, c, "ner", score)
    return out, chars[0]


def _progress_bar_off(con: duckdb.DuckDBPyConnection) -> bool | None:
    """DuckDB's own console progress bar would interleave with ours; switch it off for the probe."""
    try:
        was = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]
        con.execute("SET enable_progress_bar = false")
        return bool(was)
    except duckdb.Error:
        return None


def _progress_bar_restore(con: duckdb.DuckDBPyConnection, was: bool | None) -> None:
    if was:
        try:
            con.execute("SET enable_progress_bar = true")
        except duckdb.Error:
            pass


def _lit(v: str) -> str:
    return "'" + str(v).replace("'", "''") + "'"


# --------------------------------------------------------------------------------- results
def to_results(output: NotesProbeOutput) -> list[dict]:
    """Bundle-shaped results: residual_phi per table × category, mask_density and over_masking per table."""
    res: list[dict] = []
    for c in output.categories:
        res.append({
            "id": f"residual_phi:{c.table}:{c.category}",
            "check": "residual_phi",
            "table": c.table,
            "columns": [c.text_column],
            "numerator": c.notes_affected,
            "denominator": c.notes_scanned,
            "rate": (c.notes_affected / c.notes_scanned) if c.notes_scanned else None,
            "status": None,
            "dimension": "de-identification quality",
            "kahn": "de-identification",
            "unit": "notes",
            "metrics": {
                "hits": c.hits,
                "pattern_hits": c.pattern_hits,
                "ner_hits": c.ner_hits,
                "rate_per_1000": round(c.rate_per_1000, 4),
                "rate_per_1000_ci_low": round(c.rate_per_1000_ci_low, 4),
                "rate_per_1000_ci_high": round(c.rate_per_1000_ci_high, 4),
                "calibrated_rate": _r(c.calibrated_rate),
                "calibrated_ci_low": _r(c.calibrated_ci_low),
                "calibrated_ci_high": _r(c.calibrated_ci_high),
                "detector_recall": _r(c.detector_recall),
                "detector_fp_rate": _r(c.detector_fp_rate),
                "detector_recall_low": _r(c.detector_recall_low),
                "detector_recall_high": _r(c.detector_recall_high),
                "detector_fp_rate_low": _r(c.detector_fp_rate_low),
                "detector_fp_rate_high": _r(c.detector_fp_rate_high),
            },
            "breakdown": [],
            "suppressed": [],
        })
    for t in output.tables:
        res.append({
            "id": f"mask_density:{t.table}",
            "check": "mask_density",
            "table": t.table,
            "columns": [t.text_column],
            "numerator": t.masks,
            "denominator": t.words,
            "rate": (t.masks / t.words) if t.words else None,
            "status": None,
            "dimension": "de-identification quality",
            "kahn": "de-identification",
            "unit": "notes",
            "metrics": {"masks_per_1000_words": round(t.masks_per_1000_words, 4), "notes": t.notes_total},
            "breakdown": [],
            "suppressed": [],
        })
        total_om = sum(t.over_masking.values())
        res.append({
            "id": f"over_masking:{t.table}",
            "check": "over_masking",
            "table": t.table,
            "columns": [t.text_column],
            "numerator": total_om,
            "denominator": t.notes_total,
            "rate": (total_om / t.notes_total) if t.notes_total else None,
            "status": None,
            "dimension": "de-identification quality",
            "kahn": "de-identification",
            "unit": "notes",
            "metrics": {"masked_eponym_hits": total_om},
            "breakdown": [{"key": k, "count": v} for k, v in t.over_masking.items()],
            "suppressed": [],
        })
    return res


def _r(v: float | None) -> float | None:
    return None if v is None else round(float(v), 6)
