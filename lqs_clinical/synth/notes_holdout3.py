"""Third blind held-out corpus for the residual-PHI detector (MIMIC-IV-Note shaped).

Written without reading the detector, its rules, the tuning generator or the two earlier held-out
corpora: own templates, phrasing and fictitious surrogate values. Two note kinds mirror
MIMIC-IV-Note's two tables: discharge summaries (``note/discharge``, real MIMIC section headings)
and radiology reports (``note/radiology``, EXAMINATION/INDICATION/.../IMPRESSION, addenda,
NOTIFICATION lines). Most PHI is masked as ``___`` as in MIMIC; in about 60% of notes one to
three identifiers are left unmasked ("planted") in a natural position, each labelled with its
exact span and a category from :data:`CATEGORIES`. Safe Harbor: US states, countries, bare years,
ages < 90, times and 2100+ (shifted) dates are not PHI and appear unlabelled, alongside eponyms,
scores, drug names and doses, devices, vitals, MIMIC lab lines, room/bed numbers and abbreviations.

Note ``i`` depends only on ``(seed, i)``.

Measure (lead engineer):  ``python -m lqs_clinical.synth.notes_holdout3 --seed 1 --n 600 [--ner]``
"""

from __future__ import annotations

import random
import string
from collections import Counter, defaultdict

from lqs_clinical.synth.holdout_measure import measure
from lqs_clinical.synth.notes import LabelledNote

PLANT_RATE = 0.6
DISCHARGE_SHARE = 0.6

Item = str | tuple[str, str]

# ---------------------------------------------------------------- fictitious surrogate values

_FIRST = (
    "Deirdre",
    "Marisol",
    "Tobias",
    "Anneliese",
    "Kwame",
    "Priya",
    "Gerald",
    "Rosalind",
    "Thaddeus",
    "Imelda",
    "Desmond",
    "Yolanda",
    "Casimir",
    "Esperanza",
    "Winifred",
    "Ignatius",
    "Lorraine",
    "Bartholomew",
    "Odalys",
    "Fennimore",
    "Roberta",
    "Luis",
    "Kevin",
    "Patricia",
    "Hyun-woo",
    "Oluwaseun",
    "Margarethe",
    "Colm",
    "Anjali",
    "Teodoro",
    "Bernadette",
    "Lucien",
    "Agnieszka",
    "Wendell",
    "Ngozi",
    "Raimundo",
    "Sinead",
    "Dmitri",
    "Fatima",
    "Cornelius",
    "Thuy",
    "Ephraim",
    "Carmela",
    "Jovan",
)
_LAST = (
    "Abernathy",
    "Okonkwo",
    "Vasquez-Ortiz",
    "Thibodeau",
    "Halvorsen",
    "Nakashima",
    "Przybylski",
    "Delacroix",
    "Oyelaran",
    "Castellanos",
    "Lindqvist",
    "Marchetti",
    "Szabo",
    "Kowalczyk",
    "Brennan",
    "O'Rourke",
    "McAllister",
    "Nguyen",
    "Tran",
    "Goldfarb",
    "Rosenthal",
    "Achterberg",
    "Papadakis",
    "Ferreira",
    "Quintero",
    "Haddad",
    "Sorensen",
    "Whitcombe",
    "Dunleavy",
    "Iyer",
    "Ramaswamy",
    "Kaczmarek",
    "Bouchard",
    "Gallagher",
    "Yamaguchi",
    "Chowdhury",
    "Adeyemi",
    "Moreau",
    "Fairweather",
    "Pettibone",
    "Ostrowski",
    "Mulcahy",
    "Esposito",
    "Vuong",
    "Lachance",
    "Bergstrom",
    "Amato",
    "DeSouza",
)
_CITIES = (
    "Framingham",
    "Haverhill",
    "Brockton",
    "Fitchburg",
    "Chelmsford",
    "Pawtucket",
    "Nashua",
    "Lowell",
    "Quincy",
    "Revere",
    "Dorchester",
    "Woonsocket",
    "Attleboro",
    "Marlborough",
    "Leominster",
    "Gloucester",
    "Taunton",
    "Methuen",
    "Chicopee",
    "Somerville",
    "Malden",
    "Peabody",
    "Billerica",
    "Dracut",
    "Saugus",
    "Port-au-Prince",
    "Santo Domingo",
    "Ponta Delgada",
    "Cap-Haitien",
    "Kingston",
    "Hyannis",
    "Wareham",
)
_ORGS = (
    "Merrimack Valley Medical Center",
    "St. Brendan's Hospital",
    "Whitcomb Memorial Hospital",
    "Greater Nashoba Health",
    "Sycamore Ridge Rehabilitation",
    "Pine Hollow Nursing Center",
    "Blue Heron Skilled Nursing",
    "Tidewater Dialysis Center",
    "Kestrel Freight",
    "Dunmore Logistics",
    "Ashgrove Elementary School",
    "Corliss & Pratt LLP",
    "Old Colony Community Hospital",
    "Mount Wachusett Rehab",
    "Bayberry Point Nursing & Rehabilitation",
    "Cranberry Coast Medical Group",
    "Ledgewood Manor",
    "Saint Anselm Medical Center",
    "Fenwick Valley Hospital",
    "Harrow Lane Assisted Living",
    "Quarry Hill Cardiology Associates",
    "Northbridge Home Health",
    "Lantern Bay Hospice",
)
_FACILITY_ORGS = (
    "Sycamore Ridge Rehabilitation",
    "Pine Hollow Nursing Center",
    "Blue Heron Skilled Nursing",
    "Mount Wachusett Rehab",
    "Bayberry Point Nursing & Rehabilitation",
    "Ledgewood Manor",
    "Harrow Lane Assisted Living",
    "Lantern Bay Hospice",
    "Northbridge Home Health",
)
_HOSPITALS = (
    "Merrimack Valley Medical Center",
    "St. Brendan's Hospital",
    "Whitcomb Memorial Hospital",
    "Old Colony Community Hospital",
    "Saint Anselm Medical Center",
    "Fenwick Valley Hospital",
)
_STREETS = (
    "Larchmont",
    "Wendell",
    "Partridge Hill",
    "Quinobequin",
    "Algonquin",
    "Birchwood",
    "Tremlett",
    "Ocean View",
    "Old Mill",
    "Chestnut Hill",
    "Sagamore",
    "Pleasant Valley",
    "Hawthorne",
    "Ridgecrest",
    "Mystic Valley",
    "Cedar Swamp",
    "Loring",
    "Mattakeeset",
)
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Lane", "Ln", "Terrace", "Way", "Circle", "Dr")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ALNUM_NO_IOQ = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _person(rng: random.Random, form: str | None = None) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    form = form or rng.choice(("first last", "last, first", "last", "first m. last", "f. last"))
    return {
        "first last": f"{f} {last}",
        "last, first": f"{last}, {f}",
        "last": last,
        "first": f,
        "first m. last": f"{f} {rng.choice(string.ascii_uppercase)}. {last}",
        "f. last": f"{f[0]}. {last}",
    }[form]


def _phone(rng: random.Random) -> str:
    area = rng.choice(("617", "508", "781", "978", "413", "774", "339", "857", "603", "401"))
    exch = "555" if rng.random() < 0.5 else str(rng.randint(201, 989))
    line = f"01{rng.randint(0, 99):02d}" if exch == "555" else _digits(rng, 4)
    return rng.choice(
        (
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"{area}.{exch}.{line}",
            f"{area} {exch} {line}",
            f"1-{area}-{exch}-{line}",
            f"+1 {area} {exch} {line}",
            f"{area}-{exch}-{line}",
            f"{area}{exch}{line}",
        )
    )


def _pager(rng: random.Random) -> str:
    return rng.choice((_digits(rng, 5), _digits(rng, 5), f"{rng.randint(1, 9)}-{_digits(rng, 4)}", _phone(rng)))


def _email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice((f"{f}.{last}", f"{f[0]}{last}{rng.randint(1, 99)}", f"{last}_{f}", f"{f}{rng.randint(50, 99)}"))
    local = "".join(c for c in local.lower() if c.isalnum() or c in "._")
    dom = rng.choice(
        (
            "gmail.com",
            "comcast.net",
            "yahoo.com",
            "verizon.net",
            "icloud.com",
            "whitcombhealth.org",
            "outlook.com",
            "nashobahealth.org",
        )
    )
    return f"{local}@{dom}"


