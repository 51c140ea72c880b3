"""Two pattern rules reading one identifier count it twice in the bundle's hit counts.

The stored calibration records such double counts on its own seed and test_notes_calibration holds them at zero, but
one seed shows only the templates and values that seed drew: rounds 49-50 found three pairs on seed 1 that the
calibration seed never produced (a licence after "license:", "Encounter (visit) number HAR...", a ZIP after its
state's cell). This scans a second seed of every labelled corpus with the pattern tier, which is cheap enough to run
on every change; the NER tier's double counts stay the calibration's to catch.
"""

from __future__ import annotations

from lqs_clinical.notes.calibrate import detect_texts, double_counts, holdout_corpora

SEED = 7  # neither the calibration's seed (20240601) nor seed 1, which the rounds' blind runs use
NOTES = 20  # per corpus: about 1,900 notes in all, about a minute on the pattern tier


def test_no_identifier_is_read_twice_on_a_second_seed():
    twice: dict[tuple[str, str], list[str]] = {}
    for name, corpus in holdout_corpora():
        notes = corpus(SEED, NOTES)
        for note, hits in zip(notes, detect_texts([n.text for n in notes]), strict=True):
            for cat in sorted({c for _, _, c, _ in hits}):
                if double_counts(hits, cat):
                    spans = sorted((s, e) for s, e, c, _ in hits if c == cat)
                    twice.setdefault((name, cat), []).extend(note.text[s:e] for s, e in spans)
    assert twice == {}
