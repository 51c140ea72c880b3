"""Held-out corpus 59: student, school and college health — a university student health center and school-based
health services around a hospital admission.

Document kinds (note type in brackets):

- ``clinic_visit`` [discharge] — student health center clinic visit after (or leading to) an admission;
- ``counseling_referral`` [discharge] — campus counseling (CAPS) referral and post-discharge care coordination;
- ``preparticipation_exam`` [discharge] — athletic pre-participation physical evaluation and clearance;
- ``concussion_rtp`` [discharge] — concussion return-to-learn / return-to-play clearance;
- ``immunization_compliance`` [discharge] — immunization compliance form (vaccines, titers, TB screening);
- ``nurse_incident`` [discharge] — K-12 school nurse incident report with EMS transfer;
- ``med_authorization`` [discharge] — school medication authorization / self-carry form;
- ``study_abroad`` [discharge] — study-abroad medical clearance;
- ``welfare_check`` [discharge] — residence-life / Title IX-adjacent welfare check and care report;
- ``accommodation_letter`` [discharge] — disability accommodation letter with clinician verification;
- ``camp_physical`` [discharge] — summer camp physical and medical form;
- ``discharge_summary`` [discharge] — hospital discharge summary of a student with a return-to-campus plan;
- ``xr_extremity`` [radiology] — sports injury radiographs (ankle, wrist, hand, foot, knee);
- ``mri_knee`` [radiology] — MRI knee without contrast (ligament / meniscus injury);
- ``cxr_tb`` [radiology] — chest radiograph for TB screening after a positive IGRA or TST;
- ``ct_head`` [radiology] — non-contrast head CT after a sports head injury;
- ``us_spleen`` [radiology] — limited abdominal ultrasound of the spleen for mononucleosis return to play;
- ``xr_scoliosis`` [radiology] — standing scoliosis series after a positive school screening.

Labelling conventions: MIMIC-IV-Note shaped, most identifiers are ``___``; unmasked dates are shifted into
2100–2199 and never labelled. About 58% of notes carry 1–4 identifiers that escaped masking, 5% are heavy
(many ``___``, no plants). A student ID has no category here and is always masked. University, school, camp and
study-abroad provider names are ORGANIZATION; "Student Health Services", "Residence Life", "Title IX Office"
and other department names are generic and never labelled. A campus police or EMS incident number is ACCOUNT,
as are accession, encounter, order, requisition, specimen and claim numbers and a video interpreter's session id.
Vaccine lot numbers, NDCs, GTINs and expiry dates (real years allowed) are look-alikes, never labelled; so are
national hotlines and the bodies behind them (988 Lifeline, Trevor Project, Crisis Text Line, Poison Control), insurers
named as such, public bodies' websites, bare years (class years) and ages under 90. A practice's toll-free fax is FAX;
an insurer's or vendor's toll-free line is not labelled. Shifted dates within one note stay within about a year.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are never
labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store
too), agency, school or employer, never a generic department, and never a drug maker, biotech or trial sponsor
named as such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole
date carrying a year 1900–2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a
death date is). AGE_OVER_89 labels the digits of ages ≥ 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN
member, subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE
medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words
("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Written blind: the author read only ``bench/holdout_corpus_task.md``, ``lqs_clinical/synth/holdout_measure.py``,
the first 45 lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, and the masked note-shaped samples
under ``/work/shared/data/`` with their ``SOURCES.md``. No detector code, rule file, other corpus, test or history
was read, and the detector was never run on this corpus.
"""

from __future__ import annotations

import math
import random
import re

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Maya", "Tobias", "Priyanka", "Desmond", "Aaliyah", "Kenji", "Siobhan", "Mateo", "Oluwaseun", "Freya",
    "Dmitri", "Imani", "Rafael", "Keziah", "Yusuf", "Linnea", "Thandiwe", "Caspian", "Marisol", "Bartholomew",
    "Anouk", "Ezekiel", "Hana", "Ruairi", "Zainab", "Callum", "Esperanza", "Tiago", "Ingrid", "Kwame", "Noor",
    "Dashiell", "Soraya", "Tamsin", "Ignatius", "Wren", "Ayodele", "Fenna", "Lucian", "Beatriz", "Colm", "Mirela",
    "Jovan", "Saoirse", "Emeka", "Ximena", "Rohan", "Greta", "Alejandro", "Yael", "Mthunzi", "Odalys", "Pieter",
)
_FAMILY = (
    "Okonkwo", "Halvorsen", "Castellanos", "Whitlock", "Nakamura", "O'Shaughnessy", "Delacroix", "Abernathy",
    "Petrosyan", "Quaresma", "Lindqvist", "Farrington", "Szymanski", "Achterberg", "Vasquez-Ortiz", "Gallagher",
    "Oyelaran", "Thistlewood", "Kowalczyk", "Iyer", "Marchetti", "Sundaram", "Blackwood", "Ferreira", "Haddad",
    "Kincaid", "Ruggiero", "Wojcik", "Adeyemi", "Lachance", "Bergstrom", "Trujillo", "McAllister", "Nwachukwu",
    "Devereaux", "Albrecht", "Kaczmarek", "Okafor", "van der Meer", "de la Cruz", "Rasmussen", "Dimitrov",
    "Mahlangu", "Fitzwilliam", "Esposito", "Tanaka-Boyd", "Villanueva", "Brennan", "Sokolova", "Ashworth",
)
_UNIV = (
    "Wexford State University", "Halloran College", "Brightwater University", "Ashgrove University",
    "St. Aldric College", "Merrivale Community College", "Calloway Institute of Technology",
    "Tamarack Valley College", "Ellery Polytechnic Institute", "Northfork State College",
)
_UNIV_DOM = ("wexford.edu", "halloran.edu", "brightwater.edu", "ashgrove.edu", "staldric.edu", "tamarack.edu",
             "ellerypoly.edu", "northfork.edu", "merrivale.edu")
_SCHOOL = (
    "Pinecrest Regional High School", "Linden Hills Middle School", "Oakmont Elementary School",
    "St. Perpetua Academy", "Riverbend Central School District", "Hawthorne Junior-Senior High School",
    "Birchfield Montessori School", "Cedar Ridge High School", "Marlowe Middle School", "Quarry Road Elementary",
)
_HOSP = (
    "Larchmont Valley Hospital", "St. Anselm Medical Center", "Cayuga Ridge Hospital", "Mercy Northshore Hospital",
    "Briarcliff Children's Hospital", "Tioughnioga Regional Medical Center", "Upper Valley General Hospital",
    "Good Samaritan Hospital of Ellery", "Fairhaven Memorial Hospital",
)
_PRACTICE = (
    "Lakeview Orthopedic & Sports Medicine", "Tioga Pediatrics", "Summit Family Practice",
    "Northside Allergy Associates", "Hollow Creek Pediatric Group", "Keystone Sports Medicine",
    "Brookfield Behavioral Health Associates", "Greenway Endocrinology PLLC", "Harbor Point Travel Clinic",
)
_PHARM = ("Kessler's Pharmacy", "CVS Pharmacy", "Walgreens", "Wegmans Pharmacy", "College Town Apothecary",
          "Rite Aid", "Hometown Drug of Freeville", "Price Chopper Pharmacy")
_AGENCY = (
    "Tompkins County Health Department", "Ellery Police Department", "Riverbend Fire Department",
    "Brightwater University Police Department", "Onondaga County Sheriff's Office",
    "Five Towns Volunteer Ambulance Corps", "Cortland County Department of Social Services",
    "Chemung County Public Health",
)
_EMPLOYER = ("Greenstar Food Co-op", "Ridgeway Hardware", "Fallsview Bagel Co.", "Lakeside Aquatics Club",
             "Harbor Lane Daycare", "Stone Mill Brewing Company", "Tannery Creek Golf Club")
_CAMP = ("Camp Tallwood", "Camp Wabanaki Pines", "Silver Birch Day Camp", "Camp Onawa Heights",
         "Hemlock Hollow Scout Reservation", "Camp Kittatinny Ridge")
_PROVIDER = ("Meridian Global Studies", "Atlas Study Abroad", "Compass Semester Programs", "Lumen Exchange Institute")
_TOWN = (
    "Dryden", "Cortland", "Trumansburg", "Skaneateles", "Owego", "Oneonta", "Canandaigua", "Horseheads",
    "Watkins Glen", "Binghamton", "Elmira", "Ovid", "Brattleboro", "Northampton", "Oberlin", "Carbondale",
    "Bozeman", "Ann Arbor", "Missoula", "Chapel Hill", "Middlebury", "Williamstown", "Poughkeepsie", "Lansing",
    "Moravia", "Groton", "Interlaken", "Newfield", "Freeville", "Endicott", "Saranac Lake", "Potsdam", "Geneseo",
    "Penn Yan", "Johnson City", "Homer",
)
_COUNTY = ("Tompkins County", "Broome County", "Onondaga County", "Hampshire County", "Chemung County",
           "Schuyler County", "Otsego County", "Cayuga County")
_ABROAD = (("Accra", "Ghana"), ("Cusco", "Peru"), ("Kyoto", "Japan"), ("Seville", "Spain"), ("Heredia", "Costa Rica"),
           ("Nairobi", "Kenya"), ("Florence", "Italy"), ("Galway", "Ireland"), ("Aix-en-Provence", "France"),
           ("Copenhagen", "Denmark"), ("Valparaíso", "Chile"), ("Kraków", "Poland"), ("Arequipa", "Peru"),
           ("Kumasi", "Ghana"), ("Granada", "Spain"), ("Pune", "India"))
_INTL_CC = {"Ghana": "+233", "Peru": "+51", "Japan": "+81", "Spain": "+34", "Costa Rica": "+506", "Kenya": "+254",
            "Italy": "+39", "Ireland": "+353", "France": "+33", "Denmark": "+45", "Chile": "+56", "Poland": "+48",
            "India": "+91"}
_STREET = ("Mulberry", "Quarry", "Hanshaw", "Cascadilla", "Linn", "Eddy", "Giles", "Aurora", "Pleasant Grove",
           "Hector", "Snyder Hill", "Elm", "Warren", "Brindley", "Tareyton", "Coddington", "Hudson", "Fall Creek",
           "Willard Way", "Blair", "Catherine", "Highgate", "Oak Hollow", "Dearborn")
_SUFFIX = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Court", "Ct", "Terrace", "Drive", "Place")
_AREA = ("607", "315", "518", "585", "716", "413", "802", "734", "919", "406", "303", "215", "570", "814", "845",
         "914", "617", "860", "412", "440")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MON = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December")
_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(_L) for _ in range(n))


def _name_parts(r: random.Random) -> tuple[str, str]:
    return r.choice(_GIVEN), r.choice(_FAMILY)


def _person(r: random.Random) -> str:
    g, f = _name_parts(r)
    x = r.random()
    if x < 0.5:
        return f"{g} {f}"
    if x < 0.64:
        return f"{g} {r.choice(_L)}. {f}"
    if x < 0.78:
        return f"{f}, {g}"
    if x < 0.86:
        return f"{g[0]}. {f}"
    if x < 0.94:
        return f"{g} {f}".upper()
    return f"{g} {f}-{r.choice(_FAMILY)}"


def _phone_core(r: random.Random, area: str) -> str:
    x, s = f"{r.randint(2, 9)}{_d(r, 2)}", _d(r, 4)
    return r.choice((f"({area}) {x}-{s}", f"{area}-{x}-{s}", f"{area}.{x}.{s}", f"{area} {x} {s}",
                     f"+1 {area}-{x}-{s}", f"1-{area}-{x}-{s}", f"{area}{x}{s}", f"({area}){x}-{s}",
                     f"+1 ({area}) {x}-{s}"))


def _phone(r: random.Random) -> str:
    return _phone_core(r, r.choice(_AREA))


def _phone_intl(r: random.Random) -> str:
    cc = r.choice(sorted(_INTL_CC.values()))
    return r.choice((f"{cc} {_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"{cc} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
                     f"{cc}-{_d(r, 2)}-{_d(r, 4)}-{_d(r, 4)}", f"{cc} {_d(r, 4)} {_d(r, 4)}"))


def _fax_tf(r: random.Random) -> str:
    return _phone_core(r, r.choice(_TOLLFREE))


def _pager(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        return _d(r, 4)
    if x < 0.55:
        return f"{r.randint(1, 9)}{_d(r, 4)}"
    if x < 0.7:
        return f"{r.randint(2, 9)}-{_d(r, 4)}"
    return _phone(r)


def _email(r: random.Random) -> str:
    g, f = _name_parts(r)
    g = g.lower()
    f = re.sub(r"[^a-z]", "", f.lower())
    dom = r.choice(_UNIV_DOM + ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "riverbendcsd.org",
                                "pinecrest.k12.ny.us", "protonmail.com"))
    local = r.choice((f"{g}.{f}", f"{g[0]}{f}{r.randint(1, 99)}", f"{f}{g[0]}", f"{g}_{f[:4]}",
                      f"{g[0]}{f[0]}{r.randint(100, 999)}", f"{g}{f}.{r.randint(1, 9)}", f"{f}.family"))
    return f"{local}@{dom}"


def _handle(r: random.Random) -> str:
    g, f = _name_parts(r)
    return re.sub(r"[^a-z0-9._]", "", r.choice((f"{g}.{f[:5]}{r.randint(1, 99)}", f"{g}_{r.randint(10, 999)}",
                                                 f"{f}{g[0]}.runs", f"its.{g}")).lower())


def _url(r: random.Random) -> str:
    u = r.choice(_UNIV_DOM)
    alnum = "abcdefghijkmnpqrstuvwxyz23456789"
    tok = "".join(r.choice(alnum) for _ in range(r.randint(10, 22)))
    return r.choice((f"https://portal.{u}/shs/messages/{_d(r, 6)}", f"https://myhealth.{u}/chart?pid={_d(r, 7)}",
                     f"https://{u.split('.')[0]}.box.com/s/{tok}", f"https://telehealth.{u}/room/{tok[:8]}",
                     f"http://{u}/accessibility/letters/{_d(r, 5)}.pdf",
                     f"https://forms.{u}/immunization/upload?student={_d(r, 8)}"))


def _url_social(r: random.Random) -> str:
    h = _handle(r)
    return r.choice((f"https://www.instagram.com/{h}/", f"www.tiktok.com/@{h}", f"https://x.com/{h}/status/{_d(r, 18)}",
                     f"https://www.reddit.com/user/{h}", f"instagram.com/p/{_letters(r, 3)}{_d(r, 4)}{_letters(r, 3)}"))


def _url_k12(r: random.Random) -> str:
    dom = r.choice(("riverbendcsd.org", "pinecrest.k12.ny.us", "lindenhills.k12.ny.us", "marlowe-ms.org"))
    return r.choice((f"https://{dom}/health/forms/{_d(r, 6)}", f"https://www.{dom}/nurse/medauth?id={_d(r, 7)}",
                     f"http://{dom}/student/{_d(r, 5)}/health"))


def _url_fund(r: random.Random) -> str:
    g, f = _name_parts(r)
    slug = re.sub(r"[^a-z-]", "", f"help-{g}-{f}-recover".lower().replace(" ", "-"))
    return r.choice((f"https://www.gofundme.com/f/{slug}", f"gofundme.com/f/{slug}-{_d(r, 3)}"))


def _ip(r: random.Random) -> str:
    x = r.random()
    if x < 0.15:
        h = "0123456789abcdef"
        a, b = "".join(r.choice(h) for _ in range(3)), "".join(r.choice(h) for _ in range(4))
        return f"2601:{a}:{b}::{r.randint(1, 254):x}"
    if x < 0.4:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 0.55:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if x < 0.65:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    first = r.choice((24, 67, 73, 98, 107, 128, 149, 173, 184, 208))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_d(r, 7), _d(r, 8), f"SH{_d(r, 6)}", f"E{_d(r, 7)}", f"00{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 4)}",
                     f"M{_d(r, 8)}"))


def _encounter(r: random.Random) -> str:
    return r.choice((_d(r, 9), _d(r, 10), f"V{_d(r, 8)}", f"{_d(r, 4)}-{_d(r, 6)}"))


def _accession(r: random.Random) -> str:
    return r.choice((f"{r.choice(('XR', 'MR', 'CT', 'US', 'RA'))}{_d(r, 7)}", f"A{_d(r, 8)}", _d(r, 8),
                     f"{_d(r, 2)}-{_d(r, 6)}"))


def _incident(r: random.Random) -> str:
    return r.choice((f"{_d(r, 2)}-{_d(r, 5)}", f"INC{_d(r, 6)}", f"CR-{_d(r, 6)}", _d(r, 7),
                     f"{_d(r, 5)}-{r.randint(1, 9)}"))


def _order(r: random.Random) -> str:
    return r.choice((_d(r, 9), f"{_d(r, 3)}-{_d(r, 5)}", f"O{_d(r, 8)}", f"L{_d(r, 7)}"))


