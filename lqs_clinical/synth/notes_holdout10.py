"""Held-out corpus 10 (blind): MIMIC-IV-Note-shaped discharge/radiology notes, precision-heavy, planted identifiers.

Discharge summaries (~55%) and radiology reports (~45%) with residual identifiers planted in ~57% of
notes, written to stress precision as much as recall.

Written blind: the author saw only ``holdout_measure.py``, ``pyproject.toml``, the ``LabelledNote``
dataclass and ``CATEGORIES`` of ``notes.py``, the MIMIC-IV schema reference and fully masked sample
notes. No detector rule, pattern, word list, test or earlier corpus was read, so nothing here is
tuned to (or against) the detector.

Every note is normally masked MIMIC-style (``___``; dates shifted to 2100-2200). Most notes carry
plenty of look-alike text that is *not* PHI and is never labelled: public hotlines (988, 911,
1-800 numbers), brand-name medication lists, device brand/model lines, eponymous signs and scores,
sign-off boilerplate, ALL-CAPS headers, role words followed by verbs ("Social work arranged ..."),
states and countries, generic facility words, shifted dates, bare years, ages under 90, and numbers
of every kind (doses, labs, vitals, NDC, lot, room/bed, ICD/CPT, protocol, firmware versions).
About 5% of notes are heavily masked and carry no plants.

Each planted span covers only the identifying value (cue words and titles stay outside).

Measure with::

    python -m lqs_clinical.synth.notes_holdout10 --seed 1 --n 600 --ner
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Seg = str | tuple[str, str]
Line = list[Seg]
Plant = tuple[str, Line]

# --------------------------------------------------------------------------------------------------
# Surrogate values (all invented combinations)

_FIRST = (
    "Oluwaseun", "Mireille", "Tadeusz", "Xiomara", "Kwabena", "Anneliese", "Dmitri", "Paloma", "Hoang",
    "Siobhan", "Rajesh", "Ingrid", "Temitope", "Guadalupe", "Yusuf", "Marisol", "Haruki", "Bronwyn",
    "Leilani", "Casimir", "Nadia", "Bao", "Ezequiel", "Fatou", "Gunnar", "Ifeoma", "Jae-won", "Keanu",
    "Lakshmi", "Malachi", "Noor", "Oksana", "Pilar", "Quang", "Rosalind", "Sekou", "Thandiwe", "Ulrich",
    "Valentina", "Wendell", "Ximena", "Yevgenia", "Zainab", "Dolores", "Earl", "Faith", "Hope", "Rose",
    "Hunter", "Grace", "Wade", "Ivy", "Dewayne", "LaTonya", "Tavita", "Makoa", "Aiyana", "Chayton",
    "Anahit", "Bartholomew", "Consuelo", "Desmond", "Eilidh", "Florin", "Gwendolyn", "Hamza", "Imelda",
    "Jovanni", "Kateryna", "Lorenzo", "Mehmet", "Nkechi", "Orla", "Priyanka", "Rafferty", "Soledad",
    "Teodoro", "Uzma", "Vusi", "Willa", "Yolanda", "Zbigniew", "Augustin", "Birgit", "Cheyenne", "Dang",
)
_LAST = (
    "Okonkwo", "Wierzbicki", "Castellanos", "Nguyen-Tran", "Haddad", "Lindqvist", "Abernathy",
    "Szymanski", "Oyelaran", "Featherstone", "Delacroix", "Bhattacharya", "Kowalczyk", "Mahlangu",
    "Papadakis", "Rourke", "Tsosie", "Yamaguchi", "Zielinski", "Achterberg", "Baptiste", "Chaudhry",
    "Dimitriou", "Esposito", "Fairweather", "Goldfarb", "Hakimi", "Iwu", "Jablonski", "Kealoha", "Lund",
    "Mwangi", "Nakashima", "O'Halloran", "Petrosyan", "Quintero", "Rasmussen", "Sandoval", "Thibodeaux",
    "Uchenna", "Vasquez-Ortiz", "Whitlock", "Xu", "Yazzie", "Zamora", "van der Berg", "De la Garza",
    "MacAllister", "St. Onge", "Brooks", "Wood", "Marsh", "King", "Street", "Bishop", "Winter", "Hill",
    "Frost", "Begay", "Ferreira", "Ong", "Adeyemi", "Kaczmarek", "Halvorsen", "Mukherjee", "Toussaint",
    "Ostrowski", "Villanueva", "Ngata", "Abdi", "Cardenas", "Dubois", "Eriksen", "Fonoti", "Grieco",
)
# (city, state, ZIP prefix): real places from many US regions; homonyms of states/countries/names included
_CITIES = (
    ("Chicopee", "MA", "010"), ("Lewiston", "ME", "042"), ("Schenectady", "NY", "123"),
    ("Altoona", "PA", "166"), ("Hagerstown", "MD", "217"), ("Roanoke", "VA", "240"),
    ("Greenville", "SC", "296"), ("Macon", "GA", "312"), ("Dothan", "AL", "363"), ("Biloxi", "MS", "395"),
    ("Shreveport", "LA", "711"), ("Lubbock", "TX", "794"), ("Laredo", "TX", "780"), ("Tulsa", "OK", "741"),
    ("Topeka", "KS", "666"), ("Omaha", "NE", "681"), ("Fargo", "ND", "581"), ("Duluth", "MN", "558"),
    ("Eau Claire", "WI", "547"), ("Kalamazoo", "MI", "490"), ("Dayton", "OH", "454"),
    ("Terre Haute", "IN", "478"), ("Peoria", "IL", "616"), ("Cedar Rapids", "IA", "524"),
    ("Joplin", "MO", "648"), ("Pueblo", "CO", "810"), ("Flagstaff", "AZ", "860"),
    ("Las Cruces", "NM", "880"), ("Provo", "UT", "846"), ("Boise", "ID", "837"), ("Missoula", "MT", "598"),
    ("Casper", "WY", "826"), ("Spokane", "WA", "992"), ("Yakima", "WA", "989"), ("Eugene", "OR", "974"),
    ("Medford", "OR", "975"), ("Modesto", "CA", "953"), ("Oxnard", "CA", "930"), ("Hilo", "HI", "967"),
    ("Wasilla", "AK", "996"), ("Bangor", "ME", "044"), ("Nashua", "NH", "030"),
    ("Brattleboro", "VT", "053"), ("New Bedford", "MA", "027"), ("Pawtucket", "RI", "028"),
    ("Fall River", "MA", "027"), ("Lowell", "MA", "018"), ("Brockton", "MA", "023"),
    ("Florence", "SC", "295"), ("Marion", "OH", "433"), ("Paris", "TX", "754"), ("Athens", "GA", "306"),
    ("Lebanon", "NH", "037"), ("Warren", "MI", "480"), ("Jackson", "MS", "392"), ("Holyoke", "MA", "010"),
    ("Chattanooga", "TN", "374"), ("Gallup", "NM", "873"), ("Kingman", "AZ", "864"), ("Bemidji", "MN", "566"),
)
_NEIGHBOURHOODS = (
    "Dorchester", "Jamaica Plain", "Mattapan", "Fishtown", "Pilsen", "Little Village", "Overtown",
    "Kalihi", "Five Points", "East Flatbush", "Corktown", "Hyde Park", "Upham's Corner", "Logan Square",
    "Germantown", "South Valley", "Fruitvale", "Ballard",
)
_COUNTIES = (
    "Hampden County", "Cuyahoga County", "Hidalgo County", "Kanawha County", "Coos County",
    "Yavapai County", "St. Louis County", "Orleans Parish", "Aroostook County", "Bristol County",
    "Navajo County", "Lancaster County",
)
_LOCAL_PLACES = (
    "Mill Creek Park", "Crane Beach", "Lake Quinsigamond", "Riverside Park", "Middlesex Fells",
    "Mount Tom", "Horseshoe Bend", "Seven Mile Bridge", "Sandy Point State Beach", "Franklin Park",
)
_STATES = (
    "Maine", "Vermont", "Ohio", "Texas", "Georgia", "Oregon", "Florida", "Arizona", "New Hampshire",
    "Rhode Island", "Connecticut", "North Carolina", "Puerto Rico", "Minnesota", "Kentucky", "Nevada",
)
_COUNTRIES = (
    "Guatemala", "Haiti", "Cape Verde", "Vietnam", "Portugal", "Ireland", "Nigeria", "India",
    "the Dominican Republic", "Brazil", "Poland", "Ukraine", "Somalia", "El Salvador", "China", "Jordan",
    "Lebanon", "Georgia", "Ethiopia", "the Philippines",
)
_HOSPITALS = (
    "Merrimack Valley General Hospital", "St. Agatha's Medical Center", "Lakeshore Regional Medical Center",
    "Pine Barrens Community Hospital", "Tri-River Medical Center", "Our Lady of the Valley Hospital",
    "Sagebrush Memorial Hospital", "Kettle Moraine Health", "Bayou Teche General", "Alder Creek Hospital",
    "Northern Pines Medical Center", "Mercy Highlands Hospital", "Cumberland Gap Regional",
)
_FACILITIES = (
    "Cedar Hollow Rehabilitation Center", "Maplewood Skilled Nursing", "Brookhaven Health Care Center",
    "The Willows at Kingsbridge", "Oak Terrace Nursing & Rehab", "Harborlight Assisted Living",
    "Sunny Acres Senior Living", "Riverstone Manor", "Hillside Transitional Care Unit",
)
_PRACTICES = (
    "Harbor Family Medicine", "Northgate Cardiology Associates", "Sunrise Pediatrics",
    "Bayside Community Health Center", "Riverbend Dialysis", "Copper Canyon Orthopedics",
    "Three Rivers Oncology Group", "Granite Peak Pulmonary", "Eastside Women's Health",
    "Prairie Wind Urgent Care", "Lighthouse Behavioral Health",
)
_IMAGING = ("Summit Open MRI", "Valley Imaging Partners", "ClearView Radiology Center", "Coastal Diagnostic Imaging")
_PHARMACIES = ("Kessler Family Pharmacy", "Main Street Apothecary", "Dunham's Drug", "Farmacia San Judas",
               "Northside Compounding Pharmacy")
_EMPLOYERS = ("Dunmore Tool & Die", "Halvorsen Trucking", "Pioneer Valley Paper", "Redline Logistics",
              "Atlantic Shellfish Co.", "Granite State Roofing", "Blue Mesa Casino", "Quarry Hill Dairy",
              "Tidewater Shipyard")
_SCHOOLS = ("Calloway High School", "Bellmont Community College", "Ashby Middle School",
            "Northern Plains Technical College", "St. Brendan Academy")
_CHURCHES = ("Greater New Hope Baptist Church", "St. Casimir Parish", "Beth Shalom Congregation",
             "Iglesia Pentecostal El Buen Pastor", "Masjid Al-Noor", "Holy Trinity Greek Orthodox Church")
_AGENCIES = ("Elder Services of the North Shore", "Bayside VNA", "Horizon Home Care", "Kindred Hearts Hospice",
             "Second Chance Recovery House", "Harbor Street Shelter")

_AREA = ("207", "212", "228", "251", "303", "314", "318", "336", "347", "402", "406", "412", "413", "414",
         "479", "503", "505", "508", "509", "512", "541", "563", "601", "605", "617", "701", "720", "763",
         "774", "781", "808", "907", "918", "919", "928", "978")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "aol.com", "icloud.com",
                  "protonmail.com", "lakeshorehealth.org", "nvcardio.com", "pinebarrenshealth.org")
_STREET_NAMES = ("Larkspur", "Orchard", "Fenwick", "Cullerton", "Meridian", "Tamarack", "Quarry", "Bellhaven",
                 "Wentworth", "Juniper", "Sequoyah", "Piedmont", "Saguaro", "Bluebonnet", "Magnolia",
                 "Cottonwood", "Kalanianaole", "Old Post", "Mill Pond", "Osceola", "Dewberry", "Hickory Ridge")
_STREET_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Blvd", "Ct",
                  "Way", "Terrace", "Pl", "Circle", "Hwy", "Pike")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON3 = tuple(m[:3] for m in _MONTHS)
_NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
              100: "one hundred", 101: "one hundred and one", 102: "one hundred two"}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _first(rng: random.Random) -> str:
    return rng.choice(_FIRST)


def _last(rng: random.Random) -> str:
    return rng.choice(_LAST)


def _full(rng: random.Random) -> str:
    f, s = _first(rng), _last(rng)
    r = rng.random()
    if r < 0.55:
        return f"{f} {s}"
    if r < 0.75:
        return f"{f} {rng.choice(string.ascii_uppercase)}. {s}"
    if r < 0.9:
        return f"{f[0]}. {s}"
    return f"{f} {s}-{rng.choice(_LAST).replace(' ', '')}"


def _phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_AREA), f"{rng.randint(201, 989)}", _d(rng, 4)
    if b == "555":
        b = "556"
    fmt = rng.randrange(6)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
            f"({a}){b}-{c}")[fmt]


def _pager(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 9)}-{_d(rng, 4)}", _d(rng, 5), f"{rng.choice(_AREA)}-{rng.randint(201, 989)}-"
                       f"{_d(rng, 4)}", f"{_d(rng, 3)}-{_d(rng, 4)}", f"{rng.randint(1, 9)}{_d(rng, 4)}"))


def _email(rng: random.Random) -> str:
    f, s = _first(rng).lower().replace("-", ""), _last(rng).lower().replace(" ", "").replace("'", "")
    s = s.replace(".", "")
    local = rng.choice((f"{f}.{s}", f"{f[0]}{s}", f"{s}{f[0]}{rng.randint(1, 99)}", f"{f}_{s[:4]}{rng.randint(40, 99)}",
                        f"{f}{rng.randint(1950, 2009)}", f"{s}.family"))
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _url(rng: random.Random, personal: bool = False) -> str:
    org = rng.choice(("lakeshorehealth", "pinebarrenshealth", "cedarhollowrehab", "coppercanyonortho",
                      "tririvermed", "harborfamilymed", "sagebrushmemorial", "alder-creek-hospital"))
    tld = rng.choice(("org", "com", "net"))
    if personal:
        return rng.choice((
            f"www.gofundme.com/f/help-{_first(rng).lower()}-{_last(rng).lower().replace(' ', '')}-recover",
            f"facebook.com/{_first(rng).lower()}.{_last(rng).lower().replace(' ', '')}.{rng.randint(10, 99)}",
            f"caringbridge.org/visit/{_first(rng).lower()}{_last(rng).lower().replace(' ', '')}",
        ))
    return rng.choice((
        f"https://portal.{org}.{tld}/login", f"www.{org}.{tld}", f"mychart.{org}.{tld}",
        f"https://{org}.{tld}/patients/billing", f"{org}.{tld}/findadoctor",
        f"http://pacs.{org}.{tld}:8080/viewer", f"https://{org}.{tld}/radiology/share?study=ext",
    ))


def _ip(rng: random.Random) -> str:
    return rng.choice((
        f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 60)}.{rng.randint(2, 254)}",
        f"{rng.choice((24, 47, 66, 73, 98, 108, 148))}.{rng.randint(10, 250)}."
        f"{rng.randint(0, 254)}.{rng.randint(1, 254)}",
        f"fd{_alnum(rng, 2, '0123456789abcdef')}:{_alnum(rng, 4, '0123456789abcdef')}:"
        f"{_alnum(rng, 3, '0123456789abcdef')}::{_alnum(rng, 2, '0123456789abcdef')}",
    ))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666 and n != 0])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice((_d(rng, 7), _d(rng, 8), f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 3)}", f"B{_d(rng, 7)}",
                       f"00{_d(rng, 6)}", f"E{_d(rng, 9)}", f"{_d(rng, 3)}-{_d(rng, 4)}"))


def _account(rng: random.Random) -> str:
    return rng.choice((_d(rng, 11), f"{_d(rng, 4)}-{_d(rng, 5)}", f"V{_d(rng, 8)}", f"{_d(rng, 10)}",
                       f"HAR{_d(rng, 9)}", f"{_d(rng, 3)}{_alnum(rng, 2, 'ABCDEFGHKMNPRTX')}{_d(rng, 6)}"))


def _health_plan(rng: random.Random) -> str:
    al, an = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"
    mbi = (f"{rng.randint(1, 9)}{_alnum(rng, 1, al)}{_alnum(rng, 1, an)}{rng.randint(0, 9)}-"
           f"{_alnum(rng, 1, al)}{_alnum(rng, 2, an)}-{_alnum(rng, 2, al)}{_d(rng, 2)}")
    return rng.choice((mbi, mbi.replace("-", ""), f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_d(rng, 9)}",
                       f"{_d(rng, 9)}-0{rng.randint(1, 4)}", f"{_d(rng, 12)}", f"W{_d(rng, 8)}",
                       f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_d(rng, 8)}"))


def _license(rng: random.Random, kind: str = "any") -> tuple[str, str]:
    """(cue, value); kind "prescriber", "driver" or "any"."""
    if kind == "prescriber":
        return rng.choice((("NPI", f"{rng.choice('12')}{_d(rng, 9)}"),
                           ("DEA", f"{rng.choice('ABFM')}{rng.choice('CDHKLMPRSTW')}{_d(rng, 7)}")))
    if kind == "driver":
        return rng.choice((("driver's license", f"{rng.choice('SDKM')}{_d(rng, 8)}"),
                           ("license", f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 4)}"),
                           ("DL", f"{rng.choice(string.ascii_uppercase)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}")))
    return rng.choice((
        ("NPI", f"{rng.choice('12')}{_d(rng, 9)}"),
        ("DEA #", f"{rng.choice('ABFM')}{rng.choice(string.ascii_uppercase)}{_d(rng, 7)}"),
        ("MA license #", _d(rng, 6)),
        ("state medical license", f"MD{_d(rng, 6)}"),
        ("RN license no.", f"RN{_d(rng, 7)}"),
        ("driver's license", f"S{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}"),
        ("DL#", f"{rng.choice(string.ascii_uppercase)}{_d(rng, 8)}"),
        ("ABIM certificate", _d(rng, 6)),
    ))


def _zip(rng: random.Random, prefix: str | None = None) -> str:
    z = (prefix or rng.choice(_CITIES)[2]) + _d(rng, 2)
    return z if rng.random() < 0.8 else f"{z}-{_d(rng, 4)}"


def _street(rng: random.Random) -> str:
    if rng.random() < 0.14:
        return rng.choice((f"PO Box {rng.randint(12, 9800)}", f"P.O. Box {rng.randint(12, 9800)}",
                           f"RR {rng.randint(1, 6)} Box {rng.randint(10, 400)}"))
    num = str(rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 19999))))
    pre = rng.choice(("", "", "", "N ", "W. ", "SE ", "East "))
    s = f"{num} {pre}{rng.choice(_STREET_NAMES)} {rng.choice(_STREET_SUFFIX)}"
    r = rng.random()
    if r < 0.15:
        s += f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
    elif r < 0.25:
        s += f", Unit {rng.randint(1, 12)}"
    return s


def _date(rng: random.Random, lo: int = 1928, hi: int = 2023) -> str:
    y = rng.randint(lo, hi)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
        f"{d} {_MON3[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{_MON3[m - 1]} {y}", f"{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}", f"{d}-{_MON3[m - 1]}-{y}", f"{_MONTHS[m - 1]} of {y}",
        f"{_MONTHS[m - 1]} {d}{'th' if d > 3 else ('st', 'nd', 'rd')[d - 1]}, {y}", f"{_MON3[m - 1]}. {d} {y}",
    ))


def _age(rng: random.Random) -> str:
    n = rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102))
    return _NUM_WORDS[n] if rng.random() < 0.18 else str(n)


def _serial(rng: random.Random) -> str:
    return rng.choice((
        f"{_alnum(rng, 3, 'BCDFGHJKLMNPQRSTVWXZ')}{_d(rng, 6)}{rng.choice('HSRGV')}",
        f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", f"SN{_d(rng, 10)}", f"{_d(rng, 11)}",
        f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_d(rng, 7)}",
        f"(01){_d(rng, 14)}(21){_alnum(rng, 8)}",
    ))


def _plate(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 9)}{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_d(rng, 3)}",
                       f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{_d(rng, 4)}",
                       f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {_d(rng, 5)}",
                       f"{_d(rng, 3)} {_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"))


def _vin(rng: random.Random) -> str:
    return (rng.choice("12345JKLSWYZ") + _alnum(rng, 7, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + rng.choice(string.digits)
            + _alnum(rng, 2, "DEFGHJKLMNPRS0123456789") + _d(rng, 6))


def _city(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(_CITIES)


def _place(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        return _city(rng)[0]
    if r < 0.75:
        return rng.choice(_NEIGHBOURHOODS)
    return rng.choice(_COUNTIES)


def _org(rng: random.Random) -> str:
    return rng.choice(rng.choice((_HOSPITALS, _FACILITIES, _PRACTICES, _PHARMACIES, _EMPLOYERS, _SCHOOLS,
                                  _CHURCHES, _AGENCIES, _IMAGING)))


# --------------------------------------------------------------------------------------------------
# Planting templates. Each returns [(target, line)]; a line is a list of plain strings and
# (value, CATEGORY) pairs. Targets "hdr:*" / "r:age" replace a masked header field; other targets
# are section keys (discharge: hpi pmh social family results course meds dispo instr followup sign;
# radiology: indication technique comparison findings impression notify sign).

_PT = "PERSON"
_LOC = "LOCATION"
_ORG = "ORGANIZATION"
_DT = "DATE_REAL_YEAR"


def _p_person_d(rng: random.Random) -> list[Plant]:
    f, s, full = _first(rng), _last(rng), _full(rng)
    k = rng.randrange(20)
    return [(
        ("hdr:name", [(f"{s}, {f}", _PT)]),
        ("hdr:name", [(f"{f.upper()} {s.upper()}", _PT)]),
        ("hdr:att", [(full, _PT), ", MD"]),
        ("hdr:greet", ["Dear ", rng.choice(("Mr.", "Ms.", "Mrs.")), " ", (s, _PT), ","]),
        ("hdr:greet", ["Dear ", (f, _PT), ","]),
        ("social", ["Lives with her husband ", (f, _PT), ", who is also her health care proxy."]),
        ("social", ["HCP: son, ", (full, _PT), " (cell ___)."]),
        ("course", ["Case discussed with her outpatient nephrologist, Dr. ", (s, _PT),
                    ", who agreed with holding lisinopril until follow-up."]),
        ("hpi", ["Per the patient's daughter ", (f, _PT), ", she had been more confused since the weekend."]),
        ("followup", ["Please follow up with ", (full, _PT), ", NP in the heart failure clinic within 7 days."]),
        ("course", ["Seen by ", (full, _PT), " from Palliative Care, who met with family on HD3."]),
        ("sign", ["Dictated by: ", (full, _PT), ", PA-C"]),
        ("hpi", ["pt's grandchild ", (f.lower(), _PT), " found her on the kitchen floor this AM, unclear downtime."]),
        ("course", ["I saw and examined the patient with Dr. ", (s, _PT), " and agree with the plan as outlined."]),
        ("social", ["Discussed with the patient's partner, ", (full, _PT), ", by phone; he agrees with rehab."]),
        ("family", ["Brother (", (f, _PT), ") with CAD s/p CABG at 58."]),
        ("course", ["Vascular surgery (Dr. ", (s, _PT), "'s team) recommended no intervention at this time."]),
        ("sign", ["cc: ", (full, _PT), ", MD; ", (_full(rng), _PT), ", NP"]),
        ("pmh", ["Followed by psychiatrist ", (f"{f} {s}", _PT), " for bipolar II; last seen 2 months ago."]),
        ("instr", ["Your visiting nurse, ", (f, _PT), ", will come to your home on Tuesday to draw labs."]),
    )[k]]


def _p_person_r(rng: random.Random) -> list[Plant]:
    s, full = _last(rng), _full(rng)
    k = rng.randrange(7)
    return [(
        ("notify", ["The findings were discussed with ", (full, _PT), ", NP by Dr. ", (_last(rng), _PT),
                    " on the telephone on ___ at 4:12 PM, 3 minutes after discovery of the findings."]),
        ("sign", ["RESIDENT: ", (full, _PT), "; ATTENDING: ___"]),
        ("indication", ["Ordered by ", (full, _PT), " (ED)."]),
        ("notify", ["Findings communicated to Dr. ", (s, _PT), " via secure chat at 11:05."]),
        ("sign", ["I, ", (full, _PT), ", MD, have personally reviewed the images and agree with the findings."]),
        ("comparison", ["Prior study interpreted by Dr. ", (s, _PT), " at an outside institution."]),
        ("impression", ["Preliminary read by ", (full, _PT), " on the night shift concurred."]),
    )[k]]


def _p_location(rng: random.Random) -> list[Plant]:
    city, st, _ = _city(rng)
    pl = _place(rng)
    k = rng.randrange(16)
    return [(
        ("social", ["Lives alone in ", (city, _LOC), ", ", st, "; still drives."]),
        ("social", ["Grew up in ", (rng.choice(_NEIGHBOURHOODS), _LOC), "; moved here from ", rng.choice(_COUNTRIES),
                    " as a child."]),
        ("hpi", ["She was visiting family in ", (city, _LOC), " when symptoms began."]),
        ("hpi", ["Transferred from an outside hospital in ", (city, _LOC), " for higher level of care."]),
        ("social", ["Works at a fish processing plant in ", (pl, _LOC), "."]),
        ("hpi", ["Patient fell while hiking at ", (rng.choice(_LOCAL_PLACES), _LOC), " and was carried out by EMS."]),
        ("social", ["Resides in ", (rng.choice(_COUNTIES), _LOC), "; limited public transportation."]),
        ("followup", ["Appointment at the ", (city, _LOC), " satellite clinic on ___ at 1:30 PM."]),
        ("social", ["Recently moved from ", (city, _LOC), ", ", st, " to be closer to her daughter."]),
        ("course", ["He was unable to return to the shelter in ", (pl, _LOC), "; social work arranged respite."]),
        ("dispo", ["Rehab bed located in ", (city, _LOC), " (closer to family)."]),
        ("indication", [" // transferred from ", (city, _LOC), " ED"]),
        ("comparison", ["Outside CT from ", (city, _LOC), ", date unknown, not available for direct comparison."]),
        ("indication", [" // fall at home in ", (pl, _LOC)]),
        ("hpi", ["Returned last week from a fishing trip near ", (city, _LOC), ", ", st, "."]),
        ("social", ["Spends winters in ", (city, _LOC), " and summers in ", rng.choice(_STATES), "."]),
    )[k]]


def _p_org(rng: random.Random) -> list[Plant]:
    k = rng.randrange(16)
    return [(
        ("hpi", ["Initially presented to ", (rng.choice(_HOSPITALS), _ORG), ", where CT showed the lesion; transferred "
                 "for neurosurgical evaluation."]),
        ("dispo", ["Facility: ", (rng.choice(_FACILITIES), _ORG)]),
        ("social", ["Works as a forklift operator at ", (rng.choice(_EMPLOYERS), _ORG), "."]),
        ("social", ["Very involved at ", (rng.choice(_CHURCHES), _ORG), "; a faith leader visited during admission."]),
        ("social", ["Senior at ", (rng.choice(_SCHOOLS), _ORG), ", plays varsity soccer."]),
        ("meds", ["Preferred pharmacy: ", (rng.choice(_PHARMACIES), _ORG)]),
        ("followup", ["Dialysis: resume MWF schedule at ", (rng.choice(("Riverbend Dialysis", "Saltmarsh Kidney Center",
                                                                        "Desert Bloom Dialysis")), _ORG), "."]),
        ("course", ["Records obtained from ", (rng.choice(_PRACTICES), _ORG), " showed EF 35% on echo last year."]),
        ("instr", [(rng.choice(_AGENCIES), _ORG), " will visit for wound care and medication teaching."]),
        ("comparison", ["Outside study from ", (rng.choice(_HOSPITALS), _ORG), " uploaded to PACS."]),
        ("technique", ["Images obtained at ", (rng.choice(_IMAGING), _ORG), " and submitted for second opinion."]),
        ("indication", [" // resident of ", (rng.choice(_FACILITIES), _ORG), " with fall"]),
        ("hpi", ["Sent in from ", (rng.choice(_PRACTICES), _ORG), " for hypoxia to 84% on RA."]),
        ("course", ["Blood cultures from ", (rng.choice(_HOSPITALS), _ORG), " grew MSSA in 2/2 bottles."]),
        ("social", ["Retired lineman, ", (rng.choice(_EMPLOYERS), _ORG),
                    f"; {rng.randint(25, 60)} pack-year history."]),
        ("notify", ["Findings faxed to ", (rng.choice(_PRACTICES), _ORG), " per ordering provider request."]),
    )[k]]


def _p_date(rng: random.Random) -> list[Plant]:
    dt, old = _date(rng, 2005, 2023), _date(rng, 1950, 2022)
    k = rng.randrange(16)
    return [(
        ("hdr:adm", [(_date(rng, 2004, 2023), _DT)]),
        ("hdr:dis", [(_date(rng, 2004, 2023), _DT)]),
        ("hdr:dob", [(_date(rng, 1922, 2004), _DT)]),
        ("pmh", ["s/p laparoscopic cholecystectomy (", (old, _DT), ")"]),
        ("hpi", ["Last colonoscopy ", (dt, _DT), " was reportedly normal."]),
        ("course", ["Per pharmacy fill history, her last apixaban refill was ", (dt, _DT), "."]),
        ("comparison", ["CT abdomen/pelvis dated ", (dt, _DT), "."]),
        ("sign", ["Electronically signed on ", (dt, _DT), " at 10:14 AM"]),
        ("social", ["Immigrated from ", rng.choice(_COUNTRIES), " in ",
                    (f"{rng.choice(_MONTHS)} {rng.randint(1960, 2019)}", _DT), "."]),
        ("family", ["Mother died ", (old, _DT), " of ovarian cancer."]),
        ("pmh", ["Last TDaP ", (dt, _DT), "; influenza vaccine this season."]),
        ("impression", ["Stable compared with ", (dt, _DT), "."]),
        ("results", ["Echo (", (dt, _DT), "): EF 40-45%, moderate MR."]),
        ("followup", ["Your surgery is scheduled for ", (dt, _DT), " at 7:30 AM; nothing to eat after midnight."]),
        ("hpi", ["Symptoms started around ", (dt, _DT), " per family, about three weeks before admission."]),
        ("indication", [" // prior MRI ", (dt, _DT), " showed 6 mm nodule"]),
    )[k]]


def _p_age(rng: random.Random) -> list[Plant]:
    a = _age(rng)
    word = not a.isdigit()
    k = rng.randrange(9)
    sex = rng.choice(("woman", "man", "female", "male"))
    return [(
        ("hpi", ["Ms. ___ is a ", (a, "AGE_OVER_89"),
                 "-year-old woman with HFpEF and CKD 3b who presents with dyspnea."]),
        ("r:age", [(a, "AGE_OVER_89"), f" year old {sex} with fall on anticoagulation"]),
        ("social", ["Lives with her ", (a, "AGE_OVER_89"), " year old husband, who is her primary caregiver."]),
        ("hpi", ["She is a ", (a, "AGE_OVER_89"), " year old retired schoolteacher, independent in ADLs at baseline."]),
        ("r:age", [(a, "AGE_OVER_89") if word else (a, "AGE_OVER_89"), f" y/o {sex}, hypoxia"]),
        ("course", ["Given age (", (a, "AGE_OVER_89"), ") and frailty, family opted against surgical repair."]),
        ("r:age", [(a, "AGE_OVER_89"), rng.choice(("F", "M")) if not word else " year old",
                   " with altered mental status"]),
        ("hpi", ["Pt is ", (a, "AGE_OVER_89"), " yo, DNR/DNI, presenting from home with fever."]),
        ("social", ["Patient, age ", (a, "AGE_OVER_89"), ", still lives independently and gardens daily."]),
    )[k]]


def _p_contact(rng: random.Random) -> list[Plant]:
    """PHONE, FAX, PAGER."""
    ph, fx, pg = _phone(rng), _phone(rng), _pager(rng)
    k = rng.randrange(21)
    return [(
        ("social", ["Daughter's cell: ", (ph, "PHONE")]),
        ("followup", ["Call the cardiology office at ", (ph, "PHONE"), " to confirm the time."]),
        ("instr", ["If you have questions, call the clinic nurse line at ", (ph, "PHONE"), " (weekdays)."]),
        ("notify", ["Findings called to the covering NP at ", (ph, "PHONE"), " at 6:50 PM."]),
        ("hpi", ["Wife can be reached at ", (ph, "PHONE"), " and is aware of admission."]),
        ("social", ["Emergency contact: niece, tel ", (ph, "PHONE")]),
        ("course", ["Spoke with outside PCP office (", (ph, "PHONE"), ") to reconcile medications."]),
        ("followup", ["Please fax the discharge summary to ", (fx, "FAX"), " (PCP office)."]),
        ("dispo", ["Rehab admissions fax: ", (fx, "FAX")]),
        ("notify", ["Final report faxed to ", (fx, "FAX"), " per request of the referring office."]),
        ("course", ["Outside labs received by fax from ", (fx, "FAX"), "."]),
        ("sign", ["Office: ___   Fax: ", (fx, "FAX")]),
        ("followup", ["Wound clinic referral sent; F: ", (fx, "FAX")]),
        ("course", ["Questions overnight: page the ortho resident at ", (pg, "PAGER"), "."]),
        ("notify", ["Dr. ___ was paged at ", (pg, "PAGER"), " at 3:40 PM and acknowledged receipt."]),
        ("sign", ["___, MD   pager #", (pg, "PAGER")]),
        ("instr", ["Nights and weekends the on-call fellow carries beeper ", (pg, "PAGER"), "."]),
        ("notify", ["Beeper ", (pg, "PAGER"), " (neuro IR fellow) notified by the technologist."]),
        ("followup", ["Transplant coordinator: ", (ph, "PHONE"), "; pager ", (pg, "PAGER")]),
        ("social", ["Cell ", (ph, "PHONE"), " / home ", (_phone(rng), "PHONE")]),
        ("dispo", ["VNA intake: phone ", (ph, "PHONE"), ", fax ", (fx, "FAX")]),
    )[k]]


def _p_net(rng: random.Random) -> list[Plant]:
    """EMAIL, URL, IP_ADDRESS."""
    em, url, ip = _email(rng), _url(rng), _ip(rng)
    k = rng.randrange(16)
    return [(
        ("social", ["Daughter prefers contact by email: ", (em, "EMAIL")]),
        ("followup", ["Questions: email the clinic nurse at ", (em, "EMAIL"), "."]),
        ("course", ["Outside records requested via ", (em, "EMAIL"), " (medical records dept)."]),
        ("notify", ["Report copied to ", (em, "EMAIL"), " at the request of the referring physician."]),
        ("instr", ["Send your blood sugar log to ", (em, "EMAIL"), " every Friday."]),
        ("instr", ["You can view your results on the patient portal at ", (url, "URL"), "."]),
        ("followup", ["Schedule online: ", (url, "URL")]),
        ("social", ["Family set up a fundraiser page (", (_url(rng, True), "URL"), ") for medical costs."]),
        ("technique", ["Outside images available at ", (url, "URL")]),
        ("technique", ["Outside images imported from DICOM node ", (ip, "IP_ADDRESS"), "."]),
        ("comparison", ["Prior study retrieved from remote PACS (", (ip, "IP_ADDRESS"), ")."]),
        ("results", ["Holter data uploaded from home gateway ", (ip, "IP_ADDRESS"), "."]),
        ("course", ["Remote telemetry transmitter paired via ", (ip, "IP_ADDRESS"),
                    "; alarms routed to central station."]),
        ("sign", ["Read remotely from workstation ", (ip, "IP_ADDRESS")]),
        ("hpi", ["He sent photos of the wound from ", (em, "EMAIL"), " to the surgery clinic two days ago."]),
        ("impression", ["Key images posted to ", (url, "URL"), " for tumor board."]),
    )[k]]


def _p_numbers(rng: random.Random) -> list[Plant]:
    """SSN, MRN, ACCOUNT, HEALTH_PLAN, LICENSE."""
    ssn, mrn, acct, hp = _ssn(rng), _mrn(rng), _account(rng), _health_plan(rng)
    cue, lic = _license(rng)
    pcue, plic = _license(rng, "prescriber")
    dcue, dlic = _license(rng, "driver")
    k = rng.randrange(30)
    return [(
        ("social", ["Social work assisting with SSDI application; SSN ", (ssn, "SSN"), " verified."]),
        ("course", ["Patient provided social security number ", (ssn, "SSN"), " for the Medicaid application."]),
        ("indication", [" // pt identifiers verified, SS# ", (ssn, "SSN")]),
        ("dispo", ["Rehab referral packet includes SSN: ", (ssn, "SSN")]),
        ("social", ["She gave her social as ", (ssn, "SSN"), " but was unsure of it."]),
        ("hdr:unit", [(mrn, "MRN")]),
        ("course", ["Outside records (", rng.choice(("OSH", "outside hospital")), " MRN ", (mrn, "MRN"),
                    ") reviewed."]),
        ("comparison", ["Prior exam filed under alternate MRN ", (mrn, "MRN"), "."]),
        ("results", ["Blood bank: type and screen sent under medical record # ", (mrn, "MRN"), "."]),
        ("notify", ["Note: wrong-patient order; correct MR# is ", (mrn, "MRN"), "."]),
        ("hpi", ["Registered under her maiden name; hospital number ", (mrn, "MRN"), " merged."]),
        ("dispo", ["Billing: please bill encounter ", (acct, "ACCOUNT")]),
        ("technique", ["Visit #: ", (acct, "ACCOUNT")]),
        ("course", ["Financial counseling flagged hospital account ", (acct, "ACCOUNT"), " for free care."]),
        ("followup", ["Prior authorization obtained under visit no. ", (acct, "ACCOUNT"), "."]),
        ("sign", ["Acct: ", (acct, "ACCOUNT"), "   FIN ", (_account(rng), "ACCOUNT")]),
        ("social", ["Insurance: Medicare, MBI ", (hp, "HEALTH_PLAN"), "."]),
        ("course", ["Case management confirmed coverage with member ID ", (hp, "HEALTH_PLAN"), "."]),
        ("dispo", ["Authorization under subscriber # ", (hp, "HEALTH_PLAN")]),
        ("indication", [" // prior auth on file, policy ", (hp, "HEALTH_PLAN")]),
        ("social", ["Medicaid ID ", (hp, "HEALTH_PLAN"), " (recertification due)."]),
        ("meds", ["Pharmacy benefit: insurance ID ", (hp, "HEALTH_PLAN"), "; copay card applied."]),
        ("sign", ["Signed: ___, MD  ", cue, " ", (lic, "LICENSE")]),
        ("meds", ["Prescriber ", pcue, ": ", (plic, "LICENSE")]),
        ("social", ["Registration copied his ", dcue, " ", (dlic, "LICENSE"), " at admission."]),
        ("sign", ["Interpreting physician ", pcue, " ", (plic, "LICENSE")]),
        ("course", ["Restraint order co-signed by RN (license #", (f"RN{_d(rng, 6)}", "LICENSE"), ")."]),
        ("instr", ["Because of the seizure, we reported to the state; your license number ", (dlic, "LICENSE"),
                   " is suspended for now."]),
        ("results", ["Specimen received with pt ID ", (mrn, "MRN"), " and encounter ", (acct, "ACCOUNT"), "."]),
        ("dispo", ["Medicare ", (hp, "HEALTH_PLAN"), "; secondary Medicaid ", (_health_plan(rng), "HEALTH_PLAN")]),
    )[k]]


def _p_address(rng: random.Random) -> list[Plant]:
    """ZIP, STREET_ADDRESS (with LOCATION where a city appears)."""
    city, st, zp = _city(rng)
    z, street = _zip(rng, zp), _street(rng)
    k = rng.randrange(15)
    return [(
        ("social", ["Lives in ___, ", st, " ", (z, "ZIP"), "."]),
        ("social", ["Patient's zip code (", (z, "ZIP"), ") qualifies her for the community paramedic program."]),
        ("dispo", ["Home address zip ", (z, "ZIP"), " is outside the VNA catchment; alternate agency arranged."]),
        ("comparison", ["Outside films mailed from ___, ", st, " ", (z, "ZIP"), "."]),
        ("social", ["Lives at ", (street, "STREET_ADDRESS"), " with two roommates."]),
        ("social", ["Mailing address: ", (street, "STREET_ADDRESS"), ", ", (city, _LOC), ", ", st, " ", (z, "ZIP")]),
        ("hpi", ["Found down outside ", (street, "STREET_ADDRESS"), " by a neighbor walking her dog."]),
        ("followup", ["Location: ", (street, "STREET_ADDRESS"), ", 2nd floor"]),
        ("instr", ["Please bring the monitor back to our office at ", (street, "STREET_ADDRESS"), "."]),
        ("technique", ["Study performed at outpatient imaging center, ", (street, "STREET_ADDRESS"), "."]),
        ("course", ["EMS picked up the patient at ", (street, "STREET_ADDRESS"), ", ", (city, _LOC), "."]),
        ("dispo", ["Discharged to daughter's home: ", (street, "STREET_ADDRESS"), ", ", (city, _LOC), " ", st]),
        ("indication", [" // MVC near ", (street, "STREET_ADDRESS")]),
        ("social", ["Zip ", (z, "ZIP"), "; transportation via the RIDE."]),
        ("followup", [(street, "STREET_ADDRESS"), ", ", (city, _LOC), ", ", st, " ", (z, "ZIP")]),
    )[k]]


def _p_device_vehicle(rng: random.Random) -> list[Plant]:
    ser, plate, vin = _serial(rng), _plate(rng), _vin(rng)
    st = rng.choice(("Ohio", "Mass", "NH", "Texas", "CT", "Oregon"))
    k = rng.randrange(18)
    return [(
        ("pmh", ["s/p dual-chamber PPM (Medtronic Azure XT DR MRI, model W1DR01, serial ", (ser, "DEVICE_ID"), ")"]),
        ("course", ["LifeVest fitted prior to discharge (serial no. ", (ser, "DEVICE_ID"), ")."]),
        ("results", ["Device interrogation: S/N ", (ser, "DEVICE_ID"), ", battery 9.2 years, 2% V-paced."]),
        ("instr", ["Your insulin pump serial number is ", (ser, "DEVICE_ID"), "; keep it with your wallet card."]),
        ("findings", ["Pacemaker generator (SN ", (ser, "DEVICE_ID"), ") in the left chest wall with leads in "
                      "expected position."]),
        ("technique", ["MR-conditional device verified by MR safety officer, serial ", (ser, "DEVICE_ID"), "."]),
        ("social", ["Home CPAP (ResMed AirSense 10), device SN ", (ser, "DEVICE_ID"), ", brought from home."]),
        ("pmh", ["Left TKA with implant UDI ", (ser, "DEVICE_ID")]),
        ("comparison", ["Neurostimulator ", (ser, "DEVICE_ID"), " switched to MRI mode before scan."]),
        ("hpi", ["Per police report, the other vehicle (", st, " plate ", (plate, "VEHICLE_ID"), ") left the scene."]),
        ("social", ["His car (VIN ", (vin, "VEHICLE_ID"), ") was towed from the hospital garage; security aware."]),
        ("hpi", ["EMS reports rollover of a pickup, registration ", (plate, "VEHICLE_ID"), ", restrained driver."]),
        ("course", ["Security notified: patient's car, license plate ", (plate, "VEHICLE_ID"),
                    ", was left in the ambulance bay and moved to Garage B."]),
        ("social", ["Valet ticket for vehicle ", (plate, "VEHICLE_ID"), " given to wife."]),
        ("indication", [" // pedestrian struck by vehicle, tag ", (plate, "VEHICLE_ID"), " per EMS"]),
        ("dispo", ["Wheelchair van (", (plate, "VEHICLE_ID"), ") to pick up at 2 PM."]),
        ("course", ["Insurance adjuster requested records for claim on vehicle VIN ", (vin, "VEHICLE_ID"), "."]),
        ("findings", ["Loop recorder ", (ser, "DEVICE_ID"), " in the left parasternal subcutaneous tissues."]),
    )[k]]


# category -> (weight, template functions that can produce it)
_CAT_FNS: dict[str, tuple[float, tuple[Callable[[random.Random], list[Plant]], ...]]] = {
    "PERSON": (2.0, (_p_person_d, _p_person_r)), "LOCATION": (1.5, (_p_location,)), "ORGANIZATION": (1.6, (_p_org,)),
    "DATE_REAL_YEAR": (1.6, (_p_date,)), "AGE_OVER_89": (1.0, (_p_age,)),
    "PHONE": (1.0, (_p_contact,)), "FAX": (1.0, (_p_contact,)), "PAGER": (1.0, (_p_contact,)),
    "EMAIL": (1.0, (_p_net,)), "URL": (1.0, (_p_net,)), "IP_ADDRESS": (1.0, (_p_net,)),
    "SSN": (1.0, (_p_numbers,)), "MRN": (1.0, (_p_numbers,)), "ACCOUNT": (1.0, (_p_numbers,)),
    "HEALTH_PLAN": (1.0, (_p_numbers,)), "LICENSE": (1.0, (_p_numbers,)),
    "ZIP": (1.0, (_p_address,)), "STREET_ADDRESS": (1.0, (_p_address,)),
    "DEVICE_ID": (1.0, (_p_device_vehicle,)), "VEHICLE_ID": (1.0, (_p_device_vehicle,)),
}


# --------------------------------------------------------------------------------------------------
# Clinical filler and look-alikes (never labelled)

_MEDS = (
    ("Furosemide", "Lasix", "40 mg", "PO DAILY"), ("Apixaban", "Eliquis", "5 mg", "PO BID"),
    ("Rivaroxaban", "Xarelto", "20 mg", "PO DAILY WITH DINNER"), ("Warfarin", "Coumadin", "2.5 mg", "PO DAILY16"),
    ("Metoprolol Succinate XL", "Toprol XL", "50 mg", "PO DAILY"), ("Atorvastatin", "Lipitor", "80 mg", "PO QPM"),
    ("Levetiracetam", "Keppra", "500 mg", "PO Q12H"), ("Ondansetron", "Zofran", "4 mg", "PO Q8H:PRN nausea"),
    ("Pantoprazole", "Protonix", "40 mg", "PO Q24H"), ("Oxycodone-Acetaminophen", "Percocet", "5-325 mg",
                                                          "1 TAB PO Q6H:PRN pain"),
    ("Tamsulosin", "Flomax", "0.4 mg", "PO QHS"), ("Levothyroxine", "Synthroid", "88 mcg", "PO DAILY"),
    ("Sitagliptin", "Januvia", "50 mg", "PO DAILY"), ("Empagliflozin", "Jardiance", "10 mg", "PO DAILY"),
    ("Semaglutide", "Ozempic", "0.5 mg", "SC WEEKLY"), ("Sacubitril-Valsartan", "Entresto", "24-26 mg", "PO BID"),
    ("Ticagrelor", "Brilinta", "90 mg", "PO BID"), ("Clopidogrel", "Plavix", "75 mg", "PO DAILY"),
    ("Quetiapine", "Seroquel", "25 mg", "PO QHS:PRN agitation"),
    ("Lorazepam", "Ativan", "0.5 mg", "PO Q8H:PRN anxiety"),
    ("Senna", "Senokot", "8.6 mg", "PO BID:PRN constipation"), ("Docusate Sodium", "Colace", "100 mg", "PO BID"),
    ("Polyethylene Glycol", "Miralax", "17 g", "PO DAILY:PRN"), ("Acetaminophen", "Tylenol", "650 mg", "PO Q6H:PRN"),
    ("Hydromorphone", "Dilaudid", "2 mg", "PO Q4H:PRN severe pain"), ("Insulin Glargine", "Lantus", "22 Units",
                                                                       "SC at bedtime"),
    ("Gabapentin", "Neurontin", "300 mg", "PO TID"), ("Spironolactone", "Aldactone", "25 mg", "PO DAILY"),
    ("Amlodipine", "Norvasc", "10 mg", "PO DAILY"), ("Lisinopril", "Zestril", "20 mg", "PO DAILY"),
    ("Albuterol Inhaler", "ProAir HFA", "2 PUFF", "IH Q4H:PRN wheeze"), ("Tiotropium", "Spiriva", "18 mcg", "IH DAILY"),
    ("Fluticasone-Salmeterol", "Advair Diskus", "250/50", "1 INH IH BID"),
    ("Sertraline", "Zoloft", "100 mg", "PO DAILY"),
    ("Donepezil", "Aricept", "10 mg", "PO QHS"), ("Allopurinol", "Zyloprim", "100 mg", "PO DAILY"),
    ("Cephalexin", "Keflex", "500 mg", "PO Q6H x 7 days"), ("Nitroglycerin SL", "Nitrostat", "0.4 mg", "SL Q5MIN:PRN"),
    ("Lactulose", "Enulose", "30 mL", "PO TID titrate to 3 BMs"), ("Rifaximin", "Xifaxan", "550 mg", "PO BID"),
    ("Enoxaparin", "Lovenox", "40 mg", "SC DAILY"), ("Prednisone", "Deltasone", "40 mg", "PO DAILY x 4 days"),
    ("Magnesium Oxide", "Mag-Ox 400", "400 mg", "PO BID"), ("Carvedilol", "Coreg", "6.25 mg", "PO BID"),
)

# (service, chief complaint, procedure, hpi, course, diagnoses, pmh)
_SCENARIOS = (
    ("MEDICINE", "Dyspnea, leg swelling", "None",
     "with HFrEF (EF 30%), AFib on apixaban and CKD stage 3 who presents with two weeks of progressive dyspnea on "
     "exertion, 3-pillow orthopnea and 8 lb weight gain. She ran out of torsemide about 10 days ago.",
     "# Acute on chronic systolic heart failure: diuresed with IV furosemide 80 mg BID with net negative 6.2 L. "
     "Transitioned to torsemide 40 mg daily. Dry weight estimated at 71.4 kg. Cr peaked at 1.9 and improved to 1.5.",
     ("Acute on chronic systolic heart failure", "Atrial fibrillation", "CKD stage 3b"),
     ("HFrEF, EF 30% (ischemic)", "Atrial fibrillation, CHA2DS2-VASc 5",
      "CKD 3b, baseline Cr 1.4", "Type 2 DM, A1c 7.9%")),
    ("SURGERY", "Right upper quadrant pain", "Laparoscopic cholecystectomy",
     "with obesity and GERD who presents with 18 hours of RUQ pain radiating to the right scapula after a fatty meal, "
     "with nausea and one episode of non-bloody emesis. Murphy's sign positive in the ED.",
     "Taken to the OR on HD2 for laparoscopic cholecystectomy; critical view of safety obtained, no complications. "
     "Diet advanced to regular on POD1. Pain controlled with oral medication. JP drain removed prior to discharge.",
     ("Acute calculous cholecystitis",), ("GERD", "Obesity, BMI 36", "Obstructive sleep apnea on CPAP")),
    ("MEDICINE", "Melena", "EGD with clipping of duodenal ulcer",
     "on aspirin and naproxen for knee OA who presents with 3 days of black tarry stools and lightheadedness. "
     "Glasgow-Blatchford score 11 on arrival; Hgb 6.9 from a baseline of 12.",
     "# Upper GI bleed: received 3 units pRBC. EGD showed a 1.5 cm clean-based duodenal bulb ulcer with a visible "
     "vessel, treated with epinephrine and two clips. H. pylori serology positive; started quadruple therapy. "
     "Hgb stable at 8.4 for 48 hours.",
     ("Duodenal ulcer with hemorrhage", "Acute blood loss anemia", "Helicobacter pylori infection"),
     ("Osteoarthritis of both knees", "Hypertension", "Remote tobacco use")),
    ("ORTHOPAEDICS", "Left hip pain after fall", "Left hip hemiarthroplasty",
     "who tripped over a rug at home and was unable to bear weight. Imaging showed a displaced left femoral neck "
     "fracture (Garden IV). No head strike, no LOC.",
     "Underwent left hip hemiarthroplasty (DePuy Summit stem, 28 mm bipolar head) without complication. Post-op Hct "
     "nadir 26.1, received 1 unit pRBC. Enoxaparin for DVT prophylaxis x 4 weeks. Weight bearing as tolerated.",
     ("Left femoral neck fracture", "Postoperative anemia"),
     ("Osteoporosis", "Hypothyroidism", "Macular degeneration")),
    ("NEUROLOGY", "Right-sided weakness, word-finding difficulty", "Mechanical thrombectomy (TICI 2b)",
     "with AFib not on anticoagulation who was last known well at 7:10 AM and found by her husband with right arm "
     "weakness and expressive aphasia. NIHSS 14 on arrival; CTA with left M1 occlusion.",
     "Received IV tenecteplase at 9:02 AM and went for thrombectomy with TICI 2b recanalization. NIHSS improved to 4. "
     "MRI with small left insular infarct. Started apixaban on day 4. Speech and swallow cleared for a regular diet.",
     ("Acute ischemic stroke, left MCA", "Paroxysmal atrial fibrillation"), ("Atrial fibrillation", "Hyperlipidemia")),
    ("MEDICINE", "Fever, dysuria", "None",
     "with a chronic Foley catheter for neurogenic bladder who presents from her group home with fever to 102.8F, "
     "rigors and confusion. Lactate 3.1. qSOFA 2.",
     "# Sepsis secondary to catheter-associated UTI: treated with cefepime, narrowed to ceftriaxone when urine grew "
     "pan-sensitive E. coli (>100,000 CFU). Foley exchanged. Blood cultures no growth. Mental status back to baseline "
     "by HD3. Plan for 7 days total antibiotics.",
     ("Sepsis due to E. coli urinary tract infection", "Toxic-metabolic encephalopathy"),
     ("Multiple sclerosis with neurogenic bladder", "Depression", "Chronic pain")),
    ("MEDICINE", "Shortness of breath, wheezing", "None",
     "with severe COPD (FEV1 38%) on 2 L home O2 who presents with 4 days of increased sputum production and "
     "dyspnea after a viral illness at home. ABG 7.31/62/58.",
     "# COPD exacerbation: required BiPAP overnight in the MICU, weaned to 3 L NC. Treated with prednisone 40 mg x 5 "
     "days and azithromycin. RVP positive for rhinovirus. Ambulatory saturation 90% on 2 L at discharge.",
     ("Acute exacerbation of COPD", "Acute on chronic hypercarbic respiratory failure"),
     ("COPD, GOLD stage 3", "Chronic hypoxemic respiratory failure on 2 L", "Anxiety")),
    ("MEDICINE", "Nausea, vomiting, elevated blood sugar", "None",
     "with type 1 DM on an insulin pump who presents with 24 hours of nausea, vomiting and abdominal pain after her "
     "pump site was dislodged. Glucose 512, anion gap 28, beta-hydroxybutyrate 6.4.",
     "# DKA: managed in the ICU on insulin drip per protocol with gap closure at 14 hours. Transitioned to glargine "
     "plus lispro, then pump resumed with diabetes educator teaching. Potassium repleted.",
     ("Diabetic ketoacidosis", "Type 1 diabetes mellitus"), ("Type 1 DM since age 11", "Hashimoto thyroiditis")),
    ("MEDICINE", "Abdominal distension", "Paracentesis (4.5 L removed)",
     "with alcohol-associated cirrhosis (MELD-Na 22, Child-Pugh B) who presents with worsening abdominal distension "
     "and mild confusion. Asterixis present. Last drink 3 months ago.",
     "# Decompensated cirrhosis: diagnostic/therapeutic paracentesis with 4.5 L removed, SBP negative (PMN 80). "
     "Received albumin 25 g x 2. Hepatic encephalopathy improved on lactulose and rifaximin. Transplant hepatology "
     "saw the patient and will continue the transplant evaluation as an outpatient.",
     ("Decompensated alcohol-associated cirrhosis", "Hepatic encephalopathy", "Ascites"),
     ("Alcohol use disorder in early remission", "Esophageal varices s/p banding", "Thrombocytopenia")),
    ("CARDIOLOGY", "Syncope", "Dual-chamber pacemaker placement",
     "with hypertension who had two episodes of syncope while standing at the sink, with no prodrome. Telemetry in "
     "the ED showed intermittent complete heart block with pauses up to 4.8 seconds.",
     "# Complete heart block: transvenous pacer placed emergently, then dual-chamber permanent pacemaker (Boston "
     "Scientific ACCOLADE MRI) implanted on HD2. Device check showed normal function. Arm precautions reviewed.",
     ("Complete heart block", "Syncope"), ("Hypertension", "Benign prostatic hyperplasia", "Gout")),
)

_DISTRACT_HPI = (
    "Wells score 1.5; D-dimer negative.",
    "CURB-65 of 2 on arrival.",
    "She was recently in Florida for three weeks and returned by car.",
    "He traveled to {country} last month to visit relatives; no sick contacts.",
    "Seen at an outside hospital where a CT was done; images not available.",
    "In the ED, initial vitals: T 99.1 HR 104 BP 92/58 RR 22 SpO2 91% on RA.",
    "Given 1 L LR, ceftriaxone 1 g and 40 mg IV Lasix prior to transfer.",
    "Negative Homans sign; Kernig and Brudzinski signs negative.",
    "Trousseau and Chvostek signs absent.",
    "No Kussmaul respirations. Cheyne-Stokes breathing noted overnight by nursing.",
    "Of note, he was admitted in 2017 for a similar episode.",
    "Symptoms have been present since last May, worse over Thanksgiving.",
    "Her 89-year-old mother lives with her; the patient is the primary caregiver.",
    "Took an extra 90-day supply of metoprolol before the trip.",
    "Smoked 1 ppd x 40 years (40 pack-years), quit in 2009.",
    "Patient reports a 15 lb unintentional weight loss over 3 months.",
    "Triage ESI level 2. Pain 8/10.",
    "He is G0; she is G3P2012, LMP about 2 years ago.",
    "Interpreter used (Cape Verdean Creole) for the entire history.",
)
_DISTRACT_SOCIAL = (
    "Tobacco: quit in 1998. EtOH: 2-3 beers on weekends. Illicits: denies.",
    "Originally from {country}; speaks Portuguese and some English.",
    "Retired from the Navy after 22 years. Lives with wife in a second-floor walk-up.",
    "Moved from {state} last year. Works as a home health aide.",
    "Lives in a group home; staff manage medications.",
    "Uses a rolling walker at baseline; independent with ADLs, needs help with IADLs.",
    "Case management confirmed the patient has Medicare A and B.",
    "Social work arranged transportation to the first dialysis session.",
    "Has a dog; the neighbor is caring for it while she is in the hospital.",
    "No firearms in the home.",
    "Veteran; receives primary care through the VA system.",
)
_DISTRACT_COURSE = (
    "Nursing reports good PO intake and ambulation in the hallway with PT.",
    "Physical therapy recommends rehab; OT evaluated and agrees.",
    "Pharmacy verified the home medication list with the patient's pill bottles.",
    "Nutrition consulted for poor appetite; started Ensure Plus TID.",
    "Palliative care met with family to discuss goals; remains FULL CODE.",
    "Chaplaincy visited at the patient's request.",
    "Wound care RN recommended Mepilex border dressing to the sacrum, change q3 days.",
    "Speech and swallow evaluated: cleared for thin liquids and soft solids.",
    "Transferred to room 1142, bed B, on the step-down unit on HD3.",
    "Caprini score 6; on enoxaparin prophylaxis. Braden 15, Morse fall score 55.",
    "CIWA scores remained < 8; no benzodiazepines required.",
    "RASS 0 to -1 throughout; CAM-ICU negative.",
    "Enrolled in study protocol NCT05822417 (consent on chart).",
    "Received Tdap (Boostrix) lot AC52B094AA in the ED.",
    "Heparin drip per ACS nomogram; PTT goal 60-80.",
    "PICC placed by IV team (Bard PowerPICC 5 Fr double lumen, 42 cm), tip at cavoatrial junction.",
    "Hickman line removed without difficulty on HD5.",
    "Patient seen by the outside rehab liaison; bed offer pending insurance approval.",
    "Family meeting held on HD4 with the ICU team, social work and case management.",
    "Interpreter services used (Haitian Creole) for all discussions.",
    "Dexcom G7 sensor removed prior to MRI and replaced afterwards.",
    "ICD-10 codes for billing: I50.23, N17.9, E87.1. CPT 93458.",
    "Home oxygen qualification: SpO2 87% on RA at rest, 93% on 2 L.",
    "Chest x-ray and CT reviewed with the radiology fellow at the reading room.",
    "Discussed with the nursing home staff who confirmed baseline mental status.",
)
_DISTRACT_RESULTS = (
    "ECG: NSR at 72, PR 186, QRS 98, QTc 452, no acute ST changes.",
    "TTE: LVEF 55-60%. Mild MR. RVSP 38 mmHg. No pericardial effusion.",
    "CXR: low lung volumes, bibasilar atelectasis, no consolidation.",
    "Micro: ___ BLOOD CULTURE Blood Culture, Routine-PENDING INPATIENT",
    "___ URINE CULTURE (Final ___): NO GROWTH.",
    "Software: GE MUSE v9.0 SP6; interpretation confirmed.",
    "Telemetry pack #14 returned to the unit.",
    "NDC 0409-4888-01 (heparin) per eMAR.",
    "CT A/P: no abscess. Incidental 9 mm right adrenal nodule (10 HU), likely adenoma.",
)
_INSTR = (
    "You were admitted to the hospital because {why}. While you were here, we {did}.",
    "Please weigh yourself every morning after you urinate and before breakfast. Call your doctor if your weight goes "
    "up more than 3 lbs in one day or 5 lbs in one week.",
    "Do not drive, drink alcohol, or operate heavy machinery while taking oxycodone. It can make you sleepy and "
    "constipated; take the stool softeners we prescribed.",
    "Please take all of your medications as prescribed. We made the following changes: {change}.",
    "Keep your incision clean and dry. You may shower 48 hours after surgery; do not soak in a bath or swim for "
    "4 weeks.",
    "If you have chest pain, trouble breathing, fainting, or bleeding that will not stop, call 911 or go to the "
    "nearest emergency room.",
    "If you are having thoughts of harming yourself, call or text 988 (Suicide & Crisis Lifeline) any time.",
    "If you think you or someone else took too much of a medicine, call Poison Control at 1-800-222-1222.",
    "For free help to quit smoking, call 1-800-QUIT-NOW (1-800-784-8669).",
    "Questions about your Medicare coverage: call 1-800-MEDICARE (1-800-633-4227), 24 hours a day.",
    "If you need help paying for medicines, call the number on the back of your insurance card.",
    "The SAMHSA National Helpline (1-800-662-4357) is free and confidential.",
    "If you feel unsafe at home, the National Domestic Violence Hotline is 1-800-799-7233.",
    "Veterans can dial 988 and press 1 for the Veterans Crisis Line.",
    "Use your incentive spirometer 10 times an hour while awake.",
    "Your INR goal is 2.0-3.0. The anticoagulation clinic will call you with your dose.",
    "We wish you a speedy recovery. It was a pleasure taking care of you.",
)
_CONDITION = (
    "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Ambulatory - Independent.",
    "Mental Status: Confused - sometimes.\nLevel of Consciousness: Lethargic but arousable.\n"
    "Activity Status: Out of Bed with assistance to chair or wheelchair.",
    "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Ambulatory - requires assistance or aid (walker or cane).",
)
_MASKED_LINES = (
    "Patient was seen by Dr. ___ and Dr. ___ on ___ at ___.",
    "Per her daughter ___ (HCP, ___), she lives in ___ with her husband ___.",
    "Transferred from ___ on ___ after presenting to ___ on ___.",
    "Followed by Dr. ___ (cardiology, ___) and Dr. ___ (PCP, ___).",
    "Contact: ___ ___ (son) ___; ___ ___ (daughter) ___.",
    "Outside records from ___ dated ___ and ___ reviewed; MRN ___.",
    "Discussed with ___ at ___ (___) and with Dr. ___ by phone on ___.",
    "Works at ___ in ___; insurance ___ ID ___.",
)

# (EXAMINATION, indication reasons, TECHNIQUE, has DOSE, findings, impressions)
_RAD_EXAMS = (
    ("CHEST (PA AND LAT)", ("dyspnea // eval for effusion", "cough, fever // pneumonia?", "s/p PPM // lead position"),
     "Chest PA and lateral", False,
     ("The lungs are clear without focal consolidation.", "No pleural effusion or pneumothorax is seen.",
      "Heart size is mildly enlarged, unchanged.", "Mediastinal and hilar contours are within normal limits.",
      "Left-sided dual-chamber pacemaker with leads terminating in the right atrium and right ventricle.",
      "Mild degenerative changes of the thoracic spine. Kerley B lines are not seen."),
     ("No acute cardiopulmonary process.", "Mild cardiomegaly without pulmonary edema.",
      "Small left pleural effusion with adjacent atelectasis; infection not excluded.")),
    ("CT HEAD W/O CONTRAST", ("fall on anticoagulation // eval for bleed", "AMS // ICH?", "headache, HTN urgency"),
     "Contiguous axial images of the brain were obtained without contrast. Sagittal and coronal reformats.", True,
     ("There is no evidence of acute intracranial hemorrhage, mass effect, or large territorial infarction.",
      "Periventricular and subcortical white matter hypodensities are compatible with chronic small vessel disease.",
      "The ventricles and sulci are prominent, consistent with age-related volume loss.",
      "The visualized paranasal sinuses and mastoid air cells are clear.", "No calvarial fracture."),
     ("No acute intracranial abnormality.", "Chronic small vessel ischemic disease. No hemorrhage.",
      "Small right frontal subdural hematoma measuring 4 mm without midline shift.")),
    ("CTA CHEST", ("tachycardia, hypoxia // PE?", "pleuritic chest pain, elevated D-dimer"),
     "Multidetector CT of the chest with IV contrast per PE protocol. 70 mL Omnipaque 350.", True,
     ("Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries.",
      "RV/LV ratio 0.9. No reflux of contrast into the IVC.", "No pleural or pericardial effusion.",
      "Scattered 3 mm pulmonary nodules; no follow-up needed per Fleischner guidelines in a low-risk patient.",
      "Mild centrilobular emphysema."),
     ("Acute right lower lobe pulmonary emboli without CT evidence of right heart strain.",
      "No pulmonary embolism. Mild emphysema.")),
    ("CT ABD & PELVIS WITH CONTRAST", ("RLQ pain // appendicitis?", "abdominal pain, fever", "s/p chole, rising LFTs"),
     "MDCT of the abdomen and pelvis after IV contrast (Omnipaque 350, 100 mL). Coronal and sagittal reformats.", True,
     ("The appendix is dilated to 11 mm with periappendiceal fat stranding; no abscess.",
      "The liver, spleen, pancreas and adrenal glands are unremarkable.",
      "Sigmoid diverticulosis without diverticulitis.",
      "Bosniak I cyst in the left kidney. No hydronephrosis.", "Small amount of free fluid in the pelvis.",
      "Postsurgical changes of cholecystectomy with clips in the gallbladder fossa."),
     ("Acute uncomplicated appendicitis.", "No acute intra-abdominal process.",
      "Sigmoid diverticulosis without diverticulitis.")),
    ("MR BRAIN W/ AND W/O CONTRAST", ("new seizure // mass?", "aphasia, r/o stroke"),
     "Multiplanar multisequence MR imaging of the brain before and after 7 mL gadobutrol (Gadavist).", False,
     ("Focus of restricted diffusion in the left insula, compatible with acute infarct.",
      "No abnormal enhancement. No susceptibility artifact to suggest hemorrhage.",
      "Mild scattered T2/FLAIR white matter hyperintensities, Fazekas grade 1.", "Flow voids are preserved."),
     ("Small acute left insular infarct.", "No enhancing lesion.")),
    ("LIVER OR GALLBLADDER US (SINGLE ORGAN)", ("RUQ pain // cholecystitis?", "cirrhosis, HCC screening"),
     "Grey scale and color Doppler ultrasound images of the abdomen were obtained.", False,
     ("The gallbladder is distended with multiple shadowing stones and wall thickening to 5 mm.",
      "Sonographic Murphy sign is positive.", "The common bile duct measures 4 mm.",
      "The liver is coarsened and nodular in contour. No focal lesion. LI-RADS US-1.",
      "Main portal vein is patent with hepatopetal flow."),
     ("Findings consistent with acute calculous cholecystitis.", "Cirrhotic liver without focal lesion.")),
    ("BILAT LOWER EXT VEINS", ("leg swelling // DVT?", "post-op, calf pain"),
     "Grayscale, color and spectral Doppler evaluation of both lower extremity veins.", False,
     ("There is normal compressibility, flow and augmentation of the common femoral, femoral and popliteal veins.",
      "Occlusive thrombus in the left posterior tibial veins.", "A 2.1 cm Baker's cyst is present on the right."),
     ("No DVT in either lower extremity.", "Left calf DVT involving the posterior tibial veins.")),
    ("HIP 1 VIEW UNILAT (W/ PELVIS)", ("fall, hip pain // fracture?", "s/p hemiarthroplasty"),
     "AP pelvis and lateral view of the left hip.", False,
     ("Displaced subcapital femoral neck fracture (Garden IV).",
      "Left hip bipolar hemiarthroplasty in anatomic alignment.",
      "No periprosthetic lucency. Skin staples in place.", "Degenerative change of the lower lumbar spine."),
     ("Left femoral neck fracture.", "Expected postoperative appearance.")),
)
_RAD_EXTRA = (
    "Note: Images were reconstructed on AW Server 3.2 Ext. 4.9; workstation firmware 2.6.0.11.",
    "Study performed on a Siemens SOMATOM Force (software syngo CT VB20A).",
    "Accession #: ___   Order #: ___",
    "This study was reviewed with Dr. ___ at the multidisciplinary conference.",
    "Recommend follow-up per ACR guidelines. BI-RADS/TI-RADS not applicable.",
    "CPT 71046. ICD-10 R06.02.",
    "Patient weight: 84.2 kg. Contrast lot 22K118, exp ___.",
    "The outside hospital images were not available at the time of this dictation.",
    "Please call the reading room with questions.",
    "Device: Boston Scientific ACCOLADE MRI (model L331) confirmed MR-conditional; SureScan mode ON per protocol.",
    "Scanned in CT-3 (room 2B-114); patient transported from the ED by the transport team.",
    "Research protocol 4417-22 (non-contrast arm). Patient traveling from Rhode Island.",
    "Ottawa ankle rules positive. Salter-Harris II not applicable in this adult patient.",
    "Contrast: Isovue-370, 80 mL, NDC 0270-1315-30; no immediate reaction.",
    "Technologist notes: patient unable to hold breath; mild motion artifact.",
)


def _lab_lines(rng: random.Random) -> list[str]:
    t = rng.choice(("06:15AM", "05:40AM", "07:02AM", "10:20PM", "04:55AM"))
    out = [
        f"___ {t} BLOOD WBC-{rng.uniform(3.5, 16):.1f} RBC-{rng.uniform(2.8, 5.2):.2f} Hgb-{rng.uniform(6.8, 15):.1f}"
        f" Hct-{rng.uniform(22, 45):.1f} MCV-{rng.randint(78, 102)} MCH-{rng.uniform(26, 33):.1f}"
        f" MCHC-{rng.uniform(31, 35):.1f} RDW-{rng.uniform(12, 18):.1f}"
        f" Plt {rng.choice(('___', str(rng.randint(60, 420))))}",
        f"___ {t} BLOOD Glucose-{rng.randint(70, 320)}{rng.choice(('*', ''))} UreaN-{rng.randint(6, 70)}"
        f" Creat-{rng.uniform(0.5, 3.4):.1f} Na-{rng.randint(128, 146)} K-{rng.uniform(3.1, 5.6):.1f}"
        f" Cl-{rng.randint(92, 110)} HCO3-{rng.randint(16, 32)} AnGap-{rng.randint(8, 22)}",
    ]
    if rng.random() < 0.7:
        out.append(f"___ {t} BLOOD ALT-{rng.randint(8, 140)} AST-{rng.randint(10, 160)} AlkPhos-{rng.randint(40, 300)}"
                   f" TotBili-{rng.uniform(0.2, 4.5):.1f} Albumin-{rng.uniform(2.1, 4.6):.1f}")
    if rng.random() < 0.5:
        out.append(f"___ {t} BLOOD PT-{rng.uniform(10, 28):.1f} PTT-{rng.uniform(24, 70):.1f}"
                   f" INR(PT)-{rng.uniform(0.9, 3.4):.1f}")
    if rng.random() < 0.4:
        out.append(f"___ {t} BLOOD cTropnT-{rng.choice(('<0.01', '0.04', '0.11'))} proBNP-{rng.randint(90, 9800)}")
    if rng.random() < 0.3:
        out.append("___ 09:40PM URINE Color-Yellow Appear-Hazy Sp ___ Blood-NEG Nitrite-POS Protein-30 "
                   "Leuks-LG WBC->182 Bacteri-MANY")
    return out


def _med_list(rng: random.Random, n: int, discharge: bool) -> list[str]:
    meds = rng.sample(_MEDS, n)
    out = []
    for i, (gen, brand, dose, freq) in enumerate(meds, 1):
        if discharge and rng.random() < 0.35:
            out.append(f"{i}. RX *{gen.lower()} [{brand}] {dose} 1 tablet(s) by mouth {freq.split(' ', 1)[-1].lower()}"
                       f" Disp #*{rng.choice((30, 60, 90))} Tablet Refills:*{rng.randint(0, 3)}")
        else:
            out.append(f"{i}. {gen} {dose} {freq}")
    return out


def _fill(rng: random.Random, s: str) -> str:
    return s.replace("{country}", rng.choice(_COUNTRIES)).replace("{state}", rng.choice(_STATES))


# --------------------------------------------------------------------------------------------------
# Note assembly

Section = tuple[str, str, bool, list[Line]]  # (key, title, inline, lines)

_D_KEYS = {"hpi", "pmh", "social", "family", "exam", "results", "course", "meds", "dispo", "instr", "followup",
           "sign"}
_R_KEYS = {"indication", "technique", "comparison", "findings", "impression", "notify", "sign"}
_D_HDR = {"hdr:name", "hdr:unit", "hdr:adm", "hdr:dis", "hdr:dob", "hdr:att", "hdr:greet"}
_R_HDR = {"r:age"}
_NARRATIVE = {"hpi", "social", "course", "findings", "impression", "family"}


def _vitals(rng: random.Random) -> str:
    return (f"VS: {rng.uniform(97.2, 101.9):.1f} {rng.randint(92, 178)}/{rng.randint(50, 98)} {rng.randint(58, 124)} "
            f"{rng.randint(12, 28)} {rng.randint(88, 100)}% {rng.choice(('RA', '2L NC', '4L NC', 'BiPAP'))}")


def _discharge(rng: random.Random, masked: bool) -> tuple[dict[str, Line], list[Section]]:
    sc = rng.choice(_SCENARIOS)
    service, cc, proc, hpi, course, dx, pmh = sc
    sex = rng.choice(("F", "M"))
    hon = "Ms." if sex == "F" else "Mr."
    hdr: dict[str, Line] = {k: ["___"] for k in _D_HDR}
    hdr["sex"] = [sex]
    hdr["service"] = [service]
    hdr["greet"] = [f"Dear {hon} ___,"]
    hdr["allergy"] = [rng.choice(("Patient recorded as having No Known Allergies to Drugs", "Penicillins / Codeine",
                                  "lisinopril (angioedema)", "Sulfa (Sulfonamide Antibiotics) / iodinated contrast"))]

    def ln(*xs: str) -> list[Line]:
        return [[x] for x in xs]

    hpi_line = f"___ y/o {sex} {hpi}"
    hpi_extra = [_fill(rng, d) for d in rng.sample(_DISTRACT_HPI, rng.randint(2, 4))]
    sections: list[Section] = [
        ("cc", "Chief Complaint:", False, ln(cc)),
        ("proc", "Major Surgical or Invasive Procedure:", False, ln(proc)),
        ("hpi", "History of Present Illness:", False, [[hpi_line + " " + " ".join(hpi_extra[:2])]]
         + ([[" ".join(hpi_extra[2:])]] if hpi_extra[2:] else [])),
        ("pmh", "Past Medical History:", False, ln(*[f"- {p}" for p in pmh],
                                                   *rng.sample(("- s/p appendectomy as a child", "- Bell's palsy 2011",
                                                                "- Graves disease s/p RAI", "- Barrett's esophagus",
                                                                "- Hodgkin lymphoma in remission (ABVD x 6 cycles)",
                                                                "- Parkinson's disease, Hoehn and Yahr stage 2"), 2))),
        ("social", "Social History:", False, [["___"]] if rng.random() < 0.3 else
         [[" ".join(_fill(rng, d) for d in rng.sample(_DISTRACT_SOCIAL, rng.randint(2, 3)))]]),
        ("family", "Family History:", False, ln(rng.choice((
            "Mother with breast cancer at 62. Father died of MI at 71.", "Non-contributory.",
            "Brother with type 1 DM; sister with lupus. No family history of sudden cardiac death.",
            "Father with colon cancer at 58; paternal uncle with Lynch syndrome.")))),
    ]
    exam = ["ADMISSION PHYSICAL EXAM:", _vitals(rng),
            "GENERAL: Elderly-appearing, NAD, A&Ox3." if rng.random() < 0.5 else "GENERAL: Ill-appearing, diaphoretic.",
            "HEENT: Sclera anicteric, MMM, oropharynx clear.", f"NECK: JVP to {rng.randint(7, 15)} cm.",
            "CV: RRR, normal S1/S2, 2/6 systolic murmur at RUSB.",
            "LUNGS: Bibasilar crackles, no wheezes." if rng.random() < 0.5 else "LUNGS: CTAB.",
            "ABDOMEN: Soft, NT/ND, no rebound. McBurney's point non-tender. Negative Rovsing sign.",
            f"EXT: {rng.choice(('1+', '2+', 'trace', 'no'))} pitting edema to the shins.",
            "NEURO: CN II-XII intact, strength 5/5, Babinski downgoing, negative Romberg.", "",
            "DISCHARGE PHYSICAL EXAM:", _vitals(rng), "GENERAL: NAD, sitting up in chair.",
            "LUNGS: Clear bilaterally.", "EXT: Warm, well perfused."]
    results = ["ADMISSION LABS:", *_lab_lines(rng), "", "DISCHARGE LABS:", *_lab_lines(rng)[:2], "",
               "IMAGING/STUDIES:", *rng.sample(_DISTRACT_RESULTS, rng.randint(2, 4))]
    course_par = [[course]] + [[" ".join(rng.sample(_DISTRACT_COURSE, rng.randint(2, 3)))] for _ in
                               range(rng.randint(1, 3))]
    course_par.append(["TRANSITIONAL ISSUES:\n- Repeat BMP within 1 week\n- Code status: "
                       + rng.choice(("Full code (presumed)", "DNR/DNI, MOLST on chart", "Full code"))])
    n_meds = rng.randint(5, 14)
    sections += [
        ("exam", "Physical Exam:", False, ln(*exam)),
        ("results", "Pertinent Results:", False, ln(*results)),
        ("course", "Brief Hospital Course:", False, course_par),
        ("meds_adm", "Medications on Admission:", False,
         ln("The Preadmission Medication list is accurate and complete.", *_med_list(rng, n_meds, False))),
        ("meds", "Discharge Medications:", False, ln(*_med_list(rng, n_meds + rng.randint(-2, 2), True))),
        ("dispo", "Discharge Disposition:", False, ln(rng.choice((
            "Home", "Home With Service", "Extended Care", "Home With Service\n \nFacility:\n___")))),
        ("dx", "Discharge Diagnosis:", False, ln("PRIMARY:", *dx, "", "SECONDARY:", *[p.split(",")[0] for p in pmh])),
        ("cond", "Discharge Condition:", False, ln(rng.choice(_CONDITION))),
    ]
    why = cc.lower()
    instr = [_INSTR[0].replace("{why}", f"you had {why}").replace("{did}", rng.choice((
        "treated you with medicines through the IV", "did a procedure", "watched your heart rhythm closely")))]
    change = rng.choice(("STOP taking naproxen (Aleve)", "START apixaban 5 mg twice a day",
                         "INCREASE furosemide to 40 mg daily"))
    instr += [_INSTR[3].replace("{change}", change)]
    instr += rng.sample(_INSTR[1:3] + _INSTR[4:], rng.randint(3, 6))
    sections.append(("instr", "Discharge Instructions:", False, [["__GREET__"]] + [[x] for x in instr]
                     + [["Sincerely,\nYour ___ Care Team"]]))
    follow = [["___"]] if rng.random() < 0.4 else ln(
        f"Department: {rng.choice(('CARDIAC SERVICES', 'WEST CLINIC', 'DIGESTIVE DISEASE CENTER', 'ORTHOPEDICS'))}",
        f"When: {rng.choice(('MONDAY', 'WEDNESDAY', 'FRIDAY'))} ___ at {rng.choice(('8', '9', '10', '11', '1', '2'))}:"
        f"{rng.choice(('00', '15', '30', '45'))} {rng.choice(('AM', 'PM'))}",
        "With: ___ [MD] ___", "Building: ___ Campus: EAST Best Parking: ___ Garage")
    sections.append(("followup", "Followup Instructions:", False, follow))
    sections.append(("sign", "", False, [[rng.choice(("", "Electronically signed by ___, MD on ___ at 4:12 PM",
                                                        "Dictated by ___ ___; transcribed by ___"))]]))
    if masked:
        for key in ("hpi", "social", "course", "followup", "results"):
            for sec in sections:
                if sec[0] == key:
                    sec[3].extend([[x] for x in rng.sample(_MASKED_LINES, 3)])
    return hdr, sections


def _radiology(rng: random.Random, masked: bool) -> tuple[dict[str, Line], list[Section]]:
    exam, reasons, tech, dose, finds, imps = rng.choice(_RAD_EXAMS)
    hdr: dict[str, Line] = {"r:age": [f"___ year old {rng.choice(('woman', 'man'))} with {rng.choice(reasons)}"]}
    sections: list[Section] = [
        ("exam", "EXAMINATION:", True, [[exam]]),
        ("indication", "INDICATION:", True, [["__AGE__"]]),
        ("technique", "TECHNIQUE:", True, [[tech]]),
    ]
    if dose:
        ctdi = rng.uniform(6, 60)
        dlp = ctdi * rng.uniform(12, 40)
        sections.append(("dose", "DOSE:", True, [[
            f"Acquisition sequence:\n   1) Spiral Acquisition {rng.uniform(2, 8):.1f} s, {rng.uniform(20, 60):.1f} cm; "
            f"CTDIvol = {ctdi:.1f} mGy (Body) DLP = {dlp:.1f} mGy-cm.\n Total DLP (Body) = {dlp:.0f} mGy-cm."]]))
    sections += [
        ("comparison", "COMPARISON:", True, [[rng.choice(("___.", "None.", "Chest radiograph from ___.",
                                                           "CT from ___ and MRI from ___."))]]),
        ("findings", "FINDINGS:", False, [[" ".join(rng.sample(finds, min(len(finds), rng.randint(3, 5))))]]
         + [[x] for x in rng.sample(_RAD_EXTRA, rng.randint(1, 2))]),
        ("impression", "IMPRESSION:", False, [[x] for x in rng.sample(imps, rng.randint(1, len(imps)))]),
        ("notify", "NOTIFICATION:", True, [[rng.choice((
            "The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at 2:14 PM, 5 minutes "
            "after discovery of the findings.", "Critical result communicated via the ___ system."))]]
         if rng.random() < 0.35 else []),
        ("sign", "", False, [[rng.choice(("", "Electronically signed by ___ on ___ 9:48 AM",
                                          "___, MD  ___ 11:22 AM\nI have personally reviewed the images for this "
                                          "examination and agree with the report transcribed above."))]]),
    ]
    if masked:
        for key in ("comparison", "findings", "notify", "sign"):
            for sec in sections:
                if sec[0] == key:
                    sec[3].extend([[x] for x in rng.sample(_MASKED_LINES, 2)])
    return hdr, sections


def _choose_plants(rng: random.Random, nt: str, first_cat: str) -> list[Plant]:
    """One to four plants; the first of category ``first_cat``, the rest drawn by weight."""
    keys, hdr_keys = (_D_KEYS, _D_HDR) if nt == "discharge" else (_R_KEYS, _R_HDR)
    cats = list(_CAT_FNS)
    weights = [_CAT_FNS[c][0] for c in cats]
    k = rng.choice((1, 2, 2, 2, 3, 3, 4))
    out: list[Plant] = []
    used: set[str] = set()
    for j in range(k):
        cat = first_cat if j == 0 else rng.choices(cats, weights=weights)[0]
        for _ in range(80):
            target, line = rng.choice(_CAT_FNS[cat][1])(rng)[0]
            has_cat = any(isinstance(x, tuple) and x[1] == cat for x in line)
            tag = f"{target}|{line[0] if isinstance(line[0], str) else ''}"
            n_same = sum(1 for t, _ in out if t == target)
            if n_same >= (1 if target == "indication" else 2):
                continue
            if has_cat and tag not in used and ((target in hdr_keys and target not in used) or target in keys):
                used.update((target, tag))
                out.append((target, line))
                break
    return out


def _render(hdr: dict[str, Line], sections: list[Section], nt: str, plants: list[Plant],
            rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    by_key = {s[0]: s for s in sections}
    for target, line in plants:
        if target.startswith(("hdr:", "r:")):
            if target == "hdr:greet":
                hdr["greet"] = line
            else:
                hdr[target] = line
            continue
        lines = by_key[target][3]
        if isinstance(line[0], str) and line[0].startswith(" //"):
            lines[0] = lines[0] + line
        elif lines == [["___"]]:
            lines[0] = line
        elif target in _NARRATIVE and lines:
            i = rng.randrange(len(lines))
            lines[i] = lines[i] + [" "] + line
        elif target in ("sign", "notify", "followup", "dispo", "meds"):
            if lines and lines[-1] in (["___"], [""]):
                lines[-1] = line
            else:
                lines.append(line)
        else:
            lines.insert(rng.randint(1 if lines else 0, len(lines)), line)
    parts: list[Seg] = []
    if nt == "discharge":
        parts += [" \nName:  ", *hdr["hdr:name"], "                 Unit No:   ", *hdr["hdr:unit"],
                  "\n \nAdmission Date:  ", *hdr["hdr:adm"], "              Discharge Date:   ", *hdr["hdr:dis"],
                  "\n \nDate of Birth:  ", *hdr["hdr:dob"], "             Sex:   ", *hdr["sex"],
                  "\n \nService: ", *hdr["service"], "\n \nAllergies: \n", *hdr["allergy"],
                  "\n \nAttending: ", *hdr["hdr:att"], ".\n \n"]
    for key, title, inline, lines in sections:
        if not lines or (key == "sign" and lines == [[""]]):
            continue
        rendered: list[Line] = []
        for line in lines:
            new: Line = []
            for seg in line:
                if seg == "__GREET__":
                    new += hdr["greet"]
                elif seg == "__AGE__":
                    new += hdr["r:age"]
                else:
                    new.append(seg)
            rendered.append(new)
        if title:
            parts.append(title + ("  " if inline else "\n"))
        elif nt == "radiology":
            parts.append("")
        for j, line in enumerate(rendered):
            parts += line
            parts.append("\n")
            if nt == "radiology" and key in ("findings", "impression") and j < len(rendered) - 1:
                parts.append(" \n")
        parts.append(" \n")
    text, spans, pos = [], [], 0
    for seg in parts:
        if isinstance(seg, tuple):
            v, c = seg
            assert c in CATEGORIES, c
            spans.append((pos, pos + len(v), c))
            text.append(v)
            pos += len(v)
        else:
            text.append(seg)
            pos += len(seg)
    return "".join(text), spans


def holdout10_note(seed: int, i: int) -> LabelledNote:
    """One labelled note, deterministic in (seed, i)."""
    rng = random.Random(f"holdout10:{seed}:{i}")
    nt = "discharge" if rng.random() < 0.55 else "radiology"
    r = rng.random()
    masked = r < 0.05
    planted = (not masked) and r < 0.05 + 0.575
    hdr, sections = (_discharge if nt == "discharge" else _radiology)(rng, masked)
    first_cat = CATEGORIES[(i + seed * 7) % len(CATEGORIES)]
    plants = _choose_plants(rng, nt, first_cat) if planted else []
    text, spans = _render(hdr, sections, nt, plants, rng)
    return LabelledNote(note_type=nt, text=text, spans=spans)


def holdout10_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """``n_notes`` labelled notes for ``seed``; prefix-stable in ``n_notes``."""
    return [holdout10_note(seed, i) for i in range(n_notes)]


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout10_corpus, argv, __doc__.splitlines()[0])
    report("holdout10", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
