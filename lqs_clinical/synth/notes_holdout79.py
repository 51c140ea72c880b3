"""Held-out corpus 79: reference-laboratory outreach and specimen logistics around an admission.

MIMIC-IV-Note-shaped notes (most identifiers masked as ``___``, unmasked dates shifted into 2100-2200)
about the paperwork that follows a patient's specimens out of the building and back: outreach
requisitions, courier manifests and route sheets, chain-of-custody forms, reference-lab send-out
reports, home-draw (mobile phlebotomy) visits, client-services call logs, critical-value call
documentation, specimen rejection notices, ABN/billing forms, LIS interface messages and
point-of-care testing records, plus discharge summaries and radiology reports that quote them.
About 57-59% of the notes carry 1-4 identifiers that escaped masking; 5% are heavy (many ``___``,
no plants).

Document kinds (note type):
    dc_sendout_pending (discharge)    discharge summary with pending send-out tests
    outreach_requisition (discharge)  outreach lab requisition, Label: value form
    courier_manifest (discharge)      courier pickup manifest / route sheet, | table and columns
    chain_of_custody (discharge)      specimen chain-of-custody form (tox / legal / blood bank)
    sendout_report (discharge)        reference-lab send-out report pasted into the chart
    home_draw (discharge)             mobile phlebotomy home-draw visit note
    client_services_log (discharge)   lab client-services call log
    critical_value (discharge)        critical-value call documentation
    specimen_rejection (discharge)    specimen rejection / recollect notice
    abn_billing (discharge)           ABN and lab billing form
    lis_interface (discharge)         LIS / HL7 interface error-queue text
    poc_testing (discharge)           point-of-care testing record (glucometer, i-STAT)
    rad_ct_sendout (radiology)        CT report correlating send-out results
    rad_us_biopsy (radiology)         US-guided biopsy with specimen handling to a reference lab
    rad_ir_fluid (radiology)          IR paracentesis/thoracentesis with specimen chain and courier
    rad_mobile_xray (radiology)       mobile radiography at a home or facility, paired with a home draw
    rad_critical_comm (radiology)     critical-result communication addendum quoting a lab call
    rad_bone_survey (radiology)       skeletal survey quoting SPEP/free light chain send-outs

Label policy (the brief's):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer
named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital
asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888,
877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers, and a vendor's call or session id for the
patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not
the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate",
"Acct") and credentials ("MD", "RN") stay outside.

Label choices for this theme (beyond the brief):
- Every IP address, private (10/8, 172.16/12, 192.168/16) or public, IPv4 or IPv6, is IP_ADDRESS; a
  port after it (":6661") stays outside the span.
- Requisition, accession, order, specimen/barcode, courier pickup/manifest/tracking, lab
  client-services call/ticket, encounter and claim numbers for the patient's specimen or visit are
  ACCOUNT.
- A named reference lab, lab company, patient service center (draw station), practice, clinic,
  hospital, nursing home, mobile-phlebotomy company, local courier company (an employer) or county
  health department is ORGANIZATION.
- Analyzer, meter and logger makers named as makers (Abbott, Roche, Siemens, Sysmex, BD, Sensitech)
  and their brand/model names are unlabelled, like drug makers. Payers (Medicare, Medicaid, named
  insurers) are unlabelled; CMS, CDC, FDA, CLIA and CAP are unlabelled public bodies/programmes.
- A lab's CLIA and CAP numbers, test codes, CPT and LOINC codes, ABN form/OMB numbers, UN3373/UN1845
  shipping marks, tube types, lot numbers, analyzer model numbers, software/interface versions and
  expiry dates are unlabelled look-alikes; a cooler's temperature-logger serial, a meter's or
  handheld analyzer's serial and a hospital asset tag are DEVICE_ID.
- A courier van's plate or VIN is VEHICLE_ID; a courier driver's licence, a phlebotomist's state
  licence/certificate number and a clinician's NPI are LICENSE.
- Patient-specific result or portal links are URL; public bodies' websites are unlabelled.
- Disease and test eponyms that are also place names (Lyme, Coxsackie, Powassan, Jamestown Canyon,
  Factor V Leiden, Philadelphia chromosome, Bethesda assay) are unlabelled look-alikes.

Written blind: I read only the corpus brief, ``lqs_clinical/synth/holdout_measure.py``, the first 45
lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md`` and the
masked note-shaped samples (and SOURCES.md) under ``/work/shared/data/``. No detector code, rule
file, other corpus, test or history was read, and the detector was never run.
"""

# ruff: noqa: E501  (long f-string templates of note text)

from __future__ import annotations

import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marisol",
    "Tadeusz",
    "Ngozi",
    "Henrik",
    "Priya",
    "Dmitri",
    "Aaliyah",
    "Colm",
    "Yesenia",
    "Bartholomew",
    "Keiko",
    "Oluwaseun",
    "Ingrid",
    "Rafael",
    "Thuy",
    "Lorcan",
    "Zainab",
    "Everett",
    "Mireille",
    "Santiago",
    "Philippa",
    "Desmond",
    "Anneliese",
    "Kwabena",
    "Rosalind",
    "Ignatius",
    "Fernanda",
    "Wojciech",
    "Delphine",
    "Tobias",
    "Imani",
    "Casimir",
    "Leocadia",
    "Ruairi",
    "Soledad",
    "Augustin",
    "Nkechi",
    "Birgitta",
    "Cormac",
    "Halina",
    "Jovan",
    "Marguerite",
    "Tariq",
    "Eulalia",
    "Benedikt",
    "Yolanda",
    "Osvaldo",
    "Hyacinth",
)
_FAMILY = (
    "Vandermeer",
    "Okonkwo",
    "Przybylski",
    "Haldane",
    "Castellanos",
    "Lindqvist",
    "Mbatha",
    "Szymanski",
    "Ferreira-Lopes",
    "O'Driscoll",
    "Nakashima",
    "Abernathy",
    "Kowalczyk",
    "Delacroix",
    "Oyelaran",
    "Brennan-Hale",
    "Thistlewood",
    "Iyer",
    "Marchetti",
    "Gorski",
    "Achterberg",
    "Quintanilla",
    "Rasmussen",
    "Whitcombe",
    "Zielinski",
    "Ballantyne",
    "Osei",
    "Ferraro",
    "Hollenbeck",
    "Pellegrino",
    "Stavridis",
    "Van Tassel",
    "McAllister",
    "Fairweather",
    "Adeyemi",
    "Lachance",
    "Rosenthal",
    "Bergstrom",
    "Carrasquillo",
    "Dunleavy",
    "Szabo",
    "Okafor",
    "Wojcik",
    "Tremblay",
    "Halloran",
    "Esposito",
)
_TOWNS = (
    "Cohoes",
    "Watervliet",
    "Rensselaer",
    "Schenectady",
    "Troy",
    "Saratoga Springs",
    "Glens Falls",
    "Kingston",
    "Oneonta",
    "Amsterdam",
    "Catskill",
    "Ballston Spa",
    "Delmar",
    "Latham",
    "Clifton Park",
    "Niskayuna",
    "Voorheesville",
    "Cobleskill",
    "Gloversville",
    "Johnstown",
    "Hoosick Falls",
    "Granville",
    "Whitehall",
    "Canajoharie",
    "Fort Plain",
    "Pittsfield",
    "North Adams",
    "Bennington",
    "Rutland",
    "Brattleboro",
    "Averill Park",
    "Castleton-on-Hudson",
    "Ravena",
    "Coeymans",
    "Altamont",
    "Duanesburg",
    "Mechanicville",
    "Stillwater",
    "Greenwich",
    "Chatham",
    "Kinderhook",
    "Valatie",
    "Schoharie",
    "Middleburgh",
    "Arbor Hill",
    "Pine Hills",
)
_STREETS = (
    "Quarry Hill Rd",
    "Birchwood Lane",
    "Van Rensselaer Blvd",
    "Old Niskayuna Road",
    "Tamarack Way",
    "Sycamore St",
    "Lark Street",
    "Delaware Ave",
    "Hoosick St",
    "Route 9W",
    "Cordell Rd",
    "Mill Pond Drive",
    "Whitehall Road",
    "Morningside Ter",
    "Orchard Crest Ct",
    "Furnace Street",
    "Ballard Rd",
    "County Route 22",
    "Spring Valley Dr",
    "Kenwood Avenue",
    "Hawthorne Pl",
    "Stone Arabia Rd",
)
_LABS = (
    "Halvorsen Reference Laboratories",
    "Brightwater Clinical Labs",
    "Mesa Verde Diagnostics",
    "Northgate Specialty Reference Lab",
    "Kestrel Molecular Diagnostics",
    "Pinecrest Pathology Associates",
    "Tri-County Outreach Laboratory",
    "Cardinal Toxicology Services",
    "Larkspur Genomics Laboratory",
    "ARUP Laboratories",
    "Mayo Clinic Laboratories",
    "Hudson Valley Esoteric Testing",
)
_PSCS = (
    "Quarry Road Patient Service Center",
    "Brightwater PSC Latham Farms",
    "Mohawk Plaza Patient Service Center",
    "Halvorsen Draw Station 14",
    "Delmar Four Corners Draw Site",
)
_PRACTICES = (
    "Linden Family Medicine",
    "Clover Street Internal Medicine",
    "Ashgrove Nephrology Associates",
    "Riverbend Pediatrics",
    "Old Forge Primary Care",
    "Saint Brendan's Rheumatology Clinic",
    "Tamarack Hematology-Oncology",
    "Kenwood Endocrine Group",
    "Hillcrest Anticoagulation Clinic",
)
_HOSPITALS = (
    "St. Aldric Medical Center",
    "Kinderhook Valley Hospital",
    "Ellery Memorial Hospital",
    "Glenmere Regional Medical Center",
    "Ravenswood Community Hospital",
)
_COURIERS = (
    "Swiftline Medical Courier",
    "Blue Heron Specimen Transport",
    "Capital Region STAT Couriers",
    "Northstar Lab Logistics",
)
_HOMEDRAW = ("Hearthside Mobile Phlebotomy", "DrawWell Home Lab Services", "Greenway At-Home Draws")
_FACILITIES = (
    "Maple Court Rehabilitation and Nursing",
    "Birch Hollow Nursing Home",
    "Riverview Dialysis Center",
    "Schoharie County Public Health",
    "Rensselaer County Department of Health",
)
_ORG_FLAVORS = {
    "lab": _LABS,
    "psc": _PSCS,
    "practice": _PRACTICES,
    "hosp": _HOSPITALS,
    "courier": _COURIERS,
    "home": _HOMEDRAW,
    "facility": _FACILITIES,
}
_ALL_ORGS = _LABS + _PSCS + _PRACTICES + _HOSPITALS + _COURIERS + _HOMEDRAW + _FACILITIES
_AREA = ("518", "607", "315", "413", "802", "845", "716", "585", "914", "631", "347", "929")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_STATES = ("NY", "NY", "NY", "New York", "VT", "MA", "N.Y.")
_EMAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "aol.com",
    "nycap.rr.com",
    "hvc.rr.com",
    "halvorsenref.org",
    "brightwaterlabs.com",
    "lindenfm.org",
    "hearthsidedraws.net",
)

