"""Held-out notes corpus 4 for the residual-PHI detector, written blind.

Written without looking at the detector, its rules, the main note generator or the earlier held-out
corpora: only the shared ``CATEGORIES`` / ``LabelledNote`` interface was used. Every phrasing,
cue word, format and surrogate value here was invented for this corpus.

Contents: MIMIC-IV-Note-shaped text, about 60% discharge summaries (MIMIC headings, lab lines,
medication lists, "Followup Instructions", "Completed by") and 40% radiology reports
(EXAMINATION / INDICATION / TECHNIQUE / COMPARISON / FINDINGS / IMPRESSION, notifications, addenda,
some in ALL CAPS). Identifiers are masked as ``___``. In about 60% of notes 1-4 identifiers are
left unmasked ("planted") at natural positions: in headers, prose, lists, parentheses, signature
blocks, telegraphic shorthand, with or without a cue word; each is labelled with the exact span of
the value. About 5% of notes are heavily masked and carry no plant. Non-PHI distractors are
everywhere: eponyms, drugs and doses, device brands and model numbers, vitals, lab lines, scores,
ECG intervals, ICD codes, room/bed numbers, shifted dates (years 2100-2200), bare years, ages
under 90, US states and countries.

Measure (lead engineer only): ``python -m lqs_clinical.synth.notes_holdout4 --seed 1 --n 600 --ner``
"""

from __future__ import annotations

import random
import re
import unicodedata

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import LabelledNote

__all__ = ["holdout4_note", "holdout4_corpus", "main"]

# ----------------------------------------------------------------------------------------------
# markers: {CODE:kind} is an identifier slot, masked as ___ unless planted; {CODE:kind!} is planted

_CAT = {
    "PHONE": "PHONE", "FAX": "FAX", "PAGER": "PAGER", "EMAIL": "EMAIL", "URL": "URL", "IP": "IP_ADDRESS",
    "SSN": "SSN", "MRN": "MRN", "ACCT": "ACCOUNT", "PLAN": "HEALTH_PLAN", "LIC": "LICENSE", "ZIP": "ZIP",
    "ADDR": "STREET_ADDRESS", "DATE": "DATE_REAL_YEAR", "AGE": "AGE_OVER_89", "DEV": "DEVICE_ID",
    "VEH": "VEHICLE_ID", "PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION",
}
_MARK = re.compile(r"\{(" + "|".join(_CAT) + r"):([a-z0-9_]+)(!?)\}")
MASK = "___"

# ----------------------------------------------------------------------------------------------
# surrogate values (all invented for this corpus)

_FIRST = """Lindiwe Chidi Folasade Oluwaseun Ngozi Kwame Abena Tendai Thandiwe Amara Yetunde Emeka Bongani
Zanele Wanjiru Fatuma Hamdi Abdirahman Mekdes Tsegaye Selam Priya Arjun Lakshmi Venkat Meenakshi Harpreet
Gurdeep Rohan Deepa Farhan Nusrat Ayesha Imran Omar Layla Youssef Rania Karim Samira Dariush Shirin Parisa
Reza Mehmet Elif Ayşe Emre Yuki Haruto Sakura Kenji Minjun Seo-yeon Jiwoo Wei Xiaoling Mei Huong Thanh Minh
Bao Linh Siosaia Mele Tamati Aroha Kalani Rafael Beatriz Joaquim Luana Thiago Ximena Guadalupe Alejandro
Marisol Esperanza Ignacio Catalina Søren Astrid Ingrid Sigrid Henrik Maarten Annelies Joost Bartosz
Agnieszka Małgorzata Wojciech Oksana Dmytro Svetlana Yevgenia Nikos Eleni Stavros Giulia Matteo Francesca
Siobhan Padraig Niamh Ciaran Eilidh Moshe Tova Yael Avraham Rosalind Ruth Harold Gertrude Walter Eunice
Clarence Mabel Winston Dolores Bernard Hope Grace Joy Faith Rose Jean-Baptiste Marie-Claude Fabiola Wisly
Nadège Guerline Rodrigue Jocelyne Dalia Teodoro Iolanthe Bertrand Odalys Kofi Afua Ikaika Noelani
Sione Ana-Lucia Vusumuzi Chiamaka Temitope Babajide Anh Quang Sunita Bharat Zeynep Kerem Aigerim Timur""".split()

_LAST = """Okonkwo Adebayo Nwosu Mensah Boateng Dlamini Mutasa Kamau Odhiambo Achieng Warsame Abdi Haile
Tesfaye Bekele Raghunathan Venkataraman Iyer Chatterjee Bhattacharya Sandhu Grewal Qureshi Chaudhry
Rahman Haddad Khoury Nasser El-Amin Farouk Tehrani Mahmoudi Karimi Yilmaz Demir Öztürk Tanaka Nakamura
Watanabe Kobayashi Park Choi Jung Zhang Liu Huang Xu Chen-Whitfield Nguyen Tran Pham Fifita Tuilagi
Ngata Kahananui Oliveira Souza Carvalho Figueroa Villaseñor Castañeda Ruiz-Tagle Quispe Mamani
Halvorsen Lindqvist Bergström Eriksen Jansen Kowalczyk Wiśniewski Nowak Shevchenko Kovalenko Petrenko
Papadopoulos Georgiou Esposito Bianchi Russo McGillicuddy Fitzgerald Gallagher Whitcombe Kessler
Pemberton Ashworth Thistlewood Goldberg Rosenthal Ben-David Pierre-Louis Jean-Charles Desrosiers
Toussaint Dorvilus Bell Price Young Long Bishop Moody Love Sharp Hale Frost Stone Marsh Wolfe
Amankwah Oyelaran Sithole Mwangi Gebremedhin Balasubramanian Deshpande Malhotra Siddiqui Barzani
Hosseini Aydın Matsumoto Hayashi Yoon Kang Luong Vu Tupou Kealoha Medeiros Albuquerque Echeverría
Zamora Pachacútec Nyström Vandermeer Dąbrowski Hrycak Lykourgos Santangelo Ní Bhriain Abramowitz
Ferreira-Lima Castellanos Okoro Idowu Maalouf Sarkisian Takahashi Rosales""".split()
_LAST += ["van der Berg", "de Vries", "Ó Briain", "St. Fleur", "Mac an tSaoi"]

_TOWNS = """Ashgrove|North Pellham|Quarry Falls|Kettleby|Marlow Heights|Brackenridge|Wexford Hollow|Cinder Hill|
Lowmoor|Hatchet Bay|Pell Crossing|Ravensworth|Tamsin Mills|Eastfield|Greywater|Dorchester|Roxbury|Mattapan|
Chelsea|Revere|Brockton|Framingham|Lowell|Fitchburg|Pittsfield|Chicopee|Woonsocket|Pawtucket|Nashua|
Worcester|Taunton|Fall River|New Bedford|Hyannis|Oak Bluffs|Somerville|Malden|Waltham|Quincy|Weymouth|
Randolph|Stoughton|Attleboro|Sagamore|Millbrook Landing|West Tisbury|Haverhill|Gloucester|Amesbury|
Lenox Dale|Shelburne Falls|Orrington|Ballard Vale|Fiskdale|Hollis Ridge|Merrow Valley""".replace("\n", "").split("|")
_HOODS = """Fields Corner|Uphams Corner|Egleston Square|Codman Square|Mission Hill|Jamaica Plain|East Boston|
Allston|Brighton|Charlestown|Hyde Park|Roslindale|the Back Bay|South End|Chinatown|Grove Hall|Bowdoin-Geneva|
Four Corners|Savin Hill|Ashmont""".replace("\n", "").split("|")
_COUNTIES = ["Hollister County", "Bristol County", "Plymouth County", "Essex County", "Barnstable County",
             "Hampden County", "Franklin County", "Kettleby County", "Worcester County", "Dukes County"]
_LANDMARKS = ["Kittredge Tower", "the Larkin Building", "Fenwick Pavilion", "Harbor Point Mall", "Tobin Bridge",
              "Castle Island", "Jamaica Pond", "Franklin Park", "Pell Memorial Library", "Quarry Falls Reservoir",
              "the Ashgrove rail yard", "Marlow Heights Towers", "Larz Anderson Park", "Nantasket Beach",
              "Wollaston Beach", "the Greywater Senior Center", "Saint Casimir Church", "Tamsin Mills Commons"]
_BUILDINGS = ["Kittredge Tower", "Shapiro Pavilion", "Fenwick Pavilion", "Lowry Clinical Center", "Yawkey 4",
              "Harrington Building", "Abernathy Wing", "Meltzer Atrium", "Dana Clinic Building", "Cole 2"]

_HOSP = ["Merrow Valley Community Hospital", "Hollis Ridge Medical Center", "Saint Brigid's Hospital",
         "Lowmoor Regional Medical Center", "Greywater General Hospital", "Pellham Memorial Hospital",
         "Kettleby Municipal Hospital", "Our Lady of Tamsin Hospital", "Brackenridge Valley Health",
         "North Shore Samaritan Hospital", "Cinder Hill Medical Center", "Eastfield Deaconess Hospital",
         "Sagamore Bay Hospital", "Quarry Falls Hospital", "Ravensworth University Hospital"]
_HOSP_ACRO = ["MVCH", "HRMC", "SBH", "GGH", "LRMC", "PMH", "RUH", "EDH"]
_SNF = ["Cedar Knoll Nursing Home", "The Willows at Ravensworth", "Harborview Rehabilitation & Nursing",
        "Mount Tamsin Rehabilitation Center", "Saint Odile Skilled Nursing", "Lindenbrook Manor",
        "Sunset Ridge Care Center", "Wexford Hollow Health Care", "Ashgrove Commons Assisted Living",
        "Ballard Vale Transitional Care Unit", "Pine Hollow Rehab"]
_CLINIC = ["Ashgrove Family Health Center", "Kettleby Dialysis Unit", "Fields Corner Community Health",
           "Eastfield Heart Associates", "Greywater Pulmonary Group", "Codman Square Health Center",
           "Lowmoor Anticoagulation Clinic", "Hatchet Bay Wound Care", "Tamsin Mills Pediatrics & Adult Medicine"]
_PHARM = ["Kessel Drug", "Bayside Pharmacy", "Harbor Apothecary", "CVS on Dorchester Ave", "Walgreens",
          "Lindell Family Pharmacy", "Quarry Falls Rexall", "MedExpress Mail Order Pharmacy"]
_EMPLOYER = ["Tessaract Logistics", "Brackenridge Fire Department", "Dunmore Textile Mill",
             "Northline Transit Authority", "Pelham Bay Fisheries", "Orrington Paper Company",
             "Hale & Marsh Roofing", "Kettleby Public Works", "Greywater Shipyard", "Sagamore Cranberry Co-op",
             "Lowmoor Savings Bank", "Ravensworth Tool & Die"]
_SCHOOL = ["Eastfield Middle School", "Ravensworth Community College", "Ashgrove High School",
           "Quarry Falls Public Schools", "Saint Casimir Parish School", "Lowmoor State University",
           "Hatchet Bay Elementary"]

_STREETS = ["Chestnut", "Larkspur", "Quarry Hill", "Wharf", "Beacon", "Tremont", "Columbia", "Bowdoin",
            "Geneva", "Harvard", "Elm", "Washington", "Cedar", "Adams", "Dudley", "Blue Hill", "Norfolk",
            "Ashmont", "Parkman", "Greenleaf", "Old Colony", "Maplewood", "Sycamore", "Tamsin", "Kittredge",
            "Fenwick", "Mill Pond", "Saint Rose", "Orchard", "Juniper", "Revere Beach", "Canal"]
_SUFFIX = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Terrace", "Ter", "Place", "Court",
           "Way", "Drive", "Dr", "Boulevard", "Blvd", "Parkway", "Circle", "Highway"]

_AREA = [617, 781, 508, 978, 413, 339, 857, 774, 351, 401, 603, 207, 802, 860, 212, 646, 718, 305, 713, 312,
         415, 404, 267, 862]
_DOMAINS = ["brightwaterhealth.org", "mailbox.net", "gmail.com", "yahoo.com", "hollisridge.org", "mvch.org",
            "comcast.net", "outlook.com", "kettlebydialysis.com", "verizon.net", "icloud.com", "protonmail.com",
            "greywatergeneral.org", "tessaract-logistics.com"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l")


def _dig(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _phone(r: random.Random, kind: str) -> str:
    a, x, s = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
    if kind == "local":
        return f"{x}-{s:04d}"
    if x in (911, 411, 611):
        x = 555
    return r.choice([
        f"({a}) {x}-{s:04d}", f"{a}-{x}-{s:04d}", f"{a}-{x}-{s:04d}", f"{a}.{x}.{s:04d}", f"{a} {x} {s:04d}",
        f"+1 {a} {x} {s:04d}", f"1-{a}-{x}-{s:04d}", f"({a}){x}-{s:04d}", f"{a}/{x}-{s:04d}", f"{x}-{s:04d}",
        f"{a}{x}{s:04d}", f"+1-{a}-{x}-{s:04d}",
    ])


def _pager(r: random.Random, kind: str) -> str:
    if kind == "short":
        return r.choice([_dig(r, 5), f"{r.randint(1, 9)}-{_dig(r, 4)}", _dig(r, 4), f"{r.randint(2, 9)}{_dig(r, 4)}"])
    if r.random() < 0.35:
        return _phone(r, "any")
    return _pager(r, "short")


def _email(r: random.Random, kind: str) -> str:
    f, last = _ascii(r.choice(_FIRST)).lower(), _ascii(r.choice(_LAST)).lower()
    f, last = re.sub(r"[^a-z]", "", f), re.sub(r"[^a-z]", "", last)
    local = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{last}{r.randint(1, 99)}", f"{f}_{last[:4]}",
                      f"{f}{last[0]}{r.randint(40, 99)}", f"dr.{last}", f"{f}.{r.choice('abcdefghjkmprstw')}.{last}"])
    return f"{local}@{r.choice(_DOMAINS)}"


def _url(r: random.Random, kind: str) -> str:
    base = re.sub(r"[^a-z]", "", _ascii(r.choice(_TOWNS + _LAST)).lower())
    word = r.choice(["health", "care", "clinic", "dialysis", "heart", "med", "rehab", "patients", "wellness"])
    tld = r.choice(["org", "org", "com", "net", "us", "health"])
    host = r.choice([f"portal.{base}{word}.{tld}", f"www.{base}{word}.{tld}", f"{base}-{word}.{tld}",
                     f"mychart.{base}.{tld}", f"imageshare.{base}{word}.{tld}", f"telehealth.{base}.{tld}",
                     f"{base}{word}.{tld}"])
    path = r.choice(["", "", "/patients", "/portal/login", f"/join/{_dig(r, 6)}", "/results", "/pay",
                     f"/referral?id={_dig(r, 5)}", "/heart-failure/diet"])
    scheme = r.choice(["", "", "https://", "http://"])
    if scheme and host.startswith("www.") is False and r.random() < 0.3:
        host = "www." + host.split(".", 1)[-1] if host.count(".") > 1 else host
    return scheme + host + path


