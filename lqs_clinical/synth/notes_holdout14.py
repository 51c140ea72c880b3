"""Held-out corpus 14 (written blind): dictated and messy MIMIC-IV-Note-shaped notes.

What it imitates
----------------
MIMIC-IV-Note discharge summaries and radiology reports (identifiers masked as ``___``, dates shifted into
2100-2200) in the form they often take before de-identification tidies anything up:

- speech-recognition discharge summaries: run-on sentences, spoken punctuation left in ("period", "comma",
  "new paragraph", "colon"), homophone errors ("plural effusion", "dysphasia", "course crackles"), numbers
  spelled out, "doctor" written in full, ALL-CAPS section headers and names typed in lower case;
- patients who live or travel abroad: foreign cities, foreign street addresses, international phone numbers
  with +country codes or 011 prefixes, foreign hospitals and record numbers, European date formats;
- copy-forwarded text hard-wrapped with stray line breaks next to identifiers (never inside a labelled
  span), bullet lists, and telephone-encounter addenda;
- radiology reports with dictated findings and a spoken-in clinical history.

In about 57% of notes de-identification failed for one to four identifiers (an address line may leak street,
city and ZIP together): the invented value is left in the text and labelled with the span of the identifying
value only (cue words and titles stay outside). About 5% of notes are heavily masked and carry no plants.
Which categories a note plants comes from a per-block permutation, so every category is well represented on
every seed while each note still depends only on (seed, i). Every note also carries non-PHI look-alikes
(eponyms, drug and device brands, scanner models, firmware versions, lot numbers, order/protocol/billing
codes that are not patient identifiers, public hotlines and web sites, ratios, scores, room and bed
numbers, shifted dates, bare years, ages under 90, numbers of 90 and more that are not ages) that are never
labelled.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first lines of
``lqs_clinical/synth/notes.py`` (imports, ``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the shared
MIMIC-IV schema and known-data-issues references, the fully masked sample notes in
``note-shaped-samples/`` and ``pyproject.toml``. Nothing of the detector, its rules, its tests or the other
held-out corpora was read, imported or run while writing it. All names, places, facilities and numbers are
invented surrogates (the public hotlines and web sites are real, and are exactly the look-alikes).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Marking planted values: a value is wrapped in control characters while the note is assembled, and the
# wrappers are turned into spans at the very end (so every transformation of the surrounding text keeps the
# labels exact).
# --------------------------------------------------------------------------------------------------

_MARK_RE = re.compile("\x01([A-Z0-9_]+)\x02([^\x01\x02\x03]*)\x03")
_SPLIT_RE = re.compile("(\x01[A-Z0-9_]+\x02[^\x01\x02\x03]*\x03)")


def _m(cat: str, value: str) -> str:
    assert cat in CATEGORIES, cat
    assert value == value.strip() and value and "___" not in value and "\n" not in value, value
    return f"\x01{cat}\x02{value}\x03"


def _outside(raw: str, fn) -> str:
    """Apply fn to the parts of raw that are not planted values."""
    parts = _SPLIT_RE.split(raw)
    return "".join(p if i % 2 else fn(p) for i, p in enumerate(parts))


def _finish(note_type: str, raw: str) -> LabelledNote:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    cur = 0
    for mt in _MARK_RE.finditer(raw):
        chunk = raw[pos:mt.start()]
        out.append(chunk)
        cur += len(chunk)
        value = mt.group(2)
        spans.append((cur, cur + len(value), mt.group(1)))
        out.append(value)
        cur += len(value)
        pos = mt.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert not any(ch in text for ch in "\x01\x02\x03"), "stray marker"
    return LabelledNote(note_type=note_type, text=text, spans=spans)


# --------------------------------------------------------------------------------------------------
# Numbers in words (dictation)
# --------------------------------------------------------------------------------------------------

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDS = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
    9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
    15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
    30: "thirtieth",
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _words(n: int, sep: str = " ", hundred_and: bool = False) -> str:
    """0..999 in words; sep joins tens and units ("ninety two" / "ninety-two")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (sep + _ONES[o] if o else "")
    h, r = divmod(n, 100)
    if not r:
        return _ONES[h] + " hundred"
    return _ONES[h] + " hundred " + ("and " if hundred_and else "") + _words(r, sep)


def _ordinal_words(n: int) -> str:
    if n in _ORDS:
        return _ORDS[n]
    t, o = divmod(n, 10)
    return _TENS[t] + " " + _ORDS[o]


def _year_words(y: int, variant: int = 0) -> str:
    """A calendar year as dictated: 1931 "nineteen thirty one", 1905 "nineteen oh five", 2004 "two thousand
    four", 2019 "twenty nineteen" (variant 0) or "two thousand nineteen" (variant 1)."""
    hi, lo = divmod(y, 100)
    if hi == 19:
        if lo == 0:
            return "nineteen hundred"
        if lo < 10:
            return "nineteen oh " + _ONES[lo]
        return "nineteen " + _words(lo)
    if y < 2010 or variant == 1:
        return "two thousand" + (" " + _words(lo) if lo else "")
    return "twenty " + _words(lo)


def _age_word_forms(n: int) -> tuple[str, ...]:
    """All the ways an age is written out in this corpus (used by the generator and by the tests)."""
    return (_words(n, " "), _words(n, "-"), _words(n, " ", True), _words(n, "-", True))


def _spell_digits(digits: str, groups: tuple[int, ...]) -> str:
    out, i = [], 0
    for g in groups:
        out.append(" ".join(_ONES[int(ch)] for ch in digits[i:i + g]))
        i += g
    return ", ".join(out)


# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; no real patient, clinician or facility is meant)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Amara", "Priya", "Mei-Ling", "Ingrid", "Yevgenia", "Thandiwe", "Anneliese", "Soledad", "Aoife", "Farida",
    "Svetlana", "Ximena", "Nkechi", "Parisa", "Zainab", "Marisol", "Ayodele", "Leocadia", "Sunniva", "Adaeze",
    "Ilse", "Rosalind", "Wilhelmina", "Dorotea", "Anouk", "Noor", "Ottilie", "Graziela", "Lucinda", "Teresinha",
    "Fernanda", "Odette", "Mireille", "Bich Ngoc", "Rukmini", "Haruko", "Maelle", "Zofia", "Esperanza", "Wanjiru",
)
_FIRST_M = (
    "Teodoro", "Oluwaseun", "Bartholomew", "Rashid", "Keoni", "Matthias", "Dmitri", "Hiroshi", "Kwabena",
    "Lorcan", "Tadeusz", "Emeric", "Joaquim", "Ruairi", "Henrik", "Cormac", "Vikram", "Tomasz", "Bongani",
    "Eamon", "Kenji", "Gaspard", "Benedek", "Anselmo", "Ifeanyi", "Thiago", "Rigoberto", "Casimir", "Duarte",
    "Evandro", "Quang Minh", "Sandeep", "Obadiah", "Lazaro", "Mattias", "Jeronimo", "Kofi", "Wendell", "Ilario",
)
_LAST = (
    "Okonkwo", "Vasquez-Ibarra", "Szymanski", "Thorvaldsen", "Abernathy", "Nakashima", "Oyelaran", "Castellanos",
    "Fitzmaurice", "Brannigan", "Lindqvist", "Achterberg", "Haddad", "Quispe", "Marchetti", "Kowalczyk",
    "Oduya", "Halvorsen", "Petrakis", "Ravindran", "Yilmaz", "Sokolova", "Ferreira-Lopes", "Nwachukwu",
    "Tremblay", "Villanueva", "Gallagher", "Mukherjee", "Arceneaux", "Baptiste", "Lindgren", "Okafor",
    "Cuthbertson", "Dabrowski", "Esposito", "Fairweather", "Gunawardena", "Hollingsworth", "Iwasaki",
    "Jovanovic", "Laframboise", "Moreau-Dupuis", "Nyambura", "Ostrowski", "Pellegrino", "Quaresma", "Rautio",
    "Saarinen", "Tshabalala", "Valdivia", "Wojcik", "Xiong", "Yamamura", "Zelenko", "Medeiros", "Amaral",
    "Carvalho-Pinto", "Desrosiers", "Etienne", "Agyeman", "Boateng", "Mensah-Owusu", "Nguyen-Tran", "Pham",
    "Dela Cruz", "Macapagal", "Subramaniam", "Iyengar", "Oyelowo", "Kariuki", "Wambugu", "Rosenthal-Beck",
)
_LAST_NO_HYPHEN = tuple(s for s in _LAST if "-" not in s and " " not in s)

_US_PLACES = (  # (city, state, ZIP prefix)
    ("Brockton", "MA", "024"), ("Fall River", "MA", "027"), ("Lowell", "MA", "018"), ("Pawtucket", "RI", "028"),
    ("Nashua", "NH", "030"), ("Lewiston", "ME", "042"), ("Chicopee", "MA", "010"), ("Taunton", "MA", "027"),
    ("Haverhill", "MA", "018"), ("Fitchburg", "MA", "014"), ("Woonsocket", "RI", "028"), ("Bangor", "ME", "044"),
    ("Rutland", "VT", "057"), ("Attleboro", "MA", "027"), ("Revere", "MA", "021"), ("Malden", "MA", "021"),
    ("Methuen", "MA", "018"), ("Leominster", "MA", "014"), ("Dracut", "MA", "018"), ("Westerly", "RI", "028"),
    ("Keene", "NH", "034"), ("Holyoke", "MA", "010"), ("New Bedford", "MA", "027"), ("Framingham", "MA", "017"),
    ("Gloucester", "MA", "019"), ("Central Falls", "RI", "028"), ("Biddeford", "ME", "040"),
    ("Manchester", "NH", "031"), ("Peabody", "MA", "019"), ("Everett", "MA", "021"),
)
_FAR_US = (
    ("Port St. Lucie", "Florida"), ("Sarasota", "Florida"), ("Ocala", "Florida"), ("Tucson", "Arizona"),
    ("Savannah", "Georgia"), ("Asheville", "North Carolina"), ("Spokane", "Washington"), ("Duluth", "Minnesota"),
    ("Boise", "Idaho"), ("Albuquerque", "New Mexico"), ("Myrtle Beach", "South Carolina"), ("Kissimmee", "Florida"),
)
_NEIGHBOURHOODS = ("Dorchester", "Mattapan", "Roslindale", "East Boston", "Jamaica Plain", "Hyde Park",
                   "Allston", "the Ironbound", "Fox Point", "Fields Corner")
_COUNTIES = ("Bristol County", "Worcester County", "Hampden County", "Plymouth County", "Essex County",
             "Barnstable County", "Androscoggin County", "Hillsborough County")
_CORNERS = ("Tremont and Ashcroft", "Columbus Ave and Massasoit Street", "Kendrick and Pleasant",
            "Broad and Harlow", "Main and Quarry")

_STREET_NAMES = (
    "Cobbler", "Tamarack", "Wendell", "Pickering", "Orchard Hill", "Quarry", "Beacon Ridge", "Ashcroft",
    "Millbrook", "Sagamore", "Lantern", "Bayberry", "Old Stage", "Foundry", "Chestnut Hollow", "Whitcomb",
    "Larchmont", "Cranberry", "Rowley", "Pemigewasset", "Ledgewood", "Hadley", "Spindle Hill", "Alewife Brook",
    "Tannery", "Gristmill", "Lupine", "Marsh Hawk", "Kettle Pond", "Heron",
)
_STREET_SUFFIX = ("Street", "St.", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr.", "Court", "Ct.",
                  "Terrace", "Place", "Way", "Circle", "Boulevard", "Blvd")
_UNITS = ("Apt 3B", "Apt. 2", "Unit 4", "#11", "Fl 2", "Apt 207", "Unit C", "2nd floor")

_US_ORGS = {
    "hospital": ("Saint Odilia Hospital", "Wexcombe Regional Medical Center", "Merrimack Bend Community Hospital",
                 "Quarry Hill Memorial Hospital", "Pell Harbor General", "Lantern Point Medical Center",
                 "Sisters of Saint Gerlinde Hospital", "Greenhithe Valley Hospital"),
    "rehab": ("Marlowe Point Rehabilitation Center", "Brindlewood Assisted Living", "Fernmoor Skilled Nursing",
              "Larkspur Manor Nursing Home", "Kestrel Bay Hospice House", "Ashgrove House Rehab",
              "Tillinghast Commons Senior Living"),
    "clinic": ("Cobalt Hill Family Medicine", "Holloway Creek Health Center", "Ashgrove Cardiology Associates",
               "Pell Harbor Dialysis Unit", "Tamarind Street Community Clinic", "Northmoor Travel Medicine",
               "Wexcombe Pulmonary Group", "Kittredge Geriatric Practice"),
    "pharmacy": ("Greywater Pharmacy", "Tamsin Lane Apothecary", "Corbin Square Drug", "Harlow Family Pharmacy"),
    "employer": ("Ostrander Boatworks", "Pemberton Tile & Stone", "Calloway Freight Lines",
                 "Hadley Mills Bakery", "Norcross Precision Castings", "Brightwater Seafood Processing",
                 "Vantreight Landscaping"),
    "school": ("Whitcombe Middle School", "Lowfield Elementary", "Saint Bronach Parish School",
               "Quinlan Vocational High School"),
    "church": ("Igreja Batista Nova Esperanca", "Iglesia Monte de Sion", "Holy Ghost Portuguese Parish",
               "Eglise Evangelique Bethesda", "Grace Tabernacle of the Harbor"),
}

