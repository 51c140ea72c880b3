"""Held-out corpus 7: MIMIC-IV-Note-shaped discharge and radiology notes with labelled residual identifiers.

Written blind: without sight of the detector's rules, of the earlier held-out corpora or of their tests. The note
shapes come from the public MIMIC-IV-Note description and fully masked note-shaped samples; the surrogate values
(names, places, organisations, numbers) are invented here and are fictitious.

About 55% of the notes are discharge summaries and 45% radiology reports. In roughly 58% of them one to four
identifiers were "missed" by the de-identification and are left in clear; each is labelled with the exact
character span of the identifying value (cue words and titles such as "MRN:" or "Dr." are outside the span).
About 5% of the notes are heavily masked and carry no plants; the rest are ordinarily masked (``___``). The
notes are full of non-PHI distractors: eponyms, drug and device brand names, doses, vital signs, scores, ICD and
CPT codes, room numbers, times, MIMIC's shifted years (2100-2200), bare years, ages under 90, states, countries.

Everything is deterministic from ``(seed, i)`` via ``random.Random(f"holdout7:{seed}:{i}")``.

Measure (prints detector results)::

    python -m lqs_clinical.synth.notes_holdout7 --seed 1 --n 600 --ner
"""

from __future__ import annotations

import random
import re
import string
import textwrap
import unicodedata
from collections.abc import Callable

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Marked text: a planted value is written as ⟦CATEGORY|value⟧ while the note is assembled, and
# _render() strips the markers and records the spans.

_OPEN, _SEP, _CLOSE = "\u27e6", "|", "\u27e7"
_MARK = re.compile("\u27e6([A-Z_0-9]+)\\|(.*?)\u27e7", re.S)


def _m(cat: str, value: str) -> str:
    return f"{_OPEN}{cat}{_SEP}{value}{_CLOSE}"


def _render(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for mt in _MARK.finditer(marked):
        plain = marked[pos:mt.start()]
        out.append(plain)
        length += len(plain)
        cat, value = mt.group(1), mt.group(2)
        assert cat in CATEGORIES, cat
        out.append(value)
        spans.append((length, length + len(value), cat))
        length += len(value)
        pos = mt.end()
    out.append(marked[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------------------------------------
# Surrogate values (all invented)

# (given, family, family_first)
_NAMES: list[tuple[str, str, bool]] = [
    ("Ingrid", "Halvorsen", False), ("Oluwaseun", "Oyelaran-Bakare", False), ("Thi Lan", "Nguyen", True),
    ("Haruto", "Yamaguchi", False), ("Eleftheria", "Papadimitriou", False), ("Siobhán", "Ó Briain", False),
    ("María José", "de la Cruz Villanueva", False), ("Khalid", "Al-Rashidi", False),
    ("Nomvula", "Tshabalala", False), ("Bartosz", "Kowalczyk", False), ("Chukwuemeka", "Nwachukwu", False),
    ("Priyanka", "Venkataraman", False), ("Anand", "Dasgupta", False), ("Fionnuala", "MacLeod", False),
    ("Warrick", "D'Souza", False), ("Tevita", "Fifita", False), ("Keoni", "Kealoha", False),
    ("Farhiya", "Abdi Warsame", False), ("Yeshi", "Dorjee", False), ("Mei-Ling", "Tanaka", False),
    ("Zsófia", "Szabó", False), ("Dmitri", "Vorontsov", False), ("Ayelet", "Ben-Ami", False),
    ("Tomasz", "Wójcik", False), ("Hope", "Baker", False), ("Joy", "Fields", False), ("Rowan", "Bishop", False),
    ("Grant", "Hunter", False), ("Lucía", "Ramírez Ochoa", False), ("Kwabena", "Asante-Mensah", False),
    ("Soo-jin", "Park", True), ("Ngozi", "Eze", False), ("Pouya", "Rahimzadeh", False),
    ("Aurélie", "Lefebvre-Martin", False), ("Rosalind", "St. Amand", False), ("Pa Kou", "Xiong", False),
    ("Ewa", "Lindqvist", False), ("Rangi", "Te Whare", False), ("Björn", "Åkesson", False),
    ("Nasrin", "Haghighi", False), ("Adaeze", "Okonkwo", False), ("Ruth", "Abernathy-Cole", False),
    ("Na", "Li", True), ("Quentin", "Ng", False), ("Moana", "Tuilagi", False), ("Sergio", "Dall'Acqua", False),
    ("Aarav", "Iyer", False), ("Mercy", "Stone", False), ("Bich Ngoc", "Tran", True), ("Hamza", "El Idrissi", False),
    ("Delphine", "Mbappé-Kouassi", False), ("Gideon", "Featherstonhaugh", False), ("Marisol", "Quispe", False),
    ("Teodora", "Ionescu", False), ("Ravindra", "Gunawardena", False), ("Colm", "Mac Giolla Phádraig", False),
    ("Wanjiru", "Kamau", False), ("Jun-ho", "Seo", True), ("Vasil", "Hrytsenko", False), ("Summer", "Lake", False),
]
_GIVEN_ONLY = ["Amara", "Tomás", "Yevgenia", "Kofi", "Marguerite", "Dashiell", "Noor", "Esperanza", "Lorcan",
               "Thandiwe", "Ignatius", "Birgit", "Paora", "Zainab", "Wendell", "Ximena", "Ottoline", "Kalani"]

_CITIES = ["East Harwell", "Quinebaug Falls", "Fenwick Hollow", "Marrowick", "North Pellham", "Ashby Crossing",
           "Tern Harbor", "Lower Millbrook", "Kettle Cove", "Bramford", "Little Aldridge", "Pocatuck",
           "Hesketh Point", "Granby Flats", "Sable Ridge", "Meriwell", "Orrington Mills", "Wendham",
           "South Tollbridge", "Cranmoor", "West Okonee", "Halloway Junction"]
_COUNTIES = ["Wendham County", "Pocatuck County", "Aldridge County", "Cranmoor County", "Tollbridge Parish"]
_FOREIGN_CITIES = ["Kumasi", "Porto Alegre", "Enugu", "Da Nang", "Ponce", "Cap-Haïtien", "Gjakova", "Mosul",
                   "Cebu City", "Oaxaca de Juárez", "Faridabad", "Hargeisa", "Tamale", "Jacmel"]
_PLACES = ["the Riverbend Apartments", "Elm Court senior housing", "Birchwood Towers", "Cobbler's Row Trailer Park",
           "Lantern Hill Cooperative", "the Saltmarsh Road group home"]
_STATES = ["Vermont", "New Hampshire", "Maine", "Rhode Island", "Connecticut", "New York", "Florida", "Ohio",
           "Puerto Rico", "Georgia"]
_STATE_ABBR = ["MA", "NH", "ME", "VT", "RI", "CT", "NY"]
_COUNTRIES = ["Ghana", "Brazil", "Nigeria", "Vietnam", "Haiti", "Kosovo", "Iraq", "the Philippines", "Mexico",
              "India", "Somalia", "Cape Verde", "Portugal", "Poland"]

_HOSPITALS = ["Harwell Memorial Hospital", "St. Brigid's Medical Center", "Quinebaug Valley Hospital",
              "Pellham Regional Medical Center", "Marrowick General", "Tern Harbor Community Hospital",
              "Sisters of Providence Hospital - Granby", "Cranmoor Veterans Home", "Fenwick Hollow Infirmary"]
_HOSP_ABBR = ["HMH", "SBMC", "QVH", "PRMC", "MGH-W", "THCH"]
_REHABS = ["Pinecrest Nursing and Rehabilitation", "Sable Ridge Skilled Nursing", "Hesketh Point Rehab",
           "The Willows at Meriwell", "Little Aldridge Care Center", "Orchard Glen Assisted Living"]
_CLINICS = ["Marrowick Community Health Center", "Quinebaug Valley Cardiology", "Tern Harbor Family Practice",
            "Granby Flats Dialysis", "Lakeshore Kidney Associates", "Bramford Pulmonary Associates",
            "Kettle Cove Free Clinic", "Pocatuck Orthopedic Group"]
_PHARMACIES = ["Kessel Family Pharmacy", "Hollowell Apothecary", "Meriwell Drug", "Ashby Crossing Pharmacy"]
_EMPLOYERS = ["Tidewater Freight Lines", "Orrington Paper Co.", "Granby Flats Public Library",
              "Halvard & Sons Roofing", "Pocatuck Shellfish Cooperative", "Wendham Department of Public Works",
              "Bramford Regional High School", "Cranmoor State College"]
_CHURCHES = ["Our Lady of Perpetual Light Parish", "First Haitian Baptist Church of Meriwell",
             "Temple Beth Shalom of Wendham", "Ashby Crossing Kingdom Hall", "Masjid al-Noor of Pocatuck"]
_AGENCIES = ["Wendham County Elder Services", "Tern Harbor VNA", "Pocatuck Council on Aging",
             "Aldridge County Probation Office", "Quinebaug Area Hospice"]
_IMAGING = ["Meriwell Open MRI", "Cranmoor Imaging Associates", "Tern Harbor Radiology", "Ashby Diagnostic Center"]

_STREETS = ["Tanager", "Old County", "Birchwood", "Weir", "Quarry", "Pellham", "Saltmarsh", "Lantern Hill",
            "Fenwick", "Cobbler", "Hesketh", "Orchard Glen", "Mill", "Ridgeback", "Osprey", "Wendham"]
_SUFFIX = ["Lane", "Rd.", "Road", "St", "Street", "Ave", "Avenue", "Ct", "Circle", "Way", "Terrace", "Dr"]
_DOMAINS = ["harwellmed.org", "quinebaugvalley.org", "mailbox-net.com", "pocatuck.edu", "tidewaterfreight.com",
            "fastpost.net", "ternharborfp.org", "kettlecove.us"]

_MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_TENS = {90: "ninety", 100: "one hundred"}
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _name(r: random.Random) -> tuple[str, str, bool]:
    return r.choice(_NAMES)


def _g_person(r: random.Random) -> str:
    given, family, ff = _name(r)
    if ff:
        return f"{family} {given}"
    if r.random() < 0.2:
        return f"{given} {r.choice('ABCDEFGHJKLMNPRSTW')}. {family}"
    return f"{given} {family}"


def _g_surname(r: random.Random) -> str:
    return _name(r)[1]


def _g_namecaps(r: random.Random) -> str:
    given, family, _ = _name(r)
    sep = r.choice([", ", ",", " , "])
    return f"{family.upper()}{sep}{given.upper()}"


def _g_namerev(r: random.Random) -> str:
    given, family, _ = _name(r)
    return f"{family}, {given}"


def _g_namelc(r: random.Random) -> str:
    given, family, _ = _name(r)
    return f"{given} {family}".lower()


def _g_initname(r: random.Random) -> str:
    given, family, _ = _name(r)
    return f"{given[0]}. {family}" if r.random() < 0.7 else f"{given[0]}{r.choice('ABCDEJKMRS')} {family}"


def _g_given(r: random.Random) -> str:
    return r.choice(_GIVEN_ONLY) if r.random() < 0.6 else _name(r)[0]


def _g_namesplit(r: random.Random) -> str:
    given, family, _ = _name(r)
    return f"{given}\n{family}"


def _g_username(r: random.Random) -> str:
    given, family, _ = _name(r)
    return (_ascii(given)[0] + _ascii(family)).lower()[:12]


def _area(r: random.Random) -> str:
    return str(r.randint(2, 9)) + _digits(r, 1) + str(r.randint(1, 9))


def _g_phone(r: random.Random) -> str:
    a, b, c = _area(r), str(r.randint(2, 9)) + _digits(r, 2), _digits(r, 4)
    f = r.randrange(11)
    out = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}", f"{a}/{b}-{c}",
           f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}", f"{b}-{c}", f"{a}-{b}-{c} x{_digits(r, 4)}"][f]
    return out


def _g_fax(r: random.Random) -> str:
    out = _g_phone(r)
    return out.split(" x")[0]


def _g_phonesplit(r: random.Random) -> str:
    a, b, c = _area(r), str(r.randint(2, 9)) + _digits(r, 2), _digits(r, 4)
    return r.choice([f"({a})\n{b}-{c}", f"{a}-{b}-\n{c}"])


def _g_phoneocr(r: random.Random) -> str:
    p = f"{_area(r)}-{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}"
    return p.replace("1", "l").replace("0", "O") if r.random() < 0.5 else p.replace("-", " - ")


def _g_pager(r: random.Random) -> str:
    return r.choice([_digits(r, 5), f"{r.randint(1, 9)}-{_digits(r, 4)}", f"{_area(r)}-{r.randint(2, 9)}"
                     f"{_digits(r, 2)}-{_digits(r, 4)}", f"{_digits(r, 3)}-{_digits(r, 4)}", f"{_digits(r, 4)}"])


def _g_email(r: random.Random) -> str:
    given, family, _ = _name(r)
    g, f = _ascii(given).lower(), _ascii(family).lower()
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}{_digits(r, 2)}", f"{g}_{f[:4]}", f"{g}{f[0]}{_digits(r, 4)}"])
    return f"{local}@{r.choice(_DOMAINS)}"


