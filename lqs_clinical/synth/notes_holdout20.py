"""Held-out corpus 20: surgery and perioperative care (written blind).

Imitates MIMIC-IV-Note discharge summaries and radiology reports from surgical services (orthopaedics,
neurosurgery, vascular and general surgery). Discharge summaries keep the MIMIC layout (``Name: ___
Unit No: ___`` header, HPI, hospital course, ``Facility: ___``, follow-up blocks) and embed the
perioperative documents a surgical chart copies in: an operative report, an anaesthesia record summary,
an implant record built from implant stickers (REF / LOT / GTIN-UDI / expiry, and the serial number of
serial-controlled implants) and a WHO surgical-safety checklist. Radiology reports are post-operative
films, CT / CT angiography and intra-operative fluoroscopy summaries with fluoroscopy time and dose.

Identifiers are normally masked as ``___`` and dates are shifted into 2110-2195. In 60 % of the notes
de-identification failed for one to four identifiers; the invented value is left in the text and labelled
with the span of the identifying value only (cue words such as ``Dr.``, ``MRN``, ``SN``, ``pager`` stay
outside). 5 % of the notes are heavily (over-)masked and carry no plants. Everything else that looks like
an identifier is a deliberate non-PHI look-alike and is never labelled: REF / catalogue / LOT numbers, GTIN
and UDI-DI strings, implant expiry dates, employer group numbers, ASA / Mallampati / Cormack-Lehane,
tourniquet times, EBL, sutures, screw and implant sizes, OR rooms, PACU bays, case times, fluoroscopy time
and dose, CT dose figures, scanner / C-arm models and software versions, national public hotlines, public
organisation web sites, eponyms, drug and device brand names, blood-pressure ratios, bare years, ages under
90 and shifted 21xx dates.

Labelling conventions (HIPAA Safe Harbor): DEVICE_ID is the implant's own serial number only; the device
manufacturer is not an organisation to label, but the outside referring practice, the hospital the patient
was transferred from, the rehab / nursing facility, home-care agency, pharmacy, employer, school or church
are ORGANIZATION. Insurers are never labelled, employer group numbers never. DATE_REAL_YEAR is a full date
with a real year (1900-2030); AGE_OVER_89 the number (or number words) of an age of 90 or more.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first forty lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``LabelledNote``), ``pyproject.toml``, the shared
``mimic-iv-schema.md`` and ``known-data-issues.md`` references and the fully masked sample notes in
``note-shaped-samples``. No detector code, rules, tests, other corpora, docs or history were read, and the
detector was never run while writing this corpus.

Counts are balanced by construction: notes come in blocks of 40 (24 with plants, 2 heavily masked, 14
clean) and the categories to plant are dealt from a fixed deck, so every category gets a stable share.
Every note is still a pure function of ``(seed, i)``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, datetime, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented combinations; towns are real places, facilities are invented)
# --------------------------------------------------------------------------------------------------

_F_FIRST = (
    "Ingrid", "Adaeze", "Mei-Ling", "Yesenia", "Parveen", "Siobhan", "Oksana", "Thandiwe", "Leilani", "Marisol",
    "Keiko", "Fatoumata", "Radka", "Aroha", "Nkechi", "Birgit", "Zofia", "Anahí", "Dagny", "Priyanka", "Hoa",
    "Ximena", "Rukhsana", "Eilidh", "Margarethe", "Tuyet", "Shirin", "Noor", "Graciela", "Wilhelmina", "Odalys",
    "Henrietta", "Bernadette", "Agnieszka", "Chiamaka", "Sunniva", "Makana", "Lucinda", "Ofelia", "Yevgenia",
)
_M_FIRST = (
    "Tomasz", "Obinna", "Haruto", "Ravindra", "Evander", "Dmitri", "Kwabena", "Mateus", "Lars", "Amadou",
    "Bartholomew", "Yusuf", "Anselm", "Tariq", "Jochen", "Nikolaos", "Wiremu", "Desmond", "Ezequiel", "Sven",
    "Chidi", "Bao", "Ilario", "Rustam", "Fergus", "Hamish", "Teodoro", "Kofi", "Arvid", "Cornelius", "Thaddeus",
    "Leopold", "Emeka", "Joaquín", "Vikram", "Gunnar", "Aurelio", "Casimir", "Oleksandr", "Matthias",
)
_LAST = (
    "Achterberg", "Okonkwo", "Lindqvist", "Vasquez-Ortega", "Nakashima", "Chaudhry", "Przybylski", "Mthembu",
    "Halvorsen", "Oyelaran", "Brannigan", "Kowalczyk", "Tran-Nguyen", "Delacroix", "Mukherjee", "Abernathy",
    "Quispe", "Haddad", "Olawale", "Szabo", "Rautenbach", "Yilmaz", "Castellanos", "Pettersson", "Iwasaki",
    "Onyekachi", "Balogun", "Ferreira-Lopes", "Whitcombe", "Dunleavy", "Karapetyan", "Mahlangu", "Tsosie",
    "Kealoha", "Bergström", "Novak-Horvat", "Eriksen", "Abubakar", "Menon", "Varga", "Lachance", "Thibodeaux",
    "Sandoval", "Kaczmarek", "Oduya", "Hirvonen", "Strozzi", "Gheorghiu", "Amankwah", "Villanueva", "Ruggiero",
    "Ostrowski", "Nwachukwu", "Bellweather", "Fairbrother", "Tamura", "Dasgupta", "Vukovic", "McIlhenny",
    "Zamora-Reyes",
)
# (town, state, ZIP) -- real places with a plausible ZIP
_TOWNS = (
    ("Chicopee", "MA", "01013"), ("Lowell", "MA", "01852"), ("Brockton", "MA", "02301"), ("Nashua", "NH", "03060"),
    ("Pawtucket", "RI", "02860"), ("Woonsocket", "RI", "02895"), ("Haverhill", "MA", "01830"),
    ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"), ("Taunton", "MA", "02780"),
    ("Attleboro", "MA", "02703"), ("Gloucester", "MA", "01930"), ("Amesbury", "MA", "01913"),
    ("Methuen", "MA", "01844"), ("Dracut", "MA", "01826"), ("Biddeford", "ME", "04005"), ("Lewiston", "ME", "04240"),
    ("Keene", "NH", "03431"), ("Brattleboro", "VT", "05301"), ("Bennington", "VT", "05201"),
    ("Woburn", "MA", "01801"), ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Fall River", "MA", "02720"),
    ("New Bedford", "MA", "02740"), ("Westerly", "RI", "02891"), ("Putnam", "CT", "06260"),
    ("Norwich", "CT", "06360"), ("Dorchester", "MA", "02124"), ("Mattapan", "MA", "02126"),
    ("Jamaica Plain", "MA", "02130"), ("East Boston", "MA", "02128"), ("Southbridge", "MA", "01550"),
    ("Athol", "MA", "01331"), ("Rochester", "NH", "03867"), ("Sanford", "ME", "04073"),
)
_FAR = (
    "Tuscaloosa", "Yakima", "Bozeman", "Muskogee", "Kenosha", "Dubuque", "Paducah", "Sarasota", "Kissimmee",
    "Myrtle Beach", "Bar Harbor", "Ogunquit", "Lake Placid", "North Conway",
)
_FOREIGN = (
    "Ponta Delgada", "Cap-Haïtien", "Praia", "Guadalajara", "Kumasi", "Enugu", "Cork", "Gdańsk", "Da Nang",
    "Medellín", "Hué", "Mindelo", "Jacmel", "Oaxaca", "Tralee", "Lviv", "Bydgoszcz", "Ibadan", "Puebla", "Braga",
)
_STREETS = (
    "Orchard Hill", "Pleasant Valley", "Tarbox", "Whittier", "Quarry Ledge", "Hemlock", "Old Colony", "Bridle Path",
    "Wachusett", "Spindle Hill", "Salt Marsh", "Cranberry", "Lafayette", "Ferncroft", "Beaver Brook", "Ridgecrest",
    "Oak Knoll", "Powder Mill", "Mill Pond", "Juniper", "Stillwater", "Kingfisher", "Pequot", "Birchwood",
)
_SUFFIX = ("Rd", "Road", "St", "Street", "Ave", "Avenue", "Lane", "Ln", "Drive", "Way", "Circle", "Terrace", "Court")
_UNITS = ("Apt 3", "Unit 2B", "#4", "Apt. 12C", "Unit 1", "Apt 207")

_ORGS = {
    "practice": (
        "Merrimack Valley Bone & Joint", "Quinsigamond Orthopedic Group", "Blackstone River Family Medicine",
        "Tri-County Vascular Associates", "Granite Ridge Neurology", "Pioneer Valley Surgical Specialists",
        "Cape Ann Primary Care", "Nashoba Hills Internal Medicine", "Seacoast Spine & Pain Center",
        "Narragansett Bay Family Practice", "Souhegan Valley Cardiology", "Quaboag Hills Medical Group",
    ),
    "rehab": (
        "Briarcliff Rehabilitation Center", "Hollybrook Skilled Nursing", "Maple Terrace Rehab & Nursing",
        "Saltmarsh Manor Nursing Home", "Riverbend Acute Rehabilitation Hospital", "Heron Point Transitional Care",
        "Whitcomb House Assisted Living", "Laurelwood Subacute Center", "Pinecrest Manor Rehabilitation",
    ),
    "hospital": (
        "St. Columba's Hospital", "Holloway Memorial Hospital", "Wachusett Community Hospital",
        "Cobscook Valley Hospital", "Mount Kearsarge Medical Center", "Saint Adalbert Hospital",
        "Eastfield Regional Hospital", "Tidewater Bay Medical Center", "Hilltop Regional Medical Center",
    ),
    "vna": (
        "Merrimack Home Health", "Bayside Visiting Nurses", "Kestrel Home Care Services", "Greylock VNA & Hospice",
    ),
    "pharmacy": ("Kessler Family Pharmacy", "Lighthouse Apothecary", "Pinewood Compounding Pharmacy"),
    "employer": (
        "Tessaro Precision Machining", "Harbor Point Marine Services", "Pioneer Valley Roofing",
        "Greylock Freight Lines", "Sunrise Bakery Cooperative", "Ostrowski Landscaping", "Vireo Data Systems",
    ),
    "school": ("Mill River Middle School", "Hollis Brook Elementary School", "Saint Brigid Academy"),
    "church": (
        "Iglesia Monte Horeb", "Greater Hope Missionary Baptist Church", "Holy Protection Ukrainian Church",
    ),
}
_INSURERS = ("Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "a Medicare Advantage plan")
_RELS = ("daughter", "son", "niece", "nephew", "granddaughter", "grandson", "partner", "sister", "brother", "spouse")
_JOBS = (
    "electrician", "school bus driver", "line cook", "machinist", "home health aide", "accountant", "fisherman",
    "letter carrier", "software tester", "hairdresser", "warehouse supervisor", "retired nurse", "carpenter",
)
_LANGS = ("Portuguese", "Haitian Creole", "Cape Verdean Creole", "Spanish", "Vietnamese", "Polish", "Khmer")
_AGE_WORDS = (
    "ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
    "ninety-seven", "ninety-eight", "ninety-nine",
)
_AREA = ("617", "508", "978", "413", "781", "339", "351", "774", "603", "401", "207", "802", "860")
_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

# Non-PHI public hotlines and public organisation sites (never labelled)
_HOTLINES = (
    "If you smoke, quitting improves bone and wound healing: call 1-800-QUIT-NOW (1-800-784-8669).",
    "Keep opioid medication locked away; for accidental ingestion call Poison Control at 1-800-222-1222.",
    "Report problems with your implant to the FDA MedWatch program at 1-800-332-1088 or www.fda.gov/medwatch.",
    "If you are in emotional crisis, call or text 988 (Suicide & Crisis Lifeline).",
    "General information on joint replacement recovery is available at https://orthoinfo.aaos.org.",
    "Information about surgical site infections: www.cdc.gov/hai/ssi.",
)


# --------------------------------------------------------------------------------------------------
# Small value helpers
# --------------------------------------------------------------------------------------------------

def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(_LET) for _ in range(n))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _phone(r: random.Random) -> str:
    a = r.choice(_AREA)
    x = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(2, 9)}"
    if x[1:] == "11" or x == "555":
        x = "472"
    n = _digits(r, 4)
    return r.choice((f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}", f"{a}-{x}-{n}"))


def _lot(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return _digits(r, 7)
    if k == 1:
        return f"{_letters(r, 1)}{r.randint(10, 99)}{_letters(r, 1)}{r.randint(100, 999)}"
    if k == 2:
        return f"{r.randint(10, 99)}{_letters(r, 2)}{r.randint(1000, 9999)}"
    if k == 3:
        return f"{_letters(r, 2)}{r.randint(1000, 9999)}-{r.randint(10, 99)}"
    return f"{r.randint(2018, 2024) % 100}{_letters(r, 1)}{_digits(r, 5)}"


def _ref(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}{r.choice('ABCEF')}"
    if k == 1:
        return f"0{r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}"
    if k == 2:
        return f"{_letters(r, 1)}{_digits(r, 5)}"
    if k == 3:
        return f"{_letters(r, 3)}{_digits(r, 6)}"
    return f"71{_digits(r, 6)}"


def _gtin(r: random.Random) -> str:
    return "0" + r.choice(("0885", "0763", "0761", "0889", "7613")) + _digits(r, 9)


def _exp(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}"


def _real_date(r: random.Random, year: int) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(7)
    if k == 0:
        return f"{m:02d}/{d:02d}/{year}"
    if k == 1:
        return f"{m}/{d}/{year}"
    if k == 2:
        return f"{year}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{_MONTHS[m - 1]} {d}, {year}"
    if k == 4:
        return f"{_MONTHS[m - 1][:3]} {d}, {year}"
    if k == 5:
        return f"{d} {_MONTHS[m - 1][:3]} {year}"
    return f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{year}"


class _Ctx:
    """Per-note consistent surrogate values (the patient, the team, the home address...)."""

    def __init__(self, r: random.Random, sex: str, age_over: int) -> None:
        self.r = r
        self.sex = sex
        self.age_over = age_over
        self.people: dict[str, tuple[str, str]] = {}
        first = r.choice(_F_FIRST if sex == "F" else _M_FIRST)
        self.people["pt"] = (first, r.choice(_LAST))
        self.town = r.choice(_TOWNS)
        self.cache: dict[str, str] = {}
        self.plain_age = 70

    def person(self, role: str) -> tuple[str, str]:
        role = {"att": "surgeon"}.get(role, role)
        if role not in self.people:
            used = {p[1] for p in self.people.values()}
            last = self.r.choice([x for x in _LAST if x not in used])
            self.people[role] = (self.r.choice(_F_FIRST + _M_FIRST), last)
        return self.people[role]

    def once(self, key: str, make) -> str:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


def _value(cat: str, var: str, r: random.Random, ctx: _Ctx) -> str:
    """The leaked (identifying) value for one marker."""
    if cat == "PERSON":
        role, _, form = var.partition("/")
        first, last = ctx.person(role or "x")
        form = form or "full"
        if form == "last":
            return last
        if form == "first":
            return first
        if form == "init":
            return f"{first[0]}. {last}"
        if form == "lastfirst":
            return f"{last}, {first}"
        if form == "fml":
            return f"{first} {r.choice(_LET)}. {last}"
        return f"{first} {last}"
    if cat == "LOCATION":
        if var == "far":
            return r.choice(_FAR)
        if var == "foreign":
            return r.choice(_FOREIGN)
        if var == "corner":
            a, b = r.sample(_STREETS, 2)
            return f"{a} Street and {b} Avenue"
        if var == "pt":
            return ctx.town[0]
        return r.choice(_TOWNS)[0]
    if cat == "ORGANIZATION":
        return ctx.once("org/" + (var or "practice"), lambda: r.choice(_ORGS[var or "practice"]))
    if cat == "ZIP":
        def z() -> str:
            base = ctx.town[2]
            return base + (f"-{_digits(r, 4)}" if r.random() < 0.3 else "")
        return ctx.once("zip", z)
    if cat == "STREET_ADDRESS":
        def addr() -> str:
            s = f"{r.randint(3, 1899)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
            return s + (f", {r.choice(_UNITS)}" if r.random() < 0.3 else "")
        return ctx.once("addr/" + var, addr)
    if cat == "DATE_REAL_YEAR":
        if var == "dob":
            return ctx.once("dob", lambda: _real_date(r, 2021 - (ctx.age_over or ctx.plain_age)))
        return _real_date(r, r.randint(2006, 2024))
    if cat == "AGE_OVER_89":
        if var == "words":
            return _AGE_WORDS[ctx.age_over - 90] if ctx.age_over < 100 else str(ctx.age_over)
        return str(ctx.age_over)
    if cat in ("PHONE", "FAX"):
        return ctx.once(cat + var, lambda: _phone(r)) if var == "pt" else _phone(r)
    if cat == "PAGER":
        k = r.randrange(3)
        if k == 0:
            return _digits(r, 5).replace("0", "4", 1)
        if k == 1:
            return f"{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}"
        return _phone(r)
    if cat == "EMAIL":
        role = var or "pt"
        first, last = (_ascii(x).lower().replace("-", "") for x in ctx.person(role))
        dom = r.choice(("gmail.com", "yahoo.com", "comcast.net", "verizon.net", "outlook.com", "aol.com",
                        "icloud.com", "hotmail.com"))
        user = r.choice((f"{first}.{last}{r.randint(1, 99)}", f"{first[0]}{last}", f"{last}.{first}",
                         f"{first}{last[:3]}{r.randint(50, 99)}"))
        return ctx.once("email/" + role, lambda: f"{user}@{dom}")
    if cat == "URL":
        first, last = (_ascii(x).lower().replace("-", "") for x in ctx.person("pt"))
        if var == "cb":
            return f"https://www.caringbridge.org/site/{first}{last}"
        if var == "gfm":
            return f"https://www.gofundme.com/f/{first}-{last}-recovery-fund"
        if var == "blog":
            return r.choice((f"https://{first}{last}.blogspot.com", f"www.{first}{last}journey.com"))
        return f"https://connect.remotecare-portal.com/enroll/{_letters(r, 3).lower()}{_digits(r, 6)}"
    if cat == "IP_ADDRESS":
        return (f"{r.choice((24, 50, 67, 68, 71, 73, 96, 98, 108, 146, 174, 184, 209))}."
                f"{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}")
    if cat == "SSN":
        def ssn() -> str:
            a = r.choice([x for x in range(1, 900) if x != 666])
            sep = r.choice(("-", "-", " "))
            return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
        return ctx.once("ssn", ssn)
    if cat == "MRN":
        if var == "outside":
            return r.choice((f"{_letters(r, 1)}{_digits(r, 7)}", _digits(r, 8)))
        return ctx.once("mrn", lambda: r.choice((_digits(r, 7), _digits(r, 8), f"{_digits(r, 2)}-{_digits(r, 2)}-"
                                                                                f"{_digits(r, 2)}-{_digits(r, 1)}")))
    if cat == "ACCOUNT":
        return ctx.once("acct", lambda: r.choice((_digits(r, 10), f"{_digits(r, 4)}-{_digits(r, 6)}",
                                                   f"E{_digits(r, 10)}", _digits(r, 9))))
    if cat == "HEALTH_PLAN":
        if var == "mbi":
            c = [str(r.randint(1, 9)), r.choice(_LET), r.choice(_LET + "0123456789"), str(r.randint(0, 9)),
                 r.choice(_LET), r.choice(_LET + "0123456789"), str(r.randint(0, 9)), r.choice(_LET),
                 r.choice(_LET), str(r.randint(0, 9)), str(r.randint(0, 9))]
            s = "".join(c)
            return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"
        if var == "mh":
            return "1" + _digits(r, 11)
        return r.choice((f"{_letters(r, 3)}{_digits(r, 9)}", f"W{_digits(r, 9)}", f"{_letters(r, 1)}{_digits(r, 10)}",
                         f"{_letters(r, 3)}{_digits(r, 6)}{r.randint(10, 99)}"))
    if cat == "LICENSE":
        if var == "dea":
            last = ctx.person("pa")[1] if "pa" in ctx.people else r.choice(_LAST)
            return f"{r.choice('ABFM')}{_ascii(last)[0].upper()}{_digits(r, 7)}"
        if var == "npi":
            return r.choice("12") + _digits(r, 9)
        if var == "dl":
            return r.choice((f"S{_digits(r, 8)}", f"{_digits(r, 2)}{_letters(r, 3)}{_digits(r, 5)}", _digits(r, 9)))
        return f"{r.randint(200000, 289999)}"
    if cat == "DEVICE_ID":
        k = {"mdt": 0, "num": 1, "cer": 2}.get(var, r.randrange(4))
        if k == 0:
            return f"{_letters(r, 3)}{_digits(r, 6)}{r.choice('HSRN')}"
        if k == 1:
            return _digits(r, r.choice((7, 8, 9)))
        if k == 2:
            return f"{_letters(r, 1)}{r.randint(1, 9)}{_letters(r, 1)}{_digits(r, 5)}"
        return f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 6)}"
    if cat == "VEHICLE_ID":
        if var == "vin":
            wmi = r.choice(("1FT", "1HG", "2T1", "3VW", "5YJ", "JTD", "WBA", "1G1", "4S4"))
            return wmi + "".join(r.choice(_VIN) for _ in range(14))
        return r.choice((f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}", f"{r.randint(1, 9)}{_letters(r, 2)}"
                         f" {_digits(r, 3)}", f"{_digits(r, 3)} {_letters(r, 2)}{r.randint(1, 9)}",
                         f"{_letters(r, 3)}-{_digits(r, 4)}"))
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Look-alike (non-PHI) values for the clinical filler, generated lazily per note
# --------------------------------------------------------------------------------------------------

def _time(r: random.Random) -> str:
    return f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}"


_LOOK = {
    "time": _time,
    "bp": lambda r: f"{r.randint(104, 162)}/{r.randint(56, 92)}",
    "hr": lambda r: str(r.randint(58, 104)),
    "rr": lambda r: str(r.randint(12, 20)),
    "sat": lambda r: str(r.randint(93, 100)),
    "temp": lambda r: f"{r.uniform(97.4, 100.2):.1f}",
    "hgb": lambda r: f"{r.uniform(8.2, 13.6):.1f}",
    "wbc": lambda r: f"{r.uniform(5.1, 14.8):.1f}",
    "plt": lambda r: str(r.randint(142, 388)),
    "cr": lambda r: f"{r.uniform(0.6, 1.4):.1f}",
    "na": lambda r: str(r.randint(133, 143)),
    "k": lambda r: f"{r.uniform(3.5, 4.9):.1f}",
    "inr": lambda r: f"{r.uniform(0.9, 1.3):.1f}",
    "glu": lambda r: str(r.randint(88, 184)),
    "or": lambda r: str(r.randint(1, 24)),
    "bay": lambda r: str(r.randint(1, 22)),
    "room": lambda r: f"{r.randint(4, 12)}{r.randint(1, 40):02d}",
    "asa": lambda r: r.choice(("II", "III", "III", "IV")),
    "mall": lambda r: r.choice(("I", "II", "II", "III")),
    "cl": lambda r: r.choice(("I", "I", "IIa")),
    "ett": lambda r: r.choice(("7.0", "7.5", "8.0")),
    "cryst": lambda r: str(r.randrange(800, 3200, 100)),
    "uop": lambda r: str(r.randrange(150, 900, 10)),
    "sb": lambda r: str(r.randint(1, 5)),
    "rcri": lambda r: str(r.randint(0, 3)),
    "wt": lambda r: str(r.randint(52, 118)),
    "bmi": lambda r: f"{r.uniform(19.5, 38.9):.1f}",
    "ald": lambda r: str(r.randint(8, 10)),
    "fs": lambda r: f"{r.uniform(9.0, 96.0):.1f}",
    "fmin": lambda r: f"{r.uniform(4.0, 28.0):.1f}",
    "ak": lambda r: f"{r.uniform(2.1, 48.0):.1f}",
    "akv": lambda r: str(r.randint(180, 1400)),
    "dap": lambda r: f"{r.uniform(0.4, 9.9):.2f}",
    "ctdi": lambda r: f"{r.uniform(6.0, 58.0):.1f}",
    "dlp": lambda r: f"{r.uniform(240.0, 1900.0):.1f}",
    "nimg": lambda r: str(r.randint(4, 31)),
    "age": lambda r: str(r.randint(41, 86)),
    "year": lambda r: str(r.randint(1978, 2020)),
    "group": lambda r: r.choice((f"{_digits(r, 6)}", f"{_digits(r, 5)}-{_digits(r, 2)}", f"GRP{_digits(r, 5)}")),
    "sw": lambda r: r.choice((f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}", f"VB{r.randint(10, 60)}A",
                              f"v{r.randint(2, 6)}.{r.randint(0, 12)}")),
    "ctm": lambda r: r.choice(("Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE", "Philips IQon",
                               "Siemens SOMATOM Definition Edge")),
    "carm": lambda r: r.choice(("GE OEC 9900 Elite", "Siemens Cios Alpha", "Ziehm Vision RFD", "Philips Zenition 70",
                                "GE OEC Elite CFD")),
}


class _Fmt(dict):
    """str.format_map namespace: fixed keys plus lazily generated look-alikes ("lot3" -> a fresh lot)."""

    def __init__(self, r: random.Random, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.r = r

    def __missing__(self, key: str) -> str:
        base = key.rstrip("0123456789")
        if base == "lot":
            v = _lot(self.r)
        elif base == "ref":
            v = _ref(self.r)
        elif base == "gtin":
            v = _gtin(self.r)
        elif base == "exp":
            v = _exp(self.r)[0]
        else:
            v = _LOOK[base](self.r)
        self[key] = v
        return v


# --------------------------------------------------------------------------------------------------
# Procedures: clinical content, implants and the radiology studies that follow them
# --------------------------------------------------------------------------------------------------
# implants: (item, model, maker, serial_controlled)
# rad: (exam title, kind "xr"|"ct"|"fl", technique, findings, impression)

_PROCS: tuple[dict, ...] = (
    dict(
        key="tha", service="ORTHOPAEDICS", age=(52, 86), old=0.12, los=(1, 3), elective=True, tq=False,
        proc="{Side} total hip arthroplasty, posterior approach", short="{side} THA", cc="{Side} hip pain",
        dx="{Side} hip primary osteoarthritis",
        nums={"cup": range(48, 62, 2), "stem": range(2, 9), "scr": (25, 30, 35)},
        hpi="{who} with end-stage {side} hip osteoarthritis and groin pain limiting walking to one block despite "
            "NSAIDs, a cane and an intra-articular steroid injection. Pre-operative films showed joint-space loss "
            "with subchondral cysts and a Trendelenburg gait was noted in clinic.",
        op=("The patient was positioned lateral decubitus on a pegboard with an axillary roll.",
            "A posterolateral incision was made and the fascia lata incised in line with the femur.",
            "The short external rotators and capsule were tagged with #5 Ethibond and released as a sleeve.",
            "The femoral neck was cut 12 mm above the lesser trochanter and the head removed.",
            "The acetabulum was reamed to {cup} mm and the shell impacted in 42 degrees of abduction and 18 degrees "
            "of anteversion with one 6.5 x {scr} mm dome screw.",
            "The femur was broached to size {stem}; trial reduction was stable at 90 degrees of flexion and 30 "
            "degrees of internal rotation.",
            "The capsule and rotators were repaired through drill holes and the wound closed with 1 Vicryl, 2-0 "
            "Vicryl and staples; 1 g vancomycin powder placed deep."),
        findings="Eburnated femoral head with a large inferior osteophyte; no protrusio.",
        implants=(("Acetabular shell {cup} mm", "Trident II Tritanium", "Stryker", False),
                  ("X3 polyethylene liner 36 mm, 0 deg", "Trident", "Stryker", False),
                  ("Femoral stem size {stem}, 132 deg", "Accolade II", "Stryker", False),
                  ("Ceramic femoral head 36 mm +0", "BIOLOX delta V40", "Stryker", True),
                  ("Dome screw 6.5 x {scr} mm", "Trident", "Stryker", False)),
        anes="spinal", ebl=(250, 650), drains="none", specimen="femoral head to pathology",
        course=("POD0 the patient mobilized with PT, weight bearing as tolerated with posterior hip precautions.",
                "Hgb nadir {hgb} on POD2, asymptomatic, no transfusion required.",
                "Foley removed on POD1 and the patient voided without difficulty.",
                "Pain controlled with acetaminophen, oxycodone 5 mg as needed and ice."),
        exam="Incision clean, dry and intact with Aquacel dressing. SILT s/s/sp/dp/t. Fires EHL/FHL/GS/TA. 2+ DP "
             "pulse. Thigh compartments soft.",
        meds=("Enoxaparin 40 mg SC daily x 28 days", "Oxycodone 5 mg PO q4h PRN pain", "Acetaminophen 1000 mg PO q8h",
              "Senna 8.6 mg PO BID", "Docusate sodium 100 mg PO BID"),
        rad=(("HIP (AP AND CROSS-TABLE LATERAL) {SIDE} IN PACU", "xr", "Two portable views of the {side} hip.",
              ("Interval {side} total hip arthroplasty. The acetabular cup is in approximately 41 degrees of "
               "abduction. The femoral component is well seated without periprosthetic fracture or dislocation.",
               "Expected postoperative soft tissue gas and skin staples. Mild degenerative change of the contralateral "
               "hip and the lower lumbar spine."),
              ("Expected appearance after {side} total hip arthroplasty without complication.",)),),
    ),
    dict(
        key="tka", service="ORTHOPAEDICS", age=(55, 87), old=0.1, los=(1, 3), elective=True, tq=True,
        proc="{Side} total knee arthroplasty", short="{side} TKA", cc="{Side} knee pain",
        dx="{Side} knee tricompartmental osteoarthritis with varus deformity",
        nums={"fem": range(3, 11), "tib": ("C", "D", "E", "F", "G"), "poly": (10, 11, 12, 14)},
        hpi="{who} with severe {side} knee osteoarthritis (Kellgren-Lawrence grade 4) and a 9-degree varus deformity "
            "who has failed viscosupplementation, bracing and physical therapy. Night pain and difficulty with "
            "stairs prompted elective arthroplasty.",
        op=("An adductor canal block was placed pre-operatively.",
            "A thigh tourniquet was inflated to 250 mmHg after exsanguination with an Esmarch bandage.",
            "A midline incision and medial parapatellar arthrotomy were made; the patella was everted.",
            "Distal femoral and proximal tibial cuts were made with intramedullary and extramedullary guides; "
            "flexion and extension gaps were balanced with a limited medial release.",
            "Components were cemented with Palacos R+G and excess cement removed; the patella was resurfaced.",
            "Periarticular injection of ropivacaine, ketorolac and epinephrine was given.",
            "The arthrotomy was closed with #1 Stratafix, 2-0 Vicryl and 3-0 Monocryl."),
        findings="Full-thickness cartilage loss of the medial compartment and patellofemoral joint.",
        implants=(("Femoral component size {fem}, cruciate retaining", "Persona", "Zimmer Biomet", True),
                  ("Tibial baseplate size {tib}", "Persona", "Zimmer Biomet", False),
                  ("Articular surface {poly} mm, medial congruent", "Persona Vivacit-E", "Zimmer Biomet", False),
                  ("All-poly patella 35 mm", "Persona", "Zimmer Biomet", False),
                  ("Bone cement 40 g", "Palacos R+G", "Heraeus", False)),
        anes="spinal", ebl=(50, 250), drains="none", specimen="none",
        course=("Worked with PT on POD0 and POD1; ROM 5 to 85 degrees at discharge.",
                "Tolerated regular diet; bowel regimen started.",
                "Dressing changed on POD2; incision without drainage.",
                "Cryotherapy and continuous passive motion were used as tolerated."),
        exam="Knee incision intact, no drainage, moderate effusion. Calf soft, non-tender. Sensation intact in the "
             "saphenous, sural and peroneal distributions. DP/PT pulses 2+.",
        meds=("Aspirin 81 mg PO BID x 4 weeks", "Oxycodone 5 mg PO q4h PRN", "Acetaminophen 1000 mg PO q8h",
              "Celecoxib 200 mg PO daily", "Senna 8.6 mg PO BID"),
        rad=(("KNEE (AP AND LATERAL) {SIDE}", "xr", "Two views of the {side} knee.",
              ("Interval {side} total knee arthroplasty with patellar resurfacing. Components are well seated and "
               "aligned. No periprosthetic fracture. Cement mantle intact.",
               "Soft tissue gas and skin staples are expected postoperatively. Moderate joint effusion."),
              ("{Side} total knee arthroplasty in expected position.",)),),
    ),
    dict(
        key="nail", service="ORTHOPAEDICS", age=(70, 89), old=0.55, los=(3, 6), elective=False, tq=False,
        proc="{Side} intertrochanteric femur fracture, cephalomedullary nail fixation", short="{side} IMN",
        cc="{Side} hip pain after fall", dx="{Side} intertrochanteric femur fracture (AO/OTA 31A2)",
        nums={"len": (170, 180, 200), "lag": (85, 90, 95, 100, 105), "tad": range(12, 24)},
        hpi="{who} who tripped on a rug at home and fell onto the {side} side with immediate hip pain and "
            "inability to bear weight. No head strike or loss of consciousness; GCS 15 on arrival. Films showed a "
            "comminuted intertrochanteric fracture. Medicine and geriatrics were consulted for pre-operative "
            "optimization.",
        op=("The patient was positioned supine on a fracture table with the well leg in a hemilithotomy holder.",
            "Closed reduction was obtained with traction and internal rotation under fluoroscopy.",
            "A guide wire was passed through the tip of the greater trochanter and the proximal femur opened.",
            "A 10 x {len} mm nail (125 degrees) was inserted and the lag screw guide pin placed center-center.",
            "A {lag} mm lag screw was placed with a tip-apex distance of {tad} mm and the set screw tightened.",
            "One distal interlocking screw was placed through the jig.",
            "The wounds were irrigated and closed with 0 Vicryl, 2-0 Vicryl and staples."),
        findings="Four-part intertrochanteric fracture with lesser trochanter fragment; good reduction obtained.",
        implants=(("Trochanteric nail 10 x {len} mm, 125 deg", "Gamma3", "Stryker", False),
                  ("Lag screw 10.5 x {lag} mm", "Gamma3", "Stryker", False),
                  ("Distal locking screw 5.0 x 40 mm", "Gamma3", "Stryker", False)),
        anes="general", ebl=(100, 400), drains="none", specimen="none",
        course=("Delirium on POD1 managed with reorientation and melatonin; resolved by POD3.",
                "Transfused 1 unit PRBC for Hgb {hgb} on POD2.",
                "Weight bearing as tolerated; worked with PT and OT daily.",
                "Vitamin D level low; started cholecalciferol. Fracture liaison service referral placed."),
        exam="Dressings clean. Leg lengths roughly equal. Foot warm and well perfused. Motor and sensory intact "
             "distally. Mild thigh swelling.",
        meds=("Enoxaparin 40 mg SC daily x 4 weeks", "Acetaminophen 650 mg PO q6h", "Oxycodone 2.5 mg PO q6h PRN",
              "Cholecalciferol 2000 units PO daily", "Polyethylene glycol 17 g PO daily"),
        rad=(("FLUOROSCOPY IN OR WITHOUT RADIOLOGIST, {SIDE} FEMUR", "fl",
              "Intraoperative fluoroscopy for {side} cephalomedullary nailing.",
              ("{nimg} spot images demonstrate reduction and fixation of an intertrochanteric fracture with an "
               "intramedullary nail, lag screw and single distal interlocking screw.",
               "Tip-apex distance appears to be within acceptable limits."),
              ("Intraoperative guidance for {side} femoral nailing. Please see the operative note for details.",)),
             ("FEMUR (AP AND LATERAL) {SIDE}", "xr", "Two views of the {side} femur.",
              ("Intertrochanteric fracture fixed with a cephalomedullary nail and lag screw. Near-anatomic alignment. "
               "Hardware intact. Vascular calcifications. Diffuse osteopenia.",),
              ("Post-fixation changes without hardware complication.",))),
    ),
    dict(
        key="hemi", service="ORTHOPAEDICS", age=(72, 89), old=0.6, los=(3, 6), elective=False, tq=False,
        proc="{Side} hip cemented bipolar hemiarthroplasty", short="{side} hemiarthroplasty",
        cc="Fall with {side} hip pain", dx="{Side} displaced femoral neck fracture (Garden IV)",
        nums={"head": range(41, 53), "stem": range(8, 15)},
        hpi="{who} with osteoporosis who fell while getting out of bed at night and was found by family on the "
            "floor. Shortened and externally rotated {side} leg on arrival. Hip films: displaced subcapital femoral "
            "neck fracture. Apixaban held on admission; surgery after appropriate washout.",
        op=("Lateral decubitus positioning with careful padding of bony prominences.",
            "Modified Hardinge approach with an anterior third gluteus medius split.",
            "The femoral head was extracted and measured at {head} mm.",
            "The canal was broached, cement restrictor placed, and the stem cemented with pressurization.",
            "A {head} mm bipolar head was reduced; stable through a full range of motion.",
            "Closure in layers with 1 PDS, 2-0 Vicryl and nylon."),
        findings="Displaced subcapital fracture; femoral head {head} mm.",
        implants=(("Cemented femoral stem size {stem}", "Exeter V40", "Stryker", False),
                  ("Bipolar head {head} mm", "UHR", "Stryker", True),
                  ("Bone cement 40 g", "Simplex P", "Stryker", False)),
        anes="spinal", ebl=(150, 450), drains="none", specimen="femoral head to pathology",
        course=("Geriatrics co-management for delirium prevention; no delirium (CAM negative).",
                "Transfused 1 unit for Hgb {hgb}.",
                "Weight bearing as tolerated with anterolateral hip precautions.",
                "Apixaban resumed on POD2."),
        exam="Incision clean with staples. No erythema. Calf soft. Sensation intact. Strength limited by pain.",
        meds=("Apixaban 2.5 mg PO BID", "Acetaminophen 650 mg PO q6h", "Oxycodone 2.5 mg PO q4h PRN",
              "Calcium carbonate 500 mg PO BID", "Senna 8.6 mg PO BID"),
        rad=(("HIP (AP PELVIS AND {SIDE} HIP) PORTABLE", "xr", "Two portable views.",
              ("Interval {side} bipolar hemiarthroplasty. Cement mantle intact. No periprosthetic fracture or "
               "dislocation. Soft tissue gas and skin staples.",),
              ("Expected postoperative appearance.",)),),
    ),
    dict(
        key="ankle", service="ORTHOPAEDICS", age=(21, 74), old=0.0, los=(1, 2), elective=False, tq=True,
        proc="{Side} bimalleolar ankle fracture open reduction internal fixation", short="{side} ankle ORIF",
        cc="{Side} ankle injury", dx="{Side} bimalleolar ankle fracture (Weber B) with syndesmotic injury",
        nums={"holes": range(5, 9), "scr": (12, 14, 16, 18)}, trauma=True,
        hpi="{who} who sustained a twisting injury to the {side} ankle. The ankle was reduced and splinted in the ED "
            "after a hematoma block. Films showed a Weber B distal fibula fracture and a displaced medial malleolus "
            "fracture; positive stress view for syndesmotic instability.",
        op=("Thigh tourniquet at 300 mmHg.",
            "Lateral approach to the fibula; the fracture was reduced with a Weber clamp and fixed with a lag screw.",
            "A {holes}-hole one-third tubular plate was applied with 3.5 mm cortical and 4.0 mm cancellous screws.",
            "Medial malleolus fixed with two 4.0 x 40 mm partially threaded cannulated screws.",
            "Cotton test positive; one 3.5 mm syndesmotic screw placed through four cortices.",
            "Closure with 3-0 nylon; well-padded posterior splint applied."),
        findings="Syndesmotic instability on Cotton test; anatomic reduction obtained.",
        implants=(("One-third tubular plate {holes}-hole", "Small Fragment LCP", "DePuy Synthes", False),
                  ("Cortex screw 3.5 x {scr} mm (x5)", "Small Fragment", "DePuy Synthes", False),
                  ("Cannulated screw 4.0 x 40 mm (x2)", "4.0 mm Cannulated", "DePuy Synthes", False)),
        anes="general", ebl=(10, 50), drains="none", specimen="none",
        course=("Non-weight bearing {side} lower extremity in splint; crutch training with PT.",
                "Elevation and ice; minimal swelling at discharge.",
                "Tolerated diet and oral analgesics."),
        exam="Splint clean, dry and intact. Toes warm with brisk capillary refill. Sensation intact to light touch.",
        meds=("Aspirin 325 mg PO daily x 4 weeks", "Oxycodone 5 mg PO q4h PRN", "Ibuprofen 600 mg PO q6h PRN",
              "Acetaminophen 1000 mg PO q8h"),
        rad=(("ANKLE (AP, MORTISE AND LATERAL) {SIDE}", "xr", "Three views of the {side} ankle in splint.",
              ("ORIF of distal fibular and medial malleolar fractures with a lateral plate and screws, two medial "
               "malleolar screws and a syndesmotic screw. Near-anatomic alignment. Mortise congruent.",),
              ("Post-ORIF changes in anatomic alignment.",)),
             ("FLUOROSCOPY IN OR WITHOUT RADIOLOGIST, {SIDE} ANKLE", "fl", "Intraoperative fluoroscopy.",
              ("{nimg} spot images of the {side} ankle show placement of lateral plate and medial screws and a "
               "transsyndesmotic screw.",),
              ("Intraoperative guidance. Refer to the operative note.",))),
    ),
    dict(
        key="tlif", service="NEUROSURGERY", age=(44, 82), old=0.03, los=(2, 4), elective=True, tq=False,
        proc="L4-5 transforaminal lumbar interbody fusion with posterior instrumentation", short="L4-5 TLIF",
        cc="Back and bilateral leg pain", dx="L4-5 degenerative spondylolisthesis with spinal stenosis",
        nums={"cage": (8, 10, 12), "len": (40, 45, 50)},
        hpi="{who} with grade I L4-5 spondylolisthesis and neurogenic claudication (walking tolerance 100 feet) "
            "refractory to two epidural steroid injections and physical therapy. MRI: severe central and lateral "
            "recess stenosis at L4-5. Flexion-extension films show 5 mm of translation.",
        op=("Prone positioning on a Jackson table with the abdomen free.",
            "Baseline SSEP and MEP signals were obtained; triggered EMG thresholds were above 12 mA for all screws.",
            "Midline exposure of L4 and L5; pedicle screws 6.5 x {len} mm placed bilaterally under fluoroscopy.",
            "Left L4-5 facetectomy and discectomy; the endplates were prepared and a {cage} mm interbody cage "
            "packed with autograft inserted.",
            "Rods were contoured and set screws final-tightened with compression.",
            "Closure over a subfascial Hemovac drain with 0 Vicryl, 2-0 Vicryl and Dermabond."),
        findings="Hypertrophic facets and ligamentum flavum with severe stenosis; no durotomy.",
        implants=(("Pedicle screw 6.5 x {len} mm (x4)", "CD Horizon Solera", "Medtronic", False),
                  ("Titanium rod 5.5 x 60 mm (x2)", "CD Horizon Solera", "Medtronic", False),
                  ("Interbody cage {cage} mm x 26 mm", "Capstone PEEK", "Medtronic", True)),
        anes="general", ebl=(200, 600), drains="1 Hemovac", specimen="none",
        course=("Hemovac removed POD1 with 120 mL output.",
                "Ambulated with PT on POD1; leg pain resolved, back pain controlled.",
                "Lumbar brace for comfort only.",
                "Voiding spontaneously after Foley removal."),
        exam="Strength 5/5 in bilateral iliopsoas, quadriceps, TA, EHL and gastrocnemius. Sensation intact. "
             "Incision with Dermabond, no drainage.",
        meds=("Oxycodone 5-10 mg PO q4h PRN", "Cyclobenzaprine 5 mg PO TID PRN spasm", "Acetaminophen 1000 mg PO q8h",
              "Senna 8.6 mg PO BID", "Gabapentin 300 mg PO TID"),
        rad=(("FLUOROSCOPY IN OR WITHOUT RADIOLOGIST, LUMBAR SPINE", "fl", "Intraoperative fluoroscopy.",
              ("{nimg} spot images of the lumbar spine show placement of bilateral pedicle screws at L4 and L5 with "
               "an interbody spacer at L4-5.",),
              ("Intraoperative images for L4-5 fusion.",)),
             ("L-SPINE (AP AND LATERAL)", "xr", "Two views of the lumbar spine.",
              ("Postoperative L4-5 posterior fusion with pedicle screws and rods and an interbody device. Alignment "
               "maintained; residual grade I anterolisthesis. Surgical drain in place.",),
              ("Expected postoperative appearance.",))),
    ),
    dict(
        key="clip", service="NEUROSURGERY", age=(38, 78), old=0.02, los=(12, 18), elective=False, tq=False,
        proc="{Side} pterional craniotomy for clipping of posterior communicating artery aneurysm; external "
             "ventricular drain", short="{side} craniotomy for aneurysm clipping",
        cc="Worst headache of life", dx="Aneurysmal subarachnoid hemorrhage, {side} PCOM aneurysm",
        nums={"hh": ("II", "III"), "mf": ("3", "4"), "sz": (5, 6, 7, 8)},
        hpi="{who} with sudden thunderclap headache, vomiting and neck stiffness. CT showed diffuse subarachnoid "
            "hemorrhage (modified Fisher {mf}); CTA demonstrated a {sz} mm {side} PCOM aneurysm. Hunt and Hess "
            "grade {hh}, WFNS 2. Nimodipine started and an EVD placed for hydrocephalus.",
        op=("The head was fixed in a Mayfield three-pin holder and rotated 30 degrees.",
            "A {side} pterional craniotomy was performed and the sylvian fissure split under the microscope.",
            "Proximal control of the ICA was obtained; the aneurysm neck was dissected from the PCOM and the "
            "oculomotor nerve.",
            "A 7 mm straight titanium clip was applied across the neck; ICG videoangiography confirmed occlusion "
            "with preserved PCOM and anterior choroidal flow.",
            "The bone flap was replaced with titanium plates and screws."),
        findings="Posteriorly projecting PCOM aneurysm with a daughter sac.",
        implants=(("Aneurysm clip, straight 7 mm", "Yasargil titanium", "Aesculap", True),
                  ("Cranial plates and screws", "Matrix Neuro", "DePuy Synthes", False),
                  ("Ventricular catheter", "Bactiseal EVD", "Integra", False)),
        anes="general", ebl=(150, 500), drains="EVD at 10 cmH2O", specimen="none",
        course=("Vasospasm watch days 3-14 with daily TCDs; Lindegaard ratio peaked at 3.1 on day 7.",
                "Nimodipine 60 mg q4h for 21 days; euvolemia maintained.",
                "EVD weaned and clamped on day 10, removed day 12 after a stable CT.",
                "Hyponatremia to 129 treated with salt tablets."),
        exam="GCS 15. Alert, oriented x3. Mild left ptosis improving. Pupils 3 to 2 mm. Face symmetric. No drift. "
             "Strength 5/5 throughout. Incision with staples.",
        meds=("Nimodipine 60 mg PO q4h to complete 21 days", "Levetiracetam 500 mg PO BID x 7 days",
              "Acetaminophen 650 mg PO q6h", "Sodium chloride 1 g PO TID", "Docusate 100 mg PO BID"),
        rad=(("CTA HEAD W AND W/O CONTRAST", "ct", "Helical CT of the head without contrast followed by CTA with "
              "3D reconstructions.",
              ("Postoperative changes of {side} pterional craniotomy with an aneurysm clip at the {side} PCOM origin. "
               "No residual aneurysm filling. Mild narrowing of the {side} M1 segment could reflect vasospasm.",
               "Evolving subarachnoid blood in the basal cisterns. Ventricular catheter tip in the frontal horn; "
               "ventricles smaller than prior."),
              ("1. No residual aneurysm. 2. Possible mild vasospasm of the {side} M1 segment.",)),
             ("CT HEAD W/O CONTRAST", "ct", "Contiguous axial images through the brain.",
              ("Postoperative craniotomy changes with expected pneumocephalus. Redistribution of subarachnoid "
               "hemorrhage. Stable ventricular size. No new territorial infarct.",),
              ("No acute change.",))),
    ),
    dict(
        key="mening", service="NEUROSURGERY", age=(42, 84), old=0.08, los=(3, 5), elective=True, tq=False,
        proc="{Side} frontal craniotomy for resection of convexity meningioma", short="{side} craniotomy",
        cc="Seizure", dx="{Side} frontal convexity meningioma (WHO grade 1)", nums={"cm": ("3.2", "3.8", "4.1", "4.6")},
        hpi="{who} who presented with a first generalized seizure. MRI showed a {cm} cm extra-axial enhancing "
            "{side} frontal convexity mass with a dural tail and mild vasogenic edema. Started on levetiracetam and "
            "dexamethasone; elective resection planned.",
        op=("Mayfield pins; frameless neuronavigation registered (Brainlab Curve, software {sw}).",
            "A {side} frontal craniotomy was turned around the navigated tumor margin.",
            "The tumor was debulked with the ultrasonic aspirator and dissected from the cortex.",
            "Simpson grade II resection with coagulation of the dural attachment.",
            "Duraplasty with an onlay collagen graft; bone flap fixed with titanium plates."),
        findings="Firm, vascular meningioma with a clear arachnoid plane.",
        implants=(("Dural graft 5 x 5 cm", "DuraGen", "Integra", False),
                  ("Cranial fixation plates (x3)", "Matrix Neuro", "DePuy Synthes", False)),
        anes="general", ebl=(200, 700), drains="none", specimen="tumor to pathology",
        course=("Overnight ICU monitoring with SBP goal under 160.",
                "Post-operative MRI showed gross total resection.",
                "Dexamethasone tapered over 5 days.",
                "No further seizures on levetiracetam."),
        exam="Alert and oriented. Speech fluent. No pronator drift. Full strength. Incision clean with staples.",
        meds=("Levetiracetam 500 mg PO BID", "Dexamethasone taper", "Famotidine 20 mg PO BID while on steroids",
              "Acetaminophen 650 mg PO q6h PRN"),
        rad=(("CT HEAD W/O CONTRAST", "ct", "Contiguous axial images through the brain were obtained.",
              ("Postoperative changes of {side} frontal craniotomy with resection of the extra-axial mass. Small "
               "amount of blood products in the resection bed. Pneumocephalus. Vasogenic edema unchanged. No midline "
               "shift.",),
              ("Expected postoperative appearance.",)),),
    ),
    dict(
        key="shunt", service="NEUROSURGERY", age=(66, 88), old=0.22, los=(1, 3), elective=True, tq=False,
        proc="{Side} frontal ventriculoperitoneal shunt placement with programmable valve", short="VP shunt",
        cc="Gait difficulty, urinary incontinence, memory decline", dx="Idiopathic normal pressure hydrocephalus",
        nums={"ev": ("0.34", "0.36", "0.38", "0.41"), "set": ("4", "5", "6")},
        hpi="{who} with 18 months of magnetic gait, urinary urgency and short-term memory loss. MRI: ventriculomegaly "
            "out of proportion to atrophy, Evans index {ev}. High-volume lumbar tap improved Timed Up and Go from 24 "
            "to 15 seconds. Parkinson disease and Lewy body dementia were considered and felt less likely.",
        op=("Supine with the head turned; frontal and abdominal sites prepped in one field.",
            "A frontal burr hole was made at Kocher's point and the ventricular catheter passed on the first attempt "
            "with clear CSF.",
            "The programmable valve was tunneled and connected; distal catheter placed laparoscopically by general "
            "surgery.",
            "Valve setting confirmed at {set} with the indicator tool."),
        findings="Opening pressure 16 cmH2O; clear CSF.",
        implants=(("Programmable valve, setting {set}", "Certas Plus", "Integra Codman", True),
                  ("Ventricular catheter", "Bactiseal", "Integra Codman", False),
                  ("Peritoneal catheter 90 cm", "Bactiseal", "Integra Codman", False)),
        anes="general", ebl=(10, 60), drains="none", specimen="CSF for cell count",
        course=("Post-operative CT with catheter tip in the frontal horn.", "Gait improved with PT.",
                "Valve setting rechecked at {set} after shunt series."),
        exam="Alert, oriented x2. Wider-based gait, steadier with walker. Incisions clean.",
        meds=("Acetaminophen 650 mg PO q6h PRN", "Docusate 100 mg PO BID"),
        rad=(("SHUNT SERIES", "xr", "Skull, chest and abdomen radiographs.",
              ("Right frontal approach ventricular catheter with a programmable valve over the right parietal skull; "
               "setting appears to be {set}. Continuous tubing along the neck and chest without kink or "
               "discontinuity. Distal tip in the pelvis.",),
              ("Intact shunt system. Valve setting {set}.",)),
             ("CT HEAD W/O CONTRAST", "ct", "Axial images through the brain.",
              ("Frontal ventricular catheter terminating in the frontal horn of the lateral ventricle. Ventricles "
               "slightly decreased in size. Small pneumocephalus. No hemorrhage.",),
              ("Catheter in satisfactory position.",))),
    ),
    dict(
        key="dbs", service="NEUROSURGERY", age=(48, 74), old=0.0, los=(1, 2), elective=True, tq=False,
        proc="Bilateral subthalamic nucleus deep brain stimulation leads and right chest implantable pulse generator",
        short="bilateral STN DBS", cc="Motor fluctuations and dyskinesia", dx="Idiopathic Parkinson disease",
        nums={"updrs": range(38, 58), "pct": range(42, 71)},
        hpi="{who} with idiopathic Parkinson disease for 11 years, now with wearing-off and peak-dose dyskinesia "
            "despite carbidopa-levodopa every 3 hours and entacapone. UPDRS-III {updrs} off, with {pct}% improvement "
            "on levodopa challenge. Neuropsychological testing without dementia; no Lewy body features.",
        op=("A Leksell G frame was applied under local anesthesia and a stereotactic CT merged with the planning "
            "MRI.",
            "Bilateral frontal burr holes; microelectrode recording showed STN activity over 4.5 mm on the left and "
            "5 mm on the right.",
            "Macrostimulation improved rigidity with capsular side effects above 3.5 mA.",
            "Directional leads were secured with StimLoc caps; extensions tunneled to a right infraclavicular pocket.",
            "Impedances within normal limits."),
        findings="Good STN recordings bilaterally; no hemorrhage on intraoperative CT.",
        implants=(("Left DBS lead, directional", "SenSight B33015", "Medtronic", True),
                  ("Right DBS lead, directional", "SenSight B33015", "Medtronic", True),
                  ("Extension 60 cm (x2)", "SenSight B34000", "Medtronic", False),
                  ("Implantable pulse generator", "Percept PC B35200", "Medtronic", True)),
        anes="monitored anesthesia care converted to general for generator placement", ebl=(10, 40),
        drains="none", specimen="none",
        course=("Post-operative CT without hemorrhage; leads in expected position.",
                "Device left off; initial programming planned in 3 weeks.",
                "Home carbidopa-levodopa schedule continued without interruption."),
        exam="Alert and oriented. Rest tremor of the right hand. Bradykinesia. Burr hole and chest incisions clean.",
        meds=("Carbidopa-levodopa 25-100 mg 2 tabs PO q3h while awake", "Entacapone 200 mg with each dose",
              "Cephalexin 500 mg PO QID x 5 days", "Acetaminophen 650 mg PO q6h PRN"),
        rad=(("CT HEAD W/O CONTRAST", "ct", "Axial CT of the head; reformats along the AC-PC line.",
              ("Bilateral frontal burr holes with DBS leads terminating in the expected region of the subthalamic "
               "nuclei. Small pneumocephalus. No intracranial hemorrhage. Extension wires in the scalp.",),
              ("Bilateral DBS leads without complication.",)),
             ("CHEST (PA AND LATERAL)", "xr", "PA and lateral views of the chest.",
              ("Right infraclavicular pulse generator with extension leads coursing over the right neck. Lungs "
               "clear. No pneumothorax.",),
              ("Generator in place. No pneumothorax.",))),
    ),
    dict(
        key="sdh", service="NEUROSURGERY", age=(68, 89), old=0.6, los=(2, 5), elective=False, tq=False,
        proc="{Side} burr hole evacuation of chronic subdural hematoma with subdural drain",
        short="{side} burr hole evacuation", cc="Progressive confusion and unsteady gait",
        dx="{Side} chronic subdural hematoma", nums={"mm": range(14, 26), "mls": range(4, 11)},
        hpi="{who} on apixaban for atrial fibrillation with a fall 4 weeks ago and progressive confusion and "
            "contralateral arm weakness. CT: {mm} mm mixed-density {side} subdural collection with {mls} mm of "
            "midline shift. Apixaban reversed with andexanet alfa. Markwalder grade 2, GCS 14.",
        op=("Two burr holes were made over the {side} convexity.",
            "The dura was opened in cruciate fashion and motor-oil-colored fluid evacuated under pressure.",
            "The cavity was irrigated with warm saline until clear.",
            "A subdural drain was left to gravity and the scalp closed with staples."),
        findings="Chronic subdural hematoma with membranes under pressure.",
        implants=(("Subdural drain 10 Fr", "Flat silicone drain", "Integra", False),),
        anes="general", ebl=(20, 80), drains="subdural drain", specimen="none",
        course=("Drain removed POD2 after 140 mL output; CT with good re-expansion.",
                "Mental status back to baseline per family.",
                "Anticoagulation to resume in 4 weeks pending follow-up CT.",
                "PT recommended short-term rehab."),
        exam="Alert, oriented x3. Mild {side} pronator drift resolving. Incisions clean with staples.",
        meds=("Levetiracetam 500 mg PO BID x 7 days", "Acetaminophen 650 mg PO q6h PRN", "Metoprolol 25 mg PO BID"),
        rad=(("CT HEAD W/O CONTRAST", "ct", "Contiguous axial images through the brain.",
              ("Status post {side} burr hole evacuation of the subdural hematoma with subdural drain. Residual "
               "mixed-density collection measures 7 mm. Midline shift decreased to 2 mm. Pneumocephalus.",),
              ("Decreased size of the {side} subdural collection and midline shift.",)),),
    ),
    dict(
        key="evar", service="VASCULAR", age=(62, 89), old=0.25, los=(1, 3), elective=True, tq=False,
        proc="Endovascular aortic aneurysm repair (bifurcated endograft), percutaneous bilateral femoral access",
        short="EVAR", cc="Asymptomatic abdominal aortic aneurysm", dx="Infrarenal abdominal aortic aneurysm",
        nums={"aaa": ("5.6", "5.8", "6.1", "6.4"), "neck": range(18, 30), "cont": range(55, 130)},
        hpi="{who} with a {aaa} cm infrarenal abdominal aortic aneurysm found on surveillance ultrasound, growing 0.6 "
            "cm in one year. CTA: {neck} mm infrarenal neck suitable for endovascular repair. Cardiology "
            "clearance obtained (RCRI 2).",
        op=("Bilateral ultrasound-guided common femoral access with two Perclose ProGlide devices pre-closed on "
            "each side.",
            "The main body was deployed just below the lowest renal artery after angiographic localization.",
            "The contralateral gate was cannulated and the contralateral limb deployed to the iliac bifurcation.",
            "Balloon molding at the seal zones; completion angiography without endoleak.",
            "Contrast {cont} mL iodixanol; fluoroscopy time {fmin} min, air kerma {akv} mGy."),
        findings="Completion angiogram with widely patent graft and no endoleak.",
        implants=(("Bifurcated main body 28.5 x 14.5 x 14 cm", "Excluder AAA", "Gore", True),
                  ("Contralateral leg 16 x 12 cm", "Excluder AAA", "Gore", False),
                  ("Suture-mediated closure (x4)", "Perclose ProGlide", "Abbott", False)),
        anes="general", ebl=(50, 200), drains="none", specimen="none",
        course=("Groins soft without hematoma; palpable distal pulses.", "Creatinine stable at {cr}.",
                "Ambulating independently on POD1."),
        exam="Groin access sites without hematoma or bruit. Palpable femoral and DP pulses bilaterally.",
        meds=("Aspirin 81 mg PO daily", "Atorvastatin 80 mg PO daily", "Metoprolol succinate 25 mg PO daily"),
        rad=(("CTA ABDOMEN AND PELVIS W AND W/O CONTRAST", "ct", "Non-contrast and arterial phase CT of the abdomen "
              "and pelvis with 3D reformations.",
              ("Bifurcated aortic endograft with proximal fixation below the renal arteries. Aneurysm sac measures "
               "{aaa} cm, unchanged. No endoleak on arterial or delayed phases.",
               "Renal arteries patent. Limbs patent to the iliac bifurcations."),
              ("Status post EVAR without endoleak.",)),
             ("FLUOROSCOPY, INTRAOPERATIVE AORTOGRAPHY", "fl", "Intraoperative imaging during EVAR.",
              ("Aortograms and completion angiography during endovascular repair demonstrate satisfactory endograft "
               "position without type I or III endoleak.",),
              ("Intraoperative guidance; see the vascular surgery operative report.",))),
    ),
    dict(
        key="cea", service="VASCULAR", age=(58, 87), old=0.08, los=(1, 2), elective=True, tq=False,
        proc="{Side} carotid endarterectomy with bovine pericardial patch angioplasty", short="{side} CEA",
        cc="Transient monocular vision loss", dx="Symptomatic {side} internal carotid artery stenosis (80%)",
        nums={"stump": range(28, 52), "pct": ("70", "80", "85", "90")},
        hpi="{who} with two episodes of {side} amaurosis fugax. Duplex and CTA: {pct}% {side} ICA stenosis by NASCET "
            "criteria with ulcerated plaque. On aspirin and high-intensity statin; clopidogrel added.",
        op=("Longitudinal incision along the anterior border of the sternocleidomastoid.",
            "Common, internal and external carotid arteries controlled; heparin 100 units/kg given.",
            "Stump pressure {stump} mmHg with stable EEG; no shunt required.",
            "Endarterectomy performed with a clean distal endpoint; hypoglossal nerve identified and preserved.",
            "Bovine pericardial patch sewn with 6-0 Prolene; flow restored external first."),
        findings="Ulcerated, calcified bifurcation plaque.",
        implants=(("Bovine pericardial patch 0.8 x 8 cm", "XenoSure", "LeMaitre", True),),
        anes="general", ebl=(50, 150), drains="none", specimen="carotid plaque to pathology",
        course=("SBP maintained 100-160 overnight with a nicardipine drip briefly.", "Neurologically intact.",
                "Mild dysphagia resolved by POD1."),
        exam="No neck hematoma. Tongue midline. No facial droop. Strength full.",
        meds=("Aspirin 81 mg PO daily", "Clopidogrel 75 mg PO daily", "Atorvastatin 80 mg PO daily"),
        rad=(("CTA NECK W AND W/O CONTRAST", "ct", "CT angiography of the neck with multiplanar reformations.",
              ("Postoperative changes of {side} carotid endarterectomy with patch angioplasty. Widely patent carotid "
               "bifurcation without residual stenosis or intimal flap. Expected soft tissue stranding.",),
              ("Patent {side} carotid endarterectomy site.",)),),
    ),
    dict(
        key="bypass", service="VASCULAR", age=(55, 86), old=0.08, los=(3, 6), elective=False, tq=False,
        proc="{Side} common femoral to below-knee popliteal artery bypass with PTFE graft", short="{side} fem-pop",
        cc="Non-healing {side} heel ulcer", dx="{Side} chronic limb-threatening ischemia (Rutherford 5)",
        nums={"abi": ("0.38", "0.42", "0.46", "0.51")},
        hpi="{who} with diabetes and tobacco use presenting with a non-healing {side} heel ulcer and rest pain. ABI "
            "{abi}; angiography showed superficial femoral artery occlusion with reconstitution of the below-knee "
            "popliteal artery and two-vessel runoff. Vein mapping showed inadequate saphenous vein.",
        op=("Femoral cutdown with control of the common, superficial and profunda femoris arteries.",
            "Medial below-knee incision exposing the popliteal artery.",
            "A 6 mm ringed PTFE graft tunneled anatomically.",
            "End-to-side anastomoses with 6-0 Prolene; completion angiography with brisk runoff.",
            "Closure in layers; Prevena incisional vacuum dressing applied to the groin."),
        findings="Soft target popliteal artery; excellent Doppler signals in the DP and PT after bypass.",
        implants=(("Ringed PTFE vascular graft 6 mm x 80 cm", "Propaten", "Gore", True),
                  ("Incisional wound vac", "Prevena", "Solventum", False)),
        anes="general", ebl=(150, 450), drains="none", specimen="none",
        course=("Graft pulse palpable; heparin drip bridged to apixaban.", "Podiatry debrided the heel ulcer.",
                "Glucose managed with basal-bolus insulin."),
        exam="Palpable graft pulse. Triphasic DP Doppler signal. Heel ulcer 1.5 cm with granulation. Incisions clean.",
        meds=("Apixaban 5 mg PO BID", "Aspirin 81 mg PO daily", "Atorvastatin 80 mg PO daily",
              "Insulin glargine 18 units SC nightly"),
        rad=(("CTA BILATERAL LOWER EXTREMITY RUNOFF", "ct", "CT angiography from the diaphragm to the feet.",
              ("Patent {side} femoral to below-knee popliteal bypass graft. Native SFA occlusion. Two-vessel runoff "
               "via the anterior tibial and peroneal arteries. Postsurgical groin fluid.",),
              ("Patent {side} femoropopliteal bypass graft.",)),),
    ),
    dict(
        key="whipple", service="SURGERY", age=(48, 84), old=0.05, los=(7, 12), elective=True, tq=False,
        proc="Pylorus-preserving pancreaticoduodenectomy (Whipple procedure)", short="Whipple",
        cc="Painless jaundice", dx="Pancreatic head adenocarcinoma", nums={"ca": range(90, 900), "amy": range(80, 900)},
        hpi="{who} with painless jaundice and weight loss. CT: 2.4 cm pancreatic head mass abutting but not encasing "
            "the SMV. CA 19-9 {ca}. ERCP with biliary stent. Completed neoadjuvant FOLFIRINOX with partial response.",
        op=("Upper midline laparotomy; no peritoneal or liver metastases.",
            "Wide Kocher maneuver; SMV dissected from the pancreatic neck.",
            "Pylorus-preserving resection with cholecystectomy.",
            "Pancreaticojejunostomy (Blumgart, duct-to-mucosa), hepaticojejunostomy and duodenojejunostomy.",
            "Two 19 Fr Blake drains placed."),
        findings="Firm pancreatic head mass; soft gland with 3 mm duct.",
        implants=(("Linear stapler reloads 60 mm (x4)", "Endo GIA", "Medtronic", False),),
        anes="general with thoracic epidural", ebl=(300, 900), drains="two Blake drains",
        specimen="pancreaticoduodenectomy specimen to pathology",
        course=("Drain amylase POD3 {amy}; drains removed POD5.", "Delayed gastric emptying on POD4 managed with NGT.",
                "Epidural removed POD4; PCA transition.", "Pathology pending at discharge."),
        exam="Abdomen soft, appropriately tender. Midline incision with staples. Drain sites clean.",
        meds=("Pancrelipase 24,000 units with meals", "Pantoprazole 40 mg PO daily",
              "Enoxaparin 40 mg SC daily x 28 days", "Oxycodone 5 mg PO q4h PRN", "Insulin sliding scale"),
        rad=(("CT ABDOMEN AND PELVIS WITH CONTRAST", "ct", "Portal venous phase CT of the abdomen and pelvis.",
              ("Postoperative changes of pancreaticoduodenectomy. Small fluid collection near the "
               "pancreaticojejunostomy measuring 3.1 x 2.4 cm without rim enhancement. Surgical drains in place. "
               "Patent SMV and portal vein.",),
              ("Small peripancreatic collection, likely postoperative.",)),),
    ),
    dict(
        key="chole", service="SURGERY", age=(24, 86), old=0.1, los=(1, 3), elective=False, tq=False,
        proc="Laparoscopic cholecystectomy", short="lap chole", cc="Right upper quadrant pain",
        dx="Acute calculous cholecystitis (Tokyo grade II)", nums={"wbc2": range(12, 19)},
        hpi="{who} with 2 days of RUQ pain, fever and positive Murphy sign. WBC {wbc2}. Ultrasound: gallstones, "
            "wall thickening to 6 mm and pericholecystic fluid. Started on ceftriaxone and metronidazole.",
        op=("Four-port technique with Hasson entry at the umbilicus.",
            "The distended gallbladder was decompressed; critical view of safety obtained.",
            "Cystic duct and artery clipped with Hem-o-lok clips and divided.",
            "Gallbladder removed in a retrieval bag; fascia closed with 0 Vicryl."),
        findings="Acutely inflamed, distended gallbladder with impacted stone.",
        implants=(("Polymer ligation clips (x4)", "Hem-o-lok ML", "Teleflex", False),),
        anes="general", ebl=(10, 60), drains="none", specimen="gallbladder to pathology",
        course=("Diet advanced on POD1.", "LFTs down-trending.", "Antibiotics stopped after 24 hours."),
        exam="Abdomen soft, appropriately tender near port sites. Incisions with Dermabond.",
        meds=("Acetaminophen 1000 mg PO q8h", "Ibuprofen 600 mg PO q6h PRN", "Oxycodone 5 mg PO q6h PRN"),
        rad=(("CHEST (PORTABLE AP)", "xr", "Single portable AP view of the chest.",
              ("Lungs with low volumes and bibasilar atelectasis. No pneumothorax. Small amount of free "
               "subdiaphragmatic air expected after laparoscopy.",),
              ("Bibasilar atelectasis. Expected postoperative pneumoperitoneum.",)),),
    ),
    dict(
        key="hernia", service="SURGERY", age=(38, 86), old=0.08, los=(2, 4), elective=True, tq=False,
        proc="Open ventral hernia repair with retrorectus (Rives-Stoppa) mesh", short="ventral hernia repair",
        cc="Enlarging ventral hernia", dx="Incisional ventral hernia (EHS W2)",
        nums={"def": ("6 x 8", "7 x 9", "8 x 10")},
        hpi="{who} with a {def} cm incisional hernia after a prior laparotomy, now with episodes of incarceration "
            "pain. Quit smoking 3 months ago; HbA1c 6.4%.",
        op=("Excision of the old scar and dissection of the hernia sac.",
            "Bilateral retrorectus dissection preserving the perforators.",
            "Posterior sheath closed with 2-0 PDS.",
            "Biologic mesh 20 x 25 cm placed in the retrorectus space and fixed with transfascial sutures.",
            "Anterior fascia closed with #1 PDS; two drains left."),
        findings="Fascial defect {def} cm with omental contents; no bowel compromise.",
        implants=(("Biologic mesh 20 x 25 cm", "Strattice", "Allergan", True),),
        anes="general with TAP blocks", ebl=(50, 200), drains="two 15 Fr drains", specimen="hernia sac",
        course=("Drains removed before discharge.", "Abdominal binder.", "No lifting over 10 lb for 6 weeks."),
        exam="Abdomen soft. Incision clean with staples. Binder in place.",
        meds=("Acetaminophen 1000 mg PO q8h", "Oxycodone 5 mg PO q4h PRN", "Docusate 100 mg PO BID"),
        rad=(("CT ABDOMEN AND PELVIS WITH CONTRAST", "ct", "Portal venous phase CT of the abdomen and pelvis.",
              ("Postoperative changes of ventral hernia repair with retrorectus mesh. A 4.2 cm fluid collection "
               "superficial to the mesh is compatible with seroma. No recurrent hernia. Bowel normal in caliber.",),
              ("Seroma without evidence of recurrent hernia.",)),),
    ),
    dict(
        key="colectomy", service="SURGERY", age=(35, 84), old=0.04, los=(3, 5), elective=True, tq=False,
        proc="Laparoscopic sigmoid colectomy with primary anastomosis", short="lap sigmoid colectomy",
        cc="Recurrent diverticulitis", dx="Recurrent complicated sigmoid diverticulitis", nums={},
        hpi="{who} with four episodes of sigmoid diverticulitis in two years including a Hinchey Ib abscess treated "
            "with antibiotics. Colonoscopy without neoplasia. ERAS pathway.",
        op=("Medial-to-lateral mobilization with high ligation of the IMA.",
            "Splenic flexure mobilized.",
            "Specimen extracted through a Pfannenstiel incision with wound protector.",
            "End-to-end stapled anastomosis with a 29 mm circular stapler; negative air leak test."),
        findings="Thickened sigmoid with phlegmon adherent to the left pelvic sidewall.",
        implants=(("Circular stapler 29 mm", "EEA", "Medtronic", False),),
        anes="general", ebl=(50, 200), drains="none", specimen="sigmoid colon to pathology",
        course=("Clear liquids on POD0, regular diet POD1.", "Return of bowel function POD2.",
                "Alvimopan given per ERAS pathway."),
        exam="Abdomen soft, non-distended. Port sites and Pfannenstiel incision clean.",
        meds=("Acetaminophen 1000 mg PO q8h", "Oxycodone 5 mg PO q6h PRN", "Enoxaparin 40 mg SC daily x 28 days"),
        rad=(("ABDOMEN (SUPINE AND UPRIGHT)", "xr", "Supine and upright views of the abdomen.",
              ("Mildly dilated loops of small bowel up to 3.2 cm with air-fluid levels, likely postoperative ileus. "
               "Gas in the colon and rectum. Anastomotic staple line in the pelvis. Small pneumoperitoneum.",),
              ("Findings most consistent with postoperative ileus.",)),),
    ),
)

# --------------------------------------------------------------------------------------------------
# Carriers: sentences that place one identifier (flag "!") in a section; "?" markers leak only when the
# same note must also plant that category, otherwise they stay masked.
# (category, note types, section, template, procedure keys or None)
# --------------------------------------------------------------------------------------------------

_CARRIERS: tuple[tuple[str, str, str, str, frozenset | str | None], ...] = (
    # PERSON
    ("PERSON", "D", "hpi", "Accompanied by {his_her} {rel}, <<PERSON:hcp/full!>>, who provided much of the history.",
     None),
    ("PERSON", "D", "social", "HCP: {rel} <<PERSON:hcp/full!>> (cell <<PHONE:pt?>>).", None),
    ("PERSON", "D", "course", "All consent and discharge teaching was done with the {lang} interpreter, "
     "<<PERSON:interp/full!>>.", None),
    ("PERSON", "D", "anes", "Regional block placed by Dr. <<PERSON:anes2/last!>> under ultrasound guidance; no "
     "paresthesia on injection.", None),
    ("PERSON", "D", "course", "Case reviewed with {his_her} PCP, Dr. <<PERSON:pcp/full!>>, who agrees with the plan.",
     None),
    ("PERSON", "D", "social", "Friend <<PERSON:friend/first!>> will stay with {him_her} for the first week.", None),
    ("PERSON", "D", "op", "Resident: <<PERSON:res/fml!>>, MD (PGY-4), present for the entire case.", None),
    ("PERSON", "D", "followup", "Dr. <<PERSON:surgeon/last!>>'s nurse practitioner, <<PERSON:np/full?>>, will call "
     "you within 48 hours.", None),
    ("PERSON", "D", "op", "Neuromonitoring (SSEP/MEP/EMG) by <<PERSON:iom/full!>>, CNIM; no alerts.",
     frozenset({"tlif", "clip", "mening", "cea"})),
    ("PERSON", "R", "notification", "Dr. <<PERSON:ref/last!>> was informed of the findings by Dr. "
     "<<PERSON:rad/last?>> via telephone at {time}.", None),
    ("PERSON", "R", "indication", "Ordering surgeon: <<PERSON:surgeon/init!>>", None),
    ("PERSON", "R", "impression", "Findings discussed with <<PERSON:res/full!>>, surgical resident, at the time of "
     "the study.", None),
    ("PERSON", "R", "technique", "Images acquired by <<PERSON:tech/full!>>, RT(R), at the request of the surgical "
     "team.", None),
    ("PERSON", "R", "findings", "Preliminary interpretation by Dr. <<PERSON:rad2/last!>> was communicated to the "
     "floor team at {time}.", None),
    # LOCATION
    ("LOCATION", "D", "hpi", "{He_She} was visiting family in <<LOCATION:far!>> two weeks ago and was seen at an "
     "urgent care there.", None),
    ("LOCATION", "D", "hpi", "Transferred from <<ORGANIZATION:hospital?>> in <<LOCATION:pt!>> for definitive "
     "management.", None),
    ("LOCATION", "D", "social", "Lives in <<LOCATION:pt!>> with {his_her} {rel}; {job}.", None),
    ("LOCATION", "D", "social", "Born in <<LOCATION:foreign!>>; moved to the US in {year}.", None),
    ("LOCATION", "D", "social", "Currently staying at the shelter near <<LOCATION:corner!>>.", None),
    ("LOCATION", "D", "followup", "Outpatient physical therapy arranged closer to home in <<LOCATION:pt!>>.", None),
    ("LOCATION", "R", "indication", "Transferred from an outside hospital in <<LOCATION:pt!>>.", None),
    ("LOCATION", "R", "comparison", "A report of an outside study performed in <<LOCATION!>> was reviewed; the "
     "images are not available.", None),
    ("LOCATION", "R", "indication", "Recent travel to <<LOCATION:foreign!>>; evaluate for source of fever.", None),
    # ORGANIZATION
    ("ORGANIZATION", "D", "hpi", "Referred by <<ORGANIZATION:practice!>> after failed conservative management.",
     None),
    ("ORGANIZATION", "D", "hpi", "Initially evaluated at <<ORGANIZATION:hospital!>>, where imaging was obtained "
     "before transfer.", None),
    ("ORGANIZATION", "D", "social", "Works as a {job} for <<ORGANIZATION:employer!>>; expects to be out of work for "
     "6 weeks.", None),
    ("ORGANIZATION", "D", "meds_dis", "Prescriptions sent to <<ORGANIZATION:pharmacy!>>.", None),
    ("ORGANIZATION", "D", "social", "Very involved with <<ORGANIZATION:church!>>; members will help with meals.",
     None),
    ("ORGANIZATION", "D", "social", "Teaches at <<ORGANIZATION:school!>>.", None),
    ("ORGANIZATION", "D", "followup", "Labs (CBC, BMP) to be drawn at <<ORGANIZATION:practice!>> next week.", None),
    ("ORGANIZATION", "R", "comparison", "Outside CT from <<ORGANIZATION:hospital!>>, uploaded to PACS.", None),
    ("ORGANIZATION", "R", "indication", "Referred from <<ORGANIZATION:practice!>> for postoperative evaluation.",
     None),
    ("ORGANIZATION", "R", "technique", "Portable examination performed by mobile radiography at "
     "<<ORGANIZATION:rehab!>>.", "xr-facility"),
    # DATE_REAL_YEAR
    ("DATE_REAL_YEAR", "D", "pmh", "{prior_surg} on <<DATE_REAL_YEAR:event!>> at an outside hospital.", None),
    ("DATE_REAL_YEAR", "D", "pmh", "Tetanus booster <<DATE_REAL_YEAR:event!>>.", None),
    ("DATE_REAL_YEAR", "D", "op", "Date of surgery (per OR log): <<DATE_REAL_YEAR:event!>>", None),
    ("DATE_REAL_YEAR", "D", "checklist", "Patient stated name and date of birth (<<DATE_REAL_YEAR:dob!>>) at sign "
     "in.", None),
    ("DATE_REAL_YEAR", "R", "comparison", "Outside radiographs dated <<DATE_REAL_YEAR:event!>>.", None),
    ("DATE_REAL_YEAR", "R", "indication", "Date of surgery: <<DATE_REAL_YEAR:event!>>.", None),
    ("DATE_REAL_YEAR", "R", "findings", "Compared with the preoperative study of <<DATE_REAL_YEAR:event!>>, the "
     "alignment is improved.", None),
    # AGE_OVER_89
    ("AGE_OVER_89", "D", "social", "At <<AGE_OVER_89:words!>> {he_she} still lives independently and manages "
     "{his_her} own medications.", None),
    ("AGE_OVER_89", "D", "course", "Given age <<AGE_OVER_89!>> and frailty (Clinical Frailty Scale 6), geriatrics "
     "followed for delirium prevention.", None),
    ("AGE_OVER_89", "R", "indication", "Patient is <<AGE_OVER_89!>> years old; limited cooperation with "
     "positioning.", None),
    ("AGE_OVER_89", "R", "findings", "Diffuse osteopenia, expected for a <<AGE_OVER_89!>>-year-old.", None),
    # PHONE
    ("PHONE", "D", "social", "Emergency contact: {rel} <<PERSON:hcp/first?>>, <<PHONE:pt!>>.", None),
    ("PHONE", "D", "course", "{His_Her} {rel} was updated by phone at <<PHONE:pt!>> after surgery.", None),
    ("PHONE", "D", "checklist", "Post-op callback number (patient's cell): <<PHONE:pt!>>", None),
    ("PHONE", "D", "followup", "If the wound drains, text Dr. <<PERSON:surgeon/last?>>'s cell at <<PHONE!>>.", None),
    ("PHONE", "R", "notification", "Results called to Dr. <<PERSON:ref/last?>> on {his_her2} cell phone "
     "<<PHONE!>> at {time}.", None),
    ("PHONE", "R", "impression", "Patient's {rel} asked to be called with results at <<PHONE:pt!>>; referred to the "
     "ordering team.", None),
    # FAX
    ("FAX", "D", "followup", "Discharge summary faxed to Dr. <<PERSON:pcp/last?>> at <<ORGANIZATION:practice?>>, "
     "fax <<FAX!>>.", None),
    ("FAX", "D", "dispo", "Records faxed to the facility admissions office at <<FAX!>>.", None),
    ("FAX", "D", "meds_dis", "Prior authorization form for enoxaparin faxed to the pharmacy at <<FAX!>>.", None),
    ("FAX", "R", "notification", "Report faxed to the referring office at <<FAX!>> at the request of Dr. "
     "<<PERSON:ref/last?>>.", None),
    ("FAX", "R", "impression", "A copy was sent by fax to <<ORGANIZATION:practice?>> (<<FAX!>>).", None),
    # PAGER
    ("PAGER", "D", "course", "Vascular fellow Dr. <<PERSON:fellow/last?>> (pager <<PAGER!>>) was notified of the "
     "groin hematoma, which was managed with pressure.", None),
    ("PAGER", "D", "anes", "Anesthesia attending Dr. <<PERSON:anes/last?>>, pager <<PAGER!>>.", None),
    ("PAGER", "D", "op", "Dictating resident <<PERSON:res/full?>> (pgr <<PAGER!>>).", None),
    ("PAGER", "R", "notification", "Dr. <<PERSON:ref/last?>> was paged at <<PAGER!>>; findings discussed at "
     "{time}.", None),
    ("PAGER", "R", "findings", "Wet read communicated to Dr. <<PERSON:res/last?>> (pager <<PAGER!>>).", None),
    ("PAGER", "R", "impression", "Please page Dr. <<PERSON:rad/last?>> at <<PAGER!>> with questions about this "
     "report.", None),
    # EMAIL
    ("EMAIL", "D", "social", "Prefers communication by email: <<EMAIL:pt!>>.", None),
    ("EMAIL", "D", "followup", "{His_Her} {rel} (<<PERSON:hcp/full?>>, <<EMAIL:hcp!>>) asked to receive the "
     "discharge paperwork.", None),
    ("EMAIL", "D", "implant", "Electronic implant card sent to patient at <<EMAIL:pt!>>.", None),
    ("EMAIL", "D", "instr", "You may send wound photos to Dr. <<PERSON:surgeon/last?>> at <<EMAIL:surgeon!>>.",
     None),
    # URL
    ("URL", "D", "social", "Family posts updates on a CaringBridge page (<<URL:cb!>>) and asked staff not to "
     "comment there.", None),
    ("URL", "D", "social", "{His_Her} {rel} set up a fundraiser for the recovery: <<URL:gfm!>>.", None),
    ("URL", "D", "instr", "Your personal video-visit and remote monitoring enrollment link (do not share): "
     "<<URL:portal!>>", None),
    ("URL", "D", "social", "Writes a personal blog about {his_her} illness at <<URL:blog!>>.", None),
    # IP_ADDRESS
    ("IP_ADDRESS", "D", "anes", "Pre-anesthesia evaluation was done by video visit; session log shows the patient "
     "connected from <<IP_ADDRESS!>>.", None),
    ("IP_ADDRESS", "D", "course", "Wound photos were uploaded by the patient through the portal (upload logged "
     "from IP <<IP_ADDRESS!>>).", None),
    ("IP_ADDRESS", "D", "followup", "Video visit link was tested with the patient; connection from "
     "<<IP_ADDRESS!>> was stable.", None),
    ("IP_ADDRESS", "D", "implant", "Home patient programmer paired; last sync to the clinician portal from "
     "<<IP_ADDRESS!>>.", frozenset({"dbs"})),
    # SSN
    ("SSN", "D", "social", "Financial counselor met with the patient; SSN <<SSN!>> verified for the free-care "
     "application.", None),
    ("SSN", "D", "dispo", "Rehab referral packet includes SSN <<SSN!>> and insurance information.", None),
    ("SSN", "D", "header", "SSN:  <<SSN!>>", None),
    ("SSN", "D", "social", "Disability paperwork completed; social security number on the form: <<SSN!>>.", None),
    # MRN
    ("MRN", "D", "course", "Outside records from <<ORGANIZATION:hospital?>> (their MRN <<MRN:outside!>>) were "
     "reviewed.", None),
    ("MRN", "D", "checklist", "Wristband verified against the consent: name, DOB and MRN <<MRN!>>.", None),
    ("MRN", "R", "technique", "Patient identified with two identifiers (name and MRN <<MRN!>>) prior to imaging.",
     None),
    ("MRN", "R", "comparison", "Preoperative outside images were imported to PACS under outside MRN "
     "<<MRN:outside!>>.", None),
    # ACCOUNT
    ("ACCOUNT", "D", "implant", "Implants charged to hospital account <<ACCOUNT!>>.", None),
    ("ACCOUNT", "D", "header", "Encounter (FIN):  <<ACCOUNT!>>", None),
    ("ACCOUNT", "D", "dispo", "Billing account <<ACCOUNT!>> flagged for case management review.", None),
    # HEALTH_PLAN
    ("HEALTH_PLAN", "D", "social", "Insurance: {insurer}, member ID <<HEALTH_PLAN!>>, group {group} (employer "
     "plan).", None),
    ("HEALTH_PLAN", "D", "dispo", "Medicare MBI <<HEALTH_PLAN:mbi!>>; qualifying 3-midnight stay met for SNF "
     "coverage.", None),
    ("HEALTH_PLAN", "D", "dispo", "MassHealth ID <<HEALTH_PLAN:mh!>>; PT-1 transportation form completed.", None),
    ("HEALTH_PLAN", "D", "meds_dis", "Prescription coverage: subscriber ID <<HEALTH_PLAN!>>, group {group}.", None),
    # LICENSE
    ("LICENSE", "D", "meds_dis", "Oxycodone e-prescribed by <<PERSON:pa/full?>>, PA-C, DEA <<LICENSE:dea!>>.", None),
    ("LICENSE", "D", "meds_dis", "Prescriber NPI <<LICENSE:npi!>>.", None),
    ("LICENSE", "D", "checklist", "Identity confirmed with {state} driver's license <<LICENSE:dl!>> (arrived "
     "without wristband).", None),
    ("LICENSE", "D", "op", "Dictated by <<PERSON:surgeon/full?>>, MD (MA license no. <<LICENSE:md!>>).", None),
    ("LICENSE", "R", "indication", "Referring: Dr. <<PERSON:ref/full?>> (NPI <<LICENSE:npi!>>).", None),
    ("LICENSE", "R", "notification", "Ordering provider NPI <<LICENSE:npi!>>.", None),
    # ZIP
    ("ZIP", "D", "social", "Home ZIP code <<ZIP!>> is outside the usual VNA service area; alternate agency "
     "arranged.", None),
    ("ZIP", "D", "dispo", "Discharged home to <<LOCATION:pt?>>, {state} <<ZIP!>>.", None),
    ("ZIP", "R", "technique", "Portable examination performed at the patient's residence, "
     "<<STREET_ADDRESS:home?>>, <<LOCATION:pt?>>, {state} <<ZIP!>> (homebound).", "xr"),
    # STREET_ADDRESS
    ("STREET_ADDRESS", "D", "social", "Lives at <<STREET_ADDRESS:home!>>, <<LOCATION:pt?>>, {state} <<ZIP?>> "
     "(second-floor apartment, 14 stairs).", None),
    ("STREET_ADDRESS", "D", "dispo", "Will stay with {his_her} {rel} at <<STREET_ADDRESS:rel!>>, <<LOCATION?>> for "
     "two weeks.", None),
    ("STREET_ADDRESS", "D", "instr", "Rolling walker and raised toilet seat to be delivered to "
     "<<STREET_ADDRESS:home!>>.", None),
    ("STREET_ADDRESS", "R", "technique", "Mobile radiography performed at the patient's home, "
     "<<STREET_ADDRESS:home!>>, <<LOCATION:pt?>>, {state} <<ZIP?>>.", "xr"),
    # DEVICE_ID
    ("DEVICE_ID", "D", "anes", "Pacemaker (Medtronic Azure XT DR MRI, SN <<DEVICE_ID:mdt!>>) interrogated pre-op by "
     "the company representative <<PERSON:rep2/full?>>; reprogrammed to DOO 70 and restored in PACU.", None),
    ("DEVICE_ID", "D", "pmh", "ICD (Boston Scientific Resonate EL, serial <<DEVICE_ID:num!>>); tachytherapies "
     "suspended with a magnet intra-op.", None),
    ("DEVICE_ID", "D", "pmh", "Spinal cord stimulator (Abbott Proclaim XR, S/N <<DEVICE_ID!>>), turned off for the "
     "case.", None),
    ("DEVICE_ID", "R", "technique", "Safety screening: implanted {dev} (SN <<DEVICE_ID:mdt!>> per the patient's "
     "implant card) noted; no reprogramming required for this examination.", None),
    ("DEVICE_ID", "R", "technique", "Technologist recorded the {dev} serial number <<DEVICE_ID:num!>> from the "
     "implant card before imaging.", None),
    ("DEVICE_ID", "R", "findings", "Left chest pacemaker generator (serial <<DEVICE_ID:mdt!>> per device clinic) "
     "with leads in the right atrium and right ventricle.", "chest"),
    ("DEVICE_ID", "R", "findings", "Neurostimulator pulse generator in the right chest wall (SN <<DEVICE_ID:mdt!>> "
     "per operative implant record).", frozenset({"dbs"})),
    ("DEVICE_ID", "R", "impression", "Programmable valve serial <<DEVICE_ID:num!>> documented by neurosurgery; "
     "setting unchanged.", frozenset({"shunt"})),
    # VEHICLE_ID
    ("VEHICLE_ID", "D", "hpi", "Per EMS, {he_she} was the restrained driver; the car (plate <<VEHICLE_ID!>>) had "
     "significant front-end intrusion.", frozenset({"ankle", "nail", "tlif", "sdh"})),
    ("VEHICLE_ID", "D", "social", "Disability parking placard application completed for {his_her} vehicle, plate "
     "<<VEHICLE_ID!>>.", None),
    ("VEHICLE_ID", "D", "course", "Patient drove in the morning of surgery; car (plate <<VEHICLE_ID!>>) moved to the "
     "family lot by security.", None),
    ("VEHICLE_ID", "D", "hpi", "Police report in the chart lists the vehicle VIN <<VEHICLE_ID:vin!>>.",
     frozenset({"ankle", "nail", "tlif", "sdh"})),
    ("VEHICLE_ID", "D", "social", "Hand controls to be fitted to {his_her} car (VIN <<VEHICLE_ID:vin!>>) before "
     "return to driving.", None),
)

# Which categories can be planted in which note type, and the fixed deck per block of 40 notes.
_DECK_D = {
    "PERSON": 10, "LOCATION": 20, "ORGANIZATION": 20, "DATE_REAL_YEAR": 12, "AGE_OVER_89": 14, "PHONE": 24,
    "FAX": 20, "PAGER": 14, "MRN": 24, "LICENSE": 24, "DEVICE_ID": 19, "STREET_ADDRESS": 34, "ZIP": 32,
    "EMAIL": 54, "URL": 54, "IP_ADDRESS": 54, "SSN": 54, "HEALTH_PLAN": 54, "VEHICLE_ID": 54, "ACCOUNT": 54,
}
_DECK_R = {
    "PERSON": 80, "LOCATION": 62, "ORGANIZATION": 62, "DATE_REAL_YEAR": 70, "AGE_OVER_89": 40, "PHONE": 30,
    "FAX": 34, "PAGER": 40, "MRN": 30, "LICENSE": 30, "DEVICE_ID": 35, "STREET_ADDRESS": 20, "ZIP": 22,
}
_K_D = (2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4)  # plants per planted discharge note in a block (sum 43)
_K_R = (1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4)  # plants per planted radiology note in a block (sum 37)
_BLOCK = 40
_BIG = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"})


def _deck(counts: dict[str, int], salt: str) -> list[str]:
    deck = [c for c, n in counts.items() for _ in range(n)]
    random.Random(salt).shuffle(deck)
    return deck


_DECK_D_LIST = _deck(_DECK_D, "holdout20/deck/D")
_DECK_R_LIST = _deck(_DECK_R, "holdout20/deck/R")


def _block_plan(seed: int, block: int) -> list[tuple[str, list[str]]]:
    """Roles of the 40 notes of one block: (kind, categories to plant). kind in D, R, HD, HR, C."""
    r = random.Random(f"holdout20/block/{seed}/{block}")
    roles: list[tuple[str, int]] = [("D", k) for k in _K_D] + [("R", k) for k in _K_R]
    roles += [("HD", 0), ("HR", 0)] + [("C", 0)] * (_BLOCK - len(roles) - 2)
    r.shuffle(roles)
    plans: list[tuple[str, list[str]]] = [(kind, []) for kind, _ in roles]
    for kind, deck, ks in (("D", _DECK_D_LIST, _K_D), ("R", _DECK_R_LIST, _K_R)):
        need = sum(ks)
        start = (seed * 131 + block * need) % len(deck)
        cards = [deck[(start + t) % len(deck)] for t in range(need)]
        r.shuffle(cards)
        idx = [j for j, (kd, _) in enumerate(roles) if kd == kind]
        pos = 0
        for j in idx:
            k = roles[j][1]
            plans[j] = (kind, cards[pos:pos + k])
            pos += k
        # avoid two plants of the same small category in one note: swap with another note
        for _ in range(3):
            for j in idx:
                cats = plans[j][1]
                for a, c in enumerate(cats):
                    if c in _BIG or cats.count(c) < 2:
                        continue
                    for j2 in idx:
                        if j2 == j:
                            continue
                        other = plans[j2][1]
                        for b, c2 in enumerate(other):
                            if c2 != c and c2 not in cats and c not in other:
                                cats[a], other[b] = c2, c
                                break
                        else:
                            continue
                        break
    return plans


# --------------------------------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------------------------------

_MARK = re.compile(r"<<([A-Z_0-9]+)(?::([a-z0-9_/]+))?([!?]?)>>")
_PROSE = frozenset({"hpi", "social", "course", "findings", "impression", "pmh", "followup", "instr"})


class _Doc:
    def __init__(self) -> None:
        self.secs: list[tuple[str, str, list[str]]] = []

    def add(self, key: str, title: str, lines: list[str] | tuple[str, ...]) -> None:
        self.secs.append((key, title, list(lines)))

    def keys(self) -> set[str]:
        return {k for k, _, _ in self.secs}

    def insert(self, key: str, line: str, r: random.Random, fallback: str) -> None:
        for k, _, lines in self.secs:
            if k == key:
                if key == "pmh":
                    line = f"- {line}"
                if key in _PROSE and lines:
                    lines.insert(r.randint(0, len(lines)), line)
                else:
                    lines.append(line)
                return
        if key != fallback:
            self.insert(fallback, line, r, fallback)

    def markers(self, cat: str) -> list[tuple[int, int, re.Match]]:
        out = []
        for si, (_, _, lines) in enumerate(self.secs):
            for li, line in enumerate(lines):
                for m in _MARK.finditer(line):
                    if m.group(1) == cat and not m.group(3):
                        out.append((si, li, m))
        return out

    def flag(self, si: int, li: int, m: re.Match) -> None:
        lines = self.secs[si][2]
        line = lines[li]
        var = f":{m.group(2)}" if m.group(2) else ""
        lines[li] = f"{line[:m.start()]}<<{m.group(1)}{var}!>>{line[m.end():]}"

    def template(self) -> str:
        blocks = []
        for _, title, lines in self.secs:
            blocks.append("\n".join(([title] if title else []) + lines))
        return "\n\n".join(blocks) + "\n"


def _render(template: str, r: random.Random, ctx: _Ctx) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(template):
        out.append(template[pos:m.start()])
        n += len(template[pos:m.start()])
        if m.group(3) == "!":
            v = _value(m.group(1), m.group(2) or "", r, ctx)
            spans.append((n, n + len(v), m.group(1)))
        else:
            v = "___"
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def _sdate(d: date, us: bool) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}" if us else d.isoformat()


def _pron(sex: str) -> dict[str, str]:
    f = sex == "F"
    return {"he_she": "she" if f else "he", "He_She": "She" if f else "He", "his_her": "her" if f else "his",
            "His_Her": "Her" if f else "His", "him_her": "her" if f else "him", "man_woman": "woman" if f else "man",
            "Mr_Ms": "Ms." if f else "Mr."}


def _age_phrase(ctx: _Ctx, r: random.Random, plain_ok: bool) -> str:
    if ctx.age_over:
        return "<<AGE_OVER_89>>"
    if plain_ok and r.random() < 0.45:
        return str(ctx.plain_age)
    return "<<AGE_OVER_89>>"


_PMH_POOL = (
    "Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus (last HbA1c 7.1%)", "Obstructive sleep apnea on CPAP",
    "GERD", "Hypothyroidism", "Atrial fibrillation (CHA2DS2-VASc 3)", "CKD stage 3a", "Depression",
    "Osteoporosis", "BPH", "Gout", "COPD (FEV1 62% predicted)", "Remote appendectomy ({year})",
    "Prior contralateral surgery ({year})", "Basal cell carcinoma of the scalp, excised ({year})",
    "Benign essential tremor", "Glaucoma", "Migraine without aura",
)
_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Codeine / Sulfa (Sulfonamide Antibiotics)",
              "Morphine", "Latex", "Iodinated contrast (hives) / Cephalexin", "Adhesive tape")
_ANES_LINES = {
    "spinal": "Spinal: 0.5% bupivacaine 12.5 mg at L3-4 with a 25G Whitacre needle, one pass; MAC with propofol "
              "infusion 40 mcg/kg/min.",
    "general": "GETA: induction with propofol {prop} mg, fentanyl 100 mcg, rocuronium 50 mg; DL with MAC 3, "
               "Cormack-Lehane {cl}, {ett} ETT taped at 22 cm. Maintenance sevoflurane in air/O2.",
}


def _build_discharge(r: random.Random, ctx: _Ctx, proc: dict, fmt: _Fmt, heavy: bool) -> _Doc:
    doc = _Doc()
    name_var = r.choice(("full", "lastfirst"))
    us = fmt["us"] == "1"
    hdr = [f"Name:  <<PERSON:pt/{name_var}>>                 Unit No:   <<MRN>>", "",
           "Admission Date:  <<DATE_REAL_YEAR:adm>>              Discharge Date:   <<DATE_REAL_YEAR:dis>>", "",
           f"Date of Birth:  <<DATE_REAL_YEAR:dob>>             Sex:   {ctx.sex}", "",
           f"Service: {proc['service']}"]
    doc.add("header", "", hdr)
    doc.add("allergies", "Allergies:", [r.choice(_ALLERGIES)])
    doc.add("attending", "", ["Attending: <<PERSON:att/full>>."])
    doc.add("cc", "Chief Complaint:", [proc["cc"].format_map(fmt)])
    procs = [f"{fmt['opdate']}: {proc['proc'].format_map(fmt)}"]
    if any("Transfused" in c for c in proc["course"]):
        procs.append("Transfusion of packed red blood cells (1 unit)")
    doc.add("proc", "Major Surgical or Invasive Procedure:", procs)
    who_title = r.choice((f"{fmt['Mr_Ms']} <<PERSON:pt/last>> is a", "Patient is a", "This is a", "___ is a"))
    who = f"{who_title} {_age_phrase(ctx, r, True)} year old {fmt['man_woman']}"
    hpi = [proc["hpi"].format_map(_Fmt(r, {**fmt, "who": who}))]
    if r.random() < 0.35:
        hpi.append("Referred by Dr. <<PERSON:ref/last>> at <<ORGANIZATION:practice>>.")
    doc.add("hpi", "History of Present Illness:", hpi)
    pmh = [f"- {x.format_map(fmt)}" for x in r.sample(_PMH_POOL, r.randint(2, 5))]
    doc.add("pmh", "Past Medical History:", pmh)
    social = []
    k = r.randrange(4)
    if k == 0:
        social.append(f"Lives with {fmt['his_her']} {fmt['rel']} in <<LOCATION:pt>>. {fmt['job'].capitalize()}.")
    elif k == 1:
        social.append(f"Lives alone in a second-floor apartment, {r.randint(4, 16)} steps to enter. Retired "
                      f"{fmt['job']}.")
    elif k == 2:
        social.append(f"Works for <<ORGANIZATION:employer>> as a {fmt['job']}. Married, two adult children.")
    else:
        social.append("___")
    social.append(r.choice(("Tobacco: never. EtOH: 2 glasses of wine weekly. Illicits: denies.",
                            f"Tobacco: quit in {fmt['year']} (30 pack-years). EtOH: none. Illicits: none.",
                            "Tobacco: current, 1/2 ppd. EtOH: occasional. Illicits: denies.",
                            "Tobacco: never. EtOH: denies. Marijuana edibles for sleep.")))
    if r.random() < 0.5:
        social.append(f"Functional status: independent in ADLs; uses a cane outdoors. HCP: {fmt['rel']} ___.")
    doc.add("social", "Social History:", social)
    doc.add("family", "Family History:", [r.choice((
        f"Mother with hypertension, died at {r.randint(70, 89)}. Father with CAD, MI at {r.randint(48, 75)}.",
        "Non-contributory. No family history of bleeding disorders or anesthetic complications.",
        f"Sister with breast cancer at {r.randint(40, 68)}. No malignant hyperthermia in the family."))])
    doc.add("exam", "Physical Exam:", [
        f"Discharge: T {fmt['temp']} HR {fmt['hr']} BP {fmt['bp']} RR {fmt['rr']} SpO2 {fmt['sat']}% RA",
        proc["exam"].format_map(fmt)])
    d1 = _sdate(fmt["_d1"], us)
    doc.add("results", "Pertinent Results:", [
        f"{d1} 06:10AM BLOOD WBC-{fmt['wbc']} RBC-3.71* Hgb-{fmt['hgb']}* Hct-33.1* MCV-91 Plt Ct-{fmt['plt']}",
        f"{d1} 06:10AM BLOOD Glucose-{fmt['glu']}* UreaN-14 Creat-{fmt['cr']} Na-{fmt['na']} K-{fmt['k']} Cl-102 "
        f"HCO3-25 AnGap-12",
        f"{d1} 06:10AM BLOOD PT-12.1 INR(PT)-{fmt['inr']}"])
    # ---- perioperative documents
    anes_kind = "spinal" if proc["anes"] == "spinal" else "general"
    optional = []
    opr = ["OPERATIVE REPORT", f"Date of Operation: {fmt['opdate']}",
           "Surgeon: <<PERSON:surgeon/full>>, MD", "Assistant: <<PERSON:assist/full>>, PA-C",
           f"Anesthesia: {proc['anes']}", f"Preoperative Diagnosis: {proc['dx'].format_map(fmt)}",
           "Postoperative Diagnosis: Same.", f"Procedure: {proc['proc'].format_map(fmt)}",
           f"Findings: {proc['findings'].format_map(fmt)}"]
    steps = list(proc["op"])
    if len(steps) > 4 and r.random() < 0.5:
        steps.pop(r.randrange(1, len(steps) - 1))
    opr.append("Description: After confirmation of consent and site marking the patient was brought to OR "
               f"{fmt['or']}. " + " ".join(s.format_map(fmt) for s in steps))
    opr.append(f"EBL: {fmt['ebl']} mL. Drains: {proc['drains']}. Specimens: {proc['specimen']}. "
               "Complications: none apparent.")
    opr.append("Dr. <<PERSON:surgeon/last>> was present and scrubbed for the critical portions of the case.")
    optional.append(("op", "", opr))
    t = [fmt["_t0"] + timedelta(minutes=m) for m in (0, 22, 41, 41 + fmt["_dur"], 58 + fmt["_dur"], 38)]
    ts = [x.strftime("%H:%M") for x in t]
    anes = ["Anesthesia Record Summary:",
            "Anesthesiologist: <<PERSON:anes/full>>, MD   CRNA: <<PERSON:crna/full>>",
            f"ASA {fmt['asa']}; Mallampati {fmt['mall']}; STOP-BANG {fmt['sb']}; RCRI {fmt['rcri']}. Weight "
            f"{fmt['wt']} kg, BMI {fmt['bmi']}.",
            _ANES_LINES[anes_kind].format_map(_Fmt(r, {**fmt, "prop": str(r.randrange(100, 220, 10))})),
            f"In room {ts[0]}; ready {ts[1]}; incision {ts[2]}; closure {ts[3]}; out of room {ts[4]}.",
            f"Cefazolin 2 g IV at {ts[1]}; dexamethasone 4 mg; ondansetron 4 mg; tranexamic acid 1 g.",
            f"I/O: LR {fmt['cryst']} mL; EBL {fmt['ebl']} mL; UOP {fmt['uop']} mL (Foley).",
            f"PACU bay {fmt['bay']}; Aldrete {fmt['ald']}; BP {fmt['bp2']}."]
    if proc["tq"]:
        anes.insert(5, f"Tourniquet {fmt['side']} thigh at {r.choice((250, 275, 300))} mmHg, "
                       f"{r.randint(38, 104)} min.")
    optional.append(("anes", "", anes))
    if proc["implants"]:
        imp = ["Implant Record (stickers scanned to the implant log):"]
        for n, (item, model, maker, serial) in enumerate(proc["implants"], 1):
            lot = _lot(r)
            exp_iso, exp_gs1 = _exp(r)
            gtin = _gtin(r)
            line = f"{n}. {item.format_map(fmt)} - {model} ({maker})  REF {_ref(r)}  LOT {lot}"
            if serial:
                line += "  SN <<DEVICE_ID>>"
            line += f"  EXP {exp_iso}"
            imp.append(line)
            if r.random() < 0.5:
                imp.append(f"   UDI (01){gtin}(17){exp_gs1}(10){lot}")
            else:
                imp.append(f"   GTIN {gtin}")
        imp.append("Implants verified by circulating RN <<PERSON:circ/init>> and the surgeon; company "
                   "representative <<PERSON:rep/full>> present.")
        optional.append(("implant", "", imp))
    site = (fmt["side"] + " side marked" if "{Side}" in proc["proc"] or "{side}" in proc["proc"]
            else {"dbs": "bilateral, marked", "evar": "bilateral groins marked", "tlif": "L4-5, marked"}.get(
                proc["key"], "midline, marking not required"))
    chk = [f"Surgical Safety Checklist - OR {fmt['or']}",
           f"SIGN IN {ts[0]}: identity, site ({site}), procedure and consent confirmed; patient stated name "
           "and DOB <<DATE_REAL_YEAR:dob>>. Anesthesia safety check complete; pulse oximeter functioning. "
           "Difficult airway/aspiration risk: no.",
           f"TIME OUT {ts[5]}: team introduced - surgeon "
           "<<PERSON:surgeon/last>>, anesthesia <<PERSON:anes/last>>, circulator <<PERSON:circ/init>>, scrub "
           f"<<PERSON:scrub/first>>. Antibiotic given at {ts[1]}. Essential imaging displayed.",
           f"SIGN OUT {ts[3]}: counts correct x2 (sponges, sharps, instruments); specimen: {proc['specimen']}; no "
           "equipment issues."]
    optional.append(("checklist", "", chk))
    chosen = [o for o in optional if r.random() < {"op": 0.75, "anes": 0.6, "implant": 0.8, "checklist": 0.6}[o[0]]]
    if not chosen:
        chosen = [optional[0]]
    course = [f"{fmt['Mr_Ms']} ___ was admitted to the {proc['service'].lower()} service and underwent "
              f"{proc['short'].format_map(fmt)} on {fmt['opdate']} without intraoperative complication."]
    course += [c.format_map(fmt) for c in proc["course"]]
    course.append(r.choice(("DVT prophylaxis with SCDs and pharmacologic prophylaxis as below.",
                            "Seen by PT/OT; cleared for discharge.",
                            "Case management coordinated discharge services.")))
    meds_adm = [f"{n}. {m}" for n, m in enumerate(r.sample((
        "Amlodipine 5 mg PO daily", "Atorvastatin 40 mg PO QHS", "Metformin 500 mg PO BID", "Levothyroxine 75 mcg PO "
        "daily", "Omeprazole 20 mg PO daily", "Sertraline 50 mg PO daily", "Lisinopril 10 mg PO daily",
        "Tamsulosin 0.4 mg PO QHS", "Alendronate 70 mg PO weekly"), r.randint(2, 4)), 1)]
    meds_dis = [f"{n}. {m}" for n, m in enumerate(proc["meds"], 1)]
    dispo_kind = r.randrange(3)
    dispo = (["Extended Care", "Facility:", "<<ORGANIZATION:rehab>>"] if dispo_kind == 0 else
             ["Home With Service", "Facility:", "<<ORGANIZATION:vna>>"] if dispo_kind == 1 else ["Home"])
    instr = [r.choice((
        "You were admitted for surgery. Please resume your home medications unless instructed otherwise.",
        f"You underwent {proc['short'].format_map(fmt)}. Keep the incision clean and dry; you may shower after 48 "
        "hours but do not soak in a tub.")),
        "Call your surgeon or return to the ED for fever > 101.5F, increasing redness or drainage, chest pain, "
        "shortness of breath or calf swelling."]
    if r.random() < 0.55:
        lines = [h for h in _HOTLINES if proc["service"] == "ORTHOPAEDICS" or "joint" not in h]
        instr.append(r.choice(lines))
    fu_date = "<<DATE_REAL_YEAR:event>>" if r.random() < 0.6 else _sdate(fmt["_dfu"], us)
    fu_time = f"{r.randint(8, 11)}:{r.choice(('00', '20', '40'))} AM"
    followup = [f"Department: {proc['service']}", f"When: {fu_date} at {fu_time}",
                "With: <<PERSON:surgeon/full>>, MD [___]", "Building: ___ Campus: EAST     Best Parking: ___ Garage"]
    # assemble in order
    for key, title, lines in chosen:
        doc.add(key, title, lines)
    doc.add("course", "Brief Hospital Course:", course)
    doc.add("meds_adm", "Medications on Admission:", meds_adm)
    doc.add("meds_dis", "Discharge Medications:", meds_dis)
    doc.add("dispo", "Discharge Disposition:", dispo)
    doc.add("dx", "Discharge Diagnosis:", [proc["dx"].format_map(fmt)])
    doc.add("cond", "Discharge Condition:", ["Mental Status: Clear and coherent.",
                                             "Level of Consciousness: Alert and interactive.",
                                             r.choice(("Activity Status: Ambulatory - requires assistance or aid "
                                                       "(walker or cane).", "Activity Status: Ambulatory - "
                                                       "Independent.", "Activity Status: Out of Bed with "
                                                       "assistance to chair or wheelchair."))])
    doc.add("instr", "Discharge Instructions:", instr)
    doc.add("followup", "Followup Instructions:", followup)
    # keep the skeleton well under 6 KB (carriers are added later)
    while _plain_len(doc) > 5000:
        for key in ("family", "meds_adm", "results", "checklist", "anes", "op", "implant"):
            if key in doc.keys() and len(doc.secs) > 10:
                doc.secs = [s for s in doc.secs if s[0] != key]
                break
        else:
            break
    return doc


def _fits(spec: frozenset | str | None, key: str, exam: str, kind: str, targets: list[str], used: set[int]) -> bool:
    """Whether a carrier suits this note: procedure keys; "xr" = plain film taken at home, "xr-facility" = at a
    facility (one place of examination per report); "chest" = the chest is in the field of view."""
    if spec is None:
        return True
    if isinstance(spec, frozenset):
        return key in spec
    if spec.startswith("xr"):
        if kind != "xr" or any(str(_CARRIERS[u][4]).startswith("xr") for u in used):
            return False
        return spec == "xr" or not ({"STREET_ADDRESS", "ZIP"} & set(targets))
    return _region(exam) == "CHEST"


def _plain_len(doc: _Doc) -> int:
    return len(_MARK.sub("___", doc.template()))


_RAD_FILL = {
    "HEAD": ("The basal cisterns are patent.", "The visualized paranasal sinuses and mastoid air cells are clear.",
             "The orbits are unremarkable.", "Periventricular white matter hypodensities are consistent with chronic "
             "small vessel ischemic disease.", "No acute territorial infarct.", "Gray-white matter differentiation is "
             "preserved away from the operative site.", "Calcified atherosclerosis of the cavernous carotid arteries."),
    "NECK": ("The vertebral arteries are codominant and patent.", "The thyroid gland is unremarkable.",
             "No cervical lymphadenopathy.", "The included lung apices are clear.", "Multilevel degenerative change "
             "of the cervical spine.", "The circle of Willis is not included on this study."),
    "CHEST": ("Heart size is normal. Mediastinal contours are unremarkable.", "No pleural effusion or "
              "pneumothorax.", "Mild bibasilar atelectasis.", "No focal consolidation.", "Degenerative change of "
              "the thoracic spine.", "Aortic knob calcification."),
    "ABD": ("The liver, spleen and adrenal glands are unremarkable.", "Simple renal cysts, the largest 1.8 cm.",
            "No free air.", "Small amount of pelvic free fluid, likely postoperative.", "Colonic diverticulosis "
            "without diverticulitis.", "Multilevel degenerative change of the lumbar spine.", "The bladder is "
            "decompressed around a Foley catheter."),
    "SPINE": ("No hardware fracture or lucency.", "Disc space heights otherwise preserved.", "Atherosclerotic "
              "calcification of the abdominal aorta.", "Sacroiliac joints are unremarkable."),
    "ABD_XR": ("Phleboliths in the pelvis.", "No radiopaque calculi.", "Degenerative change of the lumbar spine.",
               "No pneumatosis.", "Skin staples project over the lower abdomen.", "The lung bases are clear."),
    "FL": ("Images are limited to the operative field.", "Final images demonstrate the implants in the intended "
           "position.", "No unexpected radiopaque foreign body on the final images.", "Bony detail is limited on "
           "intraoperative images.", "Image quality is adequate for the stated purpose."),
    "LIMB": ("No radiopaque foreign body.", "Vascular calcifications.", "Bones are diffusely osteopenic.",
             "Soft tissue swelling along the operative site.", "No periprosthetic or perihardware lucency.",
             "Degenerative change of the adjacent joints."),
}
_RAD_GENERIC = (
    "Evaluation is limited by patient positioning and overlying dressings.", "No suspicious osseous lesion.",
    "Comparison was made with the most recent available study.", "Surgical skin staples project over the soft "
    "tissues.", "No unexpected radiopaque foreign body.", "Overlying monitoring leads and tubing.",
    "Remainder of the examination is unchanged.",
)
_RAD_WHY = (
    "Post-operative day {pod}; routine post-operative imaging per protocol.", "Post-operative day {pod}; increasing "
    "pain.", "Post-operative day {pod}; change in clinical exam.", "Post-operative day {pod}; new "
    "fever to 101.2F.", "Intraoperative study.", "Post-operative day {pod}; clinical team requests baseline.",
)


def _region(exam: str) -> str:
    e = exam.upper()
    for key, words in (("CHEST", ("CHEST", "SHUNT")), ("HEAD", ("HEAD",)), ("NECK", ("NECK",)),
                       ("ABD", ("ABDOMEN", "RUNOFF", "AORTOGRAPHY")), ("SPINE", ("SPINE",))):
        if any(w in e for w in words):
            return key
    return "LIMB"


def _build_radiology(r: random.Random, ctx: _Ctx, proc: dict, fmt: _Fmt, need_xr: bool,
                     mobile: bool) -> tuple[_Doc, str, str]:
    exams = [x for x in proc["rad"] if x[1] == "xr"] if need_xr else list(proc["rad"])
    exam, kind, tech, finds, imps = r.choice(exams)
    exam = exam.format_map(fmt)
    region = _region(exam)
    if kind == "fl":
        region = "FL"
    elif kind == "xr" and region == "ABD":
        region = "ABD_XR"
    doc = _Doc()
    doc.add("exam", "", [f"EXAMINATION:  {exam}"])
    if r.random() < 0.2:
        doc.add("wet", "", [f"WET READ: ___ {r.choice(('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'))} "
                            f"{fmt['time']} {imps[0].format_map(fmt)}"])
    age = _age_phrase(ctx, r, True)
    dx = proc["dx"].format_map(fmt)
    ind = (f"{age} year old {fmt['man_woman']} s/p {proc['short'].format_map(fmt)} on {fmt['opdate']} for "
           f"{dx[0].lower()}{dx[1:]}.  // "
           + r.choice(("Assess hardware position.", "Postoperative evaluation.", "Eval for complication.",
                       "Interval change?")))
    why = ("Intraoperative study." if kind == "fl" else
           "Follow-up imaging after discharge from the hospital." if mobile and kind == "xr" else
           r.choice(_RAD_WHY[:4] + _RAD_WHY[5:]).format_map(_Fmt(r, {**fmt, "pod": str(r.randint(1, 6))})))
    hist = proc["hpi"].split(". ")[0].format_map(_Fmt(r, {**fmt, "who": f"Patient is a {age} year old "
                                                                      f"{fmt['man_woman']}"}))
    doc.add("indication", "INDICATION:", [ind, f"HISTORY: {why}", f"CLINICAL INFORMATION: {hist}."])
    techs = [tech.format_map(fmt)]
    if kind == "ct":
        techs.append(f"Images acquired on a {fmt['ctm']} (software {fmt['sw']}). Multiplanar reformats were "
                     "reviewed.")
        if "CTA" in exam:
            techs.append(f"{r.randrange(60, 110, 5)} mL of Omnipaque 350 was administered intravenously without "
                         "complication.")
        doc.add("technique", "TECHNIQUE:", techs)
        doc.add("dose", "DOSE:", [
            "Acquisition sequence:",
            f"   1) Spiral Acquisition {r.uniform(2.0, 9.0):.1f} s, {r.uniform(18.0, 62.0):.1f} cm; CTDIvol = "
            f"{fmt['ctdi']} mGy (Body) DLP = {fmt['dlp']} mGy-cm.",
            f" Total DLP (Body) = {fmt['dlp'].split('.')[0]} mGy-cm."])
    elif kind == "fl":
        techs.append(f"Fluoroscopic images were obtained by the surgical team in OR {fmt['or']} using a "
                     f"{fmt['carm']} mobile C-arm. A radiologist was not present.")
        doc.add("technique", "TECHNIQUE:", techs)
    else:
        if not mobile:
            techs.append(r.choice(("Portable technique.", f"Obtained in PACU bay {fmt['bay']}.",
                                   f"Obtained in room {fmt['room']}, bed {r.choice('AB')}.")))
        doc.add("technique", "TECHNIQUE:", techs)
    comp = r.choice((f"Preoperative study of {_sdate(fmt['_dprev'], fmt['us'] == '1')}.", "None.",
                     "<<DATE_REAL_YEAR:event>>.", "___."))
    doc.add("comparison", "COMPARISON:", [comp])
    fl = [f.format_map(fmt) for f in finds]
    if kind == "fl":
        if proc["key"] == "evar":
            fl.append(f"Total fluoroscopy time: {fmt['fmin']} minutes.  Reference air kerma: {fmt['akv']} mGy.")
        else:
            fl.append(f"Total fluoroscopy time: {fmt['fs']} seconds.  Reference air kerma: {fmt['ak']} mGy.  Dose "
                      f"area product: {fmt['dap']} Gy-cm2.")
        fl.append("These images were not interpreted in real time; they are archived for documentation of "
                  "intraoperative guidance.")
    pool = list(_RAD_FILL[region])
    r.shuffle(pool)
    n_fill = r.randint(2, 4)
    fl.append(" ".join(pool[:n_fill]))
    pool = pool[n_fill:] + [x for x in _RAD_GENERIC if r.random() < 0.7]
    if r.random() < 0.3:
        fl.append(f"Incidental: blood pressure at the time of the exam {fmt['bp']}; patient on "
                  f"{r.choice(('2 L nasal cannula', 'room air', 'face tent'))}.")
    doc.add("findings", "FINDINGS:", fl)
    while pool and _plain_len(doc) < 1080:
        fl = doc.secs[-1][2]
        fl[-1] = f"{fl[-1]} {pool.pop(0)}"
    doc.add("impression", "IMPRESSION:", [f.format_map(fmt) for f in imps])
    if r.random() < 0.3:
        doc.add("rec", "RECOMMENDATION(S):", [r.choice((
            "Routine post-operative radiographs at 6 weeks.", "Follow-up per the surgical team.",
            "Consider repeat imaging if clinical concern persists."))])
    if r.random() < 0.35:
        doc.add("notification", "NOTIFICATION:", [
            f"The findings were discussed with Dr. <<PERSON:ref/last>> by Dr. <<PERSON:rad/last>> on the telephone on "
            f"<<DATE_REAL_YEAR:event>> at {fmt['time']}, {r.randint(3, 25)} minutes after discovery of the findings."])
    return doc, exam, kind


_EPONYM_MASK = ("Foley", "Glasgow", "Hunt and Hess", "Parkinson", "Lewy body", "Whipple", "Mallampati", "Kocher",
                "Trendelenburg", "Mayfield", "Pfannenstiel", "Hemovac", "Cormack-Lehane", "Aldrete", "Rives-Stoppa")


_HEAVY = (
    (r"\b(\d{1,2}) year old\b", "___ year old"), (r"\b21\d\d-\d\d-\d\d\b", "___"),
    (r"\b\d\d/\d\d/21\d\d\b", "___"), (r"\b\d{1,2}:\d\d( AM)?\b", "___"), (r"\bOR \d+\b", "OR ___"),
    (r"\b(bay|room) \d+\b", r"\1 ___"),
    (r"\b(Stryker|Medtronic|Zimmer Biomet|DePuy Synthes|Gore|Integra Codman|Integra|Aesculap|Abbott|Heraeus|"
     r"LeMaitre|Teleflex|Allergan|Solventum|Boston Scientific|Brainlab|Siemens|Canon|Philips|Ziehm|GE)\b", "___"),
)


def _overmask(text: str, r: random.Random, n: int) -> str:
    present = [e for e in _EPONYM_MASK if e in text]
    for e in r.sample(present, min(n, len(present))):
        text = text.replace(e, "___")
    return text


def holdout20_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 20 for ``seed`` (deterministic, independent of the other notes)."""
    kind, targets = _block_plan(seed, i // _BLOCK)[i % _BLOCK]
    r = random.Random(f"holdout20/note/{seed}/{i}")
    if kind == "C":
        ntype = "D" if r.random() < 0.5 else "R"
    else:
        ntype = kind[-1]
    heavy = kind.startswith("H")
    sex = r.choice("MF")
    need_xr = ntype == "R" and bool({"STREET_ADDRESS", "ZIP"} & set(targets))
    cand = [p for p in _PROCS if ntype == "D" or not need_xr or any(x[1] == "xr" for x in p["rad"])]
    proc = r.choice(cand)
    age_over = 0
    if "AGE_OVER_89" in targets or (not targets and r.random() < proc["old"] * 0.5):
        age_over = r.randint(90, 101)
    ctx = _Ctx(r, sex, age_over)
    ctx.plain_age = r.randint(*proc["age"])
    side = r.choice(("left", "right"))
    op = date(r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28))
    us = r.random() < 0.3
    state = ctx.town[1]
    fixed = {"side": side, "Side": side.capitalize(), "SIDE": side.upper(), "us": "1" if us else "0",
             "opdate": _sdate(op, us), "rel": r.choice(_RELS), "job": r.choice(_JOBS), "lang": r.choice(_LANGS),
             "insurer": r.choice(_INSURERS), "state": state, "his_her2": r.choice(("his", "her")),
             "prior_surg": r.choice(("Right inguinal hernia repair", "Cataract extraction", "Carpal tunnel release",
                                     "Tonsillectomy", "Hysterectomy" if sex == "F" else "Vasectomy")),
             "dev": r.choice(("cardiac pacemaker", "spinal cord stimulator", "vagus nerve stimulator",
                              "cochlear implant", "implantable cardioverter-defibrillator")),
             **_pron(sex)}
    for key, choices in proc["nums"].items():
        fixed[key] = str(r.choice(choices))
    fmt = _Fmt(r, fixed)
    fmt["ebl"] = str(r.randrange(proc["ebl"][0], proc["ebl"][1] + 1, 10))
    fmt["_d1"] = op + timedelta(days=1)
    fmt["_dfu"] = op + timedelta(days=r.choice((10, 14, 21, 42)))
    fmt["_dprev"] = op - timedelta(days=r.randint(1, 120))
    fmt["_t0"] = datetime(2000, 1, 1, r.randint(7, 13), r.choice((0, 10, 20, 30, 40, 50)))
    fmt["_dur"] = r.randint(35, 260)
    if ntype == "D":
        doc = _build_discharge(r, ctx, proc, fmt, heavy)
        fallback, exam, kind_r = "course", "", ""
    else:
        mobile = bool({"STREET_ADDRESS", "ZIP", "ORGANIZATION"} & set(targets))
        doc, exam, kind_r = _build_radiology(r, ctx, proc, fmt, need_xr, mobile)
        fallback = "findings"
    # ---- plant the identifiers of this note
    remaining = list(targets)
    used_carriers: set[int] = set()
    guard = 0
    while remaining and guard < 20:
        guard += 1
        cat = remaining.pop(0)
        existing = doc.markers(cat)
        if existing and r.random() < 0.5:
            si, li, m = r.choice(existing)
            doc.flag(si, li, m)
            continue
        options = [j for j, (c, types, sec, _, procs) in enumerate(_CARRIERS)
                   if c == cat and ntype in types and j not in used_carriers
                   and _fits(procs, proc["key"], exam, kind_r, targets, used_carriers)]
        if not options:
            if existing:
                si, li, m = r.choice(existing)
                doc.flag(si, li, m)
            continue
        j = r.choice(options)
        used_carriers.add(j)
        _, _, sec, tmpl, _ = _CARRIERS[j]
        line = tmpl.format_map(fmt)
        # optional markers leak only if this note must plant that category too
        parts = []
        pos = 0
        for m in _MARK.finditer(line):
            flag = m.group(3)
            if flag == "?":
                if m.group(1) in remaining:
                    remaining.remove(m.group(1))
                    flag = "!"
                else:
                    flag = ""
            var = f":{m.group(2)}" if m.group(2) else ""
            parts.append(f"{line[pos:m.start()]}<<{m.group(1)}{var}{flag}>>")
            pos = m.end()
        parts.append(line[pos:])
        doc.insert(sec, "".join(parts), r, fallback)
    # the same carrier sentences also occur with every identifier masked (successful de-identification)
    n_masked = r.randint(4, 6) if heavy else r.randint(0, 3) if not targets else r.randint(0, 1)
    for _ in range(n_masked):
        options = [j for j, (_, types, _, _, spec) in enumerate(_CARRIERS)
                   if ntype in types and j not in used_carriers
                   and _fits(spec, proc["key"], exam, kind_r, targets, used_carriers)]
        if not options:
            break
        j = r.choice(options)
        used_carriers.add(j)
        line = _MARK.sub(lambda m: f"<<{m.group(1)}>>", _CARRIERS[j][3].format_map(fmt))
        doc.insert(_CARRIERS[j][2], line, r, fallback)
    template = doc.template()
    if not heavy and r.random() < 0.15:
        template = _overmask(template, r, 1)
    text, spans = _render(template, r, ctx)
    if heavy:
        text = _overmask(text, r, len(_EPONYM_MASK))
        for pat, rep in _HEAVY:
            text = re.sub(pat, rep, text)
        spans = []
    return LabelledNote("discharge" if ntype == "D" else "radiology", text, sorted(spans))


def holdout20_corpus(seed: int, n: int) -> list[LabelledNote]:
    """The first ``n`` notes of corpus 20 for ``seed``."""
    return [holdout20_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout20_corpus, argv,
        "Held-out corpus 20 (blind): surgical and perioperative notes - operative reports, anaesthesia records, "
        "implant logs, safety checklists, post-operative imaging and intra-operative fluoroscopy")
    report("holdout20", args, notes, hits, res)


if __name__ == "__main__":
    main()


__all__ = ["holdout20_corpus", "holdout20_note", "main"]
