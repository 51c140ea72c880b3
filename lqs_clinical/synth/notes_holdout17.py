"""Held-out corpus 17: oncology, haematology and transplant notes with residual identifiers.

What it imitates: MIMIC-IV-Note discharge summaries and radiology reports from a cancer centre and
transplant programme (chemotherapy cycle admissions, allogeneic/autologous stem-cell transplant,
living-donor kidney and liver transplant, tumour-board summaries, clinical-trial enrolment, cancer
genetics consults with pedigrees; staging CT, FDG PET-CT, MRI, transplant Doppler and line-check
films with RECIST/SUVmax lesion tables). Identifiers are masked as ``___`` and dates are shifted
into 2100-2200, except in about 59% of notes where de-identification missed one to four
identifiers; those invented values are left in the text and labelled with the exact span of the
identifying value only (cue words such as "Dr.", "MRN", "pager" and titles stay outside; a street,
its city and its ZIP are separate spans, the state is not labelled). About 5% of notes are heavily
masked (eponyms over-masked too) and carry no plants. The notes are full of non-PHI look-alikes that
are never labelled: NCT registry numbers, regimen and trial names, HGVS variants, karyotypes, HLA
types, cell doses, scanner/pump/port models and software versions, lot numbers, room and bed
numbers, public hotlines and websites, insurer names and employer group numbers, eponyms and
city-named criteria (Milan, Seattle, Baltimore, Lugano, Ann Arbor, Deauville, Nottingham,
Philadelphia chromosome), ratios, scores, ages under 90 and shifted dates. No accession, order,
specimen, study-subject or claim numbers appear at all.

Each note is a pure function of (seed, i): a ``random.Random`` seeded with a string, plus a
golden-ratio coordinate of ``i`` that spreads note type, planted status and the first plant kind
evenly over any prefix (so every category is well represented on every seed).

Written blind: the author read only ``holdout_measure.py``, the first lines of ``notes.py``
(``CATEGORIES``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues references, the fully
masked note-shaped samples and ``pyproject.toml``; nothing of the detector, its rules, its tests
or the other held-out corpora, and the detector was never run on this corpus. All people,
facilities and numbers are invented surrogates; real towns and foreign cities appear only as
planted LOCATION values, and the public hotlines are real public numbers (never labelled).
"""
from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

_Seg = str | tuple[str, str]

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented people and facilities; real towns used only as homes)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Ifeoma", "Marisol", "Anneliese", "Saoirse", "Dagny", "Priyanka", "Ngozi", "Bronwyn", "Rosalind",
    "Esperanza", "Xiomara", "Farida", "Ilse", "Radhika", "Solveig", "Giedre", "Amara", "Henrike", "Jovana",
    "Mireille", "Yasmin", "Ludmila", "Nkechi", "Hedda", "Zeynep", "Bettina", "Thandiwe", "Leilani",
    "Shoshana", "Rukmini", "Oona", "Teodora", "Kalani", "Mariam", "Aiko", "Fernanda", "Wairimu", "Colette",
    "Beatriz", "Svetlana", "Halima", "Ingrid", "Lucía", "Maelle", "Parisa", "Akosua",
)
_FIRST_M = (
    "Tadeusz", "Oluwaseun", "Keoni", "Yusuf", "Thiago", "Mehmet", "Lior", "Kwabena", "Hiroshi", "Lucian",
    "Bartholomew", "Caetano", "Wenjie", "Emeka", "Tobiah", "Aurelio", "Sefa", "Dariusz", "Cormac", "Ottavio",
    "Kazuki", "Ramon", "Ansel", "Matthias", "Eero", "Vasco", "Anselmo", "Declan", "Rashid", "Bogdan",
    "Tuan", "Kofi", "Ignatius", "Florin", "Sione", "Joaquim", "Arvid", "Dmitri", "Benedikt", "Haruto",
    "Obinna", "Rafael", "Stellan", "Jerome", "Nikolaos",
)
_LAST = (
    "Okonkwo", "Wisniewski", "Achterberg", "Valderrama", "Lindqvist", "Kahananui", "Demirci", "Baptiste-Roy",
    "Castellanos", "Abernethy", "Oyelaran", "Szczepanski", "Haugland", "Takahashi", "Mbatha", "Ferreira-Lopes",
    "Kowalczyk", "Quarshie", "Delacroix", "Vukovic", "Estrada-Mejia", "Halvorsen", "Nakamura-Price", "Oduya",
    "Petrosyan", "Rautio", "Chatterjee", "Blackwood", "Iwuchukwu", "Sandoval", "Marchetti", "Pellegrino",
    "Thorvaldsen", "Adeyemi", "Kastrinakis", "Lachance", "Moynihan", "Okafor", "Rahimi", "Sorensen-Batts",
    "Tran-Nguyen", "Umarov", "Vasquez-Ortiz", "Whitcombe", "Yilmaz", "Zielinski", "Bhattacharya", "Crowfoot",
    "Gallardo", "Horvath", "Ikeda", "Jankowski", "Kaur", "MacAulay", "Nwachukwu", "O'Driscoll",
    "Papadimitriou", "Quintanilla", "Rasmussen", "Sithole", "Toivonen", "Villanueva", "Wojcik", "Gonçalves",
    "Müller-Brandt", "Jiménez", "Ó Súilleabháin", "Mwangi", "Lefebvre", "Hakobyan", "Strand", "Amoah",
)
_RELATIONS = (
    "wife", "husband", "daughter", "son", "sister", "brother", "partner", "niece", "nephew", "mother",
    "father", "granddaughter", "grandson", "cousin", "friend", "neighbor", "daughter-in-law", "stepson",
)
_LANGUAGES = (
    "Portuguese", "Haitian Creole", "Cape Verdean Creole", "Vietnamese", "Polish", "Twi", "Mandarin",
    "Cantonese", "Spanish", "Russian", "Arabic", "Somali", "Khmer", "Nepali",
)

# (town, state, ZIP prefix) - real towns as homes
_TOWNS = (
    ("Presque Isle", "ME", "047"), ("Bangor", "ME", "044"), ("Lewiston", "ME", "042"), ("Brattleboro", "VT", "053"),
    ("Rutland", "VT", "057"), ("St. Johnsbury", "VT", "058"), ("Keene", "NH", "034"), ("Littleton", "NH", "035"),
    ("Pawtucket", "RI", "028"), ("Woonsocket", "RI", "028"), ("Chicopee", "MA", "010"), ("Fall River", "MA", "027"),
    ("Nantucket", "MA", "025"), ("Pittsfield", "MA", "012"), ("Gloucester", "MA", "019"), ("Torrington", "CT", "067"),
    ("Plattsburgh", "NY", "129"), ("Watertown", "NY", "136"), ("Tupelo", "MS", "388"), ("Bozeman", "MT", "597"),
    ("Kalispell", "MT", "599"), ("Hilo", "HI", "967"), ("Las Cruces", "NM", "880"), ("Yakima", "WA", "989"),
    ("Duluth", "MN", "558"), ("Paducah", "KY", "420"), ("Muskogee", "OK", "744"), ("Laredo", "TX", "780"),
    ("Bluefield", "WV", "247"), ("Houma", "LA", "703"), ("Marquette", "MI", "498"), ("Dubuque", "IA", "520"),
    ("Elko", "NV", "898"), ("Jamaica Plain", "MA", "021"), ("Mattapan", "MA", "021"), ("Roslindale", "MA", "021"),
    ("East Boston", "MA", "021"), ("Caribou", "ME", "047"), ("Bennington", "VT", "052"), ("Taunton", "MA", "027"),
)
_COUNTIES = (
    ("Aroostook County", "ME"), ("Coos County", "NH"), ("Hampden County", "MA"), ("Barnstable County", "MA"),
    ("Washington County", "VT"), ("Clinton County", "NY"), ("Lee County", "MS"), ("Flathead County", "MT"),
)
_FOREIGN = (
    ("Ponta Delgada", "Portugal"), ("Kraków", "Poland"), ("Cap-Haïtien", "Haiti"), ("Praia", "Cape Verde"),
    ("Kumasi", "Ghana"), ("Mangaluru", "India"), ("Galway", "Ireland"), ("Porto Alegre", "Brazil"),
    ("Da Nang", "Vietnam"), ("Tbilisi", "Georgia"), ("Enugu", "Nigeria"), ("Cuenca", "Ecuador"),
    ("San Pedro Sula", "Honduras"), ("Mayagüez", "Puerto Rico"), ("Hamilton", "Bermuda"), ("Gyumri", "Armenia"),
)
_CORNERS = (
    ("the corner of ", "Melnea Cass Blvd and Southampton St"), ("", "Haymarket Square"),
    ("the ", "Pine Street underpass"), ("the ", "Southwest Corridor park near Jackson Square"), ("", "Kenmore Square"),
    ("the corner of ", "Washington and Dudley Streets"), ("", "Dewey Square"),
)
_STREETS = (
    "Old County Road", "Birchwood Lane", "Quarry Hill Rd", "Pleasant Street", "Ridgeview Dr", "Water St",
    "Harbor View Terrace", "N. Main St", "Cranberry Bog Rd", "Kinsman Ave", "Salmon Falls Road", "Tamarack Ct",
    "Depot St", "Larchmont Blvd", "Alder Creek Way", "Tillinghast Pl", "Wequetequock Lane", "Fieldstone Circle",
    "Bayberry Drive", "Orchard Hill Avenue", "Mill Pond Rd", "Kealoha Street", "Calle Luna", "Sawmill Brook Pkwy",
)
_UNITS = ("Apt 3B", "Apt. 12", "Unit 4", "#2", "Apt 1F", "Unit 207", "Lot 14")

_CANCER_CENTERS = (
    "Kittredge Regional Cancer Center", "Northfield Valley Hospital", "Saint Albertine Medical Center",
    "Cobalt Ridge Oncology Associates", "Marrowbrook Transplant Institute", "Tidewater Hematology Group",
    "Halloran Memorial Hospital", "Penobscot Bay Oncology", "Greystone Community Health Center",
    "Merrimack Valley Infusion Partners", "Whitfield-Hale Cancer Pavilion", "Pine Hollow Infusion Suite",
    "Lamplighter Regional Medical Center", "Sable Point Community Hospital", "Vireo Valley Oncology",
    "Clearwater Bend Hospital", "Hospital Santa Brígida", "Aldous Crane Hematology Clinic",
)
_LODGING = (
    "Larkspur Hospitality House", "Wrenfield House", "Halcyon Guest House", "Beacon Harbor Hospitality Suites",
    "Tamsin Family Lodge", "Driftwood Hospitality House", "Lantern Hill Transplant Residence",
)
_PHARMACIES = ("Corriveau Family Pharmacy", "Dunmore Compounding Pharmacy", "Mill River Apothecary",
               "Kessel Drug & Surgical", "Oakhurst Specialty Pharmacy")
_EMPLOYERS = (
    "Kessler Tool & Die", "Bayline Seafood Co-op", "Haverford Logistics", "Tri-County Paving",
    "Northwoods Timber Supply", "Pioneer Valley Credit Union", "Quanset Marine Electric", "Brickyard Bakery",
    "Lakeshore Auto Body", "Falconer Precision Castings",
)
_SCHOOLS = ("Maplecrest Elementary School", "Granite Falls Regional High School", "Eastbrook Community College",
            "Sycamore Hill Montessori")
_CHURCHES = ("St. Casimir Parish", "Greater Hope Missionary Baptist Church", "Igreja Evangelica Nova Vida",
             "Temple Beth Ohr", "Holy Trinity Armenian Church")
_REHABS = ("Brightwater Skilled Nursing & Rehabilitation", "Elmsworth Rehabilitation Center",
           "Cedar Knoll Rehab and Nursing", "Fairhaven Manor Skilled Nursing")
_SHELTERS = ("Lantern House Shelter", "St. Ambrose Overnight Shelter", "Harborlight Men's Residence")

# Public organisations' hotlines and sites: never identifiers of the patient (look-alikes)
_HOTLINES = (
    ("the American Cancer Society helpline", "1-800-227-2345", "www.cancer.org"),
    ("the NCI Cancer Information Service", "1-800-422-6237", "www.cancer.gov"),
    ("the LLS Information Resource Center", "1-800-955-4572", "www.lls.org"),
    ("the NMDP patient support center", "1-888-999-6743", "www.nmdp.org"),
    ("Poison Control", "1-800-222-1222", "www.poison.org"),
    ("Medicare", "1-800-633-4227", "www.medicare.gov"),
    ("FDA MedWatch", "1-800-332-1088", "www.fda.gov/medwatch"),
    ("the Social Security Administration", "1-800-772-1213", "www.ssa.gov"),
)
HOTLINE_NUMBERS = tuple(n for _, n, _ in _HOTLINES)
PUBLIC_URLS = tuple(u for _, _, u in _HOTLINES) + ("clinicaltrials.gov", "www.nccn.org/patients")
_INSURERS = ("MassHealth", "Medicare", "Blue Cross Blue Shield", "Tufts Health Plan", "Harvard Pilgrim",
             "Aetna", "UnitedHealthcare", "Mainecare", "Cigna", "Anthem")

_AREA = ("207", "802", "603", "413", "508", "774", "978", "401", "860", "518", "315", "808", "406", "575", "509",
         "218", "270", "918", "956", "304", "985", "906", "563", "775", "617", "857", "339")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "protonmail.com",
                  "aol.com", "hotmail.com", "verizon.net", "myfairpoint.net")
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}

# --------------------------------------------------------------------------------------------------
# Identifier makers
# --------------------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _first(rng: random.Random, sex: str | None = None) -> str:
    if sex is None:
        sex = rng.choice("FM")
    return rng.choice(_FIRST_F if sex == "F" else _FIRST_M)


def _person(rng: random.Random, sex: str | None = None) -> str:
    """A clinician's or relative's name in one of several written forms."""
    first, last = _first(rng, sex), rng.choice(_LAST)
    r = rng.random()
    if r < 0.55:
        return f"{first} {last}"
    if r < 0.75:
        return f"{first[0]}. {last}"
    if r < 0.88:
        return f"{first} {rng.choice(_LETTERS)}. {last}"
    return f"{last}, {first}"


def _phone(rng: random.Random) -> str:
    a = rng.choice(_AREA)
    ex = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
    if ex in ("555", "911", "411", "611"):
        ex = "462"
    line = _digits(rng, 4)
    style = rng.randrange(7)
    if style == 0:
        return f"({a}) {ex}-{line}"
    if style == 1:
        return f"{a}-{ex}-{line}"
    if style == 2:
        return f"{a}.{ex}.{line}"
    if style == 3:
        return f"{a} {ex} {line}"
    if style == 4:
        return f"+1 {a} {ex} {line}"
    if style == 5:
        return f"1-{a}-{ex}-{line}"
    return f"({a}){ex}-{line}"


def _intl_phone(rng: random.Random) -> str:
    return rng.choice((
        f"+351 9{rng.randint(1, 6)}{rng.randint(0, 9)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"+353 8{rng.choice('3567')} {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+233 2{rng.choice('0467')} {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+48 {rng.randint(5, 8)}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"+509 3{_digits(rng, 3)} {_digits(rng, 4)}",
    ))


_MALE_RELS = ("husband", "son", "brother", "nephew", "father", "grandson", "stepson", "paternal uncle")


def _rel_sex(rel: str, rng: random.Random) -> str:
    if rel in _MALE_RELS:
        return "M"
    if rel in ("partner", "cousin", "friend", "neighbor"):
        return rng.choice("FM")
    return "F"


def _pager(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.randint(2, 9)}-{_digits(rng, 4)}"
    if rng.random() < 0.25:
        return f"{rng.randint(1, 9)}{_digits(rng, 4)}"
    return _phone(rng)


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


def _email(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first).lower(), _ascii(last).lower()
    user = rng.choice((
        f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(1, 99)}", f"{la}.{f}{rng.randint(50, 99)}",
        f"{f}_{la[:4]}", f"{f}.{la}{rng.randint(1940, 1999)}", f"{f[0]}.{la}.{rng.choice(('nh', 'me', 'ma'))}",
    ))
    return f"{user}@{rng.choice(_EMAIL_DOMAINS)}"


def _url(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first).lower(), _ascii(last).lower()
    return rng.choice((
        f"https://www.caringbridge.org/visit/{f}{la}",
        f"www.caringbridge.org/visit/{f}{la}{rng.randint(1, 9)}",
        f"https://www.gofundme.com/f/help-{f}-{la}-fight-{rng.choice(('leukemia', 'lymphoma', 'cancer'))}",
        f"https://{f}{la}strong.blogspot.com",
        f"www.facebook.com/{f}.{la}.{rng.randint(100, 999)}",
        f"https://www.instagram.com/{f}_{la}_journey",
        f"https://www.youtube.com/@{f}{la}transplantdiary",
        f"https://www.mealtrain.com/trains/{_digits(rng, 2)}{rng.choice('kqxz')}{_digits(rng, 3)}{la}",
    ))


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return "2601:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(7))
    first = rng.choice((24, 50, 66, 67, 68, 69, 71, 73, 75, 76, 96, 98, 99, 107, 108, 173, 174, 184, 209))
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    grp, ser = rng.randint(1, 99), rng.randint(1, 9999)
    style = rng.random()
    if style < 0.7:
        return f"{area:03d}-{grp:02d}-{ser:04d}"
    if style < 0.88:
        return f"{area:03d} {grp:02d} {ser:04d}"
    return f"{area:03d}{grp:02d}{ser:04d}"


def _mrn(rng: random.Random) -> str:
    return rng.choice((
        _digits(rng, 8), f"{rng.randint(1, 9)}{_digits(rng, 6)}", f"00{_digits(rng, 6)}",
        f"{rng.choice('KHMT')}{_digits(rng, 7)}", f"{rng.randint(10, 99)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
    ))


def _account(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(1, 9)}{_digits(rng, 9)}", f"7{_digits(rng, 11)}", f"{_digits(rng, 11)}",
        f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"{rng.randint(3, 9)}{_digits(rng, 8)}",
    ))


def _mbi(rng: random.Random) -> str:
    c = [str(rng.randint(1, 9)), rng.choice(_MBI_LETTERS), rng.choice(_MBI_LETTERS + "0123456789"),
         str(rng.randint(0, 9)), rng.choice(_MBI_LETTERS), rng.choice(_MBI_LETTERS + "0123456789"),
         str(rng.randint(0, 9)), rng.choice(_MBI_LETTERS), rng.choice(_MBI_LETTERS), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def _health_plan(rng: random.Random) -> tuple[str, str, str]:
    """(insurer, cue, member id)."""
    r = rng.randrange(6)
    if r == 0:
        return "Medicare", rng.choice(("MBI", "beneficiary ID")), _mbi(rng)
    if r == 1:
        return "MassHealth", rng.choice(("member ID", "ID")), f"1{_digits(rng, 11)}"
    if r == 2:
        return rng.choice(("Mainecare", "Medicaid")), "Medicaid ID", f"{rng.choice('ABCDEFGH')}{_digits(rng, 8)}"
    ins = rng.choice(("Blue Cross Blue Shield", "Tufts Health Plan", "Harvard Pilgrim", "Aetna", "Cigna",
                      "UnitedHealthcare", "Anthem"))
    cue = rng.choice(("member ID", "subscriber ID", "policy number", "member #", "ID#"))
    val = rng.choice((
        "".join(rng.choice(_LETTERS) for _ in range(3)) + _digits(rng, 9),
        f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
        "".join(rng.choice(_LETTERS) for _ in range(3)) + f"{_digits(rng, 6)}-{_digits(rng, 2)}",
    ))
    return ins, cue, val


def _group_no(rng: random.Random) -> str:
    return f"{_digits(rng, 2)}{rng.randint(100, 999)}{_digits(rng, 2)}"


def _dea(rng: random.Random, last: str) -> str:
    letter = _ascii(last)[0].upper()
    return f"{rng.choice('ABFM')}{letter}{_digits(rng, 7)}"


def _npi(rng: random.Random) -> str:
    return f"{rng.choice('12')}{_digits(rng, 9)}"


def _drivers_license(rng: random.Random) -> tuple[str, str]:
    st = rng.choice(("MA", "ME", "NH", "VT", "RI", "NY", "CT"))
    if st == "MA":
        return st, f"S{_digits(rng, 8)}"
    if st == "NY":
        return st, f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if st == "NH":
        return st, f"{_digits(rng, 2)}{''.join(rng.choice(_LETTERS) for _ in range(3))}{_digits(rng, 5)}"
    if st == "VT":
        return st, f"{_digits(rng, 7)}A"
    return st, _digits(rng, 7 + rng.randint(0, 2))


def _zip(rng: random.Random, prefix: str) -> str:
    z = f"{prefix}{_digits(rng, 2)}"
    if z.endswith("00"):
        z = z[:3] + "16"
    return f"{z}-{_digits(rng, 4)}" if rng.random() < 0.25 else z


def _street(rng: random.Random) -> str:
    s = f"{rng.randint(2, 9899)} {rng.choice(_STREETS)}"
    if rng.random() < 0.3:
        s += ("," if rng.random() < 0.5 else "") + " " + rng.choice(_UNITS)
    return s


def _real_date(rng: random.Random, lo: int, hi: int, month_year_ok: bool = False) -> str:
    d = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    style = rng.randrange(10 if month_year_ok else 9)
    mon = _MONTHS[d.month - 1]
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 1:
        return f"{d.month}/{d.day}/{d.year}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{mon} {d.day}, {d.year}"
    if style == 4:
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if style == 5:
        return f"{d.day} {mon} {d.year}"
    if style == 6:
        return f"{mon[:3]} {d.day}, {d.year}"
    if style == 7:
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == 8:
        return f"{d.day}.{d.month}.{d.year}"
    return f"{mon} {d.year}"


def _device_serial(rng: random.Random) -> str:
    return rng.choice((
        f"{''.join(rng.choice(_LETTERS) for _ in range(3))}{_digits(rng, 6)}{rng.choice('HNRS')}",
        f"{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}{_digits(rng, 7)}",
        f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"{_digits(rng, 2)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}"
                                                 f"{_digits(rng, 6)}",
        f"{rng.choice(_LETTERS)}{_digits(rng, 2)}{rng.choice(_LETTERS)}{_digits(rng, 5)}",
    ))


def _plate(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(1, 9)}{''.join(rng.choice(_LETTERS) for _ in range(3))}{_digits(rng, 2)}",
        f"{''.join(rng.choice(_LETTERS) for _ in range(3))}-{_digits(rng, 4)}",
        f"{''.join(rng.choice(_LETTERS) for _ in range(3))} {_digits(rng, 3)}",
        f"{_digits(rng, 3)} {''.join(rng.choice(_LETTERS) for _ in range(3))}",
        f"{rng.randint(1, 9)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}{_digits(rng, 3)}",
    ))


