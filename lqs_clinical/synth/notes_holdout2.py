"""Second blind held-out labelled notes corpus for the residual-PHI detector.

Written without reading the detector's rules or the other synthetic families: own templates
(discharge summaries, radiology reports, nursing/progress notes, ED notes, consult letters,
social-work notes) and own fictitious surrogate values. Most PHI is masked as ``___`` like
MIMIC-IV-Note; in about 60% of notes 1-3 identifiers are left unmasked ("planted") and labelled
with exact character spans and a category from :data:`lqs_clinical.synth.notes.CATEGORIES`.

Labelling conventions (HIPAA Safe Harbor): a name span excludes titles and credentials
("Dr. ", ", MD"); an address is split into STREET_ADDRESS (street line incl. apartment/suite,
PO box, rural route), LOCATION (city/town/neighbourhood) and ZIP; US states, countries, bare
years, ages < 90 and MIMIC-shifted dates (2100-2200) are not PHI. Every note is also laced with
hard negatives: eponyms and scores, drugs and doses, device names, vital-sign ratios, MIMIC lab
lines, shifted dates, times, rooms, young ages, product/billing codes.

    python -m lqs_clinical.synth.notes_holdout2 --seed 1 --n 600 --ner
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections import Counter

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------- surrogate pools

FIRST = (
    "Maria", "José", "Aisha", "Oluwaseun", "Priya", "Wei", "Siobhán", "Dmitri", "Fatima", "Kwame",
    "Hiroshi", "Ingrid", "Tomás", "Leilani", "Rahul", "Chloé", "Bartholomew", "Mary-Kate", "Jean-Luc",
    "Zofia", "Ngozi", "Ahmad", "Yuki", "Esperanza", "Declan", "Thandiwe", "Gunnar", "Mei-Ling",
    "Abdirahman", "Kateryna", "Olamide", "DeShawn", "Lakshmi", "Björn", "Anh", "Consuelo", "Eitan",
    "Marisol", "Gertrude", "Winston", "Rosalind", "Theodore", "Agnieszka", "Kofi", "Nadia", "Rui",
    "Sinéad", "Harold", "Beatriz", "Jamal", "Evangeline", "Takeshi", "Oksana", "Ignatius", "Dolores",
)
LAST = (
    "O'Connell", "D'Angelo", "Garcia-Lopez", "Nguyen", "Okonkwo", "Van der Berg", "McAllister",
    "Kowalczyk", "Abernathy", "Haddad", "Fitzgerald", "Oyelaran", "Papadopoulos", "Tran",
    "Schwartz-Levin", "de la Cruz", "Rahimi", "Lindqvist", "Mbeki", "Castellanos", "Yamamoto",
    "Ferreira", "Kaczmarek", "MacLeod", "Al-Sayed", "Bui", "Nakamura-Reyes", "Dubois", "Achterberg",
    "Whitfield", "Osei", "Chatterjee", "Ivanova", "Delacroix", "Sørensen", "Quiñones", "Baptiste",
    "Petrov", "St. Clair", "O'Shaughnessy", "Mwangi", "Szymański", "Adeyemi", "Lefebvre", "Hwang",
    "Esposito", "Gallagher", "Brodeur", "Thibodeaux", "Ramanathan", "Ó Briain", "Kristiansen",
)
MIDDLE = "ABCDEFGHJKLMNPRSTW"
CLIN_CRED = (", MD", ", RN", ", NP", ", PA-C", " MD", ", LICSW", ", PharmD", ", DO", ", MSW", "")

US_CITIES = (
    "Worcester", "Fall River", "Chelsea", "Brockton", "Lowell", "Providence", "Nashua", "Bangor",
    "Burlington", "Albany", "Tucson", "Baton Rouge", "Des Moines", "Boise", "Spokane", "Savannah",
    "El Paso", "Fort Lauderdale", "St. Paul", "Ann Arbor", "Chattanooga", "Kalamazoo",
    "Winston-Salem", "Wilkes-Barre", "Coeur d'Alene", "Poughkeepsie", "Cape Girardeau", "Dorchester",
    "Jamaica Plain", "Mattapan", "Revere", "Framingham", "Pawtucket", "New Bedford", "Hyannis",
    "Lawrence", "Haverhill", "Brattleboro", "Scranton", "Flagstaff", "Bozeman", "Sioux Falls",
)
ABROAD_CITIES = (
    "Port-au-Prince", "Kingston", "Guadalajara", "Porto Alegre", "Lagos", "Kumasi", "Mumbai",
    "Ho Chi Minh City", "Cork", "Kraków", "São Paulo", "Mogadishu", "Praia", "San Pedro Sula",
    "Manila", "Dhaka", "Santo Domingo", "Thessaloniki", "Tbilisi", "Cali", "Ponta Delgada", "Hué",
    "Cap-Haïtien", "Enugu", "Lviv", "Galway",
)
STATES = ("MA", "RI", "NH", "ME", "VT", "NY", "AZ", "LA", "IA", "ID", "WA", "GA", "TX", "FL", "MN", "MI",
          "Massachusetts", "New Hampshire", "Rhode Island", "Connecticut")
COUNTRIES = ("Haiti", "Cape Verde", "Brazil", "Vietnam", "Ireland", "Nigeria", "Ghana", "India",
             "Poland", "Guatemala", "the Dominican Republic", "Portugal", "Somalia", "Ukraine", "Greece")
HOSPITALS = (
    "Merrimack Valley General Hospital", "St. Brendan's Medical Center", "Lakeshore Regional Hospital",
    "Hôpital Saint-Luc", "Pioneer Valley Medical Center", "Our Lady of Mercy Hospital",
    "Cranberry Coast Hospital", "Northfield Memorial", "Bayside Children's Hospital",
    "Green Mountain Regional Medical Center", "Holy Trinity Hospital", "Sisters of Providence Hospital",
    "Kensington Heart Institute", "Westbrook Community Hospital",
)
FACILITIES = (
    "Maplewood Rehabilitation and Nursing Center", "Heritage Gardens Skilled Nursing",
    "The Willows at Harbor Point", "Fenwick Street Community Health Center", "Blue Hills Dialysis",
    "Seacoast Hospice House", "Brookside Manor", "Golden Oaks Assisted Living",
    "Riverbend Adult Day Health", "Hillcrest Wound Clinic", "Harborview Methadone Clinic",
    "Pine Ridge Recovery House", "St. Agnes Home for the Aged", "Oceanview Rehab",
)
PHARMACIES = ("Beacon Hill Apothecary", "Riverside Pharmacy", "Costa Family Pharmacy",
              "Main Street Drug", "Harbor Compounding Pharmacy", "Walgreens on Centre Street")
EMPLOYERS = ("Kessler Tool & Die", "Atlantic Fisheries Co.", "Brightwater Logistics", "Dunmore Textiles",
             "Quinsigamond Community College", "Stop & Shop", "Pelham Roofing LLC", "Halvorsen Marine",
             "the Sagamore Hotel", "Coastal Transit Authority")
STREETS = ("Elm St", "Harrison Avenue", "Beacon Street", "Chestnut Hill Rd", "Dudley St", "Blue Hill Ave",
           "Maple Terrace", "Old Post Road", "Centre St.", "Washington Blvd", "Rue Sainte-Catherine",
           "Lake Shore Dr", "Salem Tpke", "County Road 12", "Pleasant St", "Orchard Lane", "Route 9")
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "comcast.net", "outlook.com", "protonmail.com", "aol.com",
                 "merrimackvalley.org", "verizon.net", "hotmail.co.uk", "icloud.com")


def _first(r):
    return r.choice(FIRST)


def _last(r):
    return r.choice(LAST)


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ø", "o").replace("ł", "l"))
    return re.sub(r"[^a-z0-9]", "", s)


def g_person(r, sub):
    f, la = _first(r), _last(r)
    if sub == "clin":
        form = r.randrange(6)
        if form == 0:
            return "Dr. ", la, ""
        if form == 1:
            return "Dr. ", f"{f} {la}", ""
        if form == 2:
            return "", f"{f} {r.choice(MIDDLE)}. {la}", r.choice(CLIN_CRED)
        if form == 3:
            return "", f"{f[0]}. {la}", r.choice(CLIN_CRED)
        if form == 4:
            return "", f"{la}, {f}", r.choice((" MD", " RN", ""))
        return "", f"{f} {la}", r.choice(CLIN_CRED)
    if sub == "last":
        return "", la, ""
    if sub == "first":
        return "", f, ""
    form = r.randrange(5)
    if form == 0:
        return "", f"{f} {la}", ""
    if form == 1:
        return "", f"{la}, {f}", ""
    if form == 2:
        return "", f"{f} {r.choice(MIDDLE)}. {la}", ""
    if form == 3:
        return "", f"{f[0]}.{r.choice(MIDDLE)}. {la}", ""
    return "", f"{f} {la}-{_last(r).replace(' ', '')}", ""


def g_location(r, sub):
    if sub == "abroad" or (sub is None and r.random() < 0.35):
        return "", r.choice(ABROAD_CITIES), ""
    return "", r.choice(US_CITIES), ""


def g_org(r, sub):
    pool = {"hosp": HOSPITALS, "fac": FACILITIES, "pharm": PHARMACIES, "emp": EMPLOYERS}.get(
        sub, HOSPITALS + FACILITIES + PHARMACIES)
    return "", r.choice(pool), ""


def _phone(r, intl_ok=True):
    a, x, n = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    form = r.randrange(12 if intl_ok else 8)
    s = [f"({a}) {x}-{n:04d}", f"{a}-{x}-{n:04d}", f"{a}.{x}.{n:04d}", f"{a}{x}{n:04d}",
         f"+1 {a} {x} {n:04d}", f"1-{a}-{x}-{n:04d}", f"({a}){x}-{n:04d}", f"{a} {x} {n:04d}",
         f"+44 20 {r.randint(7000, 8999)} {n:04d}", f"+509 {r.randint(3000, 4999)} {n:04d}",
         f"011 52 33 {r.randint(1000, 9999)} {n:04d}", f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}"][form]
    if form < 4 and r.random() < 0.25:
        s += r.choice((f" x{r.randint(100, 9999)}", f" ext. {r.randint(10, 999)}", f" ext {r.randint(1000, 9999)}"))
    return s


def g_phone(r, sub):
    return "", _phone(r), ""


def g_fax(r, sub):
    return "", _phone(r, intl_ok=False), ""


def g_pager(r, sub):
    form = r.randrange(4)
    if form == 0:
        return "", _phone(r, intl_ok=False), ""
    if form == 1:
        return "", f"{r.randint(1, 9)}-{r.randint(1000, 9999)}", ""
    if form == 2:
        return "#", f"{r.randint(10000, 99999)}", ""
    return "", f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}", ""


def g_email(r, sub):
    f, la = _ascii(_first(r)), _ascii(_last(r))
    user = r.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f[0]}", f"{f}_{la}{r.randint(50, 99)}",
                     f"{f}{la[:3]}{r.randint(1, 999)}", f"{la}-{f}"))
    return "", f"{user}@{r.choice(EMAIL_DOMAINS)}", ""


def g_url(r, sub):
    f, la = _ascii(_first(r)), _ascii(_last(r))
    return "", r.choice((
        f"https://www.gofundme.com/f/help-{f}-{la}",
        f"www.facebook.com/{f}.{la}.{r.randint(10, 99)}",
        f"http://mychart.lakeshoreregional.org/patient/{r.randint(10000, 99999)}",
        f"caringbridge.org/visit/{f}{la}",
        f"https://portal.bluehillsdialysis.net/records?id={r.randint(1000, 9999)}",
        f"https://www.instagram.com/{f}_{la}",
        f"{la}family.blogspot.com",
    )), ""


def g_ip(r, sub):
    if r.random() < 0.2:
        return "", f"2001:db8:{r.randint(0, 65535):x}::{r.randint(0, 65535):x}:{r.randint(0, 65535):x}", ""
    first = r.choice((10, 192, 172, 73, 24, 98, 68, 108))
    if first == 192:
        return "", f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", ""
    return "", f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", ""


def g_ssn(r, sub):
    a = r.choice([x for x in range(1, 899) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return "", r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}")), ""


def g_mrn(r, sub):
    n = r.randint(1000000, 99999999)
    return "", r.choice((str(n), f"{str(n)[:2]}-{str(n)[2:5]}-{str(n)[5:]}", f"00{n}", f"{n}")), ""


def g_account(r, sub):
    return "", r.choice((str(r.randint(10**9, 10**11)),
                         f"{r.randint(0, 9999):04d}-{r.randint(0, 9999):04d}-{r.randint(10, 99)}",
                         f"A{r.randint(10**7, 10**8)}", f"{r.randint(100000000, 999999999)}")), ""


def g_plan(r, sub):
    al = "ACDEFGHJKMNPQRTUVWXY"

    def c(n):
        return "".join(r.choice(al + "0123456789") for _ in range(n))
    return "", r.choice((
        f"{r.randint(1, 9)}{r.choice(al)}{c(2)}-{r.choice(al)}{c(2)}-{r.choice(al)}{c(2)}",
        f"{r.randint(10**11, 10**12)}",
        f"{r.choice(('XJH', 'YLB', 'ZGP', 'W'))}{r.randint(10**8, 10**9)}",
        f"HP-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"W{r.randint(10**9, 10**10)}",
    )), ""


def g_license(r, sub):
    return "", r.choice((
        f"S{r.randint(10**7, 10**8)}", f"S{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"{r.choice('ABFKM')}{r.choice('BCDKLMRW')}{r.randint(10**6, 10**7)}", f"{r.randint(100000, 999999)}",
        f"F{r.randint(10**6, 10**7)}", f"RN{r.randint(100000, 999999)}",
    )), ""


def g_zip(r, sub):
    z = f"{r.choice((0, 0, 0, 1, 2, 3, 6, 7, 8, 9))}{r.randint(1000, 9999):04d}"
    return "", z + (f"-{r.randint(0, 9999):04d}" if r.random() < 0.35 else ""), ""


def g_street(r, sub):
    n = r.randint(1, 4999)
    st = r.choice(STREETS)
    form = r.randrange(7)
    if form == 0:
        return "", f"{n} {st}", ""
    if form == 1:
        return "", f"{n} {st}, Apt {r.randint(1, 40)}{r.choice('ABCD')}", ""
    if form == 2:
        return "", f"{n} {st}, Suite {r.randint(100, 900)}", ""
    if form == 3:
        return "", r.choice(("PO Box ", "P.O. Box ", "P. O. Box ")) + str(r.randint(1, 9999)), ""
    if form == 4:
        return "", r.choice(("RR ", "Rural Route ")) + f"{r.randint(1, 9)} Box {r.randint(1, 400)}", ""
    if form == 5:
        return "", f"{n} {r.choice('NSEW')}. {st} #{r.randint(1, 2000)}", ""
    return "", f"{n}-{r.randint(1, 99)} {st} Unit {r.randint(1, 30)}", ""


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def g_date(r, sub):
    y = r.randint(1950, 2030) if sub != "dob" else r.randint(1925, 1999)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[m - 1]
    form = r.randrange(13)
    return "", [
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}",
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{m:02d}.{d:02d}.{y}", f"{mon} {y}",
        f"{m}/{y}", f"{mon[:3]}. {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{mon} {d}th, {y}",
    ][form], ""


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def g_age(r, sub):
    a = r.choice(range(90, 106))
    word = "ninety" if a < 100 else None
    if word and a % 10:
        word += "-" + ONES[a % 10]
    form = r.randrange(10)
    if form == 0:
        return "", str(a), " year old"
    if form == 1:
        return "", str(a), "-year-old"
    if form == 2:
        return "", str(a), " y/o"
    if form == 3:
        return "", str(a), "yo"
    if form == 4 and word:
        return "", word.capitalize() if r.random() < 0.3 else word, " year old"
    if form == 5:
        return "", str(a), " yo"
    if form == 6:
        return "", f"{a}M" if r.random() < 0.5 else f"{a}F", ""
    if form == 7:
        return "", str(a), " years old"
    if form == 8 and word:
        return "", word, "-year-old"
    return "", str(a), "-yo"


def g_device(r, sub):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "", r.choice((
        f"{r.choice(('PJN', 'RNR', 'PZK', 'BLT'))}{r.randint(100000, 999999)}{r.choice('HSG')}",
        f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"OM{r.randint(10, 99)}-{r.randint(10000, 99999)}",
        f"HM3-{r.randint(100000, 999999)}",
        f"{r.randint(1, 9)}{r.choice(al)}{r.randint(1, 9)}{r.choice(al)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"SN{r.randint(10**7, 10**8)}",
    )), ""


def g_vehicle(r, sub):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    vin_al = al + "0123456789"
    if sub == "vin" or r.random() < 0.4:
        return "", f"{r.choice('12345J')}{''.join(r.choice(vin_al) for _ in range(16))}", ""
    return "", r.choice((
        f"{r.randint(1, 9)}{''.join(r.choice(al) for _ in range(3))}{r.randint(100, 999)}",
        f"{''.join(r.choice(al) for _ in range(3))}-{r.randint(1000, 9999)}",
        f"{r.randint(1, 9)}{r.choice(al)}{r.choice(al)} {r.randint(100, 999)}",
        f"{r.randint(100, 999)}-{''.join(r.choice(al) for _ in range(3))}",
    )), ""


GENERATORS = {
    "PERSON": g_person, "LOCATION": g_location, "ORGANIZATION": g_org, "PHONE": g_phone, "FAX": g_fax,
    "PAGER": g_pager, "EMAIL": g_email, "URL": g_url, "IP_ADDRESS": g_ip, "SSN": g_ssn, "MRN": g_mrn,
    "ACCOUNT": g_account, "HEALTH_PLAN": g_plan, "LICENSE": g_license, "ZIP": g_zip,
    "STREET_ADDRESS": g_street, "DATE_REAL_YEAR": g_date, "AGE_OVER_89": g_age, "DEVICE_ID": g_device,
    "VEHICLE_ID": g_vehicle,
}

# --------------------------------------------------------------------------- hard negatives

DRUGS = (
    "metoprolol succinate 25 mg PO daily", "apixaban 5 mg PO BID", "furosemide 40 mg IV BID",
    "levetiracetam 500 mg PO BID", "insulin glargine 22 units SC qHS", "vancomycin 1 g IV q12h",
    "piperacillin-tazobactam 4.5 g IV q8h", "Bactrim DS 1 tab PO BID", "Percocet 5/325 1-2 tabs q4-6h PRN",
    "Sinemet 25/100 PO TID", "atorvastatin 80 mg PO QHS", "lisinopril 10 mg PO daily",
    "tamsulosin 0.4 mg PO QHS", "omeprazole 20 mg PO daily", "warfarin 5 mg PO (goal INR 2-3)",
    "heparin 5000 units SC TID", "donepezil 10 mg PO daily", "Lasix 20 mg PO daily",
    "Keppra 750 mg PO BID", "Zosyn 3.375 g IV q6h", "Eliquis 2.5 mg BID", "Tylenol 650 mg q6h PRN",
    "senna 8.6 mg PO BID", "Colace 100 mg PO BID", "MiraLAX 17 g PO daily", "Coumadin 2.5 mg",
    "prednisone 40 mg x 5 days", "albuterol 2 puffs q4h PRN", "Spiriva 18 mcg inh daily",
    "Entresto 24/26 mg BID", "Januvia 100 mg daily", "Humalog sliding scale", "ceftriaxone 1 g IV q24h",
    "Depakote ER 1000 mg QHS", "Seroquel 25 mg QHS PRN agitation", "Haldol 0.5 mg IV x1",
    "nitroglycerin 0.4 mg SL q5min x3", "aspirin 81 mg PO daily", "Plavix 75 mg daily",
    "Ativan 0.5 mg PO q8h PRN", "Narcan 0.4 mg IV", "Zofran 4 mg IV q8h PRN nausea",
)
EPONYMS = (
    "Murphy's sign negative", "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis",
    "Lewy body dementia", "Bell's palsy", "Graves disease", "Alzheimer's dementia", "Babinski downgoing",
    "negative Homans sign", "Barrett's esophagus", "Wolff-Parkinson-White", "Guillain-Barré syndrome",
    "Cushing's syndrome", "Addison's disease", "Hodgkin lymphoma", "Sjögren's syndrome",
    "Raynaud phenomenon", "Meniere's disease", "Paget's disease of bone", "Dupuytren's contracture",
    "Baker's cyst", "Tommy John repair", "Wernicke encephalopathy", "Korsakoff syndrome",
    "Charcot foot", "Kussmaul respirations", "Cheyne-Stokes breathing", "Brudzinski negative",
    "Virchow's node not palpable", "Trousseau sign", "Chvostek sign negative", "Tinel's sign positive",
    "Phalen's test positive", "McMurray test", "Lachman negative", "Romberg negative",
)
SCORES = (
    "GCS 15", "Glasgow Coma Scale 14", "CHA2DS2-VASc 4", "HAS-BLED 2", "Mallampati II", "Wells score 1.5",
    "Child-Pugh B", "MELD 18", "NIHSS 4", "Braden score 14", "Morse fall scale 45", "MoCA 22/30",
    "Mini-Cog 3/5", "PHQ-9 of 12", "CIWA 8", "COWS 6", "Apgar 8/9", "Hunt and Hess grade II",
    "Fisher grade 3", "TIMI 3", "Killip class I", "NYHA class III", "ECOG 1", "Karnofsky 70",
    "Ranson 2", "Glasgow-Blatchford 6", "CURB-65 of 2", "Aldrete 9", "RASS -1", "CAM-ICU negative",
)
DEVICES = (
    "Medtronic Azure XT DR MRI pacemaker", "Boston Scientific Dynagen ICD", "HeartMate 3 LVAD",
    "Impella CP", "Foley catheter", "right IJ triple-lumen catheter", "PICC line", "Pleur-x catheter",
    "BiPAP 12/5", "Dobhoff tube", "Omnipod insulin pump", "Dexcom G6 sensor", "Swan-Ganz catheter",
    "IABP 1:1", "Jackson-Pratt drain", "Blake drain", "Hickman catheter", "Port-a-Cath",
    "Watchman device", "MitraClip", "Ventriculostomy (EVD) at 10 cm H2O", "Abbott Xience stent",
    "CPAP 10 cm H2O", "Passy-Muir valve", "Shiley 6 cuffless trach", "Wound VAC at -125 mmHg",
)
SERVICES = ("MEDICINE", "SURGERY", "CARDIOTHORACIC", "NEUROLOGY", "ORTHOPAEDICS", "OBSTETRICS/GYNECOLOGY",
            "NEUROSURGERY", "UROLOGY", "PSYCHIATRY", "PLASTIC")
ALLERGIES = ("Penicillins", "No Known Allergies / Adverse Drug Reactions", "Sulfa (Sulfonamide Antibiotics)",
             "Codeine / lisinopril", "iodinated contrast", "latex / morphine",
             "Patient recorded as having No Known Allergies to Drugs")
CC = ("chest pain", "shortness of breath", "fall", "altered mental status", "abdominal pain", "syncope",
      "fever and dysuria", "hematemesis", "left leg swelling", "weakness", "right hip pain after fall")
PMH = ("HTN, HLD, DM2", "CAD s/p CABG in 2009, HFrEF (EF 30%)", "COPD on 2L home O2", "ESRD on HD MWF",
       "atrial fibrillation on apixaban", "CKD stage 3b, gout", "metastatic NSCLC", "cirrhosis (EtOH) c/b ascites",
       "Parkinson's disease", "dementia (Lewy body)", "T2DM c/b neuropathy, PVD", "OSA on CPAP")
PROCEDURES = ("none", "Right heart catheterization", "ORIF left hip", "EGD with clipping", "Paracentesis x2",
              "Intubation and extubation", "PICC placement", "Laparoscopic cholecystectomy",
              "Cardiac catheterization with DES to LAD", "Thoracentesis (right)", "Bronchoscopy with BAL")
DX = ("NSTEMI", "Community-acquired pneumonia", "Acute on chronic systolic heart failure", "Urosepsis",
      "Left intertrochanteric femur fracture", "Upper GI bleed", "DKA", "COPD exacerbation",
      "Hyponatremia", "C. diff colitis", "Acute kidney injury", "Delirium")


def _labs(r):
    w = round(r.uniform(3.5, 18.0), 1)
    lines = [
        f"WBC-{w}{'*' if w > 11 else ''} RBC-{r.uniform(3.0, 5.8):.2f} Hgb-{r.uniform(7.5, 15.5):.1f} "
        f"Hct-{r.uniform(24, 46):.1f} MCV-{r.randint(78, 102)} MCH-{r.uniform(26, 34):.1f} "
        f"MCHC-{r.uniform(31, 36):.1f} RDW-{r.uniform(11.5, 18.5):.1f} Plt Ct-{r.randint(40, 520)}",
        f"Glucose-{r.randint(60, 380)} UreaN-{r.randint(6, 90)} Creat-{r.uniform(0.5, 6.0):.1f} "
        f"Na-{r.randint(124, 148)} K-{r.uniform(3.0, 5.9):.1f} Cl-{r.randint(90, 112)} HCO3-{r.randint(14, 32)} "
        f"AnGap-{r.randint(8, 24)}",
        f"PT-{r.uniform(10, 30):.1f} PTT-{r.uniform(22, 80):.1f} INR(PT)-{r.uniform(0.9, 3.5):.1f}",
        f"ALT-{r.randint(8, 400)} AST-{r.randint(10, 500)} AlkPhos-{r.randint(40, 400)} "
        f"TotBili-{r.uniform(0.2, 8):.1f}",
        f"cTropnT-{r.uniform(0.01, 2.5):.2f}* CK-MB-{r.randint(1, 80)} proBNP-{r.randint(50, 25000)}*",
        f"Calcium-{r.uniform(7.5, 10.8):.1f} Phos-{r.uniform(2, 6):.1f} Mg-{r.uniform(1.4, 2.8):.1f}",
        f"Type-ART pO2-{r.randint(55, 300)} pCO2-{r.randint(25, 80)} pH-{r.uniform(7.1, 7.5):.2f} "
        f"calTCO2-{r.randint(15, 35)} Base XS-{r.randint(-8, 6)}",
        f"Lactate-{r.uniform(0.6, 8.0):.1f}",
        f"%HbA1c-{r.uniform(5, 12):.1f}* eAG-{r.randint(90, 300)}*",
        f"TSH-{r.uniform(0.1, 9):.2f} Free T4-{r.uniform(0.6, 2.2):.1f}",
    ]
    t = f"{r.randint(1, 12):02d}:{r.choice((0, 15, 20, 30, 45, 50)):02d}{r.choice(('AM', 'PM'))}"
    head = r.choice((f"___ {t} BLOOD ", f"{_shifted(r)} {t} BLOOD ", "", f"___ {t} BLOOD "))
    return "\n".join(head + ln for ln in r.sample(lines, r.randint(2, 4)))


def _shifted(r):
    y, m, d = r.randint(2105, 2199), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}",
                     f"{y}-{m:02d}-{d:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"))


def _vitals(r):
    s, di = r.randint(88, 190), r.randint(44, 110)
    return r.choice((
        f"T {r.uniform(96.5, 102.5):.1f} HR {r.randint(48, 135)} BP {s}/{di} "
        f"RR {r.randint(10, 30)} O2 {r.randint(86, 100)}% RA",
        f"VS: {r.uniform(96.5, 101.5):.1f} {s}/{di} {r.randint(50, 130)} {r.randint(12, 28)} "
        f"{r.randint(88, 100)}%{r.randint(1, 6)}L",
        f"Temp: {r.uniform(96.5, 101.5):.1f} HR: {r.randint(50, 130)} BP: {s}/{di} "
        f"Resp: {r.randint(12, 28)} O2Sat: {r.randint(88, 100)}",
        f"BP {s}/{di}, P {r.randint(50, 130)}, R {r.randint(12, 28)}, "
        f"SpO2 {r.randint(88, 100)}% on {r.randint(1, 6)} L NC, "
        f"weight {r.uniform(45, 130):.1f} kg",
    ))


def _young_age(r):
    a = r.randint(18, 89)
    return r.choice((f"{a} year old", f"{a}-year-old", f"{a} y/o", f"{a}yo", f"{a} yo"))


NEGATIVE = {
    "drug": lambda r: r.choice(DRUGS),
    "meds": lambda r: "\n".join(f"{i + 1}. {d}" for i, d in enumerate(r.sample(DRUGS, r.randint(3, 7)))),
    "eponym": lambda r: r.choice(EPONYMS),
    "score": lambda r: r.choice(SCORES),
    "device": lambda r: r.choice(DEVICES),
    "labs": _labs,
    "vitals": _vitals,
    "shifted": _shifted,
    "time": lambda r: r.choice((f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(0, 23):02d}00",
                                f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM', 'am', 'pm'))}")),
    "room": lambda r: r.choice((f"Rm {r.randint(100, 1299)}{r.choice('AB')}", f"bed {r.randint(1, 24)}",
                                f"room {r.randint(2, 14)}{r.randint(10, 40)}", f"bay {r.randint(1, 30)}",
                                f"ED pod {r.choice('ABC')}{r.randint(1, 20)}")),
    "age": _young_age,
    "sex": lambda r: r.choice(("M", "F")),
    "service": lambda r: r.choice(SERVICES),
    "allergy": lambda r: r.choice(ALLERGIES),
    "cc": lambda r: r.choice(CC),
    "pmh": lambda r: r.choice(PMH),
    "proc": lambda r: r.choice(PROCEDURES),
    "dx": lambda r: r.choice(DX),
    "year": lambda r: str(r.randint(1960, 2022)),
    "country": lambda r: r.choice(COUNTRIES),
    "lang": lambda r: r.choice(("Haitian Creole", "Cape Verdean Creole", "Portuguese", "Vietnamese", "Somali",
                                "Spanish", "Polish", "Cantonese", "Russian", "Arabic")),
    "state": lambda r: r.choice(STATES),
    "code": lambda r: r.choice((f"CPT {r.randint(70000, 79999)}", f"ICD-10 I50.{r.randint(20, 43)}",
                                f"NDC {r.randint(1000, 9999):04d}-{r.randint(1000, 9999):04d}-{r.randint(10, 99)}",
                                f"LOINC {r.randint(1000, 99999)}-{r.randint(0, 9)}", f"DRG {r.randint(100, 999)}",
                                "ICD-10 J18.9", f"firmware v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}")),
    "size": lambda r: f"{r.uniform(0.3, 9):.1f} x {r.uniform(0.3, 9):.1f} x {r.uniform(0.3, 9):.1f} cm",
    "level": lambda r: r.choice(("C5-C6", "L4-L5", "T11-T12", "L5-S1", "C3-C4")),
    "ecg": lambda r: f"PR {r.randint(120, 240)} ms, QRS {r.randint(70, 160)} ms, QTc {r.randint(390, 520)} ms",
    "ef": lambda r: r.choice(("EF 55-60%", "LVEF 25%", "EF 35-40%", "LVEF >55%", "EF 20-25%")),
}

# --------------------------------------------------------------------------- templates

DISCHARGE = (
    """Name:  {PERSON}                  Unit No:   {MRN}