def _url(rng: random.Random) -> str:
    tok = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(6))
    return rng.choice(
        (
            f"https://portal.whitcombhealth.org/patient/{_digits(rng, 6)}",
            f"www.gofundme.com/f/help-{rng.choice(_FIRST).lower()}-{rng.choice(_LAST).lower()}",
            f"https://imageshare.stbrendans.org/s/{tok}",
            f"http://mychart.nashobahealth.org/visit?id={_digits(rng, 7)}",
            f"https://{rng.choice(_LAST).lower().replace(chr(39), '')}family.blogspot.com",
            f"www.caringbridge.org/visit/{rng.choice(_FIRST).lower()}{rng.choice(_LAST).lower().replace(chr(39), '')}",
        )
    )


def _image_url(rng: random.Random) -> str:
    tok = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    return rng.choice(
        (
            f"https://imageshare.stbrendans.org/s/{tok}",
            f"https://pacs.fenwickvalley.org/viewer?study={tok}",
            f"www.oldcolonyhospital.org/images/{_digits(rng, 6)}",
        )
    )


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return f"fe80::{rng.randint(256, 4095):x}:{rng.randint(4096, 65535):x}:{rng.randint(4096, 65535):x}"
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"{rng.randint(24, 98)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        )
    )


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 8),
            f"{_digits(rng, 4)}-{_digits(rng, 4)}",
            "00" + _digits(rng, 7),
            _digits(rng, 10),
            f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        )
    )


def _account(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 10),
            _digits(rng, 9),
            f"{_digits(rng, 4)}-{_digits(rng, 6)}",
            f"{_digits(rng, 8)}-{_digits(rng, 2)}",
            f"H{_digits(rng, 9)}",
        )
    )


def _health_plan(rng: random.Random) -> str:
    mbi = (
        f"{rng.randint(1, 9)}{_letters(rng, 1)}{rng.choice(_ALNUM_NO_IOQ)}{rng.randint(0, 9)}-"
        f"{_letters(rng, 1)}{rng.choice(_ALNUM_NO_IOQ)}{rng.randint(0, 9)}-{_letters(rng, 2)}{_digits(rng, 2)}"
    )
    return rng.choice(
        (
            _digits(rng, 12),
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            mbi,
            f"{_letters(rng, 2)}{_digits(rng, 5)}-{_digits(rng, 2)}",
            f"W{_digits(rng, 9)}",
        )
    )


def _license(rng: random.Random) -> str:
    return rng.choice(
        (
            f"S{_digits(rng, 8)}",
            f"{_letters(rng, 2)}{_digits(rng, 7)}",
            _digits(rng, 6),
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = rng.choice(("01", "02")) + _digits(rng, 3)
    return z if rng.random() < 0.8 else f"{z}-{_digits(rng, 4)}"


def _street(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"P.O. Box {rng.randint(100, 9999)}"
    s = f"{rng.randint(2, 1999)} {rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
    if rng.random() < 0.3:
        s += rng.choice(
            (
                f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f" #{rng.randint(1, 12)}",
                f", Unit {rng.randint(1, 9)}",
            )
        )
    return s


def _date(rng: random.Random, lo: int = 2004, hi: int = 2023) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{_MONTHS[m - 1]} {d}, {y}",
            f"{d} {_MONTHS[m - 1][:3]} {y}",
            f"{_MONTHS[m - 1][:3]} {d} {y}",
            f"{m:02d}-{d:02d}-{y}",
            f"{m}.{d}.{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{_MONTHS[m - 1]} {y}",
        )
    )


def _dob(rng: random.Random) -> str:
    return _date(rng, 1924, 1990)


def _age90(rng: random.Random) -> str:
    return str(rng.randint(90, 104))


def _device(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
            f"{_digits(rng, 6)}-{_digits(rng, 2)}",
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
            f"{_letters(rng, 3)}-{_digits(rng, 5)}",
            _digits(rng, 9),
        )
    )


def _vehicle(rng: random.Random) -> str:
    vin = "".join(rng.choice(_ALNUM_NO_IOQ) for _ in range(17))
    plate = rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 2)}",
            f"{rng.randint(1, 9)}{_letters(rng, 2)} {_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        )
    )
    return vin if rng.random() < 0.45 else plate


# ---------------------------------------------------------------- slots: where an identifier may sit
# slot name -> (category, note kind, value generator). A slot not planted renders as "___".


def _doc_name(rng: random.Random) -> str:
    return _person(rng, rng.choice(("last", "last", "first last", "f. last")))


_SLOTS: dict[str, tuple[str, str, object]] = {
    # discharge
    "hdr_name": ("PERSON", "discharge", lambda r: _person(r, rng_form(r, ("last, first", "first last")))),
    "hdr_att": ("PERSON", "discharge", lambda r: _person(r, rng_form(r, ("last, first", "first last", "f. last")))),
    "hdr_unit": ("MRN", "discharge", _mrn),
    "hdr_adm": ("DATE_REAL_YEAR", "discharge", lambda r: _date(r, 2008, 2023)),
    "hdr_dis": ("DATE_REAL_YEAR", "discharge", lambda r: _date(r, 2008, 2023)),
    "hdr_dob": ("DATE_REAL_YEAR", "discharge", _dob),
    "hpi_age": ("AGE_OVER_89", "discharge", _age90),
    "hpi_pcp": ("PERSON", "discharge", _doc_name),
    "hpi_osh": ("ORGANIZATION", "discharge", lambda r: r.choice(_HOSPITALS)),
    "hpi_osh_mrn": ("MRN", "discharge", _mrn),
    "hpi_loc": ("LOCATION", "discharge", lambda r: r.choice(_CITIES)),
    "hpi_date": ("DATE_REAL_YEAR", "discharge", _date),
    "hpi_mvc": ("VEHICLE_ID", "discharge", _vehicle),
    "pmh_date": ("DATE_REAL_YEAR", "discharge", _date),
    "pmh_device": ("DEVICE_ID", "discharge", _device),
    "sh_addr": ("STREET_ADDRESS", "discharge", _street),
    "sh_zip": ("ZIP", "discharge", _zip),
    "sh_rel": ("PERSON", "discharge", lambda r: _person(r, "first")),
    "sh_loc": ("LOCATION", "discharge", lambda r: r.choice(_CITIES)),
    "sh_employer": ("ORGANIZATION", "discharge", lambda r: r.choice(_ORGS)),
    "sh_email": ("EMAIL", "discharge", _email),
    "sh_url": ("URL", "discharge", _url),
    "sh_ssn": ("SSN", "discharge", _ssn),
    "sh_license": ("LICENSE", "discharge", _license),
    "sh_plan": ("HEALTH_PLAN", "discharge", _health_plan),
    "sh_vehicle": ("VEHICLE_ID", "discharge", _vehicle),
    "pr_ip": ("IP_ADDRESS", "discharge", _ip),
    "bhc_age": ("AGE_OVER_89", "discharge", _age90),
    "bhc_device": ("DEVICE_ID", "discharge", _device),
    "bhc_ip": ("IP_ADDRESS", "discharge", _ip),
    "bhc_pager": ("PAGER", "discharge", _pager),
    "bhc_contact": ("PERSON", "discharge", lambda r: _person(r, rng_form(r, ("first last", "first")))),
    "bhc_contact_phone": ("PHONE", "discharge", _phone),
    "bhc_fax": ("FAX", "discharge", _phone),
    "bhc_plan": ("HEALTH_PLAN", "discharge", _health_plan),
    "bhc_account": ("ACCOUNT", "discharge", _account),
    "bhc_ssn": ("SSN", "discharge", _ssn),
    "rx_dea": ("LICENSE", "discharge", _license),
    "disp_fac": ("ORGANIZATION", "discharge", lambda r: r.choice(_FACILITY_ORGS)),
    "disp_addr": ("STREET_ADDRESS", "discharge", _street),
    "disp_zip": ("ZIP", "discharge", _zip),
    "disp_city": ("LOCATION", "discharge", lambda r: r.choice(_CITIES)),
    "di_name": ("PERSON", "discharge", lambda r: r.choice(_LAST)),
    "di_hosp": ("ORGANIZATION", "discharge", lambda r: r.choice(_HOSPITALS)),
    "di_phone": ("PHONE", "discharge", _phone),
    "di_email": ("EMAIL", "discharge", _email),
    "di_url": ("URL", "discharge", _url),
    "di_account": ("ACCOUNT", "discharge", _account),
    "di_age": ("AGE_OVER_89", "discharge", _age90),
    "fu_date": ("DATE_REAL_YEAR", "discharge", lambda r: _date(r, 2008, 2023)),
    "fu_with": ("PERSON", "discharge", lambda r: _person(r, rng_form(r, ("last, first", "first last", "last")))),
    "fu_phone": ("PHONE", "discharge", _phone),
    "fu_fax": ("FAX", "discharge", _phone),
    "fu_pager": ("PAGER", "discharge", _pager),
    # radiology
    "ind_age": ("AGE_OVER_89", "radiology", _age90),
    "ind_osh": ("ORGANIZATION", "radiology", lambda r: r.choice(_HOSPITALS)),
    "ind_loc": ("LOCATION", "radiology", lambda r: r.choice(_CITIES)),
    "tech_ip": ("IP_ADDRESS", "radiology", _ip),
    "tech_url": ("URL", "radiology", _image_url),
    "comp_date": ("DATE_REAL_YEAR", "radiology", _date),
    "comp_osh": ("ORGANIZATION", "radiology", lambda r: r.choice(_HOSPITALS)),
    "comp_mrn": ("MRN", "radiology", _mrn),
    "find_device": ("DEVICE_ID", "radiology", _device),
    "notif_dr": ("PERSON", "radiology", _doc_name),
    "notif_by": ("PERSON", "radiology", _doc_name),
    "notif_date": ("DATE_REAL_YEAR", "radiology", _date),
    "notif_phone": ("PHONE", "radiology", _phone),
    "notif_pager": ("PAGER", "radiology", _pager),
    "rep_fax": ("FAX", "radiology", _phone),
    "rep_email": ("EMAIL", "radiology", _email),
    "add_person": ("PERSON", "radiology", _doc_name),
}


