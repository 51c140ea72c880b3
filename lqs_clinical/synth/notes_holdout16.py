"""Held-out corpus 16 (written blind): emergency, trauma, obstetric and paediatric notes.

What it imitates: MIMIC-IV-Note discharge summaries and radiology reports from an emergency
department and the services it feeds. EMS run sheets and ED triage pasted into trauma admissions
after motor-vehicle, motorcycle, bicycle and pedestrian crashes (scene intersections, highway mile
markers, neighbourhoods, plates and VINs, police officers); falls in the very old; obstetric delivery
and postpartum summaries (midwives, doulas, birth centres, trauma in pregnancy); NICU and newborn
summaries ('Baby Girl'/'Baby Boy' + surname, parents, guardians, DCF and foster care, daycares and
schools); paediatric admissions for ingestions (poison-control calls), non-accidental trauma, shunt
failure, febrile infants and child passengers; trauma CT pan-scans, skeletal surveys, paediatric films,
obstetric ultrasound and head CT/MRI in the elderly with the clinical history dictated in.

Identifiers are normally masked as ``___`` and dates inside the notes are shifted into 2100-2200
(those are not identifiers). In about 57% of notes de-identification "failed" for one to four
identifiers (an address counts once even when street, town and ZIP survive together; a person may
survive at more than one mention). Each surviving value is labelled with the span of the identifying
value only: cue words ("Dr.", "Officer", "MRN", "pager", "plate", "Baby Girl") and states stay
outside. About 5% of notes are heavily masked (even over-masking eponyms) and carry no plants.
Non-identifying look-alikes are everywhere and never labelled: public hotlines, public organisation
web sites, eponyms and eponymous rules named after cities, drug and device brands, scanner models and
software versions, lot numbers, catalogue and model numbers, CPT/ICD/NDC codes, protocol names, EMS
unit numbers, room/bay/bed numbers, ratios and scores, ages under 90, numbers of 90 and more that are
not ages, shifted dates, bare years, gestational ages, and insurers' names and group numbers.

Written blind: the author read only ``synth/holdout_measure.py``, the first lines of ``synth/notes.py``
(``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues
references, the fully masked note-shaped samples and ``pyproject.toml``; nothing of the detector, its
rules, its tests, its documentation or the other held-out corpora. Names, places, facilities and
numbers are invented surrogates (town names are real places, used only as surrogates).

Every note is a pure function of ``(seed, i)`` (``random.Random`` seeded with strings, no ``hash()``).
"""

from __future__ import annotations

import random
import re

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

_NAME = "holdout16"
_BIG4 = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; towns are real places used as surrogates)
# --------------------------------------------------------------------------------------------------

_FEMALE = (
    "Adaeze", "Marisol", "Thuy", "Oksana", "Priyanka", "Fatima", "Siobhan", "Ingrid", "Yesenia", "Keisha",
    "Mei-Ling", "Rosalind", "Anahit", "Zainab", "Leilani", "Bronwyn", "Dagny", "Esperanza", "Hanane",
    "Chiamaka", "Ludmila", "Noor", "Tamsin", "Ximena", "Yuki", "Ayasha", "Solveig", "Teodora", "Wanjiru",
    "Malia", "Nadege", "Saoirse", "Guadalupe", "Ifeoma", "Kateryna", "Lakshmi", "Rukhsana", "Shanice",
    "Violeta", "Hope", "Marguerite", "Odalys",
)
_MALE = (
    "Tobenna", "Dmitri", "Kwabena", "Rafael", "Thiago", "Bartholomew", "Hamza", "Oluwaseun", "Bao", "Eamon",
    "Lachlan", "Jaroslav", "Anders", "Ignacio", "Kenji", "Tariq", "Desmond", "Wendell", "Cormac", "Hyun-woo",
    "Emeka", "Anselm", "Florin", "Gideon", "Matthias", "Rustam", "Vikram", "Yusuf", "Delroy", "Ezekiel",
    "Fabrice", "Joaquin", "Marek", "Nnamdi", "Osvaldo", "Pradeep", "Rohan", "Stellan", "Teodoro", "Wilfred",
)
_SURNAMES = (
    "Okafor", "Villalobos", "Brzezinski", "Achterberg", "Thistlewood", "Castellanos", "Haddad", "Kowalczyk",
    "Ferreira", "Lindqvist", "Oyelaran", "Nakashima", "Petrosyan", "Abernathy", "Quintanilla", "Szymanski",
    "Mwangi", "O'Donoghue", "Vo", "Takahashi", "Eriksen", "Baptiste", "Halvorsen", "Chukwu", "Iglesias",
    "Marchetti", "Novak", "Papadakis", "Rahimi", "Sandoval", "Tremblay", "Underhill", "Wojcik", "Yilmaz",
    "Zielinski", "Dlamini", "Kaur", "Bhattacharya", "Gallagher", "Hoang", "Jaramillo", "Kirkpatrick",
    "Lemaire", "Mahmoud", "Nordstrom", "Obuya", "Pellegrino", "Rosenthal", "Saetang", "Tshabalala", "Umeh",
    "Varga", "Whitcombe", "Xiong", "Yazzie", "Zamora", "Bishop", "Mercer", "Delgado-Ruiz", "St. Fleur",
    "Ngata", "Fonseca", "Kealoha", "MacLennan",
)
_TOWNS = (
    ("Leominster", "MA", "014"), ("Fitchburg", "MA", "014"), ("Chicopee", "MA", "010"), ("Holyoke", "MA", "010"),
    ("Taunton", "MA", "027"), ("Brockton", "MA", "023"), ("Methuen", "MA", "018"), ("Lowell", "MA", "018"),
    ("Attleboro", "MA", "027"), ("Gardner", "MA", "014"), ("Southbridge", "MA", "015"), ("Framingham", "MA", "017"),
    ("Revere", "MA", "021"), ("Haverhill", "MA", "018"), ("Westfield", "MA", "010"), ("Marlborough", "MA", "017"),
    ("Falmouth", "MA", "025"), ("Pittsfield", "MA", "012"), ("Amesbury", "MA", "019"), ("Athol", "MA", "013"),
    ("Woonsocket", "RI", "028"), ("Pawtucket", "RI", "028"), ("Cranston", "RI", "029"), ("Westerly", "RI", "028"),
    ("Nashua", "NH", "030"), ("Keene", "NH", "034"), ("Laconia", "NH", "032"), ("Biddeford", "ME", "040"),
    ("Lewiston", "ME", "042"), ("Brattleboro", "VT", "053"), ("Rutland", "VT", "057"), ("Willimantic", "CT", "062"),
    ("Norwich", "CT", "063"), ("Torrington", "CT", "067"), ("Yakima", "WA", "989"), ("Kalamazoo", "MI", "490"),
    ("Opelousas", "LA", "705"), ("Las Cruces", "NM", "880"), ("Muncie", "IN", "473"), ("Bemidji", "MN", "566"),
    ("Hattiesburg", "MS", "394"), ("Paducah", "KY", "420"),
)
_NEIGHBOURHOODS = (
    ("Dorchester", "MA", "021"), ("Mattapan", "MA", "021"), ("Hyde Park", "MA", "021"), ("East Boston", "MA", "021"),
    ("Roslindale", "MA", "021"), ("Indian Orchard", "MA", "011"), ("Main South", "MA", "016"),
    ("Quinsigamond Village", "MA", "016"), ("Olneyville", "RI", "029"), ("Fox Point", "RI", "029"),
)
_COUNTIES = (
    "Hampden County", "Bristol County", "Worcester County", "Essex County", "Plymouth County",
    "Hillsborough County", "York County", "Windham County", "Providence County",
)
_FOREIGN = (
    "Port-au-Prince", "Cap-Haitien", "Gonaives", "Praia", "Santo Domingo", "San Pedro Sula", "Tegucigalpa",
    "Quetzaltenango", "Enugu", "Kumasi", "Herat", "Mosul", "Aleppo", "Lviv", "Kharkiv", "Da Nang", "Sylhet",
    "Chittagong", "Mombasa", "Cuenca", "Ponce", "Mayaguez",
)
_STREETS = (
    "Old Post", "Whitcomb", "Larkspur", "Quarry Hill", "Tannery Brook", "Wachusett", "Blackstone", "Lafayette",
    "Birchwood", "Sumner", "Orchard Hill", "Kimball", "Nonantum", "Gristmill", "Pleasant", "Mill Pond",
    "Cedar Crest", "Bellingham", "Chauncy", "Dewey", "Fenwick", "Greylock", "Hathaway", "Ingleside", "Juniper",
    "Kettle Pond", "Lovell", "Mayhew", "Nashoba", "Oak Knoll", "Partridge", "Ridgeview", "Saltonstall",
    "Thornton", "Upland", "Vernon", "Winslow", "Yarrow", "Zephyr", "Cobble Hill",
)
_SUFFIX = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Blvd",
           "Terr", "Pl", "Cir", "Pkwy")
_HIGHWAYS = ("I-290", "I-495", "I-190", "I-91", "I-95", "I-195", "Route 2", "Route 146", "Route 24", "Route 3",
             "Route 9", "Route 128", "Route 1A", "Rte 20")
_DIRS = ("NB", "SB", "EB", "WB", "northbound", "southbound", "eastbound", "westbound")

_HOSPITALS = (
    "Hollisfield Regional Medical Center", "St. Ansgar Community Hospital", "Coldwater Ridge Medical Center",
    "Our Lady of the Pines Hospital", "Halloran-Greer Memorial Hospital", "Brackenridge Valley Hospital",
    "Vinehall General Hospital", "Saint Odile Medical Center", "Pemberly Falls Community Hospital",
    "Larchwood Point Hospital",
)
_PEDS_PRACTICES = (
    "Fernhollow Pediatrics", "Brightwater Children's Clinic", "Larkmoor Family Health Center",
    "Tidewell Pediatric Associates", "Kestrel Lane Family Medicine", "Little Harbor Pediatrics",
    "Mossbank Community Health Center",
)
_BIRTH_CENTERS = ("Quarrystone Birth Center", "Willowmere Birthing Center", "Seven Sisters Midwifery",
                  "Bluestem Birth House")
_DOULA_GROUPS = ("Tender Roots Doula Collective", "Motherwell Doulas", "Hearthstone Birth Companions")
_DAYCARES = ("Sunny Acorn Daycare", "Little Wrens Learning Center", "Tiny Tracks Child Care",
             "Bumblebee Junction Preschool", "Kiddie Kove Early Learning", "Rainbow Lantern Family Daycare")
_SCHOOLS = ("Oakhaven Middle School", "St. Casimir Parish School", "Pinebrook Montessori School",
            "Whitford Elementary School", "Calloway Regional High School", "Eastfield Charter Academy")
_EMPLOYERS = ("Delvecchio Paving", "Kessler Brothers Roofing", "Nordic Fresh Seafood", "Granite Post Logistics",
              "Brannigan Towing", "Rivermill Foods", "Pinewood Dental Group", "Castellane Landscaping",
              "Blue Heron Diner", "Hartwell Precision Machining")
_CHURCHES = ("Iglesia Fuente de Vida", "Grace Harbor Baptist Church", "St. Thecla Parish",
             "Eglise Evangelique Bethanie", "Masjid Al-Noor Community Center")
_REHABS = ("Ashgrove Rehabilitation & Nursing", "Cedar Lantern Skilled Nursing", "Maplecrest Rehab Center",
           "Saltmeadow Assisted Living", "Juniper Hill Senior Living")
_PHARMACIES = ("Kaplan's Community Pharmacy", "Ridgeway Apothecary")
_AGENCIES = ("Harborlight Family Services", "Northstar Foster Care Network", "Evergreen Visiting Nurses",
             "Lantern House Family Shelter")

_AREA = ("413", "508", "617", "781", "978", "401", "603", "207", "802", "860", "203", "774", "339", "351", "857")
_LANGS = ("Haitian Creole", "Spanish", "Portuguese", "Cape Verdean Creole", "Vietnamese", "Arabic", "Dari",
          "Ukrainian", "Khmer", "Swahili", "Nepali")

# look-alikes that must never be labelled (also used by the tests)
LOOKALIKE_HOTLINES = ("1-800-222-1222", "1-800-799-7233", "1-800-944-4773", "988", "911")
LOOKALIKE_SITES = ("www.poison.org", "www.safekids.org", "www.healthychildren.org", "www.cdc.gov/vaccines",
                   "www.nhtsa.gov/car-seats", "www.aap.org", "postpartum.net", "www.safetosleep.nichd.nih.gov")
EPONYMS = ("Glasgow", "Foley", "Parkinson", "Lewy", "Whipple", "Hunt and Hess", "Apgar", "Ballard",
           "McRoberts", "Kleihauer-Betke", "Salter-Harris", "Broselow", "Battle", "Morison", "Chance", "Jefferson",
           "Bishop", "Pfannenstiel", "Hadlock", "Bhutani", "Fenton", "Papile", "Denver", "Rochester",
           "Philadelphia", "Boston", "Parkland", "Lund-Browder", "Ottawa", "Kocher", "Graf", "Ortolani", "Barlow",
           "Moro", "Babinski", "Young-Burgess", "Anderson-D'Alonzo", "Le Fort", "Colles", "Smith", "Jones",
           "Monteggia", "Mallampati", "Lisfranc")

_NUMWORDS = ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
             "ninety-seven", "ninety-eight", "ninety-nine")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


# --------------------------------------------------------------------------------------------------
# Identifier occurrences, carrier slots, rendering
# --------------------------------------------------------------------------------------------------

class _Id:
    """One occurrence of an identifier: ``___`` in the note unless de-identification failed on it."""

    __slots__ = ("cat", "value", "key", "group", "leaked", "box")

    def __init__(self, cat: str, value: str, key: str = "", group: str = "") -> None:
        assert cat in CATEGORIES, cat
        self.cat, self.value, self.key, self.group = cat, value, key, group
        self.leaked = False
        self.box = 0  # carrier number (0: part of the note's own text)


class _Slot:
    """A place where extra sentences ('carriers') may be added; prefix printed only if any are."""

    __slots__ = ("prefix", "items", "style", "where")

    def __init__(self, style: str, prefix: str = "", where: str = "") -> None:
        self.style, self.prefix, self.where, self.items = style, prefix, where, []


def _I(cat: str, value: str, key: str = "", group: str = "") -> _Id:
    return _Id(cat, value, key, group)


def _walk(pieces):
    for pc in pieces:
        if isinstance(pc, list | tuple):
            yield from _walk(pc)
        elif isinstance(pc, _Slot):
            if pc.items:
                yield pc.prefix
                for item in pc.items:
                    yield from _walk(item)
        else:
            yield pc


def _render(pieces) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for pc in _walk(pieces):
        if isinstance(pc, _Id):
            if pc.leaked:
                spans.append((pos, pos + len(pc.value), pc.cat))
                s = pc.value
            else:
                s = "___"
        else:
            s = pc
        out.append(s)
        pos += len(s)
    return "".join(out), spans


class _P:
    """Per-note profile: the patient and the people and places around them."""

    def __init__(self, r: random.Random, note_type: str, targets: list[str]) -> None:
        self.r = r
        self.note_type = note_type
        self.targets = targets
        self.old = "AGE_OVER_89" in targets
        self.kind = ""
        self.ctx = "t"  # t: adult trauma, e: elderly, o: obstetric, c: child, n: newborn or infant
        self.age = 40
        self.dob = ""
        self._g = 0

    def group(self) -> str:
        self._g += 1
        return f"g{self._g}"


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _first(r: random.Random, sex: str | None = None) -> str:
    sex = sex or r.choice("FM")
    return r.choice(_FEMALE if sex == "F" else _MALE)


def _full(r: random.Random, sex: str | None = None) -> str:
    f, last = _first(r, sex), r.choice(_SURNAMES)
    return r.choice((f"{f} {last}", f"{f} {last}", f"{f} {last}", f"{f[0]}. {last}",
                     f"{f} {r.choice('ABCDEJKMRST')}. {last}"))


def _dr(r: random.Random) -> str:
    """A clinician's name as written after 'Dr.'."""
    f, last = _first(r), r.choice(_SURNAMES)
    return r.choice((last, last, f"{f} {last}", f"{f[0]}. {last}"))


def _nanp(r: random.Random) -> tuple[str, str, str]:
    exch = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    if exch in ("555", "911", "411") or exch[1:] == "11":
        exch = f"{r.randint(2, 9)}4{r.randint(0, 9)}"
    return r.choice(_AREA), exch, _digits(r, 4)


def _phone(r: random.Random) -> str:
    a, e, s = _nanp(r)
    return r.choice((f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"{a} {e} {s}",
                     f"+1 {a}-{e}-{s}", f"1-{a}-{e}-{s}", f"{a}{e}{s}", f"({a}){e}-{s}"))


def _foreign_phone(r: random.Random) -> str:
    return r.choice((f"+509 {_digits(r, 4)}-{_digits(r, 4)}",
                     f"+234 80{r.randint(2, 9)} {_digits(r, 3)} {_digits(r, 4)}",
                     f"+238 9{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                     f"+380 67 {_digits(r, 3)} {_digits(r, 4)}",
                     f"+504 9{_digits(r, 3)}-{_digits(r, 4)}",
                     f"+1 809 {r.randint(2, 9)}{_digits(r, 2)} {_digits(r, 4)}"))


def _pager(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(3, 8)}-{_digits(r, 4)}"
    if k == 1:
        return f"{r.randint(2, 9)}{_digits(r, 4)}"
    if k == 2:
        a, e, s = _nanp(r)
        return f"({a}) {e}-{s}"
    if k == 3:
        return f"{r.randint(2, 9)}{_digits(r, 3)}"
    return f"{r.randint(1, 9)}{_digits(r, 5)}"


