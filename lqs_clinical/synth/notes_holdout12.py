"""Held-out corpus 12: specialty and psychosocial narrative prose, MIMIC-IV-Note shaped.

What it imitates: discharge summaries (psychiatry admissions, obstetric deliveries, newborn
transitions, oncology admissions with an outpatient clinic letter copied in, medicine admissions
built around social-work / case-management / chaplaincy / interpreter notes, and admissions that
start with an ED triage narrative) and radiology reports whose clinical history is a prose paragraph
written by the ordering provider. Identifiers are masked as ``___`` and dates are shifted into
2100-2200, as in MIMIC-IV-Note. In about 57% of notes de-identification failed for one to four
identifiers, mostly inside running sentences (relatives, first names alone, nicknames, possessives,
lower-case typing, collateral phone numbers in prose); each leaked value is labelled with the exact
span of the value only. About 5% of notes are heavily masked (including over-masked eponyms) and
carry no plants. The rest are masked normally. Every note carries NON-PHI look-alikes that are never
labelled: drug and device brands, eponyms and scales named after people or cities (Glasgow,
Edinburgh, Richmond, Montreal, Columbia, Bristol), scanner models and firmware versions (some
four-part, IP-like), lot / REF / model / CPT / NDC / ICD codes, employer group numbers, insurer names,
public hotlines and public websites, room and bed numbers, ratios and scores, ages under 90, bare years,
durations and shifted dates.

Plan: notes come in blocks of 40; each block has 23 notes with plants, 2 heavily masked notes and 15
normally masked notes, and the 68 planted spans of a block are dealt from a deck holding every category
3 times and PERSON / LOCATION / ORGANIZATION / DATE_REAL_YEAR 5 times. Note ``i`` is a pure function
of ``(seed, i)``: its block plan is recomputed from ``(seed, i // 40)``, its text from ``(seed, i)``,
with ``random.Random`` seeded by strings (never ``hash()``).

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first ~40 lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the shared MIMIC-IV
schema reference and known-data-issues notes, the fully masked note-shaped samples and
``pyproject.toml``. Nothing about the detector (its rules, code, tests, benchmarks, docs or history)
was read, and the detector was never run while writing this corpus.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Seg = tuple[str, list[tuple[int, int, str]]]

BLOCK = 40
_BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_KINDS = ("plant",) * 23 + ("heavy",) * 2 + ("clean",) * 15
_SIZE_SETS = (
    (1,) * 3 + (2,) * 4 + (3,) * 7 + (4,) * 9,
    (1,) * 2 + (2,) * 6 + (3,) * 6 + (4,) * 9,
    (1,) * 4 + (2,) * 3 + (3,) * 6 + (4,) * 10,
)

# ==================================================================================================
# Surrogate pools (invented people and facilities; real towns and cities)
# ==================================================================================================

_F_FIRST = (
    "Chiamaka", "Ngozi", "Oluwakemi", "Abena", "Efua", "Thandiwe", "Nomvula", "Mireille", "Nadege",
    "Roseline", "Guerline", "Nguyet", "Thao", "Xiulan", "Meiling", "Keiko", "Ayaka", "Seo-yeon", "Ji-woo",
    "Priyanka", "Sunita", "Lakshmi", "Farzaneh", "Shirin", "Rania", "Hodan", "Ayaan", "Agnieszka",
    "Dorota", "Halina", "Oksana", "Svitlana", "Dragana", "Ioana", "Ilona", "Sigrid", "Siobhan", "Caoimhe",
    "Guadalupe", "Xochitl", "Itzel", "Maricela", "Yesenia", "Rosaura", "Leilani", "Kalena", "Mele",
    "Tova", "Rivka", "Shoshana", "Earlene", "Lavonne", "Wilhelmina", "Ruthanne", "Bernadette", "Delphine",
    "Zainab", "Bilqis", "Tsering", "Pema",
)
_M_FIRST = (
    "Chukwuemeka", "Obinna", "Olusegun", "Kwabena", "Kofi", "Yaw", "Sipho", "Thabo", "Jean-Baptiste",
    "Wesner", "Fritznel", "Duc", "Quang", "Jianhong", "Haruto", "Kenji", "Min-jun", "Seung-ho", "Rajesh",
    "Venkat", "Arjun", "Dariush", "Kaveh", "Abdirahman", "Tomasz", "Wojciech", "Grzegorz", "Bohdan",
    "Taras", "Milos", "Dragan", "Eero", "Padraig", "Cathal", "Teodoro", "Ignacio", "Efrain", "Joaquin",
    "Tevita", "Sione", "Keoni", "Shmuel", "Yitzhak", "Orville", "Delbert", "Virgil", "Leland", "Cletus",
    "Amos", "Tenzin", "Dawa",
)
_SURNAMES = (
    "Okonkwo", "Nwachukwu", "Adeyemi", "Ogunleye", "Mensah", "Asante", "Boateng", "Dlamini", "Ndlovu",
    "Pierre-Louis", "Desrosiers", "Toussaint", "Pham", "Hoang", "Zhou", "Liang", "Nakashima", "Fujimoto",
    "Yoon", "Venkataraman", "Banerjee", "Chaudhry", "Iyer", "Farahani", "Rahimi", "Haddad", "Khoury",
    "Warsame", "Kowalczyk", "Wisniewski", "Grabowski", "Bondarenko", "Shevchenko", "Petrovic", "Jankovic",
    "Ionescu", "Popescu", "Nieminen", "Lindqvist", "O'Shaughnessy", "Dunleavy", "McCafferty", "Villalobos",
    "Castellanos", "Quispe", "Zamudio", "Kahananui", "Fifita", "Tuipulotu", "Goldfarb", "Birnbaum", "Yoder",
    "Stoltzfus", "Hochstetler", "Blevins", "Tackett", "Whitcomb", "Lambright", "Gurung", "Tamang",
)
_NICKNAMES = ("Tito", "Chuy", "Nene", "Junebug", "Kiki", "Dede", "Pinky", "Sonny", "Boo", "Lolo", "Mimi")

_US_TOWNS = (
    "Zanesville", "Gallipolis", "Nelsonville", "Coshocton", "Wapakoneta", "Bucyrus", "Ashtabula", "Pomeroy",
    "Circleville", "Presque Isle", "Brattleboro", "Rutland", "Keene", "Pawtucket", "Woonsocket", "Holyoke",
    "Chicopee", "Fitchburg", "Opelousas", "Natchitoches", "Hattiesburg", "Tupelo", "Muskogee", "Paducah",
    "Pikeville", "Beckley", "Bluefield", "Yakima", "Wenatchee", "Klamath Falls", "Visalia", "Merced",
    "Yuma", "Gallup", "Pueblo", "Greeley", "Kalamazoo", "Ypsilanti", "Sheboygan", "Oshkosh", "Dubuque",
    "Ottumwa", "Mankato", "Bemidji", "Minot",
)
_HOODS = (
    "Mattapan", "Dorchester", "Roxbury", "Pilsen", "Little Village", "Bushwick", "Flatbush", "Germantown",
    "Over-the-Rhine", "Franklinton", "East Liberty", "Hazelwood", "Fishtown", "Corktown", "Mt. Airy",
)
_COUNTIES = (
    "Meigs County", "Vinton County", "Scioto County", "Aroostook County", "Hampden County", "Gallia County",
    "Muskingum County", "Lawrence County", "Hocking County", "Perry County",
)
_FOREIGN = (
    "Enugu", "Onitsha", "Kumasi", "Tamale", "Can Tho", "Haiphong", "Port-au-Prince", "Cap-Haitien", "Jacmel",
    "Oaxaca", "Puebla", "Guadalajara", "Tegucigalpa", "San Pedro Sula", "Quetzaltenango", "Mosul", "Herat",
    "Mazar-i-Sharif", "Lviv", "Kharkiv", "Wroclaw", "Bialystok", "Cluj-Napoca", "Timisoara", "Tampere",
    "Galway", "Montego Bay", "Hargeisa", "Kismayo", "Damak", "Pokhara", "Chittagong", "Sylhet", "Cebu",
    "Iloilo",
)

_ORGS = {
    "psych": (
        "Harrow Creek Behavioral Hospital", "Stonebridge Recovery Center", "Bellflower Crisis Stabilization Unit",
        "Quarry Point Behavioral Health", "Aldergrove Psychiatric Hospital", "Pinecrest Partial Hospital Program",
        "Tamarack House Respite",
    ),
    "clinic": (
        "Oakhaven Family Medicine", "Riverbend Community Health Center", "Kettle Hill Counseling Associates",
        "Eastgate Psychiatry Group", "Sage Ridge Primary Care", "Bluestem Recovery Clinic",
    ),
    "hosp": (
        "St. Ambrose Regional Medical Center", "Stillwater Valley Hospital", "Cobb Mill Memorial Hospital",
        "Wrenfield Memorial Hospital", "Bramblewood Regional Medical Center", "Our Lady of the Pines Hospital",
    ),
    "rehab": (
        "Sycamore Bend Nursing & Rehabilitation", "Willow Glen Skilled Nursing", "Heatherstone Care Center",
        "Maple Terrace Assisted Living", "Greenbriar Commons Rehab",
    ),
    "employer": (
        "Greystone Poultry Processing", "Ridgeline Distribution Center", "Tuttle Brothers Roofing",
        "Kessler Tool & Die", "Blue Heron Casino", "Marchetti's Bakery", "Copperline Call Center",
        "Halvorsen Dairy",
    ),
    "school": (
        "Wexley Middle School", "Hollis Academy", "Brookmere Community College", "St. Casimir School",
        "Ashgrove Elementary", "Little Sprouts Learning Center",
    ),
    "church": (
        "Greater New Hope Baptist Church", "St. Casimir Parish", "Iglesia Pentecostal Monte Sion",
        "Masjid Al-Rahma", "Holy Trinity Ukrainian Catholic Church", "Congregation Beth Shalom",
    ),
    "shelter": ("Lantern House", "Bethany Family Shelter", "Cornerstone Women's Shelter", "Hope Harbor Men's Shelter"),
    "pharm": ("Hilltop Apothecary", "Brennan's Family Pharmacy", "Oakmont Pharmacy", "Ferris Corner Drug"),
    "ob": ("Meadowlark Midwifery", "Bellwood OB/GYN Associates", "Cedar Lane Birth Center", "Tansy Women's Health"),
    "peds": ("Little Acorns Pediatrics", "Hummingbird Pediatric Associates", "Brookside Pediatrics"),
    "onc": ("Bellwether Oncology Partners", "Northgate Hematology & Oncology", "Solstice Oncology Associates"),
}

_STREETS = (
    "Larkspur", "Cedar Bluff", "Tollgate", "Quarry Hill", "Mound", "Sumner", "Kossuth", "Pulaski",
    "Orchard Ridge", "Beechwood", "Old Mill", "Foundry", "Tannery", "Depot", "Ferncliff", "Chestnut Ridge",
    "Goshen", "Kinnear", "Harwood", "Sawyer", "Bramble", "Lockbourne", "Catalpa",
)
_SUFFIXES = (
    "St", "St.", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Ct", "Dr", "Drive", "Way", "Pike",
    "Terrace", "Circle",
)
_AREA = (
    "614", "740", "937", "513", "419", "330", "617", "508", "413", "207", "802", "603", "401", "337", "601",
    "662", "918", "270", "606", "304", "509", "541", "559", "928", "505", "719", "970", "269", "734", "920",
    "563", "641", "507", "218", "701",
)
_STATES = ("OH", "MA", "ME", "VT", "NH", "RI", "LA", "MS", "OK", "KY", "WV", "WA", "OR", "CA", "AZ", "NM", "MI")
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "protonmail.com")
_WORK_DOMAINS = ("bellwetheronc.org", "riverbendchc.org", "stambroseregional.org", "kettlehillcounseling.com",
                 "wrenfieldmemorial.org", "greystonepoultry.com", "meadowlarkmidwifery.com")
_AGE_WORDS = ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
              "ninety-seven", "ninety-eight", "ninety-nine")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

# Public organisations' numbers and sites, brands, eponyms and named scales: never labelled.
_HOTLINES = (
    "call or text 988 (Suicide & Crisis Lifeline)",
    "SAMHSA National Helpline 1-800-662-4357",
    "Poison Control 1-800-222-1222",
    "National Domestic Violence Hotline 1-800-799-7233",
    "Postpartum Support International HelpLine 1-800-944-4773",
    "Veterans Crisis Line: dial 988 then press 1",
    "Medicare 1-800-633-4227 for coverage questions",
    "the American Cancer Society line 1-800-227-2345",
)
_PUBLIC_URLS = ("https://988lifeline.org", "www.postpartum.net", "https://www.cancer.gov", "www.samhsa.gov",
                "https://www.cdc.gov/vaccines", "www.healthychildren.org")
LOOKALIKES = (
    "1-800-662-4357", "1-800-222-1222", "1-800-799-7233", "1-800-944-4773", "1-800-633-4227", "1-800-227-2345",
    "988lifeline.org", "postpartum.net", "cancer.gov", "samhsa.gov", "cdc.gov", "healthychildren.org",
    "Glasgow", "Edinburgh", "Richmond", "Montreal", "Columbia", "Bristol", "Apgar", "Bishop", "Parkinson",
    "Foley", "Lewy", "Whipple", "Hodgkin", "Hunt and Hess", "Creutzfeldt-Jakob", "Wernicke", "Moro",
    "Barlow", "Ortolani", "Bhutani", "Finnegan", "Hadlock", "Fazekas", "McRoberts", "Pfannenstiel", "Braxton Hicks",
    "Seroquel", "Zyprexa", "Abilify", "Haldol", "Ativan", "Depakote", "Lexapro", "Suboxone", "Pitocin",
    "Nexplanon", "Mirena", "RhoGAM", "Neulasta", "Zofran", "Similac", "Enfamil", "PowerPort", "LivaNova",
    "SOMATOM", "MAGNETOM", "Voluson", "Aquilion", "Ingenia", "Omnipaque", "Gadavist", "Aetna", "Humana",
)


def _ascii(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ==================================================================================================
# Surrogate values per category
# ==================================================================================================

def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
    fmt = r.randrange(6)
    return (f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"{a}{b}{c:04d}",
            f"1-{a}-{b}-{c:04d}")[fmt]


def _intl_phone(r: random.Random) -> str:
    return r.choice((
        f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}", f"+509 {r.randint(3000, 4999)} {_digits(r, 4)}",
        f"+52 33 {_digits(r, 4)} {_digits(r, 4)}", f"+380 67 {_digits(r, 3)} {_digits(r, 4)}",
        f"+977 98{_digits(r, 8)}", f"+63 917 {_digits(r, 3)} {_digits(r, 4)}", f"+252 63 {_digits(r, 7)}",
    ))


def _luhn_digit(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                    strict=True))
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(r: random.Random) -> str:
    body = list(r.choice(("1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1C4", "KMH", "WBA", "4T1")))
    body += [r.choice(_VIN_CHARS) for _ in range(5)] + ["0"] + [r.choice("ABCDEFGHJKLMNPRSTVWXY123456789")]
    body += [r.choice(_VIN_CHARS)] + [r.choice("0123456789") for _ in range(6)]
    total = sum((int(ch) if ch.isdigit() else _VIN_VAL[ch]) * w for ch, w in zip(body, _VIN_W, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def _letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _value(cat: str, style: str, r: random.Random, ctx: _Ctx) -> str:
    f, m, s = r.choice(_F_FIRST), r.choice(_M_FIRST), r.choice(_SURNAMES)
    if cat == "PERSON":
        return {
            "F": f, "M": m, "S": s, "FF": f"{f} {s}", "MF": f"{m} {s}", "fl": f.lower(), "ml": m.lower(),
            "kid": f if ctx.sex == "F" else m, "MU": m.upper(), "N": r.choice(_NICKNAMES),
            "SF": f"{s}, {r.choice((f, m))}",
            "I": r.choice((f"{r.choice((f, m))[0]}. {s}", f"{f[0]}.{m[0]}. {s}", f"{m[0]} {s}")),
        }[style]
    if cat == "LOCATION":
        town = r.choice(_US_TOWNS)
        return {"town": town, "lower": town.lower(), "foreign": r.choice(_FOREIGN), "hood": r.choice(_HOODS),
                "county": r.choice(_COUNTIES)}[style]
    if cat == "ORGANIZATION":
        return r.choice(_ORGS[style])
    if cat in ("PHONE", "FAX"):
        return _intl_phone(r) if style == "intl" else _phone(r)
    if cat == "PAGER":
        return r.choice((f"{r.randint(1, 9)}-{r.randint(1000, 9999)}", str(r.randint(10000, 99999)), _phone(r),
                         f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"))
    if cat == "EMAIL":
        a, b = _ascii(r.choice((f, m))), _ascii(s)
        if style == "work":
            return f"{a[0]}{b}@{r.choice(_WORK_DOMAINS)}"
        dom = r.choice(_MAIL)
        return r.choice((f"{a}.{b}{r.randint(1, 99)}@{dom}", f"{a}{b[0]}{r.randint(70, 99)}@{dom}", f"{b}.{a}@{dom}",
                         f"{a}_{r.choice(('mama', 'papa', 'fam', 'home'))}@{dom}"))
    if cat == "URL":
        a, b = _ascii(r.choice((f, m))), _ascii(s)
        code = _letters(r, 3) + _digits(r, 3) + _letters(r, 2)
        return {
            "fund": f"https://www.gofundme.com/f/help-{a}-{b}-{r.choice(('recover', 'come-home', 'heal'))}",
            "cb": f"https://www.caringbridge.org/visit/{a}{b}",
            "blog": f"https://{a}{b}{r.randint(1, 99)}.wordpress.com",
            "meal": f"https://www.mealtrain.com/trains/{code.lower()}",
            "social": r.choice((f"https://www.facebook.com/{a}.{b}.{r.randint(1, 999)}", f"www.instagram.com/{a}_{b}")),
            "tele": f"https://visit.{r.choice(('carelinkvideo', 'telepsych-now', 'homevisitmd'))}.com/room/{code}",
            "img": f"https://share.{r.choice(('imagebridge', 'dicomdrop', 'scanlink'))}.net/s/{code}",
        }[style]
    if cat == "IP_ADDRESS":
        return f"{r.choice((24, 50, 68, 71, 73, 96, 98, 108, 173, 174, 184, 207))}.{r.randint(0, 255)}." \
               f"{r.randint(0, 255)}.{r.randint(1, 254)}"
    if cat == "SSN":
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, n = r.randint(1, 99), r.randint(1, 9999)
        return r.choice((f"{a:03d}-{g:02d}-{n:04d}", f"{a:03d} {g:02d} {n:04d}", f"{a:03d}{g:02d}{n:04d}"))
    if cat == "MRN":
        return r.choice((_digits(r, 7), "00" + _digits(r, 6), "KH-" + _digits(r, 7), "M" + _digits(r, 7),
                         str(r.randint(10, 99)) + "-" + _digits(r, 2) + "-" + _digits(r, 3)))
    if cat == "ACCOUNT":
        return r.choice(("000" + _digits(r, 8), str(r.randint(2, 9)) + _digits(r, 7), "E" + _digits(r, 8),
                         f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}", "HAR" + _digits(r, 9)))
    if cat == "HEALTH_PLAN":
        if style == "mbi":
            a = "ACDEFGHJKMNPQRTUVWXY"
            return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a + '0123456789')}{r.randint(0, 9)}-"
                    f"{r.choice(a)}{r.choice(a + '0123456789')}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}"
                    f"{r.randint(0, 9)}{r.randint(0, 9)}")
        if style == "medicaid":
            return r.choice((_digits(r, 10), str(r.randint(1, 9)) + _digits(r, 11), _letters(r, 2) + _digits(r, 8)))
        return r.choice((_letters(r, 3) + _digits(r, 9), "W" + _digits(r, 9), _letters(r, 1) + _digits(r, 8) + "01",
                         f"{_letters(r, 3)}{_digits(r, 6)}-{_digits(r, 2)}"))
    if cat == "LICENSE":
        if style == "npi":
            body = r.choice("12") + _digits(r, 8)
            return body + _luhn_digit("80840" + body)
        if style == "dea":
            d = [r.randint(0, 9) for _ in range(6)]
            chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
            return r.choice("ABFGM") + _letters(r, 1) + "".join(map(str, d)) + str(chk)
        if style == "dl":
            return r.choice((_letters(r, 2) + _digits(r, 6), _letters(r, 1) + _digits(r, 8), _digits(r, 9),
                             f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}"))
        if style == "md":
            return r.choice((f"25MA{_digits(r, 7)}", f"{r.choice(('MD', 'DO'))}{_digits(r, 8)}", _digits(r, 6)))
        if style == "cnm":
            return r.choice((f"CNM-{_digits(r, 5)}", f"APRN-{_digits(r, 5)}", f"{_digits(r, 6)}"))
        return r.choice((f"RN{_digits(r, 7)}", f"{_digits(r, 7)}", f"R{_digits(r, 6)}",
                         f"{_digits(r, 3)}-{_digits(r, 5)}"))
    if cat == "ZIP":
        z = f"{r.randint(1001, 99950):05d}"
        return z + f"-{r.randint(1, 9999):04d}" if style == "any" and r.random() < 0.3 else z
    if cat == "STREET_ADDRESS":
        num = r.choice((str(r.randint(2, 99)), str(r.randint(100, 999)), str(r.randint(1000, 9999))))
        pre = r.choice(("", "", "", "E. ", "N ", "West ", "S. "))
        addr = f"{num} {pre}{r.choice(_STREETS)} {r.choice(_SUFFIXES)}"
        unit = r.choice(("", "", "", f", Apt {r.randint(1, 6)}{r.choice('ABCD')}", f" #{r.randint(1, 30)}",
                         f", Unit {r.randint(1, 40)}", f", Lot {r.randint(1, 80)}"))
        out = addr + unit
        return out.lower() if r.random() < 0.12 else out
    if cat == "DATE_REAL_YEAR":
        lo, hi = {"dob": (1921, 2004), "dobm": (1979, 2006), "past": (1988, 2023), "recent": (2014, 2025)}[style]
        y, mo, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        mn = _MONTHS[mo - 1]
        return r.choice((f"{mo}/{d}/{y}", f"{mo:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{d}-{mn[:3]}-{y}",
                         f"{y}-{mo:02d}-{d:02d}", f"{mn[:3]} {d} {y}", f"{d} {mn} {y}", f"{mn[:3].lower()} {d}, {y}",
                         f"{d:02d}.{mo:02d}.{y}"))
    if cat == "AGE_OVER_89":
        a = r.randint(90, 103)
        if style == "words" and a < 100:
            return _AGE_WORDS[a - 90]
        return str(a)
    if cat == "DEVICE_ID":
        return r.choice((_letters(r, 3) + _digits(r, 6) + _letters(r, 1),
                         f"{_digits(r, 4)}-{_digits(r, 4)}-{_letters(r, 1)}",
                         _letters(r, 2) + _digits(r, 7), f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}",
                         _digits(r, 9)))
    if cat == "VEHICLE_ID":
        if style == "vin":
            return _vin(r)
        return r.choice((f"{_letters(r, 3)} {_digits(r, 4)}", f"{_letters(r, 3)}-{_digits(r, 4)}",
                         f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}", f"{_letters(r, 3)} {_digits(r, 3)}",
                         f"{_digits(r, 3)} {_letters(r, 3)}"))
    raise ValueError(cat)


# ==================================================================================================
# Planting templates: (category, note type d/r, section, archetypes, text). One <CAT:style> slot each;
# {key} are clinical fillers; ___ are identifiers the de-identification did mask.
# Discharge archetypes: P psychiatry, O obstetrics, N newborn, C oncology, M medicine + psychosocial notes,
# E ED triage narrative. Radiology: u obstetric US, b neonatal, h CT head, m MRI brain, s staging CT,
# t trauma CT, x chest radiograph.
# ==================================================================================================

_DA, _DN, _RA, _RN = "POCME", "POCMEN", "uhmstx", "uhmstxb"
_T: tuple[tuple[str, str, str, str, str], ...] = (
    # ---- PHONE
    ("PHONE", "d", "hpi", "PME", "Collateral was obtained by phone from {his} {rel} (<PHONE:us>), who reports {he} "
                                 "stopped taking {ap} about three weeks ago and has barely slept."),
    ("PHONE", "d", "course", _DA, "{His} {rel} asked to be called with any updates at <PHONE:us> and will provide "
                                  "the ride home."),
    ("PHONE", "d", "course", "PMEC", "SW left a voicemail for the landlord at <PHONE:us> about the pending eviction "
                                     "notice."),
    ("PHONE", "d", "soc", _DA, "Emergency contact is a sister in ___ (best reached after 6 pm on her cell, "
                               "<PHONE:us>)."),
    ("PHONE", "d", "soc", "PMEO", "{His} brother in ___ was reached on WhatsApp at <PHONE:intl>; he had not heard "
                                  "from {him} in months."),
    ("PHONE", "d", "course", "O", "FOB can be reached at <PHONE:us> and was present for the delivery."),
    ("PHONE", "d", "course", "N", "Mother's cell phone <PHONE:us> confirmed for the newborn follow-up call."),
    ("PHONE", "d", "soc", "N", "MOB is staying with her aunt for now; best number for the family is <PHONE:us>."),
    ("PHONE", "d", "fu", "N", "If the pediatric office cannot reach the mother, the grandmother's number is "
                              "<PHONE:us>."),
    ("PHONE", "d", "course", "C", "{He} prefers that results be called to {his} daughter's cell, <PHONE:us>, rather "
                                  "than the home line."),
    ("PHONE", "d", "course", "PE", "pt gave verbal ok to speak w/ roommate, reached at <PHONE:us>, who confirmed pt "
                                   "had been giving away belongings."),
    ("PHONE", "d", "fu", "PCMEO", "Therapist ___ asked that the discharge plan be reviewed with her at <PHONE:us> "
                                  "before the first session."),
    ("PHONE", "d", "letter:body", "C", "Should you have any questions, please call my direct line, <PHONE:us>."),
    ("PHONE", "r", "notif", _RN, "Critical result communicated to the ordering provider by telephone at <PHONE:us> "
                                 "at {tm}."),
    ("PHONE", "r", "hist", "hmstx", "{His} daughter asks to be called with results at <PHONE:us>; patient is hard of "
                                    "hearing."),
    ("PHONE", "r", "hist", "hmx", "Poor historian. Group home staff (<PHONE:us>) report two unwitnessed falls this "
                                  "week."),
    ("PHONE", "r", "hdr", _RN, "Please call ordering NP cell <PHONE:us> with any urgent findings."),
    ("PHONE", "r", "hist", "u", "Patient's partner asks for a call at <PHONE:us> if anything abnormal is seen; "
                                "patient consents."),
    ("PHONE", "r", "hist", "b", "Transferred from the level II nursery; the outside neonatologist can be reached at "
                                "<PHONE:us> with questions."),
    ("PHONE", "r", "hist", "htx", "Lives alone; the neighbor who found {him} can be reached at <PHONE:us>."),
    # ---- FAX
    ("FAX", "d", "fu", "PCME", "Discharge summary to be faxed to {his} outpatient prescriber at <FAX:us>."),
    ("FAX", "d", "fu", "O", "Please fax the delivery summary to the prenatal clinic at fax <FAX:us> before the "
                            "postpartum visit."),
    ("FAX", "d", "course", "PCME", "Records from the prior admission were requested from the outside hospital by fax "
                                   "(<FAX:us>)."),
    ("FAX", "d", "fu", "C", "cc: referring oncologist, fax <FAX:us>."),
    ("FAX", "d", "fu", "N", "Newborn discharge summary faxed to the pediatrician's office at <FAX:us>."),
    ("FAX", "d", "course", "MC", "SNF referral packet faxed to the admissions coordinator at <FAX:us>."),
    ("FAX", "d", "course", "PE", "Signed release of information faxed to the methadone clinic at <FAX:us>."),
    ("FAX", "d", "letter:head", "C", "Tel ___   Fax <FAX:us>"),
    ("FAX", "d", "course", "N", "Maternal prenatal labs received by fax from the OB office (fax <FAX:us>)."),
    ("FAX", "d", "course", "O", "Outside ultrasound report obtained from the perinatology office by fax, <FAX:us>."),
    ("FAX", "r", "hdr", _RN, "cc: outside PCP, fax <FAX:us>"),
    ("FAX", "r", "notif", "u", "Report also faxed to the referring midwife at <FAX:us> per request."),
    ("FAX", "r", "notif", "s", "Final report faxed to the outside oncologist's office (fax <FAX:us>)."),
    ("FAX", "r", "notif", "hmtxb", "Copy of the final report faxed to <FAX:us> at the request of the referring "
                                   "office."),
    ("FAX", "r", "notif", "b", "Report faxed to the referring nursery at <FAX:us>."),
    # ---- PAGER
    ("PAGER", "d", "course", "CMEO", "Psychiatry C/L fellow Dr. ___ (pager <PAGER:any>) will continue to follow."),
    ("PAGER", "d", "course", "O", "Discussed with the covering OB resident, pager <PAGER:any>, who agreed with the "
                                  "plan."),
    ("PAGER", "d", "course", "N", "NICU fellow paged at <PAGER:any> for a glucose of 38; infant fed and recheck was "
                                  "52."),
    ("PAGER", "d", "fu", "PCMEO", "Questions overnight: page the on-call resident, pgr <PAGER:any>."),
    ("PAGER", "d", "course", "P", "Night float resident (beeper <PAGER:any>) evaluated {him} for chest tightness; "
                                  "EKG unchanged."),
    ("PAGER", "d", "course", "C", "Onc fellow (pager <PAGER:any>) aware of the ANC of 200."),
    ("PAGER", "d", "course", "ME", "Surgery consult resident, pager <PAGER:any>, saw the patient in the ED."),
    ("PAGER", "d", "fu", "N", "For questions about the hearing rescreen, page the nursery NP at <PAGER:any>."),
    ("PAGER", "r", "notif", _RN, "Findings discussed with Dr. ___ (pager <PAGER:any>) at {tm} by Dr. ___."),
    ("PAGER", "r", "notif", _RN, "Dr. ___ was paged at <PAGER:any> and acknowledged the finding."),
    ("PAGER", "r", "hdr", _RN, "Ordering provider pager: <PAGER:any>"),
    ("PAGER", "r", "notif", _RA, "Wet read communicated to the ED resident on beeper <PAGER:any>."),
    ("PAGER", "r", "notif", "b", "Line position called to the NICU resident, pager <PAGER:any>, at {tm}."),
    # ---- EMAIL
    ("EMAIL", "d", "soc", "PCME", "{He} asked that appointment reminders go to <EMAIL:personal> because {he} does not "
                                  "check voicemail."),
    ("EMAIL", "d", "course", _DA, "A work note for {his} employer was sent to the HR contact at <EMAIL:work> with "
                                  "{his} written consent."),
    ("EMAIL", "d", "fu", _DA, "Intake paperwork for the outpatient program was emailed to the patient at "
                              "<EMAIL:personal>."),
    ("EMAIL", "d", "course", "O", "Lactation handouts emailed to <EMAIL:personal> at the mother's request."),
    ("EMAIL", "d", "fu", "N", "Mother asked that the early-intervention referral be sent to <EMAIL:personal>."),
    ("EMAIL", "d", "letter:body", "C", "Please do not hesitate to contact me at <EMAIL:work>."),
    ("EMAIL", "d", "soc", "PE", "Showed staff threatening messages sent from an account {he} says belongs to {his} "
                                "ex, <EMAIL:personal>."),
    ("EMAIL", "d", "course", "N", "Photos for the NICU family album shared with the parents at <EMAIL:personal> per "
                                  "their consent."),
    ("EMAIL", "d", "course", "C", "Financial navigator corresponds with the patient's son at <EMAIL:personal>."),
    ("EMAIL", "r", "hist", _RA, "Patient requests a copy of the report at <EMAIL:personal>."),
    ("EMAIL", "r", "notif", _RN, "Ordering clinician asks that results also be sent to <EMAIL:work>."),
    ("EMAIL", "r", "hist", "smht", "Outside images were sent by {his} {rel} from <EMAIL:personal>; reformatted for "
                                   "review."),
    ("EMAIL", "r", "hist", "b", "Parents asked that the report be shared with them at <EMAIL:personal> once final."),
    ("EMAIL", "r", "hist", "u", "Referring midwife can be reached at <EMAIL:work>."),
    # ---- URL
    ("URL", "d", "soc", "PCME", "Family has set up a fundraiser for {his} care at <URL:fund> and asked that the team "
                                "not comment on it."),
    ("URL", "d", "soc", "CM", "{His} {rel} posts updates on a CaringBridge page (<URL:cb>)."),
    ("URL", "d", "course", "P", "{He} showed the team {his} personal blog, <URL:blog>, where {he} had posted about "
                                "wanting to die."),
    ("URL", "d", "course", "N", "Parents keep a blog about the baby's NICU stay (<URL:blog>); SW discussed privacy "
                                "of photos."),
    ("URL", "d", "soc", "C", "{His} sister set up <URL:meal> to coordinate meals during chemotherapy."),
    ("URL", "d", "fu", _DA, "Video follow-up will use the patient-specific link <URL:tele>."),
    ("URL", "d", "soc", "O", "Friends organized a meal train for the family (<URL:meal>)."),
    ("URL", "d", "course", "PE", "Posts on {his} page, <URL:social>, were forwarded by a friend who was worried "
                                 "about {him}."),
    ("URL", "d", "fu", "N", "Newborn follow-up video visit link sent to the family: <URL:tele>."),
    ("URL", "r", "hist", _RA, "Outside MRI available through the patient's image-share link <URL:img>; reviewed for "
                              "comparison."),
    ("URL", "r", "comp", _RN, "Outside images provided by the family via <URL:img>."),
    ("URL", "r", "hist", "b", "Prenatal imaging from the outside MFM practice shared through <URL:img>."),
    ("URL", "r", "tech", _RN, "Prior study retrieved from the patient's cloud upload, <URL:img>."),
    # ---- IP_ADDRESS
    ("IP_ADDRESS", "d", "course", "PCME", "Telepsychiatry session from home dropped twice; IT logged the patient's "
                                          "connection from <IP:pub>."),
    ("IP_ADDRESS", "d", "soc", "P", "{He} believes a neighbor hacked {his} router and has written the address "
                                    "<IP:pub> on {his} forearm; {he} checks it hourly."),
    ("IP_ADDRESS", "d", "fu", _DA, "Prior video visits connected from the home network at <IP:pub>; IT confirmed "
                                   "adequate bandwidth."),
    ("IP_ADDRESS", "d", "course", "N", "Family webcam access to the bedside camera was registered to the parents' "
                                       "home IP, <IP:pub>."),
    ("IP_ADDRESS", "d", "course", "C", "Home monitoring tablet registered to the patient's network at <IP:pub>."),
    ("IP_ADDRESS", "d", "course", "O", "Remote BP cuff readings were uploading from the patient's home connection "
                                       "<IP:pub> until the account lapsed."),
    ("IP_ADDRESS", "d", "soc", "PE", "Police report in the chart lists the IP address <IP:pub> tied to {his} account "
                                     "in the harassment complaint."),
    ("IP_ADDRESS", "d", "fu", "N", "Remote weight checks will upload from the family's home network (<IP:pub>)."),
    ("IP_ADDRESS", "r", "hist", _RA, "Outside images uploaded by the patient through the web uploader from "
                                     "<IP:pub>; upload log attached."),
    ("IP_ADDRESS", "r", "comp", _RN, "Outside study received via patient upload (source address <IP:pub>)."),
    ("IP_ADDRESS", "r", "hist", "b", "Parents uploaded the outside fetal echo from home (IP <IP:pub>)."),
    ("IP_ADDRESS", "r", "tech", _RN, "Patient-submitted images arrived from the home connection, IP <IP:pub>."),
    # ---- SSN
    ("SSN", "d", "course", "PCME", "Financial counselor verified SSN <SSN:any> for the Medicaid application."),
    ("SSN", "d", "course", "PE", "{He} provided {his} social security number (<SSN:any>) for the SSDI appeal "
                                 "paperwork."),
    ("SSN", "d", "course", "O", "Birth certificate worksheet completed; mother's SSN listed as <SSN:any>."),
    ("SSN", "d", "course", "N", "Mother's SSN <SSN:any> provided for the newborn Medicaid enrollment."),
    ("SSN", "d", "course", "C", "Disability forms completed; SSN <SSN:any> verified by the financial navigator."),
    ("SSN", "d", "soc", "PMEO", "Lost {his} wallet and ID; {he} recited {his} SS# as <SSN:any> for the replacement "
                                "card application."),
    ("SSN", "d", "fu", "N", "Social Security card application for the infant filed with the birth certificate; "
                            "father's SSN <SSN:any>."),
    ("SSN", "d", "course", "M", "HCP paperwork lists the nephew's SSN (<SSN:any>) in the wrong field; flagged for "
                                "correction."),
    ("SSN", "r", "hist", _RA, "Outside CD is labelled only with the patient's SSN (<SSN:any>); identity confirmed "
                              "with two identifiers."),
    ("SSN", "r", "hdr", _RN, "Legacy film jacket ID (SSN): <SSN:any>"),
    ("SSN", "r", "comp", _RN, "Outside report references SSN <SSN:any>; merged to this record after verification."),
    ("SSN", "r", "hist", "b", "Outside nursery images were filed under the mother's SSN, <SSN:any>."),
    # ---- MRN
    ("MRN", "d", "hdr:unit", _DN, "Name:  ___                  Unit No:   <MRN:any>"),
    ("MRN", "d", "course", "PCME", "Records from the prior admission at ___ (their MRN <MRN:any>) were reviewed."),
    ("MRN", "d", "hpi", _DA, "Known to our system under a prior medical record number, <MRN:any>, which was merged "
                             "this admission."),
    ("MRN", "d", "course", "N", "Infant MRN <MRN:any> linked to the mother's chart."),
    ("MRN", "d", "course", "O", "Baby's record (MR# <MRN:any>) created at delivery."),
    ("MRN", "d", "course", "C", "Outside pathology filed under MRN <MRN:any> was obtained for review."),
    ("MRN", "d", "fu", "N", "Mother's own MRN for the postpartum follow-up is <MRN:any>."),
    ("MRN", "d", "fu", "PE", "Outpatient clinic registered {him} under patient ID <MRN:any>."),
    ("MRN", "r", "hdr", _RN, "Outside MRN: <MRN:any>"),
    ("MRN", "r", "comp", _RN, "Outside study from ___ under medical record number <MRN:any>."),
    ("MRN", "r", "notif", _RN, "Images from the prior encounter are filed under the old unit number <MRN:any>."),
    ("MRN", "r", "hist", "b", "Mother's MRN <MRN:any>; infant record not yet merged."),
    # ---- ACCOUNT
    ("ACCOUNT", "d", "course", "PCME", "Financial counseling: hospital account <ACCT:any> placed on hold pending "
                                       "charity care review."),
    ("ACCOUNT", "d", "fu", _DN, "Billing questions about encounter <ACCT:any> referred to patient financial "
                                "services."),
    ("ACCOUNT", "d", "soc", "PME", "pt anxious about a bill from the last ED visit (acct <ACCT:any>)."),
    ("ACCOUNT", "d", "course", "O", "Delivery charges billed under account <ACCT:any>."),
    ("ACCOUNT", "d", "course", "N", "Newborn encounter number <ACCT:any> linked to the mother's account."),
    ("ACCOUNT", "d", "course", "C", "Infusion center visits are billed under FIN <ACCT:any>."),
    ("ACCOUNT", "d", "fu", "N", "Circumcision charge posted to guarantor account <ACCT:any>."),
    ("ACCOUNT", "r", "hdr", _RN, "Encounter #: <ACCT:any>"),
    ("ACCOUNT", "r", "hdr", _RN, "FIN <ACCT:any>"),
    ("ACCOUNT", "r", "notif", _RN, "Charges posted to account <ACCT:any>."),
    # ---- HEALTH_PLAN
    ("HEALTH_PLAN", "d", "course", "P", "CM verified coverage, Medicaid ID <HP:medicaid>; prior authorization "
                                        "obtained for the partial hospitalization program."),
    ("HEALTH_PLAN", "d", "course", "ME", "CM verified coverage, Medicaid ID <HP:medicaid>; authorization obtained for "
                                         "the SNF stay."),
    ("HEALTH_PLAN", "d", "course", "MC", "{His} Medicare number <HP:mbi> was confirmed for the SNF referral."),
    ("HEALTH_PLAN", "d", "soc", _DA, "Insurance is through {his} {spouse}'s employer: {insurer} member ID "
                                     "<HP:member>, group {group}."),
    ("HEALTH_PLAN", "d", "course", "O", "Medicaid pregnancy coverage, subscriber ID <HP:medicaid>; the baby is to be "
                                        "added within 30 days."),
    ("HEALTH_PLAN", "d", "course", "N", "Infant added to the mother's plan (policy <HP:member>) on the day of "
                                        "discharge."),
    ("HEALTH_PLAN", "d", "course", "C", "Oral chemotherapy approved under member ID <HP:member>; copay assistance "
                                        "through the manufacturer foundation."),
    ("HEALTH_PLAN", "d", "fu", "N", "Newborn Medicaid number <HP:medicaid> issued before discharge."),
    ("HEALTH_PLAN", "d", "fu", "PE", "Pharmacy benefit: {insurer} subscriber <HP:member>, group {group} (employer "
                                     "plan)."),
    ("HEALTH_PLAN", "r", "hdr", _RN, "Prior authorization on file for member ID <HP:member>."),
    ("HEALTH_PLAN", "r", "hist", "smh", "Insurance denied the study twice; approved on appeal under policy "
                                        "<HP:member>."),
    ("HEALTH_PLAN", "r", "notif", _RN, "Member ID <HP:member> verified with the plan before the exam."),
    ("HEALTH_PLAN", "r", "hdr", _RA, "Medicare ID: <HP:mbi>"),
    ("HEALTH_PLAN", "r", "hist", "b", "Infant covered under the mother's Medicaid, ID <HP:medicaid>."),
    # ---- LICENSE
    ("LICENSE", "d", "course", "PE", "{His} driver's license (<LIC:dl>) was held by security per policy and returned "
                                     "at discharge."),
    ("LICENSE", "d", "fu", "PCME", "Prescriber: Dr. ___, DEA <LIC:dea>."),
    ("LICENSE", "d", "soc", "PMC", "{He} works as a nurse (RN license <LIC:rn>) and is worried about board "
                                   "reporting."),
    ("LICENSE", "d", "course", "O", "Delivered by CNM ___ (license <LIC:cnm>)."),
    ("LICENSE", "d", "course", "N", "Circumcision performed by Dr. ___ (NPI <LIC:npi>) with a Gomco clamp; "
                                    "hemostasis achieved."),
    ("LICENSE", "d", "fu", "C", "Oral chemotherapy prescribed by Dr. ___, NPI <LIC:npi>."),
    ("LICENSE", "d", "fu", _DN, "Discharge prescriptions signed by ___, NPI <LIC:npi>."),
    ("LICENSE", "d", "soc", "ME", "{He} drives a truck for work (CDL <LIC:dl>) and is worried about losing it after "
                                  "the seizure."),
    ("LICENSE", "d", "course", "N", "Newborn hearing screen reviewed by audiologist ___, state license <LIC:md>."),
    ("LICENSE", "r", "hdr", _RN, "Ordering provider NPI: <LIC:npi>"),
    ("LICENSE", "r", "hdr", _RN, "Referring provider: ___, NPI <LIC:npi>"),
    ("LICENSE", "r", "hist", "hmt", "Patient is a commercial driver (CDL <LIC:dl>) and needs clearance after the "
                                    "seizure."),
    ("LICENSE", "r", "notif", _RN, "Final report signed by ___, MD, license <LIC:md>."),
    # ---- ZIP
    ("ZIP", "d", "fu", _DN, "Mailing address on file: ___, ___, {st} <ZIP:any>."),
    ("ZIP", "d", "soc", "PME", "Recently moved; the new ZIP code (<ZIP:5>) puts {him} in a different crisis team "
                               "catchment."),
    ("ZIP", "d", "course", "PME", "Housing search limited to ZIP codes near <ZIP:5> per {his} voucher."),
    ("ZIP", "d", "course", "ON", "Home visiting nurse program covers ZIP <ZIP:5>; referral placed."),
    ("ZIP", "d", "soc", "C", "Lives in ___, {st} <ZIP:any>, about an hour from the infusion center."),
    ("ZIP", "d", "letter:head", "C", "___, {st} <ZIP:any>"),
    ("ZIP", "d", "fu", "N", "WIC office assignment by ZIP (<ZIP:5>) confirmed."),
    ("ZIP", "r", "hdr", _RN, "Requisition address: ___, ___, {st} <ZIP:any>"),
    ("ZIP", "r", "hdr", _RN, "Return outside films to: ___, ___ {st} <ZIP:any>"),
    ("ZIP", "r", "hist", "hmsx", "Lives in a rural ZIP (<ZIP:5>) on well water; outside records limited."),
    ("ZIP", "r", "notif", _RN, "Patient's mailing ZIP <ZIP:any> updated at check-in."),
    # ---- STREET_ADDRESS
    ("STREET_ADDRESS", "d", "soc", "PCME", "Lives alone at <ADDR:any> in a second-floor walk-up; the landlord is ___."),
    ("STREET_ADDRESS", "d", "hpi", "PE", "EMS was called to <ADDR:any> by a neighbor who heard shouting."),
    ("STREET_ADDRESS", "d", "hpi", "PME", "Police found {him} outside <ADDR:any>, {his} former apartment, at about "
                                          "2 am."),
    ("STREET_ADDRESS", "d", "soc", "O", "Plans to go home to the FOB's apartment at <ADDR:any>."),
    ("STREET_ADDRESS", "d", "fu", "N", "Discharged to the mother's home at <ADDR:any>; home nurse visit scheduled."),
    ("STREET_ADDRESS", "d", "fu", _DA, "Visiting nurse to see the patient at <ADDR:any>, ___."),
    ("STREET_ADDRESS", "d", "letter:head", "C", "<ADDR:any>"),
    ("STREET_ADDRESS", "d", "soc", "N", "Family lives with the maternal grandparents at <ADDR:any>."),
    ("STREET_ADDRESS", "d", "course", "M", "APS report lists the home address as <ADDR:any>."),
    ("STREET_ADDRESS", "r", "hist", "hmtx", "Fall at home (<ADDR:any>), found by the home health aide."),
    ("STREET_ADDRESS", "r", "hist", "t", "Pedestrian struck in front of {his} home at <ADDR:any>."),
    ("STREET_ADDRESS", "r", "hdr", _RN, "Mailing address for outside films: <ADDR:any>, ___, ___"),
    ("STREET_ADDRESS", "r", "hist", "ub", "Transferred from the birth center at <ADDR:any> for imaging."),
    ("STREET_ADDRESS", "r", "hist", "s", "Outside PET was performed at the imaging center at <ADDR:any>."),
    # ---- DATE_REAL_YEAR
    ("DATE_REAL_YEAR", "d", "hdr:dob", _DA, "Date of Birth:  <DATE:dob>             Sex:   {sex}"),
    ("DATE_REAL_YEAR", "d", "hdr:dob", "N", "Date of Birth:  <DATE:recent>             Sex:   {sex}"),
    ("DATE_REAL_YEAR", "d", "hdr:adm", _DN, "Admission Date:  <DATE:recent>              Discharge Date:   ___"),
    ("DATE_REAL_YEAR", "d", "hpi", "PE", "First psychiatric hospitalization was at ___ on <DATE:past> after an "
                                         "overdose."),
    ("DATE_REAL_YEAR", "d", "course", "P", "Per outside records the last lithium level, drawn <DATE:recent>, was "
                                           "0.4."),
    ("DATE_REAL_YEAR", "d", "hpi", "O", "LMP <DATE:recent> by patient report, consistent with the first-trimester "
                                        "ultrasound."),
    ("DATE_REAL_YEAR", "d", "hpi", "N", "Infant born <DATE:recent> at {tm} by {mode}."),
    ("DATE_REAL_YEAR", "d", "letter:body", "C", "I saw your patient in clinic on <DATE:recent> for follow-up of "
                                                "{his} {cancer}."),
    ("DATE_REAL_YEAR", "d", "hpi", "C", "Diagnosed on <DATE:past> by core biopsy at an outside hospital."),
    ("DATE_REAL_YEAR", "d", "course", "ME", "Last tetanus booster <DATE:past> per the state immunization registry."),
    ("DATE_REAL_YEAR", "d", "soc", _DA, "{His} {spouse} died on <DATE:past>, and {he} has lived alone since."),
    ("DATE_REAL_YEAR", "d", "soc", "N", "Mother's DOB <DATE:dobm>; she is new to the area."),
    ("DATE_REAL_YEAR", "d", "fu", "PME", "Court date <DATE:recent> regarding ___."),
    ("DATE_REAL_YEAR", "r", "hist", _RA, "Prior MRI at an outside hospital on <DATE:past> was reportedly normal."),
    ("DATE_REAL_YEAR", "r", "comp", _RN, "Outside study dated <DATE:recent>."),
    ("DATE_REAL_YEAR", "r", "hist", "u", "LMP <DATE:recent>; dating by first-trimester ultrasound."),
    ("DATE_REAL_YEAR", "r", "hdr", _RA, "DOB: <DATE:dob>"),
    ("DATE_REAL_YEAR", "r", "hdr", "b", "DOB: <DATE:recent>"),
    ("DATE_REAL_YEAR", "r", "hist", "b", "Born <DATE:recent> at {ga}; initial head ultrasound was normal."),
    ("DATE_REAL_YEAR", "r", "hist", "s", "Completed 4 cycles of chemotherapy, last dose <DATE:recent>."),
    # ---- AGE_OVER_89
    ("AGE_OVER_89", "d", "hpi", "PMEC", "<AGE:num> year old {pt} with {pmh_short} who presents after an unwitnessed "
                                        "fall."),
    ("AGE_OVER_89", "d", "soc", _DA, "{His} mother, who is <AGE:num>, still lives independently in ___ and {he} "
                                     "checks on her daily."),
    ("AGE_OVER_89", "d", "course", "PMCE", "Chaplain visited: patient, a <AGE:words>-year-old retired schoolteacher, "
                                           "asked for prayer before the procedure."),
    ("AGE_OVER_89", "d", "letter:body", "C", "As you know, this very pleasant <AGE:num>-year-old {pt} was referred to "
                                             "us after an abnormal CT."),
    ("AGE_OVER_89", "d", "soc", "ON", "Maternal great-grandmother, age <AGE:num>, lives in the home and will help with "
                                      "the baby."),
    ("AGE_OVER_89", "d", "course", "ME", "pt is <AGE:num>yo, hard of hearing, uses a walker at baseline."),
    ("AGE_OVER_89", "d", "soc", "PMEC", "{He} cares for {his} <AGE:num>-year-old father at home."),
    ("AGE_OVER_89", "d", "course", "N", "Infant's great-grandfather, who is <AGE:words>, came to meet the baby."),
    ("AGE_OVER_89", "d", "course", "O", "Her grandmother (age <AGE:num>) is her main support at home."),
    ("AGE_OVER_89", "r", "ind", "hmstx", "INDICATION:  <AGE:num> year old {pt} with {ind_short} // {ind_q}"),
    ("AGE_OVER_89", "r", "hist", "hmstx", "<AGE:num> yo {sex} s/p fall from standing on anticoagulation."),
    ("AGE_OVER_89", "r", "hist", "hmsx", "Patient is <AGE:words> years old; family declined contrast."),
    ("AGE_OVER_89", "r", "hist", "t", "Pedestrian, <AGE:num>, struck by a car while crossing."),
    ("AGE_OVER_89", "r", "hist", "s", "Patient is <AGE:num> and wishes to avoid aggressive treatment; staging "
                                      "requested by family."),
    # ---- DEVICE_ID
    ("DEVICE_ID", "d", "course", "P", "VNS generator (LivaNova SenTiva model 1000, serial <SN:any>) interrogated; "
                                      "settings unchanged."),
    ("DEVICE_ID", "d", "course", "C", "Right chest port ({port_brand}, serial <SN:any>) accessed without difficulty."),
    ("DEVICE_ID", "d", "course", "MEC", "Pacemaker ({pm_model}, SN <SN:any>) interrogated by EP: normal function."),
    ("DEVICE_ID", "d", "course", "O", "Insulin pump (serial <SN:any>) managed by the patient during labor with "
                                      "endocrine input."),
    ("DEVICE_ID", "d", "fu", "N", "Discharged on a home apnea monitor, serial no. <SN:any>, supplied by DME."),
    ("DEVICE_ID", "d", "soc", "PMEC", "Wears bilateral hearing aids; the left aid (serial <SN:any>) was lost in the ED "
                                      "and logged with security."),
    ("DEVICE_ID", "d", "course", "N", "Home pulse oximeter (serial <SN:any>) issued for the oxygen wean."),
    ("DEVICE_ID", "d", "course", "P", "Court-ordered GPS ankle monitor (serial <SN:any>) remained on throughout the "
                                      "admission."),
    ("DEVICE_ID", "d", "course", "O", "Continuous glucose monitor transmitter serial <SN:any> recorded for the pump "
                                      "company."),
    ("DEVICE_ID", "d", "fu", "PCMEO", "Bring the CPAP machine (serial <SN:any>) to the sleep clinic visit."),
    ("DEVICE_ID", "r", "tech", "m", "MRI safety: patient has a VNS device (serial <SN:any>); scanned per the "
                                    "MR-conditional protocol."),
    ("DEVICE_ID", "r", "tech", "m", "Cardiac device (serial <SN:any>) confirmed MR conditional by EP before "
                                    "scanning."),
    ("DEVICE_ID", "r", "hist", "sx", "Left chest port, serial <SN:any>, is not drawing back; evaluate catheter "
                                     "position."),
    ("DEVICE_ID", "r", "tech", "m", "Cochlear implant (serial <SN:any>) magnet removed prior to scanning per ENT."),
    ("DEVICE_ID", "r", "hist", "hxt", "Pacemaker ({pm_model}, serial <SN:any>) per the patient's device card."),
    ("DEVICE_ID", "r", "hist", "h", "Has a DBS system (serial <SN:any>); CT requested instead of MRI."),
    ("DEVICE_ID", "r", "hist", "h", "Programmable VP shunt valve (serial <SN:any>); evaluate ventricular size."),
    ("DEVICE_ID", "r", "hist", "u", "Pregestational diabetic on an insulin pump (serial <SN:any>)."),
    ("DEVICE_ID", "r", "hist", "b", "Infant on a home apnea monitor (serial <SN:any>) after a prior admission."),
    ("DEVICE_ID", "r", "hist", "s", "Implanted port (serial <SN:any>) placed at an outside hospital."),
    ("DEVICE_ID", "r", "hist", "x", "Evaluate lead position of the newly implanted ICD, serial <SN:any>."),
    ("DEVICE_ID", "r", "hist", "t", "Wears an insulin pump (serial <SN:any>), which was disconnected by EMS."),
    # ---- VEHICLE_ID
    ("VEHICLE_ID", "d", "hpi", "PE", "Police found {him} asleep in {his} car (plate <VEH:plate>) in the hospital "
                                     "garage."),
    ("VEHICLE_ID", "d", "soc", "PME", "Currently living out of {his} van, plate <VEH:plate>, parked near ___."),
    ("VEHICLE_ID", "d", "course", "PME", "SW helped locate {his} towed vehicle (VIN <VEH:vin>) at the impound lot."),
    ("VEHICLE_ID", "d", "course", "O", "Security ticketed the FOB's car, plate <VEH:plate>, left in the ambulance "
                                       "bay during active labor."),
    ("VEHICLE_ID", "d", "course", "N", "Car seat check done in the family's car (plate <VEH:plate>) by a child "
                                       "passenger safety technician."),
    ("VEHICLE_ID", "d", "course", "C", "Disability parking placard application submitted for vehicle plate "
                                       "<VEH:plate>."),
    ("VEHICLE_ID", "d", "soc", "MC", "{His} car (plate <VEH:plate>) was left at the grocery store where {he} "
                                     "collapsed; {his} {rel} will retrieve it."),
    ("VEHICLE_ID", "d", "course", "E", "Trooper requested the VIN (<VEH:vin>) of {his} vehicle for the crash report."),
    ("VEHICLE_ID", "d", "fu", "NO", "Hospital parking validation issued for the family's vehicle, plate "
                                    "<VEH:plate>."),
    ("VEHICLE_ID", "r", "hist", "t", "Restrained driver; per police, {his} vehicle (plate <VEH:plate>) was struck on "
                                     "the driver side."),
    ("VEHICLE_ID", "r", "hist", "htx", "Found unresponsive in {his} car (plate <VEH:plate>) in a parking lot."),
    ("VEHICLE_ID", "r", "hist", "t", "Single-vehicle rollover; VIN <VEH:vin> per the trooper for the crash report."),
    ("VEHICLE_ID", "r", "hist", "t", "Motorcycle (plate <VEH:plate>) laid down at about 40 mph; helmeted."),
    ("VEHICLE_ID", "r", "hist", "u", "Driver of a car (plate <VEH:plate>) rear-ended at low speed; evaluate the "
                                     "placenta."),
    ("VEHICLE_ID", "r", "hist", "h", "Crashed {his} car (plate <VEH:plate>) into a pole after a possible seizure."),
    ("VEHICLE_ID", "r", "hist", "m", "Had a seizure while driving {his} truck (plate <VEH:plate>); no injuries."),
    # ---- PERSON
    ("PERSON", "d", "hpi", "PME", "Collateral from {his} {relF} <PERSON:F>, who says {he} has not slept in four "
                                  "days."),
    ("PERSON", "d", "soc", _DA, "Lives with {his} partner, <PERSON:FF>, and her two children."),
    ("PERSON", "d", "course", "PCME", "Family meeting held with {his} sister <PERSON:F> and brother-in-law ___ to "
                                      "review the discharge plan."),
    ("PERSON", "d", "soc", "PME", "Raised by {his} grandmother ('<PERSON:N>') after {his} mother's death."),
    ("PERSON", "d", "course", "P", "pt repeatedly asked for '<PERSON:fl>', later clarified to be {his} ex."),
    ("PERSON", "d", "course", _DN, "Chaplain <PERSON:S> visited and offered prayer; the family appreciated the "
                                   "visit."),
    ("PERSON", "d", "course", _DN, "Interpreter <PERSON:FF> ({lang}) was present for the family meeting."),
    ("PERSON", "d", "fu", _DA, "Follow up with Dr. <PERSON:S> at ___ on ___ at 10:30."),
    ("PERSON", "d", "soc", "PMEC", "{His} daughter <PERSON:F>'s husband is the health care proxy."),
    ("PERSON", "d", "course", "PCME", "Seen by <PERSON:I> (NP) from the addiction consult service."),
    ("PERSON", "d", "course", "O", "Support person: FOB <PERSON:MF>, present and supportive."),
    ("PERSON", "d", "course", "O", "Doula <PERSON:F> was present throughout labor."),
    ("PERSON", "d", "soc", "O", "The baby will be named <PERSON:F> if a girl; parents plan to breastfeed."),
    ("PERSON", "d", "course", "N", "Mother <PERSON:FF> roomed in and was independent with feeds."),
    ("PERSON", "d", "hpi", "N", "Parents have named the baby <PERSON:kid>."),
    ("PERSON", "d", "fu", "N", "Pediatrician: Dr. <PERSON:S>; appointment within 48 hours of discharge."),
    ("PERSON", "d", "letter:greet", "C", "Dear Dr. <PERSON:S>,"),
    ("PERSON", "d", "letter:sign", "C", "Sincerely,\n<PERSON:FF>, MD"),
    ("PERSON", "d", "letter:cc", "C", "cc: <PERSON:I>, NP"),
    ("PERSON", "d", "hpi", "E", "Per EMS, a neighbor named <PERSON:F> called 911 after finding {him} on the floor."),
    ("PERSON", "d", "course", "M", "HCP is {his} nephew <PERSON:MF>, who lives nearby."),
    ("PERSON", "d", "soc", "PE", "pt says {his} best friend <PERSON:ml> is 'the only one who gets it'."),
    ("PERSON", "d", "course", "M", "Per SW, the HCP listed in the chart as <PERSON:SF> (son) will sign the SNF "
                                   "paperwork."),
    ("PERSON", "d", "course", "N", "SW <PERSON:S> met with the parents regarding the DCF referral."),
    ("PERSON", "d", "hdr:att", _DN, "Attending: <PERSON:FF>, MD."),
    ("PERSON", "d", "course", "O", "Lactation consultant <PERSON:F> worked with mother and baby on latch."),
    ("PERSON", "d", "soc", "C", "{His} {spouse} <PERSON:F> is the primary caregiver."),
    ("PERSON", "d", "course", "P", "Patient's outpatient therapist, <PERSON:FF>, LICSW, provided collateral."),
    ("PERSON", "d", "hpi", "PE", "{He} goes by '<PERSON:N>' and asked to be called that."),
    ("PERSON", "d", "hpi", "PME", "{He} had been staying at {his} friend <PERSON:M>'s apartment since the "
                                  "eviction."),
    ("PERSON", "d", "course", "PMCE", "per pt, {his} son <PERSON:MU> brings {his} meds every sunday and helps with "
                                      "bills"),
    ("PERSON", "r", "hist", "hmtx", "Collateral from {his} daughter <PERSON:F>: {he} has been falling more at home."),
    ("PERSON", "r", "hist", "hmstx", "Per {his} son <PERSON:M>, new confusion since yesterday."),
    ("PERSON", "r", "notif", _RN, "Discussed with Dr. <PERSON:S> at {tm} by Dr. ___."),
    ("PERSON", "r", "notif", _RN, "Preliminary read given to <PERSON:FF>, NP, by telephone."),
    ("PERSON", "r", "hist", "u", "Referred by midwife <PERSON:FF> for a growth scan."),
    ("PERSON", "r", "hdr", _RN, "Ordering provider: <PERSON:I>"),
    ("PERSON", "r", "tech", _RN, "Interpreter <PERSON:F> ({lang}) assisted with consent and positioning."),
    ("PERSON", "r", "hist", "b", "Baby '<PERSON:kid>' of mother ___; born at {ga}."),
    ("PERSON", "r", "notif", _RN, "Results called to <PERSON:FF>, RN, who read back the findings."),
    ("PERSON", "r", "hist", "hm", "{His} wife <PERSON:F> reports word-finding difficulty for two days."),
    ("PERSON", "r", "hist", "t", "Assaulted by an acquaintance known as '<PERSON:N>' per police; struck with a "
                                 "bottle."),
    # ---- LOCATION
    ("LOCATION", "d", "soc", _DA, "Moved from <LOC:foreign> in {yr} with {his} {rel}."),
    ("LOCATION", "d", "hpi", "PME", "{His} sister drove up from <LOC:town> after {he} stopped answering {his} "
                                    "phone."),
    ("LOCATION", "d", "soc", "PME", "Grew up in <LOC:hood>; currently staying in a shelter downtown."),
    ("LOCATION", "d", "course", "PMC", "Bed search included facilities in <LOC:county>."),
    ("LOCATION", "d", "fu", _DA, "Prefers outpatient care closer to home in <LOC:town>."),
    ("LOCATION", "d", "soc", "PE", "pt says {he}s from <LOC:lower> originally, 'down by the river'."),
    ("LOCATION", "d", "hpi", "E", "Found wandering near the bus station in <LOC:town> by police."),
    ("LOCATION", "d", "fu", "O", "Mother plans to stay with family in <LOC:town> for the first month postpartum."),
    ("LOCATION", "d", "soc", "N", "Family lives about 90 minutes away in <LOC:town>; care transferred to a local "
                                  "pediatrician."),
    ("LOCATION", "d", "soc", "N", "Parents recently arrived from <LOC:foreign>; SW assisting with insurance."),
    ("LOCATION", "d", "letter:body", "C", "Originally from <LOC:foreign>, {he} worked as an engineer before "
                                          "retiring."),
    ("LOCATION", "d", "hpi", "C", "Transferred from an outside hospital in <LOC:town> with a new pelvic mass."),
    ("LOCATION", "d", "course", "M", "Patient's only family is a niece in <LOC:town>."),
    ("LOCATION", "d", "soc", "O", "Her mother is flying in from <LOC:foreign> to help with the baby."),
    ("LOCATION", "d", "hpi", "O", "Transferred from the birth center in <LOC:town> for arrest of dilation."),
    ("LOCATION", "d", "course", "N", "Grandparents drove down from <LOC:hood> for the family meeting."),
    ("LOCATION", "d", "soc", "PE", "Grew up between <LOC:foreign> and ___; came to the US as a teenager."),
    ("LOCATION", "r", "hist", _RA, "Transferred from an outside hospital in <LOC:town>; outside CT images "
                                   "unavailable."),
    ("LOCATION", "r", "hist", "sx", "Recent travel to <LOC:foreign>; evaluate for TB."),
    ("LOCATION", "r", "hist", "t", "MVC on Route ___ near <LOC:town>."),
    ("LOCATION", "r", "hist", "sx", "Lives in <LOC:county>, where histoplasmosis is endemic; incidental lung "
                                    "nodules."),
    ("LOCATION", "r", "hist", "b", "Transferred from the level II nursery in <LOC:town> at 2 days of life."),
    ("LOCATION", "r", "hist", "u", "Recently moved from <LOC:foreign>; no prenatal care until 24 weeks."),
    ("LOCATION", "r", "hist", "hm", "Recent travel to <LOC:foreign>; headache and fever, evaluate for "
                                    "neurocysticercosis."),
    ("LOCATION", "r", "hist", "bu", "Family lives in <LOC:town>, two hours away; please expedite the read."),
    # ---- ORGANIZATION
    ("ORGANIZATION", "d", "soc", _DA, "Works nights as a forklift operator at <ORG:employer>."),
    ("ORGANIZATION", "d", "hpi", "PE", "Previously hospitalized at <ORG:psych> in {yr} for mania."),
    ("ORGANIZATION", "d", "soc", _DN, "Family attends <ORG:church>; the pastor has visited."),
    ("ORGANIZATION", "d", "course", "P", "Accepted to the partial hospitalization program at <ORG:psych>."),
    ("ORGANIZATION", "d", "fu", "PCME", "Intake at <ORG:clinic> on ___ at 10:00."),
    ("ORGANIZATION", "d", "soc", "PME", "{His} daughter is a sophomore at <ORG:school>."),
    ("ORGANIZATION", "d", "course", "MC", "Accepted to <ORG:rehab> for short-term rehab."),
    ("ORGANIZATION", "d", "soc", "PE", "Has been staying at <ORG:shelter> for about three months."),
    ("ORGANIZATION", "d", "hpi", "O", "Prenatal care at <ORG:ob>, 11 visits."),
    ("ORGANIZATION", "d", "fu", "N", "Follow up at <ORG:peds> within 48 hours."),
    ("ORGANIZATION", "d", "letter:head", "C", "<ORG:onc>"),
    ("ORGANIZATION", "d", "hpi", "C", "Pathology from <ORG:hosp> was reviewed at our tumor board."),
    ("ORGANIZATION", "d", "course", _DA, "Medications are filled at <ORG:pharm>; the pharmacist confirmed the last "
                                         "fill."),
    ("ORGANIZATION", "d", "soc", "N", "Older sibling attends <ORG:school>."),
    ("ORGANIZATION", "d", "course", "N", "Transferred from <ORG:hosp> at 6 hours of life for hypoglycemia."),
    ("ORGANIZATION", "d", "hpi", "E", "Brought in by coworkers from <ORG:employer> after a fall from a ladder."),
    ("ORGANIZATION", "d", "soc", "O", "She works as a cashier at <ORG:employer> and plans 8 weeks of leave."),
    ("ORGANIZATION", "d", "soc", "PE", "was working at <ORG:employer> until last month, when {he} was let go"),
    ("ORGANIZATION", "r", "hist", _RA, "Transfer from <ORG:hosp> for a higher level of care."),
    ("ORGANIZATION", "r", "hist", "hmx", "Resident of <ORG:rehab>; fall overnight."),
    ("ORGANIZATION", "r", "comp", _RN, "Outside CT from <ORG:hosp>, date ___."),
    ("ORGANIZATION", "r", "hist", "t", "Works at <ORG:employer>; fell from a loading dock."),
    ("ORGANIZATION", "r", "hist", "u", "Referred from <ORG:ob> for the anatomy scan."),
    ("ORGANIZATION", "r", "hist", "b", "Born at <ORG:hosp> and transferred for NICU care."),
    ("ORGANIZATION", "r", "hist", "s", "Followed at <ORG:onc>; restaging after cycle 4."),
    ("ORGANIZATION", "r", "hist", "hm", "Sent from <ORG:psych> for medical clearance after new-onset psychosis."),
)
_SLOT_RE = re.compile(r"<([A-Z_]+):(\w+)>")
_SLOT_CAT = {"IP": "IP_ADDRESS", "HP": "HEALTH_PLAN", "LIC": "LICENSE", "ADDR": "STREET_ADDRESS",
             "DATE": "DATE_REAL_YEAR", "AGE": "AGE_OVER_89", "SN": "DEVICE_ID", "VEH": "VEHICLE_ID", "LOC": "LOCATION",
             "ORG": "ORGANIZATION", "ACCT": "ACCOUNT"}
_UNIQUE_SECS = ("hdr:unit", "hdr:dob", "hdr:adm", "hdr:att", "comp", "ind", "letter:greet", "letter:sign",
                "letter:cc")
_ARCHES = {"discharge": {"P": 3.0, "O": 2.0, "N": 1.6, "C": 2.0, "M": 2.0, "E": 1.6},
           "radiology": {"u": 1.4, "b": 1.0, "h": 2.0, "m": 1.5, "s": 1.8, "t": 1.4, "x": 1.4}}


def _index() -> dict[tuple[str, str, str], list[int]]:
    idx: dict[tuple[str, str, str], list[int]] = {}
    for k, (cat, nt, _sec, arches, _text) in enumerate(_T):
        ntype = "discharge" if nt == "d" else "radiology"
        for a in arches:
            idx.setdefault((ntype, a, cat), []).append(k)
    return idx


_IDX = _index()


# ==================================================================================================
# Clinical fillers (never identifiers)
# ==================================================================================================

class _Ctx:
    """Per-note state: random source, patient sex, masking level, consistent clinical choices."""

    def __init__(self, r: random.Random, sex: str, heavy: bool, arche: str) -> None:
        self.r, self.sex, self.heavy, self.arche = r, sex, heavy, arche
        self.memo: dict[str, str] = {}

    # pronouns and people words
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    def his(self) -> str:
        return "her" if self.sex == "F" else "his"

    def him(self) -> str:
        return "her" if self.sex == "F" else "him"

    def fill(self, key: str) -> str:
        r = self.r
        if key in ("He", "His", "Him"):
            return self.fill(key.lower()).capitalize()
        if key == "he":
            return self.he()
        if key == "his":
            return self.his()
        if key == "him":
            return self.him()
        if key == "pt":
            return "woman" if self.sex == "F" else "man"
        if key == "Mr":
            return "Ms." if self.sex == "F" else "Mr."
        if key == "sex":
            return self.sex
        if key == "rel":
            return r.choice(("sister", "brother", "mother", "father", "daughter", "son", "aunt", "cousin", "roommate"))
        if key == "relF":
            return r.choice(("sister", "mother", "daughter", "aunt", "cousin"))
        if key == "spouse":
            return r.choice(("husband", "partner")) if self.sex == "F" else r.choice(("wife", "partner"))
        if key == "yr":
            return str(r.randint(1996, 2023))
        if key == "tm":
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        if key == "sd":
            y, mo, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
            return r.choice((f"{y}-{mo:02d}-{d:02d}", f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{y}"))
        if key == "ga":
            return self._once("ga", lambda: f"{r.randint(34, 41)}w{r.randint(0, 6)}d")
        if key == "mode":
            return self._once("mode", lambda: r.choice(("spontaneous vaginal delivery", "repeat cesarean section",
                                                        "primary cesarean section", "vacuum-assisted delivery")))
        if key == "lang":
            return r.choice(("Haitian Creole", "Spanish", "Vietnamese", "Somali", "Nepali", "Portuguese", "Arabic",
                             "Mandarin", "Ukrainian", "K'iche'"))
        if key == "insurer":
            return r.choice(("Aetna", "Humana", "UnitedHealthcare", "BCBS", "Cigna", "Anthem"))
        if key == "group":
            return r.choice((f"{r.randint(1000, 99999):05d}", f"GRP-{r.randint(100, 9999)}",
                             f"{r.randint(100000, 999999)}-{r.randint(10, 99)}"))
        if key == "st":
            return r.choice(_STATES)
        if key == "ap":
            return self._once("ap", lambda: r.choice(("aripiprazole", "olanzapine", "quetiapine", "risperidone",
                                                      "lurasidone", "paliperidone")))
        if key == "ad":
            return self._once("ad", lambda: r.choice(tuple(_AD_DOSE)))
        if key == "ad_dose":
            return str(_AD_DOSE[self.fill("ad")])
        if key == "ap_dose":
            return str(_AP_DOSE[self.fill("ap")])
        if key == "cancer":
            return self._cancer()[0]
        if key == "regimen":
            return self._cancer()[1]
        if key == "port_brand":
            return r.choice(("Bard PowerPort", "Smiths Port-A-Cath", "AngioDynamics Smart Port"))
        if key == "pm_model":
            return r.choice(("Medtronic Azure XT DR, model W1DR01", "Boston Scientific Accolade, model L331",
                             "Abbott Assurity MRI, model PM2272"))
        if key == "pmh_short":
            return r.choice(("HFpEF, CKD stage 3 and atrial fibrillation on apixaban", "dementia and prior CVA",
                             "COPD on 2L home O2", "depression and osteoporosis", "HTN and hypothyroidism"))
        if key == "ind_short":
            return r.choice(("confusion after a fall", "new headache", "syncope", "worsening cough", "weight loss"))
        if key == "ind_q":
            return r.choice(("eval for bleed", "eval for acute process", "r/o fracture", "eval for mass"))
        raise KeyError(key)

    def _once(self, key: str, make) -> str:
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    def _cancer(self) -> tuple[str, str]:
        k = self._once("cancer_k", lambda: str(self.r.randrange(len(_CANCERS))))
        return _CANCERS[int(k)][:2]

    def t(self, s: str) -> str:
        """Fill {keys}; [[X]] marks an eponym / named scale that heavy masking may wrongly censor."""
        s = re.sub(r"\{(\w+)\}", lambda m: self.fill(m.group(1)), s)
        return re.sub(r"\[\[([^\]]+)\]\]", lambda m: "___" if self.heavy and self.r.random() < 0.6 else m.group(1), s)

    def pick(self, pool: tuple[str, ...] | list[str], lo: int, hi: int) -> list[str]:
        """A random subset of ``pool``, kept in the pool's (clinically sensible) order."""
        k = min(len(pool), self.r.randint(lo, hi))
        return [self.t(pool[j]) for j in sorted(self.r.sample(range(len(pool)), k))]

    def n(self, lo: float, hi: float, nd: int = 0) -> str:
        v = self.r.uniform(lo, hi)
        return f"{v:.{nd}f}" if nd else str(round(v))

    def age(self) -> str:
        """An age under 90, or the masked form MIMIC uses."""
        if self.heavy or self.r.random() < 0.55:
            return "___ year old"
        return self.r.choice((f"{self.r.randint(19, 88)} year old", f"{self.r.randint(19, 88)}-year-old",
                              f"{self.r.randint(19, 88)} yo"))

    def vitals(self) -> str:
        r = self.r
        return r.choice((
            f"T {self.n(97.1, 99.4, 1)} HR {self.n(62, 112)} BP {self.n(98, 158)}/{self.n(54, 96)} RR {self.n(12, 22)} "
            f"SpO2 {self.n(92, 100)}% RA",
            f"VS: 98.{r.randint(0, 9)}  {self.n(60, 110)}  {self.n(100, 150)}/{self.n(60, 90)}  {self.n(14, 20)}  "
            f"{self.n(94, 100)}%RA",
            f"Temp: {self.n(97.0, 100.2, 1)} HR: {self.n(58, 118)} BP: {self.n(96, 162)}/{self.n(52, 98)} "
            f"Resp: {self.n(12, 24)} O2Sat: {self.n(91, 100)}",
        ))

    def labs(self) -> list[str]:
        t = self.r.choice(("___", self.fill("sd")))
        t += f" {self.r.randint(5, 9):02d}:{self.r.randint(0, 59):02d}AM"
        return [
            f"{t} BLOOD WBC-{self.n(3.1, 14.5, 1)} RBC-{self.n(3.2, 5.4, 2)} Hgb-{self.n(8.1, 15.2, 1)} "
            f"Hct-{self.n(25, 45, 1)} MCV-{self.n(78, 101)} RDW-{self.n(11.8, 16.9, 1)} Plt Ct-{self.n(110, 420)}",
            f"{t} BLOOD Glucose-{self.n(72, 188)} UreaN-{self.n(6, 38)} Creat-{self.n(0.5, 1.9, 1)} "
            f"Na-{self.n(131, 145)} K-{self.n(3.3, 5.1, 1)} Cl-{self.n(96, 109)} HCO3-{self.n(19, 29)} "
            f"AnGap-{self.n(8, 17)}",
        ]


