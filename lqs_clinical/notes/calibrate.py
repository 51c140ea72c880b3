"""Intervals and detector calibration for the residual-identifier rates.

- :func:`wilson` — Wilson score 95% interval for a binomial proportion (good at rare events and
  at 0, where the Wald interval collapses).
- :func:`rogan_gladen` — the prevalence corrected for an imperfect detector,
  ``(p_apparent + Sp − 1) / (Se + Sp − 1)``, clipped to [0, 1].
- :func:`calibrated` — that correction with pooled Se/Sp for the point estimate, and an interval
  that carries the detector's own uncertainty: the Wilson interval's low end corrected with the
  most favourable detector measured on any one corpus (highest Se, highest FP rate), its high end
  with the least favourable (lowest Se, lowest FP rate). The correction is monotone in each, so
  no corpus's detector gives a value outside that interval.
- :func:`compute_calibration` — Se (note-level recall) and FP rate (share of notes *without* a
  planted identifier of the category that the detector flags anyway) per category, on several
  labelled corpora: the project's own *calibration* family (the evaluation family is never used
  here) and every held-out corpus ``lqs_clinical.synth.notes_holdout*`` — each written by a
  different engineer who never saw the rules — at a seed no evaluation uses. One corpus alone
  measures the text it was written with: the calibration family gives Se = 1.00 and FP = 0 for
  every pattern category, the held-out corpora far lower recall in some categories and far higher FP
  rates in others (the measured ranges are in ``bench/notes_detector_history.md``, not here: this source
  is part of the calibration key): the spread is the point. The held-out corpora were blind when written,
  and the newest are still untuned, but most were later tuned on their evaluation seed, so even these
  figures flatter the detector on text unlike all of them (the history records each corpus's
  first-sight recall).

Measured values are stored in ``pii_rules/calibration.json`` keyed by the rules' digests, a digest of
the Python source that turns rules into hits and builds the labelled corpora (:func:`code_digest`), the
NER model and version, the seed, the corpus sizes and the number of held-out corpora; on a mismatch
(rules edited at a site) they are measured at run time once and kept in the run's cache folder.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import math
import os
import pkgutil
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from lqs_clinical.notes.rules import (
    ALL_CATEGORIES,
    NER_CATEGORIES,
    PATTERN_CATEGORIES,
    load_ner_rules,
    load_pattern_rules,
)
from lqs_clinical.resources import data_path

log = logging.getLogger(__name__)

Z95 = 1.959963984540054
CALIBRATION_SEED = 20240601
CALIBRATION_PATTERN_NOTES = 2000
CALIBRATION_NER_NOTES = 300
CALIBRATION_HOLDOUT_NOTES = 300  # per held-out corpus, pattern tier
CALIBRATION_HOLDOUT_NER_NOTES = 200  # the first of those, NER tier (spaCy is ~100x slower); 200 give
# each corpus the MIN_POSITIVES names, places and facilities its own recall needs
MIN_POSITIVES = 20  # a corpus's Se counts towards the range only with this many positive notes
MIN_NEGATIVES = 100  # ... and its FP rate with this many negative notes


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return lo, hi


def rogan_gladen(p_app: float, se: float, fp_rate: float) -> float | None:
    """True prevalence from the apparent one; None when the detector is uninformative."""
    sp = 1.0 - fp_rate
    youden = se + sp - 1.0
    if youden <= 0.05:
        return None
    return min(1.0, max(0.0, (p_app + sp - 1.0) / youden))


def calibrated(k: int, n: int, cal: dict | None) -> tuple[float | None, float | None, float | None]:
    """(point, low, high) corrected prevalence of ``k`` flagged notes out of ``n``.

    ``cal`` is one category's calibration: pooled ``recall``/``fp_rate`` for the point, and the
    range over corpora (``recall_low``/``_high``, ``fp_rate_low``/``_high``) for the interval. Where
    the corrected value is undefined (a detector no better than chance) the interval end is the
    uninformative 0 or 1; without a usable pooled figure there is no estimate at all."""
    if n <= 0 or not cal or cal.get("recall") is None or cal.get("fp_rate") is None:
        return None, None, None
    se, fp = cal["recall"], cal["fp_rate"]
    point = rogan_gladen(k / n, se, fp)
    if point is None:
        return None, None, None
    lo, hi = wilson(k, n)
    low = rogan_gladen(lo, cal.get("recall_high", se), cal.get("fp_rate_high", fp))
    high = rogan_gladen(hi, cal.get("recall_low", se), cal.get("fp_rate_low", fp))
    return point, (0.0 if low is None else min(low, point)), (1.0 if high is None else max(high, point))


# ------------------------------------------------------------------ detection on labelled notes

def detect_texts(texts: list[str], detector=None) -> list[list[tuple[int, int, str, str]]]:
    """Pattern hits (+ NER hits when ``detector`` is given) per text: (start, end, category, tier)."""
    from lqs_clinical.notes.patterns import Locator

    loc = Locator(load_pattern_rules())
    out = []
    for t in texts:
        hits = [(s, e, c, "pattern") for s, e, c in loc.locate(t)]
        if detector is not None:
            hits += [(s, e, c, "ner") for s, e, c, _ in detector.analyze(t)]
        out.append(hits)
    return out


def double_counts(hits, cat: str) -> int:
    """Hits of ``cat`` on text another hit of ``cat`` already covers: two rules reading one identifier.
    They would inflate the bundle's hit counts (not its note-level rates), so the calibration records them
    and a test holds them at zero over every labelled corpus."""
    extra, reach = 0, -1
    for s, e in sorted((s, e) for s, e, c, *_ in hits if c == cat):
        extra += s < reach
        reach = max(reach, e)
    return extra


def note_level_rates(notes, hits, categories) -> dict[str, dict[str, float | int | None]]:
    res = {}
    for cat in categories:
        pos = flagged_pos = neg = flagged_neg = twice = 0
        for n, h in zip(notes, hits, strict=True):
            twice += double_counts(h, cat)
            has = any(c == cat for _, _, c in n.spans)
            flag = any(c == cat for _, _, c, _ in h)
            if has:
                pos += 1
                flagged_pos += flag
            else:
                neg += 1
                flagged_neg += flag
        res[cat] = {
            "recall": (flagged_pos / pos) if pos else None,
            "fp_rate": (flagged_neg / neg) if neg else None,
            "positives": pos,
            "negatives": neg,
            "flagged_positives": flagged_pos,
            "flagged_negatives": flagged_neg,
            "double_counts": twice,
        }
    return res


def pool(by_corpus: dict[str, dict[str, dict]], categories) -> dict[str, dict]:
    """Per category: Se and FP rate over all corpora' notes together, their range over the corpora
    large enough to measure them (``MIN_POSITIVES``/``MIN_NEGATIVES``), and each corpus's figures."""
    out = {}
    for cat in categories:
        rows = {name: r[cat] for name, r in by_corpus.items() if cat in r}
        pos = sum(r["positives"] for r in rows.values())
        neg = sum(r["negatives"] for r in rows.values())
        fpos = sum(r["flagged_positives"] for r in rows.values())
        fneg = sum(r["flagged_negatives"] for r in rows.values())
        recalls = [r["recall"] for r in rows.values() if r["positives"] >= MIN_POSITIVES]
        fps = [r["fp_rate"] for r in rows.values() if r["negatives"] >= MIN_NEGATIVES]
        recall = fpos / pos if pos else None
        fp_rate = fneg / neg if neg else None
        if recall is not None:
            recalls.append(recall)  # the range holds the pooled figure even when few corpora count
        if fp_rate is not None:
            fps.append(fp_rate)
        out[cat] = {
            "recall": recall, "fp_rate": fp_rate, "positives": pos, "negatives": neg,
            "recall_low": min(recalls, default=None), "recall_high": max(recalls, default=None),
            "fp_rate_low": min(fps, default=None), "fp_rate_high": max(fps, default=None),
            "double_counts": sum(r["double_counts"] for r in rows.values()),
            "corpora": {name: {"positives": r["positives"], "negatives": r["negatives"],
                               "recall": r["recall"], "fp_rate": r["fp_rate"],
                               "double_counts": r["double_counts"]} for name, r in rows.items()},
        }
    return out