def _slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _email(r: random.Random, first: str | None = None, last: str | None = None) -> str:
    f = _slug(first or _first(r))
    la = _slug(last or r.choice(_SURNAMES))
    user = r.choice((f"{f}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}{r.randint(70, 99)}",
                     f"{f}_{la[:5]}", f"mama.{f}{r.randint(1, 30)}", f"{f}.{la[0]}{r.randint(1980, 2006)}",
                     f"{la}{f[0]}{_digits(r, 2)}"))
    dom = r.choice(("gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                    "comcast.net", "aol.com", "proton.me", "verizon.net"))
    return f"{user}@{dom}"


def _token(r: random.Random, n: int) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(r.choice(alphabet) for _ in range(n))


def _url(r: random.Random, first: str | None = None, last: str | None = None) -> str:
    f = _slug(first or _first(r))
    la = _slug(last or r.choice(_SURNAMES))
    return r.choice((
        f"https://www.gofundme.com/f/help-{f}-{la}-recover", f"gofundme.com/f/{la}-family-{r.randint(10, 99)}",
        f"https://www.caringbridge.org/site/{f}{la}", f"https://www.facebook.com/{f}.{la}.{r.randint(1, 999)}",
        f"instagram.com/{f}_{la}_{r.randint(1, 99)}", f"https://www.tiktok.com/@{f}{la}{r.randint(1, 99)}",
        f"https://youtu.be/{_token(r, 11)}", f"https://photos.app.goo.gl/{_token(r, 17)}",
        f"https://www.babylist.com/baby-{f}-{la}", f"{la}{f}.blogspot.com",
    ))


def _ip(r: random.Random) -> str:
    if r.random() < 0.12:
        hextets = (r.randrange(0x100, 0xfff), r.randrange(0x1000, 0xffff), r.randrange(0x10, 0xfff))
        return "2601:" + ":".join(f"{h:x}" for h in hextets) + f"::{r.randrange(1, 0xff):x}"
    first = r.choice((24, 50, 66, 67, 71, 73, 75, 76, 96, 98, 99, 108, 173, 174, 184, 209))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}",
                     f"{area:03d}{g:02d}{s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_digits(r, 7), f"00{_digits(r, 6)}", f"{r.randint(1, 9)}{_digits(r, 7)}",
                     f"{r.randint(1, 9)}-{_digits(r, 3)}-{_digits(r, 3)}", f"H{_digits(r, 7)}"))


def _account(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 9)}{_digits(r, 10)}", f"{r.randint(1, 9)}{_digits(r, 9)}",
                     f"V{_digits(r, 8)}", f"{_digits(r, 2)}-{_digits(r, 7)}", f"E{_digits(r, 9)}"))


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"

    def an() -> str:
        return r.choice(letters + "0123456789")
    s = f"{r.randint(1, 9)}{r.choice(letters)}{an()}{r.randint(0, 9)}{r.choice(letters)}{an()}{r.randint(0, 9)}"
    s += f"{r.choice(letters)}{r.choice(letters)}{r.randint(0, 9)}{r.randint(0, 9)}"
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def _health_plan(r: random.Random, ctx: str = "t") -> tuple[str, str]:
    """(cue text before the id, the member id); Medicare only for adults."""
    k = r.randrange(6)
    if k == 1 and ctx not in ("t", "e"):
        k = 0
    if k == 0:
        return "MassHealth, member ID ", f"1{_digits(r, 11)}"
    if k == 1:
        return "Medicare MBI ", _mbi(r)
    if k == 2:
        pre = "".join(r.choice("XYZKWJ") for _ in range(3))
        return r.choice(("Blue Cross Blue Shield, subscriber ID ", "BCBS member # ")), f"{pre}{_digits(r, 9)}"
    if k == 3:
        return r.choice(("Tufts Health Plan ID ", "Harvard Pilgrim member ID ")), f"{r.choice('ABCHT')}{_digits(r, 8)}"
    if k == 4:
        return r.choice(("Medicaid # ", "Medicaid ID ")), f"{_digits(r, 8)}{r.choice('ABCDE')}"
    return r.choice(("Aetna member ID ", "policy # ")), f"W{_digits(r, 9)}"


def _group_no(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 7)}", f"{r.randint(1, 9)}{_digits(r, 5)}-{_digits(r, 3)}", f"G{_digits(r, 6)}"))


def _dl(r: random.Random, state: str) -> str:
    if state == "MA":
        return f"S{_digits(r, 8)}"
    if state == "NH":
        return f"{_digits(r, 2)}{''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(3))}{_digits(r, 5)}"
    if state == "CT":
        return _digits(r, 9)
    return _digits(r, 7)


def _dea(r: random.Random, last: str) -> str:
    return f"{r.choice('ABFM')}{last[0].upper()}{_digits(r, 7)}"


def _npi(r: random.Random) -> str:
    return f"{r.choice('12')}{_digits(r, 9)}"


def _vin(r: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = r.choice(("1HG", "2T1", "3FA", "5YJ", "JM1", "KM8", "WBA", "1FT", "4T1", "1C4", "5NP", "JTD"))
    return wmi + "".join(r.choice(alphabet) for _ in range(5)) + str(r.randint(0, 9)) + \
        "".join(r.choice(alphabet) for _ in range(2)) + _digits(r, 6)


def _plate(r: random.Random) -> str:
    lt = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice((f"{r.randint(1, 9)}{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}{_digits(r, 2)}",
                     f"{r.randint(1, 9)}{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}{_digits(r, 3)}",
                     f"{_digits(r, 3)} {r.choice(lt)}{r.choice(lt)}{r.choice(lt)}",
                     f"{r.choice(lt)}{r.choice(lt)}-{_digits(r, 4)}", f"{r.randint(1, 9)}{_digits(r, 5)}"))


_CARS = ("2014 Honda Civic", "2019 Toyota RAV4", "2011 Ford F-150", "2017 Nissan Altima", "2021 Subaru Outback",
         "2008 Chevy Silverado", "2016 Hyundai Elantra", "2020 Kia Sorento", "2012 Dodge Grand Caravan",
         "2018 Jeep Cherokee")

_BIKES = ("2016 Harley-Davidson Sportster", "2019 Kawasaki Ninja 650", "2008 Honda Shadow", "2021 Yamaha MT-07")

_DEVICES = (
    ("dual-chamber pacemaker (Medtronic Azure XT DR MRI SureScan, model W1DR01)", "pm"),
    ("ICD (Boston Scientific Dynagen, model D150)", "pm"),
    ("programmable VP shunt (Medtronic Strata II valve)", "shunt"),
    ("programmable VP shunt (Codman Certas Plus, REF 82-8800)", "shunt"),
    ("insulin pump (Tandem t:slim X2)", "pump"),
    ("cochlear implant (Cochlear Nucleus CI612)", "ci"),
    ("vagus nerve stimulator (LivaNova SenTiva, model 1000)", "vns"),
    ("intrathecal baclofen pump (Medtronic SynchroMed II)", "pump"),
)


def _serial(r: random.Random, kind: str) -> str:
    lt = "ABCDEFGHJKLMNPRSTVWXYZ"
    if kind == "pm":
        return r.choice((f"{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}{_digits(r, 6)}{r.choice('HGS')}",
                         f"{r.randint(1, 9)}{_digits(r, 5)}"))
    if kind == "shunt":
        return r.choice((f"{r.choice(lt)}{r.choice(lt)}{_digits(r, 5)}",
                         f"{_digits(r, 2)}{r.choice(lt)}{_digits(r, 5)}"))
    if kind == "pump":
        return r.choice((f"{_digits(r, 8)}", f"{r.choice(lt)}{r.choice(lt)}{_digits(r, 7)}{r.choice(lt)}"))
    return r.choice((f"{_digits(r, 7)}", f"{r.choice(lt)}{_digits(r, 6)}", f"SN{_digits(r, 6)}"))


def _lot(r: random.Random) -> str:
    lt = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice((f"{r.choice(lt)}{r.choice(lt)}{_digits(r, 4)}", f"{_digits(r, 7)}",
                     f"{r.choice(lt)}{_digits(r, 5)}{r.choice(lt)}"))


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 2999)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    k = r.random()
    if k < 0.12:
        s += f", Apt {r.randint(1, 6)}{r.choice('ABCD')}"
    elif k < 0.2:
        s += f" #{r.randint(1, 40)}"
    elif k < 0.27:
        s += f", Unit {r.randint(1, 12)}"
    elif k < 0.31:
        number, rest = s.split(" ", 1)
        s = f"{number} {r.choice(('W.', 'E.', 'N.', 'S.'))} {rest}"
    return s


def _place(r: random.Random) -> tuple[str, str, str]:
    return r.choice(_TOWNS) if r.random() < 0.82 else r.choice(_NEIGHBOURHOODS)


def _zip(r: random.Random, z3: str) -> str:
    z = f"{z3}{_digits(r, 2)}"
    return f"{z}-{_digits(r, 4)}" if r.random() < 0.18 else z


def _intersection(r: random.Random) -> str:
    a, b = r.sample(_STREETS, 2)
    return f"{a} {r.choice(('St', 'Ave', 'Rd'))} and {b} {r.choice(('St', 'Street', 'Rd', 'Ave'))}"


def _highway(r: random.Random) -> str:
    h, d, mm = r.choice(_HIGHWAYS), r.choice(_DIRS), r.randint(2, 140)
    return r.choice((f"{h} {d} at mile marker {mm}", f"{h} {d} near mile marker {mm}", f"{h} {d}, MM {mm}",
                     f"mile marker {mm} on {h} {d}"))


def _rdate(r: random.Random, y0: int, y1: int) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(10)
    if k <= 2:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 3:
        return f"{m}/{d}/{y}"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 5:
        return f"{d:02d}-{_MONTHS[m - 1][:3]}-{y}"
    if k == 6:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if k == 7:
        return f"{_MONTHS[m - 1][:3]} {d}, {y}"
    if k == 8:
        return f"{d} {_MONTHS[m - 1]} {y}"
    return f"{m:02d}-{d:02d}-{y}"


def _sdate(r: random.Random) -> str:
    """A shifted (21xx) date: not an identifier."""
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}",
                     f"{d:02d}-{_MONTHS[m - 1][:3]}-{y}", f"{_MONTHS[m - 1]} {d}, {y}"))


def _dprefix(r: random.Random) -> str:
    """Date prefix of a lab line: masked or shifted."""
    if r.random() < 0.6:
        return "___"
    return f"{r.randint(2110, 2195)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _ord(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _hm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _ampm(r: random.Random) -> str:
    return f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}"


def _age90_value(r: random.Random, age: int, words_ok: bool = True) -> str:
    if words_ok and age < 100 and r.random() < 0.2:
        return _NUMWORDS[age - 90]
    return str(age)


def _age_phrase(r: random.Random, p: _P, sex: str, key: str = "age") -> list:
    """'93 y/o F' style phrase: the age is an AGE_OVER_89 identifier if >= 90, else masked or plain."""
    age = p.age
    noun = r.choice(("F", "woman", "female")) if sex == "F" else r.choice(("M", "man", "male"))
    style = r.randrange(5)
    if age >= 90:
        v = _age90_value(r, age, words_ok=style in (1, 3))
        a = _I("AGE_OVER_89", v, key=key)
    else:
        a = "___" if r.random() < 0.55 else str(age)
    if style == 0:
        return [a, f" y/o {noun}"]
    if style == 1:
        return [a, f"-year-old {noun}"]
    if style == 2:
        tight = (isinstance(a, _Id) and a.value.isdigit()) or (isinstance(a, str) and a.isdigit())
        return [a, f"yo {noun}" if tight else f" yo {noun}"]
    if style == 3:
        return [a, f" year old {noun}"]
    return [a, f" y.o. {noun}"]


# --------------------------------------------------------------------------------------------------
# Clinical filler (look-alike rich)
# --------------------------------------------------------------------------------------------------

def _vitals(r: random.Random, kid: bool = False, infant: bool = False) -> str:
    if infant:
        return (f"T {r.uniform(36.4, 37.9):.1f}C HR {r.randint(118, 172)} RR {r.randint(32, 64)} "
                f"BP {r.randint(58, 78)}/{r.randint(30, 48)} (MAP {r.randint(40, 55)}) SpO2 {r.randint(92, 100)}%")
    if kid:
        return (f"T {r.uniform(97.8, 103.1):.1f}F HR {r.randint(88, 168)} BP {r.randint(88, 118)}/{r.randint(48, 76)} "
                f"RR {r.randint(18, 36)} SpO2 {r.randint(93, 100)}% RA")
    sbp = r.randint(92, 178)
    return (f"T {r.uniform(97.1, 100.9):.1f} HR {r.randint(58, 128)} BP {sbp}/{r.randint(48, min(98, sbp - 30))} "
            f"RR {r.randint(12, 28)} O2 {r.randint(91, 100)}% {r.choice(('RA', '2L NC', 'NRB', 'RA'))}")


def _labs_adult(r: random.Random, trauma: bool = True) -> str:
    d, t = _dprefix(r), f"{r.randint(1, 12):02d}:{r.randint(0, 59):02d}{r.choice(('AM', 'PM'))}"
    hgb = r.uniform(7.8, 15.1)
    lines = [
        f"{d} {t} BLOOD WBC-{r.uniform(4.1, 21.9):.1f}* RBC-{r.uniform(2.9, 5.1):.2f}* Hgb-{hgb:.1f}* "
        f"Hct-{hgb * 3:.1f}* MCV-{r.randint(82, 99)} Plt Ct-{r.randint(96, 388)}",
        f"{d} {t} BLOOD PT-{r.uniform(11.2, 19.8):.1f}* PTT-{r.uniform(24.1, 41.3):.1f} "
        f"INR(PT)-{r.uniform(0.9, 2.9):.1f}*",
        f"{d} {t} BLOOD Glucose-{r.randint(82, 241)}* UreaN-{r.randint(7, 48)} Creat-{r.uniform(0.5, 2.1):.1f} "
        f"Na-{r.randint(131, 146)} K-{r.uniform(3.1, 5.3):.1f} Cl-{r.randint(96, 109)} HCO3-{r.randint(16, 29)}",
    ]
    if trauma:
        lines.append(f"{d} {t} BLOOD ASA-NEG Ethanol-{r.choice(('NEG', str(r.randint(40, 310)) + '*'))} "
                     f"Acetmnp-NEG Benzodz-NEG Barbitr-NEG Tricycl-NEG")
        lines.append(f"{d} {t} BLOOD Type-ART pO2-{r.randint(88, 412)} pCO2-{r.randint(31, 52)} "
                     f"pH-{r.uniform(7.18, 7.44):.2f} Base XS--{r.randint(0, 9)} Lactate-{r.uniform(0.9, 6.8):.1f}*")
    else:
        lines.append(f"{d} {t} BLOOD proBNP-{r.randint(90, 4100)}* cTropnT-<0.01 CK(CPK)-{r.randint(60, 2400)}")
    r.shuffle(lines)
    return "\n".join(lines[: r.randint(3, len(lines))]) + "\n"


_MEDS_ADULT = (
    "Acetaminophen 1000 mg PO Q8H", "Oxycodone 5 mg PO Q4H:PRN pain", "Docusate Sodium 100 mg PO BID",
    "Senna 8.6 mg PO BID:PRN constipation", "Enoxaparin 40 mg SC Q12H", "Lidocaine 5% Patch 1 PTCH TD QAM",
    "Methocarbamol 750 mg PO QID", "Gabapentin 300 mg PO TID", "Levetiracetam 500 mg PO Q12H x 7 days",
    "Thiamine 100 mg PO DAILY", "FoLIC Acid 1 mg PO DAILY", "Pantoprazole 40 mg PO Q24H", "Ibuprofen 600 mg PO Q6H:PRN",
    "Polyethylene Glycol 17 g PO DAILY", "Multivitamins 1 TAB PO DAILY", "Nicotine Patch 14 mg TD DAILY",
)
_MEDS_ELDER = (
    "Carbidopa-Levodopa (25-100) 1 TAB PO TID", "Apixaban 2.5 mg PO BID (HELD)",
    "Metoprolol Succinate XL 25 mg PO DAILY",
    "Donepezil 5 mg PO QHS", "Melatonin 3 mg PO QHS", "Furosemide 20 mg PO DAILY", "Levothyroxine 50 mcg PO DAILY",
    "Atorvastatin 40 mg PO QPM", "Calcium Carbonate 500 mg PO BID", "Vitamin D 1000 UNIT PO DAILY",
    "Acetaminophen 650 mg PO Q6H", "Tamsulosin 0.4 mg PO QHS", "Senna 8.6 mg PO QHS",
)
_MEDS_OB = (
    "Ibuprofen 600 mg PO Q6H", "Acetaminophen 650 mg PO Q6H:PRN", "Docusate Sodium 100 mg PO BID",
    "Prenatal Vitamins 1 TAB PO DAILY", "Ferrous Sulfate 325 mg PO QOD", "Oxycodone 5 mg PO Q4H:PRN (max 3 days)",
    "Nifedipine ER 30 mg PO DAILY", "Labetalol 200 mg PO TID", "Enoxaparin 40 mg SC DAILY x 6 weeks",
    "Lanolin topical PRN", "Witch hazel pads PRN",
)


def _med_list(r: random.Random, pool: tuple[str, ...], lo: int, hi: int) -> str:
    meds = r.sample(pool, min(len(pool), r.randint(lo, hi)))
    return "".join(f"{n}. {m}\n" for n, m in enumerate(meds, 1))


# --------------------------------------------------------------------------------------------------
# Carriers: one sentence that holds an identifier of a given category (discharge / radiology style)
# --------------------------------------------------------------------------------------------------

