"""Held-out corpus 18 (written blind): ambulatory, telehealth and chronic-disease technology notes.

What it imitates: MIMIC-IV-Note-shaped ``discharge`` and ``radiology`` texts from the ambulatory side
of a health system -- video-visit notes (meeting links, the patient's connection, emergency location),
patient-portal message threads pasted into the chart, remote pacemaker/ICD transmission reviews,
insulin-pump / CGM and home-dialysis / home-oxygen / CPAP follow-up, pharmacy refill and prior
authorisation encounters, home-health nursing visits, work and school letters, and a classic inpatient
discharge summary of a patient who lives with one of these devices. Radiology reports are outpatient
studies (DXA, screening mammography with BI-RADS, limited echocardiogram, sinus CT, vein mapping before
dialysis access, thyroid ultrasound) with referring-clinic headers.

As in MIMIC-IV-Note, identifiers are normally masked as ``___`` and dates are shifted into 2100-2200
(shifted dates are not identifiers). In about 57% of the notes de-identification failed for one to four
identifiers (an address leak can carry a street, a city and a ZIP): the invented, real-looking value is
left in the text and labelled with the exact span of the identifying value only -- cue words ("Dr.",
"MRN:", "Pager", "SN", titles) stay outside the span. About 5% of the notes are heavily masked and carry
no plants. The notes are full of non-identifying look-alikes that are never labelled: eponyms
(Parkinson, Foley, Hunt and Hess, Lewy body, Tenckhoff, Brescia-Cimino, Braden, Morse, Cooper
ligaments...), drug and device brand names, device model numbers, firmware/software versions (some with
four dotted parts), sensor and vaccine lot numbers, NDC, CPT and ICD-10 codes, RxBIN/PCN and employer
group numbers, public hotlines (988, 911, 1-800-MEDICARE, Poison Control, QUIT-NOW), public
organisations' and vendors' help pages, room and bed numbers, ages under 90, shifted dates, bare
reference years, ratios (ICR 1:10, 132/78, 49/51 mg, 25/100), clock positions and scores. Radiology
accession numbers, order numbers, specimen numbers, study-subject IDs, claim numbers, prescription
numbers and prior-authorisation keys never appear, labelled or not.

Labelling follows HIPAA Safe Harbor as briefed: PHONE / FAX / PAGER typed by context (the number only);
EMAIL; URL for patient-specific meeting links and personal pages (not public sites); IP_ADDRESS; SSN; MRN;
ACCOUNT (billing account, visit/CSN numbers); HEALTH_PLAN (member / subscriber / Medicare MBI / Medicaid
IDs of the person, not employer group numbers, insurers unlabelled); LICENSE (driver's and commercial
driver's licences, RN licences, NPI, DEA); ZIP; STREET_ADDRESS (number + street + suffix + unit; city and
ZIP are separate spans, the state is not labelled); DATE_REAL_YEAR (dates with a year 1900-2030, in many
formats); AGE_OVER_89 (the number or number words only); DEVICE_ID (serial numbers of the patient's own
devices, implants and leads; never model numbers, firmware or lots); VEHICLE_ID (plate, VIN); PERSON
(patients, relatives, clinicians, interpreters; "Dr. X" labels X only); LOCATION (town, neighbourhood,
county, foreign city); ORGANIZATION (named hospitals, clinics, practices, pharmacies, home-health
agencies, local suppliers, dialysis programmes, employers, schools, churches). Device manufacturers,
insurers and public bodies are not labelled.

Written blind: its author read only ``holdout_measure.py``, the first ~40 lines of ``notes.py``
(imports, ``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), ``mimic-iv-schema.md``,
``known-data-issues.md``, the fully masked note-shaped samples and ``pyproject.toml``. Nothing of the
detector, its rules, its tests, its documentation or the other held-out corpora was read, and the
detector was never run while writing this corpus. All names, places, organisations and numbers are
invented surrogates (real town names are used as places only).

Every note is a pure function of ``(seed, i)`` (``random.Random`` seeded with a string; no global state).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; names from many cultures; real towns used only as places)
# --------------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Tavita", "Oluwaseun", "Siobhan", "Wojciech", "Priyanka", "Kenji", "Farida", "Esperanza", "Ingrid", "Dmitri",
    "Aroha", "Beatriz", "Chidinma", "Rustam", "Marguerite", "Deshawn", "Yusuf", "Mei-Lin", "Anneliese", "Kofi",
    "Leilani", "Ragnhild", "Svetlana", "Tomasz", "Hamid", "Nadia", "Isidro", "Oksana", "Ayesha", "Rosalind",
    "Cormac", "Eero", "Zanele", "Femi", "Thanh", "Gaëlle", "Joaquín", "Małgorzata", "Søren", "Inés",
    "Teodora", "Bartholomew", "Anselm", "Xiomara", "Lucrezia", "Nnamdi", "Parveen", "Shoshana", "Yitzhak", "Amadou",
    "Fatoumata", "Kalani", "Dagny", "Ottilie", "Lorcan", "Niamh", "Ximena", "Ignatius", "Wilhelmina", "Takeshi",
    "Haruka", "Jae-won", "Seo-yeon", "Arjun", "Lakshmi", "Babajide", "Folasade", "Vasilis", "Eleni", "Anouk",
    "Maarten", "Radu", "Ioana", "Mirela", "Dorcas", "Obadiah", "Thaddeus", "Perpetua", "Cosmin", "Marisol",
)
LAST_NAMES = (
    "Faleolo", "Adebayo", "Kavanagh", "Zielinski", "Venkataraman", "Okabe", "Haddad", "Quintero", "Solberg",
    "Volkonsky", "Olmedo", "Eze", "Nazarov", "Thibodeaux", "Whitlock", "Demirci", "Tsai", "Brandt", "Mensah",
    "Kahananui", "Ignatova", "Wrobel", "Rahimi", "Boutros", "Villalobos", "Bautista", "Hrytsenko", "Tran",
    "Siddiqui", "Ashcombe", "Doherty", "Virtanen", "Dlamini", "Ogunleye", "Tuilagi", "Nakashima", "Castellanos",
    "Przybylski", "Abernathy", "Lindqvist", "Oyelaran", "Marchetti", "Delacroix", "Achterberg", "Szabo",
    "Petrakis", "Nwosu", "Bhattacharya", "Rosenthal", "Kowalczyk", "Aguilar-Reyes", "Ferreira", "Drummond",
    "Halvorsen", "Kealoha", "Estrada", "Sandoval", "Pellegrino", "Osei", "Owusu", "Asante", "Kaminski",
    "Horvath", "Lindgren", "Moriarty", "Gallagher", "Quigley", "McAllister", "O'Rourke", "DeMarco", "Santangelo",
    "Takahashi", "Raghunathan", "Iyer", "Chaudhry", "Qureshi", "Baptiste", "Jean-Louis", "Desrosiers",
    "Okonkwo", "Teixeira", "Monteiro", "Kristiansen", "Haugen", "Mäkinen", "Rantanen", "Nguyen-Tran", "Fonoti",
    "Amarasekara", "Wójcik",
)
TOWNS = (
    ("Chicopee", "MA", "010"), ("Holyoke", "MA", "010"), ("Westfield", "MA", "010"), ("Pittsfield", "MA", "012"),
    ("Fitchburg", "MA", "014"), ("Leominster", "MA", "014"), ("Gardner", "MA", "014"), ("Haverhill", "MA", "018"),
    ("Methuen", "MA", "018"), ("Lowell", "MA", "018"), ("Brockton", "MA", "023"), ("Taunton", "MA", "027"),
    ("Attleboro", "MA", "027"), ("Fall River", "MA", "027"), ("New Bedford", "MA", "027"), ("Revere", "MA", "021"),
    ("Malden", "MA", "021"), ("Framingham", "MA", "017"), ("Marlborough", "MA", "017"), ("Pawtucket", "RI", "028"),
    ("Woonsocket", "RI", "028"), ("Cranston", "RI", "029"), ("Nashua", "NH", "030"), ("Keene", "NH", "034"),
    ("Lewiston", "ME", "042"), ("Bangor", "ME", "044"), ("Rutland", "VT", "057"), ("Willimantic", "CT", "062"),
    ("Torrington", "CT", "067"), ("Meriden", "CT", "064"), ("Norwich", "CT", "063"), ("Amesbury", "MA", "019"),
)
NEIGHBOURHOODS = (
    "Dorchester", "Mattapan", "Roslindale", "Jamaica Plain", "East Boston", "Hyde Park", "Roxbury", "Charlestown",
    "Allston",
)
COUNTIES = (
    "Hampden County", "Bristol County", "Essex County", "Worcester County", "Berkshire County",
    "Androscoggin County", "Windham County", "Plymouth County",
)
FOREIGN = (
    ("Ponce", "Puerto Rico"), ("Mayagüez", "Puerto Rico"), ("Santo Domingo", "the Dominican Republic"),
    ("Santiago de los Caballeros", "the Dominican Republic"), ("Port-au-Prince", "Haiti"), ("Cap-Haïtien", "Haiti"),
    ("Praia", "Cape Verde"), ("Mindelo", "Cape Verde"), ("Kumasi", "Ghana"), ("Enugu", "Nigeria"),
    ("Ibadan", "Nigeria"), ("Da Nang", "Vietnam"), ("Quetzaltenango", "Guatemala"), ("Cuenca", "Ecuador"),
    ("Medellín", "Colombia"), ("Braga", "Portugal"), ("Ponta Delgada", "the Azores"), ("Kraków", "Poland"),
    ("Lviv", "Ukraine"), ("Apia", "Samoa"), ("Tromsø", "Norway"),
)
STREETS = (
    "Aldgate", "Corliss", "Fenwick", "Quarry Hill", "Larkspur", "Whitcomb", "Hollins", "Tamarack", "Juniper",
    "Birchmont", "Sumner", "Wachusett", "Esterbrook", "Pleasant View", "Old Farm", "Carrington", "Mill Pond",
    "Linwood", "Vernon", "Hastings", "Greenhalge", "Pondview", "Kimball", "Ashworth", "Bellevue", "Cobble Hill",
    "Fairmount", "Lafayette", "Prospect", "Orchard Hill",
)
STREET_SUFFIXES = (
    "Street", "St", "St.", "Avenue", "Ave", "Road", "Rd.", "Terrace", "Lane", "Ln", "Way", "Court", "Place",
    "Circle", "Drive", "Boulevard", "Parkway",
)
UNITS = ("Apt 3B", "Apt. 407", "Unit 2", "#14", "Apt 2R", "2nd Floor", "Apt 11", "Unit C", "Apt. 1L", "#306")

PHARMACIES = (
    "Merrimack Bend Pharmacy", "Corliss Square Apothecary", "Ferncliff Family Pharmacy", "Two Mills Drug",
    "Larchmont Compounding Pharmacy", "Quabbin Road Pharmacy", "Saltbox Pharmacy", "Heron Point Drug Co",
    "Eastbrook Community Pharmacy", "Vale Street Pharmacy",
)
CLINICS = (
    "Harborlight Family Medicine", "Quarry Hill Endocrine Associates", "Tamsett Cardiology Group",
    "Riverbend Community Health Center", "Nashoba Kidney Associates", "Wyndmoor Pulmonary & Sleep",
    "Ashgrove Pediatric and Adolescent Medicine", "Kestrel Point Primary Care", "Lantern Hill Internal Medicine",
    "Bellwether Heart Rhythm Clinic", "Sandpiper ENT & Allergy", "Greywood Women's Health",
)
HOSPITALS = (
    "St. Brendan's Regional Hospital", "Wachusett Valley Medical Center", "Saint Aurelia Hospital",
    "Copperbeech Memorial Hospital", "Nonantum General Hospital", "Hollowell Community Hospital",
    "Tri-Rivers Medical Center",
)
HOME_AGENCIES = (
    "Hearthside Home Health", "Bluestem Visiting Nurse Association", "Saltmarsh Visiting Nurses",
    "Cardinal Way Home Care",
)
SUPPLIERS = (
    "Kestrel Home Medical", "Northgate Respiratory Supply", "Bayview Home Oxygen", "Granite Ledge Home Dialysis Supply",
    "Clearwater Diabetes Supply", "Ridgeline Sleep & Respiratory",
)
DIALYSIS_PROGRAMS = (
    "Merrowfield Home Dialysis Program", "Blackstone Valley Kidney Center", "Fernhill Home Therapies Unit",
)
FACILITIES = (
    "Blue Heron Rehabilitation and Nursing", "Maple Crest Skilled Nursing", "Linden Court Assisted Living",
    "Brookhaven Manor Nursing Home",
)
IMAGING_CENTERS = (
    "Stonewall Imaging Center", "Harbourside Radiology Associates", "Pinecrest Women's Imaging",
    "Valley Open MRI & Diagnostic",
)
EMPLOYERS = (
    "Kessler Fastener Works", "Cobble Lane Bakery", "Brightwater Logistics", "Pioneer Tool & Die",
    "Aldermoor Credit Union", "Tamarack Auto Body", "Greenleaf Landscaping", "Westmark Plastics",
    "Juniper Ridge Senior Living", "Holloway Freight Lines", "Riverside Print & Mail",
)
SCHOOLS = (
    "Hollis Brook Middle School", "Eastfield Regional High School", "Quinebaug Valley Community College",
    "St. Odilia Catholic School", "Meadowlark Elementary School", "Bascom Technical High School",
    "Merrimack Falls Community College", "Ashuelot Adult Learning Center",
)
COLLEGES = (SCHOOLS[2], SCHOOLS[6], SCHOOLS[7])
CHILD_SCHOOLS = (SCHOOLS[0], SCHOOLS[1], SCHOOLS[3], SCHOOLS[4], SCHOOLS[5])
CHURCHES = (
    "St. Casimir Parish", "Emmanuel Haitian Baptist Church", "Igreja Nova Vida", "Iglesia Pentecostal Monte Horeb",
    "Temple Beth Ahavah",
)
ORGANIZATIONS = (
    PHARMACIES + CLINICS + HOSPITALS + HOME_AGENCIES + SUPPLIERS + DIALYSIS_PROGRAMS + FACILITIES + IMAGING_CENTERS
    + EMPLOYERS + SCHOOLS + CHURCHES
)

# --------------------------------------------------------------------------------------------------
# Look-alikes that are never labelled (exported for the label-integrity tests)
# --------------------------------------------------------------------------------------------------

EPONYMS = (
    "Parkinson", "Foley", "Glasgow", "Whipple", "Hunt and Hess", "Lewy bod", "Tenckhoff", "Brescia-Cimino",
    "Charcot", "Hashimoto", "Kussmaul", "Mobitz", "Wenckebach", "Holter", "Valsalva", "Semmes-Weinstein", "Braden",
    "Morse", "Katz", "Lawton", "Allen test", "Simpson", "Lund-Mackay", "Haller", "Onodi", "Keros", "Cooper",
    "Mallampati", "Epworth", "Hoover", "Hoehn and Yahr", "Kimmelstiel-Wilson", "Tyrer-Cuzick", "Snellen",
)
DRUG_BRANDS = (
    "Humalog", "Lantus", "Tresiba", "Ozempic", "Mounjaro", "Jardiance", "Farxiga", "Entresto", "Eliquis",
    "Trulicity", "Baqsimi", "Semglee", "Basaglar", "Fiasp", "Lyumjev", "Trelegy", "Spiriva", "Renvela", "Sensipar",
    "Aranesp", "Extraneal", "Velphoro", "Synthroid", "Rytary", "Dianeal", "Xarelto", "Prolia",
)
DEVICE_BRANDS = (
    "Medtronic", "Dexcom", "Tandem", "Omnipod", "FreeStyle Libre", "Abbott", "Boston Scientific", "Biotronik",
    "ResMed", "Philips Respironics", "Inogen", "Baxter", "Fresenius", "NxStage", "Omron", "Hologic", "GE Lunar",
    "Eversense", "Caire", "Beta Bionics",
)
HOTLINES = ("988", "911", "1-800-222-1222", "1-800-633-4227", "1-800-784-8669", "711")
PUBLIC_URLS = (
    "https://www.cdc.gov/diabetes", "https://medlineplus.gov", "https://diabetes.org/tools-resources",
    "https://www.heart.org/en/health-topics/heart-failure", "https://www.kidney.org/kidney-topics",
    "https://support.zoom.com/hc/en", "https://help.doxy.me", "https://www.ssa.gov/disability",
    "https://www.medicare.gov/coverage/durable-medical-equipment-dme-coverage",
    "https://www.fda.gov/medical-devices/digital-health-center-excellence/cybersecurity",
)
INSURERS = (
    "Tufts Health Plan", "Blue Cross Blue Shield of Massachusetts", "MassHealth", "Harvard Pilgrim",
    "Medicare Part B", "UnitedHealthcare Community Plan", "Aetna Medicare Advantage", "Fallon Health",
)

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")
_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
_ALNUM = _LET + "0123456789"
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
_MON_ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_AREA_CODES = ("413", "508", "774", "978", "351", "781", "339", "857", "603", "401", "860", "207", "802", "959")
_UNIT_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
AGE_WORDS = {"ninety": 90} | {f"ninety-{w}": 90 + k for k, w in enumerate(_UNIT_WORDS) if w}


def _pat(r: random.Random, pattern: str) -> str:
    """'#' digit, '@' letter (no I/O/Q), '?' either; anything else literal."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(r.randrange(10)))
        elif ch == "@":
            out.append(r.choice(_LET))
        elif ch == "?":
            out.append(r.choice(_ALNUM))
        else:
            out.append(ch)
    return "".join(out)


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


@dataclass(frozen=True)
class _P:
    first: str
    last: str


def _person(r: random.Random) -> _P:
    return _P(r.choice(FIRST_NAMES), r.choice(LAST_NAMES))


def _full(r: random.Random, p: _P, upper: bool = False) -> str:
    k = r.randrange(6 if upper else 5)
    if k == 1:
        return f"{p.last}, {p.first}"
    if k == 2:
        return f"{p.first[0]}. {p.last}"
    if k == 3:
        return f"{p.first} {r.choice(_LET)}. {p.last}"
    if k == 5:
        return f"{p.last.upper()}, {p.first.upper()}"
    return f"{p.first} {p.last}"


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _phone(r: random.Random) -> str:
    a = r.choice(_AREA_CODES)
    ex = r.randint(202, 989)
    while ex % 100 == 11 or ex == 555:
        ex = r.randint(202, 989)
    ln = _digits(r, 4)
    return r.choice((f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"({a}) {ex}-{ln}",
                     f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"1-{a}-{ex}-{ln}", f"{a} {ex} {ln}"))


def _pager(r: random.Random) -> str:
    k = r.random()
    if k < 0.45:
        return _phone(r)
    if k < 0.8:
        return r.choice("2345678") + _digits(r, 4)
    return f"{r.randint(2, 8)}-{_digits(r, 4)}"


def _email(r: random.Random, p: _P) -> str:
    f = _ascii(p.first).lower().replace(" ", "").replace("-", "")
    la = _ascii(p.last).lower().replace(" ", "").replace("-", "")
    handle = r.choice((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f}{r.randint(50, 99)}",
                       f"{f}_{la[:4]}{r.randint(1950, 2004)}", f"{f}.{la[0]}.{r.randint(100, 999)}"))
    dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "verizon.net", "aol.com",
                    "protonmail.com", "hotmail.com", "charter.net"))
    return f"{handle}@{dom}"


def _ip(r: random.Random) -> str:
    if r.random() < 0.12:
        return "2601:" + ":".join(f"{r.randrange(1, 0xFFFF):x}" for _ in range(3)) + "::" + f"{r.randrange(1, 0xFFF):x}"
    first = r.choice((24, 47, 50, 64, 66, 67, 68, 69, 71, 73, 74, 75, 76, 96, 98, 99, 107, 108, 146, 162, 173, 174,
                      184, 208))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}",
                     f"{area:03d}{g:02d}{s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_digits(r, 7), _digits(r, 8), "0" + _digits(r, 7), _pat(r, "##-##-###"),
                     _pat(r, "@#######"), _digits(r, 9)))


def _account(r: random.Random) -> str:
    return r.choice((_digits(r, 10), "7" + _digits(r, 9), _pat(r, "####-#####"), _digits(r, 8),
                     _pat(r, "HAR######"), _digits(r, 9)))


