"""Held-out corpus 33: orthopaedics, spine surgery and musculoskeletal care (labelled, synthetic).

MIMIC-IV-Note-shaped documents around an orthopaedic admission or clinic episode, in sixteen
document kinds:

- ``discharge`` notes: total-joint discharge summaries, arthroplasty operative notes with implant
  logs, spine-fusion operative records, geriatric hip-fracture discharge summaries, fracture-clinic
  letters, workers' compensation physician reports, independent medical examinations, physical
  therapy plans of care, DME / orthotics orders with letters of medical necessity and sports-medicine
  clearance letters;
- ``radiology`` reports: MSK MRI (knee, shoulder, lumbar spine), joint radiographs, spine
  radiographs, CT of fractures, DEXA and fluoroscopic arthrograms.

Identifiers are masked as ``___`` and dates are shifted into 2100-2200 (or masked), as in the
public release. In about 57% of the notes one to four identifiers *escaped* masking; each is
labelled ``(start, end, category)`` over the exact value only, with ``CATEGORIES`` from
:mod:`lqs_clinical.synth.notes`. Labelling conventions:

- cue words ("MRN:", "Fax", "pager", "NPI", "SN", "plate"...), titles ("Dr.", "Mrs.") and
  credentials ("MD", "PA-C", "ATC", "DPT") stay outside the span;
- a street line is STREET_ADDRESS, the town LOCATION and the ZIP code ZIP, each its own span; the
  state is never labelled;
- DATE_REAL_YEAR is a calendar date carrying a real, unshifted four-digit year (1900-2030); shifted
  dates (2100-2200), bare years, expiry dates of implants and the like are never labelled;
- AGE_OVER_89 labels the number only ("94" in "94-year-old");
- ACCOUNT covers accession, order, requisition, specimen, billing-account and workers'
  compensation claim numbers; HEALTH_PLAN member / subscriber / Medicare beneficiary IDs; LICENSE
  clinician licences, NPI, DEA and driver's licence numbers;
- DEVICE_ID covers implant and device serial numbers and GS1 UDIs that carry a serial (AI 21);
  catalogue (REF), lot numbers and serial-less UDIs are look-alikes;
- PERSON is any named person (patients, relatives, clinicians, adjusters, coaches); ORGANIZATION
  named hospitals, practices, PT clinics, DME suppliers, employers, schools, insurers and agencies;
  LOCATION towns, cities and neighbourhoods.

About 5% of the notes are heavily masked (at least twelve ``___``, no plant); the rest are clean.
Every note also carries non-PHI look-alikes that are never labelled (catalogue and lot numbers,
NDCs, HCPCS and ICD-10 codes, shifted dates, expiry dates, bare years, ages under 90, scores,
eponyms such as Lachman or Schatzker, eponymous and place-named devices such as the Miami J collar
or the Boston brace, drug and implant brand names, software versions, public hotlines and public
websites, states and countries); ``_build`` returns them.

Which notes carry plants, how many and of which categories is decided by low-discrepancy (Weyl)
sequences of the note index, so per-category counts are stable across seeds; everything else comes
from ``random.Random`` seeded with a string built from the seed and the index.

Written blind: the author read only this corpus's task description, the measuring harness
(``holdout_measure.py``), the first lines of ``notes.py`` (``CATEGORIES``, ``LabelledNote``), the
shared MIMIC-IV schema and known-issues references and the fully masked public note samples, and
nothing of the detector, its rules, its tests or its output.
"""

from __future__ import annotations

import math
import random
import re
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

_SALT = "holdout33-ortho"

# ------------------------------------------------------------------------------------------------
# Low-discrepancy plan
# ------------------------------------------------------------------------------------------------

_G_PLANT = (math.sqrt(5) - 1) / 2
_G_TYPE = math.sqrt(2) - 1
_G_COUNT = math.sqrt(3) - 1

PLANTED_SHARE = 0.575
HEAVY_SHARE = 0.05
DISCHARGE_SHARE = 0.5
# P(k plants | planted) for k = 1..4
_COUNT_CUM = (0.08, 0.22, 0.48, 1.0)
# 24-slot cycle: the four big categories twice (12 apart), the sixteen others once.
_CYCLE = (
    "PERSON", "PHONE", "DATE_REAL_YEAR", "MRN", "ORGANIZATION", "FAX", "LOCATION", "EMAIL", "SSN", "URL",
    "ACCOUNT", "PAGER",
    "PERSON", "IP_ADDRESS", "DATE_REAL_YEAR", "HEALTH_PLAN", "ORGANIZATION", "LICENSE", "LOCATION", "ZIP",
    "STREET_ADDRESS", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
)
_STRIDES = (5, 7, 11)  # coprime with 24, never a multiple of 12 for k <= 3: categories distinct


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))


def _frac(x: float) -> float:
    return x - math.floor(x)


def _offset(seed: int, salt: str) -> float:
    return random.Random(f"{_SALT}|offset|{salt}|{seed}").random()


def _mode(seed: int, i: int) -> str:
    u = _frac(i * _G_PLANT + _offset(seed, "plant"))
    if u < PLANTED_SHARE:
        return "planted"
    if u < PLANTED_SHARE + HEAVY_SHARE:
        return "heavy"
    return "normal"


def _n_plants(seed: int, i: int) -> int:
    if _mode(seed, i) != "planted":
        return 0
    v = _frac(i * _G_COUNT + _offset(seed, "count"))
    return next(n for n, c in enumerate(_COUNT_CUM, start=1) if v < c)


_SLOT_BASES: dict[int, list[int]] = {}


def _slot_base(seed: int, i: int) -> int:
    """Plants in notes 0..i-1: a pure function of (seed, i), cached per seed."""
    bases = _SLOT_BASES.setdefault(seed, [0])
    while len(bases) <= i:
        bases.append(bases[-1] + _n_plants(seed, len(bases) - 1))
    return bases[i]


def _plan(seed: int, i: int) -> tuple[str, str, list[str]]:
    """(mode, note_type, categories to plant) for note i.

    Planted notes and their plant counts follow Weyl sequences of the index; the categories walk the
    24-slot cycle with a fixed stride over the running plant count, so every category gets its share
    of the slots to within one per cycle, whatever the seed.
    """
    mode = _mode(seed, i)
    note_type = "discharge" if _frac(i * _G_TYPE + _offset(seed, "type")) < DISCHARGE_SHARE else "radiology"
    k = _n_plants(seed, i)
    g0 = _slot_base(seed, i)
    start = int(_offset(seed, "cat") * len(_CYCLE))
    stride = _STRIDES[seed % len(_STRIDES)]
    cats = [_CYCLE[(start + stride * (g0 + j)) % len(_CYCLE)] for j in range(k)]
    return mode, note_type, cats


# ------------------------------------------------------------------------------------------------
# Surrogate pools (all invented; real towns only)
# ------------------------------------------------------------------------------------------------

_FIRST = (
    "Adaeze", "Bogdan", "Chiamaka", "Dariusz", "Esperanza", "Farhan", "Giedre", "Haruto", "Ifeoma", "Joaquín",
    "Kalani", "Lakshmi", "Mateus", "Nadia", "Oluwaseun", "Pilar", "Qiang", "Rashida", "Sigrid", "Tadeo",
    "Ulla", "Valentina", "Wojciech", "Ximena", "Yusuf", "Zeynep", "Anders", "Bich Ngoc", "Cormac", "Dmitri",
    "Eilidh", "Fatou", "Guadalupe", "Hamza", "Ingrid", "Jae-won", "Kwame", "Leilani", "Mohammed", "Niamh",
    "Oksana", "Priyanka", "Rafael", "Saoirse", "Thanh", "Uchenna", "Vikram", "Wen", "Yaw", "Zofia",
    "Marguerite", "Declan", "Keisha", "Tyrone", "Shoshana", "Avraham", "Malak", "Soo-ah", "Teodora", "Emeka",
    "Aurelio", "Hine", "Kenji", "Lucía", "Mariam", "Nikolai", "Olga", "Pedro", "Rosalind", "Sunita",
    "Tomás", "Yolanda", "Bernadette", "Cyrus", "Delphine", "Ernesto", "Francesca", "Gideon", "Hyun-woo",
    "Imani", "Jasper", "Katarzyna", "Lorenzo", "Mei-Ling", "Noor", "Orla", "Paulo", "Rukhsana", "Stellan",
    "Tamar", "Vusi", "Winifred", "Yara", "Zainab", "Brigid", "Augustin", "Efua", "Radomir", "Sione",
)
_LAST = (
    "Adeyemi", "Bergström", "Castellanos", "Dziedzic", "Eze", "Fitzgerald", "Gallagher", "Haddad", "Ishikawa",
    "Jankowski", "Kowalczyk", "Lindqvist", "Mahlangu", "Nakamura", "Okonkwo", "Pereira", "Quispe",
    "Rosenbaum", "Szabo", "Tanaka", "Umarov", "Vasquez", "Wójcik", "Xiong", "Yilmaz", "Zeleke", "Abernathy",
    "Bhattacharya", "Chukwu", "Delacroix", "Estrada", "Fonseca", "Gruber", "Hakimi", "Iyer", "Jovanović",
    "Kaur", "Lungu", "Nwosu", "O'Sullivan", "Papadopoulos", "Rahman", "Sandoval", "Thorvaldsen",
    "Van der Berg", "Nguyen", "Tran", "Pham", "Kim", "Choi", "Hernández-Ruiz", "da Silva", "Al-Masri",
    "Mbatha", "Ferreira", "Achterberg", "Brennan", "Ciobanu", "Dlamini", "Eriksen", "Fagerlund", "Ghosh",
    "Horvath", "Ivanova", "Jaramillo", "Kuznetsov", "Lemaire", "Mukherjee", "Nordqvist", "Obi", "Petrakis",
    "Quigley", "Ruiz", "Sato", "Takahashi", "Urquhart", "Villanueva", "Wang", "Yamamoto", "Zielinski",
    "Mensah", "Osei", "Boateng", "Rossi", "Esposito", "Moreau", "Lefebvre", "Novak", "Dvořák", "Kaplan",
    "Shapiro", "Goldberg", "Moynihan", "Flaherty", "Cavanaugh", "Tuilagi", "Halvorsen", "Ramaswamy",
)
_TOWNS = (
    "Chicopee", "Holyoke", "Fall River", "New Bedford", "Lowell", "Lawrence", "Pittsfield", "Nashua",
    "Woonsocket", "Pawtucket", "Brockton", "Framingham", "Leominster", "Fitchburg", "Gloucester",
    "Attleboro", "Dedham", "Revere", "Methuen", "Taunton", "Haverhill", "Westfield", "Northampton",
    "Amherst", "Greenfield", "Keene", "Waltham", "Quincy", "Malden", "Somerville", "Dorchester", "Roxbury",
    "Jamaica Plain", "Chelsea", "Everett", "Lynn", "Salem", "Marlborough", "Shrewsbury", "Worcester",
    "Brattleboro", "Manchester", "Cranston", "Dartmouth", "Ludlow", "Agawam", "Billerica", "Dracut",
)
_STREETS = (
    "Orchard Hill", "Chestnut", "Prospect", "Ferry", "Bridge", "Pleasant", "Mechanic", "Ashley", "Granby",
    "Sumner", "Whitney", "Plainfield", "Kenwood", "Bellevue", "Sycamore Knoll", "Old Mill", "Quarry",
    "Lakeview", "Pine Ridge", "Birchwood", "Cottage", "Dwight", "Elmwood", "Fairmount", "Goodrich",
)
_SUFFIXES = ("Rd", "Road", "St", "Street", "Ave", "Avenue", "Ln", "Dr", "Drive", "Way", "Ct", "Terrace", "Blvd")
_ZIP3 = ("010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "023", "024",
         "027", "028", "029", "030", "031", "054")
_CARE_ORGS = (
    "St. Brendan's Regional Medical Center", "Merrimack Valley Orthopaedic Associates",
    "Pioneer Valley Bone & Joint", "Blackstone Spine Institute", "Cape Ann Sports Medicine",
    "Nashoba Physical Therapy", "Quinsigamond Orthotics & Prosthetics", "Harborlight Rehabilitation Hospital",
    "Greylock Skilled Nursing Center", "Millbrook Surgical Pavilion", "Wachusett Family Health",
    "Fore River Imaging Associates", "Sycamore Hill Medical Group", "Kestrel Point Orthopedics",
    "Tidewater Hand & Upper Extremity Center", "Three Rivers Community Hospital",
    "Beacon Rock Physical Therapy", "Seven Bridges Home Medical Supply", "Carrow Lane Rehab & Nursing",
    "Mount Tom Spine & Pain", "Ironwood Ambulatory Surgery Center", "Assabet Valley Visiting Nurses",
)
_EMPLOYERS = (
    "Tri-County Roofing LLC", "Wachusett Precision Machining", "Kowalczyk Brothers Construction",
    "Atlantic Fresh Seafood Processors", "Granite Ledge Logistics", "Quarry Road Landscaping",
    "Harbor Point Distribution Center", "Everbright Solar Installers", "Pine Hollow Assisted Living",
    "Northgate Paper Converting Co.", "Brightwater Fulfillment Inc.", "Old Colony Steel Erectors",
    "Riverbend Meat Packing", "Sandpiper Marine Services",
)
_SCHOOLS = (
    "Valley Regional High School", "Ashby Regional School District", "Merrimack Valley Community College",
    "Lowell Lightning Hockey Club", "St. Columba Academy", "Northfield Mount Summit School",
    "Nashoba Tech Regional High School", "Pioneer Youth Soccer League",
)
_INSURERS = (
    "Pilgrim Mutual Insurance Company", "Keystone Casualty Group", "Northeast Medical Evaluations, Inc.",
    "Corliss Claims Services", "Bayberry Workers' Comp Administrators", "Minuteman Indemnity Co.",
)
_MAIL = ("gmail.com", "yahoo.com", "comcast.net", "verizon.net", "outlook.com", "icloud.com", "aol.com")
_ORG_DOMAINS = ("pvbonejoint.org", "blackstonespine.com", "mvortho-assoc.com", "stbrendansrmc.org",
                "capeannsportsmed.com", "kestrelpointortho.com", "pilgrimmutual-wc.com", "ne-med-evals.com",
                "nashobapt.com", "sevenbridgeshme.com")
_AREA = ("413", "508", "617", "774", "781", "857", "978", "339", "351", "401", "603", "802", "207", "860")

# ------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# ------------------------------------------------------------------------------------------------