# country -> code, national number patterns ("d" = digit), cities, hospitals, street format kind, postal
_COUNTRIES: dict[str, dict] = {
    "Portugal": dict(code="+351", pats=("91d ddd ddd", "93d ddd ddd", "96d ddd ddd", "22d ddd ddd"),
                     cities=("Porto", "Braga", "Aveiro", "Ponta Delgada", "Angra do Heroismo", "Funchal",
                             "Viana do Castelo"),
                     orgs=("Hospital Nossa Senhora das Candeias", "Clinica do Bonfim Saude",
                           "Hospital Particular da Ribeira Grande"),
                     street="rua", names=("do Almada", "das Flores", "de Cedofeita", "da Boavista",
                                          "dos Mercadores"), postal=False),
    "Cape Verde": dict(code="+238", pats=("99d dd dd", "95d dd dd", "26d dd dd"),
                       cities=("Praia", "Mindelo", "Assomada", "Santa Maria"),
                       orgs=("Hospital Regional Monte Verde", "Clinica Sao Filipe do Mar"),
                       street="rua", names=("de Santo Antonio", "da Achada", "do Plateau"), postal=False),
    "Dominican Republic": dict(code="+1", pats=("809 ddd dddd", "829 ddd dddd", "849-ddd-dddd"),
                               cities=("Santiago de los Caballeros", "San Francisco de Macoris", "La Romana",
                                       "Puerto Plata"),
                               orgs=("Centro Medico Los Almacigos", "Clinica Altos del Yaque"),
                               street="calle", names=("Las Mercedes", "Del Sol", "Restauracion", "Beller"),
                               postal=False),
    "Haiti": dict(code="+509", pats=("3d dd dddd", "4d dd dddd", "37 dd dddd"),
                  cities=("Jacmel", "Cap-Haitien", "Les Cayes", "Petion-Ville"),
                  orgs=("Hopital Sainte-Brigitte de Jacmel", "Centre de Sante La Providence du Nord"),
                  street="num_rue", names=("Lamarre", "des Miracles", "Geffrard", "du Quai"), postal=False),
    "Nigeria": dict(code="+234", pats=("803 ddd dddd", "806 ddd dddd", "813 ddd dddd", "905 ddd dddd"),
                    cities=("Ibadan", "Enugu", "Abeokuta", "Port Harcourt", "Ikeja"),
                    orgs=("Lagoon Crest Specialist Hospital", "Hilltop Mercy Clinic"),
                    street="num_en", names=("Olumide Adebayo Close", "Agodi Crescent", "Bishop Onyeabo Street"),
                    postal=False),
    "Ghana": dict(code="+233", pats=("24 ddd dddd", "20 ddd dddd", "55 ddd dddd"),
                  cities=("Kumasi", "Tamale", "Cape Coast", "Takoradi"),
                  orgs=("Asante Ridge Medical Centre", "Fosu Lagoon Clinic"),
                  street="num_en", names=("Prempeh Link Road", "Adum Market Lane", "Kotei Close"), postal=False),
    "India": dict(code="+91", pats=("98ddd ddddd", "94ddd ddddd", "70ddd ddddd"),
                  cities=("Pune", "Kochi", "Mysuru", "Coimbatore", "Vadodara"),
                  orgs=("Sri Venkatadri Multispeciality Hospital", "Malabar Coastline Heart Centre"),
                  street="num_en", names=("Temple Tank Road", "Cantonment Cross Road", "Jasmine Layout Road"),
                  postal=False),
    "Philippines": dict(code="+63", pats=("917 ddd dddd", "918 ddd dddd", "2 8ddd dddd"),
                        cities=("Cebu City", "Iloilo City", "Dumaguete", "Baguio"),
                        orgs=("Mactan Bayview Medical Center", "Sto. Rosario Family Hospital"),
                        street="num_en", names=("Mabini Extension", "Gorordo Avenue", "Acacia Street"),
                        postal=False),
    "Vietnam": dict(code="+84", pats=("9d ddd dd dd", "3d ddd dddd"),
                    cities=("Da Nang", "Hue", "Can Tho", "Hai Phong"),
                    orgs=("Hoa Binh International Clinic", "Song Han Family Hospital"),
                    street="num_en", names=("Le Loi Street", "Tran Phu Street", "Nguyen Van Linh Road"),
                    postal=False),
    "Mexico": dict(code="+52", pats=("1 55 dddd dddd", "222 ddd dddd", "951 ddd dddd"),
                   cities=("Puebla", "Oaxaca de Juarez", "Merida", "Morelia"),
                   orgs=("Sanatorio Santa Ines de Puebla", "Clinica Los Arrayanes"),
                   street="calle", names=("Cinco de Mayo", "Reforma Norte", "Los Alcatraces", "Macedonio Alcala"),
                   postal=True),
    "France": dict(code="+33", pats=("6 dd dd dd dd", "7 dd dd dd dd", "4 dd dd dd dd"),
                   cities=("Lyon", "Nantes", "Rennes", "Montpellier", "Grenoble"),
                   orgs=("Clinique des Tilleuls", "Centre Hospitalier du Val de Saone"),
                   street="num_rue", names=("des Tanneurs", "du Vieux Marche", "Sainte-Catherine", "des Glycines"),
                   postal=True),
    "Germany": dict(code="+49", pats=("151 dddd dddd", "170 ddddddd", "341 dddddd"),
                    cities=("Leipzig", "Freiburg im Breisgau", "Muenster", "Kassel", "Regensburg"),
                    orgs=("Klinikum Elbauen", "St. Hildegardis-Krankenhaus Nord"),
                    street="strasse", names=("Linden", "Ahorn", "Mühlen", "Kastanien", "Weiden"), postal=True),
    "Italy": dict(code="+39", pats=("3dd ddd dddd", "06 dddd dddd", "051 ddd dddd"),
                  cities=("Bologna", "Padova", "Bari", "Trieste", "Lecce"),
                  orgs=("Ospedale San Fortunato", "Casa di Cura Villa Aurelia Nord"),
                  street="via", names=("dei Mille", "del Pratello", "delle Rose", "San Vitale"), postal=True),
    "Ireland": dict(code="+353", pats=("8d ddd dddd", "91 ddd ddd", "65 ddd dddd"),
                    cities=("Galway", "Limerick", "Ennis", "Tralee"),
                    orgs=("St. Brendan's Community Hospital", "Corrib Bay Clinic"),
                    street="num_en", names=("Rahoon Road", "Sandyvale Lawn", "Ballybrit Crescent"), postal=False),
    "United Kingdom": dict(code="+44", pats=("7700 9dd ddd", "20 7946 0ddd", "113 496 0ddd"),
                           cities=("Leeds", "Norwich", "Aberdeen", "Swansea", "Plymouth"),
                           orgs=("Wharfedale Priory Hospital", "Riverside Lane Surgery"),
                           street="num_en", names=("Harrowgate Lane", "Tollbooth Road", "Copper Beech Close"),
                           postal=False),
    "Brazil": dict(code="+55", pats=("33 9dddd-dddd", "11 9dddd-dddd", "51 9dddd-dddd"),
                   cities=("Governador Valadares", "Porto Alegre", "Belo Horizonte", "Recife"),
                   orgs=("Hospital Sao Lucas do Vale", "Clinica Ipiranga Norte"),
                   street="rua_comma", names=("Marechal Floriano", "das Palmeiras", "Sete de Setembro"),
                   postal=False),
    "Kenya": dict(code="+254", pats=("7dd ddd ddd", "20 ddd dddd"),
                  cities=("Kisumu", "Eldoret", "Nakuru", "Mombasa"),
                  orgs=("Lakeview Nyanza Hospital", "Rift Escarpment Medical Centre"),
                  street="num_en", names=("Oginga Road", "Kenyatta Lane", "Jacaranda Close"), postal=False),
    "Spain": dict(code="+34", pats=("6dd ddd ddd", "96d ddd ddd", "91d ddd ddd"),
                  cities=("Valencia", "Zaragoza", "Malaga", "Vigo", "Alicante"),
                  orgs=("Hospital Virgen de las Azucenas", "Clinica Mar de Alboran"),
                  street="calle", names=("de los Almendros", "Mayor", "del Pilar", "de San Vicente"), postal=True),
}
_COUNTRY_NAMES = tuple(_COUNTRIES)


def _cname(country: str) -> str:
    return f"the {country}" if country in ("Dominican Republic", "Philippines", "United Kingdom") else country


_FOREIGN_CITIES = tuple(c for d in _COUNTRIES.values() for c in d["cities"])

_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "comcast.net",
                  "verizon.net", "protonmail.com", "sapo.pt", "gmx.de", "orange.fr", "libero.it", "yahoo.co.uk",
                  "rediffmail.com", "aol.com")

_REL_F = ("daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law")
_REL_M = ("son", "husband", "brother", "nephew", "grandson", "son-in-law")
_RELATIVES = ("daughter", "son", "wife", "husband", "sister", "brother", "niece", "nephew", "granddaughter",
              "grandson", "partner", "neighbor", "friend", "cousin", "daughter-in-law", "son-in-law")

# --------------------------------------------------------------------------------------------------
# Look-alikes: never labelled (the tests check that no span overlaps any of these strings)
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Parkinson", "Foley", "Glasgow Coma Scale", "Whipple", "Hunt and Hess", "Lewy body", "Babinski", "Murphy",
    "Homans", "Chvostek", "Trousseau", "Kernig", "Brudzinski", "Trendelenburg", "Valsalva", "Kussmaul",
    "Cheyne-Stokes", "Mallampati", "Child-Pugh", "Mallory-Weiss", "Glasgow-Blatchford", "Wells", "Fisher grade",
    "Nissen", "Roux-en-Y", "Salter-Harris", "Weber B", "Schatzki", "Zenker", "Swan-Ganz", "Hickman",
    "Fleischner", "Bosniak", "Gleason", "Virchow", "Romberg", "Phalen", "Tinel", "Hoover", "Lachman", "Levine",
    "Braden", "Morse Fall Scale", "Richmond Agitation-Sedation Scale", "Ranson", "Kocher",
)
_DRUGS = (
    "Eliquis", "apixaban", "Keppra", "levetiracetam", "Xarelto", "Lasix", "furosemide", "Sinemet",
    "carbidopa-levodopa", "rivastigmine", "Zosyn", "vancomycin", "Coartem", "artemether-lumefantrine",
    "artesunate", "Malarone", "doxycycline", "Lantus", "Humalog", "lorazepam", "haloperidol", "quetiapine",
    "Entresto", "Jardiance", "Brilinta", "Plavix", "nimodipine", "pantoprazole", "ceftriaxone", "enoxaparin",
    "heparin", "metoprolol", "atorvastatin", "prednisone", "azithromycin", "tamsulosin", "oxycodone",
    "acetaminophen", "Creon", "octreotide", "ondansetron", "insulin lispro", "spironolactone",
)
_DEVICE_MODELS = (
    "Medtronic Azure XT DR MRI SureScan", "Boston Scientific Accolade MRI", "Abbott Assurity MRI",
    "Medtronic Visia AF MRI", "Dexcom G7", "FreeStyle Libre 2", "Tandem t:slim X2", "Omnipod 5",
    "ResMed AirSense 10 AutoSet", "Philips DreamStation 2", "LifeVest 4000", "HeartMate 3",
    "Medtronic CareLink SmartSync", "Merlin@home transmitter", "Impella CP",
)
_CT_SCANNERS = ("Siemens SOMATOM Force", "GE Revolution Apex", "Canon Aquilion ONE PRISM",
                "Siemens SOMATOM Definition AS+", "GE Optima CT660", "Philips Incisive CT")
_MR_SCANNERS = ("Philips Ingenia Elition 3.0T", "Siemens MAGNETOM Vida 3T", "GE SIGNA Premier",
                "Canon Vantage Orian 1.5T")
_SCANNERS = _CT_SCANNERS + _MR_SCANNERS
_PUBLIC_LINES = (
    "Poison Control at 1-800-222-1222", "call or text 988 (Suicide and Crisis Lifeline)",
    "CDC Malaria Hotline 770-488-7788", "CDC-INFO 1-800-232-4636", "1-800-MEDICARE (1-800-633-4227)",
    "MassHealth Customer Service 1-800-841-2900", "1-800-QUIT-NOW (1-800-784-8669)",
    "Alzheimer's Association 24/7 Helpline 1-800-272-3900", "National Domestic Violence Hotline 1-800-799-7233",
)
_PUBLIC_SITES = ("www.cdc.gov/travel", "www.heart.org", "www.who.int/ith", "988lifeline.org", "medlineplus.gov",
                 "www.mass.gov/masshealth", "www.alz.org", "travel.state.gov", "www.acr.org")
_INSURERS = ("Blue Cross Blue Shield of Massachusetts", "Tufts Health Plan", "Harvard Pilgrim", "Aetna",
             "UnitedHealthcare", "GeoBlue", "Allianz Travel", "Medicare", "MassHealth", "Neighborhood Health Plan")
_PUBLIC_BODIES = ("CDC", "WHO", "Red Cross", "Meals on Wheels", "Alcoholics Anonymous", "Department of Public Health",
                  "Social Security Administration", "Elder Services")
_LOOKALIKE_STRINGS = (_EPONYMS + _DRUGS + _DEVICE_MODELS + _SCANNERS + _PUBLIC_LINES + _PUBLIC_SITES + _INSURERS
                      + _PUBLIC_BODIES + _COUNTRY_NAMES)

_HOMOPHONES = (
    ("pleural", "plural"), ("dysphagia", "dysphasia"), ("discrete", "discreet"), ("mucus", "mucous"),
    ("coarse", "course"), ("prostate", "prostrate"), ("peroneal", "perineal"), ("patients", "patience"),
    ("ileus", "ilius"), ("heel", "heal"), ("site", "sight"), ("Foley", "foley"), ("weakness", "weekness"),
    ("aphasia", "a phasia"), ("hematemesis", "hemat emesis"),
)

# --------------------------------------------------------------------------------------------------
# Small random helpers and identifier generators
# --------------------------------------------------------------------------------------------------


def _dg(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fill(rng: random.Random, pat: str) -> str:
    return "".join(rng.choice("0123456789") if ch == "d" else ch for ch in pat)


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _us_phone_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice(("617", "508", "781", "978", "413", "401", "603", "207", "857", "774", "339", "351", "802"))
    ex = rng.randint(202, 989)
    while ex % 100 == 11 or ex == 555:
        ex = rng.randint(202, 989)
    return area, str(ex), _dg(rng, 4)


def _us_phone(rng: random.Random) -> str:
    a, e, n = _us_phone_parts(rng)
    return rng.choice((f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"1-{a}-{e}-{n}",
                       f"+1 {a} {e} {n}", f"{a}{e}{n}", f"({a}){e}-{n}", f"{a}/{e}-{n}"))


def _us_phone_spelled(rng: random.Random) -> str:
    a, e, n = _us_phone_parts(rng)
    return _spell_digits(a + e + n, (3, 3, 4))


def _intl_phone(rng: random.Random, country: str) -> str:
    d = _COUNTRIES[country]
    nat = _fill(rng, rng.choice(d["pats"]))
    code = d["code"]
    return rng.choice((f"{code} {nat}", f"{code} {nat}", f"011 {code[1:]} {nat}", f"00{code[1:]} {nat}",
                       f"({code}) {nat}"))


def _pager(rng: random.Random) -> str:
    return rng.choice((_dg(rng, 5), f"{rng.randint(1, 9)}-{_dg(rng, 4)}", f"#{_dg(rng, 5)}",
                       "-".join(_us_phone_parts(rng)), f"{rng.randint(2, 4)}{_dg(rng, 4)}"))


def _ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice((_dg(rng, 7), "00" + _dg(rng, 6), f"{_dg(rng, 7)}-{_dg(rng, 1)}", f"M{_dg(rng, 7)}",
                       f"{rng.randint(1, 9)}{_dg(rng, 7)}", f"{_dg(rng, 3)}-{_dg(rng, 2)}-{_dg(rng, 2)}"))


def _foreign_record(rng: random.Random) -> str:
    return rng.choice((f"{_dg(rng, 4)}/{_dg(rng, 5)}", f"HC-{_dg(rng, 6)}", f"{_dg(rng, 9)}",
                       f"P{_dg(rng, 7)}", f"{_dg(rng, 2)}.{_dg(rng, 3)}.{_dg(rng, 3)}"))


def _account(rng: random.Random) -> str:
    return rng.choice((f"E{_dg(rng, 8)}", _dg(rng, 10), f"{_dg(rng, 5)}-{_dg(rng, 4)}", f"V{_dg(rng, 10)}",
                       f"{_dg(rng, 3)}-{_dg(rng, 7)}", f"{_dg(rng, 4)}-{_dg(rng, 6)}-{_dg(rng, 2)}"))


_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    def a() -> str:
        return rng.choice(_MBI_LETTERS)

    def an() -> str:
        return rng.choice(_MBI_LETTERS + "0123456789")

    def n() -> str:
        return rng.choice("0123456789")

    s = f"{rng.randint(1, 9)}{a()}{an()}{n()}{a()}{an()}{n()}{a()}{a()}{n()}{n()}"
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _member_id(rng: random.Random) -> str:
    pre = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
    return rng.choice((f"{pre}{_dg(rng, 9)}", f"W{_dg(rng, 8)}", f"{pre}-{_dg(rng, 6)}-{_dg(rng, 2)}",
                       f"1000{_dg(rng, 8)}", f"TI-{_dg(rng, 4)}-{_dg(rng, 5)}", f"{_dg(rng, 3)}{pre}{_dg(rng, 5)}"))


def _npi(rng: random.Random) -> str:
    base = str(rng.randint(1, 2)) + _dg(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for idx, dgt in enumerate(reversed(digits)):
        if idx % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, surname: str) -> str:
    return rng.choice("ABFGM") + _ascii(surname)[0].upper() + _dg(rng, 7)


def _drivers_licence(rng: random.Random) -> str:
    return rng.choice((f"S{_dg(rng, 8)}", f"SA{_dg(rng, 7)}", _dg(rng, 7),
                       f"{_dg(rng, 2)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{_dg(rng, 5)}",
                       f"K{_dg(rng, 3)}-{_dg(rng, 3)}-{_dg(rng, 3)}"))


def _us_zip(rng: random.Random, prefix: str | None = None) -> str:
    z = (prefix or rng.choice(("021", "024", "027", "018", "010", "028", "030", "042"))) + _dg(rng, 2)
    return z if rng.random() < 0.75 else f"{z}-{_dg(rng, 4)}"


def _us_street(rng: random.Random, unit: bool | None = None) -> str:
    num = rng.choice((str(rng.randint(2, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 4999))))
    s = f"{num} {rng.choice(_STREET_NAMES)} {rng.choice(_STREET_SUFFIX)}"
    if unit or (unit is None and rng.random() < 0.35):
        s += rng.choice((", ", " ")) + rng.choice(_UNITS)
    return s


def _foreign_street(rng: random.Random, country: str) -> str:
    d = _COUNTRIES[country]
    name = rng.choice(d["names"])
    num = str(rng.randint(2, 240))
    kind = d["street"]
    if kind == "rua":
        return f"Rua {name} {num}" if rng.random() < 0.5 else f"Rua {name}, {num}"
    if kind == "rua_comma":
        return f"Rua {name}, {num}"
    if kind == "calle":
        return f"Calle {name} {num}" if rng.random() < 0.6 else f"Calle {name} #{num}"
    if kind == "num_rue":
        return f"{num} rue {name}"
    if kind == "strasse":
        return f"{name}straße {num}" if rng.random() < 0.6 else f"{name}strasse {num}"
    if kind == "via":
        return f"Via {name} {num}"
    return f"{num} {name}"


def _email(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "").replace("-", "")
    local = rng.choice((f"{f}.{la}", f"{f[0]}{la}{rng.randint(1, 99)}", f"{f}_{la[:4]}",
                        f"{la}.{f}{rng.randint(40, 79)}", f"{f}{la[0]}{_dg(rng, 3)}", f"{la}fam"))
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _email_spoken(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "").replace("-", "")
    dom = rng.choice(("gmail", "yahoo", "hotmail", "outlook", "icloud"))
    return f"{f} dot {la} at {dom} dot com"


def _url(rng: random.Random, first: str, last: str, kind: str) -> str:
    """A patient-specific web address: family page, patient portal, image share or glucose share."""
    f, la = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "").replace("-", "")
    tok = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))
    if kind == "family":
        return rng.choice((f"www.caringbridge.org/visit/{f}{la}", f"gofundme.com/f/bring-{f}-home",
                           f"https://gofundme.com/f/{f}-{la}-recovery", f"{la}familytravels.blogspot.com",
                           f"www.facebook.com/{f}.{la}.{_dg(rng, 3)}"))
    if kind == "portal":
        return rng.choice((f"https://mychart.wexcombehealth.org/MyChart/activate?code={tok}",
                           f"https://portal.pellharbor.org/p/{tok}", f"https://myhealth.quarryhillmemorial.org/u/{tok}"))
    if kind == "glucose":
        return rng.choice((f"https://clarity.dexcom.com/share/{tok}", f"https://my.glooko.com/s/{tok}"))
    return rng.choice((f"https://share.lifeimage.com/s/{tok}",
                       f"https://imagens.clinicadobonfim.pt/exame/{_dg(rng, 7)}",
                       f"https://pacsview.lagooncrest.ng/study/{tok}", f"https://images.cliniquedestilleuls.fr/{tok}"))


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        groups = [rng.choice(("2601", "2603", "2a01", "2804")), f"{rng.randint(16, 4095):x}",
                  f"{rng.randint(4096, 65535):x}", f"{rng.randint(1, 65535):x}"]
        return ":".join(groups) + f"::{rng.randint(1, 4095):x}"
    first = rng.choice((24, 50, 66, 67, 68, 71, 73, 75, 76, 96, 98, 108, 173, 174, 184, 189, 85, 88, 91, 176, 188,
                        201, 213))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _device_serial(rng: random.Random) -> str:
    def a() -> str:
        return rng.choice(_LETTERS)

    return rng.choice((
        a() + a() + a() + _dg(rng, 6) + a(), f"{a()}{a()}{_dg(rng, 8)}", f"{a()}{_dg(rng, 6)}", _dg(rng, 8),
        f"{a()}{a()}{_dg(rng, 4)}-{_dg(rng, 4)}", f"CN-{_dg(rng, 6)}-{a()}",
    ))


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_CHARS = _LETTERS + "0123456789"


