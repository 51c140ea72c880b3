"""Held-out corpus 13: radiology- and procedure-heavy, systems-generated MIMIC-IV-Note-shaped text.

What it imitates: discharge summaries of procedural admissions (pacemaker/ICD, PCI, ERCP, deep brain
stimulation, Whipple, TAVR, insulin-pump DKA, hip hemiarthroplasty) and radiology / interventional
reports as they come out of hospital systems: RIS/PACS banners and footers, DICOM-tag dumps
("(0010,0010) PatientName: ..."), HL7 PID/IN1 excerpts, comparisons with outside studies from named
facilities, dictation/transcription footers (job numbers, electronic signatures), implanted-device
registry cards (model numbers are look-alikes, the patient's serial numbers are DEVICE_ID), cath-lab and
endoscopy logs with equipment lot/REF numbers, critical-result call-back lines with phone and pager.
Identifiers are normally masked as ``___`` and dates are shifted into 2100-2200; in about 57% of the
notes de-identification failed for one to four identifiers, which are labelled with the exact span of the
identifying value (cue words such as "Dr.", "MRN:", "Pager" stay outside). One note in twenty is heavily
masked (including over-masked eponyms) and carries no plants.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first ~40 lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the two reference
files ``mimic-iv-schema.md`` and ``known-data-issues.md``, the masked sample notes in
``note-shaped-samples/`` and ``pyproject.toml``. Nothing of the detector (rules, code, tests, docs, bench
results) was read or run while writing it.

How the labels are made: every place where an identifier could stand is a *slot* in the note template.
A note is rendered once with every slot masked (``___``) or showing its non-identifying default (an age
under 90, a shifted date); the note's planted categories are then assigned to slots of that category and
the note is rendered again with the same random stream, so only the assigned slots change, and each
assigned slot's value becomes one labelled span. The layout may depend on the plan (a note whose plan holds
a SSN more often carries a DICOM dump or a face sheet), never on which slot was chosen; when no slot of a
planted category exists, a short requisition/registration block is appended (the same kind of block also
appears, masked, in notes without plants). Which notes carry plants and which categories they carry
is dealt from a per-block deck (blocks of 20 notes, computed from the seed and the block number only), so
category counts are stable across seeds and every note is still computed on its own.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Invented surrogate pools (names from many cultures, real towns, invented facilities)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Agnieszka", "Ingrid", "Adaeze", "Marisol", "Leilani", "Huong", "Thandiwe", "Siobhan", "Yesenia",
    "Farzaneh", "Rosalind", "Bronagh", "Mireille", "Oksana", "Priyanka", "Wanjiru", "Soledad", "Eun-ji",
    "Chiamaka", "Ilse", "Zofia", "Graciela", "Fenna", "Tereza", "Malak", "Delphine", "Henrietta",
    "Hyacinth", "Philippa", "Bernadette", "Imelda", "Xiomara", "Keiko", "Aroha", "Svetlana", "Beatriz",
    "Ebele", "Mehwish", "Anneliese", "Dagny", "Perpetua", "Ngozi", "Lucinda", "Teodora", "Ayumi",
)
_FIRST_M = (
    "Tomasz", "Kwame", "Rafael", "Dmitri", "Hamid", "Tariq", "Bartholomew", "Cormac", "Thiago",
    "Jaroslav", "Oluwaseun", "Mateus", "Haruto", "Emeka", "Vikram", "Anselm", "Leopold", "Ignatius",
    "Rutger", "Santiago", "Kofi", "Ikaika", "Bogdan", "Eamon", "Florin", "Gunnar", "Jun-ho", "Lachlan",
    "Marek", "Nnamdi", "Osvaldo", "Pieter", "Quang", "Reinaldo", "Stanislav", "Tadeusz", "Wendell",
    "Yusuf", "Zoltan", "Alasdair", "Cyprian", "Desmond", "Efraim", "Benedikt", "Arjun",
)
_LAST = (
    "Kowalczyk", "Halvorsen", "Nwosu", "Quintero", "Kahale", "Pham", "Dlamini", "O'Connell-Vega",
    "Castellanos", "Wierzbicki", "Asante", "Okafor", "Tanabe", "Varga", "Lindqvist", "Oyelaran", "Bacchus",
    "Szabo", "Ferreira-Lima", "Nakashima", "Abernathy", "Thistlewood", "Grzelak", "Mukherjee", "Rahimi",
    "Haddad", "Delacroix", "Van der Linde", "Kealoha", "Achterberg", "Baptiste", "Chukwuemeka", "Dunleavy",
    "Esposito", "Fitzgibbon", "Gallardo", "Hakimi", "Iwasaki", "Jovanovic", "Kaczmarek", "Lemieux",
    "Mwangi", "Ostrowski", "Papadakis", "Quarshie", "Sandoval", "Tchakarova", "Uzodinma", "Vuong", "Wojcik",
    "Yildirim", "Zamora", "Brannigan", "Okonkwo", "Teixeira", "Hollingsworth", "Petrossian", "Abeywickrama",
    "Nakamura-Price", "Ruiz de Alba", "Mbatha", "Sørensen", "Kuznetsova", "Ahn", "Oduya",
)
# (city, state, ZIP) - real towns, ZIP of the town
_TOWNS = (
    ("Chicopee", "MA", "01013"), ("Woonsocket", "RI", "02895"), ("Pawtucket", "RI", "02860"),
    ("Lowell", "MA", "01852"), ("Brockton", "MA", "02301"), ("Fitchburg", "MA", "01420"),
    ("Leominster", "MA", "01453"), ("Nashua", "NH", "03060"), ("Keene", "NH", "03431"),
    ("Bangor", "ME", "04401"), ("Rutland", "VT", "05701"), ("Torrington", "CT", "06790"),
    ("Meriden", "CT", "06450"), ("Attleboro", "MA", "02703"), ("Taunton", "MA", "02780"),
    ("Gloucester", "MA", "01930"), ("Haverhill", "MA", "01830"), ("Methuen", "MA", "01844"),
    ("Holyoke", "MA", "01040"), ("Pittsfield", "MA", "01201"), ("Lewiston", "ME", "04240"),
    ("Biddeford", "ME", "04005"), ("Dover", "NH", "03820"), ("Claremont", "NH", "03743"),
    ("Willimantic", "CT", "06226"), ("Southbridge", "MA", "01550"), ("Athol", "MA", "01331"),
    ("Westerly", "RI", "02891"), ("Brattleboro", "VT", "05301"), ("Fall River", "MA", "02720"),
    ("New Bedford", "MA", "02740"), ("Marlborough", "MA", "01752"), ("Framingham", "MA", "01702"),
    ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Webster", "MA", "01570"),
)
_FOREIGN = (
    "Recife", "Kumasi", "Da Nang", "Cluj-Napoca", "Porto", "Ponce", "Santiago de los Caballeros",
    "Gdansk", "Cebu City", "Irbid", "Praia", "Enugu", "Galway", "Medellin", "Hue", "Krakow", "Mysuru",
    "Cap-Haitien", "Jacmel", "Fortaleza", "Braga", "Mayaguez", "Tromso", "Tuzla",
)
_NEIGHBOURHOODS = ("Dorchester", "Mattapan", "Jamaica Plain", "Roxbury", "East Boston", "Hyde Park", "Brightwood")
_STREETS = (
    "Larkspur", "Quinobequin", "Old Colony", "Tamarack", "Wachusett", "Pemberton", "Chickering", "Harrow",
    "Nonantum", "Birchmeadow", "Sagamore", "Kittredge", "Pequot", "Bellflower", "Gristmill", "Otis Hill",
    "Cranberry Bog", "Fairhaven", "Juniper Ridge", "Hollis", "Wampum", "Sunderland", "Tolland", "Marigold",
)
_SUFFIX = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Ter",
           "Pl", "Cir", "Blvd")
_HOSPITALS = (
    "Merrimack Bend Regional Hospital", "Nashoba Hills Medical Center", "St. Ottilie Community Hospital",
    "Quinsigamond Valley Hospital", "Greylock Memorial Hospital", "Sakonnet Point Medical Center",
    "Harrowgate Regional Medical Center", "Penobscot Shore Hospital", "Cobble Ridge General Hospital",
    "Holy Redeemer Hospital of Attleboro", "Wyndham Falls Medical Center", "Tolland Creek Hospital",
)
_IMAGING = (
    "Pioneer Valley Imaging Associates", "ClearView Diagnostic Imaging", "Atlantic Coast MRI Partners",
    "Tri-River Open MRI", "Bayside Radiology Group", "Monadnock Imaging Center",
)
_SNF = (
    "Quabbin Heights Rehabilitation & Nursing", "Saint Brigid Skilled Nursing Center", "Maplecrest Manor",
    "Harbor Tides Rehabilitation Center", "Elmhurst Gardens Nursing Home", "Sycamore Landing Senior Living",
)
_PRACTICES = (
    "Harborlight Cardiology Group", "Granite Ridge Heart & Vascular", "Northfield Meadow Orthopedics",
    "Kestrel Pointe Family Medicine", "Birchwood Gastroenterology Associates", "Riverbend Neurology Partners",
    "Cedar Hollow Endocrine Associates",
)
_PHARMACIES = ("Kittredge Family Pharmacy", "Pinecrest Apothecary", "Lamplighter Pharmacy", "Corner Drug of Athol")
_EMPLOYERS = (
    "Tri-County Granite Works", "Cordova Seafood Processing", "Bellweather Textile Mill",
    "Halloran Roofing & Siding", "Thornbury Middle School", "St. Casimir Parish", "Greater Hope Baptist Church",
    "Dunmore Precision Machining", "Alder Street Bakery",
)
_MAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com")
_SHARE_HOSTS = ("imagelink.northstarpacs.com", "view.medshareit.net", "share.lumenpacs.net", "cd.imgrelay.org")
_PORTAL_HOSTS = ("mychart.nashobahills.org", "portal.merrimackbend.org", "myhealth.greylockmemorial.org")
_AREA = ("413", "508", "617", "774", "781", "978", "603", "401", "207", "802", "860", "339", "351")
_INTL = ("+351 22 {a} {b}", "+233 24 {a} {b}", "+84 236 {a} {b}", "+40 264 {a} {b}", "+353 91 {a} {b}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_SMALL = tuple(c for c in CATEGORIES if c not in _BIG)
_SLOT = re.compile(r"<<([A-Z_0-9]+):([a-z0-9_]+)(?:=([^<>]*))?>>")
_FILL = re.compile(r"\[\[([^\]]+)\]\]")
_INT_RANGE = re.compile(r"(\d+)-(\d+)")
_FLOAT_RANGE = re.compile(r"(\d+)\.(\d+)-(\d+)\.(\d+)")
_BLOCK = 20


def _words(n: int) -> str:
    """Number words for 1..119 ("ninety-three", "one hundred two")."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" {_words(rest)}" if rest else "")
    if n < 20:
        teens = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                 "eighteen", "nineteen")
        return _ONES[n] if n < 10 else teens[n - 10]
    t, o = divmod(n, 10)
    return _TENS[t] + (f"-{_ONES[o]}" if o else "")


def _fmt_date(y: int, m: int, d: int, style: str) -> str:
    mon = _MONTHS[m - 1]
    return {
        "us": f"{m:02d}/{d:02d}/{y}",
        "usn": f"{m}/{d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dicom": f"{y}{m:02d}{d:02d}",
        "long": f"{mon} {d}, {y}",
        "abbr": f"{mon[:3]} {d}, {y}",
        "mon": f"{d:02d}-{mon[:3].upper()}-{y}",
        "euro": f"{d:02d}.{m:02d}.{y}",
        "dmy": f"{d} {mon} {y}",
    }[style]


def _ascii(s: str) -> str:
    return "".join(ch for ch in s.lower().replace("ø", "o") if ch.isascii() and ch.isalnum())


def _npi(r: random.Random) -> str:
    """A 10-digit NPI with a valid Luhn check digit (prefix 80840)."""
    body = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
    digits = [int(x) for x in "80840" + body]
    total = 0
    for k, dgt in enumerate(reversed(digits)):
        if k % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return body + str((10 - total % 10) % 10)


def _dea(r: random.Random, last: str) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = _ascii(last)[:1].upper() or "K"
    return r.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def _phone_digits(r: random.Random) -> str:
    return r.choice(_AREA) + str(r.randint(2, 9)) + f"{r.randint(0, 99):02d}" + f"{r.randint(0, 9999):04d}"


def _phone_fmt(digits: str, r: random.Random) -> str:
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return r.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"({a}){b}-{c}"))


def _persona(r: random.Random, sex: str) -> dict:
    city, state, zipc = r.choice(_TOWNS)
    num = r.choice((r.randint(2, 99), r.randint(100, 999), r.randint(1000, 4999)))
    street = f"{num} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    if r.random() < 0.3:
        street += " " + r.choice((f"Apt {r.randint(1, 6)}{r.choice('ABCD')}", f"Unit {r.randint(1, 40)}",
                                  f"#{r.randint(2, 12)}"))
    return {
        "first": r.choice(_FIRST_F if sex == "F" else _FIRST_M),
        "last": r.choice(_LAST),
        "mid": r.choice("ABCDEFGHJKLMNPRSTW"),
        "dob": (r.randint(1924, 1998), r.randint(1, 12), r.randint(1, 28)),
        "old": r.randint(90, 104),
        "city": city, "state": state, "zip": zipc, "street": street,
        "phone": _phone_digits(r),
    }