def rng_form(rng: random.Random, forms: tuple[str, ...]) -> str:
    return rng.choice(forms)


def _slots_for(kind: str) -> dict[str, list[str]]:
    by_cat: dict[str, list[str]] = defaultdict(list)
    for name, (cat, k, _) in _SLOTS.items():
        if k == kind:
            by_cat[cat].append(name)
    return dict(by_cat)


_BY_KIND = {k: _slots_for(k) for k in ("discharge", "radiology")}


# ---------------------------------------------------------------- note builder


class _Note:
    def __init__(self, rng: random.Random, plan: dict[str, str]) -> None:
        self.rng = rng
        self.plan = plan
        self.parts: list[tuple[str, str | None]] = []

    def w(self, *items: Item) -> None:
        for it in items:
            self.parts.append(it if isinstance(it, tuple) else (it, None))

    def v(self, slot: str) -> Item:
        """The slot's planted value (labelled) or the MIMIC mask."""
        if slot in self.plan:
            cat, _, gen = _SLOTS[slot]
            return (gen(self.rng), cat)
        return "___"

    def on(self, slot: str, p: float) -> bool:
        """Emit an optional slot sentence: always when planted, else (masked) with probability p."""
        return slot in self.plan or self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    def build(self, kind: str) -> LabelledNote:
        text, spans, pos = [], [], 0
        for s, cat in self.parts:
            if cat is not None:
                spans.append((pos, pos + len(s), cat))
            text.append(s)
            pos += len(s)
        return LabelledNote(note_type=kind, text="".join(text), spans=spans)


# ---------------------------------------------------------------- hard-negative material

_SERVICES = (
    "MEDICINE",
    "SURGERY",
    "CARDIOTHORACIC",
    "NEUROLOGY",
    "ORTHOPAEDICS",
    "NEUROSURGERY",
    "OBSTETRICS/GYNECOLOGY",
    "UROLOGY",
    "PSYCHIATRY",
    "PLASTIC",
)
_ALLERGIES = (
    "No Known Allergies / Adverse Drug Reactions",
    "Penicillins",
    "Sulfa (Sulfonamide Antibiotics) / Codeine",
    "lisinopril / Bactrim",
    "Patient recorded as having No Known Allergies to Drugs",
    "Iodinated Contrast Media - IV Dye / latex",
    "Percocet / Keflex",
)
_CASES = (
    # (chief complaint, HPI core, primary dx, procedure)
    (
        "Dyspnea on exertion",
        "HFrEF (EF 30%), CAD s/p PCI to LAD, and AFib on apixaban who presents with 5 days of "
        "worsening orthopnea, 3-pillow PND and a 4 kg weight gain",
        "Acute on chronic systolic heart failure",
        "Right heart catheterization (Swan-Ganz)",
    ),
    (
        "Fever, dysuria",
        "CKD stage 3b, T2DM on Lantus 18 units qHS and recurrent UTIs who presents with fever to "
        "102.4F, flank pain and rigors",
        "E. coli pyelonephritis with bacteremia",
        "None",
    ),
    (
        "Melena",
        "alcohol-associated cirrhosis (MELD-Na 19, Child-Pugh B) who presents with 2 days of black stools "
        "and lightheadedness",
        "Upper GI bleed from esophageal varices",
        "EGD with banding x3",
    ),
    (
        "Right-sided weakness",
        "HTN, HLD and prior tobacco use (40 pack-years, quit 2009) who was found with "
        "right face/arm weakness and aphasia; NIHSS 9 on arrival",
        "Left MCA ischemic stroke",
        "Mechanical thrombectomy (TICI 2b)",
    ),
    (
        "Fall",
        "Parkinson's disease, osteoporosis and prior Colles fracture who presents after a mechanical fall "
        "with inability to bear weight on the left leg",
        "Left intertrochanteric femur fracture",
        "Left hip cephalomedullary nail (TFN)",
    ),
    (
        "Abdominal pain",
        "Crohn's disease s/p ileocecectomy on Humira 40 mg q2wk who presents with crampy periumbilical "
        "pain, distension and bilious emesis",
        "Small bowel obstruction",
        "Exploratory laparotomy, lysis of adhesions",
    ),
    (
        "Confusion",
        "Graves' disease s/p RAI, AFib and DM2 who presents with 3 days of waxing/waning confusion; CAM "
        "positive, RASS -1",
        "Toxic-metabolic encephalopathy secondary to UTI",
        "None",
    ),
    (
        "Chest pain",
        "HLD, family history of premature CAD and OSA on CPAP who presents with substernal pressure "
        "radiating to the jaw; TIMI score 4",
        "NSTEMI",
        "Cardiac catheterization with DES to mid RCA",
    ),
    (
        "Shortness of breath",
        "COPD (FEV1 42% predicted, 2L home O2) who presents with increased sputum and wheeze; GOLD group E",
        "COPD exacerbation",
        "None",
    ),
    (
        "Headache",
        "hypertension and polycystic kidney disease who presents with thunderclap headache; Hunt and Hess "
        "grade 2, modified Fisher grade 3",
        "Aneurysmal subarachnoid hemorrhage (Acom aneurysm)",
        "Cerebral angiogram with coil embolization; EVD placement",
    ),
    (
        "Leg swelling",
        "metastatic pancreatic adenocarcinoma on FOLFIRINOX (C4D1 in 2154) who presents with left calf "
        "swelling; Wells score 3",
        "Left femoral-popliteal DVT and segmental PE",
        "IVC filter (Greenfield) placement",
    ),
    (
        "Jaundice",
        "cholelithiasis who presents with RUQ pain, fever and jaundice (Charcot's triad); positive Murphy's sign",
        "Acute cholangitis",
        "ERCP with sphincterotomy and stone extraction",
    ),
)
_PMH = (
    "Hypertension",
    "Hyperlipidemia",
    "Type 2 diabetes mellitus (last A1c 7.9%)",
    "CKD stage 3a (baseline Cr 1.3)",
    "Atrial fibrillation (CHA2DS2-VASc 5) on warfarin",
    "CAD s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) 2011",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg",
    "Barrett's esophagus",
    "OSA on CPAP 10 cm H2O",
    "Benign prostatic hyperplasia s/p TURP",
    "Depression (PHQ-9 14)",
    "Gout",
    "Hodgkin lymphoma (Ann Arbor IIA) s/p ABVD 1998, in remission",
    "Bell's palsy 2015",
    "s/p Roux-en-Y gastric bypass",
    "Lyme disease 2016, treated",
    "Wolff-Parkinson-White s/p ablation",
    "Cushing's syndrome s/p adrenalectomy",
    "Glaucoma",
    "Migraine without aura",
    "Diverticulosis",
    "HFpEF (LVEF 60% on TTE ___)",
    "Mild cognitive impairment (MoCA 23/30)",
    "Anemia of CKD",
    "Paroxysmal SVT",
    "Osteoarthritis s/p bilateral TKA",
    "Sarcoidosis stage II",
)
_FAMILY = (
    "Mother with breast cancer at 62; father died of MI at 71.",
    "Brother with type 1 diabetes. No family history of sudden cardiac death.",
    "Noncontributory.",
    "Father with colon cancer at 58, mother with Alzheimer's dementia (died at 84).",
    "Sister with lupus; maternal grandmother with stroke at 79.",
    "Unknown - patient adopted.",
    "Son (age 45) with HCM.",
    "Parents deceased (father CVA age 88, mother 'old age').",
)
_SOCIAL_NEG = (
    "Former smoker, 30 pack-years, quit in 2009. Drinks 2 glasses of wine per week. No illicit drugs.",
    "Retired machinist. Never smoker. Denies EtOH or IVDU.",
    "Originally from Haiti, moved to Massachusetts as a teenager. Speaks Haitian Creole; interpreter used.",
    "Grew up in Ohio; served in the Navy. Uses a walker at baseline. Independent of ADLs, needs help with IADLs.",
    "Lives in a 2nd-floor apartment (14 stairs). Has VNA 3x/week. Meals on Wheels. Attends AA meetings.",
    "Recently returned from a trip to Portugal and the Dominican Republic (3 weeks).",
    "Works in construction. Smokes 1/2 ppd. Occasional marijuana. Former heroin use, on methadone 80 mg daily.",
)
_ADM_EXAM = (
    "VS: T 98.4 BP 128/74 HR 82 RR 16 O2 sat 97% RA",
    "VS: 99.1 PO 162/91 L Lying 104 22 93 2L NC",
    "VITALS: Temp 101.3, HR 118, BP 94/52, RR 24, SpO2 91% on 4L. Wt 82.4 kg.",
    "VS: T 97.6 BP 132/78 HR 64 RR 18 O2 95% RA. Pain 6/10.",
)
_EXAM_LINES = (
    "GENERAL: Alert, oriented x3, NAD.",
    "HEENT: NCAT, PERRL, EOMI, MMM, JVP 12 cm.",
    "CV: RRR, III/VI holosystolic murmur at apex radiating to axilla, no S3.",
    "CV: irregularly irregular, 2/6 SEM at RUSB.",
    "LUNGS: Bibasilar crackles to mid-lung fields, no wheezes.",
    "LUNGS: CTAB, no w/r/r.",
    "ABDOMEN: Soft, NT/ND, +BS, negative Murphy's sign, no HSM.",
    "ABD: mildly distended, tympanic, no rebound or guarding.",
    "EXTREMITIES: 2+ pitting edema to knees bilaterally, 2+ DP/PT pulses.",
    "EXT: WWP, no C/C/E. Negative Homan's sign.",
    "NEURO: CN II-XII intact, 5/5 strength throughout, negative Babinski, no pronator drift, FTN intact.",
    "NEURO: A&Ox2 (not date), asterixis present. GCS 14 (E4V4M6).",
    "SKIN: Stage 2 sacral pressure injury (Braden 13).",
    "GU: Foley in place draining clear yellow urine.",
    "MSK: L leg shortened and externally rotated.",
    "Lines: R IJ CVC, L radial A-line, PIV x2. 16Fr Foley.",
)