def _plate(rng: random.Random, country: str | None = None) -> str:
    def a(n: int = 1) -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(n))

    if country == "France":
        return f"{a(2)}-{_dg(rng, 3)}-{a(2)}"
    if country in ("Portugal", "Cape Verde"):
        return f"{a(2)}-{_dg(rng, 2)}-{a(2)}"
    if country == "Germany":
        return f"{rng.choice(('L', 'M', 'KS', 'FR', 'R'))}-{a(2)} {rng.randint(10, 9999)}"
    if country == "United Kingdom":
        return f"{a(2)}{_dg(rng, 2)} {a(3)}"
    return rng.choice((f"{rng.randint(1, 9)}{a(3)}{_dg(rng, 2)}", f"{_dg(rng, 3)} {a(2)}{rng.randint(1, 9)}",
                       f"{a(3)}-{_dg(rng, 4)}", f"{rng.randint(1, 9)}{a(3)}{_dg(rng, 3)}"))


def _vin(rng: random.Random) -> str:
    wmi = rng.choice(("1HG", "2T1", "3VW", "5YJ", "JN1", "WBA", "KMH", "1FT", "JTD", "4S4"))
    return wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + rng.choice("0123456789X") + \
        "".join(rng.choice(_VIN_CHARS) for _ in range(2)) + _dg(rng, 6)


def _real_date(rng: random.Random, lo: int, hi: int, style: str = "us") -> str:
    """A date with a real calendar year in [lo, hi], in one of many written forms."""
    y, mo, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    mon = _MONTHS[mo - 1]
    if style == "eu":
        return rng.choice((f"{d:02d}.{mo:02d}.{y}", f"{d}/{mo}/{y}", f"{d:02d}/{mo:02d}/{y}", f"{d} {mon} {y}",
                           f"{d}-{mon[:3]}-{y}", f"{d:02d}-{mo:02d}-{y}"))
    if style == "spoken":
        return rng.choice((f"{mon.lower()} {_ordinal_words(d)} {_year_words(y, rng.randint(0, 1))}",
                           f"the {_ordinal_words(d)} of {mon.lower()} {_year_words(y, rng.randint(0, 1))}",
                           f"{mon} {_ordinal_words(d)}, {_year_words(y, rng.randint(0, 1))}",
                           f"{mon.lower()} {d} {y}"))
    return rng.choice((f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}",
                       f"{y}-{mo:02d}-{d:02d}", f"{mo}-{d}-{y}", f"{d} {mon} {y}", f"{mon[:3]}. {d}, {y}"))


# --------------------------------------------------------------------------------------------------
# Per-note context
# --------------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    rng: random.Random
    ntype: str
    sr: bool
    copyfwd: bool
    country: str | None
    sex: str
    heavy: bool
    year: int
    first: str = ""
    last: str = ""
    slots: dict[str, list[str]] = field(default_factory=dict)
    header: dict[str, str] = field(default_factory=dict)
    age_text: str | None = None
    tel: bool = False
    mvc: bool = False
    exam_hint: str | None = None

    def put(self, slot: str, text: str) -> None:
        self.slots.setdefault(slot, []).append(text)

    @property
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex == "F" else "his"

    @property
    def him(self) -> str:
        return "her" if self.sex == "F" else "him"

    @property
    def pt(self) -> str:
        return "woman" if self.sex == "F" else "man"

    def dr(self) -> str:
        """The cue for a clinician (stays outside the span)."""
        if self.sr:
            return self.rng.choice(("doctor", "doctor", "Doctor", "dr"))
        return self.rng.choice(("Dr.", "Dr.", "Dr", "Doctor"))

    def cased(self, value: str, p: float = 0.45) -> str:
        """Speech recognition often leaves names and facilities in lower case."""
        return value.lower() if self.sr and self.rng.random() < p else value

    def sdate(self) -> str:
        """A shifted (21xx) date: not an identifier."""
        r = self.rng
        y, mo, d = self.year + r.randint(-1, 0), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{y}-{mo:02d}-{d:02d}", f"{mo}/{d}/{y}", f"{_MONTHS[mo - 1]} {d}, {y}",
                         f"{mo:02d}/{d:02d}/{y}"))

    def name(self, kind: str = "any", sex: str | None = None) -> str:
        """A person's name as it may appear (full, surname only, initial + surname, lower case)."""
        r = self.rng
        sex = sex or r.choice("FM")
        first = r.choice(_FIRST_F if sex == "F" else _FIRST_M)
        last = r.choice(_LAST)
        forms = [f"{first} {last}", f"{first} {last}", last, f"{first[0]}. {last}", first]
        if kind == "clinician":
            forms = [last, last, f"{first} {last}", f"{first[0]}. {last}", f"{first[0]}.{last}"]
        elif kind == "relative":
            forms = [first, first, f"{first} {last}", f"{first} {self.last}"]
        return self.cased(r.choice(forms))

    def kin(self) -> tuple[str, str]:
        """A relative (or friend) and that person's name."""
        rel = self.rng.choice(_RELATIVES)
        sex = "F" if rel in _REL_F else ("M" if rel in _REL_M else None)
        return rel, self.name("relative", sex)

    def local_place(self) -> str:
        r = self.rng
        x = r.random()
        if self.country and x < 0.55:
            return self.cased(r.choice(_COUNTRIES[self.country]["cities"]), 0.3)
        if x < 0.7:
            return self.cased(r.choice(_US_PLACES)[0], 0.3)
        if x < 0.82:
            return self.cased(r.choice(_NEIGHBOURHOODS), 0.3)
        if x < 0.9:
            return r.choice(_COUNTIES)
        return r.choice(_FAR_US)[0]

    def org(self, kind: str | None = None) -> str:
        r = self.rng
        if kind is None:
            kind = r.choice(("hospital", "hospital", "rehab", "clinic", "clinic", "pharmacy", "employer"))
        if kind == "foreign":
            return r.choice(_COUNTRIES[self.country or r.choice(_COUNTRY_NAMES)]["orgs"])
        return self.cased(r.choice(_US_ORGS[kind]), 0.3)


# --------------------------------------------------------------------------------------------------
# Plant events, one function per category. Each adds at least one span of its category (and sometimes
# others that naturally come with it) to a slot of the note.
#   discharge slots: hpi, social, course, followup, tel, instr; header keys name/unit/dob/adm/attending
#   radiology slots: hist, comp, find, notify, foot; header key age
# --------------------------------------------------------------------------------------------------


def _maybe(c: _Ctx, p: float, cat: str, value: str, masked: str = "___") -> str:
    return _m(cat, value) if c.rng.random() < p else masked


def _ev_phone(c: _Ctx) -> None:
    r = c.rng
    num = _m("PHONE", _intl_phone(r, c.country) if c.country and r.random() < 0.6 else _us_phone(r))
    rel, rel_name = c.kin()
    if c.ntype == "radiology":
        r.choice((
            lambda: c.put("hist", f"History obtained from the patient's {rel} by telephone at {num} as the "
                                  "requisition was blank."),
            lambda: c.put("foot", f"Patient requested a copy of this report be mailed; callback number {num}."),
            lambda: c.put("notify", f"Unable to reach the ordering office; the patient was asked to call back "
                                    f"and left {num} as the best number."),
        ))()
        return
    if c.sr and r.random() < 0.25:
        spelled = _m("PHONE", _us_phone_spelled(r))
        c.put("social", f"{c.his} {rel} asked to be called at {spelled} period")
        return
    choice = r.randrange(5)
    if choice == 0:
        who = _maybe(c, 0.6, "PERSON", rel_name)
        c.put("social", f"Lives with {c.his} {rel} {who}, best contact number {num}.")
    elif choice == 1:
        c.tel = True
        c.put("tel", f"Call back number: {num}")
    elif choice == 2 and c.country:
        place = _maybe(c, 0.5, "LOCATION", r.choice(_COUNTRIES[c.country]["cities"]))
        c.put("hpi", f"Part of the history was obtained by phone from {c.his} {rel} in {place} "
                     f"({_m('PHONE', _intl_phone(r, c.country))}).")
    elif choice == 3:
        c.put("followup", f"Patient asked that results be called to {c.his} cell {num} rather than the home line.")
    else:
        c.put("social", f"Emergency contact: {rel}, phone {num}")


def _ev_fax(c: _Ctx) -> None:
    r = c.rng
    if c.country and r.random() < 0.5:
        fax = _m("FAX", _intl_phone(r, c.country))
    else:
        fax = _m("FAX", _us_phone(r))
    if c.ntype == "radiology":
        r.choice((
            lambda: c.put("comp", f"Outside report received by fax from {fax} and reviewed."),
            lambda: c.put("notify", f"Preliminary report faxed to the ordering clinic at {fax}."),
            lambda: c.put("foot", f"cc: referring office, fax {fax}"),
        ))()
        return
    choice = r.randrange(4)
    if choice == 1 and not c.country:
        choice = r.choice((0, 2, 3))
    if choice == 0:
        pcp = _maybe(c, 0.65, "PERSON", c.name("clinician"))
        org = _maybe(c, 0.6, "ORGANIZATION", c.org("clinic"))
        c.put("followup", f"Please fax a copy of this summary to {c.his} PCP {c.dr()} {pcp} at {org}, fax {fax}.")
    elif choice == 1:
        org = _maybe(c, 0.6, "ORGANIZATION", c.org("foreign"))
        c.put("hpi", f"Records from {org} were faxed over from {fax} and reviewed, notable for a negative "
                     "malaria smear and a creatinine of 1.4 there.")
    elif choice == 2:
        c.put("followup", f"Home infusion orders faxed to {fax} on {c.sdate()}; confirmation received.")
    else:
        c.tel = True
        c.put("tel", f"Refill request received from the pharmacy (fax # {fax}) for the wrong strength; corrected.")


def _ev_pager(c: _Ctx) -> None:
    r = c.rng
    pg = _m("PAGER", _pager(r))
    cue = r.choice(("pager", "pgr", "pager #", "beeper", "p", "page at"))
    if c.ntype == "radiology":
        who = _maybe(c, 0.65, "PERSON", c.name("clinician"))
        c.put("notify", f"The findings were discussed with {c.dr()} {who} ({cue} {pg}) by {c.dr()} ___ on the "
                        f"telephone on {c.sdate()} at {r.randint(1, 11)}:{r.randint(10, 59)} "
                        f"{r.choice(('AM', 'PM'))}, {r.randint(5, 40)} minutes after discovery of the findings.")
        return
    choice = r.randrange(3)
    svc = r.choice(("cardiology", "GI", "nephrology", "the stroke team", "ID", "palliative care", "surgery"))
    if choice == 0:
        who = _maybe(c, 0.7, "PERSON", c.name("clinician"))
        c.put("course", f"Discussed with {c.dr()} {who} from {svc} ({cue} {pg}) who agreed with the plan.")
    elif choice == 1:
        c.put("followup", f"For questions before clinic please page the {svc} fellow on call, {cue} {pg}.")
    else:
        c.tel = True
        c.put("tel", f"Covering resident paged ({cue} {pg}) and aware.")


def _ev_email(c: _Ctx) -> None:
    r = c.rng
    first, last = (c.first, c.last) if r.random() < 0.6 else (r.choice(_FIRST_F + _FIRST_M), c.last)
    if c.sr and r.random() < 0.3:
        em = _m("EMAIL", _email_spoken(r, first, last))
    else:
        em = _m("EMAIL", _email(r, first, last))
    if c.ntype == "radiology":
        c.put("foot", f"Images released on CD; patient also asked that the report be sent to {em}.")
        return
    choice = r.randrange(3)
    if choice == 0:
        c.put("social", f"Prefers appointment reminders by e-mail: {em}.")
    elif choice == 1:
        rel, rel_name = c.kin()
        who = _maybe(c, 0.6, "PERSON", rel_name)
        where = _maybe(c, 0.4, "LOCATION", c.local_place())
        c.put("followup", f"{c.his.capitalize()} {rel} {who}, who lives in {where}, asked for "
                          f"updates at {em}.")
    else:
        c.tel = True
        c.put("tel", f"Patient will e-mail the home blood pressure log from {em}.")


