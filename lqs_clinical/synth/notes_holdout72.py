"""Held-out corpus 72: transportation medicine around an admission.

Commercial drivers, pilots, air traffic controllers, locomotive engineers and transit operators admitted after a
crash or a medical event, and the fitness-for-duty paperwork that follows them: DOT/FMCSA commercial-driver medical
exams and the medical examiner's certificate, FAA aeromedical certification and the aviation medical examiner, FRA
and transit fitness-for-duty, post-accident drug and alcohol testing with a medical review officer and its
chain-of-custody forms, and the crash reports that arrive with the patient.

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``cdl_crash_trauma`` (trauma discharge of a CDL driver after a truck crash), ``pilot_cardiac`` (airline
  or charter pilot with a cardiac event, grounded pending special issuance), ``rail_engineer`` (locomotive engineer
  after a grade-crossing strike or trespasser fatality), ``mro_addendum`` (post-accident DOT drug/alcohol testing and
  MRO verification addendum), ``dot_exam_consult`` (occupational-medicine consult on DOT medical certification),
  ``ame_consult`` (aviation-medicine consult for a pilot or controller), ``transit_seizure`` (bus or light-rail
  operator with a seizure at the controls), ``osa_drowsy_crash`` (drowsy-driving crash and new sleep apnoea);
- radiology: ``trauma_ct_panscan`` (CT head to pelvis after a crash), ``spine_mri_trauma`` (MRI/CT of the spine after
  a crash), ``coronary_cta`` (coronary CTA for aeromedical or DOT cardiac clearance), ``stress_echo`` (exercise
  stress echocardiogram for return to duty), ``airway_ct_osa`` (upper-airway CT for apnoea in a driver),
  ``brain_mri_seizure`` (MRI brain after a seizure or spell at the controls), ``extremity_xr_crash`` (extremity
  radiographs after a crash or crash landing).

Label policy:
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below state level (a
street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are never labelled, and "New
York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school
or employer, never a generic department, and never a drug maker, biotech or trial sponsor named as such (a jail,
prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year
1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888, 877,
866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax neither, a
practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order, requisition,
claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN member,
subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical,
nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:",
"pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus (theme choices):

- LICENSE: a CDL or any driver's licence number, a medical examiner's National Registry number, a pilot (airman)
  certificate number, an FRA locomotive-engineer or conductor certificate number, an AME's designee number, and the
  usual medical licence, DEA number and NPI.
- VEHICLE_ID: the plate of the truck, trailer or bus the patient drove, a VIN, an aircraft N-number, and the
  locomotive number (reporting mark and number) of the engine the patient ran.
- ACCOUNT: crash (MV-104A) and police report numbers, an NTSB accident number (a crash report's number),
  drug-test specimen / CCF ids and laboratory accession numbers, MRO case numbers, workers' compensation claim
  numbers, radiology accessions, encounter and order numbers.
- ORGANIZATION: trucking companies, airlines and charter operators, railroads, transit authorities, testing
  laboratories, MRO and consortium (C/TPA) firms, collection sites, occupational-medicine and AME practices,
  hospitals, sheriff's offices and police departments.
- LOCATION: towns, counties, and a named airport, rail yard or thruway service area where the crash happened or
  the patient is based; interstate and route designations and mile markers stay unlabelled.
- DATE_REAL_YEAR also covers the expiration date of a person's medical certificate or licence (a date about the
  person); only device, drug, lot and collection-kit expiry dates stay unlabelled.
- DEVICE_ID also covers the serial of an evidential breath-testing device and of a truck's electronic logging
  device, as device serials.
- Unlabelled public bodies: FMCSA, FAA, FRA, FTA, NTSB, DOT, PHMSA, SAMHSA, the National Registry and the
  Drug and Alcohol Clearinghouse, and their websites. USDOT and MC numbers of a carrier, employers' group numbers,
  regulation citations, form numbers (MCSA-5875, FAA Form 8500-8, the CCF's OMB number), kit lots, NDCs, model and
  REF numbers, software versions, vehicle makes and models stay unlabelled look-alikes. FAA MedXPress confirmation
  numbers, TWIC numbers and employee badge numbers only ever appear masked (``___``).

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the masked
PyHealth note-shaped samples with their SOURCES.md. I did not read the detector, its rules, any other corpus, any
other test, benchmark or history, and never ran the detector.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic sequences
# --------------------------------------------------------------------------------------------------

_M = 1 << 32
_A_PLANT = 2654435769   # frac(golden ratio) * 2**32
_A_KIND = 1779033703    # frac(sqrt 2) * 2**32
_A_CAT = 3144134277     # frac(sqrt 3) * 2**32
_PLANT_P = 0.6105


def _weyl(n: int, a: int) -> float:
    return ((n * a) % _M) / _M


# category weights (32 slots)
_WCATS = (
    ["LICENSE"] * 3 + ["VEHICLE_ID"] * 3 + ["ACCOUNT"] * 3 + ["ORGANIZATION"] * 3 + ["PERSON"] * 3
    + ["DATE_REAL_YEAR"] * 2 + ["LOCATION"] * 2
    + ["PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "HEALTH_PLAN", "ZIP",
       "STREET_ADDRESS", "AGE_OVER_89", "DEVICE_ID"]
)

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marisol", "Desmond", "Tobias", "Keisha", "Anatoly", "Priyanka", "Darnell", "Ingrid", "Wendell", "Rosalind",
    "Emeka", "Yusuf", "Colleen", "Thaddeus", "Luz", "Bartholomew", "Oksana", "Jerome", "Sunniva", "Rafael",
    "Latrice", "Henrik", "Mireille", "Osvaldo", "Delphine", "Kwabena", "Graciela", "Stellan", "Fenna",
    "Abdirahman", "Noreen", "Lachlan", "Tamsin", "Cornelius", "Harlan", "Beatriz", "Dmitri", "Ifeoma", "Caspian",
    "Wynona", "Ezekiel", "Solveig", "Marguerite", "Tariq", "Rhiannon", "Bogdan", "Odalys", "Leopold",
)
_LAST = (
    "Okonkwo", "Vandermeer", "Castellanos", "Brzezinski", "Halvorsen", "Tremblay", "Achterberg", "Nwachukwu",
    "Whitcombe", "Szymanski", "Ferreira", "Lindqvist", "McAllister", "O'Donoghue", "Papadakis", "Rasmussen",
    "Quintero", "Abernathy", "Kowalczyk", "Tsosie", "Yamamoto", "Oyelaran", "Strand", "Beaumont", "Mwangi",
    "Harrow", "Petrakis", "Thibodeaux", "Varga", "Eklund", "Gallardo", "Kirkland", "Novak", "Ashworth",
    "Dunleavy", "Ibarra", "Kaczmarek", "Lombardi", "Sorensen", "Fairweather", "Gutowski", "Amankwah", "Borowitz",
)
_TOWNS = (
    "Cortland", "Batavia", "Hornell", "Massena", "Oneonta", "Elmira", "Olean", "Gloversville", "Herkimer",
    "Cobleskill", "Malone", "Ogdensburg", "Canandaigua", "Oswego", "Norwich", "Watertown", "Plattsburgh",
    "Lockport", "Dunkirk", "Jamestown", "Salamanca", "Port Jervis", "Saratoga Springs", "Glens Falls",
    "Amsterdam", "Little Falls", "Fulton", "Geneva", "Seneca Falls", "Auburn", "Owego", "Walton", "Delhi",
    "Coxsackie", "Selkirk", "Mechanicville", "Cohoes", "Hoosick Falls", "Potsdam", "Lowville", "Boonville",
    "Canastota", "Baldwinsville", "Weedsport", "Waterloo", "Medina", "Albion", "Brockport", "Cheektowaga",
    "Tonawanda", "Depew", "Wellsville", "Bath", "Horseheads", "Painted Post", "Liverpool", "Rome",
)
_COUNTIES = (
    "Cortland County", "Herkimer County", "Steuben County", "Jefferson County", "St. Lawrence County",
    "Chautauqua County", "Delaware County", "Schoharie County", "Cattaraugus County", "Chenango County",
)
_PLACES = (
    "Selkirk Yard", "DeWitt Yard", "Frontier Yard", "Oneida County Airport", "Elmira-Corning Regional Airport",
    "Indian Castle service area", "Griffiss International Airport", "Pattersonville service area",
    "Massena International Airport", "Kirkwood Yard",
)
_STREETS = (
    "Depot", "Canal", "Erie", "Mohawk", "Seneca", "Freight", "Railroad", "Industrial Park", "Commerce",
    "Terminal", "Mill", "Genesee", "Chenango", "Susquehanna", "Lakeshore", "Ridge", "Orchard", "Maple", "Willow",
    "Cayuga", "Hangar", "Tug Hill", "Roundhouse", "Teamster", "Warehouse",
)
_SUFFIX = ("St", "Street", "Ave", "Rd", "Road", "Blvd", "Dr", "Pkwy", "Ln", "Way", "Ct", "Hwy")

_ORGS = {
    "truck": (
        "Ridgeline Freight Lines", "Mohawk Valley Haulers", "North Country Tank Lines",
        "Catskill Aggregate Transport", "Tug Hill Logistics", "Seaway Bulk Carriers", "Black River Trucking Co.",
        "Chenango Express Inc.", "Finger Lakes Reefer Lines", "Iroquois Flatbed LLC", "Erie Canal Carriers",
        "Adirondack Timber Haulers", "Salt City Cartage", "Oriskany Petroleum Transport",
    ),
    "air": (
        "Lakeshore Commuter Air", "Empire Regional Airways", "Seneca Air Charter", "Northway Aviation LLC",
        "Skyline Air Medical", "Tri-Lakes Flight Academy", "Catskill Flyers Inc.", "Hudson Highlands Air Cargo",
    ),
    "rail": (
        "Adirondack & Champlain Railway", "Finger Lakes Short Line Railroad", "Genesee & Oswego Railway",
        "Black Creek Short Line", "Chautauqua Lake Rail Freight", "Tioga Southern Railroad",
    ),
    "transit": (
        "Tri-County Regional Transit Authority", "Leatherstocking Area Transit", "Mid-Hudson Bus Authority",
        "Southern Tier Transit Authority", "Oneida-Herkimer Transit District", "Seaway Valley Transit",
    ),
    "lab": (
        "Clearpath Toxicology Laboratories", "Northstar Forensic Labs", "Meridian Drug Testing Laboratory",
        "Keystone Bioanalytical Services", "Lakeview Reference Toxicology",
    ),
    "mro": (
        "Pinnacle MRO Services", "Harbor Point Drug Testing Consortium", "TruLine Compliance Partners",
        "Millstone Collection Services", "Canalway Testing & Compliance",
    ),
    "hosp": (
        "St. Brendan's Medical Center", "Mohawk Valley General Hospital", "Cayuga Lakes Regional Hospital",
        "Tug Hill Community Hospital", "Upper Susquehanna Medical Center", "Holy Redeemer Hospital of Olean",
    ),
    "clinic": (
        "WorkWell Occupational Health", "Concord Occupational Medicine", "Route 20 Urgent Care & DOT Physicals",
        "Canalside Aviation Medicine", "Northway Sleep Diagnostics", "Thruway Occupational Health Partners",
    ),
    "police": (
        "Cortland County Sheriff's Office", "Town of DeWitt Police Department", "Village of Herkimer Police",
        "Ontario County Sheriff's Office", "City of Oneonta Police Department", "Steuben County Sheriff's Office",
    ),
}
_DOMAINS = (
    "ridgelinefreight.com", "mvhaulers.com", "nctanklines.com", "lakeshorecommuter.com", "senecaaircharter.com",
    "acrailway.com", "tcrta.org", "clearpathtox.com", "pinnaclemro.com", "workwelloh.com", "gmail.com",
    "yahoo.com", "outlook.com", "stbrendans.org", "canalsideame.com", "tughill-logistics.net",
)
_AREA = (315, 518, 607, 716, 585, 845, 914, 631, 347, 680, 838)

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _dg(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    m = r.random()
    if m < 0.42:
        return f"{f} {last}"
    if m < 0.57:
        return f"{f} {r.choice(_UP)}. {last}"
    if m < 0.69:
        return f"{last}, {f}"
    if m < 0.79:
        return f"{f} {last}".upper()
    if m < 0.89:
        return f"{f} {last}-{r.choice(_LAST)}"
    return f"{f[0]}. {last}"


def _plain_name(r: random.Random) -> str:
    return f"{r.choice(_FIRST)} {r.choice(_LAST)}"


def _phone(r: random.Random) -> str:
    a, x, n = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
    return r.choice((
        f"({a}) {x}-{n:04d}", f"{a}-{x}-{n:04d}", f"{a}.{x}.{n:04d}", f"{a} {x} {n:04d}",
        f"+1 {a} {x} {n:04d}", f"1-{a}-{x}-{n:04d}", f"{a}{x}{n:04d}", f"({a}){x}-{n:04d}",
    ))


def _tollfree_fax(r: random.Random) -> str:
    return f"{r.choice(('877', '888', '866', '855'))}-{r.randint(201, 989)}-{r.randint(0, 9999):04d}"


def _pager(r: random.Random) -> str:
    return r.choice((_dg(r, 4), _dg(r, 5), f"{r.randint(2, 9)}-{_dg(r, 4)}", f"{r.randint(100, 999)}-{_dg(r, 4)}"))


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    local = r.choice((f"{f[0]}{last}", f"{f}.{last}", f"{last}{r.randint(2, 99)}", f"{f}_{last[:4]}",
                      f"{f}.{last}.cdl", f"capt{last}"))
    return f"{local}@{r.choice(_DOMAINS)}"


def _url(r: random.Random) -> str:
    d = r.choice(_DOMAINS[:10] + _DOMAINS[13:])
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    return r.choice((
        f"https://drivers.{d}/portal/{f[0]}{last[:3]}{r.randint(100, 9999)}",
        f"www.{d}/safety/claims/{_dg(r, 5)}",
        f"http://portal.{d}/ccf/{_dg(r, 7)}",
        f"https://www.facebook.com/{f}.{last}.trucking",
        f"https://{d}/crew/{f}{last[:1]}",
        f"https://results.{d}/donor?id={_dg(r, 6)}",
    ))


def _ip(r: random.Random) -> str:
    return r.choice((
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"{r.choice((66, 71, 98, 104, 173, 206))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    ))


def _ssn(r: random.Random) -> str:
    a = r.choice((r.randint(101, 665), r.randint(667, 899)))
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_dg(r, 8), f"{r.randint(1, 9)}{_dg(r, 6)}", f"00{_dg(r, 2)}-{_dg(r, 4)}", f"MR{_dg(r, 7)}",
                     f"{r.randint(10, 99)}-{_dg(r, 2)}-{_dg(r, 3)}"))


def _account(r: random.Random, sub: str) -> str:
    if sub == "crash":
        return r.choice((f"{r.randint(18, 29)}-{_dg(r, 7)}", f"MV{_dg(r, 8)}",
                         f"{r.choice(_UP)}{_dg(r, 3)}-{_dg(r, 5)}"))
    if sub == "police":
        return r.choice((f"CR{_dg(r, 2)}-{_dg(r, 5)}", f"{_dg(r, 2)}-{_dg(r, 6)}", f"SO-{_dg(r, 6)}",
                         f"TPD{_dg(r, 7)}"))
    if sub == "ccf":
        return r.choice((_dg(r, 7), f"{r.choice(_UP)}{_dg(r, 7)}", f"{_dg(r, 3)} {_dg(r, 4)}", f"F{_dg(r, 8)}"))
    if sub == "lab":
        return r.choice((f"{_dg(r, 2)}{r.choice(_UP)}-{_dg(r, 6)}", f"TX{_dg(r, 8)}", f"{_dg(r, 9)}"))
    if sub == "ntsb":
        return (f"{r.choice(('ERA', 'CEN', 'WPR', 'ANC', 'DCA'))}{r.randint(18, 29)}{r.choice(('LA', 'FA', 'MA'))}"
                f"{_dg(r, 3)}")
    if sub == "claim":
        return r.choice((f"WC{_dg(r, 2)}-{_dg(r, 6)}", f"{r.randint(1, 9)}{r.choice(_UP)}{_dg(r, 6)}",
                         f"G{_dg(r, 4)}-{_dg(r, 5)}", f"{_dg(r, 3)}-{_dg(r, 2)}-{_dg(r, 5)}"))
    if sub == "mro":
        return r.choice((f"MRO-{_dg(r, 6)}", f"{r.choice(_UP)}{r.choice(_UP)}{_dg(r, 6)}", f"C{_dg(r, 7)}"))
    if sub == "acc":
        return r.choice((_dg(r, 8), f"RA{_dg(r, 7)}", f"{_dg(r, 4)}-{_dg(r, 5)}", f"CT{_dg(r, 8)}"))
    if sub == "enc":
        return r.choice((_dg(r, 10), f"E{_dg(r, 9)}", f"{_dg(r, 3)}-{_dg(r, 3)}-{_dg(r, 4)}"))
    return r.choice((f"ORD-{_dg(r, 7)}", f"{_dg(r, 9)}", f"O{_dg(r, 8)}"))


def _health_plan(r: random.Random, sub: str) -> str:
    if sub == "cin":
        return f"{r.choice(_UP)}{r.choice(_UP)}{_dg(r, 5)}{r.choice(_UP)}"
    if sub == "mbi":
        a = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a + '0123456789')}{r.randint(0, 9)}-{r.choice(a)}"
                f"{r.choice(a + '0123456789')}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{_dg(r, 2)}")
    if sub == "policy":
        return r.choice((f"OA-{_dg(r, 4)}-{_dg(r, 5)}", f"{_dg(r, 2)}{r.choice(_UP)}-{_dg(r, 3)}-{_dg(r, 4)}"))
    return r.choice((f"{r.choice(_UP)}{r.choice(_UP)}{r.choice(_UP)}{_dg(r, 9)}", f"W{_dg(r, 9)}",
                     f"{_dg(r, 11)}", f"TMF{_dg(r, 7)}-0{r.randint(1, 4)}"))


def _license(r: random.Random, sub: str) -> str:
    if sub == "cdl":
        d = _dg(r, 9)
        return r.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", _dg(r, 8),
                         f"{r.choice(_UP)}{_dg(r, 4)} {_dg(r, 5)} {_dg(r, 5)}",
                         f"{r.choice(_UP)}{r.choice(_UP)}{_dg(r, 6)}",
                         f"{r.choice(_UP)}{_dg(r, 3)}-{_dg(r, 4)}-{_dg(r, 4)}"))
    if sub == "nrcme":
        return r.choice((_dg(r, 10), f"{_dg(r, 4)} {_dg(r, 3)} {_dg(r, 3)}"))
    if sub == "pilot":
        return r.choice((_dg(r, 7), f"{r.randint(1, 4)}{_dg(r, 6)}", _dg(r, 8)))
    if sub == "npi":
        return f"1{_dg(r, 9)}"
    if sub == "dea":
        return f"{r.choice('ABFM')}{r.choice(_UP)}{_dg(r, 7)}"
    if sub == "fra":
        return r.choice((f"LE-{_dg(r, 5)}", f"{_dg(r, 6)}", f"CC{_dg(r, 6)}"))
    if sub == "ame":
        return r.choice((f"{_dg(r, 5)}-{r.randint(1, 9)}", _dg(r, 5) + r.choice(_UP)))
    return r.choice((_dg(r, 6), f"{_dg(r, 3)}-{_dg(r, 3)}", f"MD{_dg(r, 6)}"))


def _vin(r: random.Random) -> str:
    pre = r.choice(("1FUJGLDR", "3AKJHHDR", "1XKYD49X", "4V4NC9EH", "1M1AN4GY", "1HTMMAAN", "1UYVS253",
                    "1JJV532D", "1XPBD49X", "4UZAANDH"))
    return pre + "".join(r.choice(_VIN_CH) for _ in range(17 - len(pre)))


def _vehicle(r: random.Random, sub: str) -> str:
    if sub == "vin":
        return _vin(r)
    if sub == "nnum":
        return "N" + r.choice((f"{r.randint(1, 9)}{_dg(r, 3)}{r.choice(_UP)}", f"{r.randint(10, 99)}{r.choice(_UP)}"
                               f"{r.choice(_UP)}", f"{r.randint(100, 999)}{r.choice(_UP)}{r.choice(_UP)}",
                               f"{r.randint(1000, 99999)}"))
    if sub == "loco":
        return r.choice((f"ACRY {_dg(r, 4)}", f"FLSR {r.randint(100, 3999)}", f"GOR {_dg(r, 4)}",
                         f"TSRR {r.randint(10, 999)}", f"CLRF {_dg(r, 4)}"))
    if sub == "trailer":
        return r.choice((f"TR {_dg(r, 5)}", f"{_dg(r, 5)}-TR", f"{r.choice(_UP)}{r.choice(_UP)}{_dg(r, 5)}"))
    if sub == "bus":
        return r.choice((f"BA {_dg(r, 4)}", f"{_dg(r, 4)}-BA", f"OMN-{_dg(r, 4)}"))
    return r.choice((f"{_dg(r, 5)}-PC", f"{_dg(r, 5)}PC", f"{r.choice(_UP)}{r.choice(_UP)}{r.choice(_UP)}-{_dg(r, 4)}",
                     f"{r.choice(_UP)}{r.choice(_UP)} {_dg(r, 5)}", f"{r.choice(_UP)}{_dg(r, 2)}-{_dg(r, 3)}"))


def _device(r: random.Random, sub: str) -> str:
    if sub == "cpap":
        return _dg(r, 11)
    if sub == "zio":
        return f"{r.choice(_UP)}{_dg(r, 9)}"
    if sub == "ilr":
        return f"RLA{_dg(r, 6)}{r.choice(_UP)}"
    if sub == "ebt":
        return r.choice((f"90-{_dg(r, 6)}", f"ARAL-{_dg(r, 4)}", _dg(r, 6)))
    if sub == "asset":
        return r.choice((_dg(r, 7), f"BME-{_dg(r, 6)}", f"{r.choice(_UP)}{_dg(r, 6)}"))
    if sub == "eld":
        return f"PT30-{_dg(r, 7)}"
    if sub == "pm":
        return f"{r.choice(_UP)}{r.choice(_UP)}{r.choice(_UP)}{_dg(r, 6)}{r.choice(_UP)}"
    return f"SN{_dg(r, 6)}{r.choice(_UP)}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _fmt_date(r: random.Random, y: int, m: int, d: int) -> str:
    mon = _MONTHS[m - 1]
    return r.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}",
        f"{d} {mon[:3]} {y}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{m:02d}.{d:02d}.{y}", f"{mon[:3]}. {d} {y}",
    ))


def _real_date(r: random.Random, lo: int = 2016, hi: int = 2029) -> str:
    return _fmt_date(r, r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def _sdate(r: random.Random) -> str:
    """A shifted (2100-2200) date, never labelled."""
    y, m, d = r.randint(2108, 2196), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}"))


def _zip(r: random.Random) -> str:
    z = f"{r.randint(120, 149)}{r.randint(0, 99):02d}"
    return z if r.random() < 0.8 else f"{z}-{_dg(r, 4)}"


def _street(r: random.Random) -> str:
    base = r.choice((
        f"{r.randint(2, 9899)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}",
        f"{r.randint(2, 9899)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}",
        f"{r.randint(100, 9899)} State Route {r.randint(5, 400)}",
        f"{r.randint(2, 899)} {r.choice(('N', 'S', 'E', 'W'))} {r.choice(_STREETS)} {r.choice(_SUFFIX)}",
        f"{r.randint(2, 9899)} County Road {r.randint(2, 90)}",
    ))
    u = r.random()
    if u < 0.18:
        base += f" Apt {r.randint(1, 40)}{r.choice('ABCD')}"
    elif u < 0.26:
        base += f", Unit {r.randint(1, 12)}"
    return base


def _location(r: random.Random) -> str:
    u = r.random()
    if u < 0.66:
        return r.choice(_TOWNS)
    if u < 0.83:
        return r.choice(_COUNTIES)
    return r.choice(_PLACES)


def _org(r: random.Random, sub: str | None = None) -> str:
    return r.choice(_ORGS[sub or r.choice(tuple(_ORGS))])


# --------------------------------------------------------------------------------------------------
# Look-alike helpers (returned, never labelled)
# --------------------------------------------------------------------------------------------------

def _usdot(r: random.Random) -> str:
    return f"[[USDOT {r.randint(1000000, 3999999)}]]"


def _mcnum(r: random.Random) -> str:
    return f"[[MC-{r.randint(100000, 999999)}]]"


def _tollfree(r: random.Random) -> str:
    return f"[[1-{r.choice(('800', '888', '877', '866', '855', '844', '833'))}-{r.randint(201, 989)}-{_dg(r, 4)}]]"


def _age_lk(r: random.Random, lo: int = 24, hi: int = 68) -> str:
    a = r.randint(lo, hi)
    return r.choice((f"[[{a}-year-old]]", f"[[{a} year old]]", f"[[{a} y/o]]", f"[[{a}yo]]"))


def _expiry(r: random.Random) -> str:
    y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"exp [[{y}-{m:02d}-{d:02d}]]", f"EXP [[{m:02d}/{d:02d}/{y}]]", f"Exp. [[{y}-{m:02d}]]"))


def _ndc(r: random.Random) -> str:
    return f"[[NDC {_dg(r, 5)}-{_dg(r, 4)}-{_dg(r, 2)}]]"


def _lot(r: random.Random) -> str:
    return f"[[Lot {r.choice(_UP)}{_dg(r, 2)}{r.choice(_UP)}{_dg(r, 4)}]]"


EPONYMS_AND_BRANDS = (
    "Snellen", "Ishihara", "Titmus", "Epworth Sleepiness Scale", "STOP-BANG", "Mallampati", "Glasgow Coma Scale",
    "Brugada", "Wolff-Parkinson-White", "CHA2DS2-VASc", "Bruce protocol", "Duke treadmill score", "Agatston",
    "CAD-RADS", "Chance fracture", "Jefferson fracture", "hangman's fracture", "Denis", "Lisfranc", "Weber B",
    "Colles", "Boehler angle", "Morel-Lavallee", "Kerley B", "Hounsfield", "AAST", "Denver criteria", "TLICS",
    "Foley", "Jackson-Pratt", "Aspen collar", "Miami J", "Bair Hugger", "ResMed AirSense 10", "Philips DreamStation",
    "Zio XT", "Reveal LINQ", "Holter", "Intoxilyzer 9000", "Drager Alcotest 9510", "Lifeloc FC20", "Omnipaque 350",
    "Isovue-370", "Siemens SOMATOM Force", "GE Revolution CT", "Eliquis", "Xarelto", "Lovenox", "Keppra",
    "Toradol", "Dilaudid", "Percocet", "Zofran", "Protonix", "Narcan", "Ambien", "Provigil", "Chantix", "Lipitor",
    "Toprol-XL", "Freightliner Cascadia", "Peterbilt 579", "Kenworth T680", "Cessna 172S", "Piper PA-28",
    "Embraer E175", "EMD SD40-2", "GE ES44AC", "New Flyer Xcelsior", "Gillig Low Floor", "PowerScribe 360",
    "syngo.via", "Vitrea", "Romberg", "Dix-Hallpike", "Babinski", "Muller maneuver", "Friedman", "Berlin Questionnaire",
    "Fick", "Simpson biplane", "Definity", "Lexiscan", "Flomax", "Vimpat", "Depakote", "Ativan", "Zoloft",
    "Lexapro", "Wellbutrin", "Ozempic", "Jardiance", "Metformin ER",
)


def _b(name: str) -> str:
    """Mark an eponym or brand from EPONYMS_AND_BRANDS as a look-alike."""
    assert name in EPONYMS_AND_BRANDS, name
    return f"[[{name}]]"


# --------------------------------------------------------------------------------------------------
# Plant templates: cat -> list of (note types, placement, fn(r) -> (text with one @@, value))
#   placement: head (after the first section), line (own line between sections),
#              prose (appended to a prose paragraph), tail (end of the note)
# --------------------------------------------------------------------------------------------------

Tmpl = tuple[str, str, Callable[[random.Random, frozenset[str]], tuple[str, str]]]

_KIND_MODES = {
    "cdl_crash_trauma": "truck crash", "pilot_cardiac": "air cardiac chest", "rail_engineer": "rail crash",
    "mro_addendum": "truck air rail transit crash", "dot_exam_consult": "truck transit", "ame_consult": "air",
    "transit_seizure": "transit crash", "osa_drowsy_crash": "truck crash sleep",
    "trauma_ct_panscan": "truck transit crash chest", "spine_mri_trauma": "truck air rail transit crash",
    "coronary_cta": "truck air cardiac chest", "stress_echo": "truck air rail transit cardiac chest",
    "airway_ct_osa": "truck sleep", "brain_mri_seizure": "truck air rail transit",
    "extremity_xr_crash": "truck air rail transit crash",
}


def _emp(r: random.Random, md: frozenset[str]) -> str:
    subs = sorted(md & {"truck", "air", "rail", "transit"}) or ["truck", "air", "rail", "transit"]
    return _org(r, r.choice(subs))


def _fits(spec: str, code: str, md: frozenset[str]) -> bool:
    """spec is "d", "r" or "dr", optionally "@a+b,c": allowed if any alternative's modes are all present."""
    types, _, alts = spec.partition("@")
    if code not in types:
        return False
    return not alts or any(set(alt.split("+")) <= md for alt in alts.split(","))


