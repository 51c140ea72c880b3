"""Held-out corpus 35: radiation oncology, nuclear medicine and molecular imaging.

Labelled synthetic MIMIC-IV-Note-shaped notes for an honest measurement of the residual-identifier
probe. Sixteen document kinds, about half ``discharge`` (inpatient discharge summaries around a
radiation-oncology admission, end-of-treatment radiation summaries, dosimetry/plan-check logs,
brachytherapy seed-implant and HDR logs, radiopharmaceutical dose records and isotope shipment
receipts, I-131 radiation-safety precaution letters, on-treatment weekly visit notes, tumour-board
excerpts, physics QA notes) and about half ``radiology`` (PET/CT with FDG, PSMA or DOTATATE tracers,
bone scans, MUGA, V/Q scans, myocardial perfusion SPECT, thyroid uptake scans and post-therapy
scans, lymphoscintigraphy).

Every identifier is masked as ``___`` and every date is shifted into 2100-2200, as in MIMIC-IV-Note,
except in about 57% of the notes where one to four identifiers *escaped* masking. Those are the
planted spans ``(start, end, category)``; the categories are exactly ``CATEGORIES``.

Labelling conventions
- A span covers the exact value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "NPI") and
  credentials ("MD", "RN", "CMD", "PhD") stay outside it.
- An address is labelled in pieces: street line (STREET_ADDRESS, a unit number belongs to it), town
  (LOCATION) and ZIP (ZIP); the state is never labelled. An address piece that did not escape is
  ``___``.
- DATE_REAL_YEAR is a date carrying a real, unshifted year (1900-2030); a shifted date (2100-2200),
  a bare year ("AJCC 8th edition (2017)"), an expiry date of a radioactive source or a kit is not
  labelled. AGE_OVER_89 labels the number only (90 and older); younger ages are not labelled.
- DEVICE_ID is the serial number of a device carried by the patient (pacemaker/ICD, port,
  neurostimulator, pump), or a UDI carrying such a serial. Model numbers, seed models, catalogue
  (REF) numbers, lot numbers, treatment-machine names, dose-calibrator and survey-meter models are
  not labelled. ACCOUNT covers accession, order, requisition, specimen and billing-account numbers.
- Drug, radiopharmaceutical and device brand names, equipment makers, eponyms and eponymous scores
  (Gleason, Deauville, Lugano, Krenning, PIOPED...), public hotlines and public websites (NRC,
  poison control, NCI), generic department names, states and countries are never labelled.
- ``_build`` also returns the sorted list of the non-PHI look-alike strings that were placed and the
  note's kind ("heavy": heavily masked, no plants; "normal": everything else).

Which notes carry plants, how many, and of which category is decided by low-discrepancy (Kronecker)
sequences of the note index, so per-category counts are stable across seeds; the seed only shifts the
sequences and drives the wording, layouts and surrogate values (``random.Random`` seeded with strings
built here, never ``hash()``), so every note depends only on ``(seed, i)``.

Written blind: the author read only the measuring harness (``holdout_measure.py``), the first lines
of ``notes.py`` (``CATEGORIES``, ``LabelledNote``), the shared MIMIC-IV schema and data-issue
references, the fully masked note-shaped samples, ``pyproject.toml`` and the task description —
nothing of the detector, its rules, its tests or its output.
"""

from __future__ import annotations

import math
import random
import re
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Low-discrepancy planning
# --------------------------------------------------------------------------------------------------

_A_MODE = 0.6180339887498949  # golden ratio - 1
_A_TYPE = 0.41421356237309515  # sqrt(2) - 1
_A_COUNT = 0.7320508075688772  # sqrt(3) - 1
_A_CAT = 0.6457513110645906  # sqrt(7) - 2

_HEAVY_SHARE = 0.05
_PLANT_SHARE = 0.575
_BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_WEIGHTS = {c: (1.6 if c in _BIG else 1.0) for c in CATEGORIES}
_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _c in CATEGORIES:
    _acc += _WEIGHTS[_c]
    _CUM.append((_acc, _c))
_TOTAL_W = _acc


def _frac(x: float) -> float:
    return x - math.floor(x)


def _mode(seed: int, i: int) -> tuple[str, str, int]:
    """(kind, note_type, number of plants) for note i."""
    u = _frac(_frac(seed * 0.5772156649015329) + i * _A_MODE)
    v = _frac(_frac(seed * 0.3183098861837907) + i * _A_TYPE)
    note_type = "discharge" if v < 0.5 else "radiology"
    if u < _HEAVY_SHARE:
        return "heavy", note_type, 0
    if u >= _HEAVY_SHARE + _PLANT_SHARE:
        return "normal", note_type, 0
    w = _frac(_frac(seed * 0.2718281828459045) + i * _A_COUNT)
    return "normal", note_type, (1 if w < 0.08 else 2 if w < 0.28 else 3 if w < 0.60 else 4)


_PREFIX: dict[int, list[int]] = {}


def _ordinal(seed: int, i: int) -> int:
    """How many plants notes 0..i-1 carry (a function of the plan only, so note i stays independent)."""
    acc = _PREFIX.setdefault(seed, [0])
    while len(acc) <= i:
        acc.append(acc[-1] + _mode(seed, len(acc) - 1)[2])
    return acc[i]


def _plan(seed: int, i: int) -> tuple[str, str, list[str]]:
    """(kind, note_type, planted categories) for note i: low-discrepancy in i, shifted by the seed.

    The category of the g-th plant of the corpus is the Kronecker sequence frac(offset + g*alpha)
    mapped onto the category weights, so per-category counts stay within a few of their expectation.
    """
    kind, note_type, k = _mode(seed, i)
    if not k:
        return kind, note_type, []
    off = _frac(seed * 0.1415926535897932)
    g0 = _ordinal(seed, i)
    cats = []
    for j in range(k):
        c = _frac(off + (g0 + j) * _A_CAT) * _TOTAL_W
        cats.append(next(cat for lim, cat in _CUM if c < lim))
    return kind, note_type, cats


# --------------------------------------------------------------------------------------------------
# Surrogate values (invented; real town names)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Ingrid", "Chidi", "Mei-Ling", "Rahul", "Siobhan", "Tomasz", "Aroha", "Yusuf", "Lucía", "Kwame",
    "Anneliese", "Hiroshi", "Fatoumata", "Dmitri", "Priya", "Oisín", "Nalani", "Bogdan", "Thandiwe",
    "Esperanza", "Joaquim", "Saoirse", "Farhan", "Ngozi", "Eero", "Ximena", "Kofi", "Leilani", "Radu",
    "Marisol", "Tuan", "Agnieszka", "Demetrius", "Hana", "Ifeoma", "Lars", "Zainab", "Matteo", "Soraya",
    "Wiremu", "Halina", "Bao", "Rosalind", "Emeka", "Svetlana", "Tariq", "Ilse", "Mateus", "Chiamaka",
    "Paulo", "Dagny", "Keanu", "Ottoline", "Sunil", "Ewa", "Jorge", "Aylin", "Cormac", "Yaw", "Minh",
)
_LAST = (
    "Solheim", "Okafor", "Vasquez-Reyes", "Raghunathan", "O'Byrne", "Kowalczyk", "Ngata", "Demir",
    "Achterberg", "Mensah", "Takahashi", "Diallo", "Volkov", "Iyer", "Feeney", "Kahananui", "Petrović",
    "Dlamini", "Carvalho", "Lindqvist", "Haddad", "Nwosu", "Virtanen", "Quispe", "Boateng", "Nakamura",
    "Popescu", "Trinh", "Zielinski", "Abernathy", "Castellanos", "Oyelaran", "Brennan", "Szabo",
    "Mahlangu", "Rosenthal", "Yilmaz", "Ferreira", "Adeyemi", "Kask", "Wojcik", "Nguyen-Tran", "Søndergaard",
    "MacAulay", "Chaudhry", "Bergström", "Okonkwo", "Delacroix", "Amankwah", "Hakimi", "Fairbanks",
    "Tavares", "Gallagher", "Sato", "Mwangi", "Lefebvre", "Kuznetsova", "Pemberton", "Idowu", "Hollis",
)
_TOWNS = (
    "Framingham", "Lowell", "Pittsfield", "Chicopee", "Nashua", "Woonsocket", "Brattleboro", "Bangor",
    "Fall River", "Leominster", "Haverhill", "Taunton", "Keene", "Attleboro", "Gloucester", "Northampton",
    "Westerly", "Manchester", "Lewiston", "Holyoke", "Fitchburg", "Dorchester", "Jamaica Plain",
    "Marlborough", "Plymouth", "Concord", "Rutland", "Burlington", "New Bedford", "Amesbury", "Pawtucket",
    "Greenfield", "Methuen", "Biddeford", "Dover", "Salem", "Barnstable", "Chelmsford", "Revere", "Athol",
)
_HOSPS = (
    "Merrimack Valley Cancer Center", "Granite Ridge Oncology Associates", "St. Brigid's Regional Hospital",
    "Quabbin Hematology & Oncology", "Sable Point Imaging", "Halloran Family Medicine",
    "Pioneer Valley Radiation Therapy", "Kestrel Diagnostic Imaging", "Eastbrook Community Health Center",
    "Ashcombe Memorial Hospital", "Lantern Hill Cardiology", "Seacoast Thyroid Clinic",
    "North Shore Endocrine Partners", "Riverbend Urology Group", "Cobble Ridge Medical Center",
    "Beacon Harbor PET Center", "Wachusett Regional Hospital", "Harrowgate Surgical Associates",
    "Tri-County Visiting Nurse Association", "Larchmont Hospice", "Fenwick Oncology Partners",
    "Marlow Street Dialysis", "Old Colony Radiology", "Saint Ansgar Hospital",
)
_PHARMS = (
    "Blackstone Nuclear Pharmacy", "Northfield Radiopharmacy Services", "Tidewater Isotope Supply",
    "Granite State Radiopharmacy", "Harbourlight Nuclear Pharmacy", "Meridian Isotope Partners",
)
_EMPLOYERS = (
    "Wachusett Logistics", "Dunmore Paper Mill", "Ferncliff Marine Supply", "Corliss Machine Works",
    "Harbor Street Bakery", "Tremont Valley Transit", "Oakhurst Landscaping", "Pell & Hughes Insurance",
    "Alder Brook Farms", "Moxley Electric",
)
_SCHOOLS = (
    "Pell Street Elementary School", "Coldwater Regional High School", "Brookline Avenue Montessori",
    "Whitcomb Middle School", "Ridgefield Community College",
)
_STREETS = (
    "Alder", "Quarry Hill", "Kimball", "Old Bay", "Linden", "Veterans Memorial", "Prospect", "Chestnut",
    "Harborview", "Mill Pond", "Cedar Swamp", "Birchwood", "Orchard", "Pleasant", "Wachusett", "Blueberry",
    "Lafayette", "Union", "Fisher", "Tremont", "Salmon Brook", "Highland", "Maplewood", "Common",
)
_SUFFIX = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Terrace", "Way", "Court",
           "Place", "Crescent", "Circle", "Pkwy")
_AREA = ("978", "508", "413", "617", "781", "603", "401", "207", "802", "860", "339", "774", "857", "351")
_DOMAINS = ("merrimackcancer.org", "graniteridgeonc.com", "stbrigids.org", "kestrelimaging.net",
            "beaconharborpet.com", "pvrt.org", "seacoastthyroid.com", "ashcombe-memorial.org")
_FREEMAIL = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# never a person: used in the text as eponyms, score names, drug or device brands
_EPONYMS = ("Gleason", "Hodgkin", "Graves", "Hashimoto", "Hürthle", "Virchow", "Deauville", "Lugano",
            "Krenning", "PIOPED", "Karnofsky", "Anger", "Bragg", "Pancoast", "Horner", "Breslow", "Bilsky",
            "Ann Arbor", "Geiger", "Lugol", "Wilms", "Ewing", "Syed", "Fletcher")
_BRANDS = ("Pluvicto", "Lutathera", "Xofigo", "Netspot", "Pylarify", "Illuccix", "Lymphoseek", "Cardiolite",
           "Lexiscan", "DaTscan", "Thyrogen", "Synthroid", "Cytomel", "Zofran", "TrueBeam", "Halcyon",
           "CyberKnife", "GammaTile", "SpaceOAR", "Calypso", "AlignRT", "Eclipse", "ARIA", "RayStation",
           "MIM", "Mobius3D", "RadCalc", "Capintec", "Ludlum", "UltraTag", "Technelite", "Azure", "Medtronic",
           "Biograph", "Xeleris", "Decadron", "Carafate", "Aquaphor", "Miaplex", "Kenalog")


