"""Held-out corpus 24: forensic, legal and behavioural-health paperwork around an admission.

What it imitates: MIMIC-IV-Note discharge summaries and radiology reports (identifiers masked as
``___``, dates shifted into 2100-2200) written around emergency psychiatric holds and court-ordered
evaluations, police/EMS hand-offs after crashes and assaults, child- and adult-protective-services
referrals, sexual-assault nurse examiner (SANE) documentation with chain of custody, poison-control
consultations and medical-examiner correspondence; radiology reports are skeletal surveys, forensic /
post-mortem CT and trauma series with requesting-agency headers and custody lines. Layouts include legal
captions, form fields with underscores, numbered affidavit-style paragraphs and custody logs.

In 58% of the notes de-identification "failed" for one to four identifiers: the invented value
is left in the text and labelled with the exact span of the value (cue words and titles outside the
span). About 5% are heavily masked (over-masking of eponyms and scores included) and carry no plants.
Look-alikes that are never labelled: shifted dates, bare years, durations, drug and device names,
scanner models, firmware versions, evidence-kit / seal / property numbers, NDC / CPT / ICD codes, form
and statute numbers, lot numbers and kit expiry dates, GTIN-only UDIs, public hotlines and public-body
web sites, eponymous signs and scores, ratios, room / bed / cruiser / medic unit numbers, ages under 90.
Docket, incident-report, badge and poison-centre case numbers are always shown masked.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first ~40 lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``LabelledNote``), the shared MIMIC-IV schema and
known-data-issues references, the masked note-shaped samples and ``pyproject.toml`` (plus, by slip, the
opening docstring/imports of ``tests/conftest.py``, which only locates the shared data). Nothing of the
detector, its rules, its tests or its output was read, imported or run. All names, places, facilities
and numbers are invented (towns are real place names used as surrogates).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

DESCRIPTION = ("Held-out corpus 24 (blind): forensic / legal / behavioural-health paperwork around admissions "
               "(psychiatric holds, police and EMS hand-offs, CPS/APS, SANE custody, poison control, ME), "
               "MIMIC-IV-Note shaped, with planted residual identifiers.")

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented for this corpus)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Adaeze", "Tomasz", "Wren", "Ikaika", "Marisol", "Thanh", "Oluwaseun", "Birgit", "Kwame", "Soraya",
    "Dmitri", "Yesenia", "Anselm", "Rukhsana", "Teodoro", "Hoku", "Svetlana", "Caoimhe", "Jaswinder",
    "Mireille", "Benedikt", "Nkechi", "Estefania", "Ryo", "Ingrid", "Lindiwe", "Cosimo", "Thandeka", "Faisal",
    "Perpetua", "Gianluca", "Nhung", "Rasmus", "Zofia", "Amadou", "Leocadia", "Fintan", "Ximena", "Tariq",
    "Solveig", "Emeka", "Yuki", "Aurelio", "Bronagh", "Kalani", "Dorotea", "Hamza", "Ines", "Matthias",
    "Keziah", "Anatoli", "Reinalda", "Tobiah", "Gwenllian", "Bashir", "Odalys", "Piotr", "Jolene", "Sekou",
    "Elspeth", "Darnell", "Meztli", "Quillon", "Ashanti", "Radomir", "Loretta", "Yaw", "Ondine", "Casimir",
    "Shirin", "Lazaro", "Tamsin", "Obinna", "Henrike", "Jovan", "Pilar", "Mahala", "Rosalind", "Dashiell",
)
_LAST = (
    "Okonkwo", "Wierzbicki", "Tavares", "Nakamura-Ellis", "Delacroix", "Abernathy-Cole", "Szczepanski",
    "Mwangi", "Ferreira-Lopes", "Haugland", "Quispe", "Baptiste", "Oyelaran", "Castellanos", "Lindqvist",
    "Rahimi", "Achterberg", "Petrakis", "Nwachukwu", "Villanueva", "Tran-Hollis", "Moreau", "Kowalczyk",
    "Adeyemi", "Fitzgibbon", "Ramaswamy", "Gallagher", "Obuya", "Kealoha", "Strzelecki", "Vasquez-Ortiz",
    "Halvorsen", "Iwu", "Desrosiers", "Pimentel", "Hakobyan", "Sandoval", "Leclair", "Thorvaldsen", "Bui",
    "Ncube", "Acheampong", "Vukovic", "Eskandari", "Brannigan", "Aucoin", "Marchetti", "Oduya", "Yildirim",
    "Carvalho", "Dziedzic", "MacAskill", "Santangelo", "Onyekachi", "Paquette", "Zelenko", "Hirano",
    "Delgado-Ruiz", "Aldana", "Fernsby", "Gunawardena", "Ostrowski", "Teixeira", "Lachance", "Mbatha",
    "Szabo-Reyes", "Ekwueme", "Grzelak", "Abeyta", "Vanterpool", "Quaye", "Rinaldi-Voss", "Sokolova",
    "Trembley", "Okafor", "Bellweather", "Duchesne", "Amoako", "Kristiansen", "Ybarra", "Nagasawa",
)
_US_TOWNS = (
    "Chicopee", "Holyoke", "Fitchburg", "Leominster", "Athol", "Taunton", "Attleboro", "Brockton",
    "Weymouth", "Braintree", "Chelmsford", "Dracut", "Tewksbury", "Billerica", "Methuen", "Haverhill",
    "Amesbury", "Gloucester", "Saugus", "Woburn", "Stoneham", "Malden", "Somerville", "Framingham",
    "Marlborough", "Natick", "Westfield", "Ludlow", "Agawam", "Pittsfield", "North Adams", "Greenfield",
    "Northampton", "Woonsocket", "Pawtucket", "Cranston", "Nashua", "Bangor", "Lewiston", "Rutland",
    "Waterbury", "Norwich", "Dorchester", "Roxbury", "Mattapan", "Jamaica Plain", "Hyde Park", "East Boston",
    "Allston", "Southbridge", "Wareham", "Middleborough", "Winchendon", "Dudley",
)
_STATES = ("MA", "MA", "MA", "RI", "NH", "CT", "ME", "VT")
_FOREIGN_TOWNS = (
    ("Praia", "Cape Verde"), ("Mindelo", "Cape Verde"), ("Port-au-Prince", "Haiti"), ("Cap-Haitien", "Haiti"),
    ("Santiago de los Caballeros", "the Dominican Republic"), ("San Pedro Sula", "Honduras"),
    ("Kumasi", "Ghana"), ("Enugu", "Nigeria"), ("Chittagong", "Bangladesh"), ("Da Nang", "Vietnam"),
    ("Quetzaltenango", "Guatemala"), ("Ponce", "Puerto Rico"), ("Mayaguez", "Puerto Rico"),
    ("Lviv", "Ukraine"), ("Cuenca", "Ecuador"), ("Eldoret", "Kenya"), ("Gujranwala", "Pakistan"),
    ("Braga", "Portugal"), ("Tetouan", "Morocco"), ("Jacmel", "Haiti"),
)
_COUNTIES = ("Hampden", "Bristol", "Worcester", "Essex", "Plymouth", "Barnstable", "Franklin", "Berkshire",
             "Middlesex", "Hampshire", "Norfolk")
_STREETS = (
    "Whitcomb", "Tanager", "Pleasant", "Larchmont", "Osgood", "Quarry Hill", "Fenwick", "Lantern", "Bramble",
    "Cedar Knoll", "Hollis", "Pickering", "Wachusett", "Millbrook", "Sumner", "Kettle Pond", "Grafton",
    "Orchard", "Chauncy", "Bellflower", "Depot", "Heron Cove", "Tremlett", "Ashcroft", "Juniper Ridge",
    "Pemberton", "Silverbrook", "Vinal", "Coolidge", "Wyeth",
)
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Ter", "Way", "Blvd", "Ct", "Pl",
           "Dr", "Drive", "Circle")
_HOSPITALS = (
    "Larchmere General Hospital", "Fallowfield Memorial Hospital", "Cobalt Bay Behavioral Health",
    "Ashgrove Regional Medical Center", "Saint Brendan's Hospital", "Tidewater Valley Hospital",
    "Kestrel Point Medical Center", "Greywell Children's Hospital", "Bellcourt Psychiatric Pavilion",
    "Harrow Glen Community Hospital",
)
_FACILITIES = (
    "Brightwater Recovery Center", "Harborlight Group Residence", "Ashgrove Nursing & Rehabilitation",
    "Meadowlark Assisted Living", "Quarry Hill Sober House", "Cresthaven Skilled Nursing",
    "Lanternwood Crisis Stabilization Unit", "Pinebrook Adolescent Residence", "Stillwater Detox Program",
    "Fenwick House Shelter", "Saint Casimir Parish Shelter", "Marrowfield Manor",
)
_EMPLOYERS = (
    "Copperline Logistics", "Bayberry Seafood Processing", "Norcross Precision Plastics",
    "Tallis & Venn Roofing", "Greenhollow Landscaping", "Halvard Textile Mill", "Redfern Home Care Agency",
    "Wexley Auto Body", "Kittridge Dairy Farm", "Orbison Freight Lines",
)
_SCHOOLS = (
    "Pinecrest Collegiate Academy", "Heron Cove Middle School", "Ashcroft Regional High School",
    "Little Acorns Learning Center", "Wachusett Technical Academy", "Saint Odile Elementary School",
)
_CHURCHES = ("Iglesia Pentecostal Roca Firme", "Saint Casimir Parish", "New Covenant Haitian Baptist Church",
             "Holy Trinity Cape Verdean Church", "Bethel Tabernacle of Praise")
_PHARMACIES = ("Hollis Square Pharmacy", "Kettle Pond Apothecary", "Vinal Family Pharmacy",
               "Depot Street Drug")
_TOWYARDS = ("Ironhorse Towing & Recovery", "Redline Auto Recovery", "Quarry Road Towing",
             "Pemberton Salvage & Tow", "Nightjar Roadside Recovery")
_PRACTICES = ("Millbrook Family Medicine", "Tidewater Pediatrics", "Osgood Street Health Center",
              "Lantern Behavioral Associates", "Silverbrook Internal Medicine", "Bramble Hill Counseling Group")
_LAW_OFFICES = ("Heron Legal Aid Collaborative", "Bellflower Elder Law Clinic", "Grafton & Tremlett Law Offices")
_AREA = ("413", "508", "774", "781", "339", "617", "857", "978", "351", "401", "603", "207", "860", "802")
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "verizon.net", "aol.com",
         "protonmail.com", "hotmail.com")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_NUMWORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "one hundred one", 102: "one hundred two"}

# Look-alikes (never labelled)
_HOTLINES = (
    ("Poison Help line", "1-800-222-1222"), ("988 Suicide & Crisis Lifeline", "988"),
    ("DCF child-abuse hotline", "1-800-792-5200"), ("Elder Protective Services hotline", "1-800-922-2275"),
    ("SafeLink domestic-violence hotline", "877-785-2020"), ("National Sexual Assault Hotline", "800-656-4673"),
)
_PUBLIC_SITES = ("www.mass.gov/dcf", "www.poison.org", "988lifeline.org", "www.nhtsa.gov/recalls",
                 "www.mass.gov/orgs/office-of-the-chief-medical-examiner", "www.rainn.org")
_SCANNERS = ("Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE PRISM", "Philips Incisive CT",
             "Siemens SOMATOM Definition AS+", "GE LightSpeed VCT")
_XR_SYSTEMS = ("GE Discovery XR656", "Siemens Ysio Max", "Carestream DRX-Revolution", "Philips DigitalDiagnost C90")
_EPONYM_SIGNS = ("Battle sign", "raccoon eyes", "Cullen sign", "Grey Turner sign", "Kehr sign", "Beck triad",
                 "Cushing reflex", "Babinski sign", "Kernig sign", "Chvostek sign", "Romberg sign")
_DEVICES = (
    ("dual-chamber pacemaker", "Medtronic Azure XT DR"), ("ICD", "Boston Scientific Resonate EL"),
    ("insulin pump", "Tandem t:slim X2"), ("vagus nerve stimulator", "LivaNova SenTiva 1000"),
    ("GPS ankle monitor", "BI LOC8 XT"), ("deep brain stimulator", "Abbott Infinity 7"),
    ("implantable loop recorder", "Medtronic LINQ II"), ("cochlear implant", "Cochlear Nucleus 7"),
)
_CHILD_DEVICES = (("VP shunt valve", "Codman Certas Plus"), ("cochlear implant", "Cochlear Nucleus 7"),
                  ("gastrostomy button", "MIC-KEY 14 Fr"), ("insulin pump", "Omnipod 5"))
_VEHICLES = ("Honda Civic", "Toyota Corolla", "Ford F-150", "Nissan Altima", "Chevrolet Malibu", "Subaru Outback",
             "Hyundai Elantra", "Dodge Ram 1500", "Jeep Cherokee", "Kia Soul", "Mazda CX-5", "Toyota RAV4")


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _up(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _phone(rng: random.Random) -> str:
    a, ex, ln = rng.choice(_AREA), f"{rng.randint(2, 9)}{_d(rng, 2)}", _d(rng, 4)
    return rng.choice((f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"({a}){ex}-{ln}",
                       f"+1 {a} {ex} {ln}", f"1-{a}-{ex}-{ln}", f"{a} {ex} {ln}"))


def _foreign_phone(rng: random.Random) -> str:
    return rng.choice((f"+238 9{_d(rng, 2)} {_d(rng, 4)}", f"+509 3{_d(rng, 3)} {_d(rng, 4)}",
                       f"+1 809 {rng.randint(2, 9)}{_d(rng, 2)} {_d(rng, 4)}", f"+233 24 {_d(rng, 3)} {_d(rng, 4)}"))


def _pager(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(2, 9)}-{_d(rng, 4)}", f"{rng.randint(3, 9)}{_d(rng, 4)}", _phone(rng),
                       f"{rng.randint(1, 9)}{_d(rng, 4)}", f"{rng.choice(_AREA)}-{rng.randint(2, 9)}{_d(rng, 2)}-"
                       f"{_d(rng, 4)}"))


def _email(rng: random.Random, first: str = "", last: str = "") -> str:
    first = (first or rng.choice(_FIRST)).lower().replace("-", "")
    last = (last or rng.choice(_LAST)).lower().replace("-", "")
    user = rng.choice((f"{first}.{last}", f"{first[0]}{last}{_d(rng, 2)}", f"{last}_{first}",
                       f"{first}{last[:3]}{rng.randint(70, 99)}", f"mama.{first}{_d(rng, 1)}", f"{first}.{last[0]}"))
    return f"{user}@{rng.choice(_MAIL)}"


def _url(rng: random.Random, kind: str) -> str:
    first, last = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("-", "")
    return rng.choice({
        "fund": (f"https://www.gofundme.com/f/help-{first}-{last}-recover", f"gofundme.com/f/{first}s-recovery-fund",
                 f"https://www.caringbridge.org/visit/{first}{last}"),
        "social": (f"facebook.com/{first}.{last}.{rng.randint(2, 99)}",
                   f"https://www.instagram.com/{first}_{last[:4]}{_d(rng, 2)}/",
                   f"www.tiktok.com/@{last}{first[:2]}{_d(rng, 3)}",
                   f"https://x.com/{first[:3]}{last}{_d(rng, 2)}"),
        "blog": (f"https://{first}{last}.wordpress.com", f"https://{last}-{first}.blogspot.com",
                 f"https://www.caringbridge.org/visit/{first}{last}"),
        "portal": (f"https://portal.larchmeregeneral.org/mychart/patient/{_d(rng, 8)}",
                   f"https://myhealth.fallowfieldmemorial.org/p/{_up(rng, 3)}{_d(rng, 6)}"),
    }[kind])


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2601:{rng.randint(0x100, 0xfff):x}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(1, 0xffff):x}::" \
               f"{rng.randint(1, 0xfff):x}"
    return f"{rng.choice((24, 50, 65, 71, 73, 98, 108, 146, 172, 174))}.{rng.randint(1, 254)}." \
           f"{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice((_d(rng, 7), _d(rng, 8), f"{rng.randint(1, 9)}{_d(rng, 6)}", f"MR{_d(rng, 7)}",
                       f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}"))


def _account(rng: random.Random) -> str:
    return rng.choice((_d(rng, 10), f"{_d(rng, 2)}-{_d(rng, 7)}", f"V{_d(rng, 9)}", f"{rng.randint(3, 9)}{_d(rng, 9)}",
                       f"E{_d(rng, 8)}"))


def _accession(rng: random.Random) -> str:
    return rng.choice((f"{_up(rng, 2)}{_d(rng, 8)}", f"{_d(rng, 9)}", f"TX-{_d(rng, 6)}", f"R{_d(rng, 7)}",
                       f"{_up(rng, 1)}{_d(rng, 2)}-{_d(rng, 6)}"))


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    v = (f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(alnum)}{rng.randint(0, 9)}"
         f"{rng.choice(letters)}{rng.choice(alnum)}{rng.randint(0, 9)}"
         f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}{rng.randint(0, 9)}")
    return f"{v[:4]}-{v[4:7]}-{v[7:]}" if rng.random() < 0.5 else v


def _health_plan(rng: random.Random) -> str:
    return rng.choice((_d(rng, 12), _mbi(rng), f"{_up(rng, 3)}{_d(rng, 9)}", f"W{_d(rng, 8)}",
                       f"{_up(rng, 3)}-{_d(rng, 6)}-{_d(rng, 2)}", f"{_d(rng, 9)}A"))


def _dea(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    return rng.choice("ABFGM") + rng.choice("ABCDFGHKLMNPRSTW") + "".join(map(str, digits)) + str(check)


def _npi(rng: random.Random) -> str:
    body = "1" + _d(rng, 8)
    total = 24
    for k, ch in enumerate(reversed(body)):
        n = int(ch)
        if k % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return body + str((10 - total % 10) % 10)


def _drivers_licence(rng: random.Random) -> str:
    return rng.choice((f"S{_d(rng, 8)}", f"SA{_d(rng, 7)}", _d(rng, 7), f"NHL{_d(rng, 8)}", f"{_d(rng, 9)}",
                       f"{_up(rng, 1)}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}"))


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = {c: v for c, v in zip("ABCDEFGH", range(1, 9), strict=True)}
    translit.update({c: v for c, v in zip("JKLMN", range(1, 6), strict=True)})
    translit.update({"P": 7, "R": 9})
    translit.update({c: v for c, v in zip("STUVWXYZ", range(2, 10), strict=True)})
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    v = [rng.choice("12345JKLNSWY")] + [rng.choice(chars) for _ in range(16)]
    v[9] = rng.choice("EFGHJKLMNP")  # model year code
    total = sum((int(c) if c.isdigit() else translit[c]) * w for c, w in zip(v, weights, strict=True))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def _plate(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 9)}{_up(rng, 2)}{_d(rng, 3)}",
                       f"{rng.randint(1, 9)}{_up(rng, 2)} {_d(rng, 3)}",
                       f"{_d(rng, 3)}-{_up(rng, 3)}", f"{_up(rng, 2)}-{_d(rng, 4)}",
                       f"{_d(rng, 2)}{_up(rng, 1)}{_d(rng, 3)}"))


def _device_serial(rng: random.Random) -> str:
    if rng.random() < 0.18:
        gtin = "0" + _d(rng, 13)
        return f"(01){gtin}(17){rng.randint(25, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
               f"(10){_up(rng, 2)}{_d(rng, 4)}(21){_up(rng, 3)}{_d(rng, 6)}"
    return rng.choice((f"{_up(rng, 3)}{_d(rng, 6)}{_up(rng, 1)}", f"{_d(rng, 1)}{_up(rng, 1)}{_d(rng, 4)}{_up(rng, 2)}",
                       f"{_up(rng, 2)}{_d(rng, 7)}", f"{_d(rng, 1)}{_up(rng, 1)}{_d(rng, 2)}-{_d(rng, 6)}",
                       f"{_up(rng, 4)}{_d(rng, 5)}"))


def _udi_no_serial(rng: random.Random) -> str:
    return f"(01)0{_d(rng, 13)}(17){rng.randint(25, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"(10){_up(rng, 1)}{_d(rng, 5)}"


def _zip(rng: random.Random) -> str:
    z = f"0{rng.randint(1, 6)}{_d(rng, 3)}"
    return f"{z}-{_d(rng, 4)}" if rng.random() < 0.2 else z


def _street(rng: random.Random) -> str:
    s = f"{rng.randint(3, 2400)} {rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
    r = rng.random()
    if r < 0.15:
        s += f", Apt {rng.randint(1, 6)}{rng.choice('ABCRL')}"
    elif r < 0.25:
        s += f" #{rng.randint(1, 40)}"
    elif r < 0.3:
        s += f", Unit {rng.randint(1, 12)}"
    return s


def _real_date(rng: random.Random, lo: int, hi: int) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}",
                       f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{mon[:3]}. {d}, {y}",
                       f"{m}-{d}-{y}", f"{d} {mon} {y}"))


def _shifted_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2110, 2195), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}",
                       f"{m}/{d}/{y}"))


def _hhmm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}{rng.choice(('', ':'))}{rng.randint(0, 59):02d}"


def _old_age(rng: random.Random) -> str:
    a = rng.choice((90, 90, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102))
    return _NUMWORDS[a] if rng.random() < 0.25 else str(a)


def _kit_number(rng: random.Random) -> str:
    return rng.choice((f"SAEK-{_d(rng, 7)}", f"MA-SAEK {_d(rng, 6)}", _d(rng, 8), f"EK{_d(rng, 6)}"))


def _lot(rng: random.Random) -> str:
    return rng.choice((f"{_up(rng, 1)}{_d(rng, 4)}{_up(rng, 2)}", f"{_d(rng, 2)}{_up(rng, 1)}{_d(rng, 3)}",
                       f"{_up(rng, 3)}{_d(rng, 4)}"))


# --------------------------------------------------------------------------------------------------
# Note builder: tokens are text or slots; a slot renders as its masked form unless planted
# --------------------------------------------------------------------------------------------------

@dataclass
class _Slot:
    cat: str
    value: str
    ent: str = ""
    masked: str = "___"


@dataclass
class _Person:
    key: str
    first: str
    last: str


_FLEX = object()


class _Note:
    def __init__(self, rng: random.Random, heavy: bool) -> None:
        self.rng = rng
        self.heavy = heavy
        self.toks: list = []
        self.n = 0
        self.fixed: dict[str, str] = {}
        self.kind = ""

    # text
    def add(self, *parts) -> None:
        self.toks.extend(parts)

    def ln(self, *parts) -> None:
        self.toks.extend(parts)
        self.toks.append("\n")

    def gap(self) -> None:
        self.toks.append(" \n" if self.rng.random() < 0.5 else "\n")

    def head(self, title: str) -> None:
        self.toks.append(f"{title}:\n" if self.rng.random() < 0.7 else f"{title}: \n")

    def flex(self) -> None:
        self.toks.append(_FLEX)

    def x(self, word: str) -> str:
        """A word the de-identifier over-masks in heavily masked notes (eponyms, score names)."""
        return "___" if self.heavy and self.rng.random() < 0.55 else word

    def key(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"

    # slots
    def person(self) -> _Person:
        return _Person(self.key("p"), self.rng.choice(_FIRST), self.rng.choice(_LAST))

    def nm(self, p: _Person, fmt: str = "") -> _Slot:
        fmt = fmt or self.rng.choice(("full", "full", "last", "init", "last"))
        value = {"full": f"{p.first} {p.last}", "last": p.last, "init": f"{p.first[0]}. {p.last}",
                 "first": p.first, "lastfirst": f"{p.last}, {p.first}", "caps": p.last.upper(),
                 "capsfull": f"{p.first.upper()} {p.last.upper()}", "lastcomma": f"{p.last.upper()}, {p.first}"}[fmt]
        return _Slot("PERSON", value, p.key)

    def s(self, cat: str, value: str, ent: str = "", masked: str = "___") -> _Slot:
        return _Slot(cat, value, ent or self.key(cat[:3].lower()), masked)

    def once(self, cat: str, ent: str, gen: Callable[[], str]) -> _Slot:
        """A slot whose value is fixed for the whole note (DOB, MRN, accession)."""
        if ent not in self.fixed:
            self.fixed[ent] = gen()
        return _Slot(cat, self.fixed[ent], ent)

    def org(self, pool: tuple[str, ...], ent: str = "") -> _Slot:
        return self.s("ORGANIZATION", self.rng.choice(pool), ent)

    def town(self, ent: str = "") -> _Slot:
        return self.s("LOCATION", self.rng.choice(_US_TOWNS), ent)

    def date(self, lo: int = 2008, hi: int = 2024) -> _Slot:
        return self.s("DATE_REAL_YEAR", _real_date(self.rng, lo, hi))

    def phone(self) -> _Slot:
        return self.s("PHONE", _phone(self.rng))

    def address(self) -> list:
        """Street, town, state and ZIP as tokens; town and ZIP are companions of the street."""
        k = self.key("addr")
        rng = self.rng
        return [_Slot("STREET_ADDRESS", _street(rng), k), ", ", _Slot("LOCATION", rng.choice(_US_TOWNS), k + "/c"),
                ", " + rng.choice(_STATES) + " ", _Slot("ZIP", _zip(rng), k + "/z")]


# --------------------------------------------------------------------------------------------------
# Context lines hosting one identifier each (used by every template and to host a chosen plant)
# --------------------------------------------------------------------------------------------------

def _rel(rng: random.Random) -> str:
    return rng.choice(("mother", "father", "sister", "brother", "daughter", "son", "partner", "wife", "husband",
                       "aunt", "grandmother", "cousin", "roommate", "foster mother", "niece"))


_CHILD = frozenset({"peds", "rad_peds"})
_DEAD = frozenset({"me", "rad_me"})
_PSY = frozenset({"psych", "tox"})
_CRASH = frozenset({"mvc", "rad_trauma", "rad_chest", "me", "rad_me"})
_VIOLENCE = frozenset({"assault", "sane", "rad_face", "psych", "rad_custody", "rad_chest"})
_LEGAL = frozenset({"psych", "tox", "assault", "mvc", "sane", "rad_custody", "rad_face", "rad_trauma"})
_ELDER = frozenset({"elder", "rad_chest", "rad_trauma"})
_RAD = frozenset({"rad_peds", "rad_me", "rad_trauma", "rad_face", "rad_custody", "rad_chest"})
_ALL = frozenset({"psych", "tox", "mvc", "assault", "sane", "peds", "elder", "me"}) | _RAD
_ADULT = _ALL - _CHILD
_LIVING_ADULT = _ADULT - _DEAD
_WORKING = _LIVING_ADULT - {"elder"}


def _pick(nt: _Note, alts: list[tuple[frozenset[str], list]]) -> list:
    """One alternative whose kinds include the note's kind (every caller has an _ALL alternative)."""
    return nt.rng.choice([a for kinds, a in alts if nt.kind in kinds])