def _mbi(r: random.Random) -> str:
    no = "ACDEFGHJKMNPQRTUVWXY"
    an = no + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(no) + r.choice(an) + str(r.randrange(10)) + r.choice(no) + r.choice(an)
         + str(r.randrange(10)) + r.choice(no) + r.choice(no) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def _member(r: random.Random) -> str:
    return r.choice((_pat(r, "@@@#########"), _pat(r, "W#########"), _digits(r, 12), _pat(r, "M##########"),
                     _pat(r, "ZGP########"), _pat(r, "#########-01")))


def _group(r: random.Random) -> str:
    return r.choice((_digits(r, 6), _pat(r, "00###"), _pat(r, "GRP-####"), _digits(r, 8)))


def _luhn_digit(payload: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(payload)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _npi(r: random.Random) -> str:
    base = r.choice("12") + _digits(r, 8)
    return base + _luhn_digit("80840" + base)


def _dea(r: random.Random, last: str) -> str:
    d = [r.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = _ascii(last)[0].upper()
    return r.choice("ABFGM") + initial + "".join(map(str, d)) + str(chk)


def _driver_licence(r: random.Random) -> str:
    return r.choice((_pat(r, "S########"), _pat(r, "S########"), _digits(r, 9), _pat(r, "##@@@#####"),
                     _digits(r, 7), _pat(r, "SA#######")))


def _rn_licence(r: random.Random) -> str:
    return r.choice((_pat(r, "RN#######"), _digits(r, 7), _pat(r, "RN-######"), _digits(r, 6)))


_VIN_VAL = {c: v for v, cs in enumerate(("", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ")) for c in cs}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(r: random.Random) -> str:
    wmi = r.choice(("1HG", "2T3", "5YJ", "1FM", "3VW", "JTD", "KNM", "1C4", "4T1", "5NP", "JN8", "WBA"))
    body = wmi + _pat(r, "?????") + "0" + r.choice("ABCDEFGHJKLMNPRS") + r.choice(_LET) + _digits(r, 6)
    total = sum((_VIN_VAL[c] if c.isalpha() else int(c)) * w for c, w in zip(body, _VIN_W, strict=True))
    chk = total % 11
    return body[:8] + ("X" if chk == 10 else str(chk)) + body[9:]


def _plate(r: random.Random) -> str:
    p = r.choice((_pat(r, "#@@@##"), _pat(r, "@@@ ###"), _pat(r, "###-@@@"), _pat(r, "#@@#"), _pat(r, "##@@##"),
                  _pat(r, "@@-####"), _pat(r, "#@@ ###")))
    return str(r.randint(1, 9)) + p[1:] if p[0] == "0" else p


def _zip(r: random.Random, z3: str) -> str:
    z = z3 + _digits(r, 2)
    return z + "-" + _digits(r, 4) if r.random() < 0.25 else z


def _street(r: random.Random, unit: bool | None = None) -> str:
    s = f"{r.randint(2, 2899)} {r.choice(STREETS)} {r.choice(STREET_SUFFIXES)}"
    if unit if unit is not None else r.random() < 0.55:
        s += r.choice((", ", " ")) + r.choice(UNITS)
    return s


def _rdate(r: random.Random, lo: int, hi: int) -> str:
    y, m, dd = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(10)
    if k == 0:
        return f"{m:02d}/{dd:02d}/{y}"
    if k == 1:
        return f"{m}/{dd}/{y}"
    if k == 2:
        return f"{_MONTHS[m - 1]} {dd}, {y}"
    if k == 3:
        return f"{dd} {_MONTHS[m - 1][:3]} {y}"
    if k == 4:
        return f"{y}-{m:02d}-{dd:02d}"
    if k == 5:
        return f"{_MON_ABBR[m - 1]} {dd}, {y}"
    if k == 6:
        return f"{m:02d}-{dd:02d}-{y}"
    if k == 7:
        return f"{dd}-{_MONTHS[m - 1][:3].upper()}-{y}"
    if k == 8:
        return f"{m}.{dd}.{y}"
    return f"{m:02d}/{dd:02d}/{y}"


class _Rng(random.Random):
    """A Random that also carries the note's shifted base year (dates in one note stay close together)."""

    year = 0


def _sdate(r: random.Random) -> str:
    base = getattr(r, "year", 0)
    y = base + r.choice((-1, 0, 0, 0, 0, 1)) if base else r.randint(2110, 2195)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    k = r.random()
    if k < 0.6:
        return f"{y}-{m:02d}-{dd:02d}"
    if k < 0.85:
        return f"{m:02d}/{dd:02d}/{y}"
    return f"{_MONTHS[m - 1]} {dd}, {y}"


def _time(r: random.Random) -> str:
    return f"{r.randint(7, 19):02d}:{r.choice(('00', '05', '12', '18', '24', '30', '37', '41', '45', '52'))}"


def _age90(r: random.Random) -> str:
    n = r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103))
    if n < 100 and r.random() < 0.25:
        return "ninety" if n == 90 else f"ninety-{_UNIT_WORDS[n - 90]}"
    return str(n)


def _fw(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 240)}"
    if k < 0.7:
        return f"{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}"
    return f"{r.randint(2, 14)}.{r.randint(0, 9)}"


def _lot(r: random.Random) -> str:
    return r.choice((_digits(r, 7), _pat(r, "@@####@@"), _pat(r, "####@"), _pat(r, "@#####-##")))


# --------------------------------------------------------------------------------------------------
# Note builder
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _S:
    """A PHI slot: rendered as the labelled value if its key leaked, else as ``___``."""

    key: str
    cat: str
    value: str


class _Doc:
    def __init__(self, r: random.Random, leak: set[str], heavy: bool) -> None:
        self.r = r
        self.leak = leak
        self.heavy = heavy
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0
        self.rendered: set[str] = set()

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def slot(self, s: _S) -> None:
        self.rendered.add(s.key)
        if s.key in self.leak:
            assert s.cat in CATEGORIES and s.value == s.value.strip() and s.value, s
            self.spans.append((self.n, self.n + len(s.value), s.cat))
            self.t(s.value)
        else:
            self.t("___")

    def f(self, tpl: str, **kw: object) -> None:
        pos = 0
        for m in _FIELD.finditer(tpl):
            self.t(tpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, _S):
                self.slot(v)
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])

    def want(self, *keys: str, p: float) -> bool:
        if any(k in self.leak for k in keys):
            return True
        return self.r.random() < (min(1.0, p * 2.2) if self.heavy else p)

    def age(self, key: str, lo: int, hi: int) -> _S | str:
        if key in self.leak:
            return _S(key, "AGE_OVER_89", _age90(self.r))
        return "___" if self.r.random() < 0.5 or self.heavy else str(self.r.randint(lo, hi))

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------------
# Clinical content per chronic-disease technology
# --------------------------------------------------------------------------------------------------

_PUMPS = (
    ("Tandem t:slim X2 insulin pump with Control-IQ", "", "########"),
    ("Medtronic MiniMed 780G insulin pump", "model MMT-1886", "NG#######H"),
    ("Medtronic MiniMed 770G insulin pump", "model MMT-1880", "NG#######H"),
    ("Omnipod 5 automated insulin delivery system", "controller model PDM-H001", "@######"),
    ("Beta Bionics iLet bionic pancreas", "model BB-1200", "IL#######"),
)
_CGMS = (
    ("Dexcom G6 transmitter", "Dexcom G6", "8?????"),
    ("Guardian 4 transmitter", "Guardian 4 sensor", "GT4#######"),
    ("Eversense E3 implanted sensor", "Eversense E3 with Smart Transmitter", "#######"),
    ("Dexcom G7 receiver", "Dexcom G7", "PG7@######"),
    ("FreeStyle Libre 2 reader", "FreeStyle Libre 2 Plus", "MAGZ#######"),
)
_ICDS = (
    ("Medtronic Cobalt XT HF Quad CRT-D", "model DTPA2QQ", "@@@6#####H"),
    ("Boston Scientific RESONATE X4 CRT-D", "model G447", "######"),
    ("Abbott Gallant HF CRT-D", "model CDHFA500Q", "#######"),
    ("Biotronik Rivacor 7 HF-T QP CRT-D", "model 429531", "########"),
    ("Medtronic Evera MRI XT DR ICD", "model DDMB2D4", "@@@######S"),
)
_PACERS = (
    ("Medtronic Azure XT DR MRI SureScan pacemaker", "model W1DR01", "@@@######G"),
    ("Abbott Assurity MRI dual-chamber pacemaker", "model PM2272", "#######"),
    ("Boston Scientific Accolade MRI DR pacemaker", "model L331", "######"),
    ("Biotronik Enitra 8 DR-T pacemaker", "model 407145", "########"),
)
_LEADS = {  # manufacturer -> (RV pacing lead, RV defibrillation lead, RA lead, serial pattern)
    "Medtronic": ("Medtronic CapSureFix Novus MRI SureScan 5076-58 cm", "Medtronic Sprint Quattro Secure 6947M",
                  "Medtronic CapSureFix Novus 5076-52 cm", "PJN#######"),
    "Boston": ("Boston Scientific INGEVITY+ 7842", "Boston Scientific RELIANCE 4-FRONT 0693",
               "Boston Scientific INGEVITY+ 7841", "######"),
    "Abbott": ("Abbott Tendril STS 2088TC/58", "Abbott Durata 7122Q", "Abbott Tendril STS 2088TC/52", "@@@#####"),
    "Biotronik": ("Biotronik Solia S 60", "Biotronik Protego DF4 S 65", "Biotronik Solia S 53", "########"),
}
_MONITORS = {  # manufacturer -> (remote system, home monitor, what its version is called)
    "Medtronic": ("CareLink Network", "MyCareLink Smart app", "app version"),
    "Boston": ("LATITUDE NXT", "LATITUDE communicator (model 6290)", "software"),
    "Abbott": ("Merlin.net", "Merlin@home transmitter", "firmware"),
    "Biotronik": ("Home Monitoring Service Center", "CardioMessenger Smart", "firmware"),
}
_CYCLERS = (
    ("Baxter Amia automated PD cycler with Sharesource", "AM#######"),
    ("Fresenius Liberty Select cycler", "LS######"),
)
_HHD = (
    ("NxStage System One with PureFlow SL", "NX-#####"),
    ("Tablo hemodialysis system", "TB####-####"),
)
_O2 = (
    ("Philips Respironics EverFlo 5 L stationary concentrator", "model 1020000", "EF#######"),
    ("Inogen One G5 portable oxygen concentrator", "model IS-500", "G5#########"),
    ("Caire Companion 5 stationary concentrator", "model AS097-1", "CC##-#####"),
    ("Invacare Platinum 10 concentrator", "model IRC10LXO2", "##@@######"),
)
_CPAPS = (
    ("ResMed AirSense 11 AutoSet", "model 39000", "23#########"),
    ("ResMed AirSense 10 AutoSet", "model 37207", "22#########"),
    ("Philips DreamStation 2 Auto CPAP", "model DSX900T11", "J#########@"),
)
_DBS = (
    ("Medtronic Percept PC neurostimulator", "model B35200", "NPK######H"),
    ("Abbott Infinity 7 IPG", "model 6660", "#######"),
    ("Boston Scientific Vercise Genus R16 IPG", "model DB-1416", "######"),
)

_KIND_CLINICS = {
    "pump": (CLINICS[1], CLINICS[0], CLINICS[7]), "cgm2": (CLINICS[1], CLINICS[0], CLINICS[3], CLINICS[8]),
    "icd": (CLINICS[2], CLINICS[9]), "pacer": (CLINICS[2], CLINICS[9]), "pd": (CLINICS[4],), "hhd": (CLINICS[4],),
    "o2": (CLINICS[5], CLINICS[8]), "cpap": (CLINICS[5], CLINICS[10]), "dbs": (CLINICS[8], CLINICS[0]),
}
_KIND_SERVICE = {
    "pump": "ENDOCRINOLOGY", "cgm2": "ENDOCRINOLOGY", "icd": "CARDIOLOGY", "pacer": "CARDIOLOGY",
    "pd": "NEPHROLOGY", "hhd": "NEPHROLOGY", "o2": "PULMONARY", "cpap": "SLEEP MEDICINE", "dbs": "NEUROLOGY",
}
# ages a 90-year-old plausibly has this technology at (age events are only planned for these kinds)
_OLD_KINDS = {"cgm2", "icd", "pacer", "pd", "o2", "dbs"}
_DEV2_KINDS = {"pump", "cgm2", "icd", "pacer", "hhd", "o2", "dbs"}