_AD_DOSE = {"sertraline": 150, "escitalopram": 20, "fluoxetine": 40, "bupropion XL": 300, "venlafaxine XR": 150,
            "mirtazapine": 30}
_AP_DOSE = {"aripiprazole": 10, "olanzapine": 10, "quetiapine": 200, "risperidone": 2, "lurasidone": 40,
            "paliperidone": 6}
_CANCERS = (
    ("stage IIIA (pT2 pN1a M0) invasive ductal carcinoma of the left breast, ER 95%/PR 40%/HER2 negative, "
     "Oncotype DX recurrence score 27", "dose-dense AC-T", "breast"),
    ("metastatic pancreatic adenocarcinoma s/p [[Whipple]] procedure", "gemcitabine/nab-paclitaxel", "pancreas"),
    ("classical [[Hodgkin]] lymphoma, stage IIB", "ABVD", "lymphoma"),
    ("diffuse large B-cell lymphoma, IPI 3", "R-CHOP", "lymphoma"),
    ("stage IV lung adenocarcinoma, EGFR exon 19 deletion", "osimertinib", "lung"),
    ("high-grade serous ovarian carcinoma, stage IIIC", "carboplatin/paclitaxel", "ovary"),
    ("colon adenocarcinoma with liver metastases, KRAS wild-type", "FOLFOX plus bevacizumab", "colon"),
)

