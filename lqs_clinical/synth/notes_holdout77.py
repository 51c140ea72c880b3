"""Held-out corpus 77: patient transportation around an admission.

Non-emergency medical transport (NEMT) to dialysis and clinic visits, Medicaid transportation brokers,
wheelchair vans and ambulettes, stretcher transport, hospital-booked ride-share rides, discharge ride
coordination, missed-trip complaints, mileage reimbursement, paratransit eligibility, driver incident
reports and a fall during a transfer into a van, as MIMIC-IV-Note-shaped discharge and radiology notes.
Most identifiers are ``___``; unmasked dates are shifted into 2100-2200 and never labelled; about 58%
of the notes carry 1-4 identifiers that escaped masking, 5% are heavy (many ``___``, no plants).

Document kinds (note type in brackets):

- ``dialysis_nemt_discharge`` [discharge] - ESRD admission after missed van pick-ups for dialysis;
- ``discharge_ride_coordination`` [discharge] - case-management discharge-ride planning note;
- ``missed_trip_grievance`` [discharge] - social-work note on a missed-trip complaint to the broker;
- ``van_transfer_fall`` [discharge] - discharge summary after a fall during a transfer into a van;
- ``driver_incident_addendum`` [discharge] - ED note with a pasted driver incident report;
- ``mileage_reimbursement`` [discharge] - social-work note and letter on mileage reimbursement;
- ``paratransit_eligibility`` [discharge] - PT functional assessment for paratransit eligibility;
- ``rideshare_discharge`` [discharge] - nursing discharge note with a pasted ride-share booking;
- ``stretcher_necessity`` [discharge] - physician certification for non-emergency stretcher transport;
- ``ambulette_snf_transfer`` [discharge] - interfacility transfer form, ambulette to a nursing facility;
- ``rad_ct_head_lift_fall`` [radiology] - CT head after a fall from a van wheelchair lift;
- ``rad_pelvis_wheelchair_tip`` [radiology] - pelvis/hip films after a wheelchair tip-over in a van;
- ``rad_ct_abd_seatbelt`` [radiology] - CT abdomen/pelvis for a seat-belt injury in a transport vehicle;
- ``rad_ankle_footplate`` [radiology] - ankle/foot films after a foot caught in a footplate or tie-down;
- ``rad_cspine_stretcher`` [radiology] - CT cervical spine after hard braking during stretcher transport;
- ``rad_shoulder_transfer`` [radiology] - shoulder films after a driver-assisted transfer.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and
countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital,
practice, pharmacy (a chain's store too), agency, school or employer, never a generic department, and
never a drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is
not labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels
the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's
toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter,
incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or
session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's
group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and
driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:",
"pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Choices for this theme: a trip, ride, booking or confirmation number for the patient's ride and a
broker's complaint or grievance number are ACCOUNT (so are a mileage-reimbursement claim number and a
driver incident report number); a paratransit rider id is masked (``___``, no category); a van's,
ambulette's or ride-share car's plate or VIN is VEHICLE_ID; a transport company, a broker's local
office, a dialysis unit, a taxi company and a nursing or rehabilitation facility are ORGANIZATION;
ride-share platforms named as apps (Uber Health, Lyft Healthcare), Medicaid as a programme and the
state's NEMT programme stay unlabelled, as do vehicle and lift makers (Braun, Ricon, Q'Straint) and
scheduling software; a driver's licence, a driver's NEMT certification number and an EMT certificate
are LICENSE; a ride-share driver's first name alone is PERSON; an intersection or a county is
LOCATION; a street line keeps its unit ("Apt 3B") inside the STREET_ADDRESS span; a broker's toll-free
reservation line is a public line (unlabelled) and an employer group number stays unlabelled.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, ``/work/shared/reference/*.md`` (a glance) and the masked PyHealth note-shaped
samples under ``/work/shared/data/`` with their ``SOURCES.md``. No detector code, rule file, other
corpus, other test, benchmark or history was read, and the detector was never run.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Uber Health", "Lyft Healthcare", "Medicaid", "Medicare", "Hoyer lift", "Braun", "Ricon",
    "Q'Straint", "Sure-Lok", "Stryker", "Ferno", "Invacare", "Permobil", "Pride Mobility", "ROHO",
    "Rollator", "Sara Stedy", "Brescia-Cimino", "Permcath", "Tenckhoff", "Epogen", "Renvela",
    "Sensipar", "Eliquis", "Coumadin", "Lasix", "Tylenol", "Oxycodone", "Zofran", "Keppra",
    "Lidoderm", "Foley", "Glasgow Coma Scale", "Morse Fall Scale", "Braden", "Barthel", "Karnofsky",
    "Trendelenburg", "Chance fracture", "Colles", "Jones fracture", "Lisfranc", "Weber B",
    "Maisonneuve", "Garden", "Hill-Sachs", "Bankart", "Neer", "Salter-Harris", "Jefferson",
    "Hangman", "Schatzker", "Kerley B", "Parkinson disease", "Alzheimer", "Charcot", "Romberg",
    "Babinski", "Denis", "Ottawa ankle rules", "NEXUS", "Canadian C-spine rule", "Omnipaque",
    "Isovue", "New York", "Vermont", "Massachusetts", "Pennsylvania", "Dominican Republic",
    "Puerto Rico", "Canada", "Case Management", "Patient Transport", "Social Work", "Dispatch",
    "medicaid.gov", "www.cms.gov", "www.ada.gov", "www.health.ny.gov", "RouteGenie", "Trapeze PASS",
    "MediRoutes", "Epic", "PowerScribe", "Ford Transit", "Dodge Grand Caravan", "Toyota Camry",
    "Honda CR-V", "Chevrolet Express", "Nissan Altima",
)

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marisol", "Dwayne", "Agnieszka", "Tobias", "Latrice", "Hiroshi", "Fatoumata", "Ignacio", "Bronwyn",
    "Desmond", "Yesenia", "Kofi", "Svetlana", "Ramon", "Della", "Thaddeus", "Nkechi", "Gustavo", "Imelda",
    "Winston", "Priyanka", "Ezekiel", "Rosalind", "Tomasz", "Junie", "Cornelius", "Aaliyah", "Benedikt",
    "Shoshana", "Lamar", "Orla", "Vikram", "Estelle", "Dashiell", "Marguerite", "Hakeem", "Luzmila",
    "Rudolph", "Teodora", "Quentin", "Wilhelmina", "Darnell", "Soledad", "Anselm", "Keziah",
)
_LAST = (
    "Okonkwo", "Brandvold", "Castellanos", "Pietrzak", "Abernathy", "Nakashima", "Villalobos",
    "Kowalczyk", "Delacroix", "Ferreira-Lund", "Thistlewood", "Oyelaran", "Quigley", "Szymanski",
    "Barrientos", "Lindqvist", "Fairweather", "Gutierrez-Mora", "Halloran", "Iwasaki", "Jankowski",
    "McCready", "Nwosu", "Ostrowski", "Pellegrino", "Ruvolo", "Sandoval", "Tremblay", "Ugarte",
    "Vanterpool", "Wojcik", "Yarborough", "Zielinski", "Ibanez", "O'Shaughnessy", "Mbatha", "Esposito",
    "Haddad", "Rasmussen", "Kalinowski", "DeGroot", "Achterberg", "Boateng", "Cardenas",
)
_MIDDLE = "ABCDEFGHJKLMNPRSTW"

_TOWNS = (
    "Cohoes", "Watervliet", "Rensselaer", "Glens Falls", "Gloversville", "Cobleskill", "Hoosick Falls",
    "Ballston Spa", "Mechanicville", "Oneonta", "Saranac Lake", "Tupper Lake", "Massena", "Herkimer",
    "Little Falls", "Ilion", "Fort Plain", "Canajoharie", "Schuylerville", "Whitehall", "Granville",
    "Ticonderoga", "Warrensburg", "Queensbury", "Clifton Park", "Niskayuna", "Scotia", "Voorheesville",
    "Delmar", "Altamont", "Coxsackie", "Ravena", "Chatham", "Kinderhook", "Valatie", "Catskill",
    "Johnstown", "Amsterdam", "Hudson", "Stillwater",
)
_COUNTIES = ("Schoharie County", "Montgomery County", "Fulton County", "Otsego County", "Greene County",
             "Columbia County", "Herkimer County", "Warren County")
_STREETS = (
    "Clinton St", "Riverside Ave", "Ontario St", "Central Ave", "Lark St", "Madison Ave", "Mohawk St",
    "Division St", "Oak Hill Rd", "Route 9W", "State Route 146", "Vliet Blvd", "Remsen St", "Broadway",
    "Saratoga Ave", "Hoosick St", "Congress St", "Erie Blvd", "Glen Ave", "Canal St", "Union St",
    "Maple Ave", "Western Ave", "Delaware Ave", "Columbia Tpke", "Sand Creek Rd", "Old Niskayuna Rd",
    "N Pearl St", "Washington Ave Ext", "Fulton St",
)
_ORG = {
    "transport": (
        "Pine Hollow Medical Transport", "Bluebird Ambulette Service", "Capital Care Wheelchair Vans",
        "Kestrel Ambulette Co.", "Hudson Bend Medical Rides", "Tri-Valley Stretcher Transport",
        "Greenleaf Mobility Van Service", "Northway Medi-Van", "Silver Spoke Transportation",
        "Lakeshore Ambulette LLC", "Redwing Paratransit Services", "Mohawk Trail Medical Livery",
        "Ever-Ready Wheelchair Transport", "Adirondack Stretcher Van Co.",
    ),
    "broker": (
        "Keystone Ride Management", "Paragon Trip Brokerage", "Meridian NEMT Services",
        "ClearPath Transportation Management", "Crossroads Ride Coordination", "Beacon Trip Partners",
    ),
    "dialysis": (
        "Mohawk Valley Kidney Center", "Riverbend Dialysis", "Fort Orange Dialysis Unit",
        "Hilltop Renal Care", "Clearwater Kidney Care", "Stone Bridge Dialysis Center",
        "Tamarack Renal Associates", "Eastbrook Home and In-Center Dialysis",
    ),
    "taxi": ("Checker Star Taxi", "Blue Line Cab Co.", "Spa City Yellow Cab", "Twin Bridges Taxi",
             "Orange Top Cab Company"),
    "facility": (
        "Willow Pond Nursing and Rehabilitation", "Cedar Knoll Skilled Nursing Facility",
        "Elm Crest Rehabilitation Center", "Maplewood Manor", "Brookhaven Terrace Rehab",
        "Linden Court Nursing Home", "Heatherwood Subacute Center",
    ),
    "hospital": (
        "St. Brigid's Medical Center", "Fairhaven General Hospital", "Northfield Memorial Hospital",
        "Mercy Ridge Hospital", "Kinderhook Valley Hospital", "Sacandaga Community Hospital",
    ),
    "clinic": (
        "Riverview Vascular Access Center", "Pinewood Wound Care Clinic", "Harbor Street Family Practice",
        "Crescent Orthopaedic Group", "Northgate Cardiology Associates", "Harwood Family Pharmacy",
    ),
}
_ORG_KEYS = tuple(_ORG)
_AREA = ("518", "315", "607", "845", "914", "716", "585", "347", "929", "413", "802")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "verizon.net")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREA), f"{r.randint(200, 989)}", _digits(r, 4)
    f = r.randrange(6)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a} {b} {c}",
            f"1-{a}-{b}-{c}")[f]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _real_date(r: random.Random, dob: bool = False) -> str:
    y = r.randint(1924, 1962) if dob else r.randint(2016, 2029)
    m, d = r.randint(1, 12), r.randint(1, 28)
    f = r.randrange(7)
    mon = _MONTHS[m - 1]
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}",
            f"{d}-{mon[:3]}-{y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}")[f]


def _value(cat: str, sub: str, r: random.Random) -> str:
    """A fictitious value of category ``cat`` (``sub`` picks a flavour)."""
    if cat == "PERSON":
        first, last = r.choice(_FIRST), r.choice(_LAST)
        if sub == "first":
            return first
        if sub == "lastfirst":
            return f"{last}, {first}"
        return r.choice((f"{first} {last}", f"{first} {last}", f"{first} {r.choice(_MIDDLE)}. {last}",
                         f"{first[0]}. {last}"))
    if cat == "LOCATION":
        if sub == "intersection":
            a, b = r.sample(_STREETS, 2)
            return f"{a} and {b}" if r.random() < 0.7 else f"{a} & {b}"
        if sub == "county":
            return r.choice(_COUNTIES)
        return r.choice(_TOWNS)
    if cat == "ORGANIZATION":
        key = sub if sub in _ORG else r.choice(_ORG_KEYS)
        name = r.choice(_ORG[key])
        if key in ("dialysis", "broker") and r.random() < 0.3:
            name = f"{name} - {r.choice(_TOWNS)}"
        return name
    if cat == "STREET_ADDRESS":
        line = f"{r.randint(2, 2899)} {r.choice(_STREETS)}"
        k = r.random()
        if k < 0.2:
            line += f" Apt {r.randint(1, 6)}{r.choice('ABCDEF')}"
        elif k < 0.3:
            line += f", Unit {r.randint(1, 40)}"
        return line
    if cat == "ZIP":
        z = f"12{_digits(r, 3)}" if r.random() < 0.7 else f"13{_digits(r, 3)}"
        return z + (f"-{_digits(r, 4)}" if r.random() < 0.25 else "")
    if cat in ("PHONE", "FAX"):
        return _phone(r)
    if cat == "PAGER":
        return r.choice((_digits(r, 4), f"{r.randint(1, 9)}-{_digits(r, 4)}", _digits(r, 5),
                         f"{r.randint(10, 99)}-{_digits(r, 3)}"))
    if cat == "EMAIL":
        first, last = r.choice(_FIRST).lower(), _slug(r.choice(_LAST))
        if sub == "org":
            org = _slug(r.choice(_ORG["transport"] + _ORG["broker"]))[:16]
            return f"{r.choice((first, first[0] + last, 'dispatch', 'grievances', 'trips'))}@{org}.com"
        return r.choice((f"{first}.{last}{r.randint(1, 99)}", f"{first[0]}{last}", f"{last}_{first}"))\
            + "@" + r.choice(_EMAIL_DOMAINS)
    if cat == "URL":
        org = _slug(r.choice(_ORG["transport"] + _ORG["broker"] + _ORG["dialysis"]))[:18]
        tail = r.choice((f"/trip/{_digits(r, 7)}", f"/track?ride={_letters(r, 3)}{_digits(r, 5)}",
                         "/complaints", f"/riders/{_digits(r, 6)}/receipts", "/mileage-form"))
        return r.choice(("https://", "http://", "https://www.", "www.")) + f"{org}.com{tail}"
    if cat == "IP_ADDRESS":
        if r.random() < 0.15:
            a, b = r.randint(4096, 65535), r.randint(4096, 65535)
            return f"2600:{a:x}:{b:x}:{r.randint(16, 4095):x}::{r.randint(1, 255):x}"
        first = r.choice((10, 172, 192, 73, 98, 68, 24, 107))
        second = {10: r.randint(0, 254), 172: r.randint(16, 31), 192: 168}.get(first, r.randint(1, 254))
        return f"{first}.{second}.{r.randint(0, 254)}.{r.randint(2, 254)}"
    if cat == "SSN":
        a, b, c = f"{r.randint(101, 665):03d}", f"{r.randint(10, 99)}", f"{r.randint(1000, 9999)}"
        return r.choice((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))
    if cat == "MRN":
        return r.choice((_digits(r, 8), _digits(r, 7), f"{_digits(r, 3)}-{_digits(r, 5)}", f"M{_digits(r, 8)}",
                         f"00{_digits(r, 7)}"))
    if cat == "ACCOUNT":
        if sub == "trip":
            return r.choice((f"TR-{_digits(r, 7)}", f"T{_digits(r, 4)}-{_digits(r, 5)}", _digits(r, 9),
                             f"{_digits(r, 7)}-{r.choice('ABR')}", f"NT{_digits(r, 8)}"))
        if sub == "ride":
            return r.choice((f"{_letters(r, 2)}{_digits(r, 2)}-{_digits(r, 4)}-{_letters(r, 1)}{_digits(r, 2)}",
                             f"RD{_digits(r, 9)}", f"{_digits(r, 4)}-{_letters(r, 4)}-{_digits(r, 4)}"))
        if sub == "conf":
            return r.choice((f"{_digits(r, 4)}-{_digits(r, 4)}", f"BK{_digits(r, 7)}",
                             f"{_letters(r, 3)}{_digits(r, 6)}"))
        if sub == "grievance":
            return r.choice((f"GRV-{_digits(r, 7)}", f"C-{_digits(r, 7)}", f"CMP{_digits(r, 6)}",
                             f"{_digits(r, 2)}-{_digits(r, 6)}"))
        if sub == "claim":
            return r.choice((f"CLM{_digits(r, 10)}", f"MR-{_digits(r, 8)}", _digits(r, 11)))
        if sub == "accession":
            return r.choice((_digits(r, 8), f"RAD{_digits(r, 7)}", f"{_letters(r, 2)}-{_digits(r, 7)}"))
        if sub == "incident":
            return r.choice((f"IR-{_digits(r, 6)}", f"INC{_digits(r, 7)}", f"SE-{_digits(r, 5)}"))
        return r.choice((_digits(r, 10), f"HAR{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 6)}"))
    if cat == "HEALTH_PLAN":
        if sub == "cin":
            return f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}"
        if sub == "mbi":
            return (f"{r.randint(1, 9)}{_letters(r, 1)}{r.choice('ABCDEFGH')}{r.randint(0, 9)}-"
                    f"{_letters(r, 1)}{r.choice('ABCDEFGH')}{r.randint(0, 9)}-{_letters(r, 2)}{_digits(r, 2)}")
        return r.choice((f"{_letters(r, 3)}{_digits(r, 9)}", _digits(r, 11), f"{_letters(r, 1)}{_digits(r, 8)}-01"))
    if cat == "LICENSE":
        if sub == "dl":
            d = _digits(r, 9)
            return r.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{_letters(r, 1)}{_digits(r, 4)}-{_digits(r, 5)}"))
        if sub == "nemt":
            return r.choice((f"NEMT-{_digits(r, 6)}", f"DC{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 5)}"))
        if sub == "npi":
            return f"1{_digits(r, 9)}"
        if sub == "emt":
            return r.choice((_digits(r, 6), f"EMT-{_digits(r, 6)}"))
        return r.choice((_digits(r, 6), f"{_digits(r, 6)}-1"))
    if cat == "DATE_REAL_YEAR":
        return _real_date(r, dob=(sub == "dob"))
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103)))
    if cat == "DEVICE_ID":
        if sub == "asset":
            return r.choice((_digits(r, 8), f"BME-{_digits(r, 6)}", f"A{_digits(r, 7)}"))
        if sub == "udi":
            return f"{_letters(r, 2)}{_digits(r, 8)}"
        return r.choice((f"{_letters(r, 3)}{_digits(r, 7)}", f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 7)}",
                         f"{_letters(r, 2)}-{_digits(r, 7)}", f"0{_letters(r, 1)}{_digits(r, 6)}"))
    if cat == "VEHICLE_ID":
        if sub == "vin":
            wmi = r.choice(("1FD", "1FT", "2C4", "1GB", "1GC", "5TD", "2T3", "1HG", "4T1", "3N1"))
            body = "".join(r.choice(_VIN_CHARS) for _ in range(5))
            return f"{wmi}{body}{r.choice('0123456789X')}{r.choice('GHJKLMNPR')}{r.choice(_VIN_CHARS)}{_digits(r, 6)}"
        return r.choice((f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_letters(r, 3)} {_digits(r, 4)}",
                         f"{_letters(r, 3)}{_digits(r, 4)}", f"T{_digits(r, 6)}C", f"{_digits(r, 4)}{_letters(r, 2)}",
                         f"{_letters(r, 2)}{_digits(r, 2)}{_letters(r, 3)}"))
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Planting templates: ``{CAT}`` or ``{CAT:flavour}`` marks a value; everything else stays as written
# --------------------------------------------------------------------------------------------------

_SINGLE: dict[str, tuple[str, ...]] = {
    "ACCOUNT": (
        "Trip #: {ACCOUNT:trip}   Leg: A (pickup)   Level of service: wheelchair",
        "NEMT trip {ACCOUNT:trip} was booked with the broker for the ___ chair time; return leg is will-call.",
        "Broker grievance no. {ACCOUNT:grievance} opened for the missed pick-up on ___.",
        "| Trip ID | {ACCOUNT:trip} | status: NO-SHOW (vendor) |",
        "Confirmation # {ACCOUNT:conf} given to the daughter by phone.",
        "Lyft Healthcare ride ID: {ACCOUNT:ride}",
        "Uber Health dashboard > Trips > {ACCOUNT:ride} > Completed",
        "Mileage reimbursement claim {ACCOUNT:claim} submitted with the odometer log; 46.2 mi round trip.",
        "Acct:{ACCOUNT:acct}",
        "Hospital account number\n{ACCOUNT:acct}",
        "ACCESSION NO.  {ACCOUNT:accession}",
        "Driver incident report {ACCOUNT:incident} filed by the vendor and scanned to Media.",
        "complaint ref {ACCOUNT:grievance} (broker quality dept)",
        "Bookng conf {ACCOUNT:conf} - pt aware of 15 min window",
        "RIDE  {ACCOUNT:ride}  PICKUP 06:40  DROP 07:15  FARE $0.00 (billed to org)",
        "Standing order ref {ACCOUNT:trip} covers M/W/F dialysis round trips through ___.",
        "Encounter #{ACCOUNT:acct} (ED visit for the van incident)",
        "Safety event {ACCOUNT:incident} entered re: transfer into van.",
        "Order # {ACCOUNT:accession}  CT performed at ___",
        "re-booked as trip\n{ACCOUNT:trip} after the original ride was cancelled by dispatch",
    ),
    "ORGANIZATION": (
        "Transport vendor: {ORGANIZATION:transport}",
        "Ride assigned by the broker to {ORGANIZATION:transport}, wheelchair van with rear lift.",
        "Pt receives outpatient HD at {ORGANIZATION:dialysis}, chair time 06:00 MWF.",
        "Discussed with the charge nurse at {ORGANIZATION:dialysis}; they will hold the chair until 11:00.",
        "The {ORGANIZATION:broker} local office was called to escalate the missed trip.",
        "Taxi voucher issued for {ORGANIZATION:taxi} (cashless, billed to the hospital).",
        "Discharged by stretcher to {ORGANIZATION:facility}.",
        "Accepting facility ........ {ORGANIZATION:facility}",
        "cc: {ORGANIZATION:transport} safety officer",
        "Per the dispatcher at {ORGANIZATION:transport}, the driver arrived 14:05 and left at 14:20.",
        "Transferred from {ORGANIZATION:hospital} ED after the van incident.",
        "Vendor | {ORGANIZATION:transport} | ambulette | 2-person assist",
        "Images reviewed at {ORGANIZATION:hospital} Department of Radiology.",
        "Follow-up at {ORGANIZATION:clinic}; ride to be booked 72 h ahead per broker rules.",
        "pt's usual cab co. ({ORGANIZATION:taxi}) refuses wheelchair fares",
        "Broker office: {ORGANIZATION:broker}",
        "Outside films from\n{ORGANIZATION:hospital} were not available for comparison.",
    ),
    "PERSON": (
        "Driver {PERSON:first} (ride-share) called from the curb at 15:42.",
        "Ambulette driver {PERSON:full} reported the patient slid forward on the lift platform.",
        "Spoke with pt's daughter, {PERSON:full}, who will ride along.",
        "Dispatcher: {PERSON:full}",
        "Electronically signed by {PERSON:full}, RN, Case Management",
        "Dr. {PERSON:full} reviewed the images with the ED team.",
        "Attending: {PERSON:lastfirst}.",
        "Your driver {PERSON:first} is arriving in a gray Toyota Camry.",
        "Name:  {PERSON:full}                  Unit No:   ___",
        "Witness: {PERSON:full} (van aide)",
        "Patient's son {PERSON:full} requests the mileage reimbursement forms.",
        "I have personally reviewed the images. /{PERSON:full}, MD",
        "d/w transport supervisor {PERSON:lastfirst} re: lift inspection",
        "RADIOLOGIST: {PERSON:full}",
    ),
    "VEHICLE_ID": (
        "Vehicle: wheelchair van, plate {VEHICLE_ID:plate}",
        "VIN {VEHICLE_ID:vin}",
        "Ride-share vehicle: silver Honda CR-V, lic. plate {VEHICLE_ID:plate}",
        "Ambulette {VEHICLE_ID:plate} - lift inspected after the incident",
        "| Vehicle | {VEHICLE_ID:plate} |",
        "the driver's incident report lists the vehicle VIN as\n{VEHICLE_ID:vin}",
        "NY tag {VEHICLE_ID:plate}",
        "Car: black Nissan Altima \u00b7 {VEHICLE_ID:plate}",
        "Stretcher van VIN# {VEHICLE_ID:vin}; tie-downs Q'Straint.",
        "van (Ford Transit, plate {VEHICLE_ID:plate}) was parked in the ambulance bay",
    ),
    "LICENSE": (
        "Driver's license # {LICENSE:dl} (per incident report)",
        "NEMT driver certification no. {LICENSE:nemt}",
        "Ordering provider NPI: {LICENSE:npi}",
        "DL: {LICENSE:dl}  Class: E",
        "RN lic {LICENSE:rn}",
        "Driver cert {LICENSE:nemt} on file with the broker (exp ___).",
        "EMT cert # {LICENSE:emt} (stretcher crew lead)",
        "NPI {LICENSE:npi}",
        "driver lic.\n{LICENSE:dl}",
    ),
    "PHONE": (
        "Dispatch line: {PHONE}",
        "Daughter's cell {PHONE} - call when the driver is 10 min out.",
        "Pt tel. {PHONE}",
        "Callback # for the dialysis unit: {PHONE}",
        "Driver called from {PHONE} at 07:02.",
        "Contact | Phone\nson | {PHONE}",
        "phone:{PHONE}",
        "Vendor safety officer can be reached at {PHONE}.",
    ),
    "FAX": (
        "Fax the medical necessity form (PCS) to {FAX}.",
        "Fax: {FAX}",
        "faxed to the dialysis unit at {FAX} on ___",
        "T ___  F {FAX}",
        "Fx# {FAX} (transport desk)",
    ),
    "PAGER": (
        "pager {PAGER}",
        "Page CM (pgr {PAGER}) when transport arrives.",
        "beeper #{PAGER}",
        "Resident on call, pager: {PAGER}",
    ),
    "EMAIL": (
        "Trip receipts emailed to {EMAIL}.",
        "Email: {EMAIL}",
        "Uber Health rider notification sent to {EMAIL}",
        "grievance copy to {EMAIL:org}",
        "e-mail {EMAIL:org} for the incident report",
    ),
    "URL": (
        "Track ride: {URL}",
        "Complaint submitted via {URL}",
        "family told to download the form at {URL}",
    ),
    "IP_ADDRESS": (
        "[driver app log] device IP {IP_ADDRESS} GPS fix acquired",
        "Uber Health portal session from {IP_ADDRESS}",
        "dispatch tablet {IP_ADDRESS} - trip pushed 06:12",
        "Images pushed from modality host {IP_ADDRESS} to PACS.",
    ),
    "SSN": (
        "SSN: {SSN}",
        "SS# {SSN} (written on the mileage form by family)",
        "social security no. {SSN}",
    ),
    "MRN": (
        "MRN: {MRN}",
        "Unit No:   {MRN}",
        "Med Rec # {MRN}",
        "MR#{MRN}",
        "Patient ID {MRN}",
    ),
    "HEALTH_PLAN": (
        "Medicaid CIN {HEALTH_PLAN:cin}",
        "Member ID: {HEALTH_PLAN:member}",
        "MBI {HEALTH_PLAN:mbi}",
        "Member ID {HEALTH_PLAN:member} (employer group 7710-CR)",
        "subscriber no. {HEALTH_PLAN:member}",
        "CIN#\n{HEALTH_PLAN:cin}",
    ),
    "ZIP": (
        "Pickup ZIP {ZIP}",
        "___ ___, NY {ZIP}",
        "zip code {ZIP} is outside the broker's usual service area",
    ),
    "STREET_ADDRESS": (
        "Pickup: {STREET_ADDRESS}, ___, NY ___",
        "Drop-off address {STREET_ADDRESS}",
        "lives at {STREET_ADDRESS} (2nd-floor walk-up, 14 steps)",
        "Home address: {STREET_ADDRESS}",
    ),
    "LOCATION": (
        "Lives in {LOCATION} with her husband.",
        "Pickup at the corner of {LOCATION:intersection}.",
        "outside the {LOCATION:county} service area",
        "van was travelling through {LOCATION} when the driver braked hard",
        "Resides in {LOCATION:county}; no fixed-route bus.",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {DATE_REAL_YEAR:dob}",
        "Date of incident: {DATE_REAL_YEAR}",
        "missed trip on {DATE_REAL_YEAR}",
        "Signed {DATE_REAL_YEAR} 14:22",
        "Date of Birth:  {DATE_REAL_YEAR:dob}             Sex:   F",
        "last dialysis {DATE_REAL_YEAR}",
    ),
    "AGE_OVER_89": (
        "{AGE_OVER_89}-year-old woman",
        "Age: {AGE_OVER_89}",
        "{AGE_OVER_89} yo M",
        "aged {AGE_OVER_89}",
        "a {AGE_OVER_89} y/o",
    ),
    "DEVICE_ID": (
        "Wheelchair SN {DEVICE_ID:wc}",
        "Power chair serial #{DEVICE_ID:wc}",
        "Portable O2 concentrator s/n {DEVICE_ID:wc}",
        "Stretcher asset tag {DEVICE_ID:asset}",
        "UDI (01)00884521337149(17)270531(10)LT4412(21){DEVICE_ID:udi}",
    ),
}

_MULTI: tuple[str, ...] = (
    "Pickup: {STREET_ADDRESS}, {LOCATION}, NY {ZIP}",
    "{STREET_ADDRESS}\n{LOCATION}, NY {ZIP}",
    "Driver {PERSON:first} \u00b7 {VEHICLE_ID:plate} \u00b7 ride {ACCOUNT:ride}",
    "Vendor: {ORGANIZATION:transport}   Phone: {PHONE}",
    "{ORGANIZATION:dialysis}, {LOCATION}",
    "Driver: {PERSON:full}   DL# {LICENSE:dl}   Vehicle VIN {VEHICLE_ID:vin}",
    "| {DATE_REAL_YEAR} | {ACCOUNT:trip} | no-show (vendor) |",
    "Name: {PERSON:full}   MRN: {MRN}",
    "Member ID {HEALTH_PLAN:member}  DOB {DATE_REAL_YEAR:dob}",
    "{PERSON:full}, MD  NPI {LICENSE:npi}  pager {PAGER}",
    "Contact {PERSON:full} at {EMAIL}",
    "Fax {FAX} | Tel {PHONE}",
    "{ORGANIZATION:transport} - driver {PERSON:full}, van plate {VEHICLE_ID:plate}",
    "Grievance {ACCOUNT:grievance} re: {ORGANIZATION:transport}",
    "{AGE_OVER_89} y/o resident of {LOCATION}",
)

_SLOT = re.compile(r"\{([A-Z_0-9]+)(?::([a-z]+))?\}")


def _slots(t: str) -> list[str]:
    return [m.group(1) for m in _SLOT.finditer(t)]


def _render(t: str, r: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in _SLOT.finditer(t):
        out.append(t[pos:m.start()])
        length += m.start() - pos
        v = _value(m.group(1), m.group(2) or "", r)
        spans.append((length, length + len(v), m.group(1)))
        out.append(v)
        length += len(v)
        pos = m.end()
    out.append(t[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------------------------------------
# Which notes get which categories: Weyl sequences of the index (stable counts)
# --------------------------------------------------------------------------------------------------

_CAT_WEIGHTS = (
    ("ACCOUNT", 14), ("ORGANIZATION", 12), ("PERSON", 12), ("VEHICLE_ID", 9), ("LICENSE", 7), ("PHONE", 7),
    ("DATE_REAL_YEAR", 7), ("LOCATION", 6), ("STREET_ADDRESS", 5), ("MRN", 4), ("HEALTH_PLAN", 4), ("ZIP", 3),
    ("AGE_OVER_89", 3), ("DEVICE_ID", 3), ("FAX", 3), ("EMAIL", 3), ("URL", 2), ("IP_ADDRESS", 2),
    ("PAGER", 2), ("SSN", 2),
)
_CAT_TOTAL = sum(w for _, w in _CAT_WEIGHTS)


def _frac(x: float) -> float:
    return x - int(x)


def _cat_at(u: float) -> str:
    acc = 0.0
    for cat, w in _CAT_WEIGHTS:
        acc += w / _CAT_TOTAL
        if u < acc:
            return cat
    return _CAT_WEIGHTS[-1][0]


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def _planted_cats(seed: int, i: int) -> list[str]:
    if _is_heavy(i):
        return []
    if _frac(0.5 + i * 0.6180339887498949 + seed * 0.3137) >= 0.6105:
        return []
    v = _frac(i * 0.41421356237309515 + seed * 0.1731)
    n = 1 if v < 0.36 else 2 if v < 0.70 else 3 if v < 0.90 else 4
    cats: list[str] = []
    k = 0
    while len(cats) < n:
        c = _cat_at(_frac((i * 7 + k) * 0.7548776662466927 + seed * 0.2113249))
        if c not in cats:
            cats.append(c)
        k += 1
    return cats


# --------------------------------------------------------------------------------------------------
# Note skeletons
# --------------------------------------------------------------------------------------------------


class _Ctx:
    """Per-note random source and the registered look-alikes."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.negs: list[str] = []

    def pick(self, options):
        return self.r.choice(options)

    def neg(self, s: str) -> str:
        self.negs.append(s)
        return s

    def sdate(self) -> str:
        y, m, d = self.r.randint(2105, 2195), self.r.randint(1, 12), self.r.randint(1, 28)
        f = self.r.randrange(4)
        s = (f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}")[f]
        return self.neg(s)

    def age(self) -> str:
        return str(self.r.randint(52, 88))

    def lot(self) -> str:
        return self.neg(f"Lot {self.r.randint(10, 99)}{_letters(self.r, 1)}{_digits(self.r, 3)}")

    def ndc(self) -> str:
        return self.neg(f"NDC {_digits(self.r, 5)}-{_digits(self.r, 3)}-{_digits(self.r, 2)}")

    def expiry(self) -> str:
        y, m = self.r.randint(2025, 2029), self.r.randint(1, 12)
        return self.neg(self.pick((f"exp {y}-{m:02d}-28", f"EXP {m:02d}/{y}", f"Exp. {m:02d}/28/{y}")))

    def tollfree(self) -> str:
        a = self.pick(_TOLLFREE)
        return self.neg(self.pick((f"1-{a}-{self.r.randint(200, 989)}-{_digits(self.r, 4)}",
                                   f"({a}) {self.r.randint(200, 989)}-{_digits(self.r, 4)}")))

    def ref(self) -> str:
        return self.neg(f"REF {_digits(self.r, 3)}-{_digits(self.r, 4)}")

    def software(self) -> str:
        return self.neg(self.pick(("RouteGenie", "Trapeze PASS", "MediRoutes"))
                        + f" v{self.r.randint(2, 9)}.{self.r.randint(0, 12)}.{self.r.randint(0, 30)}")

    def year(self) -> str:
        return str(self.r.randint(2009, 2023))


