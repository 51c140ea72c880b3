"""Held-out corpus 47: the hospital transfer center, bed management and patient flow.

MIMIC-IV-Note-shaped synthetic notes from the world of patient flow: interfacility transfer requests and
acceptance logs, transfer-center call records, bed-board and capacity-huddle notes, air and ground transport
coordination sheets, ED boarding notes, repatriation notes, direct-admission requests from outside clinics,
discharge-lounge and placement notes, and the discharge summaries and radiology reports around them.

Document kinds (``DOCUMENT_KINDS``):

- discharge-type: ``transfer_request`` (interfacility request / acceptance log), ``tc_call_record``
  (timestamped transfer-center call record), ``bed_huddle`` (capacity huddle and bed-board notes),
  ``transport_sheet`` (air / ground critical-care transport coordination), ``ed_boarding`` (ED boarding
  note), ``repatriation`` (return to the home hospital), ``direct_admit`` (direct-admission request from an
  outside clinic), ``discharge_lounge`` (discharge lounge and post-acute placement), ``discharge_summary``
  (discharge summary of a transferred-in patient);
- radiology-type: ``rad_outside_overread`` (over-read of outside imaging sent with a transfer),
  ``rad_cxr_transport`` (portable chest film before / after transport), ``rad_cta_transfer`` (CTA for a
  stroke or PE transfer), ``rad_ct_boarder`` (CT abdomen / pelvis in an ED boarder), ``rad_image_import``
  (PACS import and reconciliation report), ``rad_duplex`` (venous duplex before transfer).

Most identifiers are ``___``. Unmasked dates are shifted into 2100-2200 and never labelled. About 58% of
notes carry 1-4 identifiers that escaped masking (categories drawn from a Weyl sequence, so the counts are
stable); exactly 5% are heavy notes (many ``___``, no plants). A plant either fills a field that the
document would normally mask or arrives as its own line: prose, ``Label: value``, ``|`` tables, dotted
columns, signatures, addenda, pasted system text (ADT, fax server, DICOM logs), typos and odd line breaks.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a place
below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are
never labelled); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school
or employer, never a generic department, and never a drug maker, biotech or trial sponsor named as such.
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot
expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry are not identifiers.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen numbers;
HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the member's id: leave it
unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the
value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN")
stay outside.

Corpus-specific conventions: an aircraft tail number, a VIN and an ambulance or van plate are VEHICLE_ID;
transfer-center case numbers are always masked; an EMS run number and a flight incident number are
ACCOUNT; internal phone extensions are never written; generic services ("Transfer Center", "Bed
Management", "Patient Flow") are look-alikes, as are public hotlines, public bodies' websites, group
numbers, lot / REF / model / NDC numbers, expiry dates, shifted dates, bare years, ages under 90, scores,
doses and software versions.

Written blind: I read only the task brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, ``/work/shared/reference/*.md`` (the de-identification paragraphs) and the masked
PyHealth note-shaped samples with their SOURCES.md. I read no detector code, rule file, other corpus, test or
history, and never ran the detector.
"""

# ruff: noqa: E501  (long literal note templates)
from __future__ import annotations

import random
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate value pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = [
    "Adaeze", "Bronwyn", "Caspian", "Delphine", "Emeric", "Fenna", "Gideon", "Halvard", "Ione", "Jorunn",
    "Kestrel", "Lazlo", "Marisol", "Niamh", "Oswin", "Perpetua", "Quillon", "Rosalind", "Soren", "Tamsin",
    "Ulrike", "Valentin", "Wilhelmina", "Xiomara", "Yusuf", "Zofia", "Anselm", "Beatrix", "Cormac", "Dagny",
    "Ezekiel", "Florentyna", "Gwendolyn", "Hamish", "Isidore", "Jacinta", "Kofi", "Leocadia", "Mattias",
    "Nnamdi", "Octavia", "Pradeep", "Ramona", "Sigrid", "Thaddeus", "Umberto", "Verity", "Wendell", "Yelena",
    "Zebulon", "Aurelio", "Briony", "Cyprian", "Dorothea", "Eamon", "Farida", "Gunnar", "Hyacinth", "Ingrid",
    "Joaquin", "Keziah", "Lorcan", "Mirela", "Nikolai", "Orla", "Philippa", "Ruairi", "Saoirse", "Teodor",
]
_LAST = [
    "Okonkwo-Reyes", "Vasquez-Lindgren", "Thistlewood", "Abernathy", "Brannigan", "Castellanos", "Drummond",
    "Eberhardt", "Fairweather", "Galbraith", "Hollingsworth", "Iverson", "Jablonski", "Kowalczyk", "Lindqvist",
    "MacAllister", "Nakashima", "Oyelaran", "Pemberton", "Quintero", "Rasmussen", "Szymanski", "Tremblay",
    "Urquhart", "Valdivia", "Whitcombe", "Yarborough", "Zielinski", "Achterberg", "Bellweather", "Corrigan",
    "Dellacroce", "Everhart", "Fitzwilliam", "Gallagher", "Haverford", "Ishikawa", "Jankowski", "Kilbride",
    "Lombardo", "Mbeki", "Nordstrom", "O'Halloran", "Pradhan", "Quackenbush", "Rothschild", "Sandoval",
    "Tolliver", "Underhill", "Vandermeer", "Wojcik", "Ximenes", "Yoshida", "Zamora", "Ashdown", "Birchall",
    "Cheverton", "Dunleavy", "Esterhazy", "Fennimore", "Gorecki", "Hartigan", "Inglethorpe", "Kavanagh",
    "Lucchese", "Mortimer", "Nwachukwu", "Ostrowski", "Penhaligon", "Radcliffe", "Strickland", "Trevelyan",
]
_ORG_STEM = [
    "Harrowgate", "Bellmont Ridge", "Cedar Hollow", "Quarry Hill", "Lakemont", "Pine Barrens", "Wexcombe",
    "Tallis Point", "Ossipee Valley", "Merrimack Falls", "Kearsarge", "Androscoggin", "Northfield Crossing",
    "Saco Bay", "Pemigewasset", "Winnisquam", "Ashuelot", "Contoocook", "Souhegan", "Piscataqua",
    "Greylock", "Housatonic", "Monadnock", "Sebago Lakes", "Cobalt Ridge", "Granite Notch", "Mill River",
]
_HOSP_SUFFIX = [
    "Regional Medical Center", "Community Hospital", "Memorial Hospital", "General Hospital", "Health System",
    "Medical Center", "Critical Access Hospital", "Rehabilitation Hospital", "Behavioral Health Hospital",
]
_SAINTS = ["St. Ansgar's Hospital", "St. Brendan Medical Center", "St. Wenceslas Community Hospital",
           "Sisters of Mercy St. Kilian Hospital", "St. Gallus Regional Hospital", "Our Lady of the Notch Hospital"]
