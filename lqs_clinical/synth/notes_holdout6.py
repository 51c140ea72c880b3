"""Sixth held-out corpus of MIMIC-IV-Note-shaped notes with planted residual PHI, written blind.

Written without looking at the detector's rules, cue lists, earlier corpora, the probe's design notes or
their tests; only the category definitions and the public MIMIC-IV-Note layout were used. It contains
about 55% discharge summaries (MIMIC section layout, BLOOD/URINE lab lines, medication lists) and 45%
radiology reports (EXAMINATION/INDICATION/TECHNIQUE/COMPARISON/FINDINGS/IMPRESSION, addenda,
notification lines, dose reports). Identifiers are masked as ``___``; in about 55% of notes one to four
identifiers are left unmasked at natural positions (header fields, signature blocks, contact lines,
social history, device and insurance lines, tables, telegraphic shorthand, ALL CAPS, occasional
typos), each labelled with the exact character span of the value. About 5% of notes are heavily masked
and carry no plants. Many non-PHI distractors are included: eponyms, drugs, device brands, doses,
vitals, lab lines, scores, room and bed numbers, times, MIMIC's shifted dates (years 2100-2200), bare
years, ages under 90, US states, countries, ICD codes, ECG intervals, masked accession lines.

Label policy (README, round 21): an implant's lot number names a batch, not the patient's device, so the
three device plants first written after "lot" ("IVC filter lot # ...", "femoral stem, lot ...", "Port lot
number ...") now stand after "serial", with the same random draws.

Measure with::

    python -m lqs_clinical.synth.notes_holdout6 --seed 1 --n 600 --ner
"""

from __future__ import annotations

import random
import re

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# surrogate value pools (all fictitious)

FIRST = [
    "Ngozi", "Tadeusz", "Mei-Ling", "Oluwaseun", "Siobhan", "Rafael", "Anneliese", "Kwame", "Priyanka",
    "Dmitri", "Leilani", "Yusuf", "Marisol", "Bartholomew", "Hyun-woo", "Ingrid", "Thandiwe", "Cormac",
    "Fatima", "Giacomo", "Aroha", "Bogdan", "Esperanza", "Tuan", "Wilhelmina", "Kofi", "Saoirse", "Ravi",
    "Magdalena", "Ezekiel", "Noor", "Lars", "Chidi", "Beatriz", "Takeshi", "Delphine", "Amadou", "Ruth",
    "Vusi", "Inés", "Mateusz", "Keanu", "Zainab", "Horatio", "Ji-yeon", "Eleftheria", "Bjorn", "Aisling",
    "Darnell", "Marguerite", "Tomasz", "Adaeze", "Paulo", "Svetlana", "Ignatius", "Rosalind", "Haruki",
    "Amara", "Cyrus", "Lucinda", "Obadiah", "Xiomara", "Florian", "Wanjiru", "Eamon", "Yolanda", "Arvid",
    "Consolata", "Dashiell", "Nkechi", "Rocco", "Thi Hoa", "Gunnar", "Perpetua", "Alejandro", "Mirela",
]
LAST = [
    "Okafor", "Kowalczyk", "Chou", "Adebayo", "Ni Bhriain", "Quintanilla", "Vogelsang", "Mensah",
    "Raghunathan", "Vasilenko", "Kahananui", "Erdogan", "Villalobos", "Pemberton-Hale", "Park", "Lindqvist",
    "Ndlovu", "O'Shaughnessy", "Haddad", "Bellandi", "Te Rangi", "Marinescu", "Zaragoza", "Nguyen",
    "van der Berg", "Asante", "MacGillivray", "Subramaniam", "Wiśniewska", "Abernathy", "al-Rashid",
    "Johansson", "Eze", "de la Cruz", "Matsumoto", "Fournier", "Diallo", "Feldstein", "Dlamini",
    "Fitzroy", "Kaczmarek", "Akana", "Bello", "Thistlewood", "Seo", "Papadakis", "Sørensen", "Ó Briain",
    "Washington-Boyd", "Lachance", "Nowicki", "Obi", "Tavares", "Kuznetsova", "Drummond", "St. Germain",
    "Yamaguchi", "Achebe", "Farahani", "Whitlock", "Mbeki", "Ocasio", "Huber", "Kimani", "Callaghan",
    "Espinoza-Ruiz", "Lindgren", "Tran", "von Hagen", "Pellegrino", "Szabo", "Delacroix", "Mwangi",
]
NICK = ["Bubba", "Sunny", "Nonna", "Tiny", "Doc", "Red", "Buddy", "Kiki", "Pops", "Sissy"]

TOWNS = [
    "Presque Isle", "Dunmore", "Ephrata", "Keokuk", "Nacogdoches", "Hood River", "Bisbee", "Moab",
    "Pahrump", "Cut Bank", "Ely", "Sitka", "Hilo", "Chincoteague", "Lubec", "Brattleboro", "St. Johnsbury",
    "Millinocket", "Oneonta", "Punxsutawney", "Gallipolis", "Paducah", "Natchitoches", "Hattiesburg",
    "Dahlonega", "Apalachicola", "Yazoo City", "Mountain Home", "Walla Walla", "Astoria", "Winnemucca",
    "Tonopah", "Truth or Consequences", "Alamosa", "Sheridan", "Spearfish", "Minot", "Ely", "Decorah",
    "Kirksville", "Emporia", "Guymon", "Marfa", "Alpine", "Eureka Springs", "Houghton", "Marquette",
    "New Ulm", "Baraboo", "Galena", "Vincennes", "Chillicothe", "Lewes", "Cape May", "Mystic", "Woonsocket",
    "Bar Harbor", "Greenfield", "Pittsfield", "Gloucester", "Nantucket", "Fall River", "Taunton", "Keene",
    "Laconia", "Berlin", "Plattsburgh", "Elmira", "Bethel", "Nome", "Kalispell", "Driggs", "Kanab",
]
NEIGHBORHOODS = ["Dorchester", "Jamaica Plain", "Roxbury", "Mattapan", "East Boston", "Chinatown", "Fishtown",
                 "Hyde Park", "the Ironbound", "Five Points", "Little Haiti", "Over-the-Rhine"]
COUNTIES = ["Aroostook County", "Washington County", "Coos County", "Lamoille County", "Berkshire County",
            "Essex County", "Hidalgo County", "Navajo County", "Otsego County", "Door County"]
LANDMARKS = ["Acadia National Park", "Mount Monadnock", "Lake Winnipesaukee", "Fenway Park", "Walden Pond",
             "Martha's Vineyard", "Nantucket Island", "Mount Washington", "Quabbin Reservoir", "Kodiak Island",
             "Block Island", "Boston Common", "the Blue Hills Reservation", "Cape Ann", "Mackinac Island"]
STATES = ["ME", "NH", "VT", "MA", "RI", "CT", "NY", "PA", "OH", "KY", "LA", "MS", "GA", "FL", "TX", "OR", "WA",
          "NV", "NM", "CO", "WY", "SD", "ND", "IA", "MO", "KS", "OK", "AR", "MI", "MN", "WI", "IL", "IN", "AK"]
STATE_NAMES = ["Maine", "Vermont", "Ohio", "Texas", "Oregon", "Georgia", "Florida", "New Mexico", "Iowa",
               "Montana", "Kentucky", "Alaska", "Hawaii", "Nevada"]
COUNTRIES = ["Haiti", "Cape Verde", "Vietnam", "Brazil", "Ireland", "Poland", "Nigeria", "Guatemala",
             "the Dominican Republic", "Portugal", "India", "Somalia", "Ukraine", "El Salvador"]

ORGS = [
    "St. Brendan's Hospital", "Pinewood Manor Nursing Home", "Harborview Rehabilitation Center",
    "Quest Diagnostics", "Bath Iron Works", "Lincoln Elementary School", "Our Lady of Mercy Church",
    "Rosie's Place", "Visiting Nurse Association of the North Shore", "Kennebec Valley Medical Center",
    "Maple Crest Skilled Nursing", "Walgreens", "CVS Pharmacy", "Riverside Family Health Center",
    "Hebrew Rehabilitation Center", "Good Shepherd Hospice", "Pine Street Inn", "Elm Hill Assisted Living",
    "Northeast Dialysis Associates", "Caribou Regional Hospital", "Mercy Home Care", "Granite State Orthopedics",
    "Seacoast Cardiology Group", "Holy Trinity Greek Orthodox Church", "Merrimack Valley Food Bank",
    "Lowell Community Health Center", "Sunrise Senior Living", "Blue Ridge Behavioral Health",
    "Department of Children and Families", "UPS", "Stop & Shop", "Dartmouth Middle School",
    "Fairhaven Council on Aging", "Tri-County Ambulance", "LabCorp", "Meals on Wheels",
    "Green Mountain Dialysis", "Cedar Ridge SNF", "Bayside Pediatrics", "Hillcrest Methadone Clinic",
]
ORG_KINDS = {
    "care": ["St. Brendan's Hospital", "Pinewood Manor Nursing Home", "Harborview Rehabilitation Center",
             "Kennebec Valley Medical Center", "Maple Crest Skilled Nursing", "Riverside Family Health Center",
             "Hebrew Rehabilitation Center", "Good Shepherd Hospice", "Elm Hill Assisted Living",
             "Northeast Dialysis Associates", "Caribou Regional Hospital", "Mercy Home Care",
             "Granite State Orthopedics", "Seacoast Cardiology Group", "Lowell Community Health Center",
             "Sunrise Senior Living", "Blue Ridge Behavioral Health", "Green Mountain Dialysis", "Cedar Ridge SNF",
             "Bayside Pediatrics", "Hillcrest Methadone Clinic", "Visiting Nurse Association of the North Shore",
             "Quest Diagnostics", "LabCorp"],
    "emp": ["Bath Iron Works", "UPS", "Stop & Shop", "Lincoln Elementary School", "Dartmouth Middle School",
            "Tri-County Ambulance", "Pemberton Lumber Co.", "Haddad Brothers Roofing", "Gorton's seafood plant"],
    "pharm": ["Walgreens", "CVS Pharmacy", "Rite Aid", "Kinney Drugs", "Hannaford Pharmacy"],
    "comm": ["Our Lady of Mercy Church", "Rosie's Place", "Pine Street Inn", "Holy Trinity Greek Orthodox Church",
             "Merrimack Valley Food Bank", "Fairhaven Council on Aging", "Meals on Wheels",
             "Department of Children and Families", "Bethel AME Church", "Salvation Army"],
}
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "outlook.com", "aol.com",
                 "kvmc.org", "seacoastcardio.net", "protonmail.com", "icloud.com", "verizon.net"]
URL_HOSTS = ["www.seacoastcardiology.org", "portal.kennebecvalleyhealth.net", "mychart.stbrendans.org",
             "caringbridge.org", "www.gofundme.com", "telehealth.granitestateortho.com", "pinewoodmanor.com",
             "www.riversidefhc.org", "bit.ly", "drive.google.com", "patientportal.caribouregional.org",
             "www.facebook.com", "zoom.us"]


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _a(r, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(n))


def _an(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def v_first(r):
    return r.choice(FIRST)


def v_last(r):
    return r.choice(LAST)


def v_person(r, style=None):
    f, last = r.choice(FIRST), r.choice(LAST)
    style = style or r.choice(["fl", "fl", "lf", "fml", "il", "caps", "lower", "fl", "nick", "initials"])
    if style == "fl":
        return f"{f} {last}"
    if style == "lf":
        return f"{last}, {f}"
    if style == "fml":
        return f"{f} {r.choice('ABCDEGHJKLMRST')}. {last}"
    if style == "il":
        return f"{f[0]}. {last}"
    if style == "caps":
        return f"{last.upper()}, {f.upper()}"
    if style == "lower":
        return f"{f.lower()} {last.lower()}"
    if style == "nick":
        return f'{f} "{r.choice(NICK)}" {last}'
    if style == "initials":
        return f"{f[0]}.{last[0]}."
    return f"{f} {last}"


def v_location(r):
    x = r.random()
    if x < 0.62:
        return r.choice(TOWNS)
    if x < 0.74:
        return r.choice(NEIGHBORHOODS).replace("the ", "")
    if x < 0.86:
        return r.choice(COUNTIES)
    return r.choice(LANDMARKS).replace("the ", "")


def v_org(r):
    return r.choice(ORGS)


def v_phone(r):
    a, b, c = f"{r.choice('2345789')}{_d(r, 2)}", "555", _d(r, 4)
    fmt = r.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "1-{a}-{b}-{c}",
                    "({a}){b}-{c}", "{a}/{b}-{c}", "{b}-{c}", "{a} {b} {c}", "({a}) {b}-{c} x{e}"])
    return fmt.format(a=a, b=b, c=c, e=_d(r, 3))