def _dc_header(c: _Ctx, service: str) -> str:
    sex = c.pick(("F", "M"))
    allergy = c.pick(("Penicillins", "No Known Allergies / Adverse Drug Reactions", "Codeine / latex",
                      "Sulfa (Sulfonamide Antibiotics)", "iodinated contrast (hives)"))
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\nAllergies:\n{allergy}\n\n"
            "Attending: ___.")


def _followup(c: _Ctx) -> str:
    return ("Followup Instructions:\n___\n" + c.pick((
        "Transport for follow-up must be requested through the broker at least 3 business days ahead "
        f"(reservation line {c.tollfree()}).",
        f"Rides can be scheduled on line; see {c.pick(('medicaid.gov', 'www.health.ny.gov'))} for the NEMT rules.",
        "Case Management will confirm the return ride before the appointment.",
    )))


def _extras_dc(c: _Ctx) -> list[str]:
    return [
        "Transport notes:\nLevel of service reassessed by PT: "
        + c.pick(("wheelchair", "stretcher", "ambulatory with assist"))
        + ". Van securement with four-point Sure-Lok tie-downs and a lap/shoulder belt. "
        + c.pick(("Daughter lives in Pennsylvania and cannot assist.",
                                                       "Son lives in Vermont and calls daily.",
                                                       "Sister in Massachusetts is the health care proxy.")),
        "Insurance:\nMedicaid managed care (NEMT carved out to the state broker); Medicare Part B covers the "
        "wheelchair. New York Medicaid does not cover rides to out-of-state appointments. Member and group "
        "numbers on file: ___.",
        "Language/culture:\nSpanish-speaking, born in " + c.pick(("the Dominican Republic", "Puerto Rico")) +
        "; interpreter (___) used for the transport teaching. Spends summers in Canada - rides there are not "
        "covered.",
        "Neuro:\nBabinski negative bilaterally; Romberg deferred (wheelchair user). Strength 4/5 in the legs.",
        "Dialysis history:\nIntradialytic hypotension treated with Trendelenburg positioning and a saline "
        "bolus. Tenckhoff catheter removed in " + c.year() + " after peritonitis; now in-center HD.",
        "After-visit summary printed from Epic and reviewed with the patient; ride information written on "
        "the front page. Husband is " + c.neg(f"{c.age()} years old") + " and uses a cane.",
        f"Vitals at discharge: T 97.9  HR {c.r.randint(60, 96)}  BP {c.r.randint(104, 150)}/{c.r.randint(58, 88)}  "
        f"RR 16  SpO2 {c.r.randint(93, 99)}% RA. Pain {c.r.randint(0, 6)}/10.",
    ]