_ALLERGIES = (
    "Patient recorded as having No Known Allergies to Drugs", "Penicillins", "haloperidol (dystonia)",
    "Sulfa (Sulfonamide Antibiotics)", "lithium (tremor)", "Codeine / latex", "Iodinated contrast (hives)",
    "Morphine (itching)", "No Known Allergies",
)
_HOTLINE_LINE = "Crisis and support resources were reviewed: {a}; {b}. General information: {u}."


_RES_FOR = {"P": (0, 1, 5, 3), "O": (4, 3, 2), "N": (4, 2, 3), "C": (7, 0, 6), "M": (6, 2, 3, 1), "E": (1, 2, 3, 0)}
_URL_FOR = {"P": (0, 3), "O": (1, 4), "N": (5, 4), "C": (2,), "M": (4, 3), "E": (0, 3)}


def _resources(ctx: _Ctx) -> str:
    a, b = ctx.r.sample([_HOTLINES[k] for k in _RES_FOR[ctx.arche]], 2)
    return _HOTLINE_LINE.format(a=a, b=b, u=_PUBLIC_URLS[ctx.r.choice(_URL_FOR[ctx.arche])])


# ==================================================================================================
# Segments: text with spans relative to its start
# ==================================================================================================

def _seg(x: str | Seg) -> Seg:
    return (x, []) if isinstance(x, str) else x


