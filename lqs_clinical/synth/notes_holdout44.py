"""Held-out corpus 44: patient messages and telephone encounters around an admission.

Text that reaches the chart from outside the dictation workflow: patient-portal secure messages and
their replies pasted into a note, after-hours nurse triage calls, post-discharge telephone
encounters, call-centre callback logs, interpreter-line call records, pharmacy refill requests by
phone, voicemail transcriptions, printed e-mail threads, SMS reminder logs, caregiver and family
calls, and on the radiology side critical-result communication logs, follow-up imaging scheduling
calls, MRI safety screening calls, interventional-radiology pre-procedure calls, outside-image
(CD courier / image share) requests and portal questions about a report. The text is informal:
typos, lowercase names, run-on sentences, quoted message headers, signature blocks, phone numbers
in many shapes.

Document kinds (note type in brackets):
  portal_thread [discharge], nurse_triage [discharge], tcm_call [discharge],
  callback_log [discharge], interpreter_call [discharge], pharmacy_refill [discharge],
  voicemail [discharge], email_thread [discharge], sms_log [discharge], family_call [discharge],
  rad_critical [radiology], rad_followup_sched [radiology], rad_mri_screen [radiology],
  rad_ir_precall [radiology], rad_outside_images [radiology], rad_portal_question [radiology].

Label policy. PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states
and countries are never labelled); ORGANIZATION is a named hospital, practice, agency, school or
employer, never a generic department. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a
bare year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial); lot, GTIN, REF, model and expiry are not identifiers. ACCOUNT covers account,
encounter, incident/run, accession, order, requisition, claim and specimen numbers; HEALTH_PLAN
member, subscriber and policy ids (an employer's group number is not the member's id: leave it
unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans
hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and
credentials ("MD", "RN") stay outside.

Conventions of this corpus (on top of the policy):
  * Phone numbers: a toll-free public line (800/833/844/855/866/877/888), an N11 or 988 short code,
    an SMS short code and 1-800-MEDICARE are public and never labelled. Every other number is
    PHONE (FAX after a fax cue, PAGER after a pager/beeper cue), including a clinician's direct
    line, a pharmacy store's local number and a relative's number abroad. A phone span covers the
    number with its country code; an extension ("x2231", "ext. 14") stays outside the span.
  * System routing numbers are not identifiers and never labelled: portal message and thread ids,
    call-centre ticket/queue numbers, interpreter session ids and interpreter badge numbers, SMS
    campaign ids, fax confirmation numbers and pharmacy store numbers. A prescription (Rx) number
    is a pharmacy order number and is ACCOUNT.
  * A national chain or vendor brand (CVS, Walgreens, LanguageLine, MyChart, Epic, Zoom) is a
    brand, not labelled; an independent named pharmacy, agency or practice is ORGANIZATION.
  * A street line includes its unit ("Apt 3R", "#2"); a PO box line is STREET_ADDRESS.
  * A date in a quoted message header ("Sent: 3/4/2025") is DATE_REAL_YEAR when its year is real;
    the weekday and time stay outside. Dates shifted into 2100-2200 are never labelled.
  * A lowercase or first-name-only mention of a person is still PERSON.
  * Heavy notes ("heavy") carry many ``___`` and no plant; all other notes are "normal".

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the
masked note-shaped samples under /work/shared/data/ (with SOURCES.md). No detector code, rule file,
other corpus, test or benchmark was read, and the detector was never run on this corpus while writing it.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Seg = tuple[str, "str | None"]
Block = list[Seg]

# --------------------------------------------------------------------------------------------------
# Plant schedule (Weyl sequences: counts are stable across seeds)
# --------------------------------------------------------------------------------------------------

_PLANT_P = 0.6105  # of the 95% non-heavy notes -> ~58% of all notes


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 7 * seed) % 20 == 3


def _is_planted(seed: int, i: int) -> bool:
    return (not _is_heavy(seed, i)) and _frac(0.1 + 0.3819660112501051 * seed + 0.7548776662466927 * i) < _PLANT_P


def _plan(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    u = _frac(0.2 + 0.2360679774997897 * seed + 0.5698402909980532 * i)
    n = 1 if u < 0.36 else 2 if u < 0.66 else 3 if u < 0.86 else 4
    return [CATEGORIES[int(_frac(0.05 + 0.1414213562373095 * seed + 0.41421356237309515 * (4 * i + j)) * 20)]
            for j in range(n)]


# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Grace", "Maria", "Thanh", "Oluwaseun", "Marie-Claude", "Joao", "Wei", "Fatima", "Bogdan", "Siobhan",
    "Priya", "Abdirahman", "Yelena", "Kateri", "Ngozi", "Dmitri", "Luz", "Esperanza", "Tomasz", "Aisling",
    "Rashida", "Guadalupe", "Hiroshi", "Mei-Ling", "Jean-Baptiste", "Rosalind", "Ignatius", "Dolores",
    "Wendell", "Paulette", "Ezekiel", "Marisol", "Bartholomew", "Ifeoma", "Kwame", "Anneliese", "Cornelius",
    "Lupita", "Desmond", "Florencia", "Sunil", "Imelda", "Thaddeus", "Noor", "Yusuf", "Kalani", "Beatriz",
    "Stanislaw", "Henrietta", "Delphine", "Agnieszka", "Octavio", "Minh", "Zainab", "Reginald", "Cecilia",
    "Teodoro", "Wilhelmina", "Lorraine", "Mohammed", "Jimmy", "Bernadette", "Clementine", "Rufus",
)
_LAST = (
    "Okafor", "Nguyen-Tran", "O'Sullivan", "Baptiste", "Kowalczyk", "Fitzgerald", "Mendes", "Raghunathan",
    "Abernathy", "Delacroix", "Van der Berg", "Haddad", "Takahashi", "Oyelaran", "Szymanski", "Quintanilla",
    "Longfeather", "MacAllister", "Papadopoulos", "Lindqvist", "Achterberg", "Mbeki", "Castellanos",
    "de la Cruz", "Przybylski", "Whitcombe", "Ferreira", "Dubois", "Halvorsen", "Iwu", "Yamamoto",
    "Rosenthal", "Kaczmarek", "Petrosyan", "Gallagher", "Ouellette", "Bhattacharya", "Villanueva", "Adeyemi",
    "Thibodeau", "McGillicuddy", "Sørensen", "Muñoz", "Pham", "Calloway", "Farouk", "Ostrowski", "Mahoney",
    "Ferraro", "Ashby", "Nakamura", "Drummond", "Silva", "Estrada", "Kapoor", "Lemieux", "Boateng",
    "Carvalho", "Zielinski", "Harrington", "St. Pierre", "Ngata",
)
_TOWNS = (
    "Chicopee", "Holyoke", "Fall River", "Brockton", "Dorchester", "Jamaica Plain", "Revere", "Chelsea",
    "Framingham", "Pittsfield", "Fitchburg", "New Bedford", "Taunton", "Quincy", "Malden", "Everett",
    "Somerville", "Pawtucket", "Woonsocket", "Nashua", "Lowell", "Lawrence", "Methuen", "Leominster",
    "Westfield", "Agawam", "Ludlow", "Easthampton", "Northampton", "Greenfield", "Athol", "Gardner",
    "Marlborough", "Hyannis", "Falmouth", "Attleboro", "Mattapan", "Roxbury", "East Boston", "Woburn",
    "Peabody", "Gloucester", "Haverhill", "Keene", "Bennington", "Willimantic", "Kissimmee",
    "Port St. Lucie", "Boca Raton", "Ponce", "Bayamón", "Ponta Delgada", "Praia", "Cap-Haïtien", "Lagos",
    "Kraków", "Galway", "Hampden County", "Berkshire County", "Worcester", "Oak Bluffs", "Turners Falls",
)
_ORGS = (
    "Pioneer Valley Medical Center", "St. Brendan's Hospital", "Holyoke Riverside Hospital",
    "Mercy Ridge Rehabilitation Center", "Cedar Hollow Nursing & Rehab", "Greenfield Family Health",
    "Harbor Point Internal Medicine", "Blackstone Valley VNA", "MetroWest Home Care Partners",
    "Brightwater Assisted Living", "Lindenwood Dialysis Center", "Kessler Tool & Die", "Atlantic Seafood Co-op",
    "Nashoba Regional High School", "Quabbin Hills Hospice", "Connecticut River Imaging Associates",
    "Bay Path Orthopedics", "Sacred Heart Manor", "Elmcrest Senior Living", "Westgate Pediatrics",
    "Riverbend Family Practice", "Three Rivers Ambulance Service", "Valley Star Transport", "Hilltop Apothecary",
    "Lowry's Family Pharmacy", "Orchard Street Community Health Center", "Merrimack Valley Cardiology",
    "Summit Ridge Pulmonary Associates", "Glenwood Adult Day Health", "Maplewood Elementary School",
    "Greylock Federal Credit Union", "Dunmore Logistics", "Whitcomb & Harlow LLP", "Casa Esperanza Home Health",
    "Ocean State Dialysis", "Kindred Hearts Home Care", "Mount Tom Skilled Nursing", "Harwich Port Family Dental",
    "Sisters of Providence Health System", "Beacon Hill Nephrology Group",
)
_PHARMS = ("Hilltop Apothecary", "Lowry's Family Pharmacy", "Nonotuck Community Pharmacy", "Farmacia La Esperanza",
           "Greenleaf Compounding Pharmacy", "Sunderland Village Drug", "Brightside Specialty Pharmacy")
_STREETS = (
    "Linden", "Boylston", "Maple", "Old Farm", "Chestnut Hill", "Mill Pond", "Prospect", "Wachusett", "Granite",
    "Birch", "Quarry", "Orchard", "Hancock", "Pleasant", "Summer", "Winthrop", "Fuller", "Elm", "Cabot",
    "Dwight", "Sumner", "Wyman", "Sycamore", "Lafayette", "Bradford", "Harborview", "Pinecrest", "Nonotuck",
    "Chauncy", "Dudley",
)
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Lane", "Ln", "Terrace", "Blvd", "Way", "Ct", "Circle",
           "Drive", "Pl", "Hwy")
_AREAS = (413, 508, 617, 774, 781, 978, 351, 339, 857, 401, 603, 860, 203, 212, 718, 347, 305, 787, 954, 407,
          802, 207, 929, 646)
_MAIL = ("gmail.com", "yahoo.com", "aol.com", "comcast.net", "verizon.net", "hotmail.com", "icloud.com",
         "outlook.com", "charter.net", "protonmail.com", "sbcglobal.net", "msn.com", "pvmc.org", "stbrendans.org",
         "riverbendfp.com", "bvvna.org")
_ZIP3 = ("010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "022", "023", "024",
         "025", "026", "027", "028", "029", "030", "031", "032", "034", "038", "060", "061", "062", "064")

# --------------------------------------------------------------------------------------------------
# Surrogate value generators
# --------------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _phone(r: random.Random, style: str = "any") -> str:
    if style == "intl" or (style == "any" and r.random() < 0.14):
        k = r.randrange(9)
        return (f"+351 9{r.randint(10, 69)} {_digits(r, 3)} {_digits(r, 3)}",
                f"+44 7700 {_digits(r, 6)}",
                f"+509 3{r.randint(1, 9)} {_digits(r, 2)} {_digits(r, 4)}",
                f"+234 80{r.randint(2, 9)} {_digits(r, 3)} {_digits(r, 4)}",
                f"011 52 55 {_digits(r, 4)} {_digits(r, 4)}",
                f"+55 11 9{_digits(r, 4)}-{_digits(r, 4)}",
                f"+63 917 {_digits(r, 3)} {_digits(r, 4)}",
                f"+353 87 {_digits(r, 3)} {_digits(r, 4)}",
                f"+84 90 {_digits(r, 3)} {_digits(r, 4)}")[k]
    a = r.choice(_AREAS)
    b = r.choice((555, r.randint(201, 989), r.randint(201, 989)))
    if b in (800, 888, 877, 866, 855, 844, 833, 911, 988, 711):
        b = 742
    c = f"{r.randrange(10000):04d}"
    k = r.randrange(14)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
            f"+1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}", f"({a}){b}-{c}", f"{a}/{b}-{c}", f"1.{a}.{b}.{c}",
            f"{a} - {b} - {c}", f"+1 ({a}) {b}.{c}", f"1-{a}-{b}-{c}")[k]


def _pager(r: random.Random) -> str:
    k = r.randrange(6)
    return (f"{r.randint(1, 9)}-{_digits(r, 4)}", _digits(r, 5),
            f"{r.choice(_AREAS)}-{r.randint(201, 989)}-{_digits(r, 4)}",
            f"{_digits(r, 3)}-{_digits(r, 4)}", f"{r.randint(2, 8)}{_digits(r, 3)}",
            f"{r.randint(2, 9)}-{_digits(r, 3)}")[k]


def _luhn_npi(r: random.Random) -> str:
    base = r.choice("12") + _digits(r, 8)
    total = 0
    for idx, ch in enumerate(reversed("80840" + base)):
        d = int(ch)
        if idx % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(r: random.Random) -> str:
    d = [r.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGMP") + r.choice("BCDFGHKLMNPRSTWZ") + "".join(map(str, d)) + str(chk)


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(letters) + r.choice(alnum) + str(r.randrange(10)) + r.choice(letters)
         + r.choice(alnum) + str(r.randrange(10)) + r.choice(letters) + r.choice(letters) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def _person(r: random.Random, style: str = "any") -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    if style == "any":
        style = r.choice(("full", "full", "full", "first", "lower", "formal", "comma", "initial"))
    if style == "full":
        return f"{f} {last}"
    if style == "first":
        return f
    if style == "lower":
        return r.choice((f"{f} {last}".lower(), f.lower(), f.lower()))
    if style == "formal":
        return f"{f} {r.choice('ABCDEFGHJKLMPRSTW')}. {last}"
    if style == "comma":
        return f"{last}, {f}"
    if style == "caps":
        return f"{last.upper()}, {f.upper()}"
    return f"{f[0]}. {last}"


def _date(r: random.Random, style: str = "any") -> str:
    if style == "dob":
        y = r.randint(1924, 1966)
    elif style == "death":
        y = r.randint(2012, 2025)
    else:
        y = r.randint(2017, 2026)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    k = r.randrange(11)
    return (f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}", f"{d} {mon} {y}",
            f"{y}-{m:02d}-{d:02d}", f"{d}-{mon[:3]}-{y}", f"{mon[:3]} {d} {y}", f"{m}.{d}.{y}", f"{d} {mon[:3]} {y}",
            f"{m}-{d}-{y}")[k]


def _account(r: random.Random, style: str = "any") -> str:
    if style == "any":
        style = r.choice(("enc", "acc", "rx", "claim", "order", "spec", "acct"))
    if style == "enc":
        return r.choice((_digits(r, 10), "E" + _digits(r, 8), f"{_digits(r, 4)}-{_digits(r, 6)}"))
    if style == "acc":
        return r.choice(("RAD" + _digits(r, 7), f"CT-{_digits(r, 6)}", _digits(r, 8), f"MR{_digits(r, 7)}",
                         f"US-{_digits(r, 3)}-{_digits(r, 5)}"))
    if style == "rx":
        return r.choice((_digits(r, 7), f"{_digits(r, 7)}-{_digits(r, 2)}", "RX" + _digits(r, 8), _digits(r, 9)))
    if style == "claim":
        return r.choice((f"{_digits(r, 2)}{r.choice('ABCDE')}{_digits(r, 9)}", f"CLM-{_digits(r, 8)}",
                         _digits(r, 11)))
    if style == "order":
        return r.choice((_digits(r, 8), f"ORD{_digits(r, 7)}", f"RQ-{_digits(r, 6)}"))
    if style == "spec":
        return r.choice((f"SP-{_digits(r, 2)}-{_digits(r, 5)}", f"{_digits(r, 2)}H{_digits(r, 6)}",
                         f"M{_digits(r, 7)}"))
    return r.choice((_digits(r, 9), f"G{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 2)}"))


def _health_plan(r: random.Random, style: str = "any") -> str:
    if style == "mbi":
        return _mbi(r)
    if style == "masshealth":
        return _digits(r, 12)
    k = r.randrange(7)
    return ("".join(r.choice("BCDFGHJKLMNPRTWXYZ") for _ in range(3)) + _digits(r, 9), _mbi(r), _digits(r, 12),
            "W" + _digits(r, 9), f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 2)}",
            "M" + _digits(r, 10), f"{r.choice('HKQZ')}{_digits(r, 8)}0{r.randint(1, 4)}")[k]


def _license(r: random.Random, style: str = "any") -> str:
    if style == "any":
        style = r.choice(("npi", "npi", "dea", "lic", "dl", "ems"))
    if style == "npi":
        return _luhn_npi(r)
    if style == "dea":
        return _dea(r)
    if style == "lic":
        return r.choice((_digits(r, 6), f"{_digits(r, 3)}{_digits(r, 3)}", f"{r.randint(1, 9)}{_digits(r, 5)}",
                         f"0{_digits(r, 6)}", f"{_digits(r, 2)}-{_digits(r, 5)}"))
    if style == "dl":
        return r.choice(("S" + _digits(r, 8), "D" + _digits(r, 7), _digits(r, 9), f"{r.choice('FHKW')}{_digits(r, 7)}"))
    return r.choice((f"P{_digits(r, 5)}", f"E{_digits(r, 6)}", _digits(r, 6)))


def _zip(r: random.Random) -> str:
    z = r.choice(_ZIP3) + _digits(r, 2)
    return f"{z}-{_digits(r, 4)}" if r.random() < 0.25 else z


def _street(r: random.Random) -> str:
    if r.random() < 0.08:
        return f"PO Box {r.randint(12, 9999)}"
    s = f"{r.randint(2, 2999)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    u = r.random()
    if u < 0.18:
        s += f", Apt {r.randint(1, 9)}{r.choice('ABCDLR')}"
    elif u < 0.28:
        s += f" #{r.randint(1, 40)}"
    elif u < 0.36:
        s += f" Unit {r.randint(1, 220)}"
    elif u < 0.42:
        s += f", {r.choice(('2nd', '3rd', '1st'))} fl"
    return s


def _device(r: random.Random) -> str:
    k = r.randrange(7)
    up = "ABCDEFGHJKLMNPRTVWXYZ"
    return ("".join(r.choice(up) for _ in range(3)) + _digits(r, 6), f"{r.choice(up)}{r.choice(up)}{_digits(r, 6)}H",
            _digits(r, 5) + r.choice(up) + _digits(r, 4), f"{_digits(r, 2)}-{_digits(r, 5)}-{_digits(r, 2)}",
            f"{r.choice(up)}{_digits(r, 9)}", "".join(r.choice(up + "0123456789") for _ in range(8)) + _digits(r, 2),
            f"{_digits(r, 4)}{r.choice(up)}{r.choice(up)}{_digits(r, 5)}")[k]


def _vehicle(r: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if r.random() < 0.22:
        return r.choice("12345JKW") + "".join(r.choice(up + "0123456789") for _ in range(16))
    k = r.randrange(6)
    return (f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 2)}",
            f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 3)}",
            f"{r.choice(up)}{r.choice(up)}{r.choice(up)}-{_digits(r, 4)}",
            f"{_digits(r, 3)} {r.choice(up)}{r.choice(up)}{r.randint(1, 9)}",
            f"{r.randint(1, 9)}{r.choice(up)}{_digits(r, 2)}{r.choice(up)}{r.choice(up)}",
            f"{r.choice(up)}{r.choice(up)}{_digits(r, 4)}")[k]


def _slug(name: str) -> str:
    return name.lower().replace("'", "").replace(" ", "").replace("ø", "o").replace("ñ", "n").replace(".", "")


def _email(r: random.Random) -> str:
    f = r.choice(_FIRST).lower().replace("-", "").replace(" ", "")
    la = _slug(r.choice(_LAST))
    dom = r.choice(_MAIL)
    k = r.randrange(7)
    local = (f"{f}.{la}{r.randint(40, 99)}", f"{f[0]}{la}", f"{la}_{f}", f"{f}{la}{r.randint(1, 999)}",
             f"{f}.{la}", f"{la}.family", f"{f[0]}.{la}{r.randint(1940, 1999)}")[k]
    return f"{local}@{dom}"


def _url(r: random.Random) -> str:
    f = r.choice(_FIRST).lower().replace("-", "")
    la = _slug(r.choice(_LAST))
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    k = r.randrange(10)
    return (f"https://www.caringbridge.org/visit/{la}family", f"https://gofund.me/{tok[:8].lower()}",
            f"https://www.gofundme.com/f/help-{f}-{la}-recover", f"https://us02web.zoom.us/j/{_digits(r, 11)}",
            f"https://photos.app.goo.gl/{tok}", f"www.facebook.com/{f}.{la}.{r.randint(1, 99)}",
            f"https://drive.google.com/file/d/1{tok}/view", f"http://{la}familyblog.wordpress.com",
            f"https://share.ambrahealth.com/s/{tok[:7]}", f"https://www.instagram.com/{f}_{la}_{r.randint(1, 99)}")[k]


def _ip(r: random.Random) -> str:
    if r.random() < 0.2:
        return ":".join(f"{r.randrange(65536):x}" for _ in range(8))
    first = r.choice((24, 50, 66, 67, 68, 71, 73, 75, 98, 107, 108, 173, 174, 208))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(1, 899)
    a = 667 if a == 666 else a
    g, s = r.randint(1, 99), r.randint(1, 9999)
    k = r.randrange(3)
    return (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}")[k]


def _mrn(r: random.Random) -> str:
    k = r.randrange(6)
    return (_digits(r, 7), "00" + _digits(r, 6), f"A{_digits(r, 7)}", f"MR-{_digits(r, 6)}", f"10{_digits(r, 6)}",
            f"{_digits(r, 4)}-{_digits(r, 4)}")[k]


def _age(r: random.Random) -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


def _value(cat: str, r: random.Random, style: str = "any") -> str:
    if cat in ("PHONE", "FAX"):
        return _phone(r, "us" if cat == "FAX" and style == "any" else style)
    gens: dict[str, Callable[[], str]] = {
        "PAGER": lambda: _pager(r), "EMAIL": lambda: _email(r), "URL": lambda: _url(r), "IP_ADDRESS": lambda: _ip(r),
        "SSN": lambda: _ssn(r), "MRN": lambda: _mrn(r), "ACCOUNT": lambda: _account(r, style),
        "HEALTH_PLAN": lambda: _health_plan(r, style), "LICENSE": lambda: _license(r, style),
        "ZIP": lambda: _zip(r), "STREET_ADDRESS": lambda: _street(r), "DATE_REAL_YEAR": lambda: _date(r, style),
        "AGE_OVER_89": lambda: _age(r), "DEVICE_ID": lambda: _device(r), "VEHICLE_ID": lambda: _vehicle(r),
        "PERSON": lambda: _person(r, style), "LOCATION": lambda: r.choice(_TOWNS),
        "ORGANIZATION": lambda: r.choice(_PHARMS if style == "pharm" else _ORGS + _PHARMS[:2]),
    }
    return gens[cat]()


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

# (sentence, look-alikes it carries); the named eponyms and brands form EPONYMS_AND_BRANDS
_FILLER = (
    ("she's been taking the Eliquis 5 mg twice a day like the paper says", ("Eliquis", "5 mg")),
    ("can i take Tylenol with the Xarelto?? my knee is killing me", ("Tylenol", "Xarelto")),
    ("the Lasix has me running to the bathroom all nite", ("Lasix",)),
    ("INR 3.4 on the Coumadin check, one dose held per anticoag clinic", ("Coumadin", "INR 3.4")),
    ("pharmacy says the Ozempic pen is on backorder again", ("Ozempic",)),
    ("Jardiance copay is $400 a month, pt asking for something cheaper", ("Jardiance",)),
    ("started Entresto 24/26 mg before discharge, home BP 98/60 this am", ("Entresto", "24/26 mg")),
    ("Zofran helps but the Norco still makes her queasy", ("Zofran", "Norco")),
    ("finished the Keflex yesterday, redness around the incision is better", ("Keflex",)),
    ("pt mixed up the Augmentin and Flomax bottles, pill box reviewed by phone", ("Augmentin", "Flomax")),
    ("Synthroid on an empty stomach, 30 min before coffee", ("Synthroid",)),
    ("Lantus 18 units at bedtime, Humalog sliding scale with meals", ("Lantus", "Humalog")),
    ("Narcan kit given at discharge, wife shown how to use it", ("Narcan",)),
    ("do NOT stop the Plavix before talking to cardiology", ("Plavix",)),
    ("took Miralax and Senna, still no BM since Tuesday", ("Miralax", "Senna")),
    ("Foley came out at the rehab, voiding ok since", ("Foley",)),
    ("Dexcom G7 readings 180s-240s overnight", ("Dexcom G7",)),
    ("the FreeStyle Libre 3 sensor fell off in the shower", ("FreeStyle Libre 3",)),
    ("ResMed AirSense 11 mask is leaking, DME supplier to call her back", ("ResMed AirSense 11",)),
    ("Omnipod 5 alarming occlusion, pod changed per pump trainer", ("Omnipod 5",)),
    ("Zio patch mailed back in the prepaid envelope", ("Zio patch",)),
    ("wearing the LifeVest except in the shower as instructed", ("LifeVest",)),
    ("PleurX drained 600 mL yesterday, a little cloudy", ("PleurX", "600 mL")),
    ("hx Parkinson's, carbidopa-levodopa timing reviewed with caregiver", ("Parkinson's",)),
    ("early Alzheimer's per family, daughter fills the pill box", ("Alzheimer's",)),
    ("?Crohn's flare, 6 loose stools today, no blood", ("Crohn's",)),
    ("had Bell's palsy on the left side years ago, resolved", ("Bell's palsy",)),
    ("Hashimoto's, TSH due with PCP", ("Hashimoto's",)),
    ("Barrett's esophagus, surveillance EGD overdue", ("Barrett's esophagus",)),
    ("positive Murphy's sign in the ED per records", ("Murphy's sign",)),
    ("Wells score 1 at the time, low pretest probability", ("Wells score",)),
    ("Epley maneuver handout sent through the portal", ("Epley maneuver",)),
    ("it was a Baker's cyst on the ultrasound, not a clot", ("Baker's cyst",)),
    ("s/p Whipple, on Creon with meals and snacks", ("Whipple", "Creon")),
    ("Roux-en-Y in the past so no NSAIDs", ("Roux-en-Y",)),
    ("hx Guillain-Barré in 2009, no flu shot since", ("Guillain-Barré", "2009")),
    ("Raynaud's worse in the cold, gloves advised", ("Raynaud's",)),
    ("Sjögren's with very dry eyes, uses drops hourly", ("Sjögren's",)),
    ("Meniere's vs BPPV per ENT", ("Meniere's",)),
    ("Colles fracture cast check is next week", ("Colles fracture",)),
    ("wife describes Cheyne-Stokes breathing when he sleeps", ("Cheyne-Stokes",)),
    ("Child-Pugh B, MELD 14 at discharge", ("Child-Pugh", "MELD 14")),
    ("CHA2DS2-VASc 5, anticoagulation continued", ("CHA2DS2-VASc",)),
    ("Glasgow Coma Scale 15 per EMS run sheet", ("Glasgow Coma Scale",)),
    ("Valsalva made the palpitations stop last time", ("Valsalva",)),
    ("Wolff-Parkinson-White pattern on an old ECG", ("Wolff-Parkinson-White",)),
    ("Hodgkin lymphoma in remission since 1998", ("Hodgkin lymphoma", "1998")),
    ("tick bite at the camp, worried about Lyme disease", ("Lyme disease",)),
    ("Graves' disease on methimazole 10 mg", ("Graves' disease",)),
    ("Addison's on hydrocortisone, sick-day stress dosing reviewed", ("Addison's",)),
    ("Prilosec OTC every morning", ("Prilosec",)),
    ("Lipitor 40 at bedtime", ("Lipitor",)),
    ("Januvia stopped in hospital, A1c 6.1", ("Januvia", "A1c 6.1")),
    ("Colace twice a day while on the oxycodone", ("Colace",)),
    ("Medtronic Micra leadless pacer placed this admission", ("Medtronic Micra",)),
    ("Tandem t:slim X2 basal suspended overnight", ("Tandem t:slim X2",)),
    ("PowerPICC in the right arm for home antibiotics", ("PowerPICC",)),
    ("Inspire device turned off until ENT follow-up", ("Inspire",)),
    ("MitraClip done last admission, echo due", ("MitraClip",)),
    ("Swan-Ganz numbers were fine in the unit per cardiology note", ("Swan-Ganz",)),
    ("s/p Nissen fundoplication, can't burp", ("Nissen fundoplication",)),
    ("Virchow's triad discussed: long car ride, recent surgery", ("Virchow's triad",)),
    ("Marfan syndrome, sees genetics yearly", ("Marfan syndrome",)),
    ("Shingrix #2 due, pharmacy can give it", ("Shingrix",)),
    ("tested positive at home, asking about Paxlovid", ("Paxlovid",)),
    ("drinking Ensure twice a day, appetite poor", ("Ensure",)),
    ("needs more Depends and chux, DME order faxed", ("Depends",)),
    ("Voltaren gel on the knee, ok with the blood thinner", ("Voltaren",)),
    ("Fleet enema gave some relief", ("Fleet",)),
    ("Hoyer lift at home, 2-person transfer", ("Hoyer lift",)),
    ("Lovenox shots in the belly, bruising is expected", ("Lovenox",)),
    ("ACE wrap on the leg was too tight, loosened", ("ACE wrap",)),
)
_RAD_FILLER = (
    ("per Fleischner Society guidelines a CT in 6-12 months is suggested", ("Fleischner Society",)),
    ("Lung-RADS 4A, short-interval follow-up", ("Lung-RADS",)),
    ("BI-RADS 0: additional imaging needed", ("BI-RADS",)),
    ("LI-RADS 4 observation in segment 7", ("LI-RADS",)),
    ("TI-RADS 3 nodule, 1.6 cm", ("TI-RADS",)),
    ("Bosniak IIF cyst, follow-up imaging advised", ("Bosniak",)),
    ("Omnipaque 350, 80 mL IV, no immediate reaction", ("Omnipaque", "80 mL")),
    ("gadolinium (Gadavist) 7.5 mL given", ("Gadavist",)),
    ("premedication per the Greenberger protocol: prednisone 50 mg x3 and Benadryl 50 mg", ("Greenberger", "Benadryl")),
    ("attenuation 12 Hounsfield units, likely adenoma", ("Hounsfield",)),
    ("small Schatzki ring noted on the esophagram", ("Schatzki ring",)),
    ("Chiari I malformation, tonsils 6 mm below the foramen", ("Chiari",)),
    ("trace fluid in Morison's pouch", ("Morison's pouch",)),
    ("Kerley B lines at the bases", ("Kerley B lines",)),
    ("no Hampton's hump or Westermark sign", ("Hampton's hump", "Westermark")),
    ("Medtronic Azure MRI SureScan generator, conditional", ("Medtronic Azure",)),
    ("Boston Scientific leads, MR conditional per card", ("Boston Scientific",)),
    ("Baker's cyst again noted, unchanged", ("Baker's cyst",)),
)
_NOT_EPONYM = {"5 mg", "INR 3.4", "24/26 mg", "600 mL", "MELD 14", "A1c 6.1", "80 mL", "2009", "1998"}
EPONYMS_AND_BRANDS = tuple(sorted({x for _, looks in _FILLER + _RAD_FILLER for x in looks} - _NOT_EPONYM))

_HOTLINES = (
    ("If you ever feel unsafe or have thoughts of hurting yourself call or text {x}.", "988"),
    ("Poison Control: {x}", "1-800-222-1222"),
    ("Medicare questions: {x} (1-800-633-4227)", "1-800-MEDICARE"),
    ("for an emergency hang up and dial {x}", "911"),
    ("TTY users dial {x}", "711"),
    ("Mass 211 resource line: dial {x}", "211"),
    ("Veterans Crisis Line: dial {x}", "988 then press 1"),
    ("Social Security: {x}", "1-800-772-1213"),
    ("Nurse advice line (24/7): {x}", "1-866-555-0142"),
    ("Radiology scheduling main line {x}, option 2", "1-877-555-0190"),
    ("Patient Access Center: {x}", "(888) 555-0117"),
    ("Pharmacy benefit help desk on the back of the card: {x}", "1-855-555-0163"),
    ("MassHealth Customer Service {x}", "(800) 841-2900"),
    ("text STOP to {x} to opt out", "72345"),
    ("Interpreter line (LanguageLine) {x}", "1-844-555-0108"),
)
_WEBSITES = ("www.medicare.gov", "988lifeline.org", "www.cdc.gov/flu", "poisonhelp.hrsa.gov", "www.fda.gov/medwatch",
             "www.mass.gov/masshealth", "www.ssa.gov", "www.acr.org", "www.radiologyinfo.org", "medlineplus.gov")
_DEPTS = ("Patient Access Center", "Interpreter Services", "Radiology Scheduling", "Nurse Triage",
          "Outpatient Pharmacy",
          "Case Management", "Anticoagulation Clinic", "Heart Failure Clinic", "Imaging Library",
          "Health Information Management",
          "Call Center", "Social Work", "Transitional Care Team", "Interventional Radiology")
_STATES = ("Massachusetts", "MA", "Rhode Island", "New Hampshire", "Connecticut", "Florida", "FL", "Puerto Rico",
           "Vermont",
           "New York", "Maine")
_COUNTRIES = ("Portugal", "Haiti", "Cape Verde", "Vietnam", "Dominican Republic", "Nigeria", "Poland", "Ireland",
              "Brazil",
              "Jamaica", "Philippines", "Somalia")
_CHAINS = ("CVS", "Walgreens", "Rite Aid", "Stop & Shop Pharmacy", "Costco Pharmacy", "Walmart Pharmacy",
           "Big Y Pharmacy")
_LANGS = ("Spanish", "Portuguese", "Haitian Creole", "Vietnamese", "Cape Verdean Creole", "Mandarin", "Cantonese",
          "Russian", "Arabic", "Somali", "Polish", "Khmer", "ASL")
_REL = ("daughter", "son", "wife", "husband", "niece", "grandson", "granddaughter", "neighbor", "partner", "sister",
        "brother", "HCP (son)", "HCP (daughter)", "daughter-in-law", "friend")


class _Ctx:
    """Builder state: the rng, the categories still to plant, heavy flag, the look-alikes used."""

    _SLOT = re.compile(r"\[\[([A-Z_0-9]+)(?::(\w*))?(?::([0-9.]+))?\]\]")

    def __init__(self, r: random.Random, plants: list[str], heavy: bool) -> None:
        self.r = r
        self.pending = list(plants)
        self.heavy = heavy
        self.looks: list[str] = []
        self.base_year = r.randint(2106, 2196)

    def lk(self, s: str) -> str:
        self.looks.append(s)
        return s

    def slot(self, cat: str, style: str = "any", p: float = 0.6, alt: str | None = None) -> Block:
        if not self.heavy and cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            return [(_value(cat, self.r, style), cat)]
        if alt is not None and not self.heavy:
            return [(alt, None)]
        return [("___", None)]

    def b(self, tmpl: str, alt: dict[str, str] | None = None) -> Block:
        out: Block = []
        pos = 0
        for m in self._SLOT.finditer(tmpl):
            if m.start() > pos:
                out.append((tmpl[pos:m.start()], None))
            p = float(m.group(3)) if m.group(3) else 0.6
            out.extend(self.slot(m.group(1), m.group(2) or "any", p, (alt or {}).get(m.group(1))))
            pos = m.end()
        if pos < len(tmpl):
            out.append((tmpl[pos:], None))
        return out

    # ---- look-alike helpers ----
    def shifted(self, style: str = "any") -> str:
        y, m, d = self.base_year + self.r.choice((-1, 0, 0, 0, 1)), self.r.randint(1, 12), self.r.randint(1, 28)
        mon = _MONTHS[m - 1]
        k = self.r.randrange(6) if style == "any" else int(style)
        s = (f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{m:02d}/{d:02d}/{y}",
             f"{d} {mon[:3]} {y}")[k]
        return self.lk(s)

    def time(self) -> str:
        h, mi = self.r.randint(0, 23), self.r.randrange(60)
        k = self.r.randrange(4)
        s = (f"{h:02d}:{mi:02d}", f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
             f"{(h % 12) or 12}:{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}{mi:02d}")[k]
        return self.lk(s)

    def filler(self, n: int = 1, rad: bool = False, only: bool = False) -> list[str]:
        pool = _RAD_FILLER if only else _RAD_FILLER + _FILLER if rad else _FILLER
        out = []
        for sent, looks in self.r.sample(pool, n):
            self.looks.extend(looks)
            out.append(sent)
        return out

    def hotline(self) -> str:
        t, x = self.r.choice(_HOTLINES)
        self.lk(x)
        return t.format(x=x)

    def msgid(self) -> str:
        k = self.r.randrange(7)
        s = (f"MSG-{_digits(self.r, 8)}", f"{_digits(self.r, 4)}-{_digits(self.r, 5)}", f"CC-{_digits(self.r, 7)}",
             f"T{_digits(self.r, 6)}", f"{_digits(self.r, 10)}", f"Q{_digits(self.r, 4)}-{self.r.choice('ABCD')}",
             f"THR{_digits(self.r, 6)}")[k]
        return self.lk(s)

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.lk(self.r.choice(pool))

    def young_age(self, lo: int = 19) -> str:
        return self.lk(str(self.r.randint(lo, 88)))

    def group_no(self) -> str:
        return self.lk(self.r.choice((_digits(self.r, 7), f"GRP-{_digits(self.r, 5)}",
                                      f"{_digits(self.r, 3)}{self.r.choice('ABK')}{_digits(self.r, 3)}")))

    def version(self) -> str:
        k = self.r.randrange(4)
        s = (f"{self.r.randint(100, 130)}.0.{self.r.randint(4000, 6999)}.{self.r.randint(10, 199)}",
             f"{self.r.randint(9, 12)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}",
             f"v{self.r.randint(2, 10)}.{self.r.randint(0, 20)}.{self.r.randint(0, 30)}.{self.r.randint(100, 999)}",
             f"{self.r.randint(2105, 2199)}.{self.r.randint(1, 9)}.{self.r.randint(0, 9)}")[k]
        return self.lk(s)


# Generic plant snippets per category: "{V}" is the value; other fields are look-alikes.
_GENERIC: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Callback #: {V}", "pt asks that we call her back at {V} (cell), not the home line",
        "Best number to reach: {V}",
        "| Callback | {V} | mobile | ok to LVM |", "daughters cell {V} -- ok to leave detailed msg per pt",
        "pls call me back at\n{V} anytime after {T}", "Phone (home): {V}", "Tel {V}",
        "returned call to {V}, no answer, left generic VM (no PHI) per policy", "Caller ID showed {V}.",
        "son can be reached on whatsapp {V}", "    Contact phone ........ {V}", "ph# {V}", "called pt @ {V} at {T}",
        "reached wife at her work number {V} x{X}", "Alt contact: neighbor ___  {V}", "Cell:{V}",
        "new number is {V} bc the landline got shut off", "Patient requests callback on her\ncell {V}",
        "CALL BACK\n#: {V}",
    ),
    "FAX": (
        "Fax: {V}", "faxed signed order to {V} (confirmation #{F})", "pls fax the records to {V} attn ___", "F {V}",
        "| Fax | {V} |", "fax# {V}", "Sent via fax to the VNA intake line {V} at {T}.",
        "PCP office fax {V} (number confirmed with office staff)", "FAX NO. {V}",
        "the fax they gave is {V} but it kept failing, will mail instead", "Fax back to: {V}",
        "Facsimile {V}",
    ),
    "PAGER": (
        "pager {V}", "paged covering resident at {V}, callback in 4 min", "pgr #{V}", "Beeper: {V}",
        "page the IR fellow, {V}, with questions", "| Pager | {V} |", "Reached via pager {V} at {T}.",
        "on-call pgr {V}", "pls page me back {V} -- ___", "paged x2 ({V}), no response, escalated to attending",
    ),
    "EMAIL": (
        "From: ___ <{V}>", "To: {V}", "pt's e-mail on file: {V}", "please reply to {V} -- i dont check the portal much",
        "e-mail: {V}", "cc: {V}", "--\n___\n{V}",
        "daughter asked for the d/c paperwork to be emailed to {V}; explained we cannot send PHI by unencrypted e-mail",
        "Reply-To: {V}", "email him at {V} if no answer", "| Email | {V} |", "<{V}> wrote:",
        "From: ___\n    <{V}>",
    ),
    "URL": (
        "shared link to the outside images: {V}", "family set up a page at {V} for updates",
        "video visit link sent by text: {V}",
        "pt sent photo of the wound via {V}", "Link: {V}",
        "her blog about the trip is {V} if you want to see the rash pics",
        "| URL | {V} |", "son posted the fundraiser {V} and asked us to share (declined)",
    ),
    "IP_ADDRESS": (
        "Portal audit: message submitted from IP {V} (MyChart {W})", "login from {V}", "| Source IP | {V} |",
        "Remote access session from {V} ended {T}.", "client ip={V}",
        "e-visit questionnaire submitted (IP address {V}; browser Chrome {W})", "[audit] {V} - - \"POST /msg\" 200",
    ),
    "SSN": (
        "SSN: {V}", "pt read her social over the phone ({V}) -- advised not to share by phone in future",
        "Soc Sec # {V}",
        "| SSN | {V} |", "ss# {V}", "social security number on the disability form: {V}",
    ),
    "MRN": (
        "MRN: {V}", "Unit No: {V}", "med rec # {V}", "MR#{V}", "pt identified by name + DOB + MRN ({V})",
        "| MRN | {V} |",
        "outside MRN {V} (___)", "Hosp # {V}", "chart # {V}",
    ),
    "ACCOUNT": (
        "Encounter #: {V}", "Acct {V}", "CSN {V}", "Accession: {V}", "order #{V}", "Req# {V}",
        "claim no. {V} denied per caller", "specimen id {V}", "Rx # {V}", "billing account {V}", "| Accession | {V} |",
        "run # {V}", "guarantor acct {V}",
    ),
    "HEALTH_PLAN": (
        "Member ID: {V}", "read me her ins card over the phone: member {V}, group {G}", "MBI {V}", "MassHealth # {V}",
        "subscriber id {V}", "Policy #: {V}", "pt read the Medicare card, MBI\n{V}",
        "| Member ID | {V} | Group | {G} |", "ins id {V}", "Medicaid ID {V}",
    ),
    "LICENSE": (
        "NPI {V}", "DEA# {V}", "ordering provider NPI: {V}", "Lic. # {V}", "MA RN license {V}", "driver's license {V}",
        "DL {V}", "| NPI | {V} |", "pharmacist lic {V}", "EMT cert {V}",
    ),
    "ZIP": (
        "___, {S} {V}", "zip {V}", "ZIP code: {V}", "pt moved, new zip {V}", "| ZIP | {V} |", "___ {S}  {V}",
    ),
    "STREET_ADDRESS": (
        "courier to: {V}, ___", "home address for the CD courier: {V}",
        "mail the new card to {V} (buzzer broken, call on arrival)",
        "Address: {V}", "pt is staying at {V} w/ her sister", "| Address | {V} |", "send supplies to {V}",
    ),
    "DATE_REAL_YEAR": (
        "Sent: {D} {V} {T}", "On {V}, ___ wrote:", "DOB {V}", "date of birth: {V} (verified x2 identifiers)",
        "pt states her husband passed away {V}", "last seen in clinic {V}", "| DOB | {V} |", "voicemail left {V} {T}",
        "Date: {V}", "Sent:\n{V}", "date of death\n{V} per obituary the family sent",
    ),
    "AGE_OVER_89": (
        "my mother is {V} and lives alone", "{V} y/o F calling re: ...", "pt is a {V}-year-old", "Age: {V}",
        "she turned {V} last week", "{V}yo", "aged {V}", "| Age | {V} |",
    ),
    "DEVICE_ID": (
        "pacemaker serial # {V}", "Pt read off implant card: {K}, SN {V}", "UDI (01){U}(17){E}(10){L}(21){V}",
        "CPAP serial no. {V}", "S/N: {V}", "| Serial | {V} |", "insulin pump SN {V} -- replacement being shipped",
        "serial number {V}",
    ),
    "VEHICLE_ID": (
        "ride pickup: silver Camry, plate {V}", "son's car plate # {V} (parking validation)", "VIN {V}",
        "wheelchair van lic. plate {V}", "MA plate {V}", "| Plate | {V} |", "Uber driver ___, plate {V}",
    ),
    "PERSON": (
        "spoke with daughter {V}", "-- {V}, RN", "pt's son {V} called", "Dr. {V}", "From: {V}", "thx, {V}",
        "Interpreter: {V} (Spanish)", "HCP: {V} (niece)", "{V} here, calling for my dad", "emergency contact {V}",
        "| Caller | {V} | relationship: wife |",
    ),
    "LOCATION": (
        "pt lives in {V}", "staying with family in {V} until follow-up", "pt is driving up from {V}, ~2 hrs",
        "son flying in from {V}, {C}", "Town: {V}", "| City | {V} |", "fell at her sister's house in {V}",
        "moving to {V} next month",
    ),
    "ORGANIZATION": (
        "discharged to {V}", "pt's PCP is at {V}", "records requested from {V}", "works at {V} (employer)",
        "calling from {V} re: skilled visit", "VNA: {V}", "___ from {V} billing", "| Facility | {V} |",
        "outside films from {V}", "her grandson's school, {V}, called",
    ),
}

_DEVICES = ("Medtronic Azure XT DR MRI SureScan, model W1DR01", "Abbott Assurity MRI, model PM2272",
            "Boston Scientific Accolade MRI, model L331", "Biotronik Enitra 8 DR-T",
            "Medtronic Micra AV2, model MC2AVR1",
            "Cochlear Nucleus CI622", "ResMed AirSense 11, REF 39000", "Tandem t:slim X2")


def _generic_block(c: _Ctx, cat: str) -> Block:
    r = c.r
    tmpl = r.choice(_GENERIC[cat])
    fields: dict[str, Callable[[], str]] = {
        "T": c.time, "X": lambda: c.lk(str(r.randint(10, 9999))), "F": c.msgid, "G": c.group_no,
        "S": lambda: c.pick(("MA", "RI", "NH", "CT", "Mass.", "Massachusetts")), "C": lambda: c.pick(_COUNTRIES),
        "W": c.version, "D": lambda: c.lk(r.choice(_WEEKDAYS)), "K": lambda: c.pick(_DEVICES),
        "U": lambda: c.lk("0" + _digits(r, 13)),
        "E": lambda: c.lk(f"{r.randint(26, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"),
        "L": lambda: c.lk(f"{r.choice('ABCHMN')}{_digits(r, 6)}"),
    }
    parts = re.split(r"\{([A-Z])\}", tmpl)
    out: Block = []
    for idx, p in enumerate(parts):
        if idx % 2 == 0:
            if p:
                out.append((p, None))
        elif p == "V":
            style = "any"
            if cat == "DATE_REAL_YEAR" and ("DOB" in tmpl or "birth" in tmpl):
                style = "dob"
            elif cat == "DATE_REAL_YEAR" and ("passed" in tmpl or "death" in tmpl):
                style = "death"
            elif cat == "LICENSE" and "NPI" in tmpl:
                style = "npi"
            elif cat == "LICENSE" and "DEA" in tmpl:
                style = "dea"
            elif cat == "LICENSE" and ("driver" in tmpl or "DL" in tmpl):
                style = "dl"
            elif cat == "LICENSE" and ("Lic" in tmpl or "license" in tmpl or "lic " in tmpl):
                style = "lic"
            elif cat == "LICENSE":
                style = "ems"
            elif cat == "ACCOUNT":
                style = ("rx" if "Rx" in tmpl else "acc" if "ccession" in tmpl else "claim" if "claim" in tmpl
                         else "spec" if "specimen" in tmpl else "order" if ("order" in tmpl or "Req" in tmpl)
                         else "enc" if ("Encounter" in tmpl or "CSN" in tmpl) else "any")
            elif cat == "HEALTH_PLAN":
                style = "mbi" if "MBI" in tmpl else "masshealth" if "MassHealth" in tmpl else "any"
            elif cat == "PERSON":
                style = r.choice(("full", "full", "lower", "first", "formal")) if "Dr." not in tmpl else "full"
            out.append((_value(cat, r, style), cat))
        else:
            out.append((fields[p](), None))
    out.append(("\n", None))
    return out


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------

_REASONS = (
    ("legs swelling",
     "my ankles are really swolen since i got home from the hospital, both sides, weight went from 182 to 186 "
     "in 3 days. i been taking the water pill. should i take an extra one??",
     "A 4 lb gain in 3 days is something we act on. Per the heart failure NP take an extra furosemide 40 mg today and "
     "weigh yourself tomorrow morning before breakfast. If short of breath at rest call 911."),
    ("bleeding gums",
     "my gums bleed when i brush and theres bruises on both arms. im on the blood thinner they started "
     "in the hospital. is that normal or should i stop it",
     "Some bruising can happen on apixaban. Do not stop it on your own. If you see black stools, blood in the urine or "
     "bleeding that won't stop after 10 minutes of pressure go to the ED."),
    ("incision drainage", "theres yellowish stuff coming out the bottom of the incision and it smells kind of bad, no "
     "fever but i feel blah. pic attached",
     "Thank you for the photo. The surgical team would like to see the wound tomorrow; please keep it covered with dry "
     "gauze. Call back or go to the ED for a temp over 101.5 F."),
    ("constipation", "havent gone #2 in 5 days since surgery, belly feels tight, passing some gas. the pain pills are "
     "probably why right",
     "Yes, oxycodone often causes this. Take Miralax 17 g twice a day and senna 2 tabs at night. If you vomit or stop "
     "passing gas, call right away."),
    ("dizziness", "getting dizzy when i stand up, almost fell in the kitchen this morning, bp on my machine was 92/58",
     "Please hold the lisinopril until we call you back and sit on the edge of the bed before standing. Recheck the BP "
     "twice today and send the readings."),
    ("blood sugar", "sugars are all over the place since discharge, 62 this morning and 310 last night after dinner. "
     "not sure if im doing the insulin right",
     "Lower the bedtime glargine from 20 to 16 units starting tonight and check before each meal. Treat a sugar under "
     "70 "
     "with 4 oz juice and recheck in 15 minutes."),
    ("shortness of breath", "more short of breath today walking to the mailbox, using the inhaler more, no fever, "
     "coughing up some white stuff",
     "Given the recent admission we would like you seen today. If breathing gets worse, lips look blue or you cannot "
     "finish a sentence call 911."),
    ("med question",
     "the discharge list says metoprolol succinate 50 but my bottle from before says tartrate 25 twice a "
     "day, which one do i take?? i dont want to double up",
     "Take only the metoprolol succinate 50 mg once daily and stop the old tartrate bottle. Please bring all bottles "
     "to "
     "the visit next week."),
    ("fever", "temp 100.9 tonight, chills, the PICC arm is a little red around the dressing",
     "With a PICC line and fever we need you evaluated tonight. Please go to the ED and bring the antibiotic "
     "schedule."),
    ("rash", "broke out in an itchy rash on my chest and back, started 2 days after the new antibiotic",
     "Stop the antibiotic and take cetirizine 10 mg. If there is lip or tongue swelling or trouble breathing call 911. "
     "We will message the team about an alternative."),
)
_SUBJECTS = ("Question about my meds", "RE: swelling", "Fwd: discharge papers", "refill??", "my mom's appointment",
             "pain after surgery", "Test results question", "RE: RE: follow up", "URGENT pls read", "(no subject)",
             "question", "Non-urgent medical question")
_SIGNOFF = ("thank you so much", "thx", "Sent from my iPhone", "- sent from Yahoo Mail on Android", "God bless",
            "sorry for the long message", "Thanks again", "Get Outlook for iOS")


def _ds_header(c: _Ctx) -> Block:
    r = c.r
    sex = r.choice("MF")
    k = r.randrange(4)
    if k == 0:
        return c.b("Name:  ___                  Unit No:   [[MRN::0.45]]\n\nAdmission Date:  ___              "
                   "Discharge "
                   f"Date:   ___\n\nDate of Birth:  [[DATE_REAL_YEAR:dob:0.4]]             Sex:   {sex}\n\nService: "
                   f"{r.choice(('MEDICINE', 'SURGERY', 'CARDIOLOGY', 'ORTHOPAEDICS', 'NEUROLOGY'))}\n\nAttending: "
                   f"[[PERSON:full:0.3]].\n\n")
    if k == 1:
        return c.b(f"Name: ___   Unit No: ___\nDate of Birth: ___   Sex: {sex}\nEncounter: [[ACCOUNT:enc:0.4]]   "
                   f"Type: Telephone / Patient Message\nCharted: {c.shifted()} {c.time()}\n\n")
    if k == 2:
        return c.b(f"=== pasted from outpatient EHR ({c.lk('Epic')}) ===\nPATIENT: ___, ___   MRN [[MRN::0.4]]\n"
                   f"DOB: ___  ({sex})   PCP: ___\n\n")
    return c.b(f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   "
               f"{c.shifted()}\n\nDate of Birth:  ___             Sex:   {sex}\n\nService: MEDICINE\n\nADDENDUM - "
               f"communication after discharge\n\n")


_EXAMS = (
    ("CT CHEST W/O CONTRAST", "Shortness of breath, r/o pneumonia", "Axial images of the chest without contrast.",
     "A 9 mm solid nodule in the right upper lobe. Small right pleural effusion. No consolidation.",
     "9 mm RUL nodule; follow-up recommended. Small right effusion."),
    ("CTA CHEST", "Pleuritic chest pain, eval for PE", "CT angiography of the chest with IV contrast.",
     "Filling defects in the right lower lobe segmental arteries. RV/LV ratio 1.1. No infarct.",
     "Acute right lower lobe segmental pulmonary emboli."),
    ("CT HEAD W/O CONTRAST", "Fall on anticoagulation", "Axial CT of the head without contrast.",
     "8 mm left frontal subdural hematoma without midline shift. No fracture.",
     "Acute left frontal subdural hematoma, 8 mm."),
    ("CHEST (PA AND LAT)", "Cough, fever", "PA and lateral views of the chest.",
     "New right lower lobe opacity. Heart size normal. No pneumothorax.",
     "Right lower lobe pneumonia."),
    ("MR LUMBAR SPINE W/O CONTRAST", "Back pain, leg weakness", "Sagittal and axial T1/T2 images.",
     "Large L4-5 disc extrusion with severe canal stenosis and compression of the cauda equina.",
     "Severe L4-5 stenosis, findings discussed."),
    ("US ABDOMEN LIMITED", "RUQ pain", "Grayscale and color Doppler images of the right upper quadrant.",
     "Gallbladder distended with wall thickening and stones. Sonographic Murphy sign positive.",
     "Findings consistent with acute cholecystitis."),
    ("MAMMOGRAM SCREENING BILATERAL", "Screening", "Standard CC and MLO views, tomosynthesis.",
     "Developing asymmetry in the left upper outer quadrant.", "BI-RADS 0: additional imaging needed."),
    ("CT ABDOMEN/PELVIS W CONTRAST", "Abdominal pain, weight loss", "Axial images after IV contrast.",
     "2.1 cm enhancing right renal lesion. Incidental 1.4 cm left adrenal nodule.",
     "Right renal lesion suspicious for RCC; adrenal nodule likely adenoma."),
    ("DUPLEX DVT LEFT LOWER EXT", "Leg swelling", "Grayscale, color and spectral Doppler.",
     "Occlusive thrombus in the left popliteal and posterior tibial veins.", "Acute left popliteal DVT."),
)


def _rad_header(c: _Ctx, exam: tuple[str, ...] | None = None) -> Block:
    r = c.r
    e = exam or r.choice(_EXAMS)
    sex = r.choice(("man", "woman", "M", "F"))
    age = c.young_age() if r.random() < 0.35 else "___"
    return c.b(f"EXAMINATION:  {e[0]}\n\nINDICATION:  {age} year old {sex} with {e[1]}\n\nTECHNIQUE:  {e[2]}\n\n"
               "COMPARISON:  "
               f"{c.shifted() if r.random() < 0.4 else '___'}.\n\nFINDINGS:\n{e[3]}\n\nIMPRESSION:\n{e[4]}\n\n")


# --------------------------------------------------------------------------------------------------
# Builders (discharge note type)
# --------------------------------------------------------------------------------------------------


def _b_portal_thread(c: _Ctx) -> list[Block]:
    r = c.r
    subj, msg, reply = r.choice(_REASONS)
    blocks = [_ds_header(c)]
    who = r.choice(("patient", "proxy", "proxy"))
    blocks.append(c.b(f"PATIENT PORTAL MESSAGE (pasted into chart by ___, {r.choice(('RN', 'LPN', 'MA', 'RN'))})\n\n"))
    blocks.append(c.b("From: [[PERSON:any:0.5]] " + ("(patient)" if who == "patient" else "(proxy: " + r.choice(_REL)
                                                     + ")")
                      + "\nTo: " + c.pick(_DEPTS) + " pool\nSent: " + c.lk(r.choice(_DAYS_LONG)) + ", ")
                  + c.slot("DATE_REAL_YEAR", "any", 0.5, alt=c.shifted("2")) + [(f" {c.time()}\n", None)]
                  + [(f"Subject: {r.choice(_SUBJECTS)} - {subj}\n\n", None)])
    body = msg
    if r.random() < 0.5:
        body += " also " + c.filler(1)[0].lower() + "."
    blocks.append([(body + "\n", None)])
    if r.random() < 0.4:
        blocks.append(c.b("my husband is [[AGE_OVER_89::0.8]] and he cant drive me anymore so i need the appt after "
                          "1pm.\n",
                          alt={"AGE_OVER_89": c.young_age(60)}))
    blocks.append(c.b(f"{r.choice(_SIGNOFF)}\n[[PERSON:lower:0.5]]\n\n"))
    blocks.append(c.b(f"----- Reply -----\nFrom: ___, RN\nSent: {c.shifted('2')} {c.time()}\nTo: ___\n\n"
                      f"Hi, thank you for your message. {reply} {c.hotline()}\n\n"))
    blocks.append(c.b("If this is urgent please do not use the portal; call the clinic. Our nurse line is answered "
                      f"24 hours.\n___, RN  |  {c.pick(_DEPTS)}  |  [[EMAIL::0.3]]\nMessage ID: {c.msgid()}   (MyChart "
                      f"{c.version()})\n\n"))
    if r.random() < 0.5:
        blocks.append(c.b(f"Additional info: {'; '.join(c.filler(2))}. Will route to ___ for review.\n"))
    return blocks


def _b_nurse_triage(c: _Ctx) -> list[Block]:
    r = c.r
    subj, msg, reply = r.choice(_REASONS)
    blocks = [_ds_header(c)]
    blocks.append(c.b(f"AFTER-HOURS NURSE TRIAGE CALL\nCall received {c.time()} via answering service "
                      f"(ticket {c.msgid()})\n"))
    blocks.append(c.b(f"Caller: [[PERSON:any:0.5]]   relationship: {r.choice(_REL + ('self', 'self'))}\n"
                      "Callback: [[PHONE:any:0.6]]   ok to leave msg: " + r.choice(("Y", "N", "yes", "no")) + "\n"))
    blocks.append(c.b("Pt identity verified: name + DOB ([[DATE_REAL_YEAR:dob:0.5]]). Age: [[AGE_OVER_89::0.6]]\n\n",
                      alt={"AGE_OVER_89": c.young_age()}))
    blocks.append([(f"Reason for call: {subj}. Caller states \"{msg}\"\n\n", None)])
    proto = r.choice(("Schmitt-Thompson adult protocol", "Schmitt-Thompson: Leg Swelling and Edema",
                      "Schmitt-Thompson: Breathing Difficulty", "Schmitt-Thompson: Wound Infection Suspected"))
    c.lk("Schmitt-Thompson")
    q = ["Chest pain? denies", "Fever? " + r.choice(("denies", "100.4 F at 9 pm", "no thermometer")),
         "Trouble breathing at rest? " + r.choice(("no", "no, only with stairs", "mild")),
         "Confusion? no", f"Pain {r.randint(2, 9)}/10", "Able to keep fluids down? yes"]
    r.shuffle(q)
    blocks.append([(f"Protocol: {proto}\n" + "\n".join(f" - {x}" for x in q[:r.randint(4, 6)]) + "\n\n", None)])
    dispo = r.choice(("See in office within 24 hrs", "Go to ED now", "Home care advice", "Call PCP in AM"))
    blocks.append(c.b(f"Disposition: {dispo}\n"
                      f"Advice given: {reply}\n{'; '.join(c.filler(r.randint(1, 2)))}.\n"))
    blocks.append(c.b("Paged on-call ___ at [[PAGER::0.6]] at " + c.time() + ", call returned, agrees with plan.\n"))
    blocks.append(c.b(f"Caller verbalized understanding, will call back with any change. {c.hotline()}\n"
                      "___, RN  Triage Nurse\n"))
    return blocks


def _b_tcm_call(c: _Ctx) -> list[Block]:
    r = c.r
    subj, msg, reply = r.choice(_REASONS)
    blocks = [_ds_header(c)]
    blocks.append(c.b(f"TELEPHONE ENCOUNTER - Transitional Care (post-discharge call, within 2 business days)\n"
                      f"Discharged {c.shifted()} from ___ to "
                      f"{r.choice(('home', 'home with services', 'daughter s home'))}.\n\n"))
    blocks.append(c.b("Spoke with: " + r.choice(("patient", "patient and " + r.choice(_REL), r.choice(_REL))) +
                      " [[PERSON:lower:0.5]] at [[PHONE::0.5]]\n"))
    how = r.choice(("Pt sounds well", "Pt tired but in good spirits", "Caregiver answering most questions"))
    blocks.append(c.b(f"Two identifiers confirmed. {how}.\n\n"))
    meds = c.filler(r.randint(2, 3))
    blocks.append([("Medication reconciliation by phone:\n" + "\n".join(f"  * {m}" for m in meds) + "\n\n", None)])
    blocks.append([(f"Concern raised: {subj} -- \"{msg}\"\nPlan: {reply}\n\n", None)])
    blocks.append(c.b("Home services: VNA [[ORGANIZATION::0.5]] start of care " + c.shifted() +
                      ", PT 2x/wk. DME: walker delivered.\n"))
    blocks.append(c.b("Follow-up: PCP ___ on " + c.shifted() + " at " + c.time() + "; " + c.pick(_DEPTS) +
                      " " + c.shifted() + ".\nTransportation: " +
                      r.choice(("son driving", "MassHealth PT-1 ride booked", "wife drives", "RIDE paratransit")) +
                      ".\n"))
    blocks.append(c.b(f"Red flags reviewed. {c.hotline()}\nTotal call time {r.randint(8, 34)} min.\n___, RN Care "
                      "Manager\n"))
    return blocks


def _b_callback_log(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_ds_header(c)]
    blocks.append(c.b(f"CALL CENTER CALLBACK LOG   queue: {c.pick(_DEPTS)}   ticket {c.msgid()}\n"
                      "Reason: " + r.choice(("schedule post-discharge f/u", "lab results callback",
                                             "missed appt outreach", "imaging f/u scheduling")) + "\n\n"))
    table: Block = [("| # | date | time | number dialed | outcome | agent "
                     "|\n|---|------|------|---------------|---------|-------|\n", None)]
    outcomes = ("no answer", "VM full", "disconnected mid-call", "number not in service", "left generic VM",
                "busy signal", "wrong number - pt unknown", "reached pt", "call dropped, called back")
    n = r.randint(3, 6)
    for k in range(n):
        table += ([(f"| {k + 1} | {c.shifted('0')} | {c.time()} | ", None)] + c.slot("PHONE", "any", 0.45) +
                  [(f" | {r.choice(outcomes)} | ", None)] + c.slot("PERSON", "first", 0.25) + [(" |\n", None)])
    blocks.append(table)
    blocks.append(c.b("\nNote: number on file ([[PHONE::0.5]]) keeps going to a disconnect tone; alternate number "
                      "obtained from " + r.choice(_REL) + ".\n"))
    blocks.append(c.b(f"Reached pt on attempt {n}. Appt booked {c.shifted()} {c.time()} with ___. "
                      f"Pt asked for a text reminder; consent on file. {c.hotline()}\n"))
    blocks.append(c.b(f"Other: {'; '.join(c.filler(r.randint(1, 2)))}.\nAgent ID {c.lk(str(r.randint(1000, 9999)))}  "
                      f"({c.pick(_DEPTS)})\n"))
    return blocks


def _b_interpreter_call(c: _Ctx) -> list[Block]:
    r = c.r
    lang = c.pick(_LANGS)
    subj, msg, reply = r.choice(_REASONS)
    blocks = [_ds_header(c)]
    blocks.append(c.b(f"TELEPHONE ENCOUNTER WITH INTERPRETER\nLanguage: {lang}\nInterpreter: [[PERSON:full:0.4]] "
                      f"(ID #{c.lk(str(r.randint(10000, 99999)))}, "
                      f"{c.lk(r.choice(('LanguageLine', 'CyraCom', 'in-house', 'Propio')))})\n"
                      f"Session ID {c.msgid()}  start {c.time()}  end {c.time()}\n\n"))
    blocks.append(c.b("Three-way call placed to pt at [[PHONE::0.5]]; " + r.choice(_REL) +
                      " [[PERSON:lower:0.4]] also on the line.\n"))
    blocks.append([(f"Pt reports (via interpreter): {msg}\n", None)])
    blocks.append(c.b("Pt lives in [[LOCATION::0.5]] with family, recently arrived from " + c.pick(_COUNTRIES) +
                      ", no car; " + c.pick(_STATES) + " transportation benefit reviewed.\n\n"))
    blocks.append([(f"Advice given: {reply}\nTeach-back completed in {lang}; pt repeated plan correctly.\n", None)])
    blocks.append(c.b(f"{'; '.join(c.filler(r.randint(1, 2)))}.\nWritten instructions in {lang} mailed. {c.hotline()}\n"
                      f"___, RN\n"))
    return blocks


def _b_pharmacy_refill(c: _Ctx) -> list[Block]:
    r = c.r
    chain = c.pick(_CHAINS)
    drug = r.choice((("apixaban (Eliquis) 5 mg tab", "Eliquis"), ("furosemide (Lasix) 40 mg tab", "Lasix"),
                     ("oxycodone 5 mg tab", "oxycodone"), ("insulin glargine (Lantus) 100 unit/mL pen", "Lantus"),
                     ("metoprolol succinate (Toprol XL) 50 mg", "Toprol XL"),
                     ("sacubitril-valsartan (Entresto) 24-26 mg", "Entresto"),
                     ("levothyroxine (Synthroid) 88 mcg", "Synthroid")))
    c.lk(drug[1])
    blocks = [_ds_header(c)]
    blocks.append(c.b("REFILL REQUEST - TELEPHONE\nCaller: "
                      f"{r.choice(('patient', 'pharmacy', 'daughter', 'son', 'VNA nurse'))} "
                      "[[PERSON:any:0.4]]\nPharmacy: ") + c.slot("ORGANIZATION", "pharm", 0.5, alt=chain) + c.b(
                      f" store #{c.lk(str(r.randint(100, 19999)))} ("
                      + r.choice(("on Main", "by the highway", "in the plaza"))
                      + ")  ph [[PHONE::0.5]]  fax [[FAX::0.6]]\n"))
    blocks.append(c.b("Rx #: [[ACCOUNT:rx:0.6]]\nMedication: " + drug[0]
                      + f"   qty {r.choice((30, 60, 90, 180))}   refills "
                      f"{r.randint(0, 5)}\nNDC {c.lk(f'{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}')}   last "
                      "filled "
                      f"{c.shifted()}\n{c.lk(r.choice(('90-day supply', '30-day supply', '90 day supply')))} requested "
                      "for mail order.\n\n"))
    blocks.append(c.b("Insurance: " + r.choice(("MassHealth", "Medicare Part D", "BCBS", "Tufts", "Harvard Pilgrim")) +
                      " member [[HEALTH_PLAN::0.5]]  group " + c.group_no() + "  (employer plan)\n"))
    blocks.append(c.b("Prescriber: Dr. [[PERSON:full:0.35]]   NPI [[LICENSE:npi:0.5]]   DEA [[LICENSE:dea:0.5]]\n\n"))
    why = r.choice(("pt out of pills since yesterday", "insurance rejected, PA needed", "pharmacy says refill too soon",
                    "dose changed at discharge, pharmacy still has old sig"))
    blocks.append(c.b(f"Notes: {why}. "
                      f"{'; '.join(c.filler(r.randint(1, 2)))}.\n"))
    blocks.append(c.b(f"Lot {c.lk(r.choice('ABCDKM') + _digits(r, 6))} exp "
                      f"{c.lk(f'{r.randint(2026, 2029)}-{r.randint(1, 12):02d}-28')} "
                      "(per pharmacist, recall check negative).\nSent e-Rx to pharmacy at " + c.time() +
                      ". Pt notified via portal.\n___, CMA\n"))
    return blocks


def _b_voicemail(c: _Ctx) -> list[Block]:
    r = c.r
    subj, msg, reply = r.choice(_REASONS)
    blocks = [_ds_header(c)]
    blocks.append(c.b(f"VOICEMAIL TRANSCRIPTION (automated, may contain errors)\nReceived: {c.shifted('3')} {c.time()} "
                      "  "
                      f"Length 0:{r.randint(21, 59)}   From: [[PHONE::0.6]]\nMailbox: {c.pick(_DEPTS)}\n\n"))
    blocks.append(c.b("\"hi um this is [[PERSON:lower:0.6]] calling about my " + r.choice(("mom", "dad", "husband",
                                                                                           "wife", "aunt",
                                                                                           "grandmother")) +
                      " um she was just in the hospital and " + msg + " uh can somebody call me back my number is "
                      "[[PHONE::0.6]] again thats [[PHONE::0.5]] ok thank you bye\"\n\n"))
    blocks.append(c.b(f"[transcription confidence: {r.choice(('low', 'medium', 'high'))}]\n\nRETURN CALL {c.time()}: "
                      + r.choice(("no answer, left generic VM.", "spoke with caller.", "line busy x2.",
                                  "call disconnected after 10 sec, called back, reached caller.")) +
                      f"\nAdvice: {reply}\n"))
    blocks.append(c.b(f"{'; '.join(c.filler(r.randint(1, 2)))}.\n{c.hotline()}\n___, RN\n"))
    return blocks


def _b_email_thread(c: _Ctx) -> list[Block]:
    r = c.r
    subj, msg, reply = r.choice(_REASONS)
    blocks = [_ds_header(c)]
    blocks.append(c.b("E-MAIL PRINTED INTO RECORD at pt/family request (scanned, HIM)\n\n"))
    blocks.append(c.b("From: [[PERSON:full:0.4]] <[[EMAIL::0.6]]>\nSent: ") +
                  c.slot("DATE_REAL_YEAR", "any", 0.5, alt=c.shifted("2")) +
                  c.b(f" {c.time()}\nTo: ___ <___>\nCc: [[EMAIL::0.4]]\nSubject: {r.choice(_SUBJECTS)}\n\n"))
    blocks.append(c.b("Hello,\nI am writing about my " + r.choice(("father", "mother", "aunt", "grandfather")) +
                      ", who is [[AGE_OVER_89::0.7]] and was discharged last week. " + msg +
                      " He is staying with us at [[STREET_ADDRESS::0.5]], [[LOCATION::0.5]] [[ZIP::0.5]] for now.\n",
                      alt={"AGE_OVER_89": c.young_age(66)}))
    blocks.append(c.b("Best,\n[[PERSON:first:0.4]]\n" + r.choice(("Sent from my iPhone", "--", "Regards")) +
                      "\nmobile [[PHONE::0.5]]\n\n"))
    blocks.append(c.b("> On " + c.shifted('2') + " at " + c.time()
                      + ", ___ <___> wrote:\n> Thank you for reaching out. "
                      "For privacy reasons we reply through the patient portal; please\n> ask your father to add you "
                      "as a "
                      "proxy. " + c.hotline() + "\n\n"))
    blocks.append(c.b(f"Clinic response (documented by ___, RN): {reply}\n{'; '.join(c.filler(r.randint(1, 2)))}.\n"))
    return blocks


def _b_sms_log(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_ds_header(c)]
    short = c.lk(r.choice(("72345", "46339", "88012", "227-73")))
    blocks.append(c.b(f"TEXT MESSAGE (SMS) REMINDER LOG\nCampaign: {c.msgid()}   short code {short}   consent: Y\n"
                      "Mobile on file: [[PHONE::0.6]]\n\n"))
    rows = [("OUT",
             f"Reminder: you have an appt at ___ on {c.shifted('0')} at {c.time()}. Reply C to confirm, R to "
             "reschedule. "
                    "Msg&data rates may apply."),
            ("IN", r.choice(("C", "c", "Confirm", "who is this", "cant make it my ride fell thru", "R pls"))),
            ("OUT", f"Thank you. To reschedule call {c.lk('1-877-555-0190')}. Reply STOP to opt out, HELP for help."),
            ("IN", r.choice(("also need a refill of the " + c.lk(r.choice(("Lasix", "Eliquis", "Xarelto", "Plavix"))),
                             "is this the heart clinic", "my daughter will bring me", "ok thx")))]
    tbl = "| time | dir | text |\n|---|---|---|\n"
    for d, t in rows:
        tbl += f"| {c.time()} | {d} | {t} |\n"
    blocks.append([(tbl + "\n", None)])
    blocks.append(c.b("Inbound reply from [[PHONE::0.5]] (not the number on file) flagged for review. Pt callback: "
                      "confirmed it is her " + r.choice(_REL) + "'s phone.\n"))
    blocks.append(c.b(f"Delivery status: {r.choice(('delivered', 'undeliverable - carrier', 'delivered, read'))}. "
                      f"Opt-out keyword list: STOP, END, QUIT.\n{'; '.join(c.filler(r.randint(1, 2)))}.\n"))
    blocks.append(c.b(f"Reviewed by ___ ({c.pick(_DEPTS)}) {c.shifted()}.\n"))
    return blocks


def _b_family_call(c: _Ctx) -> list[Block]:
    r = c.r
    rel = r.choice(_REL)
    blocks = [_ds_header(c)]
    blocks.append(c.b(f"FAMILY / CAREGIVER TELEPHONE CALL\nCaller: {rel} [[PERSON:any:0.5]], calling from "
                      "[[LOCATION::0.5]]" + (", " + c.pick(_COUNTRIES) if r.random() < 0.4 else "") +
                      "\nCallback [[PHONE::0.5]]  (HCP form on file: " + r.choice(("yes", "no", "unclear")) + ")\n\n"))
    blocks.append(c.b("Pt is [[AGE_OVER_89::0.7]] y/o, admitted " + c.shifted() + " with " +
                      r.choice(("hip fracture", "pneumonia", "CHF exacerbation", "UTI with delirium", "GI bleed")) +
                      ", now on the floor.\n", alt={"AGE_OVER_89": c.young_age(50)}))
    blocks.append(c.b(f"Family update given: {'; '.join(c.filler(r.randint(2, 3)))}.\n"
                      "Goals of care: "
                      f"{r.choice(('full code for now', 'DNR/DNI, MOLST on file', 'family meeting planned'))}.\n\n"))
    blocks.append(c.b("Caller's employer [[ORGANIZATION::0.4]] needs FMLA paperwork; faxed to HR at [[FAX::0.5]].\n"))
    blocks.append(c.b("Caller asked that updates also go to her brother ___ ([[EMAIL::0.4]]). Explained we will only "
                      "share with people pt lists.\n"))
    blocks.append(c.b(f"Her mother is {c.young_age(58)} and also unwell, so she can only visit weekends. "
                      f"{c.hotline()}\n"
                      "___, MSW  Social Work\n"))
    return blocks


# --------------------------------------------------------------------------------------------------
# Builders (radiology note type)
# --------------------------------------------------------------------------------------------------


def _b_rad_critical(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_rad_header(c)]
    ext = c.lk(str(r.randint(2000, 7999)))
    blocks.append(c.b("COMMUNICATION LOG (critical result):\nAccession [[ACCOUNT:acc:0.5]]\n"))
    blocks.append(c.b(f"Critical result called to Dr. [[PERSON:full:0.5]] ([[PAGER::0.5]]) at {c.time()} on "
                      f"{c.shifted()} by ___, with read-back confirmed.\n"))
    blocks.append(c.b(r.choice(("First attempt: paged, no callback in 15 min. ", "Ordering provider off shift; ",
                                "Covering resident reached via operator; ")) +
                      "second call to [[PHONE::0.5]] " + r.choice(("x", "ext. ", "ext ")) + ext + ", "
                      + r.choice(("reached", "left msg", "answered by charge nurse")) + ".\n"))
    blocks.append(c.b("Patient location at time of call: "
                      f"{r.choice(('ED', 'home (outpatient)', '7 West', 'SICU', 'radiology waiting area'))}. "
                      f"{'; '.join(c.filler(r.randint(1, 2), rad=True))}.\n\n"))
    blocks.append(c.b(f"Per ACR practice parameter ({c.lk('www.acr.org')}) communication documented. Result also sent "
                      "to ordering NPI [[LICENSE:npi:0.5]] inbox.\n"))
    blocks.append(c.b("Electronically signed by ___, MD  " + c.shifted() + " " + c.time() + "\n"))
    return blocks


def _b_rad_followup_sched(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_rad_header(c, r.choice(_EXAMS[:1] + _EXAMS[6:8]))]
    blocks.append(c.b("FOLLOW-UP IMAGING TRACKING / SCHEDULING CALLS\nRecommendation: "
                      f"{'; '.join(c.filler(1, only=True))}.\n"
                      f"Due: {c.shifted()}\nTracking ticket {c.msgid()}\n\n"))
    for _ in range(r.randint(2, 3)):
        blocks.append(c.b(f"{c.shifted('1')} {c.time()} - called pt at [[PHONE::0.4]]: "
                          + r.choice(("no answer, voicemail box not set up.",
                                      "disconnected after ring, redialed, no answer.",
                                      "spoke to pt, prefers Saturday.", "number not in service.",
                                      "spoke to " + r.choice(_REL) + ", will relay.")) + "\n"))
    blocks.append(c.b("Letter mailed to [[STREET_ADDRESS::0.5]], [[LOCATION::0.5]] [[ZIP::0.5]] per tracking "
                      "protocol.\n"))
    blocks.append(c.b("PCP office ([[ORGANIZATION::0.4]]) notified by fax [[FAX::0.5]].\n"))
    blocks.append(c.b(f"Scheduled at the {c.pick(('Imaging Library', 'Radiology Scheduling'))} outpatient site, "
                      f"{c.shifted()} {c.time()}. {c.hotline()}\n___ , radiology navigator\n"))
    return blocks


def _b_rad_mri_screen(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_rad_header(c, r.choice((_EXAMS[4],) + _EXAMS[:1]))]
    dev = c.pick(_DEVICES)
    blocks.append(c.b("MRI SAFETY SCREENING - TELEPHONE INTERVIEW\nScreened with " +
                      r.choice(("patient", "patient's " + r.choice(_REL))) + " [[PERSON:any:0.4]] at [[PHONE::0.4]]\n"))
    blocks.append(c.b(f"Implant: {dev}. Pt read the implant card over the phone: serial [[DEVICE_ID::0.65]]; implanted "
                      f"{c.shifted()} at [[ORGANIZATION::0.4]].\n"))
    if r.random() < 0.6:
        gt = c.lk("0" + _digits(r, 13))
        ex = c.lk(f"{r.randint(26, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
        lot = c.lk(r.choice("ABCHM") + _digits(r, 6))
        blocks.append(c.b(f"UDI from card: (01){gt}(17){ex}(10){lot}(21)[[DEVICE_ID::0.7]]\n"))
    blocks.append(c.b(f"REF {c.lk(r.choice(('W1DR01', 'PM2272', 'L331', 'MC2AVR1', 'CI622', '39000')))}   "
                      f"MR conditional 1.5T, SAR limits per manufacturer. {'; '.join(c.filler(1, rad=True))}.\n"))
    blocks.append(c.b("Other screening: no aneurysm clips, no shrapnel, tattoo on forearm, weight "
                      f"{r.randint(48, 140)} kg, "
                      f"claustrophobia {r.choice(('yes - lorazepam 1 mg ordered', 'no'))}. eGFR "
                      f"{r.randint(28, 95)}.\n"))
    blocks.append(c.b(f"Device clinic contacted ({c.pick(_DEPTS)}); rep from "
                      f"{c.lk(r.choice(('Medtronic', 'Abbott', 'Boston Scientific', 'Biotronik')))} "
                      f"to attend. {c.hotline()}\n___, MR technologist\n"))
    return blocks


def _b_rad_ir_precall(c: _Ctx) -> list[Block]:
    r = c.r
    proc = r.choice(("CT-guided lung biopsy", "paracentesis", "tunneled PleurX catheter", "port placement",
                     "IVC filter retrieval", "liver biopsy", "G-tube placement"))
    blocks = [c.b(f"EXAMINATION:  IR PRE-PROCEDURE TELEPHONE ASSESSMENT ({proc})\n\nINDICATION:  ___ year old with "
                  + r.choice(("lung mass", "ascites", "malignant effusion", "need for chemotherapy access",
                              "liver lesion"))
                  + "\n\n")]
    blocks.append(c.b(f"Call placed {c.time()} to pt at [[PHONE::0.5]]; identity confirmed (name, DOB "
                      "[[DATE_REAL_YEAR:dob:0.4]]).\n"
                      "Order [[ACCOUNT:order:0.5]] for " + proc + " on " + c.shifted() + ".\n\n"))
    blocks.append(c.b("Anticoagulation: " + r.choice(("apixaban - hold 2 days prior", "warfarin - INR check day before",
                                                       "clopidogrel - cleared to hold 5 days by cardiology", "none")) +
                      f". {'; '.join(c.filler(r.randint(1, 2), rad=True))}.\nNPO after midnight, may take meds with "
                      "sip.\n"))
    blocks.append(c.b("Driver: " + r.choice(_REL) + " [[PERSON:any:0.5]], vehicle plate [[VEHICLE_ID::0.6]] "
                      "(for the valet sedation pickup list).\n"))
    blocks.append(c.b("Pt asks if she can come from her daughter's house in [[LOCATION::0.4]] instead; fine.\n"
                      "Questions: page IR fellow [[PAGER::0.5]].\n"))
    blocks.append(c.b(f"Contrast allergy: {r.choice(('none', 'hives to iodinated contrast - premedication'))}. "
                      f"{c.hotline()}\n___, RN  Interventional Radiology\n"))
    return blocks


def _b_rad_outside_images(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_rad_header(c)]
    blocks.append(c.b("OUTSIDE IMAGING REQUEST / COMPARISON LOG\nRequested by ___ for comparison. Outside facility: "
                      "[[ORGANIZATION::0.5]]\n"))
    blocks.append(c.b("Outside accession [[ACCOUNT:acc:0.5]], exam " + c.shifted() + ".\nFilm library phone "
                      "[[PHONE::0.4]], fax [[FAX::0.5]]\n"))
    blocks.append(c.b("Pt will bring CD; if not, courier pickup from pt's home: [[STREET_ADDRESS::0.6]], "
                      "[[LOCATION::0.5]], " + c.pick(("MA", "RI", "NH", "CT")) + " [[ZIP::0.6]]\n"))
    blocks.append(c.b("Image-share link received by e-mail from [[EMAIL::0.4]]: [[URL::0.6]]\n"))
    blocks.append(c.b(f"Upload {r.choice(('complete', 'failed - DICOM corrupt', 'partial, 2 of 4 series'))}; study "
                      f"imported to PACS {c.time()}. Viewer {c.version()}. {'; '.join(c.filler(1, rad=True))}.\n"))
    blocks.append(c.b(f"{c.pick(_DEPTS)} ticket {c.msgid()}. HIM release form on file. "
                      f"{c.lk('www.radiologyinfo.org')}\n"))
    return blocks


def _b_rad_portal_question(c: _Ctx) -> list[Block]:
    r = c.r
    blocks = [_rad_header(c)]
    q = r.choice(("i read my report on the app and it says nodule, does that mean cancer?? nobody called me",
                  "what does 'incidental adrenal nodule likely adenoma' mean, do i need surgery",
                  "report says BI-RADS 0 and i have to come back, im so scared, is it bad",
                  "the CT says effusion, is that why i cant breathe, should i go to the ER"))
    blocks.append(c.b("PATIENT PORTAL QUESTION ABOUT THIS REPORT (routed to radiology)\nFrom: "
                      "[[PERSON:lower:0.4]]\nSent: ")
                  + c.slot("DATE_REAL_YEAR", "any", 0.45, alt=c.shifted("2")) + [(f" {c.time()}\n\n\"{q}\"\n\n", None)])
    blocks.append(c.b("Portal audit: message submitted from IP [[IP_ADDRESS::0.7]] (app " + c.version() + ")\n"))
    blocks.append(c.b(f"Radiologist reply (via ordering team): {'; '.join(c.filler(r.randint(1, 2), only=True))}. Your "
                      "doctor will discuss next steps. Radiologist: Dr. [[PERSON:full:0.35]]\n"))
    blocks.append(c.b("Reading room direct line [[PHONE::0.4]] given to ordering NP.\n"))
    blocks.append(c.b(f"Educational link sent: {c.lk(r.choice(_WEBSITES))}. {c.hotline()}\n"))
    return blocks


# --------------------------------------------------------------------------------------------------
# Extra sections (make the documents note-length; carry look-alikes and masked fields)
# --------------------------------------------------------------------------------------------------

_MEDS = ("apixaban (Eliquis) 5 mg PO BID", "furosemide (Lasix) 40 mg PO daily", "metoprolol succinate 50 mg PO daily",
         "atorvastatin (Lipitor) 80 mg PO qHS", "insulin glargine (Lantus) 16 units SC qHS",
         "pantoprazole 40 mg PO daily",
         "oxycodone 5 mg PO q6h PRN pain", "senna 8.6 mg 2 tabs PO qHS", "polyethylene glycol (Miralax) 17 g PO daily",
         "clopidogrel (Plavix) 75 mg PO daily", "sacubitril-valsartan (Entresto) 24-26 mg PO BID",
         "levothyroxine (Synthroid) 88 mcg PO daily", "cephalexin (Keflex) 500 mg PO QID x 7 days",
         "enoxaparin (Lovenox) 40 mg SC daily", "tamsulosin (Flomax) 0.4 mg PO qHS",
         "acetaminophen (Tylenol) 650 mg PO q6h PRN",
         "empagliflozin (Jardiance) 10 mg PO daily", "ondansetron (Zofran) 4 mg PO q8h PRN nausea",
         "carbidopa-levodopa 25-100 mg PO TID", "warfarin (Coumadin) 5 mg PO daily, goal INR 2-3")
_COURSES = (
    "Admitted with acute on chronic HFrEF (EF 25%), diuresed 6 L with IV furosemide, transitioned to PO, GDMT "
    "uptitrated.",
    "Admitted after a mechanical fall with left hip fracture, s/p ORIF on hospital day 2, worked with PT, discharged "
    "home with services.",
    "Community-acquired pneumonia treated with ceftriaxone and azithromycin, then cefpodoxime to complete 5 days; O2 "
    "weaned to room air.",
    "Found to have segmental PE, started on heparin then apixaban; echo without RV strain; no bleeding.",
    "Upper GI bleed from a duodenal ulcer, EGD with clips, 2 units pRBC, PPI BID for 8 weeks, H. pylori pending.",
    "DKA precipitated by missed insulin; insulin drip, gap closed in 14 h, basal-bolus regimen and diabetes teaching.",
    "Cellulitis of the left leg with abscess, I&D at bedside, culture MSSA, discharged on cephalexin.",
    "Delirium in the setting of UTI; resolved with treatment and sleep hygiene; family at bedside most days.",
)


def _cap(x: str) -> str:
    return x[:1].upper() + x[1:]


def _x_meds(c: _Ctx) -> Block:
    meds = c.r.sample(_MEDS, c.r.randint(4, 7))
    for m in meds:
        for b in EPONYMS_AND_BRANDS:
            if f"({b})" in m:
                c.lk(b)
    return [("Discharge medications (per d/c list):\n" + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds))
             + "\n\n",
             None)]


def _x_course(c: _Ctx) -> Block:
    return [(f"Brief Hospital Course (from d/c summary):\n{c.r.choice(_COURSES)} {c.filler(1)[0]}.\n\n", None)]


def _x_followups(c: _Ctx) -> Block:
    rows = ["| Clinic | Date | Time | Line |", "|---|---|---|---|"]
    for _ in range(c.r.randint(2, 4)):
        line = c.lk(c.r.choice(("1-877-555-0190", "1-866-555-0142", "(888) 555-0117", "1-855-555-0163",
                                "1-800-555-0175")))
        rows.append(f"| {c.pick(_DEPTS)} | {c.shifted('0')} | {c.time()} | {line} |")
    return [("Upcoming appointments:\n" + "\n".join(rows) + "\n\n", None)]


def _x_vitals(c: _Ctx) -> Block:
    r = c.r
    return [(f"Home readings reported by caller: BP {r.randint(92, 168)}/{r.randint(52, 98)}, HR {r.randint(54, 112)}, "
             f"SpO2 {r.randint(88, 99)}% on {r.choice(('RA', '2L NC', 'room air'))}, wt "
             f"{r.randint(48, 130)}.{r.randint(0, 9)} kg "
             f"(d/c wt {r.randint(48, 130)}.{r.randint(0, 9)} kg), glucose {r.randint(70, 320)}, temp "
             f"{r.randint(96, 101)}.{r.randint(0, 9)} F. "
             f"Pain {r.randint(0, 10)}/10. PHQ-2 {r.randint(0, 6)}.\n\n", None)]


def _x_routing(c: _Ctx) -> Block:
    r = c.r
    return [(f"--- routing history ---\nRouted to {c.pick(_DEPTS)} pool by ___ at {c.time()}; priority "
             f"{r.choice(('routine', 'high', 'urgent'))}; status {r.choice(('Closed', 'Open', 'Pended'))}\n"
             f"Thread ID {c.msgid()}  |  encounter type: "
             f"{r.choice(('Patient Message', 'Telephone', 'Orders Only', 'Refill'))}"
             f"  |  client {c.version()}\nAcknowledged by ___ {c.shifted()} {c.time()}\n\n", None)]


def _x_allergies(c: _Ctx) -> Block:
    r = c.r
    al = r.sample(("penicillin (rash)", "sulfa", "iodinated contrast (hives)", "latex", "codeine (nausea)", "NKDA",
                   "lisinopril (angioedema)", "shellfish"), r.randint(1, 3))
    return [(f"Allergies: {', '.join(al)}\nCode status: {r.choice(('Full', 'DNR/DNI', 'DNR, ok to intubate'))}. "
             f"Preferred language: {c.pick(_LANGS)}; interpreter {r.choice(('needed', 'not needed'))}.\n\n", None)]


def _x_education(c: _Ctx) -> Block:
    r = c.r
    return [(f"Education: reviewed warning signs, daily weights, low-salt diet (2 g Na), fluid limit "
             f"{r.choice(('1.5 L', '2 L'))}/day. Teach-back done. Handout from {c.pick(_WEBSITES)} sent. "
             f"{c.hotline()} {_cap(c.filler(1)[0])}.\n\n", None)]


_DS_EXTRAS = (_x_meds, _x_course, _x_followups, _x_vitals, _x_routing, _x_allergies, _x_education)


def _x_dose(c: _Ctx) -> Block:
    r = c.r
    return [(f"DOSE: CTDIvol {r.randint(3, 60)}.{r.randint(0, 9)} mGy; DLP {r.randint(100, 1900)}.{r.randint(0, 9)} "
             f"mGy-cm; {r.randint(1, 4)} exposure events. Contrast: "
             f"{c.lk(r.choice(('Omnipaque 350', 'Isovue-370', 'Visipaque 320')))} "
             f"{r.randint(50, 120)} mL, lot {c.lk(r.choice('ABJKN') + _digits(r, 6))}.\n\n", None)]


def _x_radfind(c: _Ctx) -> Block:
    r = c.r
    parts = ["LUNGS/AIRWAYS: " + r.choice(("mild centrilobular emphysema", "clear", "dependent atelectasis",
                                            "scattered ground-glass")) + ".",
             f"PLEURA: {r.choice(('no effusion', 'small left effusion', 'trace bilateral effusions'))}.",
             "MEDIASTINUM: "
             f"{r.choice(('no lymphadenopathy', 'borderline 1.1 cm subcarinal node', 'normal heart size'))}.",
             "UPPER ABDOMEN: "
             f"{r.choice(('unremarkable', 'cholelithiasis', 'hepatic steatosis', 'left adrenal nodule 1.2 cm'))}.",
             f"BONES: {r.choice(('degenerative changes', 'no suspicious lesion', 'old healed left rib fractures'))}."]
    return [("ADDITIONAL FINDINGS:\n" + "\n".join(parts) + f"\n{_cap(c.filler(1, rad=True)[0])}.\n\n", None)]


def _x_radrec(c: _Ctx) -> Block:
    r = c.r
    rec = r.choice(("Follow-up CT chest in 6-12 months", "Clinical correlation", "Dedicated adrenal protocol CT",
                    "Diagnostic mammogram and ultrasound", "MRI abdomen with and without contrast"))
    return [(f"RECOMMENDATION(S): {rec}. "
             f"{_cap(c.filler(1, rad=True)[0])}. Tracked by the "
             f"{c.pick(('Imaging Library', 'Radiology Scheduling', 'Interventional Radiology'))} "
             f"follow-up program (ticket {c.msgid()}).\n\n", None)]


def _x_radcheck(c: _Ctx) -> Block:
    r = c.r
    rows = ["| step | done | by | time |", "|---|---|---|---|"]
    for st in r.sample(("result flagged", "ordering provider notified", "read-back", "pt notified", "letter generated",
                        "PCP cc'd", "closed loop confirmed"), 4):
        rows.append(f"| {st} | {r.choice(('Y', 'N', 'pending'))} | ___ | {c.time()} |")
    return [("COMMUNICATION CHECKLIST\n" + "\n".join(rows) + "\n\n", None)]


def _x_radprep(c: _Ctx) -> Block:
    r = c.r
    return [(f"Prep instructions given by phone: arrive {r.choice((30, 45, 60))} min early, NPO {r.choice((4, 6))} h, "
             "hold metformin 48 h after contrast if eGFR < 30, bring med list and prior CDs. Creatinine "
             f"{r.randint(6, 19) / 10:.1f} "
             f"on {c.shifted()}. {c.hotline()}\n\n", None)]


_RAD_EXTRAS = (_x_dose, _x_radfind, _x_radrec, _x_radcheck, _x_radprep)
_PRE_EXTRAS = (_x_course, _x_allergies, _x_meds, _x_dose, _x_radfind)


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[Block]]]] = {
    "portal_thread": ("discharge", _b_portal_thread),
    "nurse_triage": ("discharge", _b_nurse_triage),
    "tcm_call": ("discharge", _b_tcm_call),
    "callback_log": ("discharge", _b_callback_log),
    "interpreter_call": ("discharge", _b_interpreter_call),
    "pharmacy_refill": ("discharge", _b_pharmacy_refill),
    "voicemail": ("discharge", _b_voicemail),
    "email_thread": ("discharge", _b_email_thread),
    "sms_log": ("discharge", _b_sms_log),
    "family_call": ("discharge", _b_family_call),
    "rad_critical": ("radiology", _b_rad_critical),
    "rad_followup_sched": ("radiology", _b_rad_followup_sched),
    "rad_mri_screen": ("radiology", _b_rad_mri_screen),
    "rad_ir_precall": ("radiology", _b_rad_ir_precall),
    "rad_outside_images": ("radiology", _b_rad_outside_images),
    "rad_portal_question": ("radiology", _b_rad_portal_question),
}
DOCUMENT_KINDS = tuple(_KINDS)
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")


def document_kind(seed: int, i: int) -> str:
    rad = _frac(0.3 + 0.7071067811865476 * seed + 0.6180339887498949 * i) < 0.45
    return random.Random(f"{seed}:{i}:kind").choice(_RAD_KINDS if rad else _DS_KINDS)


def _masked_tail(c: _Ctx, n: int) -> Block:
    lines = ["\nPRIOR MESSAGES IN THREAD (masked):"]
    for _ in range(n):
        lines.append(f"From: ___ <___>  Sent: ___ {c.time()}  To: ___  Re: ___ -- call ___ at ___ or ___")
    return [("\n".join(lines) + "\n", None)]


def _pad(c: _Ctx, rad: bool) -> Block:
    s = c.filler(2, rad=rad)
    return [(f"Addendum {c.time()}: {s[0]}; {s[1]}. {c.hotline()} Reviewed with ___.\n", None)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"{seed}:{i}")
    heavy = _is_heavy(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    c = _Ctx(r, _plan(seed, i), heavy)
    blocks = builder(c)
    pool = _RAD_EXTRAS if note_type == "radiology" else _DS_EXTRAS
    chosen = r.sample(pool, r.randint(2, len(pool) - 1))
    pre = [fn(c) for fn in pool if fn in chosen and fn in _PRE_EXTRAS]
    post = [fn(c) for fn in pool if fn in chosen and fn not in _PRE_EXTRAS]
    blocks = blocks[:1] + pre + blocks[1:] + post
    for cat in list(c.pending):  # plants without a natural slot in this kind: insert a themed line
        c.pending.remove(cat)
        blocks.insert(r.randint(1, len(blocks)), _generic_block(c, cat))
    if heavy:
        blocks.append(_masked_tail(c, 6))
    while sum(len(s) for b in blocks for s, _ in b) < 1150:
        blocks.append(_pad(c, note_type == "radiology"))
    while sum(len(s) for b in blocks for s, _ in b) > 4450:
        drop = [k for k in range(1, len(blocks) - 1) if not any(cat for _, cat in blocks[k])]
        blocks.pop(drop[-1])
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for blk in blocks:
        for s, cat in blk:
            if cat is not None:
                spans.append((pos, pos + len(s), cat))
            text_parts.append(s)
            pos += len(s)
    text = "".join(text_parts)
    looks: list[str] = []
    for x in c.looks:
        if x in looks or x not in text:
            continue
        hits = [m.start() for m in re.finditer(re.escape(x), text)]
        if any(h < e and h + len(x) > s for h in hits for s, e, _ in spans):
            continue
        looks.append(x)
    return LabelledNote(note_type, text, spans), looks, ("heavy" if heavy else "normal")


def holdout44_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout44_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout44_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout44_corpus, argv, "Held-out corpus 44 (blind): patient messages and telephone encounters")
    holdout_measure.report("holdout44", args, notes, hits, res)


if __name__ == "__main__":
    main()
