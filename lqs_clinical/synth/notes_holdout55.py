"""Held-out corpus 55: occupational health and workers' compensation.

Document kinds (note_type "discharge"): employee health clinic visit, pre-placement physical,
DOT/commercial driver medical exam summary, drug and alcohol testing chain-of-custody / MRO summary,
workers' compensation first report of injury, independent medical examination (IME), return-to-work and
work-restriction letter, OSHA 300-log style recordkeeping entry, impairment rating (AMA Guides),
nurse case manager telephonic log, adjuster letter / employer correspondence. (note_type "radiology",
i.e. diagnostic reports): ILO B-reader chest radiograph, MRI for a compensation claim, extremity
radiograph after a work injury, hearing-conservation audiogram, quantitative/qualitative respirator fit
test record, surveillance spirometry.

The text is MIMIC-IV-Note shaped: most identifiers are ``___``; unmasked dates are shifted into
2100-2199 and never labelled. About 58% of notes carry 1-4 identifiers that escaped masking (which
slot of a 100-slot pattern a note falls in decides planted / clean / heavy, so exactly 5% of notes are
heavy: many ``___`` and no plants; a second 100-slot pattern spreads the 17 kinds, 45% radiology); the category of the k-th plant comes from a Weyl sequence over
``4 * i + j``. Each plant either fills a masked field of the document (``Claim #: ___`` escaping as a
value) or is one of many free-standing lines: prose, ``Label: value``, ``|`` tables, aligned columns,
pasted system/audit text, signatures, addenda, typos and breaks between cue and value.

Labelling conventions (the project's label policy): PERSON is one span per name (given and family
together, titles outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town
and ZIP are separate spans; states and countries are never labelled, and "New York" alone is the state);
ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school or employer,
never a generic department, and never a drug maker, biotech or trial sponsor named as such (a jail,
prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date
carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not
labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial
(for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry are not identifiers. ACCOUNT
covers account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a
vendor's call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids
(an employer's group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS,
DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:",
"pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Corpus-specific choices: a workers' compensation claim number, a CCF specimen id, an OSHA-log case
number and an employer incident-report number are ACCOUNT; a commercial driver's licence (CDL) number is
LICENSE; a truck or car plate and a VIN are VEHICLE_ID; serials of audiometers, breath-alcohol
testers, fit-test counters, spirometers, hearing aids and implants are DEVICE_ID. Things with no
category here are always written masked: employee ids, the examiner's FMCSA National Registry number,
CAOHC / B-reader / collector certificate numbers, DOT medical-certificate expiry dates, a workers'
compensation insurance policy number. Workers' compensation carriers named as payers, device makers
(3M, Honeywell, Moldex, Interacoustics...) and federal regulators named in citations (OSHA, FMCSA, NIOSH, DOL,
SAMHSA) are left unlabelled as look-alikes; a borough police department, a county health department,
a transit authority and a school district are ORGANIZATION. Ages >= 90 come from retirees'
hearing-loss / pneumoconiosis claims, volunteers and relatives.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the
masked PyHealth note-shaped samples with their SOURCES.md. No detector code, rule file, other corpus,
test or benchmark was opened, and the detector was never run on this corpus.
"""

# Sentence variants are kept on one line inside f-string choices (replacement fields cannot span lines in 3.11).
# ruff: noqa: E501

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marisol", "Dwayne", "Keisha", "Tomasz", "Bao", "Lucinda", "Rafael", "Darnell", "Svetlana", "Ignacio",
    "Heather", "Corey", "Precious", "Yusuf", "Kendra", "Bogdan", "Latoya", "Esteban", "Mei-Ling", "Jerome",
    "Agnieszka", "Tyrell", "Rosalind", "Hamid", "Shawna", "Vikram", "Colleen", "Ngozi", "Dariusz",
    "Guadalupe", "Travis", "Anjali", "Rocco", "Imelda", "Desmond", "Krystal", "Odell", "Fatima", "Brennan",
    "Consuelo", "Wendell", "Tamika", "Jorge", "Priya", "Lyle", "Mireille", "Kwame", "Dolores", "Emeka",
    "Brandi", "Thanh", "Ruben", "Sunita", "Casimir", "Leticia", "Garrett", "Ebony", "Dmitri", "Noreen",
    "Aurelio", "Shonda", "Kazimierz", "Lorraine", "Teodoro", "Jolene",
)
_LAST = (
    "Kowalczyk", "Okafor", "Delgado", "Pham", "Brzezinski", "Haddad", "McAlister", "Villanueva", "Tran",
    "Szymanski", "Whitfield", "Oyelaran", "Castellanos", "Nakamura", "Rinaldi", "Dombrowski", "Varga",
    "Boateng", "Lindqvist", "Quinones", "Mancuso", "Obuya", "Petrakis", "Huang", "Sorensen", "Gallardo",
    "Yazzie", "Kaminski", "Abernathy", "Iwu", "Marchetti", "Hollingsworth", "Nwachukwu", "Estrada",
    "Vukovich", "Ferraro", "Dabrowski", "Thibodeaux", "Mwangi", "Ostrowski", "Calderon", "Pruitt",
    "Adeyemi", "Lindgren", "Bustamante", "Kerrigan", "Zielinski", "Okonkwo", "O'Donnell", "D'Amico",
    "Nguyen", "Balogun", "Trujillo", "Sandoval", "Kraszewski", "Szabo", "Fairweather", "Gutowski",
)
_TOWNS = (
    "Coraopolis", "McKees Rocks", "Tarentum", "Bridgeville", "Monessen", "Canonsburg", "Ellwood City",
    "Kittanning", "Latrobe", "Punxsutawney", "Youngwood", "Belle Vernon", "Glassport", "Oakmont",
    "Aliquippa", "Beaver Falls", "Zelienople", "Carnegie", "Steubenville", "Weirton", "Moundsville",
    "Elkhart", "Cicero", "Dothan", "Opelika", "Tupelo", "Kenner", "Slidell", "Bozeman", "Pocatello",
    "Nampa", "Yakima", "Wenatchee", "Keizer", "Pflugerville", "Bastrop", "Lodi", "Yreka", "Hazleton",
    "Shamokin", "Pottsville", "Mahanoy City", "Frackville", "Fayette County", "Schuylkill County",
    "North Versailles Township", "Port Vue", "West Mifflin",
)
_STREET_NAMES = (
    "Carrow Mill", "Orchard Hill", "Lowrie", "Dinsmore", "Ferncliff", "Saw Mill Run", "Quarry", "Tannery",
    "Iron Furnace", "Kiln", "Boiler House", "Ridgeview", "Sycamore", "Old Freeport", "Coal Hollow",
    "Railroad", "Mulberry", "Chestnut Ridge", "Lock Four", "Dutch Ridge", "Maple Grove", "Spring Garden",
    "Tower", "Foundry", "Packer", "Brickyard", "Union", "Canal",
)
_STREET_SUFFIX = ("Rd", "Road", "St", "St.", "Street", "Ave", "Avenue", "Blvd", "Ln", "Pike", "Way", "Dr",
                  "Drive", "Hwy", "Ct")
_ORGS = {
    "employer": (
        "Three Rivers Steel Fabricators", "Kessler Cold Storage", "Brightwater Poultry Processing",
        "Marlow & Finch Logistics", "Ridgeline Paving Co.", "Cobalt Ridge Mining LLC", "Vantage Parcel Services",
        "Sable Creek Packaging", "Granger Brothers Moving", "Hollis Glassworks", "Tamarack Timber Products",
        "Redstone Precision Machining", "Blue Heron Foods", "Ironbridge Construction Group",
        "Quillen Waste Haulers", "Northfork Rail Services", "Delmont Plastics Inc.", "Carver & Sons Roofing",
        "Lakeshore Linen Supply", "Summit Crest Home Health", "Fenwick Bottling Company",
        "Meridian Tool & Die", "Prairie Gold Grain", "Copperline Electric", "Wexley Aerospace Components",
        "Stillwater Canning Co.", "Baywood Municipal Water Authority", "Pinecrest Nursing and Rehabilitation",
    ),
    "hospital": (
        "St. Aurelia Medical Center", "Harbor Point Community Hospital", "Mercy Hollow Hospital",
        "Allenport Regional Medical Center", "Good Shepherd Valley Hospital", "Riverbend General Hospital",
    ),
    "clinic": (
        "Northgate Occupational Health Partners", "Crestview Orthopedics", "Lindenwood Spine & Pain Institute",
        "Three Oaks Physical Therapy", "Fairmount Urgent Care", "ProWork Occupational Clinic",
        "Bellhaven Imaging Center", "Cedar Knoll Family Practice", "Westmont Hand Center",
        "WorkFirst Industrial Medicine", "Millrace Hearing & Audiology",
    ),
    "lab": ("Tristate Forensic Toxicology", "Clearpath Drug Testing Laboratory", "Pinnacle Screening Labs",
            "Heartland Occupational Toxicology"),
    "school": ("Larkspur Elementary School", "Hollowell Community College", "Eastbrook Area School District",
               "Saint Casimir Academy"),
    "agency": ("Dunmore Borough Police Department", "Quarry Hill Volunteer Fire Department",
               "Ashby County Health Department", "Elm Fork Transit Authority", "Tri-Valley Sheriff's Office"),
    "pharmacy": ("Rite Aid", "Walgreens", "CVS Pharmacy", "Giant Eagle Pharmacy", "Hartley's Family Pharmacy",
                 "Medicine Shoppe"),
}
_INSURERS = ("Ironclad Indemnity Insurance", "Keel & Anchor Casualty Co.", "Harborstone Casualty",
             "Granite Shield Mutual Insurance", "Lodestar Workers' Comp Insurance Co.")
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "verizon.net", "aol.com", "icloud.com")
_WORK_DOMAINS = ("3rsteelfab.com", "kesslercold.com", "brightwaterpoultry.com", "marlowfinch.com",
                 "ridgelinepaving.com", "vantageparcel.com", "ironclad-claims.com", "keelanchorcas.com",
                 "ncm-partners.net", "prowork-occ.com", "northgateohp.org", "hollisglass.com")
_AREA = ("412", "724", "814", "570", "216", "330", "304", "513", "614", "972", "281", "602", "206", "503",
         "907", "318", "601", "919", "803", "615", "878", "484")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# look-alikes: eponyms, drug and device brands, public bodies, states, countries, departments
_EPONYMS = (
    "Phalen", "Tinel", "Finkelstein", "Durkan", "Spurling", "Hawkins-Kennedy", "Neer", "Yergason", "Lachman",
    "McMurray", "Apley", "Waddell", "Romberg", "Babinski", "Hoffmann", "Adson", "Schober", "Gaenslen",
    "Dupuytren", "de Quervain", "Raynaud", "Colles", "Lisfranc", "Bankart", "Hill-Sachs", "Schmorl", "Modic",
    "Pfirrmann", "Kellgren-Lawrence", "Salter-Harris", "Maisonneuve", "Snellen", "Ishihara", "Jaeger",
    "Rinne", "Mallampati", "Epworth", "Oswestry", "Semmes-Weinstein", "Valsalva", "Kerley", "Carhart",
    "Hankinson", "Mantoux", "Kienbock", "Segond", "Caplan", "Bennett",
)
_BRANDS = (
    "Motrin", "Tylenol", "Flexeril", "Mobic", "Voltaren", "Lidoderm", "Medrol", "Neurontin", "Ultram",
    "Celebrex", "Zanaflex", "Biofreeze", "Coban", "Steri-Strips", "Dermabond", "Silvadene", "Boostrix",
    "Adacel", "Heplisav-B", "Engerix-B", "Tubersol", "Aplisol", "QuantiFERON", "T-SPOT", "PortaCount",
    "3M", "Moldex", "Honeywell", "Alcotest", "Intoximeter", "Lifeloc", "Interacoustics", "Maico",
    "Tremetrics", "Titmus", "Optec", "EpiPen", "Narcan", "Gadavist", "MAGNETOM", "Signa", "Carestream",
    "Truvada", "Isentress", "Lantus", "ResMed", "AirSense", "Phonak", "Oticon", "Jamar", "EasyOne",
    "ProAir", "Adderall", "Accu-Chek", "Chantix",
)
EPONYMS_AND_BRANDS = tuple(dict.fromkeys(_EPONYMS + _BRANDS))
_STATES = ("Pennsylvania", "Ohio", "West Virginia", "Texas", "New York", "Kentucky", "Michigan", "Louisiana",
           "Arizona", "Oregon", "Alaska", "Idaho", "Alabama")
_COUNTRIES = ("Mexico", "Canada", "Philippines", "Guatemala", "Poland", "Vietnam", "Honduras", "Nigeria")
_DEPTS = ("Employee Health Services", "Human Resources", "Occupational Medicine", "Safety Department",
          "Risk Management", "Physical Therapy", "Radiology", "Benefits Office", "Payroll")
_HOTLINES = ("1-800-321-6742", "1-800-222-1222", "1-800-662-4357", "1-800-232-4636", "1-888-368-7238", "988")
_PUBLIC_SITES = ("www.osha.gov", "www.fmcsa.dot.gov", "nationalregistry.fmcsa.dot.gov", "www.cdc.gov/niosh",
                 "www.dol.gov/owcp", "www.transportation.gov/odapc", "www.samhsa.gov")
_JOBS = ("forklift operator", "CDL-A driver", "welder", "line cook", "CNA", "millwright", "electrician",
         "warehouse associate", "poultry deboner", "roofer", "machinist", "sanitation worker", "LPN",
         "school custodian", "paramedic", "laborer", "crane operator", "packer", "bus operator", "RN")


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


_NOT_LETTERS = frozenset(("MD", "RN", "SN", "DR", "PH", "ID", "NP", "PA", "DO", "EX", "NO", "DEA", "NPI", "MRN", "VIN",
                          "DOB", "SSN", "ZIP", "TEL", "FAX", "PGR", "LIC", "ACC", "REF", "LOT", "EXP", "UDI", "SSA"))


def _letters(r: random.Random, n: int) -> str:
    while True:
        s = "".join(r.choice(_UP) for _ in range(n))
        if s not in _NOT_LETTERS:
            return s


