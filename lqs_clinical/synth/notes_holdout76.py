"""Held-out corpus 76: health IT around an admission — patient identity, records and portal support.

MIMIC-IV-Note-shaped notes written by health-information-management (HIM), identity, interface,
privacy and PACS staff around a hospital stay: most identifiers are masked as ``___``; about 57% of
the notes carry 1–4 identifiers that escaped masking (labelled spans); 5% are "heavy" notes with
many ``___`` and no plants.

Document kinds (note type ``discharge`` unless marked radiology):
    mpi_merge_note             MPI/EMPI duplicate-record merge worksheet
    overlay_investigation      overlay (two patients in one chart) investigation
    portal_identity_proofing   identity proofing for patient-portal enrolment
    portal_support_ticket      portal help-desk ticket / password reset
    proxy_access_request       proxy-access request review
    roi_request_log            release-of-information request and disclosure log
    downtime_recovery_note     EHR downtime back-entry and recovery reconciliation
    interface_error_queue      HL7 ADT/ORU interface error-queue work note
    privacy_audit_review       access-audit review after a privacy complaint
    wrong_patient_order        wrong-patient order correction
    wristband_reprint          barcode wristband reprint / positive-ID event
    pacs_image_reassignment    (radiology) wrong-patient image reassignment
    pacs_study_merge           (radiology) PACS study merge after an MPI merge
    corrected_accession_addendum (radiology) addendum after a corrected accession
    outside_image_import       (radiology) outside-image import from CD / cloud exchange
    downtime_radiology_report  (radiology) report dictated during downtime, reconciled
    wrong_patient_exam_cancel  (radiology) exam ordered on the wrong patient, cancelled and re-ordered

Label policy (as given to every held-out corpus):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900–2030 (a bare year
is not labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89
labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial)
or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone
number (800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or
vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account,
encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's
call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an
employer's group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS,
DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.",
"MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Label choices of this corpus (beyond the policy):
- an MRN, an EMPI/enterprise id, a PACS patient id and a merged/retired record number are MRN;
- a portal username or login is EMAIL only when it is an e-mail address; any other username (the
  patient's name or a handle) is masked ``___``;
- a help-desk, portal-support, ROI or privacy-complaint ticket/case number for the patient's request
  is ACCOUNT; an encounter/visit number (HL7 PV1-19 too), order and accession numbers are ACCOUNT;
- a workstation IP, a modality's IP and the patient's login IP (IPv4 or IPv6) are IP_ADDRESS;
- a workstation name, printer id/queue, interface-engine channel or route, HL7 message control id,
  an OID/assigning authority, a DICOM AE title and an application version are unlabelled look-alikes;
- a staff member's user id is masked ``___``;
- a release-of-information vendor, a law firm requesting records, an outside clinic, imaging centre
  or hospital is ORGANIZATION; the EHR/PACS vendor named as software (Epic, Cerner, MEDITECH, Sectra,
  Visage ...) stays unlabelled;
- a share link or personal page tied to the patient is URL; public bodies' websites are look-alikes;
- a DOB in HL7 form (YYYYMMDD) is DATE_REAL_YEAR; HL7 message timestamps are shifted and unlabelled;
- a scanner serial, a workstation-on-wheels asset tag and an implant's UDI (21) serial are DEVICE_ID;
- a client's plate or VIN in a law firm's records request is VEHICLE_ID.

Written blind: I read only the task brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, ``/work/shared/reference/known-data-issues.md`` (its opening) and the PyHealth
synthetic note-shaped samples (and SOURCES.md) under ``/work/shared/data/``. No detector code,
rule file, other corpus, other test, benchmark or history was read, and the detector was never run.
One slip: early on I listed the repository's top level and counted (without seeing the names) the
entries of ``lqs_clinical/synth/``; nothing there was opened.
"""

# ruff: noqa: E501  (long surrogate-text literals)
from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike vocabulary (never labelled)
# --------------------------------------------------------------------------------------------------

_SOFTWARE = (
    "Epic", "Cerner", "MEDITECH", "Hyperspace", "MyChart", "PowerChart", "Haiku", "Rover", "Imprivata",
    "OneSign", "Citrix", "Rhapsody", "Cloverleaf", "Mirth Connect", "Corepoint", "Zebra ZD621",
    "Honeywell Xenon", "OnBase", "Kofax", "Sectra", "Visage", "PowerScribe", "Nuance", "Vocera", "Spok",
    "Omnicell", "Pyxis", "Alaris",
)
_EPONYMS = (
    "Foley", "Glasgow", "Braden", "Morse", "Whipple", "Parkinson", "Alzheimer", "Hodgkin", "Crohn", "Addison",
    "Cushing", "Graves", "Hashimoto", "Bell's palsy", "Barrett", "Wernicke", "Korsakoff", "Swan-Ganz",
    "Hickman", "Doppler", "Valsalva", "Murphy", "McBurney", "Kerley", "Hampton", "Westermark", "Schatzki",
    "Zenker", "Salter-Harris", "Bankart", "Hill-Sachs", "Baker", "Chiari", "Dandy-Walker", "Romberg",
)
_DRUGS = (
    "Eliquis", "Lasix", "Coumadin", "Xarelto", "Lovenox", "Keppra", "Zosyn", "Tylenol", "Protonix", "Seroquel",
    "Haldol", "Ativan", "Omnipaque", "Visipaque", "Gadavist", "Dotarem", "Medtronic Azure", "PICC",
    "Port-a-Cath", "Norvasc", "Lipitor", "Synthroid",
)
EPONYMS_AND_BRANDS = _SOFTWARE + _EPONYMS + _DRUGS

_PROBLEMS = ("Bell's palsy (remote)", "Korsakoff syndrome", "s/p Whipple procedure")
_STATES = ("New York", "Vermont", "Massachusetts", "Connecticut", "New Jersey", "Pennsylvania", "Florida",
           "Canada", "Puerto Rico", "Ohio")
_TOLL_FREE = ("1-800-368-1019", "(877) 696-6775", "1-866-627-7748", "888-221-4430", "(855) 432-7110",
              "1-844-872-4681", "833-500-2190")
_PUBLIC_SITES = ("www.hhs.gov/ocr", "www.cms.gov", "www.healthit.gov", "www.ny.gov", "www.fda.gov",
                 "www.ssa.gov", "www.health.ny.gov")
_WORKSTATIONS = ("WS-4WEST-07", "HIMROI-PC12", "EDREG-03", "RADRD-CT2", "PACS-QA-01", "ADMIT-LOBBY-2",
                 "WOW-5N-14", "NICU-KIOSK-1", "HIMDI-LT09", "REG-OB-04", "ORPREOP-06", "IRCTRL-02")
_PRINTERS = ("PRN-ED-ZBR02", "PRN-4W-WRIST1", "ZBR_REG_LOBBY", "PRN-L&D-03", "PRN-ADMIT-WB2", "PRNQ-HIM-LASER4",
             "PRN-5N-LBL07")
_CHANNELS = ("ADT_IN_REG", "ORU_OUT_LAB", "RAD_ORM_OUT", "ADT_A40_MERGE", "MDM_IN_TRANSCR", "SIU_IN_SCHED",
             "ORM_IN_PACS", "ADT_OUT_EMPI", "DFT_OUT_BILL", "VXU_OUT_NYSIIS")
_VERSIONS = ("v10.2.4", "build 23.1.7", "version 8.4.2", "v2.5.1 (HL7)", "release 11.0.3", "v4.12",
             "ver 7.9.1", "build 2210.3")
_AE_TITLES = ("CT2_MAIN", "MR1_OPC", "CR_ED_01", "US3_WH", "PACS_ARCH", "MG_BREAST2", "NM_SPECT1")
_OIDS = ("2.16.840.1.113883.3.4418.1", "2.16.840.1.113883.19.5", "1.2.840.10008.5.1.4.1.1.2",
         "2.16.840.1.113883.4.1", "1.3.6.1.4.1.21367.2010.1.2")

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = ("Marisol", "Dmitri", "Yolanda", "Tobias", "Ngozi", "Casimir", "Bettina", "Raymundo", "Ilse",
          "Kwabena", "Philippa", "Anselm", "Rosalind", "Teodoro", "Wilhelmina", "Desmond", "Priyanka",
          "Lucius", "Margery", "Oyelaran", "Henrietta", "Fergus", "Solveig", "Jericho", "Annunziata",
          "Bartholomew", "Celestine", "Eamon", "Ludmila", "Thaddeus", "Zinnia", "Augustin", "Imelda",
          "Reginald", "Sabine", "Cornelius", "Delphine", "Ignatius", "Mildred", "Octavio")