def _specimen(r: random.Random) -> str:
    return r.choice((f"S{_d(r, 2)}-{_d(r, 5)}", f"QF{_d(r, 7)}", _d(r, 10)))


def _session(r: random.Random) -> str:
    return r.choice((f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", f"VRI{_d(r, 7)}", f"{_d(r, 6)}{_letters(r, 2)}"))


def _claim(r: random.Random) -> str:
    return r.choice((_d(r, 11), _d(r, 12), f"{_d(r, 4)}{_letters(r, 1)}{_d(r, 6)}"))


def _plan(r: random.Random) -> str:
    return r.choice((f"W{_d(r, 9)}", f"{_letters(r, 3)}{_d(r, 9)}", _d(r, 10), f"U{_d(r, 8)}01", f"SP{_d(r, 7)}",
                     f"{_d(r, 3)}{_letters(r, 2)}{_d(r, 5)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"))


def _medicaid(r: random.Random) -> str:
    return f"{_letters(r, 2)}{_d(r, 5)}{r.choice(_L)}"


def _npi(r: random.Random) -> str:
    base = r.choice("12") + _d(r, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for k, dgt in enumerate(reversed(digits)):
        if k % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base + str((10 - total % 10) % 10)


def _dea(r: random.Random) -> str:
    return f"{r.choice('ABFGM')}{r.choice(_L)}{_d(r, 7)}"


def _medlic(r: random.Random) -> str:
    return r.choice((_d(r, 6), f"{_d(r, 3)}{_d(r, 3)}", f"0{_d(r, 6)}", f"{_d(r, 6)}-1"))


def _dl(r: random.Random) -> str:
    return r.choice((f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 9), f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                     f"{r.choice(_L)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}", f"{r.choice(_L)}{_d(r, 7)}"))


def _license(r: random.Random) -> str:
    return r.choice((_npi, _dea, _medlic, _dl))(r)


def _zip(r: random.Random) -> str:
    z = f"{r.choice(('13', '14', '12', '01', '05', '48', '27', '59', '44', '16'))}{_d(r, 3)}"
    return z if r.random() < 0.8 else f"{z}-{_d(r, 4)}"


def _street(r: random.Random) -> str:
    s = f"{r.randint(3, 2899)} {r.choice(_STREET)} {r.choice(_SUFFIX)}"
    x = r.random()
    if x < 0.18:
        s += f", Apt {r.randint(1, 4)}{r.choice('ABCD')}"
    elif x < 0.28:
        s += f" Unit {r.randint(1, 40)}"
    elif x < 0.34:
        s = f"{r.randint(100, 9800)} State Route {r.randint(5, 390)}"
    return s


def _date_fmt(r: random.Random, y: int, m: int, dd: int) -> str:
    mon = _MON[m - 1]
    return r.choice((f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
                     f"{dd} {mon[:3]} {y}", f"{dd:02d}-{mon[:3].upper()}-{y}", f"{mon[:3]}. {dd}, {y}",
                     f"{m:02d}.{dd:02d}.{y}", f"{mon} {dd} {y}"))


def _real(lo: int, hi: int):
    def gen(r: random.Random) -> str:
        return _date_fmt(r, r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
    return gen


def _shifted(r: random.Random) -> str:
    return _date_fmt(r, r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28))


def _age(r: random.Random) -> str:
    return str(r.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _device(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 2)}{_d(r, 7)}", f"{_d(r, 3)}{r.choice(_L)}{_d(r, 5)}",
                     f"{r.choice(_L)}{_d(r, 8)}{r.choice(_L)}", f"{_d(r, 10)}",
                     f"{_letters(r, 1)}{_d(r, 2)}{_letters(r, 1)}{_d(r, 6)}"))


def _asset(r: random.Random) -> str:
    return r.choice((f"BME-{_d(r, 6)}", f"CE{_d(r, 6)}", f"{_d(r, 6)}", f"RAD-{_d(r, 5)}", f"AT{_d(r, 7)}"))


def _udi(r: random.Random) -> str:
    return r.choice((f"{_d(r, 2)}{r.choice(_L)}{_d(r, 6)}", _d(r, 9), f"{_letters(r, 3)}{_d(r, 6)}"))


def _plate(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 3)}-{_d(r, 4)}", f"{_letters(r, 3)} {_d(r, 4)}",
                     f"{r.randint(1, 9)}{_letters(r, 3)}{_d(r, 3)}", f"{_letters(r, 2)}{_d(r, 5)}",
                     f"{_d(r, 3)} {_letters(r, 3)}", f"{_letters(r, 2)}-{_d(r, 3)}{_letters(r, 1)}"))


def _vin(r: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice("12345JKLSWY") + "".join(r.choice(chars) for _ in range(16))


_GEN = {
    "person": _person, "phone": _phone, "phone_intl": _phone_intl, "fax": _phone, "fax_tf": _fax_tf, "pager": _pager,
    "email": _email, "url": _url, "url_social": _url_social, "url_fund": _url_fund, "url_k12": _url_k12,
    "ip": _ip, "ssn": _ssn,
    "mrn": _mrn, "encounter": _encounter, "accession": _accession, "incident": _incident, "order": _order,
    "specimen": _specimen, "session": _session, "claim": _claim, "plan": _plan, "medicaid": _medicaid,
    "npi": _npi, "dea": _dea, "medlic": _medlic, "dl": _dl, "license": _license, "zip": _zip, "street": _street,
    "date": _real(2012, 2026), "dob_student": _real(1997, 2007), "dob_child": _real(2008, 2019),
    "dob_any": _real(1948, 2019), "death": _real(1990, 2025), "age": _age, "device": _device, "asset": _asset,
    "udi": _udi, "plate": _plate, "vin": _vin,
    "town": lambda r: r.choice(_TOWN), "county": lambda r: r.choice(_COUNTY),
    "univ": lambda r: r.choice(_UNIV), "school": lambda r: r.choice(_SCHOOL), "hospital": lambda r: r.choice(_HOSP),
    "practice": lambda r: r.choice(_PRACTICE), "pharmacy": lambda r: r.choice(_PHARM),
    "agency": lambda r: r.choice(_AGENCY), "employer": lambda r: r.choice(_EMPLOYER),
    "camp": lambda r: r.choice(_CAMP), "provider": lambda r: r.choice(_PROVIDER),
}
_DEFAULT_GEN = {
    "PHONE": "phone", "FAX": "fax", "PAGER": "pager", "EMAIL": "email", "URL": "url", "IP_ADDRESS": "ip",
    "SSN": "ssn", "MRN": "mrn", "ACCOUNT": "encounter", "HEALTH_PLAN": "plan", "LICENSE": "license", "ZIP": "zip",
    "STREET_ADDRESS": "street", "DATE_REAL_YEAR": "date", "AGE_OVER_89": "age", "DEVICE_ID": "device",
    "VEHICLE_ID": "plate", "PERSON": "person", "LOCATION": "town", "ORGANIZATION": "hospital",
}

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_HOTLINES = ("1-800-222-1222", "1-800-662-4357", "1-866-488-7386", "800-656-4673", "1-800-232-4636",
             "1-888-628-9454", "1-800-273-8255")
_STATES = ("Pennsylvania", "Vermont", "Ohio", "New Jersey", "Massachusetts", "Connecticut", "Maryland", "Michigan",
           "New York", "Virginia", "Montana", "Oregon", "Illinois")
_COUNTRIES = ("Ghana", "Peru", "Japan", "Spain", "Costa Rica", "Kenya", "Italy", "Ireland", "France", "Chile",
              "India", "South Korea", "Nigeria", "China", "Brazil", "Vietnam")


def _la_exp(r: random.Random) -> str:
    return _date_fmt(r, r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28))


_LOOK = {
    "lot": lambda r: r.choice((f"{r.choice(_L)}{_d(r, 4)}{_letters(r, 2)}", f"{_d(r, 2)}{_letters(r, 1)}{_d(r, 3)}",
                               f"EL{_d(r, 4)}", f"{_letters(r, 3)}{_d(r, 3)}{r.choice(_L)}")),
    "ndc": lambda r: r.choice((f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 2)}", f"{_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}",
                               f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}")),
    "gtin": lambda r: "0" + _d(r, 13),
    "grp": lambda r: r.choice((_d(r, 5), f"{_d(r, 4)}-{_letters(r, 2)}", f"GRP{_d(r, 6)}", f"{_d(r, 6)}M")),
    "ref": lambda r: r.choice((f"{_d(r, 4)}-{_d(r, 2)}", f"{r.choice(_L)}{_d(r, 5)}", f"{_d(r, 3)}{_letters(r, 2)}")),
    "exp": _la_exp,
    "shift": _shifted,
    "hotline": lambda r: r.choice(_HOTLINES),
    "state": lambda r: r.choice(_STATES),
    "country": lambda r: r.choice(_COUNTRIES),
    "ageu": lambda r: r.choice((f"{r.randint(17, 24)}-year-old", f"{r.randint(17, 24)} y/o",
                                f"{r.randint(18, 23)} yo")),
    "kidage": lambda r: f"{r.randint(6, 15)}-year-old",
    "ver": lambda r: f"{r.randint(2, 6)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
    "year": lambda r: str(r.randint(2019, 2029)),
    "tf": lambda r: _phone_core(r, r.choice(_TOLLFREE)),
    "insurer": lambda r: r.choice(("Aetna Student Health", "UnitedHealthcare StudentResources", "Fidelis Care",
                                   "Excellus BlueCross BlueShield", "Blue Cross Blue Shield", "NY Medicaid")),
}
_PLACEHOLDER = re.compile(r"<([a-z]+)>")
_MARK = re.compile(r"\[\[(.+?)\]\]")


class _Doc:
    """Sequential note writer: plain text, look-alikes (``[[...]]``), planted spans (``<<v>>``)."""

    def __init__(self, r: random.Random, cats: list[str], heavy: bool) -> None:
        self.r = r
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []
        self.pending = list(cats)
        self.heavy = heavy
        self.country = ""
        self.ctx = "c"  # "c" college, "k" K-12 school or camp, "r" radiology
        self.base_year = r.randint(2105, 2195)  # shifted dates in one note stay within a year or two

    def _raw(self, t: str) -> None:
        self.parts.append(t)
        self.n += len(t)

    def _fill(self, m: re.Match) -> str:
        key = m.group(1)
        if key == "shift":
            y = self.base_year + self.r.choice((0, 0, 0, 1))
            return f"[[{_date_fmt(self.r, y, self.r.randint(1, 12), self.r.randint(1, 28))}]]"
        if key == "country" and self.country:
            return f"[[{self.country}]]"
        if key not in _LOOK:
            return m.group(0)
        if key == "year":  # a bare year: plain text, kept out of the look-alike list (it could sit inside a date)
            return _LOOK[key](self.r)
        return f"[[{_LOOK[key](self.r)}]]"

    def add(self, text: str) -> None:
        text = _PLACEHOLDER.sub(self._fill, text)
        pos = 0
        for m in _MARK.finditer(text):
            self._raw(text[pos:m.start()])
            self.looks.append(m.group(1))
            self._raw(m.group(1))
            pos = m.end()
        self._raw(text[pos:])

    def plant(self, tpl: str, cat: str, gen: str) -> None:
        before, after = tpl.split("<<v>>")
        self.add(before)
        if gen == "abroad":
            value, self.country = self.r.choice(_ABROAD)
        else:
            value = _GEN[gen](self.r)
        start = self.n
        self._raw(value)
        self.spans.append((start, self.n, cat))
        self.add(after)

    def take(self, cat: str, p: float) -> bool:
        if cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            return True
        return False

    def hook(self, cat: str, tpl: str, masked: str, gen: str | None = None, p: float = 0.7) -> None:
        """A form field: planted value if ``cat`` is pending (with probability p), else the masked text."""
        if self.take(cat, p):
            self.plant(tpl, cat, gen or _DEFAULT_GEN[cat])
        else:
            self.add(masked)

    def slot(self, last: bool = False) -> None:
        """Leftover plants as free-standing lines (all of them at the last slot)."""
        for cat in list(self.pending):
            if last or self.r.random() < 0.4:
                self.pending.remove(cat)
                if self.ctx == "r" and self.r.random() < 0.75:
                    tpl, gen = self.r.choice(_RAD_FRAGS[cat])
                else:
                    ok = ("", self.ctx) if self.ctx != "r" else ("",)
                    tpl, gen, _ = self.r.choice([f for f in _FRAGS[cat] if f[2] in ok])
                self.plant(tpl, cat, gen)

    def text(self) -> str:
        return "".join(self.parts)