def _g_emailspoken(r: random.Random) -> str:
    given, family, _ = _name(r)
    dom = r.choice(_DOMAINS).replace(".", " dot ")
    return f"{_ascii(given)[0].lower()}{_ascii(family).lower()} at {dom}"


def _g_url(r: random.Random) -> str:
    dom = r.choice(_DOMAINS)
    return r.choice([f"https://portal.{dom}/mychart", f"www.{dom}/patients/{_digits(r, 6)}",
                     f"https://{dom.split('.')[0]}.zoom.us/j/{_digits(r, 11)}", f"http://myhealth.{dom}/login",
                     f"{dom}/forms/release?pid={_digits(r, 7)}", f"https://telehealth.{dom}/room/{_letters(r, 6)}"])


def _g_host(r: random.Random) -> str:
    return r.choice(["portal.", "images.", "share.", "telehealth.", "records."]) + r.choice(_DOMAINS)


def _g_ip(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"{r.randint(24, 98)}.{r.randint(11, 250)}.{r.randint(0, 254)}.{r.randint(2, 254)}"])


def _g_ipv6(r: random.Random) -> str:
    h = [f"{r.randint(0, 65535):x}" for _ in range(5)]
    return r.choice([f"fd{r.randint(0, 255):02x}:{h[0]}:{h[1]}::{h[2]}", f"fe80::{h[0]}:{h[1]}:{h[2]}:{h[3]}",
                     f"2600:{h[0]}:{h[1]}:{h[2]}::{h[3]}"])


def _g_ssn(r: random.Random) -> str:
    a = r.randint(1, 899)
    a = 667 if a == 666 else a
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}",
                     f"{a:03d}.{g:02d}.{s:04d}", f"{a:03d}-{g:02d}{s:04d}"])


def _g_mrn(r: random.Random) -> str:
    return r.choice([_digits(r, 7), _digits(r, 8), "00" + _digits(r, 7), f"H{_digits(r, 7)}",
                     f"{r.randint(0, 9)}-{_digits(r, 3)}-{_digits(r, 3)}", f"{_digits(r, 5)}-{_digits(r, 4)}",
                     f"{_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}", f"{_digits(r, 6)}{r.choice('ABCX')}"])


def _g_acct(r: random.Random) -> str:
    return r.choice([_digits(r, 12), f"E{_digits(r, 8)}", f"V-{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 5)}-"
                     f"{_digits(r, 2)}", _digits(r, 9), f"{_digits(r, 3)}-{_digits(r, 7)}", f"{_digits(r, 10)}A"])


def _g_plan(r: random.Random) -> str:
    return r.choice([f"{_letters(r, 3)}{_digits(r, 9)}", f"W{_digits(r, 10)}", f"{_letters(r, 3)}-{_digits(r, 6)}-"
                     f"{_digits(r, 2)}", f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}", "1" + _digits(r, 11),
                     f"{_letters(r, 1)}{_digits(r, 8)}-{_digits(r, 2)}"])


def _g_mbi(r: random.Random) -> str:
    a = (f"{r.randint(1, 9)}{_letters(r, 1)}{_letters(r, 1, 'ABCDEFGHJKMNPRTUVWXY0123456789')}{r.randint(0, 9)}"
         f"{_letters(r, 1)}{_letters(r, 1, 'ACDEFGHJKMNPRTUVWXY0123456789')}{r.randint(0, 9)}"
         f"{_letters(r, 2, 'ACDEFGHJKMNPRTUVWXY')}{r.randint(0, 9)}{r.randint(0, 9)}")
    return f"{a[:4]}-{a[4:7]}-{a[7:]}" if r.random() < 0.5 else a


def _g_hicn(r: random.Random) -> str:
    return _g_ssn(r).replace("-", "").replace(" ", "").replace(".", "") + r.choice(["A", "B", "C1", "D"])


def _g_group(r: random.Random) -> str:
    return r.choice([_digits(r, 7), f"{_letters(r, 2)}{_digits(r, 5)}", f"{_digits(r, 6)}-{_digits(r, 3)}"])


def _g_dea(r: random.Random) -> str:
    return f"{r.choice('ABFGM')}{_letters(r, 1)}{_digits(r, 7)}"


def _g_npi(r: random.Random) -> str:
    return r.choice("12") + _digits(r, 9)


def _g_medlic(r: random.Random) -> str:
    return r.choice([_digits(r, 6), f"MD.{_digits(r, 7)}", f"RN{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 5)}",
                     f"ABIM {_digits(r, 6)}", f"PA{_digits(r, 5)}"])


def _g_dl(r: random.Random) -> str:
    return r.choice([f"S{_digits(r, 8)}", f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}",
                     _digits(r, 9), f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"])


def _g_zip(r: random.Random) -> str:
    return f"{r.randint(0, 9)}{_digits(r, 4)}"


def _g_zip9(r: random.Random) -> str:
    return f"{_g_zip(r)}-{_digits(r, 4)}"


def _g_street(r: random.Random) -> str:
    num = r.choice([str(r.randint(2, 2999)), f"{r.randint(2, 99)} 1/2", f"{r.randint(100, 999)}-{r.randint(2, 9)}"])
    s = f"{num} {r.choice(['', '', 'N. ', 'West ', 'S '])}{r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    u = r.random()
    if u < 0.2:
        s += f", Apt {r.randint(1, 12)}{r.choice('ABCD')}"
    elif u < 0.3:
        s += f" #{r.randint(2, 40)}"
    elif u < 0.38:
        s = f"Unit {r.randint(1, 9)}, {s}"
    return s


def _g_pobox(r: random.Random) -> str:
    return r.choice([f"P.O. Box {r.randint(10, 9999)}", f"PO Box {r.randint(10, 9999)}",
                     f"RR {r.randint(1, 6)} Box {r.randint(10, 400)}", f"POB {r.randint(10, 999)}"])


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _g_date(r: random.Random) -> str:
    y, m, d = r.randint(1926, 2024), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MON[m]} {d}, {y}",
                     f"{d} {_MONTH[m]} {y}", f"{d:02d}-{_MON[m].upper()}-{y}", f"{m}-{d}-{y}", f"{d:02d}.{m:02d}.{y}",
                     f"{_MONTH[m]} {_ordinal(d)}, {y}", f"{y}/{m:02d}/{d:02d}", f"{m}/{d}/{y % 100:02d}",
                     f"{_MON[m]} {d} {y}", f"{d}{_MON[m]}{y}", f"{_ordinal(d)} of {_MONTH[m]} {y}"])


def _g_datesplit(r: random.Random) -> str:
    y, m, d = r.randint(1940, 2023), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{_MONTH[m]} {d},\n{y}", f"{_MON[m]}\n{d}, {y}", f"{d} {_MONTH[m]}\n{y}"])


def _g_datemy(r: random.Random) -> str:
    y, m = r.randint(1950, 2024), r.randint(1, 12)
    return r.choice([f"{_MONTH[m]} {y}", f"{m:02d}/{y}", f"{_MON[m]} {y}", f"{m}/{y}", f"{_MON[m]}-{y}"])


def _g_datenum(r: random.Random) -> str:
    y, m, d = r.randint(1990, 2024), r.randint(1, 12), r.randint(1, 28)
    return f"{y}{m:02d}{d:02d}"


def _g_age(r: random.Random) -> str:
    return str(r.choice([90, 91, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))


def _g_ageword(r: random.Random) -> str:
    n = r.randint(90, 101)
    if n >= 100:
        return "one hundred" + (f" and {_UNITS[n - 100]}" if n > 100 else "")
    return "ninety" + (f"-{_UNITS[n - 90]}" if n > 90 else "")


def _g_serial(r: random.Random) -> str:
    return r.choice([f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}", f"{_letters(r, 3)} {_digits(r, 6)} "
                     f"{_letters(r, 1)}", f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
                     f"{_letters(r, 1)}{_digits(r, 7)}", f"{_letters(r, 2)}{_digits(r, 5)}-{_digits(r, 2)}",
                     f"{_digits(r, 9)}"])


def _g_udi(r: random.Random) -> str:
    exp = f"{r.randint(25, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return f"(01)00{_digits(r, 12)}(17){exp}(21){_letters(r, 2)}{_digits(r, 6)}"


def _g_vin(r: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = r.choice(["1FT", "2T1", "JN1", "3FA", "1GC", "5YJ", "WVW", "KMH", "1HG", "4T1"])
    return wmi + "".join(r.choice(alpha) for _ in range(5)) + str(r.randint(0, 9)) + r.choice("KLMNPR") + \
        r.choice(alpha) + _digits(r, 6)


def _g_plate(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}", f"{r.randint(1, 9)}{_letters(r, 2)} "
                     f"{_digits(r, 3)}", f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_digits(r, 2)}{_letters(r, 2)}"
                     f"{r.randint(1, 9)}", f"{_letters(r, 2)} {_digits(r, 4)}"])


def _pick(pool: list[str]) -> Callable[[random.Random], str]:
    return lambda r: r.choice(pool)


