"""Held-out corpus 37: maternal-fetal medicine, labour and delivery, postpartum and neonatal intensive care.

Document kinds (``DOCUMENT_KINDS``): discharge-type -- antenatal MFM clinic letters, L&D triage notes,
vaginal delivery notes, caesarean operative notes, postpartum discharge summaries, NICU admission
H&Ps, NICU daily progress notes (with copy-forwarded text), NICU discharge summaries, lactation
consults, social-work assessments, birth-certificate / newborn-screening worksheets and neonatal
transport records; radiology-type -- obstetric anatomy/growth ultrasound, fetal MRI, neonatal head
ultrasound, babygram / neonatal chest radiographs, neonatal echocardiograms and fetal Doppler /
biophysical-profile studies. Layouts mix narrative prose, MIMIC-style section headers, ``|`` tables and
aligned columns, "Label: value" forms, pasted lists, signatures, addenda, machine-generated headers,
copy-forwarded text, typos and abbreviations.

Masking follows MIMIC-IV-Note: most identifiers are ``___``; dates that survive are shifted into
2100-2200 and are never labelled. About 5% of notes are "heavy" (many ``___``, no plants). In about
57% of notes, 1-4 identifiers escaped masking; they are planted and labelled. Everything is scheduled
by low-discrepancy (Weyl) sequences: sequences of the note index (offset by the seed) decide heavy /
planted / how many plants and the note type, and a golden-ratio sequence of the running plant-slot
number decides each plant's category, so per-category counts are stable across seeds (within 3 over
600 notes); PERSON, LOCATION, ORGANIZATION and DATE_REAL_YEAR get bigger shares.

Labelling conventions (the project's label policy):

- Only the exact value is labelled; cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct")
  and credentials ("MD", "RN", "CNM", "NP", ...) stay outside the span.
- PERSON: one span per name (given + family together; titles outside). LOCATION: a place below state
  level (town, city, county, neighbourhood, named housing complex); a street line is STREET_ADDRESS,
  a town and a ZIP are separate spans; states and countries are never labelled. ORGANIZATION: a named
  hospital, clinic, practice, school, employer, shelter or agency (never a generic department name).
- DATE_REAL_YEAR: a whole date carrying a real year 1900-2030; a bare year is not labelled; a death
  date ("expired on ...") is labelled; the expiry date of a device, drug or lot is a look-alike.
  AGE_OVER_89: ages >= 90, digits only.
- PHONE / FAX / PAGER by context; EMAIL; URL (person- or private-practice-specific sites only);
  IP_ADDRESS; SSN; MRN; ACCOUNT (account, encounter, accession, order, requisition, specimen / kit);
  HEALTH_PLAN (member / subscriber / policy / group ids); LICENSE (medical, nursing, DEA, driver's);
  DEVICE_ID (serial numbers; in a GS1 UDI only the (21) serial); VEHICLE_ID (plate, VIN); ZIP;
  STREET_ADDRESS.

Every note also carries non-PHI look-alikes that are never labelled and are returned by ``_build``:
eponyms (Apgar, Bishop score, Doppler, Foley, Pfannenstiel, McRoberts, ...), drug, formula and device
brands, lot numbers, NDCs, REF / model / catalogue numbers, GTINs, expiry dates, shifted dates, bare
years, ages under 90, scores, doses, software versions, public hotlines and public bodies' websites,
generic department names, US states and countries.

Written blind: the only project files read were lqs_clinical/synth/holdout_measure.py, the first 45
lines of lqs_clinical/synth/notes.py (CATEGORIES, LabelledNote) and pyproject.toml; outside the project,
/work/shared/reference/mimic-iv-schema.md and known-data-issues.md, /work/shared/data/SOURCES.md and the
opening notes of the masked note-shaped samples note-shaped-samples/pyhealth-synthetic/discharge.csv and
radiology.csv. Directory listings showed other file names only; no detector code, rule list, other corpus,
test, benchmark, README or git history was read, and the detector was never run while writing this
corpus. All names, places, organisations and identifiers below are invented.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Pools (invented, real-looking, diverse origins)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Abigail", "Brianna", "Caitlin", "Dana", "Erin", "Gwendolyn", "Hannah", "Jillian", "Kelsey", "Lauren",
    "Megan", "Nora", "Paige", "Rachel", "Sierra", "Tessa", "Whitney", "Adam", "Brandon", "Caleb", "Derek",
    "Ethan", "Garrett", "Henry", "Jared", "Kyle", "Logan", "Mason", "Nathan", "Owen", "Preston", "Reid",
    "Spencer", "Travis", "Wyatt", "Aoife", "Siobhan", "Niamh", "Ciaran", "Declan", "Eoin", "Saoirse",
    "Padraig", "Roisin", "Cormac", "Ximena", "Guadalupe", "Yesenia", "Marisol", "Araceli", "Itzel",
    "Daniela", "Rocío", "Alejandro", "Joaquín", "Mateo", "Santiago", "Esteban", "Luz", "Maricela", "Yadira",
    "Leticia", "Héctor", "Rubén", "Camila", "Joana", "Thaís", "Gabriela", "Leandro", "Rafael", "Ivone",
    "Adilson", "Nadège", "Fabiola", "Widline", "Jean-Robert", "Guerline", "Marie-Claude", "Wilner",
    "Stéphanie", "Chinwe", "Ngozi", "Oluwaseun", "Adaeze", "Kwame", "Abena", "Folake", "Emeka", "Yetunde",
    "Kofi", "Ifeoma", "Babatunde", "Hodan", "Fartun", "Ayaan", "Mekdes", "Selam", "Tsion", "Liban",
    "Tigist", "Yonas", "Yasmin", "Rania", "Fatima", "Layla", "Mariam", "Omar", "Yusuf", "Khalid", "Nour",
    "Samir", "Hiba", "Priyanka", "Ananya", "Deepika", "Lakshmi", "Shreya", "Harpreet", "Arjun", "Rohan",
    "Vikram", "Sanjay", "Nandini", "Farzana", "Tahmina", "Imran", "Mei", "Xiaoling", "Jing", "Hyun-woo",
    "Ji-yeon", "Seo-yeon", "Minh", "Thuy", "Haruka", "Yuki", "Kenji", "Wei", "Hoa", "Trang", "Katarzyna",
    "Agnieszka", "Magdalena", "Tomasz", "Piotr", "Oksana", "Svetlana", "Dmitri", "Anastasia", "Yelena",
    "Bogdan", "Irina", "Milena", "Vesna", "Dragana", "Aleksander", "Ingrid", "Astrid", "Sigrid", "Lars",
    "Henrik", "Giulia", "Chiara", "Francesca", "Matteo", "Luca", "Eleni", "Dimitra", "Nikos", "Zeynep",
    "Elif", "Emre", "Noa", "Tamar", "Yael", "Avi", "Moshe", "Chaya", "Rivka", "Leilani", "Malia", "Tala",
    "Aiyana", "Wren", "Juniper", "Rowan", "Keisha", "Tanisha", "Shanice", "Darnell", "Jamal", "DeShawn",
    "Imani", "Aaliyah", "Tyrone", "Latoya", "Marcus", "Andre", "Kiara", "Destiny", "Brooke", "Courtney",
    "Lindsey", "Molly", "Colleen", "Bridget", "Maeve", "Fiona", "Ruairi", "Tadhg", "Oisin", "Ximena-Sofía",
    "Anh", "Linh", "Bao", "Quynh", "Duc", "Sung-min", "Eun-ji", "Akosua", "Yaw", "Efua", "Nana", "Amara",
    "Zainab", "Aisha", "Hamza", "Idris", "Samira", "Parisa", "Dariush", "Shirin", "Reza", "Ines", "Beatriz",
    "Tiago", "Duarte", "Marta", "Nuno", "Solveig", "Freya", "Mikael", "Petra", "Lukas", "Jonas", "Annika",
)

_LAST = (
    "Okonkwo", "Adeyemi", "Okafor", "Nwosu", "Mensah", "Boateng", "Asante", "Warsame", "Hersi", "Tesfaye",
    "Gebremariam", "Haile", "Bekele", "Al-Haddad", "Nassar", "Khoury", "Saleh", "Mansour", "Farouk",
    "Raghunathan", "Venkataraman", "Chaudhary", "Bhattacharya", "Sandhu", "Gill", "Deshpande", "Iyer",
    "Krishnamurthy", "Rahman", "Hossain", "Chowdhury", "Nguyen", "Tran", "Pham", "Huynh", "Truong", "Dang",
    "Zhang", "Liu", "Huang", "Zhou", "Xu", "Lin", "Chen", "Park", "Choi", "Jung", "Yoon", "Tanaka", "Sato",
    "Watanabe", "Nakamura", "Kobayashi", "Rodríguez", "Quintero", "Velásquez", "Castañeda", "Ibarra",
    "Zamora", "Echeverría", "Bustamante", "Cardenas", "Montoya", "Ochoa", "Villalobos", "Arriaga",
    "de la Cruz", "del Valle", "Santos", "Fontes", "Tavares", "Medeiros", "Pimentel", "Gonçalves",
    "Barbosa", "Cabral", "Jean-Baptiste", "Pierre-Louis", "Desrosiers", "Théodore", "Augustin", "Célestin",
    "Dorvil", "Saint-Fleur", "Wojciechowski", "Kowalczyk", "Nowakowski", "Zielinski", "Szymanska",
    "Lewandowski", "Kaminski", "Petrenko", "Kovalenko", "Shevchenko", "Ivanova", "Sokolov", "Morozova",
    "Volkov", "Novak", "Horvat", "Babic", "Popescu", "Dumitrescu", "Papadopoulos", "Georgiou",
    "Karagiannis", "Yilmaz", "Demir", "Aydin", "Kaya", "Levi", "Friedman", "Goldberg", "Rosenthal", "Katz",
    "O'Donnell", "O'Sullivan", "O'Keefe", "McAllister", "MacKenzie", "McGuinness", "Fitzgerald",
    "Gallagher", "Kavanagh", "Brennan", "Doherty", "Flanagan", "Hennessy", "Whitcomb", "Ashworth",
    "Pemberton", "Hargreaves", "Thistlewood", "Calloway", "Drummond", "Fairbanks", "Halvorsen",
    "Lindqvist", "Johansson", "Eriksen", "Bergstrom", "Sorensen", "van der Meer", "Vandermolen", "DeLuca",
    "Esposito", "Ricci", "Marchetti", "Bellini", "Caruso", "Lombardi", "Ferraro", "Moreau", "Lefebvre",
    "Girard", "Fournier", "Dubois", "Beaulieu", "Thibodeau", "Ouellette", "Cormier", "Leblanc", "Gagnon",
    "Schneider", "Hoffmann", "Weber", "Becker", "Krause", "Vogel", "Keller", "Whitaker", "Prescott",
    "Langley", "Holloway", "Merriweather", "Abernathy", "Blackwood", "Dunleavy", "Eastman", "Fenwick",
    "Gilchrist", "Hollister", "Ingersoll", "Jessup", "Kingsley", "Lockhart", "Mayfield", "Northcott",
    "Oakes", "Pennington", "Quimby", "Rutherford", "Stroud", "Tillman", "Underwood", "Vickers",
    "Wainwright", "Yardley", "Ziegler", "Okoro-Banks", "Smith-Nakamura", "Rivera-Ortiz", "Haddad-Kerr",
    "Ahmadi", "Hosseini", "Karimi", "Rostami", "Tehrani", "Hakimi", "Osei", "Agyeman", "Danso", "Kamara",
    "Sesay", "Conteh", "Diallo", "Traore", "Coulibaly", "Keita", "Ndiaye", "Nakashima", "Fujimoto", "Lim",
    "Goh", "Ong", "Teo", "Wong", "Leung", "Chan", "Yip", "Kwok", "Ramos", "Salazar", "Aguilar", "Espinoza",
    "Fuentes", "Guerrero", "Navarro", "Robles", "Sandoval", "Trujillo", "Valencia", "Zúñiga", "Mahoney",
    "Quinlan", "Rourke", "Abdi", "Farah", "Yusuf-Ali", "Oyelaran", "Eze", "Achebe-Martin", "Ferreira-Lopes",
    "Castillo-Reyes", "Dos Santos", "D'Amico", "D'Souza", "N'Diaye", "Ó Briain", "Kristjánsdóttir",
)

_TOWN_CORES = (
    "Brantley", "Ashcombe", "Pellham", "Wickmere", "Hadleigh", "Marlow", "Quarry", "Tamsworth", "Corliss",
    "Dunmore", "Elmstead", "Fennick", "Glenhollow", "Harwick", "Ivesdale", "Jessamine", "Kettering",
    "Larchmont", "Millbridge", "Norwell", "Oxbow", "Pendleford", "Quillan", "Redmarsh", "Saxonbury",
    "Thornbury", "Upham", "Varnum", "Westerly", "Yarrowby", "Alderbrook", "Birchfield", "Cobble",
    "Deerhaven", "Easton", "Foxmoor", "Greystone", "Hollis", "Ingleby", "Juniper", "Kinsale", "Lanesborough",
    "Moorcroft", "Netherby", "Otterburn", "Penrose", "Rookwood", "Stillwater", "Tidewell", "Underhill",
    "Whitfield", "Amesford", "Bellhaven", "Carrick", "Dorrance", "Edgecombe", "Fairhollow", "Gansett",
    "Hatherleigh", "Kittredge", "Loxley", "Mapleton", "Northam", "Orrington", "Pocasset", "Ravensworth",
    "Sheffham", "Tolland", "Wendham", "Winslowe",
)
_TOWN_FORMS = (
    "{c}", "{c}", "{c}", "{c} Falls", "{c} Center", "East {c}", "North {c}", "South {c}", "West {c}",
    "{c}ville", "{c} Harbor", "{c} Junction", "{c} Mills", "Port {c}", "{c} Springs", "{c} Heights",
    "Lake {c}", "New {c}", "{c} Crossing",
)
_FOREIGN_TOWNS = (
    "San Lorenzo del Monte", "Vila Nova de Sabrosa", "Petit-Goâve Haut", "Kisumu West", "Ciudad Arteaga",
    "Santa Rita de Oriente", "Quy Nhon Bac", "Mardan Khas", "Ouahigouya Sud", "Hargeisa Jedeed",
    "Bac Lieu Moi", "Jacmel-Lavallée", "Porto Cabral", "Tlalnepantla Vieja", "Nowa Wieś Górna",
    "Kharkivka", "Ribeira das Pedras", "Enugu-Ezike North", "Cap-Rouge-Sud", "Debre Selam",
)
_NEIGHBOURHOODS = (
    "Dorrance Square", "Fenwick Flats", "Holloway Park", "Lower Millbridge", "Quarry Hill", "Saxon Yards",
    "Tannery Row", "the Corliss Commons", "Upper Pellham", "Winslowe Terrace district",
)
_BUILDING_PLACES = (
    "Kessler Towers", "Marigold Court Apartments", "Birchfield Commons", "Larkspur Gardens",
    "Riverbend Village", "Oxbow Landing", "Hadleigh House apartments", "Tamsworth Mill Lofts",
)

_SAINTS = ("Brigid's", "Odile's", "Columba's", "Adelaide's", "Benedict's", "Cyprian's", "Gerard's",
           "Monica's", "Ignatius'", "Veronica's", "Anselm's", "Winifred's")
_ORG_BASES = _TOWN_CORES + ("Hearthstone", "Bluewater", "Lanternlight", "Cedarbrook", "Kindred", "Meadowlark",
                             "Silverleaf", "Brightwater", "Harborside", "Evergreen Valley", "Two Rivers",
                             "Stonebridge", "Wildflower", "Sunrise Ridge", "Tall Pines", "Crossroads")
_ORG_SAINT_FORMS = ("St. {s} Hospital", "St. {s} Medical Center", "St. {s} Women's Hospital",
                    "Saint {s} Women & Infants Hospital")
_STREET_NAMES = (
    "Quarry Hill", "Old Mill", "Marigold", "Birchwood", "Tannery", "Larkspur", "Chandler", "Pomeroy",
    "Sycamore", "Wexford", "Juniper Ridge", "Hawthorne", "Ledgewood", "Mulberry", "Cranberry Bog",
    "Fountain", "Pickering", "Salt Marsh", "Ashgrove", "Beacon Hill", "Cobblestone", "Dovecote", "Elm Hollow",
    "Fernside", "Gristmill", "Heron Cove", "Ironwood", "Kestrel", "Lantern", "Meetinghouse", "Nightingale",
    "Orchard", "Partridge", "Riverbend", "Stony Brook", "Thrush", "Vineyard", "Willowdale", "Yarmouth",
    "Academy", "Bradstreet", "Canal", "Depot", "Everett", "Franklin", "Granite", "High", "Pleasant", "Union",
    "Winter", "Summer", "Prospect", "Walnut", "Spruce", "Chestnut", "Magnolia", "Harborview", "Lighthouse",
)
_STREET_SUFFIXES = ("Rd", "Road", "St", "St.", "Street", "Ave", "Ave.", "Avenue", "Lane", "Ln", "Terrace",
                    "Way", "Court", "Ct", "Circle", "Drive", "Place", "Pl", "Blvd", "Hwy", "Path", "Row")

_AREA = ("617", "508", "781", "978", "413", "603", "401", "860", "207", "802", "212", "646", "718", "347",
         "914", "215", "267", "484", "410", "202", "312", "773", "713", "305", "404", "206", "503", "415",
         "510", "916", "303", "480", "702", "801", "774", "339", "857", "351", "203", "475")

_STATES_FULL = ("Massachusetts", "New Hampshire", "Rhode Island", "Connecticut", "Vermont", "Maine",
                "New York", "New Jersey", "Pennsylvania")
_STATE_ABBR = ("MA", "NH", "RI", "CT", "VT", "ME", "NY", "NJ", "PA")
_COUNTRIES = ("Guatemala", "Haiti", "Somalia", "Brazil", "Vietnam", "Cape Verde", "Nigeria", "Ethiopia",
              "El Salvador", "Honduras", "Afghanistan", "Ukraine", "Dominican Republic", "India", "China",
              "Bangladesh", "Ghana", "Puerto Rico")
_LANGS = ("Spanish", "Haitian Creole", "Portuguese", "Vietnamese", "Somali", "Arabic", "Mandarin",
          "Cantonese", "Amharic", "Dari", "Ukrainian", "Cape Verdean Creole", "Tigrinya", "Bengali")

_MON_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
_MON_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Non-PHI proper-noun look-alikes used in the texts (eponyms, drug / formula / device brands, makers).
EPONYMS_AND_BRANDS = (
    "Apgar", "Bishop score", "Doppler", "Foley", "Graves disease", "Pfannenstiel", "McRoberts",
    "Leopold maneuvers", "Kleihauer-Betke", "Naegele's rule", "Braxton Hicks", "Ritgen maneuver",
    "Hadlock", "Fenton", "New Ballard", "Finnegan", "Silverman-Andersen", "Papile", "Dandy-Walker",
    "Chiari II", "vein of Galen", "Down syndrome", "Edwards syndrome", "Potter sequence", "Wharton's jelly",
    "Coombs", "Moro", "Ortolani", "Barlow", "Erb's palsy", "Tetralogy of Fallot", "Ebstein anomaly",
    "Pitocin", "Cytotec", "Cervidil", "Hemabate", "Methergine", "RhoGAM", "Celestone", "Procardia",
    "Makena", "Tdap", "Boostrix", "Engerix-B", "AquaMEPHYTON", "Curosurf", "Survanta", "Infasurf",
    "Synagis", "Beyfortus", "Similac", "Enfamil", "Prolacta", "Neosure", "Medela Symphony", "Spectra S1",
    "Giraffe OmniBed", "Isolette", "Panda iRes", "NeoPuff", "Fisher & Paykel", "Voluson E10", "Voluson",
    "Philips EPIQ CVx", "Avalon FM30", "Bakri balloon", "Vicryl", "Monocryl", "Dermabond", "Alexis O",
    "Kiwi OmniCup", "Tylenol", "Motrin", "Colace", "Zofran", "Lovenox", "Nexplanon", "Mirena",
    "Depo-Provera", "Astraia", "ViewPoint 6", "PeriWatch", "GE Healthcare", "Draeger", "Medtronic",
    "Masimo", "Signa Artist", "Carestream", "Alaris", "Hazelbaker", "Pack 'n Play", "Poly-vi-sol",
    "MassRides", "Edinburgh Postnatal Depression Scale", "Gomco", "Mogen", "Plastibell", "Dubowitz", "Hammersmith",
)

_EPONYM_RES = tuple((e, re.compile(r"(?<![A-Za-z0-9])" + re.escape(e) + r"(?![A-Za-z0-9])"))
                    for e in EPONYMS_AND_BRANDS)


# --------------------------------------------------------------------------------------------------
# Value generators (one per category; each picks among many shapes)
# --------------------------------------------------------------------------------------------------

def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _person(rng: random.Random, shape: str | None = None) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    if shape is None:
        shape = rng.choices(("full", "initial", "middle", "lastfirst", "hyph", "two_init", "last", "first"),
                            (40, 10, 12, 8, 8, 6, 10, 6))[0]
    if shape == "full":
        return f"{first} {last}"
    if shape == "initial":
        return f"{first[0]}. {last}"
    if shape == "middle":
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    if shape == "lastfirst":
        return f"{last}, {first}"
    if shape == "hyph":
        other = rng.choice(_LAST)
        while other == last or "-" in other or " " in other:
            other = rng.choice(_LAST)
        base = last if "-" not in last and " " not in last else rng.choice(("Okafor", "Santos", "Levi"))
        return f"{first} {base}-{other}"
    if shape == "two_init":
        return f"{first[0]}.{rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    if shape == "last":
        return last
    return first


def _town(rng: random.Random) -> str:
    return rng.choice(_TOWN_FORMS).format(c=rng.choice(_TOWN_CORES))


def _location(rng: random.Random, shape: str | None = None) -> str:
    shape = shape or rng.choices(("town", "foreign", "hood", "county", "building"), (70, 8, 8, 8, 6))[0]
    if shape == "town":
        return _town(rng)
    if shape == "foreign":
        return rng.choice(_FOREIGN_TOWNS)
    if shape == "hood":
        return rng.choice(_NEIGHBOURHOODS)
    if shape == "county":
        return f"{rng.choice(_TOWN_CORES)} County"
    return rng.choice(_BUILDING_PLACES)


_ORG_SHAPES = {
    "care": ("{b} Regional Medical Center", "{b} Women's Health Associates", "{b} Pediatrics", "{b} Family Practice",
             "{b} Birth Center", "{b} Community Health Center", "{b} Midwifery Group", "{b} Children's Hospital",
             "{b} OB/GYN, P.C.", "{b} Pediatric Associates", "{b} Memorial Hospital", "{b} Perinatal Partners"),
    "employer": ("{b} Logistics", "{b} Distribution Center", "{b} Early Learning Center", "{b} Nursing & Rehab",
                 "{b} Public Schools", "{b} Regional Medical Center", "{b} Fire Rescue"),
    "school": ("{b} High School", "{b} Community College", "{b} Regional Vocational Technical School"),
    "kid": ("{b} Elementary School", "{b} Early Learning Center", "{b} Head Start"),
    "shelter": ("{b} Family Shelter", "{b} Recovery Center", "{b} House for Mothers and Children"),
    "referral": ("{b} Home Visiting Program", "{b} Early Intervention Program", "{b} Doula Collective",
                 "{b} Recovery Center", "{b} Family Shelter", "{b} Community Health Center"),
}
_ORG_SURNAME_SHAPES = {
    "care": ("{l} & {l2} Pediatrics", "{l} Obstetrics and Gynecology", "{l} Family Medicine", "{l} {l2} Midwives",
             "{l} Lactation Services LLC"),
    "employer": ("{l} Construction", "{l} Market", "{l} Landscaping Co."),
}


def _org(rng: random.Random, shape: str | None = None) -> str:
    shape = shape or rng.choices(tuple(_ORG_SHAPES), (50, 20, 8, 6, 6, 10))[0]
    u = rng.random()
    if shape == "care" and u < 0.18:
        return rng.choice(_ORG_SAINT_FORMS).format(s=rng.choice(_SAINTS))
    if shape in _ORG_SURNAME_SHAPES and u > 0.82:
        return rng.choice(_ORG_SURNAME_SHAPES[shape]).format(l=rng.choice(_LAST), l2=rng.choice(_LAST))
    return rng.choice(_ORG_SHAPES[shape]).format(b=rng.choice(_ORG_BASES))


def _phone(rng: random.Random, ext: bool = True) -> str:
    a = rng.choice(_AREA)
    x = str(rng.randint(201, 989))
    while x.endswith("11"):
        x = str(rng.randint(201, 989))
    n = _digits(rng, 4)
    shapes = [f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"{a} {x} {n}", f"+1 {a}-{x}-{n}",
              f"1-{a}-{x}-{n}", f"({a}){x}-{n}", f"{a}{x}{n}", f"+1 ({a}) {x} {n}"]
    if ext:
        shapes += [f"{a}-{x}-{n} x{_digits(rng, 4)}", f"({a}) {x}-{n} ext. {rng.randint(2, 899)}",
                   f"{a}.{x}.{n} ext {_digits(rng, 3)}"]
    return rng.choice(shapes)


def _pager(rng: random.Random) -> str:
    return rng.choice((
        _digits(rng, 5), f"{rng.randint(2, 9)}-{_digits(rng, 4)}", f"{_digits(rng, 2)}-{_digits(rng, 3)}",
        _phone(rng, ext=False), f"{rng.randint(2, 9)}{_digits(rng, 3)}", f"{rng.randint(2, 9)}{_digits(rng, 4)}",
        f"{rng.choice(_AREA)}-{rng.randint(201, 989)}-{_digits(rng, 4)}", f"{_digits(rng, 3)} {_digits(rng, 4)}",
    ))


def _email(rng: random.Random) -> str:
    first, last = _ascii(rng.choice(_FIRST)).lower(), _ascii(rng.choice(_LAST)).lower()
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{first[0]}{rng.randint(1, 99)}",
                        f"{first}_{last}{rng.randint(80, 99)}", f"{first}{last[0]}+baby", f"{last}.{first[0]}",
                        f"{first}-{last}", f"mama.{first}{rng.randint(1, 9)}"))
    dom = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                      "proton.me", "comcast.net", "verizon.net",
                      f"{_ascii(rng.choice(_ORG_BASES)).lower()}womenshealth.org",
                      f"{_ascii(rng.choice(_ORG_BASES)).lower()}peds.com",
                      f"{_ascii(rng.choice(_ORG_BASES)).lower()}-midwives.net",
                      f"{_ascii(rng.choice(_TOWN_CORES)).lower()}rmc.org"))
    return f"{local}@{dom}"


def _url(rng: random.Random) -> str:
    first, last = _ascii(rng.choice(_FIRST)).lower(), _ascii(rng.choice(_LAST)).lower()
    base = _ascii(rng.choice(_ORG_BASES)).lower()
    return rng.choice((
        f"www.dr{last}mfm.com", f"https://{base}midwifery.org/about/{last}", f"http://www.{base}peds.net/staff/"
        f"{first}-{last}", f"{base}obgyn.com/book-online", f"https://www.gofundme.com/f/baby-{last}-nicu-fund",
        f"https://photos.{last}family.com/album/{_digits(rng, 5)}", f"https://{first}{last}doula.com",
        f"www.{first}{last}lactation.com/contact", f"https://{base}birthcenter.net/portal?pt={_digits(rng, 6)}",
        f"http://{last}-{first}.blogspot.com", f"www.caringbridge.org/visit/baby{first}{last}",
        f"https://www.{last}pediatrics.com/newborn",
    ))


def _ip(rng: random.Random) -> str:
    return rng.choice((
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"{rng.randint(23, 198)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"fe80::{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x1000, 0xffff):x}",
    ))


def _ssn(rng: random.Random) -> str:
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice((
        _digits(rng, 7), "00" + _digits(rng, 6), "B" + _digits(rng, 7), f"MR-{_digits(rng, 3)}-{_digits(rng, 4)}",
        f"NB {_digits(rng, 6)}", f"M{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_digits(rng, 4)} {_digits(rng, 4)}",
        str(rng.randint(10000000, 99999999)), f"{_letters(rng, 2)}{_digits(rng, 6)}",
    ))


def _account(rng: random.Random) -> str:
    return rng.choice((
        _digits(rng, 8), f"E{_digits(rng, 7)}", f"US-{rng.randint(10, 24)}-{_digits(rng, 7)}",
        f"NBS-{_digits(rng, 4)}-{_digits(rng, 4)}", f"ORD {_digits(rng, 4)} {_digits(rng, 4)}",
        f"SP{rng.randint(10, 24)}-{_digits(rng, 6)}", f"RQ{_digits(rng, 7)}", f"V{_digits(rng, 8)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"H{_digits(rng, 9)}",
        f"MR{_digits(rng, 2)}-{_letters(rng, 1)}{_digits(rng, 5)}",
    ))


def _health_plan(rng: random.Random) -> str:
    return rng.choice((
        f"{_letters(rng, 2)}{_digits(rng, 8)}", f"{_letters(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} "
        f"{_digits(rng, 3)}", f"MCD-{_digits(rng, 5)}-{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 9)}",
        _digits(rng, 12), f"H{_digits(rng, 4)}-{_digits(rng, 5)}-{_digits(rng, 2)}",
        f"{_digits(rng, 5)}-{_digits(rng, 2)}", f"W{_digits(rng, 9)}{_letters(rng, 1)}",
        f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 2)}",
    ))


def _license(rng: random.Random) -> str:
    dea = rng.choice("ABFGMPR") + rng.choice("BCFGHJKLSTWZ")
    return rng.choice((
        _digits(rng, 6), "0" + _digits(rng, 6), f"{dea}{_digits(rng, 7)}", f"S{_digits(rng, 8)}",
        f"LIC-{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"{_digits(rng, 5)}-{_letters(rng, 2)}",
    ))


def _zip(rng: random.Random) -> str:
    z = rng.choice((rng.randint(1001, 2791), rng.randint(3031, 3897), rng.randint(5001, 5907),
                    rng.randint(6001, 6928), rng.randint(10001, 14925)))
    s = f"{z:05d}"
    return s if rng.random() < 0.75 else f"{s}-{_digits(rng, 4)}"


def _street(rng: random.Random) -> str:
    num = rng.choice((str(rng.randint(2, 99)), str(rng.randint(100, 2999)), f"{rng.randint(2, 400)}{rng.choice('AB')}"))
    pre = rng.choice(("", "", "", "", "W. ", "East ", "N. ", "Old "))
    line = f"{num} {pre}{rng.choice(_STREET_NAMES)} {rng.choice(_STREET_SUFFIXES)}"
    tail = rng.choice(("", "", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randint(1, 12)}",
                       f", #{rng.randint(1, 30)}", f", Apt. {rng.randint(100, 412)}", f" Fl {rng.randint(1, 3)}"))
    if rng.random() < 0.07:
        return f"P.O. Box {rng.randint(12, 9899)}"
    return (line + tail).replace("St. Unit", "St Unit")


def _real_date(rng: random.Random, lo: int = 1960, hi: int = 2024) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MON_FULL[m - 1]} {d}, {y}", f"{_MON_ABBR[m - 1]} {d} {y}",
        f"{d}-{_MON_ABBR[m - 1]}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {_MON_FULL[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y}", f"{m:02d}-{d:02d}-{y}", f"{_MON_ABBR[m - 1]}. {d}, {y}", f"{y}/{m:02d}/{d:02d}",
    ))


def _age(rng: random.Random) -> str:
    return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103)))


def _device(rng: random.Random) -> str:
    return rng.choice((
        f"{_letters(rng, 3)}{_digits(rng, 5)}", f"{_digits(rng, 4)}-{_letters(rng, 2)}-{_digits(rng, 4)}",
        f"{_letters(rng, 3)}{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 7)}", _digits(rng, 10),
        f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}", f"US{_digits(rng, 8)}",
        f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 2)}", f"{_digits(rng, 6)} "
                                                                                    f"{_digits(rng, 4)}",
    ))


def _vehicle(rng: random.Random) -> str:
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vin = rng.choice("12345J") + "".join(rng.choice(vin_chars) for _ in range(16))
    return rng.choice((
        f"{rng.randint(1, 9)}{_letters(rng, 2)}-{_digits(rng, 3)}", f"{rng.randint(1, 9)}{_letters(rng, 3)}"
                                                                    f"{_digits(rng, 3)}",
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 2)}", f"{_letters(rng, 3)} {_digits(rng, 4)}",
        f"{_digits(rng, 3)} {_letters(rng, 3)}", vin, vin, f"{_letters(rng, 2)}-{_digits(rng, 4)}",
    ))


_GEN = {
    "PHONE": lambda r, s: _phone(r), "FAX": lambda r, s: _phone(r, ext=False), "PAGER": lambda r, s: _pager(r),
    "EMAIL": lambda r, s: _email(r), "URL": lambda r, s: _url(r), "IP_ADDRESS": lambda r, s: _ip(r),
    "SSN": lambda r, s: _ssn(r), "MRN": lambda r, s: _mrn(r), "ACCOUNT": lambda r, s: _account(r),
    "HEALTH_PLAN": lambda r, s: _health_plan(r), "LICENSE": lambda r, s: _license(r), "ZIP": lambda r, s: _zip(r),
    "STREET_ADDRESS": lambda r, s: _street(r),
    "DATE_REAL_YEAR": lambda r, s: _real_date(r, *((1962, 2007) if s == "dob" else (2005, 2024))),
    "AGE_OVER_89": lambda r, s: _age(r), "DEVICE_ID": lambda r, s: _device(r), "VEHICLE_ID": lambda r, s: _vehicle(r),
    "PERSON": lambda r, s: _person(r, s), "LOCATION": lambda r, s: _location(r, s),
    "ORGANIZATION": lambda r, s: _org(r, s),
}


# --------------------------------------------------------------------------------------------------
# Plant contexts: (position, note type "D"/"R"/"*", template). {v} or {v:shape} is the planted value;
# {M} a mask, {sd} a shifted date, {t} a time, {ga} a gestational age, {st} a state, {lang} a language.
# --------------------------------------------------------------------------------------------------

_CONTEXTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "PERSON": (
        ("any", "D", "Delivering provider: Dr. {v}"),
        ("any", "D", "Father of baby, {v}, present at bedside and very supportive; plans to room in."),
        ("any", "D", "Support persons:\n| Role | Name | Contact |\n|---|---|---|\n| Partner | {v} | {M} |\n"
                     "| Doula | {M} | {M} |"),
        ("any", "D", "Discussed plan with {v} (maternal grandmother), who will be the primary caregiver."),
        ("end", "D", "{v}, CNM\nCertified Nurse-Midwife"),
        ("end", "*", "Electronically signed by: {v}, MD on {sd} at {t}"),
        ("end", "*", "cc: {v}\n    {M}"),
        ("any", "D", "{lang} interpreter {v} (ID {M}) present for the entire visit."),
        ("top", "D", "Patient: Baby Girl {v:last}    Unit No: {M}"),
        ("top", "D", "Patient: Baby Boy {v:last} (Twin B)    DOB: {M}"),
        ("any", "D", "Referred by {v} at {M} for {ga} growth scan."),
        ("top", "D", "Attending: {v}."),
        ("any", "D", "Peds resident / {v} / aware of maternal GBS status and intrapartum antibiotics."),
        ("any", "D", "Pt's sister {v} will bring the car seat tomorrow."),
        ("any", "D", "RN {v} witnessed consent for blood products."),
        ("any", "D", "{v} (lactation) to follow up after the 0900 feed."),
        ("any", "D", "Called and spoke with pediatrician {v}; verbal report given, questions answered."),
        ("any", "D", "Transport team: RN {v} / RT {M} / NNP {M}"),
        ("any", "*", "Case reviewed with MFM fellow {v} and attending {M}."),
        ("end", "*", "\n{v}\nMaternal-Fetal Medicine"),
        ("any", "D", "Mother states FOB ({v:first}) is not involved; she does not want him contacted."),
        ("any", "D", "Emergency contact: {v:lastfirst} (aunt) - {M}"),
        ("end", "R", "Sonographer: {v}, RDMS\nReading physician: {M}, MD"),
        ("any", "R", "Findings discussed by telephone with {v} at {t} on {sd}."),
        ("top", "R", "Requested by: {v}   Location: {M}"),
        ("end", "R", "I, {v:full}, have reviewed the images and agree with the findings above."),
        ("any", "D", "SW met with pt and her partner {v} at bedside."),
        ("any", "D", "Circumcision consent obtained by {v:initial}; Gomco 1.3 used."),
        ("any", "D", "Baby to be followed by {v} (PCP) - appt arranged."),
        ("end", "D", "Resident: {v}, MD PGY-2 / Attending: {M}, MD"),
        ("any", "*", "Per {v:full}'s note from the prior shift, no acute events."),
        ("end", "D", "-- {v}, IBCLC"),
    ),
    "LOCATION": (
        ("any", "D", "Lives in {v} with partner and two children; 30 minutes from the hospital."),
        ("any", "D", "Transferred from {v}, {st}, for higher level of neonatal care."),
        ("any", "D", "Demographics:\n| Field | Value |\n|---|---|\n| Birth place | {v} |\n| Residence | {M} |"),
        ("any", "D", "Family recently arrived from {v:foreign} ({country}); mother speaks {lang}."),
        ("any", "D", "Home visit area: {v} / {M}"),
        ("any", "D", "Place of birth (city/town): {v}"),
        ("any", "D", "Team departed en route from {v} at {t}."),
        ("any", "D", "Mother works in {v} as a home health aide."),
        ("any", "D", "Plans to stay with aunt in {v} for the first two weeks after discharge."),
        ("any", "D", "Residence: {M}, {v}, {st} {M}"),
        ("any", "D", "County of residence: {v:county}"),
        ("any", "D", "WIC office (resides {v}) notified of delivery."),
        ("any", "D", "Family lives in the {v:building}, third floor, no elevator."),
        ("any", "D", "Pt grew up in {v:hood}; her mother still lives nearby."),
        ("any", "R", "Outside study performed in {v} was not available for comparison."),
        ("top", "R", "Performing site: {M} Imaging - {v} campus"),
        ("any", "D", "EMS from {v} brought pt in by ambulance after precipitous delivery at home."),
        ("any", "D", "Travel: drove in from {v} (2.5 h) in active labor."),
        ("any", "*", "Patient preference: follow-up at the satellite office in {v}."),
        ("any", "D", "Born at home in {v}; EMS arrival after delivery."),
        ("any", "D", "Moved here from {v} at 30 weeks; records requested."),
        ("any", "D", "Plans to deliver closer to home ({v}) if stable."),
        ("any", "D", "Town: {v}"),
        ("any", "R", "History: infant transferred from {v} for MRI."),
        ("any", "R", "Patient is from {v}; outside films requested."),
    ),
    "ORGANIZATION": (
        ("any", "D", "Prenatal care at {v:care} (first visit at {ga})."),
        ("any", "D", "Transferred from {v:care} for prematurity and respiratory distress."),
        ("any", "D", "PCP for baby: {v:care}"),
        ("any", "D", "Follow-up:\n| Service | Provider | When |\n|---|---|---|\n| Pediatrics | {v:care} | 2-3 days |\n"
                     "| Lactation | {M} | 1 week |"),
        ("any", "*", "Records requested from {v:care} / {M}."),
        ("any", "D", "Mother employed at {v:employer}; on unpaid leave."),
        ("any", "D", "Referral placed to {v:referral}."),
        ("top", "D", "{v:care}\nDepartment of Obstetrics & Gynecology"),
        ("any", "D", "FOB is a senior at {v:school}."),
        ("any", "D", "Follows with MFM at {v:care}."),
        ("any", "R", "Outside ultrasound ({v:care}) reported an EFW at the 8th percentile."),
        ("any", "D", "Older sibling attends {v:kid}; grandmother to pick up."),
        ("any", "D", "Pt currently staying at {v:shelter}; SW to confirm bed hold."),
        ("top", "R", "Referring facility: {v:care}"),
        ("any", "D", "Received from {v:care} NICU via ground transport."),
        ("end", "D", "{M}, MD\n{v:care}"),
        ("any", "*", "Images pushed to {v:care} PACS per request."),
        ("any", "D", "Outpatient OB: {v:care} - next visit in 1 week for BP check."),
        ("any", "D", "Pt works for {v:employer} (day shift)."),
        ("any", "D", "Delivered at {v:care}; transferred to us on DOL 2."),
        ("any", "D", "Family is connected with {v:referral}."),
        ("any", "*", "cc: {v:care}"),
    ),
    "DATE_REAL_YEAR": (
        ("any", "D", "LMP: {v}"),
        ("any", "*", "EDD by 1st trimester US: {v}"),
        ("top", "D", "Mother DOB {v:dob}"),
        ("any", "D", "Prior delivery {v}: SVD at 39 weeks, 3.4 kg, uncomplicated."),
        ("any", "D", "OB history:\n| # | Date | Outcome | Weight |\n|---|---|---|---|\n| G1 | {v} | C/S for breech | "
                     "3210 g |\n"
                     "| G2 | {M} | SAB | - |"),
        ("any", "D", "Infant expired on {v} at {t} in mother's arms; family present."),
        ("any", "D", "Date of birth: {v}"),
        ("any", "D", "RhoGAM given {v} at 28 weeks."),
        ("any", "D", "Last Tdap {v} (this pregnancy)."),
        ("any", "R", "COMPARISON: Outside study dated {v}."),
        ("end", "*", "Signed {v} {t}"),
        ("any", "D", "Seen in MFM clinic ({v}) for elevated BPs."),
        ("any", "*", "ADDENDUM {v}: results of repeat study reviewed, no change to plan."),
        ("top", "R", "Report date: {v}"),
        ("any", "D", "Stillbirth at 24 weeks on {v}; autopsy declined."),
        ("any", "R", "Prior fetal echo {v} showed a small VSD."),
        ("any", "D", "Mother's date of birth / {v:dob} / verified with ID"),
        ("any", "D", "Father DOB: {v:dob}"),
        ("any", "*", "{v} - GTT 1 h 168, 3 h abnormal x2 values."),
        ("any", "D", "Newborn screen collected {v} at 26 h of life."),
    ),
    "AGE_OVER_89": (
        ("any", "D", "Maternal great-grandmother, age {v}, lives in the home and helps with childcare."),
        ("any", "D", "Family hx: MGM alive at {v}, hx of breast ca."),
        ("any", "D", "Household:\n| Member | Age | Notes |\n|---|---|---|\n| Great-grandmother | {v} yo | lives in "
                     "home |\n"
                     "| Maternal aunt | {M} | works nights |"),
        ("any", "D", "Paternal grandfather ({v} y/o) with dementia lives with family - SW aware."),
        ("any", "*", "FHx: grandmother, {v}-year-old, with T2DM; no VTE."),
        ("any", "D", "Household: mother, infant, great-grandfather (age {v})."),
        ("any", "D", "Only other caregiver is a {v} year old relative who cannot lift the infant."),
        ("any", "D", "Great-grandma is {v} and plans to hold the baby at the bris."),
        ("any", "D", "Visitors: MGM, great-aunt ({v}), FOB."),
        ("any", "D", "MGGM ({v} y) attended delivery; very involved."),
        ("any", "D", "Lives with great-grandparents, ages {v} and 86."),
        ("any", "*", "Family history: hemophilia in maternal great-grandfather (alive, {v})."),
        ("any", "D", "Caregiver plan:\n- Mother (primary)\n- Great-grandmother, {v}, during the day\n- FOB evenings"),
        ("any", "D", "{v} yo great-grandmother is the only other adult at home."),
        ("any", "R", "History provided by the great-grandmother, age {v}, who accompanies the infant."),
        ("any", "R", "INDICATION: Family history of hydrocephalus (great-grandfather, now {v})."),
    ),
    "PHONE": (
        ("any", "D", "Mother's cell: {v}"),
        ("any", "*", "Best contact number {v}"),
        ("any", "D", "Contacts:\n| Name | Relation | Phone |\n|---|---|---|\n| {M} | FOB | {v} |\n| {M} | MGM | {M} |"),
        ("any", "D", "Please call back at {v} with culture results."),
        ("top", "*", "Tel {v}   Fax {M}"),
        ("any", "D", "(h) {M}  (c) {v}"),
        ("any", "D", "Pediatrician office {v}, appt in 48 h."),
        ("any", "D", "{v} (mobile) / {M} (home)"),
        ("any", "D", "Text updates to dad at {v} per mother's request."),
        ("any", "R", "Critical result called to the L&D charge nurse at {v} at {t}."),
        ("end", "*", "Questions: {v}"),
        ("any", "D", "{v} - doula's number, ok to share updates"),
        ("any", "D", "Call FOB on {v} before any procedures."),
        ("any", "D", "Phone: {v}"),
        ("any", "D", "Interpreter line used; family callback {v}."),
        ("any", "R", "Please call {v} with preliminary results."),
        ("end", "D", "After-hours OB line: {v}"),
    ),
    "FAX": (
        ("top", "*", "Tel {M}   Fax: {v}"),
        ("any", "*", "Please fax results to {v}"),
        ("any", "D", "Fax {v} Attn: {M}, NP"),
        ("end", "*", "F: {v}"),
        ("any", "D", "Contacts:\n| Office | Phone | Fax |\n|---|---|---|\n| OB | {M} | {v} |"),
        ("any", "D", "Discharge summary faxed to OB office ({v})."),
        ("any", "R", "Copy of report to referring provider, fax# {v}"),
        ("any", "D", "Fax NBS results to PCP: {v}"),
        ("end", "D", "Records sent via facsimile to {v} on {sd}."),
        ("any", "*", "{v} (fax) / {M} (phone)"),
        ("top", "D", "FAX COVER SHEET\nTo: {M}    Fax: {v}\nFrom: {M}    Pages: 3 (including cover)"),
        ("any", "D", "Pediatrician:\n| Name | Phone | Fax |\n|---|---|---|\n| {M} | {M} | {v} |"),
        ("any", "R", "Report auto-faxed to the ordering office ({v}) on final signature."),
    ),
    "PAGER": (
        ("any", "*", "Pager {v}"),
        ("any", "D", "Page NICU fellow at {v} with any desats."),
        ("end", "*", "{M}, MD (pgr {v})"),
        ("any", "D", "beeper {v} - L&D anesthesia"),
        ("any", "D", "On call:\n| Role | Name | Pager |\n|---|---|---|\n| NICU fellow | {M} | {v} |"),
        ("any", "R", "Preliminary read given to ordering provider, p{v}."),
        ("any", "D", "Peds on call / p. {v} / aware"),
        ("end", "*", "Questions? page {v}"),
    ),
    "EMAIL": (
        ("any", "D", "Email: {v}"),
        ("any", "D", "Mother asks that photos be sent to {v}."),
        ("any", "D", "Contact {v} for lactation questions after discharge."),
        ("end", "*", "{M}, MD <{v}>"),
        ("any", "D", "Contact info:\n| Type | Value |\n|---|---|\n| Email | {v} |\n| Cell | {M} |"),
        ("any", "D", "(email {v})"),
        ("any", "R", "Report emailed to {v} per referring office request."),
        ("any", "D", "{v} - FOB's email for birth certificate questions"),
        ("any", "R", "Questions about this report: {v}"),
    ),
    "URL": (
        ("any", "D", "Practice website: {v}"),
        ("any", "D", "Birth plan uploaded at {v}"),
        ("any", "D", "Doula's website {v} (given to SW)."),
        ("any", "D", "See {v} for after-hours instructions."),
        ("any", "D", "Family set up a fundraising page ({v}) for NICU costs."),
        ("any", "D", "Photos shared via {v}"),
        ("end", "*", "{M}, MD | {v}"),
        ("any", "R", "Referring practice portal: {v}"),
        ("any", "D", "Mother keeps a blog about the pregnancy ({v}) - asked that no photos be posted from the NICU."),
        ("any", "D", "Midwife's booking page: {v}"),
        ("any", "D", "Outside records available via {v} (login given to HIM)."),
        ("top", "*", "{M} Women's Health  |  {v}  |  Tel {M}"),
        ("any", "D", "{v} - doula's site, shared by pt"),
        ("any", "R", "Images shared with the family via {v} per their request."),
    ),
    "IP_ADDRESS": (
        ("top", "R", "Workstation IP {v}"),
        ("any", "R", "Images exported from {v} to PACS."),
        ("top", "R", "Source AE: VOLUSON_E10 @ {v}"),
        ("any", "D", "Central fetal monitoring station {v} offline 0200-0230; paper strip reviewed."),
        ("top", "*", "[{v}] printed {sd} {t}"),
        ("any", "R", "DICOM node: {v}:104"),
        ("any", "D", "Remote video interpreter connected from {v}."),
        ("end", "*", "Generated by host {v}"),
        ("any", "D", "Telehealth connection from {v} dropped twice; visit completed by phone."),
        ("any", "R", "Study retrieved from the outside PACS gateway ({v})."),
        ("top", "R", "AE title NICU_US01 / {v} / port 104"),
        ("any", "*", "Remote access log: {v} at {t}"),
    ),
    "SSN": (
        ("any", "D", "Mother's SSN: {v}"),
        ("any", "D", "SSN {v}"),
        ("any", "D", "Social Security number (for birth certificate worksheet): {v}"),
        ("any", "D", "Parent information:\n| Field | Mother | Father |\n|---|---|---|\n| SSN | {v} | {M} |"),
        ("any", "D", "SS# {v}"),
        ("any", "D", "Father's social: {v}"),
        ("top", "*", "{M}  {v}  {M}"),
        ("top", "R", "Requisition: {M} / SSN {v} / {M}"),
    ),
    "MRN": (
        ("top", "*", "MRN: {v}"),
        ("any", "D", "Mother's MRN {v}"),
        ("top", "D", "Baby MR# {v}"),
        ("top", "*", "Unit No: {v}"),
        ("top", "R", "[{v}] {M}, {M}"),
        ("any", "D", "see mother's chart {v}"),
        ("any", "D", "Med Rec No. {v}"),
        ("any", "D", "Twin A: MRN {M} / Twin B: MRN {v}"),
        ("top", "*", "Patient ID: {v}"),
    ),
    "ACCOUNT": (
        ("top", "*", "Acct {v}"),
        ("top", "R", "Accession: {v}"),
        ("top", "D", "Encounter #{v}"),
        ("any", "D", "Visit ID {v}"),
        ("any", "D", "Specimen {v} sent to pathology (placenta)."),
        ("any", "*", "Order no. {v}"),
        ("any", "D", "Req# {v}"),
        ("any", "D", "NBS card/kit no. {v}"),
        ("any", "D", "Billing account {v} - mother and baby linked."),
        ("top", "R", "ACC#: {v}    EXAM: {M}"),
    ),
    "HEALTH_PLAN": (
        ("any", "D", "Medicaid ID: {v}"),
        ("any", "D", "Member ID {v}"),
        ("any", "D", "Subscriber # {v} (FOB's employer plan)"),
        ("any", "D", "Group {v}"),
        ("any", "D", "Policy no. {v}"),
        ("any", "D", "Insurance:\n| Plan | ID | Notes |\n|---|---|---|\n| Medicaid | {v} | baby to be added |"),
        ("any", "D", "Ins ID {v} - infant not yet added, SW following."),
        ("top", "*", "Insurance member # {v}"),
        ("any", "R", "Prior authorization on file, member ID {v}."),
        ("any", "D", "Baby added to mother's plan - subscriber ID {v}, group {M}."),
        ("any", "D", "Medicaid (managed care) {v}; PCP assignment pending."),
        ("any", "D", "Coverage: {M} plan, ID# {v}"),
        ("any", "D", "{v} - mother's Medicaid number, verified with eligibility system"),
    ),
    "LICENSE": (
        ("end", "*", "{M}, MD  Lic# {v}"),
        ("any", "D", "License {v}"),
        ("end", "D", "Prescriber DEA {v}"),
        ("any", "D", "Driver's license {v} (ID verification for birth certificate)"),
        ("end", "D", "{M}, RN  lic. {v}"),
        ("any", "D", "Certifier license no.: {v}"),
        ("end", "D", "Midwife: {M}, CNM, license {v}"),
        ("any", "D", "Transport RN license / {v}"),
        ("top", "R", "Ordering provider: {M}, MD, license {v}"),
        ("end", "R", "Interpreting physician {M}, MD (state license {v})"),
        ("end", "D", "Electronically signed: {M}, MD (Lic. {v}) {sd} {t}"),
        ("any", "D", "Prescriber: {M}, NP / license {v} / DEA {M}"),
        ("any", "D", "ID checked for birth certificate: driver's license ({v}), expires {sd}."),
        ("end", "D", "Lactation consultant license {v}"),
    ),
    "ZIP": (
        ("any", "D", "{M} Street, {M}, {st} {v}"),
        ("any", "D", "ZIP: {v}"),
        ("any", "D", "Zip code {v} (for WIC referral)"),
        ("any", "D", "Address:\n| Street | Town | State | ZIP |\n|---|---|---|---|\n| {M} | {M} | {st} | {v} |"),
        ("any", "D", "Postal code {v}"),
        ("any", "D", "Resides in zip {v}; eligible for the home visiting program."),
        ("top", "*", "{M} | {M}, {st} {v}"),
        ("any", "R", "Mobile imaging visit, ZIP {v}."),
    ),
    "STREET_ADDRESS": (
        ("any", "D", "Home address: {v}"),
        ("any", "D", "Address: {v}, {M}, {st} {M}"),
        ("any", "D", "Pt lives at {v} with her mother."),
        ("any", "D", "Demographics:\n| Field | Value |\n|---|---|\n| Address | {v} |\n| Phone | {M} |"),
        ("any", "D", "Discharge to {v} (grandmother's home)."),
        ("any", "D", "Mail to: {v}"),
        ("top", "*", "{M} Women's Health | {v} | {M}"),
        ("any", "D", "Pickup for transport at {v}, side entrance."),
        ("any", "R", "Outpatient study; patient address on requisition: {v}"),
        ("any", "D", "Lives at {v}; 2nd-floor walk-up, landlord aware of new baby."),
        ("any", "D", "New address (moved last month) - {v} / phone unchanged"),
        ("top", "D", "{M}\n{v}\n{M}, {st} {M}"),
        ("any", "D", "Home visit nurse to go to {v} on day 3."),
        ("any", "D", "EMS dispatched to {v} for imminent delivery."),
        ("end", "*", "Return address: {M} Perinatal Associates, {v}"),
    ),
    "DEVICE_ID": (
        ("any", "D", "Giraffe OmniBed serial {v} cleaned and returned to service."),
        ("any", "D", "Isolette SN {v}"),
        ("any", "D", "S/N: {v}"),
        ("any", "D", "UDI (01)00884521{gtin}(17)27{mmdd}(10){lot}(21){v}"),
        ("any", "D", "Equipment:\n| Device | Model | Serial |\n|---|---|---|\n| Warmer | Panda iRes | {v} |\n"
                     "| Pump | Alaris | {M} |"),
        ("any", "D", "Hospital-grade pump (Medela Symphony) serial number {v} loaned to mother."),
        ("any", "D", "Transport isolette s/n {v}, checked before departure."),
        ("any", "R", "Probe serial {v} (C1-5-D)."),
        ("any", "D", "Fetal monitor (Avalon FM30) SN {v} - TOCO transducer replaced."),
        ("top", "R", "Ultrasound system serial number {v} (Voluson E10)."),
        ("any", "R", "Portable DR detector SN {v}"),
        ("any", "D", "Pump loaned: Medela Symphony #{v}, return within 30 days."),
        ("any", "D", "Cooling blanket unit serial no. {v}"),
        ("any", "D", "Bili blanket (home phototherapy) device {v} delivered to home."),
        ("any", "D", "Apnea monitor SN {v} issued at discharge."),
    ),
    "VEHICLE_ID": (
        ("any", "D", "Ambulance unit {M} (plate {v})"),
        ("any", "D", "Critical care transport vehicle VIN {v}"),
        ("any", "D", "Car seat check done in family vehicle (reg. {v})."),
        ("any", "D", "Transport log:\n| Vehicle | Unit | Plate |\n|---|---|---|\n| Ground | {M} | {v} |"),
        ("any", "D", "License plate: {v}"),
        ("any", "D", "FOB's car {v} parked in the ED lot - security notified."),
        ("any", "D", "Tag {v} / {st} / gray minivan"),
        ("any", "R", "Portable study performed in the transport ambulance (plate {v}) before departure."),
        ("any", "R", "Outside films delivered by courier, vehicle {v}, at {t}."),
        ("any", "D", "Security: FOB's truck (MA reg {v}) not to be allowed in the garage per SW."),
        ("any", "D", "Mother drove herself; vehicle {v} left at the ED entrance, valet notified."),
        ("any", "D", "Rotor wing unavailable; ground unit {M} / {v} dispatched."),
        ("any", "D", "{v} - grandmother's car, car seat installation checked by RN"),
    ),
}


# --------------------------------------------------------------------------------------------------
# Document context: random clinical fillers (masked identifiers, shifted dates, look-alikes)
# --------------------------------------------------------------------------------------------------

class _Ctx:
    M = "___"

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.looks: list[str] = []
        self._gp = ""
        self._mage = ""

    def pick(self, *xs: str) -> str:
        return self.r.choice(xs)

    def alt(self, s: str) -> str:
        """Resolve every <<a@@b@@c>> alternative in s, left to right."""
        return re.sub(r"<<(.*?)>>", lambda m: self.r.choice(m.group(1).split("@@")), s, flags=re.S)

    def look(self, s: str) -> str:
        self.looks.append(s)
        return s

    def sd(self) -> str:
        r = self.r
        y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
        s = r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MON_FULL[m - 1]} {d}, {y}",
                      f"{d}-{_MON_ABBR[m - 1]}-{y}"))
        return self.look(s)

    def sdt(self) -> str:
        r = self.r
        return self.look(f"{r.randint(2110, 2195)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {self.t()}")

    def t(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def ga(self, lo: int = 23, hi: int = 41) -> str:
        w, d = self.r.randint(lo, hi), self.r.randint(0, 6)
        return self.r.choice((f"{w}w{d}d", f"{w} {d}/7 weeks", f"{w}+{d} weeks", f"{w}.{d} wks"))

    def gp(self) -> str:
        """Gravidity/parity of the note's mother (one per note)."""
        if not self._gp:
            g = self.r.randint(1, 6)
            p = self.r.randint(0, g - 1)
            self._gp = self.r.choice((f"G{g}P{p}", f"G{g}P{p}{self.r.randint(0, 1)}{g - 1 - p}{p}", f"G{g} P{p}"))
        return self._gp

    def mage(self) -> str:
        """Maternal age, masked or (under 90, a look-alike) visible; one per note."""
        if not self._mage:
            a = self.r.randint(16, 45)
            if self.r.random() < 0.55:
                self._mage = "___ year old" if self.r.random() < 0.5 else "___ yo"
            else:
                self._mage = self.r.choice((f"{a} year old", f"{a} yo", f"{a}-year-old", f"{a} y.o."))
        if not self._mage.startswith("___"):
            self.look(self._mage)
        return self._mage

    def grams(self, lo: int = 480, hi: int = 4400) -> int:
        return self.r.randint(lo, hi)

    def apgar(self) -> str:
        a = self.r.randint(1, 9)
        b = min(10, a + self.r.randint(0, 3))
        return self.r.choice((f"Apgar scores {a} and {b}", f"Apgars {a}/{b}", f"APGAR {a},{b}",
                              f"Apgar {a} (1 min) / {b} (5 min)"))

    def bp(self) -> str:
        return f"{self.r.randint(98, 172)}/{self.r.randint(58, 112)}"

    def sev(self) -> str:
        return self.r.choice(("no acute distress", "comfortable", "uncomfortable with contractions", "tearful but "
                                                                                                     "coping"))