# Free-standing fragments per category: (template with <<v>>, value generator, context: "" any, "c" college,
# "k" K-12 school or camp).
_FRAGS: dict[str, list[tuple[str, str, str]]] = {
    "PHONE": [
        ("Parent/guardian reached by phone at <<v>>; aware of the plan and agrees.\n", "phone", ""),
        ("Callback # (cell): <<v>>\n", "phone", ""),
        ("Emergency contact: ___ (mother)   Tel <<v>>\n", "phone", ""),
        ("Athletic trainer ___, ATC, reachable at <<v>> for practice modifications.\n", "phone", ""),
        ("Per RA on duty (cell <<v>>), student had not been seen in the hall since ___.\n", "phone", "c"),
        ("| Contact | ___ (father) | <<v>> | preferred |\n", "phone", ""),
        ("Homestay family phone: <<v>> (verified by the program office).\n", "phone_intl", "c"),
        ("For questions about this form call the health office, ph. <<v>> ext. 214.\n", "phone", ""),
        ("Pt asks that results be left on voicemail at <<v>> - ok to leave detailed msg.\n", "phone", ""),
        ("Tel:<<v>>\n", "phone", ""),
        ("Student's phne number updated to\n<<v>> at check-in.\n", "phone", "c"),
        ("Mobile ......... <<v>>\n", "phone", ""),
    ],
    "FAX": [
        ("Please fax signed clearance to <<v>> (Attn: Sports Medicine).\n", "fax", ""),
        ("Fax: <<v>>\n", "fax", ""),
        ("Records requested from PCP office by fax <<v>>; awaiting vaccine history.\n", "fax", ""),
        ("Signed authorization returned by facsimile to <<v>>.\n", "fax", ""),
        ("P: ___   F: <<v>>\n", "fax", ""),
        ("Orthopaedic clinic toll-free fax <<v>> - copy of report routed.\n", "fax_tf", ""),
        ("cc: referring clinician, fax# <<v>>\n", "fax", ""),
        ("FAX BACK TO <<v>> WITHIN 48 HRS\n", "fax", ""),
        ("Pediatric office (fax <<v>>) to send updated asthma action plan.\n", "fax", "k"),
    ],
    "PAGER": [
        ("Pgr <<v>>\n", "pager", ""),
        ("| On call | sports med | pager <<v>> |\n", "pager", ""),
        ("Beeper #<<v>> (athletic training room)\n", "pager", "c"),
        ("Please page <<v>> with results.\n", "pager", ""),
        ("School nurse carries district pager <<v>> on field trips.\n", "pager", "k"),
        ("Team physician on call, pager <<v>>.\n", "pager", ""),
        ("Page on-call counselor (pgr <<v>>) for any safety concern overnight.\n", "pager", ""),
        ("Result called to covering clinician, paged at <<v>>.\n", "pager", ""),
        ("Beeper: <<v>>\n", "pager", ""),
        ("After 5 pm contact the covering NP via pager #<<v>>.\n", "pager", ""),
        ("Sports medicine fellow ___ (p. <<v>>) aware.\n", "pager", ""),
        ("On-call psychiatry resident pgr: <<v>>\n", "pager", ""),
    ],
    "EMAIL": [
        ("To: <<v>>\nCc: ___\nSubject: return to class\n", "email", ""),
        ("Parent email .... <<v>>\n", "email", "k"),
        ("e-mail: <<v>> (verified)\n", "email", ""),
        ("Form returned from <<v>> as a scanned PDF.\n", "email", ""),
        ("Student e-mail: <<v>>\n", "email", "c"),
        ("Letter sent electronically to <<v>> and to instructors of record.\n", "email", "c"),
        ("Parent asked for copies by email (<<v>>); FERPA release on file.\n", "email", ""),
        ("Reply-To: <<v>>\n", "email", "c"),
        ("From: <<v>>\nSent: ___\nSubject: RE: clearance paperwork\n", "email", "c"),
        ("coach contact - email <<v>>\n", "email", ""),
        ("Questions? Write to <<v>>.\n", "email", ""),
        ("Confirmation will go to\n<<v>> once the hold is lifted.\n", "email", "c"),
    ],
    "URL": [
        ("Patient portal link: <<v>>\n", "url", "c"),
        ("Care plan shared at <<v>> (access restricted).\n", "url", "c"),
        ("Teammate posted a clip of the injury: <<v>>\n", "url_social", ""),
        ("Student's blog describing the episode: <<v>>\n", "url_social", "c"),
        ("Online medication authorization submitted at\n<<v>>\n", "url_k12", "k"),
        ("District health form portal: <<v>>\n", "url_k12", "k"),
        ("Secure message thread: <<v>>\n", "url", ""),
        ("RA report cites a post at <<v>> as the reason for the check.\n", "url_social", "c"),
        ("Immunization records uploaded via <<v>>\n", "url", ""),
        ("Fundraiser page for medical costs: <<v>>\n", "url_fund", ""),
        ("Telehealth join link <<v>> (single use)\n", "url", ""),
        ("See scanned letter at <<v>>\n", "url", ""),
        ("Friend forwarded the video (<<v>>) to the Dean of Students Office.\n", "url_social", "c"),
    ],
    "IP_ADDRESS": [
        ("Health office kiosk check-in from IP <<v>>.\n", "ip", "k"),
        ("Login (MFA passed) IP=<<v>> geo=off-campus\n", "ip", ""),
        ("VPN session <<v>> used to upload records from abroad.\n", "ip", "c"),
        ("Proctoring software flagged IP <<v>> during the accommodated exam.\n", "ip", "c"),
        ("telehealth: peer <<v>> | jitter 12 ms | packet loss 0.4%\n", "ip", ""),
        ("Telehealth session connected from IP <<v>>; audio and video adequate.\n", "ip", "c"),
        ("E-signature captured, signer IP <<v>>, timestamp ___.\n", "ip", ""),
        ("Portal access audit: login from <<v>> (off campus).\n", "ip", "c"),
        ("[audit] src=<<v>> user=___ action=VIEW_NOTE\n", "ip", ""),
        ("Form submitted online from address <<v>>.\n", "ip", ""),
        ("Remote read workstation <<v>> (VPN).\n", "ip", ""),
    ],
    "SSN": [
        ("SSN: <<v>>\n", "ssn", ""),
        ("Social Security no. <<v>> (requested by the travel insurer's enrollment form).\n", "ssn", "c"),
        ("Guarantor SSN <<v>>\n", "ssn", ""),
        ("| SS# | <<v>> |\n", "ssn", ""),
        ("soc sec # <<v>>\n", "ssn", ""),
        ("Student's social security number <<v>> written on the camp form by parent.\n", "ssn", "k"),
    ],
    "MRN": [
        ("MRN: <<v>>\n", "mrn", ""),
        ("Unit No:   <<v>>\n", "mrn", ""),
        ("Student Health chart # <<v>>\n", "mrn", ""),
        ("Hospital medical record no. <<v>> - records request pending.\n", "mrn", ""),
        ("Outside MR#<<v>>\n", "mrn", ""),
        ("Med Rec Number ..... <<v>>\n", "mrn", ""),
    ],
    "ACCOUNT": [
        ("Encounter #: <<v>>\n", "encounter", ""),
        ("Acct <<v>>\n", "encounter", ""),
        ("Accession: <<v>>\n", "accession", ""),
        ("Campus police incident no. <<v>> referenced in the referral.\n", "incident", "c"),
        ("Requisition <<v>> ([[QuantiFERON-TB Gold Plus]]) sent to reference lab.\n", "order", ""),
        ("Specimen ID <<v>> collected at the Student Health lab.\n", "specimen", ""),
        ("Interpreter (Mandarin) by video, session ID <<v>>.\n", "session", "c"),
        ("Claim no. <<v>> resubmitted to the student plan.\n", "claim", "c"),
        ("Order# <<v>>\n", "order", ""),
        ("EMS run number <<v>>\n", "incident", ""),
        ("Visit/account number: <<v>>\n", "encounter", ""),
    ],
    "HEALTH_PLAN": [
        ("SHIP member ID <<v>>, group <grp>\n", "plan", "c"),
        ("Medicaid CIN <<v>>\n", "medicaid", ""),
        ("Subscriber ID: <<v>>   (subscriber: parent)\n", "plan", ""),
        ("Policy #<<v>> - secondary coverage under a parent's plan.\n", "plan", ""),
        ("Ins: [[Aetna Student Health]] / ID <<v>>\n", "plan", "c"),
        ("Travel medical policy no. <<v>> (program-provided).\n", "plan", "c"),
        ("| Member ID | <<v>> | Group | <grp> |\n", "plan", ""),
        ("[[UnitedHealthcare StudentResources]] member <<v>>\n", "plan", "c"),
    ],
    "LICENSE": [
        ("Examining physician NY license no. <<v>>\n", "medlic", ""),
        ("NPI <<v>>\n", "npi", ""),
        ("DEA# <<v>> (Schedule II stimulant)\n", "dea", ""),
        ("School nurse license # <<v>>\n", "medlic", "k"),
        ("Student's driver's license <<v>> checked at registration.\n", "dl", "c"),
        ("Prescriber: ___, MD    Lic <<v>>\n", "medlic", ""),
        ("NPI#:<<v>>\n", "npi", ""),
        ("EMT certification <<v>> (crew chief)\n", "medlic", ""),
    ],
    "ZIP": [
        ("Home: ___, NY <<v>>\n", "zip", ""),
        ("Campus mailing address: Box ___, ___, [[New York]] <<v>>\n", "zip", "c"),
        ("Zip code <<v>> (for pharmacy routing)\n", "zip", ""),
        ("Lives off campus, ZIP <<v>>.\n", "zip", "c"),
        ("Permanent address: ___, ___, <state> <<v>>\n", "zip", ""),
    ],
    "STREET_ADDRESS": [
        ("Home addr: <<v>>\n", "street", ""),
        ("| Address | <<v>> |\n", "street", ""),
        ("Camp drop-off address: <<v>>\n", "street", "k"),
        ("Ambulance dispatched to <<v>> (student's apartment) after a 911 call.\n", "street", "c"),
        ("Mail the signed authorization to <<v>>.\n", "street", "k"),
        ("Pt recently moved; new address\n<<v>>\nnot yet in the registration system.\n", "street", ""),
        ("Off-campus address: <<v>>, ___\n", "street", "c"),
        ("Student moved to <<v>> for the semester.\n", "street", "c"),
        ("Welfare check conducted at <<v>>.\n", "street", "c"),
        ("Address: <<v>>\n", "street", ""),
        ("Mailing addr ...... <<v>>\n", "street", ""),
        ("Picked up by EMS at <<v>> (off-campus house party).\n", "street", "c"),
    ],
    "DATE_REAL_YEAR": [
        ("DOB: <<v>>\n", "dob_student", ""),
        ("Date of injury: <<v>>\n", "date", ""),
        ("Last Tdap: <<v>>\n", "date", ""),
        ("Signed <<v>>\n", "date", ""),
        ("Prior concussion on <<v>>, symptoms resolved within two weeks.\n", "date", ""),
        ("PPD placed ___, read <<v>>: 0 mm induration.\n", "date", ""),
        ("Form received <<v>>.\n", "date", ""),
        ("Date of birth ..... <<v>>\n", "dob_any", ""),
        ("Grandfather died <<v>> (sudden, age unknown); cardiology screen advised.\n", "death", ""),
    ],
    "AGE_OVER_89": [
        ("| Emergency contact 2 | grandfather | age <<v>> |\n", "age", ""),
        ("Social: visits great-grandmother (<<v>>) in a nursing home on weekends.\n", "age", ""),
        ("Reports grandmother turned <<v>> last month; large family gathering before the admission.\n", "age", ""),
        ("Caregiver: grandmother, <<v>> yrs\n", "age", "k"),
        ("Emergency contact: grandmother, age <<v>>, lives with the family.\n", "age", ""),
        ("FHx: paternal great-grandfather lived to <<v>>; no sudden cardiac death in family.\n", "age", ""),
        ("Legal guardian is maternal grandfather (<<v>> y/o).\n", "age", "k"),
        ("Patient is a <<v>>-year-old emeritus faculty member auditing courses, seen at Student Health by "
         "arrangement.\n",
         "age", "c"),
        ("Lives with great-aunt, aged <<v>>, who is hard of hearing.\n", "age", "k"),
        ("Grandparent caregiver age: <<v>>\n", "age", "k"),
    ],
    "DEVICE_ID": [
        ("Hearing aid serial no. <<v>> (left ear).\n", "device", ""),
        ("| Device | [[Dexcom G7]] receiver | SN <<v>> |\n", "device", ""),
        ("Knee scooter asset tag <<v>> (student health loaner).\n", "asset", "c"),
        ("AED cabinet ___, device serial\n<<v>>, checked monthly.\n", "device", "k"),
        ("Vagus nerve stimulator generator SN <<v>>\n", "device", ""),
        ("Insulin pump ([[Tandem t:slim X2]]) serial <<v>>.\n", "device", "k"),
        ("CGM [[Dexcom G7]], transmitter SN <<v>>\n", "device", ""),
        ("AED applied on the field (unit serial <<v>>); no shock advised.\n", "device", ""),
        ("Cochlear implant processor S/N <<v>>; FM system requested.\n", "device", "c"),
        ("Portable unit asset tag <<v>>.\n", "asset", ""),
        ("UDI (01)<gtin>(17)270331(10)<lot>(21)<<v>>\n", "udi", ""),
        ("[[Omnipod 5]] controller serial no. <<v>>\n", "device", "k"),
    ],
    "VEHICLE_ID": [
        ("| Vehicle | ___ | Plate <<v>> | towed |\n", "plate", "c"),
        ("Campus safety log: veh. reg. <<v>> (blue hatchback) seen leaving lot ___ at 01:40.\n", "plate", "c"),
        ("Student reports her car was broken into (tag# <<v>>); anxiety since.\n", "plate", "c"),
        ("EMS: patient self-extricated; car VIN\n<<v>> per the tow slip.\n", "vin", ""),
        ("Parent's vehicle plate <<v>> authorized for curbside pick-up.\n", "plate", "k"),
        ("Vehicle registration <<v>> entered in the visitor log.\n", "plate", "k"),
        ("Student's vehicle (plate <<v>>) located in lot ___ by campus police.\n", "plate", "c"),
        ("Driven to the ED by roommate, NY tag <<v>>.\n", "plate", "c"),
        ("MVC: team van VIN <<v>> rear-ended at low speed.\n", "vin", ""),
        ("Vehicle: ___ sedan, license plate <<v>>\n", "plate", ""),
        ("Parking services flagged car <<v>> in the fire lane outside the hall.\n", "plate", "c"),
    ],
    "PERSON": [
        ("Referred by: <<v>>, ATC\n", "person", ""),
        ("RA <<v>> accompanied the student.\n", "person", "c"),
        ("Mother, <<v>>, present for the discussion.\n", "person", ""),
        ("Dictated by: <<v>>, NP\n", "person", ""),
        ("Coach <<v>> notified of restrictions.\n", "person", ""),
        ("Electronically signed by Dr. <<v>> on ___.\n", "person", ""),
        ("Pt states her roommate, <<v>>, found her.\n", "person", "c"),
        ("Parent/guardian .......... <<v>>\n", "person", "k"),
    ],
    "LOCATION": [
        ("Home town: <<v>>, ___\n", "town", ""),
        ("Student is from <<v>>, <state>; family four hours away.\n", "town", "c"),
        ("Study-abroad site: <<v>>, <country>.\n", "abroad", "c"),
        ("Lives in <<v>> (off campus) with two roommates.\n", "town", "c"),
        ("Transferred from urgent care in <<v>>.\n", "town", ""),
        ("Camp is located outside <<v>>; nearest ED is 25 minutes away.\n", "town", "k"),
        ("Resident of <<v>>.\n", "county", ""),
    ],
    "ORGANIZATION": [
        ("Referred from <<v>> Student Health Services.\n", "univ", "c"),
        ("Attends <<v>> (junior).\n", "univ", "c"),
        ("Transferred to <<v>> ED by ambulance.\n", "hospital", ""),
        ("Pharmacy: <<v>>, ___\n", "pharmacy", ""),
        ("Works part-time at <<v>>.\n", "employer", "c"),
        ("Orthopedic follow-up at <<v>>.\n", "practice", ""),
        ("Camp: <<v>>, session 2\n", "camp", "k"),
        ("Report copy to <<v>>.\n", "practice", ""),
        ("School: <<v>>   Grade: ___\n", "school", "k"),
        ("Case also reported to <<v>>.\n", "agency", ""),
    ],
}

# Radiology-flavoured fragments (used for most leftover plants in radiology reports).
_RAD_FRAGS: dict[str, list[tuple[str, str]]] = {
    "PHONE": [("Preliminary result phoned to the ordering clinic at <<v>>.\n", "phone"),
              ("Reading room callback: <<v>>\n", "phone"),
              ("Patient asked that the report be discussed with a parent,\nreachable at <<v>>.\n", "phone")],
    "FAX": [("Final report faxed to <<v>> (student health).\n", "fax"),
            ("Outside films requested by fax from <<v>>.\n", "fax"),
            ("Copy to orthopedics, toll-free fax <<v>>.\n", "fax_tf")],
    "PAGER": [("Critical result paged to <<v>>; read-back confirmed.\n", "pager"),
              ("Radiology resident on call, pager <<v>>\n", "pager")],
    "EMAIL": [("Key images shared by secure e-mail to <<v>> at the team physician's request.\n", "email"),
              ("Patient requested the report by email: <<v>>\n", "email")],
    "URL": [("Outside images accessed via image-sharing link <<v>>\n", "url"),
            ("Video of the mechanism reviewed: <<v>>\n", "url_social"),
            ("Viewer link for the athletic trainer: <<v>>\n", "url")],
    "IP_ADDRESS": [("Images retrieved from outside PACS node <<v>>.\n", "ip"),
                   ("Modality worklist host <<v>> (AE title ___).\n", "ip")],
    "SSN": [("Outside film jacket labeled with SSN <<v>>; identity confirmed with two identifiers.\n", "ssn")],
    "MRN": [("MRN: <<v>>\n", "mrn"), ("Outside MRN <<v>> on the imported CD.\n", "mrn")],
    "ACCOUNT": [("Accession: <<v>>\n", "accession"), ("Order number <<v>>\n", "order"),
                ("Study ID <<v>>\n", "accession"), ("Billing encounter <<v>>\n", "encounter")],
    "HEALTH_PLAN": [("Prior authorization obtained; member ID <<v>>.\n", "plan"),
                    ("Student plan subscriber no. <<v>> (MRI precertification).\n", "plan")],
    "LICENSE": [("Interpreting radiologist NPI <<v>>\n", "npi"), ("Radiologist NYS license <<v>>\n", "medlic")],
    "ZIP": [("Patient home ZIP <<v>> (outside imaging routing).\n", "zip")],
    "STREET_ADDRESS": [("Patient address on requisition: <<v>>\n", "street")],
    "DATE_REAL_YEAR": [("Prior study dated <<v>> reviewed.\n", "date"), ("DOB: <<v>>\n", "dob_student"),
                       ("Date of injury <<v>> per requisition.\n", "date")],
    "AGE_OVER_89": [("Requisition lists age <<v>>; patient is an emeritus faculty member seen through the campus "
                     "health service.\n", "age"),
                    ("Addendum to indication: <<v>> y/o retired professor, fall on campus ice.\n", "age")],
    "DEVICE_ID": [("Portable unit asset tag <<v>>.\n", "asset"),
                  ("Detector serial <<v>> recalibrated before the exam.\n", "device")],
    "VEHICLE_ID": [("Trauma history per EMS: driver of car with plate <<v>>.\n", "plate"),
                   ("Indication per ED: restrained passenger, vehicle tag <<v>>, airbag deployment.\n", "plate"),
                   ("MVC per EMS sheet, vehicle VIN <<v>>.\n", "vin")],
    "PERSON": [("Technologist: <<v>>\n", "person"), ("Read with <<v>>, MD (fellow).\n", "person"),
               ("Dictated by: <<v>>, MD\n", "person")],
    "LOCATION": [("Outside films from urgent care in <<v>>.\n", "town"),
                 ("Patient returning home to <<v>>; report to be sent to the local PCP.\n", "town")],
    "ORGANIZATION": [("Outside images from <<v>> imported for comparison.\n", "hospital"),
                     ("Ordering clinic: <<v>> Student Health Services\n", "univ"),
                     ("cc: <<v>>\n", "practice")],
}


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------

def _vitals(r: random.Random) -> str:
    return (f"T {r.choice(('97.8', '98.1', '98.6', '99.1', '100.4', '101.2'))}  HR {r.randint(54, 112)}  "
            f"BP {r.randint(98, 136)}/{r.randint(56, 86)}  RR {r.randint(12, 20)}  SpO2 {r.randint(95, 100)}% RA  "
            f"Wt {r.randint(44, 98)} kg")