def _join(parts: list[str | Seg], sep: str) -> Seg:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for k, p in enumerate(parts):
        text, sp = _seg(p)
        if k:
            out.append(sep)
            pos += len(sep)
        out.append(text)
        spans.extend((s + pos, e + pos, c) for s, e, c in sp)
        pos += len(text)
    return "".join(out), spans


def _mix(ctx: _Ctx, base: list[str], extra: list[Seg], sep: str = " ", keep_first: bool = True) -> Seg:
    parts: list[str | Seg] = list(base)
    for x in extra:
        lo = 1 if keep_first and parts else 0
        parts.insert(ctx.r.randint(lo, len(parts)), x)
    return _join(parts, sep)


def _render(tpl: str, ctx: _Ctx, plant: bool) -> Seg:
    text = ctx.t(tpl)
    m = _SLOT_RE.search(text)
    assert m is not None, tpl
    if not plant:
        return text[:m.start()] + "___" + text[m.end():], []
    cat = _SLOT_CAT.get(m.group(1), m.group(1))
    value = _value(cat, m.group(2), ctx.r, ctx)
    s = m.start()
    return text[:s] + value + text[m.end():], [(s, s + len(value), cat)]


# ==================================================================================================
# Discharge summaries
# ==================================================================================================

def _header(ctx: _Ctx, service: str, u: dict[str, Seg]) -> Seg:
    lines: list[str | Seg] = [
        u.get("hdr:unit", "Name:  ___                  Unit No:   ___"), "",
        u.get("hdr:adm", "Admission Date:  ___              Discharge Date:   ___"), "",
        u.get("hdr:dob", f"Date of Birth:  ___             Sex:   {ctx.sex}"), "",
        f"Service: {service}", "", "Allergies:",
        "No Known Allergies" if ctx.arche == "N" else ctx.r.choice(_ALLERGIES), "",
        u.get("hdr:att", "Attending: ___."), "",
    ]
    return _join(lines, "\n")