def _ev_url(c: _Ctx) -> None:
    r = c.rng

    def u(kind: str) -> str:
        return _m("URL", _url(r, c.first, c.last, kind))

    if c.ntype == "radiology":
        c.put("comp", f"Outside images reviewed through the patient's image-sharing link {u('share')}.")
        return
    choice = r.randrange(4)
    if choice == 0:
        c.put("social", f"Family has been posting updates on a page for {c.him} ({u('family')}).")
    elif choice == 1:
        c.put("course", f"Home glucose readings were reviewed from the shared link {u('glucose')}.")
    elif choice == 2:
        c.put("followup", f"Portal activation link given to {c.his} {r.choice(_RELATIVES)}: {u('portal')}")
    else:
        c.put("social", f"A fundraiser for the flight home was set up at {u('family')} per the social worker.")


def _ev_ip(c: _Ctx) -> None:
    r = c.rng
    ip = _m("IP_ADDRESS", _ip(r))
    if c.ntype == "radiology":
        c.put("comp", f"Outside images were uploaded by the patient through the image exchange portal "
                      f"(upload logged from IP {ip}).")
        return
    choice = r.randrange(3)
    if choice == 0:
        c.put("course", f"Remote monitoring: the {r.choice(_DEVICE_MODELS[12:14])} last connected from IP {ip} "
                        f"on {c.sdate()}.")
    elif choice == 1:
        place = _maybe(c, 0.5, "LOCATION", c.local_place())
        c.put("hpi", f"{c.he.capitalize()} had a video visit the week prior while staying in {place} "
                     f"(connection log IP {ip}).")
    else:
        c.put("social", f"Reports {c.his} portal account was accessed from an unfamiliar address {ip}; "
                        "IT security notified.")


def _ev_ssn(c: _Ctx) -> None:
    r = c.rng
    ss = _m("SSN", _ssn(r))
    if c.ntype == "radiology":
        c.put("foot", f"Patient identity confirmed with two identifiers (name, SSN {ss}).")
        return
    cue = r.choice(("SSN", "SS#", "social security number", "Social Security No."))
    r.choice((
        lambda: c.put("social", f"Social work assisted with disability paperwork; {cue} {ss} confirmed."),
        lambda: c.put("followup", f"Registration: {cue} on file {ss}."),
        lambda: c.put("social", f"{c.he} gave {c.his} {cue} as {ss} for the Medicaid application"
                                + (" period" if c.sr else ".")),
    ))()


def _ev_mrn(c: _Ctx) -> None:
    r = c.rng
    if c.ntype == "radiology":
        if c.country and r.random() < 0.5:
            org = _maybe(c, 0.5, "ORGANIZATION", c.org("foreign"))
            c.put("comp", f"Outside CT from {org} (hospital record no. {_m('MRN', _foreign_record(r))}).")
        else:
            c.put("comp", f"Prior studies filed under an older MRN {_m('MRN', _mrn(r))} were merged and reviewed.")
        return
    choice = r.randrange(4)
    if choice == 0:
        c.header["unit"] = _m("MRN", _mrn(r))
    elif choice == 1:
        org = _maybe(c, 0.75, "ORGANIZATION", c.org("hospital"))
        c.put("hpi", f"Transferred from {org} (outside MRN {_m('MRN', _mrn(r))}).")
    elif choice == 2 and c.country:
        org = _maybe(c, 0.6, "ORGANIZATION", c.org("foreign"))
        c.put("hpi", f"{c.his.capitalize()} record number at {org} is {_m('MRN', _foreign_record(r))}.")
    else:
        c.put("course", f"Labs from the prior admission were under a duplicate medical record number "
                        f"{_m('MRN', _mrn(r))}; merge requested.")


def _ev_account(c: _Ctx) -> None:
    r = c.rng
    acc = _m("ACCOUNT", _account(r))
    cue = r.choice(("billing account #", "encounter number", "FIN", "visit account", "account no.",
                    "hospital account"))
    if c.ntype == "radiology":
        c.put("foot", f"Exam charged to {cue} {acc}.")
        return
    r.choice((
        lambda: c.put("followup", f"Patient has an outstanding balance on {cue} {acc}; financial counseling "
                                  "referral placed."),
        lambda: c.put("social", f"Registration updated, {cue} {acc}."),
        lambda: c.put("instr", f"Questions about this bill: reference {cue} {acc}."),
    ))()


def _ev_health_plan(c: _Ctx) -> None:
    r = c.rng
    ins = r.choice(_INSURERS)
    group = f"group {_dg(r, 6)}" if r.random() < 0.5 else f"group number {_dg(r, 4)}-{_dg(r, 3)}"
    kind = r.randrange(4)
    if kind == 0:
        hp, cue, ins = _m("HEALTH_PLAN", _mbi(r)), r.choice(("Medicare number", "Medicare ID", "MBI")), "Medicare"
    elif kind == 1:
        hp, cue = _m("HEALTH_PLAN", f"TI-{_dg(r, 4)}-{_dg(r, 5)}"), r.choice(("policy number", "policy no."))
        ins = r.choice(("GeoBlue", "Allianz Travel"))
    else:
        hp = _m("HEALTH_PLAN", _member_id(r))
        cue = r.choice(("member ID", "subscriber ID", "member #", "ID no.", "Medicaid ID"))
    if c.ntype == "radiology":
        c.put("foot", f"Prior authorization obtained from {ins}, {cue} {hp}.")
    elif kind == 1:
        c.put("followup", f"Travel insurance ({ins}) {cue} {hp} will cover the repatriation flight.")
    elif kind == 0:
        c.put(r.choice(("social", "followup")), f"Case management verified coverage with {ins}, {cue} {hp}.")
    else:
        c.put("social", f"Insurance: {ins}, {cue} {hp}, {group}.")


def _ev_license(c: _Ctx) -> None:
    r = c.rng
    if c.ntype == "radiology":
        who = _maybe(c, 0.6, "PERSON", c.name("clinician"))
        c.put("foot", f"Ordering provider: {who}, NPI {_m('LICENSE', _npi(r))}.")
        return
    choice = r.randrange(4)
    if choice == 0:
        sur = r.choice(_LAST_NO_HYPHEN)
        who = _maybe(c, 0.65, "PERSON", c.cased(sur), "___")
        c.put("followup", f"Prescriptions signed by {c.dr()} {who}, DEA {_m('LICENSE', _dea(r, sur))}.")
    elif choice == 1:
        c.put("followup", f"Home health order certified by NPI {_m('LICENSE', _npi(r))}.")
    elif choice == 2:
        cue = r.choice(("driver's license", "drivers license", "DL#", "license no."))
        c.put("social", f"{c.his.capitalize()} {cue} {_m('LICENSE', _drivers_licence(r))} was placed with "
                        "valuables in security.")
    else:
        c.put("followup", f"VNA nurse's RN license # {_m('LICENSE', _dg(r, 7))} documented on the start of care "
                          "form.")


def _ev_zip(c: _Ctx) -> None:
    r = c.rng
    if c.country and _COUNTRIES[c.country]["postal"] and r.random() < 0.4:
        city = r.choice(_COUNTRIES[c.country]["cities"])
        z = _m("ZIP", _dg(r, 5))
        txt = f"{_m('STREET_ADDRESS', _foreign_street(r, c.country))}, {z} {_maybe(c, 0.8, 'LOCATION', city)}"
        slot = "hist" if c.ntype == "radiology" else "social"
        c.put(slot, f"Home address abroad on file: {txt}, {c.country}.")
        return
    place = r.choice(_US_PLACES)
    z = _m("ZIP", _us_zip(r, place[2]))
    if c.ntype == "radiology":
        c.put("hist", f"Portable exam via the mobile x-ray service at the patient's residence, zip code {z}.")
        return
    r.choice((
        lambda: c.put("social", f"Recently moved; new zip code {z} per registration."),
        lambda: c.put("social", f"Lives in {_maybe(c, 0.6, 'LOCATION', place[0])}, {place[1]} {z}."),
        lambda: c.put("followup", f"VNA agency covering zip {z} accepted the referral."),
    ))()


def _ev_street(c: _Ctx) -> None:
    r = c.rng
    if c.country and r.random() < 0.55:
        d = _COUNTRIES[c.country]
        st = _m("STREET_ADDRESS", _foreign_street(r, c.country))
        city = _maybe(c, 0.75, "LOCATION", r.choice(d["cities"]))
        if d["postal"] and r.random() < 0.5:
            loc = f"{_m('ZIP', _dg(r, 5))} {city}"
        else:
            loc = city
        slot = "hist" if c.ntype == "radiology" else r.choice(("social", "hpi"))
        c.put(slot, f"{c.he.capitalize()} lives most of the year at {st}, {loc}, {c.country}.")
        return
    place = r.choice(_US_PLACES)
    st = _m("STREET_ADDRESS", c.cased(_us_street(r), 0.3))
    city = _maybe(c, 0.7, "LOCATION", place[0])
    z = _maybe(c, 0.5, "ZIP", _us_zip(r, place[2]), "")
    full = f"{st}, {city}, {place[1]}" + (f" {z}" if z else "")
    if c.ntype == "radiology":
        r.choice((
            lambda: c.put("hist", f"Portable exam performed at the patient's home (house call program), {full}."),
            lambda: c.put("hist", f"found down outside {st} by a neighbor, EMS reports head strike."),
        ))()
        return
    r.choice((
        lambda: c.put("social", f"Lives at {full} with {c.his} {r.choice(_RELATIVES)}."),
        lambda: c.put("followup", f"Discharged to {c.his} daughter's home at {full}."),
        lambda: c.put("hpi", f"{c.he.capitalize()} was found down outside {st} by a neighbor."),
    ))()


def _ev_date(c: _Ctx) -> None:
    r = c.rng
    style = "eu" if c.country and c.country not in ("Dominican Republic", "Philippines") and r.random() < 0.7 \
        else ("spoken" if c.sr and r.random() < 0.45 else "us")
    if c.ntype == "radiology":
        r.choice((
            lambda: c.put("comp", f"Outside CT chest dated {_m('DATE_REAL_YEAR', _real_date(r, 2008, 2024, style))}."),
            lambda: c.put("hist", f"DOB {_m('DATE_REAL_YEAR', _real_date(r, 1925, 1962, style))}."),
            lambda: c.put("comp", f"Comparison: outside MRI performed on "
                                  f"{_m('DATE_REAL_YEAR', _real_date(r, 2010, 2024, style))} at "
                                  f"{_maybe(c, 0.65, 'ORGANIZATION', c.org('foreign' if c.country else 'hospital'))}."),
        ))()
        return
    choice = r.randrange(6)
    if choice == 0 and "dob" not in c.header:
        c.header["dob"] = _m("DATE_REAL_YEAR", _real_date(r, 1925, 1962, "eu" if style == "eu" else "us"))
    elif choice == 1 and "adm" not in c.header:
        c.header["adm"] = _m("DATE_REAL_YEAR", _real_date(r, 2008, 2022, "us"))
    elif choice == 2 and c.country:
        place = _maybe(c, 0.6, "LOCATION", r.choice(_COUNTRIES[c.country]["cities"]))
        c.put("hpi", f"{c.he.capitalize()} was hospitalized in {place} from "
                     f"{_m('DATE_REAL_YEAR', _real_date(r, 2016, 2023, 'eu'))} to "
                     f"{_m('DATE_REAL_YEAR', _real_date(r, 2016, 2023, 'eu'))} for the same complaint.")
    elif choice == 3 and c.sr:
        c.put("hpi", f"date of birth {_m('DATE_REAL_YEAR', _real_date(r, 1925, 1960, 'spoken'))} period")
    elif choice == 4:
        org = _maybe(c, 0.65, "ORGANIZATION", c.org("hospital"))
        c.put("hpi", f"Previously admitted to {org} on {_m('DATE_REAL_YEAR', _real_date(r, 2009, 2023, style))} "
                     "with a similar presentation.")
    else:
        what = r.choice(("last colonoscopy", "Tdap", "last echo", "pneumococcal vaccine", "cataract surgery"))
        c.put("course", f"Per outside records, {what} on {_m('DATE_REAL_YEAR', _real_date(r, 2006, 2024, style))}.")


def _age_value(c: _Ctx) -> str:
    r = c.rng
    n = r.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 101, 102))
    if c.sr and r.random() < 0.55:
        return r.choice(_age_word_forms(n))
    return str(n)


def _ev_age(c: _Ctx) -> None:
    r = c.rng
    a = _m("AGE_OVER_89", _age_value(c))
    if c.age_text is None:
        c.age_text = r.choice((f"{a} year old", f"{a}-year-old", f"{a} y/o", f"{a}yo", f"{a} year-old"))
        return
    if c.ntype == "radiology":
        c.put("hist", f"patient is {a} and lives alone.")
    else:
        c.put("social", f"{c.he.capitalize()} is {a} and still drives to church every Sunday.")


def _ev_device(c: _Ctx) -> None:
    r = c.rng
    sn = _m("DEVICE_ID", _device_serial(r))
    cue = r.choice(("serial number", "serial #", "SN", "S/N", "serial"))
    model = r.choice(_DEVICE_MODELS[:4])
    pump = r.choice(_DEVICE_MODELS[6:8])
    if c.ntype == "radiology":
        if r.random() < 0.5:
            c.exam_hint = "CHEST"
            c.put("find", f"Left chest wall {model} generator ({cue} {sn} per implant card) with leads terminating "
                          "in the right atrium and right ventricle.")
        else:
            c.exam_hint = "MR HEAD"
            c.put("hist", f"MR-conditional pacemaker, {cue} {sn}, programmed to MRI mode by EP prior to the scan.")
        return
    r.choice((
        lambda: c.put("course", f"{model} interrogated: {cue} {sn}, battery 7.2 years, firmware 4.2.17.3, no "
                                "arrhythmias recorded."),
        lambda: c.put("hpi", f"{c.his.capitalize()} insulin pump ({pump}, {cue} {sn}) alarmed for an occlusion "
                             "the night before admission."),
        lambda: c.put("followup", f"Device clinic notified of the upcoming MRI; implant {cue} {sn}, implanted "
                                  f"{_maybe(c, 0.7, 'DATE_REAL_YEAR', _real_date(r, 2012, 2023))} at "
                                  f"{_maybe(c, 0.5, 'ORGANIZATION', c.org('hospital'))}."),
    ))()


def _ev_vehicle(c: _Ctx) -> None:
    r = c.rng
    foreign = c.country if c.country and r.random() < 0.4 else None
    veh = _m("VEHICLE_ID", _vin(r) if r.random() < 0.3 else _plate(r, foreign))
    if c.ntype == "radiology":
        c.mvc = True
        c.put("hist", f"per EMS run sheet vehicle {veh} rolled over, airbag deployment.")
        return
    choice = r.randrange(3)
    if choice == 0:
        c.mvc = True
        c.put("hpi", f"Per the police report {c.he} was the restrained driver of a sedan ({veh}) struck on the "
                     "passenger side.")
    elif choice == 1:
        c.put("social", f"{c.his.capitalize()} car ({veh}) was left in the ED lot, keys held by security.")
    else:
        c.mvc = True
        c.put("followup", f"Insurance adjuster called about the vehicle involved in the collision, {veh}; "
                          "patient aware.")


def _kin_m(c: _Ctx) -> tuple[str, str]:
    rel, name = c.kin()
    return rel, _m("PERSON", name)