# Hard negatives: eponyms, brands, public bodies, states, generic departments (never labelled).
EPONYMS_AND_BRANDS = (
    "Lyme",
    "Coxsackie",
    "Powassan",
    "Jamestown Canyon",
    "Factor V Leiden",
    "Philadelphia chromosome",
    "Bethesda assay",
    "Bence Jones",
    "Waldenstrom",
    "Hashimoto",
    "Addison",
    "Cushing",
    "Wilson disease",
    "Coombs",
    "Westergren",
    "Gram stain",
    "Ziehl-Neelsen",
    "Wright-Giemsa",
    "Epstein-Barr",
    "Sjogren",
    "Whipple",
    "Crohn",
    "von Willebrand",
    "Hodgkin",
    "Kleihauer-Betke",
    "Levey-Jennings",
    "Westgard",
    "BD Vacutainer",
    "Sarstedt S-Monovette",
    "Greiner Vacuette",
    "i-STAT",
    "Accu-Chek Inform II",
    "Nova StatStrip",
    "cobas",
    "Atellica",
    "Alinity",
    "Sysmex XN-1000",
    "BioFire FilmArray",
    "GeneXpert",
    "DCA Vantage",
    "Sensitech TempTale",
    "Epic Beaker",
    "Sunquest",
    "Cerner PathNet",
    "Mirth Connect",
    "Eliquis",
    "Coumadin",
    "Lovenox",
    "Keppra",
    "Lasix",
    "Protonix",
    "Zosyn",
    "Medicare",
    "Medicaid",
    "Fidelis Care",
    "MVP Health Care",
    "CDPHP",
    "Empire BCBS",
    "QuantiFERON-TB Gold Plus",
    "ThinPrep",
    "Cologuard",
    "Styrofoam",
    "Microtainer",
    "Vacutainer",
    "Sharps",
    "Abbott",
    "Roche",
    "Siemens",
    "Beckman AU5800",
    "CMS",
    "CLIA",
    "CDC",
    "FDA",
    "OSHA",
    "IATA",
)

_FILLER_DC = (
    "Hemodynamically stable throughout the stay. Tolerated a regular diet by hospital day 3.",
    "Electrolytes were repleted per protocol; magnesium remained above 2.0 after day 2.",
    "Physical therapy evaluated and cleared for home with a rolling walker.",
    "No further episodes of hypoglycemia after basal insulin was reduced by 20 percent.",
    "Anticoagulation was held peri-procedurally and resumed the following morning without bleeding.",
    "Renal function returned to baseline (creatinine 1.1 from a peak of 1.9) with IV fluids.",
    "Afebrile for more than 48 hours prior to discharge; blood cultures with no growth to date.",
    "Pain controlled on oral acetaminophen; opioids were not required after day 1.",
    "Hemoglobin stable at 9.4 on two consecutive checks; no transfusion was needed.",
    "Tele without events; home beta-blocker restarted at the prior dose.",
)
_FILLER_RAD = (
    "No suspicious osseous lesion.",
    "The visualized lung bases are clear.",
    "No free air. No pathologically enlarged lymph nodes.",
    "Small hiatal hernia, unchanged.",
    "Mild degenerative change of the lower lumbar spine.",
    "Atherosclerotic calcification of the abdominal aorta without aneurysm.",
    "The gallbladder is unremarkable. No intrahepatic biliary dilatation.",
    "Trace simple free fluid in the pelvis, likely physiologic.",
)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(n))


def _alnum(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKMNPRTUVWXY0123456789") for _ in range(n))


def _name(r: random.Random, style: str | None = None) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    style = style or r.choice(("gf", "gf", "gf", "gmf", "fg", "FG", "if"))
    if style == "gf":
        return f"{g} {f}"
    if style == "gmf":
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if style == "fg":
        return f"{f}, {g}"
    if style == "FG":
        return f"{f.upper()}, {g.upper()}"
    if style == "f":
        return f
    return f"{g[0]}. {f}"


def _phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREA), str(r.randint(201, 989)), _digits(r, 4)
    return r.choice(
        (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"{a}{b}{c}",
            f"1-{a}-{b}-{c}",
            f"({a}){b}-{c}",
            f"{a} {b} {c}",
        )
    )


def _real_date(r: random.Random, lo: int = 1925, hi: int = 2029) -> str:
    y, m, dd = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice(
        (
            f"{m:02d}/{dd:02d}/{y}",
            f"{m}/{dd}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{mon} {dd}, {y}",
            f"{mon[:3]} {dd} {y}",
            f"{dd:02d}-{mon[:3]}-{y}",
            f"{dd} {mon} {y}",
            f"{m:02d}.{dd:02d}.{y}",
        )
    )


def _sdate(r: random.Random) -> str:
    """A shifted (2100-2200) date: never labelled."""
    y, m, dd = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (f"{y}-{m:02d}-{dd:02d}", f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{_MONTHS[m - 1][:3]} {dd}, {y}")
    )


def _val(r: random.Random, cat: str, flavor: str | None = None) -> str:  # noqa: C901
    if cat in ("PHONE", "FAX"):
        if cat == "FAX" and flavor != "local" and r.random() < 0.1:
            return f"1-{r.choice(('888', '877', '866'))}-{r.randint(201, 989)}-{_digits(r, 4)}"
        return _phone(r)
    if cat == "PAGER":
        return r.choice(
            (
                f"{r.randint(2, 9)}-{_digits(r, 4)}",
                _digits(r, 5),
                _phone(r),
                _digits(r, 4),
                f"{_digits(r, 3)}-{_digits(r, 4)}",
            )
        )
    if cat == "EMAIL":
        g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "").replace(" ", "")
        local = r.choice(
            (f"{g}.{f}", f"{g[0]}{f}", f"{f}{g[0]}{r.randint(1, 99)}", f"{g}_{f}", f"{g}{r.randint(40, 99)}")
        )
        return f"{local}@{r.choice(_EMAIL_DOMAINS)}"
    if cat == "URL":
        doms = {
            "results": ("portal.halvorsenref.org", "results.brightwaterlabs.com", "myhealth.ellerymemorial.org"),
            "track": ("track.swiftlinecourier.com", "go.blueherontransport.com"),
            "pay": ("pay.mesaverdedx.com", "billing.halvorsenref.org"),
            "practice": ("lindenfm.org",),
        }
        dom = r.choice(doms[flavor] if flavor else sum(doms.values(), ()))
        tok = _alnum(r, 10)
        return r.choice(
            (
                f"https://{dom}/r/{tok}",
                f"https://{dom}/results?acc={_digits(r, 9)}",
                f"www.{dom.split('.', 1)[1]}/pt/{tok.lower()}",
                f"http://{dom}/t/{_digits(r, 12)}",
                f"https://{dom}/invoice/{tok}?p={_digits(r, 6)}",
            )
        )
    if cat == "IP_ADDRESS":
        k = r.randrange(9)
        if k < 3:
            return f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        if k < 5:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        if k < 7:
            return f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"
        if k < 8:
            return f"{r.choice((38, 64, 71, 98, 129, 146, 162, 173, 204, 208))}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        return f"2001:db8:{r.randint(1, 0xFFFF):x}:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFF):x}"
    if cat == "SSN":
        a, b, c = r.randint(101, 665), r.randint(10, 99), _digits(r, 4)
        return r.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))
    if cat == "MRN":
        return r.choice(
            (
                _digits(r, 7),
                _digits(r, 8),
                "00" + _digits(r, 6),
                f"H{_digits(r, 7)}",
                f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}",
                f"E{_digits(r, 9)}",
            )
        )
    if cat == "ACCOUNT":
        fl = flavor or r.choice(("req", "acc", "spec", "trk", "call", "order", "enc", "claim"))
        opts = {
            "req": (
                f"RQ{_digits(r, 8)}",
                f"REQ-{_digits(r, 4)}-{_digits(r, 5)}",
                _digits(r, 9),
                f"OR{_digits(r, 7)}",
                f"R{_digits(r, 2)}-{_digits(r, 6)}",
            ),
            "acc": (
                f"{_letters(r, 1)}{_digits(r, 2)}-{_digits(r, 6)}",
                f"A{_digits(r, 9)}",
                f"{_digits(r, 2)}-{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 5)}",
                f"{_letters(r, 2)}{_digits(r, 8)}",
            ),
            "spec": (
                f"SPC{_digits(r, 10)}",
                f"W{_digits(r, 4)} {_digits(r, 2)} {_digits(r, 6)}",
                _digits(r, 12),
                f"BC-{_digits(r, 7)}-{_digits(r, 2)}",
            ),
            "trk": (
                f"1Z{_alnum(r, 6)}{_digits(r, 10)}",
                f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                _digits(r, 12),
                f"TRK{_digits(r, 8)}",
                f"MNF-{_digits(r, 6)}-{_digits(r, 2)}",
            ),
            "call": (
                f"CS-{_digits(r, 7)}",
                f"INC{_digits(r, 7)}",
                f"CL{_digits(r, 6)}",
                _digits(r, 8),
                f"CSR-{_digits(r, 4)}-{_digits(r, 4)}",
            ),
            "order": (
                f"ORD{_digits(r, 8)}",
                _digits(r, 9),
                f"O-{_digits(r, 7)}",
                f"{_digits(r, 3)}{_letters(r, 1)}{_digits(r, 5)}",
            ),
            "enc": (_digits(r, 10), f"E{_digits(r, 9)}", f"V{_digits(r, 8)}"),
            "claim": (f"CLM{_digits(r, 10)}", f"{_digits(r, 2)}{_digits(r, 9)}", f"C-{_digits(r, 4)}-{_digits(r, 6)}"),
        }
        return r.choice(opts[fl])
    if cat == "HEALTH_PLAN":
        mbi = (
            f"{r.randint(1, 9)}{_letters(r, 1)}{_alnum(r, 1)}{r.randint(0, 9)}-{_letters(r, 1)}"
            f"{_alnum(r, 1)}{r.randint(0, 9)}-{_letters(r, 2)}{_digits(r, 2)}"
        )
        if flavor == "mbi":
            return mbi
        return r.choice(
            (
                f"{_letters(r, 3)}{_digits(r, 9)}",
                mbi,
                f"{_letters(r, 1)}{_digits(r, 8)}{_letters(r, 1)}",
                f"{_digits(r, 9)}-0{r.randint(1, 4)}",
                f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}",
                f"YHX{_digits(r, 8)}",
            )
        )
    if cat == "LICENSE":
        fl = flavor or r.choice(("npi", "state", "dea", "dl", "phleb"))
        opts = {
            "npi": (f"{r.choice('12')}{_digits(r, 9)}",),
            "state": (_digits(r, 6), f"0{_digits(r, 6)}", f"{_digits(r, 3)}-{_digits(r, 3)}"),
            "dea": (f"{_letters(r, 2)}{_digits(r, 7)}",),
            "dl": (
                f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                f"{_letters(r, 1)}{_digits(r, 7)}",
                _digits(r, 9),
            ),
            "phleb": (_digits(r, 8), f"CPT1-{_digits(r, 6)}", f"{_letters(r, 2)}-{_digits(r, 5)}"),
        }
        return r.choice(opts[fl])
    if cat == "ZIP":
        z = r.choice(("12", "12", "12", "13", "01", "05")) + _digits(r, 3)
        return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"
    if cat == "STREET_ADDRESS":
        s = f"{r.randint(2, 9800)} {r.choice(_STREETS)}"
        return s + r.choice(("", "", "", " Apt 4B", f" Unit {r.randint(1, 40)}", ", Apt 2", " Rear"))
    if cat == "DATE_REAL_YEAR":
        if flavor == "hl7":
            return f"{r.randint(1920, 1999)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        return _real_date(r, 2008, 2029) if flavor == "recent" else _real_date(r)
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))
    if cat == "DEVICE_ID":
        return r.choice(
            (
                f"{_letters(r, 2)}{_digits(r, 7)}",
                f"{_digits(r, 3)}{_letters(r, 1)}{_digits(r, 5)}",
                f"{_digits(r, 4)}-{_digits(r, 5)}",
                f"BME-{_digits(r, 6)}",
                f"A{_digits(r, 6)}",
                f"{_letters(r, 3)}{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}",
            )
        )
    if cat == "VEHICLE_ID":
        if flavor == "vin" or (flavor is None and r.random() < 0.25):
            return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        return r.choice(
            (
                f"{_letters(r, 3)}-{_digits(r, 4)}",
                f"{_letters(r, 3)} {_digits(r, 4)}",
                f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 3)}",
                f"{_letters(r, 2)}-{_digits(r, 5)}",
            )
        )
    if cat == "PERSON":
        return _name(r, flavor)
    if cat == "LOCATION":
        return r.choice(_TOWNS)
    if cat == "ORGANIZATION":
        return r.choice(_ORG_FLAVORS[flavor]) if flavor else r.choice(_ALL_ORGS)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Free-standing contexts for identifiers a document's own fields did not take