_GEN: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "PERSON": ("PERSON", _g_person), "SURNAME": ("PERSON", _g_surname), "NAMECAPS": ("PERSON", _g_namecaps),
    "NAMEREV": ("PERSON", _g_namerev), "SURCAPS": ("PERSON", lambda r: _g_surname(r).upper()),
    "SPELLED": ("PERSON", lambda r: "-".join(_ascii(_g_given(r)).upper())),
 "NAMELC": ("PERSON", _g_namelc), "INITNAME": ("PERSON", _g_initname),
    "GIVEN": ("PERSON", _g_given), "NAMESPLIT": ("PERSON", _g_namesplit), "USERNAME": ("PERSON", _g_username),
    "PHONE": ("PHONE", _g_phone), "PHONESPLIT": ("PHONE", _g_phonesplit), "PHONEOCR": ("PHONE", _g_phoneocr),
    "FAX": ("FAX", _g_fax), "PAGER": ("PAGER", _g_pager),
    "EMAIL": ("EMAIL", _g_email), "EMAILSPOKEN": ("EMAIL", _g_emailspoken),
    "URL": ("URL", _g_url), "HOST": ("URL", _g_host), "IP": ("IP_ADDRESS", _g_ip), "IPV6": ("IP_ADDRESS", _g_ipv6),
    "SSN": ("SSN", _g_ssn), "MRN": ("MRN", _g_mrn), "ACCT": ("ACCOUNT", _g_acct),
    "PLAN": ("HEALTH_PLAN", _g_plan), "MBI": ("HEALTH_PLAN", _g_mbi), "HICN": ("HEALTH_PLAN", _g_hicn),
    "GROUP": ("HEALTH_PLAN", _g_group),
    "DEA": ("LICENSE", _g_dea), "NPI": ("LICENSE", _g_npi), "MEDLIC": ("LICENSE", _g_medlic), "DL": ("LICENSE", _g_dl),
    "ZIP": ("ZIP", _g_zip), "ZIP9": ("ZIP", _g_zip9), "STREET": ("STREET_ADDRESS", _g_street),
    "POBOX": ("STREET_ADDRESS", _g_pobox),
    "DATE": ("DATE_REAL_YEAR", _g_date), "DATEMY": ("DATE_REAL_YEAR", _g_datemy),
    "DATESPLIT": ("DATE_REAL_YEAR", _g_datesplit),
    "DATENUM": ("DATE_REAL_YEAR", _g_datenum),
    "AGE": ("AGE_OVER_89", _g_age), "AGEWORD": ("AGE_OVER_89", _g_ageword),
    "SERIAL": ("DEVICE_ID", _g_serial), "UDI": ("DEVICE_ID", _g_udi),
    "VIN": ("VEHICLE_ID", _g_vin), "PLATE": ("VEHICLE_ID", _g_plate),
    "CITY": ("LOCATION", _pick(_CITIES)), "COUNTY": ("LOCATION", _pick(_COUNTIES)),
    "FCITY": ("LOCATION", _pick(_FOREIGN_CITIES)), "PLACE": ("LOCATION", _pick(_PLACES)),
    "CITYCAPS": ("LOCATION", _pick([c.upper() for c in _CITIES])),
    "HOSP": ("ORGANIZATION", _pick(_HOSPITALS)), "HOSPABBR": ("ORGANIZATION", _pick(_HOSP_ABBR)),
    "REHAB": ("ORGANIZATION", _pick(_REHABS)), "CLINIC": ("ORGANIZATION", _pick(_CLINICS)),
    "PHARM": ("ORGANIZATION", _pick(_PHARMACIES)), "EMPLOYER": ("ORGANIZATION", _pick(_EMPLOYERS)),
    "CHURCH": ("ORGANIZATION", _pick(_CHURCHES)), "AGENCY": ("ORGANIZATION", _pick(_AGENCIES)),
    "IMGCTR": ("ORGANIZATION", _pick(_IMAGING)),
    "HOSPCAPS": ("ORGANIZATION", _pick([h.upper() for h in _HOSPITALS])),
}
_KEY = re.compile(r"([A-Z]+?)\d*$")


def _base(key: str) -> str:
    """Generator name of a placeholder: itself if known (ZIP9, IPV6), else without a numeric suffix (PERSON2)."""
    return key if key in _GEN else _KEY.match(key).group(1)


class _Vals(dict):
    """format_map mapping that draws a fresh marked surrogate for each new placeholder name."""

    def __init__(self, r: random.Random) -> None:
        super().__init__()
        self.r = r

    def __missing__(self, key: str) -> str:
        if key in ("STATE", "STATEAB", "COUNTRY"):  # non-PHI fillers
            pool = {"STATE": _STATES, "STATEAB": _STATE_ABBR, "COUNTRY": _COUNTRIES}[key]
            val = self.r.choice(pool)
        else:
            cat, gen = _GEN[_base(key)]
            val = _m(cat, gen(self.r))
        self[key] = val
        return val


# --------------------------------------------------------------------------------------------------
# Planting templates: (note kinds "D"/"R", section, template). Placeholders name surrogate generators.

