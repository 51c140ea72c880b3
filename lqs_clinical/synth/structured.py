"""Synthetic MIMIC-IV (hosp + icu) copy with planted defects and exact ground truth.

Design rule: this module shares no code with the checks. It reads the profile YAMLs as plain
data (table/column names and order, keys, rules) and computes every ground-truth number itself,
over exactly the rows it writes (per chunk, in its own generation loop).

Semantics of the ground truth (what the check authors must match):

* missingness: per column, ``null`` = NULL values, ``empty`` = empty strings (text columns only).
* fk_orphans: a row is an orphan when every child key column is non-NULL and the key tuple is
  absent from the parent; ``null_rows`` = rows where any child key column is NULL.
  ``orphan_keys`` = distinct orphan key tuples.
* temporal_order: rows where both sides are non-NULL and ``after + tolerance < before``
  (``<=`` when strict); cross-table rules use an inner join on the listed keys (child rows
  without a parent are not counted); ``compare_as_date`` casts both sides to DATE first.
* value_range: inclusive range; NULL values are ignored; ``items`` restricts to those itemids.
* value_without_unit: rows where any value column is non-NULL and non-empty and the unit is
  NULL or empty; ``dictionary_no_unit_rows`` = those rows whose itemid exists in the
  dictionary with NULL unitname (0 when the dictionary has no unit column, e.g. d_labitems).
* multi_unit_items: distinct non-NULL unit strings per item; keyed by table using the table's
  first value/unit pair (amountuom for inputevents/ingredientevents); every pair is also under
  ``multi_unit_items_by_vu``.
* population: distinct subjects; admission-level columns from each subject's first admission
  by admittime; NULL -> "(missing)".
* pk_duplicates / duplicate_rows are by construction: base rows have unique keys and are never
  fully identical; planted exact copies count in both (when the table has a PK); planted key-only
  duplicates (transfers: same transfer_id, other careunit) count in pk_duplicates only.
* Cross-table temporal counts follow from the *written* parent rows: planted ICU stays with
  outtime before intime make many of their chartevents fall after outtime + 24 h, so
  chartevents.in_stay_end is large even at 100 patients. This is exact, not an accident.
* CSV output never contains empty strings (DuckDB reads a quoted "" as NULL); Parquet output
  carries a few in admissions.language (non-first admissions) and labevents.comments, where the
  CSV output has a non-empty text instead, so NULL counts are identical across formats.
* Output is deterministic for a given seed, CHUNK_ROWS and library versions (random streams are
  keyed by seed, table and chunk index).
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow.parquet as pq
import yaml

from lqs_clinical.synth.gz import reproducible_gzip

PROFILE_DIR = Path(__file__).resolve().parents[2] / "profiles" / "modules"

# MIMIC-IV 3.1 published row counts (schema reference §4). ingredientevents, provider and
# caregiver have no published 3.1 count: ingredientevents is estimated from the demo ratio to
# inputevents; provider and caregiver are id lists (sized like reference tables, see _counts).
MIMIC_IV_31_COUNTS: dict[str, int] = {
    "admissions": 546028,
    "d_hcpcs": 89208,
    "d_icd_diagnoses": 112107,
    "d_icd_procedures": 86423,
    "d_labitems": 1650,
    "diagnoses_icd": 6364488,
    "drgcodes": 761856,
    "emar": 42808593,
    "emar_detail": 87371064,
    "hcpcsevents": 186074,
    "labevents": 158374764,
    "microbiologyevents": 3988224,
    "omr": 7753027,
    "patients": 364627,
    "pharmacy": 17847567,
    "poe": 52212109,
    "poe_detail": 8504982,
    "prescriptions": 20292611,
    "procedures_icd": 859655,
    "services": 593071,
    "transfers": 2413581,
    "icustays": 94458,
    "d_items": 4095,
    "chartevents": 432997491,
    "datetimeevents": 9979761,
    "inputevents": 10953713,
    "outputevents": 5359395,
    "procedureevents": 808706,
    "ingredientevents": 13811857,
}
DICTIONARY_TABLES = {"d_hcpcs", "d_icd_diagnoses", "d_icd_procedures", "d_labitems", "d_items"}
CHUNK_ROWS = 500_000

_T2110 = int(np.datetime64("2110-01-01T00:00:00", "s").astype(np.int64))
_DAY = 86400
_HOUR = 3600

# ----------------------------------------------------------------------------------------------
# dictionaries
# ----------------------------------------------------------------------------------------------
# chart items: itemid -> (label, abbreviation, unit, mean, sd, lo, hi, decimals)
CHART_NUMERIC = {
    220045: ("Heart Rate", "HR", "bpm", 85, 15, 40, 160, 0),
    220050: ("Arterial Blood Pressure systolic", "ABPs", "mmHg", 120, 18, 70, 200, 0),
    220179: ("Non Invasive Blood Pressure systolic", "NBPs", "mmHg", 122, 18, 70, 200, 0),
    220051: ("Arterial Blood Pressure diastolic", "ABPd", "mmHg", 62, 11, 35, 110, 0),
    220180: ("Non Invasive Blood Pressure diastolic", "NBPd", "mmHg", 65, 11, 35, 110, 0),
    220052: ("Arterial Blood Pressure mean", "ABPm", "mmHg", 80, 12, 50, 130, 0),
    220181: ("Non Invasive Blood Pressure mean", "NBPm", "mmHg", 82, 12, 50, 130, 0),
    225312: ("ART BP Mean", "ART BP Mean", "mmHg", 79, 12, 50, 130, 0),
    220210: ("Respiratory Rate", "RR", "insp/min", 19, 4, 8, 40, 0),
    224690: ("Respiratory Rate (Total)", "RR (Total)", "insp/min", 19, 4, 8, 40, 0),
    223762: ("Temperature Celsius", "Temperature C", "°C", 37.0, 0.6, 35.0, 40.0, 1),
    223761: ("Temperature Fahrenheit", "Temperature F", "°F", 98.6, 1.0, 95.0, 104.0, 1),
    220277: ("O2 saturation pulseoxymetry", "SpO2", "%", 96.5, 2.0, 85, 100, 0),
    226512: ("Admission Weight (Kg)", "Admit Wt", "kg", 82, 18, 40, 180, 1),
    224639: ("Daily Weight", "Daily Weight", "kg", 82, 18, 40, 180, 1),
    226730: ("Height (cm)", "Height (cm)", "cm", 170, 10, 145, 200, 0),
    220621: ("Glucose (serum)", "Glucose (serum)", "mg/dL", 130, 35, 60, 300, 0),
    220615: ("Creatinine (serum)", "Creatinine (serum)", "mg/dL", 1.2, 0.5, 0.3, 5, 1),
}
CHART_WEIGHTS = {
    220045: 10,
    220179: 5,
    220180: 5,
    220181: 5,
    220050: 3,
    220051: 3,
    220052: 3,
    225312: 1,
    220210: 8,
    224690: 2,
    223762: 2,
    223761: 3,
    220277: 9,
    226512: 0.3,
    224639: 0.5,
    226730: 0.2,
    220621: 1,
    220615: 0.5,
}
CHART_TEXT = {
    220048: (
        "Heart Rhythm",
        "Heart Rhythm",
        ["SR (Sinus Rhythm)", "ST (Sinus Tachycardia)", "AF (Atrial Fibrillation)", "SB (Sinus Bradycardia)"],
    ),
    224650: ("Ectopy Type 1", "Ectopy Type 1", ["None", "PVC's", "PAC's"]),
    223901: ("GCS - Motor Response", "GCS - Motor Response", ["Obeys Commands", "Localizes Pain", "Flex-withdraws"]),
    220739: ("GCS - Eye Opening", "GCS - Eye Opening", ["Spontaneously", "To Speech", "To Pain", "No Response"]),
    227341: ("Activity Tolerance", "Activity Tolerance", ["Tolerated well", "Fatigued", "Not assessed"]),
}
CHART_TEXT_WEIGHT = 6.0
DATETIME_ITEMS = {
    224277: ("Last dialysis", "Date"),
    225754: ("Arterial line insertion date", "Date"),
    224288: ("Cordis/Introducer Insertion Date", "Date"),
    225755: ("18 Gauge Insertion Date", "Date and Time"),
}
INPUT_ITEMS = {
    225158: ("NaCl 0.9%", "mL", "mL/hour"),
    220949: ("Dextrose 5%", "mL", "mL/hour"),
    221906: ("Norepinephrine", "mg", "mcg/kg/min"),
    225798: ("Vancomycin", "dose", None),
    221744: ("Fentanyl", "mcg", "mcg/hour"),
}
INGREDIENT_ITEMS = {
    220490: ("Free Water", "mL", "mL/hour"),
    226509: ("Calories", "kcal", "kcal/hour"),
    227079: ("Protein", "grams", "grams/hour"),
}
OUTPUT_ITEMS = {
    226559: ("Foley", "mL"),
    226560: ("Void", "mL"),
    227510: ("TF Residual", "mL"),
    226588: ("Chest Tube #1", "mL"),
}
PROC_ITEMS = {
    225792: ("Invasive Ventilation", "min"),
    224275: ("20 Gauge", "None"),
    225459: ("Chest X-Ray", "None"),
    225402: ("EKG", "None"),
    229351: ("Foley Catheter", "None"),
}

# lab items: itemid -> (label, fluid, category, unit, mean, sd, lo, hi, decimals, ref_lo, ref_hi)
LAB_NUMERIC = {
    50912: ("Creatinine", "Blood", "Chemistry", "mg/dL", 1.1, 0.5, 0.3, 6, 1, 0.5, 1.2),
    50971: ("Potassium", "Blood", "Chemistry", "mEq/L", 4.2, 0.5, 2.8, 6.5, 1, 3.3, 5.1),
    50983: ("Sodium", "Blood", "Chemistry", "mEq/L", 139, 3.5, 125, 155, 0, 133, 145),
    50902: ("Chloride", "Blood", "Chemistry", "mEq/L", 102, 4, 88, 118, 0, 96, 108),
    50882: ("Bicarbonate", "Blood", "Chemistry", "mEq/L", 25, 3.5, 12, 38, 0, 22, 32),
    51006: ("Urea Nitrogen", "Blood", "Chemistry", "mg/dL", 20, 9, 4, 80, 0, 6, 20),
    50931: ("Glucose", "Blood", "Chemistry", "mg/dL", 125, 35, 55, 350, 0, 70, 100),
    50960: ("Magnesium", "Blood", "Chemistry", "mg/dL", 2.0, 0.3, 1.2, 3.2, 1, 1.6, 2.6),
    51221: ("Hematocrit", "Blood", "Hematology", "%", 34, 6, 18, 55, 1, 36, 48),
    51222: ("Hemoglobin", "Blood", "Hematology", "g/dL", 11.2, 2, 6, 18, 1, 12, 16),
    51249: ("MCHC", "Blood", "Hematology", "g/dL", 33, 1.2, 28, 37, 1, 31, 37),
    51265: ("Platelet Count", "Blood", "Hematology", "K/uL", 230, 80, 20, 600, 0, 150, 440),
    51301: ("White Blood Cells", "Blood", "Hematology", "K/uL", 9, 3.5, 1, 30, 1, 4, 11),
    50820: ("pH", "Blood", "Blood Gas", "units", 7.39, 0.06, 7.1, 7.6, 2, 7.35, 7.45),
    50889: ("C-Reactive Protein", "Blood", "Chemistry", "mg/L", 40, 30, 0.5, 250, 1, 0, 5),
    51237: ("INR(PT)", "Blood", "Hematology", "ratio", 1.3, 0.3, 0.8, 4, 1, 0.9, 1.1),
}
LAB_QUALITATIVE = {
    51463: ("Bacteria", "Urine", "Hematology", ["NONE", "FEW", "MOD", "MANY"]),
    51486: ("Leukocytes", "Urine", "Hematology", ["NEG", "TR", "SM", "MOD"]),
}
ICD_DIAG = [
    ("4019", 9, "Unspecified essential hypertension"),
    ("4280", 9, "Congestive heart failure, unspecified"),
    ("42731", 9, "Atrial fibrillation"),
    ("5849", 9, "Acute kidney failure, unspecified"),
    ("25000", 9, "Diabetes mellitus without mention of complication"),
    ("2724", 9, "Other and unspecified hyperlipidemia"),
    ("I10", 10, "Essential (primary) hypertension"),
    ("E785", 10, "Hyperlipidemia, unspecified"),
    ("I4891", 10, "Unspecified atrial fibrillation"),
    ("N179", 10, "Acute kidney failure, unspecified"),
    ("E119", 10, "Type 2 diabetes mellitus without complications"),
    ("Z794", 10, "Long term (current) use of insulin"),
    ("J189", 10, "Pneumonia, unspecified organism"),
    ("K219", 10, "Gastro-esophageal reflux disease without esophagitis"),
    ("F329", 10, "Major depressive disorder, single episode, unspecified"),
]
ICD_DIAG_EXTRA = [
    ("E8531", 10, "Some rare synthetic condition"),
    ("Q8740", 10, "Marfan's syndrome, unspecified"),
    ("V1582", 9, "Personal history of tobacco use"),
]
RARE_ICD = ("Q8740", 10)
ICD_PROC = [
    ("0040", 9, "Procedure on single vessel"),
    ("3893", 9, "Venous catheterization, not elsewhere classified"),
    ("9604", 9, "Insertion of endotracheal tube"),
    ("02HV33Z", 10, "Insertion of infusion device into superior vena cava"),
    ("0BH17EZ", 10, "Insertion of endotracheal airway into trachea"),
    ("5A1955Z", 10, "Respiratory ventilation, greater than 96 consecutive hours"),
    ("3E0436Z", 10, "Introduction of nutritional substance into central vein"),
]
HCPCS = [
    ("99232", 1, "Subsequent hospital care", "Hospital inpatient visit"),
    ("99233", 1, "Subsequent hospital care, high", "Hospital inpatient visit high"),
    ("99291", 1, "Critical care, first hour", "Critical care first hour"),
    ("93010", 1, "Electrocardiogram report", "ECG report"),
    ("G0378", 2, "Hospital observation service, per hour", "Hospital observation per hr"),
    ("36556", 1, "Insert non-tunnel cv cath", "Insert non-tunnel cv cath"),
]

RACES = [
    "WHITE",
    "BLACK/AFRICAN AMERICAN",
    "HISPANIC/LATINO - PUERTO RICAN",
    "ASIAN",
    "OTHER",
    "UNKNOWN",
    "WHITE - OTHER EUROPEAN",
]
RACE_W = [60, 14, 4, 4, 5, 8, 5]
RARE_RACE = "NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER"
INSURANCES = ["Medicare", "Medicaid", "Private", "Other"]
INS_W = [45, 20, 30, 5]
RARE_INSURANCE = "No charge"
LANGUAGES = ["English", "Spanish", "Chinese", "Russian", "Portuguese", "Haitian"]
LANG_W = [88, 5, 2, 2, 2, 1]
MARITAL = ["MARRIED", "SINGLE", "WIDOWED", "DIVORCED"]
ADM_TYPES = ["EW EMER.", "URGENT", "ELECTIVE", "OBSERVATION ADMIT", "SURGICAL SAME DAY ADMISSION", "DIRECT EMER."]
ADM_TYPE_W = [45, 15, 10, 15, 10, 5]
YEAR_GROUPS = ["2008 - 2010", "2011 - 2013", "2014 - 2016", "2017 - 2019", "2020 - 2022"]
CAREUNITS = [
    "Medical Intensive Care Unit (MICU)",
    "Surgical Intensive Care Unit (SICU)",
    "Cardiac Vascular Intensive Care Unit (CVICU)",
    "Coronary Care Unit (CCU)",
    "Trauma SICU (TSICU)",
]
WARDS = ["Medicine", "Emergency Department", "Med/Surg", "Cardiology", "Neurology", "Surgery"]
SERVICES = ["MED", "SURG", "CMED", "NMED", "ORTHO", "TRAUM"]

VOCAB: dict[str, list[str]] = {
    "admission_location": ["EMERGENCY ROOM", "PHYSICIAN REFERRAL", "TRANSFER FROM HOSPITAL", "WALK-IN/SELF REFERRAL"],
    "discharge_location": ["HOME", "HOME HEALTH CARE", "SKILLED NURSING FACILITY", "REHAB"],
    "medication": ["Heparin", "Acetaminophen", "Insulin", "Metoprolol Tartrate", "Furosemide", "Vancomycin"],
    "drug": [
        "Heparin",
        "Acetaminophen",
        "Insulin",
        "Metoprolol Tartrate",
        "Furosemide",
        "Vancomycin",
        "Sodium Chloride 0.9%",
    ],
    "event_txt": ["Administered", "Not Given", "Flushed", "Confirmed"],
    "route": ["IV", "PO", "SC", "PO/NG", "IH"],
    "frequency": ["Q8H", "DAILY", "BID", "Q6H", "ONCE"],
    "status": ["Discontinued", "Expired", "Active"],
    "proc_type": ["Unit Dose", "IV Piggyback", "IV Large Volume"],
    "order_type": ["Medications", "Lab", "Nutrition", "Radiology", "General Care", "ADT orders"],
    "order_subtype": ["Vitals/Monitoring", "Diet", "Activity", "Pain"],
    "transaction_type": ["New", "D/C", "Change"],
    "order_status": ["Inactive", "Active"],
    "drug_type": ["MAIN", "BASE", "ADDITIVE"],
    "dose_unit_rx": ["mg", "mL", "UNIT", "mcg"],
    "form_unit_disp": ["TAB", "VIAL", "BAG", "SYR"],
    "form_rx": ["TABLET", "VIAL", "BAG"],
    "spec_type_desc": ["BLOOD CULTURE", "URINE", "SPUTUM", "MRSA SCREEN", "SWAB"],
    "test_name": ["Blood Culture, Routine", "URINE CULTURE", "GRAM STAIN", "MRSA SCREEN"],
    "org_name": ["ESCHERICHIA COLI", "STAPH AUREUS COAG +", "KLEBSIELLA PNEUMONIAE"],
    "ab_name": ["VANCOMYCIN", "CEFTRIAXONE", "GENTAMICIN", "CIPROFLOXACIN"],
    "interpretation": ["S", "R", "I"],
    "dilution_comparison": ["<=", "=", ">="],
    "quantity": ["1", "2", "3", "HEAVY GROWTH"],
    "drg_type": ["HCFA", "APR"],
    "description": ["HEART FAILURE & SHOCK", "SEPTICEMIA OR SEVERE SEPSIS", "SIMPLE PNEUMONIA & PLEURISY"],
    "priority": ["ROUTINE", "STAT"],
    "administration_type": ["IV Bolus", "Standard Dose", "IV Infusion"],
    "barcode_type": ["ID", "MED"],
    "ordercategoryname": ["01-Drips", "02-Fluids (Crystalloids)", "03-IV Fluid Bolus", "08-Antibiotics (IV)"],
    "secondaryordercategoryname": ["Additive (Crystalloid)", "Additives (Ampoules and Vials)"],
    "ordercomponenttypedescription": ["Main order parameter", "Additional component"],
    "ordercategorydescription": ["Continuous Med", "Drug Push", "Bolus", "Task", "ContinuousProcess"],
    "statusdescription": ["FinishedRunning", "Stopped", "Paused", "ChangeDose/Rate"],
    "location": ["Left Arm", "Right Arm", "Left IJ"],
    "locationcategory": ["Peripheral", "Invasive Venous"],
}


def _load_profile() -> dict:
    mods = {m: yaml.safe_load((PROFILE_DIR / f"mimic-iv-{m}.yaml").read_text()) for m in ("hosp", "icu")}
    tables: dict[str, dict] = {}
    for m, d in mods.items():
        for t, spec in d["tables"].items():
            cols = []
            for c, ty in spec["columns"].items():
                ty = str(ty)
                base = ty.split("(")[0].split()[0].upper()
                cols.append((c, base, "NOT NULL" in ty.upper()))
            tables[t] = {
                "module": m,
                "columns": cols,
                "pk": spec.get("primary_key"),
                "dictionary": bool(spec.get("dictionary")),
            }
    prof = {"tables": tables, "fks": [], "temporal": [], "ranges": [], "value_units": [], "population": [], "death": []}
    for d in mods.values():
        prof["fks"] += d.get("foreign_keys", []) or []
        prof["temporal"] += d.get("temporal", []) or []
        prof["ranges"] += d.get("ranges", []) or []
        prof["value_units"] += d.get("value_units", []) or []
        prof["population"] += d.get("population", []) or []
        prof["death"] += d.get("death_consistency", []) or []
    return prof


def _fk_id(fk: dict) -> str:
    return f"{fk['child']}.{'+'.join(fk['columns'])}->{fk['parent']}.{'+'.join(fk['parent_columns'])}"


def _vu_id(vu: dict) -> str:
    return f"{vu['table']}.{'+'.join(vu['values'])}/{vu['unit']}"


_PL = {
    "INTEGER": pl.Int32,
    "INT": pl.Int32,
    "BIGINT": pl.Int64,
    "SMALLINT": pl.Int16,
    "DOUBLE": pl.Float64,
    "FLOAT": pl.Float64,
    "REAL": pl.Float64,
    "NUMERIC": pl.Float64,
    "VARCHAR": pl.Utf8,
    "CHAR": pl.Utf8,
    "TEXT": pl.Utf8,
    "DATE": pl.Date,
    "TIMESTAMP": pl.Datetime("us"),
}


def _rng(seed: int, *parts) -> np.random.Generator:
    key = [seed] + [zlib.crc32(str(p).encode()) for p in parts]
    return np.random.default_rng(key)


def _pick(rng: np.random.Generator, n: int, k: int, exclude: np.ndarray | None = None) -> np.ndarray:
    """k distinct indices in [0, n) (random order), avoiding `exclude`."""
    if n <= 0 or k <= 0:
        return np.zeros(0, dtype=np.int64)
    excl = np.unique(exclude) if exclude is not None and len(exclude) else np.zeros(0, np.int64)
    k = min(k, n - len(excl))
    out = np.zeros(0, dtype=np.int64)
    while len(out) < k:
        cand = rng.integers(0, n, size=2 * (k - len(out)) + 16)
        cand = cand[~np.isin(cand, excl)]
        cand = cand[~np.isin(cand, out)]
        _, first = np.unique(cand, return_index=True)
        cand = cand[np.sort(first)]
        out = np.concatenate([out, cand[: k - len(out)]])
    return out.astype(np.int64)


def _split(idx: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
    res, pos = [], 0
    for s in sizes:
        res.append(np.sort(idx[pos : pos + s]))
        pos += s
    return res


def _nk(n: int, rate: float, lo: int) -> int:
    """Planted defect count: rate × n, at least lo (bounded by n)."""
    return int(min(n, max(lo, round(rate * n))))


def _in(idx: np.ndarray, a: int, b: int) -> np.ndarray:
    """Sorted global indices in [a, b) -> local positions."""
    i0, i1 = np.searchsorted(idx, [a, b])
    return idx[i0:i1] - a


def _balanced(rows: np.ndarray, groups: int, total: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row -> (group, rank within group, group size) for `total` rows spread evenly over groups."""
    g = (rows * groups) // total
    first = (g * total + groups - 1) // groups
    nxt = ((g + 1) * total + groups - 1) // groups
    return g, rows - first, nxt - first


