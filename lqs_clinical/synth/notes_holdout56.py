"""Held-out corpus 56: blood bank, transfusion medicine and apheresis, plus hospital chaplaincy and bereavement.

Document kinds (17; "radiology" notes are the laboratory-report shaped ones, "discharge" the clinical
and pastoral ones):

- radiology: type-and-screen report, antibody identification workup, crossmatch / issue record, donor
  unit ISBT-128 label transcription, look-back / recall trace, HPC / cord blood product record, massive
  transfusion protocol log;
- discharge: transfusion reaction investigation, therapeutic plasma exchange note, extracorporeal
  photopheresis note, stem-cell (HPC-A) collection note, Jehovah's Witness informed refusal of blood,
  chaplain visit note, spiritual care referral, bereavement follow-up letter, organ procurement family
  conversation, funeral home release of remains form.

Every note is MIMIC-IV-Note shaped: most identifiers are ``___`` and unmasked dates are shifted into
2100-2200 (never labelled). About 58% of notes carry 1-4 identifiers that escaped masking; exactly 5%
are heavy (25+ ``___``, nothing planted). Planted identifiers are inserted as blocks of many shapes
(prose, ``Label: value`` lines, ``|`` tables, dotted leaders, headers, signatures, pasted system text,
odd line breaks, typos in cue words); each block holds one span and masks every other identifier.

Label policy (as given in the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer
named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN,
REF, model and expiry are not identifiers. ACCOUNT covers account, encounter, incident/run, accession,
order, requisition, claim and specimen numbers, and a vendor's call or session id for the patient's
encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the
member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate",
"Acct") and credentials ("MD", "RN") stay outside.

Conventions specific to this corpus:
- ISBT-128 donation identification numbers (DINs), product codes, facility codes and blood-group codes
  identify a blood component, not a person: never labelled, returned as look-alikes. Reagent, drug and
  component lot numbers and their expiry dates (real years, always after an "Exp"/"Expires" cue) are
  look-alikes too.
- A patient's blood bank band (Typenex) number, a hemovigilance / safety-event case number, an OPO
  referral number and an interpreter vendor's video session id are ACCOUNT.
- Funeral homes, hospices, organ procurement organizations, hospitals, pharmacies, schools and employers
  named in full are ORGANIZATION. Device and drug makers (Terumo BCT, Haemonetics, Therakos, Immucor,
  Octapharma ...), registries and public bodies (AABB, FDA, NMDP, UNOS, Donate Life) are never labelled.
- A pacemaker or ICD serial recorded for cremation is DEVICE_ID; a hearse's or courier van's plate, a
  VIN and an aircraft tail number are VEHICLE_ID.
- Faith traditions (Jehovah's Witness, Catholic, Sikh ...), scripture references (Psalm 23) and
  blood-group eponyms (Kell, Duffy, Kidd, Lewis ...) are look-alikes, never PERSON or ORGANIZATION.
- Public hotlines (988, 211, the Social Security line) and public bodies' websites are look-alikes; a
  family's obituary, memorial-fund, livestream or update page and a patient-specific portal or scan link
  are URL.
- Look-alikes are returned only when present in the note as whole tokens, and none of their occurrences
  touches a span. Counts are stable: note type, kind, plant decision and span categories come from Weyl
  sequences in (seed, index); the number of spans per note from its own seeded generator.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
lqs_clinical/synth/holdout_measure.py, the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml,
/work/shared/reference/*.md, /work/shared/data/SOURCES.md and the PyHealth synthetic note-shaped samples
under /work/shared/data/note-shaped-samples/. No detector code, rule file, other corpus, test or benchmark
was opened, and the detector was never run on this corpus while writing it.
"""

# ruff: noqa: E501  (template and filler text: long string literals are kept whole for readability)
from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic schedules (Weyl sequences: stable counts, no global state)
# --------------------------------------------------------------------------------------------------

_A_TYPE = 0.41421356237309515  # sqrt(2) - 1
_A_KIND = 0.6457513110645906   # sqrt(7) - 2
_A_PLANT = 0.6180339887498949  # golden ratio - 1
_A_CAT = 0.3166247903553998    # sqrt(11) - 3
_P_RADIOLOGY = 0.45
_P_PLANT = 0.6105              # of non-heavy notes -> ~58% of all notes

_CATS = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "ZIP", "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
    "PERSON", "LOCATION", "ORGANIZATION",
)


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 3 * seed) % 20 == 11


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and _frac((i + 1) * _A_PLANT + seed * 0.2718281828) < _P_PLANT


def _category(seed: int, i: int, j: int) -> str:
    return _CATS[int(_frac((i * 4 + j) * _A_CAT + seed * 0.1415926535) * len(_CATS))]


# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marisol", "Tobias", "Adaeze", "Fiona", "Gideon", "Yesenia", "Anselm", "Priyanka", "Casimir", "Rosalind",
    "Thaddeus", "Ngozi", "Bartholomew", "Ileana", "Desmond", "Wilhelmina", "Rafferty", "Soraya", "Augustin",
    "Leocadia", "Emeka", "Henrietta", "Lucian", "Marguerite", "Oluwaseun", "Perpetua", "Quentin", "Rosaria",
    "Seamus", "Theodora", "Ulrich", "Valentina", "Winifred", "Xiomara", "Yusuf", "Zofia", "Ambrose",
    "Bernadette", "Cornelius", "Dolores", "Evander", "Florentina", "Gaspard", "Hyacinth", "Ignatius",
    "Josefina", "Konstantin", "Lavinia", "Mordecai", "Nanette", "Octavia", "Philippa", "Radomir", "Saoirse",
    "Tiberius", "Ursula", "Vikram", "Wendeline", "Yolanda", "Zebulon", "Agnieszka", "Bao", "Chidi",
    "Dariusz", "Esperanza", "Farouk", "Giulia", "Hamish", "Imelda", "Jovan",
)
_FAMILY = (
    "Okonjo", "Vasquez-Tellez", "Brannigan", "Szczepanski", "Abernethy", "Nakagawa", "Quarshie", "Delacroix",
    "Fitzmaurice", "Haldorsen", "Iwuchukwu", "Jablonski", "Kowalczyk", "Nwachukwu", "Oyelaran", "Pettigrew",
    "Ruvalcaba", "Sandoval-Rey", "Thistlewood", "Umberger", "Villanueva", "Wojciechowski", "Yamaguchi",
    "Zeferino", "Achterberg", "Barrientos", "Castellano", "Dunleavy", "Esposito", "Featherstone",
    "Garabedian", "Hakimi", "Ingersoll", "Jaramillo", "Kavanagh", "Lombardo", "Nakamura", "Oduya",
    "Papadakis", "Quintero", "Rasmussen", "Sokolowski", "Tremblay", "Underhill", "Vogelsang", "Whitcombe",
    "Xiong", "Yarborough", "Zielinski", "Adebayo", "Bellamy", "Cardenas", "Desrosiers", "Eberhardt",
    "Fairweather", "Gallagher", "Hernández-Ruiz", "Ivanova", "Jankowski", "Kettering", "Loughran",
    "Moriarty", "Nascimento", "O'Sullivan", "Pimentel", "Rautenberg", "Stavrakis", "Tanaka", "Ulloa",
    "Vukovich", "Wainwright",
)
_TOWNS = (
    "Brockton", "Chicopee", "Fall River", "Methuen", "Pawtucket", "Leominster", "Nashua", "Revere",
    "Dorchester", "Somerville", "Attleboro", "Framingham", "Woonsocket", "Taunton", "Haverhill", "Lowell",
    "Holyoke", "Pittsfield", "Gloucester", "Marlborough", "Waltham", "Quincy", "Weymouth", "Malden",
    "Everett", "Chelsea", "Peabody", "Danvers", "Billerica", "Andover", "Norwood", "Dedham", "Braintree",
    "Randolph", "Stoughton", "Easton", "Mansfield", "Foxborough", "Westerly", "Cranston", "Warwick", "Keene",
    "Manchester", "Bangor", "Worcester", "Fitchburg", "Northampton", "Greenfield", "Hyannis", "Falmouth",
    "Plymouth", "New Bedford", "Roslindale", "Mattapan", "Scranton", "Utica", "Yonkers", "Lewiston",
    "Chelmsford", "Woburn",
)
_HOSP_A = (
    "Merrowfield", "Ashgrove", "Calloway", "Brantley", "Kestrel Valley", "Saint Aldric", "Holloway",
    "Wyndham Falls", "Penrose", "Larkspur", "Greyledge", "Oakhaven", "Millbrook", "Cedar Hollow", "Tamsin Bay",
)
_HOSP_B = ("General Hospital", "Medical Center", "Memorial Hospital", "Regional Medical Center",
           "Community Hospital")
_FUNERAL_A = ("Kessler-Haight", "Donnelly & Sons", "Marchetti", "Abernathy-Cole", "Pruitt Family",
              "Lindgren", "Okafor Brothers", "Haskell & Vance", "Beaumont-Reyes", "Quigley")
_FUNERAL_B = ("Funeral Home", "Funeral Chapel", "Memorial Chapel", "Funeral Service", "Mortuary")
_HOSPICE = ("Willowbend Hospice", "Lantern House Hospice", "Tidewater Hospice & Comfort Care",
            "Northfield Home Hospice", "Stillwater Hospice Care", "Bayberry Hospice")
_OPO = ("Tri-River Organ & Tissue Network", "Northeast Gift of Life Alliance", "Harbor Donor Network",
        "Granite State Donor Services", "Coastal Organ Recovery Agency")
_SCHOOL = ("Fenwick Academy", "Ridgemont High School", "Larchmont State University", "Brookside Middle School",
           "Saint Perpetua Catholic School", "Harwell Community College")
_EMPLOYER = ("Brightline Logistics", "Hollis Paper Co.", "Marlow Tool & Die", "Quarry Hill Bakery",
             "Sable Point Shipyard", "Northgate Transit Authority", "Pemberton Textiles")
_PHARM = ("Pemberton Pharmacy", "Corner Drug of Milbury", "Halsey Apothecary", "Greenleaf Pharmacy #2217",
          "Medwell Pharmacy #0481", "Riverside Compounding Pharmacy")
_STREETS = ("Hollis Ave", "Prospect St", "Larchwood Rd", "Quarry Ln", "Chestnut Hill Dr", "Beacon Way",
            "Old Mill Rd", "Saddleback Ct", "Wrenfield Terrace", "Dunmore St", "Harbor View Rd", "Elmcrest Ave",
            "Tamarack Cir", "Pelham Pkwy", "Bridgewater Blvd", "Foundry St", "Orchard Hill Rd", "Kinsley Pl")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_STATES = ("Massachusetts", "Connecticut", "Rhode Island", "New Hampshire", "Vermont", "Maine", "New York",
           "New Jersey", "Pennsylvania", "Ohio", "Florida", "Texas")
_COUNTRIES = ("Haiti", "Nigeria", "Ireland", "Portugal", "Vietnam", "Brazil", "Cape Verde", "Ghana",
              "the Philippines", "India", "Poland", "Guatemala")

# Eponyms, brands and named tools used as look-alikes (never labelled).
EPONYMS_AND_BRANDS = (
    # blood-group systems and serology eponyms
    "Kell", "Duffy", "Kidd", "Lewis", "Lutheran", "Diego", "Dombrock", "Colton", "Cartwright", "Landsteiner",
    "Coombs", "Donath-Landsteiner", "Kleihauer-Betke", "Bombay",
    # disease and clinical eponyms
    "Guillain-Barré", "Goodpasture", "Waldenström", "Sézary", "Lambert-Eaton", "Wilson disease", "Raynaud",
    "Trendelenburg", "Quinton", "Hickman", "Cheyne-Stokes", "Mallory-Weiss", "Naranjo", "Kübler-Ross",
    "Worden", "Puchalski", "Glasgow Coma Scale",
    # devices and analysers
    "Spectra Optia", "Amicus", "Trima Accel", "CELLEX", "UVAR XTS", "Belmont", "Level 1", "Cell Saver",
    "Ortho Vision", "NEO Iris", "Echo Lumena", "ProVue", "BacT/ALERT", "TEG 6s", "ROTEM sigma", "Typenex",
    "Vacutainer", "SafeTrace Tx",
    # drugs and biologics
    "RhoGAM", "WinRho", "Rhophylac", "Kcentra", "Octaplas", "INTERCEPT", "Mirasol", "Darzalex", "Neupogen",
    "Zarxio", "Mozobil", "Tylenol", "Benadryl", "Solu-Medrol", "Lasix", "Venofer", "Injectafer", "Procrit",
    "Retacrit", "Cyklokapron", "Privigen", "UVADEX",
    # makers
    "Terumo BCT", "Haemonetics", "Therakos", "Immucor", "Grifols", "Octapharma", "Fenwal",
)


