"""Held-out corpus 91: health information exchange and interoperability around an admission.

MIMIC-IV-Note-shaped discharge summaries and radiology reports into which staff pasted the plumbing
of health information exchange: HL7 v2 messages (ADT, ORU, ORM segments with pipes and carets), FHIR
resource JSON, C-CDA/CCD and NCPDP SCRIPT XML, Direct secure-messaging headers, e-fax and referral
cover sheets, HIE query and consent logs, interface-engine error queues, DICOM headers of imported
outside studies and EMPI record-matching worklists. Identifiers sit inside segments and components,
JSON fields, XML elements and attributes and message headers as well as in prose, label lines and
tables. Most identifiers are masked (``___``); unmasked dates are shifted into 2100-2200 and never
labelled; about 58% of notes carry 1-4 identifiers that escaped masking; 5% are heavy (many ``___``,
no plants).

Document kinds (discharge): ``adt_transfer_summary``, ``oru_outside_labs``,
``ccd_med_reconciliation``, ``fhir_patient_access``, ``direct_toc_message``,
``efax_referral_cover``, ``hie_query_consent_log``, ``interface_error_queue``,
``empi_match_worklist``, ``snf_transition_packet``, ``erx_script_history``.
Document kinds (radiology): ``outside_image_import``, ``orm_imaging_order``,
``oru_report_distribution``, ``critical_result_fax``, ``fhir_imaging_study``, ``cda_imaging_report``,
``accession_mismatch_worklist``, ``hie_prior_comparison``, ``telerad_prelim_handoff``.

Label policy. PERSON is one span per name (given and family together, titles outside); LOCATION is
a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states
and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named
hospital, practice, pharmacy (a chain's store too), agency, school or employer, never a generic
department, and never a drug maker, biotech or trial sponsor named as such (a jail, prison or court
is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year
1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a death
date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI
only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not
identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never
labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen
numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN member,
subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled);
LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value
only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN")
stay outside.

Conventions of this corpus for identifiers the policy does not name:
- an HL7 v2 name (``FAMILY^GIVEN`` or ``Family^Given^M``) and a worklist's ``FAMILY, GIVEN`` are one
  PERSON span each; an XCN's id, suffix, prefix and degree components stay outside;
- inside an XTN, XAD, CX or XCN only the component holding the value is labelled (``^PRN^PH``,
  ``^^^FAC^MR``, state and country components stay outside); in a CDA ``tel:``/``fax:``/``mailto:``
  URI only the number or address is labelled;
- EMPI, enterprise and merge-survivor record numbers, DICOM PatientID/OtherPatientIDs: MRN; PID-18
  and PV1-19, FIN/CSN/HAR, placer and filler order numbers, accessions, referral authorisations,
  claims and interface or help-desk ticket numbers: ACCOUNT;
- a Direct secure-messaging address is EMAIL; a FHIR ``fullUrl``, a document-retrieval link or an
  image-share link naming the patient's record is URL; public specification and government
  addresses (hl7.org, healthit.gov, cdc.gov) and OIDs are look-alikes;
- a regional HIE named as an organisation is ORGANIZATION; national networks and frameworks
  (Carequality, CommonWell, eHealth Exchange, DirectTrust), EHR, interface-engine, fax and
  image-exchange products and payers are left unlabelled;
- a scanner's DeviceSerialNumber, a fax station's or workstation's asset tag, an implant's or a
  monitor's serial and a network dock's MAC address are DEVICE_ID (in a UDI only the (21) serial);
  an ambulance's or a crash vehicle's plate or VIN is VEHICLE_ID;
- NPIs (in XCN, FHIR, CDA and SCRIPT), DEA and state licence numbers, an RN's licence, a paramedic's
  certification and the patient's driver's licence (PID-20) are LICENSE; Medicare MBIs, Medicaid CINs,
  IN1-36 policy numbers, FHIR ``subscriberId`` and SCRIPT ``CardholderID`` are HEALTH_PLAN;
- a hospital, practice, SNF, home-health agency, pharmacy, teleradiology group, imaging centre,
  reference lab, employer, school district or sheriff's office is ORGANIZATION;
- message control ids (MSH-10), batch ids, e-fax job ids and CSIDs, NCPDP pharmacy ids, group
  numbers, LOINC/CPT/RxNorm/SNOMED codes and HL7 versions are not identifiers (left unlabelled, or
  masked when they could point at a person).

Written blind: only ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of
``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/mimic-iv-schema.md``,
``/work/shared/reference/known-data-issues.md``, ``/work/shared/data/SOURCES.md`` and the masked
synthetic note-shaped samples were read. No detector code, rule file, other corpus, test or
benchmark was opened, and the detector was never run on this corpus.
"""

# ruff: noqa: E501

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Adaeze", "Marta", "Tomasz", "Ingrid", "Rafael", "Yusuf", "Priya", "Desmond", "Colette", "Anselm",
    "Beatriz", "Cormac", "Dagny", "Efua", "Florian", "Giselle", "Hamid", "Ilse", "Jonas", "Keiko",
    "Lorcan", "Mireille", "Nnamdi", "Odile", "Padraig", "Quentin", "Rosalind", "Soren", "Thandiwe",
    "Ulrich", "Valentina", "Wendell", "Ximena", "Yolanda", "Zoltan", "Agnieszka", "Bram", "Celestine",
    "Dorian", "Emeka", "Fenella", "Gustavo", "Hedda", "Isidore", "Jolene", "Kwame", "Leopold", "Maeve",
    "Niamh", "Osvaldo", "Perpetua", "Radomir", "Sunniva", "Tobias", "Ursula", "Vikram", "Winifred",
    "Yevgenia", "Zainab", "Alistair", "Bronagh", "Casimir", "Delphine", "Eamon",
)
_FAMILY = (
    "Okafor", "Kowalczyk", "Lindqvist", "Haverford", "Mbeki", "Castellanos", "Thorvaldsen", "Abernathy",
    "Quisenberry", "Nakashima", "Delacroix", "Oyelaran", "Brandvold", "Szymanski", "Etheridge",
    "Villanueva", "Pemberton", "Gallagher", "Achterberg", "Rosenthal", "Mwangi", "Fairweather",
    "Iwasaki", "Dunleavy", "Sokolova", "Trevelyan", "Okonkwo", "Marchetti", "Halvorsen", "Beaumont",
    "Cifuentes", "Ellingsworth", "Kaczmarek", "Lombardo", "Nussbaum", "Ostrowski", "Pellegrino",
    "Radcliffe", "Sandoval", "Tanaka-Reyes", "Underhill", "Vasquez-Ortiz", "Whitcombe", "Yarborough",
    "Zielinski", "Ashworth", "Bergstrom", "Carrington", "Drummond", "Esposito", "Fitzgibbon",
    "Greenhalgh", "Hollingsworth", "Ibarra", "Jablonski", "Kilpatrick", "MacAllister", "O'Driscoll",
    "Prendergast", "Quigley", "Rutherford", "Stavros", "Tillinghast", "Wojcik", "Birkeland",
    "Dabrowski", "Eastwood", "Ferreira-Lima",
)
_TOWNS = (
    "Chicopee", "Holyoke", "Northampton", "Easthampton", "Greenfield", "Pittsfield", "Westfield",
    "Ludlow", "Agawam", "Leominster", "Fitchburg", "Gardner", "Athol", "Southbridge", "Webster",
    "Brattleboro", "Bennington", "Keene", "Claremont", "Torrington", "Willimantic", "Norwich", "Utica",
    "Oneonta", "Elmira", "Ithaca", "Cortland", "Plattsburgh", "Saratoga Springs", "Glens Falls",
    "Poughkeepsie", "Newburgh", "Middletown", "Amsterdam", "Gloversville", "Rutland", "Montpelier",
    "St. Johnsbury", "Nashua", "Lowell", "Haverhill", "Methuen", "Taunton", "Attleboro", "Woonsocket",
    "Westerly", "Lewiston", "Biddeford", "Bangor", "Skowhegan", "Oneida", "Canandaigua", "Batavia",
    "Olean", "Jamestown", "Massena", "Potsdam", "Malone", "Hornell", "Auburn", "Oswego", "Herkimer",
    "Cobleskill", "Catskill", "Kingston", "Peekskill", "Ossining", "Winsted", "Putnam", "Danielson",
)
_STATES = ("MA", "VT", "NH", "CT", "NY", "RI", "ME")
_STATE_NAMES = ("Massachusetts", "Vermont", "New Hampshire", "Connecticut", "New York", "Rhode Island", "Maine")
_STREETS = (
    "Birch Hollow", "Tannery", "Old County", "Quarry", "Mill Pond", "Larkspur", "Orchard", "Wachusett",
    "Chestnut Hill", "Foundry", "Cider Mill", "Partridge", "Riverbend", "Ledgewood", "Sumner", "Prospect",
    "Cobble", "Juniper", "Hawthorne", "Elmwood", "Kettle Pond", "Academy", "Brook", "Canal", "Depot",
    "Harvest", "Meadowlark", "North Main", "Pleasant", "Summit", "Fuller", "Ashuelot", "Cold Spring",
)
_SUFFIX = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Way", "Terrace", "Court", "Circle",
           "Drive", "Place", "Hwy")
_UNITS = ("", "", "", ", Apt 3", " Apt 2B", ", Unit 14", " #4", ", Fl 2", " Apt. 11", ", Lot 27")
_ORG_GROUPS: dict[str, tuple[str, ...]] = {
    "hosp": ("Mercy Valley Hospital", "Harbor Point Medical Center", "St. Brendan's Hospital",
             "Quinebaug Regional Medical Center", "Tannersville Community Hospital", "Holyoke Riverside Hospital",
             "Green Mountain Regional Medical Center", "Merrimack Falls Hospital",
             "Oneida Lakeshore Medical Center", "Saint Agatha's Medical Center",
             "Berkshire Hills Memorial Hospital", "Upper Valley Baptist Hospital"),
    "pract": ("Lakeside Family Health", "Pioneer Valley Cardiology Associates", "Cider Mill Pediatrics",
              "Northfield Internal Medicine", "Riverbend Orthopaedic Group", "Ledgewood Pulmonary Associates",
              "Quarry Hill Primary Care", "Hilltown Community Health Center", "Catamount Urgent Care",
              "Mohawk Valley Dialysis Center"),
    "post": ("Maple Crest Rehabilitation and Nursing", "Birchwood Manor Skilled Nursing",
             "Evergreen Visiting Nurse Association", "Summit Ridge Home Health", "Kettle Pond Assisted Living",
             "Ashuelot Valley Rehabilitation Center"),
    "pharm": ("Hillcrest Pharmacy", "Canal Street Apothecary", "Elmwood Community Pharmacy",
              "Depot Square Pharmacy"),
    "hie": ("Pioneer Valley Health Information Exchange", "Tri-County HIE", "Green Mountain Health Link",
            "Seacoast Health Information Network"),
    "diag": ("Northstar Teleradiology Partners", "Westfield Imaging Center", "Keystone Reference Laboratory",
             "Granite State Diagnostic Imaging", "Wachusett Orthopedic Surgery Center"),
    "emp": ("Quabbin Paper Company", "Riverside Foundry Works", "Tri-State Freight Lines",
            "Hampden County Sheriff's Office", "Nashoba Regional School District"),
}
_ORG_GROUPS["care"] = _ORG_GROUPS["hosp"] + _ORG_GROUPS["pract"] + _ORG_GROUPS["post"]
_ORG_GROUPS["imaging"] = _ORG_GROUPS["hosp"] + _ORG_GROUPS["diag"]
_ORG_GROUPS["gateway"] = _ORG_GROUPS["hosp"] + _ORG_GROUPS["hie"]
_ORGS = tuple(dict.fromkeys(o for k in ("hosp", "pract", "post", "pharm", "hie", "diag", "emp")
                            for o in _ORG_GROUPS[k]))
_DOMAINS = (
    "mercyvalley.org", "harborpointmed.org", "stbrendans.org", "lakesidefh.com", "pvcardiology.com",
    "cidermillpeds.com", "northfieldim.org", "qrmc.org", "hilltownchc.org", "maplecrestrehab.com",
    "pvhie.org", "tricountyhie.net", "gmhealthlink.org", "seacoasthin.org", "northstartelerad.com",
    "gmrmc.org", "oneidalakeshore.org", "upperbaptist.org", "keystonereflab.com", "summitridgehh.com",
)
_MAILHOSTS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com", "verizon.net",
              "hotmail.com", "charter.net")
_AREA = ("413", "617", "508", "781", "978", "802", "603", "860", "203", "518", "315", "607", "845", "914",
         "716", "585", "401", "207", "774", "339", "351", "475")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Glasgow Coma Scale", "Babinski", "Murphy's sign", "Virchow", "Wernicke", "Cushing", "Hashimoto",
    "Bell's palsy", "Foley", "Swan-Ganz", "Roux-en-Y", "Kerley B", "Hampton's hump", "Schatzki ring",
    "Zenker", "Baker's cyst", "Morison's pouch", "Chiari", "Wells score", "Child-Pugh", "Fleischner",
    "Bosniak", "Richmond Agitation-Sedation Scale", "Braden",
)
_DRUGS = (
    "Eliquis", "Lasix", "Keppra", "Zosyn", "Coumadin", "Lovenox", "Protonix", "Seroquel", "Entresto",
    "Jardiance", "Xarelto", "Lantus", "Humalog", "Narcan", "Zofran", "Tylenol",
)
_DEVICES = ("Omnipaque", "Visipaque", "Gadavist", "Isovue", "PleurX", "Medtronic", "Boston Scientific",
            "SOMATOM", "Dexcom")
