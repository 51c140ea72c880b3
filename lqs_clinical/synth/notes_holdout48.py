"""Held-out corpus 48: correctional health — patients admitted from jails, prisons and immigration detention.

MIMIC-IV-Note-shaped notes (most identifiers masked as ``___``; unmasked dates shifted into 2100–2200 and
never labelled) in which about 58% of the notes carry 1–4 identifiers that escaped masking, and exactly 5%
are "heavy" (many ``___``, no planted identifier). Everything is deterministic from ``(seed, i)``.

Document kinds (note type in brackets):

- ``jail_infirmary_transfer`` [discharge] — jail infirmary → hospital transfer summary;
- ``custody_discharge_summary`` [discharge] — hospital discharge summary for a patient in custody;
- ``custody_guard_log`` [discharge] — bedside custody / guard log pasted into the chart;
- ``sheriff_transport_paperwork`` [discharge] — sheriff's or corrections transport order and hand-off;
- ``medical_parole_letter`` [discharge] — medical parole / compassionate-release letter;
- ``court_ordered_evaluation`` [discharge] — court-ordered competency / forensic evaluation;
- ``hunger_strike_monitoring`` [discharge] — hunger-strike monitoring and refeeding note;
- ``restraint_monitoring`` [discharge] — restraint and seclusion monitoring flowsheet;
- ``facility_roi_request`` [discharge] — release-of-information request from a facility;
- ``reentry_referral`` [discharge] — re-entry / community clinic referral note;
- ``detention_intake_summary`` [discharge] — immigration detention intake / transfer health summary;
- ``ct_head_custody_trauma`` [radiology] — CT head after a fall or altercation in custody;
- ``chest_xr_tb_screen`` [radiology] — intake chest radiograph for tuberculosis screening;
- ``ct_abdomen_body_packing`` [radiology] — CT abdomen/pelvis for suspected ingested contraband;
- ``hand_xr_use_of_force`` [radiology] — hand / wrist radiographs after a use-of-force incident;
- ``ct_maxillofacial_assault`` [radiology] — maxillofacial CT after an assault;
- ``feeding_tube_position_xr`` [radiology] — radiograph confirming a feeding-tube position (hunger strike);
- ``cspine_after_restraint`` [radiology] — cervical-spine CT after a restraint or take-down.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a place
below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are
never labelled); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school or
employer, never a generic department, and never a drug maker, biotech or trial sponsor named as such.
DATE_REAL_YEAR is a whole date carrying a year 1900–2030 (a bare year is not labelled; a device, drug or lot
expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages ≥ 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry are not identifiers.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen numbers;
HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the member's id: leave it
unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the
value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN")
stay outside.

Conventions of this corpus: a named jail, prison, detention centre, sheriff's office, court, probation
department, transport contractor, halfway house, clinic or pharmacy is an ORGANIZATION; a county or town named
as a place is a LOCATION. Booking, inmate, DOC, court-docket and alien-registration numbers have no category
in the policy, so they are always masked ``___`` and never planted; the jail infirmary's own medical-record
number is an MRN and a use-of-force or restraint incident number is an ACCOUNT. An electronic-monitoring
ankle bracelet's serial is a DEVICE_ID; a transport van's or the patient's car's plate or VIN is a
VEHICLE_ID. A relative's death date is a DATE_REAL_YEAR. Device and drug makers are never named; national
agencies are never named (only "the sheriff's office", "custody", "the corrections department"). Public
hotlines (988, Poison Help), public bodies' websites, eponyms, brands, lots, NDCs, REF/model numbers, GTINs,
expiry dates, shifted dates, bare years, ages under 90, scores, doses, software versions, generic department
names, US states and countries are hard negatives, returned as look-alikes and never labelled.

Written blind: only ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``LabelledNote``), ``pyproject.toml``,
``/work/shared/reference/*.md`` and the masked PyHealth note-shaped samples under ``/work/shared/data/``
(with its ``SOURCES.md``) were read. No detector code, rule file, other corpus, test or benchmark was opened,
and the detector was never run on this corpus while writing it. All names, places, organisations and
numbers are invented.
"""

# ruff: noqa: E501  (prose templates and pasted-form lines are kept on one line each, as they appear in notes)
from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Fixed look-alike vocabulary (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    # eponyms, scores and signs
    "Glasgow Coma Scale", "Babinski", "Romberg", "Wernicke", "Korsakoff", "Mallory-Weiss", "Kussmaul",
    "Cheyne-Stokes", "Mallampati", "Wells score", "CIWA-Ar", "COWS", "PHQ-9", "MoCA", "Chvostek",
    "Trousseau", "Hill-Sachs", "Le Fort", "Salter-Harris", "Ghon focus", "Ranke complex", "Pott disease",
    "Kerley B", "Morison's pouch", "Hounsfield", "Bosniak", "Chance fracture", "Jefferson fracture",
    "Lisfranc", "Todd paralysis", "Valsalva", "Seldinger", "Mantoux", "Dupuytren", "Heimlich",
    "Battle sign", "Brown-Sequard", "Rigler sign",
    # drugs and devices (brands)
    "Narcan", "Suboxone", "Sublocade", "Vivitrol", "Keppra", "Haldol", "Ativan", "Zyprexa", "Seroquel",
    "Depakote", "Lasix", "Eliquis", "Lantus", "Humalog", "Biktarvy", "Epclusa", "Mavyret", "Ensure Plus",
    "Pedialyte", "Tylenol", "Zofran", "Bactrim", "Priftin", "Dobhoff", "Salem sump", "Yankauer", "Ambu bag",
    "Posey", "Tegaderm", "Steri-Strips", "Dermabond", "Kerlix", "Foley", "Dexcom G7", "AirSense 10",
    "Omnipod 5", "Lifepak 15", "i-STAT", "Accu-Chek", "QuantiFERON-TB Gold", "BinaxNOW", "Bair Hugger",
    "TASER X26P", "PleurX", "Cortrak", "Omnipaque 350", "Visipaque", "Tdap", "Prevnar 20", "Shingrix",
)
_STATES = ("Ohio", "Arizona", "New Mexico", "Louisiana", "Pennsylvania", "Michigan", "Kentucky", "Oregon",
           "Nevada", "Tennessee")
_COUNTRIES = ("Guatemala", "Honduras", "El Salvador", "Haiti", "Venezuela", "Cameroon", "Ecuador", "Nicaragua",
              "Eritrea", "Mauritania")
_HOTLINES = ("988", "1-800-222-1222", "1-800-662-4357", "711")
_PUBLIC_SITES = ("www.cdc.gov/tb", "988lifeline.org", "findtreatment.gov", "www.ssa.gov", "www.medicaid.gov",
                 "www.fda.gov/medwatch")
_DEPARTMENTS = ("Health Information Management", "Medical Records", "Utilization Review", "Case Management",
                "Infection Prevention", "Forensic Psychiatry Service", "Social Work", "Security Department",
                "Radiology Department", "Pharmacy Department")
_FIXED_LOOKALIKES = EPONYMS_AND_BRANDS + _STATES + _COUNTRIES + _HOTLINES + _PUBLIC_SITES + _DEPARTMENTS

# --------------------------------------------------------------------------------------------------
# Surrogate values (invented)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Darnell", "Luis", "Marisol", "Teodoro", "Keisha", "Anselm", "Rosalind", "Dmitri", "Oluwaseun", "Yesenia",
    "Thanh", "Wendell", "Imani", "Casimir", "Leontyne", "Mateo", "Bridget", "Rashad", "Fenna", "Jovan",
    "Priya", "Esperanza", "Tobias", "Nnamdi", "Corliss", "Agustin", "Harriet", "Kwame", "Lucinda", "Ignatius",
    "Saoirse", "Demetrius", "Magdalena", "Rufus", "Ximena", "Lavell", "Ines", "Bartholomew", "Chidi", "Odessa",
    "Renzo", "Philippa", "Tyrese", "Wilhelmina", "Abdirahman", "Consuelo", "Everett", "Noor", "Jaquan", "Ottilie",
)
_FAMILY = (
    "Okafor", "Villanueva", "Brandvold", "Castellano", "Pruitt", "Abernathy", "Nakashima", "Delacroix-Moore",
    "Wojcik", "Achterberg", "Fofana", "Iglesias", "Thibodeaux", "Marchetti", "O'Rourke", "McAllister",
    "Osei-Bonsu", "Lindqvist", "Tran", "Beaumont", "Hallorann", "Szabo", "Quintanilla", "Ferreira", "Kowalczyk",
    "Ruiz-Tapia", "Haddad", "Ellingsen", "Mbeki", "Castellanos", "Dunleavy", "Petrakis", "Ashworth", "Oyelaran",
    "Vandermeer", "Galloway", "Pienaar", "Rosenthal", "Yilmaz", "Bjornstad", "Espinoza", "Ridgeway", "Amadi",
    "Kettering", "Lachance", "Mwangi", "Sorensen", "Tolliver", "Urquhart", "Zielinski",
)
_ORG_GROUPS: dict[str, tuple[str, ...]] = {
    "jail": ("Calder County Sheriff's Office", "Brennard Correctional Facility", "Ashgrove Processing Center",
             "Millbrook Regional Jail", "Tern Island Detention Center", "Kestrel Ridge Correctional Institution",
             "Ostrander County Jail", "Kestrel Ridge CI", "Marlow Springs Women's Correctional Center",
             "Sutter Hollow Youth Facility", "Copperline Detention Annex", "Pike Ridge Reception Center"),
    "clinic": ("Northgate Re-entry Health Clinic", "Saint Ambrose Medical Center", "St. Brigid's Hospital",
               "Riverbend Community Health Center", "Lowry-Hart Forensic Services", "Pinecrest Behavioral Hospital",
               "Dunmore Family Practice", "Tallis Valley Medical Center", "Harrowgate Medical Group",
               "Blue Heron Free Clinic", "Carrow Bay Hospital"),
    "court": ("Greyfield Superior Court", "Westlake Probation Department", "Haverbrook Legal Aid Society",
              "Bellmont Public Defender's Office", "Calder County District Court"),
    "pharmacy": ("Quarry Street Pharmacy", "Halden Pharmacy #214", "Vellacourt Pharmacy", "Ridgeline Drug & Compounding"),
    "housing": ("Fairhaven Halfway House", "Mercy Crossing Recovery Center", "Eastbrook Men's Shelter",
                "Ostrander Reentry Alliance", "Lantern House Sober Living"),
    "vendor": ("Corvane Correctional Health", "Tessaly Health Partners", "Ironbridge Correctional Care",
               "Wexley Prisoner Transport"),
    "employer": ("Halvorsen Poultry Processing", "Brackett Point Marina", "Tamsin Unified School District",
                 "Greyfield Roofing Co.", "Sawtell Auto Salvage"),
}
_ORGS = tuple(o for group in _ORG_GROUPS.values() for o in group)
_TOWNS = (
    "Harlan Falls", "Marlow Springs", "East Tullis", "Port Carrow", "Belden Heights", "Wyckham", "Sawtell",
    "Lake Verrin", "Cobb's Landing", "Ferndale Crossing", "Rennick", "North Aldous", "Grayson Mills", "Tamsin",
    "Calder County", "Ortega Valley", "Halvorsen", "Pike Ridge", "Westbury Flats", "Dunmore", "Sutter Hollow",
    "Greyfield", "Oak Terrace", "Millbrook", "Carrow Bay", "Ostrander County", "Little Ferris", "Brackett Point",
)
_STREETS = (
    "Old Quarry", "Tanager", "Bellweather", "Fenwick", "Corrigan", "Ironwood", "Sycamore", "Gatlin", "Marsh Hollow",
    "Pruett", "Kinsale", "Alder Bend", "Ransom", "Wickliffe", "Stockade", "Harrow", "Lamplighter", "Coyle",
    "Eastgate Industrial", "Ferrous", "Juniper Flats", "Deputy Hall", "Canfield", "Orchard Gap",
)
_SUFFIXES = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Blvd", "Ln", "Lane", "Ct", "Pkwy", "Hwy", "Dr", "Way")
_DOMAINS = ("calder-so.org", "corvanehealth.com", "kestrelridge-ci.org", "mailbox.net", "postmark.io",
            "ashgrovepc.us", "northgate-clinic.org", "haverbrooklegal.org", "brennardcf.net", "fastmail.example")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