# --------------------------------------------------------------------------------------------------
# Context: rng, look-alike registry, small generators
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.la: list[str] = []

    def L(self, s: str) -> str:  # noqa: N802 - register a look-alike and return it
        if s not in self.la:
            self.la.append(s)
        return s

    def ch(self, seq):
        return self.rng.choice(seq)

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def f(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.rng.uniform(a, b):.{nd}f}"

    def sd(self) -> str:
        """A shifted (2100-2200) date, registered as a look-alike."""
        y, m, d = self.n(2110, 2195), self.n(1, 12), self.n(1, 28)
        style = self.n(0, 5)
        if style == 0:
            s = f"{y}-{m:02d}-{d:02d}"
        elif style == 1:
            s = f"{m:02d}/{d:02d}/{y}"
        elif style == 2:
            s = f"{_MONTHS[m - 1][:3]} {d}, {y}"
        elif style == 3:
            s = f"{d}-{_MONTHS[m - 1][:3].upper()}-{y}"
        elif style == 4:
            s = f"{m}/{d}/{y}"
        else:
            s = f"{_MONTHS[m - 1]} {d}, {y}"
        return self.L(s)

    def t(self) -> str:
        return f"{self.n(0, 23):02d}:{self.n(0, 59):02d}"

    def exp(self) -> str:
        """A real-year expiry date (only ever written after an Exp cue), registered as a look-alike."""
        y, m, d = self.n(2024, 2029), self.n(1, 12), self.n(1, 28)
        style = self.n(0, 2)
        s = f"{y}-{m:02d}-{d:02d}" if style == 0 else (f"{m:02d}/{d:02d}/{y}" if style == 1
                                                         else f"{d} {_MONTHS[m - 1][:3]} {y}")
        return self.L(s)

    def lot(self) -> str:
        return self.L(f"{self.n(10, 99)}{self.ch('ABCDEFGHJKLMNPRTX')}{self.n(100, 999)}{self.ch('ABCD')}")

    def abo(self) -> str:
        return self.ch(("O POS", "O NEG", "A POS", "A NEG", "B POS", "AB POS", "B NEG", "AB NEG"))

    def din(self) -> str:
        return self.L(f"W{self.n(1000, 4999)} {self.n(20, 29)} {self.n(100000, 999999)}")

    def pcode(self) -> str:
        return self.L(f"E{self.n(0, 9999):04d}{self.ch('VAB')}00")

    def ndc(self) -> str:
        return self.L(f"NDC {self.n(10000, 79999)}-{self.n(100, 999)}-{self.n(10, 99)}")

    def state(self) -> str:
        return self.L(self.ch(_STATES))

    def country(self) -> str:
        return self.L(self.ch(_COUNTRIES))

    def age_u90(self, unit: str) -> str:
        return self.L(f"{self.n(19, 88)}{unit}")

    def sw(self) -> str:
        return self.L(f"v{self.n(3, 14)}.{self.n(0, 9)}.{self.n(0, 20)}")


def _person(rng: random.Random, hint: str = "") -> str:
    g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
    if hint == "caps":
        return f"{f.upper()}, {g.upper()}"
    if hint == "last":
        return f
    r = rng.random()
    if r < 0.62:
        return f"{g} {f}"
    if r < 0.78:
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if r < 0.9:
        return f"{f}, {g}"
    return f"{g[0]}. {f}"


def _org(rng: random.Random, hint: str = "") -> str:
    if not hint:
        hint = rng.choice(("hosp", "hosp", "funeral", "hospice", "opo", "school", "employer", "pharm"))
    if hint == "hosp":
        return f"{rng.choice(_HOSP_A)} {rng.choice(_HOSP_B)}"
    if hint == "funeral":
        return f"{rng.choice(_FUNERAL_A)} {rng.choice(_FUNERAL_B)}"
    return rng.choice({"hospice": _HOSPICE, "opo": _OPO, "school": _SCHOOL, "employer": _EMPLOYER,
                       "pharm": _PHARM}[hint])


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(212, 987), _digits(rng, 4)
    style = rng.randint(0, 5)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a} {b} {c}",
            f"1-{a}-{b}-{c}")[style]


def _value(cat: str, rng: random.Random, hint: str = "") -> str:  # noqa: C901 - one branch per category
    if cat in ("PHONE", "FAX"):
        return _phone(rng)
    if cat == "PAGER":
        style = rng.randint(0, 3)
        if style == 0:
            return f"{rng.randint(2, 9)}-{_digits(rng, 4)}"
        if style == 1:
            return f"{rng.randint(1, 9)}{_digits(rng, 4)}"
        if style == 2:
            return f"{rng.randint(201, 989)}-{rng.randint(212, 987)}-{_digits(rng, 4)}"
        return f"{rng.randint(100, 999)}-{_digits(rng, 4)}"
    if cat == "EMAIL":
        g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
        f = re.sub(r"[^A-Za-z]", "", f.replace("á", "a")).lower()
        local = rng.choice((f"{g.lower()}.{f}", f"{g[0].lower()}{f}{rng.randint(1, 99)}", f"{f}.family",
                            f"{g.lower()}_{f[:4]}", f"{f}{g[0].lower()}"))
        dom = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com",
                          "merrowfieldhealth.org", "calloway-med.org", "verizon.net", "protonmail.com"))
        return f"{local}@{dom}"
    if cat == "URL":
        g, f = rng.choice(_GIVEN).lower(), re.sub(r"[^a-z]", "", rng.choice(_FAMILY).lower().replace("á", "a"))
        hint = hint or rng.choice(("obit", "fund", "blog", "doc", "portal", "stream"))
        slug = rng.choice(("kesslerhaight", "donnellysons", "marchettichapel", "pruittfamily", "quigleyfh",
                           "beaumontreyes"))
        return {
            "obit": f"https://www.{slug}.com/obituaries/{g}-{f}-{rng.randint(10, 9999)}",
            "fund": rng.choice((f"https://gofundme.com/f/{g}-{f}-memorial-fund", f"www.giveinmemory.net/{g}{f}")),
            "blog": rng.choice((f"www.caringbridge.org/visit/{g}{f}", f"https://{g}{f}updates.blogspot.com")),
            "doc": f"https://docs.merrowfieldhealth.org/scan/view?doc={_digits(rng, 8)}",
            "portal": f"https://mychart.calloway-med.org/msg/{_digits(rng, 7)}?t={_digits(rng, 6)}",
            "stream": rng.choice((f"https://live.{slug}.com/services/{g}-{f}",
                                  f"www.youtube.com/@{g}{f}memorial")),
        }[hint]
    if cat == "IP_ADDRESS":
        r = rng.random()
        if r < 0.4:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r < 0.65:
            return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r < 0.9:
            return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"fe80::{rng.randint(256, 65535):x}:{rng.randint(256, 65535):x}:{rng.randint(256, 65535):x}"
    if cat == "SSN":
        a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
        return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))
    if cat == "MRN":
        return rng.choice((_digits(rng, 7), _digits(rng, 8), f"{rng.randint(1, 9)}{_digits(rng, 8)}",
                           f"MR{_digits(rng, 7)}", f"H-{_digits(rng, 7)}", f"00{_digits(rng, 7)}"))
    if cat == "ACCOUNT":
        if hint == "band":
            return f"{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{_digits(rng, 5)}"
        return rng.choice((f"BB{_digits(rng, 7)}", f"XM-{_digits(rng, 6)}", f"{_digits(rng, 11)}",
                           f"E{_digits(rng, 8)}", f"A{_digits(rng, 9)}", f"HV-{_digits(rng, 5)}",
                           f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"ORD{_digits(rng, 7)}",
                           f"SC{_digits(rng, 6)}"))
    if cat == "HEALTH_PLAN":
        if hint == "mbi":
            al = "ACDEFGHJKMNPQRTUVWXY"
            return (f"{rng.randint(1, 9)}{rng.choice(al)}{rng.choice(al)}{rng.randint(0, 9)}-{rng.choice(al)}"
                    f"{rng.choice(al)}{rng.randint(0, 9)}-{rng.choice(al)}{rng.choice(al)}{_digits(rng, 2)}")
        return rng.choice((f"XJH{_digits(rng, 9)}", f"{_digits(rng, 9)}A", f"W{_digits(rng, 9)}",
                           f"MBR-{_digits(rng, 8)}", f"ZQB{_digits(rng, 8)}01", f"{_digits(rng, 12)}",
                           f"YLP{_digits(rng, 6)}-{_digits(rng, 2)}"))
    if cat == "LICENSE":
        hint = hint or rng.choice(("npi", "dea", "dl", "state"))
        if hint == "npi":
            return f"1{_digits(rng, 9)}"
        if hint == "dea":
            return f"{rng.choice('ABFGM')}{rng.choice('BCGHKLPTVWY')}{_digits(rng, 7)}"
        if hint == "dl":
            return rng.choice((f"S{_digits(rng, 8)}", f"{rng.choice('BDFHK')}{_digits(rng, 3)}-{_digits(rng, 4)}"
                               f"-{_digits(rng, 4)}", _digits(rng, 9)))
        return rng.choice((f"{_digits(rng, 6)}", f"P{_digits(rng, 5)}",
                           f"LN{_digits(rng, 7)}", f"{rng.randint(20, 299)}{_digits(rng, 4)}"))
    if cat == "ZIP":
        z = f"0{rng.randint(1000, 2799)}" if rng.random() < 0.75 else f"{rng.randint(10000, 14999)}"
        return z if rng.random() < 0.8 else f"{z}-{_digits(rng, 4)}"
    if cat == "STREET_ADDRESS":
        s = f"{rng.randint(2, 9899)} {rng.choice(_STREETS)}"
        r = rng.random()
        if r < 0.2:
            s += f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"
        elif r < 0.3:
            s += f", Unit {rng.randint(1, 12)}"
        return s
    if cat == "DATE_REAL_YEAR":
        y, m, d = rng.randint(1921, 2024), rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randint(0, 6)
        return (f"{m:02d}/{d:02d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                f"{d} {_MONTHS[m - 1][:3]} {y}", f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}", f"{m}/{d}/{y}",
                f"{m:02d}.{d:02d}.{y}")[style]
    if cat == "AGE_OVER_89":
        return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))
    if cat == "DEVICE_ID":
        if hint == "asset":
            return f"{rng.choice(('BW', 'INF', 'BME'))}{_digits(rng, 6)}"
        return rng.choice((f"1P{_digits(rng, 5)}", f"{rng.choice('KLPQ')}{rng.choice('XZW')}{_digits(rng, 6)}H",
                           f"{_digits(rng, 9)}", f"CX{_digits(rng, 5)}-{_digits(rng, 2)}",
                           f"PJN{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}"))
    if cat == "VEHICLE_ID":
        hint = hint or rng.choice(("plate", "plate", "tail", "vin"))
        if hint == "tail":
            return f"N{rng.randint(10, 999)}{rng.choice(('MT', 'LF', 'HX', 'BA', 'AE', 'RW'))}"
        if hint == "vin":
            al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return "".join(rng.choice(al) for _ in range(17))
        return rng.choice((f"{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(3))}"
                           f"{_digits(rng, 3)}", f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(3))}"
                           f"-{_digits(rng, 4)}", f"{_digits(rng, 3)} {''.join(rng.choice('BCDFGHJKLM') for _ in range(2))}"
                           f"{_digits(rng, 1)}", f"LVY {_digits(rng, 4)}"))
    if cat == "PERSON":
        return _person(rng, hint)
    if cat == "LOCATION":
        return rng.choice(_TOWNS)
    if cat == "ORGANIZATION":
        return _org(rng, hint)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Planting templates: (groups, position, text, value hint). Groups: B blood bank, A apheresis and
# cellular therapy, S spiritual care / decedent affairs, * any. One {v} per template; every other
# identifier in a template is masked.
# --------------------------------------------------------------------------------------------------