def _carrier(cat: str, r: random.Random, p: _P, style: str) -> list:
    """Pieces of one sentence (ending in a newline) containing an identifier of category ``cat``.

    Templates are tagged with the contexts they fit: t (adult trauma), e (elderly), a (both), o (obstetric),
    c (any child), k (older child only), n (newborn or infant only).
    """
    ds = style == "ds"
    ctx = p.ctx
    adult = ("wife", "husband", "daughter", "son", "sister", "brother", "partner", "niece")
    kin = ("mother", "father", "grandmother", "foster mother", "aunt", "guardian")
    rel = r.choice({"t": adult, "e": adult, "o": ("partner", "mother", "sister", "husband", "aunt"), "c": kin,
                    "n": kin}[ctx])
    g = p.group()
    opts: list[tuple[str, list]] = []

    def add(tags: str, *pieces) -> None:
        opts.append((tags, list(pieces)))

    if cat == "PHONE":
        if ds:
            add("aoc", "Emergency contact: ", rel, " ", _I("PERSON", _full(r)), ", cell ", _I("PHONE", _phone(r)),
                ".\n")
            add("aoc", "Best callback number for the ", rel, " is ", _I("PHONE", _phone(r)),
                " (per case management).\n")
            add("aoc", "SW left a voicemail for the patient's ", rel, " at ", _I("PHONE", _phone(r)), ".\n")
            add("aoc", "Family in ", _I("LOCATION", r.choice(_FOREIGN)), " updated by phone via interpreter at ",
                _I("PHONE", _foreign_phone(r)), ".\n")
            add("c", "Foster parent asks that updates go to her home phone ", _I("PHONE", _phone(r)),
                " rather than the agency line.\n")
        else:
            add("o", "Wet read called to the ordering midwife ", _I("PERSON", _full(r, "F")), " on her cell, ",
                _I("PHONE", _phone(r)), ".\n")
            add("aoc", "Results also conveyed to the patient's ", rel, " at ", _I("PHONE", _phone(r)),
                " at the ED's request.\n")
            add("ac", "Contact for questions about the outside CD: patient's ", rel, ", ", _I("PHONE", _phone(r)),
                ".\n")
    elif cat == "PAGER":
        if ds:
            add("o", "Discussed with OB resident Dr. ", _I("PERSON", _dr(r)), ", pager ", _I("PAGER", _pager(r)), ".\n")
            add("c", "Peds surgery fellow paged (pgr ", _I("PAGER", _pager(r)), ") at ", _hm(r), "; will see in AM.\n")
            add("ac", "Ortho aware; covering resident ", _I("PERSON", _full(r)), " (beeper ", _I("PAGER", _pager(r)),
                ").\n")
            add("t", "Trauma chief pager ", _I("PAGER", _pager(r)), " for questions overnight.\n")
            add("n", "NICU fellow Dr. ", _I("PERSON", _dr(r)), " can be paged at ", _I("PAGER", _pager(r)), ".\n")
            add("e", "Geriatrics consult: Dr. ", _I("PERSON", _dr(r)), ", pgr ", _I("PAGER", _pager(r)), ".\n")
        else:
            add("aoc", "Findings paged to Dr. ", _I("PERSON", _dr(r)), " at pager ", _I("PAGER", _pager(r)), " at ",
                _ampm(r), ".\n")
            add("aoc", "Covering resident paged (", _I("PAGER", _pager(r)), "); callback received at ", _ampm(r), ".\n")
            add("aoc", "Dr. ", _I("PERSON", _dr(r)), " (pager ", _I("PAGER", _pager(r)),
                ") notified of the preliminary findings.\n")
    elif cat == "FAX":
        if ds:
            add("aoc", "Discharge summary faxed to PCP Dr. ", _I("PERSON", _dr(r)), " at ", _I("FAX", _phone(r)), ".\n")
            add("co", "Records faxed to ", _I("ORGANIZATION", r.choice(_PEDS_PRACTICES)), " (fax ",
                _I("FAX", _phone(r)), ").\n")
            add("ao", "VNA referral faxed to ", _I("FAX", _phone(r)), "; confirmation received.\n")
            add("k", "School excuse note faxed to the school nurse, fax ", _I("FAX", _phone(r)), ".\n")
            add("a", "Rehab packet sent by fax to ", _I("FAX", _phone(r)), " at ", _hm(r), ".\n")
        else:
            add("aoc", "Report faxed to the referring office at ", _I("FAX", _phone(r)), ".\n")
            add("aoc", "Copy of report faxed to Dr. ", _I("PERSON", _dr(r)), ", fax ", _I("FAX", _phone(r)), ".\n")
            add("aoc", "Preliminary report faxed to the outside ED (", _I("FAX", _phone(r)), ") per transfer center.\n")
    elif cat == "EMAIL":
        f, la = _first(r), r.choice(_SURNAMES)
        if ds:
            add("n", "Mother requested the NICU camera login be sent to ", _I("EMAIL", _email(r, f, la)), ".\n")
            add("ao", "Pt prefers to be contacted by email: ", _I("EMAIL", _email(r, f, la)), ".\n")
            add("o", "Lactation handouts e-mailed to ", _I("EMAIL", _email(r, f, la)), " at her request.\n")
            add("k", "School work to be coordinated with the ", rel, " (", _I("EMAIL", _email(r, f, la)), ").\n")
            add("c", "Foster agency caseworker ", _I("PERSON", f"{f} {la}"), " asked for updates at ",
                _I("EMAIL", _email(r, f, la)), ".\n")
            add("a", "The patient's ", rel, " asked for updates by email (", _I("EMAIL", _email(r, f, la)), ").\n")
        else:
            add("aoc", "Outside images uploaded by the patient's ", rel, " via image share; confirmation sent to ",
                _I("EMAIL", _email(r, f, la)), ".\n")
            add("aoc", "Requisition note: send copy of report to ", _I("EMAIL", _email(r, f, la)), " (", rel, ").\n")
    elif cat == "URL":
        f, la = _first(r), r.choice(_SURNAMES)
        if ds:
            add("aoc", "Family has set up a page to share updates (", _I("URL", _url(r, f, la)),
                ") and asked that no details be shared with media.\n")
            add("ac", "The ", rel, " filmed the episode and posted it at ", _I("URL", _url(r, f, la)),
                "; reviewed by neurology, consistent with a seizure.\n")
            add("t", "Patient updates are being posted by his sister at ", _I("URL", _url(r, f, la)), ".\n")
            add("o", "Birth preferences shared by the family via ", _I("URL", _url(r, f, la)), ".\n")
        else:
            add("ac", "Video of the event recorded by the family (", _I("URL", _url(r, f, la)),
                ") reviewed by the ordering team.\n")
            add("aoc", "Outside study available via the family's share link ",
                _I("URL", f"https://share.{_slug(la)}family.net/{_token(r, 10)}"), ".\n")
    elif cat == "IP_ADDRESS":
        if ds:
            add("aoc", "Video follow-up: family connected from IP ", _I("IP_ADDRESS", _ip(r)),
                "; audio dropped twice, completed by phone.\n")
            add("oc", "Per police, the threatening messages to the mother were traced to IP address ",
                _I("IP_ADDRESS", _ip(r)), ".\n")
            add("n", "Home monitor vendor reports last data upload from ", _I("IP_ADDRESS", _ip(r)), ".\n")
            add("e", "Remote pacemaker monitoring: home transmitter last connected from ", _I("IP_ADDRESS", _ip(r)),
                ".\n")
            add("n", "NICU camera access log: parent login from ", _I("IP_ADDRESS", _ip(r)),
                " flagged as unrecognized; access re-verified with mother.\n")
        else:
            add("aoc", "Images uploaded by the family from home (IP ", _I("IP_ADDRESS", _ip(r)),
                ") through the patient portal.\n")
            add("aoc", "Outside CD unreadable; study re-sent by the patient's ", rel, " from ", _I("IP_ADDRESS",
                                                                                                   _ip(r)),
                ".\n")
    elif cat == "SSN":
        if ds:
            add("co", "SW assisted mother with newborn MassHealth application; mother's SSN ", _I("SSN", _ssn(r)),
                " verified.\n")
            add("t", "Arrived unidentified; identified via Social Security card in wallet (", _I("SSN", _ssn(r)),
                ").\n")
            add("aoc", "Financial counselor: SSN ", _I("SSN", _ssn(r)), ", applying for emergency MassHealth.\n")
            add("ac", "SS# ", _I("SSN", _ssn(r)), " given by the ", rel, " for the SSI application.\n")
        else:
            add("aoc", "Outside CD labelled with the patient's SSN (", _I("SSN", _ssn(r)),
                ") instead of a record number; relabelled.\n")
            add("aoc", "Requisition lists social security no. ", _I("SSN", _ssn(r)), " as identifier.\n")
    elif cat == "MRN":
        if ds:
            add("n", "Mother's MRN: ", _I("MRN", _mrn(r)), " (delivered here).\n")
            add("aoc", "Outside records (MRN ", _I("MRN", _mrn(r)), ") from ", _I("ORGANIZATION", r.choice(_HOSPITALS)),
                " reviewed.\n")
            add("n", "Twin B chart had been merged in error with unit no. ", _I("MRN", _mrn(r)),
                "; corrected by HIM.\n")
            add("t", "Med Rec # ", _I("MRN", _mrn(r)),
                " (alias record from trauma registration) merged into this one.\n")
            add("o", "Baby's record linked to mother's unit no. ", _I("MRN", _mrn(r)), ".\n")
        else:
            add("aoc", "Outside MRN ", _I("MRN", _mrn(r)), " (", _I("ORGANIZATION", r.choice(_HOSPITALS)), ").\n")
            add("t", "Images were initially filed under MRN ", _I("MRN", _mrn(r)), " (trauma alias) and merged.\n")
    elif cat == "ACCOUNT":
        if ds:
            add("t", "Billing: trauma activation charge posted to account # ", _I("ACCOUNT", _account(r)), ".\n")
            add("to", "Encounter no. ", _I("ACCOUNT", _account(r)), "; auto insurer PIP claim pending.\n")
            add("aoc", "HAR ", _I("ACCOUNT", _account(r)), " reopened for late charges.\n")
            add("no", "FIN ", _I("ACCOUNT", _account(r)), " - newborn charges linked to mother's account.\n")
        else:
            add("aoc", "Billing account ", _I("ACCOUNT", _account(r)),
                " (outside read, professional component only).\n")
            add("aoc", "Visit # ", _I("ACCOUNT", _account(r)), " per requisition.\n")
    elif cat == "HEALTH_PLAN":
        cue, v = _health_plan(r, ctx)
        tail = [", group #", _group_no(r)] if r.random() < 0.4 else []
        if ds:
            add("aoc", "Insurance: ", cue, _I("HEALTH_PLAN", v), *tail, ".\n")
            add("aoc", "Case management verified coverage - ", cue, _I("HEALTH_PLAN", v), *tail, ".\n")
        else:
            add("aoc", "Prior authorization obtained; ", cue, _I("HEALTH_PLAN", v), *tail, ".\n")
    elif cat == "LICENSE":
        st = r.choice(("MA", "MA", "NH", "CT", "RI"))
        last = r.choice(_SURNAMES)
        if ds:
            add("t", "Pt identified by ", st, " driver's license #", _I("LICENSE", _dl(r, st)), " found in wallet.\n")
            add("o", "Home birth midwife ", _I("PERSON", f"{_first(r, 'F')} {last}"), " (CPM license ",
                _I("LICENSE", f"{r.randint(1, 9)}{_digits(r, 4)}"), ") accompanied the patient.\n")
            add("aoc", "Oxycodone Rx written by Dr. ", _I("PERSON", last), ", DEA ", _I("LICENSE", _dea(r, last)),
                ".\n")
            add("aoc", "Discharging provider NPI ", _I("LICENSE", _npi(r)), ".\n")
            add("t", "Pt's commercial driver's license (", st, " CDL ", _I("LICENSE", _dl(r, st)),
                ") - advised no driving pending neurosurgery clearance.\n")
        else:
            add("aoc", "Ordering provider: Dr. ", _I("PERSON", last), ", NPI ", _I("LICENSE", _npi(r)), ".\n")
            add("t", "Per EMS, pt identified by ", st, " license ", _I("LICENSE", _dl(r, st)), ".\n")
    elif cat in ("ZIP", "STREET_ADDRESS"):
        town, st, z3 = _place(r)
        addr = [_I("STREET_ADDRESS", _street(r), key="home", group=g), ", ", _I("LOCATION", town, group=g), ", ",
                st, " ", _I("ZIP", _zip(r, z3), group=g)]
        if cat == "ZIP" and r.random() < 0.5:
            if ds:
                add("to", "Pt moved recently; previous ZIP ", _I("ZIP", _zip(r, z3), group=g), " still on file.\n")
                add("aoc", "Transport voucher issued for home ZIP code ", _I("ZIP", _zip(r, z3), group=g), ".\n")
            else:
                add("aoc", "Pt lives in ZIP ", _I("ZIP", _zip(r, z3), group=g), " (requisition).\n")
        elif ds:
            add("aoc", "Home address: ", *addr, ".\n")
            add("c", "Discharged to foster home at ", *addr, ".\n")
            add("aoc", "Address on file: ", *addr, "\n")
            add("ao", "VNA to see pt at ", *addr, ".\n")
        else:
            add("t", "Hx per EMS: scene address ", *addr, ".\n")
            add("aoc", "Home address (requisition): ", *addr, ".\n")
    elif cat == "DATE_REAL_YEAR":
        if ds:
            add("aoc", "DOB ", _I("DATE_REAL_YEAR", p.dob, key="dob"), ".\n")
            add("ak", "Last tetanus booster ", _I("DATE_REAL_YEAR", _rdate(r, 2012, 2024)), ".\n")
            add("aoc", "Per outside records, prior ED visit for a similar complaint on ",
                _I("DATE_REAL_YEAR", _rdate(r, 2016, 2024)), ".\n")
            add("co", "DCF previously involved after a report dated ", _I("DATE_REAL_YEAR", _rdate(r, 2015, 2024)),
                ".\n")
            add("c", "Custody order dated ", _I("DATE_REAL_YEAR", _rdate(r, 2018, 2024)),
                " gives father supervised visits only.\n")
        else:
            add("aoc", "COMPARISON ADDENDUM: outside images dated ", _I("DATE_REAL_YEAR", _rdate(r, 2014, 2024)),
                " reviewed.\n")
            add("aoc", "DOB per requisition: ", _I("DATE_REAL_YEAR", p.dob, key="dob"), ".\n")
    elif cat == "AGE_OVER_89":
        a = r.randint(90, 103)
        v = _age90_value(r, a)
        if ds:
            add("co", "Maternal great-grandmother, age ", _I("AGE_OVER_89", str(a)),
                ", lives in the home and helps with childcare.\n")
            add("to", "Pt lives with and cares for her ", _I("AGE_OVER_89", v), "-year-old father.\n")
            add("k", "Great-grandfather (", _I("AGE_OVER_89", str(a)),
                ") was driving; evaluated at another facility.\n")
            add("t", "HCP is his mother, who is ", _I("AGE_OVER_89", str(a)), " and hard of hearing.\n")
            add("e", "Spouse (", _I("AGE_OVER_89", str(a)), ") is the primary support at home and no longer drives.\n")
        else:
            add("e", "Hx obtained from the patient's ", _I("AGE_OVER_89", str(a)), " y/o spouse.\n")
            add("c", "Hx: child brought in by great-grandmother, age ", _I("AGE_OVER_89", str(a)), ".\n")
            add("ot", "Hx: the other driver, a ", _I("AGE_OVER_89", v), " year old, was taken to another hospital.\n")
    elif cat == "DEVICE_ID":
        dev, kind = r.choice(_DEVICES[:2] + _DEVICES[5:7])
        cdev, ckind = r.choice(_DEVICES[2:6])
        if ds:
            add("a", "Device: ", dev, ", serial # ", _I("DEVICE_ID", _serial(r, kind)),
                "; interrogated, functioning normally.\n")
            add("n", "Home apnea monitor (Masimo Rad-97) issued, s/n ", _I("DEVICE_ID", _serial(r, "mon")), ".\n")
            add("c", "Patient's ", cdev.split(" (")[0], " SN ", _I("DEVICE_ID", _serial(r, ckind)),
                " - settings reviewed.\n")
            add("o", "Insulin pump (Tandem t:slim X2) SN ", _I("DEVICE_ID", _serial(r, "pump")),
                " - basal rates reset postpartum by endocrine.\n")
        else:
            add("a", "MRI SAFETY: patient's ", dev, ", SN ", _I("DEVICE_ID", _serial(r, kind)),
                ", verified against the implant card.\n")
            add("c", "Patient's ", cdev, ", SN ", _I("DEVICE_ID", _serial(r, ckind)),
                ", checked before and after the exam.\n")
            add("o", "Patient's insulin pump (Tandem t:slim X2), SN ", _I("DEVICE_ID", _serial(r, "pump")),
                ", kept out of the scanning field.\n")
    elif cat == "VEHICLE_ID":
        st = r.choice(("MA", "MA", "RI", "NH", "CT"))
        if ds:
            add("to", "Vehicle: ", r.choice(_CARS), ", ", st, " plate ", _I("VEHICLE_ID", _plate(r)), ".\n")
            add("to", "Police recorded VIN ", _I("VEHICLE_ID", _vin(r)), " for the crash report.\n")
            add("aoc", "Security logged the family's car (plate ", _I("VEHICLE_ID", _plate(r)),
                ") left in the ambulance bay.\n")
            add("n", "NICU parent parking pass issued for ", st, " reg ", _I("VEHICLE_ID", _plate(r)), ".\n")
        else:
            add("to", "Hx per EMS: driver of ", r.choice(_CARS), " (", st, " ", _I("VEHICLE_ID", _plate(r)),
                "), collision at speed.\n")
            add("aoc", "Hx: struck by vehicle, plate ", _I("VEHICLE_ID", _plate(r)), " per police.\n")
    elif cat == "PERSON":
        if ds:
            add("aoc", r.choice(_LANGS), " interpreter ", _I("PERSON", _full(r)), " present for all discussions.\n")
            add("aoc", "Chaplain ", _I("PERSON", _full(r)), " visited with the family.\n")
            add("aoc", "Pt's ", rel, " ", _I("PERSON", _full(r)), " at bedside, updated.\n")
            add("aoc", r.choice(("Officer ", "Trooper ", "Sgt. ")), _I("PERSON", _full(r)),
                " (state police) present in ED.\n")
            add("aoc", "Case manager ", _I("PERSON", _full(r)), " following for dispo.\n")
        else:
            add("aoc", "Discussed with Dr. ", _I("PERSON", _dr(r)), " at ", _ampm(r), ".\n")
            add("aoc", "History provided by the ", rel, ", ", _I("PERSON", _full(r)), ".\n")
    elif cat == "LOCATION":
        if ds:
            add("aoc", "Pt recently arrived from ", _I("LOCATION", r.choice(_FOREIGN)), " and has no PCP yet.\n")
            add("aoc", "Family lives in ", _I("LOCATION", _place(r)[0]), " and will need transport for follow-up.\n")
            add("to", "Pt had been staying near the shelter at the corner of ", _I("LOCATION", _intersection(r)), ".\n")
            add("aoc", "Extended family in ", _I("LOCATION", r.choice(_COUNTIES)), " will help after discharge.\n")
        else:
            add("aoc", "Hx: transfer from ", _I("LOCATION", _place(r)[0]), " for evaluation.\n")
            add("t", "Hx: fall from ladder at home in ", _I("LOCATION", _place(r)[0]), ".\n")
            add("e", "Hx: found down at home in ", _I("LOCATION", _place(r)[0]), " by a neighbor.\n")
            add("k", "Hx: fell at a playground in ", _I("LOCATION", _place(r)[0]), ".\n")
    else:
        assert cat == "ORGANIZATION", cat
        if ds:
            add("co", "Older sibling attends ", _I("ORGANIZATION", r.choice(_DAYCARES)), ".\n")
            add("to", "Pt works as a driver for ", _I("ORGANIZATION", r.choice(_EMPLOYERS)), ".\n")
            add("aoc", "Transferred from ", _I("ORGANIZATION", r.choice(_HOSPITALS)), " ED after initial CT.\n")
            add("aoc", "Family is supported by their church, ", _I("ORGANIZATION", r.choice(_CHURCHES)), ".\n")
            add("ac", "Home services through ", _I("ORGANIZATION", r.choice(_AGENCIES)), ".\n")
        else:
            add("aoc", "Hx: transfer from ", _I("ORGANIZATION", r.choice(_HOSPITALS)), ".\n")
            add("k", "Hx: injured at school (", _I("ORGANIZATION", r.choice(_SCHOOLS)), ").\n")
    fitting = [pieces for tags, pieces in opts if _fits(tags, ctx)]
    return r.choice(fitting)