def _person_templates() -> list[Tmpl]:
    p = _person
    return [
        ("d@truck,transit", "tail", lambda r, md: ("Medical examiner (National Registry): Dr. @@ -- NRCME # "
                                                   "___\n", p(r))),
        ("dr", "tail", lambda r, md: (f"Electronically signed by: @@, {r.choice(('MD', 'DO', 'PA-C'))} on "
                                  f"[[{_sdate(r)}]] {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n", p(r))),
        ("d@truck", "prose", lambda r, md: ("Collateral obtained from the carrier's safety director, @@, who confirms "
                                            "the "
                                  "driver was in the 9th hour of an 11-hour driving window per the ELD download.",
                                  _plain_name(r))),
        ("d", "prose", lambda r, md: ("MRO review: Dr. @@ (MRO) interviewed the donor by phone on ___; "
                                  "result verified as reported.", _plain_name(r))),
        ("dr", "head", lambda r, md: ("Referring: ___ / @@, PA-C\n", p(r))),
        ("d", "line", lambda r, md: ("HCP / emergency contact: wife, @@ - phone ___\n", p(r))),
        ("d", "tail", lambda r, md: ("cc: @@, Designated Employer Representative (DER)\n", p(r))),
        ("r@crash", "tail", lambda r, md: (f"Findings discussed with Dr. @@ (trauma surgery) by telephone at "
                                 f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}, read-back confirmed.\n",
                                 _plain_name(r))),
        ("d", "line", lambda r, md: ("| Role       | Name                 | Phone "
                                     "|\n|------------|----------------------|"
                                 "-------|\n| Collector  | @@ | ___ |\n| DER        | ___ | ___ |\n", p(r))),
        ("d@air", "prose", lambda r, md: ("His first officer, Capt. @@, was uninjured and accompanied him to the ED.",
                                  _plain_name(r))),
        ("d@air", "line", lambda r, md: ("AME of record:\nDr.\n@@ -- will need the\nhospital records for the special "
                                 "issuance packet.\n", _plain_name(r))),
        ("dr", "line", lambda r, md: ("CCF STEP 4  COLLECTOR NAME (PRINT): @@    SIGNATURE: on file\n",
                                  _plain_name(r).upper())),
        ("d", "prose", lambda r, md: (f"BAT @@ performed the confirmation breath test on an {_b('Intoxilyzer 9000')} "
                                  f"(BrAC 0.000).", p(r))),
        ("d@rail", "prose", lambda r, md: ("The conductor, @@, was also in the cab and was evaluated separately.",
                                  _plain_name(r))),
        ("d@crash", "prose", lambda r, md: ("Spoke with Dep. @@ of the sheriff's office, who states no citation was "
                                            "issued "
                                  "at the scene.", _plain_name(r))),
        ("r", "head", lambda r, md: ("Ordering provider: @@ (ED)\n", p(r))),
        ("dr", "tail", lambda r, md: ("Resident: ___   Attending:  @@\n", p(r))),
        ("d@truck,transit,rail", "line", lambda r, md: ("Pt's dispatcher (@@) called x2 asking for a return-to-work "
                                                        "date; no information "
                                 "released without authorization.\n", _plain_name(r))),
    ]


