"""Held-out corpus 23: medical genetics and neurology notes shaped like MIMIC-IV-Note.

What it imitates: discharge summaries of a neurology / medical-genetics service that carry
genetic-counselling consult letters with three-generation pedigrees (indented ``II-3:`` lists and
prose), reference-laboratory requisitions and variant reports (HGVS ``c.``/``p.`` nomenclature,
rsIDs, ClinVar/OMIM numbers, gene symbols that look like words), telestroke hub-and-spoke transfer
summaries, epilepsy-monitoring (video-EEG) and EMG/NCS admissions, neuro-oncology tumour-board
summaries; and radiology reports (MRI brain/spine/epilepsy protocols, CTA/CT perfusion, post-implant
MRI) with teleradiology headers and outside-study comparisons. Identifiers are masked ``___`` and
dates are shifted into 2110-2195, as in MIMIC-IV-Note; in about 57.5% of notes one to four
identifiers escaped masking and are labelled with the exact span of the identifying value (cue words
stay outside); 5% of notes are heavily masked and carry none. The text is full of NON-PHI
look-alikes that are never labelled (eponyms, gene symbols, variant and genomic coordinates,
scanner/software versions, device models, UDIs without a serial, lot numbers and reagent expiry
dates, public hotlines and public web sites, CPT/OMIM/ClinVar/NCT codes, employer group numbers,
ratios, scores, room/bed numbers, ages under 90, shifted dates, bare years, place-named diseases
and criteria such as Lyme, Powassan, El Escorial, Gold Coast).

Written blind: the author read only ``synth/holdout_measure.py``, the first ~40 lines of
``synth/notes.py`` (``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the shared MIMIC-IV schema
and known-data-issues references, the fully masked note-shaped samples and ``pyproject.toml``; no
detector code, rules, tests, other corpora or detector output. Every surrogate value is invented.

Category balance is exact per block of 40 notes (2 heavily masked, 23 with plants, 15 masked
without plants; 68 planted spans: 3 of each of 16 categories and 5 each of PERSON, LOCATION,
ORGANIZATION, DATE_REAL_YEAR). A block's plan is drawn from its own seeded generator and each note
from its own, so note ``i`` depends only on ``(seed, i)``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Plan: exact category quotas per block of notes
# --------------------------------------------------------------------------------------------------

_BLOCK = 40
_LARGE = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_SMALL = tuple(c for c in CATEGORIES if c not in _LARGE)
_N_HEAVY, _N_PLANTED = 2, 23
_KS = (1,) * 3 + (2,) * 4 + (3,) * 7 + (4,) * 9  # 68 spans over the 23 planted notes
_QUOTA = _SMALL * 3 + _LARGE * 5  # 68


@lru_cache(maxsize=256)
def _block_plan(seed: int, block: int) -> tuple[object, ...]:
    """Per note of the block: "heavy", "plain" or a tuple of categories to plant."""
    rng = random.Random(f"holdout23/plan/{seed}/{block}")
    kinds = ["heavy"] * _N_HEAVY + ["plant"] * _N_PLANTED + ["plain"] * (_BLOCK - _N_HEAVY - _N_PLANTED)
    rng.shuffle(kinds)
    ks = list(_KS)
    rng.shuffle(ks)
    groups: list[tuple[str, ...]] = []
    for _ in range(500):
        cats = list(_QUOTA)
        rng.shuffle(cats)
        groups, pos = [], 0
        for k in ks:
            groups.append(tuple(cats[pos:pos + k]))
            pos += k
        if all(len(set(g)) == len(g) for g in groups):
            break
    plan: list[object] = []
    it = iter(groups)
    for kind in kinds:
        plan.append(next(it) if kind == "plant" else kind)
    return tuple(plan)


# --------------------------------------------------------------------------------------------------
# Invented surrogate pools
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Oluwaseun", "Anneliese", "Thandiwe", "Mateus", "Ingrid", "Rustam", "Parisa", "Kenji", "Yesenia", "Dariusz",
    "Ngozi", "Haruto", "Leilani", "Saoirse", "Emeka", "Xiadani", "Wojciech", "Marisol", "Tariq", "Siobhan", "Anh",
    "Dmitri", "Folasade", "Giedre", "Ximena", "Kalani", "Thorsten", "Aigerim", "Desmond", "Priyanka", "Lorcan",
    "Zainab", "Matthias", "Nkechi", "Soledad", "Hamid", "Ilse", "Tuan", "Rosalind", "Keoni", "Ayesha", "Bogdan",
    "Efua", "Cormac", "Minh-Chau", "Svetlana", "Jürgen", "Naledi", "Ofelia", "Radu", "Yuki", "Chidi", "Margit",
    "Esperanza", "Henrik", "Aroha", "Dagny", "Teodora", "Kwabena", "Inês", "Bartosz", "Farida", "Lucinda",
)
_LAST = (
    "Okonkwo", "Lindqvist", "Vasquez-Ortega", "Przybylski", "Adebayo", "Haugland", "Thibodeaux", "Raghunathan",
    "Castellanos", "Ferreira-Lund", "Kowalczyk", "Oyelaran", "Achterberg", "Szabo", "Halvorsen", "Delacroix",
    "Iwasaki", "Mahlangu", "Quispe", "Brennan-Yates", "Tsosie", "Abernathy", "Nwachukwu", "Villanueva", "Sørensen",
    "Khatri", "Oduya", "Marchetti", "Papadakis", "Hollingsworth", "Baptiste", "Ekwueme", "Zielinski", "Amundsen",
    "Rahimi", "Tran-Whitaker", "Okafor", "Kaminski", "Yilmaz", "Haddad", "Bergstrom", "Dubois-Kane", "Hakimi",
    "Lachance", "Moreau", "Mukherjee", "Ostrowski", "Petrakis", "Quintero", "Rautio", "Salonen", "Takeda", "Umeh",
    "Varga", "Wieczorek", "Xiong", "Zaragoza", "Medeiros", "Pacheco", "Agyeman", "Lindgren", "Costa-Furtado",
)
_TOWNS_US = (
    "Chicopee", "Woonsocket", "Presque Isle", "Nashua", "Pawtucket", "Brattleboro", "Keene", "Fitchburg", "Taunton",
    "Leominster", "Holyoke", "Bennington", "Dover-Foxcroft", "Attleboro", "Rutland", "Laconia", "Plattsburgh",
    "Utica", "Altoona", "Muncie", "Duluth", "Eau Claire", "Bozeman", "Yakima", "Pueblo", "Las Cruces", "Tupelo",
    "Paducah", "Hattiesburg", "Bismarck", "Millinocket", "St. Johnsbury", "Machias", "Athol", "Fall River",
    "New Bedford", "Lewiston", "Biddeford", "Claremont", "Windham",
)
_TOWNS_FOREIGN = (
    "Tromsø", "Oaxaca", "Cluj-Napoca", "Ibadan", "Enugu", "Kumasi", "Gdańsk", "Łódź", "Porto Alegre",
    "Ponta Delgada", "Horta", "Cork", "Galway", "Kraków", "Huế", "Da Nang", "Cebu", "Iloilo", "Tabriz", "Izmir",
    "Thessaloniki", "Coimbra", "Mendoza", "Arequipa", "Cuenca", "Kochi", "Madurai", "Pune", "Nagoya", "Sapporo",
    "Busan", "Sfax", "Tangier", "Bamenda", "Cap-Haïtien", "Jacmel", "Santiago de los Caballeros", "San Pedro Sula",
    "Quetzaltenango", "Lviv", "Tartu",
)
_COUNTIES = (
    "Aroostook County", "Hampden County", "Coös County", "Piscataquis County", "Bristol County", "Franklin County",
    "Washington County", "Berkshire County", "Windham County", "Oxford County",
)
_HOODS = ("Dorchester", "Jamaica Plain", "Mattapan", "East Boston", "Roxbury", "Allston", "Fells Point", "Little Haiti")
_ORGS = {
    "hosp": (
        "St. Brendan Regional Medical Center", "Pine Hollow Community Hospital", "Ossipee Valley Medical Center",
        "Fallon Brook Hospital", "Mercy Ridge Hospital", "Wyndham Lake Memorial Hospital",
        "Holloway Falls General Hospital", "Saint Clement Medical Center", "Beacon Crest Hospital",
        "Kettle River Community Hospital", "Granite Notch Regional Hospital", "Little Harbor Medical Center",
        "Tamarack Valley Hospital", "Saint Kateri Memorial Hospital",
    ),
    "practice": (
        "Blue Heron Neurology Associates", "Cedar Lane Family Medicine", "Harborside Pediatric Neurology",
        "Tidewater Movement Disorders Clinic", "Orchard Street Internal Medicine", "Moss Creek Primary Care",
        "Larchfield Epilepsy Group", "Northgate Memory Clinic",
    ),
    "nursing": (
        "Cedar Glen Skilled Nursing", "Willow Shore Assisted Living", "Kestrel Point Memory Care",
        "Maple Crest Nursing and Rehabilitation", "Heron Bay Senior Living", "Larkspur Rehabilitation Hospital",
    ),
    "school": (
        "Quarry Hill Elementary School", "Granite Ridge Middle School", "Lamplighter Montessori School",
        "Saint Aidan Academy", "Northbrook Regional High School",
    ),
    "employer": (
        "Northfield Gasket Works", "Harbor Light Bakery", "Copperline Logistics", "Braddock & Lyle Insurance Agency",
        "Tri-Star Machining", "Seaview Lobster Co-op", "Pellston Paper Mill",
    ),
    "church": (
        "Saint Anselm Parish", "Our Lady of the Lakes Church", "Igreja Nossa Senhora dos Anjos",
        "Grace Covenant Fellowship", "Saint Sava Orthodox Church",
    ),
    "foreign": (
        "Clínica Nuestra Señora de la Vega", "Szpital Miejski św. Łukasza", "Hillside Mission Clinic",
        "Clínica São Jorge da Ribeira", "Policlinico Santa Brigida", "Crescent Hill Specialist Hospital",
        "Krankenhaus Sankt Wendelin",
    ),
    "telerad": (
        "Nightline Teleradiology Partners", "Vantage Reads LLC", "Clearbrook Imaging Associates",
        "Polaris Remote Radiology", "Halcyon Teleradiology Group",
    ),
    "pharmacy": ("Ashgrove Pharmacy", "Riverbend Apothecary", "Mill Pond Pharmacy", "Kingsbury Drug"),
}
_ORG_DOMAINS = (
    "stbrendanhealth.org", "pinehollowmed.org", "blueheronneuro.com", "ossipeevalleymc.org", "larchfieldepilepsy.com",
    "tamarackvalley.org", "fallonbrook.org",
)
_STREETS = (
    "Orchard", "Wyman", "Juniper Hollow", "Old County", "Tanglewood", "Bassett", "Merriam", "Pemberton", "Harlow",
    "Larch", "Shawsheen", "Quarry", "Cranberry", "Millbrook", "Heron Cove", "Ledgewood", "Pleasant", "Granite",
    "Birchwood", "Chestnut Ridge", "Whitcomb", "Sagamore", "Kettle Pond", "Prospect", "Fairmount", "Salisbury",
)
_SUFFIXES = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Terrace", "Way", "Circle", "Ct", "Drive",
             "Dr", "Place")
_AREA = ("413", "508", "617", "781", "978", "603", "207", "802", "401", "860", "203", "774", "339", "351", "518",
         "315", "570")
_ZIP3 = tuple(f"{p:03d}" for p in (*range(10, 28), *range(30, 55), *range(56, 70)))
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
              100: "one hundred", 101: "one hundred and one", 102: "one hundred and two"}
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_DIG = "0123456789"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(_DIG) for _ in range(n))


def _l(r: random.Random, n: int) -> str:
    return "".join(r.choice(_UP) for _ in range(n))


def _ascii(s: str) -> str:
    s = s.translate(str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _luhn_check(payload: str) -> int:
    total = 0
    for k, ch in enumerate(reversed(payload)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return (10 - total % 10) % 10


_VIN_VAL = {**{str(v): v for v in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
            "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _v_person(r: random.Random, sub: str) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    if sub == "first":
        return first
    if sub == "last":
        return last
    if sub == "init":
        return r.choice((f"{first[0]}. {last}", f"{first[0]}.{r.choice(_UP)}. {last}"))
    if sub == "lastfirst":
        return f"{last.upper()}, {first.upper()}"
    return r.choice((f"{first} {last}", f"{first} {last}", f"{first} {r.choice(_UP)}. {last}"))


def _v_date(r: random.Random, sub: str) -> str:
    lo, hi = {"dob": (1926, 2011), "death": (1958, 2024), "event": (2004, 2025), "recent": (2016, 2025)}.get(
        sub, (1930, 2025))
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return r.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{_MON[m - 1]}-{y}",
        f"{_MONTH[m - 1]} {d}, {y}", f"{d} {_MONTH[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
        f"{_MON[m - 1].upper()} {d:02d} {y}",
    ))


def _v_age(r: random.Random, sub: str) -> str:
    age = r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 97, 98, 99, 100, 101, 102))
    return _AGE_WORDS[age] if sub == "word" else str(age)


def _us_phone(r: random.Random) -> tuple[str, str, str]:
    exch = str(r.randint(2, 9)) + _d(r, 2)
    while exch == "555":
        exch = str(r.randint(2, 9)) + _d(r, 2)
    return r.choice(_AREA), exch, _d(r, 4)


def _v_phone(r: random.Random, sub: str) -> str:
    if sub != "us" and r.random() < 0.14:
        return r.choice((
            f"+351 296 {_d(r, 3)} {_d(r, 3)}", f"+48 58 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            f"+234 803 {_d(r, 3)} {_d(r, 4)}", f"+52 951 {_d(r, 3)} {_d(r, 4)}", f"+47 77 {_d(r, 2)} {_d(r, 2)} "
                                                                                 f"{_d(r, 2)}",
        ))
    a, e, n = _us_phone(r)
    return r.choice((f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"+1 {a} {e} {n}",
                     f"1-{a}-{e}-{n}"))


def _v_pager(r: random.Random, sub: str) -> str:
    if r.random() < 0.3:
        return _v_phone(r, "us")
    return r.choice((_d(r, 5), f"{r.randint(2, 8)}-{_d(r, 4)}", f"{r.randint(2, 8)}{_d(r, 4)}", _d(r, 4)))


def _v_email(r: random.Random, sub: str) -> str:
    first, last = (_ascii(x).lower().replace(" ", "") for x in (r.choice(_FIRST), r.choice(_LAST)))
    if sub == "clin":
        return f"{first[0]}{last.replace('-', '')}@{r.choice(_ORG_DOMAINS)}"
    local = r.choice((f"{first}.{last}{_d(r, 2)}", f"{first[0]}{last}{_d(r, 2)}", f"{last}.{first}",
                      f"{first}{last[:3]}{_d(r, 3)}", f"{first}_{last}"))
    dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "verizon.net",
                    "protonmail.com", "hotmail.com", "aol.com"))
    return f"{local}@{dom}"


def _v_url(r: random.Random, sub: str) -> str:
    first, last = (_ascii(x).lower().replace(" ", "").replace("-", "") for x in (r.choice(_FIRST), r.choice(_LAST)))
    sub = sub or r.choice(("personal", "portal", "video", "share"))
    if sub == "personal":
        return r.choice((f"https://www.caringbridge.org/visit/{first}{last}",
                         f"https://www.gofundme.com/f/help-{first}-{last}-"
                         f"{r.choice(('walk-again', 'recover', 'heal'))}",
                         f"https://{first}{last}{_d(r, 2)}.wordpress.com"))
    if sub == "portal":
        return f"https://mychart.{r.choice(_ORG_DOMAINS)}/MyChart/app/test-results/{_d(r, 8)}"
    if sub == "video":
        return f"https://vv.{r.choice(_ORG_DOMAINS)}/join/{_d(r, 4)}-{_d(r, 4)}-{first[:2]}{last[:2]}"
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return f"https://share.{r.choice(('imagevaultlink.com', 'dicomdrop.net', 'scanbridge.io'))}/s/{tok}"


def _v_ip(r: random.Random, sub: str) -> str:
    first = r.choice((24, 50, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 136, 173, 174, 184))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def _v_ssn(r: random.Random, sub: str) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    sep = "-" if r.random() < 0.8 else " "
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _v_mrn(r: random.Random, sub: str) -> str:
    return r.choice((_d(r, 7), str(r.randint(10000000, 99999999)), f"00{r.randint(100000, 999999)}",
                     f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 3)}", f"M{r.randint(1000000, 9999999)}"))


def _v_account(r: random.Random, sub: str) -> str:
    yy = r.randint(16, 25)
    forms = {
        "acc": (f"GX{yy}-{_d(r, 7)}", f"MG-{yy}-{_d(r, 6)}", f"{yy}-{_d(r, 3)}-{_d(r, 5)}",
                f"M{yy}{_l(r, 1)}{_d(r, 6)}"),
        "req": (f"RQ{_d(r, 7)}", f"REQ-{_d(r, 4)}-{_d(r, 4)}", f"{_l(r, 2)}{_d(r, 8)}"),
        "spec": (f"SP-{yy}-{_d(r, 6)}", f"BLD{_d(r, 7)}", f"{yy}S-{_d(r, 5)}"),
        "order": (str(r.randint(10000000, 99999999)), f"ORD-{_d(r, 7)}", str(r.randint(100000000, 999999999))),
        "fin": (str(r.randint(1000000000, 9999999999)), str(r.randint(10000000, 99999999))),
        "rad": (f"RAD-{_d(r, 7)}", f"A{yy}-{_d(r, 7)}", f"{yy}{_l(r, 2)}{_d(r, 6)}"),
    }
    if sub not in forms:
        sub = r.choice(tuple(forms))
    return r.choice(forms[sub])


def _mbi(r: random.Random) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + _DIG
    c = (str(r.randint(1, 9)), r.choice(alpha), r.choice(alnum), r.choice(_DIG), r.choice(alpha), r.choice(alnum),
         r.choice(_DIG), r.choice(alpha), r.choice(alpha), r.choice(_DIG), r.choice(_DIG))
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.6 else s


def _v_plan(r: random.Random, sub: str) -> str:
    if sub == "mbi":
        return _mbi(r)
    if sub == "medicaid":
        return r.choice((_d(r, 12), f"{_l(r, 2)}{_d(r, 5)}{_l(r, 1)}"))
    return r.choice((f"{_l(r, 3)}{_d(r, 9)}", f"W{_d(r, 9)}", f"{_l(r, 3)}{_d(r, 8)}-0{r.randint(1, 4)}",
                     f"M{_d(r, 10)}", f"{_l(r, 1)}{_d(r, 8)}"))


def _v_license(r: random.Random, sub: str) -> str:
    sub = sub or r.choice(("npi", "dea", "dl", "md"))
    if sub == "npi":
        base = r.choice("12") + _d(r, 8)
        return base + str(_luhn_check("80840" + base))
    if sub == "dea":
        ds = [r.randint(0, 9) for _ in range(6)]
        check = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
        return r.choice("ABFGM") + r.choice(_UP) + "".join(map(str, ds)) + str(check)
    if sub == "dl":
        return r.choice((f"S{_d(r, 8)}", f"NHL{_d(r, 8)}", f"{_l(r, 1)}{_d(r, 7)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
                         f"{_l(r, 1)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}"))
    if sub == "rn":
        return r.choice((f"RN{_d(r, 7)}", f"RN-{_d(r, 6)}", _d(r, 7)))
    return r.choice((str(r.randint(100000, 299999)), f"MD{_d(r, 6)}", f"{_l(r, 2)}-{_d(r, 5)}"))


def _v_zip(r: random.Random, sub: str) -> str:
    z = r.choice(_ZIP3) + _d(r, 2)
    return f"{z}-{_d(r, 4)}" if r.random() < 0.25 else z


def _v_street(r: random.Random, sub: str) -> str:
    s = f"{r.randint(2, 4890)} {r.choice(_STREETS)} {r.choice(_SUFFIXES)}"
    if r.random() < 0.3:
        s += r.choice((f", Apt {r.randint(1, 9)}{r.choice('ABCD')}", f" Unit {r.randint(1, 12)}",
                       f" #{r.randint(1, 40)}",
                       f", Apt {r.randint(101, 420)}"))
    return s


def _v_location(r: random.Random, sub: str) -> str:
    pools = {"us": _TOWNS_US, "foreign": _TOWNS_FOREIGN, "county": _COUNTIES, "hood": _HOODS}
    if sub not in pools:
        sub = r.choice(("us", "us", "foreign", "foreign", "county", "hood"))
    return r.choice(pools[sub])


def _v_org(r: random.Random, sub: str) -> str:
    if sub not in _ORGS:
        sub = r.choice(("hosp", "practice", "nursing", "school", "employer", "church", "foreign"))
    return r.choice(_ORGS[sub])


def _device_serial(r: random.Random) -> str:
    return r.choice((f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", _d(r, 7), f"{_l(r, 2)}-{_d(r, 6)}", f"{_d(r, 5)}-{_d(r, 3)}",
                     f"{_l(r, 1)}{_d(r, 8)}"))


def _v_device(r: random.Random, sub: str) -> str:
    serial = _device_serial(r).replace("-", "")
    if sub == "udi":
        exp = f"{r.randint(26, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        if r.random() < 0.7:
            return f"(01){_d(r, 14)}(17){exp}(21){serial}"
        return f"+H{_d(r, 3)}{_l(r, 3)}{_d(r, 4)}{r.randint(0, 9)}/$+{serial}"
    return _device_serial(r)


def _v_vehicle(r: random.Random, sub: str) -> str:
    if sub == "vin":
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vin = list(r.choice(("1HG", "1FT", "2T1", "3VW", "1GC", "5YJ", "JTD", "KMH", "WBA", "4T1")))
        vin += [r.choice(chars) for _ in range(5)] + ["0"] + [r.choice("HJKLMNPRS")] + [r.choice(_UP)] + [
            r.choice(_DIG) for _ in range(6)]
        total = sum(_VIN_VAL[c] * w for c, w in zip(vin, _VIN_W, strict=True)) % 11
        vin[8] = "X" if total == 10 else str(total)
        return "".join(vin)
    return r.choice((f"{r.randint(1, 9)}{_l(r, 3)}{_d(r, 3)}", f"{_l(r, 3)} {_d(r, 4)}",
                     f"{r.randint(1, 9)}{_l(r, 2)} {_d(r, 3)}",
                     _d(r, 7), f"{_l(r, 2)}{_d(r, 1)}-{_d(r, 4)}"))


_VALUES = {
    "PERSON": _v_person, "DATE_REAL_YEAR": _v_date, "AGE_OVER_89": _v_age, "PHONE": _v_phone,
    "FAX": lambda r, sub: _v_phone(r, "us"),
    "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url, "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn,
    "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan, "LICENSE": _v_license, "ZIP": _v_zip,
    "STREET_ADDRESS": _v_street, "LOCATION": _v_location, "ORGANIZATION": _v_org, "DEVICE_ID": _v_device,
    "VEHICLE_ID": _v_vehicle,
}

# Unlabelled look-alike fillers usable inside templates as <<~NAME>>
_LOOK_FILL = {
    "GROUP": lambda r: r.choice((f"{_d(r, 7)}", f"{_d(r, 5)}-{_d(r, 3)}", f"GRP{_d(r, 6)}", f"{_l(r, 2)}{_d(r, 5)}")),
    "LOT": lambda r: f"{_d(r, 2)}{_l(r, 2)}{_d(r, 4)}",
}

# --------------------------------------------------------------------------------------------------
# Template pool: (note types, section, builder kinds or "", text). Slots <<CAT:sub>> are masked
# ("___") unless the template carries a plant of that category (then exactly one slot is filled).
# --------------------------------------------------------------------------------------------------

_DS_SECTIONS = ("admin", "hpi", "social", "family", "results", "course", "plan", "footer")
_RR_SECTIONS = ("admin", "history", "technique", "comparison", "findings", "impression", "footer")

_POOL: tuple[tuple[str, str, str, str], ...] = (
    # PHONE
    ("D", "admin", "", "Primary contact: <<PERSON:full>> (daughter, health care proxy)  cell <<PHONE>>"),
    ("D", "social", "", "Lives with a son, who can be reached at <<PHONE>> after 6 pm."),
    ("D", "plan", "consult disclosure", "We will call the patient at <<PHONE>> (home) when segregation results "
                                        "return."),
    ("D", "hpi", "tele", "Spoke ED physician Dr. <<PERSON:last>> asked for a callback on her direct line, <<PHONE>>."),
    ("D", "footer", "consult disclosure", "Genetic counselor: <<PERSON:full>>, MS, CGC | direct <<PHONE>>"),
    ("D", "family", "", "The patient's brother <<PERSON:first>> (tel. <<PHONE>>) agreed to be contacted about "
                        "cascade testing."),
    ("D", "family", "consult disclosure", "Maternal cousin in <<LOCATION:foreign>> can be reached on WhatsApp at "
                                          "<<PHONE>>."),
    ("R", "admin", "", "Ordering clinician: <<PERSON:full>>, MD   Callback: <<PHONE>>"),
    ("R", "footer", "", "Critical finding called to Dr. <<PERSON:last>> at <<PHONE>> at 02:47; read-back confirmed."),
    ("R", "history", "cta mri_brain", "Last known well 05:40 per spouse (<<PHONE>>)."),
    # FAX
    ("D", "footer", "", "cc: <<PERSON:full>>, MD (PCP), fax <<FAX>>"),
    ("D", "plan", "consult disclosure",
     "Signed consent and pedigree sent to the reference laboratory; copy to the referring office, fax <<FAX>>."),
    ("D", "admin", "disclosure", "Report delivery:  Fax <<FAX>>  (Attn: <<PERSON:full>>)"),
    ("D", "results", "emu nmd", "Outside EEG and EMG reports received by fax from <<FAX>> on ___."),
    ("R", "footer", "", "Report faxed to <<FAX>> (<<ORGANIZATION:practice>>)."),
    ("D", "plan", "tele onc emu", "Discharge summary to be faxed to the PCP office at <<FAX>>."),
    ("R", "admin", "", "Copies to: Dr. <<PERSON:last>>, Fax: <<FAX>>"),
    # PAGER
    ("D", "footer", "", "Neurology resident on call: <<PERSON:full>>, pager <<PAGER>>"),
    ("D", "plan", "tele onc", "Please page the stroke/neuro-oncology fellow (pgr <<PAGER>>) with any change in exam."),
    ("D", "course", "emu", "EEG technologist to page <<PAGER>> for every push-button event."),
    ("R", "footer", "", "Findings paged to Dr. <<PERSON:last>> (pager <<PAGER>>) at 03:12."),
    ("R", "admin", "", "Requesting physician: <<PERSON:init>>   Pager: <<PAGER>>"),
    ("D", "course", "consult disclosure nmd", "Genetics fellow covering the inpatient consult: pager <<PAGER>>."),
    # EMAIL
    ("D", "plan", "", "The patient asked that the written summary also be sent to <<EMAIL>>."),
    ("D", "family", "consult disclosure", "Mother's email for the family letter: <<EMAIL>>"),
    ("D", "footer", "", "Questions may be directed to our counselor at <<EMAIL:clin>>."),
    ("R", "history", "", "Outside images uploaded by the patient's sister (<<EMAIL>>) through the image-exchange "
                         "portal."),
    ("R", "footer", "", "Report copy requested by the patient to <<EMAIL>>."),
    # URL
    ("D", "social", "", "Family shares updates through a personal page: <<URL:personal>>"),
    ("D", "plan", "", "Results released to the patient portal (<<URL:portal>>) after the disclosure visit."),
    ("D", "admin", "", "Video visit link for follow-up: <<URL:video>>"),
    ("R", "comparison", "", "Outside MRI obtained through a share link supplied by the patient: <<URL:share>>"),
    ("R", "admin", "", "Viewer link (patient copy): <<URL:share>>"),
    # IP_ADDRESS
    ("D", "course", "emu", "Home ambulatory EEG data uploaded from the patient's home connection (IP <<IP_ADDRESS>>)."),
    ("D", "plan", "", "Follow-up disclosure completed by video; patient joined from <<IP_ADDRESS>>."),
    ("D", "admin", "", "Portal access log: results viewed from <<IP_ADDRESS>> before the visit."),
    ("R", "admin", "", "Remote read; radiologist home workstation <<IP_ADDRESS>> via VPN."),
    ("R", "comparison", "", "Outside study pushed from the patient's home upload (source IP <<IP_ADDRESS>>)."),
    # SSN
    ("D", "admin", "", "SSN: <<SSN>>   Insurance: ___"),
    ("D", "social", "", "Financial counseling verified identity (SSN <<SSN>>) for the Medicaid application."),
    ("R", "admin", "", "Outside DICOM header: Patient ID ___ / Other ID (SSN) <<SSN>>"),
    ("R", "admin", "", "SS#: <<SSN>>"),
    # MRN
    ("D", "admin", "", "Outside MRN (spoke hospital): <<MRN>>"),
    ("D", "results", "", "Prior studies under MRN <<MRN>> reviewed."),
    ("R", "admin", "", "MRN: <<MRN>>"),
    ("R", "comparison", "", "Outside study filed under the spoke hospital's medical record number <<MRN>>."),
    # ACCOUNT
    ("D", "results", "", "Lab accession: <<ACCOUNT:acc>>   Requisition: <<ACCOUNT:req>>"),
    ("D", "results", "", "Specimen ID <<ACCOUNT:spec>> (EDTA whole blood) received by the laboratory."),
    ("D", "admin", "", "Encounter (FIN): <<ACCOUNT:fin>>"),
    ("D", "course", "", "Send-out order #<<ACCOUNT:order>> for the CSF autoimmune encephalitis panel placed."),
    ("R", "comparison", "", "Outside accession <<ACCOUNT:rad>>."),
    ("R", "admin", "", "Order #: <<ACCOUNT:order>>   Requisition: <<ACCOUNT:req>>"),
    # HEALTH_PLAN (group numbers are the employer's: never labelled)
    ("D", "admin", "", "Insurance: ___   Member ID <<HEALTH_PLAN:member>>   Group <<~GROUP>>"),
    ("D", "plan", "consult disclosure", "Prior authorization for the panel submitted under subscriber ID "
                                        "<<HEALTH_PLAN:member>>."),
    ("D", "admin", "", "Medicare MBI: <<HEALTH_PLAN:mbi>>"),
    ("D", "social", "", "MassHealth ID <<HEALTH_PLAN:medicaid>> confirmed for the transport benefit."),
    ("R", "admin", "", "Insurance member no. <<HEALTH_PLAN:member>> (group <<~GROUP>>)"),
    ("R", "admin", "", "Medicare beneficiary ID <<HEALTH_PLAN:mbi>>"),
    # LICENSE
    ("D", "footer", "", "Ordering provider: <<PERSON:full>>, MD   NPI <<LICENSE:npi>>"),
    ("D", "plan", "emu", "Clobazam prescription sent (prescriber DEA <<LICENSE:dea>>)."),
    ("D", "social", "emu tele nmd",
     "Driving: counselled per state law; driver's license no. <<LICENSE:dl>> noted on the medical review form."),
    ("D", "footer", "tele", "Flight RN <<PERSON:full>>, license <<LICENSE:rn>>"),
    ("D", "footer", "", "Co-signed: ___, MD, medical license <<LICENSE:md>>"),
    ("R", "footer", "", "Electronically signed by <<PERSON:full>>, MD (NPI <<LICENSE:npi>>)"),
    ("R", "admin", "", "Interpreting radiologist license: <<LICENSE:md>>"),
    # ZIP
    ("D", "admin", "", "Address: ___, ___, MA <<ZIP>>"),
    ("D", "social", "", "Lives in ZIP code <<ZIP>>, about an hour and a half from the hub."),
    ("D", "plan", "emu", "Home EEG kit shipped to ___, ___ <<ZIP>>."),
    ("R", "admin", "", "Pt address: ___, ___ NH <<ZIP>>"),
    ("R", "history", "", "Transported by ground from home (ZIP <<ZIP>>); no prior imaging available."),
    # STREET_ADDRESS
    ("D", "social", "", "Lives with spouse at <<STREET_ADDRESS>>, ___ (two flights of stairs)."),
    ("D", "admin", "", "Address: <<STREET_ADDRESS>>, <<LOCATION:us>>, ___ <<ZIP>>"),
    ("D", "plan", "emu", "Ambulatory EEG technician visit scheduled at <<STREET_ADDRESS>>."),
    ("R", "admin", "", "Patient address: <<STREET_ADDRESS>>, ___"),
    ("R", "history", "", "Found down at home (<<STREET_ADDRESS>>) by a neighbor."),
    # DATE_REAL_YEAR
    ("D", "family", "", "The patient's father died on <<DATE_REAL_YEAR:death>> of ___."),
    ("D", "hpi", "emu nmd consult", "First symptom (per mother's diary) on <<DATE_REAL_YEAR:event>>."),
    ("D", "results", "", "Specimen collected <<DATE_REAL_YEAR:recent>>; received ___."),
    ("D", "course", "tele onc", "Seen at the spoke on <<DATE_REAL_YEAR:recent>> for a similar transient episode."),
    ("D", "family", "consult disclosure", "II-1 (father) date of death: <<DATE_REAL_YEAR:death>> (autopsy at ___)."),
    ("R", "comparison", "", "Outside MRI brain dated <<DATE_REAL_YEAR:event>> (___), report only."),
    ("R", "admin", "", "DOB: <<DATE_REAL_YEAR:dob>>"),
    ("R", "history", "", "Prior resection on <<DATE_REAL_YEAR:event>> at ___."),
    # AGE_OVER_89
    ("D", "family", "", "The paternal grandfather is living at <<AGE_OVER_89:num>> and still gardens."),
    ("D", "family", "consult disclosure", "  I-4: maternal grandmother, died at <<AGE_OVER_89:num>> (pneumonia), no "
                                          "neurologic history"),
    ("D", "family", "", "A maternal great-aunt lived to <<AGE_OVER_89:word>> with a slowly progressive tremor."),
    ("D", "hpi", "tele emu onc nmd", "Per the daughter, the patient is <<AGE_OVER_89:word>> and lived alone until "
                                     "this event."),
    ("R", "history", "", "Age <<AGE_OVER_89:num>>; on apixaban."),
    # DEVICE_ID
    ("D", "course", "emu", "VNS generator (SenTiva Model 1000) serial <<DEVICE_ID>> interrogated; output 1.75 mA, "
                           "30 s on / 5 min off."),
    ("D", "hpi", "emu", "RNS-320 neurostimulator, SN <<DEVICE_ID>>, implanted at ___."),
    ("D", "results", "", "Implant UDI (from the patient's implant card): <<DEVICE_ID:udi>>"),
    ("D", "course", "onc", "TTFields device (Optune) issued to the patient, device serial <<DEVICE_ID>>."),
    ("D", "plan", "consult disclosure emu", "DBS IPG (Percept PC) serial <<DEVICE_ID>>; bring the patient "
                                            "programmer to every visit."),
    ("R", "technique", "", "Implanted neurostimulator serial <<DEVICE_ID>>; MRI mode confirmed by ___ before "
                           "scanning."),
    ("R", "findings", "mri_device mri_brain", "Programmable shunt valve (S/N <<DEVICE_ID>>) setting verified at 1.5 "
                                              "after the examination."),
    ("R", "admin", "", "Implant UDI: <<DEVICE_ID:udi>>"),
    # VEHICLE_ID
    ("D", "hpi", "emu tele", "Had a seizure while driving; the pickup (plate <<VEHICLE_ID>>) struck a guardrail."),
    ("D", "social", "", "The patient's car (VIN <<VEHICLE_ID:vin>>) is still at the spoke hospital lot; son to "
                        "retrieve it."),
    ("D", "plan", "", "Patient's vehicle, plate <<VEHICLE_ID>>, left in garage B; valet ticket given to the spouse."),
    ("R", "history", "", "Restrained driver, single-vehicle crash after possible seizure; police report lists plate "
                         "<<VEHICLE_ID>>."),
    ("R", "history", "", "MVC; EMS run sheet attached (vehicle VIN <<VEHICLE_ID:vin>>)."),
    # PERSON
    ("D", "family", "consult disclosure", "  II-5: <<PERSON:first>> (maternal aunt), ___, epilepsy since childhood, "
                                          "never tested"),
    ("D", "social", "", "Accompanied by a niece, <<PERSON:first>>; a certified interpreter (<<PERSON:full>>, "
                        "Portuguese) joined by phone."),
    ("D", "hpi", "", "Previously followed by Dr. <<PERSON:init>> at ___."),
    ("D", "course", "tele", "Flight crew: <<PERSON:full>>, RN and ___, paramedic."),
    ("D", "footer", "", "Dictated by: <<PERSON:full>>, MD"),
    ("D", "plan", "", "Follow up with Dr. <<PERSON:last>> in the neurogenetics clinic in 6 weeks."),
    ("R", "footer", "", "Dictated by: <<PERSON:full>>, MD"),
    ("R", "footer", "", "Discussed with <<PERSON:init>>, NP at 16:20."),
    ("R", "history", "", "Referring: Dr. <<PERSON:last>>"),
    # LOCATION
    ("D", "family", "", "Paternal family from <<LOCATION:foreign>>; maternal family from <<LOCATION:us>>."),
    ("D", "social", "", "Grew up in <<LOCATION>>; moved to the area for work."),
    ("D", "hpi", "tele", "Transferred by air from the spoke in <<LOCATION:us>>."),
    ("D", "family", "consult disclosure", "  I-1: paternal grandfather, fisherman from <<LOCATION:foreign>>, died ___"),
    ("D", "social", "", "Home is in <<LOCATION:hood>>; two steps to enter."),
    ("R", "comparison", "", "Outside MRI performed at ___ in <<LOCATION:us>>."),
    ("R", "admin", "", "Transmitting facility: ___, <<LOCATION:us>>"),
    ("R", "history", "", "Recently returned from <<LOCATION:foreign>>."),
    # ORGANIZATION
    ("D", "hpi", "tele", "Transferred from <<ORGANIZATION:hosp>> after tenecteplase."),
    ("D", "social", "", "Works as a machinist at <<ORGANIZATION:employer>>."),
    ("D", "social", "", "The patient's son attends <<ORGANIZATION:school>>; an IEP is in place."),
    ("D", "social", "", "Resides at <<ORGANIZATION:nursing>> (long-term care)."),
    ("D", "family", "", "A brother was diagnosed with ALS at <<ORGANIZATION:foreign>>."),
    ("D", "plan", "", "Follow up with <<ORGANIZATION:practice>> in 4 weeks."),
    ("D", "plan", "", "Prescriptions sent to <<ORGANIZATION:pharmacy>>."),
    ("D", "social", "", "Very involved at <<ORGANIZATION:church>>; the pastor visited daily."),
    ("R", "admin", "", "Reading site: <<ORGANIZATION:telerad>>"),
    ("R", "admin", "", "Transmitting facility: <<ORGANIZATION:hosp>>"),
    ("R", "comparison", "", "MRI brain from <<ORGANIZATION:hosp>>, ___ (outside study, loaded to PACS)."),
)

_SLOT = re.compile(r"<<(~?)([A-Z][A-Z0-9_]*)(?::([a-z0-9]+))?>>")


def _tpl_cats(text: str) -> set[str]:
    return {m.group(2) for m in _SLOT.finditer(text) if not m.group(1)}


# Fixed sites inside the builders' own layouts
_SITES = {
    "ds_name": "<<PERSON:full>>", "ds_unit": "<<MRN>>", "ds_dob": "<<DATE_REAL_YEAR:dob>>",
    "ds_att": "<<PERSON:full>>", "hpi_age": "<<AGE_OVER_89:num>>",
    "cons_dear": "Dear Dr. <<PERSON:last>>,", "cons_ref": "<<ORGANIZATION:practice>>",
    "lab_pt": "<<PERSON:lastfirst>>", "lab_dob": "<<DATE_REAL_YEAR:dob>>", "lab_mrn": "<<MRN>>",
    "lab_acc": "<<ACCOUNT:acc>>", "lab_req": "<<ACCOUNT:req>>", "lab_ord": "<<PERSON:full>>",
    "lab_npi": "<<LICENSE:npi>>", "lab_spec": "<<ACCOUNT:spec>>",
    "tele_spoke": "<<ORGANIZATION:hosp>>, <<LOCATION:us>>", "tele_cb": "<<PHONE>>",
    "emu_reader": "<<PERSON:full>>", "onc_pres": "<<PERSON:last>>", "nmd_reader": "<<PERSON:full>>",
    "rad_age": "<<AGE_OVER_89:num>>", "tr_read": "<<ORGANIZATION:telerad>>", "tr_tx": "<<ORGANIZATION:hosp>>",
    "rad_notify": "<<PERSON:full>>", "rad_cmp": "<<ORGANIZATION:hosp>>", "rad_cmp_date": "<<DATE_REAL_YEAR:event>>",
    "rad_acc": "<<ACCOUNT:rad>>",
}

# --------------------------------------------------------------------------------------------------
# Writer
# --------------------------------------------------------------------------------------------------


@dataclass
class _Writer:
    r: random.Random
    heavy: bool
    site_plants: dict[str, list[str]]
    extra: dict[str, list[tuple[str, list[str]]]]
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    pos: int = 0

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def tpl(self, text: str, cats: list[str]) -> None:
        ms = list(_SLOT.finditer(text))
        chosen: dict[int, str] = {}
        for cat in cats:
            idx = [k for k, m in enumerate(ms) if not m.group(1) and m.group(2) == cat and k not in chosen]
            if not idx:
                raise AssertionError(f"template without slot {cat}: {text}")
            chosen[self.r.choice(idx)] = cat
        last = 0
        for k, m in enumerate(ms):
            self.add(text[last:m.start()])
            if m.group(1):
                self.add(_LOOK_FILL[m.group(2)](self.r))
            elif k in chosen:
                value = _VALUES[m.group(2)](self.r, m.group(3) or "")
                self.spans.append((self.pos, self.pos + len(value), m.group(2)))
                self.add(value)
            else:
                self.add("___")
            last = m.end()
        self.add(text[last:])

    def site(self, name: str) -> None:
        self.tpl(_SITES[name], self.site_plants.pop(name, []))

    def has(self, name: str) -> bool:
        return name in self.site_plants

    def extras(self, section: str, head: str = "", indent: str = "") -> None:
        lines = self.extra.pop(section, [])
        if lines and head:
            self.add(head)
        for text, cats in lines:
            self.add(indent)
            self.tpl(text, cats)
            self.add("\n")


# --------------------------------------------------------------------------------------------------
# Clinical filler helpers
# --------------------------------------------------------------------------------------------------


def _sdate(r: random.Random) -> str:
    d = date(r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28))
    return d.strftime(r.choice(("%Y-%m-%d", "%m/%d/%Y")))


def _tm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _vitals(r: random.Random) -> str:
    return (f"T {r.uniform(36.2, 38.1):.1f}C  HR {r.randint(56, 112)}  BP {r.randint(104, 186)}/{r.randint(58, 102)}  "
            f"RR {r.randint(12, 22)}  SpO2 {r.randint(93, 100)}% {r.choice(('RA', '2L NC', 'room air'))}")


def _labs(r: random.Random) -> str:
    when = _sdate(r)
    return (f"{when} 06:{r.randint(0, 59):02d}AM BLOOD WBC-{r.uniform(4.1, 13.5):.1f} RBC-{r.uniform(3.6, 5.4):.2f} "
            f"Hgb-{r.uniform(10.2, 15.8):.1f} Hct-{r.uniform(31, 47):.1f} MCV-{r.randint(82, 98)} Plt "
            f"Ct-{r.randint(140, 390)}\n"
            f"{when} 06:{r.randint(0, 59):02d}AM BLOOD Glucose-{r.randint(78, 188)} UreaN-{r.randint(8, 31)} "
            f"Creat-{r.uniform(0.5, 1.6):.1f} Na-{r.randint(133, 145)} K-{r.uniform(3.4, 5.1):.1f} "
            f"Cl-{r.randint(97, 108)} "
            f"HCO3-{r.randint(20, 29)} AnGap-{r.randint(8, 16)}\n")


def _pick(r: random.Random, pool: tuple[str, ...], lo: int, hi: int) -> list[str]:
    return r.sample(pool, min(len(pool), r.randint(lo, hi)))


_ALLERGIES = ("Patient recorded as having No Known Allergies to Drugs", "Penicillins", "Sulfa (Sulfonamide "
                                                                                       "Antibiotics)",
              "lamotrigine (rash)", "Codeine / iodinated contrast", "carbamazepine (HLA-B*15:02 positive, SJS risk)")

_INSURERS = ("Blue Cross Blue Shield", "Harvard Pilgrim", "Tufts Health Plan", "Aetna")
_ANCESTRIES = ("Azorean Portuguese", "Irish and Italian", "Haitian", "Polish", "Vietnamese", "Yoruba", "Mexican")
_ACMG = ("PS2", "PM2_Supporting", "PP3", "PS3", "PM1", "PP1_Strong", "PS4_Moderate", "PM5")
_ASMS = ("levetiracetam", "lamotrigine", "lacosamide", "oxcarbazepine", "topiramate", "zonisamide", "cenobamate")
_ONC_RECS = (
    "Stupp protocol: 60 Gy in 30 fractions with temozolomide 75 mg/m2 daily, then adjuvant temozolomide "
    "150-200 mg/m2 days 1-5 every 28 days for 6 cycles; TTFields (Optune) offered",
    "radiotherapy 54 Gy in 30 fractions followed by PCV chemotherapy",
    "high-dose methotrexate-based induction, then consolidation",
    "observation with MRI every 3 months; radiotherapy at progression",
    "vorasidenib discussed; clinical trial screening",
)
_DISC_NORMALS = ("Mild disc bulge without significant stenosis.", "No disc herniation, canal or foraminal stenosis.",
                 "Mild facet arthropathy; foramina patent.")
_EXAM = (
    "Mental status: alert, oriented x3, fluent speech, naming and repetition intact, follows 3-step commands.",
    "Cranial nerves: PERRL 3->2 mm, EOMI without nystagmus, face symmetric, palate elevates, tongue midline.",
    "Motor: normal bulk; tone increased in the left arm with cogwheeling; strength 5/5 except L deltoid 4/5, L "
    "iliopsoas 4-/5.",
    "Reflexes: 2+ and symmetric at biceps, triceps, brachioradialis and patellae, ankles 1+; toes downgoing (no "
    "Babinski sign).",
    "Hoffmann sign present on the right; jaw jerk brisk; no clonus.",
    "Sensory: intact to light touch, pinprick, vibration and proprioception; Romberg negative.",
    "Coordination: mild dysmetria on finger-nose-finger on the left; heel-knee-shin intact.",
    "Gait: narrow-based, reduced arm swing on the left, 3 steps to turn; unable to tandem.",
    "MoCA 24/30 (-2 delayed recall, -2 visuospatial, -1 fluency, -1 abstraction).",
    "Fundi: sharp discs, no papilledema; no Kayser-Fleischer rings on slit lamp.",
)

_VARIANTS = (
    ("SCN1A", "NM_001165963.4", "c.2837G>A", "p.(Arg946His)", "heterozygous", "de novo", "Pathogenic",
     "Dravet syndrome", "607208"),
    ("KCNQ2", "NM_172107.4", "c.881C>T", "p.(Ala294Val)", "heterozygous", "de novo", "Pathogenic",
     "developmental and epileptic encephalopathy 7", "613720"),
    ("NOTCH3", "NM_000435.3", "c.397C>T", "p.(Arg133Cys)", "heterozygous", "maternal", "Pathogenic", "CADASIL",
     "125310"),
    ("LRRK2", "NM_198578.4", "c.6055G>A", "p.(Gly2019Ser)", "heterozygous", "paternal", "Pathogenic",
     "Parkinson disease 8", "607060"),
    ("GBA1", "NM_000157.4", "c.1226A>G", "p.(Asn409Ser)", "heterozygous", "unknown", "Risk factor",
     "Parkinson disease susceptibility", "168600"),
    ("MFN2", "NM_014874.4", "c.281G>A", "p.(Arg94Gln)", "heterozygous", "paternal", "Pathogenic",
     "Charcot-Marie-Tooth disease type 2A2A", "609260"),
    ("SOD1", "NM_000454.5", "c.272A>C", "p.(Asp91Ala)", "homozygous", "biparental", "Pathogenic",
     "amyotrophic lateral sclerosis 1", "105400"),
    ("TSC2", "NM_000548.5", "c.5024C>T", "p.(Pro1675Leu)", "heterozygous", "de novo", "Likely pathogenic",
     "tuberous sclerosis complex 2", "613254"),
    ("DEPDC5", "NM_001242896.3", "c.1264C>T", "p.(Arg422Ter)", "heterozygous", "paternal", "Pathogenic",
     "familial focal epilepsy with variable foci", "604364"),
    ("PRNP", "NM_000311.5", "c.598G>A", "p.(Glu200Lys)", "heterozygous", "maternal", "Pathogenic",
     "familial Creutzfeldt-Jakob disease", "123400"),
    ("MAPT", "NM_005910.6", "c.902C>T", "p.(Pro301Leu)", "heterozygous", "paternal", "Pathogenic",
     "frontotemporal dementia", "600274"),
    ("CACNA1A", "NM_001127221.2", "c.4991G>A", "p.(Arg1664Gln)", "heterozygous", "maternal",
     "Uncertain significance", "episodic ataxia type 2", "108500"),
    ("COL4A1", "NM_001845.6", "c.2263G>A", "p.(Gly755Arg)", "heterozygous", "not maternal", "Likely pathogenic",
     "brain small vessel disease 1", "175780"),
    ("KIF1A", "NM_001244008.2", "c.296C>T", "p.(Thr99Met)", "heterozygous", "de novo", "Pathogenic",
     "NESCAV syndrome", "614255"),
)
_REPEATS = (
    ("HTT", "CAG", "Huntington disease", "143100", (40, 47), (15, 22)),
    ("C9orf72", "GGGGCC", "FTD and/or ALS 1", "105550", (145, 900), (2, 8)),
    ("ATXN3", "CAG", "spinocerebellar ataxia 3 (Machado-Joseph disease)", "109150", (62, 74), (14, 27)),
    ("FMR1", "CGG", "fragile X-associated tremor/ataxia syndrome", "300623", (61, 110), (20, 32)),
    ("ATXN2", "CAG", "spinocerebellar ataxia 2", "183090", (34, 41), (22, 23)),
)
_PANELS = (
    ("Comprehensive Epilepsy Panel (216 genes)", "EPX216"), ("Hereditary Neuropathy Panel (89 genes)", "NEUR-089"),
    ("ALS/FTD Panel with C9orf72 repeat sizing", "ALSFTD-R"), ("Parkinson Disease Panel (27 genes)", "PDP27"),
    ("Leukodystrophy and Leukoencephalopathy Panel", "LEUKO-XL"), ("Exome sequencing, trio", "EXT-TRIO"),
    ("Ataxia Repeat Expansion Panel (SCA1/2/3/6/7/17, FXN, RFC1)", "ATXRPT"),
    ("Cerebral Small Vessel Disease Panel (NOTCH3, HTRA1, COL4A1/2, TREX1)", "CSVD-12"),
)
_GENE_PROSE = (
    "Gene symbols in this report follow HGNC; PARK7 (DJ-1), PINK1 and PRKN (parkin) were analysed by sequencing and "
    "MLPA.",
    "SHANK3, CASK and CLOCK were on the backbone but not in the requested panel and are not reported.",
    "Sonic hedgehog (SHH) and NOTCH pathway genes were not interrogated.",
    "Huntingtin (HTT) and ataxin (ATXN1/2/3) repeats are sized by PCR and capillary electrophoresis.",
    "Frataxin (FXN) GAA repeats: both alleles in the normal range (8 and 21 repeats).",
    "APOE genotype e3/e4 (rs429358 C/T, rs7412 C/C); counselled that this is a risk allele, not a diagnosis.",
    "SMN1 copy number 2, SMN2 copy number 3 (carrier status negative).",
    "The LRRK2 p.Gly2019Ser variant (rs34637584) is a known founder allele; penetrance is age-dependent and "
    "incomplete.",
    "GBA1 p.Asn409Ser (legacy N370S; rs76763715) is reported as a Parkinson disease risk variant.",
)


_HOTLINES = (
    "Epilepsy Foundation 24/7 helpline 1-800-332-1000 and the 988 Suicide & Crisis Lifeline were provided.",
    "NIH Genetic and Rare Diseases Information Center (1-888-205-2311) and www.ninds.nih.gov information given.",
    "Poison Control (1-800-222-1222) number given because clobazam tablets are kept at home with toddlers.",
    "American Stroke Association (1-888-478-7653) and stroke.org materials provided in Portuguese and English.",
    "Resources: www.clinicaltrials.gov, www.alsa.org, www.epilepsy.com, www.hdsa.org.",
    "Variant details: www.ncbi.nlm.nih.gov/clinvar and www.omim.org (public databases).",
)
_DS_ALL = "consult disclosure tele emu onc nmd"
_GEN = "consult disclosure"
_RR_MR = "mri_brain mri_spine mri_epi mri_device"
_STROKE_TXT = "tele cta"


def _expiry(r: random.Random) -> str:
    y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{y}", f"{_MON[m - 1]} {y}"))


_SCANNERS = (
    "Siemens MAGNETOM Vida 3T (syngo MR XA50A)", "Siemens MAGNETOM Skyra 3T (syngo MR E11C)",
    "GE SIGNA Premier 3.0T (software MR30.1)", "GE SIGNA Artist 1.5T (software DV29.1)",
    "Philips Ingenia Elition X 3.0T (release R5.7.1)", "Canon Vantage Orian 1.5T (software V7.0)",
)
_CONTRASTS = ("7.5 mL gadobutrol (Gadavist)", "15 mL gadoterate (Dotarem)", "6 mL gadopiclenol (Elucirem)")

# (note types, section, builder kinds or "" for all, generator). Never PHI, never labelled.
_LOOKS: tuple[tuple[str, str, str, Callable[[random.Random], str]], ...] = (
    ("D", "admin", "", lambda r: "Interpreter needed: "
                                 f"{r.choice(('Portuguese (Azorean)', 'Haitian Creole', 'Vietnamese'))}"
                                 f"; clinic room {r.randint(2, 9)}{r.choice('ABC')}-{r.randint(1, 30)}."),
    ("D", "admin", "", lambda r: f"Insurance group number {_LOOK_FILL['GROUP'](r)} (employer plan) on file; insurer: "
                                 f"{r.choice(_INSURERS)}."),
    ("D", "admin", "", lambda r: f"Order set NEUR-{r.choice(('EMU', 'STROKE', 'GEN', 'ONC'))}-ADULT v{r.randint(2, 5)}."
                                 f"{r.randint(0, 9)}; code status: full code."),
    ("D", "hpi", "consult disclosure nmd",
     lambda r: f"Her mother's symptoms began at age {r.randint(41, 68)} with micrographia and a rest tremor; Parkinson "
               "disease was diagnosed and a DaTscan showed reduced putaminal uptake."),
    ("D", "hpi", "consult nmd",
     lambda r: "Differential included Lewy body dementia and Creutzfeldt-Jakob disease; RT-QuIC and 14-3-3 negative."),
    ("D", "hpi", "emu disclosure",
     lambda r: f"Onset at age {r.randint(3, 35)} with febrile seizures, later focal impaired-awareness seizures "
               f"({r.randint(2, 9)}/month); no Todd paralysis."),
    ("D", "hpi", "", lambda r: "Lyme serology and Powassan virus IgM negative; West Nile IgM negative."),
    ("D", "hpi", "tele", lambda r: f"Glasgow Coma Scale {r.randint(12, 15)} on arrival; NIHSS trajectory "
                                   f"{r.randint(14, 22)} -> {r.randint(4, 12)} after lysis."),
    ("D", "social", "", lambda r: r.choice(_HOTLINES)),
    ("D", "social", "", lambda r: f"Drinks {r.randint(1, 4)}-{r.randint(5, 8)} beers/week; {r.randint(5, 40)} "
                                  "pack-year "
                                  f"smoking history, quit {r.randint(1985, 2019)}."),
    ("D", "social", _GEN, lambda r: "GINA (2008) protections discussed: they do not cover life, disability or "
                                    "long-term care insurance."),
    ("D", "family", _GEN, lambda r: f"Mother's carrier screening in a prior pregnancy: FMR1 CGG {r.randint(20, 40)}/"
                                    f"{r.randint(20, 40)}, normal range."),
    ("D", "family", _GEN, lambda r: "Ashkenazi Jewish ancestry on the maternal side; GBA1 and LRRK2 founder variants "
                                    "discussed."),
    ("D", "family", "", lambda r: "Consanguinity denied; ancestry "
                                  f"{r.choice(_ANCESTRIES)}."),
    ("D", "results", "consult emu nmd", lambda r: f"CSF: WBC {r.randint(0, 9)}, RBC {r.randint(0, 40)}, protein "
                                                  f"{r.randint(28, 88)}, "
                                   f"glucose {r.randint(48, 79)}; oligoclonal bands {r.randint(0, 6)} unique to CSF; "
                                   f"IgG index 0.{r.randint(45, 95)}."),
    ("D", "results", _GEN, lambda r: f"Reagent kit: xGen Exome Hyb Panel v2, lot {_LOOK_FILL['LOT'](r)}, "
                                     f"exp {_expiry(r)}."),
    ("D", "results", _GEN + " nmd", lambda r: f"PMID {r.randint(20000000, 38999999)} describes the same variant in two "
                                              "unrelated families."),
    ("D", "results", "", lambda r: f"CK {r.randint(120, 2400)} U/L (reference 39-308); TSH {r.uniform(0.6, 3.9):.2f}; "
                                   f"B12 {r.randint(250, 900)}."),
    ("D", "results", _GEN, lambda r: "Chromosomal microarray: arr[GRCh38](1-22,X)x2, no clinically significant "
                                     "copy-number variants."),
    ("D", "results", "onc", lambda r: f"MGMT pyrosequencing kit therascreen, lot {_LOOK_FILL['LOT'](r)}, "
                                      f"expiry {_expiry(r)}; NGS panel v{r.randint(2, 4)} ({r.randint(300, 520)} "
                                      "genes)."),
    ("D", "results", "emu", lambda r: f"EEG acquisition software Natus NeuroWorks version 9.{r.randint(0, 4)}."
                                      f"{r.randint(0, 9)}.{r.randint(100, 999)}."),
    ("D", "course", "", lambda r: f"Foley catheter removed on hospital day {r.randint(1, 4)}; voiding trial passed."),
    ("D", "course", "tele onc", lambda r: f"Glasgow Coma Scale 15 throughout; NIHSS {r.randint(0, 4)} at discharge; "
                                          f"mRS {r.randint(0, 3)}."),
    ("D", "course", "tele", lambda r: f"BP goal < 180/105 for 24 h; BP at discharge {r.randint(110, 150)}/"
                                      f"{r.randint(60, 90)}."),
    ("D", "course", "emu", lambda r: f"EMU room 7B-{r.randint(10, 24)}, bed {r.randint(1, 2)}; seizure precautions, "
                                     "padded rails."),
    ("D", "course", "consult nmd", lambda r: "CNS Whipple disease was considered; Tropheryma whipplei PCR on CSF "
                                             "negative."),
    ("D", "course", "tele", lambda r: "Not a subarachnoid hemorrhage, so Hunt and Hess and modified Fisher grades do "
                                      "not apply."),
    ("D", "plan", "", lambda r: f"Open-label extension study NCT0{r.randint(3000000, 6999999)} discussed; eligibility "
                                "screening pending."),
    ("D", "plan", "", lambda r: f"Billing: CPT {r.choice(('95720', '95700', '95886', '95913', '81406', '81479'))} by "
                                "the department."),
    ("D", "plan", "", lambda r: r.choice(_HOTLINES)),
    ("D", "plan", "emu tele", lambda r: "AAN driving guidance reviewed; no driving until seizure-free for the "
                                        "state-required interval."),
    ("D", "footer", "", lambda r: f"Template NEURO-DC-{r.randint(1, 4)} (rev. {r.randint(3, 19)}); voice recognition "
                                  "used."),
    ("D", "footer", _GEN, lambda r: "Total time 75 minutes, more than half in counselling and coordination of care."),
    ("R", "admin", _RR_MR, lambda r: f"Study priority: {r.choice(('STAT', 'Routine', 'Urgent'))}   Modality: MR   "
                                     f"Station: MRC{r.randint(1, 6)}"),
    ("R", "admin", "cta", lambda r: "Study priority: STAT (code stroke)   Modality: CT   Station: "
                                    f"CT{r.randint(1, 4)}"),
    ("R", "admin", _RR_MR, lambda r: f"Exam code MRBRWWO; CPT {r.choice(('70553', '70551', '72156', '72141'))}."),
    ("R", "admin", "cta", lambda r: f"Exam code CTANGHDNK; CPT {r.choice(('70496', '70498', '0042T'))}."),
    ("R", "history", "mri_brain",
     lambda r: "Evaluate for Lewy body disease versus Parkinson disease with dementia; known REM sleep behaviour "
               "disorder."),
    ("R", "history", "mri_brain cta",
     lambda r: f"Remote Hunt and Hess {r.randint(1, 3)} subarachnoid hemorrhage at age {r.randint(30, 70)}, coiled."),
    ("R", "history", "mri_brain", lambda r: "Question Creutzfeldt-Jakob disease; rapidly progressive dementia over "
                                            "3 months."),
    ("R", "history", "mri_brain mri_spine", lambda r: "Known Chiari I malformation; headache worse with Valsalva."),
    ("R", "history", "", lambda r: "Lyme and West Nile serologies pending."),
    ("R", "technique", _RR_MR, lambda r: f"Coil: {r.choice((20, 32, 64))}-channel head/neck; parallel imaging factor "
                                         f"{r.choice((2, 3))}."),
    ("R", "technique", _RR_MR, lambda r: f"Contrast: {r.choice(_CONTRASTS)} IV, lot {_LOOK_FILL['LOT'](r)}, "
                                         f"exp {_expiry(r)}."),
    ("R", "technique", "mri_device mri_epi",
     lambda r: "Device model: Medtronic Percept PC B35200, MR Conditional (full body, B1+rms <= 2.0 uT); UDI "
               f"(01)00763000{_d(r, 6)}(17){r.randint(26, 30)}0131(10)HB{_d(r, 5)} (model and lot only)."),
    ("R", "technique", "cta mri_brain", lambda r: f"Post-processing: Vitrea version 7.{r.randint(10, 16)}.0."
                                                  f"{r.randint(300, 999)}; RAPID software 5.{r.randint(0, 3)}."
                                                  f"{r.randint(0, 9)}."),
    ("R", "technique", "mri_epi", lambda r: f"Protocol EPILEPSY-3T-HIPPO (rev {r.randint(2, 9)}); TR/TE "
                                            f"{r.randint(1800, 2400)}/{r.uniform(2.1, 3.2):.2f} ms; 1 mm isotropic."),
    ("R", "technique", "cta", lambda r: f"Contrast: iohexol (Omnipaque 350), lot {_LOOK_FILL['LOT'](r)}, "
                                        f"exp {_expiry(r)}; injector rate 5 mL/s."),
    ("R", "comparison", "", lambda r: f"Prior exam of {_sdate(r)} in PACS was also reviewed."),
    ("R", "comparison", "", lambda r: "Outside CD could not be read (no DICOMDIR); outside report only."),
    ("R", "findings", "mri_brain mri_device",
     lambda r: f"Prominent Virchow-Robin spaces in the basal ganglia; Fazekas grade {r.randint(1, 2)} white matter "
               "change."),
    ("R", "findings", "mri_brain mri_epi mri_device",
     lambda r: "Meckel's cave, the foramen of Monro and the Sylvian fissures are unremarkable."),
    ("R", "findings", "mri_brain mri_device", lambda r: "No eye-of-the-tiger sign, no hot cross bun sign, no "
                                                        "hummingbird sign."),
    ("R", "findings", "mri_brain mri_device", lambda r: f"Evans index 0.{r.randint(24, 36)}; callosal angle "
                                                        f"{r.randint(60, 120)} degrees."),
    ("R", "findings", "mri_spine", lambda r: "No Chiari malformation; no syrinx. Paraspinal soft tissues are normal."),
    ("R", "findings", "cta", lambda r: "Incidental fetal origin of the right PCA; the circle of Willis is otherwise "
                                       "complete."),
    ("R", "impression", "mri_brain mri_device",
     lambda r: "Imaging cannot confirm or exclude Parkinson disease; DaTscan could be considered clinically."),
    ("R", "impression", "mri_brain", lambda r: "No findings to suggest Wernicke encephalopathy."),
    ("R", "footer", "", lambda r: "ACR Appropriateness Criteria: usually appropriate."),
    ("R", "footer", "", lambda r: f"Dictation workstation software v{r.randint(4, 9)}.{r.randint(0, 12)}."
                                  f"{r.randint(0, 9)}.{r.randint(10, 250)}."),
)

# --------------------------------------------------------------------------------------------------
# Discharge-type builders
# --------------------------------------------------------------------------------------------------


def _ds_header(w: _Writer, r: random.Random, service: str, sex: str) -> None:
    w.add("Name:  ")
    w.site("ds_name")
    w.add("                 Unit No:   ")
    w.site("ds_unit")
    w.add("\n \nAdmission Date:  ___              Discharge Date:   ___\n \nDate of Birth:  ")
    w.site("ds_dob")
    w.add(f"             Sex:   {sex}\n \nService: {service}\n \nAllergies: \n{r.choice(_ALLERGIES)}\n \nAttending: ")
    w.site("ds_att")
    w.add(".\n \n")
    w.extras("admin", "Registration / contact (from the face sheet):\n")
    w.add(" \n")


def _ds_tail(w: _Writer, r: random.Random, meds: tuple[str, ...], dispo: str, dx: str) -> None:
    w.add("Discharge Medications:\n")
    for k, m in enumerate(_pick(r, meds, 3, 6), 1):
        w.add(f"{k}. {m}\n")
    w.add(f" \nDischarge Disposition:\n{dispo}\n \nDischarge Diagnosis:\n{dx}\n \n")
    w.add("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
          "Activity Status: "
          f"{r.choice(('Ambulatory - Independent.', 'Ambulatory - requires assistance or aid (walker).'))}\n \n")
    w.add("Discharge Instructions:\n")
    w.add(r.choice((
        "You were admitted to the neurology service. Please take your medications as prescribed and keep all "
        "appointments. Call 911 for any new weakness, numbness, trouble speaking or a seizure lasting more than 5 "
        "minutes.",
        "It was a pleasure taking care of you. Do not drive, swim alone, bathe alone or work at heights until cleared "
        "by your neurologist. Bring your seizure diary to the next visit.",
        "Please avoid heavy lifting for 2 weeks. Keep the incision dry. Return for fever > 101.5F, wound drainage, "
        "worsening headache or confusion.",
    )))
    w.add("\n \nFollowup Instructions:\n___\n")
    w.extras("plan")
    w.add(" \n")
    w.extras("footer")


def _pedigree(w: _Writer, r: random.Random, heavy: bool) -> None:
    conds = ("healthy", "essential tremor since the 60s", "seizures as a child, outgrown", "dementia from the late 70s",
             "stroke at 54", "migraine with aura", "unknown, adopted", "bipolar disorder", "no neurologic history",
             "Parkinson disease diagnosed at 71", "three miscarriages", "learning disability", "hearing loss",
             "cardiomyopathy", "ALS, wheelchair within 2 years", "frequent falls in the 60s", "alcohol use disorder",
             "gait problems from the 40s", "early-onset dementia")
    causes = ("MI", "stroke", "colon cancer", "pneumonia", "COPD", "unknown", "ALS", "accident", "sepsis")

    def age(dead: bool) -> str:
        if heavy or r.random() < 0.25:
            return "d. ___" if dead else "___"
        return f"d. {r.randint(45, 88)} ({r.choice(causes)})" if dead else str(r.randint(18, 86))

    if r.random() < 0.6:
        w.add("Family History (three-generation pedigree, drawn with the patient and a parent):\n")
        rows = (("I", ("paternal grandfather", "paternal grandmother", "maternal grandfather", "maternal grandmother"),
                 True),
                ("II", ("father", "mother", "paternal uncle", "maternal aunt", "maternal uncle"), False),
                ("III", ("brother", "sister", "half-brother (maternal)", "first cousin (paternal)"), False))
        for gen, roles, old in rows:
            w.add(f"  Generation {gen}\n")
            n = 0
            for n, role in enumerate(_pick(r, roles, 2, len(roles)), 1):
                dead = old or r.random() < 0.15
                name = " (___)" if r.random() < 0.5 else ""
                w.add(f"    {gen}-{n}  {role}{name}, {age(dead)}, {r.choice(conds)}\n")
            if gen == "III":
                w.add(f"    III-{n + 1}  proband (arrow)\n")
    else:
        sibs = r.randint(1, 4)
        w.add("Family History:\n")
        w.add(f"The paternal grandfather died at {age(True)[3:]}; paternal grandmother: {r.choice(conds)}. "
              f"The father is {age(False)}, {r.choice(conds)}; the mother is {age(False)}, {r.choice(conds)}. "
              f"Maternal uncle: {r.choice(conds)}. There {'is 1 sibling' if sibs == 1 else f'are {sibs} siblings'}; "
              f"one brother: {r.choice(conds)}. No known consanguinity.\n")
    w.extras("family")
    w.add(" \n")


# Coherent neurogenetic scenarios for the consult and disclosure notes
_GEN_SCEN = (
    dict(reason="adult-onset cerebellar ataxia with a family history of similar gait problems",
         cc="progressive unsteadiness and slurred speech",
         story="Symptoms began in the late 30s with clumsiness on stairs and slurred speech; over {n} years the gait "
               "became broad-based and handwriting deteriorated. Falls twice this year.",
         feats=("ataxia", "dysarthria", "saccadic pursuit", "neuropathy", "spasticity", "ophthalmoplegia"),
         assess="The combination of features and the autosomal dominant pattern in the pedigree make a repeat "
                "expansion disorder most likely; a sequencing panel is reasonable if repeat testing is negative.",
         panel=("Ataxia Repeat Expansion Panel (SCA1/2/3/6/7/17, FXN, RFC1)", "ATXRPT"),
         genes=("ATXN3", "ATXN2", "CACNA1A", "FMR1"),
         admit="admitted after a fall with a scalp laceration; progressive ataxia",
         course="Laceration repaired in the ED. PT recommended a rolling walker and home safety evaluation.",
         meds=("Vitamin E 400 units daily", "Acetazolamide 250 mg PO BID", "Sertraline 50 mg daily",
               "Vitamin D3 2000 units daily")),
    dict(reason="early-onset parkinsonism (onset before 50) and a paternal family history of tremor",
         cc="tremor and slowness",
         story="A right-hand rest tremor began {n} years ago, followed by micrographia, reduced arm swing and "
               "hyposmia; an excellent response to levodopa with early dyskinesia.",
         feats=("rest tremor", "bradykinesia", "rigidity", "dyskinesia", "hyposmia", "REM sleep behaviour disorder"),
         assess="Early onset and the family history raise the probability of monogenic Parkinson disease; LRRK2 "
                "and GBA1 results may also determine trial eligibility.",
         panel=("Parkinson Disease Panel (27 genes)", "PDP27"), genes=("LRRK2", "GBA1"),
         admit="admitted after a fall with a hip contusion and motor fluctuations",
         course="Levodopa schedule changed to five doses a day; amantadine added for dyskinesia. No fracture.",
         meds=("Carbidopa-levodopa 25/100 1.5 tab PO 5x/day", "Amantadine ER 137 mg PO QHS", "Rasagiline 1 mg daily",
               "Pimavanserin (Nuplazid) 34 mg daily")),
    dict(reason="recurrent subcortical strokes and migraine with aura in a young adult",
         cc="transient left-sided numbness",
         story="Stepwise episodes of hand numbness and dysarthria over {n} years, each resolving over days; MRI shows "
               "confluent anterior temporal and external capsule T2 hyperintensity.",
         feats=("migraine with aura", "lacunar strokes", "apathy", "executive dysfunction"),
         assess="Features overlap CADASIL and COL4A1-related disease; NOTCH3 is the first-line gene.",
         panel=("Cerebral Small Vessel Disease Panel (NOTCH3, HTRA1, COL4A1/2, TREX1)", "CSVD-12"),
         genes=("NOTCH3", "COL4A1"), admit="admitted with a new lacunar stroke",
         course="MRI with a new right thalamic lacune. Aspirin continued; statin started; BP goal < 130/80.",
         meds=("Aspirin 81 mg PO daily", "Atorvastatin 40 mg PO QHS", "Amlodipine 5 mg PO daily",
               "Verapamil SR 120 mg daily")),
    dict(reason="drug-resistant epilepsy since infancy with developmental delay",
         cc="breakthrough seizures",
         story="The first seizure occurred at {n} months with fever; later focal seizures with head version and "
               "tonic-clonic seizures; five antiseizure medications have failed.",
         feats=("seizures", "intellectual disability", "ataxia", "autism spectrum features", "hypotonia"),
         assess="A monogenic developmental and epileptic encephalopathy is likely; exome sequencing (trio) is "
                "recommended, since a diagnosis may change treatment (avoid sodium-channel blockers if SCN1A).",
         panel=("Comprehensive Epilepsy Panel (216 genes)", "EPX216"),
         genes=("SCN1A", "KCNQ2", "TSC2", "DEPDC5", "KIF1A"),
         admit="admitted for medication adjustment after a cluster of focal seizures",
         course="Lacosamide increased; clobazam added at night. No further seizures after day 2.",
         meds=("Lacosamide 200 mg PO BID", "Clobazam 10 mg PO QHS", "Valproate ER 1000 mg QHS",
               "Diazepam nasal spray (Valtoco) 10 mg PRN cluster", "Fenfluramine (Fintepla) 0.2 mg/kg BID")),
    dict(reason="progressive distal weakness and pes cavus in three generations",
         cc="foot drop and falls",
         story="Tripping since childhood, high arches, bilateral foot drop over {n} years and now hand weakness; "
               "nerve conduction studies show an axonal sensorimotor neuropathy.",
         feats=("distal weakness", "pes cavus", "areflexia", "stocking sensory loss", "optic atrophy"),
         assess="An axonal Charcot-Marie-Tooth disease (CMT2) is most likely; MFN2 is the most common cause.",
         panel=("Hereditary Neuropathy Panel (89 genes)", "NEUR-089"), genes=("MFN2",),
         admit="admitted with a foot ulcer and recurrent falls",
         course="Podiatry and orthotics (AFOs) arranged. Wound care; no osteomyelitis on MRI.",
         meds=("Gabapentin 300 mg PO TID", "Cephalexin 500 mg PO QID x 7 days", "Vitamin D3 2000 units daily")),
    dict(reason="rapidly progressive dementia with myoclonus",
         cc="confusion and jerking",
         story="Over {n} months, memory loss, visual distortions, gait ataxia and startle myoclonus; EEG with "
               "periodic sharp wave complexes; MRI with cortical ribboning.",
         feats=("dementia", "myoclonus", "ataxia", "visual disturbance", "akinetic mutism"),
         assess="Sporadic Creutzfeldt-Jakob disease is most likely; PRNP sequencing distinguishes genetic forms and "
                "matters for relatives.",
         panel=("PRNP sequencing and octapeptide repeat analysis", "PRNP-SEQ"), genes=("PRNP",),
         admit="admitted for evaluation of rapidly progressive dementia",
         course="Infection-control precautions per prion protocol. Family meeting held; goals of care comfort-focused.",
         meds=("Clonazepam 0.5 mg PO BID", "Levetiracetam 500 mg PO BID", "Acetaminophen 650 mg q6h PRN")),
    dict(reason="presymptomatic testing request; a parent has Huntington disease",
         cc="presymptomatic Huntington disease testing; depressed mood",
         story="The father developed chorea in his 40s; the patient has completed two pre-test counselling "
               "sessions over {n} months per the HDSA protocol and has a support person.",
         feats=("no motor signs", "depressed mood", "anxiety"),
         assess="Presymptomatic testing is appropriate after the completed counselling protocol; psychiatric "
                "follow-up is arranged for the disclosure period.",
         panel=("Huntington disease CAG repeat analysis", "HTT-CAG"), genes=("HTT",),
         admit="admitted to the neurology service with depression and new subtle chorea",
         course="Psychiatry consulted; sertraline increased. Subtle chorea noted on exam; no treatment needed.",
         meds=("Sertraline 100 mg daily", "Tetrabenazine 12.5 mg PO BID", "Melatonin 3 mg QHS")),
    dict(reason="frontotemporal dementia and motor neuron disease in a parent and a sibling",
         cc="behaviour change and weakness",
         story="Over {n} years, apathy, disinhibition and new compulsive eating, and now hand wasting and "
               "fasciculations.",
         feats=("apathy", "disinhibition", "fasciculations", "dysphagia", "split-hand sign"),
         assess="Familial FTD-ALS; C9orf72 repeat expansion is the leading consideration, then MAPT and SOD1.",
         panel=("ALS/FTD Panel with C9orf72 repeat sizing", "ALSFTD-R"), genes=("C9orf72", "MAPT", "SOD1"),
         admit="admitted for PEG placement and behavioural crisis",
         course="PEG placed by GI. Behaviour managed with low-dose quetiapine; caregiver training provided.",
         meds=("Riluzole 50 mg per PEG BID", "Quetiapine 25 mg QHS", "Glycopyrrolate 1 mg TID",
               "Citalopram 10 mg daily")),
)


def _variant_lines(r: random.Random, genes: tuple[str, ...]) -> tuple[list[str], str, str, str]:
    """(result lines, gene, condition, classification) for one of ``genes``."""
    options = [("rep", x) for x in _REPEATS if x[0] in genes] + [("var", x) for x in _VARIANTS if x[0] in genes]
    kind, entry = r.choice(options)
    if kind == "rep":
        gene, unit, cond, omim, exp, norm = entry
        big, small = r.randint(*exp), r.randint(*norm)
        lines = [f"{gene} {unit} repeat sizing: {big}/{small} repeats (expanded allele {big}; normal allele {small})",
                 f"Associated condition: {cond} (OMIM #{omim})."]
        return lines, gene, cond, "Pathogenic"
    gene, tx, c, p, zyg, inh, cls, cond, omim = entry
    chrom = r.randint(1, 22)
    lines = [
        "Gene     Transcript         Variant                         Zygosity       Inheritance   Classification",
        f"{gene:<8} {tx:<18} {c} {p:<18} {zyg:<14} {inh:<13} {cls}",
        f"Genomic (GRCh38): chr{chrom}:{r.randint(1_000_000, 199_000_000):,}  "
        f"ClinVar VCV{r.randint(100, 3_999_999):09d}  gnomAD v4.1 AF "
        f"{r.choice(('0', '0.000004', '0.00002', '0.00031'))}",
        f"Associated condition: {cond} (OMIM #{omim}); ACMG/AMP criteria applied: "
        f"{', '.join(r.sample(_ACMG, 3))}.",
    ]
    return lines, gene, cond, cls


def _b_consult(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    sc = r.choice(_GEN_SCEN)
    _ds_header(w, r, r.choice(("NEUROLOGY", "MEDICAL GENETICS", "NEUROLOGY (NEUROGENETICS)")), sex)
    w.add(f"Chief Complaint:\n{sc['cc']}\n \n")
    w.add("Major Surgical or Invasive Procedure:\n"
          f"{r.choice(('None', 'Lumbar puncture', 'Skin biopsy for alpha-synuclein seed assay', 'Routine EEG'))}\n \n")
    w.add("MEDICAL GENETICS CONSULTATION\n \n")
    w.site("cons_dear")
    w.add("\n \nThank you for referring your patient, seen today by the neurogenetics service with the inpatient "
          f"team, for evaluation of {sc['reason']}. Referral came from ")
    w.site("cons_ref")
    w.add(".\n \nHistory of Present Illness:\n")
    w.add(f"___ year old {'woman' if sex == 'F' else 'man'} with {sc['reason']}. "
          + sc["story"].format(n=r.randint(2, 9)) + " ")
    w.add(r.choice(("No prior genetic testing.", "A single-gene test through the referring office was negative.",
                    "Chromosomal microarray was normal.")))
    w.add("\n")
    w.extras("hpi")
    w.add(" \nProband:\n")
    w.add(f"  Position in pedigree: III-{r.randint(1, 5)} (arrow)\n  Age at onset: {r.randint(1, 58)} y\n"
          f"  Key features: {', '.join(_pick(r, sc['feats'], 2, 4))}\n"
          "  Prior testing: "
          f"{r.choice(('none', 'CMA normal', 'single-gene test negative', 'mtDNA genome negative'))}\n \n")
    w.add("Past Medical History:\n")
    for k, item in enumerate(_pick(r, ("Hypertension", "Migraine with aura", "Depression", "Hypothyroidism",
                                       "Obstructive sleep apnea on CPAP", "Cataract surgery", "Type 2 diabetes",
                                       "Restless legs", "GERD"), 2, 5), 1):
        w.add(f"{k}. {item}\n")
    w.add(" \nSocial History:\n")
    w.add(r.choice(("Works as a bookkeeper; married with two children. ", "Retired bus driver. Lives with spouse. ",
                    "Graduate student, lives with a partner. ", "On disability, lives with parents. ")))
    w.add(r.choice(("No tobacco. Rare alcohol.", "Former smoker.", "No drug use.")) + "\n")
    w.extras("social")
    w.add(" \n")
    _pedigree(w, r, heavy)
    w.add("Physical Exam:\n" + _vitals(r) + "\n" + "\n".join(_pick(r, _EXAM, 4, 7)) + "\n \n")
    w.add("Pertinent Results:\n" + _labs(r))
    w.extras("results")
    w.add(" \nAssessment:\n" + sc["assess"] + " " + r.choice(_GENE_PROSE) + "\n \n")
    w.add("Recommendations / testing plan:\n")
    w.add(f"1. {sc['panel'][0]} (test code {sc['panel'][1]}); blood in a lavender-top tube.\n"
          "2. Parental or affected-relative samples for segregation if a variant is found.\n"
          f"3. Return visit for disclosure in {r.randint(3, 8)} weeks, in person with a support person.\n")
    w.add(" \nConsent:\nInformed consent was obtained after discussion of possible results (positive, negative, "
          "variant of uncertain significance), implications for relatives, GINA protections and their limits, "
          f"reanalysis, and secondary findings under ACMG SF v3.{r.randint(1, 3)} "
          f"(patient {r.choice(('opted in', 'opted out'))}). De-identified data may be shared with ClinVar.\n \n")
    w.add("Brief Hospital Course:\n" + sc["course"] + "\n")
    w.extras("course")
    w.add(" \n")
    _ds_tail(w, r, sc["meds"], r.choice(("Home", "Home With Service")), sc["reason"].split(" with ")[0].split(";")[0])


def _b_disclosure(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    sc = r.choice(_GEN_SCEN)
    _ds_header(w, r, "NEUROLOGY", sex)
    w.add(f"Chief Complaint:\n{sc['cc']}; return for genetic test results\n \n")
    w.add("Major Surgical or Invasive Procedure:\nNone\n \nHistory of Present Illness:\n")
    w.add(f"___ year old {'woman' if sex == 'F' else 'man'} with {sc['reason']}, {sc['admit']}. "
          + sc["story"].format(n=r.randint(2, 9))
          + " The results of genetic testing sent at the prior visit were disclosed during this admission with the "
          "genetic counselor present.\n")
    w.extras("hpi")
    w.add(" \nPast Medical History:\n" + ", ".join(_pick(r, ("hypertension", "migraine", "anxiety", "hypothyroidism",
                                                             "GERD", "osteopenia"), 1, 3)).capitalize() + ".\n")
    w.add(" \nSocial History:\n" + r.choice(("Lives with partner; works in retail. ", "Lives with parents; not "
                                                                                      "driving. ",
                                             "Married, two adult children. ")) + "\n")
    w.extras("social")
    w.add(" \n")
    _pedigree(w, r, heavy)
    w.add("Physical Exam:\n" + _vitals(r) + "\n" + "\n".join(_pick(r, _EXAM, 3, 5)) + "\n \n")
    w.add("Pertinent Results:\n" + _labs(r) + " \n")
    w.add("==================== REFERENCE LABORATORY REPORT ====================\n")
    w.add("Patient: ")
    w.site("lab_pt")
    w.add("          DOB: ")
    w.site("lab_dob")
    w.add(f"          Sex: {sex}\nMRN: ")
    w.site("lab_mrn")
    w.add("          Accession: ")
    w.site("lab_acc")
    w.add("\nRequisition: ")
    w.site("lab_req")
    w.add("     Specimen: ")
    w.site("lab_spec")
    w.add(f" ({r.choice(('EDTA whole blood', 'saliva (Oragene)', 'buccal swab', 'extracted DNA'))})\n")
    w.add(f"Collected: {_sdate(r)}   Received: {_sdate(r)}   Reported: {_sdate(r)}\nOrdering provider: ")
    w.site("lab_ord")
    w.add("   NPI: ")
    w.site("lab_npi")
    w.add(f"\nReferring facility: ___\nTest: {sc['panel'][0]}   (test code {sc['panel'][1]})\n \n")
    lines, gene, cond, cls = _variant_lines(r, sc["genes"])
    result = {"Uncertain significance": "UNCERTAIN", "Risk factor": "POSITIVE (risk allele)"}.get(cls, "POSITIVE")
    w.add(f"RESULT: {result}\n" + "\n".join(lines) + "\n \n")
    verb = {"Pathogenic": "establishes", "Uncertain significance": "does not establish"}.get(cls, "may support")
    w.add(f"Interpretation: This result {verb} a molecular diagnosis of {cond}. "
          + ("Testing of at-risk biological relatives is recommended.\n" if result != "UNCERTAIN" else
             "Segregation studies in affected relatives may help reclassify the variant.\n"))
    w.add("Methods: hybrid capture NGS (Illumina NovaSeq 6000), mean depth > 150x, alignment to GRCh38/hg38; "
          "repeat sizing by PCR and capillary electrophoresis where applicable; confirmation by Sanger or MLPA. "
          + r.choice(_GENE_PROSE) + "\n")
    w.add("Limitations: deep intronic and mosaic variants below 10% may not be detected.\n")
    w.add("Electronically signed: ___, PhD, FACMG, Laboratory Director\n")
    w.add("======================== END OF REPORT ========================\n")
    w.extras("results")
    w.add(" \nResults disclosure:\n")
    w.add("Result reviewed with the patient and "
          f"{r.choice(('a parent', 'the spouse', 'both parents', 'a close friend'))} "
          f"for {r.randint(40, 75)} minutes. We explained the {gene} finding, the inheritance pattern and the risk to "
          "each child and sibling; a family letter was provided for at-risk relatives. Emotional response "
          "appropriate; social work and psychology offered.\n")
    w.add(" \nBrief Hospital Course:\n" + sc["course"] + "\n")
    w.extras("course")
    w.add(" \n")
    _ds_tail(w, r, sc["meds"], r.choice(("Home", "Home With Service")), f"{cond} ({gene})")


def _b_tele(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    side = r.choice(("left", "right"))
    other = "right" if side == "left" else "left"
    _ds_header(w, r, "NEUROLOGY (STROKE)", sex)
    w.add(f"Chief Complaint:\n{side} hemiparesis, {'aphasia' if side == 'right' else 'neglect'}\n \n")
    w.add(f"Major Surgical or Invasive Procedure:\nMechanical thrombectomy, {other} M1 (TICI "
          f"{r.choice(('2b', '2c', '3'))})\n \n")
    w.add("History of Present Illness:\n")
    w.site("hpi_age")
    w.add(f" year old right-handed {'woman' if sex == 'F' else 'man'} with atrial fibrillation "
          f"{r.choice(('not on anticoagulation', 'on apixaban (last dose > 48 h ago)', 'off warfarin after a bleed'))} "
          f"who was last known well at {_tm(r)} and was found with {side} face and arm weakness.\n \n")
    w.add("TELESTROKE CONSULT (hub-and-spoke):\n  Spoke site: ")
    w.site("tele_spoke")
    lkw = r.randint(40, 190)
    nih = r.randint(6, 24)
    w.add("\n  Spoke ED physician callback (direct): ")
    w.site("tele_cb")
    w.add(f"\n  Video connected {_tm(r)}; LKW {lkw} min before arrival; NIHSS at spoke {nih}\n"
          f"  CT head: ASPECTS {r.randint(7, 10)}; CTA: {other} M1 occlusion, good collaterals (Tan score "
          f"{r.randint(2, 3)})\n"
          f"  CTP (RAPID): core {r.randint(0, 30)} mL, Tmax>6s {r.randint(60, 180)} mL, mismatch ratio "
          f"{r.uniform(2.5, 12):.1f}\n"
          f"  Tenecteplase 0.25 mg/kg ({r.randint(15, 25)} mg) IV bolus; door-to-needle {r.randint(24, 58)} min\n"
          f"  Transfer centre accepted; rotor-wing transport, wheels up {_tm(r)}\n")
    w.extras("hpi")
    w.add(" \nPast Medical History:\nAtrial fibrillation (CHA2DS2-VASc 5), hypertension, hyperlipidemia, prior "
          "TIA.\n \n")
    w.add("Social History:\n" + r.choice(("Lives with spouse, independent in ADLs (mRS 0). ",
                                          "Lives alone; daughter nearby. ")) + "\n")
    w.extras("social")
    w.add(" \nFamily History:\nNo premature stroke or clotting disorder known.\n")
    w.extras("family")
    w.add(" \nPhysical Exam:\nOn arrival to hub: " + _vitals(r) + "\n")
    w.add(f"NIHSS {max(0, nih - r.randint(0, 6))}: 1a 0, 1b {r.randint(0, 2)}, 1c 0, gaze {r.randint(0, 2)}, visual "
          f"{r.randint(0, 2)}, face {r.randint(1, 3)}, {side} arm {r.randint(1, 4)}, {side} leg {r.randint(1, 3)}, "
          f"sensory {r.randint(0, 2)}, language {r.randint(0, 3)}, dysarthria {r.randint(0, 2)}, extinction "
          f"{r.randint(0, 2)}.\n"
          f"GCS E{r.randint(3, 4)}V{r.randint(3, 5)}M6.\n \n")
    w.add("Pertinent Results:\n" + _labs(r))
    w.add(f"LDL {r.randint(70, 190)}, HbA1c {r.uniform(5.1, 8.9):.1f}%, troponin < 0.01, INR "
          f"{r.uniform(0.9, 1.3):.1f}\n"
          f"TTE: LVEF {r.randint(40, 65)}%, LA dilated, no thrombus; bubble study negative.\n"
          f"MRI brain: {other} MCA territory infarcts, largest in the insula ({r.uniform(4, 40):.1f} mL); no "
          "hemorrhagic "
          "transformation on SWI.\n")
    w.extras("results")
    w.add(" \nBrief Hospital Course:\n")
    w.add(f"Taken directly to the angiography suite; {r.randint(1, 3)} pass(es) with stent-retriever and aspiration, "
          f"groin puncture to reperfusion {r.randint(18, 70)} min. Post-procedure admitted to the Neuro ICU, bed "
          f"{r.randint(1, 24)}; BP kept < 180/105 for 24 h, then < 160/90. Repeat CT at 24 h without hemorrhage. "
          f"Apixaban started on day {r.randint(3, 7)}. Dysphagia screen passed on day {r.randint(1, 4)}.\n")
    w.extras("course")
    w.add(" \n")
    _ds_tail(w, r, ("Apixaban 5 mg PO BID", "Atorvastatin 80 mg PO QHS", "Lisinopril 10 mg PO daily",
                    "Metoprolol succinate 50 mg PO daily", "Insulin glargine 12 units SC QHS", "Senna 8.6 mg PO BID",
                    "Acetaminophen 650 mg PO q6h PRN"),
             r.choice(("Extended Care Facility: ___", "Home With Service", "Acute rehabilitation: ___")),
             f"Acute ischemic stroke, {other} MCA, cardioembolic (atrial fibrillation)")


def _b_emu(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    _ds_header(w, r, "NEUROLOGY (EPILEPSY)", sex)
    w.add("Chief Complaint:\nadmission for video-EEG monitoring (presurgical evaluation)\n \n")
    w.add("Major Surgical or Invasive Procedure:\nContinuous video-EEG monitoring\n \nHistory of Present Illness:\n")
    w.site("hpi_age")
    side = r.choice(("left", "right"))
    w.add(f" year old {'woman' if sex == 'F' else 'man'} with drug-resistant focal epilepsy since age "
          f"{r.randint(4, 60)}. Typical seizures begin with a rising epigastric sensation and deja vu, followed by "
          f"behavioural arrest, oral automatisms and {r.choice(('right', 'left'))} hand dystonic posturing, "
          f"{r.randint(2, 12)} per month; rare focal to bilateral tonic-clonic seizures. Failed "
          f"{', '.join(_pick(r, _ASMS, 3, 5))}.\n")
    w.extras("hpi")
    w.add(" \nPast Medical History:\nFebrile status epilepticus at 18 months; depression; migraine.\n \n")
    w.add("Social History:\n" + r.choice(("Not driving. Works part-time in a warehouse. ", "Student; lives with "
                                                                                           "parents. ",
                                          "Retired teacher; lives with spouse. ")) + "\n")
    w.extras("social")
    w.add(" \nFamily History:\n" + r.choice(("Maternal cousin with febrile seizures. ", "No epilepsy in the family. ",
                                             "Father had seizures in his 20s, untreated. ")) + "\n")
    w.extras("family")
    w.add(" \nPhysical Exam:\n" + _vitals(r) + "\n" + "\n".join(_pick(r, _EXAM, 3, 5)) + "\n \n")
    w.add("Pertinent Results:\n" + _labs(r))
    w.add(f"Levetiracetam level {r.uniform(8, 40):.1f} ug/mL; lamotrigine level {r.uniform(2, 14):.1f} ug/mL.\n \n")
    w.add("VIDEO-EEG MONITORING REPORT\n")
    start, days = date(r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 20)), r.randint(3, 8)
    w.add(f"  Dates: {start.isoformat()} to {start.replace(day=start.day + days).isoformat()} ({days} days), "
          f"EMU bed {r.randint(1, 8)}\n"
          f"  Equipment: {r.choice(('Natus Quantum amplifier', 'Nihon Kohden EEG-1200', 'Compumedics Grael'))}, "
          f"international 10-20 system with T1/T2, sampling {r.choice((512, 1024, 2048))} Hz\n")
    w.add(f"  Background: posterior dominant rhythm {r.randint(8, 11)} Hz, reactive; intermittent {side} temporal "
          "theta slowing.\n"
          f"  Interictal: {side} anterior temporal sharp waves (F7/T7 or F8/T8, max T1/T2), "
          f"{r.choice(('frequent', 'occasional', 'abundant in sleep'))}.\n"
          f"  Events: {r.randint(2, 7)} typical seizures captured; EEG onset {side} temporal rhythmic theta at 5-6 Hz, "
          f"{r.randint(4, 40)} s after clinical onset in one; {r.randint(0, 2)} focal to bilateral tonic-clonic.\n"
          "  Push-button events without EEG correlate: 2 (palpitations).\n")
    w.add("  Read by: ")
    w.site("emu_reader")
    w.add(", MD\n")
    w.extras("results")
    w.add(" \nBrief Hospital Course:\n")
    w.add(f"ASMs tapered from day 1; sleep deprivation on night {r.randint(2, 4)}. After the last seizure, "
          "lorazepam 2 mg "
          "IV given per protocol and home medications resumed. Neuropsychology testing and fMRI for language "
          "lateralisation "
          f"planned; case to be presented at epilepsy surgery conference (stereo-EEG versus {side} laser ablation).\n")
    w.extras("course")
    w.add(" \n")
    _ds_tail(w, r, ("Levetiracetam (Keppra) 1500 mg PO BID", "Lacosamide 200 mg PO BID", "Clobazam 10 mg PO QHS",
                    "Cenobamate (Xcopri) 200 mg PO daily", "Brivaracetam (Briviact) 100 mg PO BID",
                    "Perampanel (Fycompa) 6 mg PO QHS", "Diazepam nasal spray (Valtoco) 10 mg PRN"),
             "Home", f"Drug-resistant {side} mesial temporal lobe epilepsy")


def _b_onc(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    side = r.choice(("left", "right"))
    lobe = r.choice(("frontal", "temporal", "parietal", "insular"))
    _ds_header(w, r, "NEUROSURGERY", sex)
    w.add(f"Chief Complaint:\nheadache and word-finding difficulty; {side} {lobe} mass\n \n")
    w.add(f"Major Surgical or Invasive Procedure:\n{side.capitalize()} {lobe} craniotomy for tumor resection "
          f"({r.choice(('awake language mapping', 'with intraoperative MRI', 'with 5-ALA fluorescence'))})\n \n")
    w.add("History of Present Illness:\n")
    w.site("hpi_age")
    w.add(f" year old {'woman' if sex == 'F' else 'man'} with {r.randint(2, 8)} weeks of headache, word-finding "
          f"difficulty and a first focal seizure; MRI showed a {r.uniform(2.1, 6.5):.1f} cm enhancing {side} {lobe} "
          "mass "
          "with central necrosis and surrounding FLAIR signal.\n")
    w.extras("hpi")
    w.add(" \nPast Medical History:\nHypertension; hyperlipidemia; prior melanoma in situ excised.\n \nSocial "
          "History:\n")
    w.add(r.choice(("Lives with spouse; retired engineer. ", "Works as a nurse; two teenage children. ")) + "\n")
    w.extras("social")
    w.add(" \nFamily History:\nNo known cancer predisposition syndrome; mother had breast cancer at 61.\n")
    w.extras("family")
    w.add(" \nPhysical Exam:\n" + _vitals(r) + f"\nKPS {r.choice((60, 70, 80, 90))}; ECOG {r.randint(0, 2)}.\n"
          + "\n".join(_pick(r, _EXAM, 3, 5)) + "\n \n")
    w.add("Pertinent Results:\n" + _labs(r))
    dx = r.choice((
        ("Glioblastoma, IDH-wildtype, CNS WHO grade 4",
         f"TERT promoter c.-124C>T; EGFR amplification; +7/-10; MGMT promoter methylated ({r.randint(10, 60)}%)"),
        ("Astrocytoma, IDH-mutant, CNS WHO grade 3",
         "IDH1 p.R132H positive by IHC; ATRX loss; TP53 mutated; CDKN2A/B intact; MGMT methylated"),
        ("Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, CNS WHO grade 2",
         "IDH2 p.R172K; 1p/19q whole-arm codeletion; TERT promoter mutated; CIC and FUBP1 variants"),
        ("Diffuse midline glioma, H3 K27-altered, CNS WHO grade 4", "H3F3A p.K28M (legacy K27M); ACVR1 wildtype"),
        ("Meningioma, CNS WHO grade 2 (atypical)", f"Ki-67 {r.randint(6, 18)}%; NF2 loss; TERT wildtype"),
        ("Primary CNS lymphoma, diffuse large B-cell type", "MYD88 p.L265P; CD79B mutated; EBV negative"),
    ))
    w.add(f"Pathology (final): {dx[0]}. Molecular: {dx[1]}; Ki-67 {r.randint(5, 60)}%.\n")
    w.extras("results")
    w.add(" \nNEURO-ONCOLOGY TUMOR BOARD SUMMARY\n  Presented by Dr. ")
    w.site("onc_pres")
    w.add(f" (neurosurgery) with neuro-oncology, radiation oncology, neuropathology and neuroradiology.\n"
          f"  Imaging: post-operative MRI within 48 h, extent of resection {r.randint(70, 100)}%, residual FLAIR "
          f"{r.uniform(2, 30):.1f} mL, no residual enhancement.\n"
          f"  Integrated diagnosis: {dx[0]}.\n"
          "  Recommendation: "
          f"{r.choice(_ONC_RECS)}.\n"
          f"  Clinical trial: NCT0{r.randint(3000000, 6999999)} screening offered.\n")
    w.add(" \nBrief Hospital Course:\n")
    w.add(f"Uneventful resection. Dexamethasone started at 4 mg q6h and tapered; levetiracetam 500 mg BID for seizure "
          f"prophylaxis. Post-op MRI as above. Physical and occupational therapy recommended "
          f"{r.choice(('home with outpatient services', 'acute rehabilitation'))}. Foley removed on POD 1.\n")
    w.extras("course")
    w.add(" \n")
    _ds_tail(w, r, ("Dexamethasone 4 mg PO BID (taper over 2 weeks)", "Levetiracetam 500 mg PO BID",
                    "Pantoprazole 40 mg PO daily", "Ondansetron 8 mg PO q8h PRN", "Oxycodone 5 mg PO q4h PRN",
                    "Trimethoprim-sulfamethoxazole DS 1 tab PO MWF"),
             r.choice(("Home With Service", "Acute rehabilitation: ___")), dx[0])


def _b_nmd(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    _ds_header(w, r, "NEUROLOGY (NEUROMUSCULAR)", sex)
    w.add("Chief Complaint:\nprogressive weakness, falls and dysphagia\n \n")
    w.add("Major Surgical or Invasive Procedure:\nEMG/NCS; PEG tube placement\n \nHistory of Present Illness:\n")
    w.site("hpi_age")
    w.add(f" year old {'woman' if sex == 'F' else 'man'} with {r.randint(6, 30)} months of asymmetric hand weakness, "
          "cramps and fasciculations, now with slurred speech, choking on thin liquids and a "
          f"{r.randint(4, 15)} kg weight loss.\n")
    w.extras("hpi")
    w.add(" \nPast Medical History:\nCervical spondylosis (C5-C6 ACDF); hypertension; BPH.\n \nSocial History:\n")
    w.add(r.choice(("Former carpenter, lives with spouse in a two-storey house. ",
                    "Lives alone; uses a cane. ")) + "\n")
    w.extras("social")
    w.add(" \nFamily History:\n" + r.choice(("Father died of 'a muscle disease' in his 50s. ",
                                             "No neuromuscular disease known; a maternal aunt had dementia. ")) + "\n")
    w.extras("family")
    w.add(" \nPhysical Exam:\n" + _vitals(r) + "\n")
    w.add(f"Tongue atrophy with fasciculations; jaw jerk brisk. Strength: FDI {r.randint(2, 4)}/5 bilaterally, "
          f"APB {r.randint(2, 4)}/5, triceps {r.randint(3, 5)}/5, tibialis anterior {r.randint(3, 5)}-/5. Reflexes "
          "3+ with "
          "Hoffmann sign present; toes up on the right (Babinski sign). Split-hand sign present.\n \n")
    w.add("Pertinent Results:\n" + _labs(r))
    w.add(f"CK {r.randint(180, 900)} U/L; FVC {r.randint(45, 88)}% predicted, NIF -{r.randint(30, 70)} cmH2O.\n \n")
    w.add("EMG/NCS REPORT\n  Nerve conduction studies:\n")
    for nerve in _pick(r, ("R median motor", "R ulnar motor", "R peroneal motor", "R tibial motor", "R sural sensory",
                           "R radial sensory"), 3, 5):
        if "sensory" in nerve:
            w.add(f"    {nerve:<18} peak lat {r.uniform(2.4, 3.9):.1f} ms, amp {r.randint(6, 40)} uV, CV "
                  f"{r.randint(42, 58)} m/s\n")
        else:
            w.add(f"    {nerve:<18} DL {r.uniform(2.9, 5.6):.1f} ms, amp {r.uniform(0.4, 9.5):.1f} mV, CV "
                  f"{r.randint(38, 58)} m/s, "
                  f"F-wave {r.randint(26, 58)} ms\n")
    w.add("  Needle EMG: fibrillation potentials and positive sharp waves with fasciculations in 3 of 4 regions "
          "(bulbar, cervical, lumbosacral); large, long-duration, polyphasic MUAPs with reduced recruitment.\n"
          "  Impression: widespread active and chronic denervation meeting Gold Coast and revised El Escorial / Awaji "
          "criteria for ALS.\n  Read by: ")
    w.site("nmd_reader")
    w.add(", MD\n")
    w.add(f"  Genetic testing: C9orf72 repeat {r.choice(('expanded (> 145 repeats)', 'normal (2/8)'))}; SOD1, FUS, "
          "TARDBP "
          "sequencing negative.\n")
    w.extras("results")
    w.add(" \nBrief Hospital Course:\n")
    w.add("Admitted for PEG placement and multidisciplinary ALS clinic planning. PEG placed by GI without "
          "complication; "
          f"BiPAP initiated at night (IPAP {r.randint(10, 16)}, EPAP {r.randint(4, 6)}). Riluzole continued; edaravone "
          "discussed. Speech therapy: thickened liquids. Tofersen (Qalsody) considered if SOD1 variant confirmed.\n")
    w.extras("course")
    w.add(" \n")
    _ds_tail(w, r, ("Riluzole 50 mg per PEG BID", "Edaravone (Radicava ORS) 105 mg daily, 10 of 14 days",
                    "Glycopyrrolate 1 mg per PEG TID", "Baclofen 10 mg per PEG TID", "Sertraline 50 mg daily",
                    "Tube feeds Jevity 1.5 at 60 mL/h overnight"),
             r.choice(("Home With Service", "Extended Care Facility: ___")), "Amyotrophic lateral sclerosis")


# --------------------------------------------------------------------------------------------------
# Radiology builders
# --------------------------------------------------------------------------------------------------


def _rr_head(w: _Writer, r: random.Random, exam: str, sex: str, indication: str, history: str) -> None:
    if w.has("tr_read") or w.has("tr_tx") or r.random() < 0.35:
        w.add("TELERADIOLOGY REPORT\nReading site: ")
        w.site("tr_read")
        w.add("     Transmitting facility: ")
        w.site("tr_tx")
        w.add(f"\nImages received: {_sdate(r)} {_tm(r)}   Status: {r.choice(('PRELIMINARY', 'FINAL'))}   "
              f"Series: {r.randint(6, 24)}   Images: {r.randint(180, 2600)}\n")
    w.extras("admin")
    if w.has("rad_acc") or r.random() < 0.3:
        w.add("Accession: ")
        w.site("rad_acc")
        w.add("\n")
    w.add(f"\nEXAMINATION:  {exam}\n \nINDICATION:  ")
    w.site("rad_age")
    w.add(f" year old {'woman' if sex == 'F' else 'man'} with {indication}\n \nCLINICAL INFORMATION:  {history}\n")
    w.extras("history")


def _rr_compare(w: _Writer, r: random.Random, kind: str) -> None:
    w.add(" \nCOMPARISON:  ")
    if w.has("rad_cmp") or w.has("rad_cmp_date") or r.random() < 0.35:
        w.add(f"Outside {kind} from ")
        w.site("rad_cmp")
        w.add(" dated ")
        w.site("rad_cmp_date")
        w.add(", images uploaded to PACS and reviewed.\n")
    else:
        w.add(r.choice((f"{kind} of {_sdate(r)}.\n", "None available.\n", f"{kind} of {_sdate(r)} and CT head of "
                        f"{_sdate(r)}.\n", "___.\n")))
    w.extras("comparison")


def _rr_findings(w: _Writer, r: random.Random, main: str, normals: tuple[str, ...]) -> None:
    w.add(" \nFINDINGS:\n \n" + main + "\n \n")
    for line in _pick(r, normals, 3, len(normals)):
        w.add(line + "\n")
    w.extras("findings")


def _rr_tail(w: _Writer, r: random.Random, impressions: tuple[str, ...]) -> None:
    w.add(" \nIMPRESSION:\n \n")
    for k, imp in enumerate(impressions, 1):
        w.add(f"{k}. {imp}\n")
    w.extras("impression")
    if w.has("rad_notify") or r.random() < 0.4:
        w.add(" \nNOTIFICATION:  The findings were discussed with ")
        w.site("rad_notify")
        w.add(f", M.D. by ___, M.D. on the telephone on ___ at {r.randint(1, 12)}:{r.randint(0, 59):02d} "
              f"{r.choice(('AM', 'PM'))}, {r.randint(2, 50)} minutes after discovery of the findings.\n")
    w.add(" \n")
    w.extras("footer")


def _technique(w: _Writer, r: random.Random, seqs: str, contrast: bool) -> None:
    w.add(f" \nTECHNIQUE:  {seqs}")
    if contrast:
        w.add(f" After the uneventful intravenous administration of {r.choice(('7', '7.5', '8', '15'))} mL of "
              f"{r.choice(('Gadavist', 'Dotarem', 'ProHance', 'Clariscan'))}, post-contrast images were obtained.")
    w.add(f"\nScanner: {r.choice(_SCANNERS)}.\n")
    w.extras("technique")


_BRAIN_NORMALS = (
    "The major intracranial flow voids are preserved.",
    "The orbits, paranasal sinuses and mastoid air cells are clear.",
    "The craniocervical junction and pituitary gland are unremarkable.",
    "Calvarial and skull base marrow signal is normal.",
    "The extracranial soft tissues are unremarkable.",
    "There is no extra-axial collection.",
)


def _r_brain(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    side = r.choice(("left", "right"))
    scen = r.choice((
        ("known glioblastoma (IDH-wildtype, MGMT methylated) after chemoradiation and 3 cycles of adjuvant "
         "temozolomide; progression versus pseudoprogression?",
         f"Resected {side} temporal glioblastoma; on TTFields. Worsening word-finding over 2 weeks.",
         f"Along the posterior margin of the {side} temporal resection cavity there is new nodular enhancement "
         f"measuring {r.uniform(1.2, 3.8):.1f} x {r.uniform(1.0, 3.0):.1f} cm with elevated relative cerebral blood "
         f"volume (rCBV {r.uniform(2.2, 5.5):.1f}) and restricted diffusion at its margin. Surrounding FLAIR "
         "hyperintensity has increased and now crosses the temporal stem.",
         ("Increased nodular enhancement with elevated rCBV at the resection margin, favoring tumor progression over "
          "treatment effect (RANO: progressive disease).", "Recommend neuro-oncology tumor board review.")),
        ("relapsing-remitting multiple sclerosis on ocrelizumab; annual surveillance.",
         "Diagnosed 6 years ago (McDonald criteria); no relapse on therapy.",
         f"Multiple ovoid periventricular, juxtacortical and infratentorial T2/FLAIR hyperintense lesions "
         f"({r.randint(8, 40)} in total), several perpendicular to the ventricles (Dawson fingers), many with a "
         "central vein sign. None enhances and none is new.",
         ("Stable demyelinating disease without new or enhancing lesions (no evidence of disease activity).",)),
        ("rapidly progressive dementia and myoclonus over 3 months; evaluate for prion disease.",
         "EEG with periodic sharp wave complexes. CSF RT-QuIC pending.",
         "Cortical ribboning of restricted diffusion in the bilateral frontal, parietal and cingulate cortex and in "
         "both caudate heads, with corresponding low ADC and subtle FLAIR hyperintensity. No enhancement.",
         ("Cortical and caudate diffusion restriction, highly suggestive of Creutzfeldt-Jakob disease in this "
          "clinical setting.",)),
        ("genetically confirmed CADASIL (NOTCH3 p.Arg133Cys); new confusion.",
         "Migraine with aura since her 30s; two prior lacunar strokes.",
         "Confluent T2/FLAIR hyperintensity in the anterior temporal poles and external capsules, multiple chronic "
         f"lacunes in the basal ganglia and {r.randint(3, 25)} cerebral microbleeds on SWI. No acute infarct.",
         ("Severe small vessel disease in a distribution typical of CADASIL; no acute infarct.",)),
        ("Huntington disease gene carrier (CAG 43/17); baseline volumetrics requested.",
         "Presymptomatic; enrolled in an observational study.",
         f"Mild caudate volume loss with rounding of the frontal horns (bicaudate ratio {r.uniform(0.14, 0.2):.2f}). "
         "No signal abnormality in the basal ganglia.",
         ("Mild caudate atrophy, in keeping with the known Huntington disease gene expansion.",)),
        ("new headache and papilledema.", "BMI 38. Transient visual obscurations.",
         "Partially empty sella, flattening of the posterior globes and distension of the optic nerve sheaths. "
         "Bilateral transverse sinus narrowing on the post-contrast MR venogram without thrombosis.",
         ("Findings suggestive of idiopathic intracranial hypertension; no mass or venous sinus thrombosis.",)),
        ("tremor, dysarthria and low ceruloplasmin; evaluate for Wilson disease.",
         "Hepatology following; slit lamp exam pending.",
         "Symmetric T2 hyperintensity in the putamina and thalami with the 'face of the giant panda' appearance in "
         "the midbrain. No diffusion restriction.",
         ("Findings compatible with Wilson disease in the appropriate clinical setting.",)),
        ("adult-onset leukoencephalopathy with spasticity and apathy; CSF1R variant of uncertain significance.",
         "Sister with early dementia in her 40s.",
         "Frontal-predominant confluent white matter T2 hyperintensity with punctate foci of persistent diffusion "
         "restriction and thinning of the corpus callosum. No enhancement.",
         ("Leukoencephalopathy pattern compatible with CSF1R-related disorder (ALSP).",)),
    ))
    _rr_head(w, r, "MRI BRAIN WITH AND WITHOUT CONTRAST", sex, scen[0], scen[1])
    _technique(w, r, "Multiplanar, multisequence MRI of the brain: sagittal 3D T1 MPRAGE, axial T2, 3D FLAIR, DWI "
                     "(b = 0 and 1000 s/mm2) with ADC map, SWI, and DSC perfusion.", True)
    _rr_compare(w, r, "MRI brain")
    _rr_findings(w, r, scen[2], _BRAIN_NORMALS)
    _rr_tail(w, r, scen[3])


def _r_spine(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    scen = r.choice((
        ("THORACIC", "progressive spastic paraparesis; family history of hereditary spastic paraplegia (SPAST).",
         "Father and paternal aunt used wheelchairs from their 50s.",
         "Diffuse thinning of the thoracic cord without signal abnormality or enhancement.",
         ("Thoracic cord atrophy without a compressive lesion; nonspecific, can be seen in hereditary spastic "
          "paraplegia.",)),
        ("CERVICAL", "Hoffmann sign and gait imbalance; rule out cervical myelopathy.",
         "Hand clumsiness for 8 months; positive Lhermitte sign.",
         "At C5-C6 a disc-osteophyte complex and ligamentum flavum thickening produce moderate canal stenosis "
         f"(AP diameter {r.randint(7, 9)} mm) with focal T2 hyperintensity in the cord.",
         ("Moderate C5-C6 canal stenosis with cord signal change, compatible with compressive myelopathy.",)),
        ("LUMBAR", "acute ascending weakness and areflexia; evaluate for Guillain-Barre syndrome.",
         "Diarrheal illness 2 weeks ago. CSF albuminocytologic dissociation.",
         "Thin smooth enhancement of the cauda equina nerve roots, ventral greater than dorsal. The conus is normal.",
         ("Ventral nerve root enhancement, compatible with Guillain-Barre syndrome in the appropriate setting.",)),
        ("CERVICAL", "known multiple sclerosis with new right leg numbness.",
         "Uhthoff phenomenon reported.",
         "Short-segment T2 hyperintense lesion at C4, less than half the cross-sectional area of the cord, with "
         "faint patchy enhancement.",
         ("Enhancing demyelinating cord lesion at C4, new since the prior examination.",)),
        ("LUMBAR", "low back pain with urinary retention; cauda equina syndrome?",
         "Saddle anesthesia on exam; post-void residual 650 mL; Foley placed.",
         "Large central and left paracentral extrusion at L4-L5 with cranial migration, severely narrowing the "
         "thecal sac and compressing the cauda equina.",
         ("Large L4-L5 extrusion with severe canal stenosis and cauda equina compression.",)),
        ("LUMBAR", "spinal muscular atrophy type 3 on nusinersen (Spinraza); planning intrathecal access.",
         "Prior posterior spinal fusion for scoliosis.",
         "Posterior instrumentation from T2 to L4. The interlaminar window at L5-S1 is preserved and measures "
         f"{r.randint(8, 14)} mm. Diffuse fatty replacement of the paraspinal muscles.",
         ("L5-S1 interlaminar window available for intrathecal access below the fusion.",)),
    ))
    region = scen[0]
    _rr_head(w, r, f"MRI {region} SPINE WITH AND WITHOUT CONTRAST", sex, scen[1], scen[2])
    _technique(w, r, f"Sagittal T1, T2 and STIR and axial T2 images through the {region.lower()} spine.", True)
    _rr_compare(w, r, f"MRI {region.lower()} spine")
    lvl = {"CERVICAL": ("C2-C3", "C3-C4", "C4-C5", "C6-C7", "C7-T1"),
           "THORACIC": ("T4-T5", "T6-T7", "T8-T9", "T11-T12"),
           "LUMBAR": ("L1-L2", "L2-L3", "L3-L4", "L5-S1")}[region]
    normals = tuple(f"{lv}: {r.choice(_DISC_NORMALS)}"
                    for lv in lvl) + ("Alignment is normal; vertebral body heights are preserved.",
                                       "Bone marrow signal is normal.", "Paraspinal soft tissues are unremarkable.")
    _rr_findings(w, r, scen[3], normals)
    _rr_tail(w, r, scen[4])


def _r_epi(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    side = r.choice(("left", "right"))
    scen = r.choice((
        ("drug-resistant focal epilepsy; video-EEG with temporal onsets; presurgical evaluation.",
         f"Febrile status epilepticus at 18 months. Ictal onsets {side} anterior temporal.",
         f"The {side} hippocampus is small with increased T2/FLAIR signal and loss of internal architecture; the "
         f"{side} fornix and mammillary body are also small.",
         (f"{side.capitalize()} mesial temporal sclerosis, concordant with the EEG.",)),
        ("DEPDC5 nonsense variant; frontal-onset seizures; evaluate for focal cortical dysplasia.",
         "Father with nocturnal seizures.",
         f"Blurring of the grey-white junction in the {side} superior frontal gyrus with a transmantle sign tapering "
         "toward the ventricle.",
         ("Focal cortical dysplasia (type IIb pattern); correlate with EEG and FDG-PET.",)),
        ("tuberous sclerosis complex (TSC2); interval evaluation of tubers and SEGA.",
         "On everolimus; seizures reduced.",
         f"Multiple cortical and subcortical tubers and subependymal nodules; a {r.uniform(0.5, 1.4):.1f} cm "
         "enhancing nodule near the foramen of Monro is unchanged.",
         ("Stable tubers; subependymal giant cell astrocytoma not enlarging.",)),
        ("new-onset focal seizure; normal neurologic examination.", "Sleep-deprived at onset; no prior seizures.",
         "Both hippocampi are symmetric in size and signal. No cortical malformation, mass or gliosis is identified.",
         ("No epileptogenic lesion on this dedicated protocol.",)),
        ("focal seizures with a headache at onset.", "Prior CT with a hyperdense focus.",
         f"A {r.uniform(0.6, 2.2):.1f} cm lesion in the {side} temporal cortex with a popcorn appearance and a "
         "complete "
         "hemosiderin rim on SWI, without edema.",
         ("Cavernous malformation, the likely seizure focus.",)),
        ("gelastic seizures since infancy and precocious puberty.", "Laughing spells, several per day.",
         "A 1.1 cm non-enhancing T2 isointense mass attached to the tuber cinereum, isointense to grey matter.",
         ("Hypothalamic hamartoma.",)),
    ))
    _rr_head(w, r, "MRI BRAIN EPILEPSY PROTOCOL", sex, scen[0], scen[1])
    _technique(w, r, "3D T1 MPRAGE (1 mm isotropic), 3D FLAIR, coronal T2 high-resolution perpendicular to the "
                     "hippocampal axis, SWI, DWI.", scen[0].startswith("tuberous"))
    _rr_compare(w, r, "MRI brain")
    _rr_findings(w, r, scen[2], _BRAIN_NORMALS + ("No acute infarct, hemorrhage or mass effect.",))
    _rr_tail(w, r, scen[3])


def _r_cta(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    side = r.choice(("left", "right"))
    core = r.randint(0, 40)
    tmax = core + r.randint(40, 150)
    scen = r.choice((
        (f"code stroke via telestroke; {'aphasia' if side == 'left' else 'neglect'} and "
         f"{('right' if side == 'left' else 'left')} "
         "hemiparesis.",
         f"Abrupt occlusion of the {side} M1 segment with {r.choice(('good', 'moderate'))} collaterals.",
         f"CBF < 30% volume {core} mL; Tmax > 6 s volume {tmax} mL; mismatch volume {tmax - core} mL; ratio "
         f"{tmax / max(core, 1):.1f}.",
         (f"Acute {side} M1 occlusion with a large perfusion mismatch; candidate for thrombectomy.",
          "No intracranial hemorrhage.")),
        ("sudden vertigo, diplopia and decreased level of consciousness; basilar occlusion?",
         "Occlusion of the mid basilar artery; both posterior communicating arteries are small.",
         f"Tmax > 6 s volume {tmax} mL in the posterior circulation; CBF < 30% volume {core} mL.",
         ("Acute basilar artery occlusion.", "No intracranial hemorrhage.")),
        (f"transient {'right' if side == 'left' else 'left'} hand weakness{' and aphasia' if side == 'left' else ''}, "
         "resolved; carotid stenosis?",
         f"No large vessel occlusion. {side.capitalize()} ICA origin stenosis of {r.randint(60, 85)}% by NASCET "
         "criteria with "
         "ulcerated plaque.",
         "No perfusion abnormality.",
         (f"Symptomatic high-grade {side} ICA stenosis; no large vessel occlusion.",)),
        ("acute aphasia after a seizure at home; stroke mimic versus stroke.",
         "No large vessel occlusion, stenosis or aneurysm.",
         f"Subtle {side} temporal hyperperfusion (increased CBF and CBV, shortened Tmax), not in a vascular territory.",
         ("No large vessel occlusion.", "Postictal hyperperfusion pattern rather than ischemia.")),
    ))
    _rr_head(w, r, "CTA HEAD AND NECK WITH CT PERFUSION", sex, scen[0],
             r.choice(("Tenecteplase given at the spoke.", "Not a thrombolysis candidate (apixaban).",
                       "Last known well 90 minutes before imaging.")))
    w.add(" \nTECHNIQUE:  Non-contrast CT head, then CTA from the aortic arch to the vertex and whole-brain CT "
          "perfusion "
          f"after {r.randint(60, 90)} mL of iohexol (Omnipaque 350). Post-processing with RAPID.\n"
          f"DOSE:  Total DLP {r.randint(1400, 2900)} mGy-cm.\n")
    w.extras("technique")
    _rr_compare(w, r, "CT head")
    main = (f"NON-CONTRAST CT: No intracranial hemorrhage. ASPECTS {r.randint(7, 10)}.\n"
            f"CTA NECK: Mild plaque at the carotid bifurcations. The vertebral arteries are patent.\n"
            f"CTA HEAD: {scen[1]}\nCT PERFUSION: {scen[2]}")
    _rr_findings(w, r, main, ("The aortic arch is of normal configuration.", "No aneurysm is identified.",
                              "The dural venous sinuses are patent.", "The visualized lung apices are clear.",
                              "Multilevel degenerative change of the cervical spine."))
    _rr_tail(w, r, scen[3])


def _r_device(w: _Writer, r: random.Random, heavy: bool) -> None:
    sex = r.choice("FM")
    scen = r.choice((
        ("bilateral STN deep brain stimulation for Parkinson disease; lead position before programming.",
         "Implanted 3 weeks ago; stimulator off for the scan per protocol.",
         "Bilateral DBS leads terminate in the expected location of the subthalamic nuclei, the right deepest contact "
         "1 mm medial to the planned target. Small resolving pneumocephalus; no hemorrhage along the tracts.",
         ("Expected position of the bilateral STN leads without complication.",)),
        ("responsive neurostimulation leads in place; new headaches.",
         "RNS system placed for bitemporal epilepsy.",
         "Two depth leads (left hippocampus and right hippocampus) connected to a cranially implanted generator; "
         "susceptibility artifact limits evaluation of the adjacent cortex. No hemorrhage or edema.",
         ("No complication of the implanted responsive neurostimulation system.",)),
        ("programmable VP shunt for normal pressure hydrocephalus; gait worse.",
         "Shunt setting lowered 2 months ago.",
         f"Right frontal ventricular catheter terminates near the foramen of Monro. Ventricles slightly smaller "
         f"(Evans index 0.{r.randint(30, 38)}). No subdural collection.",
         ("Interval decrease in ventricular size; no overdrainage collection.",)),
        ("vagus nerve stimulator in situ; new focal seizure semiology.",
         "VNS placed 4 years ago; output unchanged.",
         "No new parenchymal lesion. The hippocampi are symmetric. Minimal susceptibility artifact in the left neck "
         "from the lead.",
         ("No new intracranial abnormality.",)),
    ))
    _rr_head(w, r, "MRI BRAIN WITHOUT CONTRAST (IMPLANT PROTOCOL)", sex, scen[0], scen[1])
    _technique(w, r, "Axial T2, FLAIR, DWI and 3D T1 acquired in the manufacturer's MR Conditional mode with a head "
                     "transmit/receive coil and SAR-limited sequences.", False)
    _rr_compare(w, r, "MRI brain")
    _rr_findings(w, r, scen[2], _BRAIN_NORMALS)
    _rr_tail(w, r, scen[3])


@dataclass(frozen=True)
class _Builder:
    name: str
    note_type: str
    func: Callable[[_Writer, random.Random, bool], None]
    sites: tuple[str, ...]


_DS_SITES = ("ds_name", "ds_unit", "ds_dob", "ds_att")
_RR_SITES = ("rad_age", "tr_read", "tr_tx", "rad_notify", "rad_cmp", "rad_cmp_date", "rad_acc")
_BUILDERS = {
    "discharge": (
        _Builder("consult", "discharge", _b_consult, (*_DS_SITES, "cons_dear", "cons_ref")),
        _Builder("disclosure", "discharge", _b_disclosure,
                 (*_DS_SITES, "lab_pt", "lab_dob", "lab_mrn", "lab_acc", "lab_req", "lab_ord", "lab_npi", "lab_spec")),
        _Builder("tele", "discharge", _b_tele, (*_DS_SITES, "hpi_age", "tele_spoke", "tele_cb")),
        _Builder("emu", "discharge", _b_emu, (*_DS_SITES, "hpi_age", "emu_reader")),
        _Builder("onc", "discharge", _b_onc, (*_DS_SITES, "hpi_age", "onc_pres")),
        _Builder("nmd", "discharge", _b_nmd, (*_DS_SITES, "hpi_age", "nmd_reader")),
    ),
    "radiology": (
        _Builder("mri_brain", "radiology", _r_brain, _RR_SITES),
        _Builder("mri_spine", "radiology", _r_spine, _RR_SITES),
        _Builder("mri_epi", "radiology", _r_epi, _RR_SITES),
        _Builder("cta", "radiology", _r_cta, _RR_SITES),
        _Builder("mri_device", "radiology", _r_device, _RR_SITES),
    ),
}


def _candidates(b: _Builder) -> list[tuple[str, str]]:
    """(section, template) pairs of the pool usable in this builder."""
    t = "D" if b.note_type == "discharge" else "R"
    return [(sec, text) for types, sec, kinds, text in _POOL
            if t in types and (not kinds or b.name in kinds.split())]


# --------------------------------------------------------------------------------------------------
# Notes
# --------------------------------------------------------------------------------------------------


def holdout23_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 23 for ``seed``; depends only on ``(seed, i)``."""
    plan = _block_plan(seed, i // _BLOCK)[i % _BLOCK]
    r = random.Random(f"holdout23/note/{seed}/{i}")
    note_type = "discharge" if r.random() < 0.5 else "radiology"
    b = r.choice(_BUILDERS[note_type])
    heavy = plan == "heavy"
    cats: tuple[str, ...] = plan if isinstance(plan, tuple) else ()
    cands = _candidates(b)
    sections = _DS_SECTIONS if note_type == "discharge" else _RR_SECTIONS
    site_plants: dict[str, list[str]] = {}
    extra: dict[str, list[tuple[str, list[str]]]] = {s: [] for s in sections}
    used: set[str] = set()
    for cat in cats:
        sites = [s for s in b.sites if cat in _tpl_cats(_SITES[s]) and cat not in site_plants.get(s, [])]
        if sites and r.random() < 0.4:
            site_plants.setdefault(r.choice(sites), []).append(cat)
            continue
        options = [(sec, text) for sec, text in cands if cat in _tpl_cats(text) and text not in used]
        if not options:
            site_plants.setdefault(r.choice(sites), []).append(cat)
            continue
        sec, text = r.choice(options)
        used.add(text)
        extra[sec].append((text, [cat]))
    masked = [(sec, text) for sec, text in cands if text not in used]
    for sec, text in r.sample(masked, r.randint(9, 14) if heavy else r.randint(1, 4)):
        extra[sec].append((text, []))
    t = "D" if note_type == "discharge" else "R"
    looks = [(sec, fn) for types, sec, kinds, fn in _LOOKS if t in types and (not kinds or b.name in kinds.split())]
    for sec, fn in r.sample(looks, r.randint(3, 6)):
        extra[sec].append((fn(r), []))
    for sec in sections:
        r.shuffle(extra[sec])
    w = _Writer(r, heavy, site_plants, extra)
    b.func(w, r, heavy)
    if w.site_plants or any(w.extra.values()):
        raise AssertionError(f"unplaced plants in builder {b.name}: {w.site_plants} {w.extra}")
    text = "".join(w.parts)
    return LabelledNote(note_type=note_type, text=text, spans=sorted(w.spans))


def holdout23_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout23_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout23_corpus, argv,
        "Held-out corpus 23 (blind): medical genetics and neurology - consult letters with pedigrees, reference-lab "
        "reports, telestroke transfers, EMU/EEG and EMG admissions, tumour boards; MRI/CTA radiology with "
        "teleradiology headers.")
    report("holdout23", args, notes, hits, res)


if __name__ == "__main__":
    main()