_INTEROP = (
    "Cerner", "Meditech", "athenahealth", "eClinicalWorks", "Rhapsody", "Mirth Connect", "Cloverleaf",
    "Corepoint", "InterSystems HealthShare", "Surescripts", "Carequality", "CommonWell", "eHealth Exchange",
    "DirectTrust", "RightFax", "eFax Corporate", "PowerScribe", "lifeIMAGE", "Nuance PowerShare",
    "Care Everywhere", "SNOMED CT", "RxNorm",
)
EPONYMS_AND_BRANDS = _EPONYMS + _DRUGS + _DEVICES + _INTEROP

_PAYERS = ("Blue Cross Blue Shield of Massachusetts", "Tufts Health Plan", "Harvard Pilgrim Health Care",
           "MVP Health Care", "Fidelis Care", "UnitedHealthcare", "Aetna Medicare Advantage",
           "MassHealth", "Vermont Medicaid", "Wellcare")
_PUBSITES = ("https://www.healthit.gov", "http://hl7.org/fhir/us/core", "https://www.cdc.gov/vaccines",
             "https://www.directtrust.org", "http://hl7.org/fhir/R4", "https://www.cms.gov/priorities")
_PUBLIC_LINES = ("1-800-222-1222", "1-800-633-4227", "(800) 273-8255", "1-888-463-6332", "1-877-696-6775",
                 "1-866-787-2340")
_OIDS = ("2.16.840.1.113883.6.1", "2.16.840.1.113883.6.96", "2.16.840.1.113883.6.88",
         "2.16.840.1.113883.10.20.22.1.2", "2.16.840.1.113883.5.1", "2.16.840.1.113883.6.12",
         "2.16.840.1.113883.10.20.22.4.16")
_LOINC = (("2951-2", "Sodium", "mmol/L", (128, 146)), ("2823-3", "Potassium", "mmol/L", (31, 58)),
          ("2160-0", "Creatinine", "mg/dL", (6, 31)), ("6690-2", "WBC", "10*3/uL", (31, 189)),
          ("718-7", "Hemoglobin", "g/dL", (71, 152)), ("777-3", "Platelets", "10*3/uL", (88, 412)),
          ("2345-7", "Glucose", "mg/dL", (71, 388)), ("1920-8", "AST", "U/L", (12, 240)),
          ("33762-6", "NT-proBNP", "pg/mL", (88, 9900)), ("10839-9", "Troponin I", "ng/mL", (1, 480)))
_ENGINES = ("Rhapsody", "Mirth Connect", "Cloverleaf", "Corepoint", "InterSystems HealthShare")
_EHRS = ("Cerner", "Meditech", "athenahealth", "eClinicalWorks")
_NETWORKS = ("Carequality", "CommonWell", "eHealth Exchange")
_FAXVEND = ("RightFax", "eFax Corporate")

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _letters(r: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


def _phone_parts(r: random.Random, toll_free: bool = False) -> tuple[str, str, str]:
    area = r.choice(_TOLLFREE if toll_free else _AREA)
    ex = "555" if r.random() < 0.3 else str(r.randint(201, 989))
    return area, ex, _digits(r, 4)


_PHONE_STYLES = ("paren", "paren_ns", "dash", "dot", "plus", "one", "plain", "space", "e164")


def _phone(r: random.Random, fmt: str = "any", toll_free: bool = False) -> str:
    a, ex, ln = _phone_parts(r, toll_free)
    style = r.choice(_PHONE_STYLES) if fmt == "any" else fmt
    return {
        "paren": f"({a}) {ex}-{ln}", "paren_ns": f"({a}){ex}-{ln}", "dash": f"{a}-{ex}-{ln}",
        "dot": f"{a}.{ex}.{ln}", "plus": f"+1-{a}-{ex}-{ln}", "one": f"1-{a}-{ex}-{ln}",
        "plain": f"{a}{ex}{ln}", "space": f"{a} {ex} {ln}", "e164": f"+1{a}{ex}{ln}",
    }[style]


def _pager(r: random.Random, fmt: str = "any") -> str:
    style = r.choice(("five", "dash5", "seven", "ten", "ten")) if fmt == "any" else fmt
    if style == "five":
        return f"{r.randint(2, 9)}{_digits(r, 4)}"
    if style == "dash5":
        return f"{r.randint(2, 9)}-{_digits(r, 4)}"
    if style == "seven":
        return f"{r.randint(201, 989)}-{_digits(r, 4)}"
    return _phone(r, r.choice(("dash", "paren", "dot")))


def _person(r: random.Random, fmt: str = "fl") -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    if fmt == "any":
        fmt = r.choice(("fl", "fl", "fml", "lf"))
    if fmt == "fl":
        return f"{g} {f}"
    if fmt == "fml":
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if fmt == "lf":
        return f"{f}, {g}"
    if fmt == "LF":
        return f"{f.upper()}, {g.upper()}"
    # hl7 XPN family^given[^middle]
    if r.random() < 0.5:
        return f"{f.upper()}^{g.upper()}"
    return f"{f}^{g}^{r.choice('ABCDEFGHJKLMNPRSTW')}"


def _email(r: random.Random, fmt: str = "any") -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    style = r.choice(("direct", "direct", "personal", "role")) if fmt == "any" else fmt
    if style == "direct":
        local = r.choice((f"{g[0]}{f}", f"{g}.{f}", f"{f}.{g[0]}", f"dr.{f}"))
        return f"{local}@direct.{r.choice(_DOMAINS)}"
    if style == "role":
        local = r.choice(("referrals", "him.records", "intake", "transitions", "radiology.results", "cm.team"))
        return f"{local}@direct.{r.choice(_DOMAINS)}"
    local = r.choice((f"{g}.{f}{r.randint(1, 99)}", f"{g[0]}{f}", f"{f}{g}{r.randint(50, 99)}", f"{g}_{f}"))
    return f"{local}@{r.choice(_MAILHOSTS)}"


def _url(r: random.Random, fmt: str = "any") -> str:
    dom = r.choice(_DOMAINS)
    tok = _letters(r, 4, "abcdefghjkmnpqrstuvwxyz") + _digits(r, 3) + _letters(r, 3, "abcdefghjkmnpqrstuvwxyz")
    style = r.choice(("fhir", "portal", "xds", "img", "hie", "www")) if fmt == "any" else fmt
    if style == "fhir":
        res = r.choice(("Patient", "Encounter", "Coverage", "DocumentReference", "ImagingStudy"))
        return f"https://fhir.{dom}/r4/{res}/{_digits(r, r.randint(5, 8))}"
    if style == "portal":
        return f"https://portal.{dom}/share/{tok}"
    if style == "xds":
        return f"https://{dom}/xds/retrieve?docId={_digits(r, 7)}&pid={_digits(r, 7)}"
    if style == "img":
        return f"https://images.{dom}/viewer/study/{tok}"
    if style == "hie":
        return f"http://hie.{dom}/patient-summary/{_digits(r, 8)}"
    return f"www.{dom}/mychart/letters/{tok}"


def _ip(r: random.Random, fmt: str = "any") -> str:
    roll = r.random() if fmt == "any" else 0.5
    if roll < 0.07:
        return f"2001:db8:{r.randint(16, 4095):x}:{r.randint(1, 255):x}::{r.randint(2, 254):x}"
    kind = r.randint(0, 3)
    if kind == 0:
        return f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
    if kind == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
    if kind == 2:
        return f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"
    return f"{r.choice((64, 66, 73, 98, 104, 136, 157, 198, 206))}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"


def _ssn(r: random.Random, fmt: str = "any") -> str:
    a = r.choice([n for n in range(1, 900) if n != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = r.choice(("dash", "dash", "plain", "space")) if fmt == "any" else fmt
    sep = {"dash": "-", "plain": "", "space": " "}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _mrn(r: random.Random, fmt: str = "any") -> str:
    style = r.randint(0, 5) if fmt == "any" else int(fmt)
    if style == 0:
        return _digits(r, 7)
    if style == 1:
        return "00" + _digits(r, 6)
    if style == 2:
        return r.choice("EMHK") + _digits(r, 7)
    if style == 3:
        return f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 3)}"
    if style == 4:
        return _digits(r, 9)
    return f"{r.choice(('MV', 'HP', 'SB', 'QR'))}{_digits(r, 6)}"


def _account(r: random.Random, fmt: str = "any") -> str:
    style = r.choice(("visit", "fin", "csn", "acc", "order", "placer", "claim", "ticket", "auth", "har")) \
        if fmt == "any" else fmt
    if style == "visit":
        return "V" + _digits(r, 8)
    if style == "fin":
        return _digits(r, 10)
    if style == "csn":
        return "1" + _digits(r, 9)
    if style == "acc":
        return r.choice(("CT", "XR", "MR", "US", "RAD", "A")) + _digits(r, 7)
    if style == "order":
        return r.choice(("ORD", "O-", "")) + _digits(r, 7)
    if style == "placer":
        return f"P{_digits(r, 6)}-{r.randint(1, 4)}"
    if style == "claim":
        return f"{_digits(r, 4)}-{_digits(r, 5)}-{_digits(r, 2)}"
    if style == "ticket":
        return r.choice(("INC", "RITM", "TKT-")) + _digits(r, 7)
    if style == "auth":
        return r.choice(("PA", "AU", "")) + _digits(r, 8)
    return "H" + _digits(r, 9)


def _mbi(r: random.Random) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(alpha) + r.choice(alnum) + str(r.randint(0, 9)) + r.choice(alpha)
         + r.choice(alnum) + str(r.randint(0, 9)) + r.choice(alpha) + r.choice(alpha) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def _plan(r: random.Random, fmt: str = "any") -> str:
    style = r.randint(0, 6) if fmt == "any" else int(fmt)
    if style == 0:
        return _letters(r, 3) + _digits(r, 9)
    if style == 1:
        return "W" + _digits(r, 8)
    if style == 2:
        return _letters(r, 2) + _digits(r, 5) + _letters(r, 1)
    if style == 3:
        return _mbi(r)
    if style == 4:
        return f"{_digits(r, 9)}-{_digits(r, 2)}"
    if style == 5:
        return "M" + _digits(r, 10)
    return _letters(r, 1) + _digits(r, 3) + _letters(r, 1) + _digits(r, 5)


def _npi(r: random.Random) -> str:
    base = r.choice("12") + _digits(r, 8)
    total = 0
    for k, ch in enumerate(reversed("80840" + base)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGM") + r.choice("ABCDEGHKLMNOPRSTWZ") + "".join(map(str, d)) + str(check)


def _license(r: random.Random, fmt: str = "any") -> str:
    style = r.choice(("npi", "npi", "dea", "state", "rn", "dl", "ems")) if fmt == "any" else fmt
    if style == "npi":
        return _npi(r)
    if style == "dea":
        return _dea(r)
    if style == "state":
        return r.choice(("", "", "LN-", "0")) + _digits(r, 6)
    if style == "rn":
        return r.choice(("", "R")) + _digits(r, 6)
    if style == "dl":
        return r.choice((r.choice("SDK") + _digits(r, 8), f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                         _letters(r, 1) + _digits(r, 3) + "-" + _digits(r, 4) + "-" + _digits(r, 4)))
    return r.choice(("P", "E", "A")) + "-" + _digits(r, 5)


def _zip(r: random.Random, fmt: str = "any") -> str:
    z = f"{r.choice(('01', '02', '03', '04', '05', '06', '12', '13', '14'))}{_digits(r, 3)}"
    if fmt == "9" or (fmt == "any" and r.random() < 0.25):
        return f"{z}-{_digits(r, 4)}"
    return z


def _street(r: random.Random, fmt: str = "any") -> str:
    s = f"{r.randint(2, 2999)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}{r.choice(_UNITS)}"
    return s.upper() if fmt == "upper" else s


def _date(r: random.Random, fmt: str) -> str:
    style, _, what = fmt.partition(":")
    if what == "dob":
        y = r.randint(1921, 1988)
    elif what == "death":
        y = r.randint(2016, 2024)
    else:
        y = r.randint(2012, 2025)
    m, d = r.randint(1, 12), r.randint(1, 28)
    if style == "any":
        style = r.choice(("iso", "us", "us1", "long", "abbr", "dmy", "dmy2"))
    if style == "hl7":
        return f"{y}{m:02d}{d:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "us1":
        return f"{m}/{d}/{y}"
    if style == "long":
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if style == "abbr":
        return f"{_MONTHS[m - 1][:3]} {d}, {y}"
    if style == "dmy":
        return f"{d:02d}-{_MONTHS[m - 1][:3]}-{y}"
    return f"{d} {_MONTHS[m - 1]} {y}"


def _device(r: random.Random, fmt: str = "any") -> str:
    style = r.randint(0, 6) if fmt == "any" else int(fmt)
    if style == 0:
        return _letters(r, 3) + _digits(r, 6) + _letters(r, 1)
    if style == 1:
        return str(r.randint(1, 9)) + _letters(r, 2) + _digits(r, 5)
    if style == 2:
        return r.choice(("BMC-", "AT-", "FX-", "IT")) + _digits(r, 6)
    if style == 3:
        return "35" + _digits(r, 13)
    if style == 4:
        return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))
    if style == 5:
        return _digits(r, 5) + _letters(r, 1)
    return _letters(r, 2) + _digits(r, 4) + _letters(r, 2)


def _vehicle(r: random.Random, fmt: str = "any") -> str:
    style = r.randint(0, 4) if fmt == "any" else int(fmt)
    if style == 0:
        return str(r.randint(1, 9)) + _letters(r, 3) + _digits(r, 3)
    if style == 1:
        return _letters(r, 3) + " " + _digits(r, 4)
    if style == 2:
        return str(r.randint(1, 9)) + _letters(r, 2) + _digits(r, 2)
    if style == 3:
        return r.choice("12345JKW") + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)) \
            + _digits(r, 7)
    return _letters(r, 2) + "-" + _digits(r, 5)