_TEMPLATES: list[tuple[str, str, str]] = [
    # ---- discharge header fields (the value replaces the ___)
    ("D", "hdr:name", "{NAMECAPS}"), ("D", "hdr:name", "{PERSON}"), ("D", "hdr:unit", "{MRN}"),
    ("D", "hdr:dob", "{DATE}"), ("D", "hdr:admit", "{DATE}"), ("D", "hdr:disch", "{DATE}"),
    ("D", "hdr:attending", "{PERSON}, MD"), ("D", "hdr:attending", "Dr. {SURNAME}"),
    ("D", "hdr:attending", "{NAMECAPS} [{NPI}]"),
    # ---- person names
    ("D", "social", "Lives with her husband {GIVEN} in a second-floor walk-up; he manages her pillbox."),
    ("D", "social", "pt lives w/ dtr {PERSON} who is HCP."),
    ("D", "social", "Emergency contact: {NAMEREV} (son) {PHONE}"),
    ("D", "social", "Widowed; her partner of 20 years, {PERSON}, stays with her most nights."),
    ("D", "social", "HCP is nephew {NAMELC}, cell {PHONE}."),
    ("D", "family", "Brother {GIVEN} - colon cancer dx at 52. Mother - CVA, deceased."),
    ("D", "family", "Father (Mr. {SURNAME}, followed here as well) - ESRD on HD, Alport syndrome."),
    ("D", "hpi", "History is obtained from the patient's niece, {PERSON}, who accompanies her."),
    ("D", "hpi", "Per his PCP Dr. {SURNAME}, he had been at his baseline until about 4 days ago."),
    ("D", "hpi", "She was found on the floor by her neighbour Mrs. {SURNAME} and EMS was called."),
    ("D", "hpi", "interpreter ({PERSON}, Cantonese) used for entire history"),
    ("D", "course", "Case was discussed with Dr. {PERSON} of {HOSP}, who performed the prior procedure."),
    ("D", "course", "Social work ({INITNAME}, LICSW) met with family regarding placement."),
    ("D", "course", "His wife {NAMESPLIT} was updated by phone daily and agreed with the plan."),
    ("D", "course", "Palliative care consult: met with pt and daughter {GIVEN}; pt wishes to be DNR/DNI."),
    ("D", "course", "Seen by ortho spine (attending {NAMECAPS}) who recommended TLSO brace when OOB."),
    ("D", "followup", "Please follow up with {INITNAME}, NP at {CLINIC} within 1-2 weeks."),
    ("D", "followup", "f/u Dr {SURNAME} (cards) 2wk - call {PHONE} to schedule"),
    ("D", "followup", "PCP: {NAMECAPS}   Tel {PHONE}   Fax {FAX}"),
    ("D", "followup", "Name: {PERSON}, MD\nSpecialty: Nephrology\nAddress: {STREET}, {CITY}, {STATEAB} {ZIP}\n"
     "Phone: {PHONE}"),
    ("D", "sign", "Electronically signed by {PERSON}, MD on ___ at 4:12 PM"),
    ("D", "sign", "Dictated By: {NAMELC}\nD: ___ 16:40  T: ___ 09:02\nJob#: ___"),
    ("D", "sign", "{PERSON}, MD\nPGY-2 Internal Medicine\npgr {PAGER}"),
    ("D", "sign", "cc: {INITNAME}, MD ({CLINIC}); {PERSON2}, NP"),
    ("D", "sign", "Completed by: {USERNAME}  ___ 17:55"),
    ("D", "instructions", "If you have any questions, call the clinic nurse line and ask for {GIVEN}."),
    ("D", "meds_adm", "Medication list confirmed with pt's son {GIVEN} and pharmacy fill history."),
    ("R", "notify", "NOTIFICATION: The findings were discussed with Dr. {PERSON} by ___ on the telephone on ___ at "
     "3:45 pm, 2 minutes after discovery of the findings."),
    ("R", "notify", "Findings communicated to {NAMECAPS} (covering NP) at 11:20 via pager {PAGER}."),
    ("R", "notify", "Wet read discussed with Dr. {SURNAME} (ED) at 02:10."),
    ("R", "sign", "Electronically signed by: {INITNAME}, MD  on ___ 09:14"),
    ("R", "sign", "RADIOLOGIST: {NAMECAPS}, MD\nRESIDENT: ___"),
    ("R", "sign", "Reported by: {PERSON}\nVerified by: ___"),
    ("R", "indication", "Referred by Dr. {SURNAME} for evaluation."),
    ("R", "technique", "Technologist: {PERSON}, RT(R)(CT)."),
    ("R", "hdr", "Patient Name: {NAMECAPS}"),
    ("R", "hdr", "Ordering physician: {NAMEREV}, MD   Service: ___"),
    # ---- locations
    ("D", "social", "Originally from {FCITY}, {COUNTRY}; moved to the U.S. in 1998. Speaks Twi and English."),
    ("D", "social", "Lives alone in {CITY}, {STATE}, in a single-family home with 3 steps to enter."),
    ("D", "social", "Resides at {PLACE}; has a walker and a shower chair."),
    ("D", "social", "Grew up in {CITY}; retired machinist. Quit smoking 2004, 40 pack-years."),
    ("D", "social", "Recently returned from visiting family in {FCITY} (left 3 weeks ago)."),
    ("D", "hpi", "He was hiking near {CITY} about 10 days ago and recalls a tick bite on the left calf."),
    ("D", "hpi", "Transferred from {HOSP} in {CITY} for higher level of care."),
    ("D", "hpi", "{COUNTY} EMS found her hypotensive to the 80s systolic."),
    ("D", "dispo", "Facility:\n{REHAB} - {CITY}"),
    ("D", "instructions", "YOU WILL BE GOING TO {HOSPCAPS} IN {CITYCAPS} FOR YOUR DIALYSIS."),
    ("D", "family", "Sister lives in {CITY} and is a potential kidney donor."),
    ("R", "comparison", "COMPARISON: Outside films from {CITY}, not available for direct comparison."),
    ("R", "indication", "MVC on the highway outside {CITY}, restrained driver, LOC."),
    ("R", "technique", "Study performed at the {CITY} satellite, portable unit."),
    # ---- organisations
    ("D", "social", "Works full time as a dispatcher for {EMPLOYER}."),
    ("D", "social", "Retired teacher ({EMPLOYER}); active at {CHURCH}."),
    ("D", "social", "Attends adult day program through {AGENCY} three days a week."),
    ("D", "hpi", "She was seen at {HOSP} on ___ and started on levofloxacin without improvement."),
    ("D", "hpi", "Pt was sent in from {REHAB} for hypoxia and altered mental status."),
    ("D", "hpi", "OSH ({HOSPABBR}) CT showed a 2.1 cm SDH with 4 mm midline shift."),
    ("D", "pmh", "- ESRD on HD MWF at {CLINIC}"),
    ("D", "pmh", "- Prostate ca s/p XRT at {HOSP} (2011)"),
    ("D", "dispo", "Extended Care\nFacility:\n{REHAB}"),
    ("D", "dispo", "Home With Service\nFacility:\n{AGENCY}"),
    ("D", "meds_adm", "Source of information: {PHARM} (fill history) and patient."),
    ("D", "instructions", "Your prescriptions were sent to {PHARM}."),
    ("D", "followup", "Department: CARDIOLOGY\nWhen: ___ at 9:40 AM\nWith: ___\nBuilding: {CLINIC}\nCampus: OFF "
     "Best Parking: Street"),
    ("R", "comparison", "COMPARISON: CT abdomen from {HOSP} ___, images uploaded to PACS."),
    ("R", "hdr", "Outside study performed at {IMGCTR}; submitted for second opinion."),
    ("R", "indication", "History: resident of {REHAB}, fall, r/o fracture."),
    # ---- real-year dates
    ("D", "pmh", "- CABG x3 {DATE} (LIMA-LAD, SVG-OM, SVG-RCA)"),
    ("D", "pmh", "- Last colonoscopy {DATEMY}: 2 tubular adenomas"),
    ("D", "pmh", "- Breast ca (L), lumpectomy + XRT, dx {DATE}"),
    ("D", "pmh", "- Pacemaker placed {DATE} for Mobitz II"),
    ("D", "hpi", "Her last admission was {DATE} for a COPD exacerbation requiring BiPAP."),
    ("D", "hpi", "symptoms began on the evening of {DATE}."),
    ("D", "social", "Tdap {DATE}; influenza vaccine this season."),
    ("D", "course", "Per outside records, echo {DATE} showed EF 55% with moderate MR."),
    ("D", "results", "OUTSIDE LABS ({DATE}): Cr 2.4, K 5.8, Hgb 8.9"),
    ("D", "results", "Path from {DATENUM} (OSH): adenocarcinoma, moderately differentiated."),
    ("D", "hdr:dob", "{DATE}"),
    ("R", "comparison", "COMPARISON: {DATE} outside MRI of the lumbar spine."),
    ("R", "comparison", "Prior study dated {DATE} is available for comparison."),
    ("R", "indication", "fall on {DATE}, persistent R hip pain"),
    ("R", "hdr", "DOB: {DATE}    Sex: F"),
    ("R", "findings", "Right hip prosthesis (placed {DATEMY} per history) is intact."),
    # ---- ages 90+
    ("D", "hpi", "Pt is a {AGE} y/o man with CAD and CKD who presents with 2 days of melena."),
    ("D", "hpi", "This {AGE}yo F from home was brought in after an unwitnessed fall."),
    ("D", "hpi", "Ms. ___ is a {AGEWORD} year old woman, independent at baseline, admitted with pneumonia."),
    ("D", "social", "Lives with her mother, who is {AGE} and in good health."),
    ("D", "family", "Mother alive at {AGE}, dementia; father died at 71 (MI)."),
    ("D", "course", "Given age ({AGE}) and frailty, surgery was not offered after family meeting."),
    ("R", "indication", "INDICATION: {AGE} year old woman with fall, r/o ICH."),
    ("R", "indication", "Hx: {AGE}F s/p fall, hip pain."),
    ("R", "indication", "{AGE} y.o. male, SOB."),
    # ---- phone / fax / pager
    ("D", "social", "Best # to reach wife: {PHONE}"),
    ("D", "social", "pt's wife {NAMELC} can be reached at {PHONE}"),
    ("D", "followup", "Call {PHONESPLIT} with any questions about your appointment."),
    ("D", "instructions", "If you develop fever > 101.5, call the surgery clinic at {PHONE}."),
    ("D", "instructions", "Anticoagulation clinic fone: {PHONEOCR}"),
    ("D", "followup", "Home health intake: tel {PHONE}  fax {FAX}"),
    ("D", "course", "Outside cardiologist faxed records (fax {FAX}) confirming the device settings."),
    ("D", "followup", "Please fax INR results to {FAX} (Attn: {GIVEN})."),
    ("D", "sign", "Questions regarding this summary: page {PAGER}"),
    ("D", "course", "Fellow on call, beeper {PAGER}, notified of K 6.1."),
    ("D", "meds_dc", "VNA to fax weekly labs to {FAX}."),
    ("R", "notify", "Findings called to the ordering provider at {PHONE} at 16:05."),
    ("R", "notify", "Attempted to reach referring office at {PHONE}; message left."),
    ("R", "notify", "Results faxed to {FAX}."),
    ("R", "notify", "Discussed with ICU resident (pager {PAGER}) at 21:30."),
    ("R", "sign", "Reading room: {PHONE}   Pager: {PAGER}"),
    ("R", "hdr", "Referring fax: {FAX}"),
    # ---- e-mail / url / ip
    ("D", "social", "Prefers communication by e-mail: {EMAIL}"),
    ("D", "followup", "Send your glucose log to {EMAIL} every Monday."),
    ("D", "instructions", "Daughter's email for updates: {EMAILSPOKEN}"),
    ("D", "course", "Records requested from outside PCP via {EMAIL}."),
    ("D", "instructions", "You can see your results on the patient portal: {URL}"),
    ("D", "followup", "Video visit link: {URL}"),
    ("D", "instructions", "Sign up at {HOST} to message your care team."),
    ("D", "course", "Remote monitoring transmission (home hub IP {IP}) showed no VT/VF events."),
    ("D", "results", "CGM download (Dexcom G7) uploaded from {IP}: time in range 54%."),
    ("R", "notify", "Report copy e-mailed to {EMAIL} per request."),
    ("R", "comparison", "Outside images uploaded via {HOST}."),
    ("R", "hdr", "Images available at {URL}"),
    ("R", "technique", "Images received by DICOM push from {IP} (outside PACS)."),
    ("R", "technique", "Post-processing on workstation {IPV6}."),
    ("R", "sign", "Viewed remotely (VPN {IP})."),
    # ---- ssn / mrn / account / plan / licence
    ("D", "social", "Disability paperwork completed; SS# {SSN}."),
    ("D", "hdr:unit", "{MRN}   SSN: {SSN}"),
    ("D", "course", "Note: records from prior admission are under old MRN {MRN}."),
    ("D", "results", "MR# {MRN}  -- micro results pending"),
    ("D", "sign", "Acct: {ACCT}   Enc: ___"),
    ("D", "dispo", "Billing account no. {ACCT}"),
    ("D", "course", "Visit # {ACCT} linked for outside labs."),
    ("D", "social", "Insurance: Medicare A/B, MBI {MBI}; secondary Medigap."),
    ("D", "social", "Ins: Medicaid, ID {PLAN}"),
    ("D", "dispo", "Insurance auth for rehab: member ID {PLAN}, group {GROUP}"),
    ("D", "social", "Medicare claim # {HICN}"),
    ("D", "meds_dc", "Prescriber DEA: {DEA}"),
    ("D", "meds_dc", "Oxycodone 5 mg 1 tab PO Q6H PRN pain  #20  (NPI {NPI}, DEA {DEA})"),
    ("D", "sign", "{PERSON}, MD  Lic# {MEDLIC}"),
    ("D", "course", "Valuables inventoried by security: wallet, driver's license {DL}, phone."),
    ("R", "hdr", "MRN: {MRN}    Acc#: ___"),
    ("R", "hdr", "Pt ID {MRN} / Visit {ACCT}"),
    ("R", "hdr", "Encounter: {ACCT}"),
    ("R", "hdr", "Prior auth obtained; member {PLAN}."),
    ("R", "hdr", "Referring: Dr. {SURNAME} (NPI {NPI})"),
    ("R", "comparison", "Outside CD labelled with patient ID {SSN}; identity confirmed."),
    ("R", "sign", "{INITNAME}, MD (lic. {MEDLIC})"),
    # ---- addresses and zip codes
    ("D", "social", "Address: {STREET}, {CITY}, {STATEAB} {ZIP}"),
    ("D", "social", "Mailing address: {POBOX}, {CITY} {ZIP9}"),
    ("D", "social", "Homeless x 2 yrs; uses {POBOX} for mail."),
    ("D", "dispo", "Home With Service\nAddress:\n{STREET}\n{CITY}, {STATEAB}  {ZIP}"),
    ("D", "instructions", "VNA will visit you at {STREET} starting tomorrow."),
    ("D", "social", "lives in the {ZIP} zip code, food desert per SW"),
    ("R", "hdr", "Performed at {IMGCTR}, {STREET}, {CITY}, {STATEAB} {ZIP}"),
    ("R", "indication", "pedestrian struck in front of {STREET}"),
    # ---- devices
    ("D", "pmh", "- Dual-chamber PPM (Medtronic Azure XT DR MRI SureScan), serial {SERIAL}"),
    ("D", "course", "ICD interrogated (SN {SERIAL}): no therapies delivered."),
    ("D", "proc", "Left TKA. Implant record: {UDI}"),
    ("D", "meds_adm", "Insulin pump (Tandem t:slim X2) serial # {SERIAL}, basal 0.8 u/h."),
    ("D", "course", "HeartMate 3 LVAD; controller SN {SERIAL}, speed 5600 rpm, flow 4.3 L/min."),
    ("D", "dispo", "DME: home CPAP, serial no. {SERIAL} (patient's own machine)."),
    ("R", "findings", "Left chest wall pacemaker generator (serial no. {SERIAL} per implant card) with RA/RV leads."),
    ("R", "technique", "MR conditional device (SN {SERIAL}) verified by MR safety nurse."),
    ("R", "findings", "Programmable VP shunt valve, serial {SERIAL}, setting 1.5."),
    # ---- vehicles
    ("D", "hpi", "Restrained driver in MVC; police report lists vehicle plate {PLATE}."),
    ("D", "social", "Drives for a rideshare company (vehicle {PLATE})."),
    ("D", "course", "Security holding car keys; car (VIN {VIN}) towed from ED lot."),
    ("D", "instructions", "Parking validation given for plate {PLATE}."),
    ("R", "indication", "Trauma: driver, high-speed MVC, vehicle VIN {VIN} per EMS."),
    ("R", "indication", "ped vs car (plate {PLATE}), c/o neck pain"),
    # ---- more of the scarcer kinds, and awkward phrasings
    ("D", "sign", "Summary faxed to {CLINIC} at {FAX}."),
    ("D", "followup", "Dr. {SURNAME}'s office  P {PHONE} / F {FAX}"),
    ("D", "dispo", "Facility fax # {FAX}"),
    ("R", "sign", "Copy to referring office, F: {FAX}"),
    ("R", "notify", "Prelim report telefaxed ({FAX}) to outside ED at 04:12."),
    ("D", "sign", "{PERSON}, RN, CDE | {EMAIL}"),
    ("D", "social", "Son lives in Australia and prefers email - {EMAIL}"),
    ("D", "course", "Emial from outside oncologist ({EMAIL}) reviewed with team."),
    ("R", "hdr", "Referring contact: {EMAIL}"),
    ("R", "sign", "Questions: {EMAIL}"),
    ("D", "hpi", "Age {AGE}. Lives at home with VNA twice weekly."),
    ("D", "course", "At {AGE}, she remains fully independent and declined rehab."),
    ("D", "family", "Husband, {AGE}, is her primary caregiver."),
    ("R", "indication", "Patient age: {AGE}y; dementia, ? aspiration"),
    ("R", "indication", "INDICATION:  {AGEWORD} year-old man with hematuria."),
    ("D", "pmh", "- AVR (St. Jude Trifecta 23 mm), SN {SERIAL}"),
    ("D", "meds_dc", "Omnipod 5 pods - change q72h; PDM serial {SERIAL}"),
    ("D", "proc", "Spinal cord stimulator explant (generator S/N: {SERIAL})"),
    ("D", "pmh", "- ICD implanted {DATE}, SN {SERIAL}"),
    ("R", "findings", "Left cochlear implant (device S/N {SERIAL}); MR safety screening completed."),
    ("R", "technique", "Contrast injector log: patient-specific UDI {UDI} recorded for port."),
    ("R", "sign", "Report available at {URL}"),
    ("D", "instructions", "Your remote monitoring enrollment page: {URL}"),
    ("D", "course", "Outside images reviewed at {HOST}."),
    ("D", "social", "Contact            Relationship   Phone\n{PERSON}      son            {PHONE}\n"
     "{PERSON2}     daughter       {PHONE2}"),
    ("D", "followup", "Phne: {PHONE}"),
    ("D", "social", "adress {STREET} {CITY}"),
    ("R", "hdr", "Pt Nmae: {NAMECAPS}   DOB: ___"),
    ("D", "hpi", "per daughter ({GIVEN}) pt has been more confused x3d"),
    ("D", "followup", "FOLLOW UP WITH DR. {SURCAPS} AT {HOSPCAPS} ON {DATE}"),
    ("D", "sign", "Eiectronically signed by {PERSON} on ___"),
    ("R", "sign", "E1ectronically signed: {INITNAME} MD"),
    ("D", "course", "spoke with doctor {NAMELC} from {HOSP} who agreed to accept in transfer"),
    ("D", "social", "HCP: daughter {SPELLED} (spelled out by pt)"),
    ("D", "family", "Maternal aunt (Tia {GIVEN}) - lupus; cousin with sickle cell disease."),
    ("D", "dispo", "Accepting MD at {REHAB}: Dr {SURNAME}"),
    ("D", "course", "Seen in clinic by {SURNAME} NP on ___; echo ordered."),
    ("R", "notify", "d/w {SURNAME} @ 14:20, who will follow up."),
    ("R", "sign", "CC: {INITNAME}; {NAMEREV}"),
    ("R", "indication", "Per Dr. {PERSON}'s request, eval for interval change."),
    ("D", "hpi", "Pt was at work at {EMPLOYER} in {CITY} when he felt the pain."),
    ("D", "social", "Goes to school at {EMPLOYER}; lives on campus."),
    ("R", "comparison", "COMPARISON:  MRI {DATEMY} at {IMGCTR}."),
    ("D", "hdr:admit", "{DATE} 14:22"),
    ("D", "results", "Labs drawn at {CLINIC} on {DATE}: TSH 0.02, free T4 3.1"),
    # ---- values broken by a line break (hard-wrapped or dictated)
    ("R", "notify", "NOTIFICATION: The findings were discussed with Dr. {NAMESPLIT} by ___ on the telephone on ___ at "
     "10:05 am."),
    ("D", "social", "Lives with partner\n{NAMESPLIT}, who drives her to appointments."),
    ("D", "followup", "Please call Dr. ___'s office to schedule: {PHONESPLIT}"),
    ("R", "notify", "Called to the ordering provider at\n{PHONESPLIT} (no answer)."),
    ("D", "pmh", "- Hysterectomy for fibroids on {DATESPLIT} (TAH-BSO)"),
    ("R", "comparison", "COMPARISON: Outside CT chest dated {DATESPLIT}."),
]