Admission Date:  {DATE_REAL_YEAR}              Discharge Date:   {DATE_REAL_YEAR}

Date of Birth:  {DATE_REAL_YEAR.dob}             Sex:   M

Service: {~service}

Allergies:
{~allergy}

Attending: {PERSON.clin}.

Chief Complaint:
{~cc}

Major Surgical or Invasive Procedure:
{~proc}

History of Present Illness:
Mr. {PERSON.last} is a {AGE_OVER_89} man with {~pmh} who presents from {ORGANIZATION.fac} with {~cc}.
He was in his usual state of health until the morning of {DATE_REAL_YEAR} when his daughter {PERSON.first}
found him on the floor. At the OSH ({ORGANIZATION.hosp}) labs were notable for a lactate of 3.1 and he was
transferred here for further care. {~eponym}. Home meds reconciled with {ORGANIZATION.pharm}.
{+}
Past Medical History:
{~pmh}
- {~eponym}
- s/p cholecystectomy {~year}

Social History:
{+}
Family History:
Mother with {~eponym}; father died of MI at {~age}.

Physical Exam:
ADMISSION PHYSICAL EXAM:
{~vitals}
GENERAL: NAD, {~score}
NEURO: {~eponym}, {~score}

Pertinent Results:
{~labs}

Brief Hospital Course:
Mr. {PERSON.last} is a {AGE_OVER_89} man admitted with {~dx}. He was started on {~drug} and
{~drug}. Cardiology (Dr. {PERSON.last}) was consulted; {~ef}. A {~device} was placed on {~shifted}.
{+}
Medications on Admission:
The Preadmission Medication list is accurate and complete.
{~meds}