def _lab_lines(n: _Note, when: str) -> list[str]:
    r = n.rng
    t = f"{r.randint(1, 12):02d}:{r.choice(('05', '12', '20', '35', '48', '55'))}{r.choice(('AM', 'PM'))}"
    wbc = round(r.uniform(3.5, 18.9), 1)
    lines = [
        f"___ {t} BLOOD WBC-{wbc}{'*' if wbc > 11 else ''} RBC-{round(r.uniform(2.9, 5.2), 2)}* "
        f"Hgb-{round(r.uniform(7.1, 14.8), 1)}* Hct-{round(r.uniform(22, 44), 1)}* MCV-{r.randint(78, 101)} "
        f"MCH-{round(r.uniform(26, 33), 1)} MCHC-{round(r.uniform(31, 35), 1)} RDW-{round(r.uniform(12, 18), 1)} "
        f"RDWSD-{round(r.uniform(38, 55), 1)} Plt ___",
        f"___ {t} BLOOD Neuts-{round(r.uniform(50, 90), 1)} Lymphs-{round(r.uniform(5, 30), 1)} "
        f"Monos-{round(r.uniform(2, 10), 1)} Eos-{round(r.uniform(0, 4), 1)} Baso-0.{r.randint(1, 9)} "
        f"Im ___ AbsNeut-{round(r.uniform(2, 14), 2)} AbsLymp-{round(r.uniform(0.4, 3), 2)}",
        f"___ {t} BLOOD ___ PTT-{round(r.uniform(25, 60), 1)} ___",
        f"___ {t} BLOOD Glucose-{r.randint(70, 320)}* UreaN-{r.randint(8, 88)}* Creat-{round(r.uniform(0.5, 4.8), 1)}* "
        f"Na-{r.randint(126, 146)} K-{round(r.uniform(3.1, 5.9), 1)} Cl-{r.randint(92, 110)} "
        f"HCO3-{r.randint(16, 31)} AnGap-{r.randint(8, 22)}",
        f"___ {t} BLOOD ALT-{r.randint(8, 240)} AST-{r.randint(12, 310)} AlkPhos-{r.randint(40, 420)} "
        f"TotBili-{round(r.uniform(0.2, 9.8), 1)}",
        f"___ {t} BLOOD CK(CPK)-{r.randint(40, 14800)} cTropnT-{round(r.uniform(0.01, 2.4), 2)}* "
        f"proBNP-{r.randint(60, 28400)}*",
        f"___ {t} BLOOD Calcium-{round(r.uniform(7.6, 10.4), 1)} Phos-{round(r.uniform(2, 5.8), 1)} "
        f"Mg-{round(r.uniform(1.4, 2.6), 1)}",
        f"___ {t} BLOOD %HbA1c-{round(r.uniform(5.2, 11.4), 1)}* eAG-{r.randint(100, 280)}*",
        f"___ {t} BLOOD Type-ART pO2-{r.randint(55, 240)} pCO2-{r.randint(28, 78)} pH-7.{r.randint(18, 48)} "
        f"calTCO2-{r.randint(16, 34)} Base XS-{r.randint(-8, 6)}",
        f"___ {t} BLOOD Lactate-{round(r.uniform(0.6, 6.4), 1)}",
        f"___ {t} URINE Color-Yellow Appear-Cloudy Sp ___ Blood-SM Nitrite-POS Protein-30 Glucose-NEG "
        f"Ketone-NEG pH-6.0 Leuks-LG",
    ]
    k = r.randint(4, len(lines))
    return [when] + r.sample(lines, k)


_MEDS = (
    ("Aspirin", "81 mg PO DAILY"),
    ("Atorvastatin", "40 mg PO QPM"),
    ("Metoprolol Succinate XL", "25 mg PO DAILY"),
    ("Furosemide", "40 mg PO BID"),
    ("Apixaban", "5 mg PO BID"),
    ("Warfarin", "2.5 mg PO DAILY16"),
    ("Levothyroxine Sodium", "88 mcg PO DAILY"),
    ("Insulin Glargine", "18 Units Bedtime"),
    ("Tamsulosin", "0.4 mg PO QHS"),
    ("Pantoprazole", "40 mg PO Q24H"),
    ("Senna", "8.6 mg PO BID:PRN constipation"),
    ("Docusate Sodium", "100 mg PO BID"),
    ("Polyethylene Glycol", "17 g PO DAILY:PRN"),
    ("Acetaminophen", "650 mg PO Q6H:PRN pain or fever"),
    ("OxyCODONE (Immediate Release)", "5 mg PO Q4H:PRN pain - Moderate"),
    ("Lisinopril", "10 mg PO DAILY"),
    ("Spironolactone", "25 mg PO DAILY"),
    ("Carvedilol", "6.25 mg PO BID"),
    ("Lactulose", "30 mL PO TID"),
    ("Rifaximin", "550 mg PO BID"),
    ("Ciprofloxacin HCl", "500 mg PO Q12H Duration: 7 Days"),
    ("Levetiracetam", "500 mg PO BID"),
    ("Enoxaparin Sodium", "40 mg SC DAILY"),
    ("Ferrous Sulfate", "325 mg PO DAILY"),
    ("Quetiapine Fumarate", "25 mg PO QHS:PRN agitation"),
    ("Nicotine Patch", "14 mg TD DAILY"),
    ("Albuterol Inhaler", "2 PUFF IH Q4H:PRN wheeze"),
    ("Tiotropium Bromide", "1 CAP IH DAILY"),
    ("Clopidogrel", "75 mg PO DAILY"),
    ("Nadolol", "20 mg PO DAILY"),
    ("Gabapentin", "300 mg PO TID"),
)
_DX_SECONDARY = (
    "Acute kidney injury",
    "Hyponatremia",
    "Type 2 diabetes",
    "Hypertension",
    "Atrial fibrillation",
    "Delirium",
    "Anemia",
    "Hypokalemia",
    "Chronic obstructive pulmonary disease",
    "Malnutrition",
)