_T: dict[str, list[tuple[str, str, str, str]]] = {
    "PHONE": [
        ("*", "any", "Callback number given: {v}", ""),
        ("B", "any", "Delay in crossmatch (warm autoantibody) phoned to 7 West charge RN ___ at {v} at {t}; "
                     "read-back verified.", ""),
        ("BA", "any", "| Notified | ___ | {v} | {t} |", ""),
        ("S", "any", "Family contact: ___ (daughter) - cell {v}; prefers a call, not a text.", ""),
        ("S", "end", "If you would like to talk with someone from our team, my direct line is {v}.", ""),
        ("S", "any", "Funeral home phone {v} (per family)", ""),
        ("A", "any", "Pt given the apheresis unit number {v} to call for tingling, cramping or "
                     "lightheadedness after leaving.", ""),
        ("*", "any", "Ph#    {v}    (home)", ""),
        ("S", "any", "Wife ___ asked that the chaplain call her at\n{v} before the family meeting.", ""),
        ("B", "top", "Ordering location: ___   Tel:{v}", ""),
        ("A", "any", "Transplant coordinator ___ reachable at {v} (office).", ""),
        ("S", "any", "NOK phone.........{v}", ""),
        ("BA", "end", "Questions about this report: call {v} and ask for the tech in charge.", ""),
        ("S", "any", "son's # {v} - left VM x2", ""),
    ],
    "FAX": [
        ("*", "top", "FAX: {v}   ATTN: ___", ""),
        ("B", "end", "Copy of this report faxed to the ordering office, fax {v}, at {t}.", ""),
        ("S", "any", "Signed release faxed to the funeral home (fx {v}); confirmation page scanned to chart.", ""),
        ("A", "any", "Please fax the collection summary to the referring oncology office at {v}.", ""),
        ("*", "any", "| Fax | {v} |", ""),
        ("S", "any", "Copy of the advance directive (No Blood card) received by fax from {v}.", ""),
        ("B", "any", "Supplier notification sent via fax {v} - awaiting acknowledgement.", ""),
        ("*", "end", "Fax back to: {v}", ""),
        ("S", "any", "Death certificate worksheet faxed to {v}\n(funeral director) for completion.", ""),
        ("A", "top", "Referring MD fax # {v}", ""),
        ("*", "any", "Facsimile {v} (secure line)", ""),
    ],
    "PAGER": [
        ("B", "any", "Transfusion medicine fellow ___ (pager {v}) notified of the result.", ""),
        ("*", "any", "TM on call: pgr {v}", ""),
        ("S", "any", "Chaplain on call can be reached via pager {v} overnight.", ""),
        ("A", "any", "Apheresis RN ___, beeper {v}", ""),
        ("*", "end", "Contact ___ (p.{v}) with questions.", ""),
        ("B", "any", "| Pager | {v} |", ""),
        ("S", "any", "Page {v} for the decedent affairs coordinator after hours.", ""),
        ("B", "top", "Resident: ___   Pgr#{v}", ""),
        ("A", "any", "Cell therapy lab supervisor paged ({v}) at {t} re: low CD34 yield.", ""),
        ("S", "any", "pls page chaplain {v} if family arrives", ""),
    ],
    "EMAIL": [
        ("S", "any", "Daughter requested the memorial details be sent to {v}.", ""),
        ("*", "end", "Questions: {v}", ""),
        ("A", "any", "e-mail: {v}", ""),
        ("S", "any", "OPO coordinator ___ ({v}) will follow up with the family.", ""),
        ("B", "any", "Look-back letter copy sent to {v} (ordering physician).", ""),
        ("*", "any", "cc: {v}", ""),
        ("S", "end", "You can also write to me at {v}.", ""),
        ("A", "any", "Collection report emailed to the transplant coordinator <{v}>.", ""),
        ("B", "any", "| Email | {v} |", ""),
        ("S", "any", "Family email on file - {v} - for bereavement mailings", ""),
    ],
    "URL": [
        ("S", "any", "Family shared the online obituary: {v}", "obit"),
        ("S", "any", "Son has set up a memorial fund page at {v}.", "fund"),
        ("A", "any", "Pt keeps an update page for friends ({v}) and asked staff not to post photos.", "blog"),
        ("*", "any", "Scanned document: {v}", "doc"),
        ("S", "any", "Service will be livestreamed at {v}", "stream"),
        ("B", "any", "Portal message link {v} sent to the patient with the antibody wallet card.", "portal"),
        ("S", "end", "Tribute wall: {v}", "obit"),
        ("*", "any", "| Link | {v} |", "doc"),
        ("B", "any", "Outside antibody record (scan) at\n{v}", "doc"),
        ("A", "any", "Collection calendar sent via portal: {v}", "portal"),
    ],
    "IP_ADDRESS": [
        ("B", "any", "LIS interface error: no ACK from BB module host {v} port 2575; results entered manually.", ""),
        ("A", "any", "Optia run data upload to {v} failed (timeout); paper run record attached.", ""),
        ("*", "end", "e-signed from workstation {v}", ""),
        ("B", "any", "Label printer at {v} offline - ISBT labels printed at the backup station.", ""),
        ("S", "any", "Video interpreter connected (endpoint {v}) for the family meeting.", ""),
        ("*", "any", "[audit] client_ip={v} user=___ action=VIEW", ""),
        ("A", "any", "Freezer alarm relayed from monitoring gateway {v} at {t}; LN2 level normal.", ""),
        ("B", "any", "| Host | {v} |", ""),
        ("S", "any", "Remote chaplain joined by video from {v} (telechaplaincy cart).", ""),
    ],
    "SSN": [
        ("S", "any", "SSN: {v}", ""),
        ("S", "any", "Social Security No. {v} (for the death certificate worksheet)", ""),
        ("*", "top", "SS#{v}", ""),
        ("S", "any", "Decedent SSN ........ {v}", ""),
        ("*", "any", "| SSN | {v} |", ""),
        ("A", "any", "Donor registration form lists SSN {v}; original to be shredded.", ""),
        ("B", "any", "ssn {v} on outside records (requested for antibody history match)", ""),
        ("S", "any", "Social security number given by wife: {v}", ""),
        ("A", "top", "Soc Sec # {v}", ""),
    ],
    "MRN": [
        ("*", "top", "MRN: {v}", ""),
        ("*", "top", "Name:  ___                  Unit No:   {v}", ""),
        ("B", "top", "Med Rec #{v}   Loc: ___", ""),
        ("B", "any", "Recipient MRN {v} confirmed against the BB band by two staff.", ""),
        ("A", "any", "Mother's MRN {v} (maternal sample for infectious disease markers)", ""),
        ("*", "any", "| MRN | {v} |", ""),
        ("S", "top", "Hospital #: {v}", ""),
        ("S", "any", "Chart no. {v} / visit ___", ""),
        ("A", "top", "Patient ___  MR# {v}", ""),
        ("B", "any", "Second specimen for ABO confirmation linked to\nmedical record {v}.", ""),
    ],
    "ACCOUNT": [
        ("B", "top", "Accession #: {v}", ""),
        ("B", "any", "Specimen ID {v} collected ___ by ___", ""),
        ("*", "any", "Order # {v}", ""),
        ("*", "top", "Encounter {v}", ""),
        ("S", "any", "Acct {v}", ""),
        ("A", "any", "Requisition: {v}", ""),
        ("B", "any", "BB band (Typenex) no. {v} checked at bedside.", "band"),
        ("B", "any", "Safety event report # {v} filed for the labelling error.", ""),
        ("S", "any", "Interpreter video session ID {v}", ""),
        ("*", "any", "| Accession | {v} |", ""),
        ("B", "any", "Hemovigilance case no. {v}", ""),
        ("S", "any", "OPO referral # {v} given at {t}", ""),
        ("A", "any", "Claim {v} - ECP prior authorization", ""),
    ],
    "HEALTH_PLAN": [
        ("*", "any", "Member ID: {v}   Group: {grp}", ""),
        ("A", "any", "Medicaid # {v}", ""),
        ("A", "any", "Subscriber ID {v}; prior auth for photopheresis pending.", ""),
        ("*", "any", "Policy no. {v}", ""),
        ("S", "any", "Ins ID {v} (hospice benefit)", ""),
        ("*", "any", "| Member ID | {v} |", ""),
        ("A", "any", "Medicare MBI {v}", "mbi"),
        ("B", "any", "Insurance member # {v} for outpatient transfusion billing", ""),
        ("S", "any", "Medicare beneficiary id {v} (hospice election)", "mbi"),
    ],
    "LICENSE": [
        ("*", "any", "NPI: {v}", "npi"),
        ("B", "any", "Ordering provider ___, MD (NPI {v})", "npi"),
        ("*", "end", "DEA# {v}", "dea"),
        ("S", "any", "Driver's license {v} checked at release of remains.", "dl"),
        ("B", "any", "Paramedic lic. {v} (prehospital blood)", "state"),
        ("A", "any", "Lic. no. {v}", "state"),
        ("*", "any", "| NPI | {v} |", "npi"),
        ("S", "any", "NOK identity verified: DL {v}", "dl"),
        ("S", "any", "Pronounced by ___, MD; state license {v}", "state"),
        ("A", "end", "___, MD  NPI {v}", "npi"),
    ],
    "ZIP": [
        ("*", "any", "___, ___ {v}", ""),
        ("S", "any", "Mailing address: ___, ___, MA {v}", ""),
        ("*", "any", "Zip: {v}", ""),
        ("S", "any", "ZIP code {v}", ""),
        ("A", "any", "Pt staying locally (zip {v}) during mobilization.", ""),
        ("*", "any", "| Zip | {v} |", ""),
        ("B", "any", "Recipient notification letter: ___ / ___ / {v}", ""),
    ],
    "STREET_ADDRESS": [
        ("S", "any", "Address: {v}\n___, MA ___", ""),
        ("*", "any", "Home: {v}", ""),
        ("S", "any", "Removal from residence at {v} (home death).", ""),
        ("S", "any", "Letter mailed to: ___\n{v}\n___, ___ ___", ""),
        ("A", "any", "Local address during collection: {v}, ___", ""),
        ("*", "any", "| Street | {v} |", ""),
        ("B", "any", "Look-back notification mailed to {v} (last known).", ""),
        ("S", "any", "Lives at {v} with her sister.", ""),
    ],
    "DATE_REAL_YEAR": [
        ("*", "top", "DOB: {v}", ""),
        ("S", "any", "Date of death: {v}", ""),
        ("S", "any", "Your mother died on {v}, and we continue to hold your family in our thoughts.", ""),
        ("B", "any", "Last transfused {v} at an outside hospital.", ""),
        ("B", "any", "Anti-K first identified {v} (historical record from ___).", ""),
        ("B", "any", "Index donation dated {v}; prior donations reviewed.", ""),
        ("S", "any", "Consent signed {v}", ""),
        ("*", "any", "| Collected | {v} |", ""),
        ("A", "any", "Prior ECP course started {v}", ""),
        ("A", "any", "Last mobilization attempt {v} (poor mobilizer).", ""),
        ("S", "any", "Memorial service held {v} at ___.", ""),
        ("S", "any", "Anniversary of death: {v}", ""),
        ("B", "any", "Date of birth {v}", ""),
    ],
    "AGE_OVER_89": [
        ("*", "any", "Pt is a {v} y/o woman with ___.", ""),
        ("*", "any", "___ is a {v} year old ___ seen today.", ""),
        ("S", "any", "Mr. ___, age {v}, was visited at the request of nursing.", ""),
        ("*", "top", "Age: {v}   Sex: ___", ""),
        ("S", "any", "Patient, aged {v}, is a lifelong ___.", ""),
        ("B", "any", "{v}-year-old with symptomatic anemia.", ""),
        ("*", "any", "| Age | {v} |", ""),
        ("S", "any", "Family celebrated her {v}th birthday in the unit last week.", ""),
        ("B", "any", "{v}yo F s/p fall, Hgb 6.4", ""),
        ("A", "any", "Age {v} - fit for apheresis per ___.", ""),
    ],
    "DEVICE_ID": [
        ("A", "any", "Spectra Optia SN {v} (software {sw})", ""),
        ("A", "any", "Therakos CELLEX serial {v}", ""),
        ("B", "any", "Belmont rapid infuser S/N: {v}", ""),
        ("*", "any", "UDI (01){gtin}(17){yymmdd}(10){lotc}(21){v}", ""),
        ("B", "any", "Blood warmer asset tag {v}", "asset"),
        ("S", "any", "Pacemaker in situ; serial no. {v} recorded for the funeral home (cremation).", ""),
        ("B", "any", "Cooler temp logger SN: {v}", ""),
        ("*", "any", "| Device S/N | {v} |", ""),
        ("A", "any", "Controlled-rate freezer ID {v}", ""),
        ("S", "any", "ICD deactivated at the family's request; device serial {v}", ""),
    ],
    "VEHICLE_ID": [
        ("S", "any", "Removal vehicle plate {v} (funeral home van).", "plate"),
        ("B", "any", "Courier van, tag {v}, arrived with the cooler at {t}.", "plate"),
        ("S", "any", "Recovery team flight: aircraft {v}", "tail"),
        ("B", "any", "Helicopter {v} arrived with 2 units LTOWB (prehospital).", "tail"),
        ("S", "any", "Hearse VIN {v}", "vin"),
        ("*", "any", "| Vehicle | {v} |", "plate"),
        ("A", "any", "Product courier car plate {v} (dry shipper).", "plate"),
        ("S", "any", "Plate # {v} logged by security at the loading dock.", "plate"),
    ],
    "PERSON": [
        ("S", "any", "Chaplain {v} visited with the patient and family.", ""),
        ("*", "end", "Electronically signed by: {v}, MD", ""),
        ("B", "end", "Tech: {v}", ""),
        ("S", "any", "Spoke with pt's son {v} at bedside.", ""),
        ("S", "top", "Dear {v},", ""),
        ("*", "top", "Patient: {v}", ""),
        ("*", "top", "Name:  {v}      Unit No:   ___", ""),
        ("B", "any", "| Verified by | {v} |", ""),
        ("S", "any", "In loving memory of {v}", ""),
        ("S", "any", "Witness: {v}", ""),
        ("S", "any", "Family requests Fr. {v} for the Anointing of the Sick.", "last"),
        ("A", "any", "Procedure performed by {v}, RN, under supervision of ___.", ""),
        ("B", "any", "Dr. {v} (TM attending) reviewed the workup.", ""),
        ("*", "any", "{v} (surrogate) present for the discussion.", ""),
        ("B", "top", "RECIPIENT: {v}", "caps"),
    ],
    "LOCATION": [
        ("S", "any", "Lives in {v} with her daughter.", ""),
        ("*", "any", "Transferred from an outside hospital in {v}.", ""),
        ("S", "any", "Burial will be in {v}, near her husband.", ""),
        ("S", "any", "Family is driving up from {v} tonight.", ""),
        ("*", "any", "| City | {v} |", ""),
        ("A", "any", "Pt traveling daily from {v} for collections (1.5 h each way).", ""),
        ("B", "any", "Donor drive held in {v} (mobile collection).", ""),
        ("S", "any", "Residence: ___, {v}, ___ ___", ""),
        ("S", "any", "Pt grew up in {v}, {st}.", ""),
    ],
    "ORGANIZATION": [
        ("*", "any", "Transferred from {v} for further care.", "hosp"),
        ("S", "any", "Funeral home: {v}", "funeral"),
        ("S", "any", "Hospice: {v}", "hospice"),
        ("S", "any", "OPO on site: {v}", "opo"),
        ("S", "any", "Employer: {v}", "employer"),
        ("B", "any", "Antibody history requested from {v}.", "hosp"),
        ("*", "any", "Pharmacy: {v}", "pharm"),
        ("S", "any", "Granddaughter is a student at {v}.", "school"),
        ("*", "any", "| Facility | {v} |", "hosp"),
        ("S", "top", "{v} - Department of Spiritual Care", "hosp"),
        ("B", "top", "{v} - Transfusion Service", "hosp"),
        ("A", "any", "HPC product received from the cell therapy lab at {v}", "hosp"),
    ],
}


