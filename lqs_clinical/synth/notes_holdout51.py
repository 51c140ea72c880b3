"""Held-out corpus 51: hospital dentistry and oral-maxillofacial surgery.

MIMIC-IV-Note-shaped notes from a hospital dental service and an oral-maxillofacial surgery (OMFS)
department, with residual identifiers planted where masking (``___``) failed. Document kinds:

- radiology: ``panoramic`` (panoramic radiograph / OPG report), ``cbct_implant`` (cone-beam CT
  pre-implant site assessment), ``ct_facial_trauma`` (CT maxillofacial for fractures),
  ``intraoral_fmx`` (full-mouth intraoral series with a tooth table), ``ceph_orthognathic``
  (cephalometric analysis and virtual surgical planning), ``ct_neck_infection`` (CT neck for an
  odontogenic infection);
- discharge: ``omfs_consult`` (hospital dentistry / dental clearance consult), ``implant_record``
  (implant surgery record with lot/REF/serial stickers and GS1 UDIs), ``lab_work_order`` (dental
  laboratory prescription), ``referral_letter`` (referral from a private dental practice, with
  letterhead), ``dental_claim`` (ADA-style dental claim form), ``predetermination`` (pre-determination
  request and carrier estimate), ``omfs_discharge`` (OMFS inpatient discharge summary),
  ``ga_dental_note`` (comprehensive dental care under general anaesthesia).

About 45% of the notes are radiology. About 58% carry 1-4 planted identifiers; exactly 5% (one
index in twenty) are heavy notes with at least 25 ``___`` and no plant. The number of plants and
their categories come from Weyl sequences over the note index, so per-category totals are stable.

Label policy (the detector's): PERSON is one span per name (given and family together, titles
outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are
separate spans; states and countries are never labelled); ORGANIZATION is a named hospital,
practice, pharmacy (a chain's store too), agency, school or employer, never a generic department,
and never a drug maker, biotech or trial sponsor named as such. DATE_REAL_YEAR is a whole date
carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not
labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device
serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry are not identifiers.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen
numbers; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the
member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus (calls made inside the policy):

- dentists' state licences, DEA numbers, anaesthesia permits and NPIs, and a patient's driver's
  licence shown as photo ID, are LICENSE; a provider taxonomy code is not labelled;
- a private practice's chart number is an MRN; claim, pre-determination, encounter, accession,
  surgical-pathology specimen, EMS run, lab work-order / case and virtual-planning case numbers are
  ACCOUNT; dental member, subscriber, Medicaid and policy ids are HEALTH_PLAN; an SSN written in the
  claim form's "SSN or ID" box is SSN; the plan's group number is never labelled;
- dental benefit carriers (Delta Dental, MetLife, Cigna, Guardian, Medicaid ...) and implant,
  graft, imaging and software makers (Straumann, Nobel Biocare, Planmeca ...) are brands, never
  labelled; dental laboratories, billing TINs and PO boxes are always written masked (``___``);
- private dental practices, hospitals, group homes / residential providers, nursing facilities,
  schools, employers, police and fire departments and independent pharmacies are ORGANIZATION;
- implant, TMJ-prosthesis, nerve-stimulator and oral-appliance serial numbers are DEVICE_ID (for a
  UDI only the digits after (21)); LOT, REF, GTIN (01) and expiry are look-alikes;
- a street line is STREET_ADDRESS including its unit (Suite, Apt, Unit) when on the same line;
  towns and counties are LOCATION; US states and countries are never labelled;
- any vehicle plate or VIN (the patient's car, a group-home van, an ambulance) is VEHICLE_ID;
- ages under 90 are sometimes left unmasked and are look-alikes; every age of 90 or more is labelled;
- practice e-mail addresses and case-upload portals are EMAIL and URL; public bodies' websites
  (fda.gov, cdc.gov, nih.gov, medicaid.gov) and public hotlines (poison control, 988, 711,
  1-800-MEDICARE) are look-alikes;
- dates in the 2100s-2200s are shifted and never labelled; implant, graft, membrane and drug
  expiry dates keep a real year and are look-alikes; a death date is labelled.

Written blind: only ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of
``lqs_clinical/synth/notes.py``, ``/work/shared/reference/*.md``, the note-shaped samples under
``/work/shared/data/`` (with ``SOURCES.md``) and ``pyproject.toml`` were read. No detector code,
rule file, other corpus, test or benchmark was opened and the detector was never run. (The
repository root and ``bench/`` were listed once to locate the brief.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

_M = 1 << 32
_A_KIND, _B_KIND = 2654435769, 2246822519
_A_PLANT, _B_PLANT = 1779033703, 3266489917
_A_CAT, _B_CAT = 3144134277, 668265263
_A_N, _B_N = 1013904243, 374761393

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Harlan",
    "Maribel",
    "Desmond",
    "Ottilie",
    "Rosalind",
    "Thaddeus",
    "Imogen",
    "Caspian",
    "Bettina",
    "Lucius",
    "Philippa",
    "Ezekiel",
    "Marisol",
    "Anselm",
    "Giselle",
    "Barnaby",
    "Constance",
    "Leopold",
    "Yolanda",
    "Ignatius",
    "Fenella",
    "Cornelius",
    "Delphine",
    "Augustin",
    "Henrietta",
    "Jasper",
    "Wilhelmina",
    "Evander",
    "Clementine",
    "Roscoe",
    "Theodora",
    "Mordecai",
    "Annika",
    "Lysander",
    "Priya",
    "Tomasz",
    "Keiko",
    "Obinna",
    "Svetlana",
    "Rafferty",
    "Esperanza",
    "Dmitri",
    "Niamh",
    "Kwame",
    "Ingrid",
    "Matthias",
    "Soledad",
    "Farid",
    "Odalys",
    "Bartholomew",
    "Junia",
    "Cyrus",
    "Perpetua",
    "Hollis",
    "Veda",
    "Ambrose",
    "Lorcan",
    "Zinnia",
    "Emeric",
    "Sunniva",
)
_FAMILY = (
    "Voss",
    "Abernathy",
    "Quintero",
    "Halvorsen",
    "Okonkwo",
    "Treadwell",
    "Marchetti",
    "Pemberton",
    "Szymanski",
    "Castellanos",
    "Whitlock",
    "Nakashima",
    "Delacroix",
    "Brannigan",
    "Fairweather",
    "Lindqvist",
    "Oyelaran",
    "Rutledge",
    "Kowalczyk",
    "Ferreira",
    "Thistlewood",
    "Achterberg",
    "Galloway",
    "Petrakis",
    "Underhill",
    "Villanueva",
    "Montague",
    "Ravensworth",
    "Dubrovsky",
    "Ashdown",
    "Kilbride",
    "Tremblay",
    "Vasquez-Ortega",
    "Hollingsworth",
    "Ibarra",
    "O'Rourke",
    "McAllister",
    "Brightman",
    "Okafor",
    "Zelinski",
    "Marston",
    "Delgado",
    "Kincaid",
    "Weatherby",
    "Lindgren",
    "Esposito",
    "Gallagher",
    "Yamamoto",
    "Pruitt",
    "Hargrove",
    "Ostrowski",
    "Calloway",
    "Beaumont",
    "Novak",
    "Sandoval",
    "Whitfield",
    "Rasmussen",
    "Dunleavy",
    "Abiodun",
    "Carrow",
    "Penhaligon",
    "Sorensen",
    "Trujillo",
    "Vanterpool",
    "Ellery",
    "Fitzhugh",
)
_TOWNS = (
    "Marlow Springs",
    "Eastbrook",
    "Fenwick Falls",
    "Oak Hollow",
    "Port Ellison",
    "Briarcliff Manor",
    "Cold Harbor",
    "Glen Ridley",
    "Hatchford",
    "Kessler Mills",
    "Linden Heights",
    "Millbrook",
    "North Tarrant",
    "Pinecrest",
    "Quarry Hill",
    "Ravensdale",
    "Saybrook Point",
    "Thornbury",
    "Upper Denton",
    "Vale Crossing",
    "Westerly",
    "Wickham",
    "Ashgrove",
    "Bellhaven",
    "Cedar Knoll",
    "Driftwood",
    "Elmira Heights",
    "Foxboro Center",
    "Greystone",
    "Harmon Lake",
    "Iron Gate",
    "Juniper Flats",
    "Kingsford",
    "Lakemont",
    "Moss Creek",
    "New Bristol",
    "Orchard Park",
    "Prairie View",
    "Red Bank",
    "Silver Lake",
    "Timber Ridge",
    "Union Grove",
    "Vernon Hills",
    "Walnut Cove",
    "Yardley",
    "Alder Bend",
    "Brookhaven",
    "Dunmore",
    "Edgewater",
    "Fairport",
    "Hillsdale",
    "Ivy Bluff",
    "Kettle Falls",
    "Laurel Run",
    "Maple Shade",
    "Northgate",
    "Pottersville",
    "Riverbend",
    "Stonebridge",
    "Tanglewood",
    "Waverly",
)
_COUNTIES = (
    "Tarrant County",
    "Hampden County",
    "Oswego County",
    "Kent County",
    "Lackawanna County",
    "Berrien County",
    "Chittenden County",
    "Washoe County",
)
_STREETS = (
    "Linden Ridge",
    "Quarry",
    "Chestnut",
    "Harrow Mill",
    "Old Post",
    "Birchwood",
    "Tanner",
    "Ferry",
    "Kestrel",
    "Marigold",
    "Sawmill",
    "Orchard",
    "Larkspur",
    "Cobblestone",
    "Fulton",
    "Granite",
    "Heron Pond",
    "Juniper",
    "Kensington",
    "Lamplighter",
    "Meadowlark",
    "Northfield",
    "Osprey",
    "Pilgrim",
    "Ridgeview",
    "Sycamore",
    "Thornapple",
    "Upland",
    "Vineyard",
    "Willow Bend",
    "Yarrow",
    "Bramble",
    "Cranberry",
    "Dogwood",
    "Elmhurst",
    "Foxglove",
    "Grist Mill",
    "Hawthorn",
)
_ST_TYPES = (
    "St",
    "Street",
    "Rd",
    "Road",
    "Ave",
    "Avenue",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Way",
    "Pike",
    "Blvd",
    "Terrace",
    "Circle",
)
_SAINTS = ("Brendan", "Agnes", "Cuthbert", "Columba", "Hedwig", "Wenceslas", "Benedict", "Scholastica")
_AREA_CODES = (
    "207",
    "212",
    "215",
    "229",
    "240",
    "262",
    "301",
    "314",
    "330",
    "339",
    "402",
    "412",
    "413",
    "440",
    "502",
    "508",
    "517",
    "540",
    "585",
    "603",
    "610",
    "617",
    "631",
    "646",
    "716",
    "724",
    "774",
    "781",
    "802",
    "845",
    "860",
    "908",
    "914",
    "978",
)
_MAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "comcast.net",
    "icloud.com",
    "aol.com",
    "verizon.net",
    "protonmail.com",
)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS_TRAUMA = (
    "Le Fort I",
    "Le Fort II",
    "Le Fort III",
    "Gillies",
    "Erich arch bars",
    "Ivy loops",
    "Risdon",
    "Dingman",
    "Kazanjian",
)
_EPONYMS_THIRD = ("Pell and Gregory", "Winter classification", "Gow-Gates", "Vazirani-Akinosi")
_EPONYMS_ORTHO = (
    "Angle Class II",
    "Angle Class III",
    "Frankfort horizontal",
    "Steiner",
    "McNamara",
    "Ricketts",
    "Wits appraisal",
    "Curve of Spee",
    "Obwegeser",
    "Dal Pont",
    "Epker",
)
_EPONYMS_PATH = (
    "Ludwig's angina",
    "Stensen's duct",
    "Wharton's duct",
    "Bell's palsy",
    "Stafne",
    "Eagle syndrome",
    "Frey syndrome",
    "Gorlin",
    "Garre osteomyelitis",
    "Sjogren",
    "Caldwell-Luc",
    "Carnoy's solution",
)
_EPONYMS_PERIO = (
    "Miller class",
    "Glickman",
    "Kennedy Class",
    "Seibert",
    "Misch",
    "Lekholm and Zarb",
    "Cawood and Howell",
    "Schneiderian membrane",
    "Tarnow",
    "Mallampati",
    "Hounsfield",
)
_IMPLANTS = (
    "Straumann BLT",
    "NobelActive",
    "Zimmer TSV",
    "BioHorizons Tapered",
    "Astra Tech EV",
    "MegaGen AnyRidge",
    "Nobel Biocare Zygoma",
)
_GRAFTS = ("Bio-Oss", "Bio-Gide", "Puros", "OsteoGen", "Emdogain", "Creos xeno.protect")
_LOCALS = ("Septocaine", "Xylocaine", "Carbocaine", "Marcaine", "Exparel")
_RX = (
    "Peridex",
    "Augmentin",
    "Keflex",
    "Cleocin",
    "Unasyn",
    "Decadron",
    "Prevident 5000",
    "Duraphat",
    "Arestin",
    "Hibiclens",
)
_BONE_RX = ("Zometa", "Prolia", "Xgeva", "Fosamax", "Boniva", "Eliquis", "Coumadin")
_UNITS = ("Planmeca ProMax 3D", "Carestream CS 9600", "Orthophos SL", "i-CAT FLX", "Vatech Green", "Morita Veraview")
_SOFTWARE = ("Romexis", "Dolphin Imaging", "coDiagnostiX", "Blue Sky Plan", "exocad", "Dentrix", "Eaglesoft")
_RESTORATIVE = (
    "BruxZir",
    "IPS e.max",
    "Lava Plus",
    "iTero Element 5D",
    "CEREC Primescan",
    "3Shape TRIOS",
    "Invisalign",
)
_FIXATION = (
    "MatrixMANDIBLE",
    "KLS Martin",
    "Stryker",
    "TMJ Concepts",
    "Osstell",
    "Piezotome",
    "Gelfoam",
    "Surgicel",
    "Vicryl",
)
_CARRIERS = (
    "Delta Dental",
    "MetLife",
    "Cigna Dental",
    "Guardian",
    "United Concordia",
    "Aetna Dental",
    "Ameritas",
    "Humana Dental",
)
_STATES = (
    "Ohio",
    "Vermont",
    "Pennsylvania",
    "Oregon",
    "New Jersey",
    "Maine",
    "Iowa",
    "Delaware",
    "Connecticut",
    "Massachusetts",
    "New York",
    "Michigan",
)
_COUNTRIES = (
    "Switzerland",
    "Sweden",
    "Germany",
    "South Korea",
    "Israel",
    "Italy",
    "Brazil",
    "Canada",
    "Mexico",
    "the Philippines",
)
_HOTLINES = ("1-800-222-1222", "1-800-FDA-1088", "1-800-633-4227", "1-800-QUIT-NOW", "TTY 711", "988")
_PUBLIC_WEB = (
    "www.fda.gov/medwatch",
    "www.cdc.gov/oralhealth",
    "www.nidcr.nih.gov",
    "www.medicaid.gov",
    "www.insurekidsnow.gov",
)
_DEPTS = (
    "Oral and Maxillofacial Surgery",
    "Hospital Dentistry",
    "Dental Clinic",
    "Radiology",
    "Anesthesiology",
    "Oral Pathology",
    "Head and Neck Oncology",
    "Hematology/Oncology",
    "Cardiac Surgery",
    "Otolaryngology",
    "Emergency Department",
    "Prosthodontics",
)
_CDT = (
    ("D0330", "panoramic radiographic image"),
    ("D0367", "CBCT capture and interpretation"),
    ("D7140", "extraction, erupted tooth"),
    ("D7210", "extraction, surgical"),
    ("D7240", "removal of impacted tooth - completely bony"),
    ("D6010", "endosteal implant"),
    ("D7953", "bone replacement graft - ridge preservation"),
    ("D6057", "custom abutment"),
    ("D6065", "implant supported porcelain/ceramic crown"),
    ("D4341", "periodontal scaling and root planing"),
    ("D9223", "deep sedation/general anesthesia - each 15 min"),
    ("D2740", "crown - porcelain/ceramic"),
    ("D1206", "topical application of fluoride varnish"),
    ("D2391", "resin-based composite, one surface"),
    ("D7471", "removal of lateral exostosis"),
    ("D6104", "bone graft at time of implant placement"),
)
_GA_CDT = (
    ("D0150", "comprehensive oral evaluation"),
    ("D0210", "intraoral - complete series of radiographic images"),
    ("D1110", "prophylaxis - adult"),
    ("D1206", "topical application of fluoride varnish"),
    ("D2391", "resin-based composite, one surface, posterior"),
    ("D2392", "resin-based composite, two surfaces"),
    ("D2931", "prefabricated stainless steel crown"),
    ("D3220", "therapeutic pulpotomy"),
    ("D7140", "extraction, erupted tooth"),
    ("D7210", "extraction, surgical"),
    ("D4355", "full mouth debridement"),
)
_FMX_FINDINGS = (
    "distal caries into dentin",
    "PARL 4 mm",
    "RCT, adequate fill",
    "MOD amalgam, recurrent decay",
    "sound",
    "crown, open margin",
    "furcation radiolucency",
)
_LAB_ITEMS = ("full-contour crown", "screw-retained implant crown", "PFM crown", "onlay", "3-unit bridge abutment")
_GA_REASONS = ("autism spectrum disorder", "cerebral palsy", "intellectual disability", "severe dental anxiety")
_ICD = ("K01.1", "K04.7", "K05.31", "M26.4", "M87.180", "S02.609A", "K10.20", "M26.62", "K08.409", "K12.2")

EPONYMS_AND_BRANDS: tuple[str, ...] = (
    _EPONYMS_TRAUMA
    + _EPONYMS_THIRD
    + _EPONYMS_ORTHO
    + _EPONYMS_PATH
    + _EPONYMS_PERIO
    + _IMPLANTS
    + _GRAFTS
    + _LOCALS
    + _RX
    + _BONE_RX
    + _UNITS
    + _SOFTWARE
    + _RESTORATIVE
    + _FIXATION
    + _CARRIERS
)

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fmt_date(rng: random.Random, y: int, m: int, dd: int) -> str:
    mon = _MONTHS[m - 1]
    return rng.choice(
        (
            f"{m:02d}/{dd:02d}/{y}",
            f"{m}/{dd}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{mon} {dd}, {y}",
            f"{dd} {mon[:3]} {y}",
            f"{mon[:3]}. {dd}, {y}",
            f"{dd:02d}-{mon[:3].upper()}-{y}",
            f"{m:02d}-{dd:02d}-{y}",
            f"{m}.{dd}.{y}",
            f"{mon[:3]} {dd} {y}",
        )
    )


def _date_real(rng: random.Random) -> str:
    return _fmt_date(rng, rng.randint(1926, 2029), rng.randint(1, 12), rng.randint(1, 28))


def _dob(rng: random.Random) -> str:
    return _fmt_date(rng, rng.randint(1924, 2012), rng.randint(1, 12), rng.randint(1, 28))


def _shifted(rng: random.Random) -> str:
    return _fmt_date(rng, rng.randint(2105, 2195), rng.randint(1, 12), rng.randint(1, 28))


def _person(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
    r = rng.random()
    if r < 0.55:
        return f"{g} {f}"
    if r < 0.72:
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if r < 0.86:
        return f"{f.upper()}, {g.upper()}"
    return f"{f}, {g}"


def _town(rng: random.Random) -> str:
    return rng.choice(_COUNTIES) if rng.random() < 0.1 else rng.choice(_TOWNS)


def _org(rng: random.Random) -> str:
    t, f, f2 = rng.choice(_TOWNS), rng.choice(_FAMILY), rng.choice(_FAMILY)
    return rng.choice(
        (
            f"{f} Family Dentistry",
            f"{t} Dental Group",
            f"{t} Oral & Maxillofacial Surgery",
            f"{f} & {f2} Orthodontics",
            f"Smile Studio of {t}",
            f"{t} Pediatric Dentistry",
            f"{t} Periodontics and Implant Center",
            f"{t} General Hospital",
            f"St. {rng.choice(_SAINTS)}'s Medical Center",
            f"{t} Community Health Center",
            f"{t} Regional Medical Center",
            f"{f} Endodontics",
            f"{t} Elementary School",
            f"{f} Freight Lines",
            f"{t} Paper Mill",
            f"{t} Police Department",
            f"{t} Fire Department",
            f"{t} Apothecary",
            f"{f}'s Pharmacy",
            f"{t} Rehabilitation and Nursing",
            f"{f} Construction Co.",
            f"{t} Residential Services",
            f"{t} Dental Arts",
            f"{f} Smile Center",
        )
    )


def _org_practice(rng: random.Random) -> str:
    t, f, f2 = rng.choice(_TOWNS), rng.choice(_FAMILY), rng.choice(_FAMILY)
    return rng.choice(
        (
            f"{f} Family Dentistry",
            f"{t} Dental Group",
            f"{t} Oral & Maxillofacial Surgery",
            f"{f} & {f2} Orthodontics",
            f"Smile Studio of {t}",
            f"{t} Pediatric Dentistry",
            f"{t} Periodontics and Implant Center",
            f"{f} Endodontics",
            f"{t} Dental Arts",
            f"{f} Smile Center",
            f"{f} & {f2} Dental P.C.",
            f"{t} Prosthodontic Associates",
        )
    )


def _org_hospital(rng: random.Random) -> str:
    t = rng.choice(_TOWNS)
    return rng.choice(
        (
            f"{t} General Hospital",
            f"St. {rng.choice(_SAINTS)}'s Medical Center",
            f"{t} Community Health Center",
            f"{t} Regional Medical Center",
            f"{t} Urgent Care",
            f"{t} Memorial Hospital",
        )
    )


def _org_employer(rng: random.Random) -> str:
    t, f = rng.choice(_TOWNS), rng.choice(_FAMILY)
    return rng.choice(
        (
            f"{f} Freight Lines",
            f"{t} Paper Mill",
            f"{f} Construction Co.",
            f"{t} Public Schools",
            f"{t} Elementary School",
            f"{f} Hardware",
            f"{t} Fire Department",
            f"{f} & Sons Roofing",
            f"{t} Savings Bank",
            f"{t} Country Club",
        )
    )


def _org_facility(rng: random.Random) -> str:
    t, f = rng.choice(_TOWNS), rng.choice(_FAMILY)
    return rng.choice(
        (
            f"{t} Rehabilitation and Nursing",
            f"{t} Residential Services",
            f"The {f} House",
            f"{t} Assisted Living",
            f"{f} Group Home",
            f"{t} Manor Skilled Nursing",
        )
    )


def _org_agency(rng: random.Random) -> str:
    t = rng.choice(_TOWNS)
    return rng.choice(
        (
            f"{t} Police Department",
            f"{t} County Sheriff's Office",
            f"{t} Fire Department",
            f"{t} Police Dept.",
            f"State Police Troop {rng.choice('ABCDEFGK')}",
        )
    )


def _org_pharmacy(rng: random.Random) -> str:
    t, f = rng.choice(_TOWNS), rng.choice(_FAMILY)
    return rng.choice((f"{t} Apothecary", f"{f}'s Pharmacy", f"{f} Drug", f"{t} Family Pharmacy"))


def _phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA_CODES), f"{rng.randint(201, 989)}", _digits(rng, 4)
    return rng.choice(
        (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"{a} {b} {c}",
            f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}",
            f"({a}){b}-{c}",
        )
    )


def _pager(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 4),
            _digits(rng, 5),
            f"{rng.randint(2, 8)}-{_digits(rng, 4)}",
            f"{rng.choice(_AREA_CODES)}-{rng.randint(201, 989)}-{_digits(rng, 4)}",
        )
    )


def _email(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN).lower(), rng.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    slug = rng.choice(_TOWNS).lower().replace(" ", "")
    return rng.choice(
        (
            f"{g[0]}{f}{rng.randint(10, 99)}@{rng.choice(_MAIL_DOMAINS)}",
            f"{g}.{f}@{rng.choice(_MAIL_DOMAINS)}",
            f"frontdesk@{slug}dental.com",
            f"dr.{f}@{slug}smiles.com",
            f"{g}{f[:3]}{rng.randint(1, 9)}@{rng.choice(_MAIL_DOMAINS)}",
            f"referrals@{slug}oms.com",
            f"{f}.dds@{slug}dentalarts.net",
        )
    )


def _url(rng: random.Random) -> str:
    slug = rng.choice(_TOWNS).lower().replace(" ", "")
    f = rng.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    return rng.choice(
        (
            f"www.{slug}dental.com",
            f"https://{slug}oms.com/referrals",
            f"http://portal.{f}smiles.net/pt?id={_digits(rng, 5)}",
            f"https://www.{f}familydentistry.com",
            f"{slug}dentalgroup.org",
            f"https://cases.{f}dentalstudio.com/rx/{_digits(rng, 4)}",
            f"www.{f}orthodontics.com/new-patients",
        )
    )


def _ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.65:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.9:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.randint(23, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ssn(rng: random.Random) -> str:
    a = rng.choice([x for x in range(101, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}")
    )


def _mrn(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 8),
            str(rng.randint(1000000, 9999999)),
            f"M{_digits(rng, 7)}",
            f"HD-{_digits(rng, 7)}",
            f"00{_digits(rng, 6)}",
            f"OMS{_digits(rng, 6)}",
        )
    )


def _account(rng: random.Random) -> str:
    return rng.choice(
        (
            f"CLM-{_digits(rng, 8)}",
            f"{rng.randint(2, 9)}{_digits(rng, 9)}",
            f"PD{_digits(rng, 7)}",
            f"E{_digits(rng, 8)}",
            f"RX-{_digits(rng, 4)}-{_digits(rng, 2)}",
            f"WO{_digits(rng, 5)}",
            f"CB{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"SP-{_digits(rng, 2)}-{_digits(rng, 5)}",
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 2)}",
            f"VSP{_digits(rng, 6)}",
            f"ENC{_digits(rng, 7)}",
        )
    )


def _plan_id(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        (
            f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{_digits(rng, 9)}",
            f"W{_digits(rng, 10)}",
            _digits(rng, 11),
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            f"MA{_digits(rng, 10)}",
            f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}{rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}"
            f"{rng.choice(L)}{rng.choice(L)}{rng.randint(10, 99)}",
            f"U{_digits(rng, 8)}0{rng.randint(1, 4)}",
            f"{rng.choice(L)}{_digits(rng, 6)}-{_digits(rng, 2)}",
        )
    )


def _npi(rng: random.Random) -> str:
    return f"{rng.choice('12')}{_digits(rng, 9)}"


def _license(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        (
            _npi(rng),
            _npi(rng),
            f"{rng.choice('ABFM')}{rng.choice(L)}{_digits(rng, 7)}",
            f"D-{_digits(rng, 5)}",
            f"DN{_digits(rng, 6)}",
            f"0{_digits(rng, 5)}",
            f"DEN.{_digits(rng, 7)}",
            f"{rng.choice(L)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{rng.choice(L)}{_digits(rng, 8)}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    return f"{z}-{_digits(rng, 4)}" if rng.random() < 0.25 else z


def _street(rng: random.Random) -> str:
    base = (
        f"{rng.randint(2, 9899)} {rng.choice(('', '', '', 'N. ', 'W. ', 'East ', 'S '))}"
        f"{rng.choice(_STREETS)} {rng.choice(_ST_TYPES)}"
    )
    r = rng.random()
    if r < 0.15:
        base += f", Suite {rng.randint(100, 480)}"
    elif r < 0.27:
        base += f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"
    elif r < 0.33:
        base += f" Unit {rng.randint(2, 19)}"
    elif r < 0.38:
        base = f"{rng.randint(10, 4999)} Route {rng.randint(2, 202)}"
    return base


def _age(rng: random.Random) -> str:
    return str(rng.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _serial(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        (
            _digits(rng, 10),
            _digits(rng, 8),
            f"{rng.choice(L)}{rng.choice(L)}{_digits(rng, 7)}",
            f"TC{_digits(rng, 2)}-{_digits(rng, 5)}",
            f"{_digits(rng, 4)}-{_digits(rng, 6)}",
            f"IPG{_digits(rng, 7)}",
            f"{rng.choice(L)}{_digits(rng, 6)}{rng.choice(L)}",
        )
    )


def _vehicle(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    r = rng.random()
    if r < 0.3:
        return "".join(rng.choice(_VIN_CHARS) for _ in range(17))
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{_digits(rng, 3)}",
            f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}-{_digits(rng, 4)}",
            f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)} {_digits(rng, 4)}",
            f"{_digits(rng, 3)}-{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}",
            f"{rng.choice(L)}{_digits(rng, 2)}-{rng.choice(L)}{rng.choice(L)}{rng.randint(1, 9)}",
        )
    )


def _dea(rng: random.Random) -> str:
    return f"{rng.choice('ABFM')}{rng.choice('ABCEFGHJKLMNPRSTVWZ')}{_digits(rng, 7)}"


def _state_lic(rng: random.Random) -> str:
    return rng.choice(
        (
            f"D-{_digits(rng, 5)}",
            f"DN{_digits(rng, 6)}",
            f"0{_digits(rng, 5)}",
            f"DEN.{_digits(rng, 7)}",
            f"{rng.randint(10, 99)}-{_digits(rng, 5)}",
            f"G{_digits(rng, 6)}",
        )
    )


def _driver_lic(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        (
            f"{rng.choice(L)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{rng.choice(L)}{_digits(rng, 8)}",
            f"{_digits(rng, 9)}",
            f"{rng.choice(L)}{rng.choice(L)}{_digits(rng, 6)}",
        )
    )


def _vin(rng: random.Random) -> str:
    return "".join(rng.choice(_VIN_CHARS) for _ in range(17))


def _plate(rng: random.Random) -> str:
    v = _vehicle(rng)
    while len(v) == 17:
        v = _vehicle(rng)
    return v


def _date_recent(rng: random.Random) -> str:
    return _fmt_date(rng, rng.randint(1985, 2029), rng.randint(1, 12), rng.randint(1, 28))


_GEN: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _phone,
    "FAX": _phone,
    "PAGER": _pager,
    "EMAIL": _email,
    "URL": _url,
    "IP_ADDRESS": _ip,
    "SSN": _ssn,
    "MRN": _mrn,
    "ACCOUNT": _account,
    "HEALTH_PLAN": _plan_id,
    "LICENSE": _license,
    "ZIP": _zip,
    "STREET_ADDRESS": _street,
    "DATE_REAL_YEAR": _date_real,
    "AGE_OVER_89": _age,
    "DEVICE_ID": _serial,
    "VEHICLE_ID": _vehicle,
    "PERSON": _person,
    "LOCATION": _town,
    "ORGANIZATION": _org,
}

_CUE_LIKE = re.compile(
    r"^(?:SN|MD|DR|RN|DDS|DMD|MRN|ID|NPI|DEA|PH|TEL|FAX|PGR|LIC|ACCT|VIN|DOB|SSN|REF|LOT|EXP)(?![a-z])"
)


def _value(cat: str, gen: Callable[[random.Random], str], rng: random.Random) -> str:
    """A surrogate value that does not begin like a cue word or credential (e.g. a serial 'SN4471...')."""
    v = gen(rng)
    while cat not in ("PERSON", "ORGANIZATION", "LOCATION") and _CUE_LIKE.match(v):
        v = gen(rng)
    return v


# look-alike generators


def _lot(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        (
            f"{rng.choice(L)}{rng.choice(L)}{rng.randint(100, 9999)}",
            f"{rng.randint(10, 29)}{rng.choice(L)}{_digits(rng, 4)}",
            f"{rng.randint(100000, 999999)}",
            f"{rng.choice(L)}{_digits(rng, 5)}{rng.choice(L)}",
        )
    )


def _ref(rng: random.Random) -> str:
    return rng.choice(
        (
            f"0{rng.randint(21, 49)}.{rng.randint(1000, 9999)}",
            f"NB-{rng.randint(10000, 99999)}",
            f"TSVB{rng.randint(10, 16)}",
            f"{rng.randint(32000, 39999)}",
            f"BH-{rng.randint(3, 6)}{rng.randint(10, 99)}0",
        )
    )


def _expiry(rng: random.Random) -> str:
    y, m = rng.randint(2026, 2030), rng.randint(1, 12)
    return rng.choice((f"{y}-{m:02d}-{rng.randint(1, 28):02d}", f"{y}-{m:02d}", f"{m:02d}/{y}"))


def _gtin(rng: random.Random) -> str:
    return f"0{rng.choice(('7630031', '7332747', '0841307', '8809297'))}{_digits(rng, 6)}"


def _ndc(rng: random.Random) -> str:
    return f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"


def _group(rng: random.Random) -> str:
    return rng.choice(
        (f"{_digits(rng, 7)}", f"GRP-{_digits(rng, 5)}", f"{rng.randint(10, 99)}{rng.choice('ABCK')}{_digits(rng, 4)}")
    )


def _version(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.choice(_SOFTWARE)} {rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}",
            f"build {rng.randint(2, 9)}.{rng.randint(0, 9)}.0.{rng.randint(10, 99)}",
            f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
        )
    )


def _young_age(rng: random.Random) -> str:
    a = rng.randint(6, 88)
    return rng.choice((f"{a} year old", f"{a}-year-old", f"{a} y/o", f"{a}yo"))


# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


class _Doc:
    """Accumulates text items: ("t", text), ("v", value, category), ("l", look-alike), ("b",) break."""

    def __init__(self, rng: random.Random, pending: list[str], heavy: bool = False) -> None:
        self.rng = rng
        self.pending = pending
        self.heavy = heavy
        self.items: list[tuple] = []
        self.used_extras: set[int] = set()

    def t(self, s: str) -> _Doc:
        self.items.append(("t", s))
        return self

    def v(self, value: str, cat: str) -> _Doc:
        self.items.append(("v", value, cat))
        return self

    def lk(self, s: str) -> _Doc:
        self.items.append(("l", s))
        return self

    def pick(self, pool: tuple[str, ...]) -> str:
        s = self.rng.choice(pool)
        self.lk(s)
        return s

    def brk(self) -> _Doc:
        self.items.append(("b",))
        return self

    def f(
        self,
        cat: str,
        gen: Callable[[random.Random], str] | None = None,
        p: float = 0.55,
        mask: str | Callable[[_Doc], object] = "___",
    ) -> _Doc:
        """A field: the planted value when the category is pending (with probability p), else masked."""
        if cat in self.pending and self.rng.random() < p:
            self.pending.remove(cat)
            self.v(_value(cat, gen or _GEN[cat], self.rng), cat)
        elif callable(mask):
            mask(self)
        else:
            self.t(mask)
        return self

    def sd(self) -> _Doc:
        return self.lk(_shifted(self.rng))

    def sd_or_mask(self) -> _Doc:
        return self.sd() if self.rng.random() < 0.45 else self.t("___")

    def ch(self, *options: str) -> _Doc:
        return self.t(self.rng.choice(options))


def _assemble(items: list[tuple]) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = 0
    for it in items:
        if it[0] == "b":
            continue
        s = it[1]
        if it[0] == "v":
            spans.append((pos, pos + len(s), it[2]))
        elif it[0] == "l":
            looks.append(s)
        parts.append(s)
        pos += len(s)
    return "".join(parts), spans, looks


# --------------------------------------------------------------------------------------------------
# Shared clinical pieces
# --------------------------------------------------------------------------------------------------


def _tooth(rng: random.Random, molar: bool = False) -> int:
    return rng.choice((1, 16, 17, 32)) if molar else rng.randint(2, 31)


def _anesthetic(d: _Doc) -> None:
    agent, brand = d.rng.choice(
        (
            ("2% lidocaine w/ 1:100,000 epi", "Xylocaine"),
            ("4% articaine 1:100,000", "Septocaine"),
            ("3% mepivacaine plain", "Carbocaine"),
            ("0.5% bupivacaine 1:200,000", "Marcaine"),
            ("liposomal bupivacaine 133 mg infiltration", "Exparel"),
        )
    )
    d.t(f"Local anesthesia: {agent} (")
    d.lk(brand)
    d.t(f") x {d.rng.randint(1, 6)} carpules" if brand != "Exparel" else ")")
    if d.rng.random() < 0.5:
        d.t(", ")
        d.pick(_EPONYMS_THIRD[2:])
        d.t(" block")
    d.t(".\n")


def _filler(d: _Doc, used: set | None = None) -> None:
    """A clinical boilerplate paragraph for discharge-type documents (not repeated within a note)."""
    used = d.used_extras if used is None else used
    options = [k for k in range(9) if ("f", k) not in used] or list(range(9))
    r = d.rng.choice(options)
    used.add(("f", r))
    if r == 0:
        d.t("Oral hygiene instructions reviewed; modified Bass technique demonstrated. Rx ")
        d.pick(("Peridex", "Prevident 5000"))
        d.t(f" as directed. Plaque index {d.rng.randint(10, 80)}%.\n\n")
    elif r == 1:
        d.t(
            "Post-operative instructions given verbally and in writing: no spitting or straws x 72 h, soft diet,"
            " ice 20 min on/off for the first day. Ibuprofen 600 mg q6h prn alternating with acetaminophen"
            " 500 mg. Call for bleeding not controlled by 30 min of gauze pressure, fever, or trismus.\n\n"
        )
    elif r == 2:
        d.t("Caries risk assessment (CAMBRA): ")
        d.ch("high", "extreme", "moderate")
        d.t(". Fluoride varnish 5% NaF (")
        d.pick(("Duraphat", "Prevident 5000"))
        d.t(") applied; home fluoride reinforced. Diet counselling re: frequent sugared drinks.\n\n")
    elif r == 3:
        d.t(f"ASA class {d.rng.choice(('I', 'II', 'III'))}. ")
        d.lk("Mallampati")
        d.t(
            f" {d.rng.choice(('I', 'II', 'III', 'IV'))}; interincisal opening {d.rng.randint(22, 52)} mm;"
            " thyromental distance > 6 cm. Airway reviewed with anesthesia.\n\n"
        )
    elif r == 4:
        d.t(
            "Informed consent reviewed including bleeding, infection, dry socket, damage to adjacent teeth or"
            " restorations, temporary or permanent paresthesia of the inferior alveolar and lingual nerves,"
            " oroantral communication and need for further surgery. Questions answered.\n\n"
        )
    elif r == 5:
        d.t(
            "Endocarditis prophylaxis per AHA guidance: amoxicillin 2 g PO 30-60 min before the procedure"
            " (not indicated for prosthetic joints alone). Allergy history reviewed; alternative "
        )
        d.pick(("Cleocin", "Keflex"))
        d.t(" not required.\n\n")
    elif r == 6:
        d.t("MRONJ risk counselling documented (antiresorptive exposure: ")
        d.pick(_BONE_RX[:5])
        d.t(
            "). Staging per the AAOMS position paper; drug holiday not recommended without prescriber input."
            " Patient may report concerns to "
        )
        d.pick(_PUBLIC_WEB[:1] + _HOTLINES[1:2])
        d.t(".\n\n")
    elif r == 7:
        d.t("Hemostasis achieved with ")
        d.pick(("Gelfoam", "Surgicel"))
        d.t(" and 3-0 chromic gut; ")
        d.pick(("Vicryl", "Gelfoam"))
        d.t(" as needed. Tranexamic acid 5% mouthrinse x 2 days given anticoagulation (")
        d.pick(_BONE_RX[5:])
        d.t(f", INR {d.rng.randint(11, 29) / 10:.1f}).\n\n")
    else:
        d.t("Patient education: tobacco cessation advised; state quitline ")
        d.lk("1-800-QUIT-NOW")
        d.t(" provided. Oral cancer screening negative. Information sheet from ")
        d.pick(_PUBLIC_WEB)
        d.t(" given.\n\n")


_RAD_EXTRAS = (0, 1, 2, 3, 4, 5, 10, 14, 22, 23, 20)


def _extra(d: _Doc, pool: tuple[int, ...] | None = None) -> None:
    """An optional clinical paragraph (no identifier) that lengthens a note."""
    rng = d.rng
    r = rng.choice(pool) if pool else rng.randint(0, 23)
    if r == 0:
        d.t("History: odontogenic keratocyst of the left ramus, enucleation with peripheral ostectomy and ")
        d.lk("Carnoy's solution")
        d.t(f" in {rng.randint(1995, 2022)}; nevoid basal cell carcinoma (")
        d.lk("Gorlin")
        d.t(") syndrome excluded by genetics. Annual panoramic surveillance since, no recurrence.\n\n")
    elif r == 1:
        d.t("Prior facial trauma: ZMC fracture reduced through a ")
        d.lk("Gillies")
        d.t(" temporal approach; frontozygomatic suture plated through a ")
        d.lk("Dingman")
        d.t(" incision; mandibular angle accessed via a ")
        d.lk("Risdon")
        d.t(" incision and fixed with ")
        d.pick(("KLS Martin", "Stryker"))
        d.t(" 2.0 mm plates. Hardware asymptomatic.\n\n")
    elif r == 2:
        d.t("Xerostomia secondary to ")
        d.ch("radiation (66 Gy to the oropharynx)", "anticholinergic polypharmacy", "")
        if d.items[-1][1] == "":
            d.lk("Sjogren")
            d.t(" syndrome")
        d.t(
            f"; unstimulated salivary flow {rng.randint(1, 9) / 10:.1f} mL/5 min. Pilocarpine 5 mg TID trialled;"
            " saliva substitute and high-fluoride toothpaste advised. Root caries risk high.\n\n"
        )
    elif r == 3:
        d.t("Post-parotidectomy gustatory sweating consistent with ")
        d.lk("Frey syndrome")
        d.t("; no facial nerve deficit. Botulinum toxin injections by ENT, stable.\n\n")
    elif r == 4:
        d.t("Differential for the periosteal new bone along the inferior border includes proliferative periostitis (")
        d.lk("Garre osteomyelitis")
        d.t(
            f") from a necrotic #{rng.choice((19, 30))}, chronic sclerosing osteomyelitis and, less likely, a"
            " fibro-osseous lesion. Biopsy if no resolution after endodontic therapy.\n\n"
        )
    elif r == 5:
        d.t("Right maxillary sinus: remote ")
        d.lk("Caldwell-Luc")
        d.t(
            f" antrostomy ({rng.randint(1978, 2005)}), anterior wall defect noted; sinus lift from the lateral window"
            " will need care around the scar.\n\n"
        )
    elif r == 6:
        d.t("Esthetic zone: papilla fill expected per ")
        d.lk("Tarnow")
        d.t(f" (contact point to crest {rng.randint(4, 7)} mm). Root surfaces conditioned with EDTA and ")
        d.pick(("Emdogain", "Bio-Oss"))
        d.t(" applied before connective tissue graft.\n\n")
    elif r == 7:
        d.t("[Pasted from practice management export, ")
        d.pick(("Dentrix", "Eaglesoft", "Romexis"))
        d.t(" ")
        d.lk(f"v{rng.randint(10, 24)}.{rng.randint(0, 9)}")
        d.t("]\n  Recall due: ").sd().t("\n  Last BWX: ").sd().t("\n  Tx plan accepted: ")
        for _ in range(rng.randint(2, 4)):
            d.lk(rng.choice(_CDT)[0])
            d.t(" ")
        d.t("\n  Provider: ___  Hygienist: ___\n\n")
    elif r == 8:
        d.t("Orthodontic history: clear aligner therapy (")
        d.lk("Invisalign")
        d.t(f") for {rng.randint(8, 30)} months, completed; fixed lingual retainer 3-3. Mother had orthodontics at ")
        d.lk(_young_age(rng))
        d.t(". No TMJ symptoms reported.\n\n")
    elif r == 9:
        d.t("Fixation hardware on shelf: ")
        d.lk("MatrixMANDIBLE")
        d.t(" 2.0 mm locking plates, REF ")
        d.lk(_ref(rng))
        d.t(", LOT ")
        d.lk(_lot(rng))
        d.t(", EXP ")
        d.lk(_expiry(rng))
        d.t("; 2.4 mm reconstruction plate available. MMF screws x 8.\n\n")
    elif r == 10:
        d.t("TMJ: ")
        d.lk("Wilkes stage")
        d.t(
            f" {rng.choice(('III', 'IV', 'V'))} internal derangement, MIO {rng.randint(18, 38)} mm. Total joint"
            " replacement with a "
        )
        d.lk("TMJ Concepts")
        d.t(" patient-fitted prosthesis discussed; arthrocentesis first.\n\n")
    elif r == 11:
        d.t("Osteotomy and buccal cortical window made with the ")
        d.lk("Piezotome")
        d.t(" (ultrasonic), preserving the ")
        d.lk("Schneiderian membrane")
        d.t(". No perforation on the Valsalva test.\n\n")
    elif r == 12:
        d.t("Past Medical History:\n1. Hypertension\n2. Type 2 diabetes (A1c ")
        d.lk(f"{rng.randint(58, 110) / 10:.1f}%")
        d.t(")\n3. ")
        d.ch("Osteoporosis", "Atrial fibrillation", "Breast cancer with bone metastases", "CKD stage 3")
        d.t("\n4. Obstructive sleep apnea (AHI ")
        d.lk(str(rng.randint(16, 70)))
        d.t("), oral appliance therapy\n\n")
    elif r == 13:
        d.t("Medications:\n- chlorhexidine gluconate 0.12% oral rinse, NDC ")
        d.lk(_ndc(rng))
        d.t("\n- amoxicillin 500 mg TID x 7 days, NDC ")
        d.lk(_ndc(rng))
        d.t("\n- ")
        d.pick(_BONE_RX)
        d.t(f" (last dose {rng.randint(2, 11)} months ago)\n\n")
    elif r == 14:
        d.t(
            f"Periodontal charting: PD 3-{rng.randint(5, 10)} mm, BOP {rng.randint(12, 80)}%, CAL up to "
            f"{rng.randint(3, 9)} mm. Stage {rng.choice(('II', 'III', 'IV'))} Grade {rng.choice('ABC')} periodontitis ("
        )
        d.lk("2017 AAP/EFP classification")
        d.t("). Recession ")
        d.lk("Miller class")
        d.t(f" {rng.choice(('I', 'II', 'III'))} at #{rng.randint(22, 27)}. Local minocycline microspheres (")
        d.lk("Arestin")
        d.t(") placed in sites of 5 mm or more.\n\n")
    elif r == 16:
        d.t(
            "Review of Systems: no fever or chills"
            f"{rng.choice(('', ' until yesterday', ' (Tmax 38.4 at home)'))}; no dysphagia or voice change;"
            " no chest pain;"
            " no easy bruising; no numbness of the lip or chin; all other systems reviewed and negative.\n\n"
        )
    elif r == 17:
        d.t(
            f"Labs: WBC {rng.randint(40, 190) / 10:.1f}, Hgb {rng.randint(85, 155) / 10:.1f},"
            f" Plt {rng.randint(35, 410)}, INR {rng.randint(9, 31) / 10:.1f},"
            f" creatinine {rng.randint(6, 21) / 10:.1f}, glucose {rng.randint(78, 288)}."
            f" ANC {rng.randint(2, 60) * 100}. Type and screen sent.\n\n"
        )
    elif r == 18:
        d.t("Vitals      Pre-op    PACU     D/C\n")
        d.t(
            f"BP          {rng.randint(105, 165)}/{rng.randint(60, 95)}"
            f"    {rng.randint(100, 150)}/{rng.randint(55, 90)}"
            f"   {rng.randint(100, 140)}/{rng.randint(60, 85)}\n"
        )
        d.t(f"HR          {rng.randint(58, 110):<9} {rng.randint(58, 110):<8} {rng.randint(58, 100)}\n")
        d.t(f"SpO2        {rng.randint(94, 100)}%       {rng.randint(93, 100)}%      {rng.randint(94, 100)}%\n")
        d.t("Aldrete score ")
        d.lk(f"{rng.randint(8, 10)}/10")
        d.t(" at discharge from PACU.\n\n")
    elif r == 19:
        d.t(
            "Social: tobacco "
            f"{rng.choice(('never', '1 ppd x 30 y, quit', 'vapes nicotine', 'smokeless tobacco daily'))};"
            f" alcohol {rng.choice(('none', 'social', '2-3 beers/day'))}; no IV drug use. Diet high in sugared"
            " soda. Dental anxiety rated 8/10; prefers sedation. Transportation arranged by family.\n\n"
        )
    elif r == 20:
        d.t(
            f"Dental history: last cleaning >{rng.randint(2, 9)} years ago; brushes once daily, no flossing. "
            "Removable partial denture, "
        )
        d.lk("Kennedy Class")
        d.t(
            f" {rng.choice(('I', 'II', 'III'))}, ill-fitting. Previous extractions of #{_tooth(rng)} and"
            f" #{_tooth(rng)} for caries; endodontic treatment of #{_tooth(rng)} by an outside endodontist. Shallow"
            " vestibule after a remote "
        )
        d.lk("Kazanjian")
        d.t(" vestibuloplasty.\n\n")
    elif r == 21:
        d.t(
            f"Anesthesia summary: induction propofol {rng.randint(100, 220)} mg, fentanyl {rng.randint(50, 150)} mcg,"
            f" rocuronium {rng.randint(30, 60)} mg; maintenance sevoflurane. "
        )
        d.lk("Decadron")
        d.t(
            f" 8 mg IV and ondansetron 4 mg IV. EBL {rng.randint(5, 150)} mL. Nasal RAE tube "
            f"{rng.choice(('6.0', '6.5', '7.0'))}, atraumatic.\n\n"
        )
    elif r == 22:
        d.t("Oral pathology (specimen ___): ")
        d.ch(
            "ameloblastoma, follicular type, margins clear.",
            "odontogenic keratocyst, parakeratinized.",
            "dentigerous cyst, no atypia.",
            "central giant cell granuloma.",
            "squamous papilloma.",
        )
        d.t(" Dictated by ___, DDS, MS. Slides reviewed at tumour board.\n\n")
    elif r == 23:
        d.t(
            f"Radiation plan: mandible Dmax {rng.randint(58, 72)} Gy; V60 {rng.randint(5, 40)}% of the mandible;"
            " ipsilateral molars in the high-dose field. Extract non-restorable teeth at least 14 days before"
            " simulation.\n\n"
        )
    else:
        d.t("Medical device / adverse event questions may be reported to MedWatch (")
        d.lk("1-800-FDA-1088")
        d.t(", ")
        d.lk("www.fda.gov/medwatch")
        d.t("). Poison control ")
        d.lk("1-800-222-1222")
        d.t(". Medicare beneficiaries: ")
        d.lk("1-800-633-4227")
        d.t(" (dental coverage limited).\n\n")


def _extras(d: _Doc, lo: int = 0, hi: int = 3, pool: tuple[int, ...] | None = None) -> None:
    choices = [r for r in (pool or range(24)) if r not in d.used_extras]
    for r in d.rng.sample(choices, min(len(choices), d.rng.randint(lo, hi))):
        d.used_extras.add(r)
        _extra(d, (r,))
        d.brk()


def _rad_filler(d: _Doc, used: set | None = None) -> None:
    """A radiology paragraph (additional findings, technique notes, recommendations); not repeated in a note."""
    used = d.used_extras if used is None else used
    options = [k for k in range(9) if ("r", k) not in used] or list(range(9))
    r = d.rng.choice(options)
    used.add(("r", r))
    rng = d.rng
    if r == 0:
        d.t(
            "Additional findings: visualized paranasal sinuses clear apart from "
            f"{rng.choice(('minimal mucosal thickening', 'a small retention cyst', 'no abnormality'))}."
            " Mastoid air cells well aerated. Cervical spine with degenerative disc narrowing at C5-C6."
            " No lymph node enlarged by size criteria. Nasopharynx and oropharynx symmetric.\n\n"
        )
    elif r == 1:
        d.t(
            "Technique note: streak artifact from metallic restorations and crowns degrades evaluation of the"
            f" adjacent alveolar bone at #{_tooth(rng)}-#{_tooth(rng)}; beam hardening along the lingual cortex."
            " Mild motion artifact on the final rotation.\n\n"
        )
    elif r == 2:
        d.t(
            f"Dose: DAP {rng.randint(200, 1900)} mGy*cm2; estimated effective dose {rng.randint(20, 210)} uSv."
            " Exposure parameters selected per ALARA for the indication; thyroid collar used where it did not"
            " obscure the region of interest.\n\n"
        )
    elif r == 3:
        d.t("Recommendations: clinical correlation; ")
        d.ch(
            "CBCT of the region if surgical removal is planned",
            "MRI of the TMJ if symptoms persist",
            "follow-up panoramic radiograph in 6-12 months",
            "biopsy of the lesion described above",
        )
        d.t(". Results are available to the referring provider through the portal.\n\n")
    elif r == 4:
        d.t(
            f"Airway: minimal cross-sectional area {rng.randint(40, 260)} mm2 at the level of the "
            f"{rng.choice(('soft palate', 'base of tongue', 'epiglottis tip'))}; total airway volume "
            f"{rng.randint(9, 28)} cm3 ("
        )
        d.pick(("Dolphin Imaging", "Romexis"))
        d.t(" airway tool).\n\n")
    elif r == 5:
        d.t("TMJ: condylar heads ")
        d.ch(
            "smooth and symmetric",
            "with anterior flattening on the left",
            "with subchondral sclerosis bilaterally",
            "with a small osteophyte on the right",
        )
        d.t(
            "; joint spaces preserved; mouth-closed position only. Articular eminence height "
            f"{rng.randint(5, 9)} mm.\n\n"
        )
    elif r == 6:
        d.t("Incidental: ")
        d.ch(
            "tonsilloliths bilaterally",
            "calcified submandibular lymph node",
            "sialolith in the left ",
            "ossified stylohyoid ligament on the right",
        )
        if d.items[-1][1] == "sialolith in the left ":
            d.lk("Wharton's duct")
        d.t("; no further action needed unless symptomatic.\n\n")
    elif r == 7:
        d.t(
            "Limitations: the study was reviewed for the maxillofacial region only. Cone-beam CT has limited soft"
            " tissue contrast, and its grey values cannot be used to quantify bone density in "
        )
        d.lk("Hounsfield")
        d.t(" units.\n\n")
    else:
        d.t(
            f"Comparison narrative: since the prior examination the lesion has "
            f"{rng.choice(('enlarged by 3 mm', 'remained stable', 'partially ossified', 'decreased'))}; the"
            " surrounding cortex remains intact without periosteal reaction.\n\n"
        )


def _rad_fillers(d: _Doc, lo: int, hi: int) -> None:
    for _ in range(d.rng.randint(lo, hi)):
        _rad_filler(d)
        d.brk()


# --------------------------------------------------------------------------------------------------
# Generic plant fragments (inserted at a section break when a builder did not place the category)
# --------------------------------------------------------------------------------------------------

_GENERIC: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Pt callback number: {v} (cell, ok to leave msg)",
        "Contact | Relationship | Phone\n___ | daughter | {v}",
        "Referring office ph {v}",
        "ADDENDUM {sd}: Spoke w/ pt's son on\n{v}; confirmed NPO after midnight.",
        "Tel.{v} / Fax ___",
        "  Home:      {v}\n  Work:      ___",
        "[Pasted from scheduling] APPT CONF CALL -> {v} -- LM x2",
        "Emergency contact: ___ (wife) at:{v}",
        "Questions? Call the OMFS clinic front desk at {v} (Mon-Fri).",
        "Phn {v}",
        "Ph:\n{v}",
        "Telphone {v} (home)",
        "  Guarantor phone ........ {v}",
    ),
    "FAX": (
        "Please fax op note to referring office: {v}",
        "Fax# {v} Attn: ___",
        "FAX TRANSMITTAL  To: ___   Fax: {v}   Pages: 3",
        "Report faxed to {v} on {sd}.",
        "P ___  |  F {v}",
        "facsimile {v} (records dept)",
        "Send path report by fax ->{v}",
    ),
    "PAGER": (
        "OMFS on call: Dr. ___, pager {v}",
        "Dental resident pgr #{v}",
        "Page {v} with questions overnight.",
        "beeper: {v}",
        "Paged OMFS chief ({v}) at 02:14, at bedside within 20 min.",
        "call/page: {v}",
        "Covering: ___ (p{v})",
    ),
    "EMAIL": (
        "Pt prefers e-mail: {v}",
        "Send STL files to {v}",
        "From: {v}\nSent: {sd}\nSubject: CBCT for ___",
        "cc: {v}",
        "Portal message from patient ({v}): asks whether swelling on day 3 is normal.",
        "E-mail {v} for scheduling",
    ),
    "URL": (
        "Case uploaded to {v} for surgical guide design.",
        "Practice website: {v}",
        "Referral form: {v}",
        "Images available at {v} (link expires in 14 days).",
        "Source: {v}",
        "Patient found us via {v}.",
    ),
    "IP_ADDRESS": (
        "DICOM push from {v}:104 (AE title CBCT_OMS) failed x1, resent.",
        "Workstation {v} / user ___",
        "[PACS] received from host {v}",
        "Study imported from outside CD on reading station {v}.",
        "Remote access session from {v} logged by IT.",
    ),
    "SSN": (
        "Subscriber SSN: {v}",
        "SS# {v} (per front desk, verify)",
        "Social Security No. {v}",
        "| SSN | {v} |",
        "Guarantor soc sec {v}",
    ),
    "MRN": (
        "MRN: {v}",
        "Med Rec No {v}",
        "Hospital #: {v}",
        "Chart {v} (merged with duplicate)",
        "Unit No:   {v}",
        "Pt ID {v} / Acct ___",
        "MR#{v}",
        "PID|1||{v}^^^HOSP^MR||___^___||___|F",
        "MRN#\n{v}",
    ),
    "ACCOUNT": (
        "Claim #: {v}",
        "Encounter {v}",
        "Accession no. {v}",
        "Lab order/req {v}",
        "Predetermination reference {v}",
        "Specimen {v} sent to oral pathology (formalin).",
        "EMS run #{v}",
        "Billing acct {v}",
        "Case no.{v}",
        "ORC|NW|{v}|||CM||^^^___",
        "Acct:{v}",
        "  Encounter # ........ {v}",
    ),
    "HEALTH_PLAN": (
        "Member ID: {v}  Group: {grp}",
        "Subscriber #{v}",
        "Dental policy no. {v}",
        "Medicaid ID {v}",
        "Ins: {carrier} PPO, ID {v}",
        "| Member | {v} | Group | {grp} |",
        "Policy {v}",
        "Memeber ID {v}",
        "IN1|1|{carrier}||___|||{grp}|||||||||___|||||||||||||||||||{v}",
    ),
    "LICENSE": (
        "NPI {v}",
        "Lic. #{v}",
        "DEA: {v}",
        "State dental license no. {v}",
        "Driver's license {v} (ID verified at check-in)",
        "Anesthesia permit/license {v}",
        "npi:{v}",
        "Lisc # {v}",
    ),
    "ZIP": (
        "Pt moved; new ZIP {v}",
        "Ship to: ___, ___ {v}",
        "Zip code: {v}",
        "Address: ___\n___, {state} {v}",
        "ZIP:{v}",
        "Home zip {v} (outside service area)",
    ),
    "STREET_ADDRESS": (
        "Home address: {v}, ___",
        "Return case to office: {v}",
        "Mailing: {v}\n          ___, ___",
        "Pt lives at {v} with daughter.",
        "Address on file: {v}",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {v}",
        "Date of birth {v}",
        "Previous implant placed {v} at an outside office.",
        "Date of injury: {v}",
        "Addendum: informed that the patient died on {v}; claim withdrawn.",
        "Last dental visit {v}",
        "Signed {v}",
        "Prior extraction #{tooth} on {v} per records.",
        "D.O.B.{v}",
        "DOB:\n{v}",
        "PID|1||___^^^HOSP^MR||___^___||{v}|M",
    ),
    "AGE_OVER_89": (
        "Pt is a {v} y/o",
        "Age: {v}",
        "{v}-year-old",
        "(age {v})",
        "{v}yo, lives alone",
        "aged {v}",
    ),
    "DEVICE_ID": (
        "Implant serial: {v}",
        "SN {v}",
        "UDI (01){gtin}(17){gs1exp}(10){lot}(21){v}",
        "Serial no. {v}",
        "TMJ prosthesis S/N {v}",
        "Oral appliance serial {v}",
        "Nerve stimulator IPG, serial {v}",
    ),
    "VEHICLE_ID": (
        "Plate {v} (per police report)",
        "Vehicle: 2014 Subaru Outback, VIN {v}",
        "Transported via group home van, tag {v}",
        "License plate # {v}",
        "Ambulance plate {v}",
    ),
    "PERSON": (
        "Referring dentist: Dr. {v}",
        "Guardian: {v} (mother)",
        "cc: {v}, DDS",
        "Electronically signed by {v}, DMD",
        "Pt accompanied by {v}.",
        "Lab tech: {v}, CDT",
        "Interpreter {v} (Spanish)",
        "Refering dentist: Dr.\n{v}",
        "pt's daugther {v} present for consent",
        "Emergency contact ....... {v} (son)",
    ),
    "LOCATION": (
        "Pt lives in {v} with spouse.",
        "Transferred from an outside ED in {v}.",
        "Patient resides in {v}; long drive for follow-up.",
        "Town: {v}",
        "Originally from {v}.",
        "Pt drove in from\n{v}, ___ this am.",
    ),
    "ORGANIZATION": (
        "Referred from {v}.",
        "PCP at {v}",
        "Employer: {v}",
        "Rx sent to {v}",
        "Pt attends {v} (special ed program).",
        "Prior records requested from {v}.",
        "Reffered by {v}",
        "Sent home w/ school nurse note for {v}.",
        "Per {v} report, injury occurred during an altercation.",
        "Pt resides at {v}; staff escort present.",
    ),
}


def _org_school(rng: random.Random) -> str:
    t, f = rng.choice(_TOWNS), rng.choice(_FAMILY)
    return rng.choice((f"{t} Elementary School", f"{t} High School", f"{t} Middle School", f"{f} Academy"))


_GEN_FOR_TEMPLATE: dict[str, Callable[[random.Random], str]] = {
    "NPI {v}": _npi,
    "npi:{v}": _npi,
    "DEA: {v}": _dea,
    "State dental license no. {v}": _state_lic,
    "Driver's license {v} (ID verified at check-in)": _driver_lic,
    "Anesthesia permit/license {v}": _state_lic,
    "Lic. #{v}": _state_lic,
    "Plate {v} (per police report)": _plate,
    "Vehicle: 2014 Subaru Outback, VIN {v}": _vin,
    "Transported via group home van, tag {v}": _plate,
    "License plate # {v}": _plate,
    "Ambulance plate {v}": _plate,
    "DOB: {v}": _dob,
    "Date of birth {v}": _dob,
    "D.O.B.{v}": _dob,
    "DOB:\n{v}": _dob,
    "PID|1||___^^^HOSP^MR||___^___||{v}|M": _dob,
    "Previous implant placed {v} at an outside office.": _date_recent,
    "Addendum: informed that the patient died on {v}; claim withdrawn.": _date_recent,
    "Last dental visit {v}": _date_recent,
    "Signed {v}": _date_recent,
}
_ORG_FOR_TEMPLATE = {
    "Referred from {v}.": _org_practice,
    "PCP at {v}": _org_hospital,
    "Employer: {v}": _org_employer,
    "Rx sent to {v}": _org_pharmacy,
    "Pt attends {v} (special ed program).": _org_school,
    "Prior records requested from {v}.": _org_practice,
    "Reffered by {v}": _org_practice,
    "Sent home w/ school nurse note for {v}.": _org_school,
    "Per {v} report, injury occurred during an altercation.": _org_agency,
    "Pt resides at {v}; staff escort present.": _org_facility,
}

_PREFIXES = ("", "", "", "ADDENDUM: ", "Addendum ({sd}): ", "[pasted] ", " >> ", "Note - ", "** ")


def _generic(d: _Doc, cat: str) -> None:
    rng = d.rng
    body = rng.choice(_GENERIC[cat])
    plain = body[:1] in "[| " or body.startswith(("ADDENDUM", "PID", "ORC", "IN1", "From:", "Contact |"))
    template = body if plain else rng.choice(_PREFIXES) + body
    head, _, tail = template.partition("{v}")
    _emit(d, head)
    gen = _ORG_FOR_TEMPLATE.get(body) if cat == "ORGANIZATION" else _GEN_FOR_TEMPLATE.get(body)
    d.v(_value(cat, gen or _GEN[cat], rng), cat)
    _emit(d, tail)


def _emit(d: _Doc, s: str) -> None:
    """Write s, turning {sd}/{grp}/{carrier}/{state}/{gtin}/{lot}/{gs1exp}/{tooth} into look-alikes."""
    rng = d.rng
    while "{" in s:
        pre, _, rest = s.partition("{")
        key, _, s = rest.partition("}")
        d.t(pre)
        if key == "sd":
            d.sd()
        elif key == "grp":
            d.lk(_group(rng))
        elif key == "carrier":
            d.pick(_CARRIERS)
        elif key == "state":
            d.pick(_STATES)
        elif key == "gtin":
            d.lk(_gtin(rng))
        elif key == "lot":
            d.lk(_lot(rng))
        elif key == "gs1exp":
            d.lk(f"{rng.randint(26, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
        elif key == "tooth":
            d.t(str(_tooth(rng)))
    d.t(s)


# --------------------------------------------------------------------------------------------------
# Builders: radiology
# --------------------------------------------------------------------------------------------------


def _sex(rng: random.Random) -> tuple[str, str]:
    return rng.choice((("F", "woman"), ("M", "man"), ("F", "female"), ("M", "male")))


def _indication_age(d: _Doc) -> None:
    if "AGE_OVER_89" in d.pending and d.rng.random() < 0.6:
        d.f("AGE_OVER_89", p=1.0)
    elif d.rng.random() < 0.2:
        d.lk(str(d.rng.randint(7, 88)))
    else:
        d.t("___")


def _rad_footer(d: _Doc) -> None:
    rng = d.rng
    if rng.random() < 0.5:
        d.t("Accession #: ").f("ACCOUNT", p=0.5).t("\n")
    d.ch("Dictated by: ", "Reading radiologist: ", "Interpreted by: ", "Signed: ")
    d.f("PERSON", p=0.4)
    d.ch(", DMD, MS (Oral & Maxillofacial Radiology)\n", ", MD\n", " DDS\n", "\n")
    if rng.random() < 0.4:
        d.t("Report finalized ").sd().t(f" {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}\n")


def _b_panoramic(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch(
        "EXAMINATION:  PANORAMIC RADIOGRAPH\n\n",
        "EXAMINATION:  ORTHOPANTOMOGRAM (OPG)\n\n",
        "EXAM: Panoramic dental radiograph\n\n",
        "EXAMINATION:  PANOREX\n\n",
    )
    d.brk()
    d.t("INDICATION:  ")
    _indication_age(d)
    d.t(f" year old {word} ")
    d.ch(
        "with pain in the posterior mandible, evaluate third molars.",
        "pre-radiation dental clearance.",
        "referred for evaluation of a radiolucency seen by outside dentist.",
        "prior to cardiac valve surgery, rule out odontogenic source of infection.",
        "with facial swelling; assess for periapical pathology.",
    )
    if rng.random() < 0.5:
        d.t(" Referred by Dr. ").f("PERSON", p=0.45).t(" of ").f("ORGANIZATION", gen=_org_practice, p=0.5).t(".")
    d.t("\n\n").brk()
    d.t("TECHNIQUE:  Single panoramic exposure on ")
    d.pick(_UNITS)
    d.t(f", {rng.randint(64, 90)} kVp, {rng.randint(4, 16)} mA, {rng.randint(9, 18)} s. Patient positioned with the ")
    d.lk("Frankfort horizontal")
    d.t(" plane parallel to the floor.\n\n")
    d.t("COMPARISON:  ").sd_or_mask().t("\n\n").brk()
    _extras(d, 0, 2, _RAD_EXTRAS)
    d.t("FINDINGS:\n")
    t3 = rng.choice((1, 16, 17, 32))
    d.t(f"Tooth #{t3} is ")
    d.ch("mesioangularly", "horizontally", "vertically", "distoangularly")
    d.t(" impacted (")
    d.pick(_EPONYMS_THIRD[:2])
    d.t(f" {rng.choice(('IIB', 'IIIC', 'IA', 'IIC'))}); the root apices ")
    d.ch("overlap", "approximate", "are separate from")
    d.t(" the inferior alveolar canal with darkening of the roots.\n")
    d.t(f"Periapical radiolucency at #{_tooth(rng)} measuring {rng.randint(3, 14)} mm. ")
    d.t(f"Endodontically treated #{_tooth(rng)} with post and crown. ")
    if rng.random() < 0.5:
        d.t(f"Implant at site #{_tooth(rng)} (consistent with ")
        d.pick(_IMPLANTS)
        d.t(" per referral) with crestal bone at the first thread.\n")
    else:
        d.t(f"Generalized horizontal bone loss, {rng.randint(15, 45)}% of root length.\n")
    d.t("Maxillary sinuses: ")
    d.ch("clear", "mucosal thickening of the right floor", "retention pseudocyst left", "not well seen")
    d.t(". Condyles symmetric. ")
    if rng.random() < 0.4:
        d.t("Well-defined radiolucency below the canal in the left posterior mandible, consistent with a ")
        d.lk("Stafne")
        d.t(" bone defect. ")
    if rng.random() < 0.35:
        d.t("Elongated calcified stylohyoid ligaments (consider ")
        d.lk("Eagle syndrome")
        d.t(" if symptomatic). ")
    d.t("Calcifications projecting over the carotid bifurcation: ")
    d.ch("none", "bilateral, recommend correlation", "left, small")
    d.t(".\n\n").brk()
    _rad_fillers(d, 0, 3)
    d.t("IMPRESSION:\n")
    d.t(f"1. Impacted #{t3} in close relation to the inferior alveolar canal; CBCT recommended.\n")
    d.t("2. Periapical pathology as above; clinical correlation.\n")
    if d.heavy or rng.random() < 0.3:
        d.t("3. Findings discussed with Dr. ___ at ___ on ___.\n")
    d.t("\n").brk()
    _rad_footer(d)
    d.brk()


def _b_cbct_implant(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    arch = rng.choice(("MAXILLA", "MANDIBLE", "MAXILLA AND MANDIBLE"))
    d.t(f"EXAMINATION:  CONE BEAM CT, {arch} (LIMITED FOV)\n\n")
    d.brk()
    d.t("INDICATION:  ")
    _indication_age(d)
    d.t(f" year old {word} for implant planning, edentulous sites ")
    sites = sorted(rng.sample(range(2, 32), rng.randint(1, 3)))
    d.t(", ".join(f"#{s}" for s in sites))
    d.t(". Ordering provider: ").f("PERSON", p=0.4).t(".\n\n").brk()
    d.t("TECHNIQUE:  ")
    d.pick(_UNITS)
    d.t(
        f", FOV {rng.choice(('5x5', '8x8', '10x10', '16x10'))} cm, "
        f"voxel {rng.choice(('0.075', '0.1', '0.15', '0.2', '0.3'))} mm, "
        f"{rng.randint(84, 120)} kVp. Reconstructed in "
    )
    d.lk(_version(rng))
    d.t(". Grey values are not calibrated ")
    d.lk("Hounsfield")
    d.t(" units.\n")
    if rng.random() < 0.5 or "IP_ADDRESS" in d.pending:
        d.t("Images sent to PACS via DICOM node ").f("IP_ADDRESS", p=0.7, mask="CBCT-GW-___").t(".\n")
    if rng.random() < 0.4:
        d.t("Outside scan received on CD from ").f("ORGANIZATION", gen=_org_practice, p=0.5).t("; quality adequate.\n")
    d.t("\nCOMPARISON:  Panoramic radiograph ").sd_or_mask().t(".\n\n").brk()
    _extras(d, 0, 2, _RAD_EXTRAS)
    d.t("FINDINGS:\n")
    for s in sites:
        d.t(
            f"Site #{s}: ridge width {rng.randint(40, 95) / 10:.1f} mm at crest, {rng.randint(55, 110) / 10:.1f} mm"
            f" at 5 mm; available height {rng.randint(60, 190) / 10:.1f} mm. Bone density "
        )
        d.lk("Misch")
        d.t(f" D{rng.randint(1, 4)}; ")
        d.lk("Lekholm and Zarb")
        d.t(f" type {rng.randint(1, 4)}. ")
        if s > 16:
            d.t(
                f"Distance to the inferior alveolar canal {rng.randint(20, 140) / 10:.1f} mm; lingual concavity "
                f"{rng.choice(('present', 'absent', 'mild'))}.\n"
            )
        else:
            d.t(f"Sinus floor {rng.randint(20, 120) / 10:.1f} mm above the crest; ")
            d.lk("Schneiderian membrane")
            d.t(f" {rng.choice(('thin', 'thickened to 4 mm', 'normal'))}.\n")
    d.t("Ridge resorption pattern ")
    d.lk("Cawood and Howell")
    d.t(f" class {rng.choice(('III', 'IV', 'V'))}. No periapical pathology at adjacent teeth. ")
    d.t("Incisive canal and mental foramina identified.\n\n").brk()
    _rad_fillers(d, 0, 3)
    d.t("IMPRESSION:\nAdequate bone for standard-diameter implants at ")
    d.t(", ".join(f"#{s}" for s in sites[:2]))
    tail = rng.choice(("; sinus augmentation may be needed posteriorly.", ".", "; consider ridge augmentation with "))
    d.t(tail)
    if tail.endswith(" "):
        d.pick(("Bio-Oss", "Puros", "OsteoGen"))
        d.t(".")
    d.t("\n\n").brk()
    _rad_footer(d)
    d.brk()


def _b_ct_trauma(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch(
        "EXAMINATION:  CT MAXILLOFACIAL WITHOUT CONTRAST\n\n",
        "EXAMINATION:  CT FACIAL BONES W/O CONTRAST\n\n",
        "EXAM:  CT SINUS/MANDIBLE/MAXILLOFACIAL W/O CONTRAST\n\n",
    )
    d.brk()
    d.t("INDICATION:  ")
    _indication_age(d)
    d.t(f" year old {word} ")
    mech = rng.choice(
        (
            "s/p assault with fist",
            "MVC, unrestrained driver",
            "fall from ladder",
            "struck by baseball",
            "bicycle collision",
        )
    )
    d.t(f"{mech}, malocclusion and chin laceration")
    if "MVC" in mech and rng.random() < 0.7:
        d.t(" (EMS: car vs pole, plate ").f("VEHICLE_ID", gen=_plate, p=0.7).t(")")
    d.t(".\n\n").brk()
    d.t(
        "TECHNIQUE:  Helical axial images at 0.625 mm with coronal, sagittal and 3D reformats. DLP "
        f"{rng.randint(300, 900)} mGy-cm.\n\nCOMPARISON:  None.\n\n"
    )
    d.brk()
    _extras(d, 0, 2, (1, 9, 5, 3))
    d.t("FINDINGS:\n")
    d.t(
        f"Mandible: {rng.choice(('displaced', 'minimally displaced', 'comminuted'))} fracture of the "
        f"{rng.choice(('left', 'right'))} {rng.choice(('parasymphysis', 'body', 'angle'))} extending through"
        " the socket of "
        f"#{rng.choice((21, 22, 27, 28, 17, 32))}, and a {rng.choice(('right', 'left'))} subcondylar fracture with "
        f"{rng.choice(('medial', 'lateral', 'no'))} displacement of the condylar head.\n"
    )
    if rng.random() < 0.55:
        d.t("Midface: bilateral pterygoid plate fractures with a ")
        d.pick(_EPONYMS_TRAUMA[:3])
        d.t(" pattern. ")
    d.t("Zygomaticomaxillary complex intact. Orbital floors intact. Nasal bones ")
    d.ch("intact.", "with a nondisplaced fracture.", "with mild leftward deviation.")
    d.t(
        f"\nDentition: #{rng.randint(7, 10)} avulsed, #{rng.randint(23, 26)} luxated. Hounsfield density of"
        " a foreign body in the lower lip measures "
    )
    d.lk(f"{rng.randint(900, 2400)} HU")
    d.t(", consistent with a tooth fragment.\nSoft tissues: submental hematoma. Airway patent.\n\n").brk()
    _rad_fillers(d, 0, 3)
    d.t("IMPRESSION:\n1. Bifocal mandible fracture as above.\n2. Dental injuries; OMFS consult.\n")
    d.t("Findings discussed with OMFS resident Dr. ").f("PERSON", p=0.4)
    d.t(" (pager ").f("PAGER", p=0.7).t(") at ")
    d.t(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} on ").sd_or_mask().t(".\n\n").brk()
    if d.heavy or rng.random() < 0.4:
        d.t("Trauma activation: Level ___; EMS run # ").f("ACCOUNT", p=0.6).t("; transferred from ___ ED.\n\n").brk()
    _rad_footer(d)
    d.brk()


def _b_intraoral_fmx(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch(
        "EXAMINATION:  FULL MOUTH INTRAORAL SERIES (18 IMAGES)\n\n",
        "EXAMINATION:  FMX - PERIAPICALS AND BITEWINGS\n\n",
        "EXAM:  Intraoral radiographic survey, complete series\n\n",
    )
    d.brk()
    d.t("HISTORY:  ")
    _indication_age(d)
    d.t(f" yo {sx}, new patient to ")
    d.pick(_DEPTS[:3])
    d.t(". Referring dentist: ").f("PERSON", p=0.5).t(", ").f("ORGANIZATION", gen=_org_practice, p=0.45).t(".\n")
    if rng.random() < 0.5 or "URL" in d.pending:
        d.t("Outside images retrieved from ").f("URL", p=0.7, mask="the practice portal (___)").t(".\n")
    d.t("\n").brk()
    d.t("TECHNIQUE:  Digital sensor (")
    d.lk(_version(rng))
    d.t("), paralleling technique, rectangular collimation.\n\n").brk()
    _extras(d, 0, 2, _RAD_EXTRAS)
    d.t("FINDINGS:\n| Tooth | Finding | Bone level |\n|---|---|---|\n")
    for t in sorted(rng.sample(range(2, 32), rng.randint(4, 7))):
        d.t(f"| #{t} | {rng.choice(_FMX_FINDINGS)} | {rng.randint(1, 7)} mm below CEJ |\n")
    d.t("\nFurcation involvement ")
    d.lk("Glickman")
    d.t(
        f" grade {rng.choice(('I', 'II', 'III'))} at #{rng.choice((3, 14, 19, 30))}."
        " Calculus on lower anterior teeth.\n\n"
    ).brk()
    _rad_fillers(d, 0, 3)
    d.t("IMPRESSION:\nGeneralized moderate horizontal bone loss; localized vertical defects. Caries as tabulated.\n\n")
    d.brk()
    _rad_footer(d)
    d.brk()


def _b_ceph(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch(
        "EXAMINATION:  LATERAL CEPHALOMETRIC RADIOGRAPH WITH ANALYSIS\n\n",
        "EXAMINATION:  CT FACE FOR VIRTUAL SURGICAL PLANNING (ORTHOGNATHIC)\n\n",
    )
    d.brk()
    d.t("INDICATION:  ")
    _indication_age(d)
    cls = rng.choice(_EPONYMS_ORTHO[:2])
    d.t(f" year old {word}, skeletal ")
    d.lk(cls)
    d.t(", planned bimaxillary surgery. Orthodontist: Dr. ").f("PERSON", p=0.45)
    d.t(" (").f("ORGANIZATION", gen=_org_practice, p=0.5).t(").\n\n").brk()
    d.t("ANALYSIS (")
    d.pick(_EPONYMS_ORTHO[3:6])
    d.t(" / ")
    d.pick(_SOFTWARE[1:3])
    d.t("):\n")
    sna, snb = rng.randint(76, 88), rng.randint(72, 86)
    rows = (
        ("SNA", f"{sna} deg", "82 +/- 2"),
        ("SNB", f"{snb} deg", "80 +/- 2"),
        ("ANB", f"{sna - snb} deg", "2 +/- 2"),
        ("FMA", f"{rng.randint(18, 36)} deg", "25 +/- 4"),
        ("U1-SN", f"{rng.randint(95, 118)} deg", "103 +/- 6"),
        ("IMPA", f"{rng.randint(80, 104)} deg", "90 +/- 5"),
    )
    for name, val, norm in rows:
        d.t(f"  {name:<8}{val:>10}    norm {norm}\n")
    d.lk("Wits appraisal")
    d.t(f": {rng.randint(-9, 8)} mm. Deep ")
    d.lk("Curve of Spee")
    d.t(". Airway at the base of tongue " + f"{rng.randint(6, 14)} mm.\n\n").brk()
    _extras(d, 0, 2, (8, 10, 1, 20))
    d.t("PLAN (virtual planning session): ")
    d.pick(_EPONYMS_ORTHO[8:])
    d.t(f" BSSO advancement {rng.randint(3, 8)} mm, ")
    d.lk("Le Fort I")
    d.t(f" impaction {rng.randint(2, 5)} mm. Splints and guides ordered, case # ").f("ACCOUNT", p=0.6).t(".\n\n").brk()
    _rad_fillers(d, 0, 3)
    d.t("IMPRESSION:  Skeletal discrepancy as above; planning data exported.\n\n")
    _rad_footer(d)
    d.brk()


def _b_ct_neck(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch("EXAMINATION:  CT NECK WITH CONTRAST\n\n", "EXAMINATION:  CT SOFT TISSUE NECK W/ IV CONTRAST\n\n")
    d.brk()
    d.t("INDICATION:  ")
    _indication_age(d)
    d.t(
        f" year old {word} with submandibular swelling, trismus and fever after toothache at #"
        f"{rng.choice((18, 19, 30, 31))}; ? "
    )
    d.lk("Ludwig's angina")
    d.t(".\n\n").brk()
    d.t(f"TECHNIQUE:  Axial 1.25 mm images after {rng.choice((75, 80, 100))} mL Omnipaque 350.\n\n")
    d.t("COMPARISON:  ").sd_or_mask().t(".\n\n").brk()
    _extras(d, 0, 2, (2, 3, 4, 22))
    d.t("FINDINGS:\n")
    d.t(
        f"Rim-enhancing fluid collection in the {rng.choice(('right', 'left'))} submandibular space measuring "
        f"{rng.randint(15, 45)} x {rng.randint(10, 30)} x {rng.randint(12, 40)} mm, extending to the sublingual space. "
        f"Periapical lucency and cortical breach at the lingual plate adjacent to the roots. "
    )
    d.lk("Wharton's duct")
    d.t(" not dilated; no sialolith. ")
    d.lk("Stensen's duct")
    d.t(" normal. Airway narrowed to ")
    d.t(f"{rng.randint(5, 12)} mm at the oropharynx. No retropharyngeal extension. No internal jugular thrombosis.\n\n")
    d.brk()
    _rad_fillers(d, 0, 3)
    d.t("IMPRESSION:\nOdontogenic submandibular/sublingual abscess; airway narrowing. ")
    d.t("Discussed with Dr. ").f("PERSON", p=0.45).t(" by telephone ").f("PHONE", p=0.4, mask="___").t(".\n\n")
    d.brk()
    _rad_footer(d)
    d.brk()


# --------------------------------------------------------------------------------------------------
# Builders: discharge-type documents
# --------------------------------------------------------------------------------------------------


def _mimic_header(d: _Doc, service: str) -> None:
    rng = d.rng
    sx, _ = _sex(rng)
    d.t("Name:  ___                  Unit No:   ").f("MRN", p=0.5).t("\n\n")
    d.t("Admission Date:  ___              Discharge Date:   ___\n\n")
    d.t("Date of Birth:  ").f("DATE_REAL_YEAR", gen=_dob, p=0.5).t(f"             Sex:   {sx}\n\n")
    d.t(f"Service: {service}\n\n").brk()
    d.t("Allergies:\n")
    d.ch(
        "penicillin\n\n",
        "Patient recorded as having No Known Allergies to Drugs\n\n",
        "codeine / latex\n\n",
        "sulfa (hives)\n\n",
    )
    d.t("Attending: ").f("PERSON", p=0.4).t(".\n\n").brk()


def _b_omfs_consult(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch(
        "HOSPITAL DENTISTRY CONSULTATION\n",
        "ORAL & MAXILLOFACIAL SURGERY CONSULT NOTE\n",
        "Dental Clearance Consult -- Inpatient\n",
    )
    d.t("Pt: ___    MRN: ").f("MRN", p=0.5).t("    Loc: ___\n")
    d.t("Requesting service: ")
    d.pick(_DEPTS[7:10])
    d.t(" (Dr. ___)\n\n").brk()
    reason = rng.choice(
        (
            "dental clearance before head and neck radiation",
            "dental clearance before stem cell transplant",
            "dental evaluation prior to valve replacement",
            "jaw pain on IV antiresorptive therapy",
        )
    )
    d.t(f"Reason for consult: {reason}.\n\n")
    d.t("HPI: ")
    if "AGE_OVER_89" in d.pending and rng.random() < 0.7:
        d.f("AGE_OVER_89", p=1.0).t("-year-old")
    else:
        d.t("___ year old")
    d.t(
        f" {word} with {rng.choice(('oropharyngeal SCC', 'AML', 'severe aortic stenosis', 'multiple myeloma'))}. "
        "Last dental visit with Dr. "
    ).f("PERSON", p=0.45).t(" at ").f("ORGANIZATION", gen=_org_practice, p=0.45)
    d.t(f" in {rng.randint(2009, 2023)}")
    d.t(". Denies dental pain; reports loose lower front teeth. On ")
    d.pick(_BONE_RX)
    d.t(".\n\n").brk()
    d.t("Exam: Extraoral WNL, no lymphadenopathy, TMJ without clicking. Intraoral: ")
    d.t(f"DMFT {rng.randint(4, 26)}; gross caries #{_tooth(rng)}, #{_tooth(rng)}; mobility ")
    d.lk("Miller class")
    d.t(f" {rng.choice(('I', 'II', 'III'))} lower incisors; probing depths up to {rng.randint(4, 9)} mm.\n")
    d.t("Panoramic radiograph reviewed (see report ").sd_or_mask().t(").\n\n").brk()
    _extras(d, 0, 6)
    d.t("Assessment/Plan:\n1. Non-restorable teeth: extraction ")
    d.ch("at bedside under local anesthesia.", "in the OR with the planned port placement.", "in clinic next week.")
    d.t("\n2. Fluoride trays and ")
    d.pick(("Prevident 5000", "Duraphat"))
    d.t(" daily during and after radiation.\n3. ")
    _anesthetic(d)
    d.t("4. Dental clinic follow-up; clinic phone ").f("PHONE", p=0.5).t(".\n\n").brk()
    _filler(d)
    d.brk()
    d.ch("-- ", "Signed: ", "Electronically signed by ")
    d.f("PERSON", p=0.5)
    d.ch(", DMD, GPR resident", ", DDS", " (OMFS PGY-3)", ", DMD")
    d.t("   pager ").f("PAGER", p=0.6).t("\n")
    d.brk()


def _sticker(d: _Doc, n: int, site: int, udi: bool) -> None:
    rng = d.rng
    brand = rng.choice(_IMPLANTS)
    d.t(f"Implant {n} - site #{site}\n  System: ")
    d.lk(brand)
    d.t(f" {rng.choice(('3.3', '3.5', '4.1', '4.3', '4.8', '5.0'))} x {rng.choice((8, 10, 11.5, 13))} mm\n")
    d.t("  REF ")
    d.lk(_ref(rng))
    d.t("   LOT ")
    d.lk(_lot(rng))
    d.t("   EXP ")
    d.lk(_expiry(rng))
    d.t("\n")
    if udi:
        d.t("  UDI (01)")
        d.lk(_gtin(rng))
        d.t("(17)")
        d.lk(f"{rng.randint(26, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
        d.t("(10)")
        d.lk(_lot(rng))
        d.t("(21)").f("DEVICE_ID", p=0.7).t("\n")
    else:
        d.ch("  SN ", "  Serial: ", "  S/N: ")
        d.f("DEVICE_ID", p=0.6, mask=rng.choice(("___", "n/a", "___")))
        d.t("\n")
    d.t(f"  Insertion torque {rng.randint(15, 50)} Ncm; ISQ {rng.randint(55, 82)} (")
    d.lk("Osstell")
    d.t(")\n")


def _b_implant_record(d: _Doc) -> None:
    rng = d.rng
    d.ch("IMPLANT SURGERY RECORD\n", "DENTAL IMPLANT PLACEMENT - OPERATIVE NOTE\n", "OMFS Implant Log / Op Note\n")
    d.t("Patient: ___   DOB: ").f("DATE_REAL_YEAR", gen=_dob, p=0.4).t("   MRN: ").f("MRN", p=0.45).t("\n")
    d.t("Date of surgery: ").sd_or_mask().t("   Surgeon: ").f("PERSON", p=0.4).t("   Assistant: ___\n\n").brk()
    d.t("Pre-op dx: partial edentulism (")
    d.lk(rng.choice(_ICD))
    d.t("), ")
    d.lk(rng.choice(_EPONYMS_PERIO[2:4]))
    d.t(f" {rng.choice(('I', 'II', 'III'))}.\n")
    d.t("Anesthesia: ")
    d.ch("IV moderate sedation + local.", "local only.", "general, nasal intubation.")
    d.t("\n")
    _anesthetic(d)
    d.t("Perioral skin prepped with ")
    d.lk("Hibiclens")
    d.t("; full-thickness flap, osteotomy per surgical guide (")
    d.pick(_SOFTWARE[2:5])
    d.t("), irrigation with sterile saline.\n\n").brk()
    _extras(d, 0, 5, (6, 11, 12, 13, 7, 5, 17, 18, 21, 20))
    d.t("--- STICKERS ---\n")
    sites = sorted(rng.sample(range(2, 32), rng.randint(1, 3)))
    for k, s in enumerate(sites, 1):
        _sticker(d, k, s, rng.random() < 0.5)
    d.t("Graft: ")
    d.pick(("Bio-Oss", "Puros", "OsteoGen"))
    d.t(f" {rng.choice(('0.25', '0.5', '1.0'))} g  LOT ")
    d.lk(_lot(rng))
    d.t("  EXP ")
    d.lk(_expiry(rng))
    d.t("\nMembrane: ")
    d.pick(_GRAFTS[1:2] + _GRAFTS[5:])
    d.t(" 25 x 25 mm  LOT ")
    d.lk(_lot(rng))
    d.t("\n\n").brk()
    d.t("Closure with 4-0 ")
    d.lk("Vicryl")
    d.t(f"; healing abutments placed. EBL {rng.randint(5, 60)} mL.\n")
    d.t("Implant card given to patient; registration with manufacturer (")
    d.pick(_COUNTRIES[:4])
    d.t(").\n\n").brk()
    _filler(d)
    d.brk()
    d.t("Signed ").f("PERSON", p=0.5).t(rng.choice((", DDS, MS", ", DMD", " DDS MD", "")))
    d.t("   Lic: ").f("LICENSE", gen=_state_lic, p=0.5).t("\n")
    d.brk()


def _b_lab_order(d: _Doc) -> None:
    rng = d.rng
    d.ch(
        "DENTAL LABORATORY WORK ORDER / PRESCRIPTION\n",
        "LAB RX - Prosthodontics\n",
        "Dental Lab Authorization (copy scanned to chart)\n",
    )
    d.t("Lab: ___        Work order #: ").f("ACCOUNT", p=0.6).t("\n")
    d.t("Doctor: ").f("PERSON", p=0.45).t("   License #: ").f("LICENSE", gen=_state_lic, p=0.6).t("\n")
    d.t("Practice: ").f("ORGANIZATION", gen=_org_practice, p=0.5).t("\n")
    d.t("Ship to: ").f("STREET_ADDRESS", p=0.6).t(", ").f("LOCATION", p=0.55).t(", ")
    d.pick(_STATES)
    d.t(" ").f("ZIP", p=0.6).t("\n")
    d.t("Phone ").f("PHONE", p=0.45).t("   Fax ").f("FAX", p=0.55).t("\n")
    d.t("Patient: ___   Age: ")
    if "AGE_OVER_89" in d.pending and rng.random() < 0.7:
        d.f("AGE_OVER_89", p=1.0)
    else:
        d.lk(str(rng.randint(18, 88)))
    d.t(f"   Sex: {rng.choice('MF')}\n")
    d.t("Date sent: ").sd().t("   Due: ").sd().t("  (")
    d.ch("RUSH", "standard 10 working days", "try-in first")
    d.t(")\n\n").brk()
    d.t("| Tooth | Restoration | Material | Shade |\n|---|---|---|---|\n")
    for _ in range(rng.randint(1, 4)):
        d.t(f"| #{_tooth(rng)} | {rng.choice(_LAB_ITEMS)} | ")
        d.pick(_RESTORATIVE[:3])
        d.t(f" | {rng.choice(('A1', 'A2', 'A3', 'B1', 'BL2', 'C2'))} |\n")
    d.t("\nImpression/scan: ")
    d.pick(_RESTORATIVE[3:6])
    d.t(" (")
    d.lk(_version(rng))
    d.t(")\nImplant platform: ")
    d.pick(_IMPLANTS)
    d.t(", Ti-base, screw REF ")
    d.lk(_ref(rng))
    d.t(
        "\nOcclusion: light centric contact, no excursive contacts. Contacts: firm floss. Stump shade ND"
        f"{rng.randint(1, 9)}.\n"
    )
    if rng.random() < 0.5 or "URL" in d.pending or "EMAIL" in d.pending:
        d.t("Scan files uploaded to ").f("URL", p=0.7).t("; questions to ").f("EMAIL", p=0.7).t("\n")
    d.t("\n").brk()
    d.t("Instructions: Please return with analog model and ")
    d.ch("custom incisal guide.", "verification jig.", "printed models.")
    d.t(" Call before proceeding if reduction is insufficient.\n\n").brk()
    _extras(d, 0, 3, (7, 8, 6, 20))
    _filler(d)
    d.brk()
    d.t("Doctor's signature: ___________   ")
    d.ch("(e-signed)\n", "\n", "Date: ___\n")
    d.brk()


def _b_referral(d: _Doc) -> None:
    rng = d.rng
    d.f(
        "ORGANIZATION",
        gen=_org_practice,
        p=0.6,
        mask=lambda dd: dd.t("___ ").t(rng.choice(("Family Dentistry", "Dental Group", "Dental Associates"))),
    )
    d.t("\n").f("STREET_ADDRESS", p=0.6).t(" | ").f("LOCATION", p=0.55).t(", ")
    d.pick(_STATES)
    d.t(" ").f("ZIP", p=0.55).t("\n")
    d.ch("T ", "Phone: ", "Tel ")
    d.f("PHONE", p=0.55).t(rng.choice(("  |  F ", "   Fax: ", " / fax ")))
    d.f("FAX", p=0.55).t("\n")
    if rng.random() < 0.6 or "URL" in d.pending or "EMAIL" in d.pending:
        d.f("URL", p=0.7).t("  ").f("EMAIL", p=0.7).t("\n")
    d.t("\n").sd().t("\n\n").brk()
    d.t("To: ")
    d.pick(_DEPTS[:2])
    d.t(", ")
    d.ch("University Hospital", "___ Medical Center", "___")
    d.t("\nRe: ___     DOB: ").f("DATE_REAL_YEAR", gen=_dob, p=0.5)
    d.t("     Chart #: ").f("MRN", p=0.5).t("\n\n").brk()
    d.t("Dear Dr. ___,\n\n")
    d.t("Thank you for seeing my patient, a ")
    if "AGE_OVER_89" in d.pending and rng.random() < 0.7:
        d.f("AGE_OVER_89", p=1.0).t("-year-old")
    else:
        d.pick((f"{rng.randint(15, 88)}-year-old", "pleasant"))
    reason = rng.choice(
        (
            f"evaluation and removal of impacted #{rng.choice((1, 16, 17, 32))}",
            f"biopsy of a {rng.randint(4, 15)} mm white lesion of the left lateral tongue",
            "evaluation of a multilocular radiolucency of the right posterior mandible",
            f"implant placement at #{_tooth(rng)} and #{_tooth(rng)}",
            "extractions under general anesthesia (severe gag reflex and anxiety)",
        )
    )
    d.t(f", for {reason}. ")
    d.t("Medical history is significant for ")
    r = rng.random()
    if r < 0.3:
        d.ch("type 2 diabetes", "hypertension on amlodipine")
    elif r < 0.6:
        d.t("atrial fibrillation on ")
        d.pick(_BONE_RX[5:])
    else:
        d.t("osteoporosis treated with ")
        d.pick(_BONE_RX[:5])
    d.t(". Pano enclosed")
    if rng.random() < 0.4:
        d.t(" (")
        d.pick(_UNITS)
        d.t(")")
    d.t(f". The lesion has been present since at least {rng.randint(2012, 2024)}.\n\n")
    d.t("Insurance: ")
    d.pick(_CARRIERS)
    d.t(", member ID ").f("HEALTH_PLAN", p=0.5).t(", group ")
    d.lk(_group(rng))
    d.t(".\n\n").brk()
    _extras(d, 0, 5, (0, 2, 5, 6, 7, 8, 12, 13, 14, 19, 20))
    d.t("Please send your findings and the operative report to our office. Feel free to call me on my cell ")
    d.f("PHONE", p=0.5).t(" with any questions.\n\n").brk()
    d.t("Sincerely,\n\n")
    d.f("PERSON", p=0.6).t(rng.choice((", DDS\n", ", DMD\n", " DDS, FAGD\n", "\n")))
    d.t("NPI ").f("LICENSE", gen=_npi, p=0.45).t("\n")
    d.t("Enclosures: panoramic image, medical history, ")
    d.ch("periodontal chart", "photos", "CBCT on CD")
    d.t("\n")
    d.brk()


def _b_claim(d: _Doc) -> None:
    rng = d.rng
    d.t("ADA DENTAL CLAIM FORM (electronic image, pg 1/1)\n")
    d.t("Clearinghouse claim #: ").f("ACCOUNT", p=0.5).t("   Received ").sd().t("\n\n")
    d.t(
        "HEADER INFORMATION\n1. Type of Transaction: [X] Statement of Actual Services  [ ] Request for "
        "Predetermination/Preauthorization\n2. Predetermination/Preauthorization Number: "
    )
    d.f("ACCOUNT", p=0.5, mask=rng.choice(("___", "(blank)", "n/a")))
    d.t("\n\nINSURANCE COMPANY/DENTAL BENEFIT PLAN INFORMATION\n3. ")
    d.pick(_CARRIERS)
    d.t(", PO Box ___, ___, ")
    d.pick(_STATES)
    d.t(" ___\n\n").brk()
    d.t("POLICYHOLDER/SUBSCRIBER INFORMATION\n12. Name: ___\n")
    d.t("    Address: ").f("STREET_ADDRESS", p=0.5).t(", ").f("LOCATION", p=0.5).t(" ").f("ZIP", p=0.5).t("\n")
    d.t("13. Date of Birth: ").f("DATE_REAL_YEAR", gen=_dob, p=0.5)
    d.t(f"   14. Gender: {rng.choice('MF')}   15. Subscriber ID (SSN or ID#): ")
    if "SSN" in d.pending and rng.random() < 0.6:
        d.f("SSN", p=1.0)
    else:
        d.f("HEALTH_PLAN", p=0.6)
    d.t("\n16. Plan/Group Number: ")
    d.lk(_group(rng))
    d.t("   17. Employer Name: ").f("ORGANIZATION", gen=_org_employer, p=0.5).t("\n\n").brk()
    d.t("PATIENT INFORMATION\n18. Relationship to subscriber: ")
    d.ch("[X] Self", "[X] Spouse", "[X] Dependent Child")
    d.t("\n20. Name: ___   23. Patient ID/Account # (assigned by dentist): ").f("MRN", p=0.45).t("\n\n")
    d.t("RECORD OF SERVICES PROVIDED\n| # | Proc Date | Tooth | Surf | Code | Description | Fee |\n")
    for k in range(1, rng.randint(3, 6)):
        code, desc = rng.choice(_CDT)
        d.t(f"| {k} | ")
        d.sd()
        d.t(f" | {_tooth(rng)} | {rng.choice(('', 'O', 'MOD', 'B'))} | ")
        d.lk(code)
        d.t(f" | {desc} | {rng.randint(45, 2400)}.00 |\n")
    d.t(
        f"33. Missing teeth: {', '.join(str(x) for x in sorted(rng.sample(range(1, 33), 3)))}   "
        "34. Diagnosis code (ICD-10): "
    )
    d.lk(rng.choice(_ICD))
    d.t("\n35. Remarks: ")
    d.ch("Narrative and pano attached.", "Hospital outpatient, POS 22.", "See attached op note.")
    d.t("\n\n").brk()
    d.t("ANCILLARY CLAIM/TREATMENT INFORMATION\n38. Place of treatment: ")
    d.ch("22", "21", "11")
    d.t("   45. Treatment resulting from: ")
    if rng.random() < 0.45 or "VEHICLE_ID" in d.pending:
        d.t("[X] Auto accident  46. Date of accident: ").f("DATE_REAL_YEAR", gen=_date_recent, p=0.5)
        d.t("  47. Auto accident state: ")
        d.pick(_STATES)
        d.t("\n    Remarks: third-party auto carrier; vehicle ").f("VEHICLE_ID", p=0.8).t("\n")
    else:
        d.t("[ ] Occupational  [ ] Auto accident  [ ] Other accident\n")
    d.t("\n").brk()
    d.t("BILLING DENTIST OR DENTAL ENTITY\n48. ").f("ORGANIZATION", gen=_org_practice, p=0.5).t(", ___\n")
    d.t("49. NPI: ").f("LICENSE", gen=_npi, p=0.5).t("   50. License Number: ").f("LICENSE", gen=_state_lic, p=0.5)
    d.t("   51. SSN or TIN: ___\n52. Phone Number: ").f("PHONE", p=0.5).t("\n\n")
    d.t("TREATING DENTIST AND TREATMENT LOCATION\n53. Signed (Treating Dentist): ").f("PERSON", p=0.5)
    d.t("   Date: ").sd().t("\n56a. Provider Specialty Code: ")
    d.lk(rng.choice(("1223S0112X", "1223G0001X", "1223P0221X", "122300000X")))
    d.t("\n")
    d.brk()


def _b_predet(d: _Doc) -> None:
    rng = d.rng
    carrier = rng.choice(_CARRIERS)
    d.t("PRE-DETERMINATION OF BENEFITS -- ESTIMATE ONLY\n")
    d.lk(carrier)
    d.t(" | Dental Claims Administration\n\n")
    d.t("Predetermination #: ").f("ACCOUNT", p=0.6).t("        Date issued: ").sd().t("\n")
    d.t("Member: ").f("PERSON", p=0.35).t("    Member ID: ").f("HEALTH_PLAN", p=0.6).t("\n")
    d.t("Group: ")
    d.lk(_group(rng))
    d.t(" (employer group)   Patient DOB: ").f("DATE_REAL_YEAR", gen=_dob, p=0.5).t("\n")
    d.t("Treating dentist: Dr. ").f("PERSON", p=0.45).t(", ").f("ORGANIZATION", gen=_org_practice, p=0.5).t(
        "\n\n"
    ).brk()
    d.t("Code   Tooth  Submitted   Allowed   Plan pays   Patient est.\n")
    for _ in range(rng.randint(2, 5)):
        code, _desc = rng.choice(_CDT)
        sub = rng.randint(90, 2600)
        allowed = int(sub * rng.uniform(0.55, 0.9))
        pays = int(allowed * rng.choice((0.5, 0.8, 1.0, 0.0)))
        d.lk(code)
        d.t(f"  {_tooth(rng):>5}  {sub:>9.2f} {allowed:>9.2f} {pays:>10.2f} {allowed - pays:>12.2f}\n")
    d.t("\nNotes:\n- ")
    d.ch(
        "Frequency limitation: one panoramic image per 60 months.",
        "Implants subject to a 12-month waiting period.",
        f"Missing tooth clause applies to #{_tooth(rng)}.",
        f"Annual maximum remaining: ${rng.randint(3, 1500)}.",
    )
    d.t("\n- Bone graft codes are alternate-benefited to ")
    d.lk(rng.choice(_CDT)[0])
    d.t(".\n- This estimate is not a guarantee of payment; benefits are determined when the claim is received.\n")
    d.t("- Please fax radiographs and periodontal charting to ").f("FAX", p=0.55).t(".\n")
    d.t("- Hearing-impaired members: ")
    d.lk("TTY 711")
    d.t(". Medicaid information: ")
    d.pick(_PUBLIC_WEB[3:])
    d.t("\n\n").brk()
    _extras(d, 0, 3, (7, 14, 15, 20, 12))
    d.t("REQUEST SUBMITTED BY PROVIDER\nNarrative: ")
    d.t(f"Tooth #{_tooth(rng)} fractured below the gingiva, non-restorable; extraction with socket preservation (")
    d.pick(_GRAFTS[:3])
    d.t(") and delayed implant. Pt is ")
    if "AGE_OVER_89" in d.pending and rng.random() < 0.7:
        d.f("AGE_OVER_89", p=1.0)
    else:
        d.lk(str(rng.randint(20, 88)))
    d.t(" and wears a partial denture (")
    d.lk("Kennedy Class")
    d.t(f" {rng.choice(('I', 'II', 'III'))}).\nContact: ").f("PHONE", p=0.5).t(" / ").f("EMAIL", p=0.6).t("\n\n").brk()
    _filler(d)
    d.brk()


def _b_omfs_discharge(d: _Doc) -> None:
    rng = d.rng
    _mimic_header(d, "ORAL AND MAXILLOFACIAL SURGERY")
    cond = rng.choice(("fracture", "infection", "orthognathic"))
    cc = {
        "fracture": "jaw pain, malocclusion after assault",
        "infection": "right facial swelling, trismus",
        "orthognathic": "elective bimaxillary surgery",
    }[cond]
    proc = {
        "fracture": "ORIF mandible (MatrixMANDIBLE plates), maxillomandibular fixation with ",
        "infection": "incision and drainage of submandibular/sublingual spaces, extraction of #",
        "orthognathic": "Le Fort I osteotomy and bilateral sagittal split osteotomy (",
    }[cond]
    d.t(f"Chief Complaint:\n{cc}\n\nMajor Surgical or Invasive Procedure:\n{proc}")
    if cond == "fracture":
        d.pick(_EPONYMS_TRAUMA[4:6])
    elif cond == "infection":
        d.t(str(rng.choice((18, 19, 30, 31))))
    else:
        d.pick(_EPONYMS_ORTHO[8:])
        d.t(")")
    d.t("\n\n").brk()
    d.t("History of Present Illness:\n")
    if "AGE_OVER_89" in d.pending and rng.random() < 0.7:
        d.f("AGE_OVER_89", p=1.0).t(" y/o")
    else:
        d.t("___ y/o")
    if cond == "fracture":
        d.t(" assaulted on ").sd_or_mask().t(". Per ")
        d.f("ORGANIZATION", gen=_org_agency, p=0.45, mask="___ Police Department")
        d.t(" report the patient was pulled from a vehicle (plate ").f("VEHICLE_ID", gen=_plate, p=0.6).t(").")
        d.t(" CT showed bifocal mandible fracture. Transferred from ").f("ORGANIZATION", gen=_org_hospital, p=0.45).t(
            ".\n\n"
        )
    elif cond == "infection":
        d.t(
            f" with 5 days of toothache at #{rng.choice((18, 19, 30, 31))}, then progressive floor-of-mouth swelling"
            " concerning for "
        )
        d.lk("Ludwig's angina")
        d.t(". Seen first at ").f("ORGANIZATION", gen=_org_hospital, p=0.45).t(", given ")
        d.pick(_RX[1:5])
        d.t(", transferred.\n\n")
    else:
        d.t(" with skeletal ")
        d.pick(_EPONYMS_ORTHO[:2])
        d.t(" malocclusion after pre-surgical orthodontics with Dr. ").f("PERSON", p=0.45).t(".\n\n")
    d.brk()
    d.t("Social History:\n")
    d.ch("Lives with ", "Lives alone in ", "Lives with partner in ")
    d.f("LOCATION", p=0.5)
    d.t(". Works at ").f("ORGANIZATION", gen=_org_employer, p=0.45).t(
        f". Tobacco: {rng.choice(('never', '10 pack-years', 'vapes daily'))}.\n\n"
    )
    d.brk()
    _extras(d, 0, 6, (1, 2, 12, 13, 16, 17, 19, 21, 22, 23))
    d.t("Physical Exam:\n")
    d.t(
        f"T {rng.randint(366, 392) / 10:.1f}  HR {rng.randint(60, 118)}"
        f"  BP {rng.randint(100, 160)}/{rng.randint(55, 95)}"
        f"  RR {rng.randint(12, 22)}  SpO2 {rng.randint(93, 100)}% RA\n"
    )
    d.t(
        f"MIO {rng.randint(8, 45)} mm. Occlusion: "
        f"{rng.choice(('anterior open bite', 'stable in MMF', 'class I post-op'))}."
        " V3 sensation: "
    )
    d.ch("decreased left lower lip", "intact", "decreased bilaterally")
    d.t(". No ")
    d.lk("Bell's palsy")
    d.t("-type facial weakness.\n\n")
    d.t("Pertinent Results:\n")
    d.t(
        f"WBC-{rng.randint(45, 240) / 10:.1f} Hgb-{rng.randint(90, 160) / 10:.1f} Plt-{rng.randint(140, 420)} "
        f"Glucose-{rng.randint(80, 260)} Creat-{rng.randint(5, 14) / 10:.1f}\n\n"
    ).brk()
    d.t("Brief Hospital Course:\n")
    d.t("Patient taken to the OR ").sd_or_mask().t(". ")
    d.t("Post-operatively IV ")
    d.pick(("Unasyn", "Decadron"))
    d.t(", then PO ")
    d.pick(("Augmentin", "Cleocin", "Keflex"))
    d.t(". Diet advanced to full liquids. Airway monitored in the step-down unit. Wire cutters at bedside.\n\n").brk()
    d.t("Discharge Medications:\n1. ")
    d.lk("Peridex")
    d.t(
        " 0.12% 15 mL swish and spit BID\n2. Acetaminophen 650 mg liquid q6h\n3. Oxycodone 5 mg/5 mL"
        " q6h prn x 3 days\n\n"
    )
    d.t("Discharge Diagnosis:\n")
    d.ch(
        "Bifocal mandible fracture",
        "Odontogenic deep neck space infection",
        "Dentofacial deformity",
        "Mandible fracture; dental avulsion",
    )
    d.t(" (")
    d.lk(rng.choice(_ICD))
    d.t(
        ")\n\nDischarge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive."
        "\nActivity Status: Ambulatory - Independent.\n\n"
    )
    d.t("Discharge Disposition:\n")
    d.ch("Home", "Home with services", "Extended care: ")
    if d.items[-1][1] == "Extended care: ":
        d.f("ORGANIZATION", gen=_org_facility, p=0.5)
    d.t(
        "\n\nDischarge Instructions:\nFull liquid diet; no straws. Keep wire cutters with you at all times. Poison"
        " control "
    )
    d.lk(_HOTLINES[0])
    d.t(" for accidental ingestion; crisis line ")
    d.lk("988")
    d.t(" available 24/7. Return for breathing difficulty.\n\n")
    d.t("Followup Instructions:\nOMFS clinic in 1 week; call ").f("PHONE", p=0.5).t(" to confirm.\n")
    d.brk()


def _b_ga_note(d: _Doc) -> None:
    rng = d.rng
    sx, word = _sex(rng)
    d.ch(
        "HOSPITAL DENTISTRY - OPERATING ROOM NOTE (GENERAL ANESTHESIA)\n\n",
        "Dental Rehabilitation Under GA - Procedure Note\n\n",
    )
    d.t("Patient: ___   MRN ").f("MRN", p=0.45).t("   DOS: ").sd().t("\n")
    d.t("Operator: Dr. ").f("PERSON", p=0.4).t("   Anesthesia: ")
    d.pick(_DEPTS[4:5])
    d.t("\n\n").brk()
    d.t("Indication: ")
    if "AGE_OVER_89" in d.pending and rng.random() < 0.7:
        d.f("AGE_OVER_89", p=1.0).t(" yo")
    else:
        d.lk(_young_age(rng))
    d.t(f" {word} with {rng.choice(_GA_REASONS)}, unable to tolerate care in the chair. Resides at ")
    d.f("ORGANIZATION", gen=_org_facility, p=0.5, mask="___ group home")
    d.t(". Consent signed by legal guardian ").f("PERSON", p=0.5).t(" (")
    d.ch("sister", "mother", "court-appointed")
    d.t("), reachable at ").f("PHONE", p=0.5).t(".\n\n").brk()
    d.t("Anesthesia: nasotracheal intubation, throat pack placed. Duration ")
    d.lk("D9223")
    d.t(f" x {rng.randint(4, 12)} units.\n")
    d.t("Procedures:\n")
    for code, desc in rng.sample(_GA_CDT, rng.randint(3, 6)):
        d.t("  ")
        d.lk(code)
        d.t(f"  {desc}\n")
    d.t(f"Exam findings: gross caries #{_tooth(rng)}, #{_tooth(rng)}; generalized gingivitis; ")
    d.pick(_EPONYMS_PERIO[:2])
    d.t(" noted.\n")
    _anesthetic(d)
    d.t("Throat pack removed, count correct.\n\n").brk()
    _extras(d, 0, 5, (2, 7, 12, 13, 14, 15, 18, 19, 20, 21))
    d.t("Disposition: recovered in PACU, discharged to ")
    d.ch("group home staff", "guardian", "residential program van")
    if rng.random() < 0.5 or "VEHICLE_ID" in d.pending:
        d.t(" (vehicle tag ").f("VEHICLE_ID", gen=_plate, p=0.7).t(")")
    d.t(". Follow-up in hospital dentistry clinic in 6 months, recall for ")
    d.pick(_RX[6:8])
    d.t(" varnish.\n\n").brk()
    _filler(d)
    d.brk()
    d.t("Electronically signed: ").f("PERSON", p=0.45).t(", DDS   DEA ").f("LICENSE", gen=_dea, p=0.45).t("\n")
    d.brk()


# --------------------------------------------------------------------------------------------------
# Kinds, planting plan, corpus
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "panoramic": ("radiology", _b_panoramic),
    "cbct_implant": ("radiology", _b_cbct_implant),
    "ct_facial_trauma": ("radiology", _b_ct_trauma),
    "intraoral_fmx": ("radiology", _b_intraoral_fmx),
    "ceph_orthognathic": ("radiology", _b_ceph),
    "ct_neck_infection": ("radiology", _b_ct_neck),
    "omfs_consult": ("discharge", _b_omfs_consult),
    "implant_record": ("discharge", _b_implant_record),
    "lab_work_order": ("discharge", _b_lab_order),
    "referral_letter": ("discharge", _b_referral),
    "dental_claim": ("discharge", _b_claim),
    "predetermination": ("discharge", _b_predet),
    "omfs_discharge": ("discharge", _b_omfs_discharge),
    "ga_dental_note": ("discharge", _b_ga_note),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)

# 20 slots: 9 radiology (45%), 11 discharge
_KIND_WHEEL = (
    "panoramic",
    "panoramic",
    "cbct_implant",
    "cbct_implant",
    "ct_facial_trauma",
    "ct_facial_trauma",
    "intraoral_fmx",
    "ceph_orthognathic",
    "ct_neck_infection",
    "omfs_consult",
    "omfs_consult",
    "implant_record",
    "implant_record",
    "omfs_discharge",
    "omfs_discharge",
    "lab_work_order",
    "referral_letter",
    "dental_claim",
    "predetermination",
    "ga_dental_note",
)
_CAT_WHEEL = (
    "PERSON",
    "PERSON",
    "PERSON",
    "PERSON",
    "DATE_REAL_YEAR",
    "DATE_REAL_YEAR",
    "DATE_REAL_YEAR",
    "ORGANIZATION",
    "ORGANIZATION",
    "ORGANIZATION",
    "ACCOUNT",
    "ACCOUNT",
    "HEALTH_PLAN",
    "HEALTH_PLAN",
    "PHONE",
    "PHONE",
    "LOCATION",
    "LOCATION",
    "MRN",
    "MRN",
    "LICENSE",
    "LICENSE",
    "DEVICE_ID",
    "DEVICE_ID",
    "FAX",
    "PAGER",
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "SSN",
    "ZIP",
    "STREET_ADDRESS",
    "AGE_OVER_89",
    "VEHICLE_ID",
)


def _weyl(k: int, a: int, seed: int, b: int) -> int:
    return (k * a + seed * b) % _M


def document_kind(seed: int, i: int) -> str:
    return _KIND_WHEEL[_weyl(i, _A_KIND, seed, _B_KIND) * len(_KIND_WHEEL) // _M]


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7 + 3) % 20


def _plan(seed: int, i: int) -> list[str]:
    if _is_heavy(seed, i) or _weyl(i, _A_PLANT, seed, _B_PLANT) * 10000 // _M >= 6105:
        return []
    r = _weyl(i, _A_N, seed, _B_N) * 10 // _M
    n = 1 if r < 4 else 2 if r < 7 else 3 if r < 9 else 4
    return [_CAT_WHEEL[_weyl(i * 4 + j, _A_CAT, seed, _B_CAT) * len(_CAT_WHEEL) // _M] for j in range(n)]


def _heavy_block(d: _Doc) -> None:
    d.ch(
        "ROUTING / DISTRIBUTION (auto-generated)\n", "--- Interface header (HL7 ORU, pasted) ---\n", "Chart copy list\n"
    )
    d.t("  To: ___   Fax: ___   Phone: ___\n  cc: ___ ; ___ ; ___\n")
    d.t("  Patient: ___  DOB: ___  MRN: ___  Acct: ___\n")
    d.t("  Ins: ___  Member: ___  Address: ___, ___, ___ ___\n\n")


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout51:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(seed, i)
    d = _Doc(rng, _plan(seed, i), heavy)
    builder(d)
    while d.pending:
        cat = d.pending.pop(0)
        frag = _Doc(rng, [])
        _generic(frag, cat)
        breaks = [k for k, it in enumerate(d.items) if it[0] == "b"]
        k = rng.choice(breaks[1:] or breaks)
        d.items[k + 1 : k + 1] = [*frag.items, ("t", "\n\n")]
    text, _, _ = _assemble(d.items)
    while len(text) < 1150:
        pad = _Doc(rng, [])
        (_rad_filler if note_type == "radiology" else _filler)(pad, d.used_extras)
        breaks = [k for k, it in enumerate(d.items) if it[0] == "b"]
        k = breaks[-2] if len(breaks) > 1 else breaks[-1]
        d.items[k + 1 : k + 1] = pad.items
        text, _, _ = _assemble(d.items)
    if heavy:
        while text.count("___") < 25:
            hb = _Doc(rng, [])
            _heavy_block(hb)
            d.items[0:0] = hb.items
            text, _, _ = _assemble(d.items)
    text, spans, looks = _assemble(d.items)
    kept: list[str] = []
    for s in looks:
        if s in kept or not s:
            continue
        ok, start = True, text.find(s)
        while start >= 0:
            if any(a < start + len(s) and start < b for a, b, _ in spans):
                ok = False
                break
            start = text.find(s, start + 1)
        if ok:
            kept.append(s)
    return LabelledNote(note_type, text, spans), kept, ("heavy" if heavy else "normal")


def holdout51_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout51_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout51_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout51_corpus, argv, "Held-out corpus 51 (hospital dentistry / OMFS): detector recall and precision"
    )
    holdout_measure.report("holdout51", args, notes, hits, res)


if __name__ == "__main__":
    main()
