"""Held-out evaluation corpus 29: rheumatology, the infusion centre and pain medicine.

The corpus imitates MIMIC-IV-Note ``discharge`` and ``radiology`` texts from a rheumatology / infusion /
interventional-pain service: discharge summaries carrying copied-in biologic and IV-iron infusion flowsheets
(chair, pharmacy compounding line, drug lots and expiry), prior-authorisation letters, specialty-pharmacy
enrolment forms, injection procedure logs, spinal-cord-stimulator implant and programming summaries, opioid
treatment agreements with prescription-monitoring-program (PDMP) printouts and rheumatology consult letters;
radiology reports are joint radiographs, musculoskeletal ultrasound, MRI of the spine and sacroiliac joints,
DEXA and stimulator lead checks, often with outside comparisons. Identifiers are normally masked as ``___`` and
dates are shifted into 2100-2200. In about 58 % of notes de-identification failed for one to four identifiers
(an address may leak together with its city and ZIP); the invented value is left in the text and labelled with
the exact span of the identifying value (cue words such as "Dr.", "MRN:", "Fax" and credentials stay outside).
About 5 % of notes are heavily masked and carry no plants. Every note is full of non-PHI look-alikes that are
never labelled: drug and device brand names, NDC / HCPCS / CPT / ICD-10 codes, drug lot numbers and expiry
dates, device model numbers and GTIN-only UDIs, scanner models and four-part software versions, employer group
numbers and RxBIN/PCN, public hotlines and public-organisation web sites, eponymous signs and scores, shifted
dates, bare years, durations, ratios, chairs / rooms / beds and ages under 90.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the shared MIMIC-IV schema
and known-data-issues references, the fully masked note-shaped samples and ``pyproject.toml``; nothing of the
detector, its rules, its tests, its documentation or its output. Surrogate names, places, facilities and numbers
are invented for this corpus.

Everything is deterministic from ``(seed, i)`` through ``random.Random`` seeded with a string.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Piece = str | tuple[str, str]
Line = list[Piece]

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented for this corpus)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Oluwaseun", "Thandiwe", "Ines", "Mateus", "Radhika", "Kenji", "Siosaia", "Bronwyn", "Dariusz", "Anneliese",
    "Yusuf", "Ximena", "Leilani", "Bogdan", "Chiamaka", "Saoirse", "Tomasz", "Nkechi", "Rafaela", "Hamid",
    "Priyanka", "Eero", "Marisol", "Kwabena", "Ngaio", "Desmond", "Yolanda", "Svetlana", "Aurelio", "Fenna",
    "Ikaika", "Zainab", "Lorcan", "Mireille", "Teodoro", "Hyun-woo", "Ayesha", "Casimir", "Odalys", "Rasmus",
    "Wanjiru", "Benedikt", "Paloma", "Henrietta", "Cormac", "Amara", "Giedre", "Florentyna", "Ezekiel", "Yaw",
    "Dagny", "Kalani", "Ottoline", "Vusi", "Cosima", "Shoshana", "Emeka", "Rosalind", "Takumi", "Ingrid",
    "Marguerite", "Thuy", "Ignatius", "Faustina", "Anselm", "Efua", "Joaquim", "Mehmet", "Perpetua", "Alasdair",
)
_LAST = (
    "Okonkwo", "Nakashima", "Villanueva", "Szymanski", "Haddad", "Lindqvist", "Oyelaran", "Truong", "Castellanos",
    "Fitzwilliam", "Rautio", "Quispe", "Abernathy", "Delacroix", "Kowalczyk", "Bhattacharya", "Achterberg",
    "Nwosu", "Iwasaki", "Tavares", "Moreau", "Halvorsen", "Mbatha", "Papadakis", "Gallagher", "Oduya", "Wojcik",
    "Sandoval", "Kealoha", "Ebrahimi", "Vasquez-Ortiz", "Thibodeau", "Marchetti", "Lungu", "Dunleavy", "Asante",
    "Rosenblum", "Ostrowski", "Fakhoury", "Blackwood", "Sorensen", "Anagnostou", "Mwangi", "Beaulieu",
    "Chowdhury", "Arceneaux", "Olawale", "Ferraro", "Lachance", "Njoroge", "Vukovic", "Hollister", "Ouellette",
    "Bergstrom", "Amponsah", "Reznik", "Caruso", "Dlamini", "MacAskill", "Zielinski", "Tsosie", "Padilla",
    "Boateng", "Cavanaugh", "Leclerc", "Nascimento", "Szabo", "Yilmaz", "Pemberton", "Kuznetsova", "Adeyemi",
)
_MIDDLE = "ABCDEFGHJKLMNPRSTVW"

# (town, state, ZIP)
_TOWNS = (
    ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"), ("Lowell", "MA", "01852"),
    ("Chicopee", "MA", "01013"), ("Holyoke", "MA", "01040"), ("Pittsfield", "MA", "01201"),
    ("Taunton", "MA", "02780"), ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"),
    ("Methuen", "MA", "01844"), ("Framingham", "MA", "01702"), ("Athol", "MA", "01331"),
    ("Gardner", "MA", "01440"), ("Dracut", "MA", "01826"), ("Billerica", "MA", "01821"),
    ("Danvers", "MA", "01923"), ("Greenfield", "MA", "01301"), ("Ware", "MA", "01082"),
    ("Southbridge", "MA", "01550"), ("Webster", "MA", "01570"), ("Nashua", "NH", "03060"),
    ("Keene", "NH", "03431"), ("Claremont", "NH", "03743"), ("Laconia", "NH", "03246"),
    ("Pawtucket", "RI", "02860"), ("Woonsocket", "RI", "02895"), ("Brattleboro", "VT", "05301"),
    ("Lewiston", "ME", "04240"), ("Biddeford", "ME", "04005"), ("Amesbury", "MA", "01913"),
)
_NEIGHBOURHOODS = ("Dorchester", "Mattapan", "Roslindale", "Hyde Park", "East Boston", "Jamaica Plain")
_COUNTIES = ("Worcester County", "Hampden County", "Bristol County", "Hillsborough County", "Berkshire County")
# (city, country) - the country is above state level and is never labelled
_FOREIGN = (
    ("Kumasi", "Ghana"), ("Cuenca", "Ecuador"), ("Porto", "Portugal"), ("Mangaluru", "India"),
    ("Cebu City", "the Philippines"), ("Praia", "Cabo Verde"), ("Jacmel", "Haiti"), ("Ibadan", "Nigeria"),
    ("Izmir", "Turkey"), ("Ternopil", "Ukraine"), ("Battambang", "Cambodia"), ("Tamale", "Ghana"),
    ("Santiago de los Caballeros", "the Dominican Republic"), ("Mayaguez", "Puerto Rico"), ("Kisumu", "Kenya"),
)
_STREETS = (
    "Quarry Hill", "Tenney", "Lantern", "Old Westboro", "Pleasant View", "Kimball", "Orchard Crest", "Mill Pond",
    "Birch Hollow", "Canal", "Pomeroy", "Sycamore Ridge", "Depot", "Ashuelot", "Fairmount", "Chadwick",
    "Nonotuck", "Prospect Hill", "Whitcomb", "Laurel Glen", "Eastern", "Tannery", "Osgood", "Cold Spring",
)
_SUFFIX = ("Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Terrace", "Drive", "Dr", "Court", "Way",
           "Circle", "Place")
_UNITS = ("Apt 3B", "Unit 12", "#2", "Apt 411", "2nd Floor", "Apt C", "Unit 7R")

_HOSPITALS = (
    "Nashoba Ridge Medical Center", "Saint Casimir Hospital", "Quabbin Valley Hospital",
    "Merrimack Mills Regional Hospital", "Blackstone River Medical Center", "Wachusett Memorial Hospital",
    "Greylock Community Hospital", "Pemigewasset Valley Hospital",
)
_PRACTICES = (
    "Wachusett Rheumatology Associates", "Pioneer Valley Spine & Pain Center", "Nashua Interventional Pain Partners",
    "Three Rivers Arthritis Clinic", "Blackstone Mill Community Health Center", "Monadnock Bone & Joint",
    "Harbor Point Infusion Suites", "Cedar Street Family Practice", "Kinnicum Pain Management",
    "Sheepscot Osteoporosis Clinic", "Fort Hill Internal Medicine", "Riverbend Arthritis & Infusion",
)
_PHARMACIES = (
    "Tidewater Specialty Pharmacy", "Larkspur Apothecary", "Oyelaran Family Pharmacy", "Millbrook Compounding",
    "Granite Bay Specialty Rx", "Nonquitt Drug", "Quarry Hill Pharmacy", "Ashby Corner Drug",
)
_IMAGING = (
    "Quinsigamond Open MRI", "Northbridge Imaging Associates", "Seacoast Diagnostic Imaging",
    "Pioneer Valley Radiology", "Souhegan Imaging Center", "Rumford Bone Density Center",
)
_FACILITIES = (
    "Alderbrook Skilled Nursing and Rehabilitation", "Cedar Hollow Assisted Living", "Marion House Rehabilitation",
    "Lantern Hill Senior Residence", "Brookhaven Manor Nursing Home",
)
_EMPLOYERS = (
    "Pelletier Granite Works", "Osterhout Freight Lines", "Dunmore Paper Company", "Sable Point Fisheries",
    "Kittredge Textile Mill", "Harwood Tool & Die", "Brightwater Elementary School", "Mount Hope Christian Academy",
    "Castellane Bakery", "Tri-Town Regional Transit",
)
_CHURCHES = (
    "Holy Protection Ukrainian Church", "Iglesia Pentecostal Monte Horeb", "Greater Shiloh Baptist Church",
    "St. Anselm Portuguese Parish", "Grace Korean Presbyterian Church",
)
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "verizon.net", "aol.com")
_AREAS = ("978", "508", "413", "617", "781", "603", "401", "774", "351", "339", "857", "207", "802")
_RELATIONS = ("daughter", "son", "husband", "wife", "niece", "granddaughter", "partner", "sister", "neighbor")

# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

# (generic, brand, HCPCS, usual dose line, vial)
_INFUSIONS = {
    "infliximab": ("infliximab-dyyb", "Inflectra", "Q5103", "5 mg/kg IV q8 weeks", "100 mg vial"),
    "rituximab": ("rituximab-pvvr", "Ruxience", "Q5119", "1000 mg IV days 1 and 15", "500 mg/50 mL vial"),
    "tocilizumab": ("tocilizumab", "Actemra", "J3262", "8 mg/kg IV q4 weeks", "400 mg/20 mL vial"),
    "abatacept": ("abatacept", "Orencia", "J0129", "750 mg IV q4 weeks", "250 mg vial"),
    "belimumab": ("belimumab", "Benlysta", "J0490", "10 mg/kg IV q4 weeks", "400 mg vial"),
    "anifrolumab": ("anifrolumab-fnia", "Saphnelo", "J0491", "300 mg IV q4 weeks", "300 mg/2 mL vial"),
    "pegloticase": ("pegloticase", "Krystexxa", "J2507", "8 mg IV q2 weeks", "8 mg/mL vial"),
    "fcm": ("ferric carboxymaltose", "Injectafer", "J1439", "750 mg IV x 2 doses 7 days apart", "750 mg/15 mL vial"),
    "ironsucrose": ("iron sucrose", "Venofer", "J1756", "200 mg IV x 5 doses", "100 mg/5 mL vial"),
    "ferumoxytol": ("ferumoxytol", "Feraheme", "Q0138", "510 mg IV x 2 doses", "510 mg/17 mL vial"),
    "zoledronic": ("zoledronic acid", "Reclast", "J3489", "5 mg IV once yearly", "5 mg/100 mL bottle"),
    "golimumab": ("golimumab", "Simponi Aria", "J1602", "2 mg/kg IV q8 weeks", "50 mg/4 mL vial"),
    "cyclophosphamide": ("cyclophosphamide", "Cytoxan", "J9070", "500 mg IV q2 weeks (Euro-Lupus)", "500 mg vial"),
}
# (system, IPG model, lead model)
_SCS = (
    ("Medtronic Intellis", "97715", "977A260"), ("Boston Scientific WaveWriter Alpha 16", "SC-1416", "SC-2352-50"),
    ("Abbott Proclaim XR 7", "3662", "3186 Octrode"), ("Nevro Senza HFX iQ", "NIPG3000", "LEAD3005-50B"),
    ("Medtronic Vanta", "977006", "977A290"),
)
_CARDIAC = (
    ("dual-chamber pacemaker", "Medtronic Azure XT DR MRI SureScan", "W1DR01"),
    ("single-chamber ICD", "Boston Scientific Resonate EL", "D433"),
    ("insulin pump", "Tandem t:slim X2", "1004000"),
    ("loop recorder", "Medtronic LINQ II", "LNQ22"),
    ("cochlear implant processor", "Cochlear Nucleus 8", "CP1150"),
)
_MR = ("Siemens MAGNETOM Vida 3T (syngo MR XA50)", "GE SIGNA Architect 3T (DV29.1)", "Philips Ingenia Ambition 1.5T",
       "Canon Vantage Orian 1.5T", "Siemens MAGNETOM Sola 1.5T")
_US = ("GE LOGIQ E10 with ML6-15 linear probe", "Canon Aplio i800 with i18LX5 transducer",
       "Philips EPIQ Elite with eL18-4 transducer", "Esaote MyLab X8 with L4-15 probe")
_DXA = ("Hologic Horizon A, APEX software 5.6.0.5", "GE Lunar iDXA, enCORE 18.0.2.1",
        "Hologic Discovery W, APEX 4.0.2.7")
_XR = ("Carestream DRX-Evolution Plus", "Siemens Ysio Max", "Fujifilm FDR Visionary Suite",
       "Philips DigitalDiagnost C90")
_LANGUAGES = ("Twi", "Spanish", "Portuguese", "Tagalog", "Haitian Creole", "Ukrainian", "Khmer", "Yoruba")
_HOTLINES = (
    "SAMHSA National Helpline 1-800-662-4357", "988 Suicide & Crisis Lifeline (call or text 988)",
    "Poison Control 1-800-222-1222", "FDA MedWatch 1-800-FDA-1088", "CDC-INFO 1-800-232-4636",
)
_PUBLIC_URLS = (
    "https://www.rheumatology.org", "https://www.cdc.gov/overdose-prevention/", "https://www.fda.gov/medwatch",
    "https://dailymed.nlm.nih.gov", "https://findtreatment.gov", "https://www.bonehealthandosteoporosis.org",
    "https://www.arthritis.org",
)
_EPONYM_LINES = (
    "Schober test 3.5 cm (reduced); FABER (Patrick) test positive on the right",
    "Spurling sign negative bilaterally; Hoffmann sign absent; no Lhermitte phenomenon",
    "Tinel and Phalen signs negative; Finkelstein test positive on the left (de Quervain tenosynovitis)",
    "Heberden and Bouchard nodes at the DIP/PIP joints; no Gottron papules",
    "Romberg negative; Babinski downgoing bilaterally; Waddell signs 0/5",
    "straight-leg raise (Lasegue) positive at 45 degrees on the left",
    "Baker cyst palpable in the right popliteal fossa; no Dupuytren contracture",
    "Raynaud phenomenon with triphasic color change; Schirmer test 4 mm at 5 minutes",
)
_PMH_POOL = (
    "Parkinson disease (mild, on carbidopa-levodopa)", "Lewy body dementia (probable)", "Sjogren syndrome",
    "hypertension", "hyperlipidemia", "type 2 diabetes mellitus (A1c 7.4%)", "CKD stage 3a (eGFR 48)",
    "chronic low back pain with L5 radiculopathy", "osteoarthritis of both knees", "GERD",
    "obstructive sleep apnea on CPAP", "s/p Whipple procedure for IPMN", "depression (PHQ-9 of 11)",
    "hypothyroidism (Hashimoto)", "remote subarachnoid hemorrhage, Hunt and Hess grade 2, coiled",
    "Barrett esophagus", "Still disease in adolescence", "Behcet disease (oral ulcers only)",
    "fibromyalgia", "latent TB treated with rifampin x 4 months", "Dupuytren contracture of the left hand",
    "Paget disease of bone (pelvis)", "postlaminectomy syndrome (L4-S1 fusion)", "Charcot foot (left)",
)
_NUMWORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def _letters(rng: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(k))


def _fmt_date(rng: random.Random, y: int, m: int, d: int) -> str:
    k = rng.randrange(10)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{m}/{d}/{y}"
    if k == 2:
        return f"{d:02d}-{_MON[m - 1]}-{y}"
    if k == 3:
        return f"{_MONTH[m - 1]} {d}, {y}"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 5:
        return f"{d} {_MONTH[m - 1]} {y}"
    if k == 6:
        return f"{_MON[m - 1]} {d} {y}"
    if k == 7:
        return f"{d:02d}{_MON[m - 1].upper()}{y}"
    if k == 8:
        return f"{m:02d}-{d:02d}-{y}"
    return f"{m:02d}/{d:02d}/{y}"


def _real_date(rng: random.Random, lo: int, hi: int) -> str:
    return _fmt_date(rng, rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _expiry(rng: random.Random) -> str:
    y, m = rng.randint(2025, 2029), rng.randint(1, 12)
    k = rng.randrange(4)
    if k == 0:
        return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]}"
    if k == 1:
        return f"{m:02d}/{y}"
    if k == 2:
        return f"{rng.randint(1, 28):02d}{_MON[m - 1].upper()}{y}"
    return f"{y}-{m:02d}"


def _lot(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.randint(1, 9)}{_letters(rng, 1)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 2)}"
    if k == 1:
        return f"{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 1)}"
    if k == 2:
        return _digits(rng, 7)
    if k == 3:
        return f"{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}{rng.randint(1, 9)}"
    return f"{rng.randint(20, 29)}{_letters(rng, 1)}{_digits(rng, 3)}"


def _ndc(rng: random.Random) -> str:
    return f"{rng.randint(10000, 79999)}-{_digits(rng, 4)}-{_digits(rng, 2)}"


def _first(rng: random.Random) -> str:
    return rng.choice(_FIRST)


def _last(rng: random.Random) -> str:
    return rng.choice(_LAST)


def _full(rng: random.Random) -> str:
    """A full name in one of several layouts."""
    f, last = _first(rng), _last(rng)
    k = rng.randrange(6)
    if k == 0:
        return f"{f} {last}"
    if k == 1:
        return f"{f[0]}. {last}"
    if k == 2:
        return f"{last}, {f}"
    if k == 3:
        return f"{f} {rng.choice(_MIDDLE)}. {last}"
    if k == 4:
        return f"{f} {last}-{_last(rng)}" if "-" not in last else f"{f} {last}"
    return f"{f} {last}"


def _doc(rng: random.Random) -> str:
    """A clinician's name as written after "Dr.": surname, initial + surname or full name."""
    k = rng.randrange(4)
    if k == 0:
        return _last(rng)
    if k == 1:
        return f"{_first(rng)[0]}. {_last(rng)}"
    return f"{_first(rng)} {_last(rng)}"


