"""Held-out corpus 53: HIV and sexual-health clinic (ID clinic visits, PrEP/PEP, STI clinic, partner
services, ADAP/Ryan White case management, viral load lab reports, imaging for opportunistic infections).

Document kinds (``DOCUMENT_KINDS``):

- discharge-type: ``id_clinic_progress`` (HIV primary-care follow-up), ``prep_visit`` (PrEP start or
  quarterly visit), ``npep_ed_note`` (emergency visit for non-occupational PEP), ``sti_clinic_visit``
  (walk-in STI clinic encounter), ``partner_services_record`` (disease intervention specialist
  interview/field record), ``ryan_white_case_mgmt`` (medical case management / ADAP recertification),
  ``viral_load_lab_report`` (HIV-1 RNA, CD4, genotype report), ``oi_discharge_summary`` (inpatient
  admission for an opportunistic infection), ``adherence_pharmacy_call`` (pharmacist adherence and
  refill telephone encounter);
- radiology: ``ct_head_toxo``, ``mri_brain_pml_crypto``, ``chest_ct_pjp``, ``cxr_tb_screen``,
  ``ct_abdomen_mac``, ``dexa_tenofovir``.

Text is MIMIC-IV-Note shaped: most identifiers are ``___``; unmasked dates are shifted into
2100-2200 and never labelled; about 58% of notes carry 1-4 identifiers that escaped masking, either in
the note's own fields (a header, a signature, a comparison line) or in free lines, tables, pasted
system text and addenda; exactly 5% are heavy (many ``___``, no plants). Which notes are planted, how
heavy notes fall and which categories are planted are fixed by integer and Weyl sequences over the
note index, so per-category totals are stable.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and
countries are never labelled); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store
too), agency, school or employer, never a generic department, and never a drug maker, biotech or trial
sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not).
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug
or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90.
DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry
are not identifiers. ACCOUNT covers account, encounter, incident/run, accession, order, requisition,
claim and specimen numbers; HEALTH_PLAN member, subscriber and policy ids (an employer's group number
is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences
and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Corpus conventions: an ADAP or Medicaid member number is HEALTH_PLAN; a payer (Medicaid, Medicare,
Aetna, ...) and the Ryan White program are never labelled; drug makers' assistance programmes and
assay makers stay unlabelled; a phone, fax or pager number written for a patient, relative, clinician,
case worker, practice or pharmacy is labelled, while public hotlines (CDC-INFO, PEPline, 988) are
look-alikes; a practice's or patient's own web link or telehealth room is URL, a public body's website
is a look-alike; a workstation, PACS node or login IP address is IP_ADDRESS.

Written blind: I read only the task brief, ``lqs_clinical/synth/holdout_measure.py``, the first 45
lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md`` and the
masked note-shaped samples (and ``SOURCES.md``) under ``/work/shared/data/``; no detector code, rule
file, other corpus, test or benchmark was opened, and the detector was never run.
"""

from __future__ import annotations

import random
import string
import sys

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Plan: heavy / planted / clean, note type, kind and planted categories
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949
_PLASTIC = 0.7548776662466927

_CYCLE = (
    "PERSON", "DATE_REAL_YEAR", "ORGANIZATION", "PHONE", "MRN", "LOCATION", "ACCOUNT", "HEALTH_PLAN",
    "PERSON", "FAX", "STREET_ADDRESS", "LICENSE", "EMAIL", "DATE_REAL_YEAR", "ZIP", "SSN", "ORGANIZATION",
    "PAGER", "PERSON", "URL", "AGE_OVER_89", "ACCOUNT", "DEVICE_ID", "LOCATION", "IP_ADDRESS", "PHONE",
    "VEHICLE_ID", "HEALTH_PLAN", "MRN", "STREET_ADDRESS", "LICENSE",
)


def _frac(x: float) -> float:
    return x - int(x)


def _plan(seed: int, i: int) -> tuple[str, str, list[str]]:
    """(kind, status in heavy/planted/clean, planted categories) for note i."""
    h = (seed * 7 + 3) % 20
    p = i % 100
    if p % 20 == h:
        status = "heavy"
    else:
        rank = p - p // 20 - (1 if p % 20 > h else 0)  # 0..94 among the block's non-heavy notes
        status = "planted" if (rank * 37 + seed * 11) % 95 < 58 else "clean"
    rad = _frac(i * _PLASTIC + seed * 0.5698402909980532 + 0.137) < 0.45
    r = random.Random(f"h53plan:{seed}:{i}")
    kind = r.choice(_RAD_KINDS if rad else _DC_KINDS)
    cats: list[str] = []
    if status == "planted":
        n = r.choices((1, 2, 3, 4), weights=(38, 32, 19, 11))[0]
        for j in range(n):
            x = _frac((i * 4 + j + 1) * _PHI + seed * 0.41421356237309515)
            cats.append(_CYCLE[int(x * len(_CYCLE))])
    return kind, status, cats


# --------------------------------------------------------------------------------------------------
# Pools (fictitious values)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marcus", "Andre", "Luis", "Carlos", "Jamal", "DeShawn", "Tyrone", "Kevin", "Brian", "Miguel", "José",
    "Rafael", "Thanh", "Minh", "Kwame", "Kofi", "Emeka", "Chidi", "Samuel", "Daniel", "Jonathan", "Patrick",
    "Sean", "Tomás", "Diego", "Alejandro", "Wilner", "Fabiola", "Marisol", "Yesenia", "Keisha", "Tanisha",
    "Latoya", "Brianna", "Ashley", "Jennifer", "Maria", "Ana", "Lucia", "Rosa", "Daniela", "Priya", "Anjali",
    "Mei", "Linh", "Ngozi", "Amara", "Fatima", "Aisha", "Olena", "Irina", "Sofia", "Valentina", "Beatriz",
    "Joaquim", "Tiago", "Ricardo", "Ernesto", "Dmitri", "Nikolai", "Jae-won", "Kenji", "Haruto", "Siobhan",
    "Declan", "Ciaran", "Terrence", "Reginald", "Dwayne", "Quentin", "Xavier", "Ezekiel", "Malik", "Omar",
    "Yusuf", "Nadia", "Esperanza", "Guadalupe", "Rohan", "Chloe",
)
_LAST = (
    "Delgado", "Okafor", "Nguyen", "Asante", "Pereira", "Fontaine", "Baptiste", "Jean-Louis", "Rodriguez",
    "Santiago", "Morales", "Vasquez", "Castillo", "Oyelaran", "Mensah", "Boateng", "Achebe", "Tran", "Pham",
    "Kim", "Park", "Tanaka", "Sato", "Sullivan", "O'Brien", "McCarthy", "Kowalski", "Nowak", "Petrov",
    "Ivanova", "Haddad", "Khoury", "Mansour", "Rahman", "Chowdhury", "Patel", "Shah", "Iyer", "Reddy",
    "Gomes", "Carvalho", "Silva", "Cardoso", "Medeiros", "Tavares", "Almeida", "Dubois", "Lefebvre",
    "Jefferson", "Brooks", "Coleman", "Freeman", "Holloway", "Whitfield", "Pryor", "Greer", "Ellison",
    "Hargrove", "Lindqvist", "Bergstrom", "Eriksen", "Moreau", "Duarte", "Quiñones", "Ocasio", "Feliciano",
    "Arroyo", "Zelaya", "Funes", "Ramírez", "Ibarra", "Cervantes", "Haile", "Tesfaye", "Abebe", "Ndlovu",
    "Mwangi", "Otieno", "Kamau", "Desrosiers",
)
_TOWNS = (
    "Brockton", "Chelsea", "Lynn", "Revere", "Everett", "Malden", "Somerville", "Quincy", "Dorchester",
    "Mattapan", "Roxbury", "Worcester", "Springfield", "Holyoke", "Chicopee", "Fall River", "New Bedford",
    "Lowell", "Lawrence", "Haverhill", "Fitchburg", "Pittsfield", "Provincetown", "Hyannis", "Framingham",
    "Taunton", "Attleboro", "Woonsocket", "Pawtucket", "Providence", "Hartford", "New Haven", "Bridgeport",
    "Waterbury", "Nashua", "Portland", "Burlington", "Albany", "Yonkers", "Newark", "Paterson", "Camden",
    "Hampden County", "Bristol County", "Essex County", "East Boston", "Hyde Park", "Central Falls",
    "Methuen", "Leominster",
)
_ORGS = (
    "Harborview Community Health Center", "Merrimack Valley AIDS Project", "St. Brigid's Hospital",
    "Walgreens", "CVS Pharmacy", "Rite Aid", "Stop & Shop Pharmacy", "Baystate Medical Center",
    "Lynn Community Health Center", "Tri-County Sexual Health Center",
    "Pioneer Valley Infectious Disease Associates", "Cambridge Health Alliance", "Bridgewater State University",
    "Market Basket", "Dunkin'", "Home Depot", "Suffolk County House of Correction", "Brockton District Court",
    "AIDS Action Committee", "Victory Programs", "Whittier Street Health Center",
    "Greater Lawrence Family Health Center", "Boston Medical Center", "Southcoast Hospitals Group",
    "Holyoke Health Center", "Caring Health Center", "Outer Cape Health Services", "Lowell General Hospital",
    "Codman Square Health Center", "Family Health Center of Worcester", "Pawtucket Rapid Test Site",
    "Miriam Hospital", "Hartford HealthCare", "Yale New Haven Hospital", "Nashua Public Health Division",
    "Springfield Health Department", "Chelsea Police Department", "Worcester County Jail",
    "MCI-Framingham", "Quincy Public Schools", "UMass Lowell", "Amazon Fulfillment BOS7",
    "Kelley Square Family Practice", "Northeast Specialty Pharmacy", "Fenway Specialty Pharmacy",
    "Hope House Recovery", "Pine Street Inn", "Bay Cove Human Services",
)
_PHARMACIES = ("Walgreens", "CVS Pharmacy", "Rite Aid", "Stop & Shop Pharmacy", "Northeast Specialty Pharmacy",
               "Fenway Specialty Pharmacy", "Kelley Square Family Practice Pharmacy", "Harborview CHC Pharmacy")
_EMPLOYERS = ("Market Basket", "Dunkin'", "Home Depot", "Amazon Fulfillment BOS7", "Quincy Public Schools",
              "UMass Lowell", "Bridgewater State University", "Baystate Medical Center", "Bay Cove Human Services")
_CUSTODY = ("Suffolk County House of Correction", "Brockton District Court", "Worcester County Jail",
            "MCI-Framingham", "Chelsea Police Department")
_CLINICS = tuple(o for o in _ORGS if o not in _CUSTODY + _PHARMACIES + _EMPLOYERS[:7])
_STREETS = (
    "Larkspur", "Quarry Hill", "Dexter", "Ferncliff", "Willow", "Harrison", "Bowdoin", "Columbia", "Tremont",
    "Pleasant", "Lincoln", "Chestnut", "Maple", "Elm", "Summer", "Winthrop", "Hancock", "Prospect", "Blue Hill",
    "Warren", "Dudley", "Cottage", "Highland", "Union", "Water", "Bradford", "Belmont", "Oak Grove", "Pearl",
    "Lafayette", "Essex", "Salem", "Nahant", "Granite", "Liberty", "Cherry", "Walnut", "Canal", "Mill Pond",
    "Orchard",
)
_SUFFIX = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Way", "Court",
           "Ct", "Place", "Terrace", "Parkway", "Circle")
_REL = ("sister", "mother", "partner", "roommate", "brother", "aunt", "husband", "wife", "friend")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "protonmail.com", "comcast.net", "icloud.com",
                  "aol.com", "hotmail.com", "verizon.net", "harborviewchc.org", "mvap.org")
_AREA = ("617", "508", "413", "781", "978", "857", "774", "401", "860", "203", "339", "351", "603")
_ALNUM = string.ascii_uppercase + string.digits
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# --------------------------------------------------------------------------------------------------
# Look-alikes that are never labelled
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    # eponyms and organisms named after people
    "Kaposi sarcoma", "Pneumocystis jirovecii", "Epstein-Barr virus", "Castleman disease", "Burkitt lymphoma",
    "Hodgkin lymphoma", "Jarisch-Herxheimer reaction", "Argyll Robertson pupil", "Fitz-Hugh-Curtis syndrome",
    "Bartholin gland", "Guillain-Barre syndrome", "Bell palsy", "Tzanck smear", "Gram stain",
    "Ziehl-Neelsen stain", "Papanicolaou", "Romberg sign", "Wernicke encephalopathy", "Western blot",
    "Giemsa stain", "Grocott methenamine silver", "Mantoux", "Ryan White", "Virchow-Robin spaces",
    "Sylvian fissure", "foramen of Monro", "circle of Willis", "Meckel cave", "Kerley B lines",
    "Fleischner Society", "Hounsfield units", "Morison pouch", "Glisson capsule", "Bochdalek hernia",
    "Hutchinson teeth", "Charcot joint", "Reiter syndrome", "Kussmaul respirations", "Lyme serology",
    "Valsalva", "Bosniak", "Couinaud", "Hickman", "Schatzki ring",
    # antiretrovirals and other drugs (brands)
    "Biktarvy", "Descovy", "Truvada", "Genvoya", "Symtuza", "Dovato", "Juluca", "Triumeq", "Cabenuva",
    "Apretude", "Sunlenca", "Prezcobix", "Isentress", "Tivicay", "Odefsey", "Stribild", "Bactrim DS",
    "Valcyte", "Mycobutin", "AmBisome", "Bicillin L-A", "Rocephin", "Zithromax", "TPOXX", "Jynneos",
    "Gardasil 9", "Heplisav-B", "Shingrix", "Prevnar 20", "Vemlidy", "Epclusa", "Mavyret", "Vivitrol",
    "Narcan", "Plan B One-Step",
    # assays, scanners and devices
    "OraQuick", "Determine HIV-1/2 Ag/Ab Combo", "Geenius HIV 1/2", "Aptima Combo 2", "Xpert MTB/RIF",
    "QuantiFERON-TB Gold Plus", "T-SPOT.TB", "Alinity m", "cobas 6800", "BD ProbeTec", "GenoSure PRIme",
    "SOMATOM Force", "GE Revolution CT", "Philips Ingenia", "Hologic Horizon A", "GE Lunar iDXA",
    "Bard PowerPICC", "Dexcom G7", "Medtronic Strata", "PowerScribe 360", "Vacutainer",
    # drug and assay makers, payers (named as such: unlabelled)
    "Gilead Advancing Access", "ViiV Connect", "Janssen CarePath", "Merck Patient Assistance", "Abbott",
    "Hologic", "Cepheid", "Bio-Rad", "Monogram", "MassHealth", "Medicaid", "Medicare Part D", "Aetna",
    "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Tufts Health Plan",
)

