"""Held-out corpus 28: endocrinology, diabetes technology, bariatric surgery and GI/hepatology notes.

Imitates MIMIC-IV-Note discharge summaries and radiology reports in which identifiers are masked as
``___`` and dates are shifted into 2100-2200, except that in a little under 60% of the notes the
de-identification failed for one to four identifiers, whose invented, real-looking values are left in
the text and labelled (exact span of the identifying value only; cue words and titles stay outside).
About 5% of the notes are heavily masked (ages, eponyms, brand names and every date masked as well)
and carry no plants.

Theme: insulin-pump and CGM start/download notes (pump and transmitter serials versus model, REF and
lot numbers), diabetes school-care plans and camp forms, bariatric-programme letters (psychology
clearance, dietitian, support group), endoscopy and colonoscopy reports with photo-documentation
lines and pathology accession numbers, liver-clinic and transplant-listing letters, specialty-pharmacy
prior-authorisation and patient-assistance forms (member ids versus BIN/PCN/group numbers); radiology
reports are thyroid ultrasound (ACR TI-RADS), DXA, MRCP, liver elastography and abdominal ultrasound
with outside comparisons.

Labelling conventions: an address is one identifier made of up to three spans (STREET_ADDRESS, the
city as LOCATION, the ZIP; the state is not labelled); a name that the de-identification missed may
leak in several of its occurrences (one identifier, several spans).  Accession, order, requisition
and specimen numbers are ACCOUNT; a UDI is a DEVICE_ID only when it carries the serial ``(21)`` or
``$+``; expiry dates, bare years, durations and shifted 21xx dates are never labelled; insurers and
PBMs, group numbers, BIN/PCN, public hotlines and public web sites are never labelled.  Contact
details of named clinicians and of named clinics (names, phones, faxes, pagers, addresses, NPI) are
labelled like the patient's; a dispensing pharmacy's organisational NPI is always masked.  Look-alikes
that stay unlabelled: lot/REF/model numbers, lot-only UDIs, expiry dates, software and firmware
versions (some with four dotted parts), scanner and endoscope models, scope inventory, room and suite
numbers, CPT/ICD-10/NDC codes, form numbers, pump settings (times, 1:12 ratios), blood pressures,
ages under 90, eponyms and place-named scores (Milan criteria, Boston Bowel Preparation Scale, Baveno
VII, Seattle protocol, Sydney system, Montreal E3, Fukuoka), drug and device brands.

``holdout28_masked_text`` gives each note as a successful de-identification would have left it, so
tests can check that every leaked value is labelled.

Written blind: the author read only ``holdout_measure.py``, the first lines of ``synth/notes.py``
(``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues
references, the fully masked note-shaped samples and ``pyproject.toml`` -- nothing of the detector,
its rules, its tests or its output.  Everything is deterministic from ``(seed, i)`` (``random.Random``
seeded with a string; no ``hash()``), and each note is independent of the others.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Corpus plan
# --------------------------------------------------------------------------------------------------

HEAVY_P = 0.05
PLANT_P = 0.585
EVENTS = (1, 2, 3, 4)
EVENT_WEIGHTS = (0.10, 0.22, 0.30, 0.38)

# the first planted identifier of note i cycles through this list (fewer notes short of a category)
_ROTATION = CATEGORIES + ("PERSON", "ORGANIZATION", "DATE_REAL_YEAR", "DATE_REAL_YEAR")

# the second and third planted identifiers of a note are drawn from these (per note type)
_POOL_DISCHARGE = ("VEHICLE_ID", "IP_ADDRESS", "SSN", "STREET_ADDRESS", "EMAIL", "URL", "HEALTH_PLAN", "ZIP",
                   "VEHICLE_ID", "IP_ADDRESS", "SSN", "STREET_ADDRESS", "EMAIL", "URL", "HEALTH_PLAN", "ZIP",
                   "VEHICLE_ID", "IP_ADDRESS", "SSN", "AGE_OVER_89", "AGE_OVER_89", "ACCOUNT", "LICENSE", "PAGER",
                   "FAX", "PHONE", "MRN", "DEVICE_ID", "ORGANIZATION", "ACCOUNT", "MRN", "PHONE", "LICENSE",
                   "VEHICLE_ID", "SSN", "IP_ADDRESS", "DATE_REAL_YEAR", "SSN", "DEVICE_ID")
_POOL_RADIOLOGY = ("PAGER", "PHONE", "FAX", "MRN", "ACCOUNT", "LICENSE", "DEVICE_ID", "URL", "EMAIL", "HEALTH_PLAN",
                   "AGE_OVER_89", "DEVICE_ID", "URL", "EMAIL", "HEALTH_PLAN", "AGE_OVER_89", "ORGANIZATION",
                   "ACCOUNT", "PAGER", "FAX", "MRN", "PHONE")
RADIOLOGY_P = 0.58

# weight of an entity when further identifiers of a planted note are drawn
_WEIGHT = {c: 1.0 for c in CATEGORIES}
_WEIGHT.update({"PERSON": 1.0, "ORGANIZATION": 2.6, "LOCATION": 1.0, "DATE_REAL_YEAR": 1.0, "VEHICLE_ID": 3.0,
                "IP_ADDRESS": 2.5, "SSN": 4.0, "URL": 1.5, "EMAIL": 1.5})

# categories a radiology report of this corpus can carry
RADIOLOGY_HOSTS = frozenset({
    "PERSON", "DATE_REAL_YEAR", "ORGANIZATION", "LOCATION", "MRN", "ACCOUNT", "AGE_OVER_89", "PAGER",
    "PHONE", "FAX", "LICENSE", "DEVICE_ID", "URL", "EMAIL", "HEALTH_PLAN",
})


# --------------------------------------------------------------------------------------------------
# Document builder: slots are either masked (``___``) or leaked (value + labelled span)
# --------------------------------------------------------------------------------------------------

def S(cat: str, value: str, ent: str | None = None) -> tuple[str, str, str | None]:
    """A slot: an identifier that the de-identification normally masks."""
    return (cat, value, ent)


class _Doc:
    def __init__(self, rng: random.Random, needs: tuple[str, ...], leak: set[int], heavy: bool):
        self.r = rng
        self.needs = needs
        self.leak = leak
        self.heavy = heavy
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.slots: list[tuple[str, str]] = []
        self.cats: set[str] = set()

    def w(self, *pieces: str | tuple[str, str, str | None]) -> None:
        for p in pieces:
            if isinstance(p, tuple):
                cat, value, ent = p
                k = len(self.slots)
                self.slots.append((cat, ent if ent else f"#{k}"))
                self.cats.add(cat)
                if k in self.leak:
                    self.spans.append((self.n, self.n + len(value), cat))
                    s = value
                else:
                    s = "___"
            else:
                s = p
            self.parts.append(s)
            self.n += len(s)

    def opt(self, p: float, *cats: str) -> bool:
        """Include an optional block; more likely when it can carry a category the note still needs."""
        x = self.r.random()
        if x < p:
            return True
        return any(c in self.needs and c not in self.cats for c in cats) and x < p + 0.5

    def text(self) -> str:
        return "".join(self.parts)


def _c(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; names from many cultures, real towns, invented facilities)
# --------------------------------------------------------------------------------------------------

_F_FIRST = (
    "Adaeze", "Ama", "Thandiwe", "Nomvula", "Yasmin", "Farida", "Leila", "Shirin", "Elif", "Priya", "Kavitha",
    "Sunita", "Harpreet", "Anh", "Thuy", "Hoa", "Seo-yeon", "Yuki", "Mei", "Xiaoling", "Ines", "Marisol",
    "Guadalupe", "Esperanza", "Beatriz", "Luana", "Ioana", "Katarzyna", "Agnieszka", "Siobhan", "Niamh",
    "Eilidh", "Ingrid", "Sigrid", "Aino", "Oksana", "Anastasia", "Eleni", "Rosaria", "Lucia", "Winifred",
    "Mildred", "Eulalie", "Delphine", "Lemlem", "Makeda", "Zainab", "Aaliyah", "Latoya", "Leilani", "Kalani",
    "Mere", "Aroha", "Nizhoni", "Wren", "Hope", "Rosalind", "Marguerite", "Consolata", "Bich Ngoc", "Fenella",
    "Ottilie", "Ximena", "Yaretzi", "Chiamaka", "Folasade", "Rukhsana", "Tahmina", "Dilnoza", "Saoirse",
)
_M_FIRST = (
    "Chidi", "Oluwaseun", "Kwame", "Yaw", "Sipho", "Tariq", "Omar", "Darius", "Mehmet", "Arjun", "Ravi",
    "Gurpreet", "Minh", "Quang", "Jae-won", "Min-jun", "Hiroshi", "Haruto", "Wei", "Jun", "Joaquin", "Teodoro",
    "Rafael", "Caetano", "Bogdan", "Wojciech", "Dariusz", "Padraig", "Torsten", "Pekka", "Mikael", "Nikolai",
    "Dmitri", "Giorgos", "Stavros", "Gennaro", "Bartholomew", "Cornelius", "Thibault", "Tesfaye", "Abebe",
    "Hamza", "Ibrahim", "DeShawn", "Keoni", "Tevita", "Sione", "Ahanu", "Hollis", "Bertram", "Anselm",
    "Lorcan", "Emeka", "Vusumuzi", "Eliseo", "Anatoly", "Kofi", "Rustam", "Soren", "Matthias", "Florin",
)
_LAST = (
    "Okafor", "Adeyemi", "Mensah", "Boateng", "Nkosi", "Dlamini", "Haddad", "Khoury", "Nasser", "Farahani",
    "Tehrani", "Yilmaz", "Demir", "Raghunathan", "Venkataraman", "Chaudhry", "Sandhu", "Grewal", "Nguyen-Tran",
    "Bui", "Pham", "Truong", "Park", "Choi", "Yamaguchi", "Takahashi", "Nakamura", "Liang", "Zhou", "Cheng",
    "Villanueva", "Echeverria", "Castaneda", "Quispe", "Mamani", "Oliveira", "Carvalho", "Popescu", "Ionescu",
    "Kowalczyk", "Wisniewski", "Nowak", "O'Sullivan", "MacLeod", "Fitzgerald", "Lindqvist", "Halvorsen",
    "Virtanen", "Korhonen", "Petrov", "Kuznetsova", "Shevchenko", "Papadopoulos", "Georgiou", "Esposito",
    "Ferraro", "Abernathy", "Whitcombe", "Pennington", "Thibodeau", "Beaulieu", "Gebremedhin", "Tadesse",
    "Haile", "Abdullahi", "Bello", "Kahananui", "Fifita", "Tuilagi", "Ngata", "Begaye", "Yazzie",
    "Oyelaran-Brooks", "Dubois-Mensah", "Bishop", "Delacroix", "Szabo", "Horvath", "Mbeki-Tshabalala",
    "Achterberg", "Van der Linde", "Quintanilla", "Arismendi", "Tran-Phuong", "Rahimi", "Sadeghi", "Karimova",
)
# (town, state, first three digits of its ZIP codes)
_TOWNS = (
    ("Woonsocket", "RI", "028"), ("Pawtucket", "RI", "028"), ("Chicopee", "MA", "010"), ("Holyoke", "MA", "010"),
    ("Fitchburg", "MA", "014"), ("Leominster", "MA", "014"), ("Haverhill", "MA", "018"), ("Methuen", "MA", "018"),
    ("Attleboro", "MA", "027"), ("Taunton", "MA", "027"), ("Brockton", "MA", "023"), ("Fall River", "MA", "027"),
    ("New Bedford", "MA", "027"), ("Lowell", "MA", "018"), ("Nashua", "NH", "030"), ("Keene", "NH", "034"),
    ("Brattleboro", "VT", "053"), ("Bennington", "VT", "052"), ("Lewiston", "ME", "042"), ("Biddeford", "ME", "040"),
    ("Waterbury", "CT", "067"), ("Meriden", "CT", "064"), ("Torrington", "CT", "067"), ("Willimantic", "CT", "062"),
    ("Pittsfield", "MA", "012"), ("North Adams", "MA", "012"), ("Southbridge", "MA", "015"),
    ("Marlborough", "MA", "017"), ("Revere", "MA", "021"), ("Chelsea", "MA", "021"), ("Malden", "MA", "021"),
    ("Weymouth", "MA", "021"), ("Paducah", "KY", "420"), ("Tullahoma", "TN", "373"), ("Nacogdoches", "TX", "759"),
    ("Hattiesburg", "MS", "394"), ("Bemidji", "MN", "566"), ("Wausau", "WI", "544"), ("Kalispell", "MT", "599"),
    ("Yakima", "WA", "989"), ("Pocatello", "ID", "832"), ("Dothan", "AL", "363"), ("Valdosta", "GA", "316"),
    ("Muncie", "IN", "473"), ("Kokomo", "IN", "469"), ("Altoona", "PA", "166"), ("Scranton", "PA", "185"),
    ("Utica", "NY", "135"), ("Binghamton", "NY", "139"), ("Plattsburgh", "NY", "129"), ("Laredo", "TX", "780"),
    ("McAllen", "TX", "785"), ("Mattapan", "MA", "021"), ("Jamaica Plain", "MA", "021"), ("Hyde Park", "MA", "021"),
)
_FOREIGN = (
    "Tijuana", "Ponce", "Mayaguez", "Santiago de los Caballeros", "Cap-Haitien", "Kumasi", "Ibadan", "Enugu",
    "Da Nang", "Hue", "Cebu City", "Krakow", "Lviv", "Cuenca", "Medellin", "Praia", "Mindelo", "Ponta Delgada",
    "Fortaleza", "Goiania", "Oaxaca", "Puebla", "Izmir", "Tabriz", "Irbid", "Nablus", "Jaffna", "Kandy",
)
_COUNTIES = ("Hampden County", "Bristol County", "Androscoggin County", "Windham County", "Berkshire County",
             "Cheshire County", "Plymouth County", "Worcester County")
_HOSPITALS = (
    "St. Brendan's Regional Medical Center", "Mercy Hollow Hospital", "Larchmont Valley Hospital",
    "Covenant Ridge Medical Center", "Tamsin Memorial Hospital", "Ashcombe Community Hospital",
    "Sisters of the Visitation Hospital", "Harrowgate General Hospital", "Bellmere Regional Hospital",
    "Good Samaritan of the Hills Medical Center", "Orchard Crest Hospital", "Wildwood Cove Medical Center",
)
_CLINICS = (
    "Quarry Hills Endocrine Associates", "Brookfield Adolescent Diabetes Center", "Halvard Gastroenterology Group",
    "Pine Barrens Family Medicine", "Cedar Knoll Primary Care", "Lakeshore Digestive Health",
    "Merrow Valley Weight Management Institute", "Tidewater Liver & Transplant Clinic",
    "Saltmeadow Endocrinology", "Greyfriars Internal Medicine", "Copperbeech Health Center",
    "Ninebark Community Health Center", "Sandpiper Imaging Associates", "Old Mill Radiology Group",
)
_NURSING = (
    "Harwood Lane Nursing & Rehabilitation", "Kestrel Point Skilled Nursing", "Marigold Terrace Assisted Living",
    "Saint Anselm Home for the Aged", "Juniper Glen Rehabilitation Center", "Heronwood Manor",
)
_PHARMACIES = (
    "Blue Heron Specialty Pharmacy", "Corliss Apothecary", "Greenmoor Infusion & Specialty Rx",
    "Fernhill Community Pharmacy", "Lantern Street Pharmacy", "Red Maple Specialty Pharmacy",
)
_EMPLOYERS = (
    "Ridgeway Tool & Die", "Pemberton Freight Lines", "Kettle Cove Seafood Co.", "Amberline Logistics",
    "Northshore Credit Union", "Halcyon Dental Lab", "Brightwater Textile Mill", "Quillfeather Bakery",
    "Dunmore Granite Works", "Sable Ridge Landscaping",
)
_SCHOOLS = (
    "Crestview Regional High School", "Tillinghast Technical High School", "Saint Columba Academy",
    "Ossipee Falls High School", "Bellweather Academy", "Hollowbrook Community College",
)
_CAMPS = ("Camp Huckleberry Notch", "Camp Tamarack Sky", "Camp Bluewing", "Camp Silver Lantern")
_CHURCHES = (
    "Iglesia Pentecostal Monte Sion", "St. Casimir Parish", "Grace Tabernacle AME Church",
    "Holy Trinity Greek Orthodox Church", "Bethel Haitian Baptist Church", "Masjid al-Noor",
)
_SHELTERS = ("Pilgrim's Rest Shelter", "Wayfarer House", "Saint Jude's Night Shelter")
_STREETS = (
    "Larkspur Ridge", "Obadiah Brown", "Tamarack", "Quonset", "Pequot", "Wachusett", "Ashuelot", "Old Colony",
    "Sagamore", "Winthrop", "Cranberry Bog", "Fenwick", "Mill Pond", "Pleasant View", "Orchard Hill",
    "Cottonwood", "Mulberry", "Belden", "Kimball", "Nahant", "Shawsheen", "Agawam", "Hobomock", "Lantern Hill",
)
_SUFFIX = ("Rd", "Road", "St", "Street", "Ave", "Avenue", "Ln", "Lane", "Way", "Terrace", "Ct", "Circle", "Dr",
           "Drive", "Blvd", "Pl")
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "verizon.net", "hotmail.com",
         "aol.com", "protonmail.com", "charter.net")
_AREA = ("508", "774", "978", "351", "413", "617", "857", "781", "339", "401", "603", "802", "207", "860", "203")

# look-alikes and public references (never labelled)
_HOTLINES = {
    "diabetes": ("the American Diabetes Association at 1-800-DIABETES (1-800-342-2383)",
                 "the pump manufacturer's 24-hour technical support line (number on the back of the pump)"),
    "liver": ("the OPTN/UNOS patient services line (1-888-894-6361)", "the American Liver Foundation helpline"),
    "general": ("Poison Control at 1-800-222-1222", "the 988 Suicide & Crisis Lifeline (call or text 988)",
                "1-800-MEDICARE (1-800-633-4227) for coverage questions"),
}
_PUBLIC_URLS = {
    "diabetes": ("www.diabetes.org", "https://www.cdc.gov/diabetes", "https://www.niddk.nih.gov",
                 "www.breakthrought1d.org"),
    "liver": ("https://www.liverfoundation.org", "https://optn.transplant.hrsa.gov", "https://www.niddk.nih.gov"),
    "bariatric": ("https://asmbs.org/patients", "https://www.niddk.nih.gov/health-information/weight-management"),
    "gi": ("https://www.crohnscolitisfoundation.org", "https://www.niddk.nih.gov"),
}
_INSURERS = ("MassHealth Standard", "Medicare Part A/B with Part D", "Blue Cross Blue Shield PPO",
             "Harvard Pilgrim HMO", "Tufts Health Plan", "UnitedHealthcare Choice Plus", "Aetna Medicare Advantage",
             "Cigna Open Access Plus", "Medicaid (Neighborhood Health Plan)")
_PBMS = ("Express Scripts", "OptumRx", "CVS Caremark", "Prime Therapeutics", "MedImpact")


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(_c(r, alphabet) for _ in range(n))


def _phone(r: random.Random) -> str:
    a, b, c = _c(r, _AREA), f"{r.randrange(201, 999)}", _digits(r, 4)
    if b[1:] == "55":
        b = b[0] + "47"
    f = r.randrange(6)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}")[f]


def _pager(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"{r.randrange(1, 9)}{_digits(r, 4)}"
    return _phone(r)


def _mrn(r: random.Random) -> str:
    f = r.randrange(4)
    if f == 0:
        return _digits(r, 8)
    if f == 1:
        return "00" + _digits(r, 7)
    if f == 2:
        return f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}"
    return f"{r.randrange(1, 9)}{_digits(r, 6)}"


def _acct(r: random.Random, kind: str = "enc") -> str:
    if kind == "path":
        return f"{_c(r, ('S', 'SP', 'GI', 'SG'))}{r.randrange(10, 20)}-{r.randrange(1000, 49999)}"
    if kind == "rad":
        return _c(r, (f"RA{_digits(r, 8)}", _digits(r, 8), f"ACC-{_digits(r, 7)}"))
    if kind == "order":
        return _c(r, (f"ORD{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 5)}", f"RQ{_digits(r, 7)}"))
    return _c(r, (_digits(r, 10), f"E{_digits(r, 9)}", f"{_digits(r, 3)}-{_digits(r, 6)}", f"HAR{_digits(r, 8)}"))


def _member(r: random.Random) -> str:
    f = r.randrange(5)
    if f == 0:
        return f"{_alnum(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_digits(r, 9)}"
    if f == 1:  # Medicare beneficiary identifier shape
        L = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{r.randrange(1, 10)}{_c(r, L)}{_c(r, L + '0123456789')}{r.randrange(10)}-"
                f"{_c(r, L)}{_c(r, L + '0123456789')}{r.randrange(10)}-{_c(r, L)}{_c(r, L)}{_digits(r, 2)}")
    if f == 2:
        return "1000" + _digits(r, 8)
    if f == 3:
        return f"W{_digits(r, 10)}"
    return f"{_alnum(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_digits(r, 6)}{_c(r, ('01', '02', '03'))}"


def _ssn(r: random.Random) -> str:
    a = r.randrange(1, 665)
    return f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"


def _npi(r: random.Random) -> str:
    return "1" + _digits(r, 9)


def _dea(r: random.Random) -> str:
    return _c(r, "ABFGM") + _c(r, "ABCDEFGHKLMNOPRSTW") + _digits(r, 7)


def _state_lic(r: random.Random) -> str:
    return _c(r, (_digits(r, 6), f"MD{_digits(r, 6)}", f"PSY{_digits(r, 4)}", f"{_digits(r, 5)}",
                  f"LD{_digits(r, 5)}", f"RN{_digits(r, 6)}"))


def _driver_lic(r: random.Random) -> str:
    return _c(r, (f"S{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}", f"NHL{_digits(r, 8)}",
                  f"{_alnum(r, 1, 'ABCDEFGHJKLMNPRSTW')}{_digits(r, 4)}-{_digits(r, 5)}-{_digits(r, 5)}"))


def _plate(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return _c(r, (f"{r.randrange(1, 10)}{_alnum(r, 3, L)}{_digits(r, 3)}", f"{r.randrange(1, 10)}{_alnum(r, 2, L)} "
                                                                           f"{_digits(r, 3)}",
                  f"{_alnum(r, 3, L)}-{_digits(r, 4)}", f"{_digits(r, 3)} {_alnum(r, 3, L)}"))


def _vin(r: random.Random) -> str:
    return _c(r, ("1", "2", "3", "4", "5", "J", "K", "W")) + _alnum(r, 16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def _ip(r: random.Random) -> str:
    if r.random() < 0.12:
        return (f"2601:{r.randrange(16, 999):x}:{r.randrange(4096, 65535):x}:{r.randrange(4096, 65535):x}::"
                f"{r.randrange(1, 4095):x}")
    first = _c(r, (24, 50, 66, 67, 68, 71, 73, 75, 96, 98, 100, 107, 108, 136, 151, 173, 174, 184, 209))
    return f"{first}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}"


def _zip(r: random.Random, prefix: str) -> str:
    z = prefix + _digits(r, 2)
    return z + "-" + _digits(r, 4) if r.random() < 0.25 else z


def _street(r: random.Random, org: bool = False) -> str:
    s = f"{r.randrange(2, 9800)} {_c(r, _STREETS)} {_c(r, _SUFFIX)}"
    if org:
        return s + _c(r, ("", f", Suite {r.randrange(100, 450)}", f", Bldg {r.randrange(1, 6)}",
                          f" Floor {r.randrange(2, 6)}"))
    if r.random() < 0.35:
        s += _c(r, (f", Apt {r.randrange(1, 40)}{_c(r, 'ABCD')}", f" Unit {r.randrange(1, 30)}",
                    f", #{r.randrange(2, 9)}",
                    f" Apt. {_c(r, 'ABCDEF')}", f", Fl {r.randrange(2, 4)}"))
    return s


def _email(r: random.Random, first: str, last: str) -> str:
    f = first.lower().replace(" ", "").replace("-", "")
    la = last.lower().replace(" ", "").replace("-", "").replace("'", "")
    user = _c(r, (f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randrange(2, 99)}", f"{la}.{f[0]}",
                  f"{f}_{la[:4]}{r.randrange(10, 99)}"))
    return f"{user}@{_c(r, _MAIL)}"


def _work_email(r: random.Random, first: str, last: str, org: str) -> str:
    dom = "".join(ch for ch in org.lower().split()[0] if ch.isalpha())
    la = last.lower().replace(" ", "").replace("'", "")
    return f"{first[0].lower()}{la}@{dom}health.org"


def _personal_url(r: random.Random, first: str, last: str, kind: str = "page") -> str:
    """A patient-specific web address: a CGM share link, a fundraiser, or a personal page / portal."""
    f = first.lower().replace(" ", "-")
    la = last.lower().replace(" ", "-").replace("'", "")
    if kind == "share":
        return _c(r, (f"https://share.glucolink.net/p/{_alnum(r, 4)}-{_alnum(r, 4)}",
                      f"https://follow.sugarsync-app.com/invite/{_alnum(r, 10).lower()}"))
    if kind == "fundraiser":
        return _c(r, (f"https://www.gofundme.com/f/help-{f}-{la}-get-a-new-liver",
                      f"https://www.caringbridge.org/site/{f}{la}"))
    return _c(r, (
        f"https://www.caringbridge.org/site/{f}{la}",
        f"https://www.facebook.com/{f}.{la}.{r.randrange(10, 99)}",
        f"https://mychart.{_c(r, ('stbrendans', 'mercyhollow', 'larchmontvalley'))}.org/patient/{_digits(r, 8)}",
        f"https://{f}{la}.wordpress.com/my-health-journey",
    ))


def _serial(r: random.Random, kind: str) -> str:
    if kind == "medtronic":
        return f"NG{_digits(r, 7)}{_c(r, 'HK')}"
    if kind == "tandem":
        return _digits(r, r.randrange(6, 9))
    if kind == "omnipod":
        return f"{_alnum(r, 2, 'ABCDEFGHJKLMN')}{_digits(r, 8)}"
    if kind == "dexcom_tx":
        return _alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if kind == "guardian":
        return f"GT{_digits(r, 7)}{_c(r, 'HM')}"
    if kind == "eversense":
        return f"{_digits(r, 6)}"
    if kind == "libre":
        return f"0M{_alnum(r, 8)}"
    if kind == "meter":
        return f"{_digits(r, 2)}{_alnum(r, 2, 'ABCDEFGH')}{_digits(r, 6)}"
    if kind == "enterra":
        return f"NKD{_digits(r, 6)}{_c(r, 'HNR')}"
    if kind == "band":
        return f"{_digits(r, 8)}"
    if kind == "pacer":
        return f"{_alnum(r, 3, 'ABCDEFGHJKLMNP')}{_digits(r, 6)}{_c(r, 'GHST')}"
    return _alnum(r, 10)


def _gtin(r: random.Random) -> str:
    return "00" + _digits(r, 12)


def _udi_serial(r: random.Random, serial: str) -> str:
    if r.random() < 0.7:
        yy = r.randrange(24, 29)
        return f"(01){_gtin(r)}(17){yy}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}(21){serial}"
    return f"+M{_digits(r, 3)}{_alnum(r, 6)}{r.randrange(10)}/$+{serial}"


def _udi_lot(r: random.Random) -> str:
    yy = r.randrange(24, 29)
    if r.random() < 0.75:
        return f"(01){_gtin(r)}(17){yy}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}(10){_digits(r, 7)}"
    return (f"+M{_digits(r, 3)}{_alnum(r, 6)}{r.randrange(10)}/$$3{yy}{r.randrange(1, 13):02d}"
            f"{r.randrange(1, 29):02d}L{_digits(r, 6)}")


def _lot(r: random.Random) -> str:
    return _c(r, (_digits(r, 7), f"{_digits(r, 2)}{_alnum(r, 1, 'ABCDEFGHKLMNPRSTW')}{_digits(r, 3)}",
                  f"{_alnum(r, 2, 'ABCDEFGHKLMNPRSTW')}{_digits(r, 5)}", f"L{_digits(r, 6)}"))


def _expiry(r: random.Random) -> str:
    y, mo = r.randrange(2024, 2029), r.randrange(1, 13)
    d = r.randrange(1, 29)
    return _c(r, (f"{y}-{mo:02d}-{d:02d}", f"{mo:02d}/{y}", f"{y}-{mo:02d}", f"{mo:02d}/{d:02d}/{y}"))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _fmt(d: date, style: int) -> str:
    m = _MONTHS[d.month - 1]
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year}", d.isoformat(), f"{m} {d.day}, {d.year}", f"{d.day} {m[:3]} {d.year}",
        f"{m[:3]} {d.day}, {d.year}", f"{d.day:02d}-{m[:3].upper()}-{d.year}", f"{d.month}/{d.day}/{d.year}",
        f"{d.month:02d}-{d.day:02d}-{d.year}", f"{d.day}.{d.month:02d}.{d.year}", f"{m[:3]}. {d.day} {d.year}",
    )[style]


def _rdate(r: random.Random, y0: int, y1: int) -> date:
    return date(r.randrange(y0, y1 + 1), r.randrange(1, 13), r.randrange(1, 29))


_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _age_str(r: random.Random, age: int) -> str:
    if age < 100 and r.random() < 0.18:
        return "ninety" + (f"-{_UNITS[age - 90]}" if age > 90 else "")
    return str(age)


# --------------------------------------------------------------------------------------------------
# The patient of a note
# --------------------------------------------------------------------------------------------------

@dataclass
class _Pt:
    sex: str
    first: str
    last: str
    age: int
    elderly: bool
    title: str
    he: str
    his: str
    noun: str
    mrn: str
    dob: str
    adm: str
    dis: str
    sdate: date  # shifted admission date
    dstyle: int
    age_masked: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def sd(self, days: int = 0, iso: bool = True) -> str:
        d = self.sdate + timedelta(days=days)
        return d.isoformat() if iso else f"{d.month:02d}/{d.day:02d}/{d.year}"


def _patient(r: random.Random, lo: int, hi: int, need: tuple[str, ...], elderly_ok: bool = True) -> _Pt:
    sex = "F" if r.random() < 0.55 else "M"
    first = _c(r, _F_FIRST if sex == "F" else _M_FIRST)
    last = _c(r, _LAST)
    elderly = "AGE_OVER_89" in need or (elderly_ok and r.random() < 0.06)
    age = r.randrange(90, 104) if elderly else r.randrange(lo, hi + 1)
    real_adm = _rdate(r, 2008, 2019)
    dob = _rdate(r, real_adm.year - age - 1, real_adm.year - age - 1)
    los = r.randrange(2, 12)
    style = r.randrange(10)
    sdate = date(r.randrange(2110, 2196), r.randrange(1, 13), r.randrange(1, 29))
    return _Pt(
        sex=sex, first=first, last=last, age=age, elderly=elderly, title="Ms." if sex == "F" else "Mr.",
        he="she" if sex == "F" else "he", his="her" if sex == "F" else "his", noun="woman" if sex == "F" else "man",
        mrn=_mrn(r), dob=_fmt(dob, style), adm=_fmt(real_adm, style), dis=_fmt(real_adm + timedelta(days=los), style),
        sdate=sdate, dstyle=style, age_masked=r.random() < 0.45,
    )


def _age(b: _Doc, pt: _Pt, r: random.Random):
    """The age of the patient: an AGE_OVER_89 slot when >= 90, else plain (or masked like MIMIC)."""
    word = _age_str(r, pt.age)
    if pt.elderly:
        return S("AGE_OVER_89", word, "age")
    return "___" if (pt.age_masked or b.heavy) else str(pt.age)


def _clin(r: random.Random) -> tuple[str, str]:
    """(first, last) of a clinician or relative."""
    return _c(r, _F_FIRST + _M_FIRST), _c(r, _LAST)


def _name_forms(r: random.Random, who: tuple[str, str]) -> str:
    f, la = who
    return _c(r, (f"{f} {la}", f"{f} {la}", f"{f[0]}. {la}", f"{la}, {f}", la))


# --------------------------------------------------------------------------------------------------
# Shared discharge pieces
# --------------------------------------------------------------------------------------------------

_ALLERGIES = (
    "No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics) / Codeine",
    "lisinopril (angioedema)", "Medical adhesive (contact dermatitis from CGM patches)", "Iodinated contrast (hives)",
    "Patient recorded as having No Known Allergies to Drugs", "metformin (GI intolerance) / Bactrim",
)


def _dc_header(b: _Doc, r: random.Random, pt: _Pt, service: str, att: tuple[str, str]) -> None:
    b.w("Name:  ", S("PERSON", f"{pt.last}, {pt.first}", "pt"), "                 Unit No:   ",
        S("MRN", pt.mrn, "mrn"), "\n \n")
    b.w("Admission Date:  ", S("DATE_REAL_YEAR", pt.adm, "adm"), "              Discharge Date:   ",
        S("DATE_REAL_YEAR", pt.dis, "dis"), "\n \n")
    b.w("Date of Birth:  ", S("DATE_REAL_YEAR", pt.dob, "dob"), "             Sex:   ", pt.sex, "\n \n")
    b.w(f"Service: {service}\n \nAllergies: \n{_c(r, _ALLERGIES)}\n \n")
    b.w("Attending: ", S("PERSON", _name_forms(r, att), "att"), ".\n \n")


def _vitals(r: random.Random) -> str:
    sbp, dbp = r.randrange(98, 168), r.randrange(54, 96)
    return (f"T {r.randrange(970, 1010) / 10:.1f} BP {sbp}/{dbp} HR {r.randrange(58, 118)} RR {r.randrange(12, 24)} "
            f"O2 sat {r.randrange(92, 100)}% {_c(r, ('RA', 'on RA', '2L NC', 'room air'))}")


def _social(b: _Doc, r: random.Random, pt: _Pt) -> None:
    b.w("Social History:\n")
    if r.random() < 0.25 and not {"LOCATION", "ORGANIZATION", "PERSON", "VEHICLE_ID"} & set(b.needs):
        b.w("___\n")
    else:
        town = _c(r, _TOWNS)
        kin = _clin(r)
        rel = _c(r, ("husband", "wife", "partner", "daughter", "son", "sister", "mother", "roommate"))
        if b.opt(0.4, "PERSON", "LOCATION"):
            b.w(f"Lives with {pt.his} {rel}, ", S("PERSON", _c(r, (f"{kin[0]}", f"{kin[0]} {kin[1]}")), "kin"),
                ", in ", S("LOCATION", town[0], "town"), f", {town[1]}. ")
        elif b.opt(0.3, "LOCATION"):
            b.w(_c(r, ("Lives alone in a second-floor walk-up in ", "Lives with family in ", "Moved from ")),
                S("LOCATION", _c(r, _FOREIGN) if r.random() < 0.3 else town[0], "town"),
                _c(r, (". ", " about 3 years ago. ", "; grandchildren nearby. ")))
        elif b.opt(0.15, "ORGANIZATION"):
            b.w("Currently staying at ", S("ORGANIZATION", _c(r, _SHELTERS), "shelter"),
                "; case manager aware. ")
        else:
            b.w(_c(r, ("Lives at home with spouse. ", "Lives with two children, ages 9 and 13. ",
                       "Lives independently in senior housing. ", "Lives with parents while in college. ")))
        if b.opt(0.35, "ORGANIZATION"):
            b.w(_c(r, ("Works as a forklift operator at ", "Employed as a cashier at ", "Works night shift at ",
                       "Bookkeeper at ", "Line cook at ")),
                S("ORGANIZATION", _c(r, _EMPLOYERS), "emp"), ". ")
        else:
            b.w(_c(r, ("Retired school-bus driver. ", "On disability (SSDI) since 2139. ", "Works in home health "
                                                                                           "care. ",
                       "Unemployed, looking for work. ", "Full-time student. ")))
        if b.opt(0.15, "ORGANIZATION"):
            b.w("Active member of ", S("ORGANIZATION", _c(r, _CHURCHES), "church"),
                "; congregation helps with rides to appointments. ")
        b.w(_c(r, ("\n- Tobacco: former, 15 pack-years, quit 6 years ago\n", "\n- Tobacco: never\n",
                   "\n- Tobacco: 1/2 ppd, contemplating cessation\n")))
        b.w(_c(r, ("- EtOH: none\n", "- EtOH: 2-3 drinks/week\n", "- EtOH: heavy until 8 months ago (AUDIT-C 9)\n",
                   "- EtOH: rare\n")))
        b.w(_c(r, ("- Illicits: denies\n", "- Illicits: marijuana edibles occasionally\n", "- Illicits: none\n")))
        if b.opt(0.06, "SSN"):
            b.w("- Social work assisted with an SSDI application (SSN ", S("SSN", _ssn(r), "ssn_sw"),
                "); awaiting determination\n")
        if b.opt(0.1, "VEHICLE_ID"):
            b.w("- Driving: drives for work; ", _c(r, ("company van", "pickup truck", "delivery car")), " plate ",
                S("VEHICLE_ID", _plate(r), "vehsoc"), " -- counselled to check glucose before driving\n")
    b.w("\n")


def _family(r: random.Random) -> str:
    parts = r.sample([
        "Mother with type 2 diabetes, on insulin", "Father with MI at 58", "Sister with Hashimoto thyroiditis",
        "Maternal uncle with hemochromatosis (HFE C282Y homozygous)", "No family history of colon cancer",
        "Brother with celiac disease", "Paternal grandmother with Graves disease", "Father died of HCC at 61",
        "Mother with morbid obesity, s/p gastric bypass", "Maternal aunt with MODY (HNF1A)",
        "Son with type 1 diabetes diagnosed at age 7", "No known thyroid cancer or MEN2 in family",
    ], r.randrange(2, 5))
    return "Family History:\n" + "; ".join(parts) + ".\n \n"


def _followup(b: _Doc, r: random.Random, pt: _Pt, dept: str, topic: str, bring: str) -> None:
    b.w("Followup Instructions:\n")
    doc = _clin(r)
    town = _c(r, _TOWNS)
    creds = {"diabetes": ("MD", "NP", "CDCES"), "bariatric": ("MD", "RD", "PA-C")}.get(topic, ("MD", "NP"))
    if b.opt(0.55, "PERSON", "PHONE", "DATE_REAL_YEAR"):
        appt = _rdate(r, 2009, 2020)
        b.w(f"Department: {dept}\nWhen: {_c(r, ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'))} ",
            S("DATE_REAL_YEAR", _fmt(appt, pt.dstyle), "appt"),
            f" at {_c(r, ('8:30 AM', '9:00 AM', '10:15 AM', '11:45 AM', '1:00 PM', '2:30 PM', '3:15 PM'))}\nWith: ",
            S("PERSON", _name_forms(r, doc), "fu"), f", {_c(r, creds)} [", S("PHONE", _phone(r), "fuph"), "]\n")
        b.w(f"Building: {_c(r, ('Sc', 'LM', 'Ks', 'Fd'))} ___ Clinical Ctr Floor {r.randrange(2, 9)}\n"
            f"Campus: {_c(r, ('EAST', 'WEST'))}     Best Parking: "
            f"{_c(r, ('Main Garage', 'Lot C', 'Visitor Garage'))}\n \n")
    if b.opt(0.45, "ORGANIZATION", "STREET_ADDRESS", "ZIP", "FAX", "LOCATION"):
        weeks = r.randrange(1, 5)
        b.w("Please follow up at ", S("ORGANIZATION", _c(r, _CLINICS[:12]), "fuorg"), "\n",
            S("STREET_ADDRESS", _street(r, org=True), "fuaddr"), "\n", S("LOCATION", town[0], "fuaddr"),
            f", {town[1]} ", S("ZIP", _zip(r, town[2]), "fuaddr"), "\nTel ", S("PHONE", _phone(r), "fuorgph"), "  Fax ",
            S("FAX", _phone(r), "fufax"), "\n")
        b.w(f"{bring} Appointment in {weeks} week{'s' if weeks > 1 else ''}.\n \n")
    else:
        b.w(_c(r, ("Please call your PCP to schedule an appointment within 1 week.\n",
                   "Follow up with your primary care provider in 7-10 days; labs (BMP) at that visit.\n",
                   "The clinic will call you with an appointment; if you do not hear within 3 days call the "
                   "clinic.\n")))
    hot = _HOTLINES.get(topic, _HOTLINES["general"]) + _HOTLINES["general"]
    b.w(f"Other resources: {_c(r, hot)}.\n")


def _signature(b: _Doc, r: random.Random, att: tuple[str, str]) -> None:
    b.w("\n", S("PERSON", _name_forms(r, att), "att"), " MD ", S("LICENSE", _npi(r), "attnpi"), "\n \nCompleted by: ",
        S("PERSON", _name_forms(r, _clin(r)), "compl"), "\n")


def _fallback_dc(b: _Doc, r: random.Random, pt: _Pt, cat: str) -> None:
    """An administrative line able to carry any category (used when a note still lacks its need)."""
    kin = _clin(r)
    town = _c(r, _TOWNS)
    b.w("\nAddendum (case management):\n")
    if cat == "PHONE":
        b.w(f"Patient's preferred callback number is {pt.his} cell ", S("PHONE", _phone(r), "cell"), ".\n")
    elif cat == "FAX":
        b.w("Discharge summary and medication list faxed to the PCP office at ", S("FAX", _phone(r), "fax2"), ".\n")
    elif cat == "PAGER":
        b.w("Questions about this admission: page the covering fellow at ", S("PAGER", _pager(r), "pager2"), ".\n")
    elif cat == "EMAIL":
        b.w("Patient asked that the glucose log template be e-mailed to ",
            S("EMAIL", _email(r, pt.first, pt.last), "em"),
            ".\n")
    elif cat == "URL":
        b.w("Patient shared a personal page with updates for family: ",
            S("URL", _personal_url(r, pt.first, pt.last), "url"),
            "\n")
    elif cat == "IP_ADDRESS":
        b.w("Portal audit: discharge instructions acknowledged electronically from IP ", S("IP_ADDRESS", _ip(r), "ip"),
            f" at {r.randrange(10, 23)}:{r.randrange(10, 59)}.\n")
    elif cat == "SSN":
        b.w("Free-care application submitted; SSN ", S("SSN", _ssn(r), "ssn"), " verified with financial "
                                                                               "counselling.\n")
    elif cat == "MRN":
        b.w("Records requested from outside hospital (their MRN ", S("MRN", _mrn(r), "mrn2"), ").\n")
    elif cat == "ACCOUNT":
        b.w("Hospital account # ", S("ACCOUNT", _acct(r), "acct"), " -- reference on all billing correspondence.\n")
    elif cat == "HEALTH_PLAN":
        b.w(f"Insurance: {_c(r, _INSURERS)}, member ID ", S("HEALTH_PLAN", _member(r), "hp"),
            f"; group {_digits(r, 6)} (employer plan).\n")
    elif cat == "LICENSE":
        b.w("Controlled-substance prescription (oxycodone 5 mg #12) e-prescribed; prescriber DEA ",
            S("LICENSE", _dea(r), "dea"), ".\n")
    elif cat == "ZIP":
        b.w("VNA referral accepted; agency confirmed coverage of ZIP code ", S("ZIP", _zip(r, town[2]), "zip2"), ".\n")
    elif cat == "STREET_ADDRESS":
        b.w("Home infusion supplies to be delivered to ", S("STREET_ADDRESS", _street(r), "addr2"), ", ",
            S("LOCATION", town[0], "addr2"), f", {town[1]} ", S("ZIP", _zip(r, town[2]), "addr2"), ".\n")
    elif cat == "DATE_REAL_YEAR":
        b.w("Patient reports a previous DKA admission elsewhere on ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2004, 2019), pt.dstyle),
                                                                        "prevadm"), ".\n")
    elif cat == "DEVICE_ID":
        b.w("Home meter (Contour Next One) serial ", S("DEVICE_ID", _serial(r, "meter"), "meter"),
            " paired with the phone app before discharge.\n")
    elif cat == "VEHICLE_ID":
        b.w("Valet ticket for family vehicle (plate ", S("VEHICLE_ID", _plate(r), "veh2"),
            ") validated by social work.\n")
    elif cat == "PERSON":
        b.w("Health care proxy: ", S("PERSON", f"{kin[0]} {kin[1]}", "hcp"),
            f" ({_c(r, ('sister', 'son', 'niece'))}).\n")
    elif cat == "LOCATION":
        b.w("Will stay with family in ", S("LOCATION", town[0], "stay"), " for 2 weeks after discharge.\n")
    elif cat == "ORGANIZATION":
        b.w("Home services: ", S("ORGANIZATION", _c(r, ("Bayberry Visiting Nurse Association", "Hearthstone Home Care",
                                                        "Calloway Home Health")), "vna"), " to visit within 48 "
                                                                                          "hours.\n")
    else:  # AGE_OVER_89 and anything else
        b.w("Goals of care reviewed with patient, aged ", _age(b, pt, r), ", and family.\n")


def _fallback_rad(b: _Doc, r: random.Random, pt: _Pt, cat: str) -> None:
    who = _clin(r)
    if cat == "PAGER":
        b.w("\nReferring clinician paged at ", S("PAGER", _pager(r), "pg"), " with the preliminary result.\n")
    elif cat == "PHONE":
        b.w("\nPatient requested a call with results at ", S("PHONE", _phone(r), "ph"), ".\n")
    elif cat == "FAX":
        b.w("\nReport faxed to the referring office at ", S("FAX", _phone(r), "fax"), ".\n")
    elif cat == "URL":
        b.w("\nOutside images retrieved through the patient's image-share link ",
            S("URL", f"https://imageshare.{_c(r, ('sandpiperimaging', 'oldmillrad', 'bellmere'))}.com/s/"
                     f"{_alnum(r, 10)}",
              "url"), ".\n")
    elif cat == "EMAIL":
        b.w("\nOutside report forwarded by the patient from ", S("EMAIL", _email(r, pt.first, pt.last), "em"), ".\n")
    elif cat == "LICENSE":
        b.w("\nInterpreting physician NPI: ", S("LICENSE", _npi(r), "npi"), "\n")
    elif cat == "MRN":
        b.w("\nMRN: ", S("MRN", pt.mrn, "mrn"), "\n")
    elif cat == "ACCOUNT":
        b.w("\nAccession number: ", S("ACCOUNT", _acct(r, "rad"), "acc"), "\n")
    elif cat == "HEALTH_PLAN":
        b.w("\nPrior authorization on file; Medicare beneficiary ID ", S("HEALTH_PLAN", _member(r), "hp"), ".\n")
    elif cat == "DEVICE_ID":
        b.w("\nMR/US safety: patient's pump (serial ", S("DEVICE_ID", _serial(r, "tandem"), "pump"),
            ") disconnected and kept with belongings during the study.\n")
    elif cat == "ORGANIZATION":
        b.w("\nReport copy to ", S("ORGANIZATION", _c(r, _CLINICS), "cc"), ".\n")
    elif cat == "LOCATION":
        b.w("\nPatient travelled from ", S("LOCATION", _c(r, _TOWNS)[0], "loc"), " for this study.\n")
    elif cat == "DATE_REAL_YEAR":
        b.w("\nPatient identity verified with name and date of birth (",
            S("DATE_REAL_YEAR", pt.dob, "dob"), ").\n")
    elif cat == "PERSON":
        b.w("\nReport copy to ", S("PERSON", f"{who[0]} {who[1]}", "cc"), ", NP.\n")
    else:
        b.w("\nPatient age ", _age(b, pt, r), ".\n")


# --------------------------------------------------------------------------------------------------
# Discharge kind 1: insulin pump / CGM admission (DKA or hypoglycaemia), school plan, camp form
# --------------------------------------------------------------------------------------------------

_PUMPS = (
    ("Tandem t:slim X2 with Control-IQ", "tandem", "software v7.6", ("g6", "libre")),
    ("Medtronic MiniMed 780G (model MMT-1884)", "medtronic", "pump firmware 6.2", ("guardian",)),
    ("Medtronic MiniMed 770G (MMT-1880)", "medtronic", "firmware 5.4", ("guardian",)),
    ("Insulet Omnipod 5 controller", "omnipod", "app version 1.2.2", ("g6", "libre")),
)
# name, how the serial is called, serial kind, REF text, days of wear
_CGMS = {
    "g6": ("Dexcom G6", "transmitter ID", "dexcom_tx", "sensor REF STS-OE-003", "10"),
    "guardian": ("Medtronic Guardian 4", "transmitter serial", "guardian", "sensor REF MMT-7040", "7"),
    "libre": ("FreeStyle Libre 2 Plus", "sensor serial", "libre", "REF 72081-01", "15"),
    "eversense": ("Eversense E3 (implanted sensor, used standalone)", "smart transmitter SN", "eversense",
                  "sensor REF FG-3400-01-301", "180"),
}


def _pump_table(r: random.Random) -> str:
    n = r.randrange(3, 6)
    starts = [0] + sorted(r.sample(range(1, 24), n - 1))
    rates = [round(r.randrange(40, 160) / 100 / 0.025) * 0.025 for _ in starts]
    ends = starts[1:] + [24]
    total = sum(rate * (e - s) for s, e, rate in zip(starts, ends, rates, strict=True))
    lines = [f"PUMP SETTINGS (reviewed with patient at bedside, Rm {r.randrange(4, 12)}-{r.randrange(101, 499)}"
             f"{_c(r, 'AB')}):", f"  Basal program \"{_c(r, ('Weekday', 'Pattern A', 'Sick day', 'Normal'))}\""]
    for s, rate in zip(starts, rates, strict=True):
        lines.append(f"    {s:02d}:00   {rate:.3f} u/hr")
    lines.append(f"    Total daily basal {total:.2f} units")
    crs = [r.randrange(6, 18) for _ in range(3)]
    lines.append(f"  Insulin:carb ratio   00:00 1:{crs[0]}   11:00 1:{crs[1]}   17:00 1:{crs[2]}")
    lines.append(f"  Correction factor (ISF) 1:{r.randrange(25, 90)} mg/dL   Target BG {_c(r, (100, 110, 120))} mg/dL")
    lines.append(f"  Active insulin time {_c(r, ('2', '3', '3.5', '4'))} h   Max bolus {r.randrange(8, 20)} u   "
                 f"Max basal {max(rates) + r.randrange(5, 20) / 10:.1f} u/hr")
    return "\n".join(lines) + "\n"


def _cgm_summary(r: random.Random, pt: _Pt) -> str:
    tir = r.randrange(22, 79)
    low = r.randrange(0, 9)
    vlow = r.randrange(0, 4)
    high = r.randrange(10, min(40, 101 - tir - low - vlow))
    vhigh = 100 - tir - low - vlow - high
    mean = r.randrange(128, 260)
    gmi = 3.31 + 0.02392 * mean
    return (f"CGM DOWNLOAD ({_c(r, (14, 14, 30))} days ending {pt.sd(-1)}; sensor wear {r.randrange(62, 99)}%):\n"
            f"  Mean glucose {mean} mg/dL   GMI {gmi:.1f}%   CV {r.randrange(240, 480) / 10:.1f}%\n"
            f"  Very high >250: {vhigh}%   High 181-250: {high}%   In range 70-180: {tir}%\n"
            f"  Low 54-69: {low}%   Very low <54: {vlow}%   Hypoglycemia events: {r.randrange(0, 14)}\n"
            f"  Auto-mode / closed loop active {r.randrange(40, 98)}% of time; "
            f"{r.randrange(0, 6)} manual-mode exits for sensor updates\n")


def _dmmp(b: _Doc, r: random.Random, pt: _Pt, pump_name: str) -> None:
    parent = (_c(r, _F_FIRST + _M_FIRST), pt.last if r.random() < 0.7 else _c(r, _LAST))
    nurse = _clin(r)
    b.w(f"\nDIABETES MEDICAL MANAGEMENT PLAN (school year {pt.sdate.year}-{pt.sdate.year + 1}; copy faxed to the "
        "school nurse)\n")
    b.w("Student: ", S("PERSON", pt.full, "pt"), f"    Grade: {_c(r, ('11', '12', 'freshman (college)'))}    School: ",
        S("ORGANIZATION", _c(r, _SCHOOLS), "school"), "\n")
    b.w("Parent/guardian: ", S("PERSON", f"{parent[0]} {parent[1]}", "parent"), "   cell ",
        S("PHONE", _phone(r), "parentph"), "   e-mail ", S("EMAIL", _email(r, parent[0], parent[1]), "parentem"), "\n")
    b.w("School nurse: ", S("PERSON", _c(r, (f"{nurse[0]} {nurse[1]}", f"{nurse[1]}")), "nurse"), ", RN   office ",
        S("PHONE", _phone(r), "nurseph"), "   fax ", S("FAX", _phone(r), "nursefax"), "\n")
    b.w(f"  Device: {pump_name}; may disconnect for PE/swim up to 60 min; no bolus for PE snacks under 15 g.\n"
        "  Check BG before lunch, before PE, before driving, and with symptoms.\n"
        "  Hypoglycemia (<70 mg/dL): 15 g fast carbohydrate (4 oz juice or 4 glucose tabs), recheck in 15 min "
        "(Rule of 15).\n"
        f"  Severe hypoglycemia: Baqsimi 3 mg intranasal (lot {_lot(r)}, exp {_expiry(r)}); call 911, then parent.\n"
        "  Hyperglycemia > 300 x2 or pump alarm: check ketones; if >= 0.6 mmol/L give correction by pen and "
        "change the site.\n"
        "  Student may self-carry supplies and self-manage: YES.  Emergency kit in nurse office cabinet B.\n")


def _camp(b: _Doc, r: random.Random, pt: _Pt) -> None:
    contact = _clin(r)
    doc = _clin(r)
    b.w("\nCAMP HEALTH FORM (completed at patient's request for the summer counselor-in-training session "
        f"{pt.sd(120)} to {pt.sd(133)}):\n")
    b.w("  Camp: ", S("ORGANIZATION", _c(r, _CAMPS), "camp"), "   Camp physician: Dr. ", S("PERSON", doc[1], "campdoc"),
        "\n  Emergency contact: ", S("PERSON", f"{contact[0]} {contact[1]}", "emerg"),
        f" ({_c(r, ('aunt', 'uncle', 'grandmother', 'older brother'))})  ", S("PHONE", _phone(r), "emergph"), "\n")
    if b.opt(0.6, "HEALTH_PLAN"):
        b.w(f"  Insurance: {_c(r, _INSURERS)}   Member ID ", S("HEALTH_PLAN", _member(r), "hp"),
            f"   Group # {_digits(r, 5)}\n")
    b.w("  Activities cleared: swimming (buddy system), ropes course with BG > 120, overnight trip with pump "
        f"backup kit.  Immunizations up to date (Tdap {pt.sdate.year - 4}).\n")


_PUMP_CAUSES = ("an infusion-set occlusion overnight", "the pod fell off in the shower",
                "running out of insulin cartridges", "the cannula kinked", "insulin left in a hot car for a day")


def _k_pump(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 18, 62, need, elderly_ok=True)
    young = pt.age <= 22 and not pt.elderly
    att = _clin(r)
    pump_name, pump_kind, fw, cgms = _c(r, _PUMPS)
    cgm_name, cgm_label, cgm_kind, cgm_ref, wear = _CGMS["eversense" if r.random() < 0.1 else _c(r, cgms)]
    hypo = r.random() < 0.4
    a1c = r.randrange(62, 124) / 10
    _dc_header(b, r, pt, "MEDICINE", att)
    cc = _c(r, ("Hypoglycemia, altered mental status", "Recurrent severe hypoglycemia", "Found down, BG 31")) if hypo \
        else _c(r, ("Nausea, vomiting, hyperglycemia", "DKA", "Insulin pump failure with hyperglycemia"))
    b.w(f"Chief Complaint:\n{cc}\n \nMajor Surgical or Invasive Procedure:\n"
        f"{_c(r, ('None', 'Insulin pump and CGM re-initiation', 'Right IJ central line placement'))}\n \n")
    b.w("History of Present Illness:\n", pt.title, " ", S("PERSON", pt.last, "pt"), " is a ", _age(b, pt, r),
        f" year old {pt.noun} with type 1 diabetes (diagnosed age {r.randrange(3, 17)}, GAD65 antibody positive, "
        f"C-peptide undetectable) on {pump_name} with {cgm_name}, ")
    if hypo:
        b.w(f"who presents after {r.randrange(2, 6)} episodes of severe hypoglycemia in the past week. ")
        if b.opt(0.35, "VEHICLE_ID", "LOCATION"):
            b.w(f"On the day of admission {pt.he} was found by police in {pt.his} parked car (plate ",
                S("VEHICLE_ID", _plate(r), "veh"), ") at a gas station in ", S("LOCATION", _c(r, _TOWNS)[0], "town2"),
                f", confused and diaphoretic; EMS fingerstick {r.randrange(24, 48)} mg/dL, given D50 with prompt "
                "recovery. ")
        else:
            b.w(f"{pt.he.capitalize()} was found by a coworker unresponsive in the break room; EMS fingerstick "
                f"{r.randrange(24, 48)} mg/dL, given D50 amp x1. ")
        b.w(f"Recent weight loss of {r.randrange(5, 20)} lb after starting semaglutide; no change to pump settings. "
            f"Also reports new {_c(r, ('erratic meals', 'marathon training', 'night-shift schedule'))}.\n \n")
    else:
        b.w(f"who presents with {r.randrange(1, 3)} days of nausea, vomiting and polyuria after {_c(r, _PUMP_CAUSES)}. "
            f"CGM showed {_c(r, ('HIGH', '>400', '398'))} readings for {r.randrange(6, 18)} hours; ketones "
            f"{r.randrange(30, 70) / 10:.1f} on home meter. In the ED: pH {r.randrange(698, 728) / 100:.2f}, HCO3 "
            f"{r.randrange(5, 14)}, anion gap {r.randrange(20, 34)}, beta-hydroxybutyrate "
            f"{r.randrange(40, 90) / 10:.1f}, "
            f"K {r.randrange(48, 64) / 10:.1f}. Started on insulin infusion per DKA protocol (two-bag system) and "
            "admitted to the ICU; Foley catheter placed for strict I/O.\n \n")
    b.w(f"Past Medical History:\n- Type 1 diabetes, last A1c {a1c:.1f}%\n- "
        + _c(r, ("Hashimoto thyroiditis on levothyroxine", "Celiac disease", "Mild nonproliferative retinopathy",
                 "Depression")) + "\n- " + _c(r, ("Gastroparesis", "Prior DKA x2", "Migraine",
                                                  "Lipohypertrophy of abdomen")) + "\n \n")
    _social(b, r, pt)
    b.w(_family(r))
    b.w(f"Physical Exam:\nADMISSION: {_vitals(r)}\nGEN: "
        + _c(r, ("ill-appearing, Kussmaul respirations", "drowsy but arousable", "alert, dry mucous membranes"))
        + f"\nABD: soft, mild diffuse tenderness, {'pod' if pump_kind == 'omnipod' else 'infusion'} site "
        f"{_c(r, ('R', 'L'))} abdomen with mild erythema\n"
        f"NEURO: {_c(r, ('A&Ox3, nonfocal', 'GCS 14 (E4V4M6) on arrival, 15 by morning'))}\n"
        f"DISCHARGE: {_vitals(r)}; well appearing, tolerating diet\n \n")
    glu = r.randrange(24, 48) if hypo else r.randrange(280, 640)
    b.w(f"Pertinent Results:\n{pt.sd(0)} 04:12AM BLOOD Glucose-{glu}* UreaN-{r.randrange(12, 40)} "
        f"Creat-{r.randrange(7, 22) / 10:.1f} Na-{r.randrange(128, 140)} K-{r.randrange(38, 62) / 10:.1f} "
        f"Cl-{r.randrange(92, 108)} HCO3-{r.randrange(18, 26) if hypo else r.randrange(5, 14)}\n"
        f"{pt.sd(0)} 04:12AM BLOOD %HbA1c-{a1c:.1f}* eAG-{round(28.7 * a1c - 46.7)}\n"
        f"{pt.sd(1)} 06:30AM BLOOD TSH-{r.randrange(5, 60) / 10:.1f} Lipase-{r.randrange(20, 90)}\n \n")
    b.w("Brief Hospital Course:\n")
    if hypo:
        b.w("# Severe hypoglycemia: dextrose infusion weaned; basal rates reduced by 20% and carb ratios loosened "
            "(see table).\n")
    else:
        b.w(f"# DKA: resolved by hospital day 2; anion gap closed, transitioned to subcutaneous insulin with "
            f"{r.randrange(12, 30)} units glargine given 2 hours before stopping the drip. Foley removed day 2.\n")
    b.w("# Insulin pump / CGM: Endocrine consulted (", S("PERSON", _name_forms(r, _clin(r)), "endo"),
        ", diabetes fellow). Patient demonstrated site change and bolus calculator use; pump resumed on hospital day "
        f"{r.randrange(2, 4)}.\n")
    b.w(_pump_table(r))
    b.w(_cgm_summary(r, pt))
    b.w("DEVICE REVIEW (diabetes education):\n")
    if b.opt(0.7, "DEVICE_ID"):
        b.w(f"  Pump: {pump_name}, {fw}, serial ", S("DEVICE_ID", _serial(r, pump_kind), "pump"), "\n")
    else:
        b.w(f"  Pump: {pump_name}, {fw}; serial on file with the manufacturer\n")
    b.w(f"  CGM: {cgm_name}, {cgm_label} ", S("DEVICE_ID", _serial(r, cgm_kind), "tx"),
        f"; {cgm_ref}, lot {_lot(r)}, exp {_expiry(r)}\n")
    if b.opt(0.35, "DEVICE_ID"):
        b.w("  Replacement pump shipped overnight; box label UDI ",
            S("DEVICE_ID", _udi_serial(r, _serial(r, pump_kind)), "udi"), "\n")
    b.w(f"  {'Pod' if pump_kind == 'omnipod' else 'Infusion-set'} box UDI {_udi_lot(r)} (lot reported to FDA "
        f"MedWatch for suspected occlusions)\n  Ketone meter strips lot {_lot(r)}, exp {_expiry(r)}.\n")
    if b.opt(0.3, "IP_ADDRESS"):
        b.w(f"  Remote upload log: uploader v{r.randrange(2, 5)}.{r.randrange(0, 9)}.{r.randrange(0, 20)}."
            f"{r.randrange(1, 9)}, last home upload from IP ", S("IP_ADDRESS", _ip(r), "ip"),
            f" on {pt.sd(-2)} 22:{r.randrange(10, 59)}\n")
    if b.opt(0.2, "URL"):
        b.w("  Follower sharing enabled for family; share link ",
            S("URL", _personal_url(r, pt.first, pt.last, "share"), "url"),
            "\n")
    b.w(f"# {_c(r, ('Hypokalemia', 'AKI', 'Hypophosphatemia'))}: repleted; resolved prior to discharge.\n")
    if young and b.opt(0.75, "ORGANIZATION", "PHONE", "EMAIL", "FAX", "PERSON"):
        _dmmp(b, r, pt, pump_name)
    if young and b.opt(0.4, "ORGANIZATION", "HEALTH_PLAN"):
        _camp(b, r, pt)
    if hypo and b.opt(0.3, "LICENSE", "VEHICLE_ID"):
        b.w("\nDRIVER MEDICAL REPORT (RMV) completed: insulin-treated diabetes with hypoglycemia unawareness; "
            "advised not to drive for 6 months. Driver's license no. ", S("LICENSE", _driver_lic(r), "dl"),
            "; registered vehicle VIN ", S("VEHICLE_ID", _vin(r), "vin"), ".\n")
    b.w(f"\nMedications on Admission:\n1. Insulin lispro (via pump), ~{r.randrange(28, 70)} units/day total\n"
        f"2. {_c(r, ('Levothyroxine 75 mcg daily', 'Sertraline 50 mg daily', 'Lisinopril 5 mg daily'))}\n"
        f"3. {_c(r, ('Semaglutide 0.5 mg weekly', 'Vitamin D3 2000 units daily', 'Atorvastatin 10 mg daily'))}\n \n")
    b.w("Discharge Medications:\n1. Insulin lispro via pump per settings above\n"
        f"2. Insulin glargine 100 unit/mL pen (NDC 0088-2220-05): {r.randrange(12, 28)} units SC once if pump "
        "fails (backup)\n"
        "3. Glucagon (Gvoke HypoPen 1 mg) or Baqsimi 3 mg nasal PRN severe hypoglycemia\n"
        f"4. Ketone test strips; {cgm_name.split(' (')[0]} supplies (sensor every {wear} days)\n \n")
    b.w("Discharge Disposition:\nHome\n \nDischarge Diagnosis:\n"
        f"{'Severe hypoglycemia' if hypo else 'Diabetic ketoacidosis'}\nType 1 diabetes on insulin pump\n \n")
    b.w("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - Independent.\n \n")
    b.w("Discharge Instructions:\nYou were admitted with " + ("low blood sugars" if hypo else "diabetic ketoacidosis")
        + ". If your pump alarms or glucose is over 300 twice, give a correction by pen and change the site. "
          "Resources: "
        f"{_c(r, _PUBLIC_URLS['diabetes'])}.\n \n")
    _followup(b, r, pt, "ENDOCRINOLOGY", "diabetes", "Bring your meter, pump and all pens to the visit.")
    if b.opt(0.1, "FAX", "PAGER"):
        b.w("\nFor pump questions before the visit page the diabetes fellow at ", S("PAGER", _pager(r), "pager"),
            "; clinic fax ", S("FAX", _phone(r), "fax"), ".\n")
    _signature(b, r, att)
    return pt


# --------------------------------------------------------------------------------------------------
# Discharge kind 2: bariatric surgery, with programme letters
# --------------------------------------------------------------------------------------------------

_TOUR = ("Tijuana", "Cancun", "Izmir", "Monterrey", "Guadalajara", "Ciudad Juarez", "Antalya")


def _k_bariatric(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 22, 66, (), elderly_ok=False)
    att = _clin(r)
    op = _c(r, ("Laparoscopic sleeve gastrectomy", "Laparoscopic Roux-en-Y gastric bypass",
                "Robotic conversion of sleeve gastrectomy to Roux-en-Y gastric bypass",
                "Laparoscopic removal of adjustable gastric band and sleeve gastrectomy"))
    op_l = op[0].lower() + op[1:]
    bmi = r.randrange(402, 612) / 10
    height = r.randrange(152, 190)
    weight = round(bmi * (height / 100) ** 2)
    _dc_header(b, r, pt, "SURGERY", att)
    b.w(f"Chief Complaint:\nMorbid obesity (BMI {bmi:.1f}) for elective bariatric surgery\n \n"
        f"Major Surgical or Invasive Procedure:\n{pt.sd(0)}: {op}\n \n")
    b.w("History of Present Illness:\n", pt.title, " ", S("PERSON", pt.last, "pt"), " is a ", _age(b, pt, r),
        f" year old {pt.noun} with class III obesity (BMI {bmi:.1f}, Edmonton Obesity Staging System stage "
        f"{r.randrange(1, 4)}), OSA on CPAP, "
        f"{_c(r, ('T2DM (A1c 7.9%)', 'prediabetes', 'T2DM on metformin and empagliflozin'))}, "
        f"{_c(r, ('GERD', 'hypertension', 'NAFLD', 'knee osteoarthritis'))}, who completed a "
        f"{r.randrange(3, 13)}-month medically supervised weight-management program and presents for {op_l}.")
    if "band" in op.lower():
        if b.opt(0.4, "LOCATION", "DATE_REAL_YEAR"):
            b.w(" Adjustable gastric band originally placed in ", S("LOCATION", _c(r, _TOUR), "tour"), " on ",
                S("DATE_REAL_YEAR", _fmt(_rdate(r, 2004, 2014), pt.dstyle), "tourdate"), ", with slippage and regain.")
        if b.opt(0.5, "DEVICE_ID"):
            b.w(" The outside operative report lists the access port serial ",
                S("DEVICE_ID", _serial(r, "band"), "band"),
                f" (REF B-{r.randrange(2000, 2400)}); the port will be returned to the manufacturer after explant.")
    elif "conversion" in op.lower() and b.opt(0.6, "LOCATION", "DATE_REAL_YEAR"):
        b.w(" Prior sleeve gastrectomy performed in ", S("LOCATION", _c(r, _TOUR), "tour"), " on ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2010, 2018), pt.dstyle), "tourdate"),
            ", now with severe reflux (LA grade C esophagitis) and weight regain.")
    b.w("\n \nPast Medical History:\n"
        f"OSA (AHI {r.randrange(18, 70)}, CPAP 11 cm H2O), HTN, "
        f"{_c(r, ('PCOS', 'depression', 'asthma') if pt.sex == 'F' else ('gout', 'depression', 'asthma'))}, "
        f"cholelithiasis, vitamin D deficiency (25-OH D {r.randrange(9, 24)})\n \n")
    _social(b, r, pt)
    b.w(_family(r))
    b.w(f"Physical Exam:\n{_vitals(r)}; weight {weight} kg, height {height} cm\n"
        "ABD: obese, incisions clean/dry/intact, JP drain with serosanguinous output\n"
        f"EXT: no calf tenderness, SCDs on\n \n")
    b.w(f"Pertinent Results:\n{pt.sd(1)} UGI (Gastrografin): no leak or obstruction; contrast passes promptly "
        f"{_c(r, ('through the sleeve', 'through the gastrojejunostomy'))}.\n"
        f"{pt.sd(1)} 05:55AM BLOOD WBC-{r.randrange(60, 140) / 10:.1f} Hgb-{r.randrange(105, 145) / 10:.1f} "
        f"Plt-{r.randrange(160, 380)} Glucose-{r.randrange(90, 190)}\n \n")
    b.w(f"Brief Hospital Course:\nThe patient underwent {op_l} without complication (see operative note, "
        "Clavien-Dindo none). Post-operatively admitted to the bariatric floor (Rm "
        f"{r.randrange(5, 9)}-{r.randrange(10, 60)}"
        f"{_c(r, 'AB')}). PCA was not required; pain controlled with IV acetaminophen and ketorolac. Bariatric stage 1 "
        f"clear liquids started POD 1 after UGI, advanced to stage 2 protein shakes. Enoxaparin 40 mg BID for VTE "
        "prophylaxis. "
        + _c(r, ("Home diabetes medications held; sliding-scale only.", "CPAP used nightly.",
                 "JP drain removed on POD 2.")) + " "
        "No signs of leak, Petersen hernia, or dumping syndrome. Thiamine given to prevent Wernicke encephalopathy.\n")
    if b.opt(0.55, "PERSON", "LICENSE", "DATE_REAL_YEAR"):
        psy = _clin(r)
        b.w("\nPRE-OPERATIVE PSYCHOLOGY CLEARANCE (letter on file):\n\"I evaluated ", S("PERSON", pt.full, "pt"),
            " on ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2008, 2019), pt.dstyle), "psyd"),
            f" for bariatric surgery candidacy. PHQ-9 {r.randrange(2, 14)}, GAD-7 {r.randrange(1, 12)}, BES "
            f"{r.randrange(8, 22)}; no active binge-eating disorder, no substance use disorder. The patient "
            "demonstrates "
            "understanding of the post-operative diet and lifelong supplementation. No psychological "
            "contraindication.\"\n"
            "  -- ", S("PERSON", f"{psy[0]} {psy[1]}", "psy"), ", PhD, licensed psychologist, license no. ",
            S("LICENSE", _state_lic(r), "psylic"), "\n")
    if b.opt(0.5, "PERSON", "ORGANIZATION", "LOCATION", "EMAIL"):
        rd = _clin(r)
        b.w("\nDIETITIAN LETTER:\n", pt.title, " ", S("PERSON", pt.last, "pt"),
            f" attended {r.randrange(4, 7)} of 6 monthly nutrition visits. Weight trajectory:\n")
        loss = r.randrange(1, 4)
        for k in range(3):
            wk = weight + loss * (3 - k)
            b.w(f"  {pt.sd(-180 + 60 * k)}   {wk} kg   BMI {wk / (height / 100) ** 2:.1f}\n")
        b.w("  Support group: attended the Thursday evening group at ",
            S("ORGANIZATION", _c(r, _CHURCHES + _CLINICS[6:7]), "sg"),
            " in ", S("LOCATION", _c(r, _TOWNS)[0], "sgtown"), f" ({r.randrange(3, 9)} sessions).\n  -- ",
            S("PERSON", f"{rd[0]} {rd[1]}", "rd"), ", RD, LDN  (",
            S("EMAIL", _work_email(r, rd[0], rd[1], _c(r, _HOSPITALS)), "rdem"),
            ")\n")
    b.w("\nMedications on Admission:\n1. "
        f"{_c(r, ('Metformin 1000 mg BID', 'Empagliflozin (Jardiance) 10 mg daily', 'Lisinopril 20 mg daily'))}\n"
        f"2. {_c(r, ('Omeprazole 20 mg daily', 'Sertraline 100 mg daily', 'Amlodipine 5 mg daily'))}\n \n")
    b.w("Discharge Medications:\n1. Omeprazole 40 mg PO BID x 3 months\n2. Ursodiol 300 mg PO BID x 6 months "
        "(gallstone "
        "prophylaxis)\n3. Enoxaparin 40 mg SC BID x 14 days\n4. Acetaminophen 650 mg/20.3 mL liquid q6h PRN\n"
        "5. Bariatric chewable multivitamin BID; calcium citrate 500 mg TID; vitamin B12 1000 mcg SL daily\n \n")
    b.w("Discharge Disposition:\nHome\n \nDischarge Diagnosis:\nMorbid obesity s/p " + op_l +
        "\n \nDischarge Condition:\nAlert, ambulating independently, tolerating stage 2 diet.\n \n")
    b.w("Discharge Instructions:\nSip 64 oz of fluid daily; protein 60-80 g/day. No NSAIDs. Call for fever > 101.5, "
        "persistent vomiting, or chest pain. Patient education: " + _c(r, _PUBLIC_URLS["bariatric"]) + "\n \n")
    _followup(b, r, pt, "BARIATRIC SURGERY", "bariatric", "Bring your food and fluid log to the visit.")
    _signature(b, r, att)
    return pt


# --------------------------------------------------------------------------------------------------
# Discharge kind 3: GI bleed / IBD with endoscopy reports and pathology accessions
# --------------------------------------------------------------------------------------------------

def _endoscopy(b: _Doc, r: random.Random, pt: _Pt, scen: str, lesion: str) -> None:
    lower = scen != "upper"
    scope = _c(r, ("Olympus PCF-H190DL", "Olympus CF-HQ190L", "Pentax EC-3890Fi")) if lower else \
        _c(r, ("Olympus GIF-H190", "Olympus GIF-1TH190", "Pentax EG-3890i"))
    b.w(f"\n{'COLONOSCOPY' if lower else 'EGD'} REPORT ({pt.sd(1)}, Endoscopy Suite {r.randrange(1, 8)})\n")
    b.w("Endoscopist: ", S("PERSON", _name_forms(r, _clin(r)), "endoscopist"), ", MD    Fellow: ",
        S("PERSON", _name_forms(r, _clin(r)), "fellow"), ", MD\n")
    if b.opt(0.35, "ACCOUNT"):
        b.w("Procedure order # ", S("ACCOUNT", _acct(r, "order"), "ord"),
            f"   CPT {_c(r, ('45380', '45385')) if lower else _c(r, ('43239', '43244', '43255'))}\n")
    b.w(f"Instrument: {scope} (scope inventory #{r.randrange(3, 40)})   Sedation: "
        f"{_c(r, ('MAC with propofol', 'moderate sedation, fentanyl 75 mcg and midazolam 3 mg'))}\n"
        f"ASA class {r.randrange(2, 4)}; time-out performed.\n")
    if lower:
        b.w(f"Preparation: Boston Bowel Preparation Scale {r.randrange(1, 4)}-{r.randrange(1, 4)}-{r.randrange(2, 4)}. "
            f"Cecum reached at {r.randrange(8, 11)}:{r.randrange(10, 59)}; withdrawal time {r.randrange(7, 16)} min.\n"
            f"Findings:\n  - {lesion}.\n"
            f"  - {r.randrange(4, 12)} mm sessile polyp, "
            f"{_c(r, ('ascending colon', 'transverse colon', 'sigmoid colon'))}"
            ", Paris 0-Is, NICE type 2; removed with cold snare, retrieved (Jar A).\n"
            f"  - {'Biopsies of the rectum and sigmoid (Jar B).' if scen == 'uc' else 'Random biopsies (Jar B).'}\n"
            f"Photo documentation: images 1-{r.randrange(8, 20)} captured; appendiceal orifice and ileocecal valve "
            "(photos 2, 3).\n")
    else:
        b.w(f"Findings:\n  - {lesion}.\n"
            f"  - {_c(r, ('Small hiatal hernia (3 cm)', 'Normal duodenum to D2', 'Erythematous antral mucosa'))}.\n"
            "  - Gastric biopsies per the updated Sydney system (Jar B); distal esophagus biopsied (Jar A).\n"
            f"Photo documentation: {r.randrange(6, 16)} images; retroflexed view of the cardia (photo 5).\n"
            f"Glasgow-Blatchford score {r.randrange(6, 16)}; Rockall score {r.randrange(2, 7)}.\n")
    b.w("Specimens to pathology: requisition ", S("ACCOUNT", _acct(r, "order"), "req"), "\n")
    if b.opt(0.7, "ACCOUNT", "DATE_REAL_YEAR"):
        b.w("\nSURGICAL PATHOLOGY (accession ", S("ACCOUNT", _acct(r, "path"), "path"), "; received ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2010, 2019), pt.dstyle), "pathd"), "):\n")
        if lower:
            b.w("  A. Colon polyp: "
                + _c(r, ("tubular adenoma, no high-grade dysplasia", "hyperplastic polyp",
                         "sessile serrated lesion without dysplasia")) + ".\n"
                f"  B. {'Rectum/sigmoid' if scen == 'uc' else 'Random colon biopsies'}: "
                + ("chronic active colitis with crypt abscesses, no granulomas, no dysplasia" if scen == "uc" else
                   _c(r, ("no microscopic colitis", "unremarkable colonic mucosa"))) + ".\n")
        else:
            b.w("  A. Esophagus, distal: "
                + _c(r, ("reflux esophagitis", "intestinal metaplasia, negative for dysplasia",
                         "squamous mucosa, no eosinophils")) + ".\n"
                "  B. Stomach, antrum and body: "
                + _c(r, ("chronic active gastritis; H. pylori identified on immunostain", "chemical gastropathy",
                         "no H. pylori on immunostain")) + ".\n")
        b.w(f"  Immunostain control block lot {_lot(r)} performed appropriately.\n")


_UPPER = (("Gastric ulcer with bleeding", "{} mm clean-based ulcer on the lesser curvature, Forrest III; no "
                                          "intervention"),
          ("Duodenal ulcer with bleeding", "{} mm duodenal bulb ulcer with visible vessel, Forrest IIa; epinephrine "
           "1:10,000 injected and 2 clips placed"),
          ("Erosive esophagitis", "LA grade C esophagitis over {} cm; no active bleeding"),
          ("Mallory-Weiss tear", "{} mm Mallory-Weiss tear at the GE junction, no stigmata; 1 clip placed"),
          ("Esophageal varices with bleeding", "Grade 2 esophageal varices with red wale signs over {} cm; "
           "4 bands placed"))
_LOWER = (("Diverticular bleed", "Pan-diverticulosis; adherent clot over a sigmoid diverticulum ({} mm), "
           "4 clips placed"),
          ("Post-polypectomy bleed", "{} mm ulcer at a prior polypectomy site in the ascending colon, oozing; "
           "2 clips placed"),
          ("Internal hemorrhoids with bleeding", "Grade III internal hemorrhoids, {} mm largest column; "
           "band ligation x2"))


_GI_COMORB = (
    ("atrial fibrillation on apixaban", "Apixaban held, resumed on day 3.", "Apixaban 5 mg BID"),
    ("CAD s/p DES on aspirin and clopidogrel", "Aspirin continued, clopidogrel held 5 days per cardiology.",
     "Aspirin 81 mg daily; clopidogrel 75 mg daily"),
    ("osteoarthritis on daily naproxen", "NSAIDs stopped; acetaminophen for pain.", "Naproxen 500 mg BID"),
    ("alcohol-associated cirrhosis", "Ceftriaxone prophylaxis for 7 days; octreotide stopped after 72 hours.",
     "Spironolactone 50 mg daily"),
)


def _k_gi(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 28, 88, need)
    att = _clin(r)
    scen = _c(r, ("uc", "upper", "upper", "lower"))
    comorb = r.randrange(len(_GI_COMORB))
    if scen == "uc":
        dx = "Ulcerative colitis flare"
        lesion = f"Mayo endoscopic subscore {_c(r, ('2', '3'))} from the rectum to {r.randrange(20, 60)} cm"
    else:
        dx, lesion = _c(r, _UPPER if scen == "upper" else _LOWER)
        lesion = lesion.format(r.randrange(4, 25))
    _dc_header(b, r, pt, "MEDICINE", att)
    cc = {"uc": ("Bloody diarrhea", "UC flare"), "upper": ("Melena", "Coffee-ground emesis", "Hematemesis"),
          "lower": ("Hematochezia", "Maroon stools")}[scen]
    b.w(f"Chief Complaint:\n{_c(r, cc)}\n \nMajor Surgical or Invasive Procedure:\n"
        + ("EGD with biopsies" if scen == "upper" else "Colonoscopy with biopsies") + "\n \n")
    b.w("History of Present Illness:\n", pt.title, " ", S("PERSON", pt.last, "pt"), " is a ", _age(b, pt, r),
        f" year old {pt.noun} ")
    if scen == "uc":
        b.w(f"with ulcerative colitis (Montreal E{r.randrange(2, 4)}, diagnosed {r.randrange(2, 20)} years ago) on "
            + _c(r, ("mesalamine 4.8 g daily", "vedolizumab (Entyvio) 300 mg q8 weeks", "infliximab 5 mg/kg"))
            + f" who presents with {r.randrange(6, 15)} bloody bowel movements per day, nocturnal stools and cramping. "
            f"C. difficile PCR negative; CRP {r.randrange(20, 140)} mg/L, fecal calprotectin {r.randrange(400, 2400)}.")
    else:
        days = r.randrange(1, 5)
        b.w("with " + _GI_COMORB[comorb][0] + f" who presents with {days} day{'s' if days > 1 else ''} of "
            + ("maroon stools" if scen == "lower" else "black tarry stools and lightheadedness")
            + f". Hgb {r.randrange(58, 92) / 10:.1f} (baseline {r.randrange(115, 142) / 10:.1f}), BUN "
            f"{r.randrange(24, 80)}. Transfused {r.randrange(1, 4)} units PRBC"
            + ("; pantoprazole 80 mg IV then 40 mg IV BID." if scen == "upper" else "."))
    if b.opt(0.2, "ORGANIZATION", "DATE_REAL_YEAR"):
        b.w(" Transferred from ", S("ORGANIZATION", _c(r, _HOSPITALS), "osh"),
            f" where an outside {'EGD' if scen == 'upper' else 'colonoscopy'} on ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2010, 2019), pt.dstyle), "oshd"), " was nondiagnostic.")
    park = r.random() < 0.2
    b.w("\n \nPast Medical History:\n"
        + ("Parkinson disease on carbidopa-levodopa" if park else _c(r, ("HTN, HLD, T2DM", "Barrett esophagus",
                                                                        "CKD stage 3a", "Osteoporosis")))
        + "; " + _c(r, ("diverticulosis", "prior H. pylori", "colon polyps (2 tubular adenomas)", "GERD")) + "\n \n")
    _social(b, r, pt)
    b.w(_family(r))
    rectal = {"uc": "bright red blood and mucus", "upper": "melena on glove", "lower": "maroon stool"}[scen]
    b.w(f"Physical Exam:\n{_vitals(r)}\nGEN: pale, {_c(r, ('NAD', 'mildly uncomfortable'))}\n"
        f"ABD: {_c(r, ('soft, nontender', 'mild LLQ tenderness', 'soft, epigastric tenderness'))}; rectal: {rectal}\n"
        f"NEURO: {'resting tremor (known Parkinson disease), no asterixis' if park else 'nonfocal'}\n \n")
    b.w(f"Pertinent Results:\n{pt.sd(0)} 11:40PM BLOOD WBC-{r.randrange(40, 160) / 10:.1f} "
        f"Hgb-{r.randrange(58, 110) / 10:.1f}* Hct-{r.randrange(18, 33)}* Plt-{r.randrange(90, 420)} "
        f"INR(PT)-{r.randrange(10, 19) / 10:.1f}\n{pt.sd(2)} 06:10AM BLOOD Hgb-{r.randrange(80, 115) / 10:.1f} "
        f"Ferritin-{r.randrange(4, 60)} Iron-{r.randrange(15, 60)}\n \n")
    b.w("Brief Hospital Course:\n")
    _endoscopy(b, r, pt, scen, lesion)
    if scen == "uc":
        b.w("\n# UC flare: IV methylprednisolone 20 mg q8h with response by day 3 (stools 3/day, no blood); "
            "Truelove and Witts criteria no longer met.\n")
    else:
        b.w("\n# GI bleed: Hgb stable x48 h after endoscopic therapy. "
            + _GI_COMORB[comorb][1] + "\n")
    if (scen == "uc" or r.random() < 0.2) and b.opt(0.6, "HEALTH_PLAN", "LICENSE", "FAX", "ORGANIZATION"):
        _prior_auth(b, r, pt, _c(r, ("ustekinumab (Stelara) 90 mg SC q8 weeks", "vedolizumab (Entyvio) 300 mg IV",
                                     "risankizumab (Skyrizi) induction 600 mg IV")),
                    "K51.90 Ulcerative colitis, unspecified",
                    "Failed mesalamine and budesonide MMX; TB QuantiFERON negative")
    b.w("\nMedications on Admission:\n1. "
        + ("Mesalamine 1.2 g 4 tabs daily" if scen == "uc" else _GI_COMORB[comorb][2])
        + "\n2. " + ("Carbidopa-levodopa 25/100 TID" if park else _c(r, ("Metoprolol succinate 50 mg daily",
                                                                         "Atorvastatin 40 mg daily")))
        + "\n \nDischarge Medications:\n")
    if scen == "uc":
        b.w("1. Prednisone 40 mg daily, taper by 5 mg weekly\n2. Mesalamine 4.8 g daily\n"
            "3. Calcium and vitamin D while on steroids\n \n")
    elif scen == "upper":
        b.w("1. Pantoprazole 40 mg PO BID x 8 weeks\n2. Ferrous sulfate 325 mg PO every other day\n3. "
            + _c(r, ("Sucralfate 1 g QID x 4 weeks", "Bismuth quadruple therapy x 14 days")) + "\n \n")
    else:
        b.w("1. Ferrous sulfate 325 mg PO every other day\n2. Psyllium 1 packet daily\n \n")
    b.w("Discharge Disposition:\n" + _c(r, ("Home", "Home With Service")) + f"\n \nDischarge Diagnosis:\n{dx}\n \n")
    b.w("Discharge Condition:\nMental Status: Clear and coherent.\nActivity Status: Ambulatory - Independent.\n \n")
    b.w("Discharge Instructions:\nCall for black or bloody stools, dizziness or vomiting blood. Biopsy results will "
        "be sent through the patient portal.\n \n")
    _followup(b, r, pt, "GASTROENTEROLOGY", "gi", "Bring a list of your stool frequency and any bleeding.")
    _signature(b, r, att)
    return pt


# --------------------------------------------------------------------------------------------------
# Prior authorisation / patient assistance forms (attached to discharge notes)
# --------------------------------------------------------------------------------------------------

def _prior_auth(b: _Doc, r: random.Random, pt: _Pt, drug: str, dx: str, step: str) -> None:
    pres = _clin(r)
    pbm = _c(r, _PBMS)
    b.w(f"\nPRIOR AUTHORIZATION REQUEST -- {drug}\n")
    b.w(f"  Plan/PBM: {pbm}   RxBIN {_c(r, ('003858', '610014', '004336', '610502'))}   RxPCN "
        f"{_c(r, ('A4', 'MEDDPRIME', 'ADV', '9999'))}   RxGRP {_alnum(r, 5)}\n")
    b.w("  Member ID: ", S("HEALTH_PLAN", _member(r), "hp"), f"   Group #: {_digits(r, r.randrange(5, 8))} (employer "
                                                             "group)\n")
    b.w("  Patient: ", S("PERSON", f"{pt.last}, {pt.first}", "pt"), "   DOB: ", S("DATE_REAL_YEAR", pt.dob, "dob"),
        "   Phone: ", S("PHONE", _phone(r), "ptph"), "\n")
    b.w("  Prescriber: ", S("PERSON", f"{pres[0]} {pres[1]}", "pres"), ", MD   NPI ", S("LICENSE", _npi(r), "presnpi"),
        "   Office fax ", S("FAX", _phone(r), "presfax"), "\n")
    b.w("  Dispensing pharmacy: ", S("ORGANIZATION", _c(r, _PHARMACIES), "pharm"), "   (pharmacy NPI ___)\n")
    b.w(f"  Diagnosis: ICD-10 {dx}\n  Step therapy / clinical criteria: {step}\n"
        f"  Attestation: prescriber attests that the information is accurate. Form PA-{r.randrange(1000, 9999)}"
        f"-{_c(r, ('A', 'B', 'C'))} (fax-back form)\n")


def _pap(b: _Doc, r: random.Random, pt: _Pt, drug: str) -> None:
    town = _c(r, _TOWNS)
    b.w(f"\nPATIENT ASSISTANCE PROGRAM APPLICATION ({drug}; manufacturer program)\n")
    b.w("  Applicant: ", S("PERSON", pt.full, "pt"), "   SSN: ", S("SSN", _ssn(r), "ssn"), "\n")
    b.w("  Mailing address: ", S("STREET_ADDRESS", _street(r), "addr"), ", ", S("LOCATION", town[0], "addr"),
        f", {town[1]} ", S("ZIP", _zip(r, town[2]), "addr"), "\n")
    b.w(f"  Household size {r.randrange(1, 6)}; annual household income ${r.randrange(12, 48)},{r.randrange(100, 999)} "
        f"({r.randrange(110, 290)}% FPL)\n")
    if b.opt(0.5, "HEALTH_PLAN"):
        b.w("  Medicare Part D: beneficiary ID ", S("HEALTH_PLAN", _member(r), "hp2"),
            f"; plan denied coverage (PDP group {_alnum(r, 6)})\n")
    b.w("  Shipping: to prescriber office; refills every 90 days. Program helpline given to patient.\n")


# --------------------------------------------------------------------------------------------------
# Discharge kind 4: liver disease, liver clinic and transplant-listing letters
# --------------------------------------------------------------------------------------------------

_LIVER_ETIO = (
    ("alcohol-associated cirrhosis", "PEth 38 ng/mL (last drink reported 4 months ago)"),
    ("alcohol-associated cirrhosis", "PEth < 10 ng/mL; urine EtG negative"),
    ("MASH cirrhosis", "A1c 7.4%; ferritin 410; HBsAg and HCV Ab negative"),
    ("HCV cirrhosis (genotype 1a)", "HCV RNA 2.3 million IU/mL, genotype 1a"),
    ("primary sclerosing cholangitis with cirrhosis", "ALP 612; CA 19-9 31; p-ANCA positive"),
    ("autoimmune hepatitis with cirrhosis", "ASMA 1:160; IgG 2,410 mg/dL"),
    ("Wilson disease with cirrhosis", "ceruloplasmin 6 mg/dL; 24-h urine copper 212 mcg; Kayser-Fleischer rings"),
)


def _k_liver(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 30, 74, (), elderly_ok=False)
    att = _clin(r)
    etio, etio_lab = _c(r, _LIVER_ETIO)
    bili, inr = r.randrange(12, 140) / 10, r.randrange(11, 32) / 10
    cr, na = r.randrange(6, 30) / 10, r.randrange(122, 140)
    fib4 = r.randrange(26, 90) / 10
    meld0 = 3.78 * math.log(max(bili, 1)) + 11.2 * math.log(max(inr, 1)) + 9.57 * math.log(min(max(cr, 1), 4)) + 6.43
    na_c = min(max(na, 125), 137)
    cps = r.randrange(7, 14)
    meld = round(meld0 + 1.32 * (137 - na_c) - 0.033 * meld0 * (137 - na_c))
    _dc_header(b, r, pt, "MEDICINE (LIVER)", att)
    b.w(f"Chief Complaint:\n{_c(r, ('Abdominal distension', 'Confusion', 'Jaundice', 'Hematemesis'))}\n \n"
        f"Major Surgical or Invasive Procedure:\nDiagnostic and therapeutic paracentesis ({r.randrange(3, 9)} L "
        "removed)\n"
        f"{_c(r, ('EGD with band ligation', 'Transjugular liver biopsy', 'None else'))}\n \n")
    b.w("History of Present Illness:\n", pt.title, " ", S("PERSON", pt.last, "pt"), " is a ", _age(b, pt, r),
        f" year old {pt.noun} with {etio}, Child-Pugh {'B' if cps <= 9 else 'C'} ({cps}), MELD-Na {meld}, "
        "complicated by "
        f"{_c(r, ('ascites', 'hepatic encephalopathy (West Haven grade 2)', 'esophageal varices', 'SBP'))}, who "
        "presents "
        f"with {_c(r, ('worsening ascites and dyspnea', 'confusion and asterixis', 'fever and abdominal pain'))}. "
        f"Diagnostic paracentesis: SAAG {r.randrange(11, 26) / 10:.1f}, PMN {r.randrange(20, 900)}/uL, total protein "
        f"{r.randrange(5, 20) / 10:.1f}.")
    if b.opt(0.2, "ORGANIZATION", "LOCATION"):
        b.w(" Initially evaluated at ", S("ORGANIZATION", _c(r, _HOSPITALS), "osh"), " in ",
            S("LOCATION", _c(r, _TOWNS)[0], "oshtown"),
            " and transferred for transplant evaluation.")
    b.w("\n \nPast Medical History:\n"
        f"{etio}; {_c(r, ('T2DM', 'obesity', 'hypothyroidism', 'depression'))}; "
        + _c(r, ("umbilical hernia", "portal vein thrombosis (non-occlusive)", "osteoporosis",
                 "TIPS 2 years ago")) + "\n \n")
    _social(b, r, pt)
    b.w(_family(r))
    b.w(f"Physical Exam:\n{_vitals(r)}\nGEN: {_c(r, ('jaundiced', 'chronically ill'))}; scleral icterus\n"
        f"ABD: distended, shifting dullness, {_c(r, ('no caput medusae', 'umbilical hernia reducible'))}; Murphy "
        "sign negative\n"
        f"NEURO: {_c(r, ('mild asterixis', 'no asterixis', 'oriented x2'))}; Number Connection Test slow\n \n")
    b.w(f"Pertinent Results:\n{pt.sd(0)} BLOOD Tbili-{bili:.1f}* INR-{inr:.1f}* Creat-{cr:.1f} Na-{na} "
        f"Alb-{r.randrange(19, 34) / 10:.1f}\n"
        f"AFP {r.randrange(2, 40)} ng/mL; {etio_lab}; FIB-4 {fib4:.1f}\n \n")
    b.w("Brief Hospital Course:\n"
        f"# Ascites/{_c(r, ('SBP', 'hyponatremia', 'HRS-AKI'))}: "
        + _c(r, ("ceftriaxone then ciprofloxacin prophylaxis", "albumin 1 g/kg day 1 and 3",
                 "terlipressin per protocol")) + "; "
        f"diuretics {_c(r, ('held', 'resumed at spironolactone 100 / furosemide 40'))}.\n"
        f"# HE: lactulose titrated to 3 BMs/day, rifaximin (Xifaxan) 550 mg BID.\n"
        f"# Varices: carvedilol 6.25 mg BID; Baveno VII criteria reviewed.\n")
    if b.opt(0.6, "PERSON", "DATE_REAL_YEAR", "URL", "ORGANIZATION", "LOCATION"):
        hep = _clin(r)
        pcp = _clin(r)
        b.w("\nLIVER CLINIC / TRANSPLANT LETTER\nDear Dr. ", S("PERSON", pcp[1], "pcp"), ",\n")
        b.w("I saw your patient ", S("PERSON", pt.full, "pt"), " in the Liver Transplant Clinic on ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2009, 2019), pt.dstyle), "ltcd"),
            f". MELD-Na today {meld} (bilirubin {bili:.1f}, INR {inr:.1f}, creatinine {cr:.1f}, sodium {na}). ")
        b.w(_c(r, ("The selection committee approved listing; the patient meets Milan criteria (single 2.8 cm "
                   "LI-RADS 5 "
                   "lesion) and will receive standard MELD exception points per OPTN policy. ",
                   "The selection committee deferred listing pending 3 months of documented abstinence and relapse-"
                   "prevention treatment. ",
                   "Cross-sectional imaging shows no contraindication; cardiopulmonary evaluation (DSE, TTE with "
                   "bubble) "
                   "is complete. ")))
        if b.opt(0.4, "PERSON", "ORGANIZATION"):
            donor = (_c(r, _F_FIRST + _M_FIRST), pt.last)
            b.w(f"A potential living donor, {pt.his} {_c(r, ('daughter', 'son', 'nephew', 'cousin'))} ",
                S("PERSON", f"{donor[0]} {donor[1]}", "donor"), ", has started evaluation at ",
                S("ORGANIZATION", _c(r, ("Tidewater Liver & Transplant Clinic", "Bellmere Regional Hospital",
                                         "Orchard Crest Hospital")), "txc"), ". ")
        if b.opt(0.3, "URL"):
            b.w("The family has organised a fundraiser for transplant-related costs (",
                S("URL", _personal_url(r, pt.first, pt.last, "fundraiser"), "url"),
                "); our social worker reviewed the travel-housing grant. ")
        b.w(f"Patient education: {_c(r, _PUBLIC_URLS['liver'])}; {_c(r, _HOTLINES['liver'])}.\nSincerely,\n",
            S("PERSON", f"{hep[0]} {hep[1]}", "hep"), ", MD, Transplant Hepatology\n")
        if b.opt(0.4, "FAX", "PAGER"):
            b.w("Transplant coordinator pager ", S("PAGER", _pager(r), "coordpg"), "; referrals by fax to ",
                S("FAX", _phone(r), "txfax"), "\n")
    if "HCV" in etio and b.opt(0.6, "HEALTH_PLAN", "LICENSE"):
        _prior_auth(b, r, pt, "glecaprevir/pibrentasvir (Mavyret) 100/40 mg, 3 tabs daily x 8 weeks",
                    "B18.2 Chronic viral hepatitis C; K74.60 cirrhosis",
                    f"HCV RNA detectable, genotype 1a, FIB-4 {fib4:.1f}; no prior DAA")
    elif b.opt(0.15, "SSN", "STREET_ADDRESS", "ZIP"):
        _pap(b, r, pt, "rifaximin (Xifaxan) 550 mg")
    b.w(f"\nMedications on Admission:\n1. Spironolactone {_c(r, ('50', '100', '200'))} mg daily\n2. Furosemide "
        f"{_c(r, ('20', '40', '80'))} mg daily\n3. Lactulose 30 mL TID\n \n")
    b.w("Discharge Medications:\n1. Lactulose 30 mL PO TID, titrate to 3 soft BMs\n2. Rifaximin 550 mg PO BID\n"
        "3. Ciprofloxacin 500 mg PO daily (SBP prophylaxis)\n4. Carvedilol 6.25 mg PO BID\n \n")
    disp = _c(r, ("Home", "Home With Service", "Extended Care"))
    b.w(f"Discharge Disposition:\n{disp}\n \n")
    if disp == "Extended Care":
        b.w("Facility:\n", S("ORGANIZATION", _c(r, _NURSING), "facility"), "\n \n")
    b.w(f"Discharge Diagnosis:\n{etio}, decompensated\n \nDischarge Condition:\nMental Status: "
        f"{_c(r, ('Clear and coherent.', 'Confused - sometimes.'))}\nActivity Status: Ambulatory - requires "
        "assistance.\n \n"
        "Discharge Instructions:\n2 g sodium diet, 1.5 L fluid restriction. No alcohol. Weigh yourself daily.\n \n")
    _followup(b, r, pt, "HEPATOLOGY", "liver", "Bring your daily weight log to the visit.")
    _signature(b, r, att)
    return pt


# --------------------------------------------------------------------------------------------------
# Discharge kind 5: general endocrinology (thyroid storm, hypercalcaemia, adrenal crisis, HHS,
# sulfonylurea hypoglycaemia) with specialty-pharmacy and assistance forms
# --------------------------------------------------------------------------------------------------

# chief complaint, diagnosis, treatment, labs, discharge medications, prior-authorisation drug or None, PAP drug or None
_ENDO_CASES = (
    ("Thyroid storm", "Graves disease with thyroid storm (Burch-Wartofsky score 55)",
     "methimazole 20 mg q6h, propranolol, hydrocortisone 100 mg q8h and SSKI one hour after the thionamide",
     "TSH-<0.01 Free T4-{a}* T3-{b}*", ("Methimazole 20 mg PO BID", "Propranolol 40 mg PO q6h"),
     None, None),
    ("Hypercalcemia", "PTH-mediated hypercalcemia (Ca 13.4, PTH 212), likely parathyroid adenoma",
     "IV fluids, calcitonin 4 IU/kg and zoledronic acid 4 mg; sestamibi localized a right inferior adenoma",
     "Calcium-{a}* PTH-{b}* 25-OH vitamin D-18", ("Cinacalcet 30 mg PO BID", "Vitamin D3 1000 units daily"),
     ("denosumab (Prolia) 60 mg SC every 6 months", "M81.0 Age-related osteoporosis without current fracture",
      "Lowest T-score -2.9; intolerant of alendronate (esophagitis)"), None),
    ("Adrenal crisis", "adrenal crisis in known Addison disease after gastroenteritis",
     "hydrocortisone 100 mg IV then 50 mg q6h with taper to the home dose; sick-day rules reviewed",
     "Cortisol-{a} Na-{b}* K-5.6* Glucose-62", ("Hydrocortisone 20 mg AM / 10 mg PM", "Fludrocortisone 0.1 mg daily"),
     None, None),
    ("Hyperosmolar hyperglycemic state", "HHS (glucose 1,112, serum osmolality 356) with new type 2 diabetes",
     "insulin infusion and 7 L IV fluids, then basal-bolus insulin",
     "Glucose-{a}* Osmolality-{b}* HbA1c-13.1*", ("Insulin glargine 22 units qHS", "Insulin lispro 4 units with meals",
                                                  "Metformin 500 mg BID (titrate)"),
     ("semaglutide (Ozempic) 0.5 mg weekly", "E11.65 Type 2 diabetes mellitus with hyperglycemia",
      "Metformin started; A1c 13.1%; BMI 38.2"), "insulin glargine (Lantus)"),
    ("Hypoglycemia", "recurrent hypoglycemia from glipizide with CKD stage 4 (Whipple triad documented)",
     "octreotide 50 mcg SC q6h for 24 hours; glipizide stopped",
     "Glucose-{a}* Creat-{b}* C-peptide-4.1 Sulfonylurea screen POSITIVE", ("Linagliptin 5 mg daily",
                                                                           "Glucose tablets PRN"),
     ("continuous glucose monitor (FreeStyle Libre 3) sensors", "E11.649 Type 2 diabetes with hypoglycemia",
      "Two hospitalizations for hypoglycemia; on insulin-secretagogue until this admission"),
     "dulaglutide (Trulicity)"),
    ("Hyponatremia", "SIADH from small-cell lung cancer (Na 116)",
     "fluid restriction, one 3% saline bolus and tolvaptan with sodium checks every 6 hours",
     "Na-{a}* Serum osm-{b}* Urine osm-512 Urine Na-64", ("Tolvaptan 15 mg daily", "Fluid restriction 1.2 L/day"),
     ("tolvaptan (Samsca) 15 mg tablets", "E87.1 Hypo-osmolality and hyponatremia (SIADH)",
      "Failed fluid restriction and salt tablets"), "tolvaptan (Samsca)"),
)
_CASE_LABS = {"Thyroid storm": ((40, 90), (300, 700)), "Hypercalcemia": ((120, 145), (150, 320)),
              "Adrenal crisis": ((1, 4), (120, 131)), "Hyperosmolar hyperglycemic state": ((800, 1300), (320, 380)),
              "Hypoglycemia": ((28, 52), (25, 48)), "Hyponatremia": ((112, 124), (235, 262))}


def _k_endo(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 24, 89, need)
    att = _clin(r)
    cc, dx, course, labs, dc_meds, pa, pap = _c(r, _ENDO_CASES)
    (a0, a1), (b0, b1) = _CASE_LABS[cc]
    scale = 10 if cc in ("Thyroid storm", "Hypercalcemia") else 1
    labs = labs.format(a=f"{r.randrange(a0, a1) / scale:g}",
                       b=f"{r.randrange(b0, b1) / (10 if cc == 'Hypoglycemia' else 1):g}")
    _dc_header(b, r, pt, "MEDICINE", att)
    b.w(f"Chief Complaint:\n{cc}\n \nMajor Surgical or Invasive Procedure:\n"
        f"{_c(r, ('None', 'Arterial line', 'PICC placement'))}\n \n")
    b.w("History of Present Illness:\n", pt.title, " ", S("PERSON", pt.last, "pt"), " is a ", _age(b, pt, r),
        f" year old {pt.noun} admitted with {dx}. "
        + _c(r, ("Symptoms began 3 days prior with ", "Family noted "))
        + {"Thyroid storm": "palpitations, tremor and agitation", "Hypercalcemia": "polyuria, confusion and "
                                                                                   "constipation",
           "Adrenal crisis": "vomiting, abdominal pain and dizziness",
           "Hyperosmolar hyperglycemic state": "polyuria, polydipsia and lethargy",
           "Hypoglycemia": "early-morning confusion and diaphoresis",
           "Hyponatremia": "nausea, unsteady gait and confusion"}[cc] + ". "
        + _c(r, ("Chvostek and Trousseau signs absent.", "No Cushingoid features.", "Orthostatic on arrival.",
                 "Glasgow Coma Scale 14 on arrival.")))
    if b.opt(0.2, "PERSON", "ORGANIZATION"):
        b.w(" Sent in by ", S("PERSON", _name_forms(r, _clin(r)), "refdoc"), " from ",
            S("ORGANIZATION", _c(r, _CLINICS[:12]), "refclinic"), " after outpatient labs.")
    if pt.elderly and b.opt(0.5, "ORGANIZATION"):
        b.w(" Lives at ", S("ORGANIZATION", _c(r, _NURSING), "nh"),
            "; baseline ambulates with a walker; Lewy body dementia.")
    b.w("\n \nPast Medical History:\n"
        + _c(r, ("HTN, HLD", "CKD stage 3b", "osteoporosis with vertebral fracture",
                 "Hunt and Hess grade 2 SAH remotely, clipped")) + "; "
        + _c(r, ("T2DM", "atrial fibrillation", "hypothyroidism", "COPD")) + "\n \n")
    _social(b, r, pt)
    b.w(_family(r))
    b.w(f"Physical Exam:\n{_vitals(r)}\nGEN: "
        f"{_c(r, ('diaphoretic, tremulous', 'frail, dry mucous membranes', 'NAD'))}\n"
        "NECK: " + ("diffuse goiter ~60 g with bruit" if cc == "Thyroid storm" else
                    _c(r, ("no thyromegaly", "well-healed thyroidectomy scar")))
        + f"\nNEURO: Glasgow Coma Scale {r.randrange(13, 16)}, no focal deficits\n \n")
    b.w(f"Pertinent Results:\n{pt.sd(0)} BLOOD {labs}\n{pt.sd(1)} BLOOD WBC-{r.randrange(40, 140) / 10:.1f} "
        f"Hgb-{r.randrange(95, 150) / 10:.1f} Plt-{r.randrange(140, 380)} Creat-{r.randrange(6, 30) / 10:.1f}\n \n")
    b.w(f"Brief Hospital Course:\n# {cc}: treated with {course}. Endocrinology followed.\n"
        f"# Bone health: DXA ordered; FRAX major osteoporotic fracture risk {r.randrange(6, 34)}%.\n")
    if pa and b.opt(0.55, "HEALTH_PLAN", "LICENSE", "FAX", "ORGANIZATION", "PHONE"):
        _prior_auth(b, r, pt, *pa)
    if pap and b.opt(0.4, "SSN", "STREET_ADDRESS", "ZIP", "LOCATION"):
        _pap(b, r, pt, pap)
    if b.opt(0.15, "DEVICE_ID"):
        b.w("\nImplanted device: dual-chamber pacemaker (Medtronic Azure XT DR MRI, model W1DR01) serial ",
            S("DEVICE_ID", _serial(r, "pacer"), "pacer"), f"; interrogated {pt.sd(1)}, normal function.\n")
    if b.opt(0.1, "IP_ADDRESS"):
        b.w("\nTelehealth pre-discharge education visit with the diabetes educator; video session audit log: client "
            "IP ",
            S("IP_ADDRESS", _ip(r), "ip"), f", duration {r.randrange(15, 50)} min.\n")
    b.w("\nMedications on Admission:\n1. "
        + _c(r, ("Glipizide 10 mg BID", "Levothyroxine 100 mcg daily", "Hydrocortisone 15 mg AM / 5 mg PM",
                 "Calcium carbonate 600 mg BID")) + "\n2. "
        + _c(r, ("Metoprolol tartrate 25 mg BID", "Amlodipine 10 mg daily", "Donepezil 10 mg qHS")) + "\n \n")
    b.w("Discharge Medications:\n" + "".join(f"{k + 1}. {m}\n" for k, m in enumerate(dc_meds))
        + f"{len(dc_meds) + 1}. Glucagon emergency kit, NDC 0002-8031-01 (lot {_lot(r)}, exp {_expiry(r)})\n \n")
    disp = _c(r, ("Home", "Home With Service", "Extended Care"))
    b.w(f"Discharge Disposition:\n{disp}\n \n")
    if disp == "Extended Care":
        b.w("Facility:\n", S("ORGANIZATION", _c(r, _NURSING), "facility"), "\n \n")
    b.w(f"Discharge Diagnosis:\n{dx[0].upper() + dx[1:]}\n \nDischarge Condition:\nMental Status: Clear and coherent.\n"
        "Activity Status: Ambulatory - Independent.\n \nDischarge Instructions:\n"
        + ("Wear a medical alert bracelet. Sick-day rules: double hydrocortisone for fever; use the emergency "
           "injection kit for vomiting. " if cc == "Adrenal crisis" else
           "Check your blood sugar before meals and at bedtime; treat readings under 70 with 15 g of sugar. "
           if cc in ("Hypoglycemia", "Hyperosmolar hyperglycemic state") else
           "Take your medications exactly as prescribed and keep your laboratory appointments. ")
        + f"Resources: {_c(r, _PUBLIC_URLS['diabetes'])}.\n \n")
    _followup(b, r, pt, "ENDOCRINOLOGY", "endo", "Bring all medication bottles to the visit.")
    _signature(b, r, att)
    return pt


# --------------------------------------------------------------------------------------------------
# Radiology reports
# --------------------------------------------------------------------------------------------------

def _rad_indication(b: _Doc, r: random.Random, pt: _Pt, text: str) -> None:
    b.w("INDICATION:  ", _age(b, pt, r), f" year old {pt.noun} with {text}\n\n")


def _rad_comparison(b: _Doc, r: random.Random, pt: _Pt, modality: str) -> bool:
    """COMPARISON line; True when a prior study exists."""
    b.w("COMPARISON:  ")
    if b.opt(0.45, "ORGANIZATION", "DATE_REAL_YEAR", "LOCATION"):
        d = _fmt(_rdate(r, 2006, 2019), pt.dstyle)
        b.w(f"Outside {modality} from ", S("ORGANIZATION", _c(r, _HOSPITALS + _CLINICS[12:]), "osh"))
        if b.opt(0.3, "LOCATION"):
            b.w(" (", S("LOCATION", _c(r, _TOWNS)[0], "oshtown"), ")")
        b.w(" dated ", S("DATE_REAL_YEAR", d, "oshd"),
            f", images uploaded to PACS and reviewed; prior exam here {pt.sd(-r.randrange(90, 900))}.\n\n")
        return True
    f = r.randrange(4)
    b.w((f"{pt.sd(-r.randrange(90, 900))}.\n\n", "___.\n\n", "None.\n\n", f"{modality} {pt.sd(-400)}.\n\n")[f])
    return f != 2


def _rad_notify(b: _Doc, r: random.Random, pt: _Pt) -> None:
    if b.opt(0.35, "PERSON", "PAGER", "PHONE"):
        a, c = _clin(r), _clin(r)
        b.w("\nNOTIFICATION:  The findings were discussed with ", S("PERSON", _name_forms(r, a), "refmd"), ", M.D. ")
        if r.random() < 0.5:
            b.w("(pager ", S("PAGER", _pager(r), "refpg"), ") ")
        else:
            b.w("(reached at ", S("PHONE", _phone(r), "refph"), ") ")
        b.w("by ", S("PERSON", _name_forms(r, c), "rad"), f", M.D. on the telephone on {pt.sd(0)} at "
            f"{r.randrange(1, 12)}:{r.randrange(10, 59)} {_c(r, ('am', 'pm'))}, {r.randrange(5, 40)} minutes after "
            "discovery of the findings.\n")


def _rad_footer(b: _Doc, r: random.Random, pt: _Pt) -> None:
    if b.opt(0.3, "MRN", "ACCOUNT", "LICENSE"):
        sig = _clin(r)
        b.w("\nMRN: ", S("MRN", pt.mrn, "mrn"), "   Accession: ", S("ACCOUNT", _acct(r, "rad"), "acc"),
            "\nElectronically signed by ", S("PERSON", f"{sig[0]} {sig[1]}", "sig"), ", MD (NPI ",
            S("LICENSE", _npi(r), "signpi"), ")\n")
    if b.opt(0.12, "FAX", "ORGANIZATION", "PHONE"):
        b.w("Report copy faxed to ", S("ORGANIZATION", _c(r, _CLINICS), "ccorg"), " at ", S("FAX", _phone(r), "ccfax"),
            "; office phone ", S("PHONE", _phone(r), "ccph"), ".\n")


def _tirads(r: random.Random) -> tuple[str, int, float, str]:
    comp = _c(r, (("cystic", 0), ("spongiform", 0), ("mixed cystic and solid", 1), ("solid", 2), ("solid", 2)))
    echo = _c(r, (("anechoic", 0), ("isoechoic", 1), ("hyperechoic", 1), ("hypoechoic", 2), ("very hypoechoic", 3)))
    shape = _c(r, (("wider-than-tall", 0), ("wider-than-tall", 0), ("taller-than-wide", 3)))
    margin = _c(r, (("smooth", 0), ("ill-defined", 0), ("lobulated", 2), ("extrathyroidal extension", 3)))
    foci = _c(r, (("none", 0), ("large comet-tail artifacts", 0), ("macrocalcifications", 1),
                  ("peripheral rim calcifications", 2), ("punctate echogenic foci", 3)))
    pts = comp[1] + echo[1] + shape[1] + margin[1] + foci[1]
    tr = 1 if pts <= 1 else 2 if pts == 2 else 3 if pts == 3 else 4 if pts <= 6 else 5
    size = r.randrange(5, 42) / 10
    fna, fu = {1: (99, 99), 2: (99, 99), 3: (2.5, 1.5), 4: (1.5, 1.0), 5: (1.0, 0.5)}[tr]
    rec = "FNA recommended" if size >= fna else "follow-up ultrasound recommended" if size >= fu else \
        "no further evaluation needed"
    desc = (f"composition {comp[0]} ({comp[1]}), echogenicity {echo[0]} ({echo[1]}), shape {shape[0]} ({shape[1]}), "
            f"margin {margin[0]} ({margin[1]}), echogenic foci {foci[0]} ({foci[1]})")
    return desc, tr, size, f"{pts} points, ACR TI-RADS TR{tr}: {rec}"


def _r_thyroid(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 19, 88, need)
    b.w("EXAMINATION:  US THYROID AND NECK\n\n")
    _rad_indication(b, r, pt, _c(r, (
        "palpable right thyroid nodule, TSH 1.2  // Evaluate per ACR TI-RADS",
        "incidental thyroid nodule on CT chest  // Characterize",
        "TR4 nodule, prior benign FNA (Bethesda II)  // Interval change?",
        "Hashimoto thyroiditis, enlarging goiter  // Nodules?",
        "hyperthyroidism, low TSH, 24-h uptake 38%  // Toxic nodule vs Graves disease?")))
    b.w("TECHNIQUE:  Grayscale and color Doppler ultrasound of the thyroid and central/lateral neck ("
        + _c(r, ("Philips EPIQ Elite, eL18-4 transducer", "Siemens Acuson Sequoia, 18L6", "GE LOGIQ E10, ML6-15"))
        + "). Cine clips of each nodule archived.\n\n")
    prior = _rad_comparison(b, r, pt, "thyroid ultrasound")
    rl = (r.randrange(38, 62) / 10, r.randrange(12, 25) / 10, r.randrange(12, 25) / 10)
    b.w(f"FINDINGS: \n\nRight lobe: {rl[0]} x {rl[1]} x {rl[2]} cm. Left lobe: {r.randrange(35, 60) / 10} x "
        f"{r.randrange(10, 22) / 10} x {r.randrange(10, 22) / 10} cm. Isthmus: {r.randrange(2, 8) / 10} cm.\n"
        "Parenchyma: " + _c(r, ("heterogeneous, mildly hypervascular, compatible with Hashimoto thyroiditis",
                                "homogeneous with normal vascularity",
                                "diffusely enlarged and hypervascular ('thyroid inferno')")) + ".\n\n")
    recs = []
    for k in range(r.randrange(1, 4)):
        desc, tr, size, verdict = _tirads(r)
        side, pole = _c(r, ("right", "left")), _c(r, ("upper", "mid", "lower"))
        d2, d3 = round(size * r.randrange(40, 100) / 100, 1), round(size * r.randrange(40, 100) / 100, 1)
        b.w(f"Nodule {k + 1}: {side} {pole} pole, {size} x {max(d2, 0.3)} x {max(d3, 0.3)} cm\n"
            f"  {desc}\n  Vascularity: {_c(r, ('peripheral', 'none', 'internal', 'mixed'))}. ")
        if prior:
            b.w(f"Previously {max(0.4, size - r.randrange(0, 6) / 10):.1f} cm in maximal dimension. ")
        b.w(f"\n  Total {verdict}.\n")
        recs.append(f"Nodule {k + 1} ({side} {pole}, TR{tr}, {size} cm): {verdict.split(': ')[1]}.")
    ln = r.randrange(3)
    b.w("\nLymph nodes: " + ("No suspicious cervical lymph nodes in levels II-VI.",
                             "Reactive level II nodes with preserved fatty hila.",
                             "Level IV node with microcalcifications, 1.1 cm short axis.")[ln] + "\n"
        "Parathyroid: no candidate parathyroid adenoma identified. Trachea midline. Submandibular glands normal.\n")
    b.w("\nIMPRESSION: \n\n" + "\n".join(f"{k + 1}. {t}" for k, t in enumerate(recs)) + "\n"
        + f"{len(recs) + 1}. " + ("No suspicious lymphadenopathy.", "Reactive-appearing cervical lymph nodes.",
                                 "Suspicious level IV lymph node; recommend FNA with thyroglobulin washout.")[ln]
        + "\n")
    _rad_notify(b, r, pt)
    _rad_footer(b, r, pt)
    return pt


_DXA_REF = (("L1-L4", 1.047, 0.110), ("Left femoral neck", 0.858, 0.120), ("Left total hip", 0.942, 0.122),
            ("Right femoral neck", 0.858, 0.120), ("1/3 radius", 0.703, 0.060))


def _r_dexa(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 48, 89, need)
    b.w("EXAMINATION:  DXA BONE DENSITY, AXIAL SKELETON\n\n")
    ind = ["history of Roux-en-Y gastric bypass, vitamin D deficiency  // Osteoporosis screening",
           "Crohn disease on long-term glucocorticoids  // BMD",
           "primary hyperparathyroidism  // Baseline before parathyroidectomy",
           "osteoporosis on denosumab for 3 years  // Follow-up", "type 1 diabetes, fall with rib fracture  // BMD"]
    ind += ["recent fragility fracture of the wrist, postmenopausal  // Osteoporosis?"] if pt.sex == "F" else \
        ["prostate cancer on androgen deprivation therapy  // Baseline BMD"]
    _rad_indication(b, r, pt, _c(r, ind))
    height = r.randrange(148, 186)
    b.w("TECHNIQUE:  " + _c(r, ("Hologic Horizon A, software APEX 5.6.0.5", "GE Lunar iDXA, enCORE v18",
                                "Hologic Discovery W, APEX 4.0.2"))
        + "; lumbar spine, bilateral hips and 1/3 radius. Phantom QC within limits (spine phantom lot "
        + _lot(r) + f"). Height {height} cm (self-reported maximum {height + r.randrange(0, 7)} cm), "
        f"weight {r.randrange(44, 120)} kg.\n\n")
    if b.opt(0.3, "HEALTH_PLAN", "DATE_REAL_YEAR"):
        b.w("COVERAGE NOTE:  Medicare covers DXA every 24 months; last outside DXA ",
            S("DATE_REAL_YEAR", _fmt(_rdate(r, 2008, 2018), pt.dstyle), "lastdxa"), "; beneficiary ID ",
            S("HEALTH_PLAN", _member(r), "hp"), ".\n\n")
    prior = _rad_comparison(b, r, pt, "DXA")
    b.w("FINDINGS: \n\nRegion              BMD (g/cm2)   T-score   Z-score\n")
    worst = 5.0
    base = r.randrange(-32, 5) / 10
    for reg, mean, sd in _DXA_REF:
        t = max(-4.5, base + r.randrange(-8, 9) / 10)
        worst = min(worst, t)
        b.w(f"{reg:<20}{mean + t * sd:.3f}         {t:+.1f}      {t + r.randrange(3, 15) / 10:+.1f}\n")
    b.w("\nL3 excluded (degenerative change, > 1.0 SD from adjacent vertebrae). Trabecular bone score "
        f"{r.randrange(1100, 1450) / 1000:.3f}.\nVertebral fracture assessment: "
        + _c(r, ("no vertebral fracture (Genant grade 0)", "mild wedge deformity of T12 (Genant grade 1)",
                 "moderate compression deformity of L1 (Genant grade 2)")) + ".\n"
        f"FRAX (with BMD): 10-year probability of major osteoporotic fracture {r.randrange(50, 320) / 10:.1f}%, hip "
        f"{r.randrange(5, 90) / 10:.1f}%.\n")
    change = r.randrange(-60, 40) / 10
    if prior:
        b.w(f"Least significant change (LSC) at the spine 0.027 g/cm2; change since prior {change:+.1f}% "
            f"({'significant' if abs(change) >= 2.8 else 'not significant'}).\n")
    dx = "Osteoporosis by WHO criteria." if worst <= -2.5 else "Osteopenia (low bone mass)." if worst < -1.0 \
        else "Normal bone density."
    b.w(f"\nIMPRESSION: \n\n1. {dx} Lowest T-score {worst:+.1f}.\n2. "
        + (("Significant decline since prior." if change <= -2.8 else "No significant change since prior.")
           if prior else "No prior for comparison.")
        + f"\n3. Repeat DXA in {_c(r, ('1', '2'))} years on the same scanner; consider "
          f"{_c(r, ('vitamin D repletion', 'endocrine referral', 'pharmacotherapy per guidelines'))}.\n")
    if b.opt(0.12, "DEVICE_ID"):
        b.w("\nNote: insulin pump (serial ", S("DEVICE_ID", _serial(r, _c(r, ("tandem", "medtronic"))), "pump"),
            ") removed during acquisition; CGM sensor outside the field of view.\n")
    _rad_notify(b, r, pt)
    _rad_footer(b, r, pt)
    return pt


def _r_mrcp(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 22, 88, need)
    b.w("EXAMINATION:  MRCP (MRI ABDOMEN WITH AND WITHOUT CONTRAST)\n\n")
    _rad_indication(b, r, pt, _c(r, (
        "elevated alkaline phosphatase, IBD  // Evaluate for PSC",
        "prior cholecystectomy, RUQ pain, dilated CBD on US  // Choledocholithiasis?",
        "recurrent pancreatitis  // Pancreas divisum? IPMN?",
        "prior Whipple procedure for IPMN, cholangitis  // Anastomotic stricture?",
        "cirrhosis with 2 cm arterially enhancing lesion  // LI-RADS characterization")))
    b.w("TECHNIQUE:  " + _c(r, ("1.5 T Siemens MAGNETOM Aera", "3 T GE SIGNA Premier", "1.5 T Philips Ingenia"))
        + ". Multiplanar T1- and T2-weighted imaging, diffusion-weighted imaging, 3D MRCP and dynamic post-contrast "
        f"imaging. Contrast: gadobutrol (Gadavist) {r.randrange(5, 10)} mL IV, lot {_lot(r)}, exp {_expiry(r)}; "
        f"secretin not given. eGFR {r.randrange(45, 110)} mL/min/1.73m2.\n\n")
    b.w("MR SAFETY:  Screening form reviewed with the patient. ")
    if b.opt(0.45, "DEVICE_ID"):
        kind = _c(r, ("enterra", "eversense", "dexcom_tx"))
        label = {"enterra": "Enterra II gastric stimulator (model 37800, MR conditional) serial ",
                 "eversense": "Eversense E3 implanted CGM sensor (MR conditional); smart transmitter SN ",
                 "dexcom_tx": "Dexcom G6 removed before Zone IV; transmitter ID "}[kind]
        b.w(label, S("DEVICE_ID", _serial(r, kind), "implant"), " documented. "
            + _c(r, ("Device programmed off for the scan.", "Stored with belongings.")) + "\n\n")
    else:
        b.w(_c(r, ("No implanted devices. Insulin pump removed prior to entry.",
                   "Surgical clips are MR safe. No implanted devices.")) + "\n\n")
    _rad_comparison(b, r, pt, "CT abdomen/pelvis")
    liv, les, bil, pan = r.randrange(3), r.randrange(3), r.randrange(3), r.randrange(3)
    b.w("FINDINGS: \n\nLiver: " + ("nodular contour with caudate hypertrophy", "normal size, mild steatosis (PDFF 11%)",
                                    "normal size and contour")[liv] + ". "
        + ("No focal lesion.", "Segment VI 2.1 cm lesion with APHE, washout and capsule (LI-RADS 5).",
           "Couinaud segment VIII simple cyst, 8 mm.")[les] + "\n"
        f"Biliary: CBD {r.randrange(9, 13) if bil == 1 else r.randrange(3, 8)} mm; "
        + ("no filling defect", "6 mm distal CBD stone", "multifocal strictures with beading")[bil]
        + ". " + _c(r, ("Cystic duct remnant.", "Gallbladder normal.", "Cholelithiasis without cholecystitis.")) + "\n"
        "Pancreas: " + ("normal duct, no divisum", "pancreas divisum with santorinicele",
                        "9 mm branch-duct IPMN in the body, no worrisome features")[pan] + ".\n"
        f"Spleen {r.randrange(130, 170) / 10 if liv == 0 else r.randrange(90, 125) / 10} cm. "
        + ("Small volume ascites; varices at the splenic hilum." if liv == 0 else "No ascites.") + "\n"
        "Kidneys and adrenal glands: " + _c(r, ("unremarkable", "bilateral simple renal cysts (Bosniak 1)",
                                                "1.4 cm left adrenal adenoma (signal dropout)")) + ".\n"
        "Bowel: no wall thickening. Lymph nodes: " + _c(r, ("none enlarged", "periportal nodes up to 1.2 cm, likely "
                                                          "reactive")) + ".\n"
        "Osseous structures and lung bases: no suspicious lesion.\n")
    imp = []
    if les == 1:
        imp.append("LI-RADS 5 observation in segment VI; refer to the multidisciplinary tumor board.")
    imp.append(("No biliary dilatation or stones.", "Choledocholithiasis; ERCP suggested.",
                "Multifocal biliary strictures, compatible with primary sclerosing cholangitis.")[bil])
    if pan == 2:
        imp.append("Branch-duct IPMN; follow-up MRI in 1 year (Fukuoka guidelines).")
    elif pan == 1:
        imp.append("Pancreas divisum.")
    imp.append(("Cirrhotic morphology with portal hypertension.", "Hepatic steatosis.", "Otherwise unremarkable.")[liv])
    b.w("\nIMPRESSION: \n\n" + "".join(f"{k + 1}. {t}\n" for k, t in enumerate(imp)))
    _rad_notify(b, r, pt)
    _rad_footer(b, r, pt)
    return pt


def _r_elasto(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 24, 86, (), elderly_ok=False)
    vcte = r.random() < 0.65
    b.w("EXAMINATION:  LIVER ELASTOGRAPHY (" + ("VCTE, FibroScan" if vcte else "2D shear-wave elastography") + ")\n\n")
    _rad_indication(b, r, pt, _c(r, ("MASLD, FIB-4 2.1  // Fibrosis staging", "chronic HBV  // Fibrosis?",
                                     "alcohol use disorder, abstinent 6 months  // Stiffness",
                                     "HCV s/p SVR  // Follow-up",
                                     "type 2 diabetes, steatosis on US  // MASLD staging")))
    b.w("TECHNIQUE:  " + (_c(r, ("FibroScan 630 Expert, XL probe", "FibroScan 502 Touch, M probe")) if vcte
                          else _c(r, ("Canon Aplio i800, i8CX1 transducer", "Siemens Acuson Sequoia, DAX transducer")))
        + f". Fasting {r.randrange(3, 12)} h. Patient supine, right arm abducted; intercostal approach through the "
        f"right lobe. Skin-to-capsule distance {r.randrange(12, 34)} mm.\n"
        f"Clinical data: BMI {r.randrange(190, 460) / 10:.1f}, AST {r.randrange(18, 140)}, ALT {r.randrange(14, 180)}, "
        f"platelets {r.randrange(70, 320)}, FIB-4 {r.randrange(6, 48) / 10:.1f}.\n\n")
    if b.opt(0.25, "DATE_REAL_YEAR", "PERSON"):
        b.w("Time-out: patient identity verified by name (", S("PERSON", pt.full, "pt"), ") and date of birth (",
            S("DATE_REAL_YEAR", pt.dob, "dob"), ").\n\n")
    prior = _rad_comparison(b, r, pt, "FibroScan")
    e = r.randrange(38, 420) / 10
    if vcte:
        b.w(f"RESULTS: \n\n  Valid measurements: {r.randrange(10, 13)} (success rate {r.randrange(70, 101)}%)\n"
            f"  Median liver stiffness (E): {e:.1f} kPa   IQR/median {r.randrange(6, 31)}%\n"
            f"  Controlled attenuation parameter (CAP): {r.randrange(210, 380)} dB/m (IQR {r.randrange(10, 40)})\n")
    else:
        b.w(f"RESULTS: \n\n  {r.randrange(10, 13)} acquisitions, reliability index > 0.7 in all\n"
            f"  Median stiffness {e:.1f} kPa ({(e / 3) ** 0.5:.2f} m/s)   IQR/median {r.randrange(6, 31)}%\n")
    if prior:
        b.w(f"  Prior median stiffness {max(3.0, e + r.randrange(-60, 60) / 10):.1f} kPa.\n")
    b.w("  Reference ranges (MASLD, VCTE): < 8 kPa low risk; 8-12 kPa indeterminate; > 12 kPa high risk of advanced "
        "fibrosis; >= 15 kPa highly suggestive of cACLD.\n\n")
    stage = "F0-F1" if e < 7 else "F2" if e < 9.5 else "F3" if e < 12.5 else \
        "F4 (compensated advanced chronic liver disease)"
    b.w(f"IMPRESSION: \n\nLiver stiffness {e:.1f} kPa, consistent with {stage}. Baveno VII 'rule of five' applied; "
        + _c(r, ("no clinically significant portal hypertension.", "CSPH likely; consider non-selective beta-blocker.",
                 "screening endoscopy for varices suggested.")) + f" Steatosis grade S{r.randrange(0, 4)}.\n"
        "\nRECOMMENDATION(S):  " + _c(r, (
            "Repeat elastography in 2-3 years with FIB-4; lifestyle intervention and GLP-1 receptor agonist may be "
            "considered per AASLD guidance.",
            "Hepatology referral for cACLD; HCC surveillance ultrasound every 6 months.",
            "Correlate with MR elastography if the result is discordant with clinical findings.",
            "No further imaging required; reassess if FIB-4 rises.")) + "\n")
    _rad_notify(b, r, pt)
    _rad_footer(b, r, pt)
    return pt


def _r_abdus(b: _Doc, r: random.Random, need: tuple[str, ...]) -> _Pt:
    pt = _patient(r, 20, 89, need)
    tx = r.random() < 0.3
    b.w("EXAMINATION:  " + ("LIVER TRANSPLANT DOPPLER ULTRASOUND" if tx else
                            "ULTRASOUND ABDOMEN COMPLETE WITH LIVER DOPPLER") + "\n\n")
    _rad_indication(b, r, pt, "liver transplant POD 3, rising LFTs  // Patency of vessels?" if tx else _c(r, (
        "cirrhosis, HCC surveillance, AFP 6.2  // Surveillance", "RUQ pain, fever  // Cholecystitis?",
        "elevated LFTs after sleeve gastrectomy  // Gallstones?", "ascites  // Paracentesis target")))
    b.w("TECHNIQUE:  Grayscale, color and spectral Doppler ultrasound of the abdomen ("
        + _c(r, ("GE LOGIQ E10, C1-6 probe", "Philips EPIQ 7, C5-1", "Samsung RS85, CA1-7S")) + ").\n\n")
    _rad_comparison(b, r, pt, "MRI liver")
    b.w(f"LABS:  AST {r.randrange(18, 240)}, ALT {r.randrange(14, 300)}, ALP {r.randrange(60, 480)}, total bilirubin "
        f"{r.randrange(3, 90) / 10:.1f}, platelets {r.randrange(60, 330)}.\n\n")
    if tx:
        b.w(f"FINDINGS: \n\nHepatic artery: peak systolic velocity {r.randrange(30, 120)} cm/s, resistive index "
            f"{r.randrange(50, 80) / 100:.2f}, acceleration time {r.randrange(40, 90)} ms.\n"
            f"Main portal vein patent and hepatopetal, {r.randrange(20, 70)} cm/s at the anastomosis. Hepatic veins "
            "and "
            "IVC patent with phasic flow.\nNo perihepatic collection. Biliary tree not dilated. Right pleural "
            "effusion, "
            "small.\nSpleen " + f"{r.randrange(90, 170) / 10} cm. Kidneys normal in size without hydronephrosis.\n"
            "\nDOPPLER (transplant):\n"
            f"  Main hepatic artery: PSV {r.randrange(30, 120)} cm/s, RI {r.randrange(50, 80) / 100:.2f}\n"
            f"  Right hepatic artery: RI {r.randrange(50, 80) / 100:.2f}; left hepatic artery: RI "
            f"{r.randrange(50, 80) / 100:.2f}\n"
            f"  Portal vein: pre-anastomotic {r.randrange(15, 40)} cm/s, anastomotic {r.randrange(20, 80)} cm/s, "
            f"post-anastomotic {r.randrange(15, 50)} cm/s\n"
            "  Hepatic veins: patent, " + _c(r, ("triphasic", "monophasic", "biphasic")) + " waveforms; IVC "
                                                                                           "anastomosis "
            "widely patent\n")
    else:
        liv, gb = r.randrange(3), r.randrange(3)
        b.w("FINDINGS: \n\nLiver: " + ("coarsened echotexture with nodular contour",
                                        "diffusely echogenic, consistent with steatosis", "normal echotexture")[liv]
            + "; " + _c(r, ("no focal lesion (LI-RADS US-1, visualization score A)",
                            "1.3 cm hypoechoic observation in segment V (US-2)", "no mass")) + ".\n"
            f"Portal vein patent, hepatopetal, {r.randrange(12, 30)} cm/s. Hepatic veins patent.\n"
            "Gallbladder: " + ("multiple mobile stones, wall 2 mm, sonographic Murphy sign negative",
                               "surgically absent", "distended with stones and sludge, wall 5 mm with "
                                                    "pericholecystic fluid; sonographic Murphy sign positive")[gb]
            + f".\nCBD {r.randrange(3, 10)} mm. Pancreas partially obscured by bowel gas.\n"
            f"Spleen {r.randrange(90, 170) / 10} cm. Kidneys: right {r.randrange(95, 120) / 10} cm, left "
            f"{r.randrange(95, 120) / 10} cm, no hydronephrosis or stones.\nAorta: normal caliber, "
            f"{r.randrange(14, 24)} mm. IVC unremarkable.\n"
            + _c(r, ("No ascites.", "Moderate ascites; largest pocket right lower quadrant, marked for paracentesis.",
                     "Trace perihepatic ascites.")) + "\n"
            "\nDOPPLER:\n"
            f"  Main portal vein: {_c(r, ('hepatopetal', 'hepatopetal', 'to-and-fro'))}, {r.randrange(10, 32)} cm/s\n"
            "  Right and left portal veins: patent, hepatopetal\n"
            f"  Hepatic artery: RI {r.randrange(55, 80) / 100:.2f}\n"
            f"  Hepatic veins: patent, {_c(r, ('triphasic', 'monophasic'))} waveforms\n"
            f"  Splenic vein: patent; {_c(r, ('no', 'a'))} recanalized paraumbilical vein\n")
    if tx:
        imp = "Patent transplant vasculature with normal waveforms."
    else:
        imp = ("Cirrhotic liver; continue 6-month surveillance.", "Hepatic steatosis.", "Normal liver.")[liv] + " " + (
            "Cholelithiasis without sonographic evidence of cholecystitis.", "Status post cholecystectomy.",
            "Findings concerning for acute calculous cholecystitis.")[gb]
    b.w("\nIMPRESSION: \n\n" + imp + "\n"
        "\nRECOMMENDATION(S):  " + ("Repeat Doppler in 1 week or sooner if LFTs rise further." if tx else _c(r, (
            "Continue ultrasound surveillance with AFP in 6 months.", "Surgical consultation as clinically indicated.",
            "Correlate with LFTs; MRCP if biliary obstruction is suspected.", "No further imaging needed."))) + "\n")
    _rad_notify(b, r, pt)
    _rad_footer(b, r, pt)
    return pt


_DISCHARGE_KINDS = (_k_pump, _k_bariatric, _k_gi, _k_liver, _k_endo)
_RADIOLOGY_KINDS = (_r_thyroid, _r_dexa, _r_mrcp, _r_elasto, _r_abdus)
_NO_ELDERLY = (_k_bariatric, _k_liver, _r_elasto)


# --------------------------------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------------------------------

_OVERMASKED = ("Parkinson", "Lewy", "Hess", "Glasgow", "Whipple", "Foley", "Murphy", "Hashimoto", "Graves", "Addison",
               "Wilson", "Milan", "Boston", "Baveno", "Chvostek", "Trousseau", "Petersen", "Wernicke", "Kussmaul",
               "Hologic", "Philips", "Siemens", "Dexcom", "Medtronic", "Tandem", "Omnipod", "Olympus", "Pentax",
               "FibroScan", "Eversense", "Genant", "Forrest", "Seattle", "Sydney", "Montreal")


def _overmask(text: str) -> str:
    """Heavily masked notes: the de-identification also masked eponyms, brand names and every date."""
    for word in _OVERMASKED:
        text = text.replace(word, "___")
    return re.sub(r"\b2[12]\d\d-\d\d-\d\d\b", "___", text)


def _render(kind, tseed: int, needs: tuple[str, ...], leak: set[int], heavy: bool, note_type: str) -> _Doc:
    r = random.Random(tseed)
    b = _Doc(r, needs, leak, heavy)
    pt = kind(b, r, needs)
    for need in needs:
        if need not in b.cats:
            (_fallback_dc if note_type == "discharge" else _fallback_rad)(b, r, pt, need)
    return b


def _choose_leaks(r: random.Random, slots: list[tuple[str, str]], needs: tuple[str, ...], n_events: int) -> set[int]:
    """Pick the identifiers the de-identification missed: one entity per need, then weighted others."""
    ents: dict[str, list[int]] = {}
    for k, (_cat, ent) in enumerate(slots):
        ents.setdefault(ent, []).append(k)
    main_cat = {e: slots[ks[0]][0] for e, ks in ents.items()}
    chosen: list[tuple[str, int]] = []
    for need in needs:
        cands = sorted(e for e, ks in ents.items() if any(slots[k][0] == need for k in ks)
                       and e not in {c[0] for c in chosen})
        if cands:
            e0 = r.choice(cands)
            chosen.append((e0, r.choice([k for k in ents[e0] if slots[k][0] == need])))
    rest = sorted(e for e in ents if e not in {c[0] for c in chosen})
    while len(chosen) < n_events and rest:
        e = r.choices(rest, [_WEIGHT[main_cat[e]] for e in rest])[0]
        rest.remove(e)
        chosen.append((e, r.choice([k for k in ents[e] if slots[k][0] == main_cat[e]])))
    leak: set[int] = set()
    for e, anchor in chosen:
        leak.add(anchor)
        for k in ents[e]:
            if k != anchor and r.random() < (0.6 if slots[k][0] == slots[anchor][0] else 0.75):
                leak.add(k)
    return leak


def _more_needs(i: int, seed: int, first: str, note_type: str, n: int) -> tuple[str, ...]:
    """Categories the note must carry: ``first``, then the next ones of a per-type cycle over ``i``."""
    pool = _POOL_DISCHARGE if note_type == "discharge" else _POOL_RADIOLOGY
    needs = [first]
    for k in range(1, n):
        stride = next(q for q in (5, 7, 11, 13) if len(pool) % q)
        j = i * stride + seed * 3 + k * 13
        while pool[j % len(pool)] in needs:
            j += 1
        needs.append(pool[j % len(pool)])
    return tuple(needs)


def _build(seed: int, i: int) -> tuple[LabelledNote, str]:
    """(note ``i``, the same note with every identifier masked as ``___``)."""
    r = random.Random(f"holdout28:{seed}:{i}")
    u = r.random()
    heavy = u < HEAVY_P
    planted = not heavy and u < HEAVY_P + PLANT_P
    n_events = r.choices(EVENTS, EVENT_WEIGHTS)[0]
    note_type = "radiology" if r.random() < RADIOLOGY_P else "discharge"
    needs: tuple[str, ...] = ()
    if planted:
        first = _ROTATION[(i * 7 + seed * 3) % len(_ROTATION)]
        if note_type == "radiology" and first not in RADIOLOGY_HOSTS:
            note_type = "discharge"
        needs = _more_needs(i, seed, first, note_type, min(n_events, 3))
    kinds = _RADIOLOGY_KINDS if note_type == "radiology" else _DISCHARGE_KINDS
    if "AGE_OVER_89" in needs:
        kinds = tuple(k for k in kinds if k not in _NO_ELDERLY)
    kind = r.choice(kinds)
    tseed = r.getrandbits(64)
    dry = _render(kind, tseed, needs, set(), heavy, note_type)
    masked = _overmask(dry.text()) if heavy else dry.text()
    if not planted:
        return LabelledNote(note_type=note_type, text=masked, spans=[]), masked
    leak = _choose_leaks(r, dry.slots, needs, n_events)
    doc = _render(kind, tseed, needs, leak, heavy, note_type)
    return LabelledNote(note_type=note_type, text=doc.text(), spans=list(doc.spans)), masked


def holdout28_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 28 for ``seed`` (deterministic, independent of the other notes)."""
    return _build(seed, i)[0]


def holdout28_masked_text(seed: int, i: int) -> str:
    """Note ``i`` as a successful de-identification would have left it (for label-integrity tests)."""
    return _build(seed, i)[1]


def holdout28_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout28_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout28_corpus, argv,
        "Held-out corpus 28 (blind): endocrinology, diabetes devices, bariatric surgery, GI/hepatology notes")
    report("holdout28", args, notes, hits, res)


if __name__ == "__main__":
    main()