def _location(r: random.Random, fmt: str = "any") -> str:
    t = r.choice(_TOWNS)
    return t.upper() if fmt == "upper" else t


def _org(r: random.Random, fmt: str = "any") -> str:
    group, _, case = fmt.partition("+")
    o = r.choice(_ORG_GROUPS.get(group, _ORGS))
    return o.upper() if case == "upper" else o


def _age(r: random.Random, fmt: str = "any") -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


_VALUE: dict[str, Callable[[random.Random, str], str]] = {
    "PHONE": lambda r, f: _phone(r, f),
    "FAX": lambda r, f: _phone(r, "one" if f == "tf" else f, toll_free=f == "tf"),
    "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip, "SSN": _ssn, "MRN": _mrn,
    "ACCOUNT": _account, "HEALTH_PLAN": _plan, "LICENSE": _license, "ZIP": _zip, "STREET_ADDRESS": _street,
    "DATE_REAL_YEAR": _date, "AGE_OVER_89": _age, "DEVICE_ID": _device, "VEHICLE_ID": _vehicle,
    "PERSON": _person, "LOCATION": _location, "ORGANIZATION": _org,
}

# --------------------------------------------------------------------------------------------------
# Plant templates: (syntax, value format, template). {{v}} is the span; {{x}} a filler; [[a|b]] a choice.
# --------------------------------------------------------------------------------------------------

