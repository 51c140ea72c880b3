"""Held-out corpus 57: clinical nutrition, dietetics and speech-language pathology.

MIMIC-IV-Note-shaped notes (most identifiers masked as ``___``, unmasked dates shifted into 2100-2200)
from a hospital's nutrition-support, dietetics and speech-language pathology services, with the
identifiers that escaped masking labelled as ground truth.

Document kinds (note_type "discharge" unless marked radiology):

- ``nutrition_consult``: nutrition-support consult by the dietitian (anthropometrics, estimated needs,
  nutrition-focused physical exam, tube-feeding recommendation);
- ``pn_pharmacy``: parenteral-nutrition order with the pharmacy/dietitian co-signed note (PN table,
  electrolytes, lipid, refeeding monitoring, NDC and lot look-alikes);
- ``enteral_home_referral``: enteral/tube-feeding plan and home-infusion / home-enteral referral
  (formula, pump, supplies, coverage criteria);
- ``malnutrition_glim``: malnutrition assessment against ASPEN/AND and GLIM criteria;
- ``calorie_count``: 72-hour calorie count with an intake table;
- ``diet_education``: diabetes or renal diet education;
- ``food_allergy``: food-allergy note (dietitian or allergy clinic);
- ``bedside_swallow``: speech-language pathology clinical (bedside) swallow evaluation;
- ``fees_report``: fiberoptic endoscopic evaluation of swallowing (FEES) report;
- ``cognitive_communication``: cognitive-communication evaluation;
- ``voice_eval``: voice evaluation (perceptual, acoustic, stroboscopy summary);
- ``trach_speaking_valve``: tracheostomy / speaking-valve assessment;
- ``mbs_vfss`` (radiology): modified barium swallow / videofluoroscopic swallow study;
- ``esophagram`` (radiology): barium esophagram;
- ``peg_placement`` (radiology): percutaneous gastrostomy placement report;
- ``feeding_tube_film`` (radiology): abdominal/chest radiograph for feeding-tube tip position;
- ``gtube_check`` (radiology): gastrostomy tube contrast injection (tube check);
- ``picc_for_pn`` (radiology): PICC placement for parenteral nutrition;
- ``ugi_sbft`` (radiology): upper GI series with small-bowel follow-through.

Labelling conventions (the label policy this corpus follows):

PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer
named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital
asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888,
877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers, and a vendor's call or session id for the
patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not
the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate",
"Acct") and credentials ("MD", "RN") stay outside.

In this corpus in particular: the dietitian's, pharmacist's and speech-language pathologist's names
are PERSON with their credentials (RDN, LDN, CNSC, PharmD, BCNSP, CCC-SLP) outside the span; a home
infusion pharmacy, skilled-nursing facility, outpatient practice, school or employer is ORGANIZATION,
while formula, PN-component, pump, tube, valve, thickener and contrast brands and their makers, the
payers (Medicare Part B, MassHealth and others), generic departments ("Nutrition Support Service",
"Speech-Language Pathology"), swallow/voice/cognitive scales and eponymous manoeuvres, public .gov
websites and public toll-free lines are look-alikes, never labelled. Feeding-pump, endoscope and
infusion-pump serials and asset tags are DEVICE_ID; lot, REF, GTIN, NDC and expiry are not. Interpreter
vendors' call ids, PN order numbers, specimen ids and accession numbers are ACCOUNT. A group number
next to a member id is left unlabelled.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the
masked note-shaped samples under /work/shared/data/ (with SOURCES.md). I did not read the detector, its
rule files, any other corpus, any test or any benchmark, and never ran the detector on this corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Low-discrepancy sequences (stable counts without global state)
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949
_SQ2 = 0.4142135623730951
_SQ3 = 0.7320508075688772
_PLASTIC = 0.7548776662466927
_PLANT_P = 0.6105


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 7 * seed) % 20 == 3


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and _frac(i * _SQ2 + seed * 0.3770) < _PLANT_P


# --------------------------------------------------------------------------------------------------
# Surrogate identifiers (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Maren", "Tobias", "Ifeoma", "Guadalupe", "Anneliese", "Desmond", "Yusra", "Kwabena", "Rosalind",
    "Thiago", "Oksana", "Bartholomew", "Xiomara", "Leopold", "Ngozi", "Henrike", "Caetano", "Marisol",
    "Ewan", "Svetlana", "Dariusz", "Philippa", "Amadou", "Sunniva", "Lorcan", "Perpetua", "Ignatius",
    "Zofia", "Benedikt", "Teodora", "Cormac", "Aurelio", "Imani", "Hyacinth", "Radomir", "Solveig",
    "Fenella", "Jedidiah", "Nkechi", "Wendell", "Ottilie", "Evander", "Priyanka", "Laszlo", "Mireille",
    "Casimir", "Rutendo", "Ambrose", "Thandiwe", "Gwendolyn", "Dorcas", "Anselm", "Marguerite", "Tadeo",
)
_LAST = (
    "Okafor", "Lindqvist", "Baptiste", "Ferreira-Lobo", "Nakashima", "O'Rourke", "Szymanski", "Adeyemi",
    "Castellanos", "Haugland", "Vandermolen", "Quartey", "Petrakis", "Dunleavy", "Achterberg", "Moravec",
    "Oyelaran", "Tamburrino", "Kowalczyk", "Rasmussen", "Eberhardt", "Whitcombe", "Abernethy", "Delacroix",
    "Fitzgerald-Nunn", "Halvorsen", "Iwasaki", "Jaramillo", "Kealoha", "Lindgren", "Maduekwe", "Ostrowski",
    "Pellerin", "Quintanilla", "Rautenberg", "Sokolova", "Trevisan", "Umeh", "Valcourt", "Wojcik",
    "Yamamura", "Zeledon", "MacAskill", "Boateng", "Cavanaugh", "Desrosiers", "Etchegaray", "Grzelak",
    "Holloway", "Ibekwe", "Santangelo", "Thibodeau", "Nwachukwu", "Brannigan",
)
_TOWNS = (
    "Brockton", "Framingham", "Chelsea", "Revere", "Dedham", "Malden", "Quincy", "Lowell", "Worcester",
    "Haverhill", "Somerville", "Medford", "Waltham", "Nashua", "Pawtucket", "Fall River", "New Bedford",
    "Salem", "Lynn", "Everett", "Attleboro", "Taunton", "Woburn", "Natick", "Needham", "Plymouth",
    "Marlborough", "Fitchburg", "Leominster", "Methuen", "Dorchester", "Roxbury", "Jamaica Plain",
    "Hyde Park", "Mattapan", "East Boston", "Brighton", "Allston", "Roslindale", "West Roxbury",
    "Cranston", "Woonsocket", "Manchester", "Portsmouth", "Gloucester", "Chicopee", "Holyoke", "Peabody",
)
_STREETS = (
    "Linden Terrace", "Old Post Rd", "Quarry St", "Wachusett Ave", "Bartlett Pl", "Heron Cove Ln",
    "Fenwick Road", "Alder Brook Way", "Cedar Hollow Dr", "Pemberton Sq", "Sumner Avenue", "Dudley St",
    "Winthrop Street", "Osgood Ln", "Blue Ledge Rd", "Marsh Hawk Circle", "Greylock Ave.", "Tanager Way",
    "Chestnut Hill Ave", "Harrow Ct", "Birchmeadow Dr", "Lantern Ln", "Salt Pond Road", "Kettle Brook Dr",
    "Ashcroft St.", "Vinal Ave", "Prospect Terr", "Millbrook Rd", "Orchard Knoll", "Haskell Street",
)
_HOSP = (
    "St. Brendan's Hospital", "Mount Kearsarge Medical Center", "Blue Heron Regional Hospital",
    "Merrimack Valley General", "Saugatuck Memorial Hospital", "Harborlight Community Hospital",
    "Wachusett Regional Medical Center", "Granite Bay Children's Hospital", "Holy Rood Medical Center",
)
_SNF = (
    "Quarry Hill Rehabilitation Center", "Harbor Point Nursing & Rehab", "Maplecrest Skilled Nursing",
    "Larkspur Manor", "Cedar Glen Transitional Care", "Brightmoor Health Care Center", "Stillwater Commons",
)
_PRACTICE = (
    "Northgate Family Medicine", "Pemberton Gastroenterology Associates", "Alder Brook Pediatrics",
    "Lakeshore ENT & Voice", "Granite Kidney Care", "Tidewater Endocrine Group", "Riverside Allergy & Asthma",
    "Osgood Internal Medicine",
)
_INFUSION = (
    "Riverbend Home Infusion", "Pinecrest Infusion Pharmacy", "Bayside Home Nutrition Services",
    "Keystone Infusion Partners", "Northfield Specialty Pharmacy",
)
_CHAINS = ("CVS Pharmacy #", "Walgreens #", "Rite Aid store ", "Stop & Shop Pharmacy #", "Walmart Pharmacy #")
_AGENCY = (
    "North Shore Elder Services", "Mystic Valley Home Health", "Greater Tri-Town VNA",
    "Town of Natick Health Department",
    "Merrimack Meals Program", "Coastline Elder Services", "Harbor Hospice & Palliative Care",
)
_SCHOOL = (
    "Pickering Middle School", "Bellweather Academy", "Cranmore Elementary School", "Saint Agatha School",
    "Riverside Regional High School", "Little Acorns Early Learning Center",
)
_EMPLOYER = (
    "Pellegrino Brothers Bakery", "Hollis Tool & Die", "Seaport Logistics", "Brightwater Seafood Company",
    "Marston Mills Diner", "Kettlebrook Golf Club", "Arbella Packaging", "Tremont Bagel Works",
)
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "comcast.net", "verizon.net", "outlook.com", "icloud.com", "aol.com",
                  "hotmail.com", "protonmail.com")
_ORG_SLUGS = ("northgatefm", "riverbendinfusion", "blueheronhealth", "saugatuckmemorial", "lakeshoreent",
              "granitekidney", "stbrendans", "pemberton-gi", "harborlighthealth")
_AREAS = ("617", "781", "508", "978", "339", "857", "774", "351", "603", "401", "413", "207", "860")
_TOLL = ("800", "888", "877", "866", "855", "844", "833")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _up(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _name_parts(r: random.Random) -> tuple[str, str]:
    return r.choice(_FIRST), r.choice(_LAST)


def _v_phone(r: random.Random, sub: str | None = None) -> str:
    a = r.choice(_TOLL) if sub == "tf" else r.choice(_AREAS)
    b, c = str(r.randint(201, 989)), _d(r, 4)
    forms = (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
             f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"({a}){b}-{c}")
    return r.choice(forms)


def _v_pager(r: random.Random, sub: str | None = None) -> str:
    f = r.randrange(6)
    if f == 0:
        return f"{r.randint(1, 9)}-{r.randint(1000, 9999)}"
    if f == 1:
        return str(r.randint(10000, 99999))
    if f == 2:
        return str(r.randint(1000, 9999))
    if f == 3:
        return f"{r.choice(_AREAS)}-{r.randint(201, 989)}-{_d(r, 4)}"
    if f == 4:
        return f"{r.randint(200, 989)}-{_d(r, 4)}"
    return f"{r.randint(10, 99)} {r.randint(100, 999)}"


def _v_email(r: random.Random, sub: str | None = None) -> str:
    fn, ln = (x.lower().replace("'", "").replace("-", "") for x in _name_parts(r))
    f = r.randrange(6)
    if f == 0:
        local = f"{fn}.{ln}"
    elif f == 1:
        local = f"{fn[0]}{ln}{r.randint(1, 99)}"
    elif f == 2:
        local = f"{ln}_{fn}"
    elif f == 3:
        local = f"{fn}{ln[:3]}{r.randint(1950, 2009)}"
    elif f == 4:
        local = f"{fn}.{ln[0]}.{r.randint(10, 999)}"
    else:
        local = f"{fn[0]}.{ln}"
    if sub == "work" or r.random() < 0.2:
        return f"{local}@{r.choice(_ORG_SLUGS)}.org"
    return f"{local}@{r.choice(_EMAIL_DOMAINS)}"


def _v_url(r: random.Random, sub: str | None = None) -> str:
    fn, ln = (x.lower().replace("'", "").replace("-", "") for x in _name_parts(r))
    slug = r.choice(_ORG_SLUGS)
    forms = (
        f"https://www.caringbridge.org/visit/{fn}{ln}",
        f"https://gofund.me/{_up(r, 2, 'abcdef')}{_d(r, 6)}",
        f"https://telehealth.{slug}.org/join/{_d(r, 4)}-{_d(r, 4)}",
        f"http://{fn}-{ln}-eats.blogspot.com",
        f"www.{ln}familyfarm.com",
        f"https://mychart.{slug}.org/MyChart/Messaging?msg={_d(r, 8)}",
        f"https://photos.app.goo.gl/{_up(r, 4, 'abcdefghjkmnpqrstuvwxyz')}{_d(r, 3)}{_up(r, 3)}",
        f"https://{slug}.doxy.me/{fn}{ln}",
        f"https://www.facebook.com/{fn}.{ln}.{_d(r, 3)}",
        f"{slug}.org/patients/{ln}-{fn}",
    )
    return r.choice(forms)


def _v_ip(r: random.Random, sub: str | None = None) -> str:
    f = r.randrange(7)
    if f == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f in (3, 4):
        return f"{r.choice((73, 98, 24, 66, 71, 108, 173))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    h = lambda: f"{r.randint(1, 0xffff):x}"  # noqa: E731
    if f == 5:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    return f"2601:{h()}:{h()}::{h()}"


def _v_ssn(r: random.Random, sub: str | None = None) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    b, c = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(("-", "-", "-", " ", ""))
    return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"


def _v_mrn(r: random.Random, sub: str | None = None) -> str:
    f = r.randrange(6)
    if f == 0:
        return _d(r, 1).replace("0", "3") + _d(r, 6)
    if f == 1:
        return "00" + _d(r, 6)
    if f == 2:
        return "BW" + _d(r, 7)
    if f == 3:
        return f"M-{_d(r, 8)}"
    if f == 4:
        return f"{r.randint(100, 999)}-{_d(r, 2)}-{_d(r, 3)}"
    return f"{r.randint(40, 99)}{_d(r, 6)}"


def _v_account(r: random.Random, sub: str | None = None) -> str:
    sub = sub or r.choice(("acc", "enc", "ord", "spec", "req", "claim", "call"))
    if sub == "acc":
        return r.choice((f"RA{_d(r, 8)}", f"FL{_d(r, 7)}", f"{r.randint(10, 99)}{_d(r, 6)}", f"IR-{_d(r, 7)}"))
    if sub == "enc":
        return r.choice((f"E{_d(r, 9)}", f"{r.randint(3, 9)}{_d(r, 9)}", f"H{_d(r, 8)}", f"V{_d(r, 3)}-{_d(r, 5)}"))
    if sub == "ord":
        return r.choice((f"{r.randint(10, 99)}{_d(r, 6)}", f"PN{_d(r, 6)}", f"O{_d(r, 7)}", f"{_d(r, 4)}-{_d(r, 4)}"))
    if sub == "spec":
        return r.choice((f"S{_d(r, 2)}-{_d(r, 6)}", f"{_up(r, 2)}{_d(r, 7)}", f"{_d(r, 3)}-{_up(r, 1)}{_d(r, 4)}"))
    if sub == "req":
        return r.choice((f"RQ{_d(r, 7)}", f"{_d(r, 8)}", f"R-{_d(r, 3)}-{_d(r, 4)}"))
    if sub == "claim":
        return r.choice((f"{r.randint(10, 99)}{_d(r, 10)}", f"C{_d(r, 4)}{_up(r, 2)}{_d(r, 4)}"))
    return r.choice((f"VRI-{_d(r, 5)}-{_d(r, 2)}", f"{_d(r, 6)}{_up(r, 1)}", f"OPI{_d(r, 7)}",
                     f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"))


def _v_health_plan(r: random.Random, sub: str | None = None) -> str:
    if sub == "mbi" or (sub is None and r.random() < 0.25):
        a = "ACDEFGHJKMNPQRTUVWXY"
        an = a + "0123456789"
        s = (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}{r.choice(a)}{r.choice(an)}"
             f"{r.randint(0, 9)}{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}{r.randint(0, 9)}")
        return r.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))
    if sub == "mcd" or (sub is None and r.random() < 0.3):
        return r.choice((f"100{_d(r, 9)}", f"{_up(r, 2)}{_d(r, 5)}{_up(r, 1)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"))
    return r.choice((f"{_up(r, 3)}{_d(r, 9)}", f"W{_d(r, 9)}", f"{_up(r, 3)}{_d(r, 6)}-{_d(r, 2)}",
                     f"{_d(r, 9)}{_up(r, 1)}", f"{_up(r, 1)}{_d(r, 8)} {_d(r, 2)}"))


def _luhn_npi(body9: str) -> str:
    digits = "80840" + body9
    total = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body9 + str((10 - total % 10) % 10)


def _v_license(r: random.Random, sub: str | None = None) -> str:
    sub = sub or r.choice(("npi", "npi", "dea", "lic", "dl"))
    if sub == "npi":
        return _luhn_npi(r.choice("12") + _d(r, 8))
    if sub == "dea":
        d = [r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return f"{r.choice('ABFM')}{r.choice('ABCDEFGHJKLMNOPRSTWZ')}" + "".join(map(str, d)) + str(chk)
    if sub == "dl":
        return r.choice((f"S{_d(r, 8)}", f"{_d(r, 2)}{_up(r, 3)}{_d(r, 5)}", f"NHL{_d(r, 8)}"))
    return r.choice((f"{r.randint(100000, 299999)}", f"LDN{_d(r, 4)}", f"RN{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 5)}",
                     f"SLP{_d(r, 5)}", f"LD-{_d(r, 5)}", f"{_d(r, 3)}{_up(r, 1)}{_d(r, 3)}"))


def _v_zip(r: random.Random, sub: str | None = None) -> str:
    pfx = r.choice((r.randint(10, 27), r.randint(28, 29), r.randint(30, 38), r.randint(60, 69)))
    z = f"{pfx:03d}{r.randint(1, 99):02d}"
    return z + (f"-{_d(r, 4)}" if r.random() < 0.25 else "")


def _v_street(r: random.Random, sub: str | None = None) -> str:
    num = r.choice((str(r.randint(2, 99)), str(r.randint(100, 999)), str(r.randint(1000, 4999)),
                    f"{r.randint(2, 300)}{r.choice('AB')}"))
    s = f"{num} {r.choice(_STREETS)}"
    u = r.randrange(6)
    if u == 0:
        s += f", Apt {r.randint(1, 6)}{r.choice('ABCD')}"
    elif u == 1:
        s += f" Unit {r.randint(1, 40)}"
    elif u == 2:
        s += f" #{r.randint(2, 12)}"
    return s


def _fmt_date(r: random.Random, y: int, mo: int, dd: int) -> str:
    f = r.randrange(10)
    return (
        f"{mo:02d}/{dd:02d}/{y}", f"{mo}/{dd}/{y}", f"{y}-{mo:02d}-{dd:02d}", f"{_MONTH[mo - 1]} {dd}, {y}",
        f"{_MON[mo - 1]} {dd} {y}", f"{dd}-{_MON[mo - 1]}-{y}", f"{dd} {_MONTH[mo - 1]} {y}",
        f"{_MON[mo - 1]}. {dd}, {y}", f"{mo:02d}-{dd:02d}-{y}", f"{dd:02d}.{mo:02d}.{y}",
    )[f]


def _v_date(r: random.Random, sub: str | None = None) -> str:
    if sub == "dob":
        y = r.randint(1922, 1968)
    elif sub == "death":
        y = r.randint(1998, 2024)
    else:
        y = r.choice((r.randint(1995, 2029), r.randint(2008, 2024), r.randint(2012, 2023)))
    return _fmt_date(r, y, r.randint(1, 12), r.randint(1, 28))


def _v_age(r: random.Random, sub: str | None = None) -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


def _v_device(r: random.Random, sub: str | None = None) -> str:
    sub = sub or r.choice(("sn", "sn", "udi", "asset"))
    if sub == "asset":
        return r.choice((f"BME-{_d(r, 6)}", f"A{_d(r, 7)}", f"CE{_d(r, 5)}", f"{_d(r, 2)}-{_d(r, 5)}",
                         f"BIO{_d(r, 6)}"))
    if sub == "udi":
        return r.choice((f"{r.choice('ABCDEFGHJK')}{_d(r, 7)}", _d(r, 9), f"{_up(r, 2)}{_d(r, 5)}{_up(r, 1)}"))
    return r.choice((f"{_up(r, 2)}{_d(r, 7)}", f"{_d(r, 2)}{_up(r, 1)}{_d(r, 5)}", f"{_d(r, 4)}-{_d(r, 5)}",
                     f"K{_d(r, 8)}", f"{_d(r, 10)}", f"{_up(r, 3)}{_d(r, 4)}{_up(r, 1)}"))


def _v_vehicle(r: random.Random, sub: str | None = None) -> str:
    if sub == "vin" or (sub is None and r.random() < 0.25):
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return (r.choice("1245JKW3") + _up(r, 2) + "".join(r.choice(al) for _ in range(5)) + r.choice("0123456789X")
                + r.choice("FGHJKLMNPR") + r.choice(al) + _d(r, 6))
    return r.choice((f"{r.randint(1, 9)}{_up(r, 3)}{_d(r, 3)}", f"{r.randint(1, 9)}{_up(r, 2)} {_d(r, 3)}",
                     f"{_up(r, 3)}-{_d(r, 4)}", f"{r.randint(1, 9)}{_up(r, 2)}{_d(r, 2)}{_up(r, 1)}",
                     f"{_up(r, 2)} {_d(r, 5)}", f"{_d(r, 3)} {_up(r, 3)}"))


def _v_person(r: random.Random, sub: str | None = None) -> str:
    fn, ln = _name_parts(r)
    f = r.randrange(10) if sub != "rev" else r.choice((6, 7))
    if f <= 4:
        return f"{fn} {ln}"
    if f == 5:
        return f"{fn} {r.choice('ABCDEFGHJKLMNPRSTW')}. {ln}"
    if f == 6:
        return f"{ln.upper()}, {fn.upper()}"
    if f == 7:
        return f"{ln}, {fn}"
    if f == 8:
        return f"{fn[0]}. {ln}"
    return f"{fn} {ln}-{r.choice(_LAST).replace(chr(39), '').split('-')[0]}"


def _v_location(r: random.Random, sub: str | None = None) -> str:
    return r.choice(_TOWNS)


def _v_org(r: random.Random, sub: str | None = None) -> str:
    sub = sub or r.choice(("hosp", "snf", "prac", "inf", "pharm", "agency", "school", "emp"))
    if sub == "pharm":
        return r.choice(_CHAINS) + str(r.randint(1000, 19999)) if r.random() < 0.8 else r.choice(_INFUSION)
    pool = {"hosp": _HOSP, "snf": _SNF, "prac": _PRACTICE, "inf": _INFUSION, "agency": _AGENCY, "school": _SCHOOL,
            "emp": _EMPLOYER}[sub]
    return r.choice(pool)


_VALUES: dict[str, Callable[[random.Random, str | None], str]] = {
    "PHONE": _v_phone, "FAX": _v_phone, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url,
    "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_health_plan,
    "LICENSE": _v_license, "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_date,
    "AGE_OVER_89": _v_age, "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle, "PERSON": _v_person,
    "LOCATION": _v_location, "ORGANIZATION": _v_org,
}

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_FORMULAS = ("Jevity 1.5 Cal", "Osmolite 1.5 Cal", "Peptamen 1.5", "Vital AF 1.2 Cal", "Nepro with Carb Steady",
             "Glucerna 1.2 Cal", "Pivot 1.5 Cal", "Isosource 1.5 Cal", "Kate Farms Peptide 1.5",
             "Compleat Original 1.4", "Nutren 2.0", "Fibersource HN", "Replete Fiber", "Impact Peptide 1.5")
_MODULARS = ("Prosource TF", "Beneprotein", "Juven", "Nutrisource Fiber", "Banatrol Plus", "Liquid Protein Shot")
_ONS = ("Ensure Plus", "Boost Plus", "Ensure Max Protein", "Boost Breeze", "Glucerna Shake", "Magic Cup",
        "Premier Protein", "Boost Glucose Control", "Nepro Shake")
_PEDS = ("PediaSure Peptide 1.0", "Neocate Junior", "EleCare Jr", "Compleat Pediatric")
_EQUATIONS = ("Mifflin-St Jeor", "Penn State 2003b", "Harris-Benedict", "Ireton-Jones")
_AMINO = ("Travasol 10%", "Prosol 20%", "Clinisol 15%", "Trophamine 10%", "Plenamine 15%")
_LIPIDS = ("SMOFlipid 20%", "Intralipid 20%", "Clinolipid 20%", "Omegaven")
_PREMIX = ("Clinimix E 8/10", "Kabiven", "Perikabiven", "Clinimix E 5/15")
_PN_ADD = ("Infuvite Adult", "M.V.I.-12", "Tralement", "Multrys")
_PUMPS = ("Kangaroo ePump", "Kangaroo Joey", "Kangaroo OMNI", "Moog EnteraLite Infinity")
_IV_PUMPS = ("CADD-Solis VIP", "Sapphire infusion pump", "CADD-Prizm", "Alaris 8015")
_TUBES = ("MIC-KEY", "AMT MiniONE", "Corflo", "Dobhoff", "Entuit Gastrostomy", "Cortrak 2")
_TRACH = ("Shiley 6 DCT", "Shiley 4 CFS", "Bivona TTS", "Portex Blue Line", "Tracoe twist")
_VALVES = ("Passy-Muir PMV 007 (Aqua)", "PMV 2000 (Clear)", "Shikani valve", "Passy-Muir PMV 007")
_THICK = ("Thick-It Original", "SimplyThick EasyMix", "Resource ThickenUp Clear", "Hormel Thick & Easy")
_BARIUM = ("Varibar Thin Liquid", "Varibar Nectar", "Varibar Honey", "Varibar Pudding", "E-Z-HD", "E-Z-Disk")
_CONTRAST = ("Omnipaque 300", "Omnipaque 350", "Gastrografin", "Isovue-300")
_SCOPES = ("Olympus ENF-VH", "Pentax FNL-10RP3", "KayPENTAX Digital Swallowing Workstation", "Olympus CV-190")
_FLUORO = ("Siemens Artis Zee", "Philips Allura Xper", "GE OEC 9900", "Siemens Luminos dRF")
_VOICE_TOOLS = ("Computerized Speech Lab", "Praat", "LSVT LOUD", "VitalStim", "Ampcare ESP", "EMST150")
_SWALLOW_SCALES = ("Rosenbek Penetration-Aspiration Scale", "Yale Pharyngeal Residue Severity Rating Scale",
                   "MBSImP", "DIGEST", "FOIS", "IDDSI", "EAT-10", "GUSS", "MASA", "Yale Swallow Protocol",
                   "Toronto Bedside Swallowing Screening Test", "Frazier Free Water Protocol")
_MANEUVERS = ("Mendelsohn maneuver", "Shaker exercise", "Masako maneuver", "supraglottic swallow",
              "effortful swallow", "chin tuck", "Valsalva")
_DISEASE_EPONYMS = ("Zenker diverticulum", "Schatzki ring", "Killian-Jamieson diverticulum", "Barrett esophagus",
                    "Plummer-Vinson", "Wallenberg syndrome", "Parkinson disease", "Guillain-Barre syndrome",
                    "Sjogren syndrome", "Crohn disease", "Wernicke encephalopathy", "Huntington disease")
_COG_TESTS = ("MoCA", "St. Louis University Mental Status", "RIPA-3", "Boston Naming Test",
              "Western Aphasia Battery", "Rancho Los Amigos", "Cognistat", "Mini-Cog")
_VOICE_SCALES = ("CAPE-V", "GRBAS", "VHI-10", "Reflux Symptom Index", "Voice Handicap Index")
_NUTR_SCALES = ("GLIM", "Subjective Global Assessment", "NRS-2002", "MUST", "MNA-SF", "NUTRIC", "Braden")
_DM_RENAL = ("Lantus", "Humalog", "Ozempic", "Jardiance", "Dexcom G7", "FreeStyle Libre 3", "Omnipod 5",
             "Renvela", "PhosLo", "Velphoro", "Auryxia", "Lokelma", "Veltassa", "Nephro-Vite")
_ALLERGY = ("EpiPen 0.3 mg", "Auvi-Q", "Neffy", "Palforzia", "Zyrtec", "ImmunoCAP")
_ENZYMES = ("Creon 24,000", "Zenpep", "Relizorb")
_IV_DEVICES = ("Bard PowerPICC", "Sherlock 3CG", "Groshong", "Arrow", "BioPatch", "Tegaderm CHG")
_GT_DEVICES = ("Saf-T-Pexy", "Ponsky-Gauderer pull technique", "Russell introducer technique", "Seldinger technique")
_MAKERS = ("Abbott Nutrition", "Nestle Health Science", "Fresenius Kabi", "Baxter", "B. Braun", "Cardinal Health",
           "Avanos", "Nutricia", "Passy-Muir Inc.")
_PAYERS = ("Medicare Part B", "MassHealth", "Blue Cross Blue Shield", "Tufts Health Plan", "Harvard Pilgrim",
           "UnitedHealthcare", "Aetna", "Medicare Advantage")
_DEPTS = ("Nutrition Support Service", "Food & Nutrition Services", "Speech-Language Pathology",
          "Department of Radiology", "Interventional Radiology", "Inpatient Pharmacy", "Clinical Nutrition",
          "Voice and Swallowing Center", "Case Management", "Biomedical Engineering")
_GOV_SITES = ("www.fda.gov/medwatch", "www.myplate.gov", "medlineplus.gov", "www.niddk.nih.gov",
              "www.cdc.gov/diabetes", "www.foodsafety.gov", "www.dietaryguidelines.gov")
_HOTLINES = ("1-800-222-1222", "1-800-FDA-1088", "988")
_STATES = ("Massachusetts", "New Hampshire", "Rhode Island", "Connecticut", "New York", "Vermont", "Maine")
_COUNTRIES = ("Cape Verde", "Brazil", "Haiti", "Vietnam", "Portugal", "Dominican Republic", "Ghana", "Guatemala")

EPONYMS_AND_BRANDS: tuple[str, ...] = (
    _FORMULAS + _MODULARS + _ONS + _PEDS + _EQUATIONS + _AMINO + _LIPIDS + _PREMIX + _PN_ADD + _PUMPS + _IV_PUMPS
    + _TUBES + _TRACH + _VALVES + _THICK + _BARIUM + _CONTRAST + _SCOPES + _FLUORO + _VOICE_TOOLS + _SWALLOW_SCALES
    + _MANEUVERS + _DISEASE_EPONYMS + _COG_TESTS + _VOICE_SCALES + _NUTR_SCALES + _DM_RENAL + _ALLERGY + _ENZYMES
    + _IV_DEVICES + _GT_DEVICES + _MAKERS + _PAYERS
)


def _L(s: str) -> str:
    return f"[[{s}]]"


def _c(r: random.Random, pool: tuple[str, ...]) -> str:
    return _L(r.choice(pool))


def _sd(r: random.Random) -> str:
    y, mo, dd = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
    return _L(_fmt_date(r, y, mo, dd))


def _lot(r: random.Random) -> str:
    return _L(r.choice((f"{_d(r, 2)}{_up(r, 1)}{_d(r, 4)}", f"{_up(r, 1)}{_d(r, 6)}{_up(r, 1)}", f"{_d(r, 7)}",
                        f"{_up(r, 2)}{_d(r, 5)}")))


def _ndc(r: random.Random) -> str:
    return _L(r.choice((f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", f"{_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}",
                        f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 1)}")))


def _exp(r: random.Random) -> str:
    y, mo, dd = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
    return _L(r.choice((f"Exp {y}-{mo:02d}-{dd:02d}", f"EXP {mo:02d}/{y}", f"Exp. {mo:02d}/{dd:02d}/{y}",
                        f"exp {_MON[mo - 1]} {y}", f"Expires {_fmt_date(r, y, mo, dd)}")))


def _ref(r: random.Random) -> str:
    return _L(r.choice((f"{_d(r, 4)}-{_d(r, 2)}", f"{_up(r, 2)}{_d(r, 4)}", f"{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 3)}")))


def _tf(r: random.Random) -> str:
    a, b, c = r.choice(_TOLL), r.randint(201, 989), _d(r, 4)
    return _L(r.choice((f"1-{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c}")))


def _ver(r: random.Random) -> str:
    return _L(f"v{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}")


def _age_lt(r: random.Random) -> str:
    a = r.randint(19, 88)
    return _L(r.choice((f"{a}-year-old", f"{a} yo", f"{a} y/o", f"{a} years old", f"age {a}")))


def _year(r: random.Random) -> str:
    y = r.randint(1975, 2023)
    return _L(r.choice((f"since {y}", f"in {y}", f"dx {y}", f"({y})", f"class of {y}")))


def _gtin(r: random.Random) -> str:
    return _L(f"(01){_d(r, 14)}")


def _group(r: random.Random) -> str:
    return _L(r.choice((f"{_d(r, 6)}-{_d(r, 3)}", f"GRP{_d(r, 5)}", f"{_d(r, 8)}", f"{_up(r, 1)}{_d(r, 5)}")))


def _dose(r: random.Random) -> str:
    return _L(r.choice((f"{r.randint(20, 90)} mL/hr", f"{r.choice((1.2, 1.3, 1.5, 1.8, 2.0))} g/kg/day",
                        f"{r.randint(100, 300)} mL free water q{r.choice((4, 6, 8))}h",
                        f"{r.randint(1, 4)} cartons/day",
                        f"{r.randint(25, 35)} kcal/kg")))


# --------------------------------------------------------------------------------------------------
# Plant templates: (where, template). where: h header line, b own section, f footer, i inline sentence;
# an optional R / D restricts the template to radiology / discharge notes. {V} or {V:sub} is the value.
# --------------------------------------------------------------------------------------------------

_TPL: dict[str, tuple[tuple[str, str], ...]] = {
    "PHONE": (
        ("h", "Pt contact phone: {V}"),
        ("i", "Daughter (HCP) can be reached at {V} for questions about the feeding plan."),
        ("b", "Contacts\n  Role          Name   Phone\n  HCP/son       ___    {V}\n  PCP office    ___    ___"),
        ("b", "| Contact | Relationship | Tel |\n|---|---|---|\n| ___ | wife | {V} |"),
        ("f", "Questions re: this plan -> call the outpatient clinic {V} (M-F 8-4:30)."),
        ("i", "Per home infusion pharmacist, pt's cell is {V}; left VM."),
        ("b", "Callback #:{V}"),
        ("f", "ADDENDUM: spoke with pt's husband by phone ({V}) who confirms coughing with thin liquids at home."),
        ("b", "[PHONE LOG ___ 10:42] Outbound call to {V} -- no answer, VM left re: education appt."),
        ("i", "Home tel\n{V} (landline, pt hard of hearing)."),
        ("b", "Best phone: {V}    Alt: ___"),
        ("h", "Tel {V} / pref. contact method: phone"),
        ("bD", "Phoen: {V}  (spouse)"),
        ("bR", "Ordering clinician callback:  {V}"),
        ("fR", "Preliminary read called to the SLP at {V} at 14:10."),
    ),
    "FAX": (
        ("f", "Please fax signed PN orders to {V} (attn: nutrition support)."),
        ("b", "Fax: {V}"),
        ("b", "Referral faxed to {V} at ___ -- confirmation page scanned to media tab."),
        ("h", "FAX# {V}   Pages: 3"),
        ("b", "| Home infusion intake fax | {V} |"),
        ("f", "cc: PCP (fax {V})"),
        ("b", "Send CMN and detailed written order to the GI practice's fax {V:tf} before discharge."),
        ("b", "Fx {V}"),
        ("i", "Signed CMN returned via fax from {V}."),
        ("b", "fax no.\n{V}"),
        ("fR", "Report auto-faxed to ordering office, fax {V}."),
        ("bD", "Allergy clinic (toll-free fax) {V:tf}"),
    ),
    "PAGER": (
        ("f", "Nutrition support RD pager {V}"),
        ("f", "Please page SLP at {V} with questions."),
        ("b", "On-call PharmD: pgr {V}"),
        ("b", "Beeper #{V}"),
        ("i", "Discussed with team; reached covering intern via pager {V}."),
        ("b", "| Covering | pgr | {V} |"),
        ("fR", "Radiologist on call: ___ (pager {V})"),
        ("b", "Page {V} for TPN questions after 5 pm"),
        ("h", "Pgr: {V}"),
        ("i", "If residue/aspiration concerns overnight, page {V}."),
        ("f", "-- RD, p. {V}"),
    ),
    "EMAIL": (
        ("b", "Pt's email for education handouts: {V}"),
        ("f", "Questions: {V}"),
        ("i", "Caregiver prefers email ({V}) for the diet handouts."),
        ("b", "From: {V}\nSent: ___ 09:14\nSubject: TF rate change"),
        ("b", "Email -- {V}"),
        ("h", "e-mail:{V}"),
        ("b", "| Email | {V} |"),
        ("f", "-- forwarded by {V} on ___"),
        ("i", "Pt's son emailed photos of home food labels from {V}."),
        ("fR", "Images requested by outside SLP ({V}); CD burned."),
        ("b", "Contact (work): {V:work}"),
    ),
    "URL": (
        ("b", "Telehealth link sent: {V}"),
        ("i", "Family has been posting updates at {V}."),
        ("f", "Video visit: {V}"),
        ("b", "Shared meal-photo album: {V}"),
        ("b", "| Portal | {V} |"),
        ("h", "Source document: {V}"),
        ("i", "Pt asked us to review recipes posted at {V}."),
        ("bR", "Outside images link: {V}"),
        ("b", "link:\n{V}"),
    ),
    "IP_ADDRESS": (
        ("b", "[Interface msg] order transmitted from workstation {V} to compounder"),
        ("f", "Printed from {V} by ___ at 16:02"),
        ("bR", "Remote viewer session: client IP {V}"),
        ("h", "Node: {V}"),
        ("b", "| Host | {V} |"),
        ("i", "Telehealth connection dropped twice (pt side {V}); session resumed by phone."),
        ("f", "Audit: accessed from {V}"),
        ("bR", "PACS push failed -> dest {V}"),
        ("b", "pump gateway addr {V} (wifi)"),
    ),
    "SSN": (
        ("h", "SSN: {V}"),
        ("b", "Home infusion intake form -- SS# {V}"),
        ("b", "| SSN | {V} |"),
        ("i", "Medicaid application started; SW needs pt SSN ({V}) confirmed by daughter."),
        ("f", "Soc Sec No. {V}"),
        ("b", "Social security #\n{V}"),
        ("b", "Guarantor SSN: {V}"),
        ("hR", "Pt ID (SSN) {V}"),
    ),
    "MRN": (
        ("h", "MRN: {V}"),
        ("h", "Unit No:   {V}"),
        ("b", "Med Rec #{V}"),
        ("f", "Pt ID {V} -- verify two identifiers before hanging the bag."),
        ("b", "| MRN | {V} |"),
        ("i", "Prior studies filed under old record number {V}."),
        ("h", "Patient: ___  (MR# {V})"),
        ("b", "Hosp. no.: {V}"),
        ("hR", "MR No.  {V}"),
    ),
    "ACCOUNT": (
        ("hR", "Accession #: {V:acc}"),
        ("h", "Encounter: {V:enc}"),
        ("b", "PN order no. {V:ord} verified by PharmD."),
        ("b", "Specimen ID {V:spec} (prealbumin/CRP)"),
        ("b", "Req# {V:req}"),
        ("i", "Interpreter (video, Spanish) call ID {V:call} used for the session."),
        ("b", "| Acct | {V:enc} |"),
        ("f", "Claim {V:claim} pending for enteral supplies."),
        ("b", "Visit/Acct No.\n{V:enc}"),
        ("i", "DME order {V:ord} sent for pump and supplies."),
        ("fR", "ACC {V:acc}"),
        ("bR", "Order #: {V:ord}    Req: ___"),
        ("b", "Language line session {V:call} (Haitian Creole)"),
    ),
    "HEALTH_PLAN": (
        ("h", "Insurance: {payer}   Member ID: {V}"),
        ("b", "{payer} (enteral benefit) -- MBI {V:mbi}"),
        ("b", "Subscriber ID: {V}   Group #: {grp}"),
        ("b", "| Policy # | {V} |"),
        ("i", "Prior auth for home PN submitted under member number {V}."),
        ("f", "Ins ID {V}"),
        ("b", "Medicaid #: {V:mcd}"),
        ("b", "Secondary coverage: {payer} policy {V}"),
        ("hR", "Insurance ID {V} / group {grp}"),
    ),
    "LICENSE": (
        ("f", "NPI {V:npi}"),
        ("fD", "___, MS, RDN, LDN  | License #{V:lic}"),
        ("b", "Prescriber DEA: {V:dea}"),
        ("b", "Ordering provider: ___ (NPI: {V:npi})"),
        ("fD", "CCC-SLP, state lic. {V:lic}"),
        ("b", "| NPI | {V:npi} |"),
        ("i", "Home infusion pharmacy needs the attending's NPI ({V:npi}) on the prescription."),
        ("f", "Lic: {V:lic}"),
        ("bD", "Driver's license # {V:dl} (photo ID for outpatient pump pickup)"),
        ("fR", "Interpreting radiologist NPI {V:npi}"),
        ("b", "DEA# {V:dea} / NPI ___"),
    ),
    "ZIP": (
        ("h", "Address: ___, ___, MA {V}"),
        ("b", "Delivery ZIP {V} is outside the infusion pharmacy's nursing radius."),
        ("i", "Lives in zip code {V}, flagged as a food desert by SW."),
        ("b", "| ZIP | {V} |"),
        ("b", "___\n___, NH {V}"),
        ("f", "Mail supplies to home (zip {V})"),
        ("bR", "Pt address: ___ ___, RI {V}"),
    ),
    "STREET_ADDRESS": (
        ("h", "Home address: {V}, ___, MA ___"),
        ("b", "Deliveries (formula/pump) to {V} -- side door."),
        ("i", "Pt lives alone at {V}, second-floor walk-up."),
        ("b", "| Ship to | {V} |"),
        ("b", "Address:\n  {V}\n  ___, ___"),
        ("f", "Home visit scheduled at {V}."),
        ("b", "Addr {V}"),
        ("hR", "Pt address on file: {V}"),
    ),
    "DATE_REAL_YEAR": (
        ("h", "Date of service: {V}"),
        ("bR", "COMPARISON:  Outside study dated {V}."),
        ("i", "Pt reports a prior swallow study at an outside hospital on {V}."),
        ("b", "DOB: {V:dob}"),
        ("b", "| Date | {V} |"),
        ("f", "Signed {V} 15:42"),
        ("b", "PEG placed {V} (outside records)."),
        ("i", "Weight on {V}: 72.4 kg (per PCP records)."),
        ("i", "Husband died {V:death}; intake has declined since."),
        ("b", "Last dietitian visit -- {V}"),
        ("hR", "Exam date {V}"),
        ("b", "D.O.B.\n{V:dob}"),
    ),
    "AGE_OVER_89": (
        ("i", "Pt is {V} y/o with dysphagia after CVA."),
        ("h", "Age: {V}"),
        ("b", "Pt is a {V}-year-old admitted with aspiration pneumonia."),
        ("b", "| Age | {V} |"),
        ("i", "Given age ({V}) and goals of care, family prefers comfort feeds."),
        ("b", "{V}yo, nursing-home resident"),
        ("i", "Patient, aged {V}, lives with daughter."),
        ("hR", "{V} year old with cough after thin liquids."),
        ("i", "Pt's {V} year old mother is her only caregiver."),
    ),
    "DEVICE_ID": (
        ("b", "{pump} SN {V:sn}"),
        ("b", "Pump serial: {V:sn}"),
        ("b", "UDI {gtin}(17){udiexp}(10){lot}(21){V:udi}"),
        ("b", "Asset tag {V:asset} (bedside feeding pump) sent to biomed."),
        ("i", "Home infusion pump, serial no. {V:sn}, swapped for a loaner."),
        ("b", "| Device | S/N |\n| enteral pump | {V:sn} |"),
        ("bD", "Endoscope S/N {V:sn} (reprocessed, leak test passed)"),
        ("fR", "Equipment: fluoroscopy unit asset #{V:asset}"),
        ("b", "{ivpump} serial {V:sn}; REF {ref}"),
    ),
    "VEHICLE_ID": (
        ("b", "Transport: chair van, plate {V}"),
        ("i", "Son drives pt to outpatient visits; parking pass issued for plate {V}."),
        ("b", "Ambulance unit plate {V}"),
        ("b", "VIN {V:vin}"),
        ("b", "| Vehicle | {V} |"),
        ("f", "Home infusion courier vehicle {V} delivered PN bags."),
        ("i", "Pt arrived by private car (lic. plate {V})."),
        ("bR", "Transported via ambulance (plate {V}) from SNF."),
    ),
    "PERSON": (
        ("fD", "Electronically signed by {V}, MS, RDN, LDN"),
        ("fD", "{V}, MA, CCC-SLP"),
        ("i", "Discussed with patient's daughter {V}, who is HCP."),
        ("b", "Attending: Dr. {V}"),
        ("b", "| Caregiver | {V} | daughter |"),
        ("h", "Patient: {V}"),
        ("b", "Referring: {V}, NP"),
        ("i", "Pt's wife {V} prepares all meals."),
        ("fD", "Reviewed and agree -- {V}, PharmD, BCNSP"),
        ("b", "cc: {V} (PCP)"),
        ("b", "Interpreter: {V} (Portuguese, in person)"),
        ("f", "Dictated by: {V}\nTranscribed: ___"),
        ("b", "SYSTEM: result viewed by {V:rev}"),
        ("fR", "I, {V}, M.D., have personally reviewed the images."),
        ("bR", "Study performed with SLP {V}."),
    ),
    "LOCATION": (
        ("i", "Pt lives in {V} with her sister."),
        ("b", "Discharge to SNF in {V}."),
        ("b", "| City | {V} |"),
        ("h", "Home: ___ ___, {V}, MA"),
        ("i", "Grew up in {V}; traditional diet high in salt cod."),
        ("f", "Outpatient SLP to continue at the {V} satellite clinic."),
        ("b", "Home town: {V}"),
        ("i", "Pt commutes from {V} for dialysis three times weekly."),
        ("bR", "Outpatient; referred from the {V} clinic."),
    ),
    "ORGANIZATION": (
        ("b", "Home infusion provider: {V:inf}"),
        ("i", "Pt transferred from {V:hosp} where she had been NPO x 3 days."),
        ("b", "Formula delivery via {V:pharm}."),
        ("f", "Outpatient follow-up: {V:prac}"),
        ("b", "| Facility | {V:snf} |"),
        ("i", "Pt works as a line cook at {V:emp}."),
        ("i", "Son attends {V:school}; school nurse aware of the allergy plan."),
        ("b", "Rx sent to {V:pharm}"),
        ("b", "Prior swallow study at {V:hosp} (report scanned)"),
        ("h", "Referring facility: {V}"),
        ("i", "Meals delivered by {V:agency}."),
        ("bR", "Referred from {V:snf} for tube evaluation."),
    ),
}


def _fill(r: random.Random, name: str) -> str:
    if name == "payer":
        return _c(r, _PAYERS)
    if name == "grp":
        return _group(r)
    if name == "pump":
        return _c(r, _PUMPS)
    if name == "ivpump":
        return _c(r, _IV_PUMPS)
    if name == "gtin":
        return _gtin(r)
    if name == "udiexp":
        return _L(f"{r.randint(25, 30)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
    if name == "lot":
        return _lot(r)
    if name == "ref":
        return _ref(r)
    raise KeyError(name)


_PH = re.compile(r"\{(\w+)(?::(\w+))?\}")
_LA = re.compile(r"\[\[(.+?)\]\]")

Piece = tuple[str, str | None]  # (text, tag): tag None plain, "LA" look-alike, else a category


def _parse(s: str) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for m in _LA.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], None))
        out.append((m.group(1), "LA"))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], None))
    return out


def _plain_len(s: str) -> int:
    return len(s) - 4 * s.count("[[")


def _render(r: random.Random, tpl: str, cat: str) -> list[Piece]:
    holder: list[str] = []

    def rep(m: re.Match[str]) -> str:
        if m.group(1) == "V":
            holder.append(_VALUES[cat](r, m.group(2)))
            return "\x00"
        return _fill(r, m.group(1))

    s = _PH.sub(rep, tpl)
    pre, post = s.split("\x00")
    return _parse(pre) + [(holder[0], cat)] + _parse(post)


# --------------------------------------------------------------------------------------------------
# Document builders: each returns sections; the first is the header, a leading "~" marks prose
# --------------------------------------------------------------------------------------------------

_SERVICES = ("MICU", "SICU", "Neurology", "Trauma Surgery", "Medicine", "Cardiac Surgery", "Oncology",
             "Geriatrics", "Colorectal Surgery", "Transplant", "Neurosurgery", "Otolaryngology")
_DX = ("dysphagia", "aspiration pneumonia", "ileus", "AKI on CKD", "sepsis", "pancreatitis", "COPD exacerbation",
       "hip fracture", "new dx esophageal cancer", "failure to thrive")
_STROKES = ("L MCA stroke", "R MCA stroke", "brainstem stroke", "prolonged intubation", "head and neck radiation",
            "pneumonia", "TBI", "cervical spine fusion (ACDF)")


def _pick(r: random.Random, *opts: str) -> str:
    return r.choice(opts)


def _ds_header(r: random.Random, title: str) -> str:
    f = r.randrange(4)
    if f == 0:
        return (f"Name:  ___                  Unit No:   ___\n\n"
                f"Admission Date:  ___              Discharge Date:   ___\n\n"
                f"Date of Birth:  ___             Sex:   {r.choice('FM')}\n\n"
                f"Service: {r.choice(_SERVICES).upper()}\n\n{title}")
    if f == 1:
        return (f"{title}\nPatient: ___   Unit No: ___   Location: ___\n"
                f"Service: {r.choice(_SERVICES)}   Date: {_sd(r)}")
    if f == 2:
        return f"{title.upper()}\n{'=' * len(title)}\nName: ___ | MRN: ___ | Room ___ | {_c(r, _DEPTS)}"
    return (f"{title}  [{_c(r, _DEPTS)}]\nPt: ___   DOB: ___   Adm: {_sd(r)}\n"
            f"Note type: {_pick(r, 'Initial', 'Follow-up', 'Re-assessment')}   Author: ___")


def _b_nutrition_consult(r: random.Random) -> list[str]:
    wt = round(r.uniform(41, 118), 1)
    ht = r.randint(150, 190)
    bmi = round(wt / (ht / 100) ** 2, 1)
    ubw = round(wt * r.uniform(1.05, 1.25), 1)
    loss = round((ubw - wt) / ubw * 100, 1)
    ibw = round((ht - 152.4) / 2.54 * 2.3 + r.choice((50, 45.5)), 1)
    formula, rate = r.choice(_FORMULAS), r.randint(35, 75)
    reason = _pick(r, "TF recommendations", "poor PO intake", "new PEG, initiate feeds", "NPO > 5 days",
                   "wound healing", "refeeding risk")
    return [
        _ds_header(r, "NUTRITION SUPPORT CONSULT"),
        f"~Reason for consult: {reason}. Pt is a ___ year old with {r.choice(_DISEASE_EPONYMS[5:])} and "
        f"{r.choice(_DX)}, seen at bedside; RN and {_c(r, _DEPTS)} notes reviewed.",
        f"Anthropometrics:\n  Ht {ht} cm   Wt {wt} kg ({_sd(r)})   BMI {bmi}\n"
        f"  UBW ~{ubw} kg -> {loss}% loss over {r.randint(1, 6)} mo\n  IBW (Hamwi) {ibw} kg",
        f"Estimated needs ({_c(r, _EQUATIONS)}, activity factor 1.{r.randint(1, 3)}):\n"
        f"  Energy {int(wt * 25)}-{int(wt * 30)} kcal/day ({_dose(r)})\n"
        f"  Protein {round(wt * 1.2)}-{round(wt * 1.5)} g/day\n  Fluid {int(wt * 30)} mL/day or per team",
        f"~Diet hx: pt reports {_pick(r, 'early satiety', 'taste changes', 'dysgeusia', 'difficulty chewing meats')}"
        f" and eating <50% of meals for ~{r.randint(1, 4)} wk. Drinks {_c(r, _ONS)} occasionally. "
        f"No known food allergies. Lives with family; ___ does the cooking.",
        f"NFPE: temporal {_pick(r, 'mild', 'moderate', 'severe')} wasting; clavicle/acromion "
        f"{_pick(r, 'mild', 'moderate')} loss; interosseous WNL; edema {_pick(r, 'none', 'trace BLE', '1+ BLE')}; "
        f"grip strength reduced.",
        f"Labs ({_sd(r)}): Na {r.randint(131, 146)}, K {round(r.uniform(3.1, 5.4), 1)}, "
        f"Phos {round(r.uniform(1.8, 4.9), 1)}, Mg {round(r.uniform(1.4, 2.4), 1)}, BG {r.randint(88, 240)}, "
        f"TG {r.randint(80, 420)}, CRP {r.randint(3, 190)}",
        f"~Assessment: {_pick(r, 'Moderate', 'Severe')} malnutrition in the context of acute illness "
        f"({_c(r, ('GLIM', 'ASPEN/AND criteria', 'Subjective Global Assessment'))}). "
        f"At {_pick(r, 'high', 'moderate')} risk of refeeding syndrome.",
        f"Recommendations:\n 1. {_L(formula)} @ {r.randint(10, 25)} mL/hr, advance by 10 mL q{r.choice((4, 6, 8))}h"
        f" to goal {rate} mL/hr x 24 h\n 2. {_c(r, _MODULARS)} 1 packet BID\n 3. Flush {_dose(r)}\n"
        f" 4. Thiamine 100 mg daily x 5 days (refeeding risk; {_c(r, ('Wernicke encephalopathy', 'NUTRIC'))})\n"
        f" 5. Daily BMP/Mg/Phos x 3 days",
        f"RD will follow {r.randint(2, 3)}x/week. -- ___, RDN, CNSC",
    ]


def _b_pn_pharmacy(r: random.Random) -> list[str]:
    wt = round(r.uniform(45, 110), 1)
    dex = r.choice((150, 175, 200, 225, 250, 300))
    aa = round(wt * r.choice((1.2, 1.3, 1.5, 1.8)))
    vol = r.choice((1200, 1500, 1800, 2000, 2200))
    lip = r.choice((100, 150, 200, 250))
    rows = [
        "| Component | Amount | Comment |", "|---|---|---|",
        f"| Dextrose 70% | {dex} g | GIR {round(dex * 1000 / wt / 1440, 1)} mg/kg/min |",
        f"| Amino acids ({_c(r, _AMINO)}) | {aa} g | {round(aa / wt, 1)} g/kg |",
        f"| Lipid ({_c(r, _LIPIDS)}) | {lip} mL | over 12 h |",
        f"| Sodium chloride | {r.randint(40, 120)} mEq | |",
        f"| Potassium phosphate | {r.randint(10, 30)} mmol | hold if Phos > 4.5 |",
        f"| Magnesium sulfate | {r.randint(8, 16)} mEq | |",
        f"| Calcium gluconate | {r.randint(5, 15)} mEq | |",
        f"| {_c(r, _PN_ADD)} | 10 mL | daily |",
        f"| {_c(r, _PN_ADD)} | 1 mL | trace |",
    ]
    ind = _pick(r, "short bowel syndrome", "high-output fistula", "prolonged ileus", "bowel obstruction",
                "chylous leak")
    return [
        _ds_header(r, "PARENTERAL NUTRITION - PHARMACY / NUTRITION SUPPORT NOTE"),
        f"~Indication: {ind} with intolerance of enteral feeds; central access "
        f"{_pick(r, 'PICC', 'tunneled CVC', 'port')} confirmed on imaging. Dosing weight {wt} kg.",
        f"PN order (total volume {vol} mL, infuse over {r.choice((12, 16, 24))} h):\n" + "\n".join(rows),
        f"Provides ~{int(dex * 3.4 + aa * 4 + lip * 2)} kcal/day. Compounded by {_L('Inpatient Pharmacy')}; "
        f"premix alternative {_c(r, _PREMIX)} not used due to electrolyte needs.",
        f"Product check: {_c(r, _LIPIDS)} NDC {_ndc(r)} Lot {_lot(r)} {_exp(r)}\n"
        f"{_c(r, _AMINO)} NDC {_ndc(r)} Lot {_lot(r)}",
        f"~Monitoring: BMP, Mg, Phos daily x 3 then twice weekly; TG weekly (hold lipid if > 400); LFTs weekly; "
        f"fingersticks q6h with sliding scale {_c(r, _DM_RENAL[:2])}. Refeeding risk reviewed, thiamine given.",
        f"Compounder software {_ver(r)}; label verified by second pharmacist. {_c(r, _MAKERS)} shortage notice "
        f"reviewed -- no substitution needed. Adverse events to MedWatch {_L('1-800-FDA-1088')} / "
        f"{_L(_GOV_SITES[0])}.",
        "Co-signed: ___, PharmD / ___, RDN",
    ]


def _b_enteral_home(r: random.Random) -> list[str]:
    formula = r.choice(_FORMULAS)
    vol = r.choice((4, 5, 6, 7, 8))
    method = _pick(r, "bolus", "gravity", "pump-assisted continuous", "nocturnal cycle")
    return [
        _ds_header(r, "HOME ENTERAL NUTRITION REFERRAL"),
        f"~Pt discharging home with {_pick(r, 'PEG', 'G-tube', 'GJ-tube', 'NG-tube (short term)')} "
        f"({_c(r, _TUBES)} {r.choice((14, 16, 18, 20))} Fr). Tolerating goal feeds x 48 h without "
        f"{_pick(r, 'emesis', 'diarrhea', 'distension')}. {_L('FOIS')} level {r.randint(1, 3)}: "
        f"primarily tube-dependent.",
        f"Regimen:\n  Formula: {_L(formula)}\n  Method: {method}\n  Volume: {vol} cartons/day ({vol * 237} mL)\n"
        f"  Free water: {_dose(r)}\n  Pump: {_c(r, _PUMPS)}",
        f"Supplies (monthly): 30 pump sets, 60 x 60 mL ENFit syringes, {r.randint(2, 4)} extension sets, gauze, tape.",
        f"Coverage: {_c(r, _PAYERS)} -- prosthetic device benefit requires permanent impairment (> 90 days) "
        f"documented; {_c(r, _PAYERS)} secondary. Manufacturer ({_c(r, _MAKERS)}) support line {_tf(r)}.",
        f"~Caregiver teaching completed with teach-back: pump operation, flushing, site care, troubleshooting "
        f"clogs, signs of dehydration. Written materials from {_c(r, _GOV_SITES)} given.",
        f"~Referral to home infusion/enteral vendor sent via {_L('Case Management')}; start of care {_sd(r)}. "
        f"Weight check with PCP in 2 wk; RD phone follow-up in 1 wk.",
        "RD: ___   Case manager: ___",
    ]


def _b_glim(r: random.Random) -> list[str]:
    rows = [
        ("Weight loss", f"{r.randint(5, 18)}% in {r.randint(1, 6)} mo", _pick(r, "met", "met", "not met")),
        ("Low BMI", f"{round(r.uniform(16, 24), 1)}", _pick(r, "met", "not met")),
        ("Reduced muscle mass", _pick(r, "mod (NFPE)", "severe (NFPE)", "mild"), "met"),
        ("Reduced intake", f"<{r.choice((50, 75))}% x {r.randint(1, 3)} wk", "met"),
        ("Inflammation", _pick(r, "acute illness", "chronic disease", "CRP 88"), "met"),
    ]
    table = "Criterion              Finding                Status\n" + "\n".join(
        f"{a:<22} {b:<22} {c}" for a, b, c in rows)
    return [
        _ds_header(r, "MALNUTRITION ASSESSMENT"),
        f"~Screen: {_c(r, _NUTR_SCALES[2:5])} score {r.randint(3, 6)} on admission triggered RD assessment. "
        f"Pt is {_age_lt(r)} per chart, {_pick(r, 'wheelchair', 'ambulatory', 'bedbound')}.",
        f"{_L('GLIM')} phenotypic / etiologic criteria:\n{table}",
        f"ASPEN/AND characteristics: energy intake <{r.choice((50, 75))}% for >= {r.choice((5, 7))} days; "
        f"muscle loss {_pick(r, 'moderate', 'severe')}; fat loss (orbital, triceps) "
        f"{_pick(r, 'mild', 'moderate')}; hand-grip {r.randint(8, 24)} kg (below norms).",
        f"~Diagnosis: {_pick(r, 'Severe', 'Moderate')} protein-calorie malnutrition related to "
        f"{_pick(r, 'dysphagia', 'malabsorption', 'increased needs', 'anorexia of illness')} as evidenced by "
        f"weight loss and muscle wasting. {_L('Braden')} {r.randint(11, 18)}; wound care aware.",
        f"Intervention: {_c(r, _ONS)} TID between meals; liberalize diet; {_c(r, _MODULARS)} daily; "
        f"MVI with minerals. Calorie count ordered.",
        f"~Provider notified for documentation (ICD-10 E43/E44.0). Follow-up {_sd(r)}.",
    ]


def _b_calorie_count(r: random.Random) -> list[str]:
    days = []
    tot = 0
    for k in range(3):
        kc, pr = r.randint(450, 1500), r.randint(15, 65)
        tot += kc
        days.append(f"Day {k + 1} | {_sd(r)} | {r.randint(20, 90)}% tray | {kc} kcal | {pr} g protein")
    goal = r.randint(1600, 2200)
    obs = _pick(r, "eats best at breakfast", "fatigues after a few bites", "dislikes the minced texture",
                "refuses meats")
    diet = _pick(r, "IDDSI level 6 soft & bite-sized", "IDDSI level 5 minced & moist", "regular",
                 "IDDSI level 4 pureed")
    rec = ("intake inadequate; discuss enteral access with team and family" if tot < 3000
           else "continue PO with supplements, stop count")
    return [
        _ds_header(r, "CALORIE COUNT - 72 HOUR SUMMARY"),
        f"~Calorie count requested by team to assess adequacy of PO intake before considering "
        f"{_pick(r, 'NG feeds', 'PEG placement', 'PN')}. Trays and supplement intake documented by RN/PCA.",
        "Day   | Date       | Meals     | Energy     | Protein\n" + "\n".join(days),
        f"Average intake {tot // 3} kcal/day = {round(tot / 3 / goal * 100)}% of estimated needs ({goal} kcal, "
        f"{_c(r, _EQUATIONS)}).",
        f"Supplements: {_c(r, _ONS)} ({r.randint(0, 3)} of 3 consumed daily), {_c(r, _ONS)} at HS.",
        f"~Observations: pt {obs}. On {diet} diet with {_pick(r, 'thin', 'mildly thick', 'moderately thick')} "
        f"liquids ({_c(r, _THICK)}).",
        f"~Recommendation: {rec}.",
        "-- ___, RDN",
    ]


def _b_diet_education(r: random.Random) -> list[str]:
    if r.random() < 0.5:
        topic = "RENAL DIET EDUCATION"
        body = (f"~Pt on HD {_pick(r, 'MWF', 'TTS')}; K {round(r.uniform(4.8, 6.4), 1)}, "
                f"Phos {round(r.uniform(5.1, 8.2), 1)}, albumin {round(r.uniform(2.8, 4.0), 1)}. Reviewed 2 g Na / "
                f"2 g K / 1 g Phos diet, fluid limit {r.choice((1, 1.2, 1.5))} L/day, protein "
                f"{r.choice((1.0, 1.2))} g/kg on dialysis days.")
        meds = (f"Binder: {_c(r, _DM_RENAL[7:11])} with meals; {_c(r, _DM_RENAL[11:13])} as ordered; "
                f"{_L('Nephro-Vite')} daily.")
    else:
        topic = "DIABETES NUTRITION EDUCATION"
        body = (f"~A1c {round(r.uniform(6.8, 12.5), 1)}%. Reviewed carbohydrate counting (45-60 g/meal), plate "
                f"method ({_L('www.myplate.gov')}), label reading, hypoglycemia rule of 15. Insulin "
                f"{_c(r, _DM_RENAL[:2])}; also on {_c(r, _DM_RENAL[2:4])}.")
        meds = f"Glucose monitoring: {_c(r, _DM_RENAL[4:7])}; meter software {_ver(r)}."
    interp = _pick(r, "not needed", "used (Portuguese)", "used (Spanish)", "used (Haitian Creole)")
    return [
        _ds_header(r, topic),
        f"~Referred by primary team; pt attended with {_pick(r, 'spouse', 'daughter', 'son', 'home health aide')}. "
        f"Learning preference: {_pick(r, 'visual', 'verbal', 'hands-on')}; interpreter {interp}. "
        f"Pt originally from {_c(r, _COUNTRIES)}, traditional foods discussed.",
        body,
        meds,
        f"Sample day:\n  B: 1 cup oatmeal, 1 egg, coffee w/o sugar\n  L: turkey sandwich on whole wheat, salad\n"
        f"  D: 4 oz chicken, 1/2 cup rice, green beans\n  Snack: {_c(r, ('Glucerna Shake', 'Boost Glucose Control'))}",
        f"~Barriers: {_pick(r, 'cost of food', 'limited literacy', 'night-shift work', 'lives alone')}. "
        f"Resources: {_c(r, _GOV_SITES)}; state SNAP line. Diagnosis {_year(r)}.",
        f"~Pt verbalized understanding; teach-back 4/5 correct. Follow-up with outpatient RD in "
        f"{r.randint(2, 6)} weeks. Time: {r.choice((30, 45, 60))} min.",
        "-- ___, RDN, CDCES",
    ]


def _b_food_allergy(r: random.Random) -> list[str]:
    allergen = _pick(r, "peanut", "tree nut (cashew)", "sesame", "cow's milk protein", "egg", "shellfish", "wheat")
    child = r.random() < 0.5
    rx = _pick(r, "urticaria and vomiting", "lip swelling", "wheeze and hives", "anaphylaxis requiring epinephrine")
    nutr = "hypoallergenic formula " + _c(r, _PEDS) if child else "calcium/vitamin D sources reviewed"
    growth = "at " + str(r.randint(10, 90)) + "th percentile" if child else "stable, " + _age_lt(r)
    oit = ("Oral immunotherapy with " + _c(r, _ALLERGY[3:4]) + " discussed" if r.random() < .5
           else "Re-test in 12 months")
    return [
        _ds_header(r, "FOOD ALLERGY NOTE"),
        f"~{'Child' if child else 'Pt'} with IgE-mediated {allergen} allergy; reaction {_year(r)} with {rx}. "
        f"Also {_pick(r, 'eczema', 'asthma', 'allergic rhinitis')}.",
        f"Testing: {_L('ImmunoCAP')} specific IgE {round(r.uniform(0.4, 60), 2)} kU/L; "
        f"SPT wheal {r.randint(3, 14)} mm (histamine {r.randint(4, 8)} mm).",
        f"Emergency plan: {_c(r, _ALLERGY[:3])} x 2 carried at all times; {_L('Zyrtec')} for mild hives only. "
        f"Auto-injector {_lot(r)} {_exp(r)}. Poison Help {_L('1-800-222-1222')}.",
        f"~Nutrition: avoidance diet reviewed, including precautionary labelling and cross-contact; {nutr}. "
        f"Growth {growth}.",
        f"~{oit}. Label-reading sheet from {_c(r, ('www.foodsafety.gov', 'medlineplus.gov'))}. "
        f"Travel to {_c(r, _STATES)} planned; carry chef card.",
        "Seen with: ___ (parent/guardian).  -- ___, RDN / ___, MD",
    ]


def _b_bedside_swallow(r: random.Random) -> list[str]:
    diet = _pick(r, "IDDSI 5 minced & moist", "IDDSI 4 pureed", "IDDSI 6 soft & bite-sized")
    liq = _pick(r, "IDDSI 1 slightly thick", "IDDSI 2 mildly thick", "thin")
    return [
        _ds_header(r, "SPEECH-LANGUAGE PATHOLOGY: CLINICAL SWALLOW EVALUATION"),
        f"~Reason for referral: failed nursing {_c(r, _SWALLOW_SCALES[9:11])} after {r.choice(_STROKES)}. "
        f"Pt alert, oriented x{r.randint(1, 3)}, on {_pick(r, 'RA', '2L NC', '4L NC')}.",
        f"Oral mechanism exam:\n  Labial: {_pick(r, 'WFL', 'reduced seal R', 'reduced seal L')}\n"
        f"  Lingual: {_pick(r, 'WFL', 'reduced ROM', 'deviates R on protrusion', 'deviates L on protrusion')}\n"
        f"  Velar: {_pick(r, 'symmetric', 'reduced elevation')}\n"
        f"  Dentition: {_pick(r, 'edentulous', 'full dentures', 'own, fair repair')}\n"
        f"  Voice: {_pick(r, 'clear', 'wet', 'breathy', 'hoarse')}; volitional cough {_pick(r, 'strong', 'weak')}",
        f"PO trials:\n  Ice chips x3: WFL\n"
        f"  Thin (tsp/cup/straw): {_pick(r, 'immediate cough', 'delayed throat clear', 'no overt s/s')}\n"
        f"  Mildly thick ({_c(r, _THICK)}): {_pick(r, 'no overt s/s', 'throat clear x1')}\n"
        f"  Puree: {_pick(r, 'WFL', 'mild oral residue')}\n"
        f"  Solid (cracker): {_pick(r, 'prolonged mastication', 'WFL', 'deferred')}",
        f"~Impression: {_pick(r, 'mild', 'moderate', 'moderate-severe')} oropharyngeal dysphagia; "
        f"{_c(r, _SWALLOW_SCALES[7:9])} {r.randint(3, 20)}. Silent aspiration cannot be ruled out at bedside.",
        f"Recommendations:\n 1. Diet: {diet}, {liq} liquids\n 2. Strategies: {_c(r, _MANEUVERS)}, small sips, "
        f"upright 90 deg\n 3. Meds crushed in puree\n 4. Instrumental exam (MBS) {_pick(r, 'ordered', 'if no change')}"
        f"\n 5. {_L('Frazier Free Water Protocol')} per unit policy",
        f"~Pt is {_age_lt(r)}; goals discussed. SLP will follow {r.randint(3, 5)}x/week. -- ___, MS, CCC-SLP",
    ]


def _b_fees(r: random.Random) -> list[str]:
    cons = ("Thin", "Mildly thick", "Puree", "Cracker", "Pill in puree")
    lines = "\n".join(
        f"  {c:<14} PAS {r.choice((1, 1, 2, 3, 5, 7, 8))}   residue {_pick(r, 'none', 'trace', 'mild', 'moderate')}"
        for c in cons)
    ind = _pick(r, "suspected silent aspiration", "post-extubation dysphagia", "pt unable to travel to fluoroscopy",
                "secretion management")
    anat = _pick(r, "edematous arytenoids", "normal laryngeal anatomy", "R vocal fold immobility",
                 "pooled secretions in pyriform sinuses")
    asp = _pick(r, "silent aspiration of thin", "penetration with ejection", "no aspiration")
    plan = _pick(r, "NPO with alternate nutrition", "IDDSI 4 pureed / IDDSI 2 liquids",
                 "regular / thin with precautions")
    return [
        _ds_header(r, "FIBEROPTIC ENDOSCOPIC EVALUATION OF SWALLOWING (FEES)"),
        f"~Indication: {ind}. Consent from pt/HCP. Topical anesthetic "
        f"{_pick(r, 'not used', 'lidocaine 2% to R naris')}.",
        f"Equipment: {_c(r, _SCOPES[:2])} via {_pick(r, 'R', 'L')} naris, recorded on {_c(r, _SCOPES[2:3])} "
        f"(software {_ver(r)}).",
        f"~Anatomy/physiology: {anat}; {_L(_SWALLOW_SCALES[1])}: vallecula {_pick(r, 'trace', 'mild', 'moderate')}, "
        f"pyriforms {_pick(r, 'trace', 'mild', 'severe')}. Murray secretion scale {r.randint(0, 3)}.",
        f"Boluses ({_L(_SWALLOW_SCALES[0])}):\n{lines}",
        f"~Impression: {_pick(r, 'mild', 'moderate', 'severe')} pharyngeal dysphagia; {asp}. {_c(r, _MANEUVERS)} "
        f"{_pick(r, 'effective', 'partially effective', 'not effective')}.",
        f"Plan: {plan}; {_c(r, _VOICE_TOOLS[3:5])} considered. Scope reprocessed per protocol.",
        "-- ___, CCC-SLP (performed and interpreted)",
    ]


def _b_cog(r: random.Random) -> list[str]:
    why = _pick(r, "confusion after TBI", "word-finding difficulty", "safety/discharge planning",
                "post-CABG cognitive change")
    job = _pick(r, "retired teacher", "bus driver", "accountant", "homemaker", "nurse")
    return [
        _ds_header(r, "SLP COGNITIVE-COMMUNICATION EVALUATION"),
        f"~Referred for {why}. Pt {_age_lt(r)}, {job}; {_pick(r, 'right', 'left')}-handed; hearing aids "
        f"{_pick(r, 'in place', 'not available')}.",
        f"Standardized testing:\n  {_L('MoCA')}  {r.randint(12, 27)}/30\n"
        f"  {_L(_COG_TESTS[1])}  {r.randint(10, 26)}/30\n  {_L('Boston Naming Test')}  {r.randint(20, 58)}/60\n"
        f"  {_L('RIPA-3')} immediate memory subtest: {_pick(r, 'mild', 'moderate', 'severe')} impairment",
        f"~Observations: {_pick(r, 'perseverative', 'tangential', 'impulsive', 'slowed processing')}; "
        f"{_L('Rancho Los Amigos')} level {_pick(r, 'V', 'VI', 'VII')}. Aphasia screen "
        f"({_L('Western Aphasia Battery')} bedside) {_pick(r, 'negative', 'anomic pattern', 'mild fluent aphasia')}.",
        f"Functional: medication management {_pick(r, 'requires supervision', 'independent', 'dependent')}; "
        f"money management {_pick(r, 'impaired', 'intact')}; recall of swallow precautions "
        f"{r.randint(1, 4)}/4 after delay.",
        f"~Goals: pt will use memory book to recall daily schedule with {r.randint(70, 90)}% accuracy. "
        f"Recommend 24 h supervision at discharge; outpatient SLP. Underlying "
        f"{_c(r, ('Parkinson disease', 'Huntington disease', 'Wernicke encephalopathy'))} considered. "
        f"Screen with {_c(r, ('Cognistat', 'Mini-Cog'))} at follow-up.",
        "-- ___, M.S., CCC-SLP",
    ]


def _b_voice(r: random.Random) -> list[str]:
    strobe = _pick(r, "bilateral mid-membranous nodules", "L vocal fold polyp", "muscle tension pattern, no lesion",
                   "R vocal fold paresis with glottic gap")
    return [
        _ds_header(r, "VOICE EVALUATION"),
        f"~Pt reports hoarseness x {r.randint(2, 24)} months, vocal fatigue, worse after "
        f"{_pick(r, 'teaching', 'singing in choir', 'phone calls at work', 'coaching')}. Reflux symptoms; "
        f"{_L('Reflux Symptom Index')} {r.randint(8, 30)}. Non-smoker.",
        f"Perceptual:\n  {_L('CAPE-V')} overall severity {r.randint(10, 75)}/100\n"
        f"  {_L('GRBAS')} G{r.randint(0, 3)} R{r.randint(0, 3)} B{r.randint(0, 3)} A{r.randint(0, 2)} "
        f"S{r.randint(0, 3)}\n  {_c(r, ('VHI-10', 'Voice Handicap Index'))} = {r.randint(8, 36)}/40",
        f"Acoustic ({_c(r, _VOICE_TOOLS[:2])} {_ver(r)}): F0 {r.randint(95, 230)} Hz, "
        f"jitter {round(r.uniform(0.4, 3.2), 2)}%, shimmer {round(r.uniform(2, 9), 2)}%, "
        f"CPP {round(r.uniform(4, 12), 1)} dB, MPT {r.randint(6, 22)} s, s/z ratio {round(r.uniform(0.8, 1.8), 2)}",
        f"~Laryngovideostroboscopy (ENT): {strobe}; mucosal wave {_pick(r, 'reduced', 'WFL', 'absent focally')}.",
        f"Plan: voice therapy {r.randint(1, 2)}x/week x {r.randint(6, 12)} wk ({_L('LSVT LOUD')}-based / resonant "
        f"voice); vocal hygiene; hydration. Pt sings in church in {_c(r, _STATES)} on weekends. "
        f"Respiratory training with {_L('EMST150')} considered.",
        "-- ___, MS, CCC-SLP   cc: ENT ___",
    ]


def _b_trach(r: random.Random) -> list[str]:
    why = _pick(r, "prolonged respiratory failure", "GBS", "high cervical SCI", "head and neck free flap")
    phon = _pick(r, "functional at phrase level", "breathy, 3-4 word phrases", "aphonic")
    wear = _pick(r, "with SLP/RT only", "during all waking hours with supervision", "2 h BID")
    return [
        _ds_header(r, "TRACHEOSTOMY / SPEAKING VALVE ASSESSMENT (SLP + RT)"),
        f"~Trach day {r.randint(5, 40)} s/p {why}; {_L('Guillain-Barre syndrome')} "
        f"{_pick(r, 'ruled out', 'confirmed', 'not applicable')}. Current tube {_c(r, _TRACH)}; on "
        f"{_pick(r, '28% trach collar', '35% TC', 'CPAP/PS at night')}.",
        f"Cuff deflation trial:\n  Baseline SpO2 {r.randint(92, 99)}%  HR {r.randint(70, 110)}  "
        f"RR {r.randint(14, 26)}\n"
        f"  Cuff down (RT): tolerated {r.randint(5, 60)} min\n"
        f"  Secretions: {_pick(r, 'thin, moderate', 'thick, copious', 'scant')}\n"
        f"  Upper-airway patency: {_pick(r, 'audible airflow', 'phonation with finger occlusion', 'weak')}",
        f"Valve placement: {_c(r, _VALVES)}, {_L('Passy-Muir Inc.')} REF {_ref(r)} Lot {_lot(r)}; tolerated "
        f"{r.randint(5, 45)} min with SpO2 {r.randint(90, 99)}%, no back-pressure on removal.",
        f"~Communication: phonation {phon}; intelligibility {r.randint(40, 100)}% in known context. "
        f"Swallow: {_L('Yale Swallow Protocol')} deferred.",
        f"Plan: valve wear {wear}; NEVER with cuff inflated (sign posted). Downsize to {_c(r, _TRACH)} when "
        f"tolerated. Product support {_tf(r)} (manufacturer line).",
        "-- ___, CCC-SLP / ___, RRT",
    ]


# ---- radiology ----


def _rr_head(r: random.Random, exam: str) -> str:
    return r.choice((f"EXAMINATION:  {exam}", f"EXAMINATION:  {exam}\n\nPROCEDURE DATE: {_sd(r)}",
                     f"{exam}\n\nDATE: {_sd(r)}", f"FINAL REPORT\n{exam}"))


def _rr_sign(r: random.Random) -> str:
    return r.choice(("~I have personally reviewed the images and agree with the report.",
                     "~The study and the report were reviewed by the staff radiologist.",
                     f"RADIOLOGISTS: ___ / ___   Workstation {_c(r, _FLUORO)}"))


def _b_mbs(r: random.Random) -> list[str]:
    boluses = (_L(_BARIUM[0]), _L(_BARIUM[1]), _L(_BARIUM[2]), _L(_BARIUM[3]), "cookie w/ barium paste")
    tbl = "\n".join(
        f"  {c} -- {_pick(r, 'oral', 'pharyngeal', 'oral/pharyngeal')} PAS {r.choice((1, 2, 3, 5, 6, 8))}"
        for c in boluses)
    oral = _pick(r, "reduced bolus control with premature spillage", "WFL", "piecemeal deglutition")
    phar = _pick(r, "delayed swallow initiation to the pyriform sinuses", "reduced base of tongue retraction",
                 "reduced laryngeal elevation")
    cerv = _pick(r, "unremarkable", "prominent cricopharyngeal bar", "small " + _L("Zenker diverticulum"))
    imp = _pick(r, "Silent aspiration with thin liquids", "Laryngeal penetration without aspiration",
                "Aspiration with cough response", "No aspiration")
    return [
        _rr_head(r, _pick(r, "VIDEO OROPHARYNGEAL SWALLOW", "MODIFIED BARIUM SWALLOW STUDY",
                          "VIDEOFLUOROSCOPIC SWALLOW STUDY (VFSS)")),
        f"~INDICATION:  ___ year old {_pick(r, 'woman', 'man')} with "
        f"{_pick(r, 'stroke', 'COPD', 'dementia', 'ALS', 'HNC s/p radiation')} and coughing with meals; evaluate for "
        f"aspiration.",
        f"~TECHNIQUE:  Performed jointly with {_L('Speech-Language Pathology')}. Lateral and AP fluoroscopic views on "
        f"{_c(r, _FLUORO)}. Fluoroscopy time {round(r.uniform(1.2, 5.5), 1)} min; DAP {r.randint(80, 900)} uGy*m2.",
        f"FINDINGS:\n{tbl}",
        f"~Oral phase: {oral}. Pharyngeal phase: {phar}; {_L('MBSImP')} component scores recorded. "
        f"{_c(r, _MANEUVERS)} {_pick(r, 'eliminated', 'reduced', 'did not alter')} penetration. "
        f"Cervical esophagus: {cerv}.",
        f"~IMPRESSION:  {imp} ({_L(_SWALLOW_SCALES[0])} max {r.randint(2, 8)}). See SLP note for diet "
        f"recommendations.",
        _rr_sign(r),
    ]


def _b_esophagram(r: random.Random) -> list[str]:
    second = _pick(r, "Presbyesophagus.", "No stricture or mass.",
                   "Mucosal irregularity; correlate for " + _L("Barrett esophagus") + ".")
    return [
        _rr_head(r, _pick(r, "BARIUM ESOPHAGRAM", "ESOPHAGUS (BARIUM SWALLOW), DOUBLE CONTRAST", "ESOPHAGRAM")),
        f"~INDICATION:  ___ year old with solid-food dysphagia{_pick(r, '', ' and regurgitation', ', weight loss')}.",
        f"~TECHNIQUE:  Double- and single-contrast esophagram with {_L('E-Z-HD')} and effervescent granules; "
        f"13 mm barium tablet ({_L('E-Z-Disk')}). {_c(r, _FLUORO)}. Fluoro {round(r.uniform(1, 4), 1)} min.",
        f"~COMPARISON:  {_pick(r, 'None.', 'CT chest ___.', 'Outside swallow study ___.')}",
        f"~FINDINGS:  {_pick(r, 'A thin symmetric ', 'A ')}{_L('Schatzki ring')} is present at the GE junction "
        f"({r.randint(10, 20)} mm luminal diameter) where the tablet "
        f"{_pick(r, 'transiently lodged', 'passed without delay')}. {_pick(r, 'A ', 'No ')}"
        f"{_c(r, ('Zenker diverticulum', 'Killian-Jamieson diverticulum'))} is seen. Primary peristalsis "
        f"{_pick(r, 'intact', 'intermittently disrupted', 'with tertiary contractions')}. "
        f"{_pick(r, 'Small sliding hiatal hernia.', 'No hiatal hernia.')} Gastroesophageal reflux "
        f"{_pick(r, 'to the thoracic inlet', 'was not elicited')} with water siphon test. Web "
        f"({_L('Plummer-Vinson')}) {_pick(r, 'not seen', 'questioned at C6')}.",
        f"~IMPRESSION:\n1. {_L('Schatzki ring')}, consider dilation.\n2. {second}",
        _rr_sign(r),
    ]


def _b_peg(r: random.Random) -> list[str]:
    fr = r.choice((14, 16, 18, 20))
    return [
        _rr_head(r, _pick(r, "PERCUTANEOUS GASTROSTOMY TUBE PLACEMENT", "IR GASTROSTOMY", "PERC G-TUBE (IR)")),
        f"~INDICATION:  ___ year old with "
        f"{_pick(r, 'dysphagia after stroke', 'head and neck cancer', 'ALS', 'anoxic brain injury')}, needs "
        f"long-term enteral access.",
        f"~PROCEDURE:  Informed consent obtained from HCP. Time-out performed. Stomach insufflated via NG tube. "
        f"Under fluoroscopic guidance, {r.choice((2, 3, 4))} {_L('Saf-T-Pexy')} T-fasteners deployed; tract dilated; "
        f"{fr} Fr {_c(r, _TUBES[:2])} balloon gastrostomy placed ({_c(r, _GT_DEVICES[1:4])}). Balloon filled with "
        f"{r.randint(5, 10)} mL sterile water.",
        f"~Contrast ({_c(r, _CONTRAST)}, {r.randint(10, 30)} mL) injected: opacifies gastric rugae, "
        f"no extravasation. Tube REF {_ref(r)} Lot {_lot(r)} {_exp(r)}.",
        f"Sedation: moderate ({_pick(r, 'midazolam/fentanyl', 'midazolam only')}), {r.randint(15, 45)} min; "
        f"Fluoro {round(r.uniform(2, 9), 1)} min.  EBL minimal.  Complications: none.",
        f"~IMPRESSION:  Successful placement of a {fr} Fr gastrostomy. May use for medications in "
        f"{r.choice((4, 6, 12))} h and feeds in {r.choice((12, 24))} h. T-fasteners cut at 2 weeks. "
        f"{_L('Nutrition Support Service')} aware.",
        _rr_sign(r),
    ]


def _b_tube_film(r: random.Random) -> list[str]:
    tip = _pick(r, "gastric body", "gastric antrum", "post-pyloric duodenum (D2)", "distal esophagus",
                "right lower lobe bronchus")
    imp = _pick(r, "in the stomach", "in the duodenum", "in the distal esophagus; advance ~10 cm",
                "in the right bronchial tree; REMOVE")
    return [
        _rr_head(r, _pick(r, "ABDOMEN (SUPINE ONLY)", "CHEST (PORTABLE AP)", "KUB FOR FEEDING TUBE PLACEMENT")),
        f"~INDICATION:  ___ year old with new {_c(r, ('Dobhoff', 'Cortrak 2'))} feeding tube; confirm position.",
        f"~COMPARISON:  Radiograph from ___ ({_sd(r)}).",
        f"~FINDINGS:  Weighted-tip feeding tube courses below the diaphragm with tip projecting over the {tip}. "
        f"{_pick(r, 'Stylet has been removed.', 'Stylet remains in place.')} Endotracheal tube "
        f"{_pick(r, 'terminates 4 cm above the carina', 'has been removed')}. Bowel gas pattern nonobstructive. "
        f"{_pick(r, 'Bibasilar atelectasis.', 'Small left effusion.', 'Lungs clear.')}",
        f"~IMPRESSION:  Feeding tube tip {imp}. Electromagnetic tracing ({_L('Cortrak 2')}) "
        f"{_pick(r, 'concordant', 'not available')}.",
        f"Technologist: {_pick(r, 'portable', 'single AP')} view, kVp {r.randint(70, 90)}, mAs {r.randint(2, 8)}.",
        _rr_sign(r),
    ]


def _b_gtube_check(r: random.Random) -> list[str]:
    find = _pick(r, "opacifies the gastric lumen with prompt antegrade flow into the duodenum",
                 "pools in the subcutaneous tract", "opacifies the jejunum via the J-limb")
    imp = _pick(r, "Appropriately positioned gastrostomy, OK to use.",
                "Malpositioned balloon; tube repositioned and rechecked.", "Tract leak; IR consult.")
    return [
        _rr_head(r, _pick(r, "G-TUBE CHECK (TUBE INJECTION)", "GASTROSTOMY TUBE STUDY", "FLUORO GJ TUBE CHECK")),
        f"~INDICATION:  ___ year old with {_pick(r, 'leakage around', 'pain at', 'dislodged', 'clogged')} "
        f"gastrostomy; feeds ({_c(r, _FORMULAS)}) on hold.",
        f"~TECHNIQUE:  {r.randint(10, 40)} mL {_c(r, _CONTRAST)} hand-injected via the existing {_c(r, _TUBES[:3])} "
        f"tube under fluoroscopy ({_c(r, _FLUORO)}).",
        f"~FINDINGS:  Contrast {find}. Balloon {_pick(r, 'within the stomach', 'within the tract', 'in the bulb')}. "
        f"{_pick(r, 'No intraperitoneal leak.', 'Small amount of extraluminal contrast.', 'No extravasation.')}",
        f"~IMPRESSION:  {imp}",
        f"Dose: fluoro {round(r.uniform(0.3, 3), 1)} min. Replacement tube REF {_ref(r)}, lot {_lot(r)}.",
        _rr_sign(r),
    ]


def _b_picc(r: random.Random) -> list[str]:
    return [
        _rr_head(r, _pick(r, "PICC LINE PLACEMENT", "US AND FLUORO GUIDED PICC", "PICC PLACEMENT FOR TPN")),
        f"~INDICATION:  ___ year old requiring parenteral nutrition ({_c(r, _PREMIX)} planned); "
        f"{_L('Nutrition Support Service')} request.",
        f"~PROCEDURE:  {_pick(r, 'Right', 'Left')} {_pick(r, 'basilic', 'brachial')} vein accessed under ultrasound "
        f"with {_L('Seldinger technique')}; {_pick(r, 'single', 'double')}-lumen {r.choice((4, 5))} Fr "
        f"{_L('Bard PowerPICC')} trimmed to {r.randint(36, 52)} cm. Tip confirmation with {_L('Sherlock 3CG')}. "
        f"Dressing {_c(r, ('BioPatch', 'Tegaderm CHG'))}.",
        f"Catheter REF {_ref(r)}  Lot {_lot(r)}  {_exp(r)}",
        f"~FINDINGS:  Final spot image shows the tip at the {_pick(r, 'cavoatrial junction', 'low SVC', 'mid SVC')}. "
        f"No pneumothorax.",
        f"~IMPRESSION:  Successful placement; line ready to use for PN. Flush per protocol; "
        f"{_pick(r, 'dedicated lumen for PN', 'single lumen, PN only')}.",
        _rr_sign(r),
    ]


def _b_ugi(r: random.Random) -> list[str]:
    sb = _pick(r, "No stricture or fistula.", "Segment of distal ileal narrowing ~8 cm.",
               "Dilated proximal loops to 3.4 cm.")
    imp = _pick(r, "Normal small bowel transit.", "Delayed gastric emptying.", "Terminal ileal stricture.",
                "Partial SBO pattern.")
    return [
        _rr_head(r, _pick(r, "UPPER GI SERIES WITH SMALL BOWEL FOLLOW THROUGH", "UGI/SBFT",
                          "SMALL BOWEL FOLLOW-THROUGH")),
        f"~INDICATION:  ___ year old with feeding intolerance on {_c(r, _FORMULAS)}, "
        f"{_pick(r, 'bloating', 'high residuals', 'vomiting')}; r/o obstruction or {_L('Crohn disease')}.",
        f"~TECHNIQUE:  {_pick(r, 'Thin barium', _L('Gastrografin') + ' then thin barium')} orally; overhead images "
        f"at 15, 30, 60 and {r.choice((90, 120, 180))} min. {_c(r, _FLUORO)}.",
        f"~FINDINGS:  Esophagus {_pick(r, 'normal', 'mildly dilated')}. Stomach "
        f"{_pick(r, 'empties promptly', 'shows delayed emptying with retained food')}. Duodenal sweep normal. "
        f"Contrast reaches the cecum at {r.choice((60, 90, 120, 180, 240))} min. {sb}",
        f"~IMPRESSION:  {imp}",
        _rr_sign(r),
    ]


# --------------------------------------------------------------------------------------------------
# Fillers, masking blocks
# --------------------------------------------------------------------------------------------------


def _fillers_ds(r: random.Random) -> list[str]:
    out = [
        f"~Monitoring/evaluation: weekly weights, daily I/O, BMP/Mg/Phos daily x 3 days then twice weekly. Will "
        f"follow {r.randint(2, 3)}x/week and PRN. {_c(r, _NUTR_SCALES)} rescreen in 7 days.",
        f"~Patient/family education provided with teach-back; written materials given. Barriers: "
        f"{_pick(r, 'fatigue', 'hearing loss', 'low health literacy', 'language')}.",
        "Aspiration precautions:\n - HOB > 30 degrees\n - Oral care BID\n - Upright 30 min after meals\n"
        " - Supervision for all PO",
        f"~Interdisciplinary rounds: case discussed with RN, PT/OT and {_c(r, _DEPTS)}; dispo planning ongoing.",
        f"Time spent: {r.choice((30, 45, 60))} minutes, > 50% counseling/coordination.",
        f"Vitals: T {round(r.uniform(36.2, 38.4), 1)}  HR {r.randint(60, 118)}  "
        f"BP {r.randint(95, 165)}/{r.randint(50, 95)}  RR {r.randint(12, 26)}  SpO2 {r.randint(90, 100)}%",
        f"~Medication review: {_c(r, _ENZYMES)} with feeds; {_c(r, _DM_RENAL)}; PPI; bowel regimen. Drug-nutrient "
        f"interactions (phenytoin, levothyroxine) reviewed; hold feeds 1 h around doses as applicable.",
        f"~Pt originally from {_c(r, _COUNTRIES)}; food preferences honored where possible. Family lives in "
        f"{_c(r, _STATES)}.",
        f"Intake/Output (24 h): PO {r.randint(100, 900)} mL, TF {r.randint(0, 1500)} mL, IV {r.randint(200, 2000)} mL;"
        f" UOP {r.randint(400, 2500)} mL; stool x{r.randint(0, 4)}.",
        f"Weight trend:\n  {_sd(r)}  {round(r.uniform(45, 95), 1)} kg\n  {_sd(r)}  {round(r.uniform(45, 95), 1)} kg\n"
        f"  {_sd(r)}  {round(r.uniform(45, 95), 1)} kg (bed scale)",
        f"~Social: lives with {_pick(r, 'spouse', 'daughter', 'roommate', 'no one')}; {_pick(r, 'former', 'never')} "
        f"smoker; EtOH {_pick(r, 'none', 'social', '2-3 drinks/day')}. Pt is {_age_lt(r)}.",
        f"Past medical history:\n 1. {_c(r, _DISEASE_EPONYMS[5:])}\n 2. HTN\n 3. "
        f"{_pick(r, 'T2DM', 'CKD stage 3b', 'GERD', 'OSA on CPAP')}\n 4. {_pick(r, 'depression', 'HLD', 'afib')}",
        f"Oral care: {_pick(r, 'chlorhexidine', 'toothette', 'suction toothbrush')} q{r.choice((4, 6, 12))}h; "
        f"dentures {_pick(r, 'at bedside', 'at home', 'n/a')}.",
        f"~Goals of care reviewed with primary team; pt/family {_pick(r, 'want', 'decline')} long-term artificial "
        f"nutrition if swallow does not recover. Palliative care {_pick(r, 'following', 'not involved')}.",
    ]
    r.shuffle(out)
    return out


def _fillers_rr(r: random.Random) -> list[str]:
    out = [
        f"RADIATION DOSE: fluoro time {round(r.uniform(0.5, 6), 1)} min; cumulative air kerma {r.randint(5, 120)} mGy.",
        "~The risks, benefits and alternatives were discussed; verbal consent obtained. A time-out was performed.",
        "~Images were reviewed at the workstation; representative images stored in PACS.",
        f"~Findings were discussed with the referring team at the conclusion of the study by "
        f"{_L('Department of Radiology')} staff.",
        f"Contrast: {_c(r, _CONTRAST + _BARIUM)} {r.randint(20, 150)} mL; no adverse reaction.",
        f"~Note: pt is {_age_lt(r)} per requisition; transported from the floor by stretcher with RN.",
        f"Protocol {_c(r, _FLUORO)} {_ver(r)}; pulsed fluoroscopy {r.choice((3, 7.5, 15))} p/s.",
        f"~CLINICAL HISTORY:  Pt on {_c(r, _FORMULAS)} via tube; {_pick(r, 'aspiration', 'abdominal pain', 'fever')} "
        f"overnight.",
        f"~Allergies: {_pick(r, 'iodinated contrast (hives) - premedicated', 'NKDA', 'latex')}. Creatinine "
        f"{round(r.uniform(0.5, 2.4), 1)}.",
        "~Limitations: patient positioning limited by contractures and kyphosis.",
        f"~ADDENDUM:  Report read back to the ordering service on {_sd(r)}.",
    ]
    r.shuffle(out)
    return out


def _mask_blocks(ntype: str) -> tuple[str, ...]:
    if ntype == "radiology":
        return (
            "~NOTIFICATION:  The findings were discussed with ___, SLP, by ___, M.D. on the telephone on ___ at ___, "
            "___ minutes after discovery.",
            "Accession: ___   MRN: ___   Ordering: ___   Location: ___",
            "~INDICATION (addendum):  ___ year old ___ with ___ and ___, referred by ___ (___).",
            "Performed by ___ / ___; supervised by Dr. ___. Technologist ___.",
            "~Outside images from ___ (___) were uploaded on ___ at the request of ___.",
        )
    return (
        "Care team:\n  RD: ___ (pager ___)\n  SLP: ___ (pager ___)\n  PharmD: ___ (___)\n  Attending: ___",
        "Contacts: HCP ___ (___) ___; alt ___ ___.",
        "~Discussed with Dr. ___ and ___ (daughter) on ___; home vendor (___) notified at ___ via fax ___.",
        "Insurance: ___  Member ID: ___  Group: ___\nAddress: ___, ___, ___ ___",
        "Followup Instructions:\n___ ___ with ___ on ___ at ___ (___)",
    )



# --------------------------------------------------------------------------------------------------
# Kinds and assembly
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[random.Random], list[str]]]] = {
    "nutrition_consult": ("discharge", _b_nutrition_consult),
    "pn_pharmacy": ("discharge", _b_pn_pharmacy),
    "enteral_home_referral": ("discharge", _b_enteral_home),
    "malnutrition_glim": ("discharge", _b_glim),
    "calorie_count": ("discharge", _b_calorie_count),
    "diet_education": ("discharge", _b_diet_education),
    "food_allergy": ("discharge", _b_food_allergy),
    "bedside_swallow": ("discharge", _b_bedside_swallow),
    "fees_report": ("discharge", _b_fees),
    "cognitive_communication": ("discharge", _b_cog),
    "voice_eval": ("discharge", _b_voice),
    "trach_speaking_valve": ("discharge", _b_trach),
    "mbs_vfss": ("radiology", _b_mbs),
    "esophagram": ("radiology", _b_esophagram),
    "peg_placement": ("radiology", _b_peg),
    "feeding_tube_film": ("radiology", _b_tube_film),
    "gtube_check": ("radiology", _b_gtube_check),
    "picc_for_pn": ("radiology", _b_picc),
    "ugi_sbft": ("radiology", _b_ugi),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DIS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_CATS = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "ZIP", "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
    "PERSON", "LOCATION", "ORGANIZATION",
)


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (radiology for ~45% of notes)."""
    pool = _RAD if _frac(i * _PHI + seed * 0.2857) < 0.45 else _DIS
    return pool[int(_frac(i * _PLASTIC + seed * 0.1313) * len(pool))]