def _sections(head: Seg, secs: list[tuple[str, str | Seg]]) -> Seg:
    parts: list[str | Seg] = [head]
    for title, body in secs:
        parts.append(_join([f"{title}:", body], "\n"))
        parts.append("")
    return _join(parts, "\n")


_PSY_CC = (
    "Suicidal ideation with plan", "'People are putting thoughts in my head'", "Worsening depression, not eating",
    "Manic behavior, not sleeping x5 days", "Intentional overdose", "Bizarre behavior at work",
    "Command auditory hallucinations", "Catatonia", "Paranoia and threats toward neighbors",
)
_PSY_DX = (
    "major depressive disorder, recurrent, severe", "bipolar I disorder", "schizoaffective disorder, bipolar type",
    "PTSD", "borderline personality disorder", "alcohol use disorder", "generalized anxiety disorder",
    "opioid use disorder on buprenorphine",
)
_PSY_HPI = (
    "Per the patient, {his} mood has been 'in the gutter' for about {n3} weeks in the setting of {stressor}.",
    "{He} endorses poor sleep (3-4 hours/night), anhedonia, guilt, low energy, poor concentration and decreased "
    "appetite with a {n2} lb weight loss.",
    "{He} reports passive death wishes for several weeks, escalating to active suicidal ideation with a plan to "
    "overdose on {his} {ad} the night before presentation.",
    "On the [[Columbia]] Suicide Severity Rating Scale {he} screened high risk (active ideation with intent, no "
    "preparatory behavior).",
    "PHQ-9 on arrival was {phq} and GAD-7 was {gad}.",
    "{He} denies AH/VH and paranoia, although family describes a period last spring of decreased need for sleep and "
    "spending sprees.",
    "In the ED {he} was calm and cooperative, medically cleared (BAL negative, UDS positive for {uds}), and was placed "
    "on a 1:1 sitter.",
    "In the ED {he} required lorazepam 2 mg IM and haloperidol 5 mg IM for agitation after trying to leave.",
    "{He} stopped {ap} about a month ago because of weight gain and 'feeling like a zombie'.",
    "{He} reports hearing a male voice commenting on {his} actions and telling {him} {he} is worthless.",
    "The outpatient psychiatrist ___ was contacted and agreed with admission.",
    "RASS on arrival was +2 ([[Richmond]] Agitation-Sedation Scale); no further sedation was needed.",
)
_STRESSORS = ("a recent breakup", "losing {his} job at ___", "the anniversary of {his} son's death",
              "an eviction notice", "{his} mother's new cancer diagnosis", "a custody dispute")


def _psy_extra(ctx: _Ctx, s: str) -> str:
    r = ctx.r
    s = s.replace("{stressor}", r.choice(_STRESSORS)).replace("{n3}", str(r.randint(2, 10)))
    s = s.replace("{n2}", str(r.randint(5, 25))).replace("{phq}", str(r.randint(14, 27)))
    uds = r.choice(("cannabinoids", "cocaine", "benzodiazepines", "amphetamines", "buprenorphine"))
    s = s.replace("{gad}", str(r.randint(8, 21))).replace("{uds}", uds)
    return s