# ---------------------------------------------------------------- discharge summary


def _discharge(n: _Note) -> None:
    r = n.rng
    sex = r.choice("MF")
    mr, he = ("Mr.", "He") if sex == "M" else ("Ms.", "She")
    cc, core, dx, proc = r.choice(_CASES)
    n.w("Name:  ", n.v("hdr_name"), "                  Unit No:   ", n.v("hdr_unit"), "\n \n")
    n.w("Admission Date:  ", n.v("hdr_adm"), "              Discharge Date:   ", n.v("hdr_dis"), "\n \n")
    n.w("Date of Birth:  ", n.v("hdr_dob"), "             Sex:   ", sex, "\n \n")
    n.w(f"Service: {r.choice(_SERVICES)}\n \nAllergies: \n{r.choice(_ALLERGIES)}\n \n")
    n.w("Attending: ", n.v("hdr_att"), ".\n \n")
    n.w(f"Chief Complaint:\n{cc}\n \nMajor Surgical or Invasive Procedure:\n{proc}\n \n")

    # HPI
    n.w("History of Present Illness:\n")
    if "hpi_age" in n.plan:
        n.w(
            f"{mr} ___ is a ",
            n.v("hpi_age"),
            r.choice((" year old ", "-year-old ", " y/o ", " yo ")),
            "man" if sex == "M" else "woman",
            f" with {core}. ",
        )
    else:
        age = r.choice(("___", "___", str(r.randint(19, 89))))
        n.w(f"{mr} ___ is a {age} year old {'man' if sex == 'M' else 'woman'} with {core}. ")
    if n.on("hpi_date", 0.2):
        n.w("Of note, on ", n.v("hpi_date"), f" {he.lower()} had a similar presentation treated as an outpatient. ")
    if n.on("hpi_loc", 0.25):
        n.w(
            f"Symptoms began while {he.lower()} was ",
            r.choice(("visiting family in ", "staying with a friend in ", "at a church event in ")),
            n.v("hpi_loc"),
            ". ",
        )
    if n.on("hpi_osh", 0.4):
        n.w(
            f"{he} initially presented to ",
            n.v("hpi_osh"),
            r.choice(
                (
                    " where CTA showed no dissection; transferred for higher level of care. ",
                    " ED, received 2L NS, ceftriaxone 1 g IV and was transferred to ___. ",
                    " and was transferred after a troponin of 0.42. ",
                )
            ),
        )
    if n.on("hpi_osh_mrn", 0.1):
        n.w("Outside records (MRN ", n.v("hpi_osh_mrn"), ") reviewed. ")
    if n.on("hpi_mvc", 0.06):
        n.w(
            r.choice(("Per EMS, restrained driver in a low-speed MVC; vehicle ", "Per police report the car (")),
            n.v("hpi_mvc"),
            r.choice((" was towed from the scene. ", ") sustained front-end damage, +airbag deployment. ")),
        )
    if n.on("hpi_pcp", 0.3):
        n.w("PCP Dr. ", n.v("hpi_pcp"), " had started torsemide 20 mg daily ___ ago. ")
    n.w(
        f"\n\nIn the ED, initial vitals: T {round(r.uniform(97, 102.5), 1)} HR {r.randint(52, 128)} "
        f"BP {r.randint(88, 188)}/{r.randint(44, 104)} RR {r.randint(12, 28)} SpO2 {r.randint(86, 100)}% "
        f"{r.choice(('RA', '2L NC', 'NRB', '4L'))}. "
    )
    n.w(
        r.choice(
            (
                "Exam notable for JVP to the angle of the jaw. ",
                "Exam notable for a GCS of 15. ",
                "Guaiac positive brown stool. ",
                "CXR showed Kerley B lines and small bilateral effusions. ",
            )
        )
    )
    n.w(
        r.choice(
            (
                "Given furosemide 80 mg IV x1, aspirin 324 mg and a heparin gtt. ",
                "Received vancomycin 1.5 g / Zosyn 4.5 g IV and 30 cc/kg LR. ",
                "Received pantoprazole 80 mg IV bolus, octreotide gtt and ceftriaxone 1 g. ",
                "Code stroke called at 14:32; tPA not given given time from last known well. ",
            )
        )
    )
    n.w(
        f"On arrival to the floor (bed {r.randint(3, 12)}{r.choice('ABCD')}, room {r.randint(401, 1190)}), "
        f"{he.lower()} endorses {r.choice(('mild nausea', 'ongoing 4/10 pain', 'feeling better', 'thirst'))}. "
        "ROS otherwise negative in 10 systems.\n \n"
    )

    # PMH
    n.w("Past Medical History:\n")
    for item in r.sample(_PMH, r.randint(3, 7)):
        n.w(f"- {item}\n")
    if n.on("pmh_date", 0.15):
        n.w(f"- {r.choice(('Appendectomy', 'CCY', 'C-section', 'R TKA', 'Prostatectomy'))} ", n.v("pmh_date"), "\n")
    if n.on("pmh_device", 0.15):
        n.w(
            f"- s/p {r.choice(('dual-chamber PPM', 'BiV-ICD', 'single-chamber ICD', 'Watchman device'))} "
            f"({r.choice(('Medtronic', 'Boston Scientific', 'Abbott', 'Biotronik'))}"
            f"{r.choice((', serial ', ', SN ', ', S/N: ', '; device ID '))}",
            n.v("pmh_device"),
            ")\n",
        )
    n.w(" \n")

    # Social history (often fully masked in MIMIC)
    n.w("Social History:\n")
    sh_slots = (
        "sh_addr",
        "sh_zip",
        "sh_rel",
        "sh_loc",
        "sh_employer",
        "sh_email",
        "sh_url",
        "sh_ssn",
        "sh_license",
        "sh_plan",
        "sh_vehicle",
    )
    if not any(s in n.plan for s in sh_slots) and r.random() < 0.35:
        n.w("___\n \n")
    else:
        n.w(r.choice(_SOCIAL_NEG), " ")
        if n.on("sh_rel", 0.3):
            n.w(
                f"Lives with {r.choice(('her husband', 'his wife', 'her daughter', 'his son', 'partner'))} ",
                n.v("sh_rel"),
                ". ",
            )
        if n.on("sh_addr", 0.15):
            n.w(r.choice(("Home address: ", "Lives alone at ", "Recently moved to ")), n.v("sh_addr"), ". ")
        if n.on("sh_zip", 0.1):
            n.w("Lives in ___, MA ", n.v("sh_zip"), ". ")
        if n.on("sh_loc", 0.15):
            n.w(r.choice(("Grew up in ", "Moved here from ", "Spends winters in ")), n.v("sh_loc"), ". ")
        if n.on("sh_employer", 0.25):
            n.w(
                r.choice(("Works as a dispatcher at ", "Recently laid off from ", "Employed part-time at ")),
                n.v("sh_employer"),
                ". ",
            )
        if n.on("sh_email", 0.08):
            n.w("Prefers to be contacted by email (", n.v("sh_email"), "). ")
        if n.on("sh_url", 0.05):
            n.w("Family has set up a fundraising page (", n.v("sh_url"), ") for medical costs. ")
        if n.on("sh_ssn", 0.05):
            n.w("SW assisting with SSDI application; SSN ", n.v("sh_ssn"), " verified. ")
        if n.on("sh_license", 0.08):
            n.w(
                "Counseled not to drive for 6 months per state law; driver's license ",
                n.v("sh_license"),
                " surrendered voluntarily. ",
            )
        if n.on("sh_plan", 0.1):
            n.w(
                f"Insurance: {r.choice(('MassHealth', 'BCBS PPO', 'Medicare A/B', 'Tufts Health Plan'))}, member ID ",
                n.v("sh_plan"),
                ". ",
            )
        if n.on("sh_vehicle", 0.04):
            n.w("Reports living in a car at times (plate/VIN ", n.v("sh_vehicle"), "). ")
        n.w("\n \n")

    n.w(f"Family History:\n{r.choice(_FAMILY)}\n \n")

    # Physical exam
    n.w(f"Physical Exam:\nADMISSION PHYSICAL EXAM:\n{r.choice(_ADM_EXAM)}\n")
    for line in r.sample(_EXAM_LINES, r.randint(4, 8)):
        n.w(line, "\n")
    n.w(
        "\nDISCHARGE PHYSICAL EXAM:\n"
        f"24 HR Data (last updated ___ @ {r.randint(0, 23):02d}{r.choice(('00', '14', '43'))})\n"
        f"    Temp: {round(r.uniform(97, 99.4), 1)} (Tm {round(r.uniform(98, 100.4), 1)}), "
        f"BP: {r.randint(98, 150)}/{r.randint(52, 90)} (95-150/52-90), HR: {r.randint(58, 96)}, "
        f"RR: {r.randint(14, 20)}, O2 sat: {r.randint(92, 99)}%, O2 delivery: RA, "
        f"Wt: {round(r.uniform(48, 120), 1)} kg\n"
        "GENERAL: Pleasant, lying in bed comfortably.\nEXT: trace edema.\n \n"
    )

    # Pertinent results
    n.w("Pertinent Results:\n")
    for line in _lab_lines(n, "ADMISSION LABS:"):
        n.w(line, "\n")
    n.w(" \n")
    for line in _lab_lines(n, "DISCHARGE LABS:")[:3]:
        n.w(line, "\n")
    n.w("\nIMAGING:\n")
    n.w(
        r.choice(
            (
                "CXR (___): Mild pulmonary vascular congestion. No focal consolidation. Cardiomediastinal silhouette "
                "enlarged.",
                "CT A/P W/ CONTRAST ___: Dilated loops of small bowel with transition point in the RLQ. No free air.",
                "TTE ___: LVEF 25-30% with global hypokinesis. Moderate (2+) MR. RVSP 48 mmHg.",
                "CTA HEAD/NECK ___: Occlusion of the L M1 segment. ASPECTS 8.",
                f"CT HEAD W/O CONTRAST {r.randint(2140, 2199)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}: "
                "No acute intracranial process.",
            )
        ),
        "\n",
    )
    if n.on("pr_ip", 0.05):
        n.w("Outside CT images imported to PACS from ", n.v("pr_ip"), " and reviewed by neuroradiology.\n")
    n.w(
        f"\nMICRO:\n___ {r.randint(1, 11)}:{r.randint(10, 59)} am URINE      Source: ___. \n"
        "   URINE CULTURE (Final ___): "
        f"{r.choice(('ESCHERICHIA COLI.    >100,000 CFU/mL', 'NO GROWTH', 'MIXED FLORA'))}.\n"
        "___ BLOOD CULTURE x2: no growth to date.\n \n"
    )

    # Brief hospital course
    n.w("Brief Hospital Course:\n")
    if "bhc_age" in n.plan:
        n.w(
            f"{mr} ___ is a ",
            n.v("bhc_age"),
            r.choice((sex, " y/o", " year old", "-year-old")),
            f" with {core.split(' who ')[0]} admitted with {dx.lower()}.\n \n",
        )
    else:
        n.w(
            f"{mr} ___ is a ___ year old {'woman' if sex == 'F' else 'man'} with {core.split(' who ')[0]} "
            f"admitted with {dx.lower()}.\n \n"
        )
    n.w(
        f"# {dx}: ",
        r.choice(
            (
                "Diuresed with IV Lasix 80 mg BID then transitioned to torsemide 40 mg daily; net negative 6.2 L. ",
                "Treated with ceftriaxone 1 g IV q24h, narrowed to cipro 500 mg BID on sensitivities (14-day course). ",
                "GI performed EGD with banding x3; Hgb stable at 8.4 after 2 units pRBC. Started nadolol 20 mg daily. ",
                "Seen by PT/OT, WBAT. Pain controlled with Tylenol 1 g q8h and oxycodone 2.5-5 mg PRN. ",
                "Loaded with Plavix 600 mg; heparin gtt for 48 h; Echo EF 45%. ",
            )
        ),
        r.choice(
            (
                "Kept on telemetry (no events). ",
                "Was in the MICU for 2 days on norepinephrine 0.08 mcg/kg/min. ",
                "Trended Cr from 2.1 to 1.4 (baseline 1.2). ",
            )
        ),
        "\n \n",
    )
    n.w(
        "# AKI: likely prerenal; resolved with IVF. FeNa 0.4%.\n"
        f"# DM2: held metformin, ISS + glargine {r.randint(6, 30)} units; A1c 8.1%.\n"
    )
    if n.on("bhc_device", 0.08):
        n.w(
            "# Arrhythmia: EP interrogated the device (",
            r.choice(("serial ", "SN ", "model A3DR01, serial ")),
            n.v("bhc_device"),
            "): appropriate function, 2 episodes of NSVT.\n",
        )
    if n.on("bhc_ip", 0.04):
        n.w("# Remote monitoring: home CareLink transmissions from ", n.v("bhc_ip"), " reviewed; no alerts.\n")
    if n.on("bhc_pager", 0.12):
        n.w("# Anticoagulation: INR 2.3 at discharge. Questions to the ___ fellow, pager ", n.v("bhc_pager"), ".\n")
    n.w(
        "\nTRANSITIONAL ISSUES:\n"
        f"- Discharge weight: {round(r.uniform(50, 120), 1)} kg ({round(r.uniform(110, 264), 1)} lb)\n"
        "- Please check Chem-10 and CBC on ___\n"
        f"- Discharge Cr: {round(r.uniform(0.6, 2.2), 1)}\n"
    )
    if n.on("bhc_fax", 0.12):
        n.w("- Discharge summary faxed to PCP office at ", n.v("bhc_fax"), "\n")
    if n.on("bhc_plan", 0.06):
        n.w("- Prior authorization for apixaban obtained (plan ID ", n.v("bhc_plan"), ")\n")
    if n.on("bhc_account", 0.05):
        n.w("- Case management: hospital account ", n.v("bhc_account"), " flagged for free care application\n")
    if n.on("bhc_ssn", 0.03):
        n.w("- Guardianship petition filed; SSN ", n.v("bhc_ssn"), " provided to probate court\n")
    n.w(f"# CODE: {r.choice(('Full (confirmed)', 'DNR/DNI (MOLST on file)', 'Full, presumed'))}\n")
    if n.on("bhc_contact", 0.7) or "bhc_contact_phone" in n.plan:
        n.w(
            "# CONTACT: ",
            n.v("bhc_contact"),
            f" ({r.choice(('wife', 'husband', 'daughter', 'son', 'HCP', 'niece'))}) ",
            n.v("bhc_contact_phone"),
            "\n",
        )
    n.w(" \n")

    # Medications
    n.w("Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n")
    meds = r.sample(_MEDS, r.randint(4, 9))
    for k, (name, sig) in enumerate(meds, 1):
        n.w(f"{k}. {name} {sig} \n")
    n.w(" \nDischarge Medications:\n")
    for k, (name, sig) in enumerate(meds, 1):
        if r.random() < 0.25:
            qty = r.choice((30, 60, 90))
            n.w(
                f"{k}. {name} {sig} \nRX *{name.split()[0].lower()} {sig.split(' PO')[0]} 1 tablet(s) by mouth "
                f"as directed Disp #*{qty} Tablet Refills:*{r.randint(0, 3)} \n"
            )
        else:
            n.w(f"{k}. {name} {sig} \n")
    if n.on("rx_dea", 0.05):
        n.w(
            f"Controlled substance Rx written by Dr. ___ ({r.choice(('DEA # ', 'DEA: ', 'MA CSR # '))}",
            n.v("rx_dea"),
            ")\n",
        )
    n.w(" \n")

    # Disposition
    disp = (
        "Extended Care"
        if any(s in n.plan for s in ("disp_fac", "disp_addr", "disp_zip", "disp_city"))
        else r.choice(("Home", "Home With Service", "Extended Care"))
    )
    n.w(f"Discharge Disposition:\n{disp}\n \n")
    if disp != "Home":
        n.w("Facility:\n", n.v("disp_fac"))
        if n.on("disp_addr", 0.1) or "disp_city" in n.plan or "disp_zip" in n.plan:
            n.w(" - ", n.v("disp_addr"), ", ", n.v("disp_city"), ", MA ", n.v("disp_zip"))
        elif disp == "Extended Care" and r.random() < 0.3:
            n.w(" ", r.choice(("Rehab", "Nursing & Rehab", "Hospice")))
        n.w("\n \n")
    n.w(f"Discharge Diagnosis:\nPRIMARY:\n{dx}\n\nSECONDARY:\n")
    for d in r.sample(_DX_SECONDARY, r.randint(1, 3)):
        n.w(f"{d}\n")
    n.w(
        " \nDischarge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: "
        + r.choice(
            (
                "Ambulatory - Independent.",
                "Ambulatory - requires assistance or aid (walker or cane).",
                "Out of Bed with assistance to chair or wheelchair.",
            )
        )
        + "\n \n"
    )

    # Instructions
    n.w(
        "Discharge Instructions:\nDear ",
        mr,
        " ",
        n.v("di_name"),
        ",\n \nIt was a pleasure taking care of you at ",
        n.v("di_hosp"),
        ".\n \nWHY WERE YOU IN THE HOSPITAL?\n- You were admitted for ",
        dx.lower(),
        ".\n \n",
    )
    if "di_age" in n.plan:
        n.w("At ", n.v("di_age"), " you are at higher risk of falls; please use your walker at all times.\n")
    n.w(
        "WHAT HAPPENED IN THE HOSPITAL?\n- ",
        r.choice(
            (
                "We gave you medicine through the IV to remove extra fluid.",
                "You had a procedure called an EGD to band the veins in your esophagus.",
                "The orthopaedic surgeons fixed your hip with a rod and screws.",
            )
        ),
        "\n \nWHAT SHOULD YOU DO WHEN YOU GO HOME?\n- Weigh yourself every morning; call your doctor if weight "
        "goes up by more than 3 lbs.\n- Limit salt to 2 g and fluids to 1.5 L per day.\n",
    )
    if n.on("di_phone", 0.25):
        n.w("- If you have questions, call ___ at ", n.v("di_phone"), ".\n")
    if n.on("di_email", 0.05):
        n.w("- You may also email the heart failure nurse at ", n.v("di_email"), ".\n")
    if n.on("di_url", 0.06):
        n.w("- Your test results and videos are available at ", n.v("di_url"), ".\n")
    if n.on("di_account", 0.04):
        n.w("- For billing questions refer to account number ", n.v("di_account"), ".\n")
    n.w(" \nWe wish you the best!\nYour ___ Care Team\n \n")

    # Followup
    n.w("Followup Instructions:\n")
    fu_slots = ("fu_date", "fu_with", "fu_phone", "fu_fax", "fu_pager")
    if not any(s in n.plan for s in fu_slots) and r.random() < 0.4:
        n.w("___\n")
        return
    n.w(
        f"Department: {r.choice(('CARDIAC SERVICES', 'HEPATOLOGY', 'ORTHOPEDICS', 'NEUROLOGY', 'WEST PROFESSIONAL'))}\n"
        f"When: {r.choice(('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'))} ",
        n.v("fu_date"),
        f" at {r.randint(8, 11)}:{r.choice(('00', '10', '20', '30', '40', '50'))} AM\nWith: ",
        n.v("fu_with"),
        ", MD [",
        n.v("fu_phone"),
        "]\nBuilding: ___ ___\nCampus: ",
        r.choice(("EAST", "WEST", "OFF CAMPUS")),
        "     Best Parking: ___ Garage\n",
    )
    if n.on("fu_fax", 0.15):
        n.w(
            "Please have INR checked on ___ and results faxed to ___ Anticoagulation Service, fax ", n.v("fu_fax"), "\n"
        )
    if n.on("fu_pager", 0.06):
        n.w("Urgent issues before then: page the on-call ___ fellow at ", n.v("fu_pager"), "\n")