def _fmt_date(r: random.Random, y: int, m: int, dd: int) -> str:
    mon = _MONTHS[m - 1]
    f = r.randrange(10)
    if f == 0:
        return f"{m:02d}/{dd:02d}/{y}"
    if f == 1:
        return f"{m}/{dd}/{y}"
    if f == 2:
        return f"{y}-{m:02d}-{dd:02d}"
    if f == 3:
        return f"{mon} {dd}, {y}"
    if f == 4:
        return f"{dd} {mon[:3]} {y}"
    if f == 5:
        return f"{dd:02d}-{mon[:3].upper()}-{y}"
    if f == 6:
        return f"{mon[:3]}{'.' if len(mon) > 3 else ''} {dd}, {y}"
    if f == 7:
        return f"{m:02d}-{dd:02d}-{y}"
    if f == 8:
        return f"{m}.{dd}.{y}"
    return f"{mon} {dd} {y}"


def _date(r: random.Random, lo: int, hi: int) -> str:
    return _fmt_date(r, r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def _shifted(r: random.Random) -> str:
    return _date(r, 2101, 2199)


def _gen_person(r: random.Random, sub: str = "") -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.5:
        return f"{f} {last}"
    if x < 0.64:
        return f"{last}, {f}"
    if x < 0.76:
        return f"{f} {r.choice(_UP)}. {last}"
    if x < 0.84:
        return f"{f[0]}. {last}"
    if x < 0.91:
        return f"{last.upper()}, {f.upper()}"
    if x < 0.96:
        return f"{f} {last}-{r.choice(_LAST)}"
    return f"{f.upper()} {last.upper()}"


def _phone(r: random.Random) -> str:
    a, e, n = r.choice(_AREA), str(r.randint(201, 989)), _digits(r, 4)
    if e == "555":
        e = "556"
    f = r.randrange(8)
    return (f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"+1 {a} {e} {n}",
            f"1-{a}-{e}-{n}", f"({a}){e}-{n}", f"+1-{a}-{e}-{n}")[f]


def _gen_phone(r: random.Random, sub: str = "") -> str:
    return _phone(r)


def _gen_pager(r: random.Random, sub: str = "") -> str:
    f = r.randrange(5)
    if f == 0:
        return _phone(r)
    if f == 1:
        return f"{r.randint(2, 8)}-{_digits(r, 4)}"
    if f == 2:
        return str(r.randint(30000, 89999))
    if f == 3:
        return str(r.randint(1000, 9999))
    return f"{r.choice(_AREA)}-{r.randint(201, 989)}-{_digits(r, 4)}"


def _gen_email(r: random.Random, sub: str = "") -> str:
    f = re.sub(r"[^a-z]", "", r.choice(_FIRST).lower())
    last = re.sub(r"[^a-z]", "", r.choice(_LAST).lower())
    x = r.randrange(6)
    if x == 0:
        return f"{f}.{last}@{r.choice(_WORK_DOMAINS)}"
    if x == 1:
        return f"{f[0]}{last}@{r.choice(_WORK_DOMAINS)}"
    if x == 2:
        return f"{f}{last}{r.randint(1, 99)}@{r.choice(_DOMAINS)}"
    if x == 3:
        return f"{last}.{f}{r.randint(60, 99)}@{r.choice(_DOMAINS)}"
    if x == 4:
        return f"{f}_{last}@{r.choice(_DOMAINS)}"
    return f"{f[0]}.{last}@{r.choice(_WORK_DOMAINS)}"


def _gen_url(r: random.Random, sub: str = "") -> str:
    slug = r.choice(_WORK_DOMAINS)
    last = re.sub(r"[^a-z]", "", r.choice(_LAST).lower())
    x = r.randrange(7)
    if x == 0:
        return f"https://ehs.{slug}/cases/{r.randint(10000, 99999)}"
    if x == 1:
        return f"https://portal.{slug}/claims/{_letters(r, 2)}{_digits(r, 7)}/documents"
    if x == 2:
        return f"www.{last}{r.choice(('trucking', 'hauling', 'roofing', 'welding', 'excavating'))}.com"
    if x == 3:
        return f"https://meet.{r.choice(('vidyo-health', 'carelink-video', 'occvisit'))}.com/j/{_digits(r, 9)}"
    if x == 4:
        return f"http://intranet.{slug}/hr/jobdesc?id={r.randint(100, 9999)}"
    if x == 5:
        return f"https://www.facebook.com/{last}.{r.randint(1, 999)}"
    return f"https://drive.{slug}/share/{_letters(r, 3).lower()}{_digits(r, 6)}"


def _gen_ip(r: random.Random, sub: str = "") -> str:
    x = r.randrange(10)
    if x == 0:
        return f"2601:{r.randint(256, 4095):x}:{r.randint(4096, 65535):x}:{r.randint(16, 4095):x}::{r.randint(1, 255):x}"
    if x < 4:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 6:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 8:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice((73, 98, 24, 67, 108, 71))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _gen_ssn(r: random.Random, sub: str = "") -> str:
    a = r.randint(1, 899)
    if a == 666:
        a = 667
    g, s = r.randint(1, 99), r.randint(1, 9999)
    x = r.random()
    if x < 0.7:
        return f"{a:03d}-{g:02d}-{s:04d}"
    if x < 0.85:
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def _gen_mrn(r: random.Random, sub: str = "") -> str:
    x = r.randrange(6)
    if x == 0:
        return str(r.randint(1000000, 99999999))
    if x == 1:
        return f"E{_digits(r, 6)}"
    if x == 2:
        return f"EH-{_digits(r, 6)}"
    if x == 3:
        return f"{r.randint(10, 99)}-{_digits(r, 3)}-{_digits(r, 3)}"
    if x == 4:
        return f"OH{_digits(r, 5)}"
    return f"00{_digits(r, 7)}"


def _gen_account(r: random.Random, sub: str = "") -> str:
    sub = sub or r.choice(("claim", "claim", "specimen", "accession", "encounter", "order", "req", "incident"))
    x = r.randrange(3)
    if sub == "claim":
        return (f"WC{r.randint(15, 25)}-{_digits(r, 6)}", f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 6)}",
                f"C{_digits(r, 8)}")[x] if r.random() < 0.8 else f"{r.randint(2, 9)}{_digits(r, 9)}"
    if sub == "specimen":
        return (str(r.randint(1000000, 9999999)), f"A{_digits(r, 7)}", f"{_digits(r, 3)}{_letters(r, 1)}{_digits(r, 5)}")[x]
    if sub == "accession":
        return (f"{r.choice(('XR', 'MR', 'CR', 'RAD'))}{_digits(r, 7)}", f"A{r.randint(15, 25)}-{_digits(r, 6)}",
                _digits(r, 10))[x]
    if sub == "encounter":
        return (f"V{_digits(r, 8)}", _digits(r, 9), f"ENC-{_digits(r, 7)}")[x]
    if sub == "order":
        return (f"ORD-{_digits(r, 7)}", f"{_digits(r, 8)}", f"O{_digits(r, 6)}")[x]
    if sub == "req":
        return (f"R{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 4)}", f"RQ{_digits(r, 6)}")[x]
    return (f"IR-{r.randint(15, 25)}-{_digits(r, 5)}", f"INC{_digits(r, 6)}", f"{r.randint(15, 25)}-{_digits(r, 4)}")[x]


def _gen_plan(r: random.Random, sub: str = "") -> str:
    x = r.randrange(6)
    if x == 0:
        return f"{_letters(r, 3)}{_digits(r, 9)}"
    if x == 1:
        return f"W{_digits(r, 9)}"
    if x == 2:
        return f"{_digits(r, 9)}-0{r.randint(1, 4)}"
    if x == 3:
        return f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}"
    if x == 4:
        return f"{_letters(r, 1)}{_digits(r, 8)}{r.randint(0, 9)}{_letters(r, 1)}"
    return f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"


def _luhn_digit(s: str) -> str:
    total = 0
    for idx, ch in enumerate(reversed(s)):
        n = int(ch)
        if idx % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _gen_license(r: random.Random, sub: str = "") -> str:
    sub = sub or r.choice(("npi", "npi", "dea", "cdl", "cdl", "md", "rn"))
    if sub == "npi":
        base = r.choice("12") + _digits(r, 8)
        return base + _luhn_digit("80840" + base)
    if sub == "dea":
        d = [r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return r.choice("ABFGM") + r.choice(_UP) + "".join(map(str, d)) + str(chk)
    x = r.randrange(4)
    if sub == "cdl":
        return (f"{r.choice(_UP)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}", _digits(r, 8),
                f"{r.choice(_UP)}{_digits(r, 7)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}")[x]
    if sub == "rn":
        return (_digits(r, 6), f"{r.choice(_UP)}{_digits(r, 6)}", f"{_digits(r, 2)}-{_digits(r, 6)}",
                f"0{_digits(r, 7)}")[x]
    return (f"0101{_digits(r, 6)}", f"{r.choice('AGC')}{_digits(r, 5)}", f"{_digits(r, 2)}-{_digits(r, 5)}",
            f"ME{_digits(r, 5)}")[x]


def _gen_zip(r: random.Random, sub: str = "") -> str:
    z = f"{r.randint(10001, 69999):05d}"
    return z if r.random() < 0.78 else f"{z}-{_digits(r, 4)}"


def _gen_street(r: random.Random, sub: str = "") -> str:
    num = str(r.choice((r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999))))
    d = r.choice(("", "", "", "N. ", "S. ", "West ", "E ", "Old "))
    unit = r.choice(("", "", "", "", f", Suite {r.randint(100, 450)}", f" Apt {r.randint(1, 30)}{r.choice('ABC')}",
                     f", Unit {r.randint(2, 40)}", f" #{r.randint(2, 120)}"))
    return f"{num} {d}{r.choice(_STREET_NAMES)} {r.choice(_STREET_SUFFIX)}{unit}"


def _gen_date(r: random.Random, sub: str = "") -> str:
    lo, hi = {"dob": (1946, 2004), "doi": (2014, 2025), "hire": (1988, 2024), "death": (2016, 2025),
              "recent": (2018, 2025)}.get(sub, (1996, 2025))
    return _date(r, lo, hi)


def _gen_age(r: random.Random, sub: str = "") -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102)))


def _gen_device(r: random.Random, sub: str = "") -> str:
    x = r.randrange(6)
    if sub == "ebt" and x < 3:
        return (f"ARBL-{_digits(r, 4)}", f"{_digits(r, 6)}", f"EC{_digits(r, 5)}")[x]
    if sub == "portacount" and x < 3:
        return (f"8048{_digits(r, 6)}", f"{_digits(r, 8)}", f"PC{_digits(r, 4)}-{_digits(r, 3)}")[x]
    return (f"{_letters(r, 2)}{_digits(r, 5)}", f"{_digits(r, 4)}-{_digits(r, 5)}", f"{_digits(r, 7)}",
            f"{r.randint(10, 99)}{_letters(r, 2)}{_digits(r, 4)}", f"{_letters(r, 3)}-{_digits(r, 6)}",
            f"S{_digits(r, 9)}")[x]