def _fits(tags: str, ctx: str) -> bool:
    if ctx in ("t", "e"):
        return "a" in tags or ctx in tags
    if ctx == "o":
        return "o" in tags
    if ctx == "c":
        return "c" in tags or "k" in tags
    return "c" in tags or "n" in tags


# --------------------------------------------------------------------------------------------------
# Discharge summary pieces
# --------------------------------------------------------------------------------------------------

def _ds_header(r: random.Random, p: _P, sex: str, service: str, allergies: str, name: list,
               adm_year: tuple[int, int] = (2016, 2024)) -> list:
    y = r.randint(*adm_year)
    m, d = r.randint(1, 12), r.randint(1, 24)
    adm = f"{m:02d}/{d:02d}/{y}" if r.random() < 0.5 else f"{y}-{m:02d}-{d:02d}"
    dis = f"{m:02d}/{d + r.randint(1, 4):02d}/{y}" if "/" in adm else f"{y}-{m:02d}-{d + r.randint(1, 4):02d}"
    dob = p.dob
    return [
        "Name:  ", *name, "                  Unit No:   ", _I("MRN", _mrn(r), key="unit"), "\n\n",
        "Admission Date:  ", _I("DATE_REAL_YEAR", adm, key="admdate"), "              Discharge Date:   ",
        _I("DATE_REAL_YEAR", dis, key="admdate"), "\n\n",
        "Date of Birth:  ", _I("DATE_REAL_YEAR", dob, key="dob"), "             Sex:   ", sex, "\n\n",
        "Service: ", service, "\n\n", "Allergies: \n", allergies, "\n\n",
        "Attending: ", _I("PERSON", _dr(r), key="attending"), ".\n\n",
    ]


def _allergies(r: random.Random) -> str:
    return r.choice(("No Known Allergies / Adverse Drug Reactions",
                     "Patient recorded as having No Known Allergies to Drugs",
                     "Penicillins", "Sulfa (Sulfonamide Antibiotics) / Codeine", "latex", "Morphine", "NKDA"))


def _dob_for_age(r: random.Random, age: int, ref_year: int = 2023) -> str:
    y = ref_year - age
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(4)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 2:
        return f"{_MONTHS[m - 1][:3]} {d}, {y}"
    return f"{m}/{d}/{y}"


_TRAUMA_MECH = (
    ("MVC", "restrained driver in a {mph} mph {coll} collision", True),
    ("MVC", "unrestrained front-seat passenger in a {mph} mph {coll} collision", True),
    ("Pedestrian struck", "pedestrian struck by an SUV at ~{mph} mph, thrown ~{ft} ft", False),
    ("Motorcycle crash", "helmeted motorcyclist vs. car at ~{mph} mph, laid the bike down", True),
    ("Bicycle vs. car", "unhelmeted cyclist struck by a box truck at ~{mph} mph", False),
)
_COLL = ("T-bone", "head-on", "rear-end", "rollover", "single-vehicle vs. tree", "vs. utility pole", "offset frontal")

_TRAUMA_INJ = (
    ("TBI", "R frontal contusion and small (4 mm) L SDH. Repeat CT head at 6 h stable. Keppra x7 days for seizure "
            "prophylaxis. Neurosurgery followed, no operative intervention. TBI clinic referral."),
    ("Splenic laceration", "AAST grade III splenic laceration without active extravasation; managed non-operatively "
                           "with serial Hct q6h and bedrest x24h. Hct nadir 27.1, no transfusion."),
    ("Splenic injury s/p ex-lap", "Hypotensive in bay, FAST positive in LUQ; taken emergently for ex-lap/splenectomy. "
                                  "MTP activated: 4u PRBC/4u FFP/1 plt via Belmont rapid infuser. Post-splenectomy "
                                  "vaccines (PCV20, MenACWY, MenB, Hib) given prior to discharge."),
    ("Rib fractures", "L 4-8 rib fractures with small PTX; 28Fr chest tube placed in Trauma Bay 2, removed HD3 after "
                      "water-seal trial. Epidural by APS, transitioned to PO regimen. IS 1250 -> 2250 mL."),
    ("Pelvic fracture", "LC-1 pelvic ring injury (Young-Burgess); non-operative per ortho, WBAT bilateral LE."),
    ("Femur fracture", "R midshaft femur fracture, IMN by ortho HD1. Lovenox 40 BID for DVT ppx x28 days."),
    ("C2 fracture", "Type II dens fracture (Anderson-D'Alonzo), non-displaced; Aspen collar x12 weeks per spine."),
    ("Seat belt injury", "Seat belt sign with L1 Chance fracture and small mesenteric hematoma; serial abdominal exams "
                         "benign, TLSO brace when OOB."),
    ("Facial fractures", "Le Fort I fracture and R orbital floor fx; plastics ORIF on HD3, sinus precautions, "
                         "Unasyn x7 days."),
    ("Hand fracture", "Tertiary survey found R 5th metacarpal neck fx (Boxer's); splinted by hand surgery."),
    ("ETOH withdrawal", "CIWA-Ar protocol, peak score 14 on HD2; phenobarbital load, thiamine/folate/MVI. SBIRT done."),
    ("Liver laceration", "Grade II liver laceration, segment VI; non-operative, LFTs trended down."),
)


_ICD10 = {
    "TBI": "S06.5X0A", "Splenic laceration": "S36.032A", "Splenic injury s/p ex-lap": "S36.032A",
    "Rib fractures": "S22.42XA", "Pelvic fracture": "S32.810A", "Femur fracture": "S72.301A", "C2 fracture": "S12.110A",
    "Seat belt injury": "S32.011A", "Facial fractures": "S02.411A", "Hand fracture": "S62.336A",
    "ETOH withdrawal": "F10.239", "Liver laceration": "S36.115A",
}


def _ems_block(r: random.Random, p: _P, scene: list, mech: str, trapped: bool) -> list:
    h, mnt = r.randint(0, 22), r.randint(0, 40)

    def t(k: int) -> str:
        return f"{h + (mnt + k) // 60:02d}:{(mnt + k) % 60:02d}"
    unit = r.choice(("Medic 14", "Medic 7", "Ambulance 3", "ALS 22", "Rescue 9", "Medic 31"))
    gcs = r.randint(9, 15)
    return [
        f"EMS run sheet ({unit}, ALS):\n",
        f" {t(0)} dispatched {mech}{' with entrapment' if trapped else ', 1 pt'} ", *scene, "\n",
        f" {t(7)} on scene; pt GCS {gcs} (E{min(4, gcs // 4 + 1)}V{min(5, gcs // 3)}M{min(6, gcs // 2)}), "
        f"HR {r.randint(94, 138)}, BP {r.randint(82, 150)}/{r.randint(44, 92)}, RR {r.randint(16, 30)}, "
        f"SpO2 {r.randint(90, 99)}% RA\n",
        (f" {t(19)} extricated by FD ({r.randint(8, 35)} min), c-collar, LSB, 2 x 18g IV, NS 500 mL, TXA 1 g\n"
         if trapped else f" {t(15)} c-collar, LSB, pelvic binder, 2 x 18g IV, fentanyl 50 mcg IV, TXA 1 g\n"),
        f" {t(31)} arrival Trauma Bay {r.randint(1, 4)}, Level {r.choice(('1', '1', '2'))} activation\n\n",
    ]


def _scene(r: random.Random, p: _P) -> list:
    """Crash scene (a LOCATION, STREET_ADDRESS or ORGANIZATION identifier) + the town."""
    town, st, z3 = _place(r)
    k = r.randrange(5)
    tk = p.group()
    townid = _I("LOCATION", town, key=f"scene{tk}")
    if k == 0:
        return ["at the intersection of ", _I("LOCATION", _intersection(r)), " in ", townid]
    if k == 1:
        return ["on ", _I("LOCATION", _highway(r)), r.choice((" in ", " near ")), townid]
    if k == 2:
        return ["on a side street in the ", _I("LOCATION", r.choice(_NEIGHBOURHOODS)[0]), " neighborhood"]
    if k == 3:
        return ["in front of ", _I("STREET_ADDRESS", _street(r)), ", ", townid]
    return ["outside ", _I("ORGANIZATION", r.choice(_SCHOOLS + _EMPLOYERS)), " in ", townid]


def _social_adult(r: random.Random, p: _P, sex: str) -> list:
    town, st, z3 = _place(r)
    g = p.group()
    rel = r.choice(("wife", "husband", "partner", "mother", "sister", "roommate", "son", "daughter"))
    o = ["Social History:\n"]
    o += ["Lives with ", rel, " in ", _I("LOCATION", town, key="hometown", group=g)]
    if r.random() < 0.5:
        o += [" (", _I("STREET_ADDRESS", _street(r), group=g), ", ", _I("LOCATION", town, key="hometown", group=g),
              ", ", st, " ", _I("ZIP", _zip(r, z3), group=g), ")"]
    o += [". "]
    if r.random() < 0.6:
        o += ["Works ", r.choice(("full time at ", "nights at ", "part time for ", "for ")),
              _I("ORGANIZATION", r.choice(_EMPLOYERS), key="employer"), ". "]
    else:
        o += [r.choice(("Unemployed. ", "Retired electrician. ", "College student. ", "Works nights. "))]
    o += [f"Tobacco: {r.choice(('never', '1 ppd x 20 yrs', 'quit 2015', 'vapes daily'))}. "
          f"ETOH: {r.choice(('social', '6-8 beers/day', 'denies', '1 pint vodka/day'))}. "
          f"Illicits: {r.choice(('denies', 'marijuana', 'hx opioid use d/o on buprenorphine', 'cocaine'))}.\n"]
    o += ["Emergency contact: ", rel, " ", _I("PERSON", _full(r), key="contact"), " ", _I("PHONE", _phone(r)), "\n"]
    return o


def _d_trauma(r: random.Random, p: _P) -> list:
    sex = r.choice("MMF")
    p.age = r.randint(90, 99) if p.old else r.randint(16, 84)
    p.dob = _dob_for_age(r, p.age)
    last, first = r.choice(_SURNAMES), _first(r, sex)
    cc, mech_t, _driver = r.choice(_TRAUMA_MECH)
    mech = mech_t.format(mph=r.choice((25, 30, 35, 40, 45, 55, 60, 65)), coll=r.choice(_COLL), ft=r.randint(5, 30))
    injuries = r.sample(_TRAUMA_INJ, r.randint(2, 4))
    o = _ds_header(r, p, sex, r.choice(("TRAUMA SURGERY", "ACUTE CARE SURGERY", "SURGERY")), _allergies(r),
                   [_I("PERSON", r.choice((f"{last}, {first}", f"{first} {last}")), key="pt")])
    o += ["Chief Complaint:\n", cc, ", trauma activation\n\n", "Major Surgical or Invasive Procedure:\n"]
    procs = [x for x in ("Exploratory laparotomy, splenectomy", "L chest tube (28Fr) placement",
                         "R femur intramedullary nail", "ORIF Le Fort I / R orbital floor") if r.random() < 0.3]
    o += ["\n".join(procs) or "None", "\n\n", "History of Present Illness:\n"]
    scene = _scene(r, p)
    o += ["Pt is a ", *_age_phrase(r, p, sex), f" s/p {mech} at approx {_hm(r)} ", *scene, ". "]
    o += [r.choice(("+LOC per bystanders, ", "No LOC, ", "Unclear LOC, ", "+LOC ~2 min, ")),
          r.choice(("+airbag deployment, ", "airbags deployed, ", "")),
          r.choice(("+ETOH on scene. ", "denies ETOH. ", "ETOH on breath. ")),
          "c/o ", r.choice(("L chest wall pain and SOB", "RUQ/R flank pain", "neck pain and R leg pain",
                            "HA and LUQ pain")), ". "]
    if r.random() < 0.7:
        st = r.choice(("MA", "RI", "NH"))
        if cc == "MVC":
            o += ["Pt's vehicle (", r.choice(_CARS), ", ", st, " plate ", _I("VEHICLE_ID", _plate(r), key="plate"),
                  ") towed from the scene. "]
        elif cc == "Motorcycle crash":
            o += ["Motorcycle (", r.choice(_BIKES), ", ", st, " plate ", _I("VEHICLE_ID", _plate(r), key="plate"),
                  ") impounded by police. "]
        else:
            o += ["The striking vehicle (", r.choice(_CARS), ", ", st, " plate ", _I("VEHICLE_ID", _plate(r),
                                                                                     key="plate"),
                  ") remained at the scene. "]
    if r.random() < 0.45:
        o += ["VIN ", _I("VEHICLE_ID", _vin(r)), " recorded by police. "]
    if r.random() < 0.6:
        o += [r.choice(("Officer ", "Trooper ", "Sgt. ")), _I("PERSON", _full(r), key="officer"),
              " of the state police obtained a statement in the bay; ", r.choice(("no legal blood draw requested. ",
                                                                                   "legal BAC drawn per warrant. "))]
    if r.random() < 0.35:
        st = r.choice(("MA", "NH", "RI"))
        o += ["Identified by ", st, " driver's license ", _I("LICENSE", _dl(r, st)), ". "]
    o += ["\n\n"]
    o += _ems_block(r, p, scene, cc, trapped=cc == "MVC" and r.random() < 0.7)
    o += ["In the trauma bay: primary survey A intact, B: ", r.choice(("decreased BS on L", "equal BS bilat")),
          ", C: ", r.choice(("HR 128, BP 88/52 -> 2u PRBC", "HD stable", "HR 104, BP 132/78")),
          f", D: GCS {r.randint(11, 15)}, pupils 3->2 mm brisk, E: ", r.choice(("seat belt sign", "abrasions L flank",
                                                                               "deformity R thigh")),
          ". FAST ", r.choice(("negative (Morison's pouch, splenorenal, pelvis, pericardium)",
                               "positive in LUQ", "equivocal in pelvis")), ".\n\n"]
    o += ["Past Medical History:\n", r.choice(("HTN, HLD\n", "Asthma\n", "None\n", "OUD on buprenorphine, HCV\n",
                                               "T2DM, OSA on CPAP\n", "Afib on apixaban, CKD III\n")), "\n"]
    o += _social_adult(r, p, sex)
    o += [_Slot("ds", where="social"), "\nFamily History:\nNon-contributory\n\n"]
    o += ["Physical Exam:\nAdmission:\n", _vitals(r), "\n",
          f"GCS {r.randint(13, 15)} (E4V{r.randint(4, 5)}M6). Scalp lac {r.randint(2, 7)} cm, no Battle sign or "
          "raccoon eyes. C-collar in place, midline tenderness at C2. Chest: crepitus L lateral. Abd: soft, "
          "TTP LUQ, seat belt sign across lower abdomen. Pelvis stable. Ext: R thigh deformity, 2+ DP pulses.\n"
          f"Discharge:\n{_vitals(r)}\nA&Ox3, ambulating with PT, incisions c/d/i.\n\n"]
    o += ["Pertinent Results:\n", _labs_adult(r), "\n",
          f"CT head: {r.choice(('small R frontal contusion', 'no acute intracranial process', '4 mm L SDH'))}. "
          f"CTA neck: no BCVI (Denver criteria screen). CT torso: see Brief Hospital Course.\n\n"]
    o += ["Brief Hospital Course:\n", "Pt admitted to the Trauma Surgery service"]
    if r.random() < 0.6:
        o += [" under Dr. ", _I("PERSON", _dr(r), key="attending2")]
    o += [" after evaluation in the trauma bay.\n"]
    for name, txt in injuries:
        o += [f"# {name}: {txt}\n"]
    if r.random() < 0.5:
        o += ["# Ortho: seen by Dr. ", _I("PERSON", _dr(r)), ", pager ", _I("PAGER", _pager(r)), ".\n"]
    to_rehab = r.random() < 0.4
    o += [f"Tertiary survey completed HD{r.randint(1, 3)}. PT/OT evaluated and recommended ",
          "acute rehab." if to_rehab else r.choice(("home with outpatient PT.", "home with services.")), "\n",
          _Slot("ds", where="course"), "\n"]
    o += ["Medications on Admission:\n", r.choice(("None\n", "Lisinopril 10 mg daily\n",
                                                   "Buprenorphine-naloxone 8-2 mg SL BID\n",
                                                   "Apixaban 5 mg BID, metoprolol 25 mg BID\n")), "\n"]
    o += ["Discharge Medications:\n", _med_list(r, _MEDS_ADULT, 4, 9), "\n"]
    if to_rehab:
        o += ["Discharge Disposition:\nExtended Care\n\nFacility:\n", _I("ORGANIZATION", r.choice(_REHABS),
                                                                         key="rehab"),
              "\n\n"]
    else:
        o += ["Discharge Disposition:\n", r.choice(("Home", "Home With Service")), "\n\n"]
    with_codes = r.random() < 0.5
    o += ["Discharge Diagnosis:\n", "\n".join(f"{n} ({_ICD10[n]})" if with_codes else n for n, _ in injuries), "\n\n",
          "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
          "Activity Status: Ambulatory - requires assistance or aid (walker or cane).\n\n"]
    o += ["Discharge Instructions:\nYou were admitted after ", {"MVC": "a car crash", "Pedestrian struck": "being "
          "struck by a car", "Motorcycle crash": "a motorcycle crash", "Bicycle vs. car": "a bicycle crash"}[cc],
          ". Do not drive while taking oxycodone or "
          "wearing a cervical collar. Take a bowel regimen while on narcotics. If you feel unsafe at home or are "
          "thinking of harming yourself, call or text 988. Car and booster seat information: ",
          "www.nhtsa.gov/car-seats",
          ".\n\n", "Followup Instructions:\n"]
    if r.random() < 0.3:
        o += ["___\n"]
    else:
        o += ["Acute Care Surgery clinic in 2 weeks with Dr. ", _I("PERSON", _dr(r), key="attending2"),
              ". Call ___ to schedule.\n", _Slot("ds", where="follow")]
    return o