def _ip(r: random.Random, kind: str) -> str:
    return r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    ])


def _ssn(r: random.Random, kind: str) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{a:03d}-{g:02d}-{s:04d}"] * 5 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


def _mrn(r: random.Random, kind: str) -> str:
    if kind == "unit":
        return r.choice([_dig(r, 7), _dig(r, 8), str(r.randint(1000000, 9999999))])
    return r.choice([_dig(r, 7), _dig(r, 8), "00" + _dig(r, 6), "A" + _dig(r, 7),
                     f"{_dig(r, 2)}-{_dig(r, 2)}-{_dig(r, 3)}",
                     "MR" + _dig(r, 7), _dig(r, 9)])


def _acct(r: random.Random, kind: str) -> str:
    return r.choice([_dig(r, 10), _dig(r, 11), _dig(r, 12), "V" + _dig(r, 8), f"{_dig(r, 4)}-{_dig(r, 4)}-{_dig(r, 2)}",
                     "E" + _dig(r, 10), "HAR" + _dig(r, 9), _dig(r, 9)])


def _plan(r: random.Random, kind: str) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"

    def mbi() -> str:
        s = (str(r.randint(1, 9)) + r.choice(letters) + r.choice(letters + "0123456789") + r.choice("0123456789")
             + r.choice(letters) + r.choice(letters + "0123456789") + r.choice("0123456789") + r.choice(letters)
             + r.choice(letters) + _dig(r, 2))
        return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    if kind == "mbi":
        return mbi()
    if kind == "medicaid":
        return r.choice(["1" + _dig(r, 11), _dig(r, 9) + "A", "MA" + _dig(r, 10)])
    if kind == "group":
        return r.choice([_dig(r, 6), f"{_dig(r, 6)}-{_dig(r, 4)}", "GRP" + _dig(r, 5)])
    comm = "".join(r.choice("BCDHJKMNRTWXYZ") for _ in range(3)) + _dig(r, 9)
    return r.choice([comm, "W" + _dig(r, 9), f"{comm[:3]} {comm[3:]}", "ZGP" + _dig(r, 8) + "01", mbi(),
                     "1" + _dig(r, 11)])


def _lic(r: random.Random, kind: str) -> str:
    if kind == "any":
        kind = r.choice(["npi", "dea", "state", "dl", "cert"])
    if kind == "npi":
        return r.choice("12") + _dig(r, 9)
    if kind == "dea":
        return r.choice("ABFM") + r.choice("ABCDEFGHKLMNPRSTWZ") + _dig(r, 7)
    if kind == "state":
        return r.choice(["MD-" + _dig(r, 6), _dig(r, 6), "RN" + _dig(r, 7), f"{r.randint(100000, 299999)}",
                         "NP-" + _dig(r, 5)])
    if kind == "dl":
        return r.choice(["S" + _dig(r, 8), f"D{_dig(r, 3)}-{_dig(r, 4)}-{_dig(r, 4)}", _alnum(r, 9), _dig(r, 9),
                         f"K{_dig(r, 4)}-{_dig(r, 5)}-{_dig(r, 5)}"])
    return r.choice(["CMI-" + _dig(r, 6), "CHI-" + _dig(r, 5), "No. " + _dig(r, 6), "BC" + _dig(r, 7)])


def _zip(r: random.Random, kind: str) -> str:
    z = r.choice([f"0{r.randint(1001, 2791)}", f"0{r.randint(1001, 2791)}", f"0{r.randint(2801, 6928)}",
                  f"{r.randint(10001, 99950):05d}"])
    return z if r.random() < 0.8 else f"{z}-{_dig(r, 4)}"


def _addr(r: random.Random, kind: str) -> str:
    num = r.choice([str(r.randint(2, 99)), str(r.randint(100, 2999)), f"{r.randint(10, 480)}A"])
    st = f"{num} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    if kind == "street":
        return st
    opts = [st, st, f"{st}, Apt {r.randint(1, 6)}{r.choice('ABCDF')}", f"{st} #{r.randint(1, 40)}",
            f"PO Box {r.randint(10, 9999)}", f"Apt {r.randint(1, 12)}{r.choice('ABCR')}, {st}",
            f"{st}, Unit {r.randint(1, 300)}", f"{st}, {r.choice(['2nd', '3rd', '1st'])} floor",
            f"P.O. Box {r.randint(10, 999)}"]
    return r.choice(opts)


def _date(r: random.Random, kind: str) -> str:
    if kind == "dob":
        y = r.randint(1921, 1962)
    elif kind in ("adm", "dis", "lab"):
        y = r.randint(2008, 2024)
    else:
        y = r.choice([r.randint(1968, 2007), r.randint(2008, 2026), r.randint(2010, 2024)])
    m, d = r.randint(1, 12), r.randint(1, 28)
    if kind == "lab":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}"])
    if kind == "my":
        return r.choice([f"{_MONTHS[m - 1]} {y}", f"{_MON[m - 1]} {y}", f"{m}/{y}", f"{_MON[m - 1]}-{y}"])
    ords = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}
    fmts = [
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
        f"{d}-{_MON[m - 1]}-{y}", f"{y}-{m:02d}-{d:02d}", f"{_MON[m - 1]} {d} {y}", f"{d} {_MONTHS[m - 1]} {y}",
        f"{m:02d}-{d:02d}-{y}", f"{_MON[m - 1]}. {d}{ords.get(d, 'th')}, {y}", f"{m}.{d}.{y}",
        f"{d}{_MON[m - 1].upper()}{y}", f"{_MONTHS[m - 1]} {y}",
    ]
    if kind == "dob":
        fmts = fmts[:12]
    return r.choice(fmts)


def _age(r: random.Random, kind: str) -> int | str:
    n = r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
    if kind == "word":
        if n >= 100:
            return "one hundred" if n == 100 else f"one hundred and {_ONES[n - 100]}"
        return "ninety" if n == 90 else f"ninety{r.choice(['-', ' '])}{_ONES[n - 90]}"
    if kind == "ord":
        return f"{n}th" if n % 10 not in (1, 2, 3) else f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}[n % 10] }"
    return str(n)


def _dev(r: random.Random, kind: str) -> str:
    if kind == "any":
        kind = r.choice(["mdt", "ser", "num", "udi", "ser"])
    if kind == "mdt":
        return "".join(r.choice("ABCDEFGHJKLMNPRTVWXY") for _ in range(3)) + _dig(r, 6) + r.choice(["S", "H", "G", ""])
    if kind == "num":
        return r.choice([_dig(r, 8), _dig(r, 9), f"{_dig(r, 4)}-{_dig(r, 4)}-{_dig(r, 2)}"])
    if kind == "udi":
        exp = f"{r.randint(25, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        # label policy (seventh session): a UDI is the patient's device only with a serial number, so the planted
        # UDIs carry one -- GS1 "(21)" where this corpus first wrote a lot "(10)", HIBCC "$$+" where it wrote "$$"
        # (same random draws: every other character of the corpus is unchanged)
        return r.choice([f"(01)00{_dig(r, 12)}(17){exp}(21){_alnum(r, 9)}", f"(01)0{_dig(r, 13)}(21){_alnum(r, 7)}",
                         f"+H{_alnum(r, 4)}{_dig(r, 6)}0/$$+3{exp}{_alnum(r, 6)}"])
    return r.choice([f"{_alnum(r, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}-{_dig(r, 5)}-{r.choice('ABCDE')}", "SN" + _dig(r, 9),
                     f"{_alnum(r, 2, 'ABCDEFGHJKLMNPRSTVWXYZ')}{_dig(r, 7)}", _alnum(r, 10)])


def _veh(r: random.Random, kind: str) -> str:
    if kind == "any":
        kind = r.choice(["plate", "plate", "vin"])
    if kind == "vin":
        wmi = r.choice(["1HG", "2T1", "5YJ", "WBA", "JTD", "KMH", "1FT", "3VW", "1C4", "JN8", "WDD", "4T1", "1GN"])
        return wmi + _alnum(r, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([f"{r.randint(1, 9)}{_alnum(r, 3, L)}{_dig(r, 3)}", f"{_alnum(r, 3, L)}-{_dig(r, 4)}",
                     f"{r.randint(1, 9)}{_alnum(r, 2, L)} {_dig(r, 3)}", f"{_alnum(r, 3, L)} {_dig(r, 3)}",
                     f"{_dig(r, 3)}-{_alnum(r, 3, L)}",
                     f"{r.randint(1, 9)}{_alnum(r, 2, L)}{_dig(r, 2)}{_alnum(r, 1, L)}"])


def _per(r: random.Random, kind: str) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    if kind == "any":
        kind = r.choice(["last", "full", "rev", "init", "first", "full"])
    return {
        "last": last, "first": f, "full": f"{f} {last}", "rev": f"{last}, {f}", "init": f"{f[0]}. {last}",
        "lower": f"{f} {last}".lower(), "lowerlast": last.lower(), "caps": f"{f} {last}".upper(),
        "lastcaps": last.upper(), "revcaps": f"{last}, {f}".upper(),
        "fullmid": f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}",
        "initials": f"{f[0]}.{r.choice('ABDEJKMRS')}. {last}",
        "lastinit": f"{last} {f[0]}.",
    }[kind]


def _loc(r: random.Random, kind: str) -> str:
    if kind == "any":
        kind = r.choice(["town", "town", "town", "hood", "county", "landmark"])
    v = {"town": _TOWNS, "hood": _HOODS, "county": _COUNTIES, "landmark": _LANDMARKS, "building": _BUILDINGS,
         "caps": _TOWNS}[kind]
    s = r.choice(v)
    if kind == "landmark" and s.startswith("the "):
        s = s[4:]
    return s.upper() if kind == "caps" else s


def _org(r: random.Random, kind: str) -> str:
    if kind == "any":
        kind = r.choice(["hosp", "hosp", "snf", "clinic", "pharm", "employer", "school", "acro"])
    v = {"hosp": _HOSP, "snf": _SNF, "rehab": _SNF, "clinic": _CLINIC, "pharm": _PHARM, "employer": _EMPLOYER,
         "school": _SCHOOL, "acro": _HOSP_ACRO, "lower": _HOSP + _SNF, "care": _HOSP + _CLINIC}[kind]
    s = r.choice(v)
    if s.startswith("The ") and r.random() < 0.5:
        s = s[4:]
    return s.lower() if kind == "lower" else s


_GEN = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP": _ip, "SSN": _ssn,
    "MRN": _mrn, "ACCT": _acct, "PLAN": _plan, "LIC": _lic, "ZIP": _zip, "ADDR": _addr, "DATE": _date,
    "AGE": _age, "DEV": _dev, "VEH": _veh, "PER": _per, "LOC": _loc, "ORG": _org,
}

# ----------------------------------------------------------------------------------------------
# non-PHI helpers


def _shifted(r: random.Random) -> str:
    y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}"])


def _time(r: random.Random) -> str:
    h, mi = r.randint(1, 12), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55])
    return f"{h:02d}:{mi:02d}{r.choice(['AM', 'PM'])}"


def _clock(r: random.Random) -> str:
    mi = r.choice(["00", "05", "10", "15", "20", "30", "40", "45", "50"])
    return f"{r.randint(1, 12)}:{mi} {r.choice(['AM', 'PM'])}"


def _v(r: random.Random, lo: float, hi: float, nlo: float, nhi: float, nd: int = 1) -> str:
    x = round(r.uniform(lo, hi), nd)
    s = f"{x:.{nd}f}" if nd else str(int(x))
    return s + ("*" if x < nlo or x > nhi else "")


def _labs(r: random.Random, tag: str) -> list[str]:
    t = _time(r)
    pre = "{DATE:lab} " + t + " BLOOD "
    lines = [
        pre + f"WBC-{_v(r, 3, 19, 4, 11)} RBC-{_v(r, 2.6, 5.2, 3.9, 5.2, 2)} Hgb-{_v(r, 7, 15.5, 11.2, 15.7)} "
        f"Hct-{_v(r, 22, 46, 34, 45)} MCV-{_v(r, 78, 104, 80, 100, 0)} MCH-{_v(r, 25, 34, 26, 32)} "
        f"MCHC-{_v(r, 30, 35, 31, 35)} RDW-{_v(r, 12, 19, 10.5, 15.5)} RDWSD-{_v(r, 38, 58, 35.1, 46.3)} "
        f"Plt {r.choice(['Ct', MASK])}-{_v(r, 60, 480, 150, 400, 0)}",
        pre + f"Glucose-{_v(r, 70, 320, 70, 100, 0)} UreaN-{_v(r, 6, 70, 6, 20, 0)} Creat-{_v(r, 0.5, 4.2, 0.4, 1.1)} "
        f"Na-{_v(r, 124, 148, 133, 145, 0)} K-{_v(r, 3.0, 5.9, 3.3, 5.1)} Cl-{_v(r, 90, 112, 96, 108, 0)} "
        f"HCO3-{_v(r, 15, 32, 22, 32, 0)} AnGap-{_v(r, 8, 22, 8, 20, 0)}",
    ]
    extra = [
        pre + f"ALT-{_v(r, 8, 180, 0, 40, 0)} AST-{_v(r, 10, 220, 0, 40, 0)} AlkPhos-{_v(r, 40, 400, 35, 105, 0)} "
        f"TotBili-{_v(r, 0.2, 6.5, 0, 1.5)}",
        pre + f"Calcium-{_v(r, 7.6, 10.6, 8.4, 10.3)} Phos-{_v(r, 2.1, 5.8, 2.7, 4.5)} Mg-{_v(r, 1.4, 2.6, 1.6, 2.6)}",
        pre + f"PT-{_v(r, 10, 32, 9.4, 12.5)} PTT-{_v(r, 24, 90, 25, 36.5)} INR(PT)-{_v(r, 0.9, 3.6, 0.9, 1.1)}",
        pre + f"cTropnT-{r.choice(['<0.01', _v(r, 0.02, 1.8, 0, 0.01, 2)])} proBNP-{_v(r, 90, 24000, 0, 450, 0)}",
        pre + f"Albumin-{_v(r, 2.1, 4.6, 3.5, 5.2)} Iron-{_v(r, 15, 140, 30, 160, 0)}",
        pre + f"%HbA1c-{_v(r, 5.1, 12.8, 4, 6)} eAG-{_v(r, 100, 320, 0, 125, 0)}",
        pre + f"TSH-{_v(r, 0.2, 9.5, 0.27, 4.2, 2)} Free T4-{_v(r, 0.7, 2.1, 0.93, 1.7)}",
        pre + f"Lactate-{_v(r, 0.6, 6.4, 0.5, 2.0)}",
        "{DATE:lab} " + t + f" BLOOD Type-ART pO2-{_v(r, 55, 420, 85, 105, 0)} pCO2-{_v(r, 28, 78, 35, 45, 0)} "
        f"pH-{_v(r, 7.12, 7.52, 7.35, 7.45, 2)} calTCO2-{_v(r, 16, 34, 21, 30, 0)} Base XS-{r.randint(-9, 6)}",
        "{DATE:lab} " + t + f" URINE Color-{r.choice(['Yellow', 'Straw', 'Amber'])} "
        f"Appear-{r.choice(['Clear', 'Hazy', 'Cloudy'])} Sp {MASK}-1.0{r.randint(5, 30):02d}",
        "{DATE:lab} " + t + f" URINE Blood-{r.choice(['NEG', 'TR', 'SM', 'MOD'])} Nitrite-{r.choice(['NEG', 'POS'])} "
        f"Protein-{r.choice(['NEG', '30', '100'])} Glucose-NEG Ketone-NEG Bilirub-NEG Urobiln-NEG "
        f"pH-{r.choice(['5.5', '6.0', '6.5'])} "
        f"Leuks-{r.choice(['NEG', 'SM', 'MOD', 'LG'])}",
    ]
    r.shuffle(extra)
    return [f"{tag}:"] + lines + extra[: r.randint(1, 6)]


