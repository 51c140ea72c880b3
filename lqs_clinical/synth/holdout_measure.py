"""The measuring half of the held-out corpora's command lines (``python -m
lqs_clinical.synth.notes_holdoutN``): parse the common options, build the corpus, run the
detector, score it. Each corpus module keeps its own report printing; the corpora themselves were
written blind and share nothing with the detector or with each other.
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