def _d_elder(r: random.Random, p: _P) -> list:
    sex = r.choice("FFM")
    p.age = r.randint(90, 103) if p.old else r.choice((r.randint(66, 89), r.randint(90, 101)))
    p.dob = _dob_for_age(r, p.age)
    last, first = r.choice(_SURNAMES), _first(r, sex)
    where = r.random()
    fac = _I("ORGANIZATION", r.choice(_REHABS), key="facility")
    o = _ds_header(r, p, sex, r.choice(("ORTHOPAEDICS", "TRAUMA SURGERY", "MEDICINE", "GERIATRICS")), _allergies(r),
                   [_I("PERSON", r.choice((f"{last}, {first}", f"{first} {last}")), key="pt")], adm_year=(2015, 2024))
    hip = r.random() < 0.5
    o += ["Chief Complaint:\n",
          "Fall, R hip pain\n\n" if hip else "Unwitnessed fall, head strike on anticoagulation\n\n"]
    o += ["Major Surgical or Invasive Procedure:\n", "R hip hemiarthroplasty\n\n" if hip else "None\n\n"]
    o += ["History of Present Illness:\n", *_age_phrase(r, p, sex), " with ",
          r.choice(("Parkinson disease", "Lewy body dementia", "HFpEF and AFib on apixaban", "CKD IV, HTN",
                    "s/p Whipple (2004) for ampullary adenoma, AFib")),
          " BIBA from "]
    o += [fac if where < 0.5 else "home", " after an unwitnessed fall at ", _hm(r), ". Found on the floor by ",
          r.choice(("staff", "her daughter", "the VNA", "a neighbor")), "; down time unknown (<2 h per staff). "
          "EMS: HR ", str(r.randint(54, 118)), ", BP ", f"{r.randint(102, 188)}/{r.randint(50, 96)}",
          ", FSBG ", str(r.randint(92, 240)), ". Lifepak 15 strip: AFib, rate 96. ",
          "Pt c/o ", "R hip pain, unable to bear weight. " if hip else "HA; hematoma L occiput. "]
    if r.random() < 0.6:
        o += ["History per daughter and HCP ", _I("PERSON", _full(r, "F"), key="hcp"), " (", _I("PHONE", _phone(r)),
              "). "]
    o += ["\n\nPast Medical History:\n", r.choice(("Parkinson disease (on Sinemet 25/100 TID)", "Lewy body dementia",
                                                   "Paroxysmal AFib (CHA2DS2-VASc 5)",
                                                   "Osteoporosis, prior L Colles fx")),
          "\nHTN\nHypothyroidism\n"]
    if r.random() < 0.55:
        pm = r.random() < 0.65
        dev, kind = _DEVICES[0] if pm else _DEVICES[1]
        o += [r.choice(("Sick sinus syndrome s/p PPM\n", "Complete heart block s/p PPM\n")) if pm else
              "Ischemic cardiomyopathy (EF 25%) s/p ICD\n", "Device: ", dev, ", SN ", _I("DEVICE_ID", _serial(r, kind)),
              f"; interrogated with CareLink SmartSync (app v{r.randint(8, 9)}.{r.randint(0, 4)}.{r.randint(0, 9)}."
              f"{r.randint(10, 40)}), battery {r.uniform(2, 11):.1f} yr\n"]
    o += ["\nSocial History:\nLives ", "at " if where < 0.5 else "", fac if where < 0.5 else "alone", ". "]
    if where >= 0.5:
        town, st, z3 = _place(r)
        g = p.group()
        o += ["Home: ", _I("STREET_ADDRESS", _street(r), group=g), ", ", _I("LOCATION", town, group=g), ", ", st, " ",
              _I("ZIP", _zip(r, z3), group=g), ". "]
    o += ["Walks with a rollator. Former ", r.choice(("teacher", "machinist", "nurse", "postal carrier")),
          ". No ETOH. MOLST: ", r.choice(("DNR/DNI", "full code", "DNR, OK to intubate")), ".\n"]
    if r.random() < 0.5:
        cue, v = _health_plan(r, "e") if r.random() < 0.3 else ("Medicare MBI ", _mbi(r))
        o += ["Insurance: ", cue, _I("HEALTH_PLAN", v), "\n"]
    o += [_Slot("ds", where="social"), "\nFamily History:\nNon-contributory at this age\n\n"]
    o += ["Physical Exam:\n", _vitals(r), "\nGen: frail, NAD. HEENT: ",
          "no Battle sign" if hip else "L occipital hematoma",
          ". CV: irreg irreg, 2/6 SEM at RUSB. Lungs: bibasilar crackles. Ext: ",
          "R LE shortened and externally rotated" if hip else "no deformity",
          ". Neuro: oriented x", str(r.randint(1, 3)), ", resting tremor, cogwheeling.\n\n"]
    o += ["Pertinent Results:\n", _labs_adult(r, trauma=False), "\n",
          "CT head: ", "no acute ICH, chronic small vessel disease" if hip else "8 mm R SDH without shift",
          ". Hip XR: ", "displaced R femoral neck fx (Garden IV)" if hip else "no fx", ".\n\n"]
    o += ["Brief Hospital Course:\n"]
    if hip:
        o += ["# R femoral neck fx: OR HD1 for hemiarthroplasty by Dr. ", _I("PERSON", _dr(r), key="ortho"),
              ". Foley removed POD2, voiding trial passed. WBAT. Lovenox x4 weeks.\n"]
    else:
        o += ["# SDH on apixaban: reversed with Kcentra 2,000 units (NDC 63833-0386-02, Lot ", _lot(r),
              "); repeat CT at 6 h stable. Apixaban held, restart per NSGY in 4 weeks.\n"]
    o += ["# Delirium: CAM positive HD2; melatonin, avoided Ativan, reorientation.\n",
          "# Parkinsonism: Sinemet 25/100 given on time; Hunt and Hess and Hoehn & Yahr documented by neuro (stage "
          "3).\n"
          if r.random() < 0.3 else "# AFib: rate controlled, HR 70s-90s.\n",
          "# Goals of care: discussed with HCP; remains ", r.choice(("DNR/DNI", "full code")), ".\n",
          f"Transferred from the ED to Room {r.randint(4, 12)}{r.choice('NSEW')}-{r.randint(401, 1290)} on HD1.\n",
          _Slot("ds", where="course"), "\n"]
    o += ["Medications on Admission:\n", _med_list(r, _MEDS_ELDER, 3, 6), "\n",
          "Discharge Medications:\n", _med_list(r, _MEDS_ELDER, 4, 8), "\n"]
    o += ["Discharge Disposition:\nExtended Care\n\nFacility:\n", _I("ORGANIZATION", r.choice(_REHABS),
                                                                     key="facility2"), "\n\n",
          "Discharge Diagnosis:\n", "R femoral neck fracture\n" if hip else "R subdural hematoma\n",
          "Fall\nDelirium\n\n",
          "Discharge Condition:\nMental Status: Confused - sometimes.\n",
          "Activity Status: Out of Bed with assistance.\n\n",
          "Discharge Instructions:\nYou were admitted after a fall. Please use your walker at all times.\n\n",
          "Followup Instructions:\n", "Geriatrics fall clinic with Dr. ", _I("PERSON", _dr(r)), " in 4 weeks.\n",
          _Slot("ds", where="follow")]
    return o


def _d_ob(r: random.Random, p: _P) -> list:
    p.age = r.randint(17, 44)
    p.dob = _dob_for_age(r, p.age)
    last, first = r.choice(_SURNAMES), _first(r, "F")
    g = r.randint(1, 5)
    ab = r.randint(0, min(1, g - 1))
    para = f"{g - 1 - ab}0{ab}{g - 1 - ab}"
    ga_w, ga_d = r.randint(32, 41), r.randint(0, 6)
    lmp = _I("DATE_REAL_YEAR", _rdate(r, 2022, 2024), key="lmp")
    edc = _I("DATE_REAL_YEAR", _rdate(r, 2023, 2025), key="edc")
    mvc = r.random() < 0.25
    bc = _I("ORGANIZATION", r.choice(_BIRTH_CENTERS), key="bc")
    midwife = _I("PERSON", _full(r, "F"), key="midwife")
    doula = _I("PERSON", _full(r, "F"), key="doula")
    o = _ds_header(r, p, "F", "OBSTETRICS/GYNECOLOGY", _allergies(r),
                   [_I("PERSON", r.choice((f"{last}, {first}", f"{first} {last}")), key="pt")])
    o += ["Chief Complaint:\n", "MVC at " + f"{ga_w}w{ga_d}d" if mvc else r.choice(("Labor", "SROM", "Elevated BP",
                                                                                   "Transfer from birth center")),
                                                                                   "\n\n"]
    mode = r.choice(("SVD", "SVD", "vacuum-assisted vaginal delivery", "primary low transverse C-section",
                     "repeat low transverse C-section"))
    o += ["Major Surgical or Invasive Procedure:\n", mode, "\n\n", "History of Present Illness:\n"]
    o += [*_age_phrase(r, p, "F"), f" G{g}P{para} at {ga_w}w{ga_d}d by LMP (", lmp, ") c/w ",
          f"{r.randint(7, 12)} wk US, EDC ", edc, ", "]
    if mvc:
        o += ["restrained driver in a ", str(r.choice((25, 35, 45))), " mph rear-end collision on ", _I("LOCATION",
                                                                                                        _highway(r)),
              ". +airbag, no LOC. c/o cramping and decreased FM. Toco: ctx q3-5 min; FHT cat I. Kleihauer-Betke "
              "negative. Rh ", r.choice(("neg", "pos")), ". Monitored 24 h on L&D"]
    else:
        o += ["presented from ", bc, " where she had been laboring with CNM ", midwife, " and doula ", doula,
              " since ", _hm(r), "; transferred for ", r.choice(("prolonged second stage", "meconium-stained fluid",
                                                                   "maternal fever to 100.9F", "elevated BP 158/102",
                                                                   "category II tracing")),
              ". Bishop score on arrival ", str(r.randint(4, 11))]
    o += [".\n\nPrenatal care at ", _I("ORGANIZATION", r.choice(_PEDS_PRACTICES[2:] + _BIRTH_CENTERS), key="pnc"),
          ". Prenatal labs: O ", r.choice(("neg", "pos")), "/Ab neg/RPR NR/HBsAg neg/HIV neg/Rubella immune/GBS ",
          r.choice(("pos", "neg", "unknown")), ". 1h GCT ", str(r.randint(98, 162)), ". Tdap given at 28 wks.\n\n"]
    o += ["Past Medical History:\n", r.choice(("None", "Asthma", "Chronic HTN", "Type 1 DM on pump",
                                               "Anxiety/depression")),
          "\nPSH: ", r.choice(("None", "LTCS x1 (Pfannenstiel)", "Lap appy")), "\n\n"]
    town, st, z3 = _place(r)
    grp = p.group()
    o += ["Social History:\nLives with partner ", _I("PERSON", _full(r), key="partner"), " in ",
          _I("LOCATION", town, group=grp), ". "]
    if r.random() < 0.4:
        o += ["Address: ", _I("STREET_ADDRESS", _street(r), group=grp), ", ", _I("LOCATION", town, group=grp), ", ", st,
              " ", _I("ZIP", _zip(r, z3), group=grp), ". "]
    o += ["Works at ", _I("ORGANIZATION", r.choice(_EMPLOYERS), key="job"), ". EPDS ", str(r.randint(0, 14)),
          ". DV screen negative; National Domestic Violence Hotline 1-800-799-7233 provided. Enrolled in WIC. Cell ",
          _I("PHONE", _phone(r), key="cell"), ".\n"]
    if r.random() < 0.4:
        cue, v = _health_plan(r, "o")
        o += ["Insurance: ", cue, _I("HEALTH_PLAN", v), "\n"]
    o += [_Slot("ds", where="social"), "\nFamily History:\nMother - preeclampsia. Father - T2DM.\n\n"]
    o += ["Physical Exam:\nOn admission: ", _vitals(r), f"\nSVE {r.randint(3, 10)}/{r.randint(50, 100)}/"
          f"{r.choice(('-2', '-1', '0', '+1'))}, vtx. EFW {r.randint(2900, 4200):,} g by Leopold maneuvers.\n"
          f"On discharge: {_vitals(r)}\nFundus firm at U-{r.randint(1, 3)}, lochia moderate, incision/perineum "
          "intact.\n\n"]
    apg1, apg5 = r.randint(3, 9), r.randint(7, 9)
    o += ["Pertinent Results:\n",
          f"{_dprefix(r)} 06:10AM BLOOD WBC-{r.uniform(6, 19):.1f} Hgb-{r.uniform(8.1, 12.9):.1f} "
          f"Hct-{r.uniform(24, 38):.1f} Plt Ct-{r.randint(98, 310)}\n"
          f"{_dprefix(r)} 06:10AM BLOOD ALT-{r.randint(9, 88)} AST-{r.randint(12, 94)} Creat-0.{r.randint(4, 9)} "
          f"UricAcd-{r.uniform(3.1, 7.4):.1f}\nUrine prot/creat ratio 0.{r.randint(1, 9)}\n\n"]
    o += ["Brief Hospital Course:\n",
          f"Delivered by {mode} at {_hm(r)} of a live {r.choice(('female', 'male'))} infant, "
          f"{r.randint(2410, 4390):,} g, Apgars {apg1} and {apg5}. "]
    if "SVD" in mode and r.random() < 0.35:
        o += [f"Shoulder dystocia x {r.randint(30, 90)} sec relieved with McRoberts and suprapubic pressure. "]
    ebl = r.randint(250, 1400)
    lac = r.choice(("2nd degree laceration repaired with 3-0 Vicryl.", "Intact perineum.",
                    "1st degree lac, hemostatic."))
    o += [f"Placenta delivered spontaneously, Schultze, 3VC. EBL {ebl} mL. {lac}\n"
          "# PPH risk: Pitocin 30 units/500 mL, Methergine 0.2 mg IM x1, Hemabate 250 mcg x1; Cytotec not needed.\n"
          "# BP: ", r.choice(("normotensive", "gestational HTN, nifedipine started; BP goal <150/100")), ".\n"
          "# Rh: ", r.choice(("Rh neg, infant Rh pos, Rhogam 300 mcg given (Lot " + _lot(r) + ")",
                             "Rh pos, no Rhogam indicated")), ".\n"
          "# Contraception: ", r.choice(("Nexplanon placed PPD1 (lot " + _lot(r) + ")", "condoms, declines LARC",
                                        "plans IUD at 6-week visit")), ".\n"
          "# Lactation: breastfeeding well, Medela pump; lactation consulted.\n"]
    if r.random() < 0.3:
        o += ["# T1DM: insulin pump (Tandem t:slim X2) SN ", _I("DEVICE_ID", _serial(r, "pump")),
              " resumed at pre-pregnancy basal rates.\n"]
    o += [_Slot("ds", where="course"), "\n"]
    o += ["Medications on Admission:\nPrenatal vitamins\n\n", "Discharge Medications:\n", _med_list(r, _MEDS_OB, 4, 7),
          "\n",
          "Discharge Disposition:\nHome\n\n", "Discharge Diagnosis:\n", f"s/p {mode} at {ga_w}w{ga_d}d\n\n",
          "Discharge Condition:\nMental Status: Clear and coherent.\nActivity Status: Ambulatory - Independent.\n\n",
          "Discharge Instructions:\nNothing in the vagina for 6 weeks. Call for HA, vision changes, BP >160/110, "
          "bleeding >1 pad/hour. Postpartum Support International HelpLine 1-800-944-4773 (", "postpartum.net",
          "). Safe sleep: ", "www.safetosleep.nichd.nih.gov", ".\n\n"]
    o += ["Followup Instructions:\nBP check in 1 week and postpartum visit at 6 weeks with ", midwife if not mvc else
          _I("PERSON", _full(r, "F")), ". Infant to see Dr. ", _I("PERSON", _dr(r), key="peds"), " at ",
          _I("ORGANIZATION", r.choice(_PEDS_PRACTICES), key="pedsprac"), " in 2 days.\n", _Slot("ds", where="follow")]
    return o