_STATES = ("Massachusetts", "Rhode Island", "Connecticut", "New Hampshire", "New York", "Florida",
           "Maine", "Georgia")
_COUNTRIES = ("Haiti", "Brazil", "Dominican Republic", "Cape Verde", "Uganda", "Kenya", "Guatemala",
              "Vietnam", "Portugal", "Nigeria", "El Salvador", "Colombia")
_HOTLINES = ("CDC-INFO 1-800-232-4636", "PEPline 888-448-4911", "988 Suicide & Crisis Lifeline",
             "National DV Hotline 1-800-799-7233", "PrEPline 855-448-7737", "SAMHSA 1-800-662-4357")
_WEBSITES = ("www.cdc.gov/hiv", "hiv.gov", "preplocator.org", "gettested.cdc.gov", "www.samhsa.gov",
             "clinicalinfo.hiv.gov", "www.cdc.gov/std/treatment-guidelines", "npin.cdc.gov")
_DEPTS = ("Infectious Disease Clinic", "Social Work", "Radiology Department", "Outpatient Pharmacy",
          "Sexual Health Clinic", "Emergency Department", "Case Management", "Health Information Management",
          "Patient Financial Services", "Nuclear Medicine")

# --------------------------------------------------------------------------------------------------
# Values per category
# --------------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


def _phone(r: random.Random) -> str:
    a, e, x = r.choice(_AREA), str(r.randint(201, 989)), _digits(r, 4)
    f = r.randrange(8)
    return (f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}", f"{a} {e} {x}", f"+1 {a} {e} {x}",
            f"1-{a}-{e}-{x}", f"({a}){e}-{x}", f"{a}-{e}-{x}")[f]


def _pager(r: random.Random) -> str:
    f = r.randrange(5)
    if f == 0:
        return _digits(r, 5)
    if f == 1:
        return f"{r.randint(1, 9)}-{_digits(r, 4)}"
    if f == 2:
        return f"{r.choice(_AREA)}-{r.randint(201, 989)}-{_digits(r, 4)}"
    if f == 3:
        return f"{r.randint(1, 9)}{_digits(r, 3)}"
    return f"({r.choice(_AREA)}) {r.randint(201, 989)}-{_digits(r, 4)}"


def _ascii(s: str) -> str:
    table = str.maketrans("éáíóúñÉÁÍÓÚÑ", "eaiounEAIOUN")
    return "".join(c for c in s.translate(table) if c.isalpha())


def _email(r: random.Random) -> str:
    f, last = _ascii(r.choice(_FIRST)).lower(), _ascii(r.choice(_LAST)).lower()
    local = r.choice((f"{f}.{last}", f"{f[0]}{last}{r.randint(1, 99)}", f"{f}_{last[:4]}{r.randint(70, 99)}",
                      f"{last}.{f[0]}", f"{f}{r.randint(100, 999)}", f"{f}.{last}+clinic"))
    return f"{local}@{r.choice(_EMAIL_DOMAINS)}"


_SLUGS = ("harborviewchc", "mvap", "pvida", "kelleysquarefp", "tricountyshc", "outercapehealth",
          "northeastspecialtyrx", "southcoastid", "baycove")


def _tok(r: random.Random) -> str:
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(6, 10)))


def _url_visit(r: random.Random) -> str:
    return r.choice((f"https://telehealth.{r.choice(_SLUGS)}.org/visit/{_tok(r)}",
                     f"https://zoom.us/j/{_digits(r, 10)}", f"https://doxy.me/{_ascii(r.choice(_LAST)).lower()}id"))


def _url_practice(r: random.Random) -> str:
    last = _ascii(r.choice(_LAST)).lower()
    return r.choice((f"www.{last}familymedicine.com", f"https://www.{last}{r.choice(('md', 'health'))}.com",
                     f"http://{last}-{_ascii(r.choice(_LAST)).lower()}clinic.net"))


def _url_portal(r: random.Random) -> str:
    slug = r.choice(_SLUGS)
    return r.choice((f"https://mychart.{slug}.org/MyChart/invite?c={_tok(r)}",
                     f"http://{slug}.com/refill/{_digits(r, 7)}",
                     f"https://{slug}.org/patients/{_ascii(r.choice(_LAST)).lower()}-{_digits(r, 4)}"))


def _url_share(r: random.Random) -> str:
    slug = r.choice(_SLUGS)
    return r.choice((f"https://drive.{slug}.net/s/{_tok(r)}", f"https://imageshare.{slug}.org/study/{_tok(r)}"))


def _url(r: random.Random) -> str:
    return r.choice((_url_visit, _url_practice, _url_portal, _url_share))(r)


def _url_for(cue: str):
    c = cue.lower()
    for words, gen in ((("telehealth", "video"), _url_visit), (("practice", "website"), _url_practice),
                       (("portal", "payment"), _url_portal), (("folder", "images", "share"), _url_share)):
        if any(w in c for w in words):
            return gen
    return None


def _ip(r: random.Random) -> str:
    f = r.randrange(6)
    if f == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 3:
        return "2601:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 4095):x}"
    return f"{r.choice((73, 24, 98, 108, 66, 71))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}",
                     f"{a:03d}-{g:02d}-{s:04d}"))


def _mrn(r: random.Random) -> str:
    f = r.randrange(5)
    return (_digits(r, 7), _letters(r, 2) + _digits(r, 7), "00" + _digits(r, 6), f"MR-{_digits(r, 7)}",
            str(r.randint(1, 9)) + _digits(r, 8))[f]


def _account(r: random.Random) -> str:
    f = r.randrange(8)
    return (_digits(r, 8), "E" + _digits(r, 9), f"ACC-{_digits(r, 7)}", f"S{r.randint(10, 99)}-{_digits(r, 6)}",
            f"RQ{_digits(r, 7)}", f"CLM-{_digits(r, 10)}", f"V{_digits(r, 3)}-{_digits(r, 5)}",
            f"{_letters(r, 3)}{_digits(r, 6)}")[f]


def _plan_id(r: random.Random) -> str:
    f = r.randrange(6)
    mbi = (str(r.randint(1, 9)) + r.choice("ACDEFGHJKMNPQRTUVWXY") + r.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
           + _digits(r, 1) + "-" + r.choice("ACDEFGHJKMNPQRTUVWXY") + r.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
           + _digits(r, 1) + "-" + r.choice("ACDEFGHJKMNPQRTUVWXY") + r.choice("ACDEFGHJKMNPQRTUVWXY")
           + _digits(r, 2))
    return (_letters(r, 3) + _digits(r, 9), _digits(r, 9) + r.choice("ABM"), mbi, _digits(r, 12),
            "W" + _digits(r, 10), f"{_letters(r, 3)} {_digits(r, 4)} {_digits(r, 4)}")[f]


def _npi(r: random.Random) -> str:
    return r.choice("12") + _digits(r, 9)


def _dea(r: random.Random) -> str:
    return r.choice("ABFM") + _letters(r, 1) + _digits(r, 7)


def _dl(r: random.Random) -> str:
    return r.choice((f"S{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}", "S" + _digits(r, 8),
                     _letters(r, 1) + _digits(r, 7)))


def _statelic(r: random.Random) -> str:
    return r.choice((_digits(r, 6), str(r.randint(2, 9)) + _digits(r, 6), f"{_letters(r, 1)}-{_digits(r, 5)}",
                     f"{_letters(r, 2)}{_digits(r, 6)}"))


def _license(r: random.Random) -> str:
    return r.choice((_npi, _dea, _dl, _statelic, _statelic))(r)


def _license_for(cue: str):
    c = cue.lower()
    if "npi" in c:
        return _npi
    if "dea" in c:
        return _dea
    if "driver" in c:
        return _dl
    if "lic" in c:
        return _statelic
    return None


def _zip(r: random.Random) -> str:
    z = r.choice(("01", "02", "02", "06", "03", "02")) + _digits(r, 3)
    return z + (f"-{_digits(r, 4)}" if r.random() < 0.25 else "")


def _street(r: random.Random) -> str:
    n = str(r.randint(2, 2899))
    if r.random() < 0.1:
        n += r.choice("AB")
    s = f"{n} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    u = r.random()
    if u < 0.15:
        s += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif u < 0.25:
        s += f" Unit {r.randint(1, 40)}"
    return s


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date(r: random.Random) -> str:
    return _date_in(r, 1938, 2025)


def _date_in(r: random.Random, lo: int, hi: int) -> str:
    y, m, dd = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    f = r.randrange(9)
    return (f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
            f"{dd} {mon[:3]} {y}", f"{mon[:3]}. {dd}, {y}", f"{dd:02d}-{mon[:3].upper()}-{y}",
            f"{m:02d}-{dd:02d}-{y}", f"{dd} {mon} {y}")[f]


def _device(r: random.Random) -> str:
    f = r.randrange(5)
    return (_letters(r, 3) + _digits(r, 4) + r.choice(string.ascii_uppercase) + _digits(r, 2),
            "".join(r.choice(_ALNUM) for _ in range(9)) + _digits(r, 1), "SRL" + _digits(r, 7),
            f"{_digits(r, 2)}{_letters(r, 2)}-{_digits(r, 6)}", _letters(r, 2) + _digits(r, 8))[f]


def _vehicle(r: random.Random) -> str:
    f = r.randrange(5)
    if f == 4:
        return "".join(r.choice(_VIN_CHARS) for _ in range(11)) + _digits(r, 6)
    return (f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}", f"{_letters(r, 3)}-{_digits(r, 4)}",
            f"{_digits(r, 3)} {_letters(r, 3)}", f"{_letters(r, 2)}{_digits(r, 4)}")[f]


def _person(r: random.Random) -> str:
    fi, la = r.choice(_FIRST), r.choice(_LAST)
    f = r.randrange(8)
    if f == 0:
        return f"{la}, {fi}"
    if f == 1:
        return f"{fi[0]}. {la}"
    if f == 2:
        return f"{fi} {r.choice(string.ascii_uppercase)}. {la}"
    if f == 3:
        return f"{la.upper()}, {fi.upper()}"
    if f == 4:
        return f"{fi} {la}-{r.choice(_LAST).replace('-', '')}"
    return f"{fi} {la}"


def _date_for(cue: str):
    c = cue.lower()
    if "dob" in c or "birth" in c:
        return lambda r: _date_in(r, 1935, 2006)
    return lambda r: _date_in(r, 1996, 2025)


def _account_for(cue: str):
    c = cue.lower()
    table = ((("claim",), lambda r: r.choice((f"CLM-{_digits(r, 10)}", _digits(r, 11), f"C{_digits(r, 9)}"))),
             (("accession", "acc#", "acc no"), lambda r: r.choice((f"ACC-{_digits(r, 7)}", f"RAD{_digits(r, 7)}",
                                                                  f"{_letters(r, 2)}{_digits(r, 8)}"))),
             (("specimen",), lambda r: r.choice((f"S{r.randint(10, 99)}-{_digits(r, 6)}", f"SP{_digits(r, 8)}"))),
             (("encounter", "visit"), lambda r: r.choice(("E" + _digits(r, 9), f"V{_digits(r, 3)}-{_digits(r, 5)}",
                                                          _digits(r, 10)))),
             (("order", "requisition", "req"), lambda r: r.choice((f"RQ{_digits(r, 7)}", f"ORD-{_digits(r, 8)}"))),
             (("case #",), lambda r: r.choice((f"{_letters(r, 2)}{r.randint(10, 99)}-{_digits(r, 5)}",
                                               _digits(r, 9)))))
    for words, gen in table:
        if any(w in c for w in words):
            return gen
    return None


def _vehicle_for(cue: str):
    c = cue.lower()
    if "vin" in c:
        return lambda r: "".join(r.choice(_VIN_CHARS) for _ in range(11)) + _digits(r, 6)
    if "plate" in c or "reg" in c:
        return lambda r: r.choice((f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}",
                                   f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_digits(r, 3)} {_letters(r, 3)}",
                                   f"{_letters(r, 2)}{_digits(r, 4)}"))
    return None


def _org_for(cue: str):
    c = cue.lower()
    for words, pool in ((("pharmacy", "dispensed", "prescription", "rx "), _PHARMACIES),
                        (("employer", "works", "work at"), _EMPLOYERS),
                        (("released", "custody", "court"), _CUSTODY),
                        (("care at", "referred", "seen at", "images from", "facility", "outside", "f/u @",
                          "clinic"), _CLINICS)):
        if any(w in c for w in words):
            return lambda r, pool=pool: r.choice(pool)
    return None