def _org_templates() -> list[Tmpl]:
    return [
        ("d@truck", "line", lambda r, md: (f"Employer: @@  ({_usdot(r)}, {_mcnum(r)})\n", _org(r, "truck"))),
        ("d@truck", "prose", lambda r, md: ("He drives a Class A "
                                            f"{r.choice(('reefer', 'dry van', 'flatbed', 'tanker'))} "
                                  "for @@ out of ___.", _org(r, "truck"))),
        ("d", "prose", lambda r, md: ("The split specimen was sealed and shipped to @@ (HHS-certified) per "
                                  "[[49 CFR Part 40]].", _org(r, "lab"))),
        ("dr", "prose", lambda r, md: ("Transferred from @@ after initial stabilization.", _org(r, "hosp"))),
        ("r", "head", lambda r, md: ("OUTSIDE IMAGES:  CT performed at @@ on ___ was reviewed for comparison.\n",
                                 _org(r, "hosp"))),
        ("dr@air", "prose", lambda r, md: ("He is a first officer with @@ and last flew a duty period ending ___.",
                                   _org(r, "air"))),
        ("d@transit", "prose", lambda r, md: (f"Works as a bus operator for the @@ (about {r.randint(3, 25)} years).",
                                  _org(r, "transit"))),
        ("dr@rail", "prose", lambda r, md: ("Locomotive engineer with @@, assigned to the ___ "
                                            "local.", _org(r, "rail"))),
        ("d@crash", "line", lambda r, md: ("Police agency: @@ -- crash report requested by case management.\n",
                                 _org(r, "police"))),
        ("d@crash", "tail", lambda r, md: ("Return-to-duty evaluation to be completed at @@ once cleared by ortho.\n",
                                 _org(r, "clinic"))),
        ("d", "line", lambda r, md: ("| Employer | @@ |\n| Position | safety-sensitive (DOT covered) |\n",
                                 _emp(r, md))),
        ("d", "line", lambda r, md: ("MRO services:  @@   phone ___   fax ___\n", _org(r, "mro"))),
        ("r@cardiac", "line", lambda r, md: ("Comparison:  outside CTA from @@, images pushed via PowerShare.\n",
                                 _org(r, "hosp"))),
        ("d", "prose", lambda r, md: ("Collection was done at the @@ site under direct observation.", _org(r, "mro"))),
        ("r", "prose", lambda r, md: ("Study requested by @@ for return-to-duty clearance.",
                                  _emp(r, md) if r.random() < 0.6 else _org(r, "clinic"))),
        ("d@truck", "prose", lambda r, md: ("He was employed as a dispatcher-turned-driver by\n@@ until last spring.",
                                  _org(r, "truck"))),
        ("dr", "line", lambda r, md: ("emplyer: @@\n", _emp(r, md))),
    ]


def _license_templates() -> list[Tmpl]:
    return [
        ("d@truck,transit", "line", lambda r, md: (f"CDL: @@ (Class A, {r.choice(('H/N/T', 'N/T', 'X', 'P/S', 'T'))} "
                                                   "endorsements, "
                                 "[[New York]]) -- exp ___\n", _license(r, "cdl"))),
        ("d@truck,transit", "line", lambda r, md: ("Medical examiner: ___, DC -- National Registry No. "
                                                   "@@\n", _license(r, "nrcme"))),
        ("d@truck,transit", "line", lambda r, md: ("MEC ([[MCSA-5876]]) | examiner ___ | Registry # @@ | expires ___\n",
                                 _license(r, "nrcme"))),
        ("dr@air", "prose", lambda r, md: ("Holds an ATP certificate (no. @@) and a first-class medical.",
                                   _license(r, "pilot"))),
        ("d@air", "line", lambda r, md: ("Airman certificate #:  @@     Medical class: ___\n", _license(r, "pilot"))),
        ("r", "tail", lambda r, md: ("Ordering: ___, NPI @@\n", _license(r, "npi"))),
        ("d@truck,transit", "prose", lambda r, md: ("His driver lic. @@ ([[Pennsylvania]]) was taken by the trooper "
                                                    "at the scene.",
                                  _license(r, "cdl"))),
        ("d@rail", "line", lambda r, md: ("FRA Part 240 engineer certificate no. @@ -- certification held pending "
                                 "fitness review\n", _license(r, "fra"))),
        ("d@air", "line", lambda r, md: ("Senior AME ___, designee no. @@, will review the records.\n",
                                 _license(r, "ame"))),
        ("dr", "tail", lambda r, md: ("___, MD   NY lic. @@\n", _license(r, "med"))),
        ("d", "tail", lambda r, md: ("Prescriber DEA: @@\n", _license(r, "dea"))),
        ("r", "tail", lambda r, md: ("Dictated by: ___, MD     NPI:@@\n", _license(r, "npi"))),
        ("d@truck", "line", lambda r, md: ("Driver's Liscense #: @@  (class A commercial)\n", _license(r, "cdl"))),
        ("d@truck,transit", "prose", lambda r, md: ("Per the MVA exchange form his operator's license is @@, state of "
                                                    "issue "
                                  "[[Vermont]].", _license(r, "cdl"))),
        ("dr@truck,transit", "line", lambda r, md: ("Examiner NRCME#@@ signed the short-term "
                                                    "certificate\n", _license(r, "nrcme"))),
        ("d@rail", "line", lambda r, md: ("Conductor cert: @@ (Part 242)\n", _license(r, "fra"))),
    ]


_BUSES = ('New Flyer Xcelsior', 'Gillig Low Floor')
_TRACTORS = ('Freightliner Cascadia', 'Peterbilt 579', 'Kenworth T680')


def _vehicle_templates() -> list[Tmpl]:
    return [
        ("d@truck", "line", lambda r, md: ("Tractor: "
                                           f"{_b(r.choice(_TRACTORS))}"
                                 ", VIN @@\n", _vehicle(r, "vin"))),
        ("d@truck", "prose", lambda r, md: ("The trailer (plate @@) was loaded with roughly 40,000 lb of paper rolls.",
                                  _vehicle(r, "trailer"))),
        ("dr@air", "prose", lambda r, md: ("He was pilot in command of a "
                                           f"{_b(r.choice(('Cessna 172S', 'Piper PA-28')))}, "
                                   "@@, which sustained substantial damage.", _vehicle(r, "nnum"))),
        ("d@rail", "prose", lambda r, md: ("He was running lead locomotive @@ (unit type "
                                           f"{_b(r.choice(('EMD SD40-2', 'GE ES44AC')))})"
                                  " at about 38 mph.", _vehicle(r, "loco"))),
        ("d@transit", "prose", lambda r, md: (f"She was operating bus plate @@ (a {_b(r.choice(_BUSES))}) on a fixed "
                                              "route.",
                                  _vehicle(r, "bus"))),
        ("d@truck+crash,transit+crash", "line", lambda r, md: ("Per crash report: Veh 1 plate @@ (NY) -- towed to "
                                                               "___\n", _vehicle(r, "plate"))),
        ("r@air+crash", "head", lambda r, md: ("HISTORY:  Pilot of @@, forced landing in a field, back pain.\n",
                                 _vehicle(r, "nnum"))),
        ("d@truck", "line", lambda r, md: ("| VIN | @@ |\n| Make/Model | ___ |\n", _vehicle(r, "vin"))),
        ("dr@truck+crash,transit+crash", "line", lambda r, md: ("Veh 1:  @@       Veh 2:  "
                                                                "___\n", _vehicle(r, "plate"))),
        ("r@truck+crash", "prose", lambda r, md: ("Restrained driver of tractor-trailer plate @@, "
                                                  "rollover.", _vehicle(r, "plate"))),
        ("d@air", "prose", lambda r, md: ("The aircraft (@@) was a company "
                                  f"{_b('Embraer E175')} on a ferry leg.", _vehicle(r, "nnum"))),
        ("d@rail", "line", lambda r, md: ("Unit/engine: @@\n", _vehicle(r, "loco"))),
        ("r@truck", "line", lambda r, md: ("Work comp info on requisition: unit VIN @@ / carrier ___\n",
                                           _vehicle(r, "vin"))),
        ("r@truck", "line", lambda r, md: ("DOT/WC billing: tractor plate @@ -- carrier claim ___\n",
                                           _vehicle(r, "plate"))),
        ("r@air", "line", lambda r, md: ("Occupational history (req): pilot, aircraft @@\n", _vehicle(r, "nnum"))),
        ("r@rail", "line", lambda r, md: ("Employer requisition: engineer, locomotive @@\n", _vehicle(r, "loco"))),
        ("r@transit", "line", lambda r, md: ("Transit authority referral, bus plate @@\n", _vehicle(r, "bus"))),
        ("d@truck+crash", "prose", lambda r, md: ("Truck tag # @@ per the tow slip.", _vehicle(r, "plate"))),
    ]


def _account_templates() -> list[Tmpl]:
    return [
        ("d@crash", "line", lambda r, md: ("Crash report no. @@ ([[MV-104A]]) requested from the investigating "
                                           "agency.\n",
                                 _account(r, "crash"))),
        ("dr", "line", lambda r, md: ("CCF / Specimen ID: @@\n", _account(r, "ccf"))),
        ("d", "prose", lambda r, md: ("Lab accession @@ -- confirmed negative on all five "
                                      "panels.", _account(r, "lab"))),
        ("d", "line", lambda r, md: ("Workers' comp claim # @@ -- carrier ___\n", _account(r, "claim"))),
        ("dr@crash", "prose", lambda r, md: ("The NTSB accident number is @@; an investigator may request records.",
                                   _account(r, "ntsb"))),
        ("r", "head", lambda r, md: ("ACCESSION: @@\n", _account(r, "acc"))),
        ("d@crash", "line", lambda r, md: ("Police report #@@\n", _account(r, "police"))),
        ("dr", "line", lambda r, md: ("Encounter:  @@    Acct type: INPT\n", _account(r, "enc"))),
        ("d", "line", lambda r, md: ("MRO case # @@ (post-accident, [[49 CFR 382.303]])\n", _account(r, "mro"))),
        ("r@cardiac", "line", lambda r, md: ("Order #@@ -- CTA coronary w/ calcium score\n", _account(r, "order"))),
        ("d", "line", lambda r, md: ("Specimen ID No. @@ / split bottle B sealed\n", _account(r, "ccf"))),
        ("r", "tail", lambda r, md: ("Accession number:   @@\n", _account(r, "acc"))),
        ("d", "prose", lambda r, md: ("Claim @@ has been opened with the carrier's workers' compensation insurer.",
                                  _account(r, "claim"))),
        ("d@rail", "line", lambda r, md: ("Specimin # @@ (FRA post-accident box)\n", _account(r, "lab"))),
    ]


def _health_templates() -> list[Tmpl]:
    return [
        ("d", "line", lambda r, md: (f"Insurance: union health fund -- member ID @@, [[group {_dg(r, 6)}]]\n",
                                 _health_plan(r, "member"))),
        ("dr", "line", lambda r, md: ("Subscriber ID: @@\n", _health_plan(r, "member"))),
        ("d", "line", lambda r, md: ("Medicaid CIN @@ (pending)\n", _health_plan(r, "cin"))),
        ("dr", "line", lambda r, md: ("MBI:  @@\n", _health_plan(r, "mbi"))),
        ("d@truck", "prose", lambda r, md: ("As an owner-operator he carries an occupational accident policy, policy "
                                            "# @@.",
                                  _health_plan(r, "policy"))),
        ("r", "head", lambda r, md: ("Ins ID @@ / auth on file\n", _health_plan(r, "member"))),
        ("d", "line", lambda r, md: ("Primary: [[Aetna]]   Member #: @@   Group: employer plan\n",
                                 _health_plan(r, "member"))),
        ("r", "tail", lambda r, md: ("Insurance member no. @@ -- precert obtained\n", _health_plan(r, "member"))),
    ]