_VIN_T = {**{str(d): d for d in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
          "X": 7, "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _gen_vehicle(r: random.Random, sub: str = "") -> str:
    x = r.randrange(6)
    if sub == "vin":
        x = 0
    elif sub == "plate":
        x = r.randrange(2, 6)
    if x < 2:
        vin = list(r.choice(("1FU", "1XK", "3AK", "4V4", "1FT", "1GC", "2HG", "1HT", "5KJ")) + _letters(r, 1)
                   + "".join(r.choice(_UP + "0123456789") for _ in range(4)) + "0"
                   + r.choice("BCDEFGHJKLMN") + r.choice(_UP) + _digits(r, 6))
        chk = sum(_VIN_T[c] * w for c, w in zip(vin, _VIN_W, strict=True)) % 11
        vin[8] = "X" if chk == 10 else str(chk)
        return "".join(vin)
    if x == 2:
        return f"{_letters(r, 3)}-{_digits(r, 4)}"
    if x == 3:
        return f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}"
    if x == 4:
        return f"{_letters(r, 2)} {_digits(r, 5)}"
    return f"{_letters(r, 3)}{_digits(r, 4)}"


def _gen_location(r: random.Random, sub: str = "") -> str:
    return r.choice(_TOWNS)


def _gen_org(r: random.Random, sub: str = "") -> str:
    sub = sub or r.choice(("employer", "employer", "employer", "hospital", "clinic", "clinic", "lab", "school",
                           "agency", "pharmacy"))
    org = r.choice(_ORGS[sub])
    if sub == "pharmacy" and org in ("Rite Aid", "Walgreens", "CVS Pharmacy") and r.random() < 0.4:
        org = f"{org} #{r.randint(1000, 19999)}"
    return org


_GEN: dict[str, Callable[[random.Random, str], str]] = {
    "PHONE": _gen_phone, "FAX": _gen_phone, "PAGER": _gen_pager, "EMAIL": _gen_email, "URL": _gen_url,
    "IP_ADDRESS": _gen_ip, "SSN": _gen_ssn, "MRN": _gen_mrn, "ACCOUNT": _gen_account, "HEALTH_PLAN": _gen_plan,
    "LICENSE": _gen_license, "ZIP": _gen_zip, "STREET_ADDRESS": _gen_street, "DATE_REAL_YEAR": _gen_date,
    "AGE_OVER_89": _gen_age, "DEVICE_ID": _gen_device, "VEHICLE_ID": _gen_vehicle, "PERSON": _gen_person,
    "LOCATION": _gen_location, "ORGANIZATION": _gen_org,
}

# --------------------------------------------------------------------------------------------------
# Free-standing plant lines: {V} is the value, {V:sub} a value of a sub-kind
# --------------------------------------------------------------------------------------------------

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Supervisor asks that work status be phoned to {V} after each visit.",
        "Callback #: {V}",
        "Pt's cell (updated at check-in): {V}",
        "| Contact | Relationship | Phone |\n|---|---|---|\n| ___ | spouse | {V} |",
        "Employer contact ........ ___   tel {V}",
        "Left VM for employee at {V}; no answer x2.",
        "Ph {V} (home)",
        "Please contact the undersigned at\n{V} with any questions.",
        "Safety mgr direct line {V}",
        "TEL.{V}",
        "Employee may be reached at {V} between shifts.",
        "[PhoneLog] outbound -> {V} dur 00:04:12 result=CONNECTED",
        "Phone (mobile):\t{V}",
        "Emergency contact ___ (sister) ph. {V}",
    ),
    "FAX": (
        "Work status form faxed to {V}.",
        "Fax: {V}",
        "fx {V} (HR benefits)",
        "Faxed to adjuster @ {V} on ___, confirmation received.",
        "| Recipient | Fax | Pages |\n|---|---|---|\n| ___ | {V} | 3 |",
        "FAX NO. {V}",
        "Please return the signed authorization by fax ({V}).",
        "Fax#:{V}",
        "RightFax: sent to {V}, status DELIVERED, 4 pp",
        "Send records to attn ___, facsimile {V}",
        "F: {V}",
    ),
    "PAGER": (
        "Occ med on call: pager {V}",
        "Page Dr. ___ at {V} with any positive result.",
        "pgr {V}",
        "Beeper {V}",
        "MRO on-call (pager): {V}",
        "Reached via page ({V}), callback within 10 min.",
        "| On call | Pager |\n|---|---|\n| ___ | {V} |",
        "If the confirmation BAC is 0.02 or higher page the BAT supervisor, {V}.",
        "Pager #{V}",
        "On-call audiologist - page\n{V}",
    ),
    "EMAIL": (
        "Email: {V}",
        "Restrictions emailed to {V} per employer request.",
        "e-mail {V}",
        "Employee prefers contact by email ({V}).",
        "From: ___ <{V}>\nSent: ___\nSubject: RE: modified duty availability",
        "cc: {V}",
        "Please send updates to: {V}",
        "emial on file: {V}",
        "Reply-To: {V}",
        "| Contact | Email |\n|---|---|\n| HR generalist | {V} |",
    ),
    "URL": (
        "Employer's modified-duty request form was uploaded at {V}",
        "Video visit link: {V}",
        "Link: {V}",
        "Job description retrieved from {V} (employer intranet).",
        "Employee's own video of the lifting task: {V}",
        "Case portal -> {V}",
        "Ref URL {V}",
        "Documents for this claim are posted to\n{V}",
    ),
    "IP_ADDRESS": (
        "Document generated from workstation {V}",
        "[audit] login user=___ ip={V} result=OK",
        "Telehealth session: client IP {V}, duration 18 min",
        "Portal submission from IP {V} at ___",
        "Device network address: {V}",
        "src={V} dst=___ proto=HL7",
        "| Event | IP | Time |\n|---|---|---|\n| e-signature | {V} | ___ |",
        "Remote access session originated from {V}.",
        "IP addr: {V}",
    ),
    "SSN": (
        "SSN: {V}",
        "Social Security No. {V}",
        "SS# {V}",
        "Employee SSN (from first report): {V}",
        "| Name | SSN | DOB |\n|---|---|---|\n| ___ | {V} | ___ |",
        "Soc Sec: {V}",
        "Claimant's social security number is {V}.",
        "Donor SSN or Employee I.D. No.: {V}",
        "SSN ........ {V}",
    ),
    "MRN": (
        "MRN: {V}",
        "Employee health record # {V}",
        "Chart no. {V}",
        "Med Rec Num {V}",
        "Unit No:   {V}",
        "| MRN | Visit |\n|---|---|\n| {V} | ___ |",
        "Patient ID {V} (occ health registry)",
        "pt# {V}",
        "MR#{V}",
    ),
    "ACCOUNT": (
        "Claim #: {V:claim}",
        "WC claim number {V:claim}",
        "Specimen ID: {V:specimen}",
        "Accession {V:accession}",
        "Encounter: {V:encounter}",
        "Order# {V:order}",
        "Req. {V:req}",
        "Incident report no. {V:incident}",
        "Please reference claim {V:claim} on all correspondence.",
        "Acct {V:encounter}",
        "| Claim | Adjuster | Status |\n|---|---|---|\n| {V:claim} | ___ | open |",
        "Bill to employer account {V}",
        "CLAIM\nNO. {V:claim}",
    ),
    "HEALTH_PLAN": (
        "Member ID: {V}",
        "Subscriber # {V}",
        "Policy no. {V} (personal health plan; not workers' comp)",
        "Non-occupational follow-up billed to the health plan, member {V}.",
        "Medicaid ID {V}",
        "Ins ID {V}",
        "| Plan | Member ID |\n|---|---|\n| ___ | {V} |",
        "Subscriber ID ...... {V}",
    ),
    "LICENSE": (
        "NPI {V:npi}",
        "Lic. # {V:md}",
        "DEA: {V:dea}",
        "CDL No. {V:cdl}",
        "Driver's license {V:cdl} (class A, verified against photo ID)",
        "RN license {V:rn}",
        "Examining physician license no. {V:md}",
        "___, MD  NPI: {V:npi}",
        "State medical license {V:md}; board certified in occupational medicine.",
        "| Examiner | NPI |\n|---|---|\n| ___ | {V:npi} |",
        "CCM / RN lic {V:rn}",
        "Prescriber DEA #{V:dea}",
    ),
    "ZIP": (
        "Home ZIP {V}",
        "___, ___ {V}",
        "Zip code: {V}",
        "Worksite zip {V}",
        "Mail to ___, PA {V}",
        "Employee relocated; new ZIP {V}.",
        "ZIP/Postal: {V}",
    ),
    "STREET_ADDRESS": (
        "Address: {V}",
        "Home: {V}, ___",
        "Worksite: {V}",
        "Injury occurred at the loading dock, {V}.",
        "Mail to: ___\n{V}\n___, ___ ___",
        "Report to the satellite clinic at {V} for the follow-up.",
        "adress {V}",
        "| Street | City | ZIP |\n|---|---|---|\n| {V} | ___ | ___ |",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {V:dob}",
        "Date of injury: {V:doi}",
        "Date of hire {V:hire}",
        "Injured on {V:doi} while on shift.",
        "Last worked {V:recent}.",
        "Baseline audiogram on file from {V:hire}",
        "Date of death: {V:death}",
        "| DOI | DOB |\n|---|---|\n| {V:doi} | ___ |",
        "Signed {V:recent}",
        "D.O.I. {V:doi}",
        "Employee reports the symptoms began {V:doi}.",
    ),
    "AGE_OVER_89": (
        "Retired employee, {V} years old, seen for hearing-loss claim evaluation.",
        "Age: {V}",
        "The claimant is a {V}-year-old retired boilermaker.",
        "{V} y/o hospital volunteer here for annual TB screening.",
        "Lives with his mother (age {V}).",
        "Widow of the claimant, aged {V}, attended with her son.",
        "Pt is {V} yo",
        "Father still living at {V} years of age.",
    ),
    "DEVICE_ID": (
        "Audiometer serial {V:audiometer}, calibrated ___",
        "EBT serial no. {V:ebt}",
        "PortaCount SN {V:portacount}",
        "Hearing aid (R) serial {V}",
        "Implanted pacemaker, serial {V} (device card reviewed)",
        "UDI (01)00884521{rnd}(17)271231(10)L{rnd2}(21){V}",
        "TENS unit S/N: {V}",
        "Device: ___ model ___, serial {V}",
        "Serial number ....... {V}",
    ),
    "VEHICLE_ID": (
        "Tractor plate {V:plate}",
        "VIN {V:vin}",
        "Company vehicle (license plate {V:plate}) was involved in the collision.",
        "Employee drove personal vehicle, tag {V:plate}, to clinic.",
        "Vehicle: ___ ___, plate {V:plate}",
        "| Unit | Plate | VIN |\n|---|---|---|\n| ___ | {V:plate} | ___ |",
        "| Unit | Plate | VIN |\n|---|---|---|\n| ___ | ___ | {V:vin} |",
        "Police report lists the trailer VIN as {V:vin}.",
        "Lic plate# {V:plate}",
        "Box truck {V}, ___ ___, towed from scene.",
    ),
    "PERSON": (
        "Supervisor: {V}",
        "Spoke with {V} (HR) re: light duty.",
        "Accompanied by coworker {V}.",
        "Electronically signed by {V}, RN, COHN-S",
        "Adjuster {V} requests an IME.",
        "Dear {V}:",
        "Witness: {V}",
        "cc: {V}, safety manager",
        "Collector: {V}",
        "| Role | Name |\n|---|---|\n| NCM | {V} |",
        "Interpreter present ({V}).",
        "Signed: {V}, MD",
    ),
    "LOCATION": (
        "Lives in {V}, commutes 40 min.",
        "Worksite location: {V} plant",
        "Injury occurred at the {V} distribution center.",
        "City: {V}",
        "Employee moved to {V} and will follow up locally.",
        "Transferred from the {V} yard.",
        "Home town {V}",
        "Route was {V} to ___ when the incident occurred.",
    ),
    "ORGANIZATION": (
        "Employer: {V:employer}",
        "Seen at {V:clinic} before presenting here.",
        "Specimen sent to {V:lab} for confirmation.",
        "Referred to {V:clinic} for PT.",
        "Company: {V:employer}",
        "Formerly employed by {V:employer} as a millwright.",
        "Prior records requested from {V:hospital}.",
        "| Employer | Position |\n|---|---|\n| {V:employer} | ___ |",
        "Rx filled at {V:pharmacy}.",
        "Works nights for {V}.",
        "Employer of record ..... {V:employer}",
    ),
}


# --------------------------------------------------------------------------------------------------
# Document builder
# --------------------------------------------------------------------------------------------------

_MARK = re.compile(r"(«[^»]*»|⟨[A-Z_0-9]+(?::\w+)?⟩)")
_VMARK = re.compile(r"\{V(?::(\w+))?\}")


class _Doc:
    def __init__(self, r: random.Random, pending: list[str], heavy: bool) -> None:
        self.r = r
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []
        self.pending = list(pending)
        self.heavy = heavy
        self.target = r.randint(1250, 2900)
        self.flushed = False
        self.pool: list[Callable[[random.Random], str]] = []

    def more(self) -> None:
        """Add optional paragraphs (from the kind's pool) until the note reaches its target length."""
        while self.n < self.target and self.pool:
            self._nl()
            self.w("\n" + self.pool.pop(self.r.randrange(len(self.pool)))(self.r))

    def t(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def v(self, value: str, cat: str) -> None:
        start = self.n
        self.t(value)
        self.spans.append((start, self.n, cat))

    def w(self, s: str) -> None:
        """Write text: «x» is a look-alike, ⟨CAT⟩ / ⟨CAT:sub⟩ a masked field that may escape."""
        for part in _MARK.split(s):
            if not part:
                continue
            if part[0] == "«":
                self.looks.append(part[1:-1])
                self.t(part[1:-1])
            elif part[0] == "⟨":
                cat, _, sub = part[1:-1].partition(":")
                self.slot(cat, sub)
            else:
                self.t(part)

    def slot(self, cat: str, sub: str = "", p: float = 0.5) -> None:
        if cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            self.v(_GEN[cat](self.r, sub), cat)
        else:
            self.t("___")

    def c(self, label: str) -> str:
        """A label with a varied separator."""
        x = self.r.randrange(8)
        return (f"{label}: ", f"{label}:  ", f"{label.upper()}: ", f"{label} - ", f"{label}:\t", f"{label}:   ",
                f"{label} ", f"{label.upper()}:  ")[x]

    def _nl(self) -> None:
        if self.buf and not self.buf[-1].endswith("\n"):
            self.t("\n")

    def emit(self, cat: str) -> None:
        tpl = self.r.choice(_TEMPLATES[cat])
        tpl = tpl.replace("{rnd}", _digits(self.r, 6)).replace("{rnd2}", _digits(self.r, 4))
        self._nl()
        pos = 0
        for m in _VMARK.finditer(tpl):
            self.t(tpl[pos:m.start()])
            self.v(_GEN[cat](self.r, m.group(1) or ""), cat)
            pos = m.end()
        self.t(tpl[pos:] + "\n")

    def free(self, p: float = 0.3) -> None:
        for cat in list(self.pending):
            if self.r.random() < p:
                self.pending.remove(cat)
                self.emit(cat)

    def flush(self) -> None:
        if self.flushed:
            return
        self.flushed = True
        self.more()
        if self.heavy:
            self._heavy_fill()
            return
        if not self.pending:
            return
        self._nl()
        self.t(self.r.choice(("\nADDENDUM (___):\n", "\nAdditional information:\n", "\n-- pasted from EHS-Link --\n",
                              "\nAddendum:\n", "\n", "\nLate entry ___:\n", "\nNOTE TO FILE\n")))
        for cat in list(self.pending):
            self.pending.remove(cat)
            self.emit(cat)

    def _heavy_fill(self) -> None:
        r = self.r
        target = 25 + r.randint(0, 9)
        self._nl()
        self.t(r.choice(("\nDistribution / contacts (verified ___):\n", "\nCC LIST:\n", "\nCase contacts:\n",
                         "\nRouting:\n")))
        lines = (
            "___ (employee)  ph ___  fax ___\n", "Adjuster ___, ___ Insurance, claim ___\n",
            "HR: ___  ___@___\n", "| ___ | ___ | ___ |\n", "Supervisor ___ - cell ___\n",
            "Attorney for claimant: ___, ___ ___\n", "NCM ___, RN  ph ___ ext ___\n",
            "Employer ___, ___ ___, ___ ___\n", "DOB ___  DOI ___  SSN ___\n",
        )
        while "".join(self.buf).count("___") < target:
            self.t(r.choice(lines))


def _shifted_l(r: random.Random) -> str:
    return f"«{_shifted(r)}»"


def _bare_year(r: random.Random) -> str:
    return f"«{r.randint(1972, 2023)}»"


def _age_l(r: random.Random) -> str:
    a = r.randint(19, 88)
    return r.choice((f"«{a}-year-old»", f"«{a} year old»", f"«{a} y/o»", f"«{a} yo»", f"«age {a}»"))


def _lot(r: random.Random) -> str:
    return r.choice((f"{r.randint(10, 99)}{_letters(r, 1)}{_digits(r, 3)}", f"{_letters(r, 2)}{_digits(r, 4)}",
                     f"L{_digits(r, 6)}"))


def _ndc(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}", f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}",
                     f"{_digits(r, 5)}-{_digits(r, 4)}-{_digits(r, 1)}"))


def _expiry(r: random.Random) -> str:
    y, m, dd = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"Exp «{y}-{m:02d}-{dd:02d}»", f"EXP «{m:02d}/{dd:02d}/{y}»", f"exp. «{m:02d}/{y}»",
                     f"Expires «{_MONTHS[m - 1][:3]} {dd}, {y}»", f"Exp «{m:02d}/{y}»"))


def _ver(r: random.Random) -> str:
    return f"«{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}»"


def _state(r: random.Random) -> str:
    return f"«{r.choice(_STATES)}»"