def _render(c: _Ctx, text: str) -> str:
    """Fill the non-span placeholders of a template (everything but {v})."""
    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key == "sd":
            return c.sd()
        if key == "t":
            return c.t()
        if key == "st":
            return c.state()
        if key == "grp":
            return c.L(f"{c.n(100, 999)}{c.n(10000, 99999)}")
        if key == "gtin":
            return c.L(f"{c.n(0, 9)}{c.n(10 ** 12, 10 ** 13 - 1)}")
        if key == "yymmdd":
            return c.L(f"{c.n(26, 30)}{c.n(1, 12):02d}{c.n(1, 28):02d}")
        if key == "lotc":
            return c.lot()
        if key == "sw":
            return c.sw()
        return m.group(0)
    return re.sub(r"\{(sd|t|st|grp|gtin|yymmdd|lotc|sw)\}", sub, text)


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------


def _ds_header(c: _Ctx, service: str) -> str:
    allergy = c.ch(("No Known Allergies / Adverse Drug Reactions", "Patient recorded as having No Known Allergies "
                    "to Drugs", "Penicillins", "Sulfa (Sulfonamide Antibiotics) / latex", "Codeine", "iodinated "
                    "contrast"))
    sex = c.ch("MF")
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:"
            f"   ___\n\nDate of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\nAllergies:\n"
            f"{allergy}\n\nAttending: ___.")


def _lab_header(c: _Ctx, title: str) -> str:
    return (f"{title}\nPatient: ___      MRN: ___      Loc: ___\nCollected: {c.sd()} {c.t()}    "
            f"Received: {c.t()}    Ordering: ___\n{'-' * c.n(40, 66)}")


def _ds_tail(c: _Ctx, group: str) -> str:
    meds = {
        "B": ("Ferrous sulfate 325 mg PO daily", "Folic acid 1 mg PO daily", "Pantoprazole 40 mg PO BID",
              "Acetaminophen 650 mg PO q6h PRN", "Furosemide 20 mg PO daily"),
        "A": ("Calcium carbonate 1,250 mg PO TID", "Acyclovir 400 mg PO BID", "Prednisone 10 mg PO daily",
              "Ondansetron 8 mg PO q8h PRN", "Magnesium oxide 400 mg PO BID"),
        "S": ("Morphine sulfate 5 mg SL q2h PRN", "Lorazepam 0.5 mg SL q4h PRN", "Glycopyrrolate 0.2 mg SC q4h PRN",
              "Senna 8.6 mg PO BID", "Haloperidol 0.5 mg PO q6h PRN"),
    }[group]
    picked = c.rng.sample(meds, c.n(2, 4))
    dispo = c.ch(("Home With Service", "Home", "Extended Care", "Expired", "Hospice (inpatient)"))
    return ("Discharge Medications:\n" + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(picked))
            + f"\n\nDischarge Disposition:\n{dispo}\n\nFacility:\n___\n\nDischarge Condition:\n"
            + c.ch(("Mental Status: Clear and coherent.\nActivity Status: Ambulatory - Independent.",
                    "Mental Status: Confused - sometimes.\nActivity Status: Bedbound.", "n/a"))
            + "\n\nFollowup Instructions:\n___")


def _sig(c: _Ctx, cred: str) -> str:
    return c.ch((f"___, {cred}", f"Electronically signed: ___, {cred} {c.t()}", f"-- ___ ({cred})",
                 f"Signed: ___ {cred}\nCosigned: ___"))


def _antibodies(c: _Ctx) -> list[str]:
    pool = [("anti-E", "Rh"), ("anti-K", "Kell"), ("anti-Fya", "Duffy"), ("anti-Jka", "Kidd"),
            ("anti-Jkb", "Kidd"), ("anti-c", "Rh"), ("anti-Lea", "Lewis"), ("anti-Lua", "Lutheran"),
            ("anti-Dia", "Diego"), ("anti-Doa", "Dombrock"), ("anti-Coa", "Colton"), ("anti-Yta", "Cartwright"),
            ("anti-M", "MNS"), ("anti-S", "MNS"), ("anti-Fyb", "Duffy")]
    picks = c.rng.sample(pool, c.n(1, 2))
    out = []
    for ab, sysname in picks:
        if sysname not in ("Rh", "MNS"):
            c.L(sysname)
        out.append(f"{ab} ({sysname} system)")
    return out


def _analyser(c: _Ctx) -> str:
    return c.L(c.ch(("Ortho Vision", "NEO Iris", "Echo Lumena", "ProVue")))


def _heavy_block(c: _Ctx) -> str:
    return (
        "REGISTRATION / DEMOGRAPHICS (auto-populated)\n"
        "Name: ___          MRN: ___          Acct: ___\n"
        "DOB: ___   Age: ___   Sex: ___   Language: ___\n"
        "Address: ___\n___, ___ ___\n"
        "Home ph: ___     Cell: ___     Email: ___\n"
        "PCP: ___     Tel: ___     Fax: ___\n"
        "Insurance: ___     Member ID: ___     Group: ___\n"
        "NOK: ___ (___)     Phone: ___\n"
        "Emergency contact: ___ / ___\n"
        "Attending: ___     Pager: ___\n"
        "Admit: ___     Discharge: ___     Encounter: ___\n"
        "Religion: ___     Clergy contact: ___")


def _heavy_footer(c: _Ctx) -> str:
    return (f"Dictated by: ___ on ___ at ___\nTranscribed by: ___ ({c.t()})\nReviewed: ___  ___\n"
            "cc: ___ ; ___ ; ___")


# --------------------------------------------------------------------------------------------------
# Builders: radiology-typed (laboratory report shaped) kinds
# --------------------------------------------------------------------------------------------------


def _abo_rows(c: _Ctx, abo: str) -> str:
    grp, rh = abo.split()
    a = "4+" if "A" in grp else "0"
    bb = c.ch(("4+", "3+")) if "B" in grp else "0"
    d = c.ch(("3+", "4+", "2+")) if rh == "POS" else "0"
    ra = "0" if "A" in grp else c.ch(("4+", "3+", "2+"))
    rb = "0" if "B" in grp else c.ch(("4+", "3+", "2+"))
    return (f"  Anti-A  Anti-B  Anti-D  Ctrl | A1 cells  B cells\n  {a:<7} {bb:<7} {d:<7} 0    | {ra:<9} {rb}")


def _b_type_screen(c: _Ctx) -> list[str]:
    abo = c.abo()
    b = [_lab_header(c, c.ch(("BLOOD BANK - TYPE AND SCREEN", "TYPE & SCREEN (ABO/Rh, ANTIBODY SCREEN)",
                              "TRANSFUSION SERVICE REPORT: T&S")))]
    b.append(f"Specimen: EDTA {c.ch(('6 mL pink top', '10 mL pink top', '3 mL lavender (peds)'))}, labelled at "
             f"bedside; {c.L('Typenex')} band applied ___.\nSpecimen acceptable: {c.ch(('yes', 'YES', 'yes - hemolysis 1+'))}."
             f"  Valid through {c.sd()} 23:59 (3-day rule, {c.ch(('transfused', 'pregnant', 'transfused'))} in last 3 months).")
    b.append(f"ABO/Rh ({c.ch(('gel', 'tube', 'automated'))}):\n{_abo_rows(c, abo)}\nInterpretation: {abo}")
    if c.rng.random() < 0.5:
        b.append(f"Historical type on file: {abo} (___). Concordant.")
    else:
        b.append(f"No historical type on file. A second specimen is required for ABO confirmation before issue of "
                 f"non-group-O red cells (policy BB-{c.n(100, 399)}).")
    method = c.ch(("column agglutination (gel), 37 C IgG", "solid phase red cell adherence", "PEG tube IAT"))
    scen = c.n(0, 3)
    if scen == 0:
        cells = "SC I 0    SC II 0    SC III 0    AC 0"
        interp = (f"Antibody screen NEGATIVE. Patient eligible for electronic crossmatch "
                  f"({c.L('SafeTrace Tx')} {c.sw()}).")
    elif scen == 1:
        cells = f"SC I {c.ch(('1+', '2+', 'w+'))}    SC II 0    SC III {c.ch(('2+', '0', '3+'))}    AC 0"
        interp = ("Antibody screen POSITIVE. Antibody identification reflexed (see workup report). "
                  "Crossmatch-compatible, antigen-negative red cells will be required; expect delay.")
    elif scen == 2:
        cells = "SC I 2+    SC II 2+    SC III 2+    AC 0"
        interp = (f"Panreactive screen, autocontrol negative. Patient receiving daratumumab "
                  f"({c.L('Darzalex')}). Repeated with DTT-treated screening cells: negative. Provide "
                  f"K-negative ({c.L('Kell')}) red cells; notify TM before each issue.")
    else:
        cells = "SC I 0    SC II 0    AC 0"
        interp = (f"Antibody screen NEGATIVE. Prenatal sample, {c.ch(('28', '26', '30'))} weeks. Patient is "
                  f"Rh(D) {'negative' if 'NEG' in abo else 'positive'}: "
                  + (f"candidate for Rh immune globulin ({c.L(c.ch(('RhoGAM', 'Rhophylac', 'WinRho')))} "
                     f"300 mcg IM)." if "NEG" in abo else "RhIG not indicated.")
                  + f" {c.L('Kleihauer-Betke')} only if delivery or fetomaternal event.")
    b.append(f"ANTIBODY SCREEN\nMethod: {method} on {_analyser(c)}\n{cells}\nScreening cells lot {c.lot()}, "
             f"Exp {c.exp()}\nInterpretation: {interp}")
    b.append(c.ch((
        "Comment: Blood products available on request. Units are held for 72 h after crossmatch.",
        "Comment: Patient has prior transfusion history per ___; no antibodies on record.",
        f"Comment: DAT not performed (not requested). Reference: {c.L('AABB')} Standards, current edition.",
        "Comment: Specimen drawn above an infusing IV - recollect requested and received.",
    )))
    b.append(f"Performed by: ___ MLS(ASCP)      Verified: ___  {c.t()}")
    return b


_PANEL_AG = ("D", "C", "E", "c", "e", "K", "k", "Fya", "Fyb", "Jka", "Jkb", "M", "N", "S", "s", "Lea")


def _b_antibody(c: _Ctx) -> list[str]:
    b = [_lab_header(c, c.ch(("ANTIBODY IDENTIFICATION", "RED CELL ANTIBODY WORKUP", "BLOOD BANK - ANTIBODY ID "
                              "PANEL")))]
    b.append(f"Reason: positive antibody screen ({c.ch(('gel', 'solid phase', 'PEG'))}); history: "
             f"{c.ch(('G3P3', 'G2P1', 'multiply transfused (sickle cell disease)', 'MDS, transfusion-dependent', 'none known'))}."
             f" Current Hgb {c.f(5.8, 9.4)} g/dL.")
    rows = ["Cell  " + " ".join(f"{a:>3}" for a in _PANEL_AG) + "  IAT"]
    for k in range(1, c.n(8, 11) + 1):
        ag = " ".join(f"{c.ch(('+', '0')):>3}" for _ in _PANEL_AG)
        rows.append(f"{k:>4}  {ag}  {c.ch(('0', '0', '2+', '1+', '3+', 'w+'))}")
    rows.append(f"  AC  {'':>{4 * len(_PANEL_AG) - 1}}  0")
    b.append(f"Panel lot {c.lot()} (Exp {c.exp()}), {c.ch(('gel IAT', 'PEG-IAT', 'solid phase'))}:\n"
             + "\n".join(rows))
    abs_ = _antibodies(c)
    b.append(f"Conclusion: {' and '.join(abs_)} identified. Rule-outs completed for anti-D, -C, -E, -c, -e, -K, "
             f"-Fya, -Jka, -S (homozygous cells where available). Rule of three met (p < 0.05).")
    b.append(f"Patient phenotype (pre-transfusion sample): {c.ch(('E-, K-', 'Fy(a-b+), Jk(a-b+)', 'C-, E-, K-', 'M+N+, S-s+'))}."
             f"\nDAT: polyspecific {c.ch(('neg', '1+', 'neg'))}; IgG {c.ch(('neg', 'w+', '1+'))}; C3d neg. "
             f"{c.ch(('Eluate not indicated.', 'Eluate: non-reactive.', 'Eluate reactive with all cells - warm autoantibody suspected.'))}")
    b.append(c.ch((
        f"Interpretation: provide antigen-negative, {c.ch(('IAT', 'AHG'))} crossmatch-compatible red cells. Expect about "
        f"1 in {c.n(3, 30)} ABO-compatible units to be antigen-negative; allow {c.n(2, 6)} h.",
        "Interpretation: clinically significant antibody. Antibody wallet card issued; history entered in the "
        "transfusion service record for life-long antigen-negative products.",
        f"Interpretation: prenatal anti-D titer 1:{c.ch(('8', '16', '32'))} (critical titer 1:16). "
        f"MCA Doppler follow-up recommended; repeat titer in {c.n(2, 4)} weeks.",
    )))
    b.append(c.ch((f"Sample sent to the reference laboratory for adsorption studies ({c.ch(('allo', 'auto'))}-adsorption).",
                   f"{c.L('Coombs')} (AHG) phase reactions only; no room temperature reactivity.",
                   f"Cold screen at 4 C positive 1+; not clinically significant. {c.L('Donath-Landsteiner')} test not indicated.",
                   f"Rare phenotype not suspected ({c.L('Bombay')} excluded: anti-H negative).",
                   f"Weak room-temperature reactivity consistent with {c.L('Lewis')} (anti-Lea); not clinically "
                   f"significant at 37 C.")))
    b.append(f"Reviewed: ___, MD (Transfusion Medicine)   {c.sd()} {c.t()}")
    return b