_CUE_PREFIXES = ("MD", "RN", "SN", "DO", "NP", "PA", "CO", "DR", "PH", "TEL", "FX")


def _upper(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRTUVWXYZ") -> str:
    """Random capitals that never spell a cue word or credential at the start ("MD", "SN", ...)."""
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not s.startswith(_CUE_PREFIXES):
            return s


def _v_person(rng: random.Random, style: str) -> str:
    g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
    if style == "lf":
        return f"{f.upper()}, {g}" if rng.random() < 0.6 else f"{f}, {g}"
    r = rng.random()
    if r < 0.55:
        return f"{g} {f}"
    if r < 0.75:
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if r < 0.88:
        return f"{g} {f}-{rng.choice(_FAMILY).replace('-', '')}" if "-" not in f else f"{g} {f}"
    return f"{g[0]}. {f}"


def _v_phone(rng: random.Random) -> str:
    a = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
    while a in ("555", "800", "888", "877", "866", "911", "411", "711", "988"):
        a = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
    b = f"{rng.randint(2, 9)}{_digits(rng, 2)}"
    c = _digits(rng, 4)
    fmt = rng.randrange(6)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
            f"({a}){b}-{c}")[fmt]


def _v_pager(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return _digits(rng, 5)
    if r < 0.65:
        return f"{rng.randint(2, 8)}-{_digits(rng, 4)}"
    return _v_phone(rng)


def _v_email(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN).lower(), rng.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}{rng.randint(2, 99)}", f"{g}_{f[:4]}", f"{f}.{g[0]}"))
    return f"{local}@{rng.choice(_DOMAINS)}"


def _v_url(rng: random.Random) -> str:
    host = rng.choice(("portal.calder-so.org", "www.kestrelridge-ci.org", "records.corvanehealth.com",
                       "roi.brennardcf.net", "www.gofundme.com", "inmatecare.ashgrovepc.us",
                       "northgate-clinic.org", "www.haverbrooklegal.org"))
    path = rng.choice((f"/roi/request/{_digits(rng, 6)}", f"/f/bring-{rng.choice(_GIVEN).lower()}-home-{_digits(rng, 4)}",
                       f"/medical/packet?id={_digits(rng, 7)}", f"/patients/{_upper(rng, 2)}{_digits(rng, 5)}/transfer",
                       f"/docs/{_digits(rng, 8)}.pdf", f"/clients/{rng.choice(_FAMILY).lower().replace(chr(39), '')}"))
    scheme = rng.choice(("https://", "https://", "http://", ""))
    if not scheme and not host.startswith("www."):
        scheme = "https://"
    return f"{scheme}{host}{path}"


def _v_ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if r < 0.6:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if r < 0.85:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"{rng.randint(23, 211)}.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def _v_ssn(rng: random.Random) -> str:
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _v_mrn(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return _digits(rng, rng.choice((7, 8, 9)))
    if r < 0.7:
        return f"{rng.choice(('JM', 'KR', 'MRJ', 'BCF'))}{_digits(rng, 7)}"
    return f"{rng.choice(('JMR', 'SA', 'TV'))}-{_digits(rng, 7)}"


def _v_account(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return _digits(rng, rng.choice((8, 9, 10)))
    pre = rng.choice(("ACC", "UOF", "CLM", "SP", "ENC", "RQ", "E", "RAD", "INC", "RST"))
    sep = rng.choice(("", "-", ""))
    return f"{pre}{sep}{_digits(rng, rng.choice((6, 7, 8)))}"


def _v_plan(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"{_upper(rng, 2)}{_digits(rng, 8)}"
    if r < 0.55:
        return f"{_upper(rng, 3)}{_digits(rng, 9)}"
    if r < 0.8:
        return f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}"
    return f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 2)}"


def _v_license(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"{rng.choice('12')}{_digits(rng, 9)}"  # NPI
    if r < 0.5:
        return f"{_upper(rng, 2, 'ABFGMP')}{_digits(rng, 7)}"  # DEA
    if r < 0.7:
        return f"{rng.choice(('ME', 'G', 'LP', 'C'))}{rng.choice(('.', '', '-'))}{_digits(rng, rng.choice((5, 6, 7)))}"
    if r < 0.85:
        return f"{rng.choice('DSKW')}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"  # driver's
    return f"P{rng.choice(('-', ''))}{_digits(rng, 6)}"  # EMS


def _v_zip(rng: random.Random) -> str:
    z = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    return f"{z}-{_digits(rng, 4)}" if rng.random() < 0.25 else z


def _v_street(rng: random.Random) -> str:
    s = f"{rng.randint(2, 19999)} {rng.choice(('', '', 'N ', 'S ', 'E ', 'W '))}{rng.choice(_STREETS)} {rng.choice(_SUFFIXES)}"
    r = rng.random()
    if r < 0.15:
        s += f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"
    elif r < 0.25:
        s += f", Unit {rng.randint(1, 300)}"
    elif r < 0.3:
        s += f" #{rng.randint(2, 90)}"
    return s


def _v_date(rng: random.Random, lo: int = 1931, hi: int = 2024) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}",
            f"{mon[:3]} {d} {y}", f"{d} {mon} {y}", f"{d:02d}-{mon[:3]}-{y}", f"{m:02d}.{d:02d}.{y}",
            f"{mon[:3]}. {d}, {y}")[rng.randrange(9)]