_RADIOLOGY_LOOKS = (5, 9, 10, 11, 14, 15, 19, 21, 22, 22, 22)


def _lookalike_block(c: _Ctx, note_type: str = "discharge") -> str:
    """One block of non-PHI look-alikes (never labelled); records the look-alike strings."""
    r = c.r
    k = r.randrange(22) if note_type == "discharge" else r.choice(_RADIOLOGY_LOOKS)
    if k == 22:
        return c.pick(
            f"Scanner: GE Signa Artist 1.5T, software {c.look(f'MR{r.randint(28, 31)}.{r.randint(0, 3)}')}; coil: "
            f"32-channel body array.",
            f"Transducer C1-6-D (model {c.look(f'H48{r.randint(100, 999)}LA')}), Voluson E10 preset OB 2/3 trimester.",
            f"Philips EPIQ CVx with S12-4 transducer, software {c.look(f'{r.randint(7, 10)}.0.{r.randint(1, 9)}')}.",
            f"DR detector: Carestream DRX-Plus (REF {c.look(f'{r.randint(1000, 9999)}{r.randint(100, 999)}')}); "
            f"technique {r.randint(50, 60)} kVp, {r.randint(1, 3)}.{r.randint(0, 9)} mAs.")
    if k == 0:
        ndc = c.look(f"NDC {r.choice(('0409', '63323', '0143', '42023'))}-{r.randint(1000, 9999)}-"
                     f"{r.randint(1, 99):02d}")
        lot = c.look(f"{r.randint(1, 9)}{_letters(r, 1)}{r.randint(100, 999)}{_letters(r, 1)}")
        exp = c.look(f"{r.randint(2025, 2029)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
        return f"Oxytocin (Pitocin) 30 units/500 mL, {ndc}, Lot {lot}, Exp {exp}"
    if k == 1:
        lot = c.look(f"RG{r.randint(1000, 9999)}{_letters(r, 1)}")
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(2025, 2029)
        exp = c.look(f"{m:02d}/{d:02d}/{y}")
        return f"RhoGAM 300 mcg IM given; lot {lot}, exp {exp}. Kleihauer-Betke not indicated."
    if k == 2:
        lot = c.look(f"{r.randint(1, 9)}{_letters(r, 1)}{r.randint(1, 9)}{_letters(r, 1)}{r.randint(1, 9)}")
        exp = c.look(f"{_MON_ABBR[r.randint(0, 11)]} {r.randint(1, 28)}, {r.randint(2025, 2029)}")
        return f"Hepatitis B vaccine (Engerix-B) 10 mcg IM L thigh, lot {lot}, expiration {exp}."
    if k == 3:
        lot = c.look(str(r.randint(1000000, 9999999)))
        exp = c.look(f"{r.randint(1, 12):02d}/{r.randint(2025, 2029)}")
        return f"Curosurf 200 mg/kg via ETT x1, lot {lot}, exp {exp}; tolerated without bradycardia."
    if k == 4:
        ref = c.look(f"REF M{r.randint(1000000, 9999999)}")
        ver = c.look(f"v{r.randint(3, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}")
        return f"Giraffe OmniBed (GE Healthcare) {ref}, software {ver}"
    if k == 5:
        return (f"Voluson E10, software {c.look(f'BT{r.randint(18, 24)} v{r.randint(20, 24)}.0.{r.randint(1, 9)}')}; "
                f"report generated in Astraia {c.look(f'v{r.randint(20, 24)}.{r.randint(1, 5)}')}")
    if k == 6:
        gtin = c.look(f"(01)00884521{r.randint(100000, 999999)}(17){r.randint(26, 29)}{r.randint(1, 12):02d}"
                      f"{r.randint(1, 28):02d}(10){r.randint(1000, 9999)}{_letters(r, 1)}")
        return f"Bakri balloon, UDI {gtin} (no serial on package)."
    if k == 7:
        c.look("1-833-852-6262")
        c.look("1-800-222-1222")
        return c.pick(
            "Resources: National Maternal Mental Health Hotline 1-833-852-6262; Poison Control 1-800-222-1222.",
            "Hotlines reviewed: Poison Control 1-800-222-1222 and National Maternal Mental Health Hotline "
            "1-833-852-6262; call or text 988 in a crisis.")
    if k == 8:
        site = c.look(c.pick("www.cdc.gov/vaccines", "safetosleep.nichd.nih.gov", "www.fda.gov/medwatch",
                             "www.womenshealth.gov", "www.healthychildren.org", "www.cdc.gov/ncbddd"))
        return f"Education handout printed from {site}; safe sleep (ABC: alone, back, crib) reviewed."
    if k == 9:
        return c.alt(f"Next appointment {c.sd()} at {c.t()} with <<Maternal-Fetal Medicine clinic@@Pediatric "
                     f"Cardiology clinic@@the Lactation Services office@@Newborn Follow-up clinic>>.")
    if k == 10:
        y = c.look(str(r.randint(1998, 2023)))
        return c.pick(f"Immigrated to the US in {y}; mother is originally from {c.look(r.choice(_COUNTRIES))}.",
                      f"Prior cesarean in {y} (records not available).",
                      f"Last Pap smear {y}, normal per patient.")
    if k == 11:
        who = c.pick("MGM", "maternal grandmother", "paternal grandfather", "FOB")
        a = r.randint(19, 52) if who == "FOB" else r.randint(38, 86)
        return c.alt(f"{who.capitalize() if who.islower() else who} is {c.look(f'{a} years old')} and <<healthy@@has "
                     f"T2DM@@works full time>>.")
    if k == 12:
        n = r.randint(0, 30)
        return c.pick(f"EPDS {n} (item 10 = 0); {c.look('Edinburgh Postnatal Depression Scale')} reviewed.",
                      f"Finnegan score {r.randint(0, 12)} at {c.t()}, {r.randint(0, 12)} at {c.t()}.",
                      f"SNAPPE-II {r.randint(0, 60)}; New Ballard score consistent with {c.ga(24, 40)}.",
                      f"Silverman-Andersen score {r.randint(0, 6)} on arrival.")
    if k == 13:
        return c.pick(
            "Magnesium sulfate 4 g IV load over 20 min, then 2 g/h; Celestone 12 mg IM q24h x2.",
            "Ampicillin 2 g IV then 1 g q4h for GBS prophylaxis; Tylenol 650 mg q6h prn.",
            "Cytotec 25 mcg PV q4h x2, then Foley bulb placed; Cervidil not used.",
            "Hemabate 250 mcg IM x1 and Methergine 0.2 mg IM x1 for uterine atony.",
            "Caffeine citrate 20 mg/kg load then 5 mg/kg daily; vitamin D 400 IU daily.",
            "Procardia XL 30 mg daily; labetalol 200 mg BID; low-dose aspirin 81 mg nightly.",
        )
    if k == 14:
        return c.pick("Consult requested by the NICU team.", "Seen jointly with the Social Work Department.",
                      "Per Labor and Delivery triage protocol.", "Reviewed at Pediatric Surgery conference.",
                      "Cardiology clinic to see before discharge.", "Newborn Nursery notified.")
    if k == 15:
        st = c.look(r.choice(_STATES_FULL))
        return c.pick(f"Newborn screen sent to the {st} state laboratory per protocol.",
                      f"Birth to be registered with the {st} vital records office.",
                      f"Mother has {st} Medicaid; application for infant pending.")
    if k == 16:
        cat = c.look(f"Cat# {r.randint(10, 99)}-{r.randint(1000, 9999)}")
        model = c.look(f"UVC-{r.randint(100, 999)}")
        return f"Umbilical catheter 3.5 Fr ({cat}, model {model}) placed under sterile technique."
    if k == 17:
        return c.pick(
            f"Feeds: EBM fortified with Prolacta +6 to 26 kcal/oz; Similac Special Care 24 as backup; "
            f"{r.randint(120, 160)} mL/kg/d.",
            "Formula: Enfamil NeuroPro 20 kcal ad lib, Neosure 22 kcal at discharge.",
            "Synagis eligibility reviewed; Beyfortus given prior to discharge.",
            "Contraception: Nexplanon placed PP day 1; declined Mirena and Depo-Provera.")
    if k == 18:
        return c.pick(
            f"Fetal heart tracing reviewed on PeriWatch {c.look(f'{r.randint(7, 9)}.{r.randint(0, 9)}')}: category I.",
            f"Pulse oximetry (Masimo) pre-ductal {r.randint(94, 100)}% / post-ductal {r.randint(93, 100)}%.",
            f"Transcutaneous bilirubin {r.randint(3, 18)}.{r.randint(0, 9)} at {r.randint(24, 72)} h of life.")
    if k == 19:
        return f"Compared with the study of {c.sd()} and the prior of {c.sd()}."
    if k == 20:
        return c.pick("Leopold maneuvers: vertex, EFW ~3500 g.", "Naegele's rule EDD consistent with early ultrasound.",
                      "Mild Braxton Hicks contractions, irregular.", "McRoberts and suprapubic pressure not required.",
                      "No Coombs testing indicated (maternal O+ / antibody neg).", "Moro symmetric; Ortolani and "
                                                                                   "Barlow negative.")
    return f"{c.look(r.choice(_COUNTRIES))}-born mother; {c.look(r.choice(_LANGS))}-speaking; interpreter used."


# --------------------------------------------------------------------------------------------------
# Document kinds (each returns blocks of text; identifiers inside are masked)
# --------------------------------------------------------------------------------------------------

def _mimic_header(c: _Ctx, service: str, sex: str = "F") -> str:
    return (c.alt(f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   "
                  f"___\n\n"
            f"Date of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\n"
            f"Allergies:\n"
            f"<<No Known Allergies / Adverse Drug Reactions@@Penicillins@@latex@@Sulfa (Sulfonamide "
            f"Antibiotics)@@codeine>>\n\n"
            f"Attending: ___."))


def _doc_antenatal_letter(c: _Ctx) -> list[str]:
    ind = c.pick("chronic hypertension", "pregestational type 2 diabetes", "a prior spontaneous preterm birth at 31 "
                                                                           "weeks",
                 "a short cervix (18 mm) on transvaginal ultrasound", "a monochorionic-diamniotic twin gestation",
                 "fetal growth restriction (EFW 6th percentile)", "red cell alloimmunization (anti-Kell)",
                 "systemic lupus erythematosus", "a history of stillbirth", "echogenic bowel on the anatomy scan",
                 "suspected fetal cardiac anomaly", "Graves disease on methimazole")
    rec = c.r.sample([
        "Low-dose aspirin 81 mg nightly until 36 weeks.",
        "Serial growth ultrasounds every 4 weeks with umbilical artery Doppler.",
        "Weekly biophysical profile from 32 weeks.",
        "MCA peak systolic velocity Doppler every 1-2 weeks; titers monthly.",
        "Vaginal progesterone 200 mg nightly until 36 weeks.",
        "Fetal echocardiogram at 22-24 weeks.",
        "Baseline preeclampsia labs (CBC, LFTs, creatinine, urine protein/creatinine ratio).",
        "Delivery at 37 0/7 - 38 6/7 weeks if growth remains reassuring.",
        "Early glucose tolerance testing; HbA1c each trimester.",
        "Antenatal corticosteroids (Celestone) if delivery anticipated before 34 weeks.",
        "TSH and free T4 every 4 weeks; fetal heart rate and goiter surveillance.",
    ], 4)
    recs = "\n".join(f"{n}. {x}" for n, x in enumerate(rec, 1))
    return [
        "___ Maternal-Fetal Medicine\n___ ___ Street, ___, ___ ___\nTel ___    Fax ___",
        f"{c.sd()}\n\nRE: ___        DOB: ___        MRN: ___",
        c.alt(f"Dear Dr. ___,\n\nThank you for referring your patient, Ms. ___, a {c.mage()} {c.gp()} at {c.ga(12, 34)}"
              f" by "
        f"<<LMP consistent with a 7-week ultrasound@@first-trimester ultrasound@@IVF dating (day 5 transfer)>>, "
        f"for consultation regarding {ind}. She was seen today "
        f"<<with her partner@@alone@@with an interpreter@@via telehealth>>."),
        c.alt(f"History: "
        f"<<Uncomplicated first trimester.@@Hyperemesis in the first trimester, resolved.@@Bleeding at 8 weeks, "
        f"subchorionic hematoma, resolved.>> "
        f"NIPT <<low risk, female@@low risk, male@@declined@@no call, redraw low risk>>. "
        f"Medications: prenatal "
        f"vitamin<<@@, labetalol 200 mg BID@@, insulin NPH/lispro@@, hydroxychloroquine 200 mg BID@@, levothyroxine 75 "
        f"mcg>>. "
        f"BP today {c.bp()}, BMI {c.r.randint(19, 44)}."),
        c.alt(f"Ultrasound today: single live IUP, FHR {c.r.randint(128, 162)} bpm, "
        f"<<normal interval growth@@EFW 8th percentile@@AFI 22 cm@@cervical length 24 mm>>. "
        f"<<Umbilical artery Doppler normal.@@UA Doppler S/D elevated with forward end-diastolic flow.@@Anatomy survey "
        f"limited by habitus; repeat in 4 weeks.>>"),
        f"Assessment and recommendations:\n{recs}",
        "We discussed the risks, including preeclampsia, preterm birth and stillbirth, and the rationale for "
        "increased surveillance. All questions were answered. We will continue to co-manage with your office and "
        "will forward interval reports.",
        "Sincerely,\n\n___, MD\nMaternal-Fetal Medicine\ncc: ___, CNM",
    ]


def _doc_triage(c: _Ctx) -> list[str]:
    cc = c.pick("contractions", "leakage of fluid", "decreased fetal movement", "vaginal bleeding", "headache and "
                                                                                                    "elevated BP",
                "abdominal pain after MVC", "r/o labor")
    dil = c.pick("FT", "1", "2", "3", "4", "closed")
    return [
        f"OB TRIAGE NOTE\nDate/Time: {c.sdt()}\nTriage RN: ___    Provider: ___",
        f"S: {c.mage()} {c.gp()} at {c.ga(24, 41)} by {c.pick('LMP c/w 1st tri US', '8 wk US', 'IVF dating')} presents "
        f"with c/o {cc} "
        f"since {c.t()}. {c.pick('+FM', 'decreased FM x 12 h', '+FM, active')}. Denies "
        f"{c.pick('LOF, VB', 'VB, HA, visual changes', 'LOF, dysuria, fever')}. "
        f"Pregnancy c/b {c.pick('GDMA1', 'cHTN', 'AMA', 'nothing', 'anemia', 'late PNC at 22 wks')}. GBS "
        f"{c.pick('neg', 'pos', 'unknown')}. "
        f"Blood type {c.pick('O+', 'A+', 'B+', 'O-', 'AB+')}, rubella immune.",
        c.alt(f"O: VS: BP {c.bp()} HR {c.r.randint(68, 118)} T {c.r.randint(97, 100)}.{c.r.randint(0, 9)} RR "
        f"{c.r.randint(14, 22)} SpO2 {c.r.randint(96, 100)}%\n"
        f"Gen: {c.sev()}\nAbd: soft, gravid, NT<<@@, fundal tenderness absent@@, mild RLQ tenderness>>\n"
        f"SSE: <<no pooling, nitrazine neg, ferning neg@@gross pooling, nitrazine pos, ferning pos@@small amt dark "
        f"blood in vault, cx visually closed@@deferred>>\n"
        f"SVE: {dil}/{c.r.randint(0, 90)}%/{c.r.randint(-3, 1)}, Bishop score {c.r.randint(1, 11)}"),
        c.alt(f"FHT: baseline {c.r.randint(120, 160)}, "
        f"<<moderate variability, + accels, no decels@@minimal variability, no accels, occasional variables@@moderate "
        f"variability, early decels>> "
        f"- category <<I@@I@@II>>\nTOCO: "
        f"<<ctx q2-3 min@@irregular ctx@@quiet@@uterine irritability>>\n"
        f"Labs: <<CBC, CMP, UPC pending@@UA neg@@KB sent@@AmniSure positive@@none>>"),
        c.alt(f"A/P: {c.mage()} {c.gp()} at {c.ga(24, 41)} with {cc}.\n"
        f"- <<Admit to L&D for IOL@@Admit to antepartum for observation@@D/c home with labor precautions@@Observe 2 h "
        f"and recheck cervix>>\n"
        f"- <<Pitocin per protocol@@Cytotec 25 mcg PV@@Foley bulb@@Celestone course@@Mag for neuroprotection@@NST "
        f"twice weekly>>\n"
        f"- Discussed with Dr. ___; pt agrees with plan."),
        "___, CNM / ___, MD",
    ]


def _doc_delivery(c: _Ctx) -> list[str]:
    g = c.grams(2100, 4500)
    lac = c.pick("intact perineum", "1st degree laceration, hemostatic, not repaired",
                 "2nd degree laceration repaired with 3-0 Vicryl in the usual fashion",
                 "3rd degree (3a) laceration repaired by Dr. ___ in the OR", "bilateral labial abrasions")
    return [
        f"DELIVERY NOTE\n{c.sdt()}",
        c.alt(f"{c.mage()} {c.gp()} at {c.ga(34, 41)} admitted for "
        f"<<spontaneous labor@@IOL for gHTN@@IOL for post-dates@@PPROM@@IOL for oligohydramnios>>. "
        f"Labor course "
        f"<<uncomplicated@@notable for prolonged latent phase@@c/b intrapartum fever, treated with amp/gent@@augmented "
        f"with Pitocin>>. "
        f"Epidural <<placed at 5 cm@@declined@@placed, redosed x1>>. Pushed for {c.r.randint(5, 190)} min."),
        c.alt(f"Delivered a viable <<female@@male>> infant via "
        f"<<NSVD@@NSVD@@VAVD (Kiwi OmniCup, 2 pulls, no pop-offs)@@NSVD over a McRoberts maneuver for mild shoulder "
        f"dystocia>> "
        f"at {c.t()} in <<ROA@@LOA@@OA@@OP>> position. Nuchal cord x<<0@@1@@1, reduced>>. "
        f"Delayed cord clamping {c.r.randint(30, 60)} sec. Infant to mother's abdomen, {c.apgar()}, weight {g} g."),
        f"Placenta delivered {c.pick('spontaneously', 'with gentle traction', 'manually')} at {c.t()}, intact, "
        f"3-vessel cord. "
        f"Fundus firm after {c.pick('Pitocin', 'Pitocin and fundal massage', 'Pitocin, Methergine')}. "
        f"Perineum: {lac}. QBL {c.r.randint(150, 1600)} mL.",
        f"Cord gases: arterial pH 7.{c.r.randint(5, 35):02d} / BE -{c.r.randint(1, 12)}; venous pH "
        f"7.{c.r.randint(15, 40):02d}.\n"
        f"Placenta to {c.pick('L&D', 'pathology (intrapartum fever)', 'pathology (preterm)')}. Counts correct x2.",
        f"Mother and infant stable, bonding, plan {c.pick('breastfeeding', 'formula', 'combination feeding')}.\n"
        "Attending present for delivery: ___, MD\n___, MD (resident)",
    ]


def _doc_cesarean(c: _Ctx) -> list[str]:
    ind = c.pick("arrest of dilation", "non-reassuring fetal heart tracing", "breech presentation", "repeat, desired",
                 "placenta previa", "arrest of descent", "twin gestation, malpresentation of twin A")
    return [
        f"OPERATIVE REPORT\nDate of surgery: {c.sd()}",
        f"Preoperative diagnosis: Intrauterine pregnancy at {c.ga(30, 41)}; {ind}\n"
        f"Postoperative diagnosis: Same{c.pick('', '; nuchal cord x2', '; 2 cm extension of hysterotomy')}\n"
        f"Procedure: {c.pick('Primary', 'Repeat')} low transverse cesarean section via Pfannenstiel skin incision"
        f"{c.pick('', ', bilateral salpingectomy', ', two-layer hysterotomy closure')}\n"
        f"Surgeon: ___, MD\nAssistant: ___, MD\nAnesthesia: "
        f"{c.pick('spinal', 'epidural (dosed)', 'CSE', 'general endotracheal')}\n"
        f"EBL (QBL): {c.r.randint(450, 2200)} mL\nIVF: {c.r.randint(800, 3000)} mL LR\nUOP: {c.r.randint(50, 400)} mL "
        f"clear\n"
        f"Specimens: {c.pick('placenta to pathology', 'none', 'bilateral fallopian tubes')}\nComplications: "
        f"{c.pick('none', 'none apparent', 'uterine atony treated with Hemabate x1')}",
        f"Findings: Viable {c.pick('female', 'male')} infant in {c.pick('vertex', 'frank breech', 'transverse')} "
        f"presentation, "
        f"{c.apgar()}, weight {c.grams(1400, 4400)} g. Normal uterus, tubes and ovaries. "
        f"{c.pick('Clear fluid.', 'Meconium-stained fluid.', 'Thin adhesions.')}",
        "Description: The patient was taken to the operating room where anesthesia was found to be adequate. She was "
        "placed in the dorsal supine position with leftward tilt and prepped and draped in the normal sterile fashion. "
        "A Pfannenstiel skin incision was made with the scalpel and carried through to the fascia, which was nicked in "
        "the "
        "midline and extended laterally. The rectus muscles were separated in the midline and the peritoneum entered "
        "bluntly. An Alexis O retractor was placed. The bladder blade was inserted and a low transverse hysterotomy "
        "was made "
        "and extended bluntly. The infant was delivered atraumatically, the cord clamped and cut after 60 seconds, and "
        "the "
        "infant handed to the waiting pediatric team.",
        "The placenta was delivered with gentle traction. The uterus was cleared of clots and debris. The hysterotomy "
        "was "
        "closed in two layers with 0 Vicryl. Hemostasis was assured. The fascia was closed with 0 PDS, the "
        "subcutaneous "
        "tissue reapproximated with 3-0 plain, and the skin closed with 4-0 Monocryl and Dermabond. Sponge, lap and "
        "needle "
        "counts were correct x2. The patient tolerated the procedure well and was taken to PACU in stable condition.",
        "I was present and scrubbed for the entire procedure.\n___, MD",
    ]


def _doc_pp_discharge(c: _Ctx) -> list[str]:
    mode = c.pick("NSVD", "primary LTCS", "repeat LTCS", "VAVD")
    return [
        _mimic_header(c, "OBSTETRICS/GYNECOLOGY"),
        c.alt("Chief Complaint:\n"
        "<<Contractions@@Scheduled induction@@Scheduled repeat cesarean@@Leakage of fluid@@Elevated blood pressure>>"),
        c.alt(f"Major Surgical or Invasive "
        f"Procedure:\n{mode}"
        f"<<@@, perineal laceration repair@@, Bakri balloon placement@@, blood transfusion 2 units pRBC>>"),
        f"History of Present Illness:\n{c.mage()} {c.gp()} at {c.ga(33, 41)} who presented with "
        f"{c.pick('SROM', 'regular contractions', 'BPs 150s/100s', 'decreased FM')}. "
        f"Prenatal course notable for "
        f"{c.pick('GDMA2 on insulin', 'gHTN', 'obesity (BMI 41)', 'anemia', 'nothing significant', 'prior LTCS')}.",
        c.alt("Past Medical History:\n<<Asthma@@Depression, on sertraline@@None@@Hypothyroidism@@Migraines>>"),
        c.alt(f"Brief Hospital Course:\nMs. ___ was admitted to Labor and Delivery and underwent {mode} on ___ "
        f"delivering a viable infant, {c.apgar()}. "
        f"Postpartum course "
        f"<<was uncomplicated@@was notable for PPH (QBL 1.4 L) treated with uterotonics@@was notable for postpartum "
        f"preeclampsia with severe features treated with magnesium x24h@@was notable for urinary retention requiring "
        f"Foley>>. "
        f"Hct {c.r.randint(24, 38)} on PPD1. On the day of discharge she was ambulating, voiding, tolerating a regular "
        f"diet and pain was "
        f"well controlled with Motrin and Tylenol."),
        c.alt("Medications on Admission:\n1. Prenatal vitamin 1 tab PO daily\n2. <<Labetalol 200 mg PO BID@@"
              "Ferrous sulfate 325 mg PO daily@@Insulin NPH 12 units qHS@@none>>"),
        "Discharge Medications:\n1. Ibuprofen 600 mg PO Q6H:PRN pain\n2. Acetaminophen 650 mg PO Q6H:PRN pain\n"
        "3. Docusate sodium (Colace) 100 mg PO BID\n"
        + c.alt("4. <<Nifedipine ER (Procardia XL) 30 mg PO daily@@Oxycodone 5 mg PO Q4H:PRN severe pain, #10@@"
                "Ferrous sulfate 325 mg PO daily@@Lovenox 40 mg SC daily x 6 weeks>>"),
        "Discharge Disposition:\nHome",
        f"Discharge Diagnosis:\nS/p {mode} at "
        f"{c.ga(34, 41)}\n"
        f"{c.pick('Postpartum anemia', 'Gestational hypertension', 'Preeclampsia without severe features', 'GDMA2')}",
        "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
        "interactive.\nActivity Status: Ambulatory - Independent.",
        "Discharge Instructions:\nPelvic rest for 6 weeks. Nothing in the vagina. Call for fever >100.4, heavy "
        "bleeding (soaking a pad an hour), "
        "headache not relieved by Tylenol, visual changes, or pain in your calf.",
        f"Followup Instructions:\nBP check in {c.pick('3 days', '1 week', '72 h')}; postpartum visit with Dr. ___ in "
        f"{c.pick('2', '6')} weeks.",
    ]


def _doc_nicu_admission(c: _Ctx) -> list[str]:
    ga = c.ga(23, 36)
    bw = c.grams(480, 2900)
    return [
        f"NICU ADMISSION HISTORY AND PHYSICAL\nBaby {c.pick('Girl', 'Boy')} ___   DOL 0   GA at birth {ga}   BW {bw} "
        f"g\nAdmit time: {c.t()}",
        c.alt(f"Maternal history: {c.mage()} {c.gp()}, blood type <<O+@@A+@@B-@@O->>, antibody screen neg, RPR "
        f"NR, rubella immune, "
        f"HBsAg neg, HIV neg, GBS <<neg@@pos (adequately treated)@@unknown>>. Pregnancy c/b "
        f"<<preterm labor@@PPROM x 5 days@@severe preeclampsia@@IUGR with absent EDF@@chorioamnionitis@@placental "
        f"abruption>>. "
        f"Betamethasone <<complete@@x1 dose@@not given>>; magnesium <<given@@not given>>. ROM "
        f"{c.r.randint(0, 200)} h."),
        c.alt(f"Delivery: <<Stat C/S@@Vaginal@@Repeat C/S@@Emergent C/S under GA>>. Infant "
        f"<<apneic and limp@@with weak cry@@vigorous@@with poor tone>> at birth; "
        f"<<PPV via NeoPuff for 60 s@@CPAP in the DR@@intubated in the DR for poor respiratory effort@@stimulation and "
        f"blow-by O2>>. {c.apgar()}."),
        f"Exam: Wt {bw} g ({c.r.randint(3, 90)}th %ile, Fenton), HC {c.r.randint(21, 33)} cm, L {c.r.randint(29, 47)} "
        f"cm\n"
        f"T {c.r.randint(35, 37)}.{c.r.randint(0, 9)} HR {c.r.randint(120, 180)} RR {c.r.randint(30, 80)} BP "
        f"{c.r.randint(30, 60)}/{c.r.randint(18, 40)} SpO2 {c.r.randint(85, 99)}% on "
        f"{c.pick('CPAP +6 FiO2 30%', 'SIMV', 'RA', 'HFOV')}\n"
        "HEENT: AFOSF, palate intact. Resp: mild retractions, coarse BS. CV: RRR, no murmur, CRT <3 s. Abd: soft, 3VC. "
        "Skin: gelatinous / bruising. Neuro: tone appropriate for GA. New Ballard c/w dates.",
        c.alt("A/P: Preterm infant admitted to NICU\n"
        f"RESP: RDS - "
        f"<<Curosurf x1 via INSURE@@bubble CPAP +6 (Fisher & Paykel)@@intubated, surfactant given@@RA, monitor>>; "
        f"caffeine load.\n"
        "CV: hemodynamically stable; follow perfusion. UAC/UVC placed, babygram for position.\n"
        f"FEN: NPO, TPN/IL via UVC at {c.r.randint(70, 100)} mL/kg/d; trophic EBM when available; glucose checks.\n"
        f"ID: <<CBC/BCx sent, amp/gent x 36-48 h r/o sepsis@@low risk, no abx@@CBC/BCx, amp/gent for maternal "
        f"chorio>>.\n"
        "HEME: bili at 24 h; type and Coombs sent.\nNEURO: HUS at DOL 7 per protocol.\nSOCIAL: parents updated at "
        "bedside."),
        "___, MD (NICU fellow)\nSeen and examined with attending ___, MD",
    ]


def _doc_nicu_progress(c: _Ctx) -> list[str]:
    dol = c.r.randint(2, 90)
    wt = c.grams(600, 3600)
    table = (f"| Lab | Value | Ref |\n|---|---|---|\n| Na | {c.r.randint(130, 148)} | 135-145 |\n| K | "
             f"{c.r.randint(3, 6)}.{c.r.randint(0, 9)} | 3.5-6 |\n"
             f"| Glucose | {c.r.randint(45, 190)} | 50-110 |\n| T bili | {c.r.randint(2, 14)}.{c.r.randint(0, 9)} | - "
             f"|\n| Hct | {c.r.randint(28, 55)} | 35-55 |")
    copied = c.pick("[copied forward from note of ___ - reviewed and updated]", "*** Copied from prior note ***",
                    "(carried forward, edited for today)")
    return [
        f"NICU PROGRESS NOTE\nDOL {dol}   CGA {c.ga(26, 42)}   Wt {wt} g ({c.pick('+', '-')}{c.r.randint(0, 60)} g)",
        c.alt("Interval events: "
        "<<No A/B/Ds overnight.@@3 self-resolved A/B/D events, 1 requiring stim.@@Weaned to NC 1 L.@@Increased FiO2 "
        "needs to 40%, CXR obtained.@@Feeding intolerance with bilious aspirate x1 - KUB neg.>>"),
        copied,
        c.alt(f"RESP: <<bubble CPAP +5@@NIPPV 20/6@@HFNC 3 L@@RA@@SIMV PC 18/5 rate 30>>, FiO2 "
        f"{c.r.randint(21, 45)}%. "
        f"Caffeine citrate <<5 mg/kg daily@@10 mg/kg daily@@d/c on DOL ___>>. Plan: wean as tolerated.\n"
        f"FEN: TF {c.r.randint(120, 170)} mL/kg/d, "
        f"<<EBM 24 kcal with Similac HMF@@EBM 26 kcal with Prolacta +6@@DBM 22 kcal@@Neosure 22 kcal>>, "
        f"<<NG q3h@@OG continuous@@PO/NG cue-based>>. Voiding and stooling. Vit D, iron.\n"
        f"ID: <<no active issues@@day 5/7 amp/cefotaxime for culture-neg sepsis@@MRSA screen neg>>.\n"
        f"HEME/BILI: "
        f"<<phototherapy d/c yesterday, rebound bili in AM@@Hct stable, no transfusion@@transfused 15 mL/kg pRBC "
        f"x1>>.\n"
        f"NEURO: HUS <<normal@@grade I GMH bilaterally@@grade II IVH on L, repeat DOL 14>>. ROP exam "
        f"<<pending@@stage 1 zone II@@immature zone II>>."),
        f"Labs:\n{table}",
        c.alt("SOCIAL: "
        "<<Parents visited, updated at bedside.@@Mother called, updated by phone.@@Family meeting scheduled with "
        "SW.@@Parents doing kangaroo care daily.>>"),
        "___, NNP-BC / ___, MD",
    ]


def _doc_nicu_discharge(c: _Ctx) -> list[str]:
    ga = c.ga(24, 34)
    sex = c.pick("M", "F")
    return [
        _mimic_header(c, "NEONATOLOGY", sex),
        f"History of Present Illness:\nBaby {'boy' if sex == 'M' else 'girl'} ___ is a former {ga} infant born to a "
        f"{c.mage()} {c.gp()} mother "
        f"by {c.pick('C/S for NRFHT', 'vaginal delivery after preterm labor', 'C/S for severe preeclampsia')}. BW "
        f"{c.grams(500, 2500)} g.",
        c.alt("Hospital Course by Systems:\n"
        f"RESP: <<Received surfactant x2; extubated DOL 3 to CPAP; RA since DOL 30.@@CPAP x 5 days, then "
        f"RA.@@Intubated x 2 weeks; BPD, on 1/8 L NC at discharge.>>\n"
        f"CV: <<PDA treated with acetaminophen, closed on echo.@@Murmur - PFO on echo, no follow-up "
        f"needed.@@Hemodynamically stable throughout.>>\n"
        f"FEN: Full enteral feeds DOL {c.r.randint(7, 30)}. Discharged on "
        f"<<Neosure 22 kcal ad lib@@EBM fortified to 24 kcal with Enfamil powder@@breastfeeding plus 2 bottles of "
        f"fortified EBM>>.\n"
        f"GI/BILI: Peak bili {c.r.randint(6, 14)}.{c.r.randint(0, 9)}; phototherapy x {c.r.randint(1, 6)} days.\n"
        f"NEURO: HUS <<normal x2@@grade I GMH, resolved@@mild ventriculomegaly, stable>>.\n"
        f"ID: <<Rule-out sepsis x 48 h, cultures neg.@@No infections.@@Treated 7 days for UTI (E. coli).>>"),
        f"Discharge weight {c.grams(1800, 3600)} g; HC {c.r.randint(29, 36)} cm; length {c.r.randint(40, 52)} cm.",
        "Screening:\n  Newborn screen #1 ___  #2 ___  #3 ___ - all normal\n  Hearing (AABR): pass bilaterally\n"
        "  CCHD screen: pass\n  Car seat challenge (90 min): pass\n"
        f"  ROP: {c.pick('mature zone III', 'stage 1 zone III, f/u in 2 weeks', 'not indicated')}",
        "Immunizations: Hepatitis B vaccine (Engerix-B) given ___; 2-month vaccines given ___. Synagis / Beyfortus per "
        "season.",
        f"Discharge Medications:\n1. Poly-vi-sol with iron 1 mL PO daily\n2. "
        f"{c.pick('Vitamin D 400 IU daily', 'Ferrous sulfate 2 mg/kg/day', 'Caffeine (discontinued)')}",
        "Followup Instructions:\nPediatrician Dr. ___ within 48 h of discharge.\nEarly Intervention referral placed.\n"
        "NICU Follow-up clinic (developmental) at 4 months corrected age.\nOphthalmology ___.",
    ]


def _doc_lactation(c: _Ctx) -> list[str]:
    return [
        f"LACTATION CONSULT\n{c.sdt()}    Requested by: ___ RN",
        c.alt("Reason for consult: "
        "<<sore nipples@@preterm infant in NICU, pumping@@low milk supply concern@@infant weight loss 9%@@latch "
        "difficulty@@history of breast reduction>>"),
        c.alt(f"Maternal: {c.mage()} {c.gp()}, <<NSVD@@C/S@@VAVD>> at {c.ga(26, 41)}. "
        f"<<First time breastfeeding.@@Breastfed first child x 6 months.@@PCOS, hypothyroid.@@No breast surgery.>> "
        f"Breasts <<soft@@filling@@engorged>>, nipples <<everted@@flat@@L cracked, R intact>>."),
        f"Infant: DOL {c.r.randint(1, 14)}, wt {c.grams(1500, 4200)} g ({c.pick('-', '+')}{c.r.randint(0, 11)}% from "
        f"BW). Voids {c.r.randint(1, 8)}, stools {c.r.randint(0, 6)} in 24 h.",
        c.alt(f"Observation of feed: LATCH score {c.r.randint(4, 10)}/10. "
        f"<<Shallow latch corrected with football hold.@@Audible swallows after 2 min.@@Sleepy at breast, hand "
        f"expression taught.@@Tongue-tie noted (Hazelbaker score low), referred to peds.>>"),
        c.alt("Pumping: "
        "<<hospital-grade pump (Medela Symphony) initiated@@Spectra S1 at home@@hand expression only@@pumping 8x/day, "
        "30-60 mL per session>>."),
        "Plan:\n- Feed 8-12 times in 24 h, on demand\n- Pump after feeds x 15 min\n- Supplement with EBM/donor milk "
        "via paced bottle as needed\n"
        "- Lanolin / breast milk to nipples\n- Outpatient lactation visit in 2-3 days",
        "___, RN, IBCLC",
    ]


def _doc_social_work(c: _Ctx) -> list[str]:
    return [
        f"SOCIAL WORK ASSESSMENT\nDate: {c.sd()}\nReferral source: "
        f"{c.pick('L&D RN', 'NICU team', 'OB provider', 'positive substance screen', 'EPDS 14')}",
        "Sources of information: chart review, patient, RN, ___ (FOB).",
        c.alt(f"Background: Pt is a {c.mage()} {c.gp()} s/p <<NSVD@@C/S>> of a <<term@@preterm>> infant. "
        f"Pt <<lives with FOB and 2 older children@@lives with her mother@@is currently staying in a shelter@@recently "
        f"moved in with a friend>>; "
        f"<<housing stable@@housing unstable@@lease ends next month>>. Employment: "
        f"<<works at a daycare@@unemployed@@student@@works nights at a warehouse>>."),
        f"Mental health: Hx of {c.pick('depression', 'anxiety', 'PTSD', 'no psychiatric history')}; "
        f"{c.pick('no current treatment', 'on sertraline 50 mg', 'sees a therapist')}. "
        f"EPDS today {c.r.randint(0, 22)}; denies SI/HI. Safety: denies IPV, feels safe at home.",
        f"Substance use: "
        f"{c.pick('denies', 'THC daily until 20 weeks', 'history of OUD, on buprenorphine', 'tobacco 1/2 ppd')}. "
        f"Infant tox {c.pick('not sent', 'pending', 'negative')}.",
        "Resources provided: WIC, Early Intervention referral, diaper bank, safe sleep (Pack 'n Play provided), "
        "National Maternal Mental Health Hotline 1-833-852-6262, postpartum support group list.",
        c.alt("Plan: <<No barriers to discharge identified.@@SW to follow daily while infant in NICU.@@Filed report "
              "with child protective services per hospital policy; plan of safe care completed.@@Assist with "
              "transportation for NICU visits.>>\n\n___, LICSW"),
    ]


def _doc_birth_worksheet(c: _Ctx) -> list[str]:
    return [
        "BIRTH CERTIFICATE / NEWBORN SCREENING WORKSHEET\n(facility copy - do not mail)",
        f"Child's name: ___\nDate of birth: ___        Time of birth: {c.t()}        Sex: {c.pick('F', 'M')}\n"
        f"Plurality: {c.pick('single', 'twin', 'single')}        Birth order: {c.pick('1', '2')}\nPlace of birth: ___ "
        f"Hospital        Facility ID: ___\n"
        f"Attendant: ___, {c.pick('MD', 'CNM', 'DO')}        Certifier: ___",
        "Mother's current legal name: ___\nMother's name prior to first marriage: ___\nMother's DOB: ___    Birthplace "
        "(state/country): ___\n"
        "Residence: ___ ___, ___, ___ ___\nMother's SSN: ___\nFather's name: ___    DOB: ___",
        f"Prenatal care began: {c.pick('1st trimester', '2nd trimester', '3rd trimester', 'none')}    Number of "
        f"prenatal visits: {c.r.randint(0, 16)}\n"
        f"Mother's height: {c.r.randint(58, 70)} in    Pre-pregnancy weight: {c.r.randint(105, 260)} lb\n"
        f"Cigarettes (before/1st/2nd/3rd tri): {c.pick('0/0/0/0', '10/5/2/0', '0/0/0/0')}\nPaid by: "
        f"{c.pick('Medicaid', 'private insurance', 'self-pay')}",
        f"Infant: Birthweight {c.grams(900, 4500)} g    Apgar 5 min {c.r.randint(3, 10)}    Apgar 10 min "
        f"{c.pick('N/A', '8', '9')}\n"
        f"Abnormal conditions: "
        f"{c.pick('none', 'NICU admission', 'assisted ventilation > 6 h', 'antibiotics for suspected sepsis')}"
        f"\nCongenital anomalies: {c.pick('none', 'cleft lip', 'Down syndrome (suspected)')}",
        f"NEWBORN SCREEN\nSpecimen collected: {c.sdt()}    Age at collection: {c.r.randint(24, 48)} h\n"
        f"Feeding: {c.pick('breast', 'formula', 'breast + formula', 'TPN')}    Transfused: {c.pick('no', 'yes')}    "
        f"Card/kit: ___\n"
        f"Hearing screen (AABR): {c.pick('pass/pass', 'pass/refer', 'refer/refer - outpatient rescreen')}\nCCHD pulse "
        f"ox: pre {c.r.randint(95, 100)}% post {c.r.randint(95, 100)}% - pass\n"
        f"Hep B vaccine: {c.pick('given', 'declined', 'given')}    Vitamin K: given    Erythromycin ointment: given",
        "Completed by: ___ (birth registrar)    Verified with mother at bedside.",
    ]


def _doc_transport(c: _Ctx) -> list[str]:
    return [
        f"NEONATAL TRANSPORT RECORD\nReferring facility: ___    Receiving: ___ NICU\nMode: "
        f"{c.pick('ground ambulance', 'rotor wing', 'fixed wing')}",
        f"Call received {c.t()}; team dispatched {c.t()}; at bedside {c.t()}; depart {c.t()}; arrival {c.t()}\nTeam: "
        f"RN ___ / RT ___ / NNP ___",
        "Reason for transport: "
        + c.alt(f"<<prematurity ({c.ga(23, 34)})@@respiratory distress, r/o PPHN@@suspected duct-dependent CHD@@"
                "HIE for therapeutic hypothermia@@bilious emesis, r/o malrotation>>"),
        c.alt(f"History: {c.mage()} {c.gp()} mother, "
        f"<<precipitous delivery@@C/S for abruption@@vaginal delivery>>. {c.apgar()}. "
        f"Referring team "
        f"<<intubated with 3.0 ETT, surfactant given@@placed on CPAP@@started PGE 0.05 mcg/kg/min@@initiated passive "
        f"cooling>>."),
        "Vitals:\nTime    HR    RR    BP       SpO2   Temp\n"
        f"{c.t()}   {c.r.randint(110, 180)}   {c.r.randint(30, 70)}    {c.r.randint(35, 60)}/{c.r.randint(18, 40)}    "
        f"{c.r.randint(85, 100)}%    {c.r.randint(35, 37)}.{c.r.randint(0, 9)}\n"
        f"{c.t()}   {c.r.randint(110, 180)}   {c.r.randint(30, 70)}    {c.r.randint(35, 60)}/{c.r.randint(18, 40)}    "
        f"{c.r.randint(85, 100)}%    {c.r.randint(35, 37)}.{c.r.randint(0, 9)}",
        c.alt("Interventions en route: "
        "<<none@@ETT suctioned x1@@NS bolus 10 mL/kg@@increased FiO2 to 60%@@D10 bolus for glucose 38>>. "
        "Equipment: transport isolette with <<NeoPuff@@T-piece@@transport ventilator>>; cooling "
        "<<passive@@active (servo)@@n/a>>."),
        "Report given to receiving NICU team. Parents updated by phone; mother remains at referring hospital.\n___, RN "
        "(transport)",
    ]


def _doc_ob_us(c: _Ctx) -> list[str]:
    bpd, hc, ac, fl = (c.r.randint(40, 95) for _ in range(4))
    return [
        f"EXAMINATION: OB ULTRASOUND, "
        f"{c.pick('DETAILED FETAL ANATOMY', 'FOLLOW-UP GROWTH', 'SINGLE OR FIRST GESTATION >14 WEEKS')}",
        f"INDICATION: {c.mage()} {c.gp()} at {c.ga(18, 36)} with "
        f"{c.pick('AMA', 'GDM', 'cHTN', 'prior SGA infant', 'size < dates', 'twin gestation')}. Evaluate anatomy and "
        f"growth.",
        f"TECHNIQUE: Transabdominal{c.pick('', ' and transvaginal')} real-time imaging with Voluson E10.",
        f"COMPARISON: {c.pick('___', 'None.', f'Prior study {c.sd()}.')}",
        f"FINDINGS:\nSingle live intrauterine pregnancy, {c.pick('cephalic', 'breech', 'transverse', 'variable')} "
        f"presentation. FHR {c.r.randint(120, 165)} bpm.\n"
        f"Placenta {c.pick('posterior', 'anterior', 'fundal', 'low-lying, 1.5 cm from the internal os')}, no previa. "
        f"Cord insertion central. "
        f"{c.pick('AFI 14.2 cm.', 'MVP 5.1 cm.', 'AFI 4.1 cm (oligohydramnios).', 'AFI 26 cm (polyhydramnios).')}\n"
        f"Cervical length {c.r.randint(15, 45)} mm transvaginal.",
        "Biometry:\n| Parameter | mm | GA | %ile |\n|---|---|---|---|\n"
        f"| BPD | {bpd} | {c.ga(18, 36)} | {c.r.randint(2, 98)} |\n| HC | {hc + 200} | {c.ga(18, 36)} | "
        f"{c.r.randint(2, 98)} |\n"
        f"| AC | {ac + 150} | {c.ga(18, 36)} | {c.r.randint(2, 98)} |\n| FL | {fl - 10} | {c.ga(18, 36)} | "
        f"{c.r.randint(2, 98)} |\n"
        f"EFW {c.grams(300, 3200)} g (Hadlock), {c.r.randint(2, 97)}th percentile.",
        c.alt("Anatomy: head, face, spine, 4-chamber heart and outflow tracts, stomach, kidneys, bladder, abdominal "
              "wall "
        "and extremities "
        "<<appear normal@@seen and normal; views of the face suboptimal@@normal except for echogenic intracardiac "
        "focus@@normal; mild pyelectasis (5 mm) on the left>>."),
        c.alt(f"IMPRESSION:\n1. Single live IUP at {c.ga(18, 36)}, "
        f"<<appropriate growth@@EFW <10th percentile, FGR@@LGA>>.\n"
        f"2. <<No structural anomaly identified.@@Recommend follow-up growth in 4 weeks.@@Recommend fetal "
        f"echocardiogram.@@Low-lying placenta; repeat at 32 weeks.>>"),
    ]


def _doc_fetal_mri(c: _Ctx) -> list[str]:
    return [
        "EXAMINATION: MRI FETAL (BRAIN AND BODY) WITHOUT CONTRAST",
        c.alt(f"INDICATION: {c.ga(20, 34)} fetus with "
        f"<<ventriculomegaly on ultrasound@@suspected CDH@@posterior fossa abnormality@@agenesis of the corpus "
        f"callosum@@neck mass@@open spinal dysraphism, fetal surgery evaluation>>."),
        "TECHNIQUE: Multiplanar single-shot fast spin echo T2-weighted images of the fetal brain and body at 1.5T, "
        "with "
        "diffusion-weighted and T1-weighted sequences. No gadolinium. Maternal sedation not used.",
        f"COMPARISON: Outside ultrasound {c.sd()}.",
        c.alt(f"FINDINGS:\nBrain: Lateral ventricular atrial diameter {c.r.randint(6, 18)} mm on the right and "
        f"{c.r.randint(6, 18)} mm on the left. "
        f"Corpus callosum <<present and normal in length@@not visualized@@thin>>. Cavum septi pellucidi "
        f"<<present@@absent>>. "
        f"Posterior fossa: vermis "
        f"<<normal in size and morphology@@small and rotated, Dandy-Walker spectrum@@normal; no Chiari II "
        f"malformation>>. "
        f"Sulcation appropriate for gestational age. No hemorrhage.\n"
        f"Body: <<Normal lungs with expected signal; observed-to-expected TLV not calculated.@@Left CDH with stomach "
        f"and bowel in the chest; O/E TLV 31%.@@No neck mass; airway patent.>> "
        f"Kidneys and bladder normal. AFV normal. Placenta <<anterior@@posterior>>, no accreta features."),
        c.alt("IMPRESSION:\n1. "
        "<<Mild isolated ventriculomegaly.@@Findings consistent with left CDH.@@Normal fetal brain MRI for "
        "gestational age.@@Complete agenesis of the corpus callosum.>>\n"
        "2. Results discussed with the Maternal-Fetal Medicine team; recommend genetic counseling."),
        "___, MD\nPediatric Radiology",
    ]


def _doc_head_us(c: _Ctx) -> list[str]:
    return [
        f"EXAMINATION: US HEAD (NEONATAL), PORTABLE\n{c.sdt()}",
        c.alt("INDICATION: "
        "<<Former 26-week infant, DOL 7 routine screen@@Prematurity, DOL 30 screen@@Seizure-like activity@@HIE on "
        "cooling@@Increasing head circumference>>."),
        "TECHNIQUE: Grayscale and color Doppler images through the anterior fontanelle in coronal and sagittal planes; "
        "mastoid views of the posterior fossa.",
        f"COMPARISON: {c.pick('None.', '___', f'Head ultrasound {c.sd()}.')}",
        c.alt(f"FINDINGS:\n"
        f"<<No germinal matrix or intraventricular hemorrhage.@@Bilateral germinal matrix hemorrhages (grade I, "
        f"Papile).@@Left grade II IVH without ventricular dilatation.@@Right grade III IVH with ventriculomegaly.>>\n"
        f"Ventricles <<normal in size@@mildly enlarged@@stable in size>>; right {c.r.randint(2, 14)} mm, "
        f"left {c.r.randint(2, 14)} mm (ventricular index).\n"
        f"Periventricular white matter "
        f"<<normal echogenicity@@mildly increased echogenicity (flaring)@@with small cysts c/w cystic PVL>>"
        f". "
        f"Extra-axial spaces normal. Resistive index in the ACA {c.r.randint(60, 85) / 100:.2f}. Posterior fossa "
        f"unremarkable; no vein of Galen malformation."),
        c.alt("IMPRESSION:\n"
        "<<Normal head ultrasound.@@Grade I germinal matrix hemorrhage bilaterally.@@Grade II IVH, left; recommend "
        "follow-up in 1 week.@@Findings concerning for PVL; MRI at term-equivalent age.>>"),
    ]


def _doc_babygram(c: _Ctx) -> list[str]:
    return [
        c.alt("EXAMINATION: "
        "<<BABYGRAM (CHEST AND ABDOMEN, SINGLE AP VIEW)@@CHEST (PORTABLE AP), NEONATE@@CHEST AND ABDOMEN AP, NICU>>"),
        c.alt("INDICATION: "
        "<<Line placement@@RDS, evaluate lung volumes@@Increased oxygen requirement@@Abdominal distension, r/o "
        "NEC@@ETT position>>."),
        f"COMPARISON: {c.pick('None.', '___', f'{c.sd()}')}",
        c.alt("FINDINGS:\nEndotracheal tube tip "
        "<<at T2@@at the thoracic inlet@@at the carina - recommend withdrawal 0.5 cm@@not present>>. "
        "UVC tip "
        "<<at the cavoatrial junction (T9)@@in the liver, recommend retraction@@at T8@@not present>>. "
        "UAC tip <<at T7@@at L3@@at T10@@not present>>. Enteric tube in the stomach.\n"
        "Lungs: <<diffuse granular opacities with air bronchograms c/w surfactant deficiency@@clear@@streaky "
        "perihilar opacities c/w retained fetal lung fluid@@right upper lobe collapse>>. "
        "<<No pneumothorax.@@Small left pneumothorax.@@No effusion or pneumothorax.>> Cardiothymic "
        "silhouette normal.\n"
        "Abdomen: "
        "<<nonobstructive bowel gas pattern; no pneumatosis or free air@@dilated loops without pneumatosis@@bubbly "
        "lucencies in the RLQ concerning for pneumatosis>>."),
        "IMPRESSION:\n"
        + c.alt(f"<<Lines and tubes as above. Findings c/w RDS.@@Low-lying ETT; retract.@@"
                f"Possible pneumatosis - NICU team notified at {c.t()}.@@No acute cardiopulmonary process.>>"),
    ]


def _doc_echo(c: _Ctx) -> list[str]:
    return [
        f"PEDIATRIC ECHOCARDIOGRAM REPORT\nStudy date: {c.sd()}    Location: NICU bed ___\nEquipment: Philips EPIQ CVx",
        f"Indication: "
        f"{c.pick('murmur', 'PDA evaluation', 'pulmonary hypertension', 'abnormal prenatal echo', 'hypotension')}\n"
        f"Wt {c.r.randint(5, 40) / 10:.1f} kg   BSA {c.r.randint(8, 25) / 100:.2f} m2   HR {c.r.randint(120, 180)}",
        "Measurements:\n"
        f"  LVIDd          {c.r.randint(10, 22)} mm     (Z {c.r.randint(-2, 2)})\n"
        f"  LVEF (M-mode)  {c.r.randint(50, 75)} %\n"
        f"  PDA diameter   {c.r.randint(0, 40) / 10:.1f} mm\n"
        f"  LA/Ao          {c.r.randint(10, 22) / 10:.1f}\n"
        f"  TR jet         {c.r.randint(15, 40) / 10:.1f} m/s",
        c.alt("Findings:\n"
        "<<Normal segmental anatomy.@@Situs solitus, levocardia.@@Normal intracardiac anatomy.>> "
        "<<PFO with left-to-right flow.@@Small secundum ASD with L-R flow.@@Intact atrial septum.>> "
        "<<Moderate PDA with left-to-right flow.@@Large PDA, bidirectional flow.@@No PDA.@@Tiny PDA, restrictive.>> "
        "<<Normal biventricular size and function.@@Mild RV dilation with flattened septum.@@Mildly decreased LV "
        "function.>> "
        "<<No coarctation.@@No evidence of Ebstein anomaly or Tetralogy of Fallot.@@Aortic arch left-sided, "
        "unobstructed.>>"),
        c.alt("Conclusions:\n1. "
        "<<Hemodynamically significant PDA.@@Structurally normal heart.@@Evidence of pulmonary hypertension.@@Small "
        "muscular VSD.>>\n"
        "2. <<Recommend repeat echo in 1 week.@@Follow up in Pediatric Cardiology clinic in 3 months.@@No follow-up "
        "needed.>>"),
        "___, MD, Pediatric Cardiology\n___, RDCS",
    ]


def _doc_doppler_bpp(c: _Ctx) -> list[str]:
    return [
        "EXAMINATION: OB US LIMITED - BIOPHYSICAL PROFILE AND FETAL DOPPLER",
        f"INDICATION: {c.ga(26, 39)} with "
        f"{c.pick('FGR', 'decreased fetal movement', 'cHTN', 'preeclampsia', 'GDMA2', 'MCDA twins')}.",
        f"COMPARISON: {c.pick('___', f'{c.sd()}', 'None.')}",
        "FINDINGS:\nBiophysical profile:\n"
        f"  Breathing {c.pick('2', '2', '0')}/2   Movement 2/2   Tone 2/2   Fluid {c.pick('2', '2', '0')}/2   NST "
        f"{c.pick('not performed', 'reactive')}\n"
        f"  Total {c.pick('8/8', '8/8', '6/8', '10/10')}. AFI {c.r.randint(4, 24)}.{c.r.randint(0, 9)} cm.\n"
        "Doppler:\n| Vessel | Index | Value | %ile |\n|---|---|---|---|\n"
        f"| UA | PI | {c.r.randint(70, 180) / 100:.2f} | {c.r.randint(5, 99)} |\n| UA | S/D | "
        f"{c.r.randint(20, 50) / 10:.1f} | - |\n"
        f"| MCA | PI | {c.r.randint(100, 220) / 100:.2f} | {c.r.randint(1, 90)} |\n| MCA | PSV MoM | "
        f"{c.r.randint(80, 160) / 100:.2f} | - |\n"
        f"| DV | a-wave | {c.pick('positive', 'reduced', 'absent')} | - |\n"
        f"End-diastolic flow in the UA {c.pick('present', 'absent', 'reversed', 'intermittently absent')}. CPR "
        f"{c.r.randint(80, 250) / 100:.2f}.",
        c.alt("IMPRESSION:\n1. BPP <<8/8@@6/8 - recommend repeat in 24 h@@8/8>>.\n2. "
        "<<Normal UA Doppler.@@Elevated UA PI (>95th %ile) with forward flow.@@Absent EDF - MFM notified.@@MCA PSV "
        "normal; no evidence of fetal anemia.>>"),
        "___, MD, Maternal-Fetal Medicine",
    ]


_DISCHARGE_KINDS = {
    "antenatal_mfm_letter": _doc_antenatal_letter, "ld_triage_note": _doc_triage, "delivery_note": _doc_delivery,
    "cesarean_operative_note": _doc_cesarean, "postpartum_discharge_summary": _doc_pp_discharge,
    "nicu_admission_note": _doc_nicu_admission, "nicu_progress_note": _doc_nicu_progress,
    "nicu_discharge_summary": _doc_nicu_discharge, "lactation_consult": _doc_lactation,
    "social_work_assessment": _doc_social_work, "birth_certificate_nbs_worksheet": _doc_birth_worksheet,
    "neonatal_transport_record": _doc_transport,
}
_RADIOLOGY_KINDS = {
    "ob_anatomy_growth_ultrasound": _doc_ob_us, "fetal_mri": _doc_fetal_mri, "neonatal_head_ultrasound": _doc_head_us,
    "babygram_chest_radiograph": _doc_babygram, "neonatal_echocardiogram": _doc_echo,
    "fetal_doppler_bpp_ultrasound": _doc_doppler_bpp,
}
DOCUMENT_KINDS = tuple(_DISCHARGE_KINDS) + tuple(_RADIOLOGY_KINDS)

def _x(*alts: str):
    """An extra-section generator choosing one of several static texts."""
    return lambda c: c.pick(*alts)


_EXTRAS: dict[str, tuple] = {
    "antenatal_mfm_letter": (
        lambda c: c.alt(f"Obstetric history: {c.gp()}. "
                  f"<<Prior term SVD without complication.@@Prior preterm birth at 31 weeks after PPROM.@@Prior LTCS "
                  f"for arrest of dilation.@@Two first-trimester losses.>> "
                  "Gynecologic history: regular menses, remote LEEP, no fibroids."),
        lambda c: f"Genetic screening: carrier screening "
                  f"{c.pick('negative', 'positive for SMA (partner tested negative)', 'declined')}; "
                  f"first-trimester NT {c.r.randint(10, 30) / 10:.1f} mm. Genetic counseling offered and "
                  f"{c.pick('accepted', 'declined')}.",
        _x("Counseling: We reviewed the natural history of the condition, the limits of ultrasound, and options for "
           "diagnostic testing including amniocentesis (procedure-related loss risk roughly 0.1-0.3%). She would like "
           "time "
           "to consider and will let us know at her next visit.",
           "Delivery planning: Given the findings we recommend delivery at a center with a Level III NICU. She was "
           "given a tour contact for Labor and Delivery and the NICU, and a neonatology consult will be arranged at 32 "
           "weeks."),
        lambda c: f"Vitals: BP {c.bp()}, pulse {c.r.randint(64, 108)}, weight {c.r.randint(120, 290)} lb. Urine dip "
                  f"{c.pick('negative', 'trace protein', '1+ protein', 'glucose 1+')}. "
                  f"Fundal height {c.r.randint(18, 38)} cm.",
    ),
    "ld_triage_note": (
        _x("ROS: denies fever, chills, dysuria, RUQ pain, headache, visual changes, SOB, chest pain, calf pain.",
           "ROS otherwise negtive. Pt reports good FM, last ate at 1800. No recent intercourse or trauma."),
        lambda c: f"Meds: PNV{c.pick('', ', iron', ', labetalol 200 BID', ', ASA 81', ', insulin')}. Allergies: "
                  f"{c.pick('NKDA', 'PCN (rash)', 'latex')}.\n"
                  f"PNC: {c.pick('OB practice', 'midwifery group', 'late to care')} - {c.r.randint(4, 14)} visits; "
                  f"NIPT low risk; anatomy US normal; GTT {c.pick('normal', 'failed 1 h, 3 h normal', 'not done')}.",
        lambda c: f"Bedside US: {c.pick('vertex', 'breech', 'vertex')}, FHR {c.r.randint(120, 160)}, AFI "
                  f"{c.r.randint(3, 25)} cm, placenta {c.pick('anterior', 'posterior', 'fundal')}, no previa.",
        lambda c: f"Reassessed at {c.t()}: SVE unchanged, ctx spacing out, FHT category I. Pt comfortable, ambulated x "
                  f"1 h.",
        _x("Labor precautions reviewed: regular contractions q5 min x 1 h, LOF, VB, decreased FM. Pt verbalized "
           "understanding.",
           "Preeclampsia precautions reviewed: headache, visual changes, RUQ pain, SOB."),
    ),
    "delivery_note": (
        lambda c: f"Labor summary:\n  Onset: {c.pick('spontaneous', 'induced (Cytotec/Foley/Pitocin)', 'augmented')}\n "
                  f" Complete at {c.t()}\n"
                  f"  2nd stage: {c.r.randint(5, 190)} min\n  3rd stage: {c.r.randint(3, 30)} min\n  GBS: "
                  f"{c.pick('neg', 'pos - PCN x2 doses >4 h', 'unknown - amp x1')}",
        lambda c: c.alt("Infant: "
                  "<<vigorous, cried at birth@@required stim and suctioning@@peds team present for meconium - "
                  "vigorous>>. "
                  "Vitamin K and erythromycin ointment given. Skin-to-skin initiated; "
                  "<<latched within 1 h@@to nursery for TTN evaluation@@bottle feeding>>."),
        _x("Pain control: epidural adequate throughout; removed intact after delivery. Fundus firm at U-1, lochia "
           "moderate.",
           "Uterotonics: Pitocin 30 units/500 mL at 333 mL/h x1 h then 125 mL/h. Fundus firm, minimal bleeding after "
           "massage."),
        lambda c: f"Maternal: BP {c.bp()}, HR {c.r.randint(70, 115)}, T {c.r.randint(97, 100)}.{c.r.randint(0, 9)}. "
                  f"Voided post-delivery. "
                  f"Plan routine postpartum care, Rh {c.pick('positive', 'negative - RhoGAM if infant Rh+')}, rubella "
                  f"immune.",
        _x("Debrief: Delivery reviewed with the patient and her support person; all questions answered.",
           "Sponge and needle counts correct. Perineum inspected by attending after repair; rectal exam normal."),
    ),
    "nicu_progress_note": (
        lambda c: f"Vitals (24 h): T "
                  f"{c.r.randint(36, 37)}.{c.r.randint(0, 9)}-{c.r.randint(36, 37)}.{c.r.randint(0, 9)}  HR "
                  f"{c.r.randint(130, 150)}-{c.r.randint(160, 185)}  "
                  f"RR {c.r.randint(30, 45)}-{c.r.randint(50, 75)}  BP {c.r.randint(40, 70)}/{c.r.randint(22, 40)} "
                  f"(mean {c.r.randint(30, 50)})  SpO2 {c.r.randint(88, 92)}-{c.r.randint(95, 100)}%\n"
                  f"I/O: in {c.r.randint(120, 170)} mL/kg/d, UOP {c.r.randint(2, 5)}.{c.r.randint(0, 9)} mL/kg/h, "
                  f"stools x{c.r.randint(0, 6)}",
        _x("Exam: Asleep in isolette, pink, well perfused. AFOSF. Mild subcostal retractions, equal BS. RRR, soft "
           "murmur "
           "LUSB. Abd soft, nondistended, active BS. Tone appropriate for CGA. Skin intact; PICC site clean.",
           "Exam: In open crib, active with cares. Comfortable WOB on NC. No murmur. Abd soft. Moves all extremities. "
           "Diaper area with mild erythema."),
        _x("Lines: PICC (R arm) day 9, tip at SVC/RA junction on CXR; UVC removed.",
           "Lines: PIV only. Meds: caffiene, vitamin D, iron, nystatin ppx."),
        lambda c: f"Growth: wt {c.pick('up', 'down', 'stable')}, HC {c.r.randint(24, 35)}.{c.r.randint(0, 9)} cm "
                  f"(+{c.r.randint(0, 12) / 10:.1f}), weekly length pending. "
                  f"Average gain {c.r.randint(8, 25)} g/kg/d over the past week.",
        _x("Discharge planning: CCHD/hearing screens pending; car seat test at 37 weeks CGA; parents to complete CPR "
           "class.",
           "Family: parents rooming in tonight; teaching on NG feeds started."),
    ),
    "lactation_consult": (
        _x("Education: hunger cues, deep latch, hand expression, pumping frequency, storage of breast milk (room temp "
           "4 h, "
           "refrigerator 4 days, freezer 6 months), signs of adequate intake, when to call.",
           "Education: paced bottle feeding, skin-to-skin, cluster feeding, avoiding pacifier until feeding "
           "established."),
        lambda c: c.alt(f"Medications: "
                  f"<<none relevant@@sertraline - compatible with breastfeeding@@labetalol - compatible@@oxycodone prn "
                  f"- limit use, monitor infant sedation>>. "
                  f"Milk expressed this session: {c.r.randint(0, 60)} mL. Flange size <<21@@24@@27>> mm."),
        lambda c: f"Infant oral exam: palate intact, tongue elevation {c.pick('full', 'limited')}, suck "
                  f"{c.pick('coordinated', 'disorganized', 'weak')}. "
                  f"Weight check pre/post feed: {c.r.randint(2, 40)} mL transfer.",
        _x("Mother's goals: exclusive breastfeeding for 6 months; returning to work at 12 weeks, will need pump.",
           "Mother's goals: combination feeding; comfortable with formula supplementation as needed."),
    ),
    "social_work_assessment": (
        _x("Supports: Pt's mother and sister are available to help; FOB involved and supportive. Pt has a car seat, "
           "crib and supplies. Transportation: has own car.",
           "Supports: limited; family lives out of state. Pt is connected with a church community. No car - uses "
           "public transportation; MassRides/taxi vouchers discussed."),
        lambda c: f"Financial: "
                  f"{c.pick('Medicaid', 'private insurance through employer', 'uninsured - application assisted')}; "
                  f"WIC {c.pick('active', 'referral made', 'declined')}; "
                  f"SNAP {c.pick('active', 'applied', 'not eligible')}. Pt reports "
                  f"{c.pick('no', 'some', 'significant')} financial stress.",
        _x("Coping: Pt tearful discussing the NICU admision but engaged and asking appropriate questions. Normalized "
           "feelings; discussed baby blues versus postpartum depression and anxiety.",
           "Coping: Pt calm and future-oriented; reports good sleep when able. Partner present for part of the visit."),
        _x("Legal: No current DCF involvement. No custody issues reported. Paternity acknowledgment form explained.",
           "Legal: No open cases. Pt aware of the plan of safe care process and agreeable."),
    ),
    "neonatal_transport_record": (
        _x("Pre-transport stabilization: S.T.A.B.L.E. - sugar/safe care, temperature, airway, blood pressure, labs, "
           "emotional support reviewed with referring team.",
           "Pre-transport checklist: consent signed, maternal records copied, images on disk, cord blood sent with "
           "team."),
        lambda c: f"Labs at referring: glucose {c.r.randint(25, 120)}, gas "
                  f"7.{c.r.randint(5, 40):02d}/{c.r.randint(30, 75)}/{c.r.randint(40, 200)}/-{c.r.randint(1, 15)}, "
                  f"CBC WBC {c.r.randint(4, 30)}, plt {c.r.randint(90, 400)}; blood culture "
                  f"{c.pick('sent', 'not sent')}.",
        lambda c: c.alt(f"Meds given by transport team: "
                  f"<<ampicillin 100 mg/kg@@gentamicin 4 mg/kg@@morphine 0.05 mg/kg@@PGE1 0.05 mcg/kg/min@@none>>; "
                  f"fluids D10W at {c.r.randint(60, 100)} mL/kg/d."),
        _x("Handoff: SBAR given to receiving RN and NICU attending at bedside. Parents given NICU phone number and "
           "parking information.",
           "Handoff: Report to NICU charge RN; infant placed on unit monitor; transport equipment cleaned."),
    ),
    "ob_anatomy_growth_ultrasound": (
        lambda c: f"Fetal activity: {c.pick('active', 'normal tone and movement', 'limited movement')}. Uterus and "
                  f"adnexa: {c.pick('unremarkable', '3 cm subserosal fibroid', 'small simple left ovarian cyst')}.",
        _x("NOTE: Ultrasound cannot detect all fetal anomalies. Limitations discussed with the patient.",
           "Images were reviewed in real time by the attending physician."),
        lambda c: f"Dating: LMP EDD and ultrasound EDD agree within {c.r.randint(1, 7)} days; dating by "
                  f"{c.pick('LMP', 'first-trimester ultrasound')} retained.",
    ),
    "fetal_mri": (
        _x("Additional findings: The fetal orbits, lenses and nasopharynx are normal. The stomach is of normal size "
           "and "
           "position. The bowel is normal in caliber with expected T1 hyperintense meconium in the colon.",
           "Additional findings: The spine is normal in alignment; the conus terminates at a normal level."),
        _x("Limitations: Mild fetal motion degrades some sequences; diagnostic overall.",
           "Limitations: Maternal body habitus limits signal; repeat imaging may be considered at 32 weeks."),
    ),
    "neonatal_head_ultrasound": (
        _x("The choroid plexus is normal bilaterally. The cavum septi pellucidi is present. The thalami and basal "
           "ganglia "
           "are symmetric in echogenicity. The third ventricle is normal in size.",
           "The corpus callosum is present. The cerebellum and vermis are normal in appearance on mastoid views. No "
           "extra-axial fluid collection."),
        lambda c: f"Measurements:\n  Right lateral ventricle (AHW)  {c.r.randint(1, 6)}.{c.r.randint(0, 9)} mm\n  Left "
                  f"lateral ventricle (AHW)   {c.r.randint(1, 6)}.{c.r.randint(0, 9)} mm\n"
                  f"  Thalamo-occipital distance    {c.r.randint(15, 28)} mm\n  Third ventricle               "
                  f"{c.r.randint(1, 4)} mm",
        _x("RECOMMENDATION: Follow-up head ultrasound at 4 weeks of life and at 36 weeks corrected gestational age per "
           "protocol.",
           "RECOMMENDATION: No further imaging required unless clinically indicated."),
    ),
    "babygram_chest_radiograph": (
        lambda c: f"TECHNIQUE: Portable AP supine radiograph of the chest and abdomen in the isolette at {c.t()}.",
        _x("Bones: no fracture. Vertebral segmentation normal. Eleven pairs of ribs are not identified; twelve pairs "
           "present.",
           "Soft tissues unremarkable. Skin folds projecting over the left hemithorax mimic a pneumothorax; no true "
           "pleural line."),
        _x("Support devices: ECG leads and temperature probe overlie the chest. No displaced devices.",
           "Lines: right PICC tip projects at the cavoatrial junction."),
        lambda c: f"Lung volumes: {c.pick('low', 'normal', 'hyperexpanded with 9 posterior ribs')}. Heart size normal "
                  f"(CTR {c.r.randint(50, 62)}%).",
        _x("Findings communicated to the NICU team by the radiologist via the secure messaging system.",
           "Preliminary report reviewed by the overnight radiology resident; no discrepancy."),
    ),
    "neonatal_echocardiogram": (
        lambda c: f"Technique: Complete 2D, M-mode, color and spectral Doppler transthoracic study. Sedation: none. "
                  f"Study quality: {c.pick('good', 'fair - limited by infant movement', 'limited subcostal windows')}.",
        _x("Systemic veins: normal SVC and IVC to the RA. Pulmonary veins: at least 3 seen draining to the LA, "
           "unobstructed.\n"
           "Valves: normal tricuspid, mitral, pulmonary and aortic valves without stenosis; trivial TR.",
           "Coronaries: normal origins by color Doppler. Arch: left arch with normal branching; no coarctation by 2D "
           "and color."),
        lambda c: f"Ventricular function: LV fractional shortening {c.r.randint(28, 45)}%, TAPSE {c.r.randint(5, 10)} "
                  f"mm. "
                  f"RVSP estimated {c.r.randint(20, 70)} mmHg + RA pressure. Septal position "
                  f"{c.pick('normal', 'flattened in systole', 'bowing into the LV')}.",
        _x("Pericardium: no effusion.\nComparison with prior: not available.",
           "Pericardium: trivial effusion, not hemodynamically significant."),
    ),
    "fetal_doppler_bpp_ultrasound": (
        lambda c: f"Fetal position: {c.pick('cephalic', 'breech', 'transverse')}. FHR {c.r.randint(115, 165)} bpm, "
                  f"regular. Placenta {c.pick('anterior', 'posterior', 'fundal')}.",
        _x("NST performed in the unit: reactive, baseline 140, moderate variability, accelerations present, no "
           "decelerations.",
           "NST not performed; BPP interpreted with ultrasound parameters only."),
        _x("Technique: Transabdominal imaging with color and pulsed Doppler; insonation angle < 30 degrees; "
           "measurements averaged over 3 waveforms.",
           "Doppler indices obtained during fetal quiescence without fetal breathing."),
        _x("Recommendation: Continue twice-weekly BPP and weekly UA Doppler; delivery timing per MFM.",
           "Recommendation: Repeat Dopplers in 1 week; growth in 3 weeks."),
    ),
}
_LATE_SECTIONS = ("recommendation", "handoff", "discharge planning", "debrief", "limitations", "pericardium",
                  "findings communicated", "preliminary report", "family:", "mother's goals", "legal:")
_GENERIC_EXTRAS = {
    "discharge": (
        _x("Plan reviewed with patient and family; questions answered. Interpreter used where needed.",
           "All questions answered to the family's satisfaction."),
        lambda c: f"Labs: Hgb {c.r.randint(7, 14)}.{c.r.randint(0, 9)}, Plt {c.r.randint(90, 380)}, Cr "
                  f"0.{c.r.randint(4, 9)}, AST {c.r.randint(12, 90)}, ALT {c.r.randint(10, 90)}, "
                  f"UPC 0.{c.r.randint(1, 9)}",
        _x("Pt verbalized understanding of the plan and return precautions.",
           "Time spent: 45 minutes, more than half in counseling and coordination of care."),
        lambda c: f"Blood type {c.pick('O+', 'A+', 'B+', 'A-')}; antibody screen negative; rubella immune; RPR "
                  f"non-reactive; HIV negative; HBsAg negative.",
    ),
    "radiology": (
        _x("This report was dictated using voice recognition software; minor transcription errors may be present.",
           "Images and report are available in PACS."),
        _x("DOSE: Not applicable (ultrasound/MRI) or per departmental protocol.",
           "Exam performed at the bedside in the NICU/antepartum unit."),
        lambda c: (lambda d: f"Dictated: {c.look(d + ' ' + c.t())}   Transcribed: {c.look(d + ' ' + c.t())}")(
            f"{c.r.randint(2110, 2195)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"),
        _x("Attending review: I have personally reviewed the images and agree with the report as written.",
           "Findings discussed with the requesting clinician."),
    ),
}


_HEAVY_BLOCKS = (
    "Contacts on file:\nMother: ___ (cell ___)\nFather: ___ (cell ___)\nMGM: ___ ___\n"
    "Pediatrician: Dr. ___ at ___, phone ___, fax ___\nAddress: ___ ___, ___, ___ ___",
    "Prior records: ___ (___), ___ (___); outside US by ___ at ___ dated ___; reviewed with Dr. ___ on ___ at ___.",
    "Transferred from ___ Hospital (___) on ___ by ___ ambulance; accompanied by ___ and ___. Report from ___ RN.",
    "Insurance: ___  Member ID: ___  Group: ___  Subscriber: ___ (DOB ___)",
    "Twin A: ___ (MRN ___)  Twin B: ___ (MRN ___)  Mother: ___ (MRN ___)  Acct ___",
    "Family: ___ (mother, ___ yo), ___ (FOB, ___ yo), ___ (sibling, ___), ___ (MGM) - all live at ___ in ___.",
    "Signed: ___, MD ___ / ___, RN ___ / ___, CNM ___ / ___, LICSW ___",
    "Exam ordered by ___ (___) for ___; comparison ___ at ___ and ___; results called to ___ at ___ on ___.",
    "Outside images: ___ Hospital, ___ ___ (accession ___), received on disk from ___ on ___.",
)


# --------------------------------------------------------------------------------------------------
# Low-discrepancy schedule of plants
# --------------------------------------------------------------------------------------------------

_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61)
_WEIGHTS = {c: 4.0 for c in CATEGORIES} | {"PERSON": 13.0, "LOCATION": 8.0, "ORGANIZATION": 8.0, "DATE_REAL_YEAR": 8.0}
_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _c in CATEGORIES:
    _acc += _WEIGHTS[_c]
    _CUM.append((_acc, _c))
