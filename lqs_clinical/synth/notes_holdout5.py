"""Held-out residual-PHI corpus 5: MIMIC-IV-Note-shaped notes with planted identifiers (written blind).

Written without reading the detector (pii_rules/, lqs_clinical/notes/), the probe's notes generator or
the earlier held-out corpora: its layouts, phrasing, cue words, formats and surrogate values are its own.

What it contains:
- discharge summaries (~55%) in MIMIC-IV's layout (header with Name/Unit No/dates/Sex/Service, Allergies,
  Attending, Chief Complaint, Procedure, HPI, PMH, Social/Family History, admission and discharge exams,
  Pertinent Results with MIMIC lab lines and micro, Brief Hospital Course by problem, Transitional Issues,
  medication lists with RX lines, Disposition/Facility, Diagnoses, Condition, Instructions, Followup);
- radiology reports (~45%): radiographs, CT (with CTDIvol/DLP dose reports), MR, ultrasound, addenda,
  notification lines and occasional header/signature blocks;
- identifiers masked as ``___``; in 55% of notes 1-4 identifiers (some as part of an address or contact
  line) are left UNMASKED ("planted") and labelled with the exact span of the value;
  ~5% of notes are heavily masked and hold no plant;
- many non-PHI distractors: eponyms, brand devices, drug doses, vitals, lab lines, scores, ECG intervals,
  dates shifted into 2100-2200, bare years, ages under 90, US states, countries, ICD/CPT/NDC codes,
  rooms and beds, masked ``___`` lines that keep the cue words.

Plant counts are balanced in blocks of 40 notes, so every category gets at least 30 planted spans in a
600-note corpus; note i still depends only on (seed, i).

Measure (lead engineer only):  python -m lqs_clinical.synth.notes_holdout5 --seed 1 --n 600 --ner
"""

from __future__ import annotations

import random
import re

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

M = "___"
BLOCK = 40  # notes per balancing block

# ------------------------------------------------------------------------------------------------
# surrogate pools (all fictitious)
# ------------------------------------------------------------------------------------------------

FIRST_M = [
    "Chidi", "Emeka", "Kwame", "Yaw", "Oluwaseun", "Minh", "Quang", "Bao", "Wojciech", "Tomasz", "Arjun",
    "Venkatesh", "Sanjay", "Yusuf", "Omar", "Khalid", "Joaquín", "Rigoberto", "Declan", "Padraig", "Min-jun",
    "Jian", "Wei", "Jean-Baptiste", "Wilner", "João", "Manuel", "Abdirahman", "Dimitrios", "Stavros",
    "Oleksandr", "Bogdan", "Earl", "Harold", "Dwayne", "Cody", "Eugene", "Grant", "Thaddeus", "Ignatius",
    "Mehmet", "Haruto", "Rafael", "Anselm", "Lachlan", "Tariq", "Femi", "Dariusz", "Hamza", "Luis",
]
FIRST_F = [
    "Adaeze", "Folake", "Ngozi", "Abena", "Amara", "Thanh", "Lan", "Huong", "Agnieszka", "Małgorzata",
    "Priya", "Lakshmi", "Deepika", "Fatima", "Layla", "Rania", "Nour", "Mariela", "Guadalupe", "Esperanza",
    "Xiomara", "Siobhan", "Aoife", "Bridget", "Seo-yeon", "Hye-jin", "Mei-Ling", "Xiaoling", "Marie-Claude",
    "Fabiola", "Guerline", "Conceição", "Fernanda", "Hodan", "Faduma", "Eleni", "Tatiana", "Svetlana",
    "Kateryna", "Dorothy", "Shirley", "Tammy", "Brittany", "Marjorie", "Hope", "Rose", "Faith", "Zoë",
    "Thérèse", "Ingrid", "Yetunde", "Parveen",
]
LAST = [
    "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Oyelaran", "Eze", "Nwachukwu", "Nguyen", "Tran", "Pham",
    "Hoang", "Kowalczyk", "Wiśniewski", "Zielinski", "Ramanathan", "Chowdhury", "Iyer", "Venkataraman",
    "Haddad", "Al-Masri", "Khoury", "Saleh", "Ruiz-Castellanos", "Villanueva", "Quiñones", "Delgado",
    "O'Sullivan", "McNamara", "Keane", "Fitzgerald", "Park", "Choi", "Zhang", "Liu", "Baptiste",
    "Pierre-Louis", "Jean-Charles", "Desrosiers", "Tavares", "Medeiros", "Carvalho", "Warsame", "Abdi",
    "Papadopoulos", "Georgiou", "Kuznetsova", "Shevchenko", "Horvath", "Lindqvist", "Okafor", "Mwangi",
    "Achterberg", "van der Berg", "da Silva", "St. Fleur", "MacLeod", "Dubois", "Esposito", "Goldberg",
    "Yamamoto", "Takahashi", "Bautista", "Dela Cruz", "Farouk", "Johansson", "Ferreira-Lopes", "Oduya",
    "Szymanski", "Brannigan", "Thibodeau", "Mukherjee", "Castellano", "Ekwueme", "Lefebvre", "Nakamura",
    # surnames that are also eponyms or plain words
    "Murphy", "Barrett", "Graves", "Bell", "Hunt", "Foley", "Walker", "Young", "King", "Church", "Addison",
]
NICK = ["Sully", "Kiki", "Tito", "Bubba", "Mimi", "Chuy", "Dodie", "Buzzy", "Tink", "Manny", "Lulu", "Ziggy"]

TOWNS = [
    "Ware", "Palmer", "Monson", "Hardwick", "Petersham", "Athol", "Orange", "Winchendon", "Templeton",
    "Barre", "Spencer", "Leicester", "Charlton", "Dudley", "Webster", "Sutton", "Millville", "Uxbridge",
    "Mendon", "Hopedale", "Upton", "Grafton", "Raynham", "Dighton", "Swansea", "Acushnet", "Mattapoisett",
    "Lakeville", "Wareham", "Ashby", "Townsend", "Pepperell", "Dunstable", "Groveland", "Boxford",
    "Quabbin Falls", "East Harlow", "North Brantree", "Millers Crossing", "West Ossipee", "Cold Brook",
    "South Hadley Falls", "Turners Falls", "Hatfield", "Belchertown", "Shutesbury", "Colrain",
]
NEIGHBOURHOODS = [
    "Dorchester", "Mattapan", "Roslindale", "Jamaica Plain", "Allston", "Fields Corner", "Hyde Park",
    "Upham's Corner", "Grove Hall", "Four Corners", "Egleston Square", "Chinatown",
]
COUNTIES = ["Hampshire County", "Franklin County", "Berkshire County", "Essex County", "Bristol County"]
LANDMARKS = [
    "Wachusett Reservoir", "Mount Greylock", "Quabbin Reservoir", "Purgatory Chasm", "Breakheart Reservation",
    "Lake Chaubunagungamaug", "Nashoba Valley ski area", "Borderland State Park", "Crane Beach",
]
INTL = [
    ("Porto", "Portugal"), ("Ponta Delgada", "Portugal"), ("Jacmel", "Haiti"), ("Cap-Haïtien", "Haiti"),
    ("Da Nang", "Vietnam"), ("Huế", "Vietnam"), ("Ibadan", "Nigeria"), ("Enugu", "Nigeria"),
    ("Kraków", "Poland"), ("Lviv", "Ukraine"), ("Cuenca", "Ecuador"), ("Praia", "Cape Verde"),
    ("Kumasi", "Ghana"), ("Mosul", "Iraq"), ("Chennai", "India"), ("Hargeisa", "Somalia"),
    ("Thessaloniki", "Greece"), ("Santiago de los Caballeros", "the Dominican Republic"),
]
HOSPITALS = [
    "St. Brigid Medical Center", "Merrimack Valley Hospital", "Nashoba Regional Medical Center",
    "Holyoke Mercy Hospital", "Wing Memorial", "Quabbin Valley Hospital", "Harrington Memorial Hospital",
    "Good Shepherd Community Hospital", "Baystate Franklin", "Milford-Whitinsville Regional",
    "Sturdy Memorial", "Heywood Hospital", "Cape Ann General", "Morton Hospital",
]
SNFS = [
    "Pine Knoll Skilled Nursing", "Greylock Rehabilitation & Nursing", "Maplewood Manor",
    "Sacred Heart Nursing Home", "Cedar Ridge Rehab", "Harbor House Assisted Living",
    "Willow Crest Health Care", "Oak Hollow Transitional Care", "Riverbend Center for Rehabilitation",
    "Mount St. Vincent Care Center", "Lindenwood Rehab and Skilled Nursing", "The Arbors at Hadley",
]
HOSPITAL_ABBR = {"St. Brigid Medical Center": "SBMC", "Merrimack Valley Hospital": "MVH",
                 "Nashoba Regional Medical Center": "NRMC", "Harrington Memorial Hospital": "HMH",
                 "Good Shepherd Community Hospital": "GSCH", "Quabbin Valley Hospital": "QVH"}
CLINICS = [
    "Quinapoxet Family Health Center", "Fields Corner Community Health", "Harbor Street Dialysis",
    "Great Brook Cardiology Associates", "Tri-Valley Pulmonary Group", "Mill City Orthopedics",
    "Riverside Women's Health", "Seven Hills Pediatrics", "Bay State Hand Center",
]
PHARMACIES = [
    "Hadley Square Pharmacy", "Lin's Family Pharmacy", "Main Street Apothecary", "RiteCare Pharmacy #2291",
    "Pharmacie Bon Secours", "Village Drug of Ware", "Costa's Pharmacy", "MedPlus Mail Order Pharmacy",
]
EMPLOYERS = [
    "Dunmore Tool & Die", "Quabbin Freight Lines", "Sunrise Bakery", "Reliant Paper Co.",
    "Castellano Roofing", "Harborside Seafood", "Pioneer Valley Transit Authority", "Bright Start Daycare",
    "Nashua Precision Castings", "Kettle Pond Farm", "Tri-Town Landscaping", "Atlas Moving & Storage",
]
SCHOOLS = [
    "Tantasqua Regional High School", "Fitchburg State University", "Bay Path University",
    "Quinsigamond Community College", "St. Peter-Marian High School", "Holyoke Community College",
]
CHURCHES = [
    "St. Casimir Parish", "Ebenezer Baptist Church", "Igreja Assembleia de Deus", "Temple Beth Shalom",
    "Holy Trinity Greek Orthodox Church", "Eglise Baptiste Nouvelle Jerusalem", "Masjid Al-Noor",
]
STREETS = [
    "Orchard", "Ridgecrest", "Prospect", "Chestnut", "Birch Hill", "Quarry", "Mill Pond", "Foundry",
    "Hawthorne", "Lafayette", "Pleasant", "Kimball", "Oakdale", "Sumner", "Bowdoin", "Geneva", "Tremont",
    "Whitcomb", "Old County", "Ferry", "Depot", "Sycamore", "Lincoln", "Mechanic", "Cottage",
]
ST_SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Way", "Terrace", "Ct",
             "Circle", "Blvd", "Pl"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "verizon.net", "aol.com", "icloud.com",
                "hotmail.com"]
ORG_SLUGS = ["stbrigidmc", "mvhospital", "nashobaregional", "pineknollsnf", "greylockrehab", "maplewoodmanor",
             "cedarridgerehab", "quinapoxetfhc", "greatbrookcardio", "millcityortho", "hadleysquarerx",
             "riverbendrehab", "quabbinvalleyhealth", "harringtonmemorial"]
PHONE_AREAS = ["413", "508", "617", "781", "978", "774", "857", "339", "351", "603", "401", "860", "207", "802"]

ORG_KINDS = {"hospital": HOSPITALS, "snf": SNFS, "clinic": CLINICS, "pharmacy": PHARMACIES, "employer": EMPLOYERS,
             "school": SCHOOLS, "church": CHURCHES}

ALIASES = {
    "PH": "PHONE", "FAX": "FAX", "PGR": "PAGER", "EM": "EMAIL", "URL": "URL", "IP": "IP_ADDRESS", "SSN": "SSN",
    "MRN": "MRN", "ACCT": "ACCOUNT", "HP": "HEALTH_PLAN", "LIC": "LICENSE", "ZIP": "ZIP", "ST": "STREET_ADDRESS",
    "DATE": "DATE_REAL_YEAR", "AGE": "AGE_OVER_89", "DEV": "DEVICE_ID", "VEH": "VEHICLE_ID", "PER": "PERSON",
    "LOC": "LOCATION", "ORG": "ORGANIZATION",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
UNITS = ["ones", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ------------------------------------------------------------------------------------------------
# identifier value generators
# ------------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_ok(s: str) -> int:
    total = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _npi(r: random.Random) -> str:
    body = r.choice("12") + _digits(r, 8)
    return body + str(_luhn_ok("80840" + body))


def _dea(r: random.Random, last: str) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = last[0].upper() if last[0].isalpha() else "X"
    return r.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                   strict=True))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin(r: random.Random) -> str:
    wmi = r.choice(["1FT", "1HG", "2T1", "3VW", "5YJ", "1GC", "JTD", "KMH", "WBA", "4T1"])
    rest = [r.choice(_VIN_CH) for _ in range(14)]
    rest[6] = r.choice("HJKLMNP")  # model year letter
    chars = list(wmi) + rest
    total = sum((_VIN_TR[c] if c.isalpha() else int(c)) * w for c, w in zip(chars, _VIN_W, strict=True))
    chk = total % 11
    chars[8] = "X" if chk == 10 else str(chk)
    return "".join(chars)


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(r: random.Random) -> str:
    def an() -> str:
        return r.choice(_MBI_A + "0123456789")

    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + an() + str(r.randint(0, 9)) + r.choice(_MBI_A) + an()
         + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.4 else s


