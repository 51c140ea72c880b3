"""``lqs-clinical notes-eval``: how good the residual-identifier detectors are, measured honestly.

Runs the same detectors as the probe (pattern rules; presidio + spaCy with the clinical filters)
over a labelled corpus from the **evaluation** family of ``lqs_clinical.synth.notes`` — templates
and surrogate values never used to tune or calibrate — and over the fully masked PyHealth sample
notes (../shared/data/note-shaped-samples/pyhealth-synthetic), which hold no identifier at all, so
every hit there is a false hit.

Matching is span-level: a detected hit is a true positive when it overlaps a planted span of the
same category; recall = planted spans found / planted spans; precision = true hits / hits;
false hits = hits overlapping no planted span (of any category). Returns a dict; prints nothing.
"""

from __future__ import annotations

import time
from pathlib import Path

from lqs_clinical.notes.calibrate import detect_texts
from lqs_clinical.notes.rules import ALL_CATEGORIES, NER_CATEGORIES, PATTERN_CATEGORIES

PYHEALTH_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "note-shaped-samples" / \
    "pyhealth-synthetic"


def _pyhealth_texts(folder: Path | None = None) -> list[str]:
    import duckdb

    folder = Path(folder) if folder else PYHEALTH_DIR
    files = sorted(folder.glob("*.csv"))
    con = duckdb.connect()
    texts: list[str] = []
    for f in files:
        rel = con.execute("SELECT text FROM read_csv(?, quote='\"', escape='\"', header=true)", [str(f)])
        texts += [r[0] or "" for r in rel.fetchall()]
    con.close()
    return texts


def score(notes, hits, categories=ALL_CATEGORIES) -> dict:
    per: dict[str, dict] = {}
    false_hits = 0
    for cat in categories:
        per[cat] = {"planted": 0, "found": 0, "hits": 0, "true_hits": 0}
    for n, h in zip(notes, hits, strict=True):
        for s, e, c in n.spans:
            if c not in per:
                continue
            per[c]["planted"] += 1
            if any(hc == c and hs < e and s < he for hs, he, hc, _ in h):
                per[c]["found"] += 1
        for hs, he, hc, _ in h:
            if hc not in per:
                continue
            per[hc]["hits"] += 1
            if any(c == hc and hs < e and s < he for s, e, c in n.spans):
                per[hc]["true_hits"] += 1
            if not any(hs < e and s < he for s, e, _ in n.spans):
                false_hits += 1
    for d in per.values():
        d["recall"] = round(d["found"] / d["planted"], 4) if d["planted"] else None
        d["precision"] = round(d["true_hits"] / d["hits"], 4) if d["hits"] else None
    planted = sum(d["planted"] for d in per.values())
    found = sum(d["found"] for d in per.values())
    hits_all = sum(d["hits"] for d in per.values())
    true_all = sum(d["true_hits"] for d in per.values())
    return {
        "per_category": per,
        "overall_recall": round(found / planted, 4) if planted else None,
        "overall_precision": round(true_all / hits_all, 4) if hits_all else None,
        "false_hits": false_hits,
        "false_hits_per_note": round(false_hits / len(notes), 4) if notes else 0.0,
        "notes": len(notes),
    }


def corpus_names() -> tuple[str, ...]:
    """What ``notes-eval --corpus`` takes: the project's evaluation family and every held-out corpus."""
    from lqs_clinical.notes.calibrate import holdout_names

    return ("evaluation", *holdout_names())


def labelled_notes(corpus: str, seed: int, n_notes: int) -> list:
    """``n_notes`` labelled notes of a named corpus (see :func:`corpus_names`)."""
    from lqs_clinical.errors import UserError

    if corpus == "evaluation":
        from lqs_clinical.synth.notes import labelled_corpus

        return labelled_corpus(seed, n_notes, "evaluation")
    if corpus not in corpus_names():
        raise UserError(f"--corpus {corpus!r}: no such labelled corpus; use one of {', '.join(corpus_names())}")
    from lqs_clinical.notes.calibrate import holdout_corpora

    return dict(holdout_corpora())[corpus](seed, n_notes)


def evaluate(seed: int, n_notes: int, ner: bool, *, ner_model: str | None = None,
             pyhealth_dir: Path | None = None, corpus: str = "evaluation") -> dict:
    """Per-category recall/precision on a labelled corpus (the project's evaluation family unless told
    otherwise: a held-out corpus by name) and false hits on masked samples."""
    notes = labelled_notes(corpus, seed, n_notes)  # an unknown name fails before the model loads
    detector = None
    model = None
    if ner:
        from lqs_clinical.notes.ner import Detector

        detector = Detector(ner_model)
        model = {"name": detector.model_name, "version": detector.model_version}
    cats = ALL_CATEGORIES if ner else PATTERN_CATEGORIES
    t0 = time.perf_counter()
    hits = detect_texts([n.text for n in notes], detector)
    secs = time.perf_counter() - t0
    chars = sum(len(n.text) for n in notes)
    result = score(notes, hits, cats)
    texts = _pyhealth_texts(pyhealth_dir)
    ph_hits = detect_texts(texts, detector)
    by_cat: dict[str, int] = {}
    for h in ph_hits:
        for _, _, c, _ in h:
            by_cat[c] = by_cat.get(c, 0) + 1
    pattern_false = sum(v for k, v in by_cat.items() if k in PATTERN_CATEGORIES)
    ner_false = sum(v for k, v in by_cat.items() if k in NER_CATEGORIES)
    return {
        "family": corpus,
        "seed": seed,
        "ner": ner,
        "ner_model": model,
        "evaluation": result,
        "pyhealth_masked": {
            "notes": len(texts),
            "false_hits": pattern_false + ner_false,
            "pattern_false_hits": pattern_false,
            "ner_false_hits": ner_false,
            "false_hits_per_note": round((pattern_false + ner_false) / len(texts), 4) if texts else None,
            "by_category": by_cat,
        },
        "throughput_chars_per_s": round(chars / secs, 1) if secs > 0 else None,
    }
