"""Blind held-out labelled notes for the residual-PHI detector.

Written without reading the detector rules (``pii_rules/``, ``lqs_clinical/notes/``) or the templates
and surrogate values of :mod:`lqs_clinical.synth.notes`; only its ``LabelledNote`` and ``CATEGORIES``
are shared (the category names are the contract). Templates, surrogate values and formats here are
independent, so recall/precision measured on this corpus is an honest estimate, not a tuned one.

Notes look like MIMIC-IV-Note: most identifiers masked as ``___``; in about 60% of notes 1-3
identifiers survive ("planted") and are labelled with exact character spans. Every note is full of
hard negatives a detector must not flag: eponyms, drug/device names, vital-sign ratios, lab values,
dates shifted into 2100+, dose schedules, room/bed numbers, ``Dr. ___``, ages < 90, abbreviations.
All values are fictitious.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

__all__ = ["holdout_corpus", "PLANTED_NOTE_SHARE"]

PLANTED_NOTE_SHARE = 0.6
MASK = "___"

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = [
    "Oluwaseun", "Thanh", "Siobhan", "Mateo", "Rajesh", "Mei-Ling", "Dmitri", "Fatima", "Kwame", "Bjorn",
    "Keanu", "Tomasz", "Aaliyah", "Hiroshi", "Ngozi", "Lucia", "Giovanni", "Ayesha", "Declan", "Yusuf",
    "Ingrid", "Tenzin", "Marisol", "Kofi", "Svetlana", "Jae-won", "Anjali", "Esperanza", "Eero", "Priyanka",
    "Cormac", "Leilani", "Wendell", "Dolores", "Thaddeus", "Gertrude", "Rosalind", "Everett", "Bernadette",
    "Alphonse", "Faith", "Grace", "Hunter", "Xiomara", "Bogdan", "Amara", "Ximena", "Delroy", "Shoshana",
]
_LAST = [
    "Adebayo", "Nguyen", "O'Connell", "Hernandez", "Venkataraman", "Chou", "Volkov", "Al-Sayed", "Mensah",
    "Lindqvist", "Kahananui", "Wisniewski", "Washington", "Tanaka", "Eze", "Castellanos", "Rossi", "Qureshi",
    "MacAllister", "Demir", "Haugen", "Dorje", "Villanueva", "Boateng", "Petrova", "Park", "Banerjee",
    "Okonkwo", "Virtanen", "Szymanski", "Fitzgerald", "Makoa", "Pettigrew", "Delacroix", "Whitfield",
    "Brennan", "Abernathy", "Marchetti", "Goldberg", "Horowitz", "Yazzie", "Begay", "Stone", "Banks",
    "Rivers", "Fox", "Van der Berg", "St. Germain", "Oyelaran", "Rahimi",
]
_CITIES = [
    ("Kalamazoo", "MI"), ("Flagstaff", "AZ"), ("Lubbock", "TX"), ("Bangor", "ME"), ("Paducah", "KY"),
    ("Yakima", "WA"), ("Duluth", "MN"), ("Hattiesburg", "MS"), ("Pueblo", "CO"), ("Eau Claire", "WI"),
    ("Santa Fe", "NM"), ("Baton Rouge", "LA"), ("St. Cloud", "MN"), ("Las Cruces", "NM"), ("Ithaca", "NY"),
    ("Fall River", "MA"), ("Pawtucket", "RI"), ("Nashua", "NH"), ("Chicopee", "MA"), ("Scranton", "PA"),
    ("Wheeling", "WV"), ("Hilo", "HI"), ("Fairbanks", "AK"), ("Boise", "ID"), ("Savannah", "GA"),
    ("Toledo", "OH"), ("El Paso", "TX"), ("Sioux Falls", "SD"), ("Cedar Rapids", "IA"), ("Great Falls", "MT"),
    ("Chula Vista", "CA"), ("Poughkeepsie", "NY"), ("Tallahassee", "FL"), ("Provo", "UT"), ("Bismarck", "ND"),
    ("Mobile", "AL"), ("Reading", "PA"), ("Marion", "IN"), ("Salem", "OR"), ("Fort Wayne", "IN"),
    ("Biloxi", "MS"), ("Dubuque", "IA"), ("Missoula", "MT"), ("Oshkosh", "WI"), ("Kissimmee", "FL"),
    ("Tacoma", "WA"), ("Bakersfield", "CA"), ("Albuquerque", "NM"), ("Chattanooga", "TN"), ("Dorchester", "MA"),
]
_ORGS = [
    "St. Brigid's Medical Center", "Lakeshore Community Hospital", "Mercy Valley Rehabilitation Center",
    "Hillcrest Skilled Nursing Facility", "Pine Ridge Family Health Center", "North Fork Dialysis",
    "Sunrise Senior Living", "Good Samaritan Regional Medical Center", "Riverbend Orthopedic Associates",
    "Copper Canyon Urgent Care", "Bayou Oaks Nursing and Rehab", "Harborview Cardiology Group",
    "Whitestone Hospice", "Sacred Heart Hospital", "Cedar Crest Behavioral Health", "Aurora Pines Assisted Living",
    "Tri-County Ambulance", "Blue Heron Home Health", "Maple Grove Pediatrics", "Prairie View Medical Center",
    "Saint Anselm Hospital", "Kalamazoo Valley VA Clinic", "Ocean State Oncology", "Granite Peak Surgical Center",
    "Willow Creek Manor", "Hope Street Clinic", "Mount Carmel Infirmary", "Three Rivers Health",
]
_STREETS = [
    "Willow Bend", "Juniper", "Mockingbird", "Old Mill", "Cottonwood", "Magnolia", "Chestnut Hill", "Saddleback",
    "Quarry", "Lighthouse", "Peachtree", "Ridgecrest", "Wabash", "Kamehameha", "Tamarack", "Calle Sonora",
    "Martin Luther King Jr", "Fourth", "12th", "Dockside", "Bluebonnet", "Plum Orchard",
]
_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Lane", "Ln", "Dr", "Drive", "Ct", "Way",
           "Terrace", "Pkwy", "Circle"]
_EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "aol.com", "icloud.com",
                  "lakeshorehealth.org", "stbrigids.org", "proton.me", "hotmail.co.uk"]
_URL_HOSTS = ["portal.lakeshorehealth.org", "mychart.stbrigids.org", "www.caringbridge.org", "www.gofundme.com",
              "pacs.prairieviewmed.com", "telehealth.threerivershealth.net", "www.facebook.com"]
_PLAN_PREFIX = ["BCBS", "Aetna", "Medicaid", "Medicare", "Tufts", "Harvard Pilgrim", "UnitedHealthcare", "Humana"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _phone(r: random.Random) -> str:
    a, x, n = str(r.randint(201, 989)), str(r.randint(202, 989)), _digits(r, 4)
    return r.choice([
        f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}", f"1-{a}-{x}-{n}",
        f"{a} {x} {n}", f"({a}){x}-{n}", f"+1-{a}-{x}-{n}", f"{a}{x}{n}",
    ])


def _pager(r: random.Random) -> str:
    return r.choice([_phone(r), f"#{r.randint(1, 9)}-{_digits(r, 4)}", f"{r.randint(10000, 99999)}",
                     f"{_phone(r)} x{_digits(r, 3)}"])


def _email(r: random.Random) -> str:
    f, la = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace("'", "").replace(" ", "")
    user = r.choice([f"{f}.{la}", f"{f[0]}{la}{r.randint(1, 99)}", f"{f}_{la[:3]}", f"{la}.{f[0]}"])
    return f"{user}@{r.choice(_EMAIL_DOMAINS)}"


def _url(r: random.Random) -> str:
    host = r.choice(_URL_HOSTS)
    return r.choice([f"https://{host}/patient/{_digits(r, 6)}", f"http://{host}", host,
                     f"https://{host}/{r.choice(_LAST).lower().replace(' ', '').replace('.', '')}-family",
                     f"https://{host}/view?id={_digits(r, 8)}"])


def _ip(r: random.Random) -> str:
    if r.random() < 0.1:
        return "fe80::" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4))
    first = r.choice([10, 172, 192, r.randint(11, 223)])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a, b, c = f"{r.randint(1, 665):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def _mrn(r: random.Random) -> str:
    return r.choice([_digits(r, 7), _digits(r, 8), "00" + _digits(r, 6), f"M{_digits(r, 7)}",
                     f"{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 2)}", _digits(r, 10)])


def _account(r: random.Random) -> str:
    return r.choice([_digits(r, 9), f"A-{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 2)}",
                     f"HAR{_digits(r, 8)}", _digits(r, 12)])


def _health_plan(r: random.Random) -> str:
    a, an = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"  # Medicare MBI alphabet
    mbi = (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(an)}"
           f"{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}{r.randint(0, 9)}")
    return r.choice([mbi, f"XYZ{_digits(r, 9)}", f"{r.choice('ABCDEFGHKLMNPRSTW')}{_digits(r, 8)}",
                     f"HPN-{_digits(r, 6)}", f"{_digits(r, 9)}A", f"W{_digits(r, 8)}01"])


def _license(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTWXYZ"
    return r.choice([f"S{_digits(r, 8)}", f"{r.choice(L)}{r.choice(L)}{_digits(r, 7)}", _digits(r, 6),
                     f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                     f"D{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}",
                     f"RN{_digits(r, 6)}"])


def _zip(r: random.Random) -> str:
    z = f"{r.randint(1001, 99950):05d}"
    return z if r.random() < 0.7 else f"{z}-{_digits(r, 4)}"


def _street(r: random.Random) -> str:
    base = f"{r.randint(1, 9899)} {r.choice(['', '', '', 'N. ', 'S ', 'East ', 'W. '])}{r.choice(_STREETS)} " \
           f"{r.choice(_SUFFIX)}"
    roll = r.random()
    if roll < 0.2:
        base += f", Apt {r.randint(1, 30)}{r.choice('ABCDEF')}"
    elif roll < 0.3:
        base += f" #{r.randint(100, 999)}"
    elif roll < 0.38:
        base = f"PO Box {r.randint(10, 9999)}"
    elif roll < 0.45:
        base = f"{r.randint(100, 99999)} State Route {r.randint(1, 299)}"
    return base


def _real_date(r: random.Random) -> str:
    d = date(1950, 1, 1) + timedelta(days=r.randint(0, (date(2030, 12, 31) - date(1950, 1, 1)).days))
    m, mon = d.month, _MONTHS[d.month - 1]
    return r.choice([
        f"{m:02d}/{d.day:02d}/{d.year}", f"{m}/{d.day}/{d.year}", f"{mon} {d.day}, {d.year}",
        f"{mon[:3]} {d.day} {d.year}", f"{d.day} {mon[:3]} {d.year}", d.isoformat(), f"{m:02d}-{d.day:02d}-{d.year}",
        f"{m:02d}.{d.day:02d}.{d.year}", f"{mon} {d.year}", f"{m}/{d.year}", f"{mon[:3]}. {d.day}, {d.year}",
        f"{d.day}-{mon[:3]}-{d.year}",
    ])


def _shifted_date(r: random.Random) -> str:
    """Negative: MIMIC shifts dates into 2100-2200, so these are not real dates."""
    d = date(2110, 1, 1) + timedelta(days=r.randint(0, 365 * 85))
    return r.choice([d.isoformat(), f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                     f"{d.isoformat()} {r.randint(1, 11):02d}:{r.randint(0, 59):02d}AM"])


def _device(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 6)}{r.choice(L)}",
                     f"{_digits(r, 1)}{r.choice(L)}{_digits(r, 1)}{r.choice(L)}-{_digits(r, 2)}-{_digits(r, 4)}",
                     f"RNB{_digits(r, 6)}", f"SN{_digits(r, 9)}", f"{r.choice(L)}{r.choice(L)}-{_digits(r, 7)}"])


def _vehicle(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if r.random() < 0.45:  # VIN: WMI, descriptor, check digit, model year, plant, serial
        return (str(r.randint(1, 5)) + "".join(r.choice(_VIN_CHARS) for _ in range(7)) + r.choice("0123456789X")
                + r.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + r.choice(_VIN_CHARS) + _digits(r, 6))
    return r.choice([f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 3)}",
                     f"{r.choice(L)}{r.choice(L)}{r.choice(L)}-{_digits(r, 4)}",
                     f"{_digits(r, 3)} {r.choice(L)}{r.choice(L)}{r.choice(L)}",
                     f"{r.choice(L)}{r.choice(L)}{_digits(r, 2)} {r.choice(L)}{r.choice(L)}{r.choice(L)}"])


def _person(r: random.Random, variant: str) -> str:
    f, la = r.choice(_FIRST), r.choice(_LAST)
    if variant == "last":
        return la
    if variant == "first":
        return f
    return r.choice([f"{f} {la}", f"{f} {la}", f"{la}, {f}", f"{f[0]}. {la}", f"{f} {r.choice('ABCDEJKLMRT')}. {la}"])


_PLANT = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _health_plan, "LICENSE": _license,
    "ZIP": _zip, "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _real_date, "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle, "AGE_OVER_89": lambda r: str(r.randint(90, 106)),
    "LOCATION": lambda r: r.choice(_CITIES)[0], "ORGANIZATION": lambda r: r.choice(_ORGS),
}

# --------------------------------------------------------------------------------------------------
# Templates. Slots: {{CAT}} or {{CAT:variant}}; CAT is a CATEGORIES name.
# An unplanted slot renders as ___ (or, for DATE_REAL_YEAR / AGE_OVER_89, sometimes as a negative:
# a date shifted into 2100+ or an age < 90).
# --------------------------------------------------------------------------------------------------

_SCENARIOS = [
    dict(
        service="MEDICINE", cc="dyspnea, leg swelling", proc="Right heart catheterization with Swan-Ganz catheter",
        hpi="with HFrEF (EF 30%), CKD stage 3 and paroxysmal AF on apixaban who presents with 5 days of worsening "
            "orthopnea and 4 kg weight gain. Seen at {{ORGANIZATION}} on {{DATE_REAL_YEAR}} and furosemide "
            "increased to 40 mg PO BID without improvement. In the ED BP 132/78, HR 104, RR 22, SpO2 91% on RA. "
            "BNP 4120. CXR with Kerley B lines and bilateral effusions.",
        pmh="- HFrEF, NYHA class III\n- Paroxysmal AF, CHA2DS2-VASc 4\n- CKD stage 3b (baseline Cr 1.6)\n"
            "- Type 2 DM, A1c 7.9%\n- s/p Medtronic ICD placement",
        course="Diuresed with furosemide 80 mg IV TID, net negative 6.2 L. Swan-Ganz on HD2 showed PA 48/25 mmHg, "
               "PCWP 24, CI 1.9; started milrinone 0.25 mcg/kg/min, weaned HD5. Foley catheter removed HD4. "
               "Metoprolol succinate resumed at 25 mg daily. Cr peaked 2.1, improved to 1.7 at discharge.",
        meds="1. Furosemide 40 mg PO BID\n2. Metoprolol Succinate XL 25 mg PO DAILY\n3. Apixaban 5 mg PO BID\n"
             "4. Spironolactone 12.5 mg PO DAILY\n5. Insulin glargine 18 units QHS + Humalog sliding scale",
        dx="Acute on chronic systolic heart failure\nParoxysmal atrial fibrillation",
    ),
    dict(
        service="NEUROSURGERY", cc="worst headache of life", proc="Cerebral angiogram with coil embolization",
        hpi="with HTN who developed sudden thunderclap headache while gardening, followed by vomiting. GCS 14 "
            "(E3V5M6) on arrival, Hunt and Hess grade 3, Fisher grade 3. CTA showed a 7 mm ACOM aneurysm. "
            "Transferred from {{ORGANIZATION}} in {{LOCATION}}.",
        pmh="- Hypertension\n- Tobacco use, 30 pack-years\n- Migraine without aura",
        course="Aneurysm coiled HD1. Nimodipine 60 mg PO Q4H x 21 days. EVD placed, ICP 8-15 cm H2O, clamped "
               "HD6 and removed HD8. TCDs daily without vasospasm. Glasgow Coma Scale 15 at discharge; no Babinski "
               "sign, pupils equal. Na nadir 131 treated with salt tabs 1 g PO TID.",
        meds="1. Nimodipine 60 mg PO Q4H (through day 21)\n2. Levetiracetam 500 mg PO BID\n"
             "3. Acetaminophen 650 mg PO Q6H:PRN pain\n4. Docusate 100 mg PO BID",
        dx="Subarachnoid hemorrhage, Hunt and Hess grade 3\nAnterior communicating artery aneurysm",
    ),
    dict(
        service="SURGERY", cc="RUQ pain, fever", proc="Laparoscopic cholecystectomy; ERCP with sphincterotomy",
        hpi="with obesity (BMI 38) and prior Roux-en-Y who presents with 2 days of RUQ pain radiating to the back, "
            "T 101.8, WBC 16.2, T bili 3.4. Murphy sign positive. RUQ US: gallbladder wall 6 mm, CBD 9 mm.",
        pmh="- Obesity\n- GERD, Barrett esophagus on surveillance\n- Hypothyroidism (Hashimoto)\n- OSA on CPAP",
        course="Started piperacillin-tazobactam 4.5 g IV Q8H. ERCP HD2 with stone extraction. Lap chole HD3, "
               "uncomplicated; JP drain removed POD1. Tolerating regular diet, pain controlled on oxycodone 5 mg "
               "Q4H:PRN. Levothyroxine 112 mcg continued.",
        meds="1. Amoxicillin-Clavulanate 875 mg PO Q12H x 5 days\n2. Oxycodone 5 mg PO Q4H:PRN severe pain\n"
             "3. Levothyroxine 112 mcg PO DAILY\n4. Omeprazole 40 mg PO DAILY",
        dx="Acute calculous cholecystitis\nCholedocholithiasis",
    ),
    dict(
        service="NEUROLOGY", cc="falls, confusion", proc="None",
        hpi="with Parkinson disease (dx 8 years ago) and suspected Lewy body dementia who presents after 3 falls "
            "at home this week and fluctuating attention. Visual hallucinations x 2 months. Creutzfeldt-Jakob "
            "disease considered given rapid decline. Orthostatic: BP 148/82 supine -> 102/64 standing.",
        pmh="- Parkinson disease, Hoehn and Yahr stage 3\n- REM sleep behavior disorder\n- BPH s/p TURP\n"
            "- Osteoporosis",
        course="MRI brain without DWI restriction; RT-QuIC and 14-3-3 negative, Creutzfeldt-Jakob disease felt "
               "unlikely. EEG with diffuse slowing. Carbidopa-levodopa 25/100 one tab TID continued, quetiapine "
               "stopped, rivastigmine 1.5 mg BID started. Midodrine 5 mg TID for orthostasis. PT: Tinetti 14/28.",
        meds="1. Carbidopa-Levodopa (25-100) 1 TAB PO TID\n2. Rivastigmine 1.5 mg PO BID\n"
             "3. Midodrine 5 mg PO TID (hold for SBP > 140)\n4. Melatonin 3 mg PO QHS",
        dx="Dementia with Lewy bodies\nParkinson disease\nOrthostatic hypotension",
    ),
    dict(
        service="SURGERY", cc="painless jaundice, weight loss", proc="Pancreaticoduodenectomy (Whipple procedure)",
        hpi="with 15 lb weight loss and painless jaundice. CT: 2.8 cm pancreatic head mass, CA 19-9 412. EUS-FNA "
            "adenocarcinoma. Courvoisier sign present. Referred by {{PERSON:clinician}} for resection.",
        pmh="- Type 2 DM\n- Hyperlipidemia\n- Remote Hodgkin lymphoma s/p ABVD",
        course="Uncomplicated Whipple procedure. NGT removed POD2, diet advanced POD5. JP amylase low, drain "
               "removed POD6. Insulin drip transitioned to glargine 14 units QHS. Creon 24,000 units with meals.",
        meds="1. Pancrelipase 24,000 units PO TID W/MEALS\n2. Insulin glargine 14 units SC QHS\n"
             "3. Enoxaparin 40 mg SC DAILY x 28 days\n4. Pantoprazole 40 mg PO Q24H",
        dx="Pancreatic adenocarcinoma, s/p Whipple",
    ),
    dict(
        service="MEDICINE", cc="melena", proc="EGD with clip placement x2",
        hpi="with cirrhosis (MELD 18) from alcohol use who presents with 2 days of melena and lightheadedness. "
            "Hgb 6.4 (baseline 10.1), BUN 54. BP 92/58, HR 118. Started on octreotide and ceftriaxone.",
        pmh="- Alcohol-associated cirrhosis, Child-Pugh B\n- Grade 2 esophageal varices\n- Mallory-Weiss tear"
            " in past\n- Depression",
        course="Transfused 3 units pRBC. EGD: 12 mm duodenal ulcer with visible vessel, 2 clips; no variceal "
               "bleeding. Pantoprazole 40 mg IV BID x 72h then PO. CIWA scale scores < 8; no lorazepam needed. "
               "Hgb stable 8.4-8.9 x 48h.",
        meds="1. Pantoprazole 40 mg PO BID x 8 weeks\n2. Nadolol 20 mg PO DAILY\n3. Lactulose 30 mL PO TID, "
             "titrate to 2-3 BMs/day\n4. Thiamine 100 mg PO DAILY\n5. Folic acid 1 mg PO DAILY",
        dx="Upper GI bleed from duodenal ulcer\nAlcohol-associated cirrhosis",
    ),
    dict(
        service="ORTHOPAEDICS", cc="left hip pain after fall", proc="Left hip hemiarthroplasty",
        hpi="with osteoporosis who fell from standing at {{ORGANIZATION}}. Left leg shortened and externally "
            "rotated. XR: displaced femoral neck fracture (Garden IV). INR 1.1.",
        pmh="- Osteoporosis\n- Hypertension\n- Macular degeneration\n- Paget disease of bone",
        course="Hemiarthroplasty HD1, EBL 250 mL. Weight bearing as tolerated. Delirium POD2 managed "
               "non-pharmacologically. Foley removed POD1; voiding. Hgb 8.7 on POD2, no transfusion.",
        meds="1. Enoxaparin 40 mg SC DAILY x 4 weeks\n2. Oxycodone 2.5 mg PO Q6H:PRN\n3. Acetaminophen 1000 mg PO "
             "Q8H\n4. Senna 8.6 mg PO BID\n5. Alendronate 70 mg PO weekly (Sundays)",
        dx="Left femoral neck fracture",
    ),
    dict(
        service="MEDICINE", cc="fever, dysuria, confusion", proc="None",
        hpi="with DM2 and a chronic indwelling Foley catheter for neurogenic bladder who presents with fever to "
            "102.4, rigors and new confusion. Lactate 3.8, WBC 18.9, UA with > 182 WBC. BP 86/50 improved to 110/64 "
            "after 2 L LR.",
        pmh="- Multiple sclerosis, secondary progressive\n- Neurogenic bladder\n- DM2\n- Stage 2 sacral pressure "
            "injury",
        course="Sepsis from CAUTI. Foley exchanged. Blood cultures 2/2 with E. coli (ESBL), changed from "
               "ceftriaxone to meropenem 1 g IV Q8H, then ertapenem 1 g IV Q24H via PICC for 10 days total. "
               "Mental status back to baseline (A&Ox3) HD3.",
        meds="1. Ertapenem 1 g IV Q24H through end of course\n2. Baclofen 10 mg PO TID\n3. Metformin 500 mg PO BID"
             "\n4. Heparin 5000 units SC TID",
        dx="Sepsis due to catheter-associated urinary tract infection",
    ),
    dict(
        service="NEUROLOGY", cc="right arm weakness, aphasia", proc="Mechanical thrombectomy (TICI 2b)",
        hpi="with AF off anticoagulation who had acute aphasia and right hemiparesis, last known well 08:40. NIHSS "
            "17. CTA: left M1 occlusion. tPA given at 10:05. Outside records from {{ORGANIZATION}} reviewed.",
        pmh="- Atrial fibrillation\n- Prior TIA\n- Graves disease s/p RAI\n- Bell palsy (right) 2 yrs ago",
        course="Thrombectomy with TICI 2b reperfusion. NIHSS 6 at 24h. TTE EF 55%, no thrombus. Apixaban started "
               "day 4. Atorvastatin 80 mg. Speech therapy: mild expressive aphasia. Discharged to acute rehab.",
        meds="1. Apixaban 5 mg PO BID\n2. Atorvastatin 80 mg PO QPM\n3. Levothyroxine 75 mcg PO DAILY",
        dx="Acute ischemic stroke, left MCA territory",
    ),
    dict(
        service="MEDICINE", cc="shortness of breath", proc="None",
        hpi="with severe COPD (FEV1 32%) on 2L home O2 who presents with increased sputum and wheeze. ABG "
            "7.29/62/71. Started on BiPAP 12/5 in the ED with improvement. Guillain-Barre syndrome in 2 prior "
            "episodes was excluded by NIF -40.",
        pmh="- COPD GOLD 4\n- Chronic hypercapnic respiratory failure\n- Cor pulmonale\n- Anxiety",
        course="Prednisone 40 mg x 5 days, azithromycin 500 mg x 1 then 250 mg x 4 days, duonebs Q4H. Weaned off "
               "BiPAP HD2 to baseline 2L NC, SpO2 88-92%. Ambulatory saturation 89% on 3L.",
        meds="1. Prednisone 40 mg PO DAILY through day 5\n2. Tiotropium 18 mcg INH DAILY\n3. Fluticasone-salmeterol"
             " 250/50 1 INH BID\n4. Albuterol 2 puffs Q4H:PRN",
        dx="COPD exacerbation\nAcute on chronic hypercapnic respiratory failure",
    ),
]

_SOCIAL = [
    "Lives with her husband in a 2-story home in {{LOCATION}}; 12 steps to enter. Retired {{ORGANIZATION}} nurse.",
    "Lives alone in {{LOCATION}}. Former machinist. Quit smoking 2010s (40 pack-years). 2-3 beers/day. No IVDU.",
    "Lives at {{ORGANIZATION}}. Daughter {{PERSON:relative}} is HCP and can be reached at {{PHONE}}.",
    "Married, lives with wife {{PERSON:relative}} at {{STREET_ADDRESS}}, {{LOCATION}}, {{ZIP}}. Denies EtOH.",
    "Works as a long-haul truck driver; was driving vehicle {{VEHICLE_ID}} at the time. Lives in {{LOCATION}}.",
    "Lives with son {{PERSON:relative}} (cell {{PHONE}}). Uses a rolling walker. Denies tobacco.",
    "Recently moved from {{LOCATION}} to be near family. Former teacher at {{ORGANIZATION}}. Drinks socially.",
]
_FAMILY = [
    "Mother with breast cancer at 54. Father died of MI at 61.", "Non-contributory.",
    "Brother with Crohn disease; sister with Hashimoto thyroiditis.", "No family history of aneurysm or stroke.",
    "Father with Parkinson disease; mother with Alzheimer disease in her 80s.",
]
_EXAM = [
    "VS: T 98.4 BP 132/78 HR 88 RR 18 SpO2 96% RA\nGen: NAD, A&Ox3\nHEENT: PERRLA, EOMI, MMM\nCV: RRR, 2/6 SEM at "
    "RUSB\nLungs: CTAB, no wheezes\nAbd: soft, NT/ND, +BS, Murphy sign negative\nExt: 1+ pitting edema to the "
    "knees, 2+ DP pulses\nNeuro: CN II-XII intact, strength 5/5, Babinski sign absent bilaterally",
    "T 99.1, BP 118/64, HR 102, RR 20, 94% on 2L NC. GCS 15. JVP 12 cm. Crackles to mid-lung fields. Trace "
    "edema. Tinel sign negative at the wrists. Skin: 3 x 4 cm stage 2 sacral ulcer.",
    "VS 97.9 144/90 76 16 98%RA. Alert, oriented x3. Lungs clear. RRR no MRG. Abdomen soft, well-healed midline "
    "scar. Romberg negative. Gait: shuffling, reduced arm swing, en bloc turns.",
]
_LABS = [
    "{{SHIFTED}} 05:40AM BLOOD WBC-7.2 RBC-3.91* Hgb-11.4* Hct-34.6* MCV-89 Plt Ct-245\n"
    "{{SHIFTED}} 05:40AM BLOOD Glucose-102* UreaN-28* Creat-1.4* Na-137 K-4.4 Cl-101 HCO3-24 AnGap-12\n"
    "{{SHIFTED}} 06:15AM BLOOD PT-13.1 INR(PT)-1.2* proBNP-4120*",
    "{{SHIFTED}} 07:02PM BLOOD cTropnT-0.04* CK-MB-3\n{{SHIFTED}} 04:50AM BLOOD ALT-42* AST-61* AlkPhos-212* "
    "TotBili-3.4*\n{{SHIFTED}} 04:50AM BLOOD %HbA1c-7.9* eAG-180*\n{{SHIFTED}} 11:30AM URINE Color-Yellow "
    "Appear-Hazy SpecGr-1.018 pH-6.0 WBC->182",
    "Admission labs: WBC 16.2, Hgb 9.8, Plt 412, Na 131, K 5.1, Cr 2.1 (baseline 1.3), lactate 3.8, TSH 0.02, "
    "vitamin B12 1021, 25-OH vitamin D 14, ferritin 1,240, INR 1.1, PTT 28.4",
]
_ADMIN = {
    # Carrier lines per category (rendered masked in notes where they are not planted).
    "PHONE": ["Please call the clinic at {{PHONE}} with any questions.", "PCP office phone: {{PHONE}}",
              "Call the on-call fellow at {{PHONE}} or 911 for chest pain."],
    "FAX": ["Discharge summary faxed to PCP at {{FAX}}.", "Please fax results to {{FAX}} (attn: {{PERSON}})."],
    "PAGER": ["Please page the NP, pager {{PAGER}}, with questions.", "Covering resident pgr {{PAGER}}"],
    "EMAIL": ["Patient prefers email communication: {{EMAIL}}", "Questions may be sent to {{EMAIL}}."],
    "URL": ["Appointment details available at {{URL}}.", "Family has set up an update page: {{URL}}"],
    "IP_ADDRESS": ["Outside images imported from PACS node {{IP_ADDRESS}}.",
                   "Home telemetry hub registered at {{IP_ADDRESS}} on the remote monitoring network."],
    "SSN": ["SSN {{SSN}} on file with financial counselor.", "Social security no.: {{SSN}}"],
    "MRN": ["Outside hospital MRN {{MRN}}.", "Records under medical record number {{MRN}} requested."],
    "ACCOUNT": ["Billing account #{{ACCOUNT}}.", "Hospital account number: {{ACCOUNT}}"],
    "HEALTH_PLAN": ["Insurance: Medicare, member ID {{HEALTH_PLAN}}.",
                    "Health plan beneficiary number {{HEALTH_PLAN}} (prior auth obtained)."],
    "LICENSE": ["Patient's driver's license # {{LICENSE}} copied for registration.",
                "Discharging clinician license no. {{LICENSE}}"],
    "ZIP": ["Home health referral sent; patient's zip code {{ZIP}}."],
    "STREET_ADDRESS": ["VNA to visit at home address: {{STREET_ADDRESS}}.",
                       "Mail prescriptions to {{STREET_ADDRESS}}."],
    "DATE_REAL_YEAR": ["Last colonoscopy {{DATE_REAL_YEAR}}, normal.", "Tetanus booster given {{DATE_REAL_YEAR}}."],
    "AGE_OVER_89": ["Of note, her mother is alive at {{AGE_OVER_89}} years of age."],
    "DEVICE_ID": ["ICD: Medtronic Evera, serial number {{DEVICE_ID}}.", "Insulin pump SN: {{DEVICE_ID}}",
                  "Pacemaker model ADDR01, serial # {{DEVICE_ID}}, interrogated - normal function."],
    "VEHICLE_ID": ["Per police report, the pedestrian was struck by a sedan, plate {{VEHICLE_ID}}.",
                   "Patient's car (VIN {{VEHICLE_ID}}) towed from the ED lot."],
    "PERSON": ["Case discussed with {{PERSON}} from case management.", "Seen by {{PERSON}}, PT, on day of discharge."],
    "LOCATION": ["Will follow up with cardiology in {{LOCATION}} closer to home."],
    "ORGANIZATION": ["Pulmonary rehab referral to {{ORGANIZATION}}.", "Prior records obtained from {{ORGANIZATION}}."],
}

_RAD_EXAMS = [
    ("CT HEAD W/O CONTRAST", "eval for interval change in SAH",
     "Axial images of the head without contrast. DLP: 987 mGy-cm. CTDIvol: 52.3 mGy.",
     "Interval decrease in subarachnoid blood in the basal cisterns. Coil mass at the ACOM. No new hemorrhage. "
     "Ventricles stable, Evans index 0.29. No midline shift. Gray-white differentiation preserved.",
     "1. Decreasing subarachnoid hemorrhage.  No new hemorrhage.\n2. Stable ventricular size."),
    ("CHEST (PORTABLE AP)", "eval for pulmonary edema, s/p Swan-Ganz placement",
     "Single portable AP view of the chest.",
     "Swan-Ganz catheter tip in the right interlobar pulmonary artery. Right IJ sheath. ICD leads unchanged. "
     "Moderate cardiomegaly. Kerley B lines and small bilateral effusions, improved.",
     "Improving pulmonary edema.  Swan-Ganz catheter tip in the right interlobar pulmonary artery."),
    ("MR HEAD W AND W/O CONTRAST", "rapidly progressive dementia, r/o Creutzfeldt-Jakob",
     "Multiplanar T1, T2, FLAIR, DWI and post-gadolinium images. 7 mL Gadavist IV.",
     "No cortical ribboning or basal ganglia DWI hyperintensity to suggest Creutzfeldt-Jakob disease. Mild "
     "generalized volume loss. Scattered T2 hyperintensities, Fazekas grade 1. Normal flow voids.",
     "No evidence of prion disease.  Mild chronic small vessel ischemic changes."),
    ("CT ABD & PELVIS WITH CONTRAST", "s/p Whipple procedure POD 4, fever",
     "MDCT images after 100 mL Omnipaque 350 IV. Oral contrast given.",
     "Post Whipple procedure changes. Small fluid collection adjacent to the pancreaticojejunostomy, 2.1 x 1.4 "
     "cm. Surgical drains in place. Foley catheter in a decompressed bladder. No free air. Lung bases: small "
     "bilateral effusions.",
     "1. Expected post-surgical changes.  2.1 cm collection, likely postoperative.  No abscess."),
    ("US ABD LIMIT, SINGLE ORGAN", "RUQ pain, Murphy sign",
     "Grayscale and color Doppler of the right upper quadrant.",
     "Gallbladder distended with shadowing stones and 6 mm wall thickening. Sonographic Murphy sign positive. "
     "CBD 9 mm. Main portal vein patent with hepatopetal flow.",
     "Acute calculous cholecystitis.  CBD dilated to 9 mm; consider MRCP or ERCP."),
    ("BILAT LOWER EXT VEINS", "leg swelling, on apixaban, r/o DVT",
     "Grayscale, color and spectral Doppler of both lower extremities.",
     "Normal compressibility and flow in the common femoral, femoral and popliteal veins bilaterally. Baker "
     "cyst 3.2 cm in the left popliteal fossa.",
     "No DVT.  Left Baker cyst."),
    ("CTA CHEST", "tachycardia, hypoxia, r/o PE",
     "Helical CT after 80 mL Omnipaque 350; 1.25 mm reconstructions.",
     "No filling defects to the subsegmental level. RV/LV ratio 0.9. Emphysema, centrilobular. 4 mm RUL nodule, "
     "Lung-RADS 2. Dobhoff tube tip in the stomach.",
     "No pulmonary embolism.  4 mm RUL nodule; no follow up needed per Fleischner criteria."),
]


def _discharge(r: random.Random) -> str:
    s = r.choice(_SCENARIOS)
    sex = r.choice(["F", "M"])
    who = r.choice(["woman", "female", "lady"]) if sex == "F" else r.choice(["man", "male", "gentleman"])
    title = r.choice(["Ms.", "Mrs."]) if sex == "F" else "Mr."
    age_fmt = r.choice(["{{AGE_OVER_89}} year old", "{{AGE_OVER_89}}-year-old", "{{AGE_OVER_89}} y/o",
                        "{{AGE_OVER_89}} yo"])
    admin = r.sample(sorted(_ADMIN), r.randint(1, 3))
    admin_lines = "\n".join(r.choice(_ADMIN[c]) for c in admin)
    parts = [
        "Name:  {{PERSON:patient}}                 Unit No:   {{MRN}}\n",
        "Admission Date:  {{DATE_REAL_YEAR}}              Discharge Date:   {{DATE_REAL_YEAR}}\n",
        f"Date of Birth:  {{{{DATE_REAL_YEAR}}}}             Sex:   {sex}\n",
        f"Service: {s['service']}\n",
        "Allergies: \n" + r.choice(["Penicillins", "No Known Allergies / Adverse Drug Reactions", "sulfa, Codeine",
                                    "Lisinopril (angioedema)"]) + "\n",
        "Attending: {{PERSON:clinician}}.\n",
        f"Chief Complaint:\n{s['cc']}\n",
        f"Major Surgical or Invasive Procedure:\n{s['proc']}\n",
        f"History of Present Illness:\n{title} {{{{PERSON:last}}}} is a {age_fmt} {who} {s['hpi']}\n",
        f"Past Medical History:\n{s['pmh']}\n",
        "Social History:\n" + r.choice(_SOCIAL) + "\n",
        "Family History:\n" + r.choice(_FAMILY) + "\n",
        "Physical Exam:\nADMISSION EXAM\n" + r.choice(_EXAM) + "\n",
        "Pertinent Results:\n" + r.choice(_LABS) + "\n",
        f"Brief Hospital Course:\n{s['course']} Patient in room {r.randint(2, 14)}{r.choice('ABCD')}-"
        f"{r.randint(1, 40)}, bed {r.randint(1, 4)}. Seen with Dr. ___ and Dr. {{{{PERSON:last}}}}.\n",
        f"Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n{s['meds']}\n",
        f"Discharge Medications:\n{s['meds']}\n",
        "Discharge Disposition:\n" + r.choice(["Home With Service\n\nFacility:\n{{ORGANIZATION}}",
                                               "Extended Care\n\nFacility:\n{{ORGANIZATION}}", "Home"]) + "\n",
        f"Discharge Diagnosis:\n{s['dx']}\n",
        "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - requires assistance or aid (walker or cane).\n",
        f"Discharge Instructions:\nDear {title} {{{{PERSON:last}}}},\nIt was a pleasure taking care of you at ___. "
        "Please take all medications as prescribed and weigh yourself every morning; call your doctor if weight "
        "goes up more than 3 lbs. " + admin_lines + "\n",
        "Followup Instructions:\n" + r.choice([
            "Department: CARDIOLOGY\nWhen: {{DATE_REAL_YEAR}} at 10:30 AM\nWith: {{PERSON:clinician}} [{{PHONE}}]\n"
            "Building: ___ Campus: EAST Best Parking: ___ Garage",
            "___ with Dr. {{PERSON:last}} in 1-2 weeks, phone {{PHONE}}, fax {{FAX}}.",
            "Please follow up with your PCP {{PERSON:clinician}} at {{ORGANIZATION}} within 1 week.",
        ]) + "\n",
    ]
    return "\n".join(parts)


def _radiology(r: random.Random) -> str:
    exam, ind, tech, findings, imp = r.choice(_RAD_EXAMS)
    sex = r.choice(["man", "woman"])
    age_fmt = r.choice([f"{{{{AGE_OVER_89}}}} year old {sex}", f"{{{{AGE_OVER_89}}}}-year-old {sex}",
                        "{{AGE_OVER_89}}F" if sex == "woman" else "{{AGE_OVER_89}}M"])
    comparison = r.choice(["{{SHIFTED}}.", "None.", "CT from {{DATE_REAL_YEAR}} and {{SHIFTED}}.",
                           "Outside study from {{ORGANIZATION}} dated {{DATE_REAL_YEAR}}."])
    lines = [
        f"EXAMINATION:  {exam}\n",
        f"INDICATION:  {age_fmt} with {ind}  // {ind}\n",
        f"TECHNIQUE:  {tech}\n",
        f"COMPARISON:  {comparison}\n",
        f"FINDINGS: \n\n{findings}\n",
        f"IMPRESSION: \n\n{imp}\n",
    ]
    roll = r.random()
    if roll < 0.5:
        lines.append("NOTIFICATION:  The findings were discussed with Dr. {{PERSON:last}} by Dr. ___ on the "
                     "telephone on {{DATE_REAL_YEAR}} at 2:14 PM, 5 minutes after discovery of the findings.\n")
    elif roll < 0.75:
        lines.append("RECOMMENDATION(S):  Follow-up CT in 3-6 months. Results called to {{PERSON}} at "
                     + r.choice(["{{PHONE}}", "pager {{PAGER}}"]) + ".\n")
    if r.random() < 0.5:
        cat = r.choice(sorted(_ADMIN))
        lines.append("NOTE:  " + r.choice(_ADMIN[cat]) + "\n")
    return "\n".join(lines)


_SLOT = re.compile(r"\{\{([A-Z_0-9]+)(?::([a-z]+))?\}\}")


def _add_carrier(r: random.Random, tmpl: str, cat: str, note_type: str) -> str:
    line = r.choice(_ADMIN[cat])
    if note_type == "discharge":
        anchor = "Followup Instructions:\n"
        i = tmpl.find(anchor)
        return tmpl[:i] + line + "\n\n" + tmpl[i:]
    return tmpl + "\nADDENDUM:  " + line + "\n"


def _render(r: random.Random, note_type: str, deck: list[str]) -> LabelledNote:
    tmpl = _discharge(r) if note_type == "discharge" else _radiology(r)
    planted_cats: list[str] = []
    if r.random() < PLANTED_NOTE_SHARE:
        for _ in range(r.choice([1, 1, 2, 2, 3])):  # categories dealt from a shuffled deck: balanced counts
            if not deck:
                deck.extend(r.sample(CATEGORIES, len(CATEGORIES)))
            planted_cats.append(deck.pop())
    # ensure a slot exists for every category to plant
    for cat in planted_cats:
        if sum(1 for m in _SLOT.finditer(tmpl) if m.group(1) == cat) < planted_cats.count(cat):
            tmpl = _add_carrier(r, tmpl, cat, note_type)
    slots = list(_SLOT.finditer(tmpl))
    chosen: set[int] = set()
    for cat in planted_cats:
        idx = [i for i, m in enumerate(slots) if m.group(1) == cat and i not in chosen]
        chosen.add(r.choice(idx))
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for i, m in enumerate(slots):
        out.append(tmpl[pos:m.start()])
        length += m.start() - pos
        cat, variant = m.group(1), m.group(2) or ""
        if cat == "SHIFTED":
            val = _shifted_date(r)
        elif i in chosen:
            val = _person(r, variant) if cat == "PERSON" else _PLANT[cat](r)
            spans.append((length, length + len(val), cat))
        elif cat == "DATE_REAL_YEAR" and r.random() < 0.3:
            val = _shifted_date(r)
        elif cat == "AGE_OVER_89" and r.random() < 0.6:
            val = str(r.randint(19, 89))
        else:
            val = MASK
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(tmpl[pos:])
    return LabelledNote(note_type=note_type, text="".join(out), spans=spans)


def holdout_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """``n_notes`` labelled notes (half discharge, half radiology), deterministic by ``seed``."""
    r = random.Random(f"holdout:{seed}")
    deck: list[str] = []
    return [_render(r, "discharge" if i % 2 == 0 else "radiology", deck) for i in range(n_notes)]


def measure(seed: int, n_notes: int, ner: bool) -> tuple[dict, list[LabelledNote], list]:
    """Score the project's detector (public API only) on the held-out corpus: (score, notes, hits)."""
    from lqs_clinical.notes.calibrate import detect_texts
    from lqs_clinical.notes.evaluate import score

    notes = holdout_corpus(seed, n_notes)
    detector = None
    if ner:
        from lqs_clinical.notes.ner import Detector

        detector = Detector()
    hits = detect_texts([n.text for n in notes], detector)
    return score(notes, hits), notes, hits