def _v_age(rng: random.Random) -> str:
    return str(rng.choice((90, 90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _v_device(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"{_upper(rng, 3)}{_digits(rng, 6)}{rng.choice('HSRN')}"
    if r < 0.55:
        return f"{rng.choice(('EM', 'GPS', 'BT'))}-{_digits(rng, 2)}{_upper(rng, 1)}-{_digits(rng, 6)}"
    if r < 0.8:
        return f"{_digits(rng, 3)}{_upper(rng, 2)}{_digits(rng, 5)}"
    return f"{_upper(rng, 1)}{_digits(rng, 8)}"


def _v_vehicle(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return f"{rng.randint(1, 9)}{_upper(rng, 3)}{_digits(rng, 3)}"
    if r < 0.55:
        return f"{rng.choice(('CTY', 'GOV', 'EXM', 'CNTY'))}{rng.choice(('-', ' '))}{_digits(rng, 5)}"
    if r < 0.75:
        return f"{_upper(rng, 3)} {_digits(rng, 4)}"
    return "".join(rng.choice(_VIN_CHARS) for _ in range(17))


def _value(rng: random.Random, cat: str, style: str) -> str:
    if cat == "PERSON":
        return _v_person(rng, style)
    if cat == "ORGANIZATION":
        return rng.choice(_ORG_GROUPS.get(style, _ORGS))
    if cat == "LOCATION":
        return rng.choice(_TOWNS)
    if cat == "DATE_REAL_YEAR":
        if style == "dob":
            return _v_date(rng, 1928, 2003)
        return _v_date(rng, 1990 if style == "recent" else 1950, 2024)
    return {
        "PHONE": _v_phone, "FAX": _v_phone, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url,
        "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan,
        "LICENSE": _v_license, "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "AGE_OVER_89": _v_age,
        "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle,
    }[cat](rng)


# --------------------------------------------------------------------------------------------------
# Planting templates: "{V}" or "{V:style}" marks the value. A leading "~" joins the template to the
# preceding text as prose (after a space); otherwise it becomes its own line(s).
# --------------------------------------------------------------------------------------------------

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "Escorting officer: Dep. {V}, badge ___",
        "~Two corrections officers accompanied the patient; the senior officer, {V}, stayed at the bedside.",
        "Sister {V} called for an update; pt signed a release for her only.",
        "Attending: Dr. {V}",
        "Electronically signed by: {V}, MD ___ 10:42",
        "| Relief officer | {V} | 0700-1900 |",
        "Warden {V} approved the medical furlough request.",
        "~Case discussed with his public defender,\n{V}, who asked for a copy of the evaluation.",
        "cc: {V}, LCSW (re-entry coordinator)",
        "Name:  {V}                 Unit No:   ___",
        "~Per the classification sergeant ({V}) no visitors are permitted.",
        "CO {V} relieved post at 1900.",
        "Spoke with Judge {V}'s clerk about the hearing date.",
        "INMATE: {V:lf}     BOOKING#: ___",
        "Emergency contact ........ {V} (mother)",
        "~Interpreter {V} joined by video for the Haitian Creole portion of the interview.",
        "/s/ {V}\nHealth Services Administrator",
        "Lt. {V} - shift commander, called re: transport",
        "Officer-in-charge:{V:lf}",
        "~Patient asks that his partner {V} be told he is here.",
    ),
    "ORGANIZATION": (
        "Transferred from: {V:jail} infirmary",
        "~He was brought over by deputies from the {V:jail} in leg irons and a belly chain.",
        "Referring facility: {V:jail}",
        "~Please forward records to {V}, Attn: Medical Records.",
        "| Sending facility | {V:jail} | Custody level: medium |",
        "Follow-up appointment at {V:clinic} arranged by the re-entry coordinator.",
        "~Discharge prescriptions were e-prescribed to {V:pharmacy} for pickup on release day.",
        "Medical vendor: {V:vendor} (contracted)",
        "~Outside records obtained from {V:clinic} by secure fax.",
        "RE: request from {V:jail} for release of information",
        "~Housing on release will be {V:housing}, a transitional residence.",
        "Returned to {V:jail} by sheriff's van at 16:40.",
        "Employer prior to arrest:  {V:employer} (dietary aide)",
        "~The order came from the {V:court} after the bail hearing.",
    ),
    "LOCATION": (
        "~He plans to live with his aunt in {V} after release.",
        "Hometown: {V}",
        "~Arrested in {V} on a probation violation two weeks ago.",
        "Release address: ___, {V}, ___ ___",
        "~He was detained near {V} and transferred to this facility by bus.",
        "| City | {V} | State | ___ |",
        "Transport route: facility -> {V} (fuel stop) -> ED",
        "~His family lives in {V}, about two hours from the prison.",
        "Residence: {V}",
        "~Prior incarceration: county jail in\n{V}, 18 months.",
        "Place of birth: {V}",
    ),
    "ZIP": (
        "Zip: {V}",
        "Release address: ___, ___, ___ {V}",
        "| ZIP | {V} |",
        "~Mailing address on release confirmed (zip code {V}).",
        "Postal code {V} (re-entry housing)",
        "___\n___, ___  {V}",
    ),
    "STREET_ADDRESS": (
        "Release address: {V}, ___, ___",
        "~Mail for the patient should go to {V} rather than to the facility.",
        "Facility address: {V}",
        "| Street | {V} |",
        "Pickup point: sally port, {V}",
        "Halfway house: ___\n{V}\n___, ___ ___",
        "~Arrest occurred outside {V} after a traffic stop.",
        "Home adress: {V}",
    ),
    "PHONE": (
        "Call back: {V}",
        "~Mother can be reached at {V} after 5 pm.",
        "Facility medical unit tel {V} ext 214",
        "| Phone | {V} |",
        "Re-entry navigator cell {V}",
        "~Please call the watch commander at {V} before transport.",
        "Ph: {V}",
        "Tel.{V}",
        "Contact number on file - {V}",
    ),
    "FAX": (
        "Fax: {V}",
        "~Fax completed records to {V} (secure line in the medical unit).",
        "FAX# {V}",
        "| Fax | {V} |",
        "Return by fax to {V} within 10 business days.",
        "Fx {V}",
    ),
    "PAGER": (
        "Pager: {V}",
        "~Page the on-call forensic psychiatrist at {V} with any change.",
        "beeper {V}",
        "pgr #{V}",
        "| Pager | {V} |",
        "Reached covering resident via pager {V} at 02:15.",
    ),
    "EMAIL": (
        "Email: {V}",
        "~Send the signed release to {V}.",
        "e-mail {V}",
        "Contact (re-entry): {V}",
        "| Email | {V} |",
        "emial {V}",
    ),
    "URL": (
        "Portal: {V}",
        "~The facility's ROI form is posted at {V} and must be notarized.",
        "Link: {V}",
        "~Family set up a fundraiser page ({V}) for his medical costs.",
        "Scanned transport packet: {V}",
    ),
    "IP_ADDRESS": (
        "Workstation IP {V}",
        "~Telehealth session from the jail clinic connected from {V}.",
        "Accessed from {V} (JMS kiosk)",
        "| Client IP | {V} |",
        "[audit] user=___ ip={V} action=VIEW",
    ),
    "SSN": (
        "SSN: {V}",
        "~Social Security number {V} was provided for benefits reinstatement.",
        "SS# {V}",
        "| SSN | {V} |",
        "Soc Sec No.: {V}",
    ),
    "MRN": (
        "MRN: {V}",
        "Jail medical record #{V}",
        "~Hospital MRN {V} was linked to the booking record.",
        "| MRN | {V} |",
        "Med Rec No. {V}",
        "Name:  ___                 Unit No:   {V}",
    ),
    "ACCOUNT": (
        "Encounter #: {V}",
        "Accession: {V}",
        "Incident No. {V} (use of force)",
        "~Claim {V} was submitted to the county for the inpatient costs.",
        "Order # {V}",
        "Specimen ID {V}",
        "Run # {V} (EMS)",
        "Requisition {V}",
        "Acct {V}",
        "| Accession | {V} |",
        "Restraint incident report {V} filed by charge RN.",
    ),
    "HEALTH_PLAN": (
        "Medicaid ID: {V}",
        "~Medicaid was suspended at incarceration; member ID {V} is to be reinstated on release.",
        "Member ID {V}   Group 00418",
        "Policy #: {V}",
        "Subscriber ID: {V}",
        "| Member ID | {V} |",
    ),
    "LICENSE": (
        "NPI: {V}",
        "DEA# {V}",
        "Lic. {V}",
        "~Transport paramedic's EMS certification ({V}) was verified at hand-off.",
        "Driver's license: {V} (ID verification for ROI)",
        "Signed ___, MD   License No. {V}",
        "| NPI | {V} |",
    ),
    "DEVICE_ID": (
        "Ankle monitor SN {V} removed for imaging.",
        "~Electronic monitoring bracelet, serial {V}, was cut off by ED staff with a deputy present.",
        "Pacemaker serial number: {V}",
        "UDI (01){GTIN}(17){EXPY}(10){LOT}(21){V}",
        "Insulin pump S/N {V}",
        "CPAP device (issued by facility) SN: {V}",
        "| Serial | {V} |",
    ),
    "VEHICLE_ID": (
        "Transport vehicle plate {V}",
        "~Patient arrived in the county van, plate {V}, with two deputies.",
        "VIN {V}",
        "~His car (plate {V}) was impounded at the time of arrest.",
        "| Vehicle | {V} |",
        "Lic. plate: {V}",
        "Tag # {V}",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {V:dob}",
        "~He was booked into the facility on {V:recent} and has been in custody since.",
        "Date of death: {V}",
        "Court date: {V:recent} (competency hearing)",
        "| Booking date | {V:recent} |",
        "~Prior intake chest film on {V:recent} was reportedly negative.",
        "~His mother died on {V}, which he learned of by letter.",
        "Order signed {V:recent} by the presiding judge.",
        "Received via fax {V:recent} 14:22",
        "Date of Request:   {V:recent}",
        "Projected release date: {V:recent}",
        "Date of birth {V:dob}",
    ),
    "AGE_OVER_89": (
        "~The patient is a {V}-year-old man serving a life sentence.",
        "Age: {V}",
        "{V} y/o F detainee, transferred for evaluation",
        "~At {V} years of age he is the oldest person housed at the facility.",
        "Pt age {V} (per booking sheet)",
        "| Age | {V} |",
        "{V}yo M from the geriatric unit",
        "~Now aged {V}, he has served 41 years.",
    ),
}

# Category draws: a weighted list indexed by a Weyl sequence, so counts do not depend on the text.
_CAT_WHEEL = (
    "PERSON", "DATE_REAL_YEAR", "ORGANIZATION", "PHONE", "FAX", "PERSON", "PAGER", "EMAIL", "URL",
    "LOCATION", "IP_ADDRESS", "SSN", "ORGANIZATION", "MRN", "ACCOUNT", "PERSON", "HEALTH_PLAN", "LICENSE",
    "DATE_REAL_YEAR", "ZIP", "STREET_ADDRESS", "AGE_OVER_89", "LOCATION", "DEVICE_ID", "VEHICLE_ID",
    "ACCOUNT", "PERSON", "MRN", "ORGANIZATION", "PHONE", "DATE_REAL_YEAR",
)


def _frac(x: float) -> float:
    return x - math.floor(x)


_A_KIND, _A_PLANT, _A_NSPAN, _A_CAT = math.sqrt(2) - 1, (math.sqrt(5) - 1) / 2, math.sqrt(3) - 1, math.sqrt(7) - 2

# --------------------------------------------------------------------------------------------------
# Look-alike generators and the note context
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.la: list[str] = []

    def pick(self, seq):
        return self.rng.choice(seq)

    def keep(self, s: str) -> str:
        self.la.append(s)
        return s

    def sdate(self) -> str:
        r = self.rng
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        return self.keep((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}")[r.randrange(3)])

    def stime(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"

    def lot(self) -> str:
        return self.keep(f"{self.rng.choice(('', 'L', 'K'))}{_digits(self.rng, 2)}{_upper(self.rng, 2)}{_digits(self.rng, 3)}")

    def ndc(self) -> str:
        r = self.rng
        return self.keep(f"{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}")

    def ref(self) -> str:
        return self.keep(f"{_upper(self.rng, 2)}{_digits(self.rng, 4)}-{_digits(self.rng, 2)}")

    def expiry(self) -> str:
        r = self.rng
        y, m = r.randint(2025, 2029), r.randint(1, 12)
        return self.keep((f"{y}-{m:02d}-{r.randint(1, 28):02d}", f"{m:02d}/{r.randint(1, 28):02d}/{y}",
                          f"{y}-{m:02d}")[r.randrange(3)])

    def year(self) -> str:
        return self.keep(str(self.rng.randint(1979, 2022)))

    def age(self) -> str:
        return self.keep(str(self.rng.randint(19, 88)))

    def version(self) -> str:
        r = self.rng
        return self.keep(f"{r.randint(2, 12)}.{r.randint(0, 9)}.{r.randint(0, 40)}")

    def state(self) -> str:
        return self.keep(self.pick(_STATES))

    def country(self) -> str:
        return self.keep(self.pick(_COUNTRIES))

    def hotline(self) -> str:
        return self.keep(self.pick(_HOTLINES))

    def site(self) -> str:
        return self.keep(self.pick(_PUBLIC_SITES))

    def dept(self) -> str:
        return self.keep(self.pick(_DEPARTMENTS))

    def brand(self, *choices: str) -> str:
        return self.keep(self.pick(choices))

    def some(self, seq, k: int) -> list[str]:
        return self.rng.sample(list(seq), min(k, len(seq)))


def _vitals(c: _Ctx) -> str:
    r = c.rng
    return (f"T {r.randint(970, 1012) / 10} HR {r.randint(54, 118)} BP {r.randint(96, 168)}/{r.randint(54, 98)} "
            f"RR {r.randint(12, 24)} SpO2 {r.randint(91, 100)}% RA")


def _labs(c: _Ctx) -> str:
    r = c.rng
    return (f"___ 06:10AM BLOOD WBC-{r.randint(40, 140) / 10} Hgb-{r.randint(90, 160) / 10} Plt-{r.randint(140, 420)}\n"
            f"___ 06:10AM BLOOD Glucose-{r.randint(60, 240)} UreaN-{r.randint(6, 40)} Creat-{r.randint(5, 19) / 10} "
            f"Na-{r.randint(128, 146)} K-{r.randint(30, 55) / 10} Phos-{r.randint(15, 50) / 10} Mg-{r.randint(12, 26) / 10}")


def _med_list(c: _Ctx) -> str:
    r = c.rng
    pool = [
        f"1. Buprenorphine-naloxone (Suboxone) {r.choice(('8 mg-2 mg', '4 mg-1 mg'))} SL daily",
        f"2. Levetiracetam (Keppra) {r.choice((500, 750, 1000))} mg PO BID",
        f"3. Olanzapine (Zyprexa) {r.choice((5, 10, 15))} mg PO QHS",
        f"4. Insulin glargine (Lantus) {r.randint(8, 40)} units SC QHS",
        "5. Thiamine 100 mg PO daily",
        f"6. Apixaban (Eliquis) {r.choice(('2.5', '5'))} mg PO BID",
        "7. Bictegravir/emtricitabine/tenofovir alafenamide (Biktarvy) 1 tab PO daily",
        "8. Sofosbuvir/velpatasvir (Epclusa) 1 tab PO daily, week ___ of 12",
        f"9. Furosemide (Lasix) {r.choice((20, 40))} mg PO daily",
        "10. Naloxone (Narcan) 4 mg nasal spray, kit given at release",
        f"11. Divalproex (Depakote) {r.choice((250, 500))} mg PO BID",
        "12. Acetaminophen (Tylenol) 650 mg PO q6h PRN",
        "13. Rifapentine (Priftin) 900 mg + isoniazid 900 mg PO weekly (3HP), dose ___ of 12",
        "14. Ondansetron (Zofran) 4 mg PO q8h PRN nausea",
        "15. Trimethoprim-sulfamethoxazole (Bactrim) DS 1 tab PO BID x 7 days",
    ]
    chosen = sorted(c.some(range(len(pool)), r.randint(4, 7)))
    return "\n".join(pool[k] for k in chosen)


def _mimic_header(c: _Ctx, service: str) -> str:
    return (f"Name:  ___                 Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {c.pick('MMMF')}\n\nService: {service}\n\n"
            f"Allergies:\n{c.pick(('No Known Allergies / Adverse Drug Reactions', 'penicillin', 'sulfa (hives)', 'haloperidol (dystonia)'))}\n\n"
            f"Attending: ___.")


def _custody_status(c: _Ctx) -> str:
    return (f"CUSTODY STATUS: In custody - {c.pick(('county jail, pretrial', 'state prison, sentenced', 'civil immigration detention', 'federal holdover'))}. "
            f"Officer present at bedside 24/7. Restraints per facility policy: {c.pick(('one ankle cuff to bed frame', 'leg irons removed for exam', 'none while in ICU per hospital policy'))}. "
            "Do not disclose room number or expected discharge time to callers. Booking #: ___")


# --------------------------------------------------------------------------------------------------
# Builders: each returns blocks (text, optional)
# --------------------------------------------------------------------------------------------------

Blocks = list[tuple[str, bool]]


def _b_infirmary_transfer(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        (f"JAIL INFIRMARY TRANSFER SUMMARY\nSending site: ___ infirmary    Receiving: ___ ED\nDate/time of transfer: {c.sdate()} {c.stime()}", False),
        (f"Reason for transfer: {c.pick(('altered mental status, suspected Wernicke encephalopathy', 'syncope in housing unit with head strike', 'GI bleed - coffee-ground emesis, possible Mallory-Weiss tear', 'new seizure with Todd paralysis of right arm', 'opioid overdose, Narcan x2 given by officers'))}. "
         f"Patient is a ___ year old {c.pick(('man', 'woman'))} held {c.pick(('pretrial', 'on a sentence', 'on a detainer'))} since {c.year()}.", False),
        (f"Infirmary course:\nAdmitted to infirmary bed ___ on {c.sdate()}. Withdrawal monitoring with CIWA-Ar (peak {r.randint(8, 26)}) and COWS (peak {r.randint(5, 22)}). "
         f"Glucose by Accu-Chek {r.randint(60, 320)} mg/dL. Last vitals: {_vitals(c)}. GCS (Glasgow Coma Scale) {r.randint(9, 15)} at departure.", False),
        (f"Medications given at infirmary:\n{_med_list(c)}", False),
        (f"Naloxone lot {c.lot()} exp {c.expiry()}, NDC {c.ndc()}.", True),
        (f"Security notes: {c.pick(('escape risk - two officers required', 'keep separate from co-defendant', 'suicide watch - no sharps, no cords', 'low risk - one officer'))}. Custody level ___. "
         f"Officer names and booking number intentionally withheld per facility policy; contact the ___ for verification.", False),
        (f"Pending: TB screen (QuantiFERON-TB Gold drawn {c.sdate()}), hepatitis C RNA, HIV Ag/Ab. {c.dept()} to be notified of admission.", True),
        (f"Infirmary exam: airway Mallampati {c.pick(('II', 'III'))}; officers describe {c.pick(('Cheyne-Stokes breathing overnight', 'snoring respirations', 'a witnessed tonic-clonic seizure'))}. "
         f"Wells score {c.rng.randint(0, 4)} for PE. Point-of-care i-STAT: lactate {c.rng.randint(9, 61) / 10}, K {c.rng.randint(30, 58) / 10}.", False),
        ("Infirmary RN: ___   Infirmary provider: ___, ___\nReport called to ED charge nurse ___ at ___.", False),
    ]


def _b_custody_discharge(c: _Ctx) -> Blocks:
    dx = c.pick(("community-acquired pneumonia", "diabetic ketoacidosis", "cellulitis of the left forearm (injection-related)",
                 "rhabdomyolysis after prolonged down time", "alcohol withdrawal with seizure", "hepatic encephalopathy"))
    return [
        (_mimic_header(c, c.pick(("MEDICINE", "SURGERY", "NEUROLOGY", "PSYCHIATRY"))), False),
        (f"Chief Complaint:\n{dx}\n\nMajor Surgical or Invasive Procedure:\n{c.pick(('none', 'PICC placement', 'incision and drainage', 'EGD'))}", False),
        (_custody_status(c), False),
        (f"History of Present Illness:\n___ year old {c.pick(('man', 'woman'))} incarcerated at ___ who presents with {dx}. "
         f"Per infirmary records he had been declining meals for ___ days. Initial {_vitals(c)}. "
         f"Kussmaul respirations noted{c.pick(('', ' on arrival'))}. Negative Babinski bilaterally, Romberg not tested.", False),
        (f"Past Medical History:\n- Hepatitis C (treated with Mavyret in {c.year()})\n- Opioid use disorder on Suboxone\n- Seizure disorder\n- Latent TB, Mantoux positive at intake",
         True),
        (f"Social History:\n___. Incarcerated since {c.year()}. Former smoker. Last use of fentanyl ___ days before booking.", False),
        (f"Physical Exam:\n{_vitals(c)}\nAirway Mallampati {c.pick(('I', 'II', 'III'))}. Forearm laceration closed with {c.pick(('Dermabond', 'Steri-Strips', 'sutures'))}. "
         f"Foley {c.pick(('placed on admission, removed HD2', 'not placed'))}. Humalog sliding scale while NPO.", False),
        (f"Pertinent Results:\n{_labs(c)}", False),
        (f"Brief Hospital Course:\n#{dx.split(' (')[0]}: treated per protocol, improved. "
         f"#Custody: officer present throughout; restraints removed for PT. Social Work met with pt re: release planning. "
         f"Case Management coordinated return to facility infirmary.", False),
        (f"Medications on Admission:\n{_med_list(c)}\n\nDischarge Medications:\n{_med_list(c)}", False),
        ("Discharge Disposition:\nExtended Care\n\nFacility:\n___ infirmary\n\nDischarge Diagnosis:\n" + dx, False),
        ("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
         "Activity Status: Ambulatory - Independent.", True),
        (f"Discharge Instructions:\nYou were admitted for {dx}. Please take your medicines as prescribed by the facility. "
         f"If you have thoughts of harming yourself call or text {c.hotline()}.\n\nFollowup Instructions:\n___", False),
    ]


def _b_guard_log(c: _Ctx) -> Blocks:
    r = c.rng
    rows = []
    times = sorted(c.stime() for _ in range(12))
    for t in times[:r.randint(6, 11)]:
        rows.append(f"{t} | ___ | {c.pick(('pt sleeping, restraints checked', 'meal tray delivered, pt ate 50%', 'pt to bathroom, cuff removed/replaced', 'RN meds given, officer present', 'shift change - keys and radio handed over', 'pt on phone with attorney ___ (10 min)', 'visitor denied per facility policy'))}")
    return [
        (f"CUSTODY / SECURITY LOG (scanned into chart by {c.dept()})\nHospital room: ___   Post: 1:1   Date: {c.sdate()}", False),
        ("Pasted from facility form SEC-14 (rev. ___):\n"
         "TIME  | OFFICER | ENTRY\n------+---------+------------------------------------------\n" + "\n".join(rows), False),
        (f"Restraint check summary: ankle cuff to bed frame, skin intact, cap refill <2 s x {r.randint(4, 12)} checks. "
         f"Posey mitts not used. No use of force this shift.", False),
        (f"Bedside equipment: Yankauer suction, Ambu bag, {c.pick(('Bair Hugger warming blanket', 'spit hood NOT permitted per hospital policy'))}.", True),
        (f"Nursing note appended: Pt {c.pick(('calm', 'anxious', 'tearful', 'cooperative'))}, ambulated with officer escort. Pain {r.randint(0, 8)}/10. "
         f"Officers reminded not to read or photograph the chart. Charge RN ___ aware.", False),
        (f"Radio channel {r.randint(2, 9)} used for hospital post. Supervisor rounds at {c.stime()} and {c.stime()}.", True),
        ("Log reviewed by: ___ (sergeant)   Next review: ___", False),
    ]


def _b_transport(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        (f"SHERIFF'S OFFICE - INMATE MEDICAL TRANSPORT ORDER\nTransport type: {c.pick(('emergency (lights)', 'scheduled outpatient', 'return from hospital', 'inter-facility transfer'))}\n"
         f"Date: {c.sdate()}   Depart: {c.stime()}   Arrive: {c.stime()}", False),
        ("Inmate: ___   Booking #: ___   DOB: ___   Classification: ___\nDestination: ___ Emergency Department", False),
        (f"Restraints applied: handcuffs front, belly chain, leg irons. Black box {c.pick(('used', 'not used - medical exemption'))}. "
         f"Weapons secured in vehicle lockbox before entering facility.", False),
        (f"Medical needs for transport: {c.pick(('wheelchair', 'oxygen 2 L NC', 'insulin pump (Omnipod 5) - keep with patient', 'seizure precautions', 'CPAP (AirSense 10) sent with patient'))}. "
         f"Meds sent: {c.pick(('Keppra 500 mg x2 doses', 'none', 'Lantus pen', 'Suboxone film x1 (sealed)'))}.", False),
        (f"| Item | Value |\n|------|-------|\n| Escorting officers | ___ / ___ |\n| Vehicle | unit ___ |\n| Mileage out/in | {r.randint(10000, 99999)} / ___ |\n| Radio check | {c.stime()} |", False),
        (f"Hand-off to hospital security at {c.stime()}; {c.dept()} notified. Tow-strap and AED (Lifepak 15) checked before departure.", True),
        ("Receiving signature: ___   Transporting deputy signature: ___\nWHITE - facility   YELLOW - hospital   PINK - transport", False),
    ]


def _b_parole_letter(c: _Ctx) -> Blocks:
    r = c.rng
    dx = c.pick(("metastatic non-small cell lung cancer", "end-stage liver disease from hepatitis C", "ALS with progressive respiratory failure",
                 "advanced dementia (MoCA 9/30)", "end-stage heart failure (EF 15%)"))
    return [
        (f"RE: Request for Medical Parole / Compassionate Release\nPatient: ___   Inmate #: ___\nDate: {c.sdate()}", False),
        ("To the Parole Board:", False),
        (f"I am writing in support of medical parole for my patient, a ___ year old man with {dx}. "
         f"He has been incarcerated since {c.year()} and has been under my care at ___ since {c.sdate()}. "
         f"His condition is terminal; in my opinion his life expectancy is {c.pick(('under six months', 'less than twelve months', 'weeks to months'))}.", False),
        (f"Recurrent malignant effusion is drained at the facility infirmary through a PleurX catheter; he has had {r.randint(2, 9)} admissions this year.", True),
        (f"Functional status: he requires assistance with {r.randint(3, 6)} of 6 activities of daily living, cannot transfer without two-person assist, "
         f"and uses a wheelchair. He poses no meaningful risk to public safety in his current state. His PHQ-9 is {r.randint(3, 20)}.", False),
        (f"Plan if released: hospice enrollment; family in {c.state()} has agreed to provide a home. Community pharmacy and hospice agency to be confirmed by ___.", False),
        (f"Supporting documentation attached: CT chest/abdomen ({c.sdate()}), oncology consult, ECOG {r.randint(3, 4)}, palliative care note. "
         f"Information about compassionate release criteria is available at public sites such as {c.site()}.", True),
        ("Please contact me with any questions.\n\nSincerely,\n___, MD\n___ (attending physician)\ncc: ___ (counsel), Health Information Management", False),
    ]


def _b_court_eval(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        (f"COURT-ORDERED EVALUATION - COMPETENCY TO STAND TRIAL\nCase No.: ___   Defendant: ___\nDate of evaluation: {c.sdate()}\nReferral source: ___ (order dated ___)", False),
        (f"Sources of information: interview ({r.randint(2, 4)} sessions, {r.randint(60, 180)} minutes total), jail medical records, police report, "
         f"collateral call with ___. Defendant was advised of the limits of confidentiality and that a report would go to the court.", False),
        (f"Relevant history: ___ year old {c.pick(('man', 'woman'))}, born in {c.country()}, {c.pick(('no prior psychiatric admissions', 'two prior admissions for psychosis', 'history of TBI in ' + c.year()))}. "
         f"Treated in jail with {c.pick(('Haldol decanoate', 'Zyprexa', 'Seroquel', 'Depakote'))}.", False),
        (f"Mental status: {c.pick(('guarded, poor eye contact', 'cooperative, pressured speech', 'disorganized, responding to internal stimuli'))}; "
         f"MoCA {r.randint(14, 29)}/30. No Korsakoff-type confabulation. Understood charges: {c.pick(('partially', 'yes', 'no'))}. "
         f"Could describe roles of judge, prosecutor and defense counsel: {c.pick(('yes', 'partially', 'no'))}.", False),
        (f"Testing: ECST-R and a structured malingering screen; scores within the {c.pick(('genuine', 'indeterminate'))} range. PHQ-9 {r.randint(2, 24)}.", True),
        (f"Opinion: within reasonable medical certainty the defendant is {c.pick(('competent', 'not presently competent', 'not competent but restorable'))} to proceed. "
         f"Recommend {c.pick(('restoration at a forensic hospital', 'continued treatment in jail', 'no further evaluation'))}.", False),
        ("Respectfully submitted,\n___, MD, Forensic Psychiatry Service\nReport distributed to the court, counsel for both parties.", False),
    ]


def _b_hunger_strike(c: _Ctx) -> Blocks:
    r = c.rng
    day = r.randint(4, 38)
    wt = r.randint(52, 96)
    rows = "\n".join(f"Day {day - k:>2}   {wt + k * r.choice((0.4, 0.5, 0.7)):5.1f} kg   ketones {c.pick(('neg', 'trace', '1+', '2+', '3+'))}   fluids {r.randint(800, 2400)} mL"
                     for k in range(r.randint(3, 6)))
    return [
        (f"HUNGER STRIKE MONITORING NOTE\nDate: {c.sdate()}   Day of food refusal: {day}   Setting: ___ (detention medical unit)", False),
        (f"Subjective: patient states he is refusing food to protest {c.pick(('his continued detention', 'transfer away from family', 'conditions in the housing unit', 'denial of a court hearing'))}. "
         f"Accepting water and {c.pick(('electrolyte drink (Pedialyte)', 'sugar in tea', 'no supplements'))}. Declines Ensure Plus.", False),
        (f"Weights:\n{rows}", False),
        (f"Objective: {_vitals(c)}. BMI {r.randint(150, 240) / 10}. Orthostatic: {c.pick(('positive', 'negative'))}. Chvostek and Trousseau signs negative.", False),
        (f"Labs today:\n{_labs(c)}", False),
        (f"Assessment/Plan: voluntary total fasting day {day}. Capacity assessed and present; informed refusal documented, interpreter used. "
         f"Thiamine 100 mg offered (declined). Refeeding risk {c.pick(('high', 'moderate'))} - if he resumes intake, start 10 kcal/kg/day and check phosphate daily. "
         f"No force-feeding; ethics and {c.dept()} informed. Dobhoff placement only with consent.", False),
        (f"Physician: ___   Interpreter: ___ (ID ___)   Next weight: {c.sdate()} 08:00", False),
    ]


def _b_restraint(c: _Ctx) -> Blocks:
    r = c.rng
    checks = "\n".join(f"{c.stime()}  | circ/skin {c.pick(('WNL', 'WNL', 'mild erythema L wrist'))} | ROM {c.pick(('done', 'done', 'refused'))} | fluids offered {c.pick(('Y', 'Y', 'N'))} | behavior {c.pick(('yelling', 'calm', 'spitting', 'sleeping', 'agitated'))}"
                       for _ in range(r.randint(5, 9)))
    return [
        (f"RESTRAINT / SECLUSION MONITORING\nDate: {c.sdate()}   Type: {c.pick(('4-point soft', '4-point leather', '2-point + Posey vest', 'restraint chair (custody) -> hospital soft restraints'))}   Initiated: {c.stime()}", False),
        (f"Reason: imminent risk of harm to self/others after {c.pick(('head-banging in holding cell', 'assault on officer in ED', 'attempted elopement in cuffs', 'self-injury with a broken tray'))}. "
         f"Less restrictive measures tried: verbal de-escalation, Haldol 5 mg + Ativan 2 mg IM at {c.stime()}.", False),
        ("Face-to-face evaluation within 1 hour by: ___\nOrder renewed: ___   Family/guardian notified: ___", False),
        ("q15 minute checks:\nTIME   | CIRC/SKIN | ROM | FLUIDS | BEHAVIOR\n" + checks, False),
        (f"Note: custody handcuffs are NOT a medical restraint and were removed by officers at {c.stime()}; hospital restraints applied. "
         f"TASER X26P probes removed before arrival per officer; wound sites cleaned, Tegaderm applied.", True),
        ("Safety equipment at bedside: Yankauer suction and Ambu bag. Bair Hugger used for hypothermia after prolonged prone hold.", False),
        (f"Release criteria met at {c.stime()}: calm, follows commands x15 min. Total duration {r.randint(1, 6)} h {r.randint(0, 59)} min. Debrief completed with pt.", False),
        ("RN: ___   MD: ___   Security Department rep: ___", False),
    ]


def _b_roi(c: _Ctx) -> Blocks:
    return [
        (f"AUTHORIZATION / REQUEST FOR RELEASE OF INFORMATION\nReceived by Health Information Management {c.sdate()}\nRequesting party: ___ (correctional medical unit)", False),
        ("Patient name: ___   DOB: ___   Inmate/Booking #: ___\nDates of service requested: ___ through ___", False),
        (f"Information requested:\n[x] Discharge summary   [x] Radiology reports   [ ] Psychotherapy notes\n[{c.pick(' x')}] HIV test results   [{c.pick(' x')}] Substance use treatment records (42 CFR Part 2 consent required)\n"
         f"Purpose: {c.pick(('continuity of care', 'legal proceedings', 'parole hearing', 'classification review'))}", False),
        ("The patient's signature was obtained on the facility form; a copy of the photo ID is attached. "
         "This authorization expires one year from signature unless revoked in writing.", False),
        (f"Processing note: request logged by Medical Records. Part 2 records withheld pending specific consent. "
         f"Copies of {c.pick(('14', '22', '37', '8'))} pages released via secure fax on {c.sdate()}.", False),
        (f"If you have questions about your rights, see {c.site()}.", True),
        ("Released by: ___ (ROI specialist)   Verified by: ___", False),
    ]


def _b_reentry(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        (f"RE-ENTRY CARE COORDINATION / COMMUNITY CLINIC REFERRAL\nDate: {c.sdate()}   Expected release: ___   Referring: ___ (facility health services)", False),
        (f"Reason for referral: ___ year old {c.pick(('man', 'woman'))} leaving custody after {r.randint(1, 22)} years with "
         f"{c.pick(('HIV on Biktarvy (VL undetectable)', 'hepatitis C mid-treatment on Epclusa', 'opioid use disorder on Sublocade', 'insulin-dependent diabetes (Dexcom G7)', 'COPD and latent TB on Priftin 3HP'))}.", False),
        (f"Bridging supply: {r.choice((14, 30))}-day supply of medications given at release, naloxone kit provided. "
         f"Overdose risk counselled: risk is highest in the first two weeks after release. Vivitrol offered as an alternative.", False),
        (f"Benefits: Medicaid application submitted pre-release; Social Security card replacement started ({c.site()}).", False),
        (f"Needs: {c.pick(('stable housing', 'transportation to appointments', 'phone', 'ID documents'))}, primary care, behavioral health, "
         f"{c.pick(('dental', 'eyeglasses', 'podiatry'))}. Plans to return to {c.state()}.", False),
        (f"Appointments: PCP ___ at ___; behavioral health intake ___; lab draw (CD4/VL or HCV RNA) ___. Treatment locator: {c.site()}.", True),
        ("Re-entry coordinator: ___   Community health worker: ___\nPatient consented to sharing this referral (signed ___).", False),
    ]


def _b_detention_intake(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        (f"DETENTION HEALTH SERVICES - INTAKE / TRANSFER SUMMARY\nArrival: {c.sdate()} {c.stime()}   A-number: ___   Language: {c.pick(('Spanish', 'Haitian Creole', 'Tigrinya', 'French', 'Mam', 'Portuguese'))} (interpreter ___)", False),
        (f"History: ___ year old {c.pick(('man', 'woman'))} from {c.country()}, transited through {c.country()} over ___ weeks. "
         f"Reports {c.pick(('cough for 3 weeks', 'foot blisters and dehydration', 'prior gunshot wound to the leg', 'pregnancy, ___ weeks by dates', 'no complaints'))}.", False),
        (f"Screening: TB symptom screen {c.pick(('positive - CXR ordered', 'negative'))}; QuantiFERON-TB Gold {c.pick(('pending', 'positive', 'negative'))}. "
         f"BinaxNOW COVID {c.pick(('negative', 'negative', 'positive'))}. Varicella and measles immunity unknown. PHQ-9 {r.randint(0, 22)}; PTSD screen positive.", False),
        (f"Vitals: {_vitals(c)}. Weight {r.randint(45, 98)} kg. Exam notable for {c.pick(('sunburn and dry mucosa', 'healed scars on both forearms', 'nothing acute', 'Lisfranc-area tenderness after a fall from a wall'))}.", False),
        (f"Medications: {_med_list(c)}", True),
        (f"Transfer reason: {c.pick(('ED evaluation of hemoptysis', 'chest film showing a cavitary lesion', 'suicidal ideation', 'syncope'))}. Transfer paperwork and medication list sent with escort; "
         "airborne isolation requested on arrival if TB suspected.", False),
        ("Clinician: ___   Reviewed by health services administrator ___", False),
    ]


def _rad_tail(c: _Ctx) -> tuple[str, bool]:
    r = c.rng
    return (f"DOSE REPORT: CTDIvol {r.randint(10, 60)}.{r.randint(0, 9)} mGy, DLP {r.randint(200, 1400)} mGy-cm. "
            f"Scanner software version {c.version()}; PACS build {c.version()}.", True)


def _rad_custody_line(c: _Ctx) -> str:
    return (f"Patient in custody, accompanied by {c.pick(('one officer', 'two officers', 'a deputy'))}; "
            f"{c.pick(('handcuffs', 'leg irons', 'ankle shackle', 'belly chain'))} {c.pick(('left on', 'removed for the study', 'in the field of view'))}.")


def _b_ct_head(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        ("EXAMINATION:  CT HEAD W/O CONTRAST", False),
        (f"INDICATION:  ___ year old {c.pick(('man', 'woman'))} in custody, {c.pick(('found down in cell', 'struck during altercation in housing unit', 'fell from top bunk', 'head-butted cell door'))}, "
         f"GCS {r.randint(10, 15)}, on {c.pick(('Eliquis', 'no anticoagulation', 'Keppra'))}. // eval for bleed", False),
        (f"TECHNIQUE:  Contiguous axial images of the brain without contrast. Coronal and sagittal reformats. {_rad_custody_line(c)}", False),
        (f"COMPARISON:  {c.pick(('None.', 'CT head ' + c.sdate() + '.', 'Outside CT from ___, not available.'))}", False),
        (f"FINDINGS:\nThere is {c.pick(('no', 'a small'))} acute intracranial hemorrhage. {c.pick(('No', 'Mild'))} mass effect; no midline shift. "
         f"Gray-white differentiation preserved. Ventricles and sulci are {c.pick(('normal', 'prominent, age-appropriate for a ' + c.age() + '-year-old'))}. "
         f"{c.pick(('Left frontal scalp hematoma', 'Right parieto-occipital subgaleal hematoma', 'Mastoid ecchymosis without underlying fracture (clinical Battle sign)'))}. "
         f"No calvarial fracture. Paranasal sinuses clear. Metallic streak artifact from restraint hardware limits the posterior fossa.", False),
        (f"Mean attenuation of the collection {r.randint(40, 75)} Hounsfield units, consistent with acute blood.", True),
        (f"IMPRESSION:\n1. {c.pick(('No acute intracranial process.', 'Small acute left subdural hematoma, 4 mm, without shift.', 'Scalp hematoma without fracture.'))}\n"
         f"2. {c.pick(('No fracture.', 'Chronic small-vessel change.', 'Old right occipital infarct.'))}", False),
        _rad_tail(c),
        ("NOTIFICATION:  Findings discussed with ___, MD by ___, MD on the telephone on ___ at ___, 2 minutes after discovery.", False),
    ]


def _b_chest_tb(c: _Ctx) -> Blocks:
    return [
        ("EXAMINATION:  CHEST (PA AND LAT)", False),
        (f"INDICATION:  Intake screening, {c.pick(('county jail', 'state reception center', 'immigration detention'))}. "
         f"{c.pick(('Positive QuantiFERON-TB Gold', 'Mantoux 15 mm', 'Cough for 3 weeks and night sweats', 'Prior TB in ' + c.year() + ', incompletely treated'))}. "
         f"Born in {c.country()}. // active TB?", False),
        ("TECHNIQUE:  PA and lateral views of the chest.", False),
        (f"COMPARISON:  {c.pick(('None available.', 'Chest radiograph from ' + c.sdate() + '.', 'Outside film from the reception center, report only.'))}", False),
        (f"FINDINGS:\n{c.pick(('Calcified Ghon focus in the right mid lung with a calcified right hilar node (Ranke complex).', 'Right upper lobe nodular opacities with a 2.1 cm thick-walled cavity.', 'Apical pleural thickening bilaterally, likely old granulomatous disease.', 'No focal consolidation.'))} "
         f"{c.pick(('No pleural effusion.', 'Small left effusion.'))} No pneumothorax. Heart size normal. Mediastinal contours unremarkable. "
         f"{c.pick(('No Kerley B lines.', 'No interstitial edema.'))} {c.pick(('Thoracic vertebral bodies preserved; no sign of Pott disease.', 'Mild thoracic spondylosis.'))}", False),
        ("Metallic ankle-monitor and cuff hardware excluded from the field. Button artifact over the left lower chest.", True),
        (f"IMPRESSION:\n{c.pick(('Findings of healed primary tuberculosis. No evidence of active disease.', 'Right upper lobe cavitary lesion, concerning for active tuberculosis. Recommend airborne isolation and sputum AFB x3.', 'No acute cardiopulmonary process.'))}", False),
        (f"Per protocol, results are shared with {c.dept()} and the facility health unit; see {c.site()} for screening guidance.", True),
        ("Report electronically signed by ___ on ___ at ___.", False),
    ]


def _b_body_packing(c: _Ctx) -> Blocks:
    r = c.rng
    return [
        ("EXAMINATION:  CT ABDOMEN AND PELVIS WITHOUT CONTRAST", False),
        (f"INDICATION:  ___ year old {c.pick(('man', 'woman'))} brought from booking, officers report suspected ingestion of {c.pick(('wrapped packets', 'a balloon', 'contraband'))} "
         f"{c.pick(('prior to arrest', 'during a visit', 'after a cell search'))}. Abdominal pain. // foreign bodies? obstruction?", False),
        (f"TECHNIQUE:  Helical CT of the abdomen and pelvis without oral or IV contrast. {_rad_custody_line(c)}", False),
        ("COMPARISON:  None.", False),
        (f"FINDINGS:\n{c.pick(('Multiple', 'Three', 'Two', 'Numerous'))} well-circumscribed ovoid {c.pick(('hyperdense', 'mixed-density'))} foreign bodies in the "
         f"{c.pick(('ascending colon', 'rectosigmoid', 'stomach', 'distal ileum'))}, the largest {r.randint(15, 45)} x {r.randint(10, 25)} mm, "
         f"density {r.randint(-300, 400)} Hounsfield units, with a thin surrounding gas rim ('double condom' sign). "
         f"{c.pick(('No free air (Rigler sign absent).', 'No bowel obstruction.', 'Mild small-bowel dilatation to 3.1 cm without transition point.'))} "
         f"No free fluid in Morison's pouch. Liver, spleen, pancreas, kidneys unremarkable. {c.pick(('Bosniak I cyst in the left kidney.', 'No renal calculi.'))}", False),
        (f"Officers report a Heimlich maneuver was {c.pick(('performed', 'attempted', 'not needed'))} for choking before arrival.", False),
        ("The radiologist does not retain images or counts on behalf of law enforcement; findings are for clinical care only.", True),
        (f"IMPRESSION:\n1. {c.pick(('Intraluminal foreign bodies consistent with ingested packets; no obstruction or perforation.', 'No radiographic evidence of ingested packets.', 'Packets in the rectosigmoid; recommend serial films to passage.'))}\n"
         f"2. {c.pick(('No free air.', 'Incidental hepatic steatosis.', 'Healed left rib fractures.'))}", False),
        _rad_tail(c),
        ("Findings discussed with the ED attending ___ at ___ on ___.", False),
    ]


def _b_hand_xr(c: _Ctx) -> Blocks:
    side = c.pick(("RIGHT", "LEFT"))
    return [
        (f"EXAMINATION:  {side} HAND, THREE VIEWS; {side} WRIST, THREE VIEWS", False),
        (f"INDICATION:  ___ year old in custody with {side.lower()} hand swelling after {c.pick(('use-of-force incident', 'punching a wall', 'altercation with cellmate', 'handcuff injury during transport'))}. "
         "// fracture?", False),
        (f"TECHNIQUE:  PA, oblique and lateral views. Handcuffs {c.pick(('removed for imaging', 'partially overlie the distal radius on the lateral view'))}.", False),
        (f"COMPARISON:  {c.pick(('None.', 'Hand radiograph ' + c.sdate() + '.'))}", False),
        (f"FINDINGS:\n{c.pick(('Acute fracture of the fifth metacarpal neck with 35 degrees of volar angulation (boxer fracture).', 'Intra-articular fracture at the base of the first metacarpal (Bennett-type), mildly displaced.', 'No acute fracture or dislocation.', 'Nondisplaced fracture of the distal radius, extra-articular, without Salter-Harris involvement.'))} "
         f"{c.pick(('Soft-tissue swelling over the ulnar aspect of the hand.', 'Circumferential wrist soft-tissue swelling, correlate for handcuff neuropathy.'))} "
         f"{c.pick(('Carpal alignment preserved.', 'Old healed fourth metacarpal fracture.'))} {c.pick(('No radiopaque foreign body.', 'Two small radiopaque fragments in the dorsal soft tissues, possibly tooth.'))}", False),
        (f"Incidental: {c.pick(('Dupuytren-type flexion of the ring finger, clinical correlation', 'shoulder series same day: anterior dislocation, reduced, with Hill-Sachs deformity', 'splint applied, Kerlix wrap'))}.", False),
        ("Note: fight-bite injuries over the MCP joints warrant irrigation and antibiotics (Bactrim or amoxicillin-clavulanate per ED).", True),
        (f"IMPRESSION:\n{c.pick(('Fifth metacarpal neck fracture.', 'First metacarpal base fracture.', 'No acute osseous abnormality.', 'Distal radius fracture.'))}", False),
        ("Dictated by: ___, MD   Attending review: ___, MD", False),
    ]


def _b_ct_facial(c: _Ctx) -> Blocks:
    return [
        ("EXAMINATION:  CT MAXILLOFACIAL W/O CONTRAST", False),
        (f"INDICATION:  ___ year old detainee assaulted in {c.pick(('the dayroom', 'a holding cell', 'the recreation yard', 'transport van'))}; facial swelling, malocclusion. // fracture", False),
        (f"TECHNIQUE:  Axial MDCT with bone and soft-tissue algorithms, coronal and sagittal reformats. {_rad_custody_line(c)}", False),
        ("COMPARISON:  None.", False),
        (f"FINDINGS:\n{c.pick(('Bilateral pterygoid plate fractures with fracture through the nasal bones, compatible with Le Fort II pattern.', 'Left zygomaticomaxillary complex fracture with depressed zygomatic arch.', 'Comminuted nasal bone fracture with septal deviation.', 'Left orbital floor blowout fracture with herniation of fat, no inferior rectus entrapment.', 'Right mandibular angle fracture and left parasymphyseal fracture.'))} "
         f"{c.pick(('Hemorrhage in the left maxillary sinus.', 'Periorbital soft-tissue swelling.', 'Subcutaneous emphysema along the left cheek.'))} "
         f"Globes intact. {c.pick(('No retrobulbar hematoma.', 'Small right retrobulbar hematoma without proptosis.'))} Dental fracture of tooth #{c.rng.randint(2, 31)}.", False),
        ("Mandibular condyles seated in the glenoid fossae. Visualized brain unremarkable. Cheek laceration closed in the ED with Dermabond and Steri-Strips.", True),
        (f"IMPRESSION:\n1. {c.pick(('Le Fort II fracture.', 'Left ZMC fracture.', 'Nasal bone fractures.', 'Orbital floor fracture.', 'Two-level mandible fracture.'))}\n2. Recommend OMFS consultation.", False),
        _rad_tail(c),
        ("Wet read given to ED at ___. Final report by ___.", False),
    ]


def _b_feeding_tube(c: _Ctx) -> Blocks:
    return [
        ("EXAMINATION:  ABDOMEN (PORTABLE, SINGLE VIEW) FOR TUBE PLACEMENT", False),
        (f"INDICATION:  ___ year old on day {c.rng.randint(20, 60)} of food refusal (hunger strike), consented to {c.pick(('Dobhoff', 'Cortrak-guided', 'small-bore'))} feeding tube. // position?", False),
        (f"TECHNIQUE:  Portable supine AP radiograph of the upper abdomen and lower chest. Electromagnetic guidance {c.pick(('used', 'not used'))}.", False),
        (f"COMPARISON:  {c.pick(('Chest radiograph ' + c.sdate() + '.', 'None.'))}", False),
        (f"FINDINGS:\nThe weighted feeding tube courses below the diaphragm with its tip {c.pick(('in the gastric body', 'in the second portion of the duodenum', 'at the gastroesophageal junction - advance 10 cm', 'coiled in the esophagus - reposition'))}. "
         f"{c.pick(('No pneumothorax.', 'Lungs clear.', 'Mild bibasilar atelectasis.'))} {c.pick(('Nonobstructive bowel gas pattern.', 'Paucity of bowel gas.'))} "
         f"{c.pick(('Salem sump removed.', 'No other lines.', 'Right PICC tip at the cavoatrial junction.'))}", False),
        (f"Tube placed by {c.pick(('bedside technique', 'Cortrak guidance', 'fluoroscopy'))}; no Seldinger access. Patient asked to avoid Valsalva during advancement.", False),
        ("Reminder: confirm position before every restart of feeds; refeeding syndrome risk - monitor phosphate, potassium, magnesium.", True),
        (f"IMPRESSION:\n{c.pick(('Feeding tube tip in the stomach; OK to use.', 'Feeding tube tip in the duodenum; OK to use.', 'Tube tip at the GE junction; advance before use.', 'Tube coiled in the esophagus; reposition.'))}", False),
        ("Communicated to the ordering team, ___, at ___ by ___.", False),
    ]


def _b_cspine(c: _Ctx) -> Blocks:
    return [
        ("EXAMINATION:  CT C-SPINE W/O CONTRAST", False),
        (f"INDICATION:  ___ year old with neck pain after {c.pick(('prone restraint by officers', 'take-down during a cell extraction', 'fall while in a restraint chair', 'being pulled by handcuffs'))}; "
         f"{c.pick(('bilateral hand paresthesias', 'no focal deficit', 'weakness in the left arm'))}. // fracture? cord compromise?", False),
        (f"TECHNIQUE:  Non-contrast helical CT of the cervical spine with sagittal and coronal reformats. {_rad_custody_line(c)}", False),
        (f"COMPARISON:  {c.pick(('None.', 'CT C-spine ' + c.sdate() + '.'))}", False),
        (f"FINDINGS:\n{c.pick(('No acute fracture or malalignment.', 'Nondisplaced fracture of the C6 spinous process (clay-shoveler type).', 'Burst fracture of C1 (Jefferson fracture) with lateral mass offset of 4 mm.', 'Perched facets at C5-6 on the right.'))} "
         f"{c.pick(('Prevertebral soft tissues normal.', 'Prevertebral soft-tissue swelling to 9 mm at C3.'))} "
         f"{c.pick(('Multilevel degenerative disc disease, worst at C5-6.', 'No significant degenerative change.'))} "
         f"Clinical findings of a Brown-Sequard pattern would warrant MRI. No Chance fracture of the upper thoracic spine in the field of view.", False),
        ("Lung apices clear. Thyroid unremarkable.", True),
        (f"IMPRESSION:\n{c.pick(('No acute cervical spine injury.', 'C6 spinous process fracture, stable.', 'C1 burst fracture; recommend MRI and spine consultation.', 'Unilateral perched facet; recommend MRI.'))}", False),
        _rad_tail(c),
        ("Findings were discussed with the trauma team (___) at ___.", False),
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], Blocks]]] = {
    "jail_infirmary_transfer": ("discharge", _b_infirmary_transfer),
    "custody_discharge_summary": ("discharge", _b_custody_discharge),
    "custody_guard_log": ("discharge", _b_guard_log),
    "sheriff_transport_paperwork": ("discharge", _b_transport),
    "medical_parole_letter": ("discharge", _b_parole_letter),
    "court_ordered_evaluation": ("discharge", _b_court_eval),
    "hunger_strike_monitoring": ("discharge", _b_hunger_strike),
    "restraint_monitoring": ("discharge", _b_restraint),
    "facility_roi_request": ("discharge", _b_roi),
    "reentry_referral": ("discharge", _b_reentry),
    "detention_intake_summary": ("discharge", _b_detention_intake),
    "ct_head_custody_trauma": ("radiology", _b_ct_head),
    "chest_xr_tb_screen": ("radiology", _b_chest_tb),
    "ct_abdomen_body_packing": ("radiology", _b_body_packing),
    "hand_xr_use_of_force": ("radiology", _b_hand_xr),
    "ct_maxillofacial_assault": ("radiology", _b_ct_facial),
    "feeding_tube_position_xr": ("radiology", _b_feeding_tube),
    "cspine_after_restraint": ("radiology", _b_cspine),
}
DOCUMENT_KINDS = tuple(_KINDS)

# kind weights: 11 discharge kinds at 5% each (55%), 7 radiology kinds at 45/7% each (45%)
_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _k, (_t, _) in _KINDS.items():
    _acc += 0.05 if _t == "discharge" else 0.45 / 7
    _CUM.append((_acc, _k))


def document_kind(seed: int, i: int) -> str:
    """The document kind of note ``i`` of corpus ``seed`` (a Weyl draw over the kind weights)."""
    x = _frac(i * _A_KIND + seed * 0.2718281828)
    for edge, kind in _CUM:
        if x < edge:
            return kind
    return _CUM[-1][1]


def _is_heavy(i: int) -> bool:
    return i % 20 == 7


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _frac(i * _A_PLANT + seed * 0.3183098862) < 0.611


def _n_spans(seed: int, i: int) -> int:
    x = _frac(i * _A_NSPAN + seed * 0.1414213562)
    return 1 if x < 0.3 else 2 if x < 0.6 else 3 if x < 0.85 else 4


def _categories(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    return [_CAT_WHEEL[int(_frac((i * 4 + j) * _A_CAT + seed * 0.5772156649) * len(_CAT_WHEEL))]
            for j in range(_n_spans(seed, i))]


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

Segment = str | tuple[str, str]


def _plant_segments(c: _Ctx, cat: str) -> tuple[list[Segment], bool]:
    tpl = c.pick(_TEMPLATES[cat])
    prose = tpl.startswith("~")
    if prose:
        tpl = tpl[1:]
    if "{GTIN}" in tpl:
        tpl = (tpl.replace("{GTIN}", c.keep(f"0{_digits(c.rng, 13)}"))
               .replace("{EXPY}", c.keep(f"{c.rng.randint(25, 29)}{c.rng.randint(1, 12):02d}{c.rng.randint(1, 28):02d}"))
               .replace("{LOT}", c.lot()))
    start = tpl.index("{V")
    end = tpl.index("}", start)
    marker = tpl[start + 1:end]
    style = marker.split(":", 1)[1] if ":" in marker else ""
    value = _value(c.rng, cat, style)
    segs: list[Segment] = []
    if tpl[:start]:
        segs.append(tpl[:start])
    segs.append((cat, value))
    if tpl[end + 1:]:
        segs.append(tpl[end + 1:])
    return segs, prose


def _heavy_block(c: _Ctx) -> str:
    lines = ["IDENTIFIERS / CUSTODY DETAILS (masked)",
             "Name: ___   Unit No: ___   DOB: ___   Age: ___",
             "Booking #: ___   Inmate #: ___   A-number: ___   Housing: ___",
             "Facility: ___   Address: ___, ___, ___ ___   Phone: ___   Fax: ___"]
    for _ in range(c.rng.randint(6, 9)):
        lines.append(f"{c.stime()}  Officer ___ (badge ___) with pt; relieved by ___ at ___")
    lines.append("Attorney: ___   Judge: ___   Court: ___   Next hearing: ___")
    lines.append("Emergency contact: ___ (___) ___   Email: ___")
    return "\n".join(lines)


def _render(blocks: list[list[Segment]]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for b, block in enumerate(blocks):
        if b:
            out.append("\n\n")
            pos += 2
        for seg in block:
            if isinstance(seg, tuple):
                spans.append((pos, pos + len(seg[1]), seg[0]))
                seg = seg[1]
            out.append(seg)
            pos += len(seg)
    return "".join(out), spans


def _seg_len(block: list[Segment]) -> int:
    return sum(len(s if isinstance(s, str) else s[1]) for s in block)


_PAD_DISCHARGE = (
    "Addendum: the patient's custody status does not change the standard of care. Officers may remain in the room "
    "but may not participate in or direct clinical decisions. Chart access limited to the treating team.",
    "Nursing: skin intact under restraint sites. Tolerating diet. Voiding. Ambulating with officer escort. "
    "Pain controlled with Tylenol. Fall precautions in place.",
    "Pharmacy note: controlled-substance counts reconciled with the facility medication administration record. "
    "No medication brought from the facility is to be returned to the officers.",
)
_PAD_RADIOLOGY = (
    "ADDITIONAL NOTE: Images were reviewed on a diagnostic workstation. The report has been compared with the "
    "preliminary interpretation; no discrepancy of clinical significance.",
    "PROTOCOL NOTE: Study performed with the patient supine; positioning limited by restraints and cooperation. "
    "Technologist: ___. Contrast: none.",
    "CLINICAL CORRELATION: Imaging findings should be correlated with examination and the mechanism of injury "
    "as reported by the patient and by custody staff.",
)


def _x_mar(c: _Ctx) -> str:
    r = c.rng
    drugs = (("Naloxone (Narcan)", "4 mg IN"), ("Levetiracetam (Keppra)", "500 mg"), ("Insulin lispro (Humalog)", "per scale"),
             ("Buprenorphine ER (Sublocade)", "300 mg SC"), ("Naltrexone ER (Vivitrol)", "380 mg IM"),
             ("Olanzapine (Zyprexa)", "10 mg"), ("Ondansetron (Zofran)", "4 mg"), ("Tdap vaccine", "0.5 mL IM"),
             ("Pneumococcal (Prevnar 20)", "0.5 mL IM"), ("Zoster (Shingrix)", "0.5 mL IM"))
    rows = [f"| {d} | {dose} | {c.ndc()} | {c.lot()} | {c.expiry()} |" for d, dose in c.some(drugs, r.randint(2, 4))]
    return ("MEDICATION ADMINISTRATION RECORD (facility, pasted)\n| Drug | Dose | NDC | Lot | Exp |\n|---|---|---|---|---|\n"
            + "\n".join(rows))


def _x_nursing(c: _Ctx) -> str:
    r = c.rng
    return (f"Nursing shift note {c.sdate()} {c.stime()}: pt {c.pick(('resting', 'ambulating in room', 'on the phone with counsel', 'refusing vitals'))}, "
            f"officer at door. Pain {r.randint(0, 9)}/10, treated with Tylenol 650 mg. Intake {r.randint(200, 1800)} mL, output {r.randint(200, 1600)} mL. "
            f"Fall risk score {r.randint(5, 60)}. Skin under ankle cuff checked, no breakdown. Call light in reach.")


def _x_social(c: _Ctx) -> str:
    return (f"Social Work: met pt with officer stepping out per hospital policy. Pt is a {c.age()}-year-old "
            f"{c.pick(('parent of two', 'veteran', 'former roofer', 'student'))}; family in {c.state()}. "
            f"Discussed expected return to facility, phone access, and the patient's wish to update {c.pick(('a sibling', 'an adult child', 'a pastor', 'a friend'))}. "
            f"No information released without written authorization. Public help lines reviewed ({c.hotline()}).")


def _x_pharm(c: _Ctx) -> str:
    r = c.rng
    return (f"Pharmacy reconciliation: facility formulary reviewed; {c.pick(('Seroquel', 'Ativan', 'Depakote', 'Eliquis'))} "
            f"{c.pick(('not on formulary - therapeutic substitution', 'continued', 'held'))}. "
            f"Controlled-substance return logged. Insulin pen (Lantus) lot {c.lot()}, exp {c.expiry()}. "
            f"Glucometer strips (Accu-Chek) {r.randint(25, 100)} count sent with officers in a sealed bag.")


def _x_addendum(c: _Ctx) -> str:
    return (f"Addendum {c.sdate()}: {c.pick(('facility infirmary called for report', 'patient asked for a copy of his records - directed to Medical Records', 'transport delayed by lockdown at the facility', 'court hearing postponed per officers'))}. "
            f"Utilization Review notified of custody-related delay in discharge (day {c.rng.randint(1, 9)}). "
            f"No change to plan. Prior hospitalization {c.year()} for similar complaint.")


def _x_labs(c: _Ctx) -> str:
    return f"Additional labs:\n{_labs(c)}\nHCV RNA {c.pick(('not detected', 'pending', '1.2 million IU/mL'))}; HIV Ag/Ab {c.pick(('nonreactive', 'pending'))}."


def _x_prior_rad(c: _Ctx) -> str:
    return (f"PRIOR REPORT ({c.sdate()}), reproduced for comparison:\n{c.pick(('No acute cardiopulmonary process.', 'Healed left rib fractures.', 'Nasal bone fracture, age indeterminate.', 'Small right pleural effusion.'))} "
            f"{c.pick(('Unchanged.', 'Interval improvement.', 'Not available for direct image comparison.'))} Referring facility: ___ (outside images not loaded to PACS).")


def _x_contrast(c: _Ctx) -> str:
    return (f"CONTRAST/MEDICATION LOG: {c.pick(('Omnipaque 350', 'Visipaque 320', 'none'))} {c.rng.randint(0, 100)} mL, lot {c.lot()}, exp {c.expiry()}, "
            f"NDC {c.ndc()}. Injector REF {c.ref()}. eGFR {c.rng.randint(45, 120)}.")


def _x_tech(c: _Ctx) -> str:
    return (f"TECHNOLOGIST NOTE: patient {c.pick(('cooperative', 'moving - repeat series obtained', 'restrained by officers during positioning', 'declined lead shielding'))}. "
            f"Officer remained behind the control-room glass. Room cleaned after the study. Workstation software {c.version()}.")


def _x_incidental(c: _Ctx) -> str:
    return (f"INCIDENTAL FINDINGS: {c.pick(('Bosniak II renal cyst - no follow-up needed.', 'Thyroid nodule 8 mm - no follow-up imaging recommended in a patient of this age.', 'Pulmonary nodule 4 mm, low risk - no routine follow-up.', 'Cholelithiasis without cholecystitis.'))} "
            f"Pt reported to be {c.age()} years old at the time of the study. Recommendations communicated to the referring facility health unit.")


def _x_requisition(c: _Ctx) -> str:
    return (f"REQUISITION COMMENTS (from the facility order): {c.pick(('pt in restraints - bring 2 officers', 'STAT per facility physician', 'outpatient, shackles required', 'interpreter needed'))}. "
            f"Ordering provider: ___. Order entered {c.sdate()} {c.stime()}. Priority {c.pick(('STAT', 'routine', 'urgent'))}. "
            f"Prior imaging at outside facility reported, not available.")


def _x_recommend(c: _Ctx) -> str:
    return (f"RECOMMENDATIONS: {c.pick(('clinical follow-up at the facility in 1-2 weeks', 'repeat imaging in 6 weeks if symptoms persist', 'orthopedic/OMFS follow-up arranged through the facility health unit', 'no further imaging needed'))}. "
            f"Because the patient is in custody, the report is routed to the facility health unit rather than to an outside PCP; "
            f"a patient aged {c.age()} without prior films. Age-based guidance from {c.site()} reviewed.")


_EXT_DISCHARGE: tuple[Callable[[_Ctx], str], ...] = (_x_mar, _x_nursing, _x_social, _x_pharm, _x_addendum, _x_labs)
_EXT_RADIOLOGY: tuple[Callable[[_Ctx], str], ...] = (_x_prior_rad, _x_contrast, _x_tech, _x_incidental, _x_requisition, _x_recommend)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout48:{seed}:{i}")
    c = _Ctx(rng)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    raw = builder(c)
    blocks: list[list[Segment]] = [[t] for t, _ in raw]
    optional = [opt for _, opt in raw]
    if heavy:
        blocks.insert(1, [_heavy_block(c)])
        optional.insert(1, False)
    mandatory_idx = [k for k, opt in enumerate(optional) if not opt]
    for cat in _categories(seed, i):
        segs, prose = _plant_segments(c, cat)
        inner = mandatory_idx[1:] if len(mandatory_idx) > 1 else mandatory_idx
        if not prose and rng.random() < 0.5:  # escaped header/footer lines sit near the top or at the sign-off
            inner = [inner[0], inner[-1]]
        host = blocks[rng.choice(inner)]
        last = host[-1] if isinstance(host[-1], str) else host[-1][1]
        host.append(" " if prose and last.rstrip()[-1:] in ".!?)" and not last.endswith("\n") else "\n")
        host.extend(segs)
    pads = _PAD_RADIOLOGY if note_type == "radiology" else _PAD_DISCHARGE

    def total() -> int:
        return sum(_seg_len(b) for b in blocks) + 2 * (len(blocks) - 1)

    target = int(1150 + (4300 - 1150) * rng.random() ** 1.7)
    exts = _EXT_RADIOLOGY if note_type == "radiology" else _EXT_DISCHARGE
    for f in rng.sample(exts, len(exts)):
        if total() >= target:
            break
        ext = f(c)
        if total() + len(ext) + 2 <= 4400:
            blocks.insert(len(blocks) - 1, [ext])
            optional.insert(len(optional) - 1, True)
    k = len(blocks) - 1
    while total() > 4400 and k >= 0:
        if optional[k]:
            del blocks[k]
            del optional[k]
        k -= 1
    pad_order = rng.sample(range(len(pads)), len(pads))
    while total() < 1150:
        blocks.insert(len(blocks) - 1, [pads[pad_order.pop()] if pad_order else "Addendum: ___"])
        optional.insert(len(optional) - 1, False)
    text, spans = _render(blocks)
    candidates = list(dict.fromkeys(c.la + [w for w in _FIXED_LOOKALIKES if w in text]))
    lookalikes = []
    for w in candidates:
        if w not in text:
            continue
        ok, p = True, text.find(w)
        while p >= 0:
            if any(p < e and p + len(w) > s for s, e, _ in spans):
                ok = False
                break
            p = text.find(w, p + 1)
        if ok:
            lookalikes.append(w)
    return LabelledNote(note_type, text, spans), lookalikes, "heavy" if heavy else "normal"


def holdout48_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout48_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout48_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout48_corpus, argv, "Held-out corpus 48 (correctional health): recall/precision of the notes probe")
    holdout_measure.report("holdout48", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
