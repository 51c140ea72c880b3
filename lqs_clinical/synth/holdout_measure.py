"""The measuring half of the held-out corpora's command lines (``python -m
lqs_clinical.synth.notes_holdoutN``): parse the common options, build the corpus, run the
detector, score it, print the report. The corpora themselves were written blind and share nothing
with the detector or with each other.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote


def measure(corpus: Callable[[int, int], list[LabelledNote]], argv: list[str] | None,
            description: str) -> tuple[argparse.Namespace, list[LabelledNote], list[list[tuple]], dict[str, Any]]:
    """(options, notes, hits per note as (start, end, category, tier), score) for one run."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--ner", action="store_true", help="add the NER tier (presidio + spaCy)")
    ap.add_argument("--ner-model", default=None)
    ap.add_argument("--show", type=int, default=12, help="examples to print per list")
    args = ap.parse_args(argv)
    from lqs_clinical.notes.calibrate import detect_texts
    from lqs_clinical.notes.evaluate import score

    notes = corpus(args.seed, args.n)
    detector = None
    if args.ner:
        from lqs_clinical.notes.ner import Detector

        detector = Detector(args.ner_model)
    hits = detect_texts([n.text for n in notes], detector)
    return args, notes, hits, score(notes, hits, CATEGORIES)


def _context(text: str, s: int, e: int) -> str:
    before = text[max(0, s - 30):s].replace("\n", " / ")
    after = text[e:e + 30].replace("\n", " / ")
    return f"...{before}[[{text[s:e]}]]{after}..."


def report(name: str, args: argparse.Namespace, notes: list[LabelledNote], hits: list[list[tuple]],
           res: dict[str, Any]) -> None:
    """Per-category recall and precision, then examples of misses, false and wrong-category hits."""
    n_planted = sum(len(n.spans) for n in notes)
    n_with = sum(1 for n in notes if n.spans)
    print(f"{name}: seed {args.seed}, {len(notes)} notes ({n_with} with plants), {n_planted} planted spans, "
          f"detector={'patterns+NER' if args.ner else 'patterns'}")
    print(f"overall recall {res['overall_recall']:.3f}  precision {res['overall_precision']:.3f}  "
          f"false hits {res['false_hits']} ({res['false_hits_per_note']:.2f}/note)")
    print(f"{'category':16} {'planted':>7} {'found':>6} {'recall':>7} {'hits':>6} {'true':>6} {'prec':>6}")
    for cat in CATEGORIES:
        c = res["per_category"].get(cat, {})
        rec, prec = c.get("recall"), c.get("precision")
        print(f"{cat:16} {c.get('planted', 0):>7} {c.get('found', 0):>6} "
              f"{(f'{rec:.3f}' if rec is not None else '-'):>7} {c.get('hits', 0):>6} {c.get('true_hits', 0):>6} "
              f"{(f'{prec:.3f}' if prec is not None else '-'):>6}")
    misses: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    false: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    wrong: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for note, nh in zip(notes, hits, strict=True):
        for s, e, cat in note.spans:
            overlapping = [h for h in nh if h[0] < e and h[1] > s]
            if not any(h[2] == cat for h in overlapping):
                misses[cat].append(_context(note.text, s, e))
                for h in overlapping:
                    wrong[cat].append(f"{_context(note.text, s, e)} -> {h[2]} ({h[3]})")
        for h in nh:
            if not any(h[0] < e and h[1] > s for s, e, _ in note.spans):
                false.setdefault(h[2], []).append(f"{_context(note.text, h[0], h[1])} ({h[3]})")
    for title, found in (("MISSES", misses), ("FALSE HITS", false), ("WRONG-CATEGORY HITS", wrong)):
        print(f"\n== {title}")
        for cat in CATEGORIES:
            for example in found.get(cat, [])[: args.show]:
                print(f"  {cat:14} {example}")