def _mimic_head(d: _Doc, r: random.Random, service: str) -> None:
    d.hook("PERSON", "Name:  <<v>>", "Name:  ___", "person", 0.5)
    d.add(" " * r.randint(6, 18))
    d.hook("MRN", "Unit No:   <<v>>\n\n", "Unit No:   ___\n\n", "mrn", 0.6)
    d.hook("DATE_REAL_YEAR", "Admission Date:  <<v>>", "Admission Date:  ___", "date", 0.4)
    d.add("              Discharge Date:   ___\n\n")
    d.hook("DATE_REAL_YEAR", "Date of Birth:  <<v>>", "Date of Birth:  ___", "dob_student", 0.5)
    d.add(f"             Sex:   {r.choice('FM')}\n\nService: {service}\n\n")


def _form_sig(d: _Doc, r: random.Random, role: str = "MD") -> None:
    lab = r.choice(("Examiner", "Health care provider", "Signed", "Clinician", "Completed by"))
    d.hook("PERSON", f"{lab}: <<v>>, {role}\n", f"{lab}: ___, {role}\n", "person", 0.6)
    if r.random() < 0.5:
        d.hook("LICENSE", "License #: <<v>>", "License #: ___", "medlic", 0.6)
        d.add("    ")
        d.hook("LICENSE", "NPI: <<v>>\n", "NPI: ___\n", "npi", 0.6)
    else:
        d.hook("LICENSE", "NPI <<v>> | NYS Lic ", "NPI ___ | NYS Lic ", "npi", 0.6)
        d.hook("LICENSE", "<<v>>\n", "___\n", "medlic", 0.6)
    d.hook("PHONE", "Office phone: <<v>>", "Office phone: ___", "phone", 0.5)
    d.add("   ")
    d.hook("FAX", "Fax: <<v>>\n", "Fax: ___\n", "fax", 0.6)
    d.add("Signature: _________________   Date: ___\n")


def _student_line(d: _Doc, r: random.Random, gen_dob: str = "dob_student") -> None:
    d.hook("PERSON", "Student name: <<v>>", "Student name: ___", "person", 0.6)
    d.add("     Student ID: ___\n")
    d.hook("DATE_REAL_YEAR", "DOB: <<v>>", "DOB: ___", gen_dob, 0.6)
    year = f"Grade: {r.randint(1, 12)}" if gen_dob == "dob_child" else "Class year: <year>"
    d.add(f"     Sex: {r.choice(('F', 'M', 'F', 'M', 'X'))}     {year}\n")


# --------------------------------------------------------------------------------------------------
# Discharge-type builders
# --------------------------------------------------------------------------------------------------

_CLINIC = (
    dict(type="post-hospital follow-up", cc="Follow-up after admission for infectious mononucleosis with dehydration.",
         hpi="Admitted to ___ for two nights with fever, severe odynophagia and poor oral intake. [[Monospot]] "
             "positive, "
             "[[Epstein-Barr]] VCA IgM positive, ALT 212. Received IV fluids and one dose of dexamethasone. Since "
             "discharge tolerating soft foods; fatigue persists, sleeping 11 hours a night. Plays club rugby and asks "
             "when he can return.",
         exam="Posterior cervical adenopathy, tonsils 2+ without exudate. Spleen tip not palpable. No jaundice.",
         assess="Infectious mononucleosis, improving. Splenic rupture risk persists in the first weeks.",
         plan="No contact sport, weightlifting or rugby for at least 21 days from symptom onset; limited ultrasound of "
              "the spleen before clearance if still symptomatic. Avoid [[Tylenol]] above 2 g/day while LFTs are "
              "elevated. Class excuse note given for ___ days."),
    dict(type="acute visit", cc="Wheezing and chest tightness, 3 days after discharge for asthma exacerbation.",
         hpi="Admitted overnight last week after a viral URI triggered an exacerbation (peak flow 52% of personal "
             "best). "
             "Discharged on [[ProAir HFA]] and a 5-day prednisone burst; ran out of [[Symbicort]] 160/4.5 two months "
             "ago. Lives in a residence hall with a roommate who vapes. Asthma Control Test score 14.",
         exam="Scattered expiratory wheeze, no retractions, speaks full sentences. Peak flow 78% of personal best.",
         assess="Asthma, not well controlled, post-exacerbation.",
         plan="Restart [[Symbicort]] 2 puffs BID with spacer, rescue inhaler teaching reviewed. Housing request for a "
              "smoke-free room forwarded to [[Residence Life]]. Return to clinic in 2 weeks or sooner."),
    dict(type="post-hospital follow-up", cc="Follow-up after admission for pyelonephritis.",
         hpi="Two-day admission to ___ with fever to 102.9 and flank pain; treated with [[ceftriaxone]] and discharged "
             "on oral cephalexin to complete 10 days. Urine culture pan-sensitive E. coli. On [[Sprintec]] for "
             "contraception, missed no pills. Still mild CVA tenderness but afebrile.",
         exam="Afebrile. Mild left CVA tenderness. Abdomen soft.",
         assess="Acute pyelonephritis, resolving on oral therapy.",
         plan="Complete antibiotics, hydration, test-of-cure urinalysis not needed if asymptomatic. Reviewed STI "
              "screening options; GC/CT NAAT sent per patient preference."),
    dict(type="new diagnosis follow-up", cc="New type 1 diabetes, seen 4 days after DKA admission.",
         hpi="First-year student admitted to the PICU/step-down for diabetic ketoacidosis (pH 7.12, bicarbonate 8). "
             "Started on [[Lantus]] 18 units nightly and [[Humalog]] with a carb ratio of 1:12. [[Dexcom G7]] placed "
             "before discharge. Two lows to 62 overnight in the residence hall; roommate knows how to use [[Baqsimi]].",
         exam="Well appearing. Sensor site clean. Weight down 3 kg from preseason.",
         assess="Type 1 diabetes mellitus, new onset, on basal-bolus insulin.",
         plan="Reduce [[Lantus]] to 16 units. Endocrinology follow-up confirmed. Dining services meeting for carb "
              "counts; accommodation paperwork to the [[Office of Accessibility Resources]]."),
    dict(type="post-operative check", cc="Wound check 9 days after laparoscopic appendectomy.",
         hpi="Presented to the ED with RLQ pain, [[Alvarado score]] 8, CT with non-perforated appendicitis; "
             "laparoscopic appendectomy, home on post-op day 1. Pain controlled with ibuprofen; used two tablets of "
             "[[Norco]] only. Wants to return to intramural volleyball.",
         exam="Three port sites healing, no erythema or drainage. Abdomen soft, nontender.",
         assess="Status post uncomplicated laparoscopic appendectomy.",
         plan="No lifting over 10 lb and no sport for 2 more weeks. Excused from PE-credit swim class. Return if "
              "fever."),
)


def _b_clinic(d: _Doc, r: random.Random) -> None:
    sc = r.choice(_CLINIC)
    d.add(r.choice(("STUDENT HEALTH SERVICES - CLINIC VISIT\n", "Student Health Center Progress Note\n",
                    "[[Student Health Services]] | Primary Care Visit\n")))
    d.hook("ORGANIZATION", "<<v>>\n", "___\n", "univ", 0.5)
    d.add("\n")
    _student_line(d, r)
    d.hook("MRN", "Chart no.: <<v>>", "Chart no.: ___", "mrn", 0.5)
    d.add(f"     Visit date: <shift>     Visit type: {sc['type']}\n")
    d.add("Provider: ___, NP     Interpreter: not needed\n\n")
    d.add(f"CHIEF COMPLAINT: {sc['cc']}\n\n")
    d.add(f"HPI: <ageu> student. {sc['hpi']}\n\n")
    d.slot()
    d.add("Hospital records: discharge summary received from ")
    d.hook("ORGANIZATION", "<<v>>", "___", "hospital", 0.6)
    d.add(" and reviewed in full.\n")
    d.add("Insurance: <insurer>, ")
    d.hook("HEALTH_PLAN", "ID# <<v>>\n", "ID# ___\n", "plan", 0.6)
    d.add("Meds: see reconciled list. Allergies: " + r.choice(("NKDA", "penicillin (hives)", "sulfa", "peanuts",
                                                                  "latex")) + "\n")
    d.add("Social: full-time student, lives ")
    d.hook("STREET_ADDRESS", "off campus at <<v>>", "in a residence hall (___ Hall)", "street", 0.5)
    d.add(". Alcohol: " + r.choice(("weekends, AUDIT-C 3", "denies", "1-2 drinks/week")) + ". Vaping: "
          + r.choice(("denies", "daily nicotine vape", "quit in <year>")) + ".\n\n")
    d.add(f"EXAM: {_vitals(r)}\n{sc['exam']}\n\n")
    d.add(f"ASSESSMENT: {sc['assess']}\n\nPLAN: {sc['plan']}\n")
    d.add("Follow-up scheduled for <shift>. Patient verbalized understanding.\n")
    d.slot()
    d.add("Portal message sent; after-hours nurse line and [[988 Suicide & Crisis Lifeline]] printed on AVS.\n")
    d.hook("PHONE", "Best contact number: <<v>>\n", "Best contact number: ___\n", "phone", 0.5)
    d.hook("PERSON", "\n___ (signed) - <<v>>, FNP-BC\n", "\n___ (signed) - ___, FNP-BC\n", "person", 0.5)
    d.slot(last=True)


_CAPS = (
    dict(reason="passive suicidal ideation after a relationship ending and failing two midterms",
         hosp="Admitted to the inpatient psychiatric unit for 5 days on a voluntary basis; started [[Zoloft]] 50 mg.",
         scores="PHQ-9 19 at intake, 12 at discharge; GAD-7 14. [[Columbia Suicide Severity Rating Scale]] "
                "screen: ideation without plan or intent since discharge."),
    dict(reason="alcohol poisoning at an off-campus party (BAC 0.31 on arrival)",
         hosp="Observed overnight in the ICU for airway protection; no aspiration. AUDIT-C 9.",
         scores="Brief motivational interview completed; [[BASICS]] program referral. PHQ-9 6, GAD-7 5."),
    dict(reason="restrictive eating with bradycardia (HR 38) found at a team physical",
         hosp="Admitted 9 days for medical stabilization and refeeding; BMI 16.4 at admission.",
         scores="[[EDE-Q]] global 4.1. Cleared for class attendance, not for team training."),
    dict(reason="panic attacks and 3 weeks of insomnia culminating in an ED visit with chest pain",
         hosp="Observation stay; troponin negative, ECG normal sinus rhythm. Discharged on [[hydroxyzine]] PRN.",
         scores="GAD-7 17, PHQ-9 11. No SI on [[Columbia Suicide Severity Rating Scale]]."),
)


def _b_caps(d: _Doc, r: random.Random) -> None:
    sc = r.choice(_CAPS)
    d.add(r.choice(("[[Counseling and Psychological Services]] - REFERRAL / CARE COORDINATION\n",
                    "CAPS POST-DISCHARGE CARE COORDINATION NOTE\n", "Campus Counseling Referral\n")))
    d.add("CONFIDENTIAL - mental health record, not part of the educational record\n\n")
    _student_line(d, r)
    d.add("Referral source: ")
    d.hook("ORGANIZATION", "<<v>> inpatient social work", "hospital social work (___)", "hospital", 0.6)
    d.add("\nDate of referral: <shift>\n\n")
    d.add(f"Reason for referral: <ageu> student hospitalized for {sc['reason']}.\n{sc['hosp']}\n{sc['scores']}\n\n")
    d.slot()
    d.add("Hospital contact for records: ")
    d.hook("PERSON", "<<v>>, LCSW", "___, LCSW", "person", 0.6)
    d.add(", ")
    d.hook("PHONE", "ph <<v>>", "ph ___", "phone", 0.5)
    d.add(", ")
    d.hook("FAX", "fax <<v>>\n", "fax ___\n", "fax", 0.6)
    d.add("Release of information signed for: hospital, parent (limited), [[Dean of Students Office]] (academic "
          "notification only).\n\n")
    d.add("Plan:\n 1. Intake with CAPS clinician within 72 h of discharge (<shift>).\n"
          " 2. Psychiatry medication management through [[Student Health Services]].\n"
          " 3. Safety plan reviewed: means restriction, reasons for living, [[988 Suicide & Crisis Lifeline]], "
          "Crisis Text Line (text HOME to 741741), Trevor Project [[1-866-488-7386]].\n"
          " 4. Academic: reduced course load petition; incomplete grades requested.\n")
    d.hook("PAGER", " 5. After-hours: on-call counselor via pager <<v>>.\n", " 5. After-hours: on-call counselor via "
           "the campus operator.\n", "pager", 0.6)
    d.slot()
    d.add("\nRisk formulation: chronic risk low-moderate, acute risk low at this time; protective factors include "
          "engaged family, future orientation and a connection to the team.\n")
    d.hook("EMAIL", "Student preferred contact: <<v>>\n", "Student preferred contact: university e-mail on file\n",
           "email", 0.6)
    d.hook("PERSON", "\nCounselor: <<v>>, LMHC\n", "\nCounselor: ___, LMHC\n", "person", 0.5)
    d.slot(last=True)


_SPORTS = ("soccer", "lacrosse", "swimming and diving", "wrestling", "basketball", "rowing", "cross-country",
           "ice hockey", "field hockey", "volleyball", "football", "track and field")


def _b_ppe(d: _Doc, r: random.Random) -> None:
    sport = r.choice(_SPORTS)
    d.add(r.choice(("PREPARTICIPATION PHYSICAL EVALUATION (PPE)\n", "Athletic Pre-Participation Examination Form\n",
                    "PPE - HISTORY AND PHYSICAL / CLEARANCE\n")))
    d.add("Based on the Preparticipation Physical Evaluation monograph, 5th ed.\n")
    d.hook("ORGANIZATION", "School: <<v>>", "School: ___", r.choice(("univ", "school")), 0.6)
    d.add(f"     Sport(s): {sport}     Level: {r.choice(('varsity', 'JV', 'club', 'Division III'))}\n")
    _student_line(d, r)
    d.add("\nHISTORY (parent/athlete completed)\n")
    d.add("| # | Question                                                     | Y | N |\n")
    qs = ("Has a doctor ever restricted your sports participation?", "Have you ever passed out during exercise?",
          "Chest pain or pressure during exercise?", "Has anyone in your family died suddenly before age 35?",
          "Have you had a concussion or head injury?", "Have you had a bone, muscle or joint injury?",
          "Do you have asthma or use an inhaler?", "Have you been hospitalized in the past year?")
    yes = r.sample(range(len(qs)), k=2)
    for k, q in enumerate(qs, 1):
        d.add(f"| {k} | {q:<60} | {'X' if k - 1 in yes else ' '} | {' ' if k - 1 in yes else 'X'} |\n")
    d.add("Explain yes answers: hospitalized at ")
    d.hook("ORGANIZATION", "<<v>>", "___", "hospital", 0.5)
    d.add(" " + r.choice(("for appendectomy", "overnight after a concussion", "for an asthma exacerbation",
                          "for a forearm fracture ORIF")) + "; family history reviewed below.\n")
    d.slot()
    d.add("\nPHYSICAL EXAMINATION\n")
    d.add(f"Height {r.randint(152, 196)} cm   {_vitals(r)}\n")
    d.add("Vision R 20/20 L 20/25 corrected. Marfan stigmata: absent (arm span/height ratio 1.02, no "
          "pectus, [[Beighton score]] 2/9).\n")
    d.add("Cardiac: RRR, no murmur supine, standing or with [[Valsalva]]. Femoral pulses 2+.\n")
    d.add("MSK: full ROM, duck walk normal, single-leg hop normal. Skin: no [[molluscum]] or herpes gladiatorum.\n")
    d.add("ECG (screening, interpreted with the [[Seattle criteria]]): sinus bradycardia 52, early repolarization, "
          "no [[Wolff-Parkinson-White]] pattern, QTc 412 ms, no [[Brugada]] pattern.\n\n")
    d.add("Family history: ")
    d.hook("AGE_OVER_89", "grandmother alive at <<v>>; ", "no early cardiac death; ", "age", 0.6)
    d.add("father with hypertension.\n")
    d.add("\nCLEARANCE:  [" + r.choice(("X] Cleared for all sports without restriction",
                                         "X] Cleared after completing evaluation/rehab for: ankle instability",
                                         "X] Cleared with recommendations: asthma action plan on file")) + "\n")
    d.add("[ ] Not cleared pending further evaluation\n\n")
    d.hook("PAGER", "Team physician pager <<v>>   ", "Team physician: ___   ", "pager", 0.5)
    d.hook("PHONE", "Athletic training room <<v>>\n", "Athletic training room ___\n", "phone", 0.5)
    d.slot()
    _form_sig(d, r, r.choice(("MD", "DO", "PA-C", "NP")))
    d.slot(last=True)