_CONTEXT = {"LICENSE": lambda c: _license_for(c), "URL": lambda c: _url_for(c), "DATE_REAL_YEAR": _date_for,
            "ACCOUNT": _account_for, "VEHICLE_ID": _vehicle_for, "ORGANIZATION": _org_for}


def _value_for(r: random.Random, cat: str, cue: str) -> str:
    gen = _CONTEXT[cat](cue) if cat in _CONTEXT else None
    return (gen or _VALUES[cat])(r)


_VALUES = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _plan_id, "LICENSE": _license, "ZIP": _zip,
    "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _date, "AGE_OVER_89": lambda r: str(r.randint(90, 104)),
    "DEVICE_ID": _device, "VEHICLE_ID": _vehicle, "PERSON": _person,
    "LOCATION": lambda r: r.choice(_TOWNS), "ORGANIZATION": lambda r: r.choice(_ORGS),
}

# --------------------------------------------------------------------------------------------------
# Free plant templates: scope "a" any, "d" discharge-type, "r" radiology; exactly one {V}
# --------------------------------------------------------------------------------------------------

_TPL: dict[str, tuple[tuple[str, str], ...]] = {
    "PHONE": (
        ("d", "cell#{V}\n"),
        ("a", "Phone\n{V}\n"),
        ("a", "Patient can be reached at {V}.\n"),
        ("a", "Callback number: {V}\n"),
        ("a", "Contact | Relationship | Number\n------- | ------------ | ------\n___ | {REL} | {V}\n"),
        ("d", "Preferred contact is text to {V}; OK to say \"clinic\" only, do not mention HIV on voicemail.\n"),
        ("d", "Left VM x2 at {V} re: RPR result; no call back as of {D}.\n"),
        ("d", "Spoke with pt's {REL} at\n{V} who will help with transportation.\n"),
        ("d", "ph:{V} (cell)   alt: ___\n"),
        ("d", "Tel.  {V}\n"),
        ("r", "Per requisition: patient phone {V}, interpreter requested.\n"),
        ("r", "Pt's {REL} asks for a copy of the results; her cell is {V}.\n"),
    ),
    "FAX": (
        ("d", "fax#{V}  (attn ADAP)\n"),
        ("a", "Fax: {V}\n"),
        ("a", "Results faxed to the referring clinician (fax {V}) on {D}.\n"),
        ("d", "ADAP recertification packet sent to the eligibility worker via fax {V}; confirmation received.\n"),
        ("d", "Please fax completed prior auth to {V}, attn: ___.\n"),
        ("d", "| Fax | {V} |\n"),
        ("d", "F: {V}\n"),
        ("r", "Copy of report faxed to outside provider at {V} per request.\n"),
        ("r", "Fx# {V}\n"),
    ),
    "PAGER": (
        ("a", "pg {V}\n"),
        ("a", "Page with questions: pager {V}.\n"),
        ("d", "ID fellow on call, pgr {V}\n"),
        ("d", "Beeper {V} (case manager on call)\n"),
        ("d", "Covering: ___, p. {V}\n"),
        ("r", "Results discussed with the ordering resident (pager {V}) at {T}.\n"),
        ("r", "Dr. ___ paged at {V}, acknowledged at {T}.\n"),
    ),
    "EMAIL": (
        ("d", "email:{V}\n"),
        ("a", "Email: {V}\n"),
        ("d", "Pt asked that appointment reminders go to {V} instead of the portal.\n"),
        ("d", "Sent secure message with PrEP lab slip to\n{V}.\n"),
        ("d", "From: {V}\nSent: {D} {T}\nSubject: RE: ADAP recert\n"),
        ("r", "cc: {V} (ordering NP)\n"),
        ("a", "e-mail <{V}>\n"),
    ),
    "URL": (
        ("a", "link:{V}\n"),
        ("a", "Telehealth link sent: {V}\n"),
        ("d", "Pt was previously followed at a private practice ({V}).\n"),
        ("d", "Outside practice website: {V}\n"),
        ("d", "Payment plan portal: {V}\n"),
        ("d", "Shared folder for ADAP documents: {V}\n"),
        ("r", "Outside images available at {V} (link expires in 30 days).\n"),
        ("a", "[{V}]\n"),
    ),
    "IP_ADDRESS": (
        ("a", "[{D} {T}] AUDIT user=___ ip={V} action=VIEW_NOTE\n"),
        ("a", "Video visit connection from {V}; audio dropped twice.\n"),
        ("d", "EHR audit: note accessed from workstation {V} at {T}.\n"),
        ("d", "Portal login from IP {V} flagged (new device).\n"),
        ("r", "Images received from outside PACS node {V} (AE title ___).\n"),
        ("r", "DICOM push from {V} completed {T}.\n"),
        ("a", "src={V}\n"),
    ),
    "SSN": (
        ("d", "ssn {V} (pt confirmed last 4)\n"),
        ("a", "SSN: {V}\n"),
        ("d", "SS# {V} verified against benefits letter for ADAP.\n"),
        ("d", "Social Security number {V} (on file for Ryan White eligibility).\n"),
        ("d", "| SSN | {V} |\n"),
        ("r", "Requisition lists SSN {V}; DOB ___.\n"),
        ("a", "soc sec no. {V}\n"),
    ),
    "MRN": (
        ("a", "MRN#{V}\n"),
        ("a", "MRN: {V}\n"),
        ("a", "Unit No:  {V}\n"),
        ("d", "Old chart # {V} (merged)\n"),
        ("d", "Med Rec #{V}\n"),
        ("r", "Prior exams filed under MRN {V} (merged record).\n"),
        ("r", "Hosp. no. {V}\n"),
        ("a", "(MRN {V})\n"),
    ),
    "ACCOUNT": (
        ("a", "acc no {V}\n"),
        ("a", "Encounter #: {V}\n"),
        ("d", "Specimen ID {V} - HIV-1 RNA quant.\n"),
        ("d", "ADAP claim {V} rejected (refill too soon); resubmitted.\n"),
        ("d", "Order no. {V} placed for RPR w/ reflex titer.\n"),
        ("d", "Acct {V}\n"),
        ("d", "Requisition {V} | GC/CT NAAT x3 sites\n"),
        ("r", "Accession: {V}\n"),
        ("r", "ACC# {V}\n"),
        ("r", "Visit/encounter {V} (outpatient imaging)\n"),
    ),
    "HEALTH_PLAN": (
        ("d", "Ins ID#{V}\n"),
        ("a", "Member ID: {V}\n"),
        ("d", "Medicaid ID {V}, active through ___.\n"),
        ("d", "ADAP member no. {V} (insurance continuation).\n"),
        ("d", "Subscriber #  {V}   Group: {GRP}\n"),
        ("d", "Policy number {V} on file with the premium assistance program.\n"),
        ("r", "Insurance ID {V} (prior auth obtained).\n"),
        ("a", "| Plan ID | {V} |\n"),
    ),
    "LICENSE": (
        ("d", "DEA#{V}\n"),
        ("a", "NPI: {V}\n"),
        ("d", "Prescriber DEA {V}\n"),
        ("d", "___, NP (MA lic {V})\n"),
        ("d", "Patient ID checked: driver's license {V}.\n"),
        ("r", "Interpreting radiologist NPI {V}\n"),
        ("r", "Ordering provider: ___ (NPI {V})\n"),
        ("a", "Lic#{V}\n"),
    ),
    "ZIP": (
        ("a", "zip:{V}\n"),
        ("a", "Address: ___, ___ {V}\n"),
        ("d", "Zip {V} falls within the Ryan White Part A service area.\n"),
        ("d", "ZIP code: {V}\n"),
        ("d", "Moved to a different ZIP ({V}); updated ADAP address.\n"),
        ("r", "Patient address on requisition: ___, ___, {V}\n"),
        ("a", "___, MA {V}\n"),
    ),
    "STREET_ADDRESS": (
        ("d", "addr {V} apt ___\n"),
        ("a", "Address: {V}, ___, ___\n"),
        ("d", "Field visit attempted at {V}; no answer, left DIS card.\n"),
        ("d", "Currently staying at {V} (sister's apartment).\n"),
        ("d", "Mailing address updated to {V} for ADAP letters.\n"),
        ("r", "Home address on requisition: {V}\n"),
        ("a", "{V}\n___, ___ ___\n"),
    ),
    "DATE_REAL_YEAR": (
        ("d", "pt states HIV dx'd on\n{V} in another state.\n"),
        ("a", "DOB: {V}\n"),
        ("d", "HIV diagnosed {V} (per outside records).\n"),
        ("d", "Last negative HIV test {V} at an outside clinic.\n"),
        ("d", "Bicillin L-A #1 given {V}.\n"),
        ("d", "Exposure date: {V}, approximately 02:00.\n"),
        ("d", "Per family, partner died {V}.\n"),
        ("r", "Outside CT from {V} was reviewed for comparison.\n"),
        ("r", "Compared with prior chest radiograph dated {V}.\n"),
        ("a", "Collected {V} 08:42\n"),
    ),
    "AGE_OVER_89": (
        ("a", "{V}yo, lives alone\n"),
        ("a", "Age: {V}\n"),
        ("d", "{V} y/o with HIV, well controlled on ART, here for f/u.\n"),
        ("d", "Pt is a {V}-year-old long-term survivor.\n"),
        ("r", "Pt age {V} per requisition.\n"),
        ("r", "{V} yo M, r/o PJP\n"),
    ),
    "DEVICE_ID": (
        ("d", "Dexcom G7 sensr serial# {V}\n"),
        ("a", "Device serial no.: {V}\n"),
        ("d", "R arm PICC placed for IV ganciclovir; serial {V}.\n"),
        ("d", "CGM sensor (Dexcom G7) S/N {V}\n"),
        ("d", "UDI: (01){GTIN}(17){EXP6}(10){LOT}(21){V}\n"),
        ("r", "Right chest port, serial {V} per implant record; MR conditional.\n"),
        ("r", "Programmable VP shunt valve (Medtronic Strata), SN {V}; setting to be verified after MRI.\n"),
        ("a", "SN: {V}\n"),
    ),
    "VEHICLE_ID": (
        ("d", "lic plate# {V} (pt's car, per security)\n"),
        ("d", "DIS noted partner's car (plate {V}) at the address during field visit.\n"),
        ("d", "Pt's vehicle, reg {V}, was towed; case manager provided transport voucher.\n"),
        ("d", "Arrived by private vehicle, MA plate {V} per security log.\n"),
        ("r", "History: MVC, driver. Vehicle VIN {V} per EMS.\n"),
        ("r", "Transported by medical van, plate {V}.\n"),
        ("a", "VIN: {V}\n"),
    ),
    "PERSON": (
        ("d", "pt's partenr {V} aware of dx, also tested today.\n"),
        ("a", "d/w Dr.{V} (ID)\n"),
        ("a", "Attending: Dr. {V}\n"),
        ("a", "Electronically signed by {V}, MD on {D} at {T}\n"),
        ("d", "Seen together with {V} (peer navigator).\n"),
        ("d", "Emergency contact: {V} ({REL})\n"),
        ("d", "Partner #2: {V}, notified {D}; tested negative.\n"),
        ("d", "Case manager {V} will follow up on the ADAP recert.\n"),
        ("d", "Interpreter: {V}, Spanish\n"),
        ("r", "Findings were discussed with {V}, NP by telephone at {T}.\n"),
        ("r", "Attending radiologist: {V}, MD\n"),
        ("r", "Resident: {V}\n"),
        ("a", "cc: {V}\n"),
    ),
    "LOCATION": (
        ("d", "pt from {V}, ___ (moved 2 yrs ago)\n"),
        ("a", "Lives in {V} with partner.\n"),
        ("d", "Recently moved from {V}; needs a new ADAP pharmacy.\n"),
        ("d", "Reports sexual contacts while traveling in {V} last month.\n"),
        ("d", "Works in {V}; prefers evening appointments.\n"),
        ("r", "Outside study performed in {V}, images uploaded.\n"),
        ("a", "Residence: {V}, ___\n"),
    ),
    "ORGANIZATION": (
        ("d", "f/u @ {V}\n"),
        ("a", "seen at\n{V} last week\n"),
        ("a", "Referred by {V}.\n"),
        ("d", "PrEP prescription sent to {V}.\n"),
        ("d", "Previously received HIV care at {V}.\n"),
        ("d", "Employer: {V} (night shift)\n"),
        ("d", "Released from {V} on ___; re-linked to care.\n"),
        ("r", "Outside images from {V} were reviewed for comparison.\n"),
        ("r", "Ordering facility: {V}\n"),
        ("a", "| Facility | {V} |\n"),
    ),
}

# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


class _Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []
        self.kind = ""

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def put(self, v: str, cat: str) -> None:
        self.spans.append((self.n, self.n + len(v), cat))
        self.add(v)

    def lk(self, s: str) -> None:
        self.looks.append(s)
        self.add(s)

    def tail(self, n: int = 40) -> str:
        out = ""
        for part in reversed(self.parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    def text(self) -> str:
        return "".join(self.parts)


def _sdate(r: random.Random) -> str:
    """A shifted (2100-2200) date, never labelled."""
    y, m, dd = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    f = r.randrange(5)
    return (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}",
            f"{_MONTHS[m - 1][:3]} {dd}, {y}", f"{dd:02d}-{_MONTHS[m - 1][:3].upper()}-{y}")[f]


def _time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    f = r.randrange(3)
    return (f"{y}-{m:02d}-28", f"{m:02d}/{y}", f"{m:02d}/28/{y}")[f]


def _lot(r: random.Random) -> str:
    return r.choice(string.digits) + _letters(r, 1) + _digits(r, 2) + _letters(r, 1) + _digits(r, 1)