# ----------------------------------------------------------------------------------------------
# document model


class _Sec:
    def __init__(self, name: str, lines: list[str], prose: tuple[int, ...] = (), caps: bool = False):
        self.name, self.lines, self.prose, self.caps = name, lines, set(prose), caps


def _sec(name: str, heading: str, body: list[str] | str, prose: bool = True, caps: bool = False) -> _Sec:
    body = [body] if isinstance(body, str) else list(body)
    lines = [heading] + body
    return _Sec(name, lines, tuple(range(1, len(lines))) if prose else (), caps)


# ----------------------------------------------------------------------------------------------
# discharge summaries

_SCEN = [
    dict(
        service="MEDICINE", cc=["Dyspnea", "shortness of breath, leg swelling", "SOB"],
        proc=["None", "Right heart catheterization (Swan-Ganz) with hemodynamic tailoring"],
        hpi=["{who} with HFrEF (LVEF 25-30% on TTE {shift}), CKD stage 3b, and paroxysmal atrial fibrillation on "
             "apixaban who presents with 2 weeks of progressive dyspnea on exertion, 3-pillow orthopnea and a "
             "{kg} kg weight gain.",
             "She reports dietary indiscretion over the holidays and ran out of torsemide 4 days ago.",
             "In the ED, vitals were T 97.9F HR 92 BP 148/86 RR 22 SpO2 91% RA. BNP 4,812. CXR with bilateral "
             "pleural effusions and Kerley B lines. She received furosemide 80 mg IV x1 with 1.2 L UOP."],
        course=["# Acute on chronic systolic heart failure: Diuresed with furosemide 80 mg IV BID, transitioned to "
                "torsemide 40 mg daily on HD5. Net negative 6.4 L for the admission. Discharge weight {kg2} kg.",
                "# Paroxysmal AF: CHA2DS2-VASc 5. Rate controlled with metoprolol succinate 100 mg. Continued apixaban "
                "5 mg BID.",
                "# CKD: Creatinine peaked at 2.1 from baseline 1.6, improved with decongestion."],
        dx=["Acute on chronic systolic heart failure", "Atrial fibrillation", "Chronic kidney disease stage 3b"],
    ),
    dict(
        service="NEUROSURGERY", cc=["Thunderclap headache", "worst headache of life"],
        proc=["Diagnostic cerebral angiogram, coil embolization of left PCOM aneurysm",
              "External ventricular drain placement"],
        hpi=["{who} with hypertension who developed sudden-onset severe headache while gardening followed by "
             "emesis. Noncontrast head CT at the outside hospital showed diffuse subarachnoid hemorrhage in the basal "
             "cisterns and Sylvian fissures.",
             "On arrival GCS 14 (E4V4M6), Hunt and Hess grade II, modified Fisher grade 3. Pupils equal and "
             "reactive, no pronator drift, Babinski downgoing bilaterally."],
        course=["# SAH: Taken for angiogram which demonstrated a 6 mm left PCOM aneurysm, coiled without "
                "complication (Raymond-Roy class I). Nimodipine 60 mg q4h x21 days started.",
                "# Vasospasm watch: Daily TCDs; Lindegaard ratio peaked at 2.9 on post-bleed day 7 without clinical "
                "change. Kept euvolemic, Na goal 140-145.",
                "# Hydrocephalus: EVD placed at bedside, clamped POD 9 and removed after head CT showed stable "
                "ventricles."],
        dx=["Aneurysmal subarachnoid hemorrhage", "Left posterior communicating artery aneurysm"],
    ),
    dict(
        service="SURGERY", cc=["RUQ pain", "abdominal pain, fever"],
        proc=["Laparoscopic cholecystectomy", "ERCP with sphincterotomy and stone extraction"],
        hpi=["{who} presents with 2 days of colicky RUQ pain radiating to the right scapula after fatty meals, "
             "with subjective fevers. Murphy sign positive on exam.",
             "RUQ ultrasound showed gallbladder wall thickening to 6 mm, pericholecystic fluid and a positive "
             "sonographic Murphy sign. CBD 5 mm. Lipase 38."],
        course=["# Acute cholecystitis: Started on Zosyn 4.5 g IV q8h, taken to the OR on HD2 for laparoscopic "
                "cholecystectomy; critical view of safety obtained. JP drain removed POD1.",
                "# Pain: Controlled on acetaminophen and oxycodone 5 mg q4h PRN; no PCA needed.",
                "# Diet advanced to regular by POD1; tolerating without nausea."],
        dx=["Acute calculous cholecystitis"],
    ),
    dict(
        service="MEDICINE", cc=["Fall", "weakness, fall at home"],
        proc=["None"],
        hpi=["{who} with Parkinson disease (Hoehn and Yahr stage 3) on carbidopa-levodopa, orthostatic hypotension "
             "and prior Colles fracture who was found on the floor by family; unclear downtime, estimated 6-8 hours.",
             "CK 2,340. No head strike per patient. Noncontrast head CT without acute process. Pelvis films negative "
             "for fracture."],
        course=["# Fall / rhabdomyolysis: Treated with IV fluids with CK trending down to 410. PT/OT recommended "
                "rehab.",
                "# Parkinson disease: Continued home carbidopa-levodopa 25/100 mg 1.5 tabs TID, timed doses "
                "strictly. Orthostatics positive; started midodrine 2.5 mg TID.",
                "# Possible Lewy body component: visual hallucinations at night, avoid haloperidol; quetiapine "
                "12.5 mg qHS PRN."],
        dx=["Mechanical fall with rhabdomyolysis", "Parkinson disease", "Orthostatic hypotension"],
    ),
    dict(
        service="MEDICINE", cc=["Melena", "black stools, lightheadedness"],
        proc=["EGD with clip placement x2"],
        hpi=["{who} on aspirin and naproxen for knee OA presents with 3 days of melena and presyncope. "
             "Hgb 6.8 from baseline 12. Glasgow-Blatchford score 12.",
             "Received 2 units pRBC and pantoprazole 80 mg IV bolus in the ED; no hematemesis. NG lavage not "
             "performed."],
        course=["# Upper GI bleed: EGD showed a 1.5 cm clean-based duodenal bulb ulcer with a visible vessel "
                "(Forrest IIa), treated with clips. No Mallory-Weiss tear. H. pylori serology sent.",
                "# Acute blood loss anemia: Transfused 3 units total, Hgb stable at 8.9 x48h.",
                "# NSAIDs stopped; counseled extensively."],
        dx=["Duodenal ulcer with hemorrhage", "Acute blood loss anemia"],
    ),
    dict(
        service="NEUROLOGY", cc=["Left facial droop", "right-sided weakness and aphasia", "slurred speech"],
        proc=["None", "Mechanical thrombectomy (TICI 2b)"],
        hpi=["{who} with AF not on anticoagulation presents with acute expressive aphasia and right hemiparesis, "
             "last known well 07:40. NIHSS 14 on arrival.",
             "CTA head/neck showed left M1 occlusion. Received tenecteplase and went for thrombectomy.",
             "Of note, she had a Bell palsy in the remote past with residual mild right synkinesis."],
        course=["# Acute ischemic stroke, L MCA: post-thrombectomy MRI showed infarct in left insula and frontal "
                "operculum. NIHSS at discharge 4. Speech therapy following.",
                "# AF: cardioembolic source; apixaban started on day 5 after repeat imaging showed no hemorrhagic "
                "transformation.",
                "# Dysphagia: bedside swallow failed initially; passed video swallow, now on nectar thick liquids."],
        dx=["Acute ischemic stroke, left MCA territory", "Atrial fibrillation"],
    ),
    dict(
        service="SURGERY", cc=["Pancreatic head mass", "painless jaundice"],
        proc=["Pylorus-preserving pancreaticoduodenectomy (Whipple)"],
        hpi=["{who} with painless jaundice and 8 kg weight loss, found to have a 2.8 cm pancreatic head mass with "
             "double duct sign. Courvoisier sign present on exam. CA 19-9 of 412. EUS-FNA with adenocarcinoma.",
             "Biliary stent placed previously by GI; presents for elective resection."],
        course=["# Pancreatic adenocarcinoma s/p Whipple: Uncomplicated operation, EBL 350 mL. Drain amylase on POD3 "
                "was 112, drain removed POD5. Delayed gastric emptying, resolved with erythromycin.",
                "# Diabetes: new insulin requirement post-op; discharged on glargine 10 units qHS with sliding scale.",
                "# Nutrition: Creon 36,000 units with meals."],
        dx=["Pancreatic adenocarcinoma", "Post-operative delayed gastric emptying"],
    ),
    dict(
        service="MEDICINE", cc=["Fever, dysuria", "confusion", "fever"],
        proc=["None", "PICC placement"],
        hpi=["{who} with type 2 diabetes, BPH and chronic Foley catheter presents with fever to 102.4F, rigors and "
             "acute confusion. qSOFA 2.",
             "Lactate 3.8. UA with large leukocyte esterase, positive nitrite, >182 WBC. Blood cultures grew "
             "Escherichia coli in 2 of 2 bottles."],
        course=["# E. coli urosepsis with bacteremia: Initially on cefepime, narrowed to ceftriaxone 2 g IV q24h "
                "per sensitivities; PICC placed for 14-day course. Foley exchanged on arrival.",
                "# Toxic-metabolic encephalopathy: resolved with treatment of infection; CAM negative by day 3.",
                "# DM2: A1c 8.9%. Held metformin during admission; resumed at discharge."],
        dx=["Sepsis due to Escherichia coli urinary tract infection", "Bacteremia", "Acute metabolic encephalopathy"],
    ),
    dict(
        service="MEDICINE", cc=["Abdominal distension", "confusion, increased abdominal girth"],
        proc=["Diagnostic and therapeutic paracentesis (5.5 L)"],
        hpi=["{who} with alcohol-associated cirrhosis (MELD-Na 22, Child-Pugh C) complicated by ascites and hepatic "
             "encephalopathy presents with worsening distension and somnolence after missing lactulose doses.",
             "Asterixis present. Diagnostic paracentesis: 412 PMNs, consistent with SBP."],
        course=["# SBP: ceftriaxone 2 g daily x5 days, albumin 1.5 g/kg day 1 and 1 g/kg day 3. Repeat tap with "
                "PMN 88.",
                "# Hepatic encephalopathy: lactulose titrated to 3-4 BMs daily, rifaximin 550 mg BID.",
                "# Alcohol use disorder: CIWA without scores; started naltrexone was deferred given liver disease; "
                "referred to outpatient program."],
        dx=["Spontaneous bacterial peritonitis", "Decompensated alcohol-associated cirrhosis",
            "Hepatic encephalopathy"],
    ),
    dict(
        service="ORTHOPAEDICS", cc=["Left hip pain after fall", "R hip fracture"],
        proc=["Left hip hemiarthroplasty", "Cephalomedullary nail, right intertrochanteric fracture"],
        hpi=["{who} who tripped over a rug at home, with immediate hip pain and inability to bear weight. "
             "Shortened and externally rotated leg. XR: displaced femoral neck fracture, Garden IV.",
             "Baseline ambulates with a walker, independent of ADLs."],
        course=["# Hip fracture: taken to the OR on HD1; uncomplicated. WBAT. Enoxaparin 40 mg SC daily x4 weeks "
                "for DVT prophylaxis.",
                "# Post-operative delirium: managed non-pharmacologically; resolved by POD3.",
                "# Osteoporosis: Vitamin D 25-OH level 14; started repletion, outpatient DEXA and consideration of "
                "zoledronic acid."],
        dx=["Left femoral neck fracture", "Post-operative delirium", "Osteoporosis"],
    ),
    dict(
        service="MEDICINE", cc=["Hyperglycemia", "nausea, vomiting, abdominal pain"],
        proc=["None"],
        hpi=["{who} with type 1 diabetes on insulin pump presents with 1 day of nausea, vomiting and polyuria after "
             "pump site failure. Glucose 512, anion gap 28, beta-hydroxybutyrate 6.1. Kussmaul respirations noted.",
             "No infectious prodrome. COVID-19 PCR negative."],
        course=["# DKA: insulin drip per protocol, gap closed in 14 hours, transitioned to basal-bolus with 2 hour "
                "overlap. Pump resumed at discharge after review with diabetes team.",
                "# Hypokalemia: repleted with 120 mEq KCl over first 24 h."],
        dx=["Diabetic ketoacidosis", "Type 1 diabetes mellitus"],
    ),
    dict(
        service="CARDIOTHORACIC", cc=["Exertional chest pressure", "angina"],
        proc=["CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)", "Cardiac catheterization"],
        hpi=["{who} with DM2, HLD and tobacco use with 3 months of exertional chest pressure. Stress test positive in "
             "the anterior and lateral walls. Cath: 90% proximal LAD, 80% OM1, 70% RCA. SYNTAX score 28.",
             "Referred for surgical revascularization."],
        course=["# CAD s/p CABG: extubated POD0, chest tubes removed POD2, epicardial wires removed POD3. "
                "Post-op AF on POD2 converted with amiodarone.",
                "# Volume: diuresed to preoperative weight.",
                "# Sternal precautions reviewed; cardiac rehab referral placed."],
        dx=["Coronary artery disease s/p CABG", "Post-operative atrial fibrillation"],
    ),
]