def _value(cat: str, kind: str, c: _Ctx) -> str:
    r, p = c.vrng, c.P
    if cat == "PERSON":
        who, style = kind.split("_", 1)
        if who == "pt":
            first, last, mid = p["first"], p["last"], p["mid"]
        else:
            first = r.choice(_FIRST_F + _FIRST_M)
            last = p["last"] if who == "rel" and r.random() < 0.5 else r.choice(_LAST)
            mid = r.choice("ABCDEFGHJKLMNPRSTW")
        if style == "any":
            style = r.choice(("full", "full", "mid", "init"))
        return {
            "full": f"{first} {last}", "mid": f"{first} {mid}. {last}", "sur": last, "init": f"{first[0]}. {last}",
            "dicom": f"{last.upper()}^{first.upper()}" + (f"^{mid}" if r.random() < 0.4 else ""),
            "caps": f"{last.upper()}, {first.upper()}", "comma": f"{last}, {first}", "first": first,
        }[style]
    if cat == "LOCATION":
        if kind == "city":
            return p["city"]
        if kind == "caps":
            return p["city"].upper()
        if kind == "foreign":
            return r.choice(_FOREIGN)
        if kind == "nbhd":
            return r.choice(_NEIGHBOURHOODS)
        return r.choice(_TOWNS)[0] if r.random() < 0.75 else r.choice(_FOREIGN)
    if cat == "ORGANIZATION":
        pool = {"hosp": _HOSPITALS, "img": _IMAGING + _HOSPITALS, "snf": _SNF, "prac": _PRACTICES,
                "pharm": _PHARMACIES, "emp": _EMPLOYERS}.get(kind.removesuffix("caps"), _HOSPITALS)
        name = r.choice(pool)
        return name.upper() if kind.endswith("caps") else name
    if cat == "DATE_REAL_YEAR":
        which, style = kind.split("_", 1)
        if which == "dob":
            y, m, d = p["dob"]
        else:
            y, m, d = r.randint(2006, 2024), r.randint(1, 12), r.randint(1, 28)
        if style == "any":
            style = r.choice(("us", "usn", "iso", "long", "abbr", "mon", "euro", "dmy"))
        return _fmt_date(y, m, d, style)
    if cat == "AGE_OVER_89":
        return {"num": str(p["old"]), "dicom": f"{p['old']:03d}", "words": _words(p["old"])}[kind]
    if cat == "PHONE":
        digits = p["phone"] if kind.startswith("pt") else _phone_digits(r)
        if kind.endswith("digits"):
            return digits
        if kind == "intl":
            return r.choice(_INTL).format(a=r.randint(100, 999), b=r.randint(1000, 9999))
        if kind.endswith("plus"):
            return f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}"
        return _phone_fmt(digits, r)
    if cat == "FAX":
        return _phone_fmt(_phone_digits(r), r)
    if cat == "PAGER":
        if kind == "us":
            return _phone_fmt(_phone_digits(r), r)
        return r.choice((str(r.randint(20000, 99999)), f"{r.randint(2, 9)}-{r.randint(1000, 9999)}",
                         f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"))
    if cat == "EMAIL":
        first = _ascii(p["first"]) if kind == "pt" else _ascii(r.choice(_FIRST_F + _FIRST_M))
        last = _ascii(p["last"])
        user = r.choice((f"{first}.{last}", f"{first[0]}{last}{r.randint(1, 99)}", f"{last}.{first}{r.randint(50, 99)}",
                         f"{first}_{last[:4]}"))
        return f"{user}@{r.choice(_MAIL_DOMAINS)}"
    if cat == "URL":
        tok = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(10))
        if kind == "share":
            return f"https://{r.choice(_SHARE_HOSTS)}/s/{tok}"
        if kind == "portal":
            return f"https://{r.choice(_PORTAL_HOSTS)}/MyChart/Results/{tok}"
        name = f"{_ascii(p['first'])}-{_ascii(p['last'])}"
        return r.choice((f"https://www.gofundme.com/f/help-{name}-recover", f"www.caringbridge.org/visit/{name}",
                         f"https://www.facebook.com/{name}.{r.randint(10, 99)}"))
    if cat == "IP_ADDRESS":
        return f"{r.choice((24, 50, 66, 67, 68, 71, 73, 75, 76, 96, 98, 107, 108, 173, 174))}." \
               f"{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
    if cat == "SSN":
        area = r.choice((r.randint(1, 665), r.randint(667, 899)))
        a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": f"{a}{g}{s}"}[kind]
    if cat == "MRN":
        if kind == "alnum":
            return r.choice(("BR", "NH", "MR", "WF")) + f"{r.randint(0, 9999999):07d}"
        if kind == "dash":
            return f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(0, 9)}"
        return f"{r.randint(0, 99999999):08d}" if r.random() < 0.5 else str(r.randint(1000000, 9999999))
    if cat == "ACCOUNT":
        if kind == "enc":
            return f"E{r.randint(0, 99999999):08d}"
        if kind == "dash":
            return f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        return str(r.randint(100000000, 9999999999))
    if cat == "HEALTH_PLAN":
        if kind == "mbi":
            al = "ACDEFGHJKMNPQRTUVWXY"
            an = al + "0123456789"
            v = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al)
                 + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + str(r.randint(0, 9))
                 + str(r.randint(0, 9)))
            return f"{v[:4]}-{v[4:7]}-{v[7:]}" if r.random() < 0.5 else v
        if kind == "medicaid":
            return "1" + "".join(str(r.randint(0, 9)) for _ in range(11))
        return "".join(r.choice("BCHJKMWXYZ") for _ in range(3)) + str(r.randint(100000000, 999999999))
    if cat == "LICENSE":
        if kind == "npi":
            return _npi(r)
        if kind == "dea":
            return _dea(r, r.choice(_LAST))
        if kind == "dl":
            return r.choice((f"S{r.randint(10000000, 99999999)}", f"{r.randint(100000000, 999999999)}",
                             f"NHL{r.randint(10000000, 99999999)}"))
        if kind == "rn":
            return f"RN{r.randint(200000, 2999999)}"
        return str(r.randint(200000, 299999))
    if cat == "ZIP":
        return p["zip"] + (f"-{r.randint(1000, 9999)}" if kind == "zip9" else "")
    if cat == "STREET_ADDRESS":
        return p["street"].upper() if kind == "caps" else p["street"]
    if cat == "DEVICE_ID":
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        if kind == "mdt":
            return "".join(r.choice(letters) for _ in range(3)) + f"{r.randint(0, 999999):06d}" + r.choice("HSGNV")
        if kind == "lead":
            return "".join(r.choice(letters) for _ in range(3)) + f"{r.randint(0, 9999999):07d}" + "V"
        if kind == "bsc":
            return str(r.randint(100000, 999999))
        if kind == "abt":
            return str(r.randint(1000000, 9999999))
        if kind == "pump":
            return str(r.randint(10000000, 99999999))
        return r.choice(letters) + r.choice(letters) + f"{r.randint(0, 99999999):08d}"
    if cat == "VEHICLE_ID":
        if kind == "vin":
            al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return r.choice("1245J3KW") + "".join(r.choice(al) for _ in range(16))
        return r.choice((f"{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
                         f"{r.randint(10, 999)}",
                         f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))} {r.randint(1000, 9999)}",
                         f"{r.randint(100, 999)}-{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}"))
    raise ValueError(f"no value generator for {cat}:{kind}")


# --------------------------------------------------------------------------------------------------
# Rendering context: literal text, slots, look-alike helpers
# --------------------------------------------------------------------------------------------------

# Over-masking of eponyms and score names (MIMIC-IV-Note #1548, #1796): only literal text, never a span.
_OVERMASK = (
    ("Hunt and Hess", "Hunt and ___"), ("Lewy bod", "___ bod"), ("Parkinson", "___"), ("Foley", "___"),
    ("Whipple", "___"), ("Glasgow", "___"), ("Swan-Ganz", "___"), ("Fleischner", "___"), ("Bosniak", "___"),
    ("Murphy", "___"), ("Schatzki", "___"), ("Barrett", "___"), ("Kerley", "___"), ("Jackson-Pratt", "___"),
    ("Kellgren-Lawrence", "___"), ("Fazekas", "___"), ("Hoehn and Yahr", "___ and ___"), ("Allen test", "___ test"),
    ("Seldinger", "___"), ("Judkins", "___"), ("Tokyo", "___"), ("Garden IV", "___ IV"),
)