def _ndc(r: random.Random) -> str:
    return f"{r.choice(('61958', '49702', '59676', '00006', '69097'))}-{r.randint(3100, 9899)}-{r.randint(1, 9)}"


class _Planter:
    """Holds the note's pending plants; writes them into native fields or free slots."""

    def __init__(self, r: random.Random, cats: list[str], rad: bool) -> None:
        self.r = r
        self.rad = rad
        self.pending = [[c, r.random(), r.random() < 0.55] for c in cats]

    def field(self, d: _Doc, cat: str, mask: str = "___", value=None) -> bool:
        for p in self.pending:
            if p[0] == cat and p[2]:
                self.pending.remove(p)
                d.put(value(self.r) if value else _value_for(self.r, cat, d.tail()), cat)
                return True
        d.add(mask)
        return False

    def slot(self, d: _Doc, pos: float) -> None:
        for p in list(self.pending):
            if p[1] < pos:
                self.pending.remove(p)
                self._free(d, p[0])

    def _free(self, d: _Doc, cat: str) -> None:
        r = self.r
        scope = "r" if self.rad else "d"
        tpl = r.choice([t for s, t in _TPL[cat] if s in ("a", scope)])
        fill = {"D": _sdate(r), "T": _time(r), "REL": r.choice(_REL), "GRP": _digits(r, r.choice((5, 6, 7))),
                "GTIN": "0" + _digits(r, 13), "EXP6": f"{r.randint(25, 29)}{r.randint(1, 12):02d}28",
                "LOT": _lot(r)}
        pre, suf = tpl.format(V="\x00", **fill).split("\x00")
        d.add(pre)
        d.put(_value_for(r, cat, (d.tail() + pre)[-40:]), cat)
        d.add(suf)
        for k in ("D", "GRP", "GTIN", "LOT"):
            if "{" + k + "}" in tpl:
                d.looks.append(fill[k])


# --------------------------------------------------------------------------------------------------
# Shared clinical filler
# --------------------------------------------------------------------------------------------------

_REGIMENS = (
    ("Biktarvy", "bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg PO daily"),
    ("Dovato", "dolutegravir/lamivudine 50/300 mg PO daily"),
    ("Symtuza", "darunavir/cobicistat/emtricitabine/TAF 800/150/200/10 mg PO daily with food"),
    ("Cabenuva", "cabotegravir/rilpivirine 600 mg/900 mg IM every 2 months"),
    ("Triumeq", "abacavir/dolutegravir/lamivudine 600/50/300 mg PO daily"),
    ("Genvoya", "elvitegravir/cobicistat/emtricitabine/TAF 150/150/200/10 mg PO daily"),
    ("Odefsey", "emtricitabine/rilpivirine/TAF 200/25/25 mg PO daily with a meal"),
    ("Juluca", "dolutegravir/rilpivirine 50/25 mg PO daily"),
)
_VACCINES = ("Shingrix", "Prevnar 20", "Heplisav-B", "Gardasil 9", "Jynneos")
_HEAVY_FIELDS = ("Name", "Unit No", "DOB", "Address", "Town", "ZIP", "Phone", "Alt phone", "Email",
                 "Emergency contact", "Relationship", "Contact phone", "PCP", "PCP phone", "Insurance",
                 "Member ID", "Case manager", "Pharmacy", "Pharmacy phone", "Referring clinic", "Encounter",
                 "Employer", "SSN", "Language", "Interpreter")