# ---------------------------------------------------------------- radiology report

_EXAMS = (
    ("CHEST (PA AND LAT)", "Chest PA and lateral", "chest"),
    ("CHEST (PORTABLE AP)", "Single frontal view of the chest", "chest"),
    (
        "CTA CHEST W&W/O C&RECONS, NON-CORONARY",
        "Multidetector CT of the chest after 70 mL Omnipaque 350, with coronal, sagittal and MIP reformats",
        "cta",
    ),
    ("CT HEAD W/O CONTRAST", "Contiguous axial images of the brain without contrast", "head"),
    (
        "CT ABD & PELVIS WITH CONTRAST",
        "MDCT of the abdomen and pelvis after 130 mL Omnipaque 350 IV, portal venous phase",
        "abd",
    ),
    ("LIVER OR GALLBLADDER US (SINGLE ORGAN)", "Grey scale, color and spectral Doppler ultrasound of the liver", "us"),
    ("HIP NAILING IN OR W/FILMS & FLUORO LEFT", "Intraoperative fluoroscopic spot images, 4 views", "ortho"),
    (
        "MR HEAD W & W/O CONTRAST",
        "Sagittal T1, axial FLAIR, DWI, SWI and post-gadolinium (Gadavist 7 mL) imaging",
        "head",
    ),
)
_INDICATIONS = {
    "chest": (
        "with new O2 requirement  // eval for pulmonary edema",
        "s/p right IJ CVL placement  // position?",
        "ETT placement  // ETT position",
        "with fever and cough  // pneumonia?",
    ),
    "cta": ("with pleuritic chest pain and tachycardia, Wells 4.5  // PE?", "with hemoptysis  // PE?"),
    "head": ("s/p fall, on apixaban  // ICH?", "with AMS  // acute process?", "code stroke, LKW 2 hours  // bleed?"),
    "abd": ("with abdominal pain, distension, vomiting  // SBO?", "with LLQ pain, WBC 14  // diverticulitis?"),
    "us": ("with RUQ pain, fever  // cholecystitis?", "with cirrhosis  // HCC screening, PV patency"),
    "ortho": ("with left hip fracture  // intraop guidance",),
}
_FINDINGS = {
    "chest": (
        "There is mild pulmonary vascular congestion with small bilateral pleural effusions. Cardiomegaly is stable.",
        "The endotracheal tube tip terminates 4.2 cm above the carina. An enteric tube courses below the diaphragm.",
        "Right internal jugular central venous catheter terminates at the cavoatrial junction. No pneumothorax.",
        "Median sternotomy wires are intact. Left chest wall dual-lead pacemaker with leads in the RA and RV.",
        "Kerley B lines at the lung bases. Patchy left retrocardiac opacity may reflect atelectasis or pneumonia.",
        "Swan-Ganz catheter tip projects over the right interlobar pulmonary artery.",
    ),
    "cta": (
        "Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries. RV/LV ratio 1.1.",
        "No pulmonary embolism. 5 mm solid nodule in the right upper lobe (series 3, image 88); per Fleischner "
        "Society guidelines, optional CT at 12 months.",
        "Peripheral wedge-shaped opacity in the left lower lobe (Hampton hump). Small left pleural effusion.",
    ),
    "head": (
        "No acute intracranial hemorrhage, mass effect or territorial infarction. Prominent Virchow-Robin spaces.",
        "Hyperdense left MCA sign. Loss of gray-white differentiation in the left insula; ASPECTS 7.",
        "Diffuse subarachnoid hemorrhage in the basal cisterns and sylvian fissures, modified Fisher grade 3. "
        "Temporal horns measure 4 mm.",
        "Small chronic lacunar infarct in the right corona radiata. Mild mucosal thickening of the maxillary sinuses.",
    ),
    "abd": (
        "Dilated loops of small bowel to 3.8 cm with a transition point in the right lower quadrant; decompressed "
        "distal ileum. No pneumatosis or free air.",
        "Bosniak 2F cystic lesion in the left kidney lower pole, 1.9 cm, 22 Hounsfield units.",
        "Cirrhotic liver morphology with splenomegaly (15.2 cm) and recanalized paraumbilical vein. LI-RADS 3 "
        "observation in segment 7.",
        "Sigmoid diverticulosis without diverticulitis. Small Spigelian hernia containing fat.",
    ),
    "us": (
        "Gallbladder distended with layering sludge and a 1.4 cm stone at the neck; wall thickened to 5 mm; "
        "sonographic Murphy's sign positive. CBD 4 mm.",
        "Coarsened echotexture of the liver. Main portal vein patent with hepatopetal flow (velocity 22 cm/s).",
    ),
    "ortho": (
        "Intertrochanteric fracture of the left femur reduced and fixed with an intramedullary nail and single "
        "lag screw. Total fluoro time 48.2 seconds.",
        "Displaced Salter-Harris II fracture is not seen. Hardware in expected position.",
    ),
}
_IMPRESSIONS = {
    "chest": (
        "1. Mild pulmonary edema, improved since ___.\n2. Small bilateral effusions.",
        "Lines and tubes in appropriate position. No pneumothorax.",
        "Left retrocardiac opacity, atelectasis versus pneumonia in the appropriate clinical setting.",
    ),
    "cta": (
        "1. Acute right lower lobe segmental pulmonary emboli without CT evidence of right heart strain.\n"
        "2. 5 mm RUL nodule, see above.",
        "No pulmonary embolism or acute aortic abnormality.",
    ),
    "head": (
        "No acute intracranial abnormality. If clinical concern persists, MRI is more sensitive for acute infarct.",
        "Acute left MCA territory infarct with hyperdense M1 segment.",
        "Diffuse aneurysmal-pattern subarachnoid hemorrhage. Early hydrocephalus.",
    ),
    "abd": (
        "Small bowel obstruction with transition point in the RLQ, likely adhesive.",
        "No acute intra-abdominal process. Bosniak 2F renal cyst; follow-up renal ultrasound in 6 months.",
    ),
    "us": ("Acute calculous cholecystitis.", "Cirrhotic liver. Patent portal vein. No focal lesion."),
    "ortho": ("Intraoperative images during left femoral nailing. Please refer to the operative note.",),
}