def _vin(rng: random.Random) -> str:
    wmi = rng.choice(("1HG", "2T1", "1FT", "5YJ", "JTD", "1GC", "3VW", "KNM", "4S4"))
    return wmi + "".join(rng.choice(_ALNUM) for _ in range(6)) + str(rng.randint(0, 9)) + \
        "".join(rng.choice(_ALNUM) for _ in range(1)) + _digits(rng, 6)


def _age90(rng: random.Random) -> str:
    a = rng.choice((90, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102))
    if a in _AGE_WORDS and rng.random() < 0.2:
        return _AGE_WORDS[a]
    return str(a)


# --------------------------------------------------------------------------------------------------
# Segment helpers: a section is a list of plain strings and (value, category) plants
# --------------------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")


def _t(template: str, **vals: _Seg) -> list[_Seg]:
    """Fill ``{name}`` fields with plain strings or (value, category) plants."""
    out: list[_Seg] = []
    last = 0
    for m in _FIELD.finditer(template):
        if m.start() > last:
            out.append(template[last:m.start()])
        out.append(vals[m.group(1)])
        last = m.end()
    if last < len(template):
        out.append(template[last:])
    return out


def _p(value: str, cat: str) -> tuple[str, str]:
    return (value, cat)


def _c(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _cap(x: str) -> str:
    return x[:1].upper() + x[1:]


def _sd(ctx: dict, offset: int = 0, style: int | None = None) -> str:
    """A shifted (21xx) date near the note's anchor date."""
    d = ctx["base"] + timedelta(days=offset)
    if style is None:
        style = ctx["date_style"]
    if style == 1:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    return d.isoformat()


class _Plants:
    """Anchor -> planted fragments; every planted fragment must be placed (checked at the end)."""

    def __init__(self) -> None:
        self.by_anchor: dict[str, list[list[_Seg]]] = {}

    def add(self, anchor: str, segs: list[_Seg]) -> None:
        self.by_anchor.setdefault(anchor, []).append(segs)

    def take(self, anchor: str) -> list[list[_Seg]]:
        return self.by_anchor.pop(anchor, [])

    def one(self, anchor: str, default: str = "___") -> list[_Seg]:
        got = self.take(anchor)
        return got[0] if got else [default]

    def has(self, anchor: str) -> bool:
        return anchor in self.by_anchor


def _join_lines(lines: list[list[_Seg]], sep: str = "\n") -> list[_Seg]:
    out: list[_Seg] = []
    for k, line in enumerate(lines):
        if k:
            out.append(sep)
        out.extend(line)
    return out


# --------------------------------------------------------------------------------------------------
# Clinical pools (look-alikes live here and are never labelled)
# --------------------------------------------------------------------------------------------------

_ONC = (
    {"key": "dlbcl", "dx": "diffuse large B-cell lymphoma (GCB subtype)", "short": "DLBCL", "group": "heme",
     "reg": ("R-CHOP", "Pola-R-CHP", "DA-EPOCH-R"),
     "stage": ("Ann Arbor stage IIIB, IPI 3 (high-intermediate)", "Ann Arbor stage IVA with marrow involvement, IPI 4"),
     "path": ("CD20+, CD10+, BCL6+, MUM1 negative, Ki-67 ~85%; FISH negative for MYC and BCL2 rearrangement",
              "EBER ISH negative; cell-of-origin GCB by Hans algorithm"),
     "sites": ("retroperitoneal conglomerate nodal mass", "left supraclavicular node", "mesenteric root nodes",
               "splenic hypodense lesion", "left external iliac node"),
     "plan": "complete 6 cycles with interim PET-CT after C2 (Deauville scoring, Lugano classification); "
             "consolidative ISRT 30 Gy to the bulky site only if end-of-treatment Deauville 4"},
    {"key": "chl", "dx": "classic Hodgkin lymphoma, nodular sclerosis", "short": "cHL", "group": "heme",
     "reg": ("ABVD", "A-AVD", "BV-AVD"),
     "stage": ("stage IIB with bulky mediastinal mass (MMR 0.41)", "stage IVB (lung and marrow)"),
     "path": ("Reed-Sternberg cells CD30+, CD15+, PAX5 dim, CD20 negative; EBER positive",
              "background of eosinophils and histiocytes; no Richter-type large cell component"),
     "sites": ("anterior mediastinal mass", "right axillary node", "left lower lobe nodule", "para-aortic node"),
     "plan": "A-AVD x6 with PET after C2; bleomycin avoided (DLCO 62%); fertility preservation completed"},
    {"key": "aml", "dx": "acute myeloid leukemia with mutated NPM1", "short": "AML", "group": "heme",
     "reg": ("7+3 (cytarabine/daunorubicin) with midostaurin", "CPX-351 (Vyxeos)", "azacitidine + venetoclax"),
     "stage": ("ELN 2022 favorable risk", "ELN 2022 intermediate risk", "ELN 2022 adverse risk (TP53-mutated)"),
     "path": ("karyotype 46,XY,inv(16)(p13.1q22)[20]; CBFB::MYH11 detected",
              "NPM1 c.860_863dupTCTG (type A), FLT3-ITD allelic ratio 0.48, DNMT3A p.R882H VAF 41%",
              "blasts 62% by flow (CD34+, CD117+, HLA-DR+, MPO+); Auer rods seen; M:E ratio 6:1",
              "karyotype 47,XY,+8[15]/46,XY[5]"),
     "sites": ("diffuse marrow", "left chloroma of the orbit"),
     "plan": "induction then consolidation with HiDAC x3; HLA typing of siblings sent for allo-HCT in CR1"},
    {"key": "ball", "dx": "Philadelphia chromosome-positive B-lymphoblastic leukemia", "short": "Ph+ B-ALL",
     "group": "heme",
     "reg": ("hyper-CVAD with ponatinib", "blinatumomab with ponatinib", "mini-hyper-CVD with inotuzumab"),
     "stage": ("CNS-1, WBC 84 at diagnosis", "CNS-2, WBC 142 at diagnosis"),
     "path": ("karyotype 46,XX,t(9;22)(q34.1;q11.2)[18]/46,XX[2]; BCR::ABL1 p190 transcript",
              "MRD by 8-color flow 0.02% after induction; ABL1 kinase domain mutation T315I not detected",
              "CD19+, CD10+, CD22+ (92%), TdT+, CD34+"),
     "sites": ("diffuse marrow", "mediastinal nodes"),
     "plan": "continue TKI-based therapy with IT chemotherapy x12; allo-HCT in CR1 if MRD persistent at 3 months"},
    {"key": "mm", "dx": "IgG kappa multiple myeloma", "short": "MM", "group": "heme",
     "reg": ("Dara-VRd", "VRd", "KRd", "CyBorD"),
     "stage": ("R-ISS stage II", "R-ISS stage III (LDH elevated)"),
     "path": ("M-spike 3.1 g/dL, kappa/lambda FLC ratio 148; Bence Jones proteinuria 1.2 g/24h",
              "FISH: t(4;14) positive, del(17p) negative, 1q gain (3 copies)", "marrow plasma cells 48% (CD138+)"),
     "sites": ("T11 lytic lesion with compression deformity", "left iliac wing lytic lesion",
               "right sixth rib plasmacytoma", "calvarial lytic lesions"),
     "plan": "4 cycles of induction, stem cell collection with G-CSF +/- plerixafor, then Mel200 autologous HCT"},
    {"key": "panc", "dx": "pancreatic ductal adenocarcinoma of the head", "short": "PDAC", "group": "solid",
     "reg": ("mFOLFIRINOX", "gemcitabine/nab-paclitaxel", "NALIRIFOX"),
     "stage": ("borderline resectable (SMV abutment <180 degrees)", "ypT2N1 after Whipple",
               "locally advanced (SMA encasement)"),
     "path": ("CA 19-9 1,840 U/mL at diagnosis; KRAS G12D; germline BRCA2 c.5946delT (p.Ser1982Argfs*22)",
              "moderately differentiated; perineural invasion present; 3/21 lymph nodes positive"),
     "sites": ("pancreatic head mass", "segment VI liver lesion", "peripancreatic node", "peritoneal nodule"),
     "plan": "total neoadjuvant therapy with restaging; Whipple if SMV reconstructable; platinum favored (BRCA2)"},
    {"key": "rectal", "dx": "rectal adenocarcinoma, 6 cm from anal verge", "short": "rectal ca", "group": "solid",
     "reg": ("FOLFOX then capecitabine-RT", "CAPOX", "short-course RT then FOLFOX"),
     "stage": ("mrT3cN1, EMVI positive, CRM threatened", "cT4aN2M0"),
     "path": ("pMMR (MLH1/PMS2/MSH2/MSH6 retained); KRAS G12C", "CEA 18.4 ng/mL"),
     "sites": ("rectal mass", "mesorectal node", "superior rectal node", "segment VII liver lesion"),
     "plan": "total neoadjuvant therapy then restaging MRI; watch-and-wait if clinical complete response"},
    {"key": "nsclc", "dx": "lung adenocarcinoma", "short": "NSCLC", "group": "solid",
     "reg": ("carboplatin/pemetrexed/pembrolizumab", "osimertinib (Tagrisso)", "durvalumab consolidation"),
     "stage": ("stage IVA (cT2bN2M1a) with malignant effusion", "stage IIIB (cT3N2M0)",
               "superior sulcus (Pancoast) tumor, cT4N0"),
     "path": ("PD-L1 TPS 60% (22C3); ALK (D5F3) negative; ROS1 negative",
              "EGFR exon 19 deletion (p.E746_A750del); TP53 c.818G>A", "TTF-1 positive, napsin A positive"),
     "sites": ("right upper lobe mass", "subcarinal node", "left adrenal nodule", "right pleural nodularity",
               "T8 sclerotic focus"),
     "plan": "systemic therapy with response CT every 2 cycles; SBRT to oligoprogressive sites if needed"},
    {"key": "breast", "dx": "invasive ductal carcinoma of the left breast", "short": "breast ca", "group": "solid",
     "reg": ("TCHP", "ddAC-T", "pembrolizumab + carboplatin/paclitaxel (KEYNOTE-522)", "T-DXd"),
     "stage": ("cT2N1M0, ER 0%, PR 0%, HER2 0 (triple negative)", "cT3N2M0, ER 95%, PR 40%, HER2 3+",
               "de novo stage IV (bone), ER 90%, HER2 1+"),
     "path": ("germline BRCA1 c.68_69delAG (p.Glu23Valfs*17)", "Ki-67 45%; Nottingham grade 3",
              "Oncotype DX not applicable (node positive)"),
     "sites": ("left breast mass", "left axillary level I node", "sternal lesion", "segment IVa liver lesion"),
     "plan": "neoadjuvant therapy, then surgery; PMRT; adjuvant olaparib if residual disease"},
    {"key": "ovary", "dx": "high-grade serous carcinoma of the ovary", "short": "HGSOC", "group": "solid",
     "reg": ("carboplatin/paclitaxel", "carboplatin/paclitaxel/bevacizumab", "olaparib maintenance"),
     "stage": ("FIGO stage IIIC", "FIGO stage IVB (pleural)"),
     "path": ("germline BRCA1 c.5266dupC (5382insC); HRD score 58", "CA-125 1,240 U/mL at diagnosis",
              "WT1+, PAX8+, p53 aberrant (null pattern)"),
     "sites": ("omental cake", "right paracolic gutter implant", "pelvic mass", "cardiophrenic node"),
     "plan": "3 cycles neoadjuvant then interval cytoreduction; PARP inhibitor maintenance"},
    {"key": "gbm", "dx": "glioblastoma, IDH-wildtype, CNS WHO grade 4", "short": "GBM", "group": "solid",
     "reg": ("Stupp protocol (RT 60 Gy/30 fx with temozolomide)", "adjuvant temozolomide", "TTFields (Optune)"),
     "stage": ("MGMT promoter methylated", "MGMT promoter unmethylated"),
     "path": ("EGFR amplification; TERT promoter C228T; CDKN2A/B homozygous deletion", "IDH1 R132H IHC negative"),
     "sites": ("left temporal enhancing mass", "right frontal resection cavity"),
     "plan": "chemoradiation then adjuvant temozolomide x6; MRI every 2-3 months using RANO criteria"},
    {"key": "hcc", "dx": "hepatocellular carcinoma in NASH cirrhosis", "short": "HCC", "group": "solid",
     "reg": ("atezolizumab/bevacizumab", "TACE", "Y-90 radioembolization", "lenvatinib"),
     "stage": ("BCLC B, Child-Pugh A6, within Milan criteria", "BCLC A, MELD-Na 14, within Milan criteria"),
     "path": ("AFP 842 ng/mL", "LI-RADS LR-5 lesions; biopsy not required"),
     "sites": ("segment VIII observation", "segment II observation", "portal vein branch"),
     "plan": "bridging locoregional therapy and listing for transplant (MELD exception points)"},
    {"key": "gastric", "dx": "gastric adenocarcinoma, diffuse type with signet ring cells", "short": "gastric ca",
     "group": "solid", "reg": ("FLOT", "FOLFOX-nivolumab", "zolbetuximab + mFOLFOX6"),
     "stage": ("cT3N2M0", "stage IV with Krukenberg metastases and a Virchow node"),
     "path": ("HER2 negative (IHC 1+); CLDN18.2 positive (80%); MSS", "PD-L1 CPS 8"),
     "sites": ("gastric antral wall thickening", "left supraclavicular (Virchow) node", "right adnexal mass"),
     "plan": "perioperative FLOT x4 then D2 gastrectomy, or palliative systemic therapy if M1 confirmed"},
    {"key": "cll", "dx": "chronic lymphocytic leukemia", "short": "CLL", "group": "heme",
     "reg": ("venetoclax-obinutuzumab", "zanubrutinib (Brukinsa)", "acalabrutinib (Calquence)"),
     "stage": ("Rai stage III / Binet C", "Rai stage IV"),
     "path": ("IGHV unmutated; del(17p) by FISH 34%; TP53 c.818G>A (p.Arg273His)", "CD5+, CD23+, CD200+"),
     "sites": ("bulky abdominal nodes", "splenomegaly 18 cm", "left axillary node"),
     "plan": "fixed-duration therapy with TLS prophylaxis; PET if concern for Richter transformation"},
    {"key": "ewing", "dx": "Ewing sarcoma of the left iliac bone", "short": "Ewing sarcoma", "group": "solid",
     "reg": ("VDC/IE (interval compressed)", "VDC/IE"),
     "stage": ("localized", "metastatic to lungs"),
     "path": ("EWSR1::FLI1 fusion by RT-PCR; CD99 membranous", "karyotype 47,XY,+8,t(11;22)(q24;q12)[14]"),
     "sites": ("left iliac wing mass", "right lower lobe nodule"),
     "plan": "14 cycles with local control (surgery vs proton RT) after cycle 6"},
)

_SCANNERS_CT = ("Siemens SOMATOM Force", "GE Revolution Apex", "Canon Aquilion ONE PRISM", "Philips IQon Spectral CT",
                "Siemens SOMATOM Drive")
_SCANNERS_PET = ("Siemens Biograph Vision 600", "GE Discovery MI", "Philips Vereos", "Siemens Biograph mCT Flow")
_SCANNERS_MR = ("Siemens MAGNETOM Vida 3T", "GE SIGNA Premier 3T", "Philips Ingenia 1.5T", "Siemens MAGNETOM Sola 1.5T")
_SOFTWARE = ("syngo.via VB60A", "software VA50", "AW Server 3.2 Ext. 4.0", "IntelliSpace Portal 12", "syngo MR XA51",
             "DV29.1_R03", "firmware 4.11.2")
_CONTRAST = ("iohexol (Omnipaque 350)", "iopamidol (Isovue-370)", "iodixanol (Visipaque 320)")
_PORTS = ("Bard PowerPort ClearVUE isp 8 Fr", "AngioDynamics Smart Port CT", "Bard PowerPort MRI 9.6 Fr",
          "Medtronic SynchroMed II intrathecal pump (model 8637-40)", "Arrow PICC 5 Fr double lumen",
          "Hickman 10 Fr dual lumen",
          "Ommaya reservoir", "CADD-Solis VIP ambulatory pump (model 2120)")
_PMH = (
    "Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus (A1c 7.4%)", "CKD stage 3a (baseline Cr 1.3)",
    "Parkinson disease on carbidopa-levodopa 25/100 TID", "Lewy body dementia, mild", "Atrial fibrillation "
    "(CHA2DS2-VASc 3) on apixaban", "Remote aneurysmal SAH (Hunt and Hess grade 2), s/p coiling",
    "Hashimoto thyroiditis on levothyroxine", "GERD", "Obstructive sleep apnea on CPAP", "Gout",
    "Prior provoked DVT (Khorana score 3 at the time)", "Depression", "Osteoporosis (T-score -2.7)",
    "Graves disease s/p RAI", "Benign prostatic hyperplasia", "Hepatitis B core antibody positive (on entecavir)",
    "Barrett esophagus without dysplasia", "Raynaud phenomenon", "Migraine", "Peripheral neuropathy (grade 1)",
)
_ALLERGIES = (
    "No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
    "Iodinated contrast (hives; premedicated)", "Codeine", "Vancomycin (red man syndrome)", "Latex",
    "Carboplatin (grade 2 hypersensitivity at cycle 7; desensitization protocol)", "Peanut",
)
_EPONYM_SIGNS = (
    "No Murphy sign.", "Negative Homans sign.", "No Trousseau or Chvostek sign despite low calcium.",
    "Lhermitte sign absent.", "No Kernig or Brudzinski sign.", "No Cullen or Grey Turner sign.",
)


def _vitals(rng: random.Random, febrile: bool = True) -> str:
    t = round(rng.uniform(97.2, 101.9 if febrile else 99.1), 1)
    sbp, dbp = rng.randint(96, 158), rng.randint(52, 94)
    return (f"T {t} HR {rng.randint(62, 124)} BP {sbp}/{dbp} RR {rng.randint(12, 24)} "
            f"SpO2 {rng.randint(91, 100)}% {rng.choice(('RA', '2L NC', 'RA', '1L NC'))}; "
            f"Wt {round(rng.uniform(48, 112), 1)} kg")


def _cbc_line(rng: random.Random, stamp: str, low: bool) -> str:
    wbc = round(rng.uniform(0.1, 1.2), 1) if low else round(rng.uniform(3.1, 14.5), 1)
    plt = rng.randint(6, 40) if low else rng.randint(95, 420)
    hgb = round(rng.uniform(6.9, 9.8) if low else rng.uniform(9.5, 14.8), 1)
    flag = "*" if low else ""
    return (f"{stamp} BLOOD WBC-{wbc}{flag} RBC-{round(hgb / 3.0, 2)}* Hgb-{hgb}{flag} Hct-{round(hgb * 2.95, 1)}"
            f"{flag} MCV-{rng.randint(82, 101)} MCH-{round(rng.uniform(27, 33), 1)} RDW-{round(rng.uniform(13, 19), 1)}"
            f"* Plt Ct-{plt}{flag}")


def _chem_line(rng: random.Random, stamp: str) -> str:
    cr = round(rng.uniform(0.6, 2.4), 1)
    return (f"{stamp} BLOOD Glucose-{rng.randint(78, 190)}* UreaN-{rng.randint(8, 48)} Creat-{cr} "
            f"Na-{rng.randint(129, 145)} K-{round(rng.uniform(3.1, 5.4), 1)} Cl-{rng.randint(96, 110)} "
            f"HCO3-{rng.randint(18, 29)} AnGap-{rng.randint(8, 18)}")


def _lft_line(rng: random.Random, stamp: str) -> str:
    return (f"{stamp} BLOOD ALT-{rng.randint(9, 210)} AST-{rng.randint(12, 180)} LD(LDH)-{rng.randint(150, 980)}* "
            f"AlkPhos-{rng.randint(45, 410)} TotBili-{round(rng.uniform(0.2, 3.9), 1)} "
            f"Albumin-{round(rng.uniform(2.4, 4.4), 1)} UricAcid-{round(rng.uniform(2.5, 9.8), 1)}")


def _stamp(ctx: dict, rng: random.Random, offset: int) -> str:
    return f"{_sd(ctx, offset, 0)} {rng.randint(1, 11):02d}:{rng.choice(('05', '10', '22', '40', '51'))}" \
        f"{rng.choice(('AM', 'PM'))}"


def _nct(rng: random.Random) -> str:
    return f"NCT0{rng.randint(1, 6)}{_digits(rng, 6)}"


def _lot(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 9)}{rng.choice(_LETTERS)}{_digits(rng, 3)}{rng.choice(_LETTERS)}",
                       _digits(rng, 8), f"{rng.choice(_LETTERS)}{_digits(rng, 5)}", f"{_digits(rng, 5)}"))


