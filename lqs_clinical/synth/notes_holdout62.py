"""Held-out corpus 62: street medicine and housing — homeless outreach, shelter clinics, medical respite,
social-work and housing-agency paperwork, SNAP/benefits and ID-replacement letters, mobile clinics and outreach
van logs, hospital discharges to shelters and supportive housing.

Document kinds (``DOCUMENT_KINDS``), MIMIC-IV-Note shaped, most identifiers masked as ``___``:

- discharge-type: hospital discharge summary to a shelter or supportive housing, medical respite admission
  note, street medicine (SOAP) encounter, mobile clinic / outreach van shift log, social-work housing
  navigation note, supportive-housing application with disability verification, benefits / SNAP /
  ID-replacement letter, shelter-based clinic visit;
- radiology-type: TB-clearance chest radiograph for shelter entry, foot/hand radiographs for cold injury,
  CT head for a patient found down, point-of-care ultrasound on the mobile unit, extremity radiographs after
  a fall or assault, CT abdomen and pelvis.

About 57-59% of notes carry 1-4 identifiers that escaped masking; exactly 5% are heavy (many ``___``, no
plants). Unmasked shifted dates (2100-2200) are never labelled. Categories of the planted values come from a
Weyl sequence, so per-category totals are stable.

Label policy. PERSON is one span per name (given and family together, titles outside); LOCATION is a place
below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are
never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a
chain's store too), agency, school or employer, never a generic department, and never a drug maker, biotech or
trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not).
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot
expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry
are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never
labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers
account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's
call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's
group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's
licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus. A shelter, housing authority or supportive-housing provider, food pantry, church
running a meal program, county social-services or health department, police department, sheriff's office,
jail, court, medical respite programme, community health centre, pharmacy and employer is ORGANIZATION;
Medicaid, Medicare and managed-care plans named as payers are not labelled. Shelter bed numbers, HMIS client
ids, SNAP/benefit case numbers and state non-driver ID numbers have no category and are always written masked.
Intersections, encampments, parks, overpasses, neighbourhoods, towns and counties are LOCATION. A street line
(with its unit, when on the same line) is one STREET_ADDRESS span. Medicaid CIN, Medicare MBI and plan member,
subscriber and policy ids are HEALTH_PLAN. A car's plate or VIN, the outreach van's plate and an ambulance's
plate are VEHICLE_ID; an asset tag on a loaned wheelchair or imaging unit is DEVICE_ID. A police incident
number and an EMS run number are ACCOUNT. Naloxone kit and vaccine expiry dates are never labelled.

Written blind: the author read only this corpus's brief (bench/holdout_corpus_task.md),
lqs_clinical/synth/holdout_measure.py, the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, the
file list of /work/shared/reference and the masked PyHealth note-shaped samples and SOURCES.md under
/work/shared/data. No detector code, rule file, other corpus, test or benchmark was read, and the detector was
never run on this corpus.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from functools import partial

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

DRUGS = (
    "Narcan", "Kloxxado", "Suboxone", "Sublocade", "Vivitrol", "Keflex", "Bactrim DS", "Augmentin", "Silvadene",
    "Lantus", "Humalog", "Eliquis", "Xarelto", "Seroquel", "Invega Sustenna", "Abilify Maintena", "Depakote",
    "Lasix", "Tylenol", "Motrin", "Biktarvy", "Descovy", "Epclusa", "Mavyret", "Chantix", "Nicoderm CQ",
    "Ensure Plus", "Glucerna", "Librium", "Ativan", "Zyprexa", "Haldol",
)
EPONYMS = (
    "Babinski", "Romberg", "Homans sign", "Wernicke encephalopathy", "Korsakoff", "Glasgow Coma Scale",
    "Tinel sign", "Trendelenburg", "Ottawa ankle rules", "Salter-Harris", "Colles fracture", "Jones fracture",
    "Lisfranc", "Kerley B lines", "Ghon complex", "Pott disease", "Charcot foot", "Boerhaave", "Mallory-Weiss",
    "Virchow node", "Cullen sign", "Grey Turner sign", "Monteggia", "Brodie abscess",
)
DEVICES = (
    "FreeStyle Libre 3", "Dexcom G7", "Inogen One G5", "ResMed AirSense 10", "Rollator", "Unna boot",
    "Mepilex Border", "Tegaderm", "Xeroform", "Butterfly iQ3", "Sonosite PX", "Fujifilm FDR Go",
)
SOFTWARE = ("Epic Hyperspace", "PowerChart", "HMIS", "Clarity Human Services", "PACS", "VI-SPDAT v2")
HOTLINES = ("988 Suicide & Crisis Lifeline", "1-800-772-1213", "1-888-692-7487", "1-877-472-8411", "1-800-342-3009",
            "1-866-315-8817")
WEBSITES = ("www.ssa.gov", "mybenefits.ny.gov", "www.fns.usda.gov", "otda.ny.gov", "www.cdc.gov/tb", "211ny.org")
STATES = ("New York", "Vermont", "Massachusetts", "Connecticut", "Pennsylvania", "New Jersey", "Puerto Rico",
          "Dominican Republic", "Haiti", "Guatemala", "Honduras", "Jamaica")
PAYERS = ("Medicaid", "Medicare", "Fidelis Care", "Healthfirst", "MVP Health Care", "Essential Plan")
MAKERS = ("Emergent BioSolutions", "Indivior", "Gilead Sciences", "Alkermes", "AbbVie")
GENERIC_DEPTS = ("Social Work", "Emergency Department", "Case Management", "Care Coordination", "Wound Care Clinic",
                 "Infection Control", "Patient Financial Services", "Behavioral Health")

EPONYMS_AND_BRANDS = DRUGS + EPONYMS + DEVICES + SOFTWARE + HOTLINES + WEBSITES + STATES + PAYERS + MAKERS

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

FIRST = (
    "Dwayne", "Tamika", "Luis", "Renee", "Marcus", "Gloria", "Anthony", "Keisha", "Wilfredo", "Darlene", "Tyrell",
    "Yolanda", "Mohammed", "Bernadette", "Jerome", "Consuelo", "Patrick", "Latoya", "Vernon", "Shauna", "Ignacio",
    "Rosalind", "Clarence", "Mei-Ling", "Dmitri", "Fatoumata", "Esteban", "Lorraine", "Jean-Baptiste", "Nadia",
    "Cornelius", "Imani", "Raymond", "Kateryna", "Desmond", "Marisol", "Elijah", "Agnieszka", "Terrence", "Priya",
    "Wendell", "Guadalupe", "Harold", "Simone", "Kwame", "Theresa", "Ruben", "Chantal", "Oluwaseun", "Bridget",
    "Hector", "Yesenia", "Delroy", "Maureen", "Tomasz", "Ebony", "Santiago", "Colleen", "Abdirahman", "Felicia",
)
LAST = (
    "Okafor", "Rivera", "McAllister", "Washington", "Delgado", "Kowalczyk", "Pierre-Louis", "Brennan", "Nguyen",
    "Haddad", "Thibodeaux", "Santiago", "Abernathy", "Mensah", "Fitzgerald", "Castellano", "Oyelaran", "Whitfield",
    "Baptiste", "Lindqvist", "Marchetti", "Osei", "Donnelly", "Vasquez", "Szymanski", "Holloway", "Achebe",
    "Romero", "Gallagher", "Petrenko", "Dumont", "Lachance", "Mahmoud", "Rosario", "Quiñones", "Van Der Berg",
    "Ferreira", "Mbeki", "Hargrove", "Calloway", "Espinal", "Kaminski", "Underwood", "Toussaint", "Yamamoto",
    "Abiodun", "Pellegrino", "Strickland", "Murtagh", "Bustamante", "Ivanova", "Coleman", "Reyes-Ortiz", "Dorsey",
    "Sokolov", "Ramdial", "Blackwood", "Navarro", "O'Rourke", "Tshibangu",
)
TOWNS = (
    "Troy", "Schenectady", "Cohoes", "Watervliet", "Amsterdam", "Gloversville", "Johnstown", "Catskill",
    "Kingston", "Poughkeepsie", "Newburgh", "Beacon", "Middletown", "Utica", "Oneonta", "Binghamton", "Elmira",
    "Ithaca", "Cortland", "Oswego", "Watertown", "Plattsburgh", "Glens Falls", "Saratoga Springs", "Ballston Spa",
    "Hoosick Falls", "Green Island", "Port Jervis", "Peekskill", "Ossining", "Yonkers", "Mount Vernon",
    "Jamestown", "Olean", "Lockport", "Niagara Falls", "Geneva", "Auburn", "Batavia", "Hempstead", "Mechanicville",
    "Rotterdam", "Colonie", "Wappingers Falls", "Saugerties", "Herkimer",
)
COUNTIES = (
    "Albany", "Rensselaer", "Schenectady", "Saratoga", "Ulster", "Dutchess", "Orange", "Oneida", "Broome",
    "Onondaga", "Erie", "Monroe", "Westchester", "Columbia", "Greene", "Fulton", "Montgomery", "Warren", "Chemung",
    "Tompkins", "Oswego", "Jefferson", "Clinton", "Niagara", "Chautauqua", "Sullivan", "Otsego",
)
STREETS = (
    "Lark", "Washington", "Central", "Clinton", "Pearl", "Hoosick", "River", "Erie", "Genesee", "Liberty",
    "Hamilton", "Delaware", "Madison", "Western", "Congress", "Fulton", "Union", "Market", "Water", "Ferry",
    "Henry", "Quail", "Swan", "Morton", "Elk", "Spring", "Franklin", "Division", "Colvin", "Sheridan", "Livingston",
    "Grand", "Oak", "Catherine", "Lexington", "Partridge", "Orange", "Jay", "Dove", "Hudson",
)
SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Pl", "Ln", "Terrace", "Way", "Drive", "Ct")
PARKS = (
    "Tivoli Park", "Riverfront Park", "Lincoln Park", "Swinburne Park", "Corning Preserve", "Sheridan Hollow",
    "Prospect Park", "Beardslee Park", "Riverside Park", "Frear Park", "Academy Park", "Hoxie Gorge",
    "Washington Park", "Jennings Landing", "Kiwanis Field", "Canal Landing",
)
HOODS = (
    "Arbor Hill", "South End", "West Hill", "North Central", "Hamilton Hill", "Near Westside", "Cornhill",
    "Sixth Ward", "Lansingburgh", "Mont Pleasant", "Bellevue", "Eastside", "Midtown", "Vail Mills",
)


def _name(r: random.Random) -> str:
    f, la = r.choice(FIRST), r.choice(LAST)
    k = r.random()
    if k < 0.45:
        return f"{f} {la}"
    if k < 0.6:
        return f"{f} {r.choice(string.ascii_uppercase.replace('X', ''))}. {la}"
    if k < 0.75:
        return f"{la.upper()}, {f}"
    if k < 0.88:
        return f"{la}, {f}"
    return f"{f} {la}-{r.choice(LAST).replace(' ', '')}"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _up(r: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


def _phone(r: random.Random, tollfree: bool = False) -> str:
    area = r.choice(("800", "888", "877", "866", "855", "844")) if tollfree else r.choice(
        ("518", "315", "607", "845", "914", "716", "585", "347", "718", "929", "646", "838", "680"))
    ex = str(r.randint(2, 9)) + _d(r, 2)
    ln = _d(r, 4)
    if tollfree:
        return r.choice((f"1-{area}-{ex}-{ln}", f"({area}) {ex}-{ln}", f"{area}.{ex}.{ln}"))
    k = r.randrange(8)
    return (f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area} {ex} {ln}",
            f"+1 {area}-{ex}-{ln}", f"1-{area}-{ex}-{ln}", f"{area}{ex}{ln}", f"({area}){ex}-{ln}")[k]


def _pager(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(2, 9)}-{_d(r, 4)}"
    if k == 1:
        return str(r.randint(10000, 99999))
    if k == 2:
        return f"{r.randint(100, 999)}-{_d(r, 4)}"
    if k == 3:
        return str(r.randint(1000, 9999))
    return _phone(r)


_DOMAINS = ("bridgewayrespite.org", "stbrendans.org", "rensco-dss.org", "hudsoncrest.org", "streetmed-ny.org",
            "keystonesh.org", "lanternhouse.net", "capdistrictcoc.org", "northsidechc.org", "porchlightrespite.org")
_PERSONAL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com")


def _email(r: random.Random) -> str:
    f = r.choice(FIRST).lower().replace("-", "").replace(" ", "")
    la = r.choice(LAST).lower().replace("'", "").replace(" ", "").replace("-", "").replace("ñ", "n")
    k = r.randrange(5)
    if k == 0:
        return f"{f}.{la}@{r.choice(_DOMAINS)}"
    if k == 1:
        return f"{f[0]}{la}@{r.choice(_DOMAINS)}"
    if k == 2:
        return f"{f}{la}{r.randint(1, 99)}@{r.choice(_PERSONAL)}"
    if k == 3:
        return f"{la}.{f[0]}{r.randint(60, 99)}@{r.choice(_PERSONAL)}"
    return f"{f}_{la[:4]}@{r.choice(_DOMAINS)}"


def _url(r: random.Random) -> str:
    f = r.choice(FIRST).lower().replace("-", "").replace(" ", "")
    la = r.choice(LAST).lower().replace("'", "").replace(" ", "").replace("-", "").replace("ñ", "n")
    k = r.randrange(6)
    if k == 0:
        return f"https://www.gofundme.com/f/help-{f}-get-housed-{r.randint(2, 9)}"
    if k == 1:
        return f"https://portal.{r.choice(_DOMAINS)}/clients/{_d(r, 6)}"
    if k == 2:
        return f"https://meet.{r.choice(_DOMAINS)}/room/{_d(r, 4)}-{_up(r, 3).lower()}"
    if k == 3:
        return f"www.facebook.com/{f}.{la}.{r.randint(10, 99)}"
    if k == 4:
        return f"http://{r.choice(_DOMAINS)}/intake?case={_d(r, 7)}"
    return f"https://calendly.com/{f}-{la}/housing-checkin"


def _ip(r: random.Random) -> str:
    a = r.choice((10, 24, 47, 66, 71, 73, 98, 104, 172, 192, 208, 69))
    if a == 192:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666 and x % 37 != 0])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(("-", "-", " ", ""))
    return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"


def _mrn(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return "0" + _d(r, 7)
    if k == 1:
        return "H" + _d(r, 7)
    if k == 2:
        return f"MR-{r.randint(1000000, 9999999)}"
    return str(r.randint(10000000, 999999999))


def _acct(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(("enc", "claim", "acc", "run", "spec", "order", "session"))
    if kind == "enc":
        return r.choice((str(r.randint(100000000, 9999999999)), f"E{_d(r, 9)}", f"V{_d(r, 8)}"))
    if kind == "claim":
        return r.choice((f"CL{_d(r, 10)}", f"{_d(r, 4)}-{_d(r, 7)}", f"{_up(r, 1)}{_d(r, 11)}"))
    if kind == "acc":
        return r.choice((f"RA{_d(r, 8)}", f"{r.randint(10, 99)}-{_d(r, 7)}", f"XR{_d(r, 7)}", f"US{_d(r, 7)}"))
    if kind == "run":
        return r.choice((f"{r.randint(19, 25)}-{_d(r, 6)}", f"R{_d(r, 8)}", f"{r.randint(19, 25)}{_d(r, 7)}"))
    if kind == "spec":
        return r.choice((f"S{r.randint(19, 25)}-{_d(r, 5)}", f"SP{_d(r, 8)}", f"M{_d(r, 7)}"))
    if kind == "order":
        return r.choice((f"ORD{_d(r, 8)}", str(r.randint(1000000, 99999999)), f"RQ-{_d(r, 7)}"))
    if kind == "incident":
        return r.choice((f"{r.randint(19, 25)}-{_d(r, 5)}", f"P{r.randint(19, 25)}{_d(r, 6)}"))
    return r.choice((_up(r, 8, "0123456789ABCDEF"), f"LL-{_d(r, 7)}", f"VRI{_d(r, 9)}"))


def _plan(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(("cin", "mbi", "mco"))
    if kind == "cin":
        return f"{_up(r, 2)}{_d(r, 5)}{_up(r, 1)}"
    if kind == "mbi":
        a = _alnum_mbi(r)
        return r.choice((f"{a[:4]}-{a[4:7]}-{a[7:]}", a))
    return r.choice((f"YHF{_d(r, 9)}", f"FC{_d(r, 10)}", f"W{_d(r, 9)}", f"{_d(r, 9)}-01", f"MVP{_d(r, 8)}",
                     f"{_up(r, 3)}{_d(r, 6)}{_up(r, 1)}"))


def _alnum_mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + string.digits
    return (str(r.randint(1, 9)) + r.choice(letters) + r.choice(an) + str(r.randint(0, 9)) + r.choice(letters)
            + r.choice(an) + str(r.randint(0, 9)) + r.choice(letters) + r.choice(letters)
            + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def _license(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(("npi", "md", "dea", "dl", "rn", "ems"))
    if kind == "npi":
        return "1" + _d(r, 9)
    if kind == "md":
        return str(r.randint(200000, 319999))
    if kind == "dea":
        return r.choice("ABFM") + r.choice(string.ascii_uppercase) + _d(r, 7)
    if kind == "dl":
        v = _d(r, 9)
        return r.choice((v, f"{v[:3]} {v[3:6]} {v[6:]}"))
    if kind == "rn":
        return str(r.randint(500000, 799999))
    return str(r.randint(100000, 599999))


def _zip(r: random.Random) -> str:
    z = f"{r.choice((10, 11, 12, 12, 12, 13, 14))}{_d(r, 3)}"
    return z if r.random() < 0.8 else f"{z}-{_d(r, 4)}"


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 2400)} {r.choice(('', '', '', 'N. ', 'S. ', 'West ', 'E '))}{r.choice(STREETS)} " \
        f"{r.choice(SUFFIX)}"
    k = r.random()
    if k < 0.2:
        s += f" Apt {r.randint(1, 6)}{r.choice('ABCDR')}"
    elif k < 0.3:
        s += f", Unit {r.randint(1, 40)}"
    elif k < 0.36:
        s += f" #{r.randint(2, 12)}"
    return s


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date(r: random.Random, lo: int = 1936, hi: int = 2025) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mn = _MONTHS[m - 1]
    k = r.randrange(9)
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mn} {d}, {y}", f"{d:02d}-{mn[:3]}-{y}",
            f"{mn[:3]} {d} {y}", f"{d} {mn} {y}", f"{m:02d}.{d:02d}.{y}", f"{mn[:3]}. {d}, {y}")[k]


def _dob(r: random.Random) -> str:
    return _date(r, 1931, 2004)


def _event(r: random.Random) -> str:
    return _date(r, 2008, 2025)


def _age(r: random.Random) -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103)))


def _serial(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{_up(r, 3)}{_d(r, 9)}"
    if k == 1:
        return f"{_up(r, 2)}{_d(r, 2)}-{_d(r, 6)}"
    if k == 2:
        return f"{_d(r, 4)}{_up(r, 2)}{_d(r, 5)}"
    if k == 3:
        return f"SN{_d(r, 10)}"
    return f"{_up(r, 1)}{_d(r, 8)}{_up(r, 1)}"


def _asset(r: random.Random) -> str:
    return r.choice((f"{_up(r, 3)}-{_d(r, 6)}", f"AT{_d(r, 7)}", f"{_d(r, 6)}", f"EQ-{_d(r, 5)}-{_up(r, 2)}"))


def _plate(r: random.Random) -> str:
    a, b = _up(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"), _d(r, 4)
    return r.choice((f"{a}-{b}", f"{a}{b}", f"{a} {b}", f"{_up(r, 2)}{_d(r, 5)}", f"{_d(r, 2)}{_up(r, 3)}{_d(r, 2)}"))


def _vin(r: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(("1", "2", "3", "5", "J", "K", "W")) + "".join(r.choice(pool) for _ in range(16))


def _org(r: random.Random, kind: str) -> str:
    if kind == "shelter":
        a = r.choice(("Lantern", "Crossroads", "Riverview", "Samaritan", "Cornerstone", "Good Shepherd", "Safe Harbor",
                      "Northgate", "Willow", "Harbor Light", "St. Brendan's", "St. Monica's", "Bethany", "Emmaus",
                      "Gateway", "Open Door"))
        b = r.choice(("House", "Men's Shelter", "Women's Shelter", "Family Shelter", "Mission", "Emergency Shelter",
                      "Drop-In Center", "Youth Shelter", "Warming Center"))
        return f"{a} {b}"
    if kind == "housing":
        if r.random() < 0.4:
            return f"{r.choice(TOWNS)} Housing Authority"
        a = r.choice(("Keystone", "Northbridge", "Pathways", "Home Again", "Cedar Grove", "Threshold", "Anchor",
                      "Stepping Stones", "Hearthside"))
        b = r.choice(("Supportive Housing", "Housing Partners", "Housing Corporation", "Residences"))
        return f"{a} {b}"
    if kind == "pantry":
        return r.choice((f"{r.choice(('Eastside', 'Northside', 'Southend', 'Riverside', 'Hilltop'))} Community Food "
                         "Pantry", "Loaves & Fishes Pantry", f"{r.choice(('St. Vincent', 'St. Anthony'))} Food Pantry",
                         "Open Hands Food Bank", "Daily Bread Pantry"))
    if kind == "church":
        a = r.choice(("Grace Lutheran", "First Baptist", "St. Casimir", "Trinity Episcopal", "Bethel AME",
                      "Emmanuel Methodist", "Our Lady of Mercy", "St. Patrick's", "Mount Zion Baptist",
                      "First Presbyterian"))
        return f"{a} Church"
    if kind == "dss":
        c = r.choice(COUNTIES)
        return r.choice((f"{c} County Department of Social Services", f"{c} County DSS",
                         f"{c} County Department of Health", f"{c} County Office for the Aging",
                         f"{c} County Department of Mental Health"))
    if kind == "hosp":
        a = r.choice(("Hudson Crest", "Mercy Valley", "St. Agnes", "Mohawk", "Ellis Ridge", "Northway", "Capital",
                      "Lakeview University", "Samaritan Heights", "Birchwood", "Seton Valley", "Kinderhook",
                      "St. Clare's", "Helderberg", "Catskill Mountain", "Adirondack Regional", "Hudson Highlands",
                      "Susquehanna", "Mohawk Valley", "Schoharie Creek"))
        b = r.choice(("Hospital", "Medical Center", "General Hospital", "Community Hospital", "Memorial Hospital",
                      "Health Center"))
        return f"{a} {b}"
    if kind == "pharm":
        k = r.random()
        if k < 0.4:
            return r.choice(("Walgreens", "CVS Pharmacy", "Rite Aid", "Kinney Drugs", "Medicine Shoppe",
                             "Price Chopper Pharmacy", "Hannaford Pharmacy"))
        if k < 0.7:
            return f"{r.choice(STREETS)} Street Pharmacy"
        return f"{r.choice(TOWNS)} {r.choice(('Family Pharmacy', 'Apothecary', 'Drug Store', 'Community Pharmacy'))}"
    if kind == "jail":
        return r.choice((f"{r.choice(COUNTIES)} County Correctional Facility", f"{r.choice(COUNTIES)} County Jail",
                         f"{r.choice(TOWNS)} City Court", f"{r.choice(COUNTIES)} County Drug Treatment Court"))
    if kind == "police":
        return r.choice((f"{r.choice(TOWNS)} Police Department", f"{r.choice(COUNTIES)} County Sheriff's Office",
                         f"{r.choice(TOWNS)} Fire Department", f"{r.choice(TOWNS)} PD"))
    if kind == "employer":
        a = r.choice(("Capital", "Sunrise", "Northeast", "Dockside", "Greenway", "Mohawk Valley", "Tri-City",
                      "Empire", "Riverbend", "Hilltop", "Erie Canal", "Twin Rivers"))
        b = r.choice(("Linen Services", "Car Wash", "Temp Staffing", "Seafood", "Landscaping", "Recycling",
                      "Pallet Co.", "Day Labor", "Demolition", "Moving & Storage"))
        return f"{a} {b}"
    if kind == "clinic":
        if r.random() < 0.2:
            return r.choice(("Street Reach Health Collaborative", "Open Road Mobile Health", "Care on Wheels"))
        a = r.choice(("Riverside", "Northside", "Westend", "Hilltop", "Canalside", "Eastside", "Southend", "Lakeside",
                      "Parkside", "Harbor", "Whitehall", "Grand Street"))
        b = r.choice(("Family Health Center", "Community Health Center", "Health Clinic", "Medical Associates",
                      "Primary Care", "Health Services"))
        return f"{a} {b}"
    if kind == "respite":
        a = r.choice(("Bridgeway", "Haven", "Second Wind", "Porchlight", "Harborside", "Stillwater", "Mendon",
                      "Restoration", "Kestrel", "Lighthouse"))
        b = r.choice(("Medical Respite", "Respite House", "Recuperative Care", "Respite Program",
                      "Recuperative Center"))
        return f"{a} {b}"
    if kind == "agency":
        return r.choice((f"Catholic Charities of {r.choice(COUNTIES)} County",
                         f"Legal Aid Society of {r.choice(TOWNS)}",
                         "Capital District Veterans Outreach", "Unity House", "Equinox Outreach"))
    return r.choice(("Mohawk Valley Adult Learning Center", "Hudson Valley Literacy Center"))


def _loc(r: random.Random, kind: str) -> str:
    if kind == "town":
        return r.choice(TOWNS)
    if kind == "county":
        return f"{r.choice(COUNTIES)} County"
    if kind == "xing":
        a, b = r.sample(STREETS, 2)
        s1, s2 = r.choice(("St", "Ave", "St", "Street")), r.choice(("St", "Ave", "Blvd", "Street"))
        return r.choice((f"{a} {s1} and {b} {s2}", f"{a} & {b}", f"{a} {s1} & {b} {s2}", f"{a}/{b}"))
    if kind == "camp":
        return r.choice((r.choice(PARKS), r.choice(PARKS),
                         f"{r.choice(('I-787', 'I-90', 'Route 9', 'Route 7', 'I-81', 'Route 5'))} "
                         f"{r.choice(('overpass', 'underpass', 'bridge'))}"))
    return r.choice(HOODS)


GEN: dict[str, Callable[[random.Random], str]] = {
    "phone": _phone, "fax": _phone, "faxtf": lambda r: _phone(r, tollfree=True), "pager": _pager, "email": _email,
    "url": _url, "ip": _ip, "ssn": _ssn, "mrn": _mrn, "acct": _acct, "zip": _zip, "street": _street, "dob": _dob,
    "event": _event, "age": _age, "serial": _serial, "asset": _asset, "plate": _plate, "vin": _vin, "name": _name,
    **{f"acct_{k}": partial(_acct, kind=k)
       for k in ("enc", "claim", "acc", "run", "spec", "order", "session", "incident")},
    **{f"plan_{k}": partial(_plan, kind=k) for k in ("cin", "mbi", "mco")},
    **{f"lic_{k}": partial(_license, kind=k) for k in ("npi", "md", "dea", "dl", "rn", "ems")},
    **{f"org_{k}": partial(_org, kind=k)
       for k in ("shelter", "housing", "pantry", "church", "dss", "hosp", "pharm", "jail", "police", "employer",
                 "clinic", "respite", "agency", "school")},
    **{f"loc_{k}": partial(_loc, kind=k) for k in ("town", "county", "xing", "camp", "hood")},
}

# --------------------------------------------------------------------------------------------------
# Planting templates: (where the note may carry it "A"ny / "C"linical / "R"adiology, position, pattern, value)
# pattern placeholders: {V} the value, {T} a time, {S} a shifted date, {L:x} a look-alike x.
# --------------------------------------------------------------------------------------------------

TEMPLATES: dict[str, list[tuple[str, str, str, str]]] = {
    "PHONE": [
        ("A", "body", "Pt now has a Lifeline phone - best number {V} (texts ok, minutes run out end of month).",
         "phone"),
        ("A", "body", "Emergency contact: sister (name ___), {V}", "phone"),
        ("C", "body", "Called caseworker at {V}, left VM re: bed hold past 48h.", "phone"),
        ("A", "tail", "Callback #: {V}", "phone"),
        ("C", "body", "| Contact        | Relationship  | Phone |\n| ___            | case manager  | {V} |", "phone"),
        ("C", "head", "Shelter front desk ph {V} (ask for ___ on 2nd shift)", "phone"),
        ("R", "tail", "Findings were communicated by telephone to the ordering street medicine NP at {V} at {T}.",
         "phone"),
        ("R", "head", "Ordering clinician callback: {V}", "phone"),
        ("C", "body", "Pt asks that messages go through his friend at\n{V} since his phone was stolen at the camp.",
         "phone"),
        ("C", "body", "Phone (cell, prepaid):     {V}", "phone"),
        ("C", "body", "ph# {V} (shelter pay phone, ask for pt by first name)", "phone"),
        ("A", "tail", "Questions? Call the respite nurse line {V} (not the {L:988 Suicide & Crisis Lifeline}).",
         "phone"),
        ("C", "body", "tel. {V} (mother's landline in {L:Puerto Rico}, ok to leave msg)", "phone"),
    ],
    "FAX": [
        ("C", "tail", "Fax completed form to housing navigator at {V}, attn ___.", "fax"),
        ("C", "body", "Fax: {V}", "fax"),
        ("A", "tail", "Report faxed to {V} (mobile clinic office) at {T}.", "fax"),
        ("C", "body", "Please return the signed verification by fax {V} or hand it to the front desk.", "fax"),
        ("C", "tail", "p: ___   f: {V}", "fax"),
        ("C", "body", "| Fax | {V} |", "fax"),
        ("C", "tail", "Clinic fax (toll-free): {V}   |   SSA line {L:1-800-772-1213} is public", "faxtf"),
        ("R", "tail", "cc: outreach clinic, fax# {V}", "fax"),
        ("C", "body", "SENT VIA FAX TO {V} -- {S} {T}  pages: 3", "fax"),
        ("A", "tail", "Our practice fax (toll free) {V}", "faxtf"),
    ],
    "PAGER": [
        ("A", "tail", "Street medicine on-call: pager {V}", "pager"),
        ("C", "body", "Paged covering resident (pgr {V}) re: dispo to shelter vs respite.", "pager"),
        ("R", "tail", "Discussed with ED attending, beeper {V}, at {T}.", "pager"),
        ("C", "tail", "Pgr: {V}", "pager"),
        ("C", "body", "If a respite bed opens overnight, page {V} anytime.", "pager"),
        ("A", "body", "Page ___ (ID pager #{V}) with any culture results.", "pager"),
        ("C", "tail", "Night float p. {V}", "pager"),
        ("R", "tail", "Wet read called to the resident on pager\n{V}.", "pager"),
    ],
    "EMAIL": [
        ("C", "body", "Caseworker email: {V}", "email"),
        ("C", "tail", "Send updated med list to {V}", "email"),
        ("C", "body", "Pt's email for the benefits portal login (set up at the library): {V}", "email"),
        ("A", "tail", "Questions: {V}", "email"),
        ("C", "body", "| Email | {V} |", "email"),
        ("C", "body", "From: {V}\nSent: {S} {T}\nSubject: respite referral ___", "email"),
        ("R", "tail", "Report copy requested by e-mail to {V}.", "email"),
        ("C", "body", "emailed the {L:HMIS} data lead ({V}) to merge duplicate records", "email"),
    ],
    "URL": [
        ("C", "body", "Family started a fundraiser for him: {V}", "url"),
        ("C", "body", "Client portal link (do not share): {V}", "url"),
        ("A", "body", "Telehealth visit link: {V}", "url"),
        ("C", "body", "Pt's social media page where he posts where he is sleeping: {V}", "url"),
        ("C", "tail", "Intake form for this client: {V}  (general info at {L:211ny.org})", "url"),
        ("R", "tail", "Images available for outside review at {V}", "url"),
        ("C", "body", "Housing application tracking page {V} shows status pending.", "url"),
    ],
    "IP_ADDRESS": [
        ("C", "tail", "E-signed by client on tablet; audit: IP {V}, {S} {T}", "ip"),
        ("A", "body", "Telehealth connection from {V} dropped twice.", "ip"),
        ("C", "body", "Kiosk log: login from {V} (library public terminal)", "ip"),
        ("R", "tail", "Images pushed from mobile unit workstation {V} to {L:PACS}.", "ip"),
        ("C", "tail", "[system] session started host={V} user=___", "ip"),
        ("C", "body", "Van hotspot IP {V} - MiFi reset at {T}", "ip"),
    ],
    "SSN": [
        ("C", "body", "SSN: {V}", "ssn"),
        ("C", "body", "Social Security # {V} (card lost, replacement requested via {L:www.ssa.gov})", "ssn"),
        ("C", "body", "| SSN | {V} |", "ssn"),
        ("C", "tail", "SS#{V}", "ssn"),
        ("C", "body", "Pt recited his social from memory: {V}; matches DSS record.", "ssn"),
        ("C", "body", "ss no.   {V}", "ssn"),
        ("R", "head", "Pt ID: {V} (SSN, legacy registration)", "ssn"),
    ],
    "MRN": [
        ("A", "head", "Unit No:   {V}", "mrn"),
        ("A", "head", "MRN: {V}", "mrn"),
        ("R", "head", "MR#: {V}", "mrn"),
        ("C", "body", "Hospital record # {V} (prior admissions x6)", "mrn"),
        ("C", "body", "| MRN | {V} |", "mrn"),
        ("A", "tail", "Pt. MRN {V} - scan into chart", "mrn"),
        ("C", "body", "Outside MRN {V} at ___ (records requested)", "mrn"),
        ("R", "head", "Medical Record Number {V}", "mrn"),
    ],
    "ACCOUNT": [
        ("R", "head", "Accession #: {V}", "acct_acc"),
        ("R", "head", "ACC {V}", "acct_acc"),
        ("C", "body", "Encounter #{V}", "acct_enc"),
        ("C", "body", "EMS run # {V} - pt brought from ___ by BLS.", "acct_run"),
        ("C", "body", "Claim {V} denied (no active coverage on DOS); resubmitted.", "acct_claim"),
        ("A", "body", "Specimen ID {V} sent for culture.", "acct_spec"),
        ("A", "body", "Order #{V}", "acct_order"),
        ("C", "body", "Interpreter (Haitian Creole) via video, session ID {V}.", "acct_session"),
        ("C", "tail", "Acct: {V}", "acct_enc"),
        ("R", "tail", "Requisition {V}", "acct_order"),
        ("C", "body", "Wellness check, police incident no. {V}.", "acct_incident"),
    ],
    "HEALTH_PLAN": [
        ("C", "body", "Medicaid CIN: {V}", "plan_cin"),
        ("C", "body", "{L:Medicaid} # {V} - active, recertification due ___", "plan_cin"),
        ("C", "body", "{L:Medicare} MBI {V}", "plan_mbi"),
        ("C", "body", "Member ID: {V} ({L:Fidelis Care}, managed Medicaid)", "plan_mco"),
        ("C", "body", "| Insurance | Medicaid | {V} |", "plan_cin"),
        ("A", "head", "Ins ID: {V}", "plan_mco"),
        ("R", "head", "Insurance: Medicaid  ID {V}", "plan_cin"),
        ("C", "body", "Subscriber ID {V}; group ___ (employer plan from last job)", "plan_mco"),
        ("C", "tail", "{L:Essential Plan} policy no. {V}", "plan_mco"),
    ],
    "LICENSE": [
        ("A", "tail", "NPI: {V}", "lic_npi"),
        ("C", "tail", "NYS License # {V}", "lic_md"),
        ("C", "body", "DEA {V}", "lic_dea"),
        ("C", "body", "Pt's expired NYS driver license no. {V} used as secondary ID.", "lic_dl"),
        ("C", "tail", "RN lic. {V}", "lic_rn"),
        ("R", "tail", "Electronically signed, NPI {V}", "lic_npi"),
        ("C", "body", "EMT cert #{V} (crew lead)", "lic_ems"),
        ("C", "body", "| Prescriber NPI | {V} |", "lic_npi"),
        ("C", "body", "Prior driver's lic {V} (suspended - unpaid fines)", "lic_dl"),
    ],
    "ZIP": [
        ("C", "body", "Last permanent address: ___, NY {V}", "zip"),
        ("A", "head", "ZIP: {V}", "zip"),
        ("C", "body", "Zip code of last residence {V} (needed for coordinated entry priority)", "zip"),
        ("C", "body", "Mailing address: c/o ___, ___ NY {V}", "zip"),
        ("R", "head", "Pt zip: {V}", "zip"),
        ("C", "body", "| ZIP | {V} |", "zip"),
        ("C", "tail", "___\n___, {L:New York} {V}", "zip"),
    ],
    "STREET_ADDRESS": [
        ("C", "body", "Last known address: {V}", "street"),
        ("C", "body", "Adress (prior apt, evicted): {V}", "street"),
        ("C", "body", "Mailing address: {V} (c/o the shelter office)", "street"),
        ("C", "body", "Moving into scattered-site apartment at {V} on ___.", "street"),
        ("C", "body", "| Address | {V} |", "street"),
        ("R", "head", "Pt address: {V}", "street"),
        ("C", "tail", "{V}\n___, NY ___", "street"),
        ("C", "body", "Respite located at\n{V}; meds delivered there.", "street"),
        ("A", "body", "Pt sleeps in a doorway at {V} most nights.", "street"),
    ],
    "DATE_REAL_YEAR": [
        ("C", "body", "DOB: {V}", "dob"),
        ("C", "body", "Date of birth {V} (verified with birth certificate copy)", "dob"),
        ("C", "body", "Last stably housed until {V}", "event"),
        ("C", "body", "Released from ___ on {V} with no discharge planning.", "event"),
        ("C", "body", "Evicted {V} after rent arrears.", "event"),
        ("A", "body", "Partner died {V} (overdose); pt has been on the street since.", "event"),
        ("R", "body", "COMPARISON: Chest radiograph {V} from outside hospital.", "event"),
        ("R", "head", "Prior study dated {V} available for comparison.", "event"),
        ("C", "body", "| DOB | {V} |", "dob"),
        ("C", "tail", "Homeless since {V} per client.", "event"),
        ("C", "body", "Hep A/B vaccine #1 given {V} at ___.", "event"),
    ],
    "AGE_OVER_89": [
        ("A", "body", "{V}-year-old woman staying at the ___ overflow site.", "age"),
        ("C", "body", "Age: {V}", "age"),
        ("R", "head", "INDICATION: {V} year old man found down in a bus shelter, r/o bleed.", "age"),
        ("C", "body", "pt is {V} y/o, the oldest guest in the shelter", "age"),
        ("A", "body", "This {V} yo veteran declines to leave his spot.", "age"),
        ("C", "body", "| Age | {V} |", "age"),
        ("R", "head", "History: {V}F with fall at shelter.", "age"),
        ("C", "body", "aged {V}, still walks to the meal program daily", "age"),
    ],
    "DEVICE_ID": [
        ("C", "body", "Portable O2 concentrator ({L:Inogen One G5}) SN {V} loaned by respite.", "serial"),
        ("C", "body", "Glucometer serial {V} (issued by mobile clinic)", "serial"),
        ("R", "body", "Pacemaker generator SN: {V} noted on prior interrogation.", "serial"),
        ("A", "body", "CPAP ({L:ResMed AirSense 10}) serial no. {V} left in shelter storage.", "serial"),
        ("R", "tail", "Portable DR unit asset tag {V}", "asset"),
        ("C", "body", "UDI (01){L:GTIN}(17){L:UDIEXP}(10){L:LOT}(21){V}", "serial"),
        ("C", "body", "Wheelchair asset tag: {V} - must be returned at discharge.", "asset"),
        ("C", "body", "| Device | serial | {V} |", "serial"),
        ("R", "body", "Ultrasound probe serial {V} (probe swapped mid-exam).", "serial"),
    ],
    "VEHICLE_ID": [
        ("C", "body", "Pt lives in his car, plate {V}, parked behind ___.", "plate"),
        ("C", "body", "Vehicle towed; VIN {V}; personal items and meds inside.", "vin"),
        ("C", "tail", "Outreach van #3 (plate {V}) mileage 48,210", "plate"),
        ("A", "body", "Ambulance plate {V} per EMS sheet", "plate"),
        ("C", "body", "| Vehicle | {V} |", "plate"),
        ("C", "body", "NY plate {V} - gray minivan where the family is sleeping", "plate"),
        ("R", "head", "Pt arrived by ambulance (unit plate {V})", "plate"),
    ],
    "PERSON": [
        ("A", "head", "Attending: {V}", "name"),
        ("C", "body", "Case manager {V} from ___ will pick up at discharge.", "name"),
        ("C", "tail", "{V}, LCSW", "name"),
        ("R", "tail", "Dictated by: {V}, MD", "name"),
        ("R", "body", "Results discussed with Dr. {V} at {T}.", "name"),
        ("A", "body", "Emergency contact: {V} (brother)", "name"),
        ("C", "body", "Pt known on the street as '___' (legal name {V}).", "name"),
        ("C", "body", "| Caseworker | {V} |", "name"),
        ("C", "tail", "-- {V}, RN, street medicine", "name"),
        ("C", "body", "Landlord {V} agreed to hold the unit until ___.", "name"),
        ("C", "body", "Case manger {V} called back, wil bring pt's ID docs tmrw.", "name"),
        ("C", "tail", "Signed: ___ for {V} (supervising physician)", "name"),
        ("R", "head", "Referring: {V}, NP", "name"),
    ],
    "LOCATION": [
        ("C", "body", "Found at the corner of {V} by the outreach team.", "loc_xing"),
        ("C", "body", "Sleeping at the {V} encampment since ___.", "loc_camp"),
        ("A", "body", "Pt from {V}, came to ___ for seasonal work.", "loc_town"),
        ("C", "body", "Moved out of {V} after the sweep of the camp.", "loc_camp"),
        ("C", "body", "Van stop #2: {V} (under the bridge)", "loc_xing"),
        ("C", "body", "Encampmnt relocated to\n{V} after the city posted notices.", "loc_camp"),
        ("C", "body", "Lives in {V}, per DSS.", "loc_county"),
        ("R", "head", "Mobile unit location: {V}", "loc_hood"),
        ("C", "body", "Family in {V}, not in contact.", "loc_town"),
        ("C", "body", "Staying with a friend in the {V} neighborhood.", "loc_hood"),
        ("C", "tail", "Next van visit: {V}, ___ 10:00", "loc_xing"),
        ("R", "body", "Patient was transported from {V} by EMS.", "loc_camp"),
    ],
    "ORGANIZATION": [
        ("C", "body", "Staying at {V}, bed ___.", "org_shelter"),
        ("C", "body", "pt stayng at {V} since ___, curfew 9pm", "org_shelter"),
        ("C", "body", "Rx transferred to {V} store #___ near the shelter.", "org_pharm"),
        ("A", "head", "Facility: {V}", "org_hosp"),
        ("C", "body", "Referred to {V} for voucher intake.", "org_housing"),
        ("C", "body", "Gets lunch at the {V} meal program M-F.", "org_church"),
        ("C", "body", "SNAP recert sent to {V}.", "org_dss"),
        ("A", "body", "Transferred from {V} ED.", "org_hosp"),
        ("C", "body", "Meds filled at {V}; weekly blister packs.", "org_pharm"),
        ("C", "body", "Released from {V} 2 wks ago.", "org_jail"),
        ("C", "body", "Works day labor for {V}.", "org_employer"),
        ("R", "head", "Outside study from {V}.", "org_hosp"),
        ("C", "body", "Wellness check by {V}.", "org_police"),
        ("C", "body", "Food box from {V} weekly.", "org_pantry"),
        ("C", "tail", "{V} | Street Medicine Program", "org_clinic"),
        ("C", "body", "Accepted to {V} for a 4-week stay.", "org_respite"),
        ("R", "tail", "Performed at {V} mobile imaging.", "org_clinic"),
        ("C", "body", "Legal help with the eviction from {V}.", "org_agency"),
        ("C", "body", "Enrolled in GED classes at {V}.", "org_school"),
    ],
}

CATEGORY_WEIGHTS = (
    ("PERSON", 10), ("ORGANIZATION", 9), ("LOCATION", 8), ("DATE_REAL_YEAR", 7), ("PHONE", 6), ("ACCOUNT", 6),
    ("MRN", 5), ("STREET_ADDRESS", 5), ("ZIP", 4), ("HEALTH_PLAN", 4), ("LICENSE", 4), ("AGE_OVER_89", 3),
    ("EMAIL", 3), ("FAX", 3), ("SSN", 3), ("DEVICE_ID", 3), ("VEHICLE_ID", 3), ("PAGER", 2), ("URL", 2),
    ("IP_ADDRESS", 2),
)
_POOL = tuple(c for c, w in CATEGORY_WEIGHTS for _ in range(w))

# --------------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.looks: list[str] = []

    def L(self, s: str) -> str:  # noqa: N802 - short on purpose
        self.looks.append(s)
        return s

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.L(self.r.choice(pool))

    def sd(self) -> str:
        r = self.r
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        return self.L(r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}")))

    def t(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.choice(('00', '05', '12', '20', '34', '41', '47', '55'))}"

    def lot(self) -> str:
        return self.L(f"LOT {self.r.choice(('', 'A', 'K', 'HN'))}{self.r.randint(1000, 99999)}")

    def exp(self) -> str:
        r = self.r
        y, m = r.randint(2025, 2029), r.randint(1, 12)
        return self.L(r.choice((f"EXP {y}-{m:02d}-{r.randint(1, 28):02d}", f"Exp: {m:02d}/{r.randint(1, 28):02d}/{y}",
                                f"exp {m:02d}/{y}")))

    def ndc(self) -> str:
        return self.L(f"NDC {self.r.randint(10000, 69999)}-{self.r.randint(100, 999)}-{self.r.randint(10, 99)}")

    def young(self) -> str:
        return self.L(f"{self.r.randint(19, 88)}-year-old")

    def drug(self) -> str:
        return self.pick(DRUGS)

    def ep_exam(self) -> str:
        return self.pick(("Babinski", "Romberg", "Homans sign", "Tinel sign", "Trendelenburg"))

    def ep_rad(self) -> str:
        return self.pick(("Salter-Harris", "Monteggia", "Lisfranc", "Jones fracture", "Brodie abscess",
                          "Charcot foot"))


def _fill_template(c: _Ctx, pattern: str, gen: str, cat: str) -> list[tuple[str, str]]:
    """Pattern -> parts (text, category or "" for plain text)."""
    r = c.r
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pattern):
        j = pattern.find("{", i)
        if j < 0:
            out.append((pattern[i:], ""))
            break
        out.append((pattern[i:j], ""))
        k = pattern.index("}", j)
        key = pattern[j + 1:k]
        if key == "V":
            out.append((GEN[gen](r), cat))
        elif key == "T":
            out.append((c.t(), ""))
        elif key == "S":
            out.append((c.sd(), ""))
        elif key == "L:GTIN":
            out.append((c.L("0" + "".join(r.choice(string.digits) for _ in range(13))), ""))
        elif key == "L:UDIEXP":
            out.append((c.L(f"{r.randint(26, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), ""))
        elif key == "L:LOT":
            out.append((c.L(f"{r.choice('ABKM')}{r.randint(10000, 99999)}"), ""))
        else:
            out.append((c.L(key[2:]), ""))
        i = k + 1
    return out


def _hdr_discharge(c: _Ctx, service: str, allergies: str) -> list[str]:
    r = c.r
    return [
        f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  ___             Sex:   {r.choice('MF')}\n\nService: {service}\n\nAllergies:\n{allergies}\n\n"
        "Attending: ___.",
    ]


def _heavy_block(c: _Ctx, rad: bool) -> str:
    r = c.r
    lines = ["CONTACTS / RELEASES ON FILE (per ROI, ___):" if not rad else "DEMOGRAPHICS (registration):"]
    roles = ["Patient", "Emergency contact", "Case manager", "Housing navigator", "Shelter desk", "Payee",
             "PCP", "Probation officer", "Pharmacy", "Respite RN", "Care coordinator", "Landlord"]
    r.shuffle(roles)
    for role in roles[:10]:
        lines.append(f"{role}: ___   Phone: ___   Fax: ___")
    lines.append("Address: ___ ___, ___ ___   DOB ___   HMIS ID ___   Bed ___")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Document kinds: each returns (core segments, optional filler segments)
# --------------------------------------------------------------------------------------------------

def _k_discharge_shelter(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    cc, course = r.choice((
        ("bilateral lower extremity cellulitis",
         f"Treated with IV cefazolin then transitioned to {c.drug()} PO. Legs elevated, {c.pick(DEVICES)} "
         "applied by wound care. Venous stasis changes chronic."),
        ("alcohol withdrawal",
         f"CIWA-guided {c.L('Librium')} taper, max CIWA 19. Thiamine given for concern for "
         f"{c.L('Wernicke encephalopathy')}. No seizures. Declined residential rehab, accepted outpatient referral."),
        ("frostbite of both feet",
         f"Found outdoors after a night at -12C. Rewarmed in ED. Blisters debrided, {c.L('Silvadene')} dressings. "
         "Podiatry to follow; demarcation expected over 3-4 weeks."),
        ("COPD exacerbation",
         "Nebs, prednisone burst, doxycycline. Ambulatory sat 91% RA at discharge. Spacer teaching done; inhalers "
         "given in hand (shelter does not allow nebulizer machines)."),
        ("opioid overdose",
         f"Found apneic, reversed with {c.L('Narcan')} x2 by EMS. Observed 24h. Started on buprenorphine "
         f"({c.L('Suboxone')}) 8-2 mg BID, bridge script to clinic. Naloxone kit given at bedside."),
        ("hyperglycemia with DKA",
         f"Insulin drip then {c.L('Lantus')} 18 units nightly. Insulin pens cannot be refrigerated at shelter; "
         f"pharmacy provided a cooling pouch. {c.L('FreeStyle Libre 3')} sensor applied."),
    ))
    dispo = r.choice(("Shelter", "Homeless shelter (bed confirmed by phone)", "Supportive housing",
                      "Medical respite", "Shelter with visiting nurse"))
    core = _hdr_discharge(c, r.choice(("MEDICINE", "SURGERY", "PODIATRY", "ADDICTION MEDICINE")),
                          r.choice(("Penicillins", "No Known Allergies / Adverse Drug Reactions", "sulfa",
                                    "Haldol (dystonia)")))
    core += [
        f"Chief Complaint:\n{cc}",
        "History of Present Illness:\n"
        f"___ is a {c.young()} {r.choice(('man', 'woman', 'person'))} experiencing homelessness (unsheltered x "
        f"___ months, intermittently at ___) who presents with {cc}. Collateral from street medicine team. PMH "
        f"notable for hepatitis C (untreated), tobacco use, and AUD. Last seen in clinic on {c.sd()}.",
        f"Social History:\nHousing: ___. Income: SSI pending. Tobacco 1 ppd. EtOH daily. Drugs: fentanyl (smoked). "
        f"Born in {c.pick(STATES)}; in {c.L('New York')} since ___.",
        f"Brief Hospital Course:\n{course}",
        "Discharge Medications:\n"
        f"1. {c.drug()} as directed\n2. {c.drug()} as directed\n3. naloxone 4 mg nasal spray ({c.L('Kloxxado')} "
        f"or {c.L('Narcan')}) - kit {c.lot()}, {c.exp()}\n4. multivitamin daily",
        f"Discharge Disposition:\n{dispo}",
        "Discharge Instructions:\nYou were in the hospital for "
        f"{cc}. Keep your medicines in the lockbox at the shelter. If you are in crisis call or text "
        f"the {c.L('988 Suicide & Crisis Lifeline')}. For food and shelter information dial 211. Return to the "
        f"{c.pick(GENERIC_DEPTS)} for fever, spreading redness, or chest pain.",
        "Followup Instructions:\n___ with street medicine van ___ (Tue/Thu) and PCP ___ on ___",
    ]
    extras = [
        f"Pertinent Results:\nWBC-{r.randint(5, 19)}.{r.randint(0, 9)} Hgb-{r.randint(8, 15)}.{r.randint(0, 9)} "
        f"Plt-{r.randint(90, 420)} Na-{r.randint(128, 144)} K-{r.randint(3, 5)}.{r.randint(0, 9)} "
        f"Cr-0.{r.randint(6, 9)} AST-{r.randint(20, 180)} ALT-{r.randint(15, 120)} EtOH-{r.randint(0, 310)}",
        f"Physical Exam:\nT 98.{r.randint(0, 9)} HR {r.randint(60, 118)} BP {r.randint(100, 160)}/"
        f"{r.randint(60, 98)} RR {r.randint(12, 22)} SpO2 {r.randint(91, 99)}% RA. Poor dentition. "
        f"{c.L('Romberg')} negative. Feet: macerated, tinea pedis. No {c.L('Babinski')}.",
        "Transitional Issues:\n- Shelter closes 8a-4p; pt needs a daytime location for IV/PO meds\n- Phone "
        "number changes frequently; contact via street medicine team\n- Outstanding: TB clearance letter for "
        "shelter, ID replacement",
    ]
    return core, extras


def _k_respite_admission(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = [
        "MEDICAL RESPITE PROGRAM - ADMISSION NOTE",
        f"Date of admission: {c.sd()}    Referral source: ___ (inpatient {c.pick(GENERIC_DEPTS[:3:2])})    Bed: ___",
        "Reason for respite: " + r.choice(("IV antibiotics via PICC for osteomyelitis", "post-op wound care after "
                                           "I&D", "new insulin start", "CHF with daily weights", "hip fracture "
                                           "rehab, non-weight bearing")) + ". Expected length of stay 2-6 weeks.",
        f"History:\n{c.young()} with chronic homelessness, last housed ___. Has been cycling between the ED and "
        "the shelter. Prefers to be called ___.",
        "ADLs:\nAmbulation: with walker / " + c.L("Rollator") + "\nBathing: set-up assist\nMeds: self-admin "
        "from locked drawer, RN observes AM dose",
        "Medication reconciliation:\n"
        f"| Medication            | Dose        | Source   |\n| {c.drug():21} | per label   | hospital |\n"
        f"| {c.drug():21} | per label   | respite  |\n| naloxone kit          | {c.lot():11} | van      |",
        "Housing plan:\nCoordinated entry assessment (" + c.L("VI-SPDAT v2") + f" score {r.randint(6, 16)}) "
        "completed; prioritized for permanent supportive housing. Documents needed: birth certificate, "
        "Social Security card, photo ID (all lost in camp sweep).",
        "Respite rules reviewed: no substances on site, sign-out book, quiet hours 10p-7a. Pt agrees.",
    ]
    extras = [
        f"Wound:\n4 x 3 cm ulcer L shin, granulating, moderate serous drainage. {c.L('Mepilex Border')} changed "
        f"q3d. {c.L('Unna boot')} deferred. {c.L('Homans sign')} negative.",
        f"Nutrition:\n{c.L('Ensure Plus')} BID; diabetic diet; food pantry bag on Fridays.",
        f"Behavioral health:\nPHQ-9 {r.randint(3, 22)}. AUDIT-C {r.randint(0, 12)}. Interested in " + c.L("Vivitrol")
        + " after discussion; will discuss with addiction medicine.",
    ]
    return core, extras


def _k_street_soap(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = [
        "STREET MEDICINE ENCOUNTER NOTE",
        f"Date: {c.sd()}  Time: {c.t()}  Team: NP + outreach worker + ___ (student)\nSetting: ___ (unsheltered)",
        "S:\n" + r.choice((
            "Pt c/o painful swollen R hand x 4 days after a fight. Denies IVDU into the hand. Slept outside all week.",
            "Pt reports cough x 3 wks, night sweats, 10 lb weight loss. Stayed at 3 different shelters this month.",
            "Pt requests refill of BP meds; lost them when belongings were taken during a sweep.",
            "Feet are 'burning and numb' after wet boots for days. Wants socks and a ride to the clinic.",
        )),
        f"O:\nBP {r.randint(110, 190)}/{r.randint(60, 110)} HR {r.randint(58, 120)} SpO2 {r.randint(88, 99)}% "
        f"T {r.randint(96, 101)}.{r.randint(0, 9)}F. Appears {c.young()}-ish, disheveled, alert. "
        f"{c.L('Glasgow Coma Scale')} 15.",
        "A/P:\n1. See S - wound check, dressing applied\n2. Harm reduction: naloxone distributed "
        f"({c.L('Narcan')} 4 mg, {c.lot()}, {c.exp()}), fentanyl test strips, sharps container\n"
        "3. Housing: offered shelter bed via ___, pt declined tonight ('too many rules')\n"
        f"4. Refer to {c.pick(GENERIC_DEPTS)}; van will return ___",
        "Supplies given: socks x3, hand warmers, water, granola bars, tarp.",
    ]
    extras = [
        f"Hx: HTN, HCV Ab+, prior {c.L('Charcot foot')} concern (DM2). Meds: {c.drug()}, {c.drug()}.",
        "Consent: verbal, in person. Pt prefers visits before 10 am when he is 'clear'.",
        f"Tx: {c.drug()} given from van stock ({c.ndc()}).",
    ]
    return core, extras


def _k_van_log(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    rows = []
    hours = sorted(r.sample(range(8, 21), r.randint(4, 6)))
    for hr in hours:
        svc = r.choice(("wound care", "BP checks", "naloxone x4", "HIV/HCV rapid tests", "flu shots", "hygiene kits",
                        "bus passes", "referrals"))
        mm = r.choice(("05", "15", "30", "45", "50"))
        rows.append(f"| {hr:02d}:{mm} | stop ___  | {r.randint(1, 14):>2} contacts | {svc} |")
    core = [
        "MOBILE CLINIC / OUTREACH VAN - SHIFT LOG",
        f"Shift date: {c.sd()}    Driver: ___    Clinician: ___    Odometer start {r.randint(40000, 99999)}",
        "| Time  | Stop      | Contacts    | Services |\n|-------|-----------|-------------|----------|\n"
        + "\n".join(rows),
        f"Vehicle check: tires ok, generator fuel 3/4, vaccine fridge {r.randint(2, 8)}.{r.randint(0, 9)} C "
        f"(logged), PPD ({c.L('Tubersol')}) stock {r.randint(2, 20)} vials.",
        "Clinical encounter of note:\nPt seen at stop ___, ___ yo, with infected abscess L forearm. I&D "
        f"performed in van. {c.pick(('Keflex', 'Bactrim DS', 'Augmentin'))} started. "
        "Tetanus up to date.",
        "Incidents: none. Sharps returned: " + str(r.randint(10, 300)) + ".",
    ]
    extras = [
        f"Supplies restocked: {c.L('Tegaderm')} x20, {c.L('Xeroform')} x10, naloxone kits x24 ({c.lot()}, "
        f"{c.exp()}).",
        f"Weather: {r.randint(-15, 38)} C, {r.choice(('snow', 'rain', 'clear', 'heat advisory'))}. Code Blue "
        "declared, warming centers open.",
        f"Data entry: encounters entered in {c.pick(SOFTWARE[:4])}; duplicate client flagged for merge.",
    ]
    return core, extras


def _k_social_work(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = [
        f"SOCIAL WORK PROGRESS NOTE - HOUSING NAVIGATION\nService: {c.pick(GENERIC_DEPTS[:4:2] + GENERIC_DEPTS[3:4])}",
        f"Date: {c.sd()}   Contact type: {r.choice(('face to face', 'phone', 'bedside', 'at shelter'))}",
        f"Pt is a {c.young()} with a history of chronic homelessness (HUD definition met), currently "
        f"{r.choice(('unsheltered', 'in emergency shelter', 'in medical respite', 'doubled-up'))}.",
        "Assessment:\nCoordinated entry: " + c.L("VI-SPDAT v2") + f" = {r.randint(4, 17)}. Disabling conditions: "
        "SMI, SUD, chronic health condition. Income: none; SSI application pending. Barriers: no ID, prior "
        "eviction, criminal record.",
        "Documents checklist:\n[x] birth certificate requested ___\n[ ] Social Security card (see "
        + c.L("www.ssa.gov") + ")\n[ ] photo ID\n[x] homelessness verification letter\n[ ] income "
        "verification",
        "Plan:\n- Submit PSH application with disability verification\n- SNAP application via " +
        c.L("mybenefits.ny.gov") + " (case # ___)\n- Follow up on HMIS record (ID ___)\n- Pt to bring mail to "
        "the shelter address",
    ]
    extras = [
        f"Pt tearful discussing loss of children's custody; supportive counseling provided. Safety plan "
        f"reviewed; {c.L('988 Suicide & Crisis Lifeline')} info given.",
        f"Benefits: {c.pick(PAYERS)} active; SNAP $___/mo; EBT card lost, replacement requested.",
        "Collateral from shelter staff: pt following rules, attending groups, saving money.",
    ]
    return core, extras


def _k_housing_app(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = [
        "SUPPORTIVE HOUSING APPLICATION - VERIFICATION OF DISABILITY\n(to be completed by a licensed clinician)",
        "Applicant name: ___          DOB: ___          HMIS #: ___",
        "Section A - Homeless status\n[x] Literally homeless (place not meant for habitation)\n[ ] Emergency "
        f"shelter\n[ ] Fleeing DV\nLength of homelessness: {r.randint(1, 14)} years",
        "Section B - Disabling condition(s)\n"
        f"[x] Serious mental illness ({r.choice(('schizophrenia', 'bipolar I', 'PTSD', 'MDD recurrent'))})\n"
        f"[x] Substance use disorder\n[{r.choice('x ')}] Chronic physical illness (HIV / HCV / COPD)\n"
        "Expected to be long-continuing and of indefinite duration: YES",
        "Section C - Functional limitations\nUnable to maintain housing without supports; needs assistance "
        "with medications, appointments and budgeting.",
        "Section D - Certification\nI certify the above is true to the best of my knowledge.\nSignature: ___"
        f"     Date: {c.sd()}\nTitle: Psychiatric NP    License type: NP",
    ]
    extras = [
        f"Current medications: {c.pick(('Invega Sustenna', 'Abilify Maintena', 'Zyprexa', 'Seroquel'))}, "
        f"{c.drug()}, {c.drug()}",
        "Supports requested: ACT team, representative payee, home health aide 10 h/wk.",
        "Attachments: psychiatric evaluation (2 pages), medication list, hospitalization history.",
    ]
    return core, extras


def _k_benefits_letter(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    purpose = r.choice((
        "This letter verifies that the above client is homeless and receives mail at our program for "
        "purposes of the SNAP application. Please waive the address verification requirement.",
        "This letter is provided so that the client may obtain a replacement birth certificate and photo "
        "identification. The client lost all documents when belongings were discarded during an encampment "
        "clearing.",
        "Please accept this letter as verification of homelessness for the fee waiver on the state ID.",
        "The client is medically unable to work at this time (expected duration > 12 months) and is applying "
        "for SSI/SSDI. We request expedited processing.",
    ))
    core = [
        r.choice(("TO WHOM IT MAY CONCERN", "RE: VERIFICATION OF HOMELESSNESS", "RE: ID REPLACEMENT - FEE WAIVER",
                  "RE: SNAP - ADDRESS VERIFICATION")),
        f"Date: {c.sd()}\nClient: ___\nDate of birth: ___\nCase #: ___",
        purpose,
        "The client has been known to our street medicine program since ___ and is seen regularly on the "
        "mobile unit. The client has no fixed residence and is staying at ___ / outdoors.",
        "General information on benefits: " + c.L(r.choice(WEBSITES)) + "; Social Security (public line) "
        + c.L("1-800-772-1213") + ".",
        "Sincerely,\n\n___\nStreet Medicine Program\n" + c.pick(GENERIC_DEPTS),
    ]
    extras = [
        "Enclosures: copy of clinic registration, photo (taken in clinic, with consent).",
        f"Client is a {c.young()} born in {c.pick(STATES)}; U.S. documents only are requested.",
        "Please contact our office with any questions. This letter is valid for 90 days.",
        "Helpful public numbers: {} (state benefits), {} (legal aid intake, statewide).".format(
            *(c.L(x) for x in r.sample(HOTLINES[1:], 2))),
    ]
    return core, extras


def _k_shelter_clinic(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = [
        "SHELTER-BASED CLINIC VISIT",
        f"Visit date: {c.sd()}   Site: ___ (2nd floor, nurse's office)   Provider: ___",
        "Reason for visit: " + r.choice(("BP check and refills", "HIV PrEP follow-up", "HCV treatment start",
                                           "rash/itching (bedbugs vs scabies)", "foot pain", "TB screening")),
        f"Subjective:\n{c.young()} guest at the shelter for ___ weeks. Sleeping poorly in the dorm. Reports "
        "adherence but missed doses when the shelter was full and he slept outside.",
        f"Objective:\nBP {r.randint(110, 180)}/{r.randint(62, 104)}  HR {r.randint(55, 110)}  Wt "
        f"{r.randint(48, 120)} kg. Excoriations on forearms. {c.ep_exam()} negative.",
        "Assessment/Plan:\n" + r.choice((
            f"HTN - continue meds; shelter staff to store. PrEP - {c.L('Descovy')} refilled; HIV Ab/Ag neg.",
            f"HCV genotype 1a, VL ___ - start {c.pick(('Epclusa', 'Mavyret'))} (PA via {c.pick(PAYERS)}); maker "
            f"assistance via {c.pick(MAKERS)} if denied.",
            "Scabies - permethrin tonight, laundry of all bedding coordinated with shelter staff.",
            f"Tinea pedis, maceration - dry socks, terbinafine cream. {c.L('Trendelenburg')} gait not present.",
        )),
        "Return: next clinic day, or sooner via the street medicine van.",
    ]
    extras = [
        f"Vaccines: flu given ({c.lot()}, {c.exp()}); pneumococcal due. Tdap up to date.",
        f"Screening: QuantiFERON ordered; CXR if positive. Smoking cessation - {c.L('Nicoderm CQ')} 21 mg patch.",
        f"Labs drawn: CBC, CMP, A1c, RPR. Specimens picked up by courier at {c.t()}.",
    ]
    return core, extras


def _generic_clinical(c: _Ctx) -> list[str]:
    r = c.r
    return [
        "Review of systems:\nPositive for fatigue, poor sleep, foot pain. Negative for chest pain, hemoptysis, "
        f"melena. Reports {r.randint(0, 3)} meals a day, mostly from the soup kitchen.",
        f"Harm reduction:\nCounseled on not using alone, test strips, rotating sites. Naloxone kit given "
        f"({c.L('Narcan')} 4 mg, {c.lot()}, {c.exp()}). Sharps container provided.",
        "Medication storage:\nShelter keeps meds in the office; pt can access 7a-9p. Refrigerated meds not "
        f"possible. Bubble packs arranged. Current: {c.drug()}, {c.drug()}.",
        f"Care coordination:\nUpdated {c.pick(GENERIC_DEPTS)} and the outreach team by secure message. Next "
        f"case conference {c.sd()}. Release of information signed for shelter and housing navigator.",
        f"Allergies reviewed: {r.choice(('NKDA', 'penicillin (rash)', 'sulfa', 'latex'))}. Immunizations: "
        f"influenza given {c.sd()}; hepatitis A series in progress; COVID booster declined.",
        f"Vitals trend:\n| Date       | BP      | HR  | Wt (kg) |\n| {c.sd():10} | {r.randint(110, 170)}/"
        f"{r.randint(60, 100)}  | {r.randint(60, 110):3} | {r.randint(50, 110):7} |\n| {c.sd():10} | "
        f"{r.randint(110, 170)}/{r.randint(60, 100)}  | {r.randint(60, 110):3} | {r.randint(50, 110):7} |",
        f"Substance use:\nFentanyl smoked daily, occasional crack cocaine. Interested in {c.L('Sublocade')}. Last use "
        f"___. COWS {r.randint(0, 14)}, CIWA {r.randint(0, 20)}. Prior treatment at ___ (left AMA).",
        f"Social:\nOriginally from {c.pick(STATES)}. Has a {c.young()} sibling; estranged. Income: panhandling "
        "and bottle returns. Veteran status: no. Legal: open warrant for failure to appear (per pt).",
        f"Resources given (public lines): benefits helpline {c.pick(HOTLINES[1:])}, housing hotline "
        f"{c.pick(HOTLINES[1:])}, website {c.pick(WEBSITES)}.",
        "Patient education:\nFoot care (dry socks daily, inspect feet), wound care supplies given, signs of "
        "infection reviewed. Teach-back done. Written instructions provided in plain language.",
        f"Exam addendum:\n{c.ep_exam()} negative. Skin: multiple healed track marks; excoriations. Dentition poor. "
        "Lungs: scattered wheezes. Ext: 1+ pitting edema to mid-shin bilaterally, hyperpigmentation.",
    ]


def _generic_letter(c: _Ctx) -> list[str]:
    r = c.r
    return [
        "The client has been sleeping outdoors or in emergency shelter for more than twelve months in the past "
        "three years and meets the definition of chronic homelessness.",
        "The client's medical conditions include "
        + r.choice(("COPD", "poorly controlled diabetes", "HIV", "chronic hepatitis C", "seizure disorder")) + " and "
        + r.choice(("major depressive disorder", "PTSD", "schizophrenia", "alcohol use disorder")) + ", which "
        "limit the client's ability to stand in line for long periods or travel to distant offices.",
        "We ask that any notices be sent to the program's mailing address, as the client cannot receive mail "
        "elsewhere. Missed notices have previously led to closure of the client's case.",
        f"The client was last seen by our team on {c.sd()}. Please do not hesitate to contact the program; "
        "we can bring the client to an in-person interview if required.",
        "Because the client lacks photo identification, we have enclosed a signed attestation of identity from "
        "a clinician who has known the client for more than one year.",
        f"The client is not currently able to pay the replacement fee. Income: $0 (SNAP only). Benefits info: "
        f"{c.pick(WEBSITES)}.",
    ]


def _generic_radiology(c: _Ctx) -> list[str]:
    r = c.r
    return [
        "CLINICAL HISTORY (from requisition):\nPatient experiencing homelessness, seen by the street medicine "
        f"team. {c.young()} with history of HCV, tobacco use and alcohol use disorder. Limited prior imaging "
        "available in this system.",
        f"DOSE/TECHNICAL:  Exposure index {r.randint(180, 900)}. Image quality: "
        f"{r.choice(('adequate', 'limited by motion', 'limited by patient positioning', 'diagnostic'))}. "
        f"Transferred to {c.L('PACS')} from the acquisition workstation.",
        "RECOMMENDATIONS:\nClinical correlation. Given limited access to follow-up, the ordering team was asked "
        "to arrange follow-up imaging through the mobile clinic or the shelter clinic rather than a mailed letter.",
        f"ADDITIONAL FINDINGS:\nIncidental healed fractures of varying ages. No aggressive osseous lesion. "
        f"No {c.ep_rad()} pattern.",
        f"LIMITATIONS:\nPatient was cold and shivering, unable to fully cooperate; repeat views obtained. "
        f"Prior outside imaging ({c.sd()}) was not available for direct comparison.",
        "COMMUNICATION:\nPreliminary report given to the ordering clinician. Final report routed to the street "
        "medicine inbox; patient has no reliable phone.",
        f"Protocol: standard adult. Contrast: none unless stated. Premedication: not required. Weight estimate "
        f"{r.randint(45, 110)} kg. Radiation dose within institutional reference levels ({c.L('Epic Hyperspace')}"
        " dose log).",
    ]


def _rad_head(c: _Ctx, exam: str, indication: str) -> list[str]:
    return [f"EXAMINATION:  {exam}", f"INDICATION:  {indication}"]


def _k_cxr_tb(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = _rad_head(c, r.choice(("CHEST (PA AND LAT)", "CHEST RADIOGRAPH, 2 VIEWS", "CHEST PA/LATERAL")),
                     f"{c.young()} with positive {c.L('QuantiFERON')}, shelter entry TB clearance; "
                     "evaluate for active tuberculosis.")
    core += [
        "TECHNIQUE:  PA and lateral views of the chest.",
        f"COMPARISON:  {r.choice(('None.', 'Outside chest radiograph ___.', 'Prior study ' + c.sd() + '.'))}",
        "FINDINGS:\n" + r.choice((
            "Lungs are clear without focal consolidation, cavitation, or nodule. No hilar or mediastinal "
            "lymphadenopathy. No pleural effusion. Heart size normal.",
            f"Calcified granuloma in the right lower lobe with calcified right hilar node, compatible with a "
            f"{c.L('Ghon complex')} / remote granulomatous disease. No upper lobe opacity or cavity.",
            "Biapical pleural-parenchymal scarring, stable. No new consolidation. No cavitary lesion. "
            "No effusion.",
            f"Patchy right upper lobe opacity with possible small cavity. No {c.L('Kerley B lines')}. "
            "Findings are concerning for active infection including tuberculosis.",
        )),
        "IMPRESSION:\n" + r.choice((
            "No radiographic evidence of active pulmonary tuberculosis. May be cleared for congregate shelter "
            "from an imaging standpoint.",
            "Right upper lobe opacity concerning for active TB. Recommend airborne isolation, sputum AFB x3; "
            "shelter notified to hold congregate placement.",
            "Sequela of prior granulomatous infection. No evidence of active disease.",
        )),
        "NOTE: Copy of report to be given to the patient for the shelter TB clearance form. "
        f"Public TB guidance: {c.L('www.cdc.gov/tb')}.",
    ]
    extras = [
        f"CLINICAL HISTORY (from requisition):  Cough x ___ weeks; smoker; stays at ___. Prior PPD positive "
        f"(~{r.randint(10, 22)} mm). Born in {c.pick(STATES)}. Rule out {c.L('Pott disease')} not requested.",
        "Bones: mild thoracic spondylosis. Soft tissues: unremarkable. No free air under the diaphragm.",
        f"Images acquired on {c.L('Fujifilm FDR Go')} at the shelter clinic; transferred to {c.L('PACS')}.",
    ]
    return core, extras


def _k_foot_cold(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    side = r.choice(("RIGHT", "LEFT", "BILATERAL"))
    core = _rad_head(c, f"{side} FOOT, 3 VIEWS" if r.random() < 0.7 else f"{side} HAND, 3 VIEWS",
                     r.choice(("frostbite after night outdoors; evaluate for soft tissue gas or fracture",
                               "non-healing ulcer under first metatarsal head, unhoused, r/o osteomyelitis",
                               "immersion (trench) foot, pain and swelling", "cold injury, digital necrosis")))
    core += [
        "TECHNIQUE:  AP, oblique and lateral radiographs.",
        f"COMPARISON:  {r.choice(('None.', 'Radiographs ' + c.sd() + '.'))}",
        "FINDINGS:\n" + r.choice((
            "Diffuse soft tissue swelling of the forefoot and toes. No soft tissue gas. No acute fracture or "
            "dislocation. No periosteal reaction or cortical erosion.",
            "Soft tissue ulceration plantar to the first metatarsal head with subjacent cortical erosion and "
            "periosteal reaction, concerning for osteomyelitis. No gas.",
            f"Midfoot fragmentation and subluxation compatible with {c.L('Charcot foot')}. Soft tissue swelling. "
            f"No {c.L('Lisfranc')} diastasis beyond chronic changes.",
            "Soft tissue swelling of the distal digits. Subtle periarticular osteopenia. No acro-osteolysis yet; "
            "follow-up radiographs in 4-6 weeks may show sequela of frostbite.",
        )),
        "IMPRESSION:\n" + r.choice((
            "Soft tissue swelling without radiographic evidence of osteomyelitis. MRI if clinical concern "
            "persists.",
            "Findings concerning for osteomyelitis of the first metatarsal head. MRI recommended.",
            "No acute osseous abnormality. Soft tissue swelling consistent with cold injury.",
        )),
    ]
    extras = [
        f"Additional: {c.L('Jones fracture')} region of the fifth metatarsal intact. Vascular calcifications "
        "along the dorsalis pedis artery.",
        "CLINICAL NOTE:  Patient slept outdoors in wet footwear for several days per street medicine referral. "
        "Requesting team: mobile clinic.",
        f"Positioning limited by pain and dressing ({c.L('Xeroform')}); oblique view suboptimal.",
    ]
    return core, extras


def _k_ct_head(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = _rad_head(c, "CT HEAD W/O CONTRAST",
                     f"{c.young()} found down outside, intoxicated, {c.L('Glasgow Coma Scale')} "
                     f"{r.randint(9, 14)}; evaluate for intracranial hemorrhage.")
    core += [
        "TECHNIQUE:  Axial non-contrast CT images of the head with coronal and sagittal reformats. "
        f"DLP: {r.randint(700, 1200)} mGy-cm.",
        f"COMPARISON:  {r.choice(('None available.', 'CT head ' + c.sd() + '.', 'Multiple prior head CTs.'))}",
        "FINDINGS:\n" + r.choice((
            "No acute intracranial hemorrhage, mass effect, or large territorial infarct. Ventricles and sulci "
            "prominent for age, suggestive of volume loss. Small left frontal scalp hematoma without fracture.",
            "Thin right holohemispheric subdural hematoma measuring 6 mm without midline shift. Old left "
            "temporal encephalomalacia. Nondisplaced left nasal bone fracture.",
            "No hemorrhage. Chronic small vessel ischemic change. Cerebellar vermian atrophy, which can be seen "
            "with chronic alcohol use. Paranasal sinuses clear.",
        )),
        "IMPRESSION:\n" + r.choice((
            "No acute intracranial abnormality. Scalp hematoma.",
            "Acute right subdural hematoma, 6 mm, without shift. Neurosurgery consulted.",
            f"No acute process. Volume loss; clinical correlation for {c.L('Korsakoff')} / nutritional deficiency.",
        )),
    ]
    extras = [
        "Mastoid air cells clear. Orbits unremarkable. Calvarium intact apart from remote healed fracture.",
        "Clinical information: patient unable to give history; arrived by EMS from outdoor location ___.",
        f"Trauma protocol: cervical spine CT performed separately. {c.L('Salter-Harris')} N/A (adult).",
    ]
    return core, extras


def _k_pocus(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = [
        "POINT-OF-CARE ULTRASOUND - MOBILE MEDICAL UNIT",
        "EXAMINATION:  " + r.choice(("LIMITED SOFT TISSUE US, LEFT FOREARM", "LOWER EXTREMITY VENOUS DUPLEX, "
                                     "LIMITED (2-POINT)", "LIMITED SOFT TISSUE US, RIGHT THIGH", "FAST (limited)")),
        "INDICATION:  " + r.choice(("swelling and erythema at injection site, abscess vs cellulitis",
                                    "unilateral leg swelling, sleeps sitting up, r/o DVT",
                                    "fluctuant mass, consider I&D in van")),
        f"Device: {c.pick(('Butterfly iQ3', 'Sonosite PX'))}, linear probe. Operator: street medicine NP, "
        "credentialed for POCUS.",
        "FINDINGS:\n" + r.choice((
            f"{r.randint(1, 4)}.{r.randint(0, 9)} x {r.randint(1, 3)}.{r.randint(0, 9)} cm anechoic to hypoechoic "
            "collection with posterior enhancement and swirling debris; surrounding cobblestoning.",
            "Cobblestoning of subcutaneous tissue without drainable collection.",
            "Common femoral and popliteal veins fully compressible bilaterally. No echogenic thrombus. "
            f"{c.L('Homans sign')} not relied upon.",
            "Non-compressible left popliteal vein with echogenic intraluminal material.",
        )),
        "IMPRESSION:\n" + r.choice((
            "Abscess - I&D performed in van, packing placed, culture sent.",
            "Cellulitis without abscess. Oral antibiotics started.",
            "No DVT at the sites examined (limited study).",
            "Findings consistent with popliteal DVT; started " + c.pick(("Eliquis", "Xarelto")) + " from van stock; "
            "referred to ED if worsening.",
        )),
        "Images saved to cloud archive; over-read by radiology pending.",
    ]
    extras = [
        f"Limitations: performed outdoors at stop ___; patient seated; ambient light. Gel warmer unavailable at "
        f"{r.randint(-10, 5)} C.",
        f"Consent: verbal. Chaperone present (outreach worker). Pt also received {c.L('Narcan')} kit.",
        f"Probe cleaned per {c.pick(GENERIC_DEPTS)} protocol after the exam.",
    ]
    return core, extras


def _k_extremity(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    part = r.choice(("RIGHT WRIST", "LEFT WRIST", "RIGHT HAND", "LEFT ANKLE", "RIGHT ANKLE", "LEFT ELBOW"))
    why = ("fall on ice outside shelter", "twisting injury getting off bus, unhoused") if "ANKLE" in part else (
        "assault at shelter, pain and swelling", "fall on ice outside shelter", "punched a wall, r/o boxer's fracture")
    core = _rad_head(c, f"{part}, 3 VIEWS", r.choice(why))
    core += [
        "TECHNIQUE:  Three views.",
        f"COMPARISON:  {r.choice(('None.', 'Prior ' + c.sd() + '.'))}",
        "FINDINGS:\n" + r.choice((
            f"Transverse fracture of the distal radial metaphysis with dorsal angulation, compatible with a "
            f"{c.L('Colles fracture')}. Ulnar styloid avulsion.",
            "Fracture through the fifth metacarpal neck with 30 degrees of volar angulation.",
            f"Minimally displaced oblique fracture of the distal fibula at the level of the syndesmosis (Weber B). "
            f"Mortise congruent. Apply {c.L('Ottawa ankle rules')} for follow-up imaging.",
            f"Radial head fracture. Joint effusion. No {c.L('Monteggia')} pattern.",
            "No acute fracture or dislocation. Soft tissue swelling.",
        )),
        "IMPRESSION:\n" + r.choice(("Fracture as above. Splint and orthopedic follow-up.",
                                     "No acute fracture.", "Acute fracture; see findings.")),
    ]
    extras = [
        "Alignment otherwise normal. Joint spaces preserved. Mineralization normal for age.",
        "Clinical note: patient will need cast care instructions that work without running water at night.",
        f"Splint applied in ED; {c.pick(('Tylenol', 'Motrin'))} for pain. Tetanus updated.",
    ]
    return core, extras


def _k_ct_abd(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.r
    core = _rad_head(c, "CT ABDOMEN AND PELVIS WITH IV CONTRAST",
                     r.choice(("epigastric pain, heavy EtOH, lipase 900", "hematemesis, r/o perforation",
                               "RUQ pain, jaundice, hepatitis C", "abdominal pain after assault")))
    core += [
        f"TECHNIQUE:  Helical CT abdomen/pelvis after 100 mL IV contrast. DLP {r.randint(400, 900)} mGy-cm.",
        f"COMPARISON:  {r.choice(('None.', 'CT ' + c.sd() + '.'))}",
        "FINDINGS:\nLOWER CHEST: Mild dependent atelectasis.\nABDOMEN: " + r.choice((
            "Peripancreatic fat stranding and fluid, no necrosis or pseudocyst. Liver steatotic.",
            f"Nodular liver contour, splenomegaly (15 cm), ascites, varices. No {c.L('Boerhaave')} sign; "
            "no pneumomediastinum.",
            "Liver laceration of segment 6, 2 cm, without active extravasation. Small hemoperitoneum.",
            f"Distended gallbladder with wall thickening. No {c.L('Cullen sign')} correlate; no retroperitoneal "
            "hemorrhage.",
        )) + "\nPELVIS: Bladder unremarkable. No free air.",
        "IMPRESSION:\n" + r.choice(("Acute interstitial pancreatitis.", "Cirrhosis with portal hypertension.",
                                     "Grade II liver laceration; no active bleeding.", "Acute cholecystitis.")),
    ]
    extras = [
        "BONES: Healed left rib fractures of varying ages. No acute fracture.",
        f"Note: history of {c.L('Mallory-Weiss')} tear per outside records. Last EtOH ___.",
        "Vascular: Aorta normal caliber. Portal and splenic veins patent.",
        f"Clinical exam per requisition: no {c.L('Grey Turner sign')}, no palpable {c.L('Virchow node')}. "
        "Lipase and LFTs pending at the time of the study.",
    ]
    return core, extras


_KINDS: dict[str, tuple[str, Callable[[_Ctx], tuple[list[str], list[str]]]]] = {
    "hospital_discharge_to_shelter": ("discharge", _k_discharge_shelter),
    "medical_respite_admission": ("discharge", _k_respite_admission),
    "street_medicine_soap": ("discharge", _k_street_soap),
    "outreach_van_shift_log": ("discharge", _k_van_log),
    "social_work_housing_navigation": ("discharge", _k_social_work),
    "supportive_housing_disability_verification": ("discharge", _k_housing_app),
    "benefits_id_replacement_letter": ("discharge", _k_benefits_letter),
    "shelter_clinic_visit": ("discharge", _k_shelter_clinic),
    "cxr_tb_shelter_clearance": ("radiology", _k_cxr_tb),
    "foot_hand_xr_cold_injury": ("radiology", _k_foot_cold),
    "ct_head_found_down": ("radiology", _k_ct_head),
    "mobile_unit_pocus": ("radiology", _k_pocus),
    "extremity_xr_fall_assault": ("radiology", _k_extremity),
    "ct_abdomen_pelvis": ("radiology", _k_ct_abd),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DIS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

_A1, _A2, _A3, _A4 = 0.6180339887498949, 0.7548776662466927, 0.4142135623730951, 0.2360679774997897


def _frac(x: float) -> float:
    return x - int(x)


def document_kind(seed: int, i: int) -> str:
    rad = _frac(i * _A1 + seed * 0.137) < 0.45
    pool = _RAD if rad else _DIS
    return pool[int(_frac(i * _A2 + seed * 0.311) * len(pool))]


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7) % 20


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and _frac(i * _A3 + seed * 0.29) < 0.6105


def _categories(seed: int, i: int, n: int) -> list[str]:
    return [_POOL[int(_frac((i * 4 + j) * _A4 + seed * 0.173) * len(_POOL))] for j in range(n)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout62:{seed}:{i}")
    c = _Ctx(r)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    rad = note_type == "radiology"
    core, extras = builder(c)
    segs: list[list[tuple[str, str]]] = [[(s, "")] for s in core]
    heavy = _is_heavy(seed, i)
    cats: list[str] = []
    if _is_planted(seed, i):
        n = random.Random(f"holdout62-spans:{seed}:{i}").choices((1, 2, 3, 4), weights=(38, 30, 20, 12))[0]
        cats = _categories(seed, i, n)
    used: set[str] = set()
    n_tail = 0
    for cat in cats:
        opts = [t for t in TEMPLATES[cat] if (t[0] in ("A", "R") if rad else t[0] in ("A", "C"))
                and t[2] not in used]
        flag, where, pattern, gen = r.choice(opts)
        used.add(pattern)
        parts = _fill_template(c, pattern, gen, cat)
        if where == "head":
            segs.insert(r.randint(1, 2), parts)
        elif where == "tail":
            segs.append(parts)
            n_tail += 1
        else:
            segs.insert(r.randint(2, max(2, len(segs) - 1 - n_tail)), parts)
    if heavy:
        segs.insert(min(2, len(segs)), [(_heavy_block(c, rad), "")])
    target = r.randint(1200, 2600) if rad else r.randint(1350, 3600)
    ex = list(extras)
    r.shuffle(ex)
    if rad:
        more = _generic_radiology(c)
    elif kind in ("benefits_id_replacement_letter", "supportive_housing_disability_verification"):
        more = _generic_letter(c)
    else:
        more = _generic_clinical(c)
    r.shuffle(more)
    ex = more + ex
    while ex and sum(len(p) for s in segs for p, _ in s) + 2 * len(segs) < target:
        lo, hi = 2, len(segs) - n_tail
        if rad:
            lo = 1 + next((k for k, sg in enumerate(segs) if sg[0][0].startswith("FINDINGS")), 1)
        signoff = [k for k, sg in enumerate(segs) if sg[0][0].startswith(("Sincerely", "Section D"))]
        if signoff:
            hi = min(hi, signoff[0])
        segs.insert(r.randint(lo, max(lo, hi)), [(ex.pop(), "")])
    text, spans = "", []
    for k, seg in enumerate(segs):
        if k:
            text += "\n\n"
        for p, cat in seg:
            if cat:
                spans.append((len(text), len(text) + len(p), cat))
            text += p
    seen: set[str] = set()
    looks = []
    for x in c.looks:
        if x not in seen and x in text:
            seen.add(x)
            looks.append(x)
    return LabelledNote(note_type, text, sorted(spans)), looks, "heavy" if heavy else "normal"


def holdout62_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout62_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout62_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout62_corpus, argv, "Held-out corpus 62 (street medicine and housing), written blind")
    holdout_measure.report("holdout62", args, notes, hits, res)


if __name__ == "__main__":
    main()