_T = tuple[str, str, str]
_TEMPLATES: dict[str, tuple[_T, ...]] = {
    "PHONE": (
        ("hl7", "paren_ns", "PID|1||___^^^___^MR||___^___^^^^^L||___|[[F|M]]|||___^^___^___^___^USA||{{v}}^PRN^PH|||[[M|S|W]]"),
        ("hl7", "dash", "NK1|1|___^___|[[SPO^Spouse|DAU^Daughter|SON^Son|SIS^Sister|FND^Friend]]|___^^___^___^___|{{v}}^PRN^PH||[[EC^Emergency Contact|N^Next-of-Kin]]"),
        ("hl7", "paren_ns", "PID|1||___^^^___^MR||___^___||___|F|||___||^PRN^PH^^^___^___~{{v}}^PRN^CP"),
        ("fhir", "dash", '"telecom": [ { "system": "phone", "value": "{{v}}", "use": "[[home|mobile|work]]" } ],'),
        ("fhir", "paren", '{ "system": "phone", "value": "{{v}}", "rank": 1 }'),
        ("xml", "plus", '<telecom use="[[HP|MC|WP]]" value="tel:{{v}}"/>'),
        ("xml", "e164", '<telecom value="tel:{{v}}" use="[[HP|MC]]"/>'),
        ("xml", "dash", "<CommunicationNumbers><PrimaryTelephone><Number>{{v}}</Number></PrimaryTelephone></CommunicationNumbers>"),
        ("hdr", "any", "From: ___ (HIM / Release of Information)   Phone: {{v}}   Fax: ___"),
        ("hdr", "paren", "Sender callback [[number|no.]]: {{v}}"),
        ("log", "plain", "{{sdus}} {{hm}}  consent verified by telephone, callback={{v}}, agent=___"),
        ("log", "dash", "  contact.phone  {{v}}   (source: registration ADT A08)"),
        ("dicom", "dash", "(0010,2154) PatientTelephoneNumbers   {{v}}"),
        ("kv", "any", "[[Phone|Ph#|Tel|Home phone|Phnoe|Cell]]: {{v}}"),
        ("kv", "any", "| Contact phone | {{v}} |"),
        ("kv", "dot", "Daughter (HCP) ........ {{v}}"),
        ("kv", "dash", "Best number to reach pt\nafter discharge: {{v}}"),
        ("prose", "any", "The patient's sister (___) can be reached at {{v}} for discharge planning questions."),
        ("prose", "paren", "The HIE demographic record listed a home number of {{v}}, which differed from our registration."),
        ("prose", "dash", "Called the sending facility's HIM line at {{v}} to request the CCD that never arrived."),
        ("prose", "any", "Husband asks to be called at {{v}} once the outside records are reconciled."),
        ("sig", "dash", "-- ___, RHIT, Health Information Management, direct line {{v}}"),
    ),
    "FAX": (
        ("hdr", "paren", "TO: ___ Admitting Office          FAX: {{v}}"),
        ("hdr", "any", "Fax transmission report: sent to {{v}} -- [[3|4|6|11]] pages -- status OK"),
        ("hdr", "dash", "Return fax[[:| #| no.]] {{v}}"),
        ("hdr", "tf", "FROM: ___ (referring practice)   Toll-free fax: {{v}}"),
        ("hdr", "plain", "Remote CSID: ___   Called number: {{v}}   Duration 01:52"),
        ("xml", "plus", '<telecom use="WP" value="fax:{{v}}"/>'),
        ("xml", "dash", "<CommunicationNumbers><Fax><Number>{{v}}</Number></Fax></CommunicationNumbers>"),
        ("fhir", "dash", '{ "system": "fax", "value": "{{v}}", "use": "work" }'),
        ("hl7", "paren_ns", "PRD|RP|___^___^^^^^^|___^^___^___^___||{{v}}^WPN^FX"),
        ("hl7", "dash", "PRD|RT|___^___|___||^WPN^PH^^^___^___~{{v}}^WPN^FX"),
        ("kv", "any", "[[Fax|FAX|Fx|fax#|Faxx]]: {{v}}"),
        ("kv", "any", "| Fax | {{v}} |"),
        ("kv", "dash", "Please return to fax\n{{v}}"),
        ("prose", "any", "Please fax the signed order back to {{v}}."),
        ("prose", "tf", "The referral was faxed to the practice's toll-free fax line {{v}} after the Direct message bounced."),
        ("prose", "paren", "Records request sent by fax to {{v}}; confirmation page scanned to media."),
        ("prose", "dash", "The radiology report was misrouted to fax {{v}} (an old number for the PCP) and was re-sent."),
        ("sig", "any", "___ Care Management | fax {{v}}"),
    ),
    "PAGER": (
        ("hl7", "seven", "PRD|RP|___^___|___||^WPN^BP^^^___^___~{{v}}^WPN^BP"),
        ("fhir", "any", '{ "system": "pager", "value": "{{v}}" }'),
        ("xml", "ten", '<telecom use="PG" value="tel:{{v}}"/>'),
        ("log", "five", "{{sdus}} {{hm}}  on-call interface analyst paged ({{v}}) -- queue depth 214"),
        ("hdr", "any", "Critical result callback: reading radiologist pager {{v}}"),
        ("kv", "any", "[[Pager|Pgr#|pgr|Beeper|Pager no.]]: {{v}}"),
        ("kv", "dash5", "| On-call pager | {{v}} |"),
        ("prose", "any", "Covering resident paged at {{v}} regarding the failed ADT feed."),
        ("prose", "five", "Please page {{v}} with questions about the outside images."),
        ("prose", "any", "Interface on-call (pager {{v}}) restarted the inbound channel at {{hm}}."),
        ("sig", "any", "___, MD (Radiology) -- pgr {{v}}"),
    ),
    "EMAIL": (
        ("hdr", "direct", "From: ___ <{{v}}>"),
        ("hdr", "direct", "To: {{v}}"),
        ("hdr", "role", "Direct address: {{v}}"),
        ("hdr", "direct", "Disposition-Notification-To: {{v}}"),
        ("hdr", "role", "X-Original-Recipient: {{v}}"),
        ("fhir", "personal", '{ "system": "email", "value": "{{v}}" }'),
        ("xml", "direct", '<telecom value="mailto:{{v}}"/>'),
        ("xml", "direct", "<DirectAddress>{{v}}</DirectAddress>"),
        ("hl7", "personal", "PID|1||___^^^___^MR||___^___||___|F|||___||^NET^Internet^{{v}}"),
        ("log", "any", "{{sdus}} {{hm}}  MDN failure: recipient {{v}} not found in provider directory"),
        ("kv", "any", "[[E-mail|Email|Secure msg|eml|Direct]]: {{v}}"),
        ("kv", "personal", "| Patient e-mail | {{v}} |"),
        ("prose", "personal", "Patient asked that the CCD be sent to her personal e-mail {{v}} rather than through the portal."),
        ("prose", "direct", "The Direct message bounced from {{v}} because the certificate had expired."),
        ("prose", "role", "Discharge summary sent via Direct to {{v}}; MDN processed."),
    ),
    "URL": (
        ("fhir", "fhir", '"fullUrl": "{{v}}",'),
        ("fhir", "fhir", '"reference": "{{v}}"'),
        ("fhir", "xds", '"attachment": { "contentType": "application/pdf", "url": "{{v}}" }'),
        ("xml", "xds", '<reference value="{{v}}"/>'),
        ("xml", "img", '<text><reference value="{{v}}"/></text>'),
        ("hdr", "portal", "Link (expires in 7 days): {{v}}"),
        ("hdr", "img", "View images: {{v}}"),
        ("log", "fhir", "{{sdus}} {{hm}}  GET {{v}} -> 200 OK"),
        ("log", "hie", "{{sdus}} {{hm}}  document viewed: {{v}}"),
        ("kv", "any", "[[Document URL|Link|URL|Share link]]: {{v}}"),
        ("kv", "any", "| Source | {{v}} |"),
        ("prose", "img", "Outside images are available at {{v}} until the share expires."),
        ("prose", "portal", "The family uploaded the portal export; link {{v}} was pasted into the chart by the unit clerk."),
        ("prose", "www", "Letter available to patient at {{v}}"),
    ),
    "IP_ADDRESS": (
        ("log", "any", "{{ts}} ERROR MLLP connection reset by peer {{v}}:[[2575|6661|7001|5010]]"),
        ("log", "any", "{{ts}} INFO inbound listener bound to {{v}} port [[2575|6661]]"),
        ("log", "any", "{{ts}} WARN ACK timeout (30 s) from {{v}}"),
        ("log", "any", "  source_ip={{v}}  user=___  action=QUERY  result=3 docs"),
        ("hdr", "any", "Received: from mx2.___ ([{{v}}]) by ___ with ESMTPS"),
        ("hdr", "any", "X-Originating-IP: [{{v}}]"),
        ("dicom", "any", "C-STORE from AE ___ ({{v}}) accepted -- 412 instances"),
        ("fhir", "any", '"network": { "address": "{{v}}", "type": "2" }'),
        ("kv", "any", "[[Client IP|Sending host|Host|IP addr]]: {{v}}"),
        ("kv", "any", "| Remote host | {{v}} |"),
        ("prose", "any", "The interface team traced the duplicate feed to an old test engine at {{v}} that still pointed at production."),
        ("prose", "any", "The modality worklist query came from {{v}}, the portable unit's address."),
    ),
    "SSN": (
        ("hl7", "plain", "PID|1||___^^^___^MR||___^___||___|[[M|F]]|||___||___|||||___|{{v}}"),
        ("hl7", "dash", "GT1|1||___^___||___^^___^___^___|___||___|[[F|M]]||SEL|{{v}}"),
        ("fhir", "dash", '{ "system": "http://hl7.org/fhir/sid/us-ssn", "value": "{{v}}" }'),
        ("xml", "dash", '<id root="2.16.840.1.113883.4.1" extension="{{v}}"/>'),
        ("hdr", "dash", "RE: ___   DOB: ___   SSN: {{v}}"),
        ("log", "plain", "  match attr ssn={{v}} weight=9.2 (agree)"),
        ("kv", "any", "[[SSN|SS#|Soc Sec No|Social Security]]: {{v}}"),
        ("kv", "dash", "| SSN | {{v}} |"),
        ("prose", "any", "The outside facility matched on SSN {{v}}, which belongs to the patient's brother."),
        ("prose", "dash", "Social security number {{v}} had been keyed into the insurance field by the sending registrar."),
    ),
    "MRN": (
        ("hl7", "any", "PID|1||{{v}}^^^___^MR||___^___||___|[[F|M]]"),
        ("hl7", "any", "MRG|{{v}}^^^___^MR||||||___^___"),
        ("hl7", "any", "PID|1||___^^^___^MR~{{v}}^^^___^PI||___^___"),
        ("fhir", "any", '"identifier": [ { "type": { "coding": [ { "code": "MR" } ] }, "value": "{{v}}" } ],'),
        ("xml", "any", '<id extension="{{v}}" root="2.16.840.1.113883.19.5.99999.2"/>'),
        ("dicom", "any", "(0010,0020) PatientID                 {{v}}"),
        ("dicom", "any", "(0010,1000) OtherPatientIDs           {{v}}"),
        ("log", "any", "  EMPI candidate  local MRN {{v}}  score 0.[[88|91|93|97]]  status REVIEW"),
        ("kv", "any", "[[MRN|MR#|Unit No|Med Rec No|EMPI]]: {{v}}"),
        ("kv", "any", "| Outside MRN | {{v}} |"),
        ("kv", "any", "Medical record\nnumber: {{v}}"),
        ("prose", "any", "Survivor record {{v}} was retained after the EMPI merge."),
        ("prose", "any", "Outside records were filed under the wrong medical record number ({{v}}) and moved by HIM."),
        ("sig", "any", "cc: HIM merge queue, MRN {{v}}"),
    ),
    "ACCOUNT": (
        ("hl7", "visit", "PV1|1|I|___^___^___|[[E|U|R]]|||___^___^___||||||||||||{{v}}"),
        ("hl7", "order", "ORC|NW|{{v}}^EPC|___^___||SC||||{{ts}}|||___^___^___"),
        ("hl7", "acc", "OBR|1|___|{{v}}^RAD|[[71046^CHEST 2 VIEWS|70450^CT HEAD WO CONTRAST|74177^CT ABD PELVIS W CONTRAST]]|||{{ts}}"),
        ("hl7", "fin", "PID|1||___^^^___^MR||___^___||___|[[F|M]]|||___||___|||||{{v}}"),
        ("fhir", "acc", '"accessionIdentifier": { "value": "{{v}}" },'),
        ("fhir", "visit", '"identifier": [ { "use": "official", "system": "urn:oid:___", "value": "{{v}}" } ], "class": { "code": "IMP" },'),
        ("fhir", "order", '"requisition": { "value": "{{v}}" },'),
        ("xml", "csn", '<encompassingEncounter><id extension="{{v}}" root="___"/>'),
        ("dicom", "acc", "(0008,0050) AccessionNumber           {{v}}"),
        ("log", "ticket", "  interface ticket {{v}} opened for the rejected ORU"),
        ("log", "visit", "{{ts}} AR  duplicate visit number {{v}} -- message held"),
        ("kv", "any", "[[Acct#|Acct|FIN|CSN|Encounter|Accession|Claim no.|Auth #|HAR|Acount]]: {{v}}"),
        ("kv", "any", "| Encounter | {{v}} |"),
        ("kv", "auth", "Referral authorization\n#{{v}} (valid 60 days)"),
        ("prose", "acc", "The outside CT (accession {{v}}) was pushed to our PACS and linked to this admission."),
        ("prose", "ticket", "Help-desk ticket {{v}} was opened when the ORU to the PCP failed."),
        ("prose", "claim", "The sending hospital's claim {{v}} was cited on the records request."),
    ),
    "HEALTH_PLAN": (
        ("hl7", "any", "IN1|1|___|___|{{payer}}|||||{{grp}}||||||___^___|18|___|||||||||||||||||||{{v}}"),
        ("hl7", "any", "IN1|1|___|___|{{payer}}|||||___|||||||___^___|01|||||||||||||||||||||{{v}}"),
        ("fhir", "any", '"subscriberId": "{{v}}",'),
        ("fhir", "any", '"identifier": [ { "type": { "coding": [ { "code": "MB" } ] }, "value": "{{v}}" } ], "payor": [ { "display": "{{payer}}" } ],'),
        ("xml", "any", '<participantRole classCode="PAT"><id root="___" extension="{{v}}"/></participantRole>'),
        ("xml", "any", "<BenefitsCoordination><CardholderID>{{v}}</CardholderID><GroupID>___</GroupID></BenefitsCoordination>"),
        ("log", "any", "  271 eligibility: ACTIVE  member={{v}}  {{grp}}"),
        ("kv", "any", "[[Member ID|Subscriber #|Policy no.|Ins ID|Membr ID]]: {{v}}"),
        ("kv", "3", "[[MBI|Medicare MBI]]: {{v}}"),
        ("kv", "2", "Medicaid CIN {{v}}"),
        ("kv", "any", "| Member ID | {{v}} | {{grp}} |"),
        ("prose", "any", "Eligibility (270/271) returned active coverage with {{payer}} for member {{v}}; {{grp}} belongs to the employer."),
        ("prose", "any", "Secondary coverage subscriber id {{v}} was missing from the ADT."),
    ),
    "LICENSE": (
        ("hl7", "npi", "PV1|1|I|___^___^___||||{{v}}^___^___^^^^^^NPI"),
        ("hl7", "npi", "ORC|NW|___|||||||{{ts}}|||{{v}}^___^___^^^^^^^^^^NPI"),
        ("hl7", "dl", "PID|1||___^^^___^MR||___^___||___|M|||___||___|||||___|___|{{v}}^[[MA|VT|NH|NY]]"),
        ("fhir", "npi", '{ "system": "http://hl7.org/fhir/sid/us-npi", "value": "{{v}}" }'),
        ("xml", "npi", '<id root="2.16.840.1.113883.4.6" extension="{{v}}"/>'),
        ("xml", "npi", "<Identification><NPI>{{v}}</NPI></Identification>"),
        ("xml", "dea", "<DEANumber>{{v}}</DEANumber>"),
        ("xml", "state", "<StateLicenseNumber>{{v}}</StateLicenseNumber>"),
        ("hdr", "npi", "Ordering provider NPI: {{v}}"),
        ("kv", "npi", "[[NPI|NPI#|Npi no.]]: {{v}}"),
        ("kv", "dea", "DEA[[:| #| no.]] {{v}}"),
        ("kv", "state", "[[Lic.|License no.|Lisence #|State lic]]: {{v}}"),
        ("kv", "dl", "[[Driver's lic #|DL#|Drivers license]] {{v}}"),
        ("kv", "rn", "RN lic: {{v}}"),
        ("kv", "npi", "| Referring NPI | {{v}} |"),
        ("prose", "dea", "The e-prescription was rejected because prescriber DEA {{v}} did not match the prescriber record."),
        ("prose", "rn", "The transferring nurse (RN license {{v}}) gave report by phone."),
        ("prose", "ems", "EMS crew paramedic certification {{v}} is listed on the imported run report."),
        ("sig", "npi", "Electronically signed: ___, MD  NPI {{v}}"),
    ),
    "ZIP": (
        ("hl7", "any", "PID|1||___^^^___^MR||___^___||___|[[F|M]]|||___^^___^[[MA|VT|NH|CT]]^{{v}}^USA"),
        ("hl7", "5", "NK1|1|___^___|SPO|___^^___^___^{{v}}"),
        ("fhir", "any", '"postalCode": "{{v}}",'),
        ("xml", "any", "<postalCode>{{v}}</postalCode>"),
        ("log", "5", "  query parameters: family=___ birthdate=___ address-postalcode={{v}}"),
        ("kv", "any", "[[Zip|ZIP|Zip code|Postal]]: {{v}}"),
        ("kv", "5", "| ZIP | {{v}} |"),
        ("prose", "any", "The home address on the HIE record (ZIP {{v}}) did not match the registration."),
        ("prose", "5", "Patient lookup used last name, DOB and zip {{v}}, returning three candidates."),
    ),
    "STREET_ADDRESS": (
        ("hl7", "upper", "PID|1||___^^^___^MR||___^___||___|[[M|F]]|||{{v}}^^___^___^___^USA"),
        ("fhir", "any", '"line": [ "{{v}}" ],'),
        ("xml", "any", "<streetAddressLine>{{v}}</streetAddressLine>"),
        ("hdr", "any", "Deliver to: {{v}}, ___"),
        ("dicom", "upper", "(0010,1040) PatientAddress            {{v}}^^___^___"),
        ("kv", "any", "[[Address|Addr|Adress|Street]]: {{v}}"),
        ("kv", "any", "| Home address | {{v}} |"),
        ("prose", "any", "The worklist flagged an address mismatch: registration shows {{v}} while the HIE lists ___."),
        ("prose", "any", "She lives at {{v}} with her daughter."),
        ("prose", "any", "VNA intake will see the patient at {{v}} within 48 hours."),
    ),
    "DATE_REAL_YEAR": (
        ("hl7", "hl7:dob", "PID|1||___^^^___^MR||___^___||{{v}}|[[F|M]]"),
        ("hl7", "hl7:death", "PID|1||___^^^___^MR||___^___||___|M|||||||||||||||||||||{{v}}|Y"),
        ("hl7", "hl7:event", "DG1|1||[[I50.23^Acute on chronic systolic heart failure|I63.9^Cerebral infarction|J18.9^Pneumonia]]^I10||{{v}}|A"),
        ("fhir", "iso:dob", '"birthDate": "{{v}}",'),
        ("fhir", "iso:death", '"deceasedDateTime": "{{v}}"'),
        ("fhir", "iso:event", '"period": { "start": "{{v}}" },'),
        ("xml", "hl7:dob", '<birthTime value="{{v}}"/>'),
        ("xml", "hl7:event", '<effectiveTime><low value="{{v}}"/></effectiveTime>'),
        ("xml", "iso:dob", "<DateOfBirth><Date>{{v}}</Date></DateOfBirth>"),
        ("dicom", "hl7:dob", "(0010,0030) PatientBirthDate          {{v}}"),
        ("dicom", "hl7:event", "(0008,0020) StudyDate                 {{v}}"),
        ("hdr", "us:dob", "RE: ___   DOB {{v}}   Pages: [[4|6|9]]"),
        ("log", "iso:event", "  doc  Discharge Summary  ___  created {{v}}  (retrieved)"),
        ("kv", "any:dob", "[[DOB|Date of Birth|D.O.B.|Birthdate|Dob]]: {{v}}"),
        ("kv", "any:death", "Date of death: {{v}}"),
        ("kv", "us:event", "| Prior admission | {{v}} |"),
        ("prose", "any:event", "The CCD lists a prior CT at the outside hospital on {{v}}."),
        ("prose", "any:event", "The ADT from the SNF carried a stale discharge date of {{v}}."),
        ("prose", "long:dob", "Registration had the birth date as {{v}}, transposed from the referral."),
        ("prose", "any:death", "Her husband died on {{v}}, per the HIE record."),
    ),
    "AGE_OVER_89": (
        ("hl7", "any", "OBX|[[2|3|4]]|NM|30525-0^Age^LN||{{v}}|a^years^UCUM|||||F"),
        ("fhir", "any", '{ "code": { "text": "Age" }, "valueQuantity": { "value": {{v}}, "unit": "a" } }'),
        ("xml", "any", '<observation><code displayName="Age"/><value xsi:type="PQ" value="{{v}}" unit="a"/></observation>'),
        ("log", "any", "  candidate B | [[F|M]] | {{v}} y | score 0.9[[1|3|6]]"),
        ("kv", "any", "[[Age|AGE]]: {{v}}"),
        ("kv", "any", "Age/Sex: {{v}}/[[F|M]]"),
        ("prose", "any", "{{v}}-year-old [[woman|man]] transferred for higher level of care."),
        ("prose", "any", "This is a {{v}} yo [[F|M]] whose records arrived through the HIE."),
        ("prose", "any", "At {{v}} years of age she still lives independently."),
        ("prose", "any", "The patient, aged {{v}}, consented to HIE access."),
    ),
    "DEVICE_ID": (
        ("hl7", "0", "OBX|[[4|5|6]]|ST|GENSN^Generator serial number^L||{{v}}||||||F"),
        ("hl7", "6", "OBX|1|ST|DEVID^Transmitting device^L||{{v}}||||||F|||{{ts}}"),
        ("xml", "any", '<id root="2.16.840.1.113883.3.3719" extension="(01){{gtin}}(17){{exp6}}(10){{lotv}}(21){{v}}"/>'),
        ("fhir", "any", '"serialNumber": "{{v}}",'),
        ("fhir", "0", '"udiCarrier": [ { "carrierHRF": "(01){{gtin}}(17){{exp6}}(10){{lotv}}(21){{v}}" } ],'),
        ("dicom", "5", "(0018,1000) DeviceSerialNumber        {{v}}"),
        ("log", "2", "{{ts}} fax station asset {{v}} -- 14 pages sent to wrong recipient"),
        ("kv", "any", "[[Asset tag|Serial|S/N|Transmitter ID|Device serial]]: {{v}}"),
        ("kv", "2", "| Workstation asset | {{v}} |"),
        ("prose", "0", "Pacemaker interrogation uploaded through the vendor interface lists generator serial {{v}}."),
        ("prose", "any", "The wireless monitor (serial {{v}}) stopped sending ORU messages on hospital day 2."),
        ("prose", "2", "Workstation asset tag {{v}} was identified as the source of the mis-sent fax."),
        ("prose", "4", "The bedside glucometer dock (MAC {{v}}) dropped off the network."),
    ),
    "VEHICLE_ID": (
        ("xml", "any", "<eVehicle><VehicleNumber>___</VehicleNumber><VIN>{{v}}</VIN></eVehicle>"),
        ("log", "any", "  ePCR import: unit=___  vehicle={{v}}  crew=2"),
        ("hl7", "0", "ACC|{{ts}}|MVA^Motor vehicle accident^HL70050|___|||||||driver, plate {{v}}"),
        ("kv", "3", "[[Unit vehicle VIN|VIN]]: {{v}}"),
        ("kv", "any", "[[Plate #|Plate|Vehicle|Ambulance plate]]: {{v}}"),
        ("prose", "0", "The EMS run report imported from the regional HIE documents transport by ambulance plate {{v}}."),
        ("prose", "any", "Per the trauma registry feed she was the restrained driver of a sedan, plate {{v}}."),
        ("prose", "3", "Police report attached to the fax lists the vehicle VIN {{v}}."),
    ),
    "PERSON": (
        ("hl7", "hl7", "PID|1||___^^^___^MR||{{v}}^^^^L||___|[[F|M]]"),
        ("hl7", "hl7", "NK1|1|{{v}}|[[SPO^Spouse|DAU^Daughter|SON^Son|BRO^Brother]]|___^^___^___^___|___"),
        ("hl7", "hl7", "PV1|1|I|___^___^___||||___^{{v}}^^^DR^MD"),
        ("hl7", "hl7", "OBR|1|___|___|71046^CHEST 2 VIEWS|||{{ts}}||||||||___^{{v}}^^^^MD"),
        ("fhir", "fl", '"display": "[[Dr. |]]{{v}}"'),
        ("fhir", "fl", '"name": [ { "use": "official", "text": "{{v}}" } ],'),
        ("xml", "fl", "<assignedPerson><name>{{v}}</name></assignedPerson>"),
        ("xml", "fl", "<name>[[Dr. |]]{{v}}</name>"),
        ("dicom", "hl7", "(0010,0010) PatientName               {{v}}"),
        ("dicom", "hl7", "(0008,0090) ReferringPhysicianName    {{v}}"),
        ("hdr", "fl", "From: {{v}} <___>"),
        ("hdr", "fl", "ATTN: {{v}}"),
        ("log", "LF", "  Candidate A: {{v}}   DOB ___   MRN ___   score 0.87"),
        ("log", "lf", "  reviewed_by={{v}}  decision=LINK"),
        ("kv", "any", "[[Referring|PCP|NOK|Contact|HCP]]: {{v}}"),
        ("kv", "fl", "| Receiving clinician | {{v}} |"),
        ("prose", "fl", "Spoke with {{v}} from the sending hospital's HIM department about the overlaid chart."),
        ("prose", "fl", "Her son, {{v}}, is the health care proxy and signed the HIE consent."),
        ("prose", "fl", "Dr. {{v}} at the sending facility was notified of the result."),
        ("prose", "fml", "Records were requested from {{v}}, NP, the patient's primary care provider."),
        ("sig", "fl", "Electronically signed by {{v}}, [[MD|DO|NP|PA-C]] on {{sdus}} at {{hm}}"),
        ("sig", "fml", "Dictated by: {{v}}"),
    ),
    "LOCATION": (
        ("hl7", "upper", "PID|1||___^^^___^MR||___^___||___|[[M|F]]|||___^^{{v}}^[[MA|VT|NH|CT|NY]]^___"),
        ("fhir", "any", '"city": "{{v}}",'),
        ("xml", "any", "<city>{{v}}</city>"),
        ("hdr", "any", "Location: {{v}} office"),
        ("log", "any", "  query parameters: family=___ address-city={{v}}"),
        ("kv", "any", "[[City|Town|Residence]]: {{v}}"),
        ("kv", "any", "| City | {{v}} |"),
        ("prose", "any", "Transferred from a community hospital in {{v}} after the CT was read as positive."),
        ("prose", "any", "She lives alone in {{v}}, about an hour from here."),
        ("prose", "any", "He originally presented to an urgent care in {{v}}."),
    ),
    "ORGANIZATION": (
        ("hl7", "hosp+upper", "MSH|^~\\&|[[ADT|LAB|RAD]]|{{v}}|___|___|{{ts}}||[[ADT^A01|ADT^A08|ORU^R01]]|{{ctl}}|{{mshv}}"),
        ("hl7", "pract", "PD1|||{{v}}^^___"),
        ("hl7", "diag", "MSH|^~\\&|RIS|{{v}}|___|___|{{ts}}||ORU^R01|{{ctl}}|{{mshv}}"),
        ("fhir", "hosp", '"managingOrganization": { "display": "{{v}}" },'),
        ("fhir", "diag", '"performer": [ { "display": "{{v}}" } ],'),
        ("fhir", "pharm", '"dispenseRequest": { "performer": { "display": "{{v}}" } },'),
        ("xml", "care", "<representedOrganization><name>{{v}}</name></representedOrganization>"),
        ("xml", "hosp", "<representedCustodianOrganization><name>{{v}}</name></representedCustodianOrganization>"),
        ("xml", "pharm", "<Pharmacy><BusinessName>{{v}}</BusinessName></Pharmacy>"),
        ("dicom", "imaging+upper", "(0008,0080) InstitutionName           {{v}}"),
        ("hdr", "care", "From: ___ ({{v}})"),
        ("hdr", "hosp", "Sending facility: {{v}}"),
        ("log", "gateway", "  responding gateway: {{v}} -- 7 documents"),
        ("kv", "hosp", "[[Facility|Sending facility|Sending org|Hospital]]: {{v}}"),
        ("kv", "pharm", "[[Pharmacy|Preferred pharmacy|Pharm]]: {{v}}"),
        ("kv", "post", "[[SNF|Discharge to|Agency]]: {{v}}"),
        ("kv", "pract", "[[Practice|PCP office|Clinic]]: {{v}}"),
        ("kv", "any", "| Source organization | {{v}} |"),
        ("prose", "care", "A CCD was received from {{v}} through the HIE."),
        ("prose", "hosp", "Transferred from {{v}} for a higher level of care."),
        ("prose", "post", "Discharged to {{v}} for short-term rehabilitation."),
        ("prose", "hie", "The patient signed the opt-in consent for {{v}} during this admission."),
        ("prose", "emp", "He works at {{v}}; the occupational health office faxed the injury report."),
        ("prose", "pharm", "Medication history from {{v}} showed the last fill was two months ago."),
    ),
}