def _hdr_discharge(d: _Doc, r: random.Random, service: str, date_label: str = "Visit Date") -> None:
    d.w(f"Name:  ⟨PERSON⟩{' ' * r.randint(4, 18)}Unit No:   ⟨MRN⟩\n\n")
    d.w(f"{date_label}:  {_shifted_l(r) if r.random() < 0.35 else '___'}{' ' * r.randint(4, 14)}"
        f"Employer:  ⟨ORGANIZATION:employer⟩\n\n")
    d.w(f"Date of Birth:  ⟨DATE_REAL_YEAR:dob⟩{' ' * r.randint(4, 14)}Sex:   {r.choice('MF')}\n\n")
    d.w(f"Service: {service}\n\n")


# --------------------------------------------------------------------------------------------------
# Discharge-type kinds
# --------------------------------------------------------------------------------------------------

def _b_employee_health(d: _Doc, r: random.Random) -> None:
    _hdr_discharge(d, r, r.choice(("EMPLOYEE HEALTH", "OCCUPATIONAL HEALTH", "EMPLOYEE HEALTH SERVICES")))
    d.w("Allergies:\n" + r.choice(("NKDA", "latex (contact dermatitis)", "penicillin", "sulfa",
                                   "Patient recorded as having No Known Allergies to Drugs")) + "\n\n")
    d.w(f"Provider: ⟨PERSON⟩, {r.choice(('NP', 'PA-C', 'MD', 'DO'))}    Dept: «{r.choice(_DEPTS[:3])}»\n\n")
    scen = r.randrange(4)
    if scen == 0:
        d.w("Chief Complaint:\nPercutaneous needlestick exposure\n\nHistory of Present Illness:\n")
        d.w(f"{_age_l(r)} {r.choice(('RN', 'phlebotomist', 'CNA', 'surgical tech'))} sustained a needlestick to the "
            f"{r.choice(('left index', 'right thumb', 'left palm'))} with a "
            f"{r.choice(('25g', '22g', 'hollow-bore 21g'))} "
            "needle after drawing blood. Wound washed with soap and water within 5 minutes. Gloves worn. "
            "Source patient identified (MRN ___), consented for rapid HIV, HBsAg, HCV Ab.\n")
        d.free()
        d.w(f"Source rapid HIV: non-reactive. Employee hepatitis B immune (anti-HBs 84 mIU/mL after "
            f"«{r.choice(('Engerix-B', 'Heplisav-B'))}» series). Offered PEP with «Truvada» + «Isentress»; "
            f"{r.choice(('declined after counseling', 'first dose given in clinic', 'started, 28-day supply'))}.\n"
            f"Baseline labs drawn, order ⟨ACCOUNT:order⟩. Repeat HIV/HCV at 6 wk, 3 mo and 6 mo.\n\n")
    elif scen == 1:
        d.w("Chief Complaint:\nPositive TB screen on annual surveillance\n\nHistory of Present Illness:\n")
        d.w(f"Annual screening «QuantiFERON»-TB Gold Plus (or «T-SPOT») returned positive "
            f"(TB1 0.62, TB2 0.71 IU/mL). Prior «Tubersol» (or «Aplisol») «Mantoux» 0 mm in {_bare_year(r)}. Born in "
            f"«{r.choice(_COUNTRIES)}», arrived {_bare_year(r)}. Denies cough, night sweats, weight loss.\n")
        d.free()
        d.w("CXR PA/lat ordered (accession ⟨ACCOUNT:accession⟩). If clear, refer for LTBI treatment "
            "(rifampin x 4 months). Cleared to work; not infectious.\n\n")
    elif scen == 2:
        d.w("Chief Complaint:\nLow back strain while repositioning a patient\n\nHistory of Present Illness:\n")
        d.w(f"Employee was boosting a bariatric patient in bed with one coworker on {_shifted_l(r)} when she "
            f"felt a pull in the right low back. No radiation, no saddle anesthesia. Pain {r.randint(3, 8)}/10. "
            f"Took «Motrin» {r.choice((400, 600, 800))} mg x2. Incident report ⟨ACCOUNT:incident⟩ filed with "
            f"«{r.choice(_DEPTS[3:5])}».\n")
        d.free()
        d.w(f"Exam: paraspinal tenderness R L4-S1, SLR negative bilat, «Waddell» 0/5, «Schober» 5 cm.\n"
            f"Plan: «Biofreeze», ice, «Flexeril» 5 mg qhs #10 (NDC «{_ndc(r)}»), modified duty 2 weeks.\n\n")
    else:
        d.w("Chief Complaint:\nHand dermatitis, suspected glove-related\n\nHistory of Present Illness:\n")
        d.w(f"Dietary/sanitation worker with 6 weeks of pruritic, fissured dermatitis of the dorsal hands, "
            f"worse after wet work. Uses nitrile gloves (lot «{_lot(r)}», {_expiry(r)}). No «Raynaud» symptoms.\n")
        d.free()
        d.w("Patch testing referral placed. Barrier cream, cotton liners, triamcinolone 0.1% ointment BID.\n\n")
    d.w(f"Immunizations:\nTdap («{r.choice(('Boostrix', 'Adacel'))}») ___; influenza ___; MMR titers immune.\n\n")
    d.w(f"Physical Exam:\nTemp: 98.{r.randint(0, 9)} HR: {r.randint(58, 99)} BP: {r.randint(108, 146)}/"
        f"{r.randint(62, 92)} Resp: {r.randint(12, 18)} O2Sat: {r.randint(96, 100)}\n\n")
    d.free(0.4)
    d.w(f"Work Status:\n{r.choice(('Return to full duty.', 'Modified duty, see restriction form.', 'Off work remainder of shift, full duty tomorrow.'))}\n"
        f"Forms sent to ⟨PERSON⟩ in «{r.choice(_DEPTS[:4])}».\n\n")
    d.flush()
    d.w(f"Followup Instructions:\nRecheck in employee health in {r.randint(1, 14)} days. ___\n")


def _b_preplacement(d: _Doc, r: random.Random) -> None:
    _hdr_discharge(d, r, "OCCUPATIONAL MEDICINE - PRE-PLACEMENT", "Exam Date")
    job = r.choice(_JOBS)
    d.w(f"Conditional offer of employment from ⟨ORGANIZATION:employer⟩ for the position of {job}.\n"
        f"Essential functions reviewed: lift {r.choice((35, 50, 75))} lb floor-to-waist, frequent stooping, "
        f"{r.choice(('12-hour shifts', 'rotating shifts', 'overtime as required'))}.\n\n")
    d.w(f"Health questionnaire reviewed with applicant. Hx: "
        f"{r.choice(('none', 'childhood asthma, no inhaler in years', 'R ACL repair in ' + _bare_year(r), 'HTN on lisinopril', 'bee-sting anaphylaxis, carries «EpiPen»'))}.\n")
    d.free()
    d.w("\nPhysical Exam:\n")
    d.w(f"Ht {r.randint(60, 76)} in  Wt {r.randint(118, 280)} lb  BP {r.randint(108, 150)}/{r.randint(62, 94)}  "
        f"P {r.randint(56, 96)}\n")
    d.w(f"Vision: «Snellen» 20/{r.choice((20, 25, 30))} OD, 20/{r.choice((20, 25, 40))} OS; «Ishihara» "
        f"{r.choice(('14/14', '13/14', '9/14'))}; near «Jaeger» J{r.randint(1, 3)}\n")
    d.w(f"Hearing: whispered voice intact; «Rinne» AC>BC bilat\n"
        f"Grip («Jamar» position II): R {r.randint(60, 130)} lb, L {r.randint(55, 120)} lb\n")
    d.w(f"MSK: full ROM all joints; «Phalen», «Tinel» and «Finkelstein» negative; "
        f"«{r.choice(('Lachman', 'McMurray', 'Apley'))}» "
        "negative bilat.\nNeuro: «Romberg» negative, gait normal.\n\n")
    d.free()
    d.w(f"Tests:\n| Test | Result | Ref |\n|---|---|---|\n| «QuantiFERON» | negative | ___ |\n"
        f"| Varicella IgG | immune | ___ |\n| UDS 10-panel | negative (specimen ⟨ACCOUNT:specimen⟩) | MRO |\n"
        f"| Lift test | {r.choice(('pass', 'pass', 'pass with modification'))} | {r.choice((35, 50))} lb |\n\n")
    d.w(f"Respirator medical clearance per «OSHA» questionnaire: "
        f"{r.choice(('cleared, no limitations', 'cleared for N95 only', 'deferred pending spirometry'))}.\n\n")
    d.free(0.4)
    d.w(f"Determination:\n{r.choice(('Medically qualified for the position without restriction.', 'Qualified with accommodation (no ladders > 6 ft) pending orthopedic note.', 'Qualified; hepatitis B series started (dose 1 today, lot ' + '«' + _lot(r) + '»).'))}\n"
        f"Results released to «Human Resources» only as fit / not fit.\n\n")
    d.flush()
    d.w("Examiner: ___, MD   ___\n")


def _b_dot(d: _Doc, r: random.Random) -> None:
    d.w("MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION - SUMMARY\n"
        "(49 CFR «391.41»-«391.49»; Form MCSA-5875)\n\n")
    d.w(f"Driver:  ⟨PERSON⟩          DOB:  ⟨DATE_REAL_YEAR:dob⟩     ({_age_l(r)})\n")
    d.w(f"{d.c('CLP/CDL #')}⟨LICENSE:cdl⟩   Issuing state: {_state(r)}   Class {r.choice('ABC')}\n")
    d.w(f"Employer/carrier: ⟨ORGANIZATION:employer⟩   Exam type: "
        f"{r.choice(('recertification', 'new certification', 'follow-up'))}\n")
    d.w("Medical Examiner's National Registry No.: ___\n\n")
    d.free()
    d.w(f"Health history reviewed with driver; {r.choice(('denies', 'reports'))} prior certification denial.\n")
    osa = r.random() < 0.5
    if osa:
        d.w(f"OSA screening: BMI {r.randint(33, 44)}, neck {r.randint(16, 20)} in, «Mallampati» class "
            f"{r.choice(('III', 'IV'))}, «Epworth» {r.randint(4, 16)}. Known OSA on CPAP («ResMed» «AirSense» 10): "
            f"compliance download {r.randint(72, 96)}% of nights >= 4 h over the last 30 days.\n")
    else:
        d.w(f"Insulin-treated diabetes: «Lantus» {r.randint(12, 40)} units qhs; ITDM Assessment Form "
            f"MCSA-5870 completed by treating clinician; A1c {r.randint(62, 84) / 10}%; no severe hypoglycemia "
            f"in 12 months. Meter «Accu-Chek» log reviewed.\n")
    d.free()
    d.w(f"\nVision («{r.choice(('Titmus', 'Optec'))}» screener): R 20/{r.choice((20, 25, 30))} L "
        f"20/{r.choice((20, 25, 30, 40))} both 20/20; "
        f"fields {r.choice((70, 85, 90))} deg horizontal each eye; distinguishes red/green/amber.\n")
    d.w(f"Hearing: forced whisper >= 5 ft {r.choice(('R and L', 'R only; audiometry ordered'))}.\n")
    d.w(f"BP {r.randint(118, 158)}/{r.randint(70, 98)}, pulse {r.randint(56, 98)}; UA: SG 1.0{r.randint(5, 30)}, "
        f"protein neg, blood neg, sugar {r.choice(('neg', 'trace'))}.\n")
    d.w(f"Exam notable for: "
        f"{r.choice(('none', 'healed R clavicle fracture', 'hearing aid R (' + '«' + r.choice(('Phonak', 'Oticon')) + '»)', 'well-healed L TKA scar'))}.\n\n")
    d.free(0.4)
    d.w(f"Determination: "
        f"{r.choice(('meets standards in 49 CFR 391.41; qualifies for 2-year certificate', 'meets standards, but periodic monitoring required - 1-year certificate', 'meets standards if wearing corrective lenses', 'determination pending - records requested'))}.\n"
        "Medical certificate expiration: ___\n"
        f"Registry upload confirmed via «{r.choice(_PUBLIC_SITES[1:3])}». FMCSA hotline «{_HOTLINES[4]}».\n\n")
    d.flush()
    d.w("Medical examiner: ___, DO    signature on file    ___\n")


def _b_drug_ccf(d: _Doc, r: random.Random) -> None:
    fed = r.random() < 0.6
    d.w(f"DRUG AND ALCOHOL TESTING - CHAIN OF CUSTODY SUMMARY "
        f"({'Federal CCF, DOT ' + r.choice(('FMCSA', 'FTA', 'FRA')) if fed else 'non-DOT, employer policy'})\n\n")
    d.w("Specimen ID: ⟨ACCOUNT:specimen⟩      Donor: ⟨PERSON⟩\n")
    d.w("Donor SSN or Employee I.D. No.: ⟨SSN⟩\n")
    d.w("Employer: ⟨ORGANIZATION:employer⟩   DER: ⟨PERSON⟩  tel ⟨PHONE⟩\n")
    d.w(f"Reason for test: "
        f"{r.choice(('Pre-employment', 'Random', 'Post-accident', 'Reasonable suspicion', 'Return-to-duty', 'Follow-up'))}\n")
    d.w("Collection site: ⟨ORGANIZATION:clinic⟩, ⟨STREET_ADDRESS⟩, ⟨LOCATION⟩\n")
    d.w("Collector: ⟨PERSON⟩   (collector certificate ___)\n\n")
    d.free()
    d.w(f"Step 2: temperature read within 4 min, {r.choice(('in range 32-38 C', 'in range (34 C)'))}; "
        f"{r.choice(('split specimen', 'single specimen'))}; bottle seals initialed by donor.\n"
        f"Step 4: released to courier ___ at ___, sent to ⟨ORGANIZATION:lab⟩.\n\n")
    res = r.randrange(3)
    d.w("Laboratory result:\n| Analyte | Screen | Confirm |\n|---|---|---|\n")
    for a in ("Marijuana metabolite", "Cocaine metabolite", "Opiates", "Phencyclidine", "Amphetamines"):
        pos = res == 1 and a == "Amphetamines"
        d.w(f"| {a} | {'POS' if pos else 'neg'} | {'d-amphetamine 1,840 ng/mL' if pos else '-'} |\n")
    d.free()
    if res == 1:
        d.w(f"\nMRO review: donor interviewed by phone; valid prescription for «Adderall» XR {r.choice((20, 30))} mg "
            f"verified with ⟨ORGANIZATION:pharmacy⟩ (Rx ___). Reported to employer as NEGATIVE.\n")
    elif res == 2:
        d.w(f"\nDilute specimen (creatinine {r.randint(5, 19)} mg/dL, SG 1.00{r.randint(2, 4)}); employer to "
            "direct immediate recollection under direct observation per 49 CFR 40.197.\n")
    else:
        d.w("\nMRO verified NEGATIVE. No safety-sensitive concerns.\n")
    d.w(f"\nAlcohol (BAT): screening device «{r.choice(('Lifeloc', 'Intoximeter'))}» "
        f"{r.choice(('FC10', 'Alco-Sensor FST', 'EC/IR II'))}, serial ⟨DEVICE_ID:ebt⟩; "
        f"result {r.choice(('0.000', '0.000', '0.011'))}. Calibration gas lot «{_lot(r)}», {_expiry(r)}.\n")
    if r.random() < 0.4:
        d.w("Confirmation EBT «Alcotest» 9510, air blank 0.000. Quality-assurance check ___.\n")
    d.free(0.4)
    d.w(f"\nSAP resources given; naloxone («Narcan») education offered (SAMHSA helpline «{_HOTLINES[2]}», "
        f"«{_PUBLIC_SITES[5]}»).\n")
    d.flush()
    d.w("Medical Review Officer: ___, MD, MRO   Date reported: ___\n")