def _date_templates() -> list[Tmpl]:
    return [
        ("d@truck,transit", "line", lambda r, md: ("MEC issued ___; expires @@\n", _real_date(r, 2024, 2030))),
        ("dr", "head", lambda r, md: ("DOB: @@\n", _real_date(r, 1950, 2001))),
        ("d@crash", "line", lambda r, md: ("Date of crash: @@ (per crash report)\n", _real_date(r))),
        ("dr@air", "prose", lambda r, md: ("Last FAA medical (first class) was @@ with no "
                                           "limitations.", _real_date(r))),
        ("d@crash", "prose", lambda r, md: ("Specimen was collected @@ at "
                                            f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}, "
                                  f"{r.randint(2, 7)} hours after the crash.", _real_date(r))),
        ("r", "line", lambda r, md: ("Prior outside study: CT chest dated @@ (disc received, not "
                                     "loaded).\n", _real_date(r))),
        ("d@air", "line", lambda r, md: ("Special issuance letter dated @@ -- on file\n", _real_date(r))),
        ("d@crash", "prose", lambda r, md: ("His passenger died @@ at the scene.", _real_date(r))),
        ("dr@crash", "line", lambda r, md: ("Date of injury:@@\n", _real_date(r))),
        ("r", "line", lambda r, md: ("Date of exam per outside req: @@\n", _real_date(r))),
        ("d@truck,transit", "line", lambda r, md: ("| Exam | Date |\n| last DOT physical | @@ |\n", _real_date(r))),
    ]


def _age_templates() -> list[Tmpl]:
    return [
        ("d@air", "prose", lambda r, md: ("He is a @@-year-old private pilot flying under "
                                          "BasicMed.", str(r.randint(90, 97)))),
        ("d@crash", "prose", lambda r, md: ("The other driver, aged @@, was taken to another "
                                            "facility.", str(r.randint(90, 99)))),
        ("r@transit+crash", "head", lambda r, md: ("INDICATION:  @@ year old woman, pedestrian struck by a transit "
                                                   "bus.\n",
                                 str(r.randint(90, 101)))),
        ("dr@air", "prose", lambda r, md: ("Pt is @@ y/o and still holds a third-class "
                                           "medical.", str(r.randint(90, 94)))),
        ("d", "line", lambda r, md: ("Age: @@\n", str(r.randint(90, 103)))),
        ("d", "line", lambda r, md: ("Family Hx: father, age @@, still drives locally.\n", str(r.randint(90, 99)))),
        ("r", "prose", lambda r, md: ("The patient is a @@-year-old retired driver.", str(r.randint(90, 98)))),
        ("d@crash", "prose", lambda r, md: ("His front-seat passenger, a @@-yo relative, was uninjured.",
                                  str(r.randint(90, 99)))),
        ("r", "head", lambda r, md: ("Age @@ per requisition; history limited.\n", str(r.randint(90, 96)))),
        ("r@crash", "prose", lambda r, md: ("Patient age @@, evaluate for occult fracture.", str(r.randint(90, 100)))),
    ]


def _device_templates() -> list[Tmpl]:
    return [
        ("d@sleep,truck", "line", lambda r, md: (f"CPAP: {_b('ResMed AirSense 10')} AutoSet, SN @@; usage "
                                                 f"{r.randint(55, 96)}% of "
                                 "nights >= 4 h\n", _device(r, "cpap"))),
        ("dr@cardiac", "prose", lambda r, md: (f"A {_b('Zio XT')} patch (serial @@) was placed for 14 days.",
                                   _device(r, "zio"))),
        ("r@chest", "prose", lambda r, md: (f"A {_b('Reveal LINQ')} loop recorder, SN @@, projects over the left "
                                            "chest.",
                                  _device(r, "ilr"))),
        ("d", "prose", lambda r, md: (f"EBT {_b('Drager Alcotest 9510')} s/n @@ was used for the confirmation test.",
                                  _device(r, "ebt"))),
        ("d", "line", lambda r, md: (f"UDI (01)[[{_dg(r, 14)}]](17)[[{r.randint(26, 29)}0{r.randint(1, 9)}"
                                 f"{r.randint(10, 28)}]](10)[[{r.choice(_UP)}{_dg(r, 5)}]](21)@@\n",
                                 _device(r, "udi"))),
        ("r", "line", lambda r, md: ("Portable unit asset tag @@\n", _device(r, "asset"))),
        ("r", "line", lambda r, md: ("Injector: [[Stellant]] contrast injector, asset @@\n", _device(r, "asset"))),
        ("r", "tail", lambda r, md: ("Workstation asset tag @@\n", _device(r, "asset"))),
        ("d@truck", "prose", lambda r, md: ("ELD unit serial @@ was downloaded by the carrier.", _device(r, "eld"))),
        ("dr@cardiac,chest,air", "line", lambda r, md: ("Pacemaker generator serial #: @@\n", _device(r, "pm"))),
        ("d", "line", lambda r, md: (f"{_b('Intoxilyzer 9000')} serial:  @@\n", _device(r, "ebt"))),
        ("d@sleep,truck", "line", lambda r, md: (f"{_b('Philips DreamStation')} serial no. @@ (replaced under "
                                                 "recall)\n",
                                 _device(r, "cpap"))),
    ]


def _simple_templates() -> dict[str, list[Tmpl]]:
    return {
        "PHONE": [
            ("d", "line", lambda r, md: ("Safety dept: @@ (ask for the DER)\n", _phone(r))),
            ("d", "prose", lambda r, md: ("Wife can be reached at @@.", _phone(r))),
            ("dr", "line", lambda r, md: ("MRO office tel @@\n", _phone(r))),
            ("d", "line", lambda r, md: ("| Dispatch | @@ | 24/7 |\n", _phone(r))),
            ("r", "tail", lambda r, md: ("Critical result called to the ordering team, callback @@.\n", _phone(r))),
            ("d", "line", lambda r, md: ("Union rep (local):  ph. @@\n", _phone(r))),
            ("d@air", "prose", lambda r, md: ("The AME asked that the discharge summary be\nsent; her office number is "
                                      "@@.", _phone(r))),
            ("dr", "line", lambda r, md: ("Callback #: @@ (cell)\n", _phone(r))),
            ("d@truck", "tail", lambda r, md: ("Questions: the carrier's occupational nurse, @@ ext. 4\n", _phone(r))),
            ("d", "line", lambda r, md: ("Contacts\n  Spouse ........... @@\n  Employer ......... ___\n", _phone(r))),
        ],
        "FAX": [
            ("d", "line", lambda r, md: ("Fax MEC and return-to-duty forms to @@\n", _phone(r))),
            ("dr", "line", lambda r, md: ("F: @@\n", _phone(r))),
            ("d", "line", lambda r, md: ("Occ health clinic fax @@ (toll-free fax line)\n", _tollfree_fax(r))),
            ("d@air", "prose", lambda r, md: ("Records were faxed to the AME at @@ with signed release.", _phone(r))),
            ("r", "tail", lambda r, md: ("Copy to ordering office, fax# @@\n", _phone(r))),
            ("d@air", "line", lambda r, md: ("Fax (AME office):  @@\n", _phone(r))),
            ("r", "head", lambda r, md: ("Results fax @@ attn occupational health\n", _phone(r))),
        ],
        "PAGER": [
            ("d@crash", "line", lambda r, md: ("Trauma attending pgr @@\n", _pager(r))),
            ("dr", "prose", lambda r, md: ("Questions: page the on-call MRO liaison at @@.", _pager(r))),
            ("r", "tail", lambda r, md: ("Neuroradiology fellow, beeper @@\n", _pager(r))),
            ("d@crash", "line", lambda r, md: ("Ortho: pager #@@\n", _pager(r))),
            ("dr", "tail", lambda r, md: ("Page with questions: @@\n", _pager(r))),
            ("d@crash", "prose", lambda r, md: ("The trauma chief resident (p@@) was notified.", _pager(r))),
        ],
        "EMAIL": [
            ("d", "line", lambda r, md: ("DER email: @@\n", _email(r))),
            ("d@truck,transit", "prose", lambda r, md: ("Send a copy of the MEC to @@ per the patient's "
                                                        "request.", _email(r))),
            ("dr", "line", lambda r, md: ("Pt email @@\n", _email(r))),
            ("d@air", "line", lambda r, md: ("AME office:  @@\n", _email(r))),
            ("r", "line", lambda r, md: ("Portal proxy email: @@\n", _email(r))),
            ("r", "tail", lambda r, md: ("Report copy requested by patient: @@\n", _email(r))),
            ("d", "prose", lambda r, md: ("The safety manager emailed from @@ asking for a work-status note.",
                                      _email(r))),
        ],
        "URL": [
            ("d@sleep", "prose", lambda r, md: ("He uploads his CPAP data to the driver portal at @@ for the carrier.",
                                      _url(r))),
            ("d", "line", lambda r, md: ("Results link: @@\n", _url(r))),
            ("r", "tail", lambda r, md: ("Patient image-sharing link: @@\n", _url(r))),
            ("dr@truck,rail,transit", "line", lambda r, md: ("Photos of the cab shared via @@\n", _url(r))),
            ("d", "line", lambda r, md: ("Employer claim portal --> @@\n", _url(r))),
            ("r", "line", lambda r, md: ("Outside images: @@ (share link)\n", _url(r))),
        ],
        "IP_ADDRESS": [
            ("d", "line", lambda r, md: ("eCCF transmitted from collection workstation @@\n", _ip(r))),
            ("r", "tail", lambda r, md: (f"Read remotely ({_b('PowerScribe 360')} [[v4.0.{r.randint(1, 9)}]]), "
                                     "client IP @@\n", _ip(r))),
            ("d@air", "prose", lambda r, md: ("The video AME visit connected from @@ and dropped twice.", _ip(r))),
            ("dr", "line", lambda r, md: ("audit: login ___ from @@ ok\n", _ip(r))),
            ("r", "head", lambda r, md: ("Modality gateway @@ / AE title ___\n", _ip(r))),
        ],
        "SSN": [
            ("d", "line", lambda r, md: ("Donor SSN or Employee I.D. No.: @@\n", _ssn(r))),
            ("d@truck,transit", "line", lambda r, md: ("SSN @@ (from the [[MCSA-5875]])\n", _ssn(r))),
            ("r", "head", lambda r, md: ("SSN: @@  (registration)\n", _ssn(r))),
            ("r", "tail", lambda r, md: ("Billing: SS# @@ / workers' comp\n", _ssn(r))),
            ("dr", "line", lambda r, md: ("ss# @@\n", _ssn(r))),
            ("d", "prose", lambda r, md: ("Social security number on the transfer sheet: @@.", _ssn(r))),
            ("d", "line", lambda r, md: ("| SSN | @@ |\n| CDL | ___ |\n", _ssn(r))),
        ],
        "MRN": [
            ("dr", "head", lambda r, md: ("MRN: @@\n", _mrn(r))),
            ("d", "line", lambda r, md: ("Unit No:   @@\n", _mrn(r))),
            ("dr", "line", lambda r, md: ("Med Rec #@@\n", _mrn(r))),
            ("r", "tail", lambda r, md: ("Hosp # @@\n", _mrn(r))),
            ("d", "line", lambda r, md: ("MR #  @@   (old chart)\n", _mrn(r))),
            ("r", "head", lambda r, md: ("Patient ID: @@\n", _mrn(r))),
        ],
        "ZIP": [
            ("d", "line", lambda r, md: ("Home: ___, NY @@\n", _zip(r))),
            ("dr", "line", lambda r, md: ("Zip: @@\n", _zip(r))),
            ("r", "tail", lambda r, md: ("Pt ZIP code @@\n", _zip(r))),
            ("d@truck", "prose", lambda r, md: ("Terminal is in the @@ zip code per the employer.", _zip(r))),
            ("r", "head", lambda r, md: ("Pt zip @@ / ___\n", _zip(r))),
            ("d", "line", lambda r, md: ("Mailing: ___ / ___, NY  @@\n", _zip(r))),
            ("d@transit", "prose", lambda r, md: ("She commutes from zip @@ to the bus garage.", _zip(r))),
        ],
        "STREET_ADDRESS": [
            ("d", "line", lambda r, md: ("Home address: @@, ___, NY ___\n", _street(r))),
            ("d@truck", "line", lambda r, md: ("Terminal address:  @@\n", _street(r))),
            ("d", "prose", lambda r, md: ("Lives at @@ with his wife and two children.", _street(r))),
            ("dr", "line", lambda r, md: ("Addr: @@\n", _street(r))),
            ("r", "line", lambda r, md: ("Patient address (from ADT): @@\n", _street(r))),
            ("d@rail", "prose", lambda r, md: ("Mail the short-term certificate to the yard office, @@.", _street(r))),
            ("d", "line", lambda r, md: ("Collection site address: @@ (mobile unit)\n", _street(r))),
            ("r", "head", lambda r, md: ("Pt address on req: @@\n", _street(r))),
        ],
        "LOCATION": [
            ("d@truck+crash,transit+crash", "prose", lambda r, md: ("The crash occurred on [[I-81]] southbound near "
                                                                    "@@ shortly after 0300.",
                                      r.choice(_TOWNS))),
            ("dr", "prose", lambda r, md: ("He lives in @@ and is home every other weekend.", r.choice(_TOWNS))),
            ("d@truck", "line", lambda r, md: ("Home terminal: @@\n", r.choice(_TOWNS))),
            ("dr@air+crash", "prose", lambda r, md: ("Forced landing about two miles from "
                                                     "@@.", r.choice(_PLACES[3:5] + _PLACES[6:7]
                                                                                         + _PLACES[8:9]))),
            ("d@crash", "line", lambda r, md: ("Scene: @@\n", _location(r))),
            ("d@rail", "prose", lambda r, md: ("Based out of the @@ crew base.", r.choice(_PLACES[:3] + _PLACES[9:]))),
            ("r@truck+crash,transit+crash", "head", lambda r, md: ("HISTORY:  MVC on [[Route 17]] in @@; "
                                                                   "restrained.\n", r.choice(_COUNTIES))),
            ("d@truck", "prose", lambda r, md: ("Pulled over at the @@ after drifting across the rumble strip.",
                                      r.choice(_PLACES[5:6] + _PLACES[7:8]))),
            ("d", "line", lambda r, md: ("City: @@    State: NY\n", r.choice(_TOWNS))),
            ("r", "prose", lambda r, md: ("Referred from the occupational clinic in @@.", r.choice(_TOWNS))),
            ("r", "head", lambda r, md: ("Referring site location: @@\n", r.choice(_TOWNS + _COUNTIES))),
        ],
    }