_LAST = ("Okonkwo-Reyes", "Vandermolen", "Szczepanski", "Abernathy", "Quintanilla", "Haverkamp",
         "Mbeki", "Lindqvist", "O'Shaughnessy", "Petrosyan", "Castellano", "Wojcik", "Nakashima",
         "Delacroix", "Ferreira", "Gallagher", "Iovino", "Kowalczyk", "Laframboise", "Montague",
         "Nwachukwu", "Pellegrino", "Rasmussen", "Sandoval", "Tremblay", "Underhill", "Villanueva",
         "Whitcombe", "Yablonski", "Zielinski", "Bergstrom", "Chukwuma", "DiNapoli", "Eriksen",
         "Fairweather", "Grabowski", "Hollingsworth", "Ishikawa", "Jablonski", "Kerrigan")
_MID = "ABCDEFGHJKLMNPRSTW"
_TOWNS = ("Cohoes", "Watervliet", "Rensselaer", "Niskayuna", "Voorheesville", "Delmar", "Ballston Spa",
          "Glenville", "Hoosick Falls", "Castleton-on-Hudson", "Gloversville", "Cobleskill", "Catskill",
          "Mechanicville", "Scotia", "Ravena", "Chatham", "Greenwich", "Cambridge", "Altamont",
          "Johnstown", "Canajoharie", "Coxsackie", "Valatie", "Stillwater", "Schuylerville",
          "Averill Park", "Nassau", "Selkirk", "Clifton Park", "East Greenbush", "Wynantskill")
_STREETS = ("Quail St", "Delaware Ave", "Madison Avenue", "Lark Street", "Second Ave", "Van Rensselaer Blvd",
            "Hoosick Road", "Western Avenue", "Columbia Turnpike", "River Street", "Union St",
            "Sycamore Lane", "Orchard Hill Road", "Mohawk Ave", "Pine Ridge Ct", "Broadway",
            "Washington Ave Ext", "Consaul Rd", "Old Niskayuna Rd", "Brookside Terrace")
_UNITS = ("", "", "", " Apt 3", " Apt 2B", ", Unit 4B", " #12", ", Apt. 5", " Lot 17", " Fl 2")
_EMAIL_DOM = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
              "protonmail.com", "nycap.rr.com", "verizon.net", "live.com")
_LAW = ("Brannigan & Okafor LLP", "Delacroix Whitcombe PLLC", "Feldstein, Marr & Quigley",
        "Hudson Injury Law Group", "Tarkington Lowe LLP", "Rourke & Abernathy, P.C.",
        "Capital District Disability Advocates", "Mancuso Law Offices")
_ROI = ("Veritas Record Services", "ChartSource Retrieval LLC", "MedDisclose Partners", "Keystone ROI Solutions",
        "Albright Health Information Services", "RecordBridge Inc.")
_CLINIC = ("Mohawk Valley Family Medicine", "Helderberg Pediatrics", "Capital Region Orthopaedics",
           "Schoharie Creek Health Center", "Kinderhook Internal Medicine", "Riverbend Cardiology Associates",
           "Taconic Women's Health", "Noble Street Community Clinic", "Clifton Commons Urgent Care",
           "Saratoga Lakeside Medical Center", "St. Brendan's Hospital", "Adirondack Valley Hospital")
_IMAGING = ("Northway Imaging Associates", "Hudson Mohawk Radiology, PC", "Glens Falls Open MRI",
            "Pine Bush Imaging Center", "Stuyvesant Plaza Diagnostic Imaging", "Seton Heights Medical Center",
            "Bennington Regional Hospital", "Columbia Memorial Hospital")
_EMPLOYER = ("Hudson Bearing Works", "Tri-City Paper Mill", "Albany Pine Bush School District",
             "Kessler Family Pharmacy", "Mohawk Transit Authority", "Rotterdam Public Library")

_WEIGHTED = (
    ("MRN", 6), ("ACCOUNT", 6), ("PERSON", 6), ("DATE_REAL_YEAR", 5), ("EMAIL", 4), ("IP_ADDRESS", 4),
    ("ORGANIZATION", 4), ("PHONE", 3), ("FAX", 2), ("STREET_ADDRESS", 2), ("ZIP", 2), ("LOCATION", 2),
    ("HEALTH_PLAN", 2), ("AGE_OVER_89", 2), ("SSN", 2), ("LICENSE", 2), ("DEVICE_ID", 2), ("URL", 1),
    ("PAGER", 1), ("VEHICLE_ID", 1),
)
_CAT_SEQ = tuple(c for c, w in _WEIGHTED for _ in range(w))

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz_digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, n - 1)


def _date_text(rng: random.Random, y: int, style: str = "") -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if style == "hl7":
        return f"{y:04d}{m:02d}{d:02d}"
    fmt = rng.randrange(8)
    if fmt == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if fmt == 1:
        return f"{m}/{d}/{y}"
    if fmt == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if fmt == 4:
        return f"{d} {_MONTHS[m - 1][:3]} {y}"
    if fmt == 5:
        return f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == 6:
        return f"{m}-{d}-{y}"
    return f"{_MONTHS[m - 1][:3]}. {d}, {y}"


def _shifted(rng: random.Random) -> str:
    return _date_text(rng, rng.randint(2100, 2200), "")


def _hl7_ts(rng: random.Random) -> str:
    return f"{rng.randint(2100, 2200)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}" \
           f"{rng.randint(0, 59):02d}"


def _person(rng: random.Random, style: str = "") -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    if style == "hl7":
        return f"{last.upper()}^{f.upper()}^{rng.choice(_MID)}"
    if style == "lastfirst":
        return f"{last.upper()}, {f.upper()}" if rng.random() < 0.5 else f"{last}, {f}"
    if style == "fl":
        return f"{f} {last}"
    r = rng.randrange(5)
    if r == 0:
        return f"{f} {rng.choice(_MID)}. {last}"
    if r == 1:
        return f"{last}, {f}"
    return f"{f} {last}"


def _phone(rng: random.Random) -> str:
    area = rng.choice(("518", "518", "518", "845", "315", "607", "413", "802", "914", "347"))
    ex, ln = str(rng.randint(201, 989)), _digits(rng, 4)
    r = rng.randrange(6)
    if r == 0:
        return f"({area}) {ex}-{ln}"
    if r == 1:
        return f"{area}-{ex}-{ln}"
    if r == 2:
        return f"{area}.{ex}.{ln}"
    if r == 3:
        return f"+1 {area} {ex} {ln}"
    if r == 4:
        return f"{area}{ex}{ln}"
    return f"({area}){ex}-{ln}"