Discharge Medications:
{~meds}

Discharge Disposition:
Extended Care

Facility:
{ORGANIZATION.fac}

Discharge Diagnosis:
{~dx}

Discharge Condition:
Mental Status: Clear and coherent.
Activity Status: Out of Bed with assistance to chair or wheelchair.

Followup Instructions:
Department: CARDIOLOGY  When: {DATE_REAL_YEAR} at {~time}  With: {PERSON.clin}
Building: {STREET_ADDRESS}, {LOCATION}, MA {ZIP}  Phone: {PHONE}
{+}""",
    """Name:  {PERSON}                    Unit No:   {MRN}

Admission Date:  {DATE_REAL_YEAR}              Discharge Date:   {DATE_REAL_YEAR}

Date of Birth:  {DATE_REAL_YEAR.dob}             Sex:   F

Service: {~service}

Allergies:
{~allergy}

Attending: {PERSON.clin}

Chief Complaint:
{~cc}

History of Present Illness:
Ms. {PERSON.last} is a {AGE_OVER_89} woman with history of {~pmh} and {~eponym}, who lives alone in {LOCATION}
and was brought in by EMS after her neighbor could not reach her. In the ED, initial vitals were {~vitals}.
CTA chest negative for PE (Wells score 1.5). She received {~drug} and was admitted to {~room}.
{+}
Social History:
Retired school nurse from {ORGANIZATION.emp}. Widowed. Emigrated from {~country} in {~year}. HCP is her niece
{PERSON} ({PHONE}). Quit smoking {~year}. No EtOH.