# Categories each template covers, and a weighted pick of the category to plant.
_FIELD = string.Formatter()


def _cats_of(tpl: str) -> set[str]:
    out = set()
    for _, fname, _, _ in _FIELD.parse(tpl):
        if fname and fname not in ("STATE", "STATEAB", "COUNTRY"):
            out.add(_GEN[_base(fname)][0])
    return out


_BY_CAT: dict[str, list[tuple[str, str, str]]] = {c: [] for c in CATEGORIES}
for _t in _TEMPLATES:
    for _c in _cats_of(_t[2]):
        _BY_CAT[_c].append(_t)
_WEIGHTS = {c: 1.0 for c in CATEGORIES}
_WEIGHTS.update({"PERSON": 1.6, "LOCATION": 1.4, "ORGANIZATION": 1.6, "DATE_REAL_YEAR": 2.2, "ZIP": 0.4,
                 "STREET_ADDRESS": 0.5, "FAX": 1.5, "EMAIL": 1.5, "AGE_OVER_89": 1.6, "DEVICE_ID": 1.5, "URL": 1.3})


# --------------------------------------------------------------------------------------------------
# Clinical filler (no identifiers; distractors on purpose)

_D_SCEN: list[dict] = [
    dict(service="MEDICINE", cc="Dyspnea on exertion, bilateral leg swelling", proc="None",
         hpi=["presents with 1 week of progressive dyspnea on exertion, 3-pillow orthopnea and PND.",
              "Reports weight gain of 8 lbs despite taking Lasix 40 mg daily.",
              "Denies chest pain. In the ED, BP 158/92, HR 104, SpO2 91% on RA -> 96% on 3L NC.",
              "BNP 2,410. CXR with bilateral pleural effusions and cephalization.",
              "Given furosemide 80 mg IV x1 with 1.2 L UOP."],
         pmh=["HFrEF (EF 25-30%)", "CAD s/p PCI to LAD (2016)", "Atrial fibrillation on apixaban",
              "CKD stage 3b (baseline Cr 1.6)", "Type 2 diabetes mellitus, A1c 7.9%", "Gout"],
         course=["# Acute on chronic HFrEF: diuresed with furosemide 80 mg IV BID with net negative 6.2 L; "
                 "transitioned to torsemide 40 mg daily. Discharge weight 81.3 kg.",
                 "# Atrial fibrillation: rate controlled on metoprolol succinate 100 mg; continued Eliquis 5 mg BID. "
                 "CHA2DS2-VASc 5.",
                 "# AKI on CKD: Cr peaked at 2.1 with diuresis, 1.7 on discharge. Entresto held."],
         dx=["Acute on chronic systolic heart failure", "Atrial fibrillation", "Acute kidney injury on CKD 3b"],
         meds=["Torsemide 40 mg PO DAILY", "Metoprolol Succinate XL 100 mg PO DAILY", "Apixaban 5 mg PO BID",
               "Atorvastatin 80 mg PO QPM", "Empagliflozin 10 mg PO DAILY", "Allopurinol 100 mg PO DAILY"]),
    dict(service="SURGERY", cc="RUQ pain, fevers", proc="Laparoscopic cholecystectomy",
         hpi=["presents with 2 days of constant RUQ pain radiating to the right scapula, nausea and fever to 101.8.",
              "Positive Murphy's sign on exam. WBC 14.2, T bili 1.4, alk phos 162, lipase 38.",
              "RUQ US: distended gallbladder with 1.8 cm impacted stone in the neck, wall 6 mm, pericholecystic "
              "fluid.", "Started on Zosyn 4.5 g IV Q8H and made NPO."],
         pmh=["Hypertension", "Obesity (BMI 36.4)", "GERD s/p Nissen fundoplication",
              "Obstructive sleep apnea on CPAP"],
         course=["Taken to the OR on HD2 for laparoscopic cholecystectomy; gangrenous gallbladder, JP drain placed. "
                 "EBL 40 mL.", "Post-op course uncomplicated. Diet advanced to regular on POD1, JP removed POD2 "
                 "with 35 cc serosanguinous output.", "Pain controlled with Tylenol and oxycodone 5 mg PRN."],
         dx=["Acute calculous cholecystitis"],
         meds=["Acetaminophen 1000 mg PO Q8H", "OxyCODONE (Immediate Release) 5 mg PO Q4H:PRN pain",
               "Docusate Sodium 100 mg PO BID", "Senna 8.6 mg PO BID:PRN constipation", "Lisinopril 20 mg PO DAILY"]),
    dict(service="NEUROSURGERY", cc="Worst headache of life", proc="Cerebral angiogram with coil embolization of "
         "ACom aneurysm; EVD placement",
         hpi=["developed sudden-onset severe headache while lifting weights, followed by vomiting and neck stiffness.",
              "Head CT: diffuse SAH, thick in the basal cisterns, Hunt and Hess grade 2, modified Fisher grade 3.",
              "GCS 14 (E3V5M6) on arrival. Kernig sign positive, no focal deficit. Babinski downgoing bilaterally."],
         pmh=["Hypertension", "Tobacco use, 20 pack-years", "Polycystic kidney disease"],
         course=["Underwent coil embolization of a 6 mm ACom aneurysm on HD1; EVD placed at 10 cm H2O.",
                 "Nimodipine 60 mg Q4H x 21 days. TCDs monitored daily; mild vasospasm on day 6 treated with "
                 "induced hypertension (SBP goal 160-180).", "EVD clamped HD10, removed HD12. Keppra 500 mg BID x7 d."],
         dx=["Subarachnoid hemorrhage, ruptured anterior communicating artery aneurysm"],
         meds=["Nimodipine 60 mg PO Q4H", "LevETIRAcetam 500 mg PO BID", "Acetaminophen 650 mg PO Q6H:PRN",
               "Docusate Sodium 100 mg PO BID", "Amlodipine 5 mg PO DAILY"]),
    dict(service="CARDIOLOGY", cc="Chest pain", proc="Cardiac catheterization with DES x1 to proximal LAD",
         hpi=["had 2 hours of substernal pressure radiating to the left arm with diaphoresis.",
              "ECG: NSR 88, PR 168 ms, QRS 92 ms, QTc 452 ms, 1 mm ST depressions in V4-V6.",
              "Troponin T 0.08 -> 0.41. TIMI risk score 4. Given aspirin 325 mg, heparin gtt, atorvastatin 80 mg."],
         pmh=["Hyperlipidemia", "Hypertension", "Type 2 diabetes", "Former smoker"],
         course=["Cath: 90% proximal LAD, treated with 3.0 x 18 mm Xience Skypoint DES; radial approach, TR band "
                 "removed without hematoma.", "TTE: LVEF 45% with anterior hypokinesis. Started on Brilinta 90 mg BID, "
                 "metoprolol, lisinopril.", "Referred to cardiac rehab phase II."],
         dx=["NSTEMI", "Coronary artery disease"],
         meds=["Aspirin 81 mg PO DAILY", "Ticagrelor 90 mg PO BID", "Atorvastatin 80 mg PO QPM",
               "Metoprolol Tartrate 25 mg PO BID", "Lisinopril 5 mg PO DAILY", "Nitroglycerin SL 0.4 mg SL PRN"]),
    dict(service="ORTHOPAEDICS", cc="Right hip pain after fall", proc="Right hip hemiarthroplasty",
         hpi=["tripped over a rug at home and landed on the right side; unable to bear weight.",
              "Right leg shortened and externally rotated. XR: displaced right femoral neck fracture (Garden IV).",
              "No head strike, no LOC. Takes warfarin for AF; INR 2.3 on arrival, reversed with vitamin K 5 mg IV."],
         pmh=["Atrial fibrillation", "Osteoporosis", "Hypothyroidism (Hashimoto)", "Parkinson disease"],
         course=["Underwent right hip hemiarthroplasty on HD2 without complication. WBAT RLE, posterior hip "
                 "precautions.", "Sinemet 25/100 TID continued on schedule.", "Enoxaparin 40 mg daily for 4 weeks "
                 "then resume Coumadin. PT recommended rehab."],
         dx=["Right femoral neck fracture", "Atrial fibrillation", "Parkinson disease"],
         meds=["Enoxaparin 40 mg SC DAILY", "Carbidopa-Levodopa (25-100) 1 TAB PO TID", "Levothyroxine 75 mcg PO DAILY",
               "Calcium Carbonate 500 mg PO BID", "Vitamin D 1000 UNIT PO DAILY", "Acetaminophen 650 mg PO Q6H"]),
    dict(service="MEDICINE", cc="Cough, fever, shortness of breath", proc="None",
         hpi=["reports 4 days of productive cough with rusty sputum, fevers and rigors.",
              "T 102.3, HR 112, RR 26, BP 104/62, SpO2 88% RA. CURB-65 of 2.",
              "CXR: dense RLL consolidation. Lactate 2.6. Blood cultures x2 drawn before ceftriaxone/azithromycin."],
         pmh=["COPD (FEV1 48% predicted) on home O2 2L", "Hypertension", "Bell's palsy (resolved)", "BPH"],
         course=["# CAP: ceftriaxone/azithromycin, then cefpodoxime to complete 5 days. Urine Legionella Ag negative.",
                 "# COPD: prednisone 40 mg x5 days, DuoNebs Q6H. Weaned to home 2L.",
                 "# BPH: Flomax continued; Foley not required."],
         dx=["Community-acquired pneumonia, right lower lobe", "COPD exacerbation"],
         meds=["Cefpodoxime 200 mg PO Q12H x2 days", "PredniSONE 40 mg PO DAILY x1 day", "Tiotropium 18 mcg IH DAILY",
               "Albuterol Inhaler 2 PUFF IH Q4H:PRN", "Tamsulosin 0.4 mg PO QHS"]),
    dict(service="NEUROLOGY", cc="Left-sided weakness, slurred speech", proc="IV alteplase; mechanical thrombectomy",
         hpi=["was last known well at 07:30 and at 08:15 was noted to have left facial droop and left arm weakness.",
              "NIHSS 11 on arrival. CTA: right M1 occlusion. ASPECTS 9.", "tPA given at 09:02 (door-to-needle 38 "
              "min), then thrombectomy with TICI 2b reperfusion."],
         pmh=["Hypertension", "Hyperlipidemia", "Migraine with aura", "Patent foramen ovale"],
         course=["NIHSS improved to 3 at discharge (mild L pronator drift, L NLF flattening).",
                 "MRI: small R basal ganglia infarct. TTE with bubble: small PFO, RoPE score 5.",
                 "Started aspirin 81 mg and atorvastatin 80 mg; 30-day Zio patch arranged."],
         dx=["Acute ischemic stroke, right MCA territory"],
         meds=["Aspirin 81 mg PO DAILY", "Atorvastatin 80 mg PO QPM", "Amlodipine 10 mg PO DAILY"]),
    dict(service="MEDICINE", cc="Black stools, lightheadedness", proc="EGD with clip placement",
         hpi=["reports 3 days of melena and lightheadedness; takes naproxen daily for knee OA.",
              "Hgb 6.9 (baseline 12). BUN 58. Glasgow-Blatchford score 12. Transfused 2 units PRBC.",
              "Started on pantoprazole 80 mg IV bolus then 8 mg/h infusion."],
         pmh=["Osteoarthritis", "Hypertension", "Depression", "H. pylori (treated 2015)"],
         course=["EGD: 1.5 cm duodenal bulb ulcer with visible vessel (Forrest IIa), treated with epinephrine and 2 "
                 "hemoclips.", "H. pylori serology positive; started bismuth quadruple therapy x14 days.",
                 "Hgb stable at 8.8 x 48h. NSAIDs discontinued."],
         dx=["Upper GI bleed due to duodenal ulcer", "Acute blood loss anemia"],
         meds=["Pantoprazole 40 mg PO BID", "Bismuth subsalicylate 524 mg PO QID", "Metronidazole 500 mg PO TID",
               "Tetracycline 500 mg PO QID", "Sertraline 100 mg PO DAILY"]),
    dict(service="SURGERY", cc="Painless jaundice, weight loss", proc="Pylorus-preserving pancreaticoduodenectomy "
         "(Whipple)",
         hpi=["noticed dark urine and scleral icterus 3 weeks ago with 15 lb weight loss.",
              "Courvoisier sign present. CA 19-9 412. CT: 2.8 cm pancreatic head mass abutting but not encasing SMV.",
              "ERCP with plastic stent placement; biliary brushings positive for adenocarcinoma."],
         pmh=["Type 2 diabetes", "Hyperlipidemia", "Crohn disease (ileal, quiescent)"],
         course=["Whipple performed on HD1; estimated blood loss 350 mL. Two JP drains.",
                 "Delayed gastric emptying POD4-7, managed with NGT and erythromycin. Drain amylase low; removed.",
                 "TPN weaned, tolerating regular diet with Creon 36,000 units with meals."],
         dx=["Pancreatic adenocarcinoma (pT2N1)", "Delayed gastric emptying"],
         meds=["Pancrelipase 36,000 UNIT PO TID W/MEALS", "Insulin glargine 14 Units SC QHS",
               "Pantoprazole 40 mg PO DAILY", "OxyCODONE 5 mg PO Q4H:PRN", "Ondansetron 4 mg PO Q8H:PRN nausea"]),
]