def _ev_person(c: _Ctx) -> None:
    r = c.rng
    if c.ntype == "radiology":
        r.choice((
            lambda: c.put("notify", f"Discussed with {c.dr()} {_m('PERSON', c.name('clinician'))} at "
                                    f"{r.randint(1, 11)}:{r.randint(10, 59)} on {c.sdate()}."),
            lambda: c.put("foot", f"Dictated by: {_m('PERSON', c.name('clinician'))}, MD"),
            lambda: c.put("hist", f"per the patient's {' '.join(_kin_m(c))}, "
                                  "fell two days ago."),
        ))()
        return
    choice = r.randrange(8)
    if choice == 0 and "name" not in c.header:
        c.header["name"] = _m("PERSON", r.choice((f"{c.last}, {c.first}", f"{c.first} {c.last}",
                                                  f"{c.last.upper()}, {c.first.upper()}")))
    elif choice == 1 and "attending" not in c.header:
        c.header["attending"] = _m("PERSON", c.name("clinician"))
    elif choice == 2:
        c.put("hpi", f"History obtained from {c.his} {' '.join(_kin_m(c))}.")
    elif choice == 3:
        c.put("course", f"{c.dr()} {_m('PERSON', c.name('clinician'))} from {r.choice(('hepatology', 'ID', 'EP'))} "
                        "saw the patient and recommended continuing the current plan.")
    elif choice == 4:
        c.tel = True
        c.put("tel", f"Spoke with {c.his} {' '.join(_kin_m(c))}.")
    elif choice == 5:
        lang = r.choice(("Portuguese", "Cape Verdean Creole", "Haitian Creole", "Spanish", "Vietnamese", "Polish"))
        c.put("hpi", f"Interview conducted via {lang} interpreter {_m('PERSON', c.name())}.")
    elif choice == 6:
        title = "Mrs." if c.sex == "F" else "Mr."
        if c.sr:
            title = "missus" if c.sex == "F" else "mister"
        c.put("course", f"{title} {_m('PERSON', c.cased(c.last))} did well overnight and was ambulating the "
                        "halls with PT.")
    else:
        c.put("social", f"Lives with {c.his} {' '.join(_kin_m(c))}.")


def _ev_location(c: _Ctx) -> None:
    r = c.rng
    if c.ntype == "radiology":
        place = c.local_place()
        r.choice((
            lambda: c.put("hist", f"fell while visiting family in {_m('LOCATION', place)}."),
            lambda: c.put("comp", f"Outside study performed in {_m('LOCATION', place)}, report not available."),
        ))()
        return
    choice = r.randrange(6)
    if choice == 0 and c.country:
        city = c.cased(r.choice(_COUNTRIES[c.country]["cities"]), 0.3)
        c.put("hpi", f"Returned from {_m('LOCATION', city)}, {_cname(c.country)}, {r.randint(3, 12)} days prior to "
                     "presentation.")
    elif choice == 1:
        far = r.choice(_FAR_US)
        c.put("social", f"Spends the winter in {_m('LOCATION', far[0])}, {far[1]}.")
    elif choice == 2:
        c.put("social", f"Currently staying at the shelter on {_m('LOCATION', r.choice(_CORNERS))}.")
    elif choice == 3:
        c.put("social", f"Lives in {_m('LOCATION', c.local_place())} with {c.his} {r.choice(_RELATIVES)}.")
    elif choice == 4:
        c.put("social", f"Works on a fishing boat out of {_m('LOCATION', c.cased(r.choice(_US_PLACES)[0], 0.3))}.")
    else:
        city = r.choice(_FOREIGN_CITIES)
        c.put("hpi", f"Symptoms began while visiting relatives in {_m('LOCATION', city)}.")


def _ev_org(c: _Ctx) -> None:
    r = c.rng
    if c.ntype == "radiology":
        org = _m("ORGANIZATION", c.org("foreign" if c.country and r.random() < 0.5 else "hospital"))
        r.choice((
            lambda: c.put("comp", f"Outside CT from {org}, images reviewed on PACS."),
            lambda: c.put("hist", f"Transfer from {org} for further management."),
        ))()
        return
    choice = r.randrange(7)
    if choice == 0:
        place = _maybe(c, 0.35, "LOCATION", c.local_place())
        c.put("hpi", f"Transferred from {_m('ORGANIZATION', c.org('hospital'))} in {place}.")
    elif choice == 1:
        c.put("social", f"Works as a machinist at {_m('ORGANIZATION', c.org('employer'))}.")
    elif choice == 2:
        c.put("followup", f"Discharged to {_m('ORGANIZATION', c.org('rehab'))} for short term rehab.")
    elif choice == 3:
        c.put("followup", f"Prescriptions sent to {_m('ORGANIZATION', c.org('pharmacy'))}.")
    elif choice == 4:
        c.put("social", f"Teaches third grade at {_m('ORGANIZATION', c.org('school'))}.")
    elif choice == 5:
        c.put("social", f"Very involved with {_m('ORGANIZATION', c.org('church'))}, pastor visited daily.")
    else:
        ctry = c.country or r.choice(_COUNTRY_NAMES)
        place = _maybe(c, 0.5, "LOCATION", r.choice(_COUNTRIES[ctry]["cities"]))
        org = _m("ORGANIZATION", r.choice(_COUNTRIES[ctry]["orgs"]))
        c.put("hpi", f"Initially treated at {org} in {place}, {ctry}, before flying home.")


_EVENTS = {
    "PHONE": _ev_phone, "FAX": _ev_fax, "PAGER": _ev_pager, "EMAIL": _ev_email, "URL": _ev_url,
    "IP_ADDRESS": _ev_ip, "SSN": _ev_ssn, "MRN": _ev_mrn, "ACCOUNT": _ev_account, "HEALTH_PLAN": _ev_health_plan,
    "LICENSE": _ev_license, "ZIP": _ev_zip, "STREET_ADDRESS": _ev_street, "DATE_REAL_YEAR": _ev_date,
    "AGE_OVER_89": _ev_age, "DEVICE_ID": _ev_device, "VEHICLE_ID": _ev_vehicle, "PERSON": _ev_person,
    "LOCATION": _ev_location, "ORGANIZATION": _ev_org,
}
assert set(_EVENTS) == set(CATEGORIES)

# --------------------------------------------------------------------------------------------------
# Text transformations: dictation artefacts and copy-forward hard wrapping (both leave planted values alone)
# --------------------------------------------------------------------------------------------------

_NUM_UNIT_RE = re.compile(r"(?<![\d.,/-])\b(\d{1,2}) (days|weeks|hours|months|years|times|liters|tablets|minutes|"
                          r"pack-years|"
                          r"puffs|doses)\b")
_SENT_END_RE = re.compile(r"(?<=[a-z)%])\.( +)([A-Z](?=[a-z])|[a-z])")
_COMMA_RE = re.compile(r"(?<=[a-z]), (?=[a-z])")


def _sr_filter(rng: random.Random, swaps: tuple[tuple[str, str], ...], p_period: float) -> Callable[[str], str]:
    def fn(s: str) -> str:
        for a, b in swaps:
            s = re.sub(rf"\b{re.escape(a)}\b", b, s)
        s = _NUM_UNIT_RE.sub(lambda mt: f"{_words(int(mt.group(1)))} {mt.group(2)}"
                             if rng.random() < 0.6 else mt.group(0), s)
        s = _SENT_END_RE.sub(lambda mt: _sent_end(rng, mt, p_period), s)
        s = _COMMA_RE.sub(lambda mt: " comma " if rng.random() < 0.15 else mt.group(0), s)
        return s
    return fn


def _sent_end(rng: random.Random, mt: re.Match, p_period: float) -> str:
    x = rng.random()
    if x < p_period:  # spoken punctuation left in
        return f" period{mt.group(1)}{mt.group(2).lower()}"
    if x < p_period + 0.12:  # run-on sentence
        return f"{mt.group(1)}{mt.group(2).lower()}"
    return mt.group(0)


def _dictate(c: _Ctx, raw: str, swaps: tuple[tuple[str, str], ...], p_period: float = 0.3) -> str:
    return _outside(raw, _sr_filter(c.rng, swaps, p_period))


_TOKEN_RE = re.compile("(\x01[A-Z0-9_]+\x02[^\x01\x02\x03]*\x03|[^ \x01]+| +)")


def _visible_len(tok: str) -> int:
    mt = _MARK_RE.fullmatch(tok)
    return len(mt.group(2)) if mt else len(tok)


def _wrap(rng: random.Random, raw: str, width: int) -> str:
    """Hard-wrap each line at about width characters (copy-forwarded text); planted values are atomic."""
    out_lines: list[str] = []
    for line in raw.split("\n"):
        if _visible_len(line) <= width and "\x01" not in line:
            out_lines.append(line)
            continue
        cur: list[str] = []
        n = 0
        for tok in _TOKEN_RE.findall(line):
            ln = _visible_len(tok)
            if tok.startswith(" "):
                if n + ln > width:
                    out_lines.append("".join(cur).rstrip())
                    cur, n = [], 0
                else:
                    cur.append(tok)
                    n += ln
                continue
            if tok.startswith("\x01") and cur and rng.random() < 0.12:
                # stray break just before an identifier (its cue stays on the previous line)
                out_lines.append("".join(cur).rstrip())
                cur, n = [], 0
            if n + ln > width and cur:
                out_lines.append("".join(cur).rstrip())
                cur, n = [], 0
            cur.append(tok)
            n += ln
        out_lines.append("".join(cur).rstrip())
    return "\n".join(out_lines)


# --------------------------------------------------------------------------------------------------
# Clinical content
# --------------------------------------------------------------------------------------------------