def _value(rng: random.Random, cat: str, style: str = "") -> str:  # noqa: C901 - one switch per category
    if cat == "PERSON":
        return _person(rng, style)
    if cat == "DATE_REAL_YEAR":
        y = rng.randint(1924, 1999) if style in ("dob", "hl7") else rng.randint(2003, 2029)
        if style == "any":
            y = rng.randint(1930, 2028)
        return _date_text(rng, y, "hl7" if style == "hl7" else "")
    if cat == "MRN":
        r = rng.randrange(7) if style != "empi" else 7
        if r == 0:
            return _nz_digits(rng, 7)
        if r == 1:
            return "00" + _digits(rng, 6)
        if r == 2:
            return "M" + _digits(rng, 8)
        if r == 3:
            return f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}"
        if r == 4:
            return _nz_digits(rng, 8)
        if r == 5:
            return "SB" + _digits(rng, 7)
        if r == 6:
            return f"{_nz_digits(rng, 2)}{_digits(rng, 5)}"
        return rng.choice(("E", "EMPI", "EID-", "E0")) + _digits(rng, rng.choice((9, 10)))
    if cat == "ACCOUNT":
        kind = style or rng.choice(("ticket", "roi", "case", "enc", "acc", "ord"))
        if kind == "ticket":
            return rng.choice(("INC", "HD-", "PSR", "RITM", "CS-", "TKT")) + _digits(rng, rng.choice((6, 7)))
        if kind == "roi":
            return rng.choice((f"ROI-{rng.randint(21, 29)}-{_digits(rng, 5)}", f"R{_digits(rng, 7)}",
                               f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"DR{_digits(rng, 6)}"))
        if kind == "case":
            return rng.choice((f"PRV-{_digits(rng, 5)}", f"PC{_digits(rng, 6)}", f"COMP-{_digits(rng, 4)}-{_digits(rng, 2)}",
                               f"GR{_digits(rng, 5)}"))
        if kind == "enc":
            return rng.choice((f"V{_digits(rng, 9)}", _nz_digits(rng, 10), f"FIN{_digits(rng, 8)}",
                               f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"HAR{_digits(rng, 8)}",
                               f"E{_digits(rng, 8)}"))
        if kind == "acc":
            return rng.choice((f"RAD{_digits(rng, 8)}", f"A{_digits(rng, 9)}", f"{_nz_digits(rng, 2)}-{_digits(rng, 6)}",
                               f"CT{_digits(rng, 7)}", f"ACC-{_digits(rng, 7)}", _nz_digits(rng, 9)))
        return rng.choice((f"ORD{_digits(rng, 8)}", f"{_nz_digits(rng, 9)}", f"O-{_digits(rng, 7)}",
                           f"REQ{_digits(rng, 6)}"))
    if cat == "EMAIL":
        f, last = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
        if style == "firm":
            firm = rng.choice(("branniganokafor", "dwpllc", "fmqlaw", "hudsoninjurylaw", "tarkingtonlowe"))
            return f"{rng.choice(('records', 'medrecs', 'intake', f'{f[0]}{last}'))}@{firm}.com"
        r = rng.randrange(6)
        local = (f"{f}.{last}", f"{f[0]}{last}{rng.randint(1, 99)}", f"{last}_{f}", f"{f}{rng.randint(1950, 2009)}",
                 f"{f}.{last[0]}{rng.randint(10, 999)}", f"{last}.family")[r]
        return f"{local}@{rng.choice(_EMAIL_DOM)}"
    if cat == "IP_ADDRESS":
        r = rng.randrange(7) if style != "v4" else rng.randrange(6)
        if r == 0:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r == 1:
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r == 2:
            return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r in (3, 4):
            return f"{rng.choice((24, 67, 69, 71, 73, 98, 108, 174, 184))}.{rng.randint(0, 255)}." \
                   f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r == 5:
            return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"2600:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x100, 0xffff):x}::{rng.randint(1, 0xfff):x}"
    if cat in ("PHONE", "FAX"):
        return _phone(rng)
    if cat == "PAGER":
        return rng.choice((_digits(rng, 5), f"{_digits(rng, 3)}-{_digits(rng, 4)}", f"4-{_digits(rng, 4)}",
                           f"518-{_digits(rng, 3)}-{_digits(rng, 4)}"))
    if cat == "SSN":
        a, g, s = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1001, 9998)
        return rng.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))
    if cat == "HEALTH_PLAN":
        kind = style or rng.choice(("member", "cin", "mbi", "policy"))
        if kind == "cin":
            return f"{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{_digits(rng, 5)}{rng.choice('ABCDEFG')}"
        if kind == "mbi":
            L = "ACDEFGHJKMNPQRTUVWXY"
            return (f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}{rng.randint(0, 9)}-{rng.choice(L)}"
                    f"{rng.choice(L)}{rng.randint(0, 9)}-{rng.choice(L)}{rng.choice(L)}{rng.randint(10, 99)}")
        if kind == "policy":
            return rng.choice((f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 2)}", f"P{_digits(rng, 10)}"))
        return rng.choice((f"{rng.choice(('XJH', 'YLM', 'ZGP', 'MVP', 'QCA'))}{_digits(rng, 9)}",
                           f"W{_digits(rng, 8)}", f"{_nz_digits(rng, 9)}01", f"H{_digits(rng, 7)}-02"))
    if cat == "LICENSE":
        kind = style or rng.choice(("dl", "npi", "dea", "lic"))
        if kind == "dl":
            d = _digits(rng, 9)
            return rng.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}"))
        if kind == "npi":
            return rng.choice(("1", "1", "2")) + _digits(rng, 9)
        if kind == "dea":
            return f"{rng.choice('ABFM')}{rng.choice('BDGKMRSTW')}{_digits(rng, 7)}"
        return rng.choice((f"{_nz_digits(rng, 6)}", f"{rng.randint(200, 329)}{_digits(rng, 3)}-1"))
    if cat == "ZIP":
        z = f"{rng.randint(10001, 14925)}"
        return z if rng.random() < 0.75 else f"{z}-{_digits(rng, 4)}"
    if cat == "STREET_ADDRESS":
        return f"{rng.randint(3, 2890)} {rng.choice(_STREETS)}{rng.choice(_UNITS)}"
    if cat == "LOCATION":
        return rng.choice(_TOWNS)
    if cat == "ORGANIZATION":
        pool = {"law": _LAW, "roi": _ROI, "clinic": _CLINIC, "imaging": _IMAGING, "emp": _EMPLOYER}.get(style)
        return rng.choice(pool or (_LAW + _ROI + _CLINIC + _IMAGING + _EMPLOYER))
    if cat == "AGE_OVER_89":
        return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))
    if cat == "DEVICE_ID":
        kind = style or rng.choice(("sn", "asset"))
        if kind == "asset":
            return rng.choice((f"BMC-{_digits(rng, 6)}", f"{_digits(rng, 6)}", f"AT{_digits(rng, 7)}",
                               f"SBH-IT-{_digits(rng, 5)}"))
        return rng.choice((f"{rng.choice(('H', 'S', 'N'))}{_digits(rng, 2)}{rng.choice('ABCKMS')}{_digits(rng, 8)}",
                           f"{_digits(rng, 4)}{rng.choice('ABCDEFGHJK')}{_digits(rng, 5)}",
                           f"PJN{_digits(rng, 6)}{rng.choice(('H', 'S', ''))}", f"RNR{_digits(rng, 6)}"))
    if cat == "VEHICLE_ID":
        if style == "vin" or rng.random() < 0.4:
            chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return "".join(rng.choice(chars) for _ in range(17))
        return rng.choice((f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{_digits(rng, 4)}",
                           f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{_digits(rng, 4)}",
                           f"{_digits(rng, 2)}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{_digits(rng, 3)}"))
    if cat == "URL":
        f, last = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
        tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        return rng.choice((f"https://share.branniganokafor.com/d/{tok}", f"https://www.gofundme.com/f/help-{f}-{last}",
                           f"www.{f}{last}studio.com", f"https://fmqlaw.sharefile.com/r-{tok}",
                           f"https://drive.example-cloud.net/s/{tok}", f"https://{f}-{last}.blogspot.com",
                           f"http://caringbridge.org/visit/{f}{last}"))
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Plant templates: "{v}" or "{v:style}" marks the value; other identifiers stay masked "___".
# Each entry is (note types allowed: "d", "r" or "dr", template).
# --------------------------------------------------------------------------------------------------