def _d_psych(ctx: _Ctx, sec: dict[str, list[Seg]], u: dict[str, Seg]) -> Seg:
    r = ctx.r
    dx, dx2 = r.sample(_PSY_DX, 2)
    opener = ctx.t(f"{{Mr}} ___ is a {ctx.age()} {{pt}} with a history of {dx} and {dx2}, with {r.randint(1, 9)} prior "
                   f"psychiatric hospitalizations, who presented to the ___ ED "
                   f"{r.choice(('by ambulance', 'with police', 'with family', 'on {his} own'))} for "
                   f"{r.choice(('suicidal ideation', 'disorganized behavior', 'worsening depression', 'agitation'))}.")
    hpi = [opener] + [ctx.t(_psy_extra(ctx, x)) for x in r.sample(_PSY_HPI, r.randint(3, 6))]
    pph = ctx.pick((
        f"- Diagnoses: {dx}; ADHD diagnosed in childhood",
        f"- Hospitalizations: {r.randint(1, 7)} prior, most recently at ___ in {r.randint(2005, 2023)}",
        f"- Suicide attempts: overdose in {r.randint(1998, 2022)} (acetaminophen), required ICU admission",
        "- Self-injury: cutting as a teenager, none in 10 years",
        "- Medication trials: sertraline (GI upset), fluoxetine (activation), aripiprazole (akathisia), lithium "
        "(tremor)",
        f"- ECT: {r.choice(('none', 'right unilateral, 12 treatments, good response'))}",
        "- Outpatient: psychiatrist ___ at ___; therapist ___ (weekly)",
        "- Access to weapons: denies; family confirmed no firearms in the home",
        "- Trauma: childhood physical abuse; IPV in a prior relationship",
    ), 4, 7)
    subst = ctx.pick((
        f"- Alcohol: {r.randint(3, 14)} drinks/day, last drink ___; withdrawal without seizures or DTs. CIWA max "
        f"{r.randint(4, 19)} this admission.",
        "- Cannabis: daily, 'to sleep'",
        "- Opioids: remote IV heroin use, in remission on buprenorphine-naloxone (Suboxone) 8-2 mg BID",
        f"- Tobacco: 1 ppd x {r.randint(3, 40)} years",
        "- Stimulants: denies",
    ), 2, 4)
    soc_base = ctx.pick((
        "Born and raised in ___; one of {n} siblings.".replace("{n}", str(r.randint(2, 9))),
        r.choice(("Completed high school.", "Some college.", "Left school in 10th grade.", "Has a master's degree.")),
        r.choice(("Currently unemployed.", "Works part time in food service.", "On SSDI.", "Home health aide.",
                  "Long-haul truck driver.", "Graduate student.")),
        r.choice(("Lives alone in an apartment.", "Lives with {his} {rel}.", "Lives in a sober house.",
                  "Lives in a rooming house.")),
        "Denies access to firearms.",
        r.choice(("Legal: no current charges.", "Legal: on probation for a DUI.",
                  "Legal: pending trespassing charge.")),
        "Supports: a close friend from AA and {his} {rel}.",
        f"Receives SSDI since {r.randint(2004, 2022)}.",
    ), 3, 6)
    mse = [ctx.t(x) for x in (
        f"Appearance: {r.choice(('disheveled, poor hygiene', 'casually dressed, fair grooming', 'in hospital gown'))}",
        "Behavior: " + r.choice(("guarded, poor eye contact", "cooperative, psychomotor slowing",
                                 "restless, intrusive")),
        f"Speech: {r.choice(('soft, low volume, increased latency', 'pressured, loud', 'normal rate and rhythm'))}",
        f"Mood: '{r.choice(('empty', 'fine', 'terrible', 'on top of the world', 'scared'))}'",
        f"Affect: {r.choice(('constricted, tearful', 'labile, irritable', 'flat', 'expansive'))}",
        f"Thought process: {r.choice(('linear, slowed', 'tangential', 'circumstantial', 'loose associations'))}",
        f"Thought content: {r.choice(('+SI without plan, no HI', 'paranoid delusions about neighbors', 'no SI/HI'))}",
        f"Perception: {r.choice(('+AH, not responding to internal stimuli', 'denies AH/VH', '+VH of shadows'))}",
        f"Cognition: alert and oriented x3; MoCA {r.randint(19, 30)}/30 ([[Montreal]] Cognitive Assessment)",
        f"Insight: {r.choice(('poor', 'limited', 'fair'))}   Judgment: {r.choice(('poor', 'impaired', 'fair'))}",
    )]
    exam = [ctx.vitals(), "General: NAD, thin", "Neuro: CN II-XII intact, no tremor, no cogwheeling, normal gait. "
            "AIMS 0."]
    labs = ctx.labs() + ctx.pick((
        f"___ BLOOD TSH-{ctx.n(0.4, 4.8, 1)}", f"___ BLOOD Lithium-{ctx.n(0.2, 1.2, 1)}",
        f"___ BLOOD Valproate-{ctx.n(40, 110)}", f"HbA1c {ctx.n(5.0, 7.4, 1)}%",
        f"EKG: NSR at {ctx.n(60, 100)}, QTc {ctx.n(400, 470)} ms",
        "Serum tox: negative for ASA, acetaminophen, EtOH, benzos, barbiturates, TCAs",
        "CT head: no acute intracranial process. No evidence of [[Wernicke]] encephalopathy on exam.",
    ), 2, 5)
    course = [
        ctx.t("{Mr} ___ was admitted to the inpatient unit (" + r.choice(("4 North", "Unit 5-West", "room 412, bed B"))
              + ") on a " + r.choice(("conditional voluntary", "voluntary", "involuntary 72-hour hold")) + " basis."),
        ctx.t("# SAFETY: Maintained on 15-minute checks; no episodes of self-harm, restraint or seclusion."),
        ctx.t("# PSYCHIATRIC: {ad} was titrated to {ad_dose} mg daily and {ap} {ap_dose} mg qHS was added."
              f" Mood, sleep and appetite improved; by discharge {{he}} "
              f"denied SI, was future oriented and engaged in groups. PHQ-9 at discharge {r.randint(4, 12)}."),
        ctx.t(f"# MEDICAL: TSH within normal limits. Metabolic monitoring: HbA1c {ctx.n(5.0, 6.4, 1)}%, LDL "
              f"{r.randint(70, 170)}. Nicotine patch 21 mg offered."),
    ]
    psysoc = _mix(ctx, [ctx.t("# PSYCHOSOCIAL: Participated in individual, group and milieu therapy; SW met with "
                              "{him} about housing and follow-up.")], sec.get("course", []))
    course_seg = _join([*course, psysoc, ctx.t(
        "# RISK ASSESSMENT: Static risk factors include prior attempts and family history. Modifiable factors "
        "(depression, insomnia, substance use) were addressed. {He} is not at acute risk and is safe for discharge.")],
        "\n")
    meds = [f"{k}. {m}" for k, m in enumerate(ctx.pick((
        "{ad} {ad_dose} mg PO DAILY", "{ap} {ap_dose} mg PO QHS", "Nicotine Patch 21 mg TD DAILY",
        "Trazodone 50 mg PO QHS:PRN "
        "insomnia", "Lithium Carbonate SR (Lithobid) 450 mg PO BID", "Divalproex (DELayed Release) 500 mg PO BID",
        "Hydroxyzine 25 mg PO Q6H:PRN anxiety", "Naltrexone 50 mg PO DAILY", "Levothyroxine 75 mcg PO DAILY",
    ), 3, 6), 1)]
    fu = _mix(ctx, ["___"], sec.get("fu", []), sep="\n", keep_first=False)
    return _sections(_header(ctx, "PSYCHIATRY", u), [
        ("Chief Complaint", r.choice(_PSY_CC)),
        ("Major Surgical or Invasive Procedure", r.choice(("None", "None", "ECT x3 (right unilateral)"))),
        ("History of Present Illness", _mix(ctx, hpi, sec.get("hpi", []))),
        ("Past Psychiatric History", "\n".join(pph)),
        ("Substance Use History", "\n".join(subst)),
        ("Past Medical History", ", ".join(r.sample(("Hypothyroidism", "Asthma", "Obesity (BMI 36)", "HTN", "GERD",
                                                    "Migraine", "Hepatitis C, treated", "Type 2 DM"), 3))),
        ("Social History", _mix(ctx, soc_base, sec.get("soc", []))),
        ("Family History", ctx.t(r.choice(("Mother with bipolar disorder; maternal uncle died by suicide; father "
                                           "with AUD.", "Sister with schizophrenia. No known suicides.",
                                           "Father with [[Parkinson]] disease and depression; mother with anxiety.")))),
        ("Mental Status Exam on admission", "\n".join(mse)),
        ("Physical Exam", "\n".join(exam)),
        ("Pertinent Results", "\n".join(labs)),
        ("Brief Hospital Course", course_seg),
        ("Discharge Medications", ctx.t("\n".join(meds))),
        ("Discharge Disposition", r.choice(("Home", "Home With Service", "Extended Care"))),
        ("Discharge Diagnosis", dx),
        ("Discharge Condition", "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive."),
        ("Discharge Instructions", ctx.t("Please take your medications as prescribed and keep your appointments. "
                                         "If you feel unsafe, go to the nearest emergency room. ") + _resources(ctx)),
        ("Followup Instructions", fu),
    ])


def _d_ob(ctx: _Ctx, sec: dict[str, list[Seg]], u: dict[str, Seg]) -> Seg:
    r = ctx.r
    g = r.randint(1, 6)
    p = r.randint(0, g - 1)
    bw = r.randint(2650, 4300)
    modes = ["spontaneous vaginal delivery", "primary cesarean section", "vacuum-assisted delivery"]
    ctx.memo["mode"] = r.choice(modes + ["repeat cesarean section"] * 2 if p else modes)
    cc = {"repeat cesarean section": "Scheduled repeat cesarean section"}.get(ctx.memo["mode"], "")
    dating = r.choice(("LMP c/w 8-week US", "first-trimester US", "IVF dates"))
    why, cc2 = r.choice((("regular painful contractions", "Contractions"),
                         ("leakage of clear fluid since 03:00", "Leakage of fluid"),
                         ("elevated BP at her prenatal visit (152/98)", "Elevated blood pressures"),
                         ("decreased fetal movement for 24 hours", "Decreased fetal movement"),
                         ("a scheduled induction for post-dates", "Induction of labor for post-dates")))
    if cc:
        why = "a scheduled repeat cesarean section"
    elif "post-dates" in why:
        ctx.memo["ga"] = f"41w{r.randint(0, 6)}d"
    cc = cc or cc2
    hpi = [ctx.t(f"{ctx.age()} G{g}P{p} at {{ga}} by {dating} who presented to L&D with {why}."),
           ctx.t("Prenatal course notable for " + r.choice((
               "A2 gestational diabetes on NPH.", "chronic hypertension on labetalol.",
               "anemia (Hgb 9.8) on oral iron.",
               "a short cervix at 22 weeks treated with vaginal progesterone.", "depression on sertraline, stable.",
               "late entry to care at 26 weeks.", "opioid use disorder on buprenorphine."))),
           ctx.t(f"Prenatal labs: {r.choice(('O+', 'A+', 'B-', 'AB+', 'O-'))}/antibody screen negative, Rubella "
                 f"{r.choice(('immune', 'non-immune'))}, RPR NR, HBsAg negative, HIV negative, GBS "
                 f"{r.choice(('negative', 'positive', 'unknown'))}, 1-hour GCT {r.randint(88, 168)}."),
           ctx.t(f"Dating: EDC {r.choice(('___', ctx.fill('sd')))} by LMP, consistent with early ultrasound."),
           ctx.t(f"Obstetric history: G1 in {r.randint(2004, 2022)}, term "
                 f"{'cesarean' if 'repeat' in ctx.fill('mode') else 'SVD'}, {r.randint(2800, 4000)} g, uncomplicated."
                 if p else "Obstetric history: primigravida." if g == 1 else "Obstetric history: prior early losses.")]
    delivered = ctx.t(f"She had a {{mode}} of a live-born {r.choice(('female', 'male'))} infant at {{tm}}, weight "
                      f"{bw} g, [[Apgar]] scores {r.randint(6, 9)} and {r.randint(8, 9)}.")
    labor = ctx.pick((
        f"On admission SVE was {r.randint(1, 5)}/{r.choice((50, 70, 80, 90))}/-{r.randint(1, 3)}, [[Bishop]] score "
        f"{r.randint(3, 10)}.",
        "She received misoprostol (Cytotec) for cervical ripening followed by oxytocin (Pitocin) augmentation.",
        "Epidural placed at 5 cm with good effect.",
        "Category I tracing throughout; occasional early decelerations. Occasional [[Braxton Hicks]] contractions had "
        "been noted in the preceding week.",
        "@DELIVERY@",
        "Delivery complicated by a second-degree perineal laceration, repaired in the usual fashion.",
        "Shoulder dystocia relieved with [[McRoberts]] and suprapubic pressure (head-to-body interval 45 seconds).",
        "Postpartum hemorrhage (QBL 1150 mL) treated with Methergine, Hemabate and misoprostol.",
        "Placenta delivered spontaneously and intact, 3-vessel cord.",
    ), 3, 5)
    labor = [x for x in labor if x != "@DELIVERY@"]
    after = [k for k, x in enumerate(labor) if x.startswith(("Delivery", "Shoulder", "Postpartum", "Placenta"))]
    labor.insert(after[0] if after else len(labor), delivered)
    pp = ctx.pick((
        "Her postpartum course was uncomplicated; ambulating, voiding and tolerating a regular diet by PPD 1.",
        f"Blood pressures ranged {r.randint(120, 134)}-{r.randint(140, 158)}/{r.randint(70, 82)}-{r.randint(88, 99)}; "
        "nifedipine ER 30 mg daily was started.",
        "Rh negative, baby Rh positive: RhoGAM given ___.",
        f"[[Edinburgh]] Postnatal Depression Scale score {r.randint(3, 19)} on PPD 2; SW consulted.",
        f"Breastfeeding with lactation support; LATCH score {r.randint(6, 10)}.",
        "Contraception: " + r.choice(("Nexplanon placed before discharge", "Mirena IUD at 6 weeks", "condoms",
                                      "BTL performed at cesarean")) + ".",
        "Tdap given in pregnancy; MMR given postpartum for non-immune rubella status.",
        "Pfannenstiel incision clean, dry and intact with staples removed on POD 3." if "cesarean" in ctx.fill("mode")
        else "Perineum healing well; ice packs and sitz baths.",
    ), 3, 6)
    sw = _mix(ctx, [ctx.t("SOCIAL WORK: Met with the patient for " + r.choice((
        "an elevated EPDS", "housing instability", "a positive substance screen", "limited supports")) +
        ". IPV screen negative. Enrolled in WIC and SNAP; crib and car seat in place.")], sec.get("course", []))
    course = _join([_join(labor, " "), _join(pp, " "), sw], "\n\n")
    meds = "\n".join(f"{k}. {m}" for k, m in enumerate(r.sample((
        "Ibuprofen 600 mg PO Q6H:PRN pain", "Acetaminophen 650 mg PO Q6H:PRN pain", "Docusate Sodium 100 mg PO BID",
        "Prenatal Vitamins 1 TAB PO DAILY", "Ferrous Sulfate 325 mg PO DAILY",
        "OxyCODONE 5 mg PO Q4H:PRN pain x10 tabs",
        "NIFEdipine (Extended Release) 30 mg PO DAILY"), r.randint(3, 6)), 1))
    instr = ctx.t("Nothing in the vagina for 6 weeks. Call for bleeding soaking more than one pad an hour, fever "
                  "above 100.4, severe headache or visual changes. ") + _resources(ctx)
    return _sections(_header(ctx, "OBSTETRICS/GYNECOLOGY", u), [
        ("Chief Complaint", cc),
        ("Major Surgical or Invasive Procedure", ctx.fill("mode")),
        ("History of Present Illness", _mix(ctx, hpi, sec.get("hpi", []))),
        ("Past Medical History", r.choice(("Asthma", "None", "Hypothyroidism on levothyroxine", "Anxiety"))),
        ("Social History", _mix(ctx, ctx.pick(("Lives with the FOB.", "Denies tobacco, alcohol or drug use in "
                                               "pregnancy.", "Works part time.", "Feels safe at home.",
                                               "Has WIC."), 2, 4), sec.get("soc", []))),
        ("Physical Exam", ctx.vitals() + "\nFundus firm at U-1, appropriately tender. Lochia moderate."),
        ("Pertinent Results", "\n".join(ctx.labs())),
        ("Brief Hospital Course", course),
        ("Discharge Medications", meds),
        ("Discharge Disposition", "Home"),
        ("Discharge Diagnosis", r.choice(("Term pregnancy, delivered", "Preeclampsia without severe features",
                                          "Postpartum hemorrhage"))),
        ("Discharge Instructions", instr),
        ("Followup Instructions", _mix(ctx, ["Postpartum visit with ___ in 6 weeks; BP check in 3-5 days."],
                                       sec.get("fu", []), sep="\n")),
    ])


def _d_newborn(ctx: _Ctx, sec: dict[str, list[Seg]], u: dict[str, Seg]) -> Seg:
    r = ctx.r
    bw = r.randint(2050, 4400)
    dw = int(bw * r.uniform(0.91, 0.98))
    hpi = [ctx.t(f"Baby ___ is a {{ga}}, {bw} g {('female' if ctx.sex == 'F' else 'male')} infant born by {{mode}} to "
                 f"a ___ year old G{r.randint(1, 5)}P{r.randint(0, 3)} mother."),
           ctx.t(f"Maternal prenatal labs: {r.choice(('O+', 'A+', 'B+', 'O-'))}, antibody negative, rubella immune, "
                 "RPR NR, HBsAg negative, HIV negative, GBS "
                 + r.choice(("negative.", "positive, adequately treated."))),
           ctx.t(r.choice(("Pregnancy complicated by maternal A1 GDM.", "Pregnancy complicated by maternal opioid "
                           "use disorder on buprenorphine.", "Pregnancy complicated by preeclampsia.",
                           "Uncomplicated pregnancy."))),
           ctx.t(f"ROM {r.randint(1, 20)} hours before delivery with clear fluid; maximum maternal temperature "
                 f"{ctx.n(98.0, 100.3, 1)}. [[Apgar]] scores {r.randint(5, 9)} and {r.randint(7, 9)}.")]
    systems = ctx.pick((
        "RESP: Transitioned in room air." if r.random() < 0.6 else "RESP: CPAP +5 for 6 hours for TTN, weaned to RA.",
        f"CV: Hemodynamically stable. CCHD screen passed (pre-ductal {r.randint(96, 100)}%, post-ductal "
        f"{r.randint(97, 100)}%).",
        "FEN: " + r.choice(("Breastfeeding well", "Formula feeding (Similac Advance)",
                            "Breast milk fortified with Enfamil")) + ". "
        f"Discharge weight {dw} g, down {100 * (bw - dw) / bw:.1f}% from birth weight.",
        f"GLUCOSE: Followed per hypoglycemia protocol; lowest glucose {r.randint(32, 55)} mg/dL, treated with dextrose "
        "gel x1.",
        f"BILI: Transcutaneous bilirubin {ctx.n(4.0, 13.5, 1)} mg/dL at {r.randint(24, 60)} hours of life, "
        "low-intermediate zone on the [[Bhutani]] nomogram; no phototherapy.",
        f"ID: Early-onset sepsis calculator risk {ctx.n(0.05, 1.5, 2)}/1000; no antibiotics indicated.",
        "NEURO: Normal tone, suck and [[Moro]] reflex.",
        f"NAS: [[Finnegan]] scores {r.randint(0, 4)}-{r.randint(5, 9)}; Eat, Sleep, Console assessments reassuring.",
        f"SCREENING: State newborn screen sent {ctx.fill('sd')} at 24 hours of life. Hearing screen (ABR) passed "
        "bilaterally. Car seat "
        "tolerance test passed (90 minutes).",
        "IMMUNIZATIONS: Hepatitis B vaccine given. Vitamin K 1 mg IM and erythromycin eye ointment given.",
    ), 5, 8)
    social = _mix(ctx, [ctx.t("SOCIAL: SW met with the parents; " + r.choice((
        "no concerns identified.", "DCF notification made per hospital policy given maternal substance use.",
        "family linked to WIC and a home-visiting program.")))], sec.get("course", []))
    exam = (f"Wt {dw} g, HC {ctx.n(31, 36.5, 1)} cm, length {ctx.n(45, 54, 1)} cm. AFOSF, red reflex present "
            "bilaterally, palate intact, clavicles intact, no murmur, femoral pulses 2+, hips stable ([[Barlow]] and "
            "[[Ortolani]] negative), normal genitalia, no sacral dimple.")
    return _sections(_header(ctx, r.choice(("NEWBORN", "NEONATOLOGY")), u), [
        ("Chief Complaint", r.choice(("Term newborn", "Late preterm infant, hypoglycemia", "Infant of a mother on "
                                      "buprenorphine", "Transient tachypnea of the newborn", "Hyperbilirubinemia"))),
        ("History of Present Illness", _mix(ctx, hpi, sec.get("hpi", []))),
        ("Social History", _mix(ctx, [ctx.t("Parents " + r.choice(("married", "not married", "separated")) + "; "
                                             "mother plans to " + r.choice(("breastfeed.", "formula feed.")))],
                                sec.get("soc", []))),
        ("Physical Exam at Discharge", ctx.t(exam)),
        ("Brief Hospital Course", _join([*systems, social], "\n")),
        ("Discharge Medications", r.choice(("None", "Cholecalciferol (Vitamin D) 400 UNIT PO DAILY"))),
        ("Discharge Disposition", "Home with parents"),
        ("Discharge Diagnosis", r.choice(("Healthy term newborn", "Late preterm infant", "Neonatal hypoglycemia, "
                                          "resolved", "Neonatal abstinence, monitored"))),
        ("Discharge Instructions", ctx.t("Back to sleep, car seat rear facing, call for fever 100.4 or higher. ")
         + _resources(ctx)),
        ("Followup Instructions", _mix(ctx, ["Pediatrician within 48 hours of discharge; weight and bilirubin check."],
                                       sec.get("fu", []), sep="\n")),
    ])