def _category(seed: int, i: int, j: int) -> str:
    return _CATS[int(_frac((4 * i + j) * _SQ3 + seed * 0.5190) * len(_CATS))]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    ntype, builder = _KINDS[kind]
    r = random.Random(f"holdout57:{seed}:{i}")
    heavy = _is_heavy(seed, i)
    raw = builder(r)
    target = r.randint(1150, 2300)
    fillers = _fillers_rr(r) if ntype == "radiology" else _fillers_ds(r)
    while fillers and sum(_plain_len(s) + 2 for s in raw) < target:
        raw.insert(r.randint(2, len(raw) - 1), fillers.pop())
    secs: list[tuple[list[Piece], bool]] = []
    for s in raw:
        prose = s.startswith("~")
        secs.append((_parse(s[1:] if prose else s), prose))
    if heavy:
        blocks = list(_mask_blocks(ntype))
        r.shuffle(blocks)
        k = 0
        while sum(t.count("___") for sec, _ in secs for t, _tag in sec) < 25 + r.randint(0, 6):
            b = blocks[k % len(blocks)]
            k += 1
            prose = b.startswith("~")
            secs.insert(r.randint(1, len(secs) - 1), (_parse(b[1:] if prose else b), prose))
    elif _is_planted(seed, i):
        n = r.choices((1, 2, 3, 4), weights=(34, 31, 20, 15))[0]
        tag = "R" if ntype == "radiology" else "D"
        for j in range(n):
            cat = _category(seed, i, j)
            options = [t for t in _TPL[cat] if len(t[0]) == 1 or t[0][1] == tag]
            where, tpl = r.choice(options)
            pieces = _render(r, tpl, cat)
            w = where[0]
            if w == "i":
                prose_idx = [k for k, (_, p) in enumerate(secs) if p]
                if prose_idx:
                    k = r.choice(prose_idx)
                    secs[k][0].extend([(" ", None)] + pieces)
                    continue
                w = "b"
            if w == "h":
                secs[0][0].extend([("\n", None)] + pieces)
            elif w == "f":
                secs.append((pieces, False))
            else:
                secs.insert(r.randint(1, len(secs) - 1), (pieces, False))
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = 0
    for k, (sec, _) in enumerate(secs):
        if k:
            sep = "\n\n"
            text_parts.append(sep)
            pos += len(sep)
        for t, tag in sec:
            if tag == "LA":
                looks.append(t)
            elif tag is not None:
                spans.append((pos, pos + len(t), tag))
            text_parts.append(t)
            pos += len(t)
    text = "".join(text_parts) + "\n"
    return LabelledNote(ntype, text, spans), list(dict.fromkeys(looks)), ("heavy" if heavy else "normal")


def holdout57_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout57_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout57_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout57_corpus, argv, "Held-out corpus 57 (clinical nutrition, dietetics, speech-language pathology)")
    holdout_measure.report("holdout57", args, notes, hits, res)


if __name__ == "__main__":
    main()