_MECHANISMS = (("football", "helmet-to-helmet collision in practice"),
               ("ice hockey", "head struck the ice after a check"),
               ("soccer", "heading duel, clash of heads"), ("gymnastics", "fall from the uneven bars"),
               ("lacrosse", "struck on the side of the helmet by a shot"), ("rugby", "tackled, head hit the ground"),
               ("basketball", "elbow to the temple going for a rebound"))


def _b_concussion(d: _Doc, r: random.Random) -> None:
    sport, mech = r.choice(_MECHANISMS)
    d.add(r.choice(("CONCUSSION MANAGEMENT - RETURN TO LEARN / RETURN TO PLAY\n",
                    "Sports Medicine: Graduated Return-to-Play Clearance\n",
                    "CONCUSSION FOLLOW-UP AND RTP CLEARANCE\n")))
    _student_line(d, r)
    d.add(f"Sport: {sport}     ")
    d.hook("DATE_REAL_YEAR", "Date of injury: <<v>>\n", "Date of injury: <shift>\n", "date", 0.6)
    d.add(f"\nMechanism: {mech}; brief "
          "disorientation, no LOC, GCS 15 on the sideline. Transported to ")
    d.hook("ORGANIZATION", "<<v>>", "___", "hospital", 0.6)
    d.add(" where CT head was negative; admitted overnight for persistent vomiting.\n\n")
    d.add("Baseline / current testing:\n")
    d.add(f"  [[SCAT6]] symptom number {r.randint(0, 4)}/22 (baseline 1), severity {r.randint(0, 9)}/132\n")
    d.add(f"  [[ImPACT]] v<ver>: verbal memory {r.randint(78, 96)}, visual memory {r.randint(68, 92)}, reaction "
          f"time 0.{r.randint(55, 68)} s - at baseline\n")
    d.add(f"  [[BESS]] errors {r.randint(4, 12)} (baseline 8); "
          f"[[King-Devick]] {r.randint(38, 52)}.{r.randint(0, 9)} s\n")
    d.add("  [[VOMS]]: no provocation of symptoms\n")
    d.hook("IP_ADDRESS", "  (online test session from workstation <<v>>)\n", "", "ip", 0.5)
    d.add("\n")
    d.slot()
    d.add("Stage | Activity                               | Completed\n")
    for k, act in enumerate(("Symptom-limited activity", "Light aerobic exercise (stationary bike)",
                             "Sport-specific exercise", "Non-contact training drills", "Full-contact practice",
                             "Return to sport"), 1):
        d.add(f"  {k}   | {act:<38} | <shift>\n")
    d.add("\nReturn to learn: full class attendance resumed; extended time through the end of term via [[Office of "
          "Accessibility Resources]].\n")
    d.hook("PERSON", "Supervising athletic trainer: <<v>>, ATC\n", "Supervising athletic trainer: ___, ATC\n",
           "person", 0.6)
    d.hook("DATE_REAL_YEAR", "Previous concussion: <<v>>\n", "Previous concussions: none reported\n", "date", 0.5)
    d.slot()
    d.add("\nDECISION: Cleared for unrestricted return to play. Athlete and coach instructed that any recurrence of "
          "symptoms means stopping activity and re-evaluation.\n")
    d.hook("EMAIL", "Clearance e-mailed to the coaching staff (<<v>>).\n", "Clearance sent to the coaching staff.\n",
           "email", 0.5)
    _form_sig(d, r, r.choice(("MD", "DO", "MD, CAQSM")))
    d.slot(last=True)


_VACCINES = (
    ("MMR", "[[M-M-R II]]"), ("Meningococcal ACWY", "[[MenQuadfi]]"), ("Meningococcal ACWY", "[[Menveo]]"),
    ("Meningococcal B", "[[Bexsero]]"), ("Meningococcal B", "[[Trumenba]]"), ("Tdap", "[[Boostrix]]"),
    ("Tdap", "[[Adacel]]"), ("Hepatitis B", "[[Engerix-B]]"), ("Hepatitis B", "[[Heplisav-B]]"),
    ("Varicella", "[[Varivax]]"), ("HPV", "[[Gardasil 9]]"), ("COVID-19", "[[Comirnaty]]"),
    ("COVID-19", "[[Spikevax]]"), ("Influenza", "[[Fluzone]]"), ("Influenza", "[[Flublok]]"),
)


def _b_immun(d: _Doc, r: random.Random) -> None:
    d.add(r.choice(("IMMUNIZATION COMPLIANCE - NEW STUDENT\n", "Certificate of Immunization / Compliance Review\n",
                    "Student Health: Pre-Entrance Immunization Record\n")))
    d.hook("ORGANIZATION", "<<v>>\n", "___\n", "univ", 0.5)
    d.add("Required by [[New York]] Public Health Law sections 2165 and 2167 (MMR; meningococcal response).\n\n")
    _student_line(d, r)
    d.hook("MRN", "Student Health record #: <<v>>\n", "Student Health record #: ___\n", "mrn", 0.5)
    d.add("\nVaccine              | Product        | Dose date   | Lot       | Site\n")
    chosen = r.sample(_VACCINES, k=r.randint(5, 7))
    planted_dose = False
    for name, prod in chosen:
        d.add(f"{name:<20} | {prod}{' ' * max(1, 15 - len(prod.strip('[]')))}| ")
        if not planted_dose and d.take("DATE_REAL_YEAR", 0.5):
            planted_dose = True
            d.plant("<<v>>", "DATE_REAL_YEAR", "date")
        else:
            d.add(r.choice(("<shift>", "___")))
        d.add(f" | <lot> | {r.choice(('L deltoid', 'R deltoid', 'L thigh'))}\n")
    d.add("Vial lot <lot>, EXP <exp> (clinic stock).\n\n")
    d.add("Titers: measles IgG positive, mumps IgG equivocal (booster given), rubella IgG positive, varicella IgG "
          "positive, HBsAb 42 mIU/mL.\n")
    d.add("TB screening: risk questionnaire positive (birth in <country>); [[QuantiFERON-TB Gold Plus]] ")
    d.hook("ACCOUNT", "(specimen <<v>>) ", "", "specimen", 0.5)
    d.add(r.choice(("negative.", "POSITIVE - chest film ordered, see radiology.", "indeterminate; [[Tubersol]] TST "
                                                                                   "placed, read 4 mm.")) + "\n\n")
    d.slot()
    d.add("Source of records: ")
    d.hook("ORGANIZATION", "<<v>> (PCP)", "PCP office (___)", "practice", 0.6)
    d.add("; ")
    d.hook("FAX", "records faxed from <<v>>", "records uploaded by student", "fax", 0.5)
    d.add(".\nState registry query (NYSIIS): additional doses reconciled.\n")
    d.add("Compliance status: " + r.choice(("COMPLIANT", "NON-COMPLIANT - registration hold",
                                            "PROVISIONAL (30-day grace)")) + "\n")
    d.add("Medical exemption: none on file. Religious exemptions are not accepted.\n")
    d.slot()
    d.hook("EMAIL", "Notice of hold sent to <<v>> on <shift>.\n", "Notice sent through the patient portal.\n",
           "email", 0.5)
    d.add("VIS given; adverse events reportable to VAERS ([[vaers.hhs.gov]]). "
          "Vaccine questions: [[www.cdc.gov/vaccines]]\n")
    d.hook("PERSON", "Reviewed by: <<v>>, RN\n", "Reviewed by: ___, RN\n", "person", 0.6)
    d.slot(last=True)


_INCIDENTS = (
    dict(title="Anaphylaxis - lunchroom", body="Student ate a cookie brought by a classmate; within 5 minutes "
         "developed lip swelling, hives and wheeze. [[EpiPen Jr]] 0.15 mg given to the L thigh at ___ by the nurse "
         "(auto-injector lot <lot>, exp <exp>). 911 called. Second dose not needed. Transported by EMS.",
         outcome="Admitted overnight for observation of biphasic reaction; discharged with two auto-injectors."),
    dict(title="Head injury - playground", body="Fell backwards from the top of the climbing structure (about 6 "
         "feet) and struck the occiput on wood chips. Cried immediately, then vomited twice, sleepy. Pupils equal. "
         "[[Glasgow Coma Scale]] 14 (E3V5M6). Cervical precautions maintained until EMS arrival.",
         outcome="CT head at the hospital showed a small nondisplaced occipital fracture; admitted 24 h."),
    dict(title="Seizure - classroom", body="Generalized tonic-clonic seizure lasting 6 minutes in math class. "
         "Rescue medication per authorization: [[Valtoco]] 10 mg intranasal at minute 5. Recovery position, oxygen "
         "via NRB. Known epilepsy on [[Keppra]].",
         outcome="Admitted for medication adjustment; back to school with an updated seizure action plan."),
    dict(title="Hypoglycemia - PE class", body="Student with type 1 diabetes felt shaky during the mile run. CGM "
         "read 48 mg/dL with arrow down. 15 g glucose tabs, recheck 56, repeated, then 84. Became confused "
         "and diaphoretic 20 minutes later; [[Baqsimi]] 3 mg given, parent and EMS called.",
         outcome="Observed in the ED and admitted overnight for pump site failure and ketones."),
    dict(title="Asthma exacerbation - recess", body="Severe shortness of breath after running at recess, tripod "
         "position, SpO2 89%. Albuterol 4 puffs by spacer x2 without relief. 911 called.",
         outcome="Admitted to the pediatric floor on continuous albuterol for 18 hours."),
)


def _b_nurse(d: _Doc, r: random.Random) -> None:
    sc = r.choice(_INCIDENTS)
    d.add(r.choice(("SCHOOL HEALTH OFFICE - STUDENT INCIDENT REPORT\n", "Nurse's Office Incident / Accident Report\n",
                    "INCIDENT REPORT (school health)\n")))
    d.hook("ORGANIZATION", "<<v>>\n", "___ School\n", "school", 0.6)
    d.hook("ACCOUNT", "Incident #: <<v>>", "Incident #: ___", "incident", 0.6)
    d.add(f"     Date: <shift>     Time: {r.randint(8, 14)}:{r.randint(0, 59):02d}\n")
    d.hook("PERSON", "Student: <<v>>", "Student: ___", "person", 0.6)
    grade = r.randint(1, 12)
    d.add(f"     Grade: {grade}     Age: {grade + 5 + r.randint(0, 1)}\n")
    d.hook("DATE_REAL_YEAR", "DOB: <<v>>\n", "DOB: ___\n", "dob_child", 0.5)
    d.add(f"Type: {sc['title']}\n\nDescription:\n{sc['body']}\n\n")
    d.slot()
    d.add("Notifications:\n")
    d.hook("PERSON", "  Parent/guardian: <<v>>", "  Parent/guardian: ___", "person", 0.5)
    d.hook("PHONE", " at <<v>>", " at ___", "phone", 0.6)
    d.add(f" - {r.choice(('reached', 'voicemail left, then reached', 'met the ambulance'))}\n")
    d.add("  Principal: notified.  District [[Director of Health Services]]: notified.\n")
    d.add("  EMS: ")
    d.hook("ORGANIZATION", "<<v>>", "___ ambulance", "agency", 0.5)
    d.hook("VEHICLE_ID", " (unit plate <<v>>)", "", "plate", 0.5)
    d.hook("ACCOUNT", ", run # <<v>>", ", run # ___", "incident", 0.5)
    d.add("\n  Receiving hospital: ")
    d.hook("ORGANIZATION", "<<v>>\n", "___\n", "hospital", 0.6)
    d.add("Poison Control consulted: not applicable (national line [[1-800-222-1222]]).\n\n")
    d.add(f"Outcome/follow-up: {sc['outcome']}\n")
    d.add("Re-entry: nurse reviewed hospital discharge papers; Individualized Healthcare Plan and [[504 plan]] "
          "updated; staff training repeated.\n")
    d.slot()
    d.add("\nWitnesses: ___ (teacher), ___ (aide)\n")
    d.hook("PERSON", "Completed by: <<v>>, RN, school nurse\n", "Completed by: ___, RN, school nurse\n", "person", 0.6)
    d.hook("LICENSE", "RN license no. <<v>>\n", "", "medlic", 0.5)
    d.hook("FAX", "Health office fax <<v>>\n", "Health office fax ___\n", "fax", 0.5)
    d.slot(last=True)


_MEDS = (
    ("[[EpiPen Jr]] 0.15 mg auto-injector", "IM to the lateral thigh for anaphylaxis; may repeat in 5-15 min",
     "Self-carry: YES", "peanut and tree-nut allergy with prior anaphylaxis"),
    ("[[Auvi-Q]] 0.3 mg", "IM for anaphylaxis symptoms after known or suspected peanut exposure", "Self-carry: YES",
     "peanut allergy with anaphylaxis"),
    ("Albuterol HFA ([[ProAir HFA]]) 90 mcg/puff with spacer", "2-4 puffs q4h PRN wheeze, cough, before PE",
     "Self-carry: YES", "moderate persistent asthma"),
    ("[[Focalin XR]] 5 mg IR booster", "1 tab PO at 12:00 noon with lunch", "Self-carry: NO - keep in health office",
     "ADHD, combined type"),
    ("[[Adderall]] 10 mg", "1 tab PO at lunch on school days", "Self-carry: NO (controlled)", "ADHD, inattentive type"),
    ("Insulin lispro ([[Humalog]]) via [[Omnipod 5]]", "per carb ratio 1:15, correction 1 unit per 50 > 150",
     "Self-manage: supervised", "type 1 diabetes"),
    ("Insulin aspart via [[Tandem t:slim X2]] pump", "boluses per pump calculator; treat lows per plan",
     "Self-manage: independent with nurse check", "type 1 diabetes"),
    ("[[Valtoco]] 10 mg nasal spray", "1 spray in one nostril for seizure > 5 min; call 911", "Self-carry: NO",
     "epilepsy (generalized)"),
    ("[[Zyrtec]] 10 mg", "1 tab PO daily PRN hives", "Self-carry: NO", "chronic urticaria"),
)


def _b_medauth(d: _Doc, r: random.Random) -> None:
    med, how, carry, dx = r.choice(_MEDS)
    d.add(r.choice(("MEDICATION AUTHORIZATION FORM - SCHOOL\n", "Request for Administration of Medication in School\n",
                    "PRESCRIBER / PARENT MEDICATION ORDER (school year <year>)\n")))
    d.hook("ORGANIZATION", "<<v>>", "___", "school", 0.6)
    d.add(" - Health Office\n\nSECTION 1 - STUDENT\n")
    _student_line(d, r, "dob_child")
    d.add(f"Diagnosis: {dx}"
          + f" (recent admission: {r.choice(('yes, see discharge summary', 'no'))})\n\n")
    d.add("SECTION 2 - PRESCRIBER ORDER\n")
    d.add(f"Medication/dose: {med}\nRoute/frequency: {how}\n{carry}\n")
    d.add("Pharmacy label: NDC <ndc>, Rx# ___, lot <lot>, exp <exp>\n")
    d.hook("DEVICE_ID", "Pump serial (for loaner tracking): <<v>>\n", "", "device", 0.5)
    d.slot()
    d.add("Dispensing pharmacy: ")
    d.hook("ORGANIZATION", "<<v>>\n", "___\n", "pharmacy", 0.6)
    d.hook("PERSON", "Prescriber: <<v>>, ", "Prescriber: ___, ", "person", 0.5)
    d.add(r.choice(("MD", "DO", "NP", "PA-C")) + "\n")
    d.hook("LICENSE", "NPI <<v>>", "NPI ___", "npi", 0.5)
    d.add("   ")
    d.hook("LICENSE", "DEA <<v>>\n", "DEA ___\n", "dea", 0.5)
    d.add("Practice: ")
    d.hook("ORGANIZATION", "<<v>>", "___", "practice", 0.5)
    d.add("   ")
    d.hook("PHONE", "Tel <<v>>", "Tel ___", "phone", 0.5)
    d.add("   ")
    d.hook("FAX", "Fax <<v>>\n", "Fax ___\n", "fax", 0.5)
    d.add("\nSECTION 3 - PARENT/GUARDIAN CONSENT\nI authorize school personnel to administer the medication above "
          "and release information between the prescriber and the school nurse.\n")
    d.hook("PERSON", "Parent/guardian: <<v>>\n", "Parent/guardian: ___\n", "person", 0.5)
    d.hook("PHONE", "Cell: <<v>>\n", "Cell: ___\n", "phone", 0.5)
    d.hook("STREET_ADDRESS", "Home address: <<v>>, ", "Home address: ___, ", "street", 0.5)
    d.hook("LOCATION", "<<v>>, NY ", "___, NY ", "town", 0.5)
    d.hook("ZIP", "<<v>>\n", "___\n", "zip", 0.5)
    d.slot()
    d.add("\nSECTION 4 - NURSE REVIEW\nOrder verified against discharge medication list; first dose not to be given "
          "at school. Delegation to trained unlicensed staff per district policy.\n")
    d.hook("PERSON", "Reviewed: <<v>>, RN", "Reviewed: ___, RN", "person", 0.5)
    d.add("   Date: <shift>\n")
    d.slot(last=True)