def _b_first_report(d: _Doc, r: random.Random) -> None:
    d.w(f"EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS (copy to employee health)\n"
        f"Form ___ - {_state(r)} Bureau of Workers' Compensation\n\n")
    rows = [
        ("Employee name", "⟨PERSON⟩"), ("Home address", "⟨STREET_ADDRESS⟩"), ("City", "⟨LOCATION⟩"),
        ("ZIP", "⟨ZIP⟩"), ("Phone", "⟨PHONE⟩"), ("SSN", "⟨SSN⟩"), ("Date of birth", "⟨DATE_REAL_YEAR:dob⟩"),
        ("Date of hire", "⟨DATE_REAL_YEAR:hire⟩"), ("Occupation", r.choice(_JOBS)),
        ("Employer", "⟨ORGANIZATION:employer⟩"), ("Employer FEIN", "___"),
    ]
    style = r.randrange(3)
    for k, v in rows:
        if style == 0:
            d.w(f"{k}: {v}\n")
        elif style == 1:
            d.w(f"{k + ' ':.<22} {v}\n")
        else:
            d.w(f"| {k} | {v} |\n")
    d.w("\n")
    d.free()
    d.w(f"Date of injury: ⟨DATE_REAL_YEAR:doi⟩   Time: {r.randint(1, 12)}:{r.randint(0, 59):02d} "
        f"{r.choice(('AM', 'PM'))}   Time began work: ___\n")
    d.w(f"Place of accident: "
        f"{r.choice(('Dock 4', 'Line 2 deboning', 'Roof, ___ job site', 'Yard, trailer ___', 'Room ___, 3 West'))}"
        f"; on employer premises: {r.choice(('Y', 'N'))}\n")
    what = r.choice((
        "Employee was unloading 50-lb cases from a trailer when a pallet shifted and struck the left shin.",
        "While cutting with a straight knife, the blade slipped and lacerated the left index finger through the mesh "
        "glove.",
        "Employee slipped on ice in the parking lot walking in from the time clock and fell onto the outstretched "
        "right hand.",
        "Employee was rear-ended while stopped at a light in a company box truck.",
        "Splash of caustic cleaner (sodium hydroxide) to the right eye while cleaning a CIP line.",
        "Gradual onset numbness of both hands after months of repetitive trimming; no single event.",
    ))
    d.w(f"Describe what happened: {what}\n")
    d.w(f"Part of body: {r.choice(('L lower leg', 'L index finger', 'R wrist', 'neck', 'R eye', 'bilateral hands'))}   "
        f"Nature: {r.choice(('contusion', 'laceration', 'fracture', 'strain', 'chemical burn', 'CTS'))}   "
        f"ICD-10: «{r.choice(('S80.12XA', 'S61.210A', 'S52.501A', 'S13.4XXA', 'T26.41XA', 'G56.03'))}»\n")
    d.free()
    d.w(f"First aid on site: "
        f"{r.choice(('«Steri-Strips» and gauze', '«Dermabond» by EMT, wrapped with «Coban»', 'eyewash 15 min', '«Silvadene» and dry dressing', 'ice pack only'))}\n")
    d.w(f"Witness: ⟨PERSON⟩\nTreated at: ⟨ORGANIZATION:hospital⟩   ER visit: {r.choice(('Y', 'N'))}   "
        f"Hospitalized overnight: N\n")
    d.w(f"Insurance carrier: «{r.choice(_INSURERS)}»   Policy no.: ___   Claim #: ⟨ACCOUNT:claim⟩\n")
    d.w(f"OSHA recordable: {r.choice(('yes', 'no - first aid only', 'pending'))}\n"
        f"Prepared by: ⟨PERSON⟩, «{r.choice(_DEPTS[3:5])}»   Phone ⟨PHONE⟩\n\n")
    d.flush()
    d.w("Employee signature ___   Date ___\n")


def _b_ime(d: _Doc, r: random.Random) -> None:
    d.w("INDEPENDENT MEDICAL EXAMINATION\n\n")
    d.w(f"Claimant: ⟨PERSON⟩\n{d.c('Claim No.')}⟨ACCOUNT:claim⟩\nDate of injury: ⟨DATE_REAL_YEAR:doi⟩\n")
    d.w(f"Employer: ⟨ORGANIZATION:employer⟩\nRequested by: ⟨PERSON⟩, claims adjuster, «{r.choice(_INSURERS)}»\n"
        f"Date of examination: {_shifted_l(r)}\n\n")
    d.w("The claimant was advised that no physician-patient relationship is created by this examination "
        "and that a report would go to the requesting party.\n\n")
    retiree = r.random() < 0.3
    d.w("HISTORY:\n")
    if retiree:
        d.w(f"The claimant is a ⟨AGE_OVER_89⟩-year-old retired "
            f"{r.choice(('boilermaker', 'coal miner', 'shipfitter', 'drop-forge operator'))} "
            f"who worked {r.randint(25, 41)} years until retiring in {_bare_year(r)}. The claim is for "
            f"{r.choice(('occupational noise-induced hearing loss', 'pneumoconiosis', 'asbestos-related pleural disease'))}. "
            f"Uses bilateral «{r.choice(('Phonak', 'Oticon'))}» aids.\n")
    else:
        d.w(f"{_age_l(r)} {r.choice(_JOBS)} injured on the date above "
            f"{r.choice(('lifting a 70-lb drum', 'falling from a 6-ft ladder', 'when a coworker backed a pallet jack into her', 'pulling a stuck valve'))}. "
            f"Treated with PT x {r.randint(8, 24)} visits, «{r.choice(('Mobic', 'Celebrex', 'Neurontin', 'Ultram'))}», "
            f"and {r.choice(('one epidural steroid injection', 'a subacromial injection', 'no injections'))}. "
            f"Has been off work since ___.\n")
    d.free()
    d.w(f"\nRECORDS REVIEWED:\n1. ⟨ORGANIZATION:hospital⟩ ED record, {_shifted_l(r)}\n"
        f"2. ⟨ORGANIZATION:clinic⟩ notes, {_shifted_l(r)} through {_shifted_l(r)}\n"
        f"3. MRI report (accession ⟨ACCOUNT:accession⟩)\n4. Job description, ___\n\n")
    d.w("EXAMINATION:\n")
    d.w(f"{r.choice(('Lumbar', 'Cervical', 'Shoulder'))}: «Waddell» signs {r.randint(0, 3)}/5; "
        f"«{r.choice(('Spurling', 'Hawkins-Kennedy', 'Neer', 'Yergason'))}» {r.choice(('positive', 'negative'))}; "
        f"straight-leg raise {r.choice(('negative', 'positive at 45 deg'))}. «Babinski» down-going, "
        f"«Hoffmann» absent. Strength 5/5 except {r.choice(('EHL 4+/5 L', 'none', 'abduction 4/5 R'))}.\n"
        f"{r.choice(('Hands: no «Dupuytren» contracture.', '«Adson» and «Valsalva» maneuvers negative.', '«Gaenslen» and FABER negative.', '«Neer» impingement sign negative.'))}\n\n")
    d.free()
    d.w("ANSWERS TO QUESTIONS POSED:\n")
    d.w(f"1. Causation: "
        f"{r.choice(('the work event is a substantial contributing cause', 'the condition is degenerative and pre-existing, temporarily aggravated', 'within reasonable medical probability, related to occupational exposure'))}.\n"
        f"2. MMI: {r.choice(('not yet reached', 'reached as of today', 'anticipated within 8-12 weeks'))}.\n"
        f"3. Restrictions: {r.choice(('no lifting > 20 lb, no overhead work', 'sedentary only', 'none'))}.\n"
        f"4. Further treatment: "
        f"{r.choice(('home exercise only', 'functional capacity evaluation', 'surgical consult reasonable'))}.\n\n")
    d.flush()
    d.w(f"I declare that the above is true and correct to the best of my knowledge.\n___, MD, MPH\n"
        f"Board certified, occupational medicine; license {r.choice(('⟨LICENSE:md⟩', '___'))}\n")


def _b_rtw(d: _Doc, r: random.Random) -> None:
    d.w(f"⟨ORGANIZATION:clinic⟩ - «Occupational Medicine»\n⟨STREET_ADDRESS⟩\n⟨LOCATION⟩, {_state(r)} ⟨ZIP⟩\n"
        f"Phone ⟨PHONE⟩   Fax ⟨FAX⟩\n\n")
    d.w(f"{r.choice(('WORK STATUS REPORT', 'RETURN TO WORK / WORK RESTRICTIONS', 'Physician Work Activity Status Report'))}\n\n")
    d.w(f"RE: ⟨PERSON⟩     DOB ⟨DATE_REAL_YEAR:dob⟩\nDOI: ⟨DATE_REAL_YEAR:doi⟩   Claim: ⟨ACCOUNT:claim⟩\n"
        f"To: ⟨PERSON⟩, «{r.choice(_DEPTS[:5])}», ⟨ORGANIZATION:employer⟩\n\n")
    d.free()
    status = r.randrange(3)
    d.w("The above employee was seen in this office today for a work-related injury.\n")
    if status == 0:
        d.w("He/she may RETURN TO FULL DUTY without restrictions effective ___.\n\n")
    elif status == 1:
        d.w("He/she may return to MODIFIED DUTY effective ___ with the following restrictions:\n\n")
        d.w("| Activity | Limit |\n|---|---|\n")
        for act, lim in r.sample((("Lift/carry", f"{r.choice((10, 15, 20, 25))} lb max"), ("Push/pull", "40 lb force"),
                                  ("Overhead reach", "none R arm"), ("Ladders", "no"), ("Standing", "2 h then 10 min "
                                                                                                    "sit"),
                                  ("Driving company vehicle", "no while on «Flexeril»"), ("Gripping", "occasional L"),
                                  ("Keyboard", "15 min/h")), 4):
            d.w(f"| {act} | {lim} |\n")
        d.w("\n")
    else:
        d.w(f"He/she is TEMPORARILY TOTALLY DISABLED from all work until the next visit. Diagnosis: "
            f"{r.choice(('«Colles» fracture R, casted', 'lumbar radiculopathy', '«de Quervain» tenosynovitis, post-op'))}.\n\n")
    d.free()
    d.w(f"Medications: «{r.choice(('Motrin', 'Tylenol', 'Voltaren', 'Lidoderm', 'Medrol'))}» as directed. Next "
        f"appointment: "
        f"{_shifted_l(r)} at {r.randint(7, 11)}:{r.choice(('00', '15', '30', '45'))} AM.\n"
        f"If no modified duty is available, the employee is to be considered off work ({_state(r)} "
        "temporary partial disability rules apply).\n\n")
    d.flush()
    d.w(f"____________________\n___, {r.choice(('MD', 'DO', 'PA-C', 'CRNP'))}   NPI "
        f"{r.choice(('⟨LICENSE:npi⟩', '___'))}\n")


def _b_osha300(d: _Doc, r: random.Random) -> None:
    d.w(f"OSHA 300 LOG ENTRY / RECORDKEEPING WORKSHEET (employee health copy)\nEstablishment: ⟨ORGANIZATION:employer⟩"
        f"   Year: {_bare_year(r)}\n\n")
    privacy = r.random() < 0.25
    cols = [("(A) Case no.", "⟨ACCOUNT:incident⟩"),
            ("(B) Employee name", "Privacy case" if privacy else "⟨PERSON⟩"),
            ("(C) Job title", r.choice(_JOBS)), ("(D) Date of injury/onset", "⟨DATE_REAL_YEAR:doi⟩"),
            ("(E) Where event occurred", r.choice(("Dock 3", "⟨LOCATION⟩ plant", "Kill floor", "Unit 5 East",
                                                    "⟨LOCATION⟩ yard", "Route ___"))),
            ("(F) Injury description", r.choice(("laceration L hand from box cutter", "strain low back lifting tote",
                                                  "noise-induced STS both ears", "fracture R 5th metatarsal",
                                                  "needlestick, contaminated sharp")))]
    aligned = r.random() < 0.5
    for k, v in cols:
        d.w(f"{k:<28}{v}\n" if aligned else f"{k}: {v}\n")
    d.free()
    days = r.randint(0, 45)
    d.w(f"\nClassify (check ONE): (G) death [ ]  (H) days away [{'x' if days else ' '}]  (I) job transfer/restriction "
        f"[{' ' if days else 'x'}]  (J) other recordable [ ]\n"
        f"(K) days away: {days}   (L) days job transfer: {r.randint(0, 30)}\n"
        f"(M) {r.choice(('(1) injury', '(4) poisoning', '(5) hearing loss', '(1) injury'))}\n\n")
    d.w("OSHA 301 information:\n")
    d.w(f"Physician/HCP: ⟨PERSON⟩\nFacility: ⟨ORGANIZATION:clinic⟩, ⟨STREET_ADDRESS⟩, ⟨LOCATION⟩ ⟨ZIP⟩\n"
        f"Treated in ER: {r.choice(('yes', 'no'))}   Inpatient overnight: no\n\n")
    d.free()
    d.w(f"Recordability rationale: medical treatment beyond first aid "
        f"({r.choice(('sutures', 'prescription NSAID', 'rigid splint', 'PEP'))}) "
        f"per 29 CFR «1904.7»; STS criteria per «1904.10» where applicable. Summary posting Form 300A "
        f"Feb 1 - Apr 30. Questions: «{_PUBLIC_SITES[0]}» / «{_HOTLINES[0]}».\n")
    d.w(f"Entered by ⟨PERSON⟩ («{r.choice(_DEPTS[3:5])}») on {_shifted_l(r)}.\n\n")
    d.flush()
    d.w("Reviewed: ___, COHN-S   ___\n")