_OTHER_ORG_SUFFIX = {
    "clinic": ["Family Practice", "Internal Medicine Associates", "Primary Care", "Health Center", "Urgent Care",
               "Pediatrics & Adolescent Medicine", "Community Health Center"],
    "ems": ["Ambulance Service", "Fire-Rescue", "Ambulance Corps", "Critical Care Transport", "Air Medical"],
    "snf": ["Nursing & Rehabilitation Center", "Health Care Center", "Senior Living", "Rehab & Skilled Nursing",
            "Assisted Living Residence"],
    "rx": ["Pharmacy", "Apothecary", "Drug Store", "Community Pharmacy"],
    "emp": ["Paper Mill", "School District", "Granite Works", "Boatyard", "Regional High School", "Ski Area",
            "Credit Union"],
}
_TOWNS = [
    "Marlow Falls", "East Bexley", "Quarryville", "Ashby Center", "North Tisdale", "Pembrook", "Orrington",
    "Castine", "Hollis", "Canterbury", "Dunmore", "Hatfield", "Saxtons River", "Glen Ellis", "Lyndonville",
    "Tamworth", "Gorham", "Errol", "Colebrook", "Lisbon Falls", "West Ossipee", "Bethlehem", "Groveton",
    "Millinocket", "Rangeley", "Bucksport", "Ludlow", "Bellows Falls", "Enosburg Falls", "Island Pond",
    "Wolfeboro", "Coos County", "South Paris", "Bridgton", "Fryeburg", "Littleton", "Whitefield",
    "Lancaster", "Plymouth Notch", "Danforth", "Houlton", "Madawaska", "Jackman", "Kingfield", "Stratton",
    "New Portland", "Lower Waterford", "Pittsburg", "Stark", "Cornish Flat",
]
_STREETS = [
    "Old Mill Road", "Birch Hollow Lane", "Route 16", "Ferry Street", "Sawyer Pond Road", "Church Hill Road",
    "Depot Street", "Covered Bridge Lane", "Maple Ridge Drive", "Quarry Road", "Post Office Square",
    "North Main Street", "Canal Street", "Orchard Terrace", "Blueberry Hill Road", "Tannery Lane",
    "Lakeshore Drive", "Depot Hill Road", "Kettle Pond Way", "Schoolhouse Road", "Elm Court", "Upper Bay Road",
]
_STATES = ["NH", "VT", "ME", "MA", "NY", "CT"]
_STATE_NAMES = ["New Hampshire", "Vermont", "Maine", "Massachusetts", "Quebec", "Canada"]
_AREA = ["603", "802", "207", "978", "413", "508", "860", "518", "315", "774", "207"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOMAINS = ["harrowgatehealth.org", "cedarhollowmc.net", "lakemontregional.org", "quarryhillhospital.org",
            "tallispoint-health.org", "wexcombemed.org", "kearsargerh.org", "saco-bay-ems.com"]
_PUBLIC_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "myfairpoint.net"]

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = [
    # eponyms and scores
    "Glasgow Coma Scale", "Swan-Ganz", "Trendelenburg", "Babinski", "Kussmaul", "Cheyne-Stokes", "Virchow",
    "Murphy's sign", "Parkland formula", "Wells score", "Hunt and Hess", "Fisher grade", "Child-Pugh",
    "Glasgow-Blatchford", "Mallampati", "Kerley B lines", "Hampton's hump", "Westermark sign", "Morison's pouch",
    "Chilaiditi", "Salter-Harris", "Fleischner", "Baker's cyst", "Hounsfield units", "Bosniak", "Stanford type A",
    "DeBakey", "Richmond Agitation-Sedation Scale", "Braden score", "Morse Fall Scale", "Charlson index",
    "Wolff-Parkinson-White", "Brugada", "Takotsubo", "Mobitz II", "Guillain-Barre", "Sengstaken-Blakemore",
    "Foley", "Yankauer", "Seldinger", "Denver shunt", "Whipple", "Roux-en-Y", "Nissen", "Hartmann pouch",
    # drugs and devices
    "Eliquis", "Xarelto", "Lovenox", "Keppra", "Zosyn", "Levophed", "Precedex", "Kcentra", "Andexxa",
    "LifeVest", "Impella CP", "HeartMate 3", "Hamilton-T1", "LUCAS", "Zoll X Series", "Pyxis", "Omnipaque 350",
    "Isovue-370", "Vocera", "TeleTracking", "Epic Grand Central", "Rapid AI", "Alaris", "Bair Hugger",
    "EZ-IO", "i-gel", "Cordis", "PleurX", "Mepilex", "Hoyer lift", "BiPAP", "Optiflow", "Ativan", "Narcan",
    "Pfizer", "Bristol-Myers Squibb",
]
_DEPARTMENTS = ["Transfer Center", "Bed Management", "Patient Flow Office", "Case Management", "Admitting",
                "Environmental Services", "Interventional Radiology", "Medical Records", "Nursing Supervision",
                "Capacity Command Center", "Utilization Review", "Discharge Lounge"]
_HOTLINES = ["1-800-222-1222", "988 Suicide & Crisis Lifeline", "1-800-QUIT-NOW", "1-800-799-7233",
             "dial 911"]
_PUBLIC_WEB = ["www.cms.gov", "https://www.cdc.gov/sepsis", "www.fda.gov/medwatch", "www.medicare.gov",
               "https://www.hhs.gov/hipaa", "www.nhtsa.gov"]
_SCORES = ["GCS 14", "GCS 9 (E2V2M5)", "NIHSS 7", "NIHSS 18", "qSOFA 2", "ESI 2", "ESI level 3", "CURB-65 of 3",
           "HEART score 6", "ASPECTS 9", "MEWS 5", "RASS -2", "CIWA 14", "PESI class IV", "TIMI 4"]
_DOSES = ["4 mg IV", "81 mg daily", "0.1 mcg/kg/min", "1 g q8h", "50 mEq", "12.5 mg PO", "40 mg SC daily",
          "2 L NC", "25 mcg/hr", "500 mL bolus", "3.375 g q6h", "5000 units SC TID"]
_VERSIONS = ["PACS v7.3.2", "build 8.1.3.22", "TeleTracking 9.4", "Epic 2023 (Nov)", "Rapid v5.2.1",
             "firmware 4.10.07", "iOS 17.4", "release 12.0.6.118"]
_DRUG_MAKERS = ["Pfizer", "Bristol-Myers Squibb"]

# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def _frac(x: float) -> float:
    return x - int(x)


class _Slot:
    __slots__ = ("cat", "value")

    def __init__(self, cat: str) -> None:
        self.cat = cat
        self.value: str | None = None


