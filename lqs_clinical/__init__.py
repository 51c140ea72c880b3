"""lqs-clinical: a clinical-data quality profiler that exports only aggregate, signed evidence."""

__version__ = "0.1.0"
TOOL_NAME = "lqs-clinical"