_SOCIAL = ["Lives with wife, retired electrician. Former smoker, quit 2009. Rare EtOH. No IVDU.",
           "Lives alone in an apartment; independent in ADLs. Denies tobacco, EtOH or drugs.",
           "Married, 2 adult children. Works in construction. 1 ppd x 30 years. 4-6 beers on weekends.",
           "Lives with daughter and grandchildren. Uses a cane. Never smoker. No alcohol.",
           "Recently moved from Florida. Drinks 1 glass of wine nightly. Former cocaine use, none in 10 years."]
_FAMILY = ["Mother - breast cancer at 64. Father - MI at 58. No family history of sudden cardiac death.",
           "Non-contributory.", "Father with Parkinson disease; mother with type 2 diabetes and Graves disease.",
           "Sister with Crohn disease. Brother died at 46 of an aortic dissection (Marfan syndrome suspected).",
           "No family history of colon cancer or bleeding disorders."]
_ALLERGIES = ["No Known Allergies / Adverse Drug Reactions", "Penicillins / Sulfa (Sulfonamide Antibiotics)",
              "lisinopril (angioedema)", "Codeine / Iodinated Contrast Media - IV Dye", "Patient recorded as having "
              "No Known Allergies to Drugs"]
_LABS = [("WBC", 4.0, 15.0, 1), ("RBC", 2.8, 5.2, 2), ("Hgb", 7.5, 15.5, 1), ("Hct", 24.0, 46.0, 1),
         ("MCV", 78, 101, 0), ("MCH", 26.0, 34.0, 1), ("MCHC", 31.0, 36.0, 1), ("RDW", 11.5, 17.0, 1),
         ("Plt Ct", 110, 420, 0)]
_CHEM = [("Glucose", 70, 240, 0), ("UreaN", 8, 60, 0), ("Creat", 0.6, 2.8, 1), ("Na", 130, 146, 0),
         ("K", 3.2, 5.6, 1), ("Cl", 95, 109, 0), ("HCO3", 18, 30, 0), ("AnGap", 8, 18, 0)]
_LFT = [("ALT", 8, 240, 0), ("AST", 10, 300, 0), ("AlkPhos", 40, 320, 0), ("TotBili", 0.2, 4.5, 1),
        ("Albumin", 2.4, 4.6, 1), ("Calcium", 7.8, 10.4, 1), ("Phos", 2.2, 5.1, 1), ("Mg", 1.5, 2.6, 1)]
_IMAGING_LINES = ["CT head w/o contrast: no acute intracranial process.",
                  "CTA chest: no PE; emphysematous changes; 6 mm RUL nodule (Fleischner follow-up advised).",
                  "RUQ US: cholelithiasis without cholecystitis. CBD 5 mm.",
                  "LENIs: no DVT bilaterally.",
                  "MRI brain: punctate DWI lesion in the left corona radiata.",
                  "TTE: LVEF 60%, mild MR, RVSP 38 mmHg. No PFO by bubble study.",
                  "CXR PA/LAT: interval improvement of bilateral effusions; Port-a-Cath tip at cavoatrial junction."]
_INSTR_EXTRA = ["ACTIVITY:\n- No heavy lifting (more than 10 lbs) for 6 weeks.\n- You may shower; no tub baths or "
                "swimming until cleared.",
                "WOUND CARE:\n- Keep the incision clean and dry. Steri-Strips will fall off on their own.\n"
                "- Call if you notice redness, drainage or the wound opens.",
                "Please call your doctor or return to the emergency department if you experience:\n"
                "- chest pain, pressure or shortness of breath\n- fever greater than 101.5 F\n"
                "- black or bloody stools\n- new weakness, numbness or trouble speaking",
                "DIET: 2 gram sodium diet, 1.5 L fluid restriction. Diabetic (consistent carbohydrate) diet.",
                "MEDICATION CHANGES:\n- STOP naproxen (Aleve)\n- START pantoprazole 40 mg twice daily\n"
                "- CHANGE metoprolol tartrate to metoprolol succinate 50 mg daily"]
_R_EXTRA = ["Osseous structures are unremarkable for age.", "No acute fracture or dislocation identified.",
            "Atherosclerotic calcifications of the aorta and coronary arteries.",
            "Subcentimeter hypodensities are too small to characterize.", "Soft tissues are unremarkable.",
            "Multilevel degenerative changes with osteophytes at L3-4 and L4-5.",
            "Evaluation is limited by patient motion.", "Median sternotomy wires are intact.",
            "Aortic knob calcification. Trachea is midline."]