def _hla(rng: random.Random) -> str:
    a = sorted(rng.sample(("01:01", "02:01", "03:01", "11:01", "24:02", "26:01", "29:02", "31:01", "68:01"), 2))
    b = sorted(rng.sample(("07:02", "08:01", "13:02", "15:01", "35:01", "40:01", "44:02", "51:01", "57:01"), 2))
    c = sorted(rng.sample(("03:04", "04:01", "05:01", "06:02", "07:01", "07:02", "12:03", "16:01"), 2))
    dr = sorted(rng.sample(("01:01", "03:01", "04:01", "07:01", "11:01", "13:01", "15:01", "16:01"), 2))
    return (f"A*{a[0]}, A*{a[1]}; B*{b[0]}, B*{b[1]}; C*{c[0]}, C*{c[1]}; "
            f"DRB1*{dr[0]}, DRB1*{dr[1]}")


def _room(rng: random.Random) -> str:
    return rng.choice((f"room {rng.randint(7, 12)}-{rng.randint(10, 48)}{rng.choice('AB')}",
                       f"room {rng.randint(4, 11)}{rng.randint(10, 40)}, bed {rng.randint(1, 2)}",
                       f"infusion chair {rng.randint(1, 30)}", f"bay {rng.randint(1, 16)}"))


# --------------------------------------------------------------------------------------------------
# Plant kinds: each adds one leaked identifier (with its companions) at an anchor of the note
# --------------------------------------------------------------------------------------------------


def _dr(rng: random.Random) -> list[_Seg]:
    """'Dr. Surname' / 'Firstname Surname, MD' with the name labelled."""
    r = rng.random()
    if r < 0.5:
        return ["Dr. ", _p(rng.choice(_LAST), "PERSON")]
    if r < 0.75:
        return ["Dr. ", _p(_person(rng), "PERSON")]
    return [_p(f"{_first(rng)} {rng.choice(_LAST)}", "PERSON"), rng.choice((", MD", ", M.D.", ", DO", " MD"))]


def _town(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(_TOWNS)


def _k_hdr_name(rng: random.Random, ctx: dict, nt: str) -> None:
    f, la = ctx["first"], ctx["last"]
    v = rng.choice((f"{f} {la}", f"{la}, {f}", f"{f.upper()} {la.upper()}", f"{f} {rng.choice(_LETTERS)}. {la}"))
    ctx["plants"].add("hdr_name", [_p(v, "PERSON")])


def _k_hdr_unit(rng: random.Random, ctx: dict, nt: str) -> None:
    ctx["plants"].add("hdr_unit", [_p(_mrn(rng), "MRN")])


def _k_hdr_dob(rng: random.Random, ctx: dict, nt: str) -> None:
    ctx["plants"].add("hdr_dob", [_p(_real_date(rng, 1926, 1994), "DATE_REAL_YEAR")])


def _k_hdr_adm(rng: random.Random, ctx: dict, nt: str) -> None:
    d = date(rng.randint(2006, 2024), rng.randint(1, 12), rng.randint(1, 28))
    style = rng.randrange(4)
    fmt = (lambda x: f"{x.month:02d}/{x.day:02d}/{x.year}", lambda x: x.isoformat(),
           lambda x: f"{x.month}/{x.day}/{x.year}", lambda x: f"{x.day:02d}-{_MONTHS[x.month - 1][:3]}-{x.year}")[style]
    ctx["plants"].add("hdr_adm", [_p(fmt(d), "DATE_REAL_YEAR")])
    if rng.random() < 0.6:
        ctx["plants"].add("hdr_dc", [_p(fmt(d + timedelta(days=rng.randint(3, 34))), "DATE_REAL_YEAR")])


def _k_hdr_attending(rng: random.Random, ctx: dict, nt: str) -> None:
    if rng.random() < 0.5:
        segs: list[_Seg] = ["Dr. ", _p(rng.choice(_LAST), "PERSON")]
    else:
        segs = [_p(f"{_first(rng)} {rng.choice(_LAST)}", "PERSON"), ", MD"]
    ctx["plants"].add("hdr_attending", segs)


def _k_age(rng: random.Random, ctx: dict, nt: str) -> None:
    a = _age90(rng)
    suffix = rng.choice(("-year-old", " year old", " y/o", " yo", "-year-old")) if a.isdigit() else \
        rng.choice(("-year-old", " year old"))
    ctx["plants"].add("age", [_p(a, "AGE_OVER_89"), suffix])
    ctx["age"] = None


def _k_referral(rng: random.Random, ctx: dict, nt: str) -> None:
    org, (town, st, _z) = rng.choice(_CANCER_CENTERS), _town(rng)
    he = ctx["He"]
    if nt == "radiology":
        exam = rng.choice(("PET-CT", "CT chest/abdomen/pelvis", "MRI", "CT"))
        if rng.random() < 0.55:
            segs = _t("Outside {exam} performed at {org} on {d} was imported and reviewed.", exam=exam,
                      org=_p(org, "ORGANIZATION"), d=_p(_real_date(rng, 2010, 2024), "DATE_REAL_YEAR"))
        else:
            segs = _t("Outside {exam} from {org}, {town}, {st}.", exam=exam, org=_p(org, "ORGANIZATION"),
                      town=_p(town, "LOCATION"), st=st)
        ctx["plants"].add("r_comparison", segs)
        return
    r = rng.randrange(4)
    if r == 0:
        segs = [f"{he} was referred by "] + _dr(rng) + _t(" at {org} in {town}, {st} after an abnormal CBC.",
                                                         org=_p(org, "ORGANIZATION"), town=_p(town, "LOCATION"), st=st)
    elif r == 1:
        segs = _t("{he} was transferred from {org} in {town} for higher level of care and transplant evaluation.",
                  he=he, org=_p(org, "ORGANIZATION"), town=_p(town, "LOCATION"))
    elif r == 2:
        segs = ["Initial core biopsy was done by "] + _dr(rng) + _t(" at {org}; slides were re-reviewed here.",
                                                                   org=_p(org, "ORGANIZATION"))
    else:
        segs = _t("{he} received the first two cycles closer to home at {org} ({town}, {st}).", he=he,
                  org=_p(org, "ORGANIZATION"), town=_p(town, "LOCATION"), st=st)
    ctx["plants"].add("hpi", segs)


def _k_hometown(rng: random.Random, ctx: dict, nt: str) -> None:
    he, his = ctx["He"], ctx["his"]
    if nt == "radiology":
        town = rng.choice(_TOWNS)[0] if rng.random() < 0.75 else rng.choice(_FOREIGN)[0]
        segs = _t("Patient traveled from {town} for this exam; prior imaging was not sent.", town=_p(town, "LOCATION"))
        ctx["plants"].add("r_history", segs)
        return
    r = rng.randrange(5)
    if r <= 1:
        town, st, _z = _town(rng)
        segs = _t("Lives in {town}, {st} with {his} {rel}, about {h} hours from the cancer center.", town=_p(
            town, "LOCATION"), st=st, his=his, rel=rng.choice(_RELATIONS[:8]), h=str(rng.randint(2, 6)))
        if rng.random() < 0.6:
            segs += _t(" During treatment weeks {he_l} stays at {lodge}.", he_l=he.lower(),
                       lodge=_p(rng.choice(_LODGING), "ORGANIZATION"))
    elif r == 2:
        county, st = rng.choice(_COUNTIES)
        segs = _t("Lives on a dairy farm in {county}, {st}; well water.", county=_p(county, "LOCATION"), st=st)
    elif r == 3:
        city, country = rng.choice(_FOREIGN)
        segs = _t("Originally from {city}, {country}; moved to the US ___ years ago.", city=_p(city, "LOCATION"),
                  country=country)
    else:
        town, st, _z = _town(rng)
        segs = _t("Commutes from {town} for daily radiation; lodging at {lodge} arranged by social work.",
                  town=_p(town, "LOCATION"), lodge=_p(rng.choice(_LODGING), "ORGANIZATION"))
    ctx["plants"].add("social", segs)


def _k_contact(rng: random.Random, ctx: dict, nt: str) -> None:
    rel = rng.choice(_RELATIONS)
    sex = _rel_sex(rel, rng)
    first, last = _first(rng, sex), rng.choice(_LAST) if rng.random() < 0.6 else ctx["last"]
    name = rng.choice((f"{first} {last}", f"{first} {last}", first, f"{first[0]}. {last}"))
    ph = _phone(rng) if rng.random() < 0.85 else _intl_phone(rng)
    tpl = rng.choice(("Health care proxy: {rel} {name}, cell {ph}", "Emergency contact: {name} ({rel}) - {ph}",
                      "HCP is {name} ({rel}); reachable at {ph}", "Primary caregiver: {rel} {name}, tel. {ph}"))
    segs = _t(tpl, rel=rel, name=_p(name, "PERSON"), ph=_p(ph, "PHONE"))
    if rng.random() < 0.35:
        segs += _t("; email {e}", e=_p(_email(rng, first, last), "EMAIL"))
    ctx["plants"].add("contacts", segs)


def _k_address(rng: random.Random, ctx: dict, nt: str) -> None:
    town, st, zp = _town(rng)
    vals: dict[str, _Seg] = {"street": _p(_street(rng), "STREET_ADDRESS"), "town": _p(town, "LOCATION"),
                             "st": st, "zip": _p(_zip(rng, zp), "ZIP")}
    if nt == "radiology":
        tpl = "Per patient request, a copy of this report will be mailed to {street}, {town}, {st} {zip}."
        ctx["plants"].add("r_addendum", _t(tpl, **vals))
        return
    tpl = rng.choice(("Home address: {street}, {town}, {st} {zip}", "Address (verified at discharge): {street}, "
                      "{town} {st} {zip}", "Home: {street}\n{town}, {st} {zip}", "Mailing address for VNA: "
                      "{street}, {town}, {st} {zip}"))
    if rng.random() < 0.3:
        tpl += "; home phone {ph}"
        vals["ph"] = _p(_phone(rng), "PHONE")
    ctx["plants"].add("contacts", _t(tpl, **vals))


def _k_zip(rng: random.Random, ctx: dict, nt: str) -> None:
    z = _zip(rng, rng.choice(_TOWNS)[2])
    tpl = rng.choice(("Home ZIP code {z} is outside the ride program's service area; SW arranged gas cards.",
                      "VNA agency confirmed coverage for ZIP {z}.",
                      "Lives alone (ZIP {z}); no pharmacy delivery available there."))
    ctx["plants"].add("social" if rng.random() < 0.5 else "admin", _t(tpl, z=_p(z, "ZIP")))


def _k_email(rng: random.Random, ctx: dict, nt: str) -> None:
    if rng.random() < 0.7:
        e = _email(rng, ctx["first"], ctx["last"])
    else:
        e = _email(rng, _first(rng), ctx["last"])
    if nt == "radiology":
        ctx["plants"].add("r_addendum", _t("Patient requested the report and images be sent to {e}; release on file.",
                                           e=_p(e, "EMAIL")))
        return
    tpl = rng.choice(("Prefers communication by email: {e}", "Email on file: {e}",
                      "Family asked that the discharge paperwork also be sent to {e}"))
    ctx["plants"].add("contacts", _t(tpl, e=_p(e, "EMAIL")))


def _k_url(rng: random.Random, ctx: dict, nt: str) -> None:
    if nt == "radiology":
        la = _ascii(ctx["last"]).lower()
        tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(15))
        u = rng.choice((f"https://www.dropbox.com/s/{tok}/{la}_outside_PETCT.zip",
                        f"https://drive.google.com/drive/folders/{tok}{la}",
                        f"https://wetransfer.com/downloads/{tok}{la}"))
        ctx["plants"].add("r_history", _t("Outside images were provided by the patient through a personal "
                                          "file-sharing link ({u}).", u=_p(u, "URL")))
        return
    u = _url(rng, ctx["first"], ctx["last"])
    tpl = rng.choice(("{His} {rel} posts updates for friends at {u}.",
                      "Family set up a fundraising page ({u}) to cover lodging and travel.",
                      "Patient keeps a treatment diary online ({u}) and asked that photos not be taken."))
    segs = _t(tpl, His=ctx["His"], rel=rng.choice(_RELATIONS[:10]), u=_p(u, "URL"))
    if rng.random() < 0.3:
        segs += _t(" Questions from well-wishers go to {e}.", e=_p(_email(rng, _first(rng), ctx["last"]), "EMAIL"))
    ctx["plants"].add("social", segs)


def _k_ip(rng: random.Random, ctx: dict, nt: str) -> None:
    ip = _ip(rng)
    if nt == "radiology":
        ctx["plants"].add("r_history", _t("Outside images were uploaded by the patient through the image-exchange "
                                          "portal (upload from IP {ip}).", ip=_p(ip, "IP_ADDRESS")))
        return
    tpl = rng.choice(("Post-discharge video visit test connection succeeded from {his} home (IP {ip}).",
                      "Remote monitoring tablet registered; home IP address {ip}.",
                      "Portal access log shows login from IP {ip} during admission (patient confirmed)."))
    ctx["plants"].add("contacts", _t(tpl, his=ctx["his"], ip=_p(ip, "IP_ADDRESS")))


def _k_ssn(rng: random.Random, ctx: dict, nt: str) -> None:
    if nt == "radiology":
        ctx["plants"].add("r_addendum", _t("Outside CD was labelled with the patient's name and SSN {s}; identity "
                                           "matched before import.", s=_p(_ssn(rng), "SSN")))
        return
    tpl = rng.choice(("SSDI application started with SW; SSN {s} verified with patient.",
                      "SSN: {s}", "Social Security number {s} provided for the lodging assistance grant."))
    ctx["plants"].add("admin", _t(tpl, s=_p(_ssn(rng), "SSN")))


def _k_mrn(rng: random.Random, ctx: dict, nt: str) -> None:
    m = _mrn(rng)
    if nt == "radiology":
        tpl = rng.choice(("Outside study imported under local MRN {m}.", "Prior exams listed under MRN {m} (merged)."))
        ctx["plants"].add("r_addendum", _t(tpl, m=_p(m, "MRN")))
        return
    if rng.random() < 0.5:
        segs = _t("Outside records ({org} MRN {m}) reviewed.", org=_p(rng.choice(_CANCER_CENTERS), "ORGANIZATION"),
                  m=_p(m, "MRN"))
    else:
        segs = _t(rng.choice(("Medical record number {m} (duplicate chart merged).", "Unit number {m}.",
                              "Patient ID band reprinted (MRN {m}).")), m=_p(m, "MRN"))
    ctx["plants"].add("admin", segs)


def _k_account(rng: random.Random, ctx: dict, nt: str) -> None:
    a = _account(rng)
    if nt == "radiology":
        ctx["plants"].add("r_addendum", _t(rng.choice(("Billing account #{a}.", "Encounter number {a}.")),
                                           a=_p(a, "ACCOUNT")))
        return
    tpl = rng.choice(("Hospital account number {a} referred to financial counseling.", "FIN {a}",
                      "Encounter/account no. {a} (charity care application pending)."))
    ctx["plants"].add("admin", _t(tpl, a=_p(a, "ACCOUNT")))


def _k_health_plan(rng: random.Random, ctx: dict, nt: str) -> None:
    ins, cue, val = _health_plan(rng)
    drug = rng.choice(("pegfilgrastim", "letermovir", "posaconazole", "PET-CT", "olaparib", "ruxolitinib",
                       "valganciclovir", "home infusion"))
    if rng.random() < 0.5:
        tpl = "Prior authorization for {drug} approved by {ins} ({cue} {v}, group {g})."
        segs = _t(tpl, drug=drug, ins=ins, cue=cue, v=_p(val, "HEALTH_PLAN"), g=_group_no(rng))
    else:
        segs = _t("Insurance: {ins}; {cue}: {v}.", ins=ins, cue=cue, v=_p(val, "HEALTH_PLAN"))
        if rng.random() < 0.35:
            ins2, cue2, val2 = _health_plan(rng)
            segs += _t(" Secondary: {ins}, {cue} {v}.", ins=ins2, cue=cue2, v=_p(val2, "HEALTH_PLAN"))
    ctx["plants"].add("r_addendum" if nt == "radiology" else "admin", segs)


def _k_license(rng: random.Random, ctx: dict, nt: str) -> None:
    if nt == "radiology":
        if rng.random() < 0.5:
            segs = ["Ordering provider: "] + _dr(rng) + _t(" (NPI {d})", d=_p(_npi(rng), "LICENSE"))
        else:
            segs = _t("Referring: {n}, NP; NPI {d}", n=_p(_person(rng), "PERSON"), d=_p(_npi(rng), "LICENSE"))
        ctx["plants"].add("r_header", segs)
        return
    r = rng.randrange(3)
    if r == 0:
        last = rng.choice(_LAST)
        segs = _t("Prescriptions signed by Dr. {n} (DEA {d}).", n=_p(last, "PERSON"), d=_p(_dea(rng, last), "LICENSE"))
        ctx["plants"].add("meds", segs)
    elif r == 1:
        name = f"{_first(rng)} {rng.choice(_LAST)}"
        segs = _t("Discharging prescriber: {n}, NP (NPI {d}).", n=_p(name, "PERSON"), d=_p(_npi(rng), "LICENSE"))
        ctx["plants"].add("meds", segs)
    else:
        st, dl = _drivers_license(rng)
        segs = _t("Driver's license ({st}) {d} copied for hospitality-house registration.", st=st,
                  d=_p(dl, "LICENSE"))
        ctx["plants"].add("admin", segs)


def _k_registration(rng: random.Random, ctx: dict, nt: str) -> None:
    m, a = _p(_mrn(rng), "MRN"), _p(_account(rng), "ACCOUNT")
    if nt == "radiology":
        segs = _t(rng.choice(("Study billed under account {a} (MRN {m}).", "Registration corrected: MRN {m}, "
                              "encounter {a}.")), m=m, a=a)
        ctx["plants"].add("r_addendum", segs)
        return
    if rng.random() < 0.4:
        ins, cue, val = _health_plan(rng)
        segs = _t("Face sheet: MRN {m}; FIN {a}; {ins} {cue} {v}.", m=m, a=a, ins=ins, cue=cue,
                  v=_p(val, "HEALTH_PLAN"))
    else:
        segs = _t(rng.choice(("Registration: MRN {m} / account {a}.", "Duplicate registration merged (MRN {m}, "
                              "encounter {a}).")), m=m, a=a)
    if rng.random() < 0.35:
        segs += _t(" SSN on file: {s}.", s=_p(_ssn(rng), "SSN"))
    ctx["plants"].add("admin", segs)


def _k_device(rng: random.Random, ctx: dict, nt: str) -> None:
    sn = _device_serial(rng)
    if nt == "radiology":
        if ctx["exam"] in (_rad_ct, _rad_fungal, _rad_myeloma):
            segs = _t("Power-injectable port confirmed from the patient's implant card ({model}, SN {sn}) before "
                      "power injection.", model=rng.choice(_PORTS[:3]), sn=_p(sn, "DEVICE_ID"))
        else:
            segs = _t("Implanted device documented from the patient's card before the exam ({model}, serial {sn}).",
                      model=rng.choice(_PORTS[:4]), sn=_p(sn, "DEVICE_ID"))
        ctx["plants"].add("r_technique", segs)
        return
    if rng.random() < 0.7:
        tpl = rng.choice(("{model}, serial no. {sn}, placed by IR ___.",
                          "{model} (serial {sn}) - accessed with 20G Huber."))
        model = rng.choice(_PORTS[:3])
    else:
        tpl = "Device on patient: {model}, S/N {sn}; manufacturer card scanned to chart."
        model = rng.choice((_PORTS[3], _PORTS[7]))
    ctx["plants"].add("devices", _t(tpl, model=model, sn=_p(sn, "DEVICE_ID")))
    if rng.random() < 0.3:
        other = rng.choice(("Medtronic Azure XT DR pacemaker (model W1DR01)", "Boston Scientific ICD (model D433)",
                            "Abbott FreeStyle Libre 2 sensor", "Tandem t:slim X2 insulin pump"))
        ctx["plants"].add("devices", _t("{model}, serial {sn}; interrogated by EP ___.", model=other,
                                        sn=_p(_device_serial(rng), "DEVICE_ID")))