_TOTAL_W = _acc

HEAVY_SHARE = 0.05
PLANT_SHARE = 0.60  # of the non-heavy notes
DISCHARGE_SHARE = 0.55


def _weyl(k: int, seed: int, i: int) -> float:
    """k-th low-discrepancy sequence: frac((i + 1) * sqrt(p_k) + seed * sqrt(p_{k+9}))."""
    a = math.sqrt(_PRIMES[k]) % 1.0
    b = math.sqrt(_PRIMES[k + 9]) % 1.0
    return ((i + 1) * a + seed * b) % 1.0


_GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0
_SLOT_PREFIX: dict[int, list[int]] = {}  # seed -> number of plant slots in notes 0..i-1 (a pure cache)


def _gate(seed: int, i: int) -> tuple[bool, str, int]:
    """(heavy, note_type, number of plants) for note i."""
    heavy = _weyl(0, seed, i) < HEAVY_SHARE
    note_type = "discharge" if _weyl(1, seed, i) < DISCHARGE_SHARE else "radiology"
    if heavy or _weyl(2, seed, i) >= PLANT_SHARE:
        return heavy, note_type, 0
    u = _weyl(3, seed, i)
    return heavy, note_type, (1 if u < 0.36 else 2 if u < 0.66 else 3 if u < 0.87 else 4)