def _choice(rng, vals, n, w=None):
    p = None if w is None else np.asarray(w, float) / np.sum(w)
    return np.asarray(vals, dtype=object)[rng.choice(len(vals), size=n, p=p)]


# ----------------------------------------------------------------------------------------------
# writer + in-loop statistics
# ----------------------------------------------------------------------------------------------
class _Table:
    """Writes one table in chunks and accumulates its ground-truth statistics."""

    def __init__(self, gen: _Gen, name: str, total: int):
        self.g, self.name, self.total = gen, name, total
        spec = gen.prof["tables"][name]
        self.cols = spec["columns"]
        sub = gen.out / spec["module"]
        sub.mkdir(parents=True, exist_ok=True)
        ext = "parquet" if gen.fmt == "parquet" else "csv.gz"
        self.path = sub / f"{name}.{ext}"
        self.tmp = sub / f".{name}.{ext}.tmp"
        self.rows = 0
        self.nulls = {c: 0 for c, _, _ in self.cols}
        self.empty = {c: 0 for c, _, _ in self.cols}
        self.writer = None
        self.fh = None
        self.keep: list[pl.DataFrame] = []
        self.keep_cols = gen.keep_cols.get(name)

    def write(self, df: pl.DataFrame) -> None:
        g = self.g
        if self.writer is None and self.fh is None:
            if g.fmt == "parquet":
                self.schema = df.to_arrow().schema
                self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
            else:
                raw = open(self.tmp, "wb")  # noqa: SIM115
                self.fh = reproducible_gzip(raw, compresslevel=3)
                self.raw = raw
                self.fh.write(df.head(0).write_csv().encode())
        if df.height:
            if g.fmt == "parquet":
                self.writer.write_table(df.to_arrow().cast(self.schema))
            else:
                self.fh.write(
                    df.write_csv(
                        include_header=False, datetime_format="%Y-%m-%d %H:%M:%S", date_format="%Y-%m-%d"
                    ).encode()
                )
        self._stats(df)
        self.rows += df.height
        if g.progress:
            g.progress(self.name, self.rows, max(self.total, self.rows))

    def close(self) -> None:
        if self.writer is None and self.fh is None:
            self.write(self.g.frame(self.name, {}, 0))
        if self.writer is not None:
            self.writer.close()
        if self.fh is not None:
            self.fh.close()
            self.raw.close()
        os.replace(self.tmp, self.path)
        g = self.g
        g.row_counts[self.name] = self.rows
        for c, _, _ in self.cols:
            g.missing[f"{self.name}.{c}"] = {"null": self.nulls[c], "empty": self.empty[c]}
        if self.keep_cols is not None:
            g.kept[self.name] = pl.concat(self.keep) if self.keep else None

    # ---- statistics over exactly what was written
    def _stats(self, df: pl.DataFrame) -> None:
        g, t = self.g, self.name
        if not df.height:
            return
        nc = df.null_count().row(0)
        for (c, _, _), n in zip(self.cols, nc, strict=True):
            self.nulls[c] += int(n)
        for c, _, _ in self.cols:
            if df.schema[c] == pl.Utf8:
                self.empty[c] += int(df.select((pl.col(c) == "").sum()).item() or 0)
        if self.keep_cols is not None:
            self.keep.append(df.select(self.keep_cols))
        for fk in g.prof["fks"]:
            if fk["child"] == t:
                g.fk_update(fk, df)
        for r in g.prof["temporal"]:
            if r["table"] == t:
                g.temporal_update(r, df)
        for r in g.prof["ranges"]:
            if r["table"] == t:
                g.range_update(r, df)
        for vu in g.prof["value_units"]:
            if vu["table"] == t:
                g.vu_update(vu, df)
        for r in g.prof["death"]:
            if r["table"] == t:
                f, tm = pl.col(r["flag"]), pl.col(r["time"])
                d = g.death.setdefault(t, {"flag_without_time": 0, "time_without_flag": 0})
                d["flag_without_time"] += df.filter((f == 1) & tm.is_null()).height
                d["time_without_flag"] += df.filter(tm.is_not_null() & (f == 0)).height