def _cd4(r: random.Random) -> tuple[int, int]:
    c = r.choice((r.randint(8, 190), r.randint(200, 499), r.randint(500, 1200)))
    return c, max(1, min(48, c // 25 + r.randint(-3, 5)))


def _vl(r: random.Random) -> str:
    return r.choice(("<20 copies/mL", "Not detected", "<20 copies/mL (detected, below LLOQ)",
                     f"{r.randint(21, 199)} copies/mL", f"{r.randint(1000, 480000):,} copies/mL"))


def _heavy_block(r: random.Random, d: _Doc, n: int) -> None:
    fields = list(_HEAVY_FIELDS)
    r.shuffle(fields)
    d.add("\nDemographics / contacts (registration extract):\n")
    for f in fields[:n]:
        d.add(f"{f}:{' ' * r.randint(1, 4)}___\n")
    d.add("\n")


def _pad(r: random.Random, d: _Doc, rad: bool) -> None:
    extra_rad = (
        "NOTE: Wet read provided to the ordering team; no discrepancy with the final interpretation. Images "
        "were reviewed on a diagnostic workstation with multiplanar reformats. Recommendations follow the "
        "Fleischner Society guidance where applicable to incidental nodules.\n",
        "Technologist note: patient tolerated the examination; no contrast reaction. Creatinine within "
        "acceptable limits prior to contrast per protocol. Dose-reduction techniques were used.\n",
    )
    extra_dc = (
        "Counseling: discussed U=U (undetectable = untransmittable), condom use, and doxy-PEP for bacterial "
        "STI prevention; patient verbalized understanding. Written materials provided in preferred language.\n",
        "Health maintenance: annual syphilis, GC/CT screening per exposure sites; hepatitis B immunity "
        "confirmed; anal cancer screening (Papanicolaou cytology) discussed; lipid panel due at next visit.\n",
    )
    pool = extra_rad if rad else extra_dc
    while d.n < 1150:
        d.add("\n" + r.choice(pool))


_MISC = {
    "clinic": (
        "Differential for the rash includes secondary syphilis, drug eruption and Kaposi sarcoma; Lyme serology "
        "not indicated.",
        "History notable for Hodgkin lymphoma in remission; Castleman disease was excluded by prior node biopsy.",
        "HCV coinfection cured with Epclusa (SVR12 confirmed); earlier Mavyret course for genotype 1a relapse.",
        "Previously on Stribild, then Genvoya; switched for weight gain. Sunlenca considered if resistance emerges.",
        "Naloxone (Narcan) kit provided; Vivitrol monthly via addiction medicine.",
        "Hepatitis B previously treated with Vemlidy, now covered by the TAF in ART.",
        "Prior salvage regimen Prezcobix + Isentress + Tivicay, simplified after genotype.",
    ),
    "sti": (
        "Pelvic exam: no Bartholin gland abscess; no RUQ tenderness (Fitz-Hugh-Curtis syndrome unlikely).",
        "Reactive arthritis (formerly Reiter syndrome) considered given conjunctivitis; no joint effusion.",
        "Late signs (Charcot joint; Hutchinson teeth in congenital cases) absent.",
        "Mpox exposure: lesions not typical; TPOXX not indicated; Jynneos dose 2 due.",
        "Penicillin allergy alternative: doxycycline; Rocephin for GC; Zithromax no longer first line.",
        "New Bell palsy or other cranial neuropathy would prompt LP for neurosyphilis; none present.",
    ),
    "lab": (
        "Western blot is no longer performed; reactive screens reflex to the Geenius HIV 1/2 supplemental assay.",
        "T-SPOT.TB indeterminate; QuantiFERON-TB Gold Plus repeated. Mantoux not recommended after BCG.",
        "Malaria smear (Giemsa stain) negative x3.",
        "Xpert MTB/RIF run on a Cepheid GeneXpert; Bio-Rad controls in range.",
        "Lyme serology negative. Epstein-Barr virus PCR below detection.",
    ),
    "oi": (
        "Guillain-Barre syndrome was considered given weakness, but reflexes were preserved.",
        "Wernicke encephalopathy was considered; thiamine given empirically.",
        "No Kussmaul respirations; bicarbonate normal.",
        "Differential included Burkitt lymphoma and Castleman disease; node biopsy non-diagnostic.",
        "Hickman catheter considered for prolonged IV therapy; PICC chosen instead.",
    ),
    "rad": (
        "Valsalva maneuver was not performed.",
        "An incidental 1.2 cm Bosniak I renal cyst requires no follow-up.",
        "Hepatic segments are described per Couinaud.",
        "Prior Hickman catheter has been removed.",
    ),
}


def _misc(r: random.Random, d: _Doc, key: str) -> None:
    d.add(r.choice(_MISC[key]) + "\n")


# --------------------------------------------------------------------------------------------------
# Discharge-type builders
# --------------------------------------------------------------------------------------------------


def _dc_header(r: random.Random, d: _Doc, P: _Planter, service: str) -> None:
    d.add("Name:  ___                  Unit No:   ")
    P.field(d, "MRN")
    d.add("\n\nAdmission Date:  ___              Discharge Date:   ___\n\nDate of Birth:  ")
    P.field(d, "DATE_REAL_YEAR")
    d.add(f"             Sex:   {r.choice('MF')}\n\nService: {service}\n\nAllergies:\n")
    d.add(r.choice(("No Known Allergies / Adverse Drug Reactions", "Bactrim (rash)", "abacavir (HLA-B*5701 +)",
                    "penicillins -> desensitized", "sulfa (Sulfonamide Antibiotics)")) + "\n\n")


def _b_id_clinic(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    brand, reg = r.choice(_REGIMENS)
    cd4, pct = _cd4(r)
    d.add(r.choice(("INFECTIOUS DISEASE CLINIC - PROGRESS NOTE\n", "ID Clinic Follow-up Visit\n",
                    "HIV PRIMARY CARE NOTE\n")))
    d.add("Patient: ___    MRN: ")
    P.field(d, "MRN")
    d.add("    Visit: ")
    d.lk(_sdate(r))
    d.add("\nProvider: Dr. ")
    P.field(d, "PERSON")
    d.add(f"   Clinic: {r.choice(_DEPTS[:1] + _DEPTS[4:5])}\n\n")
    if heavy:
        _heavy_block(r, d, 18)
    P.slot(d, 0.15)
    d.add("CC: HIV follow-up, review of labs.\n\nHPI: ")
    P.field(d, "AGE_OVER_89", mask="___")
    d.add(f" year old {r.choice(('man', 'woman', 'transgender woman', 'nonbinary person'))} with HIV diagnosed ")
    d.lk(f"in {r.randint(1988, 2022)}")
    d.add(f" (nadir CD4 ___), on {brand} ({reg}). ")
    d.add(r.choice(("Reports missing <2 doses/month. ", "Adherence good per pill box; no missed doses. ",
                    "Missed about a week of doses when pharmacy delayed refill. ")))
    d.add(r.choice(("Denies fevers, night sweats, weight loss. ", "Endorses mild fatigue, no fevers. ",
                    "New oral white plaques x 2 weeks, no odynophagia. ")))
    d.add("Sexually active with ")
    d.add(r.choice(("one male partner", "multiple partners", "a partner who is HIV-negative on Descovy",
                    "no current partners")))
    d.add("; condom use inconsistent.\n\n")
    P.slot(d, 0.35)
    d.add("PMH:\n- HIV (AIDS-defining dx: ___)\n")
    d.add(r.choice(("- h/o Kaposi sarcoma, s/p liposomal doxorubicin\n", "- latent TB s/p 3HP\n",
                    "- chronic hepatitis B on TAF-containing ART\n", "- h/o secondary syphilis, treated\n")))
    d.add(r.choice(("- HTN\n", "- hyperlipidemia\n", "- depression, PHQ-9 ", "- osteopenia on DEXA\n")))
    if d.parts[-1].endswith("PHQ-9 "):
        d.lk(f"score {r.randint(2, 19)}")
        d.add("\n")
    _misc(r, d, "clinic")
    d.add("Family: mother ")
    d.lk(f"age {r.randint(45, 86)}")
    d.add(", aware of diagnosis.\n")
    d.add(f"\nMeds:\n1. {brand} 1 tab daily\n2. ")
    d.add(r.choice(("atorvastatin 20 mg daily", "Bactrim DS 1 tab daily (PJP ppx)", "sertraline 50 mg daily",
                    "azithromycin 1200 mg weekly (MAC ppx)")))
    d.add("\n\nVitals: ")
    d.lk(f"BP {r.randint(100, 150)}/{r.randint(60, 95)}")
    d.add(f" HR {r.randint(55, 105)} T 98.{r.randint(0, 9)} Wt {r.randint(48, 120)} kg\n")
    d.add("Exam: OP " + r.choice(("clear", "with thrush", "with a painless ulcer on the palate")) +
          "; no LAD; lungs clear; skin " + r.choice(("without lesions", "with violaceous macules on the shins",
                                                      "with a palmar maculopapular rash")) + ".\n\n")
    P.slot(d, 0.55)
    d.add("Labs (")
    d.lk(_sdate(r))
    d.add("):\n| Test | Result | Ref |\n|---|---|---|\n")
    d.add(f"| HIV-1 RNA ({r.choice(('Abbott', 'cobas 6800'))}) | {_vl(r)} | <20 |\n")
    d.add(f"| CD4 abs | {cd4} cells/uL | 500-1500 |\n| CD4 % | {pct}% | 30-60 |\n")
    d.add(f"| Creatinine | {r.randint(6, 16) / 10:.1f} mg/dL | 0.6-1.3 |\n| RPR | "
          + r.choice(("nonreactive", "reactive 1:8", "reactive 1:32", "reactive 1:2 (serofast)")) + " | NR |\n\n")
    P.slot(d, 0.7)
    d.add("A/P:\n1. HIV: ")
    d.add(r.choice(("virally suppressed, continue current ART.", "viremic; resistance genotype (GenoSure PRIme) "
                                                                   "sent, adherence counseling.",
                    "eligible for Cabenuva; discussed q2-month injections.")))
    d.add(f"\n2. OI prophylaxis: {'not indicated' if cd4 >= 200 else 'Bactrim DS daily'}.\n")
    d.add(f"3. HCM: {r.choice(_VACCINES)} today; ")
    d.add(r.choice(("Lot ", "lot# ")))
    d.lk(_lot(r))
    d.add(", exp ")
    d.lk(_expiry(r))
    d.add(". Annual QuantiFERON-TB Gold Plus due.\n")
    d.add("4. Insurance: " + r.choice(("MassHealth", "Medicare Part D", "Aetna", "Blue Cross Blue Shield")) +
          "; ADAP for copays via the Ryan White program.\n")
    P.slot(d, 0.9)
    d.add("\nRTC 3 months with labs. Resources given: ")
    d.lk(r.choice(_HOTLINES))
    cue = r.choice(("NPI: ", "NPI ", "MA lic. "))
    d.add(".\n\n___, MD   " + cue)
    P.field(d, "LICENSE", value=_license_for(cue))
    d.add("\n")


def _b_prep(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    d.add(r.choice(("PrEP CLINIC VISIT\n", "HIV PrEP - Initiation Visit\n", "PrEP Follow-up (Quarterly)\n")))
    d.add("Pt: ___   DOB: ")
    P.field(d, "DATE_REAL_YEAR")
    d.add("   Pronouns: ___\n")
    d.add("Preferred phone: ")
    P.field(d, "PHONE")
    d.add("   Email: ")
    P.field(d, "EMAIL")
    d.add("\n\n")
    if heavy:
        _heavy_block(r, d, 20)
    P.slot(d, 0.1)
    d.add("S: ___ yo ")
    d.add(r.choice(("cis male who has sex with men", "transgender woman", "cis woman with a partner living with "
                                                                          "HIV", "cis male, heterosexual")))
    d.add(" presenting for " + r.choice(("PrEP initiation", "3-month PrEP follow-up", "switch from daily "
                                                                                       "oral to injectable PrEP")))
    d.add(". Reports " + str(r.randint(1, 12)) + " partners in past 3 months, condomless receptive anal sex. ")
    d.add("Last HIV test ")
    d.lk(_sdate(r))
    d.add(" (nonreactive). Found clinic via ")
    d.lk(r.choice(_WEBSITES))
    d.add(".\n\n")
    P.slot(d, 0.3)
    d.add("Current PrEP: " + r.choice(("Descovy 200/25 mg daily", "Truvada 200/300 mg daily",
                                       "Truvada 2-1-1 event-driven", "Apretude 600 mg IM q2 months")) + "\n")
    d.add("Missed doses: " + r.choice(("none", "~2/week", "ran out 10 days ago")) + "\n")
    d.add("STI symptoms: " + r.choice(("denies", "dysuria x3 days", "rectal pain and discharge")) + "\n\n")
    _misc(r, d, "sti")
    d.add("O: Vitals WNL. Exam: no rash, no LAD, no genital lesions.\n\n")
    P.slot(d, 0.45)
    d.add("Labs today:\n  HIV Ag/Ab (4th gen) ........ ")
    d.add(r.choice(("nonreactive", "pending", "nonreactive; HIV-1 RNA sent")) + "\n")
    d.add("  Creatinine / eGFR .......... " + f"{r.randint(7, 13) / 10:.1f} / {r.randint(62, 128)}\n")
    d.add("  GC/CT NAAT (pharynx, rectum, urine) ... pending (Aptima Combo 2)\n")
    d.add("  RPR ........................ " + r.choice(("NR", "R 1:4", "pending")) + "\n")
    d.add("  HBsAg / anti-HBs ........... neg / " + r.choice(("pos", "neg -> Heplisav-B dose 1 given")) + "\n\n")
    P.slot(d, 0.6)
    d.add("A/P: Ongoing substantial HIV risk; PrEP indicated.\n")
    d.add("- Rx sent: " + r.choice(("Descovy", "Truvada (generic FTC/TDF)", "Apretude")) + " x 90 days; ")
    d.add(r.choice(("NDC ", "ndc: ")))
    d.lk(_ndc(r))
    d.add("\n- Pharmacy: ")
    P.field(d, "ORGANIZATION", mask="___")
    d.add("\n- Copay: Gilead Advancing Access card / " + r.choice(("ViiV Connect", "state PrEP DAP")) + "\n")
    d.add("- Doxy-PEP: doxycycline 200 mg within 72h of condomless sex, discussed.\n")
    d.add("- Counseled: PEPline for after-hours exposures (")
    d.lk("PEPline 888-448-4911")
    d.add("), adherence, bone and kidney monitoring.\n")
    P.slot(d, 0.85)
    d.add("\nRTC 3 months (HIV test, STI screen, creatinine).\n")
    d.add("Prescriber: ___, NP   NPI ")
    P.field(d, "LICENSE", value=_npi)
    d.add("\n")


def _b_npep(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    _dc_header(r, d, P, "EMERGENCY MEDICINE")
    if heavy:
        _heavy_block(r, d, 18)
    d.add("Chief Complaint:\npossible HIV exposure, requesting PEP\n\n")
    P.slot(d, 0.15)
    d.add("History of Present Illness:\n___ yo ")
    d.add(r.choice(("M", "F", "transgender M")))
    d.add(" presents " + str(r.randint(3, 60)) + " hours after ")
    d.add(r.choice(("condomless receptive anal intercourse with a partner of unknown HIV status",
                    "sexual assault by an unknown assailant; SANE nurse consulted",
                    "condom breakage with a partner known to have HIV (viral load unknown)",
                    "a needlestick from a discarded syringe in a park")))
    d.add(". Exposure at approx ___ on ")
    P.field(d, "DATE_REAL_YEAR", mask="___")
    d.add(" in ")
    P.field(d, "LOCATION", mask="___")
    d.add(". Not on PrEP. LMP ___.\n\n")
    P.slot(d, 0.35)
    d.add("Physical Exam:\n")
    d.add(f"T 98.{r.randint(0, 9)} HR {r.randint(60, 110)} BP {r.randint(100, 150)}/{r.randint(60, 90)} "
          f"RR {r.randint(12, 20)} SpO2 {r.randint(95, 100)}% RA\n")
    d.add("Gen: anxious, tearful. GU: " + r.choice(("deferred per pt preference", "no trauma noted",
                                                    "small posterior fourchette abrasion")) + ".\n\n")
    _misc(r, d, "sti")
    d.add("Pertinent Results:\nHIV Ag/Ab (Determine HIV-1/2 Ag/Ab Combo): nonreactive\n")
    d.add(f"HCG: {r.choice(('neg', 'n/a'))}  Cr: {r.randint(6, 12) / 10:.1f}  ALT: {r.randint(12, 60)}\n")
    d.add("HBsAg neg, anti-HBs " + r.choice(("<10 -> vaccinated", "immune")) + ", HCV Ab neg, RPR NR\n\n")
    P.slot(d, 0.55)
    d.add("ED Course:\nnPEP started within 72h window: Biktarvy 1 tab daily x 28 days; first dose given in "
          "ED at ___. ")
    d.add(r.choice(("Starter pack (7 days) dispensed, ", "Meds-to-beds delivered 28-day supply, ")))
    d.add("lot ")
    d.lk(_lot(r))
    d.add(" exp ")
    d.lk(_expiry(r))
    d.add(". Emergency contraception (Plan B One-Step) offered. Ceftriaxone 500 mg IM, doxycycline 100 mg "
          "BID x7d for STI prophylaxis.\n\n")
    P.slot(d, 0.7)
    d.add("Discharge Instructions:\nTake Biktarvy every day for 28 days. Follow up in ID clinic within 3 "
          "days. Call ")
    d.lk(r.choice(_HOTLINES))
    d.add(" or return for rash, vomiting, yellow eyes. Transition to PrEP after completing PEP discussed.\n")
    d.add("Gilead Advancing Access application started for copay.\n\nFollowup Instructions:\n___\n")
    P.slot(d, 0.9)
    d.add("\nED attending: ")
    P.field(d, "PERSON")
    d.add(", MD\n")


def _b_sti(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    d.add(r.choice(("SEXUAL HEALTH CLINIC - WALK-IN ENCOUNTER\n", "STI CLINIC VISIT NOTE\n",
                    "Express STI Testing / Clinician Visit\n")))
    d.add("Client #: ")
    P.field(d, "MRN")
    d.add("   Visit: ")
    d.lk(_sdate(r))
    d.add("   Clinician: ")
    P.field(d, "PERSON")
    d.add("\n\n")
    if heavy:
        _heavy_block(r, d, 20)
    P.slot(d, 0.12)
    d.add("Reason for visit: " + r.choice(("painless penile ulcer x 10 days", "urethral discharge and dysuria",
                                           "rash on palms and soles", "partner notified of syphilis exposure",
                                           "routine asymptomatic screening", "anal itching and bleeding")) + "\n")
    d.add("Sexual history (5 Ps): partners " + str(r.randint(1, 15)) + " in 60 days; practices: "
          + r.choice(("oral/anal receptive", "vaginal/oral", "insertive anal")) + "; protection: "
          + r.choice(("inconsistent condoms", "none", "condoms always")) + "; past STI: "
          + r.choice(("GC 2 yrs ago", "none", "primary syphilis treated")) + "; pregnancy intention: n/a\n\n")
    P.slot(d, 0.3)
    d.add("Exam:\n")
    d.add("  Genital: " + r.choice(("1 cm indurated clean-based ulcer, non-tender", "mucopurulent urethral "
                                                                                    "discharge",
                                    "no lesions", "multiple shallow tender ulcers (Tzanck smear not done)"))
          + "\n")
    d.add("  Skin: " + r.choice(("copper-colored macules on palms", "no rash", "condylomata lata perianal")) + "\n")
    d.add("  Neuro: pupils equal, reactive; no Argyll Robertson pupil; Romberg sign negative\n\n")
    _misc(r, d, "sti")
    P.slot(d, 0.45)
    d.add("Tests:\n  Darkfield: " + r.choice(("positive (spirochetes)", "not performed")) + "\n")
    d.add("  Gram stain urethral: " + r.choice(("GNID present", "no GNID, >5 WBC/hpf", "not done")) + "\n")
    d.add("  RPR: " + r.choice(("R 1:64", "R 1:8", "NR", "R 1:256")) + "   TP-PA: " + r.choice(("R", "pending"))
          + "\n  NAAT (BD ProbeTec): GC/CT urine, rectal, pharyngeal sent\n  HIV rapid (OraQuick): "
          + r.choice(("nonreactive", "reactive -> confirmatory sent", "declined")) + "\n\n")
    P.slot(d, 0.62)
    d.add("Assessment/Plan:\n")
    d.add(r.choice(("Primary syphilis (A51.0) - ", "Secondary syphilis (A51.39) - ",
                    "Early latent syphilis - ", "Gonococcal urethritis (A54.01) - ",
                    "Contact to syphilis (Z20.2) - ")))
    d.add(r.choice(("Bicillin L-A 2.4 million units IM x1 given today",
                    "ceftriaxone 500 mg IM x1 given; doxycycline 100 mg BID x7d",
                    "Bicillin L-A weekly x3, dose #1 today")))
    d.add(". NDC ")
    d.lk(_ndc(r))
    d.add(", Lot ")
    d.lk(_lot(r))
    d.add(".\nCounseled on Jarisch-Herxheimer reaction; abstain x7 days after treatment and partners treated.\n")
    d.add("Referred to partner services (DIS). PrEP offered: " + r.choice(("accepted", "declined", "already on"))
          + ". Doxy-PEP offered.\n")
    d.add("Reportable condition: case report submitted to the health department; see ")
    d.lk(r.choice(_WEBSITES[5:]))
    d.add(".\n")
    P.slot(d, 0.88)
    d.add("\nSigned: ___, ")
    cue = r.choice(("Lic# ", "license ", "NPI ", "DEA "))
    d.add(r.choice(("MD", "NP", "PA-C")) + "  " + cue)
    P.field(d, "LICENSE", value=_license_for(cue))
    d.add("\n")


def _b_partner(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    d.add(r.choice(("PARTNER SERVICES - INTERVIEW RECORD\n", "DIS Field Record / Partner Notification\n",
                    "Partner Services Case Note (Disease Intervention)\n")))
    d.add("Case #: ")
    P.field(d, "ACCOUNT")
    d.add("   Condition: " + r.choice(("HIV (new dx)", "syphilis, secondary (710)", "syphilis, early latent",
                                       "gonorrhea, resistant isolate", "mpox")) + "\n")
    d.add("Original patient (OP): ___   Interview date: ")
    d.lk(_sdate(r))
    d.add("\nDIS: ")
    P.field(d, "PERSON")
    d.add("\n\n")
    if heavy:
        _heavy_block(r, d, 20)
    P.slot(d, 0.12)
    d.add("Interview summary: OP interviewed in clinic, " + r.choice(("in person", "by phone", "via video"))
          + ". Interview period " + str(r.choice((3, 6, 12))) + " months. OP named "
          + str(r.randint(1, 6)) + " partners (" + str(r.randint(0, 3)) + " anonymous app contacts). Venues: "
          + r.choice(("dating app", "bathhouse", "bar", "party circuit")) + ".\n\n")
    P.slot(d, 0.3)
    d.add("Partner | Exposure | Locating info | Disposition\n")
    d.add("--------|----------|---------------|------------\n")
    for k in range(r.randint(2, 4)):
        d.add(f"P{k + 1} | {r.choice(('sex', 'needle-sharing', 'sex/needle'))} | ___ | ")
        d.add(r.choice(("A - prev. treated", "C - infected, brought to tx", "D - not infected",
                        "G - insufficient info", "H - unable to locate", "J - refused")) + "\n")
    d.add("\nField activity: ")
    d.add(r.choice(("home visit to ", "attempted contact at ", "letter left at ")))
    P.field(d, "STREET_ADDRESS", mask="___")
    d.add(", ")
    P.field(d, "LOCATION", mask="___")
    d.add(" ")
    P.field(d, "ZIP", mask="___")
    d.add(". ")
    d.add(r.choice(("Partner reached; agreed to testing at clinic.", "No answer; DIS card left in door.",
                    "Partner's vehicle present; no answer.")))
    d.add("\n")
    P.slot(d, 0.5)
    d.add("\nTesting/treatment of partners: rapid HIV (INSTI) and RPR offered in field; Bicillin L-A "
          "administered at clinic for contacts within 90 days. Partners referred to PrEP navigation.\n")
    d.add("P1 is a ")
    d.lk(f"{r.randint(18, 64)}-year-old")
    d.add(" " + r.choice(("man", "woman", "transgender woman")) + " met on an app. ")
    _misc(r, d, "sti")
    d.add("Cluster review: case linked to a molecular cluster (priority); no names shared with the cluster team.\n")
    d.add("Resources given: ")
    d.lk(r.choice(_HOTLINES))
    d.add(", ")
    d.lk(r.choice(_WEBSITES))
    d.add(".\n\n")
    P.slot(d, 0.75)
    d.add("Data entry: record entered in state surveillance system (PRISM-like), ")
    d.lk(f"v{r.randint(3, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}")
    d.add(". Supervisor review pending.\nDIS phone: ")
    P.field(d, "PHONE", mask="___")
    d.add("\n")
    P.slot(d, 0.95)


def _b_case_mgmt(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    d.add(r.choice(("MEDICAL CASE MANAGEMENT NOTE (Ryan White Part A)\n", "Case Management - ADAP Recertification\n",
                    "Ryan White Part B - Benefits Navigation Note\n")))
    d.add("Client: ___   Client ID: ")
    P.field(d, "MRN")
    d.add("\nCase manager: ")
    P.field(d, "PERSON")
    d.add("   Date: ")
    d.lk(_sdate(r))
    d.add("\n\n")
    if heavy:
        _heavy_block(r, d, 22)
    P.slot(d, 0.1)
    d.add("Purpose: " + r.choice(("6-month ADAP recertification", "annual Ryan White eligibility",
                                  "housing crisis / emergency financial assistance", "insurance lapse after job loss"))
          + ".\n\n")
    d.add("Eligibility documents:\n")
    d.add("- Proof of residency: " + r.choice(("lease", "utility bill", "shelter letter")) + " at ")
    P.field(d, "STREET_ADDRESS", mask="___")
    d.add(", ")
    P.field(d, "LOCATION", mask="___")
    d.add(", Massachusetts ")
    d.looks.append("Massachusetts")
    P.field(d, "ZIP", mask="___")
    d.add("\n- Proof of income: " + r.choice(("pay stubs x2", "SSDI award letter", "self-attestation, no income"))
          + f" (~{r.randint(90, 480)}% FPL)\n")
    d.add("- Proof of HIV status: viral load report on file\n- Insurance: ")
    d.add(r.choice(("MassHealth Standard", "Medicare Part D + Extra Help", "employer plan via Cigna",
                    "uninsured; Health Connector application started", "Tufts Health Plan")))
    d.add(", member ID ")
    P.field(d, "HEALTH_PLAN")
    d.add(", group ")
    d.lk(_digits(r, 6))
    d.add("\n- SSN: ")
    P.field(d, "SSN")
    d.add("\n\n")
    P.slot(d, 0.4)
    d.add("Acuity assessment: " + r.choice(("level 2 (moderate)", "level 3 (high)", "level 1 (stable)"))
          + "; barriers: " + r.choice(("transportation", "housing instability", "food insecurity",
                                      "active substance use (on Vivitrol)", "immigration concerns")) + ".\n")
    _misc(r, d, "clinic")
    d.add("Household: 2 adults, one child ")
    d.lk(f"age {r.randint(2, 17)}")
    d.add(".\n")
    d.add("Services: ADAP premium assistance, copay for " + r.choice(("Biktarvy", "Symtuza", "Dovato"))
          + ", transportation vouchers, food pantry referral. Emergency financial assistance cap reviewed.\n\n")
    P.slot(d, 0.6)
    d.add("Contacts made:\n")
    d.add("  " + _sdate(r) + "  call w/ ADAP eligibility unit re: missing income verification\n")
    d.add("  " + _sdate(r) + "  fax to pharmacy ")
    P.field(d, "ORGANIZATION", mask="___")
    d.add(" (fax ")
    P.field(d, "FAX", mask="___")
    d.add(")\n  " + _sdate(r) + "  client text re: appointment\n\n")
    P.slot(d, 0.8)
    d.add("Plan: submit recert by due date; follow up in 2 weeks; client knows how to reach "
          + r.choice(_DEPTS[6:7]) + ". Consent to share info with ADAP signed.\n")
    d.looks.append(_DEPTS[6])
    d.add("Referral sources: ")
    d.lk(r.choice(_WEBSITES))
    d.add("\n")
    P.slot(d, 0.97)


def _b_lab(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    cd4, pct = _cd4(r)
    d.add(r.choice(("CLINICAL LABORATORY REPORT - MOLECULAR VIROLOGY\n", "HIV VIRAL LOAD / CD4 REPORT\n",
                    "LAB RESULT: HIV-1 RNA QUANTITATIVE\n")))
    d.add("=" * r.randint(40, 60) + "\n")
    d.add("Patient: ___                 MRN: ")
    P.field(d, "MRN")
    d.add("\nDOB: ")
    P.field(d, "DATE_REAL_YEAR")
    d.add("   Sex: ___   Age: ")
    P.field(d, "AGE_OVER_89")
    d.add("\nAccession: ")
    P.field(d, "ACCOUNT")
    d.add("   Collected: ")
    d.lk(_sdate(r))
    d.add(f" {_time(r)}   Received: ___\n")
    d.add("Ordering: Dr. ")
    P.field(d, "PERSON")
    d.add("   Location: " + r.choice((_DEPTS[0], _DEPTS[4], _DEPTS[5])) + "\n")
    d.add("=" * r.randint(40, 60) + "\n\n")
    if heavy:
        _heavy_block(r, d, 20)
    P.slot(d, 0.2)
    d.add("TEST                          RESULT              UNITS        REF\n")
    v = _vl(r)
    d.add(f"HIV-1 RNA, Quant             {v:<20}              <20\n")
    d.add(f"HIV-1 RNA, log10             {r.choice(('<1.30', 'see below', f'{r.randint(20, 57) / 10:.2f}'))}"
          f"                log c/mL\n")
    d.add(f"CD4 (T4) absolute            {cd4:<20}cells/uL     500-1500\n")
    d.add(f"CD4 %                        {pct:<20}%            30-60\n")
    d.add(f"CD4/CD8 ratio                {r.randint(2, 14) / 10:<20}             1.0-3.6\n\n")
    P.slot(d, 0.45)
    d.add("METHOD: " + r.choice(("Alinity m HIV-1 (Abbott), real-time RT-PCR; LLOQ 20 copies/mL.",
                                 "cobas HIV-1 on cobas 6800; linear range 20 - 10,000,000 copies/mL.")))
    d.add(" Flow cytometry: BD FACSLyric.\nReagent lot ")
    d.lk(_lot(r))
    d.add(", exp ")
    d.lk(_expiry(r))
    d.add(". Instrument software ")
    d.lk(f"v{r.randint(1, 6)}.{r.randint(0, 9)}.{r.randint(0, 9)}")
    d.add(".\n")
    _misc(r, d, "lab")
    d.add("\n")
    if r.random() < 0.5:
        d.add("GENOTYPE (GenoSure PRIme, Monogram): ")
        d.add(r.choice(("no major resistance mutations", "M184V (FTC/3TC resistance); K103N (NNRTI)",
                        "K65R; reduced susceptibility to tenofovir", "pending")) + "\n\n")
    else:
        d.add("COMMENT: Result below the lower limit of quantification is reported as <20 copies/mL. "
              "PERFORMED USING THE ___ HIV-1 TEST.\n\n")
    P.slot(d, 0.7)
    d.add("Specimen: plasma, EDTA (Vacutainer PPT), ")
    d.add("specimen # ")
    P.field(d, "ACCOUNT", mask="___")
    d.add("\nReported to: ordering provider via interface; copy to ")
    d.add(r.choice(_DEPTS[:1] + _DEPTS[4:5]) + ".\n")
    d.add("Verified by: ___, MLS(ASCP)   Medical director: ___, MD\n")
    P.slot(d, 0.9)
    d.add("Lab CLIA # ")
    d.lk(f"{r.randint(10, 99)}D{_digits(r, 7)}")
    d.add("\n")


def _b_oi_dc(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    oi = r.choice(("pjp", "crypto", "toxo", "mac", "cmv"))
    _dc_header(r, d, P, "MEDICINE")
    d.add("Attending: ")
    P.field(d, "PERSON", mask="___")
    d.add(".\n\n")
    if heavy:
        _heavy_block(r, d, 16)
    cc = {"pjp": "dyspnea, dry cough, fevers", "crypto": "headache, fevers, confusion",
          "toxo": "right-sided weakness, headache", "mac": "fevers, night sweats, diarrhea, weight loss",
          "cmv": "floaters and decreased vision OS"}[oi]
    d.add(f"Chief Complaint:\n{cc}\n\nMajor Surgical or Invasive Procedure:\n")
    d.add({"pjp": "bronchoscopy with BAL", "crypto": "lumbar puncture x3 (therapeutic)", "toxo": "none",
           "mac": "bone marrow biopsy", "cmv": "PICC placement"}[oi] + "\n\n")
    P.slot(d, 0.15)
    d.add("History of Present Illness:\n___ year old with HIV ")
    d.add(r.choice(("not on ART for ~2 years", "newly diagnosed this admission", "off ART since losing insurance")))
    d.add(f", CD4 {r.randint(3, 95)} on admission, who presented with {cc}. ")
    d.add("Recently arrived from " + r.choice(_COUNTRIES) + ". ")
    d.add("Was seen at ")
    P.field(d, "ORGANIZATION", mask="___")
    d.add(" one week prior and discharged with antibiotics.\n\n")
    P.slot(d, 0.35)
    d.add("Pertinent Results:\n")
    d.add({"pjp": "LDH 512, beta-D-glucan >500; BAL DFA positive for Pneumocystis jirovecii; Grocott "
                  "methenamine silver positive.",
           "crypto": "CSF opening pressure 38 cm H2O; CrAg titer 1:1024; India ink positive.",
           "toxo": "Toxoplasma IgG positive; CSF EBV PCR negative (Epstein-Barr virus PCR sent to exclude "
                   "lymphoma).",
           "mac": "AFB blood culture positive for MAC at day 9; Ziehl-Neelsen stain of marrow positive.",
           "cmv": "CMV PCR 48,200 IU/mL; dilated exam with retinitis zone 1."}[oi])
    d.add(f"\nHIV-1 RNA {r.randint(20000, 900000):,} copies/mL. HLA-B*5701 negative. Genotype: wild type.\n\n")
    _misc(r, d, "oi")
    d.add("\n")
    P.slot(d, 0.5)
    d.add("Brief Hospital Course:\n")
    d.add({"pjp": "Started IV TMP-SMX 15 mg/kg/day plus prednisone taper for PaO2 < 70. Improved on HD4.",
           "crypto": "Induction with AmBisome + flucytosine; serial LPs for pressure. Transitioned to "
                     "fluconazole consolidation.",
           "toxo": "Pyrimethamine/sulfadiazine/leucovorin started; repeat MRI at 2 weeks with improvement.",
           "mac": "Azithromycin + ethambutol; Mycobutin added after drug-interaction review.",
           "cmv": "IV ganciclovir via PICC, transitioned to Valcyte 900 mg BID induction."}[oi])
    d.add(" ART (" + r.choice(("Biktarvy", "Dovato", "Symtuza")) + ") started on HD" + str(r.randint(3, 14))
          + "; monitored for IRIS. Social work and case management involved; ADAP application started.\n\n")
    P.slot(d, 0.7)
    d.add("Discharge Medications:\n1. Biktarvy 1 tab PO daily\n2. Bactrim DS 1 tab PO daily\n3. ")
    d.add({"pjp": "prednisone taper", "crypto": "fluconazole 800 mg daily", "toxo": "pyrimethamine 50 mg daily",
           "mac": "azithromycin 500 mg daily", "cmv": "Valcyte 900 mg BID"}[oi])
    d.add("\n\nDischarge Disposition:\n" + r.choice(("Home", "Home With Service", "Extended Care")) + "\n\n")
    d.add("Discharge Diagnosis:\nAIDS (B20) with " + {"pjp": "Pneumocystis pneumonia",
                                                       "crypto": "cryptococcal meningitis",
                                                       "toxo": "cerebral toxoplasmosis",
                                                       "mac": "disseminated MAC",
                                                       "cmv": "CMV retinitis"}[oi] + "\n\n")
    d.add("Followup Instructions:\nID clinic in 1 week; ophthalmology; ")
    d.lk(r.choice(_HOTLINES))
    d.add("\n")
    P.slot(d, 0.95)


def _b_pharm(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
    brand, reg = r.choice(_REGIMENS)
    d.add(r.choice(("TELEPHONE ENCOUNTER - CLINICAL PHARMACIST\n", "Pharmacy Adherence Call\n",
                    "HIV Pharmacy - Refill / Adherence Follow-up\n")))
    d.add("Date: ")
    d.lk(_sdate(r))
    d.add(f"  Time: {_time(r)}   Pt: ___   Called: ")
    P.field(d, "PHONE")
    d.add("\nPharmacist: ")
    P.field(d, "PERSON")
    d.add(", PharmD\n\n")
    if heavy:
        _heavy_block(r, d, 22)
    P.slot(d, 0.12)
    reason = r.choice(("monthly adherence check", "late refill alert", "new start follow-up", "drug interaction"))
    d.add(f"Reason: {reason} for {brand} ({reg}).\n\n")
    d.add("Verified identity with name and DOB. ")
    d.add(r.choice(("Pt reports taking every dose, using phone alarm. ", "Pt missed 4 doses last month while "
                                                                         "traveling. ",
                    "Pt stopped meds for a week due to nausea. ")))
    d.add("Pill count by report: " + str(r.randint(0, 12)) + " tablets remaining.\n")
    d.add("Interactions reviewed: " + r.choice(("polyvalent cations (separate by 2h from Tums/iron)",
                                                "rifampin contraindicated with bictegravir",
                                                "fluticasone + cobicistat -> switch to beclomethasone",
                                                "none significant")) + ".\n\n")
    _misc(r, d, "clinic")
    P.slot(d, 0.35)
    d.add("Refill status:\n| Drug | Qty | Last fill | Payer | Status |\n|---|---|---|---|---|\n")
    d.add(f"| {brand} | 30 | ")
    d.lk(_sdate(r))
    d.add(" | " + r.choice(("ADAP", "Medicaid", "Medicare Part D", "UnitedHealthcare")) + " | "
          + r.choice(("ready", "PA required", "too soon", "shipped")) + " |\n")
    d.add("| Bactrim DS | 30 | ___ | same | ready |\n\n")
    d.add("NDC ")
    d.lk(_ndc(r))
    d.add(" dispensed by ")
    P.field(d, "ORGANIZATION", mask="___")
    d.add("; delivery to home arranged.\n")
    P.slot(d, 0.6)
    d.add("Copay assistance: " + r.choice(("Gilead Advancing Access", "ViiV Connect", "Janssen CarePath",
                                           "Merck Patient Assistance")) + " card on file.\n")
    d.add("Counseling: adherence strategies, what to do with a missed dose, U=U. Pt reminded that the ")
    d.add(r.choice(_DEPTS[3:4]) + " can mail refills.\n")
    d.add("Claim reference: ")
    P.field(d, "ACCOUNT", mask="___")
    d.add("\n")
    P.slot(d, 0.85)
    d.add("\nTotal time: " + str(r.randint(8, 30)) + " minutes. Next call in 30 days.\n")


# --------------------------------------------------------------------------------------------------
# Radiology builders
# --------------------------------------------------------------------------------------------------

_RAD = {
    "ct_head_toxo": dict(
        cmp=("CT", "MRI"),
        rec=(
            "Follow-up MRI in 2-3 weeks after initiation of anti-Toxoplasma therapy.",
            "Neurosurgical consultation if there is no response to empiric therapy.",
        ),
        exam=("CT HEAD W/ AND W/O CONTRAST", "CT HEAD W/O CONTRAST", "CTA HEAD AND NECK"),
        ind=("with AIDS, CD4 ___, new headache and right-sided weakness. Evaluate for toxoplasmosis vs "
             "lymphoma.", "with HIV, off ART, confusion and fever. ? ring-enhancing lesion",
             "with advanced HIV and seizure."),
        tech="Contiguous axial images were obtained through the brain before and after intravenous contrast. "
             "Coronal and sagittal reformats were generated. Scanner: ",
        scanners=("SOMATOM Force", "GE Revolution CT"),
        find=("There are multiple ring-enhancing lesions at the corticomedullary junction and in the basal "
              "ganglia, the largest measuring 1.8 cm in the left basal ganglia with surrounding vasogenic edema "
              "and 3 mm rightward midline shift. No hemorrhage. The ventricles are normal in size; the foramen "
              "of Monro is patent. Virchow-Robin spaces are mildly prominent.",
              "A solitary periventricular enhancing mass abutting the ependyma of the left lateral ventricle "
              "measures 2.4 cm, hyperdense on the noncontrast images. Mild mass effect on the frontal horn. "
              "The Sylvian fissure and basal cisterns are preserved.",
              "No intracranial hemorrhage, mass effect or large territorial infarct. Gray-white "
              "differentiation is preserved. The circle of Willis vessels are patent on the CTA source images."),
        imp=("Multiple ring-enhancing lesions, favor toxoplasmosis in this clinical setting; lymphoma less "
             "likely. Recommend MRI and empiric therapy with follow-up imaging in 2 weeks.",
             "Periventricular hyperdense enhancing mass, concerning for primary CNS lymphoma. Recommend MRI "
             "and CSF EBV PCR.",
             "No acute intracranial abnormality.")),
    "mri_brain_pml_crypto": dict(
        cmp=("MRI", "CT"),
        rec=(
            "Correlate with CSF studies and serum cryptococcal antigen.",
            "CSF JC virus PCR recommended.",
        ),
        exam=("MR HEAD W AND W/O CONTRAST", "MRI BRAIN WITH AND WITHOUT GADOLINIUM"),
        ind=("with HIV and progressive left hemiparesis and aphasia over weeks. ? PML",
             "with cryptococcal meningitis, persistent headache. Evaluate for cryptococcomas.",
             "with HIV, ataxia. Evaluate for PML vs HIV encephalopathy."),
        tech="Multiplanar multisequence MR images of the brain were obtained before and after 0.1 mmol/kg "
             "gadobutrol. DWI, SWI and FLAIR were included. Scanner: ",
        scanners=("Philips Ingenia 3T", "SOMATOM Force"),
        find=("Asymmetric confluent T2/FLAIR hyperintensity in the right frontoparietal subcortical white "
              "matter involving the U-fibers, without mass effect or enhancement, with a leading edge of "
              "restricted diffusion.",
              "Multiple punctate T2 hyperintense foci in the basal ganglia corresponding to dilated "
              "Virchow-Robin spaces (gelatinous pseudocysts). Mild leptomeningeal enhancement. No "
              "hydrocephalus. Meckel cave and the cavernous sinuses are normal.",
              "Symmetric periventricular white matter T2 hyperintensity without enhancement; generalized "
              "volume loss greater than expected for age."),
        imp=("Findings most consistent with progressive multifocal leukoencephalopathy. Recommend CSF JC "
             "virus PCR.",
             "Dilated perivascular spaces with gelatinous pseudocysts and leptomeningeal enhancement, compatible "
             "with cryptococcal infection.",
             "Nonspecific white matter changes, may reflect HIV-associated encephalopathy; PML less likely.")),
    "chest_ct_pjp": dict(
        cmp=("CT", "radiograph"),
        rec=(
            "Correlate with induced sputum or BAL for Pneumocystis.",
            "Follow-up chest CT in 6-8 weeks after treatment.",
        ),
        exam=("CT CHEST W/O CONTRAST", "CT CHEST WITH CONTRAST", "CTA CHEST (PE PROTOCOL)"),
        ind=("with HIV, CD4 ___, hypoxia and dry cough. Evaluate for PJP.",
             "with AIDS and fever, negative chest radiograph.",
             "with HIV and hemoptysis, history of Kaposi sarcoma."),
        tech="Helical CT images were obtained through the chest. Multiplanar reformats were reviewed. "
             "Scanner: ",
        scanners=("GE Revolution CT", "SOMATOM Force"),
        find=("Diffuse bilateral ground-glass opacities with upper lobe predominance and relative subpleural "
              "sparing. Several thin-walled cysts in the upper lobes, the largest 1.5 cm. No pneumothorax. "
              "No pleural effusion. Mediastinal lymph nodes are not enlarged.",
              "Peribronchovascular flame-shaped nodular opacities with interlobular septal thickening (Kerley "
              "B lines) and small bilateral effusions; hilar adenopathy. Findings are typical of Kaposi "
              "sarcoma.",
              "Tree-in-bud nodularity in the right lower lobe with a 9 mm cavitary nodule. Necrotic right "
              "paratracheal node measuring 2.1 cm with low attenuation (15 Hounsfield units)."),
        imp=("Diffuse ground-glass opacities with upper lobe cysts, highly suggestive of Pneumocystis "
             "jirovecii pneumonia in this setting.",
             "Findings most compatible with pulmonary Kaposi sarcoma.",
             "Cavitary nodule with necrotic adenopathy, concerning for mycobacterial infection; airborne "
             "isolation and sputum AFB recommended. Per Fleischner Society guidelines not applicable.")),
    "cxr_tb_screen": dict(
        cmp=("radiograph",),
        rec=(
            "If symptoms persist, CT chest may be considered.",
            "Sputum AFB smear and culture x3 if clinically indicated.",
        ),
        exam=("CHEST (PA AND LAT)", "CHEST (PORTABLE AP)", "CHEST RADIOGRAPH, 2 VIEWS"),
        ind=("with HIV and positive QuantiFERON-TB Gold Plus; TB screening prior to treatment of LTBI.",
             "with HIV, new cough x3 weeks and night sweats.",
             "new to clinic, born in a high-TB-burden country; screening."),
        tech="PA and lateral views of the chest were obtained. ",
        scanners=("",),
        find=("The lungs are clear without consolidation, effusion or pneumothorax. No hilar or mediastinal "
              "lymphadenopathy. No apical scarring. Heart size is normal.",
              "Right upper lobe patchy consolidation with a 2 cm cavity and ipsilateral hilar fullness. No "
              "effusion.",
              "Diffuse fine reticulonodular (miliary) opacities throughout both lungs. Heart size normal."),
        imp=("No radiographic evidence of active tuberculosis.",
             "Right upper lobe cavitary consolidation, concerning for reactivation tuberculosis. Recommend "
             "airborne isolation and sputum AFB x3 (Xpert MTB/RIF).",
             "Miliary pattern, concerning for disseminated tuberculosis or fungal infection.")),
    "ct_abdomen_mac": dict(
        cmp=("CT", "PET/CT"),
        rec=(
            "If clinically indicated, tissue sampling of a lymph node may be considered.",
            "Consider MRCP for further biliary evaluation.",
        ),
        exam=("CT ABDOMEN AND PELVIS WITH CONTRAST", "CT ABD/PELVIS W CONTRAST"),
        ind=("with AIDS, fevers, diarrhea, weight loss. Evaluate for MAC or lymphoma.",
             "with HIV and abdominal pain, elevated alkaline phosphatase.",
             "with HIV and Burkitt lymphoma, restaging."),
        tech="Axial images were obtained from the lung bases through the pubic symphysis following 100 mL "
             "Omnipaque 350 IV. Scanner: ",
        scanners=("SOMATOM Force", "GE Revolution CT"),
        find=("Bulky low-attenuation mesenteric and retroperitoneal lymph nodes, the largest 3.1 x 2.2 cm. "
              "Hepatosplenomegaly (spleen 16.4 cm) without focal lesion. Diffuse small bowel wall thickening "
              "of the jejunum. Trace fluid in Morison pouch.",
              "Periportal edema and common bile duct dilation to 9 mm with smooth distal narrowing and "
              "papillary stenosis. Glisson capsule is smooth. No abscess.",
              "Numerous hypoenhancing splenic lesions and enlarged enhancing retroperitoneal nodes; "
              "bowel-wall mass in the terminal ileum. Small Bochdalek hernia, incidental."),
        imp=("Low-attenuation adenopathy and hepatosplenomegaly, suggestive of disseminated Mycobacterium "
             "avium complex; tissue sampling recommended.",
             "Findings suggestive of AIDS cholangiopathy.",
             "Findings compatible with known lymphoma; compare with PET.")),
    "dexa_tenofovir": dict(
        cmp=("DXA",),
        rec=(
            "Repeat DXA in 2 years on the same scanner.",
            "Vitamin D level and fracture-risk review with the ID clinician.",
        ),
        exam=("DXA BONE DENSITOMETRY", "BONE DENSITY (DEXA), AXIAL SKELETON"),
        ind=("with HIV on tenofovir disoproxil fumarate (Truvada-based regimen) for >10 years; assess bone "
             "density.", "with HIV and prior fragility fracture, on TDF.",
             "with HIV, perimenopausal; baseline before switch to TAF (Descovy)."),
        tech="Dual-energy x-ray absorptiometry of the lumbar spine (L1-L4) and both hips. Scanner: ",
        scanners=("Hologic Horizon A", "GE Lunar iDXA"),
        find=("Lumbar spine L1-L4 BMD 0.842 g/cm2, T-score -2.1, Z-score -1.6. Left total hip BMD 0.751 "
              "g/cm2, T-score -1.7. Femoral neck T-score -2.3. FRAX 10-year major osteoporotic fracture "
              "risk 8.9%, hip 2.1% (adjusted for HIV as secondary cause).",
              "Lumbar spine L1-L4 T-score -2.8 (L3 excluded for degenerative change). Total hip T-score -2.6. "
              "FRAX not calculated given osteoporosis by T-score.",
              "Lumbar spine T-score -0.6; total hip T-score -0.9; femoral neck T-score -1.1."),
        imp=("Osteopenia. Consider switching TDF to TAF; vitamin D and calcium; repeat DXA in 2 years.",
             "Osteoporosis. Recommend treatment; consider switching off tenofovir disoproxil.",
             "Normal bone mineral density.")),
}


def _rad_builder(kind: str):
    spec = _RAD[kind]

    def build(r: random.Random, d: _Doc, P: _Planter, heavy: bool) -> None:
        if r.random() < 0.45:
            d.add("Accession: ")
            P.field(d, "ACCOUNT")
            d.add("    MRN: ")
            P.field(d, "MRN")
            d.add("\n")
            if r.random() < 0.5:
                d.add("Ordering: ___   Exam date: ")
                d.lk(_sdate(r))
                d.add("\n")
            d.add("\n")
        if heavy:
            d.add("REQUISITION (pasted):\n")
            for f in ("Patient", "DOB", "MRN", "Accession", "Ordering provider", "Ordering phone",
                      "Ordering fax", "Address", "Town", "ZIP", "Insurance ID", "Referring facility"):
                d.add(f"  {f}: ___\n")
            d.add("\n")
        d.add(f"EXAMINATION:  {r.choice(spec['exam'])}\n\n")
        d.add("INDICATION:  ")
        P.field(d, "AGE_OVER_89")
        d.add(f" year old {r.choice(('man', 'woman', 'person'))} {r.choice(spec['ind'])}\n\n")
        P.slot(d, 0.2)
        scanner = r.choice(spec["scanners"])
        d.add(f"TECHNIQUE:  {spec['tech']}")
        if scanner:
            d.add(f"{scanner}, software ")
            d.lk(f"{r.choice(('VA', 'syngo '))}{r.randint(20, 60)}.{r.randint(0, 9)}.{r.randint(0, 9)}"
                 if "SOMATOM" in scanner else f"v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}")
            d.add(".\n")
        else:
            d.add("\n")
        if kind not in ("cxr_tb_screen", "dexa_tenofovir", "mri_brain_pml_crypto"):
            d.add(f"\nDOSE:  CTDIvol {r.randint(50, 650) / 10:.1f} mGy; DLP ")
            d.lk(f"{r.randint(1000, 14000) / 10:.1f} mGy-cm")
            d.add("\n")
        elif kind.startswith("mri"):
            d.add("\nCONTRAST:  gadobutrol 7.5 mL IV, lot ")
            d.lk(_lot(r))
            d.add(", exp ")
            d.lk(_expiry(r))
            d.add(".\n")
        d.add("\nCOMPARISON:  ")
        if r.random() < 0.4:
            d.add("Outside ")
            d.add(r.choice(spec["cmp"]))
            d.add(" from ")
            P.field(d, "ORGANIZATION", mask="___")
            d.add(" dated ")
            P.field(d, "DATE_REAL_YEAR", mask="___")
            d.add(".\n\n")
        else:
            d.add(r.choice(("None.", "___.", "Prior study from ")))
            if d.parts[-1] == "Prior study from ":
                d.lk(_sdate(r))
                d.add(".")
            d.add("\n\n")
        P.slot(d, 0.45)
        k = r.randrange(3)
        d.add(f"FINDINGS:\n\n{spec['find'][k]}\n")
        tails = ["\nThe visualized osseous structures are unremarkable.\n", "\nNo suspicious osseous lesion.\n"]
        if kind in ("chest_ct_pjp", "cxr_tb_screen"):
            tails += ["\nSupport devices: a Bard PowerPICC terminates in the low SVC.\n",
                      "\nSoft tissues are unremarkable. Incidental note is made of a Schatzki ring on the "
                      "scout (not dedicated).\n"]
        d.add(r.choice(tails))
        if kind in ("chest_ct_pjp", "ct_abdomen_mac") and r.random() < 0.6:
            _misc(r, d, "rad")
        P.slot(d, 0.7)
        d.add(f"\nIMPRESSION:\n\n{spec['imp'][k]}\n")
        if r.random() < 0.5:
            d.add("\nNOTIFICATION:  The findings were discussed with Dr. ")
            P.field(d, "PERSON", mask="___")
            d.add(" by ")
            d.add(r.choice(("telephone", "phone", "secure chat")))
            d.add(" on ___ at ")
            d.add(_time(r))
            d.add(", ")
            d.add(r.choice(("approximately 10 minutes after discovery.", "at the time of interpretation.",
                            "who verbalized understanding.")))
            d.add("\n")
        P.slot(d, 0.92)
        d.add("\nReport generated with ")
        d.lk(f"PowerScribe 360 v{r.randint(3, 4)}.{r.randint(0, 9)}")
        d.add(". Radiologist: ___, MD")
        if r.random() < 0.35:
            d.add(" (NPI ")
            P.field(d, "LICENSE", value=_npi)
            d.add(")")
        d.add("\n")

    return build


def _x_social(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nSocial History:\nLives in ")
    P.field(d, "LOCATION")
    d.add(" with " + r.choice(("partner", "roommates", "family", "no one; couch-surfing")) + "; works ")
    d.add(r.choice(("at ", "part-time at ", "nights at ")))
    P.field(d, "ORGANIZATION")
    d.add(" as ___. Tobacco: " + r.choice(("never", "1/2 ppd", "quit")) + ". EtOH: "
          + r.choice(("social", "none", "binge on weekends")) + ". Substances: "
          + r.choice(("methamphetamine (party and play) monthly", "cannabis", "none", "IDU in remission"))
          + ". Born in ")
    d.lk(r.choice(_COUNTRIES))
    d.add("; moved to ")
    d.lk(r.choice(_STATES))
    d.add(" ")
    d.lk(f"in {r.randint(1990, 2023)}")
    d.add(".\n")


def _x_ros(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nReview of Systems:\n")
    for sysname in ("Const", "HEENT", "Resp", "GI", "GU", "Skin", "Neuro", "Psych"):
        d.add(f"  {sysname}: {r.choice(('neg', 'negative', 'see HPI', 'denies', '+ as per HPI', 'no change'))}\n")


def _x_addendum(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nADDENDUM (")
    d.lk(_sdate(r))
    d.add(f" {_time(r)}): ")
    d.add(r.choice(("Called pt with RPR titer result; treatment visit scheduled. ",
                    "GC NAAT rectal positive; pt returned for ceftriaxone. ",
                    "HIV-1 RNA resulted undetectable; pt informed via portal. ",
                    "ADAP approval letter received and scanned. ")))
    d.add("-- ")
    P.field(d, "PERSON")
    d.add(r.choice((", RN\n", ", MA\n", ", RN BSN\n", " (nurse navigator)\n")))


def _x_screen(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nSTI screening by site:\n| Site | GC | CT | Method |\n|---|---|---|---|\n")
    for site in ("Pharynx", "Rectum", "Urine", "Vagina")[: r.randint(2, 4)]:
        d.add(f"| {site} | {r.choice(('neg', 'neg', 'POS', 'pending'))} | {r.choice(('neg', 'POS', 'pending'))}"
              f" | {r.choice(('Aptima Combo 2', 'BD ProbeTec', 'NAAT'))} |\n")


def _x_imm(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nImmunizations given today:\n")
    for v in r.sample(_VACCINES, r.randint(1, 3)):
        d.add(f"  {v:<12} 0.5 mL IM  lot ")
        d.lk(_lot(r))
        d.add("  EXP ")
        d.lk(_expiry(r))
        d.add("  NDC ")
        d.lk(_ndc(r))
        d.add("\n")


def _x_counsel(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nCounseling (" + str(r.randint(10, 40)) + " min): reviewed U=U, PrEP for partners, condoms and "
          "lubricant, doxy-PEP, and the after-hours PEP pathway. Provided ")
    d.lk(r.choice(_HOTLINES))
    d.add(" and ")
    d.lk(r.choice(_WEBSITES))
    d.add(". Screening: PHQ-2 ")
    d.lk(f"score {r.randint(0, 6)}")
    d.add(", AUDIT-C " + str(r.randint(0, 9)) + ", IPV screen negative.\n")


def _x_rad_clin(r: random.Random, d: _Doc, P: _Planter) -> None:
    cd4, _ = _cd4(r)
    d.add(f"\nCLINICAL INFORMATION:  CD4 {cd4} cells/uL; HIV-1 RNA {_vl(r)}. On "
          + r.choice(("Biktarvy", "Dovato", "no ART", "Symtuza")) + ". Creatinine "
          + f"{r.randint(6, 14) / 10:.1f}. " + r.choice(("Allergy to iodinated contrast: none.",
                                                         "Premedicated for contrast allergy.",
                                                         "No metallic implants per screening form.")) + "\n")


def _x_rad_rec(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nRECOMMENDATION(S):  " + r.choice(_RAD[d.kind]["rec"] + (
        "Clinical correlation and comparison with any outside imaging is recommended.",)) + "\n")


def _x_rad_add(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nADDENDUM:  Outside comparison images received. ")
    d.add(r.choice(("Lesions are new since the prior study. ", "Findings are slightly improved. ",
                    "No significant interval change. ")))
    d.add("Discussed with ")
    P.field(d, "PERSON")
    d.add(r.choice((", MD (ID fellow)", ", NP", " of the ID consult team")) + ".\n")


def _x_lab_more(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nADDITIONAL RESULTS (same draw):\n")
    d.add(f"  HBV DNA ............ {r.choice(('not detected', '<10 IU/mL', f'{r.randint(200, 90000)} IU/mL'))}\n")
    d.add(f"  HCV RNA ............ {r.choice(('not detected', f'{r.randint(10000, 5000000):,} IU/mL'))}\n")
    d.add(f"  RPR ................ {r.choice(('NR', 'R 1:16', 'R 1:1'))}   TP-PA {r.choice(('R', 'NR'))}\n")
    d.add(f"  CrAg (serum, LFA) .. {r.choice(('negative', 'positive, titer 1:160'))}\n")


def _x_lab_called(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nCRITICAL/NOTABLE VALUE CALLED: " + r.choice(("new HIV-1 RNA detection", "CrAg positive",
                                                       "CD4 < 50 cells/uL")) + " called to and read back by ")
    P.field(d, "PERSON")
    d.add(f" at {_time(r)} on ")
    d.lk(_sdate(r))
    d.add(".\nCORRECTED REPORT: units for CD4 % corrected; prior version retained in the audit trail.\n")


def _x_field(r: random.Random, d: _Doc, P: _Planter) -> None:
    d.add("\nField log:\n")
    for _ in range(r.randint(2, 3)):
        d.add("  ")
        d.lk(_sdate(r))
        d.add(f" {_time(r)}  " + r.choice(("phone attempt", "text sent", "field visit", "app message",
                                           "letter mailed")) + " -> " + r.choice(("no answer", "reached",
                                                                                 "wrong number", "pending"))
              + "\n")
    d.add("  Venue/area notes: ")
    P.field(d, "LOCATION")
    d.add("\n")


_EXTRA_BY_KIND = {
    "id_clinic_progress": (_x_social, _x_ros, _x_addendum, _x_screen, _x_imm, _x_counsel),
    "prep_visit": (_x_social, _x_addendum, _x_screen, _x_imm, _x_counsel),
    "npep_ed_note": (_x_social, _x_ros, _x_addendum, _x_screen, _x_counsel),
    "sti_clinic_visit": (_x_social, _x_addendum, _x_screen, _x_imm, _x_counsel),
    "partner_services_record": (_x_field, _x_addendum),
    "ryan_white_case_mgmt": (_x_social, _x_addendum, _x_counsel),
    "viral_load_lab_report": (_x_lab_more, _x_lab_called),
    "oi_discharge_summary": (_x_social, _x_ros, _x_addendum, _x_imm),
    "adherence_pharmacy_call": (_x_addendum, _x_counsel),
}
_EXTRA_RAD = (_x_rad_clin, _x_rad_rec, _x_rad_add)


# --------------------------------------------------------------------------------------------------
# Registry, build and corpus
# --------------------------------------------------------------------------------------------------

_KINDS = {
    "id_clinic_progress": ("discharge", _b_id_clinic),
    "prep_visit": ("discharge", _b_prep),
    "npep_ed_note": ("discharge", _b_npep),
    "sti_clinic_visit": ("discharge", _b_sti),
    "partner_services_record": ("discharge", _b_partner),
    "ryan_white_case_mgmt": ("discharge", _b_case_mgmt),
    "viral_load_lab_report": ("discharge", _b_lab),
    "oi_discharge_summary": ("discharge", _b_oi_dc),
    "adherence_pharmacy_call": ("discharge", _b_pharm),
    **{k: ("radiology", _rad_builder(k)) for k in _RAD},
}
DOCUMENT_KINDS = tuple(_KINDS)
_DC_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "discharge")
_RAD_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "radiology")


def document_kind(seed: int, i: int) -> str:
    return _plan(seed, i)[0]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind, status, cats = _plan(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"h53:{seed}:{i}")
    rad = note_type == "radiology"
    d = _Doc()
    d.kind = kind
    P = _Planter(r, cats, rad)
    heavy = status == "heavy"
    builder(r, d, P, heavy)
    pool = _EXTRA_RAD if rad else _EXTRA_BY_KIND[kind]
    for fn in r.sample(pool, min(len(pool), r.choice((0, 1, 1, 2, 2, 3)))):
        fn(r, d, P)
    P.slot(d, 2.0)
    if heavy:
        _heavy_block(r, d, 10)
    if r.random() < 0.5:
        # a look-alike footer: a state or country and a public website or generic department
        d.add("\n" + r.choice(("Patient born in ", "Country of birth: ", "Travel history: ")))
        d.lk(r.choice(_COUNTRIES))
        d.add(". State of residence: ")
        d.lk(r.choice(_STATES))
        d.add(". See ")
        d.lk(r.choice(_WEBSITES))
        d.add(" / ")
        d.lk(r.choice(_DEPTS))
        d.add(".\n")
    _pad(r, d, rad)
    text = d.text()
    looks = [x for x in dict.fromkeys(d.looks + [e for e in EPONYMS_AND_BRANDS if e in text]) if x and x in text]
    return LabelledNote(note_type, text, sorted(d.spans)), looks, "heavy" if heavy else "normal"


def holdout53_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout53_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout53_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout53_corpus, argv, "Held-out corpus 53 (blind): HIV and sexual-health clinic notes")
    holdout_measure.report("holdout53", args, notes, hits, res)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