EPONYMS = (
    "Lachman", "McMurray", "Thessaly", "Hawkins-Kennedy", "Neer", "O'Brien", "Spurling", "Hoffmann", "Babinski",
    "Romberg", "Phalen", "Tinel", "Finkelstein", "Trendelenburg", "Thomas test", "Ober", "Gaenslen", "Waddell",
    "Gustilo-Anderson", "Schatzker", "Garden", "Pauwels", "Weber", "Lauge-Hansen", "Salter-Harris", "Denis",
    "Meyerding", "Pfirrmann", "Modic", "Kellgren-Lawrence", "Outerbridge", "Cobb", "Risser", "Hill-Sachs",
    "Bankart", "Segond", "Baker's cyst", "Colles", "Lisfranc", "Maisonneuve", "Scheuermann", "Bertolotti",
    "Paget", "Charcot", "Dupuytren", "de Quervain", "Osgood-Schlatter", "Kocher", "Smith-Petersen", "Hardinge",
    "Watson-Jones", "Kerrison", "Penfield", "Jamshidi", "Gigli", "Steinmann", "Kirschner", "Ilizarov",
    "Taylor Spatial Frame", "Jewett", "Miami J", "Philadelphia collar", "Boston brace", "Lenox Hill",
    "Jackson table", "Wilson frame", "Mayfield", "Gardner-Wells", "Foley", "Hemovac", "Bovie", "Pavlik",
    "Jobe", "Apley", "Yergason", "Allen", "Kanavel", "Frykman", "Mason", "Vancouver", "Crowe", "Paprosky",
    "Insall-Salvati", "Blumensaat", "Hounsfield", "Nurick", "Caprini", "Braden", "Morse",
)
DRUGS = (
    "Lovenox", "enoxaparin", "Eliquis", "apixaban", "Xarelto", "rivaroxaban", "oxycodone", "Norco", "Percocet",
    "Tylenol", "acetaminophen", "Celebrex", "celecoxib", "meloxicam", "Mobic", "gabapentin", "Neurontin",
    "pregabalin", "Lyrica", "cyclobenzaprine", "Flexeril", "methocarbamol", "Robaxin", "tizanidine", "Dilaudid",
    "hydromorphone", "Toradol", "tranexamic acid", "cefazolin", "Ancef", "vancomycin", "Prolia", "denosumab",
    "Forteo", "teriparatide", "Evenity", "romosozumab", "Reclast", "zoledronic acid", "alendronate", "Fosamax",
    "Senna", "Colace", "Miralax", "ondansetron", "Zofran", "Kenalog", "triamcinolone", "Depo-Medrol",
    "lidocaine", "bupivacaine", "Marcaine", "Exparel", "Omnipaque", "Dotarem", "Gadavist", "Aquacel",
    "Dermabond", "Prevena", "Voltaren gel", "tramadol", "Ultram", "aspirin", "Keflex", "clindamycin",
)
DEVICES = (
    "Tessellate PS", "Corvex", "Halvard", "Orrin", "Meridian-X", "Stratus PEEK", "Lumora", "Vantage TLIF",
    "Arcturus", "Brisa", "OsteoPulse", "Kinetec", "Cam walker", "Hinged Knee Brace", "Aspen Vista", "TLSO",
    "Cryo/Cuff", "Game Ready", "Sequential compression device", "Steri-Strips", "Zimmer frame", "Peerless",
)
PUBLIC_PHONES = ("1-800-222-1222", "1-800-FDA-1088", "1-800-332-1088", "988", "711")
PUBLIC_SITES = ("orthoinfo.aaos.org", "www.fda.gov/medwatch", "www.cdc.gov/steadi", "www.bonehealthandosteoporosis.org",
                "www.osha.gov", "www.choosingwisely.org", "https://www.cms.gov/medicare/coverage")
STATES = ("Massachusetts", "Rhode Island", "New Hampshire", "Connecticut", "Vermont", "Maine")
COUNTRIES = ("Portugal", "Nigeria", "Vietnam", "Poland", "Brazil", "Haiti", "Cape Verde", "Ghana", "Ireland")
TITLES = ("Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Miss", "Prof.")
CREDENTIALS = ("MD", "DO", "RN", "PT", "DPT", "PA-C", "NP", "ATC", "OTR/L", "CO", "CPO", "LPN", "PhD", "MS",
               "FAAOS", "CNA", "RT(R)")

_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# ------------------------------------------------------------------------------------------------
# Markup: plants are written as \x01CAT\x02value\x03 and stripped at the end
# ------------------------------------------------------------------------------------------------

_MARK = re.compile("\x01([A-Z_0-9]+)\x02([^\x01\x02\x03]*)\x03")


def _m(value: str, cat: str) -> str:
    assert cat in CATEGORIES, cat
    assert value and value == value.strip() and "\n" not in value and "___" not in value, value
    return f"\x01{cat}\x02{value}\x03"


def _render(raw: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = last = 0
    for mt in _MARK.finditer(raw):
        chunk = raw[last:mt.start()]
        out.append(chunk)
        pos += len(chunk)
        value = mt.group(2)
        spans.append((pos, pos + len(value), mt.group(1)))
        out.append(value)
        pos += len(value)
        last = mt.end()
    out.append(raw[last:])
    return "".join(out), spans


def _nbytes(raw: str) -> int:
    return len(_MARK.sub(lambda mt: mt.group(2), raw).encode("utf-8"))


# ------------------------------------------------------------------------------------------------
# Per-note context: plan, values, look-alikes
# ------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, rng: random.Random, cats: list[str], mode: str, note_type: str):
        self.r = rng
        self.plan = list(cats)
        self.mode = mode
        self.note_type = note_type
        self.looks: set[str] = set()
        self.sex = rng.choice("FM")
        self.side = rng.choice(("right", "left"))
        self.base = date(rng.randint(2110, 2190), rng.randint(1, 12), rng.randint(1, 28))

    # -- plan ------------------------------------------------------------------------------------
    def take(self, cat: str) -> bool:
        if cat in self.plan:
            self.plan.remove(cat)
            return True
        return False

    def v(self, cat: str, alt: str = "___", **kw) -> str:
        """The planted value (marked) if cat is pending, else alt (a mask by default)."""
        if self.take(cat):
            return self.mk(cat, **kw)
        return alt

    def mk(self, cat: str, **kw) -> str:
        return _m(self.gen(cat, **kw), cat)

    # -- small helpers ---------------------------------------------------------------------------
    def la(self, s: str) -> str:
        self.looks.add(s)
        return s

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    @property
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex == "F" else "his"

    @property
    def title(self) -> str:
        return "Ms." if self.sex == "F" else "Mr."

    @property
    def woman(self) -> str:
        return "woman" if self.sex == "F" else "man"

    def sd(self, style: int | None = None, days: int | None = None) -> str:
        """A shifted date (look-alike) near the note's own shifted date; days = offset from it."""
        r = self.r
        dt = self.base + timedelta(days=r.randint(-90, 0) if days is None else days)
        y, mo, d = dt.year, dt.month, dt.day
        style = r.choice((0, 0, 1, 2, 3)) if style is None else style
        s = (f"{y}-{mo:02d}-{d:02d}", f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{y}", f"{d}-{_MON[mo - 1]}-{y}")[style]
        return self.la(s)

    def tm(self) -> str:
        r = self.r
        if self.chance(0.5):
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        return f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}"

    def expiry(self) -> str:
        r = self.r
        return self.la(f"{r.randint(2026, 2030)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")

    def lot(self) -> str:
        r = self.r
        fmt = r.randrange(3)
        if fmt == 0:
            s = f"{r.randint(1000, 9999)}K{r.randint(1000, 9999)}"
        elif fmt == 1:
            s = f"{r.randint(10, 99)}{r.choice('ABCHMRT')}{r.randint(1000, 9999)}{r.choice('ABCX')}"
        else:
            s = f"L{r.randint(100000, 999999)}"
        return self.la(s)

    def ref(self) -> str:
        r = self.r
        fmt = r.randrange(3)
        if fmt == 0:
            s = f"{r.randint(1000, 9999)}-{r.choice('ABCDS')}-{r.randint(100, 999)}"
        elif fmt == 1:
            s = f"{r.randint(71000000, 71999999)}"
        else:
            s = f"{r.choice(('KN', 'HP', 'SP', 'AC'))}{r.randint(10, 99)}-{r.randint(1000, 9999)}"
        return self.la(s)

    def ndc(self) -> str:
        r = self.r
        return self.la(f"{r.randint(10000, 69999)}-{r.randint(100, 999):04d}-{r.randint(1, 99):02d}")

    def young_age(self, lo: int = 19, hi: int = 88) -> str:
        return self.la(f"{self.r.randint(lo, hi)}-year-old")

    def bare_year(self, prefix: str) -> str:
        return self.la(f"{prefix} {self.r.randint(1978, 2022)}")

    # -- value generators (never called for look-alikes) -----------------------------------------
    def person(self, style: str = "full") -> str:
        r = self.r
        first, last = r.choice(_FIRST), r.choice(_LAST)
        if style == "full":
            return f"{first} {last}"
        if style == "middle":
            return f"{first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
        if style == "last_first":
            return f"{last.upper() if r.random() < 0.4 else last}, {first}"
        if style == "initial":
            return f"{first[0]}. {last}"
        if style == "first":
            return first
        if style == "last":
            return last
        raise ValueError(style)

    def phone(self) -> str:
        r = self.r
        a, b, c = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
        if b % 100 == 11 or b == 555:
            b += 1
        fmt = r.randrange(6)
        return (f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}",
                f"+1 {a} {b} {c:04d}", f"1-{a}-{b}-{c:04d}")[fmt]

    def date_real(self, lo: int = 2003, hi: int = 2024) -> str:
        r = self.r
        y, mo, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        fmt = r.randrange(7)
        return (f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{y}", f"{y}-{mo:02d}-{d:02d}", f"{_MONTH[mo - 1]} {d}, {y}",
                f"{d} {_MON[mo - 1]} {y}", f"{d:02d}-{_MON[mo - 1].upper()}-{y}", f"{_MON[mo - 1]} {d} {y}")[fmt]

    def gen(self, cat: str, **kw) -> str:
        r = self.r
        if cat in ("PHONE", "FAX"):
            return self.phone()
        if cat == "PAGER":
            fmt = r.randrange(4)
            return (f"{r.randint(20000, 99999)}", f"{r.randint(1, 9)}-{r.randint(1000, 9999)}",
                    f"{r.randint(1000, 9999)}", self.phone())[fmt]
        if cat == "EMAIL":
            first, last = r.choice(_FIRST), r.choice(_LAST)
            f = re.sub(r"[^a-z]", "", first.lower().encode("ascii", "ignore").decode())
            la = re.sub(r"[^a-z]", "", last.lower().encode("ascii", "ignore").decode())
            if kw.get("work") or r.random() < 0.45:
                local = r.choice((f"{f[0]}{la}", f"{f}.{la}", f"{la}.{f[0]}", f"{f}_{la}"))
                return f"{local}@{r.choice(_ORG_DOMAINS)}"
            local = r.choice((f"{f}{la}{r.randint(1, 99)}", f"{f}.{la}", f"{la}{f[0]}{r.randint(1950, 2009)}",
                              f"{f[0]}{la}"))
            return f"{local}@{r.choice(_MAIL)}"
        if cat == "URL":
            dom = r.choice(_ORG_DOMAINS)
            path = r.choice(("patient-forms", "referrals", "ime/requests", "pt/home-exercise", "portal/login",
                             "wc/claim-status", f"imaging/share/{r.randint(100000, 999999)}", "bracing/order"))
            return r.choice((f"https://www.{dom}/{path}", f"http://{dom}/{path}", f"www.{dom}/{path}",
                             f"https://portal.{dom}/{path}?id={r.randint(10000, 99999)}"))
        if cat == "IP_ADDRESS":
            return r.choice((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"{r.randint(24, 98)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"))
        if cat == "SSN":
            a, b, c = r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)
            return r.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"))
        if cat == "MRN":
            return r.choice((f"{r.randint(1000000, 9999999)}", f"{r.randint(0, 99999999):010d}",
                             f"MR{r.randint(100000, 999999)}", f"E{r.randint(1000000, 9999999)}",
                             f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"))
        if cat == "ACCOUNT":
            return r.choice((f"{r.randint(10**9, 10**10 - 1)}{r.randint(10, 99)}", f"RA{r.randint(1000000, 9999999)}",
                             f"ORD-{r.randint(1000000, 9999999)}", f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}",
                             f"S{r.randint(10, 29)}-{r.randint(10000, 99999)}",
                             f"WC{r.randint(100000, 999999)}-{r.randint(10, 99)}",
                             f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}"))
        if cat == "HEALTH_PLAN":
            mbi = (f"{r.randint(1, 9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}"
                   f"{r.randint(0, 9)}-{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}"
                   f"{r.randint(0, 9)}-{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}"
                   f"{r.randint(10, 99)}")
            return r.choice((f"{_letters(r, 3)}{r.randint(10**8, 10**9 - 1)}",
                             f"W{r.randint(10**7, 10**8 - 1)}",
                             f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}-0{r.randint(1, 4)}",
                             mbi, f"ZGP{r.randint(10**8, 10**9 - 1)}"))
        if cat == "LICENSE":
            kind = kw.get("kind") or r.choice(("npi", "dea", "state", "dl"))
            if kind == "npi":
                return f"{r.choice('12')}{r.randint(100000000, 999999999)}"
            if kind == "dea":
                return f"{r.choice('ABFM')}{r.choice('ABCDEFGHJKLMNPRSTVWZ')}{r.randint(1000000, 9999999)}"
            if kind == "dl":
                return f"S{r.randint(10**7, 10**8 - 1)}"
            return r.choice((f"{r.randint(100000, 299999)}", f"{r.randint(10000, 99999)}",
                             f"RN{r.randint(2000000, 2999999)}", f"PT{r.randint(10000, 29999)}"))
        if cat == "ZIP":
            z = f"{r.choice(_ZIP3)}{r.randint(0, 99):02d}"
            return f"{z}-{r.randint(1000, 9999)}" if r.random() < 0.25 else z
        if cat == "STREET_ADDRESS":
            s = f"{r.randint(2, 2999)} {r.choice(_STREETS)} {r.choice(_SUFFIXES)}"
            if r.random() < 0.3:
                s += r.choice((f", Apt {r.randint(1, 9)}{r.choice('ABC')}", f", Unit {r.randint(1, 40)}",
                               f" #{r.randint(1, 12)}"))
            return s
        if cat == "DATE_REAL_YEAR":
            return self.date_real(kw.get("lo", 2003), kw.get("hi", 2024))
        if cat == "AGE_OVER_89":
            return str(r.randint(90, kw.get("hi", 103)))
        if cat == "DEVICE_ID":
            if kw.get("udi") or r.random() < 0.3:
                return (f"(01)00{r.randint(10**11, 10**12 - 1)}(17){r.randint(26, 30)}{r.randint(1, 12):02d}28"
                        f"(10){r.randint(1000, 9999)}K{r.randint(100, 999)}"
                        f"(21){r.choice('ABJKMS')}{r.randint(100000, 999999)}")
            return r.choice((f"{r.choice('ABJKMS')}{r.randint(100000, 999999)}",
                             f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}",
                             f"SN{r.randint(10**7, 10**8 - 1)}", f"{r.choice(_OPT_NRX)}{r.randint(100000, 999999)}H"))
        if cat == "VEHICLE_ID":
            if kw.get("vin") or r.random() < 0.45:
                vin = "".join(r.choice(_VIN_CHARS) for _ in range(17))
                return r.choice("12345JKW") + vin[1:]
            return r.choice((f"{r.randint(1, 9)}{_letters(r, 3)}{r.randint(10, 99)}",
                             f"{r.randint(100, 999)}-{_letters(r, 2)}{r.randint(1, 9)}",
                             f"{_letters(r, 3)} {r.randint(1000, 9999)}"))
        if cat == "PERSON":
            return self.person(kw.get("style", "full"))
        if cat == "LOCATION":
            return r.choice(_TOWNS)
        if cat == "ORGANIZATION":
            pool = kw.get("pool") or r.choice((_CARE_ORGS, _CARE_ORGS, _EMPLOYERS, _SCHOOLS, _INSURERS))
            return r.choice(pool)
        raise ValueError(cat)


# ------------------------------------------------------------------------------------------------
# Generic contexts for plants a document kind did not place itself
# ------------------------------------------------------------------------------------------------


