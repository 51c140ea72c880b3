"""Residual-identifier probe for clinical notes (pattern tier + NER tier, calibrated rates).

Importing this package does not import presidio or spaCy; they load only when the NER tier runs.
"""

from lqs_clinical.notes.probe import NotesProbeOutput, default_sample_size, run_notes_probe, to_results

__all__ = ["NotesProbeOutput", "default_sample_size", "run_notes_probe", "to_results"]