def _luhn_digit(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _vin(p: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = p.choice(("1HG", "2T1", "JN8", "WBA", "5YJ", "3FA", "1FT", "KNM", "4T1", "1C4")) + "".join(
        p.choice(chars) for _ in range(5)) + "X" + p.choice("ABCDEFGHJKLMNPRSTVWXY") + p.choice("ABCDFGHJKMNPR") \
        + "".join(
        p.choice("0123456789") for _ in range(6))
    trans = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
             **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    check = sum(trans[c] * wt for c, wt in zip(body, weights, strict=True)) % 11
    return body[:8] + ("X" if check == 10 else str(check)) + body[9:]


def _digits(p: random.Random, n: int, first: str = "123456789") -> str:
    return p.choice(first) + "".join(p.choice("0123456789") for _ in range(n - 1))


def _phone(p: random.Random) -> str:
    a, b, c = p.choice(_AREA), _digits(p, 3, "23456789"), _digits(p, 4, "0123456789")
    return p.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                     f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c}"))


def _real_date(p: random.Random, hint: str | None) -> str:
    if hint == "dob":
        y = p.randint(1924, 1972)
    else:
        y = p.randint(1996, 2024)
    d = date(y, 1, 1) + timedelta(days=p.randrange(365))
    mon = _MONTHS[d.month - 1]
    if hint == "long":
        return f"{mon} {d.day}, {d.year}"
    fmts = (f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", f"{mon} {d.day}, {d.year}",
            f"{mon[:3]} {d.day} {d.year}", f"{d.day:02d}-{mon[:3]}-{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day} {mon} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{mon[:3].upper()} {d.day:02d} {d.year}")
    if hint == "dob":
        return p.choice(fmts[:2] + fmts[4:6])
    return p.choice(fmts)


def _person(p: random.Random, hint: str | None) -> str:
    first, last = p.choice(_FIRST), p.choice(_LAST)
    if hint is None:
        hint = p.choice(("full", "full", "lf", "init", "mid"))
    if hint == "last":
        return last
    if hint == "first":
        return first
    if hint == "lf":
        return f"{last}, {first}"
    if hint == "init":
        return f"{first[0]}. {last}"
    if hint == "mid":
        return f"{first} {p.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    if hint == "caps":
        return f"{last.upper()}, {first.upper()}"
    return f"{first} {last}"


def _value(cat: str, p: random.Random, hint: str | None = None) -> str:
    """A surrogate value of one category (hint: a format asked for by the context)."""
    if cat in ("PHONE", "FAX"):
        return _phone(p)
    if cat == "PAGER":
        return p.choice((_digits(p, 5), f"{p.randint(2, 9)}-{_digits(p, 4, '0123456789')}", _digits(p, 6),
                         f"{p.choice(_AREA)}-{_digits(p, 3, '23456789')}-{_digits(p, 4, '0123456789')}",
                         f"{_digits(p, 3, '23456789')}-{_digits(p, 4, '0123456789')}"))
    if cat == "EMAIL":
        f, last = p.choice(_FIRST), p.choice(_LAST)
        f = f.lower().replace("í", "i").replace("-", "")
        last = re.sub(r"[^a-z]", "", last.lower().replace("ø", "o").replace("ö", "o").replace("ć", "c"))
        local = p.choice((f"{f}.{last}", f"{f[0]}{last}", f"{last}.{f[0]}", f"{f}{last[:3]}{p.randint(1, 99)}",
                          f"{f}_{last}"))
        dom = p.choice(_DOMAINS + _FREEMAIL)
        return f"{local}@{dom}"
    if cat == "URL":
        tok = "".join(p.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        name = re.sub(r"[^a-z]", "", p.choice(_LAST).lower())
        return p.choice((
            f"https://share.{p.choice(_DOMAINS)}/s/{tok}",
            f"https://mychart.{p.choice(_DOMAINS)}/appt?id={_digits(p, 6)}",
            f"http://pacs-gw.{p.choice(_DOMAINS).split('.')[0]}.local/viewer/study/{_digits(p, 7)}",
            f"www.gofundme.com/f/help-{name}-family-fight-cancer",
            f"https://www.caringbridge.org/visit/{name}{p.randint(10, 99)}",
            f"{p.choice(_DOMAINS)}/patients/{_digits(p, 5)}/upload",
            f"https://imageshare.{p.choice(_DOMAINS)}/{tok}",
        ))
    if cat == "IP_ADDRESS":
        return p.choice((f"10.{p.randint(0, 255)}.{p.randint(0, 255)}.{p.randint(2, 254)}",
                         f"172.{p.randint(16, 31)}.{p.randint(0, 255)}.{p.randint(2, 254)}",
                         f"192.168.{p.randint(0, 255)}.{p.randint(2, 254)}",
                         f"{p.choice((128, 134, 138, 155, 205))}.{p.randint(1, 254)}.{p.randint(0, 255)}"
                         f".{p.randint(2, 254)}"))
    if cat == "SSN":
        a = p.choice([n for n in range(1, 900) if n != 666])
        b, c = p.randint(1, 99), p.randint(1, 9999)
        return p.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}",
                         f"{a:03d}{b:02d}{c:04d}"))
    if cat == "MRN":
        return p.choice((_digits(p, 7), _digits(p, 8), "00" + _digits(p, 6), f"M{_digits(p, 7)}",
                         f"{_digits(p, 3)}-{_digits(p, 2, '0123456789')}-{_digits(p, 2, '0123456789')}"))
    if cat == "ACCOUNT":
        return p.choice((f"NM{p.randint(18, 29)}-{_digits(p, 6)}", _digits(p, 10), f"ORD{_digits(p, 7)}",
                         f"RQ-{_digits(p, 6)}", f"A{_digits(p, 9)}", f"E{_digits(p, 8)}",
                         f"{p.choice('HKPR')}{_digits(p, 2)}-{_digits(p, 5)}"))
    if cat == "HEALTH_PLAN":
        alpha = "ACDEFGHJKMNPQRTUVWXY"
        if hint == "mbi" or p.random() < 0.3:
            s = (p.choice("123456789") + p.choice(alpha) + p.choice(alpha + "0123456789") + p.choice("0123456789")
                 + p.choice(alpha) + p.choice(alpha + "0123456789") + p.choice("0123456789") + p.choice(alpha)
                 + p.choice(alpha) + p.choice("0123456789") + p.choice("0123456789"))
            return p.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))
        return p.choice(("".join(p.choice("BCHKMTWXZ") for _ in range(3)) + _digits(p, 9),
                         f"W{_digits(p, 9)}", f"{_digits(p, 9)}-0{p.randint(1, 4)}", f"YHP{_digits(p, 8)}"))
    if cat == "LICENSE":
        kind = hint or p.choice(("npi", "dea", "dl", "lic"))
        if kind == "npi":
            body = "1" + _digits(p, 8, "0123456789")
            return body + _luhn_digit("80840" + body)
        if kind == "dea":
            d = [p.randint(0, 9) for _ in range(6)]
            chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
            return p.choice("ABFGM") + p.choice("ABCDFGHJKLMNPRSTW") + "".join(map(str, d)) + str(chk)
        if kind == "dl":
            return p.choice((f"S{_digits(p, 8, '0123456789')}", f"{_digits(p, 9)}", f"NHL{_digits(p, 8)}"))
        return p.choice((_digits(p, 6), f"{_digits(p, 5)}", f"RN{_digits(p, 7)}", f"MD{_digits(p, 6)}"))
    if cat == "ZIP":
        z = p.choice(("01", "02", "03", "04", "05", "06")) + _digits(p, 3, "0123456789")
        return z if p.random() < 0.75 else f"{z}-{_digits(p, 4, '0123456789')}"
    if cat == "STREET_ADDRESS":
        s = f"{p.randint(2, 2999)} {p.choice(_STREETS)} {p.choice(_SUFFIX)}"
        r = p.random()
        if r < 0.2:
            s += f" Apt {p.randint(1, 12)}{p.choice('ABCDF')}"
        elif r < 0.3:
            s += f", Unit {p.randint(1, 40)}"
        return s
    if cat == "DATE_REAL_YEAR":
        return _real_date(p, hint)
    if cat == "AGE_OVER_89":
        return str(p.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103)))
    if cat == "DEVICE_ID":
        if hint == "udi" or p.random() < 0.15:
            return (f"(01)00{_digits(p, 12, '0123456789')}(17){p.randint(26, 33)}{p.randint(1, 12):02d}28"
                    f"(21){p.choice(('HX', 'RNB', 'PJN', 'A'))}{_digits(p, 6)}")
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return p.choice(("".join(p.choice(L) for _ in range(3)) + _digits(p, 6) + p.choice("SHGR"),
                         f"{_digits(p, 4)}-{_digits(p, 4, '0123456789')}-{p.choice(L)}",
                         f"{p.choice(L)}{p.choice(L)}{_digits(p, 5)}", _digits(p, 9)))
    if cat == "VEHICLE_ID":
        if hint == "vin":
            return _vin(p)
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return p.choice((f"{p.randint(1, 9)}{''.join(p.choice(L) for _ in range(3))}{_digits(p, 2, '0123456789')}",
                         f"{p.randint(1, 9)}{p.choice(L)}{p.choice(L)} {_digits(p, 3)}",
                         f"{p.choice(L)}{p.choice(L)}-{_digits(p, 4)}",
                         f"{p.randint(1, 9)}{''.join(p.choice(L) for _ in range(3))}{_digits(p, 3, '0123456789')}",
                         _vin(p)))
    if cat == "PERSON":
        return _person(p, hint)
    if cat == "LOCATION":
        return p.choice(_TOWNS)
    if cat == "ORGANIZATION":
        pool = {"pharm": _PHARMS, "emp": _EMPLOYERS, "school": _SCHOOLS}.get(hint or "", _HOSPS)
        return p.choice(pool)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Planting contexts for escaped identifiers that have no natural field in the document
# ("prose": a sentence appended to a paragraph; "line": a line of its own)
# --------------------------------------------------------------------------------------------------

_CTX: dict[str, dict[str, tuple[str, ...]]] = {
    "PHONE": {
        "prose": ("Daughter ___ asks to be called at {V} with any schedule changes.",
                  "Pt reachable on cell {V} (prefers text).", "Left voicemail at {V}; awaiting call back.",
                  "Husband's number, {V}, confirmed at check-in.", "{He} can be reached at {V} after 3 pm.",
                  "Son called from {V} asking whether the grandchildren may visit."),
        "line": ("Phone: {V}", "Home tel {V}", "Contact #: {V}", "Cell: {V} (pt)", "{V} (daughter, ___)",
                 "Callback: {V}", "Tel. {V} ext. «214»"),
    },
    "FAX": {
        "prose": ("Records faxed to the referring office at {V} on ___.",
                  "Please fax the signed written directive to {V}.",
                  "Outside pathology was received by fax from {V}.", "Fax confirmation to {V} attached."),
        "line": ("Fax: {V}", "F: {V}", "Fax # {V}", "Secure fax {V}", "Fax to {V} (attn ___)"),
    },
    "PAGER": {
        "prose": ("Physics on call paged at {V} at 14:10.", "Page the covering resident at {V} with questions.",
                  "Beeper {V} for the hot lab tech.", "If unable to reach, page {V}.",
                  "Dosimetry paged ({V}) re: plan revision."),
        "line": ("Pager: {V}", "pgr {V}", "Page {V}", "Beeper #{V}", "On-call pager {V}", "RSO pager: {V}"),
    },
    "EMAIL": {
        "prose": ("Patient prefers updates by e-mail at {V}.", "Images requested by {V} for second opinion.",
                  "Copy of dosimetry summary sent to {V}.",
                  "Daughter wrote from {V} asking about travel precautions."),
        "line": ("Email: {V}", "E-mail {V}", "From: ___ <{V}>", "To: {V}", "Reply-to: {V}", "cc: {V}"),
    },
    "URL": {
        "prose": ("Patient instructed to upload the outside disc through {V}.", "Family portal link sent: {V}",
                  "Her fundraiser page {V} was mentioned during the visit.", "Outside images are available at {V}."),
        "line": ("Portal: {V}", "Link: {V}", "Image share: {V}", "Viewer URL {V}"),
    },
    "IP_ADDRESS": {
        "prose": ("Plan exported to the R&V server at {V} without error.",
                  "DICOM push from {V} failed twice, resent manually.",
                  "Login to the treatment console recorded from {V}.", "Outside PACS node {V} queried for priors."),
        "line": ("Workstation IP: {V}", "Source AE ___ @ {V}", "Host {V}", "Node: {V}:104", "Remote host {V} (VPN)"),
    },
    "SSN": {
        "prose": ("Registration shows SSN {V} on the outside form.",
                  "Social security number {V} was written on the shipping label and crossed out.",
                  "Pt recited {his} social, {V}, for the pharmacy."),
        "line": ("SSN: {V}", "Soc Sec # {V}", "SS#: {V}", "Social Security No. {V}"),
    },
    "MRN": {
        "prose": ("Outside MRN {V} listed on the CD cover.", "Note filed under medical record number {V}.",
                  "Images matched to MR# {V}."),
        "line": ("MRN: {V}", "MR#: {V}", "Med Rec No. {V}", "Unit No: {V}", "Patient ID {V}"),
    },
    "ACCOUNT": {
        "prose": ("Accession {V} was linked to the wrong order and corrected.",
                  "Billing account {V} needs prior auth for the next cycle.",
                  "Requisition {V} sent with the specimen.", "Order number {V} was duplicated by pharmacy."),
        "line": ("Accession #: {V}", "Acct: {V}", "Order #{V}", "Req. No. {V}", "Billing acct {V}",
                 "Specimen ID: {V}"),
    },
    "HEALTH_PLAN": {
        "prose": ("Insurance member ID {V} verified with the plan.",
                  "Prior authorization filed under subscriber {V}.",
                  "Medicare beneficiary identifier {V:mbi} on file."),
        "line": ("Member ID: {V}", "Subscriber #: {V}", "Policy/Member {V}", "MBI: {V:mbi}", "Ins ID {V}"),
    },
    "LICENSE": {
        "prose": ("Authorized user NPI {V:npi} is listed on the written directive.",
                  "Prescriber DEA {V:dea} for the oxycodone script.",
                  "Driver's license {V:dl} was photocopied at registration.",
                  "State license {V:lic} was verified for the visiting physicist."),
        "line": ("NPI: {V:npi}", "DEA# {V:dea}", "Lic. {V:lic}", "License No. {V:lic}", "DL: {V:dl}",
                 "Prescriber NPI {V:npi}"),
    },
    "ZIP": {
        "prose": ("Pt moving to zip code {V} next month; transfer of care discussed.",
                  "Home ZIP {V} is outside the courier radius.",
                  "Mailing address on file ends in ___, MA {V}."),
        "line": ("ZIP: {V}", "Zip {V}", "___, MA {V}", "Postal code: {V}"),
    },
    "STREET_ADDRESS": {
        "prose": ("Patient will stay with {his} sister at {V} during isolation.",
                  "Lives alone at {V}, second floor walk-up.", "Home visit arranged at {V}.",
                  "Shipment mistakenly addressed to {V}."),
        "line": ("Address: {V}, ___, ___ ___", "Street: {V}", "Mail to: {V}", "Home: {V} (___)"),
    },
    "DATE_REAL_YEAR": {
        "prose": ("Prior RT to the chest wall was completed on {V} at an outside hospital.",
                  "Original diagnosis dated {V}.", "Per outside records, thyroidectomy was done {V}.",
                  "Last chemotherapy cycle was given {V}.", "Letter dated {V} is scanned in."),
        "line": ("DOB: {V:dob}", "Date of birth {V:dob}", "Sent: {V:long} 3:12 PM", "Signed {V}",
                 "Outside study date: {V}"),
    },
    "AGE_OVER_89": {
        "prose": ("At {V}, {he} still lives independently.", "{He} is {V} years old and walks with a cane.",
                  "Given age ({V}), a hypofractionated course was favoured.", "{V} yo with good functional status."),
        "line": ("Age: {V}", "Age/Sex: {V}/{sex}", "Pt age {V}", "Age at consult: {V}"),
    },
    "DEVICE_ID": {
        "prose": ("Pacemaker serial {V} interrogated before and after treatment.",
                  "Port-a-cath ID card shows serial {V}.", "ICD (SN {V}) placed in MRI-safe mode.",
                  "Insulin pump serial {V} removed for the scan.", "Neurostimulator serial {V} noted on implant card."),
        "line": ("Device SN: {V}", "Serial #: {V}", "UDI: {V:udi}", "CIED serial {V}"),
    },
    "VEHICLE_ID": {
        "prose": ("Patient drove {him}self; car plate {V} noted for the parking validation.",
                  "Transport by family van, plate {V}.", "Security logged vehicle {V} in the radiation oncology lot.",
                  "{His} car (VIN {V:vin}) was towed; visit rescheduled."),
        "line": ("Vehicle plate: {V}", "Plate # {V}", "VIN: {V:vin}", "Parking permit vehicle {V}"),
    },
    "PERSON": {
        "prose": ("Discussed with {his} son {V:full}, who is the health care proxy.",
                  "Seen together with {V:full} (dosimetry).", "Case reviewed with Dr. {V:last}.",
                  "{His} partner, {V:first}, was present.", "Plan approved by {V:init}, physicist on duty.",
                  "Interpreter {V:full} assisted by phone."),
        "line": ("Physicist: {V:full}", "Dosimetrist: {V:lf}", "Signed: {V:full}, MD",
                 "Electronically signed by {V:full}", "cc: Dr. {V:full}", "RTT: {V:init}", "Witness: {V:caps}"),
    },
    "LOCATION": {
        "prose": ("{He} lives in {V} with {his} spouse.", "Travels 2 hours each way from {V} for daily treatment.",
                  "Originally from {V}, moved here in ___.",
                  "Will stay at a relative's house in {V} during the isolation period.",
                  "Was previously treated at a clinic in {V}."),
        "line": ("City: {V}", "Home town: {V}", "Residence: {V}, MA", "Transferred from: {V}"),
    },
    "ORGANIZATION": {
        "prose": ("Outside imaging performed at {V}.", "Works as a machinist at {V:emp}.",
                  "Referred by {V} for SBRT evaluation.", "Hospice through {V} has been contacted.",
                  "{His} grandchildren attend {V:school}.", "Dose ordered from {V:pharm}."),
        "line": ("Referring facility: {V}", "Outside hospital: {V}", "Supplier: {V:pharm}", "Employer: {V:emp}",
                 "Facility: {V}"),
    },
}

_TOK = re.compile(r"«([^«»]*)»|⟨([A-Z_0-9]+)(?::([a-z]+))?⟩")
_VTOK = re.compile(r"\{V(?::([a-z]+))?\}")