def _slot_start(seed: int, i: int) -> int:
    pre = _SLOT_PREFIX.setdefault(seed, [0])
    while len(pre) <= i:
        pre.append(pre[-1] + _gate(seed, len(pre) - 1)[2])
    return pre[i]


def _schedule(seed: int, i: int) -> tuple[bool, str, list[str]]:
    """(heavy, note_type, planted categories) for note i.

    Plant slots are numbered consecutively over the corpus of a seed; slot s gets the category whose share
    of the weight line contains frac((s + 1) * golden + seed * sqrt(2)), so every category's count tracks its
    weight closely in every seed, and the (at most 4) consecutive slots of one note never repeat a category.
    """
    heavy, note_type, n = _gate(seed, i)
    cats: list[str] = []
    first = _slot_start(seed, i)
    for s in range(first, first + n):
        x = (((s + 1) * _GOLDEN + seed * math.sqrt(2.0)) % 1.0) * _TOTAL_W
        idx = next((j for j, (cum, _) in enumerate(_CUM) if x < cum), len(_CUM) - 1)
        while _CUM[idx][1] in cats:
            idx = (idx + 1) % len(_CUM)
        cats.append(_CUM[idx][1])
    return heavy, note_type, cats


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (depends only on seed and i)."""
    _, note_type, _ = _schedule(seed, i)
    kinds = tuple(_DISCHARGE_KINDS) if note_type == "discharge" else tuple(_RADIOLOGY_KINDS)
    return random.Random(f"h37:kind:{seed}:{i}").choice(kinds)


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")
_MONTHS_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE_RES = (
    re.compile(r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](\d{4})(?![\w/])"),
    re.compile(r"(?<![\w/.-])(\d{4})[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)"),
    re.compile(r"\b" + _MONTHS_RE + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b"),
    re.compile(r"\b\d{1,2}[\s-]" + _MONTHS_RE + r"\.?[\s,-]+(\d{4})\b"),
    re.compile(r"\b" + _MONTHS_RE + r"\.?\s+(\d{4})\b"),
)
Piece = str | tuple[str, str]


def _fill(c: _Ctx, name: str) -> str:
    r = c.r
    if name == "M":
        return "___"
    if name == "sd":
        return c.sd()
    if name == "t":
        return c.t()
    if name == "ga":
        return c.ga()
    if name == "st":
        return r.choice(_STATE_ABBR)
    if name == "country":
        return c.look(r.choice(_COUNTRIES))
    if name == "lang":
        return r.choice(_LANGS)
    if name == "gtin":
        return f"{r.randint(100000, 999999)}"
    if name == "mmdd":
        return f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    if name == "lot":
        return f"{r.randint(1000, 9999)}{_letters(r, 1)}"
    raise KeyError(name)


def _plant(c: _Ctx, cat: str, note_type: str) -> tuple[str, list[Piece], str]:
    """(position, pieces, value) for one planted identifier of category cat."""
    want = "D" if note_type == "discharge" else "R"
    options = [x for x in _CONTEXTS[cat] if x[1] in (want, "*")]
    pos, _, template = c.r.choice(options)
    pieces: list[Piece] = []
    at = 0
    value = ""
    for m in _TOKEN_RE.finditer(template):
        pieces.append(template[at:m.start()])
        if m.group(1) == "v":
            value = _GEN[cat](c.r, m.group(2))
            pieces.append((value, cat))
        else:
            pieces.append(_fill(c, m.group(1)))
        at = m.end()
    pieces.append(template[at:])
    return pos, pieces, value


def _real_dates(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every date-shaped string with a 1900-2030 year."""
    out = []
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            y = int(m.group(1))
            if 1900 <= y <= 2030:
                out.append((m.start(), m.end(), y))
    return out