def _clin(r: random.Random, kind: str) -> dict[str, object]:
    """Device, history, data review, medications, labs and plan for one chronic-disease technology."""
    c: dict[str, object] = {"kind": kind, "service": _KIND_SERVICE[kind], "fw": _fw(r), "lot": _lot(r)}
    if kind == "pump":
        dev, model, snp = r.choice(_PUMPS)
        d2, m2, sn2 = r.choice(_CGMS)
        tir, tbr = r.randint(48, 82), round(r.uniform(0.5, 5.5), 1)
        icr, isf = r.choice((8, 9, 10, 12, 15)), r.choice((30, 35, 40, 45, 50, 60))
        c.update(
            dev=dev, model=model, sn=_pat(r, snp), dev2=d2, model2=m2, sn2=_pat(r, sn2),
            dx="type 1 diabetes mellitus on automated insulin delivery",
            cc=r.choice(("Hyperglycemia and ketosis after pump infusion-set failure", "Diabetic ketoacidosis")),
            reason=r.choice(("3-month diabetes follow-up", "review of pump and CGM data after recurrent lows",
                             "follow-up after a ketone episode", "pre-travel diabetes planning")),
            hpi=[
                f"Diagnosed at age {r.randint(4, 30)} with DKA at presentation; on pump therapy for "
                f"{r.randint(2, 20)} years, hybrid closed loop for {r.randint(1, 5)}.",
                f"Reports {r.randint(2, 6)} episodes of level 2 hypoglycemia in the past month, mostly after evening "
                "exercise; treats with 4 glucose tablets (16 g) and rechecks in 15 minutes.",
                "Woke to an occlusion alarm with BG >400 and small urine ketones; changed the site, gave a correction "
                "by pen and was back in range by late morning.",
                "Notes lipohypertrophy at the abdominal sites and has started rotating to the flanks and upper arms.",
                "Pre-boluses 10-15 minutes before meals about half the time; misses lunch boluses on work days.",
                "Dawn phenomenon is visible on the overlay; the algorithm raises basal between 03:00 and 07:00.",
                "Denies polyuria, abdominal pain or Kussmaul breathing during the recent high readings.",
                "Past medical history also notable for Hashimoto thyroiditis, on levothyroxine.",
                "Monofilament (Semmes-Weinstein 10 g) sensation intact at 10/10 sites bilaterally.",
                f"Snellen acuity 20/{r.choice((20, 25, 30))} OU at the last eye visit; no retinopathy reported.",
            ],
            data=[
                f"CGM 14-day summary ({m2}): time in range 70-180 mg/dL {tir}%, above 180 {100 - tir - int(tbr)}%, "
                f"below 70 {tbr}% (below 54: {round(tbr / 4, 1)}%), mean glucose {r.randint(138, 205)} mg/dL, "
                f"GMI {round(r.uniform(6.4, 8.6), 1)}%, CV {round(r.uniform(28, 41), 1)}%, sensor wear "
                f"{r.randint(82, 99)}%.",
                f"Pump download: TDD {round(r.uniform(24, 68), 1)} units/day ({r.randint(38, 55)}% basal), "
                f"{r.randint(3, 7)} boluses/day, automated mode {r.randint(80, 99)}% of the time, site changes every "
                f"{r.choice(('2', '3', '2-3', '3-4'))} days.",
                f"Settings: basal 0.{r.randint(45, 95)}-1.{r.randint(0, 35):02d} units/h; ICR 1:{icr}; ISF 1:{isf}; "
                f"target {r.choice((100, 110, 120))} mg/dL; active insulin time {r.choice(('3', '3.5', '4'))} h.",
                f"Sensor lot {c['lot']} with two early sensor failures; replacements requested from the manufacturer.",
            ],
            meds=[r.choice(("Insulin lispro (Humalog)", "Insulin aspart (Fiasp)", "Insulin lispro-aabc (Lyumjev)"))
                  + " via pump, per pump settings", "Glucagon nasal powder (Baqsimi) 3 mg "
                  "intranasally once PRN severe hypoglycemia", f"Levothyroxine (Synthroid) {r.choice((50, 75, 88))} "
                  "mcg daily", f"Lisinopril {r.choice((2.5, 5, 10))} mg daily", "Atorvastatin 20 mg nightly",
                  r.choice(("Insulin glargine (Semglee)", "Insulin degludec (Tresiba)"))
                  + " pen, backup only if pump fails (per written backup plan)"],
            labs=[f"%HbA1c-{round(r.uniform(6.5, 9.4), 1)}*", f"Glucose-{r.randint(160, 420)}*",
                  f"Na-{r.randint(131, 140)} K-{round(r.uniform(3.6, 5.4), 1)} Cl-{r.randint(96, 106)} "
                  f"HCO3-{r.randint(12, 26)} AnGap-{r.randint(10, 24)}",
                  f"TSH-{round(r.uniform(0.8, 4.2), 2)}", f"UreaN-{r.randint(8, 24)} Creat-0.{r.randint(6, 9)}"],
            plan=["Reviewed pre-bolus timing and lowering the exercise target 1-2 h before activity.",
                  "Backup injection plan reviewed (long-acting dose written on the card).",
                  "Check ketones for BG >250 for more than 2 h or any nausea; site change if no response "
                  "to a correction.",
                  "Annual dilated eye exam and urine albumin/creatinine ratio due."],
            supply="diabetes supplies",
        )
    elif kind == "cgm2":
        d2, m2, sn2 = r.choice(_CGMS[3:])
        c.update(
            dev="FreeStyle Libre 3 Plus CGM" if r.random() < 0.5 else "Dexcom G7 CGM", model="", sn="",
            dev2=d2, model2=m2, sn2=_pat(r, sn2),
            dx="type 2 diabetes mellitus on basal insulin, GLP-1 receptor agonist and CGM",
            cc="Hypoglycemia with fall",
            reason=r.choice(("diabetes follow-up with CGM review", "insulin titration", "review of CGM after a low")),
            hpi=[
                f"Type 2 diabetes for {r.randint(6, 30)} years; started basal insulin {r.randint(1, 8)} years ago "
                "and a CGM this year after two hospitalizations for hyperglycemia.",
                f"Tolerating tirzepatide (Mounjaro) titration with mild early satiety; weight down "
                f"{r.randint(4, 22)} lb since the last visit.",
                "Fasting readings 140-180 mg/dL; post-dinner peaks to 260-300 after carbohydrate-heavy meals.",
                "History of right midfoot Charcot arthropathy, stable in a custom boot; checks feet daily with a "
                "mirror.",
                "Slept through one overnight low alarm last week; otherwise few readings below 70 mg/dL.",
            ],
            data=[f"CGM 14-day summary: time in range {r.randint(40, 78)}%, mean glucose {r.randint(150, 230)} mg/dL, "
                  f"GMI {round(r.uniform(6.9, 9.2), 1)}%, below 70 {round(r.uniform(0, 2.5), 1)}%, active "
                  f"{r.randint(75, 98)}% of the time.",
                  f"Home BP log averages {r.randint(118, 146)}/{r.randint(66, 90)} mmHg on the Omron cuff."],
            meds=[f"Insulin glargine ({r.choice(('Lantus', 'Basaglar'))}) {r.randint(14, 60)} units at bedtime",
                  r.choice((f"Tirzepatide (Mounjaro) {r.choice(('5', '7.5', '10'))} mg subcut weekly",
                            f"Semaglutide (Ozempic) {r.choice(('0.5', '1', '2'))} mg subcut weekly",
                            "Dulaglutide (Trulicity) 1.5 mg subcut weekly")),
                  "Metformin ER 1000 mg twice daily", "Empagliflozin (Jardiance) 10 mg daily",
                  f"Losartan {r.choice((25, 50, 100))} mg daily", "Rosuvastatin 10 mg daily"],
            labs=[f"%HbA1c-{round(r.uniform(7.0, 10.8), 1)}*", f"Glucose-{r.randint(50, 480)}*",
                  f"Creat-{round(r.uniform(0.8, 1.6), 2)} eGFR {r.randint(42, 88)}",
                  f"Urine albumin/creatinine {r.randint(12, 420)} mg/g"],
            plan=["Increase glargine by 2 units every 3 days to a fasting target of 90-130 mg/dL.",
                  "Continue GLP-1/GIP agonist; hold if vomiting.", "Podiatry every 3 months."],
            supply="diabetes supplies",
        )
    elif kind in ("icd", "pacer"):
        dev, model, snp = r.choice(_ICDS if kind == "icd" else _PACERS)
        pace_lead, icd_lead, ra_lead, lsn = _LEADS[dev.split()[0]]
        lead = icd_lead if kind == "icd" else pace_lead
        system, mon, monv = _MONITORS[dev.split()[0]]
        ef = r.randint(20, 35) if kind == "icd" else r.randint(45, 62)
        c.update(
            dev=dev, model=model, sn=_pat(r, snp), dev2=lead, model2="", sn2=_pat(r, lsn), monitor=mon,
            monitor_v=monv, system=system, ra_lead=ra_lead,
            dx=("heart failure with reduced ejection fraction with a primary-prevention defibrillator"
                if kind == "icd" else "symptomatic bradycardia with a dual-chamber pacemaker"),
            cc=("ICD shock" if kind == "icd" else "Syncope with high-grade AV block"),
            reason=("heart failure follow-up with device data review" if kind == "icd"
                    else "pacemaker follow-up after an alert transmission"),
            ef=ef,
            hpi=([f"Non-ischemic cardiomyopathy, LVEF {ef}% on the last echo, NYHA class II-III.",
                  "Sleeps on two pillows; no PND; walks about two blocks before resting.",
                  f"Home BP cuff readings around {r.randint(98, 128)}/{r.randint(58, 78)}; weights stable on the "
                  "home scale.",
                  "One appropriate shock for fast VT last quarter; two other episodes terminated by ATP.",
                  "Thoracic impedance index crossed threshold for six days after a salty holiday meal."]
                 if kind == "icd" else
                 ["Mobitz type II second-degree AV block seen on a 14-day Holter monitor before implant.",
                  "Pre-implant syncope has not recurred; occasional lightheadedness on standing quickly.",
                  "Earlier ECGs showed Wenckebach periodicity at rest.",
                  "Lightheaded with straining (Valsalva) before the implant; none since.",
                  f"Home BP averages {r.randint(120, 150)}/{r.randint(64, 88)} mmHg."]),
            data=[f"Battery: {round(r.uniform(4.5, 11.5), 1)} years to RRT, voltage "
                  f"{round(r.uniform(2.95, 3.15), 2)} V.",
                  f"RA sensing {round(r.uniform(1.5, 4.5), 1)} mV, impedance {r.randint(380, 620)} ohms, threshold "
                  f"0.{r.choice((5, 625, 75, 875))} V @ 0.4 ms.",
                  f"RV sensing {round(r.uniform(6, 18), 1)} mV, impedance {r.randint(420, 780)} ohms, threshold "
                  f"{round(r.uniform(0.5, 1.25), 2)} V @ 0.4 ms; HV impedance {r.randint(45, 80)} ohms."
                  if kind == "icd" else
                  f"RV sensing {round(r.uniform(6, 18), 1)} mV, impedance {r.randint(420, 780)} ohms, threshold "
                  f"{round(r.uniform(0.5, 1.25), 2)} V @ 0.4 ms.",
                  f"Pacing: AP {r.randint(1, 60)}%, VP {r.randint(0, 99)}%; AT/AF burden "
                  f"{round(r.uniform(0, 6), 1)}%, longest episode {r.randint(1, 300)} min.",
                  f"Patient activity {round(r.uniform(0.8, 4.2), 1)} h/day; mean night heart rate "
                  f"{r.randint(56, 78)}."],
            meds=(["Sacubitril-valsartan (Entresto) 49/51 mg twice daily", "Carvedilol 12.5 mg twice daily",
                   "Spironolactone 25 mg daily", "Dapagliflozin (Farxiga) 10 mg daily", "Furosemide 40 mg daily",
                   r.choice(("Apixaban (Eliquis) 5 mg twice daily", "Rivaroxaban (Xarelto) 20 mg daily with supper"))]
                  if kind == "icd" else
                  ["Metoprolol succinate 25 mg daily", "Amlodipine 5 mg daily", "Atorvastatin 40 mg nightly",
                   "Apixaban (Eliquis) 2.5 mg twice daily"]),
            labs=[f"proBNP-{r.randint(180, 4800)}*", f"Na-{r.randint(131, 141)} K-{round(r.uniform(3.7, 5.3), 1)}",
                  f"Creat-{round(r.uniform(0.8, 2.1), 2)}", f"Mg-{round(r.uniform(1.7, 2.4), 1)}"],
            plan=["Normal device function; no programming changes.",
                  "Continue remote monitoring every 91 days; in-person device check in 12 months.",
                  "Daily weights; call for a gain of more than 3 lb overnight or 5 lb in a week.",
                  "Driving restriction after the shock reviewed per state guidance."],
            supply="device supplies",
        )
    elif kind in ("pd", "hhd"):
        dev, snp = r.choice(_CYCLERS if kind == "pd" else _HHD)
        c.update(
            dev=dev, model="", sn=_pat(r, snp), dev2="PureFlow SL dialysate module" if kind == "hhd" else "",
            model2="", sn2=_pat(r, "PF-######") if kind == "hhd" else "",
            dx=("end-stage kidney disease on continuous cycling peritoneal dialysis" if kind == "pd"
                else "end-stage kidney disease on home hemodialysis"),
            cc=("Cloudy effluent and abdominal pain" if kind == "pd" else "Fistula infiltration and hyperkalemia"),
            reason="monthly home dialysis visit",
            hpi=([f"ESRD from diabetic nephropathy (biopsy: nodular Kimmelstiel-Wilson glomerulosclerosis), on CCPD "
                  f"via a Tenckhoff catheter for {r.randint(2, 7)} years.",
                  f"Residual urine output about {r.choice((300, 450, 600, 800))} mL/day.",
                  "Exit site clean; no tunnel tenderness; last peritonitis treated with intraperitoneal vancomycin.",
                  "Drain pain at the end of drains improved after switching to tidal 85%."]
                 if kind == "pd" else
                 ["ESRD on home hemodialysis via a left radiocephalic Brescia-Cimino fistula, buttonhole cannulation "
                  "by the care partner.",
                  f"Care partner trained for {r.randint(4, 8)} weeks at the home program; no missed treatments.",
                  f"Pre-treatment weights {r.randint(60, 95)} kg; UF rate kept below 10 mL/kg/h.",
                  "Allen test normal before the access was created; thrill and bruit present today."]),
            data=([f"Prescription: {r.randint(4, 5)} exchanges x 2.{r.randint(0, 4)} L Dianeal 1.5%/2.5% over "
                   f"{r.randint(8, 10)} h, last fill 2.0 L icodextrin (Extraneal).",
                   f"Adequacy: weekly Kt/V {round(r.uniform(1.7, 2.4), 2)}, CrCl {r.randint(45, 75)} L/wk/1.73 m2, "
                   "PET high-average transporter.",
                   f"Cycler software {c['fw']}; Dianeal lot {c['lot']} on the recall list checked: not affected."]
                  if kind == "pd" else
                  [f"Prescription: 5 sessions/week, {r.choice(('2.5', '3', '3.5'))} h, 30 L dialysate, blood flow "
                   f"{r.randint(300, 400)} mL/min.",
                   f"Adequacy: standard Kt/V {round(r.uniform(2.1, 2.9), 2)}; UF goal 1.5-2 L.",
                   f"Machine software {c['fw']}."]),
            meds=[r.choice(("Sevelamer carbonate (Renvela) 1600 mg", "Sucroferric oxyhydroxide (Velphoro) 500 mg"))
                  + " three times daily with meals", "Calcitriol 0.25 mcg daily",
                  "Cinacalcet (Sensipar) 30 mg daily", "Darbepoetin alfa (Aranesp) 40 mcg every 2 weeks",
                  "Torsemide 20 mg daily", "Sodium bicarbonate 650 mg twice daily",
                  "Mupirocin ointment to exit site daily" if kind == "pd" else "Heparin per home HD protocol"],
            labs=[f"Hgb-{round(r.uniform(8.8, 12.2), 1)}", f"PTH-{r.randint(180, 820)}*",
                  f"Phos-{round(r.uniform(3.5, 7.4), 1)}*", f"Ca-{round(r.uniform(8.2, 9.8), 1)}",
                  f"Albumin-{round(r.uniform(2.9, 4.1), 1)}", f"K-{round(r.uniform(3.6, 6.1), 1)}"],
            plan=["Continue current prescription; repeat adequacy in 3 months.",
                  "Dietitian review of phosphorus binders with meals.",
                  "Transplant evaluation paperwork updated."],
            supply="dialysis supplies",
        )
    elif kind == "o2":
        dev, model, snp = r.choice(_O2[::2])
        d2, m2, sn2 = _O2[1]
        c.update(
            dev=dev, model=model, sn=_pat(r, snp), dev2=d2, model2=m2, sn2=_pat(r, sn2),
            dx="COPD with chronic hypoxemic respiratory failure on home oxygen",
            cc=r.choice(("Dyspnea, COPD exacerbation", "Hypoxemia",
                         "Acute on chronic hypercapnic respiratory failure")),
            reason="COPD follow-up and home oxygen recertification",
            hpi=[f"COPD GOLD 3, group E; on {r.choice((1, 2, 3))} L/min continuous oxygen at rest, more with exertion.",
                 f"{r.randint(1, 3)} exacerbations in the past year, one requiring admission; never intubated.",
                 f"Former smoker, {r.randint(25, 70)} pack-years.",
                 "Hoover sign and pursed-lip breathing noted at the last in-person exam.",
                 "Uses the portable concentrator (Inogen One G5) for errands; battery lasts about 4 h on setting 2."],
            data=[f"mMRC {r.randint(2, 4)}; CAT score {r.randint(14, 31)}.",
                  f"6-minute walk {r.randint(140, 360)} m with nadir SpO2 {r.randint(83, 89)}% on "
                  f"{r.randint(2, 4)} L/min.",
                  f"Concentrator hour meter {r.randint(4000, 26000)} h; oxygen purity {r.randint(90, 95)}% at "
                  "2 L/min."],
            meds=["Fluticasone furoate-umeclidinium-vilanterol (Trelegy Ellipta) 1 inhalation daily",
                  "Albuterol HFA 2 puffs every 4 h as needed", "Roflumilast 500 mcg daily",
                  "Tiotropium (Spiriva Respimat) held while on triple therapy",
                  "Azithromycin 250 mg three times weekly", "Oxygen 2 L/min via nasal cannula continuous"],
            labs=[f"pH-7.{r.randint(33, 41)} pCO2-{r.randint(44, 62)} pO2-{r.randint(52, 70)}",
                  f"HCO3-{r.randint(26, 34)}", f"Eos-{r.randint(100, 450)}"],
            plan=["Continue oxygen; qualifying saturation documented for recertification.",
                  "Pulmonary rehabilitation referral renewed.", "Pneumococcal and RSV vaccines up to date."],
            supply="oxygen equipment",
        )
    elif kind == "cpap":
        dev, model, snp = r.choice(_CPAPS)
        c.update(
            dev=dev, model=model, sn=_pat(r, snp), dev2="", model2="", sn2="",
            dx="obstructive sleep apnea on CPAP",
            cc="Hypersomnolence", reason="CPAP adherence review",
            hpi=[f"OSA on home sleep apnea test (AHI {r.randint(16, 64)}/h, nadir SpO2 {r.randint(72, 86)}%).",
                 f"Epworth Sleepiness Scale improved from {r.randint(12, 20)} to {r.randint(3, 10)}.",
                 "Mouth dryness improved with heated humidity and heated tubing.",
                 f"Mallampati class {r.choice(('III', 'IV'))} airway; BMI {r.randint(31, 46)}."],
            data=[f"Usage >=4 h on {r.randint(62, 99)}% of nights, median {round(r.uniform(4.5, 7.9), 1)} h/night.",
                  f"Residual AHI {round(r.uniform(0.8, 6.5), 1)}/h; 95th percentile pressure "
                  f"{round(r.uniform(8, 14), 1)} cmH2O; large leak {round(r.uniform(0, 3), 1)}% of the night.",
                  f"Device firmware {c['fw']}; mask AirFit F20 medium."],
            meds=["CPAP auto 6-15 cmH2O with heated humidity", "Fluticasone nasal spray 2 sprays each nostril daily",
                  "Lisinopril 20 mg daily"],
            labs=[f"HbA1c-{round(r.uniform(5.2, 6.4), 1)}", f"TSH-{round(r.uniform(0.8, 3.9), 2)}"],
            plan=["Continue auto-CPAP; mask refit for the leak.", "Commercial driver sleepiness counselling."],
            supply="CPAP supplies",
        )
    else:  # dbs
        dev, model, snp = r.choice(_DBS)
        c.update(
            dev=dev, model=model, sn=_pat(r, snp), dev2="patient programmer", model2="", sn2=_pat(r, "PP-######"),
            dx="Parkinson disease status post bilateral subthalamic deep brain stimulation",
            cc="Fall with head strike", reason="DBS programming follow-up",
            hpi=[f"Parkinson disease with onset {r.randint(6, 18)} years ago as a right-hand rest tremor.",
                 "Hoehn and Yahr stage 2.5 in the on-medication state.",
                 "No hallucinations or fluctuating cognition to suggest dementia with Lewy bodies.",
                 f"Off-period freezing at doorways reduced after the last programming session (amplitude "
                 f"{round(r.uniform(1.8, 3.4), 1)} mA left, {round(r.uniform(1.8, 3.4), 1)} mA right)."],
            data=[f"Battery {r.randint(40, 95)}%; impedances within range on all contacts.",
                  f"MDS-UPDRS part III {r.randint(14, 40)} off-medication / {r.randint(6, 20)} on.",
                  f"Programmer app version {c['fw']}."],
            meds=["Carbidopa-levodopa 25/100 1.5 tablets five times daily", "Rasagiline 1 mg daily",
                  "Carbidopa-levodopa ER (Rytary) 48.75/195 mg at bedtime", "Melatonin 3 mg at bedtime"],
            labs=[f"Vitamin D-{r.randint(14, 48)}", f"B12-{r.randint(220, 900)}"],
            plan=["Stimulation unchanged; PT for gait and freezing cues.", "Fall precautions; home safety evaluation."],
            supply="DBS supplies",
        )
    return c


def _vitals(r: random.Random, kind: str) -> str:
    t, hr = f"{r.uniform(97.1, 99.3):.1f}", r.randint(58, 104)
    bp, rr = f"{r.randint(102, 164)}/{r.randint(56, 96)}", r.randint(12, 22)
    sat = f"{r.randint(88, 95)}% on 2L NC" if kind == "o2" else f"{r.randint(94, 100)}% RA"
    return r.choice((f"T {t} HR {hr} BP {bp} RR {rr} SpO2 {sat}",
                     f"Temp: {t} HR: {hr} BP: {bp} Resp: {rr} O2Sat: {sat}",
                     f"VS: {t}, {hr}, {bp}, {rr}, {sat}"))


def _bullets(items: list[str], numbered: bool = False) -> str:
    return "".join(f"{k}. {x}\n" if numbered else f"- {x}\n" for k, x in enumerate(items, 1))


def _who(r: random.Random) -> str:
    return r.choice(("daughter", "son", "wife", "husband", "niece", "grandson", "partner", "sister"))


def _sexword(sex: str) -> str:
    return "woman" if sex == "F" else "man"


def _lc(s: str) -> str:
    """Lower-case the first word unless it is an acronym (ICD, COPD, DKA)."""
    return s if s[:2].isupper() else s[0].lower() + s[1:]


def _poss(sex: str) -> str:
    return "her" if sex == "F" else "his"


# --------------------------------------------------------------------------------------------------
# Discharge-type layouts
# --------------------------------------------------------------------------------------------------

_Events = tuple[tuple[tuple[str, str], ...], ...]


def _ev(*pairs: str) -> tuple[tuple[str, str], ...]:
    return tuple((pairs[k], pairs[k + 1]) for k in range(0, len(pairs), 2))


_VIDEO_EVENTS: _Events = (
    _ev("v_name", "PERSON"), _ev("v_mrn", "MRN"), _ev("v_dob", "DATE_REAL_YEAR"), _ev("v_city", "LOCATION"),
    _ev("v_street", "STREET_ADDRESS", "v_city2", "LOCATION", "v_zip", "ZIP"), _ev("v_ip", "IP_ADDRESS"),
    _ev("v_url", "URL"), _ev("v_phone", "PHONE"), _ev("v_fam", "PERSON"), _ev("v_interp", "PERSON"),
    _ev("v_clinic", "ORGANIZATION"), _ev("v_pharm", "ORGANIZATION"), _ev("v_email", "EMAIL"),
    _ev("v_emp", "ORGANIZATION"), _ev("v_lic", "LICENSE"), _ev("v_prov", "PERSON", "v_pager", "PAGER"),
    _ev("v_age", "AGE_OVER_89"),
    _ev("v_dev", "DEVICE_ID"), _ev("v_csn", "ACCOUNT"), _ev("v_member", "HEALTH_PLAN"), _ev("v_ip2", "IP_ADDRESS"),
    _ev("v_url2", "URL"),
)