_CHRONIC = [
    "# Hypertension: continued amlodipine 10 mg daily; lisinopril held for AKI, resume at PCP visit.",
    "# Hyperlipidemia: continued atorvastatin 80 mg. LDL 112.",
    "# Hypothyroidism: TSH 3.9; continued levothyroxine 88 mcg daily.",
    "# GERD/Barrett esophagus: continued pantoprazole 40 mg daily; surveillance EGD due per GI.",
    "# BPH: continued tamsulosin 0.4 mg qHS. Voiding trial passed after Foley removed HD3.",
    "# Depression: continued sertraline 100 mg; PHQ-9 of 8.",
    "# OSA: CPAP at home settings 10 cm H2O overnight.",
    "# Gout: no flare; allopurinol 100 mg daily continued.",
    "# Chronic pain: PDMP checked, no concerning fills. Continued gabapentin 300 mg TID.",
    "# Type 2 diabetes: A1c 7.4%. Metformin held while inpatient, ISS with Humalog; resumed at discharge.",
    "# Anemia of chronic disease: Hgb stable 9-10, iron studies with ferritin 412, TSAT 14%.",
    "# Tobacco use: 40 pack-years, counseled; nicotine patch 21 mg daily.",
    "# Alcohol use: no signs of withdrawal, CIWA scores 0-3. Thiamine, folate, MVI.",
    "# Code status: Full code, confirmed with patient. MOLST reviewed.",
    "# Hyponatremia: Na 128 on admission, likely hypovolemic; resolved to 136 with NS.",
    "# Hypomagnesemia: repleted, Mg 2.0 at discharge.",
    "# CKD stage 3a: baseline Cr 1.3, stable. Renally dosed medications.",
    "# Osteoarthritis: Heberden nodes; acetaminophen scheduled, avoid NSAIDs.",
    "# Raynaud phenomenon: stable, no digital ulcers; continued nifedipine ER 30 mg.",
    "# Hashimoto thyroiditis: on levothyroxine, euthyroid.",
    "# Sjogren syndrome: artificial tears, pilocarpine 5 mg TID.",
    "# Chronic Addison disease: continued hydrocortisone 15 mg AM / 5 mg PM; stress dosed x24h.",
    "# Graves disease s/p RAI (1996): on levothyroxine.",
    "# Cushing syndrome workup: 1 mg dexamethasone suppression test deferred to outpatient endocrine.",
    "# Prior DVT (2011): completed 6 months of warfarin; no current anticoagulation.",
    "# Wernicke prophylaxis: thiamine 500 mg IV TID x3 days then 100 mg PO daily.",
    "# Moderate aortic stenosis: AVA 1.1 cm2, mean gradient 28 mmHg; outpatient TTE in 12 months.",
    "# Skin: stage 2 sacral pressure injury, Mepilex dressing, wound RN following.",
    "# Hx Guillain-Barre syndrome in childhood, no residual deficits.",
    "# Hx Crohn disease, ileocolonic, in remission on vedolizumab; last infusion 3 weeks ago.",
    "# Wolff-Parkinson-White s/p ablation (2004): no pre-excitation on ECG.",
    "# Second-degree AV block, Mobitz I (Wenckebach) at night on tele, asymptomatic; no intervention.",
    "# Glaucoma: continued latanoprost 0.005% 1 drop OU qHS.",
    "# Recurrent C. difficile (2 episodes): avoid unnecessary antibiotics; vancomycin 125 mg PO BID ppx while on "
    "ceftriaxone.",
]

_PMH = ["Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus, insulin-requiring", "CKD stage 3", "COPD (FEV1 "
        "48% predicted)", "Atrial fibrillation on apixaban", "Obstructive sleep apnea on CPAP", "GERD",
        "Hypothyroidism", "Osteoarthritis s/p R TKA", "Depression/anxiety", "Gout", "BPH", "Breast cancer s/p "
        "lumpectomy and XRT (2008), on anastrozole", "Prostate cancer s/p brachytherapy", "Iron deficiency anemia",
        "Barrett esophagus", "Migraine", "Diverticulosis", "Hepatitis C, treated, SVR", "HIV on ART, CD4 612, VL "
        "undetectable", "Parkinson disease", "Lewy body dementia", "Peripheral neuropathy", "Macular degeneration",
        "s/p appendectomy (1971)", "s/p cholecystectomy", "Carpal tunnel syndrome, Tinel and Phalen positive",
        "Pulmonary embolism (provoked, 2016)", "Cardiac sarcoid s/p ICD", "Hidradenitis suppurativa",
        "Sickle cell trait", "Bell palsy (remote)", "Essential tremor", "Schatzki ring s/p dilation",
        "Takotsubo cardiomyopathy, recovered EF"]

_SOCIAL = [
    "Lives with her husband in a single-family home with 12 stairs to enter. Retired {job}. Quit smoking in 1987, "
    "30 pack-years. Occasional glass of wine. No illicit drug use.",
    "Lives alone in a first-floor apartment; daughter checks on him daily. Former {job}. Current smoker 1/2 ppd. "
    "Denies alcohol or IVDU.",
    "Originally from Cape Verde, moved to Massachusetts in her 20s. Speaks Portuguese Creole, interpreter used. "
    "Worked as a {job}. Never smoker. No EtOH.",
    "Emigrated from Haiti; lives with son and grandchildren. Retired {job}. Ambulates with a cane. No tobacco, "
    "alcohol or drugs.",
    "Married, 3 children. Works as a {job}. Drinks 4-6 beers daily, last drink the morning of admission. Remote "
    "cocaine use, none in 15 years.",
    "Widowed, lives in an assisted living facility. Previously a {job}. Uses a rolling walker. Quit tobacco 1994.",
    "Lives with partner. {job}. Vapes nicotine daily. Recent travel to Guatemala and Mexico in the past 3 months. "
    "Has 2 dogs.",
    "Lives in senior housing. Former {job}, Vietnam veteran. Snowbird, spends winters in Florida. "
    "Denies tobacco.",
]
_JOBS = ["schoolteacher", "machinist", "nurse's aide", "longshoreman", "accountant", "bus driver", "seamstress",
         "electrician", "line cook", "postal carrier", "pharmacist", "software engineer", "home health aide",
         "fisherman", "welder", "librarian"]
_FAMILY = [
    "Mother with MI at 71, father died of stroke at 84. Sister with breast cancer.",
    "Father with colon cancer at 62. No family history of sudden cardiac death.",
    "Noncontributory.",
    "Mother - type 2 diabetes, died at 89 of pneumonia. Brother (age 64) with CAD s/p stents.",
    "Mother with Parkinson disease. Father with Alzheimer dementia, died in his 80s.",
    "No family history of aneurysm or bleeding disorders. Mother with HTN.",
    "Multiple relatives with Lynch syndrome; maternal aunt with endometrial cancer at 48.",
    "Father with AAA repaired at 70. Paternal uncle with Huntington disease.",
]

_EXAM_ADM = [
    "ADMISSION PHYSICAL EXAM:",
    "VS: {temp} {sbp}/{dbp} {hr} {rr} {sat}% RA",
    "GENERAL: {gen}",
    "HEENT: Sclera anicteric, MMM, oropharynx clear. Mallampati {mall}.",
    "NECK: JVP to {jvp} cm, no LAD.",
    "CV: {cv}",
    "LUNGS: {lung}",
    "ABDOMEN: Soft, {abd}, normoactive bowel sounds. No rebound or guarding. Murphy sign {murphy}.",
    "EXTREMITIES: {edema} bilateral lower extremity edema. Homan sign negative.",
    "NEURO: A&Ox{ox}. CN II-XII intact. Strength 5/5 throughout except {weak}. Babinski {bab}. Romberg {romb}.",
]


def _exam(r: random.Random, discharge: bool) -> list[str]:
    vals = dict(
        temp=f"{r.uniform(96.8, 101.8):.1f}", sbp=r.randint(88, 178), dbp=r.randint(48, 98), hr=r.randint(52, 128),
        rr=r.randint(12, 28), sat=r.randint(88, 100),
        gen=r.choice(["Pleasant elderly patient in NAD.", "Uncomfortable appearing, diaphoretic.", "Frail, cachectic.",
                      "Lying in bed, mildly dyspneic, speaking full sentences."]),
        mall=r.choice(["I", "II", "III"]), jvp=r.randint(6, 16),
        cv=r.choice(["RRR, normal S1/S2, no m/r/g.", "Irregularly irregular, III/VI holosystolic murmur at apex.",
                     "Regular, II/VI crescendo-decrescendo murmur at RUSB radiating to carotids.",
                     "Tachycardic, S3 present."]),
        lung=r.choice(["CTAB, no wheezes, rales, or rhonchi.", "Crackles at bilateral bases to mid-lung fields.",
                       "Diffuse expiratory wheezes, prolonged expiratory phase.",
                       "Decreased breath sounds at R base, dullness to percussion."]),
        abd=r.choice(["non-tender, non-distended", "tender in RUQ", "distended with fluid wave, non-tender",
                      "mild epigastric tenderness"]),
        murphy=r.choice(["negative", "positive", "absent"]), edema=r.choice(["No", "Trace", "1+", "2+ pitting", "3+"]),
        ox=r.choice(["3", "2", "1"]),
        weak=r.choice(["4/5 L hip flexion", "R hemiparesis 3/5", "none", "pain-limited LLE"]),
        bab=r.choice(["downgoing bilaterally", "upgoing on the right", "equivocal"]),
        romb=r.choice(["negative", "deferred", "positive"]),
    )
    lines = [s.format(**vals) for s in _EXAM_ADM]
    if discharge:
        lines += ["", "DISCHARGE PHYSICAL EXAM:",
                  f"VS: Tmax {r.uniform(97.5, 99.5):.1f} Tcurrent {r.uniform(97.0, 99.0):.1f} HR {r.randint(58, 96)} "
                  f"BP {r.randint(100, 150)}/{r.randint(55, 88)} RR {r.randint(14, 20)} O2 sat {r.randint(93, 99)}% "
                  f"{r.choice(['RA', '2L NC', '1L NC'])}. Weight {r.uniform(52, 118):.1f} kg "
                  f"(admit {r.uniform(54, 124):.1f})",
                  "General: NAD, sitting in chair.", "Lungs: " + r.choice(["CTAB.", "Mild bibasilar crackles."]),
                  "Ext: " + r.choice(["No edema.", "Trace edema to ankles.", "Incision c/d/i, no erythema."])]
    return lines


_MEDS = [
    "Atorvastatin 40 mg PO QPM", "Metoprolol Succinate XL 25 mg PO DAILY", "Apixaban 5 mg PO BID",
    "Furosemide 40 mg PO DAILY", "Lisinopril 10 mg PO DAILY", "Glargine 18 Units Bedtime",
    "Humalog 2-10 Units Subcutaneous QID per sliding scale", "Heparin 5000 UNIT SC TID",
    "Pantoprazole 40 mg PO Q24H", "Senna 8.6 mg PO BID:PRN constipation", "Docusate Sodium 100 mg PO BID",
    "Polyethylene Glycol 17 g PO DAILY:PRN constipation", "Acetaminophen 1000 mg PO Q8H",
    "OxyCODONE (Immediate Release) 5 mg PO Q6H:PRN Pain - Moderate", "Levothyroxine Sodium 75 mcg PO DAILY",
    "Tamsulosin 0.4 mg PO QHS", "Carbidopa-Levodopa (25-100) 1.5 TAB PO TID", "Sertraline 50 mg PO DAILY",
    "Gabapentin 300 mg PO TID", "Vitamin D 1000 UNIT PO DAILY", "Aspirin 81 mg PO DAILY", "Clopidogrel 75 mg PO DAILY",
    "Warfarin 5 mg PO DAILY16", "Ceftriaxone 1 gm IV Q24H", "Lactulose 30 mL PO TID", "Rifaximin 550 mg PO BID",
    "Spironolactone 50 mg PO DAILY", "Nicotine Patch 14 mg TD DAILY", "Enoxaparin Sodium 40 mg SC DAILY",
    "Cefpodoxime Proxetil 200 mg PO Q12H Duration: 5 Days", "Magnesium Oxide 400 mg PO BID",
    "Potassium Chloride 20 mEq PO DAILY Hold for K >5.0", "MetFORMIN (Glucophage) 500 mg PO BID",
    "Donepezil 10 mg PO QHS", "QUEtiapine Fumarate 12.5 mg PO QHS:PRN agitation",
    "Albuterol Inhaler 2 PUFF IH Q4H:PRN SOB/wheeze", "Tiotropium Bromide 1 CAP IH DAILY",
    "Fluticasone-Salmeterol Diskus (250/50) 1 INH IH BID", "Prednisone 40 mg PO DAILY Duration: 3 Doses",
    "Amiodarone 200 mg PO DAILY", "Diltiazem Extended-Release 180 mg PO DAILY", "Insulin NPH 12 Units Breakfast",
    "Allopurinol 100 mg PO DAILY", "Calcium Carbonate 500 mg PO TID W/MEALS",
    "Sevelamer CARBONATE 800 mg PO TID W/MEALS",
    "Nephrocaps 1 CAP PO DAILY", "Thiamine 100 mg PO DAILY", "FoLIC Acid 1 mg PO DAILY", "Multivitamins 1 TAB PO DAILY",
    "Torsemide 40 mg PO DAILY", "Midodrine 2.5 mg PO TID", "Nimodipine 60 mg PO Q4H", "Creon 12 2 CAP PO TID W/MEALS",
    "Ondansetron 4 mg PO Q8H:PRN nausea", "Melatonin 3 mg PO QHS",
    "Latanoprost 0.005% Ophth. Soln. 1 DROP BOTH EYES QHS",
    "Cyanocobalamin 1000 mcg PO DAILY", "Ferrous Sulfate 325 mg PO EVERY OTHER DAY",
    "Vancomycin Oral Liquid 125 mg PO BID",
]


def _med_list(r: random.Random, n: int) -> list[str]:
    return [f"{i}. {m}" for i, m in enumerate(r.sample(_MEDS, n), 1)]


_D_DISTRACT = {
    "hpi": [
        "ECG: sinus rhythm at 88, PR 168 ms, QRS 102 ms, QTc 471 ms, LAFB, no acute ST changes.",
        "Vitals on EMS arrival: HR 94, BP 96/58, RR 24, FSBG 212, SpO2 90% on NRB.",
        "She was seen in the ED in 2151 for a similar episode.",
        "Prior echo ({shift}): LVEF 55-60%, mild MR, RVSP 38.",
        "Of note, outside records were reviewed via Care Everywhere.",
        "Wells score 1.5, d-dimer 612.",
        "Pt was visiting family from Portugal and New Hampshire.",
        "Heparin drip started at 18 units/kg/hr after 80 units/kg bolus.",
        "Trop-T <0.01 x2, CK-MB 3.",
    ],
    "course": [
        "Foley catheter removed on HD3 and voiding spontaneously; PVR 42 mL.",
        "Swan-Ganz numbers on arrival to the CCU: RA 14, PA 52/24, PCWP 26, CO 3.1, CI 1.7.",
        "Insulin sliding scale: 150-199 2 units, 200-249 4 units, 250-299 6 units, 300-349 8 units.",
        "Transferred to the floor (bed 14, step-down) on HD4.",
        "ICD-10 codes: I50.23, N17.9, E87.1.",
        "Dobhoff placed under fluoroscopy on {shift} and tube feeds advanced to goal 55 mL/hr.",
        "Tele: 3 beats of NSVT, asymptomatic; K and Mg repleted.",
        "Incentive spirometer to 1,250 mL by discharge.",
        "Seen by PT: Tinetti score 16/28, recommend rolling walker.",
        "Heparin 5,000 units SC TID for DVT prophylaxis throughout.",
    ],
    "instr": [
        "Weigh yourself every morning. Call your doctor if your weight goes up more than 3 lbs in 1 day or 5 lbs "
        "in 1 week.",
        "Limit your sodium to 2 grams (2,000 mg) daily and fluids to 1.5 L (about 6 cups) daily.",
        "Do not drive while taking oxycodone.",
        "Take 650 mg Tylenol every 6 hours as needed; do not exceed 3,000 mg per day.",
    ],
}

