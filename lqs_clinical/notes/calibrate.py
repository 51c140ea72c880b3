"""Intervals and detector calibration for the residual-identifier rates.

- :func:`wilson` — Wilson score 95% interval for a binomial proportion (good at rare events and
  at 0, where the Wald interval collapses).
- :func:`rogan_gladen` — the prevalence corrected for an imperfect detector,
  ``(p_apparent + Sp − 1) / (Se + Sp − 1)``, clipped to [0, 1]; its interval is the Wilson
  interval of the apparent rate pushed through the same (monotone) correction. The interval
  ignores the uncertainty of Se/Sp themselves (measured on a synthetic corpus, so their error is
  a modelling error rather than a sampling one); the measured Se and FP rate are reported next to
  it so a reader can judge.
- :func:`measure_detectors` — Se (note-level recall) and FP rate (share of notes *without* a
  planted identifier of the category that the detector flags anyway) per category, on the
  *calibration* family of the labelled synthetic notes (``lqs_clinical.synth.notes``). The
  evaluation family is never used here.

Measured values are cached in ``pii_rules/calibration.json`` keyed by the rules' digests, the NER
model and version, the seed and the corpus size; on a mismatch they are recomputed at run time.
"""

from __future__ import annotations

import json
import math
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

Z95 = 1.959963984540054
CALIBRATION_SEED = 20240601
CALIBRATION_PATTERN_NOTES = 2000
CALIBRATION_NER_NOTES = 300


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


def calibrated(k: int, n: int, se: float | None, fp_rate: float | None) -> tuple[float | None, float | None,
                                                                                  float | None]:
    if n <= 0 or se is None or fp_rate is None:
        return None, None, None
    lo, hi = wilson(k, n)
    return rogan_gladen(k / n, se, fp_rate), rogan_gladen(lo, se, fp_rate), rogan_gladen(hi, se, fp_rate)


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


def note_level_rates(notes, hits, categories) -> dict[str, dict[str, float | int]]:
    res = {}
    for cat in categories:
        pos = flagged_pos = neg = flagged_neg = 0
        for n, h in zip(notes, hits, strict=True):
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
        }
    return res


def _key(ner: bool, model_name: str | None, model_version: str | None) -> str:
    pr = load_pattern_rules().digest
    nr = load_ner_rules().digest if ner else "-"
    m = f"{model_name}@{model_version}" if ner else "-"
    return (f"patterns={pr};ner={nr};model={m};seed={CALIBRATION_SEED};"
            f"n={CALIBRATION_PATTERN_NOTES}/{CALIBRATION_NER_NOTES}")


def _cache_file() -> Path:
    return data_path("pii_rules") / "calibration.json"


def compute_calibration(detector=None) -> dict[str, dict]:
    """Measure per-category note-level Se and FP rate on the calibration family."""
    from lqs_clinical.synth.notes import labelled_corpus

    notes = labelled_corpus(CALIBRATION_SEED, CALIBRATION_PATTERN_NOTES, "calibration")
    hits = detect_texts([n.text for n in notes])
    result = note_level_rates(notes, hits, PATTERN_CATEGORIES)
    if detector is not None:  # a corpus where names, places and facilities are frequent
        ner_notes = labelled_corpus(CALIBRATION_SEED + 1, CALIBRATION_NER_NOTES, "calibration",
                                    categories=NER_CATEGORIES, plant_rate=0.9)
        ner_hits = detect_texts([n.text for n in ner_notes], detector)
        result.update(note_level_rates(ner_notes, ner_hits, NER_CATEGORIES))
    return result


@lru_cache(maxsize=4)
def _cached(key: str) -> dict | None:
    f = _cache_file()
    if not f.exists():
        return None
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get(key)


_MEMO: dict[str, dict] = {}


def get_calibration(detector=None) -> dict[str, dict]:
    """Per-category {"recall", "fp_rate", ...} for the detectors in use (stored, or measured now)."""
    ner = detector is not None
    key = _key(ner, getattr(detector, "model_name", None), getattr(detector, "model_version", None))
    if key in _MEMO:
        return _MEMO[key]
    stored = _cached(key)
    if stored is None:
        stored = compute_calibration(detector)
    _MEMO[key] = stored
    return stored


def write_calibration(model: str | None = None) -> Path:
    """Recompute the stored calibration (pattern-only and pattern+NER) into pii_rules/calibration.json."""
    from lqs_clinical.notes.ner import Detector

    det = Detector(model, exclude_patterns=True)
    data = {
        _key(False, None, None): compute_calibration(None),
        _key(True, det.model_name, det.model_version): compute_calibration(det),
    }
    f = _cache_file()
    f.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _cached.cache_clear()
    _MEMO.clear()
    return f


__all__ = ["ALL_CATEGORIES", "calibrated", "get_calibration", "rogan_gladen", "wilson", "write_calibration"]

if __name__ == "__main__":  # python -m lqs_clinical.notes.calibrate
    print(write_calibration())