def _k_vehicle(rng: random.Random, ctx: dict, nt: str) -> None:
    car = rng.choice(("pickup truck", "minivan", "Subaru", "sedan", "RAV4", "F-150"))
    r = rng.random()
    if r < 0.3:
        st, dl = _drivers_license(rng)
        segs = _t("Lodging registration at {lodge}: driver's license ({st}) {dl}; car plate {pl}.",
                  lodge=_p(rng.choice(_LODGING), "ORGANIZATION"), st=st, dl=_p(dl, "LICENSE"),
                  pl=_p(_plate(rng), "VEHICLE_ID"))
    elif r < 0.75:
        segs = _t("Parking validation issued for {his} {car}, plate {pl}, for the daily infusion schedule.",
                  his=ctx["his"], car=car, pl=_p(_plate(rng), "VEHICLE_ID"))
    else:
        segs = _t("SW completed the disability placard form (vehicle VIN {v}).", v=_p(_vin(rng), "VEHICLE_ID"))
    ctx["plants"].add("admin" if rng.random() < 0.5 else "social", segs)


def _k_phone(rng: random.Random, ctx: dict, nt: str) -> None:
    ph = _phone(rng)
    if nt == "radiology":
        segs = _t("The findings were discussed with Dr. ___ at {ph} by Dr. ___ on ___ at 4:12 PM, 6 minutes "
                  "after discovery.", ph=_p(ph, "PHONE"))
        ctx["plants"].add("r_notify", segs)
        return
    tpl = rng.choice(("Patient's cell: {ph}", "Best number to reach patient after discharge: {ph}",
                      "Home phone {ph} (landline; no voicemail)"))
    ctx["plants"].add("contacts" if rng.random() < 0.6 else "followup", _t(tpl, ph=_p(ph, "PHONE")))


def _k_fax(rng: random.Random, ctx: dict, nt: str) -> None:
    fx = _phone(rng)
    if nt == "radiology":
        segs = ["Report faxed to the referring oncologist, "] + _dr(rng) + _t(", at {f}.", f=_p(fx, "FAX"))
        ctx["plants"].add("r_addendum", segs)
        return
    if rng.random() < 0.5:
        segs = ["Discharge summary faxed to "] + _dr(rng) + _t(" at {org} (fax {f}).",
                                                               org=_p(rng.choice(_CANCER_CENTERS), "ORGANIZATION"),
                                                               f=_p(fx, "FAX"))
    else:
        segs = _t(rng.choice(("VNA referral faxed to {f}.", "Home infusion orders sent by fax to {f}.")),
                  f=_p(fx, "FAX"))
    ctx["plants"].add("followup", segs)


def _k_pager(rng: random.Random, ctx: dict, nt: str) -> None:
    pg = _pager(rng)
    if nt == "radiology":
        segs = _dr(rng) + _t(" was paged at {pg} and the findings were discussed at 3:42 PM.", pg=_p(pg, "PAGER"))
        if rng.random() < 0.4:
            segs = _dr(rng) + _t(" (pager #{pg}) acknowledged the findings at 3:42 PM.", pg=_p(pg, "PAGER"))
        ctx["plants"].add("r_notify", segs)
        return
    role = {"bmt": "BMT fellow", "sot": "transplant surgery resident", "genetics": "surgical oncology resident"}.get(
        ctx["sub"], rng.choice(("oncology fellow", "covering hospitalist")))
    cue = rng.choice(("pager", "pager #", "pgr", "beeper", "p"))
    if cue.endswith("#") and not pg[0].isdigit():
        cue = "pager"
    segs = [f"Discussed with the {role}, "] + _dr(rng) + _t(" ({cue}{sep}{pg}).", cue=cue,
                                                            sep="" if cue.endswith("#") else " ", pg=_p(pg, "PAGER"))
    ctx["plants"].add("course" if rng.random() < 0.6 else "signature", segs)


def _k_donor(rng: random.Random, ctx: dict, nt: str) -> None:
    rel = ctx["donor_rel"]
    sex = _rel_sex(rel, rng)
    name = f"{_first(rng, sex)} {rng.choice(_LAST)}" if rng.random() < 0.6 else _first(rng, sex)
    where = "underwent G-CSF mobilization and apheresis collection" if ctx["sub"] == "bmt" else \
        "was evaluated at our living donor clinic"
    segs = _t("Donor is {his} {rel}, {n}, who {where}.", his=ctx["his"], rel=rel, n=_p(name, "PERSON"), where=where)
    if rng.random() < 0.45:
        segs += _t(" Donor coordinator: {c}, RN.", c=_p(_person(rng), "PERSON"))
    ctx["plants"].add("special", segs)


def _k_pedigree(rng: random.Random, ctx: dict, nt: str) -> None:
    rel = rng.choice(("maternal aunt", "paternal uncle", "sister", "brother", "mother", "father", "maternal cousin",
                      "paternal grandmother"))
    sex = "M" if rel in ("paternal uncle", "brother", "father") else "F"
    name = f"{_first(rng, sex)} {rng.choice(_LAST)}" if rng.random() < 0.55 else _first(rng, sex)
    cancer = rng.choice(("breast ca dx 44", "ovarian ca dx 52", "pancreatic ca dx 61", "colon ca dx 39",
                         "prostate ca dx 58", "melanoma dx 47", "AML dx 66"))
    if ctx["sub"] == "genetics":
        gen = rng.choice(("II-2", "II-5", "II-6", "III-4"))
        segs = _t("  {gen}{rel} ({n}): {c}", gen=f"{gen:<6}", rel=rel, n=_p(name, "PERSON"), c=cancer)
    else:
        segs = _t("{Rel} {n} with {c}.", Rel=rel.capitalize(), n=_p(name, "PERSON"), c=cancer)
    ctx["plants"].add("family", segs)


def _k_rel_age(rng: random.Random, ctx: dict, nt: str) -> None:
    a = _age90(rng)
    rel = rng.choice(("Maternal grandmother", "Paternal grandfather", "Mother", "Father", "Maternal great-aunt"))
    tpl = rng.choice(("{rel}: alive at {a}, no cancer history.", "{rel} died at {a} (unknown primary, no testing).",
                      "{rel}, now {a}, had colon cancer at 78."))
    if ctx["sub"] == "genetics":
        tpl = "  I-4   " + tpl
    ctx["plants"].add("family", _t(tpl, rel=rel, a=_p(a, "AGE_OVER_89")))


def _k_employer(rng: random.Random, ctx: dict, nt: str) -> None:
    if rng.random() < 0.7:
        job = rng.choice(("machinist", "dispatcher", "line cook", "bookkeeper", "welder", "forklift operator",
                          "loan officer", "deckhand"))
        segs = _t("Works as a {job} at {org}; on FMLA since diagnosis.", job=job,
                  org=_p(rng.choice(_EMPLOYERS), "ORGANIZATION"))
    else:
        segs = _t("{His} {rel} teaches at {org} and is the main caregiver.", His=ctx["His"],
                  rel=rng.choice(("wife", "husband", "partner")), org=_p(rng.choice(_SCHOOLS), "ORGANIZATION"))
    ctx["plants"].add("social", segs)


def _k_church(rng: random.Random, ctx: dict, nt: str) -> None:
    segs = _t("Strong support from {org}; members drive {him} to appointments.",
              org=_p(rng.choice(_CHURCHES), "ORGANIZATION"), him=ctx["him"])
    ctx["plants"].add("social", segs)


def _k_interpreter(rng: random.Random, ctx: dict, nt: str) -> None:
    lang = rng.choice(_LANGUAGES)
    name = _person(rng)
    if nt == "radiology":
        ctx["plants"].add("r_technique", _t("MRI safety screening completed with {lang} interpreter {n}.", lang=lang,
                                            n=_p(name, "PERSON")))
        return
    tpl = rng.choice(("History obtained with the assistance of {lang} interpreter {n}.",
                      "Consent discussion held with {lang} interpreter {n} present."))
    ctx["plants"].add("hpi" if rng.random() < 0.5 else "course", _t(tpl, lang=lang, n=_p(name, "PERSON")))


def _k_real_date(rng: random.Random, ctx: dict, nt: str) -> None:
    d = _real_date(rng, 2004, 2024, month_year_ok=True)
    if nt == "radiology":
        exam = rng.choice(("PET-CT", "CT torso", "MRI abdomen", "bone scan"))
        ctx["plants"].add("r_comparison", _t("{exam} dated {d}.", exam=exam, d=_p(d, "DATE_REAL_YEAR")))
        return
    tpl = rng.choice(("{He} was first diagnosed on {d} after an incidental finding.",
                      "Prior autologous transplant on {d} (in remission until this relapse)."
                      if ctx["onc"]["group"] == "heme" else "Prior resection on {d} (in remission until this relapse).",
                      "Last dose of radiation was on {d}.",
                      "Original biopsy date: {d}."))
    ctx["plants"].add("hpi", _t(tpl, He=ctx["He"], d=_p(d, "DATE_REAL_YEAR")))


def _k_signature(rng: random.Random, ctx: dict, nt: str) -> None:
    name = f"{_first(rng)} {rng.choice(_LAST)}" if rng.random() < 0.7 else f"{_first(rng)[0]}. {rng.choice(_LAST)}"
    if nt == "radiology":
        ctx["plants"].add("r_signature", _t("Electronically signed by: {n}, MD", n=_p(name, "PERSON")))
        return
    cred = rng.choice(("MD", "NP", "PA-C", "MD, PhD"))
    ctx["plants"].add("signature", _t(rng.choice(("Dictated by: {n}, {c}", "{n}, {c} (BMT service)")),
                                      n=_p(name, "PERSON"), c=cred))


def _k_shelter(rng: random.Random, ctx: dict, nt: str) -> None:
    pre, place = rng.choice(_CORNERS)
    segs = _t("Currently unhoused; sleeps at {org} and spends days near {pre}{place}.",
              org=_p(rng.choice(_SHELTERS), "ORGANIZATION"), pre=pre, place=_p(place, "LOCATION"))
    ctx["plants"].add("social", segs)


def _k_clinician(rng: random.Random, ctx: dict, nt: str) -> None:
    if ctx["sub"] == "tumor_board":
        segs = _t("Presented by {n} (surgical oncology); pathology reviewed by {m}.", n=_p(_person(rng), "PERSON"),
                  m=_p(_person(rng), "PERSON"))
        ctx["plants"].add("special", segs)
        return
    if ctx["sub"] == "trial" and rng.random() < 0.6:
        ctx["plants"].add("special", _t("Consent obtained by research nurse {n}; witnessed.", n=_p(_person(rng),
                                                                                                   "PERSON")))
        return
    tpl = rng.choice(("Palliative care (Dr. {last}) met with the family to discuss goals.",
                      "Chemotherapy teaching done by {n}, PharmD.",
                      "Seen by nutrition ({n}, RD) for weight loss of 9% in 3 months."))
    ctx["plants"].add("course", _t(tpl, last=_p(rng.choice(_LAST), "PERSON"), n=_p(_person(rng), "PERSON")))


def _k_rehab(rng: random.Random, ctx: dict, nt: str) -> None:
    ctx["plants"].add("dispo", [_p(rng.choice(_REHABS), "ORGANIZATION")])


def _k_pharmacy(rng: random.Random, ctx: dict, nt: str) -> None:
    town = _town(rng)[0]
    segs = _t("Prescriptions sent to {ph} in {town}; specialty items via mail order.",
              ph=_p(rng.choice(_PHARMACIES), "ORGANIZATION"), town=_p(town, "LOCATION"))
    ctx["plants"].add("meds", segs)


# (kind, weight in discharge summaries, weight in radiology reports, requirement on context)
_KINDS: tuple = (
    (_k_hdr_name, 1.0, 0, None), (_k_hdr_unit, 1.6, 0, None), (_k_hdr_dob, 2.6, 0, None),
    (_k_hdr_adm, 1.2, 0, None), (_k_hdr_attending, 0.6, 0, None), (_k_age, 2.6, 3.8, None),
    (_k_referral, 1.4, 3.0, None), (_k_hometown, 1.6, 1.4, None), (_k_contact, 2.2, 0, None),
    (_k_address, 3.3, 3.9, None), (_k_zip, 1.4, 0, None), (_k_email, 2.0, 3.0, None), (_k_url, 5.6, 2.0, None),
    (_k_ip, 3.0, 4.0, None), (_k_ssn, 3.6, 2.6, None), (_k_mrn, 1.0, 1.6, None), (_k_account, 1.4, 2.0, None),
    (_k_registration, 1.8, 1.6, None), (_k_health_plan, 2.6, 3.0, None), (_k_license, 3.0, 2.8, None),
    (_k_device, 2.6, 3.8, None), (_k_vehicle, 7.4, 0, None), (_k_phone, 1.6, 2.6, None), (_k_fax, 2.6, 3.8, None),
    (_k_pager, 2.8, 4.0, None), (_k_donor, 12.0, 0, "donor"), (_k_pedigree, 0.9, 0, None), (_k_rel_age, 1.0, 0, None),
    (_k_employer, 0.7, 0, None), (_k_church, 0.5, 0, None), (_k_interpreter, 0.6, 0.6, None),
    (_k_real_date, 2.0, 3.0, None), (_k_signature, 0.5, 0.8, None), (_k_shelter, 0.4, 0, None),
    (_k_clinician, 0.8, 0, None), (_k_rehab, 0.6, 0, None), (_k_pharmacy, 0.8, 0, None),
)


# --------------------------------------------------------------------------------------------------
# Discharge-summary subtypes: each returns the clinical content (plain text, no identifiers)
# --------------------------------------------------------------------------------------------------

_SYMPTOMS = {
    "dlbcl": ("drenching night sweats and an 8 kg weight loss", "a neck mass noticed while shaving"),
    "chl": ("pruritus and night sweats", "a neck mass noticed while shaving"),
    "aml": ("fatigue and gum bleeding", "easy bruising and petechiae"), "ball": ("bone pain and fevers",),
    "mm": ("progressive low back pain", "anemia found on routine labs"), "panc": ("painless jaundice and pruritus",),
    "rectal": ("rectal bleeding",), "nsclc": ("cough with blood-streaked sputum", "right shoulder pain"),
    "breast": ("a palpable breast mass",), "ovary": ("abdominal bloating and early satiety",),
    "gbm": ("a new generalized seizure", "word-finding difficulty"), "hcc": ("an LR-5 lesion on surveillance US",),
    "gastric": ("early satiety and melena",), "cll": ("lymphocytosis on routine labs",),
    "ewing": ("left hip pain and a palpable mass",),
}


def _onc_history(rng: random.Random, ctx: dict, reg: str, stage: str) -> list[str]:
    onc = ctx["onc"]
    t = -rng.randint(150, 420)
    site = rng.choice(onc["sites"])
    found = "peripheral smear showed circulating blasts" if "marrow" in site else f"imaging showed {site}"
    lines = ["Oncologic History:",
             f"- {_sd(ctx, t)}: presented with {rng.choice(_SYMPTOMS[onc['key']])}; {found}.",
             f"- {_sd(ctx, t + rng.randint(5, 14))}: biopsy: {onc['dx']}; {rng.choice(onc['path'])}.",
             f"- {_sd(ctx, t + rng.randint(15, 24))}: staging {stage}.",
             f"- {_sd(ctx, t + rng.randint(25, 35))}: C1D1 {reg}."]
    if rng.random() < 0.6:
        lines.append(f"- {_sd(ctx, t + rng.randint(60, 90))}: interim imaging: "
                     + _c(rng, "partial response", "Deauville 3 (complete metabolic response)", "stable disease",
                          "mixed response") + ".")
    if rng.random() < 0.4:
        lines.append(f"- {_sd(ctx, t + rng.randint(95, 140))}: dose reduction 20% for grade 3 "
                     f"{rng.choice(('neutropenia', 'diarrhea', 'neuropathy', 'mucositis'))}.")
    return lines


def _course_common(rng: random.Random, ctx: dict) -> list[str]:
    he, his = ctx["he"], ctx["his"]
    pool = [
        f"# Pancytopenia: transfused {rng.randint(1, 4)} units irradiated, leukoreduced PRBC for Hgb <7 and "
        f"platelets for Plt <10K (one 1-hour CCI of {rng.randint(3, 14)},000, not refractory).",
        f"# ID prophylaxis: acyclovir 400 mg BID, levofloxacin while ANC <500, posaconazole DR (level "
        f"{round(rng.uniform(0.8, 2.1), 1)} mcg/mL). Influenza vaccine given (lot {_lot(rng)}).",
        f"# Nutrition: poor intake with grade {rng.randint(1, 3)} mucositis; dietitian followed; "
        f"weight {round(rng.uniform(48, 95), 1)} kg at discharge.",
        f"# Pain: oxycodone 5 mg q4h PRN; bowel regimen; {he} declined PCA.",
        f"# VTE: {rng.choice(('enoxaparin held for Plt <50K', 'apixaban continued', 'SCDs only (thrombocytopenia)'))}.",
        f"# Hyperglycemia on dexamethasone: insulin sliding scale; A1c {round(rng.uniform(5.2, 8.1), 1)}%.",
        f"# Code status: {rng.choice(('Full code (confirmed)', 'DNR/DNI, MOLST completed', 'Full code'))}. "
        f"{his.capitalize()} HCP is ___ (___).",
        f"# Fall risk: PT/OT evaluated; Glasgow Coma Scale 15 after a witnessed slip on hospital day "
        f"{rng.randint(2, 6)}; CT head negative.",
        f"# Access: {rng.choice(_PORTS[:3])}, right chest, accessed with a 20G 3/4 inch Huber needle; "
        f"no tPA needed.",
    ]
    rng.shuffle(pool)
    return pool[:rng.randint(2, 4)]


def _imaging_line(rng: random.Random, ctx: dict) -> str:
    key = ctx["onc"]["key"]
    when = _sd(ctx, -rng.randint(10, 40))
    if key == "gbm":
        return f"IMAGING: MRI brain {when}: " + _c(rng, "stable (RANO).", "increased FLAIR, favor treatment effect.")
    if key in ("aml", "ball"):
        return f"IMAGING: CXR {when}: no acute cardiopulmonary process."
    if key in ("dlbcl", "chl"):
        return f"IMAGING: PET-CT {when}: Deauville {rng.randint(2, 4)}."
    return (f"IMAGING: CT C/A/P {when}: "
            f"{rng.choice(('partial response by RECIST 1.1', 'stable disease', 'new small-volume ascites'))}.")


