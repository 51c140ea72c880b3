"""Held-out corpus 32: urology, gynaecology and reproductive medicine (written blind).

Imitates MIMIC-IV-Note discharge summaries and radiology reports from a reproductive-medicine and
urology service: fertility-clinic letters and IVF cycle summaries (stimulation calendars, embryology
laboratory logs, specimen-tracking labels), donor-gamete and gestational-carrier records with
consent-witness blocks, prenatal-screening and genetic-counselling letters, urodynamics and
lithotripsy reports, urology and gynaecology inpatient summaries and specialty-pharmacy shipping
notes; radiology reports are pelvic and scrotal ultrasound, hysterosalpingography, CT urograms and
renal/bladder ultrasound under referring-clinic headers. Identifiers are masked as ``___`` and dates
are shifted into 2100-2200; in about 58% of the notes one to four identifiers escaped masking and are
labelled (exact value only, cue words outside). About 5% are heavily masked and carry no plants.
Every note is full of non-PHI look-alikes that are never labelled (anonymous donor codes, lot and NDC
numbers, GTIN-only UDIs, expiry dates, shifted dates, bare years, scanner models, software versions,
asset tags, cryostorage positions, public hotlines and websites, eponyms, city-named criteria...).

Labelling conventions: the identifying value only ("Dr.", "MRN:", "pager", credentials outside); a
GS1 UDI carrying (21) or a HIBCC label carrying $+ is labelled whole as DEVICE_ID, GTIN/lot/expiry-only
UDIs are not labelled; street, city and ZIP of one address are three spans, the state is not labelled;
test accession, order, requisition and specimen numbers are ACCOUNT; employer group numbers, insurer
names, anonymous donor codes, expiry dates, shifted dates, bare years and ages under 90 are never
labelled. Which notes carry plants, how many and of which category follow low-discrepancy sequences
of the note index, so per-category counts are stable from seed to seed.

Written blind: the author read only ``holdout_measure.py``, the first lines of ``notes.py``
(``CATEGORIES``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues references, the fully
masked note-shaped samples and ``pyproject.toml``; nothing of the detector, its rules, its tests or
its output. All names, places, organisations and numbers are invented surrogates.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

M = "___"
Item = str | tuple[str, str, str]

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; names from many cultures, real towns, invented organisations)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Adaeze",
    "Chidinma",
    "Oluwaseun",
    "Thandiwe",
    "Wanjiru",
    "Nilufar",
    "Farzaneh",
    "Rasha",
    "Hyejin",
    "Mei-Ling",
    "Xiaowen",
    "Haruka",
    "Akiko",
    "Priyanka",
    "Ananya",
    "Kavitha",
    "Lakshmi",
    "Mariana",
    "Ximena",
    "Rosalba",
    "Joana",
    "Inês",
    "Małgorzata",
    "Agnieszka",
    "Oksana",
    "Sigrid",
    "Astrid",
    "Siobhan",
    "Niamh",
    "Tamsin",
    "Rhiannon",
    "Delphine",
    "Margaux",
    "Élodie",
    "Giulia",
    "Chiara",
    "Esperanza",
    "Keisha",
    "Shanice",
    "Imani",
    "Winona",
    "Ayelet",
    "Yael",
    "Tsering",
    "Mahlet",
    "Selamawit",
    "Aroha",
    "Leilani",
)
_FIRST_M = (
    "Chukwuemeka",
    "Kwabena",
    "Tendai",
    "Tariq",
    "Reza",
    "Dariusz",
    "Bartosz",
    "Mateus",
    "Joaquín",
    "Rodrigo",
    "Hiroshi",
    "Kenji",
    "Minh",
    "Duc",
    "Jun-ho",
    "Rajesh",
    "Vikram",
    "Sandeep",
    "Henrik",
    "Lars",
    "Cormac",
    "Declan",
    "Matthias",
    "Florian",
    "Matteo",
    "Dmitri",
    "Kofi",
    "Jamal",
    "DeShawn",
    "Ezekiel",
    "Yosef",
    "Tomasz",
    "Emeka",
    "Bongani",
    "Anwar",
    "Faisal",
    "Teodor",
    "Ruairí",
    "Kalani",
    "Naveen",
)
_LAST = (
    "Okonkwo",
    "Adeyemi",
    "Nwachukwu",
    "Mensah",
    "Boateng",
    "Mwangi",
    "Dlamini",
    "Moyo",
    "Haddad",
    "Khoury",
    "Farahani",
    "Rostami",
    "Nakashima",
    "Takahashi",
    "Fujimoto",
    "Nguyen",
    "Pham",
    "Zhao",
    "Liang",
    "Venkataraman",
    "Subramanian",
    "Ramanathan",
    "Chatterjee",
    "Iyer",
    "Albuquerque",
    "Figueiredo",
    "Villanueva",
    "Esquivel",
    "Quintero",
    "Kowalczyk",
    "Wiśniewska",
    "Zieliński",
    "Shevchenko",
    "Kovalenko",
    "Halvorsen",
    "Lindqvist",
    "Bergström",
    "O'Sullivan",
    "McGillicuddy",
    "Breathnach",
    "Penhaligon",
    "Trevithick",
    "Marchetti",
    "Lombardi",
    "Delacroix",
    "Abernathy",
    "Whitcombe",
    "Dunmore",
    "Fairweather",
    "Pettigrew",
    "Ashworth",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Ben-David",
    "Abramovitz",
    "Goldfarb",
    "Tesfaye",
    "Gebremedhin",
    "Kealoha",
    "Aumua",
    "Rahimi",
    "Sarkisian",
    "Papadakis",
    "Vasquez-Ortega",
)
_US_TOWNS = (
    "Chicopee",
    "Pawtucket",
    "Woonsocket",
    "Nashua",
    "Biddeford",
    "Lewiston",
    "Schenectady",
    "Poughkeepsie",
    "Altoona",
    "Scranton",
    "Wilkes-Barre",
    "Hagerstown",
    "Roanoke",
    "Spartanburg",
    "Valdosta",
    "Dothan",
    "Tuscaloosa",
    "Hattiesburg",
    "Shreveport",
    "Amarillo",
    "Lubbock",
    "Pueblo",
    "Greeley",
    "Flagstaff",
    "Bakersfield",
    "Modesto",
    "Visalia",
    "Spokane",
    "Yakima",
    "Billings",
    "Bismarck",
    "Duluth",
    "Kalamazoo",
    "Saginaw",
    "Muncie",
    "Terre Haute",
    "Dubuque",
    "Topeka",
    "Joplin",
    "Paducah",
    "Chattanooga",
    "Kenosha",
    "Oshkosh",
    "Fitchburg",
    "Leominster",
    "Holyoke",
    "Brockton",
    "Taunton",
    "Methuen",
    "Attleboro",
)
# towns used inside postal addresses, with their state (the ZIP prefix is then drawn for that state)
_NE_TOWNS = {
    "Chicopee": "MA",
    "Fitchburg": "MA",
    "Leominster": "MA",
    "Holyoke": "MA",
    "Brockton": "MA",
    "Taunton": "MA",
    "Methuen": "MA",
    "Attleboro": "MA",
    "Pawtucket": "RI",
    "Woonsocket": "RI",
    "Nashua": "NH",
    "Keene": "NH",
    "Schenectady": "NY",
    "Poughkeepsie": "NY",
    "Meriden": "CT",
    "Norwich": "CT",
}
_FOREIGN = (
    "Guadalajara",
    "Puebla",
    "Oaxaca",
    "Recife",
    "Porto Alegre",
    "Medellín",
    "Ibadan",
    "Kumasi",
    "Mombasa",
    "Bulawayo",
    "Lahore",
    "Coimbatore",
    "Pune",
    "Da Nang",
    "Busan",
    "Daegu",
    "Sapporo",
    "Kraków",
    "Łódź",
    "Lviv",
    "Kharkiv",
    "Tromsø",
    "Galway",
    "Braga",
    "Bari",
    "Shiraz",
    "Tabriz",
    "Mekelle",
    "Cebu City",
)
_AREAS_LOCAL = (
    "Dorchester",
    "Jamaica Plain",
    "Mattapan",
    "Hampden County",
    "Worcester County",
    "Berkshire County",
    "Bristol County",
    "Essex County",
    "Hyde Park",
    "Roslindale",
)
_STREETS = (
    "Linden Hollow Rd",
    "Quarry Ledge Way",
    "Tamarind Ct",
    "Old Mill Pond Rd",
    "Heron Bluff Dr",
    "Windrush Ln",
    "Copper Beech Cir",
    "Pemberton Terrace",
    "Larkspur St",
    "Cobble Hill Rd",
    "Orchard Vale Blvd",
    "Ferncliff Ave",
    "Birchwood Pkwy",
    "Whitlock St",
    "Marlowe Pl",
    "Sumac Ridge Rd",
    "Kittredge St",
    "Bramblewood Dr",
    "Gannet Point Rd",
    "Juniper Row",
)
_FERT_CLINICS = (
    "Brightwater Fertility Partners",
    "Kestrel Point Women's Health",
    "Halcyon Reproductive Associates",
    "Northgate IVF & Andrology",
    "Seven Oaks Fertility Center",
    "Cedar Lantern Reproductive Medicine",
    "Wickham Bay IVF Institute",
    "Maplethorpe Center for Reproductive Health",
)
_URO_CLINICS = (
    "Alder Creek Urology Associates",
    "Tamarack Stone & Prostate Center",
    "Millbrook Continence Clinic",
    "Greyhaven Urologic Surgeons",
    "Ridgeback Men's Health & Urology",
)
_HOSPITALS = (
    "St. Wendelin Regional Hospital",
    "Marrowstone Valley Medical Center",
    "Pinecrest Community Hospital",
    "Gresham Ridge Medical Center",
    "Holloway Memorial Hospital",
    "Sisters of Saint Adelind Hospital",
)
_PHARMACIES = (
    "Harborlight Specialty Pharmacy",
    "MedLark Fertility Pharmacy",
    "Quillfeather Apothecary",
    "Bluestem Specialty Rx",
)
_AGENCIES = ("Bluewren Surrogacy Partners", "Cradle & Compass Family Agency", "Lanternfish Egg Donor Agency")
_EMPLOYERS = (
    "Tidewater Robotics",
    "Granite Loom Textiles",
    "Eastbrook Middle School",
    "Pell River Community College",
    "Copperline Freight",
    "Saint Brendan's Parish School",
    "Vellum & Finch Architects",
    "Northfield Tool & Die",
)
_INSURERS = ("Blue Cross Blue Shield", "Aetna", "Cigna", "UnitedHealthcare", "Tufts Health Plan", "Harvard Pilgrim")
_PHONE_AREAS = (
    "413",
    "508",
    "774",
    "617",
    "857",
    "978",
    "351",
    "603",
    "401",
    "207",
    "802",
    "860",
    "203",
    "914",
    "518",
    "585",
    "716",
    "412",
    "301",
    "804",
    "919",
    "404",
    "312",
    "214",
    "713",
    "602",
    "303",
    "206",
    "503",
)
_MON = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = (
    "",
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
_NUMWORDS = {
    90: "ninety",
    91: "ninety-one",
    92: "ninety-two",
    93: "ninety-three",
    94: "ninety-four",
    95: "ninety-five",
    96: "ninety-six",
    97: "ninety-seven",
    98: "ninety-eight",
    99: "ninety-nine",
}
_PUBLIC_HOTLINES = (
    ("Poison Control", "1-800-222-1222"),
    ("the National Domestic Violence Hotline", "1-800-799-7233"),
    ("the Postpartum Support International HelpLine", "1-800-944-4773"),
    ("CDC-INFO", "1-800-232-4636"),
    ("FDA MedWatch", "1-800-332-1088"),
)
_PUBLIC_SITES = (
    "www.sart.org",
    "https://www.cdc.gov/art/",
    "www.reproductivefacts.org",
    "https://medlineplus.gov",
    "www.nsgc.org",
    "www.acog.org",
)


# --------------------------------------------------------------------------------------------------
# Text builder: plain text, planted identifiers (labelled) and look-alikes (recorded, never labelled)
# --------------------------------------------------------------------------------------------------


def P(text: str, cat: str) -> tuple[str, str, str]:
    """A planted (labelled) identifier."""
    return ("P", text, cat)


def L(text: str, kind: str) -> tuple[str, str, str]:
    """A non-PHI look-alike (recorded for the tests, never labelled)."""
    return ("L", text, kind)


class _Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[tuple[int, int, str]] = []

    def w(self, *items: Item) -> None:
        for it in items:
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
                continue
            kind, text, label = it
            s = self.n
            self.buf.append(text)
            self.n += len(text)
            (self.spans if kind == "P" else self.looks).append((s, self.n, label))

    def text(self) -> str:
        return "".join(self.buf)


ANCHORS = ("social", "clinical", "admin", "sign")

_HEAVY = {
    "social": (
        "Lives with ___ in ___. Works at ___ as ___.",
        "Emergency contact: ___ (___) ___, cell ___.",
        "Partner: ___ (___ y/o), DOB ___; accompanied by ___.",
    ),
    "clinical": (
        "Previously followed at ___ by Dr. ___ (___); records from ___ reviewed.",
        "Outside studies dated ___ from ___ were reviewed on ___.",
    ),
    "admin": (
        "Address: ___, ___, ___ ___   Phone: ___   E-mail: ___",
        "Insurance: ___  Member ID: ___  Group: ___",
        "Acct: ___   Encounter: ___   Requisition: ___",
    ),
    "sign": ("Electronically signed by ___, ___ on ___ at ___.", "Witness: ___ (___)   Interpreter: ___ (ID ___)"),
}
_HEAVY_RAD = {
    "social": ("Accompanied by ___ (___).", "Interpreter: ___ (___), ID ___."),
    "clinical": (
        "Outside images from ___ dated ___ not available for comparison.",
        "Referring history per Dr. ___ at ___: ___.",
    ),
    "admin": ("Insurance: ___  Member ID: ___", "Copy to: Dr. ___, ___ (fax ___)", "Patient phone: ___"),
    "sign": ("Discussed with Dr. ___ by telephone at ___ on ___.", "Reading radiologist: ___, MD; resident ___, MD"),
}


@dataclass
class _Ctx:
    r: random.Random
    nt: str  # note type
    domain: str  # "repro" | "uro"
    sex: str
    fok: frozenset[str]  # header fields the template renders
    heavy: bool = False
    fields: dict[str, Item] = field(default_factory=dict)
    anchors: dict[str, list[list[Item]]] = field(default_factory=lambda: {a: [] for a in ANCHORS})
    consumed: set[str] = field(default_factory=set)

    @property
    def pos(self) -> str:
        return "her" if self.sex == "F" else "his"

    def f(self, key: str, default: Item = M) -> Item:
        return self.fields.get(key, default)

    def setf(self, key: str, item: Item) -> None:
        self.fields[key] = item

    def add(self, anchor: str, *items: Item) -> None:
        self.anchors[anchor].append(list(items))

    def anchor(self, d: _Doc, key: str) -> None:
        for frag in self.anchors[key]:
            d.w(*frag, "\n")
        if self.heavy:
            pool = (_HEAVY if self.nt == "discharge" else _HEAVY_RAD)[key]
            for line in self.r.sample(pool, 2):
                d.w(line, "\n")


def _choose(r: random.Random, opts: list[tuple[float, Callable[[], None]]]) -> None:
    tot = sum(w for w, _ in opts)
    x = r.random() * tot
    for w, fn in opts:
        x -= w
        if x <= 0:
            fn()
            return
    opts[-1][1]()


# --------------------------------------------------------------------------------------------------
# Surrogate identifier values
# --------------------------------------------------------------------------------------------------


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(str.maketrans("łŁøØđ", "lLoOd")))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-")).replace("-", "").lower()


def _first(r: random.Random, sex: str | None = None) -> str:
    if sex == "F":
        return r.choice(_FIRST_F)
    if sex == "M":
        return r.choice(_FIRST_M)
    return r.choice(_FIRST_F + _FIRST_M)


def _pname(r: random.Random, style: str = "full", sex: str | None = None) -> str:
    first, last = _first(r, sex), r.choice(_LAST)
    if style == "lastfirst":
        return f"{last}, {first}"
    if style == "init":
        return f"{first[0]}. {last}"
    if style == "last":
        return last
    return f"{first} {last}"


def _phone(r: random.Random) -> str:
    a, ex, ln = r.choice(_PHONE_AREAS), r.randint(201, 989), r.randint(0, 9999)
    while ex == 555:
        ex = r.randint(201, 989)
    return r.choice(
        (
            f"({a}) {ex}-{ln:04d}",
            f"{a}-{ex}-{ln:04d}",
            f"{a}.{ex}.{ln:04d}",
            f"+1 {a} {ex} {ln:04d}",
            f"{a} {ex} {ln:04d}",
            f"1-{a}-{ex}-{ln:04d}",
        )
    )


def _pager(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(10000, 99999)}",
            f"{r.randint(2, 8)}-{r.randint(1000, 9999)}",
            f"{r.choice(_PHONE_AREAS)}-{r.randint(201, 989)}-{r.randint(0, 9999):04d}",
        )
    )


def _email(r: random.Random, name: str | None = None) -> str:
    name = name or _pname(r)
    first, last = _ascii(name.split()[0]), _ascii(name.split()[-1])
    local = r.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}{r.randint(1, 99)}",
            f"{last}.{first}{r.randint(70, 99)}",
            f"{first}{last[0]}.{r.randint(1980, 2004)}",
        )
    )
    dom = r.choice(
        (
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "icloud.com",
            "protonmail.com",
            "comcast.net",
            "hotmail.com",
            "aol.com",
        )
    )
    return f"{local}@{dom}"


def _ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}", f"{area:03d}{g:02d}{s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice(
        (
            str(r.randint(1000000, 99999999)),
            f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
            f"{r.choice(('BFP', 'KPW', 'NG', 'HRA'))}-{r.randint(100000, 999999)}",
            f"{r.randint(10, 99)}{r.randint(100000, 999999)}",
        )
    )


def _acct(r: random.Random) -> str:
    return r.choice(
        (
            str(r.randint(10**9, 10**10 - 1)),
            f"{r.randint(6000000, 6999999)}{r.randint(100, 999)}",
            f"E{r.randint(10**7, 10**8 - 1)}",
        )
    )


def _accession(r: random.Random) -> str:
    return r.choice(
        (
            f"US{r.randint(10**7, 10**8 - 1)}",
            f"{r.randint(10**7, 10**8 - 1)}",
            f"RAD-{r.randint(100000, 999999)}",
            f"CT{r.randint(10, 29)}-{r.randint(10000, 99999)}",
        )
    )


def _specimen(r: random.Random) -> str:
    return r.choice(
        (
            f"AND-{r.randint(10, 29)}-{r.randint(1000, 99999):05d}",
            f"SP{r.randint(10**6, 10**7 - 1)}",
            f"EMB{r.randint(100000, 999999)}",
            f"CG-{r.randint(10000, 99999)}-{r.choice('ABCDEFGH')}",
        )
    )


def _member(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    pre = "".join(r.choice(letters) for _ in range(r.choice((1, 3))))
    return r.choice(
        (
            f"{pre}{r.randint(10**8, 10**9 - 1)}",
            f"{pre}{r.randint(10**9, 10**10 - 1)}",
            f"{r.randint(10**10, 10**11 - 1)}",
        )
    )


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    s = (
        str(r.randint(1, 9))
        + r.choice(letters)
        + r.choice(an)
        + str(r.randint(0, 9))
        + r.choice(letters)
        + r.choice(an)
        + str(r.randint(0, 9))
        + r.choice(letters)
        + r.choice(letters)
        + f"{r.randint(0, 99):02d}"
    )
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.6 else s


def _npi(r: random.Random) -> str:
    base = str(r.choice((1, 2))) + "".join(str(r.randint(0, 9)) for _ in range(8))
    digits = [int(c) for c in "80840" + base]
    total = 0
    for k, dgt in enumerate(reversed(digits)):
        if k % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base + str((10 - total % 10) % 10)


def _dea(r: random.Random, last: str) -> str:
    dg = [r.randint(0, 9) for _ in range(6)]
    chk = (dg[0] + dg[2] + dg[4] + 2 * (dg[1] + dg[3] + dg[5])) % 10
    return f"{r.choice('ABFM')}{_ascii(last)[0].upper()}{''.join(map(str, dg))}{chk}"


def _driver_lic(r: random.Random) -> str:
    return r.choice(
        (
            f"S{r.randint(10**7, 10**8 - 1)}",
            f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"D{r.randint(10**6, 10**7 - 1)}",
            f"{r.choice('BKLMNW')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        )
    )


def _prof_lic(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(200000, 299999)}",
            f"{r.randint(10000, 99999)}",
            f"L{r.randint(10000, 99999)}",
            f"0{r.randint(100000, 999999)}",
        )
    )


def _state_zip(r: random.Random, want: str | None = None) -> tuple[str, str]:
    """A state (``want`` if given) and a ZIP (5 or 9 digits) whose prefix belongs to that state."""
    states = dict(
        (
            ("MA", ("010", "012", "014", "015", "016", "017", "018", "019", "021", "023", "024", "026", "027")),
            ("NH", ("030", "031", "032", "033", "034", "038")),
            ("RI", ("028", "029")),
            ("CT", ("060", "061", "062", "063", "064", "067")),
            ("NY", ("105", "120", "121", "122", "125", "126", "130", "132", "142", "146")),
        )
    )
    state = want or r.choice(sorted(states))
    prefixes = states[state]
    z = f"{r.choice(prefixes)}{r.randint(1, 99):02d}"
    return state, (z if r.random() < 0.75 else f"{z}-{r.randint(1, 9999):04d}")


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 9899)} {r.choice(_STREETS)}"
    if r.random() < 0.35:
        s += r.choice(
            (f", Apt {r.randint(1, 9)}{r.choice('ABCD')}", f", Unit {r.randint(1, 40)}", f" #{r.randint(1, 12)}")
        )
    return s


def _ip(r: random.Random) -> str:
    if r.random() < 0.15:
        g1, g2, g3 = r.randint(0x100, 0xFFF), r.randint(0x1000, 0xFFFF), r.randint(0x10, 0xFFF)
        return f"2601:{g1:x}:{g2:x}:{g3:x}::{r.randint(1, 0xFF):x}"
    first = r.choice((24, 50, 66, 67, 68, 71, 73, 76, 98, 107, 108, 173, 174, 184, 199, 207, 209))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def _plate(r: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice(
        (
            f"{r.randint(1, 9)}{''.join(r.choice(up) for _ in range(3))}{r.randint(100, 999)}",
            f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)} {r.randint(100, 999)}",
            f"{''.join(r.choice(up) for _ in range(3))}-{r.randint(1000, 9999)}",
            f"{''.join(r.choice(up) for _ in range(2))}{r.randint(10, 99)}{r.choice(up)}{r.choice(up)}",
        )
    )


def _vin(r: random.Random) -> str:
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(("1HG", "JTD", "5YJ", "WVW", "3FA", "KMH", "2T1", "1FT")) + "".join(r.choice(ch) for _ in range(14))


def _serial(r: random.Random, domain: str) -> tuple[str, str]:
    """(device of the patient, its serial number)."""
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    three = "".join(r.choice(up) for _ in range(3))
    if domain == "repro":
        pool = (
            ("t:slim X2 insulin pump", f"{r.randint(100, 999)}{r.randint(1000, 9999)}"),
            ("Dexcom G6 CGM transmitter", f"8{''.join(r.choice(up + '0123456789') for _ in range(5))}"),
            ("vagus nerve stimulator (epilepsy)", f"{r.randint(10**5, 10**6 - 1)}"),
            ("InterStim Micro sacral neuromodulator", f"{three}{r.randint(100000, 999999)}N"),
            ("cochlear implant", f"{r.randint(10**6, 10**7 - 1)}"),
        )
    else:
        pool = (
            ("InterStim II sacral neuromodulator", f"{three}{r.randint(100000, 999999)}H"),
            ("InterStim Micro rechargeable neurostimulator", f"{three}{r.randint(100000, 999999)}N"),
            ("AMS 800 artificial urinary sphincter pump", f"{r.randint(1000000, 9999999)}"),
            ("Titan inflatable penile prosthesis", f"T{r.randint(10**7, 10**8 - 1)}"),
            ("tibial nerve stimulator implant", f"ECX{r.randint(10**6, 10**7 - 1)}"),
            ("Axonics r-SNM system neurostimulator", f"{r.randint(10**8, 10**9 - 1)}"),
        )
    return r.choice(pool)


def _real_date(r: random.Random, lo: int, hi: int) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return r.choice(
        (
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {_MON[m]} {y}",
            f"{_MONTH[m]} {d}, {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}-{_MON[m]}-{y}",
            f"{_MON[m]} {d}{suf}, {y}",
            f"{_MON[m].upper()} {d:02d} {y}",
        )
    )


def _age_over(r: random.Random, words_ok: bool = True) -> str:
    a = r.randint(90, 99) if r.random() < 0.85 else r.randint(100, 104)
    if words_ok and a in _NUMWORDS and r.random() < 0.25:
        return _NUMWORDS[a]
    return str(a)


# --------------------------------------------------------------------------------------------------
# Look-alike and clinical filler helpers
# --------------------------------------------------------------------------------------------------


class _R(random.Random):
    """random.Random carrying the note's shifted anchor date (MIMIC shifts all dates of a patient alike)."""

    base: date | None = None