def _templates() -> dict[str, list[Tmpl]]:
    t = {
        "PERSON": _person_templates(), "ORGANIZATION": _org_templates(), "LICENSE": _license_templates(),
        "VEHICLE_ID": _vehicle_templates(), "ACCOUNT": _account_templates(), "HEALTH_PLAN": _health_templates(),
        "DATE_REAL_YEAR": _date_templates(), "AGE_OVER_89": _age_templates(), "DEVICE_ID": _device_templates(),
    }
    t.update(_simple_templates())
    return t


_TEMPLATES = _templates()

# --------------------------------------------------------------------------------------------------
# Shared note pieces
# --------------------------------------------------------------------------------------------------


def _dc_header(r: random.Random, service: str, allergies: str) -> str:
    sex = r.choice("MF")
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\nAllergies:\n{allergies}\n\n"
            f"Attending: ___.\n\n")


def _allergy(r: random.Random) -> str:
    return r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
                     "codeine / latex", "iodinated contrast (hives) - premedicated", "Patient recorded as having "
                     "No Known Allergies to Drugs"))


def _vitals(r: random.Random) -> str:
    return (f"VS: T {r.choice(('97.9', '98.4', '98.8', '99.1', '97.6'))}  HR {r.randint(58, 104)}  BP "
            f"{r.randint(104, 168)}/{r.randint(58, 98)}  RR {r.randint(12, 22)}  SpO2 {r.randint(93, 100)}% "
            f"{r.choice(('RA', '2L NC'))}")


def _labs(r: random.Random) -> str:
    return (f"{_sdate(r)} 05:{r.randint(10, 59)}AM BLOOD WBC-{r.randint(5, 16)}.{r.randint(0, 9)} "
            f"Hgb-{r.randint(9, 16)}.{r.randint(0, 9)} Hct-{r.randint(28, 47)}.{r.randint(0, 9)} "
            f"Plt-{r.randint(140, 380)}\n"
            f"Glucose-{r.randint(78, 260)} UreaN-{r.randint(8, 30)} Creat-{r.randint(6, 14) / 10:.1f} "
            f"Na-{r.randint(134, 145)} K-{r.randint(34, 51) / 10:.1f} Cl-{r.randint(97, 108)} "
            f"HCO3-{r.randint(20, 29)}")


def _rad_dose(r: random.Random) -> str:
    return (f"DOSE:  Acquisition sequence:\n   1) Spiral Acquisition {r.randint(3, 9)}.{r.randint(0, 9)} s, "
            f"{r.randint(30, 70)}.{r.randint(0, 9)} cm; CTDIvol = {r.randint(5, 22)}.{r.randint(0, 9)} mGy (Body) "
            f"DLP = {r.randint(300, 1600)}.{r.randint(0, 9)} mGy-cm.\n Total DLP (Body) = {r.randint(300, 1900)} "
            f"mGy-cm.\n\n")


def _heavy_block(r: random.Random, nt: str) -> str:
    if nt == "discharge":
        return ("Registration / employer contacts (pasted):\n"
                "  Employer:           ___        Phone: ___      Fax: ___\n"
                "  DER:                ___        Phone: ___      Email: ___\n"
                "  Emergency contact:  ___ (___)  Phone: ___\n"
                "  PCP:                ___        Phone: ___      Fax: ___\n"
                "  Medical examiner:   ___        Registry #: ___\n"
                "  CDL / certificate:  ___        State: ___      Exp: ___\n"
                "  Crash report:       ___        Agency: ___\n"
                "  Specimen ID:        ___        Lab: ___\n"
                "  MedXPress conf.:    ___        Badge: ___      TWIC: ___\n\n")
    return ("Prior studies (masked import):\n"
            "  ___  CT HEAD W/O CONTRAST        ___   read by ___\n"
            "  ___  CT C-SPINE W/O CONTRAST     ___   read by ___\n"
            "  ___  CHEST (PA AND LAT)           ___   read by ___\n"
            "  ___  OUTSIDE CT, ___              ___   read by ___\n"
            "Referring: ___   PCP: ___   Employer clinic: ___   Phone: ___   Fax: ___\n"
            "Patient: ___   DOB: ___   MRN: ___   Acct: ___   Location: ___   Tech: ___\n\n")


# --------------------------------------------------------------------------------------------------
# Builders: each returns a list of (tag, text) sections; tags hdr | prose | list | end
# --------------------------------------------------------------------------------------------------

_PMH_TRUCK = (
    'Type 2 diabetes, non-insulin', 'Obstructive sleep apnea on CPAP', 'Hyperlipidemia', 'Obesity, BMI 38',
)
_LINES_DRAINS = (
    _b('Foley') + ' removed on hospital day 2.', _b('Jackson-Pratt') + ' drain removed before discharge.',
    'Kept warm with a ' + _b('Bair Hugger') + ' in the trauma bay.',
)
_CARDIAC_PROCS = (
    'Cardiac catheterization with DES to LAD', 'TEE-guided cardioversion', 'EP study with accessory-pathway ablation',
    'none',
)
_PMH_PILOT = (
    'Hypertension', 'Remote kidney stone (reported to FAA)', 'Migraine without aura',
)
_PMH_RAIL = (
    'Lumbar disc disease', 'Prior rotator cuff repair', 'Hearing loss, uses hearing aids',
)
_ALCOHOL_RAIL = (
    'Rare alcohol.', 'No alcohol in 10 years.', 'Two beers on weekends.', 'Smoker, started on ' + _b('Chantix') + '.',
)
_MRO_ROLES = (
    'CDL driver', 'transit bus operator', 'locomotive engineer', 'regional airline first officer',
)
_DOT_JOBS = (
    'regional LTL', 'long-haul truckload', 'a school bus under a CDL', 'a hazmat tanker',
)
_AME_PRIOR = (
    'no prior reportable conditions', 'a prior DUI reported on the 8500-8', 'remote depression, never reported',
)
_PMH_TRANSIT = (
    'Insomnia on ' + _b('Ambien'), 'Hypertension', 'Depression on ' + _b('Wellbutrin'),
)
_EEG = (
    'left temporal sharp waves', 'normal awake and drowsy', 'generalized 3-4 Hz spike-wave bursts',
)
_MRI_TRANSIT = (
    'left mesial temporal sclerosis', 'no acute abnormality', 'remote right frontal contusion',
)
_MECHANISMS = (
    'rollover at highway speed', 'frontal impact with a bridge abutment', 'hard landing with gear collapse',
    'low-speed collision, braced at the controls',
)
_ORDER_NOTES = (
    'hypertension and hyperlipidemia', 'treated sleep apnea', 'prior concussion', 'no significant history',
)
_SYMPTOMS = (
    'Symptoms resolved.', 'Intermittent symptoms since discharge.', 'Persistent pain with activity.',
)
_SPINE_IMPRESSIONS = (
    'Stable-appearing injury on imaging.', 'Recommend upright radiographs in a brace.',
    'No MRI evidence of ligamentous instability.',
)
_LAD = (
    'no plaque', 'mild (25-49%) calcified plaque in the proximal segment',
    'moderate (50-69%) mixed plaque in the mid segment', 'minimal non-calcified plaque',
)
_ECHO_REASONS = (
    'NSTEMI and PCI', 'a syncopal episode', 'chest pain admission', 'new atrial fibrillation',
)
_STRESS_ECG = (
    'no ischemic ST changes', '1 mm upsloping ST depression, nondiagnostic', 'rare PVCs, no ischemia',
)
_STRESS_WALL = (
    'all segments augment appropriately', 'mild hypokinesis of the apical septum at peak',
    'no new wall-motion abnormality',
)
_SEIZURE_JOBS = (
    'bus operator', 'CDL driver', 'commercial pilot', 'locomotive engineer', 'air traffic controller',
)
_SEIZURE_EVENTS = (
    'first seizure at the controls', 'transient loss of awareness while driving', 'episode of confusion on duty',
)
_XR_MECH = (
    'truck driver, pedal entrapment in a rollover', 'pilot after a hard landing',
    'bus operator braced against the wheel', 'engineer thrown against the control stand',
)
_XR_EXTRA = (
    'No dislocation.', 'Joint spaces preserved.', 'Old healed fifth metacarpal fracture incidentally noted.',
)

Sections = list[tuple[str, str]]


def _b_cdl_crash(r: random.Random) -> Sections:
    load = r.choice(("a dry van of paper goods", "a flatbed of steel coil", "a tanker of gasoline (placarded "
                     "[[UN1203]])", "a reefer load of dairy", "a dump body of crushed stone"))
    mech = r.choice(("single-vehicle rollover on an icy overpass", "jackknife after braking for stopped traffic",
                     "rear-end collision into a stopped tractor-trailer", "run-off-road crash into the median "
                     "cable barrier", "sideswipe and rollover on an exit ramp"))
    inj = r.choice((
        ("splenic laceration ([[AAST]] grade III), left rib fractures 5-9, left pulmonary contusion",
         "splenic embolization (IR)"),
        (f"L1 {_b('Chance fracture')}, sternal fracture, mesenteric hematoma", "T12-L2 posterior spinal fusion"),
        (f"right tibial pilon fracture, right {_b('Lisfranc')} injury, scalp laceration",
         "ex-fix then ORIF right pilon; ORIF Lisfranc"),
        ("small right subdural hematoma, right clavicle fracture, liver laceration (grade II)", "none"),
    ))
    age = _age_lk(r, 26, 68)
    return [
        ("hdr", _dc_header(r, "TRAUMA SURGERY", _allergy(r))),
        ("hdr", f"Chief Complaint:\ns/p tractor-trailer {mech.split()[0]} crash\n\n"
                f"Major Surgical or Invasive Procedure:\n{inj[1]}\n\n"),
        ("prose", f"History of Present Illness:\n{age} Class A CDL holder hauling {load} who was the restrained "
                  f"driver in a {mech}. Per EMS, {_b('Glasgow Coma Scale')} 14 at the scene, extrication time about "
                  f"{r.randint(10, 45)} minutes, airbag did not deploy. Arrived as a level "
                  f"{r.choice(('I', 'II'))} trauma activation. Pan-scan showed {inj[0]}. He states he was "
                  f"{r.choice(('not fatigued', 'tired but within his hours', 'on his third overnight run'))} and "
                  "recalls the trailer 'getting away from him'. Post-accident DOT testing was requested by the "
                  "carrier per [[49 CFR 382.303]]; see separate addendum.\n\n"),
        ("list", f"Past Medical History:\n- Hypertension ({r.choice(('lisinopril', 'amlodipine', 'losartan'))})\n"
                 f"- {r.choice(_PMH_TRUCK)}\n"
                 f"- {r.choice(('GERD', 'Remote right ACL repair', 'Tobacco use, 1 ppd', 'Gout'))}\n\n"),
        ("prose", f"Social History:\nOver-the-road driver for {r.randint(4, 30)} years, home every "
                  f"{r.choice(('weekend', 'other week', 'ten days'))}. Lives with ___ in ___. "
                  f"{r.choice(('Denies alcohol use.', 'Drinks socially, never on duty.', 'Former smoker.'))}\n\n"),
        ("list", f"Physical Exam:\n{_vitals(r)}\nGen: uncomfortable, A&Ox3\nChest: seat-belt abrasion across the "
                 f"left chest, tender\nAbd: {r.choice(('soft, LUQ tender', 'mildly distended, diffusely tender'))}\n"
                 f"Ext: {r.choice(('splinted RLE, NVI', 'abrasions, no deformity', 'c-collar in place'))}\n\n"),
        ("list", f"Pertinent Results:\n{_labs(r)}\nSerum EtOH: negative. Hospital urine drug screen "
                 "(non-DOT, clinical) positive for opiates after fentanyl given by EMS.\n\n"),
        ("prose", f"Brief Hospital Course:\nAdmitted to the trauma service. {inj[1].capitalize()}. Pain controlled "
                  f"with {_b(r.choice(('Dilaudid', 'Percocet')))} then weaned to acetaminophen and "
                  f"{_b('Toradol')}. DVT prophylaxis with {_b('Lovenox')}. "
                  f"{r.choice(_LINES_DRAINS)} "
                  "Tertiary survey on hospital day 2 found "
                  "no additional injuries. PT cleared for home with a walker. The carrier's safety department "
                  "called several times; information was released only under the signed authorization.\n\n"),
        ("list", f"Discharge Medications:\n1. Acetaminophen 1000 mg PO q8h\n2. Oxycodone 5 mg PO q6h PRN pain\n"
                 f"3. {_b('Lovenox')} 40 mg SC daily x 14 days\n4. Docusate 100 mg PO BID\n5. "
                 f"{_b(r.choice(('Zofran', 'Protonix')))} as needed\n"
                 f"6. {_b('Narcan')} 4 mg nasal spray (opioid safety)\n\n"),
        ("hdr", "Discharge Disposition:\nHome\n\nDischarge Diagnosis:\nTractor-trailer crash with "
                f"{inj[0]}\n\n"),
        ("prose", "Discharge Instructions:\nDo not drive a commercial motor vehicle until cleared by a certified "
                  "medical examiner listed on the [[National Registry]]. Narcotic pain medicine is disqualifying "
                  "while you take it ([[49 CFR 391.41]]). You will need a new DOT physical before returning to "
                  "duty.\n\n"),
        ("end", "Followup Instructions:\n___\n"),
    ]


_ONSETS = ('during a layover', 'on the ground after a short leg', 'while pre-flighting the aircraft',
           'at home the evening before a trip')


