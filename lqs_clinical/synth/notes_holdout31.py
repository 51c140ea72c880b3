"""Held-out corpus 31: critical care and cardiothoracic surgery notes with residual identifiers.

Imitates MIMIC-IV-Note discharge and radiology texts from cardiac-surgical and medical ICUs:
ICU daily progress notes with hourly flowsheet excerpts, family-meeting notes with participant
checklists, ECMO and ventricular-assist-device logs with circuit and pump tables, transfer-centre
call logs between hospitals, organ-procurement referral and brain-death checklists, code / rapid
response records with team rosters, cardiac-surgery operative notes with perfusion records, and
radiology reports (portable chest films, ICU bedside ultrasound, post-sternotomy CT) with
requesting-unit headers.  Identifiers are normally masked as ``___`` and dates are shifted into
2100-2200; in about 57 % of the notes de-identification failed for one to four identifiers, whose
invented values are left in the text and labelled (exact span of the value only).  About 5 % of
the notes are heavily masked (over-masking of eponyms and ages) and carry no plants.  The notes
are full of look-alikes that are never labelled: drug and device brands, scanner models,
firmware versions, lot numbers and expiry dates, GTIN-only UDIs, CPT/ICD/NDC codes, trial
registry numbers, hospital policy numbers, bed and room numbers, public hotlines and public
organisation web sites, employer group numbers, eponymous signs, scores, ratios and ages under 90.

Written blind: the author read only ``holdout_measure.py``, the first lines of ``notes.py``
(``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues
references, the masked note-shaped samples and ``pyproject.toml`` -- nothing of the detector,
its rules, its tests or its documentation.  Every surrogate value is invented.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

_MASK = "___"

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented people, invented facilities, real towns)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Amara", "Oluwaseun", "Thandiwe", "Kwabena", "Chidinma", "Yaw", "Nkechi", "Abebe", "Tigist", "Mekdes",
    "Farida", "Youssef", "Leila", "Rashid", "Samira", "Tariq", "Anahit", "Garegin", "Siddharth", "Priyanka",
    "Venkatesh", "Lakshmi", "Thuy", "Minh", "Huong", "Quang", "Xiaoling", "Jianhua", "Meiling", "Jiwoo",
    "Dong-hyun", "Haruto", "Aiko", "Maricel", "Jericho", "Rowena", "Xiomara", "Joaquín", "Marisol", "Esteban",
    "Guadalupe", "Rigoberto", "Yesenia", "Gilberto", "Conceição", "Manuela", "Adelino", "Wisly", "Nadège",
    "Jean-Robert", "Mireille", "Siobhán", "Declan", "Niamh", "Padraig", "Bożena", "Grzegorz", "Agnieszka",
    "Oksana", "Volodymyr", "Svetlana", "Eleni", "Stavros", "Graziella", "Salvatore", "Wendell", "Loretta",
    "Clifford", "Marjorie", "Dwayne", "Tamsin", "Harlan", "Rosalind", "Everett", "Hodan", "Abdirahman",
    "Ayaan", "Sigrid", "Torbjørn", "Odile", "Bertrand", "Kalani", "Hope", "Faith", "Rocco", "Imelda",
)
_LAST = (
    "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Tesfaye", "Haile", "Girma", "Haddad", "Khoury", "Mansour",
    "El-Amin", "Hovsepian", "Karapetyan", "Raghunathan", "Venkataraman", "Iyer", "Chaudhry", "Bhattacharya",
    "Tran", "Pham", "Lam", "Zhao", "Xu", "Guo", "Kwon", "Baek", "Yamaguchi", "Takeda", "Dela Cruz",
    "Bautista", "Manalo", "Villanueva", "Quiñones", "Echeverría", "Barboza", "Cardenas", "Medeiros", "Furtado",
    "Andrade", "Tavares", "Pierre-Louis", "Jean-Baptiste", "Désir", "Toussaint", "McGillicuddy", "Kavanagh",
    "Brennan", "Wiśniewski", "Kowalczyk", "Zieliński", "Nowakowski", "Shevchenko", "Bondarenko", "Kuznetsova",
    "Papadakis", "Georgiou", "Lombardi", "Castellano", "Abernathy", "Whitcombe", "Pennington", "Thibodeau",
    "Gagnon", "Ouellette", "Lindqvist", "Halvorsen", "Warsame", "Abdi", "Farah", "Goldfarb", "Rosenthal",
    "Dlamini", "Nakamura", "Stone", "Bird", "Summers", "Hardy", "O'Rourke", "Van der Berg", "Szabó",
    "Yılmaz", "Ferreira da Silva", "Nwosu", "Ekwueme", "Sandoval", "Achterberg",
)
_RELATIONS = (
    "wife", "husband", "daughter", "son", "sister", "brother", "partner", "niece", "nephew", "mother",
    "granddaughter", "grandson", "son-in-law", "daughter-in-law", "friend and neighbor", "fiancée",
)
# (town, state, first three ZIP digits)
_TOWNS = (
    ("Fitchburg", "MA", "014"), ("Leominster", "MA", "014"), ("Gardner", "MA", "014"), ("Athol", "MA", "013"),
    ("Chicopee", "MA", "010"), ("Holyoke", "MA", "010"), ("Westfield", "MA", "010"), ("Pittsfield", "MA", "012"),
    ("North Adams", "MA", "012"), ("Brockton", "MA", "023"), ("Taunton", "MA", "027"), ("Fall River", "MA", "027"),
    ("New Bedford", "MA", "027"), ("Attleboro", "MA", "027"), ("Methuen", "MA", "018"), ("Haverhill", "MA", "018"),
    ("Lawrence", "MA", "018"), ("Lowell", "MA", "018"), ("Dracut", "MA", "018"), ("Framingham", "MA", "017"),
    ("Marlborough", "MA", "017"), ("Milford", "MA", "017"), ("Woonsocket", "RI", "028"), ("Pawtucket", "RI", "028"),
    ("Cranston", "RI", "029"), ("Nashua", "NH", "030"), ("Keene", "NH", "034"), ("Claremont", "NH", "037"),
    ("Laconia", "NH", "032"), ("Biddeford", "ME", "040"), ("Lewiston", "ME", "042"), ("Bangor", "ME", "044"),
    ("Rutland", "VT", "057"), ("Brattleboro", "VT", "053"), ("Bennington", "VT", "052"), ("Torrington", "CT", "067"),
    ("Willimantic", "CT", "062"), ("Norwich", "CT", "063"), ("Utica", "NY", "135"), ("Binghamton", "NY", "139"),
    ("Scranton", "PA", "185"), ("Wilkes-Barre", "PA", "187"),
)
_NEIGHBORHOODS = (
    "Dorchester", "Mattapan", "Roslindale", "Jamaica Plain", "East Boston", "Hyde Park", "Allston",
    "Roxbury", "Charlestown", "Fields Corner", "Uphams Corner", "Codman Square",
)
_FOREIGN = (
    "Ponta Delgada", "Praia", "Mindelo", "Jacmel", "Cap-Haïtien", "Kumasi", "Enugu", "Bahir Dar", "Hargeisa",
    "Da Nang", "Hue", "Cebu City", "Iloilo City", "Thrissur", "Kozhikode", "Gyumri", "Lviv", "Kraków",
    "Gdańsk", "Braga", "Cuenca", "San Pedro Sula", "Santiago de los Caballeros", "Ibadan", "Cluj-Napoca",
)
_COUNTIES = (
    "Worcester County", "Hampden County", "Bristol County", "Essex County", "Franklin County",
    "Cheshire County", "Windham County", "Berkshire County", "Androscoggin County", "Lackawanna County",
)
# (unlabelled lead-in, the place itself)
_CORNERS = (
    ("the corner of ", "Melnea Cass Blvd and Mass Ave"), ("the corner of ", "Washington St and Hamilton St"),
    ("the ", "Pearl Street underpass"), ("the bus shelter at ", "Merrimack St and Bridge St"),
)
_STREETS = (
    "Quarry Hill", "Tannery Brook", "Old Mill Pond", "Pleasant", "Chestnut", "Wachusett View", "Bartlett",
    "Kimball Farm", "Salmon Falls", "Riverbend", "Huckleberry", "Prospect", "Orchard Ridge", "Lafayette",
    "Saint Ann", "Bowdoin", "Dudley", "Columbia", "Hancock", "Division", "Depot", "Cranberry Meadow",
    "Mill Village", "Partridge Hill", "Juniper", "Shawsheen", "Ferry", "Beaver Brook",
)
_SUFFIX = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Terrace", "Way",
           "Circle", "Pkwy")
_UNITS_APT = ("Apt 3B", "Unit 12", "#2", "Apt. 407", "2nd floor", "Apt 1R", "Unit C")
_HOSPITALS = (
    "Nashoba Crossing Hospital", "Quinsigamond Valley Medical Center", "St. Ottilie's Hospital",
    "Merrimack Bend Regional Medical Center", "Blackstone Mill Community Hospital",
    "Monadnock Heights Medical Center", "Hoosac Valley Hospital", "Cape Ledge Hospital",
    "Sagamore Point Medical Center", "Taconic Falls Memorial Hospital", "Saint Adalbert Community Hospital",
    "Pocumtuck Regional Hospital", "Narragansett Shore Medical Center", "Ossipee Lakes Hospital",
    "Mount Grace Heart & Vascular Center",
)
_FACILITIES = (
    "Cedar Brook Rehabilitation & Nursing", "Alder Glen Skilled Nursing Center", "Harbor Light Long-Term Acute Care",
    "Wintergreen LTACH", "Larkspur Manor Nursing Home", "Maple Terrace Transitional Care",
    "Evergreen Shores Rehabilitation Hospital", "Saint Gerard Rest Home",
)
_PRACTICES = (
    "Ashuelot Cardiology Associates", "Pine Hollow Family Medicine", "Greylock Primary Care Partners",
    "Bayside Pulmonary & Sleep", "Three Rivers Community Health Center", "Kettle Pond Internal Medicine",
)
_PHARMACIES = ("Kowalczyk Family Pharmacy", "Riverside Apothecary", "Corner Drug of Millbury Center",
               "Medeiros Pharmacy")
_EMPLOYERS = (
    "Granite State Freight Lines", "Kearsarge Precision Tool", "Brightwater Seafood Cooperative",
    "Tri-Town Roofing", "Northfield Mount Lumber", "Blue Kettle Bakery", "Ridgeline Data Systems",
    "Sullivan & Daughters Plumbing", "Harbor Point Fish Pier Co.",
)
_SCHOOLS = ("Hollis Brook Elementary School", "Merriconeag Middle School", "Sawmill River High School",
            "Tannery Hill Academy")
_CHURCHES = ("St. Casimir Parish", "Igreja Batista Nova Vida", "Good Shepherd Haitian Baptist Church",
             "Holy Resurrection Orthodox Church", "Iglesia Pentecostal Monte Sion")
_SHELTERS = ("Harbor Gate Shelter", "Saint Brendan's House", "New Dawn Family Shelter")
_INSURERS = ("MassHealth", "Medicare", "Tufts Health Plan", "Harvard Pilgrim", "Blue Cross Blue Shield",
             "Fallon Health", "Aetna", "UnitedHealthcare", "NH Medicaid")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "comcast.net", "verizon.net", "outlook.com", "icloud.com",
                  "hotmail.com", "aol.com", "protonmail.com")
_AREA = ("617", "508", "781", "978", "413", "339", "774", "857", "603", "401", "207", "802", "860", "518",
         "570", "347", "718", "862")
_INTL = ("+351 91{a} {b} {c}", "+509 3{a}{b}", "+238 9{a} {c}", "+234 80{a} {b} {c}", "+84 90{a} {b}",
         "+63 917 {a} {b}{c}", "+48 60{a} {b} {c}", "+380 67 {a} {c}")
_IP_FIRST = (24, 47, 50, 64, 65, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 173, 174)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUM_WORDS = ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
              "ninety-seven", "ninety-eight", "ninety-nine")
_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_CXR_UNITS = ("Carestream DRX-Revolution", "GE AMX Navigate", "Siemens Mobilett Elara Max", "Fujifilm FDR Go PLUS",
              "Philips MobileDiagnost wDR")
_CT_UNITS = ("Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE Prism", "Philips IQon Spectral CT")
_US_UNITS = ("Philips Lumify L12-4", "GE Venue Go", "Sonosite PX", "Butterfly iQ3", "Mindray TE7")
HOTLINES = (
    "Poison Control at 1-800-222-1222", "the 988 Suicide & Crisis Lifeline (call or text 988)",
    "FDA MedWatch at 1-800-332-1088", "CDC-INFO at 1-800-232-4636",
    "the manufacturer's 24-hour clinical support line 1-800-456-1477",
    "the regional OPO 24-hour referral line 1-800-446-6362",
)
PUBLIC_URLS = ("www.elso.org", "https://optn.transplant.hrsa.gov", "www.cdc.gov/sepsis", "https://www.heart.org",
               "www.registerme.org", "https://www.fda.gov/medwatch")
_EPONYM_PMH = ("Parkinson disease (on carbidopa-levodopa)", "Lewy body dementia, mild", "remote Whipple procedure",
               "Wolff-Parkinson-White s/p ablation", "Marfan syndrome", "Barlow mitral valve",
               "Guillain-Barre syndrome (remote, full recovery)", "Takotsubo cardiomyopathy (recovered EF)",
               "Hashimoto thyroiditis", "Crohn disease", "Raynaud phenomenon", "Graves disease s/p RAI")
_DRUGS = ("norepinephrine", "vasopressin", "epinephrine", "milrinone", "dobutamine", "phenylephrine",
          "angiotensin II (Giapreza)", "nicardipine", "esmolol", "amiodarone", "bivalirudin", "heparin",
          "propofol", "dexmedetomidine (Precedex)", "fentanyl", "hydromorphone", "cisatracurium (Nimbex)",
          "insulin", "furosemide", "bumetanide", "inhaled epoprostenol (Flolan)", "nitric oxide (INOmax)")

# --------------------------------------------------------------------------------------------------
# Slot kinds: value generators and renderers
# --------------------------------------------------------------------------------------------------

_KIND_CAT = {
    "person": "PERSON", "phone": "PHONE", "phone_intl": "PHONE", "fax": "FAX", "pager": "PAGER",
    "email": "EMAIL", "url": "URL", "share_url": "URL", "ip": "IP_ADDRESS", "ssn": "SSN", "mrn": "MRN",
    "acct": "ACCOUNT",
    "accession": "ACCOUNT", "specimen": "ACCOUNT", "plan_id": "HEALTH_PLAN", "mbi": "HEALTH_PLAN",
    "npi": "LICENSE", "dea": "LICENSE", "med_lic": "LICENSE", "dl": "LICENSE", "zip": "ZIP",
    "address": "STREET_ADDRESS", "city_zip": "ZIP", "town": "LOCATION", "foreign_city": "LOCATION",
    "neighborhood": "LOCATION", "county": "LOCATION", "corner": "LOCATION", "dob_adult": "DATE_REAL_YEAR",
    "dob_old": "DATE_REAL_YEAR", "date_recent": "DATE_REAL_YEAR", "date_death": "DATE_REAL_YEAR",
    "month_year": "DATE_REAL_YEAR", "age90": "AGE_OVER_89", "dev_serial": "DEVICE_ID", "dev_udi": "DEVICE_ID",
    "plate": "VEHICLE_ID", "vin": "VEHICLE_ID", "hospital": "ORGANIZATION", "facility": "ORGANIZATION",
    "practice": "ORGANIZATION", "pharmacy": "ORGANIZATION", "employer": "ORGANIZATION", "school": "ORGANIZATION",
    "church": "ORGANIZATION", "shelter": "ORGANIZATION",
}
assert set(_KIND_CAT.values()) == set(CATEGORIES)

# relative weight of each category when choosing which identifiers escaped masking in a note
_CAT_WEIGHT = {
    "PERSON": 0.85, "LOCATION": 3.0, "ORGANIZATION": 7.5, "DATE_REAL_YEAR": 2.9, "PHONE": 1.6, "FAX": 6.4,
    "PAGER": 0.7, "EMAIL": 11.0, "URL": 32.0, "IP_ADDRESS": 40.0, "SSN": 21.0, "MRN": 2.6, "ACCOUNT": 1.1,
    "HEALTH_PLAN": 19.0, "LICENSE": 11.0, "ZIP": 3.1, "STREET_ADDRESS": 18.0, "AGE_OVER_89": 8.0,
    "DEVICE_ID": 4.7, "VEHICLE_ID": 32.0,
}


def _d(vr: random.Random, n: int) -> str:
    return "".join(vr.choice("0123456789") for _ in range(n))


def _l(vr: random.Random, n: int) -> str:
    return "".join(vr.choice(_LET) for _ in range(n))


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def _phone_number(vr: random.Random) -> str:
    area, ex, line = vr.choice(_AREA), vr.randint(201, 989), _d(vr, 4)
    if ex in (555, 411, 611, 911):
        ex += 1
    fmt = vr.randrange(7)
    return (f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"{area} {ex} {line}",
            f"+1 {area}-{ex}-{line}", f"1-{area}-{ex}-{line}", f"({area}){ex}-{line}")[fmt]


def _date_text(vr: random.Random, y: int, m: int, day: int) -> str:
    fmt = vr.randrange(7)
    return (f"{m:02d}/{day:02d}/{y}", f"{m}/{day}/{y}", f"{y}-{m:02d}-{day:02d}", f"{_MONTHS[m - 1]} {day}, {y}",
            f"{day} {_MON[m - 1]} {y}", f"{day:02d}-{_MON[m - 1]}-{y}", f"{_MON[m - 1]} {day} {y}")[fmt]


def _gen(kind: str, vr: random.Random):
    if kind == "person":
        return {"first": vr.choice(_FIRST), "last": vr.choice(_LAST), "mi": vr.choice(_LET)}
    if kind in ("phone", "fax"):
        return _phone_number(vr)
    if kind == "phone_intl":
        return vr.choice(_INTL).format(a=_d(vr, 2), b=_d(vr, 3), c=_d(vr, 2))
    if kind == "pager":
        return vr.choice((f"{vr.randint(2, 8)}{_d(vr, 4)}", f"{vr.randint(2, 8)}-{_d(vr, 4)}",
                          f"{vr.choice(_AREA)}-{vr.randint(300, 899)}-{_d(vr, 4)}", f"{_d(vr, 3)}-{_d(vr, 4)}"))
    if kind == "email":
        f, la = _ascii(vr.choice(_FIRST)), _ascii(vr.choice(_LAST))
        local = vr.choice((f"{f}.{la}", f"{f[0]}{la}{vr.randint(1, 99)}", f"{la}.{f}{vr.randint(60, 99)}",
                           f"{f}_{la[:5]}", f"{la}family"))
        return f"{local}@{vr.choice(_EMAIL_DOMAINS)}"
    if kind == "url":
        f, la = _ascii(vr.choice(_FIRST)), _ascii(vr.choice(_LAST))
        return vr.choice((
            f"https://www.caringbridge.org/visit/{f}{la}", f"www.gofundme.com/f/{f}-{la}-heart-recovery",
            f"https://{la}familyupdates.blogspot.com", f"caringbridge.org/site/{f}{la}{vr.randint(2, 99)}",
            f"https://www.mealtrain.com/trains/{_l(vr, 2).lower()}{_d(vr, 4)}{la}"))
    if kind == "share_url":
        return vr.choice((f"https://share.imagelink-portal.net/s/{_l(vr, 3).lower()}{_d(vr, 6)}",
                          f"https://myimages.{vr.choice(('cloudpacs', 'imageshare', 'medview'))}.com/p/{_d(vr, 8)}"))
    if kind == "ip":
        return f"{vr.choice(_IP_FIRST)}.{vr.randint(0, 255)}.{vr.randint(0, 255)}.{vr.randint(2, 254)}"
    if kind == "ssn":
        area = vr.randint(1, 899)
        if area == 666:
            area = 667
        sep = vr.choice(("-", "-", "-", " "))
        return f"{area:03d}{sep}{vr.randint(1, 99):02d}{sep}{vr.randint(1, 9999):04d}"
    if kind == "mrn":
        return vr.choice((_d(vr, 8), _d(vr, 7), f"E{_d(vr, 9)}", f"{_d(vr, 3)}-{_d(vr, 2)}-{_d(vr, 2)}",
                          f"M{_d(vr, 8)}", f"00{_d(vr, 7)}"))
    if kind == "acct":
        return vr.choice((_d(vr, 10), f"{_d(vr, 4)}-{_d(vr, 6)}", f"V{_d(vr, 9)}", _d(vr, 12), f"TC-{_d(vr, 7)}"))
    if kind == "accession":
        return vr.choice((f"{_l(vr, 2)}{_d(vr, 2)}-{_d(vr, 6)}", _d(vr, 8), f"RAD-{_d(vr, 7)}",
                          f"{_d(vr, 4)}{_l(vr, 1)}{_d(vr, 4)}"))
    if kind == "specimen":
        return vr.choice((f"{_l(vr, 1)}{_d(vr, 2)}-{_d(vr, 5)}", f"S{_d(vr, 9)}",
                          f"{_d(vr, 2)}-{_l(vr, 2)}-{_d(vr, 5)}"))
    if kind == "plan_id":
        return vr.choice((f"{_l(vr, 3)}{_d(vr, 9)}", _d(vr, 12), f"W{_d(vr, 9)}", f"{_d(vr, 9)}-0{vr.randint(1, 4)}",
                          f"ZGP{_d(vr, 8)}"))
    if kind == "mbi":
        s = (f"{vr.randint(1, 9)}{vr.choice(_MBI_LET)}{vr.choice(_MBI_LET + '0123456789')}{vr.randint(0, 9)}"
             f"{vr.choice(_MBI_LET)}{vr.choice(_MBI_LET + '0123456789')}{vr.randint(0, 9)}"
             f"{vr.choice(_MBI_LET)}{vr.choice(_MBI_LET)}{vr.randint(0, 9)}{vr.randint(0, 9)}")
        return s if vr.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"
    if kind == "npi":
        return f"{vr.choice('12')}{_d(vr, 9)}"
    if kind == "dea":
        return f"{vr.choice('ABFM')}{vr.choice(_LET)}{_d(vr, 7)}"
    if kind == "med_lic":
        return vr.choice((_d(vr, 6), f"MD{_d(vr, 6)}", f"{_d(vr, 5)}-{_l(vr, 1)}"))
    if kind == "dl":
        return vr.choice((f"S{_d(vr, 8)}", _d(vr, 9), f"{_d(vr, 2)}{_l(vr, 3)}{_d(vr, 5)}", f"{_l(vr, 1)}{_d(vr, 7)}"))
    if kind in ("address", "city_zip", "town", "zip"):
        town, st, z3 = vr.choice(_TOWNS)
        zip5 = f"{z3}{_d(vr, 2)}"
        if vr.random() < 0.25:
            zip5 = f"{zip5}-{_d(vr, 4)}"
        street = f"{vr.randint(3, 2980)} {vr.choice(_STREETS)} {vr.choice(_SUFFIX)}"
        if vr.random() < 0.35:
            street = f"{street}, {vr.choice(_UNITS_APT)}"
        return {"street": street, "town": town, "state": st, "zip": zip5}
    if kind == "foreign_city":
        return vr.choice(_FOREIGN)
    if kind == "neighborhood":
        return vr.choice(_NEIGHBORHOODS)
    if kind == "county":
        return vr.choice(_COUNTIES)
    if kind == "corner":
        return vr.choice(_CORNERS)
    if kind.startswith("dob") or kind.startswith("date") or kind == "month_year":
        lo, hi = {"dob_adult": (1938, 1996), "dob_old": (1920, 1934), "date_recent": (2014, 2024),
                  "date_death": (2016, 2024), "month_year": (2003, 2022)}[kind]
        y, m, day = vr.randint(lo, hi), vr.randint(1, 12), vr.randint(1, 28)
        if kind == "month_year":
            return vr.choice((f"{_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_MON[m - 1]} {y}"))
        return _date_text(vr, y, m, day)
    if kind == "age90":
        a = vr.randint(90, 103)
        return {"num": str(a), "words": _NUM_WORDS[a - 90] if a < 100 else str(a)}
    if kind == "dev_serial":
        return vr.choice((_d(vr, 8), f"{_l(vr, 2)}{_d(vr, 6)}", f"{_d(vr, 4)}-{_d(vr, 4)}",
                          f"{_l(vr, 3)}{_d(vr, 6)}{_l(vr, 1)}", f"{_l(vr, 1)}{_d(vr, 7)}", f"SN{_d(vr, 7)}"))
    if kind == "dev_udi":
        if vr.random() < 0.75:
            return (f"(01)0{_d(vr, 13)}(17){vr.randint(25, 29)}{vr.randint(1, 12):02d}{vr.randint(1, 28):02d}"
                    f"(10){_l(vr, 1)}{_d(vr, 5)}(21){_l(vr, 2)}{_d(vr, 7)}")
        return f"+{_l(vr, 1)}{_d(vr, 3)}{_l(vr, 3)}{_d(vr, 4)}{vr.randint(0, 9)}/$+{_d(vr, 7)}{_l(vr, 1)}"
    if kind == "plate":
        return vr.choice((f"{vr.randint(1, 9)}{_l(vr, 2)}{_d(vr, 3)}", f"{vr.randint(1, 9)}{_l(vr, 3)}{_d(vr, 2)}",
                          f"{_d(vr, 3)} {_l(vr, 3)}", f"{_l(vr, 2)}-{_d(vr, 4)}", f"{_l(vr, 3)} {_d(vr, 4)}"))
    if kind == "vin":
        head = vr.choice(("1HG", "2T1", "5YJ", "JN8", "WBA", "1FT", "3VW", "KND", "1C4"))
        return head + "".join(vr.choice(_VIN_CH) for _ in range(14))
    pool = {"hospital": _HOSPITALS, "facility": _FACILITIES, "practice": _PRACTICES, "pharmacy": _PHARMACIES,
            "employer": _EMPLOYERS, "school": _SCHOOLS, "church": _CHURCHES, "shelter": _SHELTERS}[kind]
    return vr.choice(pool)


def _render(kind: str, val, form: str) -> list[tuple[str, str | None]]:
    cat = _KIND_CAT[kind]
    if kind == "person":
        f, la, mi = val["first"], val["last"], val["mi"]
        text = {"": f"{f} {la}", "full": f"{f} {la}", "last": la, "first": f, "init": f"{f[0]}. {la}",
                "last_first": f"{la}, {f}", "upper": f"{la.upper()}, {f.upper()}", "mi": f"{f} {mi}. {la}"}[form]
        return [(text, cat)]
    if kind in ("address", "city_zip", "town", "zip"):
        st, town, state, z = val["street"], val["town"], val["state"], val["zip"]
        if kind == "town":
            return [(town, "LOCATION")]
        if kind == "zip":
            return [(z, "ZIP")]
        if kind == "city_zip":
            return [(town, "LOCATION"), (f", {state} ", None), (z, "ZIP")]
        if form == "street":
            return [(st, "STREET_ADDRESS")]
        if form == "street_town":
            return [(st, "STREET_ADDRESS"), (" in ", None), (town, "LOCATION")]
        sep = "\n" if form == "multi" else ", "
        return [(st, "STREET_ADDRESS"), (sep, None), (town, "LOCATION"), (f", {state} ", None), (z, "ZIP")]
    if kind == "age90":
        return [(val["words"] if form == "words" else val["num"], cat)]
    if kind == "corner":
        return [(val[0], None), (val[1], cat)]
    return [(val, cat)]


class _Doc:
    """Text under construction, its labelled spans and the slots (places an identifier goes)."""

    def __init__(self, vr: random.Random, active: frozenset[str], heavy: bool, hr: random.Random):
        self._parts: list[str] = []
        self._n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.slots: dict[str, str] = {}
        self._memo: dict[str, object] = {}
        self._vr, self._active, self._heavy, self._hr = vr, active, heavy, hr

    def w(self, *parts: str) -> None:
        for p in parts:
            self._parts.append(p)
            self._n += len(p)

    def s(self, key: str, kind: str, form: str = "") -> None:
        """An identifier: masked, unless it is one of the note's planted (escaped) identifiers."""
        if self.slots.setdefault(key, kind) != kind:
            key = f"{key}:{kind}"
            self.slots.setdefault(key, kind)
        if key not in self._active:
            self.w(_MASK)
            return
        if key not in self._memo:
            self._memo[key] = _gen(kind, self._vr)
        for text, cat in _render(kind, self._memo[key], form):
            if cat is None:
                self.w(text)
            else:
                start = self._n
                self.w(text)
                self.spans.append((start, self._n, cat))

    def x(self, text: str, alt: str = _MASK) -> None:
        """Non-PHI text that a heavily masked note over-masks (eponyms, ages under 90, scores)."""
        self.w(alt if self._heavy and self._hr.random() < 0.5 else text)

    def text(self) -> str:
        return "".join(self._parts)