def _base(r: random.Random) -> date:
    return getattr(r, "base", None) or date(2150, 1, 1)


def _sdate(r: random.Random) -> date:
    base = getattr(r, "base", None)
    if base is not None:
        return base + timedelta(days=r.randint(-150, 150))
    return date(r.randint(2110, 2190), r.randint(1, 12), r.randint(1, 28))


def SD(r: random.Random, dt: date | None = None, style: int | None = None) -> tuple[str, str, str]:
    dt = dt or _sdate(r)
    style = r.randrange(3) if style is None else style
    txt = (
        f"{dt.year}-{dt.month:02d}-{dt.day:02d}",
        f"{dt.month:02d}/{dt.day:02d}/{dt.year}",
        f"{dt.month}/{dt.day}/{dt.year}",
    )[style]
    return L(txt, "shifted_date")


def EXP(r: random.Random) -> tuple[str, str, str]:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    return L(
        r.choice((f"{y}-{m:02d}-{r.randint(1, 28):02d}", f"{m:02d}/{y}", f"{y}-{m:02d}", f"{_MON[m]} {y}")),
        "expiry_date",
    )


def LOT(r: random.Random) -> tuple[str, str, str]:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return L(
        r.choice(
            (
                f"{r.choice(up)}{r.choice(up)}{r.randint(10000, 999999)}",
                f"{r.randint(1000, 99999)}",
                f"{r.choice(up)}{r.randint(10, 99)}{r.choice(up)}{r.randint(100, 9999)}",
            )
        ),
        "lot_number",
    )


def NDC(r: random.Random) -> tuple[str, str, str]:
    return L(f"{r.randint(10000, 99999)}-{r.randint(1000, 9999)}-{r.randint(1, 9)}", "ndc_code")


def BP(r: random.Random) -> tuple[str, str, str]:
    return L(f"{r.randint(96, 158)}/{r.randint(54, 96)}", "ratio")


def AGE(a: int) -> tuple[str, str, str]:
    return L(str(a), "age_under_90")


def GTIN_UDI(r: random.Random) -> tuple[str, str, str]:
    e = date(r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28))
    return L(
        f"(01){r.randint(10**13, 10**14 - 1)}(17){e.year % 100:02d}{e.month:02d}{e.day:02d}(10)"
        f"{r.choice('ABCDKLMV')}{r.randint(1000, 99999)}",
        "udi_without_serial",
    )


def HOTLINE(r: random.Random, which: str = "") -> list[Item]:
    pool = [h for h in _PUBLIC_HOTLINES if which.lower() in h[0].lower()] or list(_PUBLIC_HOTLINES)
    org, num = r.choice(pool)
    return [f"{org} ", L(num, "public_hotline")]


def SITE(r: random.Random) -> tuple[str, str, str]:
    return L(r.choice(_PUBLIC_SITES), "public_website")


def DONOR(r: random.Random) -> tuple[str, str, str]:
    return L(
        r.choice(
            (
                f"{r.randint(10000, 19999)}",
                f"SD-{r.randint(1000, 9999)}",
                f"ED{r.randint(100, 999)}-{r.choice('ABC')}",
                f"#{r.randint(3000, 9999)}",
            )
        ),
        "donor_code",
    )


def VERSION(r: random.Random) -> tuple[str, str, str]:
    return L(
        r.choice(
            (
                f"{r.randint(2, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(10, 250)}",
                f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
                f"v{r.randint(3, 14)}.{r.randint(0, 9)}",
            )
        ),
        "software_version",
    )


def ASSET(r: random.Random) -> tuple[str, str, str]:
    return L(f"{r.choice(('BME', 'CE', 'BIOMED'))}-{r.randint(100, 9999):04d}", "asset_tag")


def ROOM(r: random.Random) -> tuple[str, str, str]:
    return L(
        r.choice(
            (
                f"{r.randint(2, 9)}{r.randint(10, 40)}{r.choice('AB')}",
                f"Bay {r.randint(1, 14)}",
                f"PACU {r.randint(1, 12)}",
                f"{r.randint(3, 11)}-{r.randint(1, 40)}",
            )
        ),
        "room_bed",
    )


def CRYO(r: random.Random) -> tuple[str, str, str]:
    return L(
        f"tank {r.choice('ABCDE')}{r.randint(1, 6)} / canister {r.randint(1, 9)} / cane {r.randint(1, 40)} / "
        f"{r.choice(('yellow', 'blue', 'green', 'white', 'pink'))} straw",
        "cryo_location",
    )


def SOP(r: random.Random) -> tuple[str, str, str]:
    return L(
        f"SOP-{r.choice(('EMB', 'AND', 'CRY', 'UDS', 'LITH'))}-{r.randint(1, 60):03d} rev {r.randint(1, 12)}",
        "protocol_code",
    )


def CPT(r: random.Random, codes: tuple[str, ...]) -> tuple[str, str, str]:
    return L(r.choice(codes), "procedure_code")


def ICD(r: random.Random, codes: tuple[str, ...]) -> tuple[str, str, str]:
    return L(r.choice(codes), "diagnosis_code")


def EPO(text: str) -> tuple[str, str, str]:
    return L(text, "eponym")


def CRIT(text: str) -> tuple[str, str, str]:
    return L(text, "city_named_criteria")


def DRUG(text: str) -> tuple[str, str, str]:
    return L(text, "drug_brand")


def MODEL(text: str) -> tuple[str, str, str]:
    return L(text, "device_model")


def PUB(text: str) -> tuple[str, str, str]:
    return L(text, "public_org_or_insurer")


def YEAR(r: random.Random) -> tuple[str, str, str]:
    return L(str(r.randint(1995, 2023)), "bare_year")