def _main() -> None:  # pragma: no cover - benchmark entry point
    import argparse
    import json
    from collections import Counter

    ap = argparse.ArgumentParser(description="Blind held-out measurement of the residual-PHI detector")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--ner", action="store_true")
    a = ap.parse_args()
    res, notes, hits = measure(a.seed, a.n, a.ner)
    print(json.dumps({k: v for k, v in res.items() if k != "per_category"}, indent=1))
    print(f"{'category':16} planted found recall  hits true precision")
    for c, d in res["per_category"].items():
        print(f"{c:16} {d['planted']:7} {d['found']:5} {d['recall']!s:7} {d['hits']:4} {d['true_hits']:4} "
              f"{d['precision']!s}")
    misses, fps, wrong, ctxs = Counter(), Counter(), Counter(), {}
    for n, h in zip(notes, hits, strict=True):
        for s, e, c in n.spans:
            if not any(hc == c and hs < e and s < he for hs, he, hc, _ in h):
                other = [hc for hs, he, hc, _ in h if hs < e and s < he]
                ctx = n.text[max(0, s - 30):e + 5].replace("\n", " | ")
                misses[(c, n.text[s:e], ",".join(sorted(set(other))), ctx)] += 1
        for hs, he, hc, tier in h:
            if not any(hs < e and s < he for s, e, _ in n.spans):
                ctx = n.text[max(0, hs - 25):he + 10].replace("\n", " | ")
                fps[(hc, tier, n.text[hs:he])] += 1
                ctxs.setdefault((hc, tier, n.text[hs:he]), ctx)
            elif not any(c == hc and hs < e and s < he for s, e, c in n.spans):
                wrong[(hc, tier, n.text[hs:he])] += 1
    print("\nMISSES (category, value, overlapping hit categories, context):")
    for k, v in sorted(misses.items()):
        print(v, k)
    print("\nFALSE HITS (category, tier, text) | one context:")
    for k, v in fps.most_common():
        print(v, k, "|", ctxs[k])
    print("\nHITS ON A PLANTED SPAN WITH ANOTHER CATEGORY:")
    for k, v in wrong.most_common():
        print(v, k)


if __name__ == "__main__":
    _main()