@lru_cache(maxsize=1)
def _code_digest() -> str:
    return code_digest()


@lru_cache(maxsize=1)
def holdout_names() -> tuple[str, ...]:
    """The held-out corpora (modules ``lqs_clinical.synth.notes_holdoutN``), in corpus order: found by
    module name, so a corpus added later joins the calibration without a list to update. Listed, not
    imported (a probe run needs only the names, for the calibration key), once per process."""
    import lqs_clinical.synth as synth

    found = []
    for m in pkgutil.iter_modules(synth.__path__):
        hit = re.fullmatch(r"notes_(holdout(\d*))", m.name)
        if hit:
            found.append((int(hit.group(2) or 1), hit.group(1)))
    return tuple(name for _, name in sorted(found))


def _holdout_corpus(name: str) -> Callable:
    """``holdoutN_corpus`` of the held-out corpus ``name`` ("holdoutN")."""
    return getattr(importlib.import_module(f"lqs_clinical.synth.notes_{name}"), f"{name}_corpus")


def holdout_corpora() -> list[tuple[str, Callable]]:
    """(name, ``holdoutN_corpus``) of every held-out corpus."""
    return [(name, _holdout_corpus(name)) for name in holdout_names()]


# The modules (relative to the package) whose source changes the measured figures: the rule loader and the table
# grammar it expands (round 34: an edit there changed the rules' regexes while their files' bytes stayed the same),
# both detectors, the pooling in this module and the labelled corpora (every ``synth/notes_holdout*.py`` too).
CODE_MODULES = ("notes/rules.py", "notes/table_regex.py", "notes/patterns.py", "notes/cues.py", "notes/ner.py",
                "notes/calibrate.py", "synth/notes.py")