def v_pager(r):
    return r.choice([f"{_d(r, 1)}-{_d(r, 4)}", _d(r, 5), f"{_d(r, 3)}-{_d(r, 4)}", _d(r, 4),
                     f"(6{_d(r, 2)}) 555-{_d(r, 4)}"])


def v_email(r):
    f, last = r.choice(FIRST), r.choice(LAST)
    f = re.sub(r"[^a-z]", "", f.lower().replace("ś", "s").replace("é", "e")) or "pat"
    last = re.sub(r"[^a-z]", "", last.lower().replace("ø", "o").replace("ś", "s").replace("ó", "o")) or "doe"
    user = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{last}_{f}{_d(r, 2)}", f"{f}{_d(r, 4)}",
                     f"{last}.{f[0]}", f"{f}-{last}"])
    e = f"{user}@{r.choice(EMAIL_DOMAINS)}"
    return e.upper() if r.random() < 0.1 else e


def v_url(r):
    host = r.choice(URL_HOSTS)
    tail = r.choice(["", "", "/referrals", f"/pt/{_d(r, 6)}", "/forms/intake", f"/s/{_an(r, 7).lower()}",
                     f"/visit?id={_d(r, 8)}", "/heartfailure-diary"])
    pre = r.choice(["", "", "https://", "http://", "https://"])
    if host in ("bit.ly", "zoom.us", "drive.google.com") and not tail:
        tail = f"/{_an(r, 6).lower()}"
    return f"{pre}{host}{tail}"


def v_ip(r):
    x = r.random()
    if x < 0.6:
        first = r.choice(["10", "172", "192", "198", "100", "66", "131"])
        second = {"172": str(r.randint(16, 31)), "192": "168"}.get(first, str(r.randint(0, 254)))
        return f"{first}.{second}.{r.randint(0, 254)}.{r.randint(1, 254)}"
    if x < 0.8:
        return f"2001:db8:{_hex(r, 4)}:{_hex(r, 2)}::{_hex(r, 2)}"
    return f"fe80::{_hex(r, 4)}:{_hex(r, 4)}:{_hex(r, 4)}:{_hex(r, 4)}"


def _hex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n)).lstrip("0") or "1"


def v_ssn(r):
    a, b, c = f"{r.randint(101, 665):03d}", f"{r.randint(10, 99):02d}", f"{r.randint(1001, 9998):04d}"
    return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}"])


def v_mrn(r):
    return r.choice([_d(r, 8), _d(r, 7), f"{_d(r, 4)}-{_d(r, 3)}", f"BH-{_d(r, 7)}",
                     f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}", f"M{_d(r, 9)}",
                     f"{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}", f"KV{_d(r, 6)}"])


def v_account(r):
    return r.choice([_d(r, 9), f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", f"E{_d(r, 7)}", f"V{_d(r, 2)}-{_d(r, 6)}",
                     f"CLM-{_d(r, 5)}-{r.choice('ABC')}", f"{_d(r, 2)}-{_d(r, 5)}", f"HAR{_d(r, 8)}",
                     f"INV{_d(r, 6)}"])


def v_plan(r):
    mbi = f"{r.randint(1, 9)}{_a(r, 1)}{_an(r, 1)}{_d(r, 1)}-{_a(r, 1)}{_an(r, 1)}{_d(r, 1)}-{_a(r, 2)}{_d(r, 2)}"
    return r.choice([f"{_a(r, 3)}{_d(r, 9)}", mbi, f"{_d(r, 8)}{_a(r, 1)}", f"{_d(r, 7)}",
                     f"{_a(r, 3)} {_d(r, 8)}", f"W{_d(r, 4)}-{_d(r, 5)}", f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 4)}A",
                     f"ZGP{_d(r, 6)}-0{_d(r, 1)}"])