def _d_nicu(r: random.Random, p: _P) -> list:
    sex = r.choice("FM")
    baby = "Baby Girl" if sex == "F" else "Baby Boy"
    p.age = 0
    y = r.randint(2019, 2024)
    born = _rdate(r, y, y)
    p.dob = born
    last = r.choice(_SURNAMES)
    mom_first = _first(r, "F")
    ga_w, ga_d = r.randint(24, 36), r.randint(0, 6)
    bw = int(400 + (ga_w - 23) * 190 + r.randint(-150, 250))
    m_age = r.randint(16, 43)
    surname = _I("PERSON", last, key="surname")
    o = _ds_header(r, p, sex, "NEONATOLOGY", "NKDA", [surname, f", {baby}"])
    o += ["HISTORY:\n", baby, " ", _I("PERSON", last, key="surname"), f" is the former {ga_w} {ga_d}/7 week, {bw:,} g "
          f"product of a {m_age} y/o G{(gr := r.randint(1, 5))}P{r.randint(0, gr - 1)} mother (",
          _I("PERSON", f"{mom_first} {last}" if r.random() < 0.7 else mom_first, key="mom"), ", MRN ",
          _I("MRN", _mrn(r), key="mommrn"), ") born by ",
          r.choice(("urgent C-section for NRFHT", "SVD", "C-section for breech presentation", "C-section for severe "
                    "preeclampsia")), " on ", _I("DATE_REAL_YEAR", born, key="dob"), f" at {_hm(r)}. "
          "Maternal history: O+, Ab neg, RPR NR, HBsAg neg, HIV neg, Rubella immune, GBS ", r.choice(("neg", "unknown",
                                                                                                      "pos")),
          ". Received BMZ x", str(r.randint(1, 2)), " and Mg for neuroprotection. ROM at delivery, clear fluid. Infant "
          f"emerged with poor tone, PPV x {r.randint(30, 90)} sec, Apgars {r.randint(1, 6)} and {r.randint(6, 9)}. "
          f"Ballard exam consistent with {ga_w} weeks.\n\n"]
    o += ["PHYSICAL EXAM ON ADMISSION:\n",
          f"BW {bw:,} g ({_ord(r.randint(8, 80))} %ile Fenton), HC {r.uniform(22, 33):.1f} cm, "
          f"L {r.uniform(30, 48):.1f} cm. ", _vitals(r, infant=True), ". AFOF, palate intact, red reflex deferred, "
          "grunting with retractions, no murmur, abd soft, 3VC, hips stable (Ortolani/Barlow neg), Moro symmetric.\n\n"]
    o += ["HOSPITAL COURSE BY SYSTEMS:\n",
          f"RESP: CPAP 6 from birth; Curosurf x{r.randint(1, 2)} via LISA at {r.randint(1, 8)} hrs for FiO2 "
          f"0.{r.randint(30, 60)}. "
          f"Caffeine citrate started, d/c'd at {r.randint(33, 35)} wks PMA. RA since DOL {r.randint(3, 40)}.\n",
          "CV: Soft murmur DOL 2; echo - small PDA, closed on f/u. Hemodynamically stable.\n",
          f"FEN/GI: TPN/IL via UVC (tip at T{r.randint(8, 10)}); trophic feeds DOL 1 with donor milk, full feeds DOL "
          f"{r.randint(6, 14)}. Now MBM fortified to 24 kcal/oz with Similac HMF, ad lib ~{r.randint(140, 180)} "
          "mL/kg/d.\n",
          f"HEME/BILI: peak bili {r.uniform(8.1, 15.9):.1f}/0.4 on DOL {r.randint(2, 5)} (below Bhutani high-risk zone "
          "after phototherapy x48 h). Hct 42.\n",
          "ID: Ampicillin/gentamicin x48 h for r/o sepsis; BCx NGTD at 48 h, abx d/c'd. Sepsis calculator not used.\n",
          f"NEURO: HUS DOL 7 and 30: {r.choice(('normal', 'grade I IVH (Papile) on R, resolved'))}.\n",
          "SENSORY: ABR passed bilaterally. ROP exam: ", r.choice(("mature retinas", "stage 1 zone III, f/u 2 wks",
                                                                    "not indicated (>30 wks, >1500 g)")), ".\n"]
    o += ["SOCIAL: Parents ", _I("PERSON", mom_first if r.random() < 0.5 else f"{mom_first} {last}", key="mom"),
          " and ",
          _I("PERSON", _full(r, "M"), key="dad"), " visiting daily"]
    dcf = r.random() < 0.4
    if dcf:
        o += [". 51A filed with DCF due to maternal positive tox screen (fentanyl). DCF worker ",
              _I("PERSON", _full(r), key="dcf"), " assigned; infant discharged to foster mother ",
              _I("PERSON", _full(r, "F"), key="foster"), " of ", _I("LOCATION", _place(r)[0], key="fostertown"),
              " through ", _I("ORGANIZATION", r.choice(_AGENCIES[:2]), key="agency"), ". Mother has supervised visits"]
    else:
        o += [". Older sibling attends ", _I("ORGANIZATION", r.choice(_DAYCARES), key="daycare"),
              "; family aware infant should avoid group care through RSV season"]
    o += [". Interpreter: ", r.choice(_LANGS), " (in person).\n", _Slot("ds", where="social"), "\n"]
    dw = bw + r.randint(200, 1800)
    o += [f"Bed at discharge: NICU Pod {r.choice('ABCD')}-{r.randint(1, 24)}, Giraffe OmniBed.\n",
          "CONDITION AT DISCHARGE: Stable, DOL ", str(r.randint(5, 90)),
          f", PMA {min(44, ga_w + r.randint(1, 8))} wks.\n",
          f"DISCHARGE WEIGHT: {dw:,} g ({_ord(r.randint(5, 60))} %ile). HC {r.uniform(30, 36):.1f} cm.\n\n",
          "FEEDS AT DISCHARGE: MBM fortified to 22 kcal/oz with Neosure powder, or Neosure 22 ad lib.\n\n",
          "MEDICATIONS: Poly-vi-sol with iron 1 mL PO daily. Vitamin D 400 IU daily.\n\n",
          "CAR SEAT POSITION SCREENING: passed 90-minute test in "
          f"{r.choice(('Graco SnugRide 35', 'Chicco KeyFit 30', 'Britax B-Safe'))}.\n\n",
          "STATE NEWBORN SCREEN: sent DOL 1 and DOL 14, results normal.\n\n",
          "IMMUNIZATIONS RECEIVED (VIS from www.cdc.gov/vaccines given to parents): Hepatitis B vaccine "
          "(Engerix-B, Lot ", _lot(r), ") ", _sdate(r),
          r.choice(("; nirsevimab (Beyfortus) 50 mg IM prior to discharge.", "; Synagis eligible, first dose given.",
                    ".")), "\n\n"]
    if r.random() < 0.3:
        o += ["HOME EQUIPMENT: apnea/bradycardia monitor (Masimo Rad-97), serial ", _I("DEVICE_ID", _serial(r, "mon")),
              "\n\n"]
    o += ["FOLLOW-UP: Pediatrician Dr. ", _I("PERSON", _dr(r), key="peds"), " at ",
          _I("ORGANIZATION", r.choice(_PEDS_PRACTICES), key="pedsprac"), " within 48 h of discharge; summary faxed to ",
          _I("FAX", _phone(r)),
          ". Early Intervention referral sent. NICU Follow-up (Denver II) at 6 months corrected.\n",
          _Slot("ds", where="follow"), "\n",
          "DISCHARGE DIAGNOSES:\n", f"Prematurity at {ga_w} {ga_d}/7 weeks\nRDS s/p surfactant\nHyperbilirubinemia of "
          "prematurity\nR/o sepsis, ruled out\n\n", "Discharge Disposition:\n",
          "Foster care" if dcf else "Home with parents",
          "\n\n", "Attending neonatologist: ", _I("PERSON", _dr(r), key="attending"), ", MD\n"]
    return o


def _broselow(wt: float) -> str:
    for top, colour in ((5.9, "grey"), (7.9, "pink"), (9.9, "red"), (11.9, "purple"), (14.9, "yellow"),
                        (18.9, "white"), (23.9, "blue"), (29.9, "orange"), (36.9, "green")):
        if wt <= top:
            return f"Broselow {colour}"
    return "above Broselow range"


_PEDS_CASES = ("ingestion", "nat", "shunt", "febrile", "mvc")


def _d_peds(r: random.Random, p: _P) -> list:
    case = r.choice(_PEDS_CASES)
    p.ctx = "n" if case in ("nat", "febrile") else "c"
    sex = r.choice("FM")
    last = r.choice(_SURNAMES)
    kid = _first(r, sex)
    kid_age = {"ingestion": r.randint(1, 4), "nat": 0, "shunt": r.randint(3, 14), "febrile": 0,
               "mvc": r.randint(4, 12)}[case]
    p.age = kid_age
    p.dob = _dob_for_age(r, kid_age)
    mom = _I("PERSON", f"{_first(r, 'F')} {last}" if r.random() < 0.6 else _first(r, 'F'), key="mom")
    o = _ds_header(r, p, sex, "PEDIATRICS" if case != "shunt" else "PEDIATRIC NEUROSURGERY", _allergies(r),
                   [_I("PERSON", r.choice((f"{last}, {kid}", f"{kid} {last}")), key="pt")])
    if kid_age:
        ag = f"{kid_age} y/o"
    else:
        ag = f"{r.randint(2, 11)} mo" if case == "nat" else f"{r.randint(8, 27)} day old"
    he = "girl" if sex == "F" else "boy"
    if case == "ingestion":
        drug = r.choice(("clonidine 0.1 mg", "amlodipine 10 mg", "glipizide 5 mg", "buprenorphine 8 mg film",
                         "a lithium button battery", "a laundry detergent pod"))
        o += ["Chief Complaint:\nIngestion\n\nMajor Surgical or Invasive Procedure:\n",
              "EGD with battery removal\n\n" if "battery" in drug else "None\n\n",
              "History of Present Illness:\n", f"{ag} previously healthy {he} BIBA after being found by ",
              r.choice(("grandmother", "mother", "babysitter")), f" with {drug} at approx {_hm(r)}. ",
              "Family called Poison Control (1-800-222-1222); specialist ", _I("PERSON", _full(r)),
              " recommended ED evaluation and followed by phone. ",
              f"In ED: HR {r.randint(62, 160)}, BP {r.randint(72, 110)}/{r.randint(38, 70)}, somnolent but arousable, "
              "pupils 2 mm. ", r.choice(("Naloxone 0.1 mg/kg x1 with partial response. ",
                                         "FSBG 38 -> D10 bolus, octreotide. ",
                                         "XR: 'halo' sign at the esophagus, GI to OR within 2 h. ",
                                         "Observed on CR monitor. ")),
              "Dose estimate: up to ", str(r.randint(2, 6)), " units missing.\n\n"]
    elif case == "nat":
        o += ["Chief Complaint:\nR thigh swelling, fussiness\n\nMajor Surgical or Invasive Procedure:\nSpica cast\n\n",
              "History of Present Illness:\n", f"{ag} F/M infant brought by mother (".replace("F/M", he), mom,
              ") for R thigh swelling and fussiness x1 day. Mother reports infant was in the care of ",
              r.choice(("her boyfriend ", "a neighbor ")), _I("PERSON", _full(r, "M"), key="bf"), " and at ",
              _I("ORGANIZATION", r.choice(_DAYCARES), key="daycare"), " that week; no clear mechanism. "
              "XR: R spiral femur fx. Skeletal survey: healing L posterior rib fx 6-7. TEN-4-FACESp bruising on "
              "the ear. Child Protection Team consulted.\n\n"]
    elif case == "shunt":
        dev, kind = _DEVICES[r.choice((2, 3))]
        o += ["Chief Complaint:\nHA, vomiting\n\nMajor Surgical or Invasive Procedure:\nVP shunt revision (distal)\n\n",
              "History of Present Illness:\n",
              f"{ag} {he} with IVH-related hydrocephalus s/p R parietal {dev}, serial ",
              _I("DEVICE_ID", _serial(r, kind), key="shunt"), ", presents with 2 days of HA, emesis and lethargy. "
              "Shunt series: no disconnection. Rapid MRI: increased ventricular size vs prior (", _sdate(r), "). "
              "Valve setting 1.5 confirmed after MRI.\n\n"]
    elif case == "febrile":
        o += ["Chief Complaint:\nFever\n\nMajor Surgical or Invasive Procedure:\nLumbar puncture\n\n",
              "History of Present Illness:\n",
              f"{ag} term {he} with rectal temp {r.uniform(100.4, 102.9):.1f}F at home. "
              "Per AAP 2021 febrile infant guideline (and not low risk by Rochester or Philadelphia criteria), full "
              f"sepsis evaluation: UA {r.choice(('neg', '+LE, >50 WBC'))}, procalcitonin {r.uniform(0.1, 2.9):.1f}, "
              f"ANC {r.randint(1900, 9800)}. LP: WBC {r.randint(0, 40)}, RBC {r.randint(0, 900)}, prot "
              f"{r.randint(40, 120)}, "
              f"gluc {r.randint(38, 60)}. Started ampicillin and ceftazidime. Mother (", mom, ") GBS negative.\n\n"]
    else:
        o += ["Chief Complaint:\nMVC, abdominal pain\n\nMajor Surgical or Invasive Procedure:\nNone\n\n",
              "History of Present Illness:\n", f"{ag} {he} rear-seat passenger in a booster seat, lap-shoulder belt, "
              f"{r.choice((35, 40, 50))} mph {r.choice(_COLL)} collision on ", _I("LOCATION", _highway(r)),
              ". Driver (", r.choice(("mother ", "father ", "grandfather ")), _I("PERSON", _full(r), key="driver"),
              ") transported to ", _I("ORGANIZATION", r.choice(_HOSPITALS)),
              ". Seat belt sign; L2 Chance fracture on CT; "
              "PECARN abdominal rule applied. GCS 15.\n\n"]
    pmh = ("Term, NSVD, no NICU stay", "Former 28 wk preemie") if kid_age == 0 else (
        "Term, NSVD, no NICU stay", "Former 28 wk preemie", "Asthma (mild intermittent)", "None", "ADHD")
    o += ["Past Medical History:\n", r.choice(pmh), "\nImmunizations: up to date per mother",
          "" if kid_age == 0 else "; last DTaP in 2022", ".\n\n"]
    town, st, z3 = _place(r)
    grp = p.group()
    o += ["Social History:\nLives with ", mom if case != "nat" else "mother", ", ",
          r.choice(("maternal grandmother", "two older siblings", "mother's partner", "father (shared custody)")),
          " in ", _I("LOCATION", town, key="hometown", group=grp)]
    if r.random() < 0.35:
        o += [" (", _I("STREET_ADDRESS", _street(r), group=grp), ", ", _I("LOCATION", town, key="hometown", group=grp),
              ", ",
              st, " ", _I("ZIP", _zip(r, z3), group=grp), ")"]
    o += [". "]
    if kid_age >= 4:
        o += ["In grade ", str(max(1, kid_age - 5)), " at ", _I("ORGANIZATION", r.choice(_SCHOOLS), key="school"), ". "]
    elif kid_age >= 1:
        o += ["Attends ", _I("ORGANIZATION", r.choice(_DAYCARES), key="daycare"), ". "]
    if case == "nat" or r.random() < 0.2:
        o += ["51A filed with DCF; DCF response worker ", _I("PERSON", _full(r), key="dcf"), ". ",
              r.choice(("Det. ", "Officer ", "Sgt. ")), _I("PERSON", r.choice((_full(r), r.choice(_SURNAMES))),
                                                           key="officer"),
              " of the local police interviewed the family. Father ", _I("PERSON", _full(r, "M"), key="dad"),
              " has supervised visits per custody order. "]
    o += ["Mother's cell ", _I("PHONE", _phone(r), key="momcell"), ".\n", _Slot("ds", where="social"), "\n"]
    wt = r.uniform(3.1, 8.9) if kid_age == 0 else kid_age * 3 + 7 + r.uniform(-2, 6)
    o += ["Physical Exam:\n", f"Wt {wt:.1f} kg ({_broselow(wt)}). ",
          _vitals(r, kid=True), "\nGen: ", r.choice(("sleepy but arousable", "irritable, consolable",
                                                     "well appearing")),
          ". HEENT: ", "AFOF, " if kid_age == 0 else "", "TMs clear. Lungs CTAB. CV RRR, no murmur. Abd soft. Skin: ",
          r.choice(("no bruising", "bruise on L pinna", "seat belt sign", "no rash")), ". Neuro: nonfocal, ",
          "Babinski upgoing (age-appropriate)" if kid_age == 0 else "Kernig/Brudzinski negative", ".\n\n"]
    o += ["Pertinent Results:\n", f"{_dprefix(r)} 08:15PM BLOOD WBC-{r.uniform(5, 24):.1f}* Hgb-{r.uniform(9, 14):.1f} "
          f"Plt Ct-{r.randint(150, 520)} CRP-{r.uniform(0.5, 90):.1f}\n"
          f"{_dprefix(r)} 08:15PM BLOOD Glucose-{r.randint(38, 140)} Na-{r.randint(132, 144)} "
          f"K-{r.uniform(3.4, 5.6):.1f} "
          f"ALT-{r.randint(10, 140)} AST-{r.randint(18, 220)} Lipase-{r.randint(8, 60)}\n\n"]
    o += ["Brief Hospital Course:\n", {
        "ingestion": "Monitored on CR monitor in the PICU; poison center recommendations followed. Returned to "
                     "baseline "
                     "by 18 h. Safe storage counseling done (www.poison.org).\n",
        "nat": "Spica cast by ortho. Ophthalmology: no retinal hemorrhages. CT head and LFTs normal. CPT recommends "
               "discharge to a safe caregiver per DCF safety plan.\n",
        "shunt": "Distal catheter revised by Dr. ___ HD1; CSF cx negative. Tolerating diet, HA resolved.\n",
        "febrile": "CSF and blood cultures no growth at 36 h; antibiotics stopped. Feeding well.\n",
        "mvc": "Serial abdominal exams benign; TLSO when upright; PT cleared for stairs. Car seat/booster counseling "
               "(www.safekids.org).\n",
    }[case]]
    if case == "nat":
        o += ["Discharged to the custody of maternal aunt ", _I("PERSON", _full(r, "F"), key="aunt"), " of ",
              _I("LOCATION", _place(r)[0]), " per DCF safety plan.\n"]
    o += [_Slot("ds", where="course"), "\n", "Discharge Medications:\n",
          f"1. Acetaminophen {r.choice((120, 160, 240, 320))} mg PO Q6H:PRN\n"
          f"2. Ibuprofen {r.choice((50, 100, 200))} mg PO Q6H:PRN\n\n",
          "Discharge Disposition:\n", r.choice(("Home", "Home",
                                                "Foster care")) if case != "nat" else "Home with relative",
          "\n\n", "Discharge Diagnosis:\n", {"ingestion": "Toxic ingestion", "nat": "Femur fracture, concern for NAT",
                                               "shunt": "VP shunt malfunction", "febrile": "Fever in infant <28 days",
                                               "mvc": "L2 Chance fracture"}[case], "\n\n",
          "Discharge Condition:\nMental Status: Clear and coherent (age-appropriate).\nActivity Status: as "
          "tolerated.\n\n",
          "Discharge Instructions:\nPoison Help line 1-800-222-1222; in an emergency call 911. More at ",
          "www.healthychildren.org (AAP, www.aap.org)" if case == "febrile" else
          "www.healthychildren.org", ".\n\n",
          "Followup Instructions:\nPCP Dr. ", _I("PERSON", _dr(r), key="peds"), " (", _I("ORGANIZATION",
                                                                                         r.choice(_PEDS_PRACTICES),
                                                                                      key="pedsprac"),
                                                                                      ") in 2-3 days.\n",
          _Slot("ds", where="follow")]
    return o