def _b_crossmatch(c: _Ctx) -> list[str]:
    abo = c.abo()
    b = [_lab_header(c, c.ch(("CROSSMATCH / UNIT ISSUE RECORD", "BLOOD PRODUCT ISSUE - CROSSMATCH LOG",
                              "COMPATIBILITY TESTING RECORD")))]
    b.append(f"Recipient ABO/Rh: {abo}   Antibody screen: {c.ch(('neg', 'NEG', 'pos - anti-E'))}   "
             f"Special needs: {c.ch(('irradiated', 'CMV-safe, leukoreduced', 'none', 'washed', 'HbS-negative'))}")
    rows = ["| # | DIN | Product | ABO/Rh | Exp | XM | Result | Issued |", "|---|---|---|---|---|---|---|---|"]
    for k in range(1, c.n(2, 5) + 1):
        rows.append(f"| {k} | {c.din()} | {c.pcode()} | {c.ch(('O NEG', 'O POS', abo))} | Exp {c.exp()} | "
                    f"{c.ch(('IS', 'AHG', 'EXM', 'AHG'))} | {c.ch(('Compatible', 'Compatible', 'Cmp'))} | {c.t()} |")
    b.append("\n".join(rows))
    b.append(c.ch((
        f"Emergency release: {c.n(1, 2)} units O NEG issued uncrossmatched at {c.t()}, physician signature ___ "
        "obtained; retrospective crossmatch compatible.",
        f"Unit returned at {c.t()}: {c.f(2.0, 5.9)} C on return, within 30 min, seal intact - re-entered inventory.",
        f"Unit returned after {c.n(35, 90)} min out of controlled storage - discarded per SOP.",
        "All units issued in validated cooler; bedside check by two licensed staff documented.",
    )))
    b.append(f"Bedside verification: Recipient name ___ / DOB ___ / band ___ matched; start {c.t()}, "
             f"{c.ch(('vitals at 15 min stable', 'no reaction reported', 'mild itching at 40 min - see reaction report'))}.")
    b.append(f"Issued by: ___ MLT    Received by: ___ RN    Cooler {c.ch(('A', 'B', 'C'))}{c.n(1, 12)}")
    return b


def _b_isbt(c: _Ctx) -> list[str]:
    abo = c.abo()
    prod = c.ch(("RED BLOOD CELLS, Leukocytes Reduced, AS-3", "APHERESIS PLATELETS, Leukocytes Reduced, PAS-C",
                 "FRESH FROZEN PLASMA", "CRYOPRECIPITATED AHF, Pooled", "WHOLE BLOOD, Low Titer O, Leukocytes Reduced",
                 "PLASMA FROZEN WITHIN 24 HOURS"))
    b = [c.ch(("PRODUCT LABEL TRANSCRIPTION (ISBT 128)", "DONOR UNIT RECEIPT - LABEL VERIFICATION",
               "ISBT 128 LABEL AUDIT"))
         + f"\nReceived: {c.sd()} {c.t()}   Shipment from regional blood supplier   Packed by: ___"]
    b.append(f"Upper left  DIN            : {c.din()} {c.ch('ABCDEFGHJK')}\n"
             f"Upper right ABO/Rh         : {abo}  (blood group code {c.n(1000, 9599)})\n"
             f"Lower left  Product code   : {c.pcode()}\n"
             f"            Description    : {prod}\n"
             f"Lower right Expiration     : Exp {c.exp()} 23:59\n"
             f"            Special testing: {c.ch(('CMV seronegative', 'HbS negative', 'Irradiated', 'Hemoglobin S negative; CMV neg'))}")
    b.append(f"Facility identification number {c.L('W' + str(c.n(1000, 4999)))}; collection facility registration on "
             f"file with the FDA. Volume {c.n(180, 350)} mL. Anticoagulant {c.ch(('CPD', 'CP2D', 'ACD-A'))}.")
    b.append(c.ch((
        f"Pathogen reduction: {c.L(c.ch(('INTERCEPT', 'Mirasol')))} treated; bacterial testing not required.",
        f"Large-volume delayed sampling culture ({c.L('BacT/ALERT')}) negative at 24 h.",
        f"Additive solution from {c.L(c.ch(('Fenwal', 'Haemonetics', 'Terumo BCT')))} set, lot {c.lot()}.",
        f"Collected by apheresis on {c.L('Trima Accel')} ({c.L('Terumo BCT')}); split product, part "
        f"{c.ch(('A0', 'B0', 'C0'))}.",
        f"Plasma: {c.L('Octaplas')} (pooled, solvent/detergent) - not an ISBT single-donor unit; lot {c.lot()}, Exp {c.exp()}.",
    )))
    b.append(f"Visual inspection: {c.ch(('no clots, no hemolysis, no discoloration', 'acceptable', 'segment color acceptable; bag intact'))}."
             f"  Shipping temp {c.f(1.0, 9.5)} C; {c.ch(('indicator intact', 'logger download acceptable'))}.")
    b.append(f"Confirmatory ABO{'/Rh' if 'NEG' in abo else ''} retype on segment: {abo} - concordant with label.\n"
             f"Entered into inventory by ___ at {c.t()}; shelf {c.ch('ABCDEF')}{c.n(1, 9)}.")
    return b


def _b_lookback(c: _Ctx) -> list[str]:
    marker = c.ch(("HCV NAT reactive", "HIV-1/2 antibody repeat reactive, NAT reactive", "WNV NAT reactive",
                   "Babesia microti NAT reactive", "Chagas (T. cruzi) antibody repeat reactive", "HBV NAT reactive"))
    b = [c.ch(("LOOK-BACK INVESTIGATION - RECIPIENT TRACE", "RECALL / MARKET WITHDRAWAL TRACE",
               "TRANSFUSION SERVICE LOOK-BACK RECORD"))
         + f"\nOpened: {c.sd()}   Notice from blood supplier: ___   Coordinator: ___"]
    b.append(f"Index donor: subsequent donation {marker}. Prior donations within the look-back window were "
             f"quarantined or traced. Component(s) from the prior donation shipped to this facility:")
    rows = ["DIN                 Product     Disposition           Date"]
    for _ in range(c.n(1, 3)):
        rows.append(f"{c.din():<19} {c.pcode():<11} {c.ch(('Transfused', 'Destroyed', 'Returned', 'Transfused')):<21} "
                    f"{c.sd()}")
    b.append("\n".join(rows))
    b.append(f"Recipient: ___ (MRN ___), transfused {c.sd()} on ___. Recipient status: "
             f"{c.ch(('living; attending ___ notified', 'deceased ___; next of kin notification per policy', 'living, moved out of area; letter sent to last known address'))}.")
    b.append(f"Actions: (1) attending physician notified by phone and letter; (2) recipient testing recommended "
             f"({c.ch(('HCV RNA', 'HIV Ag/Ab and RNA', 'Babesia PCR', 'T. cruzi serology', 'HBsAg, anti-HBc'))}); "
             f"(3) notification documented within {c.ch(('12 weeks', '3 months', 'required time frame'))} per "
             f"{c.L('21 CFR 610.47')}-{c.L('610.48')}; (4) case logged for hemovigilance review.")
    b.append(c.ch((
        f"Plasma from the same donation went to fractionation ({c.L(c.ch(('Grifols', 'Octapharma')))}); no further "
        "trace by this facility.",
        "Supplier confirmed no platelets were produced from the implicated donation.",
        "Recipient declined testing after counseling; declination form signed ___.",
        f"See also: FDA recall class {c.ch(('II', 'III'))} (public listing), {c.L('www.fda.gov')}.",
    )))
    b.append(f"Closed by ___, MD, Medical Director, Transfusion Service. {c.sd()}")
    return b


def _b_hpc(c: _Ctx) -> list[str]:
    cord = c.rng.random() < 0.4
    title = ("HPC, CORD BLOOD - UNIT RECEIPT AND THAW RECORD" if cord else
             c.ch(("HPC, APHERESIS - PRODUCT PROCESSING RECORD", "CELL THERAPY LAB - HPC PRODUCT RECORD")))
    b = [f"{title}\nRecipient: ___   MRN: ___   Product ID: ___\nCollection/receipt: {c.sd()}   "
         f"Processing tech: ___"]
    if cord:
        b.append(f"Unit shipped via {c.L('NMDP')} network from a public cord blood bank (name ___), dry shipper "
                 f"temp {c.n(-196, -150)} C on arrival. HLA match {c.ch(('5/8', '6/8', '4/6', '7/8'))}; "
                 f"{c.ch(('single', 'double'))} unit graft. Pre-freeze TNC {c.f(1.2, 3.9)} x10^9; "
                 f"CD34+ {c.f(2.0, 9.5)} x10^6.\nMaternal infectious disease markers: negative (___).")
        b.append(f"Thaw: 37 C water bath, dextran-albumin wash; post-thaw viability (7-AAD) {c.n(62, 94)}%, "
                 f"TNC recovery {c.n(70, 95)}%. Infused {c.t()} at bedside by ___.")
    else:
        b.append(f"Product: HPC, Apheresis, {c.ch(('autologous', 'allogeneic (related)', 'allogeneic (unrelated)'))}. "
                 f"Volume {c.n(90, 420)} mL. WBC {c.f(80, 390)} x10^3/uL. CD34+ {c.f(0.4, 3.2, 2)}%.\n"
                 f"Total CD34+ {c.f(1.1, 9.8)} x10^6/kg (recipient wt {c.f(48, 118)} kg). Viability {c.n(91, 99)}%.")
        b.append(f"Cryopreservation: 10% DMSO, controlled-rate freezer program {c.ch(('A', 'B', '2', '3'))}; "
                 f"{c.n(2, 7)} bags. Storage: LN2 vapor tank {c.n(1, 6)}, rack {c.ch('ABCDEFG')}, box {c.n(1, 24)}.")
    b.append(f"Sterility: aerobic/anaerobic cultures ({c.L('BacT/ALERT')}) {c.ch(('no growth at 14 days', 'pending', 'no growth at 5 days'))}."
             f" Endotoxin not required. CFU-GM {c.n(5, 90)} per 10^5 plated.")
    b.append(c.ch((
        f"Chain of identity verified at each step (two-person check). Product labelled per ISBT 128 ({c.L('S1201')}).",
        f"Mobilization: {c.L(c.ch(('Neupogen', 'Zarxio')))} 10 mcg/kg x5 days"
        + (f" + {c.L('Mozobil')} 0.24 mg/kg" if c.rng.random() < 0.5 else "") + ".",
        f"Accreditation: processing per {c.L('FACT')}-JACIE standards; deviation log: none.",
    )))
    b.append(f"Released for infusion by ___, MD, Laboratory Director  {c.t()}")
    return b


def _b_mtp(c: _Ctx) -> list[str]:
    b = [c.ch(("MASSIVE TRANSFUSION PROTOCOL - ACTIVATION LOG", "MTP LOG (Blood Bank copy)",
               "MASSIVE HEMORRHAGE PROTOCOL RECORD"))
         + f"\nActivated: {c.sd()} {c.t()} by ___ ({c.ch(('ED trauma bay', 'OR 7', 'L&D', 'MICU', 'IR suite'))})"
         + f"\nIndication: {c.ch(('blunt trauma, pelvic fx', 'postpartum hemorrhage (atony)', 'ruptured AAA', 'GI bleed - Mallory-Weiss tear', 'penetrating chest trauma'))}"]
    if "Mallory" in b[0]:
        c.L("Mallory-Weiss")
    rows = ["Cooler  Sent   RBC  Plasma  Plt  Cryo  Returned/Wasted"]
    total = [0, 0, 0, 0]
    minute = c.n(0, 23 * 60)
    for k in range(1, c.n(2, 5) + 1):
        minute = (minute + c.n(6, 40)) % (24 * 60)
        r, p, pl, cr = 6, 6, c.ch((0, 1)), c.ch((0, 0, 1))
        total = [total[0] + r, total[1] + p, total[2] + pl, total[3] + cr]
        rows.append(f"  {k:<5} {minute // 60:02d}:{minute % 60:02d}  {r:<4} {p:<7} {pl:<4} {cr:<5} {c.ch(('0', '0', '1 plasma returned', '1 RBC wasted (>30 min)'))}")
    b.append("\n".join(rows))
    b.append(f"Totals: RBC {total[0]}, plasma {total[1]}, platelets {total[2]}, cryo pools {total[3]}. "
             f"Ratio approx {c.ch(('1:1:1', '1:1', '2:1'))}. Uncrossmatched O units: {c.n(2, 6)} "
             f"({c.ch(('O NEG', 'O POS', 'O POS (male)'))}).")
    b.append(f"Labs: Hgb {c.f(4.9, 9.8)} -> {c.f(7.0, 10.5)}  INR {c.f(1.2, 3.4)}  fibrinogen {c.n(70, 260)} mg/dL  "
             f"iCa {c.f(0.78, 1.18, 2)}  lactate {c.f(2.1, 11.0)}\n"
             f"Viscoelastic: {c.L(c.ch(('TEG 6s', 'ROTEM sigma')))} {c.ch(('MA 44', 'A5 EXTEM 28 mm', 'R 11 min', 'FIBTEM A5 6 mm'))}.")
    b.append(f"Adjuncts: TXA 1 g ({c.L('Cyklokapron')}) at {c.t()} + 1 g over 8 h; calcium chloride 1 g x{c.n(1, 4)}; "
             f"{c.L(c.ch(('Kcentra', 'Octaplas')))} "
             + c.ch(("not given", f"{c.n(1500, 3000)} units given (warfarin reversal)", "considered")) + ".\n"
             f"Infusion device: {c.L(c.ch(('Belmont', 'Level 1')))} rapid infuser; {c.L('Cell Saver')} "
             f"{c.ch(('in use', 'not used', 'returned 450 mL'))}.")
    b.append(f"Deactivated {c.t()} by ___; blood bank notified. Hemovigilance review: "
             f"{c.ch(('no adverse events', 'TACO suspected - see reaction report', 'no wastage issues'))}.")
    return b