def _g_person(c: _Ctx) -> str:
    r = c.r
    k = r.randrange(9)
    if k == 0:
        return (f"Discussed plan with patient's {r.choice(('daughter', 'son', 'wife', 'husband', 'niece'))}, "
                f"{c.mk('PERSON')}, who is the health care proxy.")
    if k == 1:
        return (f"Case reviewed with Dr. {c.mk('PERSON', style='last')} "
                f"({r.choice(('spine', 'trauma', 'arthroplasty', 'hand'))}), who agrees with the plan.")
    if k == 2:
        return f"cc: {c.mk('PERSON')}, {r.choice(('PT', 'DPT', 'NP', 'PA-C'))}"
    if k == 3:
        return f"Transportation arranged by {c.mk('PERSON')} from case management."
    if k == 4:
        lang = c.la(r.choice(("Portuguese", "Haitian Creole", "Vietnamese", "Polish", "Spanish",
                              "Cape Verdean Creole")))
        return (f"{lang} interpreter {c.mk('PERSON', style=r.choice(('full', 'initial')))} present for the entire "
                "encounter.")
    if k == 5:
        return f"Electronically signed by: {c.mk('PERSON', style='middle')}, MD on ___ at {c.tm()}"
    if k == 6:
        return (f"Spoke with {c.mk('PERSON', style='first')} (patient's "
                f"{r.choice(('partner', 'sister', 'brother', 'grandson'))}) by phone; questions answered.")
    if k == 7:
        return f"Scribed by {c.mk('PERSON', style='initial')} in the presence of the attending."
    return (f"Per {c.mk('PERSON', style='last_first')} (charge RN), patient ambulated 150 ft with rolling walker this "
            "AM.")


def _g_phone(c: _Ctx) -> str:
    k = c.r.randrange(6)
    v = c.mk("PHONE")
    return (f"Patient can be reached at {v} (cell).",
            f"Call-back number left by family: {v}",
            f"Questions after hours: call the orthopaedic clinic at {v}.",
            f"Tel {v}",
            f"Home phone {v}; prefers text messages.",
            f"Son's number for scheduling: {v}.")[k]


def _g_fax(c: _Ctx) -> str:
    k = c.r.randrange(5)
    v = c.mk("FAX")
    return (f"Please fax the completed form to {v}.",
            f"Fax: {v}",
            f"Copy sent to PCP office by fax ({v}) on ___.",
            f"Outside films requested; fax release of information to {v}.",
            f"F: {v}")[k]


def _g_pager(c: _Ctx) -> str:
    k = c.r.randrange(5)
    v = c.mk("PAGER")
    return (f"Orthopaedic resident on call, pager {v}.",
            f"Page {v} with any questions regarding this patient.",
            f"Ortho spine PA beeper #{v}",
            f"Findings called to covering resident (pgr {v}).",
            f"On-call fellow: p{v}")[k]


def _g_email(c: _Ctx) -> str:
    k = c.r.randrange(5)
    v = c.mk("EMAIL")
    return (f"Patient prefers e-mail for appointment reminders: {v}",
            f"Adjuster contact: {v}",
            f"Outside images requested by {v}.",
            f"From: {v}",
            f"Reply sent to {v} with copy of work status note.")[k]


def _g_url(c: _Ctx) -> str:
    k = c.r.randrange(4)
    v = c.mk("URL")
    return (f"Pre-op and home exercise instructions available at {v}",
            f"Outside images uploaded via {v}",
            f"Claim documents can be submitted at {v}.",
            f"Link sent to patient: {v}")[k]


def _g_ip(c: _Ctx) -> str:
    k = c.r.randrange(4)
    v = c.mk("IP_ADDRESS")
    return (f"Images pushed from modality workstation {v}.",
            f"Remote dictation session originated from {v}.",
            f"[PACS route: study forwarded to {v} {c.la('port 104')}]",
            f"Home exercise video visit; patient connected from {v}.")[k]


def _g_ssn(c: _Ctx) -> str:
    k = c.r.randrange(4)
    v = c.mk("SSN")
    return (f"SSN: {v}",
            f"Social Security #: {v} (verified against claim form)",
            f"Patient identity confirmed with name, date of birth and SSN {v}.",
            f"SS# {v}")[k]


def _g_mrn(c: _Ctx) -> str:
    k = c.r.randrange(5)
    v = c.mk("MRN")
    return (f"MRN: {v}",
            f"Outside hospital MRN {v}; records requested.",
            f"Med Rec # {v}",
            f"Unit No: {v}",
            f"Chart number {v} (merged duplicate record).")[k]


def _g_account(c: _Ctx) -> str:
    k = c.r.randrange(6)
    v = c.mk("ACCOUNT")
    return (f"Accession #: {v}",
            f"Order #{v} released.",
            f"Requisition: {v}",
            f"Billing account {v} - self-pay balance referred to financial counseling.",
            f"Workers' comp claim no. {v}",
            f"Specimen {v} sent to pathology (femoral head).")[k]


def _g_plan(c: _Ctx) -> str:
    k = c.r.randrange(5)
    v = c.mk("HEALTH_PLAN")
    return (f"Member ID: {v}",
            f"Subscriber ID {v}; prior authorization pending.",
            f"Medicare MBI {v} on file.",
            f"Ins ID# {v} (secondary)",
            f"Prior auth obtained under member number {v}.")[k]


def _g_license(c: _Ctx) -> str:
    k = c.r.randrange(5)
    if k == 0:
        return f"NPI: {c.mk('LICENSE', kind='npi')}"
    if k == 1:
        return f"DEA# {c.mk('LICENSE', kind='dea')}"
    if k == 2:
        return f"{c.la(c.pick(STATES))} license no. {c.mk('LICENSE', kind='state')}"
    if k == 3:
        return f"Driver's license {c.mk('LICENSE', kind='dl')} (copy scanned to media tab)."
    return f"Prescriber NPI {c.mk('LICENSE', kind='npi')}"


def _g_zip(c: _Ctx) -> str:
    k = c.r.randrange(3)
    v = c.mk("ZIP")
    return (f"Home ZIP code {v} is outside the service area for home PT; outpatient PT arranged.",
            f"Mailing address: ___, ___, {c.pick(('MA', 'RI', 'NH'))} {v}",
            f"Zip {v}")[k]


def _g_street(c: _Ctx) -> str:
    k = c.r.randrange(3)
    v = c.mk("STREET_ADDRESS")
    return (f"Discharge address: {v}, ___, MA ___",
            f"Lives at {v} (second-floor walk-up, {c.la(str(c.r.randint(8, 22)) + ' stairs')} with one rail).",
            f"Equipment to be delivered to {v}.")[k]


def _g_date(c: _Ctx) -> str:
    k = c.r.randrange(6)
    if k == 0:
        return f"DOB: {c.mk('DATE_REAL_YEAR', lo=1931, hi=1979)}"
    if k == 1:
        return f"Outside MRI dated {c.mk('DATE_REAL_YEAR')} reviewed on disc."
    if k == 2:
        return f"Date of injury: {c.mk('DATE_REAL_YEAR')}"
    if k == 3:
        return f"Letter dictated {c.mk('DATE_REAL_YEAR')} and signed electronically."
    if k == 4:
        return f"Prior surgery report from {c.mk('DATE_REAL_YEAR', lo=1998, hi=2019)} scanned into chart."
    return f"Printed {c.mk('DATE_REAL_YEAR', lo=2018, hi=2024)} {c.tm()}"


def _g_age(c: _Ctx) -> str:
    k = c.r.randrange(4)
    v = c.mk("AGE_OVER_89", hi=99)
    return (f"Lives with {c.his} {v}-year-old {c.r.choice(('mother', 'father', 'aunt'))}, for whom the patient is "
            "the primary caregiver.",
            f"Mother (age {v}) also has osteoporosis with vertebral compression fractures.",
            f"Spouse is {v} years old and unable to assist with transfers.",
            f"Family history: father alive at {v}, s/p bilateral THA.")[k]


def _g_device(c: _Ctx) -> str:
    k = c.r.randrange(5)
    if k == 0:
        return f"Bone growth stimulator ({c.la('OsteoPulse')} LIPUS unit) issued, serial no. {c.mk('DEVICE_ID')}."
    if k == 1:
        return f"Implant card reviewed: SN {c.mk('DEVICE_ID')}"
    if k == 2:
        return (f"MRI safety: spinal cord stimulator in place (IPG serial {c.mk('DEVICE_ID')}); "
                "MR Conditional, placed in MRI mode by rep.")
    if k == 3:
        return f"UDI {c.mk('DEVICE_ID', udi=True)}"
    return f"TENS unit loaned, serial {c.mk('DEVICE_ID')}, to be returned at next visit."


def _g_vehicle(c: _Ctx) -> str:
    k = c.r.randrange(4)
    if k == 0:
        return f"Injured when the company truck (plate {c.mk('VEHICLE_ID')}) was rear-ended at low speed."
    if k == 1:
        return f"Police report attached to claim lists vehicle VIN {c.mk('VEHICLE_ID', vin=True)}."
    if k == 2:
        return f"Disability parking placard application completed for vehicle reg. {c.mk('VEHICLE_ID')}."
    return f"Per EMS run sheet: driver of sedan, MA reg {c.mk('VEHICLE_ID')}, airbags deployed."


def _g_location(c: _Ctx) -> str:
    k = c.r.randrange(6)
    v = c.mk("LOCATION")
    return (f"Lives in {v} with {c.his} spouse.",
            f"Injury occurred at a job site in {v}.",
            f"Will be discharged to a rehabilitation facility in {v}.",
            f"Transferred from an outside hospital in {v} for operative fixation.",
            f"Prefers outpatient PT closer to home in {v}.",
            f"Fell on ice outside a grocery store in {v}.")[k]


def _g_org(c: _Ctx) -> str:
    k = c.r.randrange(6)
    if k == 0:
        return (f"Employed as a {c.pick(('roofer', 'machinist', 'CNA', 'warehouse selector', 'line cook'))} by "
                f"{c.mk('ORGANIZATION', pool=_EMPLOYERS)}.")
    if k == 1:
        return f"Follow-up physical therapy at {c.mk('ORGANIZATION', pool=_CARE_ORGS)}."
    if k == 2:
        return f"Transferred from {c.mk('ORGANIZATION', pool=_CARE_ORGS)} with outside imaging on disc."
    if k == 3:
        return f"Referred by {c.mk('ORGANIZATION', pool=_CARE_ORGS)} for second opinion."
    if k == 4:
        return f"Claim administered by {c.mk('ORGANIZATION', pool=_INSURERS)}."
    return (f"Plays varsity {c.pick(('soccer', 'hockey', 'lacrosse', 'basketball'))} for "
            f"{c.mk('ORGANIZATION', pool=_SCHOOLS)}.")


_GENERIC = {
    "PERSON": _g_person, "PHONE": _g_phone, "FAX": _g_fax, "PAGER": _g_pager, "EMAIL": _g_email, "URL": _g_url,
    "IP_ADDRESS": _g_ip, "SSN": _g_ssn, "MRN": _g_mrn, "ACCOUNT": _g_account, "HEALTH_PLAN": _g_plan,
    "LICENSE": _g_license, "ZIP": _g_zip, "STREET_ADDRESS": _g_street, "DATE_REAL_YEAR": _g_date,
    "AGE_OVER_89": _g_age, "DEVICE_ID": _g_device, "VEHICLE_ID": _g_vehicle, "LOCATION": _g_location,
    "ORGANIZATION": _g_org,
}


def _leftover_block(c: _Ctx, lines: list[str]) -> str:
    r = c.r
    if c.note_type == "radiology":
        k = r.randrange(4)
        if k == 0:
            return "NOTE:  " + "  ".join(lines)
        if k == 1:
            return "ADDENDUM:  " + "  ".join(lines)
        if k == 2:
            return "Technologist note:\n" + "\n".join(lines)
        return "COMMUNICATION:\n" + "\n".join(f"- {ln}" for ln in lines)
    k = r.randrange(6)
    if k == 0:
        return "Addendum:\n" + "\n".join(lines)
    if k == 1:
        return f"TELEPHONE ENCOUNTER (___ {c.tm()}):\n" + " ".join(lines)
    if k == 2:
        subj = r.choice(("post-op visit", "work note", "brace fitting", "PT referral", "outside films"))
        return ("-----Original Message----- (copied into chart)\nFrom: ___\nSent: ___\nTo: Ortho Clinic Pool\n"
                f"Subject: RE: {subj}\n\n" + "\n".join(lines))
    if k == 3:
        return "Care coordination:\n" + "\n".join(f"- {ln}" for ln in lines)
    if k == 4:
        return "Administrative / registration:\n" + "\n".join(f"  {ln}" for ln in lines)
    return " ".join(lines)


# ------------------------------------------------------------------------------------------------
# Shared clinical fragments
# ------------------------------------------------------------------------------------------------


def _labs(c: _Ctx) -> str:
    r = c.r
    n = r.randint(2, 3)
    day = -r.randint(0, 2)
    d = c.sd(0, day - n)
    out = []
    for k in range(n):
        out.append(f"{d} {r.choice(('05:40AM', '06:10AM', '07:02AM', '04:55AM'))} BLOOD WBC-{r.uniform(5, 13):.1f} "
                   f"RBC-{r.uniform(2.9, 4.6):.2f}* Hgb-{r.uniform(7.6, 12.8):.1f}* Hct-{r.uniform(24, 39):.1f}* "
                   f"MCV-{r.randint(82, 99)} Plt Ct-{r.randint(140, 390)}")
        out.append(f"{d} {r.choice(('05:40AM', '06:10AM'))} BLOOD Glucose-{r.randint(88, 190)}* "
                   f"UreaN-{r.randint(8, 34)} "
                   f"Creat-{r.uniform(0.5, 1.6):.1f} Na-{r.randint(132, 144)} K-{r.uniform(3.4, 5.1):.1f} "
                   f"Cl-{r.randint(98, 108)} HCO3-{r.randint(21, 29)}")
        d = c.sd(0, day - n + k + 1)
    return "\n".join(out)


def _ds_header(c: _Ctx, service: str) -> str:
    name = c.v("PERSON", style="last_first")
    unit = c.v("MRN")
    adm = c.v("DATE_REAL_YEAR", lo=2009, hi=2024) if c.chance(0.5) else "___"
    dob = c.v("DATE_REAL_YEAR", lo=1925, hi=1975)
    return (f"Name:  {name}                   Unit No:   {unit}\n \n"
            f"Admission Date:  {adm}              Discharge Date:   ___\n \n"
            f"Date of Birth:  {dob}             Sex:   {c.sex}\n \n"
            f"Service: {service}")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _age_phrase(c: _Ctx, old: bool = False, lo: int = 19, hi: int = 88, allow_old: bool = True) -> str:
    """Patient age: masked, a look-alike under 90, or (when planned) an escaped age over 89."""
    if allow_old and (old or c.chance(0.5)) and c.take("AGE_OVER_89"):
        return f"{c.mk('AGE_OVER_89')}-year-old"
    if c.chance(0.55):
        return "___ year old"
    return c.young_age(lo, hi)


_DISCH_CONDITION = ("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
                    "interactive.\nActivity Status: Ambulatory - requires assistance or aid (walker or cane).")


def _meds(c: _Ctx, n: int) -> str:
    r = c.r
    pool = [
        f"{c.la('Acetaminophen')} 1000 mg PO Q8H",
        f"{c.la('Enoxaparin')} Sodium 40 mg SC DAILY Duration: 4 Weeks",
        f"{c.la('OxyCODONE')} (Immediate Release) 5 mg PO Q4H:PRN pain - moderate/severe",
        f"{c.la('Senna')} 8.6 mg PO BID constipation",
        "Docusate Sodium 100 mg PO BID",
        f"{c.la('Aspirin')} 81 mg PO BID Duration: 35 Days",
        f"{c.la('Gabapentin')} 300 mg PO TID",
        f"{c.la('Meloxicam')} 7.5 mg PO DAILY",
        f"{c.la('Apixaban')} 2.5 mg PO BID",
        f"{c.la('Methocarbamol')} 500 mg PO QID:PRN spasm",
        "Polyethylene Glycol 17 g PO DAILY:PRN",
        f"Vitamin D3 {c.la('2000 UNIT')} PO DAILY",
        "Calcium Carbonate 500 mg PO BID",
        f"{c.la('Ondansetron')} 4 mg PO Q8H:PRN nausea",
        "Lisinopril 10 mg PO DAILY",
        "Atorvastatin 40 mg PO QPM",
    ]
    r.shuffle(pool)
    return "\n".join(f"{k}. {m}" for k, m in enumerate(pool[:n], start=1))