def _b_abroad(d: _Doc, r: random.Random) -> None:
    d.add(r.choice(("STUDY ABROAD MEDICAL CLEARANCE\n", "[[Office of Global Education]] - Health Clearance for "
                                                          "Off-Campus Study\n", "Pre-Departure Medical Review\n")))
    _student_line(d, r)
    d.add("Program: ")
    d.hook("ORGANIZATION", "<<v>>", "___", "provider", 0.6)
    d.add(" semester program, ")
    if d.take("LOCATION", 0.6):
        d.plant("<<v>>, <country>", "LOCATION", "abroad")
    else:
        d.add("___, <country>")
    d.add("\nDeparture: <shift>     Return: <shift>\n\n")
    d.add("Health history: hospitalized this year at ")
    d.hook("ORGANIZATION", "<<v>>", "___", "hospital", 0.5)
    d.add(" for " + r.choice(("a major depressive episode (5-day stay); stable on [[Lexapro]] 10 mg for 4 months",
                              "a Crohn's disease flare; now on [[Humira]] every 2 weeks (cold chain needed)",
                              "an asthma exacerbation; controlled on [[Symbicort]]",
                              "appendicitis (laparoscopic appendectomy), fully recovered")) + ".\n\n")
    d.add("Travel medicine (per [[www.cdc.gov/travel]] destination page):\n")
    d.add("  - [[Typhim Vi]] given today, lot <lot>\n")
    d.add("  - Hepatitis A series complete ([[Havrix]])\n")
    d.add(r.choice(("  - [[Malarone]] 1 tab daily, start 2 days before travel\n",
                    "  - Malaria prophylaxis not indicated for this itinerary\n",
                    "  - [[YF-Vax]]: certificate of vaccination (ICVP) issued\n")))
    d.add("  - Traveler's diarrhea: azithromycin standby course\n")
    d.add("  - Enroll in [[step.state.gov]]; advisories at [[travel.state.gov]]\n\n")
    d.slot()
    d.add("Medication supply: 6-month supply arranged through insurance vacation override; carry prescriptions in "
          "original containers with a letter.\n")
    d.hook("HEALTH_PLAN", "International health insurance ID: <<v>>\n",
           "International health insurance: program policy (ID ___)\n", "plan", 0.6)
    d.hook("SSN", "Insurer enrollment SSN: <<v>>\n", "", "ssn", 0.4)
    d.add("Host arrangements: homestay; host family informed of allergies only, with consent.\n")
    d.hook("PHONE", "Host family tel: <<v>>\n", "Host family tel: ___\n", "phone_intl", 0.6)
    d.hook("PERSON", "On-site program director: <<v>>\n", "On-site program director: ___\n", "person", 0.5)
    d.slot()
    d.add("\nCLEARANCE: " + r.choice(("Medically cleared to participate.", "Cleared with conditions: weekly telehealth "
                                      "with CAPS clinician to continue abroad.", "Cleared; accommodation for housing "
                                      "near the clinic requested.")) + "\n")
    d.add("Emergency assistance: the program's 24/7 assistance line is on the insurance card (toll-free <tf>).\n")
    _form_sig(d, r, r.choice(("MD", "NP", "PA-C")))
    d.slot(last=True)


_WELFARE = (
    dict(trigger="roommate reported the student had not left the room or answered the door for two days",
         found="Student found in bed, awake, tearful, with several empty bottles of [[NyQuil]] and an unknown number "
               "of [[Benadryl]] tablets missing. Stated 'I just wanted to sleep through it.'",
         action="EMS called; transported for medical clearance and psychiatric evaluation; admitted."),
    dict(trigger="RA heard shouting and a loud crash after 2 a.m.; partner left before staff arrived",
         found="Student with a swollen left cheek and a bruise on the forearm, disclosed that the partner pushed "
               "her. Declined police report initially. Reviewed confidential resources, including the [[Title IX "
               "Office]] and a confidential advocate; no-contact directive explained.",
         action="Accepted transport to the ED for facial X-rays and a forensic (SANE) exam; admitted overnight for "
                "an orbital floor fracture."),
    dict(trigger="friends saw a concerning post and could not reach the student by phone",
         found="Student in the shared kitchen, intoxicated, slurred speech, vomited once; friends estimate 10 shots. "
               "Responds to voice.",
         action="Medical amnesty policy applied. EMS transport; admitted for alcohol intoxication with aspiration "
                "concern."),
    dict(trigger="parent called the housing office after a text saying 'goodbye, sorry'",
         found="Student located in a study lounge, calm, denied intent but endorsed a plan over the last week. "
               "Collaborative safety planning not possible.",
         action="Transported for evaluation under Mental Hygiene Law section 9.41 by campus police; admitted "
                "voluntarily after evaluation."),
)


def _b_welfare(d: _Doc, r: random.Random) -> None:
    sc = r.choice(_WELFARE)
    d.add(r.choice(("[[Residence Life]] - WELFARE CHECK / STUDENT OF CONCERN REPORT\n",
                    "CARE Team Report: Welfare Check\n", "Housing and [[Residence Life]] Incident - Wellness Check\n")))
    d.add("Routing: CARE Team, [[Dean of Students Office]]; shared with [[Student Health Services]] with consent.\n\n")
    d.hook("PERSON", "Student: <<v>>", "Student: ___", "person", 0.6)
    d.add("     Student ID: ___     Building/room: ___ Hall ___\n")
    d.add(f"Date/time of report: <shift> {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    d.hook("PERSON", "Reporting staff: <<v>> (RA)\n", "Reporting staff: ___ (RA)\n", "person", 0.5)
    d.add(f"\nReason: {sc['trigger']}.\n")
    d.hook("URL", "Post referenced: <<v>>\n", "", "url_social", 0.6)
    d.slot()
    d.add("Responders: RD on call, ")
    d.hook("ORGANIZATION", "<<v>>", "campus safety officers", "agency", 0.5)
    d.hook("ACCOUNT", " (CAD incident <<v>>)", " (incident ___)", "incident", 0.6)
    d.add(".\n")
    if r.random() < 0.5:
        d.add("Location: off-campus rental, ")
        d.hook("STREET_ADDRESS", "<<v>>", "___", "street", 0.7)
        d.add(", ")
        d.hook("LOCATION", "<<v>>", "___", "town", 0.6)
        d.add("\n")
    d.add(f"\nFindings: {sc['found']}\n\nAction: {sc['action']}\n")
    d.hook("ORGANIZATION", "Receiving facility: <<v>>\n", "Receiving facility: ___\n", "hospital", 0.6)
    d.hook("VEHICLE_ID", "Student's car (plate <<v>>) left in the lot; keys given to RD.\n", "", "plate", 0.6)
    d.slot()
    d.add("\nFollow-up:\n - CARE Team review at next meeting (<shift>).\n - Re-entry meeting required before return "
          "to housing; CAPS intake scheduled.\n - Emergency contact notified per FERPA health/safety exception.\n")
    d.hook("PHONE", "   Emergency contact ___ reached at <<v>>.\n", "", "phone", 0.6)
    d.add(" - Resources given: [[988 Suicide & Crisis Lifeline]], national sexual assault hotline [[800-656-4673]].\n")
    d.hook("PERSON", "\nReport completed by <<v>>, Residence Director\n", "\nReport completed by ___, Residence "
           "Director\n", "person", 0.5)
    d.slot(last=True)


_ACCOM = (
    ("hearing loss with bilateral cochlear implants ([[Cochlear Nucleus 8]] processors)",
     ("real-time captioning (CART) for lectures",
     "FM/Roger system; instructors to wear the transmitter", "front-row seating", "captioned media only")),
    ("status post ACL reconstruction (crutches, hinged brace) after a hospital admission",
     ("elevator access and accessible classroom relocation", "extra passing time between classes",
      "paratransit/campus accessible shuttle", "excused absences for physical therapy")),
    ("post-concussion syndrome", ("extended time 1.5x on exams", "reduced-distraction testing room",
     "rest breaks during exams", "screen-time limits; printed materials", "deadline extensions on a case basis")),
    ("type 1 diabetes", ("permission to eat, drink and use a CGM/phone in class and exams",
     "breaks to treat hypo- or hyperglycemia; exam clock paused", "excused absences for acute illness")),
    ("major depressive disorder, recently hospitalized", ("reduced course load without loss of full-time status",
     "flexible attendance (disability-related absences)", "extended deadlines, negotiated per course")),
    ("ADHD, combined type", ("extended time 1.5x", "reduced-distraction setting", "note-taking support",
     "recorded lectures for personal use")),
)


def _b_accom(d: _Doc, r: random.Random) -> None:
    cond, items = r.choice(_ACCOM)
    d.add(r.choice(("[[Office of Accessibility Resources]] - ACCOMMODATION LETTER\n",
                    "Disability Services: Letter of Approved Academic Accommodations\n",
                    "Verification of Disability and Accommodation Letter\n")))
    d.hook("ORGANIZATION", "<<v>>\n", "___\n", "univ", 0.6)
    d.add("\nDate: <shift>\n\nTo the instructors of ")
    d.hook("PERSON", "<<v>>", "___", "person", 0.6)
    d.add(" (Student ID ___):\n\n")
    d.add("The student named above is registered with our office and has provided documentation of a condition that "
          "substantially limits one or more major life activities under Section 504 of the Rehabilitation Act and the "
          "ADA as amended. The following reasonable accommodations are approved for the current term:\n\n")
    for k, it in enumerate(items, 1):
        d.add(f"  {k}. {it}\n")
    d.add("\nThe specific diagnosis is confidential; please do not ask the student to disclose it.\n\n")
    d.slot()
    d.add("---- Clinician verification (attached, confidential) ----\n")
    d.add(f"Condition: {cond}.\nFunctional limitations reviewed with the student. ")
    d.add(r.choice(("[[PHQ-9]] 16 at last visit. ", "[[SCAT6]] symptom severity 31. ", "Audiogram: profound bilateral "
                    "SNHL. ", "[[Conners 4]] and [[WAIS-IV]] testing reviewed. ", "A1c 7.9%. ")))
    d.add("Expected duration: " + r.choice(("permanent", "one academic year", "one semester, then reassess")) + ".\n")
    d.hook("DEVICE_ID", "Device: processor S/N <<v>> ([[Cochlear Nucleus 8]])\n", "", "device", 0.4)
    d.add("Verifying clinician: ")
    d.hook("PERSON", "<<v>>", "___", "person", 0.5)
    d.add(", " + r.choice(("MD", "PhD, licensed psychologist", "AuD", "DO")) + "\n")
    d.hook("ORGANIZATION", "<<v>>\n", "___\n", r.choice(("practice", "hospital")), 0.5)
    d.hook("LICENSE", "License no. <<v>>\n", "License no. ___\n", "medlic", 0.5)
    d.hook("FAX", "Return fax: <<v>>\n", "", "fax", 0.5)
    d.slot()
    d.add("\nQuestions about implementation: contact the access consultant. Exam proctoring requests must be "
          "submitted 7 days in advance through the testing center portal.\n")
    d.hook("EMAIL", "Access consultant: ___ (<<v>>)\n", "Access consultant: ___\n", "email", 0.6)
    d.hook("IP_ADDRESS", "Letter acknowledged online by instructor (IP <<v>>).\n", "", "ip", 0.5)
    d.slot(last=True)


def _b_camp(d: _Doc, r: random.Random) -> None:
    d.add(r.choice(("CAMP MEDICAL FORM - PHYSICAL EXAMINATION\n", "Summer Camp Health History and Physical\n",
                    "CAMPER HEALTH FORM (to be completed by licensed provider)\n")))
    d.hook("ORGANIZATION", "Camp: <<v>>", "Camp: ___", "camp", 0.6)
    d.add(f"     Session: {r.choice(('1', '2', 'full summer', 'July'))}\n")
    d.hook("PERSON", "Camper: <<v>>", "Camper: ___", "person", 0.6)
    d.add(f"     Age: {r.randint(7, 15)}     ")
    d.hook("DATE_REAL_YEAR", "DOB: <<v>>\n", "DOB: ___\n", "dob_child", 0.6)
    d.hook("PERSON", "Parent/guardian: <<v>>", "Parent/guardian: ___", "person", 0.5)
    d.add("     ")
    d.hook("PHONE", "Phone: <<v>>\n", "Phone: ___\n", "phone", 0.5)
    d.hook("STREET_ADDRESS", "Address: <<v>>\n", "Address: ___\n", "street", 0.5)
    d.hook("LOCATION", "City: <<v>>", "City: ___", "town", 0.5)
    d.add("   State: NY   ")
    d.hook("ZIP", "Zip: <<v>>\n", "Zip: ___\n", "zip", 0.5)
    d.add("\nInsurance: ")
    d.hook("HEALTH_PLAN", "member ID <<v>>, group <grp>\n", "card copy attached\n", r.choice(("plan", "medicaid")), 0.6)
    d.hook("EMAIL", "Parent e-mail: <<v>>\n", "", "email", 0.5)
    d.slot()
    d.add("\nHealth history: " + r.choice((
        "hospitalized this spring for perforated appendicitis (6 days, IV antibiotics); cleared for swimming.",
        "peanut allergy with anaphylaxis at age 4; carries [[EpiPen Jr]] x2.",
        "asthma, one admission last winter; uses [[Flovent HFA]] daily and albuterol PRN.",
        "ADHD on [[Vyvanse]] 30 mg each morning; stimulant held on weekends per parent.",
        "type 1 diabetes with [[Omnipod 5]] and [[Dexcom G7]]; admitted for DKA at diagnosis.",
        "type 1 diabetes on a [[Tandem t:slim X2]] pump; one admission for a pump occlusion with ketones.")) + "\n")
    d.add("Immunizations: up to date per NYS school requirements (copy attached).\n")
    d.add(f"Exam: {_vitals(r)}\nHEENT normal, lungs clear, heart RRR no murmur, abdomen soft, skin without rash, "
          f"Tanner stage {r.randint(1, 4)}, scoliosis screen ([[Adams forward bend test]]) negative.\n")
    d.add("Activity: " + r.choice(("no restrictions", "no contact sports for 4 weeks", "swim with buddy; no diving",
                                   "sun protection; [[Coppertone]] SPF 50 provided")) + "\n")
    d.add("Medications to be given at camp: listed on the attached form; camp nurse to store in locked box.\n")
    d.hook("DEVICE_ID", "Insulin pump serial (camp loaner record): <<v>>\n", "", "device", 0.5)
    d.slot()
    d.hook("ORGANIZATION", "\nPrimary care: <<v>>\n", "\nPrimary care: ___\n", "practice", 0.6)
    d.hook("FAX", "Office fax <<v>>\n", "", "fax", 0.5)
    d.hook("AGE_OVER_89", "Alternate emergency contact: great-grandmother (age <<v>>)\n", "", "age", 0.5)
    _form_sig(d, r, r.choice(("MD", "DO", "NP", "PA-C")))
    d.slot(last=True)


_DISCH = (
    dict(service="MEDICINE", cc="fever, sore throat, left upper quadrant pain",
         proc="none", hpi="college sophomore with 9 days of sore throat and fatigue, sent from student health with "
         "LUQ pain after a collision in club soccer. [[Monospot]] positive. CT abdomen: splenomegaly 15.2 cm with a "
         "small subcapsular hematoma, no active extravasation.",
         course="Admitted for serial hemoglobin checks (stable 13.1 -> 12.6) and bed rest. Surgery consulted, no "
                "intervention. Tolerated diet.", dx="Infectious mononucleosis; splenic subcapsular hematoma",
         dc="No contact sports, lifting or rough play for at least 8 weeks; ultrasound before clearance."),
    dict(service="NEUROSURGERY", cc="headache and vomiting after head injury", proc="none",
         hpi="student athlete struck in the head by a lacrosse ball; brief LOC. [[Glasgow Coma Scale]] 15. CT "
         "head: small left temporal epidural hematoma, 4 mm, no shift.", course="Admitted to the neuro ICU for "
         "q1h neuro checks; repeat CT stable at 12 hours. Transferred to the floor; headache controlled with "
         "acetaminophen.", dx="Epidural hematoma, traumatic; concussion",
         dc="No sports until neurosurgery and team physician clearance; graduated return-to-learn first."),
    dict(service="PSYCHIATRY", cc="suicidal ideation", proc="none",
         hpi="graduate student brought in by campus police after a welfare check; two weeks of worsening mood, "
         "insomnia and a plan to overdose on stored [[Tylenol PM]].", course="Voluntary admission. Started on "
         "[[Lexapro]] 10 mg; engaged in groups; safety plan completed with the family.",
         dx="Major depressive disorder, single episode, severe without psychotic features",
         dc="CAPS intake within 72 h; reduced course load; no firearms in the home (confirmed)."),
    dict(service="ORTHOPAEDICS", cc="right knee injury", proc="Right ACL reconstruction with bone-patellar "
         "tendon-bone autograft", hpi="college basketball player with a non-contact pivoting injury, immediate "
         "swelling, positive [[Lachman test]] and pivot shift. MRI: complete ACL tear, [[Segond fracture]].",
         course="Underwent reconstruction; nerve block; overnight stay for pain control. DVT prophylaxis with "
                "aspirin 81 mg BID.", dx="Right ACL rupture, status post reconstruction",
         dc="Hinged brace locked in extension for ambulation; crutches; PT to start in 3 days."),
    dict(service="MEDICINE", cc="fever and rash", proc="lumbar puncture",
         hpi="first-year student living in a residence hall with fever 103.1, headache, neck stiffness and a "
         "petechial rash. Received MenACWY at age 11 only.", course="Empiric ceftriaxone and vancomycin. CSF: "
         "gram-negative diplococci; Neisseria meningitidis serogroup B. Public health notified; close contacts "
         "given ciprofloxacin prophylaxis through the county and [[Student Health Services]].",
         dx="Meningococcal meningitis, serogroup B", dc="Complete 7 days of ceftriaxone via PICC at home. MenB "
                                                          "vaccine ([[Bexsero]]) offered to the residence hall."),
)


def _b_disch(d: _Doc, r: random.Random) -> None:
    sc = r.choice(_DISCH)
    _mimic_head(d, r, sc["service"])
    d.add("Allergies:\n" + r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "peanut",
                                      "Sulfa (Sulfonamide Antibiotics)")) + "\n\n")
    d.hook("PERSON", "Attending: <<v>>.\n\n", "Attending: ___.\n\n", "person", 0.4)
    d.add(f"Chief Complaint:\n{sc['cc']}\n\nMajor Surgical or Invasive Procedure:\n{sc['proc']}\n\n")
    d.add(f"History of Present Illness:\n<ageu> {sc['hpi']}\n\n")
    d.slot()
    d.add("Past Medical History:\n" + r.choice(("asthma (mild intermittent)", "none", "ADHD",
                                                 "prior concussion x1")) + "\n\n")
    d.add("Social History:\n___\n")
    d.hook("ORGANIZATION", "Full-time student at <<v>>", "Full-time student at ___", "univ", 0.5)
    d.add(r.choice((", lives in a residence hall.", ", lives off campus with roommates.",
                    "; varsity athlete.")) + "\n\n")
    d.add("Family History:\n" + r.choice(("Non-contributory.", "Mother with hypothyroidism ([[Hashimoto]]).",
                                          "No sudden cardiac death.")) + "\n\n")
    d.add(f"Physical Exam:\n{_vitals(r)}\nGeneral: alert, oriented, in no acute distress.\n\n")
    d.add("Pertinent Results:\n" + f"<shift> 07:10AM BLOOD WBC-{r.randint(4, 16)}.{r.randint(0, 9)} "
          f"Hgb-{r.randint(11, 15)}.{r.randint(0, 9)} Plt-{r.randint(140, 390)}\n")
    d.hook("ACCOUNT", "Lab accession <<v>>\n\n", "\n", "accession", 0.4)
    d.add(f"Brief Hospital Course:\n{sc['course']}\n\n")
    d.slot()
    d.add("Medications on Admission:\n1. " + r.choice(("[[Sprintec]] 1 tab daily", "albuterol PRN", "none",
                                                       "[[Concerta]] 36 mg daily", "[[Adderall]] XR 20 mg qAM",
                                                       "[[Focalin XR]] 15 mg daily", "[[Zyrtec]] 10 mg daily"))
          + "\n\n")
    d.add("Discharge Disposition:\nHome\n\n")
    d.add(f"Discharge Diagnosis:\n{sc['dx']}\n\n")
    d.add("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
          "Activity Status: Ambulatory - Independent.\n\n")
    d.add(f"Discharge Instructions:\n{sc['dc']}\nPlease bring this summary to your student health center. A letter "
          "for your dean and professors is attached.\n\n")
    d.add("Followup Instructions:\n")
    d.hook("ORGANIZATION", "Student health at <<v>> on <shift>\n", "___\n", "univ", 0.5)
    d.hook("PERSON", "Dr. <<v>> (sports medicine) in 1 week\n", "___\n", "person", 0.5)
    d.slot(last=True)