def _assemble(blocks: list[list[Piece]]) -> tuple[str, list[tuple[int, int, str]]]:
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for b, block in enumerate(blocks):
        if b:
            text_parts.append("\n\n")
            pos += 2
        for piece in block:
            if isinstance(piece, tuple):
                value, cat = piece
                spans.append((pos, pos + len(value), cat))
                text_parts.append(value)
                pos += len(value)
            else:
                text_parts.append(piece)
                pos += len(piece)
    return "".join(text_parts), sorted(spans)


def _attempt(seed: int, i: int, attempt: int) -> tuple[LabelledNote, list[str], str, list[str]] | None:
    heavy, note_type, cats = _schedule(seed, i)
    kind = document_kind(seed, i)
    c = _Ctx(random.Random(f"h37:{seed}:{i}:{attempt}"))
    r = c.r
    writer = (_DISCHARGE_KINDS | _RADIOLOGY_KINDS)[kind]
    base = writer(c)
    target = r.randint(1150, 3400)
    extras = [(x, False) for x in _EXTRAS.get(kind, ())] + [(x, True) for x in _GENERIC_EXTRAS[note_type]]
    r.shuffle(extras)
    extras.sort(key=lambda e: e[1], reverse=True)  # kind-specific sections first, generic ones last
    while extras and sum(len(b) + 2 for b in base) < target:
        make, generic = extras.pop()
        block = make(c)
        late = generic or block.lower().startswith(_LATE_SECTIONS)
        base.insert(len(base) - 1 if late else r.randint(min(2, len(base) - 1), len(base) - 1), block)
    if r.random() < 0.12 and note_type == "radiology":
        base.append(c.alt(f"ADDENDUM ({c.sd()}): "
                    f"<<Additional images reviewed; no change.@@Measurements corrected above.@@Discussed with the "
                    f"clinical team.>>\n___, MD"))
    if not any("___" in b for b in base):
        base.insert(1, c.pick("Ordering provider: ___, MD", "Patient: ___   MRN: ___", "Requested by: Dr. ___ (pager "
                                                                                       "___)",
                              "Clinical information from requisition: ___ day old infant, bed ___."))
    blocks: list[list[Piece]] = [[b] for b in base]
    keep = {0, len(blocks) - 1}
    if heavy:
        for hb in r.sample(_HEAVY_BLOCKS, r.randint(4, 6)):
            blocks.insert(r.randint(1, len(blocks) - 1), [hb])
    # look-alikes (2-4 blocks)
    fixed: list[list[Piece]] = []
    for _ in range(r.randint(2, 4)):
        fixed.append([_lookalike_block(c, note_type)])
    values: list[str] = []
    plants: list[tuple[str, list[Piece]]] = []
    for cat in cats:
        where, pieces, value = _plant(c, cat, note_type)
        plants.append((where, pieces))
        values.append(value)
    # drop optional body blocks until the final text fits
    body = blocks
    while True:
        out = [list(b) for b in body]
        for f in fixed:
            out.insert(r.randint(min(2, len(out) - 1), len(out) - 1), f)
        for where, pieces in plants:
            if where == "top":
                out.insert(1, pieces)
            elif where == "end":
                out.append(pieces)
            else:
                out.insert(r.randint(min(2, len(out) - 1), len(out) - 1), pieces)
        text, spans = _assemble(out)
        if len(text) <= 4500:
            break
        droppable = [j for j in range(1, len(body) - 1) if j not in keep]
        if not droppable:
            return None
        body = body[:droppable[-1]] + body[droppable[-1] + 1:]
        keep = {0, len(body) - 1}
    if len(text) < 1100:
        return None
    # validation: look-alikes present and outside spans; no unlabelled real-year date except look-alikes
    looks: list[str] = []
    for s in c.looks:
        if s in text and s not in looks:
            looks.append(s)
    for e, rx in _EPONYM_RES:
        if e in text and e not in looks and rx.search(text):
            looks.append(e)
    for s in looks:
        at = text.find(s)
        while at >= 0:
            if any(a < at + len(s) and at < b for a, b, _ in spans):
                return None
            at = text.find(s, at + 1)
    for ds, de, _ in _real_dates(text):
        inside = any(a <= ds and de <= b and cat == "DATE_REAL_YEAR" for a, b, cat in spans)
        if not inside and text[ds:de] not in looks:
            return None
    for a, b, cat in spans:
        if cat == "DATE_REAL_YEAR" and not any(a <= ds and de <= b for ds, de, _ in _real_dates(text)):
            return None
    note = LabelledNote(note_type=note_type, text=text, spans=spans)
    return note, looks, ("heavy" if heavy else "normal"), values


def _build_detail(seed: int, i: int) -> tuple[LabelledNote, list[str], str, list[str]]:
    """(note, look-alikes, "heavy"/"normal", planted values in plant order)."""
    for attempt in range(200):
        got = _attempt(seed, i, attempt)
        if got is not None:
            return got
    raise RuntimeError(f"holdout37: could not build note {seed}:{i}")


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    note, looks, kind, _ = _build_detail(seed, i)
    return note, looks, kind


def holdout37_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout37_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout37_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout37_corpus, argv,
        "Held-out corpus 37 (blind): maternal-fetal medicine, labour and delivery, postpartum and NICU notes "
        "and obstetric / fetal / neonatal imaging reports")
    report("holdout37", args, notes, hits, res)


if __name__ == "__main__":
    main()