def _d_onc(ctx: _Ctx, sec: dict[str, list[Seg]], u: dict[str, Seg]) -> Seg:
    r = ctx.r
    cancer, regimen = ctx.fill("cancer"), ctx.fill("regimen")
    cyc, day = r.randint(1, 8), r.choice((1, 8, 10, 15))
    hpi = [ctx.t(f"{ctx.age()} {{pt}} with {cancer} on {regimen}, C{cyc}D{day}, presenting with "
                 + r.choice(("fever to 101.8 at home.", "intractable nausea and vomiting.", "dyspnea on exertion.",
                             "uncontrolled pain."))),
           ctx.t(f"In the ED T {ctx.n(99.0, 103.0, 1)}, HR {r.randint(88, 124)}, BP {r.randint(88, 132)}/"
                 f"{r.randint(50, 80)}; ANC {r.randint(0, 900)}. Blood cultures drawn and cefepime started within 60 "
                 "minutes."),
           ctx.t("{He} denies cough, dysuria or diarrhea. Port site without erythema.")]
    onc_hx = "\n".join(ctx.pick((
        "- ___: presented with weight loss and early satiety; CT showed a primary mass with nodal disease",
        "- ___: core biopsy confirmed the diagnosis; Ki-67 30%",
        f"- {ctx.fill('sd')}: C1 {regimen}",
        f"- {ctx.fill('sd')}: restaging CT with partial response by RECIST 1.1",
        f"- ___: ECOG {r.randint(0, 2)}; TNM reviewed at tumor board",
    ), 3, 5))
    letter_head = _mix(ctx, ["___", "Division of Medical Oncology"], sec.get("letter:head", []), sep="\n",
                       keep_first=False)
    body = _mix(ctx, ctx.pick((
        "Thank you for referring {Mr} ___ for ongoing management of {his} {cancer}.",
        f"{{He}} has tolerated treatment reasonably well apart from grade 2 neuropathy and fatigue; ECOG performance "
        f"status is {r.randint(0, 2)}.",
        f"On examination today weight was {ctx.n(48, 104, 1)} kg; no palpable lymphadenopathy.",
        "Restaging CT showed a partial response by RECIST 1.1.",
        "Plan: continue {regimen} with a 20% dose reduction; Neulasta on day 2; return in 2 weeks.",
        "We discussed goals of care at length; {he} wishes to continue treatment and remains full code.",
    ), 3, 6), sec.get("letter:body", []))
    letter = _join([letter_head, "", u.get("letter:greet", "Dear Dr. ___,"), "", body, "",
                    u.get("letter:sign", "Sincerely,\n___, MD"), u.get("letter:cc", "cc: ___")], "\n")
    course = ctx.pick((
        f"# Neutropenic fever: Treated with cefepime; cultures no growth; ANC recovered to {r.randint(1000, 4200)} "
        "with "
        "filgrastim. Transitioned to oral levofloxacin.",
        "# Mucositis: magic mouthwash; pain controlled.",
        f"# Goals of care: Palliative care met with the patient; PPS {r.choice((40, 50, 60, 70))}%. Code status: "
        f"{r.choice(('Full code', 'DNR/DNI', 'DNR, ok to intubate'))}.",
        "# Port: accessed and flushed; no signs of infection. Foley removed on day 2.",
        f"# Anemia: transfused 1 unit PRBC for Hgb {ctx.n(6.4, 7.0, 1)}.",
    ), 2, 4)
    psyc = _mix(ctx, [ctx.t("# Psychosocial: SW and chaplaincy involved; the patient is coping with support from "
                            "family.")], sec.get("course", []))
    meds = "\n".join(f"{k}. {m}" for k, m in enumerate(r.sample((
        "Ondansetron (Zofran) 8 mg PO Q8H:PRN nausea", "Prochlorperazine 10 mg PO Q6H:PRN nausea",
        "Dexamethasone 4 mg PO BID x2 days", "LORazepam (Ativan) 0.5 mg PO Q6H:PRN nausea/anxiety",
        "OxyCODONE 5 mg PO Q4H:PRN pain", "Senna 8.6 mg PO BID", "Levofloxacin 500 mg PO Q24H",
        "Pegfilgrastim (Neulasta) on-body injector per oncology"), r.randint(3, 6)), 1))
    return _sections(_header(ctx, r.choice(("MEDICINE", "HEMATOLOGY/ONCOLOGY")), u), [
        ("Chief Complaint", r.choice(("Fever", "Nausea/vomiting after chemotherapy", "Dyspnea", "Pain crisis"))),
        ("History of Present Illness", _mix(ctx, hpi, sec.get("hpi", []))),
        ("Oncologic History", onc_hx),
        ("Social History", _mix(ctx, ctx.pick(("Former smoker, 20 pack-years.", "Retired machinist.", "Lives with "
                                               "{his} {spouse}.", "No alcohol."), 2, 3), sec.get("soc", []))),
        ("Physical Exam", ctx.vitals() + "\nMucous membranes with grade 1 mucositis. Right chest port without "
         "erythema."),
        ("Pertinent Results", "\n".join(ctx.labs() + [f"___ BLOOD Neuts-{r.randint(1, 60)} ANC-{r.randint(0, 3000)}"])),
        ("Outpatient oncology letter (scanned, copied for reference)", letter),
        ("Brief Hospital Course", _join([*course, psyc], "\n")),
        ("Discharge Medications", meds),
        ("Discharge Disposition", r.choice(("Home", "Home With Service"))),
        ("Discharge Instructions", ctx.t("Check your temperature twice daily and call the oncology clinic for a "
                                         "temperature of 100.4 or higher. ") + _resources(ctx)),
        ("Followup Instructions", _mix(ctx, ["Oncology clinic with Dr. ___ in 1 week with labs."], sec.get("fu", []),
                                       sep="\n")),
    ])


_ED_EVENTS = (
    ("being found down in a stairwell", "Found down", "Opioid overdose, anoxic injury ruled out"),
    ("an assault with a bat", "Assault", "Left rib fractures; scalp laceration"),
    ("a rollover MVC", "Motor vehicle collision", "Left rib fractures; splenic laceration, grade II"),
    ("an intentional overdose of {ad}", "Intentional ingestion", "Intentional ingestion; serotonin toxicity"),
    ("a fall from a ladder at work", "Fall from height", "L1 compression fracture; left distal radius fracture"),
    ("acute alcohol intoxication and a fall", "Intoxication, fall", "Alcohol withdrawal; facial contusions"),
)


def _d_medicine(ctx: _Ctx, sec: dict[str, list[Seg]], u: dict[str, Seg], ed: bool) -> Seg:
    r = ctx.r
    if ed:
        ev, cc, dx = r.choice(_ED_EVENTS)
        ev = ctx.t(ev)
        triage = ctx.pick((
            f"ED TRIAGE NARRATIVE (copied from the ED record): pt BIBA after {ev}.",
            f"Per EMS, GCS {r.randint(9, 15)} on scene ([[Glasgow]] Coma Scale).",
            "Narcan 4 mg IN given by EMS with partial response." if "found" in ev else "C-collar placed by EMS.",
            f"BAL {ctx.n(0.0, 0.32, 2)}; pupils 3 mm and reactive.",
            f"Triage vitals {ctx.vitals()}. ESI 2.",
            "Pt tearful, states 'I just want to sleep', later agreeable to evaluation.",
        ), 3, 5)
        triage.sort(key=lambda s: not s.startswith("ED TRIAGE"))
        hpi = triage + [ctx.t(f"{ctx.age()} {{pt}} admitted for further management after {ev}.")]
        service = r.choice(("MEDICINE", "SURGERY", "ACUTE CARE SURGERY"))
    else:
        hpi = [ctx.t(f"{ctx.age()} {{pt}} with {{pmh_short}} who presents from home after "
                     f"{r.choice(('a fall', 'two weeks of poor oral intake', 'worsening dyspnea', 'new confusion'))}."),
               ctx.t("Family reports progressive decline over months, with difficulty managing medications.")]
        service, cc = "MEDICINE", r.choice(("Fall", "Failure to thrive", "Dyspnea", "Confusion",
                                            "Unable to care for self"))
        dx = r.choice(("Acute on chronic diastolic heart failure", "Delirium, multifactorial", "Mechanical fall",
                       "Failure to thrive; dementia with behavioral disturbance"))
    course = ctx.pick((
        "# Delirium: CAM positive on admission; managed non-pharmacologically with sleep hygiene and reorientation.",
        f"# HFpEF exacerbation: diuresed with IV furosemide, net negative {ctx.n(1.5, 5.5, 1)} L; discharge weight "
        f"{ctx.n(48, 110, 1)} kg.",
        f"# AKI on CKD: creatinine peaked at {ctx.n(1.6, 3.1, 1)}, improved with holding lisinopril.",
        "# Falls/deconditioning: PT recommends rehab; [[Foley]] removed on day 2 and voiding.",
        "# Cognition: Mini-Cog 2/5; possible [[Lewy]] body dementia per neurology, outpatient testing.",
        f"# Pain: multimodal regimen; CIWA scores {r.randint(0, 8)} or less.",
        "# Rib fractures: incentive spirometry, lidocaine patch; TLSO not required.",
    ), 2, 4)
    notes = [
        ctx.t("CASE MANAGEMENT: " + r.choice(("Patient lives alone with limited supports; SNF referrals sent.",
                                             "Home with VNA; DME (rolling walker, shower chair) ordered.",
                                             "Insurance authorization pending for rehab."))),
        ctx.t("SOCIAL WORK: " + r.choice(("Met with the patient and family to discuss caregiver stress.",
                                          "APS report filed for concern of self-neglect.",
                                          "Provided resources for outpatient substance use treatment."))),
        ctx.t("CHAPLAINCY: " + r.choice(("Chaplain visited; patient requested a prayer and communion.",
                                        "Chaplain visited; patient spoke about fear of dying alone.",
                                        "Chaplain stopped by; patient declined a visit today."))),
        ctx.t(f"INTERPRETER SERVICES: {r.choice(('In-person', 'Video', 'Phone'))} {{lang}} interpreter used for all "
              "family meetings."),
    ]
    psycho = _mix(ctx, r.sample(notes, r.randint(2, 4)), sec.get("course", []), sep="\n", keep_first=False)
    meds = "\n".join(f"{k}. {m}" for k, m in enumerate(r.sample((
        "Apixaban 5 mg PO BID", "Furosemide 40 mg PO DAILY", "Metoprolol Succinate XL 50 mg PO DAILY",
        "Acetaminophen 1000 mg PO Q8H", "Senna 8.6 mg PO BID:PRN", "Donepezil 5 mg PO QHS", "Thiamine 100 mg PO DAILY",
        "Folic Acid 1 mg PO DAILY", "Lidocaine 5% Patch 1 PTCH TD QAM"), r.randint(3, 6)), 1))
    return _sections(_header(ctx, service, u), [
        ("Chief Complaint", cc),
        ("Major Surgical or Invasive Procedure", r.choice(("None", "None", "ORIF left wrist", "Thoracentesis"))),
        ("History of Present Illness", _mix(ctx, hpi, sec.get("hpi", []))),
        ("Past Medical History", ctx.t("{pmh_short}")),
        ("Social History", _mix(ctx, ctx.pick(("Widowed.", "Former smoker.", "Drinks 2-3 beers daily.", "Uses a cane.",
                                               "Retired from the postal service.", "Lives with {his} {rel}."), 2, 4),
                                sec.get("soc", []))),
        ("Physical Exam", ctx.vitals() + ctx.t("\nGen: frail, NAD. Lungs: bibasilar crackles. Ext: 1+ edema. Neuro: "
                                               "nonfocal; negative [[Kernig]] and [[Brudzinski]] signs.")),
        ("Pertinent Results", "\n".join(ctx.labs())),
        ("Brief Hospital Course", _join([_join(course, "\n"), psycho], "\n")),
        ("Discharge Medications", meds),
        ("Discharge Disposition", r.choice(("Extended Care", "Home With Service", "Home"))),
        ("Discharge Diagnosis", dx),
        ("Discharge Instructions", ctx.t(f"You were admitted for {cc.lower()}. ") + _resources(ctx)),
        ("Followup Instructions", _mix(ctx, ["___"], sec.get("fu", []), sep="\n", keep_first=False)),
    ])


# ==================================================================================================
# Radiology reports
# ==================================================================================================