# snippets per category: (note types, section names, mode, template)
_S = dict[str, list[tuple[str, tuple[str, ...], str, str]]]
_SNIP: _S = {
    "PHONE": [
        ("d", ("social",), "line", "HCP: daughter {PER:first}, cell {PHONE:any!}."),
        ("d", ("social",), "inline", "Son {PER:full} is HCP, reachable at {PHONE:any!}."),
        ("d", ("followup",), "line",
         "Please call the {ORG:clinic} at {PHONE:any!} to schedule an appointment within 1 week."),
        ("d", ("instr",), "inline", "Questions after hours: heart failure nurse line {PHONE:any!}."),
        ("d", ("course",), "inline", "Discussed with PCP Dr. {PER:last} (tel. {PHONE:any!}) who agrees with the plan."),
        ("d", ("hpi",), "inline", "Collateral obtained from neighbor {PER:first} at {PHONE:any!}."),
        ("d", ("course",), "line", "- Contact: {PER:first} (niece) {PHONE:any!}"),
        ("d", ("followup",), "line", "With: {PER:caps}, MD [{PHONE:any!}]"),
        ("d", ("sign",), "line", "Ph: {PHONE:any!}"),
        ("d", ("social",), "inline", "wife's number {PHONE:local!} (home)."),
        ("r", ("notification",), "line", "Findings also called to the ordering provider at {PHONE:any!} at 4:40 PM."),
        ("r", ("addendum",), "line", "Referring office requests callback at {PHONE:any!} with final read."),
        ("r", ("indication",), "inline", "Ordering MD cell {PHONE:any!}."),
        ("r", ("notification",), "line", "PCP office ({PHONE:any!}) notified by voicemail."),
    ],
    "FAX": [
        ("d", ("followup",), "line", "Discharge summary faxed to PCP at {FAX:any!}."),
        ("d", ("instr",), "inline",
         "Please have the VNA fax INR results to the anticoagulation service, fax {FAX:any!}."),
        ("d", ("course",), "inline", "Outside records received from {ORG:hosp} (fax {FAX:any!})."),
        ("d", ("followup",), "line", "PCP: Dr. {PER:last}  Ph {PHONE:any}  Fx {FAX:any!}"),
        ("d", ("sign",), "line", "F: {FAX:any!}"),
        ("d", ("dispo",), "line", "Referral packet sent to facility fax {FAX:any!}"),
        ("r", ("addendum",), "line", "Report faxed to {FAX:any!} per request of the referring office."),
        ("r", ("sign",), "line", "Fax: {FAX:any!}"),
        ("r", ("indication",), "inline", "Please fax results to {FAX:any!}."),
    ],
    "PAGER": [
        ("d", ("instr",), "inline", "For urgent questions page the covering resident at {PAGER:any!}."),
        ("d", ("course",), "inline", "Renal fellow pgr {PAGER:short!} following."),
        ("d", ("course",), "inline", "Discussed with Dr. {PER:last} (pager {PAGER:any!}) from ID."),
        ("d", ("sign",), "line", "Pager: {PAGER:any!}"),
        ("d", ("followup",), "line", "Transplant coordinator beeper #{PAGER:short!}"),
        ("r", ("notification",), "line", "Discussed with Dr. {PER:last} (pager {PAGER:any!}) at 11:05 AM."),
        ("r", ("notification",), "line", "Page sent to {PAGER:short!} at 02:14 with the critical result."),
        ("r", ("sign",), "line", "Resident on call: bpr {PAGER:short!}"),
    ],
    "EMAIL": [
        ("d", ("social",), "inline", "Daughter prefers updates by e-mail: {EMAIL:any!}"),
        ("d", ("instr",), "inline", "You may also send questions to {EMAIL:any!}."),
        ("d", ("followup",), "line", "Nurse navigator: {PER:full}, {EMAIL:any!}"),
        ("d", ("sign",), "line", "{EMAIL:any!}"),
        ("d", ("course",), "inline", "Records requested from outside PCP via {EMAIL:any!}."),
        ("r", ("notification",), "line", "Preliminary read sent to {EMAIL:any!} (secure)."),
        ("r", ("addendum",), "line", "Outside images requested from {EMAIL:any!}."),
    ],
    "URL": [
        ("d", ("instr",), "inline", "You can view your results online at {URL:any!}."),
        ("d", ("instr",), "line", "More information on a low sodium diet: {URL:any!}"),
        ("d", ("followup",), "line", "Join the video visit at {URL:any!} 15 minutes before the appointment."),
        ("d", ("course",), "inline", "Per the outside portal ({URL:any!}) last colonoscopy was unremarkable."),
        ("r", ("comparison",), "inline", "Outside images retrieved via {URL:any!}."),
        ("r", ("technique",), "inline", "Images uploaded from {URL:any!}."),
        ("r", ("addendum",), "line", "Patient-submitted images available at {URL:any!}."),
    ],
    "IP": [
        ("r", ("technique",), "inline", "Outside CT imported from DICOM node {IP:any!} (port 104); reformats done on "
                                        "a 3D workstation."),
        ("r", ("addendum",), "line", "Images re-sent from {IP:any!} after initial transfer failure."),
        ("r", ("technique",), "line", "Study pushed to modality worklist host {IP:any!}."),
        ("d", ("course",), "inline", "Remote ICD transmissions received from home base station {IP:any!}."),
        ("d", ("sign",), "line", "Signed from workstation {IP:any!}"),
        ("d", ("results",), "line", "Telemetry central station {IP:any!} - no alarms overnight."),
    ],
    "SSN": [
        ("d", ("social",), "inline", "SW obtained SS# {SSN:any!} for the MassHealth application."),
        ("d", ("dispo",), "line", "Screening packet: SSN {SSN:any!}"),
        ("d", ("hpi",), "inline", "Identity confirmed by name and social security number {SSN:any!}."),
        ("d", ("header",), "line", "SSN: {SSN:any!}"),
        ("r", ("addendum",), "line", "Patient identity confirmed with name and SSN {SSN:any!}."),
        ("r", ("exam",), "line", "Pt ID {SSN:any!}"),
    ],
    "MRN": [
        ("d", ("course",), "inline", "Records from {ORG:hosp} (MRN {MRN:any!}) reviewed."),
        ("d", ("hpi",), "inline", "Old unit number {MRN:any!} merged into current record."),
        ("d", ("results",), "line", "Outside MR# {MRN:any!}: CT A/P reviewed."),
        ("d", ("sign",), "line", "MRN {MRN:any!}"),
        ("r", ("exam",), "line", "MRN: {MRN:any!}"),
        ("r", ("comparison",), "inline", "Prior studies filed under medical record number {MRN:any!} were reviewed."),
        ("r", ("addendum",), "line", "Note: duplicate chart {MRN:any!} merged."),
    ],
    "ACCT": [
        ("d", ("header",), "line", "Acct #: {ACCT:any!}"),
        ("d", ("dispo",), "line", "Billing account {ACCT:any!}"),
        ("d", ("sign",), "line", "Encounter #{ACCT:any!}"),
        ("d", ("course",), "inline", "OSH visit no. {ACCT:any!} records reviewed."),
        ("r", ("exam",), "line", "Encounter: {ACCT:any!}"),
        ("r", ("addendum",), "line", "Order placed under visit {ACCT:any!}; charges corrected."),
        ("r", ("sign",), "line", "CSN: {ACCT:any!}"),
    ],
    "PLAN": [
        ("d", ("social",), "inline", "Insurance: Medicare, MBI {PLAN:mbi!}."),
        ("d", ("dispo",), "line", "Medicaid ID {PLAN:medicaid!} verified for SNF placement."),
        ("d", ("dispo",), "line", "Primary ins: member ID {PLAN:comm!}, group {PLAN:group}"),
        ("d", ("course",), "inline", "Prior auth for apixaban submitted under subscriber ID {PLAN:any!}."),
        ("d", ("header",), "line", "Health plan #: {PLAN:any!}"),
        ("r", ("indication",), "inline", "Insurance ID {PLAN:any!} on requisition."),
        ("r", ("addendum",), "line", "Policy no. {PLAN:any!} - precert obtained."),
    ],
    "LIC": [
        ("d", ("sign",), "line", "{PER:full}, MD  NPI {LIC:npi!}"),
        ("d", ("meds_dc",), "line", "Rx for oxycodone signed by Dr. {PER:last}, DEA {LIC:dea!}"),
        ("d", ("social",), "inline", "Advised not to drive; family holding his driver's license ({LIC:dl!})."),
        ("d", ("sign",), "line", "Lic # {LIC:state!}"),
        ("d", ("hpi",), "inline", "Interpreter {PER:first} (certificate {LIC:cert!}) used for the interview."),
        ("r", ("sign",), "line", "Attending radiologist NPI: {LIC:npi!}"),
        ("r", ("sign",), "line", "Reg. No. {LIC:state!}"),
    ],
    "ZIP": [
        ("d", ("social",), "inline", "Lives in a second-floor walk-up in {LOC:town}, MA {ZIP:any!}."),
        ("d", ("dispo",), "line", "Home zip {ZIP:any!} is outside the VNA service area."),
        ("d", ("social",), "line", "Address: {ADDR:any}, {LOC:town}, MA {ZIP:any!}"),
        ("r", ("indication",), "inline", "Pt resides in {ZIP:any!}."),
        ("d", ("header",), "line", "ZIP: {ZIP:any!}"),
        ("r", ("exam",), "line", "Outpatient site zip {ZIP:any!}"),
        ("d", ("followup",), "line", "{ORG:clinic}, {LOC:town} {ZIP:any!}"),
    ],
    "ADDR": [
        ("d", ("social",), "inline", "Lives at {ADDR:any!} with wife."),
        ("d", ("dispo",), "line", "Discharge address: {ADDR:any!}"),
        ("d", ("hpi",), "inline", "Found down at {ADDR:any!} by EMS."),
        ("d", ("social",), "line", "{ADDR:any!}, {LOC:town!}, MA {ZIP:any!}"),
        ("r", ("indication",), "inline", "Pedestrian struck near {ADDR:street!}."),
        ("d", ("dispo",), "line", "{ORG:snf}\n{ADDR:any!}"),
        ("d", ("hpi",), "inline", "EMS called to {ADDR:any!} for unresponsiveness."),
        ("d", ("followup",), "line", "Location: {ADDR:any!}"),
        ("r", ("indication",), "inline", "Fall down stairs at home ({ADDR:street!})."),
        ("r", ("exam",), "line", "Performed at {ADDR:street!} imaging annex"),
    ],
    "DATE": [
        ("d", ("hpi",), "inline", "Last colonoscopy {DATE:any!} was unremarkable."),
        ("d", ("pmh",), "line", "- CABG x3 ({DATE:any!})"),
        ("d", ("pmh",), "line", "- s/p TAVR on {DATE:any!}"),
        ("d", ("course",), "inline", "Pneumovax given {DATE:any!} per outside records."),
        ("d", ("sign",), "line", "Electronically signed {DATE:any!} 14:22"),
        ("d", ("header",), "line", "DOB: {DATE:dob!}"),
        ("d", ("family",), "inline", "Father passed away {DATE:my!}."),
        ("r", ("comparison",), "line", "CT abdomen/pelvis from {DATE:any!}."),
        ("r", ("impression",), "inline", "Stable since {DATE:any!}."),
        ("r", ("indication",), "inline", "DOB {DATE:dob!}."),
        ("r", ("sign",), "line", "Signed: {DATE:any!} 2:14 PM"),
    ],
    "AGE": [
        ("d", ("social",), "inline", "She is {AGE:word!} years old and still lives independently."),
        ("d", ("social",), "line", "Social: {AGE:num!}F widow, lives alone."),
        ("d", ("social",), "inline", "Husband, aged {AGE:num!}, is the primary caregiver."),
        ("d", ("family",), "inline", "Mother still living at {AGE:num!}."),
        ("d", ("hpi",), "inline", "She celebrated her {AGE:ord!} birthday last month."),
        ("d", ("hpi",), "line", "{AGE:num!} y/o M nursing home resident, non-verbal at baseline."),
        ("r", ("indication",), "line", "History: {AGE:num!}-year-old with fall."),
        ("r", ("indication",), "inline", "Pt is {AGE:num!} yo."),
    ],
    "DEV": [
        ("d", ("pmh",), "line", "- PPM (Medtronic Azure XT DR MRI SureScan), serial {DEV:mdt!}"),
        ("d", ("course",), "inline", "Insulin pump (t:slim X2) SN {DEV:num!} interrogated by the diabetes team."),
        ("d", ("proc",), "line", "LVAD HeartMate 3; controller S/N {DEV:ser!}"),
        ("d", ("proc",), "line", "Implant: UDI {DEV:udi!}"),
        ("d", ("results",), "line", "ICD interrogation (Boston Scientific Dynagen, serial {DEV:ser!}): no events."),
        ("r", ("technique",), "inline",
         "MR-conditional pacemaker; device serial {DEV:mdt!} verified by EP prior to scan."),
        ("r", ("findings",), "inline", "Neurostimulator generator (SN {DEV:ser!}) in the right buttock."),
    ],
    "VEH": [
        ("d", ("hpi",), "inline", "Restrained driver; vehicle (plate {VEH:plate!}) struck a utility pole at ~40 mph."),
        ("d", ("social",), "inline", "Drives a 2011 Honda Civic, VIN {VEH:vin!}, for work."),
        ("d", ("course",), "inline", "Security notified re: car with plate {VEH:plate!} left in the ED lot."),
        ("r", ("indication",), "inline", "Trauma: MVC, driver, tag {VEH:plate!} per EMS."),
        ("d", ("hpi",), "inline", "Per police report, vehicle VIN {VEH:vin!} rolled over."),
        ("r", ("indication",), "inline", "Motorcycle crash, plate {VEH:any!}."),
        ("d", ("social",), "inline", "Uses a wheelchair van (reg. {VEH:plate!}) for dialysis transport."),
    ],
    "PER": [
        ("d", ("hpi",), "inline", "Per her daughter {PER:first!}, she has been more confused over the past week."),
        ("d", ("hpi",), "inline", "Her husband {PER:full!} reports she stopped eating 3 days ago."),
        ("d", ("course",), "inline", "Discussed with Dr. {PER:last!} of cardiology."),
        ("d", ("course",), "inline", "RN {PER:first!} noted new right facial droop at 03:10."),
        ("d", ("course",), "inline", "spoke w/ dr. {PER:lowerlast!} re: anticoagulation."),
        ("d", ("sign",), "line", "{PER:full!}, MD"),
        ("d", ("sign",), "line", "Dictated by: {PER:init!}"),
        ("d", ("sign",), "line", "Electronically signed by {PER:rev!} on {DATE:any}"),
        ("d", ("family",), "inline", "Sister {PER:first!} with breast cancer at 52."),
        ("d", ("social",), "inline", "Patient's partner, {PER:first!}, is HCP."),
        ("d", ("hpi",), "inline", "Interpreter {PER:full!} (Haitian Creole) used."),
        ("d", ("course",), "line", "- HCP: {PER:rev!} (son)"),
        ("d", ("followup",), "line", "Provider: {PER:caps!}, NP"),
        ("d", ("followup",), "line", "With: {PER:revcaps!} [{PHONE:any}]"),
        ("d", ("course",), "inline", "Case reviewed with {PER:initials!} (pharmacy)."),
        ("d", ("social",), "inline", "Lives with granddaughter {PER:lower!}."),
        ("r", ("notification",), "line", "DISCUSSED WITH DR. {PER:lastcaps!} AT 9:20 PM."),
        ("r", ("sign",), "line", "Resident: {PER:full!}"),
        ("r", ("sign",), "line", "Attending: {PER:lastinit!}"),
        ("r", ("addendum",), "line", "Case reviewed with Dr. {PER:last!} who agrees."),
        ("r", ("indication",), "inline", "Referred by {PER:init!}, NP."),
    ],
    "LOC": [
        ("d", ("social",), "inline", "Lives in {LOC:town!} with her husband."),
        ("d", ("social",), "inline", "Originally from {LOC:town!}; moved to the area 3 years ago."),
        ("d", ("social",), "inline", "Works on the docks in {LOC:hood!}."),
        ("d", ("hpi",), "inline", "Fell while walking near {LOC:landmark!}."),
        ("d", ("hpi",), "inline", "Transferred from an outside hospital in {LOC:town!}."),
        ("d", ("hpi",), "inline", "Brought in by {LOC:county!} EMS."),
        ("d", ("followup",), "line", "Building: {LOC:building!}"),
        ("r", ("indication",), "inline", "Fall at {LOC:landmark!}."),
        ("r", ("indication",), "inline", "MVC in {LOC:town!} this morning."),
        ("r", ("indication",), "line", "PT FROM {LOC:caps!} NURSING FACILITY."),
        ("r", ("comparison",), "inline", "Outside study from the {LOC:town!} imaging center."),
    ],
    "ORG": [
        ("d", ("hpi",), "inline", "Transferred from {ORG:hosp!} for higher level of care."),
        ("d", ("hpi",), "inline", "Initially presented to {ORG:acro!} ED."),
        ("d", ("social",), "inline", "Retired teacher at {ORG:school!}."),
        ("d", ("social",), "inline", "Works as a forklift operator for {ORG:employer!}."),
        ("d", ("meds_dc",), "line", "Pharmacy: {ORG:pharm!}"),
        ("d", ("dispo",), "line", "Accepting facility: {ORG:snf!}"),
        ("d", ("course",), "inline", "Dialysis at {ORG:clinic!} MWF."),
        ("d", ("followup",), "line", "Follow up at {ORG:care!} in 1-2 weeks."),
        ("d", ("social",), "inline", "Lives at {ORG:lower!} (long-term care)."),
        ("r", ("indication",), "inline", "Outside study from {ORG:hosp!}."),
        ("r", ("comparison",), "line", "Outside CT from {ORG:acro!}."),
        ("r", ("indication",), "inline", "Resident of {ORG:snf!}."),
    ],
}