def _b_pilot_cardiac(r: random.Random) -> Sections:
    dx = r.choice(("new-onset atrial fibrillation with rapid ventricular response",
                   "NSTEMI with a 90% proximal LAD lesion", "recurrent syncope, found to have "
                   f"{_b('Brugada')} type 1 pattern on procainamide challenge",
                   f"symptomatic pre-excitation ({_b('Wolff-Parkinson-White')}) with a 2:1 flutter"))
    role = r.choice(("airline captain", "first officer at a regional carrier", "charter pilot",
                     "air-ambulance helicopter pilot", "corporate pilot"))
    return [
        ("hdr", _dc_header(r, "CARDIOLOGY", _allergy(r))),
        ("hdr", f"Chief Complaint:\npalpitations / presyncope\n\nMajor Surgical or Invasive Procedure:\n"
                f"{r.choice(_CARDIAC_PROCS)}\n\n"),
        ("prose", f"History of Present Illness:\n{_age_lk(r, 29, 64)} {role} holding a first-class FAA medical "
                  f"who presented with {dx}. Symptoms began {r.choice(_ONSETS)}. "
                  f"No in-flight incapacitation. {_b('CHA2DS2-VASc')} score {r.randint(0, 2)}. He asks "
                  "repeatedly when he can fly again.\n\n"),
        ("list", f"Past Medical History:\n- {r.choice(('Hyperlipidemia on ' + _b('Lipitor'), 'None', 'Mild asthma'))}\n"
                 f"- {r.choice(_PMH_PILOT)}\n\n"),
        ("prose", f"Social History:\n{r.choice(('Married.', 'Divorced, two children.', 'Lives alone.'))} "
                  f"About {r.randint(2, 22)}k total flight hours. Drinks {r.randint(0, 6)} drinks/week. "
                  "Denies tobacco and drugs.\n\n"),
        ("list", f"Physical Exam:\n{_vitals(r)}\nCV: {r.choice(('irregularly irregular', 'RRR, no murmur'))}\n"
                 "Lungs: clear\nNeuro: nonfocal\n\n"),
        ("list", f"Pertinent Results:\n{_labs(r)}\nTrop-T: {r.choice(('<0.01', '0.42', '1.36'))}  TSH: "
                 f"{r.randint(5, 40) / 10:.1f}\nTTE: LVEF {r.randint(45, 65)}% ({_b('Simpson biplane')}), no "
                 f"wall-motion abnormality. Cath: {_b('Fick')} cardiac output {r.randint(40, 70) / 10:.1f} L/min.\n\n"),
        ("prose", "Brief Hospital Course:\nManaged per the cardiology team. Started on "
                  f"{_b(r.choice(('Eliquis', 'Xarelto')))} and {_b('Toprol-XL')}. A "
                  f"{_b(r.choice(('Holter', 'Zio XT')))} monitor was arranged "
                  "at discharge. We discussed that under [[14 CFR 61.53]] he may not exercise the privileges of his "
                  "medical certificate while he has a known disqualifying condition; the FAA will need the full "
                  "record for a special issuance. He has an AME who will coordinate with the Aerospace Medical "
                  "Certification Division. MedXPress confirmation number ___ was noted for his next "
                  "application.\n\n"),
        ("list", f"Discharge Medications:\n1. {_b('Toprol-XL')} 50 mg PO daily\n2. Aspirin 81 mg daily\n"
                 f"3. {_b(r.choice(('Eliquis', 'Xarelto', 'Lipitor')))} as directed\n\n"),
        ("hdr", f"Discharge Disposition:\nHome\n\nDischarge Diagnosis:\n{dx}\n\n"),
        ("prose", "Discharge Instructions:\nDo not fly as a required crewmember until your AME and the FAA have "
                  "cleared you. Bring this summary, the echo and the monitor results to your AME. The FAA's "
                  "guidance for examiners is at [[www.faa.gov/ame_guide]].\n\n"),
        ("end", "Followup Instructions:\nCardiology clinic ___; electrophysiology ___\n"),
    ]


def _b_rail_engineer(r: random.Random) -> Sections:
    stress = r.random() < 0.5
    event = ("a trespasser strike (fatality) at a pedestrian crossing" if stress else
             r.choice(("a grade-crossing collision with a loaded dump truck",
                       "a low-speed side collision in the yard", "an emergency brake application with a "
                       "slack run-in that threw him against the control stand")))
    return [
        ("hdr", _dc_header(r, "PSYCHIATRY" if stress else "ORTHOPAEDICS", _allergy(r))),
        ("hdr", "Chief Complaint:\n"
                + ("acute stress reaction after trespasser strike" if stress else "neck and chest wall pain after "
                   "collision") + "\n\n"
                "Major Surgical or Invasive Procedure:\nnone\n\n"),
        ("prose", f"History of Present Illness:\n{_age_lk(r, 28, 63)} certified locomotive engineer "
                  f"({r.randint(3, 31)} years in service) who was at the controls during {event}. "
                  + ("Since the event he has had intrusive images, insomnia and panic when he hears a horn. He "
                     "was relieved of duty under the carrier's critical incident plan ([[49 CFR Part 272]]). "
                     if stress else
                     f"Cab speed per the event recorder was about {r.randint(18, 49)} mph. He was "
                     "restrained in his seat and had brief loss of consciousness. ")
                  + "FRA post-accident toxicological testing (Part 219 Subpart C) was collected with the "
                    "standard FRA shipping kit and sent to the FRA's contract laboratory.\n\n"),
        ("list", "Past Medical History:\n- "
                 f"{r.choice(('Hypertension', 'None', 'Hypothyroidism', 'OSA, not on therapy'))}\n"
                 f"- {r.choice(_PMH_RAIL)}\n\n"),
        ("prose", f"Social History:\nMarried, lives in ___. Works the {r.choice(('road', 'yard', 'extra board'))} "
                  f"job. {r.choice(_ALCOHOL_RAIL)}\n\n"),
        ("list", f"Physical Exam:\n{_vitals(r)}\n"
                 + ("MSE: anxious, tearful, no SI/HI, no psychosis\n\n" if stress else
                    f"Neck: midline tenderness, in {_b('Aspen collar')}\nChest: anterior wall tenderness\n"
                    f"Neuro: {_b('Romberg')} negative, strength 5/5\n\n")),
        ("prose", "Brief Hospital Course:\n"
                  + (f"Admitted voluntarily. Started {_b(r.choice(('Zoloft', 'Lexapro')))} and prazosin for "
                     "nightmares; short course of hydroxyzine. Seen daily by psychiatry and the carrier's EAP "
                     "counselor by phone. " if stress else
                     f"CT c-spine negative; MRI showed ligamentous strain only. Collar cleared on day 2. Pain "
                     f"managed with {_b('Toradol')} and acetaminophen; no opioids at discharge. ")
                  + "We discussed that his engineer certification and return to service are decided by the "
                    "railroad's medical department under FRA rules, not by this hospital.\n\n"),
        ("list", "Discharge Medications:\n"
                 + (f"1. {_b('Zoloft')} 50 mg PO daily\n2. Prazosin 1 mg PO qHS\n\n" if stress else
                    "1. Acetaminophen 650 mg PO q6h PRN\n2. Cyclobenzaprine 5 mg PO qHS PRN\n\n")),
        ("hdr", f"Discharge Disposition:\nHome\n\nDischarge Diagnosis:\n"
                f"{'Acute stress disorder' if stress else 'Cervical strain; chest wall contusion'}\n\n"),
        ("prose", "Discharge Instructions:\nDo not return to train service until cleared by the railroad's "
                  f"medical officer. Crisis line: [[988 Suicide & Crisis Lifeline]]. EAP line: {_tollfree(r)}.\n\n"),
        ("end", "Followup Instructions:\nOutpatient psychiatry ___; PCP ___\n"),
    ]


def _b_mro_addendum(r: random.Random) -> Sections:
    drug = r.choice(("oxycodone", "hydromorphone", "amphetamine", "morphine", "none"))
    return [
        ("hdr", "Name:  ___                  Unit No:   ___\n\nADDENDUM -- POST-ACCIDENT DRUG AND ALCOHOL TESTING "
                "(DOT) / MRO COMMUNICATION\n\nNote type: addendum to discharge summary\n\n"),
        ("prose", f"Background:\n{_age_lk(r, 23, 66)} "
                  f"{r.choice(_MRO_ROLES)} "
                  "admitted after an on-duty crash. The employer requested post-accident testing. A urine "
                  "specimen was collected at the bedside by a qualified collector using the Federal Drug Testing "
                  "Custody and Control Form ([[OMB No. 0930-0158]]) within the 32-hour window; breath alcohol "
                  f"was tested within {r.randint(1, 7)} hours on the "
                  f"{_b(r.choice(('Intoxilyzer 9000', 'Lifeloc FC20')))}"
                  " evidential device.\n\n"),
        ("list", f"Chain of custody:\n- Collection kit {_lot(r)}, {_expiry(r)}\n- Split specimen: yes; "
                 f"temperature in range (32-38 C) within 4 minutes\n- Tamper-evident seals initialed by donor: yes\n"
                 "- Copy 2 faxed to the MRO; copy 1 shipped with the specimen to the HHS-certified laboratory\n"
                 f"- Shy bladder: {r.choice(('no', 'yes -- 40 oz fluids over 3 h, collected at 2 h 10 min'))}\n\n"),
        ("list", f"Laboratory result:\n  Marijuana metabolite   NEG\n  Cocaine metabolite     NEG\n"
                 f"  Opiates / opioids      {'NEG' if drug == 'none' else 'POS (' + drug + ')'}\n"
                 "  Amphetamines           NEG\n  PCP                    NEG\n"
                 f"  Specimen validity      normal (creatinine {r.randint(40, 220)} mg/dL, SG "
                 f"1.0{r.randint(10, 29)})\n\n"),
        ("prose", "MRO verification:\n"
                  + ("All analytes negative; verified negative without an interview. " if drug == "none" else
                     f"The MRO interviewed the donor, who reported {drug} given in the trauma bay and on the ward. "
                     f"The medication administration record and the discharge prescription ({_ndc(r)}) were "
                     "reviewed and confirm a legitimate medical explanation; result verified negative. The MRO "
                     "will still report a safety concern to the employer if the donor is taking a sedating "
                     "opioid while on duty. ")
                  + "Results are reported to the employer's DER only. Nothing here was placed in the "
                    "[[Drug and Alcohol Clearinghouse]] by this hospital. DOT ODAPC information: "
                    "[[www.transportation.gov/odapc]].\n\n"),
        ("prose", "Clinical note:\nThe hospital's own urine drug screen is a clinical test and cannot be used "
                  "for DOT purposes. The patient understands that a refusal or an adulterated specimen would "
                  "require evaluation by a substance abuse professional (SAP) before return to safety-sensitive "
                  f"duty. Questions for SAMHSA workplace programs can go to {_tollfree(r)}.\n\n"),
        ("end", f"Addendum by: ___, MD (MRO)   [[{_sdate(r)}]]\n"),
    ]


def _b_dot_exam(r: random.Random) -> Sections:
    reason = r.choice(("new insulin start after DKA (previously on " + _b("Metformin ER") + ")", "ischemic stroke "
                                                                                                 "with mild left "
                                                                                                 "hemiparesis",
                       "NSTEMI treated with PCI", "first unprovoked seizure", "syncope of unclear cause",
                       "stage 2 hypertension found after a crash"))
    return [
        ("hdr", _dc_header(r, "MEDICINE", _allergy(r))),
        ("hdr", "OCCUPATIONAL MEDICINE CONSULT -- DOT / FMCSA MEDICAL CERTIFICATION\n\n"
                f"Reason for consult:\nCDL holder admitted with {reason}; team asks about driving status.\n\n"),
        ("prose", f"History:\n{_age_lk(r, 24, 69)} interstate commercial driver, currently holding a "
                  f"{r.randint(1, 2)}-year medical examiner's certificate ([[MCSA-5876]]). Drives "
                  f"{r.choice(_DOT_JOBS)}. "
                  f"Admitted with {reason}. He is anxious about his income and asks whether he can keep his job.\n\n"),
        ("list", f"Exam pertinent to certification:\nVision: {_b('Snellen')} 20/{r.choice(('20', '25', '30', '40'))} "
                 "OD, "
                 f"20/{r.choice(('20', '25', '30', '40'))} OS; horizontal fields {r.randint(70, 90)} deg each eye "
                 f"({_b('Titmus')}); color: {_b('Ishihara')} {r.randint(10, 14)}/14, distinguishes red/green/amber.\n"
                 f"Hearing: forced whisper at {r.choice(('5', '5', '4'))} ft, both ears.\n"
                 f"BP: {r.randint(128, 178)}/{r.randint(78, 104)}\nUrinalysis: protein "
                 f"{r.choice(('neg', 'trace', '1+'))}, glucose {r.choice(('neg', '2+'))}\n"
                 f"Neuro: {_b('Romberg')} negative; {_b('Babinski')} absent bilaterally.\n\n"),
        ("prose", "Assessment:\nPer [[49 CFR 391.41]] and the FMCSA medical examiner handbook, the current "
                  "condition is "
                  + r.choice(("disqualifying until the waiting period is complete. ",
                              "not disqualifying by itself, but he may not drive while on opioids. ",
                              "compatible with a shorter certification interval once stable. "))
                  + r.choice(("An insulin-treated driver needs the treating clinician's assessment form "
                              "[[MCSA-5870]] within 45 days of the exam. ",
                              "A driver with monocular vision may qualify under the alternative vision standard "
                              "([[MCSA-5871]]). ",
                              "Stage 2 hypertension allows a one-time 3-month certificate. ",
                              "Seizure history requires neurology clearance before any certification. "))
                  + "This consult is advice to the team and is not a DOT examination; the certifying decision "
                    "belongs to a medical examiner on the [[National Registry]] "
                    "([[nationalregistry.fmcsa.dot.gov]]).\n\n"),
        ("list", "Recommendations:\n1. No commercial driving at discharge.\n2. New DOT exam (long form "
                 "[[MCSA-5875]]) after clearance.\n3. Provide the patient with copies of echo, imaging and "
                 "discharge summary for the examiner.\n\n"),
        ("end", "Occupational medicine consult ___ / discussed with primary team\n"),
    ]


def _b_ame_consult(r: random.Random) -> Sections:
    atc = r.random() < 0.45
    cond = r.choice(("a 6 mm left ureteral stone (on tamsulosin, " + _b("Flomax") + ")", "new major depression, "
                                                                                         "started on an SSRI",
                     "alcohol withdrawal seizure", "transient monocular vision loss", "new type 2 diabetes on "
                     + _b(r.choice(("Ozempic", "Jardiance")))))
    return [
        ("hdr", _dc_header(r, "MEDICINE", _allergy(r))),
        ("hdr", "AVIATION MEDICINE CONSULT\n\nReason for consult:\n"
                f"{'Air traffic control specialist' if atc else 'Pilot'} admitted with {cond}; questions about "
                "medical certification and duty status.\n\n"),
        ("prose", f"History:\n{_age_lk(r, 25, 62)} "
                  + ("certified professional controller (second-class medical required) "
                     if atc else f"{r.choice(('ATP', 'commercial', 'private'))} pilot holding a "
                     f"{r.choice(('first', 'second', 'third'))}-class medical ")
                  + f"admitted with {cond}. Last FAA application through MedXPress, confirmation ___. Reports "
                  f"{r.choice(_AME_PRIOR)}.\n\n"),
        ("prose", "Aeromedical assessment:\nUnder [[14 CFR Part 67]], "
                  + r.choice((f"medications such as {_b('Ambien')} and {_b('Provigil')} require a wait time "
                              "and are not used within 72 hours of duty. ",
                              f"an SSRI ({_b(r.choice(('Zoloft', 'Lexapro')))}) can be considered "
                              "under the FAA's SSRI pathway after 6 months stable on the medication. ",
                              "a renal stone must be shown passed or treated with no retained stones before "
                              "certification. ",
                              "an alcohol-related seizure triggers HIMS evaluation and a special issuance. "))
                  + "The AME may not issue at the time of the next exam if the condition is not in the CACI "
                    "list; the file will be deferred to the Aerospace Medical Certification Division. Answers on "
                    "[[FAA Form 8500-8]] must be complete and truthful.\n\n"),
        ("list", f"Exam:\n{_vitals(r)}\nVision {_b('Snellen')} 20/20 corrected; {_b('Dix-Hallpike')} negative\n"
                 f"Mood: {r.choice(('euthymic', 'mildly depressed', 'anxious'))}\n\n"),
        ("list", "Recommendations:\n1. No flying or ATC duty until cleared by the AME/FAA.\n2. Gather: "
                 "discharge summary, imaging, labs, treating-physician status letter.\n3. Self-ground under "
                 "[[14 CFR 61.53]] (pilot) / notify the facility flight surgeon (controller).\n\n"),
        ("end", "Aviation medicine ___ -- will follow as outpatient\n"),
    ]