_R_SCEN: list[dict] = [
    dict(exam="CHEST (PA AND LAT)", ind="with cough and fever // eval for pneumonia",
         tech="Chest PA and lateral", find=["Heart size is normal. Mediastinal and hilar contours are unremarkable.",
                                            "Patchy opacity in the right lower lobe. No pleural effusion or "
                                            "pneumothorax.", "Mild degenerative changes of the thoracic spine."],
         imp="Right lower lobe opacity concerning for pneumonia.", dose=False),
    dict(exam="CT HEAD W/O CONTRAST", ind="with fall on anticoagulation // eval for bleed",
         tech="Contiguous axial images of the brain were obtained without contrast. Coronal and sagittal reformats.",
         find=["No acute intracranial hemorrhage, edema, mass effect or large territorial infarction.",
               "Prominent ventricles and sulci consistent with age-related involution.",
               "Periventricular white matter hypodensities, likely chronic small vessel ischemic disease.",
               "The visualized paranasal sinuses and mastoid air cells are clear."],
         imp="No acute intracranial process.", dose=True),
    dict(exam="CT ABD & PELVIS WITH CONTRAST", ind="RLQ pain, leukocytosis // appendicitis?",
         tech="MDCT images of the abdomen and pelvis after 130 mL Omnipaque 350 IV contrast.",
         find=["Dilated appendix measuring 12 mm with periappendiceal fat stranding; appendicolith at the base.",
               "No free air or drainable collection.", "Liver, spleen, pancreas and adrenals unremarkable.",
               "Simple cyst in the left kidney (Bosniak I)."],
         imp="Acute uncomplicated appendicitis.", dose=True),
    dict(exam="CTA CHEST", ind="tachycardia, hypoxia, Wells score 6 // PE?",
         tech="Helical CT of the chest with IV contrast per PE protocol (100 mL Isovue-370).",
         find=["Filling defects in the right and left lower lobe segmental pulmonary arteries.",
               "RV/LV ratio 1.1; no reflux of contrast into the IVC.", "Small bilateral pleural effusions.",
               "4 mm right upper lobe nodule; per Fleischner Society guidelines no follow-up needed if low risk."],
         imp="Bilateral segmental pulmonary emboli without CT evidence of right heart strain.", dose=True),
    dict(exam="BILAT LOWER EXT VEINS", ind="L calf swelling // DVT?", tech="Grayscale and Doppler imaging.",
         find=["Occlusive thrombus in the left popliteal and posterior tibial veins.",
               "Right lower extremity veins are compressible with normal flow. Baker's cyst on the right, 2.3 cm."],
         imp="Acute left popliteal DVT.", dose=False),
    dict(exam="MR L SPINE W/O CONTRAST", ind="low back pain radiating to L leg, foot drop // cauda equina?",
         tech="Sagittal T1, T2, STIR and axial T2 images of the lumbar spine.",
         find=["Conus terminates at L1. L4-5: large left paracentral extrusion with severe left lateral recess "
               "stenosis, compressing the traversing L5 nerve root.", "Modic type 1 endplate changes at L5-S1.",
               "No evidence of cauda equina compression."], imp="L4-5 left paracentral disc extrusion.", dose=False),
    dict(exam="PORTABLE CHEST", ind="s/p line placement // line position",
         tech="Single frontal view of the chest.",
         find=["Right IJ central venous catheter tip projects over the cavoatrial junction.",
               "Endotracheal tube 4.5 cm above the carina. Enteric tube in the stomach.",
               "Swan-Ganz catheter tip in the right interlobar pulmonary artery.", "No pneumothorax."],
         imp="Lines and tubes as described; no pneumothorax.", dose=False),
    dict(exam="US ABDOMEN LIMITED (RUQ)", ind="elevated LFTs // biliary dilation?",
         tech="Grayscale and color Doppler ultrasound images of the abdomen.",
         find=["Liver echotexture is coarsened and nodular. No focal lesion.", "Gallbladder contains sludge; no "
               "wall thickening. Sonographic Murphy sign negative.", "CBD 4 mm. Main portal vein patent, hepatopetal."],
         imp="Cirrhotic liver morphology; no biliary dilation.", dose=False),
    dict(exam="HIP UNILAT MIN 2 VIEWS RIGHT", ind="fall, R hip pain // fracture?", tech="Right hip, 3 views.",
         find=["Intertrochanteric fracture of the right femur with mild varus angulation.",
               "Severe degenerative change at the left hip. Vascular calcifications."],
         imp="Right intertrochanteric femoral fracture.", dose=False),
]


def _lab(r: random.Random, name: str, lo: float, hi: float, dp: int) -> str:
    return f"{name}-{r.uniform(lo, hi):.{dp}f}"


def _mask_date(r: random.Random) -> str:
    # MIMIC style: masked, or masked day/month with a shifted year.
    return r.choice(["___", "___", f"___ {r.randint(2110, 2195)}", "___"])


def _wrap(r: random.Random, para: str, on: bool) -> str:
    if not on:
        return para
    return textwrap.fill(para, width=r.randint(68, 84), break_long_words=False, break_on_hyphens=False)


def _insert(r: random.Random, base: list[str], extra: list[str]) -> list[str]:
    out = list(base)
    for x in extra:
        out.insert(r.randint(0, len(out)), x)
    return out


class _Doc:
    def __init__(self, kind: str, heavy: bool) -> None:
        self.kind = kind
        self.heavy = heavy
        self.hdr: dict[str, str] = {}
        self.add: dict[str, list[str]] = {}

    def put(self, section: str, text: str) -> None:
        if section.startswith("hdr:"):
            self.hdr[section[4:]] = text
        else:
            self.add.setdefault(section, []).append(text)

    def get(self, section: str) -> list[str]:
        return self.add.get(section, [])


def _plant(r: random.Random, doc: _Doc, n: int) -> None:
    kind = "D" if doc.kind == "discharge" else "R"
    cats = list(CATEGORIES)
    weights = [_WEIGHTS[c] for c in cats]
    used: set[str] = set()
    placed = 0
    for _ in range(40):
        if placed >= n:
            break
        cat = r.choices(cats, weights)[0]
        pool = [t for t in _BY_CAT[cat] if kind in t[0] and t[2] not in used]
        if not pool:
            continue
        kinds, section, tpl = r.choice(pool)
        if section.startswith("hdr:") and section[4:] in doc.hdr:
            continue
        used.add(tpl)
        doc.put(section, tpl.format_map(_Vals(r)))
        placed += 1


# --------------------------------------------------------------------------------------------------
# Discharge summary