_WHY = {
    "Acute on chronic systolic heart failure": "you had extra fluid in your lungs and legs from heart failure.",
    "Aneurysmal subarachnoid hemorrhage": "you had bleeding around your brain from a weak blood vessel (aneurysm).",
    "Acute calculous cholecystitis": "you had an infected gallbladder that needed to be removed.",
    "Mechanical fall with rhabdomyolysis": "you fell at home and were on the floor for a long time.",
    "Duodenal ulcer with hemorrhage": "you had bleeding from an ulcer in your intestine.",
    "Acute ischemic stroke, left MCA territory": "you had a stroke.",
    "Pancreatic adenocarcinoma": "you had surgery to remove a mass in your pancreas (Whipple operation).",
    "Sepsis due to Escherichia coli urinary tract infection": "you had an infection in your urine and blood.",
    "Spontaneous bacterial peritonitis": "you had an infection of the fluid in your belly and confusion.",
    "Left femoral neck fracture": "you fell and broke your hip.",
    "Diabetic ketoacidosis": "your blood sugar was very high and your blood became acidic (DKA).",
    "Coronary artery disease s/p CABG": "you had bypass surgery on your heart.",
}

_D_IMAGING = [
    "CXR (___): Mild pulmonary vascular congestion, small bilateral effusions. Kerley B lines.",
    "CT head w/o contrast: No acute intracranial process. Chronic small vessel ischemic change. No midline shift.",
    "TTE: LVEF 30%, global hypokinesis, moderate MR, RVSP 44 mmHg. No LV thrombus. IVC 2.3 cm with <50% collapse.",
    "RUQ US: Cholelithiasis with gallbladder wall thickening, positive sonographic Murphy sign. CBD 5 mm.",
    "CTA chest ({shift}): No pulmonary embolism. Emphysema. 4 mm RUL nodule, per Fleischner no follow-up needed in "
    "low-risk patient.",
    "Bilateral LENIs: No DVT. 3.1 cm Baker cyst on the left.",
    "EGD: 1.5 cm clean-based ulcer in the duodenal bulb with visible vessel; 2 clips placed. Normal esophagus, no "
    "varices, no Mallory-Weiss tear.",
    "MRI brain: Acute infarct in the left insula and frontal operculum. No hemorrhagic transformation. Chronic "
    "microhemorrhages in a lobar distribution.",
    "CT A/P w/ contrast: Post-surgical changes of Whipple. No drainable collection. Small volume ascites.",
    "Cardiac cath: LMCA normal. LAD 90% proximal. LCx: OM1 80%. RCA 70% mid. LVEDP 22. Right dominant.",
    "Hip XR: Displaced left femoral neck fracture, Garden IV. Osteopenia.",
    "Video swallow: Penetration with thin liquids, no aspiration with nectar-thick. Recommend nectar-thick liquids.",
    "ECG on discharge: NSR 72, PR 188, QRS 94, QTc 448. Q waves in III and aVF, unchanged.",
    "Paracentesis: 412 PMN, total protein 0.8, SAAG 1.9. Gram stain: no organisms.",
]

_D_HPI_MORE = [
    "ROS otherwise negative for fevers, chills, chest pain, palpitations, abdominal pain, dysuria or rash.",
    "Denies recent travel, sick contacts, or new medications. No NSAID use.",
    "Of note, a new diuretic was recently started by the PCP with labs never checked.",
    "Family reports gradually worsening memory over the past year with a MoCA of 19 in clinic.",
    "In the ED, she received 1 L LR, ceftriaxone 1 g IV, and acetaminophen 1 g. Surgery and GI were consulted.",
    "Upon arrival to the floor, vitals were T 98.4F HR 86 BP 132/70 RR 18 SpO2 95% 2L. Reported feeling "
    "better but still tired.",
    "Denies melena, hematochezia, hematemesis. Last BM yesterday, normal caliber.",
]

_D_INSTR_MORE = [
    "Please call your doctor or return to the emergency department if you have chest pain, shortness of breath, "
    "fevers greater than 101, bleeding, confusion, or any other symptoms that concern you.",
    "Your medications were changed. Please STOP taking naproxen and ibuprofen. START pantoprazole twice a day. "
    "CONTINUE your other medications as listed.",
    "You should not lift anything heavier than 10 pounds for 6 weeks. You may shower but do not soak in a bath or "
    "pool until cleared by your surgeon.",
    "You are on a blood thinner (apixaban). Do not miss doses. Avoid aspirin-containing products unless told to "
    "take them.",
    "Please keep your legs elevated when sitting and wear compression stockings during the day.",
    "Check your blood sugar before each meal and at bedtime and bring the log to your appointment.",
]


def _years(r: random.Random, s: str) -> str:
    """Vary the bare years of history lines (bare years are not PHI: a distractor, never labelled)."""
    return re.sub(r"\b(19[4-9]\d|20[01]\d)\b", lambda m: str(r.randint(1962, 2019)), s)


_TO_M = [(r"\bher husband\b", "his wife"), (r"\bHer husband\b", "His wife"), (r"\bHusband\b", "Wife"),
         (r"\bShe\b", "He"), (r"\bshe\b", "he"), (r"\bher\b", "his"), (r"\bHer\b", "His")]
_TO_F = [(r"\bhis wife\b", "her husband"), (r"\bHe\b", "She"), (r"\bhe\b", "she"), (r"\bhis\b", "her"),
         (r"\bHis\b", "Her"), (r"\bhim\b", "her")]


def _gender(secs: list[_Sec], sex: str) -> None:
    for sec in secs:
        if sec.name == "header":
            continue
        for k, line in enumerate(sec.lines):
            for pat, rep in _TO_M if sex == "M" else _TO_F:
                line = re.sub(pat, rep, line)
            sec.lines[k] = line