def _b_transit_seizure(r: random.Random) -> Sections:
    vehicle = r.choice(("40-foot transit bus", "paratransit van", "light-rail vehicle", "articulated bus"))
    return [
        ("hdr", _dc_header(r, "NEUROLOGY", _allergy(r))),
        ("hdr", "Chief Complaint:\nseizure while operating a transit vehicle\n\n"
                "Major Surgical or Invasive Procedure:\nnone\n\n"),
        ("prose", f"History of Present Illness:\n{_age_lk(r, 27, 64)} transit operator who had a witnessed "
                  f"generalized tonic-clonic seizure while operating a {vehicle} in revenue service with "
                  f"{r.randint(0, 22)} passengers aboard. The vehicle drifted into a parked car at low speed; "
                  "no passenger was hospitalized. Post-accident testing under FTA rules ([[49 CFR Part 655]]) "
                  "was done by the authority's collector in the ED.\n\n"),
        ("list", "Past Medical History:\n- "
                 f"{r.choice(('Febrile seizures as a child', 'Prior head injury (football)', 'None'))}\n"
                 f"- {r.choice(_PMH_TRANSIT)}\n\n"),
        ("list", f"Physical Exam:\n{_vitals(r)}\nTongue laceration (lateral). Post-ictal on arrival, "
                 f"back to baseline by 3 h. {_b('Babinski')} absent.\n\n"),
        ("list", f"Pertinent Results:\n{_labs(r)}\nEEG: "
                 f"{r.choice(_EEG)}\n"
                 "MRI brain: "
                 f"{r.choice(_MRI_TRANSIT)}\n\n"),
        ("prose", f"Brief Hospital Course:\nLoaded with {_b(r.choice(('Keppra', 'Vimpat')))} and transitioned to "
                  f"oral therapy. {_b('Ativan')} 2 mg given once in the ED. Sleep deprivation (double shift) "
                  "noted as a trigger. We reviewed state driving restrictions after a seizure, and that he may "
                  "not operate a transit vehicle until the authority's medical officer clears him.\n\n"),
        ("list", f"Discharge Medications:\n1. {_b(r.choice(('Keppra', 'Depakote')))} as directed\n\n"),
        ("hdr", "Discharge Disposition:\nHome\n\nDischarge Diagnosis:\nNew-onset seizure\n\n"),
        ("prose", "Discharge Instructions:\nNo driving of any kind until cleared by neurology. Avoid sleep "
                  "deprivation. Call 911 for a seizure longer than 5 minutes.\n\n"),
        ("end", "Followup Instructions:\nEpilepsy clinic ___; occupational health ___\n"),
    ]


def _b_osa_drowsy(r: random.Random) -> Sections:
    ahi = r.randint(18, 92)
    return [
        ("hdr", _dc_header(r, "MEDICINE", _allergy(r))),
        ("hdr", "Chief Complaint:\nfell asleep at the wheel\n\nMajor Surgical or Invasive Procedure:\n"
                "split-night polysomnography\n\n"),
        ("prose", f"History of Present Illness:\n{_age_lk(r, 31, 67)} commercial driver who drifted off the "
                  f"road after dozing at the wheel on an overnight run, striking a guardrail. Minor injuries. "
                  f"Reports loud snoring, witnessed apneas and {_b('Epworth Sleepiness Scale')} "
                  f"{r.randint(11, 22)}/24. {_b('STOP-BANG')} {r.randint(5, 8)}/8, {_b('Berlin Questionnaire')} "
                  f"high risk. BMI {r.randint(33, 49)}. Neck circumference {r.randint(17, 21)} in. "
                  f"{_b('Mallampati')} class {r.choice(('III', 'IV'))}.\n\n"),
        ("list", f"Pertinent Results:\n{_labs(r)}\nPSG: AHI {ahi}/h, nadir SpO2 {r.randint(68, 86)}%, "
                 f"CPAP titrated to {r.randint(8, 15)} cm H2O with residual AHI {r.randint(1, 6)}.\n\n"),
        ("prose", "Brief Hospital Course:\nSevere obstructive sleep apnea diagnosed during admission. Started "
                  f"on auto-CPAP ({_b(r.choice(('ResMed AirSense 10', 'Philips DreamStation')))}). Also had "
                  f"hypertension, started on amlodipine. Declined {_b('Provigil')}. The FMCSA's medical review "
                  "board recommendations and the examiner handbook were discussed: a driver with untreated "
                  "moderate-to-severe OSA is generally not certified until effective treatment is shown, "
                  "typically by compliance data (>= 4 h on 70% of nights).\n\n"),
        ("list", "Discharge Medications:\n1. Amlodipine 5 mg PO daily\n2. CPAP nightly at auto 6-16 cm H2O\n\n"),
        ("hdr", "Discharge Disposition:\nHome\n\nDischarge Diagnosis:\nSevere obstructive sleep apnea; drowsy-"
                "driving crash; hypertension\n\n"),
        ("prose", "Discharge Instructions:\nNo commercial driving until your medical examiner reviews at least "
                  "30 days of CPAP data. Bring the download card to the visit. Drowsy-driving facts: "
                  "[[www.fmcsa.dot.gov]].\n\n"),
        ("end", "Followup Instructions:\nSleep clinic ___; DOT medical examiner ___\n"),
    ]


def _rad_clinical(r: random.Random, crash: bool) -> str:
    v = r.randint(0, 2) if crash else r.randint(1, 2)
    if v == 0:
        return ("CLINICAL INFORMATION (from requisition):  Mechanism per EMS run sheet: "
                f"{r.choice(_MECHANISMS)}. "
                f"Immobilized with a {_b(r.choice(('Miami J', 'Aspen collar')))} on arrival; GCS 15. The patient "
                "holds a "
                "commercial licence or certificate and asks that this report go to his examiner; release requires a "
                "signed authorization through HIM. Pregnancy screen not applicable.\n\n")
    if v == 1:
        return ("ADDITIONAL HISTORY:  Safety-sensitive transportation worker (DOT covered). Ordering team notes "
                f"{r.choice(_ORDER_NOTES)}. "
                f"Creatinine {r.randint(6, 13) / 10:.1f} mg/dL (eGFR > 60); no contrast allergy. MRI/CT safety "
                "screen completed: no implanted device, no metal fragments (prior welding work denied). Exam "
                "performed without sedation.\n\n")
    return ("Requisition comments:  Return-to-duty clearance requested by the employer's medical department; "
            f"{r.choice(('FAA', 'FMCSA', 'FRA', 'FTA'))} paperwork pending. "
            f"{r.choice(_SYMPTOMS)} "
            "Prior outside imaging not available at the time of interpretation. The patient tolerated the "
            "examination well. Technologist notes motion on the first series, repeated.\n\n")


def _rad_header(exam: str, indication: str, technique: str, comparison: str = "___.") -> Sections:
    return [
        ("hdr", f"EXAMINATION:  {exam}\n\n"),
        ("prose", f"INDICATION:  {indication}\n\n"),
        ("hdr", f"TECHNIQUE:  {technique}\n\n"),
        ("hdr", f"COMPARISON:  {comparison}\n\n"),
    ]


def _b_trauma_ct(r: random.Random) -> Sections:
    s = _rad_header(
        "CT HEAD, C-SPINE, CHEST, ABDOMEN AND PELVIS (TRAUMA PAN-SCAN)",
        f"___ year old {r.choice(('man', 'woman'))}, restrained driver of a "
        f"{r.choice(('tractor-trailer', 'box truck', 'school bus', 'dump truck'))} in a high-speed crash, "
        "seat-belt sign. // Evaluate for intracranial, spinal and visceral injury.",
        f"Non-contrast head and cervical spine, then chest, abdomen and pelvis after {r.randint(90, 110)} mL "
        f"{_b(r.choice(('Omnipaque 350', 'Isovue-370')))} IV in portal venous phase, with delayed images. "
        f"Scanner: {_b(r.choice(('Siemens SOMATOM Force', 'GE Revolution CT')))}.")
    s.insert(2, ("prose", _rad_clinical(r, True)))
    s.append(("hdr", _rad_dose(r)))
    s.append(("prose", "FINDINGS: \n\nHEAD: "
              + r.choice(("No acute intracranial hemorrhage. ", f"Thin right subdural hematoma, {r.randint(3, 7)} mm, "
                          "without midline shift. ")) + "Ventricles normal in size. Calvarium intact.\n\n"
              "CERVICAL SPINE: "
              + r.choice(("No fracture or malalignment. ", f"{_b('Jefferson fracture')} of C1 with lateral mass "
                          "offset. ", "Bilateral C2 pars fractures (" + _b("hangman's fracture") + "). "))
              + "Prevertebral soft tissues normal.\n\n"
              "CHEST: "
              + r.choice(("Left rib fractures 4-8, with a small left hemopneumothorax. ",
                          "Sternal body fracture with small retrosternal hematoma. ",
                          "Bilateral dependent atelectasis; no pneumothorax. "))
              + f"No {_b('Kerley B')} lines. Aorta normal in caliber without injury.\n\n"
              "ABDOMEN/PELVIS: "
              + r.choice((f"Splenic laceration measuring {r.randint(2, 5)} cm ({_b('AAST')} grade III) with "
                          "perisplenic hemoperitoneum. No active extravasation. ",
                          f"Liver segment VI laceration ({_b('AAST')} grade II). Hemoperitoneum density "
                          f"{r.randint(35, 55)} {_b('Hounsfield')} units. ",
                          f"Mesenteric hematoma near the ileocecal valve; bowel wall enhancement normal. "
                          f"{_b('Morel-Lavallee')} collection over the left hip. "))
              + "Kidneys enhance symmetrically. Bladder intact.\n\n"
              "SPINE/BONES: "
              + r.choice((f"L1 flexion-distraction injury ({_b('Chance fracture')}); {_b('TLICS')} "
                          f"{r.randint(5, 8)}. ", "Right superior and inferior pubic rami fractures. ",
                          "No thoracolumbar fracture. "))
              + "\n\n"))
    s.append(("hdr", "IMPRESSION: \n\n1. Findings as above; trauma team aware at the time of the wet read.\n"
              f"2. Screening for blunt cerebrovascular injury per {_b('Denver criteria')}: recommend CTA neck if "
              "cervical fracture present.\n3. No other acute traumatic injury.\n\n"))
    s.append(("end", "RECOMMENDATION(S):  Clinical correlation; follow-up per trauma.\n"))
    return s


def _b_spine_mri(r: random.Random) -> Sections:
    region = r.choice(("CERVICAL", "THORACIC AND LUMBAR"))
    s = _rad_header(
        f"MR {region} SPINE W/O CONTRAST",
        "___ year old "
        f"{r.choice(('truck driver', 'pilot after a forced landing', 'locomotive engineer', 'bus operator'))} "
        "after a crash, midline tenderness, CT equivocal. // Ligamentous injury? Cord injury?",
        "Sagittal T1, T2, STIR; axial T2 and gradient echo. 3 Tesla.",
        f"CT of the same region [[{_sdate(r)}]].")
    s.insert(2, ("prose", _rad_clinical(r, True)))
    s.append(("prose", "FINDINGS: \n\nAlignment: "
              + r.choice(("Preserved. ", f"Grade 1 anterolisthesis at L{r.randint(3, 5)}. ",
                          "Straightening of the normal lordosis, likely positional. "))
              + "\nVertebral bodies: "
              + r.choice((f"Compression deformity of L1 with {r.randint(15, 40)}% height loss; middle column "
                          f"intact by {_b('Denis')} criteria. ",
                          "Marrow edema in T11 and T12 without height loss, consistent with bone contusion. ",
                          f"Burst fracture of L2 with {r.randint(2, 5)} mm retropulsion. ",
                          "No fracture; marrow signal normal. "))
              + "\nLigaments: "
              + r.choice(("Posterior ligamentous complex intact. ", "STIR hyperintensity in the interspinous "
                          "ligaments at C5-C6, partial tear. ", "Anterior longitudinal ligament disruption at "
                          "C6-C7. "))
              + "\nCord: normal signal and caliber; no epidural hematoma.\n"
              f"Discs: mild degenerative disc disease at {r.choice(('C5-6', 'L4-5', 'L5-S1'))}, without "
              "severe canal stenosis. Neural foramina patent.\n"
              "Paraspinal soft tissues: mild edema.\n\n"))
    s.append(("hdr", f"IMPRESSION: \n\n1. Findings as above. {_b('TLICS')} / AO Spine classification provided for "
              "the spine service.\n2. No cord compression or cord signal abnormality.\n3. "
              f"{r.choice(_SPINE_IMPRESSIONS)}\n\n"))
    s.append(("end", f"NOTE: images reviewed on {_b('Vitrea')} workstation. Final report.\n"))
    return s