# --------------------------------------------------------------------------------------------------
# Radiology reports
# --------------------------------------------------------------------------------------------------

def _notification(r: random.Random, p: _P) -> list:
    when = "___" if r.random() < 0.6 else _sdate(r)
    role = r.choice({"ct_trauma": ("trauma surgery", "the ED attending", "neurosurgery"),
                     "elder": ("the ED attending", "neurosurgery", "the geriatrics team"),
                     "ob": ("the OB resident", "the L&D attending", "the ED attending"),
                     "peds": ("pediatric surgery", "the pediatric ED attending", "the Child Protection Team")}[p.kind])
    modes = (("on the telephone", "in person in the trauma bay") if p.kind == "ct_trauma"
             else ("on the telephone", "by telephone", "in person"))
    return ["NOTIFICATION:  The findings were discussed with Dr. ", _I("PERSON", _dr(r), key="referrer"), ", ", role,
            ", by ", _I("PERSON", _dr(r), key="reader"), ", M.D. ", r.choice(modes),
            " on ", when, " at ", _ampm(r), f", {r.randint(2, 25)} minutes after discovery of the findings.\n"]


def _triage(r: random.Random, kid: bool = False, infant: bool = False) -> str:
    """An ED triage line pasted into the requisition (ESI, vitals, pain score: look-alike rich)."""
    hr = r.randint(96, 170) if kid else r.randint(52, 124)
    bp = f"{r.randint(84, 118)}/{r.randint(44, 76)}" if kid else f"{r.randint(96, 184)}/{r.randint(50, 98)}"
    rr = r.randint(24, 52) if infant else r.randint(18, 40) if kid else r.randint(12, 26)
    pain = f"FLACC {r.randint(0, 8)}/10" if infant else f"pain {r.randint(0, 10)}/10, GCS {r.randint(13, 15)}"
    return (f"ED triage {_hm(r)}: ESI {r.randint(1, 3)}, HR {hr}, BP {bp}, RR {rr}, "
            f"SpO2 {r.randint(91, 100)}% RA, {pain}.\n")


def _r_ct_trauma(r: random.Random, p: _P) -> list:
    sex = r.choice("MMF")
    p.age = r.randint(90, 98) if p.old else r.randint(17, 86)
    head_bad = r.random() < 0.4
    o = ["EXAMINATION:  CT HEAD, C-SPINE W/O CONTRAST; CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST ",
         "(TRAUMA PAN-SCAN)\n\n",
         "INDICATION:  ", *_age_phrase(r, p, sex), " s/p ", r.choice(("rollover MVC", "MVC, prolonged extrication",
                                                                       "pedestrian struck", "motorcycle crash",
                                                                       "fall from 15 ft ladder")),
         ", ", r.choice(("+LOC", "no LOC", "GCS 13", "intubated in field", "hypotensive in the field")),
         "  // ?intracranial hemorrhage, ?C-spine fx, ?solid organ injury\n"]
    if r.random() < 0.4:
        o += ["Trauma activation at ", _hm(r), "; pt extricated on ", _I("LOCATION", _highway(r)), " per EMS.\n"]
    o += [_Slot("rr", "ADDITIONAL HISTORY:  ", "hist"), "\n"]
    scanner = r.choice(("Siemens SOMATOM Force (syngo CT VA50)", "GE Revolution CT (software 1.2.1)",
                        "Canon Aquilion ONE PRISM (v10.4)", "Philips IQon Spectral CT"))
    ctd, dlp = r.uniform(38, 60), r.uniform(700, 1100)
    o += ["TECHNIQUE:  Multidetector CT of the head and cervical spine without contrast, followed by CT of the chest, "
          "abdomen and pelvis after 100 mL Omnipaque 350 IV in the portal venous phase, on a ", scanner,
          ", protocol TRAUMA-PAN v4 (order set ED-TRAUMA-12; CPT 70450, 72125, 71260, 74177). Coronal and sagittal "
          "reformats.\n\n",
          f"DOSE:  Acquisition sequence:\n   1) Spiral Acquisition {r.uniform(3, 6):.1f} s, {r.uniform(15, 21):.1f} "
          "cm; "
          f"CTDIvol = {ctd:.1f} mGy (Head) DLP = {dlp:.1f} mGy-cm.\n   2) Spiral Acquisition {r.uniform(7, 12):.1f} s, "
          f"{r.uniform(55, 75):.1f} cm; CTDIvol = {r.uniform(8, 16):.1f} mGy (Body) DLP = {r.uniform(600, 1300):.1f} "
          "mGy-cm.\n"
          f" Total DLP (Body) = {r.randint(600, 1300):,} mGy-cm.\n\n"]
    if r.random() < 0.45:
        o += ["COMPARISON:  Outside CT head from ", _I("ORGANIZATION", r.choice(_HOSPITALS), key="osh"), " dated ",
              _I("DATE_REAL_YEAR", _rdate(r, 2017, 2024), key="oshdate"), ", images uploaded to PACS.\n\n"]
    else:
        o += ["COMPARISON:  None.\n\n"]
    o += ["FINDINGS:\n\nHEAD:  ", "Small acute subdural hematoma along the left convexity measuring up to 5 mm without "
          "midline shift. Hemorrhagic contusion in the right frontal lobe." if head_bad else
          "No acute intracranial hemorrhage, mass effect or large territorial infarct.",
          " Basal cisterns patent. No calvarial fracture. Mastoid air cells clear.\n\n",
          "CERVICAL SPINE:  ", r.choice(("No acute fracture or malalignment. Prevertebral soft tissues normal.",
                                         "Nondisplaced type II dens fracture. No Jefferson or hangman's fracture.",
                                         "Mild multilevel degenerative disease without fracture.")), "\n\n",
          "CHEST:  ", r.choice(("Small left pneumothorax. Acute fractures of the left 4th-8th ribs laterally, "
                                "6th-7th segmental (flail segment).", "Bibasilar atelectasis. No pneumothorax.",
                                "Right pulmonary contusion. Sternal fracture without retrosternal hematoma.")),
          " No mediastinal hematoma. Aorta normal caliber, no intimal flap.\n\n",
          "ABDOMEN:  ", r.choice(("Grade III splenic laceration without active extravasation; moderate hemoperitoneum "
                                  "tracking into Morison's pouch.", "Grade II hepatic laceration segment VI. Small "
                                  "hemoperitoneum.", "No solid organ injury. No free air.")),
          " Kidneys enhance symmetrically. ",
          r.choice(("Bowel wall thickening in the jejunum with mesenteric stranding "
                                                        "(seat belt distribution).", "Bowel unremarkable.")), "\n\n",
          "PELVIS:  ", r.choice(("Nondisplaced right superior and inferior pubic rami fractures (LC-1).",
                                 "No fracture. Bladder decompressed by Foley catheter.",
                                 "Small volume free fluid in the pelvis.")), "\n\n",
          "BONES:  ", r.choice(("Flexion-distraction (Chance) fracture through L1.", "No acute osseous abnormality "
                                "in the thoracolumbar spine.", "Right midshaft femoral fracture partially imaged.")),
          "\n\nIMPRESSION:\n\n1. ", "Acute left convexity SDH (5 mm) and right frontal contusion." if head_bad else
          "No acute intracranial abnormality.", "\n2. Thoracoabdominal injuries as above.\n3. No CT evidence of "
          "aortic injury.\n\n"]
    o += _notification(r, p)
    if r.random() < 0.4:
        o += ["Pager for the trauma attending: ", _I("PAGER", _pager(r)), ".\n"]
    o += [_Slot("rr", where="end")]
    return o


def _r_peds(r: random.Random, p: _P) -> list:
    kind = r.choice(("survey", "fb", "elbow", "babygram", "hip", "chest"))
    sex = r.choice("FM")
    he = "girl" if sex == "F" else "boy"
    mom = _I("PERSON", _full(r, "F"), key="mom")
    yrs = {"fb": r.randint(1, 5), "elbow": r.randint(3, 11), "chest": r.randint(1, 15)}.get(kind, 0)
    p.age = yrs
    p.ctx = "c" if yrs else "n"
    if kind == "babygram":
        line = (f"NICU: birth weight {r.randint(620, 2300):,} g, Apgars {r.randint(1, 6)} and {r.randint(5, 9)}, on "
                "CPAP 6 "
                f"with FiO2 0.{r.randint(35, 60)} before intubation; Curosurf given at {_hm(r)}.\n")
    else:
        line = _triage(r, kid=True, infant=not yrs)
    slot = [line, _Slot("rr", "ADDITIONAL HISTORY:  ", "hist")]
    if kind == "survey":
        o = ["EXAMINATION:  SKELETAL SURVEY, COMPLETE (INFANT)\n\n",
             f"INDICATION:  {r.randint(2, 11)} month old {he} with R femur fracture, concern for nonaccidental trauma. "
             "History per mother (", mom, "): rolled off a changing table at ",
             _I("ORGANIZATION", r.choice(_DAYCARES), key="dc"), ".  // Additional fractures?\n", slot, "\n",
             "TECHNIQUE:  Skeletal survey per ACR-SPR practice parameter: AP and lateral skull, lateral cervical "
             "spine, "
             "AP and lateral chest with bilateral obliques, AP abdomen/pelvis, lateral lumbar spine, AP humeri, "
             "forearms, femurs, tibias, PA hands and AP feet (21 images).\n\n",
             "COMPARISON:  Right femur radiographs from earlier the same day.\n\n",
             "FINDINGS:\n\nRedemonstrated spiral fracture of the right femoral diaphysis without periosteal reaction "
             "or "
             "callus, consistent with an acute injury (<7-10 days). ",
             r.choice(("Healing fractures of the left posterior 6th and 7th ribs with callus formation, consistent "
                       "with "
                       "an older injury (>10-14 days).", "No additional fractures. No classic metaphyseal lesions.",
                       "Classic metaphyseal lesion (bucket-handle) of the distal left tibia.")),
             " Skull: no fracture; sutures and fontanelles normal for age. Spine: normal alignment, no compression "
             "deformity. Hands and feet: normal. Soft tissues unremarkable.\n\n",
             "IMPRESSION:\n\n1. Acute spiral fracture of the right femoral shaft.\n2. Additional findings as above are "
             "highly concerning for nonaccidental trauma in a nonambulatory infant.\n3. Follow-up skeletal survey in "
             "2 weeks recommended. Child Protection Team aware.\n\n"]
    elif kind == "fb":
        o = ["EXAMINATION:  CHEST AND ABDOMEN (AP, LATERAL) FOR FOREIGN BODY (\"MOUTH TO ANUS\")\n\n",
             f"INDICATION:  {yrs} year old {he} with witnessed ingestion of a coin or button battery at ",
             r.choice(("home", _I("ORGANIZATION", r.choice(_DAYCARES), key="dc"))), " per ",
             r.choice(("mother", "grandfather", "babysitter")), ", drooling.  // Location of foreign body?\n", slot,
             "\n",
             "TECHNIQUE:  Single frontal view from the nasopharynx to the anus; lateral views of the neck and "
             "chest.\n\n",
             "COMPARISON:  None.\n\nFINDINGS:\n\n",
             f"A {r.randint(15, 24)} mm round radiopaque foreign body projects over the ",
             r.choice(("upper esophagus at the level of T1", "stomach",
                       "distal small bowel in the right lower quadrant")),
             r.choice((", with a double-ring (halo) contour on the frontal view and a step-off on the lateral view, "
                       "compatible with a button battery", ", uniform density without a halo, favored to be a coin")),
             ". No additional foreign bodies. Lungs clear without air trapping. No pneumomediastinum. Nonobstructive "
             "bowel "
             "gas pattern without free air. Visualized osseous structures normal. No retained metallic fragments "
             "elsewhere from the skull base to the pubic symphysis.\n\n",
             "IMPRESSION:\n\n1. Foreign body as above.\n2. A button battery lodged in the esophagus is an emergency "
             "requiring removal within 2 hours; discussed with pediatric GI.\n\n"]
    elif kind == "elbow":
        o = ["EXAMINATION:  ELBOW (AP, LATERAL, OBLIQUE) ", r.choice(("RIGHT", "LEFT")), "\n\n",
             f"INDICATION:  {yrs} year old {he}, FOOSH from monkey bars at ",
             _I("ORGANIZATION", r.choice(_SCHOOLS), key="school"), ", swelling and pain, neurovascularly intact per "
             "ED.  // Fracture?\n",
             f"History: fell ~{r.randint(3, 6)} ft onto an outstretched hand at {_hm(r)}; unable to flex the elbow; "
             "radial pulse 2+, cap refill <2 s, AIN/PIN/ulnar motor and sensation intact; splinted by EMS.\n",
             slot, "\n",
             "TECHNIQUE:  Three views of the elbow. Comparison view of the contralateral side not obtained. Splint "
             "material was not present at the time of imaging.\n\n",
             "COMPARISON:  None.\n\nFINDINGS:\n\n",
             r.choice(("Extension-type supracondylar humeral fracture, Gartland type II; the anterior humeral line "
                       "passes anterior to the capitellum. Posterior cortex intact.",
                       "Salter-Harris type II fracture of the distal radius with 15 degrees of dorsal angulation.",
                       "Elevated anterior and posterior fat pads without a visible fracture line; occult supracondylar "
                       "fracture is likely.")),
             " Radiocapitellar line intact. Ossification centers (CRITOE) appropriate for age. No Monteggia or "
             "Galeazzi injury. Soft tissue swelling about the elbow. The visualized distal humeral diaphysis and "
             "proximal radius and ulna are intact. No joint malalignment; the ulnohumeral joint is congruent.\n\n",
             "IMPRESSION:\n\nFindings as above. Orthopedic consultation recommended; follow-up radiographs in 7-10 "
             "days "
             "if occult fracture suspected.\n\n"]
    elif kind == "babygram":
        o = ["EXAMINATION:  BABYGRAM (CHEST AND ABDOMEN) PORTABLE\n\n",
             f"INDICATION:  Newborn, {r.randint(24, 34)} weeks GA, Baby ", "Girl " if sex == "F" else "Boy ",
             _I("PERSON", r.choice(_SURNAMES), key="surname"), ", intubated for surfactant, UVC and UAC placed at the "
             "bedside.  // Line and tube position?\n", slot, "\n",
             "TECHNIQUE:  Single portable AP view of the chest and abdomen in the isolette.\n\n",
             "COMPARISON:  None.\n\nFINDINGS:\n\n",
             f"ETT tip {r.uniform(0.8, 1.6):.1f} cm above the carina. UVC tip at the level of T{r.randint(8, 11)}, "
             f"at the IVC/right atrial junction. UAC tip at T{r.randint(6, 9)}, in good position. OGT in the stomach. "
             "Diffuse fine granular opacities with air bronchograms and low lung volumes, consistent with surfactant "
             "deficiency. No pneumothorax or pulmonary interstitial emphysema. Cardiothymic silhouette normal. "
             "Bowel gas pattern normal without pneumatosis. Skin fold over the right hemithorax. Umbilical clamp "
             "and monitoring leads overlie the abdomen and chest. Osseous structures: 11 pairs of ribs, no "
             "vertebral segmentation anomaly.\n\n",
             "IMPRESSION:\n\n1. Lines and tubes as above, UVC may be withdrawn 0.5 cm.\n2. Respiratory distress "
             "syndrome.\n\n"]
    elif kind == "hip":
        o = ["EXAMINATION:  ULTRASOUND HIPS, INFANT (DYNAMIC)\n\n",
             f"INDICATION:  {r.randint(4, 10)} week old {he}, breech presentation, clicky hip on exam by Dr. ",
             _I("PERSON", _dr(r), key="pcp"), ".  // DDH?\n", slot, "\n",
             "TECHNIQUE:  Coronal and transverse static and stress views of both hips (Graf technique) on a Philips "
             "EPIQ 7 with an eL18-4 transducer.\n\n",
             "COMPARISON:  None.\n\nFINDINGS:\n\n",
             f"Right: alpha angle {r.randint(52, 66)} degrees, beta angle {r.randint(44, 70)} degrees, femoral head "
             f"coverage {r.randint(38, 62)}%. Left: alpha angle {r.randint(48, 66)} degrees, beta angle "
             f"{r.randint(44, 74)} degrees, coverage {r.randint(35, 60)}%. No subluxation or dislocation with the "
             "Barlow maneuver. Labrum normally positioned. Ossific nuclei not yet present. Dynamic stress imaging "
             "shows stable femoral heads bilaterally with less than 2 mm of posterior translation. Risk factors per "
             "referral: breech presentation, first-born, family history of DDH; swaddling with the hips free "
             "counselled.\n\n",
             "IMPRESSION:\n\nGraf type ", r.choice(("I", "IIa", "IIa")), " hips bilaterally. Pavlik harness not "
             "indicated at this time; follow-up ultrasound at 12 weeks of age if clinically concerned.\n\n"]
    else:
        o = ["EXAMINATION:  CHEST (PA AND LAT)\n\n",
             f"INDICATION:  {yrs} year old {he} with fever to {r.uniform(101, 104.5):.1f}F, cough, "
             f"tachypnea to {r.randint(30, 60)}, SpO2 {r.randint(88, 95)}% RA in the ED.  // Pneumonia?\n",
             f"History: {r.randint(2, 6)} days of cough and post-tussive emesis, decreased PO intake, ",
             r.choice(("sick contacts at daycare", "sibling with RSV", "no sick contacts", "recent travel")),
             "; immunizations up to date per parent; albuterol x3 in the ED with partial response; dexamethasone "
             "0.6 mg/kg PO given. Exam: subcostal retractions, diminished breath sounds at the right base, "
             "crackles.\n", slot, "\n",
             "TECHNIQUE:  PA and lateral views of the chest.\n\n",
             "COMPARISON:  ", r.choice(("None.", "Chest radiograph " + _sdate(r) + ".")), "\n\nFINDINGS:\n\n",
             r.choice(("Rounded consolidation in the right lower lobe (round pneumonia).",
                       "Perihilar peribronchial thickening and hyperinflation without focal consolidation, compatible "
                       "with viral bronchiolitis or reactive airway disease.",
                       "Left lower lobe consolidation with a small parapneumonic effusion.")),
             " Lung volumes normal; no hyperinflation. No pneumothorax. Cardiothymic silhouette normal for age. "
             "No radiopaque foreign body in the airway or esophagus. Upper abdomen: nonobstructive bowel gas. "
             "Osseous structures intact; no rib fractures.\n\n",
             "IMPRESSION:\n\nFindings as above. Follow-up radiograph is not needed if clinically improving.\n\n"]
    if r.random() < 0.6:
        o += _notification(r, p)
    o += [_Slot("rr", where="end")]
    return o