# --------------------------------------------------------------------------------------------------
# Radiology builders
# --------------------------------------------------------------------------------------------------

def _rad_top(d: _Doc, r: random.Random, exam: str) -> None:
    x = r.random()
    if x < 0.45:
        d.add(f"EXAMINATION:  {exam}\n\n")
    elif x < 0.75:
        d.add(f"{exam}\n\n")
    else:
        d.hook("ACCOUNT", "Accession: <<v>>", "Accession: ___", "accession", 0.7)
        d.add(f"\nEXAM: {exam}\n\n")


def _rad_indication(d: _Doc, r: random.Random, text: str) -> None:
    d.add("INDICATION:  ")
    d.add(r.choice(("___-year-old ", "<ageu> ", "___ y/o ")))
    d.add(f"{text}\n")
    if r.random() < 0.6:
        d.add("Ordered by ")
        d.hook("PERSON", "<<v>>, ", "___, ", "person", 0.6)
        d.add(r.choice(("NP", "MD", "PA-C")) + ", ")
        d.hook("ORGANIZATION", "<<v>> Student Health Services", "[[Student Health Services]]", "univ", 0.6)
        d.add(".\n")
    d.add("\n")


def _rad_comparison(d: _Doc, r: random.Random, prior: str) -> None:
    d.add("COMPARISON:  ")
    if d.take("DATE_REAL_YEAR", 0.6):
        d.plant(f"{prior} dated <<v>> (outside films, ", "DATE_REAL_YEAR", "date")
        d.hook("ORGANIZATION", "<<v>>).\n\n", "___).\n\n", r.choice(("hospital", "practice")), 0.5)
    else:
        d.add(r.choice(("None.\n\n", "___.\n\n", f"{prior} from <shift>.\n\n")))


def _rad_footer(d: _Doc, r: random.Random) -> None:
    d.slot()
    if r.random() < 0.5:
        d.add("\nNOTIFICATION:  ")
        d.add("Findings discussed by telephone with ")
        d.hook("PERSON", "<<v>>", "___", "person", 0.5)
        d.add(r.choice((" at the student health center", " (ordering clinician)", " (team physician)")))
        d.hook("PHONE", ", <<v>>", "", "phone", 0.5)
        d.add(" on <shift> at " + f"{r.randint(8, 17)}:{r.randint(0, 59):02d}" + ", by ___.\n")
    d.slot()
    d.add("\n")
    d.hook("PERSON", "Dictated by: <<v>>, MD\n", "", "person", 0.4)
    d.hook("ACCOUNT", "Accession #: <<v>>\n", "", "accession", 0.6)
    d.hook("FAX", "Report faxed to ordering office at <<v>>\n", "", "fax", 0.5)
    d.slot(last=True)


_XR = (
    dict(exam="ANKLE (AP, MORTISE AND LAT) {side}", ind="inversion injury playing basketball; lateral malleolar "
         "tenderness, unable to bear weight ([[Ottawa ankle rules]] positive).",
         find=("Nondisplaced oblique fracture of the distal fibula at the level of the tibial plafond, consistent "
               "with a [[Weber B]] injury. The ankle mortise is congruent with a medial clear space of 3 mm. No "
               "proximal fibular tenderness reported; a [[Maisonneuve]] pattern is not suspected but could be "
               "excluded with tibia-fibula views.", "No acute fracture or dislocation. Lateral soft tissue swelling. "
               "Small ossicle at the tip of the lateral malleolus likely an os subfibulare. The talar dome is intact."),
         imp=("Nondisplaced [[Weber B]] distal fibular fracture.", "Soft tissue swelling without fracture.")),
    dict(exam="FOOT, 3 VIEWS {side}", ind="cross-country runner with lateral midfoot pain after a misstep, point "
         "tender at the base of the fifth metatarsal.",
         find=("Transverse lucency at the metaphyseal-diaphyseal junction of the fifth metatarsal without "
               "intra-articular extension, consistent with a [[Jones fracture]]. Minimal periosteal reaction. No "
               "[[Lisfranc]] malalignment on non-weight-bearing views.", "Avulsion fracture of the tuberosity of the "
               "fifth metatarsal (pseudo-Jones), minimally displaced. Tarsometatarsal alignment preserved."),
         imp=("[[Jones fracture]] of the fifth metatarsal; given delayed union risk, orthopedic referral.",
              "Fifth metatarsal tuberosity avulsion fracture.")),
    dict(exam="WRIST, 4 VIEWS INCLUDING SCAPHOID VIEW {side}", ind="fall on an outstretched hand at practice, "
         "anatomic snuffbox tenderness.",
         find=("No displaced fracture. The scaphoid cortex appears intact on the dedicated view; an occult fracture "
               "cannot be excluded. No dorsal angulation of the distal radius to suggest a [[Colles fracture]] and no "
               "volar displacement to suggest a [[Smith fracture]]. Scapholunate interval 2 mm.",
               "Nondisplaced fracture through the waist of the scaphoid. Distal radius and ulna intact. Carpal "
               "alignment normal."),
         imp=("No radiographic fracture; immobilize and repeat in 10-14 days or MRI if clinical suspicion persists.",
              "Nondisplaced scaphoid waist fracture.")),
    dict(exam="HAND, 3 VIEWS {side}", ind="punched a wall; pain and swelling over the fifth knuckle.",
         find=("Transverse fracture of the fifth metacarpal neck with approximately 35 degrees of volar angulation "
               "([[boxer's fracture]]). No rotational deformity is assessable radiographically. No [[Bennett "
               "fracture]] of the thumb base.", "No fracture. Soft tissue swelling over the dorsal fifth MCP joint. "
               "No foreign body."),
         imp=("Fifth metacarpal neck fracture.", "No fracture.")),
    dict(exam="KNEE, 4 VIEWS {side}", ind="adolescent soccer player with anterior knee pain below the patella, worse "
         "with kneeling.",
         find=("Fragmentation and soft tissue swelling at the tibial tubercle, compatible with [[Osgood-Schlatter]] "
               "disease in the appropriate clinical setting. Physes open. No joint effusion. No [[Segond fracture]].",
               "Small joint effusion. No fracture. Patellar height normal (Insall-Salvati ratio 1.1). Physes open "
               "and symmetric; no [[Salter-Harris]] injury evident."),
         imp=("Findings compatible with [[Osgood-Schlatter]] disease.", "Small effusion without fracture.")),
)


def _b_xr(d: _Doc, r: random.Random) -> None:
    sc = r.choice(_XR)
    k = r.randrange(2)
    _rad_top(d, r, sc["exam"].replace("{side}", r.choice(("RIGHT", "LEFT"))))
    _rad_indication(d, r, sc["ind"])
    d.add("TECHNIQUE:  " + r.choice(("Three views.", "Standard radiographic views were obtained.",
                                      "Digital radiographs ([[Carestream DRX-Revolution]]).",
                                      "Views obtained in the athletic department imaging room ([[Fujifilm FDR Go]]).")))
    d.hook("DEVICE_ID", " Portable unit asset tag <<v>>.", "", "asset", 0.4)
    d.add("\n\n")
    _rad_comparison(d, r, "Radiographs")
    d.add(f"FINDINGS:\n\n{sc['find'][k]}\n\n")
    d.add("Alignment: " + r.choice(("anatomic.", "maintained; no subluxation.", "normal joint congruity.")) +
          " Physes: " + r.choice(("closed.", "open, symmetric.", "nearly fused.")) + " Soft tissues: " +
          r.choice(("swelling as described.", "no gas or foreign body.", "mild edema only.")) + "\n\n")
    d.add(r.choice(("Bone mineralization is normal. ", "The visualized joint spaces are preserved. ",
                    "No radiopaque foreign body. ")) + r.choice(("No aggressive osseous lesion.",
                                                                 "Soft tissues otherwise unremarkable.",
                                                                 "No periosteal reaction elsewhere.")) + "\n\n")
    d.slot()
    d.add(f"IMPRESSION:\n\n{sc['imp'][k]}\n")
    d.add(r.choice(("Clinical correlation and follow-up radiographs in 2 weeks are recommended.\n",
                    "Recommend sports medicine follow-up before return to play.\n",
                    "No further imaging needed unless symptoms persist.\n")))
    _rad_footer(d, r)


def _b_mri(d: _Doc, r: random.Random) -> None:
    side = r.choice(("RIGHT", "LEFT"))
    _rad_top(d, r, f"MRI OF THE {side} KNEE WITHOUT CONTRAST")
    _rad_indication(d, r, r.choice(("varsity basketball player, non-contact pivot injury with a pop and immediate "
                                    "swelling; positive [[Lachman test]].", "soccer player with medial joint line "
                                    "pain and locking after a twisting injury; positive [[McMurray test]] and "
                                    "[[Thessaly test]].", "lacrosse player with a valgus blow to the knee; "
                                    "instability, assess ACL/MCL.")))
    d.add("TECHNIQUE:  Multiplanar multisequence MR imaging of the knee was performed on a "
          + r.choice(("[[Siemens MAGNETOM Vida]] 3T", "[[GE SIGNA Premier]] 3T", "[[Philips Ingenia]] 1.5T")) +
          " scanner without intravenous contrast.")
    d.hook("DEVICE_ID", " Coil asset tag <<v>>.", "", "asset", 0.3)
    d.add("\n\n")
    _rad_comparison(d, r, "Knee radiographs")
    acl = r.random() < 0.65
    d.add("FINDINGS:\n\n")
    d.add("Ligaments: " + ("The anterior cruciate ligament is discontinuous in its mid substance with a wavy, "
                           "horizontally oriented residual fibers, consistent with a complete tear. " if acl else
                           "The anterior cruciate ligament is intact. ") + "The posterior cruciate ligament is "
          "intact. " + r.choice(("The medial collateral ligament shows periligamentous edema and partial-thickness "
                                 "fiber disruption of the proximal fibers (grade 2 sprain). ", "The medial collateral "
                                 "ligament is intact. ")) + "The fibular collateral ligament and biceps femoris "
          "tendon are intact.\n\n")
    d.add("Menisci: " + r.choice(("Bucket-handle tear of the medial meniscus with a displaced fragment in the "
                                  "intercondylar notch ([[double PCL sign]]). ", "Vertical longitudinal tear of the "
                                  "posterior horn of the lateral meniscus. ", "The menisci are intact. ")) +
          "The meniscofemoral ligament ([[ligament of Wrisberg]]) is noted and should not be mistaken for a tear.\n\n")
    d.add("Bone marrow: " + ("Bone contusions of the lateral femoral condyle and posterolateral tibial plateau in a "
                             "pivot-shift pattern. " if acl else "No marrow edema. ") + r.choice((
                                 "Small cortical avulsion at the lateral tibial rim ([[Segond fracture]]). ",
                                 "No fracture. ")) + "\n\n")
    d.add("Cartilage: preserved patellofemoral and tibiofemoral cartilage. Extensor mechanism intact. "
          + r.choice(("Moderate joint effusion. [[Hoffa fat pad]] edema. ", "Small joint effusion. ",
                      "Small [[Baker cyst]]. ")) + "\n\n")
    d.slot()
    d.add("IMPRESSION:\n\n1. " + ("Complete ACL tear with pivot-shift bone contusions." if acl else
                                  "Intact cruciate ligaments.") + "\n2. Meniscal findings as above.\n"
          "3. Recommend orthopedic sports medicine consultation.\n")
    _rad_footer(d, r)


def _b_cxr(d: _Doc, r: random.Random) -> None:
    _rad_top(d, r, r.choice(("CHEST (PA AND LAT)", "CHEST RADIOGRAPH, 2 VIEWS", "CHEST PA/LATERAL - TB SCREENING")))
    _rad_indication(d, r, r.choice((
        "international student with a positive [[QuantiFERON-TB Gold Plus]] on entry screening, asymptomatic.",
        "nursing student with a [[Tubersol]] TST of 12 mm before clinical rotations; BCG as an infant.",
        "study-abroad returnee with 3 weeks of cough; IGRA positive.",
        "athlete with a positive TB blood test on the pre-participation panel; no fevers or night sweats.")))
    d.add("TECHNIQUE:  PA and lateral views of the chest.\n\n")
    _rad_comparison(d, r, "Chest radiograph")
    d.add("FINDINGS:\n\n")
    d.add(r.choice(("The lungs are clear without consolidation, cavitation, nodule or effusion. ",
                    "Small calcified granuloma in the right mid lung, with a calcified right hilar node, together "
                    "compatible with a healed primary complex ([[Ranke complex]]). No cavitation. ",
                    "Minimal apical pleural thickening bilaterally, likely of no significance. No upper lobe "
                    "consolidation or cavitation. ")))
    d.add("No hilar or mediastinal lymphadenopathy. The cardiomediastinal silhouette is normal. No pleural "
          "effusion or pneumothorax. The visualized osseous structures are unremarkable.\n\n")
    d.slot()
    d.add("IMPRESSION:\n\n" + r.choice(("No radiographic evidence of active pulmonary tuberculosis.",
                                         "Findings of prior granulomatous disease; no evidence of active tuberculosis.",
                                         "No acute cardiopulmonary process.")) + "\n")
    d.add("Latent TB infection treatment (e.g., rifampin for 4 months or 3HP) per [[Student Health Services]]. "
          "Public health reporting is not required for LTBI.\n")
    d.hook("ORGANIZATION", "Copy to <<v>> TB clinic.\n", "", "agency", 0.5)
    _rad_footer(d, r)


