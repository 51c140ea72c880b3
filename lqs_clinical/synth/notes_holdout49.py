"""Held-out corpus 49: infection prevention and hospital epidemiology.

Documents written by or for an infection prevention (IP) programme, MIMIC-IV-Note shaped (most
identifiers masked as ``___``, unmasked dates shifted into 2100-2200):

- discharge-type kinds: outbreak investigation summaries, contact-tracing line lists (``|`` tables),
  isolation / transmission-based-precautions orders with a pasted EHR audit trail, NHSN event
  reporting forms (CLABSI, CAUTI, SSI, LabID, VAE), public-health notifications (confidential
  morbidity reports faxed to a local health department), environmental culture reports (water,
  air, surface and endoscope cultures), monthly HAI/MDRO surveillance reports (aligned columns),
  discharge summaries of patients kept in isolation, occupational-health exposure work-ups and IP
  consult / progress notes;
- radiology-type kinds: chest films for TB contact screening, CT chest in a mould cluster during
  construction, portable chest films taken in an airborne-infection isolation room, MRI spine in a
  cluster of post-injection infections, upper-extremity venous duplex for a CLABSI review and CT
  abdomen in a C. difficile cluster.

5% of notes are heavy (many ``___``, no plants); about 57-59% of the others carry 1-4 identifiers
that escaped masking. The category of each plant comes from a Weyl sequence over the note index,
so per-category totals are fixed for a seed.

Labelling conventions (the label policy):
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
words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Calls made for this theme:
- a county or town health department / board of health (below state level) is an agency, so
  ORGANIZATION; national and state public bodies (CDC, NHSN, CMS, FDA, OSHA, "the state DPH", the
  state public health laboratory) name no place below state level and are left unlabelled, as are
  their public websites and hotlines (hard negatives);
- a nursing home, dialysis unit, school, day care, shelter, camp, restaurant or plant named as a
  patient's or contact's residence, school or employer is ORGANIZATION; a fire or police department
  too;
- an NHSN event number and a health-department case/event number identify one patient's event and
  are labelled ACCOUNT (incident numbers), like specimen, accession, order and requisition numbers;
- an NHSN facility OrgID and an employee id have no category here and are always masked ``___``;
- device makers appear only as brands of a product (Olympus, LivaNova, 3M, BD ...) and, like drug
  makers, are never labelled; hospital rooms, beds, unit names and NHSN location codes are not
  identifiers; flight numbers and seat numbers are not labelled, an aircraft tail number, an
  ambulance plate and a VIN are VEHICLE_ID;
- initials are never used for people (a line list writes ``___`` where a name was masked).

Written blind: I read only ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of
``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md`` and the masked
note-shaped samples and ``SOURCES.md`` under ``/work/shared/data/``. I read no detector code, no rule
file, no other corpus, test or benchmark, and never ran the detector on this corpus.
"""

# ruff: noqa: E501  (long clinical template strings)
from __future__ import annotations

import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

Piece = str | tuple[str, str]