def _phone(rng: random.Random) -> str:
    a = rng.choice(_AREAS)
    ex = rng.randint(210, 989)
    while ex % 100 == 11 or ex == 555:
        ex = rng.randint(210, 989)
    ln = _digits(rng, 4)
    k = rng.randrange(7)
    if k == 0:
        return f"({a}) {ex}-{ln}"
    if k == 1:
        return f"{a}-{ex}-{ln}"
    if k == 2:
        return f"{a}.{ex}.{ln}"
    if k == 3:
        return f"{a} {ex} {ln}"
    if k == 4:
        return f"1-{a}-{ex}-{ln}"
    if k == 5:
        return f"+1 {a} {ex} {ln}"
    return f"({a}){ex}-{ln}"


def _pager(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.randint(2, 8)}-{_digits(rng, 4)}"
    if k == 1:
        return f"{rng.randint(30000, 89999)}"
    if k == 2:
        return _phone(rng)
    return f"{rng.randint(1000, 9999)}"


def _email(rng: random.Random, first: str | None = None, last: str | None = None) -> str:
    f = (first or _first(rng)).lower().replace("-", "")
    la = (last or _last(rng)).lower().replace("-", "")
    k = rng.randrange(5)
    if k == 0:
        local = f"{f}.{la}"
    elif k == 1:
        local = f"{f[0]}{la}{rng.randint(1, 99)}"
    elif k == 2:
        local = f"{la}.{f}{rng.randint(1950, 1999) % 100:02d}"
    elif k == 3:
        local = f"{f}_{la[:4]}"
    else:
        local = f"{f}{la}"
    return f"{local}@{rng.choice(_MAIL)}"


def _work_email(rng: random.Random, org: str) -> str:
    dom = "".join(ch for ch in org.lower().split()[0] if ch.isalpha())
    return f"{_first(rng)[0].lower()}{_last(rng).lower().replace('-', '')}@{dom}health.org"


def _ip(rng: random.Random) -> str:
    a = rng.choice((24, 50, 66, 67, 68, 71, 73, 76, 96, 98, 107, 108, 173, 174, 184))
    return f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def _ssn(rng: random.Random) -> str:
    area = rng.randint(1, 665)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    k = rng.randrange(3)
    if k == 0:
        return f"{area:03d}-{g:02d}-{s:04d}"
    if k == 1:
        return f"{area:03d} {g:02d} {s:04d}"
    return f"{area:03d}{g:02d}{s:04d}"


def _mrn(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return _digits(rng, 8)
    if k == 1:
        return f"00{_digits(rng, 7)}"
    if k == 2:
        return f"{_letters(rng, 2)}{_digits(rng, 7)}"
    return f"{rng.randint(1, 9)}{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}"


def _account(rng: random.Random, kind: str = "") -> str:
    if kind == "acc":
        return rng.choice((f"E{_digits(rng, 7)}", f"RA{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}"))
    if kind == "spec":
        return rng.choice((f"{_letters(rng, 2)}{_digits(rng, 6)}", f"S{_digits(rng, 2)}-{_digits(rng, 6)}"))
    return rng.choice((_digits(rng, 10), f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                       f"V{_digits(rng, 9)}", f"{_digits(rng, 8)}"))


def _member(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"{_letters(rng, 3)}{_digits(rng, 9)}"
    if k == 1:
        return f"W{_digits(rng, 9)}"
    if k == 2:
        return f"{_digits(rng, 12)}"
    return f"{_letters(rng, 1)}{_digits(rng, 8)}-{_digits(rng, 2)}"


def _mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (f"{rng.randint(1, 9)}{rng.choice(al)}{rng.choice(an)}{rng.randint(0, 9)}-{rng.choice(al)}"
         f"{rng.choice(an)}{rng.randint(0, 9)}-{rng.choice(al)}{rng.choice(al)}{rng.randint(0, 9)}{rng.randint(0, 9)}")
    return s if rng.random() < 0.6 else s.replace("-", "")


def _luhn_check(body: str) -> int:
    total = 0
    for idx, ch in enumerate(reversed(body)):
        d = int(ch)
        if idx % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + str(_luhn_check("80840" + body))


def _dea(rng: random.Random, surname: str | None = None) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = (surname or _last(rng))[0].upper()
    return f"{rng.choice('ABFGM')}{initial}{''.join(map(str, d))}{check}"


def _state_license(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(200000, 299999)}", f"MD{rng.randint(10000, 99999)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 5)}"))


def _driver_license(rng: random.Random) -> tuple[str, str]:
    k = rng.randrange(3)
    if k == 0:
        return f"S{_digits(rng, 8)}", "MA"
    if k == 1:
        return f"{rng.randint(1, 12):02d}{_letters(rng, 3)}{_digits(rng, 5)}", "NH"
    return f"{_digits(rng, 7)}", "RI"


def _serial(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"{_letters(rng, 3)}{_digits(rng, 6)}{rng.choice('HSNR')}"
    if k == 1:
        return f"{_digits(rng, 8)}"
    if k == 2:
        return f"{_letters(rng, 1)}{_digits(rng, 7)}"
    if k == 3:
        return f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}"
    return f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}"


def _udi(rng: random.Random, serial: str | None) -> str:
    """GS1 UDI: GTIN, expiry, lot and (only when given) the serial."""
    gtin = "00" + _digits(rng, 12)
    exp = f"{rng.randint(25, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    s = f"(01){gtin}(17){exp}(10){_lot(rng)}"
    return s + f"(21){serial}" if serial else s