_T: dict[str, tuple[tuple[str, str], ...]] = {
    "PERSON": (
        ("dr", "Caller identified herself as {v}, the patient's daughter, and asked for an update."),
        ("d", "Duplicate record had been registered as {v:lastfirst} with a transposed DOB."),
        ("dr", "Signed: {v}, RHIA\nHIM Data Integrity Analyst"),
        ("d", "Authorization for release signed by {v} (health care agent)."),
        ("dr", "PID|1||___^^^SBH^MR||{v:hl7}||___|F|||___^^___^NY^___"),
        ("dr", "Reviewed with Dr. {v}, who had the wrong chart open when the order was signed."),
        ("d", "Proxy / authorized representative:  {v}"),
        ("d", "Requestor name ....... {v}"),
        ("d", "| Complainant | {v} | Relationship | spouse |"),
        ("dr", "The other patient involved, {v}, was in the adjacent bay and has been notified."),
        ("r", "Images belonged to {v:lastfirst} and were reassigned to that patient's folder."),
        ("r", "Technologist {v:fl} re-scanned the wristband before the second acquisition."),
        ("dr", "cc: {v:fl} (Privacy Officer)"),
        ("d", "pt's son {v:fl} states he manages her portal account"),
        ("r", "Discussed with the referring clinician, Dr {v:fl}, by telephone."),
    ),
    "DATE_REAL_YEAR": (
        ("dr", "DOB on the duplicate record: {v:dob} (surviving record DOB: ___)"),
        ("dr", "PID|1||___^^^SBH^MR||___^___||{v:hl7}|M|||___"),
        ("d", "Authorization dated {v}, valid for 180 days from signature."),
        ("d", "Complaint received {v}; acknowledgement letter sent within 5 business days."),
        ("dr", "Identity confirmed against date of birth {v:dob} and the last four of the phone on file."),
        ("d", "Date of death: {v:any}  (per ___ , relayed by the funeral home)"),
        ("r", "Outside study date: {v}"),
        ("r", "Prior exam performed {v} had been filed under the wrong patient."),
        ("dr", "| DOB | {v:dob} |"),
        ("d", "Portal account activated on {v}; the first login came two days later."),
        ("d", "birthdate {v:dob} keyed as ___ at registration (day/month swapped)"),
    ),
    "MRN": (
        ("dr", "Surviving MRN: {v}     Retired MRN: ___"),
        ("dr", "Retired (merged) record {v} now redirects to the surviving chart."),
        ("dr", "EMPI {v:empi} linked both records with a match weight of 17.4."),
        ("dr", "PID|1||{v}^^^SBH^MR||___^___||___|F"),
        ("d", "MRN#{v} was flagged as a probable duplicate by the nightly MPI job."),
        ("dr", "Unit No:   {v}"),
        ("r", "Study moved off MRN {v} and onto the correct patient's record."),
        ("r", "PACS patient ID {v} updated after the ADT merge (A40) was received."),
        ("d", "med rec no. {v} (old paper chart number, retired)"),
        ("dr", "Enterprise ID: {v:empi}"),
        ("d", "The overlay put ___'s allergies on record {v}."),
        ("dr", "MNR\n{v}"),
        ("d", "Retired record no.: {v}  -> surviving ___"),
    ),
    "ACCOUNT": (
        ("d", "Ticket {v:ticket} was opened by the patient through the portal help form."),
        ("d", "ROI request #{v:roi} - status: fulfilled, mailed to requester"),
        ("d", "Privacy complaint case {v:case} assigned to the privacy office."),
        ("dr", "Encounter (visit) number {v:enc} was moved to the correct patient."),
        ("dr", "PV1|1|I|4W^412^A||||___^___^___|||MED||||1|||___|IN|{v:enc}"),
        ("r", "Accession {v:acc} has been corrected; the report now files under the new accession."),
        ("r", "Original accession: {v:acc}"),
        ("dr", "Order # {v:ord} discontinued as entered on the wrong patient."),
        ("dr", "Acct: {v:enc}"),
        ("d", "| Request ID | {v:roi} | Received | ___ |"),
        ("d", "help desk ref {v:ticket} - password reset completed"),
        ("r", "ORC|CA|{v:ord}|___||CA"),
        ("d", "Visit #{v:enc} (ED) and the inpatient visit were both split."),
        ("d", "Acct#{v:enc}"),
        ("d", "ROI req\n#{v:roi} logged by ___"),
        ("r", "Requisition {v:ord} (paper, downtime) scanned."),
    ),
    "EMAIL": (
        ("d", "Portal login (e-mail): {v}"),
        ("d", "Reset link sent to {v} after identity verification was passed."),
        ("d", "Records released electronically to {v:firm} (attorney's office)."),
        ("d", "Patient wrote from {v}: \"I can't see my test results since the merge.\""),
        ("d", "proxy invite -> {v}"),
        ("r", "CD-upload confirmation was e-mailed to {v}."),
        ("d", "Username on the duplicate portal account was {v}; that account was deactivated."),
        ("dr", "Email:{v}"),
        ("d", "emial on file {v} (bounced twice)"),
    ),
    "IP_ADDRESS": (
        ("d", "Login attempts originated from {v} (patient's home network, per the ticket)."),
        ("dr", "Audit log shows user ___ opened the chart from workstation IP {v}."),
        ("d", "Source IP={v}  result=LOCKED  reason=3 failed attempts"),
        ("d", "| 10:42 | ___ | Chart open | {v} |"),
        ("r", "Modality CT2_MAIN at {v} sent the series with the wrong patient ID."),
        ("d", "The wristband printed from the workstation at {v} (WOW on 4 West)."),
        ("d", "client ip: {v}"),
        ("d", "ip addr {v} - geolocated out of state, login blocked pending call-back"),
        ("r", "Import workstation address {v} logged the CD upload."),
    ),
    "PHONE": (
        ("d", "Callback number: {v}"),
        ("d", "Callback\nnumber:  {v}"),
        ("d", "One-time passcode sent by text to {v}; patient read it back correctly."),
        ("d", "Paralegal at the requesting firm can be reached at {v}."),
        ("r", "Outside facility film library: {v}"),
        ("dr", "Tel {v} (daughter, cell)"),
        ("d", "pt called from {v} asking why her sister's labs appear in her portal"),
    ),
    "FAX": (
        ("d", "Records faxed to {v} (primary care office) after authorization was verified."),
        ("dr", "Fax: {v}"),
        ("d", "Return fax number on the authorization: {v}"),
        ("r", "Corrected report faxed to the referring office at {v}."),
        ("d", "fax back to {v} attn: medical records"),
    ),
    "PAGER": (
        ("dr", "Paged the ordering resident at {v}; no answer, repaged after 10 minutes."),
        ("dr", "Pager: {v}"),
        ("d", "HIM on-call pgr {v}"),
        ("r", "Reading room beeper {v} notified of the reassignment."),
    ),
    "SSN": (
        ("d", "SSN on the duplicate registration ({v}) did not match the surviving record."),
        ("d", "Identity proofing: name, DOB and SSN {v} verified against ___."),
        ("d", "The scanned ROI form showed SS# {v} unredacted; copy pulled from the release."),
        ("dr", "PID|1||___^^^SBH^MR||___^___||___|F|||___|||||||___|{v}"),
    ),
    "HEALTH_PLAN": (
        ("d", "Subscriber ID {v:member} was copied onto the wrong account during the overlay."),
        ("dr", "Member ID: {v:member}"),
        ("d", "Medicaid CIN {v:cin} on the duplicate record; the surviving record had none."),
        ("dr", "MBI {v:mbi}"),
        ("d", "policy no. {v:policy} (secondary) moved with the merged encounter"),
        ("dr", "IN1|1|___|___|___||||GRP 44180|||||||||||||||||||||||||||||{v:member}"),
    ),
    "LICENSE": (
        ("d", "Identity verified in person with a New York driver's license, {v:dl}."),
        ("dr", "Ordering provider NPI {v:npi}"),
        ("d", "DEA# {v:dea} printed on the voided prescription."),
        ("d", "Nurse who scanned the band: ___, RN, license {v:lic}"),
        ("r", "Reading radiologist NPI: {v:npi}"),
        ("d", "DL# {v:dl} (state ID scanned into the identity-proofing record)"),
    ),
    "ZIP": (
        ("dr", "Address on the duplicate: ___, ___, NY {v}"),
        ("d", "Zip code {v} agreed between the two candidate records."),
        ("dr", "PID|1||___^^^SBH^MR||___^___||___|M|||___^^___^NY^{v}"),
        ("d", "mailing zip {v} (patient confirmed by phone)"),
    ),
    "STREET_ADDRESS": (
        ("d", "Mailing address for the release: {v}, ___, NY ___"),
        ("dr", "PID|1||___^^^SBH^MR||___^___||___|F|||{v}^^___^NY^___"),
        ("dr", "Previous address on file: {v}"),
        ("d", "Patient moved; new street address {v} entered, city and zip still masked in the extract."),
    ),
    "LOCATION": (
        ("d", "Patient lives in {v} and asked to pick up the records at the satellite clinic."),
        ("dr", "Duplicate was created at the urgent care in {v}."),
        ("r", "Outside images came from a facility in {v}."),
        ("d", "resides town of {v}, lives alone"),
        ("dr", "City: {v}"),
    ),
    "ORGANIZATION": (
        ("d", "Request received from {v:law} on behalf of the patient."),
        ("d", "Release processed by our ROI vendor, {v:roi}."),
        ("dr", "Outside records from {v:clinic} were scanned to the wrong chart."),
        ("r", "Outside CT from {v:imaging} imported from CD."),
        ("r", "Images pushed by {v:imaging} over the image-exchange cloud."),
        ("d", "Employer on the duplicate registration: {v:emp}"),
        ("d", "Requester: {v}"),
        ("dr", "Referring practice - {v:clinic}"),
    ),
    "AGE_OVER_89": (
        ("d", "Patient is a {v} year old woman whose daughter requests proxy access."),
        ("dr", "Age: {v}"),
        ("dr", "{v} y/o M, chart overlay suspected after two DOBs appeared."),
        ("r", "CLINICAL HISTORY: {v}-year-old with a fall; images initially filed to another patient."),
        ("d", "(age {v} at the time of the request)"),
    ),
    "DEVICE_ID": (
        ("d", "Handheld scanner SN {v:sn} failed to read the wristband barcode."),
        ("d", "Workstation-on-wheels asset tag {v:asset} was used to print the band."),
        ("r", "Pacemaker (Medtronic Azure) UDI (01)00643169007222(17)290531(10)LOT88231(21){v:sn}"),
        ("r", "Outside report lists an implanted device, serial number {v:sn}."),
        ("dr", "Asset #{v:asset}"),
    ),
    "VEHICLE_ID": (
        ("d", "Firm's request concerns a motor-vehicle collision; client's plate {v} cited on the letter."),
        ("d", "VIN {v:vin} appears in the attorney's cover letter."),
        ("r", "History per outside report: MVC, vehicle {v} struck on the driver's side."),
    ),
    "URL": (
        ("d", "Records were uploaded to the law firm's share link {v}."),
        ("d", "Complaint referenced a fundraising page, {v}, that quoted the diagnosis."),
        ("dr", "Outside images available at {v} (patient-provided link)."),
    ),
}
_PH = re.compile(r"\{v(?::(\w+))?\}")