_LEADS = {
    "hl7": ("", "", "Rejected segment (AE):\n", "From the prior message in the error queue:\n", "Raw segment:\n"),
    "fhir": ("", "", "Excerpt of the returned resource:\n", "API response (truncated):\n"),
    "xml": ("", "", "CCD excerpt:\n", "From the received document header:\n"),
    "hdr": ("", "", ""),
    "log": ("", "", "Log excerpt:\n"),
    "dicom": ("", "", "DICOM header (outside study):\n"),
    "kv": ("", "", ""),
    "prose": ("",),
    "sig": ("",),
}

# Category weights for the Weyl sequence (stable per-category counts).
_CAT_WEIGHTS = (
    ("PHONE", 1.0), ("FAX", 1.0), ("PAGER", 0.8), ("EMAIL", 1.0), ("URL", 0.9), ("IP_ADDRESS", 0.9),
    ("SSN", 0.8), ("MRN", 1.3), ("ACCOUNT", 1.5), ("HEALTH_PLAN", 1.0), ("LICENSE", 1.0), ("ZIP", 0.9),
    ("STREET_ADDRESS", 0.9), ("DATE_REAL_YEAR", 1.3), ("AGE_OVER_89", 0.7), ("DEVICE_ID", 0.9),
    ("VEHICLE_ID", 0.6), ("PERSON", 1.4), ("LOCATION", 1.0), ("ORGANIZATION", 1.3),
)
_W_TOTAL = sum(w for _, w in _CAT_WEIGHTS)

# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{\{(\w+)\}\}|\[\[(.*?)\]\]", re.S)


class _Block:
    __slots__ = ("parts", "la", "theme")

    def __init__(self, parts: list[tuple[str, str | None]], la: list[str], theme: bool = False) -> None:
        self.parts = parts
        self.la = la
        self.theme = theme

    def text(self) -> str:
        return "".join(p for p, _ in self.parts)