def _sub_chemo(rng: random.Random, ctx: dict) -> dict:
    onc, He, his = ctx["onc"], ctx["He"], ctx["his"]
    reg, cyc, stage = rng.choice(onc["reg"]), rng.randint(2, 6), rng.choice(onc["stage"])
    scen = rng.randrange(4)
    d: dict = {"service": "HEMATOLOGY/ONCOLOGY" if onc["group"] == "heme" else "MEDICINE (SOLID TUMOR ONCOLOGY)",
               "onc_hx": _onc_history(rng, ctx, reg, stage), "special": None, "brief": onc["dx"],
               "why": ("for your scheduled cycle of chemotherapy", "with fever while your blood counts were low",
                       "with tumor lysis (abnormal blood chemistries) after starting treatment",
                       "with mouth sores and diarrhea from chemotherapy")[scen]}
    if scen == 0:
        d["cc"] = f"Scheduled admission for C{cyc}D1 {reg}"
        d["proc"] = rng.choice(("None", "Lumbar puncture with intrathecal methotrexate 12 mg", "Bone marrow biopsy"))
        d["tail"] = f"{onc['dx']} ({stage}) on {reg}, admitted electively for cycle {cyc} of inpatient chemotherapy."
        d["hpi"] = [f"{He} tolerated cycle {cyc - 1} with grade 2 nausea and one day of neutropenia "
                    f"(ANC nadir {rng.randint(200, 900)}).",
                    f"ECOG {rng.randint(0, 2)}; Karnofsky {rng.choice((70, 80, 90))}%.",
                    f"Pre-chemo echo LVEF {rng.randint(55, 66)}%"
                    + (f" (cumulative doxorubicin {rng.choice((150, 200, 250, 300))} mg/m2)." if any(
                        x in reg for x in ("CHOP", "AC-T", "AVD", "EPOCH", "ABVD", "VDC")) else ".")]
        d["course"] = [f"# {_cap(onc['short'])}: received C{cyc}D1-D{rng.choice((3, 4, 5))} {reg} without infusion "
                       "reaction" + ("; rituximab-abbs (Truxima) rate escalated per protocol" if "R-" in reg else "")
                       + ". Aprepitant/ondansetron/dexamethasone antiemetic prophylaxis. Pegfilgrastim on-body "
                       f"injector applied on day {rng.randint(2, 5)}."]
    elif scen == 1:
        t = round(rng.uniform(100.6, 103.1), 1)
        d["cc"] = "Fever, neutropenia"
        d["proc"] = "None"
        d["tail"] = f"{onc['dx']} ({stage}), day {rng.randint(8, 14)} of cycle {cyc} {reg}, presenting with " \
                    f"neutropenic fever."
        d["hpi"] = [f"{He} developed rigors and a temperature of {t}F at home and called the oncology triage line.",
                    f"In the ED: {_vitals(rng)}. ANC {rng.randint(0, 400)}.",
                    "Blood cultures x2 (port and peripheral) were drawn and cefepime 2 g IV was started within 45 "
                    f"minutes. MASCC score {rng.randint(14, 22)}. CXR without consolidation; UA bland."]
        grew = _c(rng, "no organisms", "E. coli (ESBL negative)", "Streptococcus mitis",
                  "coagulase-negative staphylococci in 1 of 2 bottles (contaminant)")
        d["course"] = [f"# Neutropenic fever: cultures grew {grew}. "
                       f"Cefepime continued until ANC >500 x2 days; afebrile x{rng.randint(48, 96)} h at discharge.",
                       f"# {_cap(onc['short'])}: next cycle to be dose-reduced per primary oncologist; "
                       "pegfilgrastim added."]
    elif scen == 2:
        d["cc"] = "Abnormal labs (hyperkalemia, hyperuricemia)"
        d["proc"] = "Temporary HD catheter placement (right IJ), removed before discharge" \
            if rng.random() < 0.3 else "None"
        d["tail"] = f"{onc['dx']} ({stage}) who started {reg} {rng.randint(1, 3)} days ago and presents with " \
                    f"laboratory tumor lysis syndrome (Cairo-Bishop)."
        d["hpi"] = [f"Uric acid {round(rng.uniform(9.5, 14.8), 1)}, K {round(rng.uniform(5.6, 6.8), 1)}, phos "
                    f"{round(rng.uniform(5.2, 8.9), 1)}, Cr {round(rng.uniform(1.6, 3.4), 1)} from baseline 0.9.",
                    "ECG with peaked T waves; no arrhythmia."]
        d["course"] = ["# TLS: rasburicase 6 mg x1 (G6PD normal), IVF at 150 mL/h, sevelamer, labs q6h; "
                       "creatinine back to 1.1 by discharge. Allopurinol continued.",
                       f"# {_cap(onc['short'])}: {reg} resumed once electrolytes stable; ramp-up schedule "
                       "followed."]
    else:
        d["cc"] = "Mouth pain, poor PO intake, diarrhea"
        d["proc"] = "None"
        d["tail"] = f"{onc['dx']} ({stage}), C{cyc} {reg}, admitted with grade 3 mucositis and diarrhea."
        d["hpi"] = [f"{He} reports {rng.randint(6, 11)} watery stools per day and inability to swallow pills.",
                    "C. difficile PCR sent on arrival; GI PCR panel sent.",
                    f"{_EPONYM_SIGNS[rng.randrange(len(_EPONYM_SIGNS))]}"]
        d["course"] = [f"# Mucositis/diarrhea: C. difficile {rng.choice(('negative', 'positive (toxin negative)'))}; "
                       f"treated with IV fluids, magic mouthwash, loperamide; {his} intake improved by day "
                       f"{rng.randint(3, 6)}."]
    d["course"] += _course_common(rng, ctx)
    d["labs_low"] = scen in (1, 3)
    d["extra_results"] = [f"PATHOLOGY/MOLECULAR: {rng.choice(onc['path'])}.",
                          _imaging_line(rng, ctx)]
    d["meds_dc"] = rng.sample(_MEDS_CHEMO, rng.randint(5, 8))
    d["dx"] = [("Admission for scheduled chemotherapy", "Neutropenic fever", "Tumor lysis syndrome",
               "Chemotherapy-induced mucositis and diarrhea")[scen], onc["dx"]]
    return d


_MEDS_CHEMO = (
    "Ondansetron 8 mg PO Q8H:PRN nausea", "Prochlorperazine 10 mg PO Q6H:PRN nausea", "Acyclovir 400 mg PO Q12H",
    "Levofloxacin 500 mg PO DAILY while ANC <500", "Allopurinol 300 mg PO DAILY", "Posaconazole DR 300 mg PO DAILY",
    "Senna 8.6 mg PO BID:PRN constipation", "Docusate sodium 100 mg PO BID", "Lorazepam 0.5 mg PO Q6H:PRN nausea",
    "OxyCODONE (Immediate Release) 5 mg PO Q4H:PRN pain", "Pantoprazole 40 mg PO Q24H",
    "Magic mouthwash (lidocaine/diphenhydramine/Maalox) 10 mL swish and spit QID:PRN",
    "Filgrastim-sndz (Zarxio) 480 mcg SC DAILY until ANC recovery", "Apixaban 5 mg PO BID",
    "Venetoclax (Venclexta) 400 mg PO DAILY", "Dexamethasone 4 mg PO BID x2 days after chemotherapy",
    "Loperamide 2 mg PO QID:PRN diarrhea", "Olanzapine 5 mg PO QHS x4 days",
)
_MEDS_BMT = (
    "Tacrolimus 1 mg PO Q12H (goal trough 8-12)", "Letermovir (Prevymis) 480 mg PO DAILY",
    "Acyclovir 800 mg PO Q12H", "Posaconazole DR 300 mg PO DAILY", "Atovaquone 1500 mg PO DAILY",
    "Sulfamethoxazole-trimethoprim DS 1 tab PO MWF (start after engraftment)", "Ursodiol 300 mg PO TID",
    "Magnesium oxide 400 mg PO TID", "Prednisone 40 mg PO DAILY (taper per BMT)", "Ruxolitinib (Jakafi) 5 mg PO BID",
    "Pantoprazole 40 mg PO Q24H", "Ondansetron 8 mg PO Q8H:PRN", "Mycophenolate mofetil 1000 mg PO Q8H",
    "Sirolimus 1 mg PO DAILY (goal 5-8)", "Penicillin VK 500 mg PO BID (chronic GVHD prophylaxis)",
)
_MEDS_SOT = (
    "Tacrolimus (Envarsus XR) 6 mg PO DAILY", "Mycophenolate mofetil 750 mg PO BID", "PredniSONE 5 mg PO DAILY",
    "ValGANCIclovir 450 mg PO DAILY", "Sulfamethoxazole-trimethoprim SS 1 tab PO DAILY", "Nystatin 5 mL swish QID",
    "Amlodipine 5 mg PO DAILY", "Famotidine 20 mg PO BID", "Tamsulosin 0.4 mg PO QHS until stent removal",
    "Aspirin 81 mg PO DAILY", "Insulin glargine 12 units SC QHS", "Sodium bicarbonate 650 mg PO BID",
    "Entecavir 0.5 mg PO DAILY",
)


def _sub_bmt(rng: random.Random, ctx: dict) -> dict:
    He, his = ctx["He"], ctx["his"]
    d0 = -rng.randint(18, 34)
    d: dict = {"service": "BONE MARROW TRANSPLANT", "onc_hx": None, "why": "for your stem cell transplant"}
    if ctx["bmt"] == "auto":
        ind = rng.choice(("IgG kappa multiple myeloma in VGPR after Dara-VRd x4",
                          "relapsed classic Hodgkin lymphoma in CR2 after ICE x2 (Deauville 2)",
                          "relapsed DLBCL, chemosensitive, in PR after R-ICE x3"))
        cond = "melphalan 200 mg/m2 (Mel200)" if "myeloma" in ind else "BEAM"
        d["cc"] = f"Admission for {cond} and autologous stem cell rescue"
        d["proc"] = "Autologous stem cell infusion (Day 0)"
        d["tail"] = f"{ind}, admitted for high-dose {cond} with autologous stem cell rescue."
        d["hpi"] = [f"Stem cells were collected over {rng.randint(1, 3)} apheresis days (Spectra Optia, software 11.3) "
                    f"after G-CSF{rng.choice(('', ' + plerixafor'))}; {round(rng.uniform(3.1, 9.8), 1)} x 10^6 "
                    f"CD34+ cells/kg cryopreserved.",
                    f"Pre-transplant: LVEF {rng.randint(55, 68)}%, DLCO {rng.randint(62, 98)}% predicted, "
                    f"HCT-CI {rng.randint(0, 4)}."]
        donor_line = "Graft: autologous peripheral blood stem cells"
    else:
        ind = rng.choice(("AML with mutated NPM1 in CR1 (ELN 2022 intermediate risk, MRD positive)",
                          "MDS with excess blasts-2 (IPSS-R 6.5, TP53 wild type)",
                          "Ph+ B-ALL in CR1 (MRD 0.02%)",
                          "primary myelofibrosis (DIPSS-plus intermediate-2, JAK2 V617F VAF 38%)",
                          "AML with inv(16) in CR2"))
        cond = rng.choice(("Flu/Bu4 (myeloablative)", "Flu/Mel140 (reduced intensity)",
                           "Cy/TBI 1200 cGy in 6 fractions",
                           "Flu/Cy/TBI 200 cGy with PTCy", "Flu/Treo"))
        ppx = rng.choice(("tacrolimus/methotrexate (days +1, +3, +6, +11)", "PTCy (days +3, +4) with tacrolimus/MMF",
                          "tacrolimus/sirolimus", "abatacept with tacrolimus/methotrexate"))
        rel = ctx["donor_rel"]
        if rel:
            dtype = rng.choice(("HLA-identical sibling", "haploidentical")) if rel in ("sister", "brother") \
                else "haploidentical"
            donor_line = f"Donor: {dtype.replace(' sibling', '')} {rel} (___), HLA " + \
                ("8/8" if dtype.startswith("HLA") else "5/10")
        else:
            donor_line = rng.choice(("Donor: 10/10 HLA-matched unrelated donor (NMDP)",
                                     "Donor: 7/8 mismatched unrelated donor (single DQB1 mismatch)",
                                     "Graft: double umbilical cord blood units (4/6 and 5/6)"))
        donor_line += f"; CMV D{rng.choice('+-')}/R{rng.choice('+-')}; ABO " + _c(
            rng, "A+ -> O+ (minor mismatch)", "O+ -> A+ (major mismatch)", "identical")
        d["cc"] = "Admission for allogeneic hematopoietic cell transplant"
        d["proc"] = "Allogeneic stem cell infusion (Day 0); tunneled Hickman catheter placement"
        d["tail"] = f"{ind}, admitted for {cond} conditioning and allogeneic HCT with {ppx} GVHD prophylaxis."
        d["hpi"] = [f"Recipient HLA: {_hla(rng)}.", f"HCT-CI {rng.randint(1, 5)}; KPS {rng.choice((70, 80, 90))}%.",
                    f"Pre-transplant marrow {_sd(ctx, d0 - 12)}: <5% blasts, "
                    + _c(rng, "karyotype 46,XX[20].", "karyotype 46,XY[20].", "NPM1 MRD 0.08%.",
                         "no increased blasts; M:E 2:1.")]
    anc, plt = rng.randint(11, 21), rng.randint(14, 30)
    table = ["Day   WBC   ANC    Hgb   Plt   Tacro",
             f"+0    0.{rng.randint(1, 3)}   0      {round(rng.uniform(7.2, 8.6), 1)}   {rng.randint(8, 25)}"
             f"    {round(rng.uniform(4, 8), 1)}",
             f"+7    0.{rng.randint(1, 2)}   0      {round(rng.uniform(7.5, 8.8), 1)}   {rng.randint(8, 20)}"
             f"    {round(rng.uniform(7, 12), 1)}",
             f"+{anc}   {round(rng.uniform(0.8, 2.5), 1)}   {rng.randint(510, 1400)}    "
             f"{round(rng.uniform(7.8, 9.2), 1)}   {rng.randint(15, 40)}    {round(rng.uniform(7, 13), 1)}"]
    d["special"] = ("Transplant Summary:", [
        f"Day 0: {_sd(ctx, d0)}; cell dose {round(rng.uniform(2.1, 8.4), 1)} x 10^6 CD34+/kg "
        f"(CD3+ {round(rng.uniform(1.2, 3.5), 1)} x 10^8/kg)", donor_line,
        f"Neutrophil engraftment: day +{anc}; platelet engraftment: day +{plt} "
        f"{rng.choice(('(untransfused >20K x7 days)', '(not yet; transfusion dependent)'))}",
        *table])
    comps = [
        f"# Mucositis: grade {rng.randint(2, 4)} (WHO), hydromorphone PCA days +{rng.randint(3, 6)} to "
        f"+{rng.randint(9, 14)}; TPN briefly.",
        f"# Neutropenic fever: day +{rng.randint(4, 9)}; cefepime -> meropenem; blood cultures "
        + _c(rng, "negative.", "with Streptococcus mitis.", "with Enterococcus faecium (VRE), daptomycin x14 days."),
        "# CMV: " + _c(rng, "on letermovir prophylaxis; PCR not detected weekly.",
                       "reactivation to 1,240 IU/mL, switched to valganciclovir."),
        f"# Acute GVHD: skin stage {rng.randint(1, 3)} (maculopapular rash {rng.randint(20, 60)}% BSA), overall "
        f"grade {rng.choice(('I', 'II'))} by MAGIC criteria; triamcinolone 0.1% and prednisone 1 mg/kg.",
        "# SOS/VOD: weight gain 6%, RUQ pain and bilirubin 2.4 meeting modified Seattle (and Baltimore) criteria; "
        "defibrotide 6.25 mg/kg q6h x21 days; Doppler with reversal of portal flow that resolved.",
        f"# Engraftment syndrome: fever and rash on day +{anc - 2}; methylprednisolone 1 mg/kg x3 days.",
        f"# Tacrolimus: levels {rng.randint(5, 9)}-{rng.randint(10, 15)}; dose adjusted for posaconazole interaction.",
    ]
    rng.shuffle(comps)
    d["course"] = [f"# Transplant: course as summarized below; day +30 marrow and chimerism due "
                   f"{_sd(ctx, d0 + 30)}."] + comps[:rng.randint(2, 4)] + _course_common(rng, ctx)[:2]
    d["labs_low"] = True
    d["extra_results"] = [f"CHIMERISM (day +{anc}): CD3 {rng.randint(60, 99)}% donor, CD33 {rng.randint(90, 100)}% "
                          "donor"
                          if ctx["bmt"] == "allo" else
                          f"SPEP (pre-transplant): M-spike {round(rng.uniform(0.1, 0.6), 1)} g/dL; FLC ratio "
                          f"{round(rng.uniform(0.9, 4.2), 1)}",
                          f"CMV PCR {_sd(ctx, -3)}: <137 IU/mL (not detected). EBV PCR not detected.",
                          f"PERFORMED USING THE ___ HIGH SENSITIVITY ASSAY; BK urine {rng.randint(12, 98)},400 "
                          "copies/mL."]
    d["meds_dc"] = rng.sample(_MEDS_BMT, rng.randint(6, 9))
    d["brief"] = ind.split(" (")[0].split(" in CR")[0].split(", chemosensitive")[0]
    d["dx"] = [f"{d['brief']}, s/p {'allogeneic' if ctx['bmt'] == 'allo' else 'autologous'} HCT",
               "Chemotherapy-induced pancytopenia", "Mucositis"]
    d["hpi"].append(f"{He} was admitted to {_room(rng)} on the BMT unit; {his} caregiver plan was reviewed by SW.")
    return d


def _sub_sot(rng: random.Random, ctx: dict) -> dict:
    He, his = ctx["He"], ctx["his"]
    rel = ctx["donor_rel"]
    pod = rng.randint(4, 12)
    d: dict = {"onc_hx": None, "labs_low": False}
    donor_age = rng.randint(23, 64)
    if ctx["organ"] == "kidney":
        cause = rng.choice(("IgA nephropathy", "ADPKD", "diabetic nephropathy", "FSGS", "lupus nephritis (class IV)",
                            "Alport syndrome", "reflux nephropathy"))
        dial = rng.choice(("HD via left brachiocephalic AVF", "peritoneal dialysis", "HD via tunneled catheter",
                           "preemptive (not yet on dialysis)"))
        d["service"] = "TRANSPLANT SURGERY"
        d["cc"] = "Living-donor kidney transplant"
        d["proc"] = "Living-donor kidney transplant (right iliac fossa), ureteroneocystostomy over double-J stent"
        d["tail"] = f"ESRD secondary to {cause} ({dial}), admitted for living-donor kidney transplant."
        d["hpi"] = [f"cPRA {rng.randint(0, 45)}%; flow crossmatch T- and B-cell negative.",
                    f"HLA mismatch {rng.randint(2, 5)}/6; recipient typing {_hla(rng)}.",
                    "Induction: " + _c(rng, "basiliximab 20 mg days 0 and 4.",
                                       "rabbit ATG (Thymoglobulin) 4.5 mg/kg total.")]
        d["special"] = ("Donor Coordination / Operative Summary:", [
            f"Donor: {rel} (___), age {donor_age}, ABO {rng.choice(('compatible', 'identical'))}; "
            f"CMV D{rng.choice('+-')}/R{rng.choice('+-')}, EBV D+/R+",
            f"Laparoscopic left donor nephrectomy; warm ischemia {rng.randint(2, 5)} min, cold ischemia "
            f"{rng.randint(40, 95)} min; anastomosis {rng.randint(22, 38)} min",
            "Ureteroneocystostomy (Lich-Gregoir) over a 6 Fr x 12 cm double-J stent",
            f"Creatinine trend: {round(rng.uniform(6.5, 11), 1)} (pre) -> {round(rng.uniform(2, 4), 1)} (POD1) -> "
            f"{round(rng.uniform(1.0, 1.8), 1)} (discharge); no delayed graft function"])
        d["course"] = [f"# Renal transplant: brisk UOP POD 0 ({rng.randint(3, 9)} L); Foley removed POD "
                       f"{rng.randint(3, 5)} with successful voiding trial; JP drain creatinine consistent with serum "
                       f"(no leak), removed POD {rng.randint(4, 7)}.",
                       f"# Immunosuppression: tacrolimus troughs {rng.randint(6, 9)}-{rng.randint(10, 14)}; MMF; "
                       "steroid taper to prednisone 5 mg.",
                       f"# Doppler US POD 1: RIs {round(rng.uniform(0.6, 0.72), 2)}-"
                       f"{round(rng.uniform(0.72, 0.8), 2)}, patent vessels; small perinephric fluid "
                       f"{round(rng.uniform(1.5, 4), 1)} cm."]
        d["meds_dc"] = rng.sample(_MEDS_SOT[:12], rng.randint(6, 9))
        d["dx"] = [f"ESRD due to {cause}", "s/p living-donor kidney transplant"]
        d["brief"], d["why"] = f"ESRD due to {cause}", "for your kidney transplant"
    else:
        cause = rng.choice(("NASH cirrhosis with HCC within Milan criteria", "primary sclerosing cholangitis",
                            "alcohol-associated cirrhosis (sober ___ years)", "hepatitis B cirrhosis with HCC (Milan)"))
        meld = rng.randint(14, 32)
        d["service"] = "TRANSPLANT SURGERY"
        d["cc"] = "Liver transplant"
        living = rel is not None
        d["proc"] = ("Living-donor right lobe liver transplant" if living else "Orthotopic deceased-donor liver "
                     "transplant (piggyback)") + (", Roux-en-Y hepaticojejunostomy" if "sclerosing" in cause
                                                else ", duct-to-duct biliary anastomosis")
        d["tail"] = f"{cause}, MELD-Na {meld}, admitted for {'living-donor' if living else 'deceased-donor'} liver " \
                    f"transplant."
        d["hpi"] = [f"Child-Pugh {_c(rng, 'B8', 'B9', 'C10', 'A6')}; prior TIPS {_c(rng, 'no', 'yes (revised once)')}.",
                    f"AFP {rng.randint(3, 420)} ng/mL; {rng.randint(1, 3)} prior TACE sessions as bridging therapy."]
        lines = []
        if living:
            lines.append(f"Donor: {rel} (___), age {donor_age}; right lobe graft {rng.randint(640, 980)} g, GRWR "
                         f"{round(rng.uniform(0.8, 1.4), 2)}%; donor recovering on the surgical floor")
        else:
            lines.append(f"Donor: DCD donor (OPO referral), normothermic regional perfusion; CIT {rng.randint(4, 8)} h")
        lines += [f"Hepatic artery Doppler POD 1: RI {round(rng.uniform(0.55, 0.75), 2)}, PSV {rng.randint(40, 110)} "
                  "cm/s; portal vein hepatopetal", f"INR {round(rng.uniform(1.1, 1.6), 1)} -> 1.0; Tbili "
                  f"{round(rng.uniform(2, 9), 1)} -> {round(rng.uniform(0.5, 1.8), 1)}"]
        d["special"] = ("Donor Coordination / Operative Summary:", lines)
        d["course"] = [f"# Liver transplant: extubated POD {rng.randint(0, 1)}; LFTs down-trended; JP drains removed "
                       f"POD {rng.randint(4, 8)}; bile leak not seen.",
                       "# Immunosuppression: tacrolimus (goal 8-10), MMF, steroid taper; no rejection.",
                       f"# Post-op delirium: resolved; {his} home Parkinson disease medications resumed."
                       if rng.random() < 0.2 else "# Diet: advanced to regular; diabetic teaching."]
        d["meds_dc"] = rng.sample(_MEDS_SOT, rng.randint(6, 9))
        d["dx"] = [cause, "s/p liver transplant"]
        d["brief"], d["why"] = cause.split(" with")[0], "for your liver transplant"
    d["course"] += _course_common(rng, ctx)[:2]
    d["extra_results"] = [f"TACROLIMUS trough {_sd(ctx, -1)}: {round(rng.uniform(6, 13), 1)} ng/mL",
                          f"BK PCR (plasma) not detected; CMV PCR not detected ({_sd(ctx, -2)})"]
    d["hpi"].append(f"{He} was on the transplant floor ({_room(rng)}) from POD 1 to discharge on POD {pod}.")
    return d