def _plant_parts(rng: random.Random, cat: str, note_type: str) -> list[tuple[str, str | None]]:
    code = "r" if note_type == "radiology" else "d"
    pool = [t for k, t in _T[cat] if code in k]
    tpl = rng.choice(pool)
    m = _PH.search(tpl)
    assert m
    val = _value(rng, cat, m.group(1) or "")
    return [(tpl[:m.start()], None), (val, cat), (tpl[m.end():], None)]


# --------------------------------------------------------------------------------------------------
# Body builders: return (blocks, look-alikes). Blocks are plain text; plants are inserted between.
# --------------------------------------------------------------------------------------------------

class _Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.look: list[str] = []
        self.region = "chest"
        self.used: set[int] = set()

    def la(self, s: str) -> str:
        self.look.append(s)
        return s

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.la(self.rng.choice(seq))

    def shifted(self) -> str:
        return self.la(_shifted(self.rng))

    def brand(self, n: int = 1) -> list[str]:
        return [self.la(b) for b in self.rng.sample(_DRUGS[:16] + _DRUGS[19:], n)]


def _dis_header(c: _Ctx, title: str) -> str:
    r = c.rng
    sex = r.choice("MF")
    if r.random() < 0.5:
        return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              "
                f"Discharge Date:   ___\n\nDate of Birth:  ___             Sex:   {sex}\n\n"
                f"Service: {r.choice(('MEDICINE', 'SURGERY', 'HIM', 'ORTHOPAEDICS', 'NEUROLOGY'))}\n\n"
                f"Document: {title}")
    return (f"{title.upper()}\nPatient: ___    Unit No: ___    Sex: {sex}\nAuthor: ___ ({r.choice(('HIM', 'IS', 'Privacy', 'Registration', 'Access Center'))})"
            f"\nEntered: {c.shifted()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")


def _clinical_para(c: _Ctx) -> str:
    r = c.rng
    b = c.brand(2)
    age = r.randint(19, 88)
    opts = (
        lambda: (f"Clinical context: ___ year old admitted with {r.choice(('CHF exacerbation', 'community-acquired pneumonia', 'hip fracture', 'DKA', 'syncope'))}. "
        f"Home meds include {b[0]} and {b[1]}. Age on the duplicate record read {c.la(str(age))}, which did not match."),
        lambda: (f"Course in brief: admitted via the ED, Morse fall score {c.la(str(r.randint(25, 75)))}, Braden {c.la(str(r.randint(12, 22)))}. "
        f"Treated with {b[0]}; {b[1]} held. No clinical harm identified from the record error."),
        lambda: (f"Patient is ___ y/o ({c.la(str(age))} per the surviving record). Meds reconciled: {b[0]} {r.choice((5, 10, 20, 40))} mg, "
        f"{b[1]} as listed. Allergy list reviewed line by line after the correction."),
        lambda: (f"The inpatient team confirmed the correct problem list (history of {r.choice(('Graves disease', 'Crohn disease', 'Parkinson disease', 'Hodgkin lymphoma', 'Barrett esophagus'))}). "
        f"Medication administration records checked against {b[0]} and {b[1]} scans."),
    )
    return opts[r.randrange(len(opts))]()


def _it_para(c: _Ctx) -> str:
    r = c.rng
    opts = (
        lambda: (f"System: {c.pick(('Epic', 'Cerner', 'MEDITECH'))} {c.pick(_VERSIONS)}; interface engine {c.pick(('Rhapsody', 'Cloverleaf', 'Mirth Connect', 'Corepoint'))}, "
        f"channel {c.pick(_CHANNELS)}. Workstation {c.pick(_WORKSTATIONS)}."),
        lambda: (f"Printer {c.pick(_PRINTERS)} (Zebra ZD621) reprinted the band; label stock lot {c.la('LB' + _digits(r, 5))}, "
        f"exp {c.la(f'{r.randint(2026, 2029)}-{r.randint(1, 12):02d}')}."),
        lambda: (f"For questions call the IT service desk (internal) or the vendor line {c.pick(_TOLL_FREE)}. "
        f"Guidance: {c.pick(_PUBLIC_SITES)}."),
        lambda: (f"User ___ authenticated with Imprivata OneSign badge tap at {c.pick(_WORKSTATIONS)}; session {c.la('S' + _digits(r, 3))} closed "
        f"at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}."),
        lambda: (f"Assigning authority OID {c.pick(_OIDS)}; HL7 {c.pick(('v2.3', 'v2.5.1', 'v2.4'))} message control id "
        f"{c.la('MC' + _digits(r, 9))}."),
    )
    return opts[r.randrange(len(opts))]()


def _masked_block(c: _Ctx) -> str:
    return ("Registration snapshot (pre-correction)\n"
            "Name: ___   Alias: ___   DOB: ___   Sex: ___\n"
            "MRN: ___   EMPI: ___   Visit: ___   Account: ___\n"
            "Address: ___, ___, ___ ___   Home ph: ___   Cell: ___\n"
            "Email: ___   Portal user: ___   Proxy: ___\n"
            "Insurance: ___   Member ID: ___   Guarantor: ___\n"
            "Emergency contact: ___ (___) ___\n"
            "PCP: ___   Referring: ___   Attending: ___\n"
            "Employer: ___   SSN: ___   DL: ___\n"
            "Last updated by: ___ on ___ at ___")


def _b_mpi_merge(c: _Ctx) -> list[str]:
    r = c.rng
    score = c.la(f"{r.randint(12, 24)}.{r.randint(0, 9)}")
    return [
        _dis_header(c, "HIM Data Integrity - Duplicate Record Merge"),
        f"Reason for review: the nightly MPI duplicate report ({c.pick(('Epic Identity', 'EMPI matcher', 'Cerner MPI'))}) "
        f"flagged two records for the same person with a match weight of {score}. The second record was created at the "
        f"{r.choice(('ED', 'pre-admission testing', 'lab draw station', 'registration kiosk'))} when the patient's name was entered as ___.",
        "Comparison:\n  Field        Record A (surviving)   Record B (retired)\n  Name         ___                    ___\n"
        "  DOB          ___                    ___\n  SSN last 4   ___                    (blank)\n  Address      ___                    ___\n"
        f"  Phone        ___                    ___\n  Created      {c.shifted()}              {c.shifted()}",
        f"Decision: merge B into A. Clinical content on B (one {r.choice(('CBC', 'BMP', 'chest radiograph', 'ECG', 'troponin'))} "
        f"and a triage note) moved to A. ADT A40 sent on {c.pick(_CHANNELS)}; downstream PACS, lab and billing acknowledged.",
        _clinical_para(c),
        f"Merged by user ___ at {c.pick(_WORKSTATIONS)}. Second review by ___ (HIM supervisor). "
        f"Retention: merge worksheet kept {c.la(str(r.choice((6, 7, 10))))} years per policy.",
    ]


def _b_overlay(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Overlay Investigation"),
        "Summary: documentation for two different people was filed in one chart (overlay). Found when the "
        f"patient noticed an unfamiliar {r.choice(('colonoscopy result', 'mammogram', 'prescription for Eliquis', 'allergy to Zosyn'))} in the portal.",
        "Affected items:\n| Item | Date | Belongs to |\n|---|---|---|\n"
        f"| Lab panel | {c.shifted()} | other patient |\n| Allergy: {c.pick(('Coumadin', 'Lasix', 'Keppra'))} | {c.shifted()} | other patient |\n"
        f"| Clinic note | {c.shifted()} | this patient |\n| Imaging | {c.shifted()} | other patient |",
        "Root cause: registration selected the wrong person from the search list (same name, DOB one digit apart). "
        "Both identities confirmed with photo ID at the next visit.",
        _clinical_para(c),
        f"Actions: items moved; corrected results re-sent; clinicians who viewed the wrong data notified; "
        f"risk event filed. Classification: overlay, severity {c.la(r.choice(('2', '3')))} of 4.",
        _it_para(c),
    ]