class _Ctx:
    """Per-note state: the random stream, the shifted year and the look-alike collector."""

    def __init__(self, r: random.Random, heavy: bool) -> None:
        self.r = r
        self.heavy = heavy
        self.year = r.randint(2110, 2195)
        self._la: list[str] = []

    # ---- fillers (never identifiers) -------------------------------------------------------------
    def _reg(self, s: str) -> str:
        self._la.append(s)
        return s

    def f_ts(self) -> str:
        r = self.r
        return self._reg(f"{self.year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}"
                         f"{r.randint(0, 59):02d}")

    def f_sd(self) -> str:
        r = self.r
        return self._reg(f"{self.year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")

    def f_sdus(self) -> str:
        r = self.r
        return self._reg(f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{self.year}")

    def f_hm(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def f_ctl(self) -> str:
        return self._reg(self.r.choice(("Q", "MSG", "X", "ADT", "T")) + _digits(self.r, 7))

    def f_mshv(self) -> str:
        return self._reg(f"{self.r.choice('PT')}|{self.r.choice(('2.3', '2.4', '2.5.1', '2.5.1', '2.6'))}")

    def f_drug(self) -> str:
        return self.r.choice(_DRUGS)

    def f_epo(self) -> str:
        return self.r.choice(_EPONYMS)

    def f_engine(self) -> str:
        return self.r.choice(_ENGINES)

    def f_ehr(self) -> str:
        return self.r.choice(_EHRS)

    def f_network(self) -> str:
        return self.r.choice(_NETWORKS)

    def f_faxvend(self) -> str:
        return self.r.choice(_FAXVEND)

    def f_payer(self) -> str:
        return self._reg(self.r.choice(_PAYERS))

    def f_grp(self) -> str:
        return self._reg(self.r.choice(("group ", "GRP ", "Group #", "grp no. ")) + _digits(self.r, 6))

    def f_ndc(self) -> str:
        return self._reg(self.r.choice(("0409-4888-20", "0003-0894-21", "0781-3209-95", "63323-262-01",
                                         "0078-0659-20", "0597-0153-30", "0088-2220-33")))

    def f_lot(self) -> str:
        return self._reg(f"Lot {_letters(self.r, 2)}{_digits(self.r, 4)}{_letters(self.r, 1)}")

    def f_lotv(self) -> str:
        return self._reg(f"{_letters(self.r, 1)}{_digits(self.r, 5)}")

    def f_gtin(self) -> str:
        return self._reg("0" + _digits(self.r, 13))

    def f_exp6(self) -> str:
        return self._reg(f"{self.r.randint(26, 31)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}")

    def f_exp(self) -> str:
        r = self.r
        y, m = r.randint(2026, 2030), r.randint(1, 12)
        return self._reg(r.choice((f"Exp {y}-{m:02d}-{r.randint(1, 28):02d}", f"EXP {m:02d}/{y}",
                                   f"exp. {m:02d}/{r.randint(1, 28):02d}/{y}")))

    def f_ref(self) -> str:
        return self._reg(f"REF {_digits(self.r, 7)}")

    def f_model(self) -> str:
        return self._reg(self.r.choice(("model W1DR01", "model PM2272", "model 5076-52", "model G6 transmitter",
                                        "model XT1522")))

    def f_oid(self) -> str:
        return self._reg(self.r.choice(_OIDS))

    def f_tfree(self) -> str:
        return self._reg(self.r.choice(_PUBLIC_LINES))

    def f_pub(self) -> str:
        return self._reg(self.r.choice(_PUBSITES))

    def f_ver(self) -> str:
        return self._reg(f"v{self.r.randint(3, 12)}.{self.r.randint(0, 9)}.{self.r.randint(0, 20)}")

    def f_agey(self) -> str:
        return self._reg(f"{self.r.randint(19, 89)}-year-old")

    def f_score(self) -> str:
        r = self.r
        return self._reg(r.choice((f"NIHSS {r.randint(0, 14)}", f"GCS {r.randint(9, 15)}",
                                   f"Wells score {r.randint(0, 6)}", f"CURB-65 of {r.randint(0, 4)}",
                                   f"HEART score {r.randint(2, 8)}", f"MELD {r.randint(8, 31)}")))

    def f_state(self) -> str:
        return self._reg(self.r.choice(_STATE_NAMES))

    def f_n(self) -> str:
        return str(self.r.randint(2, 14))

    def f_mask(self) -> str:
        return "___"

    # ---- rendering -------------------------------------------------------------------------------
    def block(self, tmpl: str, value: str | None = None, cat: str | None = None, theme: bool = False) -> _Block:
        self._la = []
        parts: list[tuple[str, str | None]] = []
        pos = 0
        for m in _TOKEN.finditer(tmpl):
            if m.start() > pos:
                parts.append((tmpl[pos:m.start()], None))
            if m.group(1) == "v":
                assert value is not None
                parts.append((value, cat))
            elif m.group(1):
                parts.append((getattr(self, "f_" + m.group(1))(), None))
            else:
                parts.append((self.r.choice(m.group(2).split("|")), None))
            pos = m.end()
        if pos < len(tmpl):
            parts.append((tmpl[pos:], None))
        return _Block(parts, list(self._la), theme)

    def tb(self, tmpl: str) -> _Block:
        """A theme block (structured pasted text, masked)."""
        return self.block(tmpl, theme=True)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.r.choice(options)


# --------------------------------------------------------------------------------------------------
# Clinical frames
# --------------------------------------------------------------------------------------------------

_SCENARIOS = (
    ("MEDICINE", "shortness of breath", "none",
     "___ year old with HFrEF (EF 25%) who presents with two weeks of orthopnea, 4 kg weight gain and leg "
     "swelling after running out of [[Entresto|Lasix]].",
     "Diuresed with IV furosemide with net negative 6 L. No Swan-Ganz catheter was needed. Transitioned to oral torsemide. Home [[Jardiance|Entresto]] "
     "resumed once creatinine stabilized. Daily weights reviewed with patient.",
     "Acute on chronic systolic heart failure"),
    ("MEDICINE", "fever, dysuria", "none",
     "___ year old with recurrent UTIs presenting with fever to 102.4, flank pain and rigors; {{score}} on "
     "arrival.",
     "Blood and urine cultures grew pan-sensitive E. coli. Started on Zosyn then narrowed to ceftriaxone, "
     "completed course with oral cephalexin. Foley removed hospital day 2.",
     "E. coli urosepsis, pyelonephritis"),
    ("CARDIOLOGY", "chest pain", "cardiac catheterization with drug-eluting stent to LAD",
     "___ year old with hypertension and hyperlipidemia with substernal chest pressure for 3 hours; "
     "troponin peaked at 4.2.",
     "Heparin drip, cath on hospital day 1 with DES to mid LAD. Started on aspirin, ticagrelor and high "
     "intensity statin. Echo EF 45% with anterior hypokinesis.",
     "NSTEMI, single-vessel coronary artery disease"),
    ("NEUROLOGY", "left-sided weakness", "none",
     "___ year old right-handed with atrial fibrillation off anticoagulation who awoke with left arm and "
     "face weakness; {{score}} at presentation.",
     "Outside of the tPA window. MRI confirmed right MCA territory infarct. Started [[Eliquis|Xarelto]] on day 3 per "
     "stroke team. Passed swallow evaluation; PT/OT recommend acute rehab.",
     "Acute ischemic stroke, right MCA territory"),
    ("SURGERY", "right upper quadrant pain", "laparoscopic cholecystectomy",
     "___ year old with two days of RUQ pain, positive Murphy's sign and leukocytosis; ultrasound with "
     "gallbladder wall thickening and pericholecystic fluid.",
     "Taken for laparoscopic cholecystectomy on hospital day 1, uncomplicated. Tolerated diet, pain "
     "controlled with Tylenol, Zofran for nausea.",
     "Acute calculous cholecystitis"),
    ("MEDICINE", "confusion", "none",
     "___ year old with confusion for 3 days; sodium 118 on arrival, on a thiazide and drinking large "
     "volumes of water.",
     "Fluid restricted, thiazide held, sodium corrected no faster than 8 mEq/L per day. Mental status "
     "returned to baseline. Thiamine given empirically for Wernicke prophylaxis.",
     "Hypotonic hyponatremia"),
    ("ORTHOPAEDICS", "fall, right hip pain", "right hip hemiarthroplasty",
     "___ year old who fell at home; shortened, externally rotated right leg; displaced femoral neck "
     "fracture on films.",
     "Underwent hemiarthroplasty on hospital day 1. DVT prophylaxis with Lovenox for 4 weeks. Low-dose Seroquel for night-time delirium. Weight "
     "bearing as tolerated. Delirium precautions.",
     "Displaced right femoral neck fracture"),
    ("MEDICINE", "melena", "EGD with clip placement",
     "___ year old on aspirin and Coumadin with two days of black stools and lightheadedness; hemoglobin 6.8.",
     "Transfused 2 units, IV pantoprazole, EGD with clean-based duodenal ulcer and visible vessel clipped. "
     "H. pylori serology positive, started on quadruple therapy.",
     "Upper GI bleed from duodenal ulcer"),
    ("MEDICINE", "cough, fever", "none",
     "___ year old with productive cough and fever for 4 days; right lower lobe consolidation; "
     "{{score}}.",
     "Treated with ceftriaxone and azithromycin, transitioned to oral therapy. Oxygen weaned to room air "
     "by day 3.",
     "Community-acquired pneumonia"),
    ("MEDICINE", "hyperglycemia, vomiting", "none",
     "___ year old with type 1 diabetes who ran out of [[Lantus|Humalog]]; glucose 512, anion gap 24, beta-"
     "hydroxybutyrate elevated.",
     "Insulin drip per DKA protocol, gap closed at 14 hours, transitioned to basal-bolus insulin. Diabetes "
     "educator saw patient.",
     "Diabetic ketoacidosis"),
)

_EXAMS = (
    ("CHEST (PA AND LAT)", "PA and lateral views of the chest.",
     ("The lungs are clear without focal consolidation. No pleural effusion or pneumothorax. "
      "Cardiomediastinal silhouette is within normal limits.",
      "Mild pulmonary vascular congestion without frank edema. Small bilateral pleural effusions. No "
      "Kerley B lines at the bases.",
      "Right lower lobe opacity concerning for pneumonia. Heart size is normal."),
     ("No acute cardiopulmonary process.", "Mild pulmonary edema and small effusions.",
      "Right lower lobe pneumonia.")),
    ("CT HEAD W/O CONTRAST", "Contiguous axial images of the brain without contrast. DLP 912 mGy-cm.",
     ("No intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation preserved.",
      "Hypodensity in the right MCA territory consistent with evolving infarct. No hemorrhagic "
      "transformation.",
      "Chronic small vessel ischemic changes. No acute abnormality. No Chiari malformation."),
     ("No acute intracranial abnormality.", "Evolving right MCA infarct without hemorrhage.",
      "Chronic microvascular disease.")),
    ("CT ABD & PELVIS WITH CONTRAST", "Axial images after {{contrast}} IV contrast; coronal and sagittal "
     "reformats.",
     ("Gallbladder is distended with wall thickening. No biliary dilatation. No free air.",
      "Diverticulosis without diverticulitis. No abscess. Small fluid in Morison's pouch. Bosniak I left renal cyst.",
      "Right perinephric stranding with striated nephrogram consistent with pyelonephritis."),
     ("Findings consistent with acute cholecystitis.", "No acute process.", "Right pyelonephritis.")),
    ("CTA CHEST", "CT angiography of the chest after {{contrast}}. Multiplanar reformats.",
     ("No filling defect in the pulmonary arteries to the subsegmental level. Lungs clear.",
      "Filling defects in the right lower lobe segmental arteries. RV/LV ratio 0.9.",
      "No pulmonary embolism. 5 mm right upper lobe nodule; follow-up per Fleischner guidelines. No Hampton's hump."),
     ("No pulmonary embolism.", "Right lower lobe segmental pulmonary emboli.",
      "No PE. Incidental pulmonary nodule.")),
    ("MRI BRAIN W/WO CONTRAST", "Multiplanar multisequence MRI with {{contrast}}.",
     ("Restricted diffusion in the right frontal and parietal cortex. No enhancement.",
      "No acute infarct. Scattered T2 hyperintensities in the periventricular white matter.",
      "Small chronic left cerebellar infarct. No mass."),
     ("Acute right MCA territory infarct.", "No acute intracranial abnormality.",
      "Chronic left cerebellar infarct.")),
    ("US ABDOMEN LIMITED (RUQ)", "Grayscale and color Doppler images of the right upper quadrant.",
     ("Cholelithiasis with gallbladder wall thickening to 5 mm; sonographic Murphy's sign positive.",
      "Normal gallbladder. CBD 4 mm. Liver echotexture normal.",
      "Hepatic steatosis. No focal lesion."),
     ("Findings compatible with acute cholecystitis.", "Normal right upper quadrant ultrasound.",
      "Hepatic steatosis.")),
    ("BILAT LOWER EXT VEINS", "Grayscale, compression and Doppler of the deep veins of both legs.",
     ("Normal compressibility and flow in the common femoral, femoral and popliteal veins bilaterally.",
      "Non-compressible left popliteal vein with occlusive thrombus. A Baker's cyst is noted.",
      "Nonocclusive thrombus in the right femoral vein."),
     ("No DVT.", "Left popliteal DVT.", "Right femoral DVT.")),
    ("CT C-SPINE W/O CONTRAST", "Axial images with sagittal and coronal reformats.",
     ("No fracture or malalignment. Multilevel degenerative disc disease.",
      "Nondisplaced fracture of the C6 spinous process. No prevertebral swelling.",
      "No acute fracture. Ossification of the posterior longitudinal ligament at C4-5."),
     ("No acute cervical spine injury.", "Nondisplaced C6 spinous process fracture.",
      "No acute fracture; degenerative change.")),
    ("HIP 2 VIEWS RIGHT", "AP pelvis and lateral right hip.",
     ("Displaced subcapital femoral neck fracture with varus angulation.",
      "Right hip hemiarthroplasty in expected position. No periprosthetic fracture.",
      "No fracture. Mild joint space narrowing."),
     ("Displaced right femoral neck fracture.", "Expected postoperative appearance.", "No fracture.")),
)

_CONTRAST = ("Omnipaque", "Visipaque", "Gadavist", "Isovue")


def _contrast(c: _Ctx) -> str:
    return f"{c.r.randint(50, 100)} mL of {c.pick(_CONTRAST)}" if c.r.random() < 0.7 else c.pick(_CONTRAST)


_MED_LINES = (
    "[[Eliquis|Xarelto]] [[5|2.5]] mg PO BID", "Lasix 40 mg PO daily", "metoprolol succinate 50 mg PO daily",
    "atorvastatin 80 mg PO qHS", "[[Lantus|Humalog]] [[12|20|8]] units subcutaneous [[qHS|with meals]]",
    "aspirin 81 mg PO daily", "lisinopril 10 mg PO daily", "Keppra 500 mg PO BID",
    "Tylenol 650 mg PO q6h PRN pain", "Protonix 40 mg PO daily", "Narcan 4 mg nasal spray PRN (kit given)",
    "Entresto 24-26 mg PO BID", "Jardiance 10 mg PO daily",
    "senna 8.6 mg PO BID PRN constipation", "pantoprazole 40 mg PO daily",
)

_DC_PAD = (
    "Pertinent Results:\n___ 07:10AM BLOOD WBC-{{n}}.2 RBC-3.91 Hgb-11.4 Hct-34.9 MCV-89 Plt-241\n"
    "___ 07:10AM BLOOD Glucose-112 UreaN-24 Creat-1.1 Na-137 K-4.2 Cl-101 HCO3-25\n"
    "___ 07:10AM BLOOD ALT-22 AST-31 AlkPhos-88 TotBili-0.6",
    "Physical Exam:\nVS: T 98.4 BP 128/72 HR 76 RR 16 O2 96% RA\nGen: NAD, pleasant\nHEENT: MMM, no "
    "Virchow node\nCV: RRR, no m/r/g\nLungs: CTAB\nAbd: soft, NT/ND\nExt: no edema\nNeuro: "
    "Glasgow Coma Scale 15, Babinski downgoing, {{score}}",
    "Transitional Issues:\n- Outside records reconciled; see interoperability note above\n- Recheck BMP "
    "in 1 week\n- Follow-up pending blood cultures\n- Code status: Full (confirmed)",
    "Social History:\n___\nLives with ___. Former smoker, quit ___. Occasional alcohol.",
    "Family History:\nMother with [[Hashimoto thyroiditis|Cushing disease]]; father with CAD.",
    "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
    "interactive.\nActivity Status: Ambulatory - requires assistance or aid (walker or cane).",
    "Discharge Instructions:\nYou were admitted to the hospital for the problem described above. Please take "
    "your medications as prescribed and keep your follow-up appointments. If you have questions about your "
    "records being shared with other providers, ask the HIM office; you can also read about your rights at "
    "{{pub}}.",
    "Followup Instructions:\n___",
    "Past Medical History:\n1. [[Bell's palsy (remote)|Roux-en-Y gastric bypass|Schatzki ring s/p dilation]]\n2. "
    "[[Zenker diverticulum|cirrhosis, Child-Pugh A|hypothyroidism]]\n3. ___",
    "Devices: [[Medtronic|Boston Scientific]] dual-chamber pacemaker ({{model}}), interrogated; [[Dexcom|PleurX]] "
    "device noted on admission. {{ref}}; {{lot}}.",
    "Nursing: Braden 16, Richmond Agitation-Sedation Scale 0, fall precautions. Problem list codes (SNOMED CT) "
    "were imported from Care Everywhere and reviewed.",
    "Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n1. {{drug}} "
    "(dose per outside list)\n2. aspirin 81 mg PO daily",
    "Brief Hospital Course (continued):\nThe patient's outside records were incomplete on arrival. The "
    "team reviewed the CCD and the HIE summary, and the medication list was reconciled with the "
    "dispensing history. Allergies were confirmed with the patient.",
)

_RAD_PAD = (
    "NOTIFICATION: The findings were discussed with ___ by ___ at {{hm}} on ___, "
    "2 minutes after discovery.",
    "DOSE: CTDIvol 12.4 mGy; DLP 488 mGy-cm. Dose modulation used.",
    "RECOMMENDATION(S): Clinical correlation. Follow-up imaging as clinically indicated.",
    "This report was transmitted to the ordering provider's EHR inbox; a copy is available through the "
    "patient portal.",
    "Outside comparison images are not available in our PACS; only the outside report was reviewed.",
    "Dictated in PowerScribe; outside images were shared through Nuance PowerShare and are stored as a "
    "non-diagnostic copy.",
    "Devices in the field of view: [[Medtronic|Boston Scientific]] pacemaker leads in expected position; "
    "[[PleurX catheter in the right pleural space|Dexcom sensor artifact over the left arm]].",
    "CLINICAL INFORMATION (from the interfaced order): ___; ordering provider ___; callback ___.",
    "PROTOCOL: Department protocol; creatinine 0.9 checked before contrast per the outside result.",
    "LIMITATIONS: Motion artifact limits evaluation of the lung bases.",
    "ADDENDUM: The outside prior became available after the initial read; no change to the impression.",
    "Report status: Final. Sent as ORU^R01 (OBX-11 F) to the ordering system and published to the HIE.",
    "Device check: {{model}}, MR conditional per the manufacturer's labeling ({{ref}}).",
    "Premedication: none. Zofran 4 mg IV given for nausea during the exam.",
    "Sedation: none. Glasgow Coma Scale 15 before transport; the patient tolerated the exam well.",
    "Contrast: {{contrastline}} given without immediate complication. {{lot}}, {{exp}}.",
)


def _fmt_exam(c: _Ctx, s: str) -> str:
    return s.replace("{{contrast}}", _contrast(c))


def _discharge_frame(c: _Ctx, themes: list[_Block]) -> list[_Block]:
    r = c.r
    svc, cc, proc, hpi, course, dx = r.choice(_SCENARIOS)
    sex = r.choice("MF")
    head = c.block(
        "Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___"
        f"\n\nDate of Birth:  ___             Sex:   {sex}\n\nService: {svc}\n\nAllergies: \n"
        f"{r.choice(('No Known Allergies / Adverse Drug Reactions', 'Penicillins', 'sulfa (sulfonamide antibiotics)', 'iodinated contrast'))}"
        f"\n\nAttending: ___.\n\nChief Complaint:\n{cc}\n\nMajor Surgical or Invasive Procedure:\n{proc}")
    hpi_b = c.block("History of Present Illness:\n" + hpi.replace("___ year old", r.choice(("___ year old",
                                                                                            "{{agey}}")), 1))
    course_b = c.block("Brief Hospital Course:\n" + course)
    meds = r.sample(_MED_LINES, 4)
    med_b = c.block("Discharge Medications:\n" + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds)))
    dispo = c.block(f"Discharge Disposition:\n{r.choice(('Home', 'Home With Service', 'Extended Care'))}"
                    f"\n\nDischarge Diagnosis:\n{dx}")
    return [head, hpi_b, course_b, *themes, med_b, dispo]