# --------------------------------------------------------------------------------------------------
# Builders: discharge-typed (clinical, procedural and pastoral) kinds
# --------------------------------------------------------------------------------------------------


def _b_reaction(c: _Ctx) -> list[str]:
    kind = c.ch(("FNHTR", "allergic", "TACO", "TRALI", "DHTR", "AHTR"))
    b = [_ds_header(c, c.ch(("MEDICINE", "ONCOLOGY", "SURGERY", "OBSTETRICS")))]
    b.append(c.ch(("TRANSFUSION MEDICINE CONSULT - SUSPECTED TRANSFUSION REACTION",
                   "Transfusion Reaction Investigation (Transfusion Service)", "TM consult: reaction workup")))
    prod = c.ch(("RBC", "apheresis platelets", "FFP", "RBC (2nd unit)", "pooled cryo"))
    t0, t1 = c.f(36.4, 37.2), c.f(38.1, 39.6)
    b.append(f"HPI: {c.age_u90('-year-old')} with {c.ch(('AML on induction', 'GI bleed', 'post-op CABG', 'sickle cell disease', 'MDS'))} "
             f"received {prod} (DIN {c.din()}) starting {c.t()}. At ~{c.n(10, 95)} min developed "
             f"{c.ch(('fever and rigors', 'hives and pruritus', 'dyspnea, hypoxia to 84% RA', 'back pain and dark urine', 'hypertension and orthopnea'))}. "
             f"Transfusion stopped, line kept open with NS.")
    b.append(f"Vitals pre/post: T {t0} -> {t1} C, HR {c.n(70, 95)} -> {c.n(96, 140)}, BP {c.n(100, 140)}/{c.n(55, 85)} -> "
             f"{c.n(80, 190)}/{c.n(40, 100)}, SpO2 {c.n(95, 100)}% -> {c.n(82, 99)}%.")
    b.append("Workup:\n"
             f"- Clerical check: patient / unit / paperwork {c.ch(('concordant', 'concordant', 'DISCREPANT - see safety report'))}\n"
             f"- Visual hemolysis post-sample: {c.ch(('none', 'none', 'present (plasma pink)'))}\n"
             f"- DAT post: {c.ch(('neg', 'IgG 1+', 'neg', 'C3 w+'))}; pre: neg\n"
             f"- Repeat ABO/Rh on post sample: concordant\n"
             f"- LDH {c.n(180, 900)}, T bili {c.f(0.4, 4.8)}, haptoglobin {c.n(5, 220)} mg/dL, UA heme {c.ch(('neg', 'large'))}\n"
             f"- Bag culture and patient blood cultures: {c.ch(('pending', 'no growth at 48 h', 'no growth'))}\n"
             f"- BNP {c.n(60, 2400)}; CXR {c.ch(('clear', 'new bilateral infiltrates', 'vascular congestion'))}")
    b.append(f"Assessment: {kind}. Severity {c.ch(('non-severe', 'severe', 'life-threatening'))}; imputability "
             f"{c.ch(('definite', 'probable', 'possible'))} (NHSN Hemovigilance Module criteria). "
             f"{c.L('Naranjo')} scale not applicable to blood products.")
    b.append("Recommendations:\n"
             f"1. {c.ch(('Premedicate with acetaminophen', 'Premedicate with diphenhydramine'))} "
             f"({c.L(c.ch(('Tylenol', 'Benadryl')))}) for future transfusions.\n"
             f"2. {c.ch(('Slow rate, consider furosemide', 'Washed or volume-reduced platelets', 'Antigen-negative units (see antibody report)', 'No change in product selection'))}"
             + (f" ({c.L('Lasix')} 20 mg IV between units)." if c.rng.random() < 0.4 else ".") + "\n"
             f"3. {c.ch(('Report to blood supplier for donor HLA/HNA antibody testing', 'Report filed with the hospital hemovigilance officer', 'Steroid only if refractory'))}"
             + (f" ({c.L('Solu-Medrol')} 40 mg)." if c.rng.random() < 0.3 else "."))
    b.append(f"Discussed with primary team (___). {_sig(c, 'MD')}")
    return b


def _b_tpe(c: _Ctx) -> list[str]:
    ind = c.ch((("TTP", "ASFA category I"), ("Guillain-Barré syndrome", "ASFA category I"),
                ("myasthenic crisis", "ASFA category I"), ("hyperviscosity, Waldenström macroglobulinemia", "ASFA category I"),
                ("anti-GBM disease (Goodpasture)", "ASFA category I"), ("Wilson disease, fulminant", "ASFA category I"),
                ("Lambert-Eaton myasthenic syndrome", "ASFA category II")))
    for ep in ("Guillain-Barré", "Waldenström", "Goodpasture", "Wilson disease", "Lambert-Eaton"):
        if ep in ind[0]:
            c.L(ep)
    b = [_ds_header(c, c.ch(("MEDICINE", "NEUROLOGY", "HEMATOLOGY", "NEPHROLOGY")))]
    b.append(c.ch(("APHERESIS PROCEDURE NOTE - THERAPEUTIC PLASMA EXCHANGE", "TPE procedure note",
                   "Therapeutic Apheresis Service: plasma exchange #" + str(c.n(1, 7)))))
    b.append(f"Indication: {ind[0]} ({ind[1]}, {c.L('ASFA')} guidelines).\n"
             f"Access: {c.ch(('right IJ', 'left IJ', 'right femoral'))} {c.L(c.ch(('Quinton', 'Hickman')))}-type "
             f"apheresis catheter, placed by IR ___ ({c.L('Trendelenburg')} for placement), flushes well.")
    dev, maker = c.ch((("Spectra Optia", "Terumo BCT"), ("Amicus", "Fenwal"), ("Spectra Optia", "Terumo BCT")))
    b.append(f"Device: {c.L(dev)} ({c.L(maker)}), "
             f"software {c.sw()}, tubing set lot {c.lot()}.\n"
             f"Est. plasma volume {c.f(2.2, 3.8, 2)} L (Hct {c.n(22, 41)}%, wt {c.f(45, 120)} kg); "
             f"exchanged {c.ch(('1.0', '1.25', '1.5'))} PV.\n"
             f"Replacement: {c.ch(('5% albumin 100%', 'FFP 100%', '5% albumin 70% / FFP 30%'))}"
             + (f" ({c.L('Octaplas')} used, {c.n(8, 14)} bags)" if c.rng.random() < 0.25 else "")
             + f". Anticoagulant ACD-A, ratio {c.ch(('13:1', '15:1', '12:1'))}.")
    b.append(f"Prophylaxis: calcium gluconate {c.n(2, 4)} g infused over the run. Pre-vitals BP {c.n(95, 150)}/"
             f"{c.n(50, 90)}, HR {c.n(60, 110)}; tolerated {c.ch(('without complication', 'with perioral tingling x1, resolved with Ca bolus', 'with transient hypotension to 82/44 - slowed inlet rate'))}.")
    b.append(f"Labs pre/post: plt {c.n(9, 140)} -> {c.n(9, 150)} K, fibrinogen {c.n(120, 400)} -> {c.n(80, 300)}, "
             f"iCa {c.f(0.9, 1.2, 2)}" + (f", ADAMTS13 activity <{c.n(5, 10)}% (inhibitor positive)" if "TTP" in ind[0] else "")
             + ".")
    b.append(f"Plan: next exchange {c.ch(('tomorrow', 'in 48 h', 'daily until platelets >150 K x2 days', 'x5 total over 10 days'))}. "
             f"Hold ACE inhibitor 24 h before TPE. Catheter care per unit protocol.\n{_sig(c, 'MD')}")
    return b


def _b_ecp(c: _Ctx) -> list[str]:
    ind = c.ch(("erythrodermic CTCL (Sézary syndrome)", "chronic GVHD, skin and oral", "steroid-refractory acute GVHD",
                "BOS after lung transplant", "cardiac allograft rejection"))
    if "Sézary" in ind:
        c.L("Sézary")
    b = [_ds_header(c, c.ch(("HEMATOLOGY/BMT", "DERMATOLOGY", "TRANSPLANT")))]
    b.append(c.ch(("EXTRACORPOREAL PHOTOPHERESIS (ECP) - TREATMENT NOTE", "Photopheresis procedure note",
                   "ECP cycle " + str(c.n(1, 24)) + ", day " + str(c.n(1, 2)))))
    b.append(f"Indication: {ind}. Schedule: two consecutive days every {c.ch(('1', '2', '4'))} weeks.\n"
             f"Access: {c.ch(('peripheral 16G/18G', 'port (power-injectable)', 'tunneled apheresis catheter'))}.")
    b.append(f"System: {c.L('Therakos')} {c.L(c.ch(('CELLEX', 'UVAR XTS')))} (closed system)"
             + (f"; {c.L('Spectra Optia')} MNC collection with off-line UVA" if c.rng.random() < 0.3 else "")
             + f".\nWhole blood processed {c.n(1200, 1900)} mL; buffy coat {c.n(200, 300)} mL; hematocrit of "
             f"treatment bag {c.f(0.8, 2.6)}%.\nMethoxsalen ({c.L('UVADEX')}) 20 mcg/mL, "
             f"{c.f(2.5, 4.5)} mL to treatment bag; UVA {c.f(1.0, 2.0)} J/cm2; photoactivation {c.n(14, 45)} min.")
    b.append(f"Anticoagulation: heparin {c.ch(('10,000 units in 500 mL NS', '5,000 units bolus'))}, ratio "
             f"{c.ch(('10:1', '12:1'))}. Vitals stable; no {c.L('Raynaud')} phenomenon or hypotension.")
    b.append(f"Response: {c.ch(('skin erythema improving (mSWAT 42 -> 31)', 'oral lichenoid changes stable', 'FEV1 stable at 1.8 L', 'steroid taper ongoing'))}. "
             f"Counseled on photosensitivity: UV-protective glasses x24 h.")
    b.append(f"Next: {c.sd()} / following day. {_sig(c, 'RN')}")
    return b


def _b_hpc_collect(c: _Ctx) -> list[str]:
    diag = c.ch(("multiple myeloma", "relapsed Hodgkin lymphoma", "DLBCL in CR2", "AL amyloidosis",
                 "related donor for sibling (allogeneic)"))
    b = [_ds_header(c, c.ch(("BMT", "HEMATOLOGY/ONCOLOGY", "CELLULAR THERAPY")))]
    b.append(c.ch(("STEM CELL COLLECTION NOTE (HPC, APHERESIS)", "Peripheral blood stem cell collection - day "
                   + str(c.n(1, 4)), "APHERESIS: HPC-A COLLECTION")))
    b.append(f"Dx: {diag}. Mobilization: {c.L(c.ch(('Neupogen', 'Zarxio')))} 10 mcg/kg/day x{c.n(4, 5)}"
             + (f" plus {c.L('Mozobil')} (plerixafor) 0.24 mg/kg evening before" if c.rng.random() < 0.5 else "")
             + f". Peripheral CD34+ {c.n(8, 95)}/uL this AM.")
    b.append(f"Procedure: {c.L(c.ch(('Spectra Optia', 'Amicus', 'Spectra Optia')))} CMNC program, {c.sw()}.\n"
             f"Access: {c.L('Quinton')} catheter {c.ch(('R IJ', 'L IJ', 'R femoral'))}. Total blood volume processed "
             f"{c.f(12, 26)} L ({c.f(2.5, 4.0)} TBV). ACD-A {c.n(800, 1600)} mL; inlet {c.n(60, 110)} mL/min.")
    b.append(f"Citrate: {c.ch(('prophylactic Ca gluconate drip', 'oral calcium carbonate PRN', 'IV Ca gluconate 2 g'))}; "
             f"{c.ch(('mild perioral tingling at hour 2', 'no symptoms', 'hand cramping resolved with bolus'))}. "
             f"Post plt {c.n(45, 190)} K, Hct {c.n(25, 40)}%.")
    b.append(f"Product: {c.n(120, 400)} mL to the cell therapy lab. CD34+ yield {c.f(0.8, 6.5)} x10^6/kg "
             f"(cumulative {c.f(2.0, 9.0)}; target {c.ch(('4', '5', '6', '10 (tandem)'))} x10^6/kg). "
             f"{c.ch(('Target met - collection complete.', 'Continue tomorrow.', 'Poor mobilizer: rescue plerixafor discussed.'))}")
    edu = c.ch(("bone pain from G-CSF - acetaminophen PRN", "catheter care and dressing", "return for bleeding or "
                "fever >38.3 C"))
    if "allogeneic" in diag:
        edu += f". Donor age {c.age_u90(' y')}; donor eligibility complete"
    b.append(f"Pt education: {edu}. Questions answered; caregiver present.")
    b.append(_sig(c, c.ch(("MD", "NP", "RN"))))
    return b