def _flex_phone(nt: _Note) -> list:
    r = nt.rng
    p = nt.person()
    return _pick(nt, [
        (_ALL, ["Collateral obtained from patient's ", _rel(r), " ", nt.nm(p, "first"), " at ", nt.phone(), "."]),
        (_ALL, ["Guardian contact (cell): ", nt.phone(), " - prefers text after 5 pm."]),
        (_LEGAL | _DEAD, ["Callback for Det. ", nt.nm(p, "last"), " (___ PD detective bureau): ", nt.phone()]),
        (_LEGAL, ["Probation Officer ", nt.nm(p), ", ___ District Court Probation, tel ", nt.phone(), "."]),
        (_LIVING_ADULT, ["Patient's cell (in property bag, powered off): ", nt.phone()]),
        (_ELDER, ["APS caseworker ", nt.nm(p), " direct line ", nt.phone(), "; agency intake is the state hotline."]),
        (_ADULT, ["Emergency contact: ", _rel(r), ", ", nt.s("PHONE", _foreign_phone(r)),
                  " (lives abroad; WhatsApp)."]),
        (_PSY, ["Defense counsel ", nt.nm(p, "init"), " may be reached at ", nt.phone(),
                " re: competency evaluation."]),
        (_CHILD, ["DCF social worker ", nt.nm(p), ", cell ", nt.phone(), " (after hours: DCF hotline)."]),
    ])


def _flex_fax(nt: _Note) -> list:
    fax = nt.s("FAX", _phone(nt.rng))
    return _pick(nt, [
        (_PSY, ["Court clinic requests the written evaluation be faxed to ", fax, " (Attn: session clerk)."]),
        (_PSY, ["Copy of restraint/seclusion review faxed to guardian's attorney, fax ", fax, "."]),
        (_LEGAL, ["Records request from defense counsel: please send to fax ", fax]),
        (_ALL - _DEAD, ["Outside PCP office fax: ", fax, " (discharge summary sent)."]),
        (_ALL, ["Fax (records release, signed authorization on file): ", fax]),
        (_CHILD, ["DCF area office requested the skeletal survey report by fax at ", fax, "."]),
        (_DEAD, ["Funeral home fax for release paperwork: ", fax]),
    ])


def _flex_pager(nt: _Note) -> list:
    p = nt.person()
    pg = nt.s("PAGER", _pager(nt.rng))
    return _pick(nt, [
        (_PSY | {"elder"}, ["Psychiatry C/L on call: Dr. ", nt.nm(p, "last"), ", pager ", pg]),
        ({"sane", "assault", "rad_face"}, ["SANE on-call beeper ", pg, " (24/7)."]),
        (_CRASH | {"assault", "rad_face"}, ["Trauma fellow Dr. ", nt.nm(p), " paged at ", pg, "."]),
        (_RAD, ["Questions regarding this report: page ", pg, " (forensic imaging reader)."]),
        (_CHILD, ["Child protection team: page ", pg, " for the on-call CPT physician."]),
        (_ALL, ["Covering resident pager: ", pg]),
        ({"tox", "psych", "rad_custody"}, ["Toxicology fellow pager: ", pg]),
    ])