class _Ctx:
    """Per-note state: the rng, the look-alikes actually written, and the mask slots."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.look: list[str] = []
        self.slots: list[_Slot] = []

    def la(self, pool: list[str]) -> str:
        v = self.r.choice(pool)
        self.look.append(v)
        return v

    def lit(self, v: str) -> str:
        self.look.append(v)
        return v

    def c(self, pool):
        return self.r.choice(pool)

    def line(self, template: str) -> list:
        """A line; ``[[CAT]]`` is a mask slot (``___`` unless a plant fills it)."""
        out: list = []
        rest = template
        while "[[" in rest:
            a = rest.index("[[")
            b = rest.index("]]", a)
            if a:
                out.append(rest[:a])
            s = _Slot(rest[a + 2:b])
            self.slots.append(s)
            out.append(s)
            rest = rest[b + 2:]
        if rest:
            out.append(rest)
        return out

    def block(self, *templates: str) -> list[list]:
        return [self.line(t) for t in templates]

    # shifted (2100-2200) dates and times, never labelled
    def sdate(self, style: int | None = None) -> str:
        r = self.r
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        style = r.randrange(4) if style is None else style
        v = [f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{_MON[m - 1]} {d}, {y}", f"{d:02d}-{_MON[m - 1]}-{y}"][style]
        self.look.append(v)
        return v

    def t(self) -> str:
        return f"{self.r.randint(0, 23):02d}{self.r.choice(['', ':'])}{self.r.randint(0, 59):02d}"

    def young_age(self) -> str:
        v = str(self.r.randint(19, 88))
        return v

    def bare_year(self) -> str:
        v = str(self.r.randint(1998, 2023))
        self.look.append(v)
        return v

    def expiry(self) -> str:
        r = self.r
        y, m = r.randint(2025, 2029), r.randint(1, 12)
        v = r.choice([f"EXP {y}-{m:02d}", f"Exp: {m:02d}/{y}", f"expiry {y}-{m:02d}-{r.randint(1, 28):02d}",
                      f"Exp {m:02d}/{r.randint(1, 28):02d}/{y}"])
        self.look.append(v)
        return v

    def lot(self, device: bool = False) -> str:
        r = self.r
        if device:
            v = r.choice([f"REF {r.choice(['DDMB', 'W1DR', 'XT'])}{r.randint(100, 999)}", f"Model {r.randint(1000, 9999)}",
                          f"Lot {r.choice('ABCDEFGHKMPRT')}{r.randint(1000, 99999)}"])
            self.look.append(v)
            return v
        v = r.choice([f"Lot {r.choice('ABCDEFGHKMPRT')}{r.randint(1000, 99999)}",
                      f"LOT# {r.randint(10, 99)}{r.choice('XYZQW')}{r.randint(100, 999)}",
                      f"NDC {r.randint(1000, 9999):04d}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
                      f"REF {r.randint(100000, 9999999)}",
                      f"Model {r.randint(1000, 9999)}{r.choice(['Q', 'AX', 'C', '-40'])}"])
        self.look.append(v)
        return v


# --------------------------------------------------------------------------------------------------
# Values per category
# --------------------------------------------------------------------------------------------------


def _v_person(r: random.Random) -> str:
    f, la = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.5:
        v = f"{f} {la}"
    elif x < 0.62:
        v = f"{f[0]}. {la}"
    elif x < 0.72:
        v = f"{la}, {f}"
    elif x < 0.84:
        v = f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {la}"
    elif x < 0.92:
        v = f"{f} {la}-{r.choice(_LAST).split('-')[0]}"
    else:
        v = f"{f} {la}".upper()
    return v


def _v_org(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["hosp", "hosp", "hosp", "clinic", "ems", "snf", "rx", "emp"])
    if kind == "hosp":
        if r.random() < 0.2:
            return r.choice(_SAINTS)
        return f"{r.choice(_ORG_STEM)} {r.choice(_HOSP_SUFFIX)}"
    return f"{r.choice(_ORG_STEM)} {r.choice(_OTHER_ORG_SUFFIX[kind])}"


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _v_phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREA), r.randint(201, 989), _digits(r, 4)
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}",
                     f"1-{a}-{b}-{c}", f"{a}-{b}-{c} x{r.randint(100, 9999)}", f"({a}){b}-{c}"])


def _v_pager(r: random.Random) -> str:
    return r.choice([_digits(r, 4), _digits(r, 5), f"{r.randint(1, 9)}-{_digits(r, 4)}",
                     f"{r.choice(_AREA)}-{r.randint(201, 989)}-{_digits(r, 4)}", f"{_digits(r, 3)}-{_digits(r, 4)}"])


def _v_email(r: random.Random) -> str:
    f, la = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    return r.choice([f"{f}.{la}@{r.choice(_DOMAINS)}", f"{f[0]}{la}@{r.choice(_DOMAINS)}",
                     f"{la}.{f}{r.randint(1, 99)}@{r.choice(_PUBLIC_MAIL)}",
                     f"transfer.{r.choice(['nursing', 'desk', 'center', 'nocturnist'])}@{r.choice(_DOMAINS)}",
                     f"{f}_{la}@{r.choice(_PUBLIC_MAIL)}", f"bedboard-{r.randint(1, 9)}@{r.choice(_DOMAINS)}"])


def _v_url(r: random.Random) -> str:
    d = r.choice(_DOMAINS)
    return r.choice([f"https://transfer.{d}/case/{_digits(r, 6)}", f"www.{d}/bedboard?unit={r.randint(1, 400)}",
                     f"https://portal.{d}/referrals?id={_digits(r, 5)}", f"http://pacs-share.{d}/s/{_digits(r, 8)}",
                     f"{d}/direct-admit/{_digits(r, 5)}", f"https://{d}/tc/requests/{r.randint(100, 99999)}",
                     f"https://imageshare.{d}/viewer?study={_digits(r, 7)}"])


def _v_ip(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.randint(24, 208)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def _v_ssn(r: random.Random) -> str:
    a = r.randint(101, 899)
    a = 667 if a == 666 else a
    b, c = r.randint(10, 99), r.randint(1000, 9999)
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def _v_mrn(r: random.Random) -> str:
    return r.choice([_digits(r, 7), _digits(r, 8), f"{r.randint(1, 9)}{_digits(r, 8)}",
                     f"{r.choice(['HGH', 'CH', 'LRMC', 'QH', 'E'])}{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 2)}",
                     f"00{_digits(r, 6)}"])


def _v_account(r: random.Random) -> str:
    return r.choice([_digits(r, 10), f"{r.randint(1, 9)}{_digits(r, 8)}", f"E{_digits(r, 9)}",
                     f"ACC{_digits(r, 8)}", f"RUN-{r.randint(10, 99)}-{_digits(r, 5)}",
                     f"{r.choice(['CT', 'CR', 'US', 'MR'])}{_digits(r, 7)}", f"ORD{_digits(r, 7)}",
                     f"CLM-{_digits(r, 4)}-{_digits(r, 6)}", f"S{r.randint(10, 99)}-{_digits(r, 5)}",
                     f"{_digits(r, 4)}-{_digits(r, 6)}"])


def _v_plan(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"

    def mbi() -> str:
        return (f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}"
                f"{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}{r.randint(0, 9)}")
    return r.choice([f"{r.choice(['XZH', 'YLM', 'QAW', 'HPN'])}{_digits(r, 9)}", mbi(), _digits(r, 11),
                     f"W{_digits(r, 9)}", f"{_digits(r, 9)}-0{r.randint(1, 4)}", f"MCD{_digits(r, 8)}",
                     f"{r.choice(L)}{r.choice(L)}{_digits(r, 7)}"])


def _v_license(r: random.Random) -> str:
    L = "ABFGMPR"
    return r.choice([f"1{_digits(r, 9)}", f"{r.choice(L)}{r.choice('ABCDEFGHJKLMNPRSTW')}{_digits(r, 7)}",
                     _digits(r, 7), f"{r.randint(10, 99)}-{_digits(r, 5)}", f"P{_digits(r, 6)}",
                     f"{r.choice('ABCDEFGHJKLMNPRSTW')}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}",
                     f"2{_digits(r, 9)}"])


def _v_zip(r: random.Random) -> str:
    z = f"0{r.randint(1000, 5999)}"
    return z if r.random() < 0.75 else f"{z}-{_digits(r, 4)}"


def _v_street(r: random.Random) -> str:
    v = f"{r.randint(2, 2999)} {r.choice(_STREETS)}"
    x = r.random()
    if x < 0.2:
        v += f", Apt {r.randint(1, 12)}{r.choice('ABC')}"
    elif x < 0.3:
        v += f" Unit {r.randint(1, 40)}"
    return v


def _v_date(r: random.Random, dob: bool = False) -> str:
    y = r.randint(1924, 1962) if dob else r.randint(2003, 2024)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
                     f"{d} {_MON[m - 1]} {y}", f"{_MON[m - 1]}. {d}, {y}", f"{d:02d}.{m:02d}.{y}",
                     f"{d}-{_MON[m - 1].upper()}-{y}"])


def _v_age(r: random.Random) -> str:
    return str(r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))


def _v_device(r: random.Random) -> str:
    return r.choice([f"{r.choice(['AXR', 'HMC', 'TVQ', 'PMB', 'LVC'])}{_digits(r, 7)}",
                     f"{_digits(r, 4)}{r.choice(['GH', 'KT', 'W'])}{_digits(r, 4)}",
                     f"{r.randint(10, 99)}-{_digits(r, 6)}-{r.choice('ABCDE')}", f"{_digits(r, 10)}",
                     f"T1-{_digits(r, 5)}", f"{r.choice('QRW')}{r.choice('ABCDEF')}{_digits(r, 6)}{r.choice('HJKM')}"])


def _v_vehicle(r: random.Random) -> str:
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    vin = "".join(r.choice(A + "0123456789") for _ in range(8)) + str(r.randint(0, 9)) + \
        "".join(r.choice(A + "0123456789") for _ in range(2)) + _digits(r, 6)
    return r.choice([f"N{r.randint(100, 999)}{r.choice(A)}{r.choice(A)}", f"{r.randint(1, 9)}{r.choice(A)}{r.choice(A)} {_digits(r, 3)}",
                     f"AMB-{_digits(r, 4)}", f"{_digits(r, 3)}-{r.choice(A)}{r.choice(A)}{r.choice(A)}", vin,
                     f"{r.choice(A)}{r.choice(A)}-{_digits(r, 4)}", f"N{r.randint(10, 99)}{r.choice(A)}{r.choice(A)}"])


_VALUES: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _v_phone, "FAX": _v_phone, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url, "IP_ADDRESS": _v_ip,
    "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan, "LICENSE": _v_license,
    "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_date, "AGE_OVER_89": _v_age,
    "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle, "PERSON": _v_person, "LOCATION": lambda r: r.choice(_TOWNS),
    "ORGANIZATION": _v_org,
}

# --------------------------------------------------------------------------------------------------
# Stand-alone plant lines: "{v}" is the value; {t} a time, {st} a state, {dept} a department
# --------------------------------------------------------------------------------------------------

_SNIPS: dict[str, list[str]] = {
    "PHONE": [
        "Callback: {v}", "Referring ED charge RN callback # {v}", "TC recorded line -> call back at {v} (ask for house sup)",
        "| Callback | {v} |", "Daughter (HCP) best # {v}; prefers texts after {t}.", "Report to receiving RN, tel {v}",
        "Bed board desk ........ {v}", "pls call back at\n{v} once bed assigned", "[TC-SYS] CALLER_PHONE={v} LINE=2",
        "ph: {v}", "Calback nmbr {v}", "ADDENDUM {t}: accepting MD reachable on cell {v} overnight.",
        "Son (lives out of state) can be reached at {v}.", "Receiving unit phone   {v}   (charge RN)",
        "Referring hospitalist cell:{v}", "Call {v} when pt departs; ETA to be relayed to {dept}.",
    ],
    "FAX": [
        "Fax: {v}", "Face sheet + MAR faxed to {v} at {t}.", "fax# {v}", "| Fax | {v} |",
        "Records dept fax ..... {v}", "[FAXSRV] job 4 pages to {v} status=DELIVERED", "Please fax signed PCS form to\n{v}",
        "secure fax: {v}", "Fx {v} (referring clinic)", "Faxed transfer packet (EMTALA form, MAR, last notes) -> {v}",
        "Receiving SNF fax  {v}", "Fax back acceptance to {v}, attn {dept}.",
    ],
    "PAGER": [
        "pager {v}", "pgr #{v}", "beeper {v}", "Paged on-call neurosurgery (pager {v}) at {t}.", "| Pager | {v} |",
        "Night float pgr: {v}", "[PAGE OUT] to {v} msg='TC: outside transfer request, pls call back'",
        "House supervisor carries pager {v} overnight.", "p. {v}", "Re-paged {v} x2, no response; escalated to attending.",
        "Bed manager on call - pager {v}",
    ],
    "EMAIL": [
        "Email: {v}", "Face sheet sent to {v} (secure)", "contact {v} re: bed offer", "| Email | {v} |",
        "From: {v}\nSubj: bed request - {dept}", "[EMAIL RELAY] to=<{v}> status=sent", "cc {v}",
        "Family asked updates go to {v}.", "Referral coordinator: {v}",
    ],
    "URL": [
        "Transfer portal: {v}", "Outside images available at {v} (link expires 72 h)", "see {v} for live bed status",
        "Link: <{v}>", "[PACS] study link {v}", "referral form at\n{v}", "| Portal | {v} |",
        "Image share invitation: {v}", "Direct-admit request submitted through {v}.",
    ],
    "IP_ADDRESS": [
        "Outside images pushed from remote AE @ {v}:104", "Import node {v}", "| Source IP | {v} |",
        "[DICOM] C-STORE from {v} accepted, 412 instances", "Workstation IP {v}", "VPN gateway {v} used for image share",
        "[HL7] ADT^A02 received from host {v}", "image exchange peer={v} port=11112",
    ],
    "SSN": [
        "SSN: {v}", "Social: {v}", "SS# {v}", "| SSN | {v} |", "face sheet lists SSN {v} (verify with pt)",
        "[ADT] PID-19={v}", "Soc Sec No. {v}", "ssn {v} per referring registration",
    ],
    "MRN": [
        "MRN: {v}", "Outside MRN {v}", "Home hospital MR# {v}", "Unit No. {v}", "| MRN | {v} |",
        "[ADT] PID-3={v}^^^REF^MR", "Med Rec No {v}", "(mrn {v})", "Referring facility medical record number:\n{v}",
        "Our MRN {v}; outside MRN ___",
    ],
    "ACCOUNT": [
        "Acct # {v}", "Encounter: {v}", "EMS run # {v}", "Accession {v}", "Order # {v}", "Req. {v}",
        "Claim no. {v}", "Specimen ID {v}", "CSN {v}", "Flight incident # {v}", "| Encounter | {v} |",
        "Billing acct:{v}", "[ADT] PV1-19={v}", "Outside accession no. {v} (CT head)",
    ],
    "HEALTH_PLAN": [
        "Member ID: {v}", "Subscriber # {v}", "Policy no. {v}", "MBI {v}", "Medicaid ID {v}",
        "| Member ID | {v} | Group | {grp} |", "Ins verified - ID {v}, grp {grp}", "Payer member number {v}",
        "Medicare Advantage; member id {v} (group {grp} is employer plan)",
    ],
    "LICENSE": [
        "NPI {v}", "DEA# {v}", "Lic # {v}", "state EMS license {v}", "RN license {v}", "DL {v}",
        "Medical license no. {v}", "| NPI | {v} |", "Referring NP NPI:{v}", "Flight paramedic lic {v}",
    ],
    "ZIP": [
        "ZIP {v}", "___, {st} {v}", "Zip code: {v}", "pickup ZIP {v}", "| ZIP | {v} |", "home ZIP\n{v}",
        "Mailing: ___, ___, {st}  {v}",
    ],
    "STREET_ADDRESS": [
        "Address: {v}", "Pickup at {v}, ___", "Home: {v}", "d/c to daughter's home, {v}", "| Address | {v} |",
        "LZ: field behind {v}", "Adress {v}", "Patient resides at\n{v} (lives alone)",
    ],
    "DATE_REAL_YEAR": [
        "DOB: {v}", "Date of death: {v}", "Prior transfer here {v} for similar presentation.",
        "Outside CT dated {v} reviewed.", "Last admission {v}", "| DOB | {v} |", "MOLST signed {v}",
        "Birth date {v}", "Spouse died {v}; lives alone since.",
    ],
    "AGE_OVER_89": [
        "Pt is {v}-year-old, lives independently.", "Age: {v}", "{v} yo from home, full code",
        "age {v}", "Requesting MD describes a ({v} y/o) frail patient.", "{v}yo, DNR/DNI per MOLST",
    ],
    "DEVICE_ID": [
        "IV pump SN {v}", "Serial # {v}", "LVAD controller S/N {v}", "UDI (01){gtin}(17){yymmdd}(10){lotv}(21){v}",
        "| Device serial | {v} |", "transport vent serial no. {v}", "ICD generator serial {v}",
        "Pacemaker interrogated; device serial number {v}",
    ],
    "VEHICLE_ID": [
        "Ambulance plate {v}", "Tail # {v}", "aircraft {v} lifted at {t}", "VIN {v}", "| Vehicle | {v} |",
        "wheelchair van plate {v}", "Unit plate: {v} ({st})", "Transport unit registration {v}",
    ],
    "PERSON": [
        "Accepting physician: Dr. {v}", "Spoke with {v}, RN (charge) at referring ED.", "Transfer RN: {v}",
        "Daughter {v} at bedside, is HCP.", "Bed placed by {v} (house supervisor).", "Flight nurse {v}",
        "Signed: {v}, MD", "Dictated by: {v}", "Report called to {v}, RN", "| Accepting MD | {v} |",
        "TC nurse ..... {v}", "-- {v}, PA-C", "ADDENDUM {t}: discussed with Dr. {v} who agrees.",
        "Requesting provider {v}, NP", "Pt's neighbor {v} will drive her home.", "Case manager {v} following.",
    ],
    "LOCATION": [
        "Lives in {v}.", "Patient from {v}, {st}.", "Rendezvous at the {v} exit.", "Town: {v}",
        "| Town | {v} |", "Home hospital is in {v}.", "Family driving down from {v} tonight.",
        "Pickup in {v} - road conditions poor.", "LZ: {v} ballfield",
    ],
    "ORGANIZATION": [
        "Referring facility: {v}", "Transferred from {v} ED.", "Accepting facility: {v}", "Ground transport: {v}",
        "Rx sent to {v}", "SNF bed offer from {v}", "| Referring | {v} |", "Works at {v}.", "PCP at {v}",
        "Air transport by {v}", "Outside records from {v} scanned to media tab.",
    ],
}
_SNIP_ORG_KIND = {"Ground transport": "ems", "Air transport": "ems", "Rx sent": "rx", "SNF bed": "snf",
                  "Works at": "emp", "PCP at": "clinic", "Accepting facility": "hosp", "Referring": "hosp",
                  "Transferred from": "hosp", "Outside records": "hosp"}


def _snippet(ctx: _Ctx, cat: str) -> list:
    r = ctx.r
    tpl = r.choice(_SNIPS[cat])
    aux = {"t": ctx.t(), "st": ctx.c(_STATES), "dept": ctx.la(_DEPARTMENTS)}
    if "{grp}" in tpl:
        aux["grp"] = ctx.lit(r.choice([_digits(r, 6), f"G{_digits(r, 5)}", f"{_digits(r, 5)}-{r.randint(10, 99)}"]))
    if "{gtin}" in tpl:
        aux["gtin"] = ctx.lit("0" + _digits(r, 13))
        aux["yymmdd"] = f"{r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        aux["lotv"] = ctx.lit(f"{r.choice('ABCDKLMT')}{_digits(r, 6)}")
    for k, v in aux.items():
        tpl = tpl.replace("{" + k + "}", v)
    pre, post = tpl.split("{v}")
    if cat == "ORGANIZATION":
        kind = next((k for p, k in _SNIP_ORG_KIND.items() if pre.lstrip("| ").startswith(p)), None)
        v = _v_org(r, kind)
    elif cat == "DATE_REAL_YEAR":
        v = _v_date(r, dob=("DOB" in pre or "Birth" in pre))
    else:
        v = _VALUES[cat](r)
    out: list = []
    if pre:
        out.append(pre)
    s = _Slot(cat)
    s.value = v
    out.append(s)
    if post:
        out.append(post)
    return out


# --------------------------------------------------------------------------------------------------
# Shared clinical material
# --------------------------------------------------------------------------------------------------

_REASONS = [
    "higher level of care: neurosurgical evaluation of acute subdural hematoma",
    "STEMI with no interventional cardiologist available overnight",
    "large-vessel occlusion stroke, thrombectomy candidate",
    "septic shock requiring ICU bed, none available at referring hospital",
    "acute type A aortic dissection for cardiothoracic surgery",
    "upper GI bleed needing emergent endoscopy, no GI coverage",
    "pediatric DKA, no PICU at referring facility",
    "massive PE, evaluation for catheter-directed therapy",
    "hip fracture, orthopedics unavailable at referring hospital",
    "burn 18% TBSA for burn unit",
    "cirrhosis with hepatic encephalopathy, transplant hepatology",
    "ruptured AAA, vascular surgery",
]
_LEVELS = ["ICU", "step-down", "telemetry", "med-surg", "neuro ICU", "CVICU", "burn ICU", "observation"]
_UNITS = ["7 North", "MICU-B", "4 West tele", "SICU", "Neuro step-down", "6 South", "CVICU", "Obs unit",
          "5 East", "Burn unit", "Short Stay 2", "11 Medicine"]
_SERVICES = ["Medicine", "Neurosurgery", "Cardiology", "Trauma Surgery", "Vascular Surgery", "Hepatology",
             "Orthopedics", "General Surgery", "Neurology (stroke)", "Cardiothoracic Surgery"]
_MODES = ["ALS ground", "BLS ground", "critical care ground (CCT)", "rotor wing", "fixed wing", "private vehicle"]
_FILLER_D = [
    "Hemodynamics stable on arrival; no vasopressors required. Tolerating diet. Ambulating with walker and PT.",
    "Goals of care were readdressed with the family, who wish to continue full treatment for now.",
    "Home medications were reconciled against the referring hospital's MAR; discrepancies corrected.",
    "Telemetry without events over the last 24 hours. Electrolytes repleted per protocol.",
    "Blood cultures from the referring facility are pending; results to be called to the accepting team.",
    "Skin intact on arrival; pressure injury risk reassessed. Fall precautions in place.",
    "Patient and family oriented to unit; questions answered regarding expected length of stay.",
    "Anticoagulation held peri-procedure and resumed on hospital day 3 without bleeding.",
    "Bed was assigned after two discharges on the unit; room turnover took 52 minutes.",
    "The referring team was updated by phone on arrival and again after the procedure.",
    "Delay in transfer attributed to weather hold on the aircraft; ground backup was not required.",
    "Hospital was at surge capacity; the patient boarded in the ED overnight before a bed opened.",
    "Interpreter services used for all family discussions (Portuguese).",
    "Outside imaging arrived on disc and was uploaded; the accepting team reviewed it before arrival.",
    "Acceptance was conditional on ICU bed availability, confirmed by the nursing supervisor at shift change.",
    "Patient met criteria for repatriation once off drips for 24 hours and cleared by PT.",
    "Social work met with the family about lodging near the hospital; they live over two hours away.",
    "No capacity at the home hospital initially; repatriation deferred one day.",
    "Insurance authorization for the post-acute bed was obtained the same afternoon.",
    "Reviewed transfer paperwork: certification, consent and copies of records all present in the chart.",
]
_FILLER_R = [
    "The visualized osseous structures are without acute abnormality.",
    "No free intraperitoneal air. No drainable fluid collection.",
    "Cardiomediastinal silhouette is stable. No pleural effusion or pneumothorax.",
    "Degenerative changes of the spine are mild and unchanged.",
    "The soft tissues are unremarkable. No subcutaneous emphysema.",
    "Partially imaged thyroid is unremarkable.",
    "Atherosclerotic calcification of the aorta and coronary arteries is noted.",
    "The ventricles and sulci are age-appropriate. Basal cisterns are patent.",
    "Mild chronic small vessel ischemic changes in the periventricular white matter.",
    "The included paranasal sinuses and mastoid air cells are clear.",
    "Patchy bibasilar opacities likely reflect atelectasis; aspiration not excluded in the appropriate setting.",
    "The liver, gallbladder, pancreas, spleen and adrenal glands are within normal limits.",
    "No hydronephrosis. Subcentimeter renal hypodensities are too small to characterize.",
    "Motion artifact limits evaluation of the posterior fossa.",
    "Study quality is limited by portable technique and patient positioning.",
    "Outside images are of diagnostic quality; thin-section reformats were not provided.",
    "No evidence of acute fracture or malalignment.",
    "Small hiatal hernia. Esophagus is otherwise unremarkable.",
]
_PAD_HEAD = ["Update:", "Nursing note:", "Comments:", "Flow note:", "Interval events:", "Additional history:"]


def _mimic_header(ctx: _Ctx, service: str) -> list[list]:
    sex = ctx.c(["M", "F"])
    adm = ctx.c(["___", ctx.sdate(0)])
    return [ctx.block(
        "Name:  ___                  Unit No:   [[MRN]]",
        "",
        f"Admission Date:  {adm}              Discharge Date:   ___",
        "",
        f"Date of Birth:  [[DATE_REAL_YEAR]]             Sex:   {sex}",
        "",
        f"Service: {service}",
    )]


def _clin_para(ctx: _Ctx) -> list[list]:
    r = ctx.r
    s = (f"{ctx.c(['Pt is a', 'This is a', 'Patient is a'])} [[AGE_OVER_89]]-year-old {ctx.c(['man', 'woman', 'patient'])} "
         f"with {ctx.c(['HTN', 'CKD stage 3', 'COPD on 2 L home O2', 'AF', 'T2DM', 'HFrEF (EF 30%)', 'ESRD on HD'])} "
         f"on {ctx.la(EPONYMS_AND_BRANDS[45:54])} who presented to the referring ED with {ctx.c(_REASONS).split(':')[-1].strip()}. "
         f"Initial {ctx.la(_SCORES)}; received {ctx.la(_DOSES)} before transfer. ")
    s2 = (f"Comparable episode in {ctx.bare_year()} managed elsewhere. "
          f"{ctx.c(['Exam notable for', 'On exam'])} {ctx.la(EPONYMS_AND_BRANDS[:20])}"
          f"{ctx.c([' noted.', ' present, otherwise nonfocal.', ' documented by referring MD.'])}")
    s2 += f" {ctx.c(['Prior workup mentions', 'Outside note references', 'Med list includes'])} " \
        f"{ctx.la(EPONYMS_AND_BRANDS[20:45] + EPONYMS_AND_BRANDS[54:])}."
    if r.random() < 0.5:
        s2 += f" A {ctx.young_age()}-year-old spouse is the primary caregiver."
    return [ctx.line(s), ctx.line(s2)]


# --------------------------------------------------------------------------------------------------
# Discharge-type builders
# --------------------------------------------------------------------------------------------------


def _b_transfer_request(ctx: _Ctx) -> list[list]:
    lvl = ctx.c(_LEVELS)
    blocks = [
        ctx.block(ctx.c(["INTERFACILITY TRANSFER REQUEST - ACCEPTANCE LOG", "Transfer Request / Acceptance",
                         "*** INBOUND TRANSFER - ACCEPTED ***"]),
                  f"Request received: {ctx.sdate()} {ctx.t()} via {ctx.la(_DEPARTMENTS[:2])} line",
                  "Case #: ___        Priority: " + ctx.c(["Emergent", "Urgent", "Routine"])),
        ctx.block("Referring facility:  [[ORGANIZATION]]",
                  "Referring physician: Dr. [[PERSON]]     Callback: [[PHONE]]",
                  "Patient:  ___   Age: [[AGE_OVER_89]]   MRN (outside): [[MRN]]",
                  f"Reason for transfer: {ctx.c(_REASONS)}",
                  f"Level of care requested: {lvl}"),
        _clin_para(ctx),
        ctx.block(f"Accepting service / physician: {ctx.c(_SERVICES)} / Dr. [[PERSON]]",
                  f"Bed assignment: {ctx.c(_UNITS)} rm ___   (bed request in {ctx.la(['TeleTracking', 'Epic Grand Central'])})",
                  f"Mode: {ctx.c(_MODES)}; agency [[ORGANIZATION]]",
                  f"EMTALA: physician certification of transfer completed; {ctx.c(['risks/benefits reviewed', 'consent signed by HCP'])}.",
                  "Insurance: Member ID [[HEALTH_PLAN]]"),
        ctx.block(f"Outcome: ACCEPTED at {ctx.t()}. Estimated arrival ___.",
                  "Transfer RN: [[PERSON]], RN   ext ___"),
    ]
    return blocks


def _b_tc_call(ctx: _Ctx) -> list[list]:
    svc = ctx.c(_SERVICES)
    rows = [
        f"{ctx.t()}  Call received from [[ORGANIZATION]]; spoke with ___ RN (ED charge).",
        f"{ctx.t()}  Clinical summary obtained: {ctx.c(_REASONS)}; {ctx.la(_SCORES)}.",
        f"{ctx.t()}  Paged {svc} on-call (pager [[PAGER]]).",
        f"{ctx.t()}  Dr. [[PERSON]] returned page; {ctx.c(['accepted', 'accepted pending bed', 'requests CT images first'])}.",
        f"{ctx.t()}  Bed request entered in {ctx.la(['TeleTracking', 'Epic Grand Central'])}: {ctx.c(_UNITS)}.",
        f"{ctx.t()}  Conference call with referring MD, accepting MD and {ctx.la(_DEPARTMENTS)} (recorded).",
        f"{ctx.t()}  Transport arranged: {ctx.c(_MODES)}, ETA {ctx.r.randint(20, 95)} min.",
        f"{ctx.t()}  Report line given to referring RN; callback [[PHONE]].",
        f"{ctx.t()}  Patient departed referring facility.",
    ]
    k = ctx.r.randint(6, 9)
    return [
        ctx.block(ctx.c(["TRANSFER CENTER CALL RECORD", "Transfer Center - Call Log", "TC CALL RECORD (pasted from log)"]),
                  f"Date: {ctx.sdate()}    Case # ___    Call type: "
                  + ctx.c(["Inbound transfer request", "Outbound repatriation", "Consult only - no transfer"]),
                  "Caller: ___ (referring ED)    Recorded line: yes"),
        ctx.block("Time   Event", *rows[:k]),
        ctx.block("Disposition: " + ctx.c(["accepted", "declined - capacity", "declined - service not offered",
                                            "accepted, bed pending", "cancelled by referring"]),
                  f"Patient age on request: [[AGE_OVER_89]]   Weight {ctx.r.randint(45, 130)} kg",
                  "TC RN: [[PERSON]]"),
    ]


def _b_bed_huddle(ctx: _Ctx) -> list[list]:
    r = ctx.r
    tab = ["| Unit | Staffed | Occupied | Pending admits | Pending DC |", "|---|---|---|---|---|"]
    for u in r.sample(_UNITS, r.randint(4, 7)):
        a = r.randint(10, 36)
        tab.append(f"| {u} | {a} | {a - r.randint(0, 4)} | {r.randint(0, 6)} | {r.randint(0, 5)} |")
    return [
        ctx.block(ctx.c(["CAPACITY HUDDLE", "Bed Board Huddle Notes", "PATIENT FLOW HUDDLE - 0730"]) + f"  {ctx.sdate()}",
                  f"Hospital status: {ctx.c(['GREEN', 'YELLOW', 'RED', 'BLACK (surge)'])}.  ED boarders: {r.randint(0, 22)}. "
                  f"Diversion: {ctx.c(['none', 'ALS diversion 2 h', 'none requested'])}."),
        [ctx.line(x) for x in tab],
        ctx.block("Patients discussed:",
                  f"- ___ (bed ___): awaiting SNF placement; {ctx.la(['PASRR', 'Braden score', 'Morse Fall Scale'])} done.",
                  "- ___ ([[AGE_OVER_89]] y/o): medically ready, ride ___.",
                  "- Outside request from [[ORGANIZATION]] pending ICU bed.",
                  f"- ___: {ctx.la(['Impella CP', 'HeartMate 3', 'LifeVest', 'PleurX'])} patient, needs {ctx.c(_LEVELS)}."),
        ctx.block(f"Actions: {ctx.la(_DEPARTMENTS)} to expedite {r.randint(2, 9)} discharges before noon; "
                  f"{ctx.la(_DEPARTMENTS)} to turn rooms within 45 min.",
                  "Facilitator: [[PERSON]]"),
    ]


def _b_transport(ctx: _Ctx) -> list[list]:
    r = ctx.r
    return [
        ctx.block(ctx.c(["CRITICAL CARE TRANSPORT COORDINATION SHEET", "Air/Ground Transport Coordination",
                         "TRANSPORT SHEET"]),
                  f"Date {ctx.sdate()}   Request time {ctx.t()}   Run #: [[ACCOUNT]]",
                  f"Mode: {ctx.c(_MODES)} | Aircraft/Unit: {ctx.c(['EC135', 'Bell 407', 'AW109', 'King Air B200', 'Type III ambulance'])}"
                  " | Tail/plate: [[VEHICLE_ID]]"),
        ctx.block("Agency: [[ORGANIZATION]]    Comm center: [[PHONE]]",
                  "Sending: ___   Receiving: ___",
                  "Pickup: ___ helipad / LZ at [[LOCATION]]",
                  "Crew: RN [[PERSON]]; paramedic ___"),
        ctx.block(f"Weather: {ctx.c(['VFR, ceiling 4500', 'IFR - ground backup', 'marginal VFR, icing forecast'])}; "
                  f"flight time {r.randint(18, 75)} min.",
                  f"Equipment: {ctx.la(['Hamilton-T1', 'Zoll X Series', 'LUCAS', 'Alaris'])} ({ctx.la(_VERSIONS)}), "
                  f"pump SN [[DEVICE_ID]], {ctx.la(['EZ-IO', 'i-gel', 'Optiflow', 'BiPAP'])}.",
                  f"Drips: {ctx.la(['Levophed', 'Precedex', 'Kcentra'])} {ctx.la(_DOSES)}; {ctx.lot()}, {ctx.expiry()}."),
        ctx.block("Enroute: " + ctx.c(["no events", "transient hypotension, responded to bolus",
                                        "SpO2 dipped to 86%, FiO2 increased"]) + f"; {ctx.la(_SCORES)} on handoff.",
                  "Weight ___ kg   Patient age [[AGE_OVER_89]]"),
    ]


def _b_ed_boarding(ctx: _Ctx) -> list[list]:
    r = ctx.r
    return _mimic_header(ctx, "EMERGENCY MEDICINE (BOARDING)") + [
        ctx.block(f"ED BOARDING NOTE - hour {r.randint(6, 70)} of boarding",
                  f"Admitted to {ctx.c(_SERVICES)}; awaiting {ctx.c(_LEVELS)} bed (request placed ___ at {ctx.t()})."),
        _clin_para(ctx),
        ctx.block("Boarding care:",
                  f"- Inpatient orders active; {ctx.la(['Eliquis', 'Lovenox', 'Keppra', 'Zosyn'])} given on schedule.",
                  f"- Pressure injury prevention ({ctx.la(['Braden score', 'Mepilex', 'Hoyer lift'])}).",
                  f"- Delirium screen; {ctx.la(['Richmond Agitation-Sedation Scale', 'CIWA 14', 'RASS -2'])}.",
                  f"- {ctx.la(_DEPARTMENTS)} aware; escalation per surge plan."),
        ctx.block("Inpatient team contact: Dr. [[PERSON]] (pager [[PAGER]])",
                  "Signed: [[PERSON]], MD (ED attending)"),
    ]


def _b_repatriation(ctx: _Ctx) -> list[list]:
    return _mimic_header(ctx, ctx.c(_SERVICES)) + [
        ctx.block(ctx.c(["REPATRIATION NOTE", "Return-to-home-hospital transfer note", "REPATRIATION / BACK-TRANSFER"]),
                  f"Patient transferred to us from [[ORGANIZATION]] on {ctx.sdate()} for {ctx.c(_REASONS)}; "
                  "now stable for return to home hospital."),
        _clin_para(ctx),
        ctx.block("Home hospital accepting physician: Dr. [[PERSON]]",
                  "Accepting facility: [[ORGANIZATION]]",
                  "Report given to ___ RN, receiving unit phone [[PHONE]]",
                  "Records faxed to [[FAX]]",
                  f"Images shared via {ctx.la(_VERSIONS)} link; outside accession ___.",
                  "Family: daughter ___ aware, lives in [[LOCATION]]."),
        ctx.block(f"Transport: {ctx.c(_MODES)}; {ctx.la(['Hoyer lift', 'BiPAP', 'Foley'])} in place.",
                  f"Follow-up: {ctx.c(_SERVICES)} clinic in 2 weeks (telehealth)."),
    ]


def _b_direct_admit(ctx: _Ctx) -> list[list]:
    st = ctx.c(_STATES)
    ctx.look.append(st)
    return [
        ctx.block(ctx.c(["DIRECT ADMISSION REQUEST - OUTSIDE CLINIC", "Direct Admit Request", "DIRECT ADMIT (clinic referral)"]),
                  f"Received {ctx.sdate()} {ctx.t()}; reviewed by {ctx.la(_DEPARTMENTS)}."),
        ctx.block("Requesting clinic: [[ORGANIZATION]]",
                  f"Address: [[STREET_ADDRESS]], [[LOCATION]], {st} [[ZIP]]",
                  "Requesting provider: [[PERSON]], NP     NPI [[LICENSE]]",
                  "Phone [[PHONE]]    Fax [[FAX]]"),
        ctx.block("Patient: ___    DOB [[DATE_REAL_YEAR]]    MRN [[MRN]]",
                  f"Reason: {ctx.c(['cellulitis failing oral antibiotics', 'symptomatic anemia, Hgb 6.8', 'new AF with RVR, stable', 'COPD exacerbation', 'pyelonephritis, unable to tolerate PO'])}",
                  f"Vitals in clinic: HR {ctx.r.randint(60, 130)}, BP {ctx.r.randint(90, 170)}/{ctx.r.randint(50, 95)}, SpO2 {ctx.r.randint(88, 99)}%",
                  "Insurance member # [[HEALTH_PLAN]]"),
        ctx.block(f"Decision: {ctx.c(['approved for direct admit', 'redirected to ED (unstable)', 'approved, bed pending'])} "
                  f"to {ctx.c(_UNITS)}; patient to present to {ctx.la(['Admitting', 'Patient Flow Office'])}, not the ED.",
                  f"If condition worsens: {ctx.la(_HOTLINES[4:])}.")
    ]


def _b_discharge_lounge(ctx: _Ctx) -> list[list]:
    return _mimic_header(ctx, "MEDICINE") + [
        ctx.block(ctx.c(["DISCHARGE LOUNGE / PLACEMENT NOTE", "Discharge Lounge Note", "PLACEMENT - CASE MANAGEMENT"]),
                  f"Arrived to {ctx.la(['Discharge Lounge', 'Case Management'])} at {ctx.t()} pending "
                  + ctx.c(["ride", "SNF bed", "wheelchair van", "family pickup"]) + "."),
        ctx.block("Accepting facility: [[ORGANIZATION]] (skilled nursing); bed offer confirmed by ___ (admissions) [[PHONE]]",
                  "Discharge address: [[STREET_ADDRESS]]",
                  "Transport: wheelchair van, plate [[VEHICLE_ID]]",
                  "Prescriptions sent to [[ORGANIZATION]]",
                  f"{ctx.la(['PASRR', 'Braden score', 'Morse Fall Scale'])} screen completed; {ctx.la(_SCORES)}."),
        ctx.block(f"Education: {ctx.la(['Eliquis', 'Xarelto', 'Lovenox'])} teaching done; "
                  f"smoking cessation {ctx.la(_HOTLINES[:4])}; info at {ctx.la(_PUBLIC_WEB)}.",
                  f"Patient is ___ y/o; DOB [[DATE_REAL_YEAR]]; {ctx.lit(ctx.c(_STATE_NAMES))} resident."),
        ctx.block("Case manager: [[PERSON]]"),
    ]


def _b_discharge_summary(ctx: _Ctx) -> list[list]:
    return _mimic_header(ctx, ctx.c(_SERVICES).upper()) + [
        ctx.block("Allergies:", ctx.c(["Patient recorded as having No Known Allergies to Drugs", "Penicillins", "sulfa"])),
        ctx.block("Attending: ___.", "", "Chief Complaint:", ctx.c(["transfer for higher level of care", "chest pain", "fall", "weakness"])),
        ctx.block("History of Present Illness:"), _clin_para(ctx),
        ctx.block("Transferred from [[ORGANIZATION]] via " + ctx.c(_MODES) + f"; arrived {ctx.sdate()}.",
                  "Outside records reviewed (outside MRN [[MRN]])."),
        ctx.block("Brief Hospital Course:", ctx.c(_FILLER_D), ctx.c(_FILLER_D),
                  f"Seen by {ctx.la(_DEPARTMENTS)} for disposition."),
        ctx.block("Discharge Disposition:", ctx.c(["Home With Service", "Extended Care", "Home", "Expired"]),
                  "Facility:", "___"),
        ctx.block("Followup Instructions:", "___"),
    ]


# --------------------------------------------------------------------------------------------------
# Radiology builders
# --------------------------------------------------------------------------------------------------


def _rad_head(ctx: _Ctx, exam: str, indication: str) -> list[list]:
    return [
        ctx.block(f"EXAMINATION:  {exam}"),
        ctx.block(f"INDICATION:  ___ year old {ctx.c(['man', 'woman'])} {indication}  // "
                  + ctx.c(["eval for acute process", "r/o bleed", "pre-transfer", "evaluate line placement"])),
    ]


def _rad_tail(ctx: _Ctx) -> list[list]:
    return [
        ctx.block("NOTIFICATION:  The findings were discussed with Dr. [[PERSON]] by ___, M.D. on the telephone on ___ "
                  "at " + ctx.t() + ", " + ctx.c(["1 minute", "5 minutes", "10 minutes"]) + " after discovery of the findings."),
    ]


def _b_rad_outside(ctx: _Ctx) -> list[list]:
    return _rad_head(ctx, "CT HEAD W/O CONTRAST (OUTSIDE STUDY, OVER-READ)",
                     "transferred from outside hospital with fall on anticoagulation") + [
        ctx.block("TECHNIQUE:  Outside study from [[ORGANIZATION]] performed ___, imported to PACS for second-opinion "
                  f"interpretation. Outside accession [[ACCOUNT]]. {ctx.la(_VERSIONS)}."),
        ctx.block(f"COMPARISON:  {ctx.c(['None available.', 'Prior head CT ' + ctx.sdate(), 'Outside MRI ___.'])}"),
        ctx.block("FINDINGS:",
                  f"{ctx.c(['Acute', 'Subacute', 'Mixed-density'])} subdural collection along the "
                  f"{ctx.c(['left', 'right'])} convexity measuring {ctx.r.randint(3, 18)} mm with {ctx.r.randint(0, 9)} mm midline shift. "
                  f"Density {ctx.r.randint(40, 75)} {ctx.la(['Hounsfield units'])}. {ctx.c(_FILLER_R)}",
                  f"{ctx.la(['Fisher grade', 'Hunt and Hess'])} not applicable. {ctx.c(_FILLER_R)}"),
        ctx.block("IMPRESSION:",
                  f"1. {ctx.c(['Agree with outside read', 'Discrepancy with outside read'])}: subdural hematoma as above.",
                  "2. Recommend repeat CT in 6 hours or sooner with change in exam."),
    ] + _rad_tail(ctx)


def _b_rad_cxr(ctx: _Ctx) -> list[list]:
    return _rad_head(ctx, "CHEST (PORTABLE AP)", "intubated for transport, confirm tube and line position") + [
        ctx.block(f"COMPARISON:  {ctx.sdate()} outside radiograph."),
        ctx.block("FINDINGS:",
                  f"Endotracheal tube tip {ctx.r.randint(2, 7)} cm above the carina. Enteric tube courses below the diaphragm. "
                  f"{ctx.la(['Swan-Ganz', 'Cordis', 'PleurX', 'Impella CP'])} in expected position.",
                  f"{ctx.c(_FILLER_R)} {ctx.la(_CXR_SIGNS)} "
                  f"{ctx.c(['not seen.', 'questionably present.', 'absent.'])}",
                  f"Cardiac device: {ctx.lot(True)}, generator intact; {ctx.la(['LifeVest', 'HeartMate 3'])} leads noted."),
        ctx.block("IMPRESSION:", "Lines and tubes as above; no pneumothorax. Cleared for transport per ___."),
        ctx.block("Performed on transport ventilator [[DEVICE_ID]] per RT."),
    ]


def _b_rad_cta(ctx: _Ctx) -> list[list]:
    return _rad_head(ctx, ctx.c(["CTA HEAD AND NECK WITH PERFUSION", "CTA CHEST (PE PROTOCOL)"]),
                     "outside hospital transfer, " + ctx.c(["LVO stroke, NIHSS 18", "suspected massive PE"])) + [
        ctx.block(f"TECHNIQUE:  {ctx.la(['Omnipaque 350', 'Isovue-370'])} 75 mL IV. Perfusion maps by "
                  f"{ctx.la(['Rapid AI', 'Rapid v5.2.1'])}. DLP {ctx.r.randint(400, 2400)} mGy-cm."),
        ctx.block("COMPARISON:  Outside noncontrast CT from [[ORGANIZATION]]."),
        ctx.block("FINDINGS:",
                  f"{ctx.c(['Occlusion of the left M1 segment.', 'Saddle embolus with RV/LV ratio 1.4.', 'No large vessel occlusion.'])} "
                  f"{ctx.la(['ASPECTS 9', 'PESI class IV', 'NIHSS 7'])}. {ctx.c(_FILLER_R)}",
                  ctx.c(_FILLER_R)),
        ctx.block("IMPRESSION:", ctx.c(["Findings communicated to stroke team and transfer center.",
                                        "PERT activated; accepting team aware."])),
    ] + _rad_tail(ctx)


_CXR_SIGNS = ["Kerley B lines", "Westermark sign", "Hampton's hump", "Chilaiditi"]
_ABD_SIGNS = ["Morison's pouch", "Bosniak", "Hounsfield units"]
_BAKER = ["Baker's cyst"]
_MURPHY = ["Murphy's sign"]


def _abdomen(ctx: _Ctx) -> str:
    x = ctx.r.randrange(3)
    if x == 0:
        return "Distended small bowel loops with transition point in the RLQ."
    if x == 1:
        return f"Pericholecystic fluid; {ctx.la(_MURPHY)} reported clinically."
    return "Hepatic steatosis."


def _b_rad_ct_boarder(ctx: _Ctx) -> list[list]:
    return _rad_head(ctx, "CT ABD & PELVIS WITH CONTRAST", "ED boarder awaiting bed, worsening abdominal pain") + [
        ctx.block("TECHNIQUE:  Multidetector CT after IV contrast. Order [[ACCOUNT]]."),
        ctx.block(f"COMPARISON:  CT {ctx.sdate()}."),
        ctx.block("FINDINGS:",
                  f"LOWER CHEST: {ctx.c(_FILLER_R)}",
                  f"ABDOMEN: {_abdomen(ctx)} {ctx.la(_ABD_SIGNS)} {ctx.c(['clear.', 'noted.', 'referenced.'])}",
                  f"PELVIS: {ctx.c(_FILLER_R)} {ctx.la(['Foley'])} catheter in the bladder."),
        ctx.block("IMPRESSION:", ctx.c(["Small bowel obstruction.", "Acute cholecystitis.", "No acute process."])),
    ] + _rad_tail(ctx)


def _b_rad_import(ctx: _Ctx) -> list[list]:
    n = ctx.r.randint(80, 2400)
    return [
        ctx.block("EXAMINATION:  OUTSIDE IMAGE IMPORT / PACS RECONCILIATION"),
        ctx.block(f"INDICATION:  Interfacility transfer; outside imaging required by accepting {ctx.c(_SERVICES)}."),
        ctx.block("SOURCE:  [[ORGANIZATION]] via image exchange; sending node [[IP_ADDRESS]].",
                  f"Studies received: {ctx.r.randint(1, 5)} ({n} images). {ctx.la(_VERSIONS)}.",
                  "Outside MRN [[MRN]] reconciled to local MRN ___.",
                  "Outside accession [[ACCOUNT]] mapped to local accession ___."),
        ctx.block("| Study | Outside date | Status |", "|---|---|---|",
                  f"| CT head | {ctx.sdate(0)} | imported |",
                  f"| CXR | {ctx.sdate(1)} | imported |",
                  f"| CTA neck | ___ | {ctx.c(['failed - resend', 'imported', 'pending'])} |"),
        ctx.block("FINDINGS:", "Reconciliation complete. Demographics verified against ADT. No interpretation rendered."),
        ctx.block(f"IMPRESSION:  Outside studies available in PACS. Contact {ctx.la(_DEPARTMENTS[6:9])} with questions."),
    ]


def _b_rad_duplex(ctx: _Ctx) -> list[list]:
    return _rad_head(ctx, "BILAT LOWER EXT VEINS (DUPLEX)", "leg swelling prior to transfer to rehabilitation") + [
        ctx.block(f"TECHNIQUE:  Grayscale, color and spectral Doppler. {ctx.la(['Wells score'])} "
                  f"{ctx.r.randint(0, 6)} documented by ordering provider."),
        ctx.block(f"COMPARISON:  {ctx.c(['None.', 'Prior duplex ' + ctx.sdate(), 'Outside duplex ___.'])}"),
        ctx.block("FINDINGS:",
                  f"There is normal compressibility, flow and augmentation of the {ctx.c(['right', 'left', 'bilateral'])} "
                  "common femoral, femoral and popliteal veins.",
                  f"{ctx.c(['Occlusive thrombus in the left peroneal veins.', 'No intraluminal thrombus.'])} "
                  f"{ctx.la(_BAKER)} {ctx.c(['measuring 3.1 cm.', 'not seen.'])}"),
        ctx.block("IMPRESSION:", ctx.c(["No DVT.", "Left calf DVT; anticoagulation per accepting facility."]),
                  "Accepting rehab notified: [[ORGANIZATION]]."),
    ] + _rad_tail(ctx)


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[list]]]] = {
    "transfer_request": ("discharge", _b_transfer_request),
    "tc_call_record": ("discharge", _b_tc_call),
    "bed_huddle": ("discharge", _b_bed_huddle),
    "transport_sheet": ("discharge", _b_transport),
    "ed_boarding": ("discharge", _b_ed_boarding),
    "repatriation": ("discharge", _b_repatriation),
    "direct_admit": ("discharge", _b_direct_admit),
    "discharge_lounge": ("discharge", _b_discharge_lounge),
    "discharge_summary": ("discharge", _b_discharge_summary),
    "rad_outside_overread": ("radiology", _b_rad_outside),
    "rad_cxr_transport": ("radiology", _b_rad_cxr),
    "rad_cta_transfer": ("radiology", _b_rad_cta),
    "rad_ct_boarder": ("radiology", _b_rad_ct_boarder),
    "rad_image_import": ("radiology", _b_rad_import),
    "rad_duplex": ("radiology", _b_rad_duplex),
}
DOCUMENT_KINDS = tuple(_KINDS)
# 20 slots per block of 20 notes: 11 discharge-type, 9 radiology (45%)
_SLOTS = (
    "transfer_request", "tc_call_record", "bed_huddle", "transport_sheet", "ed_boarding", "repatriation",
    "direct_admit", "discharge_lounge", "discharge_summary", "transfer_request", "tc_call_record",
    "rad_outside_overread", "rad_cxr_transport", "rad_cta_transfer", "rad_ct_boarder", "rad_image_import",
    "rad_duplex", "rad_outside_overread", "rad_cxr_transport", "rad_image_import",
)


def document_kind(seed: int, i: int) -> str:
    return _SLOTS[(i * 7 + (i // 20) * 3 + seed) % 20]


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7 + 3) % 20


def _plant_cats(seed: int, i: int) -> list[str]:
    if _is_heavy(seed, i) or _frac((i + 1) * 0.6180339887498949 + seed * 0.2360679774997897) >= 0.6105:
        return []
    n = 1 + int(_frac(i * 0.7548776662466927 + seed * 0.5698402909980532) * 4)
    return [CATEGORIES[int(_frac((4 * i + j) * 0.4142135623730951 + seed * 0.1732050807568877) * len(CATEGORIES))]
            for j in range(n)]


def _heavy_block(ctx: _Ctx) -> list[list]:
    rows = ["Masked fields (pasted from transfer log):", "| Field | Value |", "|---|---|"]
    for f in ["Caller", "Callback", "Referring facility", "Referring MD", "Accepting MD", "Patient name", "DOB",
              "Outside MRN", "Address", "Town", "Insurance ID", "Transport agency", "Unit plate", "Crew",
              "Family contact", "Family phone", "PCP", "PCP fax", "Pharmacy", "Accepting unit phone"]:
        rows.append(f"| {f} | ___ |")
    rows.append(ctx.c(["Spoke with ___ at ___ on ___; ___ to call back ___.",
                       "Per ___ (___ RN), pt's ___ ___ will meet ambulance at ___.",
                       "Report from ___ to ___ at ___; bed ___ on ___ confirmed by ___."]))
    return [[x] for x in rows]


def _render(blocks: list[list]) -> tuple[str, list[tuple[int, int, str]]]:
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for bi, block in enumerate(blocks):
        if bi:
            text.append("\n\n")
            pos += 2
        for li, line in enumerate(block):
            if li:
                text.append("\n")
                pos += 1
            for p in line:
                if isinstance(p, _Slot):
                    if p.value is None:
                        s = "___"
                    else:
                        s = p.value
                        spans.append((pos, pos + len(s), p.cat))
                else:
                    s = p
                text.append(s)
                pos += len(s)
    return "".join(text), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout47:{seed}:{i}")
    ctx = _Ctx(r)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    blocks = builder(ctx)
    heavy = _is_heavy(seed, i)
    filler = _FILLER_R if note_type == "radiology" else _FILLER_D
    # pad to a per-note target length with clinical filler (no repeats within a note)
    target = r.randint(1250, 2900)
    pool = r.sample(filler, len(filler))
    size = sum(len("".join(p if isinstance(p, str) else "___" for p in ln)) + 1 for b in blocks for ln in b)
    if size < target:
        body = next((b for b in blocks if b and b[0] and b[0][0] == "FINDINGS:"), None)
        if body is None:
            body = [[r.choice(_PAD_HEAD)]]
            blocks.insert(r.randint(max(1, len(blocks) - 2), len(blocks)), body)
        while size < target and pool:
            sent = pool.pop()
            body.insert(r.randint(1, len(body)), [sent])
            size += len(sent) + 1
    if heavy:
        blocks.insert(r.randint(1, len(blocks)), _heavy_block(ctx))
    else:
        for cat in _plant_cats(seed, i):
            free = [s for s in ctx.slots if s.cat == cat and s.value is None]
            if free and r.random() < 0.55:
                s = r.choice(free)
                if cat == "ORGANIZATION":
                    s.value = _v_org(r)
                elif cat == "DATE_REAL_YEAR":
                    s.value = _v_date(r, dob=True)
                else:
                    s.value = _VALUES[cat](r)
                continue
            line = _snippet(ctx, cat)
            if r.random() < 0.5:
                blocks.insert(r.randint(0, len(blocks)), [line])
            else:
                b = blocks[r.randrange(len(blocks))]
                b.insert(r.randint(0, len(b)), line)
    text, spans = _render(blocks)
    look = []
    for v in dict.fromkeys(ctx.look):
        ok, k = True, text.find(v)
        if k < 0:
            continue
        while k >= 0:
            if any(k < e and k + len(v) > s for s, e, _ in spans):
                ok = False
                break
            k = text.find(v, k + 1)
        if ok:
            look.append(v)
    return LabelledNote(note_type, text, sorted(spans)), look, ("heavy" if heavy else "normal")


def holdout47_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout47_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout47_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout47_corpus, argv, "Held-out corpus 47 (transfer center, bed management, patient flow)")
    holdout_measure.report("holdout47", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