def _discharge(r: random.Random, heavy: bool) -> list[_Sec]:
    si = r.randrange(len(_SCEN))
    sc = _SCEN[si]
    sex = r.choice("FM")
    title = {"F": ("Ms.", "woman", "She"), "M": ("Mr.", "man", "He")}[sex]
    target = r.choice([1600, 2000, 2600, 3300, 4200, 5200, 6400, 7400, 8300])
    compact = target <= 2600
    agep = str(r.randint(40, 89)) if r.random() < 0.15 else "{AGE:num}"
    who = r.choice([f"{title[0]} {{PER:last}} is a {agep} year old {title[1]}", f"{agep} y/o {sex}",
                    f"{agep} year old {title[1]}", f"{title[0]} {{PER:last}} is a {agep}-year-old {title[1]}"])
    fill = dict(who=who, shift=_shifted(r), kg=r.randint(3, 9), kg2=f"{r.uniform(58, 104):.1f}")

    def f(s: str) -> str:
        return s.format(**fill) if "{who}" in s or "{shift}" in s or "{kg" in s else s

    secs: list[_Sec] = []
    header = [
        "Name:  {PER:rev}                 Unit No:   {MRN:unit}",
        "",
        "Admission Date:  {DATE:adm}              Discharge Date:   {DATE:dis}",
        "",
        "Date of Birth:  {DATE:dob}             Sex:   " + sex,
        "",
        f"Service: {sc['service']}",
        "",
        "Allergies:",
        r.choice(["No Known Allergies / Adverse Drug Reactions", "Penicillins / Sulfa (Sulfonamide Antibiotics)",
                  "Codeine / iodinated contrast", "Patient recorded as having No Known Allergies to Drugs",
                  "lisinopril (angioedema)", "Morphine / Latex", "Heparin Agents (HIT)"]),
        "",
        "Attending: {PER:full}.",
    ]
    secs.append(_Sec("header", header))
    secs.append(_sec("cc", "Chief Complaint:", r.choice(sc["cc"])))
    secs.append(_sec("proc", "Major Surgical or Invasive Procedure:", r.choice(sc["proc"])))
    hpi = [f(s) for s in sc["hpi"]]
    if compact:
        hpi = hpi[:1]
    hpi += r.sample([f(s) for s in _D_DISTRACT["hpi"]], r.randint(0, 1 if compact else 3))
    if r.random() < 0.5 and not compact:
        hpi.append(f"In the ED, initial vitals: {r.uniform(97, 101):.1f} {r.randint(60, 130)} "
                   f"{r.randint(90, 180)}/{r.randint(50, 100)} {r.randint(14, 28)} {r.randint(88, 100)}% RA.")
    hpi_sec = _sec("hpi", "History of Present Illness:", [" ".join(hpi)] if r.random() < 0.5 else hpi)
    secs.append(hpi_sec)
    pmh = ["- " + _years(r, p) for p in r.sample(_PMH, r.randint(2, 4) if compact else r.randint(3, 10))]
    if r.random() < 0.4:
        pmh = [p[2:] for p in pmh]
    secs.append(_sec("pmh", "Past Medical History:", pmh, prose=False))
    secs.append(_sec("social", "Social History:", [MASK] if r.random() < 0.35 else
                     [_years(r, r.choice(_SOCIAL).format(job=r.choice(_JOBS)))]))
    secs.append(_sec("family", "Family History:", MASK if compact and r.random() < 0.4 else r.choice(_FAMILY)))
    exam = _exam(r, not compact and r.random() < 0.7)
    if compact:
        exam = exam[:2] + r.sample(exam[2:], r.randint(0, 3))
    secs.append(_sec("exam", "Physical Exam:", exam, prose=False))
    res = _labs(r, "ADMISSION LABS")
    if compact:
        res = res[:r.randint(2, 3)]
    elif r.random() < 0.6:
        res += [""] + _labs(r, "DISCHARGE LABS")[:r.randint(2, 4)]
    results = _sec("results", "Pertinent Results:", res, prose=False)
    secs.append(results)
    course = []
    if r.random() < 0.6:
        course.append(f"{title[0]} {{PER:last}} is a {agep} year old {title[1]} with the above history admitted with "
                      f"{sc['dx'][0].lower()}.")
    course += [f(s) for s in sc["course"]][: 2 if compact else 3]
    course += r.sample(_D_DISTRACT["course"], r.randint(0, 1) if compact else r.randint(1, 3))
    course_sec = _sec("course", "Brief Hospital Course:", course)
    secs.append(course_sec)
    secs.append(_sec("meds_adm", "Medications on Admission:",
                     ["The Preadmission Medication list is accurate and complete."]
                     + _med_list(r, r.randint(1, 4) if compact else r.randint(3, 14)), prose=False))
    secs.append(_sec("meds_dc", "Discharge Medications:",
                     _med_list(r, r.randint(2, 5) if compact else r.randint(4, 18)), prose=False))
    dispo = r.choice(["Home", "Home With Service", "Extended Care"])
    dl = [dispo]
    if dispo != "Home":
        dl += ["", "Facility:", "{ORG:snf}" if dispo == "Extended Care" else MASK]
    secs.append(_sec("dispo", "Discharge Disposition:", dl, prose=False))
    dxl = (sc["dx"] if compact else ["PRIMARY:"] + sc["dx"][:1] + ["", "SECONDARY:"] + sc["dx"][1:]
           + r.sample(["HTN", "HLD", "DM2", "CKD", "GERD", "OSA"], 2))
    secs.append(_sec("dx", "Discharge Diagnosis:", dxl, prose=False))
    secs.append(_sec("cond", "Discharge Condition:", [
        "Mental Status: " + r.choice(["Clear and coherent.", "Confused - sometimes."]),
        "Level of Consciousness: Alert and interactive.",
        "Activity Status: " + r.choice(["Ambulatory - Independent.", "Ambulatory - requires assistance or aid "
                                        "(walker or cane).", "Out of Bed with assistance to chair or wheelchair."]),
    ], prose=False))
    instr = [f"Dear {title[0]} {{PER:last}},", "",
             "You were admitted to {ORG:hosp} because " + _WHY[sc["dx"][0]], "",
             "WHAT HAPPENED WHILE YOU WERE HERE:",
             "- " + r.choice(["You were given medications to remove extra fluid.", "You had a procedure.",
                              "You were treated with antibiotics.", "You were seen by physical therapy."]),
             "", "WHAT YOU SHOULD DO WHEN YOU GET HOME:", "- Take all your medications as prescribed."]
    if compact and r.random() < 0.6:
        instr = instr[:3]
    instr += r.sample(_D_DISTRACT["instr"], r.randint(0, 1 if compact else 3))
    instr += ["", "It was a pleasure taking care of you!", "", "Sincerely,", "Your {ORG:hosp} Care Team"]
    instr_sec = _Sec("instr", ["Discharge Instructions:"] + instr, prose=(3,))
    secs.append(instr_sec)
    if compact or r.random() < 0.6:
        fu = [MASK]
    else:
        dep = r.choice(["CARDIOLOGY", "NEUROSURGERY", "GI", "PRIMARY CARE", "HEPATOLOGY", "ORTHOPAEDICS"])
        fu = [f"Department: {dep}", "When: " + r.choice(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"])
              + " {DATE:any} at " + _clock(r), "With: {PER:caps}, MD [{PHONE:any}]", "Building: {LOC:building}",
              f"Campus: {r.choice(['EAST', 'WEST', 'OFF CAMPUS'])}     "
              f"Best Parking: {r.choice(['Garage', 'Main Garage', 'Street'])}"]
    secs.append(_sec("followup", "Followup Instructions:", fu, prose=False))
    secs.append(_Sec("sign", ["                             {PER:full} MD {PER:init}", "", "Completed by: {DATE:any}"]))

    # length control: pad towards the target with problems, studies, history and instructions
    chronic = [_years(r, c) for c in r.sample(_CHRONIC, r.randint(2, 9))]
    imaging = r.sample(_D_IMAGING, len(_D_IMAGING))
    more_hpi = r.sample(_D_HPI_MORE, len(_D_HPI_MORE))
    more_instr = r.sample(_D_INSTR_MORE, len(_D_INSTR_MORE))
    added_img = False

    def size() -> int:
        return sum(len(line) + 1 for s in secs for line in s.lines) + 3 * len(secs)

    while size() < target:
        u = r.random()
        if u < 0.4 and chronic:
            course_sec.lines.append(chronic.pop())
            course_sec.prose.add(len(course_sec.lines) - 1)
        elif u < 0.6 and imaging:
            if not added_img:
                results.lines += ["", "IMAGING:"]
                added_img = True
            results.lines.append(imaging.pop().format(shift=_shifted(r)))
        elif u < 0.75 and more_hpi:
            hpi_sec.lines.append(more_hpi.pop())
            hpi_sec.prose.add(len(hpi_sec.lines) - 1)
        elif u < 0.85 and more_instr:
            instr_sec.lines.insert(len(instr_sec.lines) - 5, more_instr.pop())
        elif u < 0.93:
            results.lines += [""] + _labs(r, r.choice(["INTERVAL LABS", "OTHER LABS", "DISCHARGE LABS"]))[:4]
        elif not (chronic or imaging or more_hpi or more_instr):
            break
    if not compact and r.random() < 0.55:
        course_sec.lines += ["", "TRANSITIONAL ISSUES:", "[] Repeat BMP in 1 week",
                             f"[] Follow up {r.choice(['TSH', 'CBC', 'LFTs', 'pending blood cultures'])}",
                             "- Code: Full (confirmed)", "- HCP: {PER:full} (daughter) {PHONE:any}"]
    if r.random() < 0.3:
        results.lines += ["", "MICRO:", r.choice([
            "___ 2:15 pm URINE      Source: ___.  URINE CULTURE (Final ___): ESCHERICHIA COLI. >100,000 CFU/mL.",
            "___ BLOOD CULTURE x2: NO GROWTH TO DATE.",
            "___ 10:40 am MRSA SCREEN      Source: Nasal swab.  MRSA SCREEN (Final ___): No MRSA isolated.",
            "___ C. difficile PCR: NEGATIVE.",
        ])]
    if heavy:
        for s in secs:
            if s.name in ("hpi", "course", "social"):
                s.lines.append(r.choice([
                    "Per ___ at ___, she was last seen well on ___ by ___.",
                    "Records from ___ (___) were reviewed; ___ notes prior ___ on ___.",
                    "Daughter ___ (___) and son ___ at bedside; ___ is HCP.",
                ]))
    return secs


# ----------------------------------------------------------------------------------------------
# radiology reports

_RAD = [
    dict(
        region="chest",
        exam=["CHEST (PA AND LAT)", "CHEST (PORTABLE AP)", "CHEST PORT. LINE PLACEMENT"],
        ind=["eval for pneumonia", "s/p R IJ placement, eval position", "SOB, eval for effusion",
             "ETT and OGT placement"],
        tech=["Chest PA and lateral", "Single frontal view of the chest", "Portable AP chest radiograph"],
        find=["The endotracheal tube terminates 4.2 cm above the carina. Enteric tube courses below the "
              "diaphragm with tip in the stomach.",
              "Right IJ central venous catheter terminates in the mid SVC. No pneumothorax.",
              "Swan-Ganz catheter tip in the right interlobar pulmonary artery; recommend withdrawal by 2 cm.",
              "Left-sided dual-chamber pacemaker with leads in expected positions.",
              "Moderate cardiomegaly. Pulmonary vascular congestion with Kerley B lines and small bilateral pleural "
              "effusions.",
              "Patchy opacity in the right lower lobe, concerning for pneumonia in the appropriate clinical setting.",
              "Lungs are well expanded and clear. Cardiomediastinal silhouette and hila are unremarkable.",
              "Dobhoff tube tip in the distal stomach. Left PICC terminates at the cavoatrial junction.",
              "Healed left rib fractures. Degenerative changes of the thoracic spine."],
        imp=["No acute cardiopulmonary process.", "Moderate pulmonary edema, slightly worse.",
             "Right lower lobe pneumonia.", "Lines and tubes in standard position as above.",
             "Small bilateral effusions with bibasilar atelectasis."],
    ),
    dict(
        region="head",
        exam=["CT HEAD W/O CONTRAST", "CTA HEAD AND NECK W&W/O C & RECONS"],
        ind=["fall on anticoagulation, eval for ICH", "headache, eval SAH", "code stroke, L weakness",
             "AMS"],
        tech=["Contiguous axial images of the brain were obtained without contrast. Coronal and sagittal reformats "
              "were provided.",
              "Multidetector CT of the head was performed without IV contrast. DLP: 912.4 mGy-cm."],
        find=["There is diffuse subarachnoid hemorrhage in the basal cisterns and bilateral Sylvian fissures.",
              "No evidence of hemorrhage, edema, mass effect, or large territorial infarction. Gray-white matter "
              "differentiation is preserved.",
              "Prominent Virchow-Robin spaces in the basal ganglia. Periventricular white matter hypodensities "
              "likely sequela of chronic small vessel disease.",
              "The ventricles and sulci are normal in size for age. The foramen of Monro is patent.",
              "Hyperdense left MCA sign. Loss of insular ribbon on the left. ASPECTS 8.",
              "Chiari I malformation with cerebellar tonsils 7 mm below the foramen magnum.",
              "The circle of Willis is patent without aneurysm greater than 3 mm."],
        imp=["No acute intracranial process.", "Acute subarachnoid hemorrhage as above.",
             "Findings concerning for acute left MCA territory infarct.", "Chronic small vessel ischemic disease."],
    ),
    dict(
        region="chest",
        exam=["CTA CHEST", "CT CHEST W/CONTRAST"],
        ind=["pleuritic chest pain, tachycardia, eval PE", "hemoptysis", "lung nodule follow-up"],
        tech=["MDCT of the chest after administration of 75 mL Omnipaque 350 IV contrast. DLP 412.9 mGy-cm. "
              "CTDIvol 8.3 mGy."],
        find=["Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries.",
              "Wedge-shaped peripheral opacity in the right lower lobe compatible with infarct (Hampton hump).",
              "RV/LV ratio 1.1 with reflux of contrast into the IVC.",
              "4 mm solid nodule in the right upper lobe (series 3, image 88). Per Fleischner Society guidelines, no "
              "follow-up is needed in a low-risk patient.",
              "Centrilobular emphysema, upper lobe predominant.",
              "Small hiatal hernia. Coronary artery calcifications."],
        imp=["Acute right lower lobe pulmonary emboli with evidence of right heart strain.", "No pulmonary embolism.",
             "4 mm right upper lobe nodule."],
    ),
    dict(
        region="abd",
        exam=["CT ABD & PELVIS WITH CONTRAST", "CT ABDOMEN AND PELVIS W/O CONTRAST"],
        ind=["RLQ pain, eval appendicitis", "LLQ pain, fever, eval diverticulitis", "s/p Whipple, fever POD6",
             "abdominal pain"],
        tech=["MDCT images of the abdomen and pelvis were acquired after administration of 130 mL Omnipaque 350 IV "
              "contrast. DOSE: Acquisition sequence: 1) Spiral Acquisition 5.4 s, 57.6 cm; CTDIvol = 11.2 mGy "
              "(Body) DLP = 645.1 mGy-cm."],
        find=["The appendix is dilated to 12 mm with periappendiceal fat stranding and an appendicolith.",
              "Sigmoid diverticulosis with focal wall thickening and adjacent stranding; no abscess or free air.",
              "Small amount of free fluid in Morison pouch and the pelvis.",
              "Post-surgical changes of pancreaticoduodenectomy. Small rim-enhancing collection near the "
              "pancreaticojejunostomy measuring 3.1 x 2.4 cm.",
              "Bosniak 2 cyst in the left kidney. Gerota fascia is unremarkable.",
              "The liver is unremarkable; Couinaud segment 7 hemangioma, unchanged.",
              "The gallbladder is distended with stones. No biliary dilation."],
        imp=["Acute uncomplicated appendicitis.", "Acute sigmoid diverticulitis without abscess.",
             "3.1 cm peripancreatic collection, may represent abscess.", "No acute process in the abdomen or pelvis."],
    ),
    dict(
        region="abd",
        exam=["LIVER OR GALLBLADDER US (SINGLE ORGAN)", "ABDOMEN US (COMPLETE STUDY)", "DUPLEX DOPP ABD/PEL"],
        ind=["RUQ pain", "elevated LFTs", "cirrhosis, HCC screening"],
        tech=["Grey scale and color Doppler ultrasound images of the abdomen were obtained."],
        find=["The gallbladder contains multiple shadowing stones with wall thickening to 5 mm and pericholecystic "
              "fluid. Sonographic Murphy sign is positive.",
              "The common bile duct measures 4 mm.",
              "The liver is coarsened and nodular in contour. No focal lesion. Moderate ascites.",
              "Main portal vein is patent with hepatopetal flow, velocity 22 cm/s.",
              "Spleen measures 14.2 cm."],
        imp=["Acute cholecystitis.", "Cirrhotic liver morphology with moderate ascites. LI-RADS US-1.",
             "Cholelithiasis without cholecystitis."],
    ),
    dict(
        region="vasc",
        exam=["UNILAT LOWER EXT VEINS LEFT", "BILAT LOWER EXT VEINS"],
        ind=["leg swelling, eval DVT", "calf pain"],
        tech=["Grey scale, color and spectral Doppler evaluation was performed on the lower extremity veins."],
        find=["There is normal compressibility, flow and augmentation of the common femoral, femoral and popliteal "
              "veins.",
              "Occlusive thrombus in the left popliteal and posterior tibial veins.",
              "3.4 x 1.2 cm Baker cyst in the left popliteal fossa.",
              "Normal respiratory variation in the common femoral veins bilaterally."],
        imp=["No evidence of deep venous thrombosis.", "Acute deep vein thrombosis of the left popliteal vein.",
             "Baker cyst."],
    ),
    dict(
        region="msk",
        exam=["HIP NAILING IN OR W/FILMS & FLUORO LEFT", "HIP 1 VIEW", "SHOULDER 3+ VIEWS RIGHT",
              "KNEE (AP, LAT & OBLIQUE)"],
        ind=["fall, hip pain", "shoulder dislocation, post-reduction", "ORIF"],
        tech=["Three views of the right shoulder.", "Intraoperative fluoroscopic images, 38.2 seconds fluoro time.",
              "AP pelvis and frontal and lateral views of the hip."],
        find=["Displaced subcapital femoral neck fracture (Garden IV).",
              "Hill-Sachs deformity of the humeral head with small bony Bankart fragment.",
              "Segond fracture of the lateral tibial plateau.",
              "Interval placement of cephalomedullary nail with distal interlocking screw.",
              "Moderate tricompartmental osteoarthritis. Small suprapatellar effusion."],
        imp=["Left femoral neck fracture.", "Post-reduction radiographs with anatomic alignment.",
             "Hardware in expected position."],
    ),
    dict(
        region="spine",
        exam=["CT C-SPINE W/O CONTRAST", "CT TRAUMA PAN SCAN"],
        ind=["MVC, neck pain", "trauma", "fall from standing, neck pain on anticoagulation"],
        tech=["Non-contrast helical MDCT images of the cervical spine with sagittal and coronal reformations."],
        find=["No acute fracture or traumatic malalignment. Prevertebral soft tissues are normal.",
              "Comminuted fracture of the C1 ring (Jefferson fracture) with lateral mass offset 4 mm.",
              "Multilevel degenerative disc disease, worst at C5-6 with moderate neural foraminal narrowing.",
              "Ossification of the posterior longitudinal ligament from C3 to C5."],
        imp=["No acute fracture or malalignment of the cervical spine.", "Jefferson fracture of C1."],
    ),
    dict(
        region="head",
        exam=["VIDEO OROPHARYNGEAL SWALLOW", "ESOPHAGUS"],
        ind=["dysphagia", "s/p stroke, eval aspiration"],
        tech=["Oral and pharyngeal swallowing videofluoroscopy was performed in collaboration with speech-language "
              "pathology using barium of varying consistencies. Fluoro time 2.4 min."],
        find=["Penetration with thin liquids, cleared with cued cough. No aspiration with nectar-thick liquids.",
              "Zenker diverticulum measuring 1.8 cm.", "Schatzki ring at the GE junction, 13 mm barium tablet held.",
              "Mild vallecular residue."],
        imp=["Penetration with thin liquids without aspiration.", "Schatzki ring."],
    ),
    dict(
        region="head",
        exam=["MR HEAD W & W/O CONTRAST", "MRI CERVICAL SPINE W/O CONTRAST"],
        ind=["new seizure", "eval for metastasis", "myelopathy"],
        tech=["Sagittal and axial T1, T2, FLAIR, DWI and post-gadolinium images. 7 mL Gadavist."],
        find=["No restricted diffusion. No enhancing lesions.",
              "Chronic lacunar infarct in the right thalamus.",
              "Mild diffuse parenchymal volume loss. No hydrocephalus.",
              "Susceptibility artifact from the pacemaker generator limits evaluation of the left neck."],
        imp=["No acute intracranial abnormality.", "No evidence of intracranial metastatic disease."],
    ),
    dict(
        region="pelvis",
        exam=["RENAL U.S.", "TRANSVAGINAL US", "PELVIS U.S., TRANSABDOMINAL"],
        ind=["AKI", "pelvic pain", "hematuria"],
        tech=["Grey scale and color Doppler ultrasound images of the kidneys were obtained."],
        find=["Right kidney 11.2 cm, left kidney 10.8 cm. No hydronephrosis, stones or masses.",
              "Moderate left hydronephrosis with dilated proximal ureter.",
              "Small amount of free fluid in the pouch of Douglas.",
              "Bosniak 1 simple cyst in the upper pole of the right kidney, 2.1 cm.",
              "Bladder is decompressed around a Foley catheter."],
        imp=["No hydronephrosis.", "Moderate left hydronephrosis.", "Small volume pelvic free fluid, likely "
             "physiologic."],
    ),
]

_R_GENERIC = [
    ("any", "The visualized osseous structures demonstrate no suspicious lytic or sclerotic lesion."),
    ("any", "Soft tissues are unremarkable."),
    ("any", "RECOMMENDATION(S): Clinical correlation and follow-up imaging in 3 months as clinically indicated."),
    ("chest", "Atherosclerotic calcifications of the aorta and its branches."),
    ("chest", "The visualized portions of the upper abdomen are unremarkable."),
    ("chest", "Degenerative changes of the visualized thoracic spine with multilevel osteophytes."),
    ("chest", "The thyroid gland is heterogeneous with a 9 mm hypodense nodule; per ACR white paper, no "
     "further imaging is needed."),
    ("chest", "No mediastinal or hilar lymphadenopathy by size criteria."),
    ("chest", "There is no pneumothorax. No pleural effusion."),
    ("chest", "Mild bibasilar atelectasis."),
    ("chest", "Calcified granuloma in the left lower lobe, benign."),
    ("chest", "Sternotomy wires and mediastinal clips from prior CABG."),
    ("chest", "Right-sided Port-a-cath with tip at the cavoatrial junction."),
    ("abd", "No free air. No drainable fluid collection."),
    ("abd", "The bladder is moderately distended and unremarkable."),
    ("abd", "Postsurgical changes from prior cholecystectomy. Surgical clips in the right upper quadrant."),
    ("abd", "Small fat-containing umbilical hernia."),
    ("abd", "Scattered colonic diverticula without evidence of diverticulitis."),
    ("abd", "Bilateral renal cortical thinning. Punctate nonobstructing left renal stone, 2 mm."),
    ("abd", "No retroperitoneal or mesenteric lymphadenopathy by size criteria."),
    ("abd", "The lung bases are clear. Atherosclerotic calcification of the abdominal aorta without aneurysm."),
    ("head", "Vascular calcification in the carotid siphons."),
    ("head", "Paranasal sinuses and mastoid air cells are clear."),
    ("head", "The orbits are unremarkable. Bilateral lens replacements."),
    ("head", "No acute calvarial fracture. Scalp soft tissues are unremarkable."),
    ("head", "Mild mucosal thickening in the bilateral maxillary sinuses."),
    ("msk", "Diffuse osteopenia."),
    ("msk", "Vascular calcifications in the soft tissues."),
    ("msk", "No radiopaque foreign body."),
    ("msk", "Joint spaces are preserved. No erosions."),
    ("spine", "The craniocervical junction is intact. Dens is intact."),
    ("spine", "Visualized lung apices are clear."),
    ("spine", "Vertebral body heights are preserved."),
    ("vasc", "Calf veins are patent where visualized."),
    ("vasc", "Subcutaneous edema in the calf."),
    ("pelvis", "The uterus is anteverted and measures 8.1 x 4.2 x 5.0 cm. Endometrial stripe 6 mm."),
    ("pelvis", "Both ovaries are normal in size with normal arterial and venous waveforms."),
]

_R_DISTRACT = [
    "Compared with the study of {shift}, there is no significant interval change.",
    "Prior exam {shift} 03:12 AM for reference.",
    "Preliminary read by the radiology resident at 02:40 concurs.",
    "Findings were reviewed in the radiology-surgery conference.",
    "Patient was imaged in the supine position in room 4 of the CT suite.",
    "Exam limited by motion artifact.",
    "Mild motion artifact; diagnostic quality is adequate.",
    "Reconstructions performed on workstation software 3.5.2.",
]


def _radiology(r: random.Random, heavy: bool) -> list[_Sec]:
    sc = r.choice(_RAD)
    sex = r.choice(["woman", "man", "female", "male", "F", "M"])
    caps = r.random() < 0.2
    secs: list[_Sec] = []
    exam_title = r.choice(sc["exam"])
    secs.append(_Sec("exam", [f"EXAMINATION:  {exam_title}"]))
    if r.random() < 0.85:
        age = "{AGE:num}" if r.random() < 0.85 else str(r.randint(20, 89))
        ind = r.choice([f"{age} year old {sex} with {r.choice(sc['ind'])}",
                        f"History: {age}{sex[0].upper()} with {r.choice(sc['ind'])}",
                        f"{MASK} with {r.choice(sc['ind'])}",
                        f"{age} year old {sex} with {r.choice(sc['ind'])}  // {r.choice(sc['ind'])}"])
    else:
        ind = r.choice(sc["ind"])
    secs.append(_Sec("indication", [f"INDICATION:  {ind}"], prose=(0,)))
    secs.append(_Sec("technique", [f"TECHNIQUE:  {r.choice(sc['tech'])}"], prose=(0,)))
    comp = r.choice(["{DATE:any}", MASK, "None.", f"Chest radiograph from {_shifted(r)}.", "Prior from {DATE:any}.",
                     f"CT from {MASK}.", f"{_shifted(r)}"])
    secs.append(_Sec("comparison", [f"COMPARISON:  {comp}"], prose=(0,)))
    target = r.choice([300, 450, 650, 900, 1200, 1600, 2000, 2400])
    finds = r.sample(sc["find"], len(sc["find"]))
    gpool = [g for reg, g in _R_GENERIC if reg in ("any", sc["region"])]
    generic = r.sample(gpool, min(7 if target >= 1600 else 3, len(gpool)))
    body = [finds.pop()]
    if target <= 450:
        secs = [s for s in secs if s.name != "technique" or r.random() < 0.5]
    while sum(len(b) + 1 for s in secs for b in s.lines) + sum(len(b) for b in body) < target * 0.72:
        if finds and r.random() < 0.6:
            body.append(finds.pop())
        elif generic:
            body.append(generic.pop())
        else:
            break
    if r.random() < 0.5:
        body.append(r.choice(_R_DISTRACT).format(shift=_shifted(r)))
    lines = ["FINDINGS:", ""] + (body if r.random() < 0.5 else [" ".join(body)])
    secs.append(_Sec("findings", lines, prose=tuple(range(2, len(lines))), caps=caps))
    imps = r.sample(sc["imp"], r.randint(1, min(3, len(sc["imp"]))))
    il = ["IMPRESSION:", ""] + ([f"{i}. {s}" for i, s in enumerate(imps, 1)] if len(imps) > 1 else imps)
    secs.append(_Sec("impression", il, prose=tuple(range(2, len(il))), caps=caps))
    if r.random() < 0.35:
        secs.append(_Sec("notification", [
            "NOTIFICATION:  The findings were discussed with Dr. {PER:last} by {PER:full} on the telephone on "
            "{DATE:any} at " + _clock(r) + f", {r.randint(2, 40)} minutes after discovery of the findings."],
            prose=(0,), caps=caps))
    if r.random() < 0.2:
        secs.append(_Sec("addendum", ["ADDENDUM:", r.choice([
            "On further review, there is a nondisplaced fracture of the left 7th rib.",
            "Comparison with outside study from {DATE:any} shows the nodule is stable.",
            "The enteric tube has been advanced; tip now in the stomach."])], prose=(1,)))
    if r.random() < 0.3:
        secs.append(_Sec("sign", ["Dictated by: {PER:full}", "Signed: {PER:full}, MD {DATE:any} " + _clock(r)]))
    if heavy:
        secs[1].lines[0] += f" Per ___ from ___, outside CT on ___ at ___ ({MASK})."
    return secs


# ----------------------------------------------------------------------------------------------
# planting and rendering

_WEIGHT = {c: 1.0 for c in _CAT}
_WEIGHT.update(PER=2.5, LOC=1.9, ORG=1.9, DATE=1.9, PHONE=1.5, AGE=1.1, ADDR=1.15, ZIP=1.1, VEH=1.1)


def _ensure_section(secs: list[_Sec], name: str, kind: str) -> _Sec | None:
    for s in secs:
        if s.name == name:
            return s
    if kind == "radiology" and name in ("notification", "addendum", "sign"):
        head = {"notification": "NOTIFICATION:", "addendum": "ADDENDUM:", "sign": "Dictated by: {PER:init}"}[name]
        s = _Sec(name, [head])
        secs.append(s)
        return s
    return None


def _insert(r: random.Random, sec: _Sec, mode: str, text: str) -> None:
    if sec.name == "header":
        pos = r.choice([len(sec.lines), 2, 6])
        sec.lines[pos:pos] = [text, ""] if pos < len(sec.lines) else ["", text]
        return
    if mode == "inline" and sec.prose:
        i = r.choice(sorted(sec.prose))
        line = sec.lines[i]
        sep = "" if not line or line.endswith(" ") else (" " if line[-1] in ".:;,)!?_" else ". ")
        sec.lines[i] = line + sep + text
        return
    pos = r.randint(2, len(sec.lines)) if len(sec.lines) > 2 else len(sec.lines)
    sec.lines.insert(pos, text)
    sec.prose = {i + (1 if i >= pos else 0) for i in sec.prose}


# the first plant of a planted note cycles over this list (by note index), so that every category is planted
# often enough in a few hundred notes; the others are drawn by weight
_CYCLE = list(_CAT) + ["PER", "LOC", "ORG", "DATE", "PHONE", "PER"]


def _plant(r: random.Random, secs: list[_Sec], kind: str, heavy: bool, plant: bool, first: str) -> None:
    t = "d" if kind == "discharge" else "r"
    pool = [(c, sn) for c, lst in _SNIP.items() for sn in lst if t in sn[0]]
    # masked snippets everywhere (realism, and so that a snippet shape is no give-away)
    for _ in range(r.randint(6, 10) if heavy else r.randint(0, 3)):
        c, (_, names, mode, tpl) = r.choice(pool)
        sec = _ensure_section(secs, r.choice(names), kind) if kind == "discharge" else \
            next((s for s in secs if s.name in names), None)
        if sec is not None:
            _insert(r, sec, mode, tpl.replace("!}", "}"))
    if not plant:
        return
    budget = r.choices([1, 2, 3, 4], weights=[26, 30, 25, 19])[0]
    cats = list(_CAT)
    done = 0
    tries = 0
    while done < budget and tries < 40:
        tries += 1
        c = first if tries == 1 else r.choices(cats, weights=[_WEIGHT[x] for x in cats])[0]
        base = [(si, li, m) for si, s in enumerate(secs) for li, line in enumerate(s.lines)
                for m in _MARK.finditer(line) if m.group(1) == c and not m.group(3)]
        if base and r.random() < 0.35:
            si, li, m = r.choice(base)
            line = secs[si].lines[li]
            secs[si].lines[li] = line[:m.end() - 1] + "!" + line[m.end() - 1:]
            done += 1
            continue
        cands = [sn for sn in _SNIP[c] if t in sn[0] and sn[3].count("!}") <= max(1, budget - done)]
        r.shuffle(cands)
        for _, names, mode, tpl in cands:
            sec = _ensure_section(secs, r.choice(names), kind)
            if sec is not None:
                _insert(r, sec, mode, tpl)
                done += tpl.count("!}")
                break


def _render(r: random.Random, secs: list[_Sec], kind: str) -> LabelledNote:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for k, sec in enumerate(secs):
        if k:
            sep = "\n \n" if kind == "discharge" else "\n\n"
            out.append(sep)
            pos += len(sep)
        text = "\n".join(sec.lines)
        last = 0
        for m in _MARK.finditer(text):
            lit = text[last:m.start()]
            lit = lit.upper() if sec.caps else lit
            out.append(lit)
            pos += len(lit)
            code, sub, planted = m.group(1), m.group(2), bool(m.group(3))
            if planted:
                val = str(_GEN[code](r, sub)).strip()
                val = val.upper() if sec.caps else val
                out.append(val)
                spans.append((pos, pos + len(val), _CAT[code]))
                pos += len(val)
            else:
                out.append(MASK)
                pos += len(MASK)
            last = m.end()
        lit = text[last:]
        lit = lit.upper() if sec.caps else lit
        out.append(lit)
        pos += len(lit)
    body = "".join(out)
    if kind == "radiology":
        body = "                                 FINAL REPORT\n" + body if r.random() < 0.6 else body
        shift = len(body) - len("".join(out))
        spans = [(s + shift, e + shift, c) for s, e, c in spans]
    body = body.rstrip() + "\n"
    spans.sort()
    return LabelledNote(note_type=kind, text=body, spans=spans)


def holdout4_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 4: depends only on (seed, i)."""
    r = random.Random(f"holdout4:{seed}:{i}")
    kind = "discharge" if r.random() < 0.6 else "radiology"
    u = r.random()
    plant, heavy = u < 0.60, 0.60 <= u < 0.66
    secs = _discharge(r, heavy) if kind == "discharge" else _radiology(r, heavy)
    _plant(r, secs, kind, heavy, plant, _CYCLE[(i + 7 * seed) % len(_CYCLE)])
    if plant and not any("!}" in line for sec in secs for line in sec.lines):
        # every draw failed (rare): plant a clinician name where every note type has one
        sec = _ensure_section(secs, "sign", kind) or secs[-1]
        _insert(r, sec, "line", "Dictated by: {PER:init!}")
    if kind == "discharge":
        _gender(secs, "M" if "Sex:   M" in "\n".join(secs[0].lines) else "F")
    return _render(r, secs, kind)


def holdout4_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    return [holdout4_note(seed, i) for i in range(n_notes)]


# ----------------------------------------------------------------------------------------------
# CLI (measurement is run by the lead engineer)


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout4_corpus, argv, __doc__.splitlines()[0])
    report("holdout4", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