# --------------------------------------------------------------------------------------------------
# Fictitious surrogate values
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Adaeze",
    "Marisol",
    "Tobias",
    "Keiko",
    "Rashid",
    "Lorna",
    "Dmitri",
    "Saoirse",
    "Tevita",
    "Inés",
    "Bartholomew",
    "Yesenia",
    "Kwame",
    "Priyanka",
    "Hollis",
    "Mireille",
    "Obadiah",
    "Thuy",
    "Gunnar",
    "Fatoumata",
    "Cormac",
    "Rosalind",
    "Jomo",
    "Ximena",
    "Anneliese",
    "Desmond",
    "Hyun-woo",
    "Paloma",
    "Ezekiel",
    "Nkechi",
    "Wendell",
    "Ottilie",
    "Ravi",
    "Carmela",
    "Lachlan",
    "Zofia",
    "Ignatius",
    "Delphine",
    "Malakai",
    "Bernadette",
    "Teodoro",
    "Shirin",
    "Alasdair",
    "Marguerite",
    "Chidi",
    "Ingrid",
    "Florian",
    "Esperanza",
    "Thaddeus",
    "Leilani",
    "Augustin",
    "Noor",
    "Percival",
    "Svetlana",
    "Emeka",
    "Philippa",
    "Joaquín",
    "Aurelia",
    "Kofi",
    "Henrietta",
)
_FAMILY = (
    "Okonkwo",
    "Villalobos",
    "Brannigan",
    "Takahashi",
    "Haddad",
    "Fairweather",
    "Kuznetsov",
    "Ní Bhriain",
    "Fifita",
    "Echeverría",
    "Lindqvist",
    "Mbeki",
    "Raghunathan",
    "Thibodeaux",
    "Abernathy",
    "Nguyen-Tran",
    "Castellanos",
    "Pemberton",
    "Oyelaran",
    "Szymański",
    "Delacroix",
    "Mwangi",
    "Halvorsen",
    "O'Rourke",
    "Quispe",
    "Yilmaz",
    "Ashworth",
    "van der Meulen",
    "Chaudhry",
    "Whitlock",
    "Kowalczyk",
    "Baptiste",
    "Iwasaki",
    "Montgomery-Ruiz",
    "Adebayo",
    "Gallagher",
    "Sorensen",
    "Papadakis",
    "Lindgren",
    "Achterberg",
    "Rutherford",
    "Esposito",
    "Dlamini",
    "Kerrigan",
    "MacAllister",
    "Tremblay",
    "Bellweather",
    "Osei",
    "Zielinski",
    "Marchetti",
    "Hargreaves",
    "Novak",
    "Delgado-Pérez",
    "Sato",
    "Whitcombe",
    "Ferreira",
    "Kaczmarek",
    "Lockhart",
    "Ogunleye",
    "Prescott",
)
_TOWNS = (
    "Wrenfield",
    "North Calder",
    "Pellston Mills",
    "Haverbrook",
    "Lindale Heights",
    "Port Ellery",
    "Saxonburg",
    "Greystone Falls",
    "Old Mercer",
    "Brinley",
    "Cotter's Bend",
    "Fallon Ridge",
    "Westover Park",
    "Hadley Junction",
    "Ashby Crossing",
    "East Tennant",
    "Marlowe",
    "Quenby",
    "Rushford Center",
    "Stillwater Flats",
    "Tamsin Cove",
    "Upper Dunmore",
    "Vickery",
    "Alder Springs",
    "Bexley Hollow",
    "Corwin",
    "Dorrance Square",
    "Elmsworth",
    "Foxhall",
    "Glenrock",
    "Millbrook Village",
    "South Harrow",
)
_STREETS = (
    "Larchmont Ave",
    "Quince St.",
    "Old Mill Road",
    "Harbor View Terrace",
    "Cedar Hollow Ln",
    "Tannery Row",
    "Beecham Street",
    "Wexford Drive",
    "Pleasant Valley Rd",
    "Marsh Lane",
    "Ingersoll Blvd",
    "Copperfield Ct",
    "Rowan Street",
    "Sumner Place",
    "Kettle Pond Rd",
    "Abbott Way",
    "N. Main St",
    "Railroad Ave",
    "Pickering Circle",
    "Orchard Hill Dr",
    "Birchwood Pkwy",
    "Fenwick St",
    "Lantern Hill Road",
)
_HOSPITALS = (
    "St. Brendan's Medical Center",
    "Harlow Regional Hospital",
    "Wrenfield General Hospital",
    "Calder Valley Medical Center",
    "Mercy Pellston Hospital",
    "Haverbrook Children's Hospital",
    "Port Ellery Community Hospital",
    "Saint Anselm Memorial Hospital",
    "Greystone University Hospital",
    "Lindale Heights Medical Center",
    "Foxhall Family Practice",
    "Corwin Pain & Spine Associates",
)
_LTC = (
    "Quarry Hill Rehabilitation & Nursing",
    "Maple Glen Skilled Nursing Facility",
    "Brinley Pines Assisted Living",
    "Whitfield House Nursing Center",
    "Cotter's Bend Rehab",
    "Alder Springs Care Center",
    "Rosewood Manor LTACH",
    "Riverbend Dialysis",
    "Calder Kidney Center",
    "Stillwater Dialysis Unit",
)
_COMMUNITY = (
    "Eastbrook Elementary School",
    "Fallon Ridge Middle School",
    "Corwin Regional High School",
    "Little Acorns Daycare",
    "Bright Sprouts Early Learning Center",
    "Saxonburg Community College",
    "Tamsin Cove Montessori",
    "Tanner Poultry Processing",
    "Haverbrook Cold Storage",
    "Vickery Textile Mill",
    "Lucky Garden Restaurant",
    "Rosalind's Diner",
    "Glenrock Meatpacking",
    "Pellston Mills Distribution Center",
    "Foxhall Country Club",
    "Elmsworth Public Library",
    "Upper Dunmore Fire Department",
    "Marlowe Police Department",
    "St. Anne's Men's Shelter",
    "Harborlight Family Shelter",
    "Camp Tamarack",
    "Coleman Family Pharmacy",
    "Brinley Apothecary",
    "CVS Pharmacy #7781",
    "Walgreens #04412",
    "Haverbrook Compounding Pharmacy",
)
_HEALTH_DEPTS = (
    "Calder County Health Department",
    "Wrenfield Board of Health",
    "Haverbrook Public Health Nursing",
    "Port Ellery Health Division",
    "Saxonburg County Department of Health",
    "Glenrock Township Health Office",
)
_DOMAINS = (
    "stbrendans.org",
    "harlowregional.org",
    "wrenfieldgeneral.org",
    "caldervalleymc.org",
    "quarryhillrehab.com",
    "caldercountyhealth.org",
    "mercypellston.org",
    "greystonehealth.edu",
)
_PERSONAL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com")
_AREA = ("617", "508", "781", "978", "413", "603", "401", "860", "207", "802", "339", "774", "351")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = (
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
_STATES = (
    "Massachusetts",
    "New Hampshire",
    "Vermont",
    "Rhode Island",
    "Connecticut",
    "Maine",
    "New York",
    "Puerto Rico",
)
_COUNTRIES = (
    "Guatemala",
    "Haiti",
    "India",
    "the Dominican Republic",
    "Ukraine",
    "Brazil",
    "Nigeria",
    "the Philippines",
    "Vietnam",
    "Honduras",
    "Cabo Verde",
)

# Hard negatives: eponyms, brands, tests, typing schemes (every one is used somewhere in a corpus).
EPONYMS_AND_BRANDS = (
    "Foley catheter",
    "Hickman line",
    "Swan-Ganz catheter",
    "Gram stain",
    "Ziehl-Neelsen stain",
    "Kinyoun stain",
    "Kirby-Bauer disk diffusion",
    "Etest",
    "MacConkey agar",
    "Sabouraud agar",
    "Lowenstein-Jensen medium",
    "BCYE agar",
    "CHROMagar Candida Plus",
    "MALDI-TOF (Bruker Biotyper)",
    "VITEK 2",
    "MicroScan WalkAway",
    "BD Phoenix",
    "QuantiFERON-TB Gold Plus",
    "T-SPOT.TB",
    "Mantoux",
    "GeneXpert MTB/RIF",
    "BioFire FilmArray",
    "Cepheid Xpert C. difficile",
    "BinaxNOW",
    "Carba NP",
    "mCIM",
    "Pontiac fever",
    "Lemierre syndrome",
    "Guillain-Barre syndrome",
    "Kawasaki disease",
    "Ghon complex",
    "Ranke complex",
    "Pott disease",
    "Duke criteria",
    "McGeer criteria",
    "Loeb criteria",
    "Bristol stool type 7",
    "Fleischner criteria",
    "Kerley B lines",
    "Hounsfield units",
    "Ishikawa diagram",
    "Pareto chart",
    "Fisher exact test",
    "Poisson regression",
    "Bradford Hill criteria",
    "Swiss cheese model",
    "Olympus TJF-Q190V",
    "Pentax ED34-i10T2",
    "LivaNova Stockert 3T",
    "Steris System 1E",
    "Medivators Advantage Plus",
    "3M 1870+ N95",
    "Halyard FLUIDSHIELD",
    "PAPR (3M Versaflo)",
    "Tyvek",
    "Hibiclens",
    "ChloraPrep",
    "Purell",
    "Sterillium",
    "Oxivir Tb",
    "Super Sani-Cloth",
    "Clorox Healthcare Bleach Germicidal Wipes",
    "Tru-D SmartUVC",
    "Xenex LightStrike",
    "Bioquell HPV",
    "Bard PowerPICC",
    "BD Nexiva",
    "Curos disinfecting cap",
    "Dificid",
    "Zinplava",
    "Vabomere",
    "Avycaz",
    "Fetroja",
    "Cresemba",
    "AmBisome",
    "Paxlovid",
    "Tamiflu",
    "Xofluza",
    "Gadavist",
    "Omnipaque 350",
    "Isovue-370",
    "Siemens SOMATOM Force",
    "GE Revolution CT",
    "Philips Ingenuity",
    "GE AMX Navigate",
    "Platelia Aspergillus",
    "Fungitell",
    "TheraDoc",
    "Epi Info",
    "SaTScan",
    "WHONET",
)

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _person(r: random.Random, style: int | None = None) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    s = r.randrange(8) if style is None else style
    if s == 1:
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if s == 2:
        return f"{f}, {g}"
    if s == 3:
        return f"{f.upper()}, {g.upper()}"
    if s == 4:
        return f"{g[0]}. {f}"
    if s == 5:
        return f"{f}, {g} {r.choice('ABCDEFGHJKLMNPRSTW')}."
    return f"{g} {f}"


def _full(r: random.Random) -> str:
    return f"{r.choice(_GIVEN)} {r.choice(_FAMILY)}"


def _phone(r: random.Random) -> str:
    a, x, n = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
    return (
        f"({a}) {x}-{n:04d}",
        f"{a}-{x}-{n:04d}",
        f"{a}.{x}.{n:04d}",
        f"+1 {a} {x} {n:04d}",
        f"({a}){x}-{n:04d}",
        f"1-{a}-{x}-{n:04d}",
        f"{a} {x} {n:04d}",
    )[r.randrange(7)]


def _pager(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return _phone(r)
    if k == 1:
        return str(r.randint(1000, 9999))
    return str(r.randint(10000, 9999999))


def _email(r: random.Random) -> str:
    g = r.choice(_GIVEN).lower().replace("é", "e").replace("í", "i").replace("-", "")
    f = r.choice(_FAMILY).lower().replace(" ", "").replace("'", "").replace("-", "")
    for a, b in (("í", "i"), ("é", "e"), ("ń", "n")):
        f = f.replace(a, b)
    k = r.randrange(6)
    if k == 0:
        return f"{g}.{f}@{r.choice(_DOMAINS)}"
    if k == 1:
        return f"{g[0]}{f}@{r.choice(_DOMAINS)}"
    if k == 2:
        return f"{g}{f}{r.randint(1, 99)}@{r.choice(_PERSONAL_DOMAINS)}"
    if k == 3:
        return f"{f}.{g[0]}@{r.choice(_PERSONAL_DOMAINS)}"
    if k == 4:
        return f"{f}_{g}@{r.choice(_DOMAINS)}"
    return f"{g}.{f}{r.randint(1950, 2009)}@{r.choice(_PERSONAL_DOMAINS)}"


def _url(r: random.Random) -> str:
    d = r.choice(_DOMAINS)
    k = r.randrange(6)
    n = r.randint(100, 99999)
    if k == 0:
        return f"https://ipc.{d}/outbreaks/ob-{n}"
    if k == 1:
        return f"www.{d}/infection-control/{r.choice(('visitors', 'isolation', 'c-auris', 'flu-season'))}{r.randint(1, 99)}"
    if k == 2:
        return f"http://intranet.{d.split('.')[0]}.local/ic/linelist?id={n}"
    if k == 3:
        return f"https://mychart.{d}/portal/msg/{n}"
    if k == 4:
        return f"https://{d}/patients/isolation-faq?lang={r.choice(('en', 'es', 'pt', 'ht', 'vi'))}&ref={n}"
    return f"https://sharepoint.{d}/sites/IPC/Shared%20Documents/case{n}.xlsx"


def _ip(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(1, 899)
    if a == 666:
        a = 667
    b, c = r.randint(1, 99), r.randint(1, 9999)
    return (
        f"{a:03d}-{b:02d}-{c:04d}",
        f"{a:03d} {b:02d} {c:04d}",
        f"{a:03d}{b:02d}{c:04d}",
        f"{a:03d}-{b:02d}-{c:04d}",
    )[r.randrange(4)]


def _mrn(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return str(r.randint(1000000, 99999999))
    if k == 1:
        return f"{r.choice(('BH', 'SB', 'HR', 'W'))}{r.randint(100000, 9999999)}"
    if k == 2:
        return f"00{r.randint(1000000, 9999999)}"
    if k == 3:
        return f"E-{r.randint(1000000, 9999999)}"
    return str(r.randint(100000000, 999999999))


def _account(r: random.Random) -> str:
    k = r.randrange(8)
    if k == 0:
        return str(r.randint(100000000, 99999999999))  # encounter / account
    if k == 1:
        return f"MB{r.randint(10, 99)}-{r.randint(100000, 999999)}"  # microbiology accession
    if k == 2:
        return f"CX{r.randint(1000000, 9999999)}"
    if k == 3:
        return f"SP-{r.randint(1000, 9999)}-{r.randint(10, 99999):05d}"  # specimen
    if k == 4:
        return f"ORD{r.randint(10000000, 99999999)}"
    if k == 5:
        return f"IR-{r.randint(100000, 999999)}"  # safety incident / event report
    if k == 6:
        return str(r.randint(1000000000, 1999999999))  # health-department case id
    return f"RQ{r.randint(100, 999)}{r.choice('ABCDEFGHKLMNPRSTWXYZ')}{r.randint(1000, 9999)}"


def _plan(r: random.Random) -> str:
    k = r.randrange(6)
    L = "ABCDEFGHJKLMNPRTUVWXY"
    if k == 0:
        return f"{''.join(r.choice(L) for _ in range(3))}{r.randint(100000000, 999999999)}"
    if k == 1:  # Medicare beneficiary identifier shape
        s = f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}"
        s2 = f"{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}"
        s3 = f"{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}"
        return f"{s}-{s2}-{s3}" if r.random() < 0.5 else f"{s}{s2}{s3}"
    if k == 2:
        return f"W{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
    if k == 3:
        return f"{r.randint(100000000, 999999999)}-{r.randint(1, 9):02d}"
    if k == 4:
        return f"MA{r.randint(1000000000, 9999999999)}"
    return f"{r.choice(L)}{r.choice(L)}{r.randint(10000000, 99999999)}"


def _npi(r: random.Random) -> str:
    base = [r.choice((1, 2))] + [r.randint(0, 9) for _ in range(8)]
    digits = [8, 0, 8, 4, 0] + base
    total = 0
    for idx, d in enumerate(reversed(digits)):
        if idx % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    check = (10 - total % 10) % 10
    return "".join(map(str, base)) + str(check)


def _license(r: random.Random) -> str:
    k = r.randrange(7)
    if k in (0, 1):
        return _npi(r)
    if k == 2:  # DEA
        d = [r.randint(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return f"{r.choice('ABFM')}{r.choice('BCGHKLMNOPRSTW')}{''.join(map(str, d))}{c}"
    if k == 3:
        return str(r.randint(100000, 299999))
    if k == 4:
        return f"{r.choice('GACP')}{r.randint(10000, 99999)}"
    if k == 5:
        return f"{r.choice('SDFK')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    return f"P{r.randint(100000, 999999)}"


def _zip(r: random.Random) -> str:
    z = f"{r.randint(1001, 6999):05d}" if r.random() < 0.7 else f"{r.randint(10001, 99950)}"
    return z if r.random() < 0.75 else f"{z}-{r.randint(1, 9999):04d}"


def _street(r: random.Random) -> str:
    n = r.randint(2, 9890)
    base = f"{n} {r.choice(_STREETS)}"
    k = r.randrange(6)
    if k == 0:
        return f"{base}, Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    if k == 1:
        return f"{base} Unit {r.randint(1, 40)}"
    if k == 2:
        return f"{base} #{r.randint(2, 12)}"
    return base


def _real_date(r: random.Random, lo: int = 1990, hi: int = 2025) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(11)
    return (
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{_MONTH[m - 1]} {d}, {y}",
        f"{_MON[m - 1]} {d}, {y}",
        f"{d} {_MON[m - 1]} {y}",
        f"{d:02d}-{_MON[m - 1]}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{_MON[m - 1]}. {d} {y}",
        f"{m}-{d}-{y}",
        f"{d} {_MONTH[m - 1]} {y}",
    )[k]


def _dob(r: random.Random) -> str:
    return _real_date(r, 1925, 2012)


def _age(r: random.Random) -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


def _device(r: random.Random) -> str:
    k = r.randrange(6)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if k == 0:
        return f"{r.randint(1, 9)}{r.choice(L)}{r.randint(1000000, 9999999)}"
    if k == 1:
        return f"{r.choice(L)}{r.choice(L)}{r.randint(100000, 999999)}"
    if k == 2:
        return f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}"
    if k == 3:
        return str(r.randint(10000000, 9999999999))
    if k == 4:
        return f"{r.randint(10, 99)}{r.choice(L)}{r.randint(10000, 99999)}{r.choice(L)}"
    return f"SER{r.randint(100000, 999999)}"


def _vehicle(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(1, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randint(100, 999)}"
    if k == 1:
        return f"{''.join(r.choice(L) for _ in range(3))} {r.randint(1000, 9999)}"
    if k == 2:
        vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "1" + "".join(r.choice(vin_chars) for _ in range(16))
    if k == 3:
        return f"N{r.randint(10, 999)}{r.choice(L)}{r.choice(L)}"
    return f"{r.randint(10, 99)}{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}"


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
    "HEALTH_PLAN": _plan,
    "LICENSE": _license,
    "ZIP": _zip,
    "STREET_ADDRESS": _street,
    "DATE_REAL_YEAR": _real_date,
    "AGE_OVER_89": _age,
    "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle,
    "PERSON": _person,
    "LOCATION": lambda r: r.choice(_TOWNS),
    "ORGANIZATION": lambda r: r.choice(_HOSPITALS + _LTC + _COMMUNITY + _HEALTH_DEPTS),
}


def _sdate(r: random.Random, style: int | None = None) -> str:
    """A shifted date (2100-2200): never labelled."""
    y, m, d = r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(6) if style is None else style
    return (
        f"{y}-{m:02d}-{d:02d}",
        f"{m}/{d}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{_MON[m - 1]} {d}, {y}",
        f"{d}-{_MON[m - 1]}-{y}",
        f"{y}-{m:02d}-{d:02d}",
    )[k]


def _stime(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2024, 2029), r.randint(1, 12)
    k = r.randrange(3)
    return (
        f"EXP {y}-{m:02d}-{r.randint(1, 28):02d}",
        f"Exp. {m:02d}/{r.randint(1, 28):02d}/{y}",
        f"use by {y}-{m:02d}",
    )[k]


def _lot(r: random.Random) -> str:
    return (
        f"{r.choice('ABCDEFGHKLMNPRSTWXYZ')}{r.randint(1, 9)}{r.choice('ABCDEFGHKLMNPRSTWXYZ')}{r.randint(1000, 9999)}"
    )


# --------------------------------------------------------------------------------------------------
# Note context: pieces, slots, break points, look-alikes
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, r: random.Random, plants: list[str], heavy: bool) -> None:
        self.r = r
        self.pending = list(plants)
        self.heavy = heavy
        self.looks: list[str] = []
        self.pieces: list[Piece] = []
        self.breaks: list[int] = []
        self.used: set[str] = set()

    def pick(self, pool: tuple[str, ...]) -> str:
        """A template not yet used in this note (filler never repeats within a note)."""
        left = [t for t in pool if t not in self.used] or list(pool)
        t = self.r.choice(left)
        self.used.add(t)
        return t

    # look-alike (never labelled)
    def lk(self, s: str) -> str:
        self.looks.append(s)
        return s

    def take(self, cat: str, p: float = 0.7) -> bool:
        if cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            return True
        return False

    def s(self, cat: str, gen: Callable[[random.Random], str] | None = None, alt: str = "___", p: float = 0.7) -> Piece:
        """A slot: the value of a pending plant of ``cat`` (labelled) or ``alt`` (masked / look-alike)."""
        if self.take(cat, p):
            return ((gen or _GEN[cat])(self.r), cat)
        return alt

    def w(self, *pieces: Piece) -> None:
        self.pieces.extend(p for p in pieces if p != "")

    def brk(self) -> None:
        self.breaks.append(len(self.pieces))

    def age(self, suffix: str | None = None, p: float = 0.7) -> list[Piece]:
        """An age phrase: a labelled age >= 90 when planted, else ``___`` or an age under 90."""
        r = self.r
        suf = (
            suffix
            if suffix is not None
            else r.choice(("-year-old", " year old", " y/o", " yo", "yo", " y.o.", "-yr-old", "F", "M"))
        )
        if self.take("AGE_OVER_89", p):
            return [(_age(r), "AGE_OVER_89"), suf]
        if r.random() < 0.55:
            return ["___" + suf]
        s = f"{r.randint(19, 88)}{suf}"
        if suf.strip() in ("F", "M", ""):
            return [s]
        return [self.lk(s)]

    def date(self, p: float = 0.7, dob: bool = False, masked: float = 0.4) -> Piece:
        """A date slot: a real-year date when planted, else ``___`` or a shifted date."""
        if self.take("DATE_REAL_YEAR", p):
            return ((_dob if dob else _real_date)(self.r), "DATE_REAL_YEAR")
        return "___" if self.r.random() < masked else _sdate(self.r)

    def assemble(self) -> tuple[str, list[tuple[int, int, str]]]:
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for p in self.pieces:
            if isinstance(p, tuple):
                v, cat = p
                spans.append((pos, pos + len(v), cat))
                out.append(v)
                pos += len(v)
            else:
                out.append(p)
                pos += len(p)
        return "".join(out), spans


def V(c: _Ctx, cat: str, gen: Callable[[random.Random], str] | None = None) -> Piece:
    return ((gen or _GEN[cat])(c.r), cat)


# --------------------------------------------------------------------------------------------------
# Fallback snippets: where a planted identifier goes when the document had no natural slot left for it
# --------------------------------------------------------------------------------------------------


def _cred(r: random.Random) -> str:
    return r.choice(
        (
            ", RN",
            " RN, CIC",
            ", MPH, CIC",
            ", MD",
            " MD",
            ", NP",
            ", MT(ASCP)",
            ", PharmD",
            " BSN RN",
            ", MSN, CIC",
            ", DO",
        )
    )


def _snip_person(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(10)
    if k == 0:
        return ["Discussed with ", V(c, "PERSON", _full), _cred(r), ", unit IP liaison; agrees with plan.\n"]
    if k == 1:
        return [
            f"Addendum {_sdate(r)} {_stime(r)}: spoke w/ pt's daughter ",
            V(c, "PERSON", _full),
            " re: contact precautions at home and laundering.\n",
        ]
    if k == 2:
        return ["cc: Dr. ", V(c, "PERSON", lambda rr: rr.choice(_FAMILY)), " (hospital epidemiologist)\n"]
    if k == 3:
        return [
            "Household contact #",
            str(r.randint(2, 9)),
            " \u2014 ",
            V(c, "PERSON", lambda rr: _person(rr, 3)),
            " (spouse), asymptomatic, referred for ",
            c.lk("QuantiFERON-TB Gold Plus"),
            ".\n",
        ]
    if k == 4:
        return [
            "Per ",
            V(c, "PERSON", _full),
            " (EVS supervisor) terminal clean done with ",
            c.lk(r.choice(("Oxivir Tb", "Clorox Healthcare Bleach Germicidal Wipes", "Super Sani-Cloth"))),
            " and UV-C (",
            c.lk(r.choice(("Tru-D SmartUVC", "Xenex LightStrike"))),
            ").\n",
        ]
    if k == 5:
        return ["Electronically signed by: ", V(c, "PERSON"), _cred(r), f" on {_sdate(r, 0)} at {_stime(r)}\n"]
    if k == 6:
        return [
            "Reviewed with attending,\nDr. ",
            V(c, "PERSON", _full),
            ", who agrees isolation may be discontinued once criteria are met.\n",
        ]
    if k == 7:
        return [
            "Visitor log shows ",
            V(c, "PERSON", _full),
            " (brother) visited without a mask on the day of exposure; letter sent.\n",
        ]
    if k == 8:
        return [r.choice(("Infection Preventionist: ", "Infection Preventionst: ", "IP:")), V(c, "PERSON"), "\n"]
    return [
        "pt's roommate in bed B (",
        V(c, "PERSON", _full),
        ") moved to a private room and placed on contact precautions pending screening.\n",
    ]


def _snip_org(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(9)
    if k == 0:
        return [
            f"Transferred from {r.choice(('', 'the '))}",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_LTC)),
            f" on {_sdate(r)} with known CRE colonization (",
            c.lk("Carba NP"),
            " positive).\n",
        ]
    if k == 1:
        return [
            r.choice(("Notified ", "Notified\n", "notifed ")),
            V(c, "ORGANIZATION", lambda rr: rr.choice(_HEALTH_DEPTS)),
            " (epidemiologist on call) by phone; fax confirmation received.\n",
        ]
    if k == 2:
        return [
            "Pt works at ",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_COMMUNITY[7:18])),
            "; exposure window overlaps two shifts.\n",
        ]
    if k == 3:
        return [
            "Child attends ",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_COMMUNITY[:7])),
            "; school nurse notified by the health department.\n",
        ]
    if k == 4:
        return [
            "Outside hospital: ",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_HOSPITALS)),
            " (prior admission, same organism).\n",
        ]
    if k == 5:
        return [
            "Outpatient meds filled at ",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_COMMUNITY[21:])),
            "; ",
            c.lk("Dificid"),
            " covered after prior auth.\n",
        ]
    if k == 6:
        return [
            "HD schedule MWF at ",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_LTC[7:])),
            " \u2014 unit informed of CRE status per inter-facility transfer form.\n",
        ]
    if k == 7:
        return [
            "Stays nights at ",
            V(c, "ORGANIZATION", lambda rr: rr.choice(_COMMUNITY[18:21])),
            "; shelter staff notified for contact investigation.\n",
        ]
    return [
        "ISOLATE REFERRED: ",
        V(c, "ORGANIZATION", lambda rr: rr.choice(_HOSPITALS)),
        " microbiology for WGS comparison.\n",
    ]