def _b_identity_proofing(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Patient Portal Identity Proofing"),
        f"Request: enrol the patient in {c.pick(('MyChart', 'the patient portal', 'HealtheLife', 'MEDITECH Patient Portal'))} "
        "before discharge so results and the after-visit summary can be viewed.",
        "Verification steps:\n  1. Photo ID inspected (type ___, number ___)\n  2. Name and DOB matched the registration\n"
        "  3. Knowledge-based questions: 3 of 4 correct\n  4. Activation code given in person",
        f"Outcome: identity {r.choice(('verified', 'verified at level 2', 'verified after second attempt'))}. "
        f"Portal username chosen by the patient: ___. Activation code expires in {c.la(str(r.choice((7, 14, 30))))} days.",
        _clinical_para(c) if r.random() < 0.5 else _it_para(c),
        f"Note: the identity service ({c.pick(('Experian', 'LexisNexis', 'ID.me'))}) returned a soft match only; "
        f"in-person proofing substituted. Ref doc {c.pick(_PUBLIC_SITES)}.",
    ]


def _b_portal_ticket(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Portal Support Ticket"),
        f"Channel: {r.choice(('phone', 'web form', 'chat', 'walk-in at the admitting desk'))}    Priority: "
        f"{r.choice(('P3', 'P4', 'P2'))}    Category: {r.choice(('password reset', 'locked account', 'missing results', 'duplicate account'))}",
        "Description (patient's words): \"I got locked out after the hospital visit and the reset e-mail never came. "
        "My username is ___.\"",
        f"Troubleshooting: account locked after {c.la(str(r.randint(3, 6)))} failed attempts at {c.shifted()}. "
        f"Browser {c.pick(('Chrome 121', 'Safari 17.2', 'Edge 120', 'Firefox 122'))}; app {c.pick(_VERSIONS)}.",
        "Resolution: identity re-verified by phone (name, DOB, address); lock cleared; temporary password issued; "
        "patient logged in successfully while on the line.",
        _it_para(c),
        f"Closed by ___ (help desk). Survey sent. If problems recur: {c.pick(_TOLL_FREE)} (24/7 portal line).",
    ]


def _b_proxy(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Proxy Access Request"),
        f"Requester: ___ ({r.choice(('daughter', 'son', 'spouse', 'health care agent', 'legal guardian'))}). "
        "Patient: ___ (inpatient, ___).",
        "Documents received:\n  [x] Proxy access form signed by the patient\n  [ ] Health care proxy document\n"
        "  [x] Requester photo ID (number ___)\n  [ ] Guardianship order",
        f"Capacity: the attending documented that the patient {r.choice(('has', 'lacks', 'has fluctuating'))} capacity "
        f"(MoCA {c.la(str(r.randint(14, 29)))}/30). {c.pick(('Alzheimer', 'Parkinson', 'Wernicke'))} history noted.",
        _clinical_para(c),
        f"Decision: proxy access {r.choice(('granted (full)', 'granted (limited: no messaging)', 'pending documents'))}. "
        "Adolescent-confidential categories excluded per policy.",
        _it_para(c),
    ]


def _b_roi(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Release of Information Log"),
        f"Request type: {r.choice(('attorney', 'patient copy', 'insurer review', 'continuing care', 'disability claim'))}. "
        f"Received {c.shifted()}; due {c.shifted()}.",
        "Disclosure log:\n  Date        Pages  Format   Recipient   Method\n"
        f"  {c.shifted()}   {c.la(str(r.randint(12, 480)))}     PDF      ___         secure e-mail\n"
        f"  {c.shifted()}   {c.la(str(r.randint(2, 40)))}      paper    ___         mail",
        "Scope: discharge summary, imaging reports, labs for the admission. Excluded: psychotherapy notes and "
        "substance-use records (42 CFR Part 2) without specific consent.",
        f"Fee: ${c.la(str(r.randint(0, 75)))}.00 (patient copy, capped). Invoice ___.",
        _it_para(c),
        f"Processed in {c.pick(('OnBase', 'Kofax', 'the ROI module'))}; QA second check by ___.",
    ]


def _b_downtime(c: _Ctx) -> list[str]:
    r = c.rng
    hrs = r.randint(2, 9)
    return [
        _dis_header(c, "EHR Downtime Recovery Note"),
        f"Event: unplanned downtime of {c.pick(('Epic', 'Cerner', 'MEDITECH'))} lasting about {c.la(str(hrs))} hours "
        f"starting {c.shifted()}. Read-only BCA/downtime PCs used; paper downtime forms for orders and MAR.",
        "Back-entry:\n  - Vital signs: entered from paper flowsheet, flagged 'late entry'\n"
        f"  - Medications given: {c.pick(('Lovenox', 'Protonix', 'Tylenol', 'Haldol'))}, {c.pick(('Ativan', 'Lasix', 'Seroquel'))} "
        "(scanned MAR attached)\n  - Orders: re-entered by the unit clerk with the original times",
        f"Registration during downtime used downtime numbers; {c.la(str(r.randint(1, 9)))} downtime records were "
        "reconciled to permanent MRNs afterward, including this patient's.",
        _clinical_para(c),
        _it_para(c),
    ]


def _b_interface(c: _Ctx) -> list[str]:
    r = c.rng
    ts = c.la(_hl7_ts(r))
    ctl = c.la(f"{r.choice(('ADT', 'LAB', 'MC'))}{_digits(r, 8)}")
    typ = r.choice(("ADT^A08", "ORU^R01", "ADT^A40", "ADT^A04", "ORM^O01"))
    return [
        _dis_header(c, "Interface Error Queue Work Note"),
        f"Queue: {c.pick(_CHANNELS)} on {c.pick(('Rhapsody', 'Cloverleaf', 'Mirth Connect', 'Corepoint'))}. "
        f"Error: {r.choice(('PID-3 not found in MPI', 'patient/visit mismatch', 'duplicate MSH-10', 'invalid PV1-19'))}.",
        f"Message (identifiers masked in this note):\nMSH|^~\\&|LAB|SBH|EHR|SBH|{ts}||{typ}|{ctl}|P|2.5.1\n"
        "PID|1||___^^^SBH^MR||___^___^___||___|U|||___^^___^NY^___\nPV1|1|I|___||||___^___^___",
        f"Analysis: the {typ} message referenced a retired MRN after the merge; the engine could not route "
        "it. Correct patient confirmed by name, DOB and order.",
        "Action: message edited to the surviving identifier and resent; acknowledgement AA received. "
        f"{c.la(str(r.randint(2, 30)))} similar messages in the queue were handled the same way.",
        _it_para(c),
    ]


def _b_privacy(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Privacy Complaint - Access Audit Review"),
        "Complaint: the patient believes a coworker viewed the admission record without a work reason.",
        "Audit trail extract:\n| Time | User | Action | Workstation |\n|---|---|---|---|\n"
        f"| {r.randint(0, 23):02d}:{r.randint(0, 59):02d} | ___ | Chart open | {c.pick(_WORKSTATIONS)} |\n"
        f"| {r.randint(0, 23):02d}:{r.randint(0, 59):02d} | ___ | Results viewed | {c.pick(_WORKSTATIONS)} |\n"
        f"| {r.randint(0, 23):02d}:{r.randint(0, 59):02d} | ___ | Print AVS | {c.pick(_PRINTERS)} |",
        f"Findings: {r.randint(2, 14)} users accessed the chart; {r.choice(('one', 'two', 'none'))} lacked a "
        "treatment, payment or operations reason. Interviews scheduled.",
        f"Determination: {r.choice(('substantiated', 'unsubstantiated', 'pending'))}. Breach risk assessment "
        f"(4-factor) documented. Patient informed of the right to complain to HHS ({c.pick(_PUBLIC_SITES)}).",
        _it_para(c),
    ]


def _b_wrong_order(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Wrong-Patient Order Correction"),
        f"Event: {r.choice(('a CT head order', 'a potassium replacement order', 'a blood culture order', 'a diet order'))} "
        "was placed on this patient while the clinician intended the patient in the next room.",
        f"Detection: the {r.choice(('pharmacist', 'charge nurse', 'radiology scheduler', 'patient'))} questioned the order; "
        "the ordering clinician confirmed the error within 20 minutes.",
        f"Correction: order discontinued with reason 'wrong patient'; re-entered on the intended patient. "
        f"Nothing administered. Retract-and-reorder rate on the unit: {c.la(str(r.randint(8, 60)))} per 100,000 orders.",
        _clinical_para(c),
        _it_para(c),
    ]