def _t(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"


def _comparison(r: random.Random, prior: str) -> list[Item]:
    k = r.randrange(4)
    if k == 0:
        return [M + "."]
    if k == 1:
        return ["None."]
    return [
        f"{prior} ",
        SD(r, _base(r) - timedelta(days=r.randint(20, 700))),
        "." if k == 2 else " (outside images, report only).",
    ]


def _masked_contacts(r: random.Random) -> str:
    return r.choice(
        (
            "Contact: ___ (cell) / ___ (home)",
            "Emergency contact: ___, ___ (___)",
            "Preferred pharmacy: ___, ___",
            "Partner: ___ (___ y/o)",
        )
    )


# --------------------------------------------------------------------------------------------------
# Templates: each writes a complete note and calls ctx.anchor() for social, clinical, admin, sign
# --------------------------------------------------------------------------------------------------


def _mimic_header(d: _Doc, ctx: _Ctx, service: str, allergy: str) -> None:
    d.w("Name:  ", ctx.f("name"), "                 Unit No:   ", ctx.f("mrn"), "\n \n")
    d.w("Admission Date:  ", ctx.f("adm"), "              Discharge Date:   ___\n \n")
    d.w("Date of Birth:  ", ctx.f("dob"), "             Sex:   ", ctx.sex, "\n \n")
    d.w(f"Service: {service}\n \nAllergies: \n{allergy}\n \n")
    d.w("Attending: ", ctx.f("attending"), ".\n \n")


_ALLERGIES = (
    "Patient recorded as having No Known Allergies to Drugs",
    "Sulfa (Sulfonamide Antibiotics)",
    "latex",
    "Codeine / Penicillins",
    "iodinated contrast (hives)",
    "Nitrofurantoin",
)


def _labs_mimic(d: _Doc, r: random.Random, when: date, kind: str) -> None:
    t = f"{r.randint(1, 11):02d}:{r.randint(0, 59):02d}{r.choice(('AM', 'PM'))}"
    d.w(
        SD(r, when, 0),
        f" {t} BLOOD WBC-{r.uniform(4.5, 19.0):.1f}{'*' if r.random() < 0.5 else ''} "
        f"RBC-{r.uniform(3.4, 5.2):.2f} Hgb-{r.uniform(8.8, 15.6):.1f} Hct-{r.uniform(27, 47):.1f} "
        f"MCV-{r.randint(78, 99)} Plt Ct-{r.randint(140, 480)}\n",
    )
    d.w(
        SD(r, when, 0),
        f" {t} BLOOD Glucose-{r.randint(72, 190)} UreaN-{r.randint(6, 38)} "
        f"Creat-{r.uniform(0.5, 2.9):.1f} Na-{r.randint(128, 144)} K-{r.uniform(3.2, 5.4):.1f} "
        f"Cl-{r.randint(96, 110)} HCO3-{r.randint(18, 29)} AnGap-{r.randint(8, 18)}\n",
    )
    if kind == "repro":
        d.w(
            SD(r, when, 0),
            f" {t} BLOOD Albumin-{r.uniform(2.1, 4.4):.1f} HCG-{r.randint(5, 4800)} "
            f"Estradl-{r.randint(150, 5200)} Progest-{r.uniform(0.5, 42):.1f}\n",
        )
    else:
        d.w(
            SD(r, when, 0),
            f" {t} URINE Color-{r.choice(('Yellow', 'Straw', 'Red'))} Appear-{r.choice(('Clear', 'Hazy', 'Cloudy'))} "
            f"SpecGr-1.0{r.randint(5, 30):02d} Blood-{r.choice(('NEG', 'SM', 'MOD', 'LG'))} "
            f"Nitrite-{r.choice(('NEG', 'POS'))} Leuks-{r.choice(('NEG', 'TR', 'MOD'))} RBC->{r.randint(3, 182)} "
            f"WBC-{r.randint(0, 90)}\n",
        )


def _vitals(d: _Doc, r: random.Random) -> None:
    d.w(
        f"VS: T {r.uniform(97.1, 101.4):.1f}  HR {r.randint(58, 118)}  BP ",
        BP(r),
        f"  RR {r.randint(12, 24)}  SpO2 {r.randint(92, 100)}% {r.choice(('RA', '2L NC'))}\n",
    )


def _d_ohss(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    _mimic_header(d, ctx, "GYNECOLOGY", r.choice(_ALLERGIES))
    ret = _sdate(r)
    age, g = r.randint(24, 41), r.randint(0, 3)
    gain = r.uniform(2.1, 6.0)
    d.w("Chief Complaint:\nabdominal distension, nausea and dyspnea after oocyte retrieval\n \n")
    d.w(
        "Major Surgical or Invasive Procedure:\nTransvaginal ultrasound-guided paracentesis (",
        SD(r, ret + timedelta(4)),
        ")\n \n",
    )
    d.w(
        "History of Present Illness:\n",
        AGE(age),
        f" y/o G{g}P{max(0, g - 1)} with PCOS (",
        CRIT("Rotterdam criteria"),
        f": oligo-ovulation and polycystic ovarian morphology) undergoing IVF cycle #{r.randint(1, 3)} with a GnRH "
        "antagonist protocol (",
        DRUG("Gonal-f"),
        f" {r.choice((150, 187.5, 225))} IU + ",
        DRUG("Menopur"),
        " 75 IU, ",
        DRUG("Cetrotide"),
        " from stim day 6). ",
        r.choice(
            (
                "Dual trigger with leuprolide 2 mg and low-dose hCG 1,000 IU",
                "hCG trigger 5,000 IU (Novarel)",
                "Leuprolide 4 mg trigger",
            )
        ),
        f"; peak E2 {r.randint(3100, 7800)} pg/mL. Retrieval on ",
        SD(r, ret),
        f" yielded {r.randint(18, 36)} oocytes. "
        f"Over {r.randint(2, 5)} days she noted progressive bloating, weight gain of {gain:.1f} kg, "
        "early satiety and dyspnea on exertion; oliguria for 1 day. No fever, no vaginal bleeding.\n",
    )
    ctx.anchor(d, "clinical")
    d.w(
        " \nPast Medical History:\nPCOS; hypothyroidism on levothyroxine; ",
        r.choice(
            (
                "mild intermittent asthma",
                "migraine without aura",
                "iron deficiency anemia",
                "prior laparoscopic ovarian drilling",
            )
        ),
        f"; prior IUI x{r.randint(1, 4)} with letrozole ",
        YEAR(r),
        ".\n \n",
    )
    d.w(
        "Social History:\n",
        r.choice(("Married, lives with spouse.", "Lives with partner.", "Lives with ___.")),
        " Works as ___. No tobacco; rare EtOH; no drug use.\n",
    )
    ctx.anchor(d, "social")
    d.w(
        " \nFamily History:\nMother with type 2 diabetes; father with HTN; maternal aunt with breast ca at 5",
        f"{r.randint(0, 9)}. No VTE.\n \n",
    )
    d.w("Physical Exam:\n")
    _vitals(d, r)
    wt = r.uniform(52, 92)
    d.w(
        f"Wt {wt + gain:.1f} kg (baseline {wt:.1f}). Abd: distended, fluid wave present, "
        "diffusely tender without rebound. Ext: no edema. Lungs: decreased BS at bases.\n \n"
    )
    d.w("Pertinent Results:\n")
    _labs_mimic(d, r, ret + timedelta(3), "repro")
    d.w(
        "TVUS: enlarged multicystic ovaries (R ",
        f"{r.uniform(7, 11):.1f} x {r.uniform(5, 8):.1f} cm, L "
        f"{r.uniform(7, 11):.1f} x {r.uniform(5, 8):.1f} cm), moderate ascites; ",
        EPO("pouch of Douglas"),
        " filled with fluid. CXR: small bilateral effusions.\n \n",
    )
    d.w(
        "Brief Hospital Course:\n# Moderate-severe OHSS: managed with IV albumin 25 g q12h x2, strict I/O, daily "
        "weights, ",
        DRUG("cabergoline"),
        " 0.5 mg daily x8 d, enoxaparin 40 mg SC daily for VTE prophylaxis. "
        f"Paracentesis on HD2 removed {r.uniform(1.2, 3.8):.1f} L of straw-coloured fluid with symptomatic relief.\n"
        "# Hemoconcentration: Hct peaked 4",
        f"{r.randint(4, 9)}% and normalised with IVF.\n"
        "# Embryos: freeze-all strategy; no fresh transfer. Embryology reported blastocysts vitrified (",
        CRYO(r),
        ").\n# Hyponatremia: mild, resolved with fluid restriction.\n",
    )
    d.w(
        " \nMedications on Admission:\n1. Levothyroxine 75 mcg PO daily\n2. Prenatal vitamin 1 tab daily\n3. ",
        DRUG("Cetrotide"),
        " 0.25 mg SC (completed)\n \nDischarge Medications:\n1. Cabergoline 0.5 mg PO daily "
        "x 5 more days\n2. Enoxaparin 40 mg SC daily until menses\n3. Levothyroxine 75 mcg PO daily\n"
        "4. Acetaminophen 650 mg PO q6h PRN pain\n \n",
    )
    d.w(
        "Discharge Disposition:\nHome\n \nDischarge Diagnosis:\nOvarian hyperstimulation syndrome (",
        ICD(r, ("N98.1",)),
        "), ascites\n \nDischarge Condition:\nMental Status: Clear and coherent.\nActivity Status: Ambulatory - "
        "Independent.\n \nDischarge Instructions:\nWeigh yourself every morning; call if weight increases more than "
        "1 kg in a day, urine output drops, or breathing worsens. If you are struggling emotionally, ",
        *HOTLINE(r, "Postpartum"),
        " is available 24/7. Patient education: ",
        SITE(r),
        "\n",
    )
    ctx.anchor(d, "admin")
    d.w(
        " \nFollowup Instructions:\n___\nREI clinic in 3 days for ultrasound and labs; bed ",
        ROOM(r),
        " released on discharge.\n",
    )
    ctx.anchor(d, "sign")


def _d_stone(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    _mimic_header(d, ctx, "UROLOGY", r.choice(_ALLERGIES))
    adm = _sdate(r)
    side = r.choice(("left", "right"))
    size = r.randint(5, 14)
    age = ctx.f("age", AGE(r.randint(29, 84)))
    d.w(
        "Chief Complaint:\n",
        f"{side} flank pain, fever\n \nMajor Surgical or Invasive Procedure:\n",
        f"Cystoscopy, {side} retrograde pyelogram, {side} ureteral stent placement (",
        SD(r, adm),
        f"); delayed {side} ureteroscopy with holmium laser lithotripsy\n \n",
    )
    d.w(
        "History of Present Illness:\n",
        age,
        f" year old {'woman' if ctx.sex == 'F' else 'man'} with recurrent calcium oxalate nephrolithiasis (prior ",
        EPO("Dornier"),
        " SWL ",
        YEAR(r),
        ") presenting with 2 days of "
        f"{side} flank pain radiating to the groin, nausea, and T max {r.uniform(100.6, 103.1):.1f}. CT A/P showed a "
        f"{size} mm {side} proximal ureteral stone with moderate hydronephrosis and perinephric stranding.\n",
    )
    ctx.anchor(d, "clinical")
    d.w(
        " \nPast Medical History:\nNephrolithiasis; HTN; ",
        r.choice(
            ("gout", "hyperparathyroidism s/p parathyroidectomy", "Crohn's disease with ileocecal resection", "T2DM")
        ),
        "; BPH" if ctx.sex == "M" else "; recurrent UTIs",
        "\n \nSocial History:\n",
        "Lives ___. Former smoker, quit ",
        YEAR(r),
        ". Drinks ~1 L water/day.\n",
    )
    ctx.anchor(d, "social")
    d.w(" \nPhysical Exam:\n")
    _vitals(d, r)
    d.w(
        f"{side.capitalize()} CVA tenderness, abdomen soft. ",
        EPO("Murphy's sign"),
        " negative.\n \nPertinent Results:\n",
    )
    _labs_mimic(d, r, adm, "uro")
    d.w(
        "Urine culture: >100,000 CFU/mL E. coli, pan-sensitive except ampicillin. Stone analysis: 80% calcium oxalate "
        "monohydrate, 20% calcium phosphate.\n \n"
    )
    d.w(
        "Brief Hospital Course:\n# Obstructing infected stone: emergent decompression with ",
        MODEL("Bard InLay Optima"),
        f" 6 Fr x {r.choice((24, 26, 28))} cm stent (lot ",
        LOT(r),
        ", exp ",
        EXP(r),
        "; package UDI ",
        GTIN_UDI(r),
        "). Ceftriaxone then "
        "cefpodoxime per sensitivities. Sepsis physiology resolved within 24 h.\n"
        f"# Definitive management: after 10 days of antibiotics, {side} ureteroscopy with ",
        MODEL("Lumenis Pulse 120H"),
        " holmium laser (dusting 0.4 J x 40 Hz); fragments basketed and sent for analysis. Stent on string left for "
        "5 days.\n# AKI: Cr peak 1.9 -> 1.0 at discharge.\n \n",
    )
    d.w(
        "Discharge Medications:\n1. ",
        DRUG("Flomax"),
        " (tamsulosin) 0.4 mg PO daily\n2. Oxybutynin 5 mg PO q8h PRN "
        "bladder spasm\n3. Cefpodoxime 200 mg PO BID x 4 days\n4. Potassium citrate 15 mEq PO BID\n \n"
        "Discharge Disposition:\nHome\n \nDischarge Diagnosis:\nObstructing ureteral calculus with pyelonephritis (",
        ICD(r, ("N20.1", "N13.6")),
        ")\n \nDischarge Instructions:\nPull the stent string on day 5 as taught. Strain "
        "urine. Expect blood in urine with the stent. 24-h urine (",
        DRUG("Litholink"),
        ") kit mailed in 6 weeks. Stone prevention diet: ",
        L("www.urologyhealth.org", "public_website"),
        "\n",
    )
    ctx.anchor(d, "admin")
    d.w(" \nFollowup Instructions:\n___\nStone clinic with KUB in 6 weeks.\n")
    ctx.anchor(d, "sign")


def _d_ectopic(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    _mimic_header(d, ctx, "GYNECOLOGY", r.choice(_ALLERGIES))
    et = _sdate(r)
    d.w(
        "Chief Complaint:\nvaginal bleeding and RLQ pain after embryo transfer\n \nMajor Surgical or Invasive "
        f"Procedure:\nLaparoscopic {r.choice(('right', 'left'))} salpingectomy\n \n"
    )
    d.w(
        "History of Present Illness:\n",
        AGE(r.randint(27, 44)),
        " y/o G",
        f"{r.randint(1, 4)}P0 with tubal factor "
        "infertility (bilateral hydrosalpinges on HSG) who underwent frozen embryo transfer of a single euploid "
        f"blastocyst ({r.choice(('4AA', '5AB', '4BA', '3BB'))}) on ",
        SD(r, et),
        ". Serial beta-hCG rose suboptimally:\n",
    )
    for k, val in enumerate(sorted(r.sample(range(90, 2600), 4))):
        d.w("   ", SD(r, et + timedelta(9 + 2 * k), 0), f"   hCG {val} mIU/mL\n")
    d.w(
        "TVUS showed no intrauterine gestational sac and a ",
        f"{r.uniform(1.5, 3.6):.1f} cm adnexal ring with ",
        EPO("ring of fire"),
        " flow; moderate free fluid.\n",
    )
    ctx.anchor(d, "clinical")
    d.w(
        " \nPast Medical History:\nChlamydia treated ",
        YEAR(r),
        "; ",
        r.choice(("endometriosis stage II", "hypothyroidism", "anxiety", "factor V Leiden heterozygote")),
        "\nPast Surgical History:\nHSG; hysteroscopic polypectomy\n \nSocial History:\n",
        r.choice(("Married.", "Partnered.", "Lives with ___.")),
        " Nonsmoker.\n",
    )
    ctx.anchor(d, "social")
    d.w(" \nPhysical Exam:\n")
    _vitals(d, r)
    d.w(
        "Abd: RLQ tenderness with guarding; cervical motion tenderness present (",
        EPO("chandelier sign"),
        ").\n \nPertinent Results:\n",
    )
    _labs_mimic(d, r, et + timedelta(16), "repro")
    d.w("Blood type ", r.choice(("O", "A", "B", "AB")), " Rh-negative -> ", DRUG("RhoGAM"), " 300 mcg given.\n \n")
    d.w(
        "Brief Hospital Course:\nTaken to the OR for diagnostic laparoscopy: ",
        f"{r.randint(150, 700)} mL "
        "hemoperitoneum, ampullary ectopic pregnancy; salpingectomy performed. Contralateral tube hydrosalpinx noted "
        "and also removed with consent to improve future FET outcomes. Pathology: chorionic villi. Postop course "
        "uncomplicated; tolerated diet, voided after ",
        EPO("Foley"),
        " removal, pain controlled on oral agents.\n \n",
    )
    d.w(
        "Discharge Medications:\n1. Ibuprofen 600 mg PO q6h PRN\n2. Oxycodone 5 mg PO q6h PRN severe pain (#8)\n"
        "3. Docusate 100 mg PO BID\n4. Estradiol (",
        DRUG("Estrace"),
        ") stopped; progesterone (",
        DRUG("Crinone"),
        " 8%) stopped\n \nDischarge Diagnosis:\nRuptured tubal ectopic pregnancy after FET (",
        ICD(r, ("O00.101", "O00.102")),
        ")\n \nDischarge Instructions:\nNo intercourse, tampons or heavy lifting for 2 weeks. Weekly hCG "
        "until negative. Perinatal loss and mood support: ",
        *HOTLINE(r, "Postpartum"),
        ".\n",
    )
    ctx.anchor(d, "admin")
    d.w(" \nFollowup Instructions:\n___\n")
    ctx.anchor(d, "sign")


def _d_prostate(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    _mimic_header(d, ctx, "UROLOGY", r.choice(_ALLERGIES))
    op = _sdate(r)
    proc = r.choice(("ras", "aus", "snm"))
    age = ctx.f("age", AGE(r.randint(52, 84)))
    d.w(
        "Chief Complaint:\n",
        {
            "ras": "elective admission for prostate cancer surgery",
            "aus": "post-prostatectomy stress incontinence",
            "snm": "refractory urgency urinary incontinence",
        }[proc],
        "\n \n",
    )
    d.w(
        "Major Surgical or Invasive Procedure:\n",
        {
            "ras": "Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection",
            "aus": "Placement of artificial urinary sphincter (",
            "snm": "Stage II implantation of sacral neuromodulation device (",
        }[proc],
    )
    if proc == "aus":
        d.w(MODEL("AMS 800"), ", 4.0 cm cuff, 61-70 cmH2O PRB)")
    elif proc == "snm":
        d.w(MODEL("InterStim II"), " model 3058, tined lead 3889)")
    d.w(
        " on ",
        SD(r, op),
        "\n \nHistory of Present Illness:\n",
        age,
        f" year old {'man' if ctx.sex == 'M' else 'woman'} ",
    )
    if proc == "ras":
        d.w(
            f"with PSA {r.uniform(4.1, 18.9):.1f} ng/mL, MRI PI-RADS {r.randint(4, 5)} lesion, biopsy ",
            EPO("Gleason"),
            f" {r.choice(('3+4=7', '4+3=7', '4+4=8'))} (Grade Group {r.randint(2, 4)}) in "
            f"{r.randint(3, 8)}/12 cores. PSMA PET negative for metastases.\n",
        )
    elif proc == "aus":
        d.w(
            f"who is {r.randint(2, 6)} years after radical prostatectomy with {r.randint(4, 9)} pads/day stress "
            "incontinence despite pelvic floor therapy (",
            EPO("Kegel"),
            f" exercises) and a male sling trial; 24-h pad weight {r.randint(350, 900)} g.\n",
        )
    else:
        d.w(
            "with OAB refractory to ",
            DRUG("Myrbetriq"),
            ", ",
            DRUG("Vesicare"),
            " and onabotulinumtoxinA 100 units; "
            f"stage I trial showed >50% reduction in leaks ({r.randint(7, 12)} -> {r.randint(1, 4)} per day).\n",
        )
    ctx.anchor(d, "clinical")
    d.w(
        " \nPast Medical History:\nHTN, HLD, ",
        *r.choice(
            (["OSA on CPAP"], ["CAD s/p PCI"], ["T2DM"], ["GERD"], ["idiopathic ", EPO("Parkinson"), " disease"])
        ),
        "\n \nSocial History:\n___. Retired. ",
        r.choice(("Never smoker.", "Former smoker, 20 pack-years.")),
        "\n",
    )
    ctx.anchor(d, "social")
    d.w(" \nPhysical Exam:\n")
    _vitals(d, r)
    d.w(
        {
            "ras": "Port sites c/d/i; JP drain serosanguinous; Foley draining clear yellow urine.",
            "aus": "Perineal and inguinal incisions c/d/i; scrotal pump palpable, deactivated; Foley in place.",
            "snm": "Buttock pocket incision c/d/i, no hematoma; voiding spontaneously.",
        }[proc],
        "\n \nPertinent Results:\n",
    )
    _labs_mimic(d, r, op + timedelta(1), "uro")
    d.w(
        " \nBrief Hospital Course:\nUncomplicated surgery (EBL ",
        f"{r.randint(50, 400)} mL). Admitted to ",
        ROOM(r),
        " on the urology floor. ",
    )
    if proc == "ras":
        d.w(
            "JP creatinine equal to serum; drain removed POD1. Discharged with catheter for 7-10 days; cystogram not "
            "needed. Pathology pending.\n"
        )
    elif proc == "aus":
        d.w(
            "Device left deactivated for 6 weeks; catheter removed POD1 and voided spontaneously. Implant card given; "
            "device UDI on the card ",
            GTIN_UDI(r),
            " (cuff).\n",
        )
    else:
        d.w(
            "Programming by the vendor representative: program 1, amplitude 1.2 mA, 14 Hz, 210 us; firmware ",
            VERSION(r),
            ". MRI-conditional labelling reviewed.\n",
        )
    d.w(
        " \nDischarge Medications:\n1. Cephalexin 500 mg PO q6h x 3 d\n2. Docusate 100 mg BID\n"
        "3. Acetaminophen 1 g q8h\n"
        "4. ",
        DRUG("Flomax"),
        " stopped\n \nDischarge Diagnosis:\n",
        {"ras": "Prostate adenocarcinoma (", "aus": "Post-prostatectomy incontinence (", "snm": "Overactive bladder ("}[
            proc
        ],
        ICD(r, ({"ras": "C61", "aus": "N39.3", "snm": "N32.81"}[proc],)),
        ")\n \nDischarge Instructions:\nNo lifting >10 lb for 4 weeks. No driving on narcotics.\n",
    )
    ctx.anchor(d, "admin")
    d.w(" \nFollowup Instructions:\n___\n")
    ctx.anchor(d, "sign")


def _stim_table(d: _Doc, r: random.Random, start: date) -> date:
    days = r.randint(9, 12)
    gon = r.choice((150, 187.5, 225, 300))
    mpr = r.choice((0, 75, 75, 150))
    d.w("STIMULATION CALENDAR\n")
    d.w("Date        CD  Stim  Gonal-f   Menopur  Cetrotide  E2 pg/mL  LH   Lead follicles (mm)\n")
    e2 = r.randint(30, 60)
    follicles: list[float] = []
    for k in range(days):
        if k in (0, 4, 6, 8) or k >= days - 2:
            dt = start + timedelta(k)
            if k == 4:
                follicles = sorted((r.uniform(9, 13) for _ in range(3)), reverse=True)
            elif follicles:
                follicles = [f + r.uniform(1.2, 2.4) for f in follicles]
            fol = ", ".join(f"{f:.0f}" for f in follicles) or "-"
            ant = "0.25 mg" if k >= 5 else "-"
            lh = f"{r.uniform(0.8, 6.5):.1f}"
            d.w(SD(r, dt, 0), f"  {k + 2:<3} S{k + 1:<3} {gon:<9} {mpr or '-':<8} {ant:<10} {e2:<9} {lh:<4} {fol}\n")
            e2 = int(e2 * r.uniform(1.6, 2.3))
    trig = start + timedelta(days)
    d.w(
        "Trigger: ",
        DRUG("Ovidrel"),
        " 250 mcg SC at 21:30 on ",
        SD(r, trig),
        " (lot ",
        LOT(r),
        ", exp ",
        EXP(r),
        "); retrieval planned 35 h later.\n",
    )
    return trig + timedelta(2)


def _d_ivf_summary(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    start = _sdate(r)
    d.w(ctx.f("org", "___ Fertility Center"), " - Embryology & Clinical IVF\n")
    d.w(
        f"IVF CYCLE SUMMARY (cycle #{r.randint(1, 4)}, "
        f"{r.choice(('antagonist', 'microdose flare', 'PPOS', 'long agonist'))}"
        " protocol)\n\n"
    )
    d.w("Patient: ", ctx.f("name"), "     DOB: ", ctx.f("dob"), "     Chart: ", ctx.f("mrn"), "\n")
    d.w("Primary physician: Dr. ", ctx.f("attending"), "     Nurse coordinator: ___\n")
    donor = r.random() < 0.45
    if donor:
        d.w(
            "Sperm source: anonymous donor ",
            DONOR(r),
            " (bank-assigned donor code; CMV IgG negative, ",
            r.choice(("O+", "A+", "B-", "AB+")),
            ", expanded carrier screen negative)\n",
        )
    else:
        d.w(
            "Sperm source: partner ___; semen analysis ",
            f"{r.randint(8, 80)} M/mL, {r.randint(22, 65)}% motile, {r.randint(2, 6)}% normal forms (",
            CRIT("WHO 6th ed."),
            " ",
            EPO("Kruger"),
            " strict)\n",
        )
    d.w(
        "\nIndication: ",
        r.choice(
            (
                "diminished ovarian reserve (",
                "unexplained infertility x3 yrs (",
                "bilateral tubal occlusion on HSG (",
                "endometriosis stage III (",
            )
        ),
        r.choice((CRIT("Bologna criteria"), "AMH-based", "AFC-based")),
        f"); AMH {r.uniform(0.4, 4.8):.2f} ng/mL, AFC {r.randint(4, 22)}, BMI {r.uniform(19, 34):.1f}.\n",
    )
    d.w(
        "Baseline (CD2, ",
        SD(r, start),
        f"): FSH {r.uniform(4, 13):.1f} mIU/mL, E2 {r.randint(22, 60)} pg/mL, "
        f"P4 {r.uniform(0.2, 0.9):.1f} ng/mL; no cysts.\n\n",
    )
    ret = _stim_table(d, r, start)
    ctx.anchor(d, "clinical")
    n_oo = r.randint(6, 22)
    mii = n_oo - r.randint(1, 4)
    two_pn = max(1, mii - r.randint(1, 4))
    d.w("\nEMBRYOLOGY LABORATORY LOG  (", SOP(r), ")\n")
    d.w(
        "Retrieval ",
        SD(r, ret, 0),
        f" {_t(r)} - {n_oo} COCs; denudation at +2 h: {mii} MII, {n_oo - mii - 1} MI, 1 GV\n",
    )
    d.w(
        f"Insemination: {'ICSI' if r.random() < 0.7 else 'conventional IVF'} at {_t(r)}; sperm prep by density "
        f"gradient, post-wash {r.randint(6, 40)} M/mL, {r.randint(40, 90)}% progressive\n"
    )
    d.w(
        "Culture media: ",
        MODEL("G-TL"),
        " lot ",
        LOT(r),
        " exp ",
        EXP(r),
        "; time-lapse ",
        MODEL("EmbryoScope+"),
        " incubator ",
        f"{r.randint(1, 6)} (slide position {r.randint(1, 16)}), 5% O2 / 6% CO2\n",
    )
    d.w(f"Fert check (16-18 h): {two_pn} 2PN, {r.randint(0, 2)} 1PN, {r.randint(0, 1)} 3PN (discarded)\n")
    d.w(f"Day 3: {two_pn} cleaving; {r.randint(1, two_pn)} at 8-cell grade 1 (", CRIT("Istanbul consensus"), ")\n")
    d.w("Day 5/6 blastocysts (", EPO("Gardner"), " grading):\n")
    d.w("  Embryo  Day  Grade  TE biopsy  PGT-A           Disposition\n")
    for k in range(r.randint(2, 5)):
        g = r.choice(("4AA", "4AB", "5BA", "3BB", "4BB", "5AA", "6BC", "3CB"))
        res = r.choice(
            ("euploid 46,XX", "euploid 46,XY", "aneuploid +16", "mosaic 30% -7", "euploid 46,XX", "no result")
        )
        disp = "vitrified" if "euploid" in res else "discarded" if "aneuploid" in res else "vitrified (hold)"
        d.w(f"  E{k + 1:<5}  {r.choice((5, 5, 6))}    {g:<5}  yes        {res:<15} {disp}\n")
    d.w("Storage: ", CRYO(r), "; vitrification kit ", MODEL("Kitazato"), " lot ", LOT(r), ", exp ", EXP(r), "\n")
    d.w(
        "\nSPECIMEN LABEL  |  Pt ___  |  ID ___  |  E1 D5  |  Vit ",
        SD(r, ret + timedelta(5), 0),
        "  |  Witness ___ (",
        MODEL("RI Witness"),
        " tag scanned)\n",
    )
    ctx.anchor(d, "admin")
    d.w(
        "\nPlan: programmed FET after PGT-A review; ",
        DRUG("Estrace"),
        " 2 mg TID from CD2, ",
        DRUG("PIO"),
        " 50 mg IM daily when lining >= 7 mm. Outcome data reported to ",
        PUB("SART CORS"),
        " as required. Patient information: ",
        SITE(r),
        "\n",
    )
    d.w(
        "\nConsent and witnessing: disposition of embryos (donate to research / thaw and discard / continued storage) "
        "reviewed; consent form IVF-7 signed ",
        SD(r, start - timedelta(r.randint(10, 40))),
        ".\n",
    )
    ctx.anchor(d, "social")
    d.w("Embryologist: ___   Second witness: ___\n")
    ctx.anchor(d, "sign")


def _d_genetic_letter(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    today = _base(r)
    d.w(ctx.f("org", "___"), "\nReproductive Genetics Program - Prenatal Counselling\n\n", SD(r, today), "\n\n")
    d.w("RE: ", ctx.f("name"), "    DOB: ", ctx.f("dob"), "    MRN: ", ctx.f("mrn"), "\n\n")
    d.w("Dear Dr. ", ctx.f("attending"), ",\n\n")
    ga = r.randint(11, 19)
    ivf = r.random() < 0.6
    age = r.randint(28, 45)
    reasons = ["a low PAPP-A result", "a positive carrier screen", "a family history of Fragile X syndrome"]
    reasons += ["advanced maternal age"] if age >= 35 else []
    reasons += ["a mosaic embryo transfer"] if ivf else []
    d.w(
        "Thank you for referring your patient, a ",
        AGE(age),
        f"-year-old G{r.randint(1, 5)}P{r.randint(0, 2)} at {ga}w{r.randint(0, 6)}d ",
        "by IVF dating (transfer " if ivf else "by LMP (",
        SD(r, today - timedelta(days=ga * 7 - (19 if ivf else 0) - r.randint(0, 6))),
        ")" if ivf else " consistent with a first-trimester US)",
        ", for genetic counselling regarding ",
        r.choice(reasons),
        ".\n",
    )
    ctx.anchor(d, "social")
    d.w("\nSCREENING RESULTS\n")
    d.w(
        f"  cfDNA (NIPT): fetal fraction {r.uniform(4, 18):.1f}%; trisomy 21, 18, 13: low risk (<1/10,000); "
        f"sex chromosomes: {r.choice(('XX', 'XY', 'not requested'))}\n"
    )
    d.w(
        f"  First trimester: NT {r.uniform(1.1, 3.4):.1f} mm at CRL {r.randint(45, 80)} mm; PAPP-A "
        f"{r.uniform(0.3, 1.8):.2f} MoM; free beta-hCG {r.uniform(0.5, 2.4):.2f} MoM\n"
    )
    d.w(
        f"  Carrier screening: CFTR {r.choice(('negative', 'heterozygous F508del', 'negative'))}; SMN1 "
        f"{r.choice((2, 2, 3, 1))} copies; FMR1 {r.randint(20, 44)}/{r.randint(28, 58)} CGG repeats; hemoglobin "
        "electrophoresis normal\n"
    )
    d.w(f"  Partner: {r.choice(('not yet tested', 'CFTR negative', 'SMN1 2 copies', 'declined testing'))}\n")
    d.w("\nFAMILY HISTORY (three-generation pedigree reviewed)\n")
    maternal: list[Item] = r.choice(
        (
            ["grandmother with Alzheimer disease in her 80s"],
            ["uncle with ", EPO("Duchenne"), " muscular dystrophy"],
            ["aunt with two second-trimester losses"],
        )
    )
    d.w("  Maternal: ", *maternal, "\n")
    d.w(
        "  Paternal: grandfather with ",
        r.choice((EPO("Parkinson"), EPO("Huntington"), EPO("Lewy body"))),
        r.choice((" disease", " disease", " dementia")),
        " diagnosed at ",
        AGE(r.randint(58, 84)),
        "; cousin with ",
        EPO("Down"),
        " syndrome (karyotype 47,XY,+21)\n",
    )
    d.w(
        "  Consanguinity denied. Ancestry: ",
        r.choice(("Ashkenazi Jewish", "West African", "Filipino", "Mexican", "Punjabi", "Irish/Polish", "Ethiopian")),
        ".\n",
    )
    ctx.anchor(d, "clinical")
    d.w(
        "\nCOUNSELLING\nWe reviewed that screening does not diagnose; residual risk after a low-risk cfDNA result is "
        "small but not zero. Diagnostic options (CVS at 10-13 weeks, amniocentesis from 15 weeks; procedure-related "
        "loss risk about 1 in 500) were discussed, as was ",
        EPO("Turner"),
        " / ",
        EPO("Klinefelter"),
        " syndrome detection on sex-chromosome analysis. ",
    )
    if ivf:
        d.w("PGT-A of the transferred embryo does not replace prenatal diagnosis; mosaic results were explained. ")
    d.w("Detailed anatomy scan at 18-20 weeks and fetal echo were recommended.\n")
    d.w(
        "\nRECOMMENDATIONS\n  1. Amniocentesis offered; patient will decide after the anatomy scan.\n"
        "  2. Partner carrier screening for SMN1 and CFTR.\n  3. Resources: ",
        SITE(r),
        " and ",
        SITE(r),
        "\n",
    )
    d.w("  4. Visit coded ", CPT(r, ("96040", "96041")), " (genetic counselling, 30 min).\n")
    ctx.anchor(d, "admin")
    d.w("\nSincerely,\n\n___, MS, CGC\nCertified Genetic Counselor\n")
    ctx.anchor(d, "sign")
    d.w("cc: ___\n")


def _d_urodynamics(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    female = ctx.sex == "F"
    d.w(ctx.f("org", "___ Pelvic Health & Urodynamics Laboratory"), "\nURODYNAMIC STUDY REPORT\n\n")
    d.w(
        "Patient: ",
        ctx.f("name"),
        "    MRN: ",
        ctx.f("mrn"),
        "    DOB: ",
        ctx.f("dob"),
        "    Age: ",
        ctx.f("age", AGE(r.randint(34, 86))),
        "\n",
    )
    d.w("Referring: Dr. ", ctx.f("attending"), "    Study date: ", SD(r), "    Room: ", ROOM(r), "\n\n")
    d.w(
        "Equipment: ",
        MODEL(r.choice(("Laborie Aquarius XT", "Laborie Goby", "MMS Solar"))),
        " (software ",
        VERSION(r),
        "), 7 Fr dual-lumen air-charged urethral catheter, abdominal balloon catheter (lot ",
        LOT(r),
        "), patch EMG. Calibration per ",
        CRIT("ICS Good Urodynamic Practices"),
        ".\n\n",
    )
    ind = (
        r.choice(
            (
                "mixed urinary incontinence before planned midurethral sling",
                "recurrent UTIs with incomplete emptying",
                "nocturia and urgency",
                "pelvic organ prolapse stage II",
            )
        )
        if female
        else r.choice(
            (
                "LUTS with suspected BOO before HoLEP",
                "neurogenic bladder (multiple sclerosis)",
                "post-prostatectomy incontinence",
            )
        )
    )
    d.w(
        f"Indication: {ind}. Bladder diary: {r.randint(8, 16)} voids/day, nocturia x{r.randint(1, 5)}, "
        f"{r.randint(0, 6)} leaks/day; IPSS {r.randint(6, 31)}, QoL {r.randint(2, 6)}.\n"
    )
    ctx.anchor(d, "clinical")
    d.w(
        f"\nUROFLOWMETRY: voided {r.randint(120, 420)} mL, Qmax {r.uniform(4, 26):.1f} mL/s, Qave "
        f"{r.uniform(2, 12):.1f} mL/s, {r.choice(('bell-shaped', 'plateau', 'intermittent'))} curve; PVR "
        f"{r.randint(10, 420)} mL by catheter.\n"
    )
    fsf = r.randint(60, 200)
    do_txt = r.choice(("none", f"phasic at {fsf + r.randint(60, 200)} mL with leak", "terminal with leak at capacity"))
    d.w(
        f"FILLING CYSTOMETRY (room-temperature saline, {r.choice((30, 50))} mL/min, seated):\n"
        f"  First sensation {fsf} mL, first desire {fsf + r.randint(40, 120)} mL, strong desire "
        f"{fsf + r.randint(150, 260)} mL, MCC {fsf + r.randint(260, 420)} mL\n"
        f"  Compliance {r.randint(12, 80)} mL/cmH2O; detrusor overactivity: "
        f"{do_txt}\n"
        f"  Stress testing: ",
        EPO("Valsalva"),
        f" leak point pressure {r.randint(60, 140)} cmH2O at 200 mL; cough leak {r.choice(('positive', 'negative'))}\n",
    )
    pdet = r.randint(12, 95)
    qmax = r.uniform(3, 18)
    booi = pdet - 2 * int(qmax)
    nomo = "obstructed" if booi > 40 else "equivocal" if booi >= 20 else "unobstructed"
    findings = ["Detrusor overactivity incontinence" if "leak" in do_txt else "Stable detrusor during filling"]
    findings.append("Bladder outlet obstruction" if nomo == "obstructed" else "No outlet obstruction")
    d.w(
        f"PRESSURE-FLOW: Pdet@Qmax {pdet} cmH2O, Qmax {qmax:.1f} mL/s; BOOI {pdet - 2 * int(qmax)}, BCI "
        f"{pdet + 5 * int(qmax)}; ",
        CRIT("Bladder Outlet Obstruction Index (Abrams-Griffiths)"),
        f" nomogram {nomo}\n",
    )
    d.w("EMG: ", r.choice(("appropriate quieting during voiding", "detrusor-sphincter dyssynergia pattern")), "\n")
    d.w("Fluoroscopy: not performed.\n\n")
    d.w(
        f"IMPRESSION\n  1. {findings[0]}; {findings[1].lower()}\n  2. Pre-study BP ",
        BP(r),
        f", no autonomic dysreflexia; voiding efficiency {r.randint(35, 98)}%\n\nPLAN\n  ",
        *r.choice(
            (
                ["Discuss retropubic midurethral sling vs. urethral bulking (", DRUG("Bulkamid"), ")"],
                ["Trial of ", DRUG("Myrbetriq"), " 50 mg daily, reassess in 8 weeks"],
                ["Percutaneous tibial nerve stimulation x 12 weeks, then consider ", DRUG("InterStim"), " trial"],
                ["Discuss HoLEP vs. ", DRUG("Rezum"), " water vapour therapy"],
            )
        ),
        "; clean intermittent catheterisation teaching if PVR > 300 mL.\n",
    )
    ctx.anchor(d, "social")
    ctx.anchor(d, "admin")
    d.w("\nStudy performed by: ___, RN, CUNP    Interpreted by: ___, MD\n")
    ctx.anchor(d, "sign")


def _d_swl(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    d.w("EXTRACORPOREAL SHOCK WAVE LITHOTRIPSY - PROCEDURE AND DISCHARGE NOTE\n\n")
    d.w("Name: ", ctx.f("name"), "     Unit No: ", ctx.f("mrn"), "     Date of Birth: ", ctx.f("dob"), "\n")
    d.w(
        "Procedure date: ",
        ctx.f("adm"),
        "     Surgeon: Dr. ",
        ctx.f("attending"),
        "     Facility: ",
        ctx.f("org"),
        "\n\n",
    )
    side = r.choice(("left", "right"))
    size = r.randint(5, 15)
    d.w(
        "Indication: ",
        ctx.f("age", AGE(r.randint(25, 86))),
        f" year old {'woman' if ctx.sex == 'F' else 'man'} with a "
        f"{size} x {max(3, size - r.randint(1, 4))} mm {side} "
        f"{r.choice(('renal pelvis', 'lower pole', 'upper pole', 'proximal ureter'))} "
        f"stone, {r.randint(480, 1200)} HU, skin-to-stone distance {r.uniform(7, 12.5):.1f} cm.\n",
    )
    ctx.anchor(d, "clinical")
    d.w(
        "\nLithotripter: ",
        MODEL(r.choice(("Dornier Compact Delta III", "Storz Modulith SLX-F2", "Dornier Gemini"))),
        " (asset tag ",
        ASSET(r),
        ", software ",
        VERSION(r),
        "), fluoroscopic targeting, ",
        ROOM(r),
        "\n",
    )
    shocks = r.choice((2500, 3000, 3000, 3500))
    d.w(
        f"Anesthesia: MAC (propofol, fentanyl {r.choice((50, 75, 100))} mcg). Position supine.\n"
        f"Shocks: {shocks} at {r.choice((60, 70, 90))}/min, ramped from level 1 to {r.randint(4, 6)} "
        f"(max {r.uniform(14, 21):.1f} kV), pause at 500 shocks; total fluoroscopy {r.uniform(0.6, 3.2):.1f} min.\n"
        "Result: good fragmentation on fluoroscopy; no skin ecchymosis. Post-procedure KUB: dust in the ",
        f"{side} collecting system.\n",
    )
    d.w(
        "Vitals at discharge: BP ",
        BP(r),
        f", HR {r.randint(60, 98)}, pain {r.randint(0, 4)}/10. Voided with gross hematuria (expected).\n\n",
    )
    d.w(
        "Discharge medications: tamsulosin 0.4 mg daily x 2 weeks; ketorolac 10 mg q6h PRN x 3 days; ondansetron "
        "4 mg ODT PRN. Hold aspirin x 3 days.\n"
    )
    d.w(
        "Instructions: strain urine and bring fragments; no driving or signing legal documents for 24 h after "
        "sedation; a responsible adult must drive you home. KUB in 3 weeks. Accidental ingestion of medicines: ",
        *HOTLINE(r, "Poison"),
        ".\n",
    )
    ctx.anchor(d, "social")
    ctx.anchor(d, "admin")
    d.w("\nProcedure code ", CPT(r, ("50590",)), "; diagnosis ", ICD(r, ("N20.0", "N20.1")), ".\n")
    ctx.anchor(d, "sign")


def _d_donor_record(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    d.w(
        ctx.f("org", "___"),
        " - Third-Party Reproduction\nDONOR GAMETE RECORD, GESTATIONAL CARRIER PLAN AND CONSENT WITNESS LOG\n\n",
    )
    d.w("Intended parent: ", ctx.f("name"), "   DOB: ", ctx.f("dob"), "   Record no.: ", ctx.f("mrn"), "\n")
    d.w("Co-intended parent: ___   Relationship: ", r.choice(("spouse", "partner", "single intended parent")), "\n\n")
    kind = r.choice(("oocyte", "sperm", "embryo"))
    d.w(f"DONOR GAMETES ({kind})\n")
    d.w("  Donor code: ", DONOR(r), "  (anonymous; identity held by the bank only; not a patient identifier)\n")
    d.w(
        f"  Donor profile: age at donation {r.randint(21, 31)}, blood group {r.choice(('O+', 'A+', 'B+', 'A-'))}, "
        f"CMV IgG {r.choice(('negative', 'positive'))}, height {r.randint(155, 190)} cm; expanded carrier screen: "
        f"{r.choice(('negative for 283 conditions', 'carrier of GJB2 c.35delG (partner/recipient negative)'))}\n"
    )
    d.w(
        "  Eligibility: determined eligible per ",
        PUB("FDA"),
        " 21 CFR 1271 Subpart C; infectious disease testing "
        "(HIV-1/2, HBV, HCV, HTLV, syphilis, CT/GC) negative; 180-day quarantine released.\n",
    )
    d.w(
        f"  Batch: {r.randint(4, 8)} vitrified {kind}s, batch ",
        LOT(r),
        ", shipping dewar ",
        ASSET(r),
        " received ",
        SD(r),
        " at -196 C (data-logger OK)\n",
    )
    d.w("  Storage: ", CRYO(r), "\n\n")
    d.w(
        "GESTATIONAL CARRIER\n  Name: ___   Age: ",
        AGE(r.randint(24, 39)),
        f"   G{r.randint(2, 5)}P{r.randint(2, 4)}, "
        "uncomplicated term deliveries; psychological evaluation completed; legal clearance letter on file (pre-birth "
        "order to be sought).\n  Carrier's obstetrician: Dr. ___; carrier's insurer: ",
        PUB(r.choice(_INSURERS)),
        " (surrogacy exclusion reviewed)\n",
    )
    ctx.anchor(d, "social")
    d.w(
        "\nCLINICAL PLAN\n  Recipient/carrier endometrial prep: ",
        DRUG("Delestrogen"),
        " 4 mg IM q3d, ",
        DRUG("PIO"),
        " 50 mg IM daily; mock cycle ERA not indicated. Single euploid embryo transfer per ",
        PUB("ASRM"),
        " guidance. Expected transfer window: week of ",
        SD(r),
        ".\n",
    )
    ctx.anchor(d, "clinical")
    d.w("\nCONSENT AND WITNESS BLOCK\n")
    for form in r.sample(
        (
            "Donor gamete use (anonymous donor)",
            "Embryo disposition",
            "Gestational carrier medical consent",
            "Cryostorage fees and abandonment",
            "PGT-A and data use",
        ),
        3,
    ):
        d.w(f"  [x] {form:<42} signed by intended parent(s) ", SD(r, None, 0), "   witness: ___\n")
    d.w("  Identity verified with photo ID (details withheld); interpreter: ", r.choice(("not required", "___")), "\n")
    ctx.anchor(d, "admin")
    d.w(
        "\nCoordinator note: donor-conceived persons may later request non-identifying information; counselling "
        "resources at ",
        SITE(r),
        ". Donor code and batch numbers above are bank identifiers, not patient records.\n",
    )
    ctx.anchor(d, "sign")


def _d_pharmacy(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    d.w(ctx.f("org", "___"), "\nSPECIALTY PHARMACY - FERTILITY MEDICATION INTAKE AND SHIPPING NOTE\n\n")
    d.w("Patient: ", ctx.f("name"), "    DOB: ", ctx.f("dob"), "    Prescriber: Dr. ", ctx.f("attending"), "\n")
    rx = _sdate(r)
    d.w(
        "Rx received ",
        SD(r, rx),
        " via e-prescribe; clinic: ___; cycle start (CD2) expected ",
        SD(r, rx + timedelta(days=r.randint(8, 30))),
        "\n\n",
    )
    meds = [
        (DRUG("Gonal-f RFF Redi-ject"), f"{r.choice((300, 450, 900))} IU pen", r.randint(1, 4)),
        (DRUG("Menopur"), "75 IU vial", r.choice((5, 10, 20))),
        (DRUG("Cetrotide"), "0.25 mg kit", r.randint(3, 6)),
        (DRUG("Ovidrel"), "250 mcg prefilled syringe", 1),
        (DRUG("Progesterone in sesame oil"), "50 mg/mL, 10 mL vial", r.randint(1, 3)),
        (DRUG("Follistim AQ"), "600 IU cartridge", r.randint(1, 3)),
        (DRUG("Ganirelix"), "250 mcg/0.5 mL syringe", r.randint(3, 6)),
    ]
    d.w(
        "DISPENSED\n  #  Medication                       Strength / form              Qty  NDC             "
        "Lot         Exp\n"
    )
    for k, (name, form, qty) in enumerate(r.sample(meds, r.randint(3, 5))):
        d.w(
            f"  {k + 1}  ",
            name,
            " " * max(1, 32 - len(name[1])),
            f"{form:<28} {qty:<4} ",
            NDC(r),
            "  ",
            LOT(r),
            "  ",
            EXP(r),
            "\n",
        )
    d.w("  Ancillaries: 27G x 1/2 in and 22G x 1.5 in needles, alcohol pads, 1 qt sharps container\n\n")
    d.w(
        "COLD CHAIN: refrigerated items packed 2-8 C in validated shipper with gel packs and data logger (",
        MODEL("TempTale Ultra"),
        ", firmware ",
        VERSION(r),
        "). Logger reviewed on return; no excursion.\n",
    )
    d.w(
        "DELIVERY: signature required; ship date ",
        SD(r, rx + timedelta(days=r.randint(1, 6))),
        ", tracking ___; carrier ",
        PUB(r.choice(("FedEx", "UPS"))),
        " Priority Overnight.\n",
    )
    ctx.anchor(d, "admin")
    d.w(
        "\nCLINICAL REVIEW: no interacting medications; allergies: ",
        r.choice(_ALLERGIES).lower(),
        ". Injection teaching completed by video; patient demonstrated mixing ",
        DRUG("Menopur"),
        " with the Q-Cap adapter.\nBenefits: ",
        PUB(r.choice(_INSURERS)),
        " fertility rider; employer group ",
        L(f"{r.randint(100000, 999999)}", "employer_group_number"),
        " (group, not member); copay $",
        f"{r.randint(0, 450)}.00.\nAdverse events may be reported to ",
        *HOTLINE(r, "MedWatch"),
        ".\n",
    )
    ctx.anchor(d, "social")
    ctx.anchor(d, "clinical")
    d.w("\nPharmacist verification: ___, PharmD\n")
    ctx.anchor(d, "sign")


# ------------------------------- radiology ---------------------------------------------------------


def _rad_header(d: _Doc, ctx: _Ctx, exam: str) -> None:
    r = ctx.r
    style = r.randrange(3)
    if style == 0:
        d.w(
            "REFERRING CLINIC: ",
            ctx.f("ref_org"),
            "\nReferring provider: Dr. ",
            ctx.f("ref_md"),
            "      Fax: ",
            ctx.f("ref_fax"),
            "\nPatient: ",
            ctx.f("name"),
            "    MRN: ",
            ctx.f("mrn"),
            "    DOB: ",
            ctx.f("dob"),
            "\nAccession: ",
            ctx.f("acct"),
            "    Exam: ",
            SD(r, _base(r), 0),
            f" {_t(r)}\n",
        )
    elif style == 1:
        d.w(
            ctx.f("ref_org"),
            " | Ref: Dr. ",
            ctx.f("ref_md"),
            " | Fax ",
            ctx.f("ref_fax"),
            "\nPT ",
            ctx.f("name"),
            " | MR# ",
            ctx.f("mrn"),
            " | DOB ",
            ctx.f("dob"),
            " | ACC# ",
            ctx.f("acct"),
            "\n",
        )
    else:
        d.w(
            "Ordering: Dr. ",
            ctx.f("ref_md"),
            " (",
            ctx.f("ref_org"),
            "), results by fax to ",
            ctx.f("ref_fax"),
            "\nName: ",
            ctx.f("name"),
            "   Unit No: ",
            ctx.f("mrn"),
            "   DOB: ",
            ctx.f("dob"),
            "   Acc: ",
            ctx.f("acct"),
            "\n",
        )
    d.w(
        f"Priority: {r.choice(('Routine', 'Routine', 'Urgent', 'STAT'))}   Patient location: ",
        ROOM(r) if r.random() < 0.5 else r.choice(("Outpatient", "ED", "Clinic")),
        f"   Performing site: ___   Modality room {r.randint(1, 9)}\n",
    )
    ctx.anchor(d, "admin")
    d.w(f"\nEXAMINATION:  {exam}\n\n")


def _rad_tail(d: _Doc, ctx: _Ctx, recs: tuple[str, ...]) -> None:
    r = ctx.r
    d.w("\nRECOMMENDATION(S):  ", r.choice(recs), "\n")
    d.w(
        r.choice(
            (
                "\nNOTIFICATION:  Routine findings; results released to the patient portal after 72 hours.\n",
                "\nNOTIFICATION:  The findings were entered in the critical results log and acknowledged.\n",
                "\nThis report was prepared with speech-recognition software; minor transcription errors may occur.\n",
            )
        )
    )
    ctx.anchor(d, "sign")
    d.w(
        r.choice(
            (
                "\nRADIOLOGISTS: ___, MD   ___, MD\n",
                "\nElectronically signed: ___, MD\n",
                "\nDictated by ___; attending review ___.\n",
            )
        )
    )


def _indication(d: _Doc, ctx: _Ctx, who: str, rest: str) -> None:
    r = ctx.r
    age = ctx.f("age", AGE(r.randint(19, 47)) if ctx.domain == "repro" else r.choice((M, AGE(r.randint(18, 88)))))
    d.w("INDICATION:  ", age, f" year old {who} {rest}\n")
    if ctx.domain == "repro" and who == "woman":
        d.w(
            f"CLINICAL DATA:  G{r.randint(0, 4)}P{r.randint(0, 2)}; LMP ",
            SD(r, _base(r) - timedelta(days=r.randint(2, 26))),
            f"; AMH {r.uniform(0.3, 6.5):.1f} ng/mL; contrast/latex allergy: "
            f"{r.choice(('none', 'latex', 'iodine'))}.\n",
        )
    else:
        d.w(
            f"CLINICAL DATA:  Creatinine {r.uniform(0.6, 2.4):.2f} mg/dL (eGFR {r.randint(28, 110)}); "
            f"UA RBC {r.randint(0, 180)}/hpf; anticoagulation: {r.choice(('none', 'apixaban', 'aspirin 81 mg'))}.\n"
        )
    ctx.anchor(d, "social")
    ctx.anchor(d, "clinical")


def _r_pelvic_us(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    _rad_header(d, ctx, "PELVIS, TRANSVAGINAL AND TRANSABDOMINAL ULTRASOUND")
    cd = r.randint(2, 13)
    _indication(
        d,
        ctx,
        "woman",
        r.choice(
            (
                f"on cycle day {cd} of ovarian stimulation, follicle monitoring.",
                "with infertility, baseline antral follicle count.",
                "with pelvic pain and known endometrioma.",
                "with AUB; evaluate for fibroids before IVF.",
            )
        ),
    )
    d.w(
        "\nTECHNIQUE:  Grayscale and color Doppler images of the pelvis, transabdominal then transvaginal, on a ",
        MODEL(r.choice(("GE Voluson E10", "GE Voluson Expert 22", "Samsung HERA W10", "Philips EPIQ Elite"))),
        " (",
        r.choice(("RIC5-9-D", "IC9-RS", "V11-3")),
        " probe, software ",
        VERSION(r),
        ").\n\n",
    )
    d.w("COMPARISON:  ", *_comparison(r, "Pelvic ultrasound"), "\n\n")
    d.w(
        f"FINDINGS:\n\nUterus: {r.choice(('anteverted', 'retroverted', 'axial'))}, {r.uniform(6.5, 10.5):.1f} x "
        f"{r.uniform(3, 5.5):.1f} x {r.uniform(3.5, 6):.1f} cm. "
    )
    if r.random() < 0.5:
        d.w(
            f"{r.randint(1, 3)} intramural fibroid(s), largest {r.uniform(1, 4.5):.1f} cm "
            f"({r.choice(('FIGO 4', 'FIGO 5', 'FIGO 3'))}). "
        )
    d.w(
        f"Endometrium {r.uniform(4, 13):.1f} mm, {r.choice(('trilaminar', 'homogeneous echogenic', 'heterogeneous'))}; "
        "no polyp identified. ",
        r.choice(("Small ", "Few ", "No ")),
        EPO("Nabothian"),
        " cysts.\n\n",
    )
    for side in ("Right", "Left"):
        n = r.randint(2, 14)
        sizes = sorted((r.randint(6, 21) for _ in range(min(n, 5))), reverse=True)
        d.w(
            f"{side} ovary: {r.uniform(2.5, 5.5):.1f} x {r.uniform(1.8, 3.5):.1f} x {r.uniform(1.5, 3.5):.1f} cm; "
            f"{n} follicles, largest {', '.join(map(str, sizes))} mm. "
        )
        if r.random() < 0.25:
            d.w(
                f"{r.uniform(1.5, 4.8):.1f} cm homogeneous low-level echo cyst consistent with endometrioma (",
                CRIT("O-RADS US 2"),
                "). ",
            )
        d.w("Normal arterial and venous flow.\n")
    d.w(
        f"\nAdnexa: no hydrosalpinx. Cul-de-sac: {r.choice(('trace', 'small', 'no'))} free fluid in the ",
        EPO("pouch of Douglas"),
        ". Sliding sign ",
        r.choice(("positive (normal)", "negative posteriorly")),
        ".\n\n",
    )
    d.w(
        "IMPRESSION:\n1. ",
        r.choice(
            (
                "Multifollicular response, lead follicles as above, appropriate for trigger timing per REI.",
                "Antral follicle count as above.",
                "Endometrioma without suspicious features.",
                "Intramural fibroids without cavity distortion.",
            )
        ),
        "\n2. Endometrial thickness as above.\n",
    )
    _rad_tail(
        d,
        ctx,
        (
            "Follow-up per REI monitoring schedule; no further imaging recommended by radiology.",
            "Repeat pelvic ultrasound in 6-8 weeks to document resolution of the cyst (early follicular phase).",
            "Saline infusion sonohysterography if cavity evaluation is needed before embryo transfer.",
            "MRI pelvis could further characterise the fibroids if surgery is contemplated.",
        ),
    )


def _r_scrotal_us(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    ctx.sex = "M"
    _rad_header(d, ctx, "SCROTAL ULTRASOUND WITH DOPPLER")
    _indication(
        d,
        ctx,
        "man",
        r.choice(
            (
                "with infertility and abnormal semen analysis, evaluate for varicocele.",
                "with acute left scrotal pain, rule out torsion.",
                "with a palpable right testicular nodule.",
                "with azoospermia before microTESE.",
            )
        ),
    )
    d.w(
        "\nTECHNIQUE:  Grayscale, color and spectral Doppler of the scrotum with linear ",
        MODEL(r.choice(("Siemens Acuson Sequoia 18L6", "Canon Aplio i800 i18LX5", "GE LOGIQ E10 ML6-15"))),
        " transducer; supine and upright with ",
        EPO("Valsalva"),
        ".\n\n",
    )
    d.w("COMPARISON:  ", *_comparison(r, "Scrotal ultrasound"), "\n\nFINDINGS:\n")
    rt = (r.uniform(3.2, 5), r.uniform(2, 3), r.uniform(2, 3.2))
    lt = (r.uniform(2.8, 5), r.uniform(1.8, 3), r.uniform(2, 3.2))
    for name, dims in (("Right", rt), ("Left", lt)):
        vol = 0.71 * dims[0] * dims[1] * dims[2]
        d.w(
            f"{name} testis: {dims[0]:.1f} x {dims[1]:.1f} x {dims[2]:.1f} cm (volume {vol:.1f} mL, ",
            EPO("Lambert"),
            f" formula), {r.choice(('homogeneous', 'mildly heterogeneous', 'with scattered microliths (<5/field)'))}; "
            "normal intratesticular flow.\n",
        )
    d.w(
        f"Epididymides: {r.choice(('normal', 'left epididymal head cyst 4 mm', 'mildly hyperemic left epididymis'))}.\n"
    )
    d.w(
        f"Varicocele: left pampiniform veins up to {r.uniform(2, 4.2):.1f} mm with reflux on Valsalva ",
        f"({r.uniform(1, 4):.1f} s), grade {r.randint(1, 3)} (",
        CRIT("Sarteschi classification"),
        "). Right: none.\n",
    )
    d.w(
        "No hydrocele. No ",
        EPO("whirlpool sign"),
        " of the spermatic cord. ",
        EPO("Prehn sign"),
        " not applicable on imaging.\n\n",
    )
    d.w(
        "IMPRESSION:\n1. ",
        r.choice(
            (
                "Left varicocele as above.",
                "No sonographic evidence of torsion.",
                "Small testicular volumes bilaterally.",
                "Limited testicular microlithiasis; no mass.",
            )
        ),
        "\n2. Testicular volumes as above.\n",
    )
    _rad_tail(
        d,
        ctx,
        (
            "Correlate with semen analysis and hormonal profile (FSH, LH, testosterone).",
            "Testicular self-examination; no routine imaging follow-up for limited microlithiasis.",
            "Urology referral for varicocele repair discussion if semen parameters remain abnormal.",
            "Repeat scrotal ultrasound in 4-6 weeks after antibiotic therapy.",
        ),
    )


def _r_hsg(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    _rad_header(d, ctx, "HYSTEROSALPINGOGRAM")
    _indication(
        d,
        ctx,
        "woman",
        r.choice(
            (
                "with primary infertility, evaluate tubal patency.",
                "with secondary infertility after cesarean, evaluate niche and tubes.",
                "after hysteroscopic septum resection.",
                "with prior chlamydia.",
            )
        ),
    )
    d.w(
        "\nTECHNIQUE:  After informed consent and timeout, the cervix was prepped; a 5 Fr HSG balloon catheter (",
        MODEL("Cooper HSG catheter"),
        ", lot ",
        LOT(r),
        ", exp ",
        EXP(r),
        ", barcode ",
        GTIN_UDI(r),
        ") was placed. ",
        f"{r.randint(6, 18)} mL of ",
        DRUG(r.choice(("Omnipaque 300", "Isovue-300", "Lipiodol"))),
        " (lot ",
        LOT(r),
        ") was instilled under intermittent fluoroscopy (",
        MODEL(r.choice(("Siemens Luminos dRF Max", "Philips CombiDiagnost R90"))),
        f"). Fluoroscopy time {r.uniform(0.3, 1.6):.1f} min; DAP {r.uniform(0.5, 6):.1f} Gy cm2. Day of cycle: "
        f"{r.randint(6, 11)}.\n\n",
    )
    d.w("COMPARISON:  ", *_comparison(r, "Pelvic ultrasound"), "\n\n")
    cavity = r.choice(
        (
            ("normal triangular contour", "Normal uterine cavity."),
            ("small fundal indentation, arcuate configuration", "Arcuate uterus."),
            (
                "filling defect 8 mm in the lower uterine segment (polyp vs air bubble)",
                "Possible endometrial polyp; recommend SIS.",
            ),
            ("isthmocele along the anterior lower segment", "Cesarean scar niche (isthmocele)."),
        )
    )
    d.w(
        "FINDINGS:\nUterine cavity: ",
        cavity[0],
        ".\n",
    )
    for side in ("Right", "Left"):
        d.w(
            f"{side} tube: ",
            r.choice(
                (
                    "normal caliber with free intraperitoneal spill",
                    "dilated ampulla without spill, consistent with hydrosalpinx",
                    "proximal occlusion at the cornua; selective cannulation not performed",
                    "delayed loculated spill suggesting peritubal adhesions",
                )
            ),
            ".\n",
        )
    d.w("No venous or lymphatic intravasation. No ", EPO("Asherman"), "-type synechiae.\n\n")
    d.w(
        "IMPRESSION:\n1. Tubal findings as above.\n2. ",
        cavity[1],
        "\nPatient tolerated the procedure; post-procedure doxycycline 100 mg BID x 5 days (",
        DRUG("Vibramycin"),
        ") prescribed per REI protocol.\n",
    )
    _rad_tail(
        d,
        ctx,
        (
            "Findings conveyed to the REI team; consider laparoscopic salpingectomy before IVF for hydrosalpinx.",
            "Saline infusion sonohysterography to confirm the suspected polyp.",
            "No further imaging; proceed per REI plan.",
            "Three-dimensional ultrasound to further characterise uterine morphology.",
        ),
    )


def _r_ct_urogram(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    who = "woman" if ctx.sex == "F" else "man"
    _rad_header(d, ctx, "CT ABDOMEN AND PELVIS (CT UROGRAM) WITHOUT AND WITH IV CONTRAST")
    d.w("Procedure code ", CPT(r, ("74178",)), "; requisition diagnosis ", ICD(r, ("R31.0", "R31.29", "N20.0")), "\n\n")
    _indication(
        d,
        ctx,
        who,
        r.choice(
            (
                "with painless gross hematuria, smoker.",
                "with microscopic hematuria and left flank pain.",
                "with recurrent stones, pre-PCNL planning.",
                "with urothelial carcinoma surveillance.",
            )
        ),
    )
    d.w(
        "\nTECHNIQUE:  Split-bolus CT urogram on a ",
        MODEL(r.choice(("Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE"))),
        f": unenhanced, then {r.choice((100, 120))} mL ",
        DRUG("Omnipaque 350"),
        " (lot ",
        LOT(r),
        ") with combined nephrographic-excretory phase at 10 minutes. Dose-length product "
        f"{r.randint(600, 1900)} mGy-cm; CTDIvol {r.uniform(8, 22):.1f} mGy.\n\n",
    )
    d.w("COMPARISON:  ", *_comparison(r, "CT abdomen/pelvis"), "\n\nFINDINGS:\n\n")
    d.w(f"KIDNEYS: right {r.uniform(9.5, 12.5):.1f} cm, left {r.uniform(9.5, 12.5):.1f} cm. ")
    if r.random() < 0.6:
        d.w(
            f"{r.randint(2, 12)} mm nonobstructing {r.choice(('left', 'right'))} lower pole calculus "
            f"({r.randint(400, 1300)} HU). "
        )
    if r.random() < 0.5:
        d.w(
            f"{r.uniform(1, 4.5):.1f} cm {r.choice(('left', 'right'))} renal cyst, ",
            CRIT("Bosniak"),
            f" {r.choice(('I', 'II', 'IIF'))}. ",
        )
    d.w(
        "No hydronephrosis. Symmetric excretion.\nCOLLECTING SYSTEMS AND URETERS: opacified throughout without "
        "filling defect, except ",
        r.choice(("none", "a 4 mm irregular filling defect in the left renal pelvis", "mild right UPJ narrowing")),
        ".\n",
    )
    d.w(
        "BLADDER: ",
        r.choice(
            (
                "well distended, no focal wall thickening",
                "trabeculated with a 1.4 cm right posterolateral enhancing mass",
                "diverticulum along the left lateral wall",
            )
        ),
        ".\n",
    )
    d.w(
        "PELVIS: ",
        "prostate " + f"{r.randint(25, 110)} mL" if who == "man" else "uterus and adnexa unremarkable",
        "; no lymphadenopathy.\nOTHER: ",
        r.choice(
            (
                "Hepatic hypodensity too small to characterize.",
                "Colonic diverticulosis.",
                "Atherosclerotic calcification of the aorta.",
                "Sacral neuromodulator lead in the right S3 foramen.",
            )
        ),
        "\n\n",
    )
    d.w(
        "IMPRESSION:\n1. Findings as above; recommend cystoscopy per ",
        PUB("AUA"),
        " microhematuria guideline.\n2. No acute findings outside the urinary tract.\n",
    )
    _rad_tail(
        d,
        ctx,
        (
            "Cystoscopy and urine cytology for complete hematuria evaluation.",
            "Ureteroscopy for direct visualisation of the renal pelvic filling defect.",
            "Metabolic stone evaluation (24-hour urine) given recurrent calculi.",
            "Follow-up CT urogram per surveillance protocol in 12 months.",
        ),
    )


def _r_renal_bladder(d: _Doc, ctx: _Ctx) -> None:
    r = ctx.r
    who = "woman" if ctx.sex == "F" else "man"
    _rad_header(d, ctx, "RENAL AND BLADDER ULTRASOUND WITH POST-VOID RESIDUAL")
    _indication(
        d,
        ctx,
        who,
        r.choice(
            (
                "with urinary retention and rising creatinine.",
                "with recurrent UTIs.",
                "with elevated PVR on bladder scan.",
                "after ureteral stent removal.",
            )
        ),
    )
    d.w(
        "\nTECHNIQUE:  Grayscale and color Doppler ultrasound of the kidneys and bladder (",
        MODEL(r.choice(("GE LOGIQ E10", "Philips EPIQ 7", "Siemens Acuson Juniper"))),
        ", ",
        ROOM(r),
        ").\n\n",
    )
    d.w("COMPARISON:  ", *_comparison(r, "Renal ultrasound"), "\n\nFINDINGS:\n\n")
    hydro = r.choice(("no", "no", "mild", "moderate"))
    for side in ("Right", "Left"):
        d.w(
            f"{side} kidney: {r.uniform(9, 12.8):.1f} cm; {hydro} hydronephrosis; "
            f"cortical thickness {r.uniform(0.8, 1.6):.1f} cm; "
            f"{r.choice(('no stones', 'echogenic focus with twinkle artifact 5 mm'))}.\n"
        )
    pre, post = r.randint(180, 700), r.randint(20, 480)
    d.w(
        f"\nBladder: pre-void volume {pre} mL, wall {r.uniform(2, 7):.1f} mm, "
        f"{r.choice(('smooth', 'trabeculated', 'with layering debris'))}. Bilateral ureteral jets seen. Post-void "
        f"residual {post} mL. Prostate ({'N/A' if who == 'woman' else str(r.randint(25, 120)) + ' mL'}).\n\n"
    )
    d.w(
        "IMPRESSION:\n1. ",
        "No hydronephrosis." if hydro == "no" else f"{hydro.capitalize()} bilateral hydronephrosis.",
        f"\n2. PVR {post} mL{' (incomplete emptying)' if post > 150 else ''}.\n",
    )
    _rad_tail(
        d,
        ctx,
        (
            "Correlate with post-void bladder scan at the clinic; consider urodynamics if retention persists.",
            "Repeat renal ultrasound after catheter decompression.",
            "No further imaging needed.",
            "Non-contrast CT if symptoms suggest an obstructing stone.",
        ),
    )


# (function, fields it renders, domain, sexes)
_TEMPLATES: dict[str, list[tuple[Callable[[_Doc, _Ctx], None], frozenset[str], str, str]]] = {
    "discharge": [
        (_d_ohss, frozenset({"name", "mrn", "adm", "dob", "attending"}), "repro", "F"),
        (_d_ectopic, frozenset({"name", "mrn", "adm", "dob", "attending"}), "repro", "F"),
        (_d_ivf_summary, frozenset({"org", "name", "dob", "mrn", "attending"}), "repro", "F"),
        (_d_genetic_letter, frozenset({"org", "name", "dob", "mrn", "attending"}), "repro", "F"),
        (_d_donor_record, frozenset({"org", "name", "dob", "mrn"}), "repro", "FM"),
        (_d_pharmacy, frozenset({"org", "name", "dob", "attending"}), "repro", "F"),
        (_d_stone, frozenset({"name", "mrn", "adm", "dob", "attending", "age"}), "uro", "FM"),
        (_d_prostate, frozenset({"name", "mrn", "adm", "dob", "attending", "age"}), "uro", "M"),
        (_d_urodynamics, frozenset({"org", "name", "mrn", "dob", "attending", "age"}), "uro", "FM"),
        (_d_swl, frozenset({"org", "name", "mrn", "adm", "dob", "attending", "age"}), "uro", "FM"),
    ],
    "radiology": [
        (_r_pelvic_us, frozenset({"ref_org", "ref_md", "ref_fax", "name", "mrn", "dob", "acct"}), "repro", "F"),
        (_r_hsg, frozenset({"ref_org", "ref_md", "ref_fax", "name", "mrn", "dob", "acct"}), "repro", "F"),
        (_r_scrotal_us, frozenset({"ref_org", "ref_md", "ref_fax", "name", "mrn", "dob", "acct"}), "uro", "M"),
        (_r_ct_urogram, frozenset({"ref_org", "ref_md", "ref_fax", "name", "mrn", "dob", "acct", "age"}), "uro", "FM"),
        (
            _r_renal_bladder,
            frozenset({"ref_org", "ref_md", "ref_fax", "name", "mrn", "dob", "acct", "age"}),
            "uro",
            "FM",
        ),
    ],
}


# --------------------------------------------------------------------------------------------------
# Plants: one labelled span of the category, placed in a header field or an anchor of the template
# --------------------------------------------------------------------------------------------------


def _org_for(ctx: _Ctx) -> str:
    r = ctx.r
    pool = _FERT_CLINICS if ctx.domain == "repro" else _URO_CLINICS
    return r.choice(pool + _HOSPITALS) if r.random() < 0.3 else r.choice(pool)


Opts = list[tuple[float, Callable[[], None]]]


def _pl_person(ctx: _Ctx) -> None:
    r = ctx.r
    rel = r.choice(("husband", "wife", "partner", "sister", "mother", "daughter", "son", "brother"))
    lang = r.choice(("Tigrinya", "Portuguese", "Vietnamese", "Dari", "Haitian Creole", "Polish", "Amharic"))
    opts: Opts = []
    if "name" in ctx.fok:
        opts.append((3, lambda: ctx.setf("name", P(_pname(r, r.choice(("full", "lastfirst")), ctx.sex), "PERSON"))))
    if "attending" in ctx.fok:
        opts.append((2, lambda: ctx.setf("attending", P(_pname(r, r.choice(("full", "last", "init"))), "PERSON"))))
    if "ref_md" in ctx.fok:
        opts.append((3, lambda: ctx.setf("ref_md", P(_pname(r, r.choice(("full", "last", "init"))), "PERSON"))))
    if ctx.nt == "discharge":
        role = r.choice((", RN", ", embryologist", ", clinical coordinator")) if ctx.domain == "repro" else ", RN"
        opts += [
            (
                2,
                lambda: ctx.add(
                    "social",
                    f"Accompanied by {ctx.pos} {rel}, ",
                    P(_pname(r), "PERSON"),
                    ", who participated in the discussion.",
                ),
            ),
            (
                1,
                lambda: ctx.add(
                    "social",
                    "Professional interpreter ",
                    P(_pname(r, r.choice(("full", "init"))), "PERSON"),
                    f" ({lang}) used for the entire encounter.",
                ),
            ),
            (2, lambda: ctx.add("sign", "Witness: ", P(_pname(r), "PERSON"), role)),
            (
                1,
                lambda: ctx.add(
                    "sign", "cc: Dr. ", P(_pname(r, r.choice(("full", "last"))), "PERSON"), ", primary care"
                ),
            ),
        ]
        if ctx.domain == "repro":
            opts += [
                (
                    2,
                    lambda: ctx.add(
                        "social",
                        r.choice(("Gestational carrier", "Known oocyte donor (sister-in-law)", "Co-intended parent")),
                        ": ",
                        P(_pname(r, "full", "F"), "PERSON"),
                        ".",
                    ),
                ),
                (
                    1,
                    lambda: ctx.add(
                        "clinical",
                        "Partner ",
                        P(_pname(r, "full", "M"), "PERSON"),
                        " attended and contributed to the history.",
                    ),
                ),
            ]
        else:
            opts += [
                (1, lambda: ctx.add("social", f"Health-care proxy is {ctx.pos} {rel} ", P(_pname(r), "PERSON"), ".")),
                (
                    1,
                    lambda: ctx.add(
                        "clinical",
                        "Prior procedure performed by Dr. ",
                        P(_pname(r, r.choice(("last", "full"))), "PERSON"),
                        " at an outside hospital.",
                    ),
                ),
            ]
    else:
        opts += [
            (
                2,
                lambda: ctx.add(
                    "sign",
                    "Findings discussed with Dr. ",
                    P(_pname(r, r.choice(("last", "full"))), "PERSON"),
                    f" by telephone at {_t(r)} on the day of the exam.",
                ),
            ),
            (
                2,
                lambda: ctx.add(
                    "sign",
                    r.choice(("Sonographer: ", "Technologist: ")),
                    P(_pname(r, r.choice(("full", "init"))), "PERSON"),
                    r.choice((", RDMS", ", RT(R)", "")),
                ),
            ),
            (1, lambda: ctx.add("social", f"Patient accompanied by {ctx.pos} {rel} ", P(_pname(r), "PERSON"), ".")),
        ]
    _choose(r, opts)


def _pl_location(ctx: _Ctx) -> None:
    r = ctx.r
    town, foreign = r.choice(_US_TOWNS), r.choice(_FOREIGN)
    opts: Opts = [
        (
            2,
            lambda: ctx.add(
                "social",
                r.choice(("Lives in ", "Resides in ", "Recently moved to ")),
                P(town, "LOCATION"),
                r.choice((" with spouse.", "; commutes 90 minutes for appointments.", ".")),
            ),
        ),
        (1, lambda: ctx.add("social", "Originally from ", P(foreign, "LOCATION"), "; emigrated in ", YEAR(r), ".")),
        (1, lambda: ctx.add("clinical", "Outside records from a clinic in ", P(town, "LOCATION"), " reviewed.")),
        (1, lambda: ctx.add("social", "Family lives in ", P(r.choice(_AREAS_LOCAL), "LOCATION"), ".")),
    ]
    if ctx.nt == "discharge":
        ship = r.choice(sorted(_NE_TOWNS))
        opts.append((1, lambda: ctx.add("admin", "Ship to: ___, ", P(ship, "LOCATION"), f", {_NE_TOWNS[ship]} ___")))
        if ctx.domain == "repro":
            opts.append(
                (
                    1,
                    lambda: ctx.add(
                        "clinical", "Prior IVF cycles abroad in ", P(foreign, "LOCATION"), " (records translated)."
                    ),
                )
            )
        else:
            opts.append(
                (
                    1,
                    lambda: ctx.add(
                        "clinical",
                        "Stone episode while travelling in ",
                        P(foreign, "LOCATION"),
                        " treated with an outside stent.",
                    ),
                )
            )
    else:
        opts.append(
            (
                1,
                lambda: ctx.add(
                    "clinical",
                    "Comparison images from an imaging center in ",
                    P(town, "LOCATION"),
                    " were not available.",
                ),
            )
        )
    _choose(r, opts)


def _pl_org(ctx: _Ctx) -> None:
    r = ctx.r
    org = _org_for(ctx)
    prior = r.choice(_HOSPITALS + (_FERT_CLINICS if ctx.domain == "repro" else _URO_CLINICS))
    opts: Opts = []
    for key in ("org", "ref_org"):
        if key in ctx.fok:
            opts.append((4, lambda k=key: ctx.setf(k, P(org, "ORGANIZATION"))))
    opts += [
        (
            1,
            lambda: ctx.add(
                "social",
                r.choice(("Works as a lab technician at ", "Employed at ", "Works at ")),
                P(r.choice(_EMPLOYERS), "ORGANIZATION"),
                ".",
            ),
        ),
        (1, lambda: ctx.add("clinical", "Previously treated at ", P(prior, "ORGANIZATION"), ".")),
    ]
    if ctx.nt == "discharge":
        opts.append(
            (1, lambda: ctx.add("admin", "Dispensing pharmacy: ", P(r.choice(_PHARMACIES), "ORGANIZATION"), "."))
        )
        if ctx.domain == "repro":
            opts.append(
                (1, lambda: ctx.add("social", "Surrogacy/donor agency: ", P(r.choice(_AGENCIES), "ORGANIZATION"), "."))
            )
    _choose(r, opts)


def _pl_date(ctx: _Ctx) -> None:
    r = ctx.r
    death = r.choice(
        (
            ("Father died on ", " (prostate cancer)."),
            ("Mother passed away ", " (ovarian cancer)."),
            ("Brother died ", " (renal cell carcinoma)."),
            ("Spouse deceased ", "."),
        )
    )
    opts: Opts = []
    if "dob" in ctx.fok:
        lo, hi = (1962, 2003) if ctx.domain == "repro" else (1930, 1990)
        opts.append((4, lambda: ctx.setf("dob", P(_real_date(r, lo, hi), "DATE_REAL_YEAR"))))
    if "adm" in ctx.fok:
        opts.append((2, lambda: ctx.setf("adm", P(_real_date(r, 2008, 2023), "DATE_REAL_YEAR"))))
    if ctx.domain == "repro":
        lead = r.choice(
            (
                "Prior retrieval at an outside clinic on ",
                "Last HSG was on ",
                "Outside embryo transfer on ",
                "Tubal ligation performed ",
            )
        )
    else:
        lead = r.choice(("Vasectomy performed ", "First stone episode on ", "Prior TURBT on ", "Outside PSA drawn "))
    opts += [
        (1, lambda: ctx.add("clinical", lead, P(_real_date(r, 2005, 2023), "DATE_REAL_YEAR"), ".")),
        (
            1,
            lambda: ctx.add(
                "social",
                death[0],
                P(_real_date(r, 1990, 2023), "DATE_REAL_YEAR"),
                death[1],
            ),
        ),
        (1, lambda: ctx.add("sign", "Signed ", P(_real_date(r, 2010, 2024), "DATE_REAL_YEAR"), f" at {_t(r)}.")),
    ]
    if ctx.nt == "radiology":
        opts.append(
            (
                2,
                lambda: ctx.add(
                    "clinical",
                    "Outside study dated ",
                    P(_real_date(r, 2004, 2023), "DATE_REAL_YEAR"),
                    " reviewed for comparison.",
                ),
            )
        )
    _choose(r, opts)


def _pl_age(ctx: _Ctx) -> None:
    r = ctx.r
    opts: Opts = []
    if "age" in ctx.fok:
        opts.append((5, lambda: ctx.setf("age", P(_age_over(r, False), "AGE_OVER_89"))))
    opts += [
        (
            1,
            lambda: ctx.add(
                "social",
                r.choice(("Maternal grandmother, aged ", f"Lives with {ctx.pos} grandfather, age ")),
                P(_age_over(r), "AGE_OVER_89"),
                r.choice((", who lives with the family.", ", who has dementia.", ".")),
            ),
        ),
        (
            1,
            lambda: ctx.add(
                "social",
                "Family history: paternal grandfather alive at ",
                P(_age_over(r), "AGE_OVER_89"),
                " with prostate cancer.",
            ),
        ),
    ]

    def patient_age() -> None:
        ctx.setf("age", M)  # the header age is masked, the narrative one leaked
        ctx.add("clinical", "Patient is ", P(_age_over(r), "AGE_OVER_89"), " years old; goals of care discussed.")

    if ctx.domain == "uro" and ctx.nt == "discharge":
        opts.append((2, patient_age))
    _choose(r, opts)


def _pl_phone(ctx: _Ctx) -> None:
    r = ctx.r
    ph = _phone(r)
    rel = r.choice(("Husband", "Wife", "Partner", "Sister", "Daughter", "Son"))
    if ctx.nt == "discharge":
        opts: Opts = [
            (2, lambda: ctx.add("social", f"Best contact is {ctx.pos} cell ", P(ph, "PHONE"), " (texts OK).")),
            (1, lambda: ctx.add("admin", "Patient phone: ", P(ph, "PHONE"), "    Alt: ___")),
            (1, lambda: ctx.add("social", f"{rel} can be reached at ", P(ph, "PHONE"), ".")),
            (1, lambda: ctx.add("admin", "Home phone on file ", P(ph, "PHONE"), "; call before delivery.")),
        ]
    else:
        opts = [
            (2, lambda: ctx.add("sign", "Result left on the patient's voicemail at ", P(ph, "PHONE"), ".")),
            (1, lambda: ctx.add("admin", "Patient callback: ", P(ph, "PHONE"))),
        ]
    _choose(r, opts)


def _pl_fax(ctx: _Ctx) -> None:
    r = ctx.r
    fx = _phone(r)
    opts: Opts = []
    if "ref_fax" in ctx.fok:
        opts.append((4, lambda: ctx.setf("ref_fax", P(fx, "FAX"))))
    opts += [
        (1, lambda: ctx.add("admin", "Please fax results to the referring office at ", P(fx, "FAX"), ".")),
        (1, lambda: ctx.add("sign", "cc by fax: ", P(fx, "FAX"), " (attn: ___)")),
    ]
    _choose(r, opts)


def _pl_pager(ctx: _Ctx) -> None:
    r = ctx.r
    pg = _pager(r)
    team = "REI fellow" if ctx.domain == "repro" else "Urology resident"
    opts: Opts = [
        (2, lambda: ctx.add("sign", f"{team} on call: Dr. ___, pager ", P(pg, "PAGER"))),
        (
            1,
            lambda: ctx.add(
                "sign",
                r.choice(("Questions: page the covering fellow at #", "Covering physician beeper ")),
                P(pg, "PAGER"),
            ),
        ),
    ]
    if ctx.nt == "radiology":
        opts.append(
            (
                2,
                lambda: ctx.add(
                    "sign", "Critical result communicated to Dr. ___ (pager ", P(pg, "PAGER"), f") at {_t(r)}."
                ),
            )
        )
    _choose(r, opts)


def _pl_email(ctx: _Ctx) -> None:
    r = ctx.r
    em = _email(r)
    doc = _pname(r)
    dom = _ascii(_org_for(ctx).split()[0]) + r.choice(("health.org", "fertility.com", "med.org", "clinic.net"))
    work = f"{_ascii(doc.split()[0])[0]}{_ascii(doc.split()[-1])}@{dom}"
    opts: Opts = [
        (
            2,
            lambda: ctx.add(
                "admin",
                r.choice(("Patient prefers e-mail: ", "E-mail on file: ", "Instructions sent to ")),
                P(em, "EMAIL"),
            ),
        ),
        (1, lambda: ctx.add("sign", "Report copied to the referring physician at ", P(work, "EMAIL"))),
    ]
    if ctx.nt == "discharge":
        opts.append((1, lambda: ctx.add("social", "Partner asked to receive updates at ", P(em, "EMAIL"), ".")))
    _choose(r, opts)


def _pl_url(ctx: _Ctx) -> None:
    r = ctx.r
    f1, f2, last = _ascii(_first(r, "F")), _ascii(_first(r)), _ascii(r.choice(_LAST))
    clinic = _ascii(_org_for(ctx).split()[0])
    token = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12))
    repro = ctx.domain == "repro"
    personal = r.choice(
        (
            f"https://www.gofundme.com/f/{f1}-and-{f2}-{'ivf-journey' if repro else 'surgery-fund'}",
            f"https://{f1}{last}{'ttc' if repro else 'journal'}.wordpress.com",
            f"https://instagram.com/{f1}.{last}.{'ivf' if repro else 'recovery'}",
            f"www.{last}family{'-surrogacy' if repro else ''}.com",
        )
    )
    portal = f"https://portal.{clinic}health.com/patients/{r.randint(10000, 999999)}/results"
    share = f"https://share.{clinic}imaging.com/s/{token}"
    opts: Opts = [
        (1, lambda: ctx.add("admin", "Personal page shared by patient: ", P(personal, "URL"))),
        (1, lambda: ctx.add("admin", "Patient portal record link: ", P(portal, "URL"))),
        (1, lambda: ctx.add("admin", "Image share link issued to patient: ", P(share, "URL"), " (expires in 30 days)")),
    ]
    if ctx.nt == "discharge":
        opts.append(
            (
                1,
                lambda: ctx.add(
                    "social",
                    f"Patient documents {ctx.pos} treatment online (",
                    P(personal, "URL"),
                    ") and asked that no photos be posted.",
                ),
            )
        )
    _choose(r, opts)


def _pl_ip(ctx: _Ctx) -> None:
    r = ctx.r
    ip = _ip(r)
    if ctx.domain == "uro":
        third: tuple[str, str] = ("Home uroflow device uploads received from ", "; readings reviewed.")
    else:
        third = ("Ovulation-tracking app data synced to the portal from ", "; cycle charts reviewed.")
    _choose(
        r,
        [
            (
                2,
                lambda: ctx.add(
                    "admin", "Telehealth visit; patient connected from IP ", P(ip, "IP_ADDRESS"), " (session log)."
                ),
            ),
            (1, lambda: ctx.add("sign", "E-consent signed electronically from ", P(ip, "IP_ADDRESS"), ".")),
            (1, lambda: ctx.add("clinical", third[0], P(ip, "IP_ADDRESS"), third[1])),
        ],
    )


def _pl_ssn(ctx: _Ctx) -> None:
    r = ctx.r
    ssn = _ssn(r)
    opts: Opts = [(2, lambda: ctx.add("admin", r.choice(("SSN: ", "Social Security No. ", "SS# ")), P(ssn, "SSN")))]
    if ctx.nt == "discharge":
        why = "the surrogacy escrow account" if ctx.domain == "repro" else "the device manufacturer's warranty form"
        opts.append((1, lambda: ctx.add("social", f"For {why}, patient provided SSN ", P(ssn, "SSN"), ".")))
    _choose(r, opts)


def _pl_mrn(ctx: _Ctx) -> None:
    r = ctx.r
    mrn = _mrn(r)
    opts: Opts = []
    if "mrn" in ctx.fok:
        opts.append((4, lambda: ctx.setf("mrn", P(mrn, "MRN"))))
    lead = (
        ("Partner's record: MRN ", "Carrier chart #", "Outside MRN ")
        if ctx.domain == "repro"
        else ("Outside MRN ", "Prior hospital unit no. ", "Clinic chart #")
    )
    opts += [
        (1, lambda: ctx.add("clinical", r.choice(lead), P(mrn, "MRN"))),
        (1, lambda: ctx.add("admin", "Medical record number ", P(mrn, "MRN"), " confirmed with two identifiers.")),
    ]
    _choose(r, opts)


def _pl_account(ctx: _Ctx) -> None:
    r = ctx.r
    if ctx.domain == "repro":
        spec = r.choice(("semen", "endometrial biopsy", "TE biopsy", "products of conception"))
        test = r.choice(("PGT-A", "karyotype", "expanded carrier screen", "semen DNA fragmentation"))
    else:
        spec = r.choice(("urine cytology", "stone fragments", "prostate biopsy cores", "urine culture"))
        test = r.choice(("stone analysis", "urine culture", "24-h urine supersaturation", "PSA"))
    opts: Opts = []
    if "acct" in ctx.fok:
        opts.append((4, lambda: ctx.setf("acct", P(_accession(r), "ACCOUNT"))))
    opts += [
        (1, lambda: ctx.add("admin", r.choice(("Billing account ", "FIN ", "Encounter #")), P(_acct(r), "ACCOUNT")))
    ]
    if ctx.nt == "discharge":
        opts += [
            (1, lambda: ctx.add("admin", "Specimen ID: ", P(_specimen(r), "ACCOUNT"), f" ({spec})")),
            (
                1,
                lambda: ctx.add(
                    "clinical", "Requisition no. ", P(f"RQ{r.randint(10**6, 10**7 - 1)}", "ACCOUNT"), f" for {test}."
                ),
            ),
        ]
    else:
        opts.append(
            (
                1,
                lambda: ctx.add(
                    "admin", "Order no. ", P(f"{r.randint(10**7, 10**8 - 1)}", "ACCOUNT"), " (imaging order)"
                ),
            )
        )
    _choose(r, opts)


def _pl_health_plan(ctx: _Ctx) -> None:
    r = ctx.r
    grp = L(f"{r.randint(10000, 9999999)}", "employer_group_number")
    _choose(
        r,
        [
            (
                2,
                lambda: ctx.add(
                    "admin",
                    "Insurance: ",
                    PUB(r.choice(_INSURERS)),
                    "  Member ID: ",
                    P(_member(r), "HEALTH_PLAN"),
                    "  Group: ",
                    grp,
                ),
            ),
            (
                1,
                lambda: ctx.add(
                    "admin",
                    r.choice(("MassHealth ID ", "Medicaid ID ")),
                    P(f"{r.randint(10**11, 10**12 - 1)}", "HEALTH_PLAN"),
                ),
            ),
            (1, lambda: ctx.add("admin", "Medicare MBI ", P(_mbi(r), "HEALTH_PLAN"))),
            (1, lambda: ctx.add("admin", "Subscriber ID ", P(_member(r), "HEALTH_PLAN"), " (policy holder: ___)")),
        ],
    )


def _pl_license(ctx: _Ctx) -> None:
    r = ctx.r
    last = r.choice(_LAST)
    state = r.choice(("MA", "RI", "NH"))
    opts: Opts = [
        (2, lambda: ctx.add("sign", "Prescriber NPI ", P(_npi(r), "LICENSE"), "   DEA ___")),
        (1, lambda: ctx.add("sign", "Prescriber DEA ", P(_dea(r, last), "LICENSE"), "   NPI ___")),
        (1, lambda: ctx.add("sign", "Physician license no. ", P(_prof_lic(r), "LICENSE"), f" ({state})")),
    ]
    if ctx.nt == "discharge":
        opts.append(
            (1, lambda: ctx.add("admin", "Identity verified: driver's license ", P(_driver_lic(r), "LICENSE"), "."))
        )
    _choose(r, opts)


def _address_line(ctx: _Ctx, chosen: list[str], lead: str, anchor: str) -> None:
    r = ctx.r
    town = r.choice(sorted(_NE_TOWNS))
    state, z = _state_zip(r, _NE_TOWNS[town])
    items: list[Item] = [lead, P(_street(r), "STREET_ADDRESS"), ", "]
    if "LOCATION" in chosen and "LOCATION" not in ctx.consumed and r.random() < 0.6:
        ctx.consumed.add("LOCATION")
        items.append(P(town, "LOCATION"))
    else:
        items.append(M)
    items.append(f", {state} ")
    if "ZIP" in chosen and "ZIP" not in ctx.consumed and r.random() < 0.8:
        ctx.consumed.add("ZIP")
        items.append(P(z, "ZIP"))
    else:
        items.append(M)
    ctx.add(anchor, *items)


def _pl_street(ctx: _Ctx, chosen: list[str]) -> None:
    r = ctx.r
    opts: Opts = [
        (2, lambda: _address_line(ctx, chosen, r.choice(("Address: ", "Ship to: ", "Home address: ")), "admin")),
    ]
    if ctx.nt == "discharge":
        opts.append((1, lambda: _address_line(ctx, chosen, "Lives with family at ", "social")))
    _choose(r, opts)


def _pl_zip(ctx: _Ctx) -> None:
    r = ctx.r
    state, z = _state_zip(r)
    _choose(
        r,
        [
            (2, lambda: ctx.add("admin", f"Address: ___, ___, {state} ", P(z, "ZIP"))),
            (1, lambda: ctx.add("admin", "ZIP code on file: ", P(z, "ZIP"))),
            (
                1,
                lambda: ctx.add(
                    "social", "Home ZIP ", P(z, "ZIP"), " qualifies for the regional travel assistance program."
                ),
            ),
        ],
    )


def _pl_device(ctx: _Ctx) -> None:
    r = ctx.r
    desc, sn = _serial(r, ctx.domain)
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    udi = (
        f"(01){r.randint(10**13, 10**14 - 1)}(17){r.randint(25, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        f"(10){r.choice(up)}{r.randint(1000, 9999)}(21){sn}"
    )
    hibcc = f"+H{r.randint(100, 999)}{r.choice(up)}{r.randint(1000, 9999)}1/$+{sn}"
    _choose(
        r,
        [
            (2, lambda: ctx.add("clinical", f"Has a {desc}, serial number ", P(sn, "DEVICE_ID"), ".")),
            (
                1,
                lambda: ctx.add(
                    "clinical", f"{desc[0].upper()}{desc[1:]}: device label UDI ", P(udi, "DEVICE_ID"), "."
                ),
            ),
            (1, lambda: ctx.add("admin", f"Device registry: {desc}, SN ", P(sn, "DEVICE_ID"), ".")),
            (1, lambda: ctx.add("clinical", f"{desc[0].upper()}{desc[1:]} label (HIBCC) ", P(hibcc, "DEVICE_ID"), ".")),
        ],
    )


def _pl_vehicle(ctx: _Ctx) -> None:
    r = ctx.r
    car = r.choice(
        ("silver Honda Civic", "grey Toyota RAV4", "blue Subaru Outback", "white Ford Transit van", "red Nissan Sentra")
    )
    opts: Opts = [
        (
            1,
            lambda: ctx.add(
                "admin",
                "Escort after the procedure: spouse; vehicle plate ",
                P(_plate(r), "VEHICLE_ID"),
                " logged at pick-up.",
            ),
        ),
        (1, lambda: ctx.add("admin", "Parking hardship form: vehicle VIN ", P(_vin(r), "VEHICLE_ID"), ".")),
    ]
    if ctx.domain == "uro":
        opts.append(
            (
                2,
                lambda: ctx.add(
                    "social",
                    f"Social work: patient has been living in {ctx.pos} car ({car}, plate ",
                    P(_plate(r), "VEHICLE_ID"),
                    ") since an eviction.",
                ),
            )
        )
    else:
        opts += [
            (
                1,
                lambda: ctx.add(
                    "admin",
                    "Monitoring-visit parking permit issued for vehicle plate ",
                    P(_plate(r), "VEHICLE_ID"),
                    ".",
                ),
            ),
            (
                1,
                lambda: ctx.add(
                    "social",
                    f"Partner will wait in the car ({car}, plate ",
                    P(_plate(r), "VEHICLE_ID"),
                    ") and drive the patient home after sedation.",
                ),
            ),
        ]
    _choose(r, opts)


_SIMPLE: dict[str, Callable[[_Ctx], None]] = {
    "PERSON": _pl_person,
    "LOCATION": _pl_location,
    "ORGANIZATION": _pl_org,
    "DATE_REAL_YEAR": _pl_date,
    "AGE_OVER_89": _pl_age,
    "PHONE": _pl_phone,
    "FAX": _pl_fax,
    "PAGER": _pl_pager,
    "EMAIL": _pl_email,
    "URL": _pl_url,
    "IP_ADDRESS": _pl_ip,
    "SSN": _pl_ssn,
    "MRN": _pl_mrn,
    "ACCOUNT": _pl_account,
    "HEALTH_PLAN": _pl_health_plan,
    "LICENSE": _pl_license,
    "ZIP": _pl_zip,
    "DEVICE_ID": _pl_device,
    "VEHICLE_ID": _pl_vehicle,
}
_DISCHARGE_ONLY = frozenset({"VEHICLE_ID", "IP_ADDRESS"})
_BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


# --------------------------------------------------------------------------------------------------
# Plan: stratified (low-discrepancy) choice of plant status, count and categories -> stable counts
# --------------------------------------------------------------------------------------------------


def _frac(x: float) -> float:
    return x - math.floor(x)


@lru_cache(maxsize=64)
def _deck(seed: int) -> tuple[str, ...]:
    """Categories, small ones twice and the four big ones three times, with no repeat within 4 places."""
    r = random.Random(f"holdout32-deck:{seed}")
    base = list(CATEGORIES) * 2 + list(_BIG)
    while True:
        r.shuffle(base)
        n = len(base)
        if all(base[k] != base[(k + j) % n] for k in range(n) for j in range(1, 4)):
            return tuple(base)


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    """('heavy' | 'planted' | 'clean', categories to plant)."""
    o = random.Random(f"holdout32-plan:{seed}")
    a, b, c = o.random(), o.random(), o.random()
    u = _frac(a + i * 0.6180339887498949)
    if u < 0.05:
        return "heavy", []
    if u >= 0.63:
        return "clean", []
    v = _frac(b + i * 0.41421356237309515)
    k = 1 if v < 0.08 else 2 if v < 0.25 else 3 if v < 0.56 else 4
    deck = _deck(seed)
    start = int(_frac(c + i * 0.7548776662466927) * len(deck))
    return "planted", [deck[(start + j) % len(deck)] for j in range(k)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[tuple[int, int, str]], str]:
    """(note, look-alike ranges, plan kind) for note i of the corpus."""
    kind, cats = _plan(seed, i)
    r = _R(f"holdout32-note:{seed}:{i}")
    r.base = date(r.randint(2110, 2190), r.randint(1, 12), r.randint(1, 28))
    if any(c in _DISCHARGE_ONLY for c in cats):
        nt = "discharge"
    else:
        nt = "discharge" if r.random() < (0.34 if kind == "planted" else 0.5) else "radiology"
    fn, fok, domain, sexes = r.choice(_TEMPLATES[nt])
    ctx = _Ctx(r=r, nt=nt, domain=domain, sex=r.choice(sexes), fok=fok, heavy=kind == "heavy")
    order = sorted(cats, key=lambda c: c != "STREET_ADDRESS")
    for cat in order:
        if cat in ctx.consumed:
            continue
        ctx.consumed.add(cat)
        if cat == "STREET_ADDRESS":
            _pl_street(ctx, cats)
        else:
            _SIMPLE[cat](ctx)
    for a in ANCHORS:
        r.shuffle(ctx.anchors[a])
        if not ctx.heavy and r.random() < 0.35:
            if nt == "radiology":
                ctx.anchors[a].append([r.choice(_HEAVY_RAD[a])])
            else:
                ctx.anchors[a].append([_masked_contacts(r) if a in ("social", "admin") else r.choice(_HEAVY[a])])
    d = _Doc()
    fn(d, ctx)
    return LabelledNote(note_type=nt, text=d.text(), spans=sorted(d.spans)), sorted(d.looks), kind


def holdout32_note(seed: int, i: int) -> LabelledNote:
    """Note i of corpus 32 for a seed (deterministic, independent of the other notes)."""
    return _build(seed, i)[0]


def holdout32_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout32_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout32_corpus,
        argv,
        "Held-out corpus 32 (blind): urology, gynaecology and reproductive medicine - IVF cycle summaries, "
        "embryology logs, donor-gamete records, genetic-counselling letters, urodynamics, lithotripsy, pharmacy "
        "shipping notes, pelvic/scrotal US, HSG and CT urograms",
    )
    report("holdout32", args, notes, hits, res)


if __name__ == "__main__":
    main()