class _W:
    """Writes one note: text, labelled spans, look-alikes; natural PHI fields and spill points."""

    def __init__(self, key: str, heavy: bool, assign: dict[int, str] | None = None,
                 spill_assign: dict[int, list[str]] | None = None, p: random.Random | None = None):
        self.r = random.Random(key + "|tpl")
        self.p = p or random.Random(key + "|ctx")
        self.heavy = heavy
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []
        self.slots: list[tuple[str, str | None]] = []
        self.spills: list[str] = []
        self.assign = assign or {}
        self.spill_assign = spill_assign or {}
        self.base = date(self.r.randint(2110, 2188), 1, 1) + timedelta(days=self.r.randrange(365))
        self.dfmt = self.r.choice(("iso", "us", "us"))
        self.female = self.r.random() < 0.5
        self.radiology = False
        self.pool: tuple = ()

    # -- text primitives
    def t(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def lk(self, s: str) -> None:
        if len(s.strip()) >= 3:
            self.looks.append(s)
        self.t(s)

    def lab(self, v: str, cat: str) -> None:
        self.spans.append((self.n, self.n + len(v), cat))
        self.t(v)

    def L(self, s: str) -> str:
        """Register a look-alike and return it (for use inside f-strings)."""
        if len(s.strip()) >= 3:
            self.looks.append(s)
        return s

    def f(self, cat: str, hint: str | None = None) -> None:
        idx = len(self.slots)
        self.slots.append((cat, hint))
        if idx in self.assign:
            self.lab(self.assign[idx], cat)
        else:
            self.t("___")

    def x(self, s: str) -> None:
        pos = 0
        for m in _TOK.finditer(s):
            self.t(s[pos:m.start()])
            if m.group(1) is not None:
                self.lk(m.group(1))
            elif m.group(2) == "S":
                self.spill(m.group(3) or "prose")
            elif m.group(2) == "H":
                self.heavy_block()
            elif m.group(2) == "E":
                self.extras()
            else:
                self.f(m.group(2), m.group(3))
            pos = m.end()
        self.t(s[pos:])

    def spill(self, style: str) -> None:
        idx = len(self.spills)
        self.spills.append(style)
        for cat in self.spill_assign.get(idx, []):
            tpl = self.p.choice(_CTX[cat][style])
            for key, val in self.pr.items():
                tpl = tpl.replace("{" + key + "}", val)
            m = _VTOK.search(tpl)
            assert m is not None
            pre, post = tpl[:m.start()], tpl[m.end():]
            if style == "prose":
                self.t(" ")
            self.x(pre)
            self.lab(_value(cat, self.p, m.group(1)), cat)
            self.x(post)
            if style == "line":
                self.t("\n")

    # -- helpers for shifted dates and look-alikes
    def sd(self, days: int = 0, fmt: str | None = None) -> str:
        d = self.base + timedelta(days=days)
        fmt = fmt or self.dfmt
        s = f"{d.year}-{d.month:02d}-{d.day:02d}" if fmt == "iso" else f"{d.month:02d}/{d.day:02d}/{d.year}"
        if fmt == "long":
            s = f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
        return self.L(s)

    def tm(self) -> str:
        return f"{self.r.randint(6, 18):02d}:{self.r.choice((0, 5, 10, 12, 15, 20, 30, 34, 40, 45, 50, 55)):02d}"

    def am(self) -> str:
        return f"{self.r.randint(4, 11):02d}:{self.r.randint(0, 59):02d}AM"

    def lot(self) -> str:
        r = self.r
        return self.L(r.choice((f"{r.randint(20, 29)}{r.randint(1, 12):02d}{r.choice('ABCDEF')}{r.randint(10, 99)}",
                                f"""L{r.randint(100000,
                                    999999)}""", f"{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}-{r.randint(1, 9)}")))

    def ndc(self) -> str:
        r = self.r
        return self.L(f"{r.randint(10000, 79999)}-{r.randint(100, 999):03d}-{r.randint(1, 99):02d}")

    @property
    def pr(self) -> dict[str, str]:
        return ({"he": "she", "his": "her", "him": "her", "He": "She", "His": "Her", "man": "woman", "Mr": "Ms.",
                 "sex": "F"} if self.female else
                {"he": "he", "his": "his", "him": "him", "He": "He", "His": "His", "man": "man", "Mr": "Mr.",
                 "sex": "M"})

    def extras(self) -> None:
        pool = self.pool or (_EX_RAD if self.radiology else _EX_DC)
        k = min(len(pool), self.r.choice((2, 3, 3, 4)))
        for fn in self.r.sample(pool, k):
            self.x(fn(self))

    def heavy_block(self) -> None:
        if not self.heavy:
            return
        v = self.r.randrange(3)
        if v == 0:
            self.t("\n---- Copied from registration (verify) ----\n"
                   "Patient: ___   DOB: ___   MRN: ___\n"
                   "Address: ___, ___, ___ ___\n"
                   "Home phone: ___   Cell: ___   Email: ___\n"
                   "Emergency contact: ___ (___)  Phone: ___\n"
                   "PCP: Dr. ___, ___   Phone: ___   Fax: ___\n"
                   "Insurance: ___   Member ID: ___   Group: ___\n\n")
        elif v == 1:
            self.t("\nDistribution:\n"
                   "  Dr. ___ (___) - fax ___\n  Dr. ___ (___) - fax ___\n  ___, RN, ___ - pager ___\n"
                   "  ___ (patient), ___ ___, ___ ___\n  Outside: ___ / ___ / ___\n\n")
        else:
            self.t("\nCall log:\n"
                   "  ___ ___: spoke with ___ (daughter) at ___ re: arrival time.\n"
                   "  ___ ___: LVM for ___ at ___.\n"
                   "  ___ ___: ___ from ___ called back; confirmed ___ with Dr. ___.\n"
                   "  ___ ___: ride arranged through ___, pickup at ___.\n\n")


# --------------------------------------------------------------------------------------------------
# Document kinds. Slot markers: ⟨CATEGORY:hint⟩ a masked field that may have escaped, ⟨S:style⟩ a spill
# point for escaped identifiers without a natural field, ⟨H⟩ the heavy-masking block; «...» a look-alike.
# --------------------------------------------------------------------------------------------------

_DC_SCEN = (
    {
        "svc": "RADIATION ONCOLOGY", "cc": "odynophagia, poor PO intake",
        "why": "with odynophagia and dehydration during chemoradiation",
        "hist": "start of chemoradiation, «TrueBeam» unit", "proc": "None",
        "hpi": "with stage IIIA adenocarcinoma of the LUL on concurrent weekly carboplatin/paclitaxel and IMRT to "
               "«60 Gy in 30 fractions» (currently fraction {k}/30) who presents with progressive odynophagia and "
               "decreased PO intake for 5 days. Reports ~4 kg weight loss since start of treatment. Denies fevers or "
               "hematemesis. Magic mouthwash and oxycodone liquid with minimal relief.",
        "course": "# Radiation esophagitis: CTCAE «v5.0» grade 3. Started IV fluids, «Carafate» slurry, viscous "
                  "lidocaine mixture, oxycodone 5 mg q4h prn. Fluconazole empirically for possible candidiasis. RT "
                  "held x2 days then resumed; the 2 missed fractions were added to the end of the course.\n"
                  "# Dehydration / AKI: Cr 1.6 on admission (baseline 0.9), improved to 1.0 with IVF.\n"
                  "# NSCLC: weekly chemo deferred this week per Dr. ___ (med onc).",
        "dx": "Radiation esophagitis, grade 3\nDehydration\nStage IIIA NSCLC (LUL) on concurrent chemoradiation",
    },
    {
        "svc": "MEDICINE", "cc": "Admission for radioactive iodine therapy",
        "why": "for I-131 therapy with radiation safety isolation",
        "hist": "total thyroidectomy, central and left lateral neck dissection", "proc": "I-131 therapy, «150 mCi» "
        "(«5.55 GBq») PO",
        "hpi": "with papillary thyroid carcinoma, pT3a N1b, s/p total thyroidectomy with central and left lateral "
               "neck dissection, admitted for I-131 adjuvant therapy. «Thyrogen» (rhTSH) 0.9 mg IM given on two "
               "consecutive days prior to admission. Low iodine diet x 2 weeks. TSH 112 on the morning of the dose.",
        "course": "# Papillary thyroid carcinoma: received «150 mCi» I-131 orally on hospital day 1 in a shielded "
                  "room (lead bed shields, plastic-covered surfaces). Daily surveys by radiation safety; exposure "
                  "rate at 1 m fell from 28 mR/h to 4.1 mR/h at discharge (release criterion < 7 mR/h at 1 m). "
                  "Post-therapy scan showed uptake in the thyroid bed and a focus in the left neck.\n"
                  "# Nausea: «Zofran» prn; sour candies to stimulate salivary flow.\n"
                  "# Hypothyroidism: «Synthroid» «175 mcg» daily restarted 48 h after the dose.",
        "dx": "Papillary thyroid carcinoma s/p I-131 therapy\nPostsurgical hypothyroidism",
    },
    {
        "svc": "MEDICINE", "cc": "dyspnea, dry cough", "why": "with hypoxemia from radiation pneumonitis",
        "hist": "SBRT to RUL completed («Halcyon»)", "proc": "None",
        "hpi": "with stage I NSCLC of the RUL treated with SBRT «50 Gy in 5 fractions» completed ~10 weeks ago, "
               "presenting with 1 week of progressive dyspnea, nonproductive cough and low-grade fevers. SpO2 88% on "
               "RA at clinic.",
        "course": "# Radiation pneumonitis: CT chest with ground-glass opacities conforming to the treatment field; "
                  "no PE. Started prednisone 60 mg daily with PJP prophylaxis (TMP-SMX DS three times weekly) and "
                  "PPI. O2 weaned to RA by day 3. Plan slow steroid taper over 8-10 weeks.\n"
                  "# COPD: continued tiotropium, albuterol prn. GOLD «2».",
        "dx": "Radiation pneumonitis, grade 3\nStage I NSCLC s/p SBRT\nCOPD",
    },
    {
        "svc": "RADIATION ONCOLOGY", "cc": "back pain, bilateral leg weakness",
        "why": "with malignant spinal cord compression", "hist": "started enzalutamide",
        "proc": "MRI total spine\nPalliative radiotherapy T10-L1",
        "hpi": "with metastatic castration-resistant prostate cancer («Gleason» 4+5=9 at diagnosis) presenting with "
               "2 weeks of worsening thoracolumbar back pain and 2 days of bilateral leg weakness. MRI showed epidural "
               "extension at T11 with cord compression («Bilsky» 2). Neurosurgery (___) did not recommend "
               "decompression.",
        "course": "# Malignant spinal cord compression: «Decadron» 10 mg IV then 4 mg q6h. Palliative RT to T10-L1, "
                  "«30 Gy in 10 fractions» (fractions 1-4 inpatient), remaining fractions as outpatient. Strength "
                  "improved to 4+/5.\n# Pain: oxycodone ER/IR, bowel regimen.\n"
                  "# mCRPC: continues enzalutamide; Ra-223 («Xofigo») to be discussed after RT.",
        "dx": "Malignant epidural spinal cord compression T11\nMetastatic CRPC",
    },
    {
        "svc": "GYN ONCOLOGY", "cc": "Admission for interstitial brachytherapy",
        "why": "for interstitial HDR brachytherapy", "hist": "completed pelvic EBRT («Versa HD»)",
        "proc": "Placement of tandem and interstitial needles under anesthesia\nHDR brachytherapy x 4 fractions",
        "hpi": "with FIGO «2018» stage IIIC1 squamous cell carcinoma of the cervix s/p pelvic EBRT «45 Gy in 25 "
               "fractions» with weekly cisplatin, admitted for combined intracavitary/interstitial HDR boost given "
               "residual parametrial disease.",
        "course": "# Cervical cancer: under spinal anesthesia, tandem with 12 interstitial needles placed "
                  "(«Syed»-type template). CT/MRI based planning; HRCTV D90 «7.0 Gy» per fraction; bladder D2cc "
                  "«5.1 Gy», rectum D2cc «3.9 Gy». Two fractions delivered 6 h apart on each of 2 days. Needles "
                  "removed without bleeding.\n# Pain: epidural managed by anesthesia.\n# DVT prophylaxis: heparin SC.",
        "dx": "Cervical cancer, FIGO stage IIIC1, s/p HDR boost",
    },
)


def _t_discharge(w: _W) -> None:
    r, pr = w.r, w.pr
    sc = r.choice(_DC_SCEN)
    hpi = sc["hpi"].replace("{k}", str(r.randint(9, 24)))
    w.x(f"Name:  ⟨PERSON:lf⟩{' ' * r.randint(6, 18)}Unit No:   ⟨MRN⟩\n\n"
        f"Admission Date:  ⟨DATE_REAL_YEAR⟩{' ' * r.randint(6, 14)}Discharge Date:   ___\n\n"
        f"Date of Birth:  ⟨DATE_REAL_YEAR:dob⟩{' ' * r.randint(6, 13)}Sex:   {pr['sex']}\n\n"
        f"Service: {sc['svc']}\n\nAllergies: \n"
        f"""{r.choice(('No Known Allergies / Adverse Drug Reactions', 'iodinated contrast', 'Penicillins / sulfa',
            'latex'))}\n\n"""
        f"Attending: ⟨PERSON:last⟩.\n\nChief Complaint:\n{sc['cc']}\n\n"
        f"Major Surgical or Invasive Procedure:\n{sc['proc']}\n\n\nHistory of Present Illness:\n"
        f"{pr['Mr']} ⟨PERSON:last⟩ is a ⟨AGE_OVER_89⟩ year old {pr['man']} {hpi}⟨S:prose⟩\n\n"
        f"Past Medical History:\nONCOLOGIC HISTORY:\n- {w.sd(-r.randint(150, 400))}: biopsy, see HPI\n"
        f"- {w.sd(-r.randint(60, 140))}: staging PET-CT "
        f"({r.choice(('SUVmax 11.2', 'SUVmax 7.9', 'no distant disease'))})\n"
        f"- {w.sd(-r.randint(10, 50))}: {sc['hist']}\n"
        f"OTHER:\n- HTN\n- HLD\n- {r.choice(('T2DM', 'GERD', 'OSA on CPAP', 'hypothyroidism', 'CKD stage 3a'))}\n\n"
        "Social History:\n"
        f"___{'' if r.random() < 0.5 else '. Lives with spouse in ⟨LOCATION⟩; retired from ⟨ORGANIZATION:emp⟩.'}"
        "⟨S:prose⟩\n⟨H⟩\nFamily History:\n"
        f"""{r.choice(('Mother with breast cancer at 52.', 'Non-contributory.',
            'Father with colon cancer, deceased.'))}\n\n"""
        f"Physical Exam:\nADMISSION EXAM:\nVS: {r.choice(('98.4', '99.1', '97.9'))} {r.randint(92, 150)}"
        f"/{r.randint(55, 90)} "
        f"{r.randint(62, 112)} {r.randint(14, 22)} {r.randint(88, 99)}% RA\nGEN: "
        f"{r.choice(('NAD', 'thin, fatigued', 'uncomfortable'))}\n"
        f"HEENT: {r.choice(('mucositis of the posterior oropharynx', 'MMM, no thrush', 'dry mucous membranes'))}\n"
        "SKIN: "
        f"{r.choice(('RTOG grade 1 erythema in the treatment field', 'dry desquamation over the field', 'intact'))}\n"
        "\n"
        f"Pertinent Results:\n{w.sd(0)} {w.am()} BLOOD WBC-{r.randint(18, 95) / 10}* RBC-{r.randint(30, 48) / 10}* "
        f"Hgb-{r.randint(85, 140) / 10}* Hct-{r.randint(26, 42)}.{r.randint(0, 9)}* Plt Ct-{r.randint(90, 320)}\n"
        f"{w.sd(0)} {w.am()} BLOOD Glucose-{r.randint(80, 190)}* UreaN-{r.randint(8, 40)} "
        f"Creat-{r.randint(6, 18) / 10} "
        f"Na-{r.randint(130, 144)} K-{r.randint(33, 51) / 10}\n\n"
        f"Brief Hospital Course:\n{pr['Mr']} ___ is a ___ y/o {pr['man']} admitted {sc['why']}.\n\n{sc['course']}\n\n"
        f"Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n"
        "1. Ondansetron 8 mg PO Q8H:PRN nausea\n2. "
        f"{r.choice(('Lisinopril 10 mg PO DAILY', 'Atorvastatin 40 mg PO QPM', 'Metformin 500 mg PO BID'))}\n\n"
        "Discharge Medications:\n1. "
        f"{r.choice(('Sucralfate 1 gm PO QID', 'PredniSONE 50 mg PO DAILY', 'Dexamethasone 4 mg PO Q12H'))}\n"
        f"2. OxyCODONE (Immediate Release) 5 mg PO Q4H:PRN pain\n3. Docusate Sodium 100 mg PO BID\n\n"
        f"Discharge Disposition:\n{r.choice(('Home', 'Home With Service', 'Extended Care'))}\n\nFacility:\n"
        "⟨ORGANIZATION⟩\n\n"
        f"Discharge Diagnosis:\n{sc['dx']}\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
        f"Level of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - Independent.\n\n"
        f"Discharge Instructions:\nDear {pr['Mr']} ⟨PERSON:last⟩,\n\nYou were admitted to ___ {sc['why']}. "
        f"If you have fevers > 101, inability to keep liquids down or new weakness, call the Radiation Oncology "
        f"nurse line at ⟨PHONE⟩ or return to the ED.\n\nYour ___ Care Team\n\n"
        f"Followup Instructions:\n___\n⟨S:line⟩")


def _t_treatment_summary(w: _W) -> None:
    r, pr = w.r, w.pr
    w.pool = (_ex_sim, _ex_constraints, _ex_codes, _ex_systemic, _ex_consent, _ex_fields, _ex_prior, _ex_labs)
    site = r.choice((
        ("Left breast", "Invasive ductal carcinoma, pT1c pN0, ER+/PR+/HER2-", "VMAT", "6X", 266, 16,
         "Tumor bed boost", "12e", 250, 4),
        ("Prostate + SV", "Adenocarcinoma, «Gleason» 4+3=7, PSA 11.8, cT2b", "VMAT", "10X", 250, 28, "none", "", 0, 0),
        ("Oropharynx (BOT)", "SCC, p16+, cT2 N1 M0 (AJCC «8th edition»)", "IMRT", "6X", 200, 35, "none", "", 0, 0),
        ("Rectum", "Adenocarcinoma, cT3 N1, short-course", "3D-CRT", "15X", 500, 5, "none", "", 0, 0),
        ("Whole brain", "Metastatic NSCLC, >10 lesions", "3D-CRT", "6X", 300, 10, "none", "", 0, 0),
        ("L femur", "Metastatic RCC, impending fracture s/p IM nail", "3D-CRT", "18X", 400, 5, "none", "", 0, 0),
    ))
    name, dx, tech, en, dpf, nfx, boost, ben, bdpf, bfx = site
    start = -r.randint(30, 60)
    end = start + int(nfx * 1.4) + r.randint(0, 4)
    w.x(f"""{r.choice(('RADIATION ONCOLOGY TREATMENT SUMMARY', 'Radiation Therapy Completion Summary',
            'END OF TREATMENT SUMMARY - RADIATION ONCOLOGY'))}\n\n"""
        f"Patient: ⟨PERSON:caps⟩   MRN: ⟨MRN⟩   DOB: ⟨DATE_REAL_YEAR:dob⟩\n"
        f"Referring physician: Dr. ⟨PERSON⟩ (⟨ORGANIZATION⟩)\n"
        f"Radiation oncologist: ___, MD\n⟨S:line⟩\n"
        f"DIAGNOSIS: {dx}\n"
        f"INTENT: {r.choice(('curative', 'definitive', 'palliative', 'adjuvant'))}\n\n"
        f"TREATMENT DELIVERED\n"
        f"{'Site':<20}{'Technique':<11}{'Energy':<8}{'Dose/fx':<10}{'Fx':<5}{'Total':<11}{'Start':<12}End\n"
        f"{name:<20}{tech:<11}{en:<8}{'«' + str(dpf) + ' cGy»':<12}{nfx:<5}{'«' + str(dpf * nfx) + ' cGy»':<13}"
        f"{w.sd(start)}  {w.sd(end)}\n")
    if bfx:
        w.x(f"{boost:<20}{'electrons':<11}{ben:<8}{'«' + str(bdpf) + ' cGy»':<12}{bfx:<5}"
            f"{'«' + str(bdpf * bfx) + ' cGy»':<13}"
            f"{w.sd(end + 1)}  {w.sd(end + 6)}\n")
    w.x(f"\nTreatment machine: «{r.choice(('TrueBeam', 'Halcyon', 'Versa HD', 'TomoTherapy'))}» "
        f"({r.choice(('LA-2', 'LA-4', 'Vault 3', 'TB1'))}); planning system "
        f"«{r.choice(('Eclipse 16.1', 'RayStation 12A', 'Monaco 6.1', 'Eclipse 18.0'))}»\n"
        "IGRT: "
        f"""{r.choice(('daily CBCT', 'daily kV/kV', 'CBCT weekly + daily kV',
            'surface guidance («AlignRT») + weekly CBCT'))}\n"""
        f"Interruptions: {r.choice(('none', '2 days (machine service)', '1 day (patient ill)', '3 days (holiday)'))}"
        "\n\n⟨E⟩"
        f"TOLERANCE / TOXICITY (CTCAE «v5.0»):\n"
        "- "
        f"""{r.choice(('Radiation dermatitis grade 2 (moist desquamation in the inframammary fold)',
            'Fatigue grade 1', 'Mucositis grade 2', 'Diarrhea grade 1', 'Urinary frequency grade 1'))}\n"""
        f"- {r.choice(('Weight loss 3%', 'No nausea', 'Dysgeusia grade 1', 'Alopecia grade 2'))}\n"
        f"«KPS {r.choice((70, 80, 90))}» at completion, «ECOG {r.choice((0, 1, 2))}»\n\n"
        f"The patient is a ___ year old {pr['man']} who tolerated treatment "
        f"{r.choice(('well', 'reasonably well', 'with expected acute effects'))}.⟨S:prose⟩\n"
        f"⟨H⟩\nFOLLOW-UP:\nReturn visit in {r.choice(('4 weeks', '6 weeks', '3 months'))} with ___ in Radiation "
        "Oncology"
        f"{r.choice(('', ' and PSA prior to visit', ' with MRI brain', ' with CT chest'))}. Survivorship care plan "
        "given.\n\n"
        f"cc: ___, MD; ⟨ORGANIZATION⟩\n\n"
        f"Electronically signed by ⟨PERSON⟩, MD on {w.sd(end + 2)} {w.tm()}\n⟨S:line⟩")


def _t_plan_check(w: _W) -> None:
    r = w.r
    w.pool = (_ex_sim, _ex_fields, _ex_constraints, _ex_codes)
    site = r.choice(("LT_BREAST_VMAT", "PROST_SV_VMAT", "HN_BOT_IMRT", "LUNG_RUL_SBRT", "SPINE_T11_SBRT", "PANC_SBRT"))
    rx = r.choice(("4256 cGy / 16 fx", "7000 cGy / 28 fx", "5000 cGy / 5 fx", "2700 cGy / 3 fx", "7000 cGy / 35 fx"))
    mu = r.randint(380, 2900)
    diff = r.randint(-29, 29) / 10
    gamma = r.randint(950, 1000) / 10
    w.x(f"""{r.choice(('PHYSICS PLAN CHECK - SECOND CHECK', 'Dosimetry / Physics Initial Chart Check',
            'PLAN CHECK LOG'))}\n"""
        f"Patient: ⟨PERSON:lf⟩     ID: ⟨MRN⟩\n"
        f"Plan ID: «{site}_v{r.randint(1, 4)}»   Course: C{r.randint(1, 3)}   Rx: «{rx}»\n"
        f"TPS: «{r.choice(('Eclipse 16.1.2', 'Eclipse 18.0', 'RayStation 11B', 'Monaco 6.1.2'))}»   Algorithm: "
        f"«{r.choice(('AcurosXB 16.1', 'AAA 15.6', 'Collapsed Cone v5.4', 'Monte Carlo 1.0'))}»   Grid "
        f"{r.choice(('2.0', '2.5', '1.25'))} mm\n"
        f"Exported from workstation ⟨IP_ADDRESS⟩ to R&V («ARIA {r.choice(('15.6', '16.1', '17.0'))}»)\n"
        f"Checked: {w.sd(0)} {w.tm()}\n\n"
        f"CHECKLIST\n"
        f"[x] Rx in R&V matches signed directive ({rx})\n"
        f"[x] Isocenter / couch shifts verified against setup note\n"
        f"[x] Tolerance table «{r.choice(('TT-VMAT-01', 'SBRT_TT2', 'Default Photon'))}» assigned\n"
        f"[x] Bolus: {r.choice(('none', '0.5 cm every other day', '1 cm superflab daily'))}\n"
        f"[{r.choice('x ')}] Imaging templates attached\n"
        f"[x] Independent MU calc («{r.choice(('RadCalc 7.2', 'Mobius3D 4.0', 'MUCheck 9.1'))}»): plan MU {mu}, "
        f"check MU {int(mu * (1 + diff / 100))}, diff {diff:+.1f}% (action level ±5%)\n\n"
        f"⟨E⟩DVH REVIEW\n"
        f"  PTV V95%   {r.randint(950, 995) / 10}%   (goal >= 95%)\n"
        f"  Cord Dmax  {r.randint(120, 440) / 10} Gy (limit < 45 Gy)\n"
        f"  {r.choice(('Lung V20', 'Heart mean', 'Rectum V70', 'Parotid mean', 'Esophagus Dmax'))} "
        f"{r.randint(50, 290) / 10}{r.choice(('%', ' Gy'))}  (per «QUANTEC» / «TG-101»)\n\n"
        f"PATIENT-SPECIFIC QA: «{r.choice(('ArcCHECK', 'MapCHECK2', 'portal dosimetry', 'Delta4 Phantom+'))}» "
        f"gamma {gamma}% at 3%/2mm, 10% threshold -> {'PASS' if gamma >= 95 else 'REVIEW'}\n\n"
        "Comments: "
        f"""{r.choice(('Plan acceptable for treatment.', 'Hot spot 108% in the axilla noted by MD, accepted.',
            'Re-export needed for CBCT reference; done.'))}"""
        f"⟨S:prose⟩\n⟨H⟩\n"
        f"Dosimetrist: ⟨PERSON:full⟩, CMD\nPhysicist: ___, PhD, DABR\n⟨S:line⟩")


def _t_brachy(w: _W) -> None:
    r = w.r
    w.pool = (_ex_consent, _ex_vitals, _ex_meds, _ex_codes, _ex_prior)
    if r.random() < 0.55:
        nseeds = r.randint(58, 96)
        act = r.choice(("0.356", "0.410", "0.448", "0.502"))
        model = r.choice(("«Model 6711»", "«IAI-125A»", "«STM1251»", "«Model 9011 (thinSeed)»"))
        w.x(f"LDR PROSTATE SEED IMPLANT - SOURCE LOG\n\nPatient: ⟨PERSON⟩   MRN ⟨MRN⟩   Date: {w.sd(0)}\n"
            f"Procedure: transperineal I-125 permanent seed implant, prescription «145 Gy» (TG-43)\n"
            f"Authorized user: Dr. ⟨PERSON:last⟩   Medical physicist: ___\n\n"
            f"SOURCE INFORMATION\n  Isotope: I-125   Seed model: {model}\n"
            f"  Lot: «{w.lot()}»   Calibration date: {w.sd(-r.randint(3, 12))}\n"
            f"  Air-kerma strength: «{act} U» per seed (apparent activity «{float(act) / 1.27:.3f} mCi»)\n"
            f"  Seeds ordered: {nseeds + 10}   Seeds implanted: {nseeds}   Needles: {r.randint(18, 28)}\n"
            f"  Assay (10% sample, well chamber «HDR 1000 Plus»): mean deviation {r.randint(-30, 30) / 10:+.1f}%\n"
            f"  Order #: ⟨ACCOUNT⟩\n\n"
            f"⟨E⟩RADIATION SURVEY (meter: «Ludlum Model 14C», probe «44-38»)\n"
            f"  OR floor/trash/linen after implant: background ({r.randint(1, 3) / 100:.2f} mR/h)\n"
            f"  Patient at 1 m (anterior): {r.randint(2, 9) / 10} mR/h\n"
            f"  Seeds returned to hot lab: {10 + r.randint(0, 2)} (reconciled: {nseeds + 10 + r.randint(0, 2)})\n\n"
            "Patient instructed: strain urine x 3 days; no children on lap x 2 months; condom x 5 "
            "ejaculations.⟨S:prose⟩\n"
            f"⟨H⟩\nPost-implant CT dosimetry scheduled for {w.sd(30)}.\n"
            f"Released per «10 CFR 35.75».\n\nLogged by: ⟨PERSON:init⟩, CNMT\n⟨S:line⟩")
    else:
        app = r.choice(("vaginal cylinder 3.0 cm", "tandem and ring 60°", "tandem and ovoids", "Fletcher-type T&O"))
        fx = r.randint(1, 5)
        w.x(f"HDR BRACHYTHERAPY TREATMENT RECORD - Fraction {fx} of {r.choice((3, 4, 5))}\n\n"
            f"Name: ⟨PERSON:lf⟩     Unit No: ⟨MRN⟩\nTreatment date: {w.sd(0)}   Time out: {w.tm()}\n\n"
            f"Afterloader: «{r.choice(('Flexitron', 'GammaMedplus iX', 'microSelectron v3', 'Bravos'))}»   "
            f"Source: Ir-192, current activity «{r.randint(40, 115) / 10} Ci»\n"
            f"Source exchange: {w.sd(-r.randint(5, 80))}   Next exchange due {w.sd(r.randint(10, 80))}\n"
            f"Applicator: {app} (REF «{r.randint(100, 190)}.{r.randint(100, 999)}»)\n"
            f"Prescription: «{r.choice(('7 Gy', '6 Gy', '5.5 Gy', '8 Gy'))}» to "
            f"{r.choice(('0.5 cm depth', 'point A', 'HRCTV D90'))}\n"
            f"Dwell positions: {r.randint(8, 40)}   Total dwell time: {r.randint(150, 600)} s (decay-corrected)\n"
            f"Independent check («BrachyCheck 2.1»): {r.randint(-20, 20) / 10:+.1f}%\n\n⟨E⟩"
            f"Pre-treatment survey: {r.randint(1, 3) / 100} mR/h. Post-treatment: source retracted, area survey "
            f"background, patient survey background. Console printout attached.⟨S:prose⟩\n⟨H⟩\n"
            f"Present: radiation oncologist Dr. ⟨PERSON:last⟩, physicist ___, RN ___.\n"
            f"Emergency container and «Geiger» counter at bedside verified.\n⟨S:line⟩")


def _t_radiopharm(w: _W) -> None:
    r = w.r
    w.pool = (_ex_vitals, _ex_labs, _ex_meds, _ex_consent, _ex_codes, _ex_prior)
    drug = r.choice((
        ("Lu-177 vipivotide tetraxetan («Pluvicto»)", "200", "7.4", "GBq"),
        ("Lu-177 dotatate («Lutathera»)", "200", "7.4", "GBq"),
        ("Ra-223 dichloride («Xofigo»)", "0.15", "5.5", "MBq/kg"),
        ("I-131 sodium iodide capsule", "150", "5.55", "GBq"),
        ("Sm-153 lexidronam", "70", "2.6", "GBq"),
    ))
    name, mci, si, unit = drug
    if r.random() < 0.5:
        w.x(f"RADIOPHARMACEUTICAL DOSE RECORD\n\nPatient: ⟨PERSON⟩       MRN: ⟨MRN⟩\n"
            f"Written directive signed by authorized user: Dr. ⟨PERSON:last⟩ on {w.sd(-2)}\n"
            f"Radiopharmaceutical: {name}\n"
            f"Prescribed: «{mci} mCi» («{si} {unit}»)   Route: {'PO' if 'capsule' in name else 'IV'}\n"
            f"""{'Cycle: ' + str(r.randint(1, 4)) + ' of ' + str(r.choice((4,
                6))) + chr(10) if 'Lu-177' in name or 'Ra-223' in name else ''}"""
            f"Lot: «{w.lot()}»   NDC «{w.ndc()}»   Exp: {w.sd(3)} 12:00\n"
            f"Calibration: {w.sd(0)} {w.tm()}\n\n"
            f"DOSE CALIBRATOR («{r.choice(('Capintec CRC-55tR', 'Biodex Atomlab 500', 'Comecer VDC-606'))}», "
            f"constancy {r.choice(('PASS', 'PASS (Cs-137 check source)'))})\n"
            f"  Assayed activity ........ {float(mci) * r.randint(96, 104) / 100:.2f} mCi at {w.tm()}\n"
            f"  Residual in vial/lines .. {r.randint(1, 40) / 10} mCi\n"
            f"  Net administered ........ within ±10% of prescribed: YES\n\n"
            f"Pre-treatment labs: ANC {r.randint(12, 60) / 10}, Plt {r.randint(90, 300)}, Cr {r.randint(6, 14) / 10}\n"
            f"Administered by: ___, CNMT   Observed by: ___, MD\n"
            f"Order/requisition: ⟨ACCOUNT⟩\n\n⟨E⟩"
            "Comments: "
            f"""{r.choice(('No extravasation. Patient tolerated well.', 'Infusion via gravity method over 30 min.',
                'Antiemetic given 30 min prior.'))}"""
            f"⟨S:prose⟩\n⟨H⟩\nPatient released under «10 CFR 35.75»; written instructions given.\n⟨S:line⟩")
    else:
        ti = r.randint(1, 19) / 10
        w.x(f"RADIOACTIVE PACKAGE RECEIPT / SHIPMENT LOG\n\n"
            f"Received: {w.sd(0)} {w.tm()}   Carrier: {r.choice(('courier', 'FedEx Priority', 'UPS Next Day Air'))}\n"
            f"Supplier: ⟨ORGANIZATION:pharm⟩\nKit lot: «{w.lot()}»\n"
            f"Contents: {name}, «{mci} mCi» nominal at calibration\n"
            f"Package: «UN{r.choice(('2915', '3332', '2910'))}», Type A, label "
            f"«{r.choice(('Yellow-II', 'White-I', 'Yellow-III'))}», TI «{ti}»\n"
            f"For patient: ⟨PERSON:lf⟩ (MRN ⟨MRN⟩)\n\n"
            f"SURVEY\n  Surface: {r.randint(5, 45)} mR/h (limit 200)\n  At 1 m: {ti} mR/h (matches TI)\n"
            f"  Wipe test: {r.randint(20, 400)} dpm/100 cm² (limit 2,200) -> PASS\n"
            f"  Meter: «{r.choice(('Ludlum Model 3', 'Fluke 451P', 'Ludlum 9-3'))}», cal due "
            f"{w.sd(r.randint(20, 200))}\n\n"
            f"Dose calibrator check on receipt: {float(mci) * r.randint(97, 103) / 100:.1f} mCi "
            f"(lot «{w.lot()}», exp {w.sd(4)})\n"
            f"Stored: hot lab safe #{r.randint(1, 4)}\n\n⟨E⟩"
            f"Received and surveyed by: ⟨PERSON:full⟩, CNMT⟨S:prose⟩\n⟨H⟩\n"
            f"Notes: package intact; shipping papers retained 3 years. Questions: NRC Operations Center "
            f"«301-816-5100» (reportable events only).\n⟨S:line⟩")


def _t_i131_letter(w: _W) -> None:
    r, pr = w.r, w.pr
    mci = r.choice((30, 100, 150, 175, 200))
    sleep = {30: 3, 100: 6, 150: 7, 175: 8, 200: 8}[mci]
    w.x(f"Department of Nuclear Medicine\n___\n___, ___ ___\n\n{w.sd(0, 'long')}\n\n"
        f"⟨PERSON:full⟩\n⟨STREET_ADDRESS⟩\n⟨LOCATION⟩, ___ ⟨ZIP⟩\n\n"
        f"RE: Radiation safety precautions after radioactive iodine (I-131) treatment\n\n"
        f"Dear {pr['Mr']} ⟨PERSON:last⟩,\n\n"
        f"On {w.sd(0, 'long')} you received «{mci} mCi» («{mci * 37 / 1000:.2f} GBq») of I-131 by mouth for "
        f"{r.choice(('thyroid cancer', 'hyperthyroidism (Graves disease)', 'a toxic nodular goiter'))}. Your body will "
        f"give off radiation for several days, mostly in urine, saliva and sweat. Following these instructions keeps "
        f"the dose to others as low as reasonably achievable.⟨S:prose⟩\n\n"
        f"  Precaution                                  For how long\n"
        f"  Sleep in a separate bed (at least 6 feet)   {sleep} days\n"
        f"  Avoid close contact with children/pregnant  {sleep + 1} days\n"
        f"  Stay home from work or school               {max(2, sleep - 2)} days\n"
        f"  Flush twice, sit to urinate, wash hands     {min(sleep, 5)} days\n"
        f"  Do not share a car ride longer than 1 hour  {max(2, sleep - 3)} days\n\n"
        f"Travel: radiation detectors at airports and border crossings may be triggered for up to 3 months. Carry this "
        f"letter with you. Do not travel on public transportation for the first {max(2, sleep - 4)} days.\n"
        f"Breastfeeding must stop completely and not restart for this child.⟨S:prose⟩\n⟨H⟩\n"
        f"Questions about your treatment: call the Nuclear Medicine office at ⟨PHONE⟩ (weekdays). After hours, "
        f"ask the operator to page the Radiation Safety Officer (pager ⟨PAGER⟩). For general information see "
        f"«www.nrc.gov» or «www.thyroid.org». In an emergency call «911»; for poisonings «1-800-222-1222».\n\n"
        f"Sincerely,\n\n⟨PERSON⟩, MD\nAuthorized User, Nuclear Medicine\n⟨S:line⟩"
        f"cc: Dr. ___ (endocrinology), ⟨ORGANIZATION⟩\n")


def _t_otv(w: _W) -> None:
    r, pr = w.r, w.pr
    w.pool = (_ex_ros, _ex_nursing, _ex_meds, _ex_vitals, _ex_copy, _ex_labs)
    tot = r.choice((30, 33, 35, 28, 25))
    fx = r.randint(5, tot - 2)
    dpf = r.choice((2.0, 1.8, 2.12, 2.5))
    wt0 = r.randint(480, 1100) / 10
    wt = wt0 - r.randint(0, 45) / 10
    w.x(f"""{r.choice(('ON-TREATMENT VISIT (OTV)', 'Radiation Oncology Weekly Management Note',
            f'OTV - week {fx // 5 + 1}'))}\n"""
        f"Pt: ⟨PERSON:lf⟩   MRN ⟨MRN⟩   {w.sd(0)}\n\n"
        "Site: "
        f"{r.choice(('L breast + SCV', 'oropharynx', 'esophagus', 'prostate/pelvic nodes', 'rectum', 'L lung'))}   "
        f"Fraction {fx}/{tot}   Cumulative «{fx * dpf:.1f} Gy» of «{tot * dpf:.1f} Gy»\n"
        "Concurrent: "
        f"{r.choice(('cisplatin 40 mg/m2 weekly', 'capecitabine 825 mg/m2 BID', 'none', 'ADT (leuprolide)'))}\n\n"
        "S: "
        f"""{r.choice(('Fatigue increasing, napping daily.', 'Sore throat 5/10, eating soft foods.',
            'Some urinary frequency, nocturia x3.', 'Skin itchy under the arm.'))} """
        f"Denies fevers. {r.choice(('Accompanied by daughter.', 'Came alone.', 'Wife present.'))}⟨S:prose⟩\n\n⟨E⟩"
        f"O: Wt {wt:.1f} kg (baseline {wt0:.1f} kg, {100 * (wt - wt0) / wt0:+.1f}%). «KPS {r.choice((70, 80, 90))}».\n"
        "   "
        f"""{r.choice(('Erythema grade 1-2, dry desquamation in the fold.',
            'Confluent mucositis of the soft palate.', 'Abdomen soft, non-tender.', 'Lungs clear.'))}\n"""
        f"Toxicity (CTCAE «v5.0»): dermatitis {r.randint(0, 2)}, mucositis {r.randint(0, 3)}, fatigue "
        f"{r.randint(1, 2)}, "
        f"dysphagia {r.randint(0, 2)}\n"
        f"Labs {w.sd(-2)}: WBC {r.randint(20, 80) / 10}, Hgb {r.randint(90, 140) / 10}, Plt {r.randint(90, 300)}\n"
        "IGRT reviewed: "
        f"""{r.choice(('CBCT shifts < 3 mm', 'kV/kV matched to bone, within tolerance',
            'CBCT: bladder underfilled, re-coached'))}\n\n"""
        f"A/P: ___ year old {pr['man']} tolerating RT "
        f"{r.choice(('as expected', 'with moderate acute toxicity', 'well'))}.\n"
        "- "
        f"""{r.choice(('Continue «Miaplex» cream, «Aquaphor» BID',
            'Magic mouthwash; nutrition referral; consider PEG if wt loss > 10%', 'Tamsulosin 0.4 mg qHS',
            'Loperamide prn'))}\n"""
        f"- Next OTV in 1 week.\n⟨H⟩\n"
        f"Seen with resident Dr. ⟨PERSON:last⟩. Nursing: ___, RN.\n⟨S:line⟩"
        f"Attending attestation: I saw and examined the patient. ___, MD\n")


def _t_tumor_board(w: _W) -> None:
    r, pr = w.r, w.pr
    w.pool = (_ex_prior, _ex_labs, _ex_systemic, _ex_vitals)
    board = r.choice(("THORACIC", "GU", "HEAD AND NECK", "NEUROENDOCRINE", "CNS", "BREAST"))
    case = {
        "THORACIC": ("RUL spiculated nodule 2.3 cm, SUVmax 9.4, no nodal uptake; biopsy adenocarcinoma",
                     "SBRT «54 Gy in 3 fractions» vs lobectomy; patient declines surgery -> SBRT"),
        "GU": ("rising PSA 1.8 after prostatectomy; PSMA PET shows 8 mm L external iliac node (miPSMA «2»)",
               "salvage RT to prostate bed + pelvic nodes with 6 mo ADT"),
        "HEAD AND NECK": ("p16+ tonsil SCC, cT2 N1, PET avid level II node",
                          "definitive chemoRT «70 Gy in 35 fractions» with weekly cisplatin"),
        "NEUROENDOCRINE": ("well-differentiated G2 pancreatic NET with liver mets, DOTATATE avid («Krenning» 3)",
                           "PRRT with Lu-177 dotatate («Lutathera») x 4 cycles"),
        "CNS": ("3 brain mets (max 1.6 cm) from melanoma, KPS 90",
                "SRS «20 Gy x 1» to each lesion; continue immunotherapy"),
        "BREAST": ("T1c N0 ER+ IDC s/p lumpectomy, margins negative",
                   "whole breast RT «26 Gy in 5 fractions» (FAST-Forward) vs omission with endocrine therapy"),
    }[board]
    w.x(f"MULTIDISCIPLINARY {board} TUMOR BOARD - {w.sd(0)}\n\n"
        f"Attendees: ⟨PERSON:full⟩ (radiation oncology), ⟨PERSON:full⟩ (medical oncology), ___ (surgery), "
        f"___ (radiology), ___ (pathology), ___ (nuclear medicine), ___ (nurse navigator)\n\n"
        f"Case #{r.randint(1, 9)}: ⟨PERSON:lf⟩, MRN ⟨MRN⟩\n"
        f"Presenter: Dr. ___\n\n"
        f"HISTORY: ___ is a ⟨AGE_OVER_89⟩ y/o {pr['man']} referred from ⟨ORGANIZATION⟩ with {case[0]}. "
        f"«ECOG {r.choice((0, 1, 2))}». "
        f"{r.choice(('Former smoker, 40 pack-years.', 'Never smoker.', 'Lives independently.'))}"
        f"⟨S:prose⟩\n\n"
        f"IMAGING: reviewed by ___ ({r.choice(('PET/CT', 'MRI', 'CT C/A/P'))} {w.sd(-r.randint(5, 30))}).\n"
        "PATHOLOGY: outside slides (___) reviewed, concur; "
        f"{r.choice(('PD-L1 TPS 60%', 'Ki-67 8%', 'BRAF V600E', 'EGFR negative'))}.\n\n⟨E⟩"
        "DISCUSSION: Options reviewed including "
        f"{r.choice(('surgery, SBRT and surveillance', 'RT alone vs chemoRT', 'systemic therapy first'))}. "
        f"NCCN guideline «v{r.randint(1, 5)}.{r.choice(('2024', '2025'))}» referenced. "
        f"""{r.choice(('Discussion of clinical trial eligibility.', 'No trial available.',
            'Patient prefers to stay near home in ⟨LOCATION⟩.'))}\n"""
        f"⟨H⟩\nRECOMMENDATION: {case[1]}.\n"
        f"Follow-up: navigator to call patient; records to ⟨ORGANIZATION⟩.\n⟨S:line⟩\n"
        f"This excerpt is a summary of the board discussion and not a consultation.\n")


def _qa_status(w: _W) -> str:
    r = w.r
    return (f"MACHINE STATUS: daily output check {r.randint(-15, 15) / 10:+.1f}% (tolerance ±3%), "
            f"monthly «TG-142» QA {w.sd(-r.randint(2, 25))} passed, MLC picket fence within 0.5 mm, "
            f"imaging/treatment isocentre coincidence {r.randint(3, 9) / 10} mm. "
            f"""{r.choice(('No open service tickets.', 'Couch encoder recalibrated by service.',
                'kV panel replaced last month; re-baselined.'))}\n"""
            f"References: «AAPM TG-218» (2018), «TG-203» (2019), «MPPG 5.b».\n\n")


def _t_physics_qa(w: _W) -> None:
    r = w.r
    w.pool = (_ex_fields, _ex_constraints, _ex_sim, _ex_codes)
    v = r.randrange(3)
    if v == 0:
        dev = r.choice(("pacemaker («Medtronic Azure XT DR MRI», model «W1DR01»)",
                        "ICD («Boston Scientific» «DYNAGEN» «D152»)",
                        "pacemaker («Abbott Assurity MRI» «PM2272»)"))
        dose = r.randint(2, 180) / 100
        w.x(f"PHYSICS CONSULT - CIED MANAGEMENT («AAPM TG-203»)\n\nPatient: ⟨PERSON:lf⟩   MRN: ⟨MRN⟩   {w.sd(0)}\n"
            f"Device: {dev}\nSerial number: ⟨DEVICE_ID⟩\nPacing dependent: "
            f"{r.choice(('yes', 'no', 'unknown - see EP note'))}\n"
            f"Device clinic: ⟨ORGANIZATION⟩, phone ⟨PHONE⟩\n\n"
            "Treatment: "
            f"{r.choice(('L breast VMAT «42.56 Gy/16 fx»', 'L lung SBRT «50 Gy/5 fx»', 'esophagus «50.4 Gy/28 fx»'))}"
            ", "
            f"energy {r.choice(('6X', '6X FFF', '10X'))} (no neutron-producing beams)\n"
            f"Distance field edge to device: {r.randint(2, 15)} cm\n"
            f"Estimated cumulative dose to device (TPS + out-of-field correction): «{dose:.2f} Gy»\n"
            f"Risk category: {'low' if dose < 2 else 'medium'} (< 2 Gy, non-dependent)\n"
            f"In vivo verification: OSLD («nanoDot») on device pocket, fx 1 reading {r.randint(1, 9) / 100} Gy\n\n"
            f"Plan: interrogation before first and after last fraction; crash cart/AED available; "
            f"device rep contact on file.⟨S:prose⟩\n\n⟨E⟩{_qa_status(w)}⟨H⟩\nPhysicist: ⟨PERSON:full⟩, PhD, DABR\n"
            "⟨S:line⟩")
    elif v == 1:
        w.x("PATIENT-SPECIFIC IMRT/VMAT QA REPORT\n\nPatient: ⟨PERSON⟩   ID ⟨MRN⟩\nPlan: "
            f"«{r.choice(('HN_OPX_VMAT_v2', 'PROST_VMAT_v1', 'GBM_VMAT_v3', 'PANC_SBRT_v1'))}»\n"
            f"Measured: {w.sd(0)} on «{r.choice(('TrueBeam', 'Halcyon', 'Versa HD'))}» (machine "
            f"{r.choice(('LA-2', 'LA-3', 'TB1'))})\n"
            f"Device: «{r.choice(('ArcCHECK', 'MapCHECK2', 'Delta4 Phantom+', 'EPID portal dosimetry'))}», software "
            f"«{r.choice(('SNC Patient 8.5', 'Delta4 2.1', 'PDIP 16.1'))}»\n\n"
            f"Criteria        Pass rate   Action\n3%/2mm, 10% TH  {r.randint(950, 1000) / 10}%      >= 95% pass\n"
            f"2%/2mm, 10% TH  {r.randint(880, 990) / 10}%      informational\n"
            f"Point dose (ion chamber «A1SL»): {r.randint(-25, 25) / 10:+.1f}% vs TPS\n\n"
            f"Result: PASS. Plan approved for treatment.⟨S:prose⟩\n\n⟨E⟩{_qa_status(w)}"
            "Data archived to ⟨IP_ADDRESS⟩ (QA share).\n⟨H⟩\nPerformed by: ⟨PERSON:init⟩   Reviewed: ___, MS, DABR\n"
            "⟨S:line⟩")
    else:
        w.x(f"IN VIVO DOSIMETRY / PREGNANCY FETAL DOSE ESTIMATE\n\nPatient: ⟨PERSON:lf⟩  MRN ⟨MRN⟩  Date {w.sd(0)}\n"
            "Indication: "
            f"""{r.choice(('pregnancy (approx. 14 weeks) during brain SRS', 'suspected pregnancy, test pending',
                'TBI dose verification'))}\n"""
            f"Treatment: {r.choice(('SRS «18 Gy x 1»', 'WBRT «30 Gy/10 fx»', 'TBI «12 Gy/6 fx» BID'))}\n"
            f"Measured with OSLD («nanoDot», batch «{w.lot()}») and diode («IsoRad-p»):\n"
            f"  Location            Reading   Expected\n  umbilicus           {r.randint(1, 30)} cGy   "
            f"{r.randint(1, 30)} cGy\n"
            f"  pubic symphysis     {r.randint(1, 15)} cGy   {r.randint(1, 15)} cGy\n"
            f"Conclusion: estimated fetal dose {r.randint(2, 50)} mGy, below the 100 mGy threshold (ICRP "
            "«84»).⟨S:prose⟩\n"
            "Shielding: "
            f"{r.choice(('5 cm lead bridge over abdomen', 'none required', 'lead apron in addition to collimator'))}"
            f".\n\n⟨E⟩{_qa_status(w)}⟨H⟩"
            f"Physicist: ⟨PERSON:full⟩, PhD   Attending: Dr. ___\n⟨S:line⟩")


def _rad_head(w: _W, exam: str) -> None:
    """Variable report header: MIMIC-style bare exam line, or a dictated header with identifiers."""
    r = w.r
    w.radiology = True
    v = r.randrange(4)
    if v == 0:
        w.x(f"EXAMINATION:  {exam}\n\n")
    elif v == 1:
        w.x(f"FINAL REPORT\n{exam}\n\nAccession: ⟨ACCOUNT⟩   Ordering: Dr. ⟨PERSON:last⟩\n\n")
    elif v == 2:
        w.x(f"{exam}  (ordered {w.sd(-r.randint(1, 9))})\nReferring: ⟨PERSON:lf⟩, MD    Pt ID: ⟨MRN⟩\n\n")
    else:
        w.x(f"Study: {exam}\nPerformed at: ⟨ORGANIZATION⟩   Acc# ⟨ACCOUNT⟩\n\n")


def _rad_tail(w: _W) -> None:
    r = w.r
    v = r.randrange(4)
    if v == 0:
        w.x("\nNOTIFICATION:  The findings were discussed with Dr. ⟨PERSON:last⟩ by Dr. ___ on the telephone on ___ "
            f"at {w.tm()}, {r.randint(2, 15)} minutes after discovery of the findings.\n⟨S:line⟩")
    elif v == 1:
        w.x("\nRECOMMENDATION(S):  "
            f"""{r.choice(('Clinical correlation.', 'Follow-up PET/CT in 3 months.',
                'Tissue sampling if clinically indicated.'))}\n"""
            f"⟨S:line⟩\nAttending: ⟨PERSON:full⟩, MD\n")
    elif v == 2:
        w.x("\n(Dictated, not read) "
            f"{r.choice(('Pls excuse voice recognition errors.', '', 'Preliminary read by ___.'))}\n"
            f"⟨S:line⟩Signed: ___ {w.sd(0)} {w.tm()}\n")
    else:
        w.x("\nI have personally reviewed the images and agree with the report.\n⟨S:line⟩")


def _t_pet(w: _W) -> None:
    r, pr = w.r, w.pr
    tr = r.choice(("FDG", "FDG", "PSMA", "DOTATATE"))
    if tr == "FDG":
        dx = r.choice(("diffuse large B-cell lymphoma after 4 cycles R-CHOP", "NSCLC for initial staging",
                       "melanoma, restaging", "Hodgkin lymphoma, interim PET",
                       "esophageal cancer after chemoradiation"))
        w.x("")
        _rad_head(w, "PET-CT WHOLE BODY (SKULL BASE TO MID-THIGH), F-18 FDG")
        w.x(f"INDICATION:  ⟨AGE_OVER_89⟩ year old {pr['man']} with {dx}.⟨S:prose⟩\n\n⟨E⟩"
            f"TECHNIQUE:  «{r.randint(80, 140) / 10} mCi» of F-18 FDG was administered IV. Fasting glucose "
            f"{r.randint(78, 160)} mg/dL. Uptake time {r.randint(55, 75)} minutes. Low-dose CT for attenuation "
            "correction "
            f"and localization («{r.choice(('Biograph Vision 600', 'Discovery MI', 'uMI 550'))}»). CTDIvol "
            f"«{r.randint(20, 60) / 10} mGy», "
            f"DLP «{r.randint(200, 600)} mGy-cm».\n\n"
            f"COMPARISON:  PET-CT ⟨DATE_REAL_YEAR⟩ and CT chest {w.sd(-r.randint(30, 200))}.\n\n"
            f"FINDINGS:\nReference: liver SUVmean {r.randint(18, 26) / 10}, mediastinal blood pool SUVmean "
            f"{r.randint(12, 18) / 10}.\n"
            "HEAD/NECK: physiologic activity. "
            f"{r.choice(('No hypermetabolic cervical nodes.', 'Left level II node 1.4 cm, SUVmax 6.2.'))}\n"
            "CHEST: "
            f"""{r.choice(('RUL mass 3.1 cm, SUVmax 12.4.', 'Resolution of previously avid mediastinal nodes.',
                'Mild uptake in post-radiation fibrosis, SUVmax 2.9.'))}\n"""
            "ABDOMEN/PELVIS: "
            f"""{r.choice(('No abnormal uptake.', 'Splenic uptake greater than liver.',
                'Physiologic bowel and urinary activity.'))}\n"""
            "MSK: "
            f"""{r.choice(('No suspicious osseous uptake.', 'Diffuse marrow uptake, likely post-G-CSF.',
                'Lytic lesion L2 with SUVmax 8.0.'))}\n\n"""
            f"{_ex_ctfindings(w) if r.random() < 0.5 else ''}"
            "IMPRESSION:\n1. "
            f"""{r.choice(('Complete metabolic response, «Deauville» score 2 («Lugano» 2014 criteria).',
                'Hypermetabolic RUL mass consistent with primary malignancy; no distant metastases.',
                'Partial metabolic response («PERCIST 1.0»).', 'Deauville 4 residual mediastinal uptake.'))}\n"""
            "2. "
            f"""{r.choice(('No new disease.', 'Indeterminate 6 mm RLL nodule, below PET resolution.',
                'Radiation-related changes in the left lung.'))}\n""")
    elif tr == "PSMA":
        _rad_head(w, r.choice(("PSMA PET-CT, F-18 PIFLUFOLASTAT («Pylarify»)",
                               "PSMA PET-CT, Ga-68 GOZETOTIDE («Illuccix»)")))
        w.x(f"INDICATION:  ___ year old man with prostate cancer («Gleason» {r.choice(('4+3=7', '4+4=8', '3+4=7'))}) "
            "s/p "
            f"{r.choice(('radical prostatectomy', 'EBRT with ADT', 'brachytherapy'))}, PSA {r.randint(2, 90) / 10} "
            "ng/mL, rising.⟨S:prose⟩\n\n⟨E⟩"
            f"RADIOPHARMACEUTICAL DATA:  «{r.randint(80, 100) / 10} mCi» IV at ___; imaging at {r.randint(60, 90)} "
            "min.\n\n"
            f"COMPARISON:  Bone scan ___. MRI pelvis ⟨DATE_REAL_YEAR⟩.\n\n"
            "FINDINGS:\nProstate bed: "
            f"{r.choice(('no focal uptake', 'focal uptake at the left vesicourethral anastomosis, SUVmax 7.1'))}.\n"
            "Nodes: "
            f"""{r.choice(('8 mm left external iliac node, SUVmax 9.8 (miPSMA «2»)', 'no PSMA-avid nodes',
                'retroperitoneal nodes up to 1.1 cm, SUVmax 14'))}.\n"""
            "Bones: "
            f"""{r.choice(('no PSMA-avid lesions', 'focal uptake in the right ilium (PSMA-RADS «4»)',
                'diffuse osseous metastases'))}.\n"""
            f"Physiologic uptake in salivary glands, kidneys, small bowel and bladder.\n\n"
            "IMPRESSION:\n"
            f"""{r.choice(('PSMA-RADS «4» pelvic nodal recurrence.', 'No evidence of PSMA-avid recurrence.',
                'Widespread osseous and nodal disease; candidate for Lu-177 PSMA («Pluvicto») per «VISION» criteria.'
            ))}\n""")
    else:
        _rad_head(w, "Ga-68 DOTATATE PET-CT («Netspot»)")
        w.x(f"INDICATION:  ___ year old {pr['man']} with "
            f"{r.choice(('small bowel NET', 'pancreatic NET, G2', 'bronchial carcinoid'))}, "
            f"evaluation for PRRT.⟨S:prose⟩\n\n⟨E⟩TECHNIQUE:  «{r.randint(30, 54) / 10} mCi» Ga-68 dotatate IV. "
            "Long-acting "
            f"octreotide last given ___ (≥ 4 weeks).\n\nCOMPARISON:  ⟨DATE_REAL_YEAR⟩ CT abdomen.\n\n"
            f"FINDINGS:\nLiver: {r.randint(2, 12)} somatostatin-receptor avid lesions, largest segment "
            f"{r.randint(2, 8)} "
            f"({r.randint(12, 48)} mm, SUVmax {r.randint(15, 80)}), uptake greater than liver and spleen («Krenning» "
            f"{r.choice((3, 4))}).\n"
            f"Primary: {r.choice(('terminal ileum, SUVmax 22', 'pancreatic tail, SUVmax 31', 'not identified'))}.\n"
            f"Physiologic uptake in the pituitary, spleen, adrenals and uncinate process.\n\n"
            f"IMPRESSION:\nSSTR-avid metastatic disease, eligible for Lu-177 dotatate («Lutathera») (NETTER-1).\n")
    _rad_tail(w)
    w.x("⟨H⟩")


def _t_bone(w: _W) -> None:
    r, pr = w.r, w.pr
    _rad_head(w, r.choice(("NM BONE SCAN WHOLE BODY", "BONE SCAN (WHOLE BODY) WITH SPECT-CT PELVIS",
                           "NM BONE SCAN, 3-PHASE")))
    dx = r.choice(("prostate cancer, PSA 14.2 and rising", "breast cancer with new back pain",
                   "renal cell carcinoma, restaging",
                   "hip pain, r/o stress fracture", "lung cancer, pre-SBRT staging"))
    w.x(f"INDICATION:  ___ year old {pr['man']} with {dx}. Evaluate for osseous metastases.⟨S:prose⟩\n\n⟨E⟩"
        f"RADIOPHARMACEUTICAL DATA:\n   «{r.randint(200, 280) / 10} mCi» Tc-99m MDP ({w.sd(0)});\n\n"
        "INTERPRETATION:  Whole body images in the anterior and posterior projections were obtained "
        f"{r.randint(2, 4)} hours after "
        f"injection{r.choice(('.', ', with SPECT-CT of the pelvis.', ', with additional spot views of the skull.'))}"
        "\n\n"
        f"""{r.choice(('There is focal intense uptake in T9, the right 6th rib posteriorly and the left iliac wing, '
                       'new since the prior study.',
                       'Uptake is symmetric. Degenerative uptake in both knees and the lower cervical spine.',
                       'Linear uptake in the right femoral neck on delayed images, consistent with '
                       'stress reaction.', 'Photopenic lesion in L3 with surrounding rim of uptake.'))}\n"""
        "Kidneys and bladder visualized normally. "
        f"{r.choice(('No superscan pattern.', 'Soft tissue uptake in the left breast (post-radiation).', ''))}\n\n"
        f"Comparison with bone scan from ⟨DATE_REAL_YEAR⟩ (outside, ⟨ORGANIZATION⟩).\n\n"
        "IMPRESSION:\n"
        f"""{r.choice(('Multifocal osseous metastases, progressed. Bone scan index approx. 1.8%.',
            'No scintigraphic evidence of osseous metastatic disease.',
            'Findings consistent with a right femoral neck stress fracture.',
            'Solitary T9 lesion; correlate with MRI. Flare phenomenon possible given recent therapy.'))}\n""")
    _rad_tail(w)
    w.x("⟨H⟩")


def _t_muga(w: _W) -> None:
    r, pr = w.r, w.pr
    w.pool = (_ex_prep, _ex_dose, _ex_history, _ex_quality, _ex_codes, _ex_prior)
    ef, prior = r.randint(38, 68), r.randint(50, 70)
    _rad_head(w, r.choice(("CARDIAC BLOOD POOL (MUGA) REST", "MULTIGATED ACQUISITION SCAN (MUGA)")))
    w.x(f"INDICATION:  ___ year old {pr['man']} with "
        f"""{r.choice(('HER2+ breast cancer on trastuzumab', 'lymphoma, baseline before doxorubicin',
            'sarcoma, cumulative doxorubicin 300 mg/m2'))}. """
        f"Assess LVEF.⟨S:prose⟩\n\n⟨E⟩"
        f"RADIOPHARMACEUTICAL DATA:  «{r.randint(200, 300) / 10} mCi» Tc-99m in vitro labeled RBCs («UltraTag RBC» "
        "kit, lot "
        f"«{w.lot()}»)\n\nTECHNIQUE: ECG-gated planar images, LAO best septal, anterior and left lateral, 16 frames "
        "per "
        f"cycle. Heart rate {r.randint(58, 104)} bpm, {r.choice(('regular', 'rare ectopy rejected'))}.\n\n"
        "FINDINGS:\nLeft ventricle: normal size. "
        f"""{r.choice(('Normal regional wall motion.', 'Mild global hypokinesis.',
            'Septal hypokinesis, likely post-surgical.'))}\n"""
        f"LVEF: {ef}% (normal >= 50%).\nPrior LVEF {prior}% on ⟨DATE_REAL_YEAR⟩; change {ef - prior:+d} points.\n"
        f"Right ventricle normal in size and function.\n\n"
        f"IMPRESSION:\nLVEF {ef}"
        f"""%.{' Decline of more than 10 points to below 50% meets cardiotoxicity criteria; oncology notified.'
               if ef < 50 and prior - ef > 10 else ''}\n""")
    _rad_tail(w)
    w.x("⟨H⟩")


def _t_vq(w: _W) -> None:
    r, pr = w.r, w.pr
    w.pool = (_ex_prep, _ex_dose, _ex_history, _ex_quality, _ex_codes, _ex_acq)
    _rad_head(w, r.choice(("NM LUNG VENTILATION/PERFUSION (V/Q) SCAN", "QUANTITATIVE LUNG PERFUSION SCAN")))
    quant = r.random() < 0.35
    w.x(f"INDICATION:  ___ year old {pr['man']} with "
        f"""{r.choice(('dyspnea and tachycardia during chemoradiation', 'contrast allergy, r/o PE',
            'pre-operative evaluation for lobectomy', 'CKD, cannot receive contrast'))}.⟨S:prose⟩\n\n⟨E⟩"""
        f"RADIOPHARMACEUTICAL DATA:\n   «{r.randint(250, 400) / 10} mCi» Tc-99m DTPA aerosol ({w.sd(0)});\n"
        f"   «{r.randint(30, 50) / 10} mCi» Tc-99m MAA ({w.sd(0)});\n\n"
        "HISTORY: Chest radiograph from ⟨DATE_REAL_YEAR⟩ is reviewed: "
        f"""{r.choice(('clear lungs', 'post-radiation fibrosis in the left upper lobe', 'small right effusion',
            'no acute process'))}. """
        f"«Wells» score {r.choice(('1.5', '3.0', '4.5', '6.0'))}; D-dimer "
        f"{r.choice(('1,240', '890', 'not sent', '3,100'))} ng/mL. "
        f"""{r.choice(('Patient unable to lie flat; images obtained semi-upright.',
            'Lower-extremity ultrasound pending.', 'On apixaban since last night.'))}\n\n"""
        "INTERPRETATION:  Ventilation images in 8 views "
        f"{r.choice(('are normal', 'show central airway deposition', 'show patchy retention at both bases'))}. "
        "Perfusion images in the same 8 views "
        f"""{r.choice(('show no segmental defects', 'show 2 large mismatched segmental defects in the RLL',
            'show a matched defect in the LUL corresponding to the treated tumor'))}.\n""")
    if quant:
        a, b = r.randint(10, 18), r.randint(20, 30)
        w.x(f"Quantitation (posterior/anterior geometric mean): RU {a}%  RM/L {b}%  RL "
            f"{55 - a - b + r.randint(0, 10)}%  "
            f"LU {r.randint(15, 25)}%  LL {r.randint(15, 25)}%\n")
    w.x("\nIMPRESSION:\n"
        f"""{r.choice(('Very low probability for pulmonary embolism (modified «PIOPED II»).',
            'High probability for pulmonary embolism.',
            'Intermediate probability; consider lower-extremity dopplers.',
            'Predicted postoperative FEV1 calculated from quantitation above.'))}\n""")
    _rad_tail(w)
    w.x("⟨H⟩")


def _t_spect(w: _W) -> None:
    r, pr = w.r, w.pr
    if r.random() < 0.7:
        _rad_head(w, r.choice(("MYOCARDIAL PERFUSION SPECT, PHARMACOLOGIC STRESS/REST",
                               "CARDIAC PERFUSION STUDY (SPECT), REGADENOSON")))
        w.x(f"INDICATION:  ___ year old {pr['man']} with "
            f"""{r.choice(('«Hodgkin» lymphoma s/p mantle field RT in ___, exertional dyspnea',
                'left breast cancer s/p RT, atypical chest pain',
                'pre-operative risk assessment'))}.⟨S:prose⟩\n\n⟨E⟩"""
            f"STRESS: Regadenoson («Lexiscan») 0.4 mg IV. Resting HR {r.randint(55, 90)}, peak {r.randint(80, 120)}; "
            "BP "
            f"{r.randint(110, 160)}/{r.randint(60, 90)}. "
            f"{r.choice(('No chest pain.', 'Flushing and dyspnea, resolved.', 'No ECG changes.'))}\n\n"
            f"RADIOPHARMACEUTICAL DATA:\n   «{r.randint(80, 120) / 10} mCi» Tc-99m sestamibi («Cardiolite») rest;\n"
            f"   «{r.randint(280, 340) / 10} mCi» Tc-99m sestamibi stress;\n\n"
            "FINDINGS: "
            f"""{r.choice(('Normal perfusion. SSS 0, SRS 0.',
                'Small, mild fixed defect of the apex (SSS 3), likely attenuation.',
                'Moderate reversible defect in the LAD territory (SDS 6).'))} """
            f"TID ratio {r.randint(95, 125) / 100}. Gated LVEF {r.randint(40, 72)}%. "
            f"{r.choice(('Normal wall motion.', 'Anteroapical hypokinesis.'))}\n"
            f"Prior study: ⟨DATE_REAL_YEAR⟩.\n\n"
            "ECG: baseline "
            f"""{r.choice(('sinus rhythm, nonspecific ST-T changes', 'sinus rhythm, LBBB',
                'atrial fibrillation, rate controlled', 'normal'))}; """
            "no diagnostic ST changes with stress. Symptoms during infusion: "
            f"{r.choice(('none', 'flushing', 'mild dyspnea', 'headache'))}.\n"
            f"          Stress  Rest  Diff\n  SSS/SRS   {r.randint(0, 12):>3}   {r.randint(0, 6):>4}   "
            f"{r.randint(0, 6):>3}\n"
            f"  EDV (mL) {r.randint(60, 160):>4}  {r.randint(60, 160):>4}\n\n"
            "IMPRESSION:\n"
            f"""{r.choice(('No scintigraphic evidence of ischemia.', 'Probable LAD ischemia, moderate extent.',
                'Fixed apical defect, likely attenuation artifact.'))}\n""")
    else:
        _rad_head(w, "DaT SPECT (I-123 IOFLUPANE, «DaTscan»)")
        w.x(f"INDICATION:  ___ year old {pr['man']} with tremor after cranial irradiation; parkinsonism vs essential "
            "tremor.⟨S:prose⟩\n\n⟨E⟩"
            f"RADIOPHARMACEUTICAL DATA: «{r.randint(30, 55) / 10} mCi» I-123 ioflupane IV; thyroid blockade with "
            "«Lugol» solution.\n"
            f"Imaging at 4 h on «{r.choice(('Symbia Intevo', 'Discovery NM/CT 670'))}».\n\nCOMPARISON: MRI brain "
            "⟨DATE_REAL_YEAR⟩.\n\n"
            "FINDINGS: "
            f"""{r.choice(('Symmetric comma-shaped striatal uptake.',
                'Reduced putaminal uptake bilaterally, L > R (period shape).'))} """
            "Semiquantitative SBR («DaTQUANT 2.0») "
            f"{r.choice(('within normal limits', 'below -2 SD in the left posterior putamen'))}.\n\n"
            "IMPRESSION:\n"
            f"""{r.choice(('Normal DaT SPECT.',
                'Abnormal DaT SPECT consistent with presynaptic dopaminergic deficit.'))}\n""")
    _rad_tail(w)
    w.x("⟨H⟩")


def _t_thyroid(w: _W) -> None:
    r, pr = w.r, w.pr
    w.pool = (_ex_prep, _ex_dose, _ex_quality, _ex_codes, _ex_acq, _ex_labs)
    if r.random() < 0.6:
        u4, u24 = r.randint(3, 40), r.randint(8, 75)
        _rad_head(w, r.choice(("THYROID UPTAKE AND SCAN", "NM THYROID SCAN WITH 4 AND 24 HOUR UPTAKE")))
        w.x(f"INDICATION:  ___ year old {pr['man']} with suppressed TSH ({r.randint(1, 9) / 100}) and "
            f"{r.choice(('palpable nodule', 'diffuse goiter', 'palpitations'))}. «Graves» disease vs toxic nodule vs "
            "thyroiditis.⟨S:prose⟩\n\n⟨E⟩"
            f"RADIOPHARMACEUTICAL DATA:\n   «{r.randint(150, 400) / 1000:.3f} mCi» I-123 sodium iodide capsule PO "
            f"({w.sd(0)});\n\n"
            f"FINDINGS:\n4-hour uptake: {u4}% (normal 5-15%)\n24-hour uptake: {u24}% (normal 10-30%)\n"
            "Pinhole images: "
            f"""{r.choice(('homogeneously increased uptake in an enlarged gland',
                'a hot nodule in the right lower pole with suppression of the remaining gland',
                'heterogeneous uptake with multiple hot and cold areas', 'near-absent uptake'))}.\n"""
            f"Outside ultrasound from ⟨ORGANIZATION⟩ dated ⟨DATE_REAL_YEAR⟩ reviewed.\n"
            f"Medications: {r.choice(('methimazole held x 5 days', 'no antithyroid drugs', 'propranolol 20 mg TID'))}"
            "; no iodinated contrast "
            "in the past 6 weeks. Gland palpated: "
            f"{r.choice(('smooth, approx. 2x normal', 'nodular, R > L', 'not enlarged'))}. "
            f"Estimated gland mass {r.randint(15, 80)} g.\n\n"
            "IMPRESSION:\n"
            f"""{r.choice(('Findings consistent with «Graves» disease. If I-131 therapy is chosen, suggested dose '
                           '«12-15 mCi».', 'Toxic adenoma, right lower pole.', 'Toxic multinodular goiter.',
                           'Low uptake, consistent with thyroiditis (subacute or «Hashimoto»).'))}\n""")
    else:
        _rad_head(w, "I-131 POST-THERAPY WHOLE BODY SCAN")
        w.x(f"INDICATION:  ___ year old {pr['man']} with papillary thyroid cancer s/p thyroidectomy, "
            f"«{r.choice((100, 150, 30))} mCi» I-131 given ⟨DATE_REAL_YEAR⟩.⟨S:prose⟩\n\n⟨E⟩"
            f"TECHNIQUE: anterior and posterior whole body images {r.randint(5, 8)} days after therapy, with "
            "SPECT-CT of the neck "
            "and chest.\n\nFINDINGS: "
            f"""{r.choice(('Intense uptake in the thyroid bed (remnant).',
                'Thyroid bed uptake and a focus in left level IV.', 'Diffuse bilateral pulmonary uptake.'))} """
            "Physiologic activity in salivary glands, stomach, bowel and bladder. "
            f"{r.choice(('No distant metastases.', 'Focal uptake in the sternum.'))}\n"
            f"Stimulated Tg ___; TgAb negative. Therapy was given after rhTSH («Thyrogen») stimulation; "
            f"""{r.choice(('pre-therapy I-123 scan not performed', 'pre-therapy diagnostic scan showed remnant only',
                'dosimetry-guided activity'))}.\n\n"""
            "IMPRESSION:\n"
            f"""{r.choice(('Remnant uptake only.', 'Remnant and left neck nodal uptake.',
                'Iodine-avid pulmonary metastases.'))}\n""")
    _rad_tail(w)
    w.x("⟨H⟩")


def _t_lymph(w: _W) -> None:
    r, pr = w.r, w.pr
    site = r.choice(("left breast cancer", "right breast cancer", "melanoma of the upper back",
                     "melanoma of the left calf",
                     "vulvar SCC"))
    _rad_head(w, r.choice(("LYMPHOSCINTIGRAPHY (SENTINEL NODE)", "NM LYMPHATIC MAPPING / SENTINEL NODE LOCALIZATION")))
    w.x(f"INDICATION:  ___ year old {pr['man']} with {site}, sentinel lymph node mapping prior to surgery at "
        f"⟨ORGANIZATION⟩.⟨S:prose⟩\n\n⟨E⟩"
        f"RADIOPHARMACEUTICAL DATA:\n   «{r.choice(('0.5', '1.0', '0.25', '2.0'))} mCi» "
        f"{r.choice(('Tc-99m filtered sulfur colloid', 'Tc-99m tilmanocept («Lymphoseek»)'))} in {r.choice((1, 2, 4))} "
        f"{r.choice(('intradermal', 'periareolar subdermal', 'peritumoral'))} injections ({w.sd(0)}, {w.tm()});\n\n"
        f"TECHNIQUE:  Dynamic imaging for {r.randint(15, 30)} minutes followed by static anterior, lateral and oblique "
        "images. "
        f"""{r.choice(('Cobalt-57 flood source used for body outline.', 'SPECT-CT of the axilla obtained.',
            'Transmission images obtained.'))}\n\n"""
        "FINDINGS:  Lymphatic channels seen draining to "
        f"""{r.choice(('the left axilla', 'the right axilla', 'both axillae', 'the left groin',
            'the left popliteal fossa and groin'))} """
        f"with {r.choice(('one', 'two', 'three'))} sentinel node(s) visualized at {r.randint(5, 25)} minutes. "
        "Skin overlying the node(s) was "
        f"marked{r.choice(('.', ' with indelible ink.', ' in the surgical position.'))}\n\n"
        f"Surgeon ___ notified; patient sent to the OR with a hand-held gamma probe («Neoprobe») count of "
        f"{r.randint(800, 6000)} cps.\n\n"
        "IMPRESSION:\n"
        f"""{r.choice(('Successful identification of sentinel node(s) as above.',
            'Sentinel node identified in an unexpected basin (left axilla); surgeon aware.',
            'No drainage visualized at 2 hours; repeat injection performed.'))}\n""")
    _rad_tail(w)
    w.x("⟨H⟩")


# --------------------------------------------------------------------------------------------------
# Extra sections (inserted at ⟨E⟩): drawn per note so that layouts vary
# --------------------------------------------------------------------------------------------------


def _ex_sim(w: _W) -> str:
    r = w.r
    return (f"SIMULATION: CT simulation on {w.sd(-r.randint(10, 40))} in the "
            f"{r.choice(('supine', 'prone', 'supine, arms up'))} "
            "position with "
            f"""{r.choice(('«Vac-Lok» bag', 'thermoplastic mask (5-point)', 'breast board at 10°',
                'knee and foot rest'))}. """
            f"""{r.choice(('4DCT acquired; ITV generated from MIP.', 'Three gold fiducials placed by urology.',
                'Deep-inspiration breath hold coached.', 'IV contrast given.'))} """
            f"MRI fusion {r.choice(('performed', 'not required'))}.\n\n")


def _ex_constraints(w: _W) -> str:
    r = w.r
    organs = r.sample(("Spinal cord Dmax", "Heart mean", "Lungs V20", "Esophagus mean", "Brainstem Dmax",
                       "Parotid (contra) mean", "Rectum V65", "Bladder V70", "Bowel bag V45", "LAD Dmax",
                       "Optic chiasm Dmax", "Cochlea mean"), 4)
    rows = "".join(f"  {o:<24}{r.randint(5, 450) / 10:>6} {'%' if ' V' in o else 'Gy'}   met\n" for o in organs)
    return f"DOSE CONSTRAINTS ACHIEVED (per «QUANTEC» / protocol):\n{rows}\n"


def _ex_codes(w: _W) -> str:
    r = w.r
    return (f"CODING: CPT «{r.choice(('77427', '77301', '77338', '77386', '77778', '79101', '78815'))}» "
            f"x{r.randint(1, 6)}, "
            f"«{r.choice(('77300', '77334', '77014', '77470'))}»; ICD-10 "
            f"«{r.choice(('C34.11', 'C50.912', 'C61', 'C73', 'C53.9', 'C20', 'C10.9', 'C79.51'))}»"
            f"{r.choice(('', ', «Z51.0»', ', «Z92.3»'))}\n\n")


def _ex_nursing(w: _W) -> str:
    r = w.r
    return (f"NURSING: Pain {r.randint(0, 7)}/10 ({r.choice(('throat', 'back', 'hip', 'chest wall', 'none'))}). "
            f"Appetite {r.choice(('fair', 'poor', 'good'))}; "
            f"{r.choice(('drinking 1.5 L/day', 'on «Ensure» TID', 'PEG feeds 5 cans/day'))}. "
            f"Skin care reviewed. Distress thermometer «{r.randint(1, 8)}/10»; social work "
            f"{r.choice(('aware', 'not needed', 'to call'))}. "
            f"Fall risk {r.choice(('low', 'moderate'))}.\n\n")


def _ex_ros(w: _W) -> str:
    r = w.r
    return ("ROS: " + "; ".join(f"{k} {r.choice(v)}" for k, v in (
        ("Const:", ("fatigue", "no fevers", "wt loss 2 kg")), ("HEENT:", ("dry mouth", "negative", "taste change")),
        ("Resp:", ("no cough", "mild DOE", "dry cough")), ("GI:", ("nausea prn", "loose stools x2/d", "negative")),
        ("GU:", ("frequency", "negative", "dysuria")), ("Skin:", ("itching in field", "negative", "peeling"))))
        + ". All other systems negative.\n\n")


def _ex_copy(w: _W) -> str:
    r = w.r
    return (f"*** Copied from note of {w.sd(-r.randint(3, 21))} ***\n"
            f"Pt seen for weekly management. {r.choice(('Tolerating well.', 'Mild fatigue.', 'Some skin erythema.'))} "
            f"Plan unchanged. Continue current supportive meds. RTC 1 week.\n*** end copied text ***\n\n")


def _ex_consent(w: _W) -> str:
    r = w.r
    return ("CONSENT/EDUCATION: Risks including "
            f"""{r.choice(('fatigue, skin changes, lymphedema', 'mucositis, xerostomia, dysphagia',
                'urinary and bowel irritation, ED', 'pneumonitis, esophagitis, rib fracture'))} """
            "and a small risk of second malignancy were reviewed with the "
            f"patient{r.choice(('', ' and family', ' using a phone interpreter'))}. "
            f"Pregnancy status: {r.choice(('N/A', 'negative hCG', 'post-menopausal'))}. "
            f"Written materials (NCI «Radiation Therapy and You») provided; see «www.cancer.gov».\n\n")


def _ex_systemic(w: _W) -> str:
    r = w.r
    return ("SYSTEMIC THERAPY: "
            f"""{r.choice(('cisplatin 40 mg/m2 weekly x 6', 'carboplatin AUC2 / paclitaxel 50 mg/m2 weekly',
                'capecitabine 825 mg/m2 BID on RT days', 'temozolomide 75 mg/m2 daily',
                'leuprolide 22.5 mg q3 months', 'none'))}; """
            "supportive: "
            f"{r.choice(('ondansetron, prochlorperazine', 'dexamethasone taper', 'filgrastim prn', 'tamsulosin'))}.\n"
            "\n")


def _ex_fields(w: _W) -> str:
    r = w.r
    rows = "".join(
        f"  {k + 1:<4}{r.choice(('CW', 'CCW', 'STATIC')):<8}{r.randint(0, 359):>4}   "
        f"{r.choice((0, 5, 10, 30, 90, 350)):>3}   "
        f"{r.randint(80, 520):>5}\n" for k in range(r.randint(2, 4)))
    return f"BEAMS (R&V export)\n  #   Arc     Gantry Coll   MU\n{rows}\n"


def _ex_prep(w: _W) -> str:
    r = w.r
    return ("PATIENT PREPARATION: "
            f"""{r.choice(('NPO for 6 hours; no strenuous exercise for 24 hours.',
                'Hydration encouraged; void before imaging.', 'Held beta blocker and caffeine for 24 hours.',
                'Thyroid hormone withheld; low iodine diet x 2 weeks.'))} """
            f"Weight {r.randint(45, 120)} kg, height {r.randint(150, 192)} cm.\n\n")


def _ex_dose(w: _W) -> str:
    r = w.r
    return (f"RADIATION DOSE: estimated effective dose «{r.randint(20, 120) / 10} mSv» from the radiopharmaceutical"
            f"{r.choice(('', ' plus «' + str(r.randint(10, 60) / 10) + ' mSv» from CT'))}. Dose calibrator "
            f"«{r.choice(('CRC-25R', 'Atomlab 500', 'CRC-55tR'))}».\n\n")


def _ex_history(w: _W) -> str:
    r = w.r
    return ("CLINICAL HISTORY: "
            f"{r.choice(('s/p chemoradiation', 's/p surgery and adjuvant RT', 'on immunotherapy', 'on ADT'))}; "
            f"prior RT to {r.choice(('the chest', 'the pelvis', 'the neck', 'the spine'))} completed "
            f"{w.sd(-r.randint(60, 900))}. "
            f"Creatinine {r.randint(6, 19) / 10}. "
            f"{r.choice(('Claustrophobic - lorazepam given.', 'Diabetic on metformin.', 'Hearing impaired.', ''))}\n"
            "\n")


def _ex_ctfindings(w: _W) -> str:
    r = w.r
    return ("ADDITIONAL FINDINGS ON LOW-DOSE CT (non-diagnostic):\n" + "".join(
        f"- {x}\n" for x in r.sample(("Coronary artery calcifications.", "Small hiatal hernia.", "Cholelithiasis.",
                                       "Bilateral renal cysts, simple.", "Mild emphysema.",
                                       "Diverticulosis of the sigmoid.",
                                       "Postsurgical changes in the neck.", "Atelectasis at the lung bases."),
                                      3)) + "\n")


def _ex_quality(w: _W) -> str:
    r = w.r
    return ("QUALITY: "
            f"""{r.choice(('Image quality adequate.', 'Mild patient motion on the delayed images.',
                'Count-poor study due to body habitus.'))} """
            "Acquisition on "
            f"«{r.choice(('Symbia Intevo Bold', 'Discovery NM/CT 870', 'Infinia Hawkeye 4', 'Biograph mCT'))}», "
            f"processing «{r.choice(('Hermes Hybrid Viewer 4.0', 'Xeleris 4.1', 'syngo.via VB60', 'MIM 7.2.9'))}».\n\n")


def _ex_acq(w: _W) -> str:
    r = w.r
    return (f"ACQUISITION: {r.choice(('LEHR', 'LEGP', 'MEGP', 'HEGP'))} collimator, "
            f"{r.choice(('140 keV ±10%', '159 keV ±10%', '364 keV ±10%', '208 keV ±10% and 113 keV ±10%'))} "
            f"window, matrix {r.choice(('256x1024', '128x128', '256x256'))}, "
            f"{r.choice(('10 cm/min scan speed', '120 views, 20 s/view', '3 min/bed position', '64 frames'))}. "
            f"""{r.choice(('CT: 120 kVp, CARE Dose4D.', 'Attenuation correction applied.',
                'Scatter correction applied.', ''))}\n\n""")


def _ex_labs(w: _W) -> str:
    r = w.r
    lab = r.choice((("Hemoglobin", "g/dL", 85, 145), ("Platelets", "K/uL", 900, 3500), ("Creatinine", "mg/dL", 5, 19),
                    ("WBC", "K/uL", 20, 110), ("Albumin", "g/dL", 25, 45)))
    rows = "".join(f"""  {w.sd(-d)}  {r.randint(lab[2],
                       lab[3]) / 10}\n""" for d in sorted(r.sample(range(20, 400), 3), reverse=True))
    return f"RELEVANT LABS ({lab[0]}, {lab[1]}):\n{rows}\n"


def _ex_prior(w: _W) -> str:
    r = w.r
    items = r.sample(("surgery", "4 cycles of chemotherapy", "EBRT to the primary", "SBRT to an oligometastasis",
                      "restaging imaging", "immunotherapy (pembrolizumab)", "systemic therapy changed",
                      "multidisciplinary clinic visit"), 3)
    rows = "".join(f"- {w.sd(-r.randint(30, 1200))}: {it}\n" for it in items)
    return f"PRIOR THERAPY:\n{rows}\n"


def _ex_meds(w: _W) -> str:
    r = w.r
    meds = r.sample(("Ondansetron 8 mg PO q8h prn", "Prochlorperazine 10 mg PO q6h prn", "Oxycodone 5 mg PO q4h prn",
                     "Dexamethasone 4 mg PO daily", "Levothyroxine 150 mcg PO daily", "Tamsulosin 0.4 mg PO qHS",
                     "Lidocaine 2% viscous 15 mL swish q4h prn", "Silver sulfadiazine 1% topical BID",
                     "Omeprazole 20 mg PO daily", "Metoprolol succinate 25 mg PO daily"), 4)
    return "CURRENT MEDICATIONS:\n" + "".join(f"{k + 1}. {m}\n" for k, m in enumerate(meds)) + "\n"


def _ex_vitals(w: _W) -> str:
    r = w.r
    return (f"VITALS: T {r.choice(('97.8', '98.6', '99.2', '98.1'))}  BP {r.randint(100, 160)}/{r.randint(55, 95)}  "
            f"HR {r.randint(55, 110)}  RR {r.randint(12, 22)}  SpO2 {r.randint(90, 100)}% RA  "
            f"Wt {r.randint(450, 1100) / 10} kg  BSA {r.randint(150, 230) / 100} m2\n\n")


_EX_DC = (_ex_sim, _ex_constraints, _ex_codes, _ex_nursing, _ex_ros, _ex_copy, _ex_consent, _ex_systemic,
          _ex_fields, _ex_meds, _ex_vitals, _ex_labs, _ex_prior)
_EX_RAD = (_ex_prep, _ex_dose, _ex_history, _ex_quality, _ex_codes, _ex_acq, _ex_labs, _ex_prior)


_KINDS_DC = (
    ("discharge_summary", _t_discharge, 3), ("treatment_summary", _t_treatment_summary, 2),
    ("plan_check", _t_plan_check, 2), ("brachy_log", _t_brachy, 2), ("radiopharm_record", _t_radiopharm, 2),
    ("i131_letter", _t_i131_letter, 2), ("otv_note", _t_otv, 2), ("tumor_board", _t_tumor_board, 2),
    ("physics_qa", _t_physics_qa, 2),
)
_KINDS_RAD = (
    ("pet_ct", _t_pet, 3), ("bone_scan", _t_bone, 2), ("muga", _t_muga, 1), ("vq_scan", _t_vq, 2),
    ("spect", _t_spect, 2), ("thyroid", _t_thyroid, 2), ("lymphoscintigraphy", _t_lymph, 2),
)
DOCUMENT_KINDS = tuple(k for k, _, _ in _KINDS_DC + _KINDS_RAD)
_MIN_BYTES, _MAX_BYTES = 1000, 6144


def _render(key: str, heavy: bool, fn, cats: list[str]) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    first = _W(key, heavy)
    fn(first)
    p = random.Random(key + "|plant")
    assign: dict[int, str] = {}
    spill_assign: dict[int, list[str]] = {}
    for cat in cats:
        free = [k for k, (c, _) in enumerate(first.slots) if c == cat and k not in assign]
        if free and p.random() < 0.55:
            k = p.choice(free)
            assign[k] = _value(cat, p, first.slots[k][1])
        else:
            spill_assign.setdefault(p.randrange(len(first.spills)), []).append(cat)
    w = _W(key, heavy, assign, spill_assign, random.Random(key + "|ctx"))
    fn(w)
    return "".join(w.buf), w.spans, w.looks


_FILL_DC = (
    "Addendum: chart reviewed for completeness; no changes to the plan. Radiation safety and consent forms are "
    "scanned into the media tab. Education materials on skin care, fatigue and nutrition were provided and "
    "reviewed; all questions answered.",
    "COPIED FORWARD FROM PRIOR NOTE - please verify: counselled on acute and late effects of treatment including "
    "fatigue, skin reaction and a rare risk of secondary malignancy. Understanding verbalized. No changes to "
    "medications since the last visit.",
    "Late entry: physics weekly chart check completed; treatment records, imaging approvals and cumulative dose "
    "reconciled against the prescription. No discrepancies found.",
)
_FILL_RAD = (
    "Technologist note: patient identity verified with two identifiers; pregnancy and breastfeeding status "
    "screened; injection site without infiltration on a static image of the injection site.",
    "ADDENDUM: Images were re-processed with attenuation correction; the interpretation above is unchanged. "
    "Images and report are available in PACS.",
    "Note: this examination was reported in accordance with the «SNMMI» procedure standard; reference intervals "
    "quoted above are laboratory specific.",
)


def _filler(r: random.Random, note_type: str) -> str:
    return "\n" + r.choice(_FILL_DC if note_type == "discharge" else _FILL_RAD) + "\n"


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, sorted look-alikes, kind) for note i of a seed."""
    kind, note_type, cats = _plan(seed, i)
    heavy = kind == "heavy"
    kinds = _KINDS_DC if note_type == "discharge" else _KINDS_RAD
    for attempt in range(20):
        key = f"holdout35|{seed}|{i}|{attempt}"
        kr = random.Random(key + "|kind")
        fn = kr.choices([k[1] for k in kinds], weights=[k[2] for k in kinds])[0]
        text, spans, looks = _render(key, heavy, fn, cats)
        while len(text.encode("utf-8")) < _MIN_BYTES:
            text += _filler(kr, note_type)
        if len(text.encode("utf-8")) <= _MAX_BYTES and (not heavy or text.count("___") >= 12):
            return LabelledNote(note_type, text, sorted(spans)), sorted(set(looks)), kind
    raise RuntimeError(f"holdout35: no note fits for seed {seed}, index {i}")


def holdout35_note(seed: int, i: int) -> LabelledNote:
    """Note i of the corpus for a seed (deterministic, independent of the other notes)."""
    return _build(seed, i)[0]


def holdout35_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout35_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout35_corpus, argv,
        "Held-out corpus 35 (written blind): radiation oncology, nuclear medicine and molecular imaging notes")
    report("holdout35", args, notes, hits, res)


if __name__ == "__main__":
    main()