def _b_wristband(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _dis_header(c, "Wristband Reprint / Positive Patient ID"),
        f"Reason: {r.choice(('band smudged and unreadable', 'band cut off for IV access', 'name correction after merge', 'allergy band missing'))}.",
        f"Reprinted at {c.pick(_PRINTERS)} from {c.pick(_WORKSTATIONS)}. Barcode scan test with the "
        f"{c.pick(('Honeywell Xenon', 'Zebra DS8178'))} scanner passed; two identifiers verified aloud with the patient.",
        "Checklist:\n  name/DOB read back ..... yes\n  old band destroyed ..... yes\n"
        "  allergy band applied ... n/a\n  fall-risk band ......... yes",
        _clinical_para(c),
        _it_para(c),
    ]


_EXAMS = (
    ("CHEST (PA AND LAT)", "chest"), ("CTA CHEST", "chest"), ("PORTABLE CHEST", "chest"),
    ("CT HEAD W/O CONTRAST", "head"), ("MRI BRAIN W/WO CONTRAST", "brain"),
    ("CT ABD & PELVIS WITH CONTRAST", "abd"), ("US ABDOMEN LIMITED", "abd"),
    ("MR L SPINE W/O CONTRAST", "msk"), ("RADIOGRAPH LEFT HIP 2 VIEWS", "msk"), ("SHOULDER 3 VIEWS RIGHT", "msk"),
)
_INDICATIONS = {
    "chest": ("cough and fever. Eval for pneumonia.", "dyspnea. Eval for PE.", "line placement. Eval tip position."),
    "head": ("fall on anticoagulation. Eval for bleed.", "acute confusion. Eval for bleed.", "headache. r/o ICH."),
    "brain": ("new seizure. Eval for mass.", "vertigo. Eval for posterior fossa lesion.", "headache. Eval for mass."),
    "abd": ("RLQ pain. Eval for appendicitis.", "RUQ pain. Eval for cholecystitis.", "flank pain. Eval for stone."),
    "msk": ("fall. Eval for fracture.", "low back pain with radiculopathy.", "shoulder dislocation, post reduction."),
}


def _rad_header(c: _Ctx, prefix: str = "") -> str:
    r = c.rng
    exam, c.region = r.choice(_EXAMS)
    return (f"EXAMINATION:  {prefix}{exam}\n\nINDICATION:  ___ year old {r.choice(('man', 'woman'))} with "
            f"{r.choice(_INDICATIONS[c.region])}")


def _findings(c: _Ctx) -> str:
    r = c.rng
    reg = c.region
    if reg == "chest":
        return ("FINDINGS:  The heart is normal in size. The lungs are clear. No pleural effusion or pneumothorax. "
                f"Kerley B lines are absent. {c.pick(('PICC', 'Port-a-Cath', 'Hickman'))} tip at the cavoatrial "
                f"junction. No Westermark or Hampton sign{r.choice(('.', ' to suggest infarct.'))}")
    if reg == "head":
        return ("FINDINGS:  No acute intracranial hemorrhage, mass effect or territorial infarct. Chronic small-vessel "
                f"change. No Chiari malformation. Ventricles {r.choice(('normal', 'mildly prominent'))}.")
    if reg == "brain":
        return (f"FINDINGS:  {c.pick(('Gadavist', 'Dotarem'))} {c.la(str(r.choice((6, 7, 8))) + ' mL')} given. No "
                "enhancing lesion. Ventricles normal. No Dandy-Walker or Chiari anomaly.")
    if reg == "abd":
        return (f"FINDINGS:  Contrast {c.pick(('Omnipaque 350', 'Visipaque 320'))}, {c.la(str(r.choice((80, 100, 120))) + ' mL')}. "
                "Liver, spleen and pancreas unremarkable. No free air. No bowel obstruction. Sonographic Murphy sign "
                "not assessed on CT.")
    return ("FINDINGS:  Mild degenerative change. No fracture. Hill-Sachs deformity is not seen; no Bankart lesion. "
            f"Soft tissues normal. Dose DLP {c.la(str(r.randint(180, 900)) + ' mGy-cm')}.")


def _b_pacs_reassign(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _rad_header(c),
        f"ADDENDUM - IMAGE REASSIGNMENT:  This study was acquired under the wrong patient at modality "
        f"{c.pick(_AE_TITLES)}. PACS QA moved all {c.la(str(r.randint(1, 640)))} images to the correct patient on {c.shifted()}.",
        _findings(c),
        "IMPRESSION:  No acute abnormality. This impression applies to the correct patient only; the prior "
        "version of this report, filed to another patient, has been retracted.",
        f"QA: {c.pick(('Sectra', 'Visage', 'Change Healthcare PACS'))} {c.pick(_VERSIONS)}. Workstation {c.pick(_WORKSTATIONS)}.",
    ]


def _b_pacs_merge(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _rad_header(c),
        f"PACS NOTE:  Following the MPI merge, prior studies from the retired record ({c.la(str(r.randint(1, 9)))} studies) "
        f"were merged into the surviving patient folder. ADT A40 received on {c.pick(_CHANNELS)}.",
        "COMPARISON:  Now available after the merge: ___ and ___.",
        _findings(c),
        "IMPRESSION:  Stable compared with the newly merged priors.",
        f"Merge verified by PACS administrator ___ on {c.shifted()}; assigning authority {c.pick(_OIDS)}.",
    ]


def _b_corrected_acc(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _rad_header(c),
        "ADDENDUM:  The accession number on this exam was corrected because the technologist completed the "
        f"wrong order. Report reissued under the correct accession on {c.shifted()}. No change to findings.",
        _findings(c),
        f"IMPRESSION:  {r.choice(('No acute cardiopulmonary process.', 'No acute intracranial abnormality.', 'No fracture.', 'Unremarkable study.'))}",
        f"Dictated with {c.pick(('PowerScribe', 'Nuance', 'Fluency'))}; signed by ___. HL7 ORU resent on {c.pick(_CHANNELS)}.",
    ]


def _b_outside_import(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _rad_header(c, "OUTSIDE FILM CONSULT - "),
        f"IMPORT NOTE:  Outside images received on {r.choice(('CD', 'USB', 'cloud exchange'))}; patient demographics "
        f"reconciled to our record before import (name ___, DOB ___). DICOM tags rewritten; {c.la(str(r.randint(1, 4)))} series imported.",
        "OUTSIDE REPORT:  Not available at the time of this read.",
        _findings(c),
        "IMPRESSION:  Second opinion as above. Recommend correlation with the outside report once received.",
        f"Importer: {c.pick(_WORKSTATIONS)}; {c.pick(('Sectra', 'Visage', 'lifeIMAGE'))} {c.pick(_VERSIONS)}.",
    ]


def _b_rad_downtime(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        _rad_header(c),
        f"DOWNTIME NOTE:  Exam performed during EHR downtime; ordered on a paper requisition and acquired under "
        f"a downtime identifier. Reconciled to the permanent record after recovery on {c.shifted()}.",
        _findings(c),
        "IMPRESSION:  As above. Preliminary read was phoned to the ordering team during downtime; final report "
        "unchanged.",
        f"Reconciliation: {c.pick(_CHANNELS)} replay complete; {c.la(str(r.randint(3, 60)))} downtime studies matched.",
    ]