def _sub_tumor_board(rng: random.Random, ctx: dict) -> dict:
    onc, He = ctx["onc"], ctx["He"]
    reg, stage = rng.choice(onc["reg"]), rng.choice(onc["stage"])
    comp, proc = rng.choice((
        ("biliary obstruction (Tbili 9.8) requiring ERCP with a 10 x 60 mm covered metal stent",
         "ERCP with covered metal stent"),
        ("malignant large bowel obstruction managed with a colonic stent", "Colonic stent placement"),
        ("a symptomatic malignant pleural effusion requiring PleurX catheter placement", "PleurX catheter placement"),
        ("cancer-associated VTE (Trousseau syndrome) with bilateral PE", "None"),
        ("hypercalcemia of malignancy (Ca 13.4, PTHrP elevated)", "None"),
        ("cord compression at T8 (ESCC grade 2) treated with dexamethasone and SBRT", "SBRT to T8 (simulation and "
         "first fraction)"),
        ("gastric outlet obstruction requiring a venting G-tube", "Venting gastrostomy tube (IR)"),
        ("malignant ascites requiring paracentesis", "Paracentesis (3.2 L)")))
    conf = {"panc": "GI", "rectal": "GI", "gastric": "GI", "nsclc": "thoracic", "breast": "breast", "ovary": "GYN",
            "gbm": "neuro-oncology", "hcc": "hepatobiliary", "ewing": "sarcoma"}.get(onc["key"], "lymphoma/leukemia")
    d: dict = {"service": "MEDICINE (SOLID TUMOR ONCOLOGY)" if onc["group"] == "solid" else "HEMATOLOGY/ONCOLOGY",
               "onc_hx": _onc_history(rng, ctx, reg, stage), "labs_low": False,
               "cc": _cap(comp.split(" requiring")[0].split(" managed")[0].split(" (")[0].split(" treated")[0]),
               "brief": onc["dx"], "why": "with " + comp.split(" (")[0].split(" requiring")[0].split(" managed")[0],
               "proc": proc,
               "tail": f"{onc['dx']} ({stage}) on {reg}, admitted with {comp}."}
    d["hpi"] = [f"{He} presented to clinic with worsening symptoms over {rng.randint(3, 14)} days.",
                f"Modified Glasgow Prognostic Score {rng.randint(0, 2)}; ECOG {rng.randint(1, 3)}."]
    nct = _nct(rng)
    d["special"] = (f"Multidisciplinary Tumor Board ({conf}), {_sd(ctx, -rng.randint(1, 6))}:", [
        "Attendees: surgical oncology (Dr. ___), medical oncology (Dr. ___), radiation oncology, radiology, "
        "pathology, genetics, nurse navigator ___.",
        f"Imaging reviewed: CT {_sd(ctx, -rng.randint(8, 20))} - {rng.choice(onc['sites'])} "
        f"{round(rng.uniform(1.2, 6.5), 1)} cm; no new distant disease." ,
        f"Pathology: {rng.choice(onc['path'])}.",
        f"Staging: {stage} (AJCC 8th edition).",
        f"Consensus: {onc['plan']}.",
        f"Trial options: {nct} (phase II) discussed; " + _c(rng, "eligible, referred to research team.",
                                                               "ineligible (prior line of therapy).",
                                                               "patient declined.")])
    d["course"] = [f"# {_cap(comp.split(' (')[0].split(' requiring')[0])}: managed as above; symptoms improved.",
                   f"# {_cap(onc['short'])}: case presented at tumor board (summary below); next {reg} cycle planned "
                   f"for {_sd(ctx, rng.randint(5, 12))}."] + _course_common(rng, ctx)
    marker = {"panc": "CA 19-9 2,310 U/mL", "rectal": "CEA 44.1 ng/mL", "gastric": "CEA 12.9 ng/mL",
              "ovary": "CA-125 612 U/mL", "hcc": "AFP 1,204 ng/mL", "breast": "CA 27.29 88 U/mL",
              "mm": "beta-2 microglobulin 6.1 mg/L"}.get(onc["key"], f"LDH {rng.randint(250, 900)} U/L")
    d["extra_results"] = [f"TUMOR MARKERS: {marker}",
                          f"NGS (tissue, 523-gene panel): TMB {round(rng.uniform(1, 14), 1)} mut/Mb; "
                          f"{rng.choice(onc['path']).split(';')[0]}"]
    d["meds_dc"] = rng.sample(_MEDS_CHEMO, rng.randint(5, 8))
    d["dx"] = [_cap(comp.split(" (")[0].split(" requiring")[0].split(" managed")[0].split(" treated")[0]
                    .removeprefix("a ")), onc["dx"]]
    return d


_BRCA = ("BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic", "BRCA1 c.68_69delAG (p.Glu23Valfs*17), pathogenic",
         "NM_000059.4(BRCA2):c.6275_6276del, pathogenic", "BRCA1 c.5266dupC (p.Gln1756Profs*74), pathogenic")
_VARIANTS = {
    "breast": _BRCA + ("PALB2 c.3113G>A (p.Trp1038*), pathogenic", "CHEK2 c.1100delC, pathogenic (moderate "
                       "penetrance)", "TP53 c.743G>A (p.Arg248Gln), pathogenic (Li-Fraumeni)"),
    "ovary": _BRCA + ("MSH2 c.942+3A>T, pathogenic (Lynch syndrome)", "RAD51C c.577C>T (p.Arg193*), pathogenic"),
    "panc": _BRCA[:3] + ("ATM c.7271T>G (p.Val2424Gly), pathogenic", "PALB2 c.3113G>A (p.Trp1038*), pathogenic"),
    "rectal": ("MLH1 c.350C>T (p.Thr117Met), likely pathogenic (Lynch syndrome)", "MSH2 c.942+3A>T, pathogenic "
               "(Lynch syndrome)", "MUTYH c.536A>G (p.Tyr179Cys), biallelic"),
    "gastric": ("CDH1 c.1008G>T, likely pathogenic", "CDH1 c.1137G>A (splice), pathogenic"),
}
_GEN_SURG = {
    "breast": ("bilateral mastectomy with immediate tissue expander reconstruction",
               "left mastectomy with sentinel node biopsy and contralateral risk-reducing mastectomy"),
    "ovary": ("total laparoscopic hysterectomy, BSO and omentectomy",
              "interval cytoreductive surgery with TAH/BSO and omentectomy"),
    "panc": ("pancreaticoduodenectomy (Whipple)", "pylorus-preserving Whipple with portal vein reconstruction"),
    "rectal": ("low anterior resection with diverting loop ileostomy", "robotic total mesorectal excision"),
    "gastric": ("total gastrectomy with Roux-en-Y esophagojejunostomy", "total gastrectomy with D2 lymphadenectomy"),
}


def _sub_genetics(rng: random.Random, ctx: dict) -> dict:
    onc, He, his = ctx["onc"], ctx["He"], ctx["his"]
    stage = rng.choice(onc["stage"])
    surg = rng.choice(_GEN_SURG[onc["key"]])
    var = rng.choice(_VARIANTS[onc["key"]])
    service = {"ovary": "GYN ONCOLOGY", "breast": "SURGERY (BREAST)"}.get(onc["key"], "SURGICAL ONCOLOGY")
    d: dict = {"service": service, "onc_hx": None, "labs_low": False, "cc": f"Planned {surg.split(' with')[0]}",
               "proc": _cap(surg), "brief": onc["dx"], "why": f"for your planned {surg.split(' with')[0]}",
               "tail": f"{onc['dx']} ({stage}), germline {var.split(',')[0]}, admitted for {surg}."}
    d["hpi"] = [f"Germline testing (84-gene panel) after diagnosis identified {var}.",
                f"{He} was seen by cancer genetics before surgery; cascade testing was offered to first-degree "
                f"relatives.", "Neoadjuvant therapy completed with a good response."]
    d["pedigree"] = [
        "Pedigree (proband III-3, arrow):",
        f"  I-1   paternal grandfather: prostate ca dx {rng.randint(62, 79)}, d. {rng.randint(70, 88)}",
        f"  I-2   maternal grandmother: breast ca dx {rng.randint(40, 70)}",
        f"  II-1  father: alive, {rng.randint(60, 84)}, colon polyps",
        "  II-3  mother: " + _c(rng, "ovarian ca dx 56, d. 61", "alive, untested", "breast ca dx 49, BRCA carrier"),
        f"  III-1 sibling: {rng.choice(('tested negative', 'untested', 'carrier, on MRI surveillance'))}",
        f"  IV-1  children: {rng.randint(1, 3)} (ages {rng.randint(3, 17)}-{rng.randint(18, 30)}), not yet tested"
        if rng.random() < 0.7 else "  IV    children: none",
        "Ancestry: ___; no known consanguinity.",
    ]
    d["special"] = ("Cancer Genetics Consultation:", [
        f"Variant: {var}; VUS: " + _c(rng, "none", "APC c.3920T>A (p.Ile1307Lys) - low penetrance",
                                      "RAD51C c.-12G>A"),
        f"Risk models: Tyrer-Cuzick v8 lifetime risk {rng.randint(18, 45)}%; CanRisk reviewed.",
        "Recommendations: cascade testing of first-degree relatives; annual MRI and mammogram; discuss RRSO by 40-45.",
        "Family letter provided; GINA protections reviewed."])
    d["course"] = [f"# {_cap(surg.split(' with')[0])}: uncomplicated; JP drains "
                   f"{rng.choice(('removed before discharge', 'left in place with teaching'))}; Foley catheter removed "
                   f"POD {rng.randint(1, 3)}.",
                   f"# Pain: epidural (T8-T9) until POD {rng.randint(2, 4)}, then oral regimen.",
                   f"# Genetics: {his} results and family implications reviewed again at bedside."] + \
        _course_common(rng, ctx)[:2]
    d["extra_results"] = ["SURGICAL PATHOLOGY: " + _c(rng, "ypT1cN0 (0/3 sentinel nodes)",
                                                      "ypT0N0 (pathologic complete response)", "ypT2N1a (2/14 nodes)",
                                                      "no malignancy in tubes/ovaries (SEE-FIM protocol)")]
    d["meds_dc"] = rng.sample(("Acetaminophen 1000 mg PO Q8H", "OxyCODONE 5 mg PO Q4H:PRN", "Senna 8.6 mg PO BID",
                               "Enoxaparin 40 mg SC DAILY x28 days", "Cephalexin 500 mg PO Q6H while drains in",
                               "Docusate 100 mg PO BID", "Ibuprofen 600 mg PO Q6H:PRN", "Famotidine 20 mg PO BID"),
                              rng.randint(5, 7))
    if onc["key"] == "panc":
        d["meds_dc"].append("Creon (pancrelipase) 24,000 units PO with meals")
    d["dx"] = [onc["dx"], f"Germline {var.split(' (')[0].split(',')[0]}"]
    return d


_CART = {"dlbcl": ("axicabtagene ciloleucel", "lisocabtagene maraleucel", "an investigational CD19/CD20 "
                   "bispecific CAR-T"), "cll": ("lisocabtagene maraleucel",),
         "ball": ("brexucabtagene autoleucel", "obecabtagene autoleucel"),
         "mm": ("ciltacabtagene autoleucel", "an investigational BCMA-directed CAR-T")}
_BISPECIFIC = {"dlbcl": ("glofitamab", "epcoritamab"), "cll": ("epcoritamab",),
               "mm": ("teclistamab", "talquetamab", "an investigational GPRC5D x CD3 bispecific")}
_EARLY = {"aml": ("an investigational menin inhibitor",), "chl": ("an investigational CD30 x CD16A bispecific",),
          "panc": ("a first-in-human KRAS G12D inhibitor",), "rectal": ("a first-in-human KRAS G12D inhibitor",),
          "breast": ("an investigational TROP2 antibody-drug conjugate",),
          "nsclc": ("an investigational TROP2 antibody-drug conjugate", "an investigational B7-H3 antibody-drug "
                    "conjugate")}


def _sub_trial(rng: random.Random, ctx: dict) -> dict:
    onc, He = ctx["onc"], ctx["He"]
    key = onc["key"]
    kinds = [k for k, table in ((0, _CART), (1, _BISPECIFIC)) if key in table] or [2]
    kind = rng.choice(kinds)
    nct = _nct(rng)
    if kind == 0:
        prod = rng.choice(_CART[key])
        what, title = f"CAR-T infusion ({prod})", f"phase 2 study of {prod} in second-line {onc['short']}"
        course = [f"# CRS: grade {rng.randint(1, 2)} (ASTCT) on day +{rng.randint(1, 5)}; tocilizumab 8 mg/kg x"
                  f"{rng.randint(1, 2)}; resolved.",
                  f"# ICANS: ICE score {rng.randint(8, 10)}/10 q12h; "
                  + _c(rng, "no ICANS. ", "grade 1 ICANS, dexamethasone 10 mg x2. ") +
                  "Levetiracetam prophylaxis 500 mg BID x30 days.",
                  "# Lymphodepletion: fludarabine 30 mg/m2 and cyclophosphamide 500 mg/m2 days -5 to -3."]
    elif kind == 1:
        prod = rng.choice(_BISPECIFIC[key])
        what, title = f"step-up dosing of {prod}", f"phase 1b/2 study of {prod} combinations"
        course = [f"# Step-up dosing: doses on days 1, 4 and 8; CRS grade {rng.randint(0, 2)} (ASTCT) managed with "
                  "acetaminophen and one dose of tocilizumab.",
                  "# Hypogammaglobulinemia: IgG 312; IVIG (Privigen) 0.4 g/kg given, lot " + _lot(rng) + ".",
                  "# Infection prophylaxis: acyclovir, TMP-SMX; PJP risk reviewed."]
    else:
        prod = rng.choice(_EARLY.get(key, ("an investigational B7-H3 antibody-drug conjugate",)))
        what, title = f"cycle 1 of {prod}", f"phase 1 first-in-human dose-escalation study of {prod}"
        course = ["# PK sampling: research labs drawn at 0, 1, 2, 4, 8 and 24 h per protocol; ECGs in triplicate "
                  "(QTcF 428-441 ms).",
                  f"# Toxicity: grade {rng.randint(1, 2)} nausea and fatigue (CTCAE v5.0); no DLT in the "
                  "observation window.",
                  "# Interstitial lung disease monitoring: baseline PFTs and CT reviewed."]
    d: dict = {"service": "HEMATOLOGY/ONCOLOGY" if onc["group"] == "heme" else "MEDICINE (PHASE I/EXPERIMENTAL)",
               "onc_hx": _onc_history(rng, ctx, rng.choice(onc["reg"]), rng.choice(onc["stage"])), "labs_low": False,
               "cc": f"Admission for {what} on a clinical trial", "proc": "None" if kind else "CAR-T cell infusion",
               "tail": f"relapsed {onc['dx']} after {rng.randint(2, 5)} prior lines, admitted for {what} on "
                       f"{nct}.", "brief": f"relapsed {onc['dx']}", "why": f"for {what} on a clinical trial"}
    d["hpi"] = [f"Prior therapy included {', '.join(onc['reg'][:2])}.",
                f"Screening: ECOG {rng.randint(0, 1)}, CrCl {rng.randint(55, 110)} mL/min (Cockcroft-Gault), "
                f"LVEF {rng.randint(52, 66)}%, ANC {round(rng.uniform(1.1, 4.2), 1)}, Plt {rng.randint(75, 260)}.",
                f"{He} was admitted to {_room(rng)} for protocol-mandated monitoring."]
    d["special"] = ("Clinical Trial Enrollment:", [
        f"Study: {nct} - {title}; sponsor {rng.choice(('industry', 'SWOG', 'ECOG-ACRIN', 'Alliance', 'NCI CTEP'))}.",
        f"Consent signed {_sd(ctx, -rng.randint(10, 30))} (version 6.0) in the presence of ___ (research RN); "
        "copy given to patient.",
        f"Eligibility confirmed {_sd(ctx, -rng.randint(3, 9))}; DLT window days 1-28.",
        "Registry information: clinicaltrials.gov; patient given the NCI Cancer Information Service number "
        "1-800-422-6237 for general questions.",
    ])
    d["course"] = course + _course_common(rng, ctx)[:2]
    d["extra_results"] = [f"FERRITIN {rng.randint(300, 4200)}; CRP {round(rng.uniform(1, 190), 1)} mg/L; "
                          f"IL-6 {rng.randint(4, 400)} pg/mL", f"PATHOLOGY: {rng.choice(onc['path'])}."]
    d["meds_dc"] = rng.sample(_MEDS_CHEMO, rng.randint(5, 8))
    d["dx"] = [onc["dx"], f"Cytokine release syndrome, grade {rng.randint(1, 2)}" if kind < 2
               else "Investigational therapy, cycle 1"]
    return d


_SUBS = {"chemo": _sub_chemo, "bmt": _sub_bmt, "sot": _sub_sot, "tumor_board": _sub_tumor_board,
         "genetics": _sub_genetics, "trial": _sub_trial}


# --------------------------------------------------------------------------------------------------
# Discharge summary assembly
# --------------------------------------------------------------------------------------------------


def _age_segs(rng: random.Random, ctx: dict) -> list[_Seg]:
    got = ctx["plants"].take("age")
    if got:
        return got[0]
    if ctx["heavy"] or ctx["age"] is None or rng.random() < 0.5:
        return [rng.choice(("___ year old", "___ y/o", "___-year-old"))]
    return [f"{ctx['age']}{rng.choice(('-year-old', ' year old', ' y/o', ' yo'))}"]


def _lines_section(title: str, lines: list[list[_Seg]]) -> list[_Seg]:
    return [f"{title}\n"] + _join_lines(lines) + ["\n"]


def _sentences(parts: list[list[_Seg]]) -> list[_Seg]:
    return _join_lines(parts, " ")


_TRANSITIONAL = {
    "chemo": ("follow up final blood cultures", "next cycle with 20% dose reduction", "restaging CT after C4"),
    "bmt": ("tacrolimus level in 3 days", "day +30 marrow and chimerism", "CMV PCR weekly until day +100"),
    "sot": ("tacrolimus level in 3 days", "cystoscopic stent removal at 4-6 weeks", "weekly BK and CMV PCR"),
    "tumor_board": ("implement tumor board plan", "palliative care follow-up", "repeat tumor markers"),
    "genetics": ("genetics follow-up for cascade testing", "drain removal in clinic", "final pathology review"),
    "trial": ("research labs on day 14 and 21", "neurologic checks by caregiver twice daily", "IgG level monthly"),
}
_INSTR = {
    "chemo": ("Please call the clinic for a temperature of 100.4F or higher.", "Do not take your temperature "
              "rectally.", "Avoid crowds while your counts are low.", "Rinse your mouth with salt water four times "
              "a day."),
    "bmt": ("Wear a mask in public and avoid gardening and construction sites.", "Call for fever, diarrhea, new rash "
            "or jaundice.", "Do not take tacrolimus the morning of your level check."),
    "sot": ("Take your anti-rejection medicines at the same times every day.", "Call for urine output decrease, "
            "fever or pain over the graft.", "No lifting more than 10 pounds for 6 weeks."),
    "tumor_board": ("Call for fever, jaundice, worsening pain or vomiting.", "Keep your appointment to review the "
                    "tumor board plan."),
    "genetics": ("Keep the family letter and share it with relatives.", "You may shower; do not submerge the "
                 "incisions.", "Strip and record your drain output twice daily."),
    "trial": ("Stay within 2 hours of the cancer center for 4 weeks and do not drive for 8 weeks.",
              "Call for fever, confusion, trouble writing or shaking.", "Carry your study wallet card."),
}


