"""Pattern rules added from the blind held-out corpora: what each finds, and the clinical
look-alikes it must leave alone (times, doses, genes, lab ratios, masked context)."""

from __future__ import annotations

import pytest

from lqs_clinical.notes.patterns import Locator
from lqs_clinical.notes.rules import load_pattern_rules


@pytest.fixture(scope="module")
def loc():
    return Locator(load_pattern_rules())


@pytest.mark.parametrize(("text", "want"), [
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
])
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
])
def test_rule_leaves_alone(loc, text):
    assert loc.locate(text) == []