# --------------------------------------------------------------------------------------------------
# Clinical filler and look-alikes (structure random stream only)
# --------------------------------------------------------------------------------------------------


class _Pt:
    def __init__(self, r: random.Random, old_p: float):
        self.sex = r.choice("MF")
        male = self.sex == "M"
        self.he, self.his, self.him = ("he", "his", "him") if male else ("she", "her", "her")
        self.He = self.he.capitalize()
        self.man = "man" if male else "woman"
        self.mr = "Mr." if male else "Ms."
        self.old = r.random() < old_p
        self.age = r.randint(36, 88) if not self.old else 0
        self.proc = r.choice(_PROCS_OLD if self.old else _PROCS)
        self.dx = r.choice(_ICU_DX_OLD if self.old else _ICU_DX)


class _Rng(random.Random):
    """The structure stream; ``base`` is the note's shifted reference day (a proleptic ordinal)."""

    base = date(2150, 1, 1).toordinal()


def _sd(r: random.Random, time: bool = False, off: int | None = None) -> str:
    """A shifted (2100-2200) date near the note's reference day: never an identifier."""
    base = getattr(r, "base", date(2150, 1, 1).toordinal())
    day = date.fromordinal(base + (r.randint(-25, 25) if off is None else off))
    y, m, dd = day.year, day.month, day.day
    s = r.choice((f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{y}-{m:02d}-{dd:02d}"))
    return f"{s} {r.randint(0, 23):02d}:{r.choice(('00', '15', '30', '45', '12', '48'))}" if time else s


def _hm(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _firmware(r: random.Random) -> str:
    return r.choice((f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}",
                     f"{r.randint(2, 6)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 220)}",
                     f"SW {r.randint(2, 9)}.{r.randint(10, 40)} build {r.randint(1000, 9999)}"))


def _lot(r: random.Random) -> str:
    return r.choice((f"{r.choice(_LET)}{r.randint(10000, 99999)}",
                     f"{r.randint(20, 26)}{r.choice(_LET)}{r.randint(1000, 9999)}", f"{r.randint(1000000, 9999999)}"))


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    return r.choice((f"{y}-{m:02d}-{r.randint(1, 28):02d}", f"{m:02d}/{y}", f"{y}-{m:02d}"))


def _gtin_udi(r: random.Random) -> str:
    return (f"(01)0{r.randint(10**12, 10**13 - 1)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}"
            f"{r.randint(1, 28):02d}(10){r.choice(_LET)}{r.randint(10000, 99999)}")


def _policy(r: random.Random) -> str:
    return f"{r.choice(('NUR-ICU', 'PC-CTS', 'RT-VENT', 'PERF', 'MED-STAFF', 'CC'))}-{r.randint(100, 1299)}"


def _nct(r: random.Random) -> str:
    return f"NCT0{r.randint(1000000, 6999999)}"


def _bp(r: random.Random, lo: int = 86, hi: int = 138) -> str:
    s = r.randint(lo, hi)
    dia = r.randint(max(38, s // 2 - 12), max(40, s // 2 + 18))
    return f"{s}/{dia}"


def _ch(r: random.Random, options: str) -> str:
    """One of the '|'-separated options."""
    return r.choice(options.split("|"))


def _vitals(r: random.Random) -> str:
    return (f"T {r.randint(359, 389) / 10:.1f}C  HR {r.randint(62, 128)} ({_ch(r, 'SR|ST|AF|AV-paced|A-paced')})"
            f"  BP {_bp(r)} (MAP {r.randint(58, 88)})  RR {r.randint(12, 30)}  SpO2 {r.randint(88, 100)}%")


def _labs_line(r: random.Random) -> str:
    return (f"Na {r.randint(131, 149)}  K {r.randint(33, 56) / 10:.1f}  Cl {r.randint(96, 112)}"
            f"  HCO3 {r.randint(16, 30)}  BUN {r.randint(9, 88)}  Cr {r.randint(6, 42) / 10:.1f}"
            f"  Glu {r.randint(88, 244)}  Mg {r.randint(17, 28) / 10:.1f}"
            f"\nWBC {r.randint(38, 242) / 10:.1f}  Hgb {r.randint(68, 128) / 10:.1f}  Plt {r.randint(42, 318)}"
            f"  INR {r.randint(10, 26) / 10:.1f}  PTT {r.randint(280, 920) / 10:.1f}  Fibrinogen {r.randint(140, 520)}"
            f"  Lactate {r.randint(8, 78) / 10:.1f}  LDH {r.randint(180, 1400)}")


def _mimic_labs(r: random.Random) -> str:
    t = f"{r.randint(1, 11):02d}:{r.randint(0, 59):02d}{_ch(r, 'AM|PM')}"
    return (f"___ {t} BLOOD WBC-{r.randint(40, 220) / 10:.1f}* RBC-{r.randint(260, 420) / 100:.2f}* "
            f"Hgb-{r.randint(70, 125) / 10:.1f}* Hct-{r.randint(210, 380) / 10:.1f}* Plt ___\n"
            f"___ {t} BLOOD Glucose-{r.randint(90, 230)}* UreaN-{r.randint(10, 80)}* "
            f"Creat-{r.randint(6, 40) / 10:.1f}* Na-{r.randint(132, 147)} K-{r.randint(34, 55) / 10:.1f} "
            f"Cl-{r.randint(96, 110)} HCO3-{r.randint(17, 29)}\n"
            f"___ {t} BLOOD ALT-{r.randint(12, 900)} AST-{r.randint(14, 1400)} LD(LDH)-{r.randint(180, 1500)} "
            f"TotBili-{r.randint(3, 60) / 10:.1f} cTropnT-{r.randint(1, 600) / 100:.2f}*\n"
            f"___ {t} BLOOD Type-ART pO2-{r.randint(62, 340)} pCO2-{r.randint(30, 58)} pH-7.{r.randint(18, 48)} "
            f"calTCO2-{r.randint(17, 29)} Base XS-{r.randint(-8, 4)}")


def _vent(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return (f"AC/VC {r.choice((360, 380, 400, 420, 450))} x {r.randint(14, 28)}, PEEP {r.randint(5, 16)}, "
                f"FiO2 {r.randint(30, 80)}%, Pplat {r.randint(18, 30)}, driving pressure {r.randint(9, 16)}")
    if k == 1:
        return (f"PRVC 6 mL/kg PBW, RR {r.randint(16, 30)}, PEEP {r.randint(8, 16)}, "
                f"FiO2 {r.choice((0.4, 0.5, 0.6, 0.8, 1.0))}, P/F {r.randint(88, 310)}")
    if k == 2:
        return f"PSV {r.randint(5, 12)}/{r.randint(5, 8)}, FiO2 {r.randint(30, 50)}%, RSBI {r.randint(38, 110)}"
    return (f"APRV P-high {r.randint(24, 30)} / P-low 0, T-high {r.choice((4.5, 5.0, 5.5))} s, "
            f"T-low 0.{r.randint(4, 8)} s")


_PRESSORS = ("norepinephrine", "vasopressin", "epinephrine", "milrinone", "propofol", "fentanyl")


def _drips(r: random.Random, k: int = 3, only: tuple[str, ...] = ()) -> str:
    doses = {"norepinephrine": "0.{} mcg/kg/min", "vasopressin": "0.0{} U/min", "epinephrine": "0.0{} mcg/kg/min",
             "milrinone": "0.{}25 mcg/kg/min", "dobutamine": "{} mcg/kg/min", "propofol": "{}0 mcg/kg/min",
             "fentanyl": "{}5 mcg/h", "bivalirudin": "0.0{} mg/kg/h", "heparin": "{}00 units/h",
             "insulin": "{} units/h", "nitric oxide (INOmax)": "{}0 ppm", "dexmedetomidine (Precedex)": "0.{} mcg/kg/h"}
    names = r.sample(sorted(only or doses), k)
    return ", ".join(f"{n} {doses[n].format(r.randint(1, 8))}" for n in names)


def _flowsheet(d: _Doc, r: random.Random, rows: int, swan: bool) -> None:
    h0 = r.randint(0, 23 - rows)
    if swan:
        d.w("Time  | HR  | ABP (MAP)     | CVP | PAP (mean)   | CI  | SvO2 | UOP mL | CT mL\n")
    else:
        d.w("Time  | HR  | ABP (MAP)     | CVP | SpO2 | RR | UOP mL | Pain (CPOT)\n")
    for k in range(rows):
        bp = _bp(r, 82, 134)
        s, dia = (int(x) for x in bp.split("/"))
        cell = f"{bp} ({(s + 2 * dia) // 3})"
        hr, cvp = r.randint(58, 128), r.randint(3, 19)
        if swan:
            pa_s = r.randint(28, 58)
            pa_d = r.randint(12, pa_s - 8)
            pa = f"{pa_s}/{pa_d} ({(pa_s + 2 * pa_d) // 3})"
            d.w(f"{h0 + k:02d}:00 | {hr:<3} | {cell:<13} | {cvp:<3} | {pa:<12} | {r.randint(16, 34) / 10:.1f} | "
                f"{r.randint(48, 74):<4} | {r.randint(0, 180):<6} | {r.randint(0, 150)}\n")
        else:
            d.w(f"{h0 + k:02d}:00 | {hr:<3} | {cell:<13} | {cvp:<3} | {r.randint(88, 100):<4} | "
                f"{r.randint(12, 32):<2} | {r.randint(0, 220):<6} | {r.randint(0, 4)}\n")


# --------------------------------------------------------------------------------------------------
# Themed blocks (discharge-type notes)
# --------------------------------------------------------------------------------------------------

_PROCS = (
    "CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA)", "CABG x4 with endoscopic vein harvest",
    "aortic valve replacement (23 mm bioprosthesis)",
    "mitral valve repair (Carpentier-Edwards Physio II annuloplasty ring, 32 mm)",
    "Bentall procedure with 27 mm conduit", "valve-sparing aortic root replacement (David procedure)",
    "emergent type A dissection repair with hemiarch", "redo sternotomy, mitral valve replacement (29 mm tissue valve)",
    "Cox-Maze IV with left atrial appendage clip", "pulmonary thromboendarterectomy", "orthotopic heart transplant",
    "HeartMate 3 LVAD implantation", "AVR + CABG x2 (LIMA-LAD, SVG-RCA)", "septal myectomy (Morrow procedure)",
)
_ICU_DX = (
    "cardiogenic shock after anterior STEMI", "post-cardiotomy shock", "ARDS from influenza A pneumonia",
    "massive pulmonary embolism with RV failure", "septic shock from MSSA bacteremia", "fulminant myocarditis",
    "electrical storm (recurrent VT) in ischemic cardiomyopathy",
    "acute on chronic HFrEF (EF 15%) with cardiorenal syndrome", "COVID-19 ARDS",
    "aspiration pneumonia with hypoxemic respiratory failure", "vasoplegia after CPB",
)
# patients of 90 and over get procedures and problems plausible at that age
_PROCS_OLD = ("transfemoral TAVR", "permanent pacemaker placement", "emergent CABG x2 (LIMA-LAD, SVG-OM)",
              "left hip hemiarthroplasty", "exploratory laparotomy, sigmoid colectomy")
_ICU_DX_OLD = ("septic shock from urosepsis", "aspiration pneumonia with hypoxemic respiratory failure",
               "complete heart block with cardiogenic shock", "acute on chronic HFpEF with flash pulmonary edema",
               "NSTEMI complicated by cardiogenic shock")
_LINES = ("L IJ Swan-Ganz catheter", "R radial arterial line", "R IJ triple-lumen CVC", "Foley catheter",
          "2 mediastinal Blake drains", "L pleural chest tube (28 Fr)", "temporary epicardial pacing wires",
          "OG tube", "R femoral dialysis catheter (Trialysis)", "L axillary Impella 5.5", "IABP via L femoral artery")


def _age_phrase(d: _Doc, r: random.Random, c: _Pt, key: str = "pt_age") -> None:
    """'NN' of 'NN year old': masked, an unlabelled age under 90, or a plantable age of 90 or more."""
    if c.old:
        d.s(key, "age90", "words" if r.random() < 0.2 else "")
    elif r.random() < 0.35:
        d.x(str(c.age))
    else:
        d.w(_MASK)


def _relative(d: _Doc, r: random.Random, key: str = "rel1", form: str = "") -> None:
    d.w(f"{r.choice(_RELATIONS)} ")
    d.s(key, "person", form)


def _b_progress(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    hd, pod = r.randint(2, 24), r.randint(1, 14)
    d.w(f"{unit} DAILY PROGRESS NOTE\n" if standalone else f"{unit} progress note (excerpt):\n")
    d.w(f"Hospital day {hd}; POD {pod} s/p {c.proc}.  Bed {unit}-{r.randint(1, 24)}.\n")
    d.w("Author: ")
    d.s("res", "person", _ch(r, "full|init"))
    d.w(f", MD (PGY-{r.randint(1, 5)}).  Covering fellow pager ")
    d.s("fellow_pgr", "pager")
    d.w(".\n\n24-hour events:\n")
    events = [
        f"- Weaned {r.choice(_PRESSORS[:4])} overnight; MAP goal > 65 maintained.",
        f"- New AF with RVR at {_hm(r)}, rate controlled with amiodarone 150 mg bolus then drip.",
        f"- Chest tube output {r.randint(60, 240)} mL/h x 2 h, improved after protamine {r.randint(25, 50)} mg.",
        "SPEC",
        f"- RASS {r.choice((-4, -3, -2, -1, 0))} on propofol; SAT passed, SBT failed (RSBI {r.randint(105, 160)}).",
        f"- CRRT started for oliguria, net negative {r.randint(300, 1800)} mL.",
        f"- Transfused 1 unit PRBC for Hgb {r.randint(66, 74) / 10:.1f}.",
    ]
    for e in r.sample(events, r.randint(2, 4)):
        if e == "SPEC":
            d.w(f"- Febrile to {r.randint(381, 394) / 10:.1f}C; pan-cultured; BAL sent (specimen ")
            d.s("bal_spec", "specimen")
            d.w(").")
        else:
            d.w(e)
        d.w("\n")
    d.w("\nHourly flowsheet (excerpt):\n")
    _flowsheet(d, r, r.randint(5, 8), swan=r.random() < 0.6)
    d.w(f"\nVent: {_vent(r)}\nDrips: {_drips(r, r.randint(2, 4))}\n")
    d.w(f"Exam: GCS {_ch(r, '10T (E3 VT M6)|11T|6T|15')}, CAM-ICU {_ch(r, 'negative|positive|unable to assess')}. ")
    d.w("Sternal incision c/d/i. ")
    d.x(_ch(r, "No Kussmaul respirations.|Negative Homans sign.|No Beck triad."))
    d.w(f"\nLabs: {_labs_line(r)}\n")
    d.w(f"ABG 7.{r.randint(22, 46)}/{r.randint(32, 56)}/{r.randint(62, 180)}/{r.randint(16, 28)}\n\n")
    d.w("Assessment/plan by system:\n")
    d.w(f"# Neuro: target RASS 0 to -1; {_ch(r, 'fentanyl|hydromorphone')} PRN; delirium precautions.\n")
    d.w(f"# CV/resp: {c.dx}. Wean inotropes as CI allows (goal CI > 2.2, SvO2 > 60). Repeat TTE today.\n")
    d.w(f"# Resp: lung-protective ventilation, {_ch(r, 'daily SBT|prone positioning 16 h/day|iNO 20 ppm')}.\n")
    d.w(f"# Renal: {_ch(r, 'CRRT (CVVHDF) at 25 mL/kg/h|diuresis with bumetanide gtt|Cr trending down')}.\n")
    d.w(f"# ID: {_ch(r, 'vancomycin/cefepime day 3|cefazolin periop only|micafungin added for Candida in BAL')}.\n")
    d.w(f"# Lines: {', '.join(r.sample(_LINES, 4))}.\n")
    d.w(f"# Dispo: remains in {unit}. Code status: {_ch(r, 'Full code|DNR, OK to intubate|Full code (per HCP)')}.\n")
    fam = r.random()
    if fam < 0.6:
        d.w("Family: ")
        _relative(d, r)
        if fam < 0.25:
            d.w(" updated at bedside.\n")
        else:
            d.w(_ch(r, " updated by phone at | called for update, callback "))
            d.s("rel1_phone", "phone")
            d.w(".\n")
    if r.random() < 0.45:
        d.w("Outside records from ")
        d.s("osh", "hospital")
        d.w(" (OSH MRN ")
        d.s("osh_mrn", "mrn")
        d.w(_ch(r, ") reviewed.|) scanned to media tab.") + "\n")
    if r.random() < 0.3:
        d.w("Telehealth: family joined rounds by video (platform log: remote IP ")
        d.s("remote_ip", "ip")
        d.w(").\n")
    if r.random() < 0.3:
        d.w(f"Device: {_ch(r, 'Impella CP|Impella 5.5|IABP 40 cc')} in place since {_sd(r)}, catheter serial ")
        d.s("mcs_sn", "dev_serial")
        d.w(f" (console software {_firmware(r)}).\n")
    if r.random() < 0.25:
        d.w("Pharmacy: home medication list verified with ")
        d.s("pharmacy", "pharmacy")
        d.w(".\n")
    d.w("\nAttending attestation: I saw and examined the patient with the team and agree with the plan above. ")
    d.w(f"Critical care time {r.randint(35, 95)} min, excluding procedures.\n")
    d.s("att", "person", _ch(r, "full|mi"))
    d.w(", MD\n")


def _b_family(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    d.w("FAMILY MEETING NOTE - goals of care\n" if standalone else "Family meeting (summary):\n")
    d.w(f"Date/time: {_sd(r, True)}, {unit} family conference room.  Duration: {r.randint(35, 95)} minutes.\n")
    d.w("Participants:\n")
    d.w(f"  [x] {r.choice(_RELATIONS).capitalize()}: ")
    d.s("rel1", "person", _ch(r, "full|full|first"))
    d.w(" (health care proxy)")
    if not c.old and r.random() < 0.3:
        d.w(", age ")
        d.x(str(r.randint(30, 79)))
    d.w("\n")
    if r.random() < 0.7:
        d.w(f"  [x] {r.choice(_RELATIONS).capitalize()}: ")
        d.s("rel2", "person")
        d.w("\n")
    if r.random() < 0.5:
        lang = _ch(r, "Portuguese|Haitian Creole|Vietnamese|Spanish|Cape Verdean Creole|Amharic|Mandarin|Polish|Somali")
        d.w(f"  [x] Interpreter ({lang}): ")
        d.s("interp", "person", _ch(r, "full|first"))
        d.w(", in person\n")
    d.w("  [x] ICU attending: Dr. ")
    d.s("att", "person", _ch(r, "last|full"))
    d.w("\n  [x] Palliative care: ")
    d.s("pall", "person")
    d.w(", NP\n  [x] Social work: ")
    d.s("sw", "person")
    d.w(f", LICSW\n  [{_ch(r, ' |x')}] Chaplain\n")
    if r.random() < 0.6:
        d.w(f"Remote: {r.choice(_RELATIONS)} joined by video from ")
        d.s("remote_city", "foreign_city")
        if r.random() < 0.7:
            d.w(" (telehealth connection log IP ")
            d.s("remote_ip", "ip")
            d.w(")")
        d.w(".\n")
    d.w("\nBackground: ")
    d.w(f"{c.mr} " if r.random() < 0.5 else "Patient ")
    d.s("pt", "person", "last")
    d.w(" is a ")
    _age_phrase(d, r, c)
    d.w(f" year old {c.man} with ")
    d.x(r.choice(_EPONYM_PMH))
    d.w(f" and {c.dx}, now ICU day {r.randint(4, 30)}. SOFA {r.randint(8, 17)} "
        f"(trend {_ch(r, 'rising|flat|improving slightly')}); APACHE II {r.randint(18, 36)}.\n")
    d.w("\nDiscussion:\n- Medical update given in plain language using teach-back.\n")
    prog = _ch(r, "guarded; meaningful recovery unlikely|poor for return to prior function|uncertain")
    d.w(f"- Prognosis: {prog}.\n")
    if c.old:
        d.w("- Frailty: Clinical Frailty Scale 7; at ")
        d.s("pt_age", "age90")
        d.w(" the team does not recommend CPR or re-intubation.\n")
    d.w(f"- Values: family states \"{c.he} would not want to live on machines.\" ")
    if r.random() < 0.5:
        d.w(f"{c.He} worked for {r.randint(15, 40)} years at ")
        d.s("employer", "employer")
        d.w(_ch(r, " and sings in the choir at | and volunteers every Sunday at | and is a deacon at "))
        d.s("church", "church")
        d.w(".\n")
    else:
        d.w(f"{c.He} lives with {c.his} {_ch(r, 'wife|husband|sister|daughter')} in ")
        d.s("home_town", "town")
        if r.random() < 0.5:
            d.w(f" and cares for {c.his} mother, who is ")
            d.s("mother_age", "age90")
        d.w(".\n")
    d.w("\nDecisions:\n")
    d.w(f"  [x] Code status: {_ch(r, 'DNR/DNI|DNR, continue current support|Full code for now, revisit in 72 h')}\n")
    d.w(f"  [{_ch(r, 'x| ')}] MOLST completed and signed\n")
    d.w("  [ ] Escalation to ECMO or VAD (not a candidate per multidisciplinary review)\n")
    d.w(f"  [x] Palliative care to follow; reconvene in {_ch(r, '48 hours|3 days|one week')}\n")
    d.w("HCP contact: ")
    d.s("rel1_phone", "phone" if r.random() < 0.75 else "phone_intl")
    if r.random() < 0.55:
        d.w("; prefers email updates at ")
        d.s("rel1_email", "email")
    d.w(".\n")
    if r.random() < 0.4:
        d.w("Parking pass issued to the family for vehicle plate ")
        d.s("family_plate", "plate")
        d.w(" (after-hours entrance).\n")
    if r.random() < 0.5:
        d.w("Family has started an online journal for friends: ")
        d.s("family_url", "url")
        d.w(" - asked team not to post clinical details.\n")
    if r.random() < 0.5:
        d.w("Meeting summary e-mailed to ")
        d.s("rel1_email", "email")
        d.w(" with the HCP's permission.\n")
    d.w(f"Caregiver support resources and {HOTLINES[1]} information provided.\n")


def _b_ecmo(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    mode = _ch(r, "VA|VA|VV|VAV")
    d.w(f"ECMO DAILY LOG - day {r.randint(1, 21)} of {mode} ECMO\n" if standalone else f"ECMO course ({mode}):\n")
    d.w(f"Indication: {c.dx}. RESP score {r.randint(-4, 6)} / SAVE score {r.randint(-9, 5)}.\n")
    cann = {"VA": "R femoral venous 25 Fr drainage, L femoral arterial 17 Fr return, 8 Fr distal perfusion cannula",
            "VV": "R IJ dual-lumen 31 Fr (Crescent), tip in IVC confirmed by TEE",
            "VAV": "R femoral 25 Fr drainage, L femoral 17 Fr arterial, R IJ 17 Fr venous return (Y-connector)"}[mode]
    d.w(f"Cannulation: {cann}.  Cannulated {_sd(r)} by Seldinger technique under TEE guidance.\n\n")
    d.w("Circuit components:\n")
    pump = _ch(r, "Rotaflow RF-32 pump head|CentriMag blood pump|Cardiohelp HLS Set Advanced 7.0|Bio-Medicus pump head")
    d.w(f"  Pump:        {pump}; S/N ")
    d.s("pump_sn", "dev_serial")
    oxy = _ch(r, "Quadrox-iD Adult|Nautilus ECMO oxygenator|Eurosets A.L.ONE")
    d.w(f"\n  Oxygenator:  {oxy}; serial ")
    d.s("oxy_sn", "dev_serial")
    d.w(f"; lot {_lot(r)}, exp {_expiry(r)}\n")
    d.w(f"  Console:     {_ch(r, 'Cardiohelp|CentriMag 2nd gen|Rotaflow II|SCPC')} console, software {_firmware(r)}\n")
    d.w(f"  Tubing pack: REF {r.randint(100000, 999999)}, UDI {_gtin_udi(r)} (model/batch only)\n")
    if r.random() < 0.35:
        d.w("  Oxygenator change-out: new unit UDI ")
        d.s("oxy_udi", "dev_udi")
        d.w(f" placed {_sd(r)} for rising transmembrane pressure gradient.\n")
    d.w("\nHourly parameters (pump ")
    d.s("pump_sn", "dev_serial")
    d.w("):\n")
    d.w("Time  | RPM  | Flow L/min | Sweep | FdO2 | P-ven | P-pre | P-post | dP | SvO2 | anti-Xa\n")
    h0 = r.randint(0, 17)
    for k in range(r.randint(4, 7)):
        pre = r.randint(180, 320)
        post = pre - r.randint(8, 38)
        d.w(f"{h0 + k:02d}:00 | {r.randint(2800, 4200)} | {r.randint(28, 52) / 10:.1f}        | "
            f"{r.randint(1, 7)}.{r.randint(0, 9)}   | {r.choice((100, 80, 60, 50))}%  | -{r.randint(20, 80)}   | "
            f"{pre}   | {post}    | {pre - post} | {r.randint(58, 82)}   | 0.{r.randint(18, 52)}\n")
    d.w(f"\nAnticoagulation: {_ch(r, 'bivalirudin|heparin')} titrated to anti-Xa 0.3-0.5 / aPTT 60-80 "
        f"(policy {_policy(r)}).\n")
    d.w("Circuit checks (q1h):\n  [x] circuit inspected with flashlight - small fibrin at pigtail connector, stable\n")
    d.w("  [x] cannula sites dry, sutures intact\n  [x] distal perfusion: dopplerable DP/PT\n")
    d.w(f"  [x] pre/post-oxygenator blood gas: post-ox pO2 {r.randint(280, 520)}\n")
    d.w(f"  [{_ch(r, 'x| ')}] plasma-free Hgb sent ({r.randint(5, 60)} mg/dL)\n")
    d.w("ECMO specialist: ")
    d.s("ecmo_spec", "person", _ch(r, "full|init"))
    d.w(f", {_ch(r, 'RRT|RN, CCRN|CCP')}.  Perfusion on-call pager ")
    d.s("perf_pgr", "pager")
    d.w(".\n")
    d.w(f"Case to be entered in the ELSO Registry ({PUBLIC_URLS[0]}); trial {_nct(r)} screening: "
        f"{_ch(r, 'not eligible|screen failed|declined by HCP')}.\n")
    if r.random() < 0.4:
        d.w("Family updated daily: ")
        _relative(d, r)
        d.w(", callback ")
        d.s("rel1_phone", "phone")
        d.w(".\n")


def _b_vad(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    dev = _ch(r, "HeartMate 3 LVAS|HeartMate 3 LVAS|HeartMate 3 LVAS (pump exchange)|HeartWare HVAD (legacy)")
    d.w("MECHANICAL CIRCULATORY SUPPORT / VAD LOG\n" if standalone else "VAD summary:\n")
    goal = _ch(r, "bridge to transplant|destination therapy|bridge to candidacy")
    d.w(f"Device: {dev}, implanted {_sd(r)} as {goal}."
        f" INTERMACS profile {r.randint(1, 4)}.\n")
    d.w("Pump serial number: ")
    d.s("vad_sn", "dev_serial")
    d.w(f"   Controller software {_firmware(r)}   Modular cable REF {r.randint(100000, 199999)}\n")
    if r.random() < 0.3:
        d.w("Implant record (UDI with serial): ")
        d.s("vad_udi", "dev_udi")
        d.w("\n")
    d.w(f"Settings: fixed speed {r.choice((5200, 5300, 5400, 5500, 5600))} rpm, "
        f"low speed limit {r.choice((4900, 5000, 5100))} rpm.\n\n")
    d.w("Date/time        | Speed | Flow | PI  | Power | Alarms\n")
    off = r.randint(-12, -6)
    for k in range(r.randint(4, 6)):
        d.w(f"{_sd(r, True, off + k)} | {r.choice((5300, 5400, 5500))}  | {r.randint(38, 58) / 10:.1f}  | "
            f"{r.randint(20, 55) / 10:.1f} | {r.randint(38, 52) / 10:.1f} W | "
            f"{_ch(r, 'none|none|low flow x1|PI event')}\n")
    site = _ch(r, "well incorporated, no drainage|scant serous drainage|erythema 1 cm, cx sent")
    d.w(f"\nDriveline exit site: {site}."
        f" LDH {r.randint(180, 420)}, plasma-free Hgb {r.randint(2, 30)}.\n")
    d.w(f"MAP by doppler {r.randint(68, 92)} mmHg (goal 70-90). INR goal 2.0-2.5 on warfarin; aspirin 81 mg.\n")
    d.w("Home monitoring: ")
    if r.random() < 0.75:
        d.w("remote monitoring hub registered at home; last upload from IP ")
        d.s("home_ip", "ip")
        d.w(".\n")
    else:
        d.w("not enrolled.\n")
    d.w("Equipment delivery / home address: ")
    d.s("home_addr", "address", _ch(r, "|multi"))
    d.w("\nPrimary caregiver: ")
    _relative(d, r)
    d.w(", cell ")
    d.s("rel1_phone", "phone")
    if r.random() < 0.4:
        d.w(", e-mail ")
        d.s("rel1_email", "email")
    d.w(".\nVAD coordinator: ")
    d.s("vad_coord", "person")
    d.w(", RN; 24-h VAD pager ")
    d.s("vad_pgr", "pager")
    d.w(f".  After-hours equipment questions: {HOTLINES[4]}.\n")
    d.w("Driving: not cleared to drive for 6 weeks post-op")
    if r.random() < 0.6:
        d.w("; caregiver will drive (vehicle plate ")
        d.s("car_plate", "plate")
        d.w(" on the parking pass)")
    d.w(".\n")
    d.w("Equipment log: pump ")
    d.s("vad_sn", "dev_serial")
    d.w(f" interrogated, log files downloaded (controller {_firmware(r)}).\n")
    d.w(f"Education checklist: [x] battery swap  [x] controller exchange  [x] shower bag  "
        f"[{_ch(r, 'x| ')}] emergency card\n")


def _b_transfer(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    d.w("TRANSFER CENTER CALL LOG\n" if standalone else "Transfer center call log (copied):\n")
    d.w("Transfer request #: ")
    d.s("tc_case", "acct")
    d.w(f"   Priority: {_ch(r, 'STAT|urgent|routine')}   Service: {_ch(r, 'CT surgery|shock team|MICU|ECMO')}\n")
    d.w("Referring facility: ")
    d.s("osh", "hospital")
    d.w(" (")
    d.s("osh_town", "town")
    d.w(f"), {_ch(r, 'ED|ICU|cath lab|step-down')}\n")
    d.w("Patient: ")
    d.s("pt", "person", _ch(r, "upper|last_first|full"))
    d.w(", DOB ")
    d.s("dob", "dob_old" if c.old else "dob_adult")
    d.w(", OSH MRN ")
    d.s("osh_mrn", "mrn")
    if r.random() < 0.4:
        d.w(", SSN ")
        d.s("ssn", "ssn")
    ins = r.choice(_INSURERS)
    if ins == "Medicare":
        d.w("\nInsurance: Medicare, MBI ")
        d.s("mbi", "mbi")
    else:
        d.w(f"\nInsurance: {ins}, member ID ")
        d.s("plan", "plan_id")
    d.w(f", group {r.randint(10000, 999999)}\n")
    home = r.random()
    if home < 0.3:
        d.w("Home: ")
        d.s("home_addr", "address")
        d.w("\n")
    elif home < 0.65:
        d.w("Home town / ZIP (for transport billing): ")
        d.s("home_zip", "city_zip")
        d.w("\n")
    d.w("\nTime  | Caller / callee          | Summary                                  | Callback\n")
    rows = [
        ("OSH ED physician", "requests transfer, " + c.dx, "osh_md_phone"),
        ("Transfer center RN", "paged CT surgery fellow", "fellow_pgr"),
        ("CT surgery fellow", f"reviewed images; lactate {r.randint(20, 110) / 10:.1f}", None),
        ("OSH ICU RN", f"report: MAP {r.randint(48, 70)} on {r.choice(_DRUGS[:6])}", "osh_rn_phone"),
        ("Shock team attending", "accepted; bed assigned", None),
        ("Critical care transport", f"ETA {r.randint(25, 95)} min, {_ch(r, 'ground|rotor-wing')}", None),
    ]
    h, mi = r.randint(0, 20), r.randint(0, 40)
    for who, what, key in rows[: r.randint(4, 6)]:
        mi += r.randint(3, 14)
        d.w(f"{h + mi // 60:02d}:{mi % 60:02d} | {who:<24} | {what[:40]:<40} | ")
        if key == "fellow_pgr":
            d.w("pgr ")
            d.s(key, "pager")
        elif key:
            d.s(key, "phone")
        else:
            d.w("-")
        d.w("\n")
    d.w("\nReferring MD: Dr. ")
    d.s("osh_md", "person", _ch(r, "last|full|init"))
    d.w("; fax for records ")
    d.s("osh_fax", "fax")
    if r.random() < 0.45:
        d.w("; asked to e-mail the cath report to ")
        d.s("osh_md_email", "email")
    d.w(".\nAccepting physician: Dr. ")
    d.s("acc_md", "person", _ch(r, "last|full"))
    if r.random() < 0.5:
        d.w(" (NPI ")
        d.s("acc_npi", "npi")
        d.w(")")
    d.w(f".  Bed assigned: {unit} bed {r.randint(1, 24)}.\n")
    d.w(f"Images pushed via cloud image exchange; CPT {_ch(r, '33946|33967|92950|33990')} noted for ECPR readiness.\n")
    d.w(f"EMTALA transfer form and consent scanned.  Transfer policy {_policy(r)} followed.\n")
    if r.random() < 0.35:
        d.w("Consent for transfer e-signed remotely by ")
        _relative(d, r, "rel1", _ch(r, "full|first"))
        d.w(" (e-signature audit trail: IP ")
        d.s("esign_ip", "ip")
        d.w(").\n")


def _b_opo(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    d.w("ORGAN DONATION REFERRAL AND BRAIN DEATH DOCUMENTATION\n" if standalone else "OPO referral / brain death:\n")
    trig = _ch(r, "GCS <= 5 and loss of a brainstem reflex|family discussing withdrawal|"
                  "plan for brain death evaluation")
    d.w(f"Referral placed {_sd(r, True)} (trigger: {trig}) via {HOTLINES[5]}. OPO referral #: ___\n")
    mech = r.random()
    if mech < 0.45:
        d.w("Mechanism: restrained driver, high-speed MVC; vehicle plate ")
        d.s("mvc_plate", "plate")
        if r.random() < 0.5:
            d.w(", VIN ")
            d.s("mvc_vin", "vin")
        d.w(f" per State Police report; crash on Route {r.choice((2, 9, 20, 24, 140, 495))} near ")
        d.s("crash_town", "town")
        d.w(f". GCS 3 at scene, CT with diffuse axonal injury and {_ch(r, 'uncal herniation|effaced cisterns')}.\n")
        if r.random() < 0.5:
            d.w("Personal effects released to family; vehicle ")
            d.s("mvc_plate", "plate")
            d.w(" held at the tow yard per police.\n")
    elif mech < 0.75:
        d.w("Mechanism: aneurysmal SAH, ")
        d.x("Hunt and Hess", "Hunt and ___")
        d.w(f" grade {r.choice((4, 5))}, modified Fisher 4; ruptured {_ch(r, 'AComm|basilar tip|PComm')} aneurysm. "
            "Found at home at ")
        d.s("found_addr", "address", _ch(r, "|street_town"))
        d.w(".\n")
    else:
        d.w(f"Mechanism: out-of-hospital cardiac arrest, downtime ~{r.randint(18, 45)} min, found ")
        place = _ch(r, "corner|shelter|neighborhood")
        d.w({"corner": "at ", "shelter": "outside ", "neighborhood": "on a park bench in "}[place])
        d.s("found_place", place)
        d.w("; TTM 36C; EEG with burst suppression then suppression; SSEP N20 absent bilaterally.\n")
    d.w("Donor registry: ")
    if r.random() < 0.5:
        d.w("registered donor (searched by driver's license no. ")
        d.s("dl", "dl")
        d.w(").\n")
    else:
        d.w("registry search by SSN ")
        d.s("ssn", "ssn")
        d.w(f" - {_ch(r, 'registered donor|not registered')}.\n")
    d.w(f"\nBrain death examination #1 (institutional policy {_policy(r)}, adult criteria):\n")
    d.w(f"  Prerequisites: [x] core temp >= 36C ({r.randint(361, 374) / 10:.1f})  [x] SBP >= 100 ({_bp(r, 100, 140)})"
        f"  [x] Na {r.randint(138, 156)}\n  [x] no sedatives (fentanyl off > 24 h)  [x] no neuromuscular blockade "
        "(TOF 4/4)\n")
    for item in ("pupils fixed, mid-position (5-6 mm)", "corneal reflexes absent",
                 "oculocephalic reflex (doll's eyes) absent", "oculovestibular (cold calorics, 50 mL ice water) absent",
                 "gag and cough absent", "no motor response to noxious stimuli (spinal reflexes noted)"):
        d.w(f"  [x] {item}\n")
    pre = r.randint(38, 44)
    d.w(f"  Apnea test: FiO2 1.0; baseline PaCO2 {pre}, pH 7.{r.randint(36, 44)}; at {r.randint(8, 10)} min "
        f"PaCO2 {pre + r.randint(22, 34)}, pH 7.{r.randint(10, 20)}; no respiratory effort.  "
        "Result: consistent with brain death.\n")
    d.w("  Examiner: Dr. ")
    d.s("examiner", "person", _ch(r, "last|full"))
    d.w(f", neurocritical care.  Second examiner: Dr. {_MASK}.\n")
    if r.random() < 0.6:
        d.w("Time of death: ")
        if r.random() < 0.55:
            d.s("dod", "date_death")
            d.w(f" at {_hm(r)}")
        else:
            d.w(_sd(r, True))
        d.w(" (completion of second examination).\n")
    d.w(f"Medical examiner notified; case {_ch(r, 'accepted|declined')}. Exclusion screen: no history of ")
    d.x("Creutzfeldt-Jakob")
    d.w(" disease, no active malignancy; HIV/HBV/HCV NAT pending.\n")
    d.w("Family: ")
    _relative(d, r)
    d.w(" (legal next of kin), reached at ")
    d.s("rel1_phone", "phone" if r.random() < 0.7 else "phone_intl")
    d.w(f"; OPO family services coordinator present for approach at {_hm(r)}.\n")
    d.w(f"Donor management: {_drips(r, 2)}; DDAVP for DI (UOP {r.randint(300, 700)} mL/h); "
        "levothyroxine infusion.\n")
    if r.random() < 0.35:
        d.w("Social work: family has set up a fundraiser for funeral costs (")
        d.s("fund_url", "url")
        d.w("); bereavement packet given.\n")


def _b_code(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    kind = _ch(r, "CODE BLUE|RAPID RESPONSE|CODE BLUE")
    d.w(f"{kind} RECORD\n" if standalone else f"{kind.title()} event record (excerpt):\n")
    room = f"{r.randint(4, 12)}-{r.randint(100, 899)}"
    t = r.randint(0, 1300)
    reason = _ch(r, "pulseless VT|PEA with tamponade physiology|acute hypoxemia, SpO2 78%|"
                    "hypotension 68/40|unresponsive")
    where = r.choice((unit, "step-down", "CT scanner", "cath lab holding"))
    d.w(f"Called {t // 60:02d}:{t % 60:02d} to {where}, room {room}, bed {_ch(r, 'A|B')}.  Reason: {reason}.\n")
    d.w("Team roster:\n")
    roster = [("Team leader", "leader", "Dr. ", "last", ""), ("Airway", "airway", "", "full", ", RRT"),
              ("Compressions", "cpr1", "", "full", ", RN"), ("Compressions", "cpr2", "", "first", " (PCA)"),
              ("Medications", "pharm", "", "full", ", PharmD"), ("Recorder", "recorder", "", "init", ", RN")]
    for role, key, pre, form, suffix in roster:
        d.w(f"  {role:<13}: {pre}")
        d.s(key, "person", form)
        d.w(suffix)
        if key == "leader":
            d.w(" - pager ")
            d.s("leader_pgr", "pager")
        d.w("\n")
    d.w(f"  ECPR team:    {_ch(r, 'activated|not activated|on standby')}\n")
    d.w("Timeline:\n")
    steps = ["pulseless, CPR started (LUCAS device applied)", "rhythm check: VF, defibrillated 200 J",
             "epinephrine 1 mg IV", "amiodarone 300 mg IV", "ETT 7.5 placed, ETCO2 22", "rhythm check: PEA",
             "bedside echo: no tamponade, RV dilated", "epinephrine 1 mg IV", "ROSC, BP " + _bp(r, 80, 120),
             "ETCO2 38, started norepinephrine"]
    for step in steps[: r.randint(6, 10)]:
        t += r.randint(1, 4)
        d.w(f"  {t // 60 % 24:02d}:{t % 60:02d}  {step}\n")
    d.w(f"Total CPR {r.randint(4, 38)} min.  Post-event ABG 7.{r.randint(5, 30):02d}/{r.randint(38, 70)}/"
        f"{r.randint(60, 300)}.\n")
    d.w(f"Debrief held; defibrillator {_ch(r, 'ZOLL R Series|LIFEPAK 20e|ZOLL X Series')} firmware {_firmware(r)}; "
        f"code cart lock {r.randint(100000, 999999)} replaced; post-event labs (order #")
    d.s("code_order", "acct")
    d.w(") sent.\n")
    d.w("Family notified: ")
    _relative(d, r)
    d.w(" by phone at ")
    d.s("rel1_phone", "phone")
    d.w(f" at {_hm(r)}.\n")
    if c.old:
        d.w("Note: patient is ")
        d.s("pt_age", "age90")
        d.w(" years old; code status had been Full Code per HCP.\n")


def _b_opnote(d: _Doc, r: random.Random, c: _Pt, unit: str, standalone: bool) -> None:
    proc = c.proc
    d.w("OPERATIVE REPORT\n" if standalone else "Operative note (excerpt):\n")
    d.w(f"Procedure: {proc}.\nSurgeon: ")
    d.s("surgeon", "person", _ch(r, "full|mi"))
    d.w(", MD.  Assistant: ")
    d.s("assist", "person")
    d.w(", PA-C.  Anesthesia: Dr. ")
    d.s("anes", "person", "last")
    d.w(".  Perfusion: ")
    d.s("perf", "person")
    d.w(", CCP.\n")
    find = ("severe calcific AS (AVA 0.7 cm2)" if "aortic valve" in proc or "AVR" in proc else
            "P2 flail with ruptured chordae" if "mitral" in proc else
            "aortic root 5.4 cm" if "root" in proc or "Bentall" in proc else
            "intimal flap from the sinotubular junction to the arch" if "dissection" in proc else
            "diffuse 3-vessel CAD" if "CABG" in proc else "as expected from preoperative imaging")
    d.w(f"Findings: EF {r.randint(20, 60)}%, {find}. TEE: {_ch(r, 'no PFO|small PFO closed|trace residual MR')}.\n")
    d.w("Description: median sternotomy; ")
    d.w(_ch(r, "LIMA harvested skeletonized; |pericardial well created; |redo entry with oscillating saw; "))
    d.w("heparinized to ACT > 480; aortic and two-stage venous cannulation; antegrade and retrograde cardioplegia. ")
    d.x(_ch(r, "Allen test normal; radial not used.|Valsalva maneuver for de-airing.|Trendelenburg for de-airing."))
    d.w("\n")
    if "valve" in proc or "AVR" in proc or "Bentall" in proc:
        model = _ch(r, "Inspiris Resilia 23 mm|Magna Ease 25 mm|Mosaic 27 mm|On-X 25 mm")
        d.w(f"Implant: {model}, REF {r.randint(1000, 9999)}{r.choice(_LET)}, lot {_lot(r)}, exp {_expiry(r)}; "
            "serial number ")
        d.s("valve_sn", "dev_serial")
        d.w(".\n")
    elif "Maze" in proc:
        d.w("Implant log: LAA clip (AtriClip) UDI ")
        d.s("clip_udi", "dev_udi")
        d.w(".\n")
    elif "LVAD" in proc:
        d.w("Implant log: HeartMate 3 pump, serial number ")
        d.s("vad_sn", "dev_serial")
        d.w(f"; outflow graft lot {_lot(r)}.\n")
    d.w("\nPERFUSION RECORD\n")
    d.w(f"Heart-lung machine: {_ch(r, 'LivaNova S5|Terumo Advanced Perfusion System 1|Maquet HL 20')}, "
        f"software {_firmware(r)}; oxygenator {_ch(r, 'Inspire 8F|Quadrox-i Adult|Affinity Fusion')} lot {_lot(r)} "
        f"exp {_expiry(r)}\n")
    d.w(f"Custom pack UDI {_gtin_udi(r)}\n")
    d.w(f"Prime: {_ch(r, 'Plasma-Lyte A 1200 mL + mannitol 25 g + heparin 10,000 units|albumin 5% 250 mL')}\n")
    d.w("Time  | Event                       | Flow L/min | MAP | Temp C | Hct | ACT\n")
    t = r.randint(420, 720)
    for e in ("on bypass", "cross-clamp on", "del Nido 1000 mL", "cooling", "re-dose cardioplegia", "rewarming",
              "cross-clamp off", "off bypass"):
        t += r.randint(4, 28)
        d.w(f"{t // 60:02d}:{t % 60:02d} | {e:<27} | {r.randint(38, 54) / 10:.1f}        | {r.randint(52, 78)}  | "
            f"{r.randint(320, 370) / 10:.1f}   | {r.randint(21, 30)}  | {r.randint(380, 720)}\n")
    d.w(f"CPB time {r.randint(78, 220)} min; aortic cross-clamp {r.randint(52, 160)} min; "
        f"lowest bladder temp {r.randint(320, 350) / 10:.1f}C.\n")
    d.w(f"Blood products: {r.randint(0, 3)} PRBC, {r.randint(0, 2)} apheresis platelets, cryo {_ch(r, '0|1 pool')}; "
        f"cell saver return {r.randint(250, 900)} mL.\n")
    if r.random() < 0.35:
        d.w("Intra-op ABG specimen ")
        d.s("abg_spec", "specimen")
        d.w(f": 7.{r.randint(30, 45)}/{r.randint(35, 48)}/{r.randint(180, 420)}, K {r.randint(38, 58) / 10:.1f}.\n")
    d.w(f"Closure: sternal wires x {r.randint(6, 8)}; Blake drains x 2; temporary V-wires.  To {unit} on "
        f"{_drips(r, 2)}.\n")
    if r.random() < 0.3:
        d.w("Professional billing: surgeon NPI ")
        d.s("surgeon_npi", "npi")
        d.w(f", CPT {_ch(r, '33533|33405|33430|33863|33979')}.\n")


_BLOCKS = {"progress": _b_progress, "family": _b_family, "ecmo": _b_ecmo, "vad": _b_vad, "transfer": _b_transfer,
           "opo": _b_opo, "code": _b_code, "opnote": _b_opnote}
# probability that the patient is 90 or over, per theme
_OLD_P = {"progress": 0.4, "family": 0.55, "ecmo": 0.0, "vad": 0.0, "transfer": 0.25, "opo": 0.0, "code": 0.5,
          "opnote": 0.0}


# --------------------------------------------------------------------------------------------------
# Shared sections
# --------------------------------------------------------------------------------------------------


def _face_sheet(d: _Doc, r: random.Random, c: _Pt) -> None:
    d.w(_ch(r, "Case management / social work (excerpt):|SOCIAL WORK NOTE (excerpt)|Case management screening:"))
    d.w("\nAddress on file: ")
    d.s("home_addr", "address", _ch(r, "||multi"))
    d.w("\n")
    ins = r.choice(_INSURERS[:4])
    d.w(f"Insurance: {ins}")
    if ins == "Medicare":
        d.w(" MBI ")
        d.s("mbi", "mbi")
    else:
        d.w(", member ID ")
        d.s("plan", "plan_id")
    d.w(f"; employer group no. {r.randint(10000, 99999)}-{r.randint(10, 99)} "
        f"(subscriber: {_ch(r, 'self|spouse')}).\n")
    if r.random() < 0.4:
        d.w("Photo ID at registration: driver's license ")
        d.s("dl", "dl")
        d.w(".\n")
    if r.random() < 0.5:
        d.w("SSN on the registration face sheet: ")
        d.s("ssn", "ssn")
        d.w(".\n")
    if r.random() < 0.65:
        d.w(f"Patient's car remains in the {_ch(r, 'ED|main|West')} garage, level {r.randint(1, 5)} (plate ")
        d.s("car_plate", "plate")
        d.w("); keys with security.\n")
    if r.random() < 0.45:
        d.w("Family requests updates by email: ")
        d.s("rel1_email", "email")
        d.w(".\n")
    if r.random() < 0.45:
        d.w("Daughter maintains a page for friends and church members: ")
        d.s("family_url", "url")
        d.w(".\n")
    if r.random() < 0.35:
        d.w("Ride program eligibility checked by home ZIP ")
        d.s("home_zip5", "zip")
        d.w(".\n")
    if r.random() < 0.5:
        d.w("Patient portal proxy access granted; proxy login last seen from IP ")
        d.s("proxy_ip", "ip")
        d.w(".\n")
    d.w(f"Screened for food insecurity: {_ch(r, 'negative|positive - referred to SNAP')}. "
        f"Advance directive on file: {_ch(r, 'yes|no|HCP form only')}.\n")


def _social_history(d: _Doc, r: random.Random, c: _Pt) -> None:
    d.w("Social History:\n")
    opt = r.random()
    if opt < 0.3:
        d.w("Lives in ")
        if r.random() < 0.4:
            d.s("home_zip", "city_zip")
        else:
            d.s("home_town", "town")
        d.w(f" with {c.his} {_ch(r, 'wife|husband|partner|son|daughter')}")
        if not c.old and c.age < 75 and r.random() < 0.35:
            d.w(f" and {c.his} mother, age ")
            d.s("mother_age", "age90")
        d.w(". ")
    elif opt < 0.5:
        d.w("Originally from ")
        d.s("birth_city", "foreign_city")
        d.w(f"; moved to the US in {r.randint(1968, 2012)}. Lives in ")
        d.s("home_nbhd", "neighborhood")
        d.w(". ")
    elif opt < 0.65:
        d.w("Lives alone in a second-floor walk-up in ")
        d.s("home_county", "county")
        d.w(". ")
    else:
        d.w("Lives with family. ")
    job = r.random()
    if job < 0.4:
        d.w(f"Works as a {_ch(r, 'forklift operator|line cook|bookkeeper|machinist|CNA|bus mechanic')} at ")
        d.s("employer", "employer")
        d.w(". ")
    elif job < 0.55:
        d.w("Custodian at ")
        d.s("school", "school")
        d.w(". ")
    else:
        d.w(f"Retired {_ch(r, 'teacher|electrician|nurse|fisherman|postal worker')}. ")
    tob = _ch(r, f"never|former, {r.randint(10, 60)} pack-years, quit {r.randint(1990, 2019)}|current 1 ppd")
    d.w(f"Tobacco: {tob}. EtOH: {_ch(r, 'none|social|2-3 drinks/day')}. Illicits: {_ch(r, 'denies|remote|none')}.\n")
    if r.random() < 0.4:
        d.w("HCP: ")
        _relative(d, r)
        d.w(", ")
        d.s("rel1_phone", "phone")
        d.w(".\n")


def _followup(d: _Doc, r: random.Random, c: _Pt) -> None:
    d.w("Followup Instructions:\n")
    d.w(f"Department: CARDIAC SURGERY\nWhen: {_ch(r, 'MONDAY|TUESDAY|THURSDAY')} {_sd(r)} at {r.randint(1, 12)}:"
        f"{_ch(r, '00|15|30|45')} {_ch(r, 'AM|PM')}\nWith: {_MASK}\n")
    d.w(f"Building: {_MASK} Campus: {_ch(r, 'EAST|WEST')}  Best Parking: {_MASK} Garage\n\n")
    d.w("Primary care: Dr. ")
    d.s("pcp", "person", _ch(r, "last|full|init"))
    d.w(" at ")
    d.s("pcp_practice", "practice")
    d.w(", phone ")
    d.s("pcp_phone", "phone")
    if r.random() < 0.6:
        d.w(", fax ")
        d.s("pcp_fax", "fax")
    d.w(f"; please see within {r.randint(1, 3)} weeks.\n")
    d.w(f"Labs: INR check {_ch(r, 'Monday|in 3 days')} - results to ")
    if r.random() < 0.4:
        d.s("pharmacy", "pharmacy")
    else:
        d.w("the anticoagulation clinic")
    d.w(".\n")


def _discharge_shell(d: _Doc, r: random.Random, c: _Pt, theme: str, unit: str) -> None:
    d.w("Name:  ")
    d.s("pt", "person", _ch(r, "upper|last_first|full"))
    d.w("                  Unit No:   ")
    d.s("mrn", "mrn")
    d.w("\n \nAdmission Date:  ")
    d.s("adm_date", "date_recent")
    d.w("              Discharge Date:   ")
    d.s("dis_date", "date_recent")
    d.w("\n \nDate of Birth:  ")
    d.s("dob", "dob_old" if c.old else "dob_adult")
    d.w(f"             Sex:   {c.sex}\n \n")
    service = {"opnote": "CARDIOTHORACIC", "vad": "CARDIOTHORACIC", "ecmo": _ch(r, "CARDIOTHORACIC|MEDICINE"),
               "opo": _ch(r, "NEUROSURGERY|SURGERY|NEUROLOGY")}.get(theme, _ch(r, "MEDICINE|CARDIOTHORACIC|CARDIOLOGY"))
    allergy = _ch(r, "Patient recorded as having No Known Allergies to Drugs|Penicillins / Sulfa|"
                     "heparin (HIT positive)")
    d.w(f"Service: {service}\n \nAllergies: \n{allergy}\n \nAttending: ")
    d.s("att", "person", _ch(r, "full|mi"))
    d.w(".\n \n")
    cc = _ch(r, "chest pain|shortness of breath|cardiac arrest|found down|cardiogenic shock|dyspnea on exertion")
    d.w(f"Chief Complaint:\n{cc}\n \n")
    major = {"ecmo": "Peripheral VA ECMO cannulation; decannulation", "vad": "HeartMate 3 LVAD implantation",
             "opnote": c.proc, "progress": c.proc, "opo": "Intubation; apnea test",
             "code": "Cardiopulmonary resuscitation; intubation"}.get(theme, "Intubation")
    d.w(f"Major Surgical or Invasive Procedure:\n{major}\n{r.choice(_LINES)} placement\n \n")
    d.w(f"History of Present Illness:\n{c.mr} ")
    d.s("pt", "person", "last")
    d.w(" is a ")
    _age_phrase(d, r, c)
    d.w(f" year old {c.man} with ")
    d.x(r.choice(_EPONYM_PMH))
    d.w(" who presented to ")
    d.s("osh", "hospital")
    if r.random() < 0.4:
        d.w(" on ")
        d.s("osh_date", "date_recent")
    d.w(f" with {c.dx} and was transferred for "
        f"{_ch(r, 'mechanical support|surgical evaluation|higher level of care')}. On arrival {_vitals(r)}.\n \n")
    d.w(f"Past Medical History:\n- {r.choice(_EPONYM_PMH)}\n- HTN, HLD, DM2 (A1c {r.randint(58, 98) / 10:.1f}%)\n")
    if r.random() < 0.5:
        d.w("- prior PCI to RCA ")
        if r.random() < 0.5:
            d.s("pci_date", "month_year")
        else:
            d.w(f"({r.randint(2001, 2019)})")
        d.w("\n")
    d.w(" \n")
    _social_history(d, r, c)
    d.w(f" \nFamily History:\nFather with MI at age {r.randint(45, 79)}; mother with ")
    d.x(_ch(r, "Parkinson disease|stroke|breast cancer"))
    d.w(".\n \n")
    cv = _ch(r, "RRR|irregular|LVAD hum")
    cv = cv if theme == "vad" or cv != "LVAD hum" else "RRR, no rub"
    d.w(f"Physical Exam:\nAdmission: {_vitals(r)}\nGen: intubated, sedated.  CV: {cv}.  "
        f"Lungs: {_ch(r, 'coarse BS|clear anteriorly|decreased at bases')}.\n \n")
    d.w(f"Pertinent Results:\n{_mimic_labs(r)}\n")
    if r.random() < 0.35:
        d.w("Blood bank crossmatch order #")
        d.s("xm_order", "acct")
        d.w(f": {r.randint(2, 6)} units PRBC ready.\n")
    d.w(" \nBrief Hospital Course:\n")
    _BLOCKS[theme](d, r, c, unit, False)
    if r.random() < 0.6:
        d.w(" \n")
        _face_sheet(d, r, c)
    d.w(" \nMedications on Admission:\n")
    d.w(f"1. Aspirin 81 mg PO DAILY\n2. Atorvastatin {r.choice((40, 80))} mg PO QPM\n"
        f"3. Metoprolol Succinate XL {r.choice((25, 50))} mg PO DAILY\n")
    if theme in ("opo", "code") and r.random() < 0.5:
        d.w(" \nDischarge Disposition:\nExpired\n \n")
        d.w(f"Discharge Diagnosis:\n{c.dx}\n \nDischarge Condition:\nExpired.\n")
        return
    d.w(f" \nDischarge Medications:\n1. Aspirin 81 mg PO DAILY\n2. Amiodarone {r.choice((200, 400))} mg PO BID\n"
        f"3. Furosemide {r.choice((20, 40))} mg PO DAILY\n4. Warfarin {r.choice((2, 3, 5))} mg PO DAILY16 "
        "(goal INR 2-2.5)\n")
    if r.random() < 0.35:
        d.w("Prescriber: Dr. ")
        d.s("att", "person", "last")
        d.w(", DEA ")
        d.s("att_dea", "dea")
        if r.random() < 0.5:
            d.w(", MA license ")
            d.s("att_lic", "med_lic")
        d.w("\n")
    d.w(" \nDischarge Disposition:\n")
    if r.random() < 0.6:
        d.w("Extended Care\n \nFacility:\n")
        d.s("facility", "facility")
        d.w("\n")
    else:
        d.w("Home With Service\n \nFacility:\n___ VNA\n")
    d.w(f" \nDischarge Diagnosis:\n{c.dx}\n \nDischarge Condition:\nMental Status: Clear and coherent.\n"
        f"Level of Consciousness: Alert and interactive.\n"
        f"Activity Status: {_ch(r, 'Ambulatory - requires assistance|Out of Bed with assistance to chair')}.\n \n")
    d.w("Discharge Instructions:\nSternal precautions x 8 weeks. No driving while on narcotics. Weigh yourself "
        f"daily; call for gain > 3 lbs. In an emergency call 911. Poisoning concerns: {HOTLINES[0]}.\n \n")
    _followup(d, r, c)


def _standalone(d: _Doc, r: random.Random, c: _Pt, theme: str, unit: str) -> None:
    d.w(f"{_ch(r, 'Patient|Name')}: ")
    d.s("pt", "person", _ch(r, "upper|last_first|full"))
    d.w("    MRN: ")
    d.s("mrn", "mrn")
    d.w("    DOB: ")
    d.s("dob", "dob_old" if c.old else "dob_adult")
    d.w(f"    Location: {unit} bed {r.randint(1, 24)}\nEncounter (FIN): ")
    d.s("fin", "acct")
    d.w(f"    Date of service: {_sd(r)}\n")
    if r.random() < 0.3:
        d.w("Admitted to outside hospital (unshifted in source): ")
        d.s("adm_date", "date_recent")
        d.w("\n")
    d.w("=" * 60 + "\n")
    _BLOCKS[theme](d, r, c, unit, True)
    others = [t for t in ("progress", "family", "code", "transfer") if t != theme]
    if r.random() < 0.4:
        d.w("\n")
        _BLOCKS[r.choice(others)](d, r, c, unit, False)
    if r.random() < 0.6:
        d.w("\n")
        _face_sheet(d, r, c)
    d.w(f"\nElectronically signed {_sd(r, True)}.\n")


# --------------------------------------------------------------------------------------------------
# Radiology
# --------------------------------------------------------------------------------------------------


def _rad_header(d: _Doc, r: random.Random, c: _Pt, exam: str, unit: str) -> None:
    if r.random() < 0.5:
        d.w(f"EXAMINATION:  {exam}\n\n")
        d.w(f"REQUESTING UNIT: {unit} / bed {r.randint(1, 24)}    ORDERED BY: ")
        d.s("orderer", "person", _ch(r, "full|init|last_first"))
        d.w(", MD    PAGER: ")
        d.s("ord_pgr", "pager")
        d.w("\n\n")
    else:
        prio = _ch(r, "STAT|ROUTINE|URGENT")
        d.w(f"Requesting unit: {unit}   Room {r.randint(4, 12)}-{r.randint(100, 899)}   Priority: {prio}\n")
        d.w("MRN: ")
        d.s("mrn", "mrn")
        d.w("   Accession #: ")
        d.s("accession", "accession")
        d.w("   DOB: ")
        d.s("dob", "dob_old" if c.old else "dob_adult")
        if r.random() < 0.3:
            d.w("   SSN: ")
            d.s("ssn", "ssn")
        d.w("\nOrdering provider: Dr. ")
        d.s("orderer", "person", _ch(r, "last|full"))
        if r.random() < 0.4:
            d.w(", NPI ")
            d.s("ord_npi", "npi")
        d.w(" (pager ")
        d.s("ord_pgr", "pager")
        d.w(f")\n\nEXAMINATION:  {exam}\n\n")
    d.w("INDICATION:  ")
    _age_phrase(d, r, c)
    d.w(f" year old {c.man} ")


def _rad_history(d: _Doc, r: random.Random, c: _Pt, wet: str) -> None:
    if r.random() < 0.75:
        d.w(f"CLINICAL HISTORY:  ICU day {r.randint(1, 28)}; {c.dx}. On {_drips(r, 2, _PRESSORS)}. "
            f"Vent: {_vent(r)}.\n\n")
    if r.random() < 0.4:
        d.w(f"WET READ: {_MASK} {_MASK} {r.randint(1, 12)}:{r.randint(0, 59):02d} {_ch(r, 'AM|PM')}\n  {wet}\n\n")


def _rad_footer(d: _Doc, r: random.Random, c: _Pt, cpt: str) -> None:
    if r.random() < 0.3:
        d.w(f"\nRECOMMENDATION(S):  {_ch(r, 'Follow-up radiograph in 24 h.|Clinical correlation.|CT if no change.')}\n")
    if r.random() < 0.55:
        d.w("\nNOTIFICATION:  The findings were discussed with Dr. ")
        d.s("orderer", "person", "last")
        d.w(_ch(r, " by telephone at | via callback number | at "))
        d.s("callback", "phone")
        d.w(f" on {_sd(r)} at {_hm(r)}, {r.randint(2, 40)} minutes after discovery.\n")
    if r.random() < 0.35:
        d.w("Copy of report faxed to the outside cardiologist at ")
        d.s("fax_out", "fax")
        d.w(".\n")
    if r.random() < 0.2:
        d.w("Per patient request, copy sent to HCP at ")
        d.s("hcp_email", "email")
        d.w(".\n")
    if r.random() < 0.4:
        d.w("\nAccession: ")
        d.s("accession", "accession")
        d.w(f"   CPT {cpt}\n")
    d.w(f"\nThe study and the report were reviewed by the staff radiologist. {_MASK}\n")


def _rad_comparison(d: _Doc, r: random.Random, what: str) -> None:
    d.w("COMPARISON:  ")
    opt = r.random()
    if opt < 0.4:
        d.w(f"{what[0].upper()}{what[1:]} {_sd(r)}.")
    elif opt < 0.75:
        d.w(f"{_MASK}. Outside {what} from ")
        d.s("osh", "hospital")
        if r.random() < 0.5:
            d.w(" in ")
            d.s("osh_town", "town")
        d.w(" dated ")
        d.s("osh_study_date", "date_recent")
        d.w(" (images imported")
        if r.random() < 0.3:
            d.w(" from patient-provided share link ")
            d.s("share_url", "share_url")
        d.w(").")
    else:
        d.w("None available.")
    d.w("\n\n")


def _ett(r: random.Random) -> str:
    return f"Endotracheal tube terminates {r.randint(30, 60) / 10:.1f} cm above the carina."


# portable chest film scenarios: (indication, devices, lungs, impression); {ett} is filled in
_CXR_SCEN = {
    "postop": (
        "s/p {proc}, arrival from OR // lines and tubes",
        ("{ett}", "Enteric tube courses below the diaphragm, tip not imaged.",
         "{side} internal jugular Swan-Ganz catheter tip in the right pulmonary artery.",
         "Two mediastinal drains and a left pleural drain are present.", "Temporary epicardial pacing wires are noted.",
         "Median sternotomy wires are intact and aligned; mediastinal clips."),
        "Low lung volumes with bibasilar atelectasis. Small left pleural effusion. No pneumothorax. "
        "Cardiomediastinal silhouette within expected postoperative limits.",
        "1. Lines and tubes in standard position; ETT satisfactory.\n2. Bibasilar atelectasis, no pneumothorax.",
    ),
    "tube_out": (
        "s/p {proc}, chest tubes removed // pneumothorax?",
        ("Median sternotomy wires are intact and aligned.", "Mediastinal and pleural drains have been removed.",
         "Right internal jugular introducer sheath remains, tip in the SVC.",
         "Temporary epicardial pacing wires are noted."),
        "Small right apical pneumothorax measuring 8 mm, new since the prior study. Small bilateral effusions, "
        "left greater than right. Mild bibasilar atelectasis.",
        "1. Small right apical pneumothorax after chest tube removal.\n2. Small bilateral effusions.",
    ),
    "ecmo": (
        "on VA ECMO for {dx} // interval change",
        ("{ett}", "The ECMO drainage cannula tip projects over the right atrium/IVC junction.",
         "Impella catheter projects across the aortic valve, inlet approximately 3.5 cm below the annulus.",
         "Enteric tube courses below the diaphragm.", "Left internal jugular central venous catheter tip in the SVC."),
        "Diffuse bilateral airspace opacities with air bronchograms, similar to prior, in keeping with ARDS "
        "and minimal native lung aeration on ECMO. No pneumothorax. Heart size difficult to assess.",
        "1. Devices as above, unchanged in position.\n2. Persistent diffuse airspace disease consistent with ARDS.",
    ),
    "lvad": (
        "with HeartMate 3 LVAD, dyspnea // pulmonary edema?",
        ("LVAD inflow cannula projects over the cardiac apex; driveline courses across the right upper quadrant.",
         "Median sternotomy wires are intact.", "Right PICC terminates in the low SVC."),
        "Bilateral perihilar haziness with Kerley B lines, consistent with moderate pulmonary edema, worse "
        "than prior. Moderate bilateral effusions, layering. No pneumothorax. Cardiomegaly, stable.",
        "1. Moderate pulmonary edema, worse than prior.\n2. Moderate bilateral pleural effusions.",
    ),
    "micu": (
        "with {dx}, intubated // eval ETT and CVC position",
        ("{ett}", "Orogastric tube tip in the stomach.",
         "Right internal jugular central venous catheter terminates at the cavoatrial junction.",
         "Right PICC terminates in the low SVC."),
        "Dense retrocardiac opacity and right lower lobe consolidation, new, concerning for aspiration or "
        "pneumonia. No large effusion. No pneumothorax. Heart size normal.",
        "1. ETT and right IJ catheter in satisfactory position.\n2. New right lower lobe and retrocardiac "
        "opacities, concerning for aspiration/pneumonia.",
    ),
}


def _rad_cxr(d: _Doc, r: random.Random, c: _Pt, unit: str) -> None:
    scen = "micu" if c.old else r.choice(sorted(_CXR_SCEN))
    ind, devices, lungs, imp = _CXR_SCEN[scen]
    _rad_header(d, r, c, "CHEST (PORTABLE AP)", unit)
    d.w(ind.format(proc=c.proc, dx=c.dx) + "\n\n")
    _rad_history(d, r, c, _ch(r, "No PTX. Lines as described.|Lines and tubes as above; see final.|No acute change."))
    d.w(f"TECHNIQUE:  Single portable AP view of the chest, {_ch(r, 'semi-upright|supine')}. "
        f"Unit: {r.choice(_CXR_UNITS)} (detector firmware {_firmware(r)}).\n\n")
    _rad_comparison(d, r, "chest radiograph")
    d.w("FINDINGS:\n\n")
    items = [x.format(ett=_ett(r), side=_ch(r, "Right|Left")) for x in devices]
    if r.random() < 0.5:
        d.w("Lines and tubes:\n" + "".join(f"  - {it}\n" for it in items) + "\n")
    else:
        d.w(" ".join(items) + "\n\n")
    if scen in ("postop", "lvad", "tube_out") and r.random() < 0.4:
        d.w(f"{_ch(r, 'Dual-chamber pacemaker|Biventricular ICD|Single-chamber ICD')} in the left chest "
            "(generator serial ")
        d.s("cied_sn", "dev_serial")
        d.w(" per device interrogation); leads in expected position.\n\n")
    d.w(lungs + " " + _ch(r, "No subcutaneous emphysema.|Osseous structures are unremarkable.|No free air.") + "\n\n")
    d.w(f"IMPRESSION:\n\n{imp}\n")
    _rad_footer(d, r, c, "71045")


def _rad_us(d: _Doc, r: random.Random, c: _Pt, unit: str) -> None:
    kind = r.choice(("lung", "duplex", "echo", "thoracentesis"))
    exam = {"lung": "BEDSIDE ULTRASOUND, CHEST (LUNG/PLEURA)",
            "duplex": "DUPLEX DOPPLER, BILATERAL LOWER EXTREMITY VEINS (PORTABLE)",
            "echo": "LIMITED TRANSTHORACIC ECHO (ICU POINT OF CARE)",
            "thoracentesis": "ULTRASOUND GUIDANCE FOR THORACENTESIS"}[kind]
    ecmo = kind == "duplex" and not c.old and r.random() < 0.6
    _rad_header(d, r, c, exam, unit)
    ind = {"lung": "with worsening hypoxemia // effusion? B-lines?",
           "duplex": "on VA ECMO with right leg swelling // DVT?" if ecmo else "with leg swelling, immobile // DVT?",
           "echo": "in shock // tamponade? RV function?",
           "thoracentesis": "with enlarging right effusion // mark site for drainage"}[kind]
    d.w(ind + "\n\n")
    wet = {"lung": "R effusion, B-lines.", "duplex": "See final; preliminary discussed with team.",
           "echo": "Preliminary: see final.", "thoracentesis": "Site marked, R 9th ICS."}[kind]
    _rad_history(d, r, c, wet)
    d.w(f"TECHNIQUE:  Bedside grayscale and color Doppler ultrasound performed in the {unit} with "
        f"{r.choice(_US_UNITS)} (app version {_firmware(r)}). Images archived to PACS.\n\n")
    _rad_comparison(d, r, "ultrasound")
    d.w("FINDINGS:\n\n")
    if kind in ("lung", "thoracentesis"):
        d.w("Zone          | Right                          | Left\n")
        d.w(f"Anterior      | {_ch(r, 'A-lines, sliding present|B-lines x2, sliding present'):<30} | "
            f"{_ch(r, 'A-lines, sliding present|B-lines x2, sliding present')}\n")
        d.w(f"Lateral       | {'B-lines >3':<30} | {_ch(r, 'B-lines >3|A-lines')}\n")
        d.w(f"PLAPS         | {'anechoic effusion':<30} | {_ch(r, 'trace effusion|no effusion')}\n\n")
        d.w(f"Right effusion: {_ch(r, 'moderate|large')}, anechoic, maximal depth {r.randint(28, 62)} mm, with "
            "compressive atelectasis of the lower lobe (jellyfish sign). No lung point identified. "
            "Diaphragmatic excursion preserved bilaterally.\n")
        if kind == "thoracentesis":
            d.w(f"Site marked in the {_ch(r, '8th|9th')} intercostal space, posterior axillary line; "
                f"{r.randint(600, 1500)} mL straw-colored fluid removed by the primary team. Pleural fluid specimen #")
            d.s("pl_spec", "specimen")
            d.w(" sent for cell count, LDH (Light criteria) and culture.\n")
        imp = ("Moderate to large right effusion; lateral B-lines suggest interstitial edema." if kind == "lung"
               else "Right effusion, site marked; drainage performed by the primary team.")
    elif kind == "duplex":
        clot = r.random() < 0.4
        d.w("Vein                 | Right                          | Left\n")
        for v in ("Common femoral", "Femoral (proximal)", "Femoral (mid/distal)", "Popliteal", "Posterior tibial"):
            right = "non-compressible, occlusive thrombus" if clot and v in ("Femoral (proximal)", "Popliteal") \
                else _ch(r, "compressible, phasic flow|compressible")
            d.w(f"{v:<20} | {right:<30} | {_ch(r, 'compressible, phasic flow|compressible')}\n")
        if ecmo:
            d.w("\nThe right common femoral vein contains the ECMO drainage cannula. "
                "Arterial cannula site on the left: "
                f"{_ch(r, 'no pseudoaneurysm|small hematoma 2.3 cm, no pseudoaneurysm')}.\n")
        d.w(f"{_ch(r, 'Baker cyst 2.1 cm on the right.|No Baker cyst.')}\n")
        imp = ("Occlusive DVT of the right femoral and popliteal veins. No DVT on the left." if clot
               else "No deep venous thrombosis in either lower extremity.")
    else:
        scen = r.randrange(3)
        if scen == 0:
            d.w(f"LV: hyperdynamic, small cavity, EF ~{r.randint(65, 75)}%. RV: normal size, compressed anteriorly.\n"
                f"Pericardium: loculated posterior collection {r.randint(12, 24)} mm adjacent to the RA and LA, "
                "with early RA systolic collapse; MV inflow respiratory variation > 25%.\n"
                f"IVC {r.randint(21, 26)} mm, < 50% respiratory variation (plethoric).\n")
            imp = "Loculated pericardial collection with echocardiographic signs of tamponade physiology."
        elif scen == 1:
            d.w(f"LV: severely reduced systolic function, EF ~{r.randint(10, 25)}%, global hypokinesis.\n"
                f"RV: {_ch(r, 'normal size|mildly dilated')}, TAPSE {r.randint(14, 20)} mm.\n"
                f"LVOT VTI {r.randint(8, 12)} cm (low output). Small circumferential pericardial effusion, "
                f"no chamber collapse. IVC {r.randint(18, 24)} mm.\n")
            imp = "Severe LV systolic dysfunction with low stroke volume; no tamponade."
        else:
            d.w(f"LV: normal size, EF ~{r.randint(50, 60)}%, septal flattening in systole and diastole.\n"
                f"RV: dilated (RV/LV ratio {r.randint(11, 16) / 10:.1f}), TAPSE {r.randint(8, 13)} mm, "
                "McConnell sign.\n"
                f"Estimated RVSP {r.randint(45, 70)} mmHg + RAP. No pericardial effusion. "
                f"IVC {r.randint(20, 26)} mm.\n")
            imp = "Acute RV pressure overload pattern (McConnell sign); no pericardial effusion."
        d.w(f"Valves: {_ch(r, 'trace MR, no AS|moderate functional MR|bioprosthetic AV well seated, no leak')}; "
            f"{_ch(r, 'mild TR|moderate TR|trivial TR')}. Pleura: {_ch(r, 'small R effusion|no effusion')}.\n")
        if r.random() < 0.45:
            d.w("Cardiac device noted: single-chamber ICD, generator serial ")
            d.s("icd_sn", "dev_serial")
            d.w(" per device clinic interrogation.\n")
    d.w("Study limited by dressings and patient positioning.\n")
    d.w(f"\nIMPRESSION:\n\n{imp}\n")
    _rad_footer(d, r, c, {"lung": "76604", "duplex": "93970", "echo": "93308", "thoracentesis": "76942"}[kind])


_CT_SCEN = (
    ("fever and sternal drainage", "sternal halves separated with 6 mm diastasis; two fractured wires",
     "Retrosternal fluid collection 4.2 x 2.8 cm with rim enhancement and a locule of gas, extending to the "
     "anterior chest wall through the lower sternotomy.", "postoperative edema with a sinus tract to the skin",
     "1. Retrosternal rim-enhancing collection with gas and sternal dehiscence, concerning for mediastinitis.\n"
     "2. Recommend surgical correlation."),
    ("leukocytosis", "sternal halves approximated, wires intact",
     "Expected postoperative mediastinal fat stranding without drainable collection.", "postoperative edema",
     "1. No drainable mediastinal collection.\n2. Expected postoperative changes."),
    ("rising chest tube output", "sternal halves approximated, wires intact",
     "Hematoma anterior to the ascending graft, 3.1 x 2.0 cm, without active extravasation.",
     "no abscess", "1. Anterior mediastinal hematoma without active extravasation.\n2. No tamponade."),
    ("sternal click", "sternal dehiscence with 4 mm diastasis, wires intact but displaced",
     "No retrosternal collection.", "no abscess", "1. Sternal dehiscence without collection."),
)


def _rad_ct(d: _Doc, r: random.Random, c: _Pt, unit: str) -> None:
    why, sternum, medi, wall, imp = r.choice(_CT_SCEN)
    _rad_header(d, r, c, _ch(r, "CT CHEST W/CONTRAST|CTA CHEST (POST-STERNOTOMY)"), unit)
    proc = r.choice(_PROCS)
    d.w(f"POD {r.randint(4, 30)} after {proc}, {why} // eval for mediastinitis or collection\n\n")
    _rad_history(d, r, c, "See final; discussed with team.")
    d.w(f"TECHNIQUE:  Helical MDCT from the thoracic inlet to the upper abdomen on a {r.choice(_CT_UNITS)} "
        f"with 80 mL Omnipaque 350 IV. Multiplanar reformats. DLP {r.randint(180, 900)} mGy-cm.\n\n")
    _rad_comparison(d, r, "CT")
    d.w(f"FINDINGS:\n\nPost-sternotomy: {sternum}. {medi}\n")
    graft = "LVAD outflow graft patent to the ascending aorta" if "LVAD" in proc else \
        _ch(r, "bypass grafts patent|bioprosthetic valve in expected position|ascending graft without leak")
    d.w(f"Heart and great vessels: {graft}. {_ch(r, 'Small pericardial effusion.|No pericardial effusion.')}\n")
    d.w(f"Lungs: {_ch(r, 'bilateral dependent atelectasis|left lower lobe consolidation|no nodules')}; "
        f"{_ch(r, 'small bilateral effusions|no effusion|left effusion with chest tube in place')}.\n")
    d.w(f"Airways: patent. Mediastinal nodes: {_ch(r, 'subcentimeter|reactive, up to 1.2 cm')}. Chest wall: {wall}.\n")
    d.w(f"Upper abdomen: {_ch(r, 'unremarkable|cholelithiasis|small ascites')}. "
        "Bones: median sternotomy, no destructive lesion.\n")
    if r.random() < 0.4:
        d.w("Devices: dual-chamber pacemaker, generator serial ")
        d.s("ppm_sn", "dev_serial")
        d.w(" (per operative implant log); leads in RA and RV.\n")
    d.w(f"\nIMPRESSION:\n\n{imp}\n")
    _rad_footer(d, r, c, _ch(r, "71260|71275"))


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_PLANT_P = 0.57
_HEAVY_P = 0.05


def _build(d: _Doc, r: _Rng, note_type: str) -> None:
    r.base = date(r.randint(2110, 2190), 1, 1).toordinal() + r.randint(0, 364)
    if note_type == "discharge":
        theme = r.choice(sorted(_BLOCKS))
        c = _Pt(r, _OLD_P[theme])
        c.proc = {"vad": "HeartMate 3 LVAD implantation", "ecmo": "peripheral VA ECMO cannulation",
                  "opo": "decompressive hemicraniectomy"}.get(theme, c.proc)
        units = {"opo": "Neuro ICU|TSICU|MICU", "code": "CVICU|CCU|MICU|step-down", "family": "MICU|CVICU|CCU|SICU"}
        unit = _ch(r, units.get(theme, "CVICU|CSRU|CVICU-B|CCU"))
        if r.random() < 0.5:
            _discharge_shell(d, r, c, theme, unit)
        else:
            _standalone(d, r, c, theme, unit)
    else:
        exam = r.choice((_rad_cxr, _rad_cxr, _rad_us, _rad_ct))
        c = _Pt(r, 0.0 if exam is _rad_ct else 0.4)
        unit = _ch(r, "MICU|CCU|SICU|TSICU" if c.old else "CVICU|CSRU|MICU|CCU|SICU|CVICU-B|TSICU")
        exam(d, r, c, unit)


def _choose(pr: random.Random, slots: dict[str, str]) -> frozenset[str]:
    """One to four identifiers that escaped masking: a category first (weighted), then one of its slots."""
    by_cat: dict[str, list[str]] = {}
    for key, kind in slots.items():
        by_cat.setdefault(_KIND_CAT[kind], []).append(key)
    cats = sorted(by_cat)
    k = min(len(cats), pr.choices((1, 2, 3, 4), weights=(0.10, 0.20, 0.30, 0.40))[0])
    chosen: list[str] = []
    for _ in range(k):
        cat = pr.choices(cats, weights=[_CAT_WEIGHT[x] for x in cats])[0]
        cats.remove(cat)
        chosen.append(pr.choice(sorted(by_cat[cat])))
    return frozenset(chosen)


def holdout31_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic, independent of the other notes)."""
    base = f"holdout31|{seed}|{i}"
    pr = random.Random(f"{base}|plan")
    u = pr.random()
    mode = "heavy" if u < _HEAVY_P else ("plant" if u < _HEAVY_P + _PLANT_P else "clean")
    note_type = "discharge" if pr.random() < 0.5 else "radiology"
    # a dry run records the note's slots (the structure stream does not depend on what is planted)
    probe = _Doc(random.Random(f"{base}|value"), frozenset(), False, random.Random(f"{base}|heavy"))
    _build(probe, _Rng(f"{base}|body"), note_type)
    active = _choose(pr, probe.slots) if mode == "plant" else frozenset()
    d = _Doc(random.Random(f"{base}|value"), active, mode == "heavy", random.Random(f"{base}|heavy"))
    _build(d, _Rng(f"{base}|body"), note_type)
    return LabelledNote(note_type=note_type, text=d.text(), spans=d.spans)


def holdout31_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout31_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout31_corpus, argv,
        "Held-out corpus 31 (blind): critical care and cardiothoracic surgery - ICU progress and family-meeting "
        "notes, ECMO/VAD logs, transfer-centre call logs, OPO/brain-death documentation, code records, "
        "operative/perfusion records, portable CXR, bedside ultrasound and post-sternotomy CT.")
    report("holdout31", args, notes, hits, res)


if __name__ == "__main__":
    main()