def _flex_email(nt: _Note) -> list:
    r = nt.rng
    p = nt.person()
    em = nt.s("EMAIL", _email(r, p.first, p.last))
    return _pick(nt, [
        (_CHILD | _PSY | {"elder"}, ["Guardian ad litem ", nt.nm(p), " requests copies at ", em, "."]),
        (_ALL, ["Patient's ", _rel(r), " sent the photographs from ", em, " (forwarded to SW)."]),
        (_LEGAL | _ELDER, ["Attorney ", nt.nm(p, "init"), " (", em, ") asked to be notified before any discharge."]),
        (_LIVING_ADULT, ["Patient's personal email for portal enrollment: ", em]),
        (_ALL, ["Case worker ", nt.nm(p, "full"), " prefers secure email: ", em]),
    ])


def _flex_url(nt: _Note) -> list:
    r = nt.rng
    return _pick(nt, [
        (_ALL, ["Family has started an online fundraiser: ", nt.s("URL", _url(r, "fund"))]),
        (_PSY | _LEGAL, ["Per police, the threatening posts were made on the patient's page ",
                         nt.s("URL", _url(r, "social")), "."]),
        (_WORKING, ["Patient asked that updates be posted to the blog ", nt.s("URL", _url(r, "blog")),
                    " (declined; privacy discussed)."]),
        (_ALL, ["Screenshots from ", nt.s("URL", _url(r, "social")), " were provided by the reporting party."]),
        (_ALL - _DEAD, ["Personal portal link recorded on the intake form: ", nt.s("URL", _url(r, "portal"))]),
        (_RAD - _DEAD, ["Outside images uploaded by the family through ", nt.s("URL", _url(r, "portal")), "."]),
    ])


def _flex_ip(nt: _Note) -> list:
    ip = nt.s("IP_ADDRESS", _ip(nt.rng))
    return _pick(nt, [
        (_ALL, ["Harassing messages were traced by the detective to IP ", ip, " registered to the household."]),
        (_PSY, ["Court-ordered video evaluation: patient connected from ", ip, " (home); session audio adequate."]),
        (_ALL - _DEAD - _RAD, ["Telehealth log: remote family member joined from IP ", ip, ", platform build 5.2.1."]),
        (_RAD, ["Image-exchange upload by the patient's ", _rel(nt.rng), " logged from IP ", ip, "."]),
        (_PSY | _VIOLENCE, ["Threat-assessment note: the email headers show origin ", ip, "."]),
    ])


def _flex_ssn(nt: _Note) -> list:
    ssn = nt.s("SSN", _ssn(nt.rng))
    return _pick(nt, [
        (_ALL, ["SSN: ", ssn, " (from the MassHealth application, verified by financial counsel)."]),
        (_ALL, ["Social Security #: ", ssn]),
        (_PSY, ["Petition form item 4 (SSN of respondent): ", ssn]),
        (_ELDER, ["SS# ", ssn, " listed on the APS intake."]),
        (_CHILD, ["Child's SSN ", ssn, " per DCF intake form."]),
    ])


def _flex_mrn(nt: _Note) -> list:
    m = nt.s("MRN", _mrn(nt.rng))
    return _pick(nt, [
        (_ALL, ["Outside hospital MRN: ", m, " (records requested)."]),
        (_ALL, ["Medical record #", m, " on the transfer packet."]),
        (_ALL, ["Patient ID (ED tracking): ", m]),
        (_PSY, ["Pt. #: ", m, "     Room: Seclusion 2"]),
    ])


def _flex_account(nt: _Note) -> list:
    r = nt.rng
    return _pick(nt, [
        (_ALL, ["Billing account: ", nt.s("ACCOUNT", _account(r))]),
        (_PSY, ["Encounter #", nt.s("ACCOUNT", _account(r)),
                " (court-ordered evaluation billed to the court clinic)."]),
        (_ALL, ["FIN ", nt.s("ACCOUNT", _account(r)), " - registration corrected after identity verification."]),
        (_ALL, ["Toxicology specimen no. ", nt.s("ACCOUNT", _accession(r)), " sent to the reference lab."]),
        (_ALL, ["Accession: ", nt.s("ACCOUNT", _accession(r))]),
        (_LEGAL | _DEAD, ["Requisition # ", nt.s("ACCOUNT", _accession(r)), " (forensic blood alcohol)."]),
    ])


def _flex_plan(nt: _Note) -> list:
    r = nt.rng
    grp = f"{_d(r, 6)}"
    return _pick(nt, [
        (_ALL, ["MassHealth ID: ", nt.s("HEALTH_PLAN", _d(r, 12))]),
        (_ELDER | _DEAD, ["Medicare MBI ", nt.s("HEALTH_PLAN", _mbi(r)), "; secondary pending."]),
        (_ALL, ["Insurance: member ID ", nt.s("HEALTH_PLAN", _health_plan(r)), ", group ", grp, " (employer plan)."]),
        (_ALL, ["Subscriber #: ", nt.s("HEALTH_PLAN", _health_plan(r)), "   Group: ", grp]),
        (_CRASH, ["Policy number ", nt.s("HEALTH_PLAN", _health_plan(r)), " (auto PIP claim for the crash)."]),
    ])


def _flex_license(nt: _Note) -> list:
    r = nt.rng
    p = nt.person()
    return _pick(nt, [
        (_PSY | _CHILD, ["Evaluating psychologist license #", nt.s("LICENSE", _d(r, 5))]),
        (_ALL - _DEAD, ["Prescriber DEA: ", nt.s("LICENSE", _dea(r)), "   NPI: ", nt.s("LICENSE", _npi(r))]),
        (_LEGAL | _ELDER | _CHILD, ["Attorney ", nt.nm(p, "last"), ", BBO# ", nt.s("LICENSE", _d(r, 6)), "."]),
        (_ALL, ["Signed: ___, MD, MA license ", nt.s("LICENSE", _d(r, 6)), "."]),
        (_CHILD, ["Mother's driver's license ", nt.s("LICENSE", _drivers_licence(r)), " verified for visitation."]),
        (_ADULT, ["Driver's license (per trooper's report): ", nt.s("LICENSE", _drivers_licence(r)), "."]),
        (_WORKING, ["Patient's CDL number ", nt.s("LICENSE", _drivers_licence(r)),
                         " - RMV medical review form completed."]),
    ])


def _flex_zip(nt: _Note) -> list:
    r = nt.rng
    z = nt.s("ZIP", _zip(r))
    return _pick(nt, [
        (_ALL, ["Residence ZIP (for catchment assignment): ", z]),
        (_ALL, ["Mailing address on file: P.O. Box ___, ___, ", r.choice(_STATES), " ", z]),
        (_LIVING_ADULT, ["Shelter bed assigned in ZIP ", z, " catchment area."]),
        (_CRASH, ["Crash occurred in ZIP code ", z, " per EMS run sheet."]),
    ])


def _flex_street(nt: _Note) -> list:
    r = nt.rng
    a = nt.address()
    return _pick(nt, [
        (_ADULT - _DEAD, ["Home address: "] + a),
        (_ADULT - _DEAD, ["Discharge address verified: "] + a),
        (_WORKING, ["Lives with ", _rel(r), " at ", a[0], " (second-floor apartment, no elevator)."]),
        (_CRASH, ["Crash location per police: in front of ", a[0], ", ", a[2], "."]),
        (_VIOLENCE, ["Incident occurred at the patient's residence, ", a[0], "."]),
        (_CHILD, ["Child resides with mother at "] + a),
        (_CHILD, ["DCF home visit scheduled at ", a[0], ", ", a[2], "."]),
        (_DEAD, ["Scene (per OCME investigator): "] + a),
        (_DEAD, ["Decedent's residence: ", a[0], ", ", a[2], "."]),
    ])


def _flex_date(nt: _Note) -> list:
    r = nt.rng
    return _pick(nt, [
        (_ADULT, ["DOB: ", nt.date(1925, 2006)]),
        (_ALL, ["Date of incident (unshifted on the police form): ", nt.date(2010, 2024)]),
        (_ALL, ["Abuse prevention order (c. 209A) issued ", d1 := nt.date(2015, 2024), ", extended on ",
                _Slot("DATE_REAL_YEAR", _real_date(r, 2015, 2024), d1.ent + "/2"), "."]),
        (_CHILD, ["Child's DOB: ", nt.date(2018, 2024)]),
        (_CHILD, ["Prior DCF report screened in on ", nt.date(2017, 2024), "."]),
        (_DEAD, ["Date of death (as entered by the investigator): ", nt.date(2012, 2024)]),
        (_DEAD, ["Decedent DOB ", nt.date(1930, 2005), "; pronounced ", nt.date(2012, 2024), "."]),
        (_LIVING_ADULT, ["Prior Section 12 admission on ", nt.date(2005, 2023), " (records unavailable)."]),
        (_LIVING_ADULT, ["Patient states date of birth is ", nt.date(1930, 2006), "."]),
        (_ALL - _DEAD, ["Last tetanus booster ", nt.date(2008, 2023), " per the state registry."]),
        (_PSY, ["Prior competency evaluations: ", d2 := nt.date(2005, 2015), " (competent) and ",
                _Slot("DATE_REAL_YEAR", _real_date(r, 2016, 2024), d2.ent + "/2"), " (not competent, restored)."]),
    ])


def _flex_age(nt: _Note) -> list:
    r = nt.rng
    a = nt.s("AGE_OVER_89", _old_age(r))
    return _pick(nt, [
        (_CHILD, ["Great-grandmother (age ", a, ") provides daytime care; DCF assessing her home."]),
        (_CHILD, ["Daytime caregiver is a ", a, "-year-old great-grandparent."]),
        (_ELDER, ["Per APS, the patient (age ", a, ") had been left alone for two days."]),
        (_ELDER, ["Age: ", a]),
        (_RAD - _CHILD, ["Age at time of event: ", a, " years (per requisition)."]),
        (_WORKING, ["Collateral from the patient's ", a, "-year-old grandmother, who raised the patient."]),
        (_WORKING, ["Patient is the sole caregiver for a ", a, "-year-old parent; APS notified of the gap in care."]),
        (_ADULT, ["Next of kin is the patient's ", a, " year old father."]),
    ])


def _flex_device(nt: _Note) -> list:
    r = nt.rng
    child = nt.kind in _CHILD
    kind, model = r.choice(_CHILD_DEVICES if child else _DEVICES)
    return _pick(nt, [
        (_ALL, [f"Implanted {kind}: {model}, serial ", nt.s("DEVICE_ID", _device_serial(r)), "."]),
        (_ALL, [f"{kind[0].upper()}{kind[1:]} ({model}) SN ", nt.s("DEVICE_ID", _device_serial(r)),
                " noted; card seen."]),
        (_ALL, [f"Device card: {model}, S/N: ", nt.s("DEVICE_ID", _device_serial(r))]),
        (_LIVING_ADULT, ["Court-ordered GPS ankle monitor serial ", nt.s("DEVICE_ID", _device_serial(r)),
                         " removed for imaging by probation and logged."]),
    ])


def _flex_vehicle(nt: _Note) -> list:
    r = nt.rng
    yr = f"{r.randint(2004, 2022)} {r.choice(_VEHICLES)}"
    return _pick(nt, [
        (_ADULT, ["Registration ", nt.s("VEHICLE_ID", _plate(r)), " (", r.choice(_STATES),
                  ") - owner is the patient's ", _rel(r), "."]),
        (_ADULT, ["Vehicle: ", yr, ", plate ", nt.s("VEHICLE_ID", _plate(r)), "."]),
        (_CRASH, ["VIN ", nt.s("VEHICLE_ID", _vin(r)), " recorded by the trooper (vehicle towed)."]),
        (_CRASH, ["Other vehicle: ", r.choice(_VEHICLES), ", VIN ", nt.s("VEHICLE_ID", _vin(r))]),
        (_CHILD, ["Car seat inspected; family vehicle plate ", nt.s("VEHICLE_ID", _plate(r)), " noted by DCF."]),
        (_CHILD, ["Father left in a ", yr, ", plate ", nt.s("VEHICLE_ID", _plate(r)), "; police informed."]),
        (_WORKING - _CRASH, ["Patient was found sleeping in a ", yr, " (VIN ", nt.s("VEHICLE_ID", _vin(r)),
                                  ") per police."]),
        (_LIVING_ADULT, ["Patient's car, plate ", nt.s("VEHICLE_ID", _plate(r)), ", remains in the ED lot."]),
    ])


def _flex_person(nt: _Note) -> list:
    r = nt.rng
    p = nt.person()
    return _pick(nt, [
        (_ALL, ["Interpreter: ", nt.nm(p, "full"), " (", r.choice(("Haitian Creole", "Cape Verdean Creole",
                                                                   "Portuguese", "Spanish", "Vietnamese", "Polish")),
                ")."]),
        (_ADULT, ["Health care proxy: ", nt.nm(p), " (", _rel(r), ")."]),
        (_VIOLENCE | _CHILD, ["Victim-witness advocate ", nt.nm(p), " present for the interview."]),
        (_ALL - _DEAD, ["Patient's ", _rel(r), ", ", nt.nm(p, "first"), ", visited and was updated."]),
        (_PSY | _CHILD | _ELDER, ["Guardian ad litem appointed: Atty. ", nt.nm(p), "."]),
        (_LEGAL, ["Chart reviewed with Sgt. ", nt.nm(p, "last"), " of the transit police."]),
        (_DEAD, ["Identification by the decedent's ", _rel(r), ", ", nt.nm(p, "full"), "."]),
    ])


def _flex_location(nt: _Note) -> list:
    r = nt.rng
    town, country = r.choice(_FOREIGN_TOWNS)
    return _pick(nt, [
        (_ADULT, ["Patient grew up in ", nt.s("LOCATION", town), ", ", country, "; moved here as a teenager."]),
        (_WORKING, ["Currently homeless, sleeping in a tent encampment in ", nt.town(), "."]),
        (_ALL - _DEAD, ["Transferred from an urgent care in ", nt.town(), "."]),
        (_CRASH, ["Crash occurred on the state highway in ", nt.town(), ", per the trooper."]),
        (_ALL, ["Family is in ", nt.s("LOCATION", town), " and has been informed by phone."]),
        (_PSY | _ELDER | _CHILD, ["Petition filed in ", nt.s("LOCATION", f"{r.choice(_COUNTIES)} County"),
                                  " (probate)."]),
        (_CHILD, ["Mother recently moved from ", nt.town(), "; prior pediatrician there."]),
    ])