def _extras_rad(c: _Ctx) -> list[str]:
    return [
        "NOTIFICATION:  The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at "
        "___, ___ minutes after discovery of the findings.",
        "ADDITIONAL COMMENT:  Remote healed Salter-Harris II fracture deformity is incidentally noted; no "
        "acute component.",
        "Old Schatzker II tibial plateau fracture with lateral plate and screws is partially imaged.",
        "Technologist note: patient could not be moved off the ambulette stretcher; images obtained through "
        "the stretcher pad, which limits evaluation. No IV contrast (Isovue) was given.",
        "Requisition: " + c.neg(f"{c.age()} y/o") + " " + c.pick(("F", "M")) +
        ", fall/injury related to patient transport vehicle. Ordering clinician: ___.",
        "CLINICAL INFORMATION (from ED triage):  arrived by ambulette; driver at bedside during triage. "
        "Pain " + f"{c.r.randint(3, 9)}/10.",
    ]


def _k_dialysis(c: _Ctx) -> list[str]:
    kv = c.r.randint(55, 74) / 10
    return [
        _dc_header(c, "MEDICINE"),
        "Chief Complaint:\ndyspnea, leg swelling after two missed dialysis sessions",
        "Major Surgical or Invasive Procedure:\n" + c.pick(("urgent hemodialysis via left Brescia-Cimino fistula",
                                                           "tunneled Permcath placement, hemodialysis x3")),
        f"History of Present Illness:\n___ year old with ESRD on HD MWF who missed two sessions because the "
        f"wheelchair van did not arrive for the 05:30 pick-up on ___ and ___. She called the broker's toll-free "
        f"line ({c.tollfree()}) and was told the vendor had no lift van available. Presented with orthopnea, "
        f"3+ pitting edema to the knees and K {kv}. Dry weight ___ kg.",
        "Past Medical History:\n- ESRD secondary to diabetic nephropathy, HD since " + c.year()
        + "\n- " + c.pick(("Parkinson disease, uses wheelchair for distances", "Charcot foot, non-weight-bearing",
                          "Alzheimer dementia, mild", "peripheral arterial disease, R BKA"))
        + "\n- HTN\n- Atrial fibrillation on " + c.pick(("Eliquis", "Coumadin")),
        "Social History:\n___\nLives with husband (" + c.age() + "), who no longer drives. Medicaid recipient; "
        "rides to dialysis through the state NEMT programme, wheelchair level of service. "
        + c.pick(("No ride-share app on her phone.", "Has used Lyft Healthcare rides booked by the unit.")),
        "Physical Exam:\nVS: T 98.1 HR 88 BP 168/92 RR 22 SpO2 91% RA\nLungs: bibasilar crackles\n"
        "Ext: 3+ edema bilaterally; L forearm fistula with good thrill and bruit",
        f"Pertinent Results:\n{c.sdate()} 06:10AM  K-{kv} BUN-112 Creat-9.8 HCO3-16\nCXR: vascular congestion, "
        "small bilateral effusions, Kerley B lines.",
        "Brief Hospital Course:\nUrgent HD x3 with 4.1 L total UF; oxygen weaned to room air. Potassium normalized. "
        "Case Management re-established a standing order for round trips with a new vendor and gave the "
        "family the complaint process. Outpatient unit notified of the missed treatments.",
        "Discharge Medications:\n1. Renvela 1600 mg PO TID with meals\n2. Sensipar 30 mg PO daily\n"
        "3. Epogen given at HD\n4. Lasix 80 mg PO daily on non-HD days",
        "Discharge Disposition:\nHome With Service\n\nDischarge Diagnosis:\nvolume overload, hyperkalemia, "
        "missed hemodialysis (transportation barrier)",
        _followup(c),
    ]