_RAD = {
    "u": ("OB ULTRASOUND, {tri} TRIMESTER, SINGLETON", "GE Voluson E10 (software BT21)", (
        "Single live intrauterine pregnancy in {pres} presentation. FHR {fhr} bpm.",
        "BPD {bpd} cm, HC {hc} cm, AC {ac} cm, FL {fl} cm; EFW {efw} g ({pct} percentile by [[Hadlock]]).",
        "AFI {afi} cm, with a single deepest pocket of {sdp} cm.",
        "Placenta {plac}, no previa; the placental edge is more than 2 cm from the internal os.",
        "Umbilical artery Doppler S/D ratio {sd} (normal for gestational age). MCA PSV 1.1 MoM.",
        "Cervical length {cl} cm transabdominally; no funneling.",
        "Fetal stomach, kidneys and bladder are visualized. Four-chamber heart view is normal.",
    ), ("Appropriately grown singleton, EFW {pct} percentile.", "Normal amniotic fluid.",
        "Normal umbilical artery Doppler.")),
    "b": ("BABYGRAM (CHEST AND ABDOMEN, AP, PORTABLE)", "Carestream DRX-Revolution, firmware {fw}", (
        "UVC tip projects over T9 near the junction of the IVC and right atrium.",
        "UAC tip at T8, in satisfactory position above the celiac axis.",
        "Endotracheal tube tip 1 cm above the carina; recommend withdrawal by 0.5 cm.",
        "Lungs with mild diffuse granular opacities and air bronchograms, consistent with surfactant deficiency.",
        "Cardiothymic silhouette within normal limits.",
        "Bowel gas pattern non-obstructive; no pneumatosis or portal venous gas.",
        "No pneumothorax. Osseous structures unremarkable for age.",
    ), ("Lines in standard position.", "Mild surfactant deficiency.", "No pneumatosis.")),
    "h": ("CT HEAD W/O CONTRAST", "Siemens SOMATOM Definition AS+ (syngo CT VA48A); DLP {dlp} mGy-cm", (
        "No evidence of hemorrhage, edema, mass effect, or acute territorial infarction.",
        "Ventricles and sulci are prominent, consistent with age-related volume loss.",
        "Periventricular white matter hypodensities, consistent with chronic small vessel ischemic disease.",
        "Gray-white matter differentiation is preserved.",
        "Basal cisterns are patent. No midline shift.",
        "Visualized paranasal sinuses and mastoid air cells are clear.",
        "No calvarial fracture. Small left frontal scalp hematoma.",
    ), ("No acute intracranial process.", "Chronic small vessel ischemic disease.",
        "If clinical concern persists, MRI is more sensitive for early ischemia.")),
    "m": ("MRI BRAIN W/WO CONTRAST", "Siemens MAGNETOM Vida 3T (syngo MR XA31); 7 mL gadobutrol (Gadavist)", (
        "No restricted diffusion to suggest acute infarction.",
        "Hippocampi are symmetric in size and signal; no mesial temporal sclerosis.",
        "Scattered T2/FLAIR white matter hyperintensities, [[Fazekas]] grade 1.",
        "No abnormal enhancement. No cortical ribboning to suggest [[Creutzfeldt-Jakob]] disease.",
        "Susceptibility-weighted images show no microhemorrhage.",
        "The pituitary gland and sella are unremarkable.",
        "Normal flow voids in the major intracranial arteries and dural venous sinuses.",
    ), ("No acute intracranial abnormality.", "Mild nonspecific white matter change, likely microangiopathic.",
        "No structural cause for the presenting symptoms identified.")),
    "s": ("CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST", "GE Revolution Apex; 100 mL Omnipaque 350 (lot {lot})", (
        "Target lesion 1 (right hepatic lobe, series 2 image 41) measures {m1} x {m2} cm, previously {m3} x {m4} cm.",
        "Target lesion 2 (left para-aortic node) measures {m2} cm in short axis, previously {m4} cm.",
        "Port catheter tip at the cavoatrial junction.",
        "Subcentimeter pulmonary nodules are stable. No pleural effusion.",
        "No new lymphadenopathy by size criteria.",
        "No ascites. Bowel is unremarkable.",
        "Osseous structures without suspicious lytic or blastic lesions.",
    ), ("Partial response by RECIST 1.1.", "No new sites of disease.", "Stable subcentimeter pulmonary nodules.")),
    "t": ("CT TORSO WITH CONTRAST (TRAUMA PROTOCOL)", "Canon Aquilion ONE PRISM; 90 mL Omnipaque 350", (
        "Nondisplaced fractures of the left 7th and 8th ribs, lateral aspect.",
        "No pneumothorax or hemothorax. Small dependent atelectasis.",
        "No solid organ injury. No free fluid or free air.",
        "Aorta is normal in caliber without intimal flap.",
        "Lumbar vertebral body heights are maintained; no acute fracture.",
        "Subcutaneous contusion of the left flank.",
        "Bladder is decompressed around a [[Foley]] catheter.",
    ), ("Left rib fractures without pneumothorax.", "No solid organ injury.", "No acute spinal fracture.")),
    "x": ("CHEST (PA AND LAT)", "Philips DigitalDiagnost C90, software {fw}", (
        "The heart size is normal. The mediastinal and hilar contours are unremarkable.",
        "Lungs are clear. No focal consolidation, effusion or pneumothorax.",
        "Mild degenerative change of the thoracic spine.",
        "Right chest port catheter tip in the low SVC.",
        "No free air below the diaphragms.",
        "Surgical clips in the right upper quadrant.",
    ), ("No acute cardiopulmonary process.", "Port catheter in satisfactory position.")),
}
_RAD_HIST = {
    "u": (
        ("Patient with {pnc} referred for growth assessment; fundal height lagging by 3 cm.",
         "She reports good fetal movement. No bleeding or leakage of fluid.",
         "Prior anatomy survey at ___ was normal.", "Blood pressures have been in the 130s/80s."),
        ("Late entry to care at 26 weeks; dating uncertain, please comment on biometry.",
         "She has had no prior ultrasound in this pregnancy.", "Occasional [[Braxton Hicks]] contractions; no "
         "vaginal bleeding."),
        ("She is very anxious after a prior stillbirth and asked that results be reviewed with her today.",
         "Decreased fetal movement since yesterday; NST reactive on the unit.", "Please assess fluid and Dopplers."),
    ),
    "b": (
        ("Former {ga} infant, day of life {dol}, with UVC and UAC placed at the bedside; please confirm positions.",
         "Birth weight {efw} g; surfactant given x1.", "Mother received betamethasone x1 before delivery."),
        ("Increasing oxygen requirement overnight, now FiO2 0.35 on CPAP.", "Feeding intolerance with bilious "
         "aspirate x1; abdomen soft but mildly distended.", "Please evaluate lungs and bowel gas pattern."),
        ("Parents are at the bedside; please coordinate timing with feeds.", "Infant intubated for apnea this "
         "morning; confirm ETT position.", "OG tube placed at the same time."),
    ),
    "h": (
        ("New-onset auditory hallucinations and disorganized behavior over two weeks; no prior psychiatric history.",
         "Admitted to psychiatry; the medical team requests imaging to exclude an organic cause.",
         "Patient is agitated and may not tolerate a long study; please keep it short."),
        ("Fell from standing this morning and struck the back of {his} head; on apixaban.",
         "No loss of consciousness per {his} family, but more confused than baseline.",
         "Small occipital hematoma on exam."),
        ("Family describes subacute memory decline and visual hallucinations over six months.",
         "Intermittent headaches, worst in the morning.", "Evaluate for mass or hydrocephalus."),
    ),
    "m": (
        ("Treatment-resistant depression with planned ECT; evaluate for a structural lesion.",
         "Catatonic features improved with lorazepam.", "Claustrophobic; premedicated with lorazepam 1 mg PO."),
        ("First episode psychosis at age 24; please evaluate for a structural or demyelinating process.",
         "No headache, seizures or focal deficits.", "Family history of schizophrenia in an uncle."),
        ("Progressive cognitive decline with parkinsonism and fluctuating attention; question of [[Lewy]] body "
         "disease.", "MoCA 19/30 in clinic.", "Subarachnoid hemorrhage two years ago, [[Hunt and Hess]] grade 2."),
    ),
    "s": (
        ("Restaging of {cancer} after cycle {cyc} of {regimen}.", "Rising tumor markers since the last scan.",
         "Weight loss of 8 kg; appetite poor."),
        ("Patient is deciding between a clinical trial and hospice; results will guide the family meeting.",
         "New right upper quadrant pain and early satiety.", "Port placed at an outside hospital; please comment on "
         "its position."),
    ),
    "t": (
        ("Restrained driver in a head-on collision at highway speed; left chest wall pain.", "GCS 15 on arrival; FAST "
         "negative.", "Hemodynamically stable after 1 L crystalloid."),
        ("Fell about 12 feet from a ladder; back and left flank pain.", "Hematuria on bedside UA.",
         "Intoxicated, history limited."),
        ("Assault with a blunt object; left-sided chest pain with deep breaths.", "Police at bedside.",
         "Tachycardic to 118 on arrival, now 96."),
    ),
    "x": (
        ("Cough and low-grade fever for five days.", "Resident of a group home; staff report poor appetite.",
         "Smoker, 30 pack-years."),
        ("Evaluate port position after placement today.", "No shortness of breath or chest pain.",
         "Port to be used for chemotherapy tomorrow."),
        ("Admitted to psychiatry; pre-clozapine baseline requested.", "Denies cough or fever.",
         "History of latent TB, treated."),
    ),
}
_RAD_ANY = (
    "History is limited; the patient is a poor historian and family is not available.",
    "Ordering provider notes the patient is anxious about the results and would like them explained in person.",
    "History obtained with the help of a phone interpreter.",
    "Please compare with outside imaging if available.",
    "Multiple ED visits this month with similar complaints.",
)
_RAD_REC = {
    "u": "Follow-up growth ultrasound in 3-4 weeks.", "b": "Follow-up radiograph after line adjustment.",
    "h": "Consider MRI if symptoms persist.", "m": "Clinical correlation; no imaging follow-up needed.",
    "s": "Continued surveillance per oncology.", "t": "Incentive spirometry; follow-up chest radiograph as needed.",
    "x": "Follow-up radiograph in 6-8 weeks to document resolution if clinically indicated.",
}
_PROTO = {"u": "OB-GROWTH-02", "b": "NICU-PORT-01", "h": "NEURO-07", "m": "NEURO-MR-12", "s": "ONC-CAP-03",
          "t": "TRAUMA-PAN-05", "x": "CHEST-2V-01"}
_CPT = {"u": "76805", "b": "74018", "h": "70450", "m": "70553", "s": "74177", "t": "74177", "x": "71046"}


def _rad_fill(ctx: _Ctx, s: str) -> str:
    r = ctx.r
    rep = {"{tri}": r.choice(("SECOND", "THIRD")), "{pres}": r.choice(("cephalic", "breech", "transverse")),
           "{fhr}": str(r.randint(122, 162)), "{bpd}": ctx.n(6.5, 9.6, 1), "{hc}": ctx.n(24, 34, 1),
           "{ac}": ctx.n(22, 36, 1), "{fl}": ctx.n(5.0, 7.6, 1), "{efw}": str(r.randint(900, 3900)),
           "{pct}": str(r.randint(3, 92)), "{afi}": ctx.n(6, 22, 1),
           "{plac}": r.choice(("posterior", "anterior", "fundal")), "{sd}": ctx.n(2.0, 3.2, 1),
           "{cl}": ctx.n(2.6, 4.5, 1), "{dol}": str(r.randint(1, 20)), "{dlp}": str(r.randint(700, 1150)),
           "{m1}": ctx.n(1.2, 4.5, 1), "{m2}": ctx.n(1.0, 3.9, 1), "{m3}": ctx.n(2.0, 6.0, 1),
           "{m4}": ctx.n(1.5, 5.0, 1), "{lot}": f"{r.randint(10, 99)}{r.choice('ABCDK')}{r.randint(100, 999)}",
           "{fw}": r.choice((f"{r.randint(2, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 250)}",
                             f"R{r.randint(2, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                             f"v{r.randint(3, 9)}.{r.randint(0, 20)}")),
           "{pnc}": r.choice(("chronic hypertension", "A2 GDM", "prior SGA infant",
                              "a twin demise earlier in pregnancy")),
           "{cyc}": str(r.randint(2, 8)), "{sdp}": ctx.n(2.1, 8.0, 1)}
    for k, v in rep.items():
        s = s.replace(k, v)
    return ctx.t(s)


def _radiology(ctx: _Ctx, sec: dict[str, list[Seg]], u: dict[str, Seg]) -> Seg:
    r, a = ctx.r, ctx.arche
    exam, scanner, findings, impression = _RAD[a]
    parts: list[str | Seg] = [f"EXAMINATION:  {_rad_fill(ctx, exam)}", ""]
    for h in sec.get("hdr", []):
        parts += [h, ""]
    if "ind" in u:
        parts.append(u["ind"])
    else:
        who = {"u": "G{g}P{p} woman at {ga}", "b": "infant born at {ga}"}.get(a, "{pt}")
        who = who.replace("{g}", str(r.randint(1, 5))).replace("{p}", str(r.randint(0, 3)))
        parts.append(ctx.t(f"INDICATION:  {'___ year old ' if a != 'b' else ''}{who} with "
                           f"{r.choice(('new symptoms', 'follow-up', 'abnormal exam', 'clinical concern'))} // "
                           f"{r.choice(('eval', 'please assess', 'interval change?'))}"))
    hist = [_rad_fill(ctx, x) for x in r.choice(_RAD_HIST[a])]
    extra = list(_RAD_ANY)
    if a not in "ub":
        extra += ["Pregnancy test negative.", f"Creatinine {ctx.n(0.6, 1.2, 1)} on ___; eGFR above 60."]
    hist += ctx.pick(extra, 1, 3)
    parts += ["", _join(["CLINICAL HISTORY (per ordering provider):", _mix(ctx, hist, sec.get("hist", []))], "  ")]
    tech = [_rad_fill(ctx, f"Images acquired on {scanner}.")]
    tech.append(ctx.t(r.choice(("Dose reduction techniques were used (automated exposure control, iterative "
                                "reconstruction).", "Multiplanar reformats were reviewed.",
                                f"Standard departmental protocol (protocol code {_PROTO[a]}).",
                                f"Room {r.randint(1, 9)}, CPT {_CPT[a]} per the order."))))
    parts += ["", _join(["TECHNIQUE:", _mix(ctx, tech, sec.get("tech", []))], "  ")]
    comp = r.choice(("___.", "None.", "___ from ___.", f"{ctx.fill('sd')}.", f"Prior study dated {ctx.fill('sd')}."))
    parts += ["", _join(["COMPARISON:", u.get("comp", comp)], "  ")]
    keep = sorted(r.sample(range(len(findings)), r.randint(len(findings) - 2, len(findings))))
    fnd = [_rad_fill(ctx, findings[k]) for k in keep]
    parts += ["", "FINDINGS:", "", "\n\n".join(fnd) if r.random() < 0.5 else "  ".join(fnd)]
    imp = impression[:r.randint(2, len(impression))]
    parts += ["", "IMPRESSION:", "", "\n".join(f"{k}. {_rad_fill(ctx, x)}" for k, x in enumerate(imp, 1))]
    if r.random() < 0.5:
        parts += ["", f"RECOMMENDATION(S):  {_RAD_REC[a]}"]
    notif = sec.get("notif", [])
    if notif or r.random() < 0.5:
        when = r.choice(("___", ctx.fill("sd")))
        base = [ctx.t(f"The findings were discussed with Dr. ___ by Dr. ___ on the telephone on {when} at {{tm}}, "
                      f"{r.randint(5, 40)} minutes after discovery of the findings.")]
        parts += ["", _join(["NOTIFICATION:", _mix(ctx, base, notif)], "  ")]
    if len(_join(parts, "\n")[0]) < 1150:
        parts += ["", ctx.t(r.choice((
            "ADDENDUM:  Outside images were subsequently reviewed at the request of the ordering team; they do not "
            "change the impression above.",
            "ADDENDUM:  The ordering provider called with additional history after the study; the impression is "
            "unchanged. Attending review completed.")))]
    return _join(parts, "\n")


# ==================================================================================================
# Plan and assembly
# ==================================================================================================

@lru_cache(maxsize=256)
def _block_plan(seed: int, block: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, planted categories) for the 40 notes of one block, from (seed, block) alone."""
    r = random.Random(f"holdout12|plan|{seed}|{block}")
    kinds = list(_KINDS)
    r.shuffle(kinds)
    sizes = list(r.choice(_SIZE_SETS))
    r.shuffle(sizes)
    plant_pos = [p for p, k in enumerate(kinds) if k == "plant"]
    size_of = dict(zip(plant_pos, sizes, strict=True))
    order = plant_pos[:]
    r.shuffle(order)
    seats = [p for rnd in range(4) for p in order if size_of[p] > rnd]
    cats = list(CATEGORIES)
    r.shuffle(cats)
    deck = [c for c in cats for _ in range(5 if c in _BIG else 3)]
    cards: dict[int, list[str]] = {p: [] for p in plant_pos}
    for seat, c in zip(seats, deck, strict=True):
        cards[seat].append(c)
    return tuple((k, tuple(cards.get(p, ()))) for p, k in enumerate(kinds))


def _assign(cards: tuple[str, ...], ntype: str, arche: str, r: random.Random) -> list[int] | None:
    for _ in range(25):
        used: set[int] = set()
        keys: set[str] = set()
        got: list[int] = []
        for c in r.sample(cards, len(cards)):
            options = [k for k in _IDX.get((ntype, arche, c), []) if k not in used and _T[k][2] not in keys]
            if not options:
                break
            k = r.choice(options)
            used.add(k)
            got.append(k)
            if _T[k][2] in _UNIQUE_SECS:
                keys.add(_T[k][2])
        else:
            return got
    return None


def _choose(cards: tuple[str, ...], r: random.Random) -> tuple[str, str, list[int]]:
    first = "discharge" if r.random() < 0.5 else "radiology"
    for ntype in (first, "radiology" if first == "discharge" else "discharge"):
        weights = dict(_ARCHES[ntype])
        while weights:
            names = list(weights)
            a = r.choices(names, weights=[weights[n] for n in names])[0]
            got = _assign(cards, ntype, a, r)
            if got is not None:
                return ntype, a, got
            del weights[a]
    raise RuntimeError(f"no archetype fits {cards}")


def holdout12_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed``; deterministic and independent of the other notes."""
    kind, cards = _block_plan(seed, i // BLOCK)[i % BLOCK]
    r = random.Random(f"holdout12|note|{seed}|{i}")
    ntype, arche, chosen = _choose(cards, r)
    sex = "F" if arche in "Ou" else r.choice("FM")
    ctx = _Ctx(r, sex, kind == "heavy", arche)
    # decoys: the same kinds of sentences, correctly masked
    pool = [k for c in CATEGORIES for k in _IDX.get((ntype, arche, c), [])
            if k not in chosen and _T[k][2] not in _UNIQUE_SECS]
    n_decoy = {"heavy": r.randint(6, 9), "clean": r.randint(2, 4), "plant": r.randint(1, 3)}[kind]
    decoys = r.sample(sorted(set(pool)), min(n_decoy, len(set(pool))))
    sec: dict[str, list[Seg]] = {}
    uniq: dict[str, Seg] = {}
    for k, plant in [(k, True) for k in chosen] + [(k, False) for k in decoys]:
        seg = _render(_T[k][4], ctx, plant)
        if _T[k][2] in _UNIQUE_SECS:
            uniq[_T[k][2]] = seg
        else:
            sec.setdefault(_T[k][2], []).append(seg)
    if ntype == "radiology":
        text, spans = _radiology(ctx, sec, uniq)
    elif arche == "P":
        text, spans = _d_psych(ctx, sec, uniq)
    elif arche == "O":
        text, spans = _d_ob(ctx, sec, uniq)
    elif arche == "N":
        text, spans = _d_newborn(ctx, sec, uniq)
    elif arche == "C":
        text, spans = _d_onc(ctx, sec, uniq)
    else:
        text, spans = _d_medicine(ctx, sec, uniq, ed=arche == "E")
    if ntype == "discharge" and r.random() < 0.6:
        text = _wrap(text, spans, r.randint(72, 96))
    if len(spans) != len(cards):
        raise RuntimeError(f"note {seed}/{i}: {len(spans)} spans for {len(cards)} plants")
    return LabelledNote(note_type=ntype, text=text, spans=sorted(spans))


def _wrap(text: str, spans: list[tuple[int, int, str]], width: int) -> str:
    """Hard-wrap long lines at spaces outside labelled spans (same length, so spans stay valid)."""
    protected = bytearray(len(text))
    for s, e, _ in spans:
        protected[s:e] = b"\x01" * (e - s)
    chars = list(text)
    col, last = 0, -1
    for k, ch in enumerate(chars):
        if ch == "\n":
            col, last = 0, -1
            continue
        col += 1
        if ch == " " and not protected[k] and 0 < k < len(chars) - 1 and chars[k - 1] != " " and chars[k + 1] != " ":
            last = k
        if col > width and last >= 0:
            chars[last] = "\n"
            col, last = k - last, -1
    return "".join(chars)


def holdout12_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout12_note(seed, i) for i in range(n)]


def category_counts(notes: list[LabelledNote]) -> Counter:
    return Counter(c for n in notes for _, _, c in n.spans)


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout12_corpus, argv,
        "Held-out corpus 12 (written blind): psychiatry, obstetric/newborn, oncology-letter, social-work, "
        "chaplaincy/interpreter and ED-triage narrative prose; radiology reports with prose clinical histories.")
    report("holdout12", args, notes, hits, res)


if __name__ == "__main__":
    main()
