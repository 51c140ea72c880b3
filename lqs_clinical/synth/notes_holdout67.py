"""Held-out corpus 67: the medical staff office, credentialing, privileging and graduate medical education
around an admission.

Document kinds (``DOCUMENT_KINDS``). Discharge-type notes (MIMIC note_type DS/AD): the discharge summary
itself (with its teaching-physician attestation), a medical staff office credentialing file summary, a
primary-source verification checklist, a temporary (provisional) privileges grant for an important patient-care
need, a peer review referral, a resident duty-hour exception and supervision note, a locum tenens assignment
confirmation, a moonlighting approval, a malpractice carrier's letter (certificate of insurance or notice of a
potential claim), a board-certification and licence verification, and a DEA / NPI / sanction check worksheet.
Radiology-type notes (RR/AR): a CT report with a resident's preliminary read and the attending's final, an
interventional procedure report with a focused (FPPE) proctoring evaluation, a teleradiology read by a locum
radiologist with the privileging-by-proxy footer, a RADPEER peer-review score sheet on a CT, a fluoroscopy
procedure report with the operator's fluoroscopy-privilege check, and an overnight (moonlighting) read with its
addendum.

Label policy (the detector's, copied from the brief): PERSON is one span per name (given and family together,
titles outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are
separate spans; states and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a
named hospital, practice, pharmacy (a chain's store too), agency, school or employer, never a generic department,
and never a drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of
ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN,
REF, model and expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a
public line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is
FAX. ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen numbers,
and a vendor's call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an
employer's group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and
driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax",
"SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions for what the policy leaves open (this corpus):
- Clinicians are people: an applicant's, resident's, proctor's or coordinator's name is PERSON, their cell
  PHONE, their personal or work e-mail EMAIL, their home street line STREET_ADDRESS, their date of birth
  DATE_REAL_YEAR, exactly like a patient's.
- A state medical or nursing licence number, a DEA registration, a paramedic/EMT certificate number, a driver's
  licence number and a clinician's (type 1) NPI are LICENSE. A group's (type 2) NPI never appears unmasked.
  Board-certificate ids, ECFMG certificate numbers, CAQH ProView ids, state controlled-substance registrations,
  malpractice policy numbers, credentialing-file / application numbers and dosimetry badge numbers have no
  category: they are always written masked (``___``) and never planted.
- A licence's, certificate's or appointment's expiry date is a person's date, not a device, drug or lot expiry:
  when it escapes masking with a real year it is DATE_REAL_YEAR. Only device, drug, contrast and lot expiry
  dates are left unlabelled (look-alikes).
- A malpractice carrier (MLMIC, The Doctors Company, ...) is an insurer named as such: never ORGANIZATION. A
  malpractice claim number is a claim number, so ACCOUNT; so is a safety-event/incident report number, a
  peer-review case number is masked. A teleradiology vendor's read-session id for the patient's study is ACCOUNT.
- Boards (ABIM, ABR ...), accreditation bodies (ACGME, The Joint Commission), regulators and data banks (DEA,
  CMS/NPPES, NPDB, FSMB, ECFMG, the state Office of the Professions), specialty societies, CME accreditors and
  device makers are never ORGANIZATION; a medical school, residency sponsor, hospital, practice, locum tenens
  agency, urgent-care employer or pharmacy is. A hospital asset tag on equipment is DEVICE_ID; a parking
  permit is masked; a vehicle plate or VIN is VEHICLE_ID.
- A county, borough, neighbourhood or town is LOCATION (the whole name, "Dutchess County"). A street line keeps
  its unit ("Apt 4C", "Suite 210") inside the STREET_ADDRESS span.
- A telephone extension ("x2231", "ext. 41") stays outside the PHONE span; a URL whose host is an IP address is
  one URL span (no IP_ADDRESS inside it); in "92yo" only the digits are the AGE_OVER_89 span.
- ACGME program numbers (10 digits), NUCC taxonomy codes, CME activity codes, CPT/ICD codes, exam scores, PGY
  levels, software versions, RADPEER scores, dose figures, shifted (2100-2200) dates and bare years are
  look-alikes, never labelled.

Written blind: I read only this corpus's brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``
(``CATEGORIES``, ``LabelledNote``), ``pyproject.toml``, ``/work/shared/reference/*.md`` and the masked
PyHealth note-shaped samples under ``/work/shared/data/`` (with its ``SOURCES.md``). I did not read the detector,
its rules, any other corpus, any test or any benchmark, and I never ran the detector on this corpus.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Adaeze", "Lars", "Priyanka", "Mateo", "Ingrid", "Chidi", "Rosalind", "Tomasz", "Mei-Ling", "Oluwaseun",
    "Beatriz", "Anselm", "Farah", "Dmitri", "Siobhan", "Kwabena", "Yael", "Rafferty", "Noor", "Henrik",
    "Marisol", "Tadeusz", "Keiko", "Emeka", "Giulia", "Desmond", "Anneliese", "Ravindra", "Colette", "Bashir",
    "Thandiwe", "Ignatius", "Lucinda", "Hamza", "Saoirse", "Joaquin", "Vesna", "Obadiah", "Xiomara", "Kenji",
    "Magdalena", "Tobias", "Paulette", "Arjun", "Zofia", "Cornelius", "Ifeoma", "Gunnar", "Leocadia", "Rustam",
    "Wendell", "Esperanza", "Florian", "Niamh", "Bartholomew", "Shirin", "Augustin", "Delphine", "Kofi", "Imelda",
)
_MID = ("A", "J", "K", "R", "T", "M", "E", "S", "L", "N", "P", "W")
_LAST = (
    "Okonkwo", "Heikkinen", "Raghunathan", "Castellanos", "Lindqvist", "Abernathy", "Ferreira", "Wisniewski",
    "Tran", "Adeyemi", "Mbeki", "Halvorsen", "O'Shaughnessy", "Van der Berg", "De la Cruz", "Kowalczyk",
    "Nakamura", "Brandt", "Achterberg", "Quist", "Ostrowski", "Vega", "Paredes", "Szabo", "Oyelaran",
    "Fitzgerald", "Mukherjee", "Esposito", "Kjeldsen", "Ibarra", "Delacroix", "Ng", "Zielinski", "Okafor",
    "Hallstrom", "Bianchi", "Haddad", "Ferraro", "Gallagher", "Iwu", "Petrosyan", "Moreau", "Takahashi",
    "Lemaire", "Abiodun", "Varga", "McAllister", "Soto", "Grunewald", "Oduya", "Ruiz-Tagle", "Baptiste",
    "Kaminski", "Sorensen", "Ahn", "Nwachukwu", "Pellegrini", "Rasmussen", "Dubois", "Chaudhry", "Teodorescu",
)
_HOSP_PLACE = (
    "Hudson Valley", "Saw Mill River", "Tappan Zee", "Bronx Riverside", "Lake Oneida", "Catskill Regional",
    "Kingsbridge", "Harlem River", "Shawangunk", "Long Reach", "Mohawk Valley", "Great South Bay",
    "Palisades", "Croton Falls", "Ramapo", "Seneca Lake", "Sound Shore", "Flatbush Community",
)
_HOSP_SUFFIX = ("Medical Center", "Hospital", "General Hospital", "Regional Medical Center", "Community Hospital",
                "Hospital Center", "Memorial Hospital")
_SAINTS = ("St. Brendan's Hospital", "St. Adalbert Medical Center", "Our Lady of Good Counsel Hospital",
           "St. Columba's Hospital", "Mercy Lakeside Hospital", "St. Hedwig Medical Center",
           "Good Samaritan of Rockland", "St. Ansgar's Hospital")
_PRACTICES = ("Northshore Radiology Associates", "Harbor Hill Internal Medicine Group",
              "Kessler & Mbeki Cardiology, PLLC", "Riverbend Orthopaedic Partners", "Tri-County Hospitalist Group",
              "Greenpoint Family Practice", "Fieldston Pulmonary & Sleep", "Parkchester Kidney Care",
              "Meadowbrook Anesthesia Associates, P.C.", "Eastview Imaging, LLP", "Hollis Gastroenterology")
_AGENCIES = ("Bluestone Locums, LLC", "Meridian Locum Partners", "TriState Physician Staffing",
             "Northgate Locum Tenens", "Keystone Clinician Staffing, Inc.", "Lanterna Locums")
_SCHOOLS = ("Kingsbridge College of Medicine", "University of Lagos College of Medicine",
            "St. Eustace University School of Medicine", "Upstate Lakes School of Medicine",
            "Universidad Autonoma del Caribe Facultad de Medicina", "Hudson Valley College of Osteopathic Medicine",
            "Manhattan Heights School of Nursing", "Grand Concourse Paramedic Academy")
_EMPLOYERS = ("QuickCare Urgent Care of Yonkers", "Metro Sound Ambulance Corp.", "Westbury Correctional Facility",
              "Orange Ridge Nursing and Rehabilitation Center", "Palisades Dialysis Center",
              "Fordham Road Pharmacy", "Duane Reade", "Cedar Lane Pharmacy",
              "Rockland County Department of Health", "Yonkers Police Department",
              "Albany Family Court")
_TOWNS = (
    "Yonkers", "New Rochelle", "Mount Vernon", "White Plains", "Poughkeepsie", "Newburgh", "Kingston", "Peekskill",
    "Ossining", "Mamaroneck", "Port Chester", "Tarrytown", "Nyack", "Spring Valley", "Middletown", "Hempstead",
    "Freeport", "Hicksville", "Massapequa", "Bay Shore", "Patchogue", "Riverhead", "Huntington", "Flushing",
    "Astoria", "Brooklyn", "Staten Island", "Hoboken", "Paterson", "Stamford", "Schenectady", "Troy", "Utica",
    "Syracuse", "Ithaca", "Binghamton", "Elmira", "Scranton", "Hackensack", "Washington Heights", "Riverdale",
    "Co-op City", "Bushwick", "Dutchess County", "Ulster County", "Rockland County", "Nassau County",
    "Suffolk County", "Westchester County", "Sullivan County", "Saratoga Springs", "Cold Spring",
)
_STREETS = ("Linden Blvd", "Grand Concourse", "Crescent St", "Old Mill Rd", "Palisade Ave", "Water Street",
            "Warburton Avenue", "North Broadway", "Ashford Ave", "Route 9W", "Maple Hill Dr", "Jerome Ave",
            "Quaker Ridge Rd", "Ditmars Blvd", "Main Street", "Bedford Park Blvd", "Hillside Ter",
            "Larchmont Ave", "Saw Mill River Rd", "Kingsland Pl", "Montague St", "Hempstead Tpke")
_UNITS = ("Apt 4C", "Suite 210", "#3R", "Apt. 12B", "Ste 400", "Unit 7", "Fl 2")
_AREAS = ("212", "718", "917", "646", "347", "929", "914", "845", "516", "631", "518", "585", "716", "315",
          "607", "201", "973", "203", "570")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_BOARDS = ("American Board of Internal Medicine", "ABIM", "American Board of Radiology", "ABR",
           "American Board of Surgery", "American Board of Emergency Medicine", "ABMS Certification Matters",
           "American Osteopathic Board of Internal Medicine", "NBME", "NBOME")
_BODIES = ("ACGME", "The Joint Commission", "NCQA", "NPDB", "FSMB", "ECFMG", "CAQH ProView", "NPPES",
           "OIG LEIE", "SAM.gov", "AMA Physician Masterfile", "Office of the Professions", "DEA Diversion Control",
           "ACCME")
_SOCIETIES = ("American College of Radiology", "Society of Interventional Radiology", "American College of Physicians",
              "American College of Emergency Physicians", "SCAI", "RSNA", "Society of Hospital Medicine")
_CARRIERS = ("MLMIC Insurance Company", "The Doctors Company", "Medical Protective", "ProAssurance", "Coverys",
             "Physicians' Reciprocal Insurers")
_SOFTWARE = ("MedHub 4.12.1", "New Innovations 12.7", "symplr Provider 9.3", "Cactus 7.2", "Epic Hyperspace",
             "PowerScribe One", "Sectra IDS7 24.1", "Visage 7.1.18", "QGenda", "Amion", "Kronos Workforce 8.1")
_EPONYMS = ("Whipple", "Nissen", "Hartmann", "Seldinger", "Swan-Ganz", "Foley", "Judkins", "Allen test",
            "Glasgow Coma Scale", "Wells score", "Mallampati", "Kerley B lines", "Hampton hump", "Westermark sign",
            "Hill-Sachs", "Schatzki ring", "Morison pouch", "Fleischner Society", "Bosniak", "BI-RADS", "LI-RADS",
            "Lugano")
_BRANDS = ("Eliquis", "Xarelto", "Lovenox", "Zosyn", "Medtronic Micra AV", "Boston Scientific", "Watchman FLX",
           "Impella CP", "Omnipod 5", "Dexcom G7", "Angio-Seal", "Perclose ProGlide", "Bard PowerPICC",
           "Visipaque 320", "Omnipaque 350", "Isovue-370", "Entresto", "Keppra")
_WEBSITES = ("www.acgme.org", "www.abim.org", "nppes.cms.hhs.gov", "www.npdb.hrsa.gov",
             "www.deadiversion.usdoj.gov", "www.op.nysed.gov", "www.certificationmatters.org", "www.theabr.org")
_HOTLINES = ("1-800-767-6732", "1-800-332-1088", "988 Suicide & Crisis Lifeline",
             "1-888-412-7730 (MLMIC claims line)", "1-866-NPI-ENUM")
_DEPTS = ("Medical Staff Office", "Office of Graduate Medical Education", "Department of Radiology",
          "Credentials Committee", "Medical Executive Committee", "Peer Review Committee", "Risk Management",
          "Quality & Patient Safety", "Department of Medicine", "Department of Surgery", "Hospital Medicine")
_STATES = ("New York", "New Jersey", "Connecticut", "Pennsylvania", "Massachusetts", "India", "Philippines",
           "Nigeria", "Grenada", "Pakistan", "Canada", "Dominica")

EPONYMS_AND_BRANDS: tuple[str, ...] = (
    _BOARDS + _BODIES + _SOCIETIES + _CARRIERS + _SOFTWARE + _EPONYMS + _BRANDS + _WEBSITES + _HOTLINES
)

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

_R = random.Random


def _name(r: _R) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    k = r.random()
    if k < 0.42:
        return f"{f} {last}"
    if k < 0.57:
        return f"{f} {r.choice(_MID)}. {last}"
    if k < 0.72:
        return f"{last}, {f}"
    if k < 0.82:
        return f"{f[0]}. {last}"
    if k < 0.92:
        second = r.choice([x for x in _LAST if "-" not in x and " " not in x])
        return f"{f} {last.split()[-1]}-{second}"
    return f"{last.upper()}, {f.upper()}"


def _surname(r: _R) -> str:
    return r.choice(_LAST)


def _full(r: _R) -> str:
    return f"{r.choice(_FIRST)} {r.choice(_LAST)}"


def _digits(r: _R, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _ten(r: _R, toll: bool = False) -> tuple[str, str, str]:
    a = r.choice(_TOLLFREE) if toll else r.choice(_AREAS)
    if r.random() < 0.35:
        return a, "555", f"01{r.randrange(100):02d}"
    ex = r.randint(201, 989)
    while ex % 100 == 11 or ex == 555:
        ex = r.randint(201, 989)
    return a, str(ex), f"{r.randrange(10000):04d}"


def _fmt10(r: _R, a: str, e: str, n: str, ext_ok: bool = True) -> str:
    k = r.randrange(8)
    return (f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"+1 {a} {e} {n}",
            f"1-{a}-{e}-{n}", f"({a}){e}-{n}", f"{a} {e} {n}")[k]


def _phone(r: _R) -> str:
    return _fmt10(r, *_ten(r))


def _fax(r: _R) -> str:
    return _fmt10(r, *_ten(r), ext_ok=False)


def _tollfax(r: _R) -> str:
    return _fmt10(r, *_ten(r, toll=True), ext_ok=False)


def _pager(r: _R) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"{r.randint(1, 9)}-{r.randint(1000, 9999)}"
    if k == 1:
        return str(r.randint(10000, 99999))
    if k == 2:
        return _fmt10(r, *_ten(r), ext_ok=False)
    if k == 3:
        return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    if k == 4:
        return str(r.randint(1000, 9999))
    return f"{r.randint(10, 99)}{r.randint(100, 999)}"


def _slug(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


_MAILDOM = ("stbrendans.org", "hvrmc.org", "kingsbridgemed.edu", "bluestonelocums.com", "gmail.com", "yahoo.com",
            "outlook.com", "icloud.com", "northshorerad.net", "tzmc.org", "aol.com", "protonmail.com")


def _email(r: _R) -> str:
    f, last = _slug(r.choice(_FIRST)), _slug(r.choice(_LAST))
    k = r.randrange(6)
    local = (f"{f}.{last}", f"{f[0]}{last}", f"{last}{f[0]}{r.randint(1, 99)}", f"{f}_{last}",
             f"dr{last}", f"{f}.{last}{r.randint(70, 99)}")[k]
    return f"{local}@{r.choice(_MAILDOM)}"


def _ip(r: _R) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.randint(24, 98)}.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: _R) -> str:
    a = r.randint(1, 665)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    k = r.randrange(3)
    return (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}")[k]


def _mrn(r: _R) -> str:
    k = r.randrange(5)
    return (_digits(r, 7), "00" + _digits(r, 6), "E" + _digits(r, 7),
            f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}",
            str(r.randint(40000000, 99999999)))[k]


def _encounter(r: _R) -> str:
    return r.choice((f"E{_digits(r, 11)}", f"{_digits(r, 10)}", f"V{r.randint(1000000, 9999999)}",
                     f"{r.randint(30, 79)}-{_digits(r, 7)}"))


def _accession(r: _R) -> str:
    return r.choice((f"RAD-{r.randint(1000000, 9999999)}", f"CT{r.randint(10000000, 99999999)}",
                     f"{r.choice(('MR', 'US', 'XR', 'IR'))}{_digits(r, 7)}", f"A{_digits(r, 9)}"))


def _claim(r: _R) -> str:
    return r.choice((f"CLM-{_digits(r, 4)}-{_digits(r, 5)}", f"PL{_digits(r, 8)}",
                     f"{r.randint(100, 999)}-{_digits(r, 6)}",
                     f"MP{_digits(r, 3)}{r.choice('ABCDEFGHJK')}{_digits(r, 4)}"))


def _incident(r: _R) -> str:
    return r.choice((f"SE-{_digits(r, 6)}", f"RL{_digits(r, 7)}", f"IR{_digits(r, 5)}",
                     f"QPS-{r.randint(100, 999)}-{_digits(r, 4)}"))


def _order(r: _R) -> str:
    return r.choice((f"ORD{_digits(r, 8)}", f"{_digits(r, 9)}", f"REQ-{_digits(r, 7)}",
                     f"S{_digits(r, 2)}-{_digits(r, 5)}"))


def _session(r: _R) -> str:
    hx = "0123456789abcdef"
    return r.choice((f"VRS-{_digits(r, 8)}", "".join(r.choice(hx) for _ in range(12)),
                     f"TR{_digits(r, 6)}-{r.randint(1, 9)}"))


def _account(r: _R) -> str:
    return r.choice((_encounter, _accession, _claim, _incident, _order))(r)


def _mbi(r: _R) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(letters) + r.choice(alnum) + str(r.randrange(10)) + r.choice(letters)
         + r.choice(alnum) + str(r.randrange(10)) + r.choice(letters) + r.choice(letters) + _digits(r, 2))
    return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _cin(r: _R) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{r.choice(up)}{r.choice(up)}{_digits(r, 5)}{r.choice(up)}"


def _member(r: _R) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = r.randrange(5)
    return (f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 9)}", f"W{_digits(r, 10)}",
            f"{_digits(r, 9)}-0{r.randint(1, 4)}", f"{r.choice(up)}{_digits(r, 8)}",
            f"{r.choice(up)}{r.choice(up)}{r.choice(up)} {_digits(r, 5)}-{_digits(r, 2)}")[k]


def _plan_id(r: _R) -> str:
    return r.choice((_member, _member, _cin, _mbi))(r)


def _dea(r: _R) -> str:
    first = r.choice("ABFGM")
    second = r.choice(_LAST)[0].upper()
    d = [r.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def _luhn_check(payload: str) -> int:
    total = 0
    for idx, ch in enumerate(reversed(payload)):
        v = int(ch)
        if idx % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def _npi(r: _R) -> str:
    body = r.choice("12") + _digits(r, 8)
    return body + str(_luhn_check("80840" + body))


def _medlic(r: _R) -> str:
    k = r.randrange(5)
    return (str(r.randint(200000, 319999)), f"25MA0{_digits(r, 5)}00", f"{r.choice('CDE')}-{_digits(r, 5)}",
            f"0{_digits(r, 5)}", f"{r.randint(200, 319)}-{_digits(r, 3)}")[k]


def _rnlic(r: _R) -> str:
    return r.choice((str(r.randint(500000, 899999)), f"{_digits(r, 3)}-{_digits(r, 4)}", f"26NR0{_digits(r, 7)}"))


def _dl(r: _R) -> str:
    k = r.randrange(4)
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", _digits(r, 9),
            f"{r.choice(up)}{_digits(r, 4)} {_digits(r, 5)} {_digits(r, 5)}", _digits(r, 8))[k]


def _ems(r: _R) -> str:
    return r.choice((str(r.randint(100000, 499999)), f"{_digits(r, 5)}-{r.randint(1, 9)}", f"A{_digits(r, 6)}"))


def _license(r: _R) -> str:
    return r.choice((_medlic, _dea, _npi, _rnlic, _dl))(r)


_NYZIPS = (100, 101, 103, 104, 105, 106, 107, 108, 109, 110, 112, 113, 114, 115, 117, 119, 120, 122, 123, 125,
           126, 128, 130, 132, 134, 136, 138, 139, 140, 142, 144, 146, 148)


def _zip(r: _R) -> str:
    if r.random() < 0.15:
        base = f"07{r.randint(0, 999):03d}"
    else:
        base = f"{r.choice(_NYZIPS)}{r.randint(1, 99):02d}"
    return base if r.random() < 0.72 else f"{base}-{_digits(r, 4)}"


def _street(r: _R) -> str:
    k = r.random()
    if k < 0.15:
        num = f"{r.randint(11, 99)}-{r.randint(1, 60):02d}"
    else:
        num = str(r.choice((r.randint(2, 99), r.randint(100, 999), r.randint(1000, 4999))))
    s = f"{num} {r.choice(_STREETS)}"
    if r.random() < 0.35:
        s += f"{r.choice((', ', ' '))}{r.choice(_UNITS)}"
    return s


def _town(r: _R) -> str:
    return r.choice(_TOWNS)


def _ymd(r: _R, lo: int = 1936, hi: int = 2029) -> tuple[int, int, int]:
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def _date(r: _R, lo: int = 1936, hi: int = 2029) -> str:
    y, m, d = _ymd(r, lo, hi)
    k = r.randrange(9)
    mon = _MONTHS[m - 1]
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon} {y}",
            f"{d:02d}-{mon[:3]}-{y}", f"{mon[:3]}. {d}, {y}", f"{m:02d}.{d:02d}.{y}", f"{mon[:3].upper()} {d} {y}")[k]


def _recent(r: _R) -> str:
    return _date(r, 2004, 2029)


def _dob(r: _R) -> str:
    return _date(r, 1931, 1999)


def _age(r: _R) -> str:
    return str(r.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 106)))


def _serial(r: _R) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = r.randrange(6)
    return (f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 6)}{r.choice('SHR')}",
            f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}", f"{r.choice(up)}{_digits(r, 8)}",
            f"{_digits(r, 10)}", f"{r.choice(up)}{r.choice(up)}{_digits(r, 7)}",
            f"SR{_digits(r, 6)}{r.choice(up)}")[k]


def _asset(r: _R) -> str:
    return r.choice((f"BMC-{_digits(r, 6)}", f"AT{_digits(r, 7)}", f"HVRMC-BIO-{_digits(r, 5)}",
                     f"{r.choice(('IT', 'CE', 'BME'))}{_digits(r, 6)}", f"TZ{_digits(r, 4)}-{_digits(r, 3)}"))


def _plate(r: _R) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = r.randrange(5)
    three = "".join(r.choice(up) for _ in range(3))
    return (f"{three}-{_digits(r, 4)}", f"{three} {_digits(r, 4)}", f"{three}{_digits(r, 4)}",
            f"{r.choice(up)}{r.choice(up)}{_digits(r, 3)}{r.choice(up)}", f"{_digits(r, 3)}-{three}")[k]


_VIN_VAL = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
            "X": 7, "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(r: _R) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [r.choice(("1", "2", "3", "4", "5", "J", "W"))] + [r.choice(chars) for _ in range(16)]
    v[9] = r.choice("ABCDEFGHJKLMNPRSTVWXY")
    for j in range(11, 17):
        v[j] = str(r.randrange(10))
    s = sum(_VIN_VAL[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def _vehicle(r: _R) -> str:
    return _vin(r) if r.random() < 0.3 else _plate(r)


def _org(r: _R) -> str:
    k = r.random()
    if k < 0.35:
        return f"{r.choice(_HOSP_PLACE)} {r.choice(_HOSP_SUFFIX)}"
    if k < 0.5:
        return r.choice(_SAINTS)
    if k < 0.65:
        return r.choice(_PRACTICES)
    if k < 0.75:
        return r.choice(_AGENCIES)
    if k < 0.87:
        return r.choice(_SCHOOLS)
    return r.choice(_EMPLOYERS)


def _hospital(r: _R) -> str:
    return f"{r.choice(_HOSP_PLACE)} {r.choice(_HOSP_SUFFIX)}" if r.random() < 0.65 else r.choice(_SAINTS)


# --------------------------------------------------------------------------------------------------
# Shifted (2100-2200) dates and other filler
# --------------------------------------------------------------------------------------------------


def _stime(r: _R) -> str:
    return f"{r.randint(0, 23):02d}:{r.randrange(60):02d}"


def _acgme(r: _R) -> str:
    return f"{r.choice(('140', '380', '420', '120', '110'))}{r.randint(10, 35)}{_digits(r, 5)}"


def _lot(r: _R) -> str:
    return r.choice((f"LOT {r.randint(10, 29)}{r.choice('ABCDEFGHK')}{_digits(r, 3)}{r.choice('ABC')}",
                     f"Lot# {_digits(r, 7)}", f"LOT {r.choice('ABCDEFGHK')}{_digits(r, 6)}"))


def _ndc(r: _R) -> str:
    return f"NDC {_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}"


def _ref(r: _R) -> str:
    return r.choice((f"REF {_digits(r, 4)}-{_digits(r, 2)}", f"Model {r.choice(('W1DR01', 'MC1VR01', 'DDMB1D4'))}",
                     f"REF {r.choice('ABCDEFGH')}{_digits(r, 5)}"))


def _expiry(r: _R) -> str:
    y, m, d = r.randint(2024, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"EXP {y}-{m:02d}-{d:02d}", f"Exp. {m:02d}/{d:02d}/{y}", f"expiry {y}-{m:02d}",
                     f"Use by {y}-{m:02d}-{d:02d}"))


def _small_age(r: _R) -> str:
    return str(r.randint(19, 88))


def _pgy(r: _R) -> str:
    return f"PGY-{r.randint(1, 7)}"


def _score(r: _R) -> str:
    return r.choice((f"USMLE Step 2 CK {r.randint(214, 271)}", f"Step 3 {r.randint(205, 255)}",
                     f"COMLEX Level 3 {r.randint(450, 720)}", f"ITE {r.randint(12, 97)}th percentile",
                     f"ABIM certifying exam score {r.randint(380, 610)}", "USMLE Step 1: Pass"))


def _cme_code(r: _R) -> str:
    return r.choice((f"CME activity {r.randint(20, 29)}-{r.choice(('PS', 'GR', 'RS', 'EN'))}-{_digits(r, 4)}",
                     f"{r.randint(1, 40)}.{r.choice((0, 25, 5, 75))} AMA PRA Category 1 Credits",
                     f"JA{_digits(r, 7)}", f"course code RSQ-{_digits(r, 3)}"))


def _taxonomy(r: _R) -> str:
    return r.choice(("207R00000X", "2085R0202X", "207P00000X", "208M00000X", "2085R0204X", "207RC0000X",
                     "163W00000X", "364SA2200X"))


# --------------------------------------------------------------------------------------------------
# Planting snippets: one identifier each, the rest masked or non-PHI
# --------------------------------------------------------------------------------------------------

_Gen = Callable[[_R], str]

def _url_app(r: _R) -> str:
    last, f = _slug(r.choice(_LAST)), _slug(r.choice(_FIRST))
    return r.choice((f"https://portal.hvrmc.org/credentialing/app?id={r.randint(10000, 99999)}",
                     f"https://tzmc.org/mso/files/{last}_{f}/cv.pdf",
                     f"https://sharefile.stbrendans.org/d/{last}{r.randint(100, 999)}",
                     f"http://bluestonelocums.com/providers/{f[0]}{last}-{r.randint(1000, 9999)}"))


def _url_site(r: _R) -> str:
    last, f = _slug(r.choice(_LAST)), _slug(r.choice(_FIRST))
    return r.choice((f"https://www.dr{last}cardiology.com", f"www.{last}{r.choice(('ortho', 'peds', 'imaging'))}.net",
                     f"https://linkedin.com/in/{f}-{last}-{r.randint(10, 99)}", f"http://{f}{last}md.com",
                     f"https://doximity.com/pub/{f}-{last}-{r.choice(('md', 'do'))}"))


def _url_pacs(r: _R) -> str:
    return r.choice((f"https://pacs.sawmillriver.org/viewer?study={r.randint(100000, 999999)}",
                     f"http://10.{r.randint(1, 99)}.{r.randint(0, 255)}.{r.randint(2, 250)}/zfp?acc={_digits(r, 8)}",
                     f"https://share.eastviewimaging.com/s/{_digits(r, 10)}",
                     f"https://myhealth.hvrmc.org/records/{_digits(r, 7)}"))


_Ctx = tuple[str, str, _Gen]
_LINES: dict[str, list[_Ctx]] = {
    "PHONE": [
        ("a", "Applicant cell (per CV): {v}", _phone),
        ("a", "Spoke with the program coordinator at {v} re: the verification letter, still pending.", _phone),
        ("a", "Locum agency recruiter direct line {v} (after hours ___).", _phone),
        ("a", "Tel: {v}   Fax: ___", _phone),
        ("a", "Office: {v} x{ext} (coordinator, GME)", _phone),
        ("d", "Home care agency intake {v}, ext. {ext}; ask for the liaison.", _phone),
        ("r", "Reading room {v} ext {ext}", _phone),
        ("a", "If questions, please call me on my cell\n{v}.", _phone),
        ("ad", "The {pgy} resident was reached by phone at {v} and confirmed the hand-off.", _phone),
        ("d", "Pt's daughter (HCP) can be reached at {v}; she asked for a copy of the discharge paperwork.", _phone),
        ("d", "Call-back number for the covering hospitalist: {v}", _phone),
        ("d", "ph# {v} (home), work ___", _phone),
        ("d", "Follow up with Dr. ___ (cardiology) within 1 week, office tel {v}.", _phone),
        ("r", "Critical result phoned to the covering resident at {v} at {time}; read-back confirmed.", _phone),
        ("r", "Contact # for the proctor -- {v}", _phone),
        ("r", "Ordering clinician callback: {v}", _phone),
    ],
    "FAX": [
        ("a", "Please fax the signed attestation to {v}, attn: ___.", _fax),
        ("a", "Fax: {v}", _fax),
        ("a", "Verification letter faxed from the program office ({v}) on ___.", _fax),
        ("a", "Return completed form by FAX to {v} or by secure e-mail.", _fax),
        ("a", "Practice fax (toll free): {v}", _tollfax),
        ("d", "Faxed discharge summary to PCP office at {v}.", _fax),
        ("d", "Send records to the practice fax line {v} (toll-free, the group's own).", _tollfax),
        ("d", "fx {v}  /  tel ___", _fax),
        ("r", "Final report faxed to the ordering office, {v}.", _fax),
        ("r", "Outside films requested by fax ({v}).", _fax),
        ("r", "Teleradiology group fax (toll-free, the group's own): {v}", _tollfax),
    ],
    "PAGER": [
        ("a", "Supervising attending available by pager {v} at all times during the rotation.", _pager),
        ("a", "Questions re: privileges delineation, page the MSO on-call, {v}.", _pager),
        ("a", "Beeper: {v}", _pager),
        ("d", "Night float ({pgy}) pgr {v}", _pager),
        ("d", "Covering fellow -- pager #{v}", _pager),
        ("d", "Questions overnight: page the admitting resident at {v}.", _pager),
        ("r", "Page the reading radiologist at {v} for critical results.", _pager),
        ("r", "Proctor reachable via page ({v}) during the case.", _pager),
        ("r", "IR fellow pgr {v}", _pager),
    ],
    "EMAIL": [
        ("a", "Applicant e-mail: {v}", _email),
        ("a", "Verification request sent to {v} on ___; reply received.", _email),
        ("a", "Correspondence address (personal): {v}", _email),
        ("a", "Locum provider's email -- {v} -- for schedule changes only.", _email),
        ("a", "E-mail from the resident ({v}) acknowledging the duty-hour exception.", _email),
        ("d", "Patient requested the summary by e-mail: {v}", _email),
        ("d", "cc by email: {v}", _email),
        ("d", "Daughter's email {v} (HCP).", _email),
        ("r", "Please send the FPPE form to {v}.", _email),
        ("r", "Report copy to {v} per the ordering physician's request.", _email),
        ("r", "Reader contact e-mail: {v}", _email),
    ],
    "URL": [
        ("a", "CV and attestation uploaded to {v}", _url_app),
        ("a", "Practice website listed on the application: {v}", _url_site),
        ("a", "Profile link supplied by the applicant: {v} (not a primary source).", _url_site),
        ("a", "Credentialing packet: {v}", _url_app),
        ("d", "Pt's personal health record link (shared by family): {v}", _url_pacs),
        ("d", "Outside records: {v}", _url_pacs),
        ("r", "Study link (internal viewer): {v}", _url_pacs),
        ("r", "Key images: {v}", _url_pacs),
        ("r", "Reader's group site: {v}", _url_site),
    ],
    "IP_ADDRESS": [
        ("a", "Attestation e-signed in {sw} from IP {v}.", _ip),
        ("a", "Audit: duty-hour log edited from {v} at {time}.", _ip),
        ("a", "NPDB query submitted from terminal {v}.", _ip),
        ("a", "Login: ___ / host {v} / {sw}", _ip),
        ("d", "Discharge summary signed remotely from {v} (VPN).", _ip),
        ("d", "Orders entered from workstation {v}.", _ip),
        ("r", "Remote read performed from workstation {v} over the VPN.", _ip),
        ("r", "Session origin {v} (home reading station).", _ip),
    ],
    "SSN": [
        ("a", "SSN (applicant, for NPDB query): {v}", _ssn),
        ("a", "NPDB self-query requires SSN -- {v} -- entered by the MSO.", _ssn),
        ("a", "Social Security #: {v}", _ssn),
        ("a", "SS# {v}", _ssn),
        ("d", "Pt SSN {v} (registration)", _ssn),
        ("d", "SSN: {v} (for the Medicaid application)", _ssn),
        ("r", "Patient SSN {v} appeared on the outside CD label.", _ssn),
        ("r", "SS# {v} on the requisition", _ssn),
    ],
    "MRN": [
        ("a", "Linked patient MRN: {v}", _mrn),
        ("a", "Index case: Med Rec # {v}, admitted ___.", _mrn),
        ("a", "Pt ID {v} -- please attach to the peer review file.", _mrn),
        ("a", "Refers to the admission of patient (MR# {v}).", _mrn),
        ("d", "Unit No: {v}", _mrn),
        ("d", "MRN {v} / Acct ___", _mrn),
        ("r", "Chart {v} reviewed by the proctor.", _mrn),
        ("r", "MRN: {v}", _mrn),
        ("r", "Patient ID {v} verified with two identifiers before the time-out.", _mrn),
    ],
    "ACCOUNT": [
        ("a", "Safety event report {v} filed by the charge nurse.", _incident),
        ("a", "Carrier claim number {v} assigned; defence counsel not yet appointed.", _claim),
        ("a", "Incident report # {v} referred to peer review.", _incident),
        ("a", "Linked encounter #: {v}", _encounter),
        ("d", "Encounter #: {v}", _encounter),
        ("d", "Visit/HAR {v}", _encounter),
        ("d", "Acct {v}", _encounter),
        ("d", "Specimen {v} sent to pathology.", _order),
        ("r", "Accession: {v}", _accession),
        ("r", "Order {v} (prelim read requested STAT).", _order),
        ("r", "Teleradiology session ID {v} for this study.", _session),
        ("r", "Specimen {v} sent to pathology from the biopsy.", _order),
    ],
    "HEALTH_PLAN": [
        ("a", "Patient's insurance member ID {v} (needed for the claim file).", _member),
        ("a", "Subscriber # {v} (group ___)", _member),
        ("d", "Insurance: ___ member ID {v}", _member),
        ("d", "Medicaid CIN: {v}", _cin),
        ("d", "Medicare MBI {v}", _mbi),
        ("d", "Policy ID: {v}", _member),
        ("r", "Prior auth obtained under member ID {v}.", _plan_id),
        ("r", "Member: {v}", _plan_id),
    ],
    "LICENSE": [
        ("a", "NYS medical licence {v}, registration current through ___.", _medlic),
        ("a", "DEA: {v} (schedules 2, 2N, 3, 3N, 4, 5)", _dea),
        ("a", "Type 1 NPI: {v}  Taxonomy {tax}", _npi),
        ("a", "RN lic # {v}", _rnlic),
        ("a", "Photo ID: NYS driver's licence {v}, copy in file.", _dl),
        ("a", "Paramedic cert. {v} (moonlighting with the ambulance corps).", _ems),
        ("a", "Lic#{v}", _medlic),
        ("a", "Licensed in New Jersey ({v}); NY licence pending.", _medlic),
        ("a", "DEA Reg. No. {v}, exp ___", _dea),
        ("a", "Liscense # {v}", _medlic),
        ("d", "Prescriber DEA {v} (controlled substance Rx at discharge).", _dea),
        ("d", "Attending NPI {v}", _npi),
        ("d", "Resident limited permit no. {v}", _medlic),
        ("r", "Ordering provider NPI: {v}", _npi),
        ("r", "Reading radiologist NY lic. {v}", _medlic),
        ("r", "NPI {v}", _npi),
    ],
    "ZIP": [
        ("a", "Mailing address: ___, ___, NY {v}", _zip),
        ("a", "Residence ZIP {v}", _zip),
        ("a", "Practice location ___, ___, New York {v}", _zip),
        ("d", "Home: ___ ___, ___ NY  {v}", _zip),
        ("d", "Pt lives in zip code {v}; home services arranged.", _zip),
        ("r", "Patient address on the requisition: ___, ___ {v}", _zip),
        ("r", "Outside imaging center ___, NJ {v}", _zip),
    ],
    "STREET_ADDRESS": [
        ("a", "Mailing address: {v}, ___, NY ___", _street),
        ("a", "Home address on application: {v}", _street),
        ("a", "Adress: {v} (per DL)", _street),
        ("a", "Locum housing: furnished unit at {v}, ___.", _street),
        ("a", "Moonlighting site address: {v}, ___", _street),
        ("d", "Pt discharged home to {v} with VNS.", _street),
        ("d", "Lives alone at {v}, 3rd floor walk-up.", _street),
        ("r", "Outside imaging center at {v}, ___", _street),
        ("r", "Portable x-ray to the patient's facility, {v}.", _street),
    ],
    "DATE_REAL_YEAR": [
        ("a", "Initial appointment effective {v}.", _recent),
        ("a", "NPDB continuous query enrolled {v}.", _recent),
        ("a", "Incident date {v}", _recent),
        ("a", "NYS licence expires {v} (re-registration due).", _recent),
        ("a", "Residency completed {v} per the program director's letter.", _recent),
        ("a", "DOB {v} -- matches the passport copy.", _dob),
        ("a", "Date of death: {v}", _recent),
        ("d", "Date of Birth: {v}", _dob),
        ("d", "Signed {v} {time}", _recent),
        ("d", "Date of death: {v}", _recent),
        ("d", "Last colonoscopy {v}, normal.", _recent),
        ("r", "Comparison: CT chest dated {v}.", _recent),
        ("r", "Signed {v} {time}", _recent),
        ("r", "Prior exam {v} at an outside facility.", _recent),
    ],
    "AGE_OVER_89": [
        ("a", "Index case: {v} y/o woman, unplanned return to the OR.", _age),
        ("a", "Attached encounter: {v} yo F admitted with a hip fracture.", _age),
        ("a", "The decedent, aged {v}, died on hospital day 3.", _age),
        ("d", "Pt is a {v}-year-old man with afib on {anticoag}.", _age),
        ("d", "Age: {v}", _age),
        ("d", "{v}yo M, DNR/DNI, lives with his son.", _age),
        ("r", "Patient ({v} years old) tolerated the procedure under moderate sedation.", _age),
        ("r", "{v}yo M, DNR/DNI, proctor present for the line placement.", _age),
        ("r", "Age {v}; limited study due to motion.", _age),
    ],
    "DEVICE_ID": [
        ("a", "Laptop asset tag {v} issued to the locum for remote reads.", _asset),
        ("a", "Biomed tag {v} -- fluoroscopy C-arm taken out of service after the event.", _asset),
        ("a", "Loaner pager, asset {v}, returned at the end of the assignment.", _asset),
        ("d", "Pacemaker SN {v} interrogated; {ref}.", _serial),
        ("d", "Insulin pump S/N: {v}", _serial),
        ("d", "ICD serial number {v} ({dev}).", _serial),
        ("r", "Proctored implant: {dev}, serial number {v}, {lot}.", _serial),
        ("r", "UDI (01)00{gtin}(17){yymmdd}(10){lotv}(21){v}", _serial),
        ("r", "Portable US unit (asset {v}) used for the procedure.", _asset),
        ("r", "Pacemaker SN {v}: MR-conditional, scanned per protocol.", _serial),
    ],
    "VEHICLE_ID": [
        ("a", "Locum rental car: plate {v}, parking permit ___.", _plate),
        ("a", "Resident's vehicle (NY plate {v}) involved in the post-call MVC.", _plate),
        ("a", "Parking registration: {v} (lot C)", _vehicle),
        ("d", "Pt arrived after an MVC; vehicle VIN {v} per the police report.", _vin),
        ("d", "Pt's car (plate {v}) left in the ED lot; security notified.", _plate),
        ("r", "Trauma: driver of vehicle {v} (per EMS), restrained.", _vehicle),
        ("r", "MVC, plate {v} per the trauma sheet.", _plate),
    ],
    "PERSON": [
        ("a", "Applicant: {v}", _name),
        ("a", "cc: {v}, Credentials Coordinator", _name),
        ("a", "Referred by Dr. {v} (department chair).", _surname),
        ("a", "Locum physician {v} begins the assignment on ___.", _full),
        ("a", "Program director {v} approved the moonlighting request.", _name),
        ("a", "Reviewed by {v}, RN, Medical Staff Coordinator", _name),
        ("d", "Electronically signed by: {v}, MD", _name),
        ("d", "Discussed with the patient's daughter, {v}, at bedside.", _full),
        ("d", "Resident: {v} ({pgy})", _name),
        ("d", "Supervising attending {v} was present for the key portions.", _surname),
        ("r", "Proctor: Dr. {v}", _name),
        ("r", "per dr. {v}, the prelim was amended", _surname),
        ("r", "Findings discussed with Dr. {v} at {time}.", _surname),
        ("r", "Electronically signed by: {v}, MD", _name),
    ],
    "LOCATION": [
        ("a", "Applicant resides in {v}; commute ~40 min.", _town),
        ("a", "Moonlighting site: urgent care in {v}.", _town),
        ("a", "Locum housing located in {v}, 10 min from campus.", _town),
        ("a", "The MVC occurred in {v} on the drive home post-call.", _town),
        ("a", "Previously practiced in {v} for 6 years.", _town),
        ("d", "Pt transferred from an outside hospital in {v}.", _town),
        ("d", "Mailing address: ___, {v}, NY ___", _town),
        ("d", "Lives with her son in {v}.", _town),
        ("r", "Outside CT performed in {v}, images pushed to PACS.", _town),
        ("r", "Transferred from {v} for IR.", _town),
    ],
    "ORGANIZATION": [
        ("a", "Medical school: {v}", lambda r: r.choice(_SCHOOLS)),
        ("a", "Residency completed at {v} (ACGME program {acgme}).", _hospital),
        ("a", "Current employer: {v}", _org),
        ("a", "Locum agency: {v}", lambda r: r.choice(_AGENCIES)),
        ("a", "Privileges held at {v} (verified by letter).", _hospital),
        ("a", "Moonlighting site: {v}", lambda r: r.choice(_EMPLOYERS[:5])),
        ("d", "Transferred from {v} for a higher level of care.", _hospital),
        ("d", "Rx sent to {v}.", lambda r: r.choice(_EMPLOYERS[5:8])),
        ("d", "Discharged to {v} for rehab.", lambda r: r.choice(_EMPLOYERS[3:4] + _SAINTS[-2:])),
        ("d", "PCP: Dr. ___ at {v}", lambda r: r.choice(_PRACTICES)),
        ("r", "Outside study from {v} reviewed.", _hospital),
        ("r", "Preliminary read by the teleradiology group {v}.",
         lambda r: r.choice(_PRACTICES[:1] + _PRACTICES[9:10])),
        ("r", "Comparison: CT from {v}.", _hospital),
    ],
}

_ROWS: dict[str, list[tuple[str, str, str, _Gen]]] = {
    "PHONE": [("a", "Cell phone", "{v}", _phone), ("a", "Home phone", "{v}", _phone),
              ("a", "Contact tel.", "{v}", _phone), ("a", "Emergency contact ph", "___ / {v}", _phone),
              ("r", "Reader cell", "{v}", _phone)],
    "FAX": [("a", "Fax", "{v}", _fax), ("a", "Program fax", "{v}", _fax),
            ("a", "Practice fax (toll-free)", "{v}", _tollfax),
            ("r", "Reader fax", "{v}", _fax)],
    "PAGER": [("a", "Pager", "{v}", _pager), ("a", "Pgr", "{v}", _pager), ("a", "Beeper (on call)", "{v}", _pager),
              ("r", "Proctor pager", "{v}", _pager)],
    "EMAIL": [("a", "E-mail", "{v}", _email), ("a", "Email (personal)", "{v}", _email),
              ("a", "Contact email", "{v}", _email), ("r", "Reviewer e-mail", "{v}", _email)],
    "URL": [("a", "Website", "{v}", _url_site), ("a", "Profile URL", "{v}", _url_site),
            ("a", "Document link", "{v}", _url_app), ("r", "Viewer link", "{v}", _url_pacs)],
    "IP_ADDRESS": [("a", "Workstation IP", "{v}", _ip), ("a", "Source IP", "{v}", _ip),
                   ("r", "Reading station", "{v}", _ip)],
    "SSN": [("a", "SSN", "{v}", _ssn), ("a", "Soc. Sec. No.", "{v}", _ssn), ("r", "SSN (requisition)", "{v}", _ssn)],
    "MRN": [("a", "MRN", "{v}", _mrn), ("a", "Unit No", "{v}", _mrn), ("a", "Patient MR#", "{v}", _mrn),
            ("r", "MRN", "{v}", _mrn)],
    "ACCOUNT": [("a", "Encounter", "{v}", _encounter), ("a", "Claim #", "{v}", _claim),
                ("a", "Event report", "{v}", _incident), ("r", "Accession", "{v}", _accession),
                ("r", "Order no.", "{v}", _order), ("r", "Read session", "{v}", _session)],
    "HEALTH_PLAN": [("a", "Member ID", "{v}", _member), ("a", "Medicaid CIN", "{v}", _cin), ("a", "MBI", "{v}", _mbi),
                    ("a", "Subscriber ID", "{v}", _member), ("r", "Member ID", "{v}", _plan_id)],
    "LICENSE": [("a", "NYS licence", "{v}", _medlic), ("a", "DEA", "{v}", _dea), ("a", "NPI (individual)", "{v}", _npi),
                ("a", "RN licence", "{v}", _rnlic), ("a", "Driver's lic.", "{v}", _dl),
                ("a", "EMT-P cert", "{v}", _ems),
                ("a", "State licence #", "{v}", _medlic), ("a", "DEA registration", "{v}", _dea),
                ("r", "Operator NPI", "{v}", _npi), ("r", "Reader licence", "{v}", _medlic)],
    "ZIP": [("a", "ZIP", "{v}", _zip), ("a", "Town / ZIP", "___ / {v}", _zip), ("a", "Postal code", "{v}", _zip),
            ("r", "Pt ZIP", "{v}", _zip)],
    "STREET_ADDRESS": [("a", "Home address", "{v}", _street), ("a", "Street", "{v}", _street),
                       ("a", "Practice address", "{v}, ___", _street), ("r", "Pt address", "{v}, ___", _street)],
    "DATE_REAL_YEAR": [("a", "Date of birth", "{v}", _dob), ("a", "Licence expiration", "{v}", _recent),
                       ("a", "Date verified", "{v}", _recent), ("a", "Appointment start", "{v}", _recent),
                       ("a", "Residency end date", "{v}", _recent), ("a", "DOB", "{v}", _dob),
                       ("r", "Date of review", "{v}", _recent), ("r", "Study date", "{v}", _recent)],
    "AGE_OVER_89": [("a", "Patient age", "{v}", _age), ("a", "Age (yrs)", "{v}", _age), ("r", "Age", "{v} y", _age)],
    "DEVICE_ID": [("a", "Asset tag", "{v}", _asset), ("a", "Laptop asset", "{v}", _asset),
                  ("r", "Device serial", "{v}", _serial), ("r", "C-arm asset", "{v}", _asset),
                  ("r", "Implant S/N", "{v}", _serial)],
    "VEHICLE_ID": [("a", "Vehicle plate", "{v}", _plate), ("a", "Rental plate", "{v}", _plate),
                   ("a", "VIN", "{v}", _vin),
                   ("r", "Vehicle (MVC)", "{v}", _vehicle)],
    "PERSON": [("a", "Applicant", "{v}", _name), ("a", "Program director", "{v}", _name),
               ("a", "Verified by", "{v}", _name), ("a", "Resident", "{v}, MD", _name),
               ("a", "Emergency contact", "{v} (spouse)", _full), ("r", "Proctor", "Dr. {v}", _name),
               ("r", "Reviewer", "{v}", _name)],
    "LOCATION": [("a", "City", "{v}", _town), ("a", "Town of residence", "{v}", _town),
                 ("a", "Site location", "{v}", _town), ("r", "Referring site", "{v}", _town)],
    "ORGANIZATION": [("a", "Medical school", "{v}", lambda r: r.choice(_SCHOOLS)),
                     ("a", "Residency sponsor", "{v}", _hospital),
                     ("a", "Employer", "{v}", _org), ("a", "Agency", "{v}", lambda r: r.choice(_AGENCIES)),
                     ("a", "Other privileges", "{v}", _hospital), ("r", "Referring facility", "{v}", _hospital)],
}


_STATUS = ("verified", "on file", "primary source", "received", "confirmed", "OK", "pending")
_ANTICOAG = ("Eliquis", "Xarelto", "Lovenox")
_DEVICES = ("Medtronic Micra AV", "Boston Scientific", "Watchman FLX", "Impella CP", "Omnipod 5", "Dexcom G7")


def _aux(r: _R) -> dict[str, str]:
    y, m = r.randint(26, 29), r.randint(1, 12)
    return {
        "pgy": _pgy(r), "sw": r.choice(_SOFTWARE), "time": _stime(r), "anticoag": r.choice(_ANTICOAG),
        "dev": r.choice(_DEVICES), "tax": _taxonomy(r), "ref": _ref(r), "lot": _lot(r), "acgme": _acgme(r),
        "gtin": _digits(r, 12), "ext": str(r.randint(10, 9999)), "yymmdd": f"{y}{m:02d}{r.randint(1, 28):02d}",
        "lotv": f"{_digits(r, 6)}",
    }


_NEG_AUX = ("pgy", "sw", "anticoag", "dev", "tax", "ref", "lot", "acgme")

# --------------------------------------------------------------------------------------------------
# Document builder
# --------------------------------------------------------------------------------------------------


class _Doc:
    def __init__(self, rng: _R, plants: list[tuple[int, str]], heavy: bool, ctx: str):
        self.r = rng
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.negs: list[str] = []
        self.plants = plants
        self.heavy = heavy
        self.ctx = ctx
        self.nslot = 0
        self.placed = 0
        self.base = rng.randint(2110, 2190)

    def sd(self) -> str:
        """A shifted date near this document's own (shifted) year."""
        y, m, dd = self.base + self.r.randint(0, 1), self.r.randint(1, 12), self.r.randint(1, 28)
        k = self.r.randrange(4)
        return (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{_MONTHS[m - 1]} {dd}, {y}")[k]

    def t(self, *xs: str) -> None:
        for x in xs:
            self.buf.append(x)
            self.pos += len(x)

    def n(self, x: str) -> None:
        self.negs.append(x)
        self.t(x)

    def s(self, value: str, cat: str) -> None:
        self.spans.append((self.pos, self.pos + len(value), cat))
        self.t(value)

    def text(self) -> str:
        return "".join(self.buf)

    def _fill(self, tpl: str, value: str, cat: str) -> None:
        aux = _aux(self.r)
        pre, post = tpl.format(v="\x00", **aux).split("\x00")
        self.t(pre)
        self.s(value, cat)
        self.t(post)
        for key in _NEG_AUX:
            if "{" + key + "}" in tpl:
                self.negs.append(aux[key])

    def slot(self, form: str = "line", style: str = "colon", width: int = 26, ctx: str | None = None) -> None:
        k = self.nslot
        self.nslot += 1
        c = ctx or self.ctx
        for o, cat in self.plants:
            if o != k:
                continue
            self.placed += 1
            if form == "row":
                _, label, tpl, fn = self.r.choice([x for x in _ROWS[cat] if c in x[0]])
                if style == "pipe":
                    self.t(f"| {label} | ")
                elif style == "aligned":
                    self.t(f"{label:<{max(width, len(label) + 2)}}")
                elif style == "dash":
                    self.t(f"- {label} -- ")
                else:
                    self.t(f"{label}: ")
                self._fill(tpl, fn(self.r), cat)
                if style == "pipe":
                    res = self.r.choice(("matches", "per application", "see file", "copy on file", "n/a"))
                    self.t(f" | {res} | {self.r.choice(_STATUS)} |\n")
                else:
                    self.t("\n")
            else:
                _, tpl, fn = self.r.choice([x for x in _LINES[cat] if c in x[0]])
                self._fill(tpl, fn(self.r), cat)
                self.t("\n")


def _neg(d: _Doc, pool: tuple[str, ...]) -> str:
    x = d.r.choice(pool)
    d.negs.append(x)
    return x


# --------------------------------------------------------------------------------------------------
# Clinical and administrative filler
# --------------------------------------------------------------------------------------------------

_CASES = (
    {"service": "MEDICINE", "cc": "dyspnea", "proc": "right heart catheterization (Swan-Ganz)",
     "pmh": "HFrEF (EF 25%), CKD 3b, s/p {dev} implant", "hpi": "with HFrEF presenting with 2 weeks of "
     "orthopnea and 4 kg weight gain. BNP 2,140.",
     "course": "Diuresed with IV furosemide 80 mg BID, net negative 6.1 L; Swan-Ganz guided on day 2 "
               "(PCWP 28). Entresto restarted at 24/26 mg BID before discharge.",
     "dx": "Acute on chronic systolic heart failure"},
    {"service": "SURGERY", "cc": "abdominal pain, vomiting", "proc": "exploratory laparotomy, Hartmann procedure",
     "pmh": "sigmoid diverticulitis x2, s/p Nissen fundoplication", "hpi": "with prior diverticulitis, now "
     "with obstipation and distension; CT showed free air.",
     "course": "Taken to the OR for a Hartmann procedure with end colostomy. Foley removed POD 3. Unplanned "
               "return to the OR on POD 2 for bleeding, referred for peer review. Zosyn x 5 days.",
     "dx": "Perforated diverticulitis"},
    {"service": "CARDIOLOGY", "cc": "chest pain", "proc": "cardiac catheterization via right radial",
     "pmh": "HTN, HLD, DM2", "hpi": "with HTN, HLD presenting with substernal pressure; troponin I 3.8, ST "
     "depressions V4-V6.",
     "course": "Allen test normal. Cath with Judkins catheters: 90% LAD, DES x1. Femoral access site closed "
               "with an Angio-Seal after the radial attempt failed. Discharged on DAPT.", "dx": "NSTEMI"},
    {"service": "NEUROLOGY", "cc": "left-sided weakness", "proc": "none",
     "pmh": "afib (off anticoagulation), HTN", "hpi": "with afib off anticoagulation, LKW 3 hours before "
     "arrival, NIHSS 7, Glasgow Coma Scale 14.",
     "course": "Not a thrombolysis candidate (outside window). MRI with a right MCA infarct. Started {anticoag} "
               "on day 4; Keppra for one witnessed seizure. PT/OT recommend acute rehab.",
     "dx": "Acute ischemic stroke, right MCA"},
    {"service": "MEDICINE", "cc": "fever, confusion", "proc": "PICC placement",
     "pmh": "dementia, neurogenic bladder, s/p Whipple procedure", "hpi": "from a nursing facility with "
     "fever 39.1C, lactate 3.2, UA positive.",
     "course": "Sepsis bundle, Zosyn then narrowed to ceftriaxone per cultures (E. coli). Bard PowerPICC placed "
               "by IR under the proctoring program. Mental status back to baseline by day 3.",
     "dx": "Urosepsis with metabolic encephalopathy"},
    {"service": "ORTHOPAEDICS", "cc": "right hip pain after a fall", "proc": "right hip hemiarthroplasty",
     "pmh": "osteoporosis, remote Hill-Sachs lesion (L shoulder)", "hpi": "who tripped at home; displaced "
     "femoral neck fracture on x-ray. Mallampati II airway.",
     "course": "Hemiarthroplasty on hospital day 1. DVT prophylaxis with Lovenox x 28 days. Delirium overnight "
               "managed non-pharmacologically.", "dx": "Displaced right femoral neck fracture"},
    {"service": "MEDICINE", "cc": "hematemesis", "proc": "EGD",
     "pmh": "afib on {anticoag}, type 1 DM on Omnipod 5 with Dexcom G7", "hpi": "on anticoagulation for "
     "afib, 3 episodes of coffee-ground emesis, Hgb 6.9 from 11.",
     "course": "Transfused 2 units PRBC. EGD: Schatzki ring and a clean-based gastric ulcer. Anticoagulation held "
               "for 7 days then resumed.", "dx": "Upper GI bleed, gastric ulcer"},
    {"service": "PULMONARY", "cc": "shortness of breath, pleuritic pain", "proc": "none",
     "pmh": "s/p right TKA, obesity", "hpi": "post-op day 9 after knee replacement, tachycardic to 118, Wells "
     "score 6.",
     "course": "CTA chest with segmental PE; started on {anticoag}. Echo without RV strain. Ambulating on room "
               "air at discharge.", "dx": "Acute pulmonary embolism"},
    {"service": "CARDIOLOGY", "cc": "cardiogenic shock", "proc": "Impella CP placement, Perclose ProGlide closure",
     "pmh": "ischemic cardiomyopathy, prior Watchman FLX", "hpi": "with anterior STEMI complicated by shock "
     "(lactate 6).",
     "course": "Impella CP placed in the cath lab, weaned on day 4; access closed with Perclose ProGlide. Device "
               "issue reported to MedWatch (1-800-332-1088).", "dx": "Anterior STEMI with cardiogenic shock"},
)

_RAD = (
    {"exam": "CT HEAD W/O CONTRAST", "reg": "head", "ind": "fall on anticoagulation, r/o bleed",
     "tech": "Axial non-contrast images of the head. DLP {dlp} mGy-cm.",
     "find": "No acute intracranial hemorrhage, mass effect or large territorial infarct. Chronic small-vessel "
             "ischemic changes. Ventricles and sulci prominent, age-appropriate.",
     "imp": "No acute intracranial abnormality."},
    {"exam": "CTA CHEST", "reg": "chest", "ind": "tachycardia, hypoxia, eval for PE",
     "tech": "CT angiogram of the chest with 75 mL {contrast}. CTDIvol {ctdi} mGy.",
     "find": "Filling defects in the right lower lobe segmental arteries. RV/LV ratio 0.9. Peripheral "
             "wedge-shaped opacity (Hampton hump). Small right pleural effusion.",
     "imp": "Right lower lobe segmental pulmonary emboli without right heart strain."},
    {"exam": "CT ABDOMEN/PELVIS WITH CONTRAST", "reg": "abd", "ind": "LLQ pain, fever",
     "tech": "Helical images after 100 mL {contrast}. DLP {dlp} mGy-cm.",
     "find": "Sigmoid wall thickening with pericolic stranding and a 2.1 cm fluid collection. Trace fluid in "
             "Morison pouch. No free air.", "imp": "Complicated sigmoid diverticulitis with a small abscess."},
    {"exam": "CHEST AP PORTABLE", "reg": "chest", "ind": "dyspnea, line placement",
     "tech": "Single portable AP view.",
     "find": "Right PICC tip at the cavoatrial junction. Kerley B lines at the bases, cephalization. "
             "No pneumothorax.", "imp": "PICC in satisfactory position. Interstitial edema."},
    {"exam": "MRI BRAIN W/WO CONTRAST", "reg": "head", "ind": "left weakness",
     "tech": "Multiplanar multisequence MRI before and after gadolinium.",
     "find": "Restricted diffusion in the right MCA territory (insula and frontal operculum). No hemorrhagic "
             "transformation. Old left cerebellar lacune.", "imp": "Acute right MCA territory infarct."},
    {"exam": "US ABDOMEN LIMITED (RUQ)", "reg": "abd", "ind": "elevated LFTs, cirrhosis",
     "tech": "Grayscale and color Doppler images of the right upper quadrant.",
     "find": "Nodular liver contour. 1.8 cm observation in segment 7, LI-RADS 4 on the prior MRI. Gallbladder "
             "sludge, negative sonographic Murphy sign. CBD 5 mm.",
     "imp": "Cirrhotic liver with a known segment 7 observation; MRI follow-up."},
    {"exam": "CT CHEST W/O CONTRAST", "reg": "chest", "ind": "incidental nodule follow-up",
     "tech": "Low-dose technique. CTDIvol {ctdi} mGy.",
     "find": "6 mm solid nodule in the right upper lobe, unchanged. Emphysema. Per Fleischner Society "
             "guidelines, optional follow-up at 12 months.", "imp": "Stable 6 mm RUL nodule."},
    {"exam": "CT RENAL MASS PROTOCOL", "reg": "abd", "ind": "renal lesion on US",
     "tech": "Pre- and post-contrast phases with {contrast}.",
     "find": "2.4 cm left renal cyst with a thin septation, Bosniak IIF. No enhancing nodule.",
     "imp": "Minimally complex left renal cyst, follow-up imaging recommended."},
    {"exam": "PET/CT SKULL BASE TO THIGH", "reg": "abd", "ind": "lymphoma restaging",
     "tech": "FDG 11.2 mCi; uptake 62 min. Low-dose CT for attenuation.",
     "find": "Resolution of previously FDG-avid cervical and mediastinal nodes; residual uptake less than "
             "liver (Deauville 2). Incidental BI-RADS 2 calcifications in the left breast on CT.",
     "imp": "Complete metabolic response (Lugano)."},
    {"exam": "CTA CHEST (PE PROTOCOL)", "reg": "chest", "ind": "pleuritic pain post-op",
     "tech": "Bolus-tracked CTA with 80 mL {contrast}.",
     "find": "Saddle embolus with RV dilation; oligemia of the right lower lobe (Westermark sign).",
     "imp": "Saddle pulmonary embolus with right heart strain; findings called to the team."},
)

_EXTRA_FIND = {
    "head": ("No calvarial fracture.", "Paranasal sinuses and mastoid air cells are clear.",
             "Orbits are unremarkable.", "Mild global volume loss.", "No extra-axial collection.",
             "Periventricular white matter hypodensities, nonspecific.", "Basal cisterns are patent.",
             "Intracranial atherosclerotic calcification of the carotid siphons."),
    "chest": ("Degenerative changes of the thoracic spine.", "Old healed left rib fractures.",
              "Old Hill-Sachs deformity of the left humeral head.", "Atherosclerotic calcification of the aorta.",
              "Mild bibasilar atelectasis.", "Heart size is normal. No pericardial effusion.",
              "The thyroid gland is unremarkable.", "Airways are patent to the subsegmental level.",
              "Mild cardiomegaly.", "Small hiatal hernia.", "No mediastinal or hilar lymphadenopathy."),
    "abd": ("Cholelithiasis without gallbladder wall thickening.", "Adrenal glands are normal in size.",
            "Subcentimeter hypodensities in the liver, too small to characterize.", "No lymphadenopathy.",
            "Kidneys enhance symmetrically without hydronephrosis.", "Moderate colonic stool burden.",
            "Mild multilevel degenerative disc disease with facet arthropathy.", "No suspicious osseous lesion.",
            "Trace pericholecystic fluid, likely reactive.", "Bones are osteopenic.", "Small hiatal hernia."),
}

_IR = (
    ("CT-GUIDED LIVER BIOPSY", "Using a coaxial technique, an 18G core needle was advanced into the segment 6 "
     "lesion under CT guidance; 3 cores obtained. Gelfoam slurry in the tract.", "No immediate complication."),
    ("ULTRASOUND-GUIDED PARACENTESIS", "A 5 Fr catheter was placed in the left lower quadrant; 4.2 L of "
     "straw-colored fluid removed. Albumin 25 g given.", "Uncomplicated large-volume paracentesis."),
    ("PICC PLACEMENT", "Right basilic vein accessed under US with micropuncture (Seldinger technique); a 5 Fr "
     "double-lumen Bard PowerPICC placed, tip at the cavoatrial junction.", "Successful PICC placement."),
    ("TUNNELED DIALYSIS CATHETER", "Right IJ access under US, Seldinger technique; 19 cm tip-to-cuff catheter "
     "placed, tip in the right atrium.", "Tunneled HD catheter placed, ready for use."),
    ("IVC FILTER PLACEMENT", "Right femoral access; cavagram showed a normal-caliber IVC; retrievable filter "
     "deployed infrarenally. Hemostasis with manual pressure.", "Infrarenal retrievable IVC filter."),
    ("LEFT ATRIAL APPENDAGE OCCLUSION (PROCTORED)", "Transseptal puncture under TEE; Watchman FLX 27 mm "
     "deployed with good seal (no leak > 5 mm). Femoral venous closure with Perclose ProGlide.",
     "Successful LAAO, first case of the new-device privilege."),
)

_FILLER = (
    "Medical staff bylaws require that this document be retained in the confidential credentials file and not "
    "in the patient's legal medical record, except where the linked encounter is referenced for continuity.",
    "This document is a confidential peer review / quality assurance record and is protected from disclosure; "
    "do not copy or forward outside the Medical Staff Office.",
    "Reminder: all practitioners must complete the annual compliance module and the hand hygiene attestation "
    "before privileges can be renewed. Incomplete modules delay the committee agenda by one cycle.",
    "The hospital does not accept verification obtained from the applicant; all elements must be obtained from "
    "the primary source or a designated equivalent source, with the date and the verifier recorded.",
    "Clinical course summarized above is included only to document the patient-care need that prompted this "
    "request. Full details are in the discharge summary for the linked admission.",
    "Privileges are delineated by core and special procedures. A practitioner may not perform a special "
    "procedure until the proctoring requirement for it has been met and recorded.",
    "Resident supervision follows the graduated levels of the program's supervision policy; the attending of "
    "record remains responsible for each patient's care.",
    "Ongoing professional practice evaluation data (length of stay, readmissions, mortality index, chart "
    "completion) are reviewed every six months and shared with the department chair.",
    "Any change in licensure, DEA registration, board status, malpractice coverage or hospital affiliation must "
    "be reported to the Medical Staff Office within 10 days.",
    "Focused review may be triggered by a single sentinel event, a pattern of complaints, or a request from the "
    "department; the practitioner is notified in writing and may respond before committee action.",
    "Locum tenens and telemedicine practitioners are subject to the same peer review, OPPE and FPPE processes "
    "as members of the active staff.",
)

_PROBLEMS = (
    "AKI: creatinine peaked at 2.4 from a baseline of 1.1, prerenal; resolved with fluids and holding the ACE "
    "inhibitor.",
    "Hyponatremia: Na 128 on admission, hypovolemic; corrected no faster than 8 mEq/L per 24 h.",
    "Delirium: CAM positive on night 2; reoriented, sleep hygiene, no antipsychotics required.",
    "Type 2 diabetes: held metformin, insulin sliding scale; A1c 8.4%. Resume home regimen at discharge.",
    "Anemia: Hgb nadir 7.6, no transfusion; iron studies consistent with iron deficiency, IV iron given.",
    "Goals of care: discussed with the patient and HCP; remains full code, MOLST updated.",
    "Pressure injury prevention: turning schedule, wound care nurse consulted; no ulcer at discharge.",
    "Hypokalemia: repleted to goal >4.0; magnesium also repleted.",
)

_RAD_FILLER = (
    "Preliminary and final interpretations differ only in wording unless otherwise stated.",
    "Radiation dose is reported in accordance with the department's dose-monitoring program; values are for "
    "the study as a whole.",
    "Images were reviewed on a diagnostic-grade workstation. Outside comparison images, when available, were "
    "imported before the final interpretation.",
    "The ordering team was notified of the findings through the department's critical-result workflow.",
    "This report was dictated using speech recognition software; occasional transcription errors may occur.",
    "Residents and fellows reading overnight do so under the department's graduated supervision policy; "
    "all preliminary interpretations are over-read by an attending radiologist.",
    "Exams are protocolled by the reading radiologist or fellow. Contrast was administered per the "
    "department's renal function and allergy premedication policies.",
    "Peer review data are used for professional practice evaluation and are confidential quality "
    "improvement records.",
)


def _sub(d: _Doc, s: str) -> str:
    r = d.r
    for key, pool in (("{anticoag}", _ANTICOAG), ("{dev}", _DEVICES),
                      ("{contrast}", ("Visipaque 320", "Omnipaque 350", "Isovue-370"))):
        while key in s:
            s = s.replace(key, r.choice(pool), 1)
    return s.replace("{dlp}", str(r.randint(380, 1450))).replace("{ctdi}", f"{r.uniform(2, 18):.1f}")


def _age_phrase(d: _Doc) -> str:
    if d.r.random() < 0.7:
        return "___ year old"
    a = _small_age(d.r)
    d.negs.append(f"{a}-year-old")
    return f"{a}-year-old"


def _shift_header(d: _Doc, title: str) -> None:
    r = d.r
    d.t("Note type: Addendum (AD)   Linked encounter: ___   Unit No: ___\nFiled: ")
    d.n(d.sd())
    d.t(f" {_stime(r)}   Source: ")
    d.n(r.choice(_SOFTWARE))
    d.t(f"\n\n{title}\n{'=' * len(title)}\n\n")


def _linked(d: _Doc) -> None:
    """Optional summary of the linked admission (length and context variety)."""
    r = d.r
    if r.random() < 0.7:
        c = r.choice(_CASES)
        d.t(f"\nLINKED ADMISSION (summary for the file)\n{_age_phrase(d)} {r.choice(('man', 'woman', 'patient'))} "
            f"{_sub(d, c['hpi'])}\n{_sub(d, c['course'])}\nDiagnosis: {c['dx']}.\n")


def _cme(d: _Doc) -> None:
    r = d.r
    if r.random() < 0.5:
        d.t("\nCME on file: ")
        d.n(_cme_code(r))
        d.t(" (")
        d.n(r.choice(_SOCIETIES))
        d.t(" annual meeting; ")
        d.n("ACCME")
        d.t("-accredited provider).\n")


def _tail(d: _Doc, pool: tuple[str, ...] = _FILLER) -> None:
    for p in d.r.sample(pool, d.r.randint(0, min(3, len(pool)))):
        d.t("\n" + p + "\n")


_SLOTS: dict[str, int] = {}


def _b_discharge(d: _Doc) -> None:
    r = d.r
    c = r.choice(_CASES)
    d.t(f"Name:  ___                 Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  ___             Sex:   {r.choice('MF')}\n\nService: {c['service']}\n\n"
        f"Allergies:\n{r.choice(('Patient recorded as having No Known Allergies to Drugs', 'penicillin', 'sulfa'))}"
        f"\n\nAttending: ___.\n")
    d.slot()
    d.t(f"\nChief Complaint:\n{c['cc']}\n\nMajor Surgical or Invasive Procedure:\n{_sub(d, c['proc'])}\n\n"
        f"History of Present Illness:\nThis is a {_age_phrase(d)} {r.choice(('man', 'woman', 'patient'))} "
        f"{_sub(d, c['hpi'])} Seen in the ED by the night float team.\n")
    d.slot()
    d.t(f"\nPast Medical History:\n{_sub(d, c['pmh'])}\n\nSocial History:\n___\n\nFamily History:\n"
        f"{r.choice(('Non-contributory.', 'Father with MI at age 61.', 'Mother with breast cancer.'))}\n\n"
        f"Physical Exam:\nTemp: {r.uniform(97, 101):.1f} HR: {r.randint(62, 124)} BP: {r.randint(96, 168)}/"
        f"{r.randint(52, 98)} Resp: {r.randint(12, 28)} O2Sat: {r.randint(88, 100)}\n\n"
        f"Pertinent Results:\nWBC-{r.uniform(4, 19):.1f} Hgb-{r.uniform(6.8, 15):.1f} Plt-{r.randint(90, 420)} "
        f"Creat-{r.uniform(0.6, 3.1):.1f} Na-{r.randint(128, 146)} K-{r.uniform(3.1, 5.6):.1f}\n")
    if r.random() < 0.5:
        d.t("CXR ___: ")
        d.t(r.choice(_EXTRA_FIND["chest"]) + "\n")
    d.t(f"\nBrief Hospital Course:\n{_sub(d, c['course'])}\nThe admitting team was a teaching team: "
        f"resident ___ with attending ___. The ")
    d.n(_pgy(r))
    d.t(" intern co-managed overnight under indirect supervision with direct supervision immediately "
        "available.\n")
    d.slot()
    if r.random() < 0.6:
        d.t("\nBy problem:\n")
        for p in r.sample(_PROBLEMS, r.randint(2, 4)):
            d.t(f"# {p}\n")
    d.t("\nMedications on Admission:\n1. ")
    d.n(r.choice(_ANTICOAG))
    d.t(f" {r.choice(('5 mg BID', '20 mg daily', '40 mg SC daily'))}\n2. atorvastatin 40 mg nightly\n"
        f"3. metoprolol succinate {r.choice((25, 50, 100))} mg daily\n\nDischarge Medications:\n1. "
        f"{r.choice(('aspirin 81 mg daily', 'acetaminophen 650 mg q6h PRN', 'pantoprazole 40 mg BID'))}\n"
        f"2. {r.choice(('furosemide 40 mg daily', 'ceftriaxone 1 g IV q24h x 5 days', 'senna 8.6 mg BID'))}\n\n"
        f"Discharge Disposition:\n{r.choice(('Home With Service', 'Extended Care', 'Home'))}\n\n"
        f"Discharge Diagnosis:\n{c['dx']}\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
        "Level of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - Independent.\n\n"
        "Discharge Instructions:\nYou were admitted with the problem above. Please take your medications as "
        "prescribed and return for fever, chest pain or shortness of breath.")
    if r.random() < 0.3:
        d.t(" If you are in crisis, call or text the ")
        d.n("988 Suicide & Crisis Lifeline")
        d.t(".")
    d.t("\n\nFollowup Instructions:\n___\n")
    d.slot()
    d.t("\nTEACHING PHYSICIAN ATTESTATION\nI saw and examined the patient with the resident, discussed the case "
        "and agree with the findings and plan as documented in the resident's note. Time spent: "
        f"{r.randint(31, 55)} minutes.\nAttending: ___, MD   Resident: ___, MD (")
    d.n(_pgy(r))
    d.t(")\n")
    d.slot()


_SLOTS["discharge_summary"] = 5


def _b_credfile(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "MEDICAL STAFF OFFICE - CREDENTIALING FILE SUMMARY")
    w = r.choice((24, 28, 30))
    d.t(f"{'Applicant':<{w}}___, {r.choice(('MD', 'DO', 'MBBS'))}\n{'Department':<{w}}")
    d.n(r.choice(_DEPTS[8:] + ("Department of Radiology",)))
    d.t(f"\n{'Appointment category':<{w}}"
        f"{r.choice(('Provisional Active', 'Courtesy', 'Telemedicine (by proxy)', 'Locum Tenens'))}\n")
    d.slot("row", "aligned", w)
    d.t(f"{'Specialty / board':<{w}}")
    d.n(r.choice(_BOARDS[:8]))
    d.t(f", initial certification {r.randint(2001, 2023)}, MOC participating\n{'Board certificate #':<{w}}___\n"
        f"{'CAQH ProView ID':<{w}}___\n{'File #':<{w}}___\n\nEDUCATION AND TRAINING\n")
    d.t(f"{'Medical school':<{w}}___ (")
    d.n(r.choice(_STATES[5:]))
    d.t(f"), graduated {r.randint(1988, 2019)}; ")
    d.n(r.choice(("ECFMG", "NBME", "NBOME")))
    d.t(f" certificate ___\n{'Residency':<{w}}___, ACGME program ")
    d.n(_acgme(r))
    d.t(f"\n{'Fellowship':<{w}}{r.choice(('n/a', '___', '___ (1 yr)'))}\n")
    d.slot("row", "aligned", w)
    d.t(f"{'Exam history':<{w}}")
    d.n(_score(r))
    d.t("; ")
    d.n(_score(r))
    d.t(f"\n{'Licences held':<{w}}")
    d.n(r.choice(_STATES[:5]))
    d.t(" (active), ")
    d.n(r.choice(_STATES[:5]))
    d.t(" (lapsed)\n\nThe applicant provided care to the patient in the linked encounter under temporary "
        "privileges while the file was pending.\n")
    d.slot()
    _linked(d)
    d.t("\nCOMMITTEE ACTION\n")
    d.n(r.choice(_DEPTS[3:5]))
    d.t(" reviewed the file on ")
    d.n(d.sd())
    pick0 = r.choice(('2-year appointment', 'provisional appointment with FPPE (5 cases)',
                      'appointment, no conditions'))
    d.t(f"; recommended "
        f"{pick0}. "
        f"Vote {r.randint(7, 14)}-0.\n")
    _cme(d)
    _tail(d)
    d.t("\nPrepared by: ___, CPMSM   Reviewed: ___\n")
    d.slot()


_SLOTS["credentialing_file"] = 4


def _b_psv(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "PRIMARY SOURCE VERIFICATION CHECKLIST")
    d.t("Practitioner: ___   Requested for: ")
    d.n(r.choice(_DEPTS[8:]))
    d.t("   Verifier: ___\n\n| Element | Source | Result | Status |\n|---|---|---|---|\n| State licence | ")
    d.n(r.choice(("www.op.nysed.gov", "Office of the Professions")))
    d.t(" | active, registered through ")
    d.n(d.sd())
    d.t(" | verified |\n| DEA | ")
    d.n(r.choice(("www.deadiversion.usdoj.gov", "DEA Diversion Control")))
    d.t(" | active, schedules 2-5 | verified |\n")
    d.slot("row", "pipe")
    d.t("| Board certification | ")
    d.n(r.choice(("ABMS Certification Matters", "www.certificationmatters.org", "www.abim.org", "www.theabr.org")))
    d.t(" | certified, MOC meeting requirements | verified |\n| Education | ")
    d.n(r.choice(("ECFMG", "AMA Physician Masterfile")))
    d.t(f" | MD ___, graduated {r.randint(1985, 2018)} | verified |\n| Training | ")
    d.n(r.choice(("www.acgme.org", "ACGME")))
    d.t(" program letter | completed | received |\n| Malpractice history | ")
    d.n(r.choice(_CARRIERS))
    d.t(f" | {r.choice(('no claims', '1 closed claim, dismissed', 'no open claims'))} | received |\n| NPDB | ")
    d.n(r.choice(("NPDB", "www.npdb.hrsa.gov")))
    d.t(" | no reports | verified |\n| Sanctions | ")
    d.n(r.choice(("OIG LEIE", "SAM.gov")))
    d.t(" | not excluded | verified |\n| NPI | ")
    d.n("NPPES")
    d.t(" | ___ | verified |\n")
    d.slot("row", "pipe")
    d.t(f"\nAll elements verified within 180 days of the committee date. Hospital affiliation letters: "
        f"{r.randint(2, 5)} of {r.randint(5, 6)} received; outstanding: ___.\n")
    d.slot()
    _linked(d)
    d.t("\nNCQA CR standards and ")
    d.n("The Joint Commission")
    d.t(" MS.06.01.03 met.\n")
    _tail(d)


_SLOTS["psv_checklist"] = 3


def _b_tempriv(d: _Doc) -> None:
    r = d.r
    _shift_header(d, r.choice(("TEMPORARY PRIVILEGES - IMPORTANT PATIENT CARE NEED",
                               "PROVISIONAL PRIVILEGES GRANT (URGENT)")))
    c = r.choice(_CASES)
    d.t("Requested by: ___, Chair, ")
    d.n(r.choice(_DEPTS[8:]))
    d.t("\nPractitioner: ___, MD\nReason: a patient admitted ")
    d.n(d.sd())
    pick1 = r.choice((
        'a procedure not covered by the on-call roster',
        'specialty coverage during a vacancy',
        'continuity with the outside surgeon',
    ))
    d.t(f" ({c['dx'].lower()}) required "
        f"{pick1}.\n")
    d.slot()
    d.t("\nPrivileges granted (limited):\n")
    for cpt, label in r.sample((("CPT 36556", "central venous catheter"), ("CPT 49083", "paracentesis"),
                                ("CPT 32555", "thoracentesis"), ("CPT 93458", "left heart cath"),
                                ("CPT 44143", "partial colectomy with colostomy"), ("CPT 77012", "CT guidance")), 3):
        d.t("  - ")
        d.n(cpt)
        d.t(f" {label}\n")
    d.slot()
    d.t("\nDuration: ")
    d.n(d.sd())
    d.t(" through ")
    d.n(d.sd())
    d.t(" (not to exceed 120 days per ")
    d.n("The Joint Commission")
    d.t(" MS.06.01.13).\nConditions: current licence and DEA verified online; ")
    d.n("NPDB")
    d.t(" query returned no reports; proof of coverage from ")
    d.n(r.choice(_CARRIERS))
    d.t(" (limits $1M/$3M).\n")
    d.slot()
    _linked(d)
    d.t("\nApproved: ___, CEO designee   ___, President of the Medical Staff   ")
    d.n(d.sd())
    d.t("\n")
    _tail(d)
    d.slot()


_SLOTS["temporary_privileges"] = 4


def _b_peer(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "PEER REVIEW REFERRAL - CONFIDENTIAL")
    d.t("Protected under NY Education Law 6527 and Public Health Law 2805-m.\n\nReferral source: ")
    d.n(r.choice(("Risk Management", "Quality & Patient Safety", "Department of Surgery")))
    pick2 = r.choice((
        'unplanned return to the OR',
        'inpatient mortality',
        'delayed diagnosis',
        'RADPEER 3b discrepancy',
        'procedural complication',
    ))
    d.t("\nPeer review case #: ___\nTrigger: "
        f"{pick2}\n")
    d.slot()
    c = r.choice(_CASES)
    d.t(f"\nCase summary: {_age_phrase(d)} patient {_sub(d, c['hpi'])} {_sub(d, c['course'])}\n")
    d.slot()
    d.t(f"\nPractitioner under review: ___ "
        f"({r.choice(('attending', 'locum tenens', 'fellow', 'resident, ' + _pgy(r)))})\n"
        "Reviewer assigned: ___ (same specialty, no conflict)\nScoring: ")
    d.n(r.choice(("Level 1 - care appropriate", "Level 2 - minor opportunity for improvement",
                  "Level 3 - major opportunity", "Score 2A")))
    pick3 = r.choice(('hand-off gap at shift change', 'none identified', 'delayed lab result notification'))
    d.t(f"\nSystem issues: {pick3}\n")
    d.slot()
    d.t("\nDue to committee by ")
    d.n(d.sd())
    d.t(". Reviewer to use the ")
    d.n(r.choice(("OPPE", "FPPE")))
    d.t(" indicators for the department.\n")
    _tail(d, _FILLER[:3])
    d.slot()


_SLOTS["peer_review_referral"] = 4


def _b_duty(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "GME - DUTY HOUR EXCEPTION AND SUPERVISION NOTE")
    d.t("Resident: ___, MD   Level: ")
    d.n(_pgy(r))
    d.t("   Program: ")
    d.n(r.choice(("Internal Medicine", "General Surgery", "Diagnostic Radiology", "Emergency Medicine")))
    d.t(" (ACGME # ")
    d.n(_acgme(r))
    d.t(")\n")
    d.slot()
    w = r.choice((18, 22))
    d.t(f"\n{'Shift':<{w}}{'Start':<18}{'End':<18}Hours\n")
    total = 0.0
    for lab in ("Call (24+4)", "Day", "Day", "Night float"):
        h = 28.0 if lab.startswith("Call") else r.choice((12.0, 13.5, 11.0, 10.5))
        total += h
        y, m, dd = d.base, r.randint(1, 12), r.randint(1, 27)
        d.t(f"{lab:<{w}}{y}-{m:02d}-{dd:02d} 07:00  {y}-{m:02d}-{dd + 1:02d} 11:00  {h}\n")
    d.slot("row", "aligned", w)
    d.t(f"\nHours this week {total:.1f}; 4-week average {r.uniform(72, 83):.1f} (limit 80). "
        f"Extended {r.randint(1, 3)} h beyond 28 to stay with an unstable patient in the linked encounter "
        "(continuity, ACGME Common Program Requirements VI.F.1.b, ")
    d.n("www.acgme.org")
    d.t(").\n")
    d.slot()
    _linked(d)
    d.t("\nSupervision: "
        f"{r.choice(('direct', 'indirect with direct supervision immediately available', 'oversight'))}; "
        "attending ___ notified at the time. Logged in ")
    d.n(r.choice(("MedHub 4.12.1", "New Innovations 12.7", "Kronos Workforce 8.1", "Amion", "QGenda")))
    d.t(f". Fatigue mitigation: {r.choice(('post-call taxi voucher', 'sleep room used', 'ride share reimbursed'))}.")
    if r.random() < 0.4:
        d.t(" Wellness resources reviewed with the resident (EAP; ")
        d.n("988 Suicide & Crisis Lifeline")
        d.t(").")
    d.t("\n")
    _tail(d, _FILLER[5:])
    d.t("\nProgram director: ___   ")
    d.n("Office of Graduate Medical Education")
    d.t("\n")
    d.slot()


_SLOTS["duty_hours"] = 4


def _b_locum(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "LOCUM TENENS ASSIGNMENT CONFIRMATION")
    d.t(f"Agency: ___   Assignment #: ___\nProvider: ___, {r.choice(('MD', 'DO'))}   Specialty: "
        f"{r.choice(('Hospitalist', 'Radiology (teleradiology)', 'Anesthesiology', 'General Surgery'))}\nDates: ")
    d.n(d.sd())
    d.t(" - ")
    d.n(d.sd())
    d.t(f"   Shifts: {r.randint(7, 14)} x 12 h\n")
    d.slot()
    d.t("\nCredentialing status: expedited; privileges approved by the ")
    d.n("Medical Executive Committee")
    d.t(". Licence verified via ")
    d.n(r.choice(("www.op.nysed.gov", "Office of the Professions")))
    d.t("; board status via ")
    d.n(r.choice(("ABMS Certification Matters", "American Board of Internal Medicine", "American Board of Radiology",
                  "American Board of Emergency Medicine")))
    d.t(".\nMalpractice: provided by the agency through ")
    d.n(r.choice(_CARRIERS))
    d.t(", claims-made with tail, policy no. ___.\n")
    d.slot()
    d.t("\nLogistics:\n")
    d.slot("row", "dash")
    d.t("- Housing -- ___\n- Rental car -- ___\n- EHR access -- ")
    d.n(r.choice(("Epic Hyperspace", "PowerScribe One", "Visage 7.1.18")))
    d.t(f" training {r.choice(('completed', 'scheduled'))}\n- Badge -- ___\n")
    _linked(d)
    _tail(d)
    d.t("\nAgency coordinator: ___   MSO: ___\n")
    d.slot()


_SLOTS["locum_assignment"] = 4


def _b_moonlight(d: _Doc) -> None:
    r = d.r
    _shift_header(d, r.choice(("MOONLIGHTING APPROVAL", "REQUEST TO MOONLIGHT - GME FORM 7")))
    d.t("Resident/fellow: ___, MD (")
    d.n(_pgy(r))
    d.t(f")   Type: {r.choice(('internal', 'external'))}\n")
    d.slot()
    d.t(f"Site: ___   Hours/month requested: {r.randint(12, 48)}\n\nRequirements checked:\n"
        "[x] full unrestricted NYS licence (not the limited permit)\n[x] own DEA registration\n"
        "[x] malpractice coverage by the site (carrier: ")
    d.n(r.choice(_CARRIERS))
    d.t(")\n[x] hours counted toward the 80-hour limit in ")
    d.n(r.choice(("MedHub 4.12.1", "New Innovations 12.7")))
    d.t("\n[x] good standing; ")
    d.n(_score(r))
    d.t("\n[x] BLS/ACLS current\n")
    d.slot("row", "colon")
    d.t("\nContext: the request was reviewed after the resident covered the linked admission on a moonlighting "
        "shift; the ")
    d.n(r.choice(("ACGME", "Office of Graduate Medical Education")))
    d.t(" requires prospective approval.\n")
    d.slot()
    _linked(d)
    _cme(d)
    d.t(f"\nDecision: {r.choice(('approved for 6 months', 'approved, max 24 h/month', 'deferred pending licence'))}."
        "\nProgram director: ___   DIO: ___   ")
    d.n(d.sd())
    d.t("\n")
    _tail(d, _FILLER[5:])
    d.slot()


_SLOTS["moonlighting"] = 4


def _b_carrier(d: _Doc) -> None:
    r = d.r
    carrier = _neg(d, _CARRIERS)
    d.t("Note type: Addendum (AD)   Linked encounter: ___\nScanned correspondence, received ")
    d.n(d.sd())
    d.t(f"\n\n{carrier}\nClaims Department\nTel. ")
    d.n(r.choice(("1-800-767-6732", "1-888-412-7730 (MLMIC claims line)")))
    d.t("\n\n")
    d.slot()
    kind = r.random()
    d.t(f"RE: {'Notice of potential claim' if kind < 0.5 else 'Certificate of insurance'} - insured ___, MD\n"
        "Policy No.: ___\n\nDear ___:\n\n")
    if kind < 0.5:
        d.t("We acknowledge receipt of the incident report concerning the linked admission. A claims "
            "professional has been assigned. Please do not discuss the matter with the patient's family beyond "
            "the disclosure already made under the hospital's policy, and forward any request for records, "
            "subpoena or attorney letter to us within 48 hours of receipt.\n")
    else:
        d.t("This certifies that the above insured is covered under a claims-made professional liability policy, "
            "limits $1,000,000 / $3,000,000, retro date ")
        d.n(d.sd())
        d.t(f", for the specialty of {r.choice(('internal medicine', 'diagnostic radiology', 'general surgery'))}. "
            "This certificate is issued as a matter of information only and confers no rights upon the holder.\n")
    d.slot()
    pick4 = r.choice(('none', 'one closed without payment', 'two, both dismissed'))
    d.t(f"\nClaims history (last 10 years): {pick4}.\n")
    _linked(d)
    d.slot()
    d.t("\nSincerely,\n___\nSenior Claims Professional\n\ncc: ")
    d.n(r.choice(("Risk Management", "Medical Staff Office")))
    d.t("\n")
    _tail(d, _FILLER[:2])
    d.slot()


_SLOTS["malpractice_letter"] = 4


def _b_boardlic(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "BOARD CERTIFICATION AND LICENSURE VERIFICATION")
    w = r.choice((22, 26))
    d.t(f"{'Practitioner':<{w}}___\n{'Board':<{w}}")
    d.n(r.choice(_BOARDS[:7]))
    d.t(f"\n{'Status':<{w}}Certified ({r.randint(2002, 2022)}); MOC: meeting requirements\n{'Source':<{w}}")
    d.n(r.choice(("www.certificationmatters.org", "www.abim.org", "www.theabr.org")))
    d.t(f"\n{'Certificate #':<{w}}___\n{'Exam':<{w}}")
    d.n(_score(r))
    d.t("\n")
    d.slot("row", "aligned", w)
    d.t(f"\nLICENSURE\n{'State':<{w}}")
    st = _neg(d, _STATES[:5])
    pick5 = r.choice(('active', 'active - registered', 'inactive (other state)'))
    d.t(f"{st}\n{'Number':<{w}}___\n{'Status':<{w}}{pick5}"
        f"\n{'Registered through':<{w}}")
    d.n(d.sd())
    d.t("\n")
    d.slot("row", "aligned", w)
    d.t("\nOther licences reported: ")
    d.n(r.choice(_STATES[:5]))
    d.t(" (verified with the ")
    d.n("FSMB")
    d.t(" Physician Data Center). No disciplinary actions.\n")
    d.slot()
    _linked(d)
    _cme(d)
    d.t("\nVerified online ")
    d.n(d.sd())
    d.t(f" {_stime(r)} by ___ (MSO). Screen print in file.\n")
    _tail(d)
    d.slot()


_SLOTS["license_board_verification"] = 4


def _b_deanpi(d: _Doc) -> None:
    r = d.r
    _shift_header(d, "DEA / NPI / SANCTION CHECK WORKSHEET")
    d.t("NPPES lookup (")
    d.n("nppes.cms.hhs.gov")
    d.t("):\n  Entity type: 1 (individual)   Primary taxonomy: ")
    d.n(_taxonomy(r))
    d.t("\n  NPI: ___   Enumeration date: ")
    d.n(d.sd())
    d.t("\n")
    d.slot()
    d.t("\nDEA (")
    d.n("www.deadiversion.usdoj.gov")
    d.t("):\n  Registration: ___   Schedules: 2, 2N, 3, 3N, 4, 5   Expires: ")
    d.n(d.sd())
    d.t("\n  Registered address matches practice location: yes\n")
    d.slot("row", "colon")
    d.t("\nNYS controlled substance registration: ___\n\nSanction screens:\n  ")
    d.n("OIG LEIE")
    d.t(": no match\n  ")
    d.n("SAM.gov")
    d.t(": no active exclusion\n  Medicare opt-out list: not listed\n  State Medicaid exclusion: none\n")
    d.slot()
    d.t("\nReason for check: prescriber of controlled substances at discharge for the linked admission "
        f"({r.choice(('oxycodone 5 mg', 'hydromorphone 2 mg', 'lorazepam 0.5 mg'))}, ")
    d.n(_ndc(r))
    d.t("). Help desk: ")
    d.n(r.choice(("1-866-NPI-ENUM", "1-800-767-6732")))
    d.t(".\n")
    _linked(d)
    d.t("Checked by ___ on ")
    d.n(d.sd())
    d.t(".\n")
    _tail(d)
    d.slot()


_SLOTS["dea_npi_check"] = 4


def _rad_head(d: _Doc, exam: str, ind: str) -> None:
    r = d.r
    d.t(f"EXAMINATION:  {exam}\n\nINDICATION:  {_age_phrase(d)} {r.choice(('man', 'woman'))} with {ind}.\n\n")


def _findings(d: _Doc, x: dict[str, str]) -> str:
    extra = d.r.sample(_EXTRA_FIND[x["reg"]], d.r.randint(2, 6))
    out = _sub(d, x["find"]) + "\n" + "\n".join(extra)
    if d.r.random() < 0.5:
        out += "\n\nRECOMMENDATION(S):  " + d.r.choice((
            "Clinical correlation; follow-up imaging as above.", "No further imaging needed for this finding.",
            "Consider MRI for further characterization if clinically indicated.",
            "Follow-up CT in 3 months to document resolution."))
    if d.r.random() < 0.5:
        out += ("\n\nNOTIFICATION:  The findings were discussed with ___, MD by ___, MD on the telephone on ___ "
                "at " + _stime(d.r) + ", 5 minutes after discovery of the findings.")
    return out


def _b_rad_prelim(d: _Doc) -> None:
    r = d.r
    x = r.choice(_RAD)
    _rad_head(d, x["exam"], x["ind"])
    d.t(f"TECHNIQUE:  {_sub(d, x['tech'])}\n\nCOMPARISON:  {r.choice(('___.', 'None.', 'Prior study from ___.'))}\n\n")
    d.slot()
    d.t("PRELIMINARY REPORT (")
    d.n(_pgy(r))
    d.t(f" resident, ___, {_stime(r)}):\n{_sub(d, x['find'])}\n\n")
    d.slot()
    pick6 = r.choice(('.', ', with a minor discrepancy communicated to the team.', ' with the changes above.'))
    d.t(f"FINDINGS:\n{_findings(d, x)}\n\nIMPRESSION:\n{_sub(d, x['imp'])}\n\n"
        "ATTENDING ATTESTATION: I have personally reviewed the images and agree with the resident's preliminary "
        f"interpretation{pick6}\n"
        "Discrepancy logged in ")
    d.n(r.choice(("PowerScribe One", "Sectra IDS7 24.1", "Visage 7.1.18")))
    d.t(" for resident education.\n")
    _tail(d, _RAD_FILLER)
    d.slot()


_SLOTS["rad_resident_prelim"] = 3


def _b_rad_proctor(d: _Doc) -> None:
    r = d.r
    name, body, imp = r.choice(_IR)
    d.t(f"EXAMINATION:  {name}\n\nINDICATION:  {_age_phrase(d)} patient admitted for the linked encounter.\n\n"
        f"OPERATORS:  ___ (primary, under FPPE), ___ (proctor)\n\nPROCEDURE:\nInformed consent obtained. Time-out "
        f"performed. {_sub(d, body)}\nDevices/supplies: ")
    d.n(r.choice(("Angio-Seal", "Perclose ProGlide", "Bard PowerPICC")))
    d.t(" ")
    d.n(_lot(r))
    d.t(", ")
    d.n(_expiry(r))
    d.t("; ")
    d.n(_ref(r))
    d.t("\n")
    d.slot()
    d.t(f"Moderate sedation: midazolam {r.choice((1, 2, 3))} mg, fentanyl {r.choice((50, 75, 100))} mcg. "
        f"Fluoro time {r.uniform(0.3, 9):.1f} min.\n\nIMPRESSION:\n{imp}\n\n")
    d.slot()
    d.t("FOCUSED PROFESSIONAL PRACTICE EVALUATION (PROCTOR FORM)\n")
    pick7 = r.choice(('IR core privileges', 'the new-procedure privilege'))
    d.t(f"Case {r.randint(1, 5)} of 5 required for {pick7}.\n")
    for item in ("Indication appropriate", "Technique / sterile field", "Image guidance", "Complication management",
                 "Documentation"):
        d.t(f"  {item:<28}{r.randint(3, 5)}/5\n")
    d.slot("row", "aligned", 30)
    pick8 = r.choice(('continue proctoring', 'release from FPPE', 'one more proctored case'))
    d.t(f"Proctor recommendation: {pick8}.\n"
        "Reference: ")
    d.n(r.choice(("Society of Interventional Radiology", "American College of Radiology", "SCAI")))
    d.t(" practice parameter.\n")
    _tail(d, _FILLER[5:6] + _RAD_FILLER[:2])
    d.slot()


_SLOTS["rad_proctoring"] = 4


def _b_rad_tele(d: _Doc) -> None:
    r = d.r
    x = r.choice(_RAD)
    d.t("TELERADIOLOGY PRELIMINARY REPORT\n\n")
    _rad_head(d, x["exam"], x["ind"])
    d.slot()
    d.t(f"TECHNIQUE:  {_sub(d, x['tech'])}\n\nFINDINGS:\n{_findings(d, x)}\n\nIMPRESSION:\n{_sub(d, x['imp'])}\n\n")
    d.slot()
    d.t(f"Read by: ___, MD (locum tenens, remote)   Read session: ___\nTurnaround: {r.randint(9, 44)} min   "
        f"Critical result called to ___ at {_stime(r)}.\n\n")
    d.slot()
    d.t("CREDENTIALING FOOTER\nPrivileged at this hospital by proxy under 42 CFR 482.22(a)(3), relying on the "
        "distant-site credentialing. Licence verified: ")
    d.n(r.choice(("www.op.nysed.gov", "Office of the Professions")))
    d.t("; board: ")
    d.n(r.choice(("American Board of Radiology", "ABR", "www.theabr.org")))
    d.t(". Workstation: ")
    d.n(r.choice(("Sectra IDS7 24.1", "Visage 7.1.18", "PowerScribe One")))
    d.t(".\n")
    _tail(d, _RAD_FILLER)
    d.slot()


_SLOTS["rad_teleread_locum"] = 4


def _b_rad_radpeer(d: _Doc) -> None:
    r = d.r
    x = r.choice(_RAD)
    _rad_head(d, x["exam"], x["ind"])
    d.t(f"TECHNIQUE:  {_sub(d, x['tech'])}\n\nFINDINGS:\n{_findings(d, x)}\n\nIMPRESSION:\n{_sub(d, x['imp'])}\n\n")
    d.slot()
    score = _neg(d, ("RADPEER 1", "RADPEER 2a", "RADPEER 2b", "RADPEER 3a", "RADPEER 3b"))
    d.t("PEER REVIEW (")
    d.n(r.choice(("American College of Radiology", "RSNA")))
    d.t(f"-style scoring)\nOriginal reader: ___   Reviewer: ___\nScore: {score}   Clinically significant: "
        f"{'yes' if score.endswith('b') else 'no'}\n")
    d.slot("row", r.choice(("colon", "aligned")), 24)
    pick9 = r.choice((
        'small segmental defect not mentioned on the prior',
        'agree',
        'nodule measured differently',
        'missed rib fracture on the scout',
    ))
    d.t(f"Comment: {pick9}.\n"
        "Referred to the ")
    d.n(r.choice(("Peer Review Committee", "Department of Radiology")))
    d.t(f": {'yes' if score.startswith('RADPEER 3') else 'no'}.\n")
    _tail(d, _RAD_FILLER)
    d.slot()


_SLOTS["rad_radpeer"] = 3


def _b_rad_fluoro(d: _Doc) -> None:
    r = d.r
    proc, find = r.choice((
        ("FLUOROSCOPY-GUIDED LUMBAR PUNCTURE", "Opening pressure 18 cm H2O; 12 mL clear CSF sent for studies."),
        ("ERCP WITH FLUOROSCOPY", "Biliary sludge swept with a balloon; no stricture. Sphincterotomy performed."),
        ("ESOPHAGRAM", "Contrast passes freely without leak. Small Schatzki ring at the GE junction."),
        ("FLUOROSCOPIC NASOJEJUNAL TUBE PLACEMENT", "Tube tip beyond the ligament of Treitz."),
        ("CARDIAC CATHETERIZATION (FLUORO)", "Judkins catheters; 80% mid RCA, treated with DES x1.")))
    d.t(f"EXAMINATION:  {proc}\n\nINDICATION:  {_age_phrase(d)} patient, linked admission.\n\n"
        f"TECHNIQUE:  Fluoroscopy time {r.uniform(0.4, 12):.1f} min; DAP {r.randint(80, 4200)} uGy*m2; "
        f"air kerma {r.randint(5, 900)} mGy. Contrast: ")
    d.n(r.choice(("Visipaque 320", "Omnipaque 350", "Isovue-370")))
    d.t(" ")
    d.n(_lot(r))
    d.t("\n\n")
    d.slot()
    region = "chest" if "CARD" in proc or "ESOPH" in proc else "abd"
    d.t(f"FINDINGS:\n{find}\n{r.choice(_EXTRA_FIND[region])}\n\nIMPRESSION:\nProcedure completed without immediate "
        "complication.\n\n")
    d.slot()
    d.t("OPERATOR FLUOROSCOPY PRIVILEGE CHECK\nOperator: ___ (")
    d.t(r.choice(("attending", "fellow", "resident")))
    d.t(")   Radiation safety course: completed ")
    d.n(d.sd())
    d.t("   Dosimetry badge: ___\nC-arm: ")
    d.n(r.choice(("Siemens Cios Alpha", "GE OEC Elite", "Philips Zenition 70")))
    d.t(", ")
    d.n(_ref(r))
    d.t("\nDose above the substantial radiation dose level: no.\n")
    _tail(d, _RAD_FILLER)
    d.slot()


_SLOTS["rad_fluoro_privilege"] = 3


def _b_rad_moon(d: _Doc) -> None:
    r = d.r
    x = r.choice(_RAD)
    _rad_head(d, x["exam"], x["ind"])
    d.t(f"TECHNIQUE:  {_sub(d, x['tech'])}\n\nCOMPARISON:  ___.\n\nFINDINGS:\n{_findings(d, x)}\n\n"
        f"IMPRESSION:\n{_sub(d, x['imp'])}\n\n")
    d.slot()
    d.t("ADDENDUM (")
    d.n(d.sd())
    d.t(f" {_stime(r)}):\nThe overnight interpretation was rendered by a ")
    d.n(_pgy(r))
    pick10 = r.choice((
        'agrees.',
        'agrees, minor wording change.',
        'adds a 4 mm nodule, see Fleischner Society recommendations.',
    ))
    d.t(" resident moonlighting as an independent reader (internal moonlighting, approved by the program). "
        "Reader holds a full licence and privileges for overnight CT; the attending over-read "
        f"{pick10}\n")
    d.slot()
    d.t("Report generated in ")
    d.n(r.choice(("PowerScribe One", "Sectra IDS7 24.1")))
    d.t("; reader hours logged in ")
    d.n(r.choice(("MedHub 4.12.1", "New Innovations 12.7", "QGenda")))
    d.t(".\n")
    _tail(d, _RAD_FILLER)
    d.slot()


_SLOTS["rad_overnight_moonlighting"] = 3

_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "discharge_summary": ("discharge", _b_discharge),
    "credentialing_file": ("discharge", _b_credfile),
    "psv_checklist": ("discharge", _b_psv),
    "temporary_privileges": ("discharge", _b_tempriv),
    "peer_review_referral": ("discharge", _b_peer),
    "duty_hours": ("discharge", _b_duty),
    "locum_assignment": ("discharge", _b_locum),
    "moonlighting": ("discharge", _b_moonlight),
    "malpractice_letter": ("discharge", _b_carrier),
    "license_board_verification": ("discharge", _b_boardlic),
    "dea_npi_check": ("discharge", _b_deanpi),
    "rad_resident_prelim": ("radiology", _b_rad_prelim),
    "rad_proctoring": ("radiology", _b_rad_proctor),
    "rad_teleread_locum": ("radiology", _b_rad_tele),
    "rad_radpeer": ("radiology", _b_rad_radpeer),
    "rad_fluoro_privilege": ("radiology", _b_rad_fluoro),
    "rad_overnight_moonlighting": ("radiology", _b_rad_moon),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_BY_TYPE = {t: tuple(k for k, (nt, _) in _KINDS.items() if nt == t) for t in ("discharge", "radiology")}


def _ctx(kind: str) -> str:
    if kind == "discharge_summary":
        return "d"
    return "r" if kind.startswith("rad_") else "a"


# --------------------------------------------------------------------------------------------------
# Plan: heavy / planted / categories (Weyl sequence) / kind
# --------------------------------------------------------------------------------------------------

_WHEEL = tuple(c for c in CATEGORIES for _ in range({"PERSON": 3, "DATE_REAL_YEAR": 2, "ORGANIZATION": 2,
                                                        "LICENSE": 2, "LOCATION": 2}.get(c, 1)))
_GOLD = 0.6180339887498949


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    """Exactly 5 heavy and 58 planted notes in every 100 consecutive indices; categories from a Weyl sequence."""
    r = (i * 61 + seed * 17) % 100
    if r < 5:
        return "heavy", []
    if r >= 63:
        return "normal", []
    k = random.Random(f"h67:{seed}:{i}:k").choices((1, 2, 3, 4), weights=(35, 30, 20, 15))[0]
    cats = []
    for j in range(k):
        x = (0.5 + seed * 0.7071067811865476 + (4 * i + j) * _GOLD) % 1.0
        cats.append(_WHEEL[int(x * len(_WHEEL))])
    return "normal", cats


def document_kind(seed: int, i: int) -> str:
    note_type = "radiology" if (i * 11 + seed * 5) % 40 < 18 else "discharge"
    return random.Random(f"h67:{seed}:{i}:kind").choice(_BY_TYPE[note_type])


_HEAVY_BLOCK = (
    "\nROUTING / DISTRIBUTION (auto-generated)\nName: ___   Unit No: ___   Acct: ___\n"
    "Attending: ___   Resident: ___   PCP: ___\nApplicant: ___   Proctor: ___   Dept chair: ___\n"
    "Address: ___, ___, NY ___\nPhone: ___   Fax: ___   Pager: ___   Email: ___\n"
    "Licence: ___   DEA: ___   NPI: ___\ncc: ___; ___; ___\n"
)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    heavy_kind, cats = _plan(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    rng = random.Random(f"h67:{seed}:{i}:body")
    nslots = _SLOTS[kind]
    plants = [(rng.randrange(nslots), c) for c in cats]
    d = _Doc(rng, plants, heavy_kind == "heavy", _ctx(kind))
    builder(d)
    if d.nslot != nslots or d.placed != len(plants):
        raise AssertionError(f"{kind}: {d.nslot} slots called, {d.placed}/{len(plants)} plants placed")
    fill = list(_RAD_FILLER if note_type == "radiology" else _FILLER)
    rng.shuffle(fill)
    while d.pos < 1150 and fill:
        d.t("\n" + fill.pop() + "\n")
    if d.heavy:
        d.t(_HEAVY_BLOCK)
        while d.text().count("___") < 25:
            d.t("Additional signer: ___ (___)\n")
    text = d.text()
    spans = sorted(d.spans)

    def clear(x: str) -> bool:
        start = text.find(x)
        while start != -1:
            if any(s < start + len(x) and start < e for s, e, _ in spans):
                return False
            start = text.find(x, start + 1)
        return True

    negs: list[str] = []
    for x in list(d.negs) + [x for x in EPONYMS_AND_BRANDS if x in text]:
        if x and x in text and x not in negs and clear(x):
            negs.append(x)
    return LabelledNote(note_type, text, spans), negs, heavy_kind


def holdout67_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout67_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout67_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout67_corpus, argv, "Held-out corpus 67 (blind): medical staff office, credentialing and GME")
    holdout_measure.report("holdout67", args, notes, hits, res)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
