"""Deterministic synthetic MIMIC-IV-shaped data with planted defects and exact ground truth.

The generator shares no code with the checks (design rule): it only reads the profile YAMLs as
plain data for table/column names and rules, and computes its ground truth itself.
"""

from lqs_clinical.synth.structured import MIMIC_IV_31_COUNTS, generate

__all__ = ["MIMIC_IV_31_COUNTS", "generate"]