def _radiology_frame(c: _Ctx, themes: list[_Block]) -> list[_Block]:
    r = c.r
    name, tech, finds, imps = r.choice(_EXAMS)
    k = r.randrange(3)
    ind = r.choice(("___ year old woman with {x} // eval", "___ year old man with {x}", "{{agey}} woman with {x}",
                    "History: ___M with {x}", "{{agey}} man with {x}, outside study imported via HIE"))
    reason = r.choice(("shortness of breath", "fall", "stroke symptoms", "RUQ pain", "fever", "leg swelling",
                       "hip pain", "neck pain after MVC", "known outside findings"))
    head = c.block(f"EXAMINATION:  {name}\n\nINDICATION:  {ind.replace('{x}', reason)}\n\nTECHNIQUE:  "
                   f"{_fmt_exam(c, tech)}\n\nCOMPARISON:  {r.choice(('___', 'None.', 'Outside study from ___ (report only).', '___ CT.'))}")
    find = c.block("FINDINGS: \n\n" + _fmt_exam(c, finds[k]))
    imp = c.block("IMPRESSION: \n\n" + imps[k])
    return [head, find, *themes, imp]


# --------------------------------------------------------------------------------------------------
# Theme blocks per document kind (all identifiers masked)
# --------------------------------------------------------------------------------------------------


def _masked_pid(c: _Ctx) -> str:
    return (f"PID|1||___^^^___^MR~___^^^___^PI||___^___^___^^^^L||___|{c.pick('MF')}|||___^^___^___^___^USA||"
            "___^PRN^PH|||" + c.pick("MSWD") + "||___|___")


def _k_adt_transfer(c: _Ctx) -> list[_Block]:
    b = [c.tb("Transfer / interface documentation:\nPatient arrived as an inter-facility transfer from ___. The "
              "sending facility's {{ehr}} system sent an ADT A02 that reached our engine at {{hm}}, but "
              "the PID-3 assigning authority was blank, so registration created a temporary record that HIM "
              "later merged."),
         c.tb("MSH|^~\\&|ADT|___|EPICADT|___|{{ts}}||ADT^A02^ADT_A02|{{ctl}}|{{mshv}}\nEVN|A02|{{ts}}|||___\n"
              + _masked_pid(c) + "\nPV1|1|I|[[4W|5E|MICU|SDU|6N]]^___^___^___|[[E|U|R]]|||___^___^___^^^^MD|||"
              "[[MED|CAR|NEU|SUR]]||||[[1|7]]|||||___")]
    if c.heavy:
        b.append(c.tb("NK1|1|___^___|[[SPO|DAU|SON]]|___^^___^___^___|___\nIN1|1|___|___|___|||||___||||||"
                      "___^___|18|___\nGT1|1||___^___||___^^___^___^___|___"))
    return b


def _k_oru_labs(c: _Ctx) -> list[_Block]:
    rows = c.r.sample(_LOINC, 4)
    obx = []
    for k, (code, name, unit, (lo, hi)) in enumerate(rows):
        val = c.r.randint(lo, hi)
        shown = f"{val / 10:.1f}" if name in ("Potassium", "Creatinine", "WBC", "Hemoglobin") else str(val)
        if name == "Troponin I":
            shown = f"{val / 100:.2f}"
        obx.append(f"OBX|{k + 1}|NM|{code}^{name}^LN||{shown}|{unit}|||||F|||{{{{ts}}}}")
    b = [c.tb("Outside laboratory results (received as ORU^R01 through the HIE and filed by the lab "
              "interface; values reviewed and consistent with our admission labs):"),
         c.tb("MSH|^~\\&|LAB|___|___|___|{{ts}}||ORU^R01^ORU_R01|{{ctl}}|{{mshv}}\nPID|1||___^^^___^MR||___^___"
              "||___|[[F|M]]\nOBR|1|___|___|24323-8^Comprehensive metabolic panel^LN|||{{ts}}\n" + "\n".join(obx))]
    if c.heavy:
        b.append(c.tb("ORC|RE|___|___||CM||||{{ts}}|||___^___^___\nNTE|1||Specimen collected at ___ by ___; "
                      "reported to ___ at ___."))
    return b


def _k_ccd(c: _Ctx) -> list[_Block]:
    b = [c.tb("Medication reconciliation used the CCD retrieved from the HIE ({{network}} query). Header "
              "excerpt:"),
         c.tb('<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <templateId root="{{oid}}"/>\n  <code code="34133-9" '
              'displayName="Summarization of Episode Note"/>\n  <recordTarget><patientRole><id root="___" '
              'extension="___"/>\n    <addr use="HP"><streetAddressLine>___</streetAddressLine><city>___</city>'
              "<state>[[MA|VT|NH|CT]]</state><postalCode>___</postalCode></addr>\n    <patient><name><given>___"
              "</given><family>___</family></name><birthTime value=\"___\"/></patient>\n  </patientRole>"
              "</recordTarget>"),
         c.tb("| Medication (CCD) | RxNorm | Status | Action |\n| {{drug}} | 1364445 | active | continued |\n"
              "| metformin 500 mg | 861007 | active | held (contrast) |\n| {{drug}} | 1191 | completed | n/a |\n"
              "Dispensing history from Surescripts matched 3 of 4 entries; NDC {{ndc}}.")]
    if c.heavy:
        b.append(c.tb("<author><time value=\"___\"/><assignedAuthor><id root=\"___\" extension=\"___\"/>"
                      "<assignedPerson><name>___</name></assignedPerson><representedOrganization><name>___"
                      "</name></representedOrganization></assignedAuthor></author>"))
    return b


def _k_fhir(c: _Ctx) -> list[_Block]:
    b = [c.tb("The patient shared her records from a consumer app (FHIR R4 Patient Access API, US Core "
              "profile {{pub}}). Relevant excerpt:"),
         c.tb('{\n  "resourceType": "Patient",\n  "id": "___",\n  "identifier": [ { "system": "urn:oid:___", '
              '"value": "___" } ],\n  "name": [ { "family": "___", "given": [ "___" ] } ],\n  "gender": '
              '"[[female|male]]",\n  "birthDate": "___",\n  "address": [ { "line": [ "___" ], "city": "___", '
              '"state": "[[MA|VT|NH|NY]]", "postalCode": "___" } ]\n}'),
         c.tb('{ "resourceType": "MedicationRequest", "status": "active", "medicationCodeableConcept": { '
              '"text": "{{drug}}" }, "authoredOn": "{{sd}}", "requester": { "display": "___" } }')]
    if c.heavy:
        b.append(c.tb('{ "resourceType": "Coverage", "subscriberId": "___", "beneficiary": { "reference": '
                      '"Patient/___" }, "payor": [ { "display": "___" } ], "relationship": { "text": "self" } }'))
    return b


def _k_direct(c: _Ctx) -> list[_Block]:
    b = [c.tb("Transition of care: discharge summary and C-CDA sent by Direct secure messaging.\n"
              "-----Original Direct Message-----\nFrom: ___ <___>\nTo: ___ <___>\nSubject: [[Transition of "
              "Care|Referral Note|Discharge Summary]] - C-CDA attached\nDate: {{sd}} {{hm}}\nAttachments: "
              "CCD____.xml ([[84|112|57]] KB); DischargeSummary____.pdf\nX-Trust-Anchor: DirectTrust "
              "accredited bundle"),
         c.tb("MDN: processed {{hm}}, dispatched {{hm}}. Receiving system imported the document into "
              "___'s inbox.")]
    if c.heavy:
        b.append(c.tb("Cc: ___ <___>\nReply-To: ___ <___>\nMessage-ID: <___@___>\nRe: ___ (DOB ___, MRN ___)"))
    return b


def _k_efax(c: _Ctx) -> list[_Block]:
    b = [c.tb("Referral packet received by e-fax and scanned to media; cover sheet transcribed:\n"
              "*** {{faxvend}} -- INBOUND ***  Received {{sdus}} {{hm}}  Pages: {{n}}\nTO: ___ Admitting   "
              "FAX: ___\nFROM: ___               FAX: ___   PHONE: ___\nRE: Referral / records for ___ "
              "(DOB ___)"),
         c.tb("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received "
              "it in error, notify the sender and destroy all copies. Fax service support: {{tfree}}.")]
    if c.heavy:
        b.append(c.tb("Referring provider: ___  NPI ___\nDiagnosis: ___\nInsurance: ___  Member ___\n"
                      "Auth #: ___"))
    return b


def _k_hie_log(c: _Ctx) -> list[_Block]:
    b = [c.tb("HIE activity (pasted from the portal audit view):\n  {{sdus}} {{hm}}  Patient discovery (PDQ)"
              "      [[2|3|4]] candidates, 1 selected by ___\n  {{sdus}} {{hm}}  Document query (XCA) via "
              "{{network}}   {{n}} documents\n  {{sdus}} {{hm}}  Retrieve: CCD, ED note, imaging report"),
         c.tb("Consent: [[opt-in on file|emergency access (break-the-glass) invoked by ___|affirmative "
              "consent obtained at bedside]]. 42 CFR Part 2 data: [[none returned|segmented, not displayed]]. "
              "Public information on HIE consent: {{pub}}.")]
    if c.heavy:
        b.append(c.tb("  {{sdus}} {{hm}}  user ___ (___) viewed summary for ___ / ___ / ___\n  {{sdus}} "
                      "{{hm}}  user ___ printed ___"))
    return b


def _k_iface_err(c: _Ctx) -> list[_Block]:
    b = [c.tb("Interface engine error queue -- {{engine}} {{ver}}\n Channel        Msg ID      Received"
              "        Status  Error\n ADT_IN_ED      {{ctl}}  {{ts}}  ERROR   PID-3.4 assigning authority "
              "missing\n ORU_OUT_PCP    {{ctl}}  {{ts}}  QUEUED  Direct address not found in provider "
              "directory\n ADT_IN_REG     {{ctl}}  {{ts}}  AR      PV1-19 duplicate"),
         c.tb("Resolution: interface analyst ___ corrected the mapping and resubmitted both messages; "
              "downstream systems acknowledged (AA) at {{hm}}.")]
    if c.heavy:
        b.append(c.tb("Message detail: PID|1||___^^^___^MR||___^___||___|___|||___^^___^___^___||___\n"
                      "Owner: ___  Ticket: ___"))
    return b


def _k_empi(c: _Ctx) -> list[_Block]:
    b = [c.tb("EMPI potential-duplicate task (threshold 0.85) reviewed during this admission:\n  Rec | Name     "
              " | DOB | Sex | SSN(last4) | MRN | Score\n  A   | ___, ___  | ___ | [[F|M]]   | ___        | ___ | --"
              "\n  B   | ___, ___  | ___ | [[F|M]]   | ___        | ___ | 0.[[88|91|94]]\n  Agreeing: last name, "
              "DOB, ZIP. Disagreeing: first name (nickname), phone."),
         c.tb("Disposition: [[LINK|NOT A MATCH|OVERLAY - escalated to HIM]] by ___ on {{sdus}}. Allergy list "
              "on the overlaid chart was corrected.")]
    if c.heavy:
        b.append(c.tb("  C   | ___, ___  | ___ | ___ | ___ | ___ | 0.71\n  Aliases: ___; ___"))
    return b


def _k_snf(c: _Ctx) -> list[_Block]:
    b = [c.tb("Transition packet to the receiving SNF: C-CDA Transition of Care document sent via Direct; "
              "fax confirmation also obtained because the facility's inbox was not monitored on weekends.\n"
              "Fax transmission report: ___ pages to ___ -- OK -- {{sdus}} {{hm}}"),
         c.tb('<componentOf><encompassingEncounter><id root="___" extension="___"/><effectiveTime><low value='
              '"{{ts}}"/></effectiveTime><location><healthCareFacility><id root="___"/></healthCareFacility>'
              "</location></encompassingEncounter></componentOf>")]
    if c.heavy:
        b.append(c.tb("Receiving facility: ___   Contact: ___   Phone: ___   Fax: ___\nBed: ___   "
                      "Accepting MD: ___"))
    return b


def _k_erx(c: _Ctx) -> list[_Block]:
    b = [c.tb("Medication history (NCPDP SCRIPT, via Surescripts) and the outbound NewRx:\n"
              "<NewRx>\n  <Pharmacy><Identification><NCPDPID>___</NCPDPID><NPI>___</NPI></Identification>"
              "<BusinessName>___</BusinessName></Pharmacy>\n  <Patient><HumanPatient><Name><LastName>___"
              "</LastName><FirstName>___</FirstName></Name></HumanPatient></Patient>\n  "
              "<MedicationPrescribed><DrugDescription>{{drug}}</DrugDescription><DrugCoded><ProductCode>"
              "<Code>{{ndc}}</Code></ProductCode></DrugCoded><Quantity><Value>60</Value></Quantity>"
              "</MedicationPrescribed>\n</NewRx>"),
         c.tb("RxFill notification received: dispensed {{sdus}}. CancelRx sent for the duplicate "
              "{{drug}} prescription.")]
    if c.heavy:
        b.append(c.tb("<Prescriber><NonVeterinarian><Identification><NPI>___</NPI><DEANumber>___</DEANumber>"
                      "</Identification><Name><LastName>___</LastName></Name></NonVeterinarian></Prescriber>"))
    return b