def _b_impairment(d: _Doc, r: random.Random) -> None:
    d.w(f"IMPAIRMENT RATING EVALUATION\nAMA Guides to the Evaluation of Permanent Impairment, "
        f"{r.choice(('Sixth Edition', '6th ed., 2nd printing', 'Fifth Edition'))}\n\n")
    d.w("Examinee: ⟨PERSON⟩   DOB ⟨DATE_REAL_YEAR:dob⟩\nClaim ⟨ACCOUNT:claim⟩   DOI ⟨DATE_REAL_YEAR:doi⟩\n"
        "Employer ⟨ORGANIZATION:employer⟩\nTreating surgeon: ⟨PERSON⟩, ⟨ORGANIZATION:clinic⟩\n\n")
    d.free()
    region = r.randrange(3)
    if region == 0:
        d.w(f"Diagnosis: R carpal tunnel syndrome s/p release. «Phalen» {r.choice(('neg', 'pos 40 s'))}, "
            f"«Durkan» {r.choice(('neg', 'pos'))}; «Semmes-Weinstein» 3.61 thumb/index.\n"
            f"Grip («Jamar» II, 3 trials): R {r.randint(40, 90)}/{r.randint(40, 90)}/{r.randint(40, 90)} lb, "
            f"L {r.randint(60, 110)}/{r.randint(60, 110)}/{r.randint(60, 110)} lb.\n"
            f"QuickDASH «{r.randint(20, 70)}.{r.choice((0, 5))}».\n")
        d.w("Table 15-23 (entrapment neuropathy): test findings 1, history 2, physical findings 1 -> grade "
            f"modifier 1, default {r.randint(1, 3)}% UEI; functional scale adjusts to {r.randint(2, 5)}% UEI.\n")
    elif region == 1:
        d.w(f"Diagnosis: lumbar disc herniation L5-S1 with resolved radiculopathy. «Oswestry» «{r.randint(12, 58)}%».\n"
            f"Table 17-4: class 1, default grade C ({r.randint(5, 9)}% WPI). Modifiers FH 1, PE 1, CS 2 -> net "
            f"{r.choice(('0', '+1'))}.\n")
    else:
        d.w(f"Diagnosis: R shoulder full-thickness supraspinatus tear s/p repair; «Bankart» lesion absent.\n"
            f"ROM: flexion {r.randint(110, 170)}, abduction {r.randint(90, 160)}, ER {r.randint(30, 80)}, "
            f"IR {r.randint(30, 70)} deg.\n"
            f"Table 15-5 class 1 (rotator cuff, residual loss); ROM method {r.randint(4, 12)}% UEI.\n")
    d.free()
    uei = r.randint(2, 14)
    d.w(f"\nFINAL: {uei}% upper/lower extremity or regional impairment = «{max(1, round(uei * 0.6))}% WPI».\n"
        f"Maximum medical improvement reached on ⟨DATE_REAL_YEAR:recent⟩.\n"
        "No apportionment to pre-existing conditions is supported by the records reviewed.\n"
        f"Future medical: {r.choice(('none', 'OTC analgesics', 'up to 6 PT visits for flare'))}.\n\n")
    d.flush()
    d.w("Evaluator: ___, MD, CIME   ⟨ORGANIZATION:clinic⟩\nNPI ⟨LICENSE:npi⟩\n")


def _b_ncm(d: _Doc, r: random.Random) -> None:
    d.w("NURSE CASE MANAGER - TELEPHONIC CASE MANAGEMENT LOG\n")
    d.w(f"Claimant: ⟨PERSON⟩   Claim ⟨ACCOUNT:claim⟩   Carrier «{r.choice(_INSURERS)}»\n"
        f"Employer ⟨ORGANIZATION:employer⟩   DOI ⟨DATE_REAL_YEAR:doi⟩   Dx "
        f"{r.choice(('L wrist fx', 'lumbar strain', 'R RTC tear', 'crush injury L foot', 'concussion'))}\n\n")
    entries = [
        "Outbound call to claimant at ⟨PHONE⟩. Reports pain {p}/10, attending PT 2x/wk at ⟨ORGANIZATION:clinic⟩. "
        "Barriers: transportation, childcare.",
        "Call to adjuster ⟨PERSON⟩ (⟨PHONE⟩) re: authorization for FCE. Approved, auth ___.",
        "Spoke with employer contact ⟨PERSON⟩; modified duty available on day shift, sorting, lift < 15 lb.",
        "Faxed updated work status to employer at ⟨FAX⟩.",
        "Emailed FCE results to ⟨EMAIL⟩ and to adjuster.",
        "Attended appointment with Dr. ⟨PERSON⟩ telephonically; plan repeat imaging, continue restrictions.",
        "Claimant did not answer; left HIPAA-compliant VM with callback number.",
        "Claimant reports filling «{drug}» at ⟨ORGANIZATION:pharmacy⟩; no side effects.",
        "Reviewed «ODG» return-to-work guideline: {w} days for this diagnosis; currently at day ___.",
        "Claimant asks about mileage reimbursement; referred to adjuster.",
    ]
    picks = r.sample(entries, r.randint(5, 7))
    table = r.random() < 0.35
    if table:
        d.w("| Date | Time | Entry |\n|---|---|---|\n")
    for e in picks:
        e = e.format(p=r.randint(2, 8), drug=r.choice(("Celebrex", "Zanaflex", "Tylenol", "Neurontin")), w=r.randint(14, 70))
        tm = f"{r.randint(7, 17):02d}:{r.randint(0, 59):02d}"
        if table:
            d.w(f"| {_shifted_l(r)} | {tm} | {e} |\n")
        else:
            d.w(f"{_shifted_l(r)} {tm}  {e}\n")
        if r.random() < 0.3:
            d.free(0.5)
    d.w(f"\nCase summary: "
        f"{r.choice(('progressing toward RTW', 'stalled - awaiting surgical authorization', 'claimant returned to full duty; plan closure'))}. "
        f"Goals: RTW modified duty by ___; MMI by ___.\n")
    d.flush()
    d.w("\nNCM: ___, RN, CCM   lic ⟨LICENSE:rn⟩   direct ⟨PHONE⟩   email ⟨EMAIL⟩\n")


def _b_adjuster(d: _Doc, r: random.Random) -> None:
    carrier = r.random() < 0.6
    if carrier:
        d.w(f"«{r.choice(_INSURERS)}» - Workers' Compensation Claims\n{_state(r)} regional office\n\n"
            f"{_shifted_l(r)}\n\n")
        d.w("Dear Dr. ⟨PERSON⟩:\n\nRE: Claimant ⟨PERSON⟩\n    Claim No.: ⟨ACCOUNT:claim⟩\n    Insured: "
            "⟨ORGANIZATION:employer⟩\n    DOI: ⟨DATE_REAL_YEAR:doi⟩\n\n")
        d.w("We are the workers' compensation carrier for the above employer. To determine benefits, please "
            "respond to the following questions:\n")
        d.w("1. What is the current diagnosis, and is it causally related to the reported incident?\n"
            "2. Is the claimant capable of modified work? If so, list restrictions.\n"
            "3. Has the claimant reached maximum medical improvement?\n"
            f"4. Is the requested {r.choice(('MRI', 'lumbar fusion', 'PT extension (12 visits)', 'EMG/NCS'))} "
            "reasonable and necessary per the treatment guidelines?\n\n")
        d.free()
        d.w(f"Please fax your response to ⟨FAX⟩ within 10 days. Group # «{_digits(r, 6)}» is the employer's "
            "health-plan group and should not be billed for this claim.\n\n")
        d.w("Sincerely,\n\n⟨PERSON⟩\nClaims Adjuster\nDirect: ⟨PHONE⟩   Email: ⟨EMAIL⟩\n\n")
        d.free()
        d.w("PROVIDER RESPONSE (dictated):\n")
        d.w(f"1. {r.choice(('Lumbar strain, related.', 'R lateral epicondylitis, related to repetitive tool use.', 'Cervical radiculopathy, aggravation of pre-existing spondylosis.'))} "
            f"2. {r.choice(('Yes - lift 20 lb, no overhead.', 'No, off work until next visit.', 'Yes, seated work only.'))} "
            f"3. {r.choice(('No.', 'Yes, as of today.', 'Expected in 6 weeks.'))} "
            "4. Yes.\n")
    else:
        d.w(f"⟨ORGANIZATION:employer⟩\n«{r.choice(_DEPTS[1:5])}»\n⟨STREET_ADDRESS⟩\n⟨LOCATION⟩, {_state(r)} ⟨ZIP⟩\n\n")
        d.w(f"{_shifted_l(r)}\n\nTo: Treating provider, ⟨ORGANIZATION:clinic⟩\nRe: ⟨PERSON⟩ - offer of "
            "transitional duty\n\n")
        d.w("Our company operates a transitional-duty program for employees recovering from work injuries. "
            "Based on the restrictions dated ___, we can offer the position below. Please indicate whether the "
            "employee can perform it.\n\n")
        d.w(f"Position: "
            f"{r.choice(('badge desk attendant', 'parts kitting (seated)', 'safety video review / training', 'light sanitation, no chemicals'))}\n"
            f"Hours: {r.choice(('0700-1530', '1500-2330', '4 h/day x 2 weeks then 8 h'))}\nPhysical demands: "
            f"lift < {r.choice((10, 15, 20))} lb, sit/stand at will\nWage: same base rate\n\n")
        d.free()
        d.w("[ ] Approved   [ ] Approved with changes: ________   [ ] Not approved\n\n")
        d.w(f"Questions to ⟨PERSON⟩, return-to-work coordinator, ⟨PHONE⟩ or ⟨EMAIL⟩.\n"
            f"Our carrier is «{r.choice(_INSURERS)}»; the claim number is ⟨ACCOUNT:claim⟩.\n\n")
        d.free()
    d.flush()
    d.w("\ncc: file; ___\n")


# --------------------------------------------------------------------------------------------------
# Radiology-type kinds (diagnostic reports)
# --------------------------------------------------------------------------------------------------

def _rad_head(d: _Doc, r: random.Random, exam: str) -> None:
    d.w(f"EXAMINATION:  {exam}\n\n")


def _b_ilo(d: _Doc, r: random.Random) -> None:
    _rad_head(d, r, "CHEST PA (ILO classification, B reader)")
    d.w("INDICATION:  ")
    if r.random() < 0.35:
        d.w(f"⟨AGE_OVER_89⟩-year-old retired {r.choice(('underground coal miner', 'sandblaster', 'insulator'))}, "
            f"claim for {r.choice(('federal black lung benefits', 'occupational disease benefits'))} (DOL claim "
            f"⟨ACCOUNT:claim⟩).\n\n")
    else:
        d.w(f"{_age_l(r)} "
            f"{r.choice(('stone fabricator (engineered stone)', 'coal miner', 'foundry worker', 'pipefitter'))}; "
            f"medical surveillance under the "
            f"{r.choice(('respirable crystalline silica', 'coal workers health surveillance', 'asbestos'))} "
            f"standard. Employer ⟨ORGANIZATION:employer⟩.\n\n")
    d.w(f"TECHNIQUE:  Single PA digital radiograph («{r.choice(('Carestream', 'Fujifilm'))}» DR, "
        f"software {_ver(r)}), displayed per NIOSH digital guidance.\n\n")
    d.w(f"COMPARISON:  {r.choice(('None.', _shifted_l(r) + '.', '___.'))}\n\n")
    d.free()
    prof = r.choice(("0/0", "0/1", "1/0", "1/1", "1/2", "2/1"))
    d.w("FINDINGS:\n")
    d.w(f"1. Image quality: "
        f"{r.choice(('1', '2 - slight underinflation', '2 - scapulae overlie lung', '3 - underexposed'))}\n"
        f"2A. Parenchymal abnormalities consistent with pneumoconiosis: {'NO' if prof == '0/0' else 'YES'}\n"
        f"2B. Small opacities: primary {r.choice('pqrstu')}, secondary {r.choice('pqrstu')}; zones "
        f"{r.choice(('RU LU', 'RU RM LU LM', 'all six', 'RL LL'))}; profusion {prof}\n"
        f"2C. Large opacities: {r.choice(('O', 'O', 'A'))}\n"
        f"3A. Pleural abnormalities: "
        f"{r.choice(('NO', 'YES - plaques chest wall in profile L, width a, extent 1', 'YES - diaphragm calcification R'))}\n"
        f"4B. Symbols: {r.choice(('none', 'em', 'ax hi', 'es (eggshell calcification)', 'pi'))}\n"
        f"«Kerley» B lines absent. Heart size normal. No «Caplan» nodules.\n\n")
    d.free()
    d.w(f"IMPRESSION:\n{r.choice(('No radiographic evidence of pneumoconiosis.', 'Small rounded opacities, profusion category ' + prof + ', consistent with silicosis in the appropriate exposure setting.', 'Pleural plaques consistent with prior asbestos exposure; no parenchymal fibrosis.'))}\n\n")
    d.w("Reader: ___, MD  (NIOSH B Reader certificate ___)\n")
    d.flush()
    d.w(f"Classification submitted on NIOSH form CDC/NIOSH 2.8; program information at «{_PUBLIC_SITES[3]}».\n")