_SCENARIOS: tuple[dict, ...] = (
    dict(service="MEDICINE", cc="shortness of breath",
         pmh_short="COPD on 2 liters home oxygen, hypertension and atrial fibrillation on apixaban",
         pres="4 days of worsening dyspnea and cough productive of green sputum",
         hpi=("{He} reports using {his} albuterol inhaler every 2 hours without relief and sleeping upright in a "
              "recliner.", "Denies chest pain, fevers or leg swelling. No sick contacts.",
              "In the ED initial vitals were T {temp} HR {hr} BP {sbp}/{dbp} RR {rr} SpO2 {spo2}% on 4L NC.",
              "{He} received duonebs x3, methylprednisolone 125 mg IV and azithromycin 500 mg with improvement in "
              "work of breathing."),
         pmh=("COPD, FEV1 38% predicted", "Hypertension", "Paroxysmal atrial fibrillation, CHA2DS2-VASc 4", "GERD",
              "Osteoporosis with T12 compression fracture"),
         exam=("GEN: tripoding, speaking in short sentences",
               "LUNGS: diffuse expiratory wheezes, prolonged expiratory phase, coarse breath sounds at the bases",
               "CV: irregularly irregular, no murmurs", "EXT: no edema, no calf tenderness, Homans sign negative"),
         course=("# COPD exacerbation: treated with prednisone 40 mg daily for a 5 day course, azithromycin for 3 "
                 "days and standing nebulizers. Weaned to home 2L by hospital day 3, ambulatory SpO2 91% on 2L.",
                 "# Atrial fibrillation: rate controlled on home diltiazem, continued Eliquis 5 mg BID.",
                 "# Steroid induced hyperglycemia: covered with insulin lispro sliding scale, A1c 5.9%."),
         meds=("Apixaban 5 mg PO BID", "Diltiazem ER 180 mg PO daily", "Tiotropium 18 mcg inhaled daily",
               "Albuterol MDI 2 puffs q4h PRN", "PredniSONE 40 mg PO daily x 2 more days",
               "Omeprazole 20 mg PO daily"),
         dx=("COPD exacerbation", "Paroxysmal atrial fibrillation")),
    dict(service="CARDIOLOGY", cc="chest pressure",
         pmh_short="hyperlipidemia, type 2 diabetes and a 40 pack-year smoking history",
         pres="substernal chest pressure radiating to the jaw, onset while shoveling snow",
         hpi=("ECG showed 1 mm ST depressions in V4 through V6 and troponin peaked at {trop}.",
              "{He} was loaded with aspirin 325 mg and ticagrelor 180 mg and started on a heparin drip.",
              "Pain free since arrival, BP {sbp}/{dbp}, HR {hr}."),
         pmh=("Type 2 diabetes, last A1c 8.1%", "Hyperlipidemia", "Tobacco use, quit 2 years ago",
              "Benign prostatic hypertrophy on tamsulosin"),
         exam=("NECK: JVP 7 cm", "CV: RRR, S1 S2, 2/6 systolic murmur at the LUSB, no rub",
               "LUNGS: bibasilar crackles that clear with cough", "EXT: 2+ DP pulses bilaterally"),
         course=("# NSTEMI: cardiac catheterization showed 90% mid LAD stenosis, treated with a drug eluting stent. "
                 "Started on aspirin 81 mg, Brilinta 90 mg BID and atorvastatin 80 mg.",
                 "# Ischemic cardiomyopathy: TTE with LVEF 40% and anterior hypokinesis, started metoprolol "
                 "succinate and lisinopril, Entresto to be considered as an outpatient.",
                 "# Diabetes: metformin held around contrast, resumed 48 hours after cath, Jardiance added."),
         meds=("Aspirin 81 mg PO daily", "Ticagrelor 90 mg PO BID", "Atorvastatin 80 mg PO QHS",
               "Metoprolol succinate 50 mg PO daily", "Lisinopril 5 mg PO daily", "Empagliflozin 10 mg PO daily"),
         dx=("NSTEMI", "Coronary artery disease s/p DES to mid LAD", "Ischemic cardiomyopathy, EF 40%")),
    dict(service="ORTHOPAEDICS", cc="left hip pain after fall",
         pmh_short="osteoporosis, mild cognitive impairment and hypothyroidism",
         pres="a mechanical fall at home with inability to bear weight on the left leg",
         hpi=("{He} tripped over a rug on the way to the bathroom at night, no head strike, no loss of "
              "consciousness.", "Left leg shortened and externally rotated in the ED.",
              "Xray showed a displaced left femoral neck fracture, Garden IV."),
         pmh=("Osteoporosis", "Mild cognitive impairment, MoCA 22/30", "Hypothyroidism", "Cataracts",
              "Chronic kidney disease stage 3a"),
         exam=("GEN: uncomfortable, oriented x2", "LLE: shortened, externally rotated, NVI distally, compartments "
               "soft", "SKIN: 2 cm skin tear on the left forearm"),
         course=("# Left femoral neck fracture: underwent left hip hemiarthroplasty on {sdate}. Foley catheter "
                 "removed POD 2, voiding spontaneously. WBAT with PT, enoxaparin 40 mg daily for 4 weeks.",
                 "# Post operative delirium: worse at night, managed with sleep hygiene, reorientation and low dose "
                 "haloperidol once; RASS 0 at discharge.",
                 "# Acute blood loss anemia: Hgb nadir {hgb}, transfused 1 unit PRBC."),
         meds=("Enoxaparin 40 mg SC daily x 4 weeks", "Acetaminophen 1000 mg PO q8h", "Oxycodone 2.5 mg PO q6h PRN",
               "Levothyroxine 75 mcg PO daily", "Senna 8.6 mg PO BID", "Calcium carbonate-vitamin D BID"),
         dx=("Left femoral neck fracture s/p hemiarthroplasty", "Post operative delirium", "Osteoporosis")),
    dict(service="NEUROSURGERY", cc="worst headache of life",
         pmh_short="hypertension and polycystic kidney disease",
         pres="sudden thunderclap headache with vomiting and neck stiffness",
         hpi=("CT head showed diffuse subarachnoid hemorrhage in the basal cisterns, modified Fisher grade 3.",
              "On arrival GCS 14, Hunt and Hess grade 2, Kernig and Brudzinski signs positive.",
              "CTA showed a 7 mm anterior communicating artery aneurysm."),
         pmh=("Hypertension", "Autosomal dominant polycystic kidney disease", "Migraine without aura"),
         exam=("NEURO: drowsy but arousable, oriented x3, PERRL 3 to 2 mm, no drift, Glasgow Coma Scale 14",
               "NECK: meningismus", "Romberg not tested"),
         course=("# Aneurysmal SAH: underwent coil embolization of the ACOM aneurysm on {sdate}. Nimodipine 60 mg q4h "
                 "for 21 days, daily transcranial dopplers without vasospasm.",
                 "# Hydrocephalus: EVD placed on admission, clamp trial passed, EVD removed on {sdate}.",
                 "# Hyponatremia: Na nadir {na}, cerebral salt wasting, treated with salt tabs and fludrocortisone."),
         meds=("Nimodipine 60 mg PO q4h to complete 21 days", "Levetiracetam 500 mg PO BID x 7 days",
               "Acetaminophen 650 mg PO q6h PRN", "Docusate 100 mg PO BID", "Sodium chloride 1 g PO TID"),
         dx=("Aneurysmal subarachnoid hemorrhage, Hunt and Hess 2", "Acute hydrocephalus", "Hyponatremia")),
    dict(service="NEUROLOGY", cc="cough and fevers",
         pmh_short="advanced Parkinson disease with motor fluctuations",
         pres="3 days of fevers, wet cough and choking on thin liquids",
         hpi=("Family reports {his} carbidopa-levodopa doses were missed for 2 days because of vomiting.",
              "CXR showed a right lower lobe opacity concerning for aspiration pneumonia.",
              "In the ED T {temp}, HR {hr}, SpO2 {spo2}% on RA, lactate {lact}."),
         pmh=("Parkinson disease, diagnosed 12 years ago, Hoehn and Yahr stage 4", "Orthostatic hypotension",
              "Depression", "Constipation", "REM sleep behavior disorder"),
         exam=("NEURO: hypomimia, hypophonia, cogwheel rigidity R>L, resting tremor, shuffling gait",
               "LUNGS: coarse crackles right base", "Speech soft but intelligible"),
         course=("# Aspiration pneumonia: treated with ceftriaxone and azithromycin, then amoxicillin-clavulanate to "
                 "complete 5 days. Speech and swallow evaluation recommended nectar thick liquids and chin tuck.",
                 "# Parkinson disease: Sinemet given on a strict home schedule, nursing aware of time critical "
                 "doses, no haloperidol or metoclopramide.",
                 "# Dysphagia: video swallow showed penetration with thin liquids, diet modified."),
         meds=("Carbidopa-levodopa 25/100 mg 1.5 tabs PO at 6am 10am 2pm 6pm", "Midodrine 5 mg PO TID",
               "Sertraline 50 mg PO daily", "Polyethylene glycol 17 g PO daily",
               "Amoxicillin-clavulanate 875 mg PO BID x 2 more days"),
         dx=("Aspiration pneumonia", "Parkinson disease", "Oropharyngeal dysphagia")),
    dict(service="MEDICINE", cc="confusion and falls",
         pmh_short="dementia with Lewy bodies and orthostatic hypotension",
         pres="1 week of fluctuating confusion, visual hallucinations and 3 falls",
         hpi=("{His} {rel} notes {he} sees children in the garden that are not there.",
              "No fevers, UA with 3 WBC, CT head without acute process.",
              "{He} had been started on quetiapine by an urgent care clinic for agitation."),
         pmh=("Lewy body dementia", "Orthostatic hypotension", "Atrial flutter s/p ablation", "Macular degeneration"),
         exam=("NEURO: inattentive, months of the year backwards with 3 errors, mild rigidity, no focal deficits",
               "Orthostatic vitals positive, BP {sbp}/{dbp} supine to 98/60 standing"),
         course=("# Delirium on dementia with Lewy bodies: quetiapine reduced, avoided antipsychotics, rivastigmine "
                 "patch continued. Morse Fall Scale 75, 1:1 sitter for 2 nights.",
                 "# Orthostatic hypotension: compression stockings, liberalized salt, fludrocortisone started.",
                 "# Goals of care: family meeting held, patient remains full code, palliative care following."),
         meds=("Rivastigmine 9.5 mg/24 hr patch daily", "Fludrocortisone 0.1 mg PO daily",
               "Quetiapine 12.5 mg PO QHS PRN", "Melatonin 3 mg PO QHS", "Vitamin D3 2000 units PO daily"),
         dx=("Delirium", "Dementia with Lewy bodies", "Orthostatic hypotension", "Recurrent falls")),
    dict(service="SURGERY", cc="painless jaundice",
         pmh_short="new onset diabetes and weight loss",
         pres="painless jaundice, dark urine and a 9 kg weight loss over 3 months",
         hpi=("CT pancreas protocol showed a 2.8 cm hypodense mass in the pancreatic head abutting but not encasing "
              "the SMV.", "ERCP with plastic stent placement for biliary obstruction, bilirubin down from 14.2.",
              "Positive Courvoisier sign on exam, no Virchow node."),
         pmh=("Type 2 diabetes, diagnosed 6 months ago", "Hypertension", "Prior appendectomy"),
         exam=("ABD: well healed chevron incision, JP drains with serosanguinous output", "Mild scleral icterus"),
         course=("# Pancreatic adenocarcinoma: underwent pylorus preserving Whipple (pancreaticoduodenectomy) on "
                 "{sdate}. Path T2N1, margins negative. Oncology to follow for adjuvant chemotherapy.",
                 "# Delayed gastric emptying: NG tube replaced POD 4, diet slowly advanced, tolerating soft solids.",
                 "# Drains: JP amylase low on POD 3, drains removed prior to discharge."),
         meds=("Pancrelipase (Creon) 24,000 units with meals", "Insulin glargine 12 units SC QHS",
               "Oxycodone 5 mg PO q4h PRN", "Pantoprazole 40 mg PO daily", "Ondansetron 4 mg PO q8h PRN"),
         dx=("Pancreatic head adenocarcinoma s/p Whipple", "Delayed gastric emptying")),
    dict(service="MEDICINE", cc="fevers and rigors after travel",
         pmh_short="no significant medical history",
         pres="5 days of fevers to 39.8, rigors, headache and myalgias after returning from a trip to visit family",
         hpi=("{He} did not take malaria prophylaxis and did not receive pre travel vaccines.",
              "Thick and thin smears showed Plasmodium falciparum with 3.2% parasitemia.",
              "Platelets {plt}, total bilirubin 2.9, creatinine 1.3, no altered mental status."),
         pmh=("None", "Prior malaria as a child"),
         exam=("GEN: febrile to {temp}, ill appearing", "ABD: spleen tip palpable", "SKIN: no rash, no petechiae"),
         course=("# Falciparum malaria: started IV artesunate 2.4 mg/kg given parasitemia above 2%, obtained via "
                 "the CDC Malaria Hotline 770-488-7788. Transitioned to Coartem (artemether-lumefantrine) once "
                 "parasitemia fell below 1%. Day 3 smear negative.",
                 "# Thrombocytopenia: nadir 48, no bleeding, recovering at discharge.",
                 "# Travel counseling: advised to see a travel clinic before the next trip, www.cdc.gov/travel."),
         meds=("Artemether-lumefantrine 4 tabs PO BID to complete 3 days", "Acetaminophen 650 mg PO q6h PRN"),
         dx=("Plasmodium falciparum malaria, uncomplicated after treatment", "Thrombocytopenia")),
    dict(service="MEDICINE", cc="pleuritic chest pain",
         pmh_short="obesity and oral contraceptive use",
         pres="pleuritic chest pain and dyspnea 2 days after a long-haul flight",
         hpi=("Wells score 6, D-dimer 2,340, CTA chest with bilateral segmental pulmonary emboli and RV/LV ratio 1.1.",
              "Troponin mildly elevated at {trop}, BNP {bnp}.", "HR {hr}, BP {sbp}/{dbp}, SpO2 {spo2}% on RA."),
         pmh=("Obesity, BMI 36", "Migraine", "Seasonal allergies"),
         exam=("CV: tachycardic, no murmurs, JVP not elevated", "EXT: left calf 2 cm larger than right, tender"),
         course=("# Submassive PE: PERT consulted, treated with heparin drip, no lysis needed, transitioned to "
                 "apixaban 10 mg BID for 7 days then 5 mg BID.",
                 "# Left popliteal DVT on duplex: same anticoagulation.",
                 "# Provoked by travel and estrogen: OCP stopped, counseled on alternatives."),
         meds=("Apixaban 10 mg PO BID x 7 days then 5 mg PO BID", "Ibuprofen avoided", "Acetaminophen PRN"),
         dx=("Submassive pulmonary embolism", "Left lower extremity DVT")),
    dict(service="CARDIOLOGY", cc="leg swelling and orthopnea",
         pmh_short="HFrEF with an ICD, CKD stage 3b and gout",
         pres="2 weeks of progressive leg swelling, 5 kg weight gain and 3 pillow orthopnea",
         hpi=("{He} ran out of torsemide after the pharmacy closed.", "BNP {bnp}, creatinine {cr} from baseline 1.6.",
              "Device interrogation showed thoracic impedance trending down for 10 days."),
         pmh=("HFrEF, LVEF 25%, nonischemic", "Single chamber ICD for primary prevention", "CKD stage 3b", "Gout"),
         exam=("JVP to the angle of the jaw, positive hepatojugular reflux", "LUNGS: crackles halfway up",
               "EXT: 3+ pitting edema to the knees"),
         course=("# Acute on chronic HFrEF: diuresed with a Lasix drip, net negative 8 liters, transitioned to "
                 "torsemide 40 mg daily. Discharge weight 81.2 kg.",
                 "# ICD: interrogated by device clinic, no therapies delivered, firmware updated to 8.4.2.17.",
                 "# CKD: creatinine improved to 1.8 with diuresis."),
         meds=("Torsemide 40 mg PO daily", "Sacubitril-valsartan (Entresto) 24/26 mg PO BID",
               "Metoprolol succinate 100 mg PO daily", "Spironolactone 12.5 mg PO daily", "Allopurinol 100 mg daily"),
         dx=("Acute on chronic systolic heart failure", "CKD stage 3b")),
    dict(service="MEDICINE", cc="nausea and vomiting, high blood sugars",
         pmh_short="type 1 diabetes on an insulin pump and continuous glucose monitor",
         pres="nausea, vomiting and blood sugars above 400 after {his} pump site came loose",
         hpi=("Anion gap 24, bicarbonate 9, beta hydroxybutyrate 6.1, Kussmaul respirations on arrival.",
              "{His} Dexcom G7 showed sugars above 300 for 14 hours."),
         pmh=("Type 1 diabetes since age 11", "Celiac disease", "Hashimoto thyroiditis"),
         exam=("GEN: dry mucous membranes, fruity breath", "ABD: diffusely tender, no rebound"),
         course=("# DKA: insulin drip per protocol, gap closed in 14 hours, bridged to basal bolus insulin then "
                 "restarted on the pump with a new infusion set. Diabetes educator reviewed sick day rules.",
                 "# Hypokalemia: K nadir 2.9, repleted.", "# Celiac disease: gluten free diet."),
         meds=("Insulin lispro via pump, basal 0.8 units/hr", "Insulin glargine 18 units backup if pump fails",
               "Levothyroxine 50 mcg PO daily", "Glucagon nasal 3 mg PRN"),
         dx=("Diabetic ketoacidosis", "Insulin pump failure")),
    dict(service="TRAUMA SURGERY", cc="motor vehicle collision",
         pmh_short="no significant medical history",
         pres="a high speed motor vehicle collision with left sided chest and abdominal pain",
         hpi=("FAST positive in the left upper quadrant, CT showed a grade III splenic laceration and left rib "
              "fractures 5 through 8.", "GCS 15 at the scene, seat belt sign across the chest."),
         pmh=("None", "Remote ACL reconstruction"),
         exam=("CHEST: tender left chest wall, no crepitus, breath sounds decreased on the left",
               "ABD: seatbelt sign, LUQ tenderness"),
         course=("# Splenic laceration: managed non operatively with serial Hgb, stable at {hgb}; no "
                 "angioembolization needed. Vaccines not required.",
                 "# Left rib fractures with small hemothorax: 28 Fr chest tube placed, removed on hospital day 4. "
                 "Pain controlled with a serratus anterior catheter, incentive spirometry to 1500.",
                 "# Tertiary survey: no additional injuries."),
         meds=("Acetaminophen 1 g PO q8h", "Oxycodone 5 mg PO q4h PRN", "Lidocaine 4% patch daily",
               "Docusate 100 mg PO BID"),
         dx=("Grade III splenic laceration", "Left rib fractures 5-8 with hemothorax")),
    dict(service="MEDICINE", cc="vomiting blood",
         pmh_short="alcohol use disorder",
         pres="several episodes of retching followed by bright red hematemesis",
         hpi=("Glasgow-Blatchford score 9, Hgb {hgb}, BUN 42.", "No melena, no prior GI bleeding."),
         pmh=("Alcohol use disorder, last drink the day of admission", "Hypertension", "Fatty liver"),
         social="Drinks 6 to 8 beers daily, no withdrawal seizures in the past.",
         exam=("GEN: pale, tremulous", "ABD: soft, epigastric tenderness, no stigmata of chronic liver disease"),
         course=("# Upper GI bleed: EGD showed a 1 cm Mallory-Weiss tear without active bleeding and LA grade B "
                 "esophagitis. Pantoprazole 40 mg BID for 8 weeks.",
                 "# Alcohol withdrawal: CIWA guided lorazepam, peak CIWA 14, no seizures, thiamine and folate.",
                 "# Counseling: motivated to quit, referred to Alcoholics Anonymous and outpatient treatment."),
         meds=("Pantoprazole 40 mg PO BID", "Thiamine 100 mg PO daily", "Folic acid 1 mg PO daily",
               "Naltrexone 50 mg PO daily"),
         dx=("Mallory-Weiss tear", "Alcohol withdrawal")),
    dict(service="NEUROLOGY", cc="right sided weakness and trouble speaking",
         pmh_short="atrial fibrillation not on anticoagulation",
         pres="acute right arm weakness and word finding difficulty, last known well 90 minutes before arrival",
         hpi=("NIHSS 7 on arrival, CT head negative, CTA with left M2 occlusion.",
              "Received tenecteplase and went for thrombectomy with TICI 2b reperfusion.",
              "BP {sbp}/{dbp} after thrombolysis."),
         pmh=("Atrial fibrillation", "Hypertension", "Prior TIA"),
         exam=("NEURO: expressive aphasia, right pronator drift, right Babinski upgoing, right facial droop",
               "NIHSS 2 at discharge"),
         course=("# Left MCA stroke: cardioembolic, started apixaban on day 4 per neurology given infarct size.",
                 "# Aphasia: speech therapy, improving daily.",
                 "# Blood pressure: goal below 180/105 for 24 hours after lysis, then home regimen."),
         meds=("Apixaban 5 mg PO BID", "Atorvastatin 80 mg PO daily", "Amlodipine 5 mg PO daily"),
         dx=("Acute ischemic stroke, left MCA", "Atrial fibrillation")),
)