def _b_jw(c: _Ctx) -> list[str]:
    b = [_ds_header(c, c.ch(("SURGERY", "OBSTETRICS/GYNECOLOGY", "CARDIAC SURGERY", "MEDICINE", "ORTHOPAEDICS")))]
    b.append(c.ch(("INFORMED REFUSAL OF BLOOD AND BLOOD COMPONENTS", "Blood refusal consent - Jehovah's Witness patient",
                   "BLOODLESS MEDICINE: REFUSAL OF TRANSFUSION DOCUMENTATION")))
    c.L("Jehovah's Witness")
    b.append(f"Patient is a baptized Jehovah's Witness and carries an "
             f"advance medical directive / release ('No Blood' card) dated ___. Capacity assessed: "
             f"{c.ch(('intact - understands, appreciates, reasons, communicates a choice', 'intact; discussion held privately without family'))}. "
             f"Planned procedure: {c.ch(('hysterectomy', 'hip arthroplasty', 'CABG x3', 'colectomy', 'repeat cesarean'))}. "
             f"Current Hgb {c.f(8.1, 14.2)} g/dL.")
    rows = ["Item                                   Accept  Refuse"]
    items = [("Whole blood, red cells, white cells, platelets, plasma", "", "X"),
             ("Albumin", c.ch(("X", "")), ""), ("Immune globulins (e.g. " + c.L("Privigen") + ", RhIG)", c.ch(("X", "")), ""),
             ("Cryoprecipitate / clotting factors (" + c.L("Kcentra") + ")", c.ch(("X", "")), ""),
             ("Erythropoietin (" + c.L(c.ch(("Procrit", "Retacrit"))) + ")", "X", ""),
             ("Intra-op cell salvage, continuous circuit (" + c.L("Cell Saver") + ")", c.ch(("X", "")), ""),
             ("Hemodialysis / ECMO / cardiopulmonary bypass", c.ch(("X", "")), ""),
             ("Autologous predonation (stored)", "", "X")]
    for name, acc, ref in items:
        if not acc and not ref:
            ref = "X"
        rows.append(f"{name:<55} {acc:^6} {ref:^6}")
    b.append("\n".join(rows))
    b.append(f"Risks explained including severe anemia, organ injury and death; patient verbalized understanding and "
             f"maintained refusal. Alternatives reviewed: IV iron ({c.L(c.ch(('Venofer', 'Injectafer')))}), "
             f"tranexamic acid, acute normovolemic hemodilution, pediatric-volume phlebotomy, "
             f"{c.ch(('surgical hemostatic agents', 'staged procedure', 'erythropoietin preop x3 weeks'))}.")
    b.append(f"Hospital Liaison Committee member ___ present at patient request; "
             f"{c.ch(('chaplain also present', 'spouse present', 'no family present'))}. Transfusion Service notified; "
             f"'BLOOD REFUSAL' flag placed. Minor children: n/a.")
    b.append(f"Patient signature ___   Witness ___   Physician ___, MD   {c.sd()} {c.t()}")
    return b


_TRADITIONS = ("Roman Catholic", "Baptist", "Muslim", "Orthodox Jewish", "Hindu", "Buddhist", "Sikh", "Pentecostal",
               "Latter-day Saint", "Greek Orthodox", "no religious affiliation", "Episcopalian", "Jehovah's Witness",
               "Haitian Vodou and Catholic")
_RITES = ("Anointing of the Sick", "Psalm 23", "the Lord's Prayer", "Surah Yasin", "the Vidui", "Kaddish",
          "Ecclesiastes 3", "John 14", "the Ardas", "a blessing of hands")


def _b_chaplain(c: _Ctx) -> list[str]:
    trad = c.L(c.ch(_TRADITIONS))
    b = [c.ch(("SPIRITUAL CARE NOTE", "CHAPLAIN VISIT NOTE", "Pastoral Care - Progress Note"))
         + f"\nPatient: ___   Unit No: ___   Unit/Room: ___\nVisit: {c.sd()} {c.t()}   Length: {c.n(10, 75)} min"]
    b.append(f"Referral source: {c.ch(('RN', 'palliative care team', 'family request', 'routine rounds', 'SW', 'code/trauma page'))}. "
             f"Reason: {c.ch(('end-of-life support', 'anxiety before surgery', 'new cancer diagnosis', 'family in crisis after trauma', 'request for sacrament', 'grief after fetal demise'))}.")
    b.append(f"Present: {c.ch(('patient alone', 'patient, spouse and two adult children', 'patient and sister', 'family only (pt intubated)'))}. "
             f"Faith tradition: {trad}. Country of origin: {c.country()}.")
    b.append(f"Assessment ({c.L(c.ch(('FICA', 'Spiritual AIM', 'HOPE')))}"
             + (f" per {c.L('Puchalski')})" if c.rng.random() < 0.5 else ")")
             + f": {c.ch(('Faith is an important source of strength; worried about being a burden.', 'Spiritual distress: anger at God, guilt over decisions.', 'Meaning and purpose found in family; peaceful.', 'Anticipatory grief in family; son struggling with withdrawal of care.'))} "
             f"Family describes {c.ch(('stages of grief', 'denial and bargaining'))} ({c.L('Kübler-Ross')}).")
    b.append(f"Interventions: active listening, life review, prayer; read {c.L(c.ch(_RITES))} at patient's request. "
             f"{c.ch(('Provided rosary.', 'Facilitated call to faith leader ___.', 'Offered prayer rug and qibla direction.', 'Arranged for clergy ___ from home congregation.', 'Supported family at bedside during Cheyne-Stokes breathing.'))}")
    b.append(f"Outcome: {c.ch(('patient calmer, expressed gratitude', 'family asked for return visit', 'tearful but engaged', 'declined further visits for now'))}. "
             f"Plan: {c.ch(('follow up in 24-48 h', 'chaplain on call to be paged at time of death', 'refer to bereavement program after death', 'will return for family meeting'))}.")
    b.append(_sig(c, c.ch(("MDiv, BCC", "Chaplain Resident", "MDiv", "BCC"))))
    return b


def _b_referral(c: _Ctx) -> list[str]:
    b = [c.ch(("SPIRITUAL CARE REFERRAL", "Consult order: Spiritual Care / Chaplaincy", "REQUEST FOR CHAPLAIN VISIT"))
         + f"\nOrdered: {c.sd()} {c.t()}   Ordering: ___ ({c.ch(('RN', 'MD', 'SW', 'NP'))})   Priority: "
         f"{c.ch(('STAT', 'Urgent (within 1 h)', 'Routine (24 h)'))}"]
    b.append("Reason for referral (check all that apply):\n"
             + "\n".join(f"[{c.ch(('x', ' ', ' '))}] {r}" for r in (
                 "Imminent death / actively dying", "Sacramental request", "Spiritual or existential distress",
                 "Family support after death", "Advance directive / health care proxy questions",
                 "Blood refusal / religious objection to treatment", "Ethics consult pending",
                 "Organ donation conversation (support family)")))
    b.append(f"Patient religious preference (from registration): {c.L(c.ch(_TRADITIONS))}. Preferred language: "
             f"{c.ch(('English', 'Spanish', 'Haitian Creole', 'Portuguese', 'Vietnamese', 'Polish', 'Arabic'))} - "
             f"{c.ch(('interpreter needed', 'no interpreter needed'))}.")
    b.append(f"RN comment: {c.ch(('pt tearful, asking if God is punishing her', 'family requests a priest before extubation', 'pt wants to talk about dying', 'husband asking about Islamic washing (ghusl) after death', 'mother of stillborn asking for blessing and naming ceremony'))}. "
             f"GCS {c.n(3, 15)} ({c.L('Glasgow Coma Scale')}); {c.ch(('DNR/DNI', 'full code', 'CMO'))}.")
    b.append(f"Response: chaplain paged {c.t()}; arrived {c.t()}. "
             f"{c.ch(('Community clergy ___ contacted via family.', 'On-call priest contacted; ETA 45 min.', 'Imam from ___ contacted.', 'Rabbi from ___ will visit tomorrow.'))} "
             f"See spiritual care note of the same date.")
    b.append(f"Routing: Department of Spiritual Care inbox; after hours via paging operator. Patient Relations "
             f"notified: {c.ch(('no', 'yes'))}.")
    return b


def _b_letter(c: _Ctx) -> list[str]:
    rel = c.ch(("husband", "wife", "mother", "father", "son", "daughter", "partner", "brother", "grandmother"))
    b = [c.ch(("___ - Bereavement Services", "Department of Spiritual Care & Bereavement", "Palliative Care - "
               "Bereavement Program")) + "\n___\n___, ___ ___\n\n" + c.sd()]
    b.append("Dear ___,")
    b.append(f"It has been about {c.ch(('one month', 'three months', 'six months', 'a year'))} since your {rel} died "
             f"in our {c.ch(('intensive care unit', 'oncology unit', 'emergency department', 'hospice unit'))}. All of us who "
             f"cared for your family continue to think of you, and we wanted to reach out as part of our bereavement "
             f"follow-up program.")
    b.append(c.ch((
        "Grief has no timetable. Many people find that the weeks after the funeral, when visitors stop coming, are "
        "the hardest. You may notice trouble sleeping, forgetfulness, anger or guilt. These are common reactions.",
        f"People sometimes describe grief as 'tasks' ({c.L('Worden')}) rather than stages: accepting the loss, "
        "working through the pain, adjusting, and finding an enduring connection.",
        "Holidays and anniversaries can bring grief back with surprising force; please be gentle with yourself.",
    )))
    b.append("Resources:\n"
             f"- Monthly grief support group (in person and virtual), first {c.ch(('Tuesday', 'Thursday', 'Wednesday'))}, 6-7:30 pm\n"
             f"- 988 Suicide & Crisis Lifeline: call or text {c.L('988')} ({c.L('www.988lifeline.org')})\n"
             f"- Community services: dial {c.L('211')}\n"
             f"- Survivor benefits: Social Security at {c.L('1-800-772-1213')} or {c.L('www.ssa.gov')}\n"
             + (f"- Organ and tissue donation families: {c.L('www.organdonor.gov')}\n" if c.rng.random() < 0.4 else ""))
    b.append(c.ch((
        "Enclosed is a booklet on the first year of grief and a card for a memorial tree planting in the spring.",
        "We will write again at three, six and thirteen months. If you would rather not receive these letters, let us know.",
        "Our annual Service of Remembrance is held in the hospital chapel in November; families are welcome.",
    )))
    b.append(f"With sympathy,\n\n___\nBereavement Coordinator, {c.ch(('MSW, LICSW', 'MDiv', 'BCC'))}")
    return b


def _b_opo(c: _Ctx) -> list[str]:
    b = [_ds_header(c, c.ch(("NEUROSURGERY", "MEDICINE/MICU", "TRAUMA SURGERY", "NEUROLOGY")))]
    b.append(c.ch(("ORGAN DONATION - FAMILY CONVERSATION NOTE", "OPO Family Approach Documentation",
                   "Donation after death: family discussion and authorization")))
    pathway = c.ch(("DBD", "DCD"))
    b.append(f"Timeline: clinical trigger ({c.L('Glasgow Coma Scale')} {c.n(3, 5)}, ventilated) referred to the OPO "
             f"at {c.t()}, within 1 h of trigger. "
             + ("Brain death determined by two exams and apnea test (PaCO2 " + str(c.n(61, 80)) + " mmHg) - time of "
                "death ___." if pathway == "DBD" else
                "Family elected withdrawal of life support; DCD evaluation by the OPO."))
    b.append(f"Huddle: attending ___, RN ___, OPO designated requestor ___, chaplain present. Decoupled approach: "
             f"death explained before donation raised. Registry check: patient "
             f"{c.ch(('IS', 'is NOT'))} registered ({c.L('Donate Life')} state registry).")
    b.append(f"Family present: {c.ch(('wife and two daughters', 'parents', 'partner and brother', 'adult son (health care proxy)'))}. "
             f"Questions: {c.ch(('whether open casket is possible (yes)', 'whether their faith permits donation', 'costs to family (none)', 'timing of funeral'))}. "
             f"Faith tradition {c.L(c.ch(_TRADITIONS))}; chaplain offered prayer and ritual before OR.")
    b.append(f"Outcome: {c.ch(('authorization signed for organs and tissue', 'authorization for organs only (kidneys, liver)', 'family declined; wishes respected', 'first-person authorization honored; family supportive'))}. "
             f"Medical examiner: {c.ch(('case released', 'not a ME case', 'ME approved recovery with restrictions'))}. "
             f"{c.L('UNOS')} match run initiated by the OPO (pathway {pathway}).")
    b.append(f"Family given bereavement packet and OPO aftercare contact. {_sig(c, c.ch(('MD', 'RN', 'MDiv')))}")
    return b


