"""Residual-identifier probe for clinical notes (pattern tier + NER tier, calibrated rates)."""