_RAD_EXAMS: tuple[dict, ...] = (
    dict(name="CT HEAD W/O CONTRAST", ind="fall on anticoagulation, evaluate for intracranial hemorrhage",
         tech="Contiguous axial images of the brain were obtained without intravenous contrast on a {ct}. Coronal "
              "and sagittal reformations and bone algorithm reconstructions were provided. DLP: {dlp} mGy-cm. "
              "CTDIvol: {ctdi} mGy.",
         find=(("There is no evidence of acute intracranial hemorrhage, edema, mass effect or large territorial "
                "infarction.", "There is a small left parafalcine subdural hematoma measuring up to 4 mm without "
                "midline shift."),
               ("The ventricles and sulci are prominent consistent with age related involution.",
                "Periventricular white matter hypodensities are nonspecific but likely sequela of chronic small "
                "vessel ischemic disease."),
               ("The basal cisterns are patent. There is no fracture.", "Nondisplaced fracture of the right "
                "occipital bone without underlying hemorrhage."),
               ("The visualized paranasal sinuses, mastoid air cells and middle ear cavities are clear. The orbits "
                "are unremarkable. Bilateral lens replacements.",)),
         imp=("No acute intracranial process.", "Small left parafalcine subdural hematoma, no mass effect.")),
    dict(name="CHEST (PA AND LAT)", ind="cough and fever, evaluate for pneumonia",
         tech="PA and lateral views of the chest.",
         find=(("The lungs are hyperinflated. There is a new right lower lobe opacity concerning for pneumonia.",
                "Lungs are clear without focal consolidation. No pleural effusion or pneumothorax."),
               ("Heart size is normal. Mediastinal and hilar contours are unremarkable.",
                "Mild cardiomegaly is unchanged. Calcified aortic knob."),
               ("Small right pleural effusion with adjacent atelectasis.", "No pleural effusion."),
               ("Multilevel degenerative changes of the thoracic spine. Old healed left rib fractures.",
                "No acute osseous abnormality. Surgical clips in the right upper quadrant.")),
         imp=("Right lower lobe pneumonia in the appropriate clinical setting.", "No acute cardiopulmonary process.")),
    dict(name="CTA CHEST W AND W/O C W/RECONS", ind="pleuritic chest pain and tachycardia after long flight",
         tech="Multidetector CT of the chest was performed with 80 mL of Omnipaque 350 using the PE protocol on a "
              "{ct}. Multiplanar reformations were reviewed. DLP: {dlp} mGy-cm.",
         find=(("There are filling defects in the right lower lobe and left lower lobe segmental pulmonary arteries "
                "consistent with acute pulmonary emboli.", "The pulmonary arteries are well opacified to the "
                "subsegmental level without filling defect."),
               ("The RV/LV ratio is 1.1 with straightening of the interventricular septum.",
                "The heart is normal in size without pericardial effusion."),
               ("Wedge shaped peripheral opacity in the left lower lobe may represent early infarction.",
                "There is a 4 mm solid nodule in the right upper lobe, image 3:41."),
               ("No pleural effusion. No mediastinal or hilar lymphadenopathy. Visualized upper abdomen is "
                "unremarkable.",)),
         imp=("Bilateral segmental pulmonary emboli with CT evidence of right heart strain.",
              "4 mm right upper lobe nodule; per Fleischner Society guidelines no routine follow-up if low risk.")),
    dict(name="CT ABD AND PELVIS WITH CONTRAST", ind="abdominal pain, fever, evaluate for abscess",
         tech="MDCT images were obtained from the lung bases to the pubic symphysis after administration of 100 mL "
              "Omnipaque 350 on a {ct}. Coronal and sagittal reformations were reviewed. DLP: {dlp} mGy-cm.",
         find=(("LOWER CHEST: Trace bilateral pleural effusions with dependent atelectasis.",
                "LOWER CHEST: Visualized lung bases are clear."),
               ("HEPATOBILIARY: The liver enhances homogeneously. No intrahepatic biliary dilation. The gallbladder "
                "contains layering sludge.", "HEPATOBILIARY: Hepatic steatosis. Pneumobilia consistent with the "
                "prior biliary stent."),
               ("PANCREAS: Post surgical changes of Whipple procedure. No peripancreatic fluid collection.",
                "PANCREAS: The pancreas is atrophic without focal lesion or ductal dilation."),
               ("KIDNEYS: Bilateral simple renal cysts, the largest 2.1 cm, Bosniak 1. No hydronephrosis.",
                "KIDNEYS: Symmetric enhancement, no hydronephrosis."),
               ("GI: There is a 3.4 x 2.8 cm rim enhancing fluid collection in the right lower quadrant adjacent to "
                "the cecum.", "GI: Sigmoid diverticulosis without diverticulitis. The appendix is normal."),
               ("BONES: Degenerative changes of the lumbar spine. No suspicious osseous lesion.",)),
         imp=("Right lower quadrant rim enhancing collection concerning for abscess, amenable to percutaneous "
              "drainage.", "No acute abdominal or pelvic process.")),
    dict(name="MR HEAD W AND W/O CONTRAST", ind="new right sided weakness, evaluate for stroke",
         tech="Multiplanar multisequence MR images of the brain were obtained before and after 7 mL Gadavist on a "
              "{mr}.",
         find=(("There is restricted diffusion in the left frontal operculum and insula consistent with acute "
                "infarction.", "No restricted diffusion to suggest acute infarction."),
               ("Scattered foci of T2/FLAIR hyperintensity in the periventricular and subcortical white matter, "
                "Fazekas grade 2.", "Mild generalized parenchymal volume loss."),
               ("No abnormal enhancement. No susceptibility artifact to suggest hemorrhage.",
                "Punctate microhemorrhages in the bilateral basal ganglia."),
               ("Principal intracranial flow voids are preserved. Mild mucosal thickening of the ethmoid air cells.",)),
         imp=("Acute left MCA territory infarct without hemorrhagic transformation.",
              "Chronic small vessel ischemic disease.")),
    dict(name="BILAT LOWER EXT VEINS", ind="left calf swelling, evaluate for DVT",
         tech="Grayscale, color and spectral Doppler evaluation was performed on the bilateral lower extremity "
              "veins using a GE LOGIQ E10 system.",
         find=(("There is occlusive thrombus in the left popliteal vein and the left posterior tibial and peroneal "
                "veins, noncompressible.", "There is normal compressibility, flow and augmentation of the common "
                "femoral, femoral and popliteal veins bilaterally."),
               ("The right lower extremity veins are patent and compressible.", "Normal color flow and "
                "augmentation in the calf veins."),
               ("Incidental 3.1 cm Baker cyst in the left popliteal fossa.",)),
         imp=("Acute deep vein thrombosis of the left popliteal and calf veins.", "No evidence of DVT.")),
    dict(name="HIP UNILAT MIN 2 VIEWS LEFT", ind="fall, left hip pain, shortened externally rotated leg",
         tech="AP pelvis and AP and cross-table lateral views of the left hip.",
         find=(("There is a displaced subcapital fracture of the left femoral neck with varus angulation.",
                "Status post left hip hemiarthroplasty in anatomic alignment without periprosthetic fracture."),
               ("The right hip is intact with moderate joint space narrowing.", "Diffuse osteopenia."),
               ("Vascular calcifications. Pelvic phleboliths. Surgical skin staples laterally.",
                "The pubic symphysis and sacroiliac joints are intact.")),
         imp=("Displaced left femoral neck fracture.", "Expected postoperative appearance of the left hip.")),
    dict(name="CHEST (PORTABLE AP)", ind="line placement, evaluate position",
         tech="Single portable AP view of the chest.",
         find=(("Right internal jugular central venous catheter terminates in the mid SVC. No pneumothorax.",
                "Endotracheal tube terminates 4 cm above the carina. Enteric tube courses below the diaphragm."),
               ("Left chest wall cardiac device with leads in the right atrium and right ventricle, unchanged.",
                "Sternotomy wires are intact."),
               ("Increased interstitial markings and bilateral pleural effusions consistent with moderate pulmonary "
                "edema.", "Low lung volumes with bibasilar atelectasis."),
               ("No focal consolidation. Cardiomediastinal silhouette is stable.",)),
         imp=("Lines and tubes as above, no pneumothorax.", "Moderate pulmonary edema, worse than prior.")),
)

_RAD_FOOTERS = (
    "This report was dictated using speech recognition software; unintentional errors in transcription may occur.",
    "Voice recognition software was used in the production of this report.",
    "Resident: ___, MD  Attending: ___, MD",
    "RECOMMENDATION(S): Clinical correlation. Follow-up per Fleischner Society guidelines if indicated.",
)


def _vals(rng: random.Random) -> dict[str, str]:
    return dict(
        temp=f"{rng.uniform(97.2, 102.4):.1f}", hr=str(rng.randint(58, 128)), sbp=str(rng.randint(96, 178)),
        dbp=str(rng.randint(52, 98)), rr=str(rng.randint(14, 30)), spo2=str(rng.randint(86, 99)),
        trop=f"{rng.uniform(0.05, 3.8):.2f}", bnp=str(rng.randint(180, 4200)), lact=f"{rng.uniform(0.8, 4.2):.1f}",
        hgb=f"{rng.uniform(6.8, 14.2):.1f}", plt=str(rng.randint(48, 410)), na=str(rng.randint(124, 144)),
        cr=f"{rng.uniform(0.6, 3.1):.1f}",
    )


def _labs(rng: random.Random) -> str:
    t1 = f"{rng.randint(0, 11):02d}:{rng.randint(0, 59):02d}{rng.choice(('AM', 'PM'))}"
    wbc, hgb = rng.uniform(3.1, 18.9), rng.uniform(7.2, 15.1)
    na, k, hco3, gap = rng.randint(126, 145), rng.uniform(3.1, 5.6), rng.randint(14, 31), rng.randint(7, 22)
    cl = na - hco3 - gap
    lines = [
        f"___ {t1} BLOOD WBC-{wbc:.1f} RBC-{rng.uniform(2.8, 5.2):.2f} Hgb-{hgb:.1f} Hct-{hgb * 3:.1f} "
        f"MCV-{rng.randint(78, 101)} MCH-{rng.uniform(26, 33):.1f} RDW-{rng.uniform(12, 17):.1f} Plt ___",
        f"___ {t1} BLOOD Glucose-{rng.randint(78, 320)} UreaN-{rng.randint(8, 48)} Creat-{rng.uniform(0.5, 2.9):.1f} "
        f"Na-{na} K-{k:.1f} Cl-{cl} HCO3-{hco3} AnGap-{gap}",
        f"___ {t1} BLOOD ALT-{rng.randint(9, 140)} AST-{rng.randint(12, 160)} AlkPhos-{rng.randint(40, 260)} "
        f"TotBili-{rng.uniform(0.2, 3.1):.1f}",
        f"___ {t1} BLOOD PT-{rng.uniform(10.5, 24):.1f} PTT-{rng.uniform(24, 48):.1f} "
        f"INR(PT)-{rng.uniform(0.9, 3.1):.1f}",
        f"___ {t1} BLOOD Calcium-{rng.uniform(7.9, 10.4):.1f} Phos-{rng.uniform(2.1, 5.1):.1f} "
        f"Mg-{rng.uniform(1.5, 2.6):.1f}",
    ]
    return "\n".join(lines[: rng.randint(2, 5)])


def _spoken_vitals(r: random.Random) -> str:
    def three(n: int) -> str:
        return _words(n) if n < 100 else f"one {_words(n - 100) if n >= 110 else 'oh ' + _ONES[n - 100]}"

    t = r.randint(970, 1024)
    return (f"vitals on arrival temperature {three(t // 10)} point {_ONES[t % 10]} heart rate "
            f"{three(r.randint(62, 124))} "
            f"blood pressure {three(r.randint(96, 178))} over {_words(r.randint(52, 98))} respiratory rate "
            f"{_words(r.randint(14, 28))} satting {_words(r.randint(88, 99))} percent on room air period")


def _rad_lookalikes(c: _Ctx) -> list[str]:
    r = c.rng
    pool = [
        f"Contrast: Omnipaque 350, lot {_dg(r, 5)}{r.choice('ABCDE')}, exp {r.randint(1, 12):02d}/{c.year + 1}; "
        f"eGFR {r.randint(45, 110)} prior to contrast, BP {r.randint(100, 170)}/{r.randint(50, 95)}.",
        f"Protocol CT-{r.choice(('PE', 'HEAD', 'AP', 'RENAL'))}-0{r.randint(1, 9)}, CPT "
        f"{r.choice(('70450', '71046', '71275', '74177', '70553', '93970', '73502'))}.",
        f"Scanner software version {r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(1, 99)}, "
        f"injector Bayer MEDRAD Stellant, weight {r.randint(48, 130)} kg.",
        "Key images: series 3 image 41, series 601 image 88 (coronal).",
        r.choice(("No Hampton hump or Westermark sign.", "No Kerley B lines.", "No Hill-Sachs or bony Bankart lesion.",
                  "No Schatzki ring on the scout.", "Salter-Harris classification not applicable.")),
        f"ACR Appropriateness Criteria rating {r.randint(7, 9)}; reference www.acr.org.",
        f"Patient transported from room {r.randint(3, 14)}{r.randint(10, 60):02d} bed {r.choice('AB')} on a stretcher, "
        f"examined at {r.randint(0, 23):02d}:{r.randint(0, 59):02d} on {c.sdate()}.",
        f"Bosniak {r.choice(('I', 'II', 'IIF'))}, LI-RADS {r.randint(1, 3)}, BI-RADS {r.randint(1, 3)} categories "
        "referenced where applicable.",
    ]
    return r.sample(pool, r.randint(2, 3))


def _lookalikes(c: _Ctx) -> list[str]:
    """Sentences full of non-PHI look-alikes (inserted into clean and planted notes alike)."""
    r = c.rng
    pool = [
        f"Influenza vaccine given this admission, lot {r.choice('ABCDEFGHJK')}{r.choice('JKLMNP')}{_dg(r, 4)}, "
        f"exp {r.randint(1, 12):02d}/{c.year + 1}.",
        f"{r.choice(_DEVICE_MODELS)} noted, firmware version {r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}."
        f"{r.randint(1, 99)}, model number W{r.randint(1, 4)}DR0{r.randint(1, 9)}.",
        f"Admitted to room {r.randint(3, 14)}{r.randint(10, 60):02d} bed {r.choice('AB')}, transferred to "
        f"{r.randint(4, 12)} West bed {r.randint(1, 30)} on {c.sdate()}.",
        f"Order set OS-{r.choice(('CHF', 'PNA', 'DKA', 'STROKE'))}-{r.randint(1, 20):02d} used; CPT "
        f"{r.randint(71010, 99499)}, ICD-10 {r.choice(('J44.1', 'I21.4', 'S72.002A', 'I60.2', 'B50.9', 'I26.99'))}.",
        f"NDC {_dg(r, 5)}-{_dg(r, 4)}-{_dg(r, 2)} dispensed, 90 day supply.",
        f"BP {r.randint(100, 170)}/{r.randint(50, 95)}, HR {r.randint(90, 110)}, SpO2 {r.randint(90, 99)}%, "
        f"strength 5/5 throughout, 1:1 sitter discontinued.",
        f"Enrolled in trial NCT0{_dg(r, 7)}, IRB protocol {r.randint(10, 24)}-{_dg(r, 4)}.",
        f"If you are in crisis {r.choice(_PUBLIC_LINES[1:2])}; for accidental ingestion call {_PUBLIC_LINES[0]}.",
        f"Education materials from {r.choice(_PUBLIC_SITES)} and the {r.choice(_PUBLIC_BODIES)} provided.",
        f"Quit smoking in {r.randint(1975, 2019)}, drank heavily in the {r.choice(('1980s', '1990s'))}.",
        f"{c.his.capitalize()} {r.choice(('mother', 'father'))} died at {r.randint(55, 86)} of a stroke; "
        f"{c.his} {'husband' if c.sex == 'F' else 'wife'}, age {r.randint(60, 88)}, is healthy.",
        f"Walked ninety feet with PT, SBP in the 90s on standing, MoCA {r.randint(17, 29)}/30.",
        f"Pharmacy Rx BIN 004336 and PCN ADV noted for the prior authorization, {r.choice(_INSURERS)} plan.",
        f"Recently returned from {_cname(r.choice(_COUNTRY_NAMES))}; CDC-INFO 1-800-232-4636 information given.",
        r.choice(("Murphy sign negative, Homans sign negative, Babinski downgoing bilaterally.",
                  "Chvostek and Trousseau signs negative. Romberg negative.",
                  "Phalen and Tinel signs positive at the right wrist, Lachman negative.",
                  "Mallampati class III per anesthesia, Child-Pugh class A, Ranson criteria not met.",
                  "Trendelenburg gait, Valsalva maneuver reproduced the murmur, Kussmaul breathing resolved.")),
        f"Braden score {r.randint(12, 22)}, Morse Fall Scale {r.randint(15, 90)}, CIWA {r.randint(0, 12)}.",
    ]
    return r.sample(pool, r.randint(2, 4))


# --------------------------------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------------------------------


_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "Penicillins", "sulfa drugs",
              "Codeine / iodinated contrast", "Patient recorded as having No Known Allergies to Drugs")


def _lc_first(s: str) -> str:
    return s[0].lower() + s[1:] if len(s) > 1 and s[1].islower() else s


def _hdr(c: _Ctx, key: str, masked: str = "___") -> str:
    return c.header.get(key, masked)


def _bullets(rng: random.Random, items: list[str] | tuple[str, ...]) -> str:
    style = rng.choice(("num", "dash", "star", "o", "dot", "paren"))
    out = []
    for idx, it in enumerate(items, 1):
        prefix = {"num": f"{idx}. ", "dash": "- ", "star": "* ", "o": "o ", "dot": "\u2022 ",
                  "paren": f"{idx}) "}[style]
        out.append(prefix + it)
    return "\n".join(out)


def _section(c: _Ctx, title: str, body: str) -> str:
    if c.sr:
        t = title.upper()
        return f"{t} colon {body}" if c.rng.random() < 0.25 and "\n" not in body[:60] else f"{t}:\n{body}"
    return f"{title}:\n{body}"