def code_digest(package_dir: Path | None = None) -> str:
    """sha256 (16 hex digits) of the detector and corpus source: a change to the logic that finds
    identifiers leaves the rules files' digests unchanged, and a stored calibration keyed on those
    alone would go on describing a detector that no longer exists."""
    root = package_dir or Path(__file__).resolve().parents[1]
    files = [root / m for m in CODE_MODULES] + sorted((root / "synth").glob("notes_holdout*.py"))
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _key(ner: bool, model_name: str | None, model_version: str | None) -> str:
    pr = load_pattern_rules().digest
    nr = load_ner_rules().digest if ner else "-"
    m = f"{model_name}@{model_version}" if ner else "-"
    return (f"patterns={pr};ner={nr};code={_code_digest()};model={m};seed={CALIBRATION_SEED};"
            f"n={CALIBRATION_PATTERN_NOTES}/{CALIBRATION_NER_NOTES};"
            f"holdouts={len(holdout_names())}x{CALIBRATION_HOLDOUT_NOTES}/{CALIBRATION_HOLDOUT_NER_NOTES}")


def _cache_file() -> Path:
    return data_path("pii_rules") / "calibration.json"


def compute_calibration(detector=None, progress: Callable[[str], None] | None = None,
                        workers: int = 1) -> dict[str, dict]:
    """Measure per-category note-level Se and FP rate on the calibration family and every held-out
    corpus, pooled (see :func:`pool`). ``workers`` > 1 measures the corpora in that many forked processes
    (the stored calibration took ≈ 38 min in one over 83 corpora, 18 min in two over 85); each corpus's
    figures depend on that corpus alone, so the result is the same as in one process."""
    global _WORKER_DETECTOR
    _WORKER_DETECTOR = detector
    names = ["calibration", *holdout_names()]
    if workers > 1:
        import multiprocessing

        # fork: the children inherit the loaded spaCy pipeline instead of loading it again
        with multiprocessing.get_context("fork").Pool(workers) as procs:
            rates = []
            for name, r in zip(names, procs.imap(_corpus_rates, names), strict=True):
                if progress:
                    progress(name)
                rates.append(r)
    else:
        rates = []
        for name in names:
            if progress:
                progress(name)
            rates.append(_corpus_rates(name))
    by_corpus = dict(zip(names, rates, strict=True))
    return pool(by_corpus, PATTERN_CATEGORIES + (NER_CATEGORIES if detector is not None else ()))


_WORKER_DETECTOR = None  # the NER detector of compute_calibration, inherited by its forked workers