def _k_ride_coord(c: _Ctx) -> list[str]:
    level = c.pick(("ambulatory with Rollator", "wheelchair (own manual chair)", "stretcher (non-weight-bearing)",
                    "wheelchair, requires 2-person assist"))
    return [
        "CASE MANAGEMENT DISCHARGE PLANNING NOTE\nPatient: ___   MRN: ___   Room: ___\nAdmit: ___   "
        "Anticipated discharge: ___",
        f"Reason for referral: discharge transportation. Patient is a ___ y/o admitted with "
        f"{c.pick(('cellulitis of the LLE', 'CHF exacerbation', 'UTI with delirium', 'hip fracture s/p ORIF'))}. "
        f"PT recommends level of service: {level}. Morse Fall Scale {c.r.randint(25, 95)}; "
        f"Braden {c.r.randint(12, 20)}.",
        "Barriers:\n- no family available to drive\n- lives in a 2nd-floor walk-up (14 steps, one rail)\n"
        "- Medicaid managed care; NEMT must be booked through the broker\n- " + c.pick((
            "does not own a smartphone", "oxygen 2 L NC, needs portable tank for the ride",
            "bariatric chair width 26 in")),
        "Options reviewed with patient:\n  1. Broker-arranged wheelchair van (state NEMT programme)\n"
        "  2. Hospital-paid ride through Uber Health (ambulatory only)\n  3. Taxi voucher\n"
        "  4. Ambulette private pay (quoted $95 + $4/mile)",
        f"Plan: booked {c.pick(('broker wheelchair van', 'Uber Health ride', 'stretcher ambulette'))} for the "
        f"day of discharge, pickup window 13:00-14:00 from the main entrance. Broker reservation line "
        f"{c.tollfree()} confirmed level of service. Portable O2 cylinder from RT ({c.lot()}, {c.expiry()}).",
        "Patient and ___ (daughter) agree with the plan. Nursing aware; discharge paperwork to go with the "
        "patient. Will follow up if the ride is late or cancelled.",
        f"Time spent: 45 minutes.\n{c.sdate()} 11:42\n___, RN, Case Management",
    ]