def _allergy(c: _Ctx) -> str:
    return c.pick(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
                   "Codeine / latex", "Morphine", "Patient recorded as having No Known Allergies to Drugs",
                   "IV Dye, Iodine Containing Contrast Media"))


# Phrase options used by the document kinds
_OPT_NRX = ("NRX", "BGS", "IPG")
_OPT_ENOXAPARIN_40_MG_SC_DAILY_X = (
    "enoxaparin 40 mg SC daily x 4 weeks", "aspirin 81 mg BID x 35 days", "apixaban 2.5 mg BID x 35 days",
)
_OPT_SPINAL_WITH_ADDUCTOR_CANAL_B = (
    "Spinal with adductor canal block", "General endotracheal", "Spinal + MAC", "General with interscalene block",
)
_OPT_RETURN_TO_CONTACT_SPORT_NOT = (
    "Return to contact sport not before 3 months", "Hardware removal only if symptomatic",
    "Bone health work-up (DEXA) recommended given fragility fracture",
)
_OPT_FALL_ON_OUTSTRETCHED_HAND_ON = (
    "fall on outstretched hand on ice", "inversion injury stepping off a curb",
    "fall from a ladder, approximately 6 ft", "tackle during a rugby match", "cycling accident",
)
_OPT_WAREHOUSE_ORDER_SELECTOR = (
    "warehouse order selector", "roofer", "certified nursing assistant", "machine operator", "delivery driver",
    "line cook",
)
_OPT_LUMBAR_FLEXION_40_DEG_EXTENS = (
    "Lumbar flexion 40 deg, extension 10 deg, SLR positive at 45 deg on the right.",
    "Effusion 1+, Lachman 2B, pivot shift positive.",
    "Active forward elevation 110 deg, positive Jobe and Hawkins-Kennedy.",
    "Healing lacerations, 2-point discrimination 6 mm index finger.",
    "Paraspinal tenderness C5-T1, Spurling negative.",
)
_OPT_5_5_EXCEPT_EHL_4_5 = (
    "5/5 except EHL 4+/5", "5/5 except deltoid 4+/5", "4/5 quadriceps, otherwise 5/5", "5/5 throughout",
)
_OPT_PRE_EXISTING_DEGENERATIVE_DI = (
    "Pre-existing degenerative disc disease", "Degenerative tear, pre-existing", "Pre-existing osteoarthritis",
)
_OPT_POSTERIOR_HIP_PRECAUTIONS_X = (
    "posterior hip precautions x 6 weeks (no flexion > 90 deg, no adduction past midline, no IR)",
    "no open-chain knee extension 0-45 deg until 12 weeks", "sling x 6 weeks, PROM only",
    "avoid repeated lumbar flexion", "none",
)
_OPT_S_P_L4_5_TLIF_Z98_1 = (
    "s/p L4-5 TLIF (Z98.1)", "s/p right TKA (Z96.651)", "closed fracture of fifth metatarsal (S92.351A)",
    "lumbar spinal stenosis (M48.062)", "s/p rotator cuff repair (Z98.890)",
)
_OPT_A_HIGH_RISK_OF_NON_UNION_SMO = (
    "a high risk of non-union (smoker, multilevel fusion, diabetes)",
    "post-operative restrictions requiring immobilization", "a history of falls (Morse 55)",
    "limited knee flexion after arthroplasty",
)
_OPT_WITH_FUNCTIONAL_BRACE_FOR_TH = (
    "with functional brace for the remainder of the season", "without restriction",
    "after 2 weeks of non-contact practice",
)
_OPT_MILD_DEGENERATIVE_CHANGES_NO = (
    "Mild degenerative changes. No acute osseous abnormality.",
    "No fracture or dislocation. Mild joint space narrowing.",
)
_OPT_NO_RADIOPAQUE_FOREIGN_BODY = (
    "No radiopaque foreign body.", "Vascular calcifications.", "Small joint effusion.", "Soft tissues unremarkable.",
)
_OPT_AP_AND_LAT = ("(AP AND LAT)", "(AP, LAT, FLEX AND EXT)", "(2 VIEWS)", "STANDING PA AND LAT")
_OPT_STABLE_POSTOPERATIVE_APPEARA = (
    "Stable postoperative appearance.", "Findings as above.",
    "Curve progression as described; recommend orthopaedic follow-up.",
)
_OPT_SYNDESMOSIS_WIDENED = (
    "Syndesmosis widened.", "No dislocation.", "Subluxation of the joint.", "Extension into the SI joint.",
)
_OPT_ARTICULAR_STEP_OFF_AS_ABOVE = (
    "Articular step-off as above.", "No additional injury.", "Findings communicated to the orthopaedic trauma team.",
)
_OPT_AXIAL_SKELETON = ("AXIAL SKELETON", "SPINE AND HIP", "SPINE, HIP AND FOREARM")
_OPT_L3_EXCLUDED_DUE_TO_COMPRESSI = (
    "L3 excluded due to compression deformity.", "Degenerative change may falsely elevate spine BMD.",
    "No vertebral body excluded.",
)
_OPT_PRIOR_FRACTURE_GLUCOCORTICOI = (
    "prior fracture, glucocorticoids", "parent hip fracture, current smoker", "rheumatoid arthritis", "none",
)
_OPT_NO_COMMUNICATION_WITH_THE_SU = (
    "No communication with the subacromial bursa.", "Contrast extends into the distal radioulnar joint.",
    "Capsular distension normal.",
)


# ------------------------------------------------------------------------------------------------
# Document kinds (each returns core sections and optional extra sections)
# ------------------------------------------------------------------------------------------------