def _spell(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + _spell(rest))
    tens = {9: "ninety"}[n // 10] if n >= 90 else str(n)
    u = n % 10
    return tens if u == 0 else f"{tens}-{UNITS[u]}"


class Ctx:
    """Per-note state: the rng, the patient's identity, the plant budget."""

    def __init__(self, r: random.Random, sex: str):
        self.r = r
        self.sex = sex
        self.pt_first = r.choice(FIRST_M if sex == "M" else FIRST_F)
        self.pt_last = r.choice(LAST)
        if r.random() < 0.08:
            self.pt_last = f"{self.pt_last}-{r.choice(LAST)}"
        self.extra = 0  # secondary plants allowed
        self.last_country = ""
        self.planted = 0

    # names ------------------------------------------------------------------------------------
    def first(self) -> str:
        return self.r.choice(FIRST_M + FIRST_F)

    def last(self) -> str:
        return self.r.choice(LAST)

    def person(self, hint: str) -> str:
        r = self.r
        if hint in ("pt", "ptlast", "ptfirst"):
            f, last = self.pt_first, self.pt_last
            if hint == "ptlast":
                return last
            if hint == "ptfirst":
                return f
            style = r.choice(["lf", "lf", "LF", "full", "FULL"])
        else:
            f, last = self.first(), self.last()
            if r.random() < 0.06:
                last = f"{last}-{self.last()}"
            style = hint
        if style == "any":
            style = r.choice(["full", "full", "last", "init", "lf", "initmid", "FULL", "lower"])
        if style == "clin":
            style = r.choice(["last", "last", "full", "init"])
        if style == "rel":
            style = r.choice(["first", "first", "first", "full", "nick"])
        if style == "full":
            return f"{f} {last}"
        if style == "FULL":
            return f"{f} {last}".upper()
        if style == "last":
            return last
        if style == "first":
            return f
        if style == "lf":
            return f"{last}, {f}"
        if style == "LF":
            return f"{last}, {f}".upper()
        if style == "init":
            return f"{f[0]}. {last}"
        if style == "initmid":
            return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if style == "lower":
            return f"{f} {last}".lower()
        if style == "nick":
            return r.choice(NICK)
        if style == "lfi":
            return f"{last} {f[0]}"
        raise ValueError(style)

    # places / orgs ----------------------------------------------------------------------------
    def location(self, hint: str) -> str:
        r = self.r
        if hint == "any":
            hint = r.choice(["town"] * 5 + ["nbhd", "nbhd", "county", "landmark", "intl"])
        if hint == "town":
            return r.choice(TOWNS)
        if hint == "nbhd":
            return r.choice(NEIGHBOURHOODS)
        if hint == "county":
            return r.choice(COUNTIES)
        if hint == "landmark":
            return r.choice(LANDMARKS)
        if hint == "intl":
            city, self.last_country = r.choice(INTL)
            return city
        raise ValueError(hint)

    def org(self, hint: str) -> str:
        r = self.r
        if hint == "any":
            hint = r.choice(list(ORG_KINDS))
        if hint == "facility":
            hint = r.choice(["snf", "snf", "snf", "hospital"])
        name = r.choice(ORG_KINDS[hint])
        if hint == "hospital" and name in HOSPITAL_ABBR and r.random() < 0.3:
            name = HOSPITAL_ABBR[name]
        return name

    # numbers ----------------------------------------------------------------------------------
    def phone(self) -> str:
        r = self.r
        a, e, n = r.choice(PHONE_AREAS), str(r.randint(201, 989)), _digits(r, 4)
        if r.random() < 0.2:
            e = "555"
        fmt = r.choice(["({a}) {e}-{n}", "({a}) {e}-{n}", "{a}-{e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a} {e} {n}",
                        "{a}{e}{n}", "+1 {a} {e} {n}", "1-{a}-{e}-{n}", "{e}-{n}", "({a}){e}-{n}"])
        return fmt.format(a=a, e=e, n=n)

    def pager(self, hint: str = "any") -> str:
        r = self.r
        if hint == "short":
            return r.choice([f"{r.randint(1, 9)}-{_digits(r, 4)}", f"{r.randint(1, 9)}{_digits(r, 4)}"])
        return r.choice([f"{r.randint(1, 9)}-{_digits(r, 4)}", _digits(r, 5), f"{r.randint(1, 9)}{_digits(r, 4)}",
                         f"{r.randint(1, 9)}-{_digits(r, 4)}", f"({r.choice(PHONE_AREAS)}) {r.randint(201, 989)}-"
                         f"{_digits(r, 4)}", _digits(r, 6)])

    def ssn(self) -> str:
        r = self.r
        area = r.randint(1, 899)
        while area == 666:
            area = r.randint(1, 899)
        a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        return r.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])

    def mrn(self) -> str:
        r = self.r
        return r.choice([_digits(r, 7), _digits(r, 8), "00" + _digits(r, 6), f"{_digits(r, 3)}-{_digits(r, 2)}-"
                         f"{_digits(r, 2)}", r.choice("EBMJ") + _digits(r, 7), _digits(r, 9), f"{_digits(r, 4)}"
                         f"{r.choice(' -')}{_digits(r, 4)}"])

    def account(self) -> str:
        r = self.r
        return r.choice([_digits(r, 9), _digits(r, 10), "V" + _digits(r, 8), "E-" + _digits(r, 8),
                         f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}", f"CLM-{_digits(r, 7)}",
                         f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 5)}", "HAR" + _digits(r, 9), _digits(r, 12)])

    def health_plan(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.3:
            return _mbi(r)
        if k < 0.5:
            return "1" + _digits(r, 11)  # MassHealth-style 12 digits
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3))
        return r.choice([f"{letters}{_digits(r, 9)}", f"{letters[0]}{_digits(r, 8)}",
                         f"W{_digits(r, 4)} {_digits(r, 5)}",
                         f"{letters}-{_digits(r, 3)}-{_digits(r, 4)}", f"{_digits(r, 9)}{r.choice('ABC')}"])

    def license(self, hint: str) -> str:
        r = self.r
        if hint == "any":
            hint = r.choice(["dea", "npi", "ml", "dl"])
        if hint == "dea":
            return _dea(r, self.last())
        if hint == "npi":
            return _npi(r)
        if hint == "ml":
            return r.choice([_digits(r, 6), f"MD{_digits(r, 5)}", f"RN{_digits(r, 7)}",
                             f"{_digits(r, 2)}-{_digits(r, 5)}"])
        if hint == "dl":
            return r.choice([f"S{_digits(r, 8)}", f"SA{_digits(r, 7)}", _digits(r, 9),
                             f"{r.choice('ABCDEFGHKLMNPRSTW')}{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"])
        raise ValueError(hint)

    def zip(self, hint: str) -> str:
        r = self.r
        z = r.choice([f"0{r.randint(1000, 2791)}", f"0{r.randint(1000, 2791)}", f"0{r.randint(3031, 3897)}",
                      f"0{r.randint(2801, 2940)}", f"{r.randint(10001, 14925)}"])
        if hint == "plus4" or (hint == "any" and r.random() < 0.25):
            z += "-" + _digits(r, 4)
        return z

    def street(self, hint: str) -> str:
        r = self.r
        if hint == "any":
            hint = r.choice(["num"] * 6 + ["apt", "apt", "pobox"])
        if hint == "pobox":
            return r.choice(["PO Box ", "P.O. Box ", "P O Box "]) + str(r.randint(12, 9800))
        base = f"{r.randint(2, 2400)} {r.choice(STREETS)} {r.choice(ST_SUFFIX)}"
        if r.random() < 0.1:
            base = base.upper()
        if hint == "apt":
            base += r.choice([f", Apt {r.randint(1, 40)}{r.choice(['', 'A', 'B', 'R'])}", f" #{r.randint(1, 30)}",
                              f", Unit {r.randint(1, 300)}", f" Apt. {r.randint(1, 9)}{r.choice('ABCD')}",
                              f", {r.randint(1, 4)}nd fl"])
        return base

    def date(self, hint: str) -> str:
        r = self.r
        if hint == "dob":
            y = r.randint(1922, 1978)
        elif hint == "fu":
            y = r.randint(2018, 2027)
        else:
            y = r.randint(1996, 2025)
        mo, d = r.randint(1, 12), r.randint(1, 28)
        if hint == "my":
            return r.choice([f"{mo:02d}/{y}", f"{MONTHS[mo - 1]} {y}", f"{MONTHS[mo - 1][:3]}-{y}",
                             f"{MONTHS[mo - 1][:3]} {y}", f"{mo}/{y}", f"{MONTHS[mo - 1][:3]} '{y % 100:02d}"])
        fmts = [f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{y}", f"{mo}/{d}/{y % 100:02d}", f"{mo:02d}/{d:02d}/{y % 100:02d}",
                f"{MONTHS[mo - 1]} {d}, {y}", f"{MONTHS[mo - 1][:3]} {d} {y}", f"{d} {MONTHS[mo - 1]} {y}",
                f"{y}-{mo:02d}-{d:02d}", f"{d:02d}-{MONTHS[mo - 1][:3].upper()}-{y}", f"{mo}-{d}-{y}",
                f"{MONTHS[mo - 1][:3]}. {d}, {y}", f"{d}.{mo:02d}.{y}"]
        return r.choice(fmts)

    def age(self, hint: str) -> str:
        r = self.r
        n = r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104])
        if hint == "word":
            return _spell(n)
        return str(n)

    def device(self) -> str:
        r = self.r
        L = "ABCDEFGHJKLMNPRSTVWXYZ"

        def let(k: int) -> str:
            return "".join(r.choice(L) for _ in range(k))

        return r.choice([
            f"{let(3)}{_digits(r, 6)}{let(1)}", f"{let(3)} {_digits(r, 6)} {let(1)}", f"{_digits(r, 1)}{let(1)}"
            f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 2)}", f"{let(1)}{_digits(r, 3)}-{_digits(r, 5)}",
            f"{let(2)}{_digits(r, 7)}", "00" + _digits(r, 12), f"{let(3)}-{_digits(r, 5)}",
            f"{_digits(r, 5)}-{_digits(r, 4)}", f"{let(2)}{_digits(r, 3)}{let(2)}{_digits(r, 3)}",
        ])

    def vehicle(self, hint: str) -> str:
        r = self.r
        if hint == "vin" or (hint == "any" and r.random() < 0.35):
            return _vin(r)
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        p = r.choice([f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)} {_digits(r, 3)}",
                      f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}-{_digits(r, 3)}",
                      f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 3)}",
                      f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 2)}",
                      f"{r.choice(L)}{r.choice(L)}{r.choice(L)} {_digits(r, 4)}",
                      f"{r.randint(1, 9)}{r.choice(L)}{_digits(r, 4)}"])
        return p

    def email(self) -> str:
        r = self.r
        f = re.sub(r"[^a-z]", "", self.first().lower().replace("ë", "e").replace("é", "e").replace("ã", "a")
                   .replace("ç", "c").replace("í", "i").replace("ł", "l").replace("ñ", "n"))
        last = re.sub(r"[^a-z]", "", self.last().lower().replace("ś", "s").replace("ñ", "n"))
        dom = r.choice(MAIL_DOMAINS) if r.random() < 0.55 else r.choice(ORG_SLUGS) + r.choice([".org", ".org", ".com"])
        user = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f[0]}{last}{r.randint(1, 99)}", f"{f}_{last}",
                         f"{last}.{f}{r.randint(40, 99)}", f"{f}{r.randint(1950, 2005) % 100:02d}"])
        e = f"{user}@{dom}"
        return e.upper() if r.random() < 0.1 else e

    def url(self) -> str:
        r = self.r
        slug = r.choice(ORG_SLUGS + ["heartfailurematters", "livercareteam", "strokerecoveryclub", "quitworksma",
                                     "pvcaregivers", "lowsodiumkitchen"])
        tld = r.choice([".org", ".org", ".com", ".net"])
        path = r.choice(["", "", "/patients", "/portal/login", "/billing", "/referrals/fax-form", "/locations",
                         f"/p/{_digits(r, 5)}", "/diet/2g-sodium"])
        return r.choice([f"www.{slug}{tld}{path}", f"https://{slug}{tld}{path}", f"http://www.{slug}{tld}{path}",
                         f"{slug}{tld}", f"https://mychart.{slug}{tld}", f"portal.{slug}{tld}{path}"])

    def ip(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.35:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.55:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.75:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.93:
            return f"{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        h = [f"{r.randint(1, 0xffff):x}" for _ in range(4)]
        return "fe80::" + ":".join(h)

    def value(self, cat: str, hint: str) -> str:
        h = hint or "any"
        plain = {"PHONE": self.phone, "FAX": self.phone, "EMAIL": self.email, "URL": self.url,
                 "IP_ADDRESS": self.ip, "SSN": self.ssn, "MRN": self.mrn, "ACCOUNT": self.account,
                 "HEALTH_PLAN": self.health_plan, "DEVICE_ID": self.device}
        if cat in plain:
            return plain[cat]()
        hinted = {"PAGER": self.pager, "LICENSE": self.license, "ZIP": self.zip, "STREET_ADDRESS": self.street,
                  "DATE_REAL_YEAR": self.date,
                  "AGE_OVER_89": self.age, "VEHICLE_ID": self.vehicle, "PERSON": self.person,
                  "LOCATION": self.location, "ORGANIZATION": self.org}
        return hinted[cat](h)


# ------------------------------------------------------------------------------------------------
# templates: where an identifier can stand in a note.  {PER:clin} = primary plant (always filled);
# {ZIP?} = secondary (planted sometimes, else masked); ":U" upper-cases the value.
# Sites whose name ends in "*" replace a masked slot; the others add a sentence or line to a section.
# ------------------------------------------------------------------------------------------------

T: dict[str, list[tuple[str, str]]] = {
    "PHONE": [
        ("d_social", "Lives with daughter {PER?:rel}, who can be reached at {PH}."),
        ("d_social", "Emergency contact: {PER?:full} (son) {PH}"),
        ("d_social", "HCP is spouse, cell {PH}."),
        ("d_social", "Best number for pt is {PH} (home); cell ___."),
        ("d_instr", "If you have any questions please call the clinic at {PH}."),
        ("d_instr", "Questions? Call the heart failure nurse line: {PH} (M-F 8a-4p)."),
        ("d_fu", "Please call {PH} to schedule an appointment with Dr. {PER?:last} in 1-2 weeks."),
        ("d_fu", "Phone: {PH}"),
        ("d_course", "Discussed with pt's PCP Dr. {PER?:last} ({PH}) who agreed with the plan."),
        ("d_trans", "- PCP office to call pt with pending biopsy results; pt's cell {PH}"),
        ("d_hpi", "Per EMS run sheet (callback {PH}), pt was found on the bathroom floor."),
        ("d_hpi", "Collateral obtained from niece by phone ({PH})."),
        ("r_notify", "Findings telephoned to Dr. {PER?:last} at {PH} at 3:42 PM."),
        ("r_ind", "Ordering provider callback: {PH}"),
        ("r_sig", "Reading room: {PH}"),
        ("r_add", "ADDENDUM: Referring clinician could not be reached by pager; voicemail left at {PH}."),
        ("r_head", "CALLBACK #: {PH}"),
        ("d_trans", "- tel# for VNA intake: {PH}"),
        ("d_trans", "- dtr {PER?:rel} {PH} aware of d/c plan"),
        ("d_social", "HCP: {PER?:full} {PH}"),
        ("r_notify", "d/w {PER?:last} {PH} 1410h"),
        ("d_course", "# CONTACT: {PER?:full} (spouse) {PH}"),
    ],
    "FAX": [
        ("d_fu", "Fax: {FAX}"),
        ("d_trans", "- Please fax discharge summary and INR results to Dr. {PER?:last}'s office at {FAX}."),
        ("d_instr", "Your INR results will be faxed to the anticoagulation clinic ({FAX})."),
        ("d_medsdis", "Rx faxed to pharmacy, fax# {FAX}"),
        ("d_trans", "- Home services referral faxed to agency at {FAX}; confirmation received."),
        ("d_course", "Records requested from OSH (fax {FAX})."),
        ("r_notify", "Preliminary report faxed to {FAX} at 11:05 AM."),
        ("r_sig", "cc: Dr. ___  (F) {FAX}"),
        ("r_head", "FAX RESULTS TO: {FAX}"),
        ("r_add", "Final report re-faxed to the referring office, fx {FAX}."),
        ("d_fu", "Tel ___ / Fax {FAX}"),
        ("d_results", "Outside labs received via facsimile from {FAX}."),
        ("d_fu", "f: {FAX}"),
        ("r_sig", "Fx: {FAX}"),
        ("d_trans", "- PCP fax {FAX} (please send d/c summary)"),
    ],
    "PAGER": [
        ("d_course", "Surgery consulted (pager {PGR}); no operative intervention recommended."),
        ("d_trans", "- Questions re: anticoagulation - page Dr. {PER?:last}, pgr {PGR}."),
        ("d_fu", "On-call fellow beeper: {PGR}"),
        ("r_notify", "Dr. {PER?:last} was paged at {PGR} by Dr. ___ at 2:10 PM on ___."),
        ("r_notify", "Results discussed with the covering resident (p{PGR:short}) at 06:40."),
        ("r_add", "Verbal notification to ordering PA via beeper #{PGR}."),
        ("d_hpi", "ICU resident (pager {PGR}) evaluated pt at bedside."),
        ("d_trans", "- Ortho spine NP pgr #{PGR} for brace questions"),
        ("r_sig", "Resident on call: pgr {PGR}"),
        ("d_course", "Overnight, covering intern (beeper {PGR}) was called for hypotension."),
        ("d_course", "Renal fellow {PER?:last} p{PGR:short} following."),
        ("r_notify", "paged {PGR} @ 0215, no answer; called ED directly"),
    ],
    "EMAIL": [
        ("d_social", "Daughter prefers email: {EM}"),
        ("d_instr", "You may also message your team at {EM}."),
        ("d_fu", "Email: {EM}"),
        ("d_trans", "- Outpatient team notified via secure email ({EM})."),
        ("r_sig", "Questions: {EM}"),
        ("r_add", "Outside images requested from {EM}."),
        ("r_notify", "Findings e-mailed to the ordering provider ({EM}) on ___."),
        ("d_hpi", "Per spouse's email to the PCP ({EM}), pt had been more confused for a week."),
        ("d_social", "Son (lives abroad) asks for updates at {EM}"),
        ("d_fu", "{PER?:full} <{EM}>"),
        ("d_trans", "- send TTE images to {EM} per outside cardiologist"),
    ],
    "URL": [
        ("d_instr", "More information about a low sodium diet: {URL}"),
        ("d_instr", "You can view your results online at {URL}."),
        ("d_fu", "Schedule online: {URL}"),
        ("d_trans", "- Outside records obtained through the {URL} portal."),
        ("r_sig", "Report available at {URL}"),
        ("r_tech", "Outside images reviewed on the web viewer at {URL}."),
        ("d_social", "Son keeps a caregiving blog for the family ({URL})."),
        ("r_comp", "Outside CT retrieved via image exchange ({URL})."),
        ("d_instr", "Support group information: {URL}"),
        ("d_instr", "Info: {URL}"),
        ("d_fu", "{URL:U}"),
    ],
    "IP_ADDRESS": [
        ("r_tech", "Outside images imported from DICOM node {IP}."),
        ("r_add", "Images re-sent to 3D lab workstation {IP} for reconstruction."),
        ("r_head", "Station: CT2 ({IP})"),
        ("r_sig", "Workstation: RAD-RR4 / {IP}"),
        ("r_comp", "Comparison images pulled from outside PACS ({IP})."),
        ("d_trans", "- Home CPAP modem (IP {IP}) has not transmitted since ___; DME to check."),
        ("d_course", "Video tele-sitter (camera {IP}) used overnight for fall risk."),
        ("d_results", "Outside ECGs retrieved from MUSE server {IP}."),
        ("r_head", "SRC {IP} / AET CTSCAN2"),
        ("d_results", "ECG pulled from {IP}."),
    ],
    "SSN": [
        ("d_social", "Applying for disability; SW has SSN {SSN} on file."),
        ("d_trans", "- SW: SSDI paperwork completed (SS# {SSN})."),
        ("d_hpi", "Pt arrived without ID and was identified by name, DOB and SSN ({SSN})."),
        ("r_add", "Identity confirmed with 2 identifiers (DOB {DATE?:dob}, SSN {SSN})."),
        ("r_head", "SOC SEC #: {SSN}"),
        ("d_results", "Outside labs were filed under SSN {SSN} and merged."),
        ("d_medsdis", "MassHealth application submitted, social security number {SSN}."),
        ("r_ind", "pt ID band missing; verified via soc sec no {SSN}"),
        ("r_head", "{PER?:LF}  {SSN}"),
        ("d_trans", "- SS#: {SSN} (for SNF application)"),
    ],
    "MRN": [
        ("d_unit*", "{MRN}"),
        ("d_unit*", "{MRN}"),
        ("d_results", "Outside hospital MRN {MRN}."),
        ("d_hpi", "(OSH records under MR# {MRN})"),
        ("r_head", "MRN: {MRN}"),
        ("r_comp", "Comparison: outside CT chest (their MRN {MRN}) from ___."),
        ("r_add", "This report was initially filed under the wrong medical record number; corrected to {MRN}."),
        ("d_trans", "- Prior admissions under old chart number {MRN}; records merged."),
        ("d_fu", "Bring your hospital card (hospital # {MRN}) to the appointment."),
        ("r_ind", "Med rec no. {MRN}"),
        ("r_head", "{PER?:LF}   {MRN}"),
        ("d_hpi", "OSH records ({MRN}) reviewed."),
        ("d_sig", "{MRN}  {PER?:LF}"),
    ],
    "ACCOUNT": [
        ("r_head", "Visit #: {ACCT}"),
        ("r_head", "Encounter: {ACCT}"),
        ("d_trans", "- Billing: prior auth pending under account {ACCT}."),
        ("d_instr", "For billing questions reference account number {ACCT}."),
        ("d_social", "Financial counseling opened a case; hospital acct {ACCT}."),
        ("d_course", "Home infusion claim #{ACCT} submitted."),
        ("r_add", "Charges credited to encounter {ACCT} (duplicate order)."),
        ("d_results", "Send-out lab billed to visit no. {ACCT}."),
        ("r_sig", "Acct {ACCT}"),
        ("r_head", "{MRN?} / {ACCT}"),
        ("d_sig", "Encounter {ACCT}"),
    ],
    "HEALTH_PLAN": [
        ("d_social", "Insurance: Medicare, ID {HP}"),
        ("d_trans", "- Rehab bed approved by insurer (member ID {HP}, group {HP?})."),
        ("d_medsdis", "Prior authorization for apixaban approved; MassHealth ID {HP}."),
        ("d_instr", "Bring your insurance card (subscriber # {HP}) to your appointments."),
        ("r_head", "Insurance ID: {HP}"),
        ("r_ind", "Prior auth obtained for member {HP}."),
        ("d_hpi", "Medicaid #{HP}, recently lapsed."),
        ("d_trans", "- Medicare Beneficiary Identifier {HP} confirmed for SNF benefit."),
        ("r_add", "Policy no. {HP} verified by front desk."),
        ("d_trans", "- Ins: Medicare A/B {HP}"),
        ("r_head", "{HP}  (MEDICAID)"),
    ],
    "LICENSE": [
        ("d_medsdis", "Prescriber DEA {LIC:dea}"),
        ("d_fu", "Dr. {PER?:full}, NPI {LIC:npi}"),
        ("r_sig", "Electronically signed: {PER?:full}, MD (NPI {LIC:npi})"),
        ("d_social", "Pt's driver's license ({LIC:dl}) is being held by ED security."),
        ("d_hpi", "Identified via MA driver's license {LIC:dl}."),
        ("d_trans", "- DMV medical form signed by Dr. ___, license no. {LIC:ml}"),
        ("r_add", "Addendum by {PER?:init}, MD, Lic. {LIC:ml}."),
        ("d_medsdis", "RX for oxycodone signed, DEA# {LIC:dea}"),
        ("r_sig", "Physician reg # {LIC:ml}"),
        ("d_medsdis", "{PER?:init}, MD  DEA {LIC:dea}  NPI {LIC?:npi}"),
        ("r_sig", "{PER?:FULL}, M.D.  LIC {LIC:ml}"),
        ("d_sig", "Completed by: {PER?:lf}, MD (NPI {LIC:npi})"),
    ],
    "ZIP": [
        ("d_social", "Moved to zip code {ZIP} last year to be near family."),
        ("d_fu", "{ST?}, {LOC?:town}, MA {ZIP}"),
        ("r_head", "Patient ZIP: {ZIP}"),
        ("d_trans", "- Home services: agency only covers zip {ZIP}; confirmed eligible."),
        ("r_ind", "Transferred from OSH ({LOC?:town}, {ZIP})"),
        ("d_instr", "The mail-order pharmacy will ship to ZIP {ZIP}."),
        ("d_social", "Lives in {LOC?:town}, MA {ZIP}."),
        ("d_fu", "{ORG?:clinic}, {ST?}, {LOC?:town} MA {ZIP}"),
        ("r_head", "{LOC?:town:U} MA {ZIP}"),
    ],
    "STREET_ADDRESS": [
        ("d_social", "Lives at {ST} with spouse."),
        ("d_hpi", "EMS was called to {ST} where pt was found down."),
        ("d_fu", "Address: {ST}, {LOC?:town} {ZIP?}"),
        ("d_trans", "- New home address for VNA: {ST:apt}"),
        ("r_ind", "Fall at home ({ST})"),
        ("r_head", "ADDRESS: {ST}"),
        ("d_social", "Mail should go to {ST:pobox}."),
        ("d_fu", "Location: {ST}, Suite 210"),
        ("d_social", "Staying with sister at {ST:apt} for now."),
        ("d_hpi", "found down @ {ST}"),
        ("r_head", "{ST:apt}, {LOC?:town} {ZIP?}"),
        ("d_trans", "- DME delivery to {ST:apt}"),
    ],
    "DATE_REAL_YEAR": [
        ("d_adm*", "{DATE}"),
        ("d_dis*", "{DATE}"),
        ("d_dob*", "{DATE:dob}"),
        ("d_dob*", "{DATE:dob}"),
        ("d_hpi", "Last admitted {DATE} for CHF exacerbation."),
        ("d_pmh", "- s/p CABG x3 ({DATE})"),
        ("d_pmh", "- breast ca dx'd {DATE:my}, s/p lumpectomy"),
        ("d_results", "Echo {DATE}: LVEF 30%, mod MR."),
        ("d_course", "Last colonoscopy {DATE} showed two small tubular adenomas."),
        ("d_medsdis", "Warfarin started {DATE} (goal INR 2-3)."),
        ("d_fu", "When: {DATE:fu} at 10:30 AM"),
        ("d_trans", "- Repeat CT chest due {DATE:fu}"),
        ("d_family", "Mother d. {DATE:my} (stroke)."),
        ("r_cmp*", "{DATE}"),
        ("r_cmp*", "CT {DATE}"),
        ("r_ind", "Hx of RUL nodule noted {DATE}."),
        ("r_find", "Stable compared to the outside study of {DATE}."),
        ("r_add", "ADDENDUM {DATE}: reviewed with outside comparison, no change in impression."),
        ("r_sig", "Signed {DATE} 4:12 PM"),
        ("r_notify", "The findings were discussed with Dr. ___ at 2:10 PM on {DATE}."),
        ("d_hpi", "Pt reports a fall on {DATE} with no LOC."),
        ("d_social", "Spouse passed away {DATE:my}."),
        ("r_head", "DOB: {DATE:dob}"),
        ("d_labdate*", "{DATE}"),
        ("d_labdate*", "{DATE}"),
        ("d_imgdate*", "{DATE}"),
        ("d_imgdate*", "{DATE}"),
        ("d_pmh", "- TKA R {DATE}"),
        ("d_course", "Prior adm {DATE} w/ similar sx."),
        ("d_sig", "Completed by: ___ {DATE:fu}"),
        ("r_wetdate*", "{DATE}"),
    ],
    "AGE_OVER_89": [
        ("d_age*", "{AGE}"),
        ("d_age*", "{AGE}"),
        ("d_age*", "{AGE}"),
        ("d_social", "Lives with {AGE}-year-old spouse, who is also frail."),
        ("d_family", "Mother alive at {AGE}, lives in a nursing home."),
        ("d_course", "Given age ({AGE}) and frailty, family opted against invasive workup."),
        ("r_age*", "{AGE}"),
        ("r_age*", "{AGE}"),
        ("r_ind", "{AGE}F s/p mechanical fall, on apixaban."),
        ("d_hpi", "Pt is a {AGE:word} year old retired machinist."),
        ("d_family", "Father lived to {AGE}."),
        ("r_ind", "{AGE}M fall"),
        ("d_hpi", "Pt is {AGE}."),
        ("d_family", "Mother still living, {AGE}yo."),
    ],
    "DEVICE_ID": [
        ("d_pmh", "- s/p dual chamber PPM (Medtronic, SN {DEV})"),
        ("d_course", "EP interrogated the ICD (Boston Scientific, serial {DEV}): no events."),
        ("d_results", "Device interrogation: serial no. {DEV}, battery 8.2 yrs."),
        ("d_trans", "- Insulin pump (s/n {DEV}) resumed at home basal rates."),
        ("r_tech", "MR-conditional pacemaker verified before scanning; generator serial {DEV}."),
        ("r_find", "Left chest wall ICD generator (implant record SN {DEV}) with leads in standard position."),
        ("r_head", "Implant card: {DEV}"),
        ("d_trans", "- CPAP (SN {DEV}) brought from home; settings 10/5."),
        ("d_proc", "LVAD placement (HeartMate 3, serial {DEV})"),
        ("d_pmh", "- Abbott CardioMEMS sensor, serial #{DEV}"),
        ("d_pmh", "- ICD (Boston Sci) {DEV}"),
        ("r_find", "Loop recorder ({DEV}) in the left parasternal soft tissues."),
    ],
    "VEHICLE_ID": [
        ("d_hpi", "Restrained driver in MVC; police report lists vehicle plate {VEH:plate}."),
        ("d_social", "Drives a pickup (plate {VEH:plate}); counseled not to drive until cleared."),
        ("d_trans", "- Car (reg {VEH:plate}) left in the parking garage; family aware."),
        ("r_ind", "Pedestrian struck by vehicle (MA {VEH:plate})."),
        ("r_add", "Per trauma registry, vehicle VIN {VEH:vin}."),
        ("d_course", "Security is holding the keys for vehicle {VEH}."),
        ("d_hpi", "Pt's truck (VIN {VEH:vin}) went off the road at low speed."),
        ("d_social", "Works as a rideshare driver, car plate {VEH:plate}."),
        ("d_trans", "- car ({VEH:plate}) in Garage B lvl 3"),
        ("r_ind", "MVC, driver, car {VEH:plate} T-boned"),
    ],
    "PERSON": [
        ("d_name*", "{PER:pt}"),
        ("d_name*", "{PER:pt}"),
        ("d_attending*", "{PER:clin}"),
        ("d_attending*", "{PER:lf}"),
        ("d_dear*", "{PER:ptlast}"),
        ("d_dear*", "{PER:ptlast}"),
        ("d_hpi", "Pt's spouse {PER:rel} reports pt has been more short of breath for a week."),
        ("d_hpi", "History obtained from daughter ({PER:rel}) as pt is HOH."),
        ("d_social", "Lives with partner {PER:full}."),
        ("d_social", "Goes by \"{PER:nick}\"."),
        ("d_social", "HCP: son {PER:full}"),
        ("d_family", "Brother {PER:first} with colon cancer at 60."),
        ("d_course", "Case d/w Dr. {PER:last} from GI, who recommended EGD."),
        ("d_course", "Seen by {PER:full}, NP from palliative care."),
        ("d_trans", "- PCP Dr. {PER:init} to follow up TSH."),
        ("d_fu", "With: {PER:full}, MD"),
        ("d_fu", "Provider: {PER:LF}, RN"),
        ("d_instr", "Your nurse {PER:first} reviewed these instructions with you."),
        ("r_notify", "The findings were discussed with {PER:full}, M.D. by ___, M.D. on the telephone on ___ at "
                     "4:05 PM."),
        ("r_notify", "Dr. {PER:last} was notified by phone."),
        ("r_sig", "Dictated by: {PER:LF}"),
        ("r_sig", "Attending radiologist: {PER:full}, MD"),
        ("r_head", "Ordering: {PER:lf}"),
        ("r_add", "Discussed with {PER:lower} (ED PA) at 9:15 PM."),
        ("r_ind", "Ref: Dr {PER:last}"),
        ("d_proc", "EGD with clipping of bleeding ulcer (Dr. {PER:last})"),
        ("d_course", "Spoke w/ pt's son {PER:first} at length re goals of care."),
        ("d_hpi", "Per home aide {PER:first}, pt had not eaten in 2 days."),
        ("d_medsdis", "Prescribed by {PER:initmid}, PA-C"),
        ("r_tech", "Technologist: {PER:init}"),
        ("d_course", "Spoke w/ dr. {PER:last:L} re: results."),
        ("d_hpi", "Per dtr ({PER:first}), pt w/ poor PO x3d."),
        ("d_course", "Geriatrics ({PER:last}, MD) consulted for delirium."),
        ("d_hpi", "Pt, who goes by {PER:nick}, reports the pain started after lifting."),
        ("d_sig", "Completed by: {PER:lf}, MD"),
        ("d_sig", "{PER:FULL} MD  ___ COMPLETED BY: ___"),
        ("r_sig", "{PER:lfi} / {PER?:lfi}"),
        ("d_trans", "- Plan d/w pt's nephew {PER:full}-by phone."),
        ("r_wetby*", "{PER:lfi}"),
        ("r_wetby*", "{PER:init}"),
        ("d_course", "Seen by Dr.{PER:last} (ortho) who rec'd non-op mgmt."),
        ("d_fu", "PCP: DR {PER:FULL}"),
        ("r_add", "Case reviewed w/ Dr{PER:last} in IR."),
    ],
    "LOCATION": [
        ("d_social", "Lives in {LOC:town} with spouse; retired teacher."),
        ("d_social", "Originally from {LOC:intl}; moved here in 2009."),
        ("d_social", "Grew up in {LOC:nbhd}, now lives alone."),
        ("d_hpi", "Fell while hiking at {LOC:landmark}."),
        ("d_hpi", "Presented initially to an urgent care in {LOC:town}."),
        ("d_family", "Brother lives in {LOC:intl}, not in contact."),
        ("d_trans", "- VNA from {LOC:town} to see pt within 48h."),
        ("d_course", "Transferred from {ORG?:hospital} in {LOC:town} for higher level of care."),
        ("r_ind", "MVC in {LOC:town}, rollover."),
        ("r_comp", "Outside films from {LOC:town} were not available."),
        ("d_social", "Was recently staying at a shelter in {LOC:nbhd}."),
        ("d_hpi", "Recently travelled to visit family in {LOC:intl}."),
        ("d_social", "Lives on a farm in {LOC:county}."),
        ("d_fu", "Building: {LOC:town} satellite office"),
        ("r_ind", "found down near {LOC:landmark}"),
        ("r_ind", "MVC IN {LOC:town:U}, ROLLOVER"),
        ("d_social", "From {LOC:town}, MA."),
        ("d_hpi", "Found down @ home in {LOC:town}."),
        ("d_social", "Born in {LOC:intl}, {CTRY}."),
    ],
    "ORGANIZATION": [
        ("d_facility*", "{ORG:facility}"),
        ("d_facility*", "{ORG:snf}"),
        ("d_dear*", "{ORG:hospital}"),
        ("d_hpi", "Transferred from {ORG:hospital} after CT showed the findings below."),
        ("d_social", "Works at {ORG:employer} as a machine operator."),
        ("d_social", "Retired from {ORG:employer}."),
        ("d_social", "Active at {ORG:church}; pastor visits weekly."),
        ("d_social", "Student at {ORG:school}."),
        ("d_pmh", "- CKD stage 4, followed at {ORG:clinic}"),
        ("d_course", "Records obtained from {ORG:hospital}."),
        ("d_medsdis", "Prescriptions sent to {ORG:pharmacy}."),
        ("d_fu", "Location: {ORG:clinic}"),
        ("r_comp", "Outside CT from {ORG:hospital} on ___."),
        ("r_ind", "Transfer from {ORG:hospital:U}."),
        ("r_head", "Ordering facility: {ORG:facility}"),
        ("d_trans", "- Dialysis at {ORG:clinic} TuThSa."),
        ("d_hpi", "Sent in from {ORG:snf} for hypoxia."),
        ("r_ind", "resident of {ORG:snf}, new cough"),
        ("d_facility*", "{ORG:snf} - {LOC?:town}"),
        ("d_course", "F/u w/ Dr {PER?:last} @ {ORG:clinic} 2wks."),
        ("d_trans", "- outpt PT at {ORG:clinic}"),
        ("d_fu", "{ORG:clinic:U}"),
        ("d_social", "Works nights at {ORG:employer:U}."),
    ],
}

_PH = re.compile(r"\{([A-Z]+)(\?)?(?::([a-zA-Z]+))?(?::([UL]))?\}")


def _render(tpl: str, ctx: Ctx, masked: bool = False) -> list:
    """Template -> pieces (str or (value, category)).  With masked=True every placeholder becomes ___."""
    out: list = []
    pos = 0
    for m in _PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(1) == "CTRY":  # the country of the last foreign city (not PHI)
            out.append(ctx.last_country if ctx is not None and ctx.last_country else "Portugal")
            continue
        cat = ALIASES[m.group(1)]
        secondary = m.group(2) == "?"
        plant = not masked
        if plant and secondary:
            plant = ctx.extra > 0 and ctx.r.random() < 0.6
            if plant:
                ctx.extra -= 1
        if plant:
            v = ctx.value(cat, m.group(3) or "any")
            if m.group(4) == "U":
                v = v.upper()
            elif m.group(4) == "L":
                v = v.lower()
            out.append((v, cat))
            ctx.planted += 1
        else:
            out.append(M)
    out.append(tpl[pos:])
    return [p for p in out if p != ""]


class Plan:
    """Which sites of this note carry which planted fragments."""

    def __init__(self, ctx: Ctx, ntype: str, cats: list[str], heavy: bool):
        self.ctx = ctx
        self.heavy = heavy
        self.at: dict[str, list[list]] = {}
        self.used_slots: set[str] = set()
        r = ctx.r
        prefix = "d_" if ntype == "discharge" else "r_"
        ctx.extra = 1 if (cats and len(cats) < 4 and r.random() < 0.8) else 0
        for cat in cats:
            opts = [(s, t) for s, t in T[cat] if s.startswith(prefix) and s not in self.used_slots]
            site, tpl = r.choice(opts)
            if site.endswith("*"):
                self.used_slots.add(site)
            self.at.setdefault(site.rstrip("*"), []).append(_render(tpl, ctx))

    def has(self, site: str) -> bool:
        return site in self.at

    def slot(self, site: str) -> list:
        got = self.at.pop(site, None)
        return got[0] if got else [M]

    def take(self, site: str) -> list[list]:
        return self.at.pop(site, [])

    def masked_lines(self, site: str, k: int) -> list[list]:
        """k lines from this site's templates with every identifier masked (cue words, no PHI)."""
        opts = [t for cat in T for s, t in T[cat] if s == site]
        if not opts:
            return []
        return [_render(self.ctx.r.choice(opts), self.ctx, masked=True) for _ in range(k)]

    def mix(self, site: str, items: list[list], masked: int = 0) -> list[list]:
        """Insert this site's planted lines (and some masked cue lines) at random positions in items."""
        r = self.ctx.r
        items = list(items)
        extra = self.take(site) + self.masked_lines(site, masked)
        for piece in extra:
            items.insert(r.randint(0, len(items)), piece)
        return items


# ------------------------------------------------------------------------------------------------
# text assembly
# ------------------------------------------------------------------------------------------------


class _B:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def add(self, *pieces) -> _B:
        for p in pieces:
            if isinstance(p, list):
                self.add(*p)
            elif isinstance(p, tuple):
                v, cat = p
                self.spans.append((self.n, self.n + len(v), cat))
                self.parts.append(v)
                self.n += len(v)
            else:
                self.parts.append(p)
                self.n += len(p)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def _join(sep: str, items: list) -> list:
    out: list = []
    for k, it in enumerate(items):
        if k:
            out.append(sep)
        out.append(it)
    return out


def _flag(v: float, lo: float, hi: float, fmt: str = "{:.1f}") -> str:
    s = fmt.format(v)
    return s + ("*" if v < lo or v > hi else "")


def _time(r: random.Random) -> str:
    h = r.randint(1, 12)
    return f"{h:02d}:{r.choice(['05', '10', '15', '20', '30', '35', '40', '45', '50', '55', '00', '25'])}" \
           f"{r.choice(['AM', 'AM', 'PM'])}"


def _lab_block(r: random.Random, sick: float, extras: list[str]) -> list[str]:
    t = _time(r)
    wbc = r.uniform(4, 9) + sick * r.uniform(0, 12)
    hgb = r.uniform(11.5, 15) - sick * r.uniform(0, 4)
    hct = hgb * 3 + r.uniform(-1, 1)
    plt = r.randint(150, 380)
    lines = [
        f"{M} {t} BLOOD WBC-{_flag(wbc, 4, 11)} RBC-{_flag(hgb / 3.0, 3.9, 5.5, '{:.2f}')} Hgb-{_flag(hgb, 12, 16)} "
        f"Hct-{_flag(hct, 36, 48)} MCV-{r.randint(80, 101)} MCH-{r.uniform(26, 33):.1f} MCHC-{r.uniform(31, 35):.1f} "
        f"RDW-{_flag(r.uniform(12, 17), 11.5, 15.5)} RDW-SD-{r.uniform(38, 52):.1f} "
        + (f"Plt {M}" if r.random() < 0.5 else f"Plt Ct-{plt}"),
    ]
    if r.random() < 0.5:
        ne = r.uniform(50, 90)
        lines.append(f"{M} {t} BLOOD Neuts-{_flag(ne, 34, 72)} Lymphs-{r.uniform(5, 35):.1f} "
                     f"Monos-{r.uniform(2, 10):.1f} "
                     f"Eos-{r.uniform(0, 4):.1f} Baso-{r.uniform(0, 1):.1f} Im {M} AbsNeut-{wbc * ne / 100:.2f} "
                     f"AbsLymp-{r.uniform(0.5, 3):.2f} AbsMono-{r.uniform(0.2, 1):.2f} AbsEos-{r.uniform(0, 0.4):.2f} "
                     f"AbsBaso-{r.uniform(0, 0.1):.2f}")
    inr = r.uniform(0.9, 1.3) + sick * r.uniform(0, 1.5)
    lines.append(r.choice([f"{M} {t} BLOOD {M} PTT-{r.uniform(25, 40):.1f} {M}",
                           f"{M} {t} BLOOD PT-{_flag(inr * 11.2, 9.4, 12.5)} PTT-{r.uniform(25, 40):.1f} "
                           f"INR(PT)-{_flag(inr, 0.9, 1.1)}"]))
    glu, bun, cr = r.randint(70, 260), r.randint(7, 60), r.uniform(0.5, 1.2) + sick * r.uniform(0, 1.6)
    na, k, cl, hco3 = r.randint(128, 145), r.uniform(3.2, 5.4), r.randint(95, 110), r.randint(18, 31)
    lines.append(f"{M} {t} BLOOD Glucose-{glu}{'*' if glu > 100 else ''} UreaN-{bun}{'*' if bun > 20 else ''} "
                 f"Creat-{_flag(cr, 0.4, 1.1)} Na-{na}{'*' if na < 133 or na > 145 else ''} "
                 f"K-{_flag(k, 3.3, 5.1)} Cl-{cl}{'*' if cl > 108 or cl < 96 else ''} "
                 f"HCO3-{hco3}{'*' if hco3 < 22 else ''} AnGap-{max(6, na - cl - hco3)}")
    if r.random() < 0.6:
        lines.append(f"{M} {t} BLOOD ALT-{r.randint(8, 90)} AST-{r.randint(10, 110)} AlkPhos-{r.randint(40, 180)} "
                     f"TotBili-{r.uniform(0.2, 2.5):.1f}")
    lines.append(f"{M} {t} BLOOD Calcium-{r.uniform(8, 10.2):.1f} Phos-{r.uniform(2.5, 4.8):.1f} "
                 f"Mg-{r.uniform(1.5, 2.6):.1f}")
    for e in extras:
        if e == "trop":
            lines.append(f"{M} {t} BLOOD cTropnT-{r.choice(['<0.01', '0.03*', '0.12*', '0.48*', '1.21*'])}")
        elif e == "bnp":
            lines.append(f"{M} {t} BLOOD proBNP-{r.randint(900, 21000)}*")
        elif e == "lact":
            lines.append(f"{M} {t} BLOOD Lactate-{r.uniform(0.8, 5.5):.1f}")
        elif e == "a1c":
            a = r.uniform(6, 13)
            lines.append(f"{M} {t} BLOOD %HbA1c-{a:.1f}* eAG-{int(28.7 * a - 46.7)}*")
        elif e == "lip":
            lines.append(f"{M} {t} BLOOD Lipase-{r.randint(40, 2400)}")
        elif e == "ua":
            lines.append(f"{M} {t} URINE Color-Yellow Appear-{r.choice(['Clear', 'Hazy', 'Cloudy'])} Sp {M}")
            lines.append(f"{M} {t} URINE Blood-{r.choice(['NEG', 'TR*', 'MOD*'])} Nitrite-{r.choice(['NEG', 'POS*'])} "
                         f"Protein-{r.choice(['NEG', '30*', '100*'])} Glucose-NEG "
                         f"Ketone-{r.choice(['NEG', '15*', '80*'])}"
                         f" Bilirub-NEG Urobiln-NEG pH-{r.choice(['5.0', '6.0', '6.5', '7.0'])} "
                         f"Leuks-{r.choice(['NEG', 'SM*', 'MOD*', 'LG*'])}")
        elif e == "tsh":
            lines.append(f"{M} {t} BLOOD TSH-{r.uniform(0.3, 9):.1f}")
        elif e == "ammonia":
            lines.append(f"{M} {t} BLOOD Ammonia-{r.randint(20, 140)}")
        elif e == "vbg":
            lines.append(f"{M} {t} BLOOD Type-{r.choice(['ART', 'CENTRAL VEIN', M])} pO2-{r.randint(40, 110)} "
                         f"pCO2-{r.randint(30, 70)} pH-{r.uniform(7.18, 7.46):.2f} calTCO2-{r.randint(18, 34)} "
                         f"Base XS-{r.randint(-8, 6)}")
    return lines


DISTRACT_SENT = [
    "Last colonoscopy in 2015 was unremarkable.", "Had COVID in 2021 without hospitalization.",
    "Quit smoking in 1998 (30 pack-years).", "Prior echo (2148-06-11): LVEF 40-45%.",
    "Moved to the US from Haiti in 2004.", "Originally from Cape Verde; speaks Kriolu and Portuguese.",
    "Spends winters in Florida with family.", "Has relatives in New Hampshire and Maine.",
    "Tdap (2019), influenza vaccine this season.", "Per OMR, last seen in clinic 2149-10-02.",
    "Immigrated from Guatemala as a teenager.", "Pt's brother is an 87 year old retired electrician.",
    "Travelled to Puerto Rico last month without incident.", "Lived in Texas until 2012.",
    "Pt is an 86 year old former welder.", "ICD-10 I50.23 coded.", "Prior CT 2151-01-14 without PE.",
    "He is Medicare primary with a MassHealth secondary.", "Appointment letter mailed to home address on file.",
    "Son visiting from Brazil.", "Followed by Dr. ___ (pager ___).", "Weight 92.4 kg (203.7 lb).",
]


# ------------------------------------------------------------------------------------------------
# discharge scenarios
# ------------------------------------------------------------------------------------------------

DS = [
    dict(
        key="hf", service="MEDICINE", cc=["Dyspnea on exertion, leg swelling", "Shortness of breath"],
        proc=["None", "Right heart catheterization", "None"], short="chronic systolic heart failure",
        hpi=[
            "{He} reports 2 weeks of progressive dyspnea on exertion, now at 1 flight of stairs, with 3-pillow "
            "orthopnea and PND.",
            "{He} endorses ~10 lb weight gain and worsening bilateral leg swelling.",
            "{He} admits to dietary indiscretion over the holidays (ham, soup).",
            "Denies chest pain, palpitations, syncope or presyncope.",
            "In the ED, initial vitals: T 97.9 HR 104 BP 148/92 RR 24 SpO2 89% RA, improved to 95% on 3L NC.",
            "Labs notable for proBNP 8,420 and Cr 1.6 (baseline 1.2). CXR with pulmonary vascular congestion and "
            "small bilateral effusions.",
            "{He} received furosemide 80 mg IV x1 with 1.2L UOP and was admitted to medicine.",
        ],
        pmh=["HFrEF (LVEF 25-30%), ischemic cardiomyopathy", "CAD s/p PCI to LAD", "Atrial fibrillation on apixaban",
             "HTN", "HLD", "T2DM, on insulin", "CKD stage 3a (baseline Cr 1.1-1.3)", "Gout"],
        course=[
            ("Acute on chronic HFrEF", "Presented with volume overload in the setting of dietary indiscretion. "
                                       "Diuresed "
             "with IV furosemide 80 mg BID with good response, net negative 6.1L over the admission. Transitioned to "
             "torsemide 40 mg daily on ___. Discharge weight 84.2 kg (dry weight). Metoprolol succinate continued; "
             "lisinopril held for ___ and resumed at discharge. Not a candidate for Entresto due to cost."),
            ("Acute kidney injury on CKD", "Cr peaked at 1.8, likely cardiorenal; improved to 1.3 with decongestion."),
            ("Atrial fibrillation", "CHA2DS2-VASc 5. Rate controlled on metoprolol; continued apixaban 5 mg BID."),
            ("T2DM", "A1c 8.1%. Glargine reduced to 18 units qHS given poor PO intake; ISS while inpatient."),
        ],
        meds_adm=["Apixaban 5 mg PO BID", "Atorvastatin 80 mg PO QPM", "Furosemide 40 mg PO DAILY",
                  "Metoprolol Succinate XL 50 mg PO DAILY", "Lisinopril 5 mg PO DAILY", "Glargine 22 Units Bedtime",
                  "Allopurinol ___ mg PO DAILY", "Aspirin 81 mg PO DAILY"],
        meds_dis=["Torsemide 40 mg PO DAILY", "Apixaban 5 mg PO BID", "Atorvastatin 80 mg PO QPM",
                  "Metoprolol Succinate XL 50 mg PO DAILY", "Lisinopril 5 mg PO DAILY", "Glargine 18 Units Bedtime",
                  "Spironolactone 12.5 mg PO DAILY", "Aspirin 81 mg PO DAILY"],
        dx1=["Acute on chronic systolic heart failure"], dx2=["Acute kidney injury", "Atrial fibrillation",
                                                              "Type 2 diabetes mellitus"],
        extras=["bnp", "trop"],
        imaging=["CXR: Moderate pulmonary edema with small bilateral pleural effusions. Cardiomegaly.",
                 "TTE: Severely dilated LV with severe global hypokinesis, LVEF 25%. Moderate (2+) MR. PASP 52 mmHg."],
        why="You were admitted because you had fluid overload from your heart failure.",
        did=["You were given IV diuretics (water pills) to remove extra fluid.",
             "Your kidney function got a little worse and then improved."],
        home=["Weigh yourself every morning, and call your cardiologist if your weight goes up more than 3 lbs.",
              "Limit salt to less than 2 grams a day and fluids to 1.5 liters a day."],
    ),
    dict(
        key="pna", service="MEDICINE", cc=["Fever, cough"], proc=["None"], short="COPD and prior tobacco use",
        hpi=[
            "{He} presented with 4 days of productive cough with rust-colored sputum, fevers to 102F and rigors.",
            "{He} also notes pleuritic right-sided chest pain and decreased appetite.",
            "No recent travel, sick contacts or hospitalizations.",
            "In the ED: T 101.8 HR 112 BP 102/64 RR 26 SpO2 88% RA. Lactate 2.6. WBC 17.4.",
            "CXR showed a dense RLL consolidation. Blood cultures drawn and {he} received ceftriaxone, "
            "azithromycin and "
            "2L LR.",
            "CURB-65 of 2.",
        ],
        pmh=["COPD (FEV1 58% predicted)", "HTN", "Former smoker, 40 pack-years", "BPH", "Osteoarthritis of knees"],
        course=[
            ("Community-acquired pneumonia / sepsis", "Met sepsis criteria on arrival (fever, tachycardia, "
             "leukocytosis, lactate 2.6). Treated with ceftriaxone and azithromycin, transitioned to cefpodoxime to "
             "complete a 5-day course. Urine Legionella and strep pneumo antigen negative. Blood cultures NGTD. Weaned "
             "to room air on hospital day 3."),
            ("COPD", "No evidence of exacerbation. Continued home tiotropium and albuterol PRN."),
            ("HTN", "Home amlodipine held for soft BPs, restarted at discharge."),
        ],
        meds_adm=["Tiotropium Bromide 1 CAP IH DAILY", "Albuterol Inhaler 2 PUFF IH Q4H:PRN SOB",
                  "Amlodipine 5 mg PO DAILY", "Tamsulosin 0.4 mg PO QHS", "Acetaminophen 650 mg PO Q6H:PRN pain"],
        meds_dis=["Cefpodoxime Proxetil 400 mg PO Q12H Duration: 2 Days", "Tiotropium Bromide 1 CAP IH DAILY",
                  "Albuterol Inhaler 2 PUFF IH Q4H:PRN SOB", "Amlodipine 5 mg PO DAILY", "Tamsulosin 0.4 mg PO QHS",
                  "Guaifenesin ___ mL PO Q6H:PRN cough"],
        dx1=["Community acquired pneumonia", "Sepsis"], dx2=["COPD", "Hypertension"], extras=["lact", "vbg"],
        imaging=["CXR PA/LAT: Dense right lower lobe consolidation. No pneumothorax.",
                 "CXR (discharge): Improving RLL opacity."],
        why="You were admitted because you had a pneumonia (lung infection).",
        did=["You were treated with antibiotics.", "Your oxygen levels improved and you no longer need oxygen."],
        home=["Finish your antibiotics as prescribed.", "Use your inhalers as directed."],
    ),
    dict(
        key="ugib", service="MEDICINE", cc=["Melena", "Black stools, lightheadedness"],
        proc=["EGD with epinephrine injection and clipping of duodenal ulcer", "EGD"], short="OA on daily NSAIDs",
        hpi=[
            "{He} reports 3 days of black tarry stools and 1 day of lightheadedness when standing.",
            "{He} had been taking ibuprofen 800 mg TID for knee pain for the past month.",
            "Denies hematemesis, abdominal pain or prior GI bleeding. Last EGD never.",
            "In the ED, HR 118, BP 94/58. Hgb 6.9 (baseline 13). BUN 58. Rectal exam with melena, guaiac positive.",
            "Glasgow-Blatchford score 13. Received 2 units pRBC, IV pantoprazole 80 mg bolus and was admitted to the "
            "MICU for close monitoring.",
        ],
        pmh=["Osteoarthritis", "HTN", "HLD", "Barrett esophagus (short segment, no dysplasia)", "Gout"],
        course=[
            ("Upper GI bleed / acute blood loss anemia", "EGD showed a 1.5 cm clean-based duodenal bulb ulcer with a "
             "visible vessel (Forrest IIa), treated with epinephrine and 2 hemoclips. Received 3 units pRBC total; "
             "Hgb stable at 8.4-8.9 for 48 hours. H. pylori serology positive - started on bismuth quadruple therapy. "
             "NSAIDs discontinued."),
            ("Barrett esophagus", "Seen on EGD, no nodularity. Surveillance EGD per GI."),
            ("HTN", "Lisinopril held in setting of bleed, restarted on discharge."),
        ],
        meds_adm=["Ibuprofen 800 mg PO TID", "Lisinopril 20 mg PO DAILY", "Simvastatin 40 mg PO QPM",
                  "Omeprazole 20 mg PO DAILY"],
        meds_dis=["Pantoprazole 40 mg PO Q12H", "Bismuth Subsalicylate 524 mg PO QID", "Metronidazole 500 mg PO TID",
                  "Tetracycline 500 mg PO QID", "Lisinopril 20 mg PO DAILY", "Simvastatin 40 mg PO QPM",
                  "Ferrous Sulfate 325 mg PO DAILY"],
        dx1=["Duodenal ulcer with bleeding", "Acute blood loss anemia"], dx2=["H. pylori infection",
                                                                              "Barrett esophagus"], extras=[],
        imaging=["EGD: Clean-based ulcer in the duodenal bulb with visible vessel. Short-segment Barrett's mucosa."],
        why="You were admitted because you were bleeding from an ulcer in your small intestine.",
        did=["You had an endoscopy and the ulcer was treated.", "You received blood transfusions."],
        home=["Do not take ibuprofen, naproxen, aspirin or other NSAIDs.", "Take all 4 antibiotics for 14 days."],
    ),
    dict(
        key="chole", service="SURGERY", cc=["RUQ pain"],
        proc=["Laparoscopic cholecystectomy", "Laparoscopic converted to open cholecystectomy"],
        short="obesity and HTN",
        hpi=[
            "{He} presents with 18 hours of constant RUQ pain radiating to the right scapula after a fatty meal, "
            "with nausea and 2 episodes of non-bloody emesis.",
            "{He} has had similar but shorter episodes over the past several months.",
            "On exam, positive Murphy sign. T 100.9.",
            "WBC 14.1, TBili 1.1, AlkPhos 102, lipase normal.",
            "RUQ ultrasound showed a distended gallbladder with wall thickening, pericholecystic fluid and an impacted "
            "stone in the neck. Surgery was consulted.",
        ],
        pmh=["Obesity (BMI 36)", "HTN", "GERD", "Obstructive sleep apnea on CPAP"],
        course=[
            ("Acute calculous cholecystitis", "Taken to the OR on HD1 for laparoscopic cholecystectomy; findings of a "
             "gangrenous gallbladder. A 19 Fr Blake drain was left in the gallbladder fossa and removed on POD2 with "
             "minimal serous output. Received IV ceftriaxone/metronidazole, switched to PO ciprofloxacin and "
             "metronidazole to complete 4 days post-op."),
            ("Pain", "Controlled with acetaminophen and low-dose oxycodone. Tolerating a regular diet, ambulating, "
             "voiding after Foley removal."),
            ("OSA", "Home CPAP continued overnight."),
        ],
        meds_adm=["Lisinopril 10 mg PO DAILY", "Omeprazole 20 mg PO DAILY"],
        meds_dis=["Acetaminophen 1000 mg PO Q8H", "OxyCODONE (Immediate Release) 5 mg PO Q6H:PRN Pain - Moderate",
                  "Ciprofloxacin HCl 500 mg PO Q12H", "MetroNIDAZOLE 500 mg PO Q8H", "Docusate Sodium 100 mg PO BID",
                  "Lisinopril 10 mg PO DAILY", "Omeprazole 20 mg PO DAILY"],
        dx1=["Acute gangrenous cholecystitis"], dx2=["Obesity", "OSA"], extras=["lip"],
        imaging=["RUQ US: Distended gallbladder with 5 mm wall thickening, pericholecystic fluid and a 2.1 cm stone "
                 "impacted in the neck. Sonographic Murphy sign positive. CBD 4 mm."],
        why="You were admitted with an infected gallbladder.",
        did=["Your gallbladder was removed with a laparoscopic operation."],
        home=["No heavy lifting (>10 lbs) for 4 weeks.", "You may shower; no tub baths or swimming for 2 weeks.",
              "Do not drive while taking oxycodone."],
    ),
    dict(
        key="hip", service="ORTHOPAEDICS", cc=["Left hip pain after fall"],
        proc=["Left hip hemiarthroplasty", "Cephalomedullary nailing of left intertrochanteric fracture"],
        short="osteoporosis and mild cognitive impairment",
        hpi=[
            "{He} tripped over a rug at home and fell onto the left side, with immediate left hip pain and inability "
            "to bear weight.",
            "No head strike, no LOC, no preceding chest pain or palpitations.",
            "{He} lay on the floor for ~2 hours before being found.",
            "Left leg shortened and externally rotated. Neurovascularly intact distally.",
            "X-rays showed a displaced left femoral neck fracture (Garden IV). CK 1,840.",
        ],
        pmh=["Osteoporosis (T-score -2.9)", "Mild cognitive impairment", "HTN", "Hypothyroidism (Hashimoto)",
             "Bilateral cataract surgery", "s/p right TKA"],
        course=[
            ("Left femoral neck fracture", "Underwent left hip hemiarthroplasty without complication. Weight "
                                           "bearing as "
             "tolerated with posterior hip precautions. Enoxaparin 40 mg daily for DVT prophylaxis x 4 weeks. Worked "
             "with PT, who recommended rehab."),
            ("Post-op delirium", "Mild sundowning POD1-2, managed with non-pharmacologic measures; resolved."),
            ("Acute blood loss anemia", "Hgb nadir 7.8, received 1 unit pRBC, stable thereafter."),
            ("Hypothyroidism", "Continued levothyroxine."),
        ],
        meds_adm=["Levothyroxine Sodium 75 mcg PO DAILY", "Amlodipine 5 mg PO DAILY",
                  "Alendronate Sodium 70 mg PO QWEEK",
                  "Vitamin D 1000 UNIT PO DAILY", "Donepezil 5 mg PO QHS"],
        meds_dis=["Enoxaparin Sodium 40 mg SC DAILY", "Acetaminophen 650 mg PO Q6H",
                  "OxyCODONE (Immediate Release) 2.5 mg PO Q4H:PRN pain", "Senna 8.6 mg PO BID", "Polyethylene Glycol "
                  "17 g PO DAILY", "Levothyroxine Sodium 75 mcg PO DAILY", "Amlodipine 5 mg PO DAILY",
                  "Vitamin D 1000 UNIT PO DAILY", "Donepezil 5 mg PO QHS"],
        dx1=["Left femoral neck fracture"], dx2=["Osteoporosis", "Post-operative delirium", "Acute blood loss anemia"],
        extras=["tsh"],
        imaging=["XR L HIP: Displaced subcapital femoral neck fracture.", "CT HEAD: No acute intracranial process."],
        why="You were admitted because you broke your left hip.",
        did=["You had surgery to repair your hip.", "You worked with physical therapy."],
        home=["Weight bearing as tolerated on the left leg with posterior hip precautions.",
              "Take enoxaparin injections daily for 4 weeks to prevent blood clots."],
    ),
    dict(
        key="stroke", service="NEUROLOGY", cc=["Right sided weakness, word finding difficulty"],
        proc=["None", "Mechanical thrombectomy (TICI 2b)"], short="atrial fibrillation off anticoagulation",
        hpi=[
            "{He} was last known well at 7:30 AM, when {he} was noted by family to have garbled speech and right arm "
            "weakness.",
            "Code stroke called on arrival. NIHSS 9 (aphasia 2, R arm drift 3, R face 2, R leg 1, dysarthria 1).",
            "CTA head/neck showed a left M2 occlusion. Outside the window for tPA given uncertain LKW; taken for "
            "thrombectomy.",
            "{He} had stopped warfarin 6 months ago due to a fall.",
            "No Babinski on the left; upgoing toe on the right.",
        ],
        pmh=["Atrial fibrillation", "HTN", "Prior TIA", "Parkinson disease, mild, on carbidopa-levodopa",
             "Depression"],
        course=[
            ("Acute ischemic stroke, L MCA territory", "s/p thrombectomy with TICI 2b reperfusion. MRI showed a "
             "moderate left frontal/insular infarct without hemorrhagic conversion. Etiology cardioembolic in setting "
             "of AF off anticoagulation. NIHSS 3 at discharge (mild aphasia, R pronator drift). Apixaban started on "
             "day 5 per neurology. LDL 112, atorvastatin increased to 80 mg."),
            ("Dysphagia", "Passed bedside swallow after modification; on soft and bite-sized diet with thin liquids."),
            ("Parkinson disease", "Continued carbidopa-levodopa at home schedule."),
        ],
        meds_adm=["Carbidopa-Levodopa (___) 1 TAB PO TID", "Metoprolol Tartrate 25 mg PO BID",
                  "Atorvastatin 20 mg PO QPM", "Sertraline 50 mg PO DAILY"],
        meds_dis=["Apixaban 5 mg PO BID", "Atorvastatin 80 mg PO QPM", "Carbidopa-Levodopa (___) 1 TAB PO TID",
                  "Metoprolol Tartrate 25 mg PO BID", "Sertraline 50 mg PO DAILY"],
        dx1=["Acute ischemic stroke (left MCA)"], dx2=["Atrial fibrillation", "Parkinson disease", "Dysphagia"],
        extras=["a1c"],
        imaging=["CTA HEAD/NECK: Abrupt cutoff of a left M2 branch. No hemorrhage. ASPECTS 8.",
                 "MRI BRAIN: Acute infarct in the left frontal operculum and insula. No hemorrhage.",
                 "TTE: LA moderately dilated. No thrombus. LVEF 60%."],
        why="You were admitted because you had a stroke.",
        did=["A clot was removed from a blood vessel in your brain.", "You were started on apixaban, a blood thinner."],
        home=["Call 911 immediately if you have new weakness, numbness, trouble speaking or vision loss."],
    ),
    dict(
        key="dka", service="MEDICINE", cc=["Nausea, vomiting"], proc=["None"], short="type 1 diabetes",
        hpi=[
            "{He} presents with 2 days of nausea, vomiting, polyuria and diffuse abdominal pain after {his} insulin "
            "pump site became dislodged.",
            "{He} ran out of backup long-acting insulin.",
            "In the ED: glucose 534, HCO3 9, AG 28, beta-hydroxybutyrate 7.2, VBG pH 7.08.",
            "Kussmaul respirations noted. Started on insulin drip and 4L IVF.",
        ],
        pmh=["Type 1 DM since age 11, on insulin pump (Tandem t:slim)", "Celiac disease", "Depression",
             "Hashimoto thyroiditis"],
        course=[
            ("Diabetic ketoacidosis", "Precipitated by insulin pump failure. Treated per DKA protocol in the ICU; gap "
             "closed within 14 hours. Transitioned to SC glargine and lispro, then back to pump with endocrine "
             "(___ Diabetes Center) guidance."),
            ("Hypokalemia", "K nadir 3.1 during insulin drip, repleted."),
            ("Depression", "Continued sertraline; SW saw patient."),
        ],
        meds_adm=["Insulin pump (lispro)", "Levothyroxine Sodium 50 mcg PO DAILY", "Sertraline 100 mg PO DAILY"],
        meds_dis=["Insulin pump - resume home basal/bolus settings", "Glargine 14 Units Bedtime (backup only if pump "
                  "fails)", "Levothyroxine Sodium 50 mcg PO DAILY", "Sertraline 100 mg PO DAILY",
                  "Glucagon Emergency Kit 1 mg IM ONCE:PRN hypoglycemia"],
        dx1=["Diabetic ketoacidosis"], dx2=["Type 1 diabetes mellitus", "Hypokalemia"], extras=["a1c", "vbg", "ua"],
        imaging=["CXR: No acute cardiopulmonary process."],
        why="You were admitted with diabetic ketoacidosis (DKA) after your insulin pump stopped working.",
        did=["You were treated with IV insulin and fluids in the ICU."],
        home=["Always carry a backup long-acting insulin and pen needles.", "Check ketones if your sugar is >250."],
    ),
    dict(
        key="uro", service="MEDICINE", cc=["Confusion, fever"], proc=["None"], short="dementia and recurrent UTIs",
        hpi=[
            "Per {his} facility, {he} has been more confused and sleepy for 2 days with decreased PO intake.",
            "Found to have a temp of 101.4 and foul-smelling urine.",
            "In the ED: T 101.6 HR 108 BP 88/50 improved to 110/62 after 2L NS. Lactate 3.1.",
            "UA with large leuks, positive nitrite, >182 WBC. Chronic Foley in place (exchanged in the ED).",
        ],
        pmh=["Alzheimer dementia", "Neurogenic bladder with chronic indwelling Foley", "Recurrent UTIs (ESBL E. coli)",
             "HTN", "Hypothyroidism", "Stage 2 sacral pressure injury"],
        course=[
            ("Septic shock due to catheter-associated UTI", "Briefly required norepinephrine in the MICU. Given "
                                                            "history "
             "of ESBL, started on meropenem. Urine culture grew ESBL E. coli sensitive to meropenem and "
             "nitrofurantoin; blood cultures with no growth. Completed 7 days total of antibiotics."),
            ("Toxic metabolic encephalopathy", "Superimposed on dementia; improved to baseline with treatment of "
             "infection. CAM-ICU negative at discharge."),
            ("Sacral pressure injury", "Wound care per nursing; stage 2, no signs of infection."),
        ],
        meds_adm=["Donepezil 10 mg PO QHS", "Levothyroxine Sodium 88 mcg PO DAILY", "Amlodipine 5 mg PO DAILY",
                  "Memantine 10 mg PO BID", "Oxybutynin 5 mg PO BID"],
        meds_dis=["Donepezil 10 mg PO QHS", "Levothyroxine Sodium 88 mcg PO DAILY", "Memantine 10 mg PO BID",
                  "Oxybutynin 5 mg PO BID", "Zinc Oxide Cream 1 Appl TP QID"],
        dx1=["Septic shock", "Catheter-associated urinary tract infection (ESBL E. coli)"],
        dx2=["Toxic metabolic encephalopathy", "Alzheimer dementia"], extras=["lact", "ua"],
        imaging=["CT A/P: No hydronephrosis or perinephric collection. Foley in decompressed bladder."],
        why="You were admitted with a serious urinary tract infection.",
        did=["You were given IV antibiotics and medication to support your blood pressure."],
        home=["Your Foley catheter should be changed monthly."],
    ),
    dict(
        key="cirr", service="MEDICINE", cc=["Abdominal distension, confusion"], proc=["Diagnostic and therapeutic "
                                                                                     "paracentesis"],
        short="alcohol-associated cirrhosis",
        hpi=[
            "{He} presents with 1 week of increasing abdominal girth and 2 days of confusion and day-night reversal.",
            "{He} reports adherence to lactulose but only 1 BM daily.",
            "Last drink 3 months ago per {him}.",
            "Labs: Na 128, TBili 4.2, INR 1.9, Cr 1.4, albumin 2.6. MELD-Na 27.",
            "Diagnostic paracentesis in the ED with 620 PMNs, consistent with SBP.",
            "Asterixis present.",
        ],
        pmh=["Alcohol-associated cirrhosis, decompensated (ascites, HE), Child-Pugh C", "Grade 1 esophageal varices",
             "Alcohol use disorder in early remission", "Type 2 DM"],
        course=[
            ("Spontaneous bacterial peritonitis", "Treated with ceftriaxone x 5 days and albumin 1.5 g/kg on day 1 and "
             "1 g/kg on day 3. Repeat para on day 3 with 110 PMNs. Started on ciprofloxacin for secondary "
             "prophylaxis."),
            ("Hepatic encephalopathy", "Lactulose uptitrated to 3-4 BMs daily and rifaximin added. Mental status "
             "returned to baseline."),
            ("Hyponatremia", "Hypervolemic; diuretics held, fluid restricted to 1.5L. Na 132 at discharge."),
            ("Cirrhosis", "Transplant hepatology following. Not currently listed; needs 6 months of sobriety."),
        ],
        meds_adm=["Lactulose 30 mL PO TID", "Furosemide 20 mg PO DAILY", "Spironolactone 50 mg PO DAILY",
                  "Nadolol 20 mg PO DAILY", "Thiamine 100 mg PO DAILY", "Folic Acid 1 mg PO DAILY"],
        meds_dis=["Lactulose 30 mL PO QID titrate to ___ BMs daily", "Rifaximin 550 mg PO BID",
                  "Ciprofloxacin HCl 500 mg PO DAILY", "Nadolol 20 mg PO DAILY", "Thiamine 100 mg PO DAILY",
                  "Folic Acid 1 mg PO DAILY"],
        dx1=["Spontaneous bacterial peritonitis", "Hepatic encephalopathy"], dx2=["Alcohol-associated cirrhosis",
                                                                                 "Hyponatremia"],
        extras=["ammonia"],
        imaging=["RUQ US with Doppler: Cirrhotic liver morphology, moderate ascites, patent portal vein with "
                 "hepatopetal flow. Splenomegaly 15.2 cm."],
        why="You were admitted with an infection of the fluid in your belly and confusion.",
        did=["You were treated with antibiotics and albumin.", "Your lactulose was increased and rifaximin added."],
        home=["Have 3-4 bowel movements a day.", "Do not drink any alcohol.", "Limit salt to 2 grams a day."],
    ),
    dict(
        key="sbo", service="SURGERY", cc=["Abdominal pain, vomiting"],
        proc=["Exploratory laparotomy, lysis of adhesions", "None (nonoperative management with NGT)"],
        short="prior open appendectomy and hysterectomy",
        hpi=[
            "{He} presents with 1 day of crampy periumbilical pain, bilious emesis x6 and no flatus for 18 hours.",
            "Last BM 2 days ago.",
            "Abdomen distended, tympanitic, diffusely tender without peritoneal signs.",
            "CT A/P showed dilated loops of small bowel with a transition point in the RLQ, no closed loop or "
            "pneumatosis. Lactate 1.4. NGT placed with 900 mL bilious output.",
        ],
        pmh=["HTN", "HLD", "Depression", "s/p open appendectomy (remote)", "s/p TAH"],
        course=[
            ("Small bowel obstruction", "Initially managed with NGT decompression, NPO and IV fluids. Gastrografin "
             "challenge on HD2 without contrast in the colon at 24h. Taken to the OR for ex-lap and lysis of "
             "adhesions; "
             "a single band adhesion was divided, no bowel resection needed. Return of bowel function POD3; diet "
             "advanced to regular."),
            ("Pain", "PCA transitioned to oral regimen POD2."),
            ("HTN", "Home lisinopril resumed once tolerating PO."),
        ],
        meds_adm=["Lisinopril 10 mg PO DAILY", "Sertraline 50 mg PO DAILY", "Rosuvastatin 10 mg PO QPM"],
        meds_dis=["Acetaminophen 1000 mg PO Q8H", "TraMADol 50 mg PO Q6H:PRN Pain - Moderate",
                  "Docusate Sodium 100 mg PO BID", "Lisinopril 10 mg PO DAILY", "Sertraline 50 mg PO DAILY",
                  "Rosuvastatin 10 mg PO QPM"],
        dx1=["Adhesive small bowel obstruction"], dx2=["Hypertension"], extras=["lact"],
        imaging=["CT A/P w/ contrast: Dilated small bowel loops to 3.8 cm with transition point in the right lower "
                 "quadrant. No free air. No pneumatosis."],
        why="You were admitted because your small intestine was blocked by scar tissue.",
        did=["You had an operation to release the scar tissue."],
        home=["No lifting more than 10 lbs for 6 weeks.", "Your staples will be removed at your follow-up visit."],
    ),
    dict(
        key="nstemi", service="CARDIOLOGY", cc=["Chest pain"],
        proc=["Cardiac catheterization with DES to proximal LAD", "Cardiac catheterization"],
        short="HTN, HLD and active tobacco use",
        hpi=[
            "{He} developed substernal chest pressure radiating to the left jaw while shoveling snow, lasting 40 "
            "minutes, with diaphoresis.",
            "Similar but briefer episodes on exertion over the past 2 weeks.",
            "ECG: sinus rhythm 88, PR 172, QRS 96, QTc 448, 1 mm ST depressions in V4-V6.",
            "Troponin T 0.09 -> 0.34. TIMI score 4.",
            "Given aspirin 325 mg, ticagrelor load and started on a heparin drip.",
        ],
        pmh=["HTN", "HLD", "Active smoker, 1 ppd", "Obesity", "GERD"],
        course=[
            ("NSTEMI", "Cath showed 90% proximal LAD stenosis, treated with 1 DES. Mild nonobstructive disease in the "
             "RCA. TTE with LVEF 50% and mild anterior hypokinesis. Discharged on DAPT (aspirin + ticagrelor) for at "
             "least 12 months, high-intensity statin, metoprolol, and lisinopril. Cardiac rehab referral placed."),
            ("Tobacco use", "Counseled; started nicotine patch 21 mg."),
            ("HLD", "LDL 148. Atorvastatin 80 mg."),
        ],
        meds_adm=["Hydrochlorothiazide 25 mg PO DAILY", "Omeprazole 20 mg PO DAILY"],
        meds_dis=["Aspirin 81 mg PO DAILY", "Ticagrelor 90 mg PO BID", "Atorvastatin 80 mg PO QPM",
                  "Metoprolol Succinate XL 25 mg PO DAILY", "Lisinopril 5 mg PO DAILY",
                  "Nitroglycerin SL 0.4 mg SL Q5MIN:PRN chest pain", "Nicotine Patch 21 mg TD DAILY",
                  "Omeprazole 20 mg PO DAILY"],
        dx1=["Non-ST elevation myocardial infarction", "Coronary artery disease"], dx2=["Tobacco use disorder",
                                                                                       "Hyperlipidemia"],
        extras=["trop", "a1c"],
        imaging=["Cardiac cath: LMCA normal. LAD 90% proximal stenosis -> 3.0 x 18 mm DES. LCx minimal. RCA 30%.",
                 "TTE: LVEF 50% with mild hypokinesis of the anterior wall."],
        why="You were admitted because you had a heart attack.",
        did=["You had a cardiac catheterization and a stent was placed in one of your heart arteries."],
        home=["Do not stop taking aspirin or ticagrelor unless your cardiologist tells you to.",
              "Do not lift more than 10 lbs with your right arm for 1 week."],
    ),
    dict(
        key="sah", service="NEUROSURGERY", cc=["Worst headache of life"],
        proc=["Cerebral angiogram with coil embolization of AComm aneurysm", "EVD placement"],
        short="HTN and tobacco use",
        hpi=[
            "{He} developed a sudden thunderclap headache while lifting groceries, with one episode of emesis and "
            "neck stiffness.",
            "GCS 14 on arrival (E3V5M6). Hunt and Hess grade 2, modified Fisher 3.",
            "CT head showed diffuse subarachnoid hemorrhage in the basal cisterns; CTA with a 6 mm AComm aneurysm.",
            "Nimodipine started and {he} was admitted to the Neuro ICU.",
        ],
        pmh=["HTN", "Tobacco use", "Migraines"],
        course=[
            ("Aneurysmal SAH", "Underwent coil embolization on HD1 with complete occlusion. Nimodipine 60 mg q4h "
                               "for 21 "
             "days. Daily TCDs showed mild vasospasm in the L MCA on day 7, without clinical change. Sodium monitored "
             "closely; mild cerebral salt wasting treated with salt tabs."),
            ("Hydrocephalus", "EVD placed on arrival; weaned and removed on day 10 after clamp trial."),
            ("HTN", "SBP goal <160 after securing the aneurysm."),
        ],
        meds_adm=["Amlodipine 10 mg PO DAILY"],
        meds_dis=["Nimodipine 60 mg PO Q4H", "Acetaminophen 650 mg PO Q6H:PRN headache", "Sodium Chloride 1 gm PO TID",
                  "Levetiracetam 500 mg PO BID", "Docusate Sodium 100 mg PO BID"],
        dx1=["Aneurysmal subarachnoid hemorrhage"], dx2=["Hydrocephalus", "Cerebral vasospasm"], extras=[],
        imaging=["CT HEAD: Diffuse SAH in the suprasellar and ambient cisterns with early hydrocephalus.",
                 "CTA HEAD: 6 x 5 mm anterior communicating artery aneurysm."],
        why="You were admitted because you had bleeding around your brain from an aneurysm.",
        did=["Your aneurysm was treated with coils.", "A drain was placed to relieve pressure and later removed."],
        home=["Take nimodipine every 4 hours until your 21-day course is finished.",
              "No driving until cleared by neurosurgery."],
    ),
    dict(
        key="afib", service="CARDIOLOGY", cc=["Palpitations"], proc=["TEE/DCCV"], short="hyperthyroidism (Graves)",
        hpi=[
            "{He} reports 3 days of palpitations, fatigue and exertional dyspnea.",
            "ECG in the ED: atrial fibrillation with RVR at 148, QRS 88. No ischemic changes.",
            "TSH <0.01, free T4 3.4. Given diltiazem 10 mg IV x2 with rate improvement to 100s.",
            "Wolff-Parkinson-White pattern not seen on prior ECGs.",
        ],
        pmh=["Graves disease", "Anxiety", "Asthma (mild intermittent)"],
        course=[
            ("Atrial fibrillation with RVR", "New diagnosis, likely precipitated by thyrotoxicosis. Rate "
                                             "controlled with "
             "metoprolol. CHA2DS2-VASc 2 (female sex, HTN); started apixaban. TEE without LAA thrombus and DCCV with "
             "successful return to sinus rhythm."),
            ("Graves disease / thyrotoxicosis", "Methimazole started per endocrine. Thyroid US with diffuse "
             "enlargement and increased vascularity."),
        ],
        meds_adm=["Albuterol Inhaler 2 PUFF IH Q4H:PRN wheeze", "Sertraline 25 mg PO DAILY"],
        meds_dis=["Apixaban 5 mg PO BID", "Metoprolol Succinate XL 50 mg PO DAILY", "Methimazole 20 mg PO DAILY",
                  "Albuterol Inhaler 2 PUFF IH Q4H:PRN wheeze", "Sertraline 25 mg PO DAILY"],
        dx1=["Atrial fibrillation with rapid ventricular response", "Thyrotoxicosis"], dx2=["Graves disease"],
        extras=["tsh", "trop"],
        imaging=["TEE: No LA/LAA thrombus. LVEF 55%.", "Thyroid US: Diffusely enlarged, hypervascular gland."],
        why="You were admitted with a fast irregular heart rhythm (atrial fibrillation).",
        did=["Your heart was shocked back into a normal rhythm.", "You were started on a blood thinner."],
        home=["Do not miss doses of apixaban.", "Get your thyroid labs checked in 4 weeks."],
    ),
    dict(
        key="cell", service="MEDICINE", cc=["Left leg redness and swelling"], proc=["None"],
        short="venous stasis and lymphedema",
        hpi=[
            "{He} noted redness and warmth of the left shin spreading over 3 days, with fevers to 100.8.",
            "{He} has chronic bilateral lower extremity edema and a small fissure between the 4th and 5th toes.",
            "LENIs negative for DVT. Margins of erythema were marked in the ED.",
            "Given vancomycin and cefazolin in the ED.", "Pateint recieved tetanus booster in the ED.",
        ],
        pmh=["Chronic venous insufficiency", "Lymphedema", "Obesity", "Crohn disease, ileocolonic, on vedolizumab",
             "Hodgkin lymphoma s/p ABVD (remote, in remission)"],
        course=[
            ("Non-purulent cellulitis, LLE", "Treated with IV cefazolin, transitoned to cephalexin to complete 7 "
             "days. Erythema receded well within the marked borders. Tinea pedis treated with topical terbinafine."),
            ("Crohn disease", "Quiescent. Next vedolizumab infusion due in 2 weeks; no need to delay."),
        ],
        meds_adm=["Vedolizumab infusion q8 weeks", "Furosemide 20 mg PO DAILY", "Multivitamin 1 TAB PO DAILY"],
        meds_dis=["Cephalexin 500 mg PO QID", "Terbinafine 1% Cream 1 Appl TP BID", "Furosemide 20 mg PO DAILY",
                  "Multivitamin 1 TAB PO DAILY"],
        dx1=["Cellulitis of left lower extremity"], dx2=["Tinea pedis", "Crohn disease", "Lymphedema"], extras=[],
        imaging=["LLE venous duplex: No DVT."],
        why="You were admitted with a skin infection of your left leg.",
        did=["You were treated with IV and then oral antibiotics."],
        home=["Keep your leg elevated when sitting.", "Wear compression stockings once the redness resolves."],
    ),
]

ALLERGIES = ["No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
             "Codeine / Morphine", "lisinopril (angioedema)", "Iodinated Contrast Media - IV Dye",
             "Patient recorded as having No Known Allergies to Drugs", "Percocet / shellfish derived",
             "Bactrim / Keflex / latex"]

ATTENDING_EXTRA = [", MD", " MD", ", M.D.", ""]


def _sentences(r: random.Random, pool: list[str], lo: int) -> list[str]:
    k = r.randint(min(lo, len(pool)), len(pool))
    idx = sorted(r.sample(range(len(pool)), k))
    return [pool[i] for i in idx]


def _pron(s: str, sex: str) -> str:
    he, his, him = ("he", "his", "him") if sex == "M" else ("she", "her", "her")
    s = s.replace("{He}", he.capitalize()).replace("{he}", he).replace("{his}", his).replace("{him}", him)
    return s


EXAM_BY_KEY = {
    "hf": {"NECK": "JVP to angle of jaw at 45 degrees", "LUNGS": "Bibasilar crackles to mid lung fields",
           "EXTREMITIES": "2+ pitting edema to knees bilaterally"},
    "pna": {"LUNGS": "Decreased BS RLL with egophony and bronchial breath sounds"},
    "chole": {"ABDOMEN": "RUQ tenderness with positive Murphy sign, no rebound"},
    "hip": {"EXTREMITIES": "L leg shortened and externally rotated, DP/PT 2+"},
    "stroke": {"NEURO": "R pronator drift, expressive aphasia, R facial droop, Babinski upgoing on R"},
    "cirr": {"ABDOMEN": "Distended, +fluid wave, mild diffuse tenderness", "NEURO": "Oriented to self only, "
             "+asterixis", "SKIN": "Jaundiced, spider angiomata on chest"},
    "afib": {"CARDIAC": "Irregularly irregular, tachycardic, no murmurs", "NECK": "Diffuse goiter, +bruit"},
    "sbo": {"ABDOMEN": "Distended, tympanitic, diffusely tender, well-healed midline and RLQ scars"},
    "cell": {"EXTREMITIES": "LLE erythema and warmth from ankle to mid-shin, margins marked, 2+ edema bilat"},
    "uro": {"NEURO": "Oriented to self only, follows simple commands", "SKIN": "Stage 2 sacral ulcer, clean base"},
    "sah": {"NEURO": "Drowsy but arousable, nuchal rigidity, no focal deficits", "HEENT": "Photophobia"},
    "dka": {"HEENT": "Dry mucous membranes, fruity breath", "LUNGS": "Kussmaul respirations, clear"},
}


def _exam_adm(r: random.Random, key: str) -> list[str]:
    t = f"{r.uniform(97.2, 101.9):.1f}"
    sbp, dbp = r.randint(92, 168), r.randint(50, 98)
    lines = [
        f"VS: {t} {r.choice(['PO', ''])} {sbp} / {dbp} {r.randint(62, 124)} {r.randint(14, 28)} {r.randint(86, 99)} "
        f"{r.choice(['RA', '2L NC', '3L', 'Ra'])}",
        "GENERAL: " + r.choice(["Alert, in mild distress", "NAD, lying comfortably", "Elderly, chronically ill "
                                "appearing", "Uncomfortable appearing, diaphoretic"]),
        "HEENT: " + r.choice(["NCAT, EOMI, PERRL, MMM", "Sclera anicteric, dry mucous membranes", "Normocephalic, "
                              "atraumatic. Oropharynx clear."]),
        "NECK: " + r.choice(["Supple, no JVD", "JVP ~8 cm", "Supple, no LAD"]),
        "CARDIAC: " + r.choice(["RRR, normal S1/S2, no m/r/g", "RRR, ___ systolic murmur at apex",
                                "Regular, II/VI SEM at RUSB", "Tachycardic, regular"]),
        "LUNGS: " + r.choice(["CTAB, no wheezes, rales or rhonchi", "Faint bibasilar crackles",
                              "Diffuse expiratory wheezes", "Clear anteriorly"]),
        "ABDOMEN: " + r.choice(["Soft, NT/ND, +BS", "Soft, mildly tender in epigastrium",
                                "Obese, soft, no rebound or guarding"]),
        "EXTREMITIES: " + r.choice(["No c/c/e", "Warm, well perfused, trace pedal edema", "WWP, no edema"]),
        "NEURO: " + r.choice(["A&Ox3, CN II-XII intact, strength 5/5 throughout", "Nonfocal", "AOx3, moving all "
                              "extremities, Romberg not tested", "Grossly intact, negative Babinski bilaterally"]),
    ]
    over = EXAM_BY_KEY.get(key, {})
    if "SKIN" in over or r.random() < 0.3:
        lines.insert(-1, "SKIN: " + r.choice(["Warm, dry", "No rashes", "No jaundice"]))
    out = []
    for line in lines:
        system = line.split(":")[0]
        out.append(f"{system}: {over[system]}" if system in over else line)
    return out


def _exam_dis(r: random.Random) -> list[str]:
    return [
        f"VS: {r.uniform(97.5, 99.1):.1f} {r.randint(100, 142)}/{r.randint(58, 84)} {r.randint(60, 96)} "
        f"{r.randint(14, 20)} {r.randint(93, 99)}% RA",
        "GENERAL: " + r.choice(["NAD, sitting up in chair", "Comfortable", "Pleasant, conversant"]),
        "CARDIAC: " + r.choice(["RRR, no murmurs", "Irregularly irregular, rate controlled"]),
        "LUNGS: " + r.choice(["CTAB", "Faint crackles at the bases", "Good air movement"]),
        "ABDOMEN: " + r.choice(["Soft, non-tender", "Incisions c/d/i with steri-strips",
                                "Mildly distended, nontender"]),
        "EXTREMITIES: " + r.choice(["Trace edema", "No edema", "Incision c/d/i, dressing in place"]),
        "NEURO: " + r.choice(["A&Ox3", "At baseline per family", "Mild residual expressive aphasia"]),
    ]


def _med_lines(r: random.Random, meds: list[str], rx: bool) -> list[str]:
    out = []
    for k, m in enumerate(meds, 1):
        out.append(f"{k}. {m} ")
        dose = re.search(r"(\d+(?:\.\d+)?) (mg|mcg)", m)
        if rx and dose and r.random() < 0.35:
            drug = m.split()[0].lower()
            freq = {"DAILY": "once a day", "BID": "twice a day", "TID": "three times a day", "QID": "four times a "
                    "day", "Q12H": "every twelve (12) hours", "Q8H": "every eight (8) hours", "QPM": "at bedtime",
                    "QHS": "at bedtime"}
            f = next((v for k, v in freq.items() if k in m.split()), "as directed")
            out.append(f"RX *{drug} {dose.group(0)} 1 tablet(s) by mouth {f} Disp #*{r.choice([14, 28, 30, 60, 90])} "
                       f"Tablet Refills:*{r.randint(0, 3)}")
    return out


PMH_EXTRA = ["HTN", "HLD", "GERD", "BPH", "Depression", "Osteoarthritis", "Hypothyroidism", "Anemia of chronic disease",
             "Glaucoma", "s/p cholecystectomy", "s/p appendectomy", "Macular degeneration", "Peripheral neuropathy",
             "Chronic low back pain", "Obstructive sleep apnea", "Iron deficiency anemia", "Nephrolithiasis",
             "Diverticulosis", "Essential tremor", "Anxiety"]
PMH_EPONYM = ["- h/o Bell palsy (resolved)", "- Addison disease on hydrocortisone 15/5", "- Cushing syndrome "
              "(iatrogenic, resolved)", "- s/p Whipple for IPMN", "- s/p Roux-en-Y gastric bypass",
              "- s/p Nissen fundoplication", "- Raynaud phenomenon", "- Sjogren syndrome",
              "- Lewy body dementia (probable)", "- Guillain-Barre (remote)", "- Mallory-Weiss tear",
              "- St. Jude mechanical AVR on warfarin (goal 2.5-3.5)", "- Medtronic dual chamber PPM for sick sinus",
              "- Boston Scientific Watchman", "- Hashimoto thyroiditis", "- Barrett esophagus without dysplasia",
              "- Hodgkin lymphoma s/p ABVD, in remission", "- Paget disease of bone", "- Dupuytren contracture",
              "- Meniere disease", "- Wolff-Parkinson-White s/p ablation", "- Charcot foot (R)",
              "- Baker's cyst, L knee", "- Colles fracture (R wrist) s/p ORIF"]
CHRONIC = [
    "# HTN: Continued home amlodipine; BPs 120s-140s.", "# HLD: Continued statin.", "# GERD: Continued PPI.",
    "# Depression: Continued sertraline; mood stable.", "# BPH: Continued tamsulosin. Voiding without difficulty.",
    "# Hypothyroidism: Continued levothyroxine; TSH 2.1.", "# Gout: Continued allopurinol, no flare.",
    "# Glaucoma: Continued home latanoprost drops.", "# Chronic pain: Continued home gabapentin, held opioids.",
    "# OSA: Home CPAP overnight.", "# Anemia: Hgb stable at baseline ~10, no signs of bleeding.",
    "# Insomnia: Melatonin 3 mg qHS PRN.",
]
INSTR_EXTRA = [
    "Please continue to take all of your medications as prescribed.",
    "Please keep all of your follow-up appointments listed below.",
    "If you experience any of the following, please call your doctor or go to the emergency department: fever "
    "greater than 101, chest pain, shortness of breath, severe abdominal pain, or any other concerning symptoms.",
    "Please do not drive or operate heavy machinery while taking narcotic pain medication.",
    "Please weigh yourself every morning before breakfast and write it down.",
    "A visiting nurse will come to your home to check on you and help with your medications.",
]


def _discharge(r: random.Random, P: Plan) -> LabelledNote:
    ctx = P.ctx
    sex = ctx.sex
    sc = r.choice(DS)
    heavy = P.heavy
    v = r.random()  # verbosity
    mini = v < 0.15  # a terse note (short surgical stays, transfers)
    b = _B()
    mr = "Mr." if sex == "M" else r.choice(["Ms.", "Mrs.", "Ms."])
    b.add(" \nName:  ", P.slot("d_name"), "                     Unit No:   ", P.slot("d_unit"), "\n \n",
          "Admission Date:  ", P.slot("d_adm"), "              Discharge Date:   ", P.slot("d_dis"), "\n \n",
          "Date of Birth:  ", P.slot("d_dob"), "             Sex:   ", sex, "\n \n",
          "Service: ", sc["service"], "\n \n", "Allergies: \n", r.choice(ALLERGIES), "\n \n")
    att = P.slot("d_attending")
    b.add("Attending: ", att, r.choice(ATTENDING_EXTRA) if att != [M] else "", ".\n \n")
    b.add("Chief Complaint:\n", r.choice(sc["cc"]), "\n \n")
    proc = r.choice(sc["proc"])
    procs = [[proc if proc == "None" else f"{M} - {proc}"]]
    if r.random() < 0.2 and proc != "None":
        procs.append([f"{M} - " + r.choice(["PICC line placement", "Foley catheter placement", "Central line "
                                           "placement", "Swan-Ganz catheter placement", "Dobhoff tube placement"])])
    procs = P.mix("d_proc", procs)
    b.add("Major Surgical or Invasive Procedure:\n", _join("\n", procs), "\n \n")

    # HPI
    age = P.slot("d_age")
    cc = r.choice(sc["cc"]).lower()
    style = r.randint(0, 2)
    if style == 0:
        opener = [f"{mr} {M} is a ", age, f" year old {'man' if sex == 'M' else 'woman'} with a history of "
                  f"{sc['short']} who presents with {cc}."]
    elif style == 1:
        opener = [age, f" y/o {'M' if sex == 'M' else 'F'} w/ {sc['short']} p/w {cc}."]
    else:
        opener = ["This is a ", age, f" yo {'male' if sex == 'M' else 'female'} with PMH of {sc['short']} who "
                  f"presents with {cc}."]
    hpi = [[_pron(s, sex)] for s in _sentences(r, sc["hpi"], 3 if v > 0.3 else 2)]
    if mini:
        hpi = hpi[:2]
    if r.random() < 0.35:
        hpi.insert(r.randint(0, len(hpi)), [r.choice(DISTRACT_SENT)])
    hpi = P.mix("d_hpi", hpi, masked=1 if heavy else int(r.random() < 0.15))
    b.add("History of Present Illness:\n", opener, " ", _join(" ", hpi), "\n \n")
    if v > 0.55:
        b.add("In the ED, initial vitals: ", f"{r.uniform(97, 101.5):.1f} {r.randint(60, 130)} "
              f"{r.randint(90, 180)}/{r.randint(50, 100)} {r.randint(12, 30)} {r.randint(85, 100)}% "
              f"{r.choice(['RA', '2L', 'NRB', '4L NC'])}", " \n \n")
    if v > 0.3 and r.random() < 0.6:
        b.add("REVIEW OF SYSTEMS: \n" + r.choice(["10 point ROS otherwise negative.", "Positive per HPI. All other "
                                                 "systems negative.", "Unable to obtain due to mental status.",
                                                 "(+) Per HPI \n(-) Denies fever, chills, night sweats, headache, "
                                                 "vision changes, rhinorrhea, congestion, sore throat, cough, "
                                                 "hemoptysis, chest pain, palpitations, dysuria."]), "\n \n")

    # PMH
    pmh = [[f"- {x}"] for x in _sentences(r, sc["pmh"], 2)][: 2 if mini else 99]
    for x in r.sample(PMH_EXTRA, int(v * 5)):
        pmh.append([f"- {x}"])
    if r.random() < 0.5:
        pmh.append([r.choice(PMH_EPONYM)])
    pmh = P.mix("d_pmh", pmh)
    b.add(r.choice(["Past Medical History:\n", "PAST MEDICAL HISTORY:\n", "Past Medical History:\nPMH: \n"]),
          _join("\n", pmh), "\n \n")

    # social
    soc_pool = [
        "Lives with " + r.choice(["wife", "husband", "daughter", "son and daughter-in-law", "partner", M]) + ".",
        "Retired " + r.choice(["machinist", "nurse", "teacher", "bus driver", "accountant", "fisherman", M]) + ".",
        r.choice(["Tobacco: former, quit in 2001", "Tobacco: 1 ppd x 40 years", "Tobacco: never",
                  "Tob: 30 pk-yr, quit ___"]) + ".",
        r.choice(["EtOH: social", "EtOH: denies", "EtOH: 6 beers daily", "EtOH: rare glass of wine"]) + ".",
        r.choice(["Illicits: denies", "Illicits: remote cocaine", "Marijuana occasionally"]) + ".",
        r.choice(["Independent in ADLs/IADLs", "Uses a walker at baseline", "Needs help with bathing",
                  "Ambulates with cane"]) + ".",
    ]
    if not P.has("d_social") and (mini or r.random() < 0.4):
        b.add("Social History:\n", M, "\n")
    else:
        soc = [[s] for s in _sentences(r, soc_pool, 3)]
        if r.random() < 0.4:
            soc.insert(r.randint(0, len(soc)), [r.choice(DISTRACT_SENT[4:14])])
        soc = P.mix("d_social", soc, masked=r.randint(2, 4) if heavy else int(r.random() < 0.35))
        b.add("Social History:\n", _join("\n" if r.random() < 0.5 else " ", soc), "\n")
    fam = [["Noncontributory." if mini else r.choice(["Mother with HTN, deceased.", "Father with MI at 62.",
                                                      "Mother - breast cancer at 70.",
                      "Father - CAD, died age 71.", "No family history of early SCD.", "Sister with T2DM."])]]
    if not mini and r.random() < 0.4:
        fam.append([r.choice(["Brother with Parkinson disease.", "Mother with Alzheimer dementia at 80.",
                              "Maternal aunt with Hodgkin lymphoma.", "Father with Barrett esophagus.",
                              "Son with Crohn disease.", "FHx of Graves disease (sister).",
                              "Father had Huntington disease."])])
    fam = P.mix("d_family", fam, masked=int(heavy))
    b.add("Family History:\n", _join(" ", fam), "\n \n")

    # exam
    b.add("Physical Exam:\n", r.choice(["ADMISSION PHYSICAL EXAM:", "ADMISSION EXAM", "Admission:"]), "\n")
    ex = [[x] for x in _exam_adm(r, sc["key"])]
    if mini:
        ex = ex[:1] + ex[4:7]
    b.add(_join(" \n", ex), " \n \n")
    if v > 0.2:
        b.add(r.choice(["DISCHARGE PHYSICAL EXAM:", "DISCHARGE EXAM", "Discharge:"]), "\n",
              "\n".join(_exam_dis(r)), " \n \n")

    # results
    res: list[list] = []
    adm = [[x] for x in _lab_block(r, r.uniform(0.3, 1), sc["extras"])]
    if mini:
        adm = adm[:1] + [x for x in adm if "Glucose-" in x[0]]
    labdate = P.slot("d_labdate")
    if labdate != [M]:
        first = adm[0][0]
        adm[0] = [labdate, first[len(M):]]
    res += adm
    if not mini and r.random() < 0.5:
        res.append([r.choice([f"ECG: sinus rhythm at {r.randint(58, 99)}, PR {r.randint(130, 210)}, QRS "
                              f"{r.randint(80, 120)}, QTc {r.randint(400, 500)}, no acute ST changes.",
                              f"EKG: AF, rate {r.randint(70, 140)}, LAD, QRS {r.randint(86, 110)}, QTc "
                              f"{r.randint(420, 490)}."])])
    res.append([""])
    if v > 0.7:
        res.append(["INTERVAL LABS:"])
        for _day in range(1 + int(v > 0.85) + int(v > 0.95)):
            res += [[x] for x in _lab_block(r, r.uniform(0.2, 0.8), [])[: r.randint(2, 5)]]
        res.append([""])
    res.append(["IMAGING:"])
    imgs = [[f"{M} {x}" if r.random() < 0.6 else x] for x in sc["imaging"]][: 1 if mini else 9]
    imgdate = P.slot("d_imgdate")
    if imgdate != [M]:
        imgs[0] = [imgdate, " ", imgs[0][0].removeprefix(M + " ")]
    res += imgs
    if v > 0.55:
        for rs in r.sample(RAD, 1 + int(v > 0.8) + int(v > 0.93)):
            ab = r.random() < 0.5
            rep_txt = " ".join(_rad_findings(r, rs, ab, max(3, rs.get("min", 3))))
            rep_imp = (rs["imp_a"] if ab else rs["imp_n"])[0]
            res.append([f"{M} {r.choice(rs['exam'])}: {rep_txt} \nIMPRESSION: {rep_imp}"])
    if v > 0.3 and r.random() < 0.6:
        res.append([""])
        res.append(["MICROBIOLOGY:"])
        res.append([f"{M} {_time(r).lower()} {r.choice(['URINE', 'BLOOD CULTURE', 'SPUTUM'])}      Source: {M}.\n"
                    f"                            **FINAL REPORT {M}**\n"
                    + r.choice([f"   URINE CULTURE (Final {M}): \n      ESCHERICHIA COLI.    >100,000 CFU/mL.",
                                f"   Blood Culture, Routine (Final {M}):    NO GROWTH.",
                                f"   GRAM STAIN (Final {M}): \n      >25 PMNs and <10 epithelial cells/100X field."])])
    if v > 0.15:
        res.append([""])
        res.append(["DISCHARGE LABS:"])
        res += [[x] for x in _lab_block(r, r.uniform(0, 0.4), [])[: r.randint(2, 4)]]
    res = P.mix("d_results", res)
    b.add("Pertinent Results:\n", r.choice(["ADMISSION LABS:", "ADMISSION LABS\n=============", "LABS ON ADMISSION:"]),
          "\n", _join("\n", res), "\n \n")

    # course
    b.add("Brief Hospital Course:\n")
    b.add(f"{mr} {M} is a {M} year old {'man' if sex == 'M' else 'woman'} with {sc['short']} admitted with "
          f"{sc['dx1'][0].lower()}.", " \n \n")
    course = []
    probs = list(sc["course"])
    k = len(probs) if v > 0.4 else 1 if mini else r.randint(1, len(probs))
    for title, text in probs[:k]:
        course.append([f"# {title}: ", _pron(text, sex)])
    if v > 0.5:
        course.append(["CHRONIC ISSUES:"])
        course += [[x] for x in r.sample(CHRONIC, r.randint(2, 5))]
    course = P.mix("d_course", course, masked=int(heavy) + int(r.random() < 0.2))
    b.add(_join(" \n \n", course), " \n \n")
    trans = [[x] for x in r.sample([
        "[ ] Repeat BMP at next PCP visit to check K and Cr.",
        "[ ] Titrate GDMT as BP allows.",
        "[ ] Follow up pending blood cultures.",
        "[ ] Consider outpatient sleep study.",
        "[ ] Repeat CBC in 1 week.",
        "- Code status: Full code (confirmed).",
        "- Code status: DNR/DNI, MOLST completed.",
        "- HCP: " + M + " (" + r.choice(["wife", "son", "daughter", "niece"]) + ")",
        "- Discharge weight: " + f"{r.uniform(55, 120):.1f} kg",
        "- Contact: " + M,
        "[ ] Outpatient colonoscopy for iron deficiency.",
        "[ ] Recheck LFTs in 2 weeks.",
    ], 2 if mini else r.randint(2, 4 + int(v * 4)))]
    trans = P.mix("d_trans", trans, masked=r.randint(1, 3) if heavy else int(r.random() < 0.3))
    b.add(r.choice(["TRANSITIONAL ISSUES:", "TRANSITIONAL ISSUES\n===================", "Transitional issues:"]),
          "\n", _join("\n", trans), " \n \n")

    # meds
    b.add("Medications on Admission:\n", "" if mini else "The Preadmission Medication list is accurate and "
          "complete.\n", "\n".join(_med_lines(r, sc["meds_adm"][: 2 if mini else 99], False)), "\n \n")
    mdis = [[x] for x in _med_lines(r, sc["meds_dis"][: 3 if mini else 99], True)]
    mdis = P.mix("d_medsdis", mdis)
    b.add("Discharge Medications:\n", _join("\n", mdis), "\n \n")

    # disposition
    if P.has("d_facility"):
        disp = "Extended Care"
    else:
        disp = r.choice(["Home", "Home", "Home With Service", "Extended Care", "Home With Service"])
    b.add("Discharge Disposition:\n", disp, "\n \n")
    if disp != "Home":
        b.add("Facility:\n", P.slot("d_facility"), "\n \n")
    b.add("Discharge Diagnosis:\n", r.choice(["PRIMARY:\n", "Primary diagnosis:\n", ""]), "\n".join(sc["dx1"]),
          "\n\n", r.choice(["SECONDARY:\n", "Secondary diagnoses:\n"]), "\n".join(sc["dx2"]), "\n \n")
    b.add("Discharge Condition:\nMental Status: ", r.choice(["Clear and coherent.", "Confused - sometimes.",
                                                            "Confused - always."]),
          "\nLevel of Consciousness: ", r.choice(["Alert and interactive.", "Lethargic but arousable."]),
          "\nActivity Status: ", r.choice(["Ambulatory - Independent.", "Ambulatory - requires assistance or aid "
                                           "(walker or cane).", "Out of Bed with assistance to chair or wheelchair."]),
          "\n \n")

    # instructions
    dear_pieces = P.slot("d_dear")
    org_pieces = [M]
    if dear_pieces != [M] and dear_pieces[0][1] == "ORGANIZATION":
        org_pieces, dear_pieces = dear_pieces, [M]
    instr: list[list] = []
    instr.append(["Dear ", mr, " ", dear_pieces, ","])
    instr.append([""])
    instr.append(["It was a pleasure taking care of you at ", org_pieces, "."])
    instr.append([""])
    if not mini and r.random() < 0.6:
        instr.append(["WHY WERE YOU ADMITTED TO THE HOSPITAL?"])
        instr.append(["- " + sc["why"]])
        instr.append([""])
        instr.append(["WHAT HAPPENED WHILE YOU WERE IN THE HOSPITAL?"])
        instr += [["- " + x] for x in sc["did"]]
        instr.append([""])
        instr.append(["WHAT SHOULD YOU DO WHEN YOU GO HOME?"])
        instr += [["- " + x] for x in sc["home"]]
        instr += [["- " + x] for x in r.sample(INSTR_EXTRA, int(v * 4))]
    else:
        instr.append([sc["why"]])
        instr.append([" ".join(sc["did"] + sc["home"] + r.sample(INSTR_EXTRA, int(v * 3)))])
    instr = [instr[0]] + P.mix("d_instr", instr[1:], masked=int(heavy))
    instr.append([""])
    instr.append([r.choice(["We wish you the best!", "It was a pleasure caring for you. We wish you a speedy "
                            "recovery.", "Best wishes,"])])
    instr.append([""])
    instr.append([r.choice(["Sincerely,\nYour " + M + " Care Team", "Your " + M + " team", "- The Medicine Team"])])
    b.add("Discharge Instructions:\n", _join("\n", instr), "\n \n")

    # followup
    fu = P.take("d_fu")
    if fu or r.random() < 0.25:
        lines: list[list] = []
        lines.append(["Department: " + r.choice(["CARDIOLOGY", "WEST CLINIC", "GASTROENTEROLOGY", "SURGERY",
                                                 "NEUROLOGY", "PRIMARY CARE"])])
        lines.append([f"When: {r.choice(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'])} {M} at "
                      f"{r.randint(8, 11)}:{r.choice(['00', '15', '30', '45'])} AM"])
        lines.append([f"With: {M} [{M}]"])
        lines.append([f"Building: {M} {M} Bldg ({M}/Bcs) {M}"])
        lines.append([f"Campus: {r.choice(['EAST', 'WEST'])}     Best Parking: {M} Garage"])
        for piece in fu:
            lines.insert(r.randint(1, len(lines)), piece)
        b.add("Followup Instructions:\n", _join("\n", lines), "\n")
    else:
        b.add("Followup Instructions:\n", M, "\n")
    sig = P.take("d_sig")
    if sig:
        b.add(" \n", _join("\n", sig), "\n")
    assert not P.at, P.at
    return LabelledNote("discharge", b.text(), b.spans)


# ------------------------------------------------------------------------------------------------
# radiology
# ------------------------------------------------------------------------------------------------

def _dose(r: random.Random, n: int, phantom: str) -> str:
    lines = ["DOSE:  Acquisition sequence:"]
    total = 0.0
    for k in range(1, n + 1):
        kind = r.choice(["Spiral Acquisition", "Spiral Acquisition", "Sequenced Acquisition", "Stationary "
                         "Acquisition"])
        ctdi = r.uniform(1.5, 60) if kind != "Stationary Acquisition" else r.uniform(20, 160)
        dlp = ctdi * r.uniform(2, 45) if kind != "Stationary Acquisition" else ctdi * 1.0
        total += dlp
        lines.append(f"   {k}) {kind} {r.uniform(0.5, 12):.1f} s, {r.uniform(0.5, 60):.1f} cm; CTDIvol = "
                     f"{ctdi:.1f} mGy ({phantom}) DLP = {dlp:.1f} mGy-cm.")
    lines.append(f" Total DLP ({phantom}) = {total:,.0f} mGy-cm.")
    return "\n".join(lines)


# Findings: "+ " only in an abnormal study, "! " only in a normal one, unmarked in either.
RAD = [
    dict(exam=["CHEST (PA AND LAT)", "CHEST (PA AND LAT)", "CHEST (PA & LAT)"], phantom="Body",
         ind=["cough, fever", "shortness of breath", "eval for pneumonia", "pre-op", "chest pain"],
         tech=["Chest PA and lateral"], dose=0,
         find=["! The lungs are clear without focal consolidation, pleural effusion or pneumothorax.",
               "+ There is a new right lower lobe opacity concerning for pneumonia. No pleural effusion or "
               "pneumothorax.", "Heart size is normal. Mediastinal and hilar contours are unremarkable.",
               "+ Mild pulmonary vascular congestion without overt edema.",
               "Multilevel degenerative changes of the thoracic spine. No acute osseous abnormality.",
               "Left-sided dual chamber pacemaker with leads terminating in the right atrium and right ventricle.",
               "Surgical clips in the right upper quadrant."],
         imp_n=["No acute cardiopulmonary process."],
         imp_a=["Right lower lobe pneumonia in the appropriate clinical setting.", "Mild pulmonary vascular "
                "congestion."]),
    dict(exam=["CHEST (PORTABLE AP)"], phantom="Body", ind=["intubated, eval ETT placement", "s/p central line",
                                                            "hypoxia"],
         tech=["Single frontal view of the chest", "Portable AP chest radiograph"], dose=0,
         find=["Endotracheal tube terminates 4.2 cm above the carina.", "Enteric tube courses below the diaphragm, "
               "tip not visualized.", "Right IJ central venous catheter tip in the low SVC.",
               "Swan-Ganz catheter tip in the right interlobar pulmonary artery.",
               "+ Bilateral perihilar opacities with small bilateral effusions, similar to prior.",
               "! Lungs are grossly clear.", "No pneumothorax."],
         imp_n=["Lines and tubes in appropriate position. No pneumothorax."],
         imp_a=["Moderate pulmonary edema, unchanged.", "Lines and tubes in appropriate position."]),
    dict(exam=["CT HEAD W/O CONTRAST"], phantom="Head", ind=["fall on anticoagulation", "altered mental status",
                                                             "headache", "code stroke"],
         tech=["Contiguous axial images of the brain were obtained without contrast. Coronal and sagittal reformats "
               "as well as bone algorithm reconstructions were provided."], dose=1,
         find=["! There is no evidence of acute infarction, hemorrhage, edema or mass.",
               "+ There is a 6 mm left frontal convexity subdural hematoma without midline shift.",
               "Prominence of the ventricles and sulci is consistent with age-related involutional change.",
               "Periventricular and subcortical white matter hypodensities are nonspecific but likely sequelae of "
               "chronic small vessel ischemic disease.",
               "The basal cisterns are patent and there is preservation of gray-white matter differentiation.",
               "! No fracture is identified.", "The visualized paranasal sinuses, mastoid air cells and middle ear "
               "cavities are clear.", "The orbits are unremarkable. Bilateral lens replacements."],
         imp_n=["No acute intracranial process.", "Chronic small vessel ischemic disease."],
         imp_a=["6 mm acute left frontal subdural hematoma without mass effect.", "Chronic small vessel ischemic "
                "disease."]),
    dict(exam=["CTA CHEST"], phantom="Body", min=4,
         ind=["tachycardia, hypoxia, eval for PE", "pleuritic chest pain, elevated D-dimer"],
         tech=["Multidetector CT images of the chest were obtained after administration of 75 mL of Omnipaque 350 "
               "IV contrast in the pulmonary arterial phase. Reformatted coronal, sagittal and MIP images were "
               "produced."], dose=2,
         find=["+ There are filling defects within the right lower lobe segmental and subsegmental pulmonary arteries "
               "consistent with acute pulmonary emboli.", "! The pulmonary arteries are well opacified without "
               "filling defect.", "The main pulmonary artery is normal in caliber. RV/LV ratio is 0.9.",
               "No pericardial effusion.", "Small bilateral pleural effusions.",
               "A 5 mm solid nodule in the right upper lobe (series 3, image 42). Per Fleischner Society guidelines, "
               "optional CT at 12 months.", "Mild centrilobular emphysema.", "The visualized upper abdomen is "
               "unremarkable."],
         imp_n=["No pulmonary embolism.", "5 mm right upper lobe nodule, see recommendations above."],
         imp_a=["Acute right lower lobe segmental and subsegmental pulmonary emboli without CT evidence of right "
                "heart strain.", "5 mm right upper lobe nodule, see recommendations above."]),
    dict(exam=["CT ABD AND PELVIS WITH CONTRAST", "CT ABDOMEN AND PELVIS WITH IV CONTRAST"], phantom="Body", min=10,
         ind=["RLQ pain, eval for appendicitis", "abdominal pain, vomiting", "fever, eval for abscess"],
         tech=["Multidetector CT of the abdomen and pelvis was performed with intravenous contrast. Oral contrast was "
               "not administered. Coronal and sagittal reformations were performed."], dose=2,
         find=["LOWER CHEST: Visualized lung fields are within normal limits. There is no evidence of pleural or "
               "pericardial effusion. Mild dependent atelectasis at the bases.",
               "ABDOMEN:\n\nHEPATOBILIARY: The liver demonstrates homogenous attenuation throughout. There is no "
               "evidence of focal lesions. There is no evidence of intrahepatic or extrahepatic biliary dilatation. "
               "The gallbladder is within normal limits.",
               "PANCREAS: The pancreas has normal attenuation throughout, without evidence of focal lesions or "
               "pancreatic ductal dilation. There is no peripancreatic stranding.",
               "SPLEEN: The spleen shows normal size and attenuation throughout, without evidence of focal lesions.",
               "ADRENALS: The right and left adrenal glands are normal in size and shape.",
               "URINARY: The kidneys are of normal and symmetric size with normal nephrogram. There is no evidence of "
               "focal renal lesions within the limitations of this study. There is no hydronephrosis. A 1.4 cm "
               "simple cyst in the left interpolar region is Bosniak 1 and needs no follow-up.",
               "+ GASTROINTESTINAL: The stomach is unremarkable. The appendix is dilated to 11 mm with periappendiceal "
               "fat stranding and a 6 mm appendicolith at its base, without abscess or extraluminal air.",
               "! GASTROINTESTINAL: The stomach and small bowel are unremarkable. The appendix is normal.",
               "Sigmoid diverticulosis without evidence of diverticulitis.",
               "PELVIS: The urinary bladder and distal ureters are unremarkable. There is trace free fluid in the "
               "pelvis.", "REPRODUCTIVE ORGANS: The prostate and seminal vesicles are within normal limits.",
               "LYMPH NODES: There is no retroperitoneal or mesenteric lymphadenopathy. There is no pelvic or inguinal "
               "lymphadenopathy.",
               "VASCULAR: There is no abdominal aortic aneurysm. Moderate atherosclerotic disease is noted.",
               "BONES: There is no evidence of worrisome osseous lesions or acute fracture. Mild degenerative "
               "changes of the lumbar spine with grade 1 anterolisthesis of L4 on L5.",
               "SOFT TISSUES: The abdominal and pelvic wall is within normal limits. Small fat-containing umbilical "
               "hernia."],
         imp_n=["No acute intra-abdominal process.", "Sigmoid diverticulosis without diverticulitis."],
         imp_a=["Acute uncomplicated appendicitis with an appendicolith. No abscess or perforation."]),
    dict(exam=["CT ABDOMEN AND PELVIS WITH IV CONTRAST"], phantom="Body", min=4,
         ind=["abdominal distension, no flatus", "vomiting, prior surgeries"],
         tech=["Multidetector CT of the abdomen and pelvis was performed with intravenous contrast. Coronal and "
               "sagittal reformations were performed."], dose=2,
         find=["+ Multiple dilated loops of small bowel measuring up to 3.6 cm with a transition point in the right "
               "lower quadrant; the distal ileum and colon are decompressed.", "+ No pneumatosis or portal venous "
               "gas. Small amount of mesenteric edema.", "! Normal caliber small and large bowel.",
               "Postsurgical changes of prior appendectomy and hysterectomy.", "The liver, spleen, pancreas and "
               "adrenal glands are unremarkable.", "No free air.", "No hydronephrosis."],
         imp_n=["No evidence of bowel obstruction."],
         imp_a=["Small bowel obstruction with a transition point in the right lower quadrant, likely adhesive. No "
                "evidence of ischemia."]),
    dict(exam=["LIVER OR GALLBLADDER US (SINGLE ORGAN)", "RUQ ULTRASOUND"], phantom="", ind=["RUQ pain",
                                                                                           "elevated LFTs"],
         tech=["Grey scale and color Doppler ultrasound images of the abdomen were obtained."], dose=0,
         find=["+ The liver is coarsened and nodular in contour. No focal lesion.", "+ Moderate ascites.",
               "! The liver is normal in echotexture without focal lesion. No ascites.",
               "+ The gallbladder contains multiple stones with wall thickening to 5 mm. Sonographic Murphy sign is "
               "positive.", "! The gallbladder is normal without stones or wall thickening.",
               "The CBD measures 4 mm.", "The main portal vein is patent with hepatopetal flow.",
               "The spleen measures 11.8 cm."],
         imp_n=["Normal right upper quadrant ultrasound."],
         imp_a=["Findings consistent with acute cholecystitis.", "Cirrhotic liver morphology with moderate "
                "ascites."]),
    dict(exam=["UNILAT LOWER EXT VEINS LEFT", "BILAT LOWER EXT VEINS"], phantom="", ind=["leg swelling",
                                                                                         "eval for DVT"],
         tech=["Grey scale, color and spectral Doppler evaluation was performed on the lower extremity veins."],
         dose=0,
         find=["! There is normal compressibility, flow and augmentation of the common femoral, femoral and "
               "popliteal veins.", "+ Occlusive thrombus in the left popliteal vein extending into the posterior "
               "tibial veins.", "! Normal color flow is demonstrated in the posterior tibial and peroneal veins.",
               "A 2.8 cm Baker's cyst is noted.", "Subcutaneous edema in the calf."],
         imp_n=["No evidence of deep venous thrombosis."],
         imp_a=["Acute occlusive DVT of the left popliteal and posterior tibial veins."]),
    dict(exam=["MR HEAD W AND W/O CONTRAST", "MRI BRAIN W/O CONTRAST"], phantom="",
         ind=["new R weakness", "seizure", "eval for metastasis"],
         tech=["Sagittal T1, axial FLAIR, T2, DWI, SWI and post-contrast T1 images were obtained. 7 mL of Gadavist "
               "was administered."], dose=0,
         find=["+ There is restricted diffusion in the left frontal operculum and insula consistent with acute "
               "infarction.", "! There is no evidence of restricted diffusion.",
               "No intracranial hemorrhage. Scattered foci of susceptibility in a peripheral distribution suggest "
               "cerebral amyloid angiopathy.", "No abnormal enhancement.",
               "Moderate periventricular FLAIR hyperintensities (Fazekas 2).", "Ventricles and sulci are "
               "proportionate.", "Normal flow voids."],
         imp_n=["No acute infarct or enhancing lesion.", "Chronic microangiopathy."],
         imp_a=["Acute left MCA territory infarct without hemorrhage.", "Chronic microangiopathy."]),
    dict(exam=["MR L SPINE W/O CONTRAST"], phantom="", ind=["low back pain with L leg radiculopathy",
                                                            "saddle anesthesia"],
         tech=["Sagittal T1, T2 and STIR and axial T1 and T2 images of the lumbar spine were obtained."], dose=0,
         find=["Vertebral body heights are maintained. Alignment is normal.", "The conus terminates at L1.",
               "L4-5: Disc bulge and facet hypertrophy with moderate spinal canal and severe left neural foraminal "
               "narrowing.", "+ L5-S1: Left paracentral disc extrusion contacting the traversing left S1 nerve root.",
               "! L5-S1: Mild disc bulge without canal or foraminal stenosis.", "No cauda equina compression."],
         imp_n=["Moderate canal stenosis at L4-5. No cauda equina compression."],
         imp_a=["L5-S1 left paracentral extrusion contacting the left S1 nerve root.", "Moderate canal stenosis at "
                "L4-5."]),
    dict(exam=["CT C-SPINE W/O CONTRAST"], phantom="Body", ind=["MVC, neck pain", "fall, midline tenderness"],
         tech=["Non-contrast helical multidetector CT was performed. Soft tissue and bone algorithm images were "
               "generated. Coronal and sagittal reformations were then constructed."], dose=1,
         find=["! No acute fracture or traumatic malalignment.", "Multilevel degenerative changes, most pronounced at "
               "C5-6 with moderate canal narrowing.", "+ There is a nondisplaced fracture of the right C6 lamina. "
               "Alignment is otherwise maintained.", "The prevertebral soft tissues are not thickened.",
               "The visualized lung apices are clear."],
         imp_n=["No acute fracture or malalignment."],
         imp_a=["Nondisplaced right C6 laminar fracture."]),
    dict(exam=["HIP 1 VIEW W/ AP PELVIS LEFT", "HIP (UNILAT 2 VIEWS) LEFT"], phantom="", ind=["fall, pain",
                                                                                           "s/p arthroplasty"],
         tech=["AP pelvis and left hip radiographs"], dose=0,
         find=["+ There is a displaced subcapital femoral neck fracture.", "! No acute fracture or dislocation.",
               "Degenerative changes of both hips with joint space narrowing.", "Osteopenia.",
               "Vascular calcifications."],
         imp_n=["No acute fracture."], imp_a=["Displaced left femoral neck fracture."]),
    dict(exam=["RENAL U.S."], phantom="", ind=["AKI", "hematuria"], tech=["Grey scale and color Doppler images of "
                                                                          "the kidneys and bladder were obtained."],
         dose=0,
         find=["The right kidney measures 10.9 cm. The left kidney measures 11.3 cm.", "! There is no "
               "hydronephrosis, stones or masses bilaterally.", "+ Mild left hydronephrosis. No stones.",
               "The bladder is decompressed with a Foley catheter in place."],
         imp_n=["No hydronephrosis."], imp_a=["Mild left hydronephrosis."]),
    dict(exam=["ULTRASOUND-GUIDED PARACENTESIS", "US GUIDED PARACENTESIS"], phantom="",
         ind=["ascites, r/o SBP", "refractory ascites"],
         tech=["OPERATORS: Dr. ___, radiology resident, and Dr. ___, attending radiologist, performed the procedure. "
               "Dr. ___ supervised the trainee during the key components of the procedure.\n\nANESTHESIA: 1% "
               "lidocaine was used to anesthetize the skin.\n\nCONSENT: The procedure was explained to the patient. "
               "The risks, benefits and alternatives were discussed and written consent was obtained. A time out was "
               "performed per ___ protocol."], dose=0, min=4,
         find=["Limited grayscale ultrasound imaging of the abdomen demonstrated a large amount of ascites.",
               "A suitable target in the deepest pocket in the right lower quadrant was selected.",
               "Under ultrasound guidance, a 5 ___ Yueh catheter was advanced into the collection and 4.6 L of clear "
               "yellow fluid was removed.", "Samples were sent for cell count, albumin, total protein and culture.",
               "The patient tolerated the procedure well without immediate complication. Estimated blood loss was "
               "minimal.", "25 g of albumin was given per protocol."],
         imp_n=["Technically successful ultrasound-guided therapeutic paracentesis yielding 4.6 L of ascitic fluid."],
         imp_a=["Technically successful ultrasound-guided therapeutic paracentesis yielding 4.6 L of ascitic fluid.",
                "Diagnostic samples were sent."]),
    dict(exam=["CT CHEST W/O CONTRAST"], phantom="Body", ind=["f/u pulmonary nodule", "smoker, lung cancer screening",
                                                              "chronic cough"], min=5,
         tech=["Multidetector CT images of the chest were obtained without intravenous contrast. Low-dose technique "
               "was used. Axial, coronal and sagittal reformats were reviewed."], dose=1,
         find=["AIRWAYS: The airways are patent to the subsegmental level.",
               "+ LUNGS: There is a 7 mm part-solid nodule in the right upper lobe (series 4, image 88), previously "
               "5 mm.", "! LUNGS: The previously seen 5 mm right upper lobe nodule is stable.",
               "Moderate centrilobular and paraseptal emphysema, upper lobe predominant.",
               "Mild bibasilar subpleural reticulation without honeycombing.", "No consolidation or effusion.",
               "MEDIASTINUM: No lymphadenopathy by size criteria. Heart size is normal. Coronary artery "
               "calcifications are moderate.", "The thoracic aorta is normal in caliber.",
               "UPPER ABDOMEN: Limited images demonstrate a 1.2 cm left adrenal nodule measuring -5 HU, consistent "
               "with adenoma.", "BONES: Degenerative changes. No suspicious lytic or sclerotic lesion."],
         imp_n=["Stable 5 mm right upper lobe nodule. Lung-RADS 2.", "Emphysema."],
         imp_a=["Enlarging 7 mm part-solid right upper lobe nodule. Lung-RADS 4A.", "Emphysema.",
                "Left adrenal adenoma, no follow-up needed."],
         rec=["Low-dose chest CT in 3 months per Lung-RADS 4A.", "Consider PET-CT or tissue sampling.",
              "Per Fleischner Society 2017 guidelines, CT at 6-12 months."]),
]


def _rad_findings(r: random.Random, sc: dict, abnormal: bool, lo: int) -> list[str]:
    keep = [f for f in sc["find"] if not f.startswith("! " if abnormal else "+ ")]
    must = [f for f in keep if f.startswith("+ " if abnormal else "! ")]
    picked = set(r.sample(range(len(keep)), min(len(keep), max(lo, r.randint(lo, len(keep))))))
    picked |= {keep.index(m) for m in must}
    return [keep[i][2:] if keep[i][:2] in ("+ ", "! ") else keep[i] for i in sorted(picked)]


def _radiology(r: random.Random, P: Plan) -> LabelledNote:
    ctx = P.ctx
    sx = ctx.sex
    sc = r.choice(RAD)
    abnormal = r.random() < 0.55
    imp_pool = sc["imp_a"] if abnormal else sc["imp_n"]
    b = _B()
    head = P.take("r_head")
    if head or r.random() < 0.05:
        hl: list[list] = [[f"Name: {M}  MRN: {M}"]] if r.random() < 0.5 else []
        hl += head
        b.add(_join("\n", hl), "\n\n")
    wet_by, wet_date = P.slot("r_wetby"), P.slot("r_wetdate")
    if wet_by != [M] or wet_date != [M] or r.random() < 0.12:
        b.add("WET READ: ", wet_by, " ", wet_date, f" {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}"
              "\n  ", imp_pool[0], "\n", "_" * 78, "\n", " " * 33, "FINAL REPORT\n")
    b.add("EXAMINATION:  ", r.choice(sc["exam"]), "\n\n")
    age = P.slot("r_age")
    who = "man" if sx == "M" else "woman"
    reason = r.choice(sc["ind"])
    q = r.choice(["eval", "r/o acute process", "?acute pathology", reason, "please eval", "interval change?"])
    style = r.random()
    if style < 0.45:
        ind = [age, f" year old {who} with {reason}  // {q}"]
    elif style < 0.75:
        ind = ["History: ", age, f"{sx} with {reason}"]
    else:
        ind = [age, f"-year-old {'male' if sx == 'M' else 'female'}, {reason}. Evaluate."]
    if r.random() < 0.15:
        ind.append(" " + r.choice(["NIHSS 6.", "GCS 14.", "Wells score 5.", "Hx of Crohn disease.", "On Eliquis.",
                                   "Pt is 84 years old.", "Hx of breast ca in 2012.", "BP 182/96."]))
    inds = [ind] + P.take("r_ind") + P.masked_lines("r_ind", 2 if P.heavy else int(r.random() < 0.1))
    b.add("INDICATION:  ", _join(" ", inds), "\n\n")
    tech = [[r.choice(sc["tech"])]] + P.take("r_tech")
    b.add("TECHNIQUE:  ", _join("\n", tech), "\n\n")
    if sc["dose"]:
        b.add(_dose(r, sc["dose"] + r.randint(0, 1), sc["phantom"]), "\n\n")
    comp_slot = P.slot("r_cmp")
    comp_extra = P.take("r_comp")
    if comp_slot != [M]:
        comp = [comp_slot, "."]
    else:
        comp = [r.choice([M + ".", "None.", "Chest radiograph from " + M + ".", "CT from 2149-03-11.", "Prior exam "
                          "dated 12/04/2152.", M + " and " + M + "."])]
    for e in comp_extra:
        comp += [" ", e]
    b.add("COMPARISON:  ", comp, "\n\n")
    finds = [[x] for x in _rad_findings(r, sc, abnormal, sc.get("min", 2))]
    finds = P.mix("r_find", finds)
    b.add("FINDINGS: \n\n", _join(r.choice([" \n", "\n \n", "  "]), finds), "\n\n")
    imps = [[x] for x in imp_pool[: r.randint(1, len(imp_pool))]]
    if len(imps) > 1:
        imps = [[f"{k}. "] + x for k, x in enumerate(imps, 1)]
    b.add("IMPRESSION: \n\n", _join("\n", imps), "\n")
    if sc.get("rec") and abnormal and r.random() < 0.6:
        b.add("\nRECOMMENDATION(S):  ", r.choice(sc["rec"]), "\n")
    notes = P.take("r_notify")
    if notes or r.random() < 0.2:
        if not notes:
            notes = [[r.choice([f"Dr. {M} was paged by {M} at {r.randint(1, 12)}:{r.randint(10, 59)} "
                                f"{r.choice(['AM', 'PM'])} on {M}, {r.randint(2, 40)} minutes after discovery.",
                                f"The findings were discussed with {M}, M.D. by {M}, M.D. on the telephone on {M} at "
                                f"{r.randint(1, 12)}:{r.randint(10, 59)} PM, {r.randint(2, 30)} minutes after "
                                "discovery of the findings."])]]
        b.add("\nNOTIFICATION:  ", _join(" ", notes), "\n")
    adds = P.take("r_add")
    if adds or r.random() < 0.06:
        if not adds:
            what = r.choice(['no change to the impression', 'the nodule is unchanged'])
            adds = [[f"ADDENDUM: On re-review, {what}."]]
        b.add("\n", _join("\n", adds), "\n")
    sig = P.take("r_sig")
    if sig:
        b.add("\n", _join("\n", sig), "\n")
    assert not P.at, P.at
    return LabelledNote("radiology", b.text(), b.spans)


# ------------------------------------------------------------------------------------------------
# corpus
# ------------------------------------------------------------------------------------------------

# per block of 40 notes: 22 with plants, 2 heavily masked, 16 plain; 56 primary plants
_BLOCK_CATS = {c: 2 for c in CATEGORIES} | {"PERSON": 7, "LOCATION": 5, "ORGANIZATION": 5, "DATE_REAL_YEAR": 7}
_N_PLANT_NOTES = 22
_N_HEAVY = 2


def _block_plan(seed: int, block: int) -> list[tuple[bool, list[str]]]:
    """For each note of the block: (heavily masked?, categories to plant)."""
    r = random.Random(f"h5:{seed}:block:{block}")
    kinds = ["plant"] * _N_PLANT_NOTES + ["heavy"] * _N_HEAVY + ["plain"] * (BLOCK - _N_PLANT_NOTES - _N_HEAVY)
    r.shuffle(kinds)
    deck = [c for c, n in _BLOCK_CATS.items() for _ in range(n)]
    r.shuffle(deck)
    counts = [1] * _N_PLANT_NOTES
    for _ in range(len(deck) - _N_PLANT_NOTES):
        j = r.choice([k for k, c in enumerate(counts) if c < 4])
        counts[j] += 1
    out: list[tuple[bool, list[str]]] = []
    pos = 0
    pk = 0
    for kind in kinds:
        if kind == "plant":
            n = counts[pk]
            pk += 1
            out.append((False, deck[pos:pos + n]))
            pos += n
        else:
            out.append((kind == "heavy", []))
    return out


def holdout5_note(seed: int, i: int) -> LabelledNote:
    heavy, cats = _block_plan(seed, i // BLOCK)[i % BLOCK]
    r = random.Random(f"h5:{seed}:{i}")
    ntype = "discharge" if r.random() < 0.55 else "radiology"
    for _attempt in range(20):
        ctx = Ctx(r, r.choice("MF"))
        P = Plan(ctx, ntype, cats, heavy)
        note = _discharge(r, P) if ntype == "discharge" else _radiology(r, P)
        lo, hi = (2000, 10000) if ntype == "discharge" else (250, 3000)
        if lo <= len(note.text) <= hi:
            return note
    return note


def holdout5_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    return [holdout5_note(seed, i) for i in range(n_notes)]


# ------------------------------------------------------------------------------------------------
# CLI (measurement is the lead engineer's)
# ------------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout5_corpus, argv, __doc__.splitlines()[0])
    report("holdout5", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