# --------------------------------------------------------------------------------------------------

_SNIPPETS: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Pt's daughter asked that results be called to {v} (cell).",
        "Callback #: {v}",
        "| callback | {v} | pt home, leave msg ok |",
        "PHONE..........{v}",
        "Home-draw confirmation: spoke w/ pt at {v}, confirmed fasting after midnight.",
        "Courier dispatch will ring the front desk at {v} on arrival.",
        "Best number for the recollect appt ->  {v}",
        "pt phne {v} (per requisition, verified w/ pt)",
    ),
    "FAX": (
        "Fax final report to ordering office: {v}",
        "FAX: {v}  ATTN: send-out results",
        "Results also faxed to {v} (PCP office) per client preference.",
        "| fax | {v} | copy-to |",
        "Copy to (fax)   {v}",
        "Recollect notice sent by fax to {v}; confirmation page scanned.",
    ),
    "PAGER": (
        "Covering resident paged at {v} regarding the pending send-out.",
        "pgr {v} - hospitalist on call",
        "Page back to {v} when the courier is 10 min out.",
        "| pager | {v} | night float |",
        "Beeper: {v}",
    ),
    "EMAIL": (
        "Pt prefers result letters by e-mail: {v}",
        "Scanned COC forwarded to {v} for the legal file.",
        "Contact: {v}",
        "| email | {v} |",
        "Portal invite sent to {v} (pt confirmed spelling).",
    ),
    "URL": (
        "Pt given link to view the send-out result: {v:results}",
        "Result PDF: {v:results}",
        "Courier live tracking -> {v:track}",
        "Online bill pay link printed on statement: {v:pay}",
    ),
    "IP_ADDRESS": (
        "Interface engine host {v}:6661 (inbound ORU) refused the connection at 02:14.",
        "LIS printer for the send-out bench mapped to {v}.",
        "| source ip | {v} | HL7 listener |",
        "Result pushed from reference lab VPN peer {v}; ACK AA returned.",
        "Label printer at draw station offline (IP {v}).",
    ),
    "SSN": (
        "SSN on file: {v} (required by reference lab for billing).",
        "Guarantor SSN {v}",
        "| SSN | {v} |",
        "Soc Sec #: {v}",
    ),
    "MRN": (
        "Outside MRN {v} linked to this encounter by HIM.",
        "Unit No. {v}",
        "| MRN | {v} |",
        "MR# on tubes ({v}) matched the armband.",
        "Medical record number: {v}",
    ),
    "ACCOUNT": (
        "Reference lab accession {v:acc} (send-out pending).",
        "Requisition # {v:req}",
        "| specimen id | {v:spec} | received frozen |",
        "Courier pickup confirmation no. {v:trk}",
        "Client services ticket {v:call} opened for the lost specimen.",
        "Order# {v:order} recollected per lab request.",
        "Acct: {v:enc}",
        "Tracking: {v:trk}",
        "Claim {v:claim} resubmitted with corrected dx code.",
    ),
    "HEALTH_PLAN": (
        "Member ID: {v}",
        "Insurance on file, subscriber # {v}; group number not needed for outreach billing.",
        "| member id | {v} |",
        "Medicare MBI {v:mbi} verified for ABN purposes.",
        "Policy no. {v} (secondary)",
    ),
    "LICENSE": (
        "Ordering clinician NPI {v:npi}",
        "Phlebotomist certificate no. {v:phleb}",
        "| NPI | {v:npi} |",
        "Lic # {v:state} (collector)",
        "Courier driver's license {v:dl} checked at handoff.",
        "DEA {v:dea} (for the controlled-substance confirmation)",
    ),
    "ZIP": (
        "Courier zone keyed by ZIP {v}.",
        "Home-draw territory: {v}",
        "| zip | {v} |",
        "Mailing ZIP for statement: {v}",
    ),
    "STREET_ADDRESS": (
        "Draw address: {v}",
        "Specimens picked up at {v} (side door).",
        "| address | {v} |",
        "Pt now staying with her son at {v}.",
        "Bill to: {v}",
    ),
    "DATE_REAL_YEAR": (
        "Prior send-out of the same panel collected {v}.",
        "DOB {v}",
        "| collected | {v} |",
        "Date of death: {v:recent} (per family call to client services).",
        "Last ABN signed {v:recent}.",
        "Baseline specimen banked on {v}.",
    ),
    "AGE_OVER_89": (
        "Pt is {v} years old; home draw approved as homebound.",
        "Age: {v}",
        "| age | {v} y |",
        "{v} yo, frail, hard stick per phlebotomy.",
    ),
    "DEVICE_ID": (
        "Cooler temperature logger S/N {v} downloaded at receipt.",
        "Glucometer serial {v} (unit removed for QC).",
        "| device | {v} | centrifuge asset tag |",
        "Asset tag {v} on the draw-cart fridge.",
        "Handheld analyzer serial no. {v}",
    ),
    "VEHICLE_ID": (
        "Courier van plate {v:plate} logged at the dock.",
        "Vehicle: {v}",
        "| vehicle | {v} |",
        "VIN {v:vin} on the courier incident form.",
    ),
    "PERSON": (
        "Specimen relinquished by {v} (courier).",
        "Spoke with {v}, client services.",
        "| received by | {v} |",
        "Collected by: {v}",
        "Pt's niece {v} is the contact for the home draw.",
        "Results read back by {v}.",
    ),
    "LOCATION": (
        "Pt lives in {v}; outside the daily courier loop.",
        "Route extended to {v} for this pickup.",
        "| town | {v} |",
        "Home draw scheduled in {v} for the recollect.",
    ),
    "ORGANIZATION": (
        "Specimen forwarded to {v:lab} for confirmation.",
        "Outside results from {v} scanned to media.",
        "| performing lab | {v:lab} |",
        "Drawn at {v:psc} prior to transfer.",
        "Courier: {v:courier}",
        "Pt follows at {v:practice}.",
    ),
}

_FREE = object()


class _Doc:
    """Builds a note piece by piece: plain text, labelled values, and free spots for leftovers."""

    def __init__(self, r: random.Random, plants: list[str]):
        self.r = r
        self.pending = list(plants)
        self.items: list[object] = []
        self.looks: list[str] = []

    def t(self, *parts: str) -> None:
        self.items.extend(parts)

    def lk(self, s: str) -> str:
        self.looks.append(s)
        return s

    def s(self, cat: str, flavor: str | None = None, mask: str = "___", p: float = 0.75) -> None:
        if cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            self.items.append((_val(self.r, cat, flavor), cat))
        else:
            self.items.append(mask)

    def free(self) -> None:
        self.items.append(_FREE)

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.r.choice(seq)

    def render(self) -> tuple[str, list[tuple[int, int, str]]]:
        frees = [k for k, it in enumerate(self.items) if it is _FREE]
        assign: dict[int, list[str]] = {k: [] for k in frees}
        tail: list[str] = []
        for cat in self.pending:
            if frees:
                assign[self.r.choice(frees)].append(cat)
            else:
                tail.append(cat)
        self.pending = []
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0

        def emit_snippet(cat: str) -> None:
            nonlocal pos
            tpl = self.r.choice(_SNIPPETS[cat])
            pre, rest = tpl.split("{v", 1)
            flavor, post = rest.split("}", 1)
            v = _val(self.r, cat, flavor[1:] or None)
            for piece, c in ((pre, None), (v, cat), (post + "\n", None)):
                if c:
                    spans.append((pos, pos + len(piece), c))
                out.append(piece)
                pos += len(piece)

        for k, it in enumerate(self.items):
            if it is _FREE:
                for cat in assign[k]:
                    emit_snippet(cat)
            elif isinstance(it, tuple):
                v, cat = it
                spans.append((pos, pos + len(v), cat))
                out.append(v)
                pos += len(v)
            else:
                out.append(it)
                pos += len(it)
        if tail:
            out.append("\n")
            pos += 1
            for cat in tail:
                emit_snippet(cat)
        return "".join(out), spans


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------

_SENDOUTS = (
    ("serum free light chains", "FLCP", "83883"),
    ("SPEP with immunofixation", "SPEIF", "84165"),
    ("paraneoplastic autoantibody panel", "PAVAL", "86255"),
    ("ceruloplasmin", "CERU", "82390"),
    ("Lyme antibody with reflex immunoblot", "LYMEAB", "86618"),
    ("Powassan virus IgM", "POWM", "86790"),
    ("heavy metals, blood", "HMBL", "83655"),
    ("porphobilinogen, urine", "PBGU", "84106"),
    ("TPMT genotype", "TPMTG", "81335"),
    ("Factor V Leiden mutation", "F5DNA", "81241"),
    ("anti-tissue transglutaminase IgA", "TTGA", "83516"),
    ("BCR-ABL1 quantitative", "BCRQ", "81206"),
    ("methylmalonic acid", "MMAS", "83921"),
    ("vitamin B1 (thiamine), whole blood", "B1WB", "84425"),
    ("Coxsackie B antibodies", "COXB", "86658"),
    ("heparin-induced platelet antibody", "HITAB", "86022"),
    ("ANCA panel", "ANCA", "86036"),
    ("aldosterone/renin ratio", "ALDRR", "82088"),
)
_TUBES = (
    "gold-top SST 5.0 mL",
    "lavender-top K2EDTA 4 mL",
    "light-blue 3.2% citrate 2.7 mL",
    "gray-top NaF/KOx",
    "royal-blue K2EDTA trace element",
    "green-top Li-heparin PST",
    "yellow ACD-A 8.5 mL",
    "pink K2EDTA 6 mL",
    "red-top plain 6 mL",
    "amber microtainer (light protected)",
)
_LOINC = (
    "2345-7",
    "4548-4",
    "2160-0",
    "718-7",
    "3016-3",
    "1742-6",
    "2951-2",
    "6690-2",
    "777-3",
    "5902-2",
    "14979-9",
    "2276-4",
)
_ANALYZERS = (
    "Sysmex XN-1000",
    "cobas 8000 c 702",
    "Atellica CH 930",
    "Alinity ci",
    "Beckman AU5800",
    "DCA Vantage",
    "GeneXpert Dx IV",
    "BioFire FilmArray 2.0",
)
_TOLLFREE = (
    "1-800-633-4227",
    "1-866-244-7310",
    "1-888-421-9052",
    "1-877-360-1148",
    "(800) 742-3518",
    "1-855-209-6633",
    "844-571-0290",
)
_PUBLIC_SITES = ("www.medicare.gov", "www.cms.gov/Medicare/ABN", "www.cdc.gov/lyme", "www.health.ny.gov")