Physical Exam:
{~vitals}
{~score}; {~eponym}.

Pertinent Results:
{~labs}
CXR {~shifted}: No acute process.
ECG: sinus rhythm, {~ecg}.

Brief Hospital Course:
# {~dx}: treated with {~drug}, transitioned to {~drug} on HD3.
# {~eponym}: continued home {~drug}.
# Goals of care: family meeting held with her niece and Dr. {PERSON.last} (palliative care, pager {PAGER}).
{+}
Discharge Medications:
{~meds}

Discharge Disposition:
Home With Service

Facility:
{ORGANIZATION.fac}

Discharge Instructions:
Dear Ms. {PERSON.last},
It was a pleasure taking care of you at {ORGANIZATION.hosp}. You were admitted for {~dx}.
Please weigh yourself every morning and call your doctor if your weight goes up more than 3 lbs.

Followup Instructions:
{+}""",
)

RADIOLOGY = (
    """EXAMINATION:  CT HEAD W/O CONTRAST Q111 CT HEAD

INDICATION:  {AGE_OVER_89} with fall on {~drug}, evaluate for ICH.

TECHNIQUE:  Routine unenhanced head CT. DLP: {~code}. CTDIvol 52.3 mGy.

COMPARISON:  {DATE_REAL_YEAR} from {ORGANIZATION.hosp}.