def _r_ob(r: random.Random, p: _P) -> list:
    p.age = r.randint(17, 44)
    gw, gd = r.randint(18, 38), r.randint(0, 6)
    o = ["EXAMINATION:  OB ULTRASOUND, ", r.choice(("2ND/3RD TRIMESTER, SINGLETON", "LIMITED, TRAUMA")), "\n\n",
         "INDICATION:  ", *_age_phrase(r, p, "F"),
         f" G{(gr := r.randint(1, 5))}P{r.randint(0, gr - 1)} at {gw}w{gd}d by LMP (",
         _I("DATE_REAL_YEAR", _rdate(r, 2022, 2024), key="lmp"), r.choice(("), ", "), EDC ")),
         ]
    if o[-1] == "), EDC ":
        o += [_I("DATE_REAL_YEAR", _rdate(r, 2023, 2025), key="edc"), ", "]
    o += [r.choice(("s/p MVC, abdominal pain", "vaginal bleeding", "decreased fetal movement after fall",
                    "size < dates, referred by midwife")), ".  // Abruption? Fetal well-being?\n"]
    if r.random() < 0.5:
        o += ["Referring midwife: ", _I("PERSON", _full(r, "F"), key="midwife"), ", ",
              _I("ORGANIZATION", r.choice(_BIRTH_CENTERS), key="bc"), ".\n"]
    o += [_triage(r), _Slot("rr", "ADDITIONAL HISTORY:  ", "hist"), "\n",
          "TECHNIQUE:  Transabdominal grayscale, color and spectral Doppler on a GE Voluson E10 (BT21).\n\n",
          "COMPARISON:  ", r.choice(("None.", "Anatomy scan " + _sdate(r) + ".")), "\n\nFINDINGS:\n\n",
          f"Single live intrauterine pregnancy, {r.choice(('cephalic', 'breech', 'transverse'))}. FHR "
          f"{r.randint(118, 168)} bpm.\n"
          f"Placenta {r.choice(('posterior fundal', 'anterior', 'posterior'))}, no previa. No retroplacental hematoma "
          "(ultrasound is insensitive for abruption).\n"
          f"AFI {r.uniform(6, 22):.1f} cm (MVP {r.uniform(2.1, 8):.1f} cm).\n"
          f"Biometry: BPD {r.uniform(4, 9.4):.1f} cm, HC {r.uniform(15, 34):.1f} cm, AC {r.uniform(13, 36):.1f} cm, "
          f"FL {r.uniform(2.8, 7.6):.1f} cm. EFW {r.randint(300, 3900):,} g ({_ord(r.randint(3, 96))} percentile, "
          "Hadlock).\n"
          f"Umbilical artery Doppler S/D ratio {r.uniform(1.9, 3.6):.1f}, MCA PSV {r.uniform(0.9, 1.4):.2f} MoM.\n"
          f"Cervical length {r.uniform(2.1, 4.4):.1f} cm, no funneling.\n"
          "Limited fetal anatomy: stomach, kidneys and bladder visualized; four-chamber heart and outflow tracts "
          f"normal; 3-vessel cord. Biophysical profile {r.choice(('8/8', '8/8', '6/8'))} (tone, movement, breathing, "
          "fluid). NST reactive on L&D before the scan.\n\n"
          "IMPRESSION:\n\n1. Single live IUP, biometry consistent with dates.\n2. No sonographic evidence of "
          "abruption; "
          "clinical correlation and continuous monitoring recommended.\n\n"]
    if r.random() < 0.5:
        o += _notification(r, p)
    o += [_Slot("rr", where="end")]
    return o


def _r_elder(r: random.Random, p: _P) -> list:
    sex = r.choice("FFM")
    p.age = r.randint(90, 104) if p.old else r.choice((r.randint(70, 89), r.randint(90, 100)))
    mri = r.random() < 0.35
    o = ["EXAMINATION:  ", "MRI BRAIN WITHOUT CONTRAST" if mri else "CT HEAD W/O CONTRAST; CT C-SPINE W/O CONTRAST",
         "\n\nINDICATION:  ", *_age_phrase(r, p, sex), " on ", r.choice(("apixaban", "warfarin (INR 2.8)",
                                                                         "aspirin/clopidogrel")),
         ", unwitnessed fall at ", r.choice(("home", _I("ORGANIZATION", r.choice(_REHABS), key="fac"))),
         ", ", r.choice(("L occipital hematoma", "new confusion", "neck pain", "syncope")),
         "  // ICH? Fracture?\n", _triage(r), _Slot("rr", "ADDITIONAL HISTORY:  ", "hist")]
    if mri and r.random() < 0.7:
        dev, kind = r.choice(_DEVICES[:2] + _DEVICES[5:7])
        o += ["MRI SAFETY:  ", dev, ", SN ", _I("DEVICE_ID", _serial(r, kind)),
              "; MR-conditional, placed in MRI mode by "
              "EP before and restored after the exam.\n"]
    o += ["\n"]
    if mri:
        o += ["TECHNIQUE:  Sagittal T1, axial FLAIR, T2, DWI/ADC and SWI on a Siemens MAGNETOM Sola 1.5T (XA51).\n\n"]
    else:
        o += ["TECHNIQUE:  Contiguous axial images of the head and cervical spine without contrast; sagittal and "
              "coronal "
              "reformats.\n\n", f"DOSE:  Acquisition sequence:\n   1) Spiral Acquisition {r.uniform(3, 6):.1f} s, "
              f"{r.uniform(15, 21):.1f} cm; CTDIvol = {r.uniform(40, 60):.1f} mGy (Head) DLP = "
              f"{r.uniform(700, 1050):.1f} mGy-cm.\n\n"]
    if r.random() < 0.4:
        o += ["COMPARISON:  Outside CT head dated ", _I("DATE_REAL_YEAR", _rdate(r, 2015, 2024), key="oshdate"),
              " from ",
              _I("ORGANIZATION", r.choice(_HOSPITALS), key="osh"), ".\n\n"]
    else:
        o += ["COMPARISON:  ", r.choice(("None.", "CT head " + _sdate(r) + ".")), "\n\n"]
    o += ["FINDINGS:\n\n", r.choice(("Acute right holohemispheric subdural hematoma measuring up to 8 mm with 3 mm "
                                     "leftward shift.", "No acute intracranial hemorrhage.",
                                     "Small acute SAH in the left sylvian fissure.")),
          " Extensive periventricular white matter hypodensities, sequela of chronic small vessel disease. "
          "Age-appropriate global volume loss. Old left cerebellar infarct. ", r.choice(("Findings could fit Lewy body "
                                                                                        "disease clinically; imaging "
                                                                                        "nonspecific. ",
                                                                                        "",
                                                                                        "Midbrain atrophy (hummingbird "
                                                                                            "sign) not seen. ")),
          "Left occipital subgaleal hematoma without calvarial fracture. ",
          ("DWI: no restricted diffusion to suggest acute infarct. SWI: scattered chronic microhemorrhages in a "
           "peripheral distribution, which can be seen with cerebral amyloid angiopathy. Major intracranial flow voids "
           "preserved. " if mri else "Basal cisterns patent. Atherosclerotic calcification of the cavernous carotid "
           "arteries. "),
          "Ventricles and sulci prominent, proportionate to volume loss. Paranasal sinuses and mastoid air cells "
          "clear. Orbits unremarkable; bilateral lens replacements. ",
          "" if mri else r.choice(("Cervical spine: no fracture; severe multilevel degenerative change, "
                                   "anterolisthesis "
                                   "C4 on C5 (2 mm), unchanged.",
                                   "Cervical spine: type II dens fracture, nondisplaced.")),
          "\n\nIMPRESSION:\n\n1. As above.\n2. Chronic microangiopathy.\n\n"]
    if r.random() < 0.6:
        o += _notification(r, p)
    o += [_Slot("rr", where="end")]
    return o


_DS_BUILDERS = {"trauma": _d_trauma, "elder": _d_elder, "ob": _d_ob, "nicu": _d_nicu, "peds": _d_peds}
_RR_BUILDERS = {"ct_trauma": _r_ct_trauma, "peds": _r_peds, "ob": _r_ob, "elder": _r_elder}


# --------------------------------------------------------------------------------------------------
# Putting a note together
# --------------------------------------------------------------------------------------------------

_EXTRA_WEIGHTS = {c: (3.0 if c in _BIG4 else 0.5) for c in CATEGORIES}
_NARROW = tuple(c for c in CATEGORIES if c not in _BIG4)


def _role(seed: int, i: int) -> tuple[str, int]:
    """('heavy' | 'plain' | 'planted', planted rank): 20-note blocks hold 1 heavy and 11 or 12 planted notes."""
    b, pos = divmod(i, 20)
    order = list(range(20))
    random.Random(f"{_NAME}/block/{seed}/{b}").shuffle(order)
    k = order.index(pos)
    n_planted = 12 if b % 2 == 0 else 11
    if k == 0:
        return "heavy", -1
    if k <= n_planted:
        return "planted", (b // 2) * 23 + (b % 2) * 12 + (k - 1)
    return "plain", -1


def _targets(r: random.Random, seed: int, q: int) -> list[str]:
    """Categories of the 1-4 identifiers that survive in planted note number ``q`` (balanced by rotation)."""
    sched = list(CATEGORIES)
    random.Random(f"{_NAME}/schedule/{seed}").shuffle(sched)
    sched2 = list(CATEGORIES) + list(_BIG4)  # the four broad categories twice as often
    random.Random(f"{_NAME}/schedule2/{seed}").shuffle(sched2)
    sched3 = list(_NARROW)
    random.Random(f"{_NAME}/schedule3/{seed}").shuffle(sched3)
    k = r.choices((1, 2, 3, 4), weights=(0.08, 0.22, 0.33, 0.37))[0]
    out = [sched[q % 20]]
    if k >= 2:
        second = sched2[(q * 7 + 3) % 24]
        out.append(second if second not in out else sched2[(q * 7 + 4) % 24])
    if k >= 3:
        third = sched3[(q * 5 + 2) % 16]
        out.append(third if third not in out else sched3[(q * 5 + 3) % 16])
    cats = list(CATEGORIES)
    weights = [_EXTRA_WEIGHTS[c] for c in cats]
    while len(out) < k:
        c = r.choices(cats, weights=weights)[0]
        if c not in out or c in _BIG4:
            out.append(c)
    return out


_SLOT_PREF = {
    "PHONE": ("social", "follow", "hist", "end"), "PAGER": ("course", "follow", "end"),
    "FAX": ("follow", "course", "end"), "EMAIL": ("social", "follow", "hist", "end"), "URL": ("social", "course",
                                                                                              "hist"),
    "IP_ADDRESS": ("social", "follow", "hist"), "SSN": ("social", "hist"), "MRN": ("course", "social", "hist", "end"),
    "ACCOUNT": ("social", "follow", "end"), "HEALTH_PLAN": ("social", "hist"),
    "LICENSE": ("social", "course", "follow", "hist", "end"), "ZIP": ("social", "follow", "hist"),
    "STREET_ADDRESS": ("social", "follow", "hist"), "DATE_REAL_YEAR": ("social", "course", "hist", "end"),
    "AGE_OVER_89": ("social", "hist"), "DEVICE_ID": ("course", "hist"), "VEHICLE_ID": ("social", "hist"),
    "PERSON": ("social", "course", "follow", "hist", "end"), "LOCATION": ("social", "hist"),
    "ORGANIZATION": ("social", "course", "hist"),
}


def _pick_slot(r: random.Random, slots: list[_Slot], cat: str) -> _Slot:
    fitting = [s for s in slots if s.where in _SLOT_PREF[cat]]
    return r.choice(fitting or slots)


def _ids(pieces) -> list[_Id]:
    return [pc for pc in _walk(pieces) if isinstance(pc, _Id)]


def _slots(pieces, acc: list[_Slot]) -> list[_Slot]:
    for pc in pieces:
        if isinstance(pc, list | tuple):
            _slots(pc, acc)
        elif isinstance(pc, _Slot):
            acc.append(pc)
    return acc


def _overmask(r: random.Random, text: str) -> str:
    """Heavily masked notes also lose eponyms, plain ages and dates (MIMIC over-masking)."""
    text = re.sub(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b|\b\d{2}-[A-Z][a-z]{2}-21\d\d\b|"
                  r"\b[A-Z][a-z]+ \d{1,2}, 21\d\d\b", "___", text)
    for word in ("Hunt and Hess", "Lewy", "Parkinson", "Foley", "McRoberts", "Bishop", "Ballard", "Glasgow",
                 "Morison's", "Kleihauer-Betke", "Apgars", "Broselow", "Hadlock", "Fenton", "Denver"):
        if word in text and r.random() < 0.6:
            text = text.replace(word, "___")
    text = re.sub(r"\b\d{1,2}(?= ?(?:y/o|yo|-year-old| year old| y\.o\.| month old| week old| day old))", "___", text)
    return text


def holdout16_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 16 for ``seed``: deterministic and independent of the other notes."""
    role, q = _role(seed, i)
    r = random.Random(f"{_NAME}/note/{seed}/{i}")
    note_type = "discharge" if r.random() < 0.5 else "radiology"
    targets = _targets(r, seed, q) if role == "planted" else []
    p = _P(r, note_type, targets)
    if note_type == "discharge":
        if p.old:
            kind = r.choices(("elder", "trauma", "ob", "nicu", "peds"), weights=(0.45, 0.3, 0.08, 0.08, 0.09))[0]
        else:
            kind = r.choices(("trauma", "elder", "ob", "nicu", "peds"), weights=(0.28, 0.14, 0.2, 0.18, 0.2))[0]
        p.old = p.old and kind in ("elder", "trauma")
        p.kind, p.ctx = kind, {"trauma": "t", "elder": "e", "ob": "o", "nicu": "n", "peds": "c"}[kind]
        pieces = _DS_BUILDERS[kind](r, p)
    else:
        if p.old:
            kind = r.choices(("elder", "ct_trauma", "peds", "ob"), weights=(0.5, 0.3, 0.1, 0.1))[0]
        else:
            kind = r.choices(("ct_trauma", "peds", "ob", "elder"), weights=(0.32, 0.28, 0.18, 0.22))[0]
        if "VEHICLE_ID" in targets:
            kind = "ct_trauma"  # a plate or VIN only ever appears in a crash history
        p.old = p.old and kind in ("elder", "ct_trauma")
        p.kind, p.ctx = kind, {"ct_trauma": "t", "elder": "e", "ob": "o", "peds": "c"}[kind]
        pieces = _RR_BUILDERS[kind](r, p)
        p.dob = _dob_for_age(r, p.age)
    style = "ds" if note_type == "discharge" else "rr"
    slots = _slots(pieces, [])
    box = 0
    # carriers that stay masked, so that a carrier sentence says nothing about a failure
    for _ in range(r.choice((2, 3)) if role == "heavy" else r.choice((0, 0, 1, 1, 2))):
        box += 1
        cat = r.choice(CATEGORIES)
        item = _carrier(cat, r, p, style)
        for x in _ids(item):
            x.box = box
        _pick_slot(r, slots, cat).items.append(item)
    if role == "planted":
        for cat in targets:
            cands = [x for x in _ids(pieces) if x.cat == cat and not x.leaked]
            if not cands or r.random() < 0.2:
                box += 1
                item = _carrier(cat, r, p, style)
                for x in _ids(item):
                    x.box = box
                _pick_slot(r, slots, cat).items.append(item)
                cands = [x for x in _ids(item) if x.cat == cat]
            chosen = r.choice(cands)
            chosen.leaked = True
            everything = _ids(pieces)
            for x in everything:
                if x.leaked:
                    continue
                if chosen.key and x.key == chosen.key and x.cat == chosen.cat and r.random() < 0.5:
                    x.leaked = True  # the same identifier surviving at another mention
                elif chosen.group and x.group == chosen.group and chosen.cat == "STREET_ADDRESS":
                    x.leaked = r.random() < (0.75 if x.cat == "LOCATION" else 0.65)
                elif chosen.box and x.box == chosen.box and len(targets) < 4 and r.random() < 0.3:
                    x.leaked = True  # the rest of the same sentence survived too (still at most 4 identifiers)
    text, spans = _render(pieces)
    if role == "heavy":
        text = _overmask(r, text)
    return LabelledNote(note_type=note_type, text=text, spans=spans)


def holdout16_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout16_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout16_corpus, argv,
        "Held-out corpus 16 (blind): emergency, trauma, obstetric and paediatric notes with residual identifiers",
    )
    report(_NAME, args, notes, hits, res)


if __name__ == "__main__":
    main()