def _radiology(n: _Note) -> None:
    r = n.rng
    exam, technique, region = r.choice(_EXAMS)
    sex = r.choice(("man", "woman"))
    n.w(f"EXAMINATION:  {exam}\n \nINDICATION:  ")
    if "ind_age" in n.plan:
        n.w(n.v("ind_age"), f" year old {sex} {r.choice(_INDICATIONS[region])}")
    elif r.random() < 0.5:
        n.w(f"___ year old {sex} {r.choice(_INDICATIONS[region])}")
    else:
        n.w(f"History: ___{r.choice(('F', 'M'))} {r.choice(_INDICATIONS[region])}")
    if n.on("ind_osh", 0.15):
        n.w(". Transfer from ", n.v("ind_osh"))
    if n.on("ind_loc", 0.08):
        n.w(". Found down at home in ", n.v("ind_loc"))
    n.w("\n \n")
    n.w(f"TECHNIQUE:  {technique}.")
    if region in ("cta", "head", "abd"):
        n.w(f"\nDOSE:  Total DLP (Body) = {r.randint(90, 1600)} mGy-cm. CTDIvol = {round(r.uniform(4, 60), 1)} mGy.")
    if n.on("tech_ip", 0.05):
        n.w("\nOutside images imported from node ", n.v("tech_ip"), " (AE title ___).")
    if n.on("tech_url", 0.03):
        n.w("\nOutside images received via link ", n.v("tech_url"), ".")
    n.w("\n \nCOMPARISON:  ")
    parts = []
    if n.on("comp_date", 0.3):
        parts.append(("Prior study dated ", n.v("comp_date")))
    if n.on("comp_osh", 0.15):
        parts.append(("CT from ", n.v("comp_osh")))
    if n.on("comp_mrn", 0.05):
        parts.append(("Outside study labelled MRN ", n.v("comp_mrn")))
    if not parts:
        n.w(
            r.choice(
                (
                    "___",
                    "None.",
                    f"Chest radiograph {r.randint(2140, 2199)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}.",
                    "___ and ___.",
                )
            )
        )
    else:
        for k, p in enumerate(parts):
            n.w("; " if k else "", *p)
        n.w(".")
    n.w("\n \nFINDINGS: \n \n")
    for f in r.sample(_FINDINGS[region], min(len(_FINDINGS[region]), r.randint(1, 3))):
        n.w(f, " ")
    if n.on("find_device", 0.05):
        n.w(
            "Left chest wall cardiac device (",
            r.choice(("serial ", "SN ", "device ID ")),
            n.v("find_device"),
            " per implant card) with intact leads. ",
        )
    n.w("\n \nIMPRESSION: \n \n", r.choice(_IMPRESSIONS[region]), "\n")

    notif = [s for s in ("notif_dr", "notif_by", "notif_date", "notif_phone", "notif_pager") if s in n.plan]
    if notif or r.random() < 0.45:
        n.w("\nNOTIFICATION:  The findings were discussed with Dr. ", n.v("notif_dr"))
        if "notif_pager" in n.plan:
            n.w(" (pager ", n.v("notif_pager"), ")")
        n.w(
            " by ",
            n.v("notif_by"),
            ", M.D. on the telephone on ",
            n.v("notif_date"),
            f" at {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}, "
            f"{r.randint(2, 45)} minutes after discovery of the findings.",
        )
        if "notif_phone" in n.plan:
            n.w(" Callback number ", n.v("notif_phone"), ".")
        n.w("\n")
    if n.on("rep_fax", 0.05):
        n.w("\nReport faxed to the ordering clinic at ", n.v("rep_fax"), ".\n")
    if n.on("rep_email", 0.03):
        n.w("\nCopy of report sent by secure email to ", n.v("rep_email"), " per ordering provider request.\n")
    if n.on("add_person", 0.12):
        n.w(
            "\nADDENDUM  "
            + r.choice(("Outside images were reviewed.", "Re-review of the study at the request of the clinical team."))
            + " No change to the impression. Discussed with Dr. ",
            n.v("add_person"),
            f" of the {r.choice(('ICU', 'surgery', 'medicine', 'ED'))} team at "
            f"{r.randint(1, 12)}:{r.randint(10, 59)} pm.\n",
        )