_HARDNEG = (
    "Direct antiglobulin ({Coombs}) negative; {Westergren} ESR 48 mm/h.",
    "{Kleihauer-Betke} not indicated. {Gram stain} of the fluid: rare PMNs, no organisms.",
    "Peripheral smear ({Wright-Giemsa}): rouleaux present, no schistocytes.",
    "{Epstein-Barr} VCA IgM negative; {Jamestown Canyon} and {Powassan} serologies sent per ID.",
    "{Sjogren} antibodies (SS-A/SS-B) pending; {Hodgkin} lymphoma felt unlikely.",
    "{von Willebrand} panel drawn in a {Sarstedt S-Monovette} citrate tube; {Bethesda assay} not needed.",
    "{Cushing} screen deferred. {Greiner Vacuette} tubes substituted while the {Vacutainer} lot was on hold.",
    "Capillary sample in a {Microtainer}; {Sharps} container exchanged.",
    "{QuantiFERON-TB Gold Plus} indeterminate (low mitogen); repeat with outpatient labs.",
    "Pt declined {Cologuard}; FIT kit given instead.",
    "Cooler lined with {Styrofoam}; specimens shipped per {IATA} 650 and {CDC} guidance.",
    "Core lab analyzers: {Roche} {cobas}, {Siemens} {Atellica}, {Abbott} {Alinity}; no instrument flags.",
    "{FDA}-cleared assay; {CLIA} high complexity. See {www.cdc.gov/lyme} for the two-tier algorithm.",
    "Reportable result auto-sent to the state ECLRS; {CMS} billing rules apply.",
    "{Levey-Jennings} charts reviewed; {Westgard} 2-2s violation on level 2 resolved after recalibration.",
    "Pt reports travel to {Canada} and {Vermont} in the last month; no tick bites recalled.",
    "Insurance: {Medicaid} managed care via {Fidelis Care}; outreach tests in network.",
    "Pt previously followed in {Massachusetts}; records requested through HIM.",
)


_NARR = (
    "Outreach labs had been drawn two days before admission at a patient service center; the serum was "
    "split and one aliquot frozen for the send-out panel, which left the core lab short for the add-on "
    "troponin requested in the ED. A fresh set was drawn on arrival.",
    "The send-out bench confirmed that the specimen left on the evening courier run in a refrigerated "
    "tote with two gel packs. Turnaround at the reference lab is 5-7 business days; results will post "
    "to the chart as a scanned PDF and a discrete interface result.",
    "Home-draw services were arranged for post-discharge monitoring: weekly CBC with differential and "
    "BMP while on the new regimen, with results routed to the ordering office and copied to the PCP.",
    "The initial potassium of 6.9 was from a hemolyzed home-draw specimen delayed in transit (courier "
    "pickup roughly 5 hours after collection, unspun). Whole-blood repeat on arrival was 4.3, so no "
    "treatment was given beyond a repeat BMP.",
    "Pending at discharge: serum free light chains, immunofixation, 24-h urine protein electrophoresis. "
    "The 24-h urine jug and instructions were given; the patient will return it to the draw station.",
    "Specimen was rejected once for an unlabeled aliquot tube and recollected the same afternoon; the "
    "incident was entered in the safety reporting system and reviewed with the draw-station supervisor.",
    "Lab client services reported that the reference lab needed a second frozen aliquot for the reflex "
    "immunoblot. The remaining serum (1.2 mL) was frozen at -20 C and shipped on dry ice.",
    "Critical values were called to the floor and read back by the nurse; the covering physician was "
    "notified within 15 minutes per policy. Repeat values trended toward normal by the next morning.",
    "ABN was reviewed with the patient before the outreach draw because the ordered vitamin D and "
    "repeat lipid panel exceeded Medicare frequency limits; the patient elected to proceed (Option 1).",
    "Point-of-care glucose readings were confirmed against core lab plasma glucose twice; the meter was "
    "pulled from service after a failed level 2 QC and replaced from the POC office.",
    "Interface queue held the send-out result for 18 hours because the patient identifier in the "
    "result message did not match the merged record; HIM corrected the link and the result filed.",
    "Chain of custody was maintained for the legal blood alcohol specimen: two gray-top tubes sealed, "
    "initialed and placed in the locked refrigerator until the courier signed them out.",
    "The patient lives outside the courier's regular loop; the route was extended for the STAT pickup "
    "and the specimen arrived within stability. Future draws will be at the closer patient service center.",
    "Transfusion service sent a sample for antibody identification to the reference immunohematology "
    "lab after a panreactive screen; crossmatch-compatible units were located the following day.",
)
_FINDINGS_EXTRA = (
    "Heart size is normal. The mediastinal contours are unremarkable.",
    "No pleural effusion or pneumothorax. Hilar structures are normal.",
    "The pancreas enhances homogeneously without ductal dilatation.",
    "Adrenal glands are normal in appearance.",
    "The urinary bladder is partially distended and unremarkable.",
    "Scattered colonic diverticula without inflammatory change.",
    "The portal and hepatic veins are patent with normal directional flow.",
    "No ascites. The abdominal wall is intact.",
    "Soft tissues are unremarkable. No subcutaneous emphysema.",
    "The thyroid gland is homogeneous without discrete nodule.",
)


def _narr(d: _Doc, lo: int = 1, hi: int = 2) -> str:
    return "\n\n".join(d.r.sample(_NARR, d.r.randint(lo, hi))) + "\n\n"


def _more_findings(d: _Doc) -> str:
    return " ".join(d.r.sample(_FINDINGS_EXTRA, d.r.randint(2, 4)))


def _ctx(d: _Doc, lo: int = 1, hi: int = 2) -> None:
    d.t(
        d.pick(
            (
                "Comments:\n",
                "Background (from admission H&P):\n",
                "Clinical context:\n",
                "Notes from the inpatient team:\n",
                "ADDITIONAL INFO\n",
                "Lab correlation:\n",
            )
        ),
        _narr(d, lo, hi),
    )


def _hardneg(d: _Doc) -> str:
    tpl = d.pick(_HARDNEG)
    out, rest = [], tpl
    while "{" in rest:
        pre, rest = rest.split("{", 1)
        term, rest = rest.split("}", 1)
        out.append(pre)
        out.append(d.lk(term))
    out.append(rest)
    return "".join(out)


def _lot(r: random.Random) -> str:
    return r.choice(
        (
            f"Lot {r.randint(1, 9)}{_letters(r, 1)}{_digits(r, 4)}{_letters(r, 1)}",
            f"LOT# {_digits(r, 5)}{_letters(r, 1)}{r.randint(1, 9)}",
            f"lot {_letters(r, 2)}{_digits(r, 4)}",
        )
    )


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2024, 2029), r.randint(1, 12)
    return r.choice(
        (
            f"EXP {y}-{m:02d}-{r.randint(1, 28):02d}",
            f"Exp: {m:02d}/{r.randint(1, 28):02d}/{y}",
            f"exp {y}-{m:02d}",
            f"Use by {y}-{m:02d}-{r.randint(1, 28):02d}",
        )
    )


def _age_lo(d: _Doc) -> str:
    r = d.r
    return d.lk(r.choice((f"{r.randint(23, 88)}-year-old", f"{r.randint(23, 88)} yo", f"{r.randint(23, 88)} y/o")))


def _hl7ts(r: random.Random) -> str:
    return f"{r.randint(2110, 2195)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"


def _sendout(d: _Doc) -> tuple[str, str, str]:
    name, code, cpt = d.pick([x for x in _SENDOUTS if x[1] not in d.looks])
    return name, d.lk(code), d.lk(cpt)


def _mimic_header(d: _Doc, service: str) -> None:
    d.t("Name:  ___                  Unit No:   ")
    d.s("MRN", p=0.6)
    d.t("\n\nAdmission Date:  ___              Discharge Date:   ___\n\nDate of Birth:  ")
    d.s("DATE_REAL_YEAR", p=0.5)
    d.t(
        f"             Sex:   {d.pick('MF')}\n\nService: {service}\n\nAllergies:\n"
        f"{d.pick(('Patient recorded as having No Known Allergies to Drugs', 'penicillin', 'sulfa (rash)', 'latex', 'iodinated contrast'))}\n\nAttending: "
    )
    d.s("PERSON", p=0.5)
    d.t(".\n\n")


def _addr(d: _Doc, indent: str = "") -> None:
    d.t(indent)
    d.s("STREET_ADDRESS")
    d.t("\n" + indent)
    d.s("LOCATION")
    d.t(f", {d.lk(d.pick(_STATES)) if d.r.random() < 0.3 else d.pick(('NY', 'VT', 'MA'))} ")
    d.s("ZIP")
    d.t("\n")


def _demographics(d: _Doc) -> None:
    """Patient block in one of three shapes; each field masked unless a plant takes it."""
    shape = d.r.randrange(3)
    if shape == 0:
        d.t("PATIENT\n  Name ........ ")
        d.s("PERSON", "FG", p=0.6)
        d.t("\n  DOB ......... ")
        d.s("DATE_REAL_YEAR", p=0.6)
        d.t("   Age: ")
        d.s("AGE_OVER_89", p=0.6)
        d.t("\n  MRN ......... ")
        d.s("MRN", p=0.6)
        d.t("\n  Home phone .. ")
        d.s("PHONE", p=0.6)
        d.t("\n  Ins ID ...... ")
        d.s("HEALTH_PLAN", p=0.6)
        d.t("\n\n")
    elif shape == 1:
        d.t("| Patient | DOB | MRN | Phone | Town |\n|---|---|---|---|---|\n| ")
        for k, cat in enumerate(("PERSON", "DATE_REAL_YEAR", "MRN", "PHONE", "LOCATION")):
            d.s(cat, p=0.6)
            d.t(" | " if k < 4 else " |\n\n")
    else:
        d.t("Pt: ")
        d.s("PERSON", "gf", p=0.6)
        d.t(" (")
        d.s("AGE_OVER_89", p=0.6)
        d.t(d.pick((" y", " yo", "yo")), "), DOB ")
        d.s("DATE_REAL_YEAR", p=0.6)
        d.t("; ph ")
        d.s("PHONE", p=0.6)
        d.t("; email ")
        d.s("EMAIL", p=0.6)
        d.t("\nSSN (for reference-lab billing): ")
        d.s("SSN", p=0.6)
        d.t("\n\n")