FINDINGS:
There is no evidence of acute intracranial hemorrhage, edema, or mass effect. Periventricular white matter
hypodensities are compatible with chronic small vessel disease. A {~size} extra-axial lesion along the left
convexity likely represents a meningioma, unchanged. {~device} noted.
{+}
IMPRESSION:
No acute intracranial abnormality.

NOTIFICATION:  The findings were discussed with {PERSON.clin} by {PERSON.clin} on the telephone on
{DATE_REAL_YEAR} at {~time}, 2 minutes after discovery of the findings.""",
    """EXAMINATION:  CHEST (PA AND LAT)

INDICATION:  History: {AGE_OVER_89} with {~cc}.  // ? pneumonia

TECHNIQUE:  Chest PA and lateral

COMPARISON:  Outside study dated {DATE_REAL_YEAR}, accession {ACCOUNT}. Chest radiograph {~shifted}.

FINDINGS:
Heart size is mildly enlarged. Right IJ line terminates in the right atrium. {~device} in place.
Left lower lobe opacity.
Small bilateral pleural effusions. No pneumothorax. Degenerative changes at {~level}.
{+}
IMPRESSION:
Left lower lobe pneumonia in the appropriate clinical setting. Recommend follow-up radiograph in 6-8 weeks.
Dr. {PERSON.last} was paged at {PAGER} at {~time}.""",
    """EXAMINATION:  MR L SPINE W/O CONTRAST