# ---------------------------------------------------------------- corpus


def _plan(rng: random.Random, kind: str) -> dict[str, str]:
    if rng.random() >= PLANT_RATE:
        return {}
    by_cat = _BY_KIND[kind]
    k = rng.choices((1, 2, 3), weights=(0.35, 0.35, 0.3))[0]
    cats: list[str] = []
    pool = sorted(by_cat)
    # categories that only discharge summaries can carry get more weight there, so every category gets ~even counts
    weights = [1.0 if kind == "radiology" or c in _BY_KIND["radiology"] else 1.8 for c in pool]
    while len(cats) < k:
        c = rng.choices(pool, weights=weights)[0]
        if c not in cats:
            cats.append(c)
    return {rng.choice(by_cat[c]): c for c in cats}


def holdout3_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus; depends only on ``(seed, i)``."""
    rng = random.Random(f"lqs-holdout3:{seed}:{i}")
    kind = "discharge" if rng.random() < DISCHARGE_SHARE else "radiology"
    note = _Note(rng, _plan(rng, kind))
    (_discharge if kind == "discharge" else _radiology)(note)
    return note.build(kind)


def holdout3_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """``n_notes`` labelled MIMIC-IV-Note shaped notes; note ``i`` depends only on ``(seed, i)``."""
    return [holdout3_note(seed, i) for i in range(n_notes)]


# ---------------------------------------------------------------- measurement (public detector API only)


def _ctx(text: str, s: int, e: int, w: int = 30) -> str:
    left, right = text[max(0, s - w) : s], text[e : e + w]
    return f"{left}[[{text[s:e]}]]{right}".replace("\n", " / ")


def main(argv: list[str] | None = None) -> int:
    args, notes, hits, res = measure(holdout3_corpus, argv, __doc__.splitlines()[0])

    kinds = Counter(n.note_type for n in notes)
    print(
        f"holdout3 seed={args.seed} notes={res['notes']} ({dict(kinds)}) ner={args.ner} "
        f"planted={sum(len(n.spans) for n in notes)} notes_with_plants={sum(bool(n.spans) for n in notes)}"
    )
    print(
        f"overall recall={res['overall_recall']} precision={res['overall_precision']} "
        f"false_hits={res['false_hits']} false_hits_per_note={res['false_hits_per_note']}"
    )
    print(f"{'category':16} {'planted':>7} {'found':>6} {'recall':>7} {'hits':>6} {'true':>6} {'precision':>9}")
    for cat, d in res["per_category"].items():
        print(
            f"{cat:16} {d['planted']:7} {d['found']:6} {d['recall']!s:>7} {d['hits']:6} {d['true_hits']:6} "
            f"{d['precision']!s:>9}"
        )

    misses: dict[str, list[str]] = defaultdict(list)
    false: dict[str, list[str]] = defaultdict(list)
    wrong_cat: dict[str, list[str]] = defaultdict(list)
    for idx, (n, h) in enumerate(zip(notes, hits, strict=True)):
        for s, e, c in n.spans:
            if not any(hc == c and hs < e and s < he for hs, he, hc, _ in h):
                got = sorted({hc for hs, he, hc, _ in h if hs < e and s < he})
                misses[c].append(f"#{idx} {n.note_type}: {_ctx(n.text, s, e)}" + (f"  (hit as {got})" if got else ""))
        for hs, he, hc, tier in h:
            over = [c for s, e, c in n.spans if hs < e and s < he]
            if not over:
                false[hc].append(f"#{idx} {n.note_type} {tier}: {_ctx(n.text, hs, he)}")
            elif hc not in over:
                wrong_cat[hc].append(f"#{idx} {tier}: {_ctx(n.text, hs, he)} (planted {over})")

    for title, groups in (("MISSES", misses), ("FALSE HITS", false), ("WRONG-CATEGORY HITS", wrong_cat)):
        total = sum(len(v) for v in groups.values())
        print(f"\n== {title}: {total}")
        for cat in sorted(groups, key=lambda c: -len(groups[c])):
            print(f"-- {cat}: {len(groups[cat])}")
            for line in groups[cat][: args.show]:
                print(f"   {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