def _snip_location(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(7)
    if k == 0:
        return [
            "Lives in ",
            V(c, "LOCATION"),
            ", ",
            c.lk(r.choice(_STATES)),
            "; travel to ",
            c.lk(r.choice(_COUNTRIES)),
            " last month.\n",
        ]
    if k == 1:
        return ["Exposure site: community pool, ", V(c, "LOCATION"), "\n"]
    if k == 2:
        return [
            "Home in ",
            V(c, "LOCATION"),
            " is on private well water; ",
            c.lk("Pontiac fever"),
            " considered unlikely.\n",
        ]
    if k == 3:
        return ["Cluster map: 3 of 5 cases reside in or near ", V(c, "LOCATION"), ".\n"]
    if k == 4:
        return ["Residence town: ", V(c, "LOCATION"), "   County: ___\n"]
    if k == 5:
        return ["recent travel:\n  ", V(c, "LOCATION"), " (family visit)\n"]
    return ["Attended a wedding in ", V(c, "LOCATION"), " 10 days before onset (", c.lk(r.choice(_STATES)), ").\n"]


def _snip_street(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(5)
    if k == 0:
        return ["Home address on file: ", V(c, "STREET_ADDRESS"), ", ___, ", c.lk(r.choice(_STATES)), " ___\n"]
    if k == 1:
        return [r.choice(("Address:\n  ", "Adress:\n  ", "ADDRESS\n  ")), V(c, "STREET_ADDRESS"), "\n  ___\n"]
    if k == 2:
        return ["Health dept. home visit planned at ", V(c, "STREET_ADDRESS"), " for DOT.\n"]
    if k == 3:
        return ["Mailing addr | ", V(c, "STREET_ADDRESS"), " | ___ |\n"]
    return ["Residence (per registration): ", V(c, "STREET_ADDRESS"), "; lives with ___ others.\n"]


def _snip_zip(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(5)
    if k == 0:
        return ["Residence ZIP ", V(c, "ZIP"), " (used for county assignment)\n"]
    if k == 1:
        return ["___, ", c.lk(r.choice(_STATES)), " ", V(c, "ZIP"), "\n"]
    if k == 2:
        return ["Zip code: ", V(c, "ZIP"), "\n"]
    if k == 3:
        return ["Geocoded to zip ", V(c, "ZIP"), "; no other cases in that area.\n"]
    return ["___ ___ ___ ", V(c, "ZIP"), "\n"]


def _snip_phone(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(8)
    if k == 0:
        return ["Call IP with questions: ", V(c, "PHONE"), f" (x{r.randint(2000, 7999)} internal)\n"]
    if k == 1:
        return ["Patient's cell ", V(c, "PHONE"), "; prefers texts.\n"]
    if k == 2:
        return ["Spouse reachable at ", V(c, "PHONE"), " for symptom monitoring.\n"]
    if k == 3:
        return ["Tel: ", V(c, "PHONE"), "\n"]
    if k == 4:
        return ["Health dept. epi on call: ", V(c, "PHONE"), "\n"]
    if k == 5:
        return [r.choice(("ph ", "Phone#", "tel. ")), V(c, "PHONE"), "\n"]
    if k == 6:
        return ["Follow up with Employee Health, phone ", V(c, "PHONE"), ", within 72 h.\n"]
    return ["Daughter (HCP) ", V(c, "PHONE"), " -- notified of positive result.\n"]


def _snip_fax(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(5)
    if k == 0:
        return ["Faxed to health department at ", V(c, "FAX"), "; confirmation page scanned.\n"]
    if k == 1:
        return ["Fax: ", V(c, "FAX"), "\n"]
    if k == 2:
        return ["FAX ", V(c, "FAX"), "  (confidential line)\n"]
    if k == 3:
        return ["Send results by fax to ", V(c, "FAX"), ".\n"]
    return ["Return fax # ", V(c, "FAX"), "\n"]


def _snip_pager(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(5)
    if k == 0:
        return ["Page the on-call infection preventionist at ", V(c, "PAGER"), " after hours.\n"]
    if k == 1:
        return ["pgr ", V(c, "PAGER"), "\n"]
    if k == 2:
        return ["Beeper: ", V(c, "PAGER"), "\n"]
    if k == 3:
        return ["(pager #", V(c, "PAGER"), ")\n"]
    return ["Hospital epidemiologist paged to ", V(c, "PAGER"), f" at {_stime(c.r)}; callback received.\n"]


def _snip_email(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(5)
    if k == 0:
        return ["Questions: email ", V(c, "EMAIL"), ".\n"]
    if k == 1:
        return ["Line list sent securely to ", V(c, "EMAIL"), "\n"]
    if k == 2:
        return ["E-mail: ", V(c, "EMAIL"), "\n"]
    if k == 3:
        return ["Patient asked that results also go to <", V(c, "EMAIL"), ">.\n"]
    return ["From: ", V(c, "EMAIL"), "\nSubject: RE: exposure notification\n"]


def _snip_url(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(4)
    if k == 0:
        return ["Dashboard: ", V(c, "URL"), "\n"]
    if k == 1:
        return ["Case file saved to ", V(c, "URL"), " (restricted).\n"]
    if k == 2:
        return ["Link sent to family: ", V(c, "URL"), "\n"]
    return ["See ", V(c, "URL"), " for the visitor screening form.\n"]


def _snip_ip(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(4)
    if k == 0:
        return [
            f"[{_sdate(r, 0)} {_stime(r)}:{r.randint(10, 59)}] record accessed from ",
            V(c, "IP_ADDRESS"),
            " (user ___)\n",
        ]
    if k == 1:
        return ["Upload to NHSN attempted from host ", V(c, "IP_ADDRESS"), "; SAMS certificate OK.\n"]
    if k == 2:
        return ["client ip=", V(c, "IP_ADDRESS"), " session=___ action=EXPORT_LINELIST\n"]
    return ["Workstation: ", V(c, "IP_ADDRESS"), "\n"]


def _snip_ssn(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(4)
    if k == 0:
        return ["SSN: ", V(c, "SSN"), "\n"]
    if k == 1:
        return ["Social Security # ", V(c, "SSN"), " (requested by health dept for case matching)\n"]
    if k == 2:
        return ["SS# ", V(c, "SSN"), "\n"]
    return ["Pt ID (SSN) | ", V(c, "SSN"), " |\n"]


def _snip_mrn(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(6)
    if k == 0:
        return ["MRN: ", V(c, "MRN"), "\n"]
    if k == 1:
        return ["Unit No: ", V(c, "MRN"), "\n"]
    if k == 2:
        return ["Roommate (MRN ", V(c, "MRN"), ") also screened: negative.\n"]
    if k == 3:
        return ["Med Rec # ", V(c, "MRN"), "\n"]
    if k == 4:
        return ["linked case: hosp no. ", V(c, "MRN"), "\n"]
    return ["Pt MRN#", V(c, "MRN"), " (pasted from ADT)\n"]


def _snip_account(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(8)
    if k == 0:
        return ["Specimen #: ", V(c, "ACCOUNT"), "\n"]
    if k == 1:
        return ["Accession ", V(c, "ACCOUNT"), " (stool, C. diff PCR)\n"]
    if k == 2:
        return ["Encounter: ", V(c, "ACCOUNT"), "\n"]
    if k == 3:
        return ["Safety event report filed, incident no. ", V(c, "ACCOUNT"), ".\n"]
    if k == 4:
        return ["Health dept case ID ", V(c, "ACCOUNT"), "\n"]
    if k == 5:
        return ["Acct ", V(c, "ACCOUNT"), "\n"]
    if k == 6:
        return ["Requisition ", V(c, "ACCOUNT"), " sent to the state public health laboratory.\n"]
    return ["NHSN Event #", V(c, "ACCOUNT"), " entered.\n"]


def _snip_plan(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(9)
    grp = f"{r.randint(10000, 99999)}"
    if k == 0:
        return ["Insurance: ___ Member ID ", V(c, "HEALTH_PLAN"), " Group ", c.lk(grp), "\n"]
    if k == 1:
        return ["Medicare ID: ", V(c, "HEALTH_PLAN"), "\n"]
    if k == 2:
        return ["subscriber # ", V(c, "HEALTH_PLAN"), " (self)\n"]
    if k == 3:
        return ["Policy no. ", V(c, "HEALTH_PLAN"), "; employer group ", c.lk(f"GRP-{grp}"), " (not member id)\n"]
    if k == 5:
        return ["Payer: ___ (Medicaid managed care)   Recipient ID: ", V(c, "HEALTH_PLAN"), "\n"]
    if k == 6:
        return ["Ins ID ", V(c, "HEALTH_PLAN"), " -- verified for outpatient OPAT coverage.\n"]
    if k == 7:
        return ["Covered under mother's plan, subscriber ID\n", V(c, "HEALTH_PLAN"), "\n"]
    return ["Coverage | ___ | ID ", V(c, "HEALTH_PLAN"), " |\n"]


def _snip_license(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(6)
    if k == 0:
        return ["Reporting clinician NPI: ", V(c, "LICENSE", _npi), "\n"]
    if k == 1:
        return ["Ordering provider ___, MD  Lic. ", V(c, "LICENSE", lambda rr: str(rr.randint(100000, 299999))), "\n"]
    if k == 2:
        return ["DEA ", V(c, "LICENSE", lambda rr: _license_dea(rr)), "\n"]
    if k == 3:
        return ["EMS crew lead cert ", V(c, "LICENSE", lambda rr: f"P{rr.randint(100000, 999999)}"), "\n"]
    if k == 4:
        return ["RN license ", V(c, "LICENSE", lambda rr: f"{rr.randint(2000000, 2999999)}"), " verified\n"]
    return ["Driver's license ", V(c, "LICENSE", lambda rr: _license(rr)), " copied for DOT enrolment.\n"]


def _license_dea(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{r.choice('ABFM')}{r.choice('BCGHKLMNOPRSTW')}{''.join(map(str, d))}{c}"


def _snip_date(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(7)
    if k == 0:
        return ["DOB ", V(c, "DATE_REAL_YEAR", _dob), "\n"]
    if k == 1:
        return ["Date of death: ", V(c, "DATE_REAL_YEAR"), "\n"]
    if k == 2:
        return ["Prior positive culture (outside records) dated ", V(c, "DATE_REAL_YEAR"), ".\n"]
    if k == 3:
        return ["Last TST on file: ", V(c, "DATE_REAL_YEAR"), " (", c.lk("Mantoux"), ", 0 mm)\n"]
    if k == 4:
        return ["Birthdate: ", V(c, "DATE_REAL_YEAR", _dob), "\n"]
    if k == 5:
        return ["Onset ", V(c, "DATE_REAL_YEAR"), " per outside report\n"]
    return ["MMR x2 documented, 2nd dose ", V(c, "DATE_REAL_YEAR", lambda rr: _real_date(rr, 1960, 2015)), ".\n"]


def _snip_age(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(5)
    if k == 0:
        return [
            "Note: patient is ",
            V(c, "AGE_OVER_89"),
            " years old; ",
            c.lk("McGeer criteria"),
            " applied for LTCF surveillance.\n",
        ]
    if k == 1:
        return ["Age: ", V(c, "AGE_OVER_89"), "\n"]
    if k == 2:
        return ["Resident, age ", V(c, "AGE_OVER_89"), ", on droplet precautions.\n"]
    if k == 3:
        return ["(", V(c, "AGE_OVER_89"), "yo F, case 4 on line list)\n"]
    return ["oldest case ", V(c, "AGE_OVER_89"), " y/o, died day 6\n"]


def _snip_device(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(6)
    if k == 0:
        return [
            "Duodenoscope ",
            c.lk(r.choice(("Olympus TJF-Q190V", "Pentax ED34-i10T2"))),
            " SN ",
            V(c, "DEVICE_ID"),
            " quarantined pending culture.\n",
        ]
    if k == 1:
        return [
            "Heater-cooler (",
            c.lk("LivaNova Stockert 3T"),
            ") serial ",
            V(c, "DEVICE_ID"),
            " removed from OR 6.\n",
        ]
    if k == 2:
        gtin = f"{r.randint(10000000000000, 99999999999999)}"
        return [
            "UDI: (01)",
            c.lk(gtin),
            "(17)",
            f"{r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
            "(10)",
            c.lk(_lot(r)),
            "(21)",
            V(c, "DEVICE_ID"),
            "\n",
        ]
    if k == 3:
        return ["PAPR blower S/N: ", V(c, "DEVICE_ID"), " (", c.lk("PAPR (3M Versaflo)"), ") cleaned and returned.\n"]
    if k == 4:
        return ["Infusion pump serial no. ", V(c, "DEVICE_ID"), " sent to biomed for bleach wipe-down.\n"]
    return ["Bronchoscope SN: ", V(c, "DEVICE_ID"), " \u2014 reprocessed in ", c.lk("Medivators Advantage Plus"), "\n"]


def _snip_vehicle(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(8)
    if k == 5:
        return [
            "Wheelchair van used for HD transport — VIN: ",
            V(c, "VEHICLE_ID", _vin),
            "; other riders on the same run are being screened.\n",
        ]
    if k == 6:
        return ["| transport | private car | lic plate ", V(c, "VEHICLE_ID", _vehicle_plate), " | driver = ___ |\n"]
    if k == 7:
        return [
            "Index case flew on a chartered aircraft (registration ",
            V(c, "VEHICLE_ID", lambda rr: f"N{rr.randint(100, 9999)}{rr.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"),
            ") while infectious; passenger manifest requested through the state.\n",
        ]
    if k == 0:
        return [
            "Transported by ambulance, plate ",
            V(c, "VEHICLE_ID", lambda rr: _vehicle_plate(rr)),
            "; crew notified of measles exposure.\n",
        ]
    if k == 1:
        return [
            "Air transfer: tail number ",
            V(c, "VEHICLE_ID", lambda rr: f"N{rr.randint(10, 999)}{rr.choice('ABCMTX')}{rr.choice('ABCMTX')}"),
            "; flight crew added to the contact list.\n",
        ]
    if k == 2:
        return ["Hospital shuttle van VIN ", V(c, "VEHICLE_ID", _vin), " disinfected after transport.\n"]
    if k == 3:
        return [
            "Pt's vehicle (plate ",
            V(c, "VEHICLE_ID", lambda rr: _vehicle_plate(rr)),
            ") used for self-isolation transport home only.\n",
        ]
    return [
        "Medic unit registration ",
        V(c, "VEHICLE_ID", lambda rr: _vehicle_plate(rr)),
        " taken out of service for cleaning.\n",
    ]


def _vehicle_plate(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = r.randrange(3)
    if k == 0:
        return f"{r.randint(1, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randint(100, 999)}"
    if k == 1:
        return f"{''.join(r.choice(L) for _ in range(3))} {r.randint(1000, 9999)}"
    return f"{r.randint(10, 99)}{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}"


def _vin(r: random.Random) -> str:
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice("1245") + "".join(r.choice(vin_chars) for _ in range(16))


_SNIPPETS: dict[str, Callable[[_Ctx], list[Piece]]] = {
    "PERSON": _snip_person,
    "ORGANIZATION": _snip_org,
    "LOCATION": _snip_location,
    "STREET_ADDRESS": _snip_street,
    "ZIP": _snip_zip,
    "PHONE": _snip_phone,
    "FAX": _snip_fax,
    "PAGER": _snip_pager,
    "EMAIL": _snip_email,
    "URL": _snip_url,
    "IP_ADDRESS": _snip_ip,
    "SSN": _snip_ssn,
    "MRN": _snip_mrn,
    "ACCOUNT": _snip_account,
    "HEALTH_PLAN": _snip_plan,
    "LICENSE": _snip_license,
    "DATE_REAL_YEAR": _snip_date,
    "AGE_OVER_89": _snip_age,
    "DEVICE_ID": _snip_device,
    "VEHICLE_ID": _snip_vehicle,
}


# --------------------------------------------------------------------------------------------------
# Shared clinical content
# --------------------------------------------------------------------------------------------------

# (organism, short name, setting, suspected source, specimen, typing, products)
_OUTBREAKS = (
    (
        "KPC-producing Klebsiella pneumoniae (ST258)",
        "CRE",
        "GI endoscopy suite / ERCP",
        "a reprocessed duodenoscope",
        "blood and bile cultures",
        "WGS: pairwise SNP distance 0-6",
        ("Olympus TJF-Q190V", "Medivators Advantage Plus"),
    ),
    (
        "Candida auris (clade I)",
        "C. auris",
        "MICU",
        "shared reusable axillary thermometers",
        "axilla/groin swabs",
        "WGS: 2-9 SNPs",
        ("CHROMagar Candida Plus", "MALDI-TOF (Bruker Biotyper)"),
    ),
    (
        "norovirus GII.4",
        "norovirus",
        "7 North (medicine)",
        "an ill food-service worker",
        "stool PCR",
        "genotyping at the state lab",
        ("Oxivir Tb", "BioFire FilmArray"),
    ),
    (
        "Legionella pneumophila serogroup 1",
        "Legionella",
        "cardiac step-down unit",
        "a decorative water feature in the lobby",
        "urine antigen and sputum culture",
        "SBT ST1 in 3 of 3 isolates",
        ("BCYE agar", "Pontiac fever"),
    ),
    (
        "Mycobacterium chimaera",
        "M. chimaera",
        "cardiac surgery",
        "a heater-cooler unit",
        "AFB blood cultures",
        "WGS clustered with the device-associated strain",
        ("LivaNova Stockert 3T", "Lowenstein-Jensen medium"),
    ),
    (
        "Serratia marcescens",
        "Serratia",
        "NICU",
        "shared breast-pump parts",
        "blood and tracheal aspirate cultures",
        "PFGE indistinguishable (5 of 6)",
        ("VITEK 2", "Hibiclens"),
    ),
    (
        "Clostridioides difficile ribotype 027",
        "C. difficile",
        "geriatric medicine unit",
        "a shared commode",
        "stool PCR / toxin EIA",
        "ribotyping 027 in 4 of 5",
        ("Cepheid Xpert C. difficile", "Tru-D SmartUVC"),
    ),
    (
        "Burkholderia cepacia complex",
        "Bcc",
        "cardiac ICU",
        "a contaminated oral-care product lot",
        "sputum and blood cultures",
        "WGS: single clone",
        ("MacConkey agar", "MicroScan WalkAway"),
    ),
    (
        "Aspergillus fumigatus",
        "aspergillosis",
        "hematology/oncology (BMT)",
        "construction next to the unit",
        "BAL galactomannan and culture",
        "not typed",
        ("Platelia Aspergillus", "Sabouraud agar"),
    ),
    (
        "VIM-producing Pseudomonas aeruginosa",
        "CRPA",
        "burn unit",
        "sink drains (P-traps)",
        "wound and urine cultures",
        "WGS: ST111, 0-4 SNPs",
        ("mCIM", "Etest"),
    ),
    (
        "measles (genotype D8)",
        "measles",
        "ED waiting room",
        "an unvaccinated traveller",
        "NP swab PCR / IgM",
        "genotype D8",
        ("BinaxNOW", "Kirby-Bauer disk diffusion"),
    ),
    (
        "SARS-CoV-2",
        "COVID-19",
        "inpatient psychiatry",
        "a shared dining room",
        "NP PCR",
        "sequencing: single lineage",
        ("BinaxNOW", "Paxlovid"),
    ),
    (
        "influenza A(H3N2)",
        "influenza",
        "long-term care unit 3",
        "a symptomatic visitor",
        "NP PCR",
        "subtyping at the state lab",
        ("Tamiflu", "Xofluza"),
    ),
    (
        "MRSA (USA300)",
        "MRSA",
        "NICU",
        "colonized staff hands",
        "nares and skin swabs",
        "spa typing t008",
        ("ChloraPrep", "BD Phoenix"),
    ),
)

_UNITS = (
    "MICU",
    "SICU",
    "CVICU",
    "7 North",
    "6 West",
    "4 South",
    "NICU",
    "Burn ICU",
    "BMT unit",
    "L&D",
    "ED pod C",
    "Dialysis",
    "Step-down 5E",
    "Rehab 2",
    "PACU",
    "OR 6",
)
_ROOMS = ("Rm 4127", "Room 712B", "Bed 14", "Rm 530-A", "Room 2204", "Bay 3", "Rm 618", "Room 9 (AIIR)")
_NHSN_LOC = ("IN:ACUTE:CC:M", "IN:ACUTE:CC:S", "IN:ACUTE:WARD:M", "IN:ACUTE:STEP", "IN:ACUTE:CC:NURS")

_FILLER = (
    (
        "Hand hygiene compliance on the unit by secret-shopper audit was {p}% this month (goal 90%). "
        "Alcohol-based hand rub ({hand}) dispensers were relocated to the point of care."
    ),
    (
        "Environmental Services completed a terminal clean of all affected rooms using a sporicidal agent, "
        "followed by UV-C ({uv}). Fluorescent-marker audits: {p}% of high-touch surfaces cleaned."
    ),
    (
        "Reminder: a {dev} is not a substitute for assessing whether the device is still needed; daily necessity "
        "review is documented on the line/catheter checklist."
    ),
    (
        "Staff were re-educated on donning and doffing of PPE ({gown} gowns); {p}% of observed doffing episodes were "
        "performed correctly on the repeat audit. Fit testing for {resp} respirators was updated."
    ),
    (
        "Isolation signage was checked on all rooms; two rooms lacked an isolation cart and were restocked. "
        "Dedicated equipment (stethoscope, BP cuff) is left in the room until discharge."
    ),
    (
        "Surveillance definitions follow the current NHSN Patient Safety Component Manual; the repeat "
        "infection timeframe (RIT) is 14 days. The {y} is used for SIR calculations."
    ),
    (
        "Antimicrobial stewardship reviewed all patients on the unit receiving broad-spectrum therapy; "
        "{drug} was restricted to ID approval."
    ),
    (
        "The epidemic curve is consistent with a continuing common source rather than a point-source "
        "exposure. An {rca} was drafted at the huddle to list contributing factors ({rca2})."
    ),
    (
        "Point-prevalence screening of all patients on the unit was repeated weekly x3; no new "
        "colonized patients were found after the second round."
    ),
    (
        "Water management programme: hot-water temperatures at the furthest outlets were {t} F; "
        "residual chlorine 0.{p2} ppm. No changes to the flushing schedule."
    ),
    (
        "Construction risk assessment (ICRA) class IV: negative-pressure barriers, HEPA filtration and "
        "tacky mats are in place; daily IP rounds until the project closes."
    ),
    (
        "Chlorhexidine bathing compliance ({chg}) was {p}% by audit of the bathing log; "
        "patients with documented allergy used a non-CHG alternative."
    ),
    ("Causality was assessed against the {bh}; the association with the exposure was significant by {stat} (p={pv})."),
    (
        "Rooms of discharged C. difficile patients received hydrogen peroxide vapour ({hpv}) after the manual "
        "clean; wipes in use: {wipe}."
    ),
    (
        "Line-list data were analysed in {soft} {ver}; space-time scan statistics ({scan}) found no further "
        "clusters in the last 90 days."
    ),
)
_FILL_POOLS = {
    "hand": ("Purell", "Sterillium"),
    "uv": ("Tru-D SmartUVC", "Xenex LightStrike"),
    "dev": (
        "Foley catheter",
        "Hickman line",
        "Bard PowerPICC",
        "BD Nexiva",
        "Swan-Ganz catheter",
        "Curos disinfecting cap",
    ),
    "resp": ("3M 1870+ N95", "Halyard FLUIDSHIELD", "PAPR (3M Versaflo)"),
    "gown": ("Tyvek",),
    "drug": ("Vabomere", "Avycaz", "Fetroja", "Cresemba", "AmBisome", "Dificid", "Zinplava", "Paxlovid"),
    "rca": ("Ishikawa diagram",),
    "rca2": ("Swiss cheese model",),
    "chg": ("Hibiclens", "ChloraPrep"),
    "bh": ("Bradford Hill criteria",),
    "stat": ("Fisher exact test", "Poisson regression"),
    "hpv": ("Bioquell HPV",),
    "wipe": ("Oxivir Tb", "Super Sani-Cloth", "Clorox Healthcare Bleach Germicidal Wipes"),
    "soft": ("Epi Info", "WHONET", "TheraDoc"),
    "scan": ("SaTScan",),
}


def _filler(c: _Ctx) -> str:
    r = c.r
    t = c.pick(_FILLER)
    vals: dict[str, str] = {}
    for key in _FILL_POOLS:
        if "{" + key + "}" in t:
            vals[key] = c.lk(r.choice(_FILL_POOLS[key]))
    if "{y}" in t:
        vals["y"] = c.lk(f"{r.choice((2015, 2022))} NHSN baseline")
    return t.format(
        p=r.randint(62, 99),
        t=r.randint(124, 140),
        p2=r.randint(2, 9),
        pv=f"0.0{r.randint(1, 4)}",
        ver=f"{r.randint(4, 10)}.{r.randint(0, 9)}",
        **vals,
    )


_RAD_FILLER = (
    "Upper abdomen: the imaged liver and spleen are unremarkable. No free air under the diaphragm.",
    "Bones: no acute fracture or aggressive osseous lesion. Mild multilevel degenerative change.",
    "Lines and tubes: {dev} in expected position; no pneumothorax after placement.",
    (
        "Infection control: the room and equipment were terminally cleaned after the study with {wipe}; "
        "the suite stood empty for {ach} minutes (12 air changes per hour) before the next patient."
    ),
    ("Contrast: {con}, lot {lot} ({exp}); no immediate reaction. eGFR >{egfr} mL/min/1.73m2 on the day of the study."),
    "Soft tissues: no subcutaneous emphysema. Thyroid is unremarkable where imaged.",
    (
        "Technologist note: patient arrived masked on {iso} precautions; the portable route was used to avoid "
        "transport through the department."
    ),
    "Dose: CTDIvol {ctdi} mGy; automated exposure control used. Images reviewed on PACS at full resolution.",
    ("Comparison with prior studies is limited by differences in technique ({scan} versus outside scanner)."),
)
_RAD_POOLS = {
    "dev": ("Swan-Ganz catheter", "Hickman line", "Bard PowerPICC"),
    "wipe": ("Oxivir Tb", "Super Sani-Cloth", "Clorox Healthcare Bleach Germicidal Wipes"),
    "con": ("Omnipaque 350", "Isovue-370", "Gadavist"),
    "scan": ("Siemens SOMATOM Force", "GE Revolution CT", "Philips Ingenuity"),
}


def _rad_filler(c: _Ctx) -> str:
    r = c.r
    t = c.pick(_RAD_FILLER)
    vals: dict[str, str] = {}
    for key in _RAD_POOLS:
        if "{" + key + "}" in t:
            vals[key] = c.lk(r.choice(_RAD_POOLS[key]))
    if "{lot}" in t:
        vals["lot"] = c.lk(_lot(r))
        vals["exp"] = c.lk(_expiry(r))
    return t.format(
        ach=r.choice((30, 35, 46, 69)),
        egfr=r.choice((30, 45, 60)),
        ctdi=r.randint(3, 18),
        iso=r.choice(("airborne", "droplet", "contact")),
        **vals,
    )


def _public(c: _Ctx) -> str:
    """A public hotline or public body's website (never labelled)."""
    return c.lk(
        c.r.choice(
            (
                "1-800-232-4636",
                "1-800-222-1222",
                "www.cdc.gov/nhsn",
                "https://www.cdc.gov/infection-control/",
                "www.who.int",
                "https://www.fda.gov/medwatch",
                "1-800-FDA-1088",
                "www.osha.gov",
                "https://www.cdc.gov/hai/",
            )
        )
    )


def _sig(c: _Ctx, role: str = "Infection Preventionist") -> None:
    r = c.r
    k = r.randrange(4)
    if k == 0:
        c.w("\n", c.s("PERSON", alt="___", p=0.6), _cred(r), "\n", role, "\n")
    elif k == 1:
        c.w(f"\n-- {role}: ", c.s("PERSON", alt="___", p=0.6), f"  {_sdate(r, 0)} {_stime(r)}\n")
    elif k == 2:
        c.w("\nSigned: ", c.s("PERSON", alt="___", p=0.6), _cred(r), " | pager ", c.s("PAGER", alt="___"), "\n")
    else:
        c.w(f"\n{role} ___ (dictated, not read back)\n")


def _heavy_block(c: _Ctx) -> None:
    """Many masked fields, no plants."""
    r = c.r
    k = r.randrange(3)
    if k == 0:
        c.w("NOTIFICATION LOG\n")
        for _ in range(r.randint(9, 12)):
            c.w(
                f"{_sdate(r, 0)} {_stime(r)} | ___ | called ___ at ___ | {r.choice(('reached', 'left message', 'no answer'))}\n"
            )
        c.w("Contacts: ___, ___, ___ and ___ (household); ___ (employer); ___ (school)\n")
    elif k == 1:
        c.w(
            "Name: ___   Unit No: ___\nAdmission Date: ___   Discharge Date: ___\nDate of Birth: ___   Sex: "
            f"{r.choice('FM')}\nAttending: ___\nPCP: ___ (___)\nAddress: ___, ___, ___ ___\nPhone: ___  Alt: ___\n"
            "Emergency contact: ___ (___) ___\nInsurance: ___  Member ID: ___\n"
        )
        c.w("Reported to ___ by ___ on ___; case no. ___; epidemiologist ___ (___), callback ___ / ___.\n")
    else:
        c.w("EXPOSED PERSONS (masked)\n| Name | Role | Phone | Follow-up |\n")
        for _ in range(r.randint(8, 10)):
            c.w(f"| ___ | {r.choice(('RN', 'PCA', 'visitor', 'MD', 'EVS', 'household'))} | ___ | ___ |\n")
        c.w("Line list owner: ___; reviewed by ___.\n")
    c.brk()


def _intro_age(c: _Ctx) -> list[Piece]:
    r = c.r
    return [
        *c.age(r.choice((" year old", "-year-old", " yo", " y/o"))),
        " ",
        r.choice(("woman", "man", "female", "male")),
    ]


# --------------------------------------------------------------------------------------------------
# Document builders (discharge-type)
# --------------------------------------------------------------------------------------------------


def _b_outbreak(c: _Ctx) -> None:
    r = c.r
    org, short, unit, source, spec, typing, prods = r.choice(_OUTBREAKS)
    c.w(
        c.s("ORGANIZATION", lambda rr: rr.choice(_HOSPITALS), p=0.5),
        " \u2014 Infection Prevention & Control\n",
        f"OUTBREAK INVESTIGATION SUMMARY ({r.choice(('interim', 'final', 'update #2', 'DRAFT'))})\n",
        f"Organism: {org}\nSetting: {unit}\nOpened: {_sdate(r)}    Status: {r.choice(('open', 'closed', 'monitoring'))}\n",
        "Lead: ",
        c.s("PERSON", p=0.5),
        _cred(r),
        "   pager ",
        c.s("PAGER", alt="___"),
        "\n",
    )
    c.brk()
    n = r.randint(3, 7)
    c.w(
        f"\nBackground:\nOn {_sdate(r, 3)} the microbiology laboratory alerted IP to {n} {short} isolates from "
        f"{unit} patients within 30 days, above the usual baseline of 0-1. The index patient, a ",
        *_intro_age(c),
        " admitted from ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_LTC), p=0.4),
        f", had {spec} positive on hospital day {r.randint(3, 12)}.\n",
    )
    c.brk()
    c.w(
        f"\nCase definition: a patient on {unit} with {short} from any clinical or surveillance specimen "
        f"collected >3 days after admission, {_sdate(r, 0)} onward.\n"
    )
    c.brk()
    c.w("\nCases:\n" + f"{'#':<3}{'Onset':<13}{'Unit':<14}{'Age':<5}{'Specimen':<22}Outcome\n")
    for k in range(1, n + 1):
        if c.take("AGE_OVER_89", 0.4):
            age: Piece = (_age(r), "AGE_OVER_89")
        else:
            age = r.choice(("___", str(r.randint(21, 88))))
        ag_txt = age[0] if isinstance(age, tuple) else age
        out = r.choice(("recovered", "discharged", "colonized only", "ICU transfer", "died"))
        c.w(
            f"{k:<3}{_sdate(r, 0):<13}{r.choice(_UNITS):<14}",
            age,
            " " * max(1, 5 - len(ag_txt)),
            f"{r.choice(('blood', 'urine', 'wound', 'rectal swab', 'sputum', 'stool', 'BAL')):<22}{out}",
        )
        if out == "died" and r.random() < 0.7:
            c.w(" ", c.date(p=0.5, masked=0.5))
        c.w("\n")
    c.brk()
    c.w(
        f"\nSource investigation:\nThe working hypothesis is transmission via {source}. Environmental cultures "
        f"were obtained; {typing}. Items and methods under review: {c.lk(prods[0])}; "
        f"{c.lk(prods[1])}.\n"
    )
    c.brk()
    c.w(
        "\nControl measures:\n- Contact precautions (enhanced) for all cases; cohorting with dedicated staff\n"
        f"- Admission and weekly point-prevalence screening on {unit}\n"
        f"- Removal of {source} from service pending cultures\n- Hand hygiene and environmental cleaning audits\n"
    )
    c.brk()
    c.w(
        "\nNotifications: reported to ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_HEALTH_DEPTS), p=0.6),
        f" and the state DPH on {_sdate(r)}; CDC consulted through the state ({_public(c)}).\n",
    )
    c.brk()
    if r.random() < 0.6:
        c.w("\n" + _filler(c) + "\n")
        c.brk()
    c.w(
        "\nPrepared by ",
        c.s("PERSON", p=0.6),
        _cred(r),
        " | ",
        c.s("EMAIL", alt="___"),
        f" | x{r.randint(2000, 7999)}\n",
    )
    c.brk()


def _b_line_list(c: _Ctx) -> None:
    r = c.r
    dis = r.choice(
        (
            "pulmonary TB (AFB smear 2+)",
            "measles",
            "pertussis",
            "invasive meningococcal disease",
            "varicella (disseminated zoster)",
            "scabies (crusted)",
            "COVID-19",
        )
    )
    c.w(
        "CONTACT INVESTIGATION \u2014 LINE LIST\nIndex case: ___  MRN ",
        c.s("MRN", p=0.6),
        f"  Dx: {dis}\nInfectious period: {_sdate(r, 0)} to {_sdate(r, 0)}   Exposure site: {r.choice(_UNITS)}, "
        f"{r.choice(_ROOMS)}\n",
        f"Exported from {c.lk(r.choice(('TheraDoc', 'Epi Info', 'WHONET')))} v{r.randint(3, 9)}.{r.randint(0, 9)} by ",
        c.s("PERSON", p=0.4),
        f" on {_sdate(r, 0)} {_stime(r)}\n",
    )
    c.brk()
    c.w(
        "\n| # | Name | Role | Age | Last exposure | Phone | Risk | Test | Plan |\n"
        "|---|------|------|-----|---------------|-------|------|------|------|\n"
    )
    rows = r.randint(6, 11)
    for k in range(1, rows + 1):
        role = r.choice(("RN", "PCA", "MD", "RT", "EVS", "visitor", "roommate", "household", "transport", "PT"))
        if c.take("AGE_OVER_89", 0.3):
            age: Piece = (_age(r), "AGE_OVER_89")
        else:
            age = r.choice(("___", str(r.randint(19, 88)), str(r.randint(19, 88))))
        test = r.choice(
            ("QFT-Plus baseline", "T-SPOT pending", "TST 0 mm", "IgG immune", "PCR neg", "n/a", "symptom screen")
        )
        c.w(
            f"| {k} | ",
            c.s("PERSON", lambda rr: _person(rr, rr.choice((0, 2, 3))), p=0.35),
            f" | {role} | ",
            age,
            " | ",
            c.date(p=0.25, masked=0.3),
            " | ",
            c.s("PHONE", p=0.3),
            f" | {r.choice(('high', 'medium', 'low'))} | {test} | "
            f"{r.choice(('repeat 8-10 wk', 'PEP given', 'furlough d5-21', 'monitor 21 d', 'none'))} |\n",
        )
    c.brk()
    if dis in ("measles", "pulmonary TB (AFB smear 2+)") and r.random() < 0.5:
        c.w(
            f"\nAir travel while infectious: flight {c.lk(r.choice(('DL', 'UA', 'B6', 'AA', 'WN')) + ' ' + str(r.randint(100, 2999)))}, "
            f"seat {c.lk(str(r.randint(3, 38)) + r.choice('ABCDEF'))}; aircraft tail number ",
            c.s(
                "VEHICLE_ID",
                lambda rr: (
                    f"N{rr.randint(10, 999)}{rr.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rr.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                ),
                p=0.8,
            ),
            ". Rows within 2 seats were passed to quarantine station staff.\n",
        )
        c.brk()
    if "TB" in dis:
        c.w(
            f"\nIndex smear method: {c.lk(r.choice(('Ziehl-Neelsen stain', 'Kinyoun stain')))}; culture on "
            f"{c.lk('Lowenstein-Jensen medium')} pending.\n"
        )
    c.w(
        f"\nSummary: {rows} contacts listed; {r.randint(0, 3)} symptomatic; {r.randint(0, 2)} converters to date. "
        f"Baseline testing uses {c.lk(r.choice(('QuantiFERON-TB Gold Plus', 'T-SPOT.TB')))}; prior positives get "
        "a symptom screen and CXR.\n"
    )
    c.brk()
    if r.random() < 0.5:
        c.w(
            "\nCommunity contacts were referred to ",
            c.s("ORGANIZATION", lambda rr: rr.choice(_HEALTH_DEPTS), p=0.6),
            "; the index case's workplace, ",
            c.s("ORGANIZATION", lambda rr: rr.choice(_COMMUNITY[7:18]), p=0.5),
            ", will be handled by the health department.\n",
        )
        c.brk()
    c.w("\n" + _filler(c) + "\n")
    c.brk()
    _sig(c)
    c.brk()


def _b_isolation_order(c: _Ctx) -> None:
    r = c.r
    typ, reason = r.choice(
        (
            ("Contact", "CRE (KPC) colonization"),
            ("Contact Plus / Enteric", "C. difficile infection"),
            ("Airborne", "r/o pulmonary TB, cavitary lesion on CT"),
            ("Droplet", "influenza A"),
            ("Airborne + Contact", "measles vs disseminated zoster"),
            ("Special Contact", "Candida auris screening positive"),
            ("Droplet", "pertussis PCR+"),
        )
    )
    c.w(
        f"ORDER: Isolation \u2014 {typ} Precautions\n",
        "Order #: ",
        c.s("ACCOUNT", lambda rr: f"ORD{rr.randint(10000000, 99999999)}", p=0.6),
        "   Status: Active   Priority: STAT\nPatient: ___   MRN: ",
        c.s("MRN", p=0.6),
        f"   Location: {r.choice(_UNITS)} {r.choice(_ROOMS)}\n",
        "Ordering provider: ",
        c.s("PERSON", p=0.5),
        r.choice((", MD", " MD", ", NP", ", PA-C")),
        "  NPI ",
        c.s("LICENSE", _npi, p=0.6),
        "\n",
    )
    c.brk()
    c.w(
        f"\nReason for isolation: {reason}\nOrganism flag added to problem list: Y\n"
        "Precautions:\n  [x] Gown and gloves on room entry\n"
        f"  [{'x' if 'Airborne' in typ else ' '}] N95 ({c.lk('3M 1870+ N95')}) or PAPR; AIIR with negative pressure verified\n"
        f"  [{'x' if 'Droplet' in typ else ' '}] Surgical mask within 6 feet\n"
        f"  [{'x' if 'Enteric' in typ else ' '}] Soap-and-water hand hygiene on exit; bleach-based cleaning\n"
        "  [x] Dedicated equipment\n"
    )
    c.brk()
    c.w(
        "\nDiscontinuation criteria: per IP; for MDRO contact precautions are continued for the admission. "
        f"{'Three negative AFB smears collected 8-24 h apart (at least one early morning).' if 'TB' in reason else ''}\n"
    )
    c.brk()
    c.w(
        "\nPatient/family education given. Visitors: limited, must wear PPE as posted. Transport: patient masked, "
        "receiving department notified.\n"
    )
    c.brk()
    c.w(
        "\n--- audit trail (pasted) ---\n",
        f"{_sdate(r, 0)} {_stime(r)}:{r.randint(10, 59)} ORDER ENTERED by ___ ws=",
        c.s("IP_ADDRESS", alt="___", p=0.7),
        "\n",
        f"{_sdate(r, 0)} {_stime(r)}:{r.randint(10, 59)} ORDER VERIFIED by ___, RN\n",
        f"{_sdate(r, 0)} {_stime(r)}:{r.randint(10, 59)} SIGN PLACED (STOP - {typ.upper()})\n",
    )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _filler(c) + "\n")
        c.brk()
    c.w("\nQuestions: Infection Prevention, pager ", c.s("PAGER", alt="___", p=0.6), " (24/7 on call)\n")
    c.brk()


def _b_nhsn_event(c: _Ctx) -> None:
    r = c.r
    ev, spec, crit = r.choice(
        (
            ("Bloodstream Infection (BSI) \u2014 CLABSI", "LCBI 1", "recognized pathogen from one blood culture"),
            (
                "Urinary Tract Infection (UTI) \u2014 CAUTI",
                "SUTI 1a",
                "IUC in place >2 days, fever >38.0 C, >=10^5 CFU/ml",
            ),
            ("Surgical Site Infection (SSI)", "Deep incisional SSI (DIP)", "purulent drainage from the deep incision"),
            ("MDRO/CDI LabID Event", "CDI LabID (HO)", "positive C. difficile toxin/PCR on unformed stool, day 4+"),
            ("Ventilator-Associated Event (VAE)", "IVAC", "sustained rise in FiO2 with new antimicrobial >= 4 days"),
        )
    )
    org = r.choice(
        (
            "Staphylococcus aureus (MRSA)",
            "Enterococcus faecium (VRE)",
            "Escherichia coli (ESBL)",
            "Klebsiella pneumoniae",
            "Candida parapsilosis",
            "Pseudomonas aeruginosa",
            "C. difficile",
        )
    )
    c.w(
        "NHSN Patient Safety Component \u2014 Event form (print view)\n",
        f"Event type: {ev}\nFacility: ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_HOSPITALS), p=0.5),
        "  (OrgID ___)\n",
        "Event #: ",
        c.s("ACCOUNT", lambda rr: str(rr.randint(1000000, 99999999)), p=0.6),
        "\n",
    )
    c.brk()
    c.w(
        "Patient ID: ",
        c.s("MRN", p=0.6),
        f"   Gender: {r.choice('FM')}   Date of birth: ",
        c.date(p=0.6, dob=True, masked=0.8),
        "\nEthnicity: ___  Race: ___\n",
        f"Event date: {_sdate(r, 0)}   Date admitted: {_sdate(r, 0)}\n"
        f"Location: {r.choice(_NHSN_LOC)}   Specific event: {spec}\n",
    )
    c.brk()
    c.w(
        f"Criterion: {crit}\nCentral line: {r.choice(('Y', 'N'))}  ({c.lk(r.choice(('Hickman line', 'Bard PowerPICC', 'Swan-Ganz catheter')))})   "
        f"Urinary catheter: {r.choice(('Y', 'N'))} ({c.lk('Foley catheter')})\n"
        f"Secondary BSI: {r.choice(('Y', 'N'))}   Died: {r.choice(('Y', 'N'))}   BSI contributed to death: N\n"
    )
    c.brk()
    c.w(f"\nPathogen 1: {org}\n| Drug | Result |\n|---|---|\n")
    for drug in r.sample(
        ("OXA", "VAN", "DAPTO", "LNZ", "CEFTRX", "MERO", "PIPTAZ", "CIPRO", "GENT", "FLUCO", "MICA", "CEFEP", "AMPSUL"),
        r.randint(4, 8),
    ):
        c.w(f"| {drug} | {r.choice('SSSIR')} |\n")
    if "BSI" in ev:
        c.w(
            f"Gram stain: {r.choice(('GPC in clusters', 'GNR', 'yeast', 'GPC in pairs/chains'))} "
            f"({c.lk('Gram stain')} read at {_stime(r)})\n"
        )
    c.w(
        f"Method: {c.lk(r.choice(('VITEK 2', 'MicroScan WalkAway', 'BD Phoenix', 'Kirby-Bauer disk diffusion', 'Etest')))}\n"
    )
    c.brk()
    c.w(
        "\nSpecimen: ",
        c.s("ACCOUNT", lambda rr: f"MB{rr.randint(10, 99)}-{rr.randint(100000, 999999)}", p=0.5),
        f" collected {_sdate(r, 0)} {_stime(r)}\n",
    )
    c.brk()
    c.w(
        "\nIP review: meets NHSN definition; no alternate primary site identified. Present on admission: N. "
        "Repeat infection timeframe checked.\n"
    )
    c.brk()
    if r.random() < 0.6:
        c.w("\n" + _filler(c) + "\n")
        c.brk()
    c.w("\nEntered by: ", c.s("PERSON", p=0.5), f" on {_sdate(r, 0)}   Reference: {_public(c)}\n")
    c.brk()


def _b_ph_notification(c: _Ctx) -> None:
    r = c.r
    dis = r.choice(
        (
            "Legionellosis",
            "Tuberculosis (suspected, smear+)",
            "Carbapenem-resistant Enterobacterales",
            "Candida auris",
            "Measles",
            "Invasive Group A Streptococcus",
            "Pertussis",
            "Salmonellosis",
            "Hepatitis A",
            "Mpox",
            "Meningococcal disease",
        )
    )
    c.w(
        "CONFIDENTIAL MORBIDITY REPORT \u2014 reportable condition\n",
        "To: ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_HEALTH_DEPTS), p=0.6),
        "  Fax: ",
        c.s("FAX", p=0.6),
        "\n",
        "From: Infection Prevention, ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_HOSPITALS), p=0.5),
        "  Phone: ",
        c.s("PHONE", p=0.6),
        f"\nCondition: {dis}   Date reported: {_sdate(r, 2)}\n",
    )
    c.brk()
    c.w(
        "\nPATIENT\nName: ___            Sex: ",
        r.choice(("F", "M", "X")),
        "   DOB: ",
        c.date(p=0.6, dob=True, masked=0.85),
        "   Age: ",
        *c.age("", p=0.6),
        "\n",
    )
    c.w(
        "Address: ",
        c.s("STREET_ADDRESS", p=0.6),
        "\nCity: ",
        c.s("LOCATION", p=0.6),
        "   State: ",
        c.lk(r.choice(_STATES)),
        "   ZIP: ",
        c.s("ZIP", p=0.6),
        "\nPhone: ",
        c.s("PHONE", p=0.3),
        "\n",
    )
    c.w(
        "Occupation/employer: ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_COMMUNITY[7:21]), p=0.4),
        "   School/child care: ",
        r.choice(("n/a", "___")),
        "\n",
    )
    c.w("Insurance member ID: ", c.s("HEALTH_PLAN", p=0.6), "   Group: ", c.lk(f"{r.randint(100000, 999999)}"), "\n")
    c.brk()
    c.w(
        f"\nCLINICAL\nOnset: {_sdate(r, 2)}   Hospitalized: Y   ICU: {r.choice('YN')}   Died: N\n"
        f"Travel in incubation period: {c.lk(r.choice(_COUNTRIES))}\n"
        f"Differential considered: {c.lk(r.choice(('Kawasaki disease', 'Guillain-Barre syndrome', 'Lemierre syndrome')))}"
        " (excluded)\n"
        "Lab: specimen ",
        c.s("ACCOUNT", p=0.6),
        f" collected {_sdate(r, 2)}; result: positive by "
        f"{c.lk(r.choice(('GeneXpert MTB/RIF', 'BioFire FilmArray', 'Carba NP', 'MALDI-TOF (Bruker Biotyper)')))}\n"
        "Isolate forwarded to the state public health laboratory: Y\n",
    )
    c.brk()
    c.w(
        "\nREPORTER\n",
        c.s("PERSON", p=0.6),
        _cred(r),
        "  NPI ",
        c.s("LICENSE", _npi, p=0.5),
        "\n",
        f"For after-hours reporting use the state epidemiology line; general information: {_public(c)}\n",
    )
    c.brk()
    if r.random() < 0.5:
        c.w("\n" + _filler(c) + "\n")
        c.brk()


def _b_env_culture(c: _Ctx) -> None:
    r = c.r
    ev = r.randrange(3)
    c.w(
        "ENVIRONMENTAL MICROBIOLOGY REPORT\n",
        "Requisition: ",
        c.s("ACCOUNT", lambda rr: f"RQ{rr.randint(100, 999)}E{rr.randint(1000, 9999)}", p=0.6),
        "   Requested by: ",
        c.s("PERSON", p=0.5),
        f" (Infection Prevention)\nReceived: {_sdate(r, 0)} {_stime(r)}\n",
    )
    c.brk()
    if ev == 0:
        c.w(
            "Event: Legionella sampling (water management programme, post-case)\n\n"
            "| Site | Sample | Method | Result | Action level |\n|---|---|---|---|---|\n"
        )
        for _ in range(r.randint(5, 8)):
            site = (
                f"{r.choice(('Sink', 'Shower', 'Ice machine', 'Eyewash', 'Tap'))} {r.choice(_UNITS)} {r.choice(_ROOMS)}"
            )
            res = r.choice(
                (
                    "ND (<10 CFU/L)",
                    f"{r.randint(10, 900)} CFU/L L. pneumophila sg 1",
                    "ND",
                    f"{r.randint(10, 90)} CFU/L L. anisa",
                )
            )
            c.w(
                f"| {site} | 1 L {r.choice(('hot', 'cold', 'first-draw'))} | {c.lk('BCYE agar')} | {res} | >10 CFU/L |\n"
            )
    elif ev == 1:
        model = c.lk(r.choice(("Olympus TJF-Q190V", "Pentax ED34-i10T2")))
        c.w(
            "Event: duodenoscope surveillance culture (post-reprocessing)\n\n",
            f"Scope model: {model}  serial ",
            c.s("DEVICE_ID", p=0.7),
            f"\nReprocessor: {c.lk(r.choice(('Medivators Advantage Plus', 'Steris System 1E')))}  "
            f"detergent lot {c.lk(_lot(r))} ({c.lk(_expiry(r))})\n"
            f"Channel flush-brush-flush sample: {r.choice(('no growth', '<10 CFU low-concern organisms', 'K. pneumoniae 30 CFU'))}\n"
            f"Distal tip / elevator swab: {r.choice(('no growth', 'coagulase-negative staphylococci 2 CFU', 'no growth'))}\n",
        )
    else:
        c.w(
            "Event: post-construction air and surface sampling (ICRA class IV)\n\n"
            f"{'Location':<24}{'Particles 0.5um/ft3':<22}{'Fungal CFU/m3':<15}Pressure\n"
        )
        for _ in range(r.randint(4, 7)):
            c.w(
                f"{r.choice(_UNITS) + ' ' + r.choice(_ROOMS):<24}{r.randint(100, 90000):<22}{r.randint(0, 40):<15}"
                f"{r.choice(('negative', 'positive', 'neutral'))}\n"
            )
        c.w(
            f"Heater-cooler in OR 6 ({c.lk('LivaNova Stockert 3T')}) SN ",
            c.s("DEVICE_ID", p=0.6),
            f": water culture {r.choice(('no AFB', 'M. chimaera isolated', 'pending'))}\n",
        )
    c.brk()
    c.w(
        f"\nComments: results interpreted against the facility action levels; see IP plan. "
        f"Media QC acceptable. Instrument: {c.lk(r.choice(('MALDI-TOF (Bruker Biotyper)', 'VITEK 2')))}\n"
    )
    c.brk()
    c.w(
        "\nCritical result called to ",
        c.s("PERSON", p=0.5),
        " at ",
        c.s("PHONE", p=0.5),
        f" on {_sdate(r, 3)} {_stime(r)}; read back.\n",
    )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _filler(c) + "\n")
        c.brk()
    c.w("\nMicrobiology Laboratory \u2014 Environmental Section; technologist ___, MT(ASCP)\n")
    c.brk()


def _b_surveillance(c: _Ctx) -> None:
    r = c.r
    c.w(
        c.s("ORGANIZATION", lambda rr: rr.choice(_HOSPITALS), p=0.5),
        "\nHEALTHCARE-ASSOCIATED INFECTION SURVEILLANCE REPORT\n",
        f"Period: {r.choice(_MONTH)} {r.randint(2101, 2199)}   Data source: {c.lk('TheraDoc')} / ADT   "
        f"Report run {_sdate(r, 0)} {_stime(r)} from ",
        c.s("IP_ADDRESS", alt="host ___", p=0.6),
        "\n",
    )
    c.brk()
    c.w("\n" + f"{'Unit':<14}{'Pt days':>8}{'CL days':>9}{'CLABSI':>8}{'UC days':>9}{'CAUTI':>7}{'CDI':>5}{'SIR':>7}\n")
    for u in r.sample(_UNITS, r.randint(5, 8)):
        pd = r.randint(300, 2200)
        c.w(
            f"{u:<14}{pd:>8}{r.randint(50, pd):>9}{r.randint(0, 2):>8}{r.randint(30, pd):>9}{r.randint(0, 2):>7}"
            f"{r.randint(0, 3):>5}{r.uniform(0, 2.2):>7.2f}\n"
        )
    c.brk()
    c.w(
        f"\nSIRs use the {c.lk(str(r.choice((2015, 2022))) + ' NHSN baseline')}; 95% CIs by {c.lk('Poisson regression')}. "
        f"MDRO trend: {r.randint(2, 14)} hospital-onset MRSA, {r.randint(0, 6)} VRE, {r.randint(0, 3)} CRE. "
        f"Top contributors shown in a {c.lk('Pareto chart')} (slide 4).\n"
    )
    c.brk()
    c.w("\nCase detail (events this period):\n")
    for _ in range(r.randint(2, 4)):
        c.w(
            "  - ",
            c.s("MRN", alt="___", p=0.4),
            f"  {r.choice(('CLABSI', 'CAUTI', 'CDI-HO', 'SSI-COLO', 'VAE'))}  {r.choice(_UNITS)}  {_sdate(r, 0)}  ",
            *c.age(" y", p=0.3),
            "  ",
            r.choice(("line days 9", "UC day 5", "stool day 6", "POD 12", "vent day 4")),
            "\n",
        )
    c.brk()
    c.w(
        "\nActions: CLABSI bundle audits on units with events; CAUTI: nurse-driven catheter removal protocol "
        f"re-launched; CDI: test stewardship (no testing if laxatives in 48 h, {c.lk('Bristol stool type 7')} only).\n"
    )
    c.brk()
    c.w("\n" + _filler(c) + "\n")
    c.brk()
    c.w(
        "\nDistribution: Infection Control Committee; Quality & Patient Safety. Dashboard: ",
        c.s("URL", alt="(intranet link masked)", p=0.6),
        "\nPrepared by ",
        c.s("PERSON", p=0.5),
        _cred(r),
        "\n",
    )
    c.brk()


_COMPLAINT = {
    "Clostridioides": "diarrhea",
    "KPC-producing": "rigors",
    "Pulmonary": "cough, weight loss",
    "Influenza": "fever, cough",
    "Invasive": "neutropenic fever",
}


def _b_iso_discharge(c: _Ctx) -> None:
    r = c.r
    dx, course, iso = r.choice(
        (
            (
                "Clostridioides difficile colitis, recurrent",
                f"Treated with {c.lk('Dificid')} 200 mg BID x10 days; "
                f"{c.lk('Zinplava')} discussed. Kept on Contact Plus precautions throughout.",
                "Contact Plus",
            ),
            (
                "KPC-producing Klebsiella pneumoniae bacteremia, line-associated",
                f"Line removed; treated with "
                f"{c.lk(r.choice(('Avycaz', 'Vabomere', 'Fetroja')))}; repeat blood cultures negative x2.",
                "Contact",
            ),
            (
                "Pulmonary tuberculosis, smear positive",
                "RIPE started; airborne isolation in an AIIR until 3 negative "
                f"smears; {c.lk('GeneXpert MTB/RIF')} negative for rifampin resistance.",
                "Airborne",
            ),
            (
                "Influenza A with secondary pneumonia",
                f"{c.lk('Tamiflu')} 75 mg BID x5 days; droplet precautions for 7 days.",
                "Droplet",
            ),
            (
                "Invasive pulmonary aspergillosis after BMT",
                f"Voriconazole then {c.lk('Cresemba')}; serum {c.lk('Platelia Aspergillus')} index trending down.",
                "Protective environment",
            ),
        )
    )
    c.w(
        "Name:  ___                 Unit No:   ",
        c.s("MRN", p=0.5),
        "\n\nAdmission Date:  ___              Discharge Date:   ___\n\nDate of Birth:  ",
        c.date(p=0.5, dob=True, masked=0.9),
        f"             Sex:   {r.choice('FM')}\n\nService: MEDICINE\n\nAllergies:\n"
        f"{r.choice(('No Known Allergies / Adverse Drug Reactions', 'penicillins', 'sulfa'))}\n\nAttending: ",
        c.s("PERSON", p=0.5),
        ".\n",
    )
    c.brk()
    c.w(
        f"\nChief Complaint:\n{_COMPLAINT.get(dx.split()[0], 'fever')}\n\nHistory of Present Illness:\n"
        "Ms./Mr. ___ is a ",
        *c.age(r.choice((" year old", "-year-old", " yo"))),
        " with ",
        r.choice(("ESRD on HD", "COPD", "AML s/p BMT", "recent hospitalization", "dementia")),
        " admitted from ",
        c.s("ORGANIZATION", lambda rr: rr.choice(_LTC), p=0.4),
        f" with {dx[0].lower() + dx[1:]}.\n",
    )
    c.brk()
    c.w(
        f"\nBrief Hospital Course:\n{course} Infection Prevention followed; isolation status: {iso}. "
        f"Hand hygiene with soap and water emphasised to family.\n"
    )
    c.brk()
    if r.random() < 0.4:
        c.w("\nCase management: OPAT / home infusion approved by ___; member ", c.s("HEALTH_PLAN", p=0.8), ".\n")
        c.brk()
    c.w(
        "\nDischarge Disposition:\n",
        r.choice(("Extended Care", "Home With Service", "Home")),
        "\nFacility:\n",
        c.s("ORGANIZATION", lambda rr: rr.choice(_LTC), p=0.4),
        "\n\nDischarge Diagnosis:\n",
        dx,
        "\n",
    )
    c.brk()
    c.w(
        "\nDischarge Instructions:\nYou were in isolation because of an infection that can spread to others. "
        "Please tell any future healthcare provider. If you have questions call the clinic at ",
        c.s("PHONE", p=0.5),
        ".\n\nFollowup Instructions:\n",
        "Dr. ",
        c.s("PERSON", lambda rr: rr.choice(_FAMILY), p=0.4),
        f" (ID clinic) in {r.randint(1, 4)} weeks; ___\n",
    )
    c.brk()
    if r.random() < 0.5:
        c.w("\n" + _filler(c) + "\n")
        c.brk()


def _b_exposure(c: _Ctx) -> None:
    r = c.r
    dis, pep = r.choice(
        (
            ("measles", "MMR within 72 h or IG within 6 days; furlough days 5-21"),
            ("pertussis", "azithromycin 500 mg day 1 then 250 mg daily x4"),
            ("meningococcal disease", "ciprofloxacin 500 mg PO x1"),
            ("pulmonary TB", f"baseline {c.lk('QuantiFERON-TB Gold Plus')} and repeat at 8-10 weeks"),
            ("varicella", "titer; furlough days 8-21 if non-immune"),
            ("bloodborne pathogen (needlestick)", "source testing; PEP started within 2 h"),
        )
    )
    c.w(
        "OCCUPATIONAL HEALTH \u2014 EXPOSURE WORK-UP\n",
        f"Employee: ___   Employee ID: ___   Dept: {r.choice(('Nursing', 'Radiology', 'Emergency Department', 'Environmental Services', 'Respiratory Therapy', 'Transport'))}\n",
        f"Exposure: unprotected contact with a patient with {dis} on {_sdate(r, 0)} ({r.choice(_UNITS)})\n",
    )
    c.brk()
    c.w(
        "\nHistory: staff member, ",
        *c.age(r.choice((" y/o", "-year-old"))),
        f", was within 6 feet for ~{r.randint(5, 60)} "
        f"minutes without a respirator. Immunization record: {r.choice(('2 MMR documented', 'no records', 'Tdap 2 yrs ago', 'varicella IgG positive'))}.\n",
    )
    c.brk()
    c.w(f"\nPlan / PEP: {pep}. Symptom monitoring with daily check-ins. Work restriction letter issued.\n")
    c.brk()
    if r.random() < 0.6:
        c.w(
            "\nEMS notification: the patient arrived by ambulance (run no. ",
            c.s("ACCOUNT", lambda rr: f"{rr.randint(2100, 2199)}-{rr.randint(10000, 99999)}", p=0.5),
            ", unit plate ",
            c.s("VEHICLE_ID", _vehicle_plate, p=0.7),
            "); the crew from ",
            c.s(
                "ORGANIZATION",
                lambda rr: rr.choice(
                    (
                        "Upper Dunmore Fire Department",
                        "Marlowe Police Department",
                        "Glenrock Ambulance Service",
                        "Calder County EMS",
                    )
                ),
                p=0.5,
            ),
            " was notified under the Ryan White provisions.\n",
        )
        c.brk()
    if r.random() < 0.4:
        c.w(
            "\nContract staff: employed by ",
            c.s(
                "ORGANIZATION",
                lambda rr: rr.choice(
                    ("Northstar Travel Nursing", "Beacon Staffing Partners", "Keystone Agency Nurses")
                ),
                p=0.6,
            ),
            "; agency notified for follow-up; home phone ",
            c.s("PHONE", p=0.5),
            ".\n",
        )
        c.brk()
    c.w("\n" + _filler(c) + "\n")
    c.brk()
    c.w(
        "\nClinician: ",
        c.s("PERSON", p=0.5),
        r.choice((", NP", ", MD", " PA-C")),
        "   Lic. ",
        c.s("LICENSE", lambda rr: str(rr.randint(100000, 299999)), p=0.6),
        "\nEmployee Health Services\n",
    )
    c.brk()


def _b_ip_consult(c: _Ctx) -> None:
    r = c.r
    q = r.choice(
        (
            "Can contact precautions for MRSA be discontinued?",
            "Is this CLABSI reportable?",
            "Patient with C. auris: room placement and cleaning?",
            "Isolation for suspected TB?",
            "Device review: PICC day 23, fevers",
        )
    )
    c.w(
        f"INFECTION PREVENTION CONSULT NOTE\nDate: {_sdate(r, 0)}   Requested by: ",
        c.s("PERSON", p=0.4),
        f" (primary team)\nQuestion: {q}\nPatient: ___  MRN ",
        c.s("MRN", p=0.4),
        f"  {r.choice(_UNITS)} {r.choice(_ROOMS)}\n",
    )
    c.brk()
    c.w(
        "\nHPI: ",
        *_intro_age(c),
        f" with {r.choice(('PICC for OPAT', 'tunneled HD catheter', 'Foley since admission', 'recent ICU stay'))}. "
        f"Relevant micro: {r.choice(('MRSA nares PCR +', 'C. auris axilla/groin +', 'AFB smear 1+', 'blood cx GPC in clusters 2/2'))}.\n",
    )
    c.brk()
    c.w(
        f"\nDevices: {c.lk(r.choice(('Bard PowerPICC', 'Hickman line', 'BD Nexiva', 'Foley catheter')))} (insertion day ~{r.randint(3, 30)}); "
        f"dressing {r.choice(('CDI', 'soiled, changed', 'CHG-impregnated, intact'))}; needleless connectors with "
        f"{c.lk('Curos disinfecting cap')}. Pump: serial ",
        c.s("DEVICE_ID", p=0.5),
        ".\n",
    )
    c.brk()
    c.w(
        f"\nAssessment/Recommendations:\n1. {r.choice(('Continue contact precautions for the admission.', 'Airborne isolation in AIIR until 3 negative AFB smears.', 'Meets LCBI 1; will report to NHSN.', 'Private room, sporicidal daily clean, dedicated equipment.'))}\n"
        f"2. Daily CHG bathing ({c.lk(r.choice(('Hibiclens', 'ChloraPrep')))}); remove device when no longer needed.\n"
        "3. Notify receiving facility of MDRO status on transfer.\n"
    )
    if r.random() < 0.5:
        c.w(
            f"4. {r.choice(('If S. aureus bacteremia persists, TEE to apply the ', 'Endocarditis work-up per the '))}"
            f"{c.lk('Duke criteria')}; {r.choice(('for the LTCF transfer, antibiotics only if ', 'UTI at the LTCF judged by '))}"
            f"{c.lk('Loeb criteria')}.\n"
        )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _filler(c) + "\n")
        c.brk()
    _sig(c)
    c.brk()


# --------------------------------------------------------------------------------------------------
# Document builders (radiology-type)
# --------------------------------------------------------------------------------------------------


def _rad_head(c: _Ctx, exam: str, indication: list[Piece]) -> None:
    r = c.r
    c.w(f"EXAMINATION:  {exam}\n\n", "INDICATION:  ", *indication, "\n\n")
    if r.random() < 0.4:
        c.w(
            "Accession: ",
            c.s("ACCOUNT", lambda rr: f"{rr.choice(('CT', 'CR', 'MR', 'US'))}{rr.randint(1000000, 9999999)}", p=0.5),
            "\n",
        )
    c.brk()


def _rad_tail(c: _Ctx, impression: str) -> None:
    r = c.r
    c.w(f"\nIMPRESSION:\n\n{impression}\n")
    c.brk()
    if r.random() < 0.6:
        c.w(
            "\nNOTIFICATION:  The findings were discussed by Dr. ___ with ",
            c.s("PERSON", p=0.5),
            f" (Infection Control) by telephone on {_sdate(r, 0)} at {_stime(r)}, "
            f"{r.randint(2, 55)} minutes after discovery.\n",
        )
        c.brk()
    if r.random() < 0.3:
        c.w("\nRadiologist: ", c.s("PERSON", p=0.5), ", MD   Pager ", c.s("PAGER", alt="___", p=0.6), "\n")
        c.brk()


def _b_cxr_tb(c: _Ctx) -> None:
    r = c.r
    _rad_head(
        c,
        "CHEST (PA AND LAT)",
        [
            *c.age(r.choice((" year old", "-year-old"))),
            " ",
            r.choice(("woman", "man")),
            f", {r.choice(('household', 'workplace', 'ward'))} contact of a smear-positive TB case, new positive "
            f"{c.lk(r.choice(('QuantiFERON-TB Gold Plus', 'T-SPOT.TB', 'Mantoux')))}. Evaluate for active disease. "
            "Referred by ",
            c.s("ORGANIZATION", lambda rr: rr.choice(_HEALTH_DEPTS), p=0.4),
            " TB clinic.",
        ],
    )
    c.w(
        f"\nTECHNIQUE:  PA and lateral views of the chest.\n\nCOMPARISON:  {r.choice(('None.', _sdate(r, 0), 'Outside film, report only.'))}\n"
    )
    c.brk()
    f = r.choice(
        (
            f"A calcified left hilar node with a small calcified peripheral nodule suggests a healed {c.lk('Ranke complex')}.",
            f"A calcified right mid-lung granuloma, compatible with a remote {c.lk('Ghon complex')}; no cavitation.",
            "Patchy nodular opacities in the right apex with a 1.4 cm cavity, concerning for active tuberculosis.",
            "No focal consolidation, cavitation, hilar adenopathy or pleural effusion.",
        )
    )
    c.w(
        f"\nFINDINGS:\n\n{f} The cardiomediastinal silhouette is normal. No pneumothorax. "
        f"{r.choice(('No ' + c.lk('Kerley B lines') + '.', 'Osseous structures intact.', 'Degenerative change in the thoracic spine.'))}\n"
    )
    c.brk()
    c.w("\n" + _rad_filler(c) + "\n")
    c.brk()
    _rad_tail(
        c,
        r.choice(
            (
                "No radiographic evidence of active pulmonary tuberculosis.",
                "Right apical cavitary opacity; recommend sputum AFB x3 and airborne isolation.",
                "Findings of prior granulomatous infection; no active disease.",
            )
        ),
    )


def _b_ct_mold(c: _Ctx) -> None:
    r = c.r
    _rad_head(
        c,
        "CT CHEST W/O CONTRAST",
        [
            *c.age(" year old"),
            " ",
            r.choice(("man", "woman")),
            f" with AML s/p allo-BMT, neutropenic fever; IP asks for imaging in the setting of a cluster of invasive "
            f"mould infections on the BMT unit during adjacent construction. Serum {c.lk('Fungitell')} positive.",
        ],
    )
    c.w(
        f"\nTECHNIQUE:  Helical CT of the chest without contrast on a {c.lk(r.choice(('Siemens SOMATOM Force', 'GE Revolution CT', 'Philips Ingenuity')))}; "
        f"DLP {r.randint(120, 480)} mGy-cm.\n\nCOMPARISON:  {_sdate(r, 0)}\n"
    )
    c.brk()
    c.w(
        f"\nFINDINGS:\n\nLungs: {r.randint(2, 6)} nodules up to {r.randint(8, 31)} mm, the largest in the "
        f"{r.choice(('right upper', 'left lower', 'lingula', 'right middle'))} lobe with a surrounding halo of ground glass "
        f"(halo sign). {r.choice(('An air crescent is forming.', 'No cavitation.', 'Reverse halo sign in one lesion.'))} "
        f"Attenuation of the nodule {r.randint(20, 45)} {c.lk('Hounsfield units')}.\nPleura: no effusion.\n"
        f"Mediastinum: no adenopathy. Central line tip at the cavoatrial junction.\n"
    )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _rad_filler(c) + "\n")
        c.brk()
    _rad_tail(
        c,
        "Multiple nodules with halo sign, compatible with angioinvasive fungal infection (aspergillosis) in "
        f"this host. Recommend BAL with galactomannan and culture ({c.lk('Sabouraud agar')}). "
        + r.choice(("", f"Not meeting {c.lk('Fleischner criteria')} population (immunocompromised).")),
    )


def _b_cxr_aiir(c: _Ctx) -> None:
    r = c.r
    _rad_head(
        c,
        "CHEST (PORTABLE AP)",
        [
            *c.age(r.choice((" yo", " y/o", " year old"))),
            " ",
            r.choice(("M", "F")),
            f" on airborne precautions for {r.choice(('r/o TB', 'measles', 'disseminated zoster', 'COVID-19 on AGP'))}; "
            "hypoxia.",
        ],
    )
    c.w(
        f"\nTECHNIQUE:  Single portable AP view obtained in negative-pressure room ({r.choice(_ROOMS)}); the technologist "
        f"wore an N95 ({c.lk('3M 1870+ N95')}). Portable unit {c.lk('GE AMX Navigate')}, serial ",
        c.s("DEVICE_ID", p=0.6),
        f", wiped with {c.lk(r.choice(('Super Sani-Cloth', 'Oxivir Tb')))} after the study.\n\nCOMPARISON:  {_sdate(r, 0)}\n",
    )
    c.brk()
    c.w(
        f"\nFINDINGS:\n\n{r.choice(('Bilateral patchy peripheral opacities.', 'Right upper lobe consolidation with possible cavitation.', 'Diffuse reticulonodular opacities.', 'Lungs are clear.'))} "
        f"{r.choice(('ET tube 4 cm above the carina.', 'NG tube below the diaphragm.', 'No lines or tubes.'))} "
        f"{r.choice(('No pneumothorax.', 'Small left effusion.'))} Heart size normal.\n"
    )
    c.brk()
    if r.random() < 0.8:
        c.w("\n" + _rad_filler(c) + "\n")
        c.brk()
    _rad_tail(
        c,
        r.choice(
            (
                "Multifocal opacities, infectious process favored.",
                "Right upper lobe consolidation; correlate with AFB smears. Continue airborne isolation.",
                "No acute cardiopulmonary process.",
            )
        ),
    )


def _b_mri_spine(c: _Ctx) -> None:
    r = c.r
    _rad_head(
        c,
        "MR L SPINE W/ AND W/O CONTRAST",
        [
            *c.age(" year old"),
            f" with back pain and fever {r.randint(2, 9)} weeks after an epidural steroid injection at ",
            c.s(
                "ORGANIZATION",
                lambda rr: rr.choice(
                    ("Corwin Pain & Spine Associates", "Foxhall Family Practice", "Lindale Heights Medical Center")
                ),
                p=0.5,
            ),
            "; patient is part of a cluster under investigation by the health department. Evaluate for epidural abscess.",
        ],
    )
    c.w(
        f"\nTECHNIQUE:  Sagittal T1, T2, STIR and axial T2 images, then post-contrast T1 after "
        f"{r.randint(5, 10)} mL {c.lk('Gadavist')}.\n\nCOMPARISON:  None.\n"
    )
    c.brk()
    c.w(
        f"\nFINDINGS:\n\nAt L{r.randint(3, 4)}-L{r.randint(4, 5)} there is a rim-enhancing dorsal epidural collection measuring "
        f"{r.randint(8, 40)} x {r.randint(5, 15)} mm with mild thecal sac compression. Enhancement of the facet joint and "
        f"paraspinal muscles. No discitis-osteomyelitis; no vertebral collapse to suggest "
        f"{c.lk('Pott disease')}. Conus terminates normally.\n"
    )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _rad_filler(c) + "\n")
        c.brk()
    _rad_tail(
        c,
        "Dorsal epidural abscess with septic facet arthritis at the injection level. Findings reported to "
        f"IP for the cluster investigation; CDC guidance at {_public(c)}.",
    )


def _b_us_picc(c: _Ctx) -> None:
    r = c.r
    side = r.choice(("RIGHT", "LEFT"))
    _rad_head(
        c,
        f"UNILAT UP EXT VEINS US {side}",
        [
            *c.age(r.choice((" year old", "-year-old"))),
            f" with {c.lk('Bard PowerPICC')} in the {side.lower()} basilic vein, arm swelling and S. aureus bacteremia. "
            "IP review of a possible CLABSI (NHSN event ",
            c.s("ACCOUNT", lambda rr: str(rr.randint(1000000, 99999999)), p=0.6),
            ").",
        ],
    )
    c.w(
        "\nTECHNIQUE:  Grey-scale, color and spectral Doppler of the upper extremity veins.\n"
        f"Catheter: 5 Fr dual lumen, REF {c.lk(f'{r.randint(3000000, 9999999)}')}, lot {c.lk(_lot(r))}; UDI serial ",
        c.s("DEVICE_ID", p=0.5),
        ".\n\nCOMPARISON:  None.\n",
    )
    c.brk()
    c.w(
        f"\nFINDINGS:\n\n{r.choice(('Occlusive', 'Non-occlusive'))} thrombus surrounds the catheter in the basilic and "
        f"{r.choice(('brachial', 'axillary'))} veins. The internal jugular and subclavian veins are compressible with normal "
        f"flow. {r.choice(('Perivenous fluid suggests septic thrombophlebitis.', 'No perivenous fluid collection.'))}\n"
    )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _rad_filler(c) + "\n")
        c.brk()
    _rad_tail(
        c,
        f"Catheter-associated {r.choice(('occlusive', 'non-occlusive'))} thrombosis of the {side.lower()} upper "
        f"extremity. Not to be confused with {c.lk('Lemierre syndrome')} (internal jugular), which is absent.",
    )


def _b_ct_cdiff(c: _Ctx) -> None:
    r = c.r
    _rad_head(
        c,
        "CT ABD & PELVIS WITH CONTRAST",
        [
            *c.age(r.choice((" year old", " yo"))),
            " ",
            r.choice(("woman", "man")),
            f", {c.lk('Cepheid Xpert C. difficile')} positive, WBC {r.randint(15, 42)}, distension. Patient on a unit with a "
            "C. difficile cluster (ribotype 027). Eval for toxic megacolon.",
        ],
    )
    c.w(
        f"\nTECHNIQUE:  MDCT after {r.randint(80, 120)} mL {c.lk(r.choice(('Omnipaque 350', 'Isovue-370')))} IV; oral contrast "
        "not given.\n\nCOMPARISON:  ___\n"
    )
    c.brk()
    c.w(
        f"\nFINDINGS:\n\nColon: diffuse wall thickening up to {r.randint(8, 18)} mm with the accordion sign, "
        f"{r.choice(('pancolonic', 'left-sided', 'rectosigmoid predominant'))}. Transverse colon {r.randint(4, 9)} cm. "
        f"{r.choice(('No pneumatosis.', 'No free air.', 'Small volume ascites.'))}\nLiver, spleen, kidneys: unremarkable. "
        f"{c.lk('Foley catheter')} in the bladder.\n"
    )
    c.brk()
    if r.random() < 0.7:
        c.w("\n" + _rad_filler(c) + "\n")
        c.brk()
    _rad_tail(
        c,
        r.choice(
            (
                "Pancolitis compatible with C. difficile infection; no toxic megacolon.",
                "Colitis with transverse colon dilation to the upper limit; toxic megacolon not excluded.",
            )
        ),
    )


# --------------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_Ctx], None]]] = {
    "outbreak_investigation": ("discharge", _b_outbreak),
    "contact_line_list": ("discharge", _b_line_list),
    "isolation_order": ("discharge", _b_isolation_order),
    "nhsn_event_form": ("discharge", _b_nhsn_event),
    "public_health_notification": ("discharge", _b_ph_notification),
    "environmental_culture": ("discharge", _b_env_culture),
    "surveillance_report": ("discharge", _b_surveillance),
    "isolation_discharge_summary": ("discharge", _b_iso_discharge),
    "occupational_exposure": ("discharge", _b_exposure),
    "ip_consult": ("discharge", _b_ip_consult),
    "cxr_tb_contact": ("radiology", _b_cxr_tb),
    "ct_chest_mould_cluster": ("radiology", _b_ct_mold),
    "portable_cxr_aiir": ("radiology", _b_cxr_aiir),
    "mri_spine_injection_cluster": ("radiology", _b_mri_spine),
    "us_upper_ext_clabsi": ("radiology", _b_us_picc),
    "ct_abdomen_cdiff_cluster": ("radiology", _b_ct_cdiff),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DISCHARGE_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "discharge")
_RADIOLOGY_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "radiology")

# category weights (sum 100) mapped through a Weyl sequence
_CAT_WEIGHTS = (
    ("PERSON", 15),
    ("ORGANIZATION", 9),
    ("DATE_REAL_YEAR", 9),
    ("LOCATION", 7),
    ("PHONE", 6),
    ("MRN", 5),
    ("ACCOUNT", 6),
    ("STREET_ADDRESS", 4),
    ("ZIP", 4),
    ("AGE_OVER_89", 4),
    ("FAX", 3),
    ("PAGER", 3),
    ("EMAIL", 4),
    ("URL", 3),
    ("IP_ADDRESS", 2),
    ("SSN", 2),
    ("HEALTH_PLAN", 3),
    ("LICENSE", 4),
    ("DEVICE_ID", 4),
    ("VEHICLE_ID", 3),
)
_PHI = 0.6180339887498949
_SQ2 = 0.4142135623730951
_SQ3 = 0.7320508075688772
_SQ5 = 0.2360679774997898
_PLANT_P = 0.612


def _cat_of(u: float) -> str:
    acc = 0
    for cat, w in _CAT_WEIGHTS:
        acc += w
        if u * 100 < acc:
            return cat
    return _CAT_WEIGHTS[-1][0]


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 3 * seed) % 20 == 11


def _has_plants(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and (seed * _SQ3 + i * _SQ2) % 1.0 < _PLANT_P


def planted_categories(seed: int, i: int) -> list[str]:
    """The categories planted in note ``i`` (empty for unplanted and heavy notes): 1-4 of them, each
    drawn from a Weyl sequence over the note index so that per-category totals are stable."""
    if not _has_plants(seed, i):
        return []
    m = random.Random(f"h49-m:{seed}:{i}").choices((1, 2, 3, 4), weights=(40, 32, 18, 10))[0]
    return [_cat_of((seed * _SQ5 + (4 * i + j) * _PHI) % 1.0) for j in range(m)]


def document_kind(seed: int, i: int) -> str:
    kr = random.Random(f"h49-kind:{seed}:{i}")
    pool = _RADIOLOGY_KINDS if kr.random() < 0.45 else _DISCHARGE_KINDS
    return kr.choice(pool)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"h49:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(seed, i)
    c = _Ctx(r, planted_categories(seed, i), heavy)
    c.brk()
    if heavy:
        _heavy_block(c)
    builder(c)
    # identifiers with no natural slot left go in as addenda, pasted lines, table rows ...
    inserts: list[tuple[int, list[Piece]]] = []
    cands = c.breaks[1:] or c.breaks
    while c.pending:
        cat = c.pending.pop(0)
        inserts.append((r.choice(cands), _SNIPPETS[cat](c)))
    # pad short notes with clinical filler before the last block
    text_len = sum(len(p if isinstance(p, str) else p[0]) for p in c.pieces) + sum(
        len(p if isinstance(p, str) else p[0]) for _, ps in inserts for p in ps
    )
    pad_at = c.breaks[-2] if len(c.breaks) > 1 else len(c.pieces)
    target = r.randint(1150, 1500)
    while text_len < target:
        para = "\n" + (_rad_filler(c) if note_type == "radiology" else _filler(c)) + "\n"
        inserts.append((pad_at, [para]))
        text_len += len(para)
    for at, ps in sorted(inserts, key=lambda t: t[0], reverse=True):
        c.pieces[at:at] = ps
    text, spans = c.assemble()
    looks = [x for x in dict.fromkeys(c.looks) if x in text]
    return LabelledNote(note_type, text, spans), looks, ("heavy" if heavy else "normal")


def holdout49_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout49_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout49_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout49_corpus,
        argv,
        "Held-out corpus 49 (infection prevention and hospital epidemiology): detector "
        "recall/precision on blind-written notes",
    )
    holdout_measure.report("holdout49", args, notes, hits, res)


if __name__ == "__main__":
    main()