INDICATION:  {~age} woman with back pain radiating to left leg, {~eponym}. Referred by {PERSON.clin}
({ORGANIZATION.fac}, fax {FAX}).

TECHNIQUE:  Sagittal T1, T2 and STIR; axial T1 and T2 at {~level}. Implant card reviewed: {~device},
serial {DEVICE_ID}, MR conditional.

COMPARISON:  None.

FINDINGS:
At {~level}, disc bulge with moderate left foraminal narrowing. At {~level} there is a {~size} synovial cyst.
Conus terminates at L1. {+}

IMPRESSION:
Multilevel degenerative disease, worst at {~level}.""",
)

NURSING = (
    """Nursing Progress Note {~time}-{~time}
Pt is a {AGE_OVER_89} {~sex} admitted {DATE_REAL_YEAR} with {~dx}. Full code. Pt in {~room}.
Neuro: A&Ox2, {~score}, {~score}. Moves all extremities. Speaks {~lang}; interpreter
{PERSON} via phone.
CV: {~vitals}. Tele SR 70s-80s, occasional PVCs. {~drug} given at {~time}.
Resp: LS diminished bases, on 2L NC. {~device}.
GI/GU: tolerating regular diet. {~device} draining clear yellow urine. Last BM {~shifted}.
Skin: Stage 2 sacral PI, {~score}; wound care RN {PERSON.clin} following.
Social: daughter {PERSON} called at {~time}, updated. Her cell {PHONE}.
{+}
Plan: continue {~drug}. Fall precautions (Morse fall scale 55). PT/OT eval in AM.""",
    """Interval Events / Progress Note - MICU
S: Overnight pt agitated, received {~drug}. CAM-ICU positive. Wife {PERSON.first} at bedside.
O: {~vitals}
{~labs}
A/P: {~age} M with {~pmh} here with {~dx}.
# {~dx} - continue {~drug}; f/u cultures from {~shifted}.
# {~eponym} - stable.
# Access: {~device}, placed {~shifted}.
# Dispo: likely to {ORGANIZATION.fac} once bed available; CM {PERSON.clin} aware (pager {PAGER}).
{+}
Discussed with attending, Dr. {PERSON.last}.""",
)

ED = (
    """ED Triage / Provider Note
Arrival {~time} by ambulance from {LOCATION}. Triage acuity 2.
CC: {~cc}
HPI: {AGE_OVER_89} with {~pmh} presenting after MVC; restrained driver of vehicle (plate {VEHICLE_ID}), airbag
deployed. Police report from {LOCATION} PD. EMS gave {~drug}.
ROS: otherwise negative x10.
Exam: {~vitals}. {~score}. {~eponym}. FAST negative.
Labs: {~labs}
Imaging: CT C-spine negative for fracture ({~level} degenerative). CXR clear.
{+}
MDM: {~dx}. Admit to medicine. Patient's son {PERSON} notified at {PHONE}.
Pt's PCP: {PERSON.clin}, {ORGANIZATION.fac}.""",
    """EMERGENCY DEPARTMENT NOTE
Time seen: {~time}   Room: {~room}
Pt is a {~age} F with {~pmh} who presents with {~cc}. Lives at {ORGANIZATION.fac} in {LOCATION}.
Per staff at the facility (tel {PHONE}, fax {FAX}) she was last seen well at {~time}.
Vitals: {~vitals}
Exam notable for {~eponym}, {~score}.
ED course: {~drug}, {~drug}. ECG {~ecg}. Troponin x2 negative.
{+}
Disposition: Observation. Signed out to Dr. {PERSON.last} at {~time}.""",
)