class _Ctx:
    """One rendering of one note. ``rng`` drives all visible text; slot values come from ``vrng`` only."""

    def __init__(self, seed: int, i: int, plan: tuple[str, ...], heavy: bool,
                 assign: dict[int, str] | None = None, extra: tuple[str, ...] = ()):
        key = f"holdout13|{seed}|{i}"
        self.rng = random.Random(key + "|text")
        self.vrng = random.Random(key + "|values")
        self.mrng = random.Random(key + "|mask")
        self.erng = random.Random(key + "|extra")
        self.plan, self.heavy, self.assign, self.extra = plan, heavy, assign or {}, extra
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.slots: list[str] = []
        self.pos = 0
        self.lit = 0  # length as if no slot were planted: identical in every rendering of the note
        self._fillers: dict | None = None
        self.sex = self.rng.choice("FM")
        self.P = _persona(self.vrng, self.sex)
        self.age = self.rng.randint(24, 88)
        self.base = (self.rng.randint(2110, 2190), self.rng.randint(1, 12), self.rng.randint(1, 28))
        self.old = "AGE_OVER_89" in plan

    # ---- writing -------------------------------------------------------------------------------
    def w(self, text: str) -> None:
        if text and (self.heavy or self.mrng.random() < 0.25):
            for src, dst in _OVERMASK:
                if src in text and self.mrng.random() < (0.6 if self.heavy else 0.06):
                    text = text.replace(src, dst)
        self.parts.append(text)
        self.pos += len(text)
        self.lit += len(text)

    def slot(self, cat: str, kind: str, default: str = "___") -> None:
        idx = len(self.slots)
        self.slots.append(cat)
        self.lit += len(default)
        if self.assign.get(idx) == cat:
            v = _value(cat, kind, self)
            assert v == v.strip() and v and "___" not in v, (cat, kind, v)
            self.spans.append((self.pos, self.pos + len(v), cat))
            self.parts.append(v)
            self.pos += len(v)
        else:
            self.parts.append(default)
            self.pos += len(default)

    def t(self, template: str) -> None:
        """Write a template: ``[[...]]`` look-alike fillers (text rng), ``<<CAT:kind=default>>`` slots."""
        text = _FILL.sub(lambda m: self._fill(m.group(1)), template)
        last = 0
        for m in _SLOT.finditer(text):
            self.w(text[last:m.start()])
            self.slot(m.group(1), m.group(2), m.group(3) if m.group(3) is not None else "___")
            last = m.end()
        self.w(text[last:])

    # ---- look-alike generators (all from the text rng) ----------------------------------------
    def _fill(self, tok: str) -> str:
        r = self.rng
        if "|" in tok:
            return r.choice(tok.split("|"))
        m = _INT_RANGE.fullmatch(tok)
        if m:
            return str(r.randint(int(m.group(1)), int(m.group(2))))
        m = _FLOAT_RANGE.fullmatch(tok)
        if m:
            lo, hi = float(f"{m.group(1)}.{m.group(2)}"), float(f"{m.group(3)}.{m.group(4)}")
            return f"{r.uniform(lo, hi):.{len(m.group(2))}f}"
        if self._fillers is None:
            self._fillers = self._make_fillers()
        return self._fillers[tok]()

    def _make_fillers(self) -> dict:
        r = self.rng
        return {
            "SD": lambda: self.sd("iso"), "SDUS": lambda: self.sd("us"), "SDD": lambda: self.sd("dicom"),
            "SDM": lambda: self.sd("mon"), "T": self.time, "LOT": self.lot, "REF": self.ref, "ACC": self.acc,
            "JOB": lambda: f"{r.randint(0, 9999999):07d}", "ORD": lambda: _masked(f"ORD-{r.randint(1000000, 9999999)}"),
            "DOC": lambda: f"{r.randint(0, 0xFFFFFFFF):08X}", "ROOM": self.room, "AGE": lambda: self.age_def("num"),
            "AGEW": lambda: self.age_def("words"), "SEXW": lambda: "woman" if self.sex == "F" else "man",
            "PRO": lambda: "she" if self.sex == "F" else "he", "POS": lambda: "her" if self.sex == "F" else "his",
            "GRP": lambda: f"{r.randint(0, 999999):06d}", "UID": self.uid, "SOP": lambda: self.uid(True),
            "ST": lambda: self.P["state"], "MRS": lambda: "Ms." if self.sex == "F" else "Mr.",
        }

    def sd(self, style: str = "iso", spread: int = 4) -> str:
        """A shifted (21xx) date near the note's base date; masked in heavily masked notes half the time."""
        if self.heavy and self.rng.random() < 0.5:
            return "___"
        y, m, d = self.base
        d += self.rng.randint(-spread, spread)
        while d < 1:
            d += 28
            m -= 1
        while d > 28:
            d -= 28
            m += 1
        if m < 1:
            m, y = m + 12, y - 1
        if m > 12:
            m, y = m - 12, y + 1
        return _fmt_date(y, m, d, style)

    def time(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def lot(self) -> str:
        r = self.rng
        return r.choice((f"{r.randint(18, 24)}{r.choice('ABCDEFGHJK')}{r.randint(1000, 9999)}",
                         f"{r.randint(10000000, 99999999)}", f"W{r.randint(1000000, 9999999)}",
                         f"{r.choice(('REDF', 'MXC', 'GF', 'EZ'))}{r.randint(1000, 99999)}"))

    def ref(self) -> str:
        r = self.rng
        return r.choice((f"{r.randint(1000000, 9999999)}", f"H{r.randint(7000000000, 7999999999)}",
                         f"{r.randint(1000, 9999)}-{r.randint(10, 99)}"))

    def acc(self) -> str:
        r = self.rng
        y = str(self.base[0])[-2:]
        return _masked(r.choice((f"{r.randint(10000000, 99999999)}", f"RAD{y}-{r.randint(100000, 999999)}",
                                 f"A{r.randint(1000000, 9999999)}", f"{self.base[0]}R{r.randint(1000000, 9999999)}")))

    def room(self) -> str:
        r = self.rng
        return r.choice((f"{r.randint(4, 12)}{r.choice('NSEW')}-{r.randint(401, 1299)}{r.choice('AB')}",
                         f"CVICU BED {r.randint(1, 24)}", f"MICU-{r.randint(1, 16)}",
                         f"ED POD {r.choice('ABC')}-{r.randint(1, 30)}",
                         f"RM {r.randint(201, 989)}-{r.choice('12')}", f"PACU BAY {r.randint(1, 18)}"))

    def uid(self, sop: bool = False) -> str:
        """Public DICOM UIDs (transfer syntaxes and SOP classes from the standard), never study-specific."""
        if sop:
            return self.rng.choice(("1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4",
                                    "1.2.840.10008.5.1.4.1.1.1.1", "1.2.840.10008.5.1.4.1.1.12.1"))
        return self.rng.choice(("1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2"))

    def age_def(self, kind: str) -> str:
        """What an unplanted age slot shows: the (under-90) age, or ``___`` when masked."""
        if self.heavy or self.old or self.rng.random() < 0.2:
            return "___"
        return {"num": str(self.age), "dicom": f"{self.age:03d}", "words": _words(self.age)}[kind]

    def pick(self, items, k_lo: int, k_hi: int | None = None) -> list:
        """An order-preserving random subset of ``items`` with k_lo..k_hi elements; an item carrying a slot of a
        planted category that no picked item carries is usually added (the plan is known in every rendering)."""
        k = self.rng.randint(k_lo, min(k_hi or len(items), len(items)))
        idx = set(self.rng.sample(range(len(items)), k))
        for cat in sorted(set(self.plan)):
            tag = f"<<{cat}:"
            if any(tag in str(items[j]) for j in idx):
                continue
            extra = [j for j in range(len(items)) if j not in idx and tag in str(items[j])]
            if extra and self.rng.random() < 0.85:
                idx.add(self.rng.choice(extra))
        return [items[j] for j in sorted(idx)]

    def need(self, *cats: str) -> bool:
        return any(cat in self.plan for cat in cats)

    def chance(self, base: float, boosted: float, *cats: str) -> bool:
        """A layout decision, more likely when the note carries a plant that the block could hold."""
        return self.rng.random() < (boosted if self.need(*cats) else base)

    def choose(self, options, *, weight: float = 8.0):
        """Pick one template, favouring those with a slot of a planted category."""
        weights = [weight if any(f"<<{cat}:" in o for cat in self.plan) else 1.0 for o in options]
        return self.rng.choices(options, weights=weights)[0]


# --------------------------------------------------------------------------------------------------
# Which notes carry plants and which categories: a deck per block of 20 notes
# --------------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _block_plan(seed: int, block: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(role, planted categories) for the 20 notes of one block; roles: plant, clean, heavy."""
    r = random.Random(f"holdout13|{seed}|block|{block}")
    n_planted = r.choice((11, 12))
    roles = ["heavy"] + ["plant"] * n_planted + ["clean"] * (_BLOCK - 1 - n_planted)
    r.shuffle(roles)
    ks = [r.choices((1, 2, 3, 4), weights=(8, 18, 32, 42))[0] for _ in range(n_planted)]
    while sum(ks) < 30:
        j = r.randrange(n_planted)
        ks[j] = min(4, ks[j] + 1)
    deck = list(_SMALL) + list(_BIG) * 2 + [r.choice(_BIG)]
    while len(deck) < sum(ks):
        pool = list(_SMALL) if len(deck) < 25 + len(_SMALL) else list(CATEGORIES)
        r.shuffle(pool)
        deck += pool[: sum(ks) - len(deck)]
    hands: list[tuple[str, ...]] = []
    for _ in range(400):
        r.shuffle(deck)
        hands, at = [], 0
        for k in ks:
            hands.append(tuple(deck[at:at + k]))
            at += k
        # no category twice in a note, except a second person
        if all(len(set(h)) == len(h) or (Counter(h).most_common(1)[0][0] == "PERSON" and len(set(h)) == len(h) - 1)
               for h in hands):
            break
    it = iter(hands)
    return tuple((role, next(it) if role == "plant" else ()) for role in roles)


# --------------------------------------------------------------------------------------------------
# Clinical content: exams, scanners, devices
# --------------------------------------------------------------------------------------------------

_SCANNERS = {
    "CT": (("SIEMENS", "SOMATOM Force", "syngo CT VB10A"), ("GE MEDICAL SYSTEMS", "Revolution CT", "revo_ct_22mw.36"),
           ("TOSHIBA", "Aquilion ONE", "V8.9SP0001"), ("Philips", "IQon Spectral CT", "5.1.2.40")),
    "MR": (("SIEMENS", "MAGNETOM Vida", "syngo MR XA50"), ("GE MEDICAL SYSTEMS", "SIGNA Premier", "RX29.1_R02"),
           ("Philips Medical Systems", "Ingenia Elition X", "5.7.1.2")),
    "DX": (("Carestream Health", "DRX-Revolution", "5.7.412.0"), ("FUJIFILM Corporation", "FDR Go PLUS", "V3.2.1.3")),
    "US": (("GE Healthcare", "LOGIQ E10", "R3.1.2"), ("Philips", "EPIQ Elite", "9.0.3.5")),
    "XA": (("Philips", "Azurion 7 M20", "R2.2.6.1"), ("SIEMENS", "ARTIS icono", "VE20B")),
}

_EXAMS = (
    {"name": "CT CHEST W/ IV CONTRAST (PE PROTOCOL)", "short": "CTA chest", "cpt": "71275", "mod": "CT",
     "part": "CHEST", "proto": "CHEST_PE_BOLUS_V2", "tind": "Chest wall pain and hypoxia; r/o PE vs contusion.",
     "ind": ("acute dyspnea and pleuritic chest pain, D-dimer 1,840 ng/mL. Evaluate for PE.",
             "tachycardia to the 120s and new 4L O2 requirement after ___ surgery. r/o PE.",
             "syncope, SBP 88, RV dilation on bedside echo. PE?"),
     "tech": "Helical CT of the chest after [[70-90]] mL Omnipaque 350 IV, bolus-tracked on the main pulmonary "
             "artery (trigger 120 HU). 1.0 mm axial with coronal/sagittal MPR and MIP. CTDIvol [[6.0-14.9]] mGy, "
             "DLP [[250-520]] mGy-cm.",
     "find": ("PULMONARY ARTERIES: No filling defect to the subsegmental level. Main PA [[2.5-3.4]] cm. "
              "RV/LV ratio [[0.7-1.1]].",
              "LUNGS/AIRWAYS: [[3-7]] mm solid nodule in the right upper lobe (series [[2-6]], image [[40-180]]). "
              "Mild centrilobular emphysema. Dependent atelectasis.",
              "PLEURA: Small left pleural effusion. No pneumothorax.",
              "MEDIASTINUM/HILA: No lymphadenopathy by size criteria. Heart size normal. No pericardial effusion.",
              "LINES/DEVICES: Left chest wall dual-chamber pacemaker, leads terminating in the RA and RV apex.",
              "UPPER ABDOMEN: Limited. Cholelithiasis without pericholecystic fluid.",
              "BONES: Healed left 6th-8th rib fractures. Schmorl nodes T9-T10. No aggressive osseous lesion."),
     "imp": ("No pulmonary embolism.",
             "[[3-7]] mm RUL nodule: per Fleischner Society 2017 guidelines, optional CT at 12 months if high risk.",
             "Small left pleural effusion with adjacent atelectasis.")},
    {"name": "CT ABDOMEN AND PELVIS WITH IV CONTRAST", "short": "CT A/P", "cpt": "74177", "mod": "CT",
     "part": "ABDOMEN", "proto": "ABD_PEL_PORTAL_V3", "tind": "Abdominal tenderness; r/o solid organ injury.",
     "ind": ("s/p Whipple POD [[5-12]], fever and rising WBC, eval for leak or collection.",
             "RLQ pain, leukocytosis 15.2. Appendicitis? Diverticulitis?",
             "cholangitis s/p ERCP with stent, persistent fevers. Abscess?"),
     "tech": "MDCT of the abdomen and pelvis in the portal venous phase after [[80-110]] mL Isovue-370 IV. Oral "
             "contrast: Gastrografin. Coronal and sagittal reformations. DLP [[380-900]] mGy-cm.",
     "find": ("LIVER: Normal size. [[4-9]] mm hypodensity in segment 7, too small to characterize. Patent hepatic "
              "veins.",
              "BILIARY: Pneumobilia consistent with prior sphincterotomy/hepaticojejunostomy. Biliary stent in place. "
              "CBD [[4-9]] mm.",
              "PANCREAS: Status post Whipple procedure (pancreaticoduodenectomy). Pancreaticojejunostomy intact; "
              "no peripancreatic collection. Jackson-Pratt drains x2 in the right upper quadrant.",
              "KIDNEYS: [[1.2-3.8]] cm Bosniak IIF cyst, left interpolar kidney, with thin septations. No "
              "hydronephrosis.",
              "BOWEL: No obstruction. Sigmoid diverticulosis without diverticulitis. Normal appendix.",
              "PELVIS: Foley catheter balloon in a decompressed bladder. Trace free fluid; no fluid in Morison pouch.",
              "VESSELS: Aortic atherosclerosis, infrarenal aorta [[1.9-2.8]] cm. IVC filter below the renal veins, "
              "no strut penetration.",
              "BONES: Grade 1 anterolisthesis of L4 on L5. No suspicious osseous lesion."),
     "imp": ("Expected post-Whipple anatomy; no drainable collection or anastomotic leak.",
             "Bosniak IIF left renal cyst; follow-up CT or MRI in 6 months per Bosniak version 2019.",
             "Sigmoid diverticulosis without diverticulitis.")},
    {"name": "MRI BRAIN WITH AND WITHOUT CONTRAST", "short": "MRI brain", "cpt": "70553", "mod": "MR",
     "part": "HEAD", "proto": "BRAIN_DBS_CONDITIONAL",
     "ind": ("Parkinson disease s/p bilateral STN DBS, new confusion and visual hallucinations. Lewy body? Stroke?",
             "post-operative lead localization after DBS implantation.",
             "worsening gait and falls, Hoehn and Yahr stage 3, eval for NPH vs progression."),
     "tech": "Multiplanar T1, T2, FLAIR, DWI and SWI before and after [[6-8]] mL Gadavist IV. Exam performed under "
             "the MR Conditional protocol (1.5T, transmit/receive head coil, B1+rms <= 0.1 uT) with stimulation OFF.",
     "find": ("Bilateral DBS leads entering via frontal burr holes with tips in the region of the subthalamic nuclei. "
              "Susceptibility artifact limits evaluation of adjacent parenchyma.",
              "No acute infarct on diffusion-weighted imaging. No intracranial hemorrhage.",
              "Scattered periventricular and subcortical T2/FLAIR hyperintensities, Fazekas grade 2.",
              "Loss of the swallow-tail sign in the bilateral substantia nigra. Midbrain volume preserved (no "
              "hummingbird sign).",
              "No abnormal enhancement. Ventricles proportionate to sulci. Partially empty sella.",
              "Paranasal sinuses clear except mucosal thickening in the left maxillary sinus."),
     "imp": ("Expected position of bilateral STN DBS leads. No acute intracranial abnormality.",
             "Moderate chronic small vessel ischemic change (Fazekas 2).",
             "Absent swallow-tail sign, compatible with Parkinson disease or dementia with Lewy bodies in the "
             "appropriate clinical setting.")},
    {"name": "CTA HEAD AND NECK", "short": "CTA head/neck", "cpt": "70496", "mod": "CT", "part": "HEAD",
     "proto": "CTA_HEAD_NECK_STROKE", "tind": "Seatbelt sign on the neck; r/o blunt cerebrovascular injury.",
     "ind": ("thunderclap headache, GCS 13 (E3V4M6). SAH?",
             "code stroke: left facial droop and aphasia, last known well 09:40, NIHSS 14.",
             "SAH on outside head CT, Hunt and Hess grade 3. Aneurysm?"),
     "tech": "Non-contrast head CT followed by CTA from the aortic arch to the vertex after [[60-80]] mL Omnipaque 350 "
             "IV. 0.625 mm source images; MIP and 3D reconstructions on an independent workstation.",
     "find": ("Diffuse thick subarachnoid hemorrhage in the basal cisterns and both sylvian fissures with "
              "intraventricular extension (modified Fisher grade 4).",
              "[[4-9]] mm saccular aneurysm of the anterior communicating artery, dome projecting anteriorly, "
              "neck [[2-4]] mm.",
              "Cervical ICA: [[50-70]]% proximal left ICA stenosis by NASCET criteria; right ICA less than 50%.",
              "Codominant vertebral arteries, patent. Fetal-type right PCA.",
              "No large vessel occlusion. ASPECTS 10.",
              "Mild communicating hydrocephalus, temporal horns [[4-7]] mm."),
     "imp": ("Acute SAH, modified Fisher 4, with a [[4-9]] mm AComm aneurysm.",
             "No large vessel occlusion.", "[[50-70]]% left ICA stenosis (NASCET).")},
    {"name": "CHEST (PORTABLE AP)", "short": "CXR", "cpt": "71045", "mod": "DX", "part": "CHEST",
     "proto": "CHEST_AP_PORTABLE", "tind": "Chest wall pain; r/o pneumothorax or rib fractures.",
     "ind": ("s/p pacemaker implant, eval lead position and pneumothorax.",
             "intubated, ETT and OGT position.", "hypoxia, new Swan-Ganz catheter placement."),
     "tech": "Single portable AP view of the chest at [[T]].",
     "find": ("Endotracheal tube tip [[2.5-5.5]] cm above the carina.",
              "Right IJ Swan-Ganz catheter tip in the right main pulmonary artery.",
              "Enteric tube courses below the diaphragm, tip in the stomach.",
              "Left chest wall dual-chamber device; RA lead in the appendage, RV lead at the septum.",
              "Mild pulmonary vascular congestion with Kerley B lines. Small bilateral pleural effusions.",
              "No pneumothorax. Cardiomediastinal silhouette stable."),
     "imp": ("Lines and tubes as above. No pneumothorax.", "Mild interstitial edema, small effusions.")},
    {"name": "MRI LUMBAR SPINE WITHOUT CONTRAST", "short": "MRI L-spine", "cpt": "72148", "mod": "MR",
     "part": "LSPINE", "proto": "LSPINE_SCS_CONDITIONAL", "tind": "Low back pain after trauma; r/o fracture.",
     "ind": ("chronic low back pain with right S1 radiculopathy, SCS in place. Tinel sign negative at the tarsal "
             "tunnel.", "new bilateral leg weakness, r/o cord compression."),
     "tech": "Sagittal T1, T2, STIR; axial T2 L2-S1. Spinal cord stimulator placed in MRI mode prior to scanning "
             "(full-body eligible, 1.5T, normal operating mode).",
     "find": ("Paddle lead at T8-T9 with IPG in the left flank; mild artifact.",
              "L4-L5: broad-based disc bulge and facet arthropathy with moderate canal and bilateral foraminal "
              "narrowing.",
              "L5-S1: Modic type 1 endplate change. Right paracentral protrusion contacting the descending right "
              "S1 nerve root.",
              "Schmorl node at L2. Conus terminates at L1 with normal signal."),
     "imp": ("L5-S1 right paracentral protrusion contacting the right S1 root.",
             "Moderate L4-L5 canal stenosis.")},
    {"name": "US ABDOMEN LIMITED (RUQ)", "short": "RUQ US", "cpt": "76705", "mod": "US", "part": "ABDOMEN",
     "proto": "RUQ_LIMITED",
     "ind": ("RUQ pain, T 38.6, ALT 212, TBili 3.4. Cholecystitis? CBD dilation?",
             "abnormal LFTs after ERCP."),
     "tech": "Grayscale and color Doppler sonography of the right upper quadrant.",
     "find": ("Gallbladder distended with multiple shadowing stones; wall [[3-7]] mm; positive sonographic Murphy "
              "sign; "
              "trace pericholecystic fluid.",
              "CBD [[4-11]] mm. No intrahepatic ductal dilatation.",
              "Liver mildly coarsened; hepatopetal main portal venous flow.",
              "Right kidney [[9.8-11.9]] cm without hydronephrosis."),
     "imp": ("Findings consistent with acute calculous cholecystitis.", "Mildly dilated CBD.")},
    {"name": "CT HEAD WITHOUT CONTRAST", "short": "CT head", "cpt": "70450", "mod": "CT", "part": "HEAD",
     "proto": "HEAD_ROUTINE_AXIAL", "tind": "Head strike, GCS 14; r/o intracranial injury.",
     "ind": ("fall from standing on apixaban (Eliquis), GCS 14, scalp laceration.",
             "altered mental status, VP shunt, eval for shunt malfunction.",
             "MVC, restrained driver, brief LOC."),
     "tech": "Axial non-contrast CT of the head with coronal and sagittal reformations. CTDIvol [[40-58]] mGy.",
     "find": ("No acute intracranial hemorrhage, mass effect or territorial infarct.",
              "Right frontal ventriculoperitoneal shunt catheter tip in the frontal horn; programmable valve setting "
              "to be confirmed on skull radiograph.",
              "Generalized volume loss; chronic microvascular ischemic change.",
              "Left frontal scalp hematoma without underlying fracture.",
              "Mastoid air cells and paranasal sinuses clear."),
     "imp": ("No acute intracranial abnormality.", "Left frontal scalp hematoma.")},
    {"name": "XR PELVIS AND LEFT HIP (2 VIEWS)", "short": "XR hip", "cpt": "73502", "mod": "DX", "part": "PELVIS",
     "proto": "HIP_AP_LAT", "tind": "Left hip pain, unable to bear weight; r/o fracture.",
     "ind": ("fall at home, shortened and externally rotated left leg.", "s/p left hip hemiarthroplasty, position."),
     "tech": "AP pelvis and cross-table lateral left hip.",
     "find": ("Displaced subcapital left femoral neck fracture (Garden IV).",
              "Kellgren-Lawrence grade 3 degenerative change of the right hip.",
              "Vascular calcifications. Foley catheter projects over the pelvis.",
              "Diffuse osteopenia. No other fracture."),
     "imp": ("Displaced left femoral neck fracture.",)},
)

_IR = (
    {"name": "IR TUNNELED CHEST PORT PLACEMENT", "cpt": "36561",
     "ind": "pancreatic adenocarcinoma s/p Whipple, needs access for adjuvant FOLFIRINOX.",
     "steps": ("Right internal jugular vein accessed under ultrasound guidance with a 21G micropuncture needle "
               "(Seldinger technique); permanent image stored.",
               "Subcutaneous pocket created in the right upper chest; catheter tunneled and trimmed to length.",
               "Device: Bard PowerPort ClearVUE isp 8 Fr, REF [[REF]], LOT [[LOT]]. Patient given implant card.",
               "Final fluoroscopic image: catheter tip at the cavoatrial junction. Port accessed and flushed with "
               "heparin 100 units/mL, 5 mL."),
     "imp": "Successful placement of a right IJ single-lumen chest port, ready for use."},
    {"name": "IR IVC FILTER PLACEMENT", "cpt": "37191",
     "ind": "acute bilateral DVT with GI bleed, anticoagulation contraindicated.",
     "steps": ("Right common femoral vein accessed under ultrasound guidance.",
               "Cavogram: single IVC, no thrombus, renal veins at L1; infrarenal IVC [[18-24]] mm.",
               "Device: Cook Celect Platinum IVC filter, REF IGTCFS-65-1-FEM-CELECT-PT, LOT [[LOT]], deployed with "
               "apex at L2.",
               "Hemostasis with manual compression."),
     "imp": "Retrievable infrarenal IVC filter placed. Retrieval to be considered within 90 days."},
    {"name": "IR TIPS CREATION", "cpt": "37182",
     "ind": "refractory ascites, Child-Pugh B9, MELD-Na 17.",
     "steps": ("Right IJ access; 10 Fr sheath. Hepatic vein catheterized; CO2 wedged portography.",
               "Portal vein accessed from the right hepatic vein (Colapinto needle); PSG [[18-24]] mmHg.",
               "Device: GORE VIATORR 10 mm x 7/2 cm, LOT [[LOT]]; dilated to 8 mm.",
               "Post-TIPS portosystemic gradient [[6-10]] mmHg."),
     "imp": "Technically successful TIPS with satisfactory reduction of the portosystemic gradient."},
)

# Implanted devices of the patient: model numbers are look-alikes, the serial number is the identifier.
_DEVICES = (
    {"kind": "dual-chamber pacemaker", "maker": "Medtronic", "model": "Azure XT DR MRI SureScan", "no": "W1DR01",
     "sn": "mdt", "leads": (("RA", "CapSureFix Novus MRI SureScan 5076-52cm"), ("RV", "CapSureFix Novus 5076-58cm")),
     "set": "DDD 60/130, paced AV 180 ms, sensed AV 150 ms", "fw": "9.1.2", "remote": "CareLink"},
    {"kind": "single-chamber ICD", "maker": "Boston Scientific", "model": "RESONATE EL ICD", "no": "D433",
     "sn": "bsc", "leads": (("RV", "RELIANCE 4-FRONT 0693"),), "set": "VF >200 bpm ATP+shock; VT-1 >170 monitor",
     "fw": "4.12.0.33", "remote": "LATITUDE"},
    {"kind": "leadless pacemaker", "maker": "Abbott", "model": "AVEIR VR", "no": "LSP112V", "sn": "abt",
     "leads": (), "set": "VVIR 50-120", "fw": "2.0.3", "remote": "Merlin.net"},
    {"kind": "CRT-D", "maker": "Abbott", "model": "Gallant HF", "no": "CDHFA500Q", "sn": "abt",
     "leads": (("RA", "Tendril STS 2088TC"), ("RV", "Durata 7122Q"), ("LV", "Quartet 1458Q")),
     "set": "DDD 60, LV-first 10 ms, VT 171 / VF 214 bpm", "fw": "3.4.1.10", "remote": "Merlin.net"},
    {"kind": "deep brain stimulator", "maker": "Medtronic", "model": "Percept PC", "no": "B35200", "sn": "mdt",
     "leads": (("L STN", "SenSight B33015"), ("R STN", "SenSight B33015")),
     "set": "L: C+ 1- 2.4 mA 60 us 130 Hz; R: C+ 9- 2.1 mA 60 us 130 Hz", "fw": "1.1.12", "remote": "none"},
    {"kind": "spinal cord stimulator", "maker": "Boston Scientific", "model": "WaveWriter Alpha 16", "no": "SC-1416",
     "sn": "bsc", "leads": (("paddle", "CoverEdge 32 SC-8336-50"),), "set": "FAST program 3, 0.9 mA",
     "fw": "5.0.6", "remote": "none"},
    {"kind": "insulin pump", "maker": "Tandem", "model": "t:slim X2 with Control-IQ", "no": "1004000", "sn": "pump",
     "leads": (), "set": "basal 0.85 U/h 00-06, 1.05 U/h 06-24; ICR 1:10; ISF 1:45; target 110",
     "fw": "7.6.0.1", "remote": "t:connect"},
    {"kind": "implantable loop recorder", "maker": "Medtronic", "model": "LINQ II", "no": "LNQ22", "sn": "mdt",
     "leads": (), "set": "AF detection on, pause 3 s, brady 30 bpm", "fw": "2.3.0", "remote": "CareLink"},
    {"kind": "vagus nerve stimulator", "maker": "LivaNova", "model": "SenTiva", "no": "1000", "sn": "bsc",
     "leads": (("L vagus", "PerenniaFLEX 304-20"),), "set": "1.75 mA, 20 Hz, 250 us, 30 s on / 5 min off",
     "fw": "1.3", "remote": "none"},
    {"kind": "intrathecal drug pump", "maker": "Medtronic", "model": "SynchroMed II", "no": "8637-40", "sn": "mdt",
     "leads": (("catheter", "Ascenda 8781"),), "set": "baclofen 2000 mcg/mL, 412 mcg/day simple continuous",
     "fw": "1.0.9", "remote": "none"},
)

_PUBLIC_LINES = (
    "Poison Control: 1-800-222-1222 (24/7).",
    "988 Suicide & Crisis Lifeline: call or text 988.",
    "Questions about contrast reactions: see the ACR Manual on Contrast Media, https://www.acr.org/Clinical-Resources/"
    "Contrast-Manual",
    "Device safety alerts: FDA MedWatch 1-800-FDA-1088, www.fda.gov/medwatch",
    "Quit smoking support: 1-800-QUIT-NOW (1-800-784-8669), www.smokefree.gov",
    "Medicare questions: 1-800-MEDICARE (1-800-633-4227).",
    "MR safety information for implants: www.mrisafety.com",
    "American Heart Association: www.heart.org, 1-800-242-8721.",
    "Parkinson's Foundation Helpline: 1-800-4PD-INFO (1-800-473-4636), www.parkinson.org",
    "Travel/infection guidance: CDC-INFO 800-232-4636, www.cdc.gov",
)


def _device(c: _Ctx, kinds: tuple[str, ...] | None = None) -> dict:
    pool = [d for d in _DEVICES if kinds is None or d["kind"] in kinds]
    return c.rng.choice(pool)


# --------------------------------------------------------------------------------------------------
# System blocks (headers, DICOM, HL7, footers, device registry, call-backs)
# --------------------------------------------------------------------------------------------------


def _ris_header(c: _Ctx, ex: dict) -> None:
    r = c.rng
    sex = c.sex
    if r.random() < 0.55:
        bar = r.choice(("=", "-", "*")) * r.choice((64, 72, 78))
        c.t(f"{bar}\n <<ORGANIZATION:hospcaps>> - DEPARTMENT OF RADIOLOGY      "
            "*** [[FINAL|FINAL|ADDENDED]] REPORT ***\n"
            f"{bar}\n")
        lines = [
            "PATIENT: <<PERSON:pt_caps>>          MRN: <<MRN:num>>",
            f"DOB: <<DATE_REAL_YEAR:dob_us>>    AGE/SEX: <<AGE_OVER_89:num={c.age_def('num')}>>Y/{sex}    "
            "PT CLASS: [[INPATIENT|EMERGENCY|OUTPATIENT|OBSERVATION]]",
            "LOCATION: [[ROOM]]    ACCT#: <<ACCOUNT:num>>",
            f"EXAM: {ex['name']}    CPT: {ex['cpt']}    MODALITY: {ex['mod']}",
            "ACC#: [[ACC]]    ORDER#: [[ORD]]    PRIORITY: [[STAT|ROUTINE|ASAP|STAT]]",
            "ORDERED: [[SDUS]] [[T]]    PERFORMED: [[SDUS]] [[T]]    STATUS: F",
            "ORDERING: <<PERSON:doc_caps>>    NPI: <<LICENSE:npi>>    PAGER: <<PAGER:short>>",
        ]
        for line in c.pick(lines, 4):
            c.t(line + "\n")
        c.w(bar + "\n\n")
    else:
        c.t(f"[RIS] pt=<<PERSON:pt_dicom>> | mrn=<<MRN:alnum>> | dob=<<DATE_REAL_YEAR:dob_iso>> | sex={sex} | "
            f"age=<<AGE_OVER_89:num={c.age_def('num')}>>\n")
        c.t(f"[RIS] exam={ex['name']} | cpt={ex['cpt']} | acc=[[ACC]] | ord=[[ORD]] | mod={ex['mod']} | "
            f"proto={ex.get('proto', 'IR_GENERIC')}\n")
        c.t("[RIS] sched=[[SD]]T[[T]] | perf=[[SD]]T[[T]] | status=F | prio=[[S|R|A]] | loc=[[ROOM]] | "
            "enc=<<ACCOUNT:enc>>\n")
        if r.random() < 0.6:
            c.t("[RIS] ref_md=<<PERSON:doc_dicom>> | ref_npi=<<LICENSE:npi>> | ref_fax=<<FAX:us>> | "
                "ref_org=<<ORGANIZATION:prac>>\n")
        c.w("\n")


def _dicom(c: _Ctx, ex: dict) -> None:
    r = c.rng
    maker, model, sw = r.choice(_SCANNERS[ex.get("mod", "XA")])
    tags = [
        ("0002,0010", "TransferSyntaxUID", "[[UID]]"),
        ("0008,0016", "SOPClassUID", "[[SOP]]"),
        ("0008,0020", "StudyDate", "[[SDD]]"),
        ("0008,0030", "StudyTime", "[[10-23]][[10-59]][[10-59]]"),
        ("0008,0050", "AccessionNumber", "[[ACC]]"),
        ("0008,0060", "Modality", ex.get("mod", "XA")),
        ("0008,0070", "Manufacturer", maker),
        ("0008,0080", "InstitutionName", "<<ORGANIZATION:hospcaps>>"),
        ("0008,0090", "ReferringPhysicianName", "<<PERSON:doc_dicom>>"),
        ("0008,1010", "StationName", f"{ex.get('mod', 'XA')}_[[ED|MAIN|OP|2|3]]_[[01|02|04]]"),
        ("0008,1030", "StudyDescription", ex["name"]),
        ("0008,1090", "ManufacturerModelName", model),
        ("0010,0010", "PatientName", "<<PERSON:pt_dicom>>"),
        ("0010,0020", "PatientID", "<<MRN:num>>"),
        ("0010,0030", "PatientBirthDate", "<<DATE_REAL_YEAR:dob_dicom>>"),
        ("0010,0040", "PatientSex", c.sex),
        ("0010,1000", "OtherPatientIDs", "<<SSN:plain>>"),
        ("0010,1010", "PatientAge", f"<<AGE_OVER_89:dicom={c.age_def('dicom')}>>Y"),
        ("0010,1040", "PatientAddress", "<<STREET_ADDRESS:caps>>^<<LOCATION:caps>>^[[ST]]^<<ZIP:zip5>>"),
        ("0010,1050", "InsurancePlanIdentification", "<<HEALTH_PLAN:member>>"),
        ("0010,2154", "PatientTelephoneNumbers", "<<PHONE:pt_digits>>"),
        ("0018,0015", "BodyPartExamined", ex.get("part", "CHEST")),
        ("0018,1020", "SoftwareVersions", sw),
        ("0018,1030", "ProtocolName", ex.get("proto", "IR_GENERIC")),
        ("0020,0011", "SeriesNumber", "[[1-9]]"),
        ("0038,0010", "AdmissionID", "<<ACCOUNT:num>>"),
    ]
    head = r.choice(("--- DICOM HEADER EXCERPT (auto-imported by PACS) ---",
                     "[PACS] Image header dump, first image of series [[1-4]]:", "DICOM TAGS (QA view):"))
    c.t(head + "\n")
    keep = c.pick(tags, 9, 18)
    sep = r.choice((": ", " = ", "  "))
    for tag, name, val in keep:
        c.t(f"({tag}) {name}{sep}{val}\n")
    c.w("\n")


def _hl7(c: _Ctx, ex: dict) -> None:
    r = c.rng
    c.w(r.choice(("HL7 ORDER MESSAGE (interface copy):\n", "--- ADT/ORM interface segment ---\n")))
    c.t("MSH|^~\\&|RIS|<<ORGANIZATION:hospcaps>>|PACS|RAD|[[SDD]][[10-23]][[10-59]]||ORM^O01|[[JOB]]|P|2.3\n")
    c.t(f"PID|1||<<MRN:num>>^^^MRN||<<PERSON:pt_dicom>>||<<DATE_REAL_YEAR:dob_dicom>>|{c.sex}|||"
        "<<STREET_ADDRESS:caps>>^^<<LOCATION:caps>>^[[ST]]^<<ZIP:zip5>>||<<PHONE:pt_us>>|||||<<ACCOUNT:num>>|"
        "<<SSN:dash>>|<<LICENSE:dl>>\n")
    if r.random() < 0.6:
        c.t("PV1|1|[[I|E|O]]|[[ROOM]]|||||<<PERSON:doc_dicom>>\n")
    if r.random() < 0.5:
        c.t("IN1|1|[[MCR|BCBS|HPHC|TUFTS]]|||[[MEDICARE A/B|BLUE CROSS PPO|HMO BLUE]]||||[[GRP]]||||||||||||||||||||||"
            "||||||<<HEALTH_PLAN:member>>\n")
    c.t(f"OBR|1|[[ORD]]|[[ACC]]|{ex.get('cpt', '00000')}^{ex['name']}|||[[SDD]][[10-23]][[10-59]]\n\n")


def _comparison(c: _Ctx, ex: dict) -> None:
    short = ex.get("short", "study")
    opts = (
        "None.",
        f"[[SD]] ({short}).",
        f"{short} [[SDUS]] and CXR [[SDUS]].",
        f"Outside {short} from <<ORGANIZATION:img>> dated <<DATE_REAL_YEAR:ev_us=[[SDUS]]>>, imported into PACS "
        "(outside images, used for comparison only).",
        "Outside report only from <<ORGANIZATION:hosp>> in <<LOCATION:any>> (scanned to media tab); images not "
        "available.",
        "Images from the outside facility were pushed through the image-exchange gateway (OSH accession [[ACC]]); "
        "performed at ___ on ___.",
        "Patient-provided CD from <<ORGANIZATION:img>>; the image-share link <<URL:share>> had expired, CD uploaded "
        "by the film library on [[SD]].",
        "Prior outside MRI of <<DATE_REAL_YEAR:ev_long=___>> (read by <<PERSON:doc_any>>, MD, "
        "<<ORGANIZATION:img>>); report reviewed.",
        "PET-CT from ___ in <<LOCATION:foreign>> (report translated, images unavailable).",
    )
    c.t("COMPARISON: " + c.choose(opts, weight=2.0) + "\n\n")


def _critical(c: _Ctx) -> None:
    opts = (
        "CRITICAL RESULT: The above finding was communicated by telephone by Dr. <<PERSON:doc_sur>> to "
        "<<PERSON:doc_full>>, [[NP|PA|RN|MD]], at [[T]] on [[SD]], with read-back. Callback number <<PHONE:us>>.\n",
        "*** CRITICAL RESULT NOTIFICATION ***\nCALLED TO: <<PERSON:doc_caps>>    ROLE: [[ED ATTENDING|ICU FELLOW|"
        "PRIMARY TEAM NP]]\nVIA: PAGER <<PAGER:short>>    CALLBACK: <<PHONE:us>>\nTIME: [[T]]    READ-BACK: YES    "
        "ACK ID: CR-[[10000-99999]]\n",
        "Results discussed with the covering resident (pgr <<PAGER:short>>) at [[T]], who will inform the primary "
        "team. Preliminary report faxed to <<FAX:us>>.\n",
        "Findings entered in the critical result tracking system (ticket CRT-[[100000-999999]]) and acknowledged by "
        "___ at [[T]].\n",
        "Referring office <<ORGANIZATION:prac>> notified by phone (<<PHONE:us>>) and by fax (<<FAX:us>>) at [[T]]; "
        "spoke with ___.\n",
        "Wet read called to Dr. <<PERSON:doc_sur>> (beeper <<PAGER:short>>) at [[T]]. Communication logged in "
        "Nuance PowerScribe.\n",
    )
    c.t(c.choose(opts) + "\n")


def _dictation(c: _Ctx) -> None:
    r = c.rng
    style = r.randrange(3)
    if style == 0:
        c.t("Dictated by: <<PERSON:doc_full>>, MD[[| (resident)| (fellow)]]\n")
        c.t("Attending: <<PERSON:doc_any>>, MD\n")
        c.t("D: [[SDUS]] [[T]]   T: [[SDUS]] [[T]]   Job #: [[JOB]]   Doc ID: [[DOC]]\n")
        if r.random() < 0.5:
            c.t("Transcribed by: <<PERSON:doc_init>>   (voice recognition, edited)\n")
        c.t("Electronically signed by <<PERSON:doc_full>>, MD[[|, NPI <<LICENSE:npi>>]] on [[SD]] at [[T]].\n")
        if c.chance(0.2, 0.5, "PAGER"):
            c.t("Questions about this report: page the reading radiologist, pgr <<PAGER:short>>.\n")
    elif style == 1:
        c.t("RADIOLOGIST: <<PERSON:doc_caps>>, MD    NPI: <<LICENSE:npi>>\n"
            "SIGNED: [[SDM]] [[T]]    JOB: [[JOB]]    TRANSCRIPTIONIST: ___\n"
            "This report was generated with PowerScribe 360 v4.0.[[1-9]]; minor voice-recognition errors may be "
            "present.\n")
    else:
        c.t("I have personally reviewed the images and agree with the report above.\n"
            "/es/ <<PERSON:doc_mid>>, MD, [[Neuroradiology|Body Imaging|Cardiothoracic Imaging|Interventional "
            "Radiology|Musculoskeletal Imaging]]\n"
            "Signed [[SD]] [[T]] | job=[[JOB]] | status=FINAL | addenda=0\n")
    c.w("\n")


def _distribution(c: _Ctx) -> None:
    r = c.rng
    lines = [
        "cc: <<PERSON:doc_full>>, MD ([[PCP|referring|oncology]]) - fax <<FAX:us>>",
        "Results released to patient portal [[SD]] [[T]]; e-mail notification sent to <<EMAIL:pt>>",
        "Portal audit: report viewed [[SD]] [[T]] from IP <<IP_ADDRESS:v4>>",
        c.choose(("Billing: acct <<ACCOUNT:num>> | payer MEDICARE PART B | MBI <<HEALTH_PLAN:mbi>>",
                  "Billing: acct ___ | payer COMMERCIAL PPO | member ID <<HEALTH_PLAN:member>> | group [[GRP]]"),
                 weight=1.0),
        "Patient image link (valid 30 days): <<URL:portal>>",
        "Outside copy requested by <<ORGANIZATION:prac>>, release of information #[[10000-99999]].",
    ]
    c.w(r.choice(("----- REPORT DISTRIBUTION -----\n", "DISTRIBUTION/BILLING (system generated):\n")))
    for line in c.pick(lines, 2, 4):
        c.t(line + "\n")
    c.w("\n")


def _registry(c: _Ctx, dev: dict) -> None:
    """An implanted-device registry card: model numbers and firmware are look-alikes, the serial is PHI."""
    r = c.rng
    if r.random() < 0.6:
        c.t(r.choice(("IMPLANTED DEVICE REGISTRY (auto-populated from device clinic database)\n",
                      "MR SAFETY - IMPLANT VERIFICATION\n", "DEVICE INFORMATION:\n")))
        rows = [
            ("Device type", dev["kind"]),
            ("Manufacturer", dev["maker"]),
            ("Model", f"{dev['model']} ({dev['no']})"),
            ("Serial number", f"<<DEVICE_ID:{dev['sn']}>>"),
            ("Implant date", "<<DATE_REAL_YEAR:ev_us=[[SDUS]]>>"),
            ("Implanting MD", "<<PERSON:doc_full>>"),
            ("Implant facility", "<<ORGANIZATION:hosp>>"),
            ("Firmware", dev["fw"]),
            ("Programming", dev["set"]),
        ]
        for k, (site, lead) in enumerate(dev["leads"]):
            rows.append((f"Lead {k + 1}", f"{site} {lead}, SN <<DEVICE_ID:lead>>"))
        if dev["remote"] != "none":
            rows.append(("Remote monitoring", f"{dev['remote']}; last transmission [[SD]] from home monitor IP "
                                              "<<IP_ADDRESS:v4>>"))
        rows.append(("MRI status", "[[MR Conditional system|MR Conditional - full body|MR Conditional (head only)]]"))
        for key, val in c.pick(rows, 6):
            c.t(f"  {key} {'.' * (20 - len(key))} {val}\n")
    else:
        c.t(f"device.type={dev['kind']}; device.mfr={dev['maker']}; device.model={dev['no']}; "
            f"device.sn=<<DEVICE_ID:{dev['sn']}>>; device.fw={dev['fw']}; device.implant=<<DATE_REAL_YEAR:ev_iso=___>>"
            "; mri.conditional=Y\n")
        if dev["remote"] != "none" and r.random() < 0.6:
            c.t(f"remote.system={dev['remote']}; remote.last=[[SD]]T[[T]]; remote.src_ip=<<IP_ADDRESS:v4>>\n")
    c.w("\n")


# Trauma mechanisms (complete sentences); used only with exams that have a trauma indication ("tind").
_TRAUMA = (
    "MVC on Route [[2-140]] near <<LOCATION:any>>, unrestrained driver; registered under a trauma alias until police "
    "confirmed identity from the vehicle registration (plate <<VEHICLE_ID:plate>>).",
    "Fall from standing; identity verified from [[ST]] driver's license <<LICENSE:dl>> found with belongings.",
    "Found down at home (<<STREET_ADDRESS:addr>>) by a neighbor; EMS run sheet scanned to media tab.",
    "Transfer from the <<ORGANIZATION:hosp>> ED after a fall down [[6-14]] stairs.",
    "Pedestrian struck in a driveway by the patient's own car after it rolled (VIN <<VEHICLE_ID:vin>>, per police "
    "report).",
    "Fall from a ladder at work (<<ORGANIZATION:emp>>), approximately [[6-12]] feet.",
)


def _upper_literal(template: str) -> str:
    """Upper-case a template's literal text, leaving ``<<CAT:kind>>`` slots and ``[[...]]`` fillers intact."""
    out, last = [], 0
    for m in re.finditer(r"<<[^<>]*>>|\[\[[^\]]*\]\]", template):
        out += [template[last:m.start()].upper(), m.group(0)]
        last = m.end()
    return "".join(out) + template[last:].upper()


def _indication(c: _Ctx, ex: dict) -> None:
    r = c.rng
    ind = r.choice(ex["ind"])
    if "tind" in ex and c.chance(0.25, 0.9, "VEHICLE_ID", "STREET_ADDRESS", "LICENSE"):
        ind = c.choose(_TRAUMA) + " " + ex["tind"]
    style = r.randrange(4)
    if style == 0:
        c.t(f"INDICATION: <<AGE_OVER_89:num={c.age_def('num')}>> year old [[SEXW]] with {ind}")
    elif style == 1:
        c.t(f"CLINICAL HISTORY: <<AGE_OVER_89:words={c.age_def('words')}>>-year-old [[SEXW]], {ind}")
    elif style == 2:
        c.t(f"HISTORY: <<AGE_OVER_89:num={c.age_def('num')}>>{c.sex} - {ind}")
    else:
        c.t("REASON FOR EXAM: " + _upper_literal(ind)
            + f"\nPATIENT AGE: <<AGE_OVER_89:num={c.age_def('num')}>> YEARS")
    c.w("\n\n")


def _findings(c: _Ctx, ex: dict) -> None:
    r = c.rng
    indent = r.choice(("", "  ", " - "))
    c.w("FINDINGS:\n")
    for line in c.pick(ex["find"], 3):
        c.t(indent + line + "\n")
    c.w("\nIMPRESSION:\n")
    numbered = r.random() < 0.7
    for k, line in enumerate(c.pick(ex["imp"], 1), 1):
        c.t(f"{k}. {line}\n" if numbered else f"{line}\n")
    c.w("\n")


def _ir_body(c: _Ctx, ex: dict) -> None:
    r = c.rng
    c.t(f"PROCEDURE: {ex['name']} (CPT {ex['cpt']})\n")
    c.t("OPERATORS: <<PERSON:doc_full>>, MD (attending); ___, MD (fellow)\n")
    c.t("SEDATION: Moderate sedation with midazolam [[1-4]] mg and fentanyl [[50-150]] mcg IV; an independent trained "
        "observer monitored the patient for [[20-70]] minutes. ASA class [[II|III|III|IV]].\n")
    c.t("CONSENT: Risks, benefits and alternatives were discussed with the patient[[| and daughter| and HCP]]; "
        "written consent obtained. Universal protocol time-out performed at [[T]].\n")
    c.t("CONTRAST: [[10-60]] mL Omnipaque 300.   FLUOROSCOPY TIME: [[0.5-14.9]] min.   AIR KERMA: [[4-480]] mGy.   "
        "DAP: [[1.1-88.9]] Gy*cm2\n")
    c.t(f"INDICATION: {ex['ind']}\n\nTECHNIQUE/FINDINGS:\n")
    for k, step in enumerate(ex["steps"], 1):
        c.t(f"{k}) {step}\n")
    c.t("EBL: minimal.  SPECIMENS: none.  COMPLICATIONS: none immediate.\n")
    if r.random() < 0.5:
        c.t("Post-procedure: bedrest [[1-4]] hours; check site q15 min x4. Room [[ROOM]].\n")
    c.t(f"\nIMPRESSION:\n{ex['imp']}\n\n")


def _radiology(c: _Ctx) -> None:
    r = c.rng
    is_ir = r.random() < 0.2
    ex = dict(r.choice(_IR), mod="XA", proto="IR_" + r.choice(("PORT", "VENOUS", "HEPATIC"))) if is_ir \
        else r.choice(_EXAMS)
    dev = _device(c) if c.chance(0.35, 0.9, "DEVICE_ID") else None
    if c.heavy or c.chance(0.7, 0.85, "MRN", "ACCOUNT", "LICENSE", "AGE_OVER_89"):
        _ris_header(c, ex)
    if c.chance(0.3, 0.8, "SSN", "ZIP", "STREET_ADDRESS", "HEALTH_PLAN", "PHONE", "AGE_OVER_89"):
        _dicom(c, ex)
    if c.chance(0.12, 0.35, "SSN", "ZIP", "STREET_ADDRESS", "LICENSE"):
        _hl7(c, ex)
    if is_ir:
        _ir_body(c, ex)
    else:
        c.t(f"EXAMINATION: {ex['name']}\n\n")
        _indication(c, ex)
        c.t(f"TECHNIQUE: {ex['tech']}\n")
        maker, model, _sw = r.choice(_SCANNERS[ex["mod"]])
        if r.random() < 0.5:
            c.t(f"Scanner: {maker} {model}, station {ex['mod']}-[[1-6]]. Protocol {ex['proto']}.\n")
        c.w("\n")
        _comparison(c, ex)
        _findings(c, ex)
    if dev is None and c.chance(0.0, 0.8, "IP_ADDRESS"):
        dev = _device(c, ("dual-chamber pacemaker", "single-chamber ICD", "CRT-D", "insulin pump"))
    if dev is not None:
        _registry(c, dev)
    if c.chance(0.4, 0.85, "PAGER", "PHONE", "FAX"):
        _critical(c)
    if r.random() < 0.15:
        c.t("Patient instructions: " + r.choice(_PUBLIC_LINES) + "\n\n")
    if c.heavy or c.chance(0.8, 0.95, "PERSON", "LICENSE"):
        _dictation(c)
    if c.chance(0.4, 0.95, "EMAIL", "URL", "IP_ADDRESS", "HEALTH_PLAN", "FAX", "ACCOUNT"):
        _distribution(c)
    if c.lit < 1500 or c.chance(0.15, 0.6, *_SMALL):
        _dose_or_requisition(c, ex)
    if c.lit < 1250:
        c.t("PACS QA: images [[40-900]] | series [[2-12]] | stored [[SD]] [[T]] | archive node VNA-[[1-4]] | key "
            "images [[0-6]] | study status READ | QC tech ___\n")
    if c.lit < 1300:
        c.t("TECHNOLOGIST NOTES: identity verified with two identifiers at [[T]]; [[pregnancy screen N/A|pregnancy "
            "screen negative]]; [[no|prior]] contrast reaction; eGFR [[45-110]]; MR/CT safety screening form scanned "
            "to PACS. Images sent to reading queue [[ED|BODY|NEURO|MSK]]-[[1-4]].\n")
    if c.lit < 1150:
        c.w("\nADDENDUM (signature block):\n")
        _dictation(c)


# --------------------------------------------------------------------------------------------------
# Discharge summaries of procedural admissions
# --------------------------------------------------------------------------------------------------

_LABS = (
    "___ 0[[4-7]]:[[10-59]]AM BLOOD WBC-[[4.1-13.9]] RBC-[[3.1-4.9]]* Hgb-[[8.1-13.9]]* Hct-[[26.0-41.0]]* "
    "MCV-[[82-99]] MCH-[[27.0-33.0]] RDW-[[12.1-16.9]] Plt Ct-[[120-390]]",
    "___ 0[[4-7]]:[[10-59]]AM BLOOD Glucose-[[78-240]]* UreaN-[[8-44]] Creat-[[0.6-2.1]] Na-[[131-144]] "
    "K-[[3.4-5.1]] Cl-[[96-108]] HCO3-[[19-29]] AnGap-[[8-17]]",
    "___ 0[[4-7]]:[[10-59]]AM BLOOD PT-[[10.1-16.9]] PTT-[[24.0-39.9]] INR(PT)-[[0.9-1.6]]",
    "___ 0[[4-7]]:[[10-59]]AM BLOOD ALT-[[9-240]] AST-[[12-199]] AlkPhos-[[40-410]] TotBili-[[0.2-4.9]]",
    "___ 0[[4-7]]:[[10-59]]AM BLOOD cTropnT-[[0.01-0.89]]* CK-MB-[[2-41]] proBNP-[[120-8800]]*",
    "___ 0[[4-7]]:[[10-59]]AM BLOOD Calcium-[[8.1-10.1]] Phos-[[2.4-4.6]] Mg-[[1.6-2.4]]",
    "[[SD]] 06:[[10-59]]AM BLOOD %HbA1c-[[5.6-11.9]]* eAG-[[114-294]]*",
    "___ 0[[1-9]]:[[10-59]]PM URINE Color-Yellow Appear-Clear Sp Gr-1.0[[10-29]] pH-[[5.0-7.5]] Leuks-NEG",
)

_ADMISSIONS = (
    {"key": "ppm", "service": "CARDIOLOGY", "cc": "Lightheadedness, bradycardia",
     "proc": ("Temporary transvenous pacing wire ([[SD]])", "Dual-chamber permanent pacemaker implantation ([[SD]])"),
     "hpi": "[[AGE]] year old [[SEXW]] with HTN, HLD, CKD stage 3a and T2DM who presented with [[2-9]] days of "
            "presyncope and one syncopal episode while gardening. ECG on arrival: complete heart block with a "
            "junctional "
            "escape at [[32-44]] bpm, QRS [[110-140]] ms. Metoprolol was held. TSH normal. Lyme titers were sent given "
            "recent tick exposure and were negative.",
     "pmh": ("Hypertension", "Hyperlipidemia", "CKD stage 3a (baseline Cr 1.3)", "Type 2 diabetes, A1c 7.4%",
             "Osteoarthritis of both knees"),
     "course": ("# Complete heart block: temporary transvenous pacer via the right IJ on arrival. Dual-chamber PPM "
                "implanted on HD2 by EP (device registry below). Post-procedure CXR without pneumothorax. "
                "Interrogation "
                "before discharge: normal sensing, thresholds and impedances.",
                "# Hypertension: metoprolol stopped; amlodipine 5 mg started. BP 132/78 on the day of discharge.",
                "# CKD 3a: Cr peaked at [[1.4-1.9]] after contrast, back to baseline at discharge.",
                "# T2DM: metformin held for 48 h after iodinated contrast, resumed; ISS while inpatient."),
     "meds": ("Amlodipine 5 mg PO DAILY", "Atorvastatin 40 mg PO QPM", "Metformin (Glucophage) 500 mg PO BID",
              "Cephalexin 500 mg PO Q6H x 2 days (post-implant)", "Acetaminophen 650 mg PO Q6H PRN pain"),
     "dx": ("Complete heart block", "s/p dual-chamber permanent pacemaker"),
     "report": "registry", "devices": ("dual-chamber pacemaker", "leadless pacemaker", "CRT-D", "single-chamber ICD"),
     "exam": 4},
    {"key": "pci", "service": "CARDIOLOGY", "cc": "Chest pain",
     "proc": ("Cardiac catheterization with PCI of the mid LAD ([[SD]])",),
     "hpi": "[[AGE]] year old [[SEXW]] with HLD and active tobacco use (40 pack-years) presenting with [[1-6]] hours "
            "of "
            "substernal pressure radiating to the jaw. ECG: 1-2 mm ST depressions in V4-V6. Troponin T 0.[[12-89]] "
            "rising to 1.[[10-90]]. Loaded with aspirin 325 mg and ticagrelor (Brilinta) 180 mg, heparin gtt.",
     "pmh": ("Hyperlipidemia", "Tobacco use disorder", "GERD", "Prior left inguinal hernia repair"),
     "course": ("# NSTEMI: LHC on HD1 showed an 85% mid LAD stenosis treated with one DES (cath log below). TIMI 3 "
                "flow after PCI. TTE: LVEF [[45-60]]%, mild anterior hypokinesis.",
                "# DAPT: aspirin 81 mg + ticagrelor 90 mg BID for at least 12 months; do not interrupt without "
                "cardiology input.",
                "# Tobacco: counseled for more than 10 minutes; nicotine patch 21 mg started.",
                "# Radial access site: TR Band removed per protocol; mild ecchymosis, normal Barbeau test."),
     "meds": ("Aspirin 81 mg PO DAILY", "Ticagrelor 90 mg PO BID", "Atorvastatin 80 mg PO QPM",
              "Metoprolol succinate 25 mg PO DAILY", "Nicotine patch 21 mg/24 hr TD DAILY",
              "Nitroglycerin 0.4 mg SL Q5MIN PRN chest pain, max 3 doses"),
     "dx": ("NSTEMI", "Coronary artery disease, s/p DES to mid LAD"), "report": "cath", "devices": None, "exam": 4},
    {"key": "ercp", "service": "MEDICINE", "cc": "Fever, jaundice, RUQ pain",
     "proc": ("ERCP with biliary sphincterotomy, stone extraction and stent placement ([[SD]])",),
     "hpi": "[[AGE]] year old [[SEXW]] with prior cholecystectomy presenting with 2 days of RUQ pain, rigors and "
            "jaundice. T 39.1, BP 98/56. TBili [[3.1-6.8]], ALT [[180-420]], lipase normal. RUQ US: CBD 11 mm. "
            "Meets Tokyo 2018 criteria for moderate (grade II) acute cholangitis.",
     "pmh": ("Choledocholithiasis s/p laparoscopic cholecystectomy", "Atrial fibrillation on apixaban",
             "Hypothyroidism (Hashimoto)", "Osteoporosis"),
     "course": ("# Acute cholangitis: piperacillin-tazobactam (Zosyn) started; blood cultures grew E. coli "
                "(pan-sensitive). ERCP on HD1 (report below) with sphincterotomy, balloon sweep and stent. "
                "Transitioned "
                "to ciprofloxacin to complete 7 days.",
                "# Atrial fibrillation: apixaban (Eliquis) held 48 h peri-ERCP, resumed on HD3. Rate controlled.",
                "# Hypothyroidism: continued levothyroxine 88 mcg."),
     "meds": ("Ciprofloxacin 500 mg PO Q12H x 4 more days", "Apixaban 5 mg PO BID", "Levothyroxine 88 mcg PO DAILY",
              "Alendronate 70 mg PO QWEEK", "Metoprolol tartrate 25 mg PO BID"),
     "dx": ("Acute cholangitis due to choledocholithiasis", "E. coli bacteremia"), "report": "endo", "devices": None,
     "exam": 6},
    {"key": "dbs", "service": "NEUROSURGERY", "cc": "Medication-refractory motor fluctuations",
     "proc": ("Bilateral subthalamic nucleus deep brain stimulation lead placement ([[SD]])",
              "Implantation of rechargeable-free IPG, left chest ([[SD]])"),
     "hpi": "[[AGE]] year old [[SEXW]] with idiopathic Parkinson disease diagnosed [[8-14]] years ago, Hoehn and Yahr "
            "stage 3, with disabling OFF periods and peak-dose dyskinesia despite carbidopa-levodopa (Sinemet) "
            "25-100 two tabs 5x daily plus entacapone. UPDRS-III OFF [[38-52]] / ON [[14-22]]. No features of Lewy "
            "body dementia on neuropsychological testing (MoCA [[25-29]]/30). Admitted electively for DBS.",
     "pmh": ("Parkinson disease", "REM sleep behavior disorder", "Orthostatic hypotension", "BPH"),
     "course": ("# Parkinson disease: bilateral STN DBS with microelectrode recording; intra-op test stimulation "
                "improved rigidity without capsular side effects. Post-op MRI under the MR Conditional protocol "
                "confirmed lead position. IPG implanted on the same admission. Stimulation to be initiated in clinic "
                "at 4 weeks; levodopa unchanged until then.",
                "# Post-op: mild confusion on POD1 (CAM positive), resolved with sleep hygiene; no new deficits.",
                "# Orthostatic hypotension: fludrocortisone continued; abdominal binder."),
     "meds": ("Carbidopa-Levodopa (25-100) 2 TAB PO 5X/DAY", "Entacapone 200 mg PO with each levodopa dose",
              "Fludrocortisone 0.1 mg PO DAILY", "Tamsulosin 0.4 mg PO QHS", "Melatonin 6 mg PO QHS"),
     "dx": ("Parkinson disease, s/p bilateral STN DBS",), "report": "registry", "devices": ("deep brain stimulator",),
     "exam": 2},
    {"key": "whipple", "service": "SURGERY", "cc": "Pancreatic head mass",
     "proc": ("Pylorus-preserving pancreaticoduodenectomy (Whipple) ([[SD]])", "IR port placement ([[SD]])"),
     "hpi": "[[AGE]] year old [[SEXW]] with painless jaundice [[2-3]] months ago, ERCP stent at an outside hospital; "
            "EUS-FNA of a 2.8 cm pancreatic head mass showed adenocarcinoma. CA 19-9 [[80-410]]. After neoadjuvant "
            "FOLFIRINOX x 6 cycles, admitted electively for resection.",
     "pmh": ("Pancreatic adenocarcinoma", "Hypertension", "Prior appendectomy"),
     "course": ("# Pancreatic adenocarcinoma s/p Whipple: uncomplicated; two Jackson-Pratt drains, drain amylase low "
                "on "
                "POD3, drains removed POD5 and POD6. Final pathology ypT2 ypN1 (2/19 nodes), margins negative.",
                "# Delayed gastric emptying: NGT replaced POD4, removed POD6; tolerating regular diet at discharge.",
                "# Exocrine insufficiency: Creon 36,000 units with meals, 24,000 with snacks.",
                "# DVT prophylaxis: enoxaparin (Lovenox) 40 mg daily for 28 days post-op."),
     "meds": ("Pancrelipase (Creon) 36,000 units PO TID with meals", "Enoxaparin 40 mg SC DAILY x 28 days",
              "Pantoprazole 40 mg PO DAILY", "Oxycodone 5 mg PO Q6H PRN pain (#20, no refills)",
              "Docusate 100 mg PO BID"),
     "dx": ("Pancreatic head adenocarcinoma s/p Whipple",), "report": "or", "devices": None, "exam": 1},
    {"key": "tavr", "service": "CARDIAC SURGERY", "cc": "Dyspnea on exertion",
     "proc": ("Transfemoral transcatheter aortic valve replacement ([[SD]])",),
     "hpi": "[[AGE]] year old [[SEXW]] with severe calcific aortic stenosis (AVA 0.[[6-8]] cm2, mean gradient "
            "[[42-58]] mmHg, Vmax 4.[[3-9]] m/s), NYHA class III, STS PROM [[3.1-8.8]]%. Heart team recommended TAVR.",
     "pmh": ("Severe aortic stenosis", "CAD s/p CABG x3", "Paroxysmal AF", "COPD (FEV1 62%)"),
     "course": ("# Aortic stenosis: uncomplicated transfemoral TAVR under conscious sedation (valve log below). "
                "Post-TAVR TTE: mean gradient [[6-12]] mmHg, trace paravalvular leak. New LBBB; telemetry without "
                "high-grade AV block for 48 h; ambulatory monitor arranged.",
                "# Access: right femoral Perclose x2, no hematoma.",
                "# AF: warfarin resumed, INR goal 2-3."),
     "meds": ("Aspirin 81 mg PO DAILY", "Warfarin 3 mg PO QPM (INR goal 2-3)", "Furosemide 20 mg PO DAILY",
              "Tiotropium (Spiriva) 18 mcg INH DAILY", "Metoprolol succinate 50 mg PO DAILY"),
     "dx": ("Severe aortic stenosis s/p TAVR", "New left bundle branch block"), "report": "tavr", "devices": None,
     "exam": 0},
    {"key": "dka", "service": "MEDICINE", "cc": "Nausea, vomiting, hyperglycemia",
     "proc": ("None",),
     "hpi": "[[AGE]] year old [[SEXW]] with type 1 diabetes on an insulin pump presenting with 18 hours of vomiting "
            "after an occluded infusion set went unnoticed overnight. Glucose [[420-690]], pH 7.1[[1-9]], HCO3 "
            "[[7-13]], anion gap [[22-31]], beta-hydroxybutyrate 6.[[1-9]].",
     "pmh": ("Type 1 diabetes since age 11", "Celiac disease", "Hashimoto thyroiditis", "Migraine"),
     "course": ("# DKA: insulin gtt per protocol, gap closed in [[10-16]] hours; bridged to SC glargine + lispro, then "
                "pump restarted with a new infusion set after diabetes educator review (pump registry below).",
                "# Hypokalemia: K nadir 3.1, repleted IV/PO.",
                "# Celiac disease: gluten-free diet tray."),
     "meds": ("Insulin lispro (Humalog) via pump per settings below", "Levothyroxine 75 mcg PO DAILY",
              "Glucagon 1 mg IM PRN severe hypoglycemia", "Ondansetron 4 mg PO Q8H PRN nausea"),
     "dx": ("Diabetic ketoacidosis due to insulin pump infusion-set failure",), "report": "registry",
     "devices": ("insulin pump",), "exam": 1},
    {"key": "hip", "service": "ORTHOPAEDICS", "cc": "Left hip pain after fall",
     "proc": ("Left hip cemented hemiarthroplasty ([[SD]])",),
     "hpi": "[[AGE]] year old [[SEXW]] with osteoporosis and mild cognitive impairment who fell at home while walking "
            "to the bathroom; unable to bear weight. XR: displaced left femoral neck fracture (Garden IV). No head "
            "strike; CT head negative. Lives with family, ambulates with a cane at baseline.",
     "pmh": ("Osteoporosis", "Mild cognitive impairment", "Hypertension", "Macular degeneration"),
     "course": ("# Left femoral neck fracture: cemented hemiarthroplasty on HD1 (implant log below). WBAT LLE, "
                "posterior hip precautions. PT/OT recommend rehab.",
                "# Post-op delirium: CAM positive POD1-2, non-pharmacologic measures, resolved.",
                "# Acute blood loss anemia: Hgb nadir 7.[[4-9]], 1 unit pRBC.",
                "# DVT prophylaxis: enoxaparin 40 mg SC daily x 4 weeks."),
     "meds": ("Enoxaparin 40 mg SC DAILY x 4 weeks", "Acetaminophen 1000 mg PO Q8H", "Calcium carbonate-vitamin D3 "
              "600 mg-800 unit PO BID", "Senna 8.6 mg PO BID", "Oxycodone 2.5 mg PO Q6H PRN severe pain"),
     "dx": ("Left displaced femoral neck fracture s/p hemiarthroplasty", "Post-operative delirium"), "report": "or",
     "devices": None, "exam": 8},
)


def _cath_log(c: _Ctx) -> None:
    c.t("CARDIAC CATHETERIZATION LABORATORY - PROCEDURE LOG\n"
        "Lab: CATH LAB [[1-6]]    Case #: [[JOB]]    Operator: <<PERSON:doc_full>>, MD    Fellow: ___\n"
        "Access: right radial artery, 6 Fr Glidesheath Slender (LOT [[LOT]]); Barbeau type A; modified Allen test "
        "normal.\n"
        "Anticoagulation: heparin [[4000-6000]] units IA + [[1000-3000]] units; peak ACT [[250-320]] s.\n"
        "Catheters: 5 Fr TIG 4.0 (LOT [[LOT]]); 6 Fr EBU 3.5 guide (LOT [[LOT]]).\n"
        "Wires: Runthrough NS 0.014 x 180 cm (LOT [[LOT]]).\n"
        "Devices: Xience Skypoint [[2.75|3.0|3.5]] x [[15|18|23|28]] mm DES (REF [[REF]], LOT [[LOT]]); NC Trek "
        "[[3.0|3.25|3.5]] x 12 mm (LOT [[LOT]]).\n"
        "Hemodynamics: AO [[110-150]]/[[60-88]] (mean [[80-105]]); LV [[110-150]]/[[8-22]]; LVEDP [[10-24]] mmHg.\n"
        "Findings: LM normal. LAD [[80-95]]% mid, TIMI 2. LCx mild luminal irregularities. RCA dominant, "
        "[[20-50]]% proximal.\n"
        "Result: 0% residual, TIMI 3 flow, no dissection. SYNTAX score [[8-22]].\n"
        "Contrast: Visipaque 320, [[90-210]] mL.  Fluoro time [[6.0-24.9]] min.  Air kerma [[310-1400]] mGy.\n"
        "Closure: TR Band, [[12-15]] mL air.  Complications: none.\n")
    if c.rng.random() < 0.5:
        c.t("Post-cath call-back: cath lab charge RN <<PERSON:doc_full>>, pager <<PAGER:short>>.\n")
    c.w("\n")


def _endo_log(c: _Ctx) -> None:
    r = c.rng
    c.t("ENDOSCOPY PROCEDURE REPORT - ERCP\n"
        "Room: ENDO [[1-6]]    Instrument: Olympus TJF-Q190V duodenoscope, reprocessing cycle #[[1000-9999]]\n"
        "Endoscopist: <<PERSON:doc_full>>, MD    Anesthesia: general (MAC converted)    ASA class [[II|III|III]]\n"
        "Findings: bulging major papilla with purulent bile on cannulation. Cholangiogram: [[8-13]] mm CBD with "
        "[[2-4]] filling defects. Biliary sphincterotomy; stones extracted with a 12 mm balloon (occlusion "
        "cholangiogram clear). A [[10|8]] mm x [[40|60]] mm fully covered WallFlex Biliary RX stent was placed "
        "(LOT [[LOT]]).\n")
    if r.random() < 0.6:
        c.t("Incidental: LA grade B esophagitis; Schatzki ring; short-segment Barrett esophagus (Prague C2M4); "
            "clean-based duodenal ulcer (Forrest III). Hemoclip Resolution 360 x1 (LOT [[LOT]]).\n")
    c.t("Specimens: bile for culture. EBL minimal. Post-procedure Aldrete [[9-10]]/10.\n"
        "Recommendations: repeat ERCP for stent removal in 6-8 weeks; scheduling [[ORD]].\n\n")


def _or_log(c: _Ctx, key: str) -> None:
    if key == "hip":
        c.t("OR IMPLANT LOG (auto-imported)\n"
            "  Stem: Exeter V40 cemented, size [[1|2|3]], offset 44, REF 0580-1-[[100-999]], LOT [[LOT]]\n"
            "  Head: unipolar [[44|46|48|50]] mm, REF 1930-[[10-99]]-[[100-999]], LOT [[LOT]]\n"
            "  Cement: Simplex P with tobramycin x2, LOT [[LOT]] / [[LOT]]\n"
            "  Implanted by: <<PERSON:doc_full>>, MD    Circulator: ___, RN    Room: OR [[1-22]]\n")
    else:
        c.t("OPERATIVE SUMMARY (from OR record)\n"
            "  Surgeon: <<PERSON:doc_full>>, MD    Assistant: ___, MD    Anesthesia: GETA + epidural\n"
            "  EBL [[250-900]] mL; crystalloid [[2.5-5.5]] L; UOP [[300-900]] mL. "
            "Operative time [[5-7]] h [[0-59]] min.\n"
            "  Reconstruction: pancreaticojejunostomy (duct-to-mucosa, 5 Fr pediatric feeding tube stent), "
            "hepaticojejunostomy, antecolic duodenojejunostomy.\n"
            "  Drains: 19 Fr Blake / Jackson-Pratt x2. Stapler reloads: Endo GIA 60 mm tan (LOT [[LOT]]).\n")
    c.w("\n")


def _tavr_log(c: _Ctx) -> None:
    c.t("STRUCTURAL HEART - VALVE IMPLANT RECORD\n"
        "  Valve: Edwards SAPIEN 3 Ultra RESILIA [[23|26|29]] mm, model 9755RSL, serial <<DEVICE_ID:abt>>\n"
        "  Delivery: Commander system, LOT [[LOT]]; eSheath+ 14 Fr, LOT [[LOT]]\n"
        "  Pre-dilation: none.  Post-dilation: none.  Rapid pacing [[160-190]] bpm via temporary wire.\n"
        "  Operators: <<PERSON:doc_full>>, MD (interventional cardiology); <<PERSON:doc_full>>, MD (cardiac "
        "surgery)\n"
        "  Post-deployment: mean gradient [[6-12]] mmHg, no more than trace PVL. Contrast [[40-90]] mL.\n\n")


_SOCIAL = (
    "___",
    "Lives with <<PERSON:rel_first>> ([[wife|husband|daughter|son|partner]]) in <<LOCATION:city>>. Retired; worked "
    "[[30-40]] years at <<ORGANIZATION:emp>>. Former smoker ([[10-45]] pack-years, quit [[3-30]] years ago). "
    "[[No EtOH.|1-2 beers on weekends.|Social EtOH.]]",
    "Lives alone at <<STREET_ADDRESS:addr>>, second floor, [[10-16]] stairs. Daughter <<PERSON:rel_full>> (HCP) "
    "checks in daily, cell <<PHONE:us>>. Uses a rolling walker. No tobacco or drugs.",
    "Originally from <<LOCATION:foreign>>; moved to the US [[10-40]] years ago. [[Portuguese|Haitian Creole|"
    "Vietnamese|Polish|Spanish]]-speaking; professional interpreter used for all discussions. Attends "
    "<<ORGANIZATION:emp>>. Never smoker.",
    "Lives at <<ORGANIZATION:snf>> (long-term care) since [[SD]]. HCP: <<PERSON:rel_full>>, [[niece|son|daughter]], "
    "<<PHONE:us>>. Full code confirmed with HCP.",
    "Married, lives with spouse in <<LOCATION:nbhd>>. Works as a [[school bus driver|line cook|machinist|home health "
    "aide|accountant]]. Drives; counseled not to drive for [[1|2|4]] weeks. Denies tobacco, EtOH, drugs.",
)


def _face_sheet(c: _Ctx) -> None:
    r = c.rng
    c.w(r.choice(("ADT FACE SHEET (interface extract)\n", "REGISTRATION SUMMARY - printed with discharge packet\n")))
    rows = [
        ("PATIENT", "<<PERSON:pt_caps>>"), ("MRN", "<<MRN:alnum>>"), ("DOB", "<<DATE_REAL_YEAR:dob_any>>"),
        ("SSN", "<<SSN:dash>>"), ("ADDRESS", "<<STREET_ADDRESS:addr>>, <<LOCATION:city>>, [[ST]] <<ZIP:zip9>>"),
        ("HOME PHONE", "<<PHONE:pt_us>>"), ("E-MAIL", "<<EMAIL:pt>>"), ("HAR/ACCOUNT", "<<ACCOUNT:num>>"),
        ("PRIMARY INS", "MEDICARE  MBI <<HEALTH_PLAN:mbi>>"),
        ("SECONDARY INS", "[[TUFTS MEDICARE PREFERRED|MASSHEALTH|BCBS MEDEX]]  ID <<HEALTH_PLAN:medicaid>>  "
                          "GROUP [[GRP]]"),
        ("EMERGENCY CONTACT", "<<PERSON:rel_full>> ([[daughter|son|spouse|friend]]) <<PHONE:us>>"),
        ("EMPLOYER", "<<ORGANIZATION:emp>>"), ("PCP", "<<PERSON:doc_full>>, <<ORGANIZATION:prac>>, fax <<FAX:us>>"),
        ("PREFERRED PHARMACY", "<<ORGANIZATION:pharm>>"),
        ("PORTAL", "proxy access link <<URL:portal>>; last login from <<IP_ADDRESS:v4>>"),
        ("PHOTO ID", "[[ST]] driver's license <<LICENSE:dl>>"),
        ("VALET/VEHICLE", "<<VEHICLE_ID:plate>>"),
    ]
    for key, val in c.pick(rows, 5, 10):
        c.t(f"{key}: {val}\n")
    c.w("\n")


def _followup(c: _Ctx, adm: dict) -> None:
    r = c.rng
    c.w("Followup Instructions:\n")
    if c.chance(0.3, 0.1, "PHONE", "FAX", "PERSON"):
        c.w("___\n")
        return
    for _ in range(r.randint(1, 2)):
        day = r.choice(("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
        dept = {"ppm": "DEVICE CLINIC", "dbs": "MOVEMENT DISORDERS", "whipple": "SURGICAL ONCOLOGY",
                "tavr": "STRUCTURAL HEART", "dka": "DIABETES CENTER"}.get(adm["key"], adm["service"])
        c.t(f"Department: {dept}\nWhen: {day} [[SDUS]] at [[8-11]]:[[00|15|30|45]] AM\n"
            "With: <<PERSON:doc_caps>>, [[MD|NP|PA]] [<<PHONE:us>>]\nBuilding: ___ Floor [[1-9]]  Campus: "
            "[[EAST|WEST]]  Best Parking: [[___ Garage|Lot B]]\n\n")
    if r.random() < 0.5:
        c.t("Please also see your PCP, Dr. <<PERSON:doc_sur>> at <<ORGANIZATION:prac>>, within 1-2 weeks "
            "(office <<PHONE:us>>, fax <<FAX:us>>).\n")


def _instructions(c: _Ctx, adm: dict, dev: dict | None) -> None:
    c.t(f"Discharge Instructions:\nDear [[MRS]] <<PERSON:pt_sur>>,\n\nIt was a privilege caring for you at "
        f"<<ORGANIZATION:hosp>>. You were admitted for: {adm['dx'][0]}.\n")
    if dev is not None:
        c.t(f"- Carry your {dev['kind']} ID card at all times. Your device is a {dev['maker']} {dev['model']} "
            f"(model {dev['no']}); tell every MRI facility it is MR Conditional.\n")
    c.t("- Your images and reports are in the patient portal; your personal viewing link is <<URL:portal>>.\n"
        if c.chance(0.35, 0.7, "URL") else "- Results are available in the patient portal.\n")
    if c.chance(0.1, 0.6, "ACCOUNT"):
        c.t("- Billing questions: Patient Financial Services, reference account <<ACCOUNT:num>>.\n")
    if c.chance(0.15, 0.6, "PAGER"):
        c.t("- Questions before your follow-up visit: call the page operator and ask for the [[EP|GI|surgery|"
            "neurosurgery]] fellow on call (pager <<PAGER:short>>).\n")
    if c.chance(0.25, 0.6, "EMAIL"):
        c.t("- We will e-mail your appointment reminders to <<EMAIL:pt>> as you requested.\n")
    for line in c.pick(_PUBLIC_LINES, 1, 2):
        c.t(f"- {line}\n")
    c.w("Call your doctor or return to the ED for fever > 101.5F, chest pain, shortness of breath, bleeding, or "
        "any new symptom that worries you.\n\n")


def _discharge(c: _Ctx) -> None:
    r = c.rng
    adm = r.choice(_ADMISSIONS)
    dev = _device(c, adm["devices"]) if adm["devices"] else None
    if dev is None and c.chance(0.12, 0.85, "DEVICE_ID", "IP_ADDRESS"):
        dev = _device(c, ("dual-chamber pacemaker", "single-chamber ICD", "implantable loop recorder", "CRT-D"))
    c.t("Name:  <<PERSON:pt_full>>                  Unit No:   <<MRN:num>>\n \n"
        "Admission Date:  <<DATE_REAL_YEAR:ev_us>>              Discharge Date:   <<DATE_REAL_YEAR:ev_us>>\n \n"
        f"Date of Birth:  <<DATE_REAL_YEAR:dob_us>>             Sex:   {c.sex}\n \n"
        f"Service: {adm['service']}\n \nAllergies: \n"
        + r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "iodinated contrast (hives; "
                    "premedicated)", "Sulfa (Sulfonamide Antibiotics) / Codeine"))
        + "\n \nAttending: <<PERSON:doc_full>>.\n \n")
    c.t(f"Chief Complaint:\n{adm['cc']}\n \nMajor Surgical or Invasive Procedure:\n" + "\n".join(adm["proc"]) + "\n\n")
    age_slot = r.choice(("<<AGE_OVER_89:num=[[AGE]]>>", "<<AGE_OVER_89:num=[[AGE]]>>",
                         "<<AGE_OVER_89:words=[[AGEW]]>>"))
    c.t("History of Present Illness:\n" + adm["hpi"].replace("[[AGE]]", age_slot, 1))
    if c.chance(0.3, 0.5, "ORGANIZATION", "LOCATION"):
        c.t(" Transferred from <<ORGANIZATION:hosp>> in <<LOCATION:any>> for "
            + {"ppm": "EP evaluation.", "pci": "cardiac catheterization.", "ercp": "ERCP.", "tavr": "TAVR evaluation.",
               "hip": "orthopaedic surgery."}.get(adm["key"], "higher level of care."))
    c.w("\n \nPast Medical History:\n")
    for item in adm["pmh"]:
        c.t(f"- {item}\n")
    c.t("\nSocial History:\n" + c.choose(_SOCIAL) + "\n\nFamily History:\n"
        + r.choice(("Noncontributory.", "Father with MI at [[50-70]]. Mother with Parkinson disease.",
                    "Mother: breast cancer at [[45-70]]. Brother: T2DM.", "No family history of sudden cardiac death."))
        + "\n\n")
    c.t("Physical Exam:\nADMISSION: VS: T [[97.1-99.9]] BP [[98-168]]/[[52-96]] HR [[38-118]] RR [[12-24]] "
        "SpO2 [[91-99]]% [[RA|2L NC]]. GCS 15. [[Glasgow Coma Scale 15.|Alert, oriented x3.|Mildly confused, "
        "oriented x2.]]\nDISCHARGE: VS: T [[97.1-99.1]] BP [[104-142]]/[[58-84]] HR [[58-92]] RR [[14-18]] SpO2 "
        "[[94-99]]% RA. Incision/site clean, dry, intact. No edema.\n\n")
    c.w("Pertinent Results:\n")
    for line in c.pick(_LABS, 3, 6):
        c.t(line + "\n")
    c.w("\n")
    kind = adm["report"]
    if kind == "cath":
        _cath_log(c)
    elif kind == "endo":
        _endo_log(c)
    elif kind == "or":
        _or_log(c, adm["key"])
    elif kind == "tavr":
        _tavr_log(c)
    if dev is not None:
        _registry(c, dev)
    if c.chance(0.5, 0.7, "URL", "PAGER"):
        ex = _EXAMS[adm["exam"]]
        c.t(f"IMAGING: {ex['name']} ([[SD]]):\n")
        if r.random() < 0.4:
            _comparison(c, ex)
        for k, line in enumerate(c.pick(ex["imp"], 1), 1):
            c.t(f"  {k}. {line}\n")
        if r.random() < 0.4:
            c.t("  Read by <<PERSON:doc_init>>, MD; critical result called to the floor team (pgr <<PAGER:short>>).\n")
        c.w("\n")
    c.w("Brief Hospital Course:\n")
    for item in c.pick(adm["course"], 2):
        c.t(item + "\n")
    if c.chance(0.3, 0.9, "VEHICLE_ID"):
        c.t(c.choose((
            "# Dispo: SW assisted the family with retrieving the patient's car from the hospital garage (VIN "
            "<<VEHICLE_ID:vin>>); patient not to drive until cleared.",
            "# Dispo: patient drove to the ED; vehicle (plate <<VEHICLE_ID:plate>>) moved from the ED lot by "
            "security and released to <<PERSON:rel_full>>.",
            "# Code status: Full code (confirmed). HCP <<PERSON:rel_full>>, [[daughter|son|wife|husband]].",
            "# Communication: interpreter <<PERSON:doc_full>> ([[Portuguese|Cape Verdean Creole|Vietnamese]]) "
            "present for discharge teaching.",
        )) + "\n")
    c.w("\nMedications on Admission:\nThe Preadmission Medication list is accurate and complete.\n")
    for k, med in enumerate(c.pick(adm["meds"], 2, 4), 1):
        c.t(f"{k}. {med}\n")
    c.w("\nDischarge Medications:\n")
    for k, med in enumerate(adm["meds"], 1):
        c.t(f"{k}. {med}\n")
    if c.chance(0.25, 0.7, "LICENSE"):
        c.t(c.choose(("Controlled substance prescription e-signed by <<PERSON:doc_full>>, DEA <<LICENSE:dea>>; PMP "
                      "reviewed.\n",
                      "E-prescribed by <<PERSON:doc_full>>, [[MD|NP|PA-C]] (NPI <<LICENSE:npi>>) to "
                      "<<ORGANIZATION:pharm>>.\n")))
    disp = r.choice(("Home", "Home With Service", "Extended Care"))
    c.w(f"\nDischarge Disposition:\n{disp}\n")
    if disp == "Extended Care":
        c.t("\nFacility:\n<<ORGANIZATION:snf>>\n")
    elif disp == "Home With Service":
        c.t("\nFacility:\n<<ORGANIZATION:snf=___>> VNA\n")
    c.w("\nDischarge Diagnosis:\n" + "\n".join(adm["dx"]) + "\n\n")
    c.w("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: " + r.choice(("Ambulatory - Independent.",
                                        "Ambulatory - requires assistance or aid (walker or cane).",
                                        "Out of Bed with assistance to chair or wheelchair.")) + "\n\n")
    _instructions(c, adm, dev)
    _followup(c, adm)
    if c.chance(0.25, 0.9, "SSN", "ZIP", "STREET_ADDRESS", "HEALTH_PLAN", "ACCOUNT", "EMAIL", "PHONE", "FAX",
                "IP_ADDRESS", "URL", "VEHICLE_ID", "LICENSE"):
        c.w("\n")
        _face_sheet(c)


# Requisition comments used only when the note's layout has no slot left for a planted category.
_EXTRA = {
    "PHONE": ("Patient's preferred callback number: <<PHONE:pt_us>>", "Cell (per patient): <<PHONE:pt_us>>"),
    "FAX": ("Send copy of report to outside office fax <<FAX:us>>", "Copy to referring office, fax# <<FAX:us>>"),
    "PAGER": ("Ordering provider pager: <<PAGER:short>>", "Call results to covering NP, pgr <<PAGER:short>>"),
    "EMAIL": ("Patient requests results by e-mail: <<EMAIL:pt>>", "Contact e-mail on file: <<EMAIL:pt>>"),
    "URL": ("Outside images available at <<URL:share>>", "Prior images shared by the patient: <<URL:share>>"),
    "IP_ADDRESS": ("Outside images uploaded by the patient from IP <<IP_ADDRESS:v4>>",
                   "Pre-registration completed online from <<IP_ADDRESS:v4>>"),
    "SSN": ("SSN on requisition: <<SSN:dash>>", "Guarantor SSN: <<SSN:space>>"),
    "MRN": ("Outside MRN: <<MRN:alnum>>", "Prior unit number (merged): <<MRN:dash>>"),
    "ACCOUNT": ("Billing account: <<ACCOUNT:dash>>", "Encounter/FIN: <<ACCOUNT:enc>>"),
    "HEALTH_PLAN": ("Insurance member ID: <<HEALTH_PLAN:member>>", "MassHealth ID <<HEALTH_PLAN:medicaid>>, prior "
                    "auth [[PA-|AUTH ]][[100000-999999]]"),
    "LICENSE": ("Ordering provider NPI: <<LICENSE:npi>>", "ID checked: driver's license <<LICENSE:dl>>"),
    "ZIP": ("Patient ZIP (for transport): <<ZIP:zip5>>", "Mailing ZIP: <<ZIP:zip9>>"),
    "STREET_ADDRESS": ("Transport pick-up address: <<STREET_ADDRESS:addr>>", "Home address confirmed: "
                       "<<STREET_ADDRESS:addr>>"),
    "DATE_REAL_YEAR": ("DOB per requisition: <<DATE_REAL_YEAR:dob_any>>",
                       "Outside study date: <<DATE_REAL_YEAR:ev_any>>"),
    "AGE_OVER_89": ("Age on requisition: <<AGE_OVER_89:num>>", "Pt is <<AGE_OVER_89:words>> years old per family"),
    "DEVICE_ID": ("Implant on MR screening form: serial <<DEVICE_ID:mdt>>", "Implant card SN <<DEVICE_ID:abt>>"),
    "VEHICLE_ID": ("Valet/parking: vehicle plate <<VEHICLE_ID:plate>>", "Security hold on vehicle, plate "
                   "<<VEHICLE_ID:plate>>"),
    "PERSON": ("Requisition signed by <<PERSON:doc_full>>, MD", "Contact <<PERSON:rel_full>> for scheduling"),
    "LOCATION": ("Transport from <<LOCATION:city>>", "Patient visiting from <<LOCATION:foreign>>"),
    "ORGANIZATION": ("Referring facility: <<ORGANIZATION:hosp>>", "Prior images at <<ORGANIZATION:img>>"),
}


def _extra_block(c: _Ctx) -> None:
    """Fallback for planted categories without a slot in the note's layout (its own random stream)."""
    cats = list(c.extra) + c.erng.sample(sorted(set(_EXTRA) - set(c.extra)), c.erng.randint(0, 2))
    c.erng.shuffle(cats)
    c.w(c.erng.choice(("\nREQUISITION COMMENTS (free text from order entry):\n",
                       "\nADDITIONAL REGISTRATION DATA (interface):\n", "\nORDER NOTES:\n")))
    for cat in cats:
        c.t("- " + c.erng.choice(_EXTRA[cat]) + "\n")


def _dose_or_requisition(c: _Ctx, ex: dict) -> None:
    """Optional trailing system blocks of radiology notes: CT dose report and/or requisition comments."""
    r = c.rng
    if ex.get("mod") == "CT" or r.random() < 0.3:
        c.t("DOSE REPORT (auto-generated)\n"
            "  Series  Type     Scan range        CTDIvol(mGy)  DLP(mGy-cm)  Phantom\n"
            "  1       Scout    -                 0.[[10-40]]          [[8-19]].[[1-9]]          32 cm\n"
            "  2       Helical  I[[10-90]].0-S[[100-300]].5   [[5.0-19.9]]         [[180-900]]          32 cm\n"
            "  Total exam DLP: [[200-950]] mGy-cm.  Dose alert threshold not exceeded.\n\n")
    if c.lit < 1500 or r.random() < 0.7:
        c.w("REQUISITION COMMENTS (free text from order entry):\n")
        for line in c.pick([_EXTRA[k][0] for k in sorted(_EXTRA)], 1, 3):
            c.t("- " + line + "\n")
        c.t("- Transport: [[wheelchair|stretcher|ambulatory]] from [[ROOM]]; isolation: [[none|contact|droplet]]\n\n")


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def _render(seed: int, i: int, plan: tuple[str, ...], heavy: bool, assign: dict[int, str] | None = None,
            extra: tuple[str, ...] = ()) -> tuple[_Ctx, str]:
    c = _Ctx(seed, i, plan, heavy, assign, extra)
    note_type = "radiology" if c.rng.random() < 0.5 else "discharge"
    if note_type == "radiology":
        _radiology(c)
    else:
        _discharge(c)
    if extra:
        _extra_block(c)
    return c, note_type


def _masked(value: str) -> str:
    """Accession and order numbers are identifiers under the project's label policy (HIPAA Safe Harbor's
    "any other unique identifying number"; DICOM PS3.15 removes both), counted as ACCOUNT. This corpus was
    written when that policy was open and left them as unlabelled look-alikes; they are now masked, as
    de-identified text has them. The value is still drawn, so every other character of the corpus is
    unchanged."""
    del value
    return "___"


def holdout13_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic, computed on its own)."""
    role, plan = _block_plan(seed, i // _BLOCK)[i % _BLOCK]
    c, note_type = _render(seed, i, plan, role == "heavy")
    if plan:
        missing = tuple(sorted((Counter(plan) - Counter(c.slots)).elements()))
        if missing:
            c, note_type = _render(seed, i, plan, False, extra=missing)
        arng = random.Random(f"holdout13|{seed}|{i}|assign")
        assign: dict[int, str] = {}
        for cat in plan:
            free = [k for k, s in enumerate(c.slots) if s == cat and k not in assign]
            assign[arng.choice(free)] = cat
        slots = c.slots
        c, note_type = _render(seed, i, plan, False, assign, missing)
        assert c.slots == slots and sorted(s[2] for s in c.spans) == sorted(plan), (seed, i)
    text = "".join(c.parts)
    return LabelledNote(note_type=note_type, text=text, spans=sorted(c.spans))


def holdout13_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout13_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout13_corpus, argv,
        "Held-out corpus 13 (blind): radiology/procedure-heavy systems-generated text - RIS/PACS banners, DICOM "
        "dumps, HL7 segments, device registries, cath/endoscopy logs, dictation footers, call-back lines.")
    report("holdout13", args, notes, hits, res)


if __name__ == "__main__":
    main()