_VIN_MAP = {**{str(d): d for d in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
            "X": 7, "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(("1HG", "2T1", "3FA", "5YJ", "JTD", "1FT", "KM8", "4T1", "1G1", "WVW"))
    body = list(wmi + "".join(rng.choice(al) for _ in range(5)) + "0" + rng.choice("ABCDEFGHJKLMNPRSTVWXY")
                + rng.choice(al) + _digits(rng, 6))
    total = sum(_VIN_MAP[c] * w for c, w in zip(body, _VIN_W, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def _plate(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 2)}"
    if k == 1:
        return f"{rng.randint(1, 9)}{_letters(rng, 2)} {_digits(rng, 3)}"
    if k == 2:
        return f"{_digits(rng, 3)} {_letters(rng, 2)}{rng.randint(1, 9)}"
    return f"{_digits(rng, 7)}"


def _street(rng: random.Random) -> str:
    s = f"{rng.randint(2, 2990)} {rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
    if rng.random() < 0.35:
        s += (", " if rng.random() < 0.6 else " ") + rng.choice(_UNITS)
    return s


def _zip(rng: random.Random, z: str) -> str:
    return f"{z}-{_digits(rng, 4)}" if rng.random() < 0.3 else z


def _age90(rng: random.Random) -> str:
    a = rng.choices((rng.randint(90, 99), rng.randint(100, 103)), weights=(9, 1))[0]
    if a in _NUMWORDS and rng.random() < 0.25:
        return _NUMWORDS[a]
    return str(a)


def _portal_url(rng: random.Random, org: str) -> str:
    dom = "".join(ch for ch in org.lower() if ch.isalpha())[:14]
    tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    k = rng.randrange(4)
    if k == 0:
        return f"https://mychart.{dom}.org/MyChart/Activate?code={tok}"
    if k == 1:
        return f"https://portal.{dom}.org/pt/{rng.randint(100000, 999999)}/{tok}"
    if k == 2:
        return f"https://enroll.{dom}rx.com/patient/{tok}"
    return f"https://{dom}.followmyhealth.com/invite/{tok}"


def _personal_url(rng: random.Random, first: str, last: str) -> str:
    slug = f"{first.lower()}-{last.lower()}".replace(" ", "-")
    k = rng.randrange(3)
    if k == 0:
        return f"https://www.gofundme.com/f/help-{slug}-get-{rng.choice(('her', 'his'))}-infusions"
    if k == 1:
        return f"https://www.caringbridge.org/site/{slug}{rng.randint(2, 99)}"
    return f"https://{slug}-spine-journey.blogspot.com"


def _share_url(rng: random.Random) -> str:
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(12))
    return rng.choice((f"https://share.lifeimage-cloud.net/s/{tok}", f"https://imageshare.ambra-view.com/v/{tok}",
                       f"https://viewer.powersharepacs.com/study/{tok}"))


def _bp(rng: random.Random) -> str:
    return f"{rng.randint(104, 162)}/{rng.randint(58, 96)}"


# --------------------------------------------------------------------------------------------------
# Note builder
# --------------------------------------------------------------------------------------------------


class _Note:
    """Per-note state: the random stream, the planted slot keys and the slot renderer."""

    def __init__(self, rng: random.Random, planted: set[str], heavy: bool) -> None:
        self.rng = rng
        self.planted = planted
        self.heavy = heavy
        self.realized: set[str] = set()
        self.base = date(rng.randint(2108, 2188), rng.randint(1, 12), rng.randint(1, 28))
        self.she = rng.random() < 0.6
        self.young_age = rng.randint(23, 88)
        self.age_masked = rng.random() < 0.35

    def v(self, key: str, value: str, cat: str, masked: str = "___") -> Piece:
        """The slot's value, labelled when the slot is planted; otherwise its masked (or harmless) form."""
        if key in self.planted:
            self.realized.add(key)
            return (value, cat)
        return masked

    def has(self, *keys: str, p: float = 0.5) -> bool:
        """True when one of ``keys`` is planted, otherwise with probability ``p``."""
        if any(k in self.planted for k in keys):
            return True
        if self.heavy:
            p = 1.0
        return self.rng.random() < p

    def sd(self, delta: int = 0, style: int = 0) -> str:
        """A shifted (21xx) date relative to the note's base date."""
        d = self.base + timedelta(days=delta)
        if style == 1:
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if style == 2:
            return f"{d.day:02d}-{_MON[d.month - 1]}-{d.year}"
        return d.isoformat()

    def t(self) -> str:
        return f"{self.rng.randint(6, 19):02d}:{self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"

    @property
    def pro(self) -> tuple[str, str, str, str]:
        return ("she", "her", "woman", "Ms.") if self.she else ("he", "his", "man", "Mr.")


Block = list[Line]


def _age_phrase(n: _Note, key: str, article: bool = True) -> list[Piece]:
    """'[a] <age>-year-old' with the age planted (>= 90), masked, or the note's harmless age under 90."""
    rng = n.rng
    masked = "___" if n.age_masked else str(n.young_age)
    piece = n.v(key, _age90(rng), "AGE_OVER_89", masked)
    out: list[Piece] = [piece, rng.choice(("-year-old", " year old", " y/o", "-yr-old", " yo"))]
    if article:
        word = piece if isinstance(piece, str) else piece[0]
        out.insert(0, "an " if word.startswith(("8", "11", "18", "eight")) else "a ")
    return out


# -------------------------------------------------------------- discharge scenarios

def _scenario(n: _Note, kind: str) -> dict:
    rng = n.rng
    he, his, man, title = n.pro
    crp = round(rng.uniform(8, 140), 1)
    esr = rng.randint(18, 110)
    if kind == "ra":
        drug = rng.choice(("infliximab", "rituximab", "abatacept", "tocilizumab", "golimumab"))
        return dict(
            service="RHEUMATOLOGY", drug=drug,
            cc=rng.choice(("fever and productive cough on biologic therapy", "polyarticular flare",
                           "chills and rigors during infusion")),
            proc=rng.choice(("none", "right knee arthrocentesis (40 mL, inflammatory fluid)", "CT chest")),
            dx="seropositive erosive rheumatoid arthritis; community-acquired pneumonia (resolved)",
            hpi=(f"seropositive erosive rheumatoid arthritis (RF {rng.randint(40, 300)} IU/mL, anti-CCP >250) "
                 f"diagnosed by 2010 ACR/EULAR criteria, on {_INFUSIONS[drug][0]} ({_INFUSIONS[drug][1]}) "
                 f"{_INFUSIONS[drug][3]} plus methotrexate {rng.choice((10, 15, 20))} mg weekly, who presents with "
                 f"{rng.randint(2, 6)} days of fever to {round(rng.uniform(38.2, 39.6), 1)} C and "
                 f"{rng.choice(('productive cough', 'pleuritic chest pain', 'swelling of both wrists'))}. "
                 f"Morning stiffness about {rng.choice((45, 60, 90, 120))} minutes; DAS28-CRP "
                 f"{round(rng.uniform(2.4, 6.1), 2)}, CDAI {rng.randint(6, 38)} at the last visit."),
            course=(f"Held {_INFUSIONS[drug][1]} and methotrexate. CXR with RLL consolidation; treated with "
                    f"ceftriaxone 1 g daily and azithromycin 500 mg x 1 then 250 mg x 4 days. Procalcitonin "
                    f"{round(rng.uniform(0.1, 3.2), 2)}. Legionella and strep pneumo urine antigens negative. "
                    f"Prednisone bridged at 10 mg daily for the flare (CRP {crp} -> {round(crp / 3, 1)}). "
                    f"Next infusion deferred 2 weeks after antibiotics are complete."),
            meds=("methotrexate 15 mg PO weekly (HOLD until cleared by rheumatology)", "folic acid 1 mg PO daily",
                  "prednisone 10 mg PO daily, taper by 2.5 mg weekly", "cefpodoxime 200 mg PO BID x 3 days",
                  "calcium carbonate-vitamin D3 600 mg-800 unit PO BID"),
        )
    if kind == "sle":
        drug = rng.choice(("belimumab", "anifrolumab", "rituximab", "cyclophosphamide"))
        return dict(
            service="MEDICINE", drug=drug,
            cc=rng.choice(("leg swelling and foamy urine", "pleuritic chest pain and rash", "fatigue, arthralgia")),
            proc="ultrasound-guided left renal biopsy",
            dx="systemic lupus erythematosus with class IV lupus nephritis (ISN/RPS 2018)",
            hpi=(f"systemic lupus erythematosus (ANA 1:{rng.choice((320, 640, 1280))} homogeneous, anti-dsDNA "
                 f"{rng.randint(80, 600)} IU/mL, low C3 {rng.randint(40, 70)} and C4 {rng.randint(3, 9)}) on "
                 f"hydroxychloroquine (Plaquenil) 200 mg BID, who presents with two weeks of leg edema and foamy "
                 f"urine. UPCR {round(rng.uniform(1.2, 6.8), 1)} g/g; creatinine {round(rng.uniform(0.9, 2.4), 1)}. "
                 f"SLEDAI-2K {rng.randint(8, 22)}. Malar rash; no Libman-Sacks vegetation on TTE."),
            course=(f"Pulse methylprednisolone (Solu-Medrol) 500 mg IV daily x 3, then prednisone 60 mg daily. "
                    f"Renal biopsy: class IV-G (A) lupus nephritis, activity index {rng.randint(6, 14)}/24, "
                    f"chronicity {rng.randint(0, 4)}/12. Induction with mycophenolate (CellCept) 1 g BID and "
                    f"{_INFUSIONS[drug][0]} ({_INFUSIONS[drug][1]}) started in the infusion center before discharge. "
                    f"Losartan 25 mg for proteinuria. PJP prophylaxis with TMP-SMX SS daily."),
            meds=("prednisone 60 mg PO daily", "mycophenolate mofetil 1000 mg PO BID",
                  "hydroxychloroquine 200 mg PO BID", "losartan 25 mg PO daily",
                  "trimethoprim-sulfamethoxazole SS 1 tab PO daily", "pantoprazole 40 mg PO daily"),
        )
    if kind == "gout":
        return dict(
            service="MEDICINE", drug="pegloticase",
            cc="acute left first MTP and right knee pain", proc="right knee arthrocentesis",
            dx="chronic tophaceous gout, acute polyarticular flare",
            hpi=(f"chronic tophaceous gout (serum urate {round(rng.uniform(8.2, 12.4), 1)} mg/dL despite "
                 f"allopurinol 300 mg and febuxostat (Uloric) trials), CKD 3a, who presents with a polyarticular "
                 f"flare: left podagra, right knee effusion and olecranon bursitis. Tophi on both helices and the "
                 f"right Achilles. G6PD activity normal ({round(rng.uniform(9, 14), 1)} U/g Hb)."),
            course=(f"Knee aspirate: {rng.randint(18, 60)},000 WBC, 88% PMN, negatively birefringent needle-shaped "
                    f"crystals, Gram stain negative, culture no growth. Treated with colchicine (Colcrys) 0.6 mg BID "
                    f"and prednisone 30 mg daily. Pegloticase (Krystexxa) 8 mg IV started with methotrexate 15 mg "
                    f"weekly co-therapy; pre-infusion urate checked, stop if >6 mg/dL before two consecutive doses."),
            meds=("colchicine 0.6 mg PO BID", "prednisone 30 mg PO daily, taper over 10 days",
                  "methotrexate 15 mg PO weekly", "folic acid 1 mg PO daily", "febuxostat STOPPED"),
        )
    if kind == "ida":
        drug = rng.choice(("fcm", "ironsucrose", "ferumoxytol"))
        return dict(
            service="MEDICINE", drug=drug,
            cc="exertional dyspnea and fatigue", proc="EGD and colonoscopy",
            dx="iron deficiency anemia from angiodysplasia; hypophosphatemia after IV iron",
            hpi=(f"rheumatoid arthritis on tofacitinib (Xeljanz) 5 mg BID and chronic NSAID use, who presents with "
                 f"exertional dyspnea. Hgb {round(rng.uniform(6.4, 8.8), 1)} g/dL (baseline 12), MCV "
                 f"{rng.randint(64, 76)} fL, ferritin {rng.randint(3, 14)} ng/mL, TSAT {rng.randint(3, 9)}%. "
                 f"Stool guaiac positive. Oral ferrous sulfate not tolerated (constipation, nausea)."),
            course=(f"Transfused 1 unit pRBC (Hgb -> {round(rng.uniform(8.1, 9.4), 1)}). EGD: gastric antral "
                    f"vascular ectasia treated with APC; colonoscopy with two cecal angiodysplasias. NSAIDs "
                    f"stopped. {_INFUSIONS[drug][0].capitalize()} ({_INFUSIONS[drug][1]}) given in the infusion "
                    f"center; phosphate {round(rng.uniform(1.1, 2.2), 1)} mg/dL on day 5, repleted with K-Phos "
                    f"Neutral 250 mg TID x 5 days."),
            meds=("pantoprazole 40 mg PO BID x 8 weeks", "tofacitinib 5 mg PO BID",
                  "potassium phosphate-sodium phosphate (K-Phos Neutral) 250 mg PO TID x 5 days",
                  "acetaminophen 650 mg PO q6h PRN pain (avoid NSAIDs)"),
        )
    if kind == "gca":
        drug = "tocilizumab"
        return dict(
            service="RHEUMATOLOGY", drug=drug,
            cc="new headache, jaw claudication and transient blurred vision", proc="left temporal artery biopsy",
            dx="giant cell arteritis with polymyalgia rheumatica",
            hpi=(f"polymyalgia rheumatica on prednisone 10 mg, who presents with new right temporal headache, jaw "
                 f"claudication and an episode of amaurosis fugax. ESR {esr} mm/h, CRP {crp} mg/L. Temporal "
                 f"artery ultrasound with a bilateral halo sign; no Horner syndrome; fundoscopy without AION."),
            course=("Methylprednisolone 1 g IV daily x 3 then prednisone 60 mg daily (GiACTA taper). Temporal "
                    "artery biopsy: granulomatous panarteritis with giant cells and internal elastic lamina "
                    "fragmentation. Tocilizumab (Actemra) 162 mg SC weekly approved; first IV loading dose 6 mg/kg "
                    "given in the infusion center. Alendronate started; aspirin 81 mg."),
            meds=("prednisone 60 mg PO daily with taper per rheumatology", "tocilizumab 162 mg SC weekly",
                  "alendronate 70 mg PO weekly", "calcium-vitamin D3 600 mg-800 unit PO BID",
                  "aspirin 81 mg PO daily", "trimethoprim-sulfamethoxazole DS 1 tab PO three times weekly"),
        )
    if kind == "osteo":
        drug = "zoledronic"
        return dict(
            service="ORTHOPAEDICS", drug=drug,
            cc="acute low back pain after lifting a laundry basket", proc="T12 kyphoplasty",
            dx="osteoporotic T12 compression fracture; glucocorticoid-induced osteoporosis",
            hpi=(f"polymyalgia rheumatica on chronic prednisone and prior distal radius fracture, who presents with "
                 f"acute mid-back pain after lifting laundry. CT: acute T12 compression fracture with "
                 f"{rng.randint(20, 45)}% anterior height loss, no retropulsion. Last DEXA lumbar spine T-score "
                 f"{round(rng.uniform(-3.6, -2.5), 1)}, FRAX 10-year major osteoporotic risk "
                 f"{rng.randint(18, 38)}%, hip {round(rng.uniform(3.0, 9.5), 1)}%."),
            course=(f"Pain controlled with acetaminophen, lidocaine 4% patch and calcitonin nasal spray 200 units "
                    f"daily x 2 weeks. T12 kyphoplasty by IR with {round(rng.uniform(3.0, 5.5), 1)} mL PMMA cement. "
                    f"25-OH vitamin D {rng.randint(9, 22)} ng/mL repleted (ergocalciferol 50,000 units weekly). "
                    f"Zoledronic acid (Reclast) 5 mg IV given in the infusion center after vitamin D repletion."),
            meds=("acetaminophen 1000 mg PO TID", "lidocaine 4% patch 12 h on/12 h off",
                  "ergocalciferol 50,000 units PO weekly x 8 weeks", "calcium citrate 630 mg PO BID",
                  "prednisone 5 mg PO daily"),
        )
    if kind == "scs":
        return dict(
            service="ANESTHESIA PAIN", drug="",
            cc="chronic axial back and bilateral leg pain for spinal cord stimulator implant",
            proc="permanent thoracic spinal cord stimulator implant (two percutaneous leads, IPG right buttock)",
            dx="persistent spinal pain syndrome type 2 (postlaminectomy); lumbar radiculopathy",
            hpi=(f"persistent spinal pain syndrome after L4-S1 fusion, radicular pain down both legs (NRS "
                 f"{rng.randint(6, 9)}/10), ODI {rng.randint(38, 66)}%, failed gabapentin, duloxetine (Cymbalta), "
                 f"physical therapy and two transforaminal ESIs. Seven-day trial with "
                 f"{rng.randint(55, 85)}% relief and reduction of oxycodone from 30 to 10 mg/day. Psychology "
                 f"clearance obtained; PHQ-9 {rng.randint(2, 9)}, PCS {rng.randint(10, 28)}."),
            course=("Admitted overnight after permanent implant for pain control and IV cefazolin 2 g x 2. "
                    "Leads placed via T12-L1 interlaminar approach, tips at the T8 and T9 superior endplates, "
                    "paresthesia mapping and impedances normal. Incisions clean; no CSF leak, no Horner, no motor "
                    "deficit. Programmed by the device representative before discharge."),
            meds=("oxycodone 5 mg PO q6h PRN severe pain, #20 (no refills)", "acetaminophen 1000 mg PO q8h",
                  "cephalexin 500 mg PO QID x 3 days", "naloxone 4 mg nasal spray PRN opioid overdose",
                  "senna 8.6 mg PO BID"),
        )
    if kind == "pain":
        return dict(
            service="MEDICINE", drug="",
            cc="intractable low back pain and opioid withdrawal", proc="L4-L5 and L5-S1 medial branch blocks",
            dx="lumbar facet arthropathy; opioid use disorder, moderate, transitioned to buprenorphine",
            hpi=(f"chronic low back pain from L4-S1 facet arthropathy (Modic type 2 change at L5-S1), on "
                 f"oxycodone-acetaminophen 10-325 mg QID ({rng.choice((45, 60, 90))} MME/day), who presents with "
                 f"uncontrolled pain and withdrawal after running out early; COWS {rng.randint(9, 16)}. ORT "
                 f"{rng.randint(3, 9)}; no prior overdose. Urine drug screen positive for oxycodone, negative "
                 f"for fentanyl on LC-MS/MS."),
            course=(f"Addiction consult service started buprenorphine-naloxone (Suboxone) with a low-dose "
                    f"micro-induction, stabilized at 8-2 mg BID; COWS < 5 by day 3. Pain service performed "
                    f"L4-L5 and L5-S1 medial branch blocks with {rng.randint(60, 90)}% relief for 6 hours; "
                    f"radiofrequency ablation (CPT 64635) to be scheduled. PDMP reviewed; new agreement signed; "
                    f"naloxone kit dispensed."),
            meds=("buprenorphine-naloxone 8-2 mg SL film BID", "naloxone 4 mg nasal spray PRN overdose",
                  "acetaminophen 1000 mg PO TID", "diclofenac 1% gel QID to the low back",
                  "tizanidine 2 mg PO QHS PRN spasm"),
        )
    # axial spondyloarthritis
    return dict(
        service="RHEUMATOLOGY", drug="infliximab",
        cc="inflammatory back pain and right eye redness", proc="fluoroscopic right sacroiliac joint injection",
        dx="axial spondyloarthritis (HLA-B27 positive) with acute anterior uveitis",
        hpi=(f"inflammatory back pain since age {rng.randint(19, 30)}, alternating buttock pain, heel enthesitis and "
             f"a first episode of acute anterior uveitis. BASDAI {round(rng.uniform(4.1, 8.3), 1)}, ASDAS-CRP "
             f"{round(rng.uniform(2.2, 4.4), 1)}, modified Schober {round(rng.uniform(2.5, 4.5), 1)} cm; failed "
             f"naproxen and celecoxib at full dose for 3 months. MRI SI joints meets the ASAS definition."),
        course=("Ophthalmology: anterior uveitis, treated with prednisolone acetate 1% drops q1h and cyclopentolate. "
                "Fluoroscopic right SI joint injection with triamcinolone 40 mg. Started adalimumab (Humira) "
                "40 mg SC every 14 days after a negative QuantiFERON-TB Gold Plus and HBV serologies; "
                "secukinumab (Cosentyx) as the alternative if not approved."),
        meds=("adalimumab 40 mg SC every 14 days", "naproxen 500 mg PO BID with food", "pantoprazole 40 mg PO daily",
              "prednisolone acetate 1% 1 drop right eye q1h while awake, taper per ophthalmology"),
    )


_KINDS = ("ra", "sle", "gout", "ida", "gca", "osteo", "scs", "pain", "axspa")
_AREA = {"ra": "rheum", "sle": "rheum", "gout": "rheum", "ida": "rheum", "gca": "rheum", "axspa": "rheum",
         "osteo": "bone", "scs": "pain", "pain": "pain"}
_KIND_ICD = {"ra": ("M05.79", "J18.1"), "sle": ("M32.14", "N05.8"), "gout": ("M1A.9XX1", "M10.9"),
             "ida": ("D50.0", "K31.819"), "gca": ("M31.6", "M35.3"), "osteo": ("M80.08XA", "M81.0"),
             "scs": ("M96.1", "G89.4"), "pain": ("M47.816", "F11.20"), "axspa": ("M45.9", "H20.011")}
_ADMIT_MEDS = {
    "rheum": ("hydroxychloroquine 200 mg PO BID", "methotrexate 20 mg PO weekly", "prednisone 5 mg PO daily",
              "folic acid 1 mg PO daily", "allopurinol 300 mg PO daily", "omeprazole 20 mg PO daily"),
    "pain": ("gabapentin 300 mg PO TID", "oxycodone-acetaminophen 5-325 mg PO q6h PRN", "duloxetine 60 mg PO daily",
             "pregabalin 75 mg PO BID", "cyclobenzaprine 5 mg PO QHS PRN", "lidocaine 5% patch daily"),
    "bone": ("prednisone 5 mg PO daily", "alendronate 70 mg PO weekly (stopped 2 years ago)",
             "cholecalciferol 1000 units PO daily", "levothyroxine 75 mcg PO daily"),
}
_SCORE_LINE = {
    "rheum": ("HAQ-DI {haq}", "RAPID3 {r3}", "patient global {pg}/10"),
    "pain": ("ODI {odi}%", "PEG score {pg}", "PHQ-9 {phq}"),
    "bone": ("pain NRS {pg}/10 with sitting", "Timed Up and Go {tug} s"),
}
_TRANSITION = {
    "rheum": "recheck CBC, CMP and CRP in 1 week; disease activity (DAS28 / CDAI / BASDAI) at follow-up; PCP to "
             "review vaccines (Shingrix, PCV20) before the next biologic dose.",
    "pain": "PDMP re-check before every controlled-substance prescription; pain NRS, PEG and ODI at follow-up; "
            "urine drug testing per agreement; naloxone on hand.",
    "bone": "recheck calcium, phosphate and 25-OH vitamin D in 8 weeks; dental review before further antiresorptive "
            "therapy; repeat DXA in 2 years on the same scanner.",
}
_INSTRUCT = {
    "rheum": ("Take your medicines as listed and do not add over-the-counter NSAIDs. Call for fever > 100.4 F, a new "
              "rash, cough or shortness of breath while your infusion medicine is on hold.",
              "Report side effects of your infusion medicine: FDA MedWatch 1-800-FDA-1088. Information: "
              "https://www.rheumatology.org or https://www.arthritis.org."),
    "pain": ("Never combine your pain medicines with alcohol, sleeping pills or benzodiazepines. Keep your naloxone "
             "nasal spray where family can find it. Call for new leg weakness, loss of bladder control or fever.",
             "Help for substance use: SAMHSA National Helpline 1-800-662-4357, https://findtreatment.gov; crisis: "
             "988 Suicide & Crisis Lifeline; accidental ingestion: Poison Control 1-800-222-1222."),
    "bone": ("Take calcium with meals and vitamin D as prescribed. Flu-like aches for 1-3 days after the zoledronic "
             "acid infusion are common. Call for jaw pain, new thigh or groin pain, or a fall.",
             "Information: https://www.bonehealthandosteoporosis.org. Report side effects: FDA MedWatch "
             "1-800-FDA-1088."),
}
_FU_CLINIC = {"rheum": ("Rheumatology", "Infusion center", "Rheumatology"), "pain": ("Pain clinic", "Spine center"),
              "bone": ("Bone health clinic", "Endocrinology")}


def _hdr(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    allergies = rng.choice(("Patient recorded as having No Known Allergies to Drugs", "Penicillins / codeine",
                            "sulfa (sulfonamide antibiotics)", "iodinated contrast (hives; premedicate)",
                            "latex", "morphine (pruritus) / Percocet"))
    return [
        ["Name:  ", n.v("hdr.name", _full(rng), "PERSON"), "                 Unit No:   ",
         n.v("hdr.mrn", _mrn(rng), "MRN")],
        [],
        ["Admission Date:  ", n.v("hdr.adm", _real_date(rng, 2006, 2022), "DATE_REAL_YEAR"),
         "              Discharge Date:   ___"],
        [],
        ["Date of Birth:  ", n.v("hdr.dob", _real_date(rng, 1924, 1976), "DATE_REAL_YEAR"), "             Sex:   ",
         "F" if n.she else "M"],
        [],
        [f"Service: {sc['service']}"],
        [],
        ["Allergies: "],
        [allergies],
        [],
        ["Attending: ", n.v("hdr.att", rng.choice((_full(rng), _doc(rng))), "PERSON"), "."],
    ]


def _hpi(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    lines: Block = [["Chief Complaint:"], [sc["cc"]], [], ["Major Surgical or Invasive Procedure:"], [sc["proc"]],
                    [], ["History of Present Illness:"]]
    opening: Line = [f"{title} ___ is ", *_age_phrase(n, "hpi.age"), f" {man} with {sc['hpi']}"]
    lines.append(opening)
    if n.has("hpi.pcp", "hpi.org", "hpi.city", p=0.6):
        city = rng.choice(_TOWNS)[0]
        lines.append([f"{he.capitalize()} was referred by Dr. ", n.v("hpi.pcp", _doc(rng), "PERSON"), " at ",
                      n.v("hpi.org", rng.choice(_PRACTICES + _HOSPITALS), "ORGANIZATION"), " in ",
                      n.v("hpi.city", city, "LOCATION"),
                      rng.choice((", who sent records and outside labs.", "; outside notes were reviewed.",
                                  " for escalation of therapy."))])
    if n.has("hpi.date", p=0.35):
        what = rng.choice(("Symptoms began", "The diagnosis was first made at an outside hospital",
                           "Outside records document the first biologic dose",
                           "A prior admission for the same problem is documented"))
        lines.append([f"{what} on ", n.v("hpi.date", _real_date(rng, 1998, 2023), "DATE_REAL_YEAR"),
                      rng.choice((".", " (per outside records).", "; details in scanned media."))])
    if n.has("hpi.omrn", p=0.2):
        lines.append(["Outside records from ___ (their MRN ", n.v("hpi.omrn", _mrn(rng), "MRN"),
                      ") were faxed and reviewed."])
    score = rng.choice(_SCORE_LINE[sc["area"]]).format(
        haq=rng.choice(("0.625", "1.125", "1.375", "1.875", "2.25")), r3=round(rng.uniform(4, 24), 1),
        pg=rng.randint(2, 9), odi=rng.randint(20, 70), phq=rng.randint(1, 16), tug=round(rng.uniform(9, 24), 1))
    lines.append([rng.choice(_EPONYM_LINES) + f"; pain NRS {rng.randint(2, 9)}/10; {score}."])
    return lines


def _pmh(n: _Note) -> Block:
    rng = n.rng
    items = rng.sample(_PMH_POOL, rng.randint(4, 7))
    if n.heavy:
        items = [rng.choice(("___ body dementia", "___ disease (on carbidopa-levodopa)", "___ syndrome (sicca)",
                             "s/p ___ procedure"))] + items[:4]
    lines: Block = [["Past Medical History:"]]
    lines += [[f"- {it}"] for it in items]
    if n.has("pmh.dev", p=0.15):
        kind, brand, model = rng.choice(_CARDIAC)
        lines.append([f"- {kind} ({brand}, model {model}, serial number ", n.v("pmh.dev", _serial(rng), "DEVICE_ID"),
                      f"), placed {rng.randint(2, 12)} years ago; {rng.choice(('MR-conditional', 'not MR-safe'))}"])
    lines += [[], ["Social History:"]]
    return lines


def _social(n: _Note) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    out: Block = []
    town = rng.choice(_TOWNS)[0]
    if n.has("soc.town", "soc.rel", p=0.7):
        rel = rng.choice(_RELATIONS)
        out.append([rng.choice(("Lives in ", "Lives with family in ", "Resides in ")),
                    n.v("soc.town", rng.choice((town, town, rng.choice(_NEIGHBOURHOODS), rng.choice(_COUNTIES))),
                        "LOCATION"),
                    f" with {his} {rel} ", n.v("soc.rel", _full(rng), "PERSON"),
                    rng.choice((", who helps with injections.", " (health care proxy).", ", who drives to infusions.",
                                "."))])
    if n.has("soc.phone", p=0.35):
        out.append(["HCP / emergency contact: ", rng.choice(_RELATIONS), " ___, cell ",
                    n.v("soc.phone", _phone(rng), "PHONE"), rng.choice((".", "; prefers text messages.", ""))])
    if n.has("soc.email", p=0.15):
        out.append(["Prefers scheduling by e-mail: ", n.v("soc.email", _email(rng), "EMAIL"), "."])
    if n.has("soc.employer", p=0.45):
        job = rng.choice(("machine operator", "bus driver", "line cook", "second-grade teacher", "warehouse picker",
                          "dispatcher", "stonecutter", "bookkeeper"))
        out.append([rng.choice(("Works as a ", "Retired ", "On short-term disability from work as a ")), job,
                    " at ", n.v("soc.employer", rng.choice(_EMPLOYERS), "ORGANIZATION"),
                    rng.choice(("; employer group plan.", ".", "; FMLA paperwork completed."))])
    if n.has("soc.church", p=0.15):
        out.append(["Volunteers from ", n.v("soc.church", rng.choice(_CHURCHES), "ORGANIZATION"),
                    " help with rides and meals."])
    if n.has("soc.from", p=0.3):
        city, country = rng.choice(_FOREIGN)
        out.append(["Originally from ", n.v("soc.from", city, "LOCATION"), f", {country}; moved to the US "
                    f"{rng.randint(3, 40)} years ago. Primary language {rng.choice(_LANGUAGES)}; "
                    "interpreter used."])
    if n.has("soc.dod", p=0.1):
        kin = rng.choice(("mother", "father", "brother", "sister"))
        out.append([f"{his.capitalize()} {kin} died on ", n.v("soc.dod", _real_date(rng, 1995, 2023), "DATE_REAL_YEAR"),
                    "."])
    if n.has("soc.plate", p=0.05):
        car = rng.choice(("2009 Honda Civic", "2012 Toyota Corolla", "2006 Ford Ranger", "2014 Nissan Rogue"))
        out.append([f"Housing insecure since eviction, sleeping in {his} car ({car}, plate ",
                    n.v("soc.plate", _plate(rng), "VEHICLE_ID"), "); SW engaged for shelter placement."])
    if n.has("soc.url", p=0.05):
        out.append(["Family started an online fundraiser for uncovered medical costs: ",
                    n.v("soc.url", _personal_url(rng, _first(rng), _last(rng)), "URL")])
    out.append([f"Tobacco: {rng.choice(('never', 'former, quit 10 years ago', '1/2 ppd, 20 pack-years'))}. "
                f"EtOH: {rng.choice(('none', 'rare', '2 drinks/week'))}. Illicits: {rng.choice(('denies', 'none'))}. "
                f"Exercise: {rng.choice(('aquatic therapy twice weekly', 'walks 20 min daily', 'limited by pain'))}."])
    return out


def _exam_results(n: _Note, sc: dict) -> Block:
    rng = n.rng
    d = n.sd(0, 0)
    lines: Block = [[], ["Family History:"],
                    [rng.choice(("Mother with RA; father with Parkinson disease.", "Sister with psoriasis.",
                                 "Noncontributory.", "Brother with ankylosing spondylitis; aunt with lupus."))], [],
                    ["Physical Exam:"],
                    [f"VS: T {round(rng.uniform(36.2, 38.9), 1)} HR {rng.randint(58, 112)} BP {_bp(rng)} RR "
                     f"{rng.randint(12, 22)} SpO2 {rng.randint(92, 100)}% RA  Wt {round(rng.uniform(48, 118), 1)} kg"],
                    [f"MSK: {rng.randint(0, 14)} tender / {rng.randint(0, 10)} swollen joints (28-joint count); "
                     f"{rng.choice(_EPONYM_LINES)}."],
                    ["Neuro: A&Ox3, strength 5/5 except L EHL 4+/5, reflexes 2+ and symmetric."], [],
                    ["Pertinent Results:"],
                    [f"{d} 06:{rng.randint(10, 59):02d}AM BLOOD WBC-{round(rng.uniform(3.1, 14.5), 1)} "
                     f"Hgb-{round(rng.uniform(7.1, 14.2), 1)} Hct-{round(rng.uniform(22, 43), 1)} "
                     f"Plt-{rng.randint(140, 520)}"],
                    [f"{d} 06:{rng.randint(10, 59):02d}AM BLOOD Glucose-{rng.randint(78, 190)} UreaN-"
                     f"{rng.randint(8, 44)} Creat-{round(rng.uniform(0.6, 2.1), 1)} Na-{rng.randint(131, 145)} "
                     f"K-{round(rng.uniform(3.3, 5.2), 1)} Cl-{rng.randint(96, 108)} HCO3-{rng.randint(20, 29)}"],
                    [f"{d} 06:{rng.randint(10, 59):02d}AM BLOOD ESR-{rng.randint(5, 110)}* CRP-"
                     f"{round(rng.uniform(1, 160), 1)}* Ferritin-{rng.randint(4, 900)} Phos-"
                     f"{round(rng.uniform(1.1, 4.4), 1)} UricAcd-{round(rng.uniform(3.1, 11.9), 1)}"]]
    if n.has("res.acc", p=0.3):
        test = rng.choice(("HLA-B27 by flow", "QuantiFERON-TB Gold Plus", "Hepatitis B core antibody",
                           "Synovial fluid crystal analysis", "Anti-CCP IgG"))
        lines.append([f"{test} (accession ", n.v("res.acc", _account(rng, "acc"), "ACCOUNT"), "): ",
                      rng.choice(("positive", "negative", "indeterminate, repeat sent", "see report")), "."])
    if n.has("res.spec", p=0.15):
        lines.append(["Synovial fluid culture, specimen # ", n.v("res.spec", _account(rng, "spec"), "ACCOUNT"),
                      ": no growth at 5 days. Reagent lot ", _lot(rng), " (exp ", _expiry(rng), ")."])
    return lines


def _course(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    lines: Block = [["Brief Hospital Course:"], [sc["course"]]]
    if n.has("course.cons", "course.pager", p=0.5):
        svc = rng.choice(("Rheumatology", "Pain medicine", "Infectious disease", "Nephrology", "Physiatry"))
        lines.append([f"{svc} (Dr. ", n.v("course.cons", _doc(rng), "PERSON"), ") followed; the fellow on call "
                      "can be reached at pager ", n.v("course.pager", _pager(rng), "PAGER"),
                      rng.choice((".", " with questions.", " for urgent issues before follow-up."))])
    lines.append([f"Transitional issues: {_TRANSITION[sc['area']]}"])
    if n.has("course.snf", p=0.2):
        lines.append(["Discharged to ", n.v("course.snf", rng.choice(_FACILITIES), "ORGANIZATION"),
                      f" for short-term rehab; room {rng.randint(101, 349)}{rng.choice('AB')}."])
    return lines


def _case_mgmt(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    town, st, z = rng.choice(_TOWNS)
    lines: Block = [["Case Management / Social Work:"]]
    lines.append(["Benefits: ___ commercial plan, member ID ", n.v("cm.member", _member(rng), "HEALTH_PLAN"),
                  f", group {rng.randint(100000, 999999)} (employer group); "
                  f"RxBIN {rng.choice(('610014', '004336', '003858', '610502'))}"
                  f", PCN {rng.choice(('MEDDPRIME', 'ADV', 'A4', 'MA'))}."])
    if n.has("cm.mbi", p=0.25):
        what = ("Medicare Part D covers buprenorphine and naloxone" if sc["area"] == "pain"
                else "Medicare Part B covers the infusion (HCPCS J-code billed to Part B)")
        lines.append([f"{what}; MBI ", n.v("cm.mbi", _mbi(rng), "HEALTH_PLAN"), "."])
    if n.has("cm.ssn", p=0.3):
        lines.append(["MassHealth / SSDI application filed with the patient (SSN ", n.v("cm.ssn", _ssn(rng), "SSN"),
                      "); determination pending."])
    if n.has("cm.street", "cm.city", "cm.zip", p=0.4):
        lines.append(["Home address verified for VNA referral: ", n.v("cm.street", _street(rng), "STREET_ADDRESS"),
                      ", ", n.v("cm.city", town, "LOCATION"), f", {st} ", n.v("cm.zip", _zip(rng, z), "ZIP"),
                      rng.choice(("; 3 steps to enter.", "; elevator building.", "."))])
    if n.has("cm.phone", "cm.email", p=0.3):
        lines.append(["Best contact for the VNA: ", n.v("cm.phone", _phone(rng), "PHONE"), "; e-mail ",
                      n.v("cm.email", _email(rng), "EMAIL"), "."])
    if n.has("cm.vin", p=0.05):
        lines.append(["Disability plate application (RMV) completed; vehicle VIN ",
                      n.v("cm.vin", _vin(rng), "VEHICLE_ID"), " on the form, per patient's request."])
    if n.has("cm.fin", p=0.2):
        lines.append(["Hospital account / FIN ", n.v("cm.fin", _account(rng), "ACCOUNT"),
                      " flagged for financial counseling (charity care application)."])
    lines.append([f"Manufacturer copay program enrollment discussed (not a public benefit); {rng.choice(_HOTLINES)}."])
    return lines


def _discharge_tail(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    lines: Block = [["Medications on Admission:"]]
    lines += [[f"{k}. {m}"] for k, m in enumerate(rng.sample(_ADMIT_MEDS[sc["area"]], rng.randint(2, 4)), 1)]
    lines += [[], ["Discharge Medications:"]]
    lines += [[f"{k}. {m}"] for k, m in enumerate(sc["meds"], 1)]
    lines += [[], ["Discharge Disposition:"], [rng.choice(("Home", "Home With Service", "Extended Care"))], [],
              ["Discharge Diagnosis:"], [sc["dx"]], [f"ICD-10: {sc['icd'][0]}, {sc['icd'][1]}"], [],
              ["Discharge Condition:"], ["Mental Status: Clear and coherent."],
              ["Level of Consciousness: Alert and interactive."],
              [f"Activity Status: {rng.choice(('Ambulatory - Independent.', 'Ambulatory - requires cane.'))}"], [],
              ["Discharge Instructions:"],
              [f"Dear {title} ___, you were admitted for {sc['cc']}. {_INSTRUCT[sc['area']][0]}"],
              [_INSTRUCT[sc["area"]][1]]]
    if n.has("instr.ip", p=0.15):
        lines.append(["Instructions were e-acknowledged through the patient portal (audit: ",
                      rng.choice(("IP ", "client IP ", "from ")), n.v("instr.ip", _ip(rng), "IP_ADDRESS"),
                      f", {n.sd(1)} {n.t()})."])
    lines += [[], ["Followup Instructions:"]]
    fu: Line = [rng.choice(_FU_CLINIC[sc["area"]]),
                " with Dr. ", n.v("fu.dr", _doc(rng), "PERSON")]
    if n.has("fu.org", p=0.4):
        fu += [" at ", n.v("fu.org", rng.choice(_PRACTICES), "ORGANIZATION")]
    fu.append(f" on {n.sd(rng.randint(7, 30), 1)} at {n.t()}")
    if n.has("fu.phone", "fu.fax", p=0.5):
        fu += ["; office ", n.v("fu.phone", _phone(rng), "PHONE"), ", fax ", n.v("fu.fax", _phone(rng), "FAX")]
    fu.append(".")
    lines.append(fu)
    if n.has("fu.pager", p=0.3):
        lines.append(["After hours, page the on-call fellow at ", n.v("fu.pager", _pager(rng), "PAGER"),
                      rng.choice(("; for a mental health crisis call or text 988.", ".",
                                  " (do not use for prescription refills)."))])
    if n.has("fu.url", p=0.2):
        lines.append(["Your e-visit check-in link: ", n.v("fu.url", _portal_url(rng, rng.choice(_HOSPITALS)), "URL")])
    if n.has("sig.name", "sig.npi", "sig.lic", p=0.3):
        lines += [[], ["Completed by: ", n.v("sig.name", _full(rng), "PERSON"),
                       rng.choice((", MD", ", NP", ", PA-C", " MD")), " (NPI ", n.v("sig.npi", _npi(rng), "LICENSE"),
                       "; MA license ", n.v("sig.lic", _state_license(rng), "LICENSE"), ")"]]
    return lines


# -------------------------------------------------------------- attachments


def _att_inf(n: _Note, sc: dict) -> Block:
    rng = n.rng
    key = sc.get("drug") or rng.choice(("infliximab", "fcm", "zoledronic"))
    gen, brand, hcpcs, dose, vial = _INFUSIONS[key]
    wt = round(rng.uniform(48, 112), 1)
    chair = f"{rng.choice('ABCD')}-{rng.randint(1, 16)}"
    lines: Block = [[f"INFUSION CENTER FLOWSHEET (copied)  {gen} ({brand}) {hcpcs}  Chair {chair}"],
                    ["Label: ___   MRN ", n.v("inf.mrn", _mrn(rng), "MRN"), "   Pharmacy order # ",
                     n.v("inf.order", _account(rng), "ACCOUNT"), f"   Wt {wt} kg   Ht {rng.randint(148, 190)} cm"]]
    if n.has("inf.member", p=0.3):
        lines.append(["Benefits verified: member ID ", n.v("inf.member", _member(rng), "HEALTH_PLAN"),
                      f"; group no. {_digits(rng, 6)}; auth valid {n.sd(-20)} to {n.sd(160)}."])
    today = {"infliximab": f"{round(wt * 5 / 100) * 100} mg", "rituximab": "1000 mg", "tocilizumab":
             f"{min(800, round(wt * 8 / 20) * 20)} mg", "abatacept": "750 mg", "belimumab": f"{round(wt * 10)} mg",
             "anifrolumab": "300 mg", "pegloticase": "8 mg", "fcm": "750 mg", "ironsucrose": "200 mg",
             "ferumoxytol": "510 mg", "zoledronic": "5 mg", "golimumab": f"{round(wt * 2)} mg",
             "cyclophosphamide": "500 mg"}[key]
    lines.append([f"Order: {dose}; dose today {today} ({vial}); weight-based dose rounded per pharmacy protocol."])
    lines.append([f"Compounding: {gen} in 0.9% NaCl {rng.choice((100, 250, 500))} mL, 0.2 micron in-line filter; "
                  f"lot {_lot(rng)} exp {_expiry(rng)}; NDC {_ndc(rng)}; diluent lot {_lot(rng)} exp {_expiry(rng)}; "
                  f"BUD {n.sd(0)} {n.t()}."])
    lines.append(["Prepared by ", n.v("inf.pharmd", _full(rng), "PERSON"), ", PharmD; checked by ___, CPhT "
                  "(hood 2, USP <797> ISO 5)."])
    titrated = key in ("infliximab", "rituximab", "pegloticase", "golimumab", "belimumab", "tocilizumab")
    if titrated:
        pre = rng.choice(("methylprednisolone 100 mg IV", "famotidine 20 mg IV", "diphenhydramine 25 mg IV"))
        lines.append([f"Premeds {n.t()}: acetaminophen 650 mg PO, cetirizine 10 mg PO, {pre}."])
    else:
        lines.append(["Premeds: none required; no test dose. Baseline phosphate and calcium reviewed."])
    lines.append(["Time  | Rate mL/h | BP      | HR  | RR | SpO2 | Temp | Pump        | Init"])
    h, m = rng.randint(8, 12), rng.choice((0, 15, 30))
    steps = rng.randint(3, 5)
    rates = sorted(rng.sample((10, 20, 40, 80, 125, 150, 250), steps)) if titrated else [rng.choice((200, 400))] * steps
    for rate in rates:
        lines.append([f"{h:02d}:{m:02d} | {rate:<9} | {_bp(rng):<7} | {rng.randint(58, 104):<3} | "
                      f"{rng.randint(12, 20)} | {rng.randint(94, 100)}%  | {round(rng.uniform(36.1, 37.6), 1)} | "
                      f"Alaris 8100 {rng.choice('AB')} | ___"])
        m += rng.choice((15, 15, 30))
        h, m = h + m // 60, m % 60
    if n.has("inf.pager", p=0.3):
        lines.append([f"{rng.choice(('Flushing and chest tightness', 'Pruritus and urticaria', 'Rigors'))} at "
                      f"{n.t()}: infusion paused, hydrocortisone 100 mg IV, fellow paged (pager ",
                      n.v("inf.pager", _pager(rng), "PAGER"), "); resumed at 50% rate, completed without event."])
    else:
        lines.append(["No infusion reaction. Observed 30 minutes post infusion; IV removed, catheter intact."])
    lines.append(["Infusion RN: ", n.v("inf.rn", _full(rng), "PERSON"), ", RN"])
    if n.has("inf.date", "inf.org", p=0.35):
        lines.append(["Transferred care from ", n.v("inf.org", rng.choice(_PRACTICES + _HOSPITALS), "ORGANIZATION"),
                      "; first lifetime dose there on ", n.v("inf.date", _real_date(rng, 2005, 2023), "DATE_REAL_YEAR"),
                      f"; infusion #{rng.randint(2, 40)} today."])
    return lines


def _att_pdmp(n: _Note, sc: dict) -> Block:
    rng = n.rng
    prog = rng.choice(("MassPAT (PMP AWARxE)", "NH PDMP", "RI PDMP", "state PDMP via EHR integration"))
    presc_last = _last(rng)
    presc = rng.choice((f"{_first(rng)} {presc_last}", f"{presc_last}, {_first(rng)}",
                        f"{_first(rng)[0]}. {presc_last}"))
    pharm = rng.choice(_PHARMACIES)
    pcity = rng.choice(_TOWNS)[0]
    lines: Block = [[f"PRESCRIPTION MONITORING PROGRAM QUERY - {prog}"],
                    [f"Run {n.sd(0)} {n.t()} by ___ (delegate). Search: ___ / DOB ",
                     n.v("pdmp.dob", _real_date(rng, 1940, 1990), "DATE_REAL_YEAR"), " / ZIP ",
                     n.v("pdmp.zip", _zip(rng, rng.choice(_TOWNS)[2]), "ZIP")],
                    [f"Summary (12 mo): {rng.randint(3, 11)} Rx, {rng.randint(2, 3)} prescribers, "
                     f"{rng.randint(1, 2)} pharmacies; NarxScore {rng.randint(120, 560)}; overdose risk score "
                     f"{rng.randint(100, 600)}"],
                    ["Filled      | Drug                               | Qty | Days | MME/d | Prescr | Pharm"]]
    # (drug, mg of opioid per unit x conversion factor); None: not an opioid or not counted in MME
    drugs = (("oxycodone-APAP 10-325 mg tab", 15.0), ("oxycodone HCl 5 mg tab", 7.5), ("tramadol 50 mg tab", 10.0),
             ("hydrocodone-APAP 5-325 mg tab", 5.0), ("gabapentin 600 mg tab", None), ("tizanidine 4 mg tab", None),
             ("buprenorphine-naloxone 8-2 mg film", None))
    for k in range(rng.randint(3, 6)):
        dr, per_unit = rng.choice(drugs)
        qty, days = rng.choice((30, 60, 90, 120)), rng.choice((15, 30, 30))
        mme = "-" if per_unit is None else f"{qty * per_unit / days:g}"
        lines.append([f"{n.sd(-30 * k - rng.randint(0, 5))}  | {dr:<34} | {qty:<3} | {days:<4} | {mme:<5} | "
                      f"{rng.choice('AAAB')}      | {rng.choice('11112')}"])
    lines.append(["Prescriber A: ", n.v("pdmp.presc", presc, "PERSON"), "  DEA ",
                  n.v("pdmp.dea", _dea(rng, presc_last), "LICENSE"), "   Prescriber B: ___ (ED, single fill)"])
    lines.append(["Pharmacy 1: ", n.v("pdmp.pharm", pharm, "ORGANIZATION"), ", ",
                  n.v("pdmp.pcity", pcity, "LOCATION"), ", tel ", n.v("pdmp.pphone", _phone(rng), "PHONE"),
                  "   Pharmacy 2: ___"])
    early = rng.choice(("no early refills", "one early refill"))
    lines.append([f"Interpretation: no overlapping benzodiazepine; {early}; current opioid dose compared with the 50 "
                  "MME/day threshold of the CDC 2022 clinical practice guideline. Reviewed with patient."])
    return lines


def _att_agr(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    dl, st = _driver_license(rng)
    town = rng.choice(_TOWNS)[0]
    lines: Block = [["OPIOID TREATMENT AGREEMENT - reviewed line by line and signed"],
                    [f"Signed {n.sd(0)}; renews in 12 months. ID checked: {st} driver's license ",
                     n.v("agr.dl", dl, "LICENSE"), "."]]
    if n.has("agr.date", p=0.2):
        lines.append(["Replaces the outside agreement with the prior prescriber dated ",
                      n.v("agr.date", _real_date(rng, 2012, 2023), "DATE_REAL_YEAR"), "."])
    lines.append(["Single pharmacy: ", n.v("agr.pharm", rng.choice(_PHARMACIES), "ORGANIZATION"),
                  "; single prescriber (pain clinic); no early refills; lost or stolen medication is not replaced."])
    if n.has("agr.phone", "agr.email", p=0.4):
        lines.append(["Contact for random pill counts: cell ", n.v("agr.phone", _phone(rng), "PHONE"),
                      ", e-mail ", n.v("agr.email", _email(rng), "EMAIL"), "."])
    if n.has("agr.street", "agr.city", p=0.25):
        lines.append(["Mailing address for the lockbox shipment: ", n.v("agr.street", _street(rng), "STREET_ADDRESS"),
                      ", ", n.v("agr.city", town, "LOCATION"), "."])
    if n.has("agr.ssn", p=0.1):
        lines.append(["Identity for state PDMP registration: SSN ", n.v("agr.ssn", _ssn(rng), "SSN"), "."])
    lines.append(["Random urine drug test today, specimen # ", n.v("agr.uds", _account(rng, "spec"), "ACCOUNT"),
                  "; immunoassay with LC-MS/MS confirmation (kit lot ", _lot(rng), ", exp ", _expiry(rng), ")."])
    if n.has("agr.plate", p=0.15):
        car = rng.choice(("2015 Subaru Outback", "2011 Chevrolet Malibu", "2018 Kia Soul", "2008 Dodge Caravan"))
        lines.append([f"Reports {his} {car} (plate ", n.v("agr.plate", _plate(rng), "VEHICLE_ID"),
                      f") was broken into and a bottle of oxycodone 5 mg (#{rng.randint(12, 60)}) was stolen; "
                      "police report reviewed; no replacement per agreement."])
    lines.append([f"Naloxone 4 mg nasal spray dispensed (lot {_lot(rng)}, exp {_expiry(rng)}); safe storage and "
                  f"disposal reviewed. Resources: {_HOTLINES[0]}; {_HOTLINES[1]}; {_PUBLIC_URLS[4]}."])
    lines.append(["Witness: ", n.v("agr.witness", _full(rng), "PERSON"), ", RN"])
    if n.has("agr.ip", p=0.3):
        lines.append(["E-signature audit: signed on tablet via patient portal, ", n.v("agr.ip", _ip(rng), "IP_ADDRESS"),
                      f", {n.sd(0)} {n.t()}, document version 4.2.0.17."])
    return lines


_ENR_PRODUCTS = {
    "ra": ("adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL pen SC every 14 days",
           "etanercept (Enbrel SureClick) 50 mg SC weekly", "upadacitinib (Rinvoq) 15 mg PO daily",
           "abatacept (Orencia ClickJect) 125 mg SC weekly"),
    "gca": ("tocilizumab (Actemra ACTPen) 162 mg SC weekly", "upadacitinib (Rinvoq) 15 mg PO daily"),
    "axspa": ("adalimumab (Humira Pen) 40 mg SC every 14 days",
              "secukinumab (Cosentyx Sensoready) 150 mg SC weekly x 5 then every 4 weeks",
              "certolizumab pegol (Cimzia) 400 mg SC at weeks 0, 2, 4 then 200 mg every 2 weeks"),
}


def _att_enr(n: _Note, sc: dict) -> Block:
    rng = n.rng
    town, st, z = rng.choice(_TOWNS)
    pharm = rng.choice(_PHARMACIES)
    prod = rng.choice(_ENR_PRODUCTS.get(sc.get("kind", ""), _ENR_PRODUCTS["ra"]))
    lines: Block = [["SPECIALTY PHARMACY ENROLLMENT FORM (scanned, OCR)  Pharmacy: ",
                     n.v("enr.pharm", pharm, "ORGANIZATION"), f"   Form SPE-{rng.randint(10, 99)} rev. 7"],
                    ["Patient: ___   DOB: ", n.v("enr.dob", _real_date(rng, 1930, 2000), "DATE_REAL_YEAR"),
                     "   SSN: ", n.v("enr.ssn", _ssn(rng), "SSN")],
                    ["Ship to: ", n.v("enr.street", _street(rng), "STREET_ADDRESS"), ", ",
                     n.v("enr.city", town, "LOCATION"), f", {st} ", n.v("enr.zip", _zip(rng, z), "ZIP")],
                    ["Phone: ", n.v("enr.phone", _phone(rng), "PHONE"), "   E-mail: ",
                     n.v("enr.email", _email(rng), "EMAIL")],
                    ["Primary insurance: ___  Member ID: ", n.v("enr.member", _member(rng), "HEALTH_PLAN"),
                     f"  Group: {_digits(rng, 7)}  RxBIN {rng.choice(('610014', '004336', '610591'))}  "
                     f"RxPCN {rng.choice(('ADV', 'MEDDADV', '9999'))}"]]
    if n.has("enr.mbi", p=0.2):
        lines.append(["Secondary: Medicare Part D, MBI ", n.v("enr.mbi", _mbi(rng), "HEALTH_PLAN")])
    lines.append([f"Rx: {prod}; qty 28-day supply; refills x 5; NDC {_ndc(rng)}; Dx {sc['icd'][0]}"])
    lines.append([f"TB screen: QuantiFERON negative {n.sd(-40)}; HBsAg / anti-HBc negative; live vaccines avoided."])
    lines.append(["Prescriber: ", n.v("enr.presc", _full(rng), "PERSON"), ", MD   NPI ",
                  n.v("enr.npi", _npi(rng), "LICENSE"), "   Fax ", n.v("enr.fax", _phone(rng), "FAX")])
    if n.has("enr.url", p=0.25):
        lines.append(["Patient onboarding link (texted): ", n.v("enr.url", _portal_url(rng, pharm), "URL")])
    if n.has("enr.ip", p=0.2):
        engine = f"{rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(1, 99)}"
        lines.append([f"Patient e-signature captured {n.sd(0)} {n.t()} from ", n.v("enr.ip", _ip(rng), "IP_ADDRESS"),
                      f" (form engine v{engine})."])
    lines.append([f"Copay card: manufacturer program, BIN {rng.choice(('610020', '004682'))}, group "
                  f"{rng.choice(('EC12345001', 'OHCP'))} (not patient-specific)."])
    return lines


_PA_HISTORY = {
    "ra": ("methotrexate, hydroxychloroquine and adalimumab", "irreversible joint damage"),
    "sle": ("hydroxychloroquine, mycophenolate and azathioprine", "progression of lupus nephritis"),
    "gout": ("allopurinol and febuxostat at maximally tolerated doses", "further tophaceous joint destruction"),
    "gca": ("a prednisone taper with two relapses", "permanent vision loss and steroid toxicity"),
    "osteo": ("oral alendronate (erosive esophagitis)", "further fragility fractures"),
    "axspa": ("naproxen and celecoxib at full dose", "progressive ankylosis and uveitis flares"),
}


def _att_pa(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    key = sc.get("drug") or "infliximab"
    gen, brand, hcpcs, dose, vial = _INFUSIONS[key]
    org = rng.choice(_PRACTICES)
    lines: Block = [["LETTER OF MEDICAL NECESSITY / PRIOR AUTHORIZATION (copy in chart)"],
                    ["To: Pharmacy & Medical Benefit Review, ___ Health Plan"],
                    ["Re: ___   DOB: ", n.v("pa.dob", _real_date(rng, 1930, 1999), "DATE_REAL_YEAR"),
                     "   Member ID: ", n.v("pa.member", _member(rng), "HEALTH_PLAN")]]
    if n.has("pa.mrn", p=0.3):
        lines.append(["Our MRN: ", n.v("pa.mrn", _mrn(rng), "MRN")])
    lines.append([f"Requested: {gen} ({brand}) {dose}; HCPCS {hcpcs}; CPT {rng.choice(('96413', '96365'))}; "
                  f"ICD-10 {sc['icd'][0]}; site of care: hospital outpatient infusion (chair-side)."])
    failed, harm = _PA_HISTORY.get(sc.get("kind", "ra"), _PA_HISTORY["ra"])
    lines.append([f"Dear Medical Director: I am writing on behalf of my patient, who has failed {failed} "
                  f"({rng.randint(3, 9)} months). Disease activity remains high (CRP {round(rng.uniform(8, 90), 1)} "
                  f"mg/L). This request follows the current ACR guideline; a denial would risk {harm}. Please fax "
                  "the determination to my office."])
    lines.append(["Sincerely, ", n.v("pa.sign", _full(rng), "PERSON"), ", MD, ",
                  n.v("pa.org", org, "ORGANIZATION"), rng.choice(("", " (Rheumatology)"))])
    lines.append(["NPI ", n.v("pa.npi", _npi(rng), "LICENSE"), "   Tel ", n.v("pa.phone", _phone(rng), "PHONE"),
                  "   Fax ", n.v("pa.fax", _phone(rng), "FAX")])
    lines.append([f"Attachments: disease activity trend, TB screen, chest X-ray report. Adverse events: "
                  f"{_HOTLINES[3]}."])
    return lines


_PROCS = (
    # (name, CPT, needle / approach, contrast use, injectate)
    ("L5-S1 interlaminar epidural steroid injection", "62323",
     "left paramedian, 20G 3.5-in Tuohy, loss of resistance to saline at {depth} cm", "epidurogram", "steroid"),
    ("C7-T1 interlaminar epidural steroid injection", "62321",
     "midline, 20G 3.5-in Tuohy, loss of resistance to saline at {depth} cm", "epidurogram", "steroid"),
    ("right L4-L5 and L5-S1 transforaminal ESI", "64483",
     "oblique subpedicular, 22G 3.5-in Quincke spinal needle", "neurogram along the exiting root", "dexa"),
    ("bilateral L4-L5 and L5-S1 facet joint injections", "64493",
     "oblique, 22G 3.5-in spinal needle into each joint", "arthrogram of each joint", "steroid"),
    ("left L3, L4 medial branch and L5 dorsal ramus blocks", "64493",
     "posterior oblique, 22G 3.5-in spinal needle to the junction of the SAP and transverse process",
     "confirmation of non-vascular spread", "local"),
    ("right sacroiliac joint injection", "27096",
     "posterior oblique, 22G 3.5-in spinal needle into the inferior joint recess", "arthrogram", "steroid"),
)


def _att_proc(n: _Note, sc: dict) -> Block:
    rng = n.rng
    name, cpt, approach, contrast, inj = rng.choice(_PROCS)
    if inj == "local":
        injectate = f"bupivacaine 0.5% {rng.choice(('0.3', '0.5'))} mL per level"
    elif inj == "dexa":
        injectate = "dexamethasone sodium phosphate PF 10 mg (non-particulate) + 1% lidocaine 1 mL"
    else:
        injectate = rng.choice(("triamcinolone (Kenalog-40) 80 mg", "methylprednisolone acetate (Depo-Medrol) 80 mg",
                                "betamethasone (Celestone Soluspan) 12 mg")) + " + preservative-free NS 2 mL"
    lines: Block = [[f"PROCEDURE LOG - {name} (CPT {cpt})"],
                    ["Proceduralist: ", n.v("proc.op", _full(rng), "PERSON"), ", MD   NPI ",
                     n.v("proc.npi", _npi(rng), "LICENSE"), "   Fellow: ___ (pager ",
                     n.v("proc.pager", _pager(rng), "PAGER"), ")"],
                    ["Requisition # ", n.v("proc.req", _account(rng), "ACCOUNT"),
                     f"   Room: Procedure Rm {rng.randint(1, 6)}   Time-out {n.t()}   Anticoagulation: "
                     f"{rng.choice(('none', 'apixaban held 3 days', 'aspirin continued'))}"]]
    lines.append([f"Pre: BP {_bp(rng)} HR {rng.randint(56, 98)} SpO2 {rng.randint(95, 100)}%  NRS "
                  f"{rng.randint(5, 9)}/10"])
    lines.append([f"Approach: {approach.format(depth=round(rng.uniform(4.0, 7.5), 1))}; Omnipaque 240 "
                  f"{rng.randint(1, 4)} mL (lot {_lot(rng)}, exp {_expiry(rng)}): {contrast}, no vascular uptake "
                  "on live fluoroscopy."])
    lines.append([f"Injectate: {injectate} (lot {_lot(rng)}, exp {_expiry(rng)})."])
    lines.append([f"Fluoro: GE OEC 9900 Elite, {round(rng.uniform(8, 45), 1)} s, {round(rng.uniform(2, 19), 1)} mGy, "
                  f"DAP {round(rng.uniform(5, 60), 1)} uGy*m2. Post: NRS {rng.randint(0, 4)}/10; to PACU bay "
                  f"{rng.randint(1, 8)}; no complication."])
    if n.has("proc.date", "proc.org", p=0.35):
        lines.append(["Prior outside injection at ", n.v("proc.org", rng.choice(_PRACTICES), "ORGANIZATION"),
                      " on ", n.v("proc.date", _real_date(rng, 2008, 2023), "DATE_REAL_YEAR"),
                      f" gave {rng.randint(30, 80)}% relief for {rng.randint(4, 16)} weeks."])
    if n.has("proc.age", p=0.1):
        lines.append(["Consent by the patient (", n.v("proc.age", _age90(rng), "AGE_OVER_89"),
                      " years old, capacity confirmed) after risks of infection, bleeding and nerve injury."])
    return lines


def _att_scs(n: _Note, sc: dict) -> Block:
    rng = n.rng
    system, ipg_model, lead_model = rng.choice(_SCS)
    ipg_serial = _serial(rng)
    lines: Block = [["SPINAL CORD STIMULATOR - IMPLANT RECORD AND PROGRAMMING SUMMARY"],
                    [f"System: {system} IPG, model {ipg_model} (rechargeable); leads x2, model {lead_model}"],
                    ["IPG serial: ", n.v("scs.ipg", ipg_serial, "DEVICE_ID"), "   Lead serials: L ",
                     n.v("scs.lead", _serial(rng), "DEVICE_ID"), " / R ___"]]
    if "scs.udi" in n.planted:
        lines.append(["IPG UDI (implant log): ", n.v("scs.udi", _udi(rng, _serial(rng)), "DEVICE_ID")])
    else:
        lines.append([f"Lead UDI (box label): {_udi(rng, None)}"])
    lines.append([f"Leads: tips at T{rng.choice((7, 8))} and T{rng.choice((8, 9))} superior endplates; impedances "
                  f"{rng.randint(380, 520)}-{rng.randint(700, 1200)} ohm; battery {rng.randint(60, 100)}%."])
    lines.append([f"P1 tonic {rng.choice((40, 50, 60))} Hz, {rng.choice((210, 300, 450))} us, "
                  f"{round(rng.uniform(1.2, 6.5), 1)} mA, 2-/3+;  P2 burst 500 Hz intraburst, 40 Hz;  "
                  f"P3 {rng.choice(('10 kHz', '1.2 kHz', 'DTM'))}. Paresthesia coverage {rng.randint(70, 100)}% of "
                  "the painful area."])
    lines.append([f"Clinician programmer firmware {rng.randint(2, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}; "
                  f"app {rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(10, 99)}; MRI mode "
                  "verified (full-body 1.5T conditional)."])
    rep: Line = ["Programmed with the manufacturer representative ", n.v("scs.rep", _full(rng), "PERSON")]
    if n.has("scs.phone", p=0.3):
        rep += [" (cell ", n.v("scs.phone", _phone(rng), "PHONE"), ")"]
    lines.append(rep)
    if n.has("scs.ip", p=0.25):
        lines.append(["Remote programming follow-up: patient app session from ", n.v("scs.ip", _ip(rng), "IP_ADDRESS"),
                      f", {n.sd(14)}, {rng.randint(10, 40)} min."])
    if n.has("scs.org", p=0.3):
        lines.append(["Trial performed at ", n.v("scs.org", rng.choice(_PRACTICES), "ORGANIZATION"),
                      f" ({rng.randint(5, 10)}-day trial, {rng.randint(55, 90)}% relief)."])
    return lines


_LETTER_FINDING = {
    "ra": "Ultrasound showed grade 2 synovitis with power Doppler signal at MCP2-3.",
    "axspa": "MRI of the sacroiliac joints shows active sacroiliitis by the ASAS definition.",
    "gout": "Dual-energy CT showed urate deposition at both first MTP joints and the right knee.",
    "osteo": "DXA shows osteoporosis at the lumbar spine with a new T12 fracture.",
    "gca": "Temporal artery ultrasound showed a bilateral halo sign.",
}
_LETTER_PLAN = {
    "ra": "continuing the biologic after the infection has cleared", "sle": "mycophenolate with belimumab",
    "gout": "pegloticase with methotrexate co-therapy", "ida": "completing the IV iron course and avoiding NSAIDs",
    "gca": "a tocilizumab-sparing steroid taper", "osteo": "zoledronic acid yearly for 3 years",
    "axspa": "a TNF inhibitor", "scs": "continued stimulator optimization", "pain": "buprenorphine maintenance",
}


def _att_ltr(n: _Note, sc: dict) -> Block:
    rng = n.rng
    he, his, man, title = n.pro
    town = rng.choice(_TOWNS)[0]
    lines: Block = [["RHEUMATOLOGY CONSULT LETTER (copied to chart)"],
                    ["Dear Dr. ", n.v("ltr.dear", _doc(rng), "PERSON"), ","]]
    opening: Line = [f"Thank you for asking me to see your patient, {title} ___, ", *_age_phrase(n, "ltr.age"),
                     f" {man}"]
    if n.has("ltr.town", p=0.4):
        opening += [" from ", n.v("ltr.town", town, "LOCATION")]
    opening.append(f", regarding {sc['dx'].split(';')[0]}.")
    lines.append(opening)
    lines.append([f"On examination there were {rng.randint(0, 12)} swollen joints; {rng.choice(_EPONYM_LINES)}. "
                  f"{_LETTER_FINDING.get(sc.get('kind', 'ra'), 'Inflammatory markers are trending down.')} I have "
                  f"suggested {_LETTER_PLAN[sc.get('kind', 'ra')]} and will see them again in 6 weeks."])
    if n.has("ltr.mrn", "ltr.org", p=0.3):
        lines.append(["Re: ___, MRN ", n.v("ltr.mrn", _mrn(rng), "MRN"), " - copy to ",
                      n.v("ltr.org", rng.choice(_PRACTICES + _HOSPITALS), "ORGANIZATION")])
    cc: Line = ["With kind regards, ___, MD"]
    if n.has("ltr.email", "ltr.fax", "ltr.phone", p=0.4):
        cc += ["  |  reply to ", n.v("ltr.email", _work_email(rng, rng.choice(_PRACTICES)), "EMAIL"), "  tel ",
               n.v("ltr.phone", _phone(rng), "PHONE"), "  fax ", n.v("ltr.fax", _phone(rng), "FAX")]
    lines.append(cc)
    return lines


_ATTACH: dict[str, Callable[[_Note, dict], Block]] = {
    "inf": _att_inf, "pdmp": _att_pdmp, "agr": _att_agr, "enr": _att_enr, "pa": _att_pa, "proc": _att_proc,
    "scs": _att_scs, "ltr": _att_ltr,
}


# -------------------------------------------------------------- radiology


def _rad_exam(n: _Note, kind: str) -> tuple[str, str, Block, Block, Block]:
    """(exam title, indication, technique, findings, impression) for one exam kind."""
    rng = n.rng
    side = rng.choice(("right", "left"))
    if kind == "xr_hands":
        return ("HAND AND WRIST RADIOGRAPHS, BILATERAL (PA, OBLIQUE AND LATERAL)",
                rng.choice(("rheumatoid arthritis on infliximab, assess erosive progression",
                            "polyarthralgia, positive anti-CCP, baseline films")),
                [[f"Three views of each hand and wrist, {rng.choice(_XR)}."]],
                [[f"Periarticular osteopenia. Marginal erosions at the {side} second and third MCP heads and the ulnar "
                  f"styloid; joint space narrowing at the radiocarpal joints. Modified Sharp/van der Heijde erosion "
                  f"score about {rng.randint(4, 40)}."],
                 ["No Heberden or Bouchard nodes. No chondrocalcinosis of the TFCC. No Kienbock disease; lunate "
                  "normal in density. Soft tissue swelling about the PIP joints."],
                 [f"Ulnar deviation at the MCP joints, {rng.randint(5, 25)} degrees on the {side}."]],
                [["Erosive inflammatory arthropathy consistent with rheumatoid arthritis, progressed compared with the "
                  "prior study."]])
    if kind == "xr_si":
        grade = rng.randint(1, 4)
        return ("PELVIS AP AND SACROILIAC JOINTS (FERGUSON VIEW)",
                "inflammatory back pain, HLA-B27 positive, evaluate for sacroiliitis",
                [[f"AP pelvis and angled Ferguson view, {rng.choice(_XR)}."]],
                [[f"Bilateral sacroiliac joint subchondral sclerosis and erosions, grade {grade} on the right and "
                  f"grade {max(1, grade - 1)} on the left (modified New York criteria)."],
                 ["No syndesmophytes on the visualized lower lumbar spine. Hips preserved; no protrusio acetabuli. "
                  "Enthesophytes at the ischial tuberosities. Bertolotti transitional L5 not present."]],
                [[f"Bilateral sacroiliitis, grade {grade}/{max(1, grade - 1)}, meeting radiographic criteria for "
                  "ankylosing spondylitis."]])
    if kind == "us_wrist":
        return ("ULTRASOUND, BILATERAL WRISTS AND MCP JOINTS (MUSCULOSKELETAL)",
                "seronegative polyarthritis, evaluate subclinical synovitis before escalating therapy",
                [[f"Grey-scale and power Doppler imaging, {rng.choice(_US)}; PRF 0.5-0.8 kHz."]],
                [[f"Grade {rng.randint(1, 3)} grey-scale synovitis with grade {rng.randint(0, 3)} power Doppler signal "
                  f"(OMERACT-EULAR) at the {side} radiocarpal, intercarpal and second MCP joints."],
                 [f"Tenosynovitis of the {side} extensor carpi ulnaris with Doppler signal; median nerve CSA "
                  f"{rng.randint(8, 14)} mm2 at the pisiform (upper limit 10 mm2). Double-contour sign absent; no "
                  "tophi. Cortical erosion 2.1 mm at the radial aspect of MCP2."]],
                [["Active synovitis and ECU tenosynovitis; findings support inflammatory arthritis."]])
    if kind == "mri_si":
        return ("MRI SACROILIAC JOINTS WITHOUT CONTRAST",
                "suspected axial spondyloarthritis, CRP elevated, NSAID failure",
                [[f"Oblique coronal STIR and T1, axial T2 FS, {rng.choice(_MR)}."]],
                [[f"Subchondral bone marrow edema on STIR at the {side} iliac and sacral sides of the SI joint, on "
                  f"{rng.randint(2, 4)} consecutive slices, meeting the ASAS definition of active sacroiliitis."],
                 ["Erosions and backfill at the iliac side; periarticular fat metaplasia. Capsulitis. No ankylosis. "
                  "Lumbosacral transitional anatomy absent. Incidental Tarlov cyst at S2 measuring 1.4 cm."]],
                [[f"Active {side}-predominant sacroiliitis with structural lesions, consistent with axial "
                  "spondyloarthritis."]])
    if kind == "mri_cs":
        return ("MRI CERVICAL SPINE WITHOUT CONTRAST",
                "rheumatoid arthritis with neck pain and hand paresthesias, evaluate atlantoaxial instability",
                [[f"Sagittal T1, T2, STIR and axial T2 images, {rng.choice(_MR)}."]],
                [[f"Pannus at the atlantodental interval; ADI {round(rng.uniform(2.5, 6.5), 1)} mm in neutral. No "
                  "basilar invagination (Ranawat and Redlund-Johnell measurements within normal limits)."],
                 [f"C5-6 disc osteophyte complex with moderate {side} foraminal narrowing; no cord signal "
                  "abnormality. C6-7 mild central narrowing."]],
                [["Atlantoaxial pannus without instability on neutral imaging; C5-6 foraminal stenosis."]])
    if kind == "dxa":
        t = round(rng.uniform(-3.8, -1.1), 1)
        return ("DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA), LUMBAR SPINE AND BOTH HIPS",
                "glucocorticoid use > 3 months, prior distal radius fracture; monitoring on therapy",
                [[f"{rng.choice(_DXA)}; reference database NHANES III (hips) and manufacturer (spine). Precision "
                  "(LSC) 0.025 g/cm2 spine."]],
                [[f"L1-L4 BMD {round(rng.uniform(0.62, 0.98), 3)} g/cm2, T-score {t}, Z-score "
                  f"{round(t + rng.uniform(0.4, 1.6), 1)}. L3 excluded (compression deformity)."],
                 [f"Left femoral neck BMD {round(rng.uniform(0.5, 0.8), 3)} g/cm2, T-score "
                  f"{round(rng.uniform(-3.2, -1.0), 1)}; total hip T-score {round(rng.uniform(-2.8, -0.8), 1)}."],
                 [f"FRAX (with glucocorticoid adjustment): major osteoporotic {rng.randint(9, 40)}%, hip "
                  f"{round(rng.uniform(1.2, 12.0), 1)}%. TBS {round(rng.uniform(1.15, 1.38), 3)}. Change since prior "
                  f"{round(rng.uniform(-6.0, 4.0), 1)}% (compare with the LSC)."]],
                [["Osteoporosis by WHO criteria." if t <= -2.5 else "Low bone mass (osteopenia)."]])
    if kind == "xr_scs":
        return ("THORACIC SPINE RADIOGRAPHS, AP AND LATERAL (STIMULATOR LEAD CHECK)",
                "new spinal cord stimulator, loss of paresthesia coverage, evaluate lead migration",
                [[f"Two views, {rng.choice(_XR)}."]],
                [[f"Two percutaneous 8-contact epidural leads with tips at the T{rng.choice((7, 8))} and "
                  f"T{rng.choice((8, 9))} levels; the left lead has migrated inferiorly by about one vertebral body "
                  "compared with the intraoperative fluoroscopy."],
                 ["Generator projects over the right buttock soft tissues. Postoperative changes of L4-S1 fusion with "
                  "intact hardware. No fracture. Schmorl node at T11."]],
                [["Caudal migration of the left lead by one level; right lead unchanged."]])
    if kind == "fl_esi":
        return ("FLUOROSCOPICALLY GUIDED L5-S1 INTERLAMINAR EPIDURAL STEROID INJECTION",
                "L5 radiculopathy with disc protrusion, failed conservative therapy",
                [[f"Consent obtained. Prone. Sterile prep. 1% lidocaine local. 20G Tuohy needle, loss of resistance to "
                  f"saline. Isovue-M 200 {rng.randint(1, 3)} mL (lot {_lot(rng)}, exp {_expiry(rng)}) confirmed "
                  "epidural spread without vascular uptake."]],
                [[f"Injectate: triamcinolone 80 mg with 3 mL preservative-free saline. Fluoroscopy time "
                  f"{round(rng.uniform(10, 50), 1)} s; reference air kerma {round(rng.uniform(2, 20), 1)} mGy. "
                  "No immediate complication; patient ambulated to recovery."]],
                [["Technically successful L5-S1 interlaminar epidural steroid injection."]])
    # lumbar spine MRI (default)
    return ("MRI LUMBAR SPINE WITHOUT CONTRAST",
            rng.choice(("chronic low back pain with radiculopathy, pre-procedure planning",
                        "persistent pain after L4-S1 fusion, candidate for spinal cord stimulator")),
            [[f"Sagittal T1, T2, STIR; axial T2 from L2 to S1; {rng.choice(_MR)}."]],
            [[f"L4-5: broad-based disc bulge with facet arthropathy and ligamentum flavum thickening; moderate central "
              f"canal stenosis (AP {round(rng.uniform(6, 11), 1)} mm) and {side} foraminal narrowing."],
             [f"L5-S1: Modic type {rng.choice((1, 2))} endplate changes, {side} paracentral protrusion contacting "
              "the traversing S1 root. Schmorl nodes at L1 and L2. Baastrup phenomenon L3-5."],
             ["Conus terminates at L1. Tarlov cyst at S2. Paraspinal muscles: fatty atrophy, Goutallier grade 2."]],
            [[f"Multilevel degenerative change, worst at L4-5 (moderate stenosis) and L5-S1 ({side} S1 root "
              "contact)."]])


_RAD_KINDS = ("xr_hands", "xr_si", "us_wrist", "mri_si", "mri_cs", "dxa", "xr_scs", "fl_esi", "mri_ls")
_RAD_CPT = {"xr_hands": "73130", "xr_si": "72202", "us_wrist": "76882", "mri_si": "72195", "mri_cs": "72141",
            "dxa": "77080", "xr_scs": "72072", "fl_esi": "62323", "mri_ls": "72148"}
_RAD_ICD = {"xr_hands": "M05.79", "xr_si": "M45.9", "us_wrist": "M06.9", "mri_si": "M46.1", "mri_cs": "M05.79",
            "dxa": "M81.0", "xr_scs": "M96.1", "fl_esi": "M54.16", "mri_ls": "M54.16"}
_RAD_EXTRA = {
    "mri": ("Vertebral body heights are maintained; marrow signal is otherwise normal.",
            "No epidural collection, discitis or abnormal paraspinal edema.",
            "Typical hemangioma in the L2 vertebral body.", "Small facet joint effusions at L4-5 bilaterally.",
            "Visualized retroperitoneum unremarkable apart from simple renal cysts (Bosniak I).",
            "Partially imaged sacroiliac joints without marrow edema.",
            "No Chiari malformation; craniocervical junction otherwise normal.",
            "Incidental Tornwaldt cyst." ),
    "xr": ("Bone mineralization is diffusely decreased.", "Vascular calcifications in the soft tissues.",
           "No acute fracture or dislocation.", "Soft tissues otherwise unremarkable.",
           "Mild degenerative change at the first carpometacarpal joints.",
           "Calcaneal enthesophytes at the plantar fascia insertion.",
           "Surgical clips in the right upper quadrant (cholecystectomy)."),
    "us": ("No joint effusion at the elbows.", "Flexor tendons intact without tear or tenosynovitis.",
           "No erosion at the fifth MTP joints on limited survey.", "Enthesis of the triceps normal.",
           "No ganglion cyst; ulnar nerve stable in the cubital tunnel on flexion.",
           "Cartilage of the MCP heads preserved in thickness."),
    "dxa": ("Forearm (33% radius) T-score -2.1.", "Vertebral fracture assessment (VFA): grade 2 wedge deformity "
            "at T12 (Genant semiquantitative method).", "Scan quality good; no motion or metal artifact.",
            "Both hips analyzed; the lower T-score is reported.", "Height 158.2 cm (historical maximum 163 cm)."),
}
_RAD_RECS = {
    "mri": ("Clinical correlation with rheumatology findings recommended.",
            "Consider follow-up imaging in 6-12 months on the same scanner to assess treatment response.",
            "Recommend correlation with inflammatory markers and HLA-B27 status.",
            "No further imaging needed at this time."),
    "xr": ("Clinical correlation recommended.", "No further imaging needed at this time.",
           "Follow-up radiographs in 12 months to assess progression."),
    "xr_scs": ("Device representative to reprogram; repeat films if coverage does not improve.",),
    "us": ("Consider ultrasound-guided injection of the ECU tendon sheath if symptoms persist.",
           "Follow-up ultrasound after 3 months of therapy to document response."),
    "dxa": ("Repeat DXA in 2 years on the same instrument; treatment per BHOF guidance.",
            "Consider vertebral imaging if height loss exceeds 4 cm."),
}
_RAD_DEVICE_KINDS = ("mri_ls", "mri_cs", "xr_scs", "mri_si")


def _radiology(n: _Note) -> list[tuple[Block, bool]]:
    rng = n.rng
    he, his, man, title = n.pro
    pl = n.planted
    if any(k in pl for k in ("rtech.ipg", "rtech.udi")):
        kind = rng.choice(_RAD_DEVICE_KINDS)
    else:
        kind = rng.choice(_RAD_KINDS)
    exam, ind, tech, finds, imp = _rad_exam(n, kind)
    group = "xr" if kind.startswith(("xr", "fl")) else kind.split("_")[0]
    finds = finds + [[x] for x in rng.sample(_RAD_EXTRA[group], rng.randint(2, 4))]
    imp = imp + [[rng.choice(_RAD_RECS["xr_scs" if kind == "xr_scs" else group])]]
    blocks: list[tuple[Block, bool]] = []
    if n.has("rhdr.acc", "rhdr.mrn", "rhdr.dob", "rhdr.ref", p=0.35):
        blocks.append(([["Accession: ", n.v("rhdr.acc", _account(rng, "acc"), "ACCOUNT"), "   MRN: ",
                         n.v("rhdr.mrn", _mrn(rng), "MRN"), "   DOB: ",
                         n.v("rhdr.dob", _real_date(rng, 1926, 1995), "DATE_REAL_YEAR")],
                        ["Referring: Dr. ", n.v("rhdr.ref", _doc(rng), "PERSON"),
                         f"   Exam code {_RAD_CPT[kind]}   Protocolled by ___"]], False))
    blocks.append(([[f"EXAMINATION:  {exam}"]], False))
    ind_line: Line = ["INDICATION:  ", *_age_phrase(n, "rind.age", article=False), f" {man} with {ind}."]
    if n.has("rind.dr", p=0.3):
        svc = {"dxa": "the bone health clinic", "xr_scs": "the pain service", "fl_esi": "the pain service",
               "mri_ls": "the spine center"}.get(kind, "rheumatology")
        ind_line += [f" Requested by {svc} (Dr. ", n.v("rind.dr", _doc(rng), "PERSON"), ")."]
    if n.has("rind.city", p=0.1):
        ind_line += [" Patient traveled from ", n.v("rind.city", rng.choice(_TOWNS)[0], "LOCATION"),
                     " for the examination."]
    blocks.append(([ind_line], False))
    tech_block: Block = [["TECHNIQUE:  " + str(tech[0][0])]] + tech[1:]
    if kind in _RAD_DEVICE_KINDS and n.has("rtech.ipg", "rtech.udi", p=0.3):
        system, ipg_model, lead_model = rng.choice(_SCS)
        if kind.startswith("mri"):
            tech_block.append([f"Spinal cord stimulator ({system}, IPG model {ipg_model}, serial ",
                               n.v("rtech.ipg", _serial(rng), "DEVICE_ID"),
                               ") placed in MRI mode by the device representative; scanned under MR-conditional "
                               "labeling, B1+rms <= 2.0 uT, normal operating mode."])
        else:
            tech_block.append([f"Generator {system} model {ipg_model}, serial ",
                               n.v("rtech.ipg", _serial(rng), "DEVICE_ID"), " per the patient's implant card."])
        if "rtech.udi" in n.planted:
            tech_block.append(["Implant card UDI: ", n.v("rtech.udi", _udi(rng, _serial(rng)), "DEVICE_ID")])
        else:
            tech_block.append([f"Lead box label UDI {_udi(rng, None)} (model and lot only)."])
    blocks.append((tech_block, False))
    cmp: Line = ["COMPARISON:  "]
    if n.has("rcmp.date", "rcmp.org", "rcmp.city", "rcmp.mrn", "rcmp.acc", p=0.45):
        cmp += [rng.choice(("Outside study from ", "Outside images (CD) from ")),
                n.v("rcmp.org", rng.choice(_IMAGING + _HOSPITALS), "ORGANIZATION")]
        if n.has("rcmp.city", p=0.4):
            cmp += [" in ", n.v("rcmp.city", rng.choice(_TOWNS)[0], "LOCATION")]
        cmp += [" dated ", n.v("rcmp.date", _real_date(rng, 2004, 2023), "DATE_REAL_YEAR")]
        if n.has("rcmp.mrn", "rcmp.acc", p=0.3):
            cmp += [" (outside MRN ", n.v("rcmp.mrn", _mrn(rng), "MRN"), ", accession ",
                    n.v("rcmp.acc", _account(rng, "acc"), "ACCOUNT"), ")"]
        cmp.append(f"; also {n.sd(-rng.randint(60, 900))} at this institution.")
    else:
        cmp.append(rng.choice((f"{n.sd(-rng.randint(60, 900))}.", "None.", "___.",
                               f"Outside study dated ___ (report only); {n.sd(-rng.randint(30, 400))}.")))
    comp_block: Block = [cmp]
    if n.has("rcmp.url", "rcmp.ip", "rcmp.email", p=0.12):
        comp_block.append(["Outside images were uploaded by the patient's family through ",
                           n.v("rcmp.url", _share_url(rng), "URL"), " (upload from ",
                           n.v("rcmp.ip", _ip(rng), "IP_ADDRESS"), "; sender ",
                           n.v("rcmp.email", _email(rng), "EMAIL"), ")."])
    blocks.append((comp_block, False))
    blocks.append(([["FINDINGS:"], *finds], False))
    blocks.append(([["IMPRESSION:"], *imp], False))
    rreq_keys = ("rreq.order", "rreq.name", "rreq.npi", "rreq.phone", "rreq.fax", "rreq.ssn", "rreq.member",
                 "rreq.street", "rreq.city", "rreq.zip", "rreq.org", "rreq.email", "rreq.dob")
    if n.has(*rreq_keys, p=0.2):
        town, st, z = rng.choice(_TOWNS)
        head = ("OUTSIDE SECOND-OPINION REQUEST (scanned requisition, OCR):" if kind.startswith(("mri", "xr_h"))
                else "SCANNED ORDER REQUISITION (OCR):")
        req: Block = [[head],
                      ["Order # ", n.v("rreq.order", _account(rng), "ACCOUNT"), "   Ordering: ",
                       n.v("rreq.name", _full(rng), "PERSON"), ", MD  NPI ", n.v("rreq.npi", _npi(rng), "LICENSE")],
                      ["Practice: ", n.v("rreq.org", rng.choice(_PRACTICES), "ORGANIZATION"), "   Tel ",
                       n.v("rreq.phone", _phone(rng), "PHONE"), "   Fax ", n.v("rreq.fax", _phone(rng), "FAX")]]
        if n.has("rreq.street", "rreq.city", "rreq.zip", "rreq.dob", p=0.5):
            req.append(["Patient address: ", n.v("rreq.street", _street(rng), "STREET_ADDRESS"), ", ",
                        n.v("rreq.city", town, "LOCATION"), f", {st} ", n.v("rreq.zip", _zip(rng, z), "ZIP"),
                        "   DOB ", n.v("rreq.dob", _real_date(rng, 1926, 1995), "DATE_REAL_YEAR")])
        if n.has("rreq.ssn", "rreq.member", "rreq.email", p=0.5):
            req.append(["SSN ", n.v("rreq.ssn", _ssn(rng), "SSN"), "   Insurance ID ",
                        n.v("rreq.member", _member(rng), "HEALTH_PLAN"), "   Patient e-mail ",
                        n.v("rreq.email", _email(rng), "EMAIL")])
        req.append([f"CPT {_RAD_CPT[kind]}; ICD-10 {_RAD_ICD[kind]}; outside media QA passed (DICOM, "
                    f"{rng.randint(120, 2400)} images)."])
        blocks.append((req, False))
    foot: Block = []
    if n.has("rfoot.dr", "rfoot.phone", "rfoot.pager", p=0.35):
        note: Line = ["NOTIFICATION:  The findings were discussed with Dr. ", n.v("rfoot.dr", _doc(rng), "PERSON"),
                      " by ___, M.D."]
        if "rfoot.phone" in n.planted or ("rfoot.pager" not in n.planted and rng.random() < 0.6):
            note += [" by telephone at ", n.v("rfoot.phone", _phone(rng), "PHONE")]
        if "rfoot.pager" in n.planted or rng.random() < 0.2:
            note += [" after a page to ", n.v("rfoot.pager", _pager(rng), "PAGER")]
        note.append(f" on {n.sd(0)} at {n.t()}, 10 minutes after discovery.")
        foot.append(note)
    if n.has("rfoot.fax", p=0.15):
        foot.append(["Final report faxed to the referring office at ", n.v("rfoot.fax", _phone(rng), "FAX"), "."])
    if n.has("rfoot.rad", p=0.2):
        foot.append(["Interpreting radiologist: ", n.v("rfoot.rad", _full(rng), "PERSON"), ", MD"])
    if foot:
        blocks.append((foot, False))
    dose = {"xr": "radiation dose recorded in the dose registry (ALARA)", "mri": "no ionizing radiation",
            "us": "no ionizing radiation", "dxa": "effective dose below 10 uSv"}[group]
    edu = rng.choice((_PUBLIC_URLS[0], _PUBLIC_URLS[5], _PUBLIC_URLS[6]))
    blocks.append(([[f"Safety: {dose}. Patient education: {edu}."]], True))
    return blocks


# -------------------------------------------------------------- plan: which slots leak

# slot key -> category; discharge keys with a dot-prefix in _ATTACH belong to that attachment
_SLOTS_D: dict[str, str] = {
    "hdr.name": "PERSON", "hdr.mrn": "MRN", "hdr.adm": "DATE_REAL_YEAR", "hdr.dob": "DATE_REAL_YEAR",
    "hdr.att": "PERSON",
    "hpi.age": "AGE_OVER_89", "hpi.pcp": "PERSON", "hpi.org": "ORGANIZATION", "hpi.city": "LOCATION",
    "hpi.date": "DATE_REAL_YEAR", "hpi.omrn": "MRN", "pmh.dev": "DEVICE_ID",
    "soc.town": "LOCATION", "soc.rel": "PERSON", "soc.phone": "PHONE", "soc.email": "EMAIL",
    "soc.employer": "ORGANIZATION", "soc.church": "ORGANIZATION", "soc.from": "LOCATION",
    "soc.dod": "DATE_REAL_YEAR", "soc.plate": "VEHICLE_ID", "soc.url": "URL",
    "res.acc": "ACCOUNT", "res.spec": "ACCOUNT",
    "course.cons": "PERSON", "course.pager": "PAGER", "course.snf": "ORGANIZATION",
    "cm.member": "HEALTH_PLAN", "cm.mbi": "HEALTH_PLAN", "cm.ssn": "SSN", "cm.street": "STREET_ADDRESS",
    "cm.city": "LOCATION", "cm.zip": "ZIP", "cm.phone": "PHONE", "cm.email": "EMAIL", "cm.vin": "VEHICLE_ID",
    "cm.fin": "ACCOUNT",
    "instr.ip": "IP_ADDRESS", "fu.dr": "PERSON", "fu.org": "ORGANIZATION", "fu.phone": "PHONE", "fu.fax": "FAX",
    "fu.pager": "PAGER", "fu.url": "URL", "sig.name": "PERSON", "sig.npi": "LICENSE", "sig.lic": "LICENSE",
    "inf.mrn": "MRN", "inf.order": "ACCOUNT", "inf.member": "HEALTH_PLAN", "inf.pharmd": "PERSON",
    "inf.rn": "PERSON", "inf.pager": "PAGER", "inf.date": "DATE_REAL_YEAR", "inf.org": "ORGANIZATION",
    "pdmp.dob": "DATE_REAL_YEAR", "pdmp.zip": "ZIP", "pdmp.presc": "PERSON", "pdmp.dea": "LICENSE",
    "pdmp.pharm": "ORGANIZATION", "pdmp.pcity": "LOCATION", "pdmp.pphone": "PHONE",
    "agr.dl": "LICENSE", "agr.date": "DATE_REAL_YEAR", "agr.pharm": "ORGANIZATION", "agr.phone": "PHONE",
    "agr.email": "EMAIL", "agr.street": "STREET_ADDRESS", "agr.city": "LOCATION", "agr.ssn": "SSN",
    "agr.uds": "ACCOUNT", "agr.plate": "VEHICLE_ID", "agr.witness": "PERSON", "agr.ip": "IP_ADDRESS",
    "enr.pharm": "ORGANIZATION", "enr.dob": "DATE_REAL_YEAR", "enr.ssn": "SSN", "enr.street": "STREET_ADDRESS",
    "enr.city": "LOCATION", "enr.zip": "ZIP", "enr.phone": "PHONE", "enr.email": "EMAIL",
    "enr.member": "HEALTH_PLAN", "enr.mbi": "HEALTH_PLAN", "enr.presc": "PERSON", "enr.npi": "LICENSE",
    "enr.fax": "FAX", "enr.url": "URL", "enr.ip": "IP_ADDRESS",
    "pa.dob": "DATE_REAL_YEAR", "pa.member": "HEALTH_PLAN", "pa.mrn": "MRN", "pa.sign": "PERSON",
    "pa.org": "ORGANIZATION", "pa.npi": "LICENSE", "pa.phone": "PHONE", "pa.fax": "FAX",
    "proc.op": "PERSON", "proc.npi": "LICENSE", "proc.pager": "PAGER", "proc.req": "ACCOUNT",
    "proc.date": "DATE_REAL_YEAR", "proc.org": "ORGANIZATION", "proc.age": "AGE_OVER_89",
    "scs.ipg": "DEVICE_ID", "scs.lead": "DEVICE_ID", "scs.udi": "DEVICE_ID", "scs.rep": "PERSON",
    "scs.phone": "PHONE", "scs.ip": "IP_ADDRESS", "scs.org": "ORGANIZATION",
    "ltr.dear": "PERSON", "ltr.age": "AGE_OVER_89", "ltr.town": "LOCATION", "ltr.mrn": "MRN",
    "ltr.org": "ORGANIZATION", "ltr.email": "EMAIL", "ltr.phone": "PHONE", "ltr.fax": "FAX",
}
_SLOTS_R: dict[str, str] = {
    "rhdr.acc": "ACCOUNT", "rhdr.mrn": "MRN", "rhdr.dob": "DATE_REAL_YEAR", "rhdr.ref": "PERSON",
    "rind.age": "AGE_OVER_89", "rind.dr": "PERSON", "rind.city": "LOCATION",
    "rtech.ipg": "DEVICE_ID", "rtech.udi": "DEVICE_ID",
    "rcmp.org": "ORGANIZATION", "rcmp.city": "LOCATION", "rcmp.date": "DATE_REAL_YEAR", "rcmp.mrn": "MRN",
    "rcmp.acc": "ACCOUNT", "rcmp.url": "URL", "rcmp.ip": "IP_ADDRESS", "rcmp.email": "EMAIL",
    "rreq.order": "ACCOUNT", "rreq.name": "PERSON", "rreq.npi": "LICENSE", "rreq.org": "ORGANIZATION",
    "rreq.phone": "PHONE", "rreq.fax": "FAX", "rreq.street": "STREET_ADDRESS", "rreq.city": "LOCATION",
    "rreq.zip": "ZIP", "rreq.dob": "DATE_REAL_YEAR", "rreq.ssn": "SSN", "rreq.member": "HEALTH_PLAN",
    "rreq.email": "EMAIL",
    "rfoot.dr": "PERSON", "rfoot.phone": "PHONE", "rfoot.pager": "PAGER", "rfoot.fax": "FAX", "rfoot.rad": "PERSON",
}
# a leaked identifier sometimes drags its neighbours along: (slot, probability, part of the same identifier?).
# Address parts and a facility's town belong to the same identifier; the others count as one more identifier.
_COMPANIONS: dict[str, tuple[tuple[str, float, bool], ...]] = {
    "cm.street": (("cm.city", 0.8, True), ("cm.zip", 0.7, True)),
    "enr.street": (("enr.city", 0.85, True), ("enr.zip", 0.8, True)),
    "agr.street": (("agr.city", 0.7, True),),
    "rreq.street": (("rreq.city", 0.85, True), ("rreq.zip", 0.75, True)),
    "pdmp.pharm": (("pdmp.pcity", 0.5, True), ("pdmp.presc", 0.3, False)),
    "hpi.org": (("hpi.city", 0.4, True),),
    "rcmp.org": (("rcmp.city", 0.4, True), ("rcmp.date", 0.5, False)),
    "hpi.pcp": (("hpi.org", 0.3, False),),
    "pdmp.presc": (("pdmp.dea", 0.3, False),),
    "enr.presc": (("enr.npi", 0.3, False),),
    "scs.ipg": (("scs.lead", 0.25, False),),
    "pa.sign": (("pa.org", 0.4, False),),
    "rreq.name": (("rreq.org", 0.35, False),),
    "fu.org": (("fu.dr", 0.4, False),),
    "inf.org": (("inf.date", 0.3, False),),
    "proc.org": (("proc.date", 0.4, False),),
    "rreq.org": (("rreq.name", 0.4, False),),
    "hdr.mrn": (("hdr.name", 0.4, False),),
    "hdr.name": (("hdr.dob", 0.3, False),),
    "rhdr.acc": (("rhdr.mrn", 0.3, False),),
    "rhdr.mrn": (("rhdr.dob", 0.4, False),),
}
# how often each category is drawn (address parts and towns also leak as companions, so drawn less)
_DECK_WEIGHT = {"ZIP": 2, "LOCATION": 3, "PERSON": 6, "DATE_REAL_YEAR": 6, "ORGANIZATION": 6}
_DECK = [c for c in CATEGORIES for _ in range(_DECK_WEIGHT.get(c, 5))]
random.Random("notes-holdout29-deck").shuffle(_DECK)
_NO_RADIOLOGY = ("VEHICLE_ID",)


def _attachment_of(key: str) -> str | None:
    head = key.split(".", 1)[0]
    return head if head in _ATTACH else None


def _plan(rng: random.Random, seed: int, i: int) -> tuple[str, bool, str, set[str]]:
    """(note type, heavily masked?, discharge scenario, planted slot keys) for note i."""
    note_type = "radiology" if rng.random() < 0.5 else "discharge"
    kind = rng.choice(_KINDS)
    # stratified over i so that every seed has close to 5 % heavily masked and 58.5 % planted notes
    u = ((i * 61 + seed * 17) % 200 + rng.random()) / 200
    if u < 0.05:
        return note_type, True, kind, set()
    if u < 0.415:
        return note_type, False, kind, set()
    k = rng.choices((1, 2, 3, 4), weights=(1, 1, 3, 5))[0]
    # categories come from a fixed shuffled deck walked by i, so every seed gets a balanced mix
    p = (i * 4 + seed * 11) % len(_DECK)
    cats = [_DECK[(p + j) % len(_DECK)] for j in range(k)]
    if note_type == "radiology" and any(c in _NO_RADIOLOGY for c in cats):
        note_type = "discharge"
    slots = _SLOTS_R if note_type == "radiology" else _SLOTS_D
    allowed = set(_scenario_attach(kind))
    planted: set[str] = set()
    queue = list(cats)
    n_ids = 0
    while queue and n_ids < k:
        cat = queue.pop(0)
        attached = {a for a in map(_attachment_of, planted) if a}
        cands = [key for key, c in slots.items() if c == cat and key not in planted]
        if note_type == "discharge":
            cands = [key for key in cands if (_attachment_of(key) is None or _attachment_of(key) in allowed)]
            if len(attached) >= 2:
                cands = [key for key in cands if _attachment_of(key) in (None, *attached)]
        if not cands:
            continue
        key = rng.choice(sorted(cands))
        planted.add(key)
        n_ids += 1
        for comp, prob, same in _COMPANIONS.get(key, ()):
            if rng.random() >= prob or comp in planted:
                continue
            if same:
                planted.add(comp)
            elif n_ids < k:
                planted.add(comp)
                n_ids += 1
                if queue:
                    queue.pop()
    return note_type, False, kind, planted


_SCENARIO_ATTACH = {
    "ra": ("inf", "enr", "pa", "ltr"), "sle": ("inf", "pa", "ltr"), "gout": ("inf", "pa", "ltr"),
    "ida": ("inf", "ltr"), "gca": ("inf", "pa", "enr"), "osteo": ("inf", "ltr", "pa"),
    "scs": ("scs", "proc", "pdmp", "agr"), "pain": ("pdmp", "agr", "proc"), "axspa": ("enr", "pa", "ltr", "proc"),
}


def _scenario_attach(kind: str) -> tuple[str, ...]:
    return _SCENARIO_ATTACH[kind]


def _discharge(n: _Note, kind: str) -> list[tuple[Block, bool]]:
    rng = n.rng
    sc = _scenario(n, kind)
    sc["area"], sc["icd"], sc["kind"] = _AREA[kind], _KIND_ICD[kind], kind
    needed = sorted({a for a in map(_attachment_of, n.planted) if a})
    pool = [a for a in _SCENARIO_ATTACH[kind] if a not in needed]
    rng.shuffle(pool)
    extra_n = (2 if n.heavy else rng.choice((0, 1, 1, 1, 2))) - len(needed)
    attachments = needed + pool[:max(0, extra_n)]
    exam = _exam_results(n, sc)
    tail = _discharge_tail(n, sc)
    cut = tail.index([])
    blocks: list[tuple[Block, bool]] = [
        (_hdr(n, sc), False), (_hpi(n, sc), False), (_pmh(n) + _social(n), False),
        (exam[1:3], True), (exam[4:], False), (_course(n, sc), False),
    ]
    if n.heavy or any(k.startswith("cm.") for k in n.planted) or rng.random() < 0.3:
        blocks.append((_case_mgmt(n, sc), True))
    blocks += [(tail[:cut], True), (tail[cut + 1:], False)]
    for a in attachments:
        blocks.append((_ATTACH[a](n, sc), a not in needed))
    return blocks


_MIN_LEN, _MAX_LEN = 1000, 6000


def _assemble(blocks: list[tuple[Block, bool]], limit: int = _MAX_LEN) -> tuple[str, list[tuple[int, int, str]]]:
    def render(bs: list[tuple[Block, bool]]) -> tuple[str, list[tuple[int, int, str]]]:
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for bi, (block, _opt) in enumerate(bs):
            for li, line in enumerate(block):
                if bi or li:
                    sep = "\n\n" if (li == 0 and bi) else "\n"
                    parts.append(sep)
                    pos += len(sep)
                for piece in line:
                    if isinstance(piece, str):
                        parts.append(piece)
                        pos += len(piece)
                    else:
                        value, cat = piece
                        spans.append((pos, pos + len(value), cat))
                        parts.append(value)
                        pos += len(value)
        return "".join(parts), spans

    def planted_in(block: Block) -> bool:
        return any(isinstance(p, tuple) for line in block for p in line)

    kept = list(blocks)
    text, spans = render(kept)
    while len(text) > limit:
        droppable = [j for j, (b, opt) in enumerate(kept) if opt and not planted_in(b)]
        if not droppable:
            break
        del kept[droppable[-1]]
        text, spans = render(kept)
    return text, spans


def holdout29_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed``; deterministic and independent of every other note."""
    rng = random.Random(f"notes-holdout29|{seed}|{i}")
    note_type, heavy, kind, planted = _plan(rng, seed, i)
    for attempt in range(12):
        # re-draw the filler (never the plan) until the note has a realistic length
        if attempt:
            rng = random.Random(f"notes-holdout29|{seed}|{i}|redraw{attempt}")
        n = _Note(rng, planted, heavy)
        blocks = _radiology(n) if note_type == "radiology" else _discharge(n, kind)
        text, spans = _assemble(blocks)
        if _MIN_LEN <= len(text) <= _MAX_LEN:
            break
    missing = planted - n.realized
    if missing:
        raise AssertionError(f"holdout29 note {seed}/{i}: planted slots not rendered: {sorted(missing)}")
    return LabelledNote(note_type=note_type, text=text, spans=spans)


def holdout29_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout29_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout29_corpus, argv,
        "Held-out corpus 29 (blind): rheumatology, infusion centre and pain medicine notes with planted identifiers",
    )
    report("holdout29", args, notes, hits, res)


if __name__ == "__main__":
    main()