def _age_phrase(d: _Doc) -> None:
    d.s("AGE_OVER_89")
    d.t(d.pick((" year old ", "-year-old ", " y/o ", " yo ")))


# --------------------------------------------------------------------------------------------------
# Discharge-type documents
# --------------------------------------------------------------------------------------------------


def _k_dc_sendout_pending(d: _Doc) -> None:
    _mimic_header(d, d.pick(("MEDICINE", "HEMATOLOGY/ONCOLOGY", "NEUROLOGY", "NEPHROLOGY")))
    name, code, cpt = _sendout(d)
    name2, code2, _ = _sendout(d)
    d.t(
        "Chief Complaint:\n",
        d.pick(("weakness and falls", "anemia, hypercalcemia", "confusion", "AKI")),
        "\n\nHistory of Present Illness:\n",
    )
    _age_phrase(d)
    d.t(
        f"{d.pick(('woman', 'man'))} with CKD 3b and {d.lk(d.pick(('Hashimoto', 'Addison', 'Crohn')))} "
        f"disease history admitted from "
    )
    d.s("ORGANIZATION", "facility")
    d.t(" after outreach labs drawn at ")
    d.s("ORGANIZATION", "psc")
    d.t(f" showed Ca 12.4 and total protein 9.8. Her {_age_lo(d)} daughter accompanies her.\n\n")
    d.free()
    d.t(
        "Brief Hospital Course:\n",
        d.pick(_FILLER_DC),
        " ",
        d.pick(_FILLER_DC),
        "\n\n",
        _narr(d, 2, 4),
        f"# Send-out testing: {name} (test code {code}, CPT {cpt}) and {name2} ({code2}) were sent to ",
    )
    d.s("ORGANIZATION", "lab")
    d.t(" via the evening courier. Accession ")
    d.s("ACCOUNT", "acc")
    d.t(f"; expected turnaround 5-7 days. Specimen: {d.lk(d.pick(_TUBES))}, kept at 2-8 C.\n")
    d.free()
    d.t(
        "\nPending Results at Discharge:\n"
        f"| Test | Code | Performing lab | Accession |\n|---|---|---|---|\n| {name} | {code} | "
    )
    d.s("ORGANIZATION", "lab")
    d.t(" | ")
    d.s("ACCOUNT", "acc")
    d.t(f" |\n| {name2} | {code2} | ___ | ___ |\n\n")
    d.t(
        "Discharge Medications:\n1. ",
        d.lk(d.pick(("Eliquis", "Coumadin", "Lovenox"))),
        " as directed\n2. ",
        d.lk(d.pick(("Lasix", "Protonix", "Keppra"))),
        " daily\n\nDischarge Disposition:\nHome With Service\n\nFollowup Instructions:\nPCP ",
    )
    d.s("PERSON", "gf", p=0.5)
    d.t(" will receive the send-out results; office fax ")
    d.s("FAX")
    d.t(f". Questions about the reference lab bill: {d.lk(d.pick(_TOLLFREE))} (toll free).\n")
    d.free()


def _k_outreach_requisition(d: _Doc) -> None:
    r = d.r
    d.t(
        d.pick(("OUTREACH LABORATORY REQUISITION", "Outreach Lab Requisiton (scanned)", "LAB REQUEST - CLIENT BILL")),
        "\n",
        "=" * r.randint(20, 40),
        "\nClient: ",
    )
    d.s("ORGANIZATION", "practice")
    d.t(d.pick(("\nRequisition #: ", "\nRequistion no: ", "\nREQ#  ")))
    d.s("ACCOUNT", "req")
    d.t("\nPatient: ___          DOB: ")
    d.s("DATE_REAL_YEAR")
    d.t("     Sex: ", d.pick("MF"), "\nMRN: ")
    d.s("MRN")
    d.t("\nAddress:\n")
    _addr(d, "   ")
    d.t("Phone: ")
    d.s("PHONE")
    d.t("\n\nOrdering provider: Dr. ")
    d.s("PERSON", "gf")
    d.t("   NPI ")
    d.s("LICENSE", "npi")
    d.t(
        "\nBill to: [ ] client  [x] insurance  [ ] patient\nPrimary ins: ",
        d.lk(d.pick(("Medicare", "Fidelis Care", "MVP Health Care", "CDPHP", "Empire BCBS"))),
        "   Member ID: ",
    )
    d.s("HEALTH_PLAN")
    d.t("   Group: ", d.lk(f"GRP {_digits(r, 5)}"), "\n\n")
    _ctx(d, 2, 5)
    d.free()
    d.t("TESTS ORDERED            CODE     CPT     TUBE\n")
    for _ in range(r.randint(3, 5)):
        name, code, cpt = _sendout(d)
        d.t(f"[x] {name[:24]:<24} {code:<8} {cpt:<7} {d.lk(d.pick(_TUBES))}\n")
    d.t(
        f"\nDx (ICD-10): {d.pick(('D64.9', 'R79.89', 'E83.01', 'A69.20', 'M35.00'))}, "
        f"{d.pick(('N18.32', 'R53.83', 'Z79.01'))}\nFasting: {d.pick(('Y', 'N', 'unknown'))}   "
        f"Collected: {d.lk(_sdate(r))} {r.randint(6, 11)}:{r.randint(10, 59)}\nCollected by: "
    )
    d.s("PERSON")
    d.t("  at ")
    d.s("ORGANIZATION", "psc")
    d.t("\n\n")
    d.free()
    d.t(
        f"Specimen handling: centrifuge within 2 h; {d.lk(d.pick(_TUBES))} frozen at -20 C for the courier.\n"
        f"Lab use only: CLIA {d.lk(f'33D{_digits(r, 7)}')}  | received {d.lk(_sdate(r))}\n"
    )


def _k_courier_manifest(d: _Doc) -> None:
    r = d.r
    d.t(d.pick(("COURIER PICKUP MANIFEST", "Specimen Transport Manifest", "ROUTE SHEET / PICKUP LOG")), " - ")
    d.s("ORGANIZATION", "courier")
    d.t(f"\nRoute {r.randint(2, 19)}{d.pick('ABCN')}   Date {d.lk(_sdate(r))}   Driver: ")
    d.s("PERSON")
    d.t(d.pick(("\nVehicle plate: ", "\nVan plate# ", "\nTag: ")))
    d.s("VEHICLE_ID", "plate")
    d.t("   DL#: ")
    d.s("LICENSE", "dl")
    d.t(f"\nCooler: {d.lk('Sensitech TempTale')} logger S/N ")
    d.s("DEVICE_ID")
    d.t(f"  | {d.lk(_lot(r))} gel packs, {d.lk(_expiry(r))}\n\n")
    d.t("STOP | TIME  | CLIENT                         | BAGS | TEMP    | PICKUP #\n")
    d.t("-----+-------+--------------------------------+------+---------+-----------\n")
    for k in range(r.randint(3, 5)):
        d.t(f" {k + 1:<3} | {r.randint(7, 17):02d}:{r.randint(0, 59):02d} | ")
        d.s("ORGANIZATION", d.pick(("practice", "psc", "facility")), p=0.5)
        d.t(f" | {r.randint(1, 4):<4} | {d.pick(('ambient', 'refrig', 'frozen'))} | ")
        d.s("ACCOUNT", "trk", p=0.5)
        d.t("\n")
    d.t("\n")
    _ctx(d, 2, 5)
    d.free()
    d.t("Notes:\n- Stop 2 (patient specimen, STAT) handed off at the ED lab window; ")
    d.s("PERSON", p=0.5)
    d.t(" signed.\n- Home pickup at ")
    d.s("STREET_ADDRESS", p=0.6)
    d.t(", ")
    d.s("LOCATION")
    d.t(f" - 2 tubes ({d.lk(d.pick(_TUBES))}); pt's son called dispatch from ")
    d.s("PHONE")
    d.t(f".\n- Packaging: {d.lk('UN3373')} Biological Substance, Category B; dry ice {d.lk('UN1845')} 2.5 kg.\n")
    d.free()
    d.t(f"Chain temp excursions: none. Dispatch line {d.lk(d.pick(_TOLLFREE))}.\n")


def _k_chain_of_custody(d: _Doc) -> None:
    r = d.r
    d.t(
        d.pick(
            (
                "SPECIMEN CHAIN-OF-CUSTODY FORM",
                "Chain of Custody - Forensic Toxicology",
                "CoC record (blood alcohol / drug screen)",
            )
        ),
        "\nPerforming laboratory: ",
    )
    d.s("ORGANIZATION", "lab")
    d.t("\nSpecimen ID (bottle seal): ")
    d.s("ACCOUNT", "spec")
    d.t("\nDonor / patient: ")
    d.s("PERSON", p=0.5)
    d.t("     DOB ")
    d.s("DATE_REAL_YEAR")
    d.t(
        f"\nReason: {d.pick(('post-MVC ED draw, legal request', 'suspected ingestion, law enforcement hold', 'workplace post-accident'))}\n"
        f"Tubes: 2 x {d.lk(d.pick(('gray-top NaF/KOx', 'red-top plain 6 mL')))}, sealed with tamper tape {d.lk(_lot(r))}\n\n"
    )
    d.t("TRANSFER LOG\nReleased by        Received by        Date/time            Purpose\n")
    for purpose in ("collection -> lockbox", "lockbox -> courier", "courier -> accessioning"):
        d.t("")
        d.s("PERSON", "if", mask="___")
        d.t(" " * r.randint(4, 8))
        d.s("PERSON", "gf", mask="___")
        d.t(f"   {d.lk(_sdate(r))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}   {purpose}\n")
    d.t("\n")
    _ctx(d, 2, 5)
    d.free()
    d.t(
        "Collector statement: I certify the specimen was collected and sealed in the donor's presence.\n"
        "Collector license/cert: "
    )
    d.s("LICENSE", "phleb")
    d.t(
        f"\nAgency requesting: ___ ; officer badge masked.\n"
        f"Screening immunoassay on {d.lk(d.pick(_ANALYZERS))}; confirmation by LC-MS/MS at the reference lab.\n"
    )
    d.free()


