"""NER tier: the batched paths (one spaCy ``nlp.pipe`` per chunk, worker processes) give exactly the
hits of one note at a time — speed changes must not change what the probe reports."""

from __future__ import annotations

import pytest

from lqs_clinical.notes.rules import NER_CATEGORIES
from lqs_clinical.synth.notes import labelled_corpus
from lqs_clinical.synth.notes_holdout3 import holdout3_corpus


@pytest.fixture(scope="module")
def detector():
    from lqs_clinical.notes.ner import Detector

    return Detector(None)


@pytest.fixture(scope="module")
def texts_and_hits(detector):
    notes = labelled_corpus(5, 40, "evaluation", categories=NER_CATEGORIES, plant_rate=0.9) + holdout3_corpus(2, 12)
    texts: list[str | None] = [n.text for n in notes]
    texts[3:3] = ["", None, "   \n"]  # empty notes keep their place and get no hits
    return texts, [detector.analyze(t) for t in texts]


def test_analyze_many_equals_one_note_at_a_time(detector, texts_and_hits):
    texts, one = texts_and_hits
    assert sum(len(h) for h in one) >= 40  # measured: enough hits for the comparison to mean something
    assert one[3:6] == [[], [], []]
    assert detector.analyze_many(texts) == one
    assert detector.analyze_many(texts[:7]) + detector.analyze_many(texts[7:]) == one
    assert detector.analyze_many([]) == []


def test_analyze_many_spacy_groups_do_not_change_hits(detector, texts_and_hits, monkeypatch):
    from lqs_clinical.notes import ner

    texts, one = texts_and_hits
    monkeypatch.setattr(ner, "_PIPE_CHARS", 1500)  # groups of one or two notes; a longer note alone
    assert detector.analyze_many(texts) == one
    monkeypatch.setattr(ner, "_PIPE_CHARS", 10**9)  # one group
    assert detector.analyze_many(texts) == one


def test_analyze_stream_single_and_two_processes_equal_one_note_at_a_time(detector, texts_and_hits):
    from lqs_clinical.notes.ner import analyze_stream

    texts, one = texts_and_hits
    rows = [(f"k{i}", "discharge" if i % 2 else None, t) for i, t in enumerate(texts)]
    seen: list[int] = []
    single = list(analyze_stream(iter(rows), model=None, n_process=1, chunk=7, detector=detector,
                                 on_chunk=seen.append))
    assert [(k, nt) for k, nt, _ in single] == [(k, nt) for k, nt, _ in rows]
    assert [h for _, _, h in single] == one
    assert sum(seen) == len(rows)
    two = list(analyze_stream(iter(rows), model=None, n_process=2, chunk=5))
    assert [(k, nt) for k, nt, _ in two] == [(k, nt) for k, nt, _ in rows]
    assert [h for _, _, h in two] == one
