"""Held-out corpus 11: MIMIC-IV-Note-shaped notes with other hospitals' EHR templates pasted in.

Written blind: the author saw only the measuring harness (``holdout_measure.py``), the
``LabelledNote`` dataclass and ``CATEGORIES``, the MIMIC-IV schema reference and fully masked
sample notes -- never the detector, its rules or any earlier corpus.

Discharge summaries (about 55%) and radiology reports (about 45%) in which identifiers are
normally ``___`` and dates are shifted into 2100-2200.  Pasted material imitates Epic SmartText
(``***`` and bracketed fields), Cerner "Signed By:" blocks, VA CPRS notes, nursing flowsheet
excerpts, outside transfer packets, telephone encounters, patient-portal secure messages,
pharmacy intervention notes and a rehab facility's admission face sheet.  In about 57% of
notes one to four identifiers were left unmasked; each is labelled with the exact span of the
identifying value (cue words and titles outside).  About 5% of notes are heavily masked and carry
no plants.  Non-PHI look-alikes (device models, firmware versions, codes, lot numbers, hotlines,
eponyms, score names, shifted dates, ages under 90, room numbers, vitals, labs) are never labelled.

Measure with::

    python -m lqs_clinical.synth.notes_holdout11 --seed 1 --n 600 --ner
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import re

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

R = random.Random
_SLOT = re.compile(r"\x01([A-Z_0-9]+)\x02(.*?)\x03", re.S)


def P(cat: str, value: str) -> str:
    """A slot: rendered as ``___`` unless chosen to be left unmasked (then labelled)."""
    assert cat in CATEGORIES, cat
    return f"\x01{cat}\x02{value}\x03"


# ------------------------------------------------------------------------------------------------
# surrogate value pools (all invented)
FIRST = (
    "Oluwaseun", "Thanh", "Mariam", "Dmitri", "Esperanza", "Kwabena", "Ingrid", "Rajesh", "Siobhan",
    "Tomasz", "Haruki", "Yesenia", "Abdirahman", "Leilani", "Giovanni", "Precious", "Bartholomew",
    "Nkechi", "Xiomara", "Farhan", "Annelise", "Teodoro", "Wanjiru", "Cormac", "Mei-Ling", "Jaroslav",
    "Dolores", "Tariq", "Keahi", "Svetlana", "Demetrius", "Ifeoma", "Lucinda", "Vikram", "Rosalind",
    "Eun-ji", "Amadou", "Marisol", "Hyun-woo", "Gwendolyn", "Bogdan", "Yitzchak", "Shanice", "José",
    "Zoë", "Fenella", "Kirra", "Osvaldo", "Thuy", "Bridget", "Emeka", "Paulette", "Anselm", "Noor",
    "Tadeusz", "Lorna", "Ximena", "Deshawn", "Aurelio", "Magdalena", "Sung-min", "Hollis", "Winona",
)
LAST = (
    "Adeyemi", "Nguyen-Tran", "Haddad", "Volkov", "Castellanos", "Mensah", "Lindqvist", "Subramanian",
    "O'Dwyer", "Wisniewski", "Takahashi", "Villanueva", "Warsame", "Kealoha", "Benedetti", "Okafor",
    "Figueroa", "Chowdhury", "Vandermeer", "Estrada", "Kamau", "MacGillivray", "Liang", "Dvorak",
    "Pruitt", "Al-Sayegh", "Kahale", "Petrova", "Thibodeaux", "Eze", "Whitcomb", "Raghunathan",
    "Fairweather", "Kowalczyk", "Bashir", "Delacroix", "Yazzie", "Begay", "Oyelaran", "Sandoval",
    "Abernathy", "Huang", "Rosenthal", "Yilmaz", "Quintanilla", "Szabo", "Mwangi", "Fitzhugh",
    "Baptiste", "Ferreira", "Lachapelle", "Nakamura", "Obi", "Stavros", "Trujillo", "Hennessey",
)
CITIES = (
    ("Chicopee", "MA"), ("Yakima", "WA"), ("Gallup", "NM"), ("Bozeman", "MT"), ("Tuscaloosa", "AL"),
    ("Muskegon", "MI"), ("Bakersfield", "CA"), ("Hattiesburg", "MS"), ("Pocatello", "ID"),
    ("Bangor", "ME"), ("Flagstaff", "AZ"), ("Lafayette", "LA"), ("Kalamazoo", "MI"), ("Duluth", "MN"),
    ("Paducah", "KY"), ("Joplin", "MO"), ("Brownsville", "TX"), ("Lubbock", "TX"), ("Eugene", "OR"),
    ("Hilo", "HI"), ("Rapid City", "SD"), ("Asheville", "NC"), ("Sarasota", "FL"), ("Macon", "GA"),
    ("Altoona", "PA"), ("Utica", "NY"), ("Fall River", "MA"), ("Brockton", "MA"), ("Lowell", "MA"),
    ("Pawtucket", "RI"), ("Nashua", "NH"), ("St. Cloud", "MN"), ("Dubuque", "IA"), ("Casper", "WY"),
    ("Grand Junction", "CO"), ("Bristol", "TN"), ("Florence", "SC"), ("Elko", "NV"), ("Fairbanks", "AK"),
)
NEIGHBOURHOODS = (
    "Mattapan", "Jamaica Plain", "Dorchester", "Hyde Park", "Ironbound", "Little Haiti",
    "Pilsen", "Fells Point", "Over-the-Rhine", "Five Points", "Flats", "Germantown",
)
COUNTIES = ("Hampden County", "Yavapai County", "Aroostook County", "Cochise County", "Chittenden County",
            "Bexar County", "Marquette County", "Cabarrus County")
LOCAL_PLACES = ("Quinsigamond Village", "Indian Orchard", "Lake Wissota", "Mill Creek Trailer Park",
                "Ridgecrest Apartments", "Oak Bluffs", "Turners Falls", "Cedar Hollow Estates")
STREETS = (
    "Oakhurst Ave", "Wadsworth St", "Quarry Rd", "Magnolia Blvd", "Tamarack Ln", "Kinnickinnic Ave",
    "Old Mill Pike", "Bellflower Ct", "W. Belmont Ave", "Chestnut Hill Terr", "Sycamore Dr",
    "Route 202", "Harbison Way", "Fenwick Circle", "Boylston Street", "Ridgeview Rd", "Canal St",
    "N. Pleasant St", "Lighthouse Lane", "Cottonwood Trail",
)
HOSPITALS = (
    "St. Brigid's Medical Center", "Mercy Hollow Regional Hospital", "Cascade Valley Hospital",
    "Good Samaritan of the Berkshires", "Tri-County Memorial Hospital", "Lakeshore General",
    "Sacred Heart Hospital of Pensacola Bay", "Pioneer Valley Medical Center", "Big Sky Regional Medical Center",
    "Northern Navajo Medical Center", "Holy Cross Hospital of Taos", "Upper Connecticut Valley Hospital",
    "Bayou Regional Medical Center", "Sutter Ridge Community Hospital",
)
CLINICS = (
    "Cascade Valley Clinic", "Harbor Family Health Center", "Riverbend Cardiology Associates",
    "Merrimack Valley Nephrology", "Greenfield Internal Medicine", "Southcoast Pulmonary Group",
    "Bayview Dialysis", "Pine Ridge Rehabilitation Center", "Sunrise Manor Skilled Nursing",
    "Hearthstone Assisted Living", "Maple Crest Nursing and Rehab", "North Shore Hand Surgery",
)
PHARMACIES = ("Kessler Family Pharmacy", "Main Street Apothecary", "Westgate Compounding Pharmacy",
              "Riverside Drug", "Lindell Pharmacy")
EMPLOYERS = ("Pioneer Valley Transit Authority", "Hollister Box & Crate", "Quabbin Regional School District",
             "Nor'easter Seafood Co.", "Great Plains Grain Cooperative", "Redwood Credit Union",
             "Blue Heron Landscaping", "Gateway Logistics")
CHURCHES_AGENCIES = ("St. Casimir Parish", "Grace Tabernacle Church", "Greater Lowell Elder Services",
                     "VNA of Cape Ann", "Beth Shalom Congregation", "Catholic Charities of Worcester",
                     "Visiting Angels of Lubbock", "Meals on Wheels of Yavapai")
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com")

EPONYMS = ("Murphy's sign", "Babinski sign", "Romberg", "Tinel's sign", "Phalen's test", "Chvostek sign",
           "Homans' sign", "McMurray test", "Lachman test", "Kernig sign", "Hoffmann sign", "Trendelenburg gait")
DRUGS = (
    ("Apixaban (Eliquis)", "5 mg PO BID"), ("Furosemide (Lasix)", "40 mg PO DAILY"),
    ("Metoprolol Succinate XL", "50 mg PO DAILY"), ("Atorvastatin", "80 mg PO QPM"),
    ("Levothyroxine Sodium", "88 mcg PO DAILY"), ("Insulin Glargine (Lantus)", "22 Units Bedtime"),
    ("Tamsulosin", "0.4 mg PO QHS"), ("Pantoprazole", "40 mg PO Q24H"), ("Senna", "8.6 mg PO BID:PRN"),
    ("Docusate Sodium", "100 mg PO BID"), ("Gabapentin", "300 mg PO TID"), ("Amlodipine", "10 mg PO DAILY"),
    ("Sacubitril-Valsartan (Entresto)", "24-26 mg PO BID"), ("Empagliflozin (Jardiance)", "10 mg PO DAILY"),
    ("Oxycodone (Immediate Release)", "5 mg PO Q4H:PRN"), ("Acetaminophen", "1000 mg PO Q8H"),
    ("Warfarin", "2.5 mg PO DAILY16"), ("Sertraline", "50 mg PO DAILY"), ("Albuterol Inhaler", "2 PUFF IH Q6H:PRN"),
)
DEVICE_MODELS = ("Medtronic Azure XT DR MRI SureScan W1DR01", "Boston Scientific Accolade MRI L331",
                 "Abbott Assurity MRI PM2272", "Tandem t:slim X2 (software v7.6)", "Dexcom G7 CGM",
                 "Omnipod 5 PDM firmware 3.2.8", "ResMed AirSense 11 AutoSet", "Philips DreamStation 2",
                 "LifeVest 4000 WCD", "HeartMate 3 LVAD (controller software 2.4.1.17)")
SCORES = ("CHA2DS2-VASc 4", "HAS-BLED 2", "Wells score 1.5", "MELD-Na 19", "CURB-65 of 2", "Braden 15",
          "Morse fall scale 45", "PHQ-9 of 11", "CIWA 3", "Glasgow Coma Scale 15", "NIHSS 4",
          "Framingham 10-year risk 14%", "TIMI 3", "Child-Pugh B")
CODES = ("ICD-10 I50.33", "ICD-10 N17.9", "ICD-10 E11.65", "CPT 71046", "CPT 93306", "LOINC 2160-0",
         "LOINC 4548-4", "NDC 0003-0894-21", "NDC 50090-2875-0", "HCPCS E0601", "ICD-10 Z95.0")
HOTLINES = ("988 Suicide & Crisis Lifeline", "Poison Control at 1-800-222-1222",
            "the 24-hour nurse line (1-800-NURSE-4U)", "call 911", "Quitline 1-800-QUIT-NOW")


def _pick(r: R, seq):
    return seq[r.randrange(len(seq))]


def _digits(r: R, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _up(r: R, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# ---- person names
def person(r: R, style: int | None = None) -> str:
    f, last = _pick(r, FIRST), _pick(r, LAST)
    style = r.randrange(7) if style is None else style
    if style == 0:
        return f"{f} {last}"
    if style == 1:
        return f"{last}, {f}"
    if style == 2:
        return f"{f[0]}. {last}"
    if style == 3:
        return f"{f} {_up(r, 1)}. {last}"
    if style == 4:
        return f"{last.upper()}, {f.upper()}"
    if style == 5:
        return last
    return f"{f} {last}-{_pick(r, LAST)}" if r.random() < 0.3 else f"{f} {last}"


def first(r: R) -> str:
    return _pick(r, FIRST)


# ---- numbers
def _area(r: R) -> str:
    return f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}"


def phone(r: R) -> str:
    a, b, c = _area(r), f"{r.randint(2, 9)}{_digits(r, 2)}", _digits(r, 4)
    return _pick(r, (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                     f"({a}){b}-{c}", f"{a} {b} {c}"))


def pager(r: R) -> str:
    return _pick(r, (_digits(r, 5), f"{r.randint(1, 9)}-{_digits(r, 4)}", phone(r), f"{_area(r)}-{_digits(r, 4)}"))


def email(r: R) -> str:
    f, last = _pick(r, FIRST).lower().replace("-", "").replace("é", "e").replace("ë", "e"), \
        _pick(r, LAST).lower().replace("'", "").replace("-", "")
    dom = _pick(r, EMAIL_DOMAINS) if r.random() < 0.55 else _pick(
        r, ("tricountymemorial.org", "pvmc-health.org", "cascadevalleyclinic.com", "bigskyrmc.org",
            "harborfhc.org", "kesslerrx.com"))
    return _pick(r, (f"{f}.{last}@{dom}", f"{f[0]}{last}{r.randint(1, 99)}@{dom}", f"{last}.{f[0]}@{dom}",
                     f"{f}_{last}{r.randint(1950, 2005)}@{dom}", f"{f}{last[:3]}@{dom}"))


def url(r: R) -> str:
    host = _pick(r, ("mychart.tricountymemorial.org", "portal.pvmc-health.org", "followmyhealth.bigskyrmc.org",
                     "patientgateway.lakeshoregeneral.net", "cascadevalleyclinic.com", "healthconnect.mercyhollow.org",
                     "rehab.pineridgercc.com", "telehealth.riverbendcardio.com"))
    tail = _pick(r, ("", f"/pt/{_digits(r, 6)}", f"/visit?id={_digits(r, 8)}", f"/s/{_up(r, 6, 'abcdefghkmnpqrstuvwxyz23456789')}",
                     f"/records/release/{_digits(r, 5)}"))
    scheme = _pick(r, ("https://", "http://", "", "", "www."))
    if scheme == "www.":
        labels = host.split(".")
        host = ".".join(labels[1:]) if len(labels) > 2 else host
    return f"{scheme}{host}{tail}"


def ip(r: R) -> str:
    return _pick(r, (f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.randint(24, 98)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"))


def ssn(r: R) -> str:
    a, b, c = f"{r.randint(1, 665):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return _pick(r, (f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"))


def mrn(r: R) -> str:
    return _pick(r, (_digits(r, 8), f"{r.randint(1, 9)}{_digits(r, 6)}", f"E{_digits(r, 7)}",
                     f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}", f"MC{_digits(r, 7)}",
                     f"{_digits(r, 4)}-{_digits(r, 4)}", f"00{_digits(r, 7)}"))


def account(r: R) -> str:
    return _pick(r, (_digits(r, 11), f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}", f"V{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 6)}",
                     f"E{_digits(r, 2)}-{_digits(r, 7)}", f"A{_digits(r, 8)}", f"{_digits(r, 10)}"))


def health_plan(r: R) -> str:
    mbi = f"{r.randint(1, 9)}{_up(r, 1)}{_up(r, 1, 'ABCDEFGHJKMNPQRTUVWXY0123456789')}{r.randint(0, 9)}-" \
          f"{_up(r, 2)}{r.randint(0, 9)}-{_up(r, 2)}{_digits(r, 2)}"
    return _pick(r, (mbi, f"{_up(r, 3)}{_digits(r, 9)}", f"{_digits(r, 8)}{_up(r, 1)}", f"W{_digits(r, 10)}",
                     f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}", f"{_up(r, 2)}{_digits(r, 7)}-01",
                     f"{_digits(r, 9)}A"))


def license_(r: R, kind: int | None = None) -> str:
    kind = r.randrange(6) if kind is None else kind
    if kind == 0:
        return f"{_up(r, 1, 'ABFGM')}{_up(r, 1)}{_digits(r, 7)}"  # DEA
    if kind == 1:
        return f"1{_digits(r, 9)}"  # NPI
    if kind == 2:
        return f"{_up(r, 1)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}"  # driver's
    if kind == 3:
        return f"RN{_digits(r, 6)}"
    if kind == 4:
        return _digits(r, 6)
    return f"{_up(r, 2)}-{_digits(r, 5)}"


def zip_(r: R) -> str:
    z = f"{r.randint(1, 99):02d}{_digits(r, 3)}"
    return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"


def street(r: R) -> str:
    if r.random() < 0.15:
        return _pick(r, (f"PO Box {r.randint(10, 9999)}", f"P.O. Box {r.randint(10, 999)}", f"N{r.randint(1000, 9999)} County Rd K"))
    s = f"{r.randint(2, 9899)} {_pick(r, STREETS)}"
    if r.random() < 0.25:
        s += _pick(r, (f", Apt {r.randint(1, 12)}{_up(r, 1, 'ABCDF')}", f" #{r.randint(2, 40)}", f", Unit {r.randint(1, 9)}"))
    return s


def city(r: R) -> tuple[str, str]:
    return _pick(r, CITIES)


def location(r: R) -> str:
    x = r.random()
    if x < 0.6:
        return city(r)[0]
    if x < 0.75:
        return _pick(r, NEIGHBOURHOODS)
    if x < 0.87:
        return _pick(r, COUNTIES)
    return _pick(r, LOCAL_PLACES)


def org(r: R, kind: str = "any") -> str:
    pools = {"hosp": HOSPITALS, "clinic": CLINICS, "pharm": PHARMACIES, "emp": EMPLOYERS, "agency": CHURCHES_AGENCIES}
    if kind == "any":
        kind = _pick(r, ("hosp", "hosp", "clinic", "clinic", "pharm", "emp", "agency"))
    return _pick(r, pools[kind])


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def real_date(r: R, lo: int = 2004, hi: int = 2024) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[m - 1]
    return _pick(r, (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{d:02d}-{mon[:3]}-{y}",
                     f"{y}-{m:02d}-{d:02d}", f"{mon[:3]} {y}", f"{m}/{y}", f"{mon[:3]}. {d}, {y}",
                     f"{d} {mon} {y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}.{d:02d}.{y}"))


def dob(r: R) -> str:
    return real_date(r, 1926, 1999)


def shifted_date(r: R) -> str:
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return _pick(r, (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {y}", f"{m}/{d}/{y}"))


def old_age(r: R) -> str:
    n = r.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
    if n in words and r.random() < 0.2:
        w = words[n]
        return w.capitalize() if r.random() < 0.3 else w
    return str(n)


def device_id(r: R) -> str:
    return _pick(r, (f"{_up(r, 3)}{_digits(r, 6)}{_up(r, 1)}", f"{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 4)}",
                     f"{_up(r, 2)}{_digits(r, 8)}", f"{_digits(r, 4)}{_up(r, 2)}{_digits(r, 4)}",
                     f"SN{_digits(r, 9)}", f"{_up(r, 1)}{_digits(r, 3)}-{_up(r, 1)}{_digits(r, 5)}"))


def vin(r: R) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f"{r.choice('1245')}{_up(r, 2, al)}{_up(r, 5, al)}{r.randint(0, 9)}{_up(r, 1, 'FGHJKLMNPR')}{_up(r, 1, al)}{_digits(r, 6)}"


def plate(r: R) -> str:
    return _pick(r, (f"{r.randint(1, 9)}{_up(r, 3)}{_digits(r, 3)}", f"{_up(r, 3)}-{_digits(r, 4)}", f"{_up(r, 2)} {_digits(r, 5)}",
                     f"{_digits(r, 3)} {_up(r, 3)}"))


# ---- distractor snippets (never labelled)
def lot(r: R) -> str:
    return f"Lot {_up(r, 2)}{_digits(r, 4)}, exp {shifted_date(r)}"


def room(r: R) -> str:
    return _pick(r, (f"Rm {r.randint(2, 12)}{r.randint(10, 40)}-{_up(r, 1, 'AB')}", f"bed {r.randint(1, 30)}",
                     f"Room {r.randint(301, 1199)}", f"Bay {r.randint(1, 18)}"))


def hhmm(r: R) -> str:
    return f"{r.randint(0, 23):02d}:{_pick(r, ('00', '05', '15', '20', '30', '45', '52'))}"


def vitals(r: R) -> str:
    return (f"T {r.randint(970, 1014) / 10} HR {r.randint(54, 118)} BP {r.randint(92, 178)}/{r.randint(48, 98)} "
            f"RR {r.randint(12, 26)} O2 {r.randint(88, 100)}% {_pick(r, ('RA', '2L NC', '4L NC', 'RA', 'BiPAP'))}")


def lab_block(r: R) -> str:
    t = _pick(r, ("06:15AM", "05:40AM", "07:02AM", "11:48PM", "04:30PM"))
    lines = [
        f"___ {t} BLOOD WBC-{r.randint(30, 160) / 10} RBC-{r.randint(280, 520) / 100} Hgb-{r.randint(78, 158) / 10} "
        f"Hct-{r.randint(240, 480) / 10} MCV-{r.randint(78, 101)} MCH-{r.randint(26, 34)}.{r.randint(0, 9)} "
        f"RDW-{r.randint(120, 190) / 10} Plt Ct-{r.randint(88, 420)}",
        f"___ {t} BLOOD Glucose-{r.randint(70, 310)} UreaN-{r.randint(7, 68)} Creat-{r.randint(5, 42) / 10} "
        f"Na-{r.randint(128, 146)} K-{r.randint(31, 56) / 10} Cl-{r.randint(94, 110)} HCO3-{r.randint(18, 30)} "
        f"AnGap-{r.randint(8, 19)}",
        f"___ {t} BLOOD Calcium-{r.randint(78, 104) / 10} Phos-{r.randint(22, 52) / 10} Mg-{r.randint(15, 26) / 10}",
    ]
    if r.random() < 0.5:
        lines.append(f"___ {t} BLOOD PT-{r.randint(105, 310) / 10} INR(PT)-{r.randint(9, 34) / 10}")
    if r.random() < 0.4:
        lines.append(f"___ {t} BLOOD cTropnT-{r.choice(('<0.01', '0.04', '0.12'))} proBNP-{r.randint(90, 14000)}")
    if r.random() < 0.3:
        lines.append(f"___ {t} BLOOD %HbA1c-{r.randint(52, 121) / 10} eAG-{r.randint(100, 300)}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# pasted-template blocks (each returns text with slots)
def epic_smarttext(r: R) -> str:
    who = person(r, r.choice((0, 3)))
    lines = [
        f"*** Outside records pasted from {P('ORGANIZATION', org(r, 'clinic'))} (Epic) ***",
        f"Patient: [{P('PERSON', person(r, 1))}]  DOB: [{P('DATE_REAL_YEAR', dob(r))}]  MRN: [{P('MRN', mrn(r))}]",
        f"PCP: [{P('PERSON', who)}, MD]   Preferred pharmacy: [{P('ORGANIZATION', org(r, 'pharm'))}]",
        "Reason for visit: *** follow-up ***",
        f"@VS@ {vitals(r)}",
        f"Problem list: {_pick(r, ('HFrEF (EF 30%)', 'CKD stage 3b', 'T2DM on insulin', 'paroxysmal AF'))}; "
        f"{_pick(r, CODES)}; {_pick(r, SCORES)}",
        f"Last visit: [{P('DATE_REAL_YEAR', real_date(r))}]  Next: [***]",
        f"Care team message routed to In Basket pool {_pick(r, ('CARD NURSE POOL', 'NEPH RN TRIAGE', 'PCP TEAM B'))}",
        f"Electronically signed by {P('PERSON', person(r, 0))}, {_pick(r, ('NP', 'PA-C', 'MD', 'DO'))} at {hhmm(r)} "
        f"[Order #___]",
    ]
    if r.random() < 0.5:
        c, st = city(r)
        lines.insert(3, f"Patient address: [{P('STREET_ADDRESS', street(r))}] [{P('LOCATION', c)}], "
                        f"[{st}] [{P('ZIP', zip_(r))}]")
    if r.random() < 0.4:
        lines.insert(4, f"Coverage: [{_pick(r, ('BCBS PPO', 'Medicare A/B', 'MassHealth Standard', 'Tricare'))}] "
                        f"Member #: [{P('HEALTH_PLAN', health_plan(r))}]  Group: [***]")
    return "\n".join(lines)


def cerner_signed(r: R) -> str:
    sig = person(r, r.choice((0, 1, 4)))
    lines = [
        "Document Type: Progress Note - Hospitalist",
        f"Service Date/Time: ___ {hhmm(r)} {_pick(r, ('EST', 'CST', 'MST', 'PST'))}",
        f"Result Status: {_pick(r, ('Auth (Verified)', 'Modified', 'Auth (Verified)'))}",
        f"Perform Information: {P('PERSON', person(r, 0))} (___ {hhmm(r)})",
        f"Sign Information: {P('PERSON', sig)} (___ {hhmm(r)})",
        f"FIN: {P('ACCOUNT', account(r))}   MRN: {P('MRN', mrn(r))}   Loc: {room(r)}",
        "",
        f"Signed By: {P('PERSON', sig)}, {_pick(r, ('MD', 'DO', 'MD PhD'))} on {P('DATE_REAL_YEAR', real_date(r))} {hhmm(r)}",
    ]
    if r.random() < 0.5:
        lines.append(f"Cosigned By: {P('PERSON', person(r, 0))}  NPI {P('LICENSE', license_(r, 1))}")
    if r.random() < 0.4:
        lines.append(f"Facility: {P('ORGANIZATION', org(r, 'hosp'))}  Ph {P('PHONE', phone(r))}  Fax {P('FAX', phone(r))}")
    return "\n".join(lines)


def va_cprs(r: R) -> str:
    last, fst = _pick(r, LAST).upper(), _pick(r, FIRST).upper()
    lines = [
        "LOCAL TITLE: PRIMARY CARE NOTE",
        f"STANDARD TITLE: PRIMARY CARE NOTE       VISIT: ___ {hhmm(r)} {_pick(r, ('PACT BLUE', 'PACT GOLD', 'CBOC TELEHEALTH'))}",
        f"PATIENT: {P('PERSON', f'{last},{fst}')}   SSN: {P('SSN', ssn(r))}",
        f"FACILITY: {P('ORGANIZATION', _pick(r, ('VA Black Hills HCS', 'Fargo VA Medical Center', 'VA Maine HCS - Togus', 'Tuscaloosa VAMC')))}",
        f"   Station {r.randint(400, 690)}",
        "Clinical reminders due: DEPRESSION SCREEN, PNEUMOCOCCAL VACCINE, MOVE! WEIGHT",
        f"Service connected 70%: PTSD; {_pick(r, ('tinnitus', 'lumbosacral strain', 'DM2 (Agent Orange)'))}",
        f"Vet served {_pick(r, ('1968-1970 Vietnam', '1990-1991 Gulf War', '2003-2007 OIF'))}; lives in "
        f"{P('LOCATION', location(r))}",
        f"/es/ {P('PERSON', person(r, 4))}",
        f"{_pick(r, ('STAFF PHYSICIAN', 'NURSE PRACTITIONER', 'CLINICAL PHARMACIST PRACTITIONER'))}",
        f"Signed: {P('DATE_REAL_YEAR', real_date(r))}@{hhmm(r).replace(':', '')}",
    ]
    if r.random() < 0.45:
        lines.insert(4, f"Claim #: {P('HEALTH_PLAN', health_plan(r))}   ICN: {P('MRN', _digits(r, 10) + 'V' + _digits(r, 6))}")
    return "\n".join(lines)


def flowsheet(r: R) -> str:
    rows = ["Flowsheet rows (pasted):", "Time   | T    | HR  | BP      | SpO2 | Pain | Initials"]
    for _ in range(r.randint(3, 6)):
        rows.append(f"{hhmm(r)}  | {r.randint(970, 1012) / 10} | {r.randint(55, 120):3d} | "
                    f"{r.randint(90, 170)}/{r.randint(50, 95)}  | {r.randint(88, 100)}%  | {r.randint(0, 10)}/10 | "
                    f"{_up(r, 2)}")
    rows.append(f"I/O: in {r.randint(400, 2400)} mL / out {r.randint(300, 2600)} mL; Foley {r.randint(14, 18)}Fr")
    rows.append(f"Fall risk: {_pick(r, SCORES)}; bed alarm on; {room(r)}")
    rows.append(f"RN: {P('PERSON', person(r, r.choice((0, 2))))}, RN  (Voalte ext {r.randint(4000, 4999)})")
    if r.random() < 0.5:
        rows.append(f"Family at bedside: {_pick(r, ('daughter', 'son', 'wife', 'husband', 'niece'))} "
                    f"{P('PERSON', person(r, 0))} - cell {P('PHONE', phone(r))}")
    if r.random() < 0.35:
        rows.append(f"Insulin pump {_pick(r, DEVICE_MODELS[3:6])} serial {P('DEVICE_ID', device_id(r))} "
                    f"removed and bagged; {lot(r)}")
    return "\n".join(rows)


def transfer_packet(r: R) -> str:
    c, st = city(r)
    lines = [
        "=== OUTSIDE HOSPITAL TRANSFER PACKET (scanned, OCR) ===",
        f"Sending facility: {P('ORGANIZATION', org(r, 'hosp'))}, {P('LOCATION', c)}, {st}",
        f"Transfer center ref: ___   Accepting: Dr. {P('PERSON', person(r, 5))}",
        f"Pt: {P('PERSON', person(r, 4))}  DOB {P('DATE_REAL_YEAR', dob(r))}  Age {P('AGE_OVER_89', old_age(r))}",
        f"Home: {P('STREET_ADDRESS', street(r))}, {P('LOCATION', c)} {st} {P('ZIP', zip_(r))}",
        f"SSN: {P('SSN', ssn(r))}     Acct: {P('ACCOUNT', account(r))}",
        f"Ins: {_pick(r, ('Medicare', 'Medicaid', 'Humana Gold', 'UHC Community Plan'))}  ID {P('HEALTH_PLAN', health_plan(r))}",
        f"Reason: {_pick(r, ('NSTEMI for cath', 'SAH for neurosurgical eval', 'cholangitis for ERCP', 'ECMO evaluation'))}",
        f"Sending MD: {P('PERSON', person(r, 0))}  cell {P('PHONE', phone(r))}  fax {P('FAX', phone(r))}",
        f"Transport: {_pick(r, ('ALS ambulance', 'rotor wing', 'fixed wing'))} unit {r.randint(10, 99)}, "
        f"departed {hhmm(r)}",
    ]
    if r.random() < 0.3:
        lines.append(f"Imaging on CD, disc label {_up(r, 2)}{_digits(r, 6)}")
    return "\n".join(lines)


def telephone(r: R) -> str:
    who = _pick(r, ("patient", "daughter", "son", "home health RN", "pharmacist", "wife"))
    lines = [
        "TELEPHONE ENCOUNTER",
        f"Call from: {who} {P('PERSON', person(r, r.choice((0, 2, 5))))}",
        f"Callback #: {P('PHONE', phone(r))}   Best time: after {r.randint(1, 5)}pm",
        f"Reason: {_pick(r, ('weight up 4 lb in 2 days', 'INR 3.9', 'refill request', 'dizziness when standing'))}",
        f"Advice per protocol ({_pick(r, ('Schmitt-Thompson', 'triage protocol v12.3', 'HF nurse protocol'))}); "
        f"advised {_pick(r, HOTLINES)} if worse.",
        f"Routed to: {P('PERSON', person(r, 2))} (pgr {P('PAGER', pager(r))})",
    ]
    if r.random() < 0.4:
        lines.append(f"Call originated from workstation {P('IP_ADDRESS', ip(r))} (softphone log)")
    if r.random() < 0.4:
        lines.append(f"Pharmacy on file: {P('ORGANIZATION', org(r, 'pharm'))}, ph {P('PHONE', phone(r))}")
    return "\n".join(lines)


def portal_message(r: R) -> str:
    fname = first(r)
    lines = [
        "---- Secure message (patient portal) ----",
        f"From: {P('PERSON', person(r, 0))} <{P('EMAIL', email(r))}>",
        f"Sent: {P('DATE_REAL_YEAR', real_date(r, 2016, 2024))} {hhmm(r)}  via {P('URL', url(r))}",
        f"Subject: {_pick(r, ('question about my water pill', 'rash', 'can I drive?', 'ride to appt'))}",
        f"\"Hi Dr. {P('PERSON', _pick(r, LAST))}, this is {P('PERSON', fname)}. "
        f"{_pick(r, ('My ankles are more swollen.', 'I ran out of Eliquis.', 'The CPAP mask leaks.', 'I missed my dose.'))} "
        f"You can reach me at {P('PHONE', phone(r))}. Thanks\"",
    ]
    if r.random() < 0.45:
        lines.append(f"Session IP {P('IP_ADDRESS', ip(r))}; client {_pick(r, ('iOS 17.4.1', 'Android 14', 'Chrome 124.0.6367.91', 'MyChart 11.4.2'))}")
    if r.random() < 0.3:
        lines.append(f"\"My grandson drives me, his car is plate {P('VEHICLE_ID', plate(r))} if security asks.\"")
    return "\n".join(lines)


def pharmacy_note(r: R) -> str:
    drug, dose = _pick(r, DRUGS)
    lines = [
        "PHARMACY INTERVENTION NOTE",
        f"Intervention: {_pick(r, ('renal dose adjustment', 'duplicate therapy', 'drug interaction', 'formulary substitution'))}"
        f" - {drug} {dose}",
        f"{_pick(r, CODES)}; {lot(r)}; CrCl {r.randint(15, 90)} mL/min",
        f"Discussed with prescriber Dr. {P('PERSON', person(r, r.choice((0, 2, 5))))} (pager {P('PAGER', pager(r))})",
        f"Prescriber DEA {P('LICENSE', license_(r, 0))}",
        f"Pharmacist: {P('PERSON', person(r, 0))}, PharmD, BCPS  Lic# {P('LICENSE', license_(r, r.choice((4, 5))))}",
    ]
    if r.random() < 0.4:
        lines.append(f"Outpatient fill at {P('ORGANIZATION', org(r, 'pharm'))}, fax {P('FAX', phone(r))}; "
                     f"Rx #___")
    return "\n".join(lines)


def rehab_face_sheet(r: R) -> str:
    c, st = city(r)
    lines = [
        f"{P('ORGANIZATION', _pick(r, CLINICS[7:]))} -- ADMISSION FACE SHEET",
        f"Resident: {P('PERSON', person(r, 1))}    Room {r.randint(100, 260)}-{_up(r, 1, 'AB')}",
        f"DOB: {P('DATE_REAL_YEAR', dob(r))}   Age: {P('AGE_OVER_89', old_age(r))}   Sex: {_pick(r, ('F', 'M'))}",
        f"SSN: {P('SSN', ssn(r))}   Medicare: {P('HEALTH_PLAN', health_plan(r))}",
        f"Prior address: {P('STREET_ADDRESS', street(r))}, {P('LOCATION', c)}, {st} {P('ZIP', zip_(r))}",
        f"Responsible party: {P('PERSON', person(r, 0))} ({_pick(r, ('daughter', 'HCP', 'guardian', 'nephew'))})"
        f"  {P('PHONE', phone(r))}  {P('EMAIL', email(r))}",
        f"Attending: {P('PERSON', person(r, 0))}   Religion: {_pick(r, ('Catholic', 'Baptist', 'none', 'Jewish'))}"
        f" - {P('ORGANIZATION', org(r, 'agency'))}",
        f"Former occupation: {_pick(r, ('bus driver', 'teacher', 'machinist', 'nurse aide'))} at "
        f"{P('ORGANIZATION', org(r, 'emp'))}",
        f"Code status: {_pick(r, ('DNR/DNI (MOLST on file)', 'Full code', 'DNR, OK to intubate'))}",
    ]
    if r.random() < 0.4:
        lines.append(f"Vehicle on premises: VIN {P('VEHICLE_ID', vin(r))} (family to remove)")
    return "\n".join(lines)


def device_clinic(r: R) -> str:
    model = _pick(r, DEVICE_MODELS)
    lines = [
        "Device interrogation (pasted from vendor programmer printout):",
        f"Device: {model}",
        f"Serial number: {P('DEVICE_ID', device_id(r))}    Implanted {P('DATE_REAL_YEAR', real_date(r))}",
        f"Leads: RA {_pick(r, ('5076-52cm', '3830-69cm', '7841'))} SN {P('DEVICE_ID', device_id(r))}; "
        f"RV {_pick(r, ('6935M-62cm', '5076-58cm'))}",
        f"Battery {r.randint(5, 12)}.{r.randint(0, 9)} yrs; RV threshold {r.randint(5, 15) / 10} V @ 0.4 ms; "
        f"AP {r.randint(1, 60)}% VP {r.randint(0, 99)}%",
        f"Remote monitoring transmitter {_pick(r, ('CareLink 24950', 'LATITUDE 6290', 'myMerlinPulse app v2.1'))}, "
        f"hub IP {P('IP_ADDRESS', ip(r))}",
        f"Rep: {P('PERSON', person(r, 0))} ({_pick(r, ('Medtronic', 'Abbott', 'Boston Scientific'))}) "
        f"{P('PHONE', phone(r))}",
    ]
    return "\n".join(lines)


def social_work(r: R) -> str:
    lines = [
        f"SW note: lives {_pick(r, ('alone', 'with wife', 'with son and his family', 'in senior housing'))} in "
        f"{P('LOCATION', location(r))}; attends {P('ORGANIZATION', org(r, 'agency'))}.",
        f"Works as {_pick(r, ('a dispatcher', 'a line cook', 'a paraprofessional', 'a mechanic'))} for "
        f"{P('ORGANIZATION', org(r, 'emp'))}; FMLA forms faxed to HR at {P('FAX', phone(r))}.",
    ]
    if r.random() < 0.4:
        lines.append(f"Car towed from ED lot; {_pick(r, ('MA', 'NH', 'RI', 'CT'))} plate {P('VEHICLE_ID', plate(r))}, "
                     f"VIN {P('VEHICLE_ID', vin(r))}.")
    if r.random() < 0.4:
        lines.append(f"Driver's license # {P('LICENSE', license_(r, 2))} held by security.")
    if r.random() < 0.5:
        lines.append(f"Daughter {P('PERSON', person(r, 0))} ({P('EMAIL', email(r))}) is HCP.")
    return "\n".join(lines)


PASTED = (epic_smarttext, cerner_signed, va_cprs, flowsheet, transfer_packet, telephone, portal_message,
          pharmacy_note, rehab_face_sheet, device_clinic, social_work)


# ------------------------------------------------------------------------------------------------
# discharge summary skeleton
SERVICES = ("MEDICINE", "CARDIOLOGY", "SURGERY", "NEUROLOGY", "ORTHOPAEDICS", "CARDIOTHORACIC", "OBSTETRICS/GYNECOLOGY",
            "UROLOGY", "PSYCHIATRY")
COMPLAINTS = ("dyspnea", "chest pain", "fall", "fever and confusion", "abdominal pain", "syncope", "left leg swelling",
              "hematemesis", "weakness", "right hip pain after fall")


def _age_phrase(r: R, sex: str) -> str:
    x = r.random()
    word = _pick(r, ("year old", "y/o", "yo", "-year-old", "y.o."))
    sep = "" if word.startswith("-") else " "
    if x < 0.35:
        return f"{P('AGE_OVER_89', old_age(r))}{sep}{word} {sex}"
    if x < 0.6:
        return f"{r.randint(19, 89)}{sep}{word} {sex}"
    return f"___ {word.lstrip('-')} {sex}"


def _hpi(r: R, sex: str, pron: str) -> str:
    parts = [
        f"{_age_phrase(r, sex)} with {_pick(r, ('HFrEF', 'COPD on 2L home O2', 'ESRD on HD MWF', 'CAD s/p CABG', 'cirrhosis'))}"
        f" who presents with {_pick(r, COMPLAINTS)}.",
        f"{pron.capitalize()} was seen at {P('ORGANIZATION', org(r, 'hosp'))} {_pick(r, ('ED', 'urgent care', 'clinic'))} "
        f"where {_pick(r, ('CTA was negative for PE', 'troponin was 0.08', 'lactate was 3.1', 'Hgb was 6.9'))}.",
        f"Per {_pick(r, ('daughter', 'son', 'husband', 'wife', 'neighbor'))} {P('PERSON', person(r, 0))}, "
        f"{pron} had been {_pick(r, ('more confused', 'eating less', 'short of breath on one flight', 'falling at night'))}.",
        f"{_pick(r, EPONYMS)} {_pick(r, ('negative', 'positive', 'equivocal'))}.",
        f"{_pick(r, SCORES)}. Quit smoking in {r.randint(1975, 2015)} ({r.randint(10, 60)} pack-years).",
    ]
    if r.random() < 0.4:
        parts.append(f"Last colonoscopy {P('DATE_REAL_YEAR', real_date(r))} at {P('ORGANIZATION', org(r, 'clinic'))}.")
    if r.random() < 0.3:
        parts.append(f"Prior echo {shifted_date(r)}: EF {r.randint(20, 65)}%.")
    if r.random() < 0.25:
        parts.append(f"Outpatient cardiologist Dr. {P('PERSON', person(r, 5))} (office {P('PHONE', phone(r))}).")
    return " ".join(parts)


def _meds(r: R) -> str:
    out = []
    for k, (drug, dose) in enumerate(r.sample(DRUGS, r.randint(4, 10)), 1):
        out.append(f"{k}. {drug} {dose}")
    if r.random() < 0.3:
        out.append(f"{len(out) + 1}. Outpatient Physical Therapy  ICD-10 R26.81  x 90 days")
    return "\n".join(out)


def _social(r: R, pron: str) -> str:
    lines = [
        f"Lives {_pick(r, ('with spouse', 'alone', 'with daughter', 'in assisted living'))} in {P('LOCATION', location(r))}."
        if r.random() < 0.6 else "___",
        f"{pron.capitalize()} {_pick(r, ('is retired from', 'works at', 'volunteers at'))} {P('ORGANIZATION', org(r, 'emp'))}."
        if r.random() < 0.4 else f"Retired {_pick(r, ('electrician', 'teacher', 'nurse', 'farmer'))}.",
        f"Tobacco: {_pick(r, ('former', 'never', 'current 1/2 ppd'))}. EtOH: {_pick(r, ('none', '2 beers/week', 'heavy, last drink ___'))}.",
    ]
    if r.random() < 0.25:
        lines.append(f"Grew up in {P('LOCATION', location(r))}; moved to {_pick(r, ('Massachusetts', 'Texas', 'the US', 'Ohio'))} "
                     f"from {_pick(r, ('Haiti', 'Vietnam', 'Cape Verde', 'Somalia', 'Guatemala', 'Poland'))}.")
    return "\n".join(lines)


def _course(r: R) -> str:
    paras = []
    for _ in range(r.randint(2, 4)):
        prob = _pick(r, ("# Acute on chronic HFrEF", "# AKI on CKD", "# Hypoxemic respiratory failure",
                         "# Paroxysmal atrial fibrillation", "# UTI / sepsis", "# Hip fracture s/p ORIF",
                         "# Hyponatremia", "# Upper GI bleed"))
        body = _pick(r, (
            f"Diuresed with IV furosemide 80 mg BID, net negative {r.randint(2, 9)} L. Discharge weight {r.randint(50, 120)}.{r.randint(0, 9)} kg.",
            f"Cr peaked at {r.randint(18, 45) / 10}, improved with holding lisinopril. Renal consulted (pager ___).",
            f"Started on ceftriaxone 1 g q24h; urine culture grew E. coli >100,000 CFU. Transitioned to PO on HD {r.randint(2, 5)}.",
            f"Rate controlled with metoprolol; {_pick(r, SCORES)}, anticoagulated with apixaban. Telemetry {room(r)}.",
            f"EGD {shifted_date(r)} showed Forrest IIb ulcer, clipped. Transfused {r.randint(1, 4)} units pRBC.",
            f"POD#{r.randint(1, 5)} PT recommended rehab. Ortho follow up in {r.randint(2, 6)} weeks with {_pick(r, ('Dr. ___', 'ortho clinic'))}.",
            f"Na nadir {r.randint(118, 128)}, fluid restricted to 1.5 L. Tolvaptan not given ({_pick(r, CODES)}).",
        ))
        if r.random() < 0.3:
            body += (f" Discussed with {_pick(r, ('outside nephrologist', 'PCP', 'oncologist', 'HCP'))} "
                     f"{P('PERSON', person(r, r.choice((0, 2))))}.")
        if r.random() < 0.15:
            body += f" Records from {P('ORGANIZATION', org(r, 'hosp'))} dated {P('DATE_REAL_YEAR', real_date(r))} reviewed."
        if r.random() < 0.15:
            body += f" Per outside note, age {P('AGE_OVER_89', old_age(r))} at that admission."
        paras.append(f"{prob}\n{body}")
    return "\n\n".join(paras)


def _followup(r: R) -> str:
    lines = []
    for _ in range(r.randint(1, 3)):
        x = r.random()
        if x < 0.3:
            lines.append(f"Department: {_pick(r, ('CARDIOLOGY', 'NEPHROLOGY', 'PRIMARY CARE', 'ORTHOPAEDICS'))}\n"
                         f"When: ___ at {r.randint(8, 4 + 12) % 12 or 12}:{_pick(r, ('00', '15', '30', '45'))} "
                         f"{_pick(r, ('AM', 'PM'))}\nWith: ___\nBuilding: ___\nCampus: ___     Best Parking: ___")
        elif x < 0.55:
            lines.append(f"Dr. {P('PERSON', person(r, r.choice((0, 3, 5))))} at {P('ORGANIZATION', org(r, 'clinic'))}, "
                         f"{P('STREET_ADDRESS', street(r))}, {P('LOCATION', city(r)[0])}. "
                         f"Phone: {P('PHONE', phone(r))}  Fax: {P('FAX', phone(r))}")
        elif x < 0.7:
            lines.append(f"Appointment {P('DATE_REAL_YEAR', real_date(r, 2018, 2025))} with "
                         f"{P('PERSON', person(r, 0))}, {_pick(r, ('NP', 'PA', 'RN CDE'))}")
        elif x < 0.85:
            lines.append(f"Visit portal {P('URL', url(r))} or call {P('PHONE', phone(r))} to schedule.")
        else:
            lines.append(f"Lab draw in 1 week at {P('ORGANIZATION', org(r, 'clinic'))}; results to "
                         f"{P('FAX', phone(r))} (fax).")
    return "\n".join(lines)


def discharge_note(r: R) -> str:
    sex = _pick(r, ("F", "M"))
    noun, pron = (("woman", "she") if sex == "F" else ("man", "he"))
    unit = f"{P('MRN', mrn(r))}" if r.random() < 0.5 else "___"
    dob_s = P("DATE_REAL_YEAR", dob(r)) if r.random() < 0.35 else "___"
    att = P("PERSON", person(r, r.choice((0, 1, 3)))) if r.random() < 0.6 else "___"
    head = (f"Name:  ___                  Unit No:   {unit}\n\n"
            f"Admission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  {dob_s}             Sex:   {sex}\n\n"
            f"Service: {_pick(r, SERVICES)}\n\n"
            f"Allergies: \n{_pick(r, ('Patient recorded as having No Known Allergies to Drugs', 'Penicillins / Sulfa (Sulfonamide Antibiotics)', 'lisinopril / iodine', 'Codeine'))}\n\n"
            f"Attending: {att}.\n\n")
    body = [
        f"Chief Complaint:\n{_pick(r, COMPLAINTS)}",
        f"Major Surgical or Invasive Procedure:\n{_pick(r, ('None', 'Right heart catheterization', 'EGD with clip placement', 'Right hip hemiarthroplasty', 'Paracentesis x2'))}",
        f"History of Present Illness:\n{_hpi(r, noun, pron)}",
        f"Past Medical History:\n- {_pick(r, ('HTN', 'HLD', 'DM2', 'OSA on CPAP'))}\n- {_pick(r, ('CKD 3a', 'AF on apixaban', 'gout', 'BPH'))}\n"
        f"- Pacemaker ({_pick(r, DEVICE_MODELS[:3])})\n- G{r.randint(0, 6)}P{r.randint(0, 5)}"
        + (f", delivered at {r.randint(34, 41)}w{r.randint(0, 6)}d" if sex == "F" else ""),
        f"Social History:\n{_social(r, pron)}",
        f"Family History:\n{_pick(r, ('Mother with breast cancer at 62.', 'Father died of MI at 58.', 'Non-contributory.', 'Brother with Huntington disease.'))}",
        f"Physical Exam:\nADMISSION EXAM:\nVS: {vitals(r)}\nGENERAL: {_pick(r, ('NAD', 'frail, pleasant', 'uncomfortable'))}\n"
        f"NEURO: {_pick(r, EPONYMS)} absent; CN II-XII intact",
        f"Pertinent Results:\n{lab_block(r)}",
        f"Brief Hospital Course:\n{_course(r)}",
        f"Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n{_meds(r)}",
        f"Discharge Medications:\n{_meds(r)}",
        f"Discharge Disposition:\n{_pick(r, ('Home', 'Home With Service', 'Extended Care'))}\n\nFacility:\n"
        + (P("ORGANIZATION", org(r, "clinic")) if r.random() < 0.3 else "___"),
        "Discharge Diagnosis:\n" + _pick(r, ("Acute on chronic systolic heart failure", "Sepsis due to UTI", "Mechanical fall, R femoral neck fx", "Symptomatic anemia")),
        "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - requires assistance or aid (walker or cane).",
        f"Discharge Instructions:\nDear {_pick(r, ('Mr.', 'Ms.', 'Mrs.'))} ___,\nIt was a pleasure caring for you at ___. "
        f"Weigh yourself every morning; call if weight goes up more than 3 lbs. For emergencies {_pick(r, HOTLINES)}.",
        f"Followup Instructions:\n{_followup(r)}",
    ]
    n_paste = r.choice((1, 1, 2, 2, 3))
    for blk in r.sample(PASTED, n_paste):
        body.insert(r.randint(3, len(body) - 1), blk(r))
    return head + "\n\n".join(body) + "\n"


# ------------------------------------------------------------------------------------------------
# radiology report skeleton
EXAMS = (
    ("CHEST (PA AND LAT)", "CPT 71046", "PA and lateral views of the chest."),
    ("CT HEAD W/O CONTRAST", "CPT 70450", "Contiguous axial images of the brain were obtained without contrast."),
    ("CTA CHEST W&W/O C&RECONS", "CPT 71275", "Helical CT after IV contrast (Omnipaque 350, 80 mL)."),
    ("MR L SPINE W/O CONTRAST", "CPT 72148", "Sagittal T1, T2, STIR and axial T2 images on a 3T Siemens Skyra (syngo MR E11)."),
    ("US RENAL", "CPT 76770", "Grayscale and color Doppler ultrasound of both kidneys (GE LOGIQ E10, software R3.1.2)."),
    ("BILAT LOWER EXT VEINS", "CPT 93970", "Grayscale, color and spectral Doppler of the deep veins."),
    ("HIP UNILAT MIN 2 VIEWS RIGHT", "CPT 73502", "AP pelvis and two views of the right hip."),
    ("CT ABD & PELVIS WITH CONTRAST", "CPT 74177", "MDCT after 100 mL Isovue-370; coronal and sagittal reformats."),
)


def _rad_findings(r: R, exam: str) -> str:
    if "CHEST" in exam and "CT" not in exam:
        return _pick(r, (
            "Heart size is mildly enlarged. Small bilateral pleural effusions. No pneumothorax. Left-sided pacer "
            "with leads in the RA and RV.",
            "Lungs are clear. Cardiomediastinal silhouette is normal. Right PICC tip at the cavoatrial junction.",
            "Interval increase in bibasilar opacities, likely atelectasis; aspiration not excluded. Kerley B lines."))
    if "HEAD" in exam:
        return "No acute intracranial hemorrhage. Chronic small vessel ischemic change. Mastoid air cells clear."
    if "SPINE" in exam:
        return f"L4-5 disc bulge with moderate canal narrowing. Schmorl node at L2. Conus at L{r.randint(1, 2)}."
    if "VEINS" in exam:
        return "Occlusive thrombus in the left popliteal vein. Baker's cyst measuring 3.1 x 1.2 cm."
    if "HIP" in exam:
        return "Displaced subcapital femoral neck fracture (Garden IV). Degenerative change of the pubic symphysis."
    return _pick(r, ("No pulmonary embolism to the segmental level. 4 mm RUL nodule (Fleischner: no follow-up).",
                     "Simple-appearing 2.2 cm cyst (Bosniak I). No hydronephrosis.",
                     "Cholelithiasis without cholecystitis. Hepatic steatosis. Appendix normal."))


EXTRA_FINDINGS = (
    "Degenerative changes of the thoracic spine with anterior osteophytes.",
    "Atherosclerotic calcification of the aortic arch and coronary arteries.",
    "Visualized upper abdomen is unremarkable.",
    "Osseous structures are demineralized without acute fracture.",
    "Support devices: nasogastric tube tip below the diaphragm; Dobhoff in the stomach.",
    "Sternotomy wires are intact. Mediastinal clips from prior CABG.",
    "Small hiatal hernia. Thyroid gland is heterogeneous; a 9 mm hypodense nodule (ACR TI-RADS not applied on CT).",
    "No lymphadenopathy by size criteria. Trace pericardial fluid.",
    "Soft tissues demonstrate subcutaneous edema tracking along the flank.",
    "Motion artifact limits evaluation of the posterior fossa.",
)


def radiology_note(r: R) -> str:
    exam, cpt, tech = _pick(r, EXAMS)
    dlp = f"DLP: {r.randint(120, 1400)}.{r.randint(0, 99):02d} mGy-cm; CTDIvol {r.randint(5, 60)}.{r.randint(0, 9)} mGy" \
        if "CT" in exam else "Not applicable."
    comp = _pick(r, (
        f"___ (outside study from {P('ORGANIZATION', org(r, 'hosp'))} dated {P('DATE_REAL_YEAR', real_date(r))})",
        "None.",
        "Chest radiograph from ___.",
        f"CT {shifted_date(r)}.",
        f"Outside MRI {P('DATE_REAL_YEAR', real_date(r))}, report only.",
    ))
    ind = (f"{_age_phrase(r, _pick(r, ('woman', 'man', 'F', 'M')))} with "
           f"{_pick(r, ('dyspnea', 'fall, hip pain', 'headache', 'low back pain radiating to the left leg', 'flank pain', 'leg swelling'))}"
           f" // {_pick(r, ('eval for effusion', 'r/o fracture', 'r/o bleed', 'r/o DVT', 'r/o PE'))}")
    parts = [
        f"EXAMINATION:  {exam}   ({cpt})",
        f"INDICATION:  {ind}",
        f"TECHNIQUE:  {tech}",
        f"DOSE:  {dlp}",
        f"COMPARISON:  {comp}",
        f"FINDINGS: \n\n{_rad_findings(r, exam)} " + " ".join(r.sample(EXTRA_FINDINGS, r.randint(1, 4))),
    ]
    if r.random() < 0.5:
        parts.insert(1, f"CLINICAL INFORMATION:  {_pick(r, ('Ordered by ED provider; call pager ___ with results.', 'Eval interval change.', 'Requisition scanned; order #___.', f'Reason per ordering provider: {_pick(r, SCORES)}.'))}")
    if r.random() < 0.4:
        parts.append(f"RECOMMENDATION(S):  {_pick(r, ('Follow-up chest CT in 3 months.', 'Clinical correlation.', 'Vascular surgery consultation.', 'Repeat radiograph after diuresis.'))}")
    x = r.random()
    if x < 0.25:
        parts.append(f"MRI safety screening: {_pick(r, DEVICE_MODELS[:3])}, generator serial "
                     f"{P('DEVICE_ID', device_id(r))}; programmed to {_pick(r, ('DOO 85', 'VOO 70', 'ODO'))} by rep "
                     f"{P('PERSON', person(r, 0))}.")
    elif x < 0.4:
        parts.append(f"Injector log: {_pick(r, ('Bayer MEDRAD Stellant', 'Bracco EmpowerCTA+'))} SN "
                     f"{P('DEVICE_ID', device_id(r))}; contrast {lot(r)}; workstation {P('IP_ADDRESS', ip(r))}.")
    elif x < 0.5:
        parts.append(f"Outside images pushed from {P('ORGANIZATION', org(r, 'hosp'))} PACS "
                     f"(node {P('IP_ADDRESS', ip(r))}, AE title PACS_{_up(r, 4)}); transfer ref ___.")
    imp = f"IMPRESSION: \n\n{_pick(r, ('No acute cardiopulmonary process.', 'As above.', 'Findings concerning for acute process; see findings.', 'Left popliteal DVT.'))}"
    parts.append(imp)
    y = r.random()
    if y < 0.35:
        parts.append(f"NOTIFICATION:  The findings were discussed with Dr. {P('PERSON', person(r, r.choice((0, 2, 5))))} "
                     f"by Dr. ___ on the telephone on ___ at {hhmm(r)}, {r.randint(2, 20)} minutes after discovery"
                     f"{', pager ' + P('PAGER', pager(r)) if r.random() < 0.5 else ''}.")
    elif y < 0.5:
        parts.append(f"Dr. ___ communicated the above results to {P('PERSON', person(r, 0))}, RN, "
                     f"at {hhmm(r)} on ___ by phone ({P('PHONE', phone(r))}).")
    if r.random() < 0.3:
        sig = person(r, r.choice((0, 4)))
        parts.append(f"ADDENDUM: {_pick(r, ('Prior outside study reviewed; findings unchanged.', 'Correction: left, not right.'))}\n"
                     f"Signed By: {P('PERSON', sig)}, MD   {P('DATE_REAL_YEAR', real_date(r, 2019, 2024))} {hhmm(r)}\n"
                     f"Reading site: {P('ORGANIZATION', _pick(r, ('Teleradiology Partners of the Plains', 'Nighthawk Imaging Group', 'Coastal Radiology Associates')))}"
                     f"{' (' + P('URL', url(r)) + ')' if r.random() < 0.3 else ''}")
    if r.random() < 0.2:
        parts.append(f"Billing: Acct {P('ACCOUNT', account(r))}  {_pick(r, CODES)}  Accession ___")
    if r.random() < 0.15:
        parts.append(f"Patient is {P('AGE_OVER_89', old_age(r))} years old per requisition; lives at "
                     f"{P('STREET_ADDRESS', street(r))} ({P('ZIP', zip_(r))}).")
    if r.random() < 0.12:
        parts.append(f"Prior report faxed to referring office {P('FAX', phone(r))}; contact "
                     f"{P('EMAIL', email(r))}.")
    if r.random() < 0.12:
        parts.append(f"Referring: {P('PERSON', person(r, 0))}, NPI {P('LICENSE', license_(r, 1))}; "
                     f"{P('ORGANIZATION', org(r, 'clinic'))}, {P('LOCATION', location(r))}.")
    if r.random() < 0.08:
        parts.append(f"MVC restrained driver; vehicle VIN {P('VEHICLE_ID', vin(r))} per EMS; Medicaid "
                     f"{P('HEALTH_PLAN', health_plan(r))}.")
    return "\n\n".join(parts) + "\n"


def heavy_mask_block(r: R) -> str:
    lines = ["Demographics (pasted, masked):"]
    for lab in ("Name", "Preferred name", "Address", "City", "Zip", "Phone (H)", "Phone (C)", "Email", "SSN",
                "MRN", "FIN", "Insurance", "Member ID", "PCP", "PCP phone", "Emergency contact", "EC phone",
                "Employer", "Pharmacy", "Pharmacy phone", "Referring MD", "Referring fax", "DOB", "Admit date",
                "Portal", "Driver's license", "Vehicle", "Device serial", "Church", "School"):
        lines.append(f"{lab}: ___")
    lines.append(f"Last seen ___ by ___ at ___ ({_pick(r, CODES)}); next visit ___ with ___ ___.")
    lines.append("Appointments (masked):")
    for _ in range(18):
        lines.append(f"  ___ {hhmm(r)}  ___  ___  (___)  Dept: ___  Ph: ___")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# one-line snippets guaranteeing a slot of a given category (also added, masked, to other notes)
def _sn_phone(r: R) -> str:
    return _pick(r, (f"Wife's cell is {P('PHONE', phone(r))}; home line disconnected.",
                     f"Home health agency intake: {P('PHONE', phone(r))} (ask for the weekend RN).",
                     f"If no answer try {P('PHONE', phone(r))} ext {r.randint(100, 999)}."))


def _sn_fax(r: R) -> str:
    return _pick(r, (f"Discharge paperwork faxed to SNF at {P('FAX', phone(r))} at {hhmm(r)}.",
                     f"Send INR results by fax: {P('FAX', phone(r))} (attn anticoag clinic).",
                     f"F: {P('FAX', phone(r))}"))


def _sn_pager(r: R) -> str:
    return _pick(r, (f"Covering fellow beeper {P('PAGER', pager(r))} overnight.",
                     f"Page the stroke team at {P('PAGER', pager(r))} for any change in NIHSS.",
                     f"Pgr: {P('PAGER', pager(r))}"))


def _sn_email(r: R) -> str:
    return _pick(r, (f"Patient prefers e-mail: {P('EMAIL', email(r))}.",
                     f"Forms to be sent to the HCP's address {P('EMAIL', email(r))} per request.",
                     f"cc: {P('EMAIL', email(r))}"))


def _sn_url(r: R) -> str:
    return _pick(r, (f"Video visit link: {P('URL', url(r))}",
                     f"Outside images retrieved from {P('URL', url(r))} (image-sharing portal).",
                     f"Patient uploaded BP log to {P('URL', url(r))}."))


def _sn_ip(r: R) -> str:
    return _pick(r, (f"Telemetry box streaming to central station at {P('IP_ADDRESS', ip(r))}.",
                     f"Remote login for interpreter session from {P('IP_ADDRESS', ip(r))}.",
                     f"Audit: record opened from host {P('IP_ADDRESS', ip(r))} (software build 4.12.0.27)."))


def _sn_ssn(r: R) -> str:
    return _pick(r, (f"Disability paperwork lists social security # {P('SSN', ssn(r))}.",
                     f"SS#: {P('SSN', ssn(r))}",
                     f"Identity verified with SSN {P('SSN', ssn(r))} and photo ID."))


def _sn_mrn(r: R) -> str:
    return _pick(r, (f"Outside MR# {P('MRN', mrn(r))} (records requested).",
                     f"Hospital number: {P('MRN', mrn(r))}",
                     f"Merged duplicate chart; surviving medical record number {P('MRN', mrn(r))}."))


def _sn_account(r: R) -> str:
    return _pick(r, (f"Encounter #: {P('ACCOUNT', account(r))}",
                     f"Billing account {P('ACCOUNT', account(r))} flagged for charity care review.",
                     f"Visit no. {P('ACCOUNT', account(r))} (observation status)."))


def _sn_plan(r: R) -> str:
    return _pick(r, (f"MassHealth ID {P('HEALTH_PLAN', health_plan(r))}; prior auth pending.",
                     f"Subscriber no. {P('HEALTH_PLAN', health_plan(r))} (policy holder: spouse).",
                     f"Medicare Beneficiary Identifier: {P('HEALTH_PLAN', health_plan(r))}"))


def _sn_license(r: R) -> str:
    return _pick(r, (f"Ordering provider NPI: {P('LICENSE', license_(r, 1))}",
                     f"Rx written under DEA {P('LICENSE', license_(r, 0))}.",
                     f"Board certificate no. {P('LICENSE', license_(r, 5))}; state license {P('LICENSE', license_(r, 4))}.",
                     f"Patient's driver license {P('LICENSE', license_(r, 2))} copied to chart."))


def _sn_zip(r: R) -> str:
    return _pick(r, (f"Transportation screen: zip code {P('ZIP', zip_(r))} outside van service area.",
                     f"Mailing zip {P('ZIP', zip_(r))}.",
                     f"Lives in the {P('ZIP', zip_(r))} zip code; food desert per SW."))


def _sn_street(r: R) -> str:
    c, st = city(r)
    return _pick(r, (f"Discharge to daughter's home at {P('STREET_ADDRESS', street(r))}, {P('LOCATION', c)}, {st}.",
                     f"EMS picked up at {P('STREET_ADDRESS', street(r))} after neighbor called.",
                     f"Mail: {P('STREET_ADDRESS', street(r))}, {P('LOCATION', c)} {st} {P('ZIP', zip_(r))}"))


def _sn_date(r: R) -> str:
    return _pick(r, (f"Last tetanus {P('DATE_REAL_YEAR', real_date(r))}.",
                     f"Per outside records, CABG on {P('DATE_REAL_YEAR', real_date(r, 1995, 2020))}.",
                     f"Received COVID booster {P('DATE_REAL_YEAR', real_date(r, 2021, 2024))}.",
                     f"MOLST signed {P('DATE_REAL_YEAR', real_date(r))} (copy in chart)."))


def _sn_age(r: R) -> str:
    return _pick(r, (f"Husband, age {P('AGE_OVER_89', old_age(r))}, is her caregiver.",
                     f"At {P('AGE_OVER_89', old_age(r))} she still lives independently.",
                     f"Mother is {P('AGE_OVER_89', old_age(r))} and lives with them."))


def _sn_device(r: R) -> str:
    return _pick(r, (f"Home CPAP ({_pick(r, DEVICE_MODELS[6:8])}) serial {P('DEVICE_ID', device_id(r))} brought from home.",
                     f"Wound VAC unit S/N {P('DEVICE_ID', device_id(r))} returned to vendor.",
                     f"Glucometer ID {P('DEVICE_ID', device_id(r))} paired to the portal."))


def _sn_vehicle(r: R) -> str:
    return _pick(r, (f"Police report notes plate {P('VEHICLE_ID', plate(r))}.",
                     f"Vehicle (VIN {P('VEHICLE_ID', vin(r))}) towed after the crash.",
                     f"Valet ticket for car with tag {P('VEHICLE_ID', plate(r))}.",
                     f"Handicap placard requested for vehicle {P('VEHICLE_ID', vin(r))}."))


def _sn_person(r: R) -> str:
    return _pick(r, (f"HCP: {P('PERSON', person(r, 0))} (niece).",
                     f"Interpreter {P('PERSON', person(r, r.choice((0, 2))))} present for the visit.",
                     f"Seen with attending Dr. {P('PERSON', person(r, 5))}."))


def _sn_location(r: R) -> str:
    return _pick(r, (f"Recently returned from visiting family in {P('LOCATION', location(r))}.",
                     f"Works on a farm outside {P('LOCATION', city(r)[0])}.",
                     f"Fell at the bus stop in {P('LOCATION', location(r))}."))


def _sn_org(r: R) -> str:
    return _pick(r, (f"Dialysis at {P('ORGANIZATION', org(r, 'clinic'))} MWF.",
                     f"Grandson attends {P('ORGANIZATION', org(r, 'emp'))}.",
                     f"Receives meals from {P('ORGANIZATION', org(r, 'agency'))}.",
                     f"Transferred from {P('ORGANIZATION', org(r, 'hosp'))}."))


SNIPPETS = {
    "PHONE": _sn_phone, "FAX": _sn_fax, "PAGER": _sn_pager, "EMAIL": _sn_email, "URL": _sn_url,
    "IP_ADDRESS": _sn_ip, "SSN": _sn_ssn, "MRN": _sn_mrn, "ACCOUNT": _sn_account, "HEALTH_PLAN": _sn_plan,
    "LICENSE": _sn_license, "ZIP": _sn_zip, "STREET_ADDRESS": _sn_street, "DATE_REAL_YEAR": _sn_date,
    "AGE_OVER_89": _sn_age, "DEVICE_ID": _sn_device, "VEHICLE_ID": _sn_vehicle, "PERSON": _sn_person,
    "LOCATION": _sn_location, "ORGANIZATION": _sn_org,
}


def _insert_snippets(r: R, raw: str, cats: list[str], radiology: bool) -> str:
    """Insert one snippet per category as its own paragraph (never inside the header; in a report, after FINDINGS)."""
    paras = raw.rstrip("\n").split("\n\n")
    lo = max(1, len(paras) // 3)
    if radiology:
        lo = next(k for k, p in enumerate(paras) if p.startswith("FINDINGS")) + 1
    for cat in cats:
        paras.insert(r.randint(lo, len(paras)), SNIPPETS[cat](r))
    return "\n\n".join(paras) + "\n"


CAT_WEIGHT = {c: 1.0 for c in CATEGORIES} | {"PERSON": 2.0, "LOCATION": 1.7, "ORGANIZATION": 1.7, "AGE_OVER_89": 1.4,
                                               "ACCOUNT": 1.3, "FAX": 1.3, "LICENSE": 1.2, "ZIP": 1.2,
                                               "DATE_REAL_YEAR": 2.0}


def _render(r: R, raw: str, targets: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """Unmask one slot of each target category; everything else becomes ``___``."""
    slots = list(_SLOT.finditer(raw))
    chosen: set[int] = set()
    for cat in targets:
        cands = [j for j, m in enumerate(slots) if m.group(1) == cat and j not in chosen]
        if cands:
            chosen.add(r.choice(cands))
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos, length = 0, 0
    for k, m in enumerate(slots):
        piece = raw[pos:m.start()]
        out.append(piece)
        length += len(piece)
        if k in chosen:
            value = m.group(2)
            spans.append((length, length + len(value), m.group(1)))
            out.append(value)
            length += len(value)
        else:
            out.append("___")
            length += 3
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def holdout11_note(seed: int, i: int) -> LabelledNote:
    """One labelled note, deterministic in (seed, i)."""
    r = random.Random(f"{seed}:{i}")
    kind = "discharge" if r.random() < 0.55 else "radiology"
    mode = r.random()
    heavy = mode < 0.05
    n_plant = 0 if mode < 0.43 else r.choices((1, 2, 3, 4), weights=(35, 30, 20, 15))[0]
    cats = sorted(CAT_WEIGHT)
    targets: list[str] = []
    while len(targets) < n_plant:
        c = r.choices(cats, weights=[CAT_WEIGHT[k] for k in cats])[0]
        if c not in targets or c in ("PERSON", "DATE_REAL_YEAR", "ORGANIZATION", "LOCATION"):
            targets.append(c)
    raw = discharge_note(r) if kind == "discharge" else radiology_note(r)
    present = set(m.group(1) for m in _SLOT.finditer(raw))
    missing = [c for c in dict.fromkeys(targets) if c not in present or r.random() < 0.3]
    decoys = [c for c in r.sample(cats, 2) if r.random() < 0.5]  # masked look-alike contexts in any note
    raw = _insert_snippets(r, raw, missing + decoys, kind == "radiology")
    if heavy:
        raw = raw.rstrip("\n") + "\n\n" + heavy_mask_block(r) + "\n"
    text, spans = _render(r, raw, targets)
    return LabelledNote(note_type=kind, text=text, spans=spans)


def holdout11_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """``n_notes`` labelled notes; prefix-stable in ``n_notes``."""
    return [holdout11_note(seed, i) for i in range(n_notes)]


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout11_corpus, argv, __doc__.splitlines()[0])
    report("holdout11", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