def _b_ct(d: _Doc, r: random.Random) -> None:
    _rad_top(d, r, r.choice(("CT HEAD W/O CONTRAST", "CT BRAIN WITHOUT CONTRAST", "NONCONTRAST HEAD CT")))
    _rad_indication(d, r, r.choice((
        "football player, helmet-to-helmet collision, brief LOC, persistent vomiting. [[Glasgow Coma Scale]] 15.",
        "hockey player struck the ice with the back of the head; worsening headache and amnesia.",
        "student found after a fall down stairs at a party, intoxicated; occipital hematoma.",
        "soccer player, head-to-head contact, confusion and repeated questioning.")))
    d.add("TECHNIQUE:  Contiguous axial images of the brain were acquired on a "
          + r.choice(("[[Siemens SOMATOM Force]]", "[[Canon Aquilion ONE]]", "[[GE Revolution CT]]")) +
          " scanner without contrast. Coronal and sagittal reformats were generated.\n"
          f"DOSE:  CTDIvol {r.randint(38, 62)}.{r.randint(0, 9)} mGy; DLP {r.randint(700, 1100)} mGy-cm.\n\n")
    _rad_comparison(d, r, "Head CT")
    d.add("FINDINGS:\n\n")
    d.add("There is no evidence of acute intracranial hemorrhage, edema, mass effect or infarction. The ventricles "
          "and sulci are normal in size and configuration. No extra-axial collection. ")
    d.add(r.choice(("Small left parietal subgaleal hematoma. ", "No scalp hematoma. ",
                    "Right occipital scalp swelling without underlying fracture. ")))
    d.add("The visualized paranasal sinuses and mastoid air cells are clear. No calvarial fracture.\n\n")
    d.slot()
    d.add("IMPRESSION:\n\nNo acute intracranial abnormality. A normal CT does not exclude concussion; "
          "clinical management and graded return to play per sports medicine.\n")
    _rad_footer(d, r)


def _b_us(d: _Doc, r: random.Random) -> None:
    _rad_top(d, r, r.choice(("ULTRASOUND ABDOMEN LIMITED (SPLEEN)", "US SPLEEN", "LIMITED ABDOMINAL ULTRASOUND - "
                                                                                  "SPLENIC SIZE")))
    _rad_indication(d, r, r.choice((
        "infectious mononucleosis ([[Monospot]] positive) 4 weeks ago; return-to-play assessment for rugby.",
        "[[Epstein-Barr]] virus infection after hospitalization for dehydration; evaluate splenomegaly before "
        "contact sport.", "LUQ pain after a tackle, recent mono; assess for splenic injury.")))
    d.add("TECHNIQUE:  Grayscale and color Doppler ultrasound of the spleen using a "
          + r.choice(("[[GE LOGIQ E10]]", "[[Philips EPIQ Elite]]", "[[Samsung RS85]]")) + " system.")
    d.hook("DEVICE_ID", " Unit asset tag <<v>>.", "", "asset", 0.3)
    d.add("\n\n")
    _rad_comparison(d, r, "Ultrasound")
    length = r.choice(("11.2", "12.4", "13.1", "13.9", "14.6", "15.3"))
    d.add(f"FINDINGS:\n\nThe spleen measures {length} cm in craniocaudal length. The splenic parenchyma is "
          "homogeneous. No perisplenic fluid, subcapsular collection or focal lesion. Splenic vein patent with "
          "normal hepatopetal flow. The left kidney is unremarkable. No free fluid in the left upper quadrant or "
          "the pelvis.\n\n")
    d.add("Note: splenic size correlates with height; patient height ___ cm. Normal upper limit in tall athletes "
          "may exceed 13 cm.\n\n")
    d.slot()
    d.add(f"IMPRESSION:\n\nSpleen length {length} cm without evidence of injury. Return-to-play decisions rest with "
          "the treating clinician.\n")
    _rad_footer(d, r)


def _b_scol(d: _Doc, r: random.Random) -> None:
    _rad_top(d, r, r.choice(("SCOLIOSIS SERIES (PA AND LATERAL, STANDING)", "SPINE, ENTIRE, 2 VIEWS - SCOLIOSIS",
                             "[[EOS]] LOW-DOSE BIPLANAR SPINE")))
    _rad_indication(d, r, r.choice((
        "positive school scoliosis screening: [[Adams forward bend test]] with a right rib prominence, "
        f"scoliometer {r.randint(6, 11)} degrees.", "school nurse screening referral; shoulder height asymmetry.",
        "adolescent swimmer with back pain and a trunk shift noted at the sports physical.")))
    d.add("TECHNIQUE:  Standing PA and lateral radiographs of the entire spine with gonadal shielding omitted per "
          "current guidance. Low-dose protocol.\n\n")
    _rad_comparison(d, r, "Scoliosis radiographs")
    cobb = r.randint(11, 38)
    d.add(f"FINDINGS:\n\nRight thoracic curve from T{r.randint(4, 6)} to T{r.randint(10, 12)} measuring {cobb} "
          f"degrees ([[Cobb angle]]). Compensatory left lumbar curve of {r.randint(6, 18)} degrees. ")
    d.add(f"[[Risser]] grade {r.randint(0, 4)}; triradiate cartilage closed. ")
    d.add("Sagittal alignment: thoracic kyphosis within normal limits; no [[Scheuermann]] wedging. No "
          "spondylolysis. No congenital vertebral anomaly.\n\n")
    d.slot()
    d.add(f"IMPRESSION:\n\nAdolescent idiopathic scoliosis, right thoracic {cobb} degrees. "
          + ("Bracing (for example a [[Boston brace]]) may be considered given skeletal immaturity."
             if cobb >= 25 else "Observation with repeat radiographs in 4-6 months.") + "\n")
    d.hook("ORGANIZATION", "Referral letter copied to <<v>> health office.\n", "", "school", 0.5)
    _rad_footer(d, r)


# --------------------------------------------------------------------------------------------------
# Kinds, schedule, corpus
# --------------------------------------------------------------------------------------------------

_KINDS = {
    "clinic_visit": ("discharge", _b_clinic),
    "counseling_referral": ("discharge", _b_caps),
    "preparticipation_exam": ("discharge", _b_ppe),
    "concussion_rtp": ("discharge", _b_concussion),
    "immunization_compliance": ("discharge", _b_immun),
    "nurse_incident": ("discharge", _b_nurse),
    "med_authorization": ("discharge", _b_medauth),
    "study_abroad": ("discharge", _b_abroad),
    "welfare_check": ("discharge", _b_welfare),
    "accommodation_letter": ("discharge", _b_accom),
    "camp_physical": ("discharge", _b_camp),
    "discharge_summary": ("discharge", _b_disch),
    "xr_extremity": ("radiology", _b_xr),
    "mri_knee": ("radiology", _b_mri),
    "cxr_tb": ("radiology", _b_cxr),
    "ct_head": ("radiology", _b_ct),
    "us_spleen": ("radiology", _b_us),
    "xr_scoliosis": ("radiology", _b_scol),
}
DOCUMENT_KINDS = tuple(_KINDS)
_K12_KINDS = frozenset(("nurse_incident", "med_authorization", "camp_physical"))
_N_DISCHARGE = sum(1 for t, _ in _KINDS.values() if t == "discharge")
_N_RADIOLOGY = len(_KINDS) - _N_DISCHARGE
_KIND_WEIGHTS = tuple((0.55 / _N_DISCHARGE) if t == "discharge" else (0.45 / _N_RADIOLOGY) for t, _ in _KINDS.values())

_CAT_WEIGHTS = {
    "PHONE": 2, "FAX": 1, "PAGER": 1, "EMAIL": 1, "URL": 1, "IP_ADDRESS": 1, "SSN": 1, "MRN": 1, "ACCOUNT": 2,
    "HEALTH_PLAN": 1, "LICENSE": 1, "ZIP": 1, "STREET_ADDRESS": 1, "DATE_REAL_YEAR": 3, "AGE_OVER_89": 1,
    "DEVICE_ID": 1, "VEHICLE_ID": 1, "PERSON": 4, "LOCATION": 2, "ORGANIZATION": 3,
}
assert set(_CAT_WEIGHTS) == set(CATEGORIES)

_PHI = 0.6180339887498949
_PLASTIC = 0.7548776662466927


def _frac(x: float) -> float:
    return x - math.floor(x)


def _pick(u: float, names: tuple[str, ...], weights: tuple[float, ...]) -> str:
    total = sum(weights)
    acc = 0.0
    for name, w in zip(names, weights, strict=True):
        acc += w / total
        if u < acc:
            return name
    return names[-1]


_HEAVY_POS = frozenset(p for p in range(100) if p % 20 == 3)
_PLANT_POS = frozenset(sorted((p for p in range(100) if p not in _HEAVY_POS), key=lambda p: _frac(p * _PHI))[:58])


def _position(seed: int, i: int) -> int:
    return (i + 7 * seed) % 100


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (a low-discrepancy sequence, so every kind is well represented)."""
    return _pick(_frac(i * _PLASTIC + seed * 0.5698402909980532), DOCUMENT_KINDS, _KIND_WEIGHTS)


def _categories(seed: int, i: int) -> list[str]:
    if _position(seed, i) not in _PLANT_POS:
        return []
    n = random.Random(f"h59-n:{seed}:{i}").choice((1, 1, 2, 2, 2, 3, 3, 4))
    cats = tuple(_CAT_WEIGHTS)
    w = tuple(float(_CAT_WEIGHTS[c]) for c in cats)
    return [_pick(_frac((i * 4 + j) * _PHI + seed * 0.3819660112501051), cats, w) for j in range(n)]


_HEAVY_LINES = (
    "Name: ___   Unit No: ___   DOB: ___\n", "Student ID: ___   Chart: ___   Acct: ___\n",
    "Parent/guardian: ___   Phone: ___   Alt phone: ___\n", "Address: ___, ___, ___ ___\n",
    "PCP: ___   Practice: ___   Fax: ___\n", "Insurance: ___   Member ID: ___   Group: ___\n",
    "Emergency contact: ___ (___)   ___\n", "cc: ___; ___; ___\n", "Signed: ___, ___   Date: ___\n",
    "Referring: ___ at ___ (tel ___)\n", "Accession: ___   Order: ___   Encounter: ___\n",
)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """One note: (labelled note, look-alikes present in it, "heavy" | "normal")."""
    r = random.Random(f"holdout59:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _position(seed, i) in _HEAVY_POS
    d = _Doc(r, _categories(seed, i), heavy)
    d.ctx = "r" if note_type == "radiology" else ("k" if kind in _K12_KINDS else "c")
    if heavy:
        d.add("[Scanned outside document - identifiers redacted]\n")
        for line in r.sample(_HEAVY_LINES, k=4):
            d.add(line)
        d.add("\n")
    builder(d, r)
    assert not d.pending
    pads = _PADS[note_type]
    order = r.sample(range(len(pads)), k=len(pads))
    k = 0
    while d.n < 1150 and k < len(order):
        d.add(pads[order[k]])
        k += 1
    if heavy:
        extra = r.sample(_HEAVY_LINES, k=len(_HEAVY_LINES))
        k = 0
        while d.text().count("___") < 28 and k < len(extra):
            d.add(extra[k])
            k += 1
    note = LabelledNote(note_type=note_type, text=d.text(), spans=list(d.spans))
    return note, list(dict.fromkeys(d.looks)), "heavy" if heavy else "normal"


_PADS = {
    "discharge": (
        "\nAddendum: discharge paperwork from the hospital was scanned into the student health record; "
        "medication reconciliation completed with the student by phone.\n",
        "\nNote: information in this document is protected health information; redisclosure requires the "
        "student's written consent except as permitted by FERPA or HIPAA.\n",
        "\nAcademic note: the student was advised to contact each instructor directly; no diagnosis is shared "
        "with faculty.\n",
        "\nAdministrative: copy placed in the confidential medical file, separate from the educational record, "
        "per district and campus policy.\n",
        "\nInterim contact: if symptoms recur before the follow-up, the student will use the after-hours nurse "
        "advice line or go to the nearest emergency department.\n",
    ),
    "radiology": (
        "\nThe images were reviewed on a diagnostic workstation. Final report supersedes any preliminary read.\n",
        "\nATTESTATION: I have personally reviewed the images and agree with the findings above.\n",
        "\nThis examination was performed as an outpatient study at the request of the campus health service; "
        "prior imaging was not available for direct comparison at the time of interpretation.\n",
        "\nRadiation dose information is stored in the dose registry. Patient was screened for pregnancy per "
        "departmental protocol.\n",
        "\nPatient identity was confirmed with two identifiers before the examination. The technologist documented "
        "the history directly from the patient and the accompanying athletic trainer.\n",
        "\nCommunication: this report is released to the patient portal after a 24-hour hold; the ordering "
        "clinician is responsible for follow-up of any recommendation.\n",
        "\nQuality note: positioning adequate; no repeat exposures were required.\n",
    ),
}


def holdout59_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout59_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout59_note(seed, i) for i in range(n)]


EPONYMS_AND_BRANDS = (
    "Monospot", "Epstein-Barr", "Tylenol", "ProAir HFA", "Symbicort", "ceftriaxone", "Sprintec", "Lantus", "Humalog",
    "Dexcom G7", "Baqsimi", "Alvarado score", "Norco", "Zoloft", "Columbia Suicide Severity Rating Scale", "BASICS",
    "EDE-Q", "hydroxyzine", "988 Suicide & Crisis Lifeline", "Beighton score", "Valsalva", "molluscum",
    "Seattle criteria", "Wolff-Parkinson-White", "Brugada", "SCAT6", "ImPACT", "BESS", "King-Devick", "VOMS",
    "M-M-R II", "MenQuadfi", "Menveo", "Bexsero", "Trumenba", "Boostrix", "Adacel", "Engerix-B", "Heplisav-B",
    "Varivax", "Gardasil 9", "Comirnaty", "Spikevax", "Fluzone", "Flublok", "QuantiFERON-TB Gold Plus", "Tubersol",
    "vaers.hhs.gov", "www.cdc.gov/vaccines", "EpiPen Jr", "Glasgow Coma Scale", "Valtoco", "Keppra",
    "Director of Health Services", "1-800-222-1222", "504 plan", "Auvi-Q", "Focalin XR", "Adderall", "Omnipod 5",
    "Zyrtec", "Lexapro", "Humira", "www.cdc.gov/travel", "Typhim Vi", "Havrix", "Malarone", "YF-Vax",
    "step.state.gov", "travel.state.gov", "NyQuil", "Benadryl", "Title IX Office", "Residence Life",
    "Dean of Students Office", "Office of Accessibility Resources", "Office of Global Education",
    "Counseling and Psychological Services", "Student Health Services", "PHQ-9", "Conners 4", "WAIS-IV",
    "Cochlear Nucleus 8", "Flovent HFA", "Vyvanse", "Adams forward bend test", "Coppertone", "Hashimoto",
    "Tylenol PM", "Lachman test", "Segond fracture", "Concerta", "Ottawa ankle rules", "Weber B", "Maisonneuve",
    "Jones fracture", "Lisfranc", "Colles fracture", "Smith fracture", "boxer's fracture", "Bennett fracture",
    "Osgood-Schlatter", "Salter-Harris", "Carestream DRX-Revolution", "Fujifilm FDR Go", "McMurray test",
    "Thessaly test", "Siemens MAGNETOM Vida", "GE SIGNA Premier", "Philips Ingenia", "double PCL sign",
    "ligament of Wrisberg", "Hoffa fat pad", "Baker cyst", "Ranke complex", "Siemens SOMATOM Force",
    "Canon Aquilion ONE", "GE Revolution CT", "GE LOGIQ E10", "Philips EPIQ Elite", "Samsung RS85", "EOS",
    "Cobb angle", "Risser", "Scheuermann", "Boston brace", "Tandem t:slim X2", "Aetna Student Health",
    "UnitedHealthcare StudentResources", "New York",
)


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout59_corpus, argv, "Held-out corpus 59 (blind): student, school and college health")
    holdout_measure.report("holdout59", args, notes, hits, res)


if __name__ == "__main__":
    main()