CONSULT = (
    """{ORGANIZATION.hosp}
Department of Cardiology
{STREET_ADDRESS}
{LOCATION}, {~state} {ZIP}
Tel {PHONE}   Fax {FAX}

{DATE_REAL_YEAR}

Dear Dr. {PERSON.last},

Thank you for referring {PERSON} (DOB {DATE_REAL_YEAR.dob}, MRN {MRN}), a {AGE_OVER_89} gentleman with {~pmh},
whom I saw today for {~cc}. His {~device} was interrogated: {~ef}; battery 8.5 years.
{+}
Medications: {~drug}; {~drug}; {~drug}.
Exam: {~vitals}. {~eponym}. {~score}.
ECG: {~ecg}.

Impression and plan: {~dx}. I have started {~drug}. Please check BMP in 1 week. I will see him
again in 3 months. Do not hesitate to contact me at {EMAIL} or by pager {PAGER}.

Sincerely,

{PERSON.clin}
Cardiology Fellow, {ORGANIZATION.hosp}
cc: {PERSON.clin}""",
    """Outpatient Neurology Consultation

Patient: {PERSON}      MRN: {MRN}      DOB: {DATE_REAL_YEAR.dob}
Referring: {PERSON.clin}, {ORGANIZATION.fac}
Insurance: Medicare, member ID {HEALTH_PLAN}

Reason for consult: tremor and falls. {~eponym}.
History: {~age} right-handed retired machinist from {LOCATION}. Symptoms began in {~year}.
Exam: {~score}; {~eponym}; {~eponym}; gait wide-based. {~vitals}.
Data: MRI brain {~shifted}: mild atrophy. {~labs}
{+}
Assessment: Probable {~eponym}. Start {~drug}.
Follow-up in clinic at {STREET_ADDRESS}. Portal messages: {URL}.

{PERSON.clin}, Movement Disorders""",
)

SOCIAL = (
    """Social Work Assessment
Met with pt and family in {~room}. Pt is a {AGE_OVER_89} widowed woman, born in {LOCATION} ({~country}),
emigrated {~year}, speaks Portuguese. Lives alone at {STREET_ADDRESS}, {LOCATION}, {~state} {ZIP}.
Supports: son {PERSON} (lives in {LOCATION}, {PHONE}); granddaughter {PERSON} ({EMAIL}).
HCP: son. Proxy form scanned on {~shifted}.
Insurance: MassHealth {HEALTH_PLAN}; SSN on file {SSN}.
Services: VNA, Meals on Wheels, PCA 20 h/wk via {ORGANIZATION.fac}.
Pharmacy: {ORGANIZATION.pharm}.
Financial: son set up a fundraiser ({URL}).
{+}
Plan: SW will fax application to {ORGANIZATION.fac} (fax {FAX}). Pt/family agree with plan of SNF for rehab.""",
    """Case Management / Social Work Note
Pt is a {~age} M, employed as a driver for {ORGANIZATION.emp} until {DATE_REAL_YEAR}. Lives with partner
{PERSON} in an apartment in {LOCATION}. Has a valid driver's license ({LICENSE}); advised not to drive
per seizure precautions. Car (VIN {VEHICLE_ID}) to be picked up by partner.
Substance use: EtOH daily, CIWA 12; attended AA meetings in {~year}.
Benefits: disability application started, account {ACCOUNT}. Portal login issue: IP {IP_ADDRESS} blocked.
{+}
Contact: partner cell {PHONE}. Outpatient therapist {PERSON.clin} at {ORGANIZATION.fac}.""",
)

TEMPLATES = {"discharge": DISCHARGE, "radiology": RADIOLOGY, "nursing": NURSING, "ed": ED,
             "consult": CONSULT, "social_work": SOCIAL}
KIND_WEIGHTS = {"discharge": 3, "radiology": 3, "nursing": 2, "ed": 2, "consult": 1, "social_work": 1}

# Snippets inserted at {+}: each carries one slot of its category (others masked unless chosen).
EXTRAS = {
    "PHONE": ("Please call her daughter at {PHONE} with any questions.", "Home phone: {PHONE}",
              "Contact info for the team: {PHONE}.", "Wife's cell {PHONE}; work {PHONE}."),
    "FAX": ("Records faxed to PCP office, fax {FAX}.", "Fax: {FAX}",
            "Please fax results to {FAX}, attn: {PERSON.clin}."),
    "PAGER": ("Covering resident pager {PAGER}.", "Please page the fellow at {PAGER} with questions.",
              "Beeper {PAGER} (ortho on call)."),
    "EMAIL": ("Family prefers email updates: {EMAIL}.", "PCP email: {EMAIL}", "Sent summary to {EMAIL} per request."),
    "URL": ("Patient maintains a blog about her illness at {URL}.", "Records available at {URL}.",
            "Family shared updates via {URL}."),
    "IP_ADDRESS": ("Remote monitoring transmission received from IP {IP_ADDRESS}.",
                   "Telehealth session connected from {IP_ADDRESS} (audio only)."),
    "SSN": ("SSN: {SSN}", "Social Security #: {SSN} (for disability paperwork)."),
    "MRN": ("Outside MRN {MRN}.", "Med Rec # {MRN}", "Prior records under hospital number {MRN}."),
    "ACCOUNT": ("Billing acct #: {ACCOUNT}", "Account No. {ACCOUNT} (self-pay).", "Visit/FIN # {ACCOUNT}"),
    "HEALTH_PLAN": ("Insurance: BCBS, member ID {HEALTH_PLAN}.", "Medicare ID {HEALTH_PLAN}",
                    "Subscriber ID: {HEALTH_PLAN}, group 01882."),
    "LICENSE": ("Driver's license # {LICENSE} (copied for ID).", "Prescriber DEA # {LICENSE}.",
                "Interpreter certification no. {LICENSE}.", "RN license {LICENSE} verified."),
    "ZIP": ("Patient relocated; new zip code {ZIP}.", "Mailing address: {STREET_ADDRESS}, {LOCATION}, {~state} {ZIP}"),
    "STREET_ADDRESS": ("Lives at {STREET_ADDRESS} with her husband.", "Discharged to home address {STREET_ADDRESS}.",
                       "Shelter address: {STREET_ADDRESS}, {LOCATION}."),
    "DATE_REAL_YEAR": ("Last colonoscopy {DATE_REAL_YEAR}: two tubular adenomas.",
                       "Flu vaccine given {DATE_REAL_YEAR}.",
                       "Seen in clinic on {DATE_REAL_YEAR} for the same complaint.",
                       "Hip replaced {DATE_REAL_YEAR} at {ORGANIZATION.hosp}."),
    "AGE_OVER_89": ("Her mother, who is {AGE_OVER_89}, lives with them.",
                    "Pt is {AGE_OVER_89} and ambulates with a walker.",
                    "Age: {AGE_OVER_89}"),
    "DEVICE_ID": ("Pacemaker serial no. {DEVICE_ID}.", "ICD SN {DEVICE_ID}, interrogated today.",
                  "Insulin pump serial # {DEVICE_ID}."),
    "VEHICLE_ID": ("Pt was the driver; vehicle plate {VEHICLE_ID}.", "Car VIN {VEHICLE_ID} noted on police report.",
                   "Registration {VEHICLE_ID} given to security for parking."),
    "PERSON": ("Pt's brother {PERSON} visited.", "Seen with {PERSON.clin} (attending).",
               "HCP: {PERSON}, nephew.", "Spoke with the PCP, Dr. {PERSON.last}."),
    "LOCATION": ("Recently returned from {LOCATION.abroad}.", "Works in {LOCATION}, commutes daily.",
                 "Grew up in {LOCATION}."),
    "ORGANIZATION": ("Receives dialysis at {ORGANIZATION.fac}.", "Transferred from {ORGANIZATION.hosp}.",
                     "Works at {ORGANIZATION.emp}.", "Fills prescriptions at {ORGANIZATION.pharm}."),
}
NEG_EXTRAS = (
    "Continue {~drug}.", "{~score}. {~eponym}.", "Hx of {~eponym} dx {~year}.",
    "Repeat labs: {~labs}", "{~vitals}", "CPR/DNR discussed. {~code}.", "EKG: {~ecg}; {~ef}.",
    "Visiting from {~country}; speaks limited English.", "Moved from {~state} in {~year}.",
    "Plan reviewed at {~time} on {~shifted}.", "Pt's {~age} brother also has {~eponym}.",
    "For more information see www.cdc.gov/flu.",
)