def _discharge(r: random.Random, doc: _Doc) -> str:
    sc = r.choice(_D_SCEN)
    heavy = doc.heavy
    sex = r.choice("MF")
    pr = "She" if sex == "F" else "He"
    wrap = r.random() < 0.45
    h = doc.hdr
    lines: list[str] = []
    lines.append(f"Name:  {h.get('name', '___')}                 Unit No:   {h.get('unit', '___')}")
    lines.append("")
    lines.append(f"Admission Date:  {h.get('admit', '___')}              Discharge Date:   {h.get('disch', '___')}")
    lines.append("")
    lines.append(f"Date of Birth:  {h.get('dob', '___')}             Sex:   {sex}")
    lines.append("")
    lines.append(f"Service: {sc['service']}")
    lines.append("")
    lines.append("Allergies:")
    lines.extend(_insert(r, [r.choice(_ALLERGIES)], doc.get("allergies")))
    lines.append("")
    lines.append(f"Attending: {h.get('attending', '___')}.")
    lines.append("")
    lines.append("Chief Complaint:")
    lines.append(sc["cc"])
    lines.append("")
    lines.append("Major Surgical or Invasive Procedure:")
    lines.extend(_insert(r, [sc["proc"]], doc.get("proc")))
    lines.append("")
    # HPI
    lines.append("History of Present Illness:")
    if heavy:
        opener = (f"___ is a ___ y/o ___-speaking {'woman' if sex == 'F' else 'man'} from ___ with h/o ___ and ___ "
                  f"who was transferred from ___ on ___ after ___ at ___.")
    else:
        age = r.randint(24, 88)
        noun = 'woman' if sex == 'F' else 'man'
        opener = r.choice([f"Mr./Ms. ___ is a ___ year old {noun} with the history below who",
                           f"___ y/o {sex} with PMH as below who",
                           f"Patient is a {age}-year-old {'woman' if sex == 'F' else 'man'} who"])
    hpi = [opener + " " + sc["hpi"][0]] + sc["hpi"][1:]
    if heavy:
        hpi.append(f"Per ___, {pr.lower()} was seen by Dr. ___ at ___ on ___ and referred to ___ by ___ (___).")
    elif r.random() < 0.5:
        hpi.append(f"Of note, {pr.lower()} was admitted to ___ in {r.randint(2110, 2195)} with similar symptoms.")
    lines.append(_wrap(r, " ".join(_insert(r, hpi, doc.get("hpi"))), wrap))
    lines.append("")
    lines.append("Past Medical History:")
    pmh = [f"- {p}" for p in sc["pmh"]]
    if r.random() < 0.4:
        pmh.append(f"- s/p appendectomy ({r.randint(1968, 2008)})")
    if heavy:
        pmh += ["- ___ disease (dx ___)", "- s/p ___ at ___ (___)", "- ___ followed by Dr. ___ at ___ ___"]
    lines.extend(_insert(r, pmh, doc.get("pmh")))
    lines.append("")
    lines.append("Social History:")
    if heavy or (not doc.get("social") and r.random() < 0.35):
        social = ["___"]
    else:
        social = [r.choice(_SOCIAL)]
    lines.extend(_insert(r, social, doc.get("social")))
    lines.append("")
    lines.append("Family History:")
    lines.extend(_insert(r, [r.choice(_FAMILY)], doc.get("family")))
    lines.append("")
    # exam
    lines.append("Physical Exam:")
    lines.append("ADMISSION PHYSICAL EXAM:")
    lines.append(f"VS: T {r.uniform(97.0, 101.5):.1f} BP {r.randint(96, 172)}/{r.randint(52, 98)} HR "
                 f"{r.randint(58, 118)} RR {r.randint(12, 26)} SpO2 {r.randint(88, 100)}% "
                 f"{r.choice(['RA', 'on 2L', '3L NC', 'on RA', '4L NC'])}")
    lines.append("GENERAL: NAD, AOx3, pleasant")
    lines.append("HEENT: PERRL, EOMI, MMM, no JVD" if r.random() < 0.5 else
                 "HEENT: anicteric sclera, JVP to angle of jaw at 45 degrees")
    lines.append("CV: " + r.choice(["RRR, no m/r/g", "irregularly irregular, 2/6 SEM at RUSB", "RRR, S3 present"]))
    lines.append("LUNGS: " + r.choice(["CTAB", "bibasilar crackles", "decreased BS at R base, egophony"]))
    lines.append("ABD: soft, NT/ND, +BS" if r.random() < 0.6 else "ABD: tender in RUQ, + Murphy's, no rebound")
    lines.append("EXT: " + r.choice(["no c/c/e", "2+ pitting edema to the knees", "WWP, 1+ DP pulses"]))
    lines.append("NEURO: CN II-XII intact, strength 5/5 throughout, Babinski negative")
    lines.append("")
    lines.append("DISCHARGE PHYSICAL EXAM:")
    lines.append(f"VS: {r.uniform(97.0, 99.2):.1f} {r.randint(100, 150)}/{r.randint(55, 90)} {r.randint(60, 96)} "
                 f"{r.randint(14, 20)} {r.randint(93, 100)}% RA  Wt {r.uniform(48, 121):.1f} kg")
    lines.append("General: comfortable, ambulating in hall")
    lines.append("")
    # results
    lines.append("Pertinent Results:")
    lines.append("ADMISSION LABS:")
    res = []
    for when in ("07:45PM", "06:15AM", "05:40AM", "11:52PM")[: r.randint(2, 4)]:
        res.append(f"___ {when} BLOOD " + " ".join(_lab(r, *x) for x in _LABS))
        res.append(f"___ {when} BLOOD " + " ".join(_lab(r, *x) for x in _CHEM))
    if r.random() < 0.6:
        res.append(f"___ 06:15AM BLOOD PT-{r.uniform(10, 28):.1f} PTT-{r.uniform(25, 60):.1f} "
                   f"INR(PT)-{r.uniform(0.9, 3.1):.1f}")
    if r.random() < 0.5:
        res.append(f"___ 07:45PM BLOOD cTropnT-{r.uniform(0.01, 0.9):.2f} proBNP-{r.randint(90, 9000)}")
    if r.random() < 0.4:
        res.append(f"___ 10:20AM URINE Color-Yellow Appear-Clear Sp ___ pH-{r.choice(['5.0', '6.5'])} "
                   f"Leuks-{r.choice(['NEG', 'MOD'])}")
    res.append(f"ECG ___: sinus rhythm at {r.randint(60, 99)}, PR {r.randint(140, 210)}, QRS {r.randint(80, 120)}, "
               f"QTc {r.randint(400, 490)}. No acute ST changes.")
    res.append(f"CXR ___: {r.choice(['No acute cardiopulmonary process.', 'Small bilateral effusions.'])}")
    if r.random() < 0.4:
        res.append(f"TTE ({_mask_date(r)}): LVEF {r.choice(['55%', '35-40%', '>55%', '25%'])}, no significant "
                   f"valvular disease.")
    if r.random() < 0.3:
        res.append("MICRO: ___ Blood Culture, Routine (Final ___): NO GROWTH.")
    if r.random() < 0.5:
        res.append("___ 06:15AM BLOOD " + " ".join(_lab(r, *x) for x in _LFT))
    if r.random() < 0.5:
        res.append("DISCHARGE LABS:")
        res.append("___ 05:50AM BLOOD " + " ".join(_lab(r, *x) for x in _LABS))
        res.append("___ 05:50AM BLOOD " + " ".join(_lab(r, *x) for x in _CHEM))
    if r.random() < 0.6:
        res.append("IMAGING:")
        res.extend(r.sample(_IMAGING_LINES, r.randint(1, 4)))
    lines.extend(_insert(r, res, doc.get("results")))
    lines.append("")
    # course
    lines.append("Brief Hospital Course:")
    course = []
    if heavy:
        course.append("___ y/o ___ admitted ___ to ___ from ___; transferred to ___ on ___, seen by Dr. ___ "
                      "(___) and Dr. ___; family (___, ___) updated at bedside ___.")
    elif r.random() < 0.6:
        course.append(f"Mr./Ms. ___ is a ___ y/o {sex} admitted with {sc['dx'][0].lower()}.")
    course.extend(sc["course"])
    if r.random() < 0.5:
        course.append(f"# Code status: {r.choice(['Full code', 'DNR/DNI', 'Full (presumed)'])}. "
                      f"HCP: ___ (___) ___.")
    if r.random() < 0.35:
        course.append(f"Lines: 18G PIV x2; {r.choice(['R IJ CVC (7 Fr, 16 cm)', 'L basilic PICC 4 Fr, 42 cm'])}; "
                      f"Foley {r.choice(['removed HD2', 'placed for retention, voiding trial passed'])}. "
                      f"GCS {r.choice([15, 14, 13])} at discharge.")
    if r.random() < 0.4:
        course.append(f"Transitional issues:\n- Repeat BMP in 1 week\n- Room {r.randint(100, 1199)}{r.choice('AB')} "
                      f"telemetry box returned\n- ICD-10 "
                      f"{r.choice(['I50.23', 'K80.00', 'I21.4', 'J18.9', 'S72.001A'])}")
    course = _insert(r, course, doc.get("course"))
    for c in course:
        lines.append(_wrap(r, c, wrap and "\n" not in c))
        lines.append("")
    # medications
    lines.append("Medications on Admission:")
    adm = [f"{k + 1}. {m}" for k, m in enumerate(r.sample(sc["meds"], k=min(len(sc["meds"]), r.randint(2, 5))))]
    if not adm or r.random() < 0.3:
        adm.insert(0, "The Preadmission Medication list is accurate and complete.")
    lines.extend(_insert(r, adm, doc.get("meds_adm")))
    lines.append("")
    lines.append("Discharge Medications:")
    dc = [f"{k + 1}. {m}" for k, m in enumerate(sc["meds"])]
    if r.random() < 0.4:
        dc.append(f"{len(dc) + 1}. Outpatient Lab Work\nChem 7 on ___. ICD-10: {r.choice(['N17.9', 'I48.91'])}. "
                  f"Fax results to Dr. ___ at ___.")
    lines.extend(_insert(r, dc, doc.get("meds_dc")))
    lines.append("")
    lines.append("Discharge Disposition:")
    if doc.get("dispo"):
        lines.extend(doc.get("dispo"))
    else:
        lines.append(r.choice(["Home", "Home With Service\n\nFacility:\n___", "Extended Care\n\nFacility:\n___"]))
    lines.append("")
    lines.append("Discharge Diagnosis:")
    lines.append("Primary:")
    lines.extend(sc["dx"][:1])
    if len(sc["dx"]) > 1:
        lines.append("Secondary:")
        lines.extend(sc["dx"][1:])
    lines.append("")
    lines.append("Discharge Condition:")
    lines.append("Mental Status: Clear and coherent.")
    lines.append("Level of Consciousness: Alert and interactive.")
    activity = r.choice(["Ambulatory - Independent.", "Ambulatory - requires assistance or aid (walker or cane).",
                         "Out of Bed with assistance to chair or wheelchair."])
    lines.append(f"Activity Status: {activity}")
    lines.append("")
    lines.append("Discharge Instructions:")
    instr = [f"Dear {'Ms.' if sex == 'F' else 'Mr.'} ___,",
             "",
             f"It was a pleasure taking care of you at ___. You were admitted because of "
             f"{sc['dx'][0].lower()}.",
             r.choice(["Please weigh yourself every morning and call your doctor if your weight goes up by more than "
                       "3 lbs.", "Do not drive or drink alcohol while taking oxycodone.",
                       "Please take all of your medications as prescribed and keep your appointments.",
                       "Return to the ED for chest pain, shortness of breath, fever > 101.5, or bleeding."]),
             *r.sample(_INSTR_EXTRA, r.randint(0, 4)),
             "", "We wish you the best,", "Your ___ Care Team"]
    if heavy:
        instr.insert(3, "Please call Dr. ___ at ___ or the ___ clinic (___) with questions; your ___ appointment "
                        "with ___ is on ___ at ___.")
    lines.extend(_insert(r, instr, doc.get("instructions")))
    lines.append("")
    lines.append("Followup Instructions:")
    fu = ["___"] if r.random() < 0.6 and not heavy else []
    if heavy or r.random() < 0.5:
        fu.append(f"Department: ___\nWhen: ___ ___ at {r.randint(8, 11)}:{r.choice(['00', '15', '30', '40'])} AM\n"
                  f"With: ___ [___]\nBuilding: ___ ___ ___\nCampus: {r.choice(['EAST', 'WEST'])}     "
                  f"Best Parking: ___ Garage")
    if heavy:
        fu.append("Department: ___\nWhen: ___ at ___\nWith: ___, MD [___]\nBuilding: ___ [___] ___ ___\n"
                  "Campus: ___     Best Parking: ___")
    lines.extend(_insert(r, fu, doc.get("followup")))
    for s in doc.get("sign"):
        lines.append("")
        lines.append(s)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# Radiology report


def _radiology(r: random.Random, doc: _Doc) -> str:
    sc = r.choice(_R_SCEN)
    heavy = doc.heavy
    sex = r.choice(["woman", "man"])
    lines: list[str] = []
    if doc.get("hdr"):
        lines.extend(doc.get("hdr"))
        lines.append("")
    lines.append(f"EXAMINATION:  {'___' if heavy else sc['exam']}")
    if not heavy and r.random() < 0.15:
        lines.append(f"CPT: {r.choice(['71046', '70450', '74177', '71275', '93970', '72148'])}   Accession: ___")
    lines.append("")
    if heavy:
        ind = f"INDICATION:  ___ year old {sex} with ___ from ___, ___ // ___ ___"
    else:
        ind = r.choice([f"INDICATION:  ___ year old {sex} {sc['ind']}",
                        f"INDICATION:  History: ___{sex[0].upper()} {sc['ind']}",
                        f"INDICATION:  {r.randint(19, 89)} year old {sex} {sc['ind']}"])
    lines.extend(_insert(r, [ind], doc.get("indication")))
    lines.append("")
    tech = [f"TECHNIQUE:  {sc['tech']}"]
    if sc["dose"] and not heavy:
        ctdi = r.uniform(5, 60)
        dlp = ctdi * r.uniform(12, 40)
        tech.append(f"DOSE:  Acquisition sequence:\n   1) Spiral Acquisition {r.uniform(3, 12):.1f} s, "
                    f"{r.uniform(20, 60):.1f} cm; CTDIvol = {ctdi:.1f} mGy (Body) DLP = {dlp:.1f} mGy-cm.\n"
                    f" Total DLP (Body) = {int(dlp)} mGy-cm.")
    lines.extend(_insert(r, tech, doc.get("technique")))
    lines.append("")
    if heavy:
        comp = ["COMPARISON:  ___, ___ and outside ___ from ___ (___)."]
    else:
        comp = [r.choice(["COMPARISON:  ___.", "COMPARISON:  None.", f"COMPARISON:  Chest radiograph {_mask_date(r)}.",
                          f"COMPARISON:  Prior CT from {r.randint(2110, 2195)}.",
                          "COMPARISON:  ___ and ___."])]
    if doc.get("comparison"):
        comp = doc.get("comparison")
    lines.extend(comp)
    lines.append("")
    lines.append("FINDINGS:")
    lines.append("")
    find = list(sc["find"]) + r.sample(_R_EXTRA, r.randint(1, 3))
    if heavy:
        find.append("Clinical information from ___ (Dr. ___, ___) reviewed; outside images from ___ not available.")
    lines.extend(_insert(r, find, doc.get("findings")))
    lines.append("")
    lines.append("IMPRESSION:")
    lines.append("")
    imp = [sc["imp"]]
    if r.random() < 0.3 and not heavy:
        imp.append(r.choice(["Recommend follow-up CT in 3 months.", "RECOMMENDATION(S):  Clinical correlation.",
                             "BI-RADS 0: incomplete."]))
    lines.extend(imp)
    notes = doc.get("notify")
    if heavy:
        notes = ["NOTIFICATION:  The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at "
                 "___, ___ minutes after discovery of the findings."]
    elif not notes and r.random() < 0.35:
        notes = [f"NOTIFICATION:  The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at "
                 f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm'])}, {r.randint(2, 40)} minutes "
                 f"after discovery of the findings."]
    for n in notes:
        lines.append("")
        lines.append(n)
    for s in doc.get("sign"):
        lines.append("")
        lines.append(s)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# Public API


def holdout7_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 7 for ``seed`` (deterministic; independent of every other note)."""
    r = random.Random(f"holdout7:{seed}:{i}")
    kind = "discharge" if r.random() < 0.55 else "radiology"
    u = r.random()
    mode = "heavy" if u < 0.05 else ("plant" if u < 0.63 else "clean")
    doc = _Doc(kind, heavy=mode == "heavy")
    if mode == "plant":
        _plant(r, doc, r.choices([1, 2, 3, 4], [28, 30, 24, 18])[0])
    marked = _discharge(r, doc) if kind == "discharge" else _radiology(r, doc)
    text, spans = _render(marked)
    return LabelledNote(note_type=kind, text=text, spans=spans)


def holdout7_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """The first ``n_notes`` notes of corpus 7 for ``seed`` (prefix-stable)."""
    return [holdout7_note(seed, i) for i in range(n_notes)]


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout7_corpus, argv, __doc__.splitlines()[0])
    report("holdout7", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