def _k_grievance(c: _Ctx) -> list[str]:
    return [
        "SOCIAL WORK NOTE - TRANSPORTATION COMPLAINT\nPatient: ___   Unit No: ___\nReferral source: ___ (nephrology)",
        f"Patient, a ___ year old on HD, reports three missed NEMT pick-ups in the past month: on {c.sdate()} the "
        "van never arrived; on ___ the driver arrived 70 minutes late and the chair time was lost; on ___ the "
        "return ride was not dispatched and she waited four hours in the lobby in her wheelchair.",
        "SW called the broker's toll-free member line " + c.tollfree() + " with the patient on speaker. The "
        "representative documented a complaint against the transport vendor and stated that a quality review "
        "takes up to 30 days. Broker reference number: ___.",
        "Patient also asked about the ADA complementary paratransit service; application packet given "
        f"(see {c.pick(('www.ada.gov', 'www.cms.gov'))}). Rider ID: ___ (pending).",
        "Assessment: recurrent missed trips are a safety risk (missed dialysis, hyperkalemia). Patient is "
        "appropriate for a standing order and for a vendor change.",
        "Plan:\n- complaint filed with the broker; copy to nephrology and Dispatch at the unit\n"
        "- encouraged patient to call the broker when a ride is >15 min late\n"
        "- unit social worker will track whether the vendor change happens\n- SW available via ___",
        f"___, LMSW  {c.sdate()}",
    ]