_TOKEN = re.compile(r"\{([A-Z][A-Z_0-9]*)(?:\.(\w+))?\}|\{~(\w+)\}|\{\+\}")


def _slots(text: str) -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in _TOKEN.finditer(text) if m.group(1)]


def _build(rng: random.Random, kind: str, template: str, targets: list[str]) -> LabelledNote:
    # expand {+} insertion points with extras: one per target category missing from the template
    # (young patients: the HPI age slot becomes an unmasked age < 90 unless an old age is planted)
    if "AGE_OVER_89" not in targets and rng.random() < 0.65:
        template = template.replace("{AGE_OVER_89}", "{~age}")
    points = template.count("{+}")
    fill: list[list[str]] = [[] for _ in range(points)]
    have = {c for c, _ in _slots(template)}
    for cat in targets:
        if cat not in have:
            fill[rng.randrange(points)].append(rng.choice(EXTRAS[cat]))
    for _ in range(rng.randint(0, 2)):
        fill[rng.randrange(points)].append(rng.choice(EXTRAS[rng.choice(CATEGORIES)]))
    for _ in range(rng.randint(1, 3)):
        fill[rng.randrange(points)].append(rng.choice(NEG_EXTRAS))
    parts = template.split("{+}")
    text_t = parts[0]
    for i, extra in enumerate(fill):
        text_t += "".join(x + "\n" for x in extra) + parts[i + 1]
    slots = [(m.start(), m.group(1)) for m in _TOKEN.finditer(text_t) if m.group(1)]
    chosen = set()
    for cat in targets:
        cands = [s for s, c in slots if c == cat and s not in chosen]
        chosen.add(rng.choice(cands))
    out, spans, pos = [], [], 0
    length = 0
    for m in _TOKEN.finditer(text_t):
        lit = text_t[pos:m.start()]
        out.append(lit)
        length += len(lit)
        if m.group(1):
            pre, val, post = GENERATORS[m.group(1)](rng, m.group(2))
            if m.start() in chosen:
                piece = pre + val + post
                spans.append((length + len(pre), length + len(pre) + len(val), m.group(1)))
            else:
                piece = pre + "___" + post
        else:
            piece = NEGATIVE[m.group(3)](rng)
        out.append(piece)
        length += len(piece)
        pos = m.end()
    out.append(text_t[pos:])
    return LabelledNote(kind, "".join(out), spans)


def holdout2_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """``n_notes`` labelled notes; note ``i`` depends only on ``(seed, i)``."""
    kinds = list(KIND_WEIGHTS)
    weights = [KIND_WEIGHTS[k] for k in kinds]
    notes = []
    for i in range(n_notes):
        rng = random.Random(f"holdout2:{seed}:{i}")
        kind = rng.choices(kinds, weights)[0]
        template = rng.choice(TEMPLATES[kind])
        targets = rng.sample(CATEGORIES, rng.choice((1, 1, 2, 2, 3))) if rng.random() < 0.6 else []
        notes.append(_build(rng, kind, template, targets))
    return notes


# --------------------------------------------------------------------------- measurement


def measure(seed: int, n: int, ner: bool, ner_model: str | None = None) -> dict:
    from lqs_clinical.notes.calibrate import detect_texts
    from lqs_clinical.notes.evaluate import score

    notes = holdout2_corpus(seed, n)
    detector = None
    cats = CATEGORIES if ner else CATEGORIES[:17]
    if ner:
        from lqs_clinical.notes.ner import Detector

        detector = Detector(ner_model)
    hits = detect_texts([x.text for x in notes], detector)
    result = score(notes, hits, cats)
    misses: Counter = Counter()
    miss_examples: dict = {}
    false: Counter = Counter()
    false_examples: Counter = Counter()
    for note, h in zip(notes, hits, strict=True):
        for s, e, c in note.spans:
            if c in cats and not any(hc == c and hs < e and s < he for hs, he, hc, _ in h):
                got = sorted({hc for hs, he, hc, _ in h if hs < e and s < he}) or ["-"]
                misses[(c, note.note_type)] += 1
                miss_examples.setdefault(c, Counter())[(note.text[s:e], "/".join(got))] += 1
        for hs, he, hc, tier in h:
            if hc in cats and not any(hs < e and s < he for s, e, _ in note.spans):
                false[(hc, note.note_type)] += 1
                false_examples[(hc, tier, note.text[hs:he])] += 1
    result["misses"] = misses
    result["miss_examples"] = miss_examples
    result["false_by"] = false
    result["false_examples"] = false_examples
    result["kinds"] = Counter(x.note_type for x in notes)
    result["planted_notes"] = sum(1 for x in notes if x.spans)
    return result


def _print(res: dict) -> None:
    print(f"notes {res['notes']}  with planted PHI {res['planted_notes']}  kinds {dict(res['kinds'])}")
    print(f"overall recall {res['overall_recall']}  precision {res['overall_precision']}  "
          f"false hits {res['false_hits']}  per note {res['false_hits_per_note']}")
    print("| category | planted | found | recall | hits | precision |")
    print("|---|---:|---:|---:|---:|---:|")
    for c, d in res["per_category"].items():
        print(f"| {c} | {d['planted']} | {d['found']} | {d['recall']} | {d['hits']} | {d['precision']} |")
    print("\nmisses by (category, kind):", dict(sorted(res["misses"].items())))
    for c, ex in sorted(res["miss_examples"].items()):
        print(f"  {c}: " + "; ".join(f"{v!r}->{g} x{k}" for (v, g), k in ex.most_common(12)))
    print("\nfalse hits by (category, kind):", dict(sorted(res["false_by"].items())))
    for (c, tier, t), k in res["false_examples"].most_common(40):
        print(f"  {c} [{tier}] {t!r} x{k}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--ner", action="store_true")
    ap.add_argument("--ner-model", default=None)
    ap.add_argument("--show", type=int, default=0, help="print the first N notes")
    args = ap.parse_args(argv)
    if args.show:
        for note in holdout2_corpus(args.seed, args.show):
            print(f"===== {note.note_type} {[(note.text[s:e], c) for s, e, c in note.spans]}\n{note.text}\n")
        return
    _print(measure(args.seed, args.n, args.ner, args.ner_model))


if __name__ == "__main__":
    main()