def _corpus_rates(name: str) -> dict[str, dict]:
    """One corpus's note-level rates: both tiers on the held-out corpora (the NER tier on the first notes), and on
    the calibration family its pattern notes plus a second family sample where names, places and facilities are
    frequent."""
    from lqs_clinical.synth.notes import labelled_corpus

    detector = _WORKER_DETECTOR
    if name == "calibration":
        notes = labelled_corpus(CALIBRATION_SEED, CALIBRATION_PATTERN_NOTES, "calibration")
        rates = note_level_rates(notes, detect_texts([n.text for n in notes]), PATTERN_CATEGORIES)
        if detector is not None:
            ner_notes = labelled_corpus(CALIBRATION_SEED + 1, CALIBRATION_NER_NOTES, "calibration",
                                        categories=NER_CATEGORIES, plant_rate=0.9)
            rates.update(note_level_rates(ner_notes, _ner_hits(ner_notes, detector), NER_CATEGORIES))
        return rates
    notes = _holdout_corpus(name)(CALIBRATION_SEED, CALIBRATION_HOLDOUT_NOTES)
    rates = note_level_rates(notes, detect_texts([n.text for n in notes]), PATTERN_CATEGORIES)
    if detector is not None:
        sub = notes[:CALIBRATION_HOLDOUT_NER_NOTES]
        rates.update(note_level_rates(sub, _ner_hits(sub, detector), NER_CATEGORIES))
    return rates


def calibration_corpora() -> str:
    """What the calibration measured, for the bundle: the corpora's names and the seed, in a fixed form
    the privacy guard checks ("calibration,holdout,holdout2,...;seed=20240601")."""
    return ",".join(("calibration", *holdout_names())) + f";seed={CALIBRATION_SEED}"


def _ner_hits(notes, detector) -> list[list[tuple[int, int, str, str]]]:
    return [[(s, e, c, "ner") for s, e, c, _ in detector.analyze(n.text)] for n in notes]


def _site_file(cache_dir: Path | None = None) -> Path:
    """Where a calibration measured at run time is kept (rules edited at a site): the run's cache folder
    (``--cache-dir``), else the user cache. It holds detector figures on synthetic text only."""
    from lqs_clinical.cache import default_cache_dir

    return (cache_dir or default_cache_dir()) / "notes-calibration.json"


def _read(f: Path) -> dict:
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _cached(key: str, cache_dir: Path | None = None) -> dict | None:
    for f in (_cache_file(), _site_file(cache_dir)):
        if key in (data := _read(f)):
            return data[key]
    return None


def _keep(key: str, value: dict, cache_dir: Path | None = None) -> None:
    """Add a run-time calibration to the site file (temp file, then rename); a read-only cache only
    means measuring again next time."""
    f = _site_file(cache_dir)
    data = _read(f)
    data[key] = value
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_name(f".{f.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, f)
    except OSError as err:
        log.warning("could not keep the measured calibration in %s (%s)", f, err.strerror)


_MEMO: dict[str, dict] = {}


def get_calibration(detector=None, cache_dir: Path | None = None) -> dict[str, dict]:
    """Per-category {"recall", "fp_rate", ...} for the detectors in use (shipped, kept from an earlier
    run in ``cache_dir`` — default the user cache — or measured now)."""
    ner = detector is not None
    key = _key(ner, getattr(detector, "model_name", None), getattr(detector, "model_version", None))
    if key in _MEMO:
        return _MEMO[key]
    stored = _cached(key, cache_dir)
    if stored is None:  # rules edited: measured once, then kept in the cache folder
        log.warning("the notes probe's rules differ from those calibrated in %s: measuring the detector on "
                    "%d labelled corpora now (several minutes with the NER tier; kept in %s for later runs)",
                    _cache_file(), len(holdout_names()) + 1, _site_file(cache_dir))
        stored = compute_calibration(detector)
        _keep(key, stored, cache_dir)
    _MEMO[key] = stored
    return stored


def write_calibration(model: str | None = None) -> Path:
    """Recompute the stored calibration (pattern-only and pattern+NER) into pii_rules/calibration.json."""
    from lqs_clinical.notes.ner import Detector

    det = Detector(model, exclude_patterns=True)
    say = (lambda name: print(f"  {name}", flush=True))  # noqa: E731
    full = compute_calibration(det, say, workers=min(2, os.cpu_count() or 1))  # the pattern categories' figures
    # do not depend on the NER tier
    data = {
        _key(False, None, None): {c: full[c] for c in PATTERN_CATEGORIES},
        _key(True, det.model_name, det.model_version): full,
    }
    f = _cache_file()
    f.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _MEMO.clear()
    return f


__all__ = ["ALL_CATEGORIES", "calibrated", "calibration_corpora", "get_calibration", "rogan_gladen", "wilson",
           "write_calibration"]

if __name__ == "__main__":  # python -m lqs_clinical.notes.calibrate
    print(write_calibration())