def _flex_org(nt: _Note) -> list:
    return _pick(nt, [
        (_WORKING, ["Works as a line cook at ", nt.org(_EMPLOYERS), "."]),
        (_CHILD, ["Sibling attends ", nt.org(_SCHOOLS), "; school nurse made the initial report."]),
        (_LIVING_ADULT, ["Most recent residence: ", nt.org(_FACILITIES), "."]),
        (_ALL, ["Transferred from ", nt.org(_HOSPITALS), " after initial stabilization."]),
        (_ALL - _DEAD, ["Pharmacy: ", nt.org(_PHARMACIES)]),
        (_CRASH, ["Vehicle towed to ", nt.org(_TOWYARDS), "."]),
        (_ADULT, ["Active member of ", nt.org(_CHURCHES), "; pastor visited."]),
        (_LEGAL | _ELDER, ["Represented by counsel from ", nt.org(_LAW_OFFICES), "."]),
        (_ALL - _DEAD, ["PCP: ", nt.org(_PRACTICES)]),
        (_ALL, ["Transferred from ", o := nt.org(_HOSPITALS), "; ", _Slot("ORGANIZATION", o.value, o.ent),
                " records (CT images on disc) reviewed."]),
        (_LIVING_ADULT, ["Placement: ", o2 := nt.org(_FACILITIES), " will not readmit; ",
                         _Slot("ORGANIZATION", o2.value, o2.ent), " staff to bring belongings."]),
    ])


_FLEX_LINES: dict[str, Callable[[_Note], list]] = {
    "PHONE": _flex_phone, "FAX": _flex_fax, "PAGER": _flex_pager, "EMAIL": _flex_email, "URL": _flex_url,
    "IP_ADDRESS": _flex_ip, "SSN": _flex_ssn, "MRN": _flex_mrn, "ACCOUNT": _flex_account,
    "HEALTH_PLAN": _flex_plan, "LICENSE": _flex_license, "ZIP": _flex_zip, "STREET_ADDRESS": _flex_street,
    "DATE_REAL_YEAR": _flex_date, "AGE_OVER_89": _flex_age, "DEVICE_ID": _flex_device,
    "VEHICLE_ID": _flex_vehicle, "PERSON": _flex_person, "LOCATION": _flex_location, "ORGANIZATION": _flex_org,
}


def _lookalike_line(nt: _Note) -> str:
    """One line of non-PHI look-alikes (codes, lots, models, public numbers)."""
    r = nt.rng
    name, num = r.choice(_HOTLINES)
    kind, model = r.choice(_DEVICES)
    rad = [
        f"{model} ({kind}) firmware {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(1, 60)}, "
        f"model UDI {_udi_no_serial(r)} (no serial on the label).",
        f"Billing codes: CPT {r.choice(('70450', '72125', '74176', '77075', '71046', '70486'))}, "
        f"ICD-10 {r.choice(('S06.5X0A', 'T74.12XA', 'S22.41XA', 'S02.3XXA', 'T40.2X1A'))}.",
        f"Scanner {r.choice(_SCANNERS)}, console software {r.choice(('VA50A', 'VB20', 'syngo.via VB60'))}, "
        f"protocol TR-{r.randint(1, 40):02d}{r.choice('ABC')}.",
        f"Contrast: iohexol 350, {r.randint(60, 110)} mL, lot {_lot(r)}, exp "
        f"{r.randint(1, 12):02d}/{r.randint(2025, 2028)}." if nt.kind == "rad_trauma"
        else f"Protocol card {r.choice(('CT-HEAD-NC', 'PMCT-WB', 'ABD-NC', 'SKEL-SURVEY'))} v{r.randint(2, 9)}.",
        f"Scanned in room CT-{r.randint(1, 4)}; transported from trauma bay {r.randint(1, 6)} by Medic "
        f"{r.randint(1, 30)}.",
    ]
    clinical = [
        f"Resources given: {name} {num}; information at {r.choice(_PUBLIC_SITES)}.",
        f"Naloxone 4 mg nasal kit dispensed, NDC 69547-353-02, lot {_lot(r)}, exp {r.randint(1, 12):02d}/"
        f"{r.randint(2025, 2028)}.",
        f"Tdap 0.5 mL IM given, lot {_lot(r)} (exp {r.randint(2025, 2027)}-{r.randint(1, 12):02d}-"
        f"{r.randint(1, 28):02d}).",
        f"Billing codes: CPT 9{_d(r, 4)}, ICD-10 {r.choice(('T39.1X2A', 'S06.5X0A', 'F29', 'T74.21XA', 'R45.851'))}.",
        f"Bed board: Pod {r.choice('ABCD')}-{r.randint(1, 24)}, then room {r.randint(2, 9)}{_d(r, 2)} bed "
        f"{r.choice('AB')}.",
        f"BP {r.randint(96, 168)}/{r.randint(54, 98)}, strength {r.randint(3, 5)}/5 all extremities, "
        f"A&Ox{r.randint(1, 3)}.",
    ]
    if nt.kind in _PSY:
        clinical.append(f"Form MH-{r.randint(1, 12)} completed per policy PC-{r.randint(100, 399)} (restraint order "
                        "set "
                        f"v{r.randint(2, 6)}).")
    if nt.kind == "sane":
        clinical.append(f"Evidence kit {_kit_number(r)} (kit exp {r.randint(1, 12):02d}/{r.randint(2025, 2028)}), "
                        f"seal #{_d(r, 7)} - released per chain of custody.")
    if nt.kind == "me":
        clinical = [clinical[0], clinical[3], clinical[4]]
    return r.choice(rad if nt.kind in _RAD else clinical)


# --------------------------------------------------------------------------------------------------
# Shared clinical filler
# --------------------------------------------------------------------------------------------------

def _vitals(r: random.Random, kind: str = "", stable: bool = False) -> str:
    if kind == "peds":
        return (f"T {r.choice(('98.', '99.', '100.'))}{r.randint(0, 9)} HR {r.randint(100, 168)} "
                f"BP {r.randint(80, 108)}/{r.randint(42, 66)} RR {r.randint(24, 42)} O2 sat {r.randint(95, 100)}% RA")
    if stable:
        return (f"T {r.choice(('97.', '98.'))}{r.randint(0, 9)} HR {r.randint(58, 96)} "
                f"BP {r.randint(104, 142)}/{r.randint(60, 88)} RR {r.randint(12, 18)} O2 sat {r.randint(94, 100)}% RA")
    return (f"T {r.choice(('97.', '98.', '99.', '100.'))}{r.randint(0, 9)} HR {r.randint(58, 128)} "
            f"BP {r.randint(92, 176)}/{r.randint(50, 102)} RR {r.randint(12, 26)} "
            f"O2 sat {r.randint(91, 100)}% {r.choice(('RA', '2L NC', 'RA', 'NRB'))}")


def _labs(r: random.Random, kind: str = "") -> list[str]:
    t = f"{r.randint(1, 11):02d}:{r.randint(0, 59):02d}{r.choice(('AM', 'PM'))}"
    lines = [
        f"___ {t} BLOOD WBC-{r.randint(4, 19)}.{r.randint(0, 9)} RBC-{r.randint(3, 5)}.{r.randint(10, 99)} "
        f"Hgb-{r.randint(8, 16)}.{r.randint(0, 9)} Hct-{r.randint(25, 48)}.{r.randint(0, 9)} Plt "
        f"Ct-{r.randint(90, 420)}",
        f"___ {t} BLOOD Glucose-{r.randint(70, 240)} UreaN-{r.randint(6, 48)} Creat-{r.randint(5, 24) / 10} "
        f"Na-{r.randint(128, 147)} K-{r.randint(31, 55) / 10} Cl-{r.randint(94, 110)} HCO3-{r.randint(14, 29)} "
        f"AnGap-{r.randint(8, 22)}",
        f"___ {t} BLOOD ALT-{r.randint(12, 400)} AST-{r.randint(14, 500)} CK(CPK)-{r.randint(60, 30000)} "
        f"AlkPhos-{r.randint(40, 300)} TotBili-{r.randint(2, 30) / 10}",
        f"___ {t} BLOOD PT-{r.randint(100, 190) / 10} PTT-{r.randint(240, 450) / 10} INR(PT)-{r.randint(9, 19) / 10}",
    ]
    if kind not in ("peds", "elder"):
        lines += [
            f"___ {t} BLOOD ASA-NEG Ethanol-{r.choice(('NEG', str(r.randint(40, 320))))} "
            f"Acetmnp-{r.choice(('NEG', str(r.randint(12, 260))))} Tricycl-NEG",
            f"___ {t} URINE bnzodzp-{r.choice(('POS', 'NEG'))} barbitr-NEG opiates-{r.choice(('POS', 'NEG'))} "
            f"cocaine-{r.choice(('POS', 'NEG'))} amphetm-NEG mthdone-NEG fentanyl-{r.choice(('POS', 'NEG'))}",
        ]
    return lines


def _psych_meds(r: random.Random) -> list[str]:
    pool = ("OLANZapine 10 mg PO QHS", "Haloperidol 5 mg IM x1 PRN severe agitation", "LORazepam 1 mg PO Q6H PRN "
            "anxiety/CIWA>10", "Lithium carbonate 300 mg PO BID (level 0.7 on day 5)", "Sertraline 50 mg PO daily",
            "QUEtiapine 25 mg PO QHS PRN insomnia", "DiphenhydrAMINE 50 mg IM x1 PRN", "Nicotine 21 mg/24 hr patch",
            "Thiamine 100 mg PO daily", "Folic acid 1 mg PO daily", "Risperidone 2 mg PO BID",
            "Divalproex ER 1000 mg PO QHS", "Buprenorphine-naloxone 8-2 mg SL daily", "Naltrexone 50 mg PO daily",
            "Acetaminophen 650 mg PO Q6H PRN pain", "Prazosin 2 mg PO QHS (nightmares)")
    return r.sample(pool, r.randint(4, 7))


def _trauma_meds(r: random.Random) -> list[str]:
    pool = ("Oxycodone 5 mg PO Q4H PRN pain", "Acetaminophen 1000 mg PO Q8H", "Enoxaparin 40 mg SC daily",
            "Docusate 100 mg PO BID", "Senna 8.6 mg PO QHS", "Lidocaine 5% patch daily (12 h on / 12 h off)",
            "Methocarbamol 750 mg PO TID PRN spasm", "Ondansetron 4 mg IV Q8H PRN nausea",
            "Cefazolin 2 g IV Q8H x 24 hours", "Famotidine 20 mg PO BID", "Levetiracetam 500 mg PO BID x 7 days",
            "Tetanus-diphtheria-pertussis (Tdap) 0.5 mL IM x1")
    return r.sample(pool, r.randint(4, 7))


def _course_extra(nt: _Note) -> list[str]:
    r = nt.rng
    return r.sample([
        f"# Alcohol use disorder: CIWA-Ar scores peaked at {r.randint(8, 22)} on HD2; symptom-triggered lorazepam; "
        f"no seizures or delirium. Thiamine/folate/MVI.",
        f"# Agitation: required one episode of 4-point restraint ({r.randint(35, 110)} minutes) after striking "
        f"staff; debriefed per policy; no further restraint.",
        f"# AKI: Cr {r.randint(14, 30) / 10} on arrival (CK {r.randint(900, 18000)}), improved with IVF to "
        f"{r.randint(7, 11) / 10}.",
        "# Tobacco use: counseled; nicotine patch 21 mg.",
        f"# Pain: multimodal regimen; {r.randint(2, 4)}/10 at discharge.",
        f"# Hypokalemia: K {r.randint(28, 33) / 10}, repleted.",
        f"# Opioid use disorder: COWS {r.randint(6, 16)}; started buprenorphine-naloxone, bridge script provided.",
        "# Safety: 1:1 sitter initially, liberalized to Q15 checks after 48 h; belongings search negative.",
        f"# {nt.x('Wernicke')} prophylaxis: high-dose IV thiamine x 3 days.",
    ], r.randint(1, 3))


def _discharge_header(nt: _Note, pt: _Person, service: str, allergies: str) -> None:
    r = nt.rng
    sex = r.choice(("M", "F"))
    nt.ln("Name:  ", nt.nm(pt, r.choice(("lastfirst", "capsfull", "lastcomma"))), " " * r.randint(10, 20),
          "Unit No:   ", nt.once("MRN", "mrn", lambda: _mrn(r)))
    nt.gap()
    nt.ln("Admission Date:  ", nt.date(2010, 2024), " " * r.randint(10, 16), "Discharge Date:   ", nt.date(2010, 2024))
    nt.gap()
    lo, hi = {"peds": (2017, 2024), "elder": (1918, 1934)}.get(nt.kind, (1935, 2006))
    nt.ln("Date of Birth:  ", nt.once("DATE_REAL_YEAR", "dob", lambda: _real_date(r, lo, hi)), " " * r.randint(9, 15),
          "Sex:   ", sex)
    nt.gap()
    nt.ln(f"Service: {service}")
    nt.gap()
    nt.head("Allergies")
    nt.ln(allergies)
    nt.gap()
    att = nt.person()
    nt.ln("Attending: ", nt.nm(att, r.choice(("full", "lastfirst"))), ".")
    nt.gap()


_CLINIC = {"psych": "Outpatient psychiatry", "tox": "Toxicology clinic", "mvc": "Trauma clinic",
           "assault": "Plastic surgery clinic", "sane": "Infectious disease (nPEP) clinic",
           "peds": "Child protection clinic", "elder": "Geriatrics clinic", "me": ""}


def _discharge_tail(nt: _Note, meds: list[str], dispo: list, dx: list[str], problem: str) -> None:
    r = nt.rng
    nt.head("Discharge Medications")
    for k, m in enumerate(meds, 1):
        nt.ln(f"{k}. {m}")
    nt.gap()
    nt.head("Discharge Disposition")
    nt.ln(*dispo)
    nt.gap()
    nt.head("Discharge Diagnosis")
    for d in dx:
        nt.ln(d)
    nt.gap()
    nt.head("Discharge Condition")
    if nt.kind == "me":
        nt.ln("Expired. Family at bedside; chaplain present. Body released to the medical examiner.")
        nt.gap()
        nt.head("Followup Instructions")
        nt.ln("___")
        return
    if nt.kind == "peds":
        nt.ln("Mental Status: Age-appropriate, interactive.")
    elif nt.kind == "elder":
        nt.ln("Mental Status: Confused - always.")
    else:
        nt.ln(r.choice(("Mental Status: Clear and coherent.", "Mental Status: Confused - sometimes.",
                        "Mental Status: Clear and coherent; future-oriented, denies SI/HI.")))
    nt.ln("Level of Consciousness: Alert and interactive.")
    nt.ln(r.choice(("Activity Status: Ambulatory - Independent.", "Activity Status: Ambulatory - requires assistance "
                    "or aid (walker or cane).", "Activity Status: Out of Bed with assistance to chair or wheelchair.")))
    nt.gap()
    nt.head("Discharge Instructions")
    name, num = r.choice(_HOTLINES)
    who = "Your child was" if nt.kind == "peds" else "You were"
    nt.ln(f"{who} admitted to ___ for {problem.lower()}. If you feel unsafe, call 911 or the {name} ({num}).")
    if r.random() < 0.5:
        nt.ln(_lookalike_line(nt))
    nt.gap()
    nt.head("Followup Instructions")
    nt.ln("___")
    if r.random() < 0.6:
        prov = nt.person()
        nt.ln(f"{_CLINIC[nt.kind]} on {_shifted_date(r)} at {r.randint(8, 11)}:{r.choice(('00', '15', '30', '45'))} "
              "AM with ", nt.nm(prov, "full"), r.choice((", LICSW", ", MD", ", PhD", ", NP")))