def _b_exam_cancel(c: _Ctx) -> list[str]:
    return [
        _rad_header(c),
        "NOTE:  This exam was ordered on the wrong patient. The technologist identified the mismatch at the "
        "two-identifier check before scanning; no images were acquired under this order.",
        "ACTION:  Order cancelled (reason: wrong patient) and re-entered on the intended patient by the ordering "
        f"service. Protocol {c.pick(('CT HEAD ROUTINE', 'ABD/PEL PORTAL VENOUS', 'CHEST PE'))} carried over.",
        _findings(c),
        "IMPRESSION:  See the report under the corrected order for the intended patient.",
        f"Scheduling workstation {c.pick(_WORKSTATIONS)}; RIS {c.pick(_VERSIONS)}.",
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[str]]]] = {
    "mpi_merge_note": ("discharge", _b_mpi_merge),
    "overlay_investigation": ("discharge", _b_overlay),
    "portal_identity_proofing": ("discharge", _b_identity_proofing),
    "portal_support_ticket": ("discharge", _b_portal_ticket),
    "proxy_access_request": ("discharge", _b_proxy),
    "roi_request_log": ("discharge", _b_roi),
    "downtime_recovery_note": ("discharge", _b_downtime),
    "interface_error_queue": ("discharge", _b_interface),
    "privacy_audit_review": ("discharge", _b_privacy),
    "wrong_patient_order": ("discharge", _b_wrong_order),
    "wristband_reprint": ("discharge", _b_wristband),
    "pacs_image_reassignment": ("radiology", _b_pacs_reassign),
    "pacs_study_merge": ("radiology", _b_pacs_merge),
    "corrected_accession_addendum": ("radiology", _b_corrected_acc),
    "outside_image_import": ("radiology", _b_outside_import),
    "downtime_radiology_report": ("radiology", _b_rad_downtime),
    "wrong_patient_exam_cancel": ("radiology", _b_exam_cancel),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DIS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

_PHI = 0.6180339887498949
_SQ2 = 0.4142135623730951
_PLASTIC = 0.7548776662466927


def _frac(x: float) -> float:
    return x - int(x)


_GAMMA = 0.5772156649015329


def _is_rad(seed: int, i: int) -> bool:
    return _frac(i * _GAMMA + seed * 0.2718281828) < 0.45


def _kind_rng(seed: int, i: int) -> tuple[random.Random, str]:
    """Radiology share and kinds from a Weyl sequence: kinds cycle within each note type."""
    rng = random.Random(f"holdout76:{seed}:{i}")
    is_rad = _is_rad(seed, i)
    before = sum(1 for j in range(i) if _is_rad(seed, j) == is_rad)
    pool = _RAD if is_rad else _DIS
    return rng, pool[(before + seed) % len(pool)]


def document_kind(seed: int, i: int) -> str:
    return _kind_rng(seed, i)[1]


def _filler(c: _Ctx, note_type: str) -> str:
    r = c.rng
    rad_opts = (
        lambda: ("TECHNIQUE:  Standard departmental protocol. Dose reduction techniques were used (automated exposure "
        "control, iterative reconstruction)."),
        lambda: (f"COMPARISON:  {c.shifted()} (as filed to the corrected record)."),
        lambda: ("NOTIFICATION:  The corrected report was communicated to the ordering team and documented in the "
        "critical results log."),
        lambda: (f"QA LOG:  Patient identity discrepancy ticket closed; modality worklist ({c.pick(_AE_TITLES)}) "
        f"refreshed; {c.pick(_WORKSTATIONS)} re-queried the archive at {r.randint(0, 23):02d}:{r.randint(10, 59)}."),
        lambda: (f"CONTRAST SAFETY:  eGFR {c.la(str(r.randint(31, 118)))}; no prior reaction to {c.pick(('Omnipaque', 'Visipaque'))}. "
        f"Lot {c.la('C' + _digits(r, 6))}, exp {c.la(f'{r.randint(1, 12):02d}/{r.randint(2026, 2029)}')}."),
        lambda: (f"HISTORY (from the outside requisition):  patient seen for {c.pick(('Crohn', 'Hashimoto', 'Graves', 'Cushing', 'Addison', 'Parkinson'))}-related follow-up; outside "
        f"images sent from {c.pick(_STATES)}."),
        lambda: (f"ADDITIONAL:  {c.pick(('No Baker cyst', 'No Zenker diverticulum', 'No Schatzki ring'))} on the included "
                 f"images; {c.pick(('Doppler', 'Valsalva imaging'))} not performed; no {c.pick(('Salter-Harris', 'Swan-Ganz'))} "
                 "finding relevant to the reassignment."),
        lambda: ("PROTOCOLING NOTE:  Exam performed per the original protocol; series descriptions corrected after the "
        "reassignment so the hanging protocol applies. Key images re-flagged."),
    )
    dis_opts = (
        lambda: ("Follow-up: HIM will recheck the record at 30 days and close the event if no new items surface."),
        lambda: (f"Related: quality review {c.shifted()}; education sent to registration staff on two-identifier search."),
        lambda: ("Disposition of paper: downtime forms scanned and shredded per retention schedule."),
        lambda: (f"Notification: patient informed by phone on {c.shifted()}; letter mailed to the address on file (___)."),
        lambda: (f"Requester's state or country of residence: {c.pick(_STATES)}; out-of-state release rules reviewed, none apply."),
        lambda: (f"Clinical note excerpt (copied for context): \"{c.pick(('Murphy', 'McBurney', 'Romberg'))} sign negative. Foley removed "
        f"{c.shifted()}. GCS {c.la(str(r.randint(9, 15)))}.\""),
        lambda: (f"Policy references: HIM-{c.la(str(r.randint(100, 480)))} (patient identification), PRIV-{r.randint(10, 99)} "
        f"(minimum necessary). Public guidance at {c.pick(_PUBLIC_SITES)}."),
        lambda: (f"Clinician workflow: opened in {c.pick(('Hyperspace', 'PowerChart'))} over {c.pick(('Citrix', 'a thick client'))}; "
                 f"bedside scanning on {c.pick(('Rover', 'Haiku'))}; nurse reached by {c.pick(('Vocera', 'Spok'))}."),
        lambda: (f"Medication cabinet check: {c.pick(('Omnicell', 'Pyxis'))} override report reviewed for the wrong-patient window; "
                 f"{c.pick(('Alaris', 'Omnicell'))} records reassigned; {c.la(str(c.rng.randint(0, 4)))} discrepancies."),
        lambda: (f"Problem list (unchanged by the correction): {c.pick(_PROBLEMS)}; "
                 f"{c.pick(('Glasgow', 'Glasgow Coma Scale'))} {c.la(str(c.rng.randint(9, 15)))}; "
                 f"{c.pick(('Swan-Ganz removed', 'Doppler negative for DVT', 'Zenker repair 20 y ago'))}."),
        lambda: ("Registration tip sheet re-sent: search by full legal name plus DOB before creating a new record; "
        "never select a record on name alone; add alias rather than editing the legal name."),
        lambda: (f"System message pasted:\n*** {c.pick(('Epic', 'Cerner', 'MEDITECH'))} *** Record locked by user ___ "
        f"on {c.pick(_WORKSTATIONS)} -- retry in 5 min ***\nTask {c.la('TK' + _digits(r, 6))} queued "
        f"({c.pick(_VERSIONS)})"),
        lambda: (f"Patient counselled about the portal app ({c.pick(('MyChart', 'HealtheLife', 'Haiku'))}); "
        f"estimated age of the other record's patient was {c.la(str(r.randint(20, 88)))}, clearly different."),
    )
    opts = rad_opts if note_type == "radiology" else dis_opts
    free = [k for k in range(len(opts)) if k not in c.used] or list(range(len(opts)))
    k = r.choice(free)
    c.used.add(k)
    return opts[k]()


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng, kind = _kind_rng(seed, i)
    note_type, builder = _KINDS[kind]
    c = _Ctx(rng)
    heavy = i % 20 == 13
    planted = (not heavy) and _frac((i + 1) * _PHI + seed * _SQ2) < 0.6105
    blocks: list[list[tuple[str, str | None]]] = [[(b, None)] for b in builder(c)]
    extra = rng.choice((0, 0, 1, 1, 2, 3, 4, 6))
    while extra > 0 or sum(len(b[0][0]) for b in blocks) < 1250:
        blocks.insert(rng.randint(max(2, len(blocks) // 2), len(blocks) - 1), [(_filler(c, note_type), None)])
        extra -= 1
    if heavy:
        blocks.insert(1, [(_masked_block(c), None)])
        blocks.insert(len(blocks) - 1, [("Contacts: ___ (___), ___ (___), ___ (___)\nNotified: ___, ___, ___", None)])
    if planted:
        u = _frac((i + 1) * _SQ2 + seed * _GAMMA)
        k = 1 if u < 0.36 else 2 if u < 0.70 else 3 if u < 0.90 else 4
        for j in range(k):
            cat = _CAT_SEQ[int(_frac(seed * _PLASTIC + (i * 4 + j) * _PHI) * len(_CAT_SEQ))]
            pos = rng.randint(1, len(blocks))
            blocks.insert(pos, _plant_parts(rng, cat, note_type))
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    off = 0
    for bi, block in enumerate(blocks):
        if bi:
            sep = "\n\n" if rng.random() < 0.8 else "\n"
            text_parts.append(sep)
            off += len(sep)
        for s, cat in block:
            if cat is not None:
                spans.append((off, off + len(s), cat))
            text_parts.append(s)
            off += len(s)
    text = "".join(text_parts)
    # keep only look-alikes that are present and clear of every span
    look = []
    for la in dict.fromkeys(c.look):
        if la and la in text and not any(
                m.start() < e and m.end() > s for m in re.finditer(re.escape(la), text) for s, e, _ in spans):
            look.append(la)
    return LabelledNote(note_type, text, spans), look, ("heavy" if heavy else "normal")


def holdout76_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout76_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout76_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout76_corpus, argv, "Held-out corpus 76 (health IT: identity, records, portal support)")
    holdout_measure.report("holdout76", args, notes, hits, res)


if __name__ == "__main__":
    main()