def _b_coronary_cta(r: random.Random) -> Sections:
    cac = r.choice((0, 0, r.randint(1, 99), r.randint(100, 399), r.randint(400, 1400)))
    s = _rad_header(
        "CTA CORONARY ARTERIES WITH CALCIUM SCORE",
        f"___ year old {r.choice(('airline pilot', 'CDL driver', 'air traffic controller', 'charter pilot'))} "
        "with atypical chest pain; required for "
        f"{r.choice(('FAA special issuance', 'DOT recertification', 'return-to-duty clearance'))}.",
        f"Prospective ECG-gated acquisition on {_b(r.choice(('Siemens SOMATOM Force', 'GE Revolution CT')))}. "
        f"Metoprolol {r.choice((25, 50, 75))} mg PO and nitroglycerin 0.8 mg SL given. Heart rate "
        f"{r.randint(52, 66)} bpm. {r.randint(60, 90)} mL {_b('Isovue-370')}.")
    s.insert(2, ("prose", _rad_clinical(r, False)))
    s.append(("hdr", _rad_dose(r)))
    s.append(("prose", f"FINDINGS: \n\nCoronary calcium: {_b('Agatston')} score {cac} "
              f"({r.randint(10, 95)}th percentile for age, sex and race, MESA).\n"
              "Dominance: right.\n"
              "Left main: normal.\n"
              f"LAD: {r.choice(_LAD)}.\n"
              f"LCx: {r.choice(('normal', 'minimal plaque', 'mild plaque in OM1'))}.\n"
              f"RCA: {r.choice(('normal', 'mild calcified plaque', 'minimal plaque'))}.\n"
              "No high-risk plaque features. Myocardium normal in thickness. No pericardial effusion.\n"
              "Extracardiac: lungs clear; no pulmonary nodule over 4 mm. Visualized upper abdomen normal.\n\n"))
    s.append(("hdr", f"IMPRESSION: \n\n1. {_b('CAD-RADS')} {r.choice(('0', '1', '2', '3'))} "
              f"per {r.choice(('SCCT 2022', 'SCCT'))} reporting guidance.\n2. Coronary calcium score {cac}.\n"
              f"3. No extracardiac finding requiring follow-up. If functional testing is needed, {_b('Lexiscan')} "
              "stress perfusion is an option.\n\n"))
    s.append(("end", f"Post-processing on {_b('syngo.via')}. Cardiac imaging attending read.\n"))
    return s


def _b_stress_echo(r: random.Random) -> Sections:
    mets = r.randint(7, 15)
    s = _rad_header(
        "EXERCISE STRESS ECHOCARDIOGRAM",
        f"___ year old {r.choice(('commercial driver', 'first officer', 'locomotive engineer', 'transit operator'))} "
        f"after {r.choice(_ECHO_REASONS)};"
        " return-to-duty functional assessment.",
        f"Symptom-limited treadmill exercise, {_b('Bruce protocol')}, with rest and immediate post-exercise "
        f"imaging. Ultrasound enhancing agent {_b('Definity')} used for endocardial definition.")
    s.insert(2, ("prose", _rad_clinical(r, False)))
    s.append(("prose", f"FINDINGS: \n\nExercise: {r.randint(6, 14)} min {r.randint(0, 59)} s, {mets} METs. Peak HR "
              f"{r.randint(140, 182)} bpm ({r.randint(85, 101)}% of age-predicted maximum). BP "
              f"{r.randint(110, 140)}/{r.randint(64, 88)} at rest, {r.randint(150, 210)}/{r.randint(64, 92)} at peak. "
              f"Stopped for {r.choice(('fatigue', 'dyspnea', 'target heart rate achieved'))}. "
              f"{_b('Duke treadmill score')} {r.randint(-4, 12)}.\n"
              f"ECG: {r.choice(_STRESS_ECG)}.\n"
              f"Rest echo: LVEF {r.randint(48, 65)}%, normal wall motion, normal RV.\n"
              "Stress echo: "
              f"{r.choice(_STRESS_WALL)}; "
              "LV cavity decreases in size.\n"
              f"Valves: trace MR; aortic valve trileaflet. Estimated PASP {r.randint(22, 38)} mmHg.\n\n"))
    s.append(("hdr", "IMPRESSION: \n\n1. "
              + r.choice(("No echocardiographic evidence of inducible ischemia at a good workload.",
                          "Possible small area of apical ischemia; clinical correlation.",
                          "Normal functional capacity for age."))
              + f"\n2. Functional capacity {mets} METs (FAA and FMCSA guidance commonly look for at least "
                "Bruce stage IV / 85% MPHR).\n\n"))
    s.append(("end", f"Images archived. [[{_sdate(r)}]]\n"))
    return s


def _b_airway_ct(r: random.Random) -> Sections:
    s = _rad_header(
        "CT MAXILLOFACIAL AND NECK SOFT TISSUE (UPPER AIRWAY) W/O CONTRAST",
        f"___ year old CDL driver with severe OSA (AHI {r.randint(35, 95)}), CPAP intolerant; evaluate upper "
        f"airway for surgical planning (MMA vs hypoglossal nerve stimulation). {_b('Friedman')} tongue position "
        f"{r.choice(('III', 'IV'))}.",
        "Axial helical images from the skull base to the thoracic inlet, acquired at end-expiration and "
        f"during a modified {_b('Muller maneuver')}, with sagittal and coronal reformats.")
    s.insert(2, ("prose", _rad_clinical(r, False)))
    s.append(("hdr", _rad_dose(r)))
    s.append(("prose", "FINDINGS: \n\n"
              f"Retropalatal airway: minimum cross-sectional area {r.randint(18, 90)} mm2 at end-expiration, "
              f"collapsing to {r.randint(4, 30)} mm2 during the maneuver (concentric pattern).\n"
              f"Retroglossal airway: AP diameter {r.randint(4, 12)} mm; {r.choice(('mild', 'moderate'))} tongue-base "
              "prominence. Lingual tonsils mildly enlarged.\n"
              f"Posterior airway space (cephalometric equivalent): {r.randint(5, 11)} mm. Mandibular plane to hyoid "
              f"distance {r.randint(18, 34)} mm (elongated).\n"
              f"Palatine tonsils {r.choice(('1+', '2+', '3+'))}. Nasal septum deviated to the "
              f"{r.choice(('left', 'right'))}; inferior turbinate hypertrophy.\n"
              "Paranasal sinuses: mild mucosal thickening in the maxillary sinuses.\n"
              "Parapharyngeal fat: abundant.\n\n"))
    s.append(("hdr", "IMPRESSION: \n\n1. Multilevel upper-airway narrowing, most severe retropalatal with "
              "concentric collapse, which is a relative contraindication to hypoglossal nerve stimulation.\n"
              "2. Elongated mandibular plane-hyoid distance.\n3. Septal deviation and turbinate hypertrophy.\n\n"))
    s.append(("end", "Correlate with drug-induced sleep endoscopy.\n"))
    return s


def _b_brain_mri(r: random.Random) -> Sections:
    s = _rad_header(
        "MRI BRAIN W/ AND W/O CONTRAST (SEIZURE PROTOCOL)",
        "___ year old "
        f"{r.choice(_SEIZURE_JOBS)} "
        f"with {r.choice(_SEIZURE_EVENTS)}. "
        "// Structural lesion?",
        f"Sagittal 3D T1, axial and coronal FLAIR, coronal high-resolution T2 through the hippocampi, DWI, SWI, "
        f"post-contrast 3D T1 after {r.randint(6, 9)} mL gadobutrol.")
    s.insert(2, ("prose", _rad_clinical(r, False)))
    s.append(("prose", "FINDINGS: \n\n"
              + r.choice(("Asymmetric volume loss and increased T2/FLAIR signal of the left hippocampus with "
                          "loss of internal architecture, consistent with mesial temporal sclerosis. ",
                          "No structural epileptogenic lesion. Hippocampi symmetric in size and signal. ",
                          "Encephalomalacia in the right frontal pole with hemosiderin on SWI, sequela of remote "
                          "contusion. ",
                          f"{r.randint(6, 14)} mm enhancing extra-axial mass along the left convexity, likely "
                          "meningioma, with mild adjacent FLAIR signal. "))
              + "\nNo acute infarct on diffusion imaging. No intracranial hemorrhage. "
              f"{r.choice(('Scattered', 'A few', 'No'))} punctate foci of FLAIR hyperintensity in the "
              "subcortical white matter, nonspecific. Ventricles and sulci normal for age. Major flow voids "
              "preserved. Orbits and visualized paranasal sinuses unremarkable. No abnormal enhancement "
              "other than as above.\n\n"))
    s.append(("hdr", "IMPRESSION: \n\n1. Findings as above.\n2. No acute intracranial process.\n"
              "3. Correlate with EEG. Fitness for safety-sensitive duty is a clinical determination.\n\n"))
    s.append(("end", "Neuroradiology attending read.\n"))
    return s


def _b_extremity_xr(r: random.Random) -> Sections:
    part = r.choice(("FOOT", "ANKLE", "WRIST", "CALCANEUS"))
    finding = {
        "FOOT": (f"Widening of the interval between the first and second metatarsal bases with a fleck "
                 f"fracture, compatible with a {_b('Lisfranc')} injury. Weight-bearing views recommended."),
        "ANKLE": (f"Oblique fracture of the distal fibula at the level of the syndesmosis ({_b('Weber B')}) "
                  "with medial clear space widening to 6 mm."),
        "WRIST": (f"Dorsally angulated distal radius fracture ({_b('Colles')} type) with ulnar styloid avulsion;"
                  " dorsal tilt 22 degrees."),
        "CALCANEUS": (f"Comminuted intra-articular calcaneal fracture with flattening of "
                      f"{_b('Boehler angle')} to {r.randint(5, 18)} degrees (aviator's-type axial load)."),
    }[part]
    s = _rad_header(
        f"{part} (AP, LATERAL AND OBLIQUE) {r.choice(('RIGHT', 'LEFT'))}",
        "___ year old "
        f"{r.choice(_XR_MECH)}. "
        "// fracture?",
        "Three views.")
    s.insert(2, ("prose", _rad_clinical(r, True)))
    s.append(("prose", f"FINDINGS: \n\n{finding} Soft tissue swelling. No radiopaque foreign body. "
              "Mineralization normal. "
              f"{r.choice(_XR_EXTRA)} "
              "The remaining osseous structures are intact.\n\n"
              "Additional note: a splint obscures fine bony detail on the lateral view; repeat out of the "
              "splint if clinically needed. Compared with the trauma series, alignment is unchanged.\n\n"))
    s.append(("hdr", "IMPRESSION: \n\n1. Acute fracture as described.\n2. Recommend orthopedic follow-up and "
              "CT for operative planning if intra-articular extension is suspected.\n3. No additional acute "
              "osseous injury identified.\n\n"))
    s.append(("end", "Preliminary read by resident, reviewed and finalized by attending.\n"))
    return s


_KINDS: dict[str, tuple[str, Callable[[random.Random], Sections]]] = {
    "cdl_crash_trauma": ("discharge", _b_cdl_crash),
    "pilot_cardiac": ("discharge", _b_pilot_cardiac),
    "rail_engineer": ("discharge", _b_rail_engineer),
    "mro_addendum": ("discharge", _b_mro_addendum),
    "dot_exam_consult": ("discharge", _b_dot_exam),
    "ame_consult": ("discharge", _b_ame_consult),
    "transit_seizure": ("discharge", _b_transit_seizure),
    "osa_drowsy_crash": ("discharge", _b_osa_drowsy),
    "trauma_ct_panscan": ("radiology", _b_trauma_ct),
    "spine_mri_trauma": ("radiology", _b_spine_mri),
    "coronary_cta": ("radiology", _b_coronary_cta),
    "stress_echo": ("radiology", _b_stress_echo),
    "airway_ct_osa": ("radiology", _b_airway_ct),
    "brain_mri_seizure": ("radiology", _b_brain_mri),
    "extremity_xr_crash": ("radiology", _b_extremity_xr),
}
DOCUMENT_KINDS = tuple(_KINDS)

# 20 slots: 11 discharge (3 kinds doubled), 9 radiology (2 kinds doubled) -> 45% radiology
_SLOTS = (
    "cdl_crash_trauma", "cdl_crash_trauma", "pilot_cardiac", "rail_engineer", "mro_addendum", "mro_addendum",
    "dot_exam_consult", "ame_consult", "transit_seizure", "osa_drowsy_crash", "osa_drowsy_crash",
    "trauma_ct_panscan", "trauma_ct_panscan", "spine_mri_trauma", "coronary_cta", "stress_echo",
    "airway_ct_osa", "brain_mri_seizure", "extremity_xr_crash", "extremity_xr_crash",
)


def document_kind(seed: int, i: int) -> str:
    return _SLOTS[int(_weyl(seed * 7907 + i + 5, _A_KIND) * len(_SLOTS))]


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_LOOK = re.compile(r"\[\[(.+?)\]\]")


def _render(chunks: list[str | tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    out: list[str] = []
    pos = 0
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    for ch in chunks:
        if isinstance(ch, tuple):
            value, cat = ch
            spans.append((pos, pos + len(value), cat))
            out.append(value)
            pos += len(value)
            continue
        last = 0
        for m in _LOOK.finditer(ch):
            plain = ch[last:m.start()]
            out.append(plain)
            pos += len(plain)
            looks.append(m.group(1))
            out.append(m.group(1))
            pos += len(m.group(1))
            last = m.end()
        out.append(ch[last:])
        pos += len(ch) - last
    return "".join(out), spans, looks


def _plant_chunks(text: str, value: str, cat: str) -> list[str | tuple[str, str]]:
    before, after = text.split("@@")
    return [before, (value, cat), after]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    nt, builder = _KINDS[kind]
    r = random.Random(f"holdout72:{seed}:{i}")
    heavy = (i + seed) % 20 == 7
    planted = (not heavy) and _weyl(seed * 6151 + i + 1, _A_PLANT) < _PLANT_P
    cats: list[str] = []
    if planted:
        k = r.choices((1, 2, 3, 4), weights=(34, 31, 21, 14))[0]
        cats = [_WCATS[int(_weyl(seed * 40009 + 4 * i + j + 17, _A_CAT) * len(_WCATS))] for j in range(k)]
    sections = builder(r)
    chunks: list[list[str | tuple[str, str]]] = [[text] for _, text in sections]
    tags = [tag for tag, _ in sections]
    code = "d" if nt == "discharge" else "r"
    md = frozenset(_KIND_MODES[kind].split())
    for cat in cats:
        opts = [t for t in _TEMPLATES[cat] if _fits(t[0], code, md)]
        _, place, fn = r.choice(opts)
        text, value = fn(r, md)
        pc = _plant_chunks(text, value, cat)
        if place == "prose":
            idx = r.choice([k for k, t in enumerate(tags) if t == "prose"])
            sec = chunks[idx]
            last = sec[-1]
            assert isinstance(last, str)
            body = last.rstrip("\n")
            trail = last[len(body):]
            sec[-1] = body + " "
            sec.extend(pc)
            sec.append(trail)
        elif place == "head":
            chunks.insert(1, pc)
            tags.insert(1, "plant")
        elif place == "tail":
            chunks.append(pc)
            tags.append("plant")
        else:
            idx = r.randint(2, len(chunks) - 1)
            chunks.insert(idx, pc)
            tags.insert(idx, "plant")
    if heavy:
        idx = r.randint(2, len(chunks) - 1)
        chunks.insert(idx, [_heavy_block(r, nt)])
    flat = [c for sec in chunks for c in sec]
    text, spans, looks = _render(flat)
    return LabelledNote(nt, text, spans), looks, "heavy" if heavy else "normal"


def holdout72_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout72_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout72_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout72_corpus, argv, "Held-out corpus 72: transportation medicine around an admission")
    holdout_measure.report("holdout72", args, notes, hits, res)


if __name__ == "__main__":
    main()