# --------------------------------------------------------------------------------------------------
# Discharge variants
# --------------------------------------------------------------------------------------------------

def _caption(nt: _Note, pt: _Person) -> None:
    r = nt.rng
    judge, atty = nt.person(), nt.person()
    style = r.randrange(3)
    if style == 0:
        nt.ln("COMMONWEALTH OF MASSACHUSETTS")
        nt.ln("___, ss.", " " * 24, r.choice(("DISTRICT COURT DEPARTMENT", "JUVENILE COURT DEPARTMENT",
                                               "PROBATE AND FAMILY COURT")))
        nt.ln(" " * 33, "___ DIVISION")
        nt.ln(" " * 33, "DOCKET NO. ___")
        nt.ln(r.choice(("COMMONWEALTH v. ", "IN THE MATTER OF: ", "RE: CARE AND PROTECTION OF ")),
              nt.nm(pt, r.choice(("caps", "capsfull", "lastcomma"))))
    elif style == 1:
        nt.ln("ORDER FOR EXAMINATION  (G.L. c. 123, s. 15(a) / 15(b))")
        nt.ln("Court: ___ District Court        Session: ", r.choice(("Arraignment", "Jury", "Mental Health")),
              "       Docket: ___")
        nt.ln("Presiding: Hon. ", nt.nm(judge, r.choice(("full", "init", "last"))), "   Defense: ",
              nt.nm(atty, r.choice(("full", "init"))), " (CPCS)")
    else:
        nt.ln("Re:  Commonwealth v. ", nt.nm(pt, r.choice(("full", "last"))), "   Dkt. ___   Judge: ",
              nt.nm(judge, "last"))
    nt.ln("Respondent DOB: ", nt.once("DATE_REAL_YEAR", "dob", lambda: _real_date(r, 1950, 2007)),
          "    Respondent ID: ", nt.once("MRN", "mrn", lambda: _mrn(r)))
    nt.ln("Guardian ad litem: ______________________   Interpreter needed:  [ ] yes  [x] no")
    nt.gap()


def _affidavit(nt: _Note, pt: _Person, what: str) -> None:
    r = nt.rng
    officer = nt.person()
    nt.head(r.choice(("PHYSICIAN'S AFFIDAVIT IN SUPPORT OF PETITION", "Clinical Affidavit (Section 7/8 petition)",
                      "STATEMENT OF FACTS")))
    paras = [
        ["I, ___, MD, am a physician licensed in the Commonwealth and the attending psychiatrist of the "
         "respondent, ", nt.nm(pt, "full"), "."],
        ["On ___ at approximately ", _hhmm(r), ", the respondent was brought to the emergency department by ",
         r.choice(("___ Police", "ambulance (Medic 7)", "state troopers", "her ", "his ")),
         " after ", what, "."],
        ["Officer ", nt.nm(officer, "last"), " (badge #___) reported that the respondent had barricaded "
         "in a bathroom and stated 'I won't be here tomorrow.'"],
        [f"Since admission the respondent has refused oral medication on {r.randint(2, 9)} occasions and "
         f"required emergency IM haloperidol/lorazepam on {r.randint(1, 4)} occasions."],
        ["In my opinion, failure to retain the respondent would create a likelihood of serious harm by reason "
         "of mental illness (G.L. c. 123, s. 1, prongs 1 and 3)."],
        ["Signed under the pains and penalties of perjury this ___ day of ___."],
    ]
    nt.ln("1. ", *paras[0])
    for k, p in enumerate(paras[1:5][:r.randint(2, 4)], 2):
        nt.ln(f"{k}. ", *p)
    nt.ln(*paras[5])
    nt.gap()