def _k_sendout_report(d: _Doc) -> None:
    r = d.r
    name, code, cpt = _sendout(d)
    d.t(
        d.pick(
            ("REFERENCE LABORATORY REPORT", "*** SEND-OUT RESULT (scanned, OCR) ***", "Final Report - Esoteric Testing")
        ),
        "\n",
    )
    d.s("ORGANIZATION", "lab")
    d.t(f"   CLIA {d.lk(f'{r.randint(10, 52)}D{_digits(r, 7)}')}   Medical Director: Dr. ")
    d.s("PERSON", "gf")
    d.t("\n\n")
    _demographics(d)
    d.t("Client: ")
    d.s("ORGANIZATION", d.pick(("hosp", "practice")))
    d.t("\nAccession: ")
    d.s("ACCOUNT", "acc")
    d.t("       Client order: ")
    d.s("ACCOUNT", "order")
    d.t(f"\nCollected: {d.lk(_sdate(r))}   Received: {d.lk(_sdate(r))}   Reported: ___\n\n")
    d.t(f"Test: {name} [{code}]  (LOINC {d.lk(d.pick(_LOINC))})\n")
    d.t(
        f"  Result ................ {r.choice(('POSITIVE', 'Negative', 'Indeterminate', str(round(r.uniform(0.2, 88.0), 1))))}\n"
        f"  Reference ............. {d.pick(('<1.0', 'Negative', '3.3-19.4 mg/L', '0.26-1.65 (ratio)'))}\n"
        f"  Method ................ {d.pick(('nephelometry', 'IFA and immunoblot', 'PCR', 'ICP-MS'))} "
        f"({d.lk(d.pick(_ANALYZERS))})\n\n"
    )
    d.t(
        f"Interpretation: {d.pick(('Pattern consistent with', 'Not suggestive of', 'Borderline for'))} "
        f"{d.lk(d.pick(('Waldenstrom', 'Wilson disease', 'Lyme', 'Coxsackie', 'Factor V Leiden', 'Bence Jones')))} "
        f"{d.pick(('physiology; correlate clinically.', 'disease; repeat in 4-6 weeks if indicated.', 'protein; see comment.'))}\n"
    )
    _ctx(d, 2, 5)
    d.free()
    d.t("Comment: Specimen received ambient; stability acceptable. Questions: client services ")
    d.t(d.lk(d.pick(_TOLLFREE)), " or ")
    d.s("PHONE", p=0.5)
    d.t(".\nElectronically signed by ")
    d.s("PERSON", "gf", p=0.6)
    d.t(", MD, PhD\n")
    d.free()
    d.t("\nScanned into chart by HIM; original to send-out binder.\n")


def _k_home_draw(d: _Doc) -> None:
    r = d.r
    d.t(
        d.pick(("MOBILE PHLEBOTOMY - HOME DRAW VISIT", "Home Draw Visit Note", "In-home specimen collection")),
        "\nAgency: ",
    )
    d.s("ORGANIZATION", "home")
    d.t("\nPhlebotomist: ")
    d.s("PERSON")
    d.t(", CPT-1 lic ")
    d.s("LICENSE", "phleb")
    d.t("\nVisit address: ")
    d.s("STREET_ADDRESS")
    d.t(", ")
    d.s("LOCATION")
    d.t(" ")
    d.s("ZIP")
    d.t("\nPt phone: ")
    d.s("PHONE")
    d.t("\n\n")
    d.t("S: Pt ")
    _age_phrase(d)
    d.t(
        f"homebound after hip fracture, discharged from ___ {d.pick(('last week', 'on Friday', 'three days ago'))}. "
        f"Fasting since 2200. On {d.lk(d.pick(('Coumadin', 'Eliquis', 'Lovenox')))}.\n"
        f"O: L antecubital, 21G butterfly, 1 attempt. Tubes: {d.lk(d.pick(_TUBES))}, {d.lk(d.pick(_TUBES))}. "
        f"POC INR on {d.lk('CoaguChek XS')}: 2.7.\n"
    )
    _ctx(d, 2, 5)
    d.free()
    d.t("A/P: Specimens labelled at bedside with 2 identifiers; requisition ")
    d.s("ACCOUNT", "req")
    d.t(" attached. Dropped at ")
    d.s("ORGANIZATION", "psc")
    d.t(f" lockbox at {r.randint(10, 15)}:{r.randint(10, 59)}. Next draw {d.lk(_sdate(r))}.\n")
    d.t(f"Medicare homebound criteria documented (see {d.lk(d.pick(_PUBLIC_SITES[:2]))}).\n")
    d.free()
    d.t("Signature: ___ ; countersigned by ordering NP ")
    d.s("PERSON", p=0.5)
    d.t(".\n")


def _k_client_services_log(d: _Doc) -> None:
    r = d.r
    d.t(d.pick(("CLIENT SERVICES CALL LOG", "Lab Client Services - call record", "CS TICKET (export)")), "\nTicket: ")
    d.s("ACCOUNT", "call")
    d.t(f"   Opened {d.lk(_sdate(r))} {r.randint(7, 20):02d}:{r.randint(0, 59):02d}   Agent: ")
    d.s("PERSON", "gf")
    d.t("\nCaller: ")
    d.s("PERSON", p=0.5)
    d.t(" from ")
    d.s("ORGANIZATION", d.pick(("practice", "hosp", "facility")))
    d.t("   Callback: ")
    d.s("PHONE")
    d.t("\nCategory: missing result / add-on request\n\n")
    _demographics(d)
    name, code, _ = _sendout(d)
    d.t(f"Caller states {name} ({code}) ordered on ___ not resulted. Looked up specimen ")
    d.s("ACCOUNT", "spec")
    d.t(f" - in transit to reference lab; courier manifest shows pickup at {r.randint(15, 19)}:{r.randint(10, 59)}.\n")
    _ctx(d, 2, 5)
    d.free()
    d.t("Add-on requested: ")
    d.t(
        d.lk(d.pick(("magnesium", "phosphorus", "LDH", "haptoglobin"))),
        " on the same ",
        d.lk(d.pick(_TUBES)),
        " - within stability, accepted.\nResults to be faxed to ",
    )
    d.s("FAX")
    d.t(" and e-mailed to ")
    d.s("EMAIL")
    d.t(".\n")
    d.free()
    d.t(
        f"Resolution: caller informed; ticket pending. SLA 24 h. Escalation: {d.lk(d.pick(_TOLLFREE))}.\n"
        f"Related: LIS {d.lk(d.pick(('Epic Beaker', 'Sunquest', 'Cerner PathNet')))} audit trail reviewed.\n"
    )


def _k_critical_value(d: _Doc) -> None:
    r = d.r
    analyte = d.pick(
        (
            ("Potassium", "6.9 mmol/L"),
            ("Glucose", "38 mg/dL"),
            ("Sodium", "118 mmol/L"),
            ("Platelets", "14 K/uL"),
            ("INR", "7.8"),
            ("Calcium", "14.1 mg/dL"),
        )
    )
    d.t(
        d.pick(("CRITICAL VALUE NOTIFICATION", "Critical Result Call Documentation", "CRIT CALL - outreach specimen")),
        "\n",
    )
    d.t(f"Analyte: {analyte[0]}   Result: {analyte[1]}   (LOINC {d.lk(d.pick(_LOINC))})\n")
    d.t("Accession: ")
    d.s("ACCOUNT", "acc")
    d.t(f"   Collected {d.lk(_sdate(r))} at ")
    d.s("ORGANIZATION", d.pick(("psc", "home", "facility")))
    d.t(f"\nAnalyzer: {d.lk(d.pick(_ANALYZERS))}; delta check failed; repeat on fresh aliquot concordant.\n\n")
    _demographics(d)
    d.t("Call attempts:\n")
    for k in range(r.randint(2, 3)):
        d.t(f"  {k + 1}) {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  ")
        d.s(d.pick(("PHONE", "PAGER")), p=0.6)
        d.t(f"  {d.pick(('no answer', 'voicemail (no PHI left)', 'answering service', 'reached'))}\n")
    d.t("\nResult read back by: ")
    d.s("PERSON")
    d.t(d.pick((", RN", ", MD", ", NP", " (on-call)")), "\nCalled by: ___, MLS(ASCP)\n")
    _ctx(d, 2, 5)
    d.free()
    d.t("Ordering provider not reachable -> escalated per policy to covering physician Dr. ")
    d.s("PERSON", "f", p=0.6)
    d.t(" (pager ")
    d.s("PAGER")
    d.t("). Pt directed to ED at ")
    d.s("ORGANIZATION", "hosp")
    d.t(".\n")
    d.free()
    d.t(
        f"Hemolysis index 12 (acceptable). {d.lk('Levey-Jennings')} QC in range; {d.lk('Westgard')} rules not violated.\n"
    )


def _k_specimen_rejection(d: _Doc) -> None:
    r = d.r
    reason = d.pick(
        (
            "hemolyzed (H-index 310)",
            "unlabeled tube",
            "QNS",
            "received thawed; frozen required",
            "mislabeled - name/DOB mismatch",
            "exceeded stability (72 h)",
            "wrong tube type",
        )
    )
    d.t(
        d.pick(
            ("SPECIMEN REJECTION NOTICE", "Notice of Unacceptable Specimen", "REJECTED SPECIMEN - RECOLLECT REQUIRED")
        ),
        "\n",
    )
    d.t("To: ")
    d.s("ORGANIZATION", d.pick(("practice", "facility", "home")))
    d.t("   Attn: ")
    d.s("PERSON", p=0.5)
    d.t("\nFax: ")
    d.s("FAX")
    d.t("\nFrom: Specimen Processing / Send-Outs, ")
    d.s("ORGANIZATION", "lab", p=0.5)
    d.t("\n\n")
    name, code, cpt = _sendout(d)
    d.t(f"Test(s): {name} ({code})   Tube: {d.lk(d.pick(_TUBES))}\nSpecimen #: ")
    d.s("ACCOUNT", "spec")
    d.t("\nRequisition: ")
    d.s("ACCOUNT", "req")
    d.t(f"\nReason for rejection: {reason}\nDate received: {d.lk(_sdate(r))}\n\n")
    _ctx(d, 2, 5)
    d.free()
    _demographics(d)
    d.t("Recollection arranged: home draw to ")
    d.s("STREET_ADDRESS", p=0.5)
    d.t(f" (pt is {_age_lo(d)}; see below).\n")
    d.t("Notified: ")
    d.s("PERSON")
    d.t(f" by phone; read back. CPT {cpt} not billed. Tube {d.lk(_lot(r))} {d.lk(_expiry(r))} was within date.\n")
    d.free()
    d.t(f"Ref: OSHA bloodborne pathogen handling; {d.lk('IATA')} packing instruction 650.\n")


def _k_abn_billing(d: _Doc) -> None:
    r = d.r
    d.t(
        d.pick(
            (
                "ADVANCE BENEFICIARY NOTICE OF NON-COVERAGE (ABN)",
                "ABN + outreach billing face sheet",
                "Lab Billing / ABN record",
            )
        ),
        f"\nForm {d.lk('CMS-R-131')} (Exp. 01/{r.randint(2026, 2029)})  OMB {d.lk('0938-0566')}\nA. Notifier: ",
    )
    d.s("ORGANIZATION", d.pick(("lab", "psc")))
    d.t(", ")
    d.s("STREET_ADDRESS", p=0.5)
    d.t(", ")
    d.s("LOCATION", p=0.6)
    d.t(" ")
    d.s("ZIP", p=0.6)
    d.t("   Tel ")
    d.s("PHONE", p=0.5)
    d.t("\nB. Patient Name: ___      C. Identification Number: ")
    d.s("ACCOUNT", "enc")
    d.t("\n\nD. Test            E. Reason Medicare may not pay              F. Estimated cost\n")
    for _ in range(r.randint(2, 3)):
        name, code, cpt = _sendout(d)
        d.t(
            f"   {code:<10} {d.pick(('frequency limit exceeded', 'dx not covered (NCD 190.x)', 'screening not covered'))}"
            f"   ${r.randint(18, 640)}.00  (CPT {cpt})\n"
        )
    d.t("\nG. OPTIONS: [x] Option 1  [ ] Option 2  [ ] Option 3\nH. Additional information: ")
    d.t(f"questions about Medicare: {d.lk('1-800-633-4227')}\n")
    d.t("I. Signature: ___      J. Date: ")
    d.s("DATE_REAL_YEAR", p=0.6)
    d.t("\n\n")
    _ctx(d, 2, 5)
    d.free()
    d.t("BILLING\nGuarantor: ")
    d.s("PERSON")
    d.t("   SSN: ")
    d.s("SSN")
    d.t("\nPayer: ", d.lk(d.pick(("Medicare", "Medicaid", "Fidelis Care", "MVP Health Care"))), "  Member/MBI: ")
    d.s("HEALTH_PLAN")
    d.t("  Group ", d.lk(f"{_digits(r, 6)}-A"), "\nClaim #: ")
    d.s("ACCOUNT", "claim")
    d.t("\nStatement link: ")
    d.s("URL")
    d.t("\n")
    d.free()