def _k_van_fall(c: _Ctx) -> list[str]:
    return [
        _dc_header(c, "ORTHOPAEDICS"),
        "Chief Complaint:\nright hip pain after fall during transfer into a wheelchair van",
        "Major Surgical or Invasive Procedure:\n" + c.pick((
            "right hip hemiarthroplasty", "ORIF right intertrochanteric fracture with cephalomedullary nail")),
        "History of Present Illness:\n___ year old with " + c.pick(("Parkinson disease", "prior CVA with L hemiparesis",
                                                                    "Alzheimer dementia")) +
        " who was being backed onto the rear lift of a wheelchair van after a clinic visit when the chair's "
        "rear wheels went over the edge of the platform; the roll-stop did not deploy. She fell about 3 feet "
        "onto the pavement. The driver and an aide lifted her back into the chair and drove her to the ED. "
        f"Imaging showed a {c.pick(('Garden III femoral neck fracture', 'displaced intertrochanteric fracture'))}.",
        "Past Medical History:\n- osteoporosis\n- CKD 3\n- hypothyroidism\n- falls x2 in the past year "
        f"(Morse Fall Scale {c.r.randint(45, 95)})",
        "Social History:\n___\nUses a manual Invacare wheelchair with a ROHO cushion; Medicaid NEMT rides to "
        "appointments. Daughter (" + c.age() + ") visits daily.",
        "Brief Hospital Course:\nTaken to the OR on HD2. Postoperative course notable for acute blood-loss "
        "anemia (Hgb nadir 7.6) and delirium managed without restraints. Hoyer lift for transfers. The "
        "incident was reported to the hospital's patient safety office and the vendor was notified by "
        "Case Management.",
        f"Discharge Medications:\n1. Tylenol 1000 mg PO q8h\n2. Oxycodone 2.5 mg PO q6h prn\n"
        f"3. enoxaparin 40 mg SC daily x 4 weeks ({c.ndc()})\n4. Lidoderm 5% patch daily",
        "Discharge Disposition:\nExtended Care\n\nFacility:\n___\n\nDischarge Diagnosis:\nright hip fracture; "
        "fall from wheelchair van lift",
        "Discharge Instructions:\nWeight bearing as tolerated RLE with walker. Stretcher transport to the "
        "facility; do not travel by wheelchair van until cleared by PT.",
        _followup(c),
    ]


def _k_incident(c: _Ctx) -> list[str]:
    return [
        "EMERGENCY DEPARTMENT NOTE - ADDENDUM\nPatient: ___   Unit No: ___   Arrival: ___ by ambulette",
        "HPI: ___ y/o brought in by the transport driver after a fall during a stand-pivot transfer from the "
        "van seat to the wheelchair at the curb. Struck the left forearm and hip on the running board. No LOC. "
        f"Glasgow Coma Scale 15. On {c.pick(('Eliquis', 'Coumadin', 'aspirin only'))}.",
        "Exam: ecchymosis of the L forearm with dorsal angulation (possible Colles), L hip tender without "
        "shortening. Neuro intact, Romberg not tested.",
        "---- pasted from vendor DRIVER INCIDENT REPORT (scanned) ----\n"
        "Type of incident: passenger fall   Injury reported: yes   Police called: no\n"
        "Driver: ___            Cert #: ___\nVehicle: " + c.pick(("Ford Transit", "Dodge Grand Caravan",
                                                                   "Chevrolet Express")) +
        " with " + c.pick(("Braun", "Ricon")) + " lift   Plate: ___\n"
        "Narrative: passenger asked to stand to transfer; knees buckled; I lowered her but she hit the step. "
        "Called dispatch and brought her straight to the ED.\nSupervisor review: ___\n"
        "---- end of pasted text ----",
        f"ED course: XR L wrist and hip obtained. Splinted. Pain controlled with Tylenol. {c.software()} "
        "log reviewed by the charge RN: trip ended at the ED door.",
        "Disposition: admitted to Medicine for pain control and PT. Vendor incident reported to the broker "
        "per policy; Patient Transport and Social Work notified.",
        f"___, MD  {c.sdate()} 19:05",
    ]


def _k_mileage(c: _Ctx) -> list[str]:
    miles = c.r.randint(12, 58)
    return [
        "SOCIAL WORK NOTE\nRe: transportation - mileage reimbursement\nPatient: ___   MRN: ___",
        f"Patient's spouse has been driving the patient to dialysis three times a week ({miles} miles round "
        "trip) since the vendor stopped serving their road. Medicaid reimburses personal-vehicle mileage "
        "when the trip is pre-approved through the broker.",
        "Reviewed the requirements with the spouse:\n- trip must be booked in advance as 'mileage "
        "reimbursement' level of service\n- the dialysis unit signs the attendance log for each treatment\n"
        "- forms submitted within 90 days of the trip\n- reimbursement is per mile at the state rate",
        "Trip log (copied from the form):\n| Date       | Destination     | Miles | Status    |\n"
        f"| {c.sdate()} | dialysis unit   | {miles}    | submitted |\n| ___        | dialysis unit   | {miles}    "
        "| submitted |\n| ___        | vascular clinic | 31    | pending   |",
        f"Spouse states a prior claim was denied because the unit's signature was missing. Forms and the "
        f"broker fax cover sheet printed. Public information: {c.pick(('medicaid.gov', 'www.health.ny.gov'))}; "
        f"broker member services {c.tollfree()}.",
        "LETTER (given to family):\nTo whom it may concern,\nThe above patient receives in-center hemodialysis "
        "three times weekly and is unable to use public transit. Mileage reimbursement for a family member "
        "driving the patient is medically appropriate.\nSincerely,\n___, LCSW",
        f"Time: 30 min. {c.sdate()}",
    ]


def _k_paratransit(c: _Ctx) -> list[str]:
    return [
        "PHYSICAL THERAPY - FUNCTIONAL ASSESSMENT FOR PARATRANSIT ELIGIBILITY\nName: ___   DOB: ___   MRN: ___\n"
        "Paratransit Rider ID: ___",
        "Diagnosis: " + c.pick(("Parkinson disease with freezing of gait", "s/p R BKA, not yet fitted with "
                                "prosthesis", "severe COPD on 2 L O2", "Alzheimer dementia with wandering")),
        f"Subjective: patient reports she cannot walk to the bus stop (0.4 mi, no sidewalk) and has fallen on "
        f"the bus steps. Age {c.age()}.",
        "Objective:\n  Timed Up and Go ......... " + f"{c.r.randint(18, 45)} s\n  Gait speed .............. "
        f"{c.r.randint(3, 7) / 10} m/s\n  6-minute walk ........... {c.r.randint(60, 190)} m\n"
        f"  Barthel Index ........... {c.r.randint(35, 80)}/100\n  Curb/step negotiation ... unable without rail",
        "Assessment: functional limitations prevent independent use of the fixed-route system under the "
        "ADA regulations. Recommend conditional-to-full eligibility, with a personal care attendant and "
        "door-to-door service. Mobility device: "
        + c.pick(("Rollator", "manual wheelchair", "Pride Mobility scooter")) + ".",
        "Plan: form completed and signed; copy to the patient. Applicant may appeal a denial within 60 days "
        f"(see {c.pick(('www.ada.gov', 'www.cms.gov'))}).",
        f"___, PT, DPT   {c.sdate()}",
    ]