def _b_mri(d: _Doc, r: random.Random) -> None:
    part = r.randrange(3)
    exam = ("MRI LUMBAR SPINE WITHOUT CONTRAST", "MRI RIGHT SHOULDER WITHOUT CONTRAST", "MRI LEFT KNEE WITHOUT "
                                                                                        "CONTRAST")[part]
    _rad_head(d, r, exam)
    d.w(f"INDICATION:  Workers' compensation. Injury at work ⟨DATE_REAL_YEAR:doi⟩ "
        f"{r.choice(('lifting a tote', 'fall from loading dock', 'twisting while carrying drywall', 'pulling a hose reel'))}; "
        f"persistent pain despite {r.randint(4, 12)} weeks of PT. WC claim ⟨ACCOUNT:claim⟩. Referring: ⟨PERSON⟩.\n\n")
    d.w(f"TECHNIQUE:  Multiplanar multisequence imaging on a 1.5 T «{r.choice(('MAGNETOM', 'Signa'))}» "
        f"{r.choice(('Aera', 'Artist', 'Explorer'))} scanner. "
        f"{r.choice(('No contrast.', 'No contrast; «Gadavist» not indicated.'))}\n\n")
    d.w(f"COMPARISON:  Radiographs {_shifted_l(r)}.\n\n")
    d.free()
    d.w("FINDINGS:\n")
    if part == 0:
        d.w(f"Alignment normal. Vertebral body heights preserved. «Modic» type {r.choice((1, 2))} endplate change "
            f"at L{r.choice((4, 5))}. «Schmorl» node superior endplate L2.\n"
            f"L3-4: mild bulge, no stenosis.\nL4-5: disc desiccation («Pfirrmann» grade {r.choice(('III', 'IV'))}) "
            f"with "
            f"{r.choice(('a right paracentral protrusion contacting the descending R L5 root', 'a broad-based bulge, mild bilateral foraminal narrowing', 'an annular fissure without herniation'))}.\n"
            f"L5-S1: {r.choice(('left subarticular extrusion migrating 6 mm inferiorly, compressing the L S1 root', 'facet arthropathy, no stenosis'))}.\n"
            "Conus terminates at L1. Paraspinal muscles unremarkable.\n")
    elif part == 1:
        d.w(f"Supraspinatus: "
            f"{r.choice(('full-thickness tear 1.4 cm AP with 2 cm retraction', 'partial-thickness articular-sided tear', 'tendinosis without tear'))}.\n"
            f"Infraspinatus and subscapularis intact. Biceps tendon in groove. Labrum: "
            f"{r.choice(('no «Bankart» lesion', 'SLAP II tear', 'degenerative fraying'))}; no «Hill-Sachs» deformity.\n"
            f"AC joint: {r.choice(('moderate arthrosis with inferior osteophyte', 'unremarkable'))}. Small subacromial "
            f"bursal effusion.\n")
    else:
        d.w(f"Medial meniscus: "
            f"{r.choice(('oblique tear posterior horn to the inferior surface', 'intact', 'bucket-handle tear with flipped fragment'))}. "
            f"Lateral meniscus intact. ACL "
            f"{r.choice(('intact', 'complete tear; «Segond» fracture fragment present'))}. "
            f"PCL, MCL, LCL intact. Bone contusion lateral femoral condyle. «Kellgren-Lawrence» grade "
            f"{r.randint(1, 3)} on prior films. Small joint effusion; no Baker cyst.\n")
    d.free()
    d.w(f"\nIMPRESSION:\n1. "
        f"{r.choice(('Findings as above, acute component suggested by edema.', 'Predominantly degenerative findings; no acute osseous injury.', 'Acute-appearing tear, consistent with the reported mechanism.'))}\n"
        "2. Correlate clinically; causation is not determined by imaging.\n\n")
    d.flush()
    d.w(f"Accession: {r.choice(('⟨ACCOUNT:accession⟩', '___'))}   Dictated by ___, MD   Signed ___\n")


def _b_xr(d: _Doc, r: random.Random) -> None:
    part = r.randrange(4)
    exam = ("RIGHT HAND, 3 VIEWS", "LEFT WRIST, 4 VIEWS", "RIGHT FOOT, 3 VIEWS", "LEFT ANKLE, 3 VIEWS")[part]
    _rad_head(d, r, exam)
    d.w(f"INDICATION:  Occupational injury today at ⟨ORGANIZATION:employer⟩: "
        f"{r.choice(('crush between pallet and dock plate', 'fall from step ladder', 'struck by dropped steel plate', 'punched a wall per coworker report - employee denies'))}. "
        f"Evaluate for fracture{' or foreign body (grinding)' if part == 0 else ''}. Order ⟨ACCOUNT:order⟩.\n\n")
    d.w(f"TECHNIQUE:  {exam.split(',')[1].strip().lower()} of the {exam.split(',')[0].lower()}.\n\n"
        f"COMPARISON:  {r.choice(('None.', '___', _shifted_l(r)))}\n\n")
    d.free()
    d.w("FINDINGS:\n")
    fx = {0: ("Transverse fracture of the 5th metacarpal neck with 30 degrees volar angulation (boxer type).",
              "Intra-articular fracture at the base of the 1st metacarpal («Bennett» type) with mild subluxation.",
              "3 mm metallic foreign body in the soft tissue of the thenar eminence; no fracture."),
          1: ("Distal radius fracture with dorsal angulation («Colles» type); ulnar styloid intact.",
              "No fracture. Lunate sclerosis raises question of «Kienbock» disease; MRI suggested.",
              "Nondisplaced scaphoid waist fracture cannot be excluded; scaphoid views advised."),
          2: ("Fracture of the base of the 5th metatarsal, zone 2 (Jones-type).",
              "Widening of the 1st-2nd metatarsal interval concerning for «Lisfranc» injury; weight-bearing views "
              "advised.",
              "Comminuted fracture of the distal phalanx of the great toe (tuft)."),
          3: ("Oblique fracture of the distal fibula at the syndesmosis (Weber B).",
              "No ankle fracture; proximal fibula not imaged - exclude «Maisonneuve» injury clinically.",
              "Avulsion fracture of the tip of the lateral malleolus; physes closed (no «Salter-Harris» pattern).")}[part]
    d.w(f"{r.choice(fx)}\nSoft tissue swelling {r.choice(('dorsally', 'laterally', 'diffusely'))}. Bone mineralization "
        f"normal. "
        f"Joint spaces preserved.\n")
    d.free()
    d.w(f"\nIMPRESSION:\n{r.choice(('Acute fracture as described; orthopedic/hand follow-up.', 'No acute osseous abnormality.', 'Findings as above. Splint placed in clinic.'))}\n\n")
    d.w(f"Splint: prefabricated, REF «{_digits(r, 5)}», lot «{_lot(r)}».\n")
    d.flush()
    d.w("Read by ___, MD; preliminary reviewed with ___, PA-C.\n")


def _b_audio(d: _Doc, r: random.Random) -> None:
    _rad_head(d, r, "AUDIOMETRIC EVALUATION - HEARING CONSERVATION PROGRAM")
    d.w(f"Regulation: 29 CFR «1910.95»  Test type: {r.choice(('annual', 'baseline', 'retest for STS', 'exit'))}\n")
    d.w(f"Employee: ⟨PERSON⟩   Employer: ⟨ORGANIZATION:employer⟩   Dept ___\n"
        f"Noise exposure: TWA {r.randint(82, 99)} dBA; hearing protection: "
        f"{r.choice(('foam plugs', 'earmuffs', 'dual protection'))}; "
        f"quiet period {r.randint(12, 16)} h confirmed.\n\n")
    d.free()
    freqs = (500, 1000, 2000, 3000, 4000, 6000, 8000)
    d.w(f"Thresholds (dB HL)\n{'Hz':<6}" + "".join(f"{f:>6}" for f in freqs) + "\n")
    notch = r.random() < 0.5
    for ear in ("R", "L"):
        vals = [r.choice((5, 10, 10, 15, 20)) for _ in freqs]
        if notch:
            vals[4] = r.choice((35, 40, 45, 50, 55))
            vals[3] = r.choice((25, 30, 35))
        d.w(f"{ear:<6}" + "".join(f"{v:>6}" for v in vals) + "\n")
    d.w(f"\nBaseline: {_shifted_l(r)}. Average change at 2/3/4 kHz vs baseline: R {r.randint(0, 14)} dB, "
        f"L {r.randint(0, 14)} dB (age-corrected per Appendix F).\n")
    d.w(f"Otoscopy clear bilaterally. "
        f"{'4 kHz notch pattern, consistent with noise exposure (not a «Carhart» notch).' if notch else 'No notch.'}\n\n")
    d.free()
    d.w(f"Equipment: «{r.choice(('Interacoustics', 'Maico', 'Tremetrics'))}» {r.choice(('AD629', 'MA 42', 'RA660'))} "
        f"serial ⟨DEVICE_ID:audiometer⟩; booth ambient levels checked; biological check today; exhaustive "
        f"calibration {_shifted_l(r)}. Software {_ver(r)}.\n")
    d.w("Tested by ⟨PERSON⟩, CAOHC-certified OHC (cert ___).\n\n")
    d.w(f"INTERPRETATION:\n{r.choice(('No standard threshold shift.', 'Standard threshold shift, left ear; employee notified in writing within 21 days; refit HPD.', 'STS confirmed on retest; recordable if 25 dB above audiometric zero (1904.10).'))}\n"
        f"Reviewed by audiologist ⟨PERSON⟩.\n")
    d.flush()


def _b_fit(d: _Doc, r: random.Random) -> None:
    quant = r.random() < 0.65
    _rad_head(d, r, f"RESPIRATOR FIT TEST RECORD - {'QUANTITATIVE (CNC)' if quant else 'QUALITATIVE'}")
    d.w(f"Standard: 29 CFR «1910.134» Appendix A\nEmployee: ⟨PERSON⟩   ID ___   Employer ⟨ORGANIZATION:employer⟩\n"
        f"Medical clearance: «OSHA» questionnaire reviewed {_shifted_l(r)}; "
        f"{r.choice(('cleared', 'cleared - facial hair policy reviewed'))}.\n\n")
    resp = r.choice((("3M", "1860 N95, regular"), ("3M", "6200 half facepiece, medium, 2091 P100"),
                     ("Moldex", "2200 N95, M/L"), ("Honeywell", "North 7700, medium, P100")))
    d.w(f"Respirator: «{resp[0]}» {resp[1]}; lot «{_lot(r)}»; {_expiry(r)}\n")
    d.free()
    if quant:
        d.w("Instrument: «PortaCount» Pro+ 8038, serial ⟨DEVICE_ID:portacount⟩, daily checks passed.\n\n")
        d.w("| Exercise | Fit factor |\n|---|---|\n")
        ffs = []
        for ex in ("Normal breathing", "Deep breathing", "Head side to side", "Head up and down", "Talking",
                   "Grimace", "Bending over", "Normal breathing"):
            ff = r.randint(110, 200) if ex != "Grimace" else r.randint(40, 200)
            ffs.append(ff)
            d.w(f"| {ex} | {ff if ex != 'Grimace' else str(ff) + ' (excluded)'} |\n")
        d.w(f"\nOverall fit factor: {r.randint(120, 200)} (pass >= 100 half-face / N95).\n")
    else:
        d.w(f"Agent: {r.choice(('«Bitrex» (denatonium benzoate)', 'saccharin'))}; sensitivity test detected at 10 "
            f"squeezes.\n"
            "Exercises: normal breathing, deep breathing, head side to side, head up and down, talking (rainbow "
            "passage), bending over, normal breathing - no taste detected.\nResult: PASS\n")
    d.free()
    d.w("\nUser seal check demonstrated. Training on donning/doffing and cartridge change schedule completed.\n"
        "Fit tester: ⟨PERSON⟩   Next fit test due in 12 months.\n")
    d.flush()
    d.w("Employee acknowledgement signature ___\n")


def _b_spiro(d: _Doc, r: random.Random) -> None:
    _rad_head(d, r, "SPIROMETRY - OCCUPATIONAL SURVEILLANCE")
    d.w(f"Program: "
        f"{r.choice(('respirable crystalline silica (1910.1053)', 'respirator medical evaluation', 'cotton dust', 'isocyanate surveillance'))}\n"
        f"Employee: ⟨PERSON⟩  DOB ⟨DATE_REAL_YEAR:dob⟩  Employer ⟨ORGANIZATION:employer⟩\n"
        f"Ht {r.randint(60, 76)} in, race-neutral reference (GLI Global); prior reference «Hankinson» NHANES III.\n\n")
    d.free()
    fvc, fev1 = round(r.uniform(2.6, 5.6), 2), 0.0
    fev1 = round(fvc * r.uniform(0.58, 0.84), 2)
    d.w("| Measure | Best | % pred | LLN |\n|---|---|---|---|\n"
        f"| FVC (L) | {fvc} | {r.randint(68, 112)} | {round(fvc * 0.8, 2)} |\n"
        f"| FEV1 (L) | {fev1} | {r.randint(60, 110)} | {round(fev1 * 0.82, 2)} |\n"
        f"| FEV1/FVC | {round(fev1 / fvc, 2)} | - | 0.70 |\n\n")
    d.w(f"Quality: {r.randint(3, 8)} maneuvers, grade {r.choice('ABC')}; repeatability FEV1 within "
        f"{r.choice((80, 110, 140))} mL.\n")
    if r.random() < 0.4:
        d.w(f"Post-bronchodilator («ProAir» HFA albuterol 360 mcg, NDC «{_ndc(r)}»): FEV1 +{r.randint(3, 15)}%.\n")
    d.free()
    d.w(f"\nEquipment: «EasyOne» {r.choice(('Air', 'Pro'))} ultrasonic spirometer, serial ⟨DEVICE_ID⟩; 3-L syringe "
        f"check within 3%.\nTechnician: ⟨PERSON⟩ (NIOSH-approved spirometry course, cert ___).\n\n")
    d.w(f"INTERPRETATION:\n{r.choice(('Normal spirometry.', 'Mild obstruction (FEV1/FVC below LLN); compare with prior; advise smoking cessation («Chantix» discussed).', 'Possible restriction - FVC below LLN; full PFTs recommended.', 'Decline in FEV1 exceeds 15% from baseline - evaluate for work-related disease.'))}\n")
    d.flush()
    d.w("Interpreted by ___, MD\n")


_RAD_KINDS = ("ilo_b_read", "mri_comp_claim", "extremity_xray", "audiogram", "fit_test", "spirometry")
_DIS_KINDS = ("employee_health_visit", "preplacement_physical", "dot_exam", "drug_alcohol_ccf", "first_report_injury",
              "ime_report", "rtw_letter", "osha_300_entry", "impairment_rating", "ncm_phone_log",
              "adjuster_correspondence")
