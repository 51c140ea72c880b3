"""Held-out corpus 50: home health and durable medical equipment (DME).

Home health agency referral/intake forms and skilled-nursing visit notes, OASIS-style start-of-care
assessments, plan-of-care certifications (485-style), DME detailed written orders and oxygen
certificates, DME delivery tickets with oxygen concentrator serials, home infusion referrals with
pump rentals, home therapy evaluations, care-coordination and agency-discharge notes, and the
radiology that home-care patients get: mobile (at-home) chest films, PICC placement for home
infusion, mobile hip films after a fall at home, mobile venous duplex, gastrostomy tube checks for
home enteral feeding and radiology addenda phoned to the agency.

Document kinds (note_type in brackets):

- ``ds_home_services`` [discharge] hospital discharge summary, home with services and DME arranged;
- ``hh_referral_intake`` [discharge] agency referral / intake face sheet pasted from a fax;
- ``sn_visit`` [discharge] skilled nursing visit note with vitals, wound and teaching;
- ``oasis_soc`` [discharge] OASIS-style start-of-care assessment (M0/M1/GG items);
- ``poc_certification`` [discharge] home health certification and plan of care (485-style boxes);
- ``dme_oxygen_order`` [discharge] detailed written order / oxygen certificate of medical necessity;
- ``dme_delivery_ticket`` [discharge] delivery ticket and set-up record (concentrator, bed, chair);
- ``infusion_pump_rental`` [discharge] home infusion pharmacy referral and pump rental agreement;
- ``therapy_home_eval`` [discharge] home PT/OT evaluation with equipment recommendations;
- ``care_coordination`` [discharge] telephone / e-mail care coordination and agency discharge;
- ``rad_mobile_chest`` [radiology] portable chest radiograph taken at home by a mobile service;
- ``rad_picc_home_infusion`` [radiology] PICC placement and tip check before home infusion;
- ``rad_mobile_hip`` [radiology] mobile hip / pelvis films after a fall at home;
- ``rad_mobile_duplex`` [radiology] mobile lower-extremity venous duplex for a homebound patient;
- ``rad_gtube_check`` [radiology] gastrostomy tube check / exchange for home enteral feeding;
- ``rad_addendum_agency`` [radiology] report with an addendum phoned or faxed to the agency.

Labelling conventions (the label policy, copied):

PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too),
agency, school or employer, never a generic department, and never a drug maker, biotech or trial
sponsor named as such. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN,
REF, model and expiry are not identifiers. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers; HEALTH_PLAN member, subscriber and policy
ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical,
nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue
words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay
outside.

Calls made for this theme:

- home health agencies, visiting nurse associations, hospices, DME suppliers, home infusion
  pharmacies, mobile imaging services, chain pharmacy stores, hospitals, practices, employers and
  schools are ORGANIZATION; device and drug makers and their brands (concentrator, pump, CPAP,
  dressing and drug names) are unlabelled look-alikes; payers named as programmes (Medicare Part A/B,
  Medicaid, MassHealth) and public bodies (CMS) are not labelled;
- an agency's or supplier's own identifiers (agency NPI, CMS certification number, PTAN, branch id,
  supplier number) and prior-authorisation numbers have no category here: they are written masked
  (``___``); HIPPS and HCPCS codes, OASIS item numbers, ICD-10 codes, hour-meter readings, cylinder
  sizes and flow rates are unmasked and unlabelled;
- delivery-ticket, sales-order and work-order numbers are order numbers, and rental accounts, visit
  and encounter ids, lab requisitions, specimen numbers, radiology accessions and claim numbers are
  ACCOUNT;
- concentrator, infusion pump, CPAP, hospital bed, LVAD controller and telemonitoring hub serials
  (and the (21) part of a UDI) are DEVICE_ID; model, REF, lot, GTIN and expiry are look-alikes;
- delivery truck and mobile-imaging van plates, wheelchair-van VINs and a patient's car plate are
  VEHICLE_ID;
- a clinician's NPI, RN / PT / MD licence numbers, a prescriber's DEA number and the driver's licence
  shown when equipment is signed for are LICENSE;
- Medicare beneficiary identifiers (also in the plan of care's box 1, "HI Claim No."), Medicaid /
  MassHealth ids and plan member, subscriber and policy ids are HEALTH_PLAN; employer group numbers
  are unlabelled look-alikes;
- ages under 90, scores, doses, HCPCS codes, lot/REF/NDC/model numbers, software versions, bare years,
  states, countries, generic departments, public hotlines and public bodies' websites are look-alikes
  returned with each note and never labelled; heavy notes (5%) carry many ``___`` and no plants;
- every phone number except a public national hotline is PHONE (patient, family, agency on-call and
  supplier lines alike); fax numbers are FAX and pager / beeper numbers PAGER;
- telemonitoring hub, tablet and concentrator-modem addresses are IP_ADDRESS; patient-specific
  portal, telehealth, order-tracking and fundraiser links are URL; public bodies' websites are not;
- OASIS M0060 (patient ZIP) is ZIP, M0050 (state) is not labelled; birth, death, signature,
  face-to-face and fax-stamp dates with a real year are DATE_REAL_YEAR, while shifted dates (2100-2200)
  and expiry dates are never labelled.

Written blind: the author read only this brief, ``lqs_clinical/synth/holdout_measure.py``, the first
45 lines of ``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``LabelledNote``), ``pyproject.toml``,
``/work/shared/reference/*.md`` and the PyHealth synthetic note-shaped samples (and ``SOURCES.md``)
under ``/work/shared/data/``. No detector code, rule file, other corpus, test or benchmark was read,
and the detector was never run on this corpus while writing it.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Corpus shape
# --------------------------------------------------------------------------------------------------

_HEAVY_EVERY, _HEAVY_AT = 20, 13  # exactly 5% heavy notes
_PLANT_P = 0.6105  # of the non-heavy notes -> ~58% of all notes carry plants
_RAD_P = 0.45
_W_PLANT = (math.sqrt(5) - 1) / 2
_W_TYPE = math.sqrt(2) - 1
_W_CAT = math.sqrt(3) - 1
_W_SEED = (0.7548776662466927, 0.5698402909980532, 0.3819660112501051)
_TAKE_P = 0.75
_MIN_LEN, _MAX_LEN = 1100, 4500


def _frac(x: float) -> float:
    return x - math.floor(x)


# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marguerite", "Dolores", "Walter", "Eleanor", "Francis", "Agnes", "Teodoro", "Imelda", "Lucien", "Rosalind",
    "Bartholomew", "Constance", "Desmond", "Winifred", "Aurelio", "Philomena", "Thaddeus", "Genevieve", "Nnamdi",
    "Thuy", "Jean-Baptiste", "Fatuma", "Oksana", "Rajesh", "Mei-Ling", "Ignacio", "Bridget", "Cornelius",
    "Yolanda", "Dmitri", "Hortensia", "Kwame", "Siobhan", "Evangeline", "Ruben", "Henrietta", "Amadou", "Lorraine",
    "Stanislaw", "Colette", "Abdirahman", "Priya", "Gustavo", "Mildred", "Emeka", "Ludmila", "Tomasz", "Giselle",
    "Osvaldo", "Beatrix", "Kenji", "Ayesha", "Darnell", "Ingrid", "Florencio", "Maeve", "Wendell", "Ximena",
    "Benedetta", "Rhys", "Anselm", "Carmelita", "Odessa", "Prudence",
)
_FAMILY = (
    "O'Donnell", "Ferreira", "Whitcomb", "Okafor", "Nguyen", "Kowalczyk", "Santangelo", "Delacroix", "Haddad",
    "Pimentel", "Mulcahy", "Abernathy", "Tran", "Castellano", "Oyelaran", "Brennan-Shaw", "Fitzgerald", "Lindqvist",
    "Mbatha", "Desrosiers", "Kaczmarek", "Rourke", "Vasquez", "Albrecht", "Chowdhury", "Pereira", "McAllister",
    "Szymanski", "Tavares", "Obi", "Larkin", "Gallagher", "Yamamoto", "Petrosyan", "Quintero", "Dube",
    "Nakashima", "Lombardi", "Achterberg", "Moreau", "Baptiste", "Costa", "Ribeiro", "Kearney", "Sato",
    "Ivanova", "Oduya", "Reardon", "Gianelli", "Mahoney", "Sokolov", "Friedman", "Agyeman", "Kovalenko",
    "DaSilva", "Thibodeau", "Esposito", "Halvorsen", "Carrington", "Ostrowski", "Boateng", "Villanueva",
    "Duchesne", "Marchetti", "Pham", "Okonkwo", "Lachance", "Bettencourt", "St. Fleur", "Van der Berg",
)
_ORGS = {
    "hha": (
        "Brightwater Home Health", "Three Rivers Visiting Nurses", "Cedar Hollow Home Care",
        "Lantern Home Health Services", "Visiting Nurse Association of the North Shore", "Meridian HomeCare Partners",
        "Saltmarsh Home Health", "Greylock Home Health Agency", "Pine Harbor VNA", "Old Mill Home Health",
        "Tidewater Community Nursing", "Bluestem Home Health", "Harborlight Home Care", "Wachusett Valley VNA",
        "Kestrel Home Health & Hospice",
    ),
    "dme": (
        "Keystone Respiratory Supply", "Northgate Medical Equipment", "Ridgeview DME", "Allpoints Home Medical",
        "Granite State Oxygen Co.", "Copperline Home Medical Supply", "BayPath Respiratory Services",
        "Ironwood Medical Rentals", "Sunfield Home Oxygen", "Clearbrook Mobility & Medical",
        "Lighthouse Home Medical Equipment", "Pemberton Surgical Supply",
    ),
    "infusion": (
        "Sable Creek Home Infusion", "Harbor Infusion Pharmacy", "Cornerstone Specialty Infusion",
        "Riverbend Infusion Services", "Maplewood Home Infusion Pharmacy", "Northstar Infusion Partners",
    ),
    "hosp": (
        "St. Brendan's Hospital", "Merrimack Valley General Hospital", "Eastfield Medical Center",
        "Northbridge Regional Hospital", "Carrow Point Hospital", "Mount Alder Hospital",
        "Southcoast Wellspring Hospital", "Our Lady of the Dunes Hospital",
    ),
    "practice": (
        "Fenwick Family Medicine", "Brookside Pulmonary Associates", "Ashgrove Internal Medicine",
        "Quarry Hill Primary Care", "Westmoor Geriatrics Group", "Riverside Heart & Vascular",
        "Tall Pines Infectious Disease Associates",
    ),
    "hospice": ("Evening Star Hospice", "Gentle Tide Hospice", "Candlewood Hospice Care"),
    "employer": (
        "Dorrance Box Company", "Hollis Textile Mill", "Whitfield Shipyard", "Concord Paper Works",
        "Marsh & Tolland Insurance", "Eastgate Auto Body",
    ),
    "pharmacy": ("Elm Street Pharmacy", "Corner Drug of Dracut", "CVS Pharmacy", "Walgreens", "Kozlowski Apothecary"),
    "school": ("Bristol Ridge Community College", "Saint Agatha School", "Northfield Technical High School"),
    "mobile": (
        "Bay Colony Mobile X-Ray", "PortaView Mobile Imaging", "Heritage Mobile Diagnostics",
        "Commonwealth Portable Radiology", "RoadRad Mobile Ultrasound",
    ),
}
_PLACES = (
    "Brockton", "Revere", "Chelsea", "Malden", "Somerville", "Framingham", "Leominster", "Fitchburg", "Haverhill",
    "Methuen", "Taunton", "New Bedford", "Attleboro", "Woonsocket", "Cranston", "Pawtucket", "Nashua", "Dracut",
    "Tewksbury", "Chicopee", "Holyoke", "Weymouth", "Braintree", "Randolph", "Stoughton", "Dorchester", "Roxbury",
    "Mattapan", "Jamaica Plain", "East Boston", "Hyde Park", "Fall River", "Gloucester", "Peabody", "Saugus",
    "Everett", "Lynn", "Billerica", "Marlborough", "Southbridge", "Webster", "Gardner", "Athol", "Greenfield",
    "Pittsfield", "North Adams", "Plymouth County", "Bristol County", "Essex County", "Hampden County",
    "Dudley", "Wareham", "Hull", "Rockport",
)
_STREETS = (
    "Pleasant St", "Chestnut Street", "Old Colony Ave", "Bay State Rd", "Highland Ave", "Prospect Hill Rd",
    "Summer Street", "Willow Ln", "Sagamore Drive", "Water St", "Bridge Street", "Quarry Rd", "Farnham Ave",
    "Lafayette St", "Cottage Pl", "Belmont Terrace", "Oak Knoll Rd", "Harrison Ave", "Middlesex Tpke",
    "Nantasket Ave", "Cabot St", "Ferry Rd", "Wachusett St", "Greenwood Circle", "Tremont St",
    "Riverside Drive", "Sycamore Way", "County Rd",
)
_UNITS = ("", "", "", " Apt 3B", ", Apt 2", " Unit 5", " #4", ", 2nd Fl", " Apt. 11", " Unit 207", ", Bldg C")
_AREAS = ("617", "508", "781", "978", "413", "603", "401", "774", "339", "857", "207", "860", "351")
_ZIP3 = ("010", "011", "013", "014", "015", "016", "017", "018", "019", "020", "021", "022", "023", "024",
         "025", "026", "027", "028", "029", "030", "031", "038", "040", "041")
_MAIL_DOMAINS = ("nmail.net", "webpost.org", "quickmail.com", "brightwaterhh.org", "keystoneresp.com",
                 "pineharborvna.org", "sablecreekinfusion.com", "mailhaven.net", "tidewatercn.org", "comcastle.net")

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_BRANDS_O2 = ("Inogen One G5", "Philips EverFlo", "Invacare Platinum 10", "DeVilbiss 525", "Respironics SimplyGo",
              "CAIRE Companion 5", "Invacare Perfecto2", "Inogen At Home", "AirSep VisionAire",
              "CAIRE FreeStyle Comfort", "Oxymizer", "Salter 1600 cannula")
_BRANDS_PUMP = ("CADD-Solis", "CADD-Prizm", "Sapphire pump", "Curlin 6000", "Homepump Eclipse", "ON-Q pump",
                "Kangaroo Joey", "Kangaroo ePump", "Moog Infinity", "Freedom60")
_BRANDS_RESP = ("ResMed AirSense 10", "DreamStation 2", "Trilogy Evo", "Astral 150", "PARI LC Plus",
                "Passy-Muir valve", "Shiley trach", "Yankauer", "Ambu bag")
_BRANDS_WOUND = ("Mepilex Border", "Aquacel Ag", "Tegaderm", "DuoDERM", "Santyl", "Xeroform", "Kerlix", "Coban",
                 "Vashe", "Unna boot", "KCI V.A.C.")
_BRANDS_MOB = ("Hoyer lift", "ROHO cushion", "Broda chair", "Hill-Rom bed", "Medline shower chair",
               "Jobst stockings", "T.E.D. hose", "Lifeline pendant")
_BRANDS_WALK = ("Drive Medical rollator", "Hugo rollator", "Invacare folding walker", "Medline quad cane",
                "Nova rollator")
_BRANDS_CATH = ("PureWick", "Coude catheter", "Foley catheter")
_BRANDS_LINE = ("PowerPICC", "Groshong", "Hickman", "Port-a-Cath", "BD PosiFlush", "MicroClave", "BioPatch",
                "MIC-KEY button")
_BRANDS_DRUG = ("Lovenox", "Coumadin", "Eliquis", "Lasix", "Invanz", "Rocephin", "Cubicin", "Zosyn", "Spiriva",
                "Trelegy", "DuoNeb", "Pulmicort")
_BRANDS_SUPP = ("Ensure Plus", "Jevity 1.5", "Osmolite 1.2", "Boost Plus", "Glucerna")
_SCALES = ("Braden scale", "Morse Fall Scale", "Barthel Index", "Katz ADL", "Lawton IADL", "Tinetti",
           "Berg Balance Scale", "Glasgow Coma Scale")
_SIGNS = ("Homans sign", "Romberg", "Trendelenburg", "Dix-Hallpike")
_DXS = ("Parkinson disease", "Alzheimer dementia", "Charcot foot", "Lewy body dementia", "Raynaud phenomenon",
        "Guillain-Barre syndrome", "Meniere disease")
_CHEST = ("Kerley B lines", "Hampton hump", "Westermark sign")
_EPONYMS = _SCALES + _SIGNS + _DXS + _CHEST + (
    "Cheyne-Stokes breathing", "Korotkoff sounds", "Epley maneuver", "Jackson-Pratt drain", "Wagner grade",
    "Virchow triad", "Baker cyst", "Shenton line", "Garden classification", "Hounsfield units", "Fleischner criteria",
    "Zenker diverticulum", "Valsalva", "Morison pouch", "Seldinger technique", "Doppler", "Wells score",
    "Pott disease")
EPONYMS_AND_BRANDS = tuple(dict.fromkeys(
    _BRANDS_O2 + _BRANDS_PUMP + _BRANDS_RESP + _BRANDS_WOUND + _BRANDS_MOB + _BRANDS_WALK + _BRANDS_CATH
    + _BRANDS_LINE + _BRANDS_DRUG + _BRANDS_SUPP + _EPONYMS
))

_HCPCS = ("E1390", "E0431", "E0439", "E1392", "K0738", "E0260", "E0277", "E0781", "E0601", "K0001", "K0823",
          "E0143", "E0163", "A4253", "B4035", "E0562", "E0470", "E0135", "E0165", "A6021", "B9002", "E0776")
_ICD = ("J44.1", "J96.11", "Z99.81", "I50.32", "L89.153", "Z45.2", "Z95.2", "E11.621", "Z79.2", "M86.171",
        "S72.001A", "Z93.1", "G20.A1", "I83.012", "R26.81", "Z74.09", "Z95.811", "I82.411")
_OASIS = ("M1800", "M1033", "M1311", "GG0170C", "M2020", "M1400", "M1860", "M1021", "M0102", "J1800", "M1242",
          "GG0130A", "M2102", "M1030", "M2001", "B1300", "C0500", "D0150")
_HOTLINES = ("1-800-MEDICARE (1-800-633-4227)", "TTY 1-877-486-2048", "Poison Control 1-800-222-1222",
             "988 Suicide & Crisis Lifeline", "Elder Abuse Hotline 1-800-922-2275", "Mass Relay 711")
_GOV = ("www.medicare.gov", "https://www.cms.gov", "www.fda.gov/medwatch", "www.cdc.gov/steadi",
        "https://www.mass.gov")
_DEPTS = ("Central Intake", "Case Management", "Respiratory Therapy", "Wound Care Clinic", "Interventional Radiology",
          "Patient Access", "Customer Service", "Billing Department", "Rehab Services", "Vascular Lab",
          "Nutrition Services", "Scheduling", "Clinical Manager")
_STATES = ("MA", "Massachusetts", "NH", "New Hampshire", "RI", "Rhode Island", "Maine", "Connecticut", "Vermont",
           "CT", "ME")
_COUNTRIES = ("Portugal", "Haiti", "Cape Verde", "Ireland", "Vietnam", "Dominican Republic", "Brazil", "Poland",
              "Ukraine", "Somalia")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXY") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _fmt_date(r: random.Random, d: date, numeric_only: bool = False) -> str:
    m, dd, y = d.month, d.day, d.year
    mon = _MONTHS[m - 1]
    forms = [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{m:02d}-{dd:02d}-{y}",
             f"{m:02d}.{dd:02d}.{y}"]
    if not numeric_only:
        forms += [f"{mon} {dd}, {y}", f"{mon[:3]} {dd} {y}", f"{dd}-{mon[:3]}-{y}", f"{dd} {mon} {y}",
                  f"{mon[:3]}. {dd}, {y}" if len(mon) > 3 else f"{mon} {dd}, {y}", f"{dd}-{mon[:3].upper()}-{y}"]
    return r.choice(forms)


def _rand_date(r: random.Random, y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=r.randrange((date(y1, 12, 31) - start).days + 1))


def _npi(r: random.Random) -> str:
    body = r.choice("12") + _digits(r, 8)
    total, double = 24, True  # the 80840 prefix contributes 24
    for ch in reversed(body):
        d = int(ch)
        if double:
            d = d * 2
            d = d - 9 if d > 9 else d
        total += d
        double = not double
    return body + str((10 - total % 10) % 10)


def _dea(r: random.Random) -> str:
    d = [r.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + r.choice("ABCDFGHKLMNOPRSTW") + "".join(map(str, d)) + str(check)


def _vin(r: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vals = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    chars = [r.choice(alphabet) for _ in range(17)]
    chars[0] = r.choice("12345JKW")
    chars[9] = r.choice("DEFGHJKLMN")
    for k in range(11, 17):
        chars[k] = r.choice("0123456789")
    s = sum(vals[c] * w for c, w in zip(chars, weights, strict=True)) % 11
    chars[8] = "X" if s == 10 else str(s)
    return "".join(chars)


def _mbi(r: random.Random, dashes: bool) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(a) + r.choice(an) + str(r.randrange(10)) + r.choice(a) + r.choice(an)
         + str(r.randrange(10)) + r.choice(a) + r.choice(a) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def _phone(r: random.Random) -> str:
    a, e, n = r.choice(_AREAS), str(r.randint(2, 9)) + _digits(r, 2), _digits(r, 4)
    if e[1:] == "11":
        e = e[0] + "42"
    return r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"({a}){e}-{n}", f"+1 {a} {e} {n}",
                     f"1-{a}-{e}-{n}", f"{a} {e} {n}", f"{a}-{e}-{n}", f"({a}) {e}-{n}"])


def _person(r: random.Random, var: str) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    if var == "lastfirst":
        return r.choice([f"{f}, {g}", f"{f.upper()}, {g.upper()}", f"{f},{g}"])
    if var == "clin":
        return r.choice([f"{g} {f}", f"{g[0]}. {f}", f"{g} {r.choice('ABCDEJKLMRSTW')}. {f}", f"{g} {f}"])
    if var == "first":
        return g
    return r.choice([f"{g} {f}", f"{g} {f}", f"{f}, {g}", f"{g[0]}. {f}", f"{g} {r.choice('ABCDEJLMRT')}. {f}",
                     f"{g} {f}-{r.choice(_FAMILY).replace(' ', '')}", f"{f.upper()}, {g.upper()}"])


def _device(r: random.Random, var: str) -> str:
    forms = [
        lambda: _letters(r, 2) + _digits(r, 7),
        lambda: _digits(r, 4) + r.choice("ABCDEFGHK") + _digits(r, 5),
        lambda: _letters(r, 3) + "-" + _digits(r, 6),
        lambda: _digits(r, 10),
        lambda: r.choice("ABCDEFGHKPTW") + _digits(r, 2) + r.choice("ABCDEFGHK") + _digits(r, 5),
        lambda: _letters(r, 1) + _digits(r, 8) + _letters(r, 1),
        lambda: _digits(r, 2) + _letters(r, 2) + _digits(r, 6),
    ]
    if var == "pump":
        forms += [lambda: _digits(r, 8), lambda: "CS" + _digits(r, 7)]
    if var == "conc":
        forms += [lambda: "P" + _digits(r, 4) + _letters(r, 1) + _digits(r, 4)]
    return r.choice(forms)()


# --------------------------------------------------------------------------------------------------
# Note context: pending plants, value and look-alike generators, template rendering
# --------------------------------------------------------------------------------------------------

class _Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []

    def t(self, s: str) -> None:
        self.buf.append(s)
        self.pos += len(s)

    def v(self, s: str, cat: str) -> None:
        self.spans.append((self.pos, self.pos + len(s), cat))
        self.t(s)

    def k(self, s: str) -> None:
        self.looks.append(s)
        self.t(s)

    def text(self) -> str:
        return "".join(self.buf)


_TOK = re.compile(r"\{([A-Z]+)(?::([^{}]*))?\}|\[\[(.+?)\]\]", re.S)


class _Ctx:
    def __init__(self, rng: random.Random, plants: list[str]) -> None:
        self.rng = rng
        self.pending = list(plants)
        self.base = date(rng.randint(2110, 2190), rng.randint(1, 12), rng.randint(1, 28))

    # -- plants
    def take(self, cat: str) -> bool:
        if cat in self.pending and self.rng.random() < _TAKE_P:
            self.pending.remove(cat)
            return True
        return False

    # -- values
    def value(self, cat: str, var: str = "") -> str:
        r = self.rng
        if cat in ("PHONE", "FAX"):
            return _phone(r)
        if cat == "PAGER":
            return r.choice([_digits(r, 5), f"{r.randint(2, 9)}-{_digits(r, 4)}", _digits(r, 4),
                             f"{r.choice(_AREAS)}-{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}",
                             f"{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}", f"{_digits(r, 3)} {_digits(r, 4)}"])
        if cat == "EMAIL":
            g, f = r.choice(_GIVEN).lower().replace("-", ""), r.choice(_FAMILY).lower()
            f = re.sub(r"[^a-z]", "", f)
            local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}{r.randint(1, 99)}", f"{g}_{f}",
                              f"{f}.{g[0]}", f"{g}.{f}{r.randint(40, 99)}", "intake", "referrals", "oncall.rn"])
            if local in ("intake", "referrals", "oncall.rn"):
                local = f"{local}{r.randint(2, 9)}"
            return f"{local}@{r.choice(_MAIL_DOMAINS)}"
        if cat == "URL":
            who = r.choice(_FAMILY).lower().replace(" ", "").replace("'", "") + r.choice(_GIVEN).lower()[:4]
            forms = {
                "portal": [f"https://portal.brightwaterhh.org/pt/{_digits(r, 6)}",
                           f"https://myhealth.carrowpoint.org/chart/{_letters(r, 4, 'ABCDEFGHKM')}{_digits(r, 4)}"],
                "track": [f"www.sunfieldoxygen.com/track?so={_digits(r, 7)}",
                          f"https://keystoneresp.com/orders/status/{_digits(r, 8)}"],
                "fund": [f"https://gofund.me/{_letters(r, 3, 'abcdef').lower()}{_digits(r, 5)}",
                         f"https://www.caringbridge.org/visit/{who}"],
                "tele": [f"https://tele.pineharborvna.org/room/{_letters(r, 2, 'abcdefghkmnp')}{_digits(r, 2)}-"
                         f"{_digits(r, 3)}", f"https://meet.tidewatercn.org/v/{_digits(r, 9)}"],
                "photo": [f"https://photos.meridianhc.net/w/{_digits(r, 6)}/{_letters(r, 5, 'abcdefghjk')}"],
                "rental": [f"http://copperlinehms.com/rentals/{_digits(r, 5)}",
                           f"https://harborinfusion.com/agreements/{_digits(r, 6)}"],
                "refill": [f"sablecreekinfusion.com/refill?rx={_digits(r, 7)}"],
            }
            pool = forms.get(var) or [x for v in forms.values() for x in v]
            return r.choice(pool)
        if cat == "IP_ADDRESS":
            return r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                             f"{r.choice([24, 50, 73, 98, 108, 66, 71])}.{r.randint(1, 254)}."
                             f"{r.randint(0, 254)}.{r.randint(1, 254)}"])
        if cat == "SSN":
            area = r.choice([r.randint(1, 665), r.randint(667, 899)])
            a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
            return r.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])
        if cat == "MRN":
            return r.choice([_digits(r, 7), _digits(r, 8), "M" + _digits(r, 7), "00" + _digits(r, 6),
                             _digits(r, 4) + "-" + _digits(r, 3), "P" + _digits(r, 7), _digits(r, 9)])
        if cat == "ACCOUNT":
            forms = {
                "order": [_digits(r, 7), _digits(r, 8), f"{_digits(r, 2)}-{_digits(r, 6)}", "D" + _digits(r, 7)],
                "claim": [_digits(r, 13), _digits(r, 14), f"{_digits(r, 5)}-{_digits(r, 8)}"],
                "acc": ["R" + _digits(r, 8), _digits(r, 8), f"{_letters(r, 2)}{_digits(r, 7)}"],
                "enc": ["V" + _digits(r, 8), _digits(r, 9), "E" + _digits(r, 9)],
                "spec": [f"{_letters(r, 1)}{_digits(r, 2)}-{_digits(r, 5)}", _digits(r, 10)],
            }
            pool = forms.get(var) or [x for v in forms.values() for x in v]
            return r.choice(pool)
        if cat == "HEALTH_PLAN":
            forms = {
                "mbi": [_mbi(r, True), _mbi(r, False)],
                "medicaid": ["1000" + _digits(r, 8), _digits(r, 12), _digits(r, 9)],
                "member": [_letters(r, 3) + _digits(r, 9), "W" + _digits(r, 9), _letters(r, 1) + _digits(r, 8) + "01",
                           "H" + _digits(r, 8)],
            }
            pool = forms.get(var) or [x for v in forms.values() for x in v]
            return r.choice(pool)
        if cat == "LICENSE":
            forms = {
                "npi": [_npi(r)],
                "dea": [_dea(r)],
                "rn": [_digits(r, 7), _digits(r, 6), f"{_digits(r, 3)}-{_digits(r, 4)}"],
                "pt": [_digits(r, 5), "0" + _digits(r, 5)],
                "md": [_digits(r, 6), _digits(r, 5)],
                "dl": ["S" + _digits(r, 8), _letters(r, 1) + _digits(r, 7), _digits(r, 9), "SA" + _digits(r, 7)],
            }
            pool = forms.get(var) or [x for v in forms.values() for x in v]
            return r.choice(pool)
        if cat == "ZIP":
            z = r.choice(_ZIP3) + _digits(r, 2)
            return z + "-" + _digits(r, 4) if r.random() < 0.2 else z
        if cat == "STREET_ADDRESS":
            num = r.choice([str(r.randint(2, 99)), str(r.randint(100, 2400)),
                            f"{r.randint(10, 90)}-{r.randint(10, 99)}",
                            f"{r.randint(3, 80)}{r.choice('AB')}"])
            if "-" in num:
                a, b = num.split("-")
                num = f"{a}-{int(a) + 2}"
            return f"{num} {r.choice(_STREETS)}{r.choice(_UNITS)}"
        if cat == "DATE_REAL_YEAR":
            ranges = {"dob": (1918, 1950), "death": (2010, 2025), "recent": (2012, 2025)}
            y0, y1 = ranges.get(var) or r.choice(list(ranges.values()))
            return _fmt_date(r, _rand_date(r, y0, y1))
        if cat == "AGE_OVER_89":
            return str(r.choice([90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))
        if cat == "DEVICE_ID":
            return _device(r, var)
        if cat == "VEHICLE_ID":
            if var == "vin" or (var != "plate" and r.random() < 0.35):
                return _vin(r)
            k = r.randint(1, 9)
            return r.choice([f"{k}{_letters(r, 2)} {_digits(r, 3)}", f"{k}{_letters(r, 3)}{_digits(r, 2)}",
                             f"{_digits(r, 3)}-{_letters(r, 2)}{k}", f"{k}{_letters(r, 2)}-{_digits(r, 3)}",
                             f"{_letters(r, 3)} {_digits(r, 4)}",
                             f"{k}{_letters(r, 1)}{_digits(r, 2)}{_letters(r, 2)}"])
        if cat == "PERSON":
            return _person(r, var)
        if cat == "LOCATION":
            return r.choice(_PLACES)
        if cat == "ORGANIZATION":
            kind = var if var in _ORGS else r.choice(list(_ORGS))
            return r.choice(_ORGS[kind])
        raise KeyError(cat)

    # -- look-alikes
    def look(self, group: str) -> str:
        r = self.rng
        if group == "o2":
            return r.choice(_BRANDS_O2)
        if group == "pump":
            return r.choice(_BRANDS_PUMP)
        if group == "resp":
            return r.choice(_BRANDS_RESP)
        if group == "wound":
            return r.choice(_BRANDS_WOUND)
        if group == "mob":
            return r.choice(_BRANDS_MOB)
        if group == "line":
            return r.choice(_BRANDS_LINE)
        if group == "drug":
            return r.choice(_BRANDS_DRUG)
        if group == "walk":
            return r.choice(_BRANDS_WALK)
        if group == "cath":
            return r.choice(_BRANDS_CATH)
        if group == "supp":
            return r.choice(_BRANDS_SUPP)
        if group == "scale":
            return r.choice(_SCALES)
        if group == "sign":
            return r.choice(_SIGNS)
        if group == "dx":
            return r.choice(_DXS)
        if group == "chest":
            return r.choice(_CHEST)
        if group == "hcpcs":
            code = r.choice(_HCPCS)
            return r.choice([code, f"{code}-RR", f"{code} NU", f"{code}-KX", f"{code} RR KX"])
        if group == "icd":
            return r.choice(_ICD)
        if group == "oasis":
            return r.choice(_OASIS)
        if group == "hipps":
            return f"HIPPS {r.randint(1, 4)}{r.choice('ABCDEFGH')}{r.choice('ABC')}{r.randint(1, 3)}{r.randint(1, 2)}"
        if group == "lot":
            return r.choice([f"Lot {_digits(r, 2)}{r.choice('ABCDEFGHK')}{_digits(r, 4)}",
                             f"LOT: {_letters(r, 1)}{_digits(r, 4)}{_letters(r, 1)}", f"lot# {_digits(r, 7)}",
                             f"Lot no. {_digits(r, 6)}-{_digits(r, 2)}"])
        if group == "ref":
            return r.choice([f"REF {_digits(r, 7)}", f"REF# {_digits(r, 2)}-{_digits(r, 4)}",
                             f"Ref {_letters(r, 2)}{_digits(r, 4)}"])
        if group == "model":
            return r.choice([f"Model {_digits(r, 3)}{_letters(r, 2)}", f"model IRC{r.choice(['5', '10'])}LXO2",
                             f"Model {_digits(r, 4)}-{_digits(r, 4)}", f"mdl {_letters(r, 1)}{_digits(r, 3)}"])
        if group == "ndc":
            return r.choice([f"NDC {_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}",
                             f"NDC {_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}"])
        if group == "gtin":
            return f"(01)00{_digits(r, 12)}"
        if group == "exp":
            y, m = r.randint(2025, 2029), r.randint(1, 12)
            dd = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            return r.choice([f"EXP {y}-{m:02d}-{dd}", f"Exp: {m:02d}/{y}", f"Use by {m:02d}/{dd}/{y}",
                             f"expires {y}-{m:02d}", f"EXP {m:02d}/{dd}/{y}", f"(17){y % 100:02d}{m:02d}{dd}"])
        if group == "age":
            a = r.randint(52, 89)
            return r.choice([f"{a} y/o", f"{a}-year-old", f"age {a}", f"{a} yo", f"aged {a}"])
        if group == "score":
            return r.choice([f"Braden score {r.randint(9, 20)}", f"MAHC-10 score {r.randint(2, 9)}",
                             f"PHQ-2 {r.randint(0, 6)}", f"TUG {r.randint(9, 31)} sec", f"Berg {r.randint(20, 52)}/56",
                             f"pain {r.randint(0, 9)}/10", f"Tinetti {r.randint(8, 26)}/28",
                             f"SpO2 {r.randint(84, 96)}% on {r.randint(1, 4)} L", f"BIMS {r.randint(3, 15)}",
                             f"6MWT {r.randint(80, 320)} m", f"GCS {r.randint(13, 15)}"])
        if group == "dose":
            return r.choice([f"furosemide {r.choice([20, 40, 80])} mg PO daily", "ertapenem 1 g IV q24h",
                             f"vancomycin {r.choice(['1,000', '1,250', '1,500'])} mg IV q12h",
                             "heparin lock flush 10 units/mL, 5 mL", "0.9% NaCl 10 mL flush",
                             f"O2 {r.randint(1, 5)} L/min via NC", "enoxaparin 40 mg SC daily",
                             f"Jevity 1.5 at {r.choice([45, 55, 60, 65])} mL/h x 20 h", "cefazolin 2 g IV q8h",
                             f"metoprolol succinate {r.choice([25, 50])} mg daily", "albuterol 2.5 mg neb q4h PRN"])
        if group == "ver":
            return r.choice([f"firmware {r.randint(1, 6)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                             f"v{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                             f"app version {r.randint(2, 11)}.{r.randint(0, 9)}",
                             f"build {r.randint(1, 4)}.{r.randint(10, 19)}.0-rc{r.randint(1, 5)}"])
        if group == "hotline":
            return r.choice(_HOTLINES)
        if group == "gov":
            return r.choice(_GOV)
        if group == "dept":
            return r.choice(_DEPTS)
        if group == "state":
            return r.choice(_STATES)
        if group == "country":
            return r.choice(_COUNTRIES)
        if group == "year":
            return f"{r.choice(['since', 'in', 'circa', 'back in'])} {r.randint(1962, 2024)}"
        if group == "group":
            return r.choice([f"Group # {_digits(r, 6)}", f"Grp {_letters(r, 2)}{_digits(r, 5)}",
                             f"group no. {_digits(r, 5)}-{_digits(r, 3)}"])
        if group == "hours":
            return f"hour meter {r.randint(10, 40000)}.{r.randint(0, 9)} h"
        raise KeyError(group)

    # -- shifted dates (unlabelled)
    def sdate(self) -> str:
        r = self.rng
        d = self.base + timedelta(days=r.randint(-120, 120))
        return r.choice([f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                         f"{d.month}/{d.day}/{d.year}", f"{_MONTHS[d.month - 1][:3]} {d.day} {d.year}"])

    def stime(self) -> str:
        return f"{self.rng.randint(6, 20):02d}:{self.rng.randint(0, 59):02d}"

    def render(self, doc: _Doc, tpl: str, vcat: str | None = None) -> None:
        pos = 0
        for m in _TOK.finditer(tpl):
            doc.t(tpl[pos:m.start()])
            pos = m.end()
            if m.group(3) is not None:
                doc.k(m.group(3))
                continue
            op, arg = m.group(1), m.group(2) or ""
            if op == "P":
                cat, _, var = arg.partition(":")
                if self.take(cat):
                    doc.v(self.value(cat, var), cat)
                else:
                    doc.t("___")
            elif op == "V":
                assert vcat is not None
                doc.v(self.value(vcat, arg), vcat)
            elif op == "L":
                doc.k(self.look(arg))
            elif op == "C":
                doc.t(self.rng.choice(arg.split("|")))
            elif op == "SD":
                doc.k(self.sdate())
            elif op == "CP":
                d0 = self.base + timedelta(days=self.rng.randint(-60, 0))
                d1 = d0 + timedelta(days=59)
                doc.t("From ")
                doc.k(f"{d0.month:02d}/{d0.day:02d}/{d0.year}")
                doc.t(" To ")
                doc.k(f"{d1.month:02d}/{d1.day:02d}/{d1.year}")
            elif op == "SDT":
                doc.k(f"{self.sdate()} {self.stime()}")
            elif op == "T":
                doc.t(self.stime())
            else:
                raise KeyError(op)
        doc.t(tpl[pos:])


# --------------------------------------------------------------------------------------------------
# Leftover plants: one short block per category, many contexts each ({V} is the value)
# --------------------------------------------------------------------------------------------------

_SNIPPETS: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Caregiver ({C:daughter|son|niece|neighbor|spouse}) reachable at {V}; prefers text over calls.",
        "Pt's home phone {V} -- rings 8+ times, let it ring, pt uses a walker to get to it.",
        "Call-back #: {V}",
        "| Home phone | {V} |\n| Cell | ___ |",
        "Agency on-call line {V} (after 5 pm and weekends); reviewed with pt and wife.",
        "Contact            Relationship   Phone\n___                son (HCP)      {V}",
        "ph:{V}",
        "Left VM at {V} re: tomorrow's delivery window (AM).",
        "If no answer try the landline\n{V} (phone is in the kitchen).",
        "Supplier 24-hr service line {V}, ext. 2 for oxygen emergencies -- sticker placed on concentrator.",
        "Phnoe (home): {V}",
        "Daughter's work number {V}, OK to leave detailed message.",
    ),
    "FAX": (
        "Fax signed plan of care to {V} attn: {L:dept}.",
        "F: {V}",
        "Fax# {V}",
        "Orders faxed to PCP office at {V} on {SD}; awaiting signature.",
        "| Fax | {V} |",
        "FAX COVER SHEET -- TO: Medical Records   FAX: {V}   PAGES: 4 (incl. cover)",
        "Please return the signed CMN by fax ({V}) within 30 days.",
        "fax back\n{V} with the face-to-face note",
        "Referral fax received from {V} at {T}, 6 pages, page 3 illegible.",
    ),
    "PAGER": (
        "Page the covering NP at {V} for INR > 3.5 or any bleeding.",
        "pgr {V}",
        "Beeper: {V}",
        "Pager # {V} (on-call respiratory therapist)",
        "please page {V} with the culture results",
        "Ordering MD can be reached by pager {V} until 18:00.",
        "On-call RN pager: {V} / cell ___",
        "Pagr {V} (IR fellow)",
    ),
    "EMAIL": (
        "Daughter asks that the visit schedule be emailed to {V}.",
        "Email: {V}",
        "Reply-To: {V}",
        "Secure message sent to {V} re: supply reorder (gauze, tape, {L:wound}).",
        "From: {V}\nSent: {SDT}\nSubject: RE: oxygen delivery",
        "Referral source e-mail <{V}>",
        "e-mail {V} for the OASIS correction request",
    ),
    "URL": (
        "Telehealth visit link: {V:tele}",
        "Order tracking: {V:track}",
        "Patient portal (son has proxy access): {V:portal}",
        "Family fundraiser for the wheelchair ramp: {V:fund}",
        "Wound photos uploaded to {V:photo} for the wound nurse to review.",
        "See {V:rental} for the signed pump rental agreement.",
        "Refill request placed online at {V:refill}.",
        "link {V} sent by text to caregiver",
    ),
    "IP_ADDRESS": (
        "RPM hub last check-in {T} from {V}; weight 71.4 kg, up 1.8 kg.",
        "Concentrator telemetry modem IP {V} ({L:ver}).",
        "Telehealth tablet assigned IP {V}; reboot advised, battery swollen.",
        "[gateway] src={V} dev=scale status=OK",
        "IP: {V}",
        "Home Wi-Fi router is at {V} -- grandson set up the BP cuff on it.",
        "Sync error from {V} at {T}, readings queued.",
    ),
    "SSN": (
        "SSN: {V}",
        "Soc. Sec. # {V}",
        "SS# {V} (copied from the MassHealth application)",
        "| SSN | {V} |",
        "social security no {V}",
        "Social Security Number\n{V}",
    ),
    "MRN": (
        "MRN {V}",
        "Med Rec #: {V}",
        "Agency pt ID {V}",
        "Chart no. {V}",
        "Pt #{V}",
        "(MR# {V})",
        "Hospital MRN / agency ID: {V} / ___",
        "Medical record number {V} -- verify before filing.",
    ),
    "ACCOUNT": (
        "Order #{V:order}",
        "Claim no. {V:claim} denied (missing face-to-face documentation).",
        "Acct {V}",
        "Accession: {V:acc}",
        "Visit ID {V:enc}",
        "Requisition {V:spec} -- CBC w/ diff, BMP, CRP, vanc trough.",
        "Specimen #: {V:spec}",
        "Encounter # {V:enc}",
        "SO# {V:order} (replacement tubing and humidifier bottle)",
        "work order {V:order}: PM check of concentrator, {L:hours}",
        "Rental acct {V} -- billing to Medicare Part B, 13-month cap.",
    ),
    "HEALTH_PLAN": (
        "Medicare (MBI) {V:mbi}",
        "MBI: {V:mbi}",
        "Medicaid ID {V:medicaid}",
        "Member ID {V:member}  {L:group}",
        "Subscriber # {V:member}",
        "Policy no. {V:member}",
        "Secondary: MassHealth {V:medicaid}",
        "| Primary payer | Medicare Part A | {V:mbi} |",
    ),
    "LICENSE": (
        "Certifying physician NPI {V:npi}",
        "RN lic. #{V:rn}",
        "Prescriber DEA {V:dea}",
        "Recipient ID checked: MA DL {V:dl}",
        "Lic# {V}",
        "License No.: {V:md}",
        "PT license {V:pt}",
        "driver's license {V:dl} (verified at delivery)",
        "NPI: {V:npi}",
    ),
    "ZIP": (
        "___, {L:state} {V}",
        "ZIP {V}",
        "Zip code: {V}",
        "Service-area ZIP {V} is on the Tuesday delivery route.",
        "M0060 Patient ZIP Code: {V}",
        "Ship-to zip {V}",
    ),
    "STREET_ADDRESS": (
        "Deliver to: {V}",
        "Address: {V}, ___",
        "lives at {V} (3rd-floor walk-up, no elevator)",
        "Pt moved to daughter's home at {V}.",
        "| Street | {V} |",
        "Ship-to: {V}\n___, {L:state} ___",
        "Adress {V} -- side door, ring twice",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {V:dob}",
        "Date of death: {V:death}",
        "Signed {V:recent}",
        "Rec'd via fax {V:recent} {T}",
        "Face-to-face encounter on {V:recent} by the hospitalist.",
        "Born {V:dob}",
        "Pt expired at home on {V:death} at 03:40, pronounced by hospice RN.",
        "Physician signature date: {V:recent}",
    ),
    "AGE_OVER_89": (
        "{V} year old, lives alone.",
        "Pt is {V} y/o and still manages her own pillbox.",
        "age {V}",
        "Age: {V}",
        "{V}yo with multiple falls",
        "{V}-year-old homebound veteran",
    ),
    "DEVICE_ID": (
        "Concentrator SN {V:conc}",
        "serial #{V}",
        "S/N: {V}",
        "pump serial {V:pump} ({L:pump})",
        "UDI {L:gtin}(17){C:270331|261130|280228}(10){C:A2291B|L4471|22K0418}(21){V}",
        "CPAP serial no. {V} ({L:resp})",
        "bed frame SN {V} (full electric, {L:hcpcs})",
        "LVAD controller S/N {V} -- backup controller in go-bag.",
        "RPM hub serial {V}",
    ),
    "VEHICLE_ID": (
        "Delivery truck plate {V:plate}",
        "van #12 (plate {V:plate}) parked in the driveway",
        "VIN {V:vin}",
        "Wheelchair van VIN {V:vin} (ramp inspected).",
        "Pt's car (plate {V:plate}) is blocking the ramp; son notified.",
        "Reg. {V:plate}",
        "Mobile unit plate {V:plate}",
    ),
    "PERSON": (
        "Caregiver: {V} (daughter)",
        "Spoke with {V}, RN, case manager.",
        "Dr. {V}",
        "Delivered by {V}",
        "Signed: {V}, PT",
        "HCP: {V}",
        "-- {V}",
        "cc: Dr. {V:clin}",
        "Neighbor {V} has a key.",
    ),
    "LOCATION": (
        "lives in {V}",
        "moving to {V} for the winter",
        "Service area: {V} / ___",
        "{V}, {L:state} ___",
        "staying with son in {V} until the stairlift is installed",
        "Town: {V}",
        "pt relocated from {V}",
    ),
    "ORGANIZATION": (
        "Agency: {V:hha}",
        "Referred by {V:hosp}",
        "DME vendor: {V:dme}",
        "Home infusion by {V:infusion}",
        "PCP at {V:practice}",
        "Admitted to {V:hospice} on {SD}.",
        "Wife works at {V:employer} (days).",
        "Rx filled at {V:pharmacy}",
        "granddaughter is a nursing student at {V:school}",
    ),
}

_RAD_EXTRAS: dict[str, tuple[str, ...]] = {
    "PHONE": ("Preliminary read phoned to the ordering office ({V}) at {T}.", "Mobile dispatch line: {V}",
              "Callback number on requisition: {V}"),
    "FAX": ("Final report faxed to {V} (home health agency).", "Requisition faxed from {V}.", "cc: PCP via fax {V}"),
    "PAGER": ("Reading radiologist available on pager {V}.", "Critical result: paged {V}, re-paged at {T}."),
    "EMAIL": ("Key images shared with the wound team at {V}.", "Report copy requested by family to {V}."),
    "URL": ("Images viewable at {V:portal} (patient proxy).", "Mobile order link {V:track}"),
    "IP_ADDRESS": ("Portable DR panel uploaded from {V} ({L:ver}).", "DICOM send failed from host {V}; resent at {T}."),
    "SSN": ("Requisition identifiers: SSN {V} (verified with caregiver).", "Pt identified by SSN {V} and DOB."),
    "MRN": ("Outside MRN {V}", "Patient ID on requisition: {V}"),
    "ACCOUNT": ("Accession #{V:acc}", "Order number {V:order} (mobile exam)", "Billing acct {V}"),
    "HEALTH_PLAN": ("Insurance on requisition: Medicare {V:mbi}.", "Medicaid # {V:medicaid} -- mobile fee covered."),
    "LICENSE": ("Ordering NP NPI {V:npi}", "Technologist license # {V:rn}"),
    "ZIP": ("Exam location ZIP {V} (mobile zone 2).", "Mobile zone by zip: {V}"),
    "STREET_ADDRESS": ("Exam performed at the patient's residence, {V}.", "Location of service: {V}"),
    "DATE_REAL_YEAR": ("Comparison: outside chest film dated {V:recent}.", "DOB {V:dob} (two identifiers checked)."),
    "AGE_OVER_89": ("{V} year old, bedbound.", "Patient age {V}."),
    "DEVICE_ID": ("Pacemaker generator, serial {V}, left chest.",
                  "Home concentrator (SN {V:conc}) running during exam."),
    "VEHICLE_ID": ("Mobile unit {C:3|7|11} (plate {V:plate}).", "Mobile x-ray van VIN {V:vin}."),
    "PERSON": ("Technologist: {V}", "Caregiver {V} assisted with positioning.", "Read by Dr. {V:clin}."),
    "LOCATION": ("Exam performed in the patient's home in {V}.", "Mobile route: {V}"),
    "ORGANIZATION": ("Requested by {V:hha}.", "Mobile imaging provider: {V:mobile}", "Prior films from {V:hosp}."),
}
_FORM_EXTRAS: dict[str, tuple[str, ...]] = {
    "PHONE": ("Alt. phone ........ {V}", "| Caregiver phone | {V} |", "Phone (cell):{V}"),
    "FAX": ("Return fax ........ {V}", "| Fax back | {V} |"),
    "PAGER": ("Physician pager ... {V}", "| Pager | {V} |"),
    "EMAIL": ("E-mail ............ {V}", "| Email | {V} |", "Contact email:{V}"),
    "URL": ("Portal ............ {V:portal}", "| Tracking | {V:track} |"),
    "IP_ADDRESS": ("Device hub IP ..... {V}", "| RPM gateway IP | {V} |"),
    "SSN": ("SSN ............... {V}", "| Soc Sec | {V} |", "SS No:{V}"),
    "MRN": ("Agency MR# ........ {V}", "| MRN | {V} |"),
    "ACCOUNT": ("Account # ......... {V}", "| Order no. | {V:order} |", "Claim #: {V:claim}"),
    "HEALTH_PLAN": ("Member ID ......... {V:member}", "| MBI | {V:mbi} |", "Medicaid:{V:medicaid}"),
    "LICENSE": ("Physician NPI ..... {V:npi}", "| DEA | {V:dea} |", "ID on file: DL {V:dl}"),
    "ZIP": ("ZIP ............... {V}", "| Zip | {V} |"),
    "STREET_ADDRESS": ("Street ............ {V}", "| Address line 1 | {V} |"),
    "DATE_REAL_YEAR": ("Birth date ........ {V:dob}", "| Signed | {V:recent} |",
                       "Date of death (if applicable): {V:death}"),
    "AGE_OVER_89": ("Age ............... {V}", "| Age | {V} |"),
    "DEVICE_ID": ("Serial # .......... {V}", "| Serial | {V:conc} |"),
    "VEHICLE_ID": ("Delivery vehicle .. {V:plate}", "| Van VIN | {V:vin} |"),
    "PERSON": ("Contact person .... {V}", "| Caregiver | {V} |", "Completed by: {V:clin}"),
    "LOCATION": ("City .............. {V}", "| Town | {V} |"),
    "ORGANIZATION": ("Referring facility  {V:hosp}", "| Supplier | {V:dme} |", "| Agency | {V:hha} |"),
}
_FORM_KINDS = ("hh_referral_intake", "oasis_soc", "poc_certification", "dme_oxygen_order", "dme_delivery_ticket",
               "infusion_pump_rental")

_SNIPPET_LEADS = ("", "", "", "Addendum: ", "NB: ", "** ", "Also: ", "Per intake -- ", "(late entry) ")

# --------------------------------------------------------------------------------------------------
# Filler (no plants) used to reach the minimum length
# --------------------------------------------------------------------------------------------------

_FILLER_DS = (
    "Teaching:\nReviewed oxygen safety (no smoking or open flame within 10 ft, no petroleum products on the face), "
    "tubing trip hazards and how to switch to the backup E cylinder with the {L:o2} regulator. Pt and caregiver "
    "verbalized understanding and return-demonstrated the cylinder change. Written O2 safety sheet left on the "
    "refrigerator next to the supplier's sticker.\n",
    "Medication reconciliation:\nCompleted against the hospital discharge list and the bottles in the home. "
    "{L:drug} and {L:dose} confirmed in the weekly pillbox. Old bottles of {L:drug} (discontinued) removed with "
    "pt's permission and placed in a bag for the pharmacy take-back. Discrepancy: {L:dose} listed twice; "
    "clarified with the prescriber's office, message left with ___.\n",
    "Homebound status:\nLeaving home requires a considerable and taxing effort and the assistance of a device "
    "({L:walk}) and of another person; dyspnea on exertion after 15 ft. Absences are infrequent and for medical "
    "care, adult day health or religious services only. {L:score}.\n",
    "Fall risk:\n{L:score}; {L:score}; history of 2 falls in the past 6 months, one with injury. Throw rugs "
    "removed, night lights placed in the hall and bathroom, grab bar recommended by the tub; {L:mob} at "
    "bedside. {L:scale} reviewed with caregiver.\n",
    "Integumentary:\n{L:scale} reviewed, {L:score}; sacral area blanchable, heels floated on a pillow, barrier "
    "cream applied to the perineum. Left heel with an intact 1 cm fluid-filled blister, offloaded; "
    "{L:wound} applied. Skin tears on both forearms from the [[Hoyer lift]] sling.\n",
    "Cardiopulmonary:\nEducation on heart failure zones given; daily weights on the telemonitoring scale before "
    "breakfast, call for a gain of 2 lb overnight or 5 lb in a week. Low-sodium diet reviewed with the daughter "
    "who cooks. Lung sounds with fine crackles at the bases, 1+ pitting edema to mid-shin, {L:score}.\n",
    "Supplies:\nLeft in the home: {L:wound} x10, {L:wound} x5, normal saline, gloves, tape, {L:line} flushes x14, "
    "alcohol pads, sharps container. Supply order for next week placed with the vendor ({L:hcpcs}).\n",
    "Equipment check:\n{L:o2} running at 2 L/min, {L:hours}, inlet filter cleaned, humidifier bottle not in use, "
    "purity indicator green. Portable unit battery holds ~3 h. Backup E cylinders x4 stored upright in the "
    "closet away from the radiator. Tubing 50 ft -- trip hazard discussed, advised 25 ft.\n",
    "Nutrition:\nAppetite fair; eats 50% of meals. Meals on Wheels 5 days/week. {L:supp} supplement BID. "
    "Weight trend reviewed; albumin 3.1 on the last hospital labs. Dentures fit poorly. Referred to dietitian "
    "per MNA screen.\n",
    "Psychosocial:\nLives with {C:spouse|daughter|son|a paid caregiver}; caregiver stress noted. Pt attends "
    "church when able. Alert and oriented x3, {L:score}. Advance directive: DNR/DNI, MOLST in the home on the "
    "refrigerator. Emigrated from {L:country} {L:year}; interpreter not needed.\n",
    "Diabetes management:\nFingerstick log reviewed: fasting 112-188. Insulin pen technique observed, correct "
    "priming. Hypoglycemia plan reviewed; glucose tabs at bedside. {L:dose}. Foot check: no open areas, "
    "[[Charcot foot]] changes on the left.\n",
    "Pain:\n{C:2|3|4|5}/10 at rest, 6/10 with transfers; managed with acetaminophen and ice. Pt declines opioids. "
    "Non-pharmacologic measures reviewed (positioning, heat, distraction).\n",
    "Emergency plan:\nPt and family know to call 911 for chest pain or severe shortness of breath and the agency "
    "for other changes. Other resources: {L:hotline}; fall prevention at {L:gov}. Power company notified that "
    "oxygen equipment is in use (medical priority).\n",
    "Infection control:\nHand hygiene taught; PICC dressing intact, dated, no redness or drainage at site, arm "
    "circumference unchanged. {L:line} caps changed weekly. Pt showers with a protective sleeve.\n",
    "Bowel/bladder:\nContinent of bowel, occasional urge incontinence; uses {L:cath} at night. Last BM yesterday. "
    "Senna nightly. No dysuria.\n",
    "Safety/environment:\nSmoke and CO detectors tested and working. Clutter in the hallway; son to move boxes. "
    "Space heater in bedroom -- advised against use near the concentrator. Pets: one dog, kept in the yard "
    "during visits.\n",
    "Functional status:\nAmbulates 40 ft with {L:walk} and contact guard, SOB after 20 ft. Needs assistance with "
    "bathing and lower-body dressing; independent with feeding. Transfers with minimal assist. {L:score}.\n",
)
_FILLER_RAD = (
    "The osseous structures are demineralized. Degenerative changes of the thoracic spine are again seen. "
    "Old healed left rib fractures.\n",
    "Note: limited evaluation due to patient positioning in the home (semi-upright in a recliner), rotation and "
    "body habitus. Repeat with standard PA and lateral views at an outpatient site could be considered if "
    "clinically warranted.\n",
    "ADDITIONAL FINDINGS:  No pneumothorax. The cardiomediastinal silhouette is stable in size. No {L:chest} is "
    "identified. Aortic knob calcification.\n",
    "TECHNICAL NOTE:  Portable equipment; exposure factors adjusted for the home setting. Dose within the "
    "reference range. Images transmitted to PACS via cellular uplink ({L:ver}).\n",
    "Comparison is limited because the prior studies were obtained on a different system and are available as "
    "secondary captures only.\n",
    "Soft tissues are unremarkable. Surgical clips in the right upper quadrant. Incidental degenerative change "
    "of both shoulders.\n",
    "CLINICAL INFORMATION (from requisition):  Homebound patient followed by home health nursing; mobile exam "
    "requested by the PCP. Medications include {L:drug} and {L:drug}. {L:score}.\n",
    "RECOMMENDATION(S):  Clinical correlation. If symptoms persist, consider follow-up imaging in 4-6 weeks. "
    "Pulmonary nodules, if any, per [[Fleischner criteria]].\n",
    "NOTIFICATION:  The findings were entered in the critical-results log. The ordering provider's office was "
    "informed through the standard communication pathway ({L:dept}).\n",
    "DEVICES/LINES:  Nasal cannula. {C:No central line.|Right PICC terminating in the SVC.|Left chest wall "
    "port, catheter tip at the cavoatrial junction.} {C:No|An} external monitoring lead projects over the chest.\n",
    "Exam performed with the patient's home oxygen at {C:2|3|4} L/min via {L:o2}. Patient tolerated the exam; "
    "caregiver present "
    "and assisted with positioning. Lead apron provided to caregiver.\n",
    "Quality note: motion artifact on one image; repeated once. Total images 3. Patient radiation dose "
    "recorded (DAP within reference).\n",
)

_HEAVY_BLOCK = (
    "CONTACTS / CARE TEAM (as of {SD})\n"
    "Patient: ___          DOB: ___          MRN: ___\n"
    "Address: ___, ___, {L:state} ___          Phone: ___\n"
    "Emergency contact: ___ (___)          Phone: ___          Alt: ___\n"
    "PCP: Dr. ___, ___          Phone: ___          Fax: ___\n"
    "Agency: ___          Case manager: ___, RN          On-call: ___\n"
    "DME supplier: ___          Account: ___          Tech: ___\n"
    "Payer: Medicare Part A          MBI: ___          Secondary: ___\n"
)

# --------------------------------------------------------------------------------------------------
# Document kinds: each returns (template, required) sections
# --------------------------------------------------------------------------------------------------

_Sections = list[tuple[str, bool]]

_DS_HEAD = (
    "Name:  {P:PERSON:lastfirst}                  Unit No:   {P:MRN}\n\n"
    "Admission Date:  ___              Discharge Date:   ___\n\n"
    "Date of Birth:  {P:DATE_REAL_YEAR:dob}             Sex:   {C:F|M}\n\n"
    "Service: <SERVICE>\n\n"
    "Allergies:\n{C:Patient recorded as having No Known Allergies to Drugs|Penicillins|Sulfa (Sulfonamide "
    "Antibiotics)|Codeine / latex|iodinated contrast}\n\n"
    "Attending: {P:PERSON:clin}.\n"
)


def _k_ds_home(c: _Ctx) -> _Sections:
    r = c.rng
    head = _DS_HEAD.replace("<SERVICE>", r.choice(["MEDICINE", "CARDIOLOGY", "PULMONARY", "ORTHOPAEDICS",
                                                   "SURGERY", "GERIATRICS"]))
    hpi = r.choice([
        "History of Present Illness:\n{P:AGE_OVER_89} year old {C:woman|man} with COPD on 2L home O2 "
        "({L:o2}), HFpEF and {L:dx} who presents from home after her VNA nurse found SpO2 84% on her usual "
        "flow. Lives {C:alone|with her son|with her husband} in {P:LOCATION}; receives {L:drug} and {L:drug}.\n",
        "History of Present Illness:\nMr. ___ is a {P:AGE_OVER_89} y/o man with diabetic foot osteomyelitis "
        "([[Wagner grade]] 3, {L:icd}) admitted for IV antibiotics; ID recommends {L:dose} via PICC for 6 weeks "
        "through a home "
        "infusion pharmacy. Daughter {P:PERSON} will learn the {L:pump}.\n",
        "History of Present Illness:\n___ yo F ({L:age} per son, ___ per chart) with {L:dx} and recurrent falls "
        "found on the floor by her neighbor {P:PERSON}; s/p hemiarthroplasty. PT recommends home with services, "
        "a {L:walk} and 24h supervision.\n",
    ])
    course = (
        "Brief Hospital Course:\nTreated with {L:dose} and {L:dose}. Ambulatory desaturation study on {SD}: "
        "{L:score}, qualifying for home oxygen. Case management arranged services; face-to-face encounter "
        "documented {P:DATE_REAL_YEAR:recent} by Dr. {P:PERSON:clin}.\n"
    )
    dispo = r.choice([
        "Discharge Disposition:\nHome With Service\n\nFacility:\n{P:ORGANIZATION:hha}\n",
        "Discharge Disposition:\nHome With Service\n\nFacility:\n___ ({P:LOCATION} branch)\n",
    ])
    dme = r.choice([
        "DME arranged:\n- Oxygen concentrator {L:hcpcs}, portable {L:o2}, 2 L/min continuous, via "
        "{P:ORGANIZATION:dme} (delivered to bedside {SD}, {C:SN|serial} {P:DEVICE_ID:conc})\n"
        "- Semi-electric hospital bed {L:hcpcs}, {L:mob}\n- Supplier phone {P:PHONE}, order {P:ACCOUNT:order}\n",
        "DME / supplies:\n  rolling walker ({L:hcpcs})     3-in-1 commode     {L:mob}\n"
        "  Vendor: {P:ORGANIZATION:dme}     Fax {P:FAX}\n",
        "Home infusion: {P:ORGANIZATION:infusion}; first dose given in house {SD}; pump {L:pump} "
        "SN {P:DEVICE_ID:pump}; {L:line} flush per protocol.\n",
    ])
    meds = (
        "Discharge Medications:\n1. {L:dose}\n2. {L:dose}\n3. {L:drug} 1 inh daily\n4. {L:dose}\n"
        "5. Acetaminophen 650 mg PO q6h PRN pain\n"
    )
    social = (
        "Social History:\n{C:Former|Retired} {C:machinist|nurse's aide|bus driver|bookkeeper} at "
        "{P:ORGANIZATION:employer}, retired {L:year}. Quit smoking {L:year}. Emigrated from {L:country}. "
        "HCP is {C:daughter|son|nephew} {P:PERSON}.\n"
    )
    follow = r.choice([
        "Followup Instructions:\nPCP Dr. {P:PERSON:clin} at {P:ORGANIZATION:practice}, phone {P:PHONE}, "
        "within 7 days. VNA to call {P:PHONE} to schedule the start of care.\n",
        "Followup Instructions:\n___\nHome health RN to draw weekly CBC/BMP; fax results to ID clinic "
        "{P:FAX}; questions to the on-call fellow, pager {P:PAGER}.\n",
    ])
    instr = (
        "Discharge Instructions:\nYou are going home with visiting nurse services and home oxygen. Do not smoke. "
        "Call {L:hotline} with coverage questions or visit {L:gov}.\n"
    )
    return [(head, True), ("Chief Complaint:\n{C:dyspnea|fall at home|cellulitis of LLE|fever, PICC site "
                           "erythema|weakness, poor PO intake}\n\n" + hpi, True),
            ("Past Medical History:\n{L:icd} COPD\n{L:icd} CHF\n{L:dx}\nOA, s/p R TKA {L:year}\n", False),
            (social, False), (course, True), (meds, False), (dispo, True), (dme, True), (instr, False),
            (follow, False)]


def _k_referral(c: _Ctx) -> _Sections:
    r = c.rng
    head = r.choice([
        "HOME HEALTH REFERRAL -- received {SDT} via fax from {P:ORGANIZATION:hosp} {L:dept}\n"
        "Fax header: FROM {P:FAX}  {P:DATE_REAL_YEAR:recent} {T}  P.1/7\n",
        "*** INTAKE FACE SHEET ***   Branch: ___   Referral #: ___   Rec'd: {SD}\n"
        "Referral source: {P:PERSON}, RN CM @ {P:ORGANIZATION:hosp}  ph {P:PHONE}\n",
    ])
    demo = r.choice([
        "| Field            | Value |\n|------------------|-------|\n| Patient          | {P:PERSON:lastfirst} |\n"
        "| DOB              | {P:DATE_REAL_YEAR:dob} |\n| Address          | {P:STREET_ADDRESS} |\n"
        "| City/State/ZIP   | {P:LOCATION}, {L:state} {P:ZIP} |\n| Phone            | {P:PHONE} |\n"
        "| SSN              | {P:SSN} |\n| Language         | {C:English|Portuguese|Haitian Creole|Spanish} |\n",
        "Pt name: {P:PERSON}      DOB: {P:DATE_REAL_YEAR:dob}      Sex: {C:F|M}\n"
        "Addr: {P:STREET_ADDRESS}\n      {P:LOCATION} {L:state}  {P:ZIP}\n"
        "Home #: {P:PHONE}    Cell: ___\nEmergency contact: {P:PERSON} ({C:dtr|son|wife|friend}) {P:PHONE}\n",
    ])
    payer = r.choice([
        "Primary insurance: Medicare Part A   MBI {P:HEALTH_PLAN:mbi}\nSecondary: MassHealth   ID "
        "{P:HEALTH_PLAN:medicaid}\nEmployer retiree plan {L:group} (not billed)\n",
        "PAYER\n  1) Medicare A  ---  {P:HEALTH_PLAN:mbi}\n  2) Medigap, subscriber # {P:HEALTH_PLAN:member}, "
        "{L:group}\n  Auth #: ___ (not required)\n",
    ])
    services = (
        "Services requested: SN, PT, OT, HHA {C:2x/wk|3x/wk}, MSW eval\n"
        "Primary dx: {L:icd}   Secondary: {L:icd}, {L:icd}\n"
        "Homebound reason: {C:SOB with minimal exertion|requires walker and assist of 1|post-op weight-bearing "
        "restrictions}; {L:score}\n"
        "Face-to-face: {P:DATE_REAL_YEAR:recent} by Dr. {P:PERSON:clin} (NPI {P:LICENSE:npi})\n"
    )
    meds = "Meds per referral: {L:dose}; {L:dose}; {L:drug}; {L:drug}. Allergies: ___\n"
    dme = (
        "DME in home: {L:o2} ({C:owned|rented} from {P:ORGANIZATION:dme}), {L:mob}, shower chair.\n"
        "Needs: {L:hcpcs} -- order pending signature.\n"
    )
    pcp = (
        "PCP: Dr. {P:PERSON:clin}, {P:ORGANIZATION:practice}\n  tel {P:PHONE}   fax {P:FAX}\n"
        "Agency NPI: ___   CCN: ___\n"
    )
    notes = (
        "Intake notes: pt lives in {P:LOCATION} with {C:daughter|son|spouse}; 2 cats; smoker in the home "
        "(son) -- O2 safety teaching flagged. Key in lockbox, code ___. Prefers AM visits.\n"
    )
    return [(head, True), (demo, True), (payer, True), (services, True), (meds, False), (dme, False),
            (pcp, False), (notes, False)]


def _k_sn_visit(c: _Ctx) -> _Sections:
    r = c.rng
    head = r.choice([
        "SKILLED NURSING VISIT  {SD}   Time in {T}  Time out {T}   Visit #{C:3|4|7|9|12} of ___\n"
        "Patient: {P:PERSON:lastfirst}   MR#: {P:MRN}   Visit ID: {P:ACCOUNT:enc}\n",
        "SN Revisit Note -- {P:ORGANIZATION:hha}\nPt: ___ ({P:AGE_OVER_89}F)   Episode {SD} - {SD}\n",
    ])
    vitals = (
        "VS: T 98.{C:1|4|6|9} F  HR {C:72|84|96|104}  BP {C:118/64|142/80|98/56} ([[Korotkoff sounds]] faint)  RR "
        "{C:16|18|22}  "
        "{L:score}\nWt {C:61.2|74.8|88.0} kg ({C:down|up} {C:0.4|1.1|2.0} kg since last visit)\n"
    )
    assess = r.choice([
        "Resp: diminished bases, no accessory muscle use. Uses {L:o2} at 2 L continuous; portable tanks x{C:3|4|6} "
        "E cylinders, reorder called in to {P:ORGANIZATION:dme} at {P:PHONE}.\n",
        "Wound: [[Jackson-Pratt drain]] site healed. Sacral stage 3 pressure injury 3.1 x 2.4 x 0.6 cm, "
        "[[Braden scale]] score reviewed; cleansed with "
        "{L:wound}, {L:wound} applied, covered with {L:wound}. Photos uploaded.\n",
        "PICC R basilic, ext length 1 cm, dressing + {L:line} changed, {L:line} flush x2. Infusing {L:dose} "
        "via {L:pump} (rental SN {P:DEVICE_ID:pump}); pump alarms reviewed.\n",
    ])
    labs = (
        "Labs: venipuncture L AC, 2 tubes, requisition {P:ACCOUNT:spec}, dropped at {P:ORGANIZATION:hosp} lab; "
        "results to Dr. {P:PERSON:clin} fax {P:FAX}.\n"
    )
    teach = (
        "Teaching: {C:CHF zones|insulin pen technique|oxygen safety|anticoagulation|fall prevention}; "
        "caregiver {P:PERSON:first} return-demonstrated. {L:age} spouse also present. {L:score}.\n"
    )
    coord = (
        "Coordination: called PCP office {P:PHONE} re: {L:dose}; message left with ___. Updated case manager "
        "{P:PERSON}, RN. Next SN visit {SD}.\n"
    )
    sign = r.choice([
        "Electronically signed: {P:PERSON:clin}, RN  {SDT}\n",
        "{P:PERSON:clin}, BSN, RN (lic {P:LICENSE:rn})\n{SDT}\n",
        "Signed ___, RN  -- {SD}\n",
    ])
    return [(head, True), (vitals, True), (assess, True), (labs, False), (teach, False), (coord, False),
            ("Plan: continue SN 2w3, 1w4; PT per eval. {L:hcpcs} reorder not due. Next supply shipment "
             "{SD}.\n", False), (sign, True)]


def _k_oasis(c: _Ctx) -> _Sections:
    r = c.rng
    ident = (
        "OASIS-E START OF CARE (RFA 1) -- {P:ORGANIZATION:hha}\n"
        "M0010 CMS Certification Number: ___        M0014 Branch State: {L:state}        M0016 Branch ID: ___\n"
        "M0018 National Provider Identifier (attending physician): {P:LICENSE:npi}\n"
        "M0020 Patient ID Number: {P:MRN}\nM0030 Start of Care Date: {SD}\n"
        "M0040 Patient Name: {P:PERSON}\nM0050 Patient State of Residence: {L:state}\n"
        "M0060 Patient ZIP Code: {P:ZIP}\n"
    )
    ident2 = (
        "M0063 Medicare Number: {P:HEALTH_PLAN:mbi}\nM0064 Social Security Number: {P:SSN}\n"
        "M0065 Medicaid Number: {P:HEALTH_PLAN:medicaid}\nM0066 Birth Date: {P:DATE_REAL_YEAR:dob}\n"
        "M0069 Gender: {C:1 - Male|2 - Female}\nM0080 Discipline of person completing assessment: 1 - RN\n"
        "M0090 Date assessment completed: {SD}\nM0102 Date of physician-ordered SOC: ___\n"
    )
    clinical = (
        "M1000 Inpatient facility discharged from in the past 14 days: {P:ORGANIZATION:hosp}\n"
        "M1021 Primary diagnosis: {L:icd}   M1023 Other: {L:icd}, {L:icd}\n"
        "M1033 Risk for hospitalization: 1, 2, 7 (multiple hospitalizations, history of falls)\n"
        "M1242 Frequency of pain: 3   {L:score}\n"
    )
    func = (
        "GG0130A Eating: 05   GG0130B Oral hygiene: 04   GG0170C Lying to sitting: 03\n"
        "M1800 Grooming: 1   M1810 Upper body dressing: 1   M1860 Ambulation: 3 ({L:walk})\n"
        "C0500 BIMS summary: {C:9|11|13|15}   D0150 PHQ-2 to 9: {C:0|2|3}\n"
        "{L:scale} reviewed; {L:score}\n"
    )
    equipment = (
        "Equipment/supplies in home (from intake): {L:o2} via {P:ORGANIZATION:dme}; {L:mob}; glucometer; "
        "{L:pump}. Payment: PDGM, {L:hipps}.\n"
    )
    narrative = r.choice([
        "Narrative: Pt is a {P:AGE_OVER_89} year old {C:widow|widower} living in {P:LOCATION}; niece "
        "{P:PERSON} checks in daily ({P:PHONE}). Home cluttered, 14 steps to bedroom; stairlift requested.\n",
        "Narrative: ___ lives with spouse ({L:age}). Son {P:PERSON} (HCP) lives in {P:LOCATION}, cell "
        "{P:PHONE}. Telemonitoring hub installed, IP {P:IP_ADDRESS}, hub SN {P:DEVICE_ID}.\n",
    ])
    sign = "Assessing clinician: {P:PERSON:clin}, RN   Date: {SD}   Signature on file\n"
    return [(ident, True), (ident2, True), (clinical, False), (func, True), (equipment, False), (narrative, True),
            (sign, True)]


def _k_poc(c: _Ctx) -> _Sections:
    top = (
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE\n"
        "1. Patient's HI Claim No. {P:HEALTH_PLAN:mbi}   2. SOC Date {SD}   3. Certification Period {CP}\n4. "
        "Medical Record No. {P:MRN}   5. Provider No. ___\n"
    )
    box6 = c.rng.choice([
        "6. Patient's Name and Address:\n   {P:PERSON:lastfirst}\n   {P:STREET_ADDRESS}\n   {P:LOCATION}, "
        "{L:state} {P:ZIP}\n",
        "6. Patient's Name and Address: {P:PERSON} / {P:STREET_ADDRESS} / ___, {L:state} {P:ZIP}\n",
    ])
    box7 = (
        "7. Provider's Name, Address and Telephone Number:\n   {P:ORGANIZATION:hha}\n   ___\n   Tel {P:PHONE}   "
        "Fax {P:FAX}\n8. Date of Birth {P:DATE_REAL_YEAR:dob}   9. Sex {C:F|M}\n"
    )
    meds = "10. Medications: {L:dose}; {L:dose}; {L:drug}; {L:ndc} (vial)\n"
    dx = "11. ICD Principal Dx {L:icd}   12. Surgical Procedure ___   13. Other Pertinent Dx {L:icd} {L:icd}\n"
    dme = (
        "14. DME and Supplies: {L:o2} concentrator {L:hcpcs}, {L:mob}, {L:wound}, {L:pump} (rental, SN "
        "{P:DEVICE_ID:pump})\n15. Safety Measures: O2 precautions, fall precautions ({L:scale})\n"
        "16. Nutritional Req. {C:2 g Na|NCS|carb-controlled}   17. Allergies ___\n"
    )
    func = "18.A Functional Limitations: 5 6 7 B   18.B Activities Permitted: walker, up as tolerated\n" \
           "19. Mental Status: oriented   20. Prognosis: fair\n"
    orders = (
        "21. Orders for Discipline and Treatments:\nSN 1w1, 2w4 for cardiopulmonary assessment, med teaching, "
        "O2 safety; notify MD for SpO2 < 88% on prescribed flow, weight gain > 3 lb.\n"
        "PT 2w3 for gait, {L:score}. HHA 3w4. Draw INR weekly, call results to {P:PHONE} or pager {P:PAGER}.\n"
        "22. Goals/Rehabilitation Potential/Discharge Plans: pt will remain at home with {C:daughter|husband}.\n"
    )
    sig = c.rng.choice([
        "23. Nurse's Signature and Date of Verbal SOC: {P:PERSON:clin}, RN  {SD}\n"
        "24. Physician's Name and Address: Dr. {P:PERSON:clin}, {P:ORGANIZATION:practice}, NPI {P:LICENSE:npi}\n"
        "25. Date HHA Received Signed POT: {P:DATE_REAL_YEAR:recent}\n",
        "23. ___, RN  {SD}\n24. {P:PERSON:clin}, MD  (lic. {P:LICENSE:md})  {P:ORGANIZATION:practice}\n"
        "25. Date HHA Received Signed POT: ___\n",
    ])
    attest = (
        "27. Attending Physician's Signature and Date Signed: ___  {P:DATE_REAL_YEAR:recent}\n"
        "I certify that this patient is confined to his/her home and needs intermittent skilled nursing care.\n"
    )
    return [(top, True), (box6, True), (box7, True), (meds, False), (dx, False), (dme, True), (func, False),
            (orders, True), (sig, True), (attest, False)]


def _k_dme_order(c: _Ctx) -> _Sections:
    r = c.rng
    head = r.choice([
        "DETAILED WRITTEN ORDER -- HOME OXYGEN\nSupplier: {P:ORGANIZATION:dme}   Phone {P:PHONE}   Fax {P:FAX}\n"
        "Supplier No.: ___   Order #: {P:ACCOUNT:order}   Order date: {SD}\n",
        "CERTIFICATE OF MEDICAL NECESSITY (oxygen) -- initial\nSECTION A\nCert type: initial   "
        "HCPCS: {L:hcpcs}, {L:hcpcs}\nPatient: {P:PERSON:lastfirst}   HICN/MBI: {P:HEALTH_PLAN:mbi}\n",
    ])
    pt = (
        "Beneficiary: {P:PERSON}\nDOB {P:DATE_REAL_YEAR:dob}   Phone {P:PHONE}\nDelivery address: "
        "{P:STREET_ADDRESS}, {P:LOCATION} {L:state} {P:ZIP}\n"
    )
    item = r.choice([
        "Items ordered:\n  {L:hcpcs}  stationary concentrator ({L:o2}, {L:model})\n  {L:hcpcs}  portable "
        "gaseous O2, E cylinders x6, {L:ref}\n  Flow 2 L/min continuous, rest/exertion/sleep; length of need 99 "
        "months\n",
        "ITEM  |  HCPCS  |  QTY  |  DESCRIPTION\n1     |  {L:hcpcs} |  1  |  concentrator, {L:o2}\n"
        "2     |  {L:hcpcs} |  1  |  portable POC, {L:o2}\n3     |  A4615 |  4  |  cannula, {L:o2}\n",
    ])
    qual = (
        "Qualifying test: {L:score} on room air at rest, obtained {SD} (within 2 days of discharge) at "
        "{P:ORGANIZATION:hosp}; test performed by {P:PERSON}, RRT. Dx {L:icd}, {L:icd}.\n"
    )
    md = r.choice([
        "Ordering practitioner: {P:PERSON:clin}, MD   NPI {P:LICENSE:npi}\nSignature: ___   Date: "
        "{P:DATE_REAL_YEAR:recent}\n",
        "Prescriber: Dr. {P:PERSON:clin} ({P:ORGANIZATION:practice})  NPI: {P:LICENSE:npi}  tel {P:PHONE}\n"
        "Signed {P:DATE_REAL_YEAR:recent}\n",
    ])
    cover = (
        "Please sign and fax back to {P:FAX}. Questions: customer service {P:PHONE}. Medicare coverage "
        "criteria: see {L:gov}.\n"
    )
    notes = (
        "Supplier notes: delivery scheduled {SD}; pt in {P:LOCATION}; requests {L:o2} for travel to [[Florida]] "
        "in winter.\n"
    )
    return [(head, True), (pt, True), (item, True), (qual, False), (md, True), (cover, False), (notes, False)]


def _k_delivery(c: _Ctx) -> _Sections:
    r = c.rng
    head = (
        "{P:ORGANIZATION:dme}\nDELIVERY TICKET / SET-UP RECORD      Ticket/SO #: {P:ACCOUNT:order}\n"
        "Delivery date: {SD}   Route {C:3|7|12|N2}   Tech: {P:PERSON}\n"
    )
    ship = r.choice([
        "Ship to: {P:PERSON:lastfirst}\n         {P:STREET_ADDRESS}\n         {P:LOCATION}, {L:state} {P:ZIP}\n"
        "Phone:   {P:PHONE}\n",
        "DELIVER TO ......... {P:PERSON}\nADDRESS ............ {P:STREET_ADDRESS}\nTOWN/ZIP ........... "
        "{P:LOCATION} / {P:ZIP}\nCONTACT ............ {P:PHONE} ({C:dtr|son|pt})\n",
    ])
    items = r.choice([
        "QTY | ITEM                        | HCPCS  | SERIAL          | LOT\n"
        "1   | O2 concentrator {L:o2}  | {L:hcpcs} | {P:DEVICE_ID:conc} | --\n"
        "4   | E cylinder + regulator      | {L:hcpcs} | --              | {L:lot}\n"
        "2   | 7 ft cannula, 25 ft tubing  | A4615  | --              | {L:lot}\n",
        "Equipment set up:\n- Concentrator {L:o2}, {L:model}, {C:SN|S/N|serial} {P:DEVICE_ID:conc}, {L:hours}\n"
        "- Hospital bed {L:hcpcs}, {C:SN|serial no.} {P:DEVICE_ID}, {L:ref}\n- {L:mob}, {L:lot}, {L:exp}\n",
    ])
    checks = (
        "Safety checklist: [x] smoke detectors working  [x] no smoking signs posted  [x] backup cylinders stored "
        "upright  [ ] fire extinguisher  -- pt's {C:husband|son} smokes on porch; counselled.\n"
        "Flow verified 2 L/min with flowmeter; O2 purity 94% ({L:ver}).\n"
    )
    sign = r.choice([
        "Received by: ___ ({C:self|daughter|son|wife})   ID checked: MA DL {P:LICENSE:dl}\n"
        "Recipient signature on file. Truck plate {P:VEHICLE_ID:plate}.\n",
        "Rec'd by {P:PERSON} ({C:daughter|neighbor}) -- signature captured on tablet {SDT}\n"
        "Vehicle: van {C:14|22|31}, VIN {P:VEHICLE_ID:vin}\n",
    ])
    billing = (
        "Billing: Medicare Part B rental, {P:HEALTH_PLAN:mbi}; {L:group}; capped rental month 1 of 36. "
        "Rental acct {P:ACCOUNT}.\nCustomer service {P:PHONE} -- 24/7 emergency line on concentrator sticker.\n"
    )
    return [(head, True), (ship, True), (items, True), (checks, False), (sign, True), (billing, False),
            ("Notes: pt educated on {L:o2} alarms; hotline card left ({L:hotline}). Next PM check "
             "{SD}.\n", False)]


def _k_infusion(c: _Ctx) -> _Sections:
    r = c.rng
    head = r.choice([
        "HOME INFUSION REFERRAL / INTAKE -- {P:ORGANIZATION:infusion}\nReferral rec'd {SDT} from "
        "{P:ORGANIZATION:hosp}, liaison {P:PERSON}\n",
        "Infusion Pharmacy Admission Note\nPharmacist: {P:PERSON:clin}, PharmD   Phone {P:PHONE}   "
        "Fax {P:FAX}\n",
    ])
    rx = (
        "Rx: {L:dose} via {C:R|L} arm double-lumen {L:line}, start {SD}, stop {SD}\n"
        "Prescriber: Dr. {P:PERSON:clin}  NPI {P:LICENSE:npi}  DEA {P:LICENSE:dea}\n"
        "Drug: {L:drug} {L:ndc}, {L:lot}, {L:exp}\n"
    )
    pump = r.choice([
        "PUMP RENTAL AGREEMENT\nDevice: {L:pump} ambulatory pump ({L:hcpcs}) serial {P:DEVICE_ID:pump}\n"
        "Rental account {P:ACCOUNT} -- pt responsible for loss or damage; return within 7 days of therapy end.\n",
        "Pump: {L:pump}, {C:SN|sn#|S/N} {P:DEVICE_ID:pump}, {L:ver}, reservoir 100 mL, rate 4.2 mL/h\n"
        "Backup pump: ___   Order #{P:ACCOUNT:order}\n",
    ])
    labs = (
        "Lab monitoring: weekly CBC w/diff, BMP, ESR/CRP, vanc trough Mondays by HH RN ({P:ORGANIZATION:hha}); "
        "requisition {P:ACCOUNT:spec}. Results to ID clinic fax {P:FAX}; critical values page {P:PAGER}.\n"
    )
    ins = (
        "Insurance: {C:Medicare Part D|commercial|MassHealth}; member {P:HEALTH_PLAN:member}; {L:group}. "
        "Prior auth: ___ (approved for 42 days).\n"
    )
    pt = (
        "Patient {P:PERSON}, {P:AGE_OVER_89} y/o, home {P:STREET_ADDRESS}, {P:LOCATION}; caregiver phone "
        "{P:PHONE}. Delivery of first 7 days of supplies to the home {SD}.\n"
    )
    return [(head, True), (rx, True), (pump, True), (labs, False), (ins, False), (pt, True),
            ("Teaching: SASH flush sequence, {L:line} care, {L:score}; emergency plan: call pharmacy 24h line, "
             "or 911.\n", False)]


def _k_therapy(c: _Ctx) -> _Sections:
    r = c.rng
    head = r.choice([
        "HOME PHYSICAL THERAPY EVALUATION -- {P:ORGANIZATION:hha}\nDate {SD}   Pt: {P:PERSON}   MRN {P:MRN}\n",
        "OT Home Safety Eval {SD}\nPt ___, {P:AGE_OVER_89} yo, referred by Dr. {P:PERSON:clin}\n",
    ])
    home = (
        "Home layout: {C:2-family|single-family|3rd-floor apartment|ranch} in {P:LOCATION}; {C:14|8|3|22} steps "
        "to enter, one rail. Bedroom {C:upstairs|on 1st floor}. Tub/shower combo, no grab bars.\n"
    )
    tests = (
        "Objective: {L:score}; {L:score}; {L:score}. {L:sign} negative. Gait with {L:walk}: decreased step "
        "length, shuffling turns.\n"
    )
    dme = r.choice([
        "DME recommended: {L:walk}, tub transfer bench, raised toilet seat; order faxed to {P:ORGANIZATION:dme} "
        "({P:FAX}), order #{P:ACCOUNT:order}.\n",
        "DME recommended: {L:hcpcs} wheelchair with [[ROHO cushion]]; seating clinic at {P:ORGANIZATION:hosp}; "
        "wheelchair van VIN {P:VEHICLE_ID:vin} checked for tie-downs.\n",
    ])
    plan = (
        "Plan: PT 2w4 -- gait, transfers, HEP; [[Epley maneuver]] for BPPV; caregiver training with {P:PERSON:first}.\n"
    )
    sign = r.choice([
        "{P:PERSON:clin}, PT, DPT   lic {P:LICENSE:pt}\n",
        "Therapist: {P:PERSON:clin}, OTR/L   Date {SD}\n",
    ])
    return [(head, True), (home, True), (tests, True), (dme, True), (plan, False), (sign, True)]


def _k_coord(c: _Ctx) -> _Sections:
    r = c.rng
    head = "CARE COORDINATION NOTE   {SDT}   Author: {P:PERSON:clin}, RN, Clinical Manager\n"
    body = r.choice([
        "Call from daughter {P:PERSON} ({P:PHONE}): O2 concentrator alarming since {T}, pt on backup cylinder. "
        "Called {P:ORGANIZATION:dme} service line {P:PHONE}; tech dispatched, ETA 2 h. Concentrator {L:o2} SN "
        "{P:DEVICE_ID:conc} to be swapped.\n",
        "E-mail from son {P:EMAIL} asking for visit times; replied with schedule. RPM hub offline 3 days -- "
        "last sync from {P:IP_ADDRESS}; vendor ticket opened ({L:ver}).\n",
        "Pt discharged from agency: {C:goals met|transferred to hospice|expired at home}. Hospice: "
        "{P:ORGANIZATION:hospice}. Date of death {P:DATE_REAL_YEAR:death} per family. DME pickup requested "
        "from {P:ORGANIZATION:dme}, order {P:ACCOUNT:order}.\n",
        "Telehealth visit via {P:URL:tele} -- video dropped twice. Scale readings reviewed; {L:score}. Message to "
        "Dr. {P:PERSON:clin} (pager {P:PAGER}).\n",
    ])
    more = r.choice([
        "Spoke with pharmacy {P:ORGANIZATION:pharmacy} re: {L:drug} refill; pt to pick up. Copay assistance "
        "via {L:hotline}.\n",
        "Claim {P:ACCOUNT:claim} returned: F2F note missing. Requested from {P:ORGANIZATION:hosp} HIM, fax "
        "{P:FAX}.\n",
        "Case conference: SN, PT, MSW. Pt's {C:nephew|son|grandson} {P:PERSON} will move in from {P:LOCATION}. "
        "MSW to apply for PCA hours.\n",
    ])
    tail = (
        "Plan: SN to visit {SD}; supervisory visit of HHA due {SD}. {L:oasis} and {L:oasis} to be updated at "
        "recertification. {L:hipps}.\n"
    )
    return [(head, True), (body, True), (more, True), (tail, False),
            ("Reviewed with {L:dept}; no change to frequency. Pt/family aware of {L:hotline}.\n", False)]


# -- radiology -----------------------------------------------------------------------------------------

def _rad_head(c: _Ctx, exam: str) -> str:
    return c.rng.choice([
        f"EXAMINATION:  {exam}\n\n",
        f"EXAMINATION:  {exam}\nPerformed by: {{P:ORGANIZATION:mobile}} (in-home)\n\n",
        f"{exam}\nAccession: {{P:ACCOUNT:acc}}\n\n",
    ])


def _k_rad_chest(c: _Ctx) -> _Sections:
    r = c.rng
    head = _rad_head(c, "CHEST (PORTABLE AP), MOBILE HOME VISIT")
    ind = r.choice([
        "INDICATION:  {P:AGE_OVER_89} year old woman with COPD on home O2 ({L:o2}), new fever and increased "
        "sputum.  // pneumonia?\n",
        "INDICATION:  ___ year old man, homebound, HFrEF, {L:score}, crackles per VNA RN. Eval for edema.\n",
        "INDICATION:  {L:age} patient at home, hospice, [[Cheyne-Stokes breathing]], eval effusion.\n",
    ])
    tech = (
        "TECHNIQUE:  Single portable AP upright view obtained in the patient's home by the mobile radiography "
        "service ({L:ver}). Technologist: {P:PERSON:clin}.\n"
    )
    comp = "COMPARISON:  {SD} ({P:ORGANIZATION:hosp}).\n"
    find = (
        "FINDINGS:\nLungs are hyperinflated. {C:Patchy right lower lobe opacity|Mild interstitial edema with "
        "small bilateral effusions|No focal consolidation}. {C:No|Possible} {L:chest}. Nasal cannula tubing "
        "overlies the chest. {C:Dual-chamber pacemaker|Loop recorder|No cardiac device} {C:in place|}.\n"
    )
    imp = "IMPRESSION:\n{C:Right lower lobe pneumonia.|Mild pulmonary edema.|No acute cardiopulmonary process.}\n"
    comm = r.choice([
        "Findings called to {P:PERSON}, RN at {P:ORGANIZATION:hha} ({P:PHONE}) at {T} on {SD}.\n",
        "Results faxed to ordering provider {P:FAX}; mobile unit plate {P:VEHICLE_ID:plate}, {L:dept} notified.\n",
        "Pt's device: pacemaker SN {P:DEVICE_ID}, {L:model}. Home address on order: {P:STREET_ADDRESS}.\n",
    ])
    return [(head, True), (ind, True), (tech, True), (comp, False), (find, True), (imp, True), (comm, False)]


def _k_rad_picc(c: _Ctx) -> _Sections:
    r = c.rng
    head = _rad_head(c, "PICC LINE PLACEMENT (NON-TUNNELED) WITH FLUOROSCOPY")
    ind = (
        "INDICATION:  {P:AGE_OVER_89} year old with {C:vertebral osteomyelitis|prosthetic joint infection|"
        "endocarditis} ([[Pott disease]] excluded) needs 6 weeks of IV antibiotics at home ({L:dose}); home "
        "infusion via "
        "{P:ORGANIZATION:infusion}.\n"
    )
    proc = (
        "PROCEDURE:  Right basilic vein accessed under ultrasound guidance ([[Seldinger technique]]). A 5 Fr "
        "double-lumen "
        "{L:line} catheter ({L:ref}, {L:lot}, {L:exp}) was trimmed to 42 cm and advanced with its tip at the "
        "cavoatrial junction. {L:line} dressing applied.\n"
    )
    oper = r.choice([
        "OPERATORS:  Dr. {P:PERSON:clin} (attending) and {P:PERSON:clin}, RT(R). Questions: pager {P:PAGER}.\n",
        "OPERATORS:  ___, MD. IR RN {P:PERSON:clin}.\n",
    ])
    find = (
        "FINDINGS:  Final spot image shows the catheter tip at the cavoatrial junction. No pneumothorax. "
        "Fluoro time 0.4 min, dose 2 mGy.\n"
    )
    imp = "IMPRESSION:  Successful placement of a 42 cm double-lumen PICC; ready to use.\n"
    comm = r.choice([
        "Line information card given to patient; faxed to home infusion pharmacy {P:FAX} with order "
        "{P:ACCOUNT:order}.\n",
        "Home pump {L:pump} (SN {P:DEVICE_ID:pump}) connected by infusion RN before transport home.\n",
        "Home health agency {P:ORGANIZATION:hha} informed for first dressing change {SD}.\n",
    ])
    return [(head, True), (ind, True), (proc, True), (oper, False), (find, True), (imp, True), (comm, False)]


def _k_rad_hip(c: _Ctx) -> _Sections:
    r = c.rng
    head = _rad_head(c, r.choice(["HIP 2 VIEWS LEFT, MOBILE", "PELVIS AND RIGHT HIP (PORTABLE, IN HOME)"]))
    ind = r.choice([
        "INDICATION:  {P:AGE_OVER_89} yo F fell at home per VNA (OASIS fall reported), unable to bear weight. "
        "Eval fx.\n",
        "INDICATION:  {L:age}, fall with {L:walk}, hip pain, on {L:drug}.\n",
    ])
    find = (
        "FINDINGS:  Diffuse osteopenia. {C:Nondisplaced femoral neck fracture|No acute fracture|Intertrochanteric "
        "fracture with varus angulation}. [[Shenton line]] {C:preserved|disrupted}. Severe degenerative change of the "
        "contralateral hip. Vascular calcifications.\n"
    )
    imp = r.choice(["IMPRESSION:\nAcute left femoral neck fracture, [[Garden classification]] II.\n",
                "IMPRESSION:\nNo acute fracture.\n", "IMPRESSION:\nDisplaced intertrochanteric fracture.\n"])
    comm = r.choice([
        "Discussed with {P:PERSON}, NP ({P:ORGANIZATION:practice}) by phone {P:PHONE} at {T}.\n",
        "Pt's daughter {P:PERSON} present; transported by wheelchair van (plate {P:VEHICLE_ID:plate}) to ED.\n",
        "Mobile exam requisition {P:ACCOUNT:spec}; home address {P:STREET_ADDRESS}, {P:LOCATION}.\n",
    ])
    tech = "TECHNIQUE:  AP pelvis and frog-leg lateral, portable unit, patient supine in [[Hill-Rom bed]].\n"
    return [(head, True), (ind, True), (tech, False), (find, True), (imp, True), (comm, False),
            ("COMPARISON:  None available in PACS.\n", False)]


def _k_rad_duplex(c: _Ctx) -> _Sections:
    r = c.rng
    head = _rad_head(c, "UNILAT LOWER EXT VEINS, MOBILE DUPLEX")
    ind = (
        "INDICATION:  Homebound {P:AGE_OVER_89} y/o with {C:L|R} calf swelling; [[Homans sign]] "
        "{C:negative|equivocal}; [[Wells score]] {C:1|2|3}; [[Virchow triad]] risk: immobility. "
        "Ordered by {P:PERSON:clin}, NP.\n"
    )
    tech = (
        "TECHNIQUE:  Grayscale, color and spectral [[Doppler]] with [[Valsalva]] of the deep veins, performed at "
        "the bedside at home.\n"
    )
    find = (
        "FINDINGS:  Normal compressibility of the common femoral, femoral and popliteal veins. {C:Occlusive "
        "thrombus in the peroneal veins|No intraluminal thrombus}. {C:A 3.1 cm|No} [[Baker cyst]].\n"
    )
    imp = "IMPRESSION:  {C:Acute calf DVT.|No DVT.}\n"
    comm = r.choice([
        "Preliminary result communicated to {P:ORGANIZATION:hha} RN on-call ({P:PHONE}).\n",
        "Sonographer: {P:PERSON}, RDMS. Unit {L:model}, {L:ver}. Van plate {P:VEHICLE_ID:plate}.\n",
        "Results to Dr. {P:PERSON:clin}, fax {P:FAX}; exam account {P:ACCOUNT}.\n",
    ])
    return [(head, True), (ind, True), (tech, True), (find, True), (imp, True), (comm, False),
            ("COMPARISON:  {SD}.\n", False)]


def _k_rad_gtube(c: _Ctx) -> _Sections:
    r = c.rng
    head = _rad_head(c, r.choice(["G-TUBE CHECK (FLUORO)", "GASTROSTOMY TUBE EXCHANGE"]))
    ind = (
        "INDICATION:  {P:AGE_OVER_89} year old on home enteral feeds ({L:dose} via {L:pump}; h/o "
        "[[Zenker diverticulum]]), tube dislodged; "
        "supplies from {P:ORGANIZATION:dme}.\n"
    )
    proc = (
        "PROCEDURE:  Existing tract cannulated; a 20 Fr {L:line} ({L:ref}, {L:lot}) placed and balloon inflated with "
        "5 mL sterile water. 15 mL contrast injected.\n"
    )
    find = (
        "FINDINGS:  Contrast opacifies the gastric lumen with rugal folds. No extravasation. {C:No|Small} fluid "
        "in [[Morison pouch]].\n"
    )
    imp = "IMPRESSION:  Successful exchange; tube may be used immediately.\n"
    comm = r.choice([
        "Report faxed to home health agency {P:FAX}; pt's HCP {P:PERSON} notified at {P:PHONE}.\n",
        "Enteral pump SN {P:DEVICE_ID:pump} checked with pt's supply company; HCPCS B9002.\n",
        "Performed by Dr. {P:PERSON:clin}; beeper {P:PAGER}.\n",
    ])
    return [(head, True), (ind, True), (proc, True), (find, True), (imp, True), (comm, False),
            ("COMPARISON:  {SD}.\n", False)]


def _k_rad_addendum(c: _Ctx) -> _Sections:
    r = c.rng
    exam = r.choice(["CHEST (PA AND LAT)", "CT CHEST W/O CONTRAST", "ABDOMEN (SUPINE AND ERECT)"])
    head = f"EXAMINATION:  {exam}\n\n"
    ind = "INDICATION:  Home O2 patient ({L:o2}); {C:new hypoxia|weight loss|follow-up nodule}.\n"
    find = (
        "FINDINGS:  {C:4 mm RUL nodule|Emphysema|Moderate stool burden}, stable. Tip of {L:line} in the SVC. "
        "{L:chest} not seen. Density {C:-12|34} [[Hounsfield units]].\n"
    )
    imp = "IMPRESSION:  {C:Stable.|No acute process.|No follow-up needed.}\n"
    add = r.choice([
        "ADDENDUM ({SD}):  Discussed by telephone with {P:PERSON}, RN of {P:ORGANIZATION:hha} at {T}; she will "
        "notify the PCP. Callback {P:PHONE}.\n",
        "ADDENDUM:  Prior outside study dated {P:DATE_REAL_YEAR:recent} from {P:ORGANIZATION:hosp} now "
        "reviewed; nodule stable.\n",
        "ADDENDUM:  Correction -- the patient's LVAD controller (S/N {P:DEVICE_ID}) was in the field of view; "
        "not a foreign body. Dr. {P:PERSON:clin}, pager {P:PAGER}.\n",
        "ADDENDUM:  Report e-mailed to agency intake {P:EMAIL} at request of {P:PERSON}.\n",
    ])
    return [(head, True), (ind, True), ("TECHNIQUE:  Standard.\n\nCOMPARISON:  {SD}.\n", False), (find, True),
            (imp, True), (add, True)]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], _Sections]]] = {
    "ds_home_services": ("discharge", _k_ds_home),
    "hh_referral_intake": ("discharge", _k_referral),
    "sn_visit": ("discharge", _k_sn_visit),
    "oasis_soc": ("discharge", _k_oasis),
    "poc_certification": ("discharge", _k_poc),
    "dme_oxygen_order": ("discharge", _k_dme_order),
    "dme_delivery_ticket": ("discharge", _k_delivery),
    "infusion_pump_rental": ("discharge", _k_infusion),
    "therapy_home_eval": ("discharge", _k_therapy),
    "care_coordination": ("discharge", _k_coord),
    "rad_mobile_chest": ("radiology", _k_rad_chest),
    "rad_picc_home_infusion": ("radiology", _k_rad_picc),
    "rad_mobile_hip": ("radiology", _k_rad_hip),
    "rad_mobile_duplex": ("radiology", _k_rad_duplex),
    "rad_gtube_check": ("radiology", _k_rad_gtube),
    "rad_addendum_agency": ("radiology", _k_rad_addendum),
}
DOCUMENT_KINDS = tuple(_KINDS)
_BY_TYPE = {t: tuple(k for k, (nt, _) in _KINDS.items() if nt == t) for t in ("discharge", "radiology")}

# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------


def _is_heavy(i: int) -> bool:
    return i % _HEAVY_EVERY == _HEAVY_AT


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (radiology for ~45% of notes)."""
    rad = _frac(_W_SEED[0] * seed + _W_TYPE * (i + 1)) < _RAD_P
    rng = random.Random(f"{seed}:{i}:kind")
    return rng.choice(_BY_TYPE["radiology" if rad else "discharge"])