def _b_release(c: _Ctx) -> list[str]:
    b = [c.ch(("DECEDENT AFFAIRS - RELEASE OF REMAINS", "RELEASE OF BODY TO FUNERAL HOME", "Morgue release / "
               "authorization form (scanned)"))
         + f"\nDecedent: ___   MRN: ___   Date/time of death: {c.sd()} {c.t()}\nPronounced by: ___, MD   "
         f"Attending notified: ___"]
    b.append(f"Autopsy: {c.ch(('declined by next of kin', 'requested - hospital autopsy', 'not offered (ME case)', 'declined'))}. "
             f"Medical examiner: {c.ch(('notified, case declined (natural death)', 'jurisdiction accepted - do not release without ME authorization', 'not reportable'))}. "
             f"Organ/tissue: {c.ch(('OPO referral made, no donation', 'cornea donor', 'not medically suitable'))}.")
    b.append(f"Implanted devices: {c.ch(('none', 'pacemaker (Medtronic) - funeral home advised re cremation', 'ICD deactivated pre-death', 'insulin pump removed'))}. "
             f"Infectious precautions: {c.ch(('standard', 'contact (MRSA)', 'airborne (TB rule-out)', 'none known'))}.")
    rows = ["Personal effects inventory:", f"  [{c.ch('x ')}] wedding band, yellow metal - {c.ch(('released to family', 'left on body per family'))}",
            f"  [{c.ch('x ')}] eyeglasses", f"  [{c.ch('x ')}] dentures (upper)", f"  [{c.ch('x ')}] clothing bag",
            f"  [{c.ch('x ')}] religious medal / rosary - {c.ch(('left on body', 'to family'))}",
            "  Valuables envelope # ___ (security)"]
    b.append("\n".join(rows))
    b.append(f"Funeral home: ___   Director: ___   Phone: ___\nNext of kin: ___ ({c.ch(('spouse', 'daughter', 'son', 'sister', 'HCP'))}) "
             f"authorized release at {c.t()}.\nDisposition: {c.ch(('burial', 'cremation (48 h waiting period)', 'entombment', 'donation to anatomical gift program'))}. "
             f"Religious requests: {c.ch(('body not to be left alone (shemira)', 'no embalming', 'washing by family (ghusl)', 'none', 'priest blessing before release'))}.")
    b.append(f"Body tag x3 checked against band. Released {c.sd()} {c.t()} by ___ (Decedent Affairs) to ___. "
             f"Security escort: ___.")
    return b


# --------------------------------------------------------------------------------------------------
# Fillers (used only to reach the minimum length) and look-alike vocabulary scanned in every note
# --------------------------------------------------------------------------------------------------


def _fillers(c: _Ctx, group: str) -> list[str]:
    if group == "B":
        return [
            "Note: all cellular components are leukoreduced at collection. Irradiated products (25 Gy minimum) are "
            "required for HPC transplant candidates and for directed donations from blood relatives.",
            f"Reminder: specimens must be labelled at the bedside with two identifiers; mislabelled or unlabelled "
            f"specimens are rejected (zero tolerance, policy BB-{c.n(100, 499)}).",
            f"Reagents: {c.L(c.ch(('Immucor', 'Grifols')))} reagent red cells, lot {c.lot()}, Exp {c.exp()}; QC "
            f"acceptable at {c.t()}.",
            f"Blood Bank inventory status at time of report: O NEG {c.n(4, 40)} units, O POS {c.n(20, 120)} units, "
            f"AB plasma {c.n(2, 20)} units.",
            "Transfusion Service hours: 24/7. For STAT needs use the hotline on the unit phone list, not the "
            "general laboratory line.",
            f"Hemovigilance: adverse events are reported through the NHSN Hemovigilance Module; FDA notification "
            f"is required for transfusion-related fatalities ({c.L('21 CFR 606.170')}).",
            f"Maximum surgical blood order schedule applies; crossmatch-to-transfusion ratio this quarter "
            f"{c.f(1.1, 2.4)}. Patient Blood Management review: restrictive threshold Hgb < 7 g/dL "
            f"(< 8 g/dL cardiac).",
            f"Segment retained {c.n(7, 10)} days post-transfusion for investigation; donor retention samples held "
            f"by the supplier. Quality review by ___ (Quality Assurance) at {c.t()}.",
        ]
    if group == "A":
        return [
            "Apheresis Unit standards: fluid balance within 10% of target; citrate reactions graded per unit "
            "protocol (grade 1 perioral tingling, grade 2 carpopedal spasm).",
            f"Device preventive maintenance current ({c.L(c.ch(('Terumo BCT', 'Haemonetics')))} field service). "
            f"Tubing set REF {c.n(10000, 19999)}, lot {c.lot()}, Exp {c.exp()}.",
            f"Vascular access reviewed with the Cellular Therapy Laboratory; {c.L(c.ch(('Vacutainer', 'Typenex')))} "
            f"samples sent for CBC and ionized calcium.",
            f"Procedure codes: CPT {c.L(c.ch(('36514', '36522', '38206', '38205')))}; ICD-10 "
            f"{c.L(c.ch(('D59.3', 'C90.00', 'G61.0', 'C84.10', 'D89.811')))}.",
            "Caregiver education reinforced: report fever, bleeding at the catheter site, numbness or muscle "
            "cramps after leaving the unit.",
            f"Pre-procedure checklist: consent on chart, two-identifier check, weight {c.f(45, 125)} kg, height "
            f"{c.n(148, 196)} cm, TBV (Nadler) {c.f(3.1, 6.9, 2)} L, baseline Hct {c.n(24, 44)}%.",
            f"Post-procedure: catheter locked with {c.ch(('heparin 1,000 units/mL', 'citrate 4%', 'alteplase 2 mg'))} "
            f"per lumen volume; site clean, dry and intact. Vitals at discharge from the unit stable.",
            "Standard of care reference: ASFA Guidelines on the Use of Therapeutic Apheresis in Clinical Practice "
            "(current special issue); FACT-JACIE International Standards for cellular therapy.",
        ]
    if group == "L":
        return [
            "Some families tell us that writing a letter to the person who died, or keeping a small journal, helps "
            "during the first months. Others prefer to walk, garden or sit quietly in a place that held meaning.",
            "If your children or grandchildren are grieving, our program can suggest books and local groups for "
            "young people; teenagers in particular may grieve in ways that look different from adults.",
            "You may receive a survey about the care your family received. Your honest answers help us care for "
            "other families, but there is no obligation to respond.",
            "Please remember that you do not need to face this time alone. Our chaplains are available to talk "
            "with you by phone, whatever your faith tradition or if you have none.",
            "Many people find that practical tasks (paperwork, accounts, belongings) feel overwhelming. It is all "
            "right to take these one at a time and to ask friends for help.",
        ]
    return [
        "Spiritual care is available 24 hours a day for patients, families and staff of all faiths and of none.",
        "Bereavement Services mails follow-up letters at one, three, six and thirteen months after a death.",
        f"Department of Spiritual Care staff completed a {c.ch(('Clinical Pastoral Education unit', 'BCC renewal'))} "
        f"this quarter; interfaith chapel open daily.",
        "Decedent Affairs office hours 8:00-16:30; after hours the nursing supervisor completes release paperwork.",
        f"Family originally from {c.country()}; relatives travelling from {c.state()} and abroad.",
        "Cultural and religious needs reviewed with nursing: dietary restrictions, modesty preferences, timing of "
        "prayers and who may touch the body after death documented in the care plan.",
        f"Ethics consultation {c.ch(('not requested', 'requested by the team', 'completed; recommendations noted'))}. "
        f"Palliative Care following; goals of care {c.ch(('comfort-focused', 'full treatment', 'time-limited trial'))}.",
        "Staff support: a brief debrief ('pause') was offered to nursing and residents after the death; "
        "chaplain facilitated a moment of silence at the bedside.",
    ]


_SCAN = EPONYMS_AND_BRANDS + _TRADITIONS + _RITES + _STATES + (
    "Medtronic", "AABB", "ASFA", "FACT", "NMDP", "UNOS", "Donate Life", "Spiritual AIM", "FICA", "O NEG", "O POS",
    "ISBT 128", "Department of Spiritual Care", "Transfusion Service", "Blood Bank", "Apheresis Unit",
    "Cellular Therapy Laboratory", "Decedent Affairs", "Bereavement Services", "Patient Relations",
    "Palliative Care")

def _present(text: str, s: str) -> bool:
    """s occurs in text as a whole token (not inside a longer word or number)."""
    k = text.find(s)
    while k >= 0:
        before = text[k - 1] if k else " "
        after = text[k + len(s)] if k + len(s) < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        k = text.find(s, k + 1)
    return False


_AVOID = re.compile(r"(?<![\w.-])(?:211|988)(?![\w-])")


def _plant_value(cat: str, rng: random.Random, hint: str) -> str:
    while True:
        v = _value(cat, rng, hint)
        if not _AVOID.search(v):
            return v


# --------------------------------------------------------------------------------------------------
# Kinds and assembly
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[str]]]] = {
    "type_and_screen": ("radiology", _b_type_screen),
    "antibody_workup": ("radiology", _b_antibody),
    "crossmatch_record": ("radiology", _b_crossmatch),
    "isbt_label": ("radiology", _b_isbt),
    "lookback_trace": ("radiology", _b_lookback),
    "hpc_product": ("radiology", _b_hpc),
    "mtp_log": ("radiology", _b_mtp),
    "transfusion_reaction": ("discharge", _b_reaction),
    "plasma_exchange": ("discharge", _b_tpe),
    "photopheresis": ("discharge", _b_ecp),
    "stem_cell_collection": ("discharge", _b_hpc_collect),
    "jw_refusal": ("discharge", _b_jw),
    "chaplain_visit": ("discharge", _b_chaplain),
    "spiritual_referral": ("discharge", _b_referral),
    "bereavement_letter": ("discharge", _b_letter),
    "opo_family": ("discharge", _b_opo),
    "funeral_release": ("discharge", _b_release),
}
DOCUMENT_KINDS = tuple(_KINDS)
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DIS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_GROUP = {k: "B" for k in ("type_and_screen", "antibody_workup", "crossmatch_record", "isbt_label",
                           "lookback_trace", "mtp_log", "transfusion_reaction")}
_GROUP.update({k: "A" for k in ("hpc_product", "plasma_exchange", "photopheresis", "stem_cell_collection")})
_GROUP.update({k: "S" for k in ("jw_refusal", "chaplain_visit", "spiritual_referral", "bereavement_letter",
                                "opo_family", "funeral_release")})

_MIN_LEN, _MAX_LEN = 1100, 4500


def document_kind(seed: int, i: int) -> str:
    if _frac(i * _A_TYPE + seed * 0.5772156649) < _P_RADIOLOGY:
        kinds = _RAD_KINDS
    else:
        kinds = _DIS_KINDS
    return kinds[int(_frac(i * _A_KIND + seed * 0.3010299957) * len(kinds))]


def _n_spans(rng: random.Random) -> int:
    r = rng.random()
    return 1 if r < 0.38 else 2 if r < 0.7 else 3 if r < 0.9 else 4


def _assemble(blocks: list) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans = "", []
    for k, blk in enumerate(blocks):
        if k:
            text += "\n\n"
        if isinstance(blk, str):
            text += blk
        else:
            pre, val, cat, post = blk
            text += pre
            spans.append((len(text), len(text) + len(val), cat))
            text += val + post
    return text, spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout56:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    group = _GROUP[kind]
    c = _Ctx(rng)
    blocks: list = list(builder(c))
    if note_type == "discharge" and blocks[0].startswith("Name:") and rng.random() < 0.6:
        blocks.append(_ds_tail(c, "B" if kind == "jw_refusal" else group))
    heavy = _is_heavy(seed, i)
    if heavy:
        blocks.insert(rng.choice((0, 1)), _heavy_block(c))
        blocks.append(_heavy_footer(c))
    elif _is_planted(seed, i):
        for j in range(_n_spans(random.Random(f"holdout56:{seed}:{i}:spans"))):
            cat = _category(seed, i, j)
            options = [t for t in _T[cat] if t[0] == "*" or group in t[0]]
            _, pos, tmpl, hint = rng.choice(options)
            value = _plant_value(cat, rng, hint)
            pre, post = _render(c, tmpl).split("{v}")
            blk = (pre, value, cat, post)
            if pos == "top":
                blocks.insert(rng.choice((0, 1, 1)), blk)
            elif pos == "end":
                blocks.append(blk)
            else:
                blocks.insert(rng.randint(1, len(blocks)), blk)
    fill = _fillers(c, "L" if kind == "bereavement_letter" else group)
    rng.shuffle(fill)
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        blocks.insert(rng.randint(2, len(blocks) - 1), fill.pop())
    text, spans = _assemble(blocks)
    while len(text) < _MIN_LEN + 40 and fill:
        blocks.insert(rng.randint(2, len(blocks) - 1), fill.pop())
        text, spans = _assemble(blocks)
    found = [s for s in _SCAN if _present(text, s)]
    lookalikes = [s for s in dict.fromkeys(c.la + found) if _present(text, s)]
    return LabelledNote(note_type, text, spans), lookalikes, "heavy" if heavy else "normal"


def holdout56_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout56_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout56_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout56_corpus, argv,
        "Held-out corpus 56 (blind): blood bank, transfusion medicine, apheresis, chaplaincy and bereavement")
    holdout_measure.report("holdout56", args, notes, hits, res)


if __name__ == "__main__":
    main()