def _discharge(rng: random.Random, ctx: dict) -> list[tuple[list[_Seg], bool]]:
    P: _Plants = ctx["plants"]
    d = _SUBS[ctx["sub"]](rng, ctx)
    He, his = ctx["He"], ctx["his"]
    out: list[tuple[list[_Seg], bool]] = []

    hdr: list[_Seg] = ["Name:  "] + P.one("hdr_name") + ["                  Unit No:   "] + P.one("hdr_unit")
    hdr += ["\n\nAdmission Date:  "] + P.one("hdr_adm") + ["              Discharge Date:   "] + P.one("hdr_dc")
    hdr += ["\n\nDate of Birth:  "] + P.one("hdr_dob") + [f"             Sex:   {ctx['sex']}\n\n"]
    hdr += [f"Service: {d['service']}\n\nAllergies:\n{rng.choice(_ALLERGIES)}\n\nAttending: "]
    hdr += P.one("hdr_attending") + [".\n"]
    out.append((hdr, False))
    out.append(([f"Chief Complaint:\n{d['cc']}\n\nMajor Surgical or Invasive Procedure:\n{d['proc']}\n"], False))

    hpi: list[_Seg] = ["History of Present Illness:\n"] + _age_segs(rng, ctx) + [f" {ctx['noun']} with {d['tail']} "]
    hpi += _sentences([[s] for s in d["hpi"]] + P.take("hpi")) + ["\n"]
    out.append((hpi, False))
    if d.get("onc_hx"):
        out.append(([("\n".join(d["onc_hx"]) + "\n")], True))

    pmh = rng.sample(_PMH, rng.randint(2, 5))
    out.append(([("Past Medical History:\n" + "\n".join(f"- {x}" for x in pmh) + "\n")], False))

    social: list[list[_Seg]] = []
    planted_social = P.take("social")
    if not planted_social and (ctx["heavy"] or rng.random() < 0.35):
        social.append(["___"])
    else:
        if not any(isinstance(s, tuple) and s[1] == "LOCATION" for seg in planted_social for s in seg):
            social.append([rng.choice(("Lives with ___.", f"Lives in ___ with {his} ___.", "Lives alone in ___."))])
        social.append([rng.choice(("Former smoker, 20 pack-years, quit ___.", "Never smoker.",
                                   "Current smoker, 1/2 ppd; cessation counseling given.", "Quit smoking at age 40."))
                       + " " + rng.choice(("Rare EtOH.", "No EtOH since diagnosis.", "2-3 beers/week.")) +
                       " No IVDU."])
        social.extend(planted_social)
    out.append((["Social History:\n"] + _sentences(social) + ["\n"], False))

    fam: list[list[_Seg]]
    if ctx["sub"] == "genetics":
        fam = [[x] for x in d["pedigree"]]
    else:
        fam = [[rng.choice(("Mother with breast cancer at 62; father with prostate cancer at 70, died at 84 (MI).",
                            "No family history of hematologic malignancy. Sister with thyroid cancer at 35.",
                            "Father with colon cancer at 58. Maternal aunt with ovarian cancer at 50s.",
                            "Noncontributory.", "Mother: CAD, T2DM. Father: unknown."))]]
    fam += P.take("family")
    out.append((_lines_section("Family History:", fam), False))

    if not ctx["heavy"] or rng.random() < 0.5:
        exam = ["Physical Exam:", "ADMISSION PHYSICAL EXAM:", f"VS: {_vitals(rng)}",
                "GEN: " + _c(rng, "NAD, pleasant", "fatigued, cachectic", "alert, in mild distress", "well appearing"),
                "HEENT: " + _c(rng, "grade 2 mucositis, no thrush", "MMM, anicteric", "scleral icterus", "alopecia"),
                f"CV: RRR, {rng.choice(('no m/r/g', '2/6 SEM at LUSB'))}",
                f"LUNGS: {rng.choice(('CTAB', 'decreased BS at right base', 'bibasilar crackles'))}",
                "ABD: soft, " + _c(rng, "NT/ND", "mild RUQ tenderness", "spleen tip palpable 3 cm below costal margin"),
                f"EXT: {rng.choice(('no edema', '1+ pitting edema bilaterally', 'R arm PICC c/d/i'))}",
                f"SKIN: {rng.choice(('no rash', 'petechiae on shins', 'maculopapular rash over trunk'))}",
                f"NEURO: A&Ox3, CN II-XII intact, GCS 15. {rng.choice(_EPONYM_SIGNS)}",
                "", "DISCHARGE PHYSICAL EXAM:", f"VS: {_vitals(rng, False)}", "Exam otherwise unchanged; lines c/d/i."]
        out.append((["\n".join(exam) + "\n"], True))

    st = [_stamp(ctx, rng, -rng.randint(3, 12)), _stamp(ctx, rng, -1)]
    res = ["Pertinent Results:", "ADMISSION LABS:", _cbc_line(rng, st[0], d["labs_low"]), _chem_line(rng, st[0]),
           _lft_line(rng, st[0]), "", "DISCHARGE LABS:", _cbc_line(rng, st[1], False), _chem_line(rng, st[1])]
    out.append((["\n".join(res) + "\n"], False))
    out.append((["\n".join(d["extra_results"]) + "\n"], True))

    course: list[list[_Seg]] = [[f"{He} is a patient with {d['brief']} whose hospital course is summarized by "
                                 "problem below."]]
    course += [[c] for c in d["course"]]
    course += P.take("course")
    out.append((_lines_section("Brief Hospital Course:", course), False))
    transitional = ["TRANSITIONAL ISSUES:", f"[] CBC/chem on {_sd(ctx, rng.randint(2, 5))} "
                    f"{rng.choice(('in the infusion suite', 'at the transplant clinic', 'with the VNA'))}",
                    f"[] {rng.choice(_TRANSITIONAL[ctx['sub']])}", f"[] Code status: {_c(rng, 'Full code', 'DNR/DNI')}"]
    out.append((["\n".join(transitional) + "\n"], True))

    if d.get("special"):
        title, lines = d["special"]
        sp = [[x] for x in lines] + P.take("special")
        out.append((_lines_section(title, sp), False))

    dev = P.take("devices")
    dev_default = [[f"- {rng.choice(_PORTS[:3] + _PORTS[4:6])} ({rng.choice(('right', 'left'))} chest)"],
                   [f"- Foley catheter {rng.choice(('removed', 'not placed', 'removed POD 2'))}"]]
    out.append((_lines_section("Lines/Devices:", dev_default + dev), not dev))

    contacts = P.take("contacts")
    if contacts or rng.random() < 0.4:
        lines = contacts or [["Health care proxy: ___ (___), cell ___"]]
        out.append((_lines_section("Care Coordination / Contacts:", lines), not contacts))
    admin = P.take("admin")
    if admin:
        out.append((_lines_section("Case Management / Registration:", admin), False))

    if rng.random() < 0.7:
        adm = rng.sample(d["meds_dc"], max(1, len(d["meds_dc"]) - 2))
        out.append((["Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n" +
                     "\n".join(f"{k + 1}. {m}" for k, m in enumerate(adm)) + "\n"], True))
    meds: list[list[_Seg]] = [[f"{k + 1}. {m}"] for k, m in enumerate(d["meds_dc"])]
    meds += P.take("meds")
    out.append((_lines_section("Discharge Medications:", meds), False))

    dispo = P.take("dispo")
    if dispo:
        disp: list[_Seg] = ["Discharge Disposition:\nExtended Care\n\nFacility:\n"] + dispo[0] + ["\n"]
    else:
        disp = [_weighted(rng, (("Discharge Disposition:\nHome\n", 5), ("Discharge Disposition:\nHome With "
                                                                       "Service\n\nFacility:\n___\n", 3.5),
                                 ("Discharge Disposition:\nExtended Care\n\nFacility:\n___\n", 1.5)))]
    out.append((disp, False))
    dx = "\n".join(d["dx"])
    out.append(([f"Discharge Diagnosis:\nPRIMARY:\n{dx}\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
                 "Level of Consciousness: Alert and interactive.\nActivity Status: "
                 + _c(rng, "Ambulatory - Independent.", "Ambulatory - requires assistance or aid (walker or cane).")
                 + "\n"],
                False))

    hot_name, hot_no, hot_url = rng.choice(_HOTLINES[:5])
    team = {"chemo": "Oncology", "bmt": "BMT", "sot": "Transplant", "tumor_board": "Oncology",
            "genetics": "Surgical Oncology", "trial": "Experimental Therapeutics"}[ctx["sub"]]
    instr = [f"Dear {'Ms.' if ctx['sex'] == 'F' else 'Mr.'} ___,",
             f"You were admitted {d['why']}. {rng.choice(_INSTR[ctx['sub']])}",
             f"For general information you can also call {hot_name} at {hot_no} or visit {hot_url}.",
             "It was a pleasure taking care of you.", f"Your {team} Team"]
    out.append((["Discharge Instructions:\n" + "\n".join(instr) + "\n"], True))
    fu = P.take("followup")
    out.append((_lines_section("Followup Instructions:", [["___"]] + fu), False))
    sig = P.take("signature")
    if sig:
        out.append((_join_lines(sig) + ["\n"], False))
    return out


# --------------------------------------------------------------------------------------------------
# Radiology reports
# --------------------------------------------------------------------------------------------------


def _size(rng: random.Random, lo: float = 0.6, hi: float = 5.5) -> float:
    return round(rng.uniform(lo, hi), 1)


def _recist_table(rng: random.Random, ctx: dict, sites: list[str]) -> tuple[list[str], str]:
    base = _sd(ctx, -rng.randint(60, 140))
    rows = [f"RECIST 1.1 target lesions (baseline {base}; short axis for nodes):",
            f"  {'Lesion':<36}{'Baseline':>10}{'Current':>10}"]
    sb = sc = 0.0
    trend = rng.choice((0.55, 0.8, 1.0, 1.3))
    for k, s in enumerate(sites[:rng.randint(2, 4)]):
        b = _size(rng, 1.1, 5.2)
        c = round(max(0.0, b * trend * rng.uniform(0.8, 1.15)), 1)
        sb, sc = sb + b, sc + c
        rows.append(f"  T{k + 1} {s[:32]:<33}{b:>8} cm{c:>7} cm")
    pct = round(100 * (sc - sb) / sb)
    rows.append(f"  {'Sum of diameters':<36}{round(sb, 1):>8} cm{round(sc, 1):>7} cm ({pct:+d}%)")
    resp = "partial response" if pct <= -30 else ("progressive disease" if pct >= 20 else "stable disease")
    rows.append(f"Non-target lesions: {rng.choice(('present, unchanged', 'decreased', 'none'))}. New lesions: "
                f"{'none' if resp != 'progressive disease' else 'yes (see above)'}. Overall response: {resp}.")
    return rows, resp


def _pet_table(rng: random.Random, sites: list[str]) -> tuple[list[str], int]:
    ds = rng.choice((2, 3, 3, 4, 5))
    rows = [f"  {'Site':<34}{'Prior SUVmax':>13}{'Current SUVmax':>16}{'Size (cm)':>12}"]
    for s in sites[:rng.randint(2, 4)]:
        prior = round(rng.uniform(6, 24), 1)
        cur = round(prior * {2: 0.12, 3: 0.2, 4: 0.45, 5: 1.2}[ds] * rng.uniform(0.8, 1.2), 1)
        rows.append(f"  {s[:33]:<34}{prior:>13}{cur:>16}{f'{_size(rng)} x {_size(rng, 0.4, 3)}':>12}")
    return rows, ds


def _rad_ct(rng: random.Random, ctx: dict) -> dict:
    onc = ctx["onc"]
    sites = list(onc["sites"])
    rng.shuffle(sites)
    table, resp = _recist_table(rng, ctx, sites)
    ctdi = round(rng.uniform(6, 18), 1)
    f = {
        "title": rng.choice(("CT CHEST, ABDOMEN AND PELVIS WITH IV CONTRAST", "CT TORSO WITH CONTRAST",
                             "CT CHEST/ABD/PELVIS W/CONTRAST (STAGING)")),
        "question": rng.choice(("Restaging after 3 cycles. // Response to therapy?", "Evaluate for progression.",
                                f"On {rng.choice(onc['reg'])}; assess response per RECIST.")),
        "technique": f"Multidetector CT of the chest, abdomen and pelvis on a {rng.choice(_SCANNERS_CT)} after "
                     f"{rng.randint(80, 110)} mL of {rng.choice(_CONTRAST)} (lot {_lot(rng)}) IV. Oral contrast was "
                     f"{rng.choice(('administered', 'not administered'))}. Coronal and sagittal reformats. "
                     f"Post-processing on {rng.choice(_SOFTWARE)}.",
        "dose": f"DOSE:  Total DLP (Body) = {rng.randint(420, 1400)} mGy-cm. CTDIvol = {ctdi} mGy.",
        "findings": [
            "CHEST: Thyroid unremarkable. " + rng.choice((
                "No supraclavicular, axillary, mediastinal or hilar lymphadenopathy.",
                f"Subcarinal node {_size(rng, 0.8, 2.2)} cm short axis, previously {_size(rng, 1.2, 3)} cm.")) +
            " Heart size normal; no pericardial effusion. "
            + _c(rng, "No new pulmonary nodules.", f"Right lower lobe nodule (series 3, image {rng.randint(40, 220)}) "
                 f"measures {_size(rng, 0.3, 1.9)} cm.")
            + f" {_c(rng, 'No pleural effusion.', 'Small right pleural effusion, decreased.')} Port catheter "
            "tip at the cavoatrial junction.",
            "ABDOMEN: Liver: " + _c(rng, "no focal lesion", f"hypodense lesion in Couinaud segment VII {_size(rng)} cm",
                                    "scattered subcentimeter hypodensities, too small to characterize") + ". "
            f"{_c(rng, 'No biliary dilatation.', 'Common bile duct stent in place with pneumobilia.')} Spleen "
            f"{rng.randint(9, 17)} cm. Adrenals: "
            f"{_c(rng, 'normal', f'left adrenal nodule {_size(rng, 0.8, 2.5)} cm')}. "
            "Kidneys enhance symmetrically without hydronephrosis. "
            f"{rng.choice(('No ascites.', 'Small volume ascites.', 'Omental nodularity, decreased.'))}",
            "PELVIS: Bladder partially distended. "
            f"{rng.choice(('No pelvic lymphadenopathy.', f'Left external iliac node {_size(rng, 0.6, 1.8)} cm.'))} "
            "No free fluid.",
            "BONES AND SOFT TISSUES: " + _c(rng, "No suspicious osseous lesion.", "Sclerotic T8 focus, unchanged "
                                            "(treated).", "Schmorl nodes at L1-L2; no lytic lesion.")
            + " Degenerative changes of the lower lumbar spine.",
            "", *table],
        "impression": [f"{resp.capitalize()} by RECIST 1.1 compared with baseline.",
                       rng.choice(("No new sites of disease.", "New small pulmonary nodules, indeterminate; attention "
                                   "on follow-up.", "Stable treated osseous disease.")),
                       rng.choice(("Incidental: 4 mm nonobstructing left renal stone.",
                                   "Incidental: colonic diverticulosis without diverticulitis.",
                                   "Fleischner criteria not applicable (known malignancy)."))],
        "ct": True,
    }
    return f


def _rad_pet(rng: random.Random, ctx: dict) -> dict:
    onc = ctx["onc"]
    sites = list(onc["sites"])
    rng.shuffle(sites)
    table, ds = _pet_table(rng, sites)
    lugano = {2: "complete metabolic response", 3: "complete metabolic response",
              4: "partial metabolic response", 5: "progressive metabolic disease"}[ds]
    lymphoma = onc["key"] in ("dlbcl", "chl")
    return {
        "title": "PET-CT WHOLE BODY (FDG), SKULL BASE TO MID-THIGH",
        "question": rng.choice(("Interim response assessment after C2.", "End-of-treatment PET.",
                                "Restaging; rising LDH.")),
        "technique": f"{round(rng.uniform(9.5, 14.2), 1)} mCi F-18 FDG IV (lot {_lot(rng)}); uptake "
                     f"{rng.randint(55, 75)} minutes; blood glucose {rng.randint(78, 142)} mg/dL. Acquired on a "
                     f"{rng.choice(_SCANNERS_PET)} ({rng.choice(_SOFTWARE)}); low-dose CT for attenuation correction "
                     "and localization.",
        "dose": f"DOSE:  CT DLP {rng.randint(300, 800)} mGy-cm.",
        "findings": [
            f"Reference: mediastinal blood pool SUVmean {round(rng.uniform(1.4, 2.1), 1)}; liver SUVmean "
            f"{round(rng.uniform(2.0, 3.0), 1)}.",
            "HEAD/NECK: Physiologic uptake in the brain, tonsils and salivary glands. " + rng.choice((
                "No hypermetabolic cervical nodes.", "Small level II nodes without uptake.")),
            "CHEST: " + rng.choice(("No FDG-avid pulmonary nodules.", "Mild uptake in a right lower lobe "
                                    "consolidation, likely infectious.")) + " Physiologic myocardial uptake.",
            "ABDOMEN/PELVIS: " + rng.choice(("Physiologic bowel and urinary uptake.", "Diffuse splenic uptake "
                                             "greater than liver.")),
            "MUSCULOSKELETAL: " + rng.choice(("Diffuse marrow uptake consistent with G-CSF effect.",
                                              "No focal osseous uptake.", "Focal uptake in the left iliac wing.")),
            "", "Lesion table:", *table],
        "impression": [f"Deauville {ds}; {lugano} (Lugano classification)." if lymphoma else
                       f"PERCIST 1.0: {lugano} (SULpeak change as tabulated).",
                       rng.choice(("No new FDG-avid disease.", "Residual uptake at the bulky site only.",
                                   "New FDG-avid nodes in the abdomen.")),
                       "Correlate with tissue sampling if management would change." if not lymphoma else
                       "Bone marrow biopsy not required per PET (Lugano 2014)."],
        "ct": True,
    }


def _rad_mri(rng: random.Random, ctx: dict) -> dict:
    kind = {"hcc": 1, "rectal": 2}.get(ctx["onc"]["key"], 0)
    scanner = rng.choice(_SCANNERS_MR)
    if kind == 0:
        n = rng.randint(1, 4)
        rows = [f"  {'#':<3}{'Location':<30}{'Size (mm)':>10}{'Prior (mm)':>12}"]
        for k in range(n):
            loc = rng.choice(("right cerebellar hemisphere", "left frontal lobe", "right parietal lobe",
                              "left occipital lobe", "pons", "right temporal lobe"))
            prior = rng.choice(("new", str(rng.randint(3, 20))))
            rows.append(f"  {k + 1:<3}{loc:<30}{rng.randint(3, 24):>10}{prior:>12}")
        return {"title": "MRI BRAIN WITH AND WITHOUT CONTRAST",
                "question": "Post-operative and on adjuvant temozolomide; RANO assessment."
                if ctx["onc"]["key"] == "gbm" else _c(rng, "Brain metastases, post SRS follow-up.",
                                                      "New headache; evaluate for metastases."),
                "technique": f"Multiplanar multisequence MRI on a {scanner} ({rng.choice(_SOFTWARE)}) before and "
                             f"after {round(rng.uniform(5, 9), 1)} mL gadobutrol (Gadavist).",
                "findings": ["Enhancing lesions:", *rows,
                             rng.choice(("No leptomeningeal enhancement.", "Faint leptomeningeal enhancement along "
                                         "the cerebellar folia, new.")),
                             f"Surrounding FLAIR signal {rng.choice(('decreased', 'stable', 'increased'))}. "
                             "No midline shift. Ventricles normal in size. " + _c(
                                 rng, "No hemorrhage.", "Small focus of susceptibility in the treated lesion "
                                 "(post-radiation)."),
                             "Incidental: small pineal cyst; mild chronic microvascular change."],
                "impression": [rng.choice(("Treated lesions decreasing; no new metastases.",
                                           "New enhancing lesion(s) as above, concerning for progression.",
                                           "Findings favor pseudoprogression; short-interval follow-up.")),
                               "RANO: " + rng.choice(("stable disease", "partial response", "progressive disease"))],
                "ct": False}
    if kind == 1:
        seg = rng.choice(("II", "IVa", "VI", "VII", "VIII"))
        return {"title": "MRI ABDOMEN WITH AND WITHOUT CONTRAST (LIVER PROTOCOL)",
                "question": "Cirrhosis with HCC, post TACE; transplant listing (Milan criteria).",
                "technique": f"Multiphase MRI on a {scanner} after {round(rng.uniform(6, 10), 1)} mL gadoxetate "
                             "disodium (Eovist); hepatobiliary phase at 20 minutes.",
                "findings": [f"LIVER: Cirrhotic morphology. Segment {seg} observation {_size(rng, 1, 4.8)} cm with "
                             f"arterial phase hyperenhancement, washout and capsule (LR-5), "
                             f"{rng.choice(('unchanged', 'increased from 2.1 cm'))}.",
                             f"Treated segment VIII lesion: LR-TR {rng.choice(('nonviable', 'equivocal', 'viable'))}.",
                             f"PORTAL VEIN: {rng.choice(('patent', 'bland thrombus in the right portal vein'))}.",
                             f"SPLEEN: {rng.randint(12, 18)} cm. Moderate ascites. Varices at the gastroesophageal "
                             "junction.",
                             "BILIARY: No ductal dilatation. PANCREAS: normal."],
                "impression": [f"LI-RADS v2018: segment {seg} LR-5.",
                               rng.choice(("Within Milan criteria.", "Beyond Milan criteria (tumor count).")),
                               "Stigmata of portal hypertension."],
                "ct": False}
    return {"title": "MRI PELVIS (RECTAL CANCER PROTOCOL)",
            "question": rng.choice(("Restaging after total neoadjuvant therapy.", "Evaluate response; "
                                    "watch-and-wait candidate?")),
            "technique": f"High-resolution T2 oblique axial images perpendicular to the tumor on a {scanner}; DWI "
                         "(b 0/800); no IV contrast. Rectal gel not used.",
            "findings": [f"Tumor: {rng.randint(4, 9)} cm from the anal verge, "
                         f"{_c(rng, 'posterior', 'left lateral', 'circumferential')}, "
                         f"length {_size(rng, 2, 6)} cm.",
                         f"T stage: mrT{_c(rng, '2', '3b', '3c', '4a')}; EMVI {_c(rng, 'negative', 'positive')}; "
                         f"closest distance to the mesorectal fascia {round(rng.uniform(0.5, 6), 1)} mm.",
                         f"Tumor regression grade: mrTRG {rng.randint(1, 4)}.",
                         f"Nodes: {rng.randint(0, 4)} mesorectal nodes with irregular borders; largest "
                         f"{rng.randint(3, 11)} mm. Lateral pelvic sidewall nodes: none.",
                         "Anal sphincter complex: not involved."],
            "impression": ["Response to neoadjuvant therapy as above.", "CRM not threatened." if rng.random() < 0.5
                           else "CRM threatened anteriorly."],
            "ct": False}