def _k_rideshare(c: _Ctx) -> list[str]:
    app = c.pick(("Uber Health", "Lyft Healthcare"))
    car = c.pick(("Toyota Camry", "Honda CR-V", "Nissan Altima"))
    return [
        "NURSING DISCHARGE NOTE\nPatient: ___   Unit No: ___   Unit: ___",
        f"Patient is a ___ year old discharged home after {c.pick(('pneumonia', 'syncope work-up', 'GI bleed'))}. "
        "Ambulatory with a cane, A&O x3, able to enter and exit a sedan independently. Family unable to pick up.",
        f"Ride booked by the unit coordinator through {app} (hospital pays; patient receives a text and a "
        "call with driver details).\n---- pasted ride details ----\nRide type: standard   Pickup: main "
        f"entrance, Door 2   Scheduled: {c.sdate()} 16:30\nDriver: ___   Vehicle: {car}   Plate: ___\n"
        "Status: completed   Trip time: 24 min\n---- end ----",
        "Discharge teaching completed with teach-back: medications, follow-up, return precautions. "
        f"Meds: Zofran 4 mg ODT prn, Keppra 500 mg BID ({c.lot()}, {c.expiry()}).",
        "Belongings returned. Walked to the entrance with staff; patient seated in the car at 16:41. "
        "Patient Transport notified that no wheelchair escort was needed.",
        f"___, RN   {c.sdate()} 16:55",
    ]


def _k_stretcher(c: _Ctx) -> list[str]:
    return [
        "PHYSICIAN CERTIFICATION STATEMENT - NON-EMERGENCY STRETCHER TRANSPORT\nPatient: ___   DOB: ___   "
        "Medicaid ID: ___\nOrigin: ___   Destination: ___",
        "Reason transport by stretcher is medically necessary (check all that apply):\n"
        "[x] bed confined (unable to get up from bed without assistance, unable to ambulate, unable to sit "
        "in a chair or wheelchair)\n[ ] requires continuous oxygen with monitoring\n"
        "[x] " + c.pick(("sacral stage 4 pressure injury, must stay off sacrum",
                         "hip precautions after fracture, cannot sit > 30 degrees",
                         "contractures preventing sitting")) + "\n"
        "[ ] other: ___",
        f"Clinical summary: ___ year old, Braden {c.r.randint(9, 14)}, Karnofsky {c.pick(('30', '40'))}. "
        "Transfers by Hoyer lift or slide board with 2 staff. Stryker stretcher with side rails and "
        "straps required; no seated transport.",
        "Trips covered: round trip to ___ for " + c.pick(("wound care", "vascular access surgery",
                                                          "orthopaedic follow-up", "dialysis")) +
        f" on {c.sdate()}; standing order for 60 days. Ferno stair chair needed at the residence.",
        "I certify that the above information is true and that non-emergency stretcher transport is "
        "medically necessary. Forms faxed to the broker; broker's public line " + c.tollfree() + ".",
        f"Physician signature: ___, MD      Date: {c.sdate()}",
    ]


def _k_ambulette(c: _Ctx) -> list[str]:
    return [
        _dc_header(c, "MEDICINE"),
        "INTERFACILITY TRANSFER FORM (pages 1-2)\nSending unit: ___   Receiving: ___ (skilled nursing)\n"
        "Mode: ambulette, wheelchair level, 1 attendant   Pickup time: 10:30",
        f"Diagnosis: {c.pick(('COPD exacerbation', 'aspiration pneumonia', 'deconditioning after sepsis'))}; "
        f"{c.pick(('Alzheimer dementia', 'Parkinson disease', 'prior stroke'))}.\nCode status: DNR/DNI (MOLST with "
        "patient).",
        "Mobility: transfers with one assist and a Sara Stedy; sits in a wheelchair for 2 h. Fall risk "
        f"high (Morse Fall Scale {c.r.randint(50, 100)}). Foley removed ___; voiding.",
        f"Medications sent: Eliquis 2.5 mg BID, Lasix 20 mg daily, Tylenol prn ({c.ndc()}). Last doses "
        f"documented on the MAR {c.sdate()}.",
        "Equipment: portable O2 2 L NC (tank full), own Invacare wheelchair, ROHO cushion. Q'Straint "
        "tie-downs used by the vendor; lap and shoulder belt applied.",
        "Report called to the receiving nurse. Family (___) informed of the transfer time.",
        _followup(c),
    ]


def _rad(c: _Ctx, exam: str, indication: str, technique: str, findings: str, impression: str) -> list[str]:
    blocks = [
        f"EXAMINATION:  {exam}",
        f"INDICATION:  {indication}",
        f"TECHNIQUE:  {technique}",
        "COMPARISON:  " + c.pick(("___.", f"{c.sdate()}.", "None available.", "Outside study of ___ not available.")),
        f"FINDINGS:\n\n{findings}",
        f"IMPRESSION:\n\n{impression}",
    ]
    if c.r.random() < 0.5:
        blocks.append(f"Dictated with PowerScribe; preliminary read communicated to the ED at "
                      f"{c.r.randint(10, 23)}:{c.r.randint(10, 59)} on ___.")
    return blocks


def _k_rad_head(c: _Ctx) -> list[str]:
    return _rad(
        c, "CT HEAD W/O CONTRAST",
        f"___ year old {c.pick(('woman', 'man'))} on {c.pick(('Eliquis', 'Coumadin'))} who fell backward off a "
        "wheelchair van lift platform and struck the occiput on the pavement. Evaluate for intracranial hemorrhage.",
        "Contiguous axial images were obtained through the brain without intravenous contrast. Coronal and "
        "sagittal reformations and bone algorithm reconstructions were provided. DLP "
        f"{c.r.randint(700, 1100)} mGy-cm.",
        "There is no evidence of acute intracranial hemorrhage, edema, mass effect or large-territory "
        "infarction. A small right occipital scalp hematoma measures up to "
        f"{c.r.randint(5, 19)} mm without underlying calvarial fracture. Periventricular and subcortical "
        "white matter hypodensities are nonspecific but most compatible with chronic small vessel ischemic "
        "disease. The ventricles and sulci are prominent, consistent with age-related involutional change. "
        "The basal cisterns are patent. There is no midline shift.\n\nThe visualized paranasal sinuses, "
        "mastoid air cells and middle ear cavities are clear. The orbits are unremarkable. Atherosclerotic "
        "calcification of the cavernous carotid arteries is noted.",
        "1. No acute intracranial abnormality.\n2. Right occipital scalp hematoma without fracture.\n"
        "3. Chronic small vessel ischemic disease.",
    )


def _k_rad_pelvis(c: _Ctx) -> list[str]:
    return _rad(
        c, "HIP 2 VIEWS RIGHT; PELVIS AP",
        "Patient's wheelchair tipped over backward inside a transport van when the rear tie-down released "
        "during a turn. Right hip pain, unable to bear weight. "
        + c.pick(("Osteoporosis.", "On steroids.", "History of falls.")),
        "AP pelvis and AP and cross-table lateral views of the right hip.",
        "There is a " + c.pick(("subcapital femoral neck fracture with varus angulation, Garden III",
                                "nondisplaced fracture of the greater trochanter",
                                "minimally displaced fracture of the right superior pubic ramus")) +
        ". No dislocation. The sacroiliac joints and pubic symphysis are intact. Diffuse osteopenia limits "
        "detection of subtle nondisplaced fractures. Moderate degenerative narrowing of both hip joints with "
        "marginal osteophytes.\n\nVascular calcifications are noted in the pelvis. Surgical clips project "
        "over the left pelvis. Bowel gas pattern is unremarkable on this limited view. "
        "The visualized lower lumbar spine shows multilevel degenerative change without acute abnormality.\n\n"
        "The wheelchair cushion (ROHO) and the transport board partially obscure the lateral soft tissues.",
        "Acute right-sided fracture as described. If clinical suspicion for an occult femoral neck fracture "
        "persists, MRI is more sensitive.",
    )