def _discharge(c: _Ctx) -> str:
    r = c.rng
    sc = _SCENARIOS[11] if c.mvc else r.choice(_SCENARIOS)
    fmt = dict(_vals(r), He=c.he.capitalize(), he=c.he, his=c.his, His=c.his.capitalize(), him=c.him,
               rel=r.choice(_RELATIVES), sdate=c.sdate())
    sex = c.sex
    # ---- header (masked except for leaks)
    header = (f"Name:  {_hdr(c, 'name')}                  Unit No:   {_hdr(c, 'unit')}\n \n"
              f"Admission Date:  {_hdr(c, 'adm')}              Discharge Date:   ___\n \n"
              f"Date of Birth:  {_hdr(c, 'dob')}             Sex:   {sex}\n \n"
              f"Service: {sc['service']}\n \n"
              f"Allergies: \n{r.choice(_ALLERGIES)}\n \n"
              f"Attending: {_hdr(c, 'attending')}.")
    sections: list[tuple[str, bool]] = [(header, False)]
    if c.sr:
        sections.append(("*** This document was created with voice recognition software. Please excuse any "
                         "transcription errors. ***", True))
    sections.append((_section(c, "Chief Complaint", sc["cc"]), False))
    if c.age_text:
        age = c.age_text
    elif c.heavy or r.random() < 0.6:
        age = "___ year old"
    else:
        n = r.randint(24, 89)
        age = f"{_words(n) if c.sr and r.random() < 0.6 else n} year old"
    opening = f"{age} {c.pt} with {sc['pmh_short']} who presents with {sc['pres'].format(**fmt)}."
    hpi = [opening] + [s.format(**fmt) for s in sc["hpi"]]
    if c.sr and r.random() < 0.5:
        hpi.append(_spoken_vitals(r))
    if c.country:
        hpi.append(r.choice((f"{c.he.capitalize()} divides {c.his} time between here and ___, {_cname(c.country)}.",
                             f"Arrived from {_cname(c.country)} {r.randint(2, 20)} days ago on a connecting "
                             "flight via ___.",
                             f"{c.he.capitalize()} is visiting family from {_cname(c.country)} on a 3 month visa.")))
    if c.heavy:
        hpi.append(f"History per {c.his} ___ ___ and Dr. ___ at ___ (phone ___).")
    hpi += c.slots.get("hpi", [])
    hpi_text = " ".join(hpi)
    sections.append((_section(c, "History of Present Illness", hpi_text), False))
    sections.append((_section(c, "Past Medical History", _bullets(r, sc["pmh"])), False))
    social = [sc.get("social") or r.choice(("Former smoker, quit 10 years ago.", "Never smoker. Rare alcohol.",
                                            "Smokes 1 pack per day. 2 beers on weekends.",
                                            "No tobacco, alcohol or drugs."))]
    if c.heavy:
        social.append("Lives in ___ with ___. Works at ___. Contact ___ ___ (___) ___.")
    elif not c.slots.get("social"):
        social.append(r.choice(("Lives with ___.", "Lives alone in ___, independent in ADLs.",
                                "Lives with her son in ___." if sex == "F" else "Lives with his wife in ___.")))
    social += c.slots.get("social", [])
    sections.append((_section(c, "Social History", " ".join(social)), False))
    fam = r.choice(("Mother with hypertension. Father with MI at 62.", "Noncontributory.", "NC",
                    "Sister with breast cancer at 51."))
    sections.append((_section(c, "Family History", fam), True))
    exam = [f"VS: T {fmt['temp']} HR {fmt['hr']} BP {fmt['sbp']}/{fmt['dbp']} RR {fmt['rr']} SpO2 {fmt['spo2']}% RA"]
    exam += [e.format(**fmt) for e in sc["exam"]]
    sections.append((_section(c, "Physical Exam on Admission", "\n".join(exam)), True))
    sections.append((_section(c, "Pertinent Results", _labs(r)), True))
    course = [x.format(**fmt) for x in sc["course"]] + c.slots.get("course", [])
    course.append(" ".join(_lookalikes(c)))
    if c.heavy and r.random() < 0.5:
        course.append(r.choice(("___ body dementia precautions, avoid antipsychotics.",
                                "Initial grade ___ and ___ 2, modified ___ 3.", "Seen by Dr. ___ on ___.")))
    sections.append((_section(c, "Brief Hospital Course", "\n".join(course)), False))
    sections.append((_section(c, "Discharge Medications", _bullets(r, sc["meds"])), True))
    sections.append((_section(c, "Discharge Disposition", r.choice(("Home", "Home With Service",
                                                                    "Extended Care\n \nFacility:\n___"))), False))
    sections.append((_section(c, "Discharge Diagnosis", "\n".join(sc["dx"])), False))
    sections.append((_section(c, "Discharge Condition", "Mental Status: Clear and coherent.\nLevel of Consciousness: "
                              "Alert and interactive.\nActivity Status: Ambulatory - requires assistance or aid "
                              "(walker or cane)."), True))
    dx0 = sc["dx"][0]
    instr = [r.choice(("Dear Ms. ___," if sex == "F" else "Dear Mr. ___,", "Dear ___,")),
             f"It was a pleasure taking care of you at ___. You were admitted for {_lc_first(dx0)}.",
             r.choice(("Please call your doctor or return to the ER for fever above 101.5, chest pain, shortness of "
                       "breath or new weakness.", "Weigh yourself every morning and call if your weight goes up more "
                       "than 3 lbs.")),
             f"Helpful numbers: {r.choice(_PUBLIC_LINES)}.", "Sincerely, Your ___ Care Team"]
    instr += c.slots.get("instr", [])
    sections.append((_section(c, "Discharge Instructions", "\n".join(instr)), True))
    follow = ["___"] + c.slots.get("followup", [])
    sections.append((_section(c, "Followup Instructions", "\n".join(follow)), False))
    if c.tel or r.random() < 0.15:
        sections.append((_telephone(c), False))
    if c.sr:
        sections.append((f"D: {c.sdate()} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}  T: {c.sdate()}", True))
    return _assemble(c, sections)


def _telephone(c: _Ctx) -> str:
    r = c.rng
    lines = [r.choice(("TELEPHONE ENCOUNTER", "Telephone Encounter (post discharge call)", "PHONE NOTE:")),
             f"Date/time: {c.sdate()} {r.randint(8, 17)}:{r.randint(10, 59)}",
             r.choice(("Caller: patient", "Caller: patient's family member", "Caller: VNA nurse ___"))]
    lines += c.slots.get("tel", [])
    lines += [r.choice(("Reason for call: question about apixaban dosing after discharge.",
                        "Reason for call: pharmacy did not receive the prescription for torsemide.",
                        "Reason for call: new dizziness on standing since discharge.")),
              r.choice(("Reviewed discharge medications line by line, patient repeated back correctly.",
                        "Advised to hold the evening dose and check orthostatic vitals; VNA to visit tomorrow.",
                        "Instructed to go to the nearest ED for chest pain or shortness of breath.")),
              f"Total time on phone: {r.randint(6, 25)} minutes."]
    if r.random() < 0.5:
        return lines[0] + "\n" + _bullets(r, lines[1:])
    return "\n".join(lines)


def _radiology(c: _Ctx) -> str:
    r = c.rng
    exams = list(_RAD_EXAMS)
    if c.exam_hint:
        exams = [e for e in exams if e["name"].startswith(c.exam_hint)]
    elif c.mvc:
        exams = [e for e in exams if e["name"].startswith(("CT HEAD", "CHEST (PORTABLE", "CT ABD", "HIP"))]
    ex = r.choice(exams)
    indication = "restrained driver in a high speed MVC, evaluate for injury" if c.mvc else ex["ind"]
    fmt = dict(ct=r.choice(_CT_SCANNERS), mr=r.choice(_MR_SCANNERS),
               dlp=str(r.randint(380, 1450)), ctdi=f"{r.uniform(8, 62):.1f}")
    if c.age_text:
        age = c.age_text
    elif c.heavy or r.random() < 0.7:
        age = "___ year old"
    else:
        n = r.randint(19, 89)
        age = f"{_words(n) if c.sr and r.random() < 0.5 else n} year old"
    sections: list[tuple[str, bool]] = [(f"EXAMINATION:  {ex['name']}", False)]
    hist = [f"{age} {c.pt} with {indication}"]
    hist += c.slots.get("hist", [])
    if c.country and r.random() < 0.5:
        hist.append(f"recently returned from {_cname(c.country)}")
    if c.heavy:
        hist.append("per Dr. ___ at ___, call ___ with results")
        c.put("comp", "Outside study from ___ dated ___ reviewed with Dr. ___ (___).")
        c.put("notify", "NOTIFICATION: Findings discussed with ___ ___ by Dr. ___ at ___ on ___.")
    if c.sr:
        hist = [h.rstrip(".") for h in hist]
        body = " comma ".join(hist) if r.random() < 0.4 else " period ".join(hist)
        sections.append((f"CLINICAL HISTORY colon {body} period", False))
    else:
        sections.append((f"INDICATION:  {'  // '.join(hist)}", False))
    sections.append((f"TECHNIQUE:  {ex['tech'].format(**fmt)}", False))
    comp = c.slots.get("comp", [])
    base = r.choice((f"{c.sdate()}", "___", f"Prior study from {c.sdate()}.", "None.", "___."))
    sections.append((f"COMPARISON:  {' '.join([base] + comp)}", False))
    finds = [r.choice(alt) for alt in ex["find"]] + c.slots.get("find", [])
    if c.sr and r.random() < 0.5:
        sections.append(("FINDINGS colon\n\n" + "\nnew paragraph\n".join(finds), False))
    else:
        sections.append(("FINDINGS:\n\n" + "\n\n".join(finds), False))
    imps = list(ex["imp"])
    r.shuffle(imps)
    imps = imps[: r.randint(1, 2)]
    if c.sr and r.random() < 0.5:
        imp = "\n".join(f"number {_ONES[i]} {_lc_first(x).rstrip('.')} period" for i, x in enumerate(imps, 1))
        sections.append(("IMPRESSION colon\n" + imp, False))
    else:
        sections.append(("IMPRESSION:\n\n" + "\n\n".join(f"{i}. {x}" for i, x in enumerate(imps, 1)), False))
    notify = c.slots.get("notify", [])
    if not notify and r.random() < 0.4:
        notify = [f"NOTIFICATION: The findings were discussed with Dr. ___ by Dr. ___ on the telephone on ___ at "
                  f"{r.randint(1, 11)}:{r.randint(10, 59)} {r.choice(('AM', 'PM'))}, {r.randint(5, 40)} minutes after "
                  "discovery of the findings."]
    if notify:
        sections.append(("\n".join(notify), False))
    extra = [r.choice(_RAD_FOOTERS)] + _rad_lookalikes(c)
    sections.append(("\n".join(extra), True))
    foot = c.slots.get("foot", [])
    if not any(f.startswith("Dictated by") for f in foot):
        foot.append(r.choice(("Dictated by: ___, MD", "Dictated by: ___ ___, M.D.", "Signed: ___, MD")))
    sections.append(("\n".join(foot), False))
    return _assemble(c, sections)


def _assemble(c: _Ctx, sections: list[tuple[str, bool]]) -> str:
    r = c.rng
    swaps = tuple(s for s in _HOMOPHONES if r.random() < 0.45) if c.sr else ()
    out = []
    for idx, (text, optional) in enumerate(sections):
        t = text
        if c.sr and idx > 0:
            t = _dictate(c, t, swaps)
        if c.copyfwd and idx > 0 and r.random() < 0.7:
            t = _wrap(r, t, r.randint(52, 78))
            if r.random() < 0.3:
                t = f"[copied forward from note of {c.sdate()}]\n{t}"
        out.append((t, optional))
    sep = "\n \n" if c.ntype == "discharge" else "\n\n"
    if c.sr and c.ntype == "discharge":
        out = [(t if i == 0 or r.random() < 0.75 else "new paragraph\n" + t, o) for i, (t, o) in enumerate(out)]
    raw = sep.join(t for t, _ in out)
    # keep within 1-6 KB: drop optional filler sections (never a section holding a planted value)
    visible = len(_MARK_RE.sub(lambda mt: mt.group(2), raw))
    droppable = [i for i, (t, opt) in enumerate(out) if opt and "\x01" not in t]
    while visible > 5900 and droppable:
        out.pop(droppable.pop())
        raw = sep.join(t for t, _ in out)
        visible = len(_MARK_RE.sub(lambda mt: mt.group(2), raw))
    while visible < 1050:
        raw += sep + " ".join(_rad_lookalikes(c) if c.ntype == "radiology" else _lookalikes(c))
        visible = len(_MARK_RE.sub(lambda mt: mt.group(2), raw))
    return raw


# --------------------------------------------------------------------------------------------------
# Which categories a note plants: a per-block permutation keeps every category well represented on every
# seed; each note still depends only on (seed, i).
# --------------------------------------------------------------------------------------------------

_BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
# 39 entries: two per category, one more for DATE_REAL_YEAR and ORGANIZATION, one fewer for PERSON and LOCATION
# (those two come along with many other plants)
_SLOTS = (tuple(c for c in CATEGORIES if c not in _BIG) * 2 + ("PERSON", "LOCATION") + ("ORGANIZATION",) * 2
          + ("DATE_REAL_YEAR",) * 3)
_P_HEAVY = 0.05
_P_PLANT = 0.575


def _block_category(seed: int, i: int, j: int) -> str:
    block, pos = divmod(i, len(_SLOTS))
    order = list(_SLOTS)
    random.Random(f"holdout14|{seed}|perm|{block}|{j}").shuffle(order)
    return order[pos]


@dataclass(frozen=True)
class _Plan:
    ntype: str
    heavy: bool
    cats: tuple[str, ...]  # categories planted (empty: a clean or heavily masked note)


def _plan(seed: int, i: int) -> tuple[random.Random, _Plan]:
    """The note's random stream and what it plants (depends only on seed and i)."""
    rng = random.Random(f"holdout14|{seed}|note|{i}")
    ntype = "discharge" if rng.random() < 0.5 else "radiology"
    x = rng.random()
    heavy = x < _P_HEAVY
    cats: list[str] = []
    if not heavy and x < _P_HEAVY + _P_PLANT:
        k = rng.choices((1, 2, 3, 4), weights=(6, 20, 42, 32))[0]
        for j in range(k):
            cat = _block_category(seed, i, j)
            if cat in cats:
                cat = rng.choice([cc for cc in CATEGORIES if cc not in cats])
            cats.append(cat)
    return rng, _Plan(ntype, heavy, tuple(cats))


def holdout14_note(seed: int, i: int) -> LabelledNote:
    """Note i of corpus 14 for a seed (deterministic, independent of every other note)."""
    rng, plan = _plan(seed, i)
    ntype, heavy = plan.ntype, plan.heavy
    country = rng.choice(_COUNTRY_NAMES) if rng.random() < 0.38 else None
    sr = rng.random() < (0.6 if ntype == "discharge" else 0.45)
    copyfwd = rng.random() < (0.3 if ntype == "discharge" else 0.15)
    sex = rng.choice("FM")
    c = _Ctx(rng=rng, ntype=ntype, sr=sr, copyfwd=copyfwd, country=country, sex=sex, heavy=heavy,
             year=rng.randint(2110, 2195))
    c.first = rng.choice(_FIRST_F if sex == "F" else _FIRST_M)
    c.last = rng.choice(_LAST)
    for cat in plan.cats:
        _EVENTS[cat](c)
    raw = _discharge(c) if ntype == "discharge" else _radiology(c)
    note = _finish(ntype, raw)
    if set(plan.cats) - {cat for _, _, cat in note.spans}:  # every event plants its own category
        raise AssertionError(f"note {i}: a planned category was not planted")
    return note


def holdout14_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout14_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout14_corpus, argv,
        "Held-out corpus 14 (blind): dictated speech-recognition discharge summaries and radiology reports, "
        "patients living or travelling abroad, copy-forwarded text and telephone encounters")
    report("holdout14", args, notes, hits, res)


if __name__ == "__main__":
    main()
