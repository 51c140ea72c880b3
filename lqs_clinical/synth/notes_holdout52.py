"""Held-out corpus 52: interpreter services and language access.

MIMIC-IV-Note-shaped documents from an interpreter-services and language-access setting. Most
identifiers are masked as ``___``; unmasked dates are shifted into 2100-2200 and never labelled.
About 58% of the notes carry 1-4 identifiers that escaped masking (labelled spans), exactly 5% are
"heavy" (many ``___``, no plants), the rest are clean.

Document kinds (note type in brackets):

- ``interpreter_encounter_log`` [discharge] -- Interpreter Services log of a stay's sessions (pipe
  table or aligned columns), coordinator notes, footer;
- ``vri_session_record`` [discharge] -- video remote interpreting record pasted from the VRI
  platform (key/value system text), clinician narrative, technical problems;
- ``telephone_vendor_call`` [discharge] -- over-the-phone interpreting vendor call record with a
  table of vendor call ids, relay/rare-language notes;
- ``bilingual_consent`` [discharge] -- procedure consent documented in English and the patient's
  language, signature block, interpreter attestation;
- ``language_registration_update`` [discharge] -- registration/ADT demographic change (old/new
  value columns, audit trail), insurance and identity verification;
- ``language_access_complaint`` [discharge] -- patient-relations grievance about language access,
  investigation, response letter with address block;
- ``discharge_summary_interpreted`` [discharge] -- discharge summary in the MIMIC layout with
  interpreter-mediated history and teach-back;
- ``family_meeting_interpreted`` [discharge] -- goals-of-care family meeting held through an
  interpreter, attendee list;
- ``asl_cdi_request`` [discharge] -- ASL / certified deaf interpreter request and communication
  plan (videophone, hearing devices);
- ``ct_interpreter_attestation`` [radiology] -- CT report with contrast screening done through an
  interpreter and an attestation paragraph;
- ``mri_screening_interpreted`` [radiology] -- MRI report with an interpreted safety screening and
  implant table;
- ``ob_ultrasound_interpreted`` [radiology] -- obstetric ultrasound, results given through an
  interpreter;
- ``ir_procedure_attested`` [radiology] -- interventional radiology procedure report, interpreted
  consent, devices used;
- ``radiograph_vri_attested`` [radiology] -- plain-film report with a technologist's VRI note;
- ``mammogram_language_access`` [radiology] -- screening/diagnostic mammogram, translated result
  letter.

Label policy (copied from the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too),
agency, school or employer, never a generic department, and never a drug maker, biotech or trial
sponsor named as such. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels
the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot,
GTIN, REF, model and expiry are not identifiers. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers; HEALTH_PLAN member, subscriber and policy
ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical,
nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words
("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus for things the policy does not name:

- a telephone-interpreting vendor's call id, a VRI session id and a complaint/grievance case number
  identify one interpreted encounter or one incident, so they are ACCOUNT;
- an interpreting agency (the interpreter's employer or the hospital's language vendor) is named as
  an employer/agency, so ORGANIZATION; scanner, contrast and device brands are look-alikes, and a
  contrast maker named as such (Bracco, Bayer, Guerbet) is never labelled;
- an interpreter's vendor/badge id and an interpreter certification number (CCHI/NBCMI) have no
  category here: they are always written masked (``___``), never planted;
- the serial of a VRI tablet or cart, like an implant's or hearing device's serial, is DEVICE_ID;
  a videophone (VP) number is PHONE; a patient's or relative's car plate is VEHICLE_ID;
- the credential after an interpreter's name ("CMI", "CHI") stays outside the PERSON span like
  "MD"; language names (Karen, Mam, ...), countries and US states are never labelled; public
  hotlines (TTY 711, 988, the federal civil-rights line) and public bodies' websites are
  look-alikes; generic departments (Interpreter Services, Patient Relations) are never labelled;
  a federal office is only ever referred to generically, never by name.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines
of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md`` and the
masked PyHealth note-shaped samples under ``/work/shared/data/`` (with ``SOURCES.md``). No detector
code, rule file, other corpus, test or benchmark was read, and the detector was never run.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

M = "___"

# --------------------------------------------------------------------------------------------------
# Pools (fictitious values)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Lucía", "Alejandro", "María José", "Guadalupe", "Thiago", "Luana", "Gabriela", "João", "Djamila",
    "Edmilson", "Wideline", "Jean-Robert", "Fabienne", "Rodeline", "Minh", "Thuy", "Quang", "Hanh",
    "Wai-Kin", "Mei-Ling", "Xiaoming", "Abdirahman", "Hodan", "Fadumo", "Ayaan", "Yousef", "Amira",
    "Khaled", "Rania", "Oksana", "Dmitri", "Svetlana", "Bishnu", "Sabitri", "Dil Maya", "Farid",
    "Zarghona", "Mohammad Nabi", "Ji-woo", "Seo-yeon", "Agnieszka", "Krzysztof", "Arben", "Drita",
    "Sokha", "Vanna", "Selamawit", "Tesfaye", "Neema", "Yonas", "Pa Nhia", "Kou", "Colleen", "Bradley",
    "Priya", "Siobhan", "Esperanza", "Reinaldo", "Ileana", "Tomasz", "Nadia", "Oluwaseun", "Marisol",
    "Teodoro", "Benedita", "Grace", "Declan", "Anh", "Yesenia", "Haruto",
)
_LAST = (
    "Nguyen", "Tran", "Pham", "Hoang", "Pierre-Louis", "Dorvil", "Saint-Fleur", "Jean-Baptiste",
    "Warsame", "Mohamed", "Farah", "Osman", "Haddad", "Khoury", "Mansour", "Petrenko", "Kovalenko",
    "Ivanova", "Gurung", "Adhikari", "Chhetri", "Hakimi", "Rahimi", "Popal", "Kim", "Park", "Nowak",
    "Wiśniewska", "Hoxha", "Kola", "Sok", "Chea", "Gebremedhin", "Mwangi", "Vang", "Xiong", "Barros",
    "Tavares", "Monteiro", "Gonçalves", "Rodrigues", "Oliveira", "Hernández", "Ramírez", "Castillo",
    "Ixcoy", "Tzoc", "O'Sullivan", "McNamara", "Feeney", "Iyer", "Leung", "Zhou", "Kaczmarek",
    "Andrade", "Baptista", "Delgado", "Figueroa", "Okonkwo", "Abebe", "Fonseca", "Lindqvist", "Brennan",
    "Szymanski", "Nakamura", "Thapa", "Bui", "Calderón",
)
_TOWNS = (
    "Dorchester", "Mattapan", "East Boston", "Chelsea", "Lowell", "Lawrence", "Brockton", "Framingham",
    "Worcester", "Fall River", "New Bedford", "Revere", "Malden", "Everett", "Hyde Park", "Somerville",
    "Quincy", "Methuen", "Fitchburg", "Holyoke", "Pawtucket", "Central Falls", "Nashua", "Lewiston",
    "Roxbury", "Jamaica Plain", "Allston", "Randolph", "Taunton", "Haverhill", "Leominster", "Chicopee",
    "Woonsocket", "Cranston", "Attleboro", "Marlborough", "Peabody", "Waltham", "Saugus", "Dracut",
)
_HOSPITALS = (
    "St. Brendan's Medical Center", "Mystic Valley Hospital", "Harborside Community Hospital",
    "Merrimack Regional Medical Center", "Blue Hills General Hospital", "Neponset Valley Health",
    "Riverbend Rehabilitation Hospital", "Fenwick Street Pediatrics", "Sunrise Family Medicine",
    "Cabot Internal Medicine Associates", "Ashmont Community Health Center", "Greenleaf Skilled Nursing Facility",
    "Oak Hollow Assisted Living", "Quarry Hill Dialysis Unit", "Wachusett Orthopedic Associates",
    "Northgate Adult Day Health",
)
_VENDORS = (
    "Meridian Interpreting Group", "Cascadia Language Partners", "Bridgeway Language Services",
    "Lingua Viva Interpreting", "Polyglot Health Access LLC", "ClearVoice Interpreting", "Pioneer Valley Deaf Services",
)
_PHARMACIES = ("Walgreens", "CVS Pharmacy", "Rite Aid", "Kessler's Apothecary", "Stop & Shop Pharmacy",
               "Codman Square Pharmacy")
_SCHOOLS = ("Madison Park High School", "Bunker Hill Community College", "Hillcrest Head Start",
            "Quinsigamond Adult Learning Center", "Burbank Elementary School")
_EMPLOYERS = ("Market Basket", "Bay State Seafood Processors", "Atlantic Home Care Agency", "Harbor Cleaning Services",
              "Ocean State Packaging Co.", "Northeast Poultry Inc.")
_AGENCIES = ("Department of Transitional Assistance", "Riverside Refugee Resettlement Agency",
             "Elder Services of the Merrimack Valley", "Lowell Housing Authority")
_ORGS = _HOSPITALS + _VENDORS + _PHARMACIES + _SCHOOLS + _EMPLOYERS + _AGENCIES
_STREETS = (
    "Harrow", "Bowdoin", "Geneva", "Columbia", "Blue Hill", "Washington", "Centre", "Gallivan",
    "Meridian", "Bennington", "Shawmut", "Broadway", "Moody", "Merrimack", "Essex", "Pleasant", "Union",
    "Highland", "Chestnut", "Walnut", "Summer", "Main", "Elm", "Prospect", "Cottage", "Dudley",
    "Norfolk", "Hancock", "Adams", "Greenwood", "Lafayette", "Tremont", "Hollis", "Bradford",
)
_SUFFIX = (
    "St", "Street", "Ave", "Avenue", "Rd", "Road", "Terrace", "Ter", "Way", "Ln", "Lane", "Ct", "Court",
    "Pl", "Place", "Blvd", "Drive", "Pkwy", "Sq",
)
_LANGS = (
    # (spoken language, variety, written language, ISO-ish code)
    ("Spanish", "Caribbean", "Spanish", "SPA"),
    ("Spanish", "Central American", "Spanish", "SPA"),
    ("Portuguese", "Brazilian", "Portuguese", "POR"),
    ("Portuguese", "European", "Portuguese", "POR"),
    ("Cape Verdean Creole", "Kriolu", "Portuguese", "KEA"),
    ("Haitian Creole", "", "Haitian Creole", "HAT"),
    ("Vietnamese", "Southern", "Vietnamese", "VIE"),
    ("Cantonese", "Toishanese speaker", "Traditional Chinese", "YUE"),
    ("Mandarin", "", "Simplified Chinese", "CMN"),
    ("Somali", "Maay Maay", "Somali", "SOM"),
    ("Arabic", "Levantine", "Arabic", "ARA"),
    ("Arabic", "Iraqi", "Arabic", "ARA"),
    ("Russian", "", "Russian", "RUS"),
    ("Ukrainian", "", "Ukrainian", "UKR"),
    ("Nepali", "Bhutanese", "Nepali", "NEP"),
    ("Dari", "", "Dari", "PRS"),
    ("Pashto", "", "none (oral only)", "PUS"),
    ("K'iche'", "", "Spanish (limited literacy)", "QUC"),
    ("Mam", "", "none (oral only)", "MAM"),
    ("Khmer", "", "Khmer", "KHM"),
    ("Amharic", "", "Amharic", "AMH"),
    ("Tigrinya", "", "Tigrinya", "TIR"),
    ("Korean", "", "Korean", "KOR"),
    ("Polish", "", "Polish", "POL"),
    ("Albanian", "Gheg", "Albanian", "SQI"),
    ("Swahili", "", "Swahili", "SWA"),
    ("Hmong", "White Hmong", "none (oral only)", "HMN"),
    ("Burmese", "", "Burmese", "MYA"),
    ("Karen", "S'gaw", "Karen", "KAR"),
    ("Kinyarwanda", "", "Kinyarwanda", "KIN"),
    ("Marshallese", "", "Marshallese", "MAH"),
)
_COUNTRIES = (
    "Haiti", "Brazil", "Vietnam", "Somalia", "Guatemala", "Cape Verde", "Nepal", "Afghanistan",
    "Ukraine", "El Salvador", "Cambodia", "Ethiopia", "Eritrea", "Dominican Republic", "Iraq", "Syria",
    "Albania", "Burma", "Rwanda", "Honduras",
)
_ORIGIN = {
    "Spanish": ("Guatemala", "El Salvador", "Dominican Republic", "Honduras"), "Portuguese": ("Brazil", "Portugal"),
    "Cape Verdean Creole": ("Cape Verde",), "Haitian Creole": ("Haiti",), "Vietnamese": ("Vietnam",),
    "Somali": ("Somalia",), "Arabic": ("Iraq", "Syria"), "Ukrainian": ("Ukraine",), "Russian": ("Russia", "Ukraine"),
    "Nepali": ("Nepal",), "Dari": ("Afghanistan",), "Pashto": ("Afghanistan",), "K'iche'": ("Guatemala",),
    "Mam": ("Guatemala",), "Khmer": ("Cambodia",), "Amharic": ("Ethiopia",), "Tigrinya": ("Eritrea",),
    "Albanian": ("Albania",), "Burmese": ("Burma",), "Karen": ("Burma", "Thailand"), "Kinyarwanda": ("Rwanda",),
    "Cantonese": ("China",), "Mandarin": ("China", "Taiwan"), "Korean": ("South Korea",), "Polish": ("Poland",),
    "Swahili": ("Tanzania", "Kenya"), "Hmong": ("Laos", "Thailand"), "Marshallese": ("Marshall Islands",),
}
_STATES = ("Massachusetts", "Rhode Island", "New Hampshire", "Maine", "Connecticut", "Texas", "Florida",
           "New York", "Minnesota")
_HOTLINES = ("1-800-368-1019", "TTY 711", "988 Suicide & Crisis Lifeline", "Poison Control 1-800-222-1222",
             "1-800-MEDICARE")
_SITES = ("www.lep.gov", "www.hhs.gov/ocr", "medlineplus.gov/languages", "www.cdc.gov",
          "www.thinkculturalhealth.hhs.gov", "www.ada.gov", "www.nad.org")
_DEPTS = ("Interpreter Services", "Patient Relations", "Language Access Office", "Patient Registration",
          "Health Information Management", "Case Management", "Social Work", "Radiology Nursing")

_DRUGS = ("Eliquis", "Xarelto", "Lasix", "Tylenol", "Zofran", "Keppra", "Coumadin", "Lovenox", "Ativan",
          "Benadryl", "Solu-Medrol", "Protonix", "Norco", "Flomax", "Januvia", "Lantus", "Ozempic",
          "Entresto")
_CONTRAST = ("Omnipaque 350", "Isovue-370", "Visipaque 320", "Gadavist", "Dotarem", "MultiHance",
             "Clariscan", "Optiray 350")
_MAKER = {"Isovue-370": "Bracco", "MultiHance": "Bracco", "Gadavist": "Bayer", "Dotarem": "Guerbet",
          "Optiray 350": "Guerbet"}
_SCANNERS = ("SOMATOM Force", "Aquilion ONE", "Revolution CT", "MAGNETOM Vida", "Signa Premier",
             "Ingenia Elition", "Logiq E10", "Voluson E10", "Selenia Dimensions", "Senographe Pristina")
_DEVICES = ("Azure XT DR MRI SureScan", "Nucleus 7", "Phonak Audéo", "Oticon More", "PowerPICC",
            "PowerPort", "Safe-T-Centesis", "Pocketalker", "Vocera", "iPad", "Zoom for Healthcare",
            "Microsoft Teams")
_EPONYMS = ("Glasgow Coma Scale", "BI-RADS", "LI-RADS", "Bosniak", "Fleischner", "Morison's pouch",
            "Murphy's sign", "Baker's cyst", "Hounsfield", "Braden", "Morse Fall Scale", "Wells criteria",
            "Kerley B lines", "Schatzki ring", "Colles", "Hadlock", "Foley", "Seldinger", "Trendelenburg",
            "Valsalva", "Mallampati")
EPONYMS_AND_BRANDS = _DRUGS + _CONTRAST + _SCANNERS + _DEVICES + _EPONYMS

_UNITS = ("7 North", "Ellison 12", "4 West Med", "L&D", "ED Pod B", "Stepdown 5", "MICU", "Oncology 9",
          "Ortho 6", "Peds 3", "Radiology holding", "Same Day Surgery")
_PLANS = ("MassHealth Standard", "Tufts Health Together", "BMC HealthNet", "Medicare Part A/B",
          "Health Safety Net", "Harvard Pilgrim", "Blue Cross PPO", "Fallon Community Care")

_ALNUM = "ABCEFGHJKLPTWXYZ0123456789"
_LET = "ABCEFGHJKLPTWXYZ"  # no D, M, N, O, R, S: never spells a cue word or credential
_VIN = "ABCEFGHJKLPTUVWXYZ0123456789"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

Piece = str | tuple[str, str] | list


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _nz(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + _d(r, n - 1)


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s.lower() if "a" <= ch <= "z")


# --------------------------------------------------------------------------------------------------
# Value generators (one shape family per category)
# --------------------------------------------------------------------------------------------------


def _person(r: random.Random, style: int | None = None) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    k = r.randrange(9) if style is None else style
    if k <= 2:
        return f"{f} {last}"
    if k == 3:
        return f"{last}, {f}"
    if k == 4:
        return f"{f} {r.choice('ABCEFGHJKLPTVW')}. {last}"
    if k == 5:
        return f"{f[0]}. {last}"
    if k == 6:
        return f"{f} {last}".upper()
    if k == 7 and "-" not in last:
        return f"{f} {last}-{r.choice(_LAST).split('-')[0]}"
    return f"{f.split(' ')[0]} {last}"


def _phone(r: random.Random) -> str:
    a = r.choice(("617", "781", "508", "978", "413", "857", "339", "774", "401", "603", "207", "347",
                  "718", "305", "612", "832"))
    x, s = str(r.randint(201, 989)), _d(r, 4)
    return (f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"{a}{x}{s}", f"+1 {a} {x} {s}",
            f"1-{a}-{x}-{s}", f"{a} {x} {s}", f"({a}){x}-{s}")[r.randrange(8)]


def _pager(r: random.Random) -> str:
    return (f"{r.randint(2, 9)}-{_d(r, 4)}", _nz(r, 5), _nz(r, 4), f"{r.randint(200, 989)}-{_d(r, 4)}",
            _nz(r, 7))[r.randrange(5)]


def _email(r: random.Random) -> str:
    f, last = _ascii(r.choice(_FIRST)), _ascii(r.choice(_LAST))
    local = (f"{f}.{last}", f"{f[0]}{last}{r.randint(1, 99)}", f"{last}.{f}{r.randint(50, 99)}", f"{f}_{last}",
             f"{f}{last[:3]}{r.randint(100, 999)}", f"{last}{f[0]}", f"{f}.{last[0]}.{r.randint(10, 99)}")
    dom = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
           "verizon.net", "protonmail.com", "yahoo.com.br", "hotmail.fr", "mail.ru")
    return f"{r.choice(local)}@{r.choice(dom)}"


def _url(r: random.Random) -> str:
    f, last = _ascii(r.choice(_FIRST)), _ascii(r.choice(_LAST))
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randint(8, 14)))
    host = r.choice(("meridianinterp.net", "cascadialp.com", "bridgeway-ls.org", "vrilink.io",
                     "clearvoice-interp.com"))
    portal = r.choice(("stbrendans.org", "mysticvalleyhosp.org", "harborsidech.org", "neponsetvh.org"))
    return (f"https://vri.{host}/join/{_d(r, 4)}-{_d(r, 4)}",
            f"https://portal.{portal}/mychart/patient/{_nz(r, 8)}",
            f"www.facebook.com/{f}.{last}.{_d(r, 3)}",
            f"https://www.gofundme.com/f/{f}-{last}-family-medical-fund",
            f"http://meet.{host}/r/{tok}",
            f"https://drive.google.com/file/d/{tok}{tok[::-1]}/view",
            f"https://www.youtube.com/watch?v={tok}",
            f"https://{host}/sessions/{_nz(r, 9)}/recording")[r.randrange(8)]


def _ip(r: random.Random) -> str:
    a = r.choice((10, 172, 192, 73, 24, 98, 66, 71, 108, 50, 174))
    b = {10: r.randint(0, 255), 172: r.randint(16, 31), 192: 168}.get(a, r.randint(1, 254))
    return f"{a}.{b}.{r.randint(0, 254)}.{r.randint(2, 254)}"


def _ssn(r: random.Random) -> str:
    a, g, s = r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)
    return (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}")[r.choice((0, 0, 1, 2))]


def _mrn(r: random.Random) -> str:
    return (_nz(r, 8), _nz(r, 7), "00" + _nz(r, 6), _nz(r, 9), f"{_nz(r, 3)}-{_d(r, 3)}-{_d(r, 3)}")[r.randrange(5)]


def _account(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(("call", "vri", "csn", "acc", "case", "order", "claim", "spec"))
    if style == "call":
        return (f"{_nz(r, 4)}-{_d(r, 4)}-{_d(r, 4)}", f"OPI{_nz(r, 9)}", _nz(r, 10), f"{_nz(r, 7)}-{_d(r, 2)}",
                f"C{_nz(r, 8)}")[r.randrange(5)]
    if style == "vri":
        return (f"VS-{_nz(r, 8)}", f"VRI{_nz(r, 7)}", f"{r.choice(_LET)}{r.choice(_LET)}{_nz(r, 6)}",
                f"{_nz(r, 6)}-{r.choice(_LET)}{_d(r, 3)}")[r.randrange(4)]
    if style == "csn":
        return (_nz(r, 9), _nz(r, 10), f"E{_nz(r, 8)}")[r.randrange(3)]
    if style == "acc":
        return (f"RAD{_nz(r, 7)}", _nz(r, 8), f"E{_nz(r, 7)}", f"CT{_nz(r, 7)}",
                f"{_nz(r, 2)}-{_d(r, 6)}")[r.randrange(5)]
    if style == "case":
        return (f"PR-{_nz(r, 5)}", f"GRV{_nz(r, 6)}", f"PRC-{_nz(r, 4)}-{_d(r, 3)}", _nz(r, 7))[r.randrange(4)]
    if style == "order":
        return (f"ORD{_nz(r, 8)}", _nz(r, 9), f"{_nz(r, 5)}-{_d(r, 2)}")[r.randrange(3)]
    if style == "claim":
        return (f"{_nz(r, 4)}{_d(r, 4)}{_d(r, 3)}", f"CLM-{_nz(r, 9)}")[r.randrange(2)]
    return (f"SP-{_nz(r, 7)}", f"{r.choice(_LET)}{_nz(r, 2)}-{_d(r, 5)}")[r.randrange(2)]


def _plan(r: random.Random) -> str:
    mbi = (f"{r.randint(1, 9)}{r.choice(_LET)}{r.choice(_ALNUM)}{r.randint(0, 9)}-{r.choice(_LET)}"
           f"{r.choice(_ALNUM)}{r.randint(0, 9)}-{r.choice(_LET)}{r.choice(_LET)}{_d(r, 2)}")
    return (_nz(r, 12), f"{r.choice(_LET)}{r.choice(_LET)}{r.choice(_LET)}{_nz(r, 9)}", mbi, f"W{_nz(r, 9)}",
            f"{_nz(r, 5)}-{_d(r, 4)}-{_d(r, 2)}", f"{r.choice(_LET)}{_nz(r, 10)}")[r.randrange(6)]


def _license(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(("npi", "dea", "med", "dl", "nurse", "ems"))
    if style == "npi":
        return r.choice("12") + _d(r, 9)
    if style == "dea":
        return r.choice("ABFG") + r.choice(_LET) + _d(r, 7)
    if style == "med":
        return (_nz(r, 6), f"{r.choice('AG')}{_nz(r, 5)}", _nz(r, 5))[r.randrange(3)]
    if style == "dl":
        return (f"S{_d(r, 8)}", _nz(r, 9), f"{r.choice(_LET)}{_d(r, 7)}",
                f"{_nz(r, 3)}-{_d(r, 3)}-{_d(r, 3)}")[r.randrange(4)]
    if style == "nurse":
        return (_nz(r, 7), f"{r.choice(_LET)}{_nz(r, 6)}")[r.randrange(2)]
    return (f"P{_nz(r, 6)}", f"EMT-{_nz(r, 6)}")[r.randrange(2)]


def _zip(r: random.Random) -> str:
    z = r.choice(("0", "0", "0", "1")) + _d(r, 4) if r.random() < 0.85 else _nz(r, 5)
    return z + (f"-{_d(r, 4)}" if r.random() < 0.2 else "")


def _street(r: random.Random) -> str:
    num = r.choice((str(r.randint(2, 99)), str(r.randint(100, 2999)), f"{r.randint(2, 99)}{r.choice('AB')}"))
    line = f"{num} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    k = r.randrange(6)
    if k == 0:
        line += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif k == 1:
        line += f" Apt. {r.randint(1, 40)}"
    elif k == 2:
        line += f", Unit {r.randint(1, 12)}"
    elif k == 3:
        line += f" Fl {r.randint(1, 3)}"
    return line


def _date(r: random.Random, lo: int = 1926, hi: int = 2029) -> str:
    y, mo, dd = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mn = _MONTHS[mo - 1]
    return (f"{mo:02d}/{dd:02d}/{y}", f"{mo}/{dd}/{y}", f"{y}-{mo:02d}-{dd:02d}", f"{mn} {dd}, {y}",
            f"{mn[:3]} {dd}, {y}", f"{dd} {mn[:3]} {y}", f"{dd:02d}-{mn[:3].upper()}-{y}", f"{mn[:3]}. {dd}, {y}",
            f"{mo:02d}-{dd:02d}-{y}", f"{dd} {mn} {y}", f"{dd:02d}.{mo:02d}.{y}")[r.randrange(11)]


def _age90(r: random.Random) -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


def _serial(r: random.Random) -> str:
    return (f"{r.choice(_LET)}{r.choice(_LET)}{_nz(r, 7)}", _nz(r, 9), f"{r.choice(_LET)}{_nz(r, 6)}-{_d(r, 2)}",
            f"{_nz(r, 4)}{r.choice(_LET)}{_d(r, 5)}", f"{r.choice(_LET)}{r.choice(_LET)}{r.choice(_LET)}{_nz(r, 8)}",
            _nz(r, 11))[r.randrange(6)]


def _vehicle(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(_LET) for _ in range(n))  # noqa: E731
    return (f"{r.randint(1, 9)}{L(3)}{_d(r, 2)}", f"{L(3)}-{_d(r, 4)}", f"{_nz(r, 3)} {L(3)}", f"{L(2)}{_nz(r, 5)}",
            f"{r.randint(1, 9)}{L(2)} {_d(r, 3)}", "".join(r.choice(_VIN) for _ in range(17)))[r.randrange(6)]


def _location(r: random.Random) -> str:
    return r.choice(_TOWNS)


def _org(r: random.Random) -> str:
    return r.choice(_ORGS)


_VAL: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _plan, "LICENSE": _license, "ZIP": _zip,
    "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _date, "AGE_OVER_89": _age90, "DEVICE_ID": _serial,
    "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": _location, "ORGANIZATION": _org,
}
assert set(_VAL) == set(CATEGORIES)

# --------------------------------------------------------------------------------------------------
# Note-building context
# --------------------------------------------------------------------------------------------------

_PH = re.compile(r"\{(\w+)\}")


def T(tpl: str, **kw: Piece) -> list:
    """A template with {name} holes filled by pieces (str, (value, category) or lists of pieces)."""
    out: list = []
    pos = 0
    for m in _PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


def _plen(p: Piece) -> int:
    if isinstance(p, str):
        return len(p)
    if isinstance(p, tuple):
        return len(p[0])
    return sum(_plen(q) for q in p)


class _Ctx:
    def __init__(self, r: random.Random, cats: list[str], heavy: bool):
        self.r = r
        self.pending = list(cats)
        self.heavy = heavy
        self.looks: list[str] = []
        self.L = r.choice(_LANGS)
        self.sex = r.choice("FM")
        self.fill_used: set[int] = set()
        # written language for prose ("instructions given in ...")
        self.wr = self.L[2] if not self.L[2].startswith("none") else f"English with a {self.L[0]} audio recording"
        self.fill_at: tuple[int, int] | None = None

    # plants ----------------------------------------------------------------------------------
    def f(self, cat: str, gen: Callable[[random.Random], str] | None = None, p: float = 0.6,
          masked: Piece = M) -> Piece:
        """A field for ``cat``: the planted value if one is pending (with probability p), else masked."""
        if cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            return ((gen or _VAL[cat])(self.r), cat)
        return masked

    def age(self, p: float = 0.7) -> Piece:
        if "AGE_OVER_89" in self.pending and self.r.random() < p:
            self.pending.remove("AGE_OVER_89")
            return (_age90(self.r), "AGE_OVER_89")
        if self.heavy or self.r.random() < 0.45:
            return M
        return str(self.r.randint(19, 88))

    # look-alikes -----------------------------------------------------------------------------
    def lk(self, s: str) -> str:
        self.looks.append(s)
        return s

    def c(self, seq):
        return self.r.choice(seq)

    def drug(self) -> str:
        return self.lk(self.c(_DRUGS))

    def epo(self) -> str:
        return self.lk(self.c(_EPONYMS))

    def dev(self) -> str:
        return self.lk(self.c(_DEVICES))

    def scanner(self) -> str:
        return self.lk(self.c(_SCANNERS))

    def contrast(self) -> str:
        name = self.c(_CONTRAST)
        self.lk(name)
        maker = _MAKER.get(name)
        if maker and self.r.random() < 0.6:
            return f"{name} ({self.lk(maker)})"
        return name

    def country(self) -> str:
        return self.lk(self.c(_ORIGIN.get(self.L[0], _COUNTRIES)))

    def state(self) -> str:
        return self.lk(self.c(_STATES))

    def site(self) -> str:
        return self.lk(self.c(_SITES))

    def dept(self) -> str:
        return self.lk(self.c(_DEPTS))

    def sd(self, style: int | None = None) -> str:
        """A shifted (2100-2200) date: never labelled."""
        r = self.r
        y, mo, dd = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        k = r.randrange(4) if style is None else style
        s = (f"{y}-{mo:02d}-{dd:02d}", f"{mo}/{dd}/{y}", f"{_MONTHS[mo - 1][:3]} {dd}, {y}",
             f"{mo:02d}/{dd:02d}/{y}")[k]
        return self.lk(s)

    def lot(self) -> str:
        return self.lk(f"{self.c(('Lot ', 'Lot# ', 'LOT ', 'lot: '))}{_nz(self.r, 2)}{self.c(_LET)}{_d(self.r, 3)}")

    def ndc(self) -> str:
        return self.lk(f"NDC {_d(self.r, 5)}-{_d(self.r, 4)}-{_d(self.r, 2)}")

    def ref(self) -> str:
        return self.lk(f"REF {_nz(self.r, 4)}-{_d(self.r, 4)}")

    def model(self) -> str:
        return self.lk(f"Model {self.c(_LET)}{_nz(self.r, 1)}{self.c(_LET)}{self.c(_LET)}{_d(self.r, 2)}")

    def exp(self) -> str:
        r = self.r
        y, mo, dd = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
        return self.lk((f"EXP {y}-{mo:02d}-{dd:02d}", f"Exp: {mo:02d}/{dd:02d}/{y}",
                        f"Use by {dd:02d}-{_MONTHS[mo - 1][:3].upper()}-{y}",
                        f"expires {_MONTHS[mo - 1][:3]} {dd}, {y}")[r.randrange(4)])

    def ver(self) -> str:
        return self.lk(f"v{self.r.randint(2, 11)}.{self.r.randint(0, 24)}.{self.r.randint(0, 9)}")

    def group(self) -> str:
        return self.lk(f"{self.c(('Group ', 'Group# ', 'Group No. ', 'grp '))}{_nz(self.r, 6)}")

    def year(self) -> str:
        return str(self.r.randint(1998, 2023))

    def lang(self) -> str:
        lang, var, _, _ = self.L
        return f"{lang} ({var})" if var and self.r.random() < 0.5 else lang


# --------------------------------------------------------------------------------------------------
# Generic snippets: one escaped identifier each, in many contexts
# --------------------------------------------------------------------------------------------------


def _snip(c: _Ctx, cat: str) -> list:
    v = (_VAL[cat](c.r), cat)
    lang = c.L[0]
    opts: list[list]
    if cat == "PHONE":
        opts = [
            T("Callback number for patient (voicemail in {lang} only): {v}", lang=lang, v=v),
            T("Daughter ___ can be reached at {v} to schedule the interpreter for follow-up.", v=v),
            T("Tel {v} (home) / ___ (cell)", v=v),
            T("| Contact phone | {v} |", v=v),
            T("Pt asks that appointment reminders to {v} be sent in {lang}, not English.", lang=lang, v=v),
            T("Left msg for pt's son at {v} - no answer x2, will retry w/ interpreter on the line.", v=v),
            T("Phone:{v}", v=v),
            T("VP (videophone) number for Deaf household member: {v}", v=v),
            T("ph# {v}  (best after 5pm)", v=v),
            T("Emergency contact ___ (niece), cell {v}; speaks some English.", v=v),
        ]
    elif cat == "FAX":
        opts = [
            T("Fax: {v}", v=v),
            T("Faxed signed bilingual consent to the outside surgeon's office at {v}.", v=v),
            T("F {v}", v=v),
            T("Please fax the translated discharge instructions to the SNF, fax# {v}, attn ___.", v=v),
            T("fax {v} (cover sheet in {lang})", lang=lang, v=v),
            T("Records request received by fax from {v}; release form not in patient's language.", v=v),
            T("| Fax | {v} |", v=v),
        ]
    elif cat == "PAGER":
        opts = [
            T("Interpreter on call: pager {v}", v=v),
            T("page ___ at {v} if VRI cart unavailable", v=v),
            T("Questions: Dr. ___ (pgr {v})", v=v),
            T("Beeper {v} - {dept} coordinator", dept=c.dept(), v=v),
            T("Pg: {v}", v=v),
            T("Covering resident paged ({v}) re: need for in-person interpreter at bedside.", v=v),
        ]
    elif cat == "EMAIL":
        opts = [
            T("Email: {v}", v=v),
            T("Portal messages in {lang} to {v} per patient request.", lang=lang, v=v),
            T("son's e-mail {v} - prefers written updates", v=v),
            T("From: ___ <{v}>\nSubject: my mother's appointment (interpreter)", v=v),
            T("Translated after-visit summary sent to {v} (encrypted).", v=v),
            T("contact: {v}", v=v),
        ]
    elif cat == "URL":
        opts = [
            T("VRI join link (expired): {v}", v=v),
            T("Family shared a recording of the interpreted visit at {v}.", v=v),
            T("Translated AVS uploaded to {v}", v=v),
            T("Ref link pasted by pt: {v}", v=v),
            T("Session replay: {v}", v=v),
            T("Fundraiser page mentioned by family for interpreter costs: {v}", v=v),
            T("<{v}>", v=v),
            T("URL: {v}", v=v),
            T("Daughter posted the hospital bill online ({v}) and asked that it be explained in {lang}.",
              lang=lang, v=v),
            T("| Link | {v} |", v=v),
            T("pt's profile - {v} - used to confirm spelling of name", v=v),
        ]
    elif cat == "IP_ADDRESS":
        opts = [
            T("client_ip={v}", v=v),
            T("Endpoint IP: {v}", v=v),
            T("VRI connection from {v} dropped at 00:41 and reconnected.", v=v),
            T("| IP | {v} |", v=v),
            T("[{ver}] peer {v} jitter 38 ms, packet loss 2.1%", ver=c.ver(), v=v),
            T("Tablet re-joined the clinic Wi-Fi (address {v}) after IT reset.", v=v),
        ]
    elif cat == "SSN":
        opts = [
            T("SSN: {v}", v=v),
            T("Social Security #: {v}", v=v),
            T("SS# {v} (verified with card at registration)", v=v),
            T("ssn {v}", v=v),
            T("| SSN | {v} |", v=v),
            T("Patient read her Social Security number aloud through the interpreter: {v}.", v=v),
        ]
    elif cat == "MRN":
        opts = [
            T("MRN: {v}", v=v),
            T("Unit No: {v}", v=v),
            T("Med Rec # {v}", v=v),
            T("(MRN {v})", v=v),
            T("MR# {v}", v=v),
            T("hospital number {v}", v=v),
            T("Pt ID {v} - second identifier confirmed in {lang}.", lang=lang, v=v),
        ]
    elif cat == "ACCOUNT":
        style = c.c(("call", "vri", "csn", "acc", "case", "order", "claim", "spec"))
        v = (_account(c.r, style), cat)
        opts = {
            "call": [T("Vendor call ID: {v}", v=v), T("OPI ref# {v}", v=v),
                     T("Telephone interpreter call {v} lasted 22 min.", v=v)],
            "vri": [T("VRI session {v}", v=v), T("Session ID={v}", v=v)],
            "csn": [T("Encounter #{v}", v=v), T("CSN {v}", v=v), T("Visit/account no. {v}", v=v)],
            "acc": [T("Accession: {v}", v=v), T("Acc# {v}", v=v)],
            "case": [T("Grievance case no. {v}", v=v), T("Patient Relations case {v} opened.", v=v)],
            "order": [T("Interpreter request order {v}", v=v), T("Order #: {v}", v=v)],
            "claim": [T("Claim {v} denied for interpreter billing code T1013.", v=v)],
            "spec": [T("Specimen {v} collected after consent interpreted.", v=v), T("Requisition {v}", v=v)],
        }[style]
    elif cat == "HEALTH_PLAN":
        opts = [
            T("Member ID: {v}", v=v),
            T("{plan} # {v}", plan=c.c(_PLANS), v=v),
            T("Subscriber ID {v}", v=v),
            T("Policy {v}", v=v),
            T("Ins ID {v} ({grp})", grp=c.group(), v=v),
            T("| Member # | {v} |", v=v),
            T("Coverage verified; member id {v}, interpreter services covered.", v=v),
        ]
    elif cat == "LICENSE":
        style = c.c(("npi", "dea", "med", "dl", "nurse", "ems"))
        v = (_license(c.r, style), cat)
        opts = {
            "npi": [T("Ordering provider NPI {v}", v=v), T("NPI: {v}", v=v)],
            "dea": [T("DEA {v}", v=v), T("Prescriber DEA# {v}", v=v)],
            "med": [T("Lic# {v}", v=v), T("MA medical license {v}", v=v)],
            "dl": [T("Driver's license {v} (verified)", v=v), T("ID checked: DL {v}", v=v)],
            "nurse": [T("Nursing license no. {v}", v=v)],
            "ems": [T("EMS cert {v}", v=v), T("Paramedic license {v}", v=v)],
        }[style]
    elif cat == "ZIP":
        opts = [
            T("Mailing address: ___, ___, MA {v}", v=v),
            T("ZIP: {v}", v=v),
            T("zip code {v} is outside the in-person interpreter dispatch area", v=v),
            T("postal code {v}", v=v),
            T("___ {st} {v}", st=c.c(("MA", "RI", "NH", "ME")), v=v),
        ]
    elif cat == "STREET_ADDRESS":
        opts = [
            T("Address: {v}", v=v),
            T("Lives at {v}, with two adult children.", v=v),
            T("Mail translated letter to {v}, ___, MA ___.", v=v),
            T("Home: {v}", v=v),
            T("In-person interpreter to meet family at {v} for home visit.", v=v),
        ]
    elif cat == "DATE_REAL_YEAR":
        v = (_date(c.r), cat)
        opts = [
            T("DOB: {v}", v=v),
            T("date of birth {v}", v=v),
            T("Consent signed {v} with interpreter present.", v=v),
            T("Previously seen {v} with an in-person {lang} interpreter.", lang=lang, v=v),
            T("Date of death: {v}", v=v),
            T("Received: {v}", v=v),
            T("Language preference first recorded {v}.", v=v),
            T("DOS {v}", v=v),
        ]
    elif cat == "AGE_OVER_89":
        opts = [
            T("{v}-year-old {lang}-speaking woman", lang=lang, v=v),
            T("Pt is {v} yo, HOH, prefers in-person interpreter", v=v),
            T("Age: {v}", v=v),
            T("({v} y/o)", v=v),
            T("{v}yo {sex}", sex=c.sex, v=v),
            T("aged {v}, lives with granddaughter", v=v),
            T("patient, {v} years old, signed with an X", v=v),
        ]
    elif cat == "DEVICE_ID":
        opts = [
            T("VRI tablet S/N: {v}", v=v),
            T("Cochlear implant serial {v}", v=v),
            T("Hearing aid (L) SN {v}", v=v),
            T("UDI (01)00{gtin}(17){yymmdd}(10){lot}(21){v}", gtin=_d(c.r, 12),
              yymmdd=f"{c.r.randint(25, 29)}{c.r.randint(1, 12):02d}28",
              lot=f"LT{_d(c.r, 4)}", v=v),
            T("serial no. {v}", v=v),
            T("Pacemaker generator SN: {v}", v=v),
            T("Loaner amplifier unit ser# {v} returned to {dept}.", dept=c.dept(), v=v),
        ]
    elif cat == "VEHICLE_ID":
        opts = [
            T("VIN {v}", v=v),
            T("Vehicle (VIN {v}) released to son after interpreter explained the tow paperwork.", v=v),
        ] if len(v[0]) == 17 else [
            T("Family car (plate {v}) parked at the ED entrance while waiting for interpreter.", v=v),
            T("license plate {v}", v=v),
            T("Chair-van plate {v}", v=v),
            T("Parking validation for plate {v} given to daughter.", v=v),
            T("Vehicle: {v} (gray sedan)", v=v),
            T("| Plate | {v} |", v=v),
        ]
    elif cat == "PERSON":
        v = (_person(c.r), cat)
        opts = [
            T("Interpreter: {v}", v=v),
            T("Dr. {v} aware.", v=v),
            T("{v}, RN", v=v),
            T("Son {v} at bedside; asked not to interpret.", v=v),
            T("Signed: {v}, MD", v=v),
            T("cc: {v}", v=v),
            T("Spoke with patient's wife, {v}, via interpreter.", v=v),
            T("interpreted by {v}, CMI", v=v),
            T("Attending: {v}", v=v),
        ]
    elif cat == "LOCATION":
        v = (_location(c.r), cat)
        opts = [
            T("Lives in {v} with her son.", v=v),
            T("Pt recently moved from {v}.", v=v),
            T("In-person interpreter traveling from {v}; ETA 45 min.", v=v),
            T("Town: {v}", v=v),
            T("Relocating to {v} next month; needs {lang} PCP there.", lang=lang, v=v),
            T("family drove in from {v}", v=v),
        ]
    else:  # ORGANIZATION
        sub = c.c(("hosp", "hosp", "vendor", "pharm", "school", "employer", "agency"))
        v = (c.c({"hosp": _HOSPITALS, "vendor": _VENDORS, "pharm": _PHARMACIES, "school": _SCHOOLS,
                  "employer": _EMPLOYERS, "agency": _AGENCIES}[sub]), cat)
        opts = {
            "hosp": [T("Transferred from {v}.", v=v), T("PCP at {v}", v=v), T("Records faxed from {v}.", v=v),
                     T("Discharged to {v} with the interpreter flag carried over.", v=v),
                     T("Outside images pushed from {v} PACS.", v=v)],
            "vendor": [T("Interpreter provided by {v}.", v=v), T("Vendor: {v}", v=v),
                       T("In-person {lang} interpreter booked through {v} for 2 h.", lang=lang, v=v)],
            "pharm": [T("Pharmacy: {v}", v=v), T("Rx sent to {v}; labels in {lang} requested.", lang=lang, v=v),
                      T("Preferred pharmacy - {v}", v=v)],
            "school": [T("Attends {v} (ESL classes).", v=v),
                       T("Grandson's school ({v}) called: he missed class to interpret for the family.", v=v)],
            "employer": [T("Works at {v} (night shift).", v=v), T("Employer: {v}", v=v)],
            "agency": [T("Case worker at {v} assisting with benefits paperwork in {lang}.", lang=lang, v=v),
                       T("Referred by {v}", v=v)],
        }[sub]
    return c.c(opts)


# --------------------------------------------------------------------------------------------------
# Fillers (no identifiers; look-alikes only)
# --------------------------------------------------------------------------------------------------


def _pick(c: _Ctx, opts: list) -> list | None:
    """One filler paragraph not used yet in this note (None when all are used)."""
    free = [k for k in range(len(opts)) if k not in c.fill_used]
    if not free:
        return None
    k = c.r.choice(free)
    c.fill_used.add(k)
    return opts[k]()


def _drugs(c: _Ctx, n: int) -> list[str]:
    return [c.lk(d) for d in c.r.sample(_DRUGS, n)]


def _filler_dc(c: _Ctx) -> list | None:
    lang = c.L[0]
    opts = [
        lambda: T("Language access: Patient's preferred language is {lang}. Family offered to interpret and was "
                  "thanked; per hospital policy minors and family members are not used for clinical "
                  "interpretation except in an emergency. Qualified interpreter used for all key "
                  "conversations.", lang=lang),
        lambda: T("Teach-back: patient restated the plan in {lang} ({n}/3 items correct on first attempt, "
                  "3/3 after review). Written instructions provided in {wl}.", lang=lang, n=str(c.r.randint(1, 2)),
                  wl=c.wr),
        lambda: T("Medications reviewed with interpreter: {d0} 5 mg BID, {d1} as needed, {d2} daily. "
                  "{ndc} dispensed with pictogram label.", **dict(zip(("d0", "d1", "d2"), _drugs(c, 3), strict=True)),
                  ndc=c.ndc()),
        lambda: T("Fall risk ({morse} 45) and skin ({braden} 17) assessments completed with the "
                  "interpreter present; patient understood call-light use.", morse=c.lk("Morse Fall Scale"),
                  braden=c.lk("Braden")),
        lambda: T("Patient born in {country}, in the US since {y}; limited English proficiency. {lit}. "
                  "Hearing adequate. No cognitive concerns ({gcs} 15).", country=c.country(), y=c.year(),
                  lit="Does not read; oral language only" if c.L[2].startswith("none") else f"Reads {c.L[2]}",
                  gcs=c.lk("Glasgow Coma Scale")),
        lambda: T("Resources given: multilingual handouts ({site}); hotline {hot}; relay service "
                  "{tty}.", site=c.site(), hot=c.lk(c.c(_HOTLINES[2:])), tty=c.lk("TTY 711")),
        lambda: T("{dept} notified for follow-up scheduling with interpreter flagged in the "
                  "appointment. Patient will spend the winter with family in {state}.", dept=c.dept(), state=c.state()),
        lambda: T("Interp- \nreter arrived ~20 min after request; interim VRI via {dev} used for pain "
                  "assessment. Pain 6/10 -> 3/10 after {drug}.",
                  dev=c.lk(c.c(("iPad", "Zoom for Healthcare", "Microsoft Teams", "Vocera"))), drug=_drugs(c, 1)[0]),
        lambda: T("Pertinent results: WBC 7.9, Hgb 11.2, Plt 244, Na 138, K 4.1, Cr 0.8. "
                  "Chest film without {kerley}. {sign} negative.", kerley=c.lk("Kerley B lines"),
                  sign=c.lk("Murphy's sign")),
        lambda: T("Patient's {rel} ({age}-year-old) was present for support only. Pt consented to "
                  "having family in the room; confidentiality reviewed in {lang}.",
                  rel=c.c(("husband", "sister", "adult son", "cousin", "neighbor")), age=str(c.r.randint(25, 84)),
                  lang=lang),
        lambda: T("Return precautions reviewed with interpeter, incl. chest pain, fever > 101.5F, "
                  "shortness of breath, bleeding on {d}. Pt repeated them back correctly.", d=_drugs(c, 1)[0]),
        lambda: T("Foley removed on day 2. {wells} low risk; no imaging for PE. Explained in {lang} why "
                  "no CT was needed.", wells=c.lk("Wells criteria"), lang=lang),
        lambda: T("Civil-rights notice and taglines in 15 languages posted; grievance line "
                  "{hot}; more at {site}.", hot=c.lk("1-800-368-1019"), site=c.site()),
        lambda: T("Interpreter reported the patient appeared to nod without understanding; clinician slowed "
                  "down and avoided idioms. Plain-language handout ({site}) given.", site=c.site()),
        lambda: T("Hearing: {pt} used in addition to the interpreter; patient hard of hearing in the "
                  "left ear. Vision adequate for the video screen.", pt=c.lk("Pocketalker")),
    ]
    return _pick(c, opts)


def _filler_rad(c: _Ctx) -> list | None:
    lang, wl = c.L[0], c.wr
    opts = [
        lambda: T("Patient's preferred language ({lang}) noted on the requisition; technologist "
                  "confirmed identity with two identifiers through the interpreter. "
                  "{dept} informed of need for interpreter at follow-up.", lang=lang, dept=c.dept()),
        lambda: T("Preparation instructions and the post-exam handout ({site}) were given in {wl}.",
                  site=c.site(), wl=wl),
        lambda: T("Scheduling note: exam rescheduled once because no {lang} interpreter was available at "
                  "the {t} slot; patient waited {n} min today.", lang=lang, t=_hhmm(c), n=str(c.r.randint(10, 90))),
        lambda: T("Interpreter present in the control room; two-way intercom used for instructions. "
                  "Technologist: ___ (RT)."),
        lambda: T("Identity verified with name and date of birth spoken in {lang}; wristband checked.", lang=lang),
        lambda: T("Results will be released to the patient portal in English; {dept} asked to send a "
                  "translated summary.", dept=c.dept()),
        lambda: T("Critical results: none. The referring clinician will discuss the results with the patient "
                  "through an interpreter."),
        lambda: T("Patient asked about radiation dose through the interpreter; answered (comparable to about "
                  "{n} months of natural background radiation).", n=str(c.r.randint(2, 30))),
        lambda: T("Dictated with speech recognition ({ver}); transcription reviewed by the radiologist.",
                  ver=c.ver()),
        lambda: T("Prior outside images from ___ requested; outside report is in {lang} and a translation "
                  "was not available at the time of dictation.", lang=lang),
        lambda: T("Patient brought her own list of questions written in {wl}; the interpreter sight-translated "
                  "them for the technologist.", wl=wl),
    ]
    return _pick(c, opts)


# --------------------------------------------------------------------------------------------------
# Table helpers
# --------------------------------------------------------------------------------------------------


def _table(c: _Ctx, header: list[str], rows: list[list[Piece]]) -> list:
    style = c.r.randrange(3)
    out: list = []
    if style == 0:  # pipe table
        for k, row in enumerate([header, *rows]):
            line: list = ["| "]
            for j, cell in enumerate(row):
                line += [cell, " | " if j < len(row) - 1 else " |"]
            out += line + ["\n"]
            if k == 0:
                out += ["|" + "|".join("-" * (len(h) + 2) for h in header) + "|\n"]
    else:  # aligned columns (style 2: no header rule)
        widths = [max(_plen(row[j]) for row in [header, *rows]) for j in range(len(header))]
        for k, row in enumerate([header, *rows]):
            for j, cell in enumerate(row):
                out.append(cell)
                if j < len(row) - 1:
                    out.append(" " * (widths[j] - _plen(cell) + 2))
            out.append("\n")
            if k == 0 and style == 1:
                out.append("-" * (sum(widths) + 2 * len(widths)) + "\n")
    return out[:-1] if out and out[-1] == "\n" else out


def _hhmm(c: _Ctx) -> str:
    return f"{c.r.randint(0, 23):02d}:{c.c(('00', '05', '10', '15', '20', '30', '40', '45', '50', '55'))}"


# --------------------------------------------------------------------------------------------------
# Builders: each returns a list of blocks (a block is a list of pieces), joined by blank lines
# --------------------------------------------------------------------------------------------------


def _mimic_header(c: _Ctx, service: str) -> list:
    return T("Name:  ___                  Unit No:   {mrn}\n\n"
             "Admission Date:  ___              Discharge Date:   ___\n\n"
             "Date of Birth:  {dob}             Sex:   {sex}\n\nService: {svc}",
             mrn=c.f("MRN", p=0.5), dob=c.f("DATE_REAL_YEAR", lambda r: _date(r, 1926, 2005), p=0.35),
             sex=c.sex, svc=service)


def _b_enc_log(c: _Ctx) -> list:
    lang, var, wl, code = c.L
    b: list = []
    b.append(T("INTERPRETER SERVICES - ENCOUNTER LOG\nPatient: ___      MRN: {mrn}\nUnit: {unit}    "
               "Attending: Dr. {att}\nPreferred language: {lang}{var}    Interpreter needed: YES\n"
               "Preferred written language: {wl}\nAge: {age}   Sex: {sex}",
               mrn=c.f("MRN"), unit=c.c(_UNITS), att=c.f("PERSON", p=0.3), lang=lang,
               var=f" / variety: {var}" if var else "", wl=wl, age=c.age(), sex=c.sex))
    rows = []
    for _ in range(c.r.randint(4, 7)):
        mode = c.c(("In person", "VRI", "OPI", "In person", "VRI"))
        if mode == "In person":
            interp: Piece = [c.f("PERSON", lambda r: _person(r, r.choice((0, 1, 4, 8))), p=0.35), " #___"]
            ref: Piece = "--"
        else:
            interp = "vendor #___"
            style = "call" if mode == "OPI" else "vri"
            ref = c.f("ACCOUNT", lambda r, style=style: _account(r, style), p=0.4)
        clin = ["Dr. ", c.f("PERSON", lambda r: _person(r, r.choice((0, 5, 8))), p=0.2)] \
            if c.r.random() < 0.6 else [c.f("PERSON", lambda r: _person(r, r.choice((0, 8))), p=0.2), ", RN"]
        rows.append([f"{c.r.randint(1, 12):02d}/{c.r.randint(1, 28):02d} {_hhmm(c)}", mode, interp, clin,
                     str(c.r.randint(6, 75)),
                     c.c(("Admission H&P", "Consent - central line", "Med rec", "Pain reassessment", "Family update",
                          "Discharge teaching", "Rounds", "Nutrition consult", "PT eval", "Goals of care")), ref])
    b.append(_table(c, ["Date/Time", "Mode", "Interpreter", "Clinician", "Min", "Purpose", "Ref"], rows))
    notes = [
        T("Coordinator note: patient declined family interpretation; {rel} offered but was thanked. "
          "In-person {lang} interpreters are scarce on nights; VRI ({dev}) used overnight.",
          rel=c.c(("a 14-year-old grandson", "the spouse", "a roommate", "the patient's sister")), lang=lang,
          dev=c.lk(c.c(("iPad", "Zoom for Healthcare", "Microsoft Teams")))),
        T("Dialect check: interpreter confirmed the patient understands the {lang} variety offered "
          "(patient from {country}). No relay needed.", lang=lang, country=c.country()),
        T("Total interpreted minutes this admission: {n}. Average wait for in-person: {w} min.",
          n=str(c.r.randint(90, 420)), w=str(c.r.randint(8, 55))),
    ]
    c.r.shuffle(notes)
    b += notes[: c.r.randint(1, 3)]
    b.append(T("Logged by: {who}, {cred} (cert. # ___)   ext. ___   ({dept})", who=c.f("PERSON", p=0.4),
               cred=c.c(("CMI", "CHI", "CoreCHI")), dept=c.dept()))
    return b


def _b_vri(c: _Ctx) -> list:
    lang = c.L[0]
    b: list = []
    k = c.r.randrange(2)
    sep = ": " if k else "="
    kv = [
        ("session_id", c.f("ACCOUNT", lambda r: _account(r, "vri"), p=0.55)),
        ("encounter_csn", c.f("ACCOUNT", lambda r: _account(r, "csn"), p=0.4)),
        ("platform", [c.lk(c.c(("Zoom for Healthcare", "Microsoft Teams"))), " / client ", c.ver()]),
        ("endpoint", [c.lk("iPad"), f" cart {c.r.randint(1, 14)}, SN ", c.f("DEVICE_ID", p=0.6)]),
        ("client_ip", c.f("IP_ADDRESS", p=0.65)),
        ("language", lang),
        ("interpreter_id", M),
        ("vendor", c.f("ORGANIZATION", lambda r: r.choice(_VENDORS), p=0.5)),
        ("join_url", c.f("URL", p=0.5, masked="(redacted)")),
        ("start", f"{c.sd(0)} {_hhmm(c)}:{c.r.randint(10, 59)}"),
        ("duration_min", str(c.r.randint(6, 58))),
        ("reconnects", str(c.r.randint(0, 3))),
        ("audio_quality", c.c(("good", "fair (echo)", "poor - background noise", "good after volume fix"))),
    ]
    lines: list = ["VRI SESSION RECORD (auto-generated)\n", "-" * 38, "\n"]
    for key, val in kv:
        lines += [key.ljust(15) if k else key, sep, val, "\n"]
    b.append(lines[:-1])
    b.append(T("Clinician note: VRI used for {purpose}. Screen positioned so patient could see the "
               "interpreter's face; {rel} present. Patient is {age} years old and somewhat hard of "
               "hearing; {pt} amplifier offered.",
               purpose=c.c(("admission history", "consent discussion", "medication teaching", "discharge teaching",
                            "pain assessment")),
               rel=c.c(("daughter", "husband", "no family", "son-in-law")), age=c.age(), pt=c.lk("Pocketalker")))
    b.append(T("Technical: video froze twice; audio-only fallback for ~3 min. Ticket opened with "
               "clinical engineering. Cart battery at 18% - swapped. Next time request cart from {dept} "
               "before rounds.", dept=c.dept()))
    if c.r.random() < 0.6:
        b.append(T("Clinician: Dr. {p}   Interpreter ID# ___   Verified patient name and DOB in {lang}.",
                   p=c.f("PERSON", p=0.5), lang=lang))
    return b


def _b_opi(c: _Ctx) -> list:
    lang = c.L[0]
    b: list = [T("TELEPHONE INTERPRETER (OPI) CALL RECORD\nVendor: {v}        Client account: ___\n"
                 "Requested by: {who}, RN    Unit: {unit}\nLanguage requested: {lang}",
                 v=c.f("ORGANIZATION", lambda r: r.choice(_VENDORS), p=0.5), who=c.f("PERSON", p=0.35),
                 unit=c.c(_UNITS), lang=c.lang())]
    rows = []
    for _ in range(c.r.randint(3, 6)):
        rows.append([c.f("ACCOUNT", lambda r: _account(r, "call"), p=0.5), _hhmm(c), f"{c.r.randint(1, 59)} min",
                     "___", c.c((lang, lang, "Spanish (relay)", lang)),
                     c.c(("connected", "connected", "dropped", "no interpreter avail.", "connected - 2nd attempt"))])
    b.append(_table(c, ["Call ID", "Start", "Dur", "Interp ID", "Language", "Status"], rows))
    b.append(T("Narrative: first attempt for {lang} could not be filled (rare language); vendor "
               "supervisor offered a two-step relay through Spanish, which the patient declined. Second "
               "call connected after {w} min hold. Interpreter confirmed same dialect.",
               lang=lang, w=str(c.r.randint(4, 25))))
    b.append(T("Use of speakerphone in a shared room: roommate moved out during the call for privacy. "
               "Dual-handset phone requested from {dept}.", dept=c.dept()))
    if c.r.random() < 0.5:
        b.append(T("Phone used: dual-handset unit, {model}, {ref}.", model=c.model(), ref=c.ref()))
    return b


_CONSENT_TEXT = {
    "Spanish": "Yo entiendo el procedimiento, sus riesgos y alternativas, y doy mi consentimiento.",
    "Portuguese": "Eu entendo o procedimento, os riscos e as alternativas, e dou o meu consentimento.",
    "Haitian Creole": "Mwen konprann pwosedi a, risk yo ak lòt opsyon yo, epi mwen dakò.",
    "Vietnamese": "Tôi hiểu thủ thuật, các rủi ro và lựa chọn khác, và tôi đồng ý.",
    "Russian": "Я понимаю процедуру, её риски и альтернативы и даю согласие.",
    "Polish": "Rozumiem zabieg, jego ryzyko i alternatywy i wyrażam zgodę.",
}


def _b_consent(c: _Ctx) -> list:
    lang = c.L[0]
    proc = c.c(("Central venous catheter placement", "Blood transfusion", "Cesarean delivery", "Lumbar puncture",
                "Colonoscopy with possible biopsy", "Paracentesis", "Cardiac catheterization"))
    b: list = [T("INFORMED CONSENT - {proc}\nBilingual documentation: English / {lang}\nForm CON-{f} (rev. {y}), "
                 "translated version on file", proc=proc.upper(), lang=lang, f=str(c.r.randint(100, 180)),
                 y=c.year())]
    b.append(T("Risks discussed: bleeding, infection, injury to nearby structures, need for further "
               "procedures. Alternatives: {alt}. Questions answered through the interpreter; patient asked "
               "about {q}.", alt=c.c(("observation", "medical management", "no procedure")),
               q=c.c(("recovery time", "whether she can breastfeed", "pain", "cost", "who will do the procedure"))))
    txt = _CONSENT_TEXT.get(lang, "[translated consent text on file - see scanned page 2]")
    b.append(T("[English] I understand the procedure, its risks and alternatives, and I consent.\n[{lang}] {txt}",
               lang=lang, txt=txt))
    sig_rows = [
        T("Patient signature: ___        Date: {d}   Time: ___", d=c.f("DATE_REAL_YEAR", p=0.5)),
        T("Interpreter: {p} (ID ___)   Mode: {m}",
          p=c.f("PERSON", p=0.45), m=c.c(("in person", "VRI", "telephone"))),
        T("Witness: ___"),
        T("Physician: Dr. {p}   Lic# {lic}", p=c.f("PERSON", p=0.45),
          lic=c.f("LICENSE", lambda r: _license(r, "med"), p=0.55)),
    ]
    blk: list = []
    for row in sig_rows:
        blk += row + ["\n"]
    b.append(blk[:-1])
    b.append(T("Interpreter attestation: I interpreted the above information accurately and completely "
               "between the physician and the patient in {lang}. Sight translation of the English form "
               "was provided where the translated form differed (section 4).", lang=lang))
    if c.r.random() < 0.5:
        b.append(T("Patient's daughter, age {a}, present; not used as interpreter. Consent obtained by "
                   "{dept} liaison per policy.", a=str(c.r.randint(14, 60)), dept=c.dept()))
    return b


def _b_reg(c: _Ctx) -> list:
    lang, var, wl, code = c.L
    rows = [
        ["Preferred language", "English", lang],
        ["Interpreter required", "N", "Y"],
        ["Written language", "English", wl],
        ["Address line 1", M, c.f("STREET_ADDRESS", p=0.7)],
        ["City", M, c.f("LOCATION", p=0.6)],
        ["State", "MA", "MA"],
        ["ZIP", M, c.f("ZIP", p=0.7)],
        ["Home phone", M, c.f("PHONE", p=0.6)],
        ["Email", M, c.f("EMAIL", p=0.6)],
    ]
    if c.r.random() < 0.5:
        rows.append(["Emergency contact", M, [c.f("PERSON", p=0.4), " (daughter)"]])
    b: list = [T("PATIENT REGISTRATION - DEMOGRAPHIC CHANGE\nMRN: {mrn}   Encounter: {enc}\nSource: "
                 "patient self-report via {m} interpreter",
                 mrn=c.f("MRN", p=0.5), enc=c.f("ACCOUNT", lambda r: _account(r, "csn"), p=0.4),
                 m=c.c(("in-person", "telephone", "video")))]
    b.append(_table(c, ["Field", "Old value", "New value"], rows))
    b.append(T("Insurance: {plan}   Member ID: {mid}   {grp}\nID verified: driver's license {dl}   SSN on file: {ssn}",
               plan=c.c(_PLANS), mid=c.f("HEALTH_PLAN", p=0.7), grp=c.group(),
               dl=c.f("LICENSE", lambda r: _license(r, "dl"), p=0.6), ssn=c.f("SSN", p=0.7)))
    b.append(T("Audit trail:\n  {t1}  LANG_PREF  ENG -> {code}\n  {t2}  INTERP_NEEDED  N -> Y\n"
               "  {t3}  WRITTEN_LANG  ENG -> {code}  (user: ___)",
               t1=f"{c.sd(0)} {_hhmm(c)}", t2=_hhmm(c), t3=_hhmm(c), code=code))
    b.append(T("Comment: patient previously registered with English in error at a kiosk visit in {y}. "
               "Interpreter flag now shows on the banner and on appointment letters. Patient born in "
               "{country}.", y=c.year(), country=c.country()))
    b.append(T("Updated by: {who}  ({dept})", who=c.f("PERSON", p=0.5), dept=c.lk("Patient Registration")))
    return b


def _b_complaint(c: _Ctx) -> list:
    lang = c.L[0]
    b: list = [T("PATIENT RELATIONS - GRIEVANCE / COMPLAINT RECORD\nCase no.: {case}    Received: {rd} by phone\n"
                 "Category: Communication / Language access\nComplainant: {who} ({rel})    Contact: {ph}\n"
                 "Patient: ___   MRN ___   Language: {lang}",
                 case=c.f("ACCOUNT", lambda r: _account(r, "case"), p=0.6), rd=c.f("DATE_REAL_YEAR", p=0.4),
                 who=c.f("PERSON", p=0.45), rel=c.c(("daughter", "son", "husband", "niece", "patient")),
                 ph=c.f("PHONE", p=0.45), lang=lang)]
    b.append(T("Summary of concern: family reports that no interpreter was offered during the ED stay on "
               "{sd} and that the patient's {minor} was asked to interpret the discharge instructions. "
               "Patient was given English-only paperwork and did not fill the {drug} prescription.",
               sd=c.sd(), minor=c.c(("12-year-old grandson", "15-year-old daughter", "neighbor")), drug=c.drug()))
    if c.r.random() < 0.5:
        b.append(T("Also reports the family car (plate {pl}) was ticketed in the patient drop-off lane "
                   "while they waited 2 hours for a {lang} interpreter.",
                   pl=c.f("VEHICLE_ID", p=0.7, masked=M), lang=lang))
    b.append(T("Investigation: {dept} records show no interpreter request for that visit. ED staff "
               "re-educated on the 2-minute VRI connection; tagline cards restocked.", dept=c.dept()))
    b.append(T("Response letter (sent in English and {wl}):\n    {who}\n    {st}\n    {town}, MA {zip}\n\n"
               "Dear ___,\nThank you for telling us about your experience. ... If you are not satisfied, "
               "you may contact the federal civil rights office at {hot} or {site}.",
               wl=c.wr, who=c.f("PERSON", p=0.3), st=c.f("STREET_ADDRESS", p=0.7),
               town=c.f("LOCATION", p=0.6), zip=c.f("ZIP", p=0.6), hot=c.lk("1-800-368-1019"),
               site=c.lk("www.hhs.gov/ocr")))
    b.append(T("Closed by: ___, Patient Relations Specialist.  Resolution within 7 days: {yn}",
               yn=c.c(("yes", "no - extension letter sent"))))
    return b


def _b_dc(c: _Ctx) -> list:
    lang = c.L[0]
    services = ("MEDICINE", "SURGERY", "NEUROLOGY") + (("OBSTETRICS/GYNECOLOGY",) if c.sex == "F" else ())
    b: list = [_mimic_header(c, c.c(services))]
    b.append(T("Allergies:\n{a}\n\nAttending: {att}.", a=c.c(("No Known Allergies / Adverse Drug Reactions",
                                                             "Penicillins",
                                                             "Sulfa (Sulfonamide Antibiotics)")),
               att=c.f("PERSON", p=0.3)))
    b.append(T("Chief Complaint:\n{cc}\n\nHistory of Present Illness:\nHistory obtained via {mode} {lang} "
               "interpreter. ___ is a {age}-year-old {sexw} with {pmh} who presents with {cc2}.",
               cc=c.c(("abdominal pain", "shortness of breath", "fever", "fall", "chest pain")),
               mode=c.c(("in-person", "VRI", "telephone")), lang=lang, age=c.age(),
               sexw="woman" if c.sex == "F" else "man",
               pmh=c.c(("DM2", "HTN and CKD", "AFib on anticoagulation", "asthma")),
               cc2=c.c(("3 days of RLQ pain", "worsening dyspnea", "fevers and dysuria", "a mechanical fall at home"))))
    b.append(T("Brief Hospital Course:\nTreated with IV antibiotics then transitioned to oral therapy. "
               "Anticoagulation with {d1} held, resumed at discharge. All consent and teaching conversations "
               "were interpreted; family was not used to interpret.",
               d1=c.lk(c.c(("Eliquis", "Xarelto", "Coumadin", "Lovenox")))))
    c.fill_at = (len(b), len(b))
    d = _drugs(c, 3)
    b.append(T("Discharge Medications:\n1. {d1} 5 mg PO BID\n2. {d2} 40 mg PO daily\n3. {d3} 1 tab PO q6h PRN",
               d1=d[0], d2=d[1], d3=d[2]))
    b.append(T("Discharge Instructions:\nReviewed with you in {lang} through an interpreter using teach-back. "
               "Please call your doctor if you have fever, worsening pain or bleeding.\n\nFollowup Instructions:\n"
               "___ with interpreter booked (language flag on appointment).", lang=lang))
    return b


def _b_family(c: _Ctx) -> list:
    lang = c.L[0]
    att: list = []
    for role in ("Attending", "Interpreter", "Social work", "Palliative care"):
        who = c.f("PERSON", p=0.3)
        att += [f"  - {role}: ", who, " (ID ___)" if role == "Interpreter" else "", "\n"]
    att += ["  - Family: ___ (son), ___ (daughter)"]
    b: list = [T("FAMILY MEETING NOTE - GOALS OF CARE\nLocation: {u} family room    Duration: {n} min\n"
                 "Language: {lang}, {mode} interpreter", u=c.c(_UNITS), n=str(c.r.randint(30, 90)),
                 lang=c.lang(), mode=c.c(("in-person", "video"))), ["Attendees:\n", *att]]
    b.append(T("Patient is a {age} year old {sexw} admitted with {dx}. Family asked that difficult news be "
               "shared with them first; interpreter helped explain that we ask the patient how they want "
               "information shared. Patient (in {lang}) said {pr} wants {pp} son to decide.",
               age=c.age(), sexw="woman" if c.sex == "F" else "man",
               dx=c.c(("metastatic gastric cancer", "end-stage heart failure", "large MCA stroke", "sepsis and ESRD")),
               lang=lang, pr="she" if c.sex == "F" else "he", pp="her" if c.sex == "F" else "his"))
    b.append(T("Decisions: DNR/DNI confirmed; MOLST completed in English with sight translation. "
               "Hospice referral to {org}. Interpreter debrief offered after meeting.",
               org=c.f("ORGANIZATION", p=0.4)))
    b.append(T("Cultural considerations: family from {country}; prefers prayer at bedside; dietary "
               "restrictions discussed. No family member used as interpreter.", country=c.country()))
    return b


def _b_asl(c: _Ctx) -> list:
    b: list = [T("COMMUNICATION ACCESS PLAN - DEAF / HARD OF HEARING\nPrimary language: {lang}\n"
                 "Interpreter type: ASL interpreter + CDI (certified deaf interpreter) team\n"
                 "VRI appropriate: {vri}", lang=c.lk("American Sign Language"),
                 vri=c.c(("NO - low vision", "NO - patient unable to sit upright", "yes, as backup only")))]
    b.append(T("Devices: {dev} processor on the right, serial {sn}; {ha} aid on the left. "
               "Batteries brought by family. MRI-conditional status checked with {dept}.",
               dev=c.lk("Nucleus 7"), sn=c.f("DEVICE_ID", p=0.6),
               ha=c.lk(c.c(("Phonak Audéo", "Oticon More"))), dept=c.dept()))
    b.append(T("Contact: videophone (VP) {vp}; text relay {tty}. Patient does not use voice phone.",
               vp=c.f("PHONE", p=0.6), tty=c.lk("TTY 711")))
    b.append(T("Request: {who} (coordinator) scheduled ASL team for rounds daily at 09:00 and for all "
               "procedures. Agency: {org}. Interpreter IDs ___ and ___ (CDI).",
               who=c.f("PERSON", p=0.35), org=c.f("ORGANIZATION", lambda r: r.choice(_VENDORS),
                                                   p=0.5)))
    b.append(T("Notes: whiteboard and writing are not substitutes for interpretation for this patient "
               "(English literacy limited). Patient's rights under the ADA reviewed ({site}).", site=c.site()))
    if c.r.random() < 0.5:
        b.append(T("Patient, {age} years old, retired printer, lives alone; neighbor checks daily.", age=c.age()))
    return b


def _rad_header(c: _Ctx, exam: str, indication: list) -> list:
    return T("EXAMINATION:  {exam}\n\nINDICATION:  {ind}", exam=exam, ind=indication)


def _attest(c: _Ctx, what: str) -> list:
    mode = c.c(("in-person", "video remote (VRI)", "telephone"))
    tail: Piece = ""
    if mode == "telephone" and c.r.random() < 0.7:
        tail = [", call ID ", c.f("ACCOUNT", lambda r: _account(r, "call"), p=0.6)]
    elif mode.startswith("video") and c.r.random() < 0.7:
        tail = [", session ", c.f("ACCOUNT", lambda r: _account(r, "vri"), p=0.6)]
    return T("INTERPRETER ATTESTATION:  {what} were provided in {lang} via a qualified {mode} interpreter "
             "(interpreter ID ___{tail}). The patient confirmed understanding using teach-back.",
             what=what, lang=c.L[0], mode=mode, tail=tail)


def _rad_sign(c: _Ctx) -> list:
    k = c.r.randrange(3)
    if k == 0:
        return T("Electronically signed by: Dr. {p} on {sd}", p=c.f("PERSON", p=0.4), sd=c.sd())
    if k == 1:
        return T("Radiologist: {p}, MD   NPI {npi}", p=c.f("PERSON", p=0.4),
                 npi=c.f("LICENSE", lambda r: _license(r, "npi"), p=0.5))
    return T("Accession: {acc}   Ordering: Dr. ___", acc=c.f("ACCOUNT", lambda r: _account(r, "acc"), p=0.5))


def _findings(c: _Ctx, pool: list, lo: int = 2, hi: int = 3) -> list:
    out: list = []
    for k, f in enumerate(c.r.sample(pool, min(len(pool), c.r.randint(lo, hi)))):
        out += (["\n"] if k else []) + [f() if callable(f) else f]
    return out


def _b_ct(c: _Ctx) -> list:
    region_ = c.c(("abd", "chest", "chest", "head"))
    exam = {"abd": "CT ABDOMEN AND PELVIS WITH CONTRAST", "chest": c.c(("CTA CHEST", "CT CHEST WITH CONTRAST")),
            "head": "CT HEAD WITHOUT CONTRAST"}[region_]
    why = {"abd": c.c(("RLQ pain", "weight loss", "fever and abdominal pain")),
           "chest": c.c(("pleuritic chest pain, r/o PE", "hemoptysis", "abnormal chest film")),
           "head": c.c(("fall on anticoagulation", "new headache", "confusion per family"))}[region_]
    b: list = [_rad_header(c, exam, T("{age} year old {sexw} with {why}; {lang}-speaking.", age=c.age(),
                                      sexw="woman" if c.sex == "F" else "man", why=why, lang=c.L[0]))]
    con = "No IV contrast." if region_ == "head" else \
        T("{n} mL {con} IV, {lot}, {exp}.", n=str(c.r.randint(60, 110)), con=c.contrast(), lot=c.lot(), exp=c.exp())
    b.append(T("TECHNIQUE:  {sc}, axial images with coronal and sagittal reformats. {con}\n"
               "DOSE:  CTDIvol {ctd} mGy, DLP {dlp} mGy-cm.",
               sc=c.lk(c.c(("SOMATOM Force", "Aquilion ONE", "Revolution CT"))), con=con,
               ctd=f"{c.r.randint(4, 25)}.{c.r.randint(0, 9)}", dlp=str(c.r.randint(180, 1200))))
    b.append(T("COMPARISON:  {cmp}", cmp=c.c(("None.", "Outside CT from ___ (report only).", "__SD__"))))
    if b[-1][1] == "__SD__":
        b[-1][1] = c.sd()
    pool = {
        "abd": [lambda: T("The liver is normal in size and attenuation without focal lesion. No biliary dilatation. "
                          "A simple cyst in the left kidney ({bos} I) measures 1.4 cm.", bos=c.lk("Bosniak")),
                lambda: T("Small amount of free fluid in {mor}. No free air.", mor=c.lk("Morison's pouch")),
                lambda: T("Left adrenal nodule measuring 1.2 cm with mean attenuation of 8 {hu} units, "
                          "consistent with a lipid-rich adenoma.", hu=c.lk("Hounsfield")),
                "The appendix is dilated to 11 mm with periappendiceal fat stranding; no abscess.",
                "No bowel obstruction. Small fat-containing umbilical hernia.",
                "Degenerative change of the lower lumbar spine; no aggressive osseous lesion."],
        "chest": [lambda: T("Few scattered 3 mm pulmonary nodules; no follow-up needed per {fl} guidelines "
                            "({y} update) in a low-risk patient.", fl=c.lk("Fleischner"), y=c.year()),
                  lambda: T("Heart size normal, no pericardial effusion. No {kb} or septal thickening.",
                            kb=c.lk("Kerley B lines")),
                  "Pulmonary arteries opacify well; no filling defect to the subsegmental level.",
                  lambda: T("Small hiatal hernia; questionable {sch} at the GE junction.", sch=c.lk("Schatzki ring")),
                  "Healed left posterior rib fractures. Thyroid unremarkable."],
        "head": [lambda: T("No acute intracranial hemorrhage, mass effect or territorial infarct. {gcs} 15 per "
                           "the referring team.", gcs=c.lk("Glasgow Coma Scale")),
                 "Ventricles and sulci are age-appropriate. Mild periventricular white matter hypodensity, "
                 "likely chronic small vessel ischemic change.",
                 "Paranasal sinuses and mastoid air cells are clear.",
                 "Calvarium intact; left parietal scalp soft-tissue swelling."],
    }[region_]
    b.append(["FINDINGS:\n\n", _findings(c, pool, 3, 4)])
    b.append(T("IMPRESSION:\n1. {imp}\n2. No other acute findings.", imp={
        "abd": c.c(("Findings consistent with uncomplicated appendicitis.", "Nonspecific mesenteric lymph nodes.",
                    "No acute abdominopelvic process.")),
        "chest": c.c(("No pulmonary embolism.", "Tiny nodules, no follow-up required.")),
        "head": "No acute intracranial process."}[region_]))
    c.fill_at = (len(b), len(b))
    b.append(_attest(c, "Contrast screening questions, the allergy history and post-contrast instructions"
                     if region_ != "head" else "Positioning instructions and the need to hold still"))
    b.append(_rad_sign(c))
    return b


def _b_mri(c: _Ctx) -> list:
    region_ = c.c(("brain", "spine", "liver"))
    exam = {"brain": "MRI BRAIN WITH AND WITHOUT CONTRAST", "spine": "MRI LUMBAR SPINE WITHOUT CONTRAST",
            "liver": "MRI ABDOMEN (LIVER PROTOCOL)"}[region_]
    why = {"brain": "headache and new left arm weakness", "spine": "low back pain with right leg radiculopathy",
           "liver": "cirrhosis, HCC surveillance"}[region_]
    b: list = [_rad_header(c, exam, T("{age} y/o {sx}, {why}; screening form completed with interpreter.",
                                      age=c.age(), sx=c.sex, why=why))]
    pacer = c.r.random() < 0.4
    ci = c.r.random() < 0.35
    rows = [
        ["Cardiac device", "pacemaker" if pacer else "none", c.lk("Azure XT DR MRI SureScan") if pacer else "--",
         c.f("DEVICE_ID", p=0.7, masked=M) if pacer else "--"],
        ["Cochlear implant", "right" if ci else "none", c.lk("Nucleus 7") if ci else "--",
         c.f("DEVICE_ID", p=0.7, masked=M) if ci else "--"],
        ["Metal fragments", "denies (asked in " + c.L[0] + ")", "--", "--"],
        ["Pregnancy", c.c(("N/A", "denies", "test negative")), "--", "--"],
    ]
    b.append(["MRI SAFETY SCREENING (interpreted):\n", _table(c, ["Item", "Answer", "Model", "Serial"], rows)])
    if pacer:
        b.append(T("Device programmed to MRI SureScan mode by the device clinic before the scan and restored "
                   "afterwards; {model}.", model=c.model()))
    con = "" if region_ == "spine" else T(" before and after {n} mL {con}", n=str(c.r.randint(5, 15)),
                                          con=c.lk(c.c(("Gadavist", "Dotarem", "MultiHance", "Clariscan"))))
    b.append(T("TECHNIQUE:  {sc} 3T. Multiplanar multisequence imaging{con}.",
               sc=c.lk(c.c(("MAGNETOM Vida", "Signa Premier", "Ingenia Elition"))), con=con))
    pool = {
        "brain": ["No acute infarct on diffusion-weighted imaging. No abnormal enhancement.",
                  "Scattered T2/FLAIR white matter hyperintensities, nonspecific.",
                  "Susceptibility artifact from the right temporal region limits evaluation there.",
                  "Normal flow voids. Ventricles normal in size."],
        "spine": ["Mild L4-5 disc bulge with a small right foraminal protrusion contacting the exiting L4 root.",
                  "Conus terminates normally at L1.", "Facet arthropathy at L5-S1 without canal stenosis.",
                  "Vertebral body heights preserved; no marrow edema."],
        "liver": ["2 cm arterially enhancing observation in segment 7 without washout or capsule.",
                  "Cirrhotic liver morphology with small volume ascites.", "Spleen 14 cm. Patent portal vein.",
                  "No biliary dilatation."],
    }[region_]
    b.append(["FINDINGS:\n", _findings(c, pool, 3, 4)])
    imp = {"brain": "No acute abnormality.", "spine": "Mild degenerative changes; right L4-5 foraminal narrowing.",
           "liver": T("2 cm LR-3 observation in segment 7; follow-up MRI in 3-6 months per {lr}.",
                      lr=c.lk("LI-RADS"))}[region_]
    b.append(T("IMPRESSION:  {imp}", imp=imp))
    c.fill_at = (len(b), len(b))
    b.append(_attest(c, "Safety screening questions, breath-hold and claustrophobia instructions"))
    if c.r.random() < 0.7:
        b.append(_rad_sign(c))
    return b


def _b_ob(c: _Ctx) -> list:
    b: list = [_rad_header(c, "OB ULTRASOUND, SECOND/THIRD TRIMESTER",
                           T("G{g}P{p}, dating and anatomy. Preferred language {lang}.", g=str(c.r.randint(1, 6)),
                             p=str(c.r.randint(0, 4)), lang=c.lang()))]
    b.append(T("LMP: ___   EDD by LMP: {edd}   EDD by early US: {edd2}\nEquipment: {sc}, transabdominal.",
               edd=c.sd(), edd2=c.sd(), sc=c.lk(c.c(("Voluson E10", "Logiq E10")))))
    gw = c.r.randint(18, 34)
    b.append(T("FINDINGS:  Single live intrauterine pregnancy, {pres}. FHR {fhr} bpm. Biometry ({h}): "
               "BPD, HC, AC and FL concordant at {gw} weeks {gd} days; EFW {efw} g ({pc}th percentile). "
               "Placenta {pl}, no previa. Amniotic fluid normal (MVP {mvp} cm). Cervical length {cl} cm.",
               pres=c.c(("cephalic", "breech", "variable")), fhr=str(c.r.randint(128, 162)), h=c.lk("Hadlock"),
               gw=str(gw), gd=str(c.r.randint(0, 6)), efw=str(int(gw * gw * 2.1)), pc=str(c.r.randint(12, 88)),
               pl=c.c(("posterior", "anterior", "fundal")), mvp=f"{c.r.randint(3, 7)}.{c.r.randint(0, 9)}",
               cl=f"{c.r.randint(3, 4)}.{c.r.randint(0, 9)}"))
    b.append(T("ANATOMY SURVEY:  Intracranial structures, face, spine, four-chamber heart and outflow "
               "tracts, stomach, kidneys, bladder, cord insertion and extremities visualized and normal."))
    b.append(T("IMPRESSION:  Appropriate interval growth. No sonographic anomaly identified."))
    c.fill_at = (len(b), len(b))
    mode = c.c(("telephone", "video", "in-person"))
    b.append(T("Results discussed with the patient in {lang} via {mode} interpreter{tail}. Patient asked "
               "about fetal sex; disclosed per her request. Her partner was present and was not used to "
               "interpret.", lang=c.L[0], mode=mode,
               tail=[" (call ID ", c.f("ACCOUNT", lambda r: _account(r, "call"), p=0.5), ")"]
               if mode == "telephone" and c.r.random() < 0.8 else ""))
    if c.r.random() < 0.5:
        b.append(T("Follow-up: {dept} to schedule growth scan in 4 weeks with {lang} interpreter.",
                   dept=c.dept(), lang=c.L[0]))
    b.append(_rad_sign(c))
    return b


def _b_ir(c: _Ctx) -> list:
    proc = c.c(("ULTRASOUND-GUIDED PARACENTESIS", "TUNNELED PORT PLACEMENT", "PICC PLACEMENT",
                "CT-GUIDED LIVER BIOPSY"))
    b: list = [_rad_header(c, proc, T("{age} year old with {why}.", age=c.age(),
                                      why={"ULTRASOUND-GUIDED PARACENTESIS": "cirrhosis and tense ascites",
                                           "TUNNELED PORT PLACEMENT": "need for chemotherapy",
                                           "PICC PLACEMENT": "long-term IV antibiotics",
                                           "CT-GUIDED LIVER BIOPSY": "new liver lesion"}[proc]))]
    b.append(T("CONSENT:  Risks, benefits and alternatives were explained in {lang} with a qualified "
               "interpreter; written consent (bilingual form) signed. Time-out performed with interpreter "
               "present.", lang=c.L[0]))
    sed = c.c(("midazolam", "ATIVAN"))
    b.append(T("OPERATORS:  Dr. {op1} (attending), Dr. ___ (fellow).\nSEDATION:  Moderate sedation, "
               "{d} and fentanyl; {mal} II. Sedation instructions interpreted.",
               op1=c.f("PERSON", p=0.4), d=c.lk("Ativan") if sed == "ATIVAN" else sed, mal=c.lk("Mallampati")))
    dev = {"ULTRASOUND-GUIDED PARACENTESIS": "Safe-T-Centesis", "TUNNELED PORT PLACEMENT": "PowerPort",
           "PICC PLACEMENT": "PowerPICC", "CT-GUIDED LIVER BIOPSY": None}[proc]
    if dev:
        sn = T("; implant serial {sn}", sn=c.f("DEVICE_ID", p=0.7)) if dev == "PowerPort" else ""
        b.append(T("DEVICE:  {dev} {ref}, {lot}, {exp}{sn}.\nTECHNIQUE:  {sel} technique under ultrasound "
                   "guidance.", dev=c.lk(dev), ref=c.ref(), lot=c.lot(), exp=c.exp(), sn=sn, sel=c.lk("Seldinger")))
    else:
        b.append(T("DEVICE:  18G coaxial biopsy system, {ref}, {lot}.\nTECHNIQUE:  CT guidance, "
                   "{n} passes.", ref=c.ref(), lot=c.lot(), n=str(c.r.randint(2, 4))))
    if proc in ("TUNNELED PORT PLACEMENT", "PICC PLACEMENT") and c.r.random() < 0.7:
        b.append(T("Patient placed in {tr} position for venous access; {fol} catheter not required. "
                   "Instructions to hold still and breathe were interpreted.",
                   tr=c.lk("Trendelenburg"), fol=c.lk("Foley")))
    b.append(T("FINDINGS:  {f}", f={
        "ULTRASOUND-GUIDED PARACENTESIS": f"{c.r.randint(2, 7)}.{c.r.randint(0, 9)} L of straw-colored fluid "
                                          "removed; albumin given per protocol.",
        "TUNNELED PORT PLACEMENT": "Right internal jugular port; catheter tip at the cavoatrial junction.",
        "PICC PLACEMENT": f"Left basilic {c.c(('4', '5'))} Fr double-lumen PICC, {c.r.randint(36, 48)} cm; tip at the "
                          "cavoatrial junction.",
        "CT-GUIDED LIVER BIOPSY": "Three 18G cores obtained; no immediate complication."}[proc]))
    b.append(T("IMPRESSION:  Technically successful {p}.", p=proc.lower()))
    c.fill_at = (len(b), len(b))
    b.append(_attest(c, "Consent, time-out and post-procedure care instructions"))
    b.append(_rad_sign(c))
    return b


def _b_xr(c: _Ctx) -> list:
    region_ = c.c(("chest", "knee", "wrist", "abd"))
    exam = {"chest": "CHEST (PA AND LAT)", "knee": "KNEE (AP, LAT AND SUNRISE) RIGHT", "wrist": "WRIST 3 VIEWS LEFT",
            "abd": "ABDOMEN (SUPINE AND UPRIGHT)"}[region_]
    why = {"chest": "cough", "knee": "knee pain and swelling", "wrist": "fall on outstretched hand",
           "abd": "vomiting"}[region_]
    b: list = [_rad_header(c, exam, T("___ year old {sx} with {why}.  Tech note: pt {lang}-speaking.",
                                      sx=c.sex, why=why, lang=c.L[0]))]
    cmp_ = c.sd() if c.r.random() < 0.5 else "None"
    pool = {
        "chest": [lambda: T("The heart size is normal. No {kb}. No pleural effusion or pneumothorax.",
                            kb=c.lk("Kerley B lines")),
                  "The lungs are clear. The mediastinal and hilar contours are unremarkable.",
                  "Mild degenerative change of the thoracic spine."],
        "knee": [lambda: T("Moderate suprapatellar effusion. Posterior soft-tissue fullness could reflect a {bc}; "
                           "ultrasound can confirm.", bc=c.lk("Baker's cyst")),
                 "Medial compartment joint-space narrowing with marginal osteophytes.",
                 "No fracture or dislocation."],
        "wrist": [lambda: T("Healed distal radius fracture with mild dorsal angulation (prior {co} fracture).",
                            co=c.lk("Colles")),
                  "No acute fracture. The scaphoid is intact.", "Mild first carpometacarpal osteoarthritis."],
        "abd": ["Nonobstructive bowel gas pattern. No free air on the upright view.", "Moderate stool burden.",
                "Pelvic phleboliths."],
    }[region_]
    b.append(["COMPARISON:  ", cmp_, ".\n\nFINDINGS:\n", _findings(c, pool, 2, 3)])
    b.append(T("IMPRESSION:  {imp}", imp={"chest": "No acute cardiopulmonary process.",
                                         "knee": "Joint effusion and medial compartment osteoarthritis.",
                                         "wrist": "No acute fracture.",
                                         "abd": "Nonobstructive bowel gas pattern."}[region_]))
    c.fill_at = (len(b), len(b))
    b.append(T("TECHNOLOGIST NOTE:  Positioning and breath-hold instructions were given through VRI "
               "({ipad} cart, {plat}). Session connected after {s} s. Patient {age} years old, "
               "required assistance to stand{val}.",
               ipad=c.lk("iPad"), plat=c.lk(c.c(("Zoom for Healthcare", "Microsoft Teams"))),
               s=str(c.r.randint(15, 140)),
               age=c.age(), val=T("; {v} maneuver explained", v=c.lk("Valsalva")) if region_ == "chest" else ""))
    if c.r.random() < 0.6:
        b.append(_attest(c, "Positioning instructions"))
    b.append(_rad_sign(c))
    return b


def _b_mammo(c: _Ctx) -> list:
    diag = c.r.random() < 0.4
    b: list = [_rad_header(c, "DIAGNOSTIC MAMMOGRAM LEFT" if diag else "SCREENING MAMMOGRAM BILATERAL (TOMOSYNTHESIS)",
                           T("{age} year old woman, {why}.", age=c.age(),
                             why=c.c(("palpable lump left breast", "callback from screening"))
                             if diag else "routine screening"))]
    b.append(T("HISTORY (obtained via {lang} interpreter):  No prior breast surgery. Family history: "
               "sister with breast cancer at {a}. Immigrated from {country} in {y}; first mammogram in the US.",
               lang=c.L[0], a=str(c.r.randint(35, 70)), country=c.country(), y=c.year()))
    b.append(T("TECHNIQUE:  {sc} digital mammography with tomosynthesis. Positioning instructions "
               "interpreted; compression explained in advance.",
               sc=c.lk(c.c(("Selenia Dimensions", "Senographe Pristina")))))
    b.append(T("COMPARISON:  {cmp}", cmp=c.c(("None available.", "Outside mammograms requested from ___."))))
    b.append(T("FINDINGS:  The breasts are {dens}. {f}\n\nIMPRESSION:  {br} {n}: {txt}.",
               dens=c.c(("heterogeneously dense", "scattered fibroglandular density", "almost entirely fatty")),
               f=c.c(("No suspicious mass, calcification or architectural distortion.",
                      "Stable benign-appearing calcifications in the right upper outer quadrant.",
                      "A 9 mm oval circumscribed mass in the left breast at 2 o'clock, likely a cyst.")),
               br=c.lk("BI-RADS"), n=c.c(("1", "2", "0")),
               txt=c.c(("Negative", "Benign", "Incomplete, needs additional imaging"))))
    c.fill_at = (len(b), len(b))
    b.append(T("Result letter mailed in {wl} to:\n  ___\n  {st}\n  {town}, {stab} {zip}\nPatient callback "
               "number {ph}; calls to be made with interpreter on the line.",
               wl=c.wr, st=c.f("STREET_ADDRESS", p=0.6), town=c.f("LOCATION", p=0.5),
               stab=c.c(("MA", "RI", "NH")), zip=c.f("ZIP", p=0.6), ph=c.f("PHONE", p=0.5)))
    b.append(_rad_sign(c))
    return b


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list]]] = {
    "interpreter_encounter_log": ("discharge", _b_enc_log),
    "vri_session_record": ("discharge", _b_vri),
    "telephone_vendor_call": ("discharge", _b_opi),
    "bilingual_consent": ("discharge", _b_consent),
    "language_registration_update": ("discharge", _b_reg),
    "language_access_complaint": ("discharge", _b_complaint),
    "discharge_summary_interpreted": ("discharge", _b_dc),
    "family_meeting_interpreted": ("discharge", _b_family),
    "asl_cdi_request": ("discharge", _b_asl),
    "ct_interpreter_attestation": ("radiology", _b_ct),
    "mri_screening_interpreted": ("radiology", _b_mri),
    "ob_ultrasound_interpreted": ("radiology", _b_ob),
    "ir_procedure_attested": ("radiology", _b_ir),
    "radiograph_vri_attested": ("radiology", _b_xr),
    "mammogram_language_access": ("radiology", _b_mammo),
}
DOCUMENT_KINDS = tuple(_KINDS)
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DC_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")


# --------------------------------------------------------------------------------------------------
# Schedule: heavy / planted / clean, and categories from a Weyl sequence
# --------------------------------------------------------------------------------------------------

_CAT_WHEEL = ("PERSON", "DATE_REAL_YEAR", "ORGANIZATION", "ACCOUNT", "PHONE", "MRN", "LOCATION", "PERSON", "EMAIL",
              "STREET_ADDRESS", "ZIP", "DEVICE_ID", "HEALTH_PLAN", "DATE_REAL_YEAR", "LICENSE", "FAX", "AGE_OVER_89",
              "PERSON", "URL", "IP_ADDRESS", "ACCOUNT", "SSN", "PAGER", "ORGANIZATION", "VEHICLE_ID", "LOCATION")
_GOLD = (5 ** 0.5 - 1) / 2
_NONHEAVY = [r for r in range(100) if r % 20 != 0]
_PLANTED_RES = frozenset(sorted(_NONHEAVY, key=lambda r: ((r * 61) % 97, r))[:58])


def _schedule(seed: int, i: int) -> str:
    r = (i * 37 + seed * 11) % 100
    if r % 20 == 0:
        return "heavy"
    return "planted" if r in _PLANTED_RES else "clean"


def _categories(seed: int, i: int, n: int) -> list[str]:
    out = []
    for j in range(n):
        x = ((4 * i + j + 1) * _GOLD + seed * 0.3819660112501051) % 1.0
        out.append(_CAT_WHEEL[int(x * len(_CAT_WHEEL))])
    return out


def document_kind(seed: int, i: int) -> str:
    r = random.Random(f"h52-kind:{seed}:{i}")
    return r.choice(_RAD_KINDS) if r.random() < 0.45 else r.choice(_DC_KINDS)


def _heavy_block(c: _Ctx) -> list:
    rows = [["___", "___", c.c(("In person", "VRI", "OPI")), "___", "___"] for _ in range(c.r.randint(8, 11))]
    return ["INTERPRETER ATTESTATION LOG (masked)\n",
            _table(c, ["Date", "Time", "Mode", "Interpreter", "Clinician"], rows)]


def _assemble(blocks: list) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0

    def emit(p: Piece) -> None:
        nonlocal pos
        if isinstance(p, str):
            parts.append(p)
            pos += len(p)
        elif isinstance(p, tuple):
            v, cat = p
            spans.append((pos, pos + len(v), cat))
            parts.append(v)
            pos += len(v)
        else:
            for q in p:
                emit(q)

    for k, blk in enumerate(blocks):
        if k:
            emit("\n\n")
        emit(blk)
    return "".join(parts), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    sched = _schedule(seed, i)
    r = random.Random(f"h52:{seed}:{i}")
    n = r.choices((1, 2, 3, 4), weights=(36, 30, 21, 13))[0] if sched == "planted" else 0
    c = _Ctx(r, _categories(seed, i, n), heavy=sched == "heavy")
    blocks = builder(c)
    filler = _filler_rad if note_type == "radiology" else _filler_dc
    lo, hi = c.fill_at or (1, max(1, len(blocks) - 1))
    target = r.randint(1150, 1600)
    text, _ = _assemble(blocks)
    while len(text) < target:
        para = filler(c)
        if para is None:
            break
        blocks.insert(r.randint(lo, hi), para)
        hi += 1
        text, _ = _assemble(blocks)
    # identifiers not placed in a field escape elsewhere: a new block, or a line added to a block
    while c.pending:
        cat = c.pending.pop(0)
        snippet = _snip(c, cat)
        if r.random() < 0.5 or len(blocks) < 3:
            blocks.insert(r.randint(1, len(blocks)), snippet)
        else:
            j = r.randint(1, len(blocks) - 1)
            blocks[j] = [blocks[j], r.choice(("\n", "\n", "  ", "\nAddendum: ")), snippet]
    if sched == "heavy":
        blocks.insert(r.randint(1, len(blocks)), _heavy_block(c))
    text, spans = _assemble(blocks)
    # options built but not chosen recorded look-alikes too: keep those present in the text
    looks = list(dict.fromkeys(s for s in c.looks if s in text))
    return LabelledNote(note_type, text, spans), looks, ("heavy" if sched == "heavy" else "normal")


def holdout52_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout52_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout52_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout52_corpus, argv,
        "Held-out corpus 52 (interpreter services and language access): detector recall/precision")
    holdout_measure.report("holdout52", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