def _lay_video(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, prov, fam, interp = _person(r), _person(r), _person(r), _person(r)
    if r.random() < 0.5:
        fam = _P(fam.first, pt.last)
    town, st, z3 = r.choice(TOWNS)
    platform = r.choice(("Zoom for Healthcare", "the health-system video platform", "Doxy.me", "Microsoft Teams"))
    clinic = _S("v_clinic", "ORGANIZATION", r.choice(CLINICS))
    name = _S("v_name", "PERSON", _full(r, pt, upper=True))
    mrn, dob = _S("v_mrn", "MRN", _mrn(r)), _S("v_dob", "DATE_REAL_YEAR", _rdate(r, 1924, 2004))
    provs = _S("v_prov", "PERSON", _full(r, prov))
    csn = _S("v_csn", "ACCOUNT", _account(r))
    hdr = r.randrange(3)
    if hdr == 0:
        d.f("Name:  {n}                  Unit No:   {u}\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            "Date of Birth:  {dob}             Sex:   {sex}\n\nService: {svc}\n\nEncounter: telehealth video visit "
            "(ambulatory)   CSN: {csn}\n\nAllergies:\n{alg}\n\n",
            n=name, u=mrn, dob=dob, sex=sex, svc=c["service"], csn=csn,
            alg=r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "adhesive tape", "sulfa")))
    elif hdr == 1:
        d.f("TELEHEALTH VIDEO VISIT - {svc}\n\nPatient: {n}    MRN: {u}    DOB: {dob}\nDate of service: {sd}    "
            "Visit type: follow-up, synchronous audio/video    CSN: {csn}\nBilling provider: {p}, {clinic}\n\n",
            svc=c["service"].title(), n=name, u=mrn, dob=dob, sd=_sdate(r), csn=csn, p=provs, clinic=clinic)
    else:
        d.f("Video Visit Note\n================\nPt name: {n}\nMedical record #: {u}\nDOB: {dob}\nVisit #: {csn}\n"
            "Seen via: {pl}\nDate: {sd} {tm}\n\n", n=name, u=mrn, dob=dob, csn=csn, pl=platform, sd=_sdate(r),
            tm=_time(r))
    d.f("CONSENT / LOCATION: Visit conducted by secure video ({pl}). Verbal consent for a telehealth visit obtained; "
        "identity confirmed with two identifiers (name and date of birth). Patient location during the visit: "
        "{where} in {city}, {st}. Provider location: clinic office.\n",
        pl=platform, where=r.choice(("home", "own home", f"{_poss(sex)} apartment", "a relative's home")),
        city=_S("v_city", "LOCATION", town), st=st)
    if d.want("v_street", "v_city2", "v_zip", p=0.35):
        d.f("Emergency location confirmed for this visit: {s}, {c}, {st} {z}.\n",
            s=_S("v_street", "STREET_ADDRESS", _street(r)), c=_S("v_city2", "LOCATION", town), st=st,
            z=_S("v_zip", "ZIP", _zip(r, z3)))
    if d.want("v_member", p=0.2):
        d.f("Coverage verified for telehealth: {ins}, member ID {m}.\n", ins=r.choice(INSURERS),
            m=_S("v_member", "HEALTH_PLAN", _member(r)))
    if d.want("v_url", p=0.45):
        url = r.choice((f"https://zoom.us/j/{_digits(r, 11)}?pwd={_pat(r, '????????????????????')}",
                        f"https://visit.{r.choice(('harborlight', 'riverbendchc', 'kestrelpoint', 'lanternhill'))}"
                        f"health.org/room/{_pat(r, '????????')}",
                        f"https://doxy.me/dr{_ascii(prov.last).lower().replace(' ', '').replace('-', '')}",
                        f"https://telehealth.{r.choice(('stbrendans', 'wachusettvalley', 'copperbeech'))}.org/join/"
                        f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}"))
        d.f("Visit link (sent to the patient by portal and text message): {u}\n", u=_S("v_url", "URL", url))
    if platform in ("Zoom for Healthcare", "Doxy.me") and r.random() < 0.6:
        help_url = PUBLIC_URLS[5] if platform.startswith("Zoom") else PUBLIC_URLS[6]
        d.t(f"Vendor help page for testing camera and microphone (given to the patient): {help_url}\n")
    if d.want("v_ip", p=0.35):
        d.f("Connection: patient joined from {ip} via the browser client ({b}); {q}.\n",
            ip=_S("v_ip", "IP_ADDRESS", _ip(r)), b=r.choice(("Chrome on Android", "Safari on iPad", "Edge on Windows")),
            q=r.choice(("good audio and video throughout", "brief freeze at about minute 12, reconnected",
                        "video dropped once; finished by audio")))
    if d.want("v_phone", p=0.5):
        d.f("Backup number if video fails: {ph} ({w}).\n", ph=_S("v_phone", "PHONE", _phone(r)),
            w=r.choice(("cell", "home", "cell, okay to leave a message", "landline")))
    if d.want("v_fam", p=0.45):
        rel = _who(r)
        d.f("Also present on video: patient's {rel}, {f}, who helps with {s}.\n", rel=rel,
            f=_S("v_fam", "PERSON", r.choice((f"{fam.first} {fam.last}", fam.first, f"{fam.first} {fam.last}"))),
            s=c["supply"])
    if d.want("v_interp", p=0.25):
        d.f("A {lang} medical interpreter, {i}, joined by three-way video for the whole visit.\n",
            lang=r.choice(("Portuguese", "Haitian Creole", "Spanish", "Vietnamese", "Cape Verdean Creole", "Polish")),
            i=_S("v_interp", "PERSON", r.choice((f"{interp.first} {interp.last}",
                                                 f"{interp.first} {interp.last[0]}."))))
    age = d.age("v_age", 24, 88) if kind in _OLD_KINDS else d.age("v_age", 19, 70)
    d.f("\nHISTORY OF PRESENT ILLNESS:\n{a}-year-old {sx} with {dx}, seen by video for {why}. ",
        a=age, sx=_sexword(sex), dx=c["dx"], why=c["reason"])
    d.t(" ".join(r.sample(c["hpi"], min(len(c["hpi"]), r.randint(3, 5)))) + "\n\n")
    d.t("DEVICE DATA REVIEW (uploaded by the patient before the visit):\n")
    devline = str(c["dev"]) + (f" ({c['model']})" if c["model"] else "")
    if c["sn"]:
        d.f("{dl}, serial {sn}; software {fw}.\n", dl=devline, sn=_S("v_dev", "DEVICE_ID", str(c["sn"])), fw=c["fw"])
    else:
        d.t(f"{devline}; reader app {c['fw']}.\n")
    d.t(_bullets(list(c["data"])) + "\n")
    d.t("MEDICATIONS (reviewed with the patient on camera):\n" + _bullets(list(c["meds"]), numbered=True) + "\n")
    d.t("EXAM (limited by video): Well-appearing, speaking full sentences, no increased work of breathing. "
        + {"pump": "Skin at the infusion sites shown on camera without erythema. ",
           "cgm2": "Feet shown on camera: no ulcers; midfoot deformity on the right as before. ",
           "cpap": "Mask marks on the nasal bridge; no skin breakdown. ",
           "dbs": "Mild rest tremor of the left hand; gait steady when walking toward the camera. ",
           "icd": "Ankles shown on camera without pitting; device pocket without swelling. ",
           "o2": "Nasal cannula in place; pursed-lip breathing, no accessory muscle use. "}[kind]
        + f"Home vitals reported: BP {r.randint(104, 152)}/{r.randint(60, 92)}, HR {r.randint(58, 96)}, "
        f"weight {r.randint(52, 128)} kg.\n\n")
    d.t("ASSESSMENT AND PLAN:\n" + _bullets(list(c["plan"]), numbered=True))
    if d.want("v_pharm", p=0.45):
        d.f("Preferred pharmacy confirmed as {ph}; refills sent.\n",
            ph=_S("v_pharm", "ORGANIZATION", r.choice(PHARMACIES)))
    if d.want("v_email", p=0.3):
        d.f("After-visit summary and upload instructions emailed to {e} at the patient's request.\n",
            e=_S("v_email", "EMAIL", _email(r, pt)))
    if d.want("v_emp", p=0.25):
        d.f("Work note provided for {e}: may keep a phone at the workstation for device alerts and take short "
            "breaks as needed.\n", e=_S("v_emp", "ORGANIZATION", r.choice(EMPLOYERS)))
    if d.want("v_url2", "v_ip2", p=0.12):
        d.f("Patient reports the clinic link opened an old session; a new link was generated ({u}) and the "
            "second connection came from {ip}.\n",
            u=_S("v_url2", "URL", f"https://zoom.us/j/{_digits(r, 10)}"), ip=_S("v_ip2", "IP_ADDRESS", _ip(r)))
    if r.random() < 0.4:
        d.t(r.choice(("Crisis resources reviewed: call or text 988 any time. ",
                      "For emergencies call 911; do not use the portal for urgent symptoms. ",
                      f"Medicare DME questions: 1-800-MEDICARE (1-800-633-4227), {PUBLIC_URLS[8]}. "))
            + f"Education: {r.choice(PUBLIC_URLS[:5])}\n")
    d.t(f"\nBilled as CPT {r.choice(('99213', '99214', '99215'))} with modifier 95 (synchronous telehealth); "
        f"total time {r.randint(18, 42)} minutes.\n")
    if d.want("v_lic", p=0.2):
        d.f("I am licensed in {st} (license no. {l}), where the patient was located at the time of service.\n",
            st=st, l=_S("v_lic", "LICENSE", r.choice((_digits(r, 6), _pat(r, "MD######"), _digits(r, 5)))))
    d.f("\n{p}, {deg}\n{cl}\n", p=provs, deg=r.choice(("MD", "DO", "NP", "PA-C")), cl=clinic)
    if d.want("v_pager", p=0.25):
        d.f("Pager {pg}\n", pg=_S("v_pager", "PAGER", _pager(r)))


_PORTAL_EVENTS: _Events = (
    _ev("p_name", "PERSON"), _ev("p_mrn", "MRN"), _ev("p_sn", "DEVICE_ID"), _ev("p_phone", "PHONE"),
    _ev("p_email", "EMAIL"), _ev("p_dob", "DATE_REAL_YEAR"), _ev("p_member", "HEALTH_PLAN"),
    _ev("p_emp", "ORGANIZATION"), _ev("p_school", "ORGANIZATION"), _ev("p_travel", "LOCATION"), _ev("p_ssn", "SSN"),
    _ev("p_plate", "VEHICLE_ID"), _ev("p_dl", "LICENSE"), _ev("p_acct", "ACCOUNT"), _ev("p_fax", "FAX"),
    _ev("p_url", "URL"), _ev("p_sig", "PERSON"), _ev("p_rn", "PERSON", "p_rnphone", "PHONE"),
    _ev("p_clinic", "ORGANIZATION"),
    _ev("p_md", "PERSON"), _ev("p_cg", "PERSON"), _ev("p_age", "AGE_OVER_89"),
    _ev("p_ip", "IP_ADDRESS"), _ev("p_street", "STREET_ADDRESS", "p_city", "LOCATION", "p_zip", "ZIP"),
    _ev("p_vin", "VEHICLE_ID"),
)

_COMPLAINT = {
    "pump": ("my pump gave an occlusion alarm twice last night and I was 320 when I woke up. I changed the site and "
             "took a correction with a pen, now 180. Is something wrong with the pump?"),
    "cgm2": ("my sensor fell off after 4 days again and the pharmacy says insurance will not cover an early refill. "
             "Also my sugars are 250s after dinner even with the new dose."),
    "cpap": ("the machine says the mask is leaking almost every night and I wake up with a dry mouth. Can I get a "
             "different size mask? Also the supply company says they need a new prescription."),
    "o2": ("the concentrator keeps alarming with a low-flow light and the company said they cannot come out until "
           "next week. I am using the portable one at night for now, is that ok?"),
    "icd": ("I got a buzz from the device app saying a transmission was sent. I felt my heart racing for a minute "
            "yesterday but no shock. Do I need to come in?"),
    "pd": ("my drain was cloudy this morning and I have belly pain, not bad. Temperature 99.8. The cycler also gave "
           "a low drain alarm 3 times."),
    "pacer": ("the monitor by my bed has a red light and says no connection. I have been a little dizzy when I "
              "stand up."),
    "hhd": ("the machine gave a flow alarm and my fistula is swollen where we put the needle in. We stopped early."),
    "dbs": ("the programmer shows the battery at 15% and the tremor came back on the left side this afternoon."),
}


def _lay_portal(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, rn, md, cg = _person(r), _person(r), _person(r), _person(r)
    town, st, z3 = r.choice(TOWNS)
    d.f("{hd}\nPatient: {n}    MRN: {m}\n\n", hd=r.choice((
        "PATIENT PORTAL MESSAGE (copied into the chart by clinic RN)", "Portal/Telephone Encounter",
        "MyChart-style message thread - pasted", "E-VISIT / PATIENT MESSAGE")),
        n=_S("p_name", "PERSON", _full(r, pt, upper=True)), m=_S("p_mrn", "MRN", _mrn(r)))
    caregiver = d.want("p_cg", "p_age", p=0.2)
    sent = _sdate(r)
    d.f("----- Message from patient -----\nFrom: {fr}\nTo: {to}\nSent: {sd} {tm}\nSubject: {subj}\n\n",
        fr=_S("p_cg", "PERSON", f"{cg.first} {cg.last}") if caregiver else "___", to=r.choice((
            {"pump": "Endocrine Nurse Pool", "cgm2": "Endocrine Nurse Pool", "icd": "Device Clinic RN Pool",
             "pacer": "Device Clinic RN Pool", "pd": "Home Dialysis Team", "hhd": "Home Dialysis Team",
             "o2": "Pulmonary Triage", "cpap": "Sleep Lab", "dbs": "Movement Disorders Nurses"}[kind],
            "Primary Care Team")), sd=sent, tm=_time(r),
        subj=r.choice(("question", "RE: refill", "pump problem", "forms", "urgent?", "supplies", "help")))
    greeting = r.choice(("Hi,", "Hello,", "Good morning", "hi there", "Dear nurse,"))
    if caregiver:
        d.f("{g} this is {ps} {rel} writing for {ps2}. {mom} is {a} and still lives alone so I check {ps} messages. "
            "{pr} asked me to type this: ", ps=_poss(sex), ps2="her" if sex == "F" else "him",
            mom="Mom" if sex == "F" else "Dad", pr="She" if sex == "F" else "He",
            g=greeting, rel=r.choice(("daughter", "son")), a=d.age("p_age", 80, 89) if kind in _OLD_KINDS
            else d.age("p_age", 60, 75))
    else:
        d.t(greeting + " ")
    d.t(_COMPLAINT[kind])
    extras: list[Callable[[], None]] = []
    if c["sn"] and d.want("p_sn", p=0.25):
        extras.append(lambda: d.f("The serial on the back of the {dv} is {sn} if the company needs it for the "
                                  "replacement.", dv=r.choice(("pump", "machine", "device")),
                                  sn=_S("p_sn", "DEVICE_ID", str(c["sn"]))))
    if d.want("p_phone", p=0.35):
        extras.append(lambda: d.f("Best number to reach me is {ph}, I am at work until 5.",
                                  ph=_S("p_phone", "PHONE", _phone(r))))
    if d.want("p_email", p=0.2):
        extras.append(lambda: d.f("You can also email me at {e}.", e=_S("p_email", "EMAIL", _email(r, pt))))
    if d.want("p_dob", p=0.25):
        extras.append(lambda: d.f("(my date of birth is {dob} in case you need it)",
                                  dob=_S("p_dob", "DATE_REAL_YEAR", _rdate(r, 1930, 2003))))
    if d.want("p_member", p=0.2):
        extras.append(lambda: d.f("New insurance as of this month: {ins}, member ID {m}, group {g} through my job.",
                                  ins=r.choice(INSURERS), m=_S("p_member", "HEALTH_PLAN", _member(r)), g=_group(r)))
    if d.want("p_emp", p=0.2):
        extras.append(lambda: d.f("I work second shift at {e} and cannot always check my phone.",
                                  e=_S("p_emp", "ORGANIZATION", r.choice(EMPLOYERS))))
    if d.want("p_school", p=0.12):
        extras.append(lambda: d.f("I started night classes at {s} so my schedule changed.",
                                  s=_S("p_school", "ORGANIZATION", r.choice(COLLEGES))))
    if d.want("p_travel", p=0.2):
        fc, country = r.choice(FOREIGN)
        extras.append(lambda: d.f("We fly to {c} in {co} next month for three weeks, can I get a travel letter and "
                                  "extra supplies?", c=_S("p_travel", "LOCATION", fc), co=country))
    if d.want("p_ssn", p=0.08):
        extras.append(lambda: d.f("The disability office form asks for my social security number, it is {s}.",
                                  s=_S("p_ssn", "SSN", _ssn(r))))
    if d.want("p_plate", "p_dl", p=0.1):
        extras.append(lambda: d.f("For the disabled parking placard the RMV needs my plate number ({pl}) and my "
                                  "license number {dl}.", pl=_S("p_plate", "VEHICLE_ID", _plate(r)),
                                  dl=_S("p_dl", "LICENSE", _driver_licence(r))))
    if d.want("p_vin", p=0.05):
        extras.append(lambda: d.f("The insurance for the car adaptation asked for the VIN, it is {v}.",
                                  v=_S("p_vin", "VEHICLE_ID", _vin(r))))
    if d.want("p_acct", p=0.12):
        extras.append(lambda: d.f("Also I got a bill for the last visit, account number {a}, I thought insurance "
                                  "covered it?", a=_S("p_acct", "ACCOUNT", _account(r))))
    if d.want("p_fax", p=0.12):
        extras.append(lambda: d.f("Please fax the FMLA paperwork to HR at {fx}.", fx=_S("p_fax", "FAX", _phone(r))))
    if d.want("p_url", p=0.1):
        link = r.choice((f"https://clarity.dexcom.com/share/{_pat(r, '??????????')}",
                         f"https://www.gofundme.com/f/help-{_ascii(pt.first).lower()}-with-transplant-costs",
                         f"https://photos.app.goo.gl/{_pat(r, '?????????????????')}",
                         f"https://www.caringbridge.org/site/{_ascii(pt.first + pt.last).lower().replace(' ', '')}"))
        extras.append(lambda: d.f("I put the pictures and my readings here: {u}", u=_S("p_url", "URL", link)))
    if d.want("p_street", "p_city", "p_zip", p=0.12):
        extras.append(lambda: d.f("I moved, please update my address for the supply deliveries: {s}, {ci}, {st} "
                                  "{z}.", s=_S("p_street", "STREET_ADDRESS", _street(r)),
                                  ci=_S("p_city", "LOCATION", town), st=st, z=_S("p_zip", "ZIP", _zip(r, z3))))
    r.shuffle(extras)
    for fn in extras:
        d.t(" " if r.random() < 0.5 else "\n")
        fn()
    d.f("\n{th}\n{sig}\n", th=r.choice(("Thanks", "thank you!!", "Thank you so much", "thx", "Sincerely")),
        sig=_S("p_sig", "PERSON", r.choice((pt.first, pt.first.lower(), f"{pt.first} {pt.last}", f"{pt.first[0]}."
                                                                                                  f" {pt.last}"))))
    if d.want("p_ip", p=0.15):
        d.f("[submitted via patient portal web; client IP {ip}]\n", ip=_S("p_ip", "IP_ADDRESS", _ip(r)))
    d.f("\n----- Reply -----\nFrom: {rn}, RN\nSent: {sd} {tm}\n\n", rn=_S("p_rn", "PERSON", f"{rn.first} {rn.last}"),
        sd=sent, tm=_time(r))
    advice = {
        "pump": "Please do a full site change (new cartridge and tubing), check ketones now and in 2 hours, and if "
                "ketones are moderate or large or you are vomiting, go to the emergency department. If the alarm "
                "repeats with a new site, call the manufacturer's 24-hour line on the back of the pump for a "
                "replacement. Use your backup long-acting insulin plan if the pump is off for more than 2 hours.",
        "cgm2": "I sent a note to the pharmacy explaining the sensor failure; the manufacturer also replaces sensors "
                "that fall off early through its online form. Increase glargine by 2 units every 3 days until "
                "fasting numbers are under 130.",
        "cpap": "I sent a new order for a mask refit and supplies. A full-face mask may help with the mouth dryness. "
                "Keep using the machine every night in the meantime.",
        "o2": "Using the portable concentrator at night is fine as a short-term fix as long as it is on continuous "
              "flow. I called the supplier and asked for an urgent service visit.",
        "icd": "We reviewed the transmission: a short run of fast heart rhythm that stopped on its own, no therapy. "
               "No visit is needed now. Call 911 for a shock with chest pain or fainting.",
        "pd": "Cloudy effluent with pain needs to be checked today: bring the drained bag to the unit for a cell count "
              "and culture. Do not wait for the next visit.",
        "pacer": "Please unplug the monitor for 30 seconds and plug it back in, then press the send button. Drink "
                 "fluids and stand up slowly; we will look at the transmission once it comes through.",
        "hhd": "Do not cannulate that site again until we see it. Ice and elevate. Come to the unit tomorrow morning "
               "for an ultrasound of the fistula.",
        "dbs": "Please charge the device overnight with the recharger and message us tomorrow if the tremor is "
               "not back under control after a full charge.",
    }[kind]
    d.t("Triage: reviewed per the nurse telephone protocol; " + r.choice((
        "no red-flag symptoms reported, disposition home care with follow-up.",
        "symptoms warrant same-day evaluation, patient agreed.",
        "callback attempted once, message sent through the portal instead.")) + "\n\n")
    d.f("Hi {hi},\n{adv}\n", hi=r.choice(("___", "___", "there")), adv=advice)
    if "p_ssn" in d.leak:
        d.t("For your privacy, please do not send your Social Security number through the portal; we can complete "
            "that section of the form with you in person.\n")
    if r.random() < 0.35:
        d.t(r.choice(("If you are having thoughts of harming yourself, call or text 988.",
                      "Quit line support: 1-800-QUIT-NOW (1-800-784-8669).",
                      "If you use a TTY, dial 711 to reach us through the relay service.",
                      "For an emergency call 911.")) + "\n")
    d.f("\n{rn}, RN\n{cl}\n", rn=_S("p_rn", "PERSON", f"{rn.first} {rn.last}"),
        cl=_S("p_clinic", "ORGANIZATION", r.choice(_KIND_CLINICS[kind])))
    if d.want("p_rnphone", p=0.3):
        d.f("Direct line {ph}\n", ph=_S("p_rnphone", "PHONE", _phone(r)))
    if d.want("p_md", p=0.4):
        d.f("\nProvider addendum: Message and data reviewed. {plan} -- {md}, MD\n", plan=r.choice(c["plan"]),
            md=_S("p_md", "PERSON", _full(r, md)))
    d.t("\nPertinent recent results:\n" + "\n".join(f"{_sdate(r)} {x}" for x in r.sample(
        list(c["labs"]), min(3, len(c["labs"])))) + "\n")
    d.t("\nDevice data at time of message:\n" + _bullets(list(c["data"])[:3]))
    d.t("\nActive medication list:\n" + _bullets(list(c["meds"])))


_REMOTE_EVENTS: _Events = (
    _ev("r_name", "PERSON"), _ev("r_dob", "DATE_REAL_YEAR"), _ev("r_mrn", "MRN"), _ev("r_sn", "DEVICE_ID"),
    _ev("r_lead", "DEVICE_ID"), _ev("r_implant", "DATE_REAL_YEAR"), _ev("r_implorg", "ORGANIZATION"),
    _ev("r_implmd", "PERSON"), _ev("r_ip", "IP_ADDRESS"), _ev("r_phone", "PHONE"),
    _ev("r_ref", "PERSON", "r_fax", "FAX"), _ev("r_np", "PERSON"), _ev("r_pager", "PAGER"),
    _ev("r_age", "AGE_OVER_89"), _ev("r_loc", "LOCATION"), _ev("r_rep", "PERSON"), _ev("r_url", "URL"),
)


def _lay_remote(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, impl, ref, np_, rep = (_person(r) for _ in range(5))
    system = c["system"]
    d.f("{hd}\nMonitoring system: {sys}\n\nPatient: {n}    DOB: {dob}    MRN: {m}\n",
        hd=r.choice(("DEVICE CLINIC - REMOTE TRANSMISSION REVIEW", "Remote Interrogation Report",
                     "CARDIAC IMPLANTABLE ELECTRONIC DEVICE - REMOTE FOLLOW-UP")), sys=system,
        n=_S("r_name", "PERSON", _full(r, pt, upper=True)), dob=_S("r_dob", "DATE_REAL_YEAR", _rdate(r, 1922, 1975)),
        m=_S("r_mrn", "MRN", _mrn(r)))
    d.f("Transmission received: {sd} {tm} ({why})\n\n", sd=_sdate(r), tm=_time(r), why=r.choice((
        "scheduled 91-day", "patient-initiated after palpitations", "automatic alert: AT/AF burden",
        "automatic alert: thoracic impedance" if kind == "icd" else "automatic alert: RV lead impedance trend")))
    d.f("Device: {dv} ({mo}), SN {sn}\n", dv=c["dev"], mo=c["model"], sn=_S("r_sn", "DEVICE_ID", str(c["sn"])))
    d.f("Implanted: {dt} at {org} by Dr. {md}\n", dt=_S("r_implant", "DATE_REAL_YEAR", _rdate(r, 2009, 2024)),
        org=_S("r_implorg", "ORGANIZATION", r.choice(HOSPITALS)),
        md=_S("r_implmd", "PERSON", r.choice((impl.last, f"{impl.first} {impl.last}"))))
    d.t(f"Leads:\n  RA: {c['ra_lead']}, SN ___\n  RV: {c['dev2']}, SN ")
    d.slot(_S("r_lead", "DEVICE_ID", str(c["sn2"])))
    d.t(f"\nHome monitor: {c['monitor']}, {c['monitor_v']} {c['fw']}\n")
    if d.want("r_ip", p=0.2):
        d.f("Monitor connection log: last check-in {sd} from {ip} (home Wi-Fi).\n", sd=_sdate(r),
            ip=_S("r_ip", "IP_ADDRESS", _ip(r)))
    age = d.age("r_age", 58, 89)
    d.f("\nSUMMARY: {a} y/o {sx} with {dx}. ", a=age, sx=_sexword(sex), dx=c["dx"])
    d.t(" ".join(r.sample(list(c["hpi"]), 2)) + "\n\nMEASUREMENTS:\n" + _bullets(list(c["data"])))
    d.t("\nEPISODES:\n" + r.choice((
        "No treated ventricular episodes since the last transmission. 3 NSVT episodes, longest 9 beats.\n",
        "2 AT/AF episodes (longest 3 h 12 min, EGMs consistent with AF). No ventricular episodes.\n",
        "1 VT episode in the VT-1 zone terminated by ATP (burst, 1 sequence). No shocks delivered.\n")
        if kind == "icd" else (
        "Mode switch episodes x 4, all under 2 minutes. High ventricular rate episodes: none.\n",
        "2 AT/AF episodes (longest 3 h 12 min, EGMs consistent with AF). High ventricular rate episodes: 1, 9 "
        "beats.\n", "No arrhythmia episodes stored since the last transmission.\n")))
    if d.want("r_loc", p=0.15):
        fc, country = r.choice(FOREIGN) if r.random() < 0.5 else (r.choice(TOWNS)[0], "")
        d.f("Note: patient is staying in {c}{co} this month; transmission sent through the cellular adapter.\n",
            c=_S("r_loc", "LOCATION", fc), co=f", {country}" if country else "")
    if d.want("r_rep", p=0.15):
        d.f("Alert reviewed with the {mfr} representative, {rp}, who confirmed normal lead integrity.\n",
            mfr=str(c["dev"]).split()[0] if not str(c["dev"]).startswith("Boston") else "Boston Scientific",
            rp=_S("r_rep", "PERSON", f"{rep.first} {rep.last}"))
    if d.want("r_phone", p=0.35):
        d.f("Patient called at {ph}: {what}\n", ph=_S("r_phone", "PHONE", _phone(r)), what=r.choice((
            "asymptomatic, taking apixaban without missed doses.", "reports palpitations while gardening, resolved.",
            "no dizziness or syncope; reminded about the next scheduled transmission.")))
    d.t("\nIMPRESSION / PLAN:\n" + _bullets(list(c["plan"])[:3]))
    if r.random() < 0.2:
        d.t(f"Manufacturer cybersecurity advisories checked ({PUBLIC_URLS[9]}): none apply to this model.\n")
    d.t(f"Next remote transmission {_sdate(r)}. In-clinic check in room {r.randint(1, 9)} of the device clinic "
        "when due.\n")
    if d.want("r_ref", "r_fax", p=0.35):
        d.f("Report faxed to the referring cardiologist, Dr. {rf}, at {fx}.\n",
            rf=_S("r_ref", "PERSON", r.choice((ref.last, _full(r, ref)))), fx=_S("r_fax", "FAX", _phone(r)))
    d.f("\nReviewed by: {np}, NP; ___, MD (Electrophysiology)\n", np=_S("r_np", "PERSON", _full(r, np_)))
    if d.want("r_pager", p=0.3):
        d.f("EP fellow on call: pager {pg}\n", pg=_S("r_pager", "PAGER", _pager(r)))
    if d.want("r_url", p=0.12):
        d.f("Patient-facing summary of this transmission shared through the personal link {u} (expires in 30 "
            "days).\n", u=_S("r_url", "URL", f"https://share.{r.choice(('bellwetherheart', 'tamsettcardio'))}.org/"
                                            f"t/{_pat(r, '????????????')}"))


_NURSE_EVENTS: _Events = (
    _ev("n_name", "PERSON"), _ev("n_dob", "DATE_REAL_YEAR"), _ev("n_mbi", "HEALTH_PLAN"),
    _ev("n_street", "STREET_ADDRESS", "n_city", "LOCATION", "n_zip", "ZIP"),
    _ev("n_cg", "PERSON", "n_cgphone", "PHONE"),
    _ev("n_md", "PERSON", "n_fax", "FAX"), _ev("n_supplier", "ORGANIZATION"),
    _ev("n_sn", "DEVICE_ID"), _ev("n_pharm", "ORGANIZATION"), _ev("n_rn", "PERSON"), _ev("n_rnlic", "LICENSE"),
    _ev("n_age", "AGE_OVER_89"), _ev("n_agency", "ORGANIZATION"), _ev("n_soc", "DATE_REAL_YEAR"),
    _ev("n_county", "LOCATION"), _ev("n_pager", "PAGER"), _ev("n_sn2", "DEVICE_ID"), _ev("n_url", "URL"),
    _ev("n_ip", "IP_ADDRESS"),
)


def _lay_nurse(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, cg, md, rn = (_person(r) for _ in range(4))
    if r.random() < 0.5:
        cg = _P(cg.first, pt.last)
    town, st, z3 = r.choice(TOWNS)
    d.f("{ag}\nHOME HEALTH - SKILLED NURSING VISIT NOTE\n\n",
        ag=_S("n_agency", "ORGANIZATION", r.choice(HOME_AGENCIES)))
    d.f("Patient: {n}    DOB: {dob}    Medicare MBI: {mbi}\n", n=_S("n_name", "PERSON", _full(r, pt, upper=True)),
        dob=_S("n_dob", "DATE_REAL_YEAR", _rdate(r, 1921, 1960)), mbi=_S("n_mbi", "HEALTH_PLAN", _mbi(r)))
    h, mi, dur = r.randint(8, 16), r.choice((0, 10, 15, 20, 30, 40, 45, 50)), r.randint(35, 80)
    d.f("Start of care: {soc}    Visit: {sd}    Time in {t1} / out {t2}    Visit type: {vt}\n",
        soc=_S("n_soc", "DATE_REAL_YEAR", _rdate(r, 2019, 2025)), sd=_sdate(r), t1=f"{h:02d}:{mi:02d}",
        t2=f"{h + (mi + dur) // 60:02d}:{(mi + dur) % 60:02d}",
        vt=r.choice(("SN follow-up", "recertification", "resumption of care after hospitalization", "PRN visit")))
    d.f("Visit address: {s}, {ci}, {st} {z}\n", s=_S("n_street", "STREET_ADDRESS", _street(r, unit=r.random() < 0.8)),
        ci=_S("n_city", "LOCATION", town), st=st, z=_S("n_zip", "ZIP", _zip(r, z3)))
    if d.want("n_county", p=0.15):
        d.f("Service area: {co} (rural route; allow extra travel time in winter).\n",
            co=_S("n_county", "LOCATION", r.choice(COUNTIES)))
    d.f("Primary caregiver: {cg} ({rel}), phone {ph}\n", cg=_S("n_cg", "PERSON", f"{cg.first} {cg.last}"),
        rel=_who(r), ph=_S("n_cgphone", "PHONE", _phone(r)))
    d.f("Certifying physician: Dr. {md}    Office fax: {fx}\n",
        md=_S("n_md", "PERSON", r.choice((md.last, _full(r, md)))),
        fx=_S("n_fax", "FAX", _phone(r)))
    age = d.age("n_age", 66, 89)
    d.f("\nSUBJECTIVE: {a} y/o {sx} with {dx}. ", a=age, sx=_sexword(sex), dx=c["dx"])
    d.t(" ".join(r.sample(list(c["hpi"]), 2)) + " " + r.choice((
        "Reports sleeping in the recliner most nights.", "Denies falls since the last visit.",
        "States appetite is fair; eating one hot meal a day from a meal delivery program.",
        "Caregiver reports more confusion in the evenings.")) + "\n")
    d.t("HOMEBOUND STATUS: Leaves home only for medical appointments with a taxing effort; requires a walker and "
        "the assistance of one person on stairs.\n\n")
    d.t(f"VITALS: {_vitals(r, kind)}; weight {round(r.uniform(48, 110), 1)} kg (scale in the kitchen).\n")
    lungs = r.choice(("scattered expiratory wheezes", "bibasilar crackles", "clear breath sounds", "diminished bases"))
    d.t(f"Cardiopulmonary: lungs with {lungs}; "
        f"{r.choice(('1+', 'trace', 'no', '2+'))} bilateral ankle edema.\n")
    d.t("\nEQUIPMENT / DEVICES:\n")
    sp = _S("n_supplier", "ORGANIZATION", r.choice(SUPPLIERS))
    sn = _S("n_sn", "DEVICE_ID", str(c["sn"]))
    if kind == "o2":
        d.f("Oxygen supplier: {sp}. {dv} (SN {sn}). {x}\n", sp=sp, dv=c["dev"], sn=sn, x=r.choice((
            "Filter cleaned, tubing changed.", "Alarms tested; backup cylinders x 4 in the hall closet.",
            "Concentrator functioning; no alarms this week.", "Flow setting verified against the order.")))
    elif kind in ("icd", "pacer"):
        d.f("Implanted device: {dv} (SN {sn}). Home scale and BP cuff supplied by {sp}; bedside monitor plugged in "
            "with a solid green light.\n", dv=c["dev"], sn=sn, sp=sp)
    elif kind == "pd":
        d.f("Dialysis supplies delivered monthly by {sp}; {dv} (SN {sn}) set up in the bedroom, {x}\n", sp=sp,
            dv=c["dev"], sn=sn, x=r.choice(("no alarms overnight.", "drain alarms x 2 this week.",
                                            "boxes stored off the floor as instructed.")))
    else:
        d.f("Diabetes supplies from {sp}; {dv} in use, sensor on the back of the arm, no skin irritation.\n", sp=sp,
            dv=c["dev"])
    if c["sn2"] and d.want("n_sn2", p=0.25):
        d.f("{dv} (serial {sn}) checked and charging.\n", dv={"icd": "Bedside monitor", "pacer": "Bedside monitor",
                                                             "o2": "Portable concentrator"}.get(kind, "Reader"),
            sn=_S("n_sn2", "DEVICE_ID", _pat(r, "MC#######") if kind in ("icd", "pacer") else str(c["sn2"])))
    if d.want("n_url", "n_ip", p=0.25):
        d.t("Remote patient monitoring: tablet hub and Bluetooth scale/BP cuff in use")
        if d.want("n_ip", p=0.3):
            d.f("; last upload received from {ip}", ip=_S("n_ip", "IP_ADDRESS", _ip(r)))
        if d.want("n_url", p=0.4):
            d.f("; caregiver enrolled in the family view with the personal link {u}",
                u=_S("n_url", "URL", f"https://rpm.{r.choice(('hearthsidehh', 'bluestemvna', 'saltmarshvn'))}.org/"
                                     f"family/{_pat(r, '??????????')}"))
        d.t(".\n")
    d.t("\nMEDICATION RECONCILIATION: Pill organizer filled for 2 weeks with the caregiver. "
        + r.choice(("No discrepancies.", "Duplicate statin bottle removed.", "Expired inhalers discarded."))
        + "\n" + _bullets(list(c["meds"])))
    if d.want("n_pharm", p=0.4):
        d.f("Blister packs delivered weekly by {ph}.\n", ph=_S("n_pharm", "ORGANIZATION", r.choice(PHARMACIES)))
    d.t(f"\nRISK SCREENS: Braden {r.randint(13, 22)}; Morse fall scale {r.choice((25, 35, 45, 55, 65))}; Katz ADL "
        f"{r.randint(2, 6)}/6; Lawton IADL {r.randint(1, 8)}/8; PHQ-2 {r.randint(0, 3)}.\n")
    d.t(f"Influenza vaccine (high-dose) lot {_lot(r)} given in the left deltoid today.\n" if r.random() < 0.3 else "")
    d.t("\nTEACHING: " + {
        "o2": "Reviewed oxygen fire safety: no smoking or open flames, 6 feet from the stove.",
        "icd": "Reviewed daily weights and when to call; what to do after a shock; caregiver returned demonstration.",
        "pacer": "Reviewed arm-movement precautions after implant and the bedside monitor light colors.",
        "pd": "Reviewed exit-site care and signs of peritonitis; patient demonstrated hand hygiene.",
        "cgm2": "Reviewed hypoglycemia treatment (rule of 15) and the CGM low alert.",
    }[kind] + "\n")
    d.t("PLAN: SN 1w4, then 1w3. Notify the physician for weight gain >3 lb/day, SpO2 <88% on the prescribed flow, "
        "or new confusion. Emergency plan reviewed: call 911. Poison Control (1-800-222-1222) posted on the "
        "refrigerator with the medication list.\n")
    d.f("\n{rn}, RN", rn=_S("n_rn", "PERSON", _full(r, rn)))
    if d.want("n_rnlic", p=0.2):
        d.f(" (RN license {l})", l=_S("n_rnlic", "LICENSE", _rn_licence(r)))
    d.t("\n")
    if d.want("n_pager", p=0.15):
        d.f("After hours: on-call nurse pager {pg}\n", pg=_S("n_pager", "PAGER", _pager(r)))


_DIALYSIS_EVENTS: _Events = (
    _ev("k_prog", "ORGANIZATION"), _ev("k_name", "PERSON"), _ev("k_unit", "MRN"), _ev("k_start", "DATE_REAL_YEAR"),
    _ev("k_md", "PERSON"), _ev("k_rn", "PERSON"), _ev("k_cp", "PERSON"), _ev("k_sn", "DEVICE_ID"),
    _ev("k_supplier", "ORGANIZATION"), _ev("k_street", "STREET_ADDRESS", "k_city", "LOCATION", "k_zip", "ZIP"),
    _ev("k_mbi", "HEALTH_PLAN"), _ev("k_tx", "ORGANIZATION"), _ev("k_emp", "ORGANIZATION"),
    _ev("k_plate", "VEHICLE_ID"), _ev("k_pager", "PAGER"), _ev("k_phone", "PHONE"), _ev("k_ssn", "SSN"),
    _ev("k_email", "EMAIL"), _ev("k_age", "AGE_OVER_89"), _ev("k_acct", "ACCOUNT"), _ev("k_url", "URL"),
    _ev("k_ip", "IP_ADDRESS"),
)


def _lay_dialysis(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, md, rn, cp = (_person(r) for _ in range(4))
    town, st, z3 = r.choice(TOWNS)
    d.f("{prog}\nHOME DIALYSIS PROGRAM - MONTHLY CLINIC VISIT\n\nName:  {n}                  Unit No:   {u}\n"
        "Visit date: {sd}\n", prog=_S("k_prog", "ORGANIZATION", r.choice(DIALYSIS_PROGRAMS)),
        n=_S("k_name", "PERSON", _full(r, pt, upper=True)), u=_S("k_unit", "MRN", _mrn(r)), sd=_sdate(r))
    if d.want("k_acct", p=0.2):
        d.f("Billing account: {a}\n", a=_S("k_acct", "ACCOUNT", _account(r)))
    d.f("Modality: {mod}    Dialysis start date: {ds}\n", mod="CCPD" if kind == "pd" else "Home HD (short daily)",
        ds=_S("k_start", "DATE_REAL_YEAR", _rdate(r, 2012, 2024)))
    d.f("Nephrologist: Dr. {md}    Home training RN: {rn}\n",
        md=_S("k_md", "PERSON", r.choice((md.last, _full(r, md)))),
        rn=_S("k_rn", "PERSON", f"{rn.first} {rn.last}"))
    if d.want("k_cp", p=0.5) or kind == "hhd":
        d.f("Care partner: {cp} ({rel}), trained and signed off.\n", cp=_S("k_cp", "PERSON", f"{cp.first} {cp.last}"),
            rel=r.choice(("spouse", "daughter", "son", "sister", "partner")))
    d.f("Equipment: {dv}, SN {sn}; software {fw}.\n", dv=c["dev"], sn=_S("k_sn", "DEVICE_ID", str(c["sn"])),
        fw=c["fw"])
    d.f("Supplies: {sp}; monthly delivery to {s}, {ci}, {st} {z}.\n",
        sp=_S("k_supplier", "ORGANIZATION", r.choice(SUPPLIERS[3:4] + SUPPLIERS[:1])),
        s=_S("k_street", "STREET_ADDRESS", _street(r)), ci=_S("k_city", "LOCATION", town), st=st,
        z=_S("k_zip", "ZIP", _zip(r, z3)))
    d.f("Coverage: Medicare (ESRD), MBI {mbi}; secondary {ins}.\n", mbi=_S("k_mbi", "HEALTH_PLAN", _mbi(r)),
        ins=r.choice([x for x in INSURERS if "Medicare" not in x]))
    if d.want("k_ssn", p=0.1):
        d.f("CMS-2728 ESRD medical evidence form re-signed; SSN on the form {s} matches the Medicare record.\n",
            s=_S("k_ssn", "SSN", _ssn(r)))
    age = d.age("k_age", 34, 89)
    d.f("\nINTERVAL HISTORY: {a}-year-old {sx}. ", a=age, sx=_sexword(sex))
    d.t(" ".join(list(c["hpi"])) + "\n\nPRESCRIPTION AND ADEQUACY:\n" + _bullets(list(c["data"])))
    d.t(f"\nEXAM: {_vitals(r, kind)}. " + ("Exit site: no erythema, crust or drainage; catheter cuff not palpable. "
                                          if kind == "pd" else "Access: strong thrill, buttonhole tracts healed. ")
        + f"Edema {r.choice(('none', 'trace', '1+'))}.\n")
    d.t("\nLABS (monthly, drawn at the unit):\n" + "\n".join(f"{_sdate(r)} {x}" for x in list(c["labs"])) + "\n")
    d.t("\nMEDICATIONS:\n" + _bullets(list(c["meds"]), numbered=True))
    d.t("\nSOCIAL: ")
    if d.want("k_emp", p=0.3):
        d.f("Works part-time at {e}; treatments scheduled around shifts. ",
            e=_S("k_emp", "ORGANIZATION", r.choice(EMPLOYERS)))
    else:
        d.t("Retired. ")
    if d.want("k_plate", p=0.15):
        d.f("Drives to monthly visits; clinic garage permit issued for plate {pl}. ",
            pl=_S("k_plate", "VEHICLE_ID", _plate(r)))
    if d.want("k_email", p=0.15):
        d.f("Remote treatment alerts also go to the care partner's email, {e}. ",
            e=_S("k_email", "EMAIL", _email(r, cp)))
    if d.want("k_url", p=0.12):
        d.f("Family runs a fundraiser for transplant costs ({u}); social work aware. ",
            u=_S("k_url", "URL", r.choice((f"https://www.gofundme.com/f/{_ascii(pt.first).lower()}s-kidney-fund",
                                           f"https://gofund.me/{_pat(r, '????????').lower()}",
                                           f"https://www.givingfuel.com/{_ascii(pt.last).lower().replace(' ', '')}"
                                           f"-transplant"))))
    if d.want("k_ip", p=0.12):
        d.f("\nConnectivity: the home machine's remote-management module last reported from {ip}; no missed "
            "uploads.",
            ip=_S("k_ip", "IP_ADDRESS", _ip(r)))
    d.t("\n\nTRANSPLANT: ")
    d.f("Listed at {tx}; {st}.\n", tx=_S("k_tx", "ORGANIZATION", r.choice(HOSPITALS)),
        st=r.choice(("active on the waitlist", "evaluation in progress", "on hold pending cardiac clearance")))
    d.t("\nASSESSMENT / PLAN:\n" + _bullets(list(c["plan"]), numbered=True))
    if d.want("k_phone", p=0.3):
        d.f("Will call the patient at {ph} with the potassium result.\n", ph=_S("k_phone", "PHONE", _phone(r)))
    d.f("\n{md}, MD\n", md=_S("k_md", "PERSON", r.choice((md.last, _full(r, md)))))
    if d.want("k_pager", p=0.25):
        d.f("Renal fellow pager: {pg}\n", pg=_S("k_pager", "PAGER", _pager(r)))


_WORK_EVENTS: _Events = (
    _ev("w_name", "PERSON"), _ev("w_dob", "DATE_REAL_YEAR"), _ev("w_emp", "ORGANIZATION"), _ev("w_cdl", "LICENSE"),
    _ev("w_fax", "FAX"), _ev("w_md", "PERSON", "w_npi", "LICENSE"),
    _ev("w_clinic", "ORGANIZATION", "w_clinicphone", "PHONE"),
    _ev("w_school", "ORGANIZATION"), _ev("w_parent", "PERSON", "w_parentphone", "PHONE"),
    _ev("w_plate", "VEHICLE_ID"), _ev("w_vin", "VEHICLE_ID"), _ev("w_leave1", "DATE_REAL_YEAR", "w_leave2",
                                                                    "DATE_REAL_YEAR"),
    _ev("w_ssn", "SSN"), _ev("w_hr", "PERSON", "w_hremail", "EMAIL"),
)


def _lay_work(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, md, parent, hr = (_person(r) for _ in range(4))
    parent = _P(parent.first, pt.last) if r.random() < 0.6 else parent
    clinic = _S("w_clinic", "ORGANIZATION", r.choice(CLINICS))
    name = _S("w_name", "PERSON", _full(r, pt))
    emp = _S("w_emp", "ORGANIZATION", r.choice(EMPLOYERS))
    mds = _S("w_md", "PERSON", _full(r, md))
    work_keys = ("w_emp", "w_cdl", "w_fax", "w_ssn", "w_leave1", "w_leave2", "w_hr", "w_hremail", "w_plate", "w_vin")
    work_leak = any(k in d.leak for k in work_keys)
    school = kind == "pump" and not work_leak and d.want("w_school", "w_parent", "w_parentphone", p=0.3)
    work = not school
    dob = _S("w_dob", "DATE_REAL_YEAR", _rdate(r, 2006, 2017) if school and not work else _rdate(r, 1958, 2004))
    visit = _sdate(r)
    d.f("OFFICE VISIT - FORMS AND ACCOMMODATIONS\nPatient: {n}    DOB: {dob}    Visit: {sd}\n\n",
        n=name, dob=dob, sd=visit)
    d.f("REASON FOR VISIT: Completion of {form} for {dx}.\n\n", form="a school diabetes medical management plan"
        if school else r.choice(("work accommodation forms", "FMLA intermittent leave paperwork",
                                 "return-to-work clearance", "short-term disability forms")), dx=c["dx"])
    d.t("HPI: " + " ".join(r.sample(list(c["hpi"]), 2)) + "\n")
    if work:
        cdl = d.want("w_cdl", p=0.2)
        d.f("Works as a {job} at {e}. ", job=r.choice(("delivery driver", "box-truck driver", "shuttle bus driver"))
            if cdl or kind == "cpap" else r.choice(("machine operator", "bank teller", "line cook",
                                                    "warehouse associate", "home health aide", "cashier")), e=emp)
        if cdl:
            d.f("Holds a commercial driver's license ({st} CDL {l}). ", st=r.choice(("MA", "RI", "NH")),
                l=_S("w_cdl", "LICENSE", _driver_licence(r)))
        d.t("Symptoms at work: " + {"pump": "two lows during a long shift without a break",
                                    "cgm2": "alarms missed on the floor; a low before lunch",
                                    "cpap": "sleepiness on afternoon routes before CPAP",
                                    "icd": "lightheadedness on the stairs between floors"}[kind] + ".\n")
    if not school and d.want("w_plate", "w_vin", p=0.12):
        d.f("Brings a crash report: {ev} while driving; {ps} {yr} {mk} (plate {pl}, VIN {vin}) "
            "struck a guardrail, no injuries. Driving restriction discussed per state medical standards.\n",
            ev={"cpap": "fell asleep", "icd": "an ICD shock"}.get(kind, "a hypoglycemic episode"),
            ps=_poss(sex), yr=r.randint(2006, 2023),
            mk=r.choice(("Honda CR-V", "Toyota Corolla", "Ford Escape", "Nissan Rogue")),
            pl=_S("w_plate", "VEHICLE_ID", _plate(r)), vin=_S("w_vin", "VEHICLE_ID", _vin(r)))
    d.t("\nData reviewed:\n" + _bullets(list(c["data"])[:2]))
    d.t(f"\nExam: {_vitals(r, kind)}. Well appearing.\n\nAssessment: {c['dx']}, stable; able to "
        f"{'attend school' if school else 'work'} with accommodations.\n\n")
    d.t("-" * 60 + "\n")
    d.t(f"{visit}\n\n")
    if school:
        d.f("To the school nurse, {s}\nRE: {n} (DOB {dob})\n\n",
            s=_S("w_school", "ORGANIZATION", r.choice(CHILD_SCHOOLS)), n=name, dob=dob)
        d.t("This student has type 1 diabetes and uses an insulin pump and a continuous glucose monitor. Please allow: "
            "a phone in class to receive CGM alerts; snacks and water at any time; unrestricted bathroom access; "
            "treatment of lows in the classroom; extra time on tests when glucose is under 70 or over 300. "
            "A Section 504 plan is requested.\n")
        d.f("Parent/guardian: {p}, cell {ph}\n", p=_S("w_parent", "PERSON", f"{parent.first} {parent.last}"),
            ph=_S("w_parentphone", "PHONE", _phone(r)))
        d.t("-" * 60 + "\n")
    if work:
        d.f("To: Human Resources, {e}\nFax: {fx}\nRE: {n}, DOB {dob}\n\n", e=emp,
            fx=_S("w_fax", "FAX", _phone(r)), n=name, dob=dob)
        if d.want("w_hr", "w_hremail", p=0.1):
            d.f("Attn: {h} ({em})\n", h=_S("w_hr", "PERSON", f"{hr.first} {hr.last}"),
                em=_S("w_hremail", "EMAIL", _email(r, hr)))
        d.t("To whom it may concern: my patient is under my care for a chronic condition managed with home medical "
            "technology. Requested accommodations: " + {
                "pump": "permission to keep a phone at the workstation for device alerts and brief breaks to treat "
                        "low glucose",
                "cgm2": "permission to keep a phone at the workstation for CGM alerts and a break to eat on schedule",
                "cpap": "no commercial driving until CPAP adherence is documented, then return to full duty",
                "icd": "no work at heights or near arc welders and industrial magnets; a 15-minute break every 2 hours",
            }[kind] + ".\n")
        if d.want("w_leave1", "w_leave2", p=0.2):
            d.f("Please excuse the absence from {a} through {b} inclusive.\n",
                a=_S("w_leave1", "DATE_REAL_YEAR", _rdate(r, 2021, 2025)),
                b=_S("w_leave2", "DATE_REAL_YEAR", _rdate(r, 2021, 2025)))
        if d.want("w_ssn", p=0.08):
            d.f("Claimant SSN (as requested on the insurer's attending physician statement): {s}\n",
                s=_S("w_ssn", "SSN", _ssn(r)))
    d.f("\nSincerely,\n{md}, MD\n", md=mds)
    if d.want("w_npi", p=0.3):
        d.f("NPI {npi}\n", npi=_S("w_npi", "LICENSE", _npi(r)))
    d.f("{cl}\nPhone {ph}\n", cl=clinic, ph=_S("w_clinicphone", "PHONE", _phone(r)))
    d.t("-" * 60 + f"\nICD-10: {({'pump': 'E10.65', 'cgm2': 'E11.65', 'cpap': 'G47.33', 'icd': 'I50.22'})[kind]}. "
        f"Forms scanned to the media tab. Copy given to the patient."
        + (f" Public information on disability benefits given: {PUBLIC_URLS[7]}\n"
           if not school and r.random() < 0.3 else "\n"))


_REFILL_EVENTS: _Events = (
    _ev("f_pharm", "ORGANIZATION", "f_pharmphone", "PHONE", "f_pharmfax", "FAX"), _ev("f_name", "PERSON"),
    _ev("f_dob", "DATE_REAL_YEAR"), _ev("f_mrn", "MRN"), _ev("f_member", "HEALTH_PLAN"), _ev("f_rn", "PERSON"),
    _ev("f_phone", "PHONE"), _ev("f_acct", "ACCOUNT"), _ev("f_md", "PERSON", "f_npi", "LICENSE", "f_dea", "LICENSE"),
    _ev("f_age", "AGE_OVER_89"), _ev("f_sn", "DEVICE_ID"), _ev("f_ssn", "SSN"),
    _ev("f_email", "EMAIL"), _ev("f_supplier", "ORGANIZATION"), _ev("f_url", "URL"),
)

_REFILL_MEDS = {
    "pump": ("Insulin lispro (Humalog) 100 unit/mL vial, 10 mL", "0002-7510-01"),
    "cgm2": ("Insulin glargine-yfgn (Semglee) 100 unit/mL pen, 3 mL", "49502-196-75"),
    "o2": ("Fluticasone-umeclidinium-vilanterol (Trelegy Ellipta) 100-62.5-25 mcg", "0173-0887-10"),
    "cpap": ("Fluticasone propionate 50 mcg nasal spray", "0054-3270-99"),
    "icd": ("Sacubitril-valsartan (Entresto) 49/51 mg tablet", "0078-0696-20"),
    "pd": ("Sevelamer carbonate (Renvela) 800 mg tablet", "58468-0130-1"),
}


def _lay_refill(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, rn, md = (_person(r) for _ in range(3))
    med, ndc = _REFILL_MEDS[kind]
    d.f("PHARMACY REFILL / PRIOR AUTHORIZATION ENCOUNTER\nRequest received: {sd} {tm} via {how}\n\n",
        sd=_sdate(r), tm=_time(r), how=r.choice(("e-prescribing network", "fax", "pharmacy call", "patient portal")))
    d.f("Pharmacy: {ph}    Phone: {pp}    Fax: {pf}\n", ph=_S("f_pharm", "ORGANIZATION", r.choice(PHARMACIES)),
        pp=_S("f_pharmphone", "PHONE", _phone(r)), pf=_S("f_pharmfax", "FAX", _phone(r)))
    d.f("Patient: {n}    DOB: {dob}    MRN: {m}\n", n=_S("f_name", "PERSON", _full(r, pt, upper=True)),
        dob=_S("f_dob", "DATE_REAL_YEAR", _rdate(r, 1926, 2004)), m=_S("f_mrn", "MRN", _mrn(r)))
    d.t(f"\nMedication requested: {med}\nNDC {ndc}    Qty: {r.choice((30, 90, 3, 5, 15))}    Refills: "
        f"{r.randint(0, 5)}    Days supply: {r.choice((30, 90))}\nLast filled: {_sdate(r)}\n")
    d.f("\nInsurance: {ins}    Member ID: {m}    Group: {g}    RxBIN: {bin}    RxPCN: {pcn}\n",
        ins=r.choice(INSURERS), m=_S("f_member", "HEALTH_PLAN", _member(r)), g=_group(r),
        bin=r.choice(("610014", "004336", "003858", "610502", "015581")),
        pcn=r.choice(("ADV", "MEDDADV", "A4", "9999", "CTRXMEDD")))
    if c["sn"] and kind != "icd" and d.want("f_sn", "f_supplier", p=0.35):
        if kind == "pump":
            d.f("Also requested: pump cartridges and infusion sets (90-day) through {sp}; the DME order requires the "
                "pump serial number, {sn}.\n", sp=_S("f_supplier", "ORGANIZATION", r.choice(SUPPLIERS[4:5]
                                                                                          + SUPPLIERS[:1])),
                sn=_S("f_sn", "DEVICE_ID", str(c["sn"])))
        else:
            d.f("Equipment supplies ({dv}) are ordered separately through {sp}; device serial on file {sn}.\n",
                dv=c["dev"], sp=_S("f_supplier", "ORGANIZATION", r.choice(SUPPLIERS)),
                sn=_S("f_sn", "DEVICE_ID", str(c["sn"])))
    elif kind == "cgm2" and d.want("f_supplier", p=0.3):
        d.f("CGM sensors are dispensed through {sp} under the DME benefit.\n",
            sp=_S("f_supplier", "ORGANIZATION", r.choice(SUPPLIERS[4:5] + SUPPLIERS[:1])))
    d.t("\nPrior authorization: " + r.choice((
        "not required for this formulary tier.", "required; submitted electronically with the last office note "
        "attached, approved for 12 months.", "denied for quantity; appeal letter sent with chart notes.",
        {"cgm2": "step therapy met (metformin and a sulfonylurea tried).",
         "pump": "not required; insulin covered under the pharmacy benefit.",
         "o2": "step therapy met (LAMA/LABA tried before triple therapy).",
         "cpap": "not required.", "icd": "step therapy met (ACE inhibitor tolerated before the switch).",
         "pd": "not required; covered under the ESRD benefit."}[kind])) + "\n")
    if kind in ("pump", "cgm2") and d.want("f_url", p=0.15):
        d.f("CGM report for the authorization pulled from the patient's data-sharing link {u}.\n",
            u=_S("f_url", "URL", r.choice((f"https://clarity.dexcom.com/share/{_pat(r, '??????????')}",
                                           f"https://app.tidepool.org/share/{_pat(r, '????????????').lower()}",
                                           f"https://my.glooko.com/invite/{_pat(r, '????????')}"))))
    d.t("\nProtocol check:\n" + _bullets([f"Last office visit {_sdate(r)} (within 12 months)"]
                                         + [f"{x} ({_sdate(r)})" for x in r.sample(list(c["labs"]), 2)]
                                         + [r.choice(("No interacting new medications.",
                                                      "K and creatinine within protocol limits.",
                                                      "Dose unchanged for 6 months."))]))
    d.t(f"\nAllergies: {r.choice(('NKDA', 'penicillin (rash)', 'sulfa', 'adhesive'))}\nIndication on file: {c['dx']}.\n"
        f"Pharmacist comment: proportion of days covered {r.randint(62, 99)}% over the last 6 months; "
        + r.choice(("picked up the last two fills late.", "fills on time.", "uses auto-refill and synchronization.",
                    "switched to mail order last quarter, now back to the local pharmacy.")) + "\n")
    age = d.age("f_age", 40, 89) if kind in _OLD_KINDS else d.age("f_age", 20, 70)
    d.f("\nNote: {a}-year-old patient; ", a=age)
    if d.want("f_ssn", p=0.1):
        d.f("manufacturer patient-assistance application faxed with income documents (SSN on the application "
            "{s}); ", s=_S("f_ssn", "SSN", _ssn(r)))
    d.t(r.choice(("copay card applied.", "uses blister packaging.", "prefers a 90-day supply.")) + "\n")
    if d.want("f_acct", p=0.2):
        d.f("Billing: hospital pharmacy copay balance carried on account {a}; financial counseling referral placed.\n",
            a=_S("f_acct", "ACCOUNT", _account(r)))
    d.f("\nAction: {act} -- {rn}, RN, {sd}\n", act=r.choice(("Approved per refill protocol and sent.",
                                                           "Routed to the prescriber for approval.",
                                                           "Approved x 90 days; follow-up visit needed before more.")),
        rn=_S("f_rn", "PERSON", _full(r, rn)), sd=_sdate(r))
    if d.want("f_phone", "f_email", p=0.4):
        if r.random() < 0.5 or "f_phone" in d.leak:
            d.f("Patient notified by phone at {ph}.\n", ph=_S("f_phone", "PHONE", _phone(r)))
        if "f_email" in d.leak:
            d.f("Patient asked for confirmations by email instead: {e}.\n", e=_S("f_email", "EMAIL", _email(r, pt)))
    d.f("\nPrescriber: {md}, MD", md=_S("f_md", "PERSON", _full(r, md)))
    if d.want("f_npi", p=0.35):
        d.f("    NPI {npi}", npi=_S("f_npi", "LICENSE", _npi(r)))
    if d.want("f_dea", p=0.15):
        d.f("    DEA {dea}", dea=_S("f_dea", "LICENSE", _dea(r, md.last)))
    d.t("\n\nCurrent medication list:\n" + _bullets(list(c["meds"])))


_ADMIT_EVENTS: _Events = (
    _ev("h_name", "PERSON"), _ev("h_unit", "MRN"), _ev("h_adm", "DATE_REAL_YEAR"), _ev("h_dob", "DATE_REAL_YEAR"),
    _ev("h_att", "PERSON"), _ev("a_ref", "PERSON"), _ev("a_osh", "ORGANIZATION", "a_oshcity", "LOCATION"),
    _ev("a_prevdate", "DATE_REAL_YEAR"), _ev("a_city", "LOCATION"), _ev("a_emp", "ORGANIZATION"),
    _ev("a_church", "ORGANIZATION"), _ev("a_rep", "PERSON"), _ev("a_dev", "DEVICE_ID"), _ev("a_agency", "ORGANIZATION"),
    _ev("a_dear", "PERSON"), _ev("a_fu", "PERSON", "a_fuphone", "PHONE"), _ev("a_pager", "PAGER"),
    _ev("a_age", "AGE_OVER_89"), _ev("a_plate", "VEHICLE_ID"), _ev("a_url", "URL"), _ev("a_hood", "LOCATION"),
    _ev("a_acct", "ACCOUNT"), _ev("a_ssn", "SSN"),
)

_COURSE = {
    "pump": ("Admitted to the ICU for DKA (initial pH 7.{p}, AG {ag}) after an infusion-set failure overnight. Insulin "
             "drip per protocol with fluids and potassium repletion; gap closed in {h} h and transitioned to the "
             "patient's own pump on HD2 after a 2-hour overlap with basal insulin. Foley catheter removed HD2."),
    "cgm2": ("Admitted after a fall at home with a glucose of {g} on arrival; glipizide, recently added elsewhere, was "
             "stopped and basal insulin reduced by 20%. CT head negative; Glasgow Coma Scale 15 throughout. CGM "
             "alarms reviewed with the patient and family."),
    "icd": ("Admitted after two ICD shocks at home. Interrogation showed appropriate therapy for monomorphic VT; "
            "amiodarone load started and the VT zone reprogrammed. Diuresed 3 L with IV furosemide for volume "
            "overload; discharge weight {w} kg."),
    "pacer": ("Admitted with syncope; telemetry showed intermittent complete heart block. Dual-chamber pacemaker "
              "implanted HD2 without complication; chest x-ray without pneumothorax. Arm-movement restrictions "
              "reviewed."),
    "pd": ("Admitted with PD peritonitis (effluent WBC {wbc}, 92% PMN). Intraperitoneal vancomycin and ceftazidime "
           "started; culture grew coagulase-negative staphylococci. Effluent cleared by day 3. Home cycler "
           "prescription unchanged."),
    "o2": ("Admitted with an acute COPD exacerbation requiring BiPAP for 18 h. Treated with prednisone 40 mg x 5 "
           "days, azithromycin and nebulizers. Weaned back to the home oxygen flow of 2 L/min at rest."),
    "dbs": ("Admitted after a fall with a scalp laceration while off medication. DBS interrogated by neurology: "
            "normal impedances, battery adequate. Levodopa schedule restored; PT recommended home with services."),
}


_ADMIT_INSTR = {
    "pump": "Check ketones whenever your glucose is above 250 for 2 hours, and change your infusion set if a "
            "correction does not work. Keep your backup insulin pens with you.",
    "cgm2": "Your glargine dose was lowered and glipizide was stopped. Keep glucose gel with you and treat any CGM "
            "reading under 70.",
    "icd": "You were started on amiodarone. Weigh yourself every morning and call for a gain of 3 lb overnight. Do "
           "not drive until the device clinic clears you.",
    "pacer": "Do not lift your arm on the side of the device above your shoulder for 4 weeks. Keep the incision dry "
             "for 5 days.",
    "pd": "Finish the intraperitoneal antibiotics at home as taught. Call the home dialysis unit for cloudy fluid or "
          "fever.",
    "o2": "Finish the prednisone. Continue oxygen 2 L/min at rest and more with exertion as prescribed.",
    "dbs": "Take your levodopa on time, every time. Use your walker at home until physical therapy clears you.",
}


def _lay_admission(d: _Doc, kind: str, sex: str) -> None:
    r = d.r
    c = _clin(r, kind)
    pt, att, ref, rep, fu = (_person(r) for _ in range(5))
    town, st, _z3 = r.choice(TOWNS)
    adm = _S("h_adm", "DATE_REAL_YEAR", _rdate(r, 2015, 2025)) if "h_adm" in d.leak else (
        _sdate(r) if r.random() < 0.25 else "___")
    d.f("Name:  {n}                  Unit No:   {u}\n\nAdmission Date:  {a}              Discharge Date:   {b}\n\n"
        "Date of Birth:  {dob}             Sex:   {sex}\n\nService: {svc}\n\nAllergies:\n{alg}\n\n"
        "Attending: {att}.\n\n",
        n=_S("h_name", "PERSON", _full(r, pt, upper=True)), u=_S("h_unit", "MRN", _mrn(r)), a=adm, b="___",
        dob=_S("h_dob", "DATE_REAL_YEAR", _rdate(r, 1922, 2002)), sex=sex,
        svc="MEDICINE" if kind in ("cgm2", "o2", "pd", "dbs") else c["service"],
        alg=r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins / lisinopril", "iodinated contrast")),
        att=_S("h_att", "PERSON", _full(r, att)))
    if d.want("a_acct", p=0.1):
        d.f("Hospital account: {a}\n\n", a=_S("a_acct", "ACCOUNT", _account(r)))
    d.t(f"Chief Complaint:\n{c['cc']}\n\nMajor Surgical or Invasive Procedure:\n"
        + ("Dual-chamber pacemaker implantation\n" if kind == "pacer" else "None\n") + "\n")
    age = d.age("a_age", 22, 89) if kind in _OLD_KINDS else d.age("a_age", 19, 60)
    d.f("History of Present Illness:\n{a} year old {sx} with {dx} who presents with {cc}. ", a=age,
        sx=_sexword(sex), dx=c["dx"], cc=_lc(str(c["cc"])))
    d.t(" ".join(r.sample(list(c["hpi"]), 3)) + " ")
    if d.want("a_ref", p=0.3):
        d.f("Sent in by the outpatient physician, Dr. {rf}, after a video visit that morning. ",
            rf=_S("a_ref", "PERSON", r.choice((ref.last, f"{ref.first} {ref.last}"))))
    if d.want("a_osh", "a_oshcity", p=0.25):
        d.f("Initially evaluated at {o} in {c} and transferred for a higher level of care. ",
            o=_S("a_osh", "ORGANIZATION", r.choice(HOSPITALS)), c=_S("a_oshcity", "LOCATION", r.choice(TOWNS)[0]))
    if d.want("a_prevdate", p=0.15):
        d.f("A similar episode required admission elsewhere on {dt}. ",
            dt=_S("a_prevdate", "DATE_REAL_YEAR", _rdate(r, 2012, 2024)))
    d.t("\n\nPast Medical History:\n" + _bullets([str(c["dx"])[0].upper() + str(c["dx"])[1:], "Hypertension", r.choice((
        "Remote aneurysmal subarachnoid hemorrhage (Hunt and Hess grade 2), coiled", "Remote Whipple procedure "
        "(pancreaticoduodenectomy) for an ampullary adenoma", "Osteoarthritis of the knees",
        "Depression, followed by psychiatry", "Chronic kidney disease stage 3a"))]))
    d.t("\nSocial History:\n")
    social = [k for k in ("a_city", "a_emp", "a_church", "a_plate", "a_url", "a_hood") if k in d.leak]
    if not social and r.random() < 0.4:
        d.t("___\n")
    else:
        d.f("Lives {w} in {c}. ",
            w=r.choice(("alone", "with spouse", f"with {_poss(sex)} daughter's family", "with a partner")),
            c=_S("a_city", "LOCATION", town))
        if d.want("a_hood", p=0.1):
            d.f("Grew up in {h} and moved out of the city {n} years ago. ",
                h=_S("a_hood", "LOCATION", r.choice(NEIGHBOURHOODS)), n=r.randint(3, 30))
        if d.want("a_emp", p=0.3):
            d.f("Works as a {j} at {e}. ", j=r.choice(("cashier", "mechanic", "teacher's aide", "forklift operator")),
                e=_S("a_emp", "ORGANIZATION", r.choice(EMPLOYERS)))
        if d.want("a_church", p=0.15):
            d.f("Active at {ch}; members of the congregation help with rides. ",
                ch=_S("a_church", "ORGANIZATION", r.choice(CHURCHES)))
        if d.want("a_plate", p=0.06):
            d.f("Car (plate {pl}) left in the ED lot; security notified. ", pl=_S("a_plate", "VEHICLE_ID", _plate(r)))
        if d.want("a_url", p=0.05):
            d.f("Family posts updates for relatives on a personal page ({u}). ",
                u=_S("a_url", "URL", f"https://www.caringbridge.org/site/{_ascii(pt.last).lower().replace(' ', '')}"
                                     f"{r.randint(1, 99)}"))
        d.t(r.choice(("Former smoker.", "Never smoker.", "Drinks 1-2 beers on weekends.", "No illicit drugs.")) + "\n")
    d.t("\nFamily History:\n" + r.choice(("Mother with type 2 diabetes; father with MI at 61.",
                                         "Brother with ESRD on dialysis.", "Noncontributory.",
                                         "Sister with Graves disease.")) + "\n")
    d.t(f"\nPhysical Exam:\nADMISSION: {_vitals(r, kind)}\nGeneral: "
        + r.choice(("uncomfortable, dry mucous membranes", "alert, oriented x3", "ill-appearing, speaking in phrases"))
        + f"\nDISCHARGE: {_vitals(r, kind)}\nNeuro: GCS 15, no focal deficits.\n")
    sd = _sdate(r)
    d.t("\nPertinent Results:\n" + "\n".join(f"{sd} {_time(r)} BLOOD {x}" for x in list(c["labs"])) + "\n")
    d.t("\nBrief Hospital Course:\n" + _COURSE[kind].format(p=r.randint(0, 24), ag=r.randint(18, 32),
                                                               h=r.randint(8, 22), g=r.randint(28, 52),
                                                               w=r.randint(58, 110), wbc=r.randint(180, 2400)) + "\n")
    if c["sn"] and d.want("a_dev", "a_rep", p=0.35):
        d.f("# Device: {dv} (serial {sn}) checked", dv=c["dev"], sn=_S("a_dev", "DEVICE_ID", str(c["sn"])))
        if d.want("a_rep", p=0.4):
            d.f(" with the manufacturer representative, {rp}", rp=_S("a_rep", "PERSON", f"{rep.first} {rep.last}"))
        d.t("; " + r.choice(("no malfunction found.", "malfunction report filed and a replacement shipped.",
                             "settings unchanged.")) + "\n")
    if d.want("a_pager", p=0.2):
        d.f("# Discussed with the {svc} fellow (pager {pg}) before discharge.\n", svc=str(c["service"]).lower(),
            pg=_S("a_pager", "PAGER", _pager(r)))
    d.t(f"Discharged from room {r.randint(4, 14)}{r.randint(10, 40)}{r.choice('AB')} in stable condition.\n")
    if d.want("a_ssn", p=0.05):
        d.f("# Case management: MassHealth and SSDI applications started with the patient (SSN {s} verified from "
            "the card).\n", s=_S("a_ssn", "SSN", _ssn(r)))
    d.t("\nMedications on Admission:\n" + _bullets(list(c["meds"]), numbered=True))
    extra = {"o2": "Prednisone 40 mg daily x 2 more days",
             "icd": "Amiodarone 400 mg twice daily x 2 weeks then 200 mg daily",
             "pacer": "Cephalexin 500 mg four times daily x 3 days (post-implant)",
             "pd": "Vancomycin intraperitoneal per home PD protocol to complete 14 days",
             "pump": "Glucose tablets 4 g, 4 tablets as needed for BG <70",
             "cgm2": "Glucose gel 15 g as needed for BG <70",
             "dbs": "Acetaminophen 650 mg every 6 h as needed for pain"}[kind]
    d.t("\nDischarge Medications:\n" + _bullets(list(c["meds"]) + [extra], numbered=True))
    d.t("\nDischarge Disposition:\nHome With Service\n\nFacility:\n")
    d.slot(_S("a_agency", "ORGANIZATION", r.choice(HOME_AGENCIES)))
    d.t(f"\n\nDischarge Diagnosis:\n{c['cc']}\n{c['dx']}\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
        "Level of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - Independent.\n\n")
    d.f("Discharge Instructions:\nDear {t} {n},\n\nIt was a pleasure taking care of you. ",
        t="Mr." if sex == "M" else r.choice(("Ms.", "Mrs.")), n=_S("a_dear", "PERSON", pt.last))
    d.t("You were admitted for " + _lc(str(c["cc"])) + ". " + _ADMIT_INSTR[kind] + " Please call 911 "
        "for chest pain, trouble breathing, or fainting.\n\nYour care team\n\n")
    d.f("Followup Instructions:\nDepartment: {dept}\nWhen: {when} at {tm}\nWith: {w} [{ph}]\nBuilding: ___\n"
        "Campus: ___     Best Parking: ___\n", dept=c["service"], when="___" if r.random() < 0.7 else _sdate(r),
        tm=_time(r), w=_S("a_fu", "PERSON", _full(r, fu).upper() if r.random() < 0.4 else _full(r, fu)),
        ph=_S("a_fuphone", "PHONE", _phone(r)))


# --------------------------------------------------------------------------------------------------
# Radiology layouts (outpatient)
# --------------------------------------------------------------------------------------------------

_RAD_COMMON: _Events = (
    _ev("x_name", "PERSON"), _ev("x_tech", "PERSON"), _ev("x_mrn", "MRN"), _ev("x_dob", "DATE_REAL_YEAR"),
    _ev("x_acct", "ACCOUNT"),
    _ev("x_clinic", "ORGANIZATION"), _ev("x_ref", "PERSON"),
    _ev("x_osh", "ORGANIZATION", "x_oshcity", "LOCATION", "x_oshdate", "DATE_REAL_YEAR"), _ev("x_phone", "PHONE"),
    _ev("x_fax", "FAX"), _ev("x_rad", "PERSON", "x_npi", "LICENSE", "x_pager", "PAGER"),
    _ev("x_member", "HEALTH_PLAN"),
)
_RAD_EXTRA = {
    "dexa": (_ev("x_age", "AGE_OVER_89"), _ev("x_dev", "DEVICE_ID")),
    "mammo": (_ev("x_street", "STREET_ADDRESS", "x_city", "LOCATION", "x_zip", "ZIP"), _ev("x_rel", "PERSON"),
              _ev("x_email", "EMAIL")),
    "echo": (_ev("x_age", "AGE_OVER_89"), _ev("x_dev", "DEVICE_ID")),
    "sinus": (_ev("x_dev", "DEVICE_ID"),),
    "veins": (_ev("x_age", "AGE_OVER_89"), _ev("x_dev", "DEVICE_ID")),
    "thyroid": (_ev("x_age", "AGE_OVER_89"), _ev("x_rel", "PERSON")),
}


def _rad_body(d: _Doc, exam: str, sex: str, age: _S | str, mid: Callable[[], None]) -> None:
    """Indication and technique, then ``mid()`` (history, comparison, technologist), then findings."""
    r = d.r
    if exam == "dexa":
        scanner = r.choice(("Hologic Horizon A", "GE Lunar iDXA", "Hologic Discovery W"))
        d.f("INDICATION:  {a} year old {sx} with {ind}. Assess bone density.\n\n", a=age, sx=_sexword(sex),
            ind=r.choice(("long-term inhaled and intermittent oral steroids for COPD", "type 1 diabetes and "
                          "hypothyroidism", "ESRD on peritoneal dialysis (CKD-MBD)", "Parkinson disease with two falls",
                          "postmenopausal status on an aromatase inhibitor")))
        d.t(f"TECHNIQUE:  DXA of the lumbar spine and both hips on a {scanner} densitometer (software version "
            f"{_fw(r)}). Reference database NHANES III for the hips. WHO criteria (1994) applied.\n")
        if d.want("x_dev", p=0.15):
            d.f("Technologist note: the patient's {dv} was removed for the scan (serial {sn} recorded on the metal "
                "screening form).\n", dv=r.choice(("insulin pump", "CGM receiver", "portable oxygen concentrator")),
                sn=_S("x_dev", "DEVICE_ID", _pat(r, r.choice(("NG#######H", "########", "G5#########")))))
        t1, t2 = round(r.uniform(-3.4, 0.8), 1), round(r.uniform(-3.2, 0.4), 1)
        mid()
        d.t(f"\nFINDINGS:\nLumbar spine (L1-L4): BMD {round(r.uniform(0.7, 1.1), 3)} g/cm2, T-score {t1}, Z-score "
            f"{round(t1 + r.uniform(0.3, 1.5), 1)}. L3 excluded for degenerative change.\n"
            f"Left femoral neck: BMD {round(r.uniform(0.5, 0.85), 3)} g/cm2, T-score {t2}, Z-score "
            f"{round(t2 + r.uniform(0.3, 1.5), 1)}.\nLeft total hip: BMD {round(r.uniform(0.6, 0.95), 3)} g/cm2, "
            f"T-score {round(t2 + 0.3, 1)}.\nRight femoral neck: T-score {round(t2 + r.uniform(-0.3, 0.3), 1)}.\n"
            f"Change since prior: {round(r.uniform(-5, 2), 1)}% at the total hip (least significant change 2.8%).\n"
            f"FRAX 10-year probability: major osteoporotic fracture {r.randint(5, 28)}%, hip fracture "
            f"{round(r.uniform(0.5, 6.5), 1)}%.\n\nIMPRESSION:\n1. "
            + ("Osteoporosis" if min(t1, t2) <= -2.5 else "Low bone mass (osteopenia)" if min(t1, t2) < -1 else
               "Normal bone density") + " by WHO criteria.\n2. FRAX results as above; treatment thresholds are "
            "MOF >=20% or hip >=3%. If treatment is chosen, options include an oral bisphosphonate or denosumab "
            "(Prolia).\n")
    elif exam == "mammo":
        d.t("INDICATION:  ___ year old woman presenting for routine screening. ")
        if d.want("x_rel", p=0.2):
            rel = _person(r)
            d.f("Family history: sister ({s}) with breast cancer at age {a}; mother with ovarian cancer.\n\n",
                s=_S("x_rel", "PERSON", f"{rel.first} {rel.last}" if r.random() < 0.5 else rel.first),
                a=r.randint(38, 62))
        else:
            d.t("No family history of breast cancer.\n\n")
        d.t("TECHNIQUE:  Bilateral CC and MLO views with digital breast tomosynthesis on a Hologic 3Dimensions unit; "
            "computer-aided detection applied.\n")
        dens = r.choice(("B. There are scattered areas of fibroglandular density.",
                         "C. The breasts are heterogeneously dense, which may obscure small masses.",
                         "A. The breasts are almost entirely fatty."))
        birads = r.choice(("1: Negative", "2: Benign", "2: Benign", "0: Incomplete - additional imaging needed"))
        mid()
        side, clock, cm = r.choice(("right", "left")), r.randint(1, 12), r.randint(2, 9)
        if birads.startswith("1"):
            extra = "No interval change. "
        elif birads.startswith("2"):
            extra = (r.choice(("Stable circumscribed oval mass", "Stable intramammary lymph node",
                               "Scattered benign vascular calcifications")) +
                     f" in the {side} breast at {clock} o'clock, {cm} cm from the nipple, unchanged. ")
        else:
            extra = (f"Possible developing asymmetry in the {side} breast at {clock} o'clock, {cm} cm from the nipple, "
                     "seen on the CC view only. ")
        d.t(f"\nBREAST COMPOSITION:  {dens}\n\nFINDINGS:  No suspicious mass, architectural distortion or suspicious "
            f"calcifications. Cooper ligaments are normal. {extra}Skin and nipples unremarkable.\n\n"
            f"IMPRESSION:  BI-RADS {birads}.\nLifetime risk (Tyrer-Cuzick v8): {round(r.uniform(7, 24), 1)}%.\n"
            "RECOMMENDATION: " + ("Diagnostic mammogram and ultrasound of the area of asymmetry."
                                  if birads.startswith("0") else "Annual screening mammography.") + "\n")
        town, st, z3 = r.choice(TOWNS)
        d.f("Results letter (MQSA lay summary) mailed to the patient at {s}, {c}, {st} {z}.\n",
            s=_S("x_street", "STREET_ADDRESS", _street(r)), c=_S("x_city", "LOCATION", town), st=st,
            z=_S("x_zip", "ZIP", _zip(r, z3)))
        if d.want("x_email", p=0.1):
            pt = _person(r)
            d.f("Copy of the letter sent by secure email to {e} at the patient's request.\n",
                e=_S("x_email", "EMAIL", _email(r, pt)))
    elif exam == "echo":
        ef = r.randint(22, 60)
        d.f("INDICATION:  {a} year old {sx} with heart failure and a cardiac device; reassess LV function after "
            "medication titration.\n\n", a=age, sx=_sexword(sex))
        dev, model, snp = r.choice(_ICDS + _PACERS)
        d.t("TECHNIQUE:  Limited transthoracic study: 2D, color and spectral Doppler. Image quality fair. No contrast. "
            "Device leads seen in the right heart.\n")
        if d.want("x_dev", p=0.2):
            d.f("Device on file: {dv} ({mo}), SN {sn}; interrogated the same day by the device clinic.\n",
                dv=dev, mo=model, sn=_S("x_dev", "DEVICE_ID", _pat(r, snp)))
        mid()
        d.t(f"\nFINDINGS:\nLV: LVEF {ef}% by biplane Simpson; LVIDd {round(r.uniform(4.6, 6.8), 1)} cm; "
            f"{r.choice(('global hypokinesis', 'inferolateral akinesis', 'normal wall motion'))}.\n"
            f"RV: TAPSE {round(r.uniform(1.2, 2.4), 1)} cm; S' {r.randint(7, 13)} cm/s.\n"
            f"Valves: {r.choice(('mild', 'moderate', 'trace'))} MR, vena contracta 0.{r.randint(2, 5)} cm; trace TR; "
            f"RVSP {r.randint(24, 58)} mmHg (RAP {r.choice((3, 8, 15))}).\n"
            f"Diastology: E/A {round(r.uniform(0.7, 2.5), 1)}, E/e' {r.randint(7, 19)}, LAVI {r.randint(26, 55)} "
            f"mL/m2.\nIVC {round(r.uniform(1.2, 2.5), 1)} cm with {r.choice(('>50%', '<50%'))} collapse.\n")
        d.t(f"Other measurements: aortic root {round(r.uniform(2.8, 3.8), 1)} cm; ascending aorta "
            f"{round(r.uniform(2.9, 3.9), 1)} cm; LA diameter {round(r.uniform(3.5, 5), 1)} cm; LVOT diameter "
            f"{round(r.uniform(1.9, 2.3), 1)} cm; LVOT VTI {r.randint(11, 22)} cm; stroke volume "
            f"{r.randint(38, 78)} mL; "
            f"AV peak velocity {round(r.uniform(1.0, 1.8), 1)} m/s; heart rate during the study {r.randint(58, 92)} "
            "bpm.\n\n"
            f"IMPRESSION:\n1. LVEF {ef}%, {'improved' if ef > 40 else 'unchanged'} compared with the prior study.\n"
            "2. Device leads in expected position.\n")
    elif exam == "sinus":
        d.t("INDICATION:  ___ year old with chronic rhinosinusitis despite 12 weeks of nasal steroid and saline "
            "irrigation; nasal congestion limiting CPAP use. Evaluate before endoscopic sinus surgery.\n\n")
        d.t(f"TECHNIQUE:  Low-dose CT of the paranasal sinuses without contrast, navigation protocol; axial 0.625 mm "
            f"with coronal and sagittal reformats. CTDIvol {round(r.uniform(3, 9), 1)} mGy, DLP "
            f"{r.randint(60, 180)} mGy-cm.\n")
        if d.want("x_dev", p=0.1):
            d.f("Patient's cochlear implant processor removed before scanning (implant SN {sn} per the screening "
                "form); streak artifact limited.\n", sn=_S("x_dev", "DEVICE_ID", _pat(r, "CI#######")))
        lm = r.randint(2, 18)
        mid()
        d.t(f"\nFINDINGS:\nLund-Mackay score {lm} (right {lm // 2}, left {lm - lm // 2}).\nMaxillary sinuses: "
            f"{r.choice(('mucosal thickening up to 6 mm', 'near-complete opacification on the right', 'clear'))}.\n"
            f"Ethmoids: patchy opacification. Frontal and sphenoid sinuses clear.\nOsteomeatal units: "
            f"{r.choice(('obstructed bilaterally', 'patent', 'obstructed on the right'))}.\nVariants: Haller cell on "
            f"the {r.choice(('left', 'right'))}; {r.choice(('no Onodi cell', 'right Onodi cell'))}; Keros type "
            f"{r.choice(('I', 'II', 'III'))} olfactory fossa; septal deviation to the {r.choice(('right', 'left'))} "
            "with a spur.\nLamina papyracea intact. No dehiscence of the skull base.\n\nIMPRESSION:\n1. Chronic "
            "rhinosinusitis as above.\n2. Anatomic variants relevant to surgical planning as listed.\n")
    elif exam == "veins":
        d.f("INDICATION:  {a} year old {sx} with CKD stage 5 planning arteriovenous fistula creation; right-hand "
            "dominant.", a=age, sx=_sexword(sex))
        if d.want("x_dev", p=0.2):
            dev, model, snp = r.choice(_PACERS)
            d.f(" Left chest {dv} (SN {sn}); left arm not preferred.", dv=dev,
                sn=_S("x_dev", "DEVICE_ID", _pat(r, snp)))
        d.t("\n\nTECHNIQUE:  Grayscale and color Doppler of both upper extremities with and without a tourniquet.\n")
        mid()
        d.t(f"\nFINDINGS:\nRight cephalic vein: wrist {round(r.uniform(1.8, 3.4), 1)} mm, forearm "
            f"{round(r.uniform(2.0, 3.6), 1)} mm, antecubital {round(r.uniform(2.5, 4.2), 1)} mm; compressible, no "
            f"thrombus.\nRight basilic vein: upper arm {round(r.uniform(3, 5), 1)} mm.\nRight radial artery "
            f"{round(r.uniform(1.8, 3.0), 1)} mm with triphasic flow; modified Allen test normal.\nLeft cephalic "
            f"vein: {r.choice(('sclerotic in the forearm', 'small caliber, 1.6 mm', 'patent, 2.6 mm at the wrist'))}."
            f"\nLeft basilic vein: upper arm {round(r.uniform(2.5, 4.8), 1)} mm. Axillary and subclavian veins patent "
            "and compressible where visualized; brachial arteries with triphasic flow bilaterally."
            "\nCentral veins: normal respiratory phasicity bilaterally.\n\nIMPRESSION:\nRight forearm cephalic vein "
            "and radial artery suitable for a radiocephalic (Brescia-Cimino) fistula.\n")
    else:  # thyroid
        d.f("INDICATION:  {a} year old {sx} with Hashimoto thyroiditis and a palpable right-sided nodule.", a=age,
            sx=_sexword(sex))
        if d.want("x_rel", p=0.15):
            rel = _person(r)
            d.f(" Brother ({b}) had papillary thyroid carcinoma.", b=_S("x_rel", "PERSON", f"{rel.first} {rel.last}"))
        a, b, cc = round(r.uniform(0.6, 2.8), 1), round(r.uniform(0.5, 2.0), 1), round(r.uniform(0.4, 1.8), 1)
        tr = r.choice((3, 4))
        fna = (tr == 4 and a >= 1.5) or (tr == 3 and a >= 2.5)
        d.t("\n\nTECHNIQUE:  High-frequency grayscale and color Doppler ultrasound of the thyroid and neck.\n")
        mid()
        d.t(f"\nFINDINGS:\nRight lobe {round(r.uniform(4, 6), 1)} x {round(r.uniform(1.4, 2.2), 1)} x "
            f"{round(r.uniform(1.2, 2), 1)} cm. Left lobe {round(r.uniform(4, 6), 1)} x "
            f"{round(r.uniform(1.4, 2.2), 1)} "
            f"x {round(r.uniform(1.2, 2), 1)} cm. Isthmus {r.randint(2, 6)} mm.\nHeterogeneous, hypoechoic "
            f"echotexture with increased vascularity, consistent with Hashimoto thyroiditis.\nNodule 1: right mid, "
            f"{a} x {b} x {cc} cm, solid, {'isoechoic' if tr == 3 else 'hypoechoic'}, wider-than-tall, smooth "
            "margins, no echogenic foci: ACR TI-RADS "
            f"TR{tr}.\nNodule 2: left lower, {round(r.uniform(0.3, 0.9), 1)} cm, spongiform: TR1, no "
            f"follow-up needed.\nParathyroid regions: no visible adenoma. Level III node {r.randint(5, 9)} mm "
            "short axis with a fatty hilum, benign appearing.\nNo suspicious cervical lymph nodes.\n\n"
            "IMPRESSION:\n1. Thyroiditis.\n2. "
            f"Right nodule {a} cm: " + ("fine-needle aspiration recommended." if fna else
                                        "follow-up ultrasound in 1 year.") + "\n")


_EXAM_TITLE = {
    "dexa": "DXA BONE DENSITY STUDY, LUMBAR SPINE AND BILATERAL HIPS",
    "mammo": "DIGITAL SCREENING MAMMOGRAM, BILATERAL, WITH TOMOSYNTHESIS",
    "echo": "LIMITED TRANSTHORACIC ECHOCARDIOGRAM (OUTPATIENT HEART FAILURE CLINIC)",
    "sinus": "CT SINUS WITHOUT CONTRAST (NAVIGATION PROTOCOL)",
    "veins": "BILATERAL UPPER EXTREMITY VEIN MAPPING BEFORE DIALYSIS ACCESS",
    "thyroid": "ULTRASOUND OF THE THYROID AND NECK",
}


_RAD_HISTORY = {
    "dexa": ("Referral note: on long-term levothyroxine with a suppressed TSH last year.",
             "Vitamin D 24 ng/mL, repleted; calcium intake about 800 mg/day from diet.",
             "Prior fragility fracture of the left distal radius after a fall from standing.",
             "Height loss of 3 cm since early adulthood by self-report.",
             "Previously on alendronate for 5 years; drug holiday since ___."),
    "mammo": ("Last screening mammogram ___ was negative.", "Patient reports no palpable lump, nipple discharge or "
              "skin change.", "Postmenopausal, not on hormone therapy.", "History of benign right breast biopsy "
              "(fibroadenoma) ___.", "Uses an insulin pump; infusion set on the abdomen, away from the field."),
    "echo": ("Heart failure clinic note: volume status improved after diuretic adjustment.",
             "Remote device data showed rising thoracic impedance trend last month.",
             "BP 108/64 and HR 68 in clinic today.", "Currently on sacubitril-valsartan 97/103 mg twice daily.",
             "NYHA class II symptoms."),
    "sinus": ("ENT clinic note: anosmia for 8 months; nasal endoscopy with bilateral polyps.",
              "Aspirin-exacerbated respiratory disease suspected.", "Sleep clinic reports CPAP mask leak from nasal "
              "obstruction.", "Two courses of oral steroids this year."),
    "veins": ("Nephrology note: eGFR 11 mL/min/1.73 m2, planning home dialysis.", "No prior central lines on the "
              "right; remote left internal jugular catheter.", "Right-hand dominant; works with hands.",
              "Systolic BP in both arms within 10 mmHg."),
    "thyroid": ("TSH 6.2 on levothyroxine 50 mcg; anti-TPO antibodies positive.", "No compressive symptoms.",
                "No history of neck irradiation.", "Nodule first felt by the primary care clinician at a recent "
                "visit."),
}
_TECH_ROLE = {"dexa": "RT(R)(BD)", "mammo": "RT(R)(M)", "echo": "RDCS", "sinus": "RT(R)(CT)", "veins": "RVT",
              "thyroid": "RDMS"}


def _lay_rad(d: _Doc, exam: str, sex: str) -> None:
    r = d.r
    pt, ref, rad, tech = (_person(r) for _ in range(4))
    clinic = _S("x_clinic", "ORGANIZATION", r.choice(CLINICS))
    refs = _S("x_ref", "PERSON", r.choice((ref.last, _full(r, ref))))
    ids = ("x_name", "x_mrn", "x_dob", "x_acct", "x_member")
    exam_date = _sdate(r)
    if any(k in d.leak for k in ids) or r.random() < 0.4:
        d.f("OUTPATIENT IMAGING REPORT\nPatient: {n}    MRN: {m}    DOB: {dob}\nVisit #: {a}    Exam date: {sd} {tm}\n",
            n=_S("x_name", "PERSON", _full(r, pt, upper=True)), m=_S("x_mrn", "MRN", _mrn(r)),
            dob=_S("x_dob", "DATE_REAL_YEAR", _rdate(r, 1924, 1990)), a=_S("x_acct", "ACCOUNT", _account(r)),
            sd=exam_date, tm=_time(r))
        if d.want("x_member", p=0.2):
            d.f("Insurance: {ins}    Member ID: {m}    Group: {g}\n", ins=r.choice(INSURERS),
                m=_S("x_member", "HEALTH_PLAN", _member(r)), g=_group(r))
        d.f("Referring clinic: {c}    Referring provider: Dr. {rf}\n\n", c=clinic, rf=refs)
        d.t(f"EXAMINATION:  {_EXAM_TITLE[exam]}\n\n")
    else:
        d.t(f"EXAMINATION:  {_EXAM_TITLE[exam]}\n\n")
        d.f("REFERRING CLINIC:  {c}\n\n", c=clinic)
    age = d.age("x_age", 50, 89) if exam in ("dexa", "echo", "veins", "thyroid") else "___"

    def mid() -> None:
        d.t("\nADDITIONAL HISTORY:  " + " ".join(r.sample(_RAD_HISTORY[exam], 2)) + "\n")
        d.t("\nCOMPARISON:  ")
        if d.want("x_osh", "x_oshcity", "x_oshdate", p=0.3):
            d.f("Outside study from {o} in {c}, dated {dt}; images reviewed on the shared viewer.\n",
                o=_S("x_osh", "ORGANIZATION", r.choice(IMAGING_CENTERS + HOSPITALS)),
                c=_S("x_oshcity", "LOCATION", r.choice(TOWNS)[0]),
                dt=_S("x_oshdate", "DATE_REAL_YEAR", _rdate(r, 2008, 2024)))
        else:
            d.t(r.choice(("___.", f"{_sdate(r)}.", "None available.", f"{_sdate(r)} and {_sdate(r)}.")) + "\n")
        if d.want("x_tech", p=0.4):
            d.f("{role}: {t}, {cred}. Room {rm}. {scr}\n", role="Sonographer" if exam in ("echo", "veins", "thyroid")
                else "Technologist", t=_S("x_tech", "PERSON", r.choice((f"{tech.first} {tech.last}",
                                                                        f"{tech.first[0]}. {tech.last}"))),
                cred=_TECH_ROLE[exam], rm=f"{r.choice(('US', 'CT', 'DX', 'MG'))}-{r.randint(1, 6)}",
                scr=r.choice(("Screening questionnaire reviewed.", "Patient tolerated the exam well.",
                              "Pregnancy screening not applicable.", "Metal screening completed.")))

    _rad_body(d, exam, sex, age, mid)
    if d.want("x_ref", "x_phone", p=0.35):
        d.f("\nNOTIFICATION:  The findings were discussed with Dr. {rf} by telephone at {tm} on the day of the "
            "study. ", rf=refs, tm=_time(r))
        if d.want("x_phone", p=0.3):
            d.f("Patient also called at {ph} to arrange follow-up.", ph=_S("x_phone", "PHONE", _phone(r)))
        d.t("\n")
    else:
        d.t("\n" + r.choice(("Results will be released to the patient portal after 72 hours per policy.",
                             "No critical findings; routine communication to the referring clinic.",
                             "Recommendation entered into the follow-up tracking system.")) + "\n")
    if d.want("x_fax", p=0.3):
        d.f("Report faxed to the referring clinic at {fx}.\n", fx=_S("x_fax", "FAX", _phone(r)))
    d.f("\nDictated and electronically signed by: {rd}, MD", rd=_S("x_rad", "PERSON", _full(r, rad)))
    if d.want("x_npi", p=0.2):
        d.f(" (NPI {npi})", npi=_S("x_npi", "LICENSE", _npi(r)))
    d.t(f"\nSigned {exam_date} {_time(r)}\n")
    if d.want("x_pager", p=0.2):
        d.f("Questions: reading room or pager {pg}.\n", pg=_S("x_pager", "PAGER", _pager(r)))


# --------------------------------------------------------------------------------------------------
# Corpus assembly
# --------------------------------------------------------------------------------------------------

_DS_LAYOUTS: dict[str, tuple[Callable[[_Doc, str, str], None], _Events, tuple[str, ...]]] = {
    "video": (_lay_video, _VIDEO_EVENTS, ("pump", "cgm2", "cpap", "dbs", "icd", "o2")),
    "portal": (_lay_portal, _PORTAL_EVENTS, ("pump", "cgm2", "cpap", "o2", "icd", "pd", "pacer", "hhd", "dbs")),
    "remote": (_lay_remote, _REMOTE_EVENTS, ("icd", "pacer")),
    "nurse": (_lay_nurse, _NURSE_EVENTS, ("o2", "icd", "pd", "cgm2", "pacer")),
    "dialysis": (_lay_dialysis, _DIALYSIS_EVENTS, ("pd", "hhd")),
    "work": (_lay_work, _WORK_EVENTS, ("pump", "cgm2", "cpap", "icd")),
    "refill": (_lay_refill, _REFILL_EVENTS, ("pump", "cgm2", "o2", "cpap", "icd", "pd")),
    "admission": (_lay_admission, _ADMIT_EVENTS, ("pump", "cgm2", "icd", "pacer", "pd", "o2", "dbs")),
}
_RAD_EXAMS = ("dexa", "mammo", "echo", "sinus", "veins", "thyroid")

# planning weight of an event = weight of its first category (balances the rarer categories)
_CAT_WEIGHT = {
    "PHONE": 1.1, "FAX": 1.3, "PAGER": 0.9, "EMAIL": 6.0, "URL": 6.4, "IP_ADDRESS": 9.0, "SSN": 10.3, "MRN": 1.3,
    "ACCOUNT": 1.45, "HEALTH_PLAN": 1.4, "LICENSE": 0.8, "ZIP": 4.9, "STREET_ADDRESS": 5.6, "DATE_REAL_YEAR": 1.15,
    "AGE_OVER_89": 1.6, "DEVICE_ID": 1.55, "VEHICLE_ID": 12.7, "PERSON": 0.55, "LOCATION": 0.3, "ORGANIZATION": 1.35,
}


_DEV_KEYS = {"v_dev", "p_sn", "f_sn", "n_sn", "a_dev", "a_rep"}


def _events_for(layout: str, kind: str) -> _Events:
    """The events a layout can render for this technology (ages >= 90 only where plausible)."""
    if layout == "rad":
        return _RAD_COMMON + _RAD_EXTRA[kind]
    out = []
    for ev in _DS_LAYOUTS[layout][1]:
        keys, cats = {k for k, _ in ev}, {c for _, c in ev}
        if "AGE_OVER_89" in cats and kind not in _OLD_KINDS:
            continue
        if keys & _DEV_KEYS and kind == "cgm2":
            continue
        if "n_sn2" in keys and kind not in _DEV2_KINDS:
            continue
        if keys & {"w_school", "w_parent"} and kind != "pump":
            continue
        if "a_rep" in keys and kind in ("o2", "pd"):
            continue
        if "f_url" in keys and kind not in ("pump", "cgm2"):
            continue
        if keys & {"f_sn", "f_supplier"} and kind == "icd":
            continue
        out.append(ev)
    return tuple(out)


# events that cannot share a note (a school letter for a child vs. an employer letter for an adult)
_EXCLUSIVE = (
    ({"w_school", "w_parent", "w_parentphone"},
     {"w_emp", "w_cdl", "w_fax", "w_ssn", "w_leave1", "w_leave2", "w_hr", "w_hremail", "w_plate", "w_vin"}),
)


def _plan(r: random.Random, events: _Events) -> set[str]:
    """Pick 1-4 events: a category first (weighted towards the rarer ones), then an event carrying it."""
    k = r.choices((1, 2, 3, 4), weights=(0.15, 0.27, 0.3, 0.28))[0]
    pool = list(events)
    leak: set[str] = set()
    for _ in range(k):
        if not pool:
            break
        cats = sorted({c for ev in pool for _, c in ev})
        cat = r.choices(cats, weights=[_CAT_WEIGHT[c] for c in cats])[0]
        ev = r.choice([ev for ev in pool if any(c == cat for _, c in ev)])
        pool.remove(ev)
        keys = {k for k, _ in ev}
        for a, b in _EXCLUSIVE:
            for mine, other in ((a, b), (b, a)):
                if keys & mine:
                    pool = [e for e in pool if not {k for k, _ in e} & other]
        if len(ev) == 1:
            leak.add(ev[0][0])
            continue
        chosen = [key for key, c in ev if c == cat or r.random() < 0.7]
        leak.update(chosen)
    return leak


def holdout18_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 18 for ``seed`` (deterministic, independent of the other notes)."""
    r = _Rng(f"holdout18|{seed}|{i}")
    r.year = r.randint(2111, 2194)
    u = r.random()
    heavy, planted = u < 0.05, 0.05 <= u < 0.625
    if r.random() < 0.5:
        note_type, layout = "radiology", "rad"
        kind = r.choice(_RAD_EXAMS)
        sex = "F" if kind == "mammo" else r.choice("FM")
        fn: Callable[[_Doc, str, str], None] = _lay_rad
    else:
        note_type = "discharge"
        layout = r.choice(sorted(_DS_LAYOUTS))
        fn, _, kinds = _DS_LAYOUTS[layout]
        kind = r.choice(kinds)
        sex = r.choice("FM")
    leak = _plan(r, _events_for(layout, kind)) if planted else set()
    d = _Doc(r, leak, heavy)
    fn(d, kind, sex)
    missing = leak - d.rendered
    if missing:  # a planned key that the layout could not render is a generator bug
        raise AssertionError(f"holdout18 seed={seed} i={i}: planned keys not rendered: {sorted(missing)}")
    return LabelledNote(note_type=note_type, text=d.text(), spans=sorted(d.spans))


def holdout18_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout18_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout18_corpus, argv,
        "Held-out corpus 18 (blind): ambulatory, telehealth and chronic-disease technology notes "
        "(video visits, portal messages, device remote monitoring, home dialysis/oxygen, refills, outpatient imaging)")
    report("holdout18", args, notes, hits, res)


if __name__ == "__main__":
    main()
