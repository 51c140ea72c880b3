"""Held-out corpus 40: prehospital and emergency care, written blind.

Document kinds (``DOCUMENT_KINDS``).
Discharge-type: EMS patient-care reports (run sheets), interfacility transfer records, air-medical flight records,
ED triage notes, ED provider notes, poison-centre / toxicology consults, trauma-bay activation records, trauma
tertiary surveys, sexual-assault nurse examiner (SANE) records, police-hold / emergency-evaluation paperwork,
ED discharge instructions and observation-unit notes.
Radiology-type: bedside FAST exams, trauma pan-scan CT, CT head and cervical spine, extremity radiographs and
CT angiography for stroke alerts.
The layouts mix narrative prose, section headers, ``|`` tables and aligned columns, "Label: value" forms, pasted
lists, machine-generated headers, copy-forwarded text, signatures and addenda, with abbreviations and typos.

Masking follows MIMIC-IV-Note: most identifiers are ``___``. Unmasked dates are shifted into 2100-2200 and are
never labelled. About 58% of notes carry 1-4 identifiers that escaped masking; each is planted and labelled with
its exact value only (cue words such as "Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct" and credentials
such as "MD", "RN", "NP" stay outside the span). The category of each plant comes from a low-discrepancy (Weyl)
sequence of the note index, so per-category counts are stable across seeds. About 5% of notes are "heavy":
many ``___`` and no plants.

Labelling conventions: PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, agency, school or employer, never a generic
department. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device,
drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90.
DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry are not
identifiers. ACCOUNT covers account, encounter, incident/run, accession, order, requisition and specimen numbers;
HEALTH_PLAN member, subscriber, policy and group ids; LICENSE medical, nursing, EMS, DEA and driver's licences.

Every note also carries non-PHI look-alikes that are never labelled (returned by ``_build``): eponyms, drug and
device brands, lot numbers, NDCs, REF/model numbers, expiry dates, shifted dates, bare years, ages under 90,
scores, doses, software versions, public hotlines and public bodies' websites, generic department names, US
states and countries.

Written blind: the author read only lqs_clinical/synth/holdout_measure.py, the first 45 lines of
lqs_clinical/synth/notes.py (CATEGORIES, LabelledNote), /work/shared/reference/*.md, the masked note-shaped
samples under /work/shared/data/ (with SOURCES.md) and pyproject.toml. No detector code, rule file, other corpus,
test or benchmark was read, and the detector was never run while writing this corpus.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Pools of invented but real-looking values
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Margaret", "Thomas", "Eleanor", "Walter", "Dorothy", "Harold", "Beverly", "Curtis", "Janelle", "Bryce",
    "Tamsin", "Wesley", "Colleen", "Declan", "Maura", "Ronan", "Siobhan", "Kendra", "Travis", "Lorraine",
    "Dwayne", "Shelby", "Marcus", "Ingrid", "Linnea", "Astrid", "Soren", "Henrik", "Anneliese", "Dieter",
    "Marisol", "Joaquín", "Ximena", "Itzel", "Rogelio", "Yesenia", "Guadalupe", "Esteban", "Luz", "Nayeli",
    "Osvaldo", "Catalina", "João", "Conceição", "Adélia", "Nuno", "Djamila", "Euclides", "Wislande",
    "Jean-Baptiste", "Mackenson", "Fabienne", "Guerline", "Ricot", "Chidi", "Ngozi", "Oluwaseun", "Adaeze",
    "Kwame", "Abena", "Yaw", "Folasade", "Emeka", "Chiamaka", "Abdirahman", "Hodan", "Mesfin", "Tigist",
    "Amare", "Selam", "Yousef", "Rania", "Khalid", "Noor", "Tariq", "Layla", "Samir", "Huda", "Priyanka",
    "Arjun", "Sunita", "Venkat", "Harpreet", "Gurpreet", "Anjali", "Rohan", "Farzana", "Imran", "Tahmina",
    "Wei", "Xiaoling", "Jun", "Haruto", "Yuki", "Minji", "Seo-yeon", "Jae-won", "Thanh", "Linh", "Bao",
    "Quynh", "Hiroshi", "Oksana", "Dmitri", "Katarzyna", "Wojciech", "Zuzana", "Miloš", "Irina", "Bogdan",
    "Aroha", "Tane", "Keanu", "Leilani", "Siosaia", "Mele", "Eleni", "Stavros", "Panagiota", "Niamh",
    "Ciaran", "Eilidh", "Fergus", "Avi", "Shira", "Mordechai", "Tova", "Delphine", "Thierry", "Mireille",
    "Gaston", "Renata", "Bruna", "Caio", "Thiago", "Rosalind", "Cornelius", "Philippa", "Ambrose", "Lucinda",
    "Everett", "Winifred", "Augustin", "Marguerite", "Tobias", "Sabine", "Ulrich", "Greta", "Hamza", "Bilal",
    "Aaliyah", "Deshawn", "Tanisha", "Jamal", "Keisha", "Darnell", "Precious", "Shanice", "Tyrone", "Ebony",
)

_FAMILY = (
    "Okafor", "Lindqvist", "Abernathy-Cole", "O'Driscoll", "Nguyen", "Tran-Le", "Vasquez-Ortiz", "Delacroix",
    "Benoit", "Petit-Frère", "Joseph-Louis", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Haile",
    "Tesfaye", "Warsame", "Abdullahi", "Al-Hashimi", "Haddad", "Khoury", "Nassar", "Mansour", "Raghunathan",
    "Chaudhry", "Siddiqui", "Banerjee", "Sandhu", "Kaur-Mann", "Zhang", "Liu", "Xu", "Huang", "Takahashi",
    "Nakamura", "Kimura", "Park", "Choi", "Kwon", "Pham", "Vo", "Dang", "Kowalczyk", "Nowak", "Wiśniewski",
    "Horvath", "Novotny", "Petrov", "Sokolova", "Dimitriou", "Papadakis", "Costa", "Pereira", "Rodrigues",
    "Fontes", "Tavares", "Mendes", "Barbosa", "Gomes", "Cardoso", "McAllister", "MacLeod", "Fitzgerald",
    "Callahan", "Donnelly", "Gallagher", "Kavanagh", "Whitcombe", "Ashworth", "Pemberton", "Thornbury",
    "Hargreaves", "Ellingsen", "Halvorsen", "Bergström", "Johansson-Reyes", "van der Berg", "de la Cruz",
    "De Souza", "Villanueva", "Esquivel", "Barrientos", "Quiñones", "Cienfuegos", "Zapata", "Echeverría",
    "Ibarra", "Montoya", "Salcedo", "Galarza", "Arroyo", "Feliciano", "Rosario", "Batista", "Goldfarb",
    "Rosenthal", "Weissman", "Katz", "Abramowitz", "Levitan", "Kealoha", "Fonoti", "Tupou", "Ngata", "Yazzie",
    "Begay", "Tsosie", "Oyelaran", "Nwachukwu", "Eze", "Achebe-Lord", "Kamau", "Wanjiru", "Otieno", "Mwangi",
    "Oduya", "Sesay", "Kamara", "Diallo", "Traoré", "Ndiaye", "Faye", "Toussaint", "Desrosiers", "Pierre-Louis",
    "Alcindor", "Jean-Charles", "Dorsainvil", "Moïse", "Lindgren", "Sjöberg", "Nyberg", "Østergaard",
    "Kristiansen", "Aaltonen", "Virtanen", "Leclerc", "Beaulieu", "Thibodeau", "Gagnon", "Ouellette",
    "Marchetti", "Bianchi", "Esposito", "Ferraro", "Lombardi", "Santoro", "Greco", "Vitale", "Kaplan",
    "Demir", "Yilmaz", "Aydın", "Kaya", "Hosseini", "Farahani", "Rahimi", "Karimi", "Tehrani", "Sorensen",
    "Brandt", "Vogel", "Hoffstetter", "Kessler", "Falkenrath", "Achterberg", "Dijkstra", "Visser", "Bakker",
    "Pruitt", "Holloway", "Stroud", "Wainwright", "Cartwright", "Fairbanks", "Lockhart", "Blackwood",
    "Merriweather", "Underhill", "Ravensworth", "Prendergast", "Quigley", "Mulcahy", "Rooney", "Tierney",
    "Hennessy", "Flanagan", "Ochoa", "Serrano", "Velázquez", "Cordero", "Bermúdez", "Iglesias", "Nakashima",
    "Fujimoto", "Watanabe", "Ishikawa", "Shin", "Yoon", "Han", "Jang", "Le", "Huynh", "Truong", "Bui",
)

_TOWN_HEAD = (
    "Ash", "Birch", "Cran", "Dun", "Elm", "Fair", "Glen", "Hol", "Ket", "Lind", "Mill", "Nor", "Oak", "Pem",
    "Quin", "Red", "Stan", "Thorn", "Wex", "Yar", "Bram", "Cold", "Fern", "Hart", "Kings", "Lang", "Marl",
    "Pen", "Rock", "Sax", "Tewk", "Wal", "Wick", "Brook", "Clay", "Dover", "Grey", "Haw", "Ips", "Mar",
)
_TOWN_TAIL = (
    "ford", "bury", "field", "ton", "wick", "dale", "haven", "mere", "port", "worth", "ley", "stead", "brook",
    "hurst",
)
_TOWN_EXTRA = (
    "North Tewksfield", "East Harrowgate", "West Pemberly", "South Quarrytown", "Upper Sandwell", "Lower Falmouth",
    "Marlow Falls", "Hadley Crossing", "Fells Hollow", "Dorsey Square", "Cabot Heights", "Bellweather Point",
    "Wolcott Junction", "Pine Barrow", "Sable Harbor", "Granite Ridge", "Coldwater Mills", "Turner's Landing",
    "St. Albans Cove", "Mount Orrin", "Otter Creek", "Jericho Flats", "Half Moon Bay Village", "Lake Wenona",
    "Hallam County", "Tobey County", "Westbrook Township", "Five Corners", "Pleasant Valley", "Riverside Commons",
    "Cabot Towers", "Harborside Commons", "Quarry Hill", "Mill Pond", "Brickyard", "Little Saigon",
    "Dorchester Lower Mills", "Frog Pond Estates", "Shawsheen Village", "Beech Grove", "Laurel Park",
)
_STREET_NAMES = (
    "Kessler", "Old Mill", "Ashgrove", "Harwood", "Beaulieu", "Tannery", "Quarry", "Cabot", "Lowell", "Foundry",
    "Orchard", "Depot", "Canal", "Maplewood", "Juniper", "Spindle", "Ferry", "Salem", "Wentworth", "Ridgeview",
    "Pleasant", "Highland", "Prospect", "Chestnut", "Water", "Summer", "Winthrop", "Bowdoin", "Sycamore",
    "Larkspur", "Rockland", "Middlesex", "Pine Hill", "Stagecoach", "Powder House", "Tremont", "Oakridge",
)
_STREET_SUFFIX = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Terrace", "Ct",
                  "Way", "Blvd", "Pl", "Circle", "Hwy")
_HOSP_TAIL = ("Regional Medical Center", "Community Hospital", "General Hospital", "Memorial Hospital",
              "Medical Center", "Hospital", "Health Center", "Rehabilitation Hospital")
_SAINTS = ("St. Brendan's", "St. Agnes", "Holy Redeemer", "Our Lady of Mercy", "St. Columba's", "Mercy Point",
           "Good Samaritan", "St. Lazarus", "Sacred Heart", "Beth Shalom", "St. Jude Thaddeus", "Mount Carmel")
_AREA = ("413", "508", "617", "781", "978", "603", "401", "207", "802", "860", "774", "339", "351", "857")
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "verizon.net", "aol.com")

# --------------------------------------------------------------------------------------------------
# Non-PHI look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Glasgow Coma Scale", "Apgar", "Foley", "Doppler", "Babinski", "Kernig", "Brudzinski", "Battle's sign",
    "Cushing's triad", "Beck's triad", "Kehr's sign", "Murphy's sign", "McBurney's point", "Canadian C-spine rule",
    "NEXUS criteria", "Parkland formula", "Broselow tape", "Trendelenburg", "Sellick maneuver", "Le Fort",
    "Colles fracture", "Smith fracture", "Jones fracture", "Maisonneuve fracture", "Salter-Harris", "Boxer's fracture",
    "Hangman's fracture", "Jefferson fracture", "Chance fracture", "Monteggia", "Galeazzi", "Ottawa ankle rules",
    "Wells score", "PERC rule", "Rumack-Matthew nomogram", "Hunter criteria", "Allen test", "Lachman",
    "Thompson test", "Hoffmann sign", "Kussmaul respirations", "Cheyne-Stokes", "Graves disease", "Addison crisis",
    "Wernicke encephalopathy", "Bell's palsy", "Todd's paralysis", "Mallampati", "Cormack-Lehane", "Seldinger",
    "Morison's pouch", "Denis three-column", "Schatzker", "Weber B", "Gustilo",
)
_BRANDS = (
    "LIFEPAK 15", "LUCAS 3", "Zoll X Series", "EZ-IO", "King LT", "i-gel", "Narcan", "Zofran", "Toradol", "Ativan",
    "Versed", "Ketalar", "Keppra", "Tylenol", "Motrin", "Kcentra", "Andexxa", "Cyanokit", "CroFab", "DigiFab",
    "Bair Hugger", "SAM Pelvic Sling", "Hare traction splint", "KED", "Stifneck", "Aspen Vista collar", "Miami J",
    "Omnipaque 350", "Isovue-370", "Visipaque 320", "GE Revolution CT", "SOMATOM Force", "Butterfly iQ+",
    "SonoSite Edge", "RapidAI", "Viz.ai", "GlideScope", "McGrath MAC", "Eliquis", "Xarelto", "Coumadin", "Plavix",
    "Lovenox", "TNKase", "Activase", "Suboxone", "Percocet", "Flexeril", "Benadryl", "Epi-Pen", "Solu-Medrol",
    "Duoneb", "ImageTrend Elite", "ESO EHR", "Epic ASAP", "PowerScribe 360", "Visage 7", "CADD-Solis",
    "Hamilton-T1", "Alaris", "Combat Application Tourniquet", "QuikClot", "Mepilex", "Tegaderm", "Dermabond",
    "Steri-Strips", "Ace wrap", "PERCO kit", "Plan B One-Step",
)
EPONYMS_AND_BRANDS = _EPONYMS + _BRANDS
_STATES = ("Massachusetts", "New Hampshire", "Rhode Island", "Vermont", "Connecticut", "New York", "Maine")
_COUNTRIES = ("Guatemala", "Cape Verde", "Haiti", "Brazil", "Portugal", "Vietnam", "Somalia",
              "Dominican Republic", "El Salvador", "Nigeria", "Poland", "Ireland")
_DEPTS = ("Cardiology clinic", "Orthopedics clinic", "Hand Surgery clinic", "Trauma Surgery", "Toxicology service",
          "Social Work", "Neurology stroke team", "Behavioral Health", "Radiology", "Case Management",
          "Neurosurgery", "Physical Therapy", "Pharmacy", "Interventional Radiology", "Plastic Surgery clinic")
_PUBLIC = ("Poison Help line 1-800-222-1222", "988 Suicide & Crisis Lifeline", "www.cdc.gov/stopoverdose",
           "www.fda.gov/medwatch", "www.mass.gov/dph", "www.nhtsa.gov", "poisonhelp.hrsa.gov",
           "National Domestic Violence Hotline 1-800-799-7233", "RAINN 1-800-656-4673", "www.samhsa.gov",
           "MedWatch 1-800-FDA-1088", "www.cdc.gov/heads-up")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

# --------------------------------------------------------------------------------------------------
# Surrogate identifier values (one generator per category)
# --------------------------------------------------------------------------------------------------


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "-"))


def _town(r: random.Random) -> str:
    if r.random() < 0.3:
        return r.choice(_TOWN_EXTRA)
    t = r.choice(_TOWN_HEAD) + r.choice(_TOWN_TAIL)
    if r.random() < 0.15:
        t = r.choice(("East ", "West ", "North ", "South ", "New ")) + t
    return t


def _person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    shape = r.random()
    if shape < 0.45:
        return f"{g} {f}"
    if shape < 0.6:
        return f"{g[0]}. {f}"
    if shape < 0.7:
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if shape < 0.8:
        return f"{f}, {g}"
    if shape < 0.88:
        return f"{g}-{r.choice(('Marie', 'Ann', 'Luc', 'Paul', 'Rose'))} {f}"
    if shape < 0.94:
        return f"{g} {f}".upper()
    return f"{g[0]}.{r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"


_ORG_SUB = {
    "B": (("Fire Department", "Fire Rescue", "Ambulance Service", "EMS", "Police Department"),
          ("Northstar MedFlight", "Boreal Air Rescue", "Lifeline Critical Care Transport", "Pioneer Valley Ambulance",
           "Patriot EMS", "Coastal Paramedic Services", "Tri-Town Ambulance Corps")),
    "W": (("Family Practice", "Internal Medicine", "Pediatrics", "Urgent Care", "Health Center"),
          ("Greenleaf Urgent Care", "Harbor Light Counseling Center", "Maple Glen Family Medicine",
           "Riverbend Pediatrics", "Fairhaven Orthopedic Associates", "Bayside Women's Health",
           "Atlantic Toxicology Associates", "Cedar Hollow Dialysis")),
    "J": (("High School", "Middle School", "Public Schools", "Community College", "Elementary School"),
          ("Kettle Pond Elementary", "Sacred Oak Academy")),
    "K": (("Public Works", "Builders", "Logistics", "Manufacturing", "Country Club"),
          ("Dunmore Precision Tool", "Granite State Roofing", "Quarry Hill Auto Body", "Kowalczyk & Sons Landscaping",
           "Sable Harbor Marine", "Tidewater Cranberry Co-op")),
    "Y": (("Pharmacy", "Apothecary", "Nursing & Rehab", "Senior Living", "Recovery Center"),
          ("Brightwater Skilled Nursing", "Willowcrest Assisted Living", "Lighthouse Recovery House",
           "Open Door Shelter", "Crossroads Crisis Stabilization Unit", "Hearthstone Group Home",
           "Merrimack Valley Poison Consultants")),
}


def _org(r: random.Random, sub: str = "O") -> str:
    if sub == "O":
        if r.random() < 0.45:
            return f"{r.choice(_SAINTS)} {r.choice(_HOSP_TAIL)}"
        return f"{_town(r)} {r.choice(_HOSP_TAIL)}"
    tails, named = _ORG_SUB[sub]
    if r.random() < 0.4:
        return r.choice(named)
    head = r.choice(_FAMILY) if sub in "WKY" and r.random() < 0.5 else _town(r)
    return f"{head} {r.choice(tails)}"


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 2890)} {r.choice(_STREET_NAMES)} {r.choice(_STREET_SUFFIX)}"
    u = r.random()
    if u < 0.2:
        s += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif u < 0.3:
        s += f" Unit {r.randint(1, 40)}"
    elif u < 0.36:
        s = f"{r.randint(10, 400)}-{r.choice('AB')} {r.choice(_STREET_NAMES)} {r.choice(_STREET_SUFFIX)}"
    elif u < 0.42:
        s = f"{r.randint(100, 9000)} Route {r.randint(2, 140)}"
    return s


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCEFGHJKLPQRTUWXYZ") for _ in range(n))


def _phone(r: random.Random, ext: bool = True) -> str:
    a, b, c = r.choice(_AREA), str(r.randint(201, 989)), _digits(r, 4)
    k = r.randrange(9 if ext else 7)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
            f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext. {r.randint(10, 4999)}",
            f"({a}) {b}-{c} x{r.randint(100, 999)}")[k]


def _pager(r: random.Random) -> str:
    k = r.randrange(5)
    return (f"{r.randint(1, 9)}-{_digits(r, 4)}", _digits(r, 5), f"{r.randint(20, 89)}-{_digits(r, 3)}",
            _phone(r, False), f"{_digits(r, 3)}-{_digits(r, 4)}")[k]


def _email(r: random.Random) -> str:
    g, f = _ascii(r.choice(_GIVEN)).lower(), _ascii(r.choice(_FAMILY)).lower()
    dom = r.choice(_DOMAINS) if r.random() < 0.5 else _ascii(_org(r)).lower()[:18].strip("-") + r.choice(
        (".org", ".com", ".net", ".us"))
    return r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}{r.randint(1, 99)}", f"{g}_{f}{r.randint(60, 99)}",
                     f"{f}{g[0]}")) + "@" + dom


def _url(r: random.Random) -> str:
    f = _ascii(r.choice(_FAMILY)).lower()
    stem = r.choice((f"dr{f}", f"{f}familymed", f"{f}-sportsmed", f"{f}pediatrics", f"{f}counseling",
                     f"{f}chiro", f"{f}-dermatology", f"{f}dental", f"caringfor{f}", f"{f}-recovery"))
    tld = r.choice((".com", ".net", ".org", ".us"))
    return r.choice((f"www.{stem}{tld}", f"https://{stem}{tld}/intake", f"http://portal.{stem}{tld}/pt/{_digits(r, 5)}",
                     f"{stem}{tld}", f"https://www.{stem}{tld}", f"www.gofundme.com/f/{stem}-{_digits(r, 3)}"))


def _ip(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if k == 3:
        return f"{r.randint(24, 98)}.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return "fe80::" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4))


def _ssn(r: random.Random) -> str:
    a, b, c = str(r.randint(101, 665)), f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_digits(r, 7), "00" + _digits(r, 7), f"A{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 2)}-"
                     f"{_digits(r, 4)}", f"HM{_digits(r, 6)}", f"{_letters(r, 1)}{_digits(r, 2)} {_digits(r, 5)}"))


def _account(r: random.Random) -> str:
    return r.choice((_digits(r, 10), f"E{_digits(r, 9)}", f"CT{_digits(r, 2)}-{_digits(r, 7)}",
                     f"ORD{_digits(r, 8)}", f"SA-{_digits(r, 4)}-{_digits(r, 4)}", f"V{_digits(r, 8)}",
                     f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}", f"K-{_digits(r, 8)}",
                     f"{_digits(r, 2)}-{_digits(r, 6)}", f"{_letters(r, 1)}{_digits(r, 2)}-{_digits(r, 5)}"))


def _plan(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 3)}{_digits(r, 9)}", f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}",
                     f"W{_digits(r, 10)}", _digits(r, 12), f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(1, 9)}"
                     f"{_letters(r, 2)}{r.randint(1, 9)}{_letters(r, 2)}{_digits(r, 2)}",
                     f"{_letters(r, 3)} {_digits(r, 5)} {_digits(r, 4)}", f"{_digits(r, 3)}-{_letters(r, 2)}-"
                     f"{_digits(r, 5)}"))


def _license(r: random.Random) -> str:
    return r.choice((f"{r.choice('ABFM')}{_letters(r, 1)}{_digits(r, 7)}", f"P-{_digits(r, 6)}",
                     f"S{_digits(r, 8)}", _digits(r, 6), f"N{_digits(r, 7)}", f"D{_digits(r, 3)}-{_digits(r, 4)}-"
                     f"{_digits(r, 4)}", f"{_digits(r, 4)}-{_digits(r, 4)}", f"EM{_digits(r, 5)}"))


def _zip(r: random.Random) -> str:
    z = r.choice(("0", "0", "0", "1")) + _digits(r, 4)
    return z + f"-{_digits(r, 4)}" if r.random() < 0.2 else z


def _date(r: random.Random, lo: int = 1931, hi: int = 2024) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}",
                     f"{d} {mon[:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3].upper()}-{y}",
                     f"{m:02d}-{d:02d}-{y}", f"{m:02d}.{d:02d}.{y}", f"{d} {mon} {y}"))


def _device(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 2)}{_digits(r, 4)}-{_digits(r, 5)}", f"{_digits(r, 1)}{_letters(r, 2)}"
                     f"{_digits(r, 5)}", f"{_letters(r, 1)}{_digits(r, 1)}{_letters(r, 1)}{_digits(r, 7)}",
                     _digits(r, 8), f"{_digits(r, 5)}-{_digits(r, 4)}", f"{_letters(r, 1)}{_digits(r, 4)}"
                     f"{_letters(r, 1)}{_digits(r, 4)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"))


_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vehicle(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return "".join(r.choice(_VIN) for _ in range(17))
    return (f"{r.randint(1, 9)}{_letters(r, 2)}-{_digits(r, 3)}", f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 2)}",
            f"{_letters(r, 3)} {_digits(r, 4)}", f"{_digits(r, 3)}-{_letters(r, 3)}", f"{_letters(r, 3)}{_digits(r, 3)}"
            )[k - 1]


_VALUE = {
    "PHONE": _phone, "FAX": lambda r: _phone(r, False), "PAGER": _pager, "EMAIL": _email, "URL": _url,
    "IP_ADDRESS": _ip, "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _plan, "LICENSE": _license,
    "ZIP": _zip, "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _date, "AGE_OVER_89": lambda r: str(r.randint(90, 104)),
    "DEVICE_ID": _device, "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": _town,
}

# --------------------------------------------------------------------------------------------------
# Contexts for escaped identifiers inserted as their own line ("{v}" is the labelled value)
# --------------------------------------------------------------------------------------------------

_CTX = {
    "PERSON": (
        "Daughter {v} at bedside, HCP paperwork in chart.", "Spoke with {v} (wife) by phone, updated on plan.",
        "Medical control: Dr. {v} gave orders for additional fentanyl.", "Seen and examined with {v}, PA-C.",
        "/s/ {v}, RN", "Electronically signed by {v}, MD", "{v} / Paramedic", "Witness: {v}",
        "cc: {v}, NP (PCP)", "Officer {v} #___ remained with pt", "Report given to {v} RN at receiving ED.",
        "| Attending | {v} |", "Tox fellow:         {v}", "Pt's roommate ({v}) called 911.",
        "Per {v} pt was last known well at 21:30.", "Bystander CPR by {v}, off-duty EMT.",
        "Scribe statement: I, {v}, scribed for the attending.", "{v}", "SANE: {v}, RN, SANE-A",
        "Discussed with neurology stroke attending Dr {v}.", "Brother/{v} - emergency contact",
        "Interpreter {v} (Haitian Creole) used for entire encounter.", "Pt identified as {v} by wallet ID.",
        "ATTENDING ADDENDUM ({v}): agree with resident note above.", "Transfer accepted by Dr. {v}, trauma surgery.",
    ),
    "LOCATION": (
        "Pt lives in {v} with son, independent at baseline.", "MVC on Rt 9 in {v}, restrained driver.",
        "Scene: {v}", "| Scene location | {v} |", "Transported from {v} by ground, 38 min.",
        "Found down behind the laundromat in {v}.", "(home: {v})", "Flight departed {v} helipad 02:14.",
        "Lives alone in {v}; neighbour checks daily.", "Pt was at a cookout in {v} when stung.",
        "Fall from ladder at worksite in {v}", "Originating town/{v}", "Pickup: {v} - Exit 31 northbound",
        "{v}", "Staying with cousin in {v} since arriving from ___.", "Police hold initiated after incident in {v}.",
        "Pt works nights, commutes from {v}.", "Incident occurred near {v} town line.",
    ),
    "ORGANIZATION": (
        "Transferred from {O} for higher level of care.", "Receiving facility: {O}", "PCP at {W}.",
        "Pt works at {K} as a machinist.", "Agency: {B}", "{O} ED called with report at 03:10.",
        "Student at {J}, school nurse notified.", "Resident of {Y} (SNF), DNR/DNI on file.",
        "Records obtained from {W} via fax.", "| Sending facility | {O} |", "Flight service: {B}",
        "Discharged from {Y} two days ago.", "{O}", "Pt follows with {W} for methadone.",
        "Outside films from {O} reviewed.", "Bed placement: {Y}", "Employer ({K}) workers comp carrier notified.",
        "Accepting hospital - {O}", "Mutual aid from {B}, ALS intercept.", "Coach at {J} witnessed the collision.",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {v}", "Last tetanus {v}", "Pt expired on {v} at 04:12 despite resuscitation.",
        "Prior visit {v} for similar complaint.", "Date of injury: {v}", "| DOS | {v} |",
        "Previous CT head {v} at outside hospital, no bleed.", "{v} - prior OD, naloxone x2.",
        "Signed {v} 14:22", "Last menstrual period {v}.", "Police hold paperwork dated {v}.",
        "Hx of ICH ({v}) per family.", "Pronounced dead {v}, time 22:47.", "Date/Time: {v} 0312",
        "Last seen normal on {v} per daughter.", "Born {v}",
    ),
    "AGE_OVER_89": (
        "{v} yo F found on floor by home health aide.", "Pt is a {v}-year-old man s/p fall.", "Age: {v}",
        "({v} y/o M, DNR)", "{v}F c/o dizziness", "| Age | {v} |", "Elderly pt, age {v}, lives with daughter.",
        "{v} year old female with hip pain after ground-level fall.", "pt ({v}yo) on Eliquis",
        "INDICATION: {v} year old woman with fall, on anticoagulation.",
    ),
    "PHONE": (
        "Callback: {v}", "Daughter's cell {v}", "Reached son at {v}, on his way in.", "{v} (home)",
        "Tel: {v}", "| Phone | {v} |", "Pt can be reached at {v} for culture results.", "Ph {v}",
        "EMS dispatch recontacted caller at {v}.", "Contact #: {v}", "Phone/{v}", "{v}",
        "Wife's number {v} - please call with updates", "Call the SANE program on-call at {v}.",
    ),
    "FAX": (
        "Fax {v}", "Please fax records to {v}.", "F: {v}", "{v} (fax)", "Faxed to PCP at {v}.",
        "| Fax | {v} |", "fax#{v}", "Discharge summary faxed {v}", "Fax number ........ {v}",
        "Send prelim read by fax: {v}",
    ),
    "PAGER": (
        "Paged ortho (pgr {v}).", "Pager {v}", "beeper #{v}", "Page {v} with results.", "p{v} trauma chief",
        "Stroke pager {v} activated at 13:02.", "Tox fellow pager: {v}", "| Pager | {v} |", "via pager {v}",
        "pgr: {v}",
    ),
    "EMAIL": (
        "Email: {v}", "Pt requests results sent to {v}.", "{v}", "Contact {v} for SANE follow-up.",
        "| E-mail | {v} |", "Daughter emailed photos of pill bottles from {v}.", "<{v}>",
    ),
    "URL": (
        "Follow up at {v}", "PCP practice portal: {v}", "{v}", "Pt brought printout from {v}.",
        "Counselor schedule online ({v})", "Family fundraiser page {v} mentioned by sister.",
        "Website: {v}",
    ),
    "IP_ADDRESS": (
        "Monitor uploaded from {v}.", "PACS node {v}", "Images pushed to {v} (ED workstation).",
        "Telestroke cart IP {v}", "Host: {v}", "| Source IP | {v} |", "{v}", "12-lead transmitted via {v}",
    ),
    "SSN": (
        "SSN: {v}", "SS# {v}", "Social Security No. {v}", "{v}", "| SSN | {v} |", "pt gave SSN {v} at registration",
        "Soc Sec {v}",
    ),
    "MRN": (
        "MRN: {v}", "Unit No: {v}", "MR# {v}", "Outside MRN {v}", "| MRN | {v} |", "Chart # {v}", "{v}",
        "Medical record number {v} (sending facility)", "Pt merged with old record {v}.",
    ),
    "ACCOUNT": (
        "Acct # {v}", "Encounter: {v}", "Accession: {v}", "Order # {v}", "Specimen ID: {v}", "Incident # {v}",
        "| Visit ID | {v} |", "Evidence kit #{v} sealed and given to officer.", "Billing account {v}", "{v}",
        "Requisition {v}", "PCR number: {v}",
    ),
    "HEALTH_PLAN": (
        "Member ID: {v}", "Policy # {v}", "Subscriber ID {v}", "Ins: ___ / {v}", "Group {v}",
        "| Member # | {v} |", "MassHealth ID {v}", "Medicare MBI {v}", "{v}", "Insurance ID: {v}",
    ),
    "LICENSE": (
        "Lic # {v}", "DEA {v}", "Paramedic cert {v}", "Driver's license {v}", "NREMT #{v}",
        "| License | {v} |", "RN license no. {v}", "{v}", "MD license {v}", "Pt ID'd by driver's lic. {v}",
    ),
    "ZIP": (
        "___, MA {v}", "Home: ___ {v}", "ZIP {v}", "| Zip | {v} |", "___, NH {v}", "{v}",
        "Address on file: ___ ___, RI {v}", "Postal code: {v}",
    ),
    "STREET_ADDRESS": (
        "Address: {v}", "Pt found at {v}, second floor landing.", "{v}", "| Address | {v} |",
        "Scene address: {v}", "Lives at {v} with partner.", "Pickup at {v} (rear entrance).",
        "Home: {v}, ___", "Mail to {v}",
    ),
    "DEVICE_ID": (
        "Monitor SN {v}", "LUCAS device serial {v}", "Pump S/N: {v}", "Pacer interrogation: serial {v}",
        "| Serial | {v} |", "{v}", "AED serial no. {v} (bystander unit)", "Ventilator SN: {v}",
        "IO driver serial #{v}", "ICD generator, serial number {v}",
        "Implant UDI (01)00884521774219(17)270630(10)LT4421(21){v}", "(01)10381780512284(11)230114(21){v}",
    ),
    "VEHICLE_ID": (
        "Vehicle plate {v}", "Pt was driver of car with plate {v}.", "VIN {v}", "| Plate | {v} |", "{v}",
        "Car towed, reg. {v}", "Struck by pickup (plate {v}), driver fled.", "Mass reg {v}",
    ),
}

# --------------------------------------------------------------------------------------------------
# Note builder: lines with slot markers (§X§ -> a masked field, or an escaped value) and look-alikes
# --------------------------------------------------------------------------------------------------

_SLOT = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION", "B": "ORGANIZATION", "W": "ORGANIZATION",
         "J": "ORGANIZATION", "K": "ORGANIZATION", "Y": "ORGANIZATION", "D": "DATE_REAL_YEAR", "A": "AGE_OVER_89",
         "M": "MRN", "C": "ACCOUNT", "H": "HEALTH_PLAN", "T": "PHONE", "F": "FAX", "G": "PAGER", "E": "EMAIL",
         "S": "STREET_ADDRESS", "Z": "ZIP", "V": "VEHICLE_ID", "X": "DEVICE_ID", "N": "LICENSE", "I": "IP_ADDRESS",
         "Q": "SSN", "U": "URL"}
_MARK = re.compile(r"§([A-Z])§")


class _G:
    """Random source plus the look-alikes written into one note."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.look: list[str] = []

    def la(self, s: str) -> str:
        self.look.append(s)
        return s

    def pick(self, seq: tuple[str, ...]) -> str:
        return self.r.choice(seq)

    def ep(self, seq: tuple[str, ...] = _EPONYMS) -> str:
        return self.la(self.r.choice(seq))

    def br(self, seq: tuple[str, ...] = _BRANDS) -> str:
        return self.la(self.r.choice(seq))

    def lot(self) -> str:
        return self.la(f"Lot {self.r.choice(('', 'L', 'K'))}{_digits(self.r, 2)}{_letters(self.r, 1)}"
                       f"{_digits(self.r, 3)}")

    def ndc(self) -> str:
        return self.la(f"NDC {_digits(self.r, 5)}-{_digits(self.r, 4)}-{_digits(self.r, 2)}")

    def ref(self) -> str:
        r = self.r
        return self.la(r.choice((f"REF {_digits(r, 1)}-{_digits(r, 4)}", f"Model {_digits(r, 4)}{_letters(r, 1)}",
                                 f"Cat. No. {_digits(r, 4)}-{_digits(r, 3)}", f"REF {_letters(r, 2)}{_digits(r, 5)}")))

    def exp(self) -> str:
        r = self.r
        y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice((f"Exp {y}-{m:02d}-{d:02d}", f"EXP {m:02d}/{d:02d}/{y}", f"exp. {y}-{m:02d}",
                                 f"Expiry {_MONTHS[m - 1][:3]} {d}, {y}", f"Use by {y}-{m:02d}-{d:02d}")))

    def sd(self) -> str:
        r = self.r
        y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}")))

    def tm(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def yr(self, what: str) -> str:
        return self.la(f"{what} {self.r.randint(1978, 2023)}")

    def age(self) -> str:
        return self.la(f"{self.r.randint(18, 88)} yo")

    def score(self, which: str = "GNIRCWHLEP") -> str:
        r = self.r
        opts = {"G": f"GCS {r.randint(3, 15)}", "N": f"NIHSS {r.randint(0, 24)}", "I": f"ISS {r.randint(4, 41)}",
                "R": f"RTS {r.randint(4, 7)}.{_digits(r, 2)}", "C": f"CIWA-Ar {r.randint(2, 28)}",
                "W": f"COWS {r.randint(3, 22)}", "H": f"HEART score {r.randint(1, 8)}", "L": f"LAMS {r.randint(0, 5)}",
                "E": f"ESI {r.randint(1, 5)}", "P": f"pain {r.randint(0, 10)}/10"}
        return self.la(opts[r.choice(which)])

    def dose(self) -> str:
        r = self.r
        return self.la(r.choice(("aspirin 324 mg PO", "naloxone 2 mg IN", "fentanyl 50 mcg IV", "ondansetron 4 mg IV",
                                 "ketamine 1 mg/kg IV", "midazolam 5 mg IM", "NS 1000 mL bolus", "TXA 1 g IV",
                                 "albuterol 2.5 mg neb", "epinephrine 0.3 mg IM", "D50 25 g IV",
                                 "N-acetylcysteine 150 mg/kg", "lorazepam 2 mg IV", "morphine 4 mg IV",
                                 "ceftriaxone 1 g IV", "Tdap 0.5 mL IM")))

    def ver(self) -> str:
        r = self.r
        return self.la(f"v{r.randint(2, 9)}.{r.randint(0, 19)}.{r.randint(0, 9)}")

    def pub(self) -> str:
        return self.la(self.r.choice(_PUBLIC))

    def dept(self) -> str:
        return self.la(self.r.choice(_DEPTS))

    def state(self) -> str:
        return self.la(self.r.choice(_STATES))

    def country(self) -> str:
        return self.la(self.r.choice(_COUNTRIES))

    def vitals(self, rows: int, pipe: bool = True) -> list[str]:
        r = self.r
        head = ("Time  | BP      | HR  | RR | SpO2 | GCS | EtCO2" if pipe else
                "TIME   BP       HR   RR  SPO2  GCS  GLU")
        out = [head]
        for _ in range(rows):
            bp = f"{r.randint(84, 188)}/{r.randint(48, 110)}"
            if pipe:
                out.append(f"{self.tm()} | {bp:7} | {r.randint(48, 138):<3} | {r.randint(10, 32):<2} | "
                           f"{r.randint(84, 100)}%  | {r.randint(3, 15):<3} | {r.randint(18, 52)}")
            else:
                out.append(f"{self.tm()}  {bp:8} {r.randint(48, 138):<4} {r.randint(10, 32):<3} "
                           f"{r.randint(84, 100):<5} {r.randint(3, 15):<4} {r.randint(60, 380)}")
        return out


def _fillers(g: _G, radiology: bool) -> list[list[str]]:
    """Optional blocks used to pad a note to its target length (each used at most once)."""
    r = g.r
    if radiology:
        return [
            ["", f"Comparison is made to the {g.sd()} study; no interval change in the incidental findings.",
             "Recommendations per ACR incidental findings white paper; follow-up with " + g.dept() + "."],
            ["", f"PROTOCOL NOTE: acquired on {g.br(('GE Revolution CT', 'SOMATOM Force', 'SonoSite Edge'))}, "
             f"software {g.ver()}.  Images and dose report archived to PACS."],
            ["", "ED WET READ (copied forward):", "'" + r.choice(("no acute findings", "see impression",
                                                                  "prelim neg")) +
             "' - agree with preliminary interpretation; the final read above supersedes."],
            ["", f"ADDENDUM {g.sd()} {g.tm()}:", "On re-review " + r.choice((
                "no additional findings are identified; the impression is unchanged.",
                "the described finding is again confirmed on reformatted images.",
                "motion artifact limits evaluation; repeat imaging can be obtained if clinically indicated.")) +
             "  Discussed with the ED team."],
            ["", "CLINICAL INFORMATION (from order):", r.choice((
                "Trauma activation, hypotensive in the field, " + g.dose() + " given by EMS.",
                "Fall on " + g.br(("Eliquis", "Xarelto", "Coumadin")) + ", head strike.",
                "Pain and swelling after injury, " + g.score("P") + ".",
                "Transfer from outside ED, images not available."))],
            ["", "TECHNOLOGIST NOTE:", "Pt " + r.choice(("cooperative", "combative, limited positioning",
                                                          "in C-collar, cross-table views obtained")) +
             ".  " + r.choice(("No contrast reaction.", "Portable exam.", "Repeat images due to motion.")) +
             "  Critical results communicated per departmental policy."],
        ]
    return [
        ["", "Medications on Arrival:", f"1. {g.br(('Eliquis', 'Xarelto', 'Coumadin', 'Plavix'))} (last dose unknown)",
         "2. metoprolol 25 mg BID", f"3. {g.br(('Tylenol', 'Motrin', 'Percocet', 'Flexeril'))} PRN",
         "4. atorvastatin 40 mg qHS", "5. " + g.br(("Keppra", "Suboxone", "Lovenox")) + " as directed"],
        ["", "Past Medical History:", "- HTN, HLD, T2DM", f"- {g.yr('CABG')}",
         "- " + g.ep(("Graves disease", "Bell's palsy", "Addison crisis")), "- prior EtOH withdrawal w/o seizures"],
        ["", "Social History:", f"Born in {g.country()}, moved to {g.state()} as a child.",
         "Tob: 1/2 ppd. EtOH: weekends. Illicits: denies.", f"Follows with {g.dept()}."],
        ["", f"Re-eval at {g.tm()}: pt resting comfortably, tolerating PO, ambulating with steady gait.",
         f"Repeat {g.score('GCPW')}.  No new complaints."],
        ["", f"ADDENDUM {g.sd()} {g.tm()}: labs returned - " + r.choice((
            "lactate 1.4, trop <6, UA negative.", "Hgb 9.8 (from 12.1), repeat in 4 h.",
            "APAP level undetectable, salicylate <5.")), "Plan unchanged.  Pt and family updated at bedside."],
        ["", "Review of Systems:", "Const: no fevers/chills.  Resp: no cough.  CV: no palpitations.  GI: "
         "no N/V/D.  GU: no dysuria.  Neuro: no focal weakness.  Psych: see HPI.  All other systems negative."],
        ["", "Procedure note - laceration repair:", f"{r.randint(1, 9)} cm linear lac, irrigated with 500 mL NS, "
         f"1% lidocaine, {r.randint(3, 9)} x 4-0 nylon simple interrupted.  " + g.br(("Dermabond", "Steri-Strips"))
         + " to superficial portion.  Tetanus given: "
         + g.la("Tdap 0.5 mL IM") + " (" + g.lot() + ", " + g.exp() + ")."],
        ["", "Nursing note (copied forward from prior shift):", "Pt resting in stretcher, call light in reach, "
         "side rails up x2, " + g.br(("Bair Hugger", "Mepilex")) + " in place.  Voided x1.  Family at bedside.",
         f"IV site L AC clean, {g.br(('Alaris',))} pump infusing NS at 125 mL/h."],
    ]

# --------------------------------------------------------------------------------------------------
# Document kinds (discharge-type)
# --------------------------------------------------------------------------------------------------


def _ems_pcr(g: _G) -> list[str]:
    r = g.r
    mon = g.br(("LIFEPAK 15", "Zoll X Series"))
    t0 = r.randint(0, 1439)
    out = [
        f"{g.br(('ImageTrend Elite', 'ESO EHR'))} {g.ver()}  PATIENT CARE REPORT  page 1 of 2",
        "Incident #: §C§        Unit: Medic " + str(r.randint(1, 19)) + "        Shift: " + r.choice("ABCD"),
        "Agency: §B§",
        "Date of Service: ___   " + "  ".join(
            f"{label} {(t0 + dt) // 60 % 24:02d}:{(t0 + dt) % 60:02d}" for label, dt in (
                ("Dispatched", 0), ("Enroute", 1), ("On Scene", r.randint(5, 14)), ("At Dest", r.randint(25, 48)))),
        "Patient: §P§        DOB: §D§        Age: §A§        Sex: " + r.choice("MF"),
        "Home Address: §S§, §L§, MA §Z§",
        f"Dispatch complaint: {r.choice(('fall', 'chest pain', 'unresponsive', 'MVC', 'overdose', 'SOB', 'seizure'))}"
        f" (priority {r.randint(1, 3)})",
        "",
        "NARRATIVE:",
        f"Dispatched to a residence for a {g.age()} {r.choice(('male', 'female'))} "
        f"{r.choice(('found on floor', 'w/ chest pain x2h', 'unresponsive per roommate', 'seizing'))}. "
        "Upon arrival pt found " + r.choice(("sitting in kitchen chair, AAOx3.", "supine in bathroom, GCS 13.",
                                             "in the driveway, agitated, smelling of EtOH.")),
        f"Pt placed on {mon} monitor (SN §X§), 12-lead obtained and transmitted. "
        + g.ep(("Cushing's triad", "Beck's triad", "Kussmaul respirations")) + " not present.",
        f"Treatment: {g.dose()}; {g.dose()}. IV 18g L AC x1. C-collar ({g.br(('Stifneck', 'Aspen Vista collar'))})"
        " per " + g.ep(("NEXUS criteria", "Canadian C-spine rule")) + ".",
        "Pt moved to stretcher via stair chair, secured x5 straps, transported w/o incident.",
        "",
        "VITALS:",
    ]
    out += g.vitals(r.randint(2, 4))
    out += [
        "",
        "Medications administered:",
        f"  {g.dose():28} {g.lot()}  {g.exp()}",
        f"  {g.dose():28} {g.ndc()}",
        "",
        "Destination: §O§ ED (pt choice)   Transport mode: emergent, no lights/sirens",
        "Crew: §P§, Paramedic (lic §N§) / §P§, EMT-B",
        "Receiving RN signature on file: ___",
    ]
    return out


def _transfer(g: _G) -> list[str]:
    r = g.r
    return [
        "INTERFACILITY TRANSFER RECORD  (EMTALA certification attached)",
        "Sending facility: §O§          Receiving: §O§",
        "Sending MD: Dr. §P§   Accepting MD: Dr. §P§   Bed: ___",
        "Pt name: §P§  MRN: §M§  DOB: ___",
        "Reason for transfer: " + r.choice(("neurosurgical evaluation", "cath lab not available", "burn unit",
                                            "PICU bed", "ECMO eval")),
        "Level of care: " + r.choice(("ALS", "SCT (critical care)", "BLS")),
        "",
        "Clinical summary:",
        f"{g.age()} pt presented to sending ED at {g.tm()} after "
        + r.choice(("fall down 12 stairs", "MVC rollover", "syncope", "assault")) + f". Initial {g.score('GR')}. "
        "Imaging at outside hospital: " + r.choice(("R SDH 8 mm, 3 mm MLS", "splenic lac grade III", "T12 burst fx"))
        + ".",
        f"Pt on {g.br(('Eliquis', 'Xarelto', 'Coumadin'))}; reversal with {g.br(('Kcentra', 'Andexxa'))} "
        f"given at {g.tm()}.",
        "",
        "Documents sent: [x] face sheet  [x] imaging on CD  [x] MAR  [ ] POLST",
        "Belongings: glasses, cell phone, wallet (inventoried by security)",
        "Insurance: ___   Member ID: §H§",
        "Sending RN: §P§   Report called to §P§ at §T§",
        "Transfer consent signed by pt / ___ (HCP)",
        "",
        f"Vitals at departure {g.tm()}: BP {r.randint(90, 170)}/{r.randint(50, 100)} HR {r.randint(55, 125)} "
        f"SpO2 {r.randint(90, 100)}% on {r.randint(2, 6)} L NC",
    ]


def _air(g: _G) -> list[str]:
    r = g.r
    out = [
        "AIR MEDICAL FLIGHT RECORD",
        "Program: §B§     Aircraft: " + r.choice(("EC-135", "AW-109", "Bell 407", "King Air B200")) + "   Tail: ___",
        "Flight #: §C§    Request time " + g.tm() + "   Lift " + g.tm() + "   Land " + g.tm(),
        "Origin: §L§ (scene LZ)     Destination: §O§ helipad",
        "Flight crew: §P§, RN, CFRN / §P§, FP-C     Pilot: ___",
        "",
        "Pt: §P§   Wt est " + str(r.randint(45, 130)) + " kg (" + g.ep(("Broselow tape", "Parkland formula")) + ")",
        "Mechanism: " + r.choice(("ejected ATV rider", "farm machinery crush", "fall from roof 20 ft", "GSW L chest",
                                  "motorcycle vs tree")),
        "",
        "Airway: RSI performed with " + g.br(("Ketalar", "Versed")) + " and rocuronium, "
        f"{g.br(('GlideScope', 'McGrath MAC'))} grade 1 view ({g.ep(('Cormack-Lehane', 'Mallampati'))}), "
        "7.5 ETT 23 cm at teeth, ETCO2 waveform confirmed.",
        f"Vent {g.br(('Hamilton-T1',))} SN §X§: AC 450 x 16, PEEP 5, FiO2 60%",
        f"Blood: 1 u LTOWB, {g.dose()}.  Pelvic binder ({g.br(('SAM Pelvic Sling',))}) applied.",
        "",
    ]
    out += g.vitals(r.randint(2, 4), pipe=False)
    out += ["", "Handoff to trauma team at " + g.tm() + ".  Crew signatures on paper copy.",
            "Billing: acct §C§  Ins: §H§"]
    return out


def _triage(g: _G) -> list[str]:
    r = g.r
    return [
        f"ED TRIAGE NOTE    Arrival {g.tm()}    Mode: "
        + r.choice(("Ambulance", "Walk-in", "Police", "Private vehicle")),
        "Name: ___   Unit No: §M§   Age: §A§   Sex: " + r.choice("MF"),
        "Chief complaint: " + r.choice(("L wrist pain after fall", "SI", "headache worst of life", "abd pain",
                                        "ingestion", "dog bite")),
        f"Acuity: {g.score('E')}     Pain: {r.randint(0, 10)}/10",
        f"Triage vitals: T {r.randint(96, 103)}.{r.randint(0, 9)} HR {r.randint(50, 140)} BP {r.randint(90, 200)}/"
        f"{r.randint(50, 110)} RR {r.randint(12, 30)} SpO2 {r.randint(88, 100)}%",
        "Allergies: " + r.choice(("NKDA", "PCN (rash)", "sulfa", "latex")),
        "Isolation screen: negative.  Travel: ___.  Fall risk: " + r.choice(("yes", "no")),
        "Weight: " + str(r.randint(40, 140)) + " kg (stated)",
        "",
        "Triage assessment:",
        "Pt arrives " + r.choice(("ambulatory with steady gait", "via EMS on stretcher", "in custody of police")) +
        ", " + r.choice(("tearful", "calm and cooperative", "intoxicated")) + ". Denies " +
        r.choice(("CP/SOB", "HI/AVH", "LOC")) + ".",
        f"Pt states she was seen by {g.dept()} last month.",
        "Escort/visitor: §P§ (" + r.choice(("mother", "spouse", "friend", "group home staff")) + ")",
        "PCP: Dr. §P§ at §W§",
        "Emergency contact: ___ ___  phone §T§",
        "Triage RN: §P§, RN   " + g.sd() + " " + g.tm(),
        "Protocol orders initiated: CBC, BMP, UA, " + r.choice(("XR wrist", "ECG", "hCG", "ethanol level")),
    ]


def _provider(g: _G) -> list[str]:
    r = g.r
    return [
        "Name:  ___                  Unit No:   §M§",
        "Admission Date:  ___              Discharge Date:   ___",
        "Date of Birth:  §D§             Sex:   " + r.choice("MF"),
        "Service: EMERGENCY MEDICINE",
        "Allergies: " + r.choice(("Patient recorded as having No Known Allergies to Drugs", "morphine", "iodine")),
        "Attending: §P§.",
        "",
        "Chief Complaint:",
        r.choice(("syncope", "fall", "chest pain", "altered mental status", "laceration L hand")),
        "",
        "History of Present Illness:",
        "§A§ year old " + r.choice(("male", "female")) + " with h/o " +
        r.choice(("AF on anticoagulation", "COPD", "ESRD on HD", "seizure d/o")) + " BIBA from home after " +
        r.choice(("unwitnessed fall", "syncopal episode", "family found confused")) +
        f". EMS gave {g.dose()}.  Per EMS run sheet, " + g.score("GL") + " on scene.",
        "Pt reports " + r.choice(("lightheadedness prior", "no prodrome", "tripping over rug")) +
        ". Denies HA, neck pain, CP. Copy-forwarded from triage: 'pt states she was fine this AM'.",
        "",
        "Physical Exam:",
        "Gen: NAD.  HEENT: " + r.choice(("no hematoma", "2 cm occipital lac", "periorbital ecchymosis")) + ", "
        + g.ep(("Battle's sign",)) + " absent.",
        "Neck: no midline TTP, cleared by " + g.ep(("NEXUS criteria", "Canadian C-spine rule")) + ".",
        "Neuro: CN II-XII intact, " + g.ep(("Babinski", "Hoffmann sign")) + " neg, strength 5/5 x4.",
        "",
        "ED Course:",
        f"{g.tm()} CT head/C-spine ordered.  {g.tm()} ECG: " + r.choice(("AF 88, no STE", "NSR, QTc 452")) + ".",
        f"{g.tm()} Discussed with {g.dept()}.  Plan " + r.choice(("admit to obs", "dc home", "admit to medicine")) +
        ".",
        "",
        "MDM: Differential includes arrhythmia, orthostasis, ICH; " + g.score("HG") + ". "
        + g.ep(("Wells score", "PERC rule")) + " not applicable.",
        "Signed: §P§, MD   " + g.sd() + " " + g.tm(),
    ]


def _poison(g: _G) -> list[str]:
    r = g.r
    agent = r.choice(("acetaminophen", "amitriptyline", "lithium", "digoxin", "bupropion", "ethylene glycol",
                      "rattlesnake envenomation", "carbon monoxide"))
    return [
        "TOXICOLOGY CONSULT NOTE",
        "Requesting: ED attending §P§     Consultant: Toxicology service (fellow §P§, pager §G§)",
        "Regional poison center case #: §C§",
        "",
        f"Reason for consult: {agent} exposure",
        "",
        "HPI: " + g.age() + " pt " + r.choice(("intentional ingestion", "unintentional pediatric exploratory exposure",
                                               "chronic therapeutic error")) + f" of {agent}, ingestion time approx "
        f"{g.tm()}, est {r.randint(2, 60)} tabs. Bottle brought by EMS ({g.ndc()}, {g.lot()}).",
        "Co-ingestants: " + r.choice(("EtOH", "unknown", "none reported")) + ".  Poison center first called by "
        "§P§ (mother) from §T§.",
        "",
        "Labs:",
        "Time   | APAP   | ASA  | EtOH | CK    | Lac",
        f"{g.tm()}  | {r.randint(5, 250):<6} | <5   | {r.randint(0, 300):<4} | {r.randint(80, 9000):<5} | "
        f"{r.randint(1, 9)}.{r.randint(0, 9)}",
        f"{g.tm()}  | {r.randint(5, 250):<6} | <5   | {r.randint(0, 300):<4} | {r.randint(80, 9000):<5} | "
        f"{r.randint(1, 9)}.{r.randint(0, 9)}",
        "ECG: QRS " + str(r.randint(80, 150)) + " ms, QTc " + str(r.randint(400, 560)) + " ms",
        "",
        "Assessment/Plan:",
        f"- 4 h level plotted on {g.ep(('Rumack-Matthew nomogram',))}: " + r.choice(("above", "below")) +
        " treatment line.",
        f"- {g.dose()}; antidote {g.br(('Cyanokit', 'CroFab', 'DigiFab'))} per weight.",
        "- Serotonin toxicity screen by " + g.ep(("Hunter criteria",)) + ": negative.",
        "- Psychiatry once medically cleared; 1:1 sitter.",
        f"- Public resources given: {g.pub()}.",
        "",
        "Discussed with §O§ toxicologist on call. Thank you for this consult.",
        "§P§, MD  Medical Toxicology  " + g.sd(),
    ]


def _trauma(g: _G) -> list[str]:
    r = g.r
    out = [
        "TRAUMA ACTIVATION RECORD   Level: " + r.choice(("1 (full)", "2 (modified)")) + "   Activated " + g.tm(),
        "Trauma alias name: ___   MRN: §M§   Arrival " + g.tm() + "  by §B§",
        "Team leader: Dr. §P§   Scribe: §P§",
        "Mechanism: " + r.choice(("MVC 60 mph, + airbag, prolonged extrication", "pedestrian struck",
                                  "GSW R thigh", "fall from 3rd floor balcony", "stab wound L flank")),
        "Vehicle/plate: §V§   Restraint: " + r.choice(("lap+shoulder", "none", "helmet")),
        "",
        "PRIMARY SURVEY",
        "A: patent, speaking    B: BS equal bilat    C: " + r.choice(("pulses 2+", "thready radial", "HR 130")),
        "D: " + g.score("G") + ", pupils 3 mm brisk     E: " + r.choice(("abrasions", "deformity R femur",
                                                                     "no other injuries")),
        f"Adjuncts: FAST {r.choice(('negative', 'positive RUQ', 'equivocal'))}, CXR, pelvis XR, {g.ep(('Foley',))} "
        "deferred (blood at meatus?)",
        "",
        "Interventions:",
        f"  {g.tm()}  2 x 18g IV, {g.br(('EZ-IO',))} L tibia ({g.ref()})",
        f"  {g.tm()}  {g.dose()}",
        f"  {g.tm()}  {g.br(('Combat Application Tourniquet', 'QuikClot'))} applied pre-hospital, time noted",
        f"  {g.tm()}  MTP activated, {r.randint(1, 6)}:{r.randint(1, 6)}:1",
        "",
        "Disposition: " + r.choice(("OR", "CT then SICU", "IR embolization", "floor")) + " at " + g.tm(),
        "Family: §P§ (spouse) notified via §T§",
        "Record completed by §P§, RN",
    ]
    return out


def _tertiary(g: _G) -> list[str]:
    r = g.r
    return [
        "TRAUMA TERTIARY SURVEY  (HD#" + str(r.randint(1, 3)) + ")",
        "Pt: ___   Unit No: §M§   Admit: ___",
        "Injury date: §D§   Mechanism: " + r.choice(("MVC", "fall", "assault", "bicycle vs car")),
        "",
        "Known injuries:",
        "1. " + r.choice(("R 5-7 rib fx", "L distal radius fx (" + g.ep(("Colles fracture", "Smith fracture")) + ")",
                          "grade II liver lac", "C2 fx (" + g.ep(("Hangman's fracture",)) + ")")),
        "2. " + r.choice(("L pneumothorax s/p chest tube", "scalp lac repaired", "R acetabular fx",
                          "L1 " + g.ep(("Chance fracture",)))),
        "",
        "Head-to-toe re-exam:",
        "HEENT: " + r.choice(("no new findings", "R orbital floor tenderness, CT face ordered")),
        "Spine: " + r.choice(("collar cleared clinically", "TTP at T8, add CT T-spine")),
        "Extremities: " + r.choice(("L 5th MT base TTP (" + g.ep(("Jones fracture",)) + ")",
                                    "R ankle swelling, " + g.ep(("Ottawa ankle rules",)) + " positive",
                                    "proximal fibula TTP, r/o " + g.ep(("Maisonneuve fracture",)))),
        "",
        "New injuries found: " + r.choice(("none", "see above")),
        "Imaging reviewed with " + g.dept() + ".",
        "Tetanus: " + r.choice(("up to date", "given in ED", "declined")),
        "Consults: " + g.dept() + "; " + g.dept(),
        "Completed by §P§, NP for Dr. §P§ (trauma attending)",
    ]


def _sane(g: _G) -> list[str]:
    r = g.r
    return [
        "SEXUAL ASSAULT NURSE EXAMINER (SANE) RECORD - CONFIDENTIAL",
        "Pt: ___   MRN: §M§   Exam start " + g.tm() + "   Advocate present: §P§ (rape crisis center)",
        "Examiner: §P§, RN, SANE-A    Lic §N§",
        "Law enforcement: ___ PD, officer ___, report # ___",
        "",
        "Consent: [x] medical exam [x] evidence collection [ ] photographs [x] release of kit to police",
        "Assault reported to have occurred approx " + str(r.randint(4, 96)) + " h prior at ___.",
        "Pt " + r.choice(("has showered", "has not bathed", "changed clothes")) + " since the assault.",
        "",
        "Exam findings: " + r.choice(("abrasion L forearm 2 cm", "no visible injury", "bruising R upper arm x3")),
        "Toluidine blue applied per protocol.  Photos with scale: ___",
        "",
        "Evidence kit # §C§ sealed " + g.tm() + ", chain of custody form completed, " + g.ref() + " " + g.exp(),
        "",
        "Prophylaxis given:",
        f"  - {g.dose()}",
        "  - azithromycin 1 g PO, metronidazole 2 g PO",
        f"  - {g.br(('Plan B One-Step',))} levonorgestrel 1.5 mg PO ({g.lot()})",
        f"  - HIV nPEP starter pack ({g.br(('PERCO kit',))}) x 5 days",
        "",
        "Resources: " + g.pub() + "; " + g.pub(),
        "Follow-up: §O§ ID clinic in 3-5 days; counseling at §W§.",
        "Safe discharge address confirmed: ___ (pt prefers not to document)",
    ]


def _police_hold(g: _G) -> list[str]:
    r = g.r
    return [
        "APPLICATION FOR EMERGENCY EVALUATION / POLICE HOLD (Section 12 style form)",
        "Person: §P§     DOB: §D§     Gender: " + r.choice(("F", "M", "X")),
        "Address: §S§   City/Town: §L§   ZIP: §Z§",
        "Brought by: ___ Police Dept., officer §P§, badge ___, cruiser ___",
        "Date/time of hold: ___ " + g.tm(),
        "",
        "Facts and circumstances:",
        "Per officer, pt was " + r.choice(("standing on the overpass rail", "threatening family with a knife",
                                           "found wandering on highway", "making statements of SI with plan")) +
        ". Pt " + r.choice(("states he wants to die", "denies SI, guarded", "is disorganized, responding to "
                                                                           "internal stimuli")) + ".",
        "Collateral: §P§ (" + r.choice(("sister", "roommate", "case manager")) + ") reached at §T§.",
        "",
        "Risk assessment: " + r.choice(("high", "moderate")) + " risk of harm to self; C-SSRS positive.",
        "Restraint/seclusion: " + r.choice(("none", "4-point 20 min", "chemical only")) + "; " +
        g.br(("Ativan", "Versed")) + " given.",
        "Belongings: phone, wallet, belt and shoelaces secured by security.",
        "",
        "Medical clearance: " + g.score("GCW") + "; EtOH " + str(r.randint(0, 280)) + "; " +
        "UDS " + r.choice(("neg", "+THC", "+cocaine", "+fentanyl")) + ".",
        "Crisis team: §Y§ clinician ___",
        "Certifying physician: §P§, MD  license §N§",
        "Copy of form given to pt.  Rights explained.  " + g.pub() + " information provided.",
    ]


def _ed_dc(g: _G) -> list[str]:
    r = g.r
    dx = r.choice(("Closed fracture of L distal radius", "Minor head injury (concussion)", "Ankle sprain",
                   "Laceration of R hand, repaired", "Allergic reaction", "Opioid overdose, resolved"))
    return [
        "EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS",
        "Patient: §P§            Visit: §C§",
        "You were seen today in the Emergency Department by Dr. §P§.",
        "",
        f"Your diagnosis: {dx}",
        "",
        "What to do at home:",
        "- Keep the " + r.choice(("splint", "dressing", "sling")) + " clean and dry. " +
        g.br(("Ace wrap", "Steri-Strips", "Dermabond", "Tegaderm")) + " may be removed in " +
        str(r.randint(2, 10)) + " days.",
        f"- Take {g.br(('Tylenol', 'Motrin'))} as directed on the package; do not exceed 3 g per day.",
        "- Rest, ice, elevate.  No driving while taking " + g.br(("Percocet", "Flexeril", "Benadryl")) + ".",
        "- Concussion information: " + g.pub(),
        "",
        "Follow up:",
        f"  {g.dept():28} in 1 week   (call §T§ to schedule)",
        "  Primary care: Dr. §P§, §W§   phone §T§   fax §F§",
        "",
        "Return to the ED right away for: worsening pain, numbness, fever > 101.5F, vomiting, or any new concern.",
        "If you are thinking about hurting yourself, call or text 988.  Poison questions: 1-800-222-1222.",
        "",
        "Prescriptions sent to: §Y§",
        "Work note: excused through ___.  School: §J§",
        "Patient portal: your results will be posted within 48 h.",
        "I have received and understand these instructions.  Signature: ___",
        "Nurse: §P§, RN   Discharged " + g.sd() + " " + g.tm(),
    ]


def _obs(g: _G) -> list[str]:
    r = g.r
    return [
        "ED OBSERVATION UNIT - PROGRESS / DISCHARGE NOTE",
        "Name: ___   Unit No: §M§   Obs start ___ " + g.tm() + "   Hrs in obs: " + str(r.randint(8, 30)),
        "Obs protocol: " + r.choice(("chest pain", "syncope", "TIA", "cellulitis", "renal colic",
                                     "asthma exacerbation")),
        "Attending: §P§     APP: §P§, PA-C",
        "",
        "Interval events: " + r.choice(("none overnight", "1 episode of NSVT on tele", "afebrile, pain improved")),
        "Serial troponins: " + ", ".join(f"{r.randint(3, 40)} ng/L ({g.tm()})" for _ in range(3)),
        "Stress test: " + r.choice(("negative treadmill, 10 METs", "deferred to outpatient", "no ischemia on SPECT")),
        "Tele monitor (" + g.br(("Zoll X Series", "LIFEPAK 15")) + ") reviewed.",
        "",
        "Obs flowsheet (copied):",
        "  Date        Time   Temp   HR   BP        Pain",
        f"  {g.sd():11} {g.tm()}  98.{r.randint(0, 9)}   {r.randint(55, 100):<4} {r.randint(100, 160)}/"
        f"{r.randint(60, 95):<5} {r.randint(0, 6)}",
        f"  {g.sd():11} {g.tm()}  99.{r.randint(0, 9)}   {r.randint(55, 100):<4} {r.randint(100, 160)}/"
        f"{r.randint(60, 95):<5} {r.randint(0, 6)}",
        "",
        "Assessment: " + g.age() + " with " + r.choice(("low-risk chest pain", "vasovagal syncope",
                                                       "TIA, " + g.score("N"))) + ", stable for discharge.",
        "Plan: f/u " + g.dept() + " within 72 h; PCP §P§ at §W§.",
        "Case management: insurance verified (§H§), no auth needed.",
        "Signed §P§, MD",
    ]

# --------------------------------------------------------------------------------------------------
# Document kinds (radiology-type)
# --------------------------------------------------------------------------------------------------


def _rad_header(g: _G, exam: str) -> list[str]:
    r = g.r
    out = [f"EXAMINATION:  {exam}", ""]
    if r.random() < 0.5:
        out = [f"{g.br(('PowerScribe 360', 'Visage 7', 'Epic ASAP'))} {g.ver()}   Accession: §C§   MRN: §M§", ""] + out
    return out


def _rad_sign(g: _G) -> list[str]:
    r = g.r
    out = ["", "NOTIFICATION:  The findings were discussed with Dr. §P§ by Dr. §P§ on the telephone on ___ at "
           f"{g.tm()}, {r.randint(2, 25)} minutes after discovery of the findings."]
    if r.random() < 0.5:
        out += ["", "Attending: §P§   Resident: ___", f"Signed {g.sd()} {g.tm()}"]
    return out


def _fast(g: _G) -> list[str]:
    r = g.r
    views = ("RUQ (Morison's pouch)", "LUQ (splenorenal)", "Pelvis (retrovesical)", "Subxiphoid cardiac",
             "R lung sliding", "L lung sliding")
    g.la("Morison's pouch")
    out = _rad_header(g, "BEDSIDE FAST / eFAST (point of care)")
    out += [
        "INDICATION:  ___ year old " + r.choice(("man", "woman")) + " " +
        r.choice(("s/p MVC, hypotensive", "stab wound abdomen", "fall, abd pain")) + ".  Trauma activation.",
        "",
        "Device: " + g.br(("SonoSite Edge", "Butterfly iQ+")) + " SN §X§, curvilinear 2-5 MHz probe, " + g.ref(),
        "Images archived to §I§ (QPath)",
        "",
        "View                       | Result",
        "---------------------------+---------------------",
    ]
    for v in views:
        out.append(f"{v:27}| {r.choice(('negative', 'negative', 'no free fluid', 'POSITIVE', 'indeterminate'))}")
    out += ["", "IMPRESSION:  " + r.choice(("Negative eFAST.", "Free fluid in Morison's pouch; to CT if stable.",
                                             "Absent lung sliding L, concern for PTX."))]
    out += ["Performed by: §P§ (EM resident)  Supervised by: §P§ (RDMS)"]
    return out + _rad_sign(g)


def _panscan(g: _G) -> list[str]:
    r = g.r
    out = _rad_header(g, "CT TRAUMA PAN-SCAN: HEAD, C-SPINE, CHEST, ABDOMEN, PELVIS W/ CONTRAST")
    out += [
        "INDICATION:  §A§ year old " + r.choice(("male", "female")) + " with " +
        r.choice(("high-speed MVC", "fall from height", "pedestrian struck")) + " // eval for injuries",
        "",
        "TECHNIQUE:  Multidetector CT from vertex to symphysis after " + str(r.randint(80, 120)) + " mL " +
        g.br(("Omnipaque 350", "Isovue-370", "Visipaque 320")) + " IV.  Reformats obtained.",
        f"DOSE:  CTDIvol {r.randint(8, 60)}.{r.randint(0, 9)} mGy, DLP {r.randint(900, 3200)}.{r.randint(0, 9)} "
        "mGy-cm",
        "",
        "COMPARISON:  None.  Outside hospital CT from §O§ not available.",
        "",
        "FINDINGS:",
        "HEAD: " + r.choice(("No intracranial hemorrhage.", "Small R frontal contusion.", "Thin L SDH 4 mm.")),
        "C-SPINE: " + r.choice(("No fracture or malalignment.", "Nondisplaced C6 lamina fx.",
                                g.ep(("Jefferson fracture",)) + " of C1.")),
        "CHEST: " + r.choice(("Small R PTX.", "L rib fx 4-8 with flail segment.", "No acute injury.")),
        "ABDOMEN/PELVIS: " + r.choice(("Grade III splenic lac, no active extrav.", "No solid organ injury.",
                                       "Hemoperitoneum, " + g.ep(("Morison's pouch",)) + ".")),
        "SPINE: " + r.choice(("L1 compression, " + g.ep(("Denis three-column",)) + " stable.", "No fx.")),
        "BONES: " + r.choice(("R superior pubic ramus fx.", "Open-book pelvis, binder in place.", "Unremarkable.")),
        "",
        "IMPRESSION:",
        "1. " + r.choice(("Splenic laceration grade III.", "No acute traumatic injury.", "Pelvic ring fracture.")),
        "2. " + r.choice(("Incidental 6 mm RLL nodule; follow-up per guideline.", "Chronic findings as above.")),
        f"Estimated {g.score('IR')}.",
    ]
    return out + _rad_sign(g)


def _ct_head(g: _G) -> list[str]:
    r = g.r
    out = _rad_header(g, "CT HEAD W/O CONTRAST; CT C-SPINE W/O CONTRAST")
    out += [
        "INDICATION:  ___ year old " + r.choice(("woman", "man")) + " on " +
        g.br(("Eliquis", "Xarelto", "Coumadin", "Plavix")) + " s/p fall, " + r.choice(("+LOC", "no LOC", "HA")) +
        " // ICH? fracture?",
        "",
        "TECHNIQUE:  Contiguous axial images of the brain and cervical spine without contrast. Sagittal and "
        "coronal reformats.",
        f"DOSE:  Acquisition sequence: 1) Spiral Acquisition {r.randint(3, 6)}.{r.randint(0, 9)} s; CTDIvol = "
        f"{r.randint(30, 60)}.{r.randint(0, 9)} mGy (Head) DLP = {r.randint(600, 1200)}.{r.randint(0, 9)} mGy-cm.",
        "",
        "COMPARISON:  §D§ CT head at §O§.",
        "",
        "FINDINGS:",
        "There is " + r.choice(("no evidence of hemorrhage, edema, mass effect or infarction.",
                                "a 6 mm R convexity SDH without midline shift.",
                                "trace SAH in the L sylvian fissure.")),
        "The ventricles and sulci are " + r.choice(("age-appropriate", "prominent, c/w atrophy")) +
        ".  No calvarial fracture.  Paranasal sinuses clear.",
        "C-spine: alignment normal. No fracture. " + r.choice(("Multilevel DJD C5-7.", "Prevertebral soft tissue "
                                                              "normal.", "Odontoid intact; no " +
                                                              g.ep(("Hangman's fracture",)) + ".")),
        "",
        "IMPRESSION:",
        r.choice(("No acute intracranial process.  No cervical spine fracture.",
                  "Small acute R SDH.  No C-spine fracture.", "Trace SAH; neurosurgery aware.")),
    ]
    return out + _rad_sign(g)


def _xr(g: _G) -> list[str]:
    r = g.r
    part = r.choice(("WRIST", "ANKLE", "FOOT", "HAND", "ELBOW", "FEMUR", "HUMERUS", "KNEE"))
    out = _rad_header(g, f"{part} (AP, LATERAL AND OBLIQUE) {r.choice(('RIGHT', 'LEFT'))}")
    out += [
        "INDICATION:  ___ year old " + r.choice(("with FOOSH", "punched wall", "inversion injury", "fall off bike")) +
        ", " + r.choice(("point tenderness", "deformity", "swelling")) + ".",
        "",
        "TECHNIQUE:  Three views.  Portable " + r.choice(("in trauma bay", "in ED fast track")) + ".",
        "COMPARISON:  ___.",
        "",
        "FINDINGS:",
        r.choice(("Transverse fracture of the distal radius with dorsal angulation (" +
                  g.ep(("Colles fracture", "Smith fracture")) + ").",
                  "Fracture of the 5th metacarpal neck (" + g.ep(("Boxer's fracture",)) + "), 30 deg volar angulation.",
                  "Avulsion at base of 5th metatarsal; not a " + g.ep(("Jones fracture",)) + ".",
                  "Distal fibula fracture at the level of the syndesmosis, " + g.ep(("Weber B",)) + ".",
                  "Physeal fracture, " + g.ep(("Salter-Harris",)) + " type II.",
                  "No acute fracture or dislocation.  Soft tissue swelling.")),
        "Joint spaces preserved.  No radiopaque foreign body.",
        "Splint material (" + g.br(("SAM Pelvic Sling", "Ace wrap")) + ") obscures fine detail." if r.random() < 0.3
        else "No splint in place.",
        "",
        "IMPRESSION:",
        r.choice(("Acute fracture as above.", "No acute osseous abnormality.", "Findings as above; ortho consult.")),
    ]
    return out + _rad_sign(g)


def _cta(g: _G) -> list[str]:
    r = g.r
    out = _rad_header(g, "CTA HEAD AND NECK WITH CT PERFUSION (CODE STROKE)")
    out += [
        "INDICATION:  §A§ year old " + r.choice(("woman", "man")) + " with acute " +
        r.choice(("L hemiparesis and aphasia", "R facial droop", "vertigo and ataxia")) + ", LKW ___ " + g.tm() +
        ", " + g.score("NL") + ".  " + g.br(("TNKase", "Activase")) + " " + r.choice(("given", "not given")) + ".",
        "",
        "TECHNIQUE:  Noncontrast CT, CTA arch to vertex with " + g.br(("Omnipaque 350", "Isovue-370")) +
        ", CT perfusion postprocessed with " + g.br(("RapidAI", "Viz.ai")) + " " + g.ver() + ".",
        "Images auto-routed from scanner to §I§.",
        "",
        "FINDINGS:",
        "Noncontrast: ASPECTS " + str(r.randint(5, 10)) + ".  No hemorrhage.",
        "CTA: " + r.choice(("Occlusion of the proximal R M1 segment.", "No large vessel occlusion.",
                            "L ICA terminus occlusion with poor collaterals.", "Basilar tip filling defect.")),
        "Perfusion:",
        f"  CBF<30% volume: {r.randint(0, 80)} mL    Tmax>6s volume: {r.randint(0, 220)} mL    "
        f"mismatch ratio {r.randint(1, 9)}.{r.randint(0, 9)}",
        "Neck: " + r.choice(("<50% stenosis bilateral ICA by NASCET.", "Calcified plaque at R bulb.")),
        "",
        "IMPRESSION:",
        r.choice(("R M1 occlusion with favorable mismatch; IR notified.", "No LVO.  No hemorrhage.",
                  "Large core infarct; not a thrombectomy candidate.")),
        "Code stroke team: Dr. §P§ (neurology), pager §G§",
    ]
    return out + _rad_sign(g)


_KINDS = {
    "ems_patient_care_report": ("discharge", _ems_pcr), "interfacility_transfer": ("discharge", _transfer),
    "air_medical_record": ("discharge", _air), "ed_triage_note": ("discharge", _triage),
    "ed_provider_note": ("discharge", _provider), "toxicology_consult": ("discharge", _poison),
    "trauma_activation_record": ("discharge", _trauma), "trauma_tertiary_survey": ("discharge", _tertiary),
    "sane_record": ("discharge", _sane), "police_hold_form": ("discharge", _police_hold),
    "ed_discharge_instructions": ("discharge", _ed_dc), "observation_unit_note": ("discharge", _obs),
    "fast_exam": ("radiology", _fast), "trauma_panscan_ct": ("radiology", _panscan),
    "ct_head_cspine": ("radiology", _ct_head), "extremity_radiograph": ("radiology", _xr),
    "cta_stroke_alert": ("radiology", _cta),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RR_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

# --------------------------------------------------------------------------------------------------
# Plant plan (Weyl sequences of the note index) and assembly
# --------------------------------------------------------------------------------------------------

_WEIGHTS = {
    "PERSON": 15.0, "LOCATION": 9.5, "ORGANIZATION": 9.5, "DATE_REAL_YEAR": 9.0, "PHONE": 4.5, "FAX": 3.0,
    "PAGER": 3.0, "EMAIL": 3.5, "URL": 3.0, "IP_ADDRESS": 3.0, "SSN": 3.0, "MRN": 4.5, "ACCOUNT": 4.5,
    "HEALTH_PLAN": 3.5, "LICENSE": 3.5, "ZIP": 3.5, "STREET_ADDRESS": 4.0, "AGE_OVER_89": 4.0, "DEVICE_ID": 3.5,
    "VEHICLE_ID": 3.5,
}
assert set(_WEIGHTS) == set(CATEGORIES)
_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _c in CATEGORIES:
    _acc += _WEIGHTS[_c] / sum(_WEIGHTS.values())
    _CUM.append((_acc, _c))

_ALPHA = (0.6180339887498949, 0.41421356237309515, 0.7320508075688772, 0.2360679774997898, 0.1622776601683795)
HEAVY_SHARE = 0.05
PLANT_SHARE = 0.58
RADIOLOGY_SHARE = 0.45


def _frac(x: float) -> float:
    return x - math.floor(x)


def _offsets(seed: int) -> list[float]:
    r = random.Random(f"h40:weyl:{seed}")
    return [r.random() for _ in _ALPHA]


def _weyl(seed: int, i: int, k: int) -> float:
    return _frac(_offsets(seed)[k] + i * _ALPHA[k])


def _category(u: float) -> str:
    for edge, cat in _CUM:
        if u < edge:
            return cat
    return CATEGORIES[-1]


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    """("heavy" | "normal", categories of the escaped identifiers) for note i."""
    u = _weyl(seed, i, 0)
    if u < HEAVY_SHARE:
        return "heavy", []
    if u >= HEAVY_SHARE + PLANT_SHARE:
        return "normal", []
    v = _weyl(seed, i, 2)
    n = 1 if v < 0.3 else 2 if v < 0.65 else 3 if v < 0.87 else 4
    off = _offsets(seed)[3]
    return "normal", [_category(_frac(off + (4 * i + j) * _ALPHA[3])) for j in range(n)]


def document_kind(seed: int, i: int) -> str:
    radiology = _weyl(seed, i, 1) < RADIOLOGY_SHARE
    r = random.Random(f"h40:kind:{seed}:{i}")
    return r.choice(_RR_KINDS if radiology else _DS_KINDS)


def _parse(line: str) -> list[tuple]:
    parts: list[tuple] = []
    pos = 0
    for m in _MARK.finditer(line):
        if m.start() > pos:
            parts.append(("t", line[pos:m.start()]))
        parts.append(("s", _SLOT[m.group(1)], m.group(1)))
        pos = m.end()
    if pos < len(line):
        parts.append(("t", line[pos:]))
    return parts


def _value(r: random.Random, cat: str, sub: str) -> str:
    return _org(r, sub) if cat == "ORGANIZATION" else _VALUE[cat](r)


def _context(r: random.Random, cat: str) -> list[tuple]:
    tpl = r.choice(_CTX[cat])
    m = re.search(r"\{(v|[A-Z])\}", tpl)
    assert m is not None
    pre, post = tpl[:m.start()], tpl[m.end():]
    out: list[tuple] = []
    if pre:
        out.append(("t", pre))
    out.append(("v", _value(r, cat, m.group(1)), cat))
    if post:
        out.append(("t", post))
    return out


_HEAVY_LINES = (
    "Contacts: ___ (___) ___; ___ (___) ___",
    "Previous visits: ___, ___, ___ (see ___)",
    "Records requested from ___ on ___ via ___; received from ___.",
    "Discussed with ___ at ___ (___), who will call ___ back at ___.",
    "Pt's ___ (___) and ___ (___) present; ___ is HCP per ___.",
    "Transported by ___ unit ___ from ___ to ___, arrival ___ at ___.",
    "Insurance: ___ / ___ / ___   PCP: ___   Pharmacy: ___",
)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"h40:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, gen = _KINDS[kind]
    status, cats = _plan(seed, i)
    g = _G(r)
    lines = [_parse(line) for line in gen(g)]
    target = 1250 + int(2200 * r.random() ** 2)
    blocks = _fillers(g, note_type == "radiology")
    r.shuffle(blocks)
    for block in blocks:
        if sum(len("".join(p[1] for p in ps)) + 1 for ps in lines) >= target:
            break
        lines += [_parse(line) for line in block]
    if status == "heavy":
        for _ in range(r.randint(4, 7)):
            lines.insert(r.randint(1, len(lines)), _parse(r.choice(_HEAVY_LINES)))
    # escaped identifiers: fill a masked slot of the document, or add a line of context
    for cat in cats:
        slots = [(li, pi) for li, ps in enumerate(lines) for pi, p in enumerate(ps) if p[:2] == ("s", cat)]
        if slots and r.random() < 0.45:
            li, pi = r.choice(slots)
            lines[li][pi] = ("v", _value(r, cat, lines[li][pi][2]), cat)
        else:
            lines.insert(r.randint(1, len(lines)), _context(r, cat))
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for li, ps in enumerate(lines):
        if li:
            text_parts.append("\n")
            pos += 1
        for p in ps:
            s = p[1] if p[0] != "s" else "___"
            if p[0] == "v":
                spans.append((pos, pos + len(s), p[2]))
            text_parts.append(s)
            pos += len(s)
    text = "".join(text_parts)
    look = sorted({la for la in g.look if la in text})
    return LabelledNote(note_type, text, sorted(spans)), look, status


def holdout40_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout40_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout40_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout40_corpus, argv, "Held-out corpus 40 (blind): prehospital and emergency care notes")
    report("holdout40", args, notes, hits, res)


if __name__ == "__main__":
    main()