def _rad_us(rng: random.Random, ctx: dict) -> dict:
    if rng.random() < 0.6:
        return {"title": "RENAL TRANSPLANT ULTRASOUND WITH DOPPLER", "dx": "ESRD s/p living-donor kidney transplant",
                "question": "Living-donor kidney transplant POD 2; rising creatinine.",
                "technique": "Grayscale and Doppler ultrasound of the right lower quadrant transplant kidney "
                             f"({rng.choice(('GE LOGIQ E10', 'Philips EPIQ Elite', 'Siemens ACUSON Sequoia'))}).",
                "findings": [f"The transplant kidney measures {round(rng.uniform(10, 12.8), 1)} cm. "
                             f"{rng.choice(('No hydronephrosis.', 'Mild hydronephrosis with the stent in place.'))}",
                             f"Resistive indices: upper pole {round(rng.uniform(0.6, 0.8), 2)}, interpolar "
                             f"{round(rng.uniform(0.6, 0.8), 2)}, lower pole {round(rng.uniform(0.6, 0.8), 2)}.",
                             f"Main renal artery PSV {rng.randint(90, 260)} cm/s at the anastomosis; renal vein "
                             "patent.",
                             f"Perinephric collection {_size(rng, 1, 4)} x {_size(rng, 0.5, 2)} cm, likely seroma "
                             "or lymphocele.", "Bladder: Foley catheter in place."],
                "impression": ["Patent vasculature with normal resistive indices.",
                               rng.choice(("Small perinephric collection.", "No hydronephrosis."))],
                "ct": False}
    return {"title": "LIVER TRANSPLANT ULTRASOUND WITH DOPPLER", "dx": "NASH cirrhosis and HCC s/p liver transplant",
            "question": "s/p liver transplant POD 1; routine Doppler.",
            "technique": "Grayscale, color and spectral Doppler of the liver allograft.",
            "findings": [f"Hepatic artery: RI {round(rng.uniform(0.5, 0.78), 2)}, PSV {rng.randint(40, 150)} cm/s, "
                         "acceleration time <80 ms.",
                         f"Main portal vein: hepatopetal, {rng.randint(18, 60)} cm/s. Hepatic veins and IVC patent "
                         "with phasic flow (piggyback anastomosis).",
                         f"Small perihepatic fluid {_size(rng, 1, 3)} cm. No biliary dilatation.",
                         "Right pleural effusion, small."],
            "impression": ["Patent hepatic vasculature.", "Expected post-operative fluid."], "ct": False}


def _rad_cxr(rng: random.Random, ctx: dict) -> dict:
    line = rng.choice(("right internal jugular tunneled dual-lumen Hickman catheter",
                       "left upper extremity PICC (Arrow 5 Fr double lumen)", "right chest Bard PowerPort",
                       "right IJ temporary dialysis catheter"))
    return {"title": "CHEST (PORTABLE AP)",
            "question": f"Line placement for transplant admission; confirm tip position. // {line}",
            "technique": "Single portable AP view of the chest at 08:14, patient semi-upright.",
            "findings": [f"Interval placement of a {line} with the tip at the "
                         f"{rng.choice(('cavoatrial junction', 'low SVC', 'right atrium'))}.",
                         "No pneumothorax. Lungs: " + rng.choice(("clear.", "mild bibasilar atelectasis.",
                                                                   "patchy right lower lobe opacity.")),
                         f"Cardiomediastinal silhouette {rng.choice(('normal', 'stable, mildly enlarged'))}. No "
                         "pleural effusion.",
                         "Osseous structures unremarkable; surgical clips in the left axilla."],
            "impression": [f"{_cap(line)} with tip at the expected position.", "No pneumothorax."],
            "ct": False}


def _rad_fungal(rng: random.Random, ctx: dict) -> dict:
    return {"title": "CT CHEST WITHOUT CONTRAST",
            "question": f"Neutropenic fever day +{rng.randint(5, 20)} after allogeneic HCT; serum galactomannan "
                        f"index {round(rng.uniform(0.5, 3.2), 1)}.",
            "technique": f"Helical CT of the chest without contrast on a {rng.choice(_SCANNERS_CT)}; 1.25 mm "
                         "reconstructions.",
            "dose": f"DOSE:  DLP {rng.randint(150, 420)} mGy-cm; CTDIvol {round(rng.uniform(3, 8), 1)} mGy.",
            "findings": [f"LUNGS: {rng.randint(2, 6)} nodules up to {_size(rng, 0.8, 2.6)} cm in the "
                         f"{rng.choice(('right upper', 'left lower', 'right lower'))} lobe with a surrounding "
                         "ground-glass halo (halo sign). " + rng.choice(("No air crescent sign.",
                                                                           "Early air crescent in the largest.")),
                         "No cavitation. No pleural effusion. Airways patent.",
                         "MEDIASTINUM: No lymphadenopathy. Hickman catheter tip in the right atrium.",
                         "UPPER ABDOMEN: Spleen normal in size. No hepatic lesions in the imaged portion."],
            "impression": ["Nodules with halo sign, concerning for angioinvasive fungal infection in this host.",
                           "Recommend BAL if clinically feasible."],
            "ct": True}


def _rad_myeloma(rng: random.Random, ctx: dict) -> dict:
    return {"title": "WHOLE-BODY LOW-DOSE CT (MYELOMA SURVEY)",
            "question": "IgG kappa multiple myeloma; baseline skeletal assessment (IMWG).",
            "technique": f"Low-dose CT from vertex to knees on a {rng.choice(_SCANNERS_CT)}; bone and soft tissue "
                         "kernels.",
            "dose": f"DOSE:  DLP {rng.randint(250, 600)} mGy-cm.",
            "findings": [f"Innumerable lytic lesions in the calvarium (raindrop pattern), largest {rng.randint(6, 21)} "
                         "mm.",
                         f"T{rng.randint(6, 12)} pathologic compression fracture with {rng.randint(15, 50)}% height "
                         f"loss, no retropulsion; SINS {rng.randint(6, 12)}.",
                         f"Left iliac lytic lesion {_size(rng, 1, 4.5)} cm with cortical breach.",
                         f"Right sixth rib expansile lesion with soft tissue component (plasmacytoma), "
                         f"{_size(rng, 1, 3.5)} cm.", "No extramedullary soft tissue disease elsewhere."],
            "impression": ["Diffuse lytic bone disease as above (meets CRAB/SLiM bone criterion).",
                           "Pathologic T-spine fracture without canal compromise; spine consult suggested."],
            "ct": True}


_RAD_EXAMS = ((_rad_ct, 0.3), (_rad_pet, 0.24), (_rad_mri, 0.18), (_rad_us, 0.09), (_rad_cxr, 0.07),
              (_rad_fungal, 0.06), (_rad_myeloma, 0.06))
_RAD_FILL = (
    "RECOMMENDATION(S):  Continued imaging surveillance per oncology protocol.",
    "Note: Measurements obtained on axial images using electronic calipers; series/image numbers refer to the "
    "current exam.",
    "Report reviewed with the multidisciplinary team in the reading room.",
    "Structured reporting template: RECIST 1.1 / Lugano 2014 / RANO 2.0 as applicable.",
)


def _radiology(rng: random.Random, ctx: dict) -> list[tuple[list[_Seg], bool]]:
    P: _Plants = ctx["plants"]
    f = ctx["exam"](rng, ctx)
    out: list[tuple[list[_Seg], bool]] = []
    out.append(([f"EXAMINATION:  {f['title']}\n"], False))
    hd = P.take("r_header")
    if hd:
        out.append((_join_lines(hd) + ["\n"], False))
    ind: list[_Seg] = ["INDICATION:  "] + _age_segs(rng, ctx) + [f" {ctx['noun']} with "
                                                                 f"{f.get('dx', ctx['onc']['dx'])}. {f['question']}"]
    hist = P.take("r_history")
    if hist:
        ind += [" "] + _sentences(hist)
    out.append((ind + ["\n"], False))
    tech: list[_Seg] = [f"TECHNIQUE:  {f['technique']}"]
    tp = P.take("r_technique")
    if tp:
        tech += [" "] + _sentences(tp)
    out.append((tech + ["\n"], False))
    if f.get("dose"):
        out.append(([f["dose"] + "\n"], False))
    comp_default = rng.choice((f"{rng.choice(('CT', 'PET-CT', 'MRI'))} {_sd(ctx, -rng.randint(40, 120))}.", "___.",
                               "None.", f"Multiple prior studies, most recent {_sd(ctx, -rng.randint(20, 90))}."))
    if ctx["heavy"]:
        comp_default = "___ and ___ (outside, report only)."
    cp = P.take("r_comparison")
    comp: list[_Seg] = ["COMPARISON:  ", comp_default]
    if cp:
        comp += [" "] + _sentences(cp)
    out.append((comp + ["\n"], False))
    out.append((["FINDINGS:\n\n" + "\n".join(f["findings"]) + "\n"], False))
    out.append((["IMPRESSION:\n\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(f["impression"])) + "\n"],
                False))
    fill = list(_RAD_FILL)
    rng.shuffle(fill)
    while sum(_seg_len(s) + 1 for s, _ in out) < rng.randint(1150, 1500) and fill:
        out.append(([fill.pop() + "\n"], False))
    nt = P.take("r_notify")
    if nt:
        out.append((["NOTIFICATION:  "] + _sentences(nt) + ["\n"], False))
    elif ctx["heavy"] or rng.random() < 0.3:
        out.append((["NOTIFICATION:  The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ "
                     f"at {rng.randint(1, 11)}:{rng.randint(10, 59)} {rng.choice(('AM', 'PM'))}, "
                     f"{rng.randint(2, 20)} minutes after discovery of the findings.\n"], not ctx["heavy"]))
    ad = P.take("r_addendum")
    if ad:
        out.append((["ADDENDUM:  "] + _sentences(ad) + ["\n"], False))
    sg = P.take("r_signature")
    if sg:
        out.append((_join_lines(sg) + ["\n"], False))
    return out


# --------------------------------------------------------------------------------------------------
# Note generation
# --------------------------------------------------------------------------------------------------

_SUB_WEIGHTS = (("chemo", 25), ("bmt", 22), ("sot", 17), ("tumor_board", 13), ("genetics", 10), ("trial", 13))
_ONC_BY_KEY = {o["key"]: o for o in _ONC}
_EXAM_ONC = {
    _rad_ct: ("dlbcl", "panc", "rectal", "nsclc", "breast", "ovary", "gastric", "cll", "ewing", "chl"),
    _rad_pet: ("dlbcl", "chl", "nsclc", "breast", "gastric", "ewing"),
    _rad_mri: ("gbm", "nsclc", "breast", "hcc", "rectal"),
    _rad_us: ("hcc",), _rad_cxr: ("aml", "ball", "mm", "dlbcl"), _rad_fungal: ("aml", "ball"), _rad_myeloma: ("mm",),
}
_OVERMASK = ("Hunt and Hess", "Lewy body", "Parkinson", "Foley", "Whipple", "Glasgow", "Hickman", "Trousseau",
             "Couinaud", "Schmorl", "Lich-Gregoir", "Cockcroft-Gault", "Karnofsky", "Deauville", "Tyrer-Cuzick",
             "Reed-Sternberg", "Bence Jones", "Krukenberg", "Virchow", "Pancoast", "Stupp")
PLANTED_FRACTION = 0.59
_GOLDEN = 0.6180339887498949
HEAVY_FRACTION = 0.05


def _weighted(rng: random.Random, items: tuple) -> object:
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for item, w in items:
        x -= w
        if x <= 0:
            return item
    return items[-1][0]


def _context(rng: random.Random, nt: str, heavy: bool) -> dict:
    sex = rng.choice("FM")
    fem = sex == "F"
    ctx: dict = {
        "sex": sex, "first": _first(rng, sex), "last": rng.choice(_LAST), "He": "She" if fem else "He",
        "he": "she" if fem else "he", "his": "her" if fem else "his", "His": "Her" if fem else "His",
        "him": "her" if fem else "him", "noun": rng.choice(("woman", "female", "F")) if fem else
        rng.choice(("man", "male", "M")), "age": rng.randint(19, 86),
        "base": date(rng.randint(2110, 2189), rng.randint(1, 12), rng.randint(1, 28)),
        "date_style": 0 if rng.random() < 0.8 else 1, "plants": _Plants(), "heavy": heavy,
        "sub": None, "donor_rel": None, "bmt": None, "organ": None, "exam": None,
    }
    if ctx["noun"] in ("F", "M"):
        ctx["noun"] = "woman" if fem else "man"
    if nt == "radiology":
        exam = _weighted(rng, _RAD_EXAMS)
        ctx["exam"] = exam
        ctx["onc"] = _ONC_BY_KEY[rng.choice(_EXAM_ONC[exam])]
        _fix_sex(rng, ctx)
        return ctx
    sub = _weighted(rng, _SUB_WEIGHTS)
    ctx["sub"] = sub
    if sub == "bmt":
        ctx["bmt"] = "allo" if rng.random() < 0.7 else "auto"
        ctx["onc"] = _ONC_BY_KEY[rng.choice(("aml", "ball")) if ctx["bmt"] == "allo" else rng.choice(("mm", "chl"))]
        if ctx["bmt"] == "allo" and rng.random() < 0.6:
            ctx["donor_rel"] = rng.choice(("sister", "brother", "son", "daughter"))
    elif sub == "sot":
        ctx["organ"] = "kidney" if rng.random() < 0.65 else "liver"
        ctx["onc"] = _ONC_BY_KEY["hcc"]
        if ctx["organ"] == "kidney" or rng.random() < 0.6:
            ctx["donor_rel"] = rng.choice(("sister", "brother", "wife", "husband", "cousin", "friend", "son",
                                           "daughter", "nephew"))
    elif sub == "genetics":
        ctx["onc"] = _ONC_BY_KEY[rng.choice(("breast", "ovary", "panc", "rectal", "gastric"))]
    else:
        ctx["onc"] = rng.choice(_ONC)
    _fix_sex(rng, ctx)
    return ctx


def _fix_sex(rng: random.Random, ctx: dict) -> None:
    """Age range by diagnosis; breast and ovarian primaries are written for women here."""
    lo, hi = {"ewing": (15, 34), "chl": (19, 62), "ball": (19, 72)}.get(ctx["onc"]["key"], (36, 86))
    ctx["age"] = rng.randint(lo, hi)
    if ctx["onc"]["key"] in ("breast", "ovary") and ctx["sex"] == "M":
        ctx.update(sex="F", first=_first(rng, "F"), He="She", he="she", his="her", His="Her", him="her",
                   noun="woman")


def _pick(items: list, x: float) -> object:
    """The item whose cumulative-weight interval holds ``x`` in [0, 1)."""
    total = sum(w for _, w in items)
    acc = 0.0
    for item, w in items:
        acc += w / total
        if x < acc:
            return item
    return items[-1][0]


def _plan(rng: random.Random, ctx: dict, nt: str, first: float) -> None:
    """Choose 1-4 plant kinds; the first from the stratified coordinate ``first``, the others at random."""
    disch = nt == "discharge"
    k = _weighted(rng, ((1, 8), (2, 22), (3, 32), (4, 38)) if disch else ((1, 15), (2, 30), (3, 30), (4, 25)))
    avail = [(fn, wd if disch else wr) for fn, wd, wr, req in _KINDS
             if (wd if disch else wr) > 0 and (req is None or (req == "donor" and ctx["donor_rel"]))]
    for j in range(int(k)):  # type: ignore[call-overload]
        fn = _pick(avail, first) if j == 0 else _weighted(rng, tuple(avail))
        avail = [(f, w) for f, w in avail if f is not fn]
        fn(rng, ctx, nt)  # type: ignore[operator]


def _seg_len(segs: list[_Seg]) -> int:
    return sum(len(s if isinstance(s, str) else s[0]) for s in segs)


def _has_plant(segs: list[_Seg]) -> bool:
    return any(isinstance(s, tuple) for s in segs)


def _assemble(rng: random.Random, sections: list[tuple[list[_Seg], bool]], nt: str) -> tuple[str, list]:
    limit = rng.randint(3600, 5900) if nt == "discharge" else 5900
    secs = list(sections)
    while sum(_seg_len(s) + 1 for s, _ in secs) > limit:
        droppable = [k for k, (s, opt) in enumerate(secs) if opt and not _has_plant(s)]
        if not droppable:
            break
        k = max(droppable, key=lambda j: _seg_len(secs[j][0]))
        del secs[k]
    if nt == "radiology":
        fill = list(_RAD_FILL)
        rng.shuffle(fill)
        while sum(_seg_len(s) + 1 for s, _ in secs) < 1050 and fill:
            secs.insert(len(secs) - 0, ([fill.pop() + "\n"], True))
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for k, (segs, _opt) in enumerate(secs):
        if k:
            parts.append("\n")
            pos += 1
        for s in segs:
            if isinstance(s, tuple):
                value, cat = s
                if value != value.strip() or "___" in value or cat not in CATEGORIES or not value:
                    raise ValueError(f"bad plant {s!r}")
                spans.append((pos, pos + len(value), cat))
                parts.append(value)
                pos += len(value)
            else:
                parts.append(s)
                pos += len(s)
    return "".join(parts), spans


def _overmask(rng: random.Random, text: str) -> str:
    for w in _OVERMASK:
        if w in text and rng.random() < 0.6:
            text = text.replace(w, "___")
    return text


def _stratum(seed: int, i: int) -> float:
    """Golden-ratio (Weyl) coordinate of note ``i``: spreads note type, planted status and the first plant kind
    evenly over any prefix of the corpus, while each note stays a pure function of (seed, i)."""
    offset = random.Random(f"lqs-holdout17-offset:{seed}").random()
    return (offset + i * _GOLDEN) % 1.0


def holdout17_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic, independent of the other notes)."""
    rng = random.Random(f"lqs-holdout17:{seed}:{i}")
    u = _stratum(seed, i)
    nt = "discharge" if u < 0.5 else "radiology"
    v = (u % 0.5) * 2.0
    heavy = v < HEAVY_FRACTION
    planted = not heavy and v < HEAVY_FRACTION + PLANTED_FRACTION
    ctx = _context(rng, nt, heavy)
    if planted:
        _plan(rng, ctx, nt, (v - HEAVY_FRACTION) / PLANTED_FRACTION)
    sections = _discharge(rng, ctx) if nt == "discharge" else _radiology(rng, ctx)
    if ctx["plants"].by_anchor:
        raise RuntimeError(f"unplaced plants {sorted(ctx['plants'].by_anchor)} in note {seed}/{i}")
    text, spans = _assemble(rng, sections, nt)
    if heavy:
        text = _overmask(rng, text)
    return LabelledNote(note_type=nt, text=text, spans=spans)


def holdout17_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout17_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout17_corpus, argv,
        "Held-out corpus 17 (blind): oncology, haematology and transplant discharge summaries and staging "
        "radiology reports with residual identifiers.")
    report("holdout17", args, notes, hits, res)


if __name__ == "__main__":
    main()