def _hpi_psych(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    fam, po = nt.person(), nt.person()
    town = nt.town()
    nt.head("History of Present Illness")
    age = r.choice(("___ year old", f"{r.randint(18, 64)} yo", "___ yo"))
    hx = r.choice((
        "schizoaffective d/o, bipolar type", "bipolar I d/o with psychotic features", "MDD with prior SA",
        "PTSD and AUD",
    ))
    nt.ln(f"{age} {r.choice(('man', 'woman', 'transgender man', 'woman'))} with h/o "
          f"{hx}"
          f", brought in on a Section 12(a) application by ___ Police after ", *r.choice((
              ["making threats toward neighbors in ", town, "."],
              ["being found on the ", r.choice(("Route 2", "I-91", "commuter rail")), " overpass."],
              ["an altercation at the shelter; police report describes him as 'talking to the walls.'"])))
    nt.ln(f"Collateral from {_rel(r)} ", nt.nm(fam, "first"), " (reached at ", nt.phone(),
          "): not sleeping for 5 days, giving away belongings, stopped depot injections after last court date.")
    nt.ln("Patient is on probation (", r.choice(("OUI", "A&B", "larceny", "trespass")), "); PO ", nt.nm(po),
          " was notified per the conditions of release.")
    nt.ln(f"C-SSRS (screen): {r.choice(('positive', 'positive', 'negative'))}; BPRS {r.randint(38, 72)}; "
          f"AIMS {r.randint(0, 6)}. Denies HI at present. Last EtOH ~{r.randint(1, 4)} days ago.")
    nt.gap()
    return "Psychosis / unsafe behavior"


def _hpi_mvc(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    tpr, medic = nt.person(), nt.person()
    yr = r.randint(2004, 2022)
    nt.head("History of Present Illness")
    nt.ln(f"___ yo {r.choice(('restrained', 'unrestrained', 'helmeted', 'unhelmeted'))} "
          f"{r.choice(('driver', 'front-seat passenger', 'motorcyclist', 'pedestrian struck'))} in a "
          f"{r.choice(('high-speed rollover', 'head-on MVC', 'T-bone collision', 'single-vehicle crash into a pole'))}"
          f", +LOC, extricated x {r.randint(15, 45)} min. ", *r.choice((
              ["Crash on Route ", str(r.randint(1, 140)), " in ", nt.town(), "."],
              ["Scene: ", nt.s("STREET_ADDRESS", _street(r)), " (per EMS)."],
              ["Scene ___ ."])))
    nt.ln(f"EMS (Medic {r.randint(1, 30)}) hand-off: GCS {r.randint(9, 15)} at scene "
          f"(E{r.randint(2, 4)}V{r.randint(3, 5)}M{r.randint(5, 6)}), SBP {r.randint(78, 150)}, 2 large-bore IVs, "
          f"{r.randint(500, 2000)} mL LR, TXA 1 g en route. Medic ", nt.nm(medic, "last"), " gave report.")
    nt.ln("State Police Tpr. ", nt.nm(tpr, r.choice(("last", "init"))),
          " (badge ___, report # ___) requested a legal blood draw; ", *r.choice((
              ["vehicle: ", f"{yr} {r.choice(_VEHICLES)}", ", plate ", nt.s("VEHICLE_ID", _plate(r)), "."],
              [f"vehicle {yr} {r.choice(_VEHICLES)}, VIN ", nt.s("VEHICLE_ID", _vin(r)), "."],
              [f"vehicle {yr} {r.choice(_VEHICLES)} towed to ", nt.org(_TOWYARDS), "."])))
    nt.ln(f"Serum EtOH {r.randint(0, 310)} mg/dL; BAL by trooper breath test declined. FAST "
          f"{r.choice(('positive in RUQ', 'negative', 'equivocal'))}. {nt.x('Battle')} sign "
          f"{r.choice(('absent', 'present on the left'))}; seatbelt sign {r.choice(('present', 'absent'))}.")
    nt.gap()
    return "Polytrauma after motor vehicle crash"


def _hpi_assault(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    det, friend = nt.person(), nt.person()
    nt.head("History of Present Illness")
    nt.ln(f"___ yo {r.choice(('M', 'F'))} presents after an assault ",
          *r.choice((["outside a bar in ", nt.town()], ["at home by a known partner"], ["at the bus station"],
                    ["in the parking lot of ", nt.org(_EMPLOYERS), " where the patient works"])),
          f"; struck with {r.choice(('fists', 'a bat', 'a bottle', 'a tire iron'))} and kicked while on the ground.")
    nt.ln("Friend ", nt.nm(friend, r.choice(("full", "first"))), " drove the patient in. ___ Police Det. ",
          nt.nm(det, "last"), " responded; incident report ___. Patient wishes to press charges.")
    ct_finding = r.choice((
        "Le Fort II fractures", "left orbital floor blowout fracture with 2 mm inferior rectus herniation",
        "bilateral mandibular angle fractures", "nasal bone fracture and small left SDH (4 mm)",
    ))
    nt.ln(f"Exam: periorbital ecchymosis ({nt.x('raccoon')} eyes absent), "
          f"{r.choice(('malocclusion', 'trismus', 'step-off at the left orbital rim'))}, "
          f"GCS {r.randint(13, 15)}, pupils {r.randint(2, 4)} mm brisk.")
    nt.ln(f"CT: {ct_finding}.")
    nt.gap()
    return "Injuries after assault"


def _hpi_sane(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    sane, adv, ofc = nt.person(), nt.person(), nt.person()
    nt.head("History of Present Illness")
    nt.ln(f"___ yo presenting ~{r.randint(4, 70)} hours after reported sexual assault; SANE ",
          nt.nm(sane, r.choice(("full", "last"))), ", RN, SANE-A performed the forensic exam with consent "
          "(each step explained; patient could decline any part).")
    nt.ln("Rape crisis advocate ", nt.nm(adv, "first"), " present. Patient ",
          r.choice(("elected to report to police", "has not decided whether to report (anonymous kit)")), ".")
    nt.ln("Prophylaxis: ceftriaxone 500 mg IM, doxycycline 100 mg BID x 7 d, metronidazole 2 g PO; HIV nPEP "
          "(bictegravir/emtricitabine/TAF) x 28 d; ulipristal 30 mg. Urine hCG negative.")
    nt.gap()
    nt.head("CHAIN OF CUSTODY")
    kit = _kit_number(r)
    nt.ln(f"Evidence kit {kit}, seal #{_d(r, 7)}, {r.randint(6, 14)} envelopes; photographs x {r.randint(8, 40)} on "
          f"encrypted camera card {r.choice(('A', 'B'))}-{_d(r, 3)}.")
    nt.ln("Time   Released by                 Received by                     Purpose")
    nt.ln(f"{_hhmm(r)}   SANE ", nt.nm(sane, "last"), "                 locked evidence fridge (ED)     storage")
    nt.ln(f"{_hhmm(r)}   evidence fridge            Ofc. ", nt.nm(ofc, "last"),
          " #___            transport to crime lab")
    nt.ln("Toxicology (DFSA) urine specimen ", nt.s("ACCOUNT", _accession(r)),
          f" collected {r.randint(1, 9)} h after ingestion of an unknown drink.")
    nt.gap()
    return "Sexual assault, forensic examination completed"


def _hpi_cps(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    mom, dad, sw = nt.person(), nt.person(), nt.person()
    nt.head("History of Present Illness")
    reason = r.choice((
        "fussiness and a swollen left thigh", "a seizure at home", "vomiting and lethargy",
        "bruising on the ears and torso",
    ))
    finding = r.choice((
        "acute-on-chronic bilateral subdural hematomas", "spiral femur fracture",
        "healing posterior rib fractures 5-7 on the right", "classic metaphyseal lesion of the distal tibia",
    ))
    months = r.randint(2, 22)
    nt.ln(f"{months}-month-old {r.choice(('boy', 'girl'))} brought in by mother ", nt.nm(mom, "first"),
          f" for {reason}"
          f"; history changed between providers. Father ", nt.nm(dad, r.choice(("full", "first"))),
          " was the caregiver at the time.")
    nt.ln(f"Findings: {finding}"
          "; ophthalmology: "
          f"{r.choice(('multilayer retinal hemorrhages OU too numerous to count', 'no retinal hemorrhages'))}. "
          f"TEN-4-FACESp bruising rule {r.choice(('positive', 'positive', 'negative'))}.")
    nt.ln("51A report filed with DCF; DCF response worker ", nt.nm(sw), " (",
          r.choice(("___ Area Office", "area office")),
          ") at bedside; safety plan: supervised visits only.")
    nt.ln(f"Labs: LFTs, lipase, UA, coags, CMP, PTH, 25-OH vitamin D ({r.randint(8, 42)} ng/mL) to evaluate for "
          f"mimics; skeletal survey and follow-up survey in 2 weeks.")
    nt.gap()
    return "Suspected non-accidental trauma"


def _hpi_aps(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    worker, son = nt.person(), nt.person()
    nt.head("History of Present Illness")
    nt.ln(nt.s("AGE_OVER_89", _old_age(r)), f" year old {r.choice(('woman', 'man'))} with dementia "
          f"({nt.x('Lewy')} body vs Alzheimer type), found by a neighbor on the floor of her apartment; downtime "
          f"unknown (>24 h). Lives with son ", nt.nm(son, r.choice(("first", "full"))), ", who is her paid caregiver.")
    nt.ln(f"Stage {r.choice(('3', '4', '4'))} sacral pressure injury, Na {r.randint(149, 166)}, CK "
          f"{r.randint(2000, 30000)}. "
          f"Weight {r.randint(34, 48)} kg. Medications found unopened.")
    agency = r.choice((["___ Council on Aging"], [nt.org(_LAW_OFFICES)], ["protective services agency"]))
    nt.ln("Elder Protective Services report filed; APS caseworker ", nt.nm(worker), " (", *agency,
          ") will see patient on the floor.")
    nt.ln(f"Capacity assessment: lacks capacity for disposition decisions (MoCA {r.randint(4, 15)}/30). "
          f"Emergency guardianship petition discussed with Probate Court.")
    nt.gap()
    return "Self-neglect / suspected caregiver neglect"


def _hpi_tox(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    spec = nt.person()
    nt.head("History of Present Illness")
    agent = r.choice(("acetaminophen (approx. 40 x 500 mg)", "sertraline and clonazepam", "bupropion XL 3 g",
                      "lithium ER", "amlodipine 300 mg", "diphenhydramine and an unknown amount of vodka"))
    nt.ln(f"___ yo with intentional ingestion of {agent} ~{r.randint(2, 14)} h PTA, found by roommate with a note. "
          f"Poison control consulted (case # ___); specialist ", nt.nm(spec, r.choice(("first", "full"))),
          " recommended ", r.choice(("NAC per the 21-hour protocol", "whole bowel irrigation",
                                     "serial levels q4h and telemetry", "high-dose insulin euglycemia")), ".")
    nt.ln(f"4-h APAP level {r.randint(40, 260)} mcg/mL (above the {nt.x('Rumack-Matthew')} treatment line); "
          f"QRS {r.randint(86, 140)} ms, QTc {r.randint(420, 560)} ms.")
    nt.ln(f"Poison center public line {_HOTLINES[0][1]}; toxicology fellow followed.")
    nt.ln("Section 12 placed once medically cleared; patient's prescriber at ", nt.org(_PRACTICES), " informed.")
    nt.gap()
    return "Intentional overdose"


def _hpi_me(nt: _Note, pt: _Person) -> str:
    r = nt.rng
    inv, kin = nt.person(), nt.person()
    nt.head("History of Present Illness")
    nt.ln("___ yo with "
          f"{r.choice(('GSW to the chest', 'fall from height', 'suspected fentanyl overdose', 'pedestrian struck'))}"
          f", PEA arrest in the field, ROSC after {r.randint(12, 38)} min. Brain death declared after two exams "
          f"(apnea test PaCO2 {r.randint(62, 80)}).")
    nt.ln("Death reportable under c. 38, s. 3. Medical examiner investigator ", nt.nm(inv, r.choice(("full", "last"))),
          r.choice((" accepted jurisdiction; body to OCME.", " released the case; private autopsy declined.")))
    nt.ln("Next of kin: ", _rel(r), " ", nt.nm(kin), ", notified in person with chaplain present.")
    nt.ln("Date of death: ", *r.choice(([nt.date(2012, 2024)], ["___"], [_shifted_date(r)])),
          f" at {_hhmm(r)} (time of second exam).")
    nt.gap()
    return "Death after trauma, medical examiner case"


_DC_VARIANTS = (
    ("psych", "PSYCHIATRY", _hpi_psych), ("mvc", "SURGERY", _hpi_mvc), ("assault", "ACUTE CARE SURGERY", _hpi_assault),
    ("sane", "EMERGENCY MEDICINE / OBSERVATION", _hpi_sane), ("peds", "PEDIATRICS", _hpi_cps),
    ("elder", "MEDICINE", _hpi_aps), ("tox", "MEDICINE", _hpi_tox), ("me", "SURGICAL ICU", _hpi_me),
)
_COMPLAINTS = {
    "psych": ("Section 12 hold", "court-ordered evaluation (15b)", "SI with plan", "agitation, psychosis"),
    "mvc": ("s/p MVC", "rollover MVC, trauma activation", "motorcycle crash", "pedestrian struck"),
    "assault": ("assault", "facial trauma after assault", "stab wound", "head injury after altercation"),
    "sane": ("sexual assault exam", "reported sexual assault", "SANE evaluation"),
    "peds": ("NAT evaluation", "femur fracture, concern for abuse", "seizure, ? abusive head trauma"),
    "elder": ("found down", "neglect, dehydration", "failure to thrive at home"),
    "tox": ("overdose", "intentional ingestion", "altered mental status, ? ingestion"),
    "me": ("trauma arrest", "GSW", "found down, cardiac arrest"),
}
_PROCEDURES = {
    "psych": ("None", "None", "ECT x 3 (consent via Rogers guardianship)"),
    "mvc": ("ex-lap, splenectomy", "ORIF right femur; chest tube L", "Intubation, ICP monitor placement", "None"),
    "assault": ("ORIF left orbital floor", "Closed reduction nasal fracture", "Laceration repair (layered, 7 cm)"),
    "sane": ("None", "Forensic medical examination with evidence collection"),
    "peds": ("None", "Spica casting", "Lumbar puncture"),
    "elder": ("None", "Sacral wound debridement (bedside)", "Foley catheter placement"),
    "tox": ("None", "Hemodialysis x 1 (temporary HD catheter)", "Intubation"),
    "me": ("Intubation, central line, chest tube", "Resuscitative thoracotomy", "Central line placement, intubation"),
}
_PMH = {
    "psych": ("Schizoaffective disorder; HTN; HLD", "Bipolar I d/o; AUD; HCV", "PTSD; OUD on buprenorphine",
              "MDD, prior suicide attempts x2 (overdose); asthma"),
    "tox": ("MDD; BPD traits; prior overdose", "Bipolar II; migraine", "GAD; AUD", "None"),
    "mvc": ("Seizure disorder; TBI (prior assault)", "HTN; T2DM", "None", "AUD; prior OUI"),
    "assault": ("Seizure disorder", "None", "HIV on ART, undetectable", "Asthma; ADHD"),
    "sane": ("None", "Asthma", "Depression", "Sickle cell trait"),
    "peds": ("Term, SVD, no NICU stay", "Born at 34 weeks, 2-week NICU stay", "GERD; otherwise healthy"),
    "elder": ("Dementia; CKD 3a; prior hip fracture; {park} disease", "Dementia; AFib (not anticoagulated); CHF",
              "HTN; osteoporosis; macular degeneration"),
    "me": ("Unknown", "OUD", "HTN; T2DM", "None known"),
}
_SECONDARY = {
    "psych": ("alcohol use disorder", "cannabis use disorder", "tardive dyskinesia (AIMS 4)", "hyperprolactinemia"),
    "tox": ("major depressive disorder, severe", "transaminitis", "QTc prolongation", "alcohol use disorder"),
    "mvc": ("rib fractures 4-7 L", "grade III splenic laceration", "concussion", "alcohol intoxication"),
    "assault": ("concussion", "acute stress reaction", "orbital floor fracture", "nasal bone fracture"),
    "sane": ("acute stress reaction", "vaginal abrasions", "alcohol intoxication"),
    "peds": ("healing rib fractures", "subdural hematoma", "vitamin D insufficiency", "iron deficiency"),
    "elder": ("hypernatremia", "rhabdomyolysis", "stage 4 sacral pressure injury", "protein-calorie malnutrition"),
    "me": ("anoxic brain injury", "hemorrhagic shock", "brain death"),
}


def _social(nt: _Note, kind: str) -> None:
    r = nt.rng
    nt.head("Social History")
    if kind == "peds":
        sib = r.randint(0, 3)
        nt.ln(f"Lives with mother, mother's partner and {sib} sibling{'s' if sib != 1 else ''}; ",
              *r.choice((["attends ", nt.org(_SCHOOLS), "."], ["no daycare."], ["cared for by a neighbor."])))
        nt.ln(*r.choice((_flex_street, _flex_person, _flex_phone, _flex_plan))(nt))
        nt.ln(f"Household: smoke exposure {r.choice(('yes', 'no'))}; firearms in home "
              f"{r.choice(('denied', 'unknown'))}; "
              f"prior DCF involvement {r.choice(('yes (2 screened-out reports)', 'none known'))}.")
    elif kind == "elder":
        nt.ln(r.choice(("Widowed; retired ", "Divorced; retired ")), r.choice(("seamstress", "machinist",
                                                                               "school bus driver", "postal clerk")),
              ". ", *r.choice((["Formerly worked at ", nt.org(_EMPLOYERS), "."], ["Pension only."])))
        nt.ln(*r.choice((_flex_street, _flex_person, _flex_plan, _flex_org))(nt))
        nt.ln("Tobacco: former. EtOH: none. Needs assistance with all ADLs; son manages finances (APS concern).")
    else:
        for f in r.sample([_flex_org, _flex_street, _flex_location, _flex_person, _flex_phone, _flex_plan],
                          r.randint(2, 3)):
            nt.ln(*f(nt))
        nt.ln(f"Tobacco {r.choice(('1 ppd', 'none', 'vapes'))}; EtOH {r.choice(('daily, ~1 pint', 'denies', 'binge'))}"
              f"; illicits: {r.choice(('fentanyl IN', 'cocaine', 'marijuana', 'denies'))}. Legal: ", *r.choice((
                  ["pending charges, next court date ", _shifted_date(r)], ["on parole; PO aware of admission"],
                  ["none"], ["restraining order against ex-partner (c. 209A)"])), ".")
    nt.gap()


def _exam(nt: _Note, kind: str) -> list[str]:
    r = nt.rng
    gcs = f"{nt.x('Glasgow')} Coma Scale {r.randint(13, 15)}"
    risk = r.choice((
        "high", "moderate",
    ))
    return {
        "psych": [f"MSE: {r.choice(('disheveled', 'casually dressed', 'malodorous'))}, guarded, "
                  f"{r.choice(('PMA', 'PMR'))}, speech {r.choice(('pressured', 'soft', 'loud'))}; thought process "
                  f"{r.choice(('tangential', 'linear', 'disorganized'))}; {r.choice(('+AH', 'denies AH/VH', '+PI'))}; "
                  "insight/judgment poor.", f"Neuro: {gcs}; no tremor; no {nt.x('Babinski')} sign."],
        "tox": [f"Pupils {r.randint(2, 8)} mm, {r.choice(('diaphoretic', 'dry skin', 'flushed'))}; clonus "
                f"{r.choice(('absent', '3 beats bilaterally', 'sustained at the ankles'))}.",
                f"MSE after clearance: flat affect, endorses passive SI; C-SSRS {risk} risk."],
        "mvc": [f"Primary survey intact; {gcs}; {nt.x('Battle')} sign {r.choice(('absent', 'present left'))}; "
                f"seatbelt sign {r.choice(('present', 'absent'))}; FAST {r.choice(('positive', 'negative'))}.",
                f"Chest: crepitus left lateral ribs; pelvis stable; {r.choice(_EPONYM_SIGNS)} absent."],
        "assault": [f"Face: periorbital ecchymosis, step-off at the infraorbital rim; {gcs}; "
                    f"EOMI with pain on upgaze.", f"Skin: patterned bruising of the forearms (defensive); "
                                                  f"{r.choice(_EPONYM_SIGNS)} absent."],
        "sane": ["General: tearful, cooperative. Body map: abrasions of both wrists; bruising of the inner thighs.",
                 f"Anogenital exam documented with colposcopic photographs; TEARS findings: "
                 f"{r.choice(('tear at 6 o clock', 'abrasions and redness', 'no visible injury (common)'))}."],
        "peds": [f"Weight {r.randint(5, 13)}.{r.randint(0, 9)} kg ({r.randint(3, 60)}th %ile); anterior fontanelle "
                 f"{r.choice(('flat', 'full', 'bulging'))}; bruising of the {r.choice(('pinna', 'torso', 'neck'))}.",
                 "No frenulum tear. Full skin exam with photographs by the child protection team."],
        "elder": [f"Cachectic, dry mucous membranes; stage 4 sacral pressure injury ({r.randint(4, 12)} x "
                  f"{r.randint(3, 9)} cm) with tunneling; heel eschar.",
                  f"Neuro: oriented to self only; {nt.x('Parkinson')}ian rigidity; MoCA deferred."],
        "me": ["GCS 3T, pupils fixed and dilated, absent corneal/cough/gag reflexes; no spontaneous respirations.",
               "Wounds photographed and documented for the medical examiner; clothing bagged."],
    }[kind]


def _course(nt: _Note, kind: str) -> list[str]:
    r = nt.rng
    tertiary = r.choice((
        "Chance fracture L1 - TLSO brace", "Jefferson fracture ruled out", "hangman fracture excluded on CTA",
        "no Colles fracture on wrist films",
    ))
    placement = r.choice((
        "DCF took emergency custody (72-hour hearing held)", "placement with maternal grandmother approved by DCF",
    ))
    lines = {
        "psych": [f"# Psychosis: olanzapine titrated to {r.choice((10, 15, 20))} mg; BPRS {r.randint(52, 70)} -> "
                  f"{r.randint(28, 40)}.",
                  f"# Legal: converted to a conditional voluntary (Section 10/11) on HD{r.randint(2, 6)}; "
                  f"{r.choice(('3-day notice not given', 'court hearing continued', 'Rogers petition not needed'))}."],
        "tox": [f"# Ingestion: NAC completed; AST/ALT peaked {r.randint(80, 2400)}/{r.randint(90, 2600)}, "
                f"INR {r.randint(10, 19) / 10}; transplant criteria (King's College) not met.",
                "# Psychiatry: Section 12 after medical clearance; transferred for inpatient care."],
        "mvc": ["# Tertiary survey: "
                f"{tertiary}.",
                f"# Foley removed HD{r.randint(2, 5)}, voiding. DVT ppx enoxaparin.",
                "# Legal: police hold lifted; legal blood sample released to the trooper with signed form."],
        "assault": [f"# Facial fractures: ORIF by plastics on HD{r.randint(1, 3)}; sinus precautions; Peridex.",
                    "# Concussion: cognitive rest; neuro checks q4h x 24 h unremarkable.",
                    "# Safety: domestic-violence advocate met with patient; safety plan in place."],
        "sane": ["# Forensic exam: kit completed and released (see chain of custody).",
                 "# nPEP: baseline HIV/HBV/HCV/RPR drawn; 28-day supply and follow-up arranged.",
                 "# Psychological support: rape crisis counselor; sleep aid declined."],
        "peds": ["# Child protection: CPT consulted; skeletal survey as above; ophthalmology exam completed.",
                 f"# Neurosurgery: nonoperative management; repeat MRI on HD{r.randint(2, 5)} stable.",
                 "# Disposition: "
                 f"{placement}."],
        "elder": [f"# Hypernatremia: free water deficit {r.randint(3, 7)} L corrected over 72 h.",
                  "# Pressure injury: wound care RN, air mattress, nutrition consult.",
                  "# Protective services: APS investigation opened; emergency guardianship hearing held."],
        "me": ["# Neuro: brain death declared after two examinations and apnea test.",
               "# OPO notified per policy; family declined donation.",
               "# Medical examiner: case reported; clothing and bullet fragment released per chain of custody."],
    }[kind]
    extra = _course_extra(nt) if kind in ("psych", "tox", "mvc", "assault") else []
    return lines + extra


def _kind_meds(r: random.Random, kind: str) -> list[str]:
    if kind in ("psych", "tox"):
        return _psych_meds(r)
    if kind == "sane":
        return ["Bictegravir/emtricitabine/tenofovir alafenamide 1 tab PO daily x 28 days",
                "Doxycycline 100 mg PO BID x 7 days", "Ondansetron 4 mg PO Q8H PRN nausea"] + r.sample(
            ["Ibuprofen 600 mg PO Q6H PRN pain", "Hydroxyzine 25 mg PO QHS PRN sleep", "Sertraline 25 mg PO daily"], 1)
    if kind == "peds":
        return r.sample(["Acetaminophen 15 mg/kg PO Q6H PRN pain", "Ibuprofen 10 mg/kg PO Q6H PRN pain",
                         "Cholecalciferol 400 IU PO daily", "Poly-vi-sol with iron 1 mL PO daily",
                         "Levetiracetam 20 mg/kg PO BID"], r.randint(2, 4))
    if kind == "elder":
        return r.sample(["Mirtazapine 7.5 mg PO QHS", "Donepezil 5 mg PO QHS", "Carbidopa-levodopa 25-100 mg PO TID",
                         "Acetaminophen 650 mg PO Q6H PRN pain", "Polyethylene glycol 17 g PO daily",
                         "Zinc sulfate 220 mg PO daily x 14 days", "Apixaban 2.5 mg PO BID"], r.randint(3, 5))
    if kind == "me":
        return ["None"]
    return _trauma_meds(r)


def _dispo(nt: _Note, kind: str) -> list:
    r = nt.rng
    return r.choice({
        "psych": (["Transfer to inpatient psychiatry: ", nt.org(_HOSPITALS)], ["Home With Service"],
                  ["Returned to court officers' custody"], ["Extended Care: ", nt.org(_FACILITIES)]),
        "tox": (["Transfer to inpatient psychiatry: ", nt.org(_HOSPITALS)], ["Transfer to ", nt.org(_FACILITIES)]),
        "mvc": (["Home"], ["Extended Care: ", nt.org(_FACILITIES)], ["Police custody"], ["Home With Service"]),
        "assault": (["Home"], ["Home With Service"], ["Shelter: ", nt.org(_FACILITIES)]),
        "sane": (["Home"], ["Shelter: ", nt.org(_FACILITIES)], ["Home with friend"]),
        "peds": (["DCF custody - foster placement"], ["Home with maternal grandmother (DCF safety plan)"]),
        "elder": (["Extended Care: ", nt.org(_FACILITIES)], ["Extended Care"]),
        "me": (["Expired"],),
    }[kind])


def _discharge(nt: _Note) -> None:
    r = nt.rng
    kind, service, hpi = r.choice(_DC_VARIANTS)
    nt.kind = kind
    pt = nt.person()
    if kind in ("psych", "tox") and r.random() < 0.6 or r.random() < 0.12:
        _caption(nt, pt)
    _discharge_header(nt, pt, service, r.choice(("Patient recorded as having No Known Allergies to Drugs",
                                                 "Haldol / latex", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
                                                 "lisinopril / shellfish derived")))
    nt.head("Chief Complaint")
    nt.ln(r.choice(_COMPLAINTS[kind]))
    nt.gap()
    nt.head("Major Surgical or Invasive Procedure")
    nt.ln(r.choice(_PROCEDURES[kind]))
    nt.gap()
    problem = hpi(nt, pt)
    if kind == "psych" and r.random() < 0.5:
        _affidavit(nt, pt, r.choice(("threatening family members with a knife", "a suicide attempt by hanging",
                                     "walking into traffic on the highway")))
    nt.head("Past Medical History")
    nt.ln(r.choice(_PMH[kind]).format(park=nt.x("Parkinson")))
    nt.gap()
    _social(nt, kind)
    nt.head("Family History")
    nt.ln(r.choice(("Mother with bipolar disorder; father with AUD.", "Non-contributory.", "Brother died by suicide.",
                    "Unknown (adopted).", "Father with MI at 58; mother with T2DM.")))
    nt.gap()
    nt.head("Physical Exam")
    nt.ln("ADMISSION: ", _vitals(r, kind))
    for line in _exam(nt, kind):
        nt.ln(line)
    if kind != "me":
        nt.ln("DISCHARGE: ", _vitals(r, kind, stable=True))
    nt.gap()
    nt.head("Pertinent Results")
    for line in r.sample(_labs(r, kind), r.randint(2, 4)):
        nt.ln(line)
    if r.random() < 0.5:
        nt.ln(f"IMAGING: CT head ({r.choice(_SCANNERS)}): "
              f"{r.choice(('no acute process', 'small SAH, Fisher grade 2', 'unchanged'))} - see report.")
    nt.gap()
    nt.head(r.choice(("Forensic / Legal", "Legal status and notifications", "Collateral and Contacts",
                      "SOCIAL WORK / CASE MANAGEMENT")))
    for f in r.sample(list(_FLEX_LINES.values()), r.randint(2, 4)):
        nt.ln(*f(nt))
    nt.flex()
    if r.random() < 0.6:
        nt.ln(_lookalike_line(nt))
    nt.gap()
    nt.head("Brief Hospital Course")
    opening = r.choice((f"Patient was admitted to the {service.lower()} service. ",
                        "Admitted for evaluation and management. "))
    nt.ln(opening + r.choice(("Hospital course by problem:", "Problems addressed:")))
    for line in _course(nt, kind):
        nt.ln(line)
    nt.gap()
    dx = [f"Primary: {problem}", f"Secondary: {r.choice(_SECONDARY[kind])}"]
    _discharge_tail(nt, _kind_meds(r, kind), _dispo(nt, kind), dx, problem)


# --------------------------------------------------------------------------------------------------
# Radiology variants
# --------------------------------------------------------------------------------------------------

_AGENCIES = {
    "rad_peds": ("Department of Children and Families", "Child Advocacy Center",
                 "District Attorney's Office (___ County)"),
    "rad_me": ("Office of the Chief Medical Examiner",),
    "rad_trauma": ("Massachusetts State Police, Collision Analysis and Reconstruction Section",
                   "___ Police Department, Traffic Division"),
    "rad_face": ("___ Police Department, Criminal Investigation Division", "District Attorney's Office (___ County)"),
    "rad_custody": ("___ Police Department, Narcotics Unit", "U.S. Customs and Border Protection",
                    "Massachusetts State Police, Crime Scene Services"),
    "rad_chest": ("___ Police Department, Criminal Investigation Division", "Department of Correction, Health Services",
                  "Elder Protective Services"),
}


def _agency_header(nt: _Note) -> None:
    r = nt.rng
    contact = nt.person()
    agency = r.choice(_AGENCIES[nt.kind])
    title = {"rad_peds": "DCF worker ", "rad_me": "Investigator "}.get(nt.kind) or r.choice(("Det. ", "Sgt. ",
                                                                                            "Officer "))
    style = r.randrange(3)
    if style == 0:
        nt.ln("=" * r.randint(50, 70))
        nt.ln(f"REQUESTING AGENCY: {agency}")
        nt.ln("Agency case no.: ___      Agency contact: ", title, nt.nm(contact, r.choice(("full", "last", "init"))))
        nt.ln("Contact tel: ", nt.phone(), "      Authorization: signed request on file")
        nt.ln("=" * r.randint(50, 70))
    elif style == 1:
        nt.ln(f"FORENSIC IMAGING REQUEST  |  Agency: {agency}  |  Ref: ___")
        nt.ln("Requested by: ", title, nt.nm(contact), "  |  Fax results to: ", nt.s("FAX", _phone(r)))
    else:
        nt.ln(f"** MEDICOLEGAL STUDY - {agency.upper()} REQUEST - release only per chain-of-custody **")
    nt.gap()


def _custody_block(nt: _Note) -> None:
    r = nt.rng
    tech, rec = nt.person(), nt.person()
    nt.head(r.choice(("CHAIN OF CUSTODY (images/media)", "MEDIA RELEASE LOG", "Custody record")))
    disc = f"FX-{_d(r, 4)}"
    nt.ln(f"1. DICOM export to encrypted disc {disc} (media label, not a patient identifier) by ",
          nt.nm(tech, r.choice(("full", "init"))), f", RT(R)(CT), {_hhmm(r)}.")
    who = {"rad_peds": "DCF worker ", "rad_me": "OCME investigator "}.get(nt.kind) or r.choice(("Det. ", "Tpr. "))
    nt.ln(f"2. Released at {_hhmm(r)} to ", who,
          nt.nm(rec, r.choice(("last", "full"))), " (ID #___); receipt signed; seal ", f"#{_d(r, 6)}.")
    if r.random() < 0.5:
        nt.ln(f"3. Copy retained in PACS; access audit enabled (policy IMG-{r.randint(10, 99)}).")
    nt.gap()


def _technique(nt: _Note, exam: str) -> None:
    r = nt.rng
    nt.head("TECHNIQUE")
    recon = r.choice((
        "Multidetector CT images were obtained without contrast.",
        "Axial images with coronal and sagittal reformats.",
        "Contiguous 0.625 mm sections with bone and soft-tissue kernels.",
    ))
    nt.ln(f"{exam} performed on a {r.choice(_SCANNERS)} (software {r.choice(('VA50', 'syngo CT VB20', 'rev 4.1.7'))})."
          f" {recon}")
    nt.gap()
    nt.head("DOSE")
    nt.ln(f"Acquisition sequence: {r.randint(1, 4)} Spiral Acquisition {r.randint(2, 30)}.{r.randint(0, 9)} s, "
          f"{r.randint(10, 60)}.{r.randint(0, 9)} cm; CTDIvol = {r.randint(5, 60)}.{r.randint(0, 9)} mGy (Body) "
          f"DLP = {r.randint(200, 2400)}.{r.randint(0, 9)} mGy-cm. Total DLP (Body) = {r.randint(300, 3000)} mGy-cm.")
    nt.gap()


def _notification(nt: _Note) -> None:
    r = nt.rng
    a, b = nt.person(), nt.person()
    nt.head("NOTIFICATION")
    nt.ln("The findings were discussed with Dr. ", nt.nm(a, r.choice(("last", "full", "init"))), " by Dr. ",
          nt.nm(b, r.choice(("last", "full"))), f" on the telephone on ___ at {r.randint(1, 12)}:{r.randint(10, 59)} "
          f"{r.choice(('AM', 'PM'))}, {r.randint(5, 40)} minutes after discovery of the findings.")
    if r.random() < 0.4:
        nt.ln(*_flex_pager(nt))
    nt.gap()


def _rad_skeletal(nt: _Note) -> None:
    r = nt.rng
    nt.ln("EXAMINATION:  SKELETAL SURVEY (COMPLETE, CHILD)  - CHILD ABUSE PROTOCOL")
    nt.gap()
    nt.ln(f"INDICATION:  {r.randint(1, 23)} month old {r.choice(('boy', 'girl'))} with "
          f"{r.choice(('subdural hematoma', 'femur fracture', 'bruising of the pinna', 'unexplained irritability'))}, "
          f"concern for non-accidental trauma. DCF 51A filed.")
    nt.gap()
    nt.head("TECHNIQUE")
    nt.ln(f"{r.randint(19, 23)} radiographs per ACR-SPR protocol: AP/lateral skull, lateral C-spine, AP/lateral "
          "thorax, oblique ribs, AP pelvis, lateral lumbar spine, AP humeri/forearms/femurs/tibias, PA hands, AP feet.")
    nt.ln(f"Equipment: {r.choice(_XR_SYSTEMS)}; dose per pediatric technique chart rev {r.randint(2, 9)}.")
    nt.gap()
    nt.ln("COMPARISON:  ", r.choice(("None.", f"CT head {_shifted_date(r)}.", "___.")))
    nt.gap()
    nt.head("FINDINGS")
    positive = r.random() < 0.6
    if positive:
        nt.ln(r.choice((f"Healing fractures of the posterior right {r.randint(4, 6)}th-{r.randint(7, 9)}th ribs "
                        "with callus, estimated 10-21 days old.",
                        "Classic metaphyseal lesions (corner/bucket-handle) of the distal right femur and proximal "
                        "left tibia.")))
    else:
        nt.ln("No acute or healing fracture is identified.")
    nt.ln(r.choice(("Skull: no fracture; sutures normal for age.",
                    "Skull: linear nondisplaced right parietal fracture.",
                    "Wormian bones are not present.")))
    nt.ln(f"No periosteal reaction elsewhere. Bone mineralization normal. No {nt.x('Salter-Harris')} injury.")
    _rad_more(nt, "bones", 1, 3)
    nt.gap()
    nt.head("IMPRESSION")
    nt.ln("Findings highly specific for inflicted injury. Follow-up skeletal survey in 2 weeks recommended."
          if positive else "No radiographic evidence of occult fracture. Follow-up survey in 14 days per protocol.")
    nt.gap()


def _rad_forensic_ct(nt: _Note) -> None:
    r = nt.rng
    nt.ln(r.choice(("EXAMINATION:  CT WHOLE BODY POST-MORTEM (PMCT) W/O CONTRAST",
                    "EXAMINATION:  CT HEAD W/O CONTRAST Q111 CT HEAD - FORENSIC")))
    nt.gap()
    scene = r.choice((
        "found deceased at residence", "in custody, fall in cell", "assault victim, unresponsive",
        "pedestrian fatality",
    ))
    nt.ln(f"INDICATION:  ___ year old {r.choice(('man', 'woman'))} "
          f"{scene}"
          f", medical examiner request. // ? skull fracture, ? cervical injury")
    nt.gap()
    _technique(nt, r.choice(("Post-mortem whole-body CT", "Non-contrast head CT")))
    nt.ln("COMPARISON:  ", r.choice(("None.", "___.", f"CT chest {_shifted_date(r)}.")))
    nt.gap()
    nt.head("FINDINGS")
    nt.ln(r.choice(("Comminuted depressed fracture of the left temporal squama extending to the skull base.",
                    f"Acute subdural hematoma along the right convexity measuring {r.randint(6, 18)} mm with "
                    f"{r.randint(4, 15)} mm leftward midline shift.", "Ring fracture of the skull base.",
                    "Hyoid and thyroid cartilage intact; no laryngeal fracture.")))
    nt.ln(r.choice(("Post-mortem intravascular gas and dependent lividity in the lungs.",
                    "Endotracheal tube, orogastric tube and defibrillator pads in place (resuscitation artifact).",
                    f"Retained metallic fragment in the left hemithorax measuring {r.randint(4, 14)} mm.")))
    nt.ln(f"No {nt.x('Jefferson')} or hangman's fracture. Bullet tract description deferred to autopsy.")
    _rad_more(nt, "head", 2, 3)
    _rad_more(nt, "body", 1, 3)
    nt.gap()
    nt.head("IMPRESSION")
    nt.ln("1. Findings as above, communicated to the OCME investigator.")
    nt.ln("2. Final interpretation correlates with autopsy; this report is not a cause-of-death determination.")
    nt.gap()


def _rad_trauma(nt: _Note) -> None:
    r = nt.rng
    nt.ln("EXAMINATION:  CT HEAD, C-SPINE, CHEST/ABD/PELVIS W/ CONTRAST (TRAUMA)")
    nt.gap()
    nt.ln("INDICATION:  ___ year old with "
          f"{r.choice(('MVC rollover', 'motorcycle crash', 'fall from ladder 15 ft', 'pedestrian struck'))}"
          f", {r.choice(('hypotensive', 'GCS 12', 'intoxicated, unable to clear C-spine', 'seatbelt sign'))}. "
          f"Police hold on patient (legal blood draw obtained).")
    nt.gap()
    _technique(nt, "Trauma pan-scan")
    head = r.choice((
        "No acute intracranial hemorrhage.", "Small SAH in the left sylvian fissure.",
        "Diffuse axonal injury pattern of punctate hemorrhages.",
    ))
    nt.ln("COMPARISON:  ", r.choice(("None.", "___.")))
    nt.gap()
    nt.head("FINDINGS")
    cspine = r.choice((
        "No fracture or malalignment.", "Type II dens fracture (Anderson-DAlonzo).",
        "C6 spinous process (clay-shoveler) fracture.",
    ))
    nt.ln(f"HEAD: {head}")
    chest = r.choice((
        "Left rib fractures 4-8 with flail segment; small pneumothorax.", "Sternal fracture; no aortic injury.",
        "Pulmonary contusion RLL.",
    ))
    nt.ln(f"C-SPINE: {cspine}")
    nt.ln(f"CHEST: {chest}")
    abdomen = r.choice((
        "Grade III splenic laceration with hemoperitoneum.", "Grade II liver laceration segment 6.",
        "Chance fracture of L2; mesenteric hematoma.", "APC-II pelvic fracture (open book).",
    ))
    nt.ln("ABDOMEN/PELVIS: "
          f"{abdomen}")
    _rad_more(nt, "body", 2, 4)
    _rad_more(nt, "bones", 1, 2)
    if r.random() < 0.6:
        nt.ln(*_flex_device(nt))
    nt.gap()
    nt.head("IMPRESSION")
    nt.ln(f"1. Injuries as above; ISS estimated {r.randint(9, 41)} (AIS head {r.randint(0, 4)}, chest "
          f"{r.randint(0, 4)}).")
    nt.ln("2. Preliminary read communicated to the trauma team at the time of the scan.")
    nt.gap()


def _rad_face(nt: _Note) -> None:
    r = nt.rng
    nt.ln("EXAMINATION:  CT MAXILLOFACIAL W/O CONTRAST")
    nt.gap()
    nt.ln("INDICATION:  ___ year old s/p assault with fist and kicked, facial swelling, diplopia on upgaze. "
          "Photographs taken for police (see SANE/ED note).")
    nt.gap()
    _technique(nt, "Maxillofacial CT")
    nt.ln("COMPARISON:  ", r.choice(("None.", "___.")))
    nt.gap()
    nt.head("FINDINGS")
    nt.ln(r.choice(("Le Fort I and II fractures bilaterally with pterygoid plate involvement.",
                    "Left zygomaticomaxillary complex (tripod) fracture.",
                    f"Left orbital floor fracture with {r.randint(2, 6)} mm herniation of fat; inferior rectus in "
                    f"normal position.", "Nondisplaced nasal bone fractures; nasal septum deviated.")))
    nt.ln(f"Mandible: {r.choice(('intact', 'right parasymphyseal fracture', 'bilateral condylar neck fractures'))}. "
          f"Globes intact. Dental injuries: {r.choice(('fractured tooth #8', 'none'))}.")
    _rad_more(nt, "head", 2, 4)
    nt.gap()
    nt.head("IMPRESSION")
    nt.ln("Facial fractures as described; plastic surgery consulted.")
    nt.gap()


def _rad_packer(nt: _Note) -> None:
    r = nt.rng
    nt.ln(r.choice(("EXAMINATION:  CT ABDOMEN AND PELVIS W/O CONTRAST (SUSPECTED BODY PACKING)",
                    "EXAMINATION:  ABDOMEN (SUPINE AND UPRIGHT) - IN CUSTODY")))
    nt.gap()
    nt.ln("INDICATION:  ___ year old in federal/state custody, suspected ingestion of drug packets. "
          "Patient consented; officers present at the scanner (handcuffs removed for imaging).")
    nt.gap()
    _technique(nt, "Non-contrast CT of the abdomen and pelvis")
    nt.ln("COMPARISON:  None.")
    nt.gap()
    nt.head("FINDINGS")
    n = r.randint(0, 60)
    nt.ln(f"{n} ovoid, uniformly dense intraluminal foreign bodies ({r.randint(20, 40)} x {r.randint(10, 18)} mm) "
          f"in the colon and rectum, consistent with drug packets." if n else "No intraluminal foreign body.")
    nt.ln(f"No free air, no obstruction. Bowel gas pattern {r.choice(('normal', 'nonobstructive'))}.")
    _rad_more(nt, "body", 2, 4)
    nt.gap()
    nt.head("IMPRESSION")
    nt.ln("Findings as above; surgery and toxicology aware. Follow-up radiograph after passage recommended.")
    nt.gap()


def _rad_chest(nt: _Note) -> None:
    r = nt.rng
    nt.ln(r.choice(("EXAMINATION:  CHEST (PORTABLE AP) AND PELVIS - TRAUMA SERIES",
                    "EXAMINATION:  CHEST (PA AND LAT)")))
    nt.gap()
    history = r.choice((
        "s/p stab wound left chest", "assaulted, chest wall pain", "restrained driver, seatbelt sign",
        "in police custody, fall",
    ))
    nt.ln(f"INDICATION:  {r.choice(('___ year old', str(r.randint(18, 88)) + ' yo'))} "
          f"{history}"
          f" // ? pneumothorax")
    nt.gap()
    nt.ln("COMPARISON:  ", r.choice(("None.", f"Chest radiograph {_shifted_date(r)}.", "___.")))
    nt.gap()
    nt.head("FINDINGS")
    nt.ln(r.choice(("Small left apical pneumothorax.", "No pneumothorax.",
                    "Left hemothorax with chest tube in place.")))
    nt.ln(r.choice(("Mediastinum not widened. Heart size normal.", "Displaced fractures of the left 5th-7th ribs.",
                    "Pelvis: no fracture or diastasis.")))
    _rad_more(nt, "bones", 2, 4)
    if r.random() < 0.5:
        nt.ln(*_flex_device(nt))
    nt.gap()
    nt.head("IMPRESSION")
    nt.ln("As above. Findings discussed with the trauma team at the bedside.")
    nt.gap()


_RAD_MORE = {
    "bones": ("Osseous structures otherwise intact; no lytic or sclerotic lesion.",
              "Soft tissues: subcutaneous edema over the {side} flank without organized collection.",
              "Visualized lung apices are clear.", "Alignment is maintained from C1 through T1.",
              "No prevertebral soft-tissue swelling (C2 4 mm, C6 {n} mm).",
              "The sacroiliac joints and pubic symphysis are congruent.",
              "Old healed fracture of the {side} clavicle, unchanged."),
    "head": ("Gray-white matter differentiation is preserved.", "The basal cisterns are patent.",
             "No hydrocephalus. Ventricles and sulci are age-appropriate.",
             "Paranasal sinuses: mucosal thickening of the {side} maxillary sinus; no air-fluid level.",
             "Mastoid air cells and middle ear cavities are clear.",
             "Scalp hematoma over the {side} parietal bone measuring {n} mm.",
             "Orbits and globes are unremarkable."),
    "body": ("Liver, gallbladder, pancreas and adrenals are unremarkable.",
             "Kidneys enhance symmetrically without perinephric hematoma.",
             "No free fluid in the pelvis. Bladder decompressed around a Foley catheter.",
             "Small hiatal hernia. Colonic diverticulosis without diverticulitis.",
             "Trace {side} pleural effusion. Dependent atelectasis.",
             "Aorta normal caliber without intimal flap or periaortic hematoma.",
             "No pneumoperitoneum. Bowel loops are normal in caliber."),
}


def _rad_more(nt: _Note, region: str, lo: int = 2, hi: int = 4) -> None:
    r = nt.rng
    for line in r.sample(_RAD_MORE[region], r.randint(lo, hi)):
        nt.ln(line.format(side=r.choice(("left", "right")), n=r.randint(3, 14)))


_CLIN_INFO = {
    "rad_peds": ("Child brought by DCF worker for follow-up imaging per child protection team.",
                 "Infant with bruising; mother's boyfriend was the caregiver. CPT requests full survey."),
    "rad_me": ("Requested by OCME; decedent transported in sealed body bag, seal number recorded by the investigator.",
               "Decedent found in a vehicle; PMCT prior to autopsy per OCME protocol."),
    "rad_trauma": ("Per EMS: rollover, prolonged extrication, GCS 11, SBP 88 on arrival.",
                   "Trauma activation level 1; trooper at bedside requesting legal blood draw."),
    "rad_face": ("Per ED: pt brought by police after altercation, GCS {gcs}, ETOH {etoh}. Officers at bedside.",
                 "Assaulted with a bottle; SANE and police involved."),
    "rad_custody": ("Patient in custody after airport arrest; officers present, consent signed.",
                    "Per EMS: found down in a holding cell, naloxone 4 mg IN given with response."),
    "rad_chest": ("Court-ordered imaging; patient on a Section 12 hold, 1:1 sitter present for the scan.",
                  "Per ED: pt brought by police after altercation, GCS {gcs}, ETOH {etoh}. Pt in custody."),
}


def _clinical_info(nt: _Note) -> None:
    """Requisition free text (history entered by the ordering clinician)."""
    r = nt.rng
    nt.ln("CLINICAL INFORMATION: ", r.choice(_CLIN_INFO[nt.kind]).format(gcs=r.randint(12, 15),
                                                                        etoh=r.randint(80, 320)))
    nt.gap()


_RAD_VARIANTS = (("rad_peds", _rad_skeletal), ("rad_me", _rad_forensic_ct), ("rad_trauma", _rad_trauma),
                 ("rad_face", _rad_face), ("rad_custody", _rad_packer), ("rad_chest", _rad_chest))


def _masked_len(nt: _Note) -> int:
    return sum(len(t.masked) if isinstance(t, _Slot) else len(t) for t in nt.toks if t is not _FLEX)


def _radiology(nt: _Note) -> None:
    r = nt.rng
    nt.kind, variant = r.choice(_RAD_VARIANTS)
    if r.random() < 0.75:
        _agency_header(nt)
    if r.random() < 0.6:
        _clinical_info(nt)
    variant(nt)
    if _masked_len(nt) < 900 or r.random() < 0.3:
        nt.head(r.choice(("RECOMMENDATION(S)", "ADDENDUM (attending review)")))
        nt.ln(r.choice(("Attending review: agree with the preliminary interpretation; no additional findings.",
                        "Follow-up imaging recommended as clinically indicated; correlate with physical exam.",
                        "Images reviewed with the requesting team; no discrepancy with the wet read.")))
        region = {"rad_face": "head", "rad_me": "head", "rad_peds": "bones", "rad_chest": "bones"}.get(nt.kind, "body")
        _rad_more(nt, region, 1, 3)
        nt.gap()
    if r.random() < 0.75 or _masked_len(nt) < 1100:
        _custody_block(nt)
    nt.head(r.choice(("ADDITIONAL INFORMATION", "REQUISITION DATA", "ADMINISTRATIVE")))
    nt.ln("Accession #: ", nt.once("ACCOUNT", "acc", lambda: _accession(r)),
          "    Patient MRN: ", nt.once("MRN", "mrn", lambda: _mrn(r)))
    for f in r.sample(list(_FLEX_LINES.values()), r.randint(1, 3)):
        nt.ln(*f(nt))
    nt.flex()
    if r.random() < 0.7:
        nt.ln(_lookalike_line(nt))
    nt.gap()
    if r.random() < 0.7:
        _notification(nt)


# --------------------------------------------------------------------------------------------------
# Planting
# --------------------------------------------------------------------------------------------------

_WEIGHTS = {c: 1.0 for c in CATEGORIES} | {"PERSON": 8.0, "LOCATION": 4.5, "ORGANIZATION": 5.0,
                                          "DATE_REAL_YEAR": 6.0}


def _stratum(seed: int, i: int) -> int:
    """0-99, a permutation of the note index: spreads planted / heavily masked notes evenly over the corpus."""
    return (i * 37 + seed * 17) % 100


_PLANTED_BELOW, _HEAVY_FROM = 58, 95


def _plant_rank(seed: int, i: int) -> int:
    """How many notes before ``i`` carry plants (closed form of the strata; no other note is generated)."""
    start = i - i % 100
    return (i // 100) * _PLANTED_BELOW + sum(1 for j in range(start, i) if _stratum(seed, j) < _PLANTED_BELOW)


def _choose_targets(rng: random.Random, seed: int, i: int) -> list[str]:
    """One to four categories; the first three rotate over the planted notes so every category is planted often."""
    k = rng.choices((1, 2, 3, 4), weights=(1, 3, 4, 5))[0]
    n, r = len(CATEGORIES), _plant_rank(seed, i)
    rotation = (CATEGORIES[(r + seed) % n], CATEGORIES[(3 * r + seed + 7) % n], CATEGORIES[(7 * r + seed + 5) % n])
    targets = list(rotation[:k])
    while len(targets) < k:
        cands = [c for c in CATEGORIES if c not in targets]
        targets.append(rng.choices(cands, weights=[_WEIGHTS[c] for c in cands])[0])
    return targets


def _plant(nt: _Note, targets: list[str]) -> set[str]:
    """Choose which slot keys are left unmasked; adds host lines for targets the note lacks."""
    r = nt.rng
    planted: set[str] = set()
    slots = [t for t in nt.toks if isinstance(t, _Slot)]
    host: list = []
    for cat in targets:
        cands = [s for s in slots if s.cat == cat and s.ent not in planted]
        if not cands or r.random() < 0.2:
            line = _FLEX_LINES[cat](nt)
            host.append(line)
            cands = [s for s in line if isinstance(s, _Slot) and s.cat == cat]
            slots.extend(s for s in line if isinstance(s, _Slot))
        chosen = r.choice(cands)
        if chosen.cat == "PERSON" and r.random() < 0.3:
            chosen.ent = chosen.ent + "/only"  # a single mention escaped; the others stay masked
        planted.add(chosen.ent)
        if r.random() < 0.75:
            planted.add(chosen.ent + "/2")
        if chosen.cat == "STREET_ADDRESS":
            for suffix in ("/c", "/z"):
                if r.random() < 0.5:
                    planted.add(chosen.ent + suffix)
    at = nt.toks.index(_FLEX)
    nt.toks[at:at + 1] = [t for line in host for t in [*line, "\n"]]
    return planted


_OVERMASK = re.compile(
    r"\b(?:Glasgow|Battle|Babinski|Lewy|Parkinson|Foley|Whipple|Salter-Harris|Jefferson|Chance|Colles|"
    r"Rumack-Matthew|Cushing|Kernig|Chvostek|Romberg|Cullen|Grey Turner|Kehr|Beck|Wernicke|King's College|"
    r"Le Fort|Anderson-DAlonzo|Fisher|Medtronic|Siemens|Canon|Philips|Boston Scientific|Abbott|LivaNova|"
    r"Tandem|Cochlear|Carestream|GE|Medic \d+|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|"
    r"\d{1,3}(?=[- ](?:month|year)[- ]old)|\d{1,3}(?= yo\b)|Pod [A-D]-\d+|room \d+|bed [AB]|\d{1,2}:\d{2} ?[AP]M)")


def _overmask(text: str, rng: random.Random) -> str:
    """Heavily masked notes: the de-identifier also censored eponyms, brands, dates, ages, rooms and times."""
    return _OVERMASK.sub(lambda m: "___" if rng.random() < 0.85 else m.group(0), text)


def _render(nt: _Note, planted: set[str]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for t in nt.toks:
        if t is _FLEX:
            continue
        if isinstance(t, _Slot):
            if t.ent in planted:
                spans.append((pos, pos + len(t.value), t.cat))
                t = t.value
            else:
                t = t.masked
        elif nt.heavy:
            t = _overmask(t, nt.rng)
        out.append(t)
        pos += len(t)
    return "".join(out), spans


def holdout24_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 24 for ``seed`` (deterministic, independent of the other notes)."""
    rng = random.Random(f"holdout24|{seed}|{i}")
    stratum = _stratum(seed, i)
    heavy = stratum >= _HEAVY_FROM
    plant = stratum < _PLANTED_BELOW
    note_type = "discharge" if rng.random() < 0.5 else "radiology"
    nt = _Note(rng, heavy)
    (_discharge if note_type == "discharge" else _radiology)(nt)
    planted = _plant(nt, _choose_targets(rng, seed, i)) if plant else set()
    text, spans = _render(nt, planted)
    return LabelledNote(note_type=note_type, text=text, spans=spans)


def holdout24_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout24_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(holdout24_corpus, argv, DESCRIPTION)
    report("holdout24", args, notes, hits, res)


if __name__ == "__main__":
    main()