def _k_lis_interface(d: _Doc) -> None:
    r = d.r
    ver = d.lk(d.pick(("2.5.1", "2.3", "2.4")))
    d.t(
        d.pick(
            (
                "LIS INTERFACE ERROR QUEUE - message held",
                "Interface Engine Alert (pasted)",
                "HL7 ORU reject - send-out results",
            )
        ),
        f"\nEngine: {d.lk('Mirth Connect')} {d.lk(d.pick(('3.12.0', '4.4.1', '3.9.1')))}   Channel: REFLAB_ORU_IN\n"
        "Source host: ",
    )
    d.s("IP_ADDRESS")
    d.t(f":{r.choice((6661, 5000, 2575, 7001))}   Dest: ")
    d.s("IP_ADDRESS", p=0.5)
    d.t(
        f"\nError: {d.pick(('PID-3 not found in EMPI', 'OBR-3 filler order number duplicate', 'unknown test code in OBX-3', 'ORC-2 does not match open order'))}\n\n"
    )
    d.t(f"MSH|^~\\&|REFLAB|RL01|BEAKER|MAIN|{d.lk(_hl7ts(r))}||ORU^R01|{_digits(r, 6)}|P|{ver}\nPID|1||")
    d.s("MRN")
    d.t("^^^MR||___^___||")
    d.s("DATE_REAL_YEAR", "hl7", p=0.4)
    d.t("|F\nORC|RE|")
    d.s("ACCOUNT", "order")
    d.t("|")
    d.s("ACCOUNT", "acc", p=0.5)
    d.t("\nOBR|1|___|___|")
    name, code, _ = _sendout(d)
    d.t(
        f"{code}^{name.upper()[:20]}|||___\nOBX|1|NM|{d.lk(d.pick(_LOINC))}^LN||{round(r.uniform(0.1, 40.0), 2)}|mg/L|||||F\n\n"
    )
    _ctx(d, 2, 5)
    d.free()
    d.t("Analyst note: resolved by re-keying; ordering provider ")
    d.s("PERSON", p=0.5)
    d.t(" notified via in-basket. Outbound copy to clinic printer ")
    d.s("IP_ADDRESS", p=0.5)
    d.t(".\n")
    d.free()
    d.t(f"Ticket cross-ref in help desk; interface spec HL7 v{ver}.\n")


def _k_poc_testing(d: _Doc) -> None:
    r = d.r
    meter = d.pick(("Accu-Chek Inform II", "Nova StatStrip", "i-STAT"))
    d.t(
        d.pick(("POINT-OF-CARE TESTING RECORD", "POCT Result / QC Log", "Bedside Testing Documentation")),
        f"\nUnit: {d.pick(('4 West', 'ED Pod B', 'Short Stay', 'Dialysis'))}   Device: {d.lk(meter)}  S/N ",
    )
    d.s("DEVICE_ID")
    d.t(f"\nStrip/cartridge {d.lk(_lot(r))}  {d.lk(_expiry(r))}   Asset tag: ")
    d.s("DEVICE_ID", p=0.5)
    d.t("\nPatient wristband scanned: MRN ")
    d.s("MRN")
    d.t("   Encounter ")
    d.s("ACCOUNT", "enc")
    d.t("\n\nTIME   TEST        RESULT   OPERATOR\n")
    for _ in range(r.randint(3, 5)):
        test, lo, hi = d.pick(
            (
                ("Glucose", 40, 420),
                ("K+ (CHEM8+)", 2.8, 6.9),
                ("iCa", 0.9, 1.4),
                ("Lactate", 0.6, 8.5),
                ("INR", 0.9, 6.5),
            )
        )
        val = r.randint(lo, hi) if isinstance(lo, int) else round(r.uniform(lo, hi), 1)
        d.t(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}  {test:<11} {val:<8} ")
        d.s("PERSON", "if", p=0.4)
        d.t("\n")
    d.t("\n")
    _ctx(d, 2, 5)
    d.free()
    d.t(
        f"Comment: value >400 confirmed by core lab on {d.lk(d.pick(_ANALYZERS))}; POC/lab difference within 15%.\n"
        "Operator certification current; competency signed off by POC coordinator "
    )
    d.s("PERSON", p=0.5)
    d.t(".\nPhysician notified: Dr. ")
    d.s("PERSON", "f", p=0.5)
    d.t(" via pager ")
    d.s("PAGER")
    d.t(".\n")
    d.free()
    d.t(
        f"Meter issues: {d.lk('Abbott')} POC support fax {d.lk(d.pick(('1-866-418-2207', '1-877-904-3315')))} (vendor).\n"
    )
    d.t(f"Data managed in RALS; meter docked at {d.pick(('the nursing station', 'the med room'))} port ")
    d.s("IP_ADDRESS", p=0.5)
    d.t(".\n")


# --------------------------------------------------------------------------------------------------
# Radiology documents
# --------------------------------------------------------------------------------------------------


def _rad_head(d: _Doc, exam: str) -> None:
    d.t(f"EXAMINATION:  {exam}\n\nINDICATION:  ")
    _age_phrase(d)
    d.t(d.pick(("woman ", "man ", "patient ")))


def _rad_tail(d: _Doc) -> None:
    r = d.r
    d.t("\n")
    d.free()
    d.t(d.pick(("Dictated by: ", "Reading radiologist: ", "Attending: ")))
    d.s("PERSON", "gf", p=0.5)
    d.t(d.pick((", MD", " MD", "")), "\n")
    if r.random() < 0.5:
        d.t("Findings discussed with Dr. ")
        d.s("PERSON", "f", p=0.6)
        d.t(" by telephone at ")
        d.s("PHONE", p=0.6)
        d.t(f" at {r.randint(7, 22)}:{r.randint(10, 59)} on ___, within 60 minutes of discovery.\n")


def _k_rad_ct_sendout(d: _Doc) -> None:
    r = d.r
    name, code, _ = _sendout(d)
    _rad_head(
        d,
        d.pick(
            ("CT ABD AND PELVIS WITH CONTRAST", "CT CHEST/ABDOMEN/PELVIS W/ IV CONTRAST", "CT ABDOMEN WITHOUT CONTRAST")
        ),
    )
    d.t(f"with weight loss; outside {name} ({code}) from ")
    d.s("ORGANIZATION", "lab")
    d.t(" reported abnormal, accession ")
    d.s("ACCOUNT", "acc")
    d.t(
        ". Evaluate for malignancy.\n\nTECHNIQUE:  Helical CT after 100 mL Omnipaque 350. DLP 612 mGy-cm.\n\nCOMPARISON:  "
    )
    d.s("DATE_REAL_YEAR", p=0.5)
    d.t(" outside CT from ")
    d.s("ORGANIZATION", "hosp", p=0.5)
    d.t(
        f" (images imported).\n\nFINDINGS:\n{d.pick(_FILLER_RAD)} {_more_findings(d)} {d.pick(_FILLER_RAD)} {_more_findings(d)}\n"
        f"Liver: {d.pick(('multiple hypoenhancing lesions up to 2.3 cm', 'no focal lesion', 'steatosis'))}.\n"
        f"Spleen: {r.randint(10, 16)} cm. Kidneys: {d.pick(('no hydronephrosis', 'bilateral simple cysts'))}.\n"
        f"Bones: {d.pick(('lytic lesion in L2', 'no destructive lesion'))}.\n"
    )
    _ctx(d, 1, 2)
    d.free()
    d.t(
        f"\nIMPRESSION:\n1. {d.pick(('Findings suspicious for metastatic disease.', 'No CT evidence of malignancy.', 'Splenomegaly.'))}\n"
        f"2. Correlate with pending send-out ({code}); no {d.lk(d.pick(('Whipple', 'Crohn')))} pattern of bowel wall thickening.\n"
    )
    _rad_tail(d)


def _k_rad_us_biopsy(d: _Doc) -> None:
    r = d.r
    _rad_head(
        d,
        d.pick(
            ("US GUIDED LIVER BIOPSY", "ULTRASOUND-GUIDED CORE BIOPSY, LEFT AXILLARY NODE", "US GUIDED RENAL BIOPSY")
        ),
    )
    d.t(f"with {d.pick(('elevated free light chains', 'AKI and proteinuria', 'lymphadenopathy'))}; referred by ")
    d.s("ORGANIZATION", "practice")
    d.t(
        ".\n\nPROCEDURE:  Informed consent obtained. Time-out performed. 18G core needle x 3 passes; "
        f"no {d.lk('BD Vacutainer')} additive tubes used for the cores.\n\nSPECIMEN HANDLING:\n"
    )
    d.t("- Cores 1-2 in formalin, core 3 in RPMI for flow cytometry (send-out to ")
    d.s("ORGANIZATION", "lab")
    d.t(").\n- Specimen label ")
    d.s("ACCOUNT", "spec")
    d.t("; requisition ")
    d.s("ACCOUNT", "req")
    d.t(".\n- Handed to courier ")
    d.s("PERSON", p=0.5)
    d.t(f" (bag seal {d.lk(_lot(r))}) at {r.randint(9, 16)}:{r.randint(10, 59)}.\n\n")
    _ctx(d, 1, 2)
    d.free()
    d.t(
        f"FINDINGS:  {d.pick(_FILLER_RAD)} {_more_findings(d)} Post-procedure images show no hematoma.\n\n"
        f"IMPRESSION:  Technically successful biopsy. Pathology and {d.lk('Philadelphia chromosome')} FISH "
        "pending at the reference lab.\n"
    )
    _rad_tail(d)