def _k_img_import(c: _Ctx) -> list[_Block]:
    b = [c.tb("OUTSIDE STUDY IMPORT: Images received via [[lifeIMAGE|image exchange|CD import]] and "
              "reconciled to the local record by ___.\n(0008,0020) StudyDate                 {{ts}}\n"
              "(0008,0050) AccessionNumber           ___\n(0008,0080) InstitutionName           ___\n"
              "(0010,0010) PatientName               ___^___\n(0010,0020) PatientID                 ___\n"
              "(0010,0030) PatientBirthDate          ___\n(0008,1090) ManufacturerModelName     "
              "[[SOMATOM Definition AS|Revolution CT|Aquilion ONE]]")]
    if c.heavy:
        b.append(c.tb("(0008,0090) ReferringPhysicianName    ___\n(0010,1040) PatientAddress            ___\n"
                      "(0010,2154) PatientTelephoneNumbers   ___"))
    return b


def _k_orm(c: _Ctx) -> list[_Block]:
    b = [c.tb("ORDER (interfaced from the referring practice's {{ehr}} system):\nMSH|^~\\&|ORDERS|___|RIS|___|"
              "{{ts}}||ORM^O01|{{ctl}}|{{mshv}}\n" + _masked_pid(c) + "\nORC|NW|___|___||SC||||{{ts}}|||___^___"
              "^___\nOBR|1|___|___|[[71046^CHEST 2 VIEWS|70450^CT HEAD WO|74177^CT ABD PELVIS W]]|||{{ts}}|||"
              "||||||___^___^___")]
    if c.heavy:
        b.append(c.tb("DG1|1||___^___^I10\nIN1|1|___|___|___|||||___|||||||___^___|18|___"))
    return b


def _k_oru_dist(c: _Ctx) -> list[_Block]:
    b = [c.tb("DISTRIBUTION LOG:\n  ORU^R01 to ordering provider EHR -- AA {{hm}}\n  Direct to PCP ___ -- MDN "
              "processed\n  Fax to ___ -- [[failed (busy), retried x2, delivered|delivered]]\n  HIE "
              "publication ({{network}}) -- document available")]
    if c.heavy:
        b.append(c.tb("  cc: ___ (fax ___); ___ (Direct ___); ___ (mail, ___)"))
    return b


def _k_crit_fax(c: _Ctx) -> list[_Block]:
    b = [c.tb("CRITICAL RESULT COMMUNICATION: Result called to ___ at {{hm}}; read-back confirmed. Written "
              "report faxed; {{faxvend}} confirmation:\n  Remote CSID: ___  Pages: [[2|3]]  Result: OK  "
              "Duration 00:[[41|53|38]]")]
    if c.heavy:
        b.append(c.tb("TO: ___   FAX: ___   ATTN: ___\nFROM: ___ Radiology   PHONE: ___\nRE: ___ DOB ___"))
    return b


def _k_fhir_img(c: _Ctx) -> list[_Block]:
    b = [c.tb('ImagingStudy resource (FHIR R4) published to the HIE:\n{ "resourceType": "ImagingStudy", "status":'
              ' "available", "subject": { "reference": "Patient/___" }, "started": "{{sd}}", "modality": [ { '
              '"code": "[[CT|MR|US|DX]]" } ], "numberOfSeries": {{n}}, "endpoint": [ { "reference": '
              '"Endpoint/___" } ] }')]
    if c.heavy:
        b.append(c.tb('{ "resourceType": "ServiceRequest", "requisition": { "value": "___" }, "requester": { '
                      '"display": "___" }, "subject": { "display": "___" } }'))
    return b


def _k_cda_img(c: _Ctx) -> list[_Block]:
    b = [c.tb('Report exported as C-CDA Diagnostic Imaging Report:\n<ClinicalDocument>\n  <templateId root="'
              '{{oid}}"/>\n  <code code="18748-4" displayName="Diagnostic imaging study"/>\n  <recordTarget>'
              '<patientRole><id extension="___" root="___"/><patient><name>___</name></patient></patientRole>'
              '</recordTarget>\n  <documentationOf><serviceEvent><id root="___"/></serviceEvent>'
              "</documentationOf>\n</ClinicalDocument>")]
    if c.heavy:
        b.append(c.tb("<author><assignedAuthor><id extension=\"___\"/><assignedPerson><name>___</name>"
                      "</assignedPerson></assignedAuthor></author>"))
    return b


def _k_acc_mismatch(c: _Ctx) -> list[_Block]:
    b = [c.tb("PACS/RIS RECONCILIATION: The prior study was filed to the wrong patient after an ADT A34 merge. "
              "Accession ___ was moved from ___ to the correct record by ___.\n  RIS order status: CM   "
              "PACS: [[unverified|verified]]   HL7 ORU resent {{hm}}")]
    if c.heavy:
        b.append(c.tb("  Wrong record: ___, ___  MRN ___  DOB ___\n  Correct record: ___, ___  MRN ___  DOB ___"))
    return b


def _k_hie_prior(c: _Ctx) -> list[_Block]:
    b = [c.tb("COMPARISON NOTE: An outside prior was located through an HIE query ({{network}}); only the "
              "report was retrievable. Outside report ({{sd}}): \"___\".\n  query: PDQ match 1 of [[2|3]], "
              "document type 18748-4, retrieved {{hm}}")]
    if c.heavy:
        b.append(c.tb("  Outside facility: ___   Ordering: ___   Read by: ___   Accession: ___"))
    return b


def _k_telerad(c: _Ctx) -> list[_Block]:
    b = [c.tb("PRELIMINARY INTERPRETATION: overnight preliminary read by teleradiology received as ORU^R01 "
              "(result status P) at {{hm}}; final interpretation below by ___.\nOBX|1|TX|___||PRELIM: "
              "[[no acute findings|see impression]]||||||P")]
    if c.heavy:
        b.append(c.tb("Prelim read by: ___ (___)   Callback: ___   Worklist: ___"))
    return b


# Kind -> (note type, builder, structured syntaxes for plants)
_KIND_DEFS: tuple[tuple[str, str, Callable[[_Ctx], list[_Block]], tuple[str, ...]], ...] = (
    ("adt_transfer_summary", "discharge", _k_adt_transfer, ("hl7", "log")),
    ("oru_outside_labs", "discharge", _k_oru_labs, ("hl7",)),
    ("ccd_med_reconciliation", "discharge", _k_ccd, ("xml",)),
    ("fhir_patient_access", "discharge", _k_fhir, ("fhir",)),
    ("direct_toc_message", "discharge", _k_direct, ("hdr", "xml")),
    ("efax_referral_cover", "discharge", _k_efax, ("hdr",)),
    ("hie_query_consent_log", "discharge", _k_hie_log, ("log",)),
    ("interface_error_queue", "discharge", _k_iface_err, ("log", "hl7")),
    ("empi_match_worklist", "discharge", _k_empi, ("log",)),
    ("snf_transition_packet", "discharge", _k_snf, ("xml", "hdr")),
    ("erx_script_history", "discharge", _k_erx, ("xml", "log")),
    ("outside_image_import", "radiology", _k_img_import, ("dicom", "log")),
    ("orm_imaging_order", "radiology", _k_orm, ("hl7",)),
    ("oru_report_distribution", "radiology", _k_oru_dist, ("hl7", "hdr", "log")),
    ("critical_result_fax", "radiology", _k_crit_fax, ("hdr",)),
    ("fhir_imaging_study", "radiology", _k_fhir_img, ("fhir",)),
    ("cda_imaging_report", "radiology", _k_cda_img, ("xml",)),
    ("accession_mismatch_worklist", "radiology", _k_acc_mismatch, ("log", "hl7", "dicom")),
    ("hie_prior_comparison", "radiology", _k_hie_prior, ("log", "hdr")),
    ("telerad_prelim_handoff", "radiology", _k_telerad, ("hl7", "hdr")),
)
DOCUMENT_KINDS = tuple(k for k, _, _, _ in _KIND_DEFS)
_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[_Block]]]] = {k: (t, b) for k, t, b, _ in _KIND_DEFS}
_SYNTAX = {k: s for k, _, _, s in _KIND_DEFS}

# --------------------------------------------------------------------------------------------------
# Schedule (stable counts): kind, plant status and categories are functions of (seed, i) only
# --------------------------------------------------------------------------------------------------


def document_kind(seed: int, i: int) -> str:
    """Each aligned block of 20 notes uses every kind once (11 discharge, 9 radiology)."""
    return DOCUMENT_KINDS[(i + (i // 20) * 13 + seed * 3) % len(DOCUMENT_KINDS)]


def _status(seed: int, i: int) -> str:
    p = (i * 37 + seed * 11) % 100
    return "heavy" if p < 5 else ("plant" if p < 63 else "clean")


def _categories(seed: int, i: int, n: int) -> list[str]:
    out = []
    for j in range(n):
        x = ((seed * 0.7548776662466927 + (i * 4 + j + 1) * 0.6180339887498949) % 1.0) * _W_TOTAL
        cat = _CAT_WEIGHTS[-1][0]
        for name, w in _CAT_WEIGHTS:
            if x < w:
                cat = name
                break
            x -= w
        out.append(cat)
    return out


def _plant(c: _Ctx, cat: str, syntaxes: tuple[str, ...]) -> tuple[_Block, str]:
    r = c.r
    temps = _TEMPLATES[cat]
    structured = [t for t in temps if t[0] in syntaxes]
    if structured and r.random() < 0.55:
        pool = structured
    else:
        pool = [t for t in temps if t[0] in ("kv", "prose", "sig")]
    syn, fmt, tmpl = r.choice(pool)
    value = _VALUE[cat](r, fmt)
    lead = r.choice(_LEADS[syn])
    return c.block(lead + tmpl, value, cat), syn


def _pad_block(c: _Ctx, note_type: str, used: set[int]) -> _Block | None:
    pool = _DC_PAD if note_type == "discharge" else _RAD_PAD
    free = [k for k in range(len(pool)) if k not in used]
    if not free:
        return None
    k = c.r.choice(free)
    used.add(k)
    return c.block(pool[k].replace("{{contrastline}}", _contrast(c)))


_HEAVY = (
    "Contacts on file (from outside ADT):\n  NOK: ___ (___)  phone ___\n  HCP: ___  phone ___\n  PCP: ___  "
    "fax ___\n  Pharmacy: ___  phone ___",
    "Registration: ___ ___, DOB ___, ___ Street, ___, ___ ___. Insurance ___ member ___. Employer ___.",
    "Records released to ___ on ___ per request from ___ (___). Sent by ___ to ___ at ___.",
    "Outside record header: ___ / ___ / ___ / MRN ___ / Acct ___ / Adm ___ / Disch ___ / PCP ___",
    "HIE summary demographics: name ___; aliases ___, ___; address ___, ___; phone ___; e-mail ___.",
)


def _heavy_block(c: _Ctx, used: set[int]) -> _Block:
    k = c.r.choice([k for k in range(len(_HEAVY)) if k not in used] or list(range(len(_HEAVY))))
    used.add(k)
    return c.block(_HEAVY[k])


_SPAN_N = ((0.30, 1), (0.65, 2), (0.87, 3), (1.01, 4))


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alikes present in it, "heavy" | "normal") -- deterministic from (seed, i)."""
    r = random.Random(f"holdout91:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    status = _status(seed, i)
    c = _Ctx(r, status == "heavy")
    themes = builder(c)
    blocks = (_discharge_frame if note_type == "discharge" else _radiology_frame)(c, themes)

    if status == "plant":
        u = random.Random(f"holdout91-n:{seed}:{i}").random()  # independent of the text's random stream
        n = next(k for lim, k in _SPAN_N if u < lim)
        for cat in _categories(seed, i, n):
            pb, syn = _plant(c, cat, _SYNTAX[kind])
            theme_pos = [k + 1 for k, b in enumerate(blocks) if b.theme]
            if syn not in ("kv", "prose", "sig") and theme_pos:
                pos = r.choice(theme_pos)
            else:
                pos = r.randint(1, len(blocks))
            blocks.insert(pos, pb)
    elif status == "heavy":
        used_heavy: set[int] = set()
        while sum(b.text().count("___") for b in blocks) < 30:
            blocks.insert(r.randint(1, len(blocks)), _heavy_block(c, used_heavy))

    target = r.randint(1600, 4100) if note_type == "discharge" else r.randint(1150, 2900)
    used: set[int] = set()
    while sum(len(b.text()) + 2 for b in blocks) < target:
        pad = _pad_block(c, note_type, used)
        if pad is None or sum(len(b.text()) + 2 for b in blocks) + len(pad.text()) + 2 > 4450:
            break
        blocks.insert(r.randint(1, len(blocks) - 1), pad)

    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    la: list[str] = []
    for k, b in enumerate(blocks):
        if k:
            text_parts.append("\n\n")
            pos += 2
        for s, cat in b.parts:
            if cat is not None:
                spans.append((pos, pos + len(s), cat))
            text_parts.append(s)
            pos += len(s)
        la.extend(b.la)
    text = "".join(text_parts) + "\n"
    la.extend(x for x in EPONYMS_AND_BRANDS if x in text)
    seen: set[str] = set()
    lookalikes = [x for x in la if x in text and not (x in seen or seen.add(x))]
    return (LabelledNote(note_type=note_type, text=text, spans=spans), lookalikes,
            "heavy" if status == "heavy" else "normal")


def holdout91_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout91_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout91_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout91_corpus, argv, "Held-out corpus 91: health information exchange and interoperability")
    holdout_measure.report("holdout91", args, notes, hits, res)


if __name__ == "__main__":
    main()
