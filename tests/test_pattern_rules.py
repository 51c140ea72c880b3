"""Pattern rules added from the blind held-out corpora: what each finds, and the clinical
look-alikes it must leave alone (times, doses, genes, lab ratios, masked context)."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest

from lqs_clinical.notes.patterns import Locator, scan_table
from lqs_clinical.notes.rules import load_pattern_rules


@pytest.fixture(scope="module")
def loc():
    return Locator(load_pattern_rules())


POS = [
    ("Discharge summary faxed to the ordering clinic at 413/217-7058.", [("413/217-7058", "FAX")]),
    ("PCP: Dr. ___  Ph ___  Fx (781)581-3376", [("(781)581-3376", "FAX")]),
    ("cc: Dr. ___  (F) 508.555.9140", [("508.555.9140", "FAX")]),
    ("HCP: daughter ___, cell 609-9700.", [("609-9700", "PHONE")]),
    ("Page sent to 3078 at 02:14 with the critical result.", [("3078", "PAGER")]),
    ("Renal fellow ___ p5-4858 following.", [("5-4858", "PAGER")]),
    ("SW obtained SS# 388977720 for the application.", [("388977720", "SSN")]),
    ("Pt ID 891-68-8676", [("891-68-8676", "SSN")]),
    ("Note: duplicate chart 00947657 merged.", [("00947657", "MRN")]),
    ("Encounter: 7375-3343-98", [("7375-3343-98", "ACCOUNT")]),
    ("Completed by: ___ / Lic # MD-966594", [("MD-966594", "LICENSE")]),
    ("Insurance: Medicare, ID J58042415 Tobacco: former", [("J58042415", "HEALTH_PLAN")]),
    ("Followup: ___, ___ 01618", [("01618", "ZIP")]),
    ("DOB: 10/7/44", [("10/7/44", "DATE_REAL_YEAR")]),
    ("Signed: 17DEC2016 2:14 PM", [("17DEC2016", "DATE_REAL_YEAR")]),
    ("She celebrated her 94th birthday last month.", [("94th", "AGE_OVER_89")]),
    ("Implant: UDI (01)08430439493571(10)WJ4R0T0", [("(01)08430439493571(10)WJ4R0T0", "DEVICE_ID")]),
    ("Trauma: MVC, driver, tag WLH-7202 per EMS.", [("WLH-7202", "VEHICLE_ID")]),
    ("drives a Civic, VIN JTDCXBPJASVPVU1EB, for work", [("JTDCXBPJASVPVU1EB", "VEHICLE_ID")]),
    ("Lives at 1638 LAFAYETTE LANE with spouse.", [("1638 LAFAYETTE LANE", "STREET_ADDRESS")]),
]


# round 6: dotted SSNs, hospital-number and billing cues, insurer "mbr", imaging credentials, "zip (",
# Mon-D-YYYY and cued dd-dd-yy dates, ages >= 90 in family/social phrasing, device lots/readers, pagers
ROUND6_FINDS = [
    ("SS# 195.74.9022", [("195.74.9022", "SSN")]),
    ("Identity verified (SSN 105.61.6084) prior to contrast.", [("105.61.6084", "SSN")]),
    ("soc sec no. 364.16.9233 (on file for Medicaid)", [("364.16.9233", "SSN")]),
    ("Pt provided social security number 413.13.3502.", [("413.13.3502", "SSN")]),
    ("Social Security #: 646.57.8371", [("646.57.8371", "SSN")]),
    ("Hosp no. KV690870", [("KV690870", "MRN")]),
    ("Hosp # M448797226", [("M448797226", "MRN")]),
    ("Old hospital number 59-60-3141 merged.", [("59-60-3141", "MRN")]),
    ("Visit # CLM-15709-C", [("CLM-15709-C", "ACCOUNT")]),
    ("Claim no. V97-137577 submitted for DME.", [("V97-137577", "ACCOUNT")]),
    ("Invoice INV344130 for ambulance transfer.", [("INV344130", "ACCOUNT")]),
    ("Invoice 0506-0202-23 for ambulance transfer.", [("0506-0202-23", "ACCOUNT")]),
    ("Accession/encounter CLM-83115-B.", [("CLM-83115-B", "ACCOUNT")]),
    ("Billing acct 750821955", [("750821955", "ACCOUNT")]),
    ("Ins: BCBS, mbr W6529-90349", [("W6529-90349", "HEALTH_PLAN")]),
    ("Technologist ARRT no. 8622069", [("8622069", "LICENSE")]),
    ("Sonographer RDMS # MD32759", [("MD32759", "LICENSE")]),
    ("J. Ruiz, RT(R)(CT) 1463630142", [("1463630142", "LICENSE")]),
    ("Nuclear medicine tech, CNMT 387858", [("387858", "LICENSE")]),
    ("ARDMS reg. no. C6986142", [("C6986142", "LICENSE")]),             # found by two rules, counted once
    ("ARDMS reg. GU427216\nEnhancing lesion.", [("GU427216", "LICENSE")]),  # not a vehicle registration
    ("Pt relocating to a new zip (01815-0290) next month.", [("01815-0290", "ZIP")]),
    ("Prior CT from Mar-1-2007 for comparison.", [("Mar-1-2007", "DATE_REAL_YEAR")]),
    ("Last colonoscopy Jan-27-2014, normal.", [("Jan-27-2014", "DATE_REAL_YEAR")]),
    ("Admission Date:  05-01-04     Discharge Date:  ___", [("05-01-04", "DATE_REAL_YEAR")]),
    ("Stable since 05-04-97.", [("05-04-97", "DATE_REAL_YEAR")]),
    ("d/c'd from rehab 09-08-03", [("09-08-03", "DATE_REAL_YEAR")]),
    ("Pneumovax 04-15-19; shingrix series complete.", [("04-15-19", "DATE_REAL_YEAR")]),
    ("turned 91 last week per son.", [("91", "AGE_OVER_89")]),
    ("She turned 95 today.", [("95", "AGE_OVER_89")]),                   # found by two rules, counted once
    ("Mother living, 101, in a nursing home.", [("101", "AGE_OVER_89")]),
    ("Age: Ninety-four\nFamily History: none", [("Ninety-four", "AGE_OVER_89")]),
    ("She turns 100 next month.", [("100", "AGE_OVER_89")]),
    ("Patient is one hundred and one years old.", [("one hundred and one years old", "AGE_OVER_89")]),
    ("Dexcom receiver ID DSFY5E", [("DSFY5E", "DEVICE_ID")]),
    ("Dexcom receiver ID BHR-257085", [("BHR-257085", "DEVICE_ID")]),
    ("Boston Scientific ICD model/serial D433/1953177", [("1953177", "DEVICE_ID")]),
    ("IVC filter lot # FMY734069Y per op note.", [("FMY734069Y", "DEVICE_ID")]),
    ("Implant: Zimmer femoral stem, lot 3867-57020.", [("3867-57020", "DEVICE_ID")]),
    ("Port lot number VJKHPK.", [("VJKHPK", "DEVICE_ID")]),
    ("Pump SN +H77HB076323/$$DUJNCP returned to vendor.", [("+H77HB076323/$$DUJNCP", "DEVICE_ID")]),
    ("Dr. ___ paged (#44670) and aware.", [("44670", "PAGER")]),
    ("Dr. ___ paged (#(636) 555-9551) and aware.", [("(636) 555-9551", "PAGER")]),  # a pager, not a phone
    ("Renal fellow - page 578-7597 overnight.", [("578-7597", "PAGER")]),
    ("Renal fellow - page 0592 overnight.", [("0592", "PAGER")]),
]

ROUND6_LEAVES = [
    "Insulin titrated from 10-15-20 units with meals.",            # dose ranges after a date cue
    "Lasix increased from 2-4-6 mg; sliding scale 2-4-6-8 units.",
    "GCS on 4-5-6 arrival; on 2-4 L NC.",
    "Seen on 2150-01-02 and since 2135-03-14; from 01-02-2150.",  # MIMIC shifted dates
    "CT from Mar-1-2150 reviewed; compared with Jan-27-2188.",
    "She was turned 90 degrees for the procedure.",                # rotation, not an age
    "Mother living, 85, in a nursing home. Father deceased, 78, MI.",
    "Age: eighty-nine; an eighty-nine year old; turned 89 last week.",
    "Visit # 2 today. Claim pending. Invoice sent.",
    "Hospital day #3; Claim no. ___; Ins: BCBS, mbr ___",
    "Technologist ARRT ___; RT(R) ___",
    "Parking lot 4 near entrance; influenza vaccine lot # AB1234 given.",  # no device word before "lot"
    "IVC filter lot unknown; port lot number UNKNOWN.",
    "Boston Scientific ICD model/serial D433/___",                 # the model alone is no identifier
    "Dr. ___ paged (#___) and aware. Please see page 2 of 3.",
    "new zip (___) next month; zip (2 bags) lost.",
]


@pytest.mark.parametrize(("text", "want"), POS + ROUND6_FINDS)
def test_rule_finds(loc, text, want):
    assert [(text[s:e], c) for s, e, c in loc.locate(text)] == want


@pytest.mark.parametrize("text", [
    "Dr. ___ was paged at 2200 and again at #___ at 0300.",   # 24-hour times after a page
    "p53 mutation; p16 positive; Ki-67 40%.",                 # genes and markers
    "Metoprolol 25 mg 1 TAB PO DR BID; 2 CAP PO DAILY.",       # doses, not a street
    "BP 132/78, pain 5/10, titre 1/160, INR 2.1.",             # ratios
    "Pt is 95% on RA; HR is 95. Sats at 92.",                  # vitals, not ages
    "Tmax 101.2F, T 99F with chills.",
    "Seen on 03/14/2135 and 2150-01-02; follow up 4/5.",      # shifted dates, a fraction
    "Call ___-555-1234 or ___ 1234. Fax: ___.",                # masked context
    "Car seat provided. Van ride home arranged.",
] + ROUND6_LEAVES)
def test_rule_leaves_alone(loc, text):
    assert loc.locate(text) == []


def test_duckdb_tier_counts_these_cases_as_the_locator_does():
    """The shadows (dedupes, credential-not-plate, model-not-serial, dose ranges) subtract in SQL by count
    and in Python by span: on every case above the per-category counts must agree."""
    rules = load_pattern_rules()
    texts = [t for t, _ in POS + ROUND6_FINDS] + ROUND6_LEAVES
    con = duckdb.connect()
    con.register("cases", pa.table({"text": texts, "k": [str(i) for i in range(len(texts))]}))
    counts = scan_table(con, "cases", "text", "k", rules)
    loc = Locator(rules)
    for i, text in enumerate(texts):
        want: dict[str, int] = {}
        for _s, _e, cat in loc.locate(text):
            want[cat] = want.get(cat, 0) + 1
        got = {c: n for c, n in counts.hits.get(str(i), {}).items() if n}
        assert got == want, text