def _k_rad_ir_fluid(d: _Doc) -> None:
    r = d.r
    proc = d.pick(("PARACENTESIS", "THORACENTESIS, RIGHT", "DIAGNOSTIC PARACENTESIS"))
    _rad_head(d, f"US GUIDED {proc}")
    d.t("with new ascites/effusion; cytology and send-out studies requested.\n\n")
    d.t(
        f"PROCEDURE:  {r.randint(1, 4)}.{r.randint(0, 9)} L of {d.pick(('straw-colored', 'turbid', 'serosanguinous'))} fluid removed.\n\n"
        "SPECIMENS / CHAIN OF CUSTODY:\n"
    )
    d.t("| Container | Test | Destination | Specimen # |\n|---|---|---|---|\n")
    d.t(f"| {d.lk(d.pick(('green-top Li-heparin PST', 'red-top plain 6 mL')))} | chemistry | core lab | ___ |\n")
    d.t(f"| sterile cup | AFB culture, {d.lk('Ziehl-Neelsen')} | ")
    d.s("ORGANIZATION", "lab", p=0.6)
    d.t(" | ")
    d.s("ACCOUNT", "spec")
    d.t(f" |\n| {d.lk('ThinPrep')} vial | cytology | pathology | ___ |\n\n")
    d.t("Relinquished by ")
    d.s("PERSON", p=0.5)
    d.t(", RN to courier; cooler logger ")
    d.s("DEVICE_ID")
    d.t(f", transport {d.pick(('ambient', '2-8 C'))}.\n")
    _ctx(d, 1, 2)
    d.free()
    d.t(
        f"\nFINDINGS:  {d.pick(_FILLER_RAD)} {_more_findings(d)}\n\nIMPRESSION:  Uncomplicated {proc.lower()}. "
        f"Post-procedure CXR: no pneumothorax.\n"
    )
    _rad_tail(d)


def _k_rad_mobile_xray(d: _Doc) -> None:
    d.t(
        f"EXAMINATION:  MOBILE {d.pick(('CHEST, 2 VIEWS', 'CHEST PORTABLE AP', 'LEFT HIP, 2 VIEWS'))} (performed on site)\n\n"
        "LOCATION OF SERVICE:  "
    )
    d.s("ORGANIZATION", d.pick(("facility", "facility", "home")))
    d.t("\n")
    _addr(d, "   ")
    d.t("\nINDICATION:  ")
    _age_phrase(d)
    d.t("resident with cough and fever; home-draw CBC and BMP collected the same visit by ")
    d.s("ORGANIZATION", "home")
    d.t(" (req ")
    d.s("ACCOUNT", "req")
    d.t(").\n\nTECHNOLOGIST:  ")
    d.s("PERSON", p=0.5)
    d.t(
        f", RT(R); unit {d.lk(d.pick(('Carestream DRX-Revolution', 'GE AMX Navigate', 'Fuji FDR Go')))}, "
        "portable generator asset tag "
    )
    d.s("DEVICE_ID", p=0.6)
    d.t(d.pick(("; van plate ", "; vehicle VIN ")))
    d.s("VEHICLE_ID", "vin" if d.items[-1].endswith("VIN ") else "plate")
    d.t(".\n\n")
    _ctx(d, 1, 2)
    d.free()
    d.t(
        f"FINDINGS:  {d.pick(('Patchy right basilar opacity.', 'No focal consolidation.', 'Small left effusion.'))} "
        f"{d.pick(_FILLER_RAD)} {_more_findings(d)}\n\nIMPRESSION:  {d.pick(('Findings may represent pneumonia.', 'No acute process.'))} "
        "Correlate with the home-draw WBC.\n"
    )
    _rad_tail(d)


def _k_rad_critical_comm(d: _Doc) -> None:
    r = d.r
    _rad_head(
        d, d.pick(("CTA CHEST (PE PROTOCOL)", "CT HEAD WITHOUT CONTRAST", "DUPLEX US BILATERAL LOWER EXTREMITY VEINS"))
    )
    d.t(
        f"on {d.lk(d.pick(('Eliquis', 'Coumadin', 'Lovenox')))}; outreach lab called a critical INR/platelet result.\n\n"
    )
    d.t(
        f"FINDINGS:  {d.pick(('Acute segmental pulmonary emboli in the RLL.', 'Small acute subdural hematoma, 6 mm.', 'Occlusive thrombus in the left popliteal vein.'))}"
        f" {d.pick(_FILLER_RAD)} {_more_findings(d)}\n\nIMPRESSION:  Critical finding as above.\n\n"
    )
    d.t("ADDENDUM - COMMUNICATION:\nCritical lab (reference lab call, accession ")
    d.s("ACCOUNT", "acc")
    d.t(") and this finding were communicated to ")
    d.s("PERSON", "gf")
    d.t(" at ")
    d.s(d.pick(("PHONE", "PAGER")))
    d.t(
        f" at {r.randint(0, 23):02d}:{r.randint(10, 59)}. Read-back confirmed.\n"
        f"HIT antibody send-out ({d.lk('HITAB')}) pending at "
    )
    d.s("ORGANIZATION", "lab")
    d.t(f"; {d.lk('4T score')} 6.\n")
    _ctx(d, 1, 2)
    d.free()
    d.t("Client-services ticket for the lab call: ")
    d.s("ACCOUNT", "call", p=0.6)
    d.t(".\n")
    _rad_tail(d)


def _k_rad_bone_survey(d: _Doc) -> None:
    r = d.r
    _rad_head(d, d.pick(("SKELETAL SURVEY (MYELOMA PROTOCOL)", "METASTATIC BONE SURVEY", "WHOLE-BODY LOW-DOSE CT")))
    d.t(
        f"with M-spike {round(r.uniform(0.4, 3.9), 1)} g/dL and kappa/lambda ratio {round(r.uniform(2, 180), 1)} "
        "on send-out studies ("
    )
    d.s("ORGANIZATION", "lab")
    d.t(", order ")
    d.s("ACCOUNT", "order")
    d.t(f"), {d.lk('Bence Jones')} proteinuria.\n\nCOMPARISON:  ")
    d.s("DATE_REAL_YEAR", p=0.6)
    d.t("\n\nFINDINGS:\nSkull: ")
    d.t(
        d.pick(("innumerable punched-out lucencies", "no lytic lesion", "single 8 mm lucency in the parietal bone")),
        ".\nSpine: ",
        d.pick(("compression deformity of T11, 40% height loss", "no compression fracture")),
        ".\nPelvis/femora: ",
        d.pick(_FILLER_RAD),
        "\n",
    )
    _ctx(d, 1, 2)
    d.free()
    d.t(
        "\nIMPRESSION:  ",
        d.pick(("Diffuse lytic disease consistent with myeloma.", "No lytic lesion identified.")),
        "\nReferring: ",
    )
    d.s("ORGANIZATION", "practice", p=0.6)
    d.t("; results to fax ")
    d.s("FAX", p=0.6)
    d.t(".\n")
    _rad_tail(d)


# --------------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "dc_sendout_pending": ("discharge", _k_dc_sendout_pending),
    "outreach_requisition": ("discharge", _k_outreach_requisition),
    "courier_manifest": ("discharge", _k_courier_manifest),
    "chain_of_custody": ("discharge", _k_chain_of_custody),
    "sendout_report": ("discharge", _k_sendout_report),
    "home_draw": ("discharge", _k_home_draw),
    "client_services_log": ("discharge", _k_client_services_log),
    "critical_value": ("discharge", _k_critical_value),
    "specimen_rejection": ("discharge", _k_specimen_rejection),
    "abn_billing": ("discharge", _k_abn_billing),
    "lis_interface": ("discharge", _k_lis_interface),
    "poc_testing": ("discharge", _k_poc_testing),
    "rad_ct_sendout": ("radiology", _k_rad_ct_sendout),
    "rad_us_biopsy": ("radiology", _k_rad_us_biopsy),
    "rad_ir_fluid": ("radiology", _k_rad_ir_fluid),
    "rad_mobile_xray": ("radiology", _k_rad_mobile_xray),
    "rad_critical_comm": ("radiology", _k_rad_critical_comm),
    "rad_bone_survey": ("radiology", _k_rad_bone_survey),
}
DOCUMENT_KINDS = tuple(_KINDS)
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DC = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")

_GOLD = 0.6180339887498949
_PLASTIC = 0.7548776662466927


def document_kind(seed: int, i: int) -> str:
    r = random.Random(f"h79-kind:{seed}:{i}")
    return r.choice(_RAD) if r.random() < 0.45 else r.choice(_DC)


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    """("heavy" | "normal", categories to plant): exactly 5 heavy and 58 planted per 100 notes."""
    p = (i * 37 + seed * 11) % 100
    if p < 5:
        return "heavy", []
    if p < 63:
        n = random.Random(f"h79-n:{seed}:{i}").choice((1, 1, 2, 2, 2, 3, 3, 4))
        cats = [
            CATEGORIES[int(((_GOLD * (4 * i + j + 1) + _PLASTIC * seed) % 1.0) * len(CATEGORIES))] for j in range(n)
        ]
        return "normal", cats
    return "normal", []


def _heavy_block(r: random.Random, need: int) -> str:
    lines = ["\nDISTRIBUTION / CONTACT SHEET (auto-appended)"]
    rows = (
        "Ordering: ___ | ___ | fax ___",
        "PCP: Dr. ___ (___)",
        "Courier: ___, van ___",
        "Home draw: ___, ___",
        "Reference lab: ___  acc ___",
        "Guarantor: ___  SSN ___",
        "Member ID ___  MBI ___",
        "Address: ___, ___ ___",
        "Emergency contact: ___ (___) ___",
        "Client services ticket ___ / agent ___",
        "Received by ___ at ___",
    )
    count = 0
    while count < need:
        row = r.choice(rows)
        lines.append(row)
        count += row.count("___")
    return "\n".join(lines) + "\n"


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind_name = document_kind(seed, i)
    note_type, builder = _KINDS[kind_name]
    heavy, plants = _plan(seed, i)
    r = random.Random(f"h79-body:{seed}:{i}")
    d = _Doc(r, plants)
    builder(d)
    cuts = [k for k in range(1, len(d.items)) if isinstance(d.items[k - 1], str) and d.items[k - 1].endswith("\n\n")]
    cuts = cuts or [len(d.items)]
    for k in sorted(r.sample(cuts, min(len(cuts), r.choice((1, 1, 2)))), reverse=True):
        d.items.insert(k, _hardneg(d) + "\n")
    text, spans = d.render()
    while len(text) < 1150:
        if note_type == "radiology":
            text += "\nADDENDUM:  " + " ".join(r.sample(_FILLER_RAD, 2)) + " " + _more_findings(d) + "\n"
        else:
            text += "\nAddendum:\n" + r.choice(_NARR) + " " + r.choice(_FILLER_DC) + "\n"
    if heavy == "heavy":
        have = text.count("___")
        text += _heavy_block(r, max(0, 27 - have) + r.randint(0, 4))
    looks: list[str] = []
    for lk in d.looks:
        if lk in looks or lk not in text:
            continue
        ok = True
        start = text.find(lk)
        while start != -1:
            if any(s < start + len(lk) and start < e for s, e, _ in spans):
                ok = False
                break
            start = text.find(lk, start + 1)
        if ok:
            looks.append(lk)
    for term in EPONYMS_AND_BRANDS:
        if (
            term not in looks
            and term in text
            and not any(s < text.find(term) + len(term) and text.find(term) < e for s, e, _ in spans)
        ):
            looks.append(term)
    return LabelledNote(note_type, text, sorted(spans)), looks, heavy


def holdout79_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout79_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout79_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout79_corpus, argv, "Held-out corpus 79 (reference-lab outreach and specimen logistics)"
    )
    holdout_measure.report("holdout79", args, notes, hits, res)


if __name__ == "__main__":
    main()