def _k_tja_discharge(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    joint = r.choice(("knee", "hip"))
    side = c.side
    proc = f"{side.capitalize()} total {joint} arthroplasty"
    lat = "R" if side == "right" else "L"
    dx = r.choice(("end-stage osteoarthritis", "post-traumatic arthritis", "avascular necrosis" if joint == "hip"
                   else "valgus osteoarthritis", "inflammatory arthritis"))
    kl = c.la(f"Kellgren-Lawrence grade {r.choice(('3', '4', 'IV'))}")
    contra = ""
    if c.chance(0.4):
        contra = c.la(f"Contralateral {joint[0].upper()}A in {r.randint(1996, 2022)}") + " with good result. "
    att = c.v("PERSON", style="full")
    sections = [
        _ds_header(c, "ORTHOPAEDICS"),
        f"Allergies: \n{_allergy(c)}",
        f"Attending: {att}.",
        f"Chief Complaint:\n{side} {joint} pain",
        f"Major Surgical or Invasive Procedure:\n{c.sd()} {proc} "
        f"({c.la(c.pick(('Tessellate PS', 'Corvex', 'Halvard')))} "
        f"system)",
        f"History of Present Illness:\n{c.title} ___ is a {_age_phrase(c, lo=48, hi=88)} {c.woman} with {dx} of the "
        f"{side} {joint} "
        f"({kl}) who failed conservative management including {c.la('Kenalog')} injections, {c.la('meloxicam')} and "
        f"{r.randint(6, 12)} weeks of PT. Pain {r.randint(6, 9)}/10, limiting ambulation to "
        f"{r.choice(('one block', 'household distances', '10 minutes'))}. "
        f"{contra}"
        f"{c.he.capitalize()} presented for elective {proc.lower()}.",
        "Past Medical History:\nHTN\nHLD\nOSA on CPAP\nGERD\nobesity (" + c.la(f"BMI {r.uniform(29, 41):.1f}") + ")\n"
        + c.bare_year("s/p lap chole"),
        "Social History:\n" + (f"Lives in {c.mk('LOCATION')} with {c.his} spouse. Retired. Former smoker."
                               if c.take("LOCATION") else "___"),
        "Family History:\nNon-contributory",
        f"Physical Exam:\nVS: T {r.uniform(97.5, 99.8):.1f} HR {r.randint(64, 98)} BP "
        f"{r.randint(108, 156)}/{r.randint(58, 88)} "
        f"RR 16 O2 {r.randint(93, 99)}% RA\nGen: NAD, A&Ox3\n{lat}LE: {c.la('Aquacel')} dressing clean/dry/intact. "
        "Thigh and leg "
        "soft/compressible. SILT S/S/SP/DP/T. Fires EHL/FHL/TA/GSC. 1+ DP/PT pulses. Foot warm and well perfused.",
        f"Pertinent Results:\n{_labs(c)}\n\nIMAGING: {joint.upper()} (AP AND LATERAL) {lat} on {c.sd()}: "
        "Components in expected position without periprosthetic fracture.",
        "Brief Hospital Course:\nThe patient was admitted to the orthopaedic surgery service and taken to the "
        "operating "
        "room for the above procedure without complication. Please see separately dictated operative report for "
        "details. "
        f"Received {c.la('tranexamic acid')} 1 g IV and {c.la('cefazolin')} 2 g IV peri-operatively.\n\n"
        f"Overnight on POD#0 pain was controlled with a multimodal regimen. POD#1 {c.he} worked with PT, "
        f"ambulated {r.randint(40, 220)} ft with rolling walker, Hct {r.uniform(24, 33):.1f}. "
        f"{'Foley removed POD#1, voided without difficulty. ' if c.chance(0.6) else ''}"
        f"Dressing changed POD#2, incision healing well without drainage.\n\n"
        f"The patient is {c.la('WBAT')} in the {side} lower extremity, with "
        + (f"{c.la('posterior hip precautions')}." if joint == "hip" else "ROM as tolerated, no CPM.")
        + " DVT prophylaxis: "
          f"{c.pick(_OPT_ENOXAPARIN_40_MG_SC_DAILY_X)}.",
        f"Medications on Admission:\n{_meds(c, r.randint(3, 5))}",
        f"Discharge Medications:\n{_meds(c, r.randint(5, 8))}",
        "Discharge Disposition:\n" + r.choice(("Home With Service", "Extended Care", "Home"))
        + "\n \nFacility:\n" + c.v("ORGANIZATION", pool=_CARE_ORGS),
        f"Discharge Diagnosis:\n{dx} {side} {joint}",
        _DISCH_CONDITION,
        "Discharge Instructions:\n1. Please return to the emergency department or notify your physician if you "
        "experience severe pain not relieved by medication, increased swelling, decreased sensation, difficulty "
        "with movement, fevers >101.5, shaking chills, redness or drainage at the incision site.\n"
        "2. Please follow up with your PCP regarding this admission and any new medications.\n"
        "3. Resume your home medications unless otherwise instructed.\n"
        "4. You may shower 5 days after surgery; no tub baths or swimming for 4 weeks.\n"
        f"5. ANTICOAGULATION: take as prescribed for {c.la('4 weeks')} to help prevent blood clots.\n"
        "6. WOUND CARE: keep the dressing on until your first post-operative visit.",
        "Followup Instructions:\n" + (f"Dr. {c.mk('PERSON', style='last')} - {c.la('2 weeks')} post-op, "
                                      f"{c.v('PHONE')} to schedule" if c.take("PERSON") else "___"),
    ]
    extras = [
        "Physical Therapy:\nWBAT operative extremity\nROM as tolerated\nMobilize frequently\n"
        "Treatments Frequency:\nStaples/sutures out at 2-week visit. Ice 20 min on/off. TEDs during day x 6 weeks.",
        f"Review of Systems:\nNegative except as per HPI. Denies CP/SOB. "
        f"{c.la(f'Caprini score {r.randint(5, 11)}')} pre-op.",
    ]
    return sections, extras


def _k_op_implant_log(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    joint = r.choice(("knee", "hip", "shoulder"))
    side = c.side.upper()
    if joint == "knee":
        proc = f"{side} TOTAL KNEE ARTHROPLASTY (cemented, posterior-stabilized)"
        brand = c.la("Tessellate PS")
        rows = [("Femoral component", f"{brand} CR/PS", str(r.randint(3, 8))),
                ("Tibial baseplate", f"{brand} cemented", str(r.randint(3, 8))),
                ("Tibial insert, poly", f"{c.la('Orrin')} XLPE", f"{r.choice((10, 11, 12, 14))} mm"),
                ("Patella, all-poly", f"{brand} 3-peg", f"{r.choice((32, 35, 38, 41))} mm"),
                ("Bone cement", c.la("Palacos R+G"), "40 g x2")]
        approach = "medial parapatellar arthrotomy"
    elif joint == "hip":
        proc = f"{side} TOTAL HIP ARTHROPLASTY ({r.choice(('posterior', 'direct anterior'))} approach)"
        rows = [("Acetabular shell", f"{c.la('Halvard')} dual-mobility", f"{r.choice((50, 52, 54, 56))} mm"),
                ("Liner", f"{c.la('Orrin')} XLPE", f"{r.choice((36, 32))} mm"),
                ("Femoral stem", f"{c.la('Corvex')} cementless", f"size {r.randint(8, 14)}"),
                ("Femoral head", "CoCr", f"{r.choice((32, 36))} +{r.choice((0, 4, 5))}"),
                ("Screw, cancellous", "6.5 mm", f"{r.choice((20, 25, 30))} mm")]
        approach = c.la("Kocher-Langenbeck") if "posterior" in proc else c.la("Smith-Petersen") + " interval"
    else:
        proc = f"{side} REVERSE TOTAL SHOULDER ARTHROPLASTY"
        rows = [("Baseplate", f"{c.la('Arcturus')} RSA", "25 mm"),
                ("Glenosphere", f"{c.la('Arcturus')} lateralized", f"{r.choice((36, 39, 42))} mm"),
                ("Humeral stem", f"{c.la('Arcturus')} press-fit", f"size {r.randint(6, 12)}"),
                ("Humeral insert", "poly +3", f"{r.choice((36, 39, 42))} mm")]
        approach = "deltopectoral approach"
    ser_row = r.randrange(len(rows)) if c.take("DEVICE_ID") else -1
    table = ["IMPLANT LOG:", f"{'Component':24}{'System':26}{'Size':10}{'REF':14}{'LOT':13}EXP"]
    for k, (comp, syst, size) in enumerate(rows):
        table.append(f"{comp:24}{syst:26}{size:10}{c.ref():14}{c.lot():13}{c.expiry()}")
        if k == ser_row:
            table.append(f"{'':24}  SN: {c.mk('DEVICE_ID')}")
    if c.chance(0.5):
        table.append("Scanned UDI (no serial): "
                     f"(01)00{r.randint(10**11, 10**12 - 1)}(17){r.randint(26, 30)}1231(10){c.lot()}")
        c.la(table[-1].split(": ", 1)[1])
    surgeon = c.v("PERSON", style="full")
    sections = [
        f"OPERATIVE REPORT\n\nPATIENT:  ___            MRN:  {c.v('MRN')}\nDATE OF SURGERY:  {c.sd()}\n"
        f"SURGEON:  {surgeon}, MD\nASSISTANT:  ___, PA-C\nANESTHESIA:  "
        f"{r.choice(_OPT_SPINAL_WITH_ADDUCTOR_CANAL_B)}",
        f"PREOPERATIVE DIAGNOSIS:  {c.side.capitalize()} {joint} "
        f"{c.pick(('osteoarthritis', 'cuff arthropathy' if joint == 'shoulder' else 'post-traumatic arthritis'))}.\n"
        f"POSTOPERATIVE DIAGNOSIS:  Same.\nPROCEDURE:  {proc}.\n"
        f"ESTIMATED BLOOD LOSS:  {r.choice((100, 150, 200, 250, 350))} mL\n"
        + (f"TOURNIQUET TIME:  {r.randint(38, 95)} min at {c.la('250 mmHg')}\n" if joint == "knee" else "")
        + f"DRAINS:  {c.pick(('None', 'One Hemovac'))}\nCOMPLICATIONS:  None apparent.\nSPECIMENS:  "
        + (f"Femoral head to pathology, specimen {c.mk('ACCOUNT')}." if c.take("ACCOUNT") else "None."),
        f"INDICATIONS:  The patient is a {_age_phrase(c, lo=45, hi=88)} with progressive {joint} pain refractory to "
        "non-operative care. Risks including infection, bleeding, DVT/PE, instability, fracture, nerve injury, "
        "leg-length discrepancy and need for revision were discussed, and informed consent was obtained.",
        f"DESCRIPTION OF PROCEDURE:  The patient was identified in the pre-operative holding area and the "
        f"operative site was marked. {c.la('Cefazolin')} 2 g IV and {c.la('tranexamic acid')} 1 g IV were given "
        f"within 60 minutes of incision. After induction the patient was positioned "
        f"{'lateral decubitus with pegboard' if joint == 'hip' else 'supine'}, prepped with "
        f"{c.la('ChloraPrep')} and draped in the usual sterile fashion. A time-out was performed confirming "
        f"patient, side and site. A {approach} was performed. Bone cuts and trials were performed with standard "
        f"instrumentation; the trial components demonstrated stable, well-balanced motion. The final implants "
        f"listed below were opened after confirmation of size and side. The wound was copiously irrigated, "
        f"{c.la('Exparel')} periarticular injection was performed, and the wound was closed in layers with "
        f"barbed suture and {c.la('Dermabond')}/{c.la('Prevena')} dressing. Sponge and needle counts correct x2.",
        "\n".join(table),
        f"DISPOSITION:  To PACU in stable condition. {c.la('WBAT')}. {c.la('Aspirin')} 81 mg BID for DVT "
        "prophylaxis starting POD#1.",
        f"Dictated by:  {c.v('PERSON', style='initial')}, PA-C\nD: ___  T: ___\n"
        + (f"Attending NPI {c.mk('LICENSE', kind='npi')}" if c.take("LICENSE") else "Job #: ___"),
    ]
    extras = [
        f"POSITIONING / PADDING:  All bony prominences padded. {c.la('Sequential compression device')} on the "
        "contralateral leg. Bair hugger warming throughout.",
        "IMPLANT CARD:  Provided to patient. Manufacturer registry form completed for the American Joint "
        f"Replacement Registry (AJRR). Registry site: {c.la('www.ajrr.net')}.",
    ]
    return sections, extras


def _k_spine_fusion(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    cervical = c.chance(0.45)
    if cervical:
        levels = r.choice(("C5-6", "C5-7", "C4-6", "C6-7"))
        proc = f"Anterior cervical discectomy and fusion {levels}"
        dx = "cervical spondylotic myelopathy" if c.chance(0.5) else "cervical radiculopathy"
        hw = (f"{c.la('Lumora')} anterior cervical plate {r.choice((22, 24, 37, 39))} mm; "
              f"{c.la('Stratus PEEK')} cage {r.choice((6, 7, 8))} mm x 14 mm filled with allograft; "
              f"screws 4.0 x {r.choice((13, 14, 15))} mm x4")
        position = f"Supine with {c.la('Gardner-Wells')} tongs, 10 lb traction; shoulders taped."
        score = c.la(f"mJOA {r.randint(11, 16)}")
        brace = c.la("Miami J") + " collar x 6 weeks"
    else:
        levels = r.choice(("L4-5", "L4-S1", "L3-5", "L5-S1"))
        proc = f"{c.pick(('TLIF', 'PLIF', 'Posterolateral fusion'))} {levels} with pedicle screw instrumentation"
        dx = r.choice(("degenerative spondylolisthesis", "isthmic spondylolisthesis",
                       "lumbar stenosis with instability"))
        hw = (f"{c.la('Meridian-X')} pedicle screws {r.choice(('6.5', '7.0'))} x {r.choice((40, 45, 50))} mm x "
              f"{r.choice((4, 6))}; 5.5 mm CoCr rods; {c.la('Vantage TLIF')} cage 10 x 26 mm, 8 deg lordosis; "
              "local autograft + DBM 10 cc")
        position = f"Prone on {c.la(c.pick(('Jackson table', 'Wilson frame')))}, all prominences padded."
        score = c.la(f"Oswestry {r.randint(28, 66)}%")
        brace = c.la(c.pick(("LSO", "TLSO"))) + " when out of bed"
    listh = c.la(f"Meyerding grade {r.choice(('1', '2', 'I', 'II'))}") if "listhesis" in dx else c.la("Modic type 1")
    neuro = c.v("PERSON", style="full")
    sections = [
        _ds_header(c, "ORTHOPAEDIC SPINE"),
        f"Allergies: \n{_allergy(c)}",
        f"Attending: {c.v('PERSON', style='full')}.",
        "Chief Complaint:\n" + ("neck pain, hand numbness and gait imbalance" if cervical
                                 else "low back pain radiating to the legs"),
        f"Major Surgical or Invasive Procedure:\n{c.sd()}: {proc}",
        f"History of Present Illness:\n{_cap(_age_phrase(c, lo=38, hi=84))} {c.woman} with {dx} ({listh}) and "
        f"{'progressive myelopathy' if cervical else 'neurogenic claudication'} despite PT, "
        f"{c.la('gabapentin')} and {r.randint(2, 4)} epidural steroid injections. Pre-op {score}; "
        f"{c.la('Hoffmann')} sign {c.pick(('positive', 'negative'))}, {c.la('Romberg')} "
        f"{c.pick(('positive', 'negative'))}. {c.he.capitalize()} elected to proceed with surgery.",
        f"OPERATIVE RECORD (summary):\nPosition: {position}\n"
        f"Neuromonitoring: SSEP/MEP/EMG by {neuro} (IONM); no significant changes; "
        f"triggered EMG thresholds > {c.la('12 mA')} all screws.\nHardware: {hw}\n"
        f"Instruments: {c.la('Kerrison')} rongeurs, {c.la('Penfield')} dissectors, {c.la('Cobb elevator')}\n"
        f"EBL {r.randint(80, 650)} mL; cell saver returned {r.randint(0, 250)} mL. Fluoro time "
        f"{r.uniform(0.4, 2.9):.1f} min.\n"
        f"Drain: {c.la('Hemovac')} x1, removed POD#{r.randint(1, 2)}.",
        f"Brief Hospital Course:\nThe patient tolerated the procedure well and was extubated in the OR. "
        f"{'Dysphagia mild, advanced to soft diet. ' if cervical else 'Flat x 4 hours then mobilized with PT. '}"
        f"Pain controlled with {c.la('oxycodone')}, {c.la('acetaminophen')} and {c.la('methocarbamol')}. "
        f"Upright X-rays on POD#1 showed hardware in good position. Strength 5/5 throughout with improved "
        f"{'grip and dexterity' if cervical else 'leg pain'}. Brace: {brace}. Cleared by PT for home.",
        f"Discharge Medications:\n{_meds(c, r.randint(4, 7))}",
        "Discharge Disposition:\nHome With Service\n \nFacility:\n" + c.v("ORGANIZATION", pool=_CARE_ORGS),
        f"Discharge Diagnosis:\n{dx}, s/p {proc}",
        _DISCH_CONDITION,
        "Discharge Instructions:\n- No bending, lifting > 10 lbs or twisting (BLT) for 6 weeks.\n"
        "- No driving while taking narcotic pain medication.\n- No NSAIDs (ibuprofen, naproxen, "
        f"{c.la('Celebrex')}) for 3 months - they can slow the fusion.\n- Keep incision dry for 5 days.\n"
        "- Call for fever > 101.5, wound drainage, new weakness, numbness or loss of bowel/bladder control.",
        "Followup Instructions:\n___",
    ]
    extras = [
        f"Pertinent Results:\n{_labs(c)}",
        f"Physical Exam on discharge:\nIncision c/d/i, no erythema. Motor 5/5 deltoid/biceps/triceps/WE/grip/IP/Q/H/"
        f"TA/EHL/GS. Sensation intact to light touch. {c.la('Babinski')} downgoing bilaterally. No clonus.",
    ]
    return sections, extras


def _k_hip_fracture(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    kind = r.choice(("femoral neck", "intertrochanteric"))
    if kind == "femoral neck":
        cls = c.la(f"Garden {c.pick(('III', 'IV'))}")
        proc = f"{c.side.capitalize()} hip hemiarthroplasty (cemented, bipolar)"
    else:
        cls = c.la(f"AO/OTA 31A{r.randint(1, 3)}")
        proc = f"{c.side.capitalize()} cephalomedullary nail ({c.la('TFNA')} {r.choice((130, 125))} deg)"
    where = c.v("ORGANIZATION", pool=_CARE_ORGS) if c.chance(0.5) else "___"
    hcp = c.v("PERSON", style="full")
    sections = [
        _ds_header(c, "ORTHOPAEDICS"),
        f"Allergies: \n{_allergy(c)}",
        "Attending: ___.",
        f"Chief Complaint:\n{c.side} hip pain after fall",
        f"Major Surgical or Invasive Procedure:\n{proc} on {c.sd()}",
        f"History of Present Illness:\n{_cap(_age_phrase(c, old=True, lo=72, hi=89))} {c.woman} with dementia, AFib on "
        f"{c.la('apixaban')}, CKD III, who had a mechanical fall at {where} while walking to the bathroom at night. "
        f"No head strike or LOC. Unable to bear weight; {c.side} leg shortened and externally rotated. "
        f"X-ray showed a displaced {kind} fracture ({cls}). Geriatrics co-managed from admission.",
        "Past Medical History:\nAtrial fibrillation\nDementia, moderate\nCKD stage III\nOsteoporosis, never treated\n"
        "Hypothyroidism\n" + c.bare_year("Colles fracture"),
        "Social History:\n" + (f"Lives at {c.mk('ORGANIZATION', pool=_CARE_ORGS)} (assisted living)"
                               if c.take("ORGANIZATION") else "___") + f". HCP: {hcp} "
                                                                       f"({c.pick(('daughter', 'son', 'niece'))}).",
        f"Brief Hospital Course:\n# {kind.capitalize()} fracture: {c.la('apixaban')} held; to OR on hospital day "
        f"{r.randint(1, 2)} for {proc.lower()}. {c.la('WBAT')} post-operatively with PT.\n"
        f"# Post-op delirium: CAM positive POD#1-2; managed non-pharmacologically; resolved.\n"
        f"# Acute blood loss anemia: Hgb nadir {r.uniform(6.9, 8.4):.1f}, transfused 1 unit pRBC.\n"
        f"# Osteoporosis: 25-OH vitamin D {r.randint(9, 28)}; started vitamin D3. Plan {c.la('zoledronic acid')} 5 mg "
        f"IV at {c.la('2 weeks')} post-op vs {c.la('Prolia')}; DEXA as outpatient. {c.la('FRAX')} not calculated "
        "given prior fracture.\n# Goals of care: DNR/DNI confirmed with HCP.",
        f"Discharge Medications:\n{_meds(c, r.randint(5, 8))}",
        "Discharge Disposition:\nExtended Care\n \nFacility:\n" + c.v("ORGANIZATION", pool=_CARE_ORGS),
        f"Discharge Diagnosis:\n{c.side} {kind} fracture\npost-operative delirium\nosteoporosis",
        "Discharge Condition:\nMental Status: Confused - sometimes.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Out of Bed with assistance to chair or wheelchair.",
        "Discharge Instructions:\nWeight bearing as tolerated with walker. Fall precautions. Resume apixaban "
        f"POD#2 (no additional chemical DVT prophylaxis). Staples out at {c.la('14 days')} at rehab. "
        f"Fall-prevention resources: {c.la('www.cdc.gov/steadi')}.",
        "Followup Instructions:\n___",
    ]
    extras = [f"Pertinent Results:\n{_labs(c)}",
              f"Physical Exam:\nFrail, oriented x1. {c.side.capitalize()} LE shortened and externally rotated "
              "pre-op. Post-op dressing c/d/i; motor and sensory intact distally; 2+ DP pulse."]
    return sections, extras


def _k_fracture_letter(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    inj = r.choice((
        ("distal radius", f"volar locking plate ({c.la('AO 23-C2')})", "wrist", "grip strength"),
        ("ankle", f"ORIF lateral malleolus plate and syndesmotic screw ({c.la('Weber C')})", "ankle", "gait"),
        ("tibial plateau", "lateral buttress plate "
                           f"({c.la(f'Schatzker {c.pick((chr(73) * 2, chr(73) * 3, chr(73) + chr(86)))}')})", "knee",
         "knee flexion"),
        ("proximal humerus", f"locking plate ({c.la('Neer')} three-part)", "shoulder", "forward elevation"),
        ("fifth metatarsal", f"intramedullary screw ({c.la('Jones')} fracture, zone 2)", "foot", "gait"),
        ("clavicle", "superior precontoured plate", "shoulder", "overhead reach"),
    ))
    bone, fix, region, fn = inj
    org = c.v("ORGANIZATION", alt="Orthopaedic Trauma & Fracture Clinic", pool=_CARE_ORGS)
    addr = f"{c.v('STREET_ADDRESS')}, {c.v('LOCATION')}, {c.la(c.pick(STATES))} {c.v('ZIP')}"
    tel, fax = c.v("PHONE"), c.v("FAX")
    weeks = r.randint(2, 14)
    pcp = c.v("PERSON", style="last")
    sign = c.v("PERSON", style="full")
    sections = [
        f"{org}\n{addr}\nTel {tel}    Fax {fax}",
        f"{c.sd()}",
        f"Dear Dr. {pcp},",
        f"RE:  ___    DOB: {c.v('DATE_REAL_YEAR', lo=1935, hi=2008)}    MRN: {c.v('MRN')}",
        f"Diagnosis:  {c.side.capitalize()} {bone} fracture, treated with {fix} on {c.sd()}.",
        f"I reviewed your patient in fracture clinic today, {weeks} weeks after surgery. {c.he.capitalize()} "
        f"reports pain {r.randint(0, 5)}/10, mainly with activity, and is using {c.la('acetaminophen')} only. "
        f"No wound problems, fevers or calf pain. {c.he.capitalize()} is "
        f"{c.pick(('back at work on light duties', 'not yet working', 'retired', 'attending school remotely'))}.",
        f"On examination the incision is healed. {region.capitalize()} swelling is "
        f"{c.pick(('minimal', 'moderate', 'resolving'))}. "
        f"Range of motion: {c.la(f'{r.randint(20, 60)} degrees')} of {fn.replace('grip strength', 'extension')} "
        f"{'with ' + c.la(f'grip {r.randint(40, 90)}% of contralateral') if bone == 'distal radius' else ''}. "
        f"Neurovascularly intact; {c.la('Tinel')} negative.",
        "Radiographs today show the fracture "
        f"{c.pick(('healing with bridging callus', 'united', 'in maintained alignment without hardware failure'))}."
        f" No loss of reduction.",
        "Plan:\n- "
        f"{c.pick(('Wean out of splint', 'Progress to full weight bearing in a cam walker', 'Discontinue sling'))}.\n"
        f"- Referral to hand/physical therapy ({c.la('2x/week x 6 weeks')}).\n- "
        f"{c.pick(_OPT_RETURN_TO_CONTACT_SPORT_NOT)}.\n"
        f"- Review in fracture clinic in {r.choice((4, 6, 8, 12))} weeks with repeat X-rays.",
        f"Yours sincerely,\n\n\n{sign}, MD, FRCS (Tr & Orth)\nConsultant Orthopaedic Surgeon\n"
        f"cc: {c.v('PERSON', style='full')} (patient)",
    ]
    extras = [
        "Mechanism of injury (from initial clinic note, copied): "
        f"{c.pick(_OPT_FALL_ON_OUTSTRETCHED_HAND_ON)}. "
        "Closed injury, no neurovascular deficit at presentation.",
        "Dictated but not read. This letter was produced with speech recognition software; please excuse "
        "typographical errors.",
    ]
    return sections, extras


def _k_wc_report(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    inj = r.choice((("lumbar strain with L5 radiculopathy", c.la("M54.16"), c.la("S39.012A"), "lifting a 60-lb box"),
                    ("right ACL tear", c.la("S83.511A"), c.la("M23.611"), "twisting while stepping off a loading dock"),
                    ("rotator cuff tear", c.la("M75.121"), c.la("S46.011A"), "pulling a pallet jack"),
                    ("crush injury, left hand", c.la("S67.22XA"), c.la("S62.336A"), "hand caught in a press"),
                    ("cervical strain", c.la("S13.4XXA"), c.la("M50.12"),
                     "motor vehicle collision in a company vehicle")))
    dx, icd1, icd2, mech = inj
    mech_txt = mech
    if "vehicle" in mech and c.take("VEHICLE_ID"):
        mech_txt = f"{mech} (plate {c.mk('VEHICLE_ID')})"
    lift = r.choice((10, 15, 20, 25))
    sections = [
        "WORKERS' COMPENSATION - TREATING PHYSICIAN'S REPORT OF WORK ABILITY",
        f"Claimant:  ___                          Claim No.:  {c.v('ACCOUNT')}\n"
        f"SSN:  {c.v('SSN')}                         Date of injury:  {c.v('DATE_REAL_YEAR', lo=2015, hi=2024)}\n"
        f"Employer:  {c.v('ORGANIZATION', pool=_EMPLOYERS)}\n"
        "Job title:  "
        f"{c.pick(_OPT_WAREHOUSE_ORDER_SELECTOR)}\n"
        f"Insurer/TPA:  {c.v('ORGANIZATION', pool=_INSURERS)}\n"
        f"Adjuster:  {c.v('PERSON', style='full')}    Phone: {c.v('PHONE')}    Fax: {c.v('FAX')}",
        f"Mechanism of injury:  Employee reports {mech_txt} at work. Reported to supervisor same day.",
        f"Diagnosis:  {dx}\nICD-10:  {icd1}, {icd2}",
        "Is the condition causally related to the work incident?  [X] Yes  [ ] No  [ ] Undetermined",
        f"Subjective:  Pain {r.randint(3, 8)}/10 ({c.la('VAS')}), worse with "
        f"{c.pick(('bending', 'overhead work', 'prolonged standing', 'gripping'))}. "
        "Sleep disturbed. "
        f"{c.la(f'Oswestry {r.randint(20, 60)}%') if 'lumbar' in dx else c.la(f'QuickDASH {r.uniform(20, 70):.1f}')}.",
        "Objective:  "
        f"{c.pick(_OPT_LUMBAR_FLEXION_40_DEG_EXTENS)}",
        f"Work status:  [ ] Full duty   [X] Modified duty   [ ] Totally disabled\nEffective ___ through ___.\n"
        f"Restrictions:  No lifting > {lift} lb; no ladders or unprotected heights; alternate sitting/standing every "
        "30 minutes; no use of the affected extremity for repetitive tasks.",
        f"Treatment plan:  PT {c.la('2x/week x 6 weeks')}; "
        f"{c.pick(('MRI requested', 'home exercise program', 'orthopaedic spine referral', 'hand therapy referral'))}; "
        f"{c.la('naproxen')} 500 mg BID with food.\nMaximum medical improvement:  Not at MMI. Re-evaluate in 4 weeks.",
        f"Physician:  ___, MD    NPI: {c.v('LICENSE', kind='npi')}    License #: ___\n"
        f"Signature on file.  Date: {c.v('DATE_REAL_YEAR', lo=2016, hi=2024) if c.chance(0.5) else '___'}",
    ]
    extras = [
        "Return completed form to the insurer within 5 business days. Attach office notes and work status. "
        f"Questions about the state program: {c.la('www.mass.gov/dia')}.",
        f"Prior history:  {c.bare_year('Prior low back strain in')}, resolved with PT. No prior claims reported.",
    ]
    return sections, extras


def _k_ime(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    region = r.choice(("lumbar spine", "cervical spine", "right shoulder", "left knee"))
    records = []
    for label in ("Emergency department record", "Primary care notes", f"MRI {region}", "Physical therapy notes (18 "
                                                                                        "visits)",
                  "Operative report" if c.chance(0.5) else "EMG/NCS"):
        d = c.mk("DATE_REAL_YEAR", lo=2016, hi=2024) if c.take("DATE_REAL_YEAR") else c.sd()
        records.append(f"  {len(records) + 1}. {label}, {d}")
    requester = c.v("PERSON", style="full")
    org = c.v("ORGANIZATION", pool=_INSURERS)
    loc = c.v("LOCATION")
    wpi = r.randint(2, 13)
    sections = [
        "INDEPENDENT MEDICAL EXAMINATION",
        f"Examinee:  ___          DOB:  ___          Claim #:  {c.v('ACCOUNT')}\n"
        f"Requested by:  {requester}, Claims Specialist, {org}\n"
        f"Date of examination:  ___          Place of examination:  {loc} office",
        "The examinee was advised that no physician-patient relationship is created by this examination. "
        "Identity was confirmed by photo ID. The examinee was accompanied by ___.",
        "RECORDS REVIEWED:\n" + "\n".join(records),
        f"HISTORY:  The examinee is a {_age_phrase(c, lo=24, hi=64, allow_old=False)} right-hand-dominant "
        f"{c.pick(('forklift operator', 'registered nurse', 'carpenter', 'mail carrier', 'bus driver'))} "
        f"who reports a work injury to the {region} while "
        f"{c.pick(('lifting a patient', 'carrying drywall', 'pulling a cart', 'stepping down from a truck'))}. "
        f"{c.he.capitalize()} was treated with PT, {c.la('cyclobenzaprine')} and {c.la('meloxicam')}, "
        f"{c.pick(('and one epidural steroid injection', 'and an arthroscopy', 'without surgery'))}.",
        f"CURRENT COMPLAINTS:  Constant aching pain {r.randint(3, 8)}/10, intermittent radiation. "
        f"{c.la(f'Oswestry {r.randint(20, 58)}%')}. Difficulty with prolonged sitting and lifting.",
        f"EXAMINATION:  Height 5'{r.randint(2, 11)}\", weight {r.randint(140, 260)} lb. Gait non-antalgic. "
        f"{c.la('Waddell')} signs {r.randint(0, 3)}/5. Range of motion measured with dual inclinometry. Strength "
        f"{c.pick(_OPT_5_5_EXCEPT_EHL_4_5)}. Reflexes symmetric.",
        f"DIAGNOSES:\n1. {region.capitalize()} strain/sprain, work related.\n2. "
        f"{c.pick(_OPT_PRE_EXISTING_DEGENERATIVE_DI)}, aggravated.",
        "RESPONSES TO SPECIFIC QUESTIONS:\n"
        "1. Causal relationship: Within a reasonable degree of medical certainty the work incident was a "
        "substantial contributing cause of the current condition.\n"
        f"2. Maximum medical improvement: {c.pick(('Reached', 'Not yet reached; anticipate in 3 months'))}.\n"
        f"3. Permanent impairment: {c.la(f'{wpi}% whole person impairment')} per the "
        f"{c.la('AMA Guides, 6th Edition')}.\n"
        f"4. Work capacity: light-medium duty, lifting up to {c.la(str(r.choice((20, 25, 35))) + ' lb')} "
        "occasionally.\n"
        "5. Further treatment: home exercise program; no further surgery recommended.",
        "I declare under penalty of perjury that the foregoing is true and "
        f"correct.\n\n{c.v('PERSON', style='middle')}, MD\n"
        "Diplomate, American Board of Orthopaedic Surgery",
    ]
    extras = [
        f"PAST MEDICAL HISTORY:  {c.bare_year('Appendectomy')}. Hypertension. No prior injuries to the {region}.\n"
        f"SOCIAL HISTORY:  Born in {c.la(c.pick(COUNTRIES))}; emigrated as a young adult. Non-smoker.",
        "This report is based on the history provided by the examinee, the records listed and the examination "
        "findings. I reserve the right to amend this report should additional information become available.",
    ]
    return sections, extras


def _k_pt_plan(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    cond = r.choice((
        ("s/p right TKA", c.la("Z96.651"), "Knee flexion AROM", f"{r.randint(70, 95)} deg", ">= 115 deg"),
        ("s/p left THA, posterior approach", c.la("Z96.642"), "Hip abduction strength", "3/5", "4+/5"),
        ("s/p ACL reconstruction", c.la("Z98.890"), "Quad index", f"{r.randint(40, 65)}%", ">= 85%"),
        ("lumbar radiculopathy", c.la("M54.17"), "Oswestry", f"{r.randint(30, 60)}%", "< 20%"),
        ("s/p rotator cuff repair", c.la("Z98.890"), "Passive forward flexion", f"{r.randint(60, 100)} deg", "160 deg"),
    ))
    dx, icd, g1, b1, t1 = cond
    clinic = c.v("ORGANIZATION", pool=_CARE_ORGS)
    rows = [("Goal", "Baseline", "Target (8 wk)"), (g1, b1, t1),
            ("Timed Up and Go", f"{r.uniform(11, 24):.1f} s", "< 12 s"),
            ("Gait", c.pick(("RW, 150 ft", "SPC, community", "axillary crutches")), "independent, no device"),
            ("Stairs", f"{r.randint(2, 8)} steps step-to", "12 steps reciprocal, 1 rail"),
            ("LEFS", f"{r.randint(18, 45)}/80", ">= 60/80")]
    tbl = "\n".join(f"  {a:26}{b:22}{t}" for a, b, t in rows)
    sections = [
        "OUTPATIENT REHABILITATION - PHYSICAL THERAPY PLAN OF CARE / RE-CERTIFICATION",
        f"Patient:  ___        MRN:  {c.v('MRN')}        DOB:  {c.v('DATE_REAL_YEAR', lo=1940, hi=2006)}\n"
        f"Insurance:  {c.la(c.pick(('Medicare Part B', 'Medicaid', 'commercial PPO', 'workers compensation')))}    "
        f"Member ID:  {c.v('HEALTH_PLAN')}\n"
        f"Referring provider:  {c.v('PERSON', style='full')}    NPI:  {c.v('LICENSE', kind='npi')}\n"
        f"Treating clinic:  {clinic}",
        f"Diagnosis:  {dx} ({icd})\nOnset / surgery date:  {c.sd()}\n"
        "Precautions:  "
        f"{c.pick(_OPT_POSTERIOR_HIP_PRECAUTIONS_X)}",
        f"Assessment:  Patient demonstrates impaired ROM, strength, balance and gait (diagnosis: {dx}). "
        f"Rehab potential good. {c.la(c.pick(('KOOS JR', 'HOOS JR')))} {r.uniform(40, 70):.1f}; pain "
        f"{r.randint(2, 7)}/10.",
        "GOALS:\n" + tbl,
        f"Plan:  Frequency {c.la(c.pick(('2x/week x 8 weeks', '3x/week x 6 weeks', '2x/week x 12 weeks')))}. "
        "Interventions: "
        f"therapeutic exercise (97110), neuromuscular re-education (97112), manual therapy (97140), gait training "
        f"(97116), {c.la('Game Ready')} cryotherapy, NMES, home exercise program.",
        "Certification:  I have reviewed this plan of care and certify a continuing need for services.\n"
        "Physician signature: ___          Date: "
        f"{c.v('DATE_REAL_YEAR', lo=2018, hi=2024) if c.chance(0.5) else '___'}\n"
        f"Therapist:  {c.v('PERSON', style='full')}, PT, DPT    PT license #{c.v('LICENSE', kind='state')}",
    ]
    extras = [
        "Subjective:  Patient reports "
        f"{c.pick(('improving stairs', 'difficulty getting in and out of the car', 'night pain', 'fear of falling'))}. "
        "Compliant with HEP about 5 days per week.",
        f"Progress note visit {r.randint(6, 14)} of {r.randint(16, 24)} (copied forward): tolerated session well; no "
        "adverse events.",
    ]
    return sections, extras


def _k_dme_order(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    items = r.sample((
        (c.la("E0143"), "Walker, folding, wheeled, adjustable", "99 (lifetime)"),
        (c.la("L0637"), "LSO, sagittal-coronal control, prefabricated, custom fitted", "6"),
        (c.la("L1833"), f"Knee orthosis, adjustable joint ({c.la('Hinged Knee Brace')}), prefab", "3"),
        (c.la("E0748"), f"Osteogenesis stimulator, electrical, spinal ({c.la('OsteoPulse')})", "9"),
        (c.la("E0935"), f"Continuous passive motion device ({c.la('Kinetec')}), knee", "0.75"),
        (c.la("L4361"), f"Walking boot, pneumatic ({c.la('Cam walker')})", "2"),
        (c.la("E0165"), "Commode chair, stationary, with detachable arms", "99"),
        (c.la("L3960"), "Shoulder abduction positioning orthosis", "2"),
    ), k=r.randint(2, 4))
    tbl = "\n".join(f"  {h:8}{d:68}1    {n}" for h, d, n in items)
    street = c.v("STREET_ADDRESS")
    sections = [
        "DURABLE MEDICAL EQUIPMENT / ORTHOTICS ORDER AND LETTER OF MEDICAL NECESSITY",
        f"Patient:  ___    DOB: {c.v('DATE_REAL_YEAR', lo=1930, hi=2010)}    Sex: {c.sex}    "
        f"Ht {r.randint(58, 76)} in    Wt {r.randint(98, 310)} lb\n"
        f"Delivery address:  {street}, {c.v('LOCATION')}, {c.la(c.pick(STATES))} {c.v('ZIP')}\n"
        f"Phone:  {c.v('PHONE')}\n"
        f"Insurance:  {c.la(c.pick(('Medicare', 'MassHealth', 'commercial HMO', 'workers compensation')))}    ID: "
        f"{c.v('HEALTH_PLAN')}",
        "HCPCS   Description" + " " * 57 + "Qty  Length of need (months)\n" + tbl,
        "Diagnosis:  "
        f"{c.pick(_OPT_S_P_L4_5_TLIF_Z98_1)}",
        "Medical necessity:  The patient has impaired mobility and "
        f"{c.pick(_OPT_A_HIGH_RISK_OF_NON_UNION_SMO)}. "
        "The item(s) are required to safely perform mobility-related activities of daily living in the home. "
        "The patient and caregiver were instructed and are able to use the equipment safely. "
        "A lighter-weight or less costly alternative was considered and is not sufficient.",
        f"Supplier:  {c.v('ORGANIZATION', alt='___', pool=_CARE_ORGS)}    Supplier fax: {c.v('FAX')}",
        f"Prescriber:  {c.v('PERSON', style='full')}, {c.pick(('MD', 'DO', 'NP', 'PA-C'))}    NPI: "
        f"{c.v('LICENSE', kind='npi')}\n"
        f"Signature on file    Order date: {c.sd()}",
    ]
    extras = [
        f"Face-to-face encounter:  Patient seen on {c.sd()}; findings documented in the clinic note of that date. "
        f"Questions about Medicare coverage: {c.la('https://www.cms.gov/medicare/coverage')}.",
        f"Fitting note (orthotist):  Brace fitted, skin checked, wear schedule reviewed. Lot {c.lot()}.",
    ]
    return sections, extras


_POSITIONS = {
    "soccer": ("goalkeeper", "forward", "midfield", "defender"), "basketball": ("guard", "forward", "center"),
    "ice hockey": ("defense", "wing", "goaltender"), "lacrosse": ("attack", "midfield", "defense"),
    "volleyball": ("setter", "libero", "outside hitter"), "football": ("linebacker", "wide receiver", "lineman"),
    "rugby": ("flanker", "scrum-half", "prop"),
}


def _k_sports_clearance(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    sport = r.choice(("soccer", "basketball", "ice hockey", "lacrosse", "volleyball", "football", "rugby"))
    inj = r.choice(("ACL reconstruction (BTB autograft)", "arthroscopic Bankart repair", "fifth metatarsal screw "
                                                                                         "fixation",
                    "medial patellofemoral ligament reconstruction", "meniscus repair"))
    age = r.randint(14, 22)
    school = c.v("ORGANIZATION", pool=_SCHOOLS)
    sections = [
        "SPORTS MEDICINE - RETURN-TO-PLAY CLEARANCE",
        f"Athlete:  ___    {c.la(f'Age: {age}')}    Team/School:  {school}\nSport/position:  {sport}, "
        f"{c.pick(_POSITIONS[sport])}\n"
        f"Parent/guardian:  {c.v('PERSON', style='full')}    Phone: {c.v('PHONE')}",
        f"Injury / surgery:  {c.side} {inj} on {c.sd()}; now {r.randint(4, 11)} months post-op.",
        f"Functional testing (limb symmetry index):\n  Single hop      {r.randint(85, 99)}%\n"
        f"  Triple hop      {r.randint(85, 99)}%\n  Crossover hop   {r.randint(85, 99)}%\n  6-m timed hop   "
        f"{r.randint(85, 99)}%\n"
        f"  Isokinetic quad {r.randint(78, 98)}% at 60 deg/s\n  {c.la('ACL-RSI')} {r.randint(55, 95)}    "
        f"Y-balance composite {r.randint(88, 104)}%",
        f"Exam:  Full ROM, no effusion. {c.la('Lachman')} 1A with firm endpoint, {c.la('pivot shift')} negative, "
        f"{c.la('Beighton')} {r.randint(0, 5)}/9. Apprehension negative. Concussion history: "
        f"{c.pick(('none', '1 (2 years ago), asymptomatic', 'none reported'))}.",
        "Clearance:  [X] Cleared for full participation "
        f"{c.pick(_OPT_WITH_FUNCTIONAL_BRACE_FOR_TH)}\n"
        "[ ] Cleared with restrictions   [ ] Not cleared",
        f"Athletic trainer:  {c.v('PERSON', style='full')}, ATC    email: {c.v('EMAIL', work=True)}\n"
        f"Physician:  {c.v('PERSON', style='full')}, MD, CAQSM",
    ]
    extras = [
        f"Injury-prevention program: {c.la('FIFA 11+')} warm-up 3x/week. Educational material: "
        f"{c.la('orthoinfo.aaos.org')}.",
        "Copied from pre-participation physical: BP 112/68, HR 58, vision 20/20 OU, no murmur with Valsalva, "
        "no family history of sudden cardiac death.",
    ]
    return sections, extras


# -- radiology ------------------------------------------------------------------------------------


def _indication(c: _Ctx, text: str) -> str:
    if c.chance(0.15) and c.take("AGE_OVER_89"):
        return f"INDICATION:  {c.mk('AGE_OVER_89')} year old {c.woman} with {text}"
    return f"INDICATION:  ___ year old {c.woman} with {text}"


def _rad_sign(c: _Ctx) -> str:
    if c.take("PERSON"):
        if c.chance(0.5):
            return (f"Findings discussed with Dr. {c.mk('PERSON', style='last')} by Dr. ___ by telephone on ___ at "
                    f"{c.tm()}, ___ minutes after discovery.")
        return f"Electronically signed by {c.mk('PERSON', style='full')}, MD"
    return ""


def _k_mri(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    site = r.choice(("knee", "shoulder", "lumbar"))
    side = c.side.upper()
    ver = c.la(c.pick(("syngo MR XA30", "syngo MR E11", "SIGNA 29.1", "Ingenia R5.7.1")))
    if site == "knee":
        marrow = c.pick(("Lateral femoral condyle and posterolateral tibial plateau contusions.", "No fracture.",
                         f"Subchondral edema medial tibial plateau ({c.la('SONK')} not excluded)."))
        baker = c.la("Baker's cyst")
        exam = f"MR KNEE W/O CONTRAST {side}"
        ind = f"twisting injury, medial joint line pain, positive {c.la('McMurray')}. // eval meniscal tear"
        findings = (f"MENISCI:  Oblique tear of the posterior horn of the medial meniscus extending to the inferior "
                    "articular surface. Lateral meniscus intact.\nLIGAMENTS:  ACL "
                    f"{c.pick(('intact', 'complete tear with pivot-shift bone contusions', 'mucoid degeneration'))}. "
                    f"PCL intact. MCL grade {r.randint(1, 2)} sprain. LCL complex and posterolateral corner intact.\n"
                    f"CARTILAGE:  {c.la('Outerbridge')} grade {c.pick(('II', 'III'))} chondrosis of the medial "
                    "femoral condyle.\n"
                    f"BONE MARROW:  {marrow}\n"
                    f"EXTENSOR MECHANISM:  Intact. {c.la('Insall-Salvati')} ratio {r.uniform(0.9, 1.3):.2f}.\n"
                    f"OTHER:  Small joint effusion. {baker} measuring {r.randint(8, 40)} mm.")
        imp = "1. Medial meniscal tear as described.\n2. Medial compartment chondrosis."
    elif site == "shoulder":
        exam = f"MR SHOULDER W/O CONTRAST {side}"
        ind = "chronic pain with overhead activity, weakness. // rotator cuff tear?"
        findings = (f"ROTATOR CUFF:  Full-thickness tear of the supraspinatus measuring {r.randint(8, 30)} mm AP x "
                    f"{r.randint(10, 35)} mm retraction, {c.la('Goutallier')} grade {r.randint(1, 3)} fatty "
                    "infiltration. "
                    "Infraspinatus tendinosis. Subscapularis intact.\n"
                    f"BICEPS:  Long head tendinosis, in the groove.\nLABRUM:  Degenerative fraying; no discrete "
                    f"{c.la('Bankart')} lesion. No {c.la('Hill-Sachs')} deformity.\n"
                    "AC JOINT:  Moderate hypertrophic arthrosis with lateral downsloping acromion (type II).\n"
                    "OTHER:  Fluid in the subacromial-subdeltoid bursa.")
        imp = "1. Full-thickness supraspinatus tear with retraction.\n2. AC joint arthrosis."
    else:
        exam = "MR L-SPINE W/O CONTRAST"
        ind = f"low back pain radiating to the {c.side} leg, positive SLR. // disc herniation?"
        lv = []
        for lvl in ("L1-2", "L2-3", "L3-4", "L4-5", "L5-S1"):
            lv.append(f"{lvl}:  " + c.pick((
                "No disc herniation, spinal canal or neural foraminal narrowing.",
                "Mild disc bulge without significant stenosis.",
                f"Disc desiccation ({c.la('Pfirrmann')} grade {c.pick(('III', 'IV'))}); broad-based protrusion with "
                "mild "
                "to moderate spinal canal and bilateral foraminal narrowing.",
                f"{c.side.capitalize()} paracentral extrusion contacting the traversing nerve root; facet arthropathy.",
                f"Endplate signal change ({c.la('Modic type 1')}); moderate foraminal narrowing.")))
        findings = ("There are five lumbar-type vertebral bodies. Alignment is "
                    f"{c.pick(('normal', 'notable for grade 1 anterolisthesis of L4 on L5'))}. "
                    "Vertebral body heights are maintained. Conus terminates at L1. \n" + "\n".join(lv))
        imp = "1. Multilevel degenerative change, most pronounced at L4-5 and L5-S1 as described."
    sections = [
        f"EXAMINATION:  {exam}",
        _indication(c, ind),
        f"TECHNIQUE:  Multiplanar, multisequence MR images of the {site} were obtained on a 3T magnet "
        f"(software {ver}) without intravenous contrast.",
        f"COMPARISON:  {c.pick(('Radiographs from ___.', 'None.', 'Outside MRI from ___, report only.'))}",
        "FINDINGS: \n \n" + findings,
        "IMPRESSION: \n \n" + imp,
    ]
    s = _rad_sign(c)
    if s:
        sections.append(s)
    extras = [
        "MRI safety screening completed by technologist; no contraindications identified. "
        "Sedation: none. Patient tolerated the exam well.",
        "NOTE:  Preliminary report was provided by the resident; the final report reflects attending review.",
        "Prior report (copied for reference):  "
        f"{c.pick(_OPT_MILD_DEGENERATIVE_CHANGES_NO)}",
    ]
    return sections, extras


def _k_xray_joint(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    site = r.choice(("KNEE", "HIP", "SHOULDER", "ANKLE", "WRIST", "HAND", "PELVIS"))
    views = {"KNEE": "(AP, LAT & SUNRISE)", "HIP": "(UNILAT 2 VIEWS)", "SHOULDER": "(GRASHEY, AXILLARY, Y)",
             "ANKLE": "(AP, MORTISE & LAT)", "WRIST": "(PA, LAT & OBLIQUE)", "HAND": "(PA, LAT & OBLIQUE)",
             "PELVIS": "(AP ONLY)"}[site]
    postop = c.chance(0.45)
    ind = c.pick(("fall, pain", "s/p arthroplasty, routine follow-up" if postop else "chronic pain, eval OA",
                  "trauma, eval fracture", "swelling after injury"))
    if postop:
        vanc = f" No {c.la('Vancouver')} B-type periprosthetic fracture." if site == "HIP" else ""
        find = (f"Status post {c.pick(('total', 'hemi'))} arthroplasty. Components are well seated without "
                f"periprosthetic lucency, fracture or hardware complication.{vanc} Expected post-surgical soft "
                "tissue swelling and skin staples.")
        imp = "Postoperative appearance as above without complication."
    else:
        find, imp = c.pick((
            (f"Moderate joint space narrowing with marginal osteophytes and subchondral sclerosis "
             f"({c.la('Kellgren-Lawrence grade 3')}). No fracture.", "Moderate degenerative change as described."),
            (f"Nondisplaced fracture is seen. {c.la('Salter-Harris')} classification not applicable (skeletally "
             "mature). Soft tissue swelling.", "Nondisplaced fracture; recommend orthopaedic follow-up."),
            (f"Comminuted intra-articular fracture with {r.randint(2, 6)} mm step-off. No dislocation.",
             "Intra-articular fracture as described; CT may be helpful for pre-operative planning."),
            ("No acute fracture or dislocation. Mild degenerative change. Chondrocalcinosis noted.",
             "No acute fracture. Chondrocalcinosis, which can be seen with CPPD."),
        ))
    sections = [
        f"EXAMINATION:  {site} {views} {c.side.upper() if site != 'PELVIS' else ''}".rstrip(),
        _indication(c, f"{ind} // {c.pick(('eval', 'fracture?', 'alignment', 'hardware'))}"),
        f"TECHNIQUE:  {views.strip('()').replace('&', 'and')} views of the {site.lower()}.",
        f"COMPARISON:  {c.pick(('___.', 'None.', 'Prior radiographs from ___ and ___.', f'{c.sd()}.'))}",
        f"FINDINGS: \n \n{find} Bone mineralization is {c.pick(('normal', 'diffusely decreased'))}. "
        f"{c.pick(_OPT_NO_RADIOPAQUE_FOREIGN_BODY)}",
        f"IMPRESSION: \n \n{imp}",
    ]
    s = _rad_sign(c)
    if s:
        sections.append(s)
    extras = [
        f"Technologist note:  Patient unable to fully cooperate with positioning due to pain; views limited. "
        f"Shielding per protocol. {c.la('DAP 1.8 dGy.cm2')}.",
        f"Prior report (copied for reference):  {site} radiographs {c.sd()}: "
        f"{c.pick(('mild degenerative change', 'no acute fracture', 'postoperative change'))}. "
        "No interval change in hardware position compared with prior.",
        "This examination was reviewed on a diagnostic workstation. Dictated with voice recognition; "
        "homophones may be present.",
        "Clinical note from order:  "
        f"{c.pick(('Pain 7/10 since fall.', 'Post-op visit.', 'Eval for surgical planning.'))} "
        f"Ordering department: {c.la('Orthopaedic Surgery')}.",
    ]
    return sections, extras


def _k_xray_spine(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    reg = r.choice(("C-SPINE", "L-SPINE", "SCOLIOSIS SERIES"))
    if reg == "SCOLIOSIS SERIES":
        ang = r.randint(12, 48)
        find = (f"Right thoracic curve measuring {c.la(f'{ang} degrees')} ({c.la('Cobb')} angle, T5-T11) and "
                f"compensatory left lumbar curve of {r.randint(8, 30)} degrees. {c.la('Risser')} {r.randint(0, 5)}. "
                f"Triradiate cartilage {c.pick(('open', 'closed'))}. Pelvis level.")
        ind = f"adolescent idiopathic scoliosis, in {c.la('Boston brace')} // curve progression?"
    elif reg == "C-SPINE":
        find = (f"Post-surgical change of {c.pick(('C5-6', 'C5-7', 'C6-7'))} ACDF with anterior plate and interbody "
                "spacers; no hardware loosening. Alignment maintained on flexion/extension without instability. "
                f"Prevertebral soft tissues normal. Patient imaged in {c.la('Miami J')} collar."
                if c.chance(0.6) else
                "Straightening of cervical lordosis. Multilevel disc space narrowing C4-C7 with uncovertebral "
                "hypertrophy. No fracture.")
        ind = "neck pain, post-op check // hardware, alignment"
    else:
        find = (f"Grade 1 anterolisthesis of L4 on L5 ({c.la('Meyerding')}), unchanged on flexion and extension. "
                f"Pedicle screws and rods at L4-5 {c.pick(('without lucency', 'with interbody cage in position'))}. "
                f"Compression deformity of {c.pick(('T12', 'L1', 'L2'))} with approximately {r.randint(15, 45)}% "
                "height loss, "
                f"{c.pick(('new since prior', 'unchanged'))}.")
        ind = "back pain, s/p fusion // hardware, alignment"
    sections = [
        f"EXAMINATION:  {reg} {c.pick(_OPT_AP_AND_LAT)}",
        _indication(c, ind),
        f"TECHNIQUE:  {c.pick(('Standing', 'Upright', 'Supine'))} views of the spine.",
        f"COMPARISON:  {c.pick(('___.', 'None.', 'MRI of ___; radiographs of ___.'))}",
        f"FINDINGS: \n \n{find} No destructive osseous lesion. Visualized "
        f"{c.pick(('lung apices', 'SI joints', 'bowel gas pattern'))} unremarkable.",
        "IMPRESSION: \n "
        f"\n{c.pick(_OPT_STABLE_POSTOPERATIVE_APPEARA)}",
    ]
    s = _rad_sign(c)
    if s:
        sections.append(s)
    extras = [
        f"Prior report (copied for reference):  {reg} {c.sd()}: "
        f"{c.pick(('similar alignment', 'postoperative change', 'degenerative change without fracture'))}.",
        f"Dose:  EOS low-dose system, software {c.la('sterEOS 1.8.4.7')}.",
        "Measurements performed on the PACS workstation and are subject to inter-observer variability of about "
        "5 degrees.",
        "Clinical note from order:  "
        f"{c.pick(('Follow-up of known curve.', 'Post-op 6 weeks.', 'New back pain after fall.'))}",
    ]
    return sections, extras


def _k_ct_fracture(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    site = r.choice(("ANKLE", "TIBIAL PLATEAU", "PELVIS", "WRIST", "CALCANEUS", "ACETABULUM"))
    klass = {"ANKLE": c.la(c.pick(("Lauge-Hansen SER IV", "Weber B trimalleolar"))),
             "TIBIAL PLATEAU": c.la(f"Schatzker {c.pick(('II', 'IV', 'V', 'VI'))}"),
             "PELVIS": c.la(c.pick(("Young-Burgess LC-1", "Denis zone II"))),
             "WRIST": c.la("Frykman VII"),
             "CALCANEUS": c.la(c.pick(("Sanders IIB", "Sanders III"))),
             "ACETABULUM": c.la(c.pick(("Letournel posterior wall", "Letournel both-column")))}[site]
    trauma = c.chance(0.5)
    ind = f"{c.pick(('MVC', 'fall from height', 'ground-level fall'))} // fracture characterization, pre-op planning"
    sections = [
        f"EXAMINATION:  CT {site} W/O CONTRAST {c.side.upper() if site not in ('PELVIS',) else ''}".rstrip(),
        _indication(c, ind),
        f"TECHNIQUE:  Helical MDCT of the {site.lower()} without IV contrast with 0.625 mm slices. Coronal and "
        "sagittal reformats and 3D volume-rendered reconstructions were performed. DLP: "
        f"{c.la(f'{r.randint(120, 900)} mGy-cm')}.",
        f"COMPARISON:  {c.pick(('Radiographs from the same day.', 'None.', 'Outside CT, images not available.'))}",
        f"FINDINGS: \n \nComminuted fracture consistent with {klass}. Articular depression of {r.randint(2, 12)} mm "
        f"with {c.pick(('a 3 mm gap', 'a split fragment', 'impaction'))}. "
        f"{c.pick(_OPT_SYNDESMOSIS_WIDENED)} "
        "No additional fracture. Soft tissue swelling and hematoma. "
        f"{c.pick(('Vascular calcifications.', 'Small lipohemarthrosis.', 'No radiopaque foreign body.'))}",
        f"IMPRESSION: \n \n1. {klass} fracture as described.\n2. "
        f"{c.pick(_OPT_ARTICULAR_STEP_OFF_AS_ABOVE)}",
    ]
    if trauma and c.take("VEHICLE_ID"):
        sections.insert(2, f"CLINICAL HISTORY (from ED triage):  restrained driver, MA reg {c.mk('VEHICLE_ID')}, "
                           "airbags deployed, extricated by fire.")
    s = _rad_sign(c)
    if s:
        sections.append(s)
    extras = [
        "3D reconstructions were created on an independent workstation under the supervision of the attending "
        f"radiologist ({c.la('CPT 76377')}).",
        f"Prior report (copied for reference):  radiographs {c.sd()}: fracture of the {site.lower()}, further "
        "characterization with CT recommended.",
        "Dictated with voice recognition; please contact the reading room with questions.",
        "Clinical note from order:  "
        f"{c.pick(('Pre-op planning.', 'Eval comminution.', 'Concern for intra-articular extension.'))}",
    ]
    return sections, extras


def _k_dexa(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    ts = {k: round(r.uniform(-3.6, -0.4), 1) for k in ("L1-L4", "Femoral neck", "Total hip", "Distal 1/3 radius")}
    bmd = {k: round(r.uniform(0.55, 1.05), 3) for k in ts}
    rows = [f"{'Region':20}{'BMD (g/cm2)':14}{'T-score':10}Z-score"]
    for k in ts:
        rows.append(f"{k:20}{bmd[k]:<14.3f}{ts[k]:<10.1f}{round(ts[k] + r.uniform(0.3, 1.6), 1)}")
        c.la(f"{bmd[k]:.3f}")
    worst = min(ts.values())
    diag = "osteoporosis" if worst <= -2.5 else "osteopenia (low bone mass)" if worst < -1.0 else "normal"
    frax = r.uniform(5, 38)
    sections = [
        f"EXAMINATION:  BONE DENSITOMETRY (DXA) {c.pick(_OPT_AXIAL_SKELETON)}",
        _indication(c, c.pick(("postmenopausal, on aromatase inhibitor // bone density" if c.sex == "F" else
                               "long-term prednisone, hypogonadism // bone density", "s/p fragility fracture // "
                                                                                     "osteoporosis",
                               f"monitoring on {c.la(c.pick(('Prolia', 'Forteo', 'alendronate', 'Evenity')))} // "
                               "interval change"))),
        f"TECHNIQUE:  {c.pick(('Hologic Horizon A', 'GE Lunar iDXA'))} densitometer, software "
        f"{c.la(c.pick(('APEX 5.6.0.5', 'enCORE 18.0', 'APEX 4.0.2')))}. Reference database: NHANES III (hip), "
        "manufacturer (spine).",
        f"COMPARISON:  {c.pick(('None.', f'{c.sd()}.', 'Prior DXA ___ on the same scanner.'))}",
        "FINDINGS: \n \n" + "\n".join(rows),
        f"{c.pick(_OPT_L3_EXCLUDED_DUE_TO_COMPRESSI)}\n"
        f"FRAX 10-year probability: major osteoporotic fracture {c.la(f'{frax:.1f}%')}, hip fracture {frax / 3:.1f}%.",
        f"IMPRESSION: \n \n{diag.capitalize()} by WHO criteria (lowest T-score {worst:.1f}). "
        + ("Recommend pharmacologic therapy per BHOF guidance." if worst <= -2.5 or frax > 20 else
           "Recommend calcium, vitamin D and weight-bearing exercise; repeat in 2 years."),
    ]
    if c.take("AGE_OVER_89"):
        sections.insert(2, f"Patient age at scan: {c.mk('AGE_OVER_89')} years. Height {r.randint(140, 170)} cm "
                           f"(self-reported loss of {r.randint(2, 8)} cm).")
    s = _rad_sign(c)
    if s:
        sections.append(s)
    extras = [
        f"Patient information: {c.la('BHOF')} resources at {c.la('www.bonehealthandosteoporosis.org')}. "
        f"Least significant change at this center: spine {c.la('0.028 g/cm2')}.",
        "Quality control: daily phantom within limits. Positioning adequate.",
        "Risk factors entered: "
        f"{c.pick(_OPT_PRIOR_FRACTURE_GLUCOCORTICOI)}; "
        f"BMI {r.uniform(17, 34):.1f}.",
    ]
    return sections, extras


def _k_arthrogram(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    joint = r.choice(("SHOULDER", "HIP", "WRIST"))
    op = c.v("PERSON", style="full") if c.chance(0.6) else "___"
    steroid = ""
    if c.chance(0.4):
        steroid = f", followed by {c.la('Kenalog')} 40 mg and {c.la('bupivacaine')} 0.5% 4 mL"
    sections = [
        f"EXAMINATION:  {joint} ARTHROGRAM {c.side.upper()} (FLUORO-GUIDED INJECTION FOR MR ARTHROGRAPHY)",
        _indication(c, c.pick(("suspected labral tear // MR arthrogram", "instability after dislocation // labrum",
                               "FAI // labral tear, cartilage", "ulnar-sided wrist pain // TFCC tear"))),
        "PROCEDURE:  Fluoroscopically guided injection of contrast for MR arthrography.",
        f"OPERATORS:  Dr. {op}, attending radiologist; Dr. ___, fellow.",
        "CONSENT / TIME-OUT:  Risks, benefits and alternatives (including infection, bleeding, allergic reaction, "
        "post-procedure pain) were explained and written consent was obtained. A time-out was performed.",
        f"TECHNIQUE:  The {joint.lower()} was prepped and draped in sterile fashion. After local anesthesia with "
        f"{c.la('lidocaine')} 1%, a {c.pick(('22-gauge', '20-gauge', '25-gauge'))} spinal needle was advanced under "
        f"fluoroscopic guidance into the joint. Intra-articular position was confirmed with {c.la('Omnipaque')} 300. "
        f"{c.pick((10, 12, 15, 3))} mL of dilute gadolinium ({c.la('Dotarem')} 0.1 mL in 20 mL saline) was injected"
        f"{steroid}. "
        f"Fluoroscopy time {r.uniform(0.2, 1.8):.1f} min; {c.la(f'{r.uniform(1, 15):.1f} mGy')}.",
        "FINDINGS:  Contrast opacifies the joint without extravasation. "
        f"{c.pick(_OPT_NO_COMMUNICATION_WITH_THE_SU)}",
        "IMPRESSION:  Successful fluoroscopically guided arthrogram; patient sent to MRI. No immediate complication. "
        f"Pre-procedure pain {r.randint(3, 8)}/10, post-procedure {r.randint(0, 5)}/10.",
    ]
    s = _rad_sign(c)
    if s:
        sections.append(s)
    extras = [
        f"Lot numbers: lidocaine {c.lot()}, contrast {c.lot()}. NDC {c.ndc()}.",
        "Post-procedure instructions given: avoid strenuous use for 24 hours; ice as needed; call for fever or "
        f"increasing pain. Adverse events may be reported to {c.la('MedWatch')} {c.la('1-800-FDA-1088')}.",
        f"Prior report (copied for reference):  radiographs {c.sd()}: no acute osseous abnormality.",
    ]
    return sections, extras


_DISCHARGE_KINDS = {
    "tja_discharge": _k_tja_discharge,
    "arthroplasty_op_implant_log": _k_op_implant_log,
    "spine_fusion_record": _k_spine_fusion,
    "hip_fracture_discharge": _k_hip_fracture,
    "fracture_clinic_letter": _k_fracture_letter,
    "workers_comp_report": _k_wc_report,
    "independent_medical_exam": _k_ime,
    "pt_plan_of_care": _k_pt_plan,
    "dme_orthotics_order": _k_dme_order,
    "sports_clearance": _k_sports_clearance,
}
_RADIOLOGY_KINDS = {
    "mri_msk": _k_mri,
    "xray_joint": _k_xray_joint,
    "xray_spine": _k_xray_spine,
    "ct_fracture": _k_ct_fracture,
    "dexa": _k_dexa,
    "arthrogram": _k_arthrogram,
}
DOC_KINDS = tuple(_DISCHARGE_KINDS) + tuple(_RADIOLOGY_KINDS)

# Masked blocks used to build heavily masked notes
_HEAVY_DISCHARGE = (
    "Followup Instructions:\n___\n___\n___",
    "Contacts on file:\n  ___ (___)  home ___  cell ___\n  ___ (___)  work ___",
    "Discussed with ___, ___ of ___ at ___ on ___ at ___.",
    "Outside records: ___ Hospital (___), ___ Orthopaedics (___), ___ PT (___).",
    "Appointment: ___ at ___ with ___, ___ Building, ___ floor. Phone ___.",
)
_HEAVY_RADIOLOGY = (
    "Findings discussed with Dr. ___ by Dr. ___ via telephone on ___ at ___, ___ minutes after discovery.",
    "PRIOR STUDIES:  ___ (___), ___ (___) and ___ (outside, ___).",
    "Requested by ___ (___), ___ Orthopaedics; copy to ___ and ___.",
    "NOTE:  Outside images from ___ (___) loaded to PACS on ___ by ___.",
)
_FILLERS = {
    "summary": (
        "Pain management:\nMultimodal regimen per ERAS pathway: scheduled acetaminophen, NSAID if renal function "
        "allows, short course of opioid for breakthrough pain, ice and elevation. Wean opioids over 1-2 weeks.",
        "Patient education:\nReviewed signs of infection, DVT and PE, fall prevention at home, and safe use of the "
        "walker on stairs. Patient verbalized understanding using teach-back.",
        "***Copied forward from prior note***\nPatient seen and examined. Plan discussed with team. No acute events "
        "overnight. Continue current management.",
    ),
    "form": (
        "CONFIDENTIALITY NOTICE: This document contains protected health information. If you received it in "
        "error, notify the sender and destroy all copies. Redisclosure is prohibited without written consent.",
        "Copies to: patient; chart; referring provider. Page 2 of 2.",
        "Form completed from the clinic visit note of the same date; see chart for full documentation.",
        "Patient was given a copy of this document and verbalized understanding of the plan and restrictions.",
        "If any information on this form is unclear, please contact the clinic through the main number on "
        "the letterhead. Allow 5-7 business days for completion of additional paperwork.",
    ),
    "radiology": (
        "RECOMMENDATION(S):  Clinical correlation and orthopaedic follow-up as indicated.",
        "NOTE:  This study was interpreted in conjunction with the prior examinations available on PACS.",
        "Limitations:  Patient motion degrades some images.",
        "Report electronically finalized. Radiation dose is monitored in keeping with ALARA principles; "
        "dose data are recorded in the dose registry.",
        "Preliminary findings were reviewed with the orthopaedic team at the time of the study; there is no "
        "substantive change in the final report.",
    ),
}
_FAMILY = {
    "tja_discharge": "summary", "arthroplasty_op_implant_log": "summary", "spine_fusion_record": "summary",
    "hip_fracture_discharge": "summary", "fracture_clinic_letter": "form", "workers_comp_report": "form",
    "independent_medical_exam": "form", "pt_plan_of_care": "form", "dme_orthotics_order": "form",
    "sports_clearance": "form", "mri_msk": "radiology", "xray_joint": "radiology", "xray_spine": "radiology",
    "ct_fracture": "radiology", "dexa": "radiology", "arthrogram": "radiology",
}
_TARGET = {"summary": (2600, 5600), "form": (1300, 3600), "radiology": (1000, 2600)}

_MAX_BYTES = 6144
_MIN_BYTES = 1000


def _assemble(c: _Ctx, doc_kind: str, core: list[str], extras: list[str]) -> str:
    r = c.r
    family = _FAMILY[doc_kind]
    # plants the document kind did not place itself go into one or two generic blocks
    left = list(c.plan)
    c.plan.clear()
    if left:
        lines = [_GENERIC[cat](c) for cat in left]
        groups = [lines] if len(lines) < 3 or r.random() < 0.5 else [lines[:2], lines[2:]]
        for g in groups:
            lo_pos = len(core) // 2 if c.note_type == "radiology" else 1
            core.insert(r.randint(lo_pos, len(core)), _leftover_block(c, g))
    if c.mode == "heavy":
        pool = list(_HEAVY_RADIOLOGY if c.note_type == "radiology" else _HEAVY_DISCHARGE)
        r.shuffle(pool)
        want = 12 + r.randint(0, 6)
        k = 0
        while "\n\n".join(core).count("___") < want:
            core.insert(r.randint(1, len(core)), pool[k % len(pool)])
            k += 1
    if "___" not in "\n\n".join(core):
        core.insert(len(core) - 1, "Ordering provider:  Dr. ___" if family == "radiology" else "Contact on file: ___")
    lo, hi = _TARGET[family]
    target = r.randint(lo, hi)
    size = _nbytes("\n\n".join(core))
    fillers = list(_FILLERS[family])
    r.shuffle(fillers)
    for ex in list(extras) + fillers:
        if size >= target and size >= _MIN_BYTES:
            break
        if ex in fillers and size >= _MIN_BYTES:
            break
        add = _nbytes(ex) + 2
        if size + add > _MAX_BYTES - 64:
            continue
        core.insert(len(core) - 1, ex)
        size += add
    # never above the cap: drop unmarked sections from the end (the first section is the header)
    while _nbytes("\n\n".join(core)) > _MAX_BYTES:
        idx = next(j for j in range(len(core) - 1, 0, -1) if "\x01" not in core[j])
        del core[idx]
    return "\n\n".join(core) + "\n"


# ------------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------------


def _occurs(s: str, text: str) -> bool:
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", text) is not None


def _build_full(seed: int, i: int) -> tuple[LabelledNote, list[str], str, str]:
    rng = random.Random(f"{_SALT}|note|{seed}|{i}")
    mode, note_type, cats = _plan(seed, i)
    c = _Ctx(rng, cats, mode, note_type)
    kinds = _DISCHARGE_KINDS if note_type == "discharge" else _RADIOLOGY_KINDS
    doc_kind = rng.choice(sorted(kinds))
    core, extras = kinds[doc_kind](c)
    raw = _assemble(c, doc_kind, core, extras)
    text, spans = _render(raw)
    assert sorted(cat for _, _, cat in spans) == sorted(cats), (seed, i, doc_kind, spans, cats)
    looks = sorted(s for s in c.looks if _occurs(s, text))
    return LabelledNote(note_type=note_type, text=text, spans=spans), looks, mode, doc_kind


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, sorted non-PHI look-alikes placed in it, kind: "planted" / "normal" / "heavy")."""
    note, looks, mode, _ = _build_full(seed, i)
    return note, looks, mode


def holdout33_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout33_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout33_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout33_corpus, argv,
        "Held-out corpus 33 (written blind): orthopaedics, spine surgery and MSK radiology notes")
    report("holdout33", args, notes, hits, res)


if __name__ == "__main__":
    main()