def _k_rad_seatbelt(c: _Ctx) -> list[str]:
    return _rad(
        c, "CT ABDOMEN AND PELVIS WITH IV CONTRAST",
        "Restrained passenger in a wheelchair van, hard braking by the driver; the lap belt rode up over the "
        "abdomen. Abdominal wall bruising (seat-belt sign) and back pain. Evaluate for Chance fracture and "
        "hollow viscus injury.",
        f"MDCT images from the lung bases to the pubic symphysis after 100 mL Omnipaque 350 ({c.lot()}, "
        f"{c.expiry()}) in the portal venous phase. Sagittal and coronal reformations. DLP {c.r.randint(400, 900)} "
        "mGy-cm.",
        "Subcutaneous stranding and a small hematoma in the lower anterior abdominal wall in a band-like "
        "distribution, compatible with a seat-belt injury. No free intraperitoneal air. "
        + c.pick(("No free fluid.", "Trace free fluid in the pelvis, nonspecific.")) +
        " The bowel is normal in caliber without focal wall thickening or mesenteric hematoma.\n\n"
        "The liver, spleen, pancreas and adrenal glands are unremarkable. The kidneys enhance symmetrically "
        "without laceration. The aorta is normal in caliber.\n\nOSSEOUS: "
        + c.pick(("There is a horizontal fracture through the L2 vertebral body extending into the posterior "
                  "elements, a Chance fracture, three-column injury (Denis).",
                  "No fracture. Multilevel degenerative disc disease.",
                  "Mild anterior wedge deformity of L1, chronic in appearance, without retropulsion.")),
        "1. Seat-belt injury of the anterior abdominal wall without solid organ injury.\n"
        "2. Osseous findings as above; follow-up for bowel injury if clinical signs change.",
    )


def _k_rad_ankle(c: _Ctx) -> list[str]:
    return _rad(
        c, "ANKLE (AP, MORTISE & LAT) LEFT; FOOT 3 VIEWS LEFT",
        "Left foot caught between the footplate and the wheelchair tie-down strap when the van lift was "
        "raised. Swelling, meets Ottawa ankle rules for imaging.",
        "Three views of the left ankle and three views of the left foot.",
        "There is " + c.pick(("an oblique fracture of the distal fibula at the level of the syndesmosis, "
                              "Weber B, with mild lateral talar shift",
                              "a transverse fracture of the proximal fifth metatarsal at the metaphyseal-"
                              "diaphyseal junction (Jones fracture)",
                              "widening between the first and second metatarsal bases concerning for Lisfranc injury",
                              "no acute fracture; moderate soft tissue swelling laterally")) +
        ". The ankle mortise is otherwise congruent. No Maisonneuve-type proximal fibular fracture is "
        "included on these views; dedicated tibia/fibula films could be obtained if there is proximal "
        "tenderness.\n\nDegenerative changes of the first MTP joint. Plantar calcaneal enthesophyte. Vascular "
        "calcifications. No radiopaque foreign body.",
        "Findings as above. Recommend orthopaedic follow-up; weight-bearing views if clinically indicated.",
    )


def _k_rad_cspine(c: _Ctx) -> list[str]:
    return _rad(
        c, "CT C-SPINE W/O CONTRAST",
        "Patient on a stretcher in a non-emergency stretcher van was thrown forward against the straps "
        "during hard braking. Neck pain; does not meet NEXUS / Canadian C-spine rule low-risk criteria.",
        "Non-contrast helical CT of the cervical spine with sagittal and coronal reformations. DLP "
        f"{c.r.randint(300, 700)} mGy-cm.",
        "Alignment is maintained. No acute fracture. Specifically, there is no Jefferson fracture of C1 and "
        "no Hangman-type fracture of C2. The dens is intact. "
        + c.pick(("Multilevel degenerative disc disease, most pronounced at C5-6 with moderate neural "
                  "foraminal narrowing.", "Anterior osteophytes and facet arthropathy from C3 to C7.")) +
        " The prevertebral soft tissues are not thickened.\n\nThe visualized lung apices are clear. "
        "Atherosclerotic calcification at the carotid bifurcations. The thyroid is unremarkable.",
        "No acute fracture or malalignment of the cervical spine. Degenerative changes as described.",
    )


def _k_rad_shoulder(c: _Ctx) -> list[str]:
    return _rad(
        c, "SHOULDER 3 VIEWS RIGHT",
        "Driver pulled on the right arm during an assisted transfer from the ambulette seat to the wheelchair; "
        "felt a pop. Pain and limited abduction. Evaluate for dislocation or fracture.",
        "Grashey, scapular Y and axillary views of the right shoulder.",
        c.pick(("The humeral head is anteriorly dislocated with an impaction deformity of the posterolateral "
                "humeral head (Hill-Sachs lesion). A small osseous Bankart fragment is suspected.",
                "There is a two-part fracture of the surgical neck of the humerus (Neer classification) with "
                "mild impaction.", "No fracture or dislocation. Moderate acromioclavicular joint arthropathy.")) +
        " The glenohumeral joint space is narrowed. Calcific tendinosis of the supraspinatus. The visualized "
        "ribs and lung are unremarkable.\n\nThe patient's own Permobil headrest bracket projects over the "
        "soft tissues on the Y view.",
        "Findings as above. Post-reduction films recommended if a reduction is performed.",
    )


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[str]]]] = {
    "dialysis_nemt_discharge": ("discharge", _k_dialysis),
    "discharge_ride_coordination": ("discharge", _k_ride_coord),
    "missed_trip_grievance": ("discharge", _k_grievance),
    "van_transfer_fall": ("discharge", _k_van_fall),
    "driver_incident_addendum": ("discharge", _k_incident),
    "mileage_reimbursement": ("discharge", _k_mileage),
    "paratransit_eligibility": ("discharge", _k_paratransit),
    "rideshare_discharge": ("discharge", _k_rideshare),
    "stretcher_necessity": ("discharge", _k_stretcher),
    "ambulette_snf_transfer": ("discharge", _k_ambulette),
    "rad_ct_head_lift_fall": ("radiology", _k_rad_head),
    "rad_pelvis_wheelchair_tip": ("radiology", _k_rad_pelvis),
    "rad_ct_abd_seatbelt": ("radiology", _k_rad_seatbelt),
    "rad_ankle_footplate": ("radiology", _k_rad_ankle),
    "rad_cspine_stretcher": ("radiology", _k_rad_cspine),
    "rad_shoulder_transfer": ("radiology", _k_rad_shoulder),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DC = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")


def document_kind(seed: int, i: int) -> str:
    """The document kind of note ``i`` of seed ``seed``."""
    r = random.Random(f"h77-kind:{seed}:{i}")
    if _frac(i * 0.5698402909980532 + seed * 0.377) < 0.45:
        return _RAD[r.randrange(len(_RAD))]
    return _DC[r.randrange(len(_DC))]


def _heavy_block(c: _Ctx) -> str:
    rows = ["TRANSPORT CONTACT SHEET (pasted)", "Patient: ___   MRN: ___   DOB: ___   Medicaid ID: ___",
            "Home: ___, ___, NY ___   Phone: ___   Alt: ___"]
    for role in ("Daughter", "Son", "Transport vendor", "Broker office", "Dialysis unit", "Driver"):
        rows.append(f"{role:<17}: ___   tel ___   fax ___")
    rows.append("Trip #: ___   Conf #: ___   Vehicle plate: ___   Driver cert: ___")
    rows.append(f"Paratransit rider ID: ___   Printed {c.sdate()}")
    return "\n".join(rows)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """The note, its look-alikes (never labelled) and its kind ("heavy" or "normal")."""
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"h77:{seed}:{i}")
    c = _Ctx(r)
    base = builder(c)
    pool = _extras_rad(c) if note_type == "radiology" else _extras_dc(c)
    order = r.sample(range(len(pool)), len(pool))
    want = r.randint(1230, 1500)
    k = 0
    while k < len(order) and (sum(len(b) + 2 for b in base) < want or (k == 0 and r.random() < 0.5)):
        base.insert(r.randint(len(base) // 2, len(base)), pool[order[k]])
        k += 1
    blocks: list[tuple[str, list[tuple[int, int, str]]]] = [(b, []) for b in base]
    heavy = _is_heavy(i)
    if heavy:
        blocks.insert(r.randint(1, len(blocks)), (_heavy_block(c), []))
    cats = _planted_cats(seed, i)
    remaining = list(cats)
    while remaining:
        multi = [t for t in _MULTI if set(_slots(t)) <= set(remaining) and len(_slots(t)) > 1]
        if multi and r.random() < 0.55:
            t = r.choice(multi)
        else:
            t = r.choice(_SINGLE[remaining[0]])
        for s in _slots(t):
            remaining.remove(s)
        text, spans = _render(t, r)
        blocks.insert(r.randint(1, len(blocks)), (text, spans))
    sep = "\n\n"
    parts, all_spans, pos = [], [], 0
    for n, (text, spans) in enumerate(blocks):
        if n:
            parts.append(sep)
            pos += len(sep)
        parts.append(text)
        all_spans.extend((pos + s, pos + e, cat) for s, e, cat in spans)
        pos += len(text)
    text = "".join(parts) + "\n"
    looks = [w for w in EPONYMS_AND_BRANDS if w in text]
    looks += [w for w in dict.fromkeys(c.negs) if w in text and w not in looks]
    return LabelledNote(note_type, text, sorted(all_spans)), looks, "heavy" if heavy else "normal"


def holdout77_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout77_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout77_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout77_corpus, argv, "Held-out corpus 77 (patient transportation around an admission)")
    holdout_measure.report("holdout77", args, notes, hits, res)


if __name__ == "__main__":
    main()