def _plants(seed: int, i: int) -> list[str]:
    if _is_heavy(i) or _frac(_W_SEED[1] * seed + _W_PLANT * (i + 1)) >= _PLANT_P:
        return []
    n = random.Random(f"{seed}:{i}:n").choices((1, 2, 3, 4), weights=(32, 30, 22, 16))[0]
    cats = []
    for j in range(n):
        x = _frac(_W_SEED[2] * seed + _W_CAT * (4 * i + j + 1))
        cats.append(CATEGORIES[int(x * len(CATEGORIES))])
    return cats


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    rng = random.Random(f"{seed}:{i}")
    ctx = _Ctx(rng, _plants(seed, i))
    sections = builder(ctx)
    target = rng.randint(1250, 2300) if note_type == "radiology" else rng.randint(1350, 3300)
    chosen = [k for k, (_, req) in enumerate(sections) if req]
    optional = [k for k, (_, req) in enumerate(sections) if not req]
    rng.shuffle(optional)
    est = sum(len(sections[k][0]) for k in chosen)
    for k in optional:
        if est + len(sections[k][0]) <= target:
            chosen.append(k)
            est += len(sections[k][0])
    blocks: list[_Doc] = []
    for k in sorted(chosen):
        d = _Doc()
        ctx.render(d, sections[k][0])
        blocks.append(d)
    fillers = list(_FILLER_RAD if note_type == "radiology" else _FILLER_DS)
    rng.shuffle(fillers)
    for tpl in fillers:  # clinical filler (no plants) up to the target length
        total = sum(d.pos + 1 for d in blocks)
        if total >= target:
            break
        d = _Doc()
        ctx.render(d, tpl)
        if total + d.pos <= target or total < _MIN_LEN + 80:
            blocks.insert(rng.randint(1, max(1, len(blocks) - 1)), d)
    for cat in list(ctx.pending):  # plants no section took
        d = _Doc()
        if note_type == "radiology" and rng.random() < 0.6:
            tpl = rng.choice(_RAD_EXTRAS[cat])
        elif kind in _FORM_KINDS and rng.random() < 0.5:
            tpl = rng.choice(_FORM_EXTRAS[cat])
        else:
            d.t(rng.choice(_SNIPPET_LEADS))
            tpl = rng.choice(_SNIPPETS[cat])
        ctx.render(d, tpl + "\n", vcat=cat)
        blocks.insert(rng.randint(1, len(blocks)), d)
    ctx.pending.clear()
    if heavy:
        d = _Doc()
        ctx.render(d, _HEAVY_BLOCK)
        blocks.insert(rng.randint(1, len(blocks)), d)
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    off = 0
    for n, d in enumerate(blocks):
        if n:
            text_parts.append("\n")
            off += 1
        text_parts.append(d.text())
        spans += [(s + off, e + off, c) for s, e, c in d.spans]
        looks += d.looks
        off += d.pos
    text = "".join(text_parts)
    if heavy:
        extra = 0
        while text.count("___") < 25:
            text += f"\nContact {extra + 1}: ___ / ___ / ___"
            extra += 1
    if not _MIN_LEN <= len(text) <= _MAX_LEN:
        raise AssertionError(f"note {seed}:{i} ({kind}) has length {len(text)}")
    return LabelledNote(note_type, text, spans), list(dict.fromkeys(looks)), "heavy" if heavy else "normal"


def holdout50_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout50_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout50_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout50_corpus, argv, "Held-out corpus 50 (blind): home health and durable medical equipment")
    holdout_measure.report("holdout50", args, notes, hits, res)


if __name__ == "__main__":
    main()