class _Gen:
    def __init__(self, out: Path, seed: int, defects: bool, fmt: str, progress):
        self.out, self.seed, self.defects, self.fmt, self.progress = out, seed, defects, fmt, progress
        self.prof = _load_profile()
        self.row_counts: dict[str, int] = {}
        self.missing: dict[str, dict] = {}
        self.kept: dict[str, pl.DataFrame | None] = {}
        self.death: dict[str, dict] = {}
        self.pk_dups: dict[str, dict] = {}
        self.dup_rows: dict[str, int] = {}
        self.not_null: dict[str, int] = {}
        self.fk = {_fk_id(fk): {"orphan_rows": 0, "orphan_keys": set(), "null_rows": 0} for fk in self.prof["fks"]}
        self.temporal = {r["id"]: 0 for r in self.prof["temporal"]}
        self.ranges = {r["id"]: {"below": 0, "above": 0} for r in self.prof["ranges"]}
        self.vu = {
            _vu_id(v): {"rows": 0, "numeric_rows": 0, "by_item": {}, "dictionary_no_unit_rows": 0}
            for v in self.prof["value_units"]
        }
        self.unit_pairs: dict[str, set] = {_vu_id(v): set() for v in self.prof["value_units"]}
        # which columns of which tables must be kept in memory (parents of FKs / temporal joins)
        keep: dict[str, set] = {}
        for fk in self.prof["fks"]:
            keep.setdefault(fk["parent"], set()).update(fk["parent_columns"])
        for r in self.prof["temporal"]:
            if "join" in r:
                p = r["join"]["parent"]
                keep.setdefault(p, set()).update(r["join"]["keys"])
                for side in (r["before"], r["after"]):
                    if side.startswith("parent."):
                        keep[p].add(side[7:])
        for v in self.prof["value_units"]:
            dct = v["dictionary"]
            keep.setdefault(dct["table"], set()).update([dct["key"]] + ([dct["unit"]] if "unit" in dct else []))
        self.keep_cols = {t: sorted(cs) for t, cs in keep.items()}
        self._parent_cache: dict = {}

    # ---- frame construction
    def frame(self, table: str, data: dict, n: int, rng=None, nulls: dict | None = None) -> pl.DataFrame:
        cols = self.prof["tables"][table]["columns"]
        rng = rng or _rng(self.seed, table, "fill", n)
        series = []
        for c, ty, nn in cols:
            dt = _PL.get(ty, pl.Utf8)
            if c in data:
                v = data[c]
            else:
                v = self._fill(rng, table, c, ty, nn, n)
            s = self._series(c, v, dt, n)
            m = (nulls or {}).get(c)
            if m is not None and len(m) and np.any(m):
                s = pl.select(pl.when(pl.Series(np.asarray(m, bool))).then(None).otherwise(s).alias(c)).to_series()
            series.append(s)
        return pl.DataFrame(series)

    @staticmethod
    def _series(c, v, dt, n) -> pl.Series:
        if isinstance(v, pl.Series):
            return v.alias(c).cast(dt)
        if dt == pl.Datetime("us") or dt == pl.Date:
            arr = np.asarray(v)
            if arr.dtype == object:  # with None
                mask = np.array([x is None for x in arr])
                arr = np.where(mask, 0, arr).astype(np.int64)
            else:
                mask = None
                arr = arr.astype(np.int64)
            if dt == pl.Date:
                s = pl.Series(c, (arr // _DAY).astype(np.int32)).cast(pl.Date)
            else:
                s = pl.Series(c, arr * 1_000_000).cast(pl.Datetime("us"))
            if mask is not None and mask.any():
                s = pl.select(pl.when(pl.Series(mask)).then(None).otherwise(s).alias(c)).to_series()
            return s
        if dt == pl.Utf8:
            if isinstance(v, np.ndarray) and v.dtype != object:
                v = v.astype(str)
            return pl.Series(c, list(v) if isinstance(v, np.ndarray) else v, dtype=pl.Utf8, strict=False)
        if isinstance(v, np.ndarray) and v.dtype == object:
            return pl.Series(c, list(v), dtype=dt, strict=False)
        return pl.Series(c, np.asarray(v)).cast(dt)

    def _fill(self, rng, table, c, ty, nn, n):
        null = None if nn else rng.random(n) < 0.12
        if ty in ("VARCHAR", "CHAR", "TEXT"):
            vals = VOCAB.get(c, [f"{c[:8]}_{k}" for k in range(4)])
            v = _choice(rng, vals, n)
        elif ty in ("INTEGER", "SMALLINT", "INT", "BIGINT"):
            v = rng.integers(0, 2 if ty == "SMALLINT" else 1000, size=n).astype(object)
        elif ty in ("DOUBLE", "FLOAT", "REAL", "NUMERIC"):
            v = np.round(rng.uniform(0, 100, size=n), 2).astype(object)
        elif ty == "DATE":
            v = (_T2110 + rng.integers(0, 50 * 365, size=n) * _DAY).astype(object)
        else:
            v = (_T2110 + rng.integers(0, 50 * 365 * _DAY, size=n)).astype(object)
        if null is not None:
            v = np.asarray(v, dtype=object)
            v[null] = None
        return v

    # ---- ground-truth accumulation
    def _parent(self, table: str) -> pl.DataFrame:
        assert table in self.kept, f"parent {table} must be written before its children"
        df = self.kept.get(table)
        if df is None:
            cols = self.keep_cols[table]
            schema = {c: _PL[ty] for c, ty, _ in self.prof["tables"][table]["columns"] if c in cols}
            return pl.DataFrame(schema=schema)
        return df

    def fk_update(self, fk: dict, df: pl.DataFrame) -> None:
        st = self.fk[_fk_id(fk)]
        cc, pc = fk["columns"], fk["parent_columns"]
        anynull = pl.any_horizontal([pl.col(c).is_null() for c in cc])
        st["null_rows"] += df.filter(anynull).height
        key = ("fkp", _fk_id(fk))
        if key not in self._parent_cache:
            self._parent_cache[key] = (
                self._parent(fk["parent"]).select([pl.col(p).alias(c) for p, c in zip(pc, cc, strict=True)]).unique()
            )
        par = self._parent_cache[key]
        sub = df.filter(~anynull).select(cc)
        sub = sub.with_columns([pl.col(c).cast(par.schema[c]) for c in cc])
        orph = sub.join(par, on=cc, how="anti", nulls_equal=False)
        st["orphan_rows"] += orph.height
        st["orphan_keys"].update(orph.unique().rows())

    def temporal_update(self, r: dict, df: pl.DataFrame) -> None:
        before, after = r["before"], r["after"]
        d = df
        if "join" in r:
            p, keys = r["join"]["parent"], r["join"]["keys"]
            need = [s[7:] for s in (before, after) if s.startswith("parent.")]
            par = self._parent(p).select(keys + [pl.col(x).alias("parent." + x) for x in need])
            d = df.select(list(dict.fromkeys(keys + [s for s in (before, after) if not s.startswith("parent.")]))).join(
                par, on=keys, how="inner"
            )
        b, a = pl.col(before), pl.col(after)
        if r.get("compare_as_date"):
            b, a = b.cast(pl.Date), a.cast(pl.Date)
        tol = r.get("tolerance_hours") or 0
        if tol:
            a = a + pl.duration(hours=tol)
        viol = (a <= b) if r.get("strict") else (a < b)
        self.temporal[r["id"]] += d.filter(pl.col(before).is_not_null() & pl.col(after).is_not_null() & viol).height

    def range_update(self, r: dict, df: pl.DataFrame) -> None:
        d = df
        if r.get("items"):
            d = d.filter(pl.col(r["item"]).is_in(r["items"]))
        v = pl.col(r["column"])
        st = self.ranges[r["id"]]
        if r.get("low") is not None:
            st["below"] += d.filter(v < r["low"]).height
        if r.get("high") is not None:
            st["above"] += d.filter(v > r["high"]).height

    def vu_update(self, vu: dict, df: pl.DataFrame) -> None:
        vid = _vu_id(vu)
        st = self.vu[vid]
        pres = []
        for c in vu["values"]:
            e = pl.col(c).is_not_null()
            if df.schema[c] == pl.Utf8:
                e = e & (pl.col(c) != "")
            pres.append(e)
        u = pl.col(vu["unit"])
        mask = pl.any_horizontal(pres) & (u.is_null() | (u == ""))
        d = df.filter(mask)
        st["rows"] += d.height
        if vu.get("numeric"):
            st["numeric_rows"] += d.filter(pl.col(vu["numeric"]).is_not_null()).height
        it = vu["item"]
        for item, cnt in d.group_by(it).len().rows():
            st["by_item"][str(item)] = st["by_item"].get(str(item), 0) + cnt
        dct = vu["dictionary"]
        if "unit" in dct:
            dd = self._parent(dct["table"])
            nounit = dd.filter(pl.col(dct["unit"]).is_null())[dct["key"]]
            st["dictionary_no_unit_rows"] += d.filter(pl.col(it).is_in(nounit.implode())).height
        pairs = df.filter(u.is_not_null()).select(it, vu["unit"]).unique().rows()
        self.unit_pairs[vid].update(pairs)

    def table(self, name: str, total: int) -> _Table:
        return _Table(self, name, total)


# ----------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------
def _counts(patients: int, scale: float | None) -> dict[str, int]:
    s = scale if scale is not None else patients / MIMIC_IV_31_COUNTS["patients"]
    n = {t: int(round(s * c)) for t, c in MIMIC_IV_31_COUNTS.items() if t not in DICTIONARY_TABLES}
    if scale is None:
        n["patients"] = patients
    n["patients"] = max(1, n["patients"])
    n["admissions"] = max(n["admissions"], n["patients"])
    n["icustays"] = max(1, min(n["icustays"], n["admissions"]))
    n["provider"] = int(min(40508, max(50, round(n["patients"] * 0.12))))
    n["caregiver"] = int(min(15468, max(30, round(n["patients"] * 0.05))))
    return n


def _ids(rng, n: int, base: int, span: int) -> np.ndarray:
    """n unique increasing ids in [base, base+span)."""
    step = max(1, span // max(n, 1))
    return (base + np.arange(n, dtype=np.int64) * step + rng.integers(0, max(1, step // 2), size=n)).astype(np.int64)


class _World:
    """Patients, admissions and ICU stays (true, pre-defect timeline) in memory."""

    def __init__(self, g: _Gen, n: dict[str, int]):
        rng = _rng(g.seed, "world")
        P, A, S = n["patients"], n["admissions"], n["icustays"]
        self.P, self.A, self.S = P, A, S
        self.subj = _ids(rng, P, 10_000_000, 9_000_000)
        self.gender = _choice(rng, ["F", "M"], P)
        age = np.clip(np.round(rng.normal(60, 17, P)), 18, 89).astype(np.int64)
        age[rng.random(P) < 0.025] = 91
        self.age = age
        self.anchor_year = rng.integers(2110, 2187, size=P)
        self.year_group = _choice(rng, YEAR_GROUPS, P)
        # admissions per patient: everyone has one, the rest spread at random
        extra = np.bincount(rng.integers(0, P, size=A - P), minlength=P) if A > P else np.zeros(P, np.int64)
        cnt = 1 + extra
        self.adm_pat = np.repeat(np.arange(P), cnt)
        starts = np.concatenate([[0], np.cumsum(cnt)[:-1]])
        self.adm_rank = np.arange(A) - starts[self.adm_pat]
        self.adm_first = starts  # index of each patient's first admission
        self.adm_subj = self.subj[self.adm_pat]
        self.hadm = (
            20_000_000
            + rng.permutation(A).astype(np.int64) * max(1, 9_000_000 // A)
            + rng.integers(0, max(1, 9_000_000 // A // 2), size=A)
        )
        base = (
            _T2110
            + (self.anchor_year[self.adm_pat] - 2110) * 365 * _DAY
            + rng.integers(0, 2 * 365 * _DAY, size=P)[self.adm_pat]
        )
        gap = rng.integers(20 * _DAY, 400 * _DAY, size=A)
        cs = np.cumsum(gap)
        self.t_admit = base + cs - cs[starts][self.adm_pat]
        self.los = rng.integers(2 * _DAY, 14 * _DAY, size=A)
        self.t_disch = self.t_admit + self.los
        # deaths: ~12% of patients; 70% of those in hospital at their last admission
        last = starts + cnt - 1
        dies = rng.random(P) < 0.12
        inhosp = dies & (rng.random(P) < 0.7)
        self.adm_died = np.zeros(A, bool)
        self.adm_died[last[inhosp]] = True
        self.t_death = np.where(self.adm_died, self.t_disch - rng.integers(0, 2 * _HOUR, size=A), 0)
        dod = np.full(P, -1, np.int64)
        dod[inhosp] = self.t_death[last[inhosp]] // _DAY * _DAY
        out = dies & ~inhosp
        dod[out] = (self.t_disch[last[out]] // _DAY + rng.integers(10, 700, size=out.sum())) * _DAY
        self.dod = dod
        # ICU stays on distinct admissions
        self.st_adm = np.sort(_pick(rng, A, S))
        self.stay = _ids(rng, S, 30_000_000, 9_000_000)
        la = self.los[self.st_adm]
        self.st_in = self.t_admit[self.st_adm] + (rng.uniform(0.05, 0.3, S) * la).astype(np.int64)
        self.st_out = self.st_in + (rng.uniform(0.2, 0.45, S) * la).astype(np.int64)
        self.st_subj = self.adm_subj[self.st_adm]
        self.st_hadm = self.hadm[self.st_adm]
        self.st_pat = self.adm_pat[self.st_adm]


def _chunks(total: int):
    a = 0
    while a < total:
        b = min(total, a + CHUNK_ROWS)
        yield a, b
        a = b


def _fmt_num(valuenum: np.ndarray, decimals: np.ndarray) -> pl.Series:
    s = pl.Series(valuenum)
    return pl.select(
        pl.when(pl.Series(decimals) == 0)
        .then(s.round(0).cast(pl.Int64).cast(pl.Utf8))
        .otherwise(s.round(2).cast(pl.Utf8))
    ).to_series()


def generate(
    out_dir: Path,
    *,
    patients: int = 100,
    seed: int = 0,
    defects: bool = True,
    fmt: str = "csv.gz",
    scale: float | None = None,
    notes: bool = True,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict:
    """Write a synthetic MIMIC-IV-shaped copy to out_dir and return its ground truth."""
    if fmt not in ("csv.gz", "parquet"):
        raise ValueError(f"fmt must be 'csv.gz' or 'parquet', not {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    g = _Gen(out, seed, defects, fmt, progress)
    n = _counts(patients, scale)
    w = _World(g, n)
    b = _Builder(g, w, n)
    b.run()
    gt = b.ground_truth()
    if notes:
        from lqs_clinical.synth import notes as notes_mod

        adm = [
            (int(s), int(h), datetime(1970, 1, 1) + timedelta(seconds=int(t)))
            for s, h, t in zip(w.adm_subj, w.hadm, w.t_admit, strict=True)
        ]
        gt["notes"] = notes_mod.write_note_module(out, adm, seed=seed, defects=defects, fmt=fmt)
    text = json.dumps(gt, sort_keys=True, indent=1, default=_json_default)
    tmp = out / ".ground_truth.json.tmp"
    tmp.write_text(text + "\n")
    os.replace(tmp, out / "ground_truth.json")
    return json.loads(text)


def _json_default(o):
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, np.floating):
        return float(o)
    raise TypeError(type(o))


def _concat_id(a, b) -> pl.Series:
    return pl.select(
        pl.concat_str(
            [
                pl.Series(np.asarray(a, dtype=np.int64)).cast(pl.Utf8),
                pl.lit("-"),
                pl.Series(np.asarray(b, dtype=np.int64)).cast(pl.Utf8),
            ]
        )
    ).to_series()


def _obj(v, mask) -> np.ndarray:
    o = np.asarray(v).astype(object)
    o[np.asarray(mask, bool)] = None
    return o


class _Builder:
    def __init__(self, g: _Gen, w: _World, n: dict[str, int]):
        self.g, self.w, self.n, self.D = g, w, n, g.defects
        self.planted: dict = {}

    def rng(self, *parts):
        return _rng(self.g.seed, *parts)

    def run(self) -> None:
        for t in [
            "provider",
            "caregiver",
            "d_hcpcs",
            "d_icd_diagnoses",
            "d_icd_procedures",
            "d_labitems",
            "d_items",
            "patients",
            "admissions",
            "icustays",
            "poe",
            "poe_detail",
            "pharmacy",
            "prescriptions",
            "emar",
            "emar_detail",
            "diagnoses_icd",
            "procedures_icd",
            "drgcodes",
            "hcpcsevents",
            "services",
            "transfers",
            "labevents",
            "microbiologyevents",
            "omr",
            "chartevents",
            "datetimeevents",
            "inputevents",
            "ingredientevents",
            "outputevents",
            "procedureevents",
        ]:
            getattr(self, "t_" + t)()
        missing = set(self.g.prof["tables"]) - set(self.g.row_counts)
        assert not missing, missing

    # ------------------------------------------------------------------ core entities
    def t_patients(self):
        w, g = self.w, self.g
        rng = self.rng("patients-defects")
        age = w.age.copy()
        dod = w.dod.copy()
        self.reid_patient = None
        if self.D:
            # dod before ICU intime (mimic-code #1346), on distinct patients
            k = _nk(w.S, 0.003, 2)
            st = _pick(rng, w.S, k)
            _, first = np.unique(w.st_pat[st], return_index=True)
            st = st[first]
            dod[w.st_pat[st]] = (w.st_in[st] // _DAY - rng.integers(1, 4, size=len(st))) * _DAY
            used = np.unique(w.st_pat[st])
            # one 91-year-old with a unique (gender, race, insurance)
            u = _pick(rng, w.P, 1, exclude=used)
            self.reid_patient = int(u[0]) if len(u) else None
            if self.reid_patient is not None:
                age[self.reid_patient] = 91
            used = np.concatenate([used, u])
            k = _nk(w.P, 0.0005, 2)
            bad = _pick(rng, w.P, k, exclude=used)
            age[bad] = rng.integers(95, 130, size=len(bad))
        self.age = age
        self.dod = dod
        tb = g.table("patients", w.P)
        tb.write(
            g.frame(
                "patients",
                {
                    "subject_id": w.subj,
                    "gender": w.gender,
                    "anchor_age": age,
                    "anchor_year": w.anchor_year,
                    "anchor_year_group": w.year_group,
                    "dod": _obj(np.maximum(dod, 0), dod < 0),
                },
                w.P,
            )
        )
        tb.close()

    def t_admissions(self):
        w, g, A = self.w, self.g, self.w.A
        rng = self.rng("admissions")
        ap = w.adm_pat
        race = _choice(rng, RACES, A, RACE_W)
        ins = _choice(rng, INSURANCES, A, INS_W)
        lang = _choice(rng, LANGUAGES, A, LANG_W)
        mar = _choice(rng, MARITAL, A)
        mar[rng.random(A) < 0.04] = None
        if self.reid_patient is not None:
            m = ap == self.reid_patient
            race[m] = RARE_RACE
            ins[m] = RARE_INSURANCE
        adm_type = _choice(rng, ADM_TYPES, A, ADM_TYPE_W)
        t0, t1 = w.t_admit.copy(), w.t_disch.copy()
        death = np.where(w.adm_died, w.t_death, -1)
        flag = w.adm_died.astype(np.int64)
        ed = rng.random(A) < 0.4
        edreg = t0 - rng.integers(3 * _HOUR, 10 * _HOUR, size=A)
        edout = edreg + rng.integers(1 * _HOUR, 3 * _HOUR, size=A)
        dloc = _choice(rng, VOCAB["discharge_location"], A)
        dloc[w.adm_died] = "DIED"
        prov = self.provider_ids(rng, A)
        prov[rng.random(A) < 0.1] = None
        nulls: dict[str, np.ndarray] = {}
        self.adm_dup = np.zeros(0, np.int64)
        empty_lang = np.zeros(0, np.int64)
        if self.D:
            icu = np.zeros(A, bool)
            icu[w.st_adm] = True
            died = np.flatnonzero(w.adm_died)
            k1 = _nk(len(died), 0.05, 2)
            k2 = _nk(len(died), 0.03, 1)
            dd = rng.permutation(died)
            fwt, dba = np.sort(dd[:k1]), np.sort(dd[k1 : k1 + k2])
            death[fwt] = -1  # flag without time (#1406)
            death[dba] = t0[dba] - rng.integers(1 * _DAY, 3 * _DAY, size=len(dba))
            used = np.concatenate(
                [died, w.adm_first[[self.reid_patient]] if self.reid_patient is not None else []]
            ).astype(np.int64)
            twf = _pick(rng, A, _nk(A, 0.0003, 2), exclude=used)
            death[twf] = t1[twf] - _HOUR  # time without flag
            used = np.concatenate([used, twf])
            dba2 = _pick(rng, A, _nk(A, 0.002, 3), exclude=used)
            t1[dba2] = t0[dba2] - rng.integers(1 * _HOUR, 3 * _DAY, size=len(dba2))  # discharge before admission
            used = np.concatenate([used, dba2])
            edx = _pick(rng, A, _nk(A, 0.003, 2), exclude=np.concatenate([used, np.flatnonzero(~ed)]))
            edout[edx] = edreg[edx] - rng.integers(1 * _HOUR, 5 * _HOUR, size=len(edx))
            used = np.concatenate([used, edx])
            nd = _pick(rng, A, _nk(A, 0.001, 2), exclude=used)
            t1_null = np.zeros(A, bool)
            t1_null[nd] = True
            used = np.concatenate([used, nd])
            nulls["dischtime"] = t1_null
            for c, k in (("insurance", 0.01), ("language", 0.006), ("marital_status", 0.01)):
                m = np.zeros(A, bool)
                m[
                    _pick(
                        rng,
                        A,
                        _nk(A, k, 3),
                        exclude=w.adm_first[[self.reid_patient]]
                        if c == "insurance" and self.reid_patient is not None
                        else None,
                    )
                ] = True
                nulls[c] = m
            nonfirst = np.flatnonzero(w.adm_rank > 0)
            if len(nonfirst):
                empty_lang = nonfirst[_pick(self.rng("adm-empty"), len(nonfirst), _nk(A, 0.002, 2))]
                empty_lang = empty_lang[~nulls["language"][empty_lang]]
                # Parquet gets empty strings; CSV cannot carry them (DuckDB reads "" as NULL)
                if self.g.fmt == "parquet":
                    lang[empty_lang] = ""
            self.adm_dup = np.sort(
                _pick(
                    rng,
                    A,
                    _nk(A, 0.0005, 2),
                    exclude=np.concatenate([used, np.flatnonzero(icu), np.flatnonzero(w.adm_died)]),
                )
            )
        data = {
            "subject_id": w.adm_subj,
            "hadm_id": w.hadm,
            "admittime": t0,
            "dischtime": t1,
            "deathtime": _obj(np.maximum(death, 0), death < 0),
            "admission_type": adm_type,
            "admit_provider_id": prov,
            "admission_location": _choice(rng, VOCAB["admission_location"], A),
            "discharge_location": dloc,
            "insurance": ins,
            "language": lang,
            "marital_status": mar,
            "race": race,
            "edregtime": _obj(edreg, ~ed),
            "edouttime": _obj(edout, ~ed),
            "hospital_expire_flag": flag,
        }
        df = g.frame("admissions", data, A, rng, nulls)
        self.adm_df = df
        if len(self.adm_dup):
            df = pl.concat([df, df[self.adm_dup]])
        self.dups("admissions", len(self.adm_dup), pk=True)
        tb = g.table("admissions", A)
        tb.write(df)
        tb.close()

    def dups(self, t: str, exact: int, pk: bool = False, key_only: int = 0) -> None:
        self.g.dup_rows[t] = self.g.dup_rows.get(t, 0) + exact
        if self.g.prof["tables"][t]["pk"]:
            d = self.g.pk_dups.setdefault(t, {"duplicate_keys": 0, "excess_rows": 0})
            d["duplicate_keys"] += exact + key_only
            d["excess_rows"] += exact + key_only

    def t_icustays(self):
        w, g, S = self.w, self.g, self.w.S
        rng = self.rng("icustays")
        tin, tout = w.st_in.copy(), w.st_out.copy()
        onull = np.zeros(S, bool)
        if self.D:
            idx = _pick(rng, S, _nk(S, 0.001, 2) + _nk(S, 0.002, 2) + _nk(S, 0.002, 2) + _nk(S, 0.002, 1))
            a, b, c, d = _split(idx, [_nk(S, 0.001, 2), _nk(S, 0.002, 2), _nk(S, 0.002, 2), _nk(S, 0.002, 1)])
            tout[a] = tin[a] - rng.integers(1 * _HOUR, 2 * _DAY, size=len(a))  # out before in (#1288)
            tin[b] = w.t_admit[w.st_adm[b]] - rng.integers(2 * _DAY, 5 * _DAY, size=len(b))
            tout[c] = w.t_disch[w.st_adm[c]] + rng.integers(2 * _DAY, 5 * _DAY, size=len(c))  # mimic-iv#88
            onull[d] = True
        los = np.round((tout - tin) / _DAY, 4)
        cu = _choice(rng, CAREUNITS, S)
        last = cu.copy()
        ch = rng.random(S) < 0.1
        last[ch] = _choice(rng, CAREUNITS, int(ch.sum()))
        df = g.frame(
            "icustays",
            {
                "subject_id": w.st_subj,
                "hadm_id": w.st_hadm,
                "stay_id": w.stay,
                "first_careunit": cu,
                "last_careunit": last,
                "intime": tin,
                "outtime": tout,
                "los": _obj(los, onull),
            },
            S,
            rng,
            {"outtime": onull},
        )
        tb = g.table("icustays", S)
        tb.write(df)
        tb.close()

    def provider_ids(self, rng, n):
        k = self.n["provider"]
        return self._prov_all()[rng.integers(0, k, size=n)].astype(object)

    def _prov_all(self):
        if not hasattr(self, "_prov"):
            k = self.n["provider"]
            al = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
            x = np.arange(k, dtype=np.int64) * 7919 + 104729
            parts = []
            for _ in range(5):
                parts.append(al[x % 36])
                x //= 36
            self._prov = np.array(["P" + "".join(p) for p in zip(*parts, strict=True)], dtype=object)
        return self._prov

    def cg_ids(self, rng, n, pnull=0.03):
        ids = 1000 + np.arange(self.n["caregiver"]) * 3
        return _obj(ids[rng.integers(0, len(ids), size=n)], rng.random(n) < pnull)

    def t_provider(self):
        tb = self.g.table("provider", self.n["provider"])
        tb.write(self.g.frame("provider", {"provider_id": self._prov_all()}, self.n["provider"]))
        tb.close()

    def t_caregiver(self):
        k = self.n["caregiver"]
        tb = self.g.table("caregiver", k)
        tb.write(self.g.frame("caregiver", {"caregiver_id": 1000 + np.arange(k) * 3}, k))
        tb.close()

    # ------------------------------------------------------------------ dictionaries
    def _dict(self, t, data):
        n = len(next(iter(data.values())))
        tb = self.g.table(t, n)
        tb.write(self.g.frame(t, data, n))
        tb.close()

    def t_d_hcpcs(self):
        self._dict(
            "d_hcpcs",
            {
                "code": [h[0] for h in HCPCS],
                "category": [h[1] for h in HCPCS],
                "long_description": [h[2] for h in HCPCS],
                "short_description": [h[3] for h in HCPCS],
            },
        )

    def t_d_icd_diagnoses(self):
        d = ICD_DIAG + ICD_DIAG_EXTRA
        self._dict(
            "d_icd_diagnoses",
            {"icd_code": [x[0] for x in d], "icd_version": [x[1] for x in d], "long_title": [x[2] for x in d]},
        )

    def t_d_icd_procedures(self):
        self._dict(
            "d_icd_procedures",
            {
                "icd_code": [x[0] for x in ICD_PROC],
                "icd_version": [x[1] for x in ICD_PROC],
                "long_title": [x[2] for x in ICD_PROC],
            },
        )

    def t_d_labitems(self):
        items = [(k, v[0], v[1], v[2]) for k, v in LAB_NUMERIC.items()] + [
            (k, v[0], v[1], v[2]) for k, v in LAB_QUALITATIVE.items()
        ]
        self._dict(
            "d_labitems",
            {
                "itemid": [i[0] for i in items],
                "label": [i[1] for i in items],
                "fluid": [i[2] for i in items],
                "category": [i[3] for i in items],
            },
        )

    def t_d_items(self):
        rows = []
        for k, v in CHART_NUMERIC.items():
            rows.append(
                (k, v[0], v[1], "chartevents", "Routine Vital Signs", v[2], "Numeric", float(v[5]), float(v[6]))
            )
        for k, v in CHART_TEXT.items():
            rows.append((k, v[0], v[1], "chartevents", "Routine Vital Signs", None, "Text", None, None))
        for k, v in DATETIME_ITEMS.items():
            rows.append((k, v[0], v[0], "datetimeevents", "Access Lines - Invasive", v[1], "Date and time", None, None))
        for k, v in INPUT_ITEMS.items():
            rows.append((k, v[0], v[0], "inputevents", "Fluids/Intake", v[1], "Solution", None, None))
        for k, v in INGREDIENT_ITEMS.items():
            rows.append((k, v[0], v[0], "ingredientevents", "Ingredients", v[1], "Ingredient", None, None))
        for k, v in OUTPUT_ITEMS.items():
            rows.append((k, v[0], v[0], "outputevents", "Output", v[1], "Numeric", None, None))
        for k, v in PROC_ITEMS.items():
            rows.append((k, v[0], v[0], "procedureevents", "Procedures", v[1], "Process", None, None))
        cols = [
            "itemid",
            "label",
            "abbreviation",
            "linksto",
            "category",
            "unitname",
            "param_type",
            "lownormalvalue",
            "highnormalvalue",
        ]
        self._dict("d_items", {c: np.array([r[i] for r in rows], dtype=object) for i, c in enumerate(cols)})

    # ------------------------------------------------------------------ helpers for event tables
    def adm_of(self, rows, total):
        a, rank, size = _balanced(rows, self.w.A, total)
        return a, rank, size

    def within_adm(self, rng, a, lo=0.02, hi=0.95):
        w = self.w
        return w.t_admit[a] + (rng.uniform(lo, hi, size=len(a)) * w.los[a]).astype(np.int64)

    def plan(self, t: str, total: int, spec: list[tuple[str, float, int]], exclude=None) -> dict[str, np.ndarray]:
        """Disjoint sorted global row sets for each planted defect of a table."""
        if not self.D or total == 0:
            return {name: np.zeros(0, np.int64) for name, _, _ in spec}
        sizes = [_nk(total, r, lo) for _, r, lo in spec]
        rng = self.rng(t, "plan")
        idx = _pick(rng, total, sum(sizes), exclude=exclude)
        sizes2, left = [], len(idx)
        for s in sizes:
            sizes2.append(min(s, left))
            left -= sizes2[-1]
        return dict(zip([s[0] for s in spec], _split(idx, sizes2), strict=True))

    def poe_row(self, p):
        """subject, hadm, admission index of poe row p."""
        a = (p * self.w.A) // max(self.n["poe"], 1)
        return self.w.adm_subj[a], self.w.hadm[a], a

    def chunked(self, t: str, total: int, make) -> None:
        tb = self.g.table(t, total)
        for ci, (a, b) in enumerate(_chunks(total)):
            tb.write(make(a, b, self.rng(t, ci)))
        tb.close()

    # ------------------------------------------------------------------ hosp orders / meds
    def t_poe(self):
        N = self.n["poe"]

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            subj, hadm, ad = self.poe_row(rows)
            n = b - a
            return self.g.frame(
                "poe",
                {
                    "poe_id": _concat_id(subj, rows + 1),
                    "poe_seq": rows + 1,
                    "subject_id": subj,
                    "hadm_id": _obj(hadm, rng.random(n) < 0.02),
                    "ordertime": self.within_adm(rng, ad),
                    "discontinue_of_poe_id": [None] * n,
                    "discontinued_by_poe_id": [None] * n,
                    "order_provider_id": self.provider_ids(rng, n),
                },
                n,
                rng,
            )

        self.chunked("poe", N, make)

    def t_poe_detail(self):
        N, NP = self.n["poe_detail"], max(self.n["poe"], 1)
        names = ["Admit to", "Code status", "Discharge Planning", "Level of Urgency", "Tubes & Drains type"]

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            p = (rows * NP) // max(N, 1) if N <= NP else rows % NP
            k = rows // NP if N > NP else rows * 0
            subj, _, _ = self.poe_row(p)
            return self.g.frame(
                "poe_detail",
                {
                    "poe_id": _concat_id(subj, p + 1),
                    "poe_seq": p + 1,
                    "subject_id": subj,
                    "field_name": np.array(names, dtype=object)[(rows + k) % len(names)],
                },
                b - a,
                rng,
            )

        self.chunked("poe_detail", N, make)

    def t_pharmacy(self):
        N, NP = self.n["pharmacy"], max(self.n["poe"], 1)
        pl_ = self.plan("pharmacy", N, [("poe_orphan", 0.0005, 4)])

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            p = (rows * NP) // max(N, 1)
            subj, hadm, ad = self.poe_row(p)
            seq = p + 1
            seq[_in(pl_["poe_orphan"], a, b)] = 0
            poe = _concat_id(subj, seq).to_numpy().astype(object)
            poe[rng.random(n) < 0.03] = None
            st = self.within_adm(rng, ad, 0.05, 0.6)
            return self.g.frame(
                "pharmacy",
                {
                    "subject_id": subj,
                    "hadm_id": hadm,
                    "pharmacy_id": 10_000_000 + rows,
                    "poe_id": poe,
                    "starttime": st,
                    "stoptime": st + rng.integers(1 * _HOUR, 3 * _DAY, size=n),
                    "entertime": st - rng.integers(60, 3600, size=n),
                    "verifiedtime": st - rng.integers(0, 60, size=n),
                    "expirationdate": _obj(st, np.ones(n, bool)),
                },
                n,
                rng,
            )

        self.chunked("pharmacy", N, make)

    def pharm_row(self, q):
        NP, NPh = max(self.n["poe"], 1), max(self.n["pharmacy"], 1)
        p = (q * NP) // NPh
        return p

    def t_prescriptions(self):
        N, NPh = self.n["prescriptions"], max(self.n["pharmacy"], 1)
        drugs = np.array(VOCAB["drug"], dtype=object)
        types = np.array(VOCAB["drug_type"], dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            q, k = rows % NPh, rows // NPh
            p = self.pharm_row(q)
            subj, hadm, ad = self.poe_row(p)
            st = self.within_adm(rng, ad, 0.05, 0.6)
            return self.g.frame(
                "prescriptions",
                {
                    "subject_id": subj,
                    "hadm_id": hadm,
                    "pharmacy_id": 10_000_000 + q,
                    "poe_id": _concat_id(subj, p + 1),
                    "poe_seq": p + 1,
                    "order_provider_id": self.provider_ids(rng, n),
                    "starttime": st,
                    "stoptime": st + rng.integers(1 * _HOUR, 3 * _DAY, size=n),
                    "drug_type": types[k % 3],
                    "drug": drugs[(q + k) % len(drugs)],
                    "doses_per_24_hrs": rng.integers(1, 5, size=n).astype(float),
                },
                n,
                rng,
            )

        self.chunked("prescriptions", N, make)

    def emar_row(self, e):
        NP, NE = max(self.n["poe"], 1), max(self.n["emar"], 1)
        return (e * NP) // NE

    def t_emar(self):
        N, NPh = self.n["emar"], max(self.n["pharmacy"], 1)
        pl_ = self.plan("emar", N, [("poe_orphan", 0.003, 5), ("pharm_orphan", 0.001, 3)])

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            p = self.emar_row(rows)
            subj, hadm, ad = self.poe_row(p)
            seq = p + 1
            seq[_in(pl_["poe_orphan"], a, b)] = 0
            ph = (10_000_000 + (rows * NPh) // max(N, 1)).astype(object)
            po = _in(pl_["pharm_orphan"], a, b)
            ph[po] = 1 + (rows[po] % 7)
            ph[rng.random(n) < 0.15] = None
            ct = self.within_adm(rng, ad)
            return self.g.frame(
                "emar",
                {
                    "subject_id": subj,
                    "hadm_id": _obj(hadm, rng.random(n) < 0.03),
                    "emar_id": _concat_id(subj, rows + 1),
                    "emar_seq": rows + 1,
                    "poe_id": _concat_id(subj, seq),
                    "pharmacy_id": ph,
                    "enter_provider_id": self.provider_ids(rng, n),
                    "charttime": ct,
                    "scheduletime": ct - rng.integers(0, 2 * _HOUR, size=n),
                    "storetime": ct + rng.integers(60, 1800, size=n),
                },
                n,
                rng,
            )

        self.chunked("emar", N, make)

    def t_emar_detail(self):
        N, NE = self.n["emar_detail"], max(self.n["emar"], 1)
        pl_ = self.plan("emar_detail", N, [("dup", 0.0005, 3)])

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            e, k = rows % NE, rows // NE
            subj, _, _ = self.poe_row(self.emar_row(e))
            pfo = np.array([f"1.{x}" for x in range(int(k.max()) + 1)], dtype=object)[k] if n else np.zeros(0, object)
            pfo[k == 0] = None
            df = self.g.frame(
                "emar_detail",
                {
                    "subject_id": subj,
                    "emar_id": _concat_id(subj, e + 1),
                    "emar_seq": e + 1,
                    "parent_field_ordinal": pfo,
                    "pharmacy_id": _obj(10_000_000 + (e * max(self.n["pharmacy"], 1)) // NE, rng.random(n) < 0.2),
                    "dose_given": _obj(rng.integers(1, 1000, size=n), rng.random(n) < 0.3),
                },
                n,
                rng,
            )
            d = _in(pl_["dup"], a, b)
            return pl.concat([df, df[d]]) if len(d) else df

        self.chunked("emar_detail", N, make)
        self.dups("emar_detail", len(pl_["dup"]))

    # ------------------------------------------------------------------ hosp billing / ADT
    def t_diagnoses_icd(self):
        N, w = self.n["diagnoses_icd"], self.w
        rare_rows = np.zeros(0, np.int64)
        self.rare_patients = 0
        if self.D and N:
            # first diagnosis row of the first admission of 5 patients
            rng = self.rng("rare-icd")
            firsts = (w.adm_first * N + w.A - 1) // w.A
            nxt = ((w.adm_first + 1) * N + w.A - 1) // w.A
            ok = np.flatnonzero(nxt > firsts)
            if self.reid_patient is not None:
                ok = ok[ok != self.reid_patient]
            chosen = ok[_pick(rng, len(ok), 5)]
            rare_rows = np.sort(firsts[chosen])
            self.rare_patients = len(chosen)
        pl_ = self.plan(
            "diagnoses_icd",
            N,
            [("dup", 0.001, 4), ("subj_orphan", 0.0003, 2), ("hadm_orphan", 0.0005, 3), ("icd_orphan", 0.001, 3)],
            exclude=rare_rows,
        )
        codes = np.array([c[0] for c in ICD_DIAG], dtype=object)
        vers = np.array([c[1] for c in ICD_DIAG])

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            ad, rank, _ = self.adm_of(rows, N)
            ci = rng.integers(0, len(codes), size=n)
            code, ver = codes[ci].copy(), vers[ci].copy()
            r = _in(rare_rows, a, b)
            code[r], ver[r] = RARE_ICD
            r = _in(pl_["icd_orphan"], a, b)
            code[r] = np.array(["XX9991", "XX9992"], dtype=object)[rows[r] % 2]
            ver[r] = 10
            subj, hadm = w.adm_subj[ad].copy(), w.hadm[ad].copy()
            r = _in(pl_["subj_orphan"], a, b)
            subj[r] = 9_990_000 + rows[r] % 3
            r = _in(pl_["hadm_orphan"], a, b)
            hadm[r] = 29_990_000 + rows[r] % 5
            df = self.g.frame(
                "diagnoses_icd",
                {"subject_id": subj, "hadm_id": hadm, "seq_num": rank + 1, "icd_code": code, "icd_version": ver},
                n,
                rng,
            )
            d = _in(pl_["dup"], a, b)
            return pl.concat([df, df[d]]) if len(d) else df

        self.chunked("diagnoses_icd", N, make)
        self.dups("diagnoses_icd", len(pl_["dup"]))

    def t_procedures_icd(self):
        N, w = self.n["procedures_icd"], self.w

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            ad, rank, _ = self.adm_of(rows, N)
            ci = rng.integers(0, len(ICD_PROC), size=b - a)
            return self.g.frame(
                "procedures_icd",
                {
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": w.hadm[ad],
                    "seq_num": rank + 1,
                    "chartdate": self.within_adm(rng, ad),
                    "icd_code": np.array([c[0] for c in ICD_PROC], dtype=object)[ci],
                    "icd_version": np.array([c[1] for c in ICD_PROC])[ci],
                },
                b - a,
                rng,
            )

        self.chunked("procedures_icd", N, make)

    def t_drgcodes(self):
        N, w = self.n["drgcodes"], self.w

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            ad, k = rows % w.A, rows // w.A
            return self.g.frame(
                "drgcodes",
                {
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": w.hadm[ad],
                    "drg_type": np.array(["HCFA", "APR"], dtype=object)[k % 2],
                    "drg_code": (100 + (rows * 37) % 800 + 1000 * k).astype(str),
                    "drg_severity": _obj(rng.integers(1, 5, size=b - a), k % 2 == 0),
                    "drg_mortality": _obj(rng.integers(1, 5, size=b - a), k % 2 == 0),
                },
                b - a,
                rng,
            )

        self.chunked("drgcodes", N, make)

    def t_hcpcsevents(self):
        N, w = self.n["hcpcsevents"], self.w

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            ad, rank, _ = self.adm_of(rows, N)
            ci = rng.integers(0, len(HCPCS), size=b - a)
            return self.g.frame(
                "hcpcsevents",
                {
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": w.hadm[ad],
                    "chartdate": self.within_adm(rng, ad),
                    "hcpcs_cd": np.array([h[0] for h in HCPCS], dtype=object)[ci],
                    "seq_num": rank + 1,
                    "short_description": np.array([h[3] for h in HCPCS], dtype=object)[ci],
                },
                b - a,
                rng,
            )

        self.chunked("hcpcsevents", N, make)

    def t_services(self):
        N, w = self.n["services"], self.w
        sv = np.array(SERVICES, dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            ad, rank, _ = self.adm_of(rows, N)
            cur = rng.integers(0, len(sv), size=b - a)
            prev = _obj(sv[(cur + 1) % len(sv)], rank == 0)
            return self.g.frame(
                "services",
                {
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": w.hadm[ad],
                    "transfertime": w.t_admit[ad] + rank * 6 * _HOUR + rng.integers(0, _HOUR, size=b - a),
                    "prev_service": prev,
                    "curr_service": sv[cur],
                },
                b - a,
                rng,
            )

        self.chunked("services", N, make)

    def t_transfers(self):
        N, w = self.n["transfers"], self.w
        pl_ = self.plan(
            "transfers",
            N,
            [("out_before_in", 0.002, 3), ("dup_id", 0.0005, 2), ("hadm_orphan", 0.001, 3), ("hadm_null", 0.003, 4)],
        )
        units = np.array(WARDS + CAREUNITS, dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            ad, rank, size = self.adm_of(rows, N)
            seg = w.los[ad] // np.maximum(size, 1)
            tin = w.t_admit[ad] + rank * seg
            tout = tin + seg - 60
            r = _in(pl_["out_before_in"], a, b)
            tout[r] = tin[r] - rng.integers(_HOUR, 10 * _HOUR, size=len(r))
            last = rank == size - 1
            ev = np.where(rank == 0, "admit", "transfer").astype(object)
            hadm = w.hadm[ad].astype(object)
            r = _in(pl_["hadm_orphan"], a, b)
            hadm[r] = 29_980_000 + rows[r] % 4
            hadm[_in(pl_["hadm_null"], a, b)] = None
            cu = units[rng.integers(0, len(units), size=n)]
            df = self.g.frame(
                "transfers",
                {
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": hadm,
                    "transfer_id": 30_000_000 + rows * 3,
                    "eventtype": ev,
                    "careunit": cu,
                    "intime": tin,
                    "outtime": _obj(tout, last & (rng.random(n) < 0.5)),
                },
                n,
                rng,
            )
            d = _in(pl_["dup_id"], a, b)
            if len(d):
                alt = df[d].with_columns(pl.lit("UNKNOWN (duplicate transfer)").alias("careunit"))
                df = pl.concat([df, alt])
            return df

        self.chunked("transfers", N, make)
        self.dups("transfers", 0, key_only=len(pl_["dup_id"]))

    # ------------------------------------------------------------------ labs / micro / omr
    def t_labevents(self):
        N, w = self.n["labevents"], self.w
        pl_ = self.plan(
            "labevents",
            N,
            [
                ("no_unit", 0.004, 12),
                ("mchc_pct", 0.001, 4),
                ("item_orphan", 0.0005, 3),
                ("store_before", 0.002, 4),
                ("hadm_null", 0.01, 5),
                ("empty_comment", 0.002, 3),
            ],
        )
        items = list(LAB_NUMERIC) + (list(LAB_QUALITATIVE) if self.D else [])
        iw = np.array([1.0] * len(LAB_NUMERIC) + [0.6] * (len(items) - len(LAB_NUMERIC)))
        iw /= iw.sum()
        items_a = np.array(items)
        meta = {k: v for k, v in LAB_NUMERIC.items()}
        mean = np.array([meta[i][4] if i in meta else 0 for i in items], float)
        sd = np.array([meta[i][5] if i in meta else 1 for i in items], float)
        lo = np.array([meta[i][6] if i in meta else 0 for i in items], float)
        hi = np.array([meta[i][7] if i in meta else 1 for i in items], float)
        dec = np.array([meta[i][8] if i in meta else 0 for i in items])
        unit = np.array([meta[i][3] if i in meta else None for i in items], dtype=object)
        rlo = np.array([meta[i][9] if i in meta else np.nan for i in items], float)
        rhi = np.array([meta[i][10] if i in meta else np.nan for i in items], float)
        qual = np.array([i in LAB_QUALITATIVE for i in items])
        mchc = items.index(51249)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            ad, _, _ = self.adm_of(rows, N)
            k = rng.choice(len(items), size=n, p=iw)
            k[_in(pl_["mchc_pct"], a, b)] = mchc
            k[_in(pl_["item_orphan"], a, b)] = 0
            outp = rng.random(n) < 0.3
            ct = np.where(outp, w.t_admit[ad] - rng.integers(3 * _DAY, 60 * _DAY, size=n), self.within_adm(rng, ad))
            stt = ct + rng.integers(10 * 60, 6 * _HOUR, size=n)
            r = _in(pl_["store_before"], a, b)
            stt[r] = ct[r] - rng.integers(_HOUR, 5 * _HOUR, size=len(r))
            vn = np.clip(rng.normal(mean[k], sd[k]), lo[k], hi[k])
            vn = np.where(dec[k] == 0, np.round(vn), np.where(dec[k] == 1, np.round(vn, 1), np.round(vn, 2)))
            vstr = _fmt_num(vn, dec[k]).to_numpy().astype(object)
            vnum = vn.astype(object)
            qv = np.flatnonzero(qual[k])
            if len(qv):
                qtab = np.array(
                    [LAB_QUALITATIVE[i][3] if i in LAB_QUALITATIVE else [""] * 4 for i in items], dtype=object
                )
                vstr[qv] = qtab[k[qv], rows[qv] % 4]
                vnum[qv] = None
            u = unit[k].copy()
            u[_in(pl_["mchc_pct"], a, b)] = "%"
            u[_in(pl_["no_unit"], a, b)] = None
            itemid = items_a[k].copy()
            r = _in(pl_["item_orphan"], a, b)
            itemid[r] = 99990 + rows[r] % 2
            hadm = _obj(w.hadm[ad], outp)
            hadm[_in(pl_["hadm_null"], a, b)] = None
            flag = np.where((vn < rlo[k]) | (vn > rhi[k]), "abnormal", None).astype(object)
            flag[qual[k]] = None
            com = np.full(n, None, dtype=object)
            cm = rng.random(n) < 0.03
            com[cm] = _choice(
                rng,
                ["HEMOLYZED SAMPLE.", "PERFORMED USING THE ___ HIV-1 TEST.", "VERIFIED BY REPLICATE ANALYSIS."],
                int(cm.sum()),
            )
            com[_in(pl_["empty_comment"], a, b)] = "" if self.g.fmt == "parquet" else "SEE NOTE."
            return self.g.frame(
                "labevents",
                {
                    "labevent_id": rows + 1,
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": hadm,
                    "specimen_id": 1_000_000 + rows * 7 % 90_000_000 + rows // 90_000_000,
                    "itemid": itemid,
                    "order_provider_id": _obj(self.provider_ids(rng, n), rng.random(n) < 0.4),
                    "charttime": ct,
                    "storetime": _obj(stt, rng.random(n) < 0.02),
                    "value": vstr,
                    "valuenum": vnum,
                    "valueuom": u,
                    "ref_range_lower": _obj(rlo[k], qual[k]),
                    "ref_range_upper": _obj(rhi[k], qual[k]),
                    "flag": flag,
                    "priority": _obj(_choice(rng, ["ROUTINE", "STAT"], n), rng.random(n) < 0.1),
                    "comments": com,
                },
                n,
                rng,
            )

        self.chunked("labevents", N, make)

    def t_microbiologyevents(self):
        N, w = self.n["microbiologyevents"], self.w

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            ad, rank, _ = self.adm_of(rows, N)
            ct = self.within_adm(rng, ad)
            return self.g.frame(
                "microbiologyevents",
                {
                    "microevent_id": rows + 1,
                    "subject_id": w.adm_subj[ad],
                    "hadm_id": _obj(w.hadm[ad], rng.random(n) < 0.25),
                    "micro_specimen_id": 5_000_000 + rows,
                    "order_provider_id": _obj(self.provider_ids(rng, n), rng.random(n) < 0.3),
                    "chartdate": ct // _DAY * _DAY,
                    "charttime": _obj(ct, rng.random(n) < 0.1),
                    "spec_itemid": 70000 + rng.integers(1, 90, size=n),
                    "test_seq": rank + 1,
                    "storedate": (ct + _DAY) // _DAY * _DAY,
                    "storetime": ct + _DAY + rng.integers(0, _DAY, size=n),
                    "dilution_value": _obj(rng.choice([0.25, 0.5, 1.0, 2.0, 4.0, 8.0], size=n), rng.random(n) < 0.6),
                },
                n,
                rng,
            )

        self.chunked("microbiologyevents", N, make)

    def t_omr(self):
        N, w = self.n["omr"], self.w
        names = np.array(["Blood Pressure", "Weight (Lbs)", "BMI (kg/m2)", "Height (Inches)"], dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            p, rank, _ = _balanced(rows, w.P, N)
            nm = names[rows % 4]
            val = np.where(
                nm == "Blood Pressure",
                np.char.add(
                    np.char.add(rng.integers(100, 150, size=n).astype(str), "/"),
                    rng.integers(60, 95, size=n).astype(str),
                ),
                np.round(rng.uniform(20, 250, size=n), 1).astype(str),
            ).astype(object)
            return self.g.frame(
                "omr",
                {
                    "subject_id": w.subj[p],
                    "chartdate": _T2110 + (w.anchor_year[p] - 2110) * 365 * _DAY + rank * 3 * _DAY,
                    "seq_num": 1 + rank % 3,
                    "result_name": nm,
                    "result_value": val,
                },
                n,
                rng,
            )

        self.chunked("omr", N, make)

    # ------------------------------------------------------------------ icu events
    def stay_of(self, rows, total, rng):
        w = self.w
        s, rank, size = _balanced(rows, w.S, total)
        dur = w.st_out[s] - w.st_in[s]
        t = w.st_in[s] + np.floor((rank + 0.1 + 0.8 * rng.random(len(rows))) * dur / size).astype(np.int64)
        return s, t

    def t_chartevents(self):
        N, w = self.n["chartevents"], self.w
        nn_rows = np.zeros(0, np.int64)
        if self.D and N:
            st = np.sort(_pick(self.rng("ce-nn"), w.S, 7))
            nn_rows = np.unique((st * N + w.S - 1) // w.S)
            nn_rows = nn_rows[nn_rows < N]
        pl_ = self.plan(
            "chartevents",
            N,
            [
                ("no_unit", 0.003, 12),
                ("range", 0.002, 9),
                ("early", 0.001, 5),
                ("late", 0.0005, 3),
                ("store_before", 0.002, 6),
                ("stay_orphan", 0.00005, 5),
            ],
            exclude=nn_rows,
        )
        num_items = list(CHART_NUMERIC)
        items = num_items + list(CHART_TEXT)
        wts = np.array([CHART_WEIGHTS[i] for i in num_items] + [CHART_TEXT_WEIGHT / len(CHART_TEXT)] * len(CHART_TEXT))
        wts /= wts.sum()
        items_a = np.array(items)
        nnum = len(num_items)
        mean = np.array([CHART_NUMERIC[i][3] for i in num_items] + [0] * len(CHART_TEXT), float)
        sd = np.array([CHART_NUMERIC[i][4] for i in num_items] + [1] * len(CHART_TEXT), float)
        lo = np.array([CHART_NUMERIC[i][5] for i in num_items] + [0] * len(CHART_TEXT), float)
        hi = np.array([CHART_NUMERIC[i][6] for i in num_items] + [1] * len(CHART_TEXT), float)
        dec = np.array([CHART_NUMERIC[i][7] for i in num_items] + [0] * len(CHART_TEXT))
        unit = np.array([CHART_NUMERIC[i][2] for i in num_items] + [None] * len(CHART_TEXT), dtype=object)
        bad = [
            (220045, 350.0),
            (220179, 450.0),
            (220180, -5.0),
            (220210, 85.0),
            (223762, 98.6),
            (223761, 30.0),
            (220277, 105.0),
            (224639, 0.2),
            (226730, 300.0),
            (220052, 320.0),
        ]
        text_vals = [CHART_TEXT[i][2] for i in CHART_TEXT]
        tlen = np.array([len(t) for t in text_vals])
        ttab = np.array([t + [""] * (tlen.max() - len(t)) for t in text_vals], dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            s, ct = self.stay_of(rows, N, rng)
            k = rng.choice(len(items), size=n, p=wts)
            rr = _in(pl_["range"], a, b)
            bi = rows[rr] % len(bad)
            k[rr] = [items.index(bad[j][0]) for j in bi]
            vn = np.clip(rng.normal(mean[k], sd[k]), lo[k], hi[k])
            vn = np.where(dec[k] == 0, np.round(vn), np.round(vn, 1))
            vn[rr] = [bad[j][1] for j in bi]
            isnum = k < nnum
            vstr = _fmt_num(vn, np.where(np.isin(rows, rows[rr]), 1, dec[k])).to_numpy().astype(object)
            vnum = _obj(vn, ~isnum)
            tx = np.flatnonzero(~isnum)
            kt = k[tx] - nnum
            vstr[tx] = ttab[kt, rows[tx] % tlen[kt]]
            u = unit[k].copy()
            u[_in(pl_["no_unit"], a, b)] = None
            r = _in(pl_["early"], a, b)
            ct[r] -= 30 * _DAY
            r = _in(pl_["late"], a, b)
            ct[r] += 365 * _DAY
            stt = ct + rng.integers(60, 2 * _HOUR, size=n)
            r = _in(pl_["store_before"], a, b)
            stt[r] = ct[r] - rng.integers(_HOUR, 10 * _HOUR, size=len(r))
            stay = w.stay[s].copy()
            r = _in(pl_["stay_orphan"], a, b)
            stay[r] = 39_990_000 + rows[r] % 3
            ctn = _obj(ct, np.zeros(n, bool))
            ctn[_in(nn_rows, a, b)] = None
            return self.g.frame(
                "chartevents",
                {
                    "subject_id": w.st_subj[s],
                    "hadm_id": w.st_hadm[s],
                    "stay_id": stay,
                    "caregiver_id": self.cg_ids(rng, n),
                    "charttime": ctn,
                    "storetime": _obj(stt, rng.random(n) < 0.01),
                    "itemid": items_a[k],
                    "value": vstr,
                    "valuenum": vnum,
                    "valueuom": u,
                    "warning": _obj((rng.random(n) < 0.01).astype(np.int64), ~isnum),
                },
                n,
                rng,
            )

        self.chunked("chartevents", N, make)
        self.g.not_null["chartevents.charttime"] = len(nn_rows)

    def t_datetimeevents(self):
        N, w = self.n["datetimeevents"], self.w
        pl_ = self.plan("datetimeevents", N, [("no_unit", 0.002, 3)])
        items = np.array(list(DATETIME_ITEMS))
        units = np.array([v[1] for v in DATETIME_ITEMS.values()], dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            s, ct = self.stay_of(rows, N, rng)
            k = rng.integers(0, len(items), size=n)
            u = units[k].copy()
            u[_in(pl_["no_unit"], a, b)] = None
            return self.g.frame(
                "datetimeevents",
                {
                    "subject_id": w.st_subj[s],
                    "hadm_id": w.st_hadm[s],
                    "stay_id": w.stay[s],
                    "caregiver_id": self.cg_ids(rng, n),
                    "charttime": ct,
                    "storetime": ct + rng.integers(60, 3600, size=n),
                    "itemid": items[k],
                    "value": ct - rng.integers(0, 3 * _DAY, size=n),
                    "valueuom": u,
                    "warning": np.zeros(n, np.int64),
                },
                n,
                rng,
            )

        self.chunked("datetimeevents", N, make)

    def _infusion(self, t, N, itemdict, spec, extra):
        w = self.w
        pl_ = self.plan(t, N, spec)
        items = np.array(list(itemdict))
        au = np.array([v[1] for v in itemdict.values()], dtype=object)
        ru = np.array([v[2] for v in itemdict.values()], dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            s, st = self.stay_of(rows, N, rng)
            k = rng.integers(0, len(items), size=n)
            et = st + rng.integers(10 * 60, 4 * _HOUR, size=n)
            amount = np.round(rng.uniform(1, 500, size=n), 2)
            r = _in(pl_.get("start_after_end", np.zeros(0, np.int64)), a, b)
            et[r] = st[r] - rng.integers(_HOUR, 5 * _HOUR, size=len(r))
            amount[r] = -amount[r]
            status = _choice(rng, VOCAB["statusdescription"], n)
            status[r] = "Rewritten"
            hasrate = np.array([x is not None for x in ru[k]])
            rate = _obj(np.round(amount / np.maximum((et - st) / _HOUR, 0.1), 3), ~hasrate)
            a_u, r_u = au[k].copy(), ru[k].copy()
            a_u[_in(pl_.get("amount_no_unit", np.zeros(0, np.int64)), a, b)] = None
            rn = _in(pl_.get("rate_no_unit", np.zeros(0, np.int64)), a, b)
            r_u[rn[hasrate[rn]]] = None
            data = {
                "subject_id": w.st_subj[s],
                "hadm_id": w.st_hadm[s],
                "stay_id": w.stay[s],
                "caregiver_id": self.cg_ids(rng, n),
                "starttime": st,
                "endtime": et,
                "storetime": et + rng.integers(60, 3600, size=n),
                "itemid": items[k],
                "amount": amount,
                "amountuom": a_u,
                "rate": rate,
                "rateuom": r_u,
                "orderid": 1_000_000 + rows * 2 + extra,
                "linkorderid": 1_000_000 + rows * 2 + extra,
                "statusdescription": status,
                "originalamount": np.abs(amount),
                "originalrate": rate,
                "patientweight": np.round(rng.normal(82, 15, size=n), 1),
                "totalamount": np.abs(amount),
                "totalamountuom": a_u,
                "isopenbag": np.zeros(n, np.int64),
                "continueinnextdept": np.zeros(n, np.int64),
            }
            return self.g.frame(t, data, n, rng)

        self.chunked(t, N, make)

    def t_inputevents(self):
        self._infusion(
            "inputevents",
            self.n["inputevents"],
            INPUT_ITEMS,
            [("start_after_end", 0.002, 3), ("amount_no_unit", 0.001, 2), ("rate_no_unit", 0.001, 2)],
            0,
        )

    def t_ingredientevents(self):
        self._infusion(
            "ingredientevents", self.n["ingredientevents"], INGREDIENT_ITEMS, [("start_after_end", 0.001, 2)], 1
        )

    def t_outputevents(self):
        N, w = self.n["outputevents"], self.w
        pl_ = self.plan("outputevents", N, [("drift", 0.003, 3), ("no_unit", 0.001, 2)])
        items = np.array(list(OUTPUT_ITEMS))
        units = np.array([v[1] for v in OUTPUT_ITEMS.values()], dtype=object)
        foley = list(OUTPUT_ITEMS).index(226559)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            s, ct = self.stay_of(rows, N, rng)
            k = rng.integers(0, len(items), size=n)
            r = _in(pl_["drift"], a, b)
            k[r] = foley
            u = units[k].copy()
            u[r] = "ml "
            u[_in(pl_["no_unit"], a, b)] = None
            return self.g.frame(
                "outputevents",
                {
                    "subject_id": w.st_subj[s],
                    "hadm_id": w.st_hadm[s],
                    "stay_id": w.stay[s],
                    "caregiver_id": self.cg_ids(rng, n),
                    "charttime": ct,
                    "storetime": ct + rng.integers(60, 3600, size=n),
                    "itemid": items[k],
                    "value": np.round(rng.uniform(5, 800, size=n)),
                    "valueuom": u,
                },
                n,
                rng,
            )

        self.chunked("outputevents", N, make)

    def t_procedureevents(self):
        N, w = self.n["procedureevents"], self.w
        pl_ = self.plan("procedureevents", N, [("start_after_end", 0.001, 2)])
        items = np.array(list(PROC_ITEMS))
        units = np.array([v[1] for v in PROC_ITEMS.values()], dtype=object)

        def make(a, b, rng):
            rows = np.arange(a, b, dtype=np.int64)
            n = b - a
            s, st = self.stay_of(rows, N, rng)
            k = rng.integers(0, len(items), size=n)
            dur = rng.integers(10 * 60, 12 * _HOUR, size=n)
            et = st + dur
            r = _in(pl_["start_after_end"], a, b)
            et[r] = st[r] - rng.integers(_HOUR, 5 * _HOUR, size=len(r))
            val = np.where(units[k] == "min", np.round(dur / 60), 1.0)
            return self.g.frame(
                "procedureevents",
                {
                    "subject_id": w.st_subj[s],
                    "hadm_id": w.st_hadm[s],
                    "stay_id": w.stay[s],
                    "caregiver_id": self.cg_ids(rng, n),
                    "starttime": st,
                    "endtime": et,
                    "storetime": np.maximum(st, et) + rng.integers(60, 3600, size=n),
                    "itemid": items[k],
                    "value": val,
                    "valueuom": units[k],
                    "orderid": 2_000_000 + rows,
                    "linkorderid": 2_000_000 + rows,
                    "patientweight": np.round(rng.normal(82, 15, size=n), 1),
                    "isopenbag": np.zeros(n, np.int64),
                    "continueinnextdept": np.zeros(n, np.int64),
                    "originalamount": val,
                    "originalrate": _obj(val, np.ones(n, bool)),
                },
                n,
                rng,
            )

        self.chunked("procedureevents", N, make)

    # ------------------------------------------------------------------ ground truth
    def ground_truth(self) -> dict:
        g, w = self.g, self.w
        prof = g.prof
        gt: dict = {
            "generator": {
                "seed": g.seed,
                "defects": g.defects,
                "fmt": g.fmt,
                "patients": w.P,
                "profile_modules": ["mimic-iv-hosp.yaml", "mimic-iv-icu.yaml"],
            }
        }
        gt["row_counts"] = dict(g.row_counts)
        gt["missingness"] = dict(g.missing)
        nnv = {}
        for t, spec in prof["tables"].items():
            for c, _, nn in spec["columns"]:
                if nn and g.missing[f"{t}.{c}"]["null"]:
                    nnv[f"{t}.{c}"] = g.missing[f"{t}.{c}"]["null"]
        gt["not_null_violations"] = nnv
        gt["pk_duplicates"] = {
            t: g.pk_dups.get(t, {"duplicate_keys": 0, "excess_rows": 0})
            for t, spec in prof["tables"].items()
            if spec["pk"]
        }
        gt["duplicate_rows"] = {t: g.dup_rows.get(t, 0) for t in prof["tables"]}
        gt["fk_orphans"] = {
            k: {"orphan_rows": v["orphan_rows"], "orphan_keys": len(v["orphan_keys"]), "null_rows": v["null_rows"]}
            for k, v in g.fk.items()
        }
        gt["value_without_unit"] = g.vu
        mu, mu_vu = {}, {}
        for v in prof["value_units"]:
            vid = _vu_id(v)
            raw: dict = {}
            norm: dict = {}
            for item, unit in g.unit_pairs[vid]:
                raw.setdefault(item, set()).add(unit)
                norm.setdefault(item, set()).add(unit.strip().lower())
            entry = {
                "raw": sorted(int(i) for i, s in raw.items() if len(s) > 1),
                "normalized": sorted(int(i) for i, s in norm.items() if len(s) > 1),
            }
            mu_vu[vid] = entry
            mu.setdefault(v["table"], entry)
        gt["multi_unit_items"] = mu
        gt["multi_unit_items_by_vu"] = mu_vu
        gt["temporal_order"] = dict(g.temporal)
        gt["death_consistency"] = g.death
        gt["value_range"] = g.ranges
        gt["population"] = self.population()
        gt["reid"] = self.reid()
        return gt

    def _band(self, age):
        bands = [18, 30, 40, 50, 60, 70, 80, 90]
        out = []
        for x in age:
            if x is None:
                out.append("(missing)")
                continue
            lab = None
            for i, lo in enumerate(bands):
                if x >= lo:
                    lab = f"{lo}+" if i == len(bands) - 1 else f"{lo}-{bands[i + 1] - 1}"
            out.append(lab if lab is not None else "(missing)")
        return out

    def population(self) -> dict:
        w = self.w
        first = self.adm_df[w.adm_first]
        pop = {}
        for p in self.g.prof["population"]:
            if p["table"] == "patients":
                if p["column"] == "gender":
                    vals = list(w.gender)
                elif p["column"] == "anchor_age":
                    vals = self._band([int(x) for x in self.age])
                else:
                    vals = list(w.year_group)
            else:
                vals = first[p["column"]].to_list()
            cnt: dict = {}
            for v in vals:
                key = "(missing)" if v is None else str(v)
                cnt[key] = cnt.get(key, 0) + 1
            pop[p["id"]] = cnt
        return pop

    def reid(self) -> dict:
        w = self.w
        bands = self._band([int(x) for x in self.age])
        keys = list(zip(w.gender, bands, w.year_group, strict=True))
        size: dict = {}
        for k in keys:
            size[k] = size.get(k, 0) + 1
        hist = {"1": 0, "2-4": 0, "5-10": 0, "11+": 0}
        for k in keys:
            s = size[k]
            hist["1" if s == 1 else "2-4" if s <= 4 else "5-10" if s <= 10 else "11+"] += 1
        planted = self.D and self.reid_patient is not None
        return {
            "unique_patient_planted": bool(planted),
            "rare_icd_codes": (
                {f"{RARE_ICD[0]}|{RARE_ICD[1]}": self.rare_patients} if self.D and self.rare_patients else {}
            ),
            "qi_columns": ["gender", "anchor_age_band", "anchor_year_group"],
            "class_size_histogram": hist,
        }