_KINDS: dict[str, tuple[str, Callable[[_Doc, random.Random], None]]] = {
    "ilo_b_read": ("radiology", _b_ilo),
    "mri_comp_claim": ("radiology", _b_mri),
    "extremity_xray": ("radiology", _b_xr),
    "audiogram": ("radiology", _b_audio),
    "fit_test": ("radiology", _b_fit),
    "spirometry": ("radiology", _b_spiro),
    "employee_health_visit": ("discharge", _b_employee_health),
    "preplacement_physical": ("discharge", _b_preplacement),
    "dot_exam": ("discharge", _b_dot),
    "drug_alcohol_ccf": ("discharge", _b_drug_ccf),
    "first_report_injury": ("discharge", _b_first_report),
    "ime_report": ("discharge", _b_ime),
    "rtw_letter": ("discharge", _b_rtw),
    "osha_300_entry": ("discharge", _b_osha300),
    "impairment_rating": ("discharge", _b_impairment),
    "ncm_phone_log": ("discharge", _b_ncm),
    "adjuster_correspondence": ("discharge", _b_adjuster),
}
DOCUMENT_KINDS = _RAD_KINDS + _DIS_KINDS

_SHARED_DIS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: "Employee was reminded that workers' compensation questions go to the carrier and benefit questions "
              "to «Human Resources». Results are shared with the employer only as work status, never as diagnosis.\n",
    lambda r: "Hearing protection, safety glasses and cut-resistant gloves are required in the production area; the "
              f"employee confirmed receipt of PPE on {_shifted_l(r)} and was re-trained on glove selection.\n",
    lambda r: "Non-occupational conditions noted during the visit (elevated BP, overdue colon cancer screening) were "
              "referred to the employee's own physician, ___, with a copy of today's vitals.\n",
    lambda r: "Education provided on ice/heat, activity pacing and warning signs (numbness, weakness, bowel or "
              "bladder change). Employee verbalized understanding. Written instructions given in English and "
              f"«{r.choice(('Spanish', 'Polish', 'Vietnamese', 'Haitian Creole'))}».\n",
    lambda r: f"Per {r.choice(('company', 'union contract', 'carrier'))} policy, employees on restricted duty present "
              f"a "
              "status report after every visit; the supervisor signs that the restrictions can be honored. "
              "Next report due ___.\n",
    lambda r: "Interpreter services offered via telephone language line (session ___); employee declined, "
              "preferring English, and teach-back was adequate.\n",
    lambda r: f"Social History:\nWorks {r.choice(('first', 'second', 'third', 'rotating'))} shift, "
              f"{r.randint(40, 60)} h/week; "
              f"{r.choice(('never smoker', 'former smoker, quit ' + _bare_year(r), '1/2 ppd, 20 pack-years', 'vapes daily'))}; "
              f"alcohol {r.choice(('none', 'social', '2-3 beers on weekends'))}. Lives with ___. Second job: "
              f"{r.choice(('none', 'weekend DJ', 'farm chores', 'rideshare driver'))}.\n",
    lambda r: f"Past Medical History:\n1. "
              f"{r.choice(('Hypertension', 'Type 2 diabetes', 'Asthma, mild intermittent', 'GERD'))}\n"
              f"2. {r.choice(('Prior L knee arthroscopy ' + _bare_year(r), 'Hyperlipidemia', 'Obesity (BMI 34)', 'Migraine'))}\n"
              f"3. {r.choice(('No prior work injuries', 'Prior WC claim for R shoulder, settled', 'Carpal tunnel release R ' + _bare_year(r)))}\n",
    lambda r: f"Medications:\n1. «{r.choice(('Motrin', 'Tylenol', 'Mobic', 'Celebrex'))}» as needed\n"
              f"2. {r.choice(('lisinopril 10 mg daily', 'metformin 500 mg BID', 'albuterol HFA prn', 'omeprazole 20 mg daily'))}\n"
              f"3. {r.choice(('none other', 'cetirizine 10 mg', '«Lipitor» 20 mg nightly', 'sertraline 50 mg'))}\n",
    lambda r: "Review of Systems:\nNegative except as in HPI. Denies fever, chest pain, dyspnea, focal weakness, "
              "bowel or bladder dysfunction. Sleep disturbed by pain on 2-3 nights per week.\n",
    lambda r: f"Functional history: independent in ADLs; drives; "
              f"{r.choice(('hunts and fishes', 'coaches youth soccer', 'cares for grandchildren', 'no hobbies reported'))}. "
              f"Pain diagram completed; "
              f"{r.choice(('consistent with dermatomal pattern', 'non-anatomic distribution noted', 'localized'))}.\n",
    lambda r: f"Billing: CPT «{r.choice(('99213', '99214', '99455', '99456', '99203'))}», ICD-10 "
              f"«{r.choice(('M54.50', 'S39.012A', 'Z02.1', 'Z57.0', 'H83.3X3', 'S63.501A'))}». Employer-paid services "
              "billed per fee schedule; non-occupational care not billed to the carrier.\n",
)
_SHARED_RAD: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"Radiation dose / quality: exposure index within target range; repeat images "
              f"{r.choice(('none', '1 (motion)', '1 (positioning)'))}. "
              "Technologist notes reviewed. Patient identity confirmed with two identifiers before the study.\n",
    lambda r: f"History obtained from the requisition and the patient: "
              f"{r.choice(('no prior surgery in this region', 'prior surgery at an outside facility', 'remote fracture treated nonoperatively'))}; "
              f"{r.choice(('no metallic implants', 'screened for MRI safety, no contraindication', 'pregnancy status negative'))}.\n",
    lambda r: "This study was performed for a workers' compensation / surveillance program. Findings were "
              "communicated to the ordering clinician via the standard results interface; no critical result.\n",
    lambda r: f"Report generated by «{r.choice(('PowerScribe', 'RadReport', 'OccuReport'))}» {_ver(r)}; "
              f"transcription reviewed. Preliminary read {_shifted_l(r)}; final read ___.\n",
    lambda r: "Technique note: standard departmental protocol; images archived to PACS. Comparison with outside "
              "images was not possible because they were not available at the time of interpretation.\n",
    lambda r: f"Clinical correlation: employee reports "
              f"{r.choice(('intermittent symptoms for several months', 'symptoms only at work', 'no current symptoms (surveillance study)'))}; "
              f"{r.choice(('no prior testing at this site', 'prior test at another site', 'baseline obtained at hire'))}.\n",
    lambda r: f"Exposure history (from questionnaire): {r.randint(2, 34)} years in "
              f"{r.choice(('foundry', 'mining', 'construction', 'manufacturing', 'healthcare'))}; "
              f"respirator use {r.choice(('always', 'sometimes', 'rarely'))}; smoking "
              f"{r.choice(('never', 'former', 'current'))}. "
              f"Worked in «{r.choice(_STATES)}» and «{r.choice(_COUNTRIES)}».\n",
    lambda r: "Recommendations: results to be reviewed with the employee by the program physician; repeat per "
              f"program schedule ({r.choice(('annual', 'every 3 years', 'every 5 years'))}). Questions regarding the "
              f"standard: «{r.choice(_PUBLIC_SITES)}».\n",
)
_KIND_EXTRA: dict[str, tuple[Callable[[random.Random], str], ...]] = {
    "employee_health_visit": (
        lambda r: f"Exposure-control plan followed; sharps device was a {r.choice(('safety', 'non-safety'))} device "
                  "(sharps injury log entry made without employee name).\n",
        lambda r: f"Vaccines today: influenza (lot «{_lot(r)}», {_expiry(r)}), left deltoid, IM; VIS given.\n",
    ),
    "preplacement_physical": (
        lambda r: "Physical ability test: 10 squats, 20 stair steps, carry 40 lb 50 ft, ladder climb 8 ft - "
                  "completed without difficulty; HR recovery under 2 minutes.\n",
        lambda r: "Applicant disclosed prior back strain; no restrictions currently; informed that the exam "
                  "results are kept separate from the personnel file (ADA).\n",
    ),
    "dot_exam": (
        lambda r: f"Medications reviewed for safety-sensitive duty: "
                  f"{r.choice(('none sedating', 'gabapentin - advised not to drive if drowsy', 'cyclobenzaprine stopped 3 days ago'))}. "
                  "Driver instructed to report new diagnoses to the examiner.\n",
        lambda r: "Driver counseled about the 49 CFR hours-of-service rules and about fatigue; sleep study "
                  "referral discussed if symptoms change.\n",
    ),
    "drug_alcohol_ccf": (
        lambda r: "Shy-bladder protocol not required. Donor given the opportunity to review the CCF entries and "
                  "initialed the specimen bottle seals in the collector's presence.\n",
    ),
    "first_report_injury": (
        lambda r: "Safeguards/PPE in use: cut gloves, steel-toe boots. Were safeguards used: yes. Was the employee "
                  "performing regular job: yes. Equipment involved: ___.\n",
        lambda r: f"Return to work: {r.choice(('same day, modified duty', 'not yet', 'next shift, full duty'))}. Lost "
                  f"time "
                  "beyond the day of injury: to be determined. Wages: hourly, ___ per week average.\n",
    ),
    "ime_report": (
        lambda r: "Review of the job description shows medium physical demand level (occasional 50 lb). The "
                  "claimant's reported tolerances are below that level; an FCE would clarify capacity.\n",
        lambda r: "Credibility/consistency: effort during grip testing was consistent (coefficient of variation "
                  f"{r.randint(5, 14)}%); no «Waddell» overreaction noted.\n",
    ),
    "rtw_letter": (
        lambda r: "These restrictions apply at work and at home. If the employer cannot accommodate them, "
                  "please contact our office before the employee is sent home.\n",
    ),
    "osha_300_entry": (
        lambda r: "Privacy-concern cases (needlestick, sexual assault, mental illness, HIV/hepatitis/TB, "
                  "reproductive) are entered as 'privacy case' and a confidential list is kept separately.\n",
    ),
    "impairment_rating": (
        lambda r: "Causation is accepted by the carrier; this rating addresses permanency only. The examinee "
                  "understood that the evaluator does not provide treatment.\n",
    ),
    "ncm_phone_log": (
        lambda r: "Claimant educated on the role of the NCM (not an employee of the employer; reports to the "
                  "carrier); consent for medical case management obtained verbally.\n",
    ),
    "adjuster_correspondence": (
        lambda r: "Please note that our file does not include records after ___. Any outstanding bills should "
                  "reference the claim number and be submitted with the appropriate fee-schedule codes.\n",
    ),
    "audiogram": (
        lambda r: "Employee reports tinnitus: " + r.choice(("none", "intermittent, bilateral", "constant, left")) +
                  "; recreational noise: " + r.choice(("hunting", "motorcycle", "none", "woodworking")) + ".\n",
    ),
    "fit_test": (
        lambda r: "Facial features assessed: no facial hair in the seal area; no eyewear interference. The "
                  "employee was told to be re-tested after weight change of 20 lb or dental work.\n",
    ),
    "spirometry": (
        lambda r: "Pre-test checklist: no smoking 1 h, no heavy meal 2 h, no acute respiratory infection in 3 "
                  "weeks; seated, nose clip used.\n",
    ),
    "ilo_b_read": (
        lambda r: "The classification describes radiographic appearances only and does not by itself establish "
                  "a diagnosis or disability.\n",
    ),
    "mri_comp_claim": (
        lambda r: f"Sequences: sagittal T1, T2, STIR; axial T2 {r.choice(('L3-S1', 'through the joint'))}; "
                  "coronal PD fat-sat where applicable.\n",
    ),
    "extremity_xray": (
        lambda r: "Tetanus status reviewed at triage (Tdap «Boostrix» given if > 5 years for a dirty wound).\n",
    ),
}


# --------------------------------------------------------------------------------------------------
# Plan, build, corpus
# --------------------------------------------------------------------------------------------------

def _make_slots() -> tuple[str, ...]:
    modes = ["heavy"] * 5 + ["planted"] * 58 + ["clean"] * 37
    random.Random("holdout55:slots").shuffle(modes)
    return tuple(modes)


_SLOTS = _make_slots()
_ALPHA = 0.6180339887498949
_BETA = 0.41421356237309515
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _make_kind_slots() -> tuple[str, ...]:
    rad = [_RAD_KINDS[k % len(_RAD_KINDS)] for k in range(45)]
    dis = [_DIS_KINDS[k % len(_DIS_KINDS)] for k in range(55)]
    kinds = rad + dis
    random.Random("holdout55:kinds").shuffle(kinds)
    return tuple(kinds)


_KIND_SLOTS = _make_kind_slots()


def _plan(seed: int, i: int) -> tuple[str, str, list[str]]:
    r = random.Random(f"holdout55:plan:{seed}:{i}")
    kind = _KIND_SLOTS[(7 * i + 13 * seed + i // 100) % 100]
    mode = _SLOTS[(i + 37 * seed) % 100]
    cats: list[str] = []
    if mode == "planted":
        n = r.choices((1, 2, 3, 4), weights=(34, 31, 21, 14))[0]
        for j in range(n):
            x = (seed * _BETA + (4 * i + j) * _ALPHA) % 1.0
            cats.append(CATEGORIES[int(x * len(CATEGORIES))])
    return kind, mode, cats


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (k := text.find(s, pos)) >= 0:
        e = k + len(s)
        if (k == 0 or text[k - 1] not in _ALNUM) and (e == len(text) or text[e] not in _ALNUM):
            out.append((k, e))
        pos = k + 1
    return out


def document_kind(seed: int, i: int) -> str:
    return _plan(seed, i)[0]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind, mode, cats = _plan(seed, i)
    r = random.Random(f"holdout55:text:{seed}:{i}")
    note_type, builder = _KINDS[kind]
    d = _Doc(r, cats, mode == "heavy")
    d.pool = list(_KIND_EXTRA.get(kind, ())) + list(_SHARED_RAD if note_type == "radiology" else _SHARED_DIS)
    builder(d, r)
    d.flush()
    d.target = min(d.target, 1150)
    d.more()
    text = "".join(d.buf)
    spans = sorted(d.spans)
    looks = []
    for s in dict.fromkeys(d.looks):
        if not any(a < e and b > st for a, b in _occurrences(text, s) for st, e, _ in spans):
            looks.append(s)
    return LabelledNote(note_type, text, spans), looks, "heavy" if mode == "heavy" else "normal"


def holdout55_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout55_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout55_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout55_corpus, argv, "Held-out corpus 55 (occupational health / workers' compensation), written blind")
    holdout_measure.report("holdout55", args, notes, hits, res)


if __name__ == "__main__":
    main()