def v_license(r, kind=None):
    kind = kind or r.choice(["dea", "npi", "med", "rn", "dl", "cert"])
    if kind == "dea":
        return f"{r.choice('ABFM')}{_a(r, 1)}{_d(r, 7)}"
    if kind == "npi":
        return f"1{_d(r, 9)}"
    if kind == "med":
        return r.choice([_d(r, 6), f"MD{_d(r, 5)}", f"{_d(r, 2)}-{_d(r, 5)}"])
    if kind == "rn":
        return r.choice([f"RN-{_d(r, 7)}", f"RN{_d(r, 6)}", f"{_d(r, 7)}"])
    if kind == "dl":
        return r.choice([f"S{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}", f"{_a(r, 1)}{_d(r, 8)}",
                         f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"])
    return r.choice([f"CPR-{_d(r, 5)}", f"C{_d(r, 7)}", f"{_a(r, 2)}{_d(r, 6)}"])


def v_zip(r):
    z = f"{r.choice('0012345689')}{_d(r, 4)}"
    return f"{z}-{_d(r, 4)}" if r.random() < 0.25 else z


STREETS = ["Old County Rd", "Linden St", "Kestrel Ave", "Maple Ct", "Route 9", "Harbor View Dr", "Quarry Ln",
           "Pleasant St", "Elm Terrace", "Birch Hill Rd", "Water Street", "Ridge Pike", "Bayou Ln", "Main St",
           "Commercial St", "Cranberry Hwy", "Sycamore Blvd", "Tenney Rd", "Frog Hollow Road", "Wabash Ave"]


def v_street(r):
    n = r.randint(2, 4999)
    s = r.choice(STREETS)
    return r.choice([f"{n} {s}", f"{n} {s}", f"{n} N. {s}", f"PO Box {r.randint(10, 2999)}",
                     f"Apt {r.randint(1, 40)}{r.choice('ABCD')}, {n} {s}",
                     f"RR {r.randint(1, 6)} Box {r.randint(10, 400)}", f"{n} {s}, Unit {r.randint(1, 30)}",
                     f"{n}-{r.randint(1, 9)} {s}", f"P.O. Box {r.randint(10, 999)}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ord(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def v_date(r, lo=1990, hi=2029):
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    mn = MONTHS[m - 1]
    fmts = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y % 100:02d}",
            f"{mn} {d}, {y}", f"{d} {mn[:3]} {y}", f"the {_ord(d)} of {mn} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{mn[:3]} {y}", f"{mn[:3]} '{y % 100:02d}", f"{d:02d}{mn[:3].upper()}{y}", f"{mn[:3]}. {_ord(d)}, {y}",
            f"{d:02d}.{m:02d}.{y}", f"{mn} {y}", f"{mn[:3]}-{d}-{y}"]
    return r.choice(fmts)


def v_dob(r):
    return v_date(r, 1924, 2004)


def v_age(r):
    n = r.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
    if n in words and r.random() < 0.2:
        return words[n].capitalize() if r.random() < 0.3 else words[n]
    return str(n)


def v_device(r):
    return r.choice([f"{_d(r, 4)}-{_d(r, 5)}", f"{_a(r, 3)}{_d(r, 6)}{_a(r, 1)}", _d(r, 7), f"{_an(r, 6)}",
                     f"(01)00{_d(r, 12)}(17){_d(r, 6)}(10){_an(r, 5)}", f"ZR{_d(r, 7)}", f"SN{_d(r, 9)}",
                     f"+H{_an(r, 4)}{_d(r, 6)}/$${_an(r, 6)}", f"{_an(r, 3)}-{_d(r, 6)}"])


def v_vehicle(r):
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vin = "".join(r.choice("12345JKLW")) + "".join(r.choice(vin_chars) for _ in range(16))
    return r.choice([vin, f"{_d(r, 1)}{_a(r, 3)}{_d(r, 3)}", f"{_a(r, 3)}-{_d(r, 4)}", f"{_a(r, 2)} {_d(r, 4)}",
                     f"{_d(r, 3)} {_a(r, 3)}", f"{_a(r, 3)}{_d(r, 4)}", vin])


GEN = {
    "PHONE": v_phone, "FAX": v_phone, "PAGER": v_pager, "EMAIL": v_email, "URL": v_url, "IP_ADDRESS": v_ip,
    "SSN": v_ssn, "MRN": v_mrn, "ACCOUNT": v_account, "HEALTH_PLAN": v_plan, "LICENSE": v_license,
    "ZIP": v_zip, "STREET_ADDRESS": v_street, "DATE_REAL_YEAR": v_date, "AGE_OVER_89": v_age,
    "DEVICE_ID": v_device, "VEHICLE_ID": v_vehicle, "PERSON": v_person, "LOCATION": v_location,
    "ORGANIZATION": v_org,
}

# --------------------------------------------------------------------------------------------------
# slot machinery: a template holds \x02N\x03 tokens; each renders as its value (planted) or ___ (masked)

_TOK = re.compile(r"\x02(\d+)\x03")


class _Ctx:
    def __init__(self, r: random.Random):
        self.r = r
        self.slots: list[tuple[str, str]] = []
        self.planted: set[int] = set()
        self.rad = False

    def s(self, cat: str, value: str | None = None) -> str:
        if value is None:
            value = GEN[cat](self.r)
        self.slots.append((cat, value))
        return f"\x02{len(self.slots) - 1}\x03"

    # short helpers
    def person(self, style=None):
        return self.s("PERSON", v_person(self.r, style))

    def last(self):
        return self.s("PERSON", v_last(self.r))

    def first(self):
        return self.s("PERSON", v_first(self.r))


def _render(text: str, ctx: _Ctx) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    n = 0
    for m in _TOK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        idx = int(m.group(1))
        cat, value = ctx.slots[idx]
        if idx in ctx.planted:
            spans.append((n, n + len(value), cat))
            out.append(value)
            n += len(value)
        else:
            out.append("___")
            n += 3
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------------------------------------
# clinical content pools (non-PHI; many distractors)

EPONYM_LINES = [
    "Foley catheter removed on hospital day 2; voiding spontaneously.",
    "Swan-Ganz catheter placed in the cath lab; PCWP 24.",
    "Glasgow Coma Scale 15 on arrival, 14 on recheck (E4V4M6).",
    "Hunt and Hess grade 2, Fisher grade 3.",
    "Babinski downgoing bilaterally.",
    "Murphy sign positive on exam.",
    "Epley maneuver performed at bedside with partial relief.",
    "Positive Trendelenburg sign on the right.",
    "Allen test normal prior to radial access.",
    "History of Barrett esophagus on surveillance EGD.",
    "Known Crohn disease, last flare years ago, on vedolizumab.",
    "Remote Hodgkin lymphoma s/p ABVD and mantle radiation.",
    "Concern for Wernicke encephalopathy; thiamine 500 mg IV TID started.",
    "Wernicke-Korsakoff syndrome considered given confabulation.",
    "Hashimoto thyroiditis on levothyroxine.",
    "Graves disease s/p RAI ablation.",
    "Addison disease on hydrocortisone and fludrocortisone; stress dose given.",
    "Cushing syndrome work-up deferred to outpatient endocrinology.",
    "Bell palsy on the left, improving.",
    "Lewy body dementia per neurology; avoid haloperidol.",
    "Parkinson disease on carbidopa-levodopa 25/100 TID; home timing strictly maintained.",
    "Alzheimer dementia, moderate, oriented to self only at baseline.",
    "Whipple procedure remotely for IPMN.",
    "Heimlich maneuver performed by family prior to EMS arrival.",
    "Kernig and Brudzinski signs negative.",
    "Homan sign negative; Wells score 1.",
    "Romberg positive, Dix-Hallpike negative.",
    "Tinel and Phalen signs positive at the right wrist.",
    "Chvostek sign negative.",
    "Guillain-Barre syndrome ruled out; LP with normal protein.",
    "Takotsubo cardiomyopathy considered; LV apical ballooning on echo.",
    "Mallory-Weiss tear seen on EGD, no intervention.",
    "Roux-en-Y gastric bypass in remote past.",
    "Nissen fundoplication remotely.",
    "Meckel diverticulum incidentally noted.",
    "Charcot foot on the left, offloaded in CAM boot.",
]
SCORE_LINES = [
    "CHA2DS2-VASc score 4; HAS-BLED 2.", "MELD-Na 18 on admission.", "NIHSS 3 on arrival, 1 at discharge.",
    "Wells score 4.5 (PE likely).", "CURB-65 of 2.", "TIMI risk score 3.", "Child-Pugh class B.",
    "PHQ-9 of 14.", "CIWA scores peaked at 16; required 3 doses of diazepam.", "Braden score 14.",
    "HEART score 5.", "GRACE score 132.", "APGAR n/a.", "Morse fall score 65 (high risk).",
    "MoCA 21/30.", "qSOFA 2 at triage.", "ECOG performance status 1.", "Padua score 5; on SC heparin.",
]
DEVICE_BRAND_LINES = [
    "Medtronic dual-chamber pacemaker interrogated: normal function, 3% V-paced.",
    "Boston Scientific ICD, no therapies delivered since last check.",
    "Abbott (St. Jude) CRT-D; battery 6.5 years remaining.",
    "Uses Dexcom G7 CGM; time in range 58%.",
    "Omnipod 5 insulin pump, basal 0.8 units/h; pump suspended on admission.",
    "Home CPAP 10 cm H2O via ResMed AirSense, adherent.",
    "Watchman left atrial appendage occluder in place.",
    "Impella CP removed on day 3.", "Inogen portable oxygen concentrator 2 L.",
    "Tandem t:slim X2 pump; settings reviewed with endocrine.",
    "Zoll LifeVest prescribed at discharge.",
]

CASES = [
    dict(svc="MEDICINE", cc="shortness of breath", proc="None",
         hpi="presents with 5 days of progressive dyspnea on exertion, orthopnea (3 pillows), PND and 8 lb weight "
             "gain. Ran out of furosemide last week. In the ED BP 168/94, HR 104, SpO2 89% RA. BNP 2,340.",
         pmh=["HFrEF (EF 25%)", "Atrial fibrillation on apixaban", "CKD stage 3b", "Type 2 diabetes mellitus"],
         course="# Acute on chronic systolic heart failure: diuresed with IV furosemide 80 mg BID with net "
                "negative 6.2 L. Transitioned to torsemide 40 mg daily. Discharge weight 81.4 kg.\n"
                "# AFib: rate controlled on metoprolol succinate 100 mg daily; continued apixaban 5 mg BID.\n"
                "# CKD: Cr peaked at 2.1 with diuresis, 1.8 at discharge (baseline 1.7-1.9).",
         dx="Acute on chronic systolic congestive heart failure"),
    dict(svc="SURGERY", cc="RUQ pain", proc="Laparoscopic cholecystectomy",
         hpi="presents with 2 days of RUQ pain radiating to the right scapula after fatty meals, with nausea and "
             "one episode of emesis. Murphy sign positive. RUQ ultrasound with gallbladder wall thickening to 5 mm "
             "and pericholecystic fluid.",
         pmh=["Obesity (BMI 36)", "GERD", "Hypothyroidism"],
         course="Patient taken to the OR for laparoscopic cholecystectomy, uncomplicated. Diet advanced to "
                "regular on POD1. Pain controlled with oral acetaminophen and oxycodone 5 mg PRN. JP drain removed.",
         dx="Acute calculous cholecystitis"),
    dict(svc="NEUROLOGY", cc="left-sided weakness", proc="IV tPA; mechanical thrombectomy (TICI 2b)",
         hpi="was last known well at 07:45 when family noted facial droop and left arm weakness. NIHSS 11 on "
             "arrival. CTA with right M1 occlusion. Received alteplase at 09:10 and taken for thrombectomy.",
         pmh=["Hypertension", "Hyperlipidemia", "Paroxysmal atrial fibrillation (not anticoagulated)"],
         course="# Right MCA ischemic stroke: s/p tPA and thrombectomy with TICI 2b recanalization. NIHSS 3 at "
                "discharge. MRI with right insular and frontal opercular infarcts. Started apixaban on day 5 "
                "after repeat head CT without hemorrhagic transformation.\n# Dysphagia: passed bedside swallow, "
                "advanced to soft solids by speech pathology.",
         dx="Acute ischemic stroke, right MCA territory"),
    dict(svc="ORTHOPAEDICS", cc="right hip pain after fall", proc="Right hip hemiarthroplasty",
         hpi="mechanical fall at home while reaching for a walker; unable to bear weight. Right leg shortened "
             "and externally rotated. Films with displaced right femoral neck fracture (Garden IV).",
         pmh=["Osteoporosis", "Atrial fibrillation", "Hypertension", "Macular degeneration"],
         course="Underwent right hip hemiarthroplasty on hospital day 1 without complication. WBAT RLE with "
                "posterior hip precautions. Lovenox 40 mg SC daily x 4 weeks. Worked with PT/OT.",
         dx="Right femoral neck fracture"),
    dict(svc="MEDICINE", cc="fever, dysuria", proc="None",
         hpi="with 3 days of dysuria, frequency and fevers to 102.6F, then confusion per family. In the ED "
             "lactate 3.4, WBC 18.2, UA with >182 WBC, nitrite positive. Received 30 mL/kg LR and ceftriaxone.",
         pmh=["Recurrent UTIs", "Type 2 diabetes", "Neurogenic bladder"],
         course="# Sepsis from pyelonephritis: urine culture grew E. coli (pan-sensitive except ampicillin). "
                "Narrowed to PO cefpodoxime to complete 10 days. Renal US without hydronephrosis.\n"
                "# Metabolic encephalopathy: resolved with treatment of infection.",
         dx="Sepsis due to E. coli pyelonephritis"),
    dict(svc="MEDICINE", cc="hematemesis", proc="EGD with clipping of duodenal ulcer",
         hpi="presents with coffee-ground emesis and melena for 1 day while taking ibuprofen 800 mg TID for back "
             "pain. Hgb 6.9 from baseline 12. Glasgow-Blatchford score 12.",
         pmh=["Chronic low back pain", "Alcohol use disorder", "Hypertension"],
         course="# Upper GI bleed: transfused 3 units pRBC. EGD showed 1.5 cm duodenal bulb ulcer with visible "
                "vessel (Forrest IIa), treated with epinephrine and 2 clips. H. pylori biopsy positive; started "
                "quadruple therapy. PPI 40 mg BID x 8 weeks.\n# EtOH use: CIWA protocol, no withdrawal.",
         dx="Upper gastrointestinal hemorrhage from duodenal ulcer"),
    dict(svc="CARDIOTHORACIC", cc="exertional chest pressure", proc="CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)",
         hpi="with 2 months of exertional chest pressure. Stress test positive; cath showed 3-vessel CAD "
             "with 90% proximal LAD, 80% OM1 and 85% RCA lesions. Referred for surgical revascularization.",
         pmh=["CAD", "Type 2 diabetes on insulin", "PVD", "Former smoker (40 pack-years, quit 2009)"],
         course="Underwent CABG x3 on hospital day 2. Extubated POD0. Chest tubes removed POD2, pacing wires "
                "POD3. Post-op AFib on POD2 treated with amiodarone; converted to sinus. Lasix diuresis to "
                "pre-op weight.",
         dx="Coronary artery disease s/p CABG"),
    dict(svc="MEDICINE", cc="confusion", proc="Paracentesis (4 L)",
         hpi="brought in by wife for 2 days of confusion and somnolence. Known alcohol-related cirrhosis "
             "complicated by ascites. Asterixis on exam. MELD-Na 24. Diagnostic para without SBP.",
         pmh=["Alcohol-associated cirrhosis", "Esophageal varices s/p banding", "Depression"],
         course="# Hepatic encephalopathy: lactulose titrated to 3-4 BMs daily, rifaximin 550 mg BID added. "
                "Mental status at baseline by day 3.\n# Ascites: therapeutic paracentesis 4 L with albumin.",
         dx="Hepatic encephalopathy; decompensated cirrhosis"),
    dict(svc="OBSTETRICS/GYNECOLOGY", cc="pelvic pain", proc="Laparoscopic right salpingo-oophorectomy",
         hpi="G2P1 with sudden onset right lower quadrant pain and vomiting. Pelvic US with 7 cm right adnexal "
             "mass and absent flow, concerning for torsion. beta-hCG negative.",
         pmh=["Endometriosis", "Migraine without aura"],
         course="Taken emergently to the OR; torsed necrotic right ovary removed. Pathology: mature cystic "
                "teratoma. Tolerating regular diet, voiding, ambulating.",
         dx="Right adnexal torsion, mature cystic teratoma"),
    dict(svc="PSYCHIATRY", cc="suicidal ideation", proc="None",
         hpi="presents after telling a coworker about a plan to overdose on stored acetaminophen. Recent job "
             "loss, worsening insomnia. PHQ-9 of 22. Denies homicidal ideation.",
         pmh=["Major depressive disorder, recurrent", "Generalized anxiety disorder", "Cannabis use"],
         course="Admitted on a voluntary basis. Sertraline titrated to 150 mg daily; mirtazapine 15 mg QHS for "
                "sleep. Participated in groups. Safety plan completed; firearms none in home per family.",
         dx="Major depressive disorder, severe, without psychotic features"),
    dict(svc="MEDICINE", cc="hyperglycemia", proc="None",
         hpi="with polyuria, polydipsia and abdominal pain for 3 days after missing insulin doses. Glucose 612, "
             "anion gap 28, beta-hydroxybutyrate 7.1, pH 7.08.",
         pmh=["Type 1 diabetes since age 11", "Gastroparesis", "Celiac disease"],
         course="# DKA: insulin drip per protocol with gap closure in 14 hours; transitioned to glargine 22 units "
                "QHS and lispro sliding scale. Endocrine saw patient; diabetes education done.\n# Hypokalemia: "
                "repleted, K 4.0 at discharge.",
         dx="Diabetic ketoacidosis"),
    dict(svc="TRAUMA SURGERY", cc="motor vehicle collision", proc="Exploratory laparotomy, splenectomy",
         hpi="restrained driver in a high-speed MVC with prolonged extrication. FAST positive in LUQ. "
             "Hypotensive to 78/40 en route; received 2 units of uncrossmatched blood.",
         pmh=["None known"],
         course="Taken emergently for ex-lap with splenectomy for grade IV splenic laceration. Left rib fractures "
                "5-8 managed with serratus anterior catheter and incentive spirometry. Post-splenectomy vaccines "
                "given prior to discharge.",
         dx="Grade IV splenic laceration; left rib fractures 5-8"),
    dict(svc="MEDICINE", cc="cough and fever", proc="None",
         hpi="with 4 days of productive cough, pleuritic left chest pain, fevers and rigors. CXR with LLL "
             "consolidation. CURB-65 of 2. Legionella and pneumococcal urine antigens negative.",
         pmh=["COPD (FEV1 48% predicted)", "Tobacco use, active", "Hypertension"],
         course="# CAP: treated with ceftriaxone and azithromycin, then PO cefpodoxime for a 5-day total course. "
                "Weaned from 4 L to room air.\n# COPD: prednisone 40 mg x 5 days, nebulizers; smoking cessation "
                "counseling, nicotine patch 21 mg.",
         dx="Community-acquired pneumonia, left lower lobe"),
    dict(svc="NEUROSURGERY", cc="worst headache of life", proc="Coil embolization of AComm aneurysm; EVD placement",
         hpi="sudden thunderclap headache while lifting weights followed by brief LOC. CT with diffuse SAH. "
             "Hunt and Hess grade 3, modified Fisher 3. CTA with 6 mm anterior communicating artery aneurysm.",
         pmh=["Polycystic kidney disease", "Hypertension"],
         course="Aneurysm coiled on day 1; EVD placed for hydrocephalus and weaned by day 10. Nimodipine x 21 "
                "days. TCDs monitored for vasospasm; mild vasospasm day 7 treated with induced hypertension.",
         dx="Aneurysmal subarachnoid hemorrhage"),
    dict(svc="MEDICINE", cc="syncope", proc="Dual-chamber pacemaker implantation",
         hpi="with two syncopal episodes without prodrome. ECG with complete heart block, ventricular escape "
             "rate 38. PR not measurable, QRS 142 ms.",
         pmh=["Hypertension", "Hypothyroidism", "Lumbar spinal stenosis"],
         course="Temporary transvenous wire placed in the cath lab, then permanent dual-chamber pacemaker on day "
                "2. Device check normal. Arm precautions reviewed.",
         dx="Complete heart block s/p dual-chamber pacemaker"),
    dict(svc="UROLOGY", cc="flank pain", proc="Cystoscopy, left ureteral stent placement",
         hpi="with left flank pain, hematuria and fever to 101.8F. CT with 8 mm obstructing left UVJ stone and "
             "moderate hydronephrosis.",
         pmh=["Nephrolithiasis", "Gout"],
         course="Urgent decompression with left ureteral stent; purulent urine noted. Treated with ceftriaxone "
                "then ciprofloxacin based on sensitivities. Will return for ureteroscopy in 2-3 weeks.",
         dx="Obstructing left ureteral stone with infection"),
    dict(svc="MEDICINE", cc="leg swelling", proc="None",
         hpi="with 1 week of left calf swelling after a long car trip, now with pleuritic chest pain. Wells "
             "score 6. CTA chest with bilateral segmental PE; RV/LV ratio 0.9. Troponin negative.",
         pmh=["Oral contraceptive use", "Migraine"],
         course="# PE/DVT: started heparin drip, transitioned to apixaban 10 mg BID x 7 days then 5 mg BID. "
                "Lower extremity duplex with left popliteal DVT. OCP discontinued; gyn follow-up for alternative.",
         dx="Acute bilateral pulmonary emboli; left popliteal DVT"),
    dict(svc="ONCOLOGY", cc="neutropenic fever", proc="PICC placement",
         hpi="on cycle 3 of FOLFOX for metastatic colon cancer presenting with fever 101.9F, ANC 120. "
             "Blood cultures drawn, cefepime started in ED.",
         pmh=["Metastatic colon adenocarcinoma (liver mets)", "Port-a-cath in place", "DVT 2 years ago"],
         course="# Neutropenic fever: blood cultures grew coagulase-negative staph in 1/4 bottles, felt "
                "contaminant. Afebrile x 48h, ANC recovered to 1,400. Filgrastim given.\n# Mucositis: magic "
                "mouthwash, diet advanced.",
         dx="Febrile neutropenia"),
    dict(svc="VASCULAR SURGERY", cc="non-healing toe wound", proc="Right SFA angioplasty and stent; 2nd toe amputation",
         hpi="with a 6-week non-healing ulcer of the right 2nd toe and rest pain. ABI 0.42 on the right. "
             "Angiography with long-segment SFA occlusion.",
         pmh=["PAD", "Type 2 diabetes", "ESRD on HD (MWF)", "CAD s/p PCI"],
         course="Underwent right SFA angioplasty/stent followed by 2nd toe amputation on day 4. Dialysis "
                "continued per home schedule. Wound VAC not required. Podiatry to follow.",
         dx="Critical limb ischemia, right lower extremity"),
    dict(svc="MEDICINE", cc="weakness, poor PO intake", proc="None",
         hpi="with 1 week of generalized weakness and poor oral intake. Sodium 118, serum osm 248, urine osm 520, "
             "urine Na 48. Recently started on hydrochlorothiazide and sertraline.",
         pmh=["Hypertension", "Depression", "Osteoarthritis"],
         course="# Hyponatremia: HCTZ and sertraline held; fluid restriction 1.2 L, salt tabs. Na corrected "
                "slowly (<8 mEq/L per 24h) to 131 at discharge.",
         dx="Hyponatremia, multifactorial (thiazide, SIADH)"),
    dict(svc="MEDICINE", cc="alcohol withdrawal", proc="None",
         hpi="presents with tremor, diaphoresis and visual hallucinations 36 hours after last drink. History of "
             "withdrawal seizures. CIWA 24 on arrival.",
         pmh=["Alcohol use disorder", "Alcohol withdrawal seizures", "Hepatic steatosis"],
         course="# EtOH withdrawal: phenobarbital load in the ICU, transitioned to the floor on day 3. Thiamine, "
                "folate, multivitamin. Naltrexone started; addiction consult.",
         dx="Severe alcohol withdrawal"),
    dict(svc="GENERAL SURGERY", cc="abdominal pain, distension", proc="Exploratory laparotomy, lysis of adhesions",
         hpi="with obstipation, bilious emesis and abdominal distension. Prior open appendectomy and hysterectomy. "
             "CT with transition point in the mid-ileum. NGT placed.",
         pmh=["Prior abdominal surgeries", "Hypertension"],
         course="Failed 48h of conservative management with NGT decompression and gastrografin challenge; taken "
                "for ex-lap with lysis of adhesions, no bowel resection. Return of flatus POD3.",
         dx="Adhesive small bowel obstruction"),
]
PMH_EXTRA = ["Hypertension", "Hyperlipidemia", "GERD", "Obstructive sleep apnea on CPAP", "Osteoarthritis",
             "Benign prostatic hyperplasia", "Anemia of chronic disease", "Glaucoma", "Migraine", "Gout",
             "s/p appendectomy", "s/p TAH/BSO", "Chronic kidney disease stage 3a", "Asthma", "Psoriasis",
             "Spinal stenosis", "Peripheral neuropathy", "s/p right TKA", "Anxiety", "Hypothyroidism",
             "Diverticulosis", "Iron deficiency anemia", "Vitamin D deficiency", "Pre-diabetes (A1c 6.1)"]
MEDS = ["Metoprolol succinate 50 mg PO DAILY", "Atorvastatin 40 mg PO QPM", "Lisinopril 10 mg PO DAILY",
        "Apixaban 5 mg PO BID", "Furosemide 40 mg PO DAILY", "Metformin 1000 mg PO BID",
        "Insulin glargine 18 Units SC QHS", "Levothyroxine 88 mcg PO DAILY", "Omeprazole 20 mg PO DAILY",
        "Acetaminophen 650 mg PO Q6H:PRN pain", "Senna 8.6 mg PO BID:PRN constipation", "Docusate 100 mg PO BID",
        "Tamsulosin 0.4 mg PO QHS", "Aspirin 81 mg PO DAILY", "Clopidogrel 75 mg PO DAILY",
        "Amlodipine 5 mg PO DAILY", "Gabapentin 300 mg PO TID", "Sertraline 100 mg PO DAILY",
        "Albuterol inhaler 2 PUFF IH Q4H:PRN wheeze", "Tiotropium 18 mcg IH DAILY", "Polyethylene glycol 17 g PO DAILY",
        "Oxycodone 5 mg PO Q4H:PRN severe pain", "Carvedilol 12.5 mg PO BID", "Spironolactone 25 mg PO DAILY",
        "Lactulose 30 mL PO TID", "Rifaximin 550 mg PO BID", "Warfarin 5 mg PO DAILY16",
        "Vitamin D3 1000 UNIT PO DAILY",
        "Cyanocobalamin 1000 mcg PO DAILY", "Enoxaparin 40 mg SC DAILY", "Pantoprazole 40 mg PO Q12H",
        "Donepezil 10 mg PO QHS", "Carbidopa-Levodopa (25-100) 1 TAB PO TID", "Allopurinol 100 mg PO DAILY",
        "Nicotine Patch 21 mg TD DAILY", "Thiamine 100 mg PO DAILY", "Folic Acid 1 mg PO DAILY"]
ALLERGIES = ["No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
             "Codeine / morphine", "lisinopril (angioedema)", "Iodinated Contrast Media - IV Dye", "Latex",
             "Patient recorded as having No Known Allergies to Drugs", "shellfish / Levaquin", "Vancomycin (red man)"]
DISPO = ["Home", "Home With Service", "Extended Care", "Home with Service", "Home", "Extended Care"]


LONG_COURSE = [
    "# Acute kidney injury: Creatinine rose from 1.1 to 2.4 on hospital day 3 in the setting of contrast load and "
    "diuresis. FeNa 0.6%, consistent with prerenal physiology. Diuretics were held, lisinopril was held, and the "
    "patient received 1 L of LR with improvement of creatinine to 1.3 by discharge. Urine sediment without casts. "
    "Renal ultrasound without hydronephrosis. Lisinopril to be restarted by PCP if creatinine stable.",
    "# Delirium: Patient developed hypoactive delirium on hospital night 2, likely multifactorial from infection, "
    "sleep disruption and opioids. Managed with non-pharmacologic measures including frequent reorientation, "
    "glasses and hearing aids, lights on during the day, and minimizing overnight vitals. Oxycodone minimized. "
    "Quetiapine 12.5 mg QHS PRN was used twice. Mental status back to baseline per family by discharge.",
    "# Atrial fibrillation with RVR: HR to the 140s on hospital day 2 in the setting of fever. Given IV "
    "metoprolol 5 mg x3 and transitioned to metoprolol tartrate 25 mg q6h, consolidated to succinate 100 mg "
    "daily. CHA2DS2-VASc 5, HAS-BLED 2; after discussion of risks and benefits the patient elected to start "
    "apixaban 5 mg BID. TSH normal. TTE with LVEF 55%, moderate left atrial enlargement.",
    "# Type 2 diabetes: A1c 9.2%. Home metformin held while inpatient given contrast. Managed on glargine and "
    "Humalog sliding scale with fingersticks 140-260. Diabetes educator saw patient; discharged on glargine "
    "14 units QHS in addition to metformin, with new glucometer and supplies. Will need close follow-up.",
    "# Goals of care: Family meeting held with palliative care, the primary team, the patient and family. "
    "Patient expressed that her priorities are to remain at home and avoid further hospitalizations. Code "
    "status changed to DNR/DNI. MOLST completed and a copy given to the patient. Hospice information provided; "
    "family will consider enrollment after discharge.",
    "# Malnutrition: Moderate protein-calorie malnutrition per nutrition (albumin 2.6, 8% weight loss over 3 "
    "months). Ensure Enlive TID with meals, multivitamin daily. Calorie counts showed approximately 60% of "
    "needs met. Speech and swallow evaluation recommended thin liquids and regular solids.",
    "# Anemia: Hgb nadir 7.2 from baseline ~10. Iron studies consistent with iron deficiency (ferritin 9, TSAT "
    "6%). Received IV iron sucrose 200 mg x3. No overt bleeding; stool guaiac negative x1. Outpatient "
    "colonoscopy recommended as last one was more than 10 years ago.",
    "# Hypertension: BP elevated to 170s-180s on admission in the setting of pain. Home amlodipine continued, "
    "carvedilol uptitrated to 12.5 mg BID. BP 120s-140s at discharge. Recommend home BP log.",
    "# Pressure injury: Stage 2 sacral pressure injury present on admission, 2 x 3 cm. Wound care nursing "
    "consulted; Mepilex dressing, q2h turns, and air mattress. Will need continued wound care at rehab.",
    "# Fall: Patient had an unwitnessed fall on the floor on hospital day 4 while going to the bathroom. CT head "
    "and C-spine negative. No injuries. Bed alarm and fall precautions instituted. PT recommended rehab.",
    "# Hypokalemia/hypomagnesemia: Repleted aggressively with oral and IV potassium and magnesium in the setting "
    "of diuresis and poor PO intake. K 4.1 and Mg 2.0 at discharge.",
    "# Opioid use disorder: On methadone 90 mg daily, dose confirmed with the patient's clinic. Continued "
    "without interruption. Naloxone kit given at discharge. Harm reduction counseling provided.",
]
LONG_INSTR = [
    "WHAT TO DO AFTER YOU LEAVE THE HOSPITAL:\n- Take all of your medications as prescribed.\n- Attend all of your "
    "follow-up appointments listed below.\n- Weigh yourself every morning, before breakfast, and write it down.\n"
    "- Limit your salt intake to less than 2 grams per day and fluid to 1.5 liters per day.",
    "Please seek medical attention if you experience: chest pain, shortness of breath, fever greater than 101.5 F, "
    "chills, severe or worsening abdominal pain, vomiting that prevents you from keeping down fluids or "
    "medications, blood in your stool or black tarry stools, new weakness or numbness, or any other symptom that "
    "concerns you.",
    "Activity: No lifting more than 10 pounds for 6 weeks. No driving while on narcotic pain medication. You may "
    "climb stairs. Walk several times a day and gradually increase your activity. Incision care: you may shower; "
    "let soapy water run over the incision, rinse and pat dry. No tub baths or swimming for 4 weeks.",
    "Changes to your medications:\n- STOP taking ibuprofen.\n- START taking pantoprazole 40 mg twice daily.\n"
    "- CHANGE metoprolol to 50 mg daily.\n- Continue all other home medications as previously prescribed.",
]


def _lab_lines(r):
    t = f"{r.randint(1, 12):02d}:{r.randint(0, 59):02d}{r.choice(['AM', 'PM'])}"
    wbc = round(r.uniform(3, 19), 1)
    lines = [
        f"___ {t} BLOOD WBC-{wbc}{'*' if wbc > 11 or wbc < 4 else ''} RBC-{r.uniform(2.8, 5.2):.2f}* "
        f"Hgb-{r.uniform(7, 15.5):.1f}* Hct-{r.uniform(22, 46):.1f}* MCV-{r.randint(78, 102)} "
        f"MCH-{r.uniform(26, 34):.1f} MCHC-{r.uniform(31, 35):.1f} RDW-{r.uniform(12, 18):.1f}* "
        f"Plt {r.choice(['Ct-' + str(r.randint(90, 420)), '___', 'Ct-' + str(r.randint(20, 600)) + '*'])}",
        f"___ {t} BLOOD Glucose-{r.randint(70, 320)}* UreaN-{r.randint(8, 60)}* Creat-{r.uniform(0.5, 3.5):.1f}* "
        f"Na-{r.randint(126, 146)} K-{r.uniform(3.1, 5.6):.1f} Cl-{r.randint(92, 110)} HCO3-{r.randint(16, 30)} "
        f"AnGap-{r.randint(8, 22)}",
        f"___ {t} BLOOD PT-{r.uniform(10, 25):.1f}* PTT-{r.uniform(24, 60):.1f} INR(PT)-{r.uniform(0.9, 3.2):.1f}*",
        f"___ {t} BLOOD ALT-{r.randint(8, 240)} AST-{r.randint(10, 300)}* AlkPhos-{r.randint(40, 400)} "
        f"TotBili-{r.uniform(0.2, 6):.1f}",
        f"___ {t} BLOOD Calcium-{r.uniform(7.8, 10.6):.1f} Phos-{r.uniform(2, 5.5):.1f} Mg-{r.uniform(1.5, 2.6):.1f}",
        f"___ {t} BLOOD cTropnT-{r.choice(['<0.01', '0.03*', '0.45*', '1.12*'])} proBNP-{r.randint(80, 24000)}*",
        f"___ {t} BLOOD %HbA1c-{r.uniform(5.2, 12):.1f}* eAG-{r.randint(100, 300)}*",
        f"___ {t} BLOOD Lactate-{r.uniform(0.6, 6):.1f}",
        f"___ {t} BLOOD TSH-{r.uniform(0.1, 9):.2f} Free T4-{r.uniform(0.6, 2):.1f}",
        f"___ {t} URINE Color-Yellow Appear-{r.choice(['Clear', 'Hazy', 'Cloudy'])} Sp ___",
        f"___ {t} URINE Blood-{r.choice(['NEG', 'SM', 'MOD', 'LG'])} Nitrite-{r.choice(['NEG', 'POS'])} "
        f"Protein-{r.choice(['NEG', '30', '100'])} Glucose-NEG Ketone-NEG Leuks-{r.choice(['NEG', 'LG'])}",
        f"___ {t} BLOOD Ferritin-{r.randint(8, 1400)}* Iron-{r.randint(15, 160)} TIBC-{r.randint(200, 480)}",
        f"___ {t} BLOOD freeCa-{r.uniform(1.0, 1.3):.2f}",
        f"___ {t} BLOOD Type-ART pO2-{r.randint(55, 320)}* pCO2-{r.randint(28, 70)} pH-{r.uniform(7.1, 7.5):.2f} "
        f"calTCO2-{r.randint(16, 32)} Base XS-{r.randint(-8, 6)}",
    ]
    k = r.randint(3, 9)
    out = r.sample(lines, k)
    return out


def _ecg(r):
    return (f"ECG: {r.choice(['Sinus rhythm', 'Atrial fibrillation', 'Sinus tachycardia', 'Sinus bradycardia'])} "
            f"at {r.randint(48, 128)}, PR {r.randint(120, 220)} ms, QRS {r.randint(80, 150)} ms, "
            f"QTc {r.randint(400, 520)} ms, {r.choice(['no acute ST changes', 'LBBB', 'RBBB', 'TWI in V1-V3'])}.")


# --------------------------------------------------------------------------------------------------
# snippets: each returns (preferred sections, line with one primary slot of the category)
# the primary slot is the last slot created inside the snippet unless noted via return index


RAD_PHRASES = {
    "PHONE": ["Wet read called to the ED at {t}.", "Ordering provider callback number {t}.",
              "Critical result phoned to {t} and read back.", "Questions: reading room {t}."],
    "FAX": ["Report faxed to the referring office ({t}).", "Ordering clinic fax {t}.", "FAXED TO {t}"],
    "PAGER": ["Findings paged to the surgical resident at {t}.", "Discussed with the ICU team (pgr {t}).",
              "Paged neurology stroke fellow, beeper {t}, at 03:12."],
    "EMAIL": ["Images and report sent to {t} per request.", "Outside read requested via {t}."],
    "URL": ["Outside images accessed via {t}.", "Image exchange link: {t}", "Protocol reference: {t}"],
    "IP_ADDRESS": ["Outside images imported from node {t}.", "Study acquired on scanner host {t}.",
                   "Modality AE title CTSCAN2 at {t}."],
    "SSN": ["Identity verified (SSN {t}) prior to contrast administration."],
    "MRN": ["Outside MRN {t} - images imported.", "Prior exams under alternate MR# {t}.", "Hosp no. {t}"],
    "ACCOUNT": ["Accession/encounter {t}.", "Visit # {t}", "Billing acct {t}"],
    "HEALTH_PLAN": ["Prior authorization on file, member no. {t}.", "Medicare ID {t}"],
    "LICENSE": ["Interpreting physician NPI {t}.", "Technologist ARRT no. {t}", "Sonographer RDMS # {t}"],
    "ZIP": ["Mobile imaging unit, site ZIP {t}."],
    "STREET_ADDRESS": ["Performed at the satellite imaging center, {t}.", "Portable study performed at home, {t}."],
    "DATE_REAL_YEAR": ["Comparison is made to outside CT from {t}.", "Compared with the prior study of {t}.",
                       "Stable since {t}.", "Prior mammogram {t}: BI-RADS 2."],
    "AGE_OVER_89": ["{t} year old woman with fall.", "{t}-year-old man, SOB.", "Pt age {t}, on Eliquis."],
    "DEVICE_ID": ["Pacemaker serial {t}, MRI conditional mode confirmed.", "Neurostimulator SN {t}; MRI per protocol.",
                  "Port serial number {t}."],
    "VEHICLE_ID": ["Trauma activation; vehicle {t} per EMS run sheet."],
    "PERSON": ["Discussed with Dr. {t} at 16:40.", "Attending: {t}", "Case reviewed with {t}, PA.",
               "Technologist: {t}", "Wet read by {t}."],
    "LOCATION": ["Transferred from an outside hospital in {t}.", "Fall from a ladder at a farm in {t}."],
    "ORGANIZATION": ["Comparison: outside CT from {t}.", "Study performed at {t}.",
                     "Patient transferred from {t} for neurosurgical evaluation."],
}


def _snip(ctx: _Ctx, cat: str) -> tuple[list[str], str, int]:
    r = ctx.r
    s = ctx.s
    if ctx.rad and r.random() < 0.75:
        tok = s(cat)
        return (["FINDINGS", "INDICATION", "NOTIFICATION", "COMPARISON", "IMPRESSION"],
                r.choice(RAD_PHRASES[cat]).format(t=tok), len(ctx.slots) - 1)
    DS = ["Social History", "Discharge Instructions", "Followup Instructions", "History of Present Illness"]
    RAD = ["FINDINGS", "INDICATION", "NOTIFICATION", "ADDENDUM", "COMPARISON"]

    def prim(cat_, val=None):
        tok = s(cat_, val)
        return tok, len(ctx.slots) - 1

    if cat == "PHONE":
        t, i = prim("PHONE")
        line = r.choice([
            f"Daughter ({ctx.first()}) is HCP, cell {t}.",
            f"Please call the clinic at {t} with questions or worsening symptoms.",
            f"Contact: wife {t} (home).",
            f"HCP: son, reachable at {t}",
            f"Ph {t} - pt prefers calls after 3pm.",
            f"If you have fevers > 101.5 call {t} anytime.",
            f"Tel. {t}",
            f"Findings discussed by telephone with the covering NP at {t}.",
            f"Spoke w/ neighbor who checks on pt daily ({t}).",
            f"PCP office: {t}",
            f"Interpreter services line {t} (Haitian Creole).",
            f"CONTACT # {t}",
        ])
        return (DS + RAD, line, i)
    if cat == "FAX":
        t, i = prim("FAX")
        line = r.choice([
            f"Discharge summary faxed to PCP at {t}.",
            f"Fax: {t}", f"Please fax results to {t} attn: coumadin clinic.",
            f"Rehab fax {t}", f"F: {t}", f"Fx {t} (outpatient PT)", f"Records sent via fax ({t}).",
            f"FAX NO. {t}", f"Report also faxed to referring office, fax number {t}.",
        ])
        return (DS + RAD, line, i)
    if cat == "PAGER":
        t, i = prim("PAGER")
        line = r.choice([
            f"Please page the ortho resident (pager {t}) with wound concerns.",
            f"Covering fellow paged at {t}.", f"Beeper {t}", f"pgr {t}", f"Renal fellow - page {t} overnight.",
            f"Dr. {ctx.last()} paged (#{t}) and aware.", f"Findings called to the team's beeper, {t}.",
            f"Stroke pager {t} activated at 09:02.",
        ])
        return (DS + RAD + ["Brief Hospital Course"], line, i)
    if cat == "EMAIL":
        t, i = prim("EMAIL")
        line = r.choice([
            f"Patient prefers communication by email: {t}.",
            f"Glucose logs to be emailed to {t} weekly.", f"E-mail {t}",
            f"Daughter requested updates at {t}.", f"email: {t}",
            f"Questions regarding this study may be sent to {t}.",
            f"Send BP log to nurse {ctx.first()} ({t}).",
        ])
        return (DS + RAD, line, i)
    if cat == "URL":
        t, i = prim("URL")
        line = r.choice([
            f"Education materials available at {t}.", f"Family set up updates on {t}.",
            f"Video visit link: {t}", f"Please complete the intake form at {t} before your visit.",
            f"See {t} for directions and parking.", f"Heart failure diary: {t}",
            f"Images uploaded to {t} for outside review.",
        ])
        return (DS + RAD, line, i)
    if cat == "IP_ADDRESS":
        t, i = prim("IP_ADDRESS")
        line = r.choice([
            f"Remote monitoring transmission received from {t}.",
            f"Images pushed to outside PACS node {t}.", f"Study routed from workstation {t}.",
            f"Home CGM uploads via gateway {t} failed x3; re-paired.",
            f"Telemetry box IP {t}", f"Prior outside images retrieved from server {t} (DICOM).",
            f"Video visit connected from {t}.",
        ])
        return (DS + RAD + ["Brief Hospital Course"], line, i)
    if cat == "SSN":
        t, i = prim("SSN")
        line = r.choice([
            f"SSN {t} verified with patient for disability paperwork.", f"Social Security #: {t}",
            f"SS# {t}", f"soc sec no. {t} (on file for Medicaid application)",
            f"Pt provided social security number {t} to case management.", f"SSN: {t}",
        ])
        return (DS + ["INDICATION", "ADDENDUM"], line, i)
    if cat == "MRN":
        t, i = prim("MRN")
        line = r.choice([
            f"Outside hospital MRN {t}.", f"Medical record number {t}.", f"MR# {t}",
            f"Comparison: outside study (chart no. {t}) reviewed.", f"Hosp # {t}",
            f"Prior records under MRN: {t} (merged).", f"Unit number {t}.", f"chart #{t}",
        ])
        return (DS + RAD, line, i)
    if cat == "ACCOUNT":
        t, i = prim("ACCOUNT")
        line = r.choice([
            f"Billing account {t}.", f"Acct # {t}", f"Encounter number {t}.", f"Visit ID {t}",
            f"Claim no. {t} submitted for DME.", f"Invoice {t} for ambulance transfer.",
            f"Hospital account {t} (self-pay).", f"encounter {t}",
        ])
        return (DS + RAD, line, i)
    if cat == "HEALTH_PLAN":
        t, i = prim("HEALTH_PLAN")
        line = r.choice([
            f"Insurance: member ID {t}.", f"Medicare # {t}", f"MassHealth ID {t}",
            f"Medicaid no. {t} (pending renewal)", f"Subscriber ID {t}, group {s('HEALTH_PLAN')}",
            f"Policy number {t}.", f"Prior auth requested under plan ID {t}.",
            f"Ins: BCBS, mbr {t}", f"Group # {t}",
        ])
        return (DS + ["INDICATION", "ADDENDUM"], line, i)
    if cat == "LICENSE":
        kind = r.choice(["dea", "npi", "med", "rn", "dl", "cert"])
        t, i = prim("LICENSE", v_license(r, kind))
        line = {
            "dea": f"Prescriber DEA # {t}", "npi": f"NPI: {t}",
            "med": f"Electronically signed, lic. no. {t}",
            "rn": f"RN license {t}", "dl": f"ID checked: driver's license {t}.",
            "cert": f"Sonographer certificate no. {t}",
        }[kind]
        if r.random() < 0.3:
            line = {"dea": f"DEA {t}", "npi": f"(NPI {t})", "med": f"Mass. medical license #{t}",
                    "rn": f"Nursing lic #{t}", "dl": f"DL# {t}", "cert": f"ARDMS reg. {t}"}[kind]
        return (DS + RAD + ["Discharge Medications"], line, i)
    if cat == "ZIP":
        t, i = prim("ZIP")
        line = r.choice([
            f"Lives at ___, ___, {r.choice(STATES)} {t}.", f"Mailing ZIP {t}.", f"zip code {t}",
            f"Home address: ___ {r.choice(STATES)} {t}", f"Pt relocating to a new zip ({t}) next month.",
        ])
        return (DS + ["INDICATION"], line, i)
    if cat == "STREET_ADDRESS":
        t, i = prim("STREET_ADDRESS")
        line = r.choice([
            f"Lives alone at {t}, second-floor walk-up.", f"Address: {t}, ___, {r.choice(STATES)} ___",
            f"Found down outside {t} by a passerby.", f"Discharge address {t}.",
            f"Mail correspondence to {t}.", f"Homeless, uses {t} as mailing address.",
            f"Pt now staying with sister at {t}.",
        ])
        return (DS + ["INDICATION", "HISTORY"], line, i)
    if cat == "DATE_REAL_YEAR":
        t, i = prim("DATE_REAL_YEAR")
        line = r.choice([
            f"Last colonoscopy {t}, normal.", f"Tdap given {t}.", f"Prior CT from {t} for comparison.",
            f"Seen in the ED on {t} for similar symptoms.", f"Quit smoking on {t}.",
            f"PCI to LAD ({t}) per outside records.", f"Last admission {t}.",
            f"COMPARISON: Outside MRI dated {t}.", f"DOB {t}", f"Pneumovax {t}; shingrix series complete.",
            f"Hip replaced {t} at an outside hospital.", f"d/c'd from rehab {t}",
        ])
        return (DS + RAD + ["Past Medical History"], line, i)
    if cat == "AGE_OVER_89":
        t, i = prim("AGE_OVER_89")
        line = r.choice([
            f"Patient is {t} years old and lives independently.", f"Pt is a {t} yo widow.",
            f"Her husband, age {t}, is her primary caregiver.", f"At {t} she still gardens daily.",
            f"Mother living, {t}, in a nursing home.", f"{t}-year-old with fall.",
            f"Age: {t}", f"given her age ({t}), surgery deferred.", f"turned {t} last week per son.",
        ])
        return (DS + ["INDICATION", "Family History"], line, i)
    if cat == "DEVICE_ID":
        t, i = prim("DEVICE_ID")
        line = r.choice([
            f"Medtronic Azure pacemaker, serial no. {t}.", f"Pump SN {t} returned to vendor.",
            f"Implant: Zimmer femoral stem, serial {t}.", f"CPAP machine serial #{t}.",
            f"Dexcom receiver ID {t}", f"UDI {t}", f"Boston Scientific ICD model/serial D433/{t}",
            f"Insulin pump (serial {t}) interrogated.", f"IVC filter serial # {t} per op note.",
            f"LVAD controller S/N {t}",
        ])
        return (DS + RAD + ["Brief Hospital Course", "Major Surgical or Invasive Procedure"], line, i)
    if cat == "VEHICLE_ID":
        t, i = prim("VEHICLE_ID")
        line = r.choice([
            f"Per police, vehicle plate {t}.", f"Car (plate {t}) left in the ED lot; security notified.",
            f"Driver of vehicle VIN {t}.", f"MVC: pt's truck, license plate {t}, towed.",
            f"Wheelchair van tag {t}", f"Rollover; VIN {t} on police report.",
        ])
        return (DS + ["INDICATION"], line, i)
    if cat == "PERSON":
        t, i = prim("PERSON")
        line = r.choice([
            f"Discussed with patient's daughter {t} at bedside.", f"HCP: {t} (wife).",
            f"Seen with interpreter {t}.", f"Chaplain {t} visited.", f"Dr. {t} from cardiology consulted.",
            f"Case discussed with {t}, NP.", f"Findings discussed with {t} at 14:20.",
            f"PCP is {t}.", f"Lives with partner {t}.", f"Social work ({t}) arranged transport.",
            f"Son {t} will pick patient up.", f"Signed: {t}, MD", f"Attending radiologist: {t}",
            f"per niece {t}, baseline is ambulatory with a cane.",
        ])
        return (DS + RAD, line, i)
    if cat == "LOCATION":
        if r.random() < 0.3:
            t, i = prim("LOCATION", r.choice(LANDMARKS + COUNTIES).replace("the ", ""))
            line = r.choice([f"Fell while hiking in {t}.", f"Tick exposure while camping near {t}.",
                             f"Collapsed while watching a game at {t}.", f"Near-drowning at {t}.",
                             f"Moved from {t} last year."])
        else:
            t, i = prim("LOCATION", r.choice(TOWNS + NEIGHBORHOODS).replace("the ", ""))
            line = r.choice([
                f"Lives in {t} with her husband.", f"Recently returned from {t}.",
                f"Transferred from a clinic in {t}.", f"Grew up in {t}, moved here in 1998.",
                f"Works as a fisherman out of {t}.", f"Originally from {t}; speaks Portuguese.",
                f"MVC on the highway outside {t}.", f"Plans to stay with family in {t} after discharge.",
                f"lives in {t.upper()} w/ dtr", f"From {t}, {r.choice(STATES)}.",
            ])
        return (DS + ["INDICATION", "HISTORY"], line, i)
    # ORGANIZATION
    kind = r.choice(["care", "care", "emp", "pharm", "comm"])
    t, i = prim("ORGANIZATION", r.choice(ORG_KINDS[kind]))
    line = r.choice({
        "care": [f"Discharged to {t} for short-term rehab.", f"Transferred from {t} for higher level of care.",
                 f"Outside labs from {t} reviewed.", f"Resides at {t}.", f"Services: {t} to resume visits.",
                 f"Comparison: outside study from {t}.", f"Dialysis at {t} MWF.", f"f/u {t.upper()}"],
        "emp": [f"Works at {t} as a welder.", f"Teacher at {t}.", f"Employed by {t} (night shift).",
                f"Retired from {t} after 30 years."],
        "pharm": [f"Prescriptions sent to {t}.", f"Preferred pharmacy: {t}.", f"Pharmacy - {t} on Main St"],
        "comm": [f"Attends {t} weekly; pastor visited.", f"Stays at {t} most nights.",
                 f"Gets lunch through {t}.", f"Case open with {t}."],
    }[kind])
    return (DS + RAD, line, i)


# --------------------------------------------------------------------------------------------------
# discharge summary


def _discharge(ctx: _Ctx, heavy: bool) -> list[list]:
    r = ctx.r
    case = r.choice(CASES)
    sex = r.choice(["F", "M"])
    he, his = ("she", "her") if sex == "F" else ("he", "his")
    age = r.randint(19, 88)
    pt = "woman" if sex == "F" else "man"
    brief = r.random() < 0.22
    secs: list[list] = []

    hdr = (f"Name:  {ctx.s('PERSON', v_person(r, r.choice(['lf', 'caps', 'fl'])))}                  "
           f"Unit No:   {ctx.s('MRN')}\n \n"
           f"Admission Date:  {ctx.s('DATE_REAL_YEAR')}              Discharge Date:   {ctx.s('DATE_REAL_YEAR')}\n \n"
           f"Date of Birth:  {ctx.s('DATE_REAL_YEAR', v_date(r, 2023 - age, 2025 - age))}             Sex:   {sex}\n \n"
           f"Service: {case['svc']}\n \n"
           f"Allergies: \n{r.choice(ALLERGIES)}\n \n"
           f"Attending: {ctx.s('PERSON', v_person(r, r.choice(['fl', 'lf', 'il'])))}.\n")
    secs.append(["", [hdr]])
    secs.append(["Chief Complaint", [case["cc"].capitalize() if r.random() < 0.5 else case["cc"]]])
    secs.append(["Major Surgical or Invasive Procedure", [case["proc"]]])
    agestr = f"{age}" if r.random() < 0.3 else "___"
    hpi = [f"{agestr} year old {pt} with "
           f"{', '.join(r.sample(case['pmh'], min(len(case['pmh']), 2)))} who {case['hpi']}"]
    if r.random() < 0.5:
        hpi.append(f"Of note, {he} was seen by {his} PCP Dr. {ctx.last()} ___ days prior and started on "
                   f"{r.choice(['amoxicillin', 'prednisone taper', 'cyclobenzaprine', 'a new inhaler'])}.")
    if r.random() < 0.4:
        hpi.append(f"Transferred from {ctx.s('ORGANIZATION')} ED where CT was performed.")
    if r.random() < 0.5:
        hpi.append(f"In the ED, initial vitals: T {r.uniform(96.5, 103):.1f} HR {r.randint(52, 135)} "
                   f"BP {r.randint(82, 190)}/{r.randint(40, 110)} RR {r.randint(12, 32)} "
                   f"SpO2 {r.randint(84, 100)}% {r.choice(['RA', '2L NC', 'NRB'])}.")
    hpi.append(f"ROS: {r.choice(['otherwise negative in detail', 'positive per HPI, otherwise negative'])}.")
    secs.append(["History of Present Illness", [" ".join(x for x in hpi if x)]])
    pmh = list(case["pmh"]) + r.sample(PMH_EXTRA, 0 if brief else r.randint(1, 5))
    if r.random() < 0.5:
        pmh.append(r.choice(EPONYM_LINES).rstrip("."))
    secs.append(["Past Medical History", [("- " if r.random() < 0.5 else "") + p for p in pmh]])
    soc = [r.choice([
        f"Lives with {r.choice(['wife', 'husband', 'daughter', 'partner', 'son and daughter-in-law'])} in ___. "
        f"Retired {r.choice(['teacher', 'machinist', 'nurse', 'postal worker', 'lobsterman', 'accountant'])}.",
        "___", "Lives alone in an apartment in ___. Independent in ADLs, uses a cane.",
        f"Immigrated from {r.choice(COUNTRIES)} in {r.randint(1975, 2015)}; speaks "
        f"{r.choice(['Spanish', 'Creole', 'Portuguese', 'Vietnamese', 'Polish', 'Somali'])}.",
        f"Works as a {r.choice(['truck driver', 'line cook', 'software engineer', 'CNA', 'carpenter'])} at ___.",
    ])]
    soc.append(f"Tobacco: {r.choice(['never', 'former, quit 20 years ago', '1 ppd x 30 years', 'quit in 2009'])}. "
               f"EtOH: {r.choice(['none', 'social', '6 beers/day', '2 glasses wine/week'])}. "
               f"Illicits: {r.choice(['denies', 'marijuana occasionally', 'h/o IVDU, on methadone'])}.")
    secs.append(["Social History", soc])
    fam = r.choice(["Noncontributory.", f"Mother with breast cancer at {r.randint(40, 80)}. Father with MI at "
                    f"{r.randint(45, 85)}.", "Father - CAD, died age 72. Sister - type 2 DM.",
                    f"Brother with colon cancer dx age {r.randint(40, 70)}.", "NC"])
    secs.append(["Family History", [fam]])
    ex = [f"ADMISSION EXAM:\nVS: T {r.uniform(97, 102):.1f} BP {r.randint(90, 180)}/{r.randint(50, 100)} "
          f"HR {r.randint(55, 120)} RR {r.randint(12, 28)} O2 {r.randint(88, 100)}% RA",
          f"GEN: {r.choice(['NAD', 'uncomfortable appearing', 'elderly, frail', 'somnolent but arousable'])}",
          f"HEENT: {r.choice(['MMM, anicteric', 'dry MM, scleral icterus', 'PERRL, EOMI'])}",
          f"CV: {r.choice(['RRR, no m/r/g', 'irregularly irregular', '2/6 SEM at RUSB', 'JVP to angle of jaw'])}",
          f"LUNGS: {r.choice(['CTAB', 'crackles at bases bilaterally', 'decreased BS LLL, egophony'])}",
          f"ABD: {r.choice(['soft, NT/ND', 'distended, +fluid wave', 'RUQ tenderness, +Murphy sign'])}",
          f"EXT: {r.choice(['no edema', '2+ pitting edema to knees', 'warm, well perfused'])}",
          f"NEURO: {r.choice(['A&Ox3, CN II-XII intact', 'A&Ox1, +asterixis', 'L pronator drift, L facial droop'])}"]
    if brief:
        ex = ex[:1] + r.sample(ex[1:], 3)
    elif r.random() < 0.6:
        ex.append(f"DISCHARGE EXAM:\nVS: {r.uniform(97, 99.5):.1f} {r.randint(100, 150)}/{r.randint(55, 90)} "
                  f"{r.randint(58, 96)} {r.randint(14, 20)} {r.randint(93, 100)}% RA  Wt {r.uniform(50, 120):.1f} kg")
        ex.append("Otherwise unchanged from admission exam.")
    secs.append(["Physical Exam", ex])
    res = ["ADMISSION LABS:"] + _lab_lines(r)
    if not brief and r.random() < 0.6:
        res += ["DISCHARGE LABS:"] + _lab_lines(r)
    res.append(f"IMAGING: {r.choice(['CXR', 'CT A/P', 'TTE', 'RUQ US', 'MRI brain'])} (___): "
               f"{r.choice(['no acute process', 'see HPI', 'LVEF 25-30%, moderate MR', 'small bilateral effusions'])}.")
    if r.random() < 0.5:
        res.append(_ecg(r))
    if r.random() < 0.3:
        res.append(f"MICRO: ___ blood cultures x2 {r.choice(['no growth to date', 'NGTD', 'GPC in clusters 1/4'])}.")
    secs.append(["Pertinent Results", res])
    course = [f"{agestr} y/o {'F' if sex == 'F' else 'M'} admitted with {case['dx'].lower()}."]
    course += case["course"].split("\n")
    for _ in range(r.randint(1, 4)):
        course.append(r.choice([
            f"# {r.choice(PMH_EXTRA)}: continued home regimen.",
            f"# {r.choice(EPONYM_LINES)}",
            f"# {r.choice(SCORE_LINES)}",
            f"# {r.choice(DEVICE_BRAND_LINES)}",
            "# Pain: acetaminophen 1 g q8h, oxycodone 2.5-5 mg q4h PRN.",
            "# FEN: regular diet, repleted lytes PRN.",
            "# PPx: heparin SC 5000 units TID. # Code: "
            + r.choice(["Full", "DNR/DNI (confirmed with patient)", "DNR, OK to intubate"]),
            f"Patient was transferred to room {r.randint(300, 1299)}, bed {r.choice('AB')} on the floor.",
            "# Transitional issues: recheck Chem-7 in 1 week; follow up pending studies.",
        ]))
    if r.random() < 0.35:
        course.append(f"Case discussed with Dr. {ctx.last()} ({r.choice(['cardiology', 'GI', 'ID', 'renal'])}), "
                      f"who agreed with the plan.")
    n_long = r.choices([0, 1, 2, 3, 5, 7, 9], weights=[14, 16, 16, 14, 12, 8, 6])[0]
    course += r.sample(LONG_COURSE, 0 if brief else min(n_long, len(LONG_COURSE)))
    secs.append(["Brief Hospital Course", course])
    adm_meds = r.sample(MEDS, r.randint(1, 4) if brief else r.randint(3, 12))
    secs.append(["Medications on Admission", [f"{i + 1}. {m}" for i, m in enumerate(adm_meds)]])
    dc_meds = r.sample(MEDS, r.randint(1, 5) if brief else r.randint(3, 14))
    secs.append(["Discharge Medications", [f"{i + 1}. {m} " + ("\nRX *" + m.split()[0].lower() + " ... Refills:*0"
                                                                 if r.random() < 0.2 else "")
                                           for i, m in enumerate(dc_meds)]])
    dispo = r.choice(DISPO)
    dl = [dispo]
    if dispo != "Home":
        dl.append(f"\nFacility:\n{ctx.s('ORGANIZATION')}")
    secs.append(["Discharge Disposition", dl])
    secs.append(["Discharge Diagnosis", [f"PRIMARY: {case['dx']}", "SECONDARY: " + ", ".join(r.sample(PMH_EXTRA, 2))]])
    secs.append(["Discharge Condition", [
        f"Mental Status: {r.choice(['Clear and coherent.', 'Confused - sometimes.'])}",
        f"Level of Consciousness: {r.choice(['Alert and interactive.', 'Lethargic but arousable.'])}",
        "Activity Status: " + r.choice(["Ambulatory - Independent.",
                                        "Ambulatory - requires assistance or aid (walker or cane).",
                                        "Out of Bed with assistance to chair or wheelchair."])]])
    instr = [f"Dear {r.choice(['Ms.', 'Mr.', 'Mrs.'])} {ctx.last()},",
             f"You were admitted to the hospital because of {case['cc']}. " + r.choice([
                 "Please weigh yourself every morning and call your doctor if your weight goes up more than 3 lbs.",
                 "Please take all medications as prescribed and keep your follow-up appointments.",
                 "Do not drive or operate heavy machinery while taking oxycodone.",
                 "Avoid NSAIDs such as ibuprofen (Advil, Motrin) and naproxen (Aleve).",
                 "Keep the incision clean and dry; you may shower 48 hours after surgery."]),
             *r.sample(LONG_INSTR, 0 if brief else r.randint(0, 4)),
             "It was a pleasure taking care of you.", f"Your {r.choice(['___', 'Medicine', 'Surgery'])} Care Team"]
    secs.append(["Discharge Instructions", instr])
    fu = [r.choice(["___", "Department: ___\nWhen: ___ at 10:30 AM\nWith: ___, MD ___\nBuilding: ___ "
                           "___ Campus: EAST     Best Parking: ___ Garage",
                    f"Follow up with Dr. {ctx.last()} in 1-2 weeks.", "Please follow up with your PCP in 1 week."])]
    secs.append(["Followup Instructions", fu])
    if heavy:
        secs[3][1].append("Pt ___ ___ from ___ to ___ by ___ on ___ (___ ___), ___ ___ ___.")
        secs[6][1].append("Lives with ___ (___) at ___; contact ___ / ___.")
    return secs


def _join_discharge(secs) -> str:
    parts = []
    for title, lines in secs:
        body = "\n".join(lines)
        parts.append(body if not title else f"{title}:\n{body}")
    return "\n \n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------------
# radiology report

EXAMS = [
    ("CHEST (PA AND LAT)", "chest", ["cough, fever", "shortness of breath", "eval for pneumonia", "pre-op"],
     ["PA and lateral views of the chest.", "Single frontal view of the chest."],
     ["The lungs are clear without focal consolidation. No pleural effusion or pneumothorax.",
      "Cardiomediastinal silhouette is within normal limits.",
      "There is a left lower lobe opacity concerning for pneumonia.", "Small bilateral pleural effusions.",
      "Mild pulmonary vascular congestion.", "Right IJ central venous catheter terminates in the mid SVC.",
      "Sternotomy wires intact. Left-sided pacemaker with leads in the right atrium and ventricle.",
      "Healed left rib fractures.", "Enteric tube courses below the diaphragm, tip in the stomach."],
     ["No acute cardiopulmonary process.", "Left lower lobe pneumonia.", "Mild pulmonary edema.",
      "Small bilateral effusions, unchanged."]),
    ("CT HEAD W/O CONTRAST", "head", ["fall on anticoagulation", "altered mental status", "headache", "code stroke"],
     ["Contiguous axial images of the brain without contrast. Coronal and sagittal reformats."],
     ["There is no evidence of acute hemorrhage, edema, mass effect, or large territorial infarction.",
      "Ventricles and sulci are prominent, consistent with age-related volume loss.",
      "Periventricular white matter hypodensities, likely chronic small vessel ischemic disease.",
      "Small right frontal subdural hematoma measuring 6 mm.", "Paranasal sinuses and mastoid air cells are clear.",
      "No acute fracture."],
     ["No acute intracranial abnormality.", "6 mm right subdural hematoma without midline shift.",
      "Chronic small vessel ischemic disease."]),
    ("CTA CHEST", "chest", ["PE suspected, high pretest probability", "tachycardia, hypoxia"],
     ["MDCT images of the chest after IV contrast in the pulmonary arterial phase."],
     ["Filling defects within the right lower lobe segmental and subsegmental pulmonary arteries.",
      "RV to LV ratio is 0.8. No pericardial effusion.", "No pulmonary embolism.",
      "4 mm right upper lobe nodule (series 3, image 47).", "Emphysematous changes, upper lobe predominant."],
     ["Right lower lobe segmental pulmonary embolism without right heart strain.", "No pulmonary embolism.",
      "4 mm RUL nodule; per Fleischner guidelines no follow-up needed in a low-risk patient."]),
    ("CT ABD & PELVIS WITH CONTRAST", "abdomen", ["RLQ pain", "abdominal pain, fever", "SBO?"],
     ["MDCT images from the lung bases to the pubic symphysis after IV contrast."],
     ["The appendix is dilated to 12 mm with periappendiceal fat stranding.",
      "Dilated small bowel loops with a transition point in the right lower quadrant.",
      "Sigmoid diverticulosis with focal wall thickening and fat stranding.",
      "The liver is nodular in contour with moderate ascites.", "Kidneys enhance symmetrically. No hydronephrosis.",
      "Cholelithiasis without evidence of cholecystitis.", "Atherosclerotic calcifications of the aorta."],
     ["Acute uncomplicated appendicitis.", "Small bowel obstruction.", "Acute sigmoid diverticulitis.",
      "Cirrhotic liver with ascites."]),
    ("MR HEAD W & W/O CONTRAST", "head", ["new seizure", "stroke workup", "vertigo"],
     ["Multiplanar multisequence MR imaging of the brain before and after gadolinium."],
     ["Restricted diffusion in the left MCA territory involving the insula.", "No abnormal enhancement.",
      "Scattered T2/FLAIR white matter hyperintensities.", "Normal flow voids.",
      "Enhancing 1.2 cm extra-axial mass along the falx, likely meningioma."],
     ["Acute left MCA infarct.", "No acute intracranial process.", "1.2 cm falcine meningioma."]),
    ("LIVER OR GALLBLADDER US (SINGLE ORGAN)", "abdomen", ["RUQ pain", "elevated LFTs"],
     ["Grayscale and color Doppler ultrasound images of the right upper quadrant."],
     ["Gallbladder is distended with multiple stones and wall thickening to 5 mm. Sonographic Murphy sign positive.",
      "The liver is echogenic, consistent with steatosis.", "CBD measures 4 mm.",
      "Main portal vein patent, hepatopetal."],
     ["Acute calculous cholecystitis.", "Hepatic steatosis.", "No biliary dilatation."]),
    ("UNILAT LOWER EXT VEINS", "leg", ["calf swelling", "r/o DVT"],
     ["Grayscale, color and spectral Doppler of the deep veins of the lower extremity."],
     ["Noncompressible popliteal vein with intraluminal echogenic thrombus.",
      "Normal compressibility and flow of the common femoral, femoral and popliteal veins.", "Baker cyst 3 cm."],
     ["Acute popliteal DVT.", "No DVT.", "Baker cyst."]),
    ("HIP NAILING IN OR W/FILMS & FLUORO", "hip", ["intraoperative"],
     ["Fluoroscopic images obtained in the OR. Fluoro time 42.1 s. Dose 8.3 mGy."],
     ["Intramedullary nail with a lag screw fixing an intertrochanteric fracture in near-anatomic alignment."],
     ["Intraoperative fluoroscopy as above; see operative note."]),
    ("MRI L-SPINE W/O CONTRAST", "spine", ["low back pain with radiculopathy", "cauda equina?"],
     ["Sagittal T1, T2, STIR and axial T2 images of the lumbar spine."],
     ["L4-5 broad-based disc bulge with moderate central canal and bilateral foraminal stenosis.",
      "L5-S1 left paracentral disc extrusion contacting the traversing left S1 nerve root.",
      "Conus terminates at L1.", "No marrow edema or fracture."],
     ["L5-S1 disc extrusion contacting left S1.", "Moderate L4-5 canal stenosis."]),
    ("PORTABLE ABDOMEN", "abdomen", ["NG tube placement", "distension"],
     ["Single supine view of the abdomen."],
     ["Enteric tube tip projects over the gastric body.", "Nonobstructive bowel gas pattern.",
      "Multiple dilated loops of small bowel measuring up to 4 cm."],
     ["Enteric tube in stomach.", "Findings concerning for SBO."]),
    ("TRANSTHORACIC ECHO", "heart", ["CHF", "murmur"],
     ["2D, M-mode, color and spectral Doppler."],
     ["LVEF 30% with global hypokinesis.", "Moderate mitral regurgitation.", "RVSP 48 mmHg.",
      "Aortic valve area 0.9 cm2, mean gradient 42 mmHg."],
     ["Severe aortic stenosis.", "Reduced LV systolic function."]),
    ("MAMMOGRAPHY SCREENING BILATERAL", "breast", ["screening"],
     ["Bilateral CC and MLO views with tomosynthesis. CAD was utilized."],
     ["Breasts are heterogeneously dense.", "No suspicious mass, calcifications or architectural distortion.",
      "Focal asymmetry in the right upper outer quadrant."],
     ["BI-RADS 1: Negative.", "BI-RADS 0: Incomplete, additional imaging needed."]),
    ("KNEE (AP, LAT & OBLIQUE) RIGHT", "knee", ["trauma, pain", "OA"],
     ["Three views of the right knee."],
     ["Moderate medial compartment joint space narrowing with osteophytes.", "No fracture or dislocation.",
      "Small suprapatellar effusion.", "Chondrocalcinosis."],
     ["Moderate osteoarthritis.", "No fracture."]),
    ("CT C-SPINE W/O CONTRAST", "neck", ["MVC, neck pain", "fall"],
     ["Axial helical images with sagittal and coronal reformats."],
     ["No acute fracture or malalignment.", "Multilevel degenerative disc disease, most severe at C5-6.",
      "Type II dens fracture without displacement."],
     ["No acute cervical spine fracture.", "Nondisplaced type II odontoid fracture."]),
    ("RENAL U.S.", "kidney", ["AKI", "hydronephrosis?"],
     ["Grayscale and color Doppler ultrasound of the kidneys and bladder."],
     ["Right kidney 10.8 cm, left 11.2 cm.", "No hydronephrosis.", "Simple cyst in the left upper pole, 2.1 cm.",
      "Moderate left hydronephrosis.", "Bladder is decompressed around a Foley catheter."],
     ["No hydronephrosis.", "Moderate left hydronephrosis.", "Bosniak I renal cyst."]),
]


ORGAN_LINES = [
    ("LOWER CHEST", "Bibasilar dependent atelectasis. No pleural or pericardial effusion. Heart size normal."),
    ("HEPATOBILIARY", "The liver demonstrates homogeneous attenuation throughout. No focal lesion. No intrahepatic "
                      "or extrahepatic biliary dilatation. The gallbladder is within normal limits."),
    ("PANCREAS", "The pancreas has normal attenuation throughout, without focal lesions or peripancreatic "
                 "stranding. No main pancreatic ductal dilatation."),
    ("SPLEEN", "Normal size and attenuation, 11.2 cm, without focal lesions."),
    ("ADRENALS", "The right and left adrenal glands are normal in size and shape."),
    ("URINARY", "The kidneys are of normal and symmetric size with normal nephrogram. There is no hydronephrosis. "
                "There is no perinephric abnormality."),
    ("GASTROINTESTINAL", "The stomach is unremarkable. Small bowel loops demonstrate normal caliber, wall thickness "
                         "and enhancement throughout. The colon and rectum are within normal limits."),
    ("PELVIS", "The urinary bladder and distal ureters are unremarkable. No free fluid in the pelvis."),
    ("REPRODUCTIVE ORGANS", "The prostate is enlarged, measuring 5.4 cm. Seminal vesicles unremarkable."),
    ("LYMPH NODES", "No retroperitoneal or mesenteric lymphadenopathy. No pelvic or inguinal lymphadenopathy."),
    ("VASCULAR", "No abdominal aortic aneurysm. Moderate atherosclerotic disease is noted."),
    ("BONES", "No focal suspicious osseous abnormality. Degenerative changes of the lumbar spine with a grade 1 "
              "anterolisthesis of L4 on L5."),
    ("SOFT TISSUES", "Small fat-containing umbilical hernia. Abdominal and pelvic wall otherwise unremarkable."),
]


def _radiology(ctx: _Ctx, heavy: bool) -> list[list]:
    r = ctx.r
    name, _part, inds, techs, finds, imps = r.choice(EXAMS)
    secs: list[list] = []
    age = r.randint(18, 88)
    if r.random() < 0.5:
        secs.append(["EXAMINATION", [name]])
    else:
        secs.append(["", [f"{name}  Clip # ___"]])
    ind = f"{'___' if r.random() < 0.6 else age} year old {r.choice(['man', 'woman', 'M', 'F'])} with " \
          f"{r.choice(inds)} // {r.choice(['eval', 'r/o acute process', 'interval change?', 'assess'])}"
    secs.append(["INDICATION", [ind]])
    tech = [r.choice(techs)]
    if "CT" in name:
        tech.append(f"DOSE: Acquisition sequence:\n   1) Spiral Acquisition {r.uniform(3, 12):.1f} s, "
                    f"{r.uniform(20, 60):.1f} cm; CTDIvol = {r.uniform(5, 60):.1f} mGy (Body) "
                    f"DLP = {r.uniform(150, 1400):.1f} mGy-cm.\n Total DLP (Body) = {r.randint(150, 1500)} mGy-cm.")
    if r.random() < 0.3:
        tech.append(f"Contrast: {r.randint(60, 130)} mL Omnipaque 350.")
    secs.append(["TECHNIQUE", tech])
    secs.append(["COMPARISON", [r.choice(["None.", "___", "Chest radiograph from ___.", "CT from ___ and ___.",
                                          f"Outside study from {ctx.s('ORGANIZATION')} dated ___.",
                                          "Prior from ___."])]])
    fnd = r.sample(finds, min(len(finds), r.randint(2, 5)))
    if r.random() < 0.6 and name.startswith("CT ABD"):
        fnd += [f"{organ}: {desc}" for organ, desc in r.sample(ORGAN_LINES, r.randint(5, len(ORGAN_LINES)))]
    if r.random() < 0.3:
        fnd.append(r.choice(["Foley catheter in the bladder.", "Swan-Ganz catheter tip in the right main PA.",
                             "Left chest wall Medtronic pacemaker unchanged.", "Boston Scientific ICD generator.",
                             "Abbott MitraClip device in expected position.",
                             "Heimlich valve attached to chest tube."]))
    secs.append(["FINDINGS", [" ".join(fnd) if r.random() < 0.5 else "\n \n".join(fnd)]])
    imp = r.sample(imps, min(len(imps), r.randint(1, 2)))
    secs.append(["IMPRESSION", [("\n".join(f"{i + 1}. {x}" for i, x in enumerate(imp)) if len(imp) > 1 else imp[0])]])
    if r.random() < 0.35:
        secs.append(["NOTIFICATION", [r.choice([
            f"The findings were discussed with Dr. {ctx.last()} by Dr. {ctx.last()} on the telephone on ___ at "
            f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm'])}, {r.randint(2, 30)} minutes after "
            "discovery of the findings.",
            "Findings were entered into the critical results dashboard.",
            f"Communicated to ___ (pager ___) at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}.",
        ])]])
    if r.random() < 0.2:
        secs.append(["ADDENDUM", [r.choice([
            "On further review, a small nondisplaced fracture of the left 7th rib is seen.",
            "Comparison with outside study ___ shows the nodule is stable over 2 years.",
            "Correction: the RIGHT kidney, not left.",
        ])]])
    if r.random() < 0.4:
        secs.append(["", [r.choice(["RADIOLOGISTS: ___", f"Electronically signed by: {ctx.person('fl')}, MD",
                                    "I have personally reviewed the images and agree with the report above.",
                                    f"Resident: {ctx.person()}   Attending: {ctx.person()}"])]])
    if heavy:
        secs[1][1].append("___ ___ ___ (___) ___ on ___ at ___; ___ ___.")
    return secs


def _join_radiology(secs) -> str:
    parts = []
    for title, lines in secs:
        body = "\n".join(lines)
        if not title:
            parts.append(body)
        elif title in ("FINDINGS", "IMPRESSION", "ADDENDUM") or ctx_newline(title):
            parts.append(f"{title}: \n \n{body}")
        else:
            parts.append(f"{title}:  {body}")
    return "\n \n".join(parts) + "\n"


def ctx_newline(title: str) -> bool:
    return title in ("TECHNIQUE", "NOTIFICATION")


# --------------------------------------------------------------------------------------------------
# note assembly

_WEIGHTS = {c: 1.0 for c in CATEGORIES}
_WEIGHTS.update({"URL": 1.2, "IP_ADDRESS": 1.1, "EMAIL": 1.05, "FAX": 1.05, "AGE_OVER_89": 1.05})
_WEIGHTS.update({"PERSON": 1.9, "LOCATION": 1.6, "ORGANIZATION": 1.6, "DATE_REAL_YEAR": 1.7})
_CATS = list(_WEIGHTS)
_W = [_WEIGHTS[c] for c in _CATS]


def _insert(secs: list[list], prefs: list[str], line: str, r: random.Random) -> None:
    titles = [t for t, _ in secs]
    for p in prefs:
        if p in titles and r.random() < 0.75:
            lines = secs[titles.index(p)][1]
            if r.random() < 0.4:
                lines.insert(r.randint(0, len(lines)), line)
            else:
                lines.append(line)
            return
    cands = [i for i, (t, _) in enumerate(secs) if t]
    lines = secs[r.choice(cands)][1]
    lines.append(line)


def holdout6_note(seed: int, i: int) -> LabelledNote:
    r = random.Random(f"h6:{seed}:{i}")
    ctx = _Ctx(r)
    discharge = r.random() < 0.55
    ctx.rad = not discharge
    mode = r.random()
    heavy = mode < 0.05
    planted = 0.05 <= mode < 0.63
    secs = _discharge(ctx, heavy) if discharge else _radiology(ctx, heavy)
    if planted:
        k = r.choices([1, 2, 3, 4], weights=[15, 27, 30, 28])[0]
        targets = r.choices(_CATS, weights=_W, k=k)
        for cat in targets:
            existing = [j for j, (c, _) in enumerate(ctx.slots) if c == cat and j not in ctx.planted]
            if existing and r.random() < 0.4:
                ctx.planted.add(r.choice(existing))
                continue
            prefs, line, j = _snip(ctx, cat)
            _insert(secs, prefs, line, r)
            ctx.planted.add(j)
    elif not heavy and r.random() < 0.5:
        # masked cue lines in unplanted notes too
        for _ in range(r.randint(1, 2)):
            prefs, line, _j = _snip(ctx, r.choice(_CATS))
            _insert(secs, prefs, line, r)
    if r.random() < 0.3:
        extra = r.choice(["Patient from Texas, visiting family.", "Travel to Mexico last month.",
                          "Remote CABG in 2004, PCI 2011.", "Room 812B, bed 2.", "ICD-10: I50.23, N18.32.",
                          f"Shifted date of prior study 21{r.randint(10, 99)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}.",
                          "Reference range 150-440 K/uL.", "Age 89, lives with spouse.", "Seen at 0730 and 1415.",
                          "Code status discussed; Full code.", "Accession ___ / ___ ___.",
                          f"Moved here from {r.choice(STATE_NAMES)} in the 1990s.",
                          f"{r.choice(DEVICE_BRAND_LINES)}", "Dose: 1 g IV q24h x 14 days.",
                          f"Next study in {r.choice(MONTHS)} ___." , "Heparin gtt at 1,250 units/h; aPTT 62."])
        secs_target = [s for s in secs if s[0] in ("FINDINGS", "INDICATION")] or [s for s in secs if s[0]]
        r.choice(secs_target)[1].append(extra)
    text = _join_discharge(secs) if discharge else _join_radiology(secs)
    if discharge:
        while len(text.replace("\x02", "").replace("\x03", "")) < 2200:
            pr = [s for s in secs if s[0] == "Pertinent Results"][0]
            pr[1].extend(_lab_lines(r))
            text = _join_discharge(secs)
    body, spans = _render(text, ctx)
    return LabelledNote(note_type="discharge" if discharge else "radiology", text=body, spans=spans)


def holdout6_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    return [holdout6_note(seed, i) for i in range(n_notes)]


# --------------------------------------------------------------------------------------------------
# CLI


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout6_corpus, argv, __doc__.splitlines()[0])
    report("holdout6", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
