"""Held-out corpus 9, written blind (no detector rules, earlier corpora or their tests seen): specialty notes.

MIMIC-IV-Note-shaped discharge summaries and radiology reports with planted residual identifiers,
each labelled with the exact character span of the identifying value. This corpus leans on settings a
general-medicine template rarely covers: obstetrics and neonatal transfers, psychiatry and substance
use, trauma with EMS run-sheet detail, oncology with outside-trial enrolment, transplant and dialysis
logistics, paediatrics (parents, schools), veterans, incarcerated patients, interpreter-mediated visits,
geriatrics, and nuclear medicine / interventional radiology.

It was written without reading the detector's rules, the earlier held-out corpora or their tests; the
surrogate values are invented. Every identifier is normally ``___``; in ~57% of notes one to four are
left unmasked and labelled. ~5% of notes are heavily masked and carry no plants. Distractors (eponyms,
brands, scores, MIMIC-shifted dates in 2100-2200, bare years, ages under 90, states, countries, codes,
gestational ages, G/P notation, room numbers, public phone-like numbers) are never labelled.

    python -m lqs_clinical.synth.notes_holdout9 --seed 1 --n 600 --ner

Everything is deterministic in ``(seed, i)`` through ``random.Random(f"{seed}:{i}")``.
"""

from __future__ import annotations

import random
import re
import unicodedata

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# ---------------------------------------------------------------------------------------------------
# Surrogate value pools (all invented; real town names are used only as places, never as people)
# ---------------------------------------------------------------------------------------------------

_NAME_GROUPS: list[tuple[list[str], list[str]]] = [
    (["Lan", "Minh", "Thuy", "Quang", "Hoa", "Bao"], ["Tran", "Pham", "Vo", "Dang", "Huynh", "Bui"]),
    (["Oluwaseun", "Chidinma", "Kwabena", "Adaeze", "Emeka", "Folasade"],
     ["Adeyemi", "Okonkwo", "Boateng", "Eze", "Okafor", "Mensah"]),
    (["Siobhán", "Declan", "Niamh", "Cormac", "Aoife", "Padraig"],
     ["O'Riordan", "McGillicuddy", "Keough", "Doherty", "Callaghan", "Flaherty"]),
    (["Priyanka", "Farhan", "Anjali", "Siddharth", "Nusrat", "Harpreet"],
     ["Raghunathan", "Chowdhury", "Venkataraman", "Bhattacharya", "Sandhu", "Iyer"]),
    (["Ximena", "Yesenia", "Joaquín", "Marisol", "Wilfredo", "Anaís"],
     ["Quispe", "Restrepo-Gómez", "Villanueva", "Ocasio", "Barrientos", "Mejía"]),
    (["Tadeusz", "Agnieszka", "Dmitri", "Oksana", "Wojciech", "Bogdana"],
     ["Wiśniewski", "Kowalczyk", "Volkov", "Shevchenko", "Grabowski", "Nowicki"]),
    (["Jae-won", "Yuki", "Haruto", "Mei-Ling", "Seo-yeon", "Wen"],
     ["Baek", "Tanabe", "Matsuda", "Liang", "Cho", "Hsu"]),
    (["Zainab", "Mehmet", "Elif", "Tariq", "Layla", "Dariush"],
     ["Al-Rashid", "Yıldız", "Kaya", "Haddad", "Nazari", "Abdelrahman"]),
    (["Bartholomew", "Delphine", "Wade", "Loretta", "Colby", "Prudence"],
     ["Halvorsen", "Pettigrew", "Ashby", "Vanderslice", "Whitcomb", "Tillinghast"]),
    (["Fabiola", "Réginald", "Nadège", "Wisly", "Guerline", "Jean-Robert"],
     ["Pierre-Louis", "Desrosiers", "Théodore", "Delacroix", "Augustin", "Dorvilus"]),
    (["Leilani", "Keoni", "Kaimana", "Winona", "Dezbah", "Tahoma"],
     ["Kahananui", "Kealoha", "Begay", "Tsosie", "Yazzie", "Nakai"]),
    (["Abebe", "Hiwot", "Liban", "Hodan", "Yonas", "Ayaan"],
     ["Tesfaye", "Gebremariam", "Warsame", "Abdi", "Haile", "Farah"]),
    (["Hope", "Summer", "Faith", "Will", "Rose", "Grant"],
     ["Frost", "Marsh", "Hill", "Baker", "Brook", "Winter"]),
    (["Ines", "Duarte", "Fernanda", "Ailton", "Djenice", "Nilton"],
     ["Tavares", "Monteiro", "Semedo", "Fortes", "Lopes da Veiga", "Andrade"]),
]

_US_PLACES = [
    "Worcester", "Fall River", "Dorchester", "Mattapan", "Chelsea", "Lawrence", "Brockton", "New Bedford",
    "Pittsfield", "Holyoke", "Lewiston", "Bangor", "Nashua", "Woonsocket", "Bridgeport", "Yonkers",
    "Camden", "Scranton", "Wheeling", "Dearborn", "Gary", "Kenosha", "Duluth", "Bemidji", "Fargo",
    "Sioux Falls", "Tulsa", "Enid", "Lubbock", "McAllen", "Laredo", "Hialeah", "Macon", "Natchez",
    "Huntsville", "Muncie", "Shiprock", "Gallup", "Flagstaff", "Yuma", "Bakersfield", "Fresno", "Yakima",
    "Spokane", "Bethel", "Hilo", "Kahului", "Jamaica Plain", "East Boston", "Roxbury", "Hyde Park",
    "Allston", "Little Haiti", "Pilsen", "Quincy", "Lynn", "Revere", "Marlborough", "Hyannis",
    "North Harlow", "Port Albemarle", "Wicasset Junction", "Lower Quarry", "Millbrook Center",
    "East Tisbury Falls", "Aroostook County", "Berkshire County", "Hidalgo County", "Navajo County",
]
_LOCAL_PLACES = [
    "Revere Beach", "Franklin Park", "Walden Pond", "Quabbin Reservoir", "Lake Winnipesaukee",
    "Blue Hills Reservation", "Mass and Cass", "Kenmore Square", "Downtown Crossing", "Nubian Square",
    "Crane Beach", "Mount Greylock", "Salisbury Beach", "Southie",
]
_FOREIGN = [
    ("Jacmel", "Haiti"), ("Praia", "Cape Verde"), ("Cuenca", "Ecuador"), ("Hue", "Vietnam"),
    ("Dire Dawa", "Ethiopia"), ("Quetzaltenango", "Guatemala"), ("Santiago de los Caballeros",
                                                                   "the Dominican Republic"),
    ("Lviv", "Ukraine"), ("Kandahar", "Afghanistan"), ("Pokhara", "Nepal"), ("Recife", "Brazil"),
    ("Hargeisa", "Somalia"), ("San Miguel", "El Salvador"), ("Ibadan", "Nigeria"),
]
_STATES = ["Massachusetts", "New Hampshire", "Maine", "Rhode Island", "Connecticut", "Vermont", "New York",
           "Texas", "Georgia", "Ohio", "Arizona", "New Mexico", "Florida", "Oregon", "North Dakota"]
_STATE_AB = ["MA", "NH", "ME", "RI", "CT", "VT", "NY", "TX", "OK", "NM", "AZ", "WA", "ND", "MN", "FL"]
_COUNTRIES = ["Haiti", "Cape Verde", "the Dominican Republic", "Vietnam", "Somalia", "Ethiopia", "Brazil",
              "Guatemala", "El Salvador", "Ukraine", "Afghanistan", "Nepal", "Puerto Rico", "Ireland"]

_ORGS: dict[str, list[str]] = {
    "hosp": ["Merrimack Valley Regional Hospital", "Saint Brendan's Hospital", "Nashoba Ridge Medical Center",
             "Cranberry Coast Community Hospital", "Sisters of Mercy Hospital", "Kettle Moraine Memorial",
             "Tri-Rivers Trauma Center", "Granite Hills Medical Center", "Port Albemarle General",
             "Our Lady of the Lakes Hospital", "Wampanoag Valley Hospital"],
    "peds": ["Pioneer Valley Children's Hospital", "Little Acorns Pediatrics", "Bayberry Children's Clinic"],
    "clinic": ["Quabbin Family Health Center", "Harborside Women's Health", "Shawmut Street Health Center",
               "Riverbend Community Health", "Millbrook Internal Medicine Associates"],
    "dial": ["Eastgate Dialysis Unit", "Pioneer Valley Dialysis", "Oak Bluff Renal Associates",
             "Salt Marsh Kidney Center"],
    "psych": ["Cedar Hollow Behavioral Health", "North Shore Recovery Collaborative", "Serenity Ridge Detox",
              "Lantern House Clubhouse", "Tidewater Counseling Group"],
    "shelter": ["Harborlight Women's Shelter", "St. Anselm's Men's Shelter", "Bethany Family Residence",
                "New Beginnings Sober House"],
    "jail": ["Souhegan County House of Correction", "Bristol Ridge Correctional Institution",
             "Cold Spring Regional Jail", "Northern Tier Pre-Release Center"],
    "school": ["Hawthorne Elementary School", "Sagamore Hill Middle School", "Brightwater Montessori",
               "Eliot-Pierce Academy", "Cranberry Coast Regional High School"],
    "church": ["Iglesia Pentecostal Roca de Salvación", "St. Casimir's Parish", "Greater Bethel AME Church",
               "Église Baptiste Bon Berger", "Holy Trinity Ukrainian Church"],
    "pharm": ["Greenway Pharmacy", "Tri-Town Drug", "Kessler Apothecary", "Mill City Pharmacy",
              "Cornerstone Compounding"],
    "emp": ["Pemberton Mills Logistics", "Oceanside Lobster Co-op", "Granite State Roofing",
            "Brightline Staffing", "Halvorsen Marine Supply", "Tri-County Transit Authority"],
    "agency": ["Tri-County Youth Services", "Harbor Area Council on Aging", "Merrimack Valley Elder Services",
               "North Coast Visiting Nurses", "Coastal Hospice Partners", "Salmon Falls Ambulance"],
    "onc": ["Coastal Cancer Institute", "Northfield Oncology Research Consortium", "Pinecrest Cancer Center"],
    "opo": ["Atlantic Donor Alliance", "New Horizons Organ Recovery"],
    "vet": ["Hillcrest VA Medical Center", "Wolf Creek Vet Center", "Liberty Bell Veterans Home"],
    "acr": ["MVRH", "SBH", "NRMC", "CCCH", "PVCH", "TRTC"],
}
_ORG_KINDS_ANY = ["hosp", "clinic", "pharm", "emp", "agency", "church"]

_STREETS = ["Greenleaf Ave", "Old Stage Rd", "Tamarack Ln", "Quarry St", "Bartlett Terrace", "Mill Pond Rd",
            "Pleasant St", "Dudley Way", "Ocean View Dr", "Kessler Ct", "Bayberry Circle", "Hollis Street",
            "N. Main St.", "Rte 9A", "Fenwick Blvd", "Old County Road", "Calle Sol", "Spruce Hollow Rd"]

_EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "verizon.net", "icloud.com",
                  "aol.com", "hotmail.com", "proton.me", "att.net"]
_ORG_DOMAINS = ["mvrh.org", "sbhosp.org", "pvdialysis.com", "coastalcancer.org", "hawthorne-es.k12.us",
                "cedarhollowbh.org", "northfieldonc.org", "adalliance.org", "quabbinfhc.org"]
_SLUGS = ["brightpathrecovery", "mvrh", "pioneerkids", "coastalcancer", "quabbinfhc", "lanternhouse",
          "nashobaridge", "harborlightshelter", "tidewatercounseling", "oakbluffrenal"]

_AREA = ["617", "508", "781", "978", "413", "339", "774", "857", "351", "207", "603", "802", "401", "860",
         "203", "914", "718", "347", "215", "412", "304", "313", "414", "218", "701", "605", "918", "580",
         "806", "956", "305", "786", "478", "601", "256", "765", "505", "928", "661", "559", "509", "907", "808"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON3 = [m[:3] for m in _MONTHS]
_MON_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
              100: "one hundred", 101: "one hundred and one"}


# ---------------------------------------------------------------------------------------------------
# Value generators, one per category (variant strings pick a format)
# ---------------------------------------------------------------------------------------------------

def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "").replace(" ", "")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int, letters: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(letters + "0123456789") for _ in range(n))


def _phone(rng: random.Random, v: str | None) -> str:
    a = rng.choice(_AREA)
    e = str(rng.randint(202, 989))
    if e[1:] in ("55", "11"):
        e = e[0] + "47"
    ln = _d(rng, 4)
    v = v or rng.choice(["paren", "paren", "dash", "dash", "dot", "space", "plain", "plus1", "one", "slash",
                         "spaced", "nosp"])
    return {
        "paren": f"({a}) {e}-{ln}", "nosp": f"({a}){e}-{ln}", "dash": f"{a}-{e}-{ln}",
        "dot": f"{a}.{e}.{ln}", "space": f"{a} {e} {ln}", "plain": f"{a}{e}{ln}",
        "plus1": f"+1 {a} {e} {ln}", "one": f"1-{a}-{e}-{ln}", "slash": f"{a}/{e}-{ln}",
        "spaced": f"{a} - {e} - {ln}", "local": f"{e}-{ln}", "ext": f"{a}-{e}-{ln} x{_d(rng, 4)}",
    }[v]


def _pager(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["five", "five", "five", "dash", "phone", "four"])
    if v == "phone":
        return _phone(rng, rng.choice(["paren", "dash"]))
    if v == "dash":
        return f"{rng.randint(1, 9)}-{_d(rng, 4)}"
    if v == "four":
        return str(rng.randint(2000, 9999))
    return str(rng.randint(20000, 98999))


def _person(rng: random.Random, v: str | None) -> str:
    firsts, lasts = rng.choice(_NAME_GROUPS)
    f, la = rng.choice(firsts), rng.choice(lasts)
    v = v or rng.choice(["full", "full", "full", "last", "first", "lastfirst", "initial", "middle"])
    if v == "full":
        return f"{f} {la}"
    if v == "last":
        return la
    if v == "first":
        return f
    if v == "lastfirst":
        return f"{la}, {f}"
    if v == "caps":
        return f"{la.upper()},{f.upper()}"
    if v == "initial":
        return f"{f[0]}. {la}"
    if v == "lower":
        return f.lower()
    if v == "middle":
        return f"{f} {rng.choice('ABCDEGJKLMRST')}. {la}"
    return f"{f} {la}"


def _location(rng: random.Random, v: str | None) -> str | tuple[str, str]:
    if v == "local":
        return rng.choice(_LOCAL_PLACES)
    if v == "foreign":
        city, country = rng.choice(_FOREIGN)
        return city, f", {country}"
    if v == "town":
        return rng.choice([p for p in _US_PLACES if "County" not in p])
    return rng.choice(_US_PLACES)


def _org(rng: random.Random, v: str | None) -> str:
    kind = v or rng.choice(_ORG_KINDS_ANY)
    return rng.choice(_ORGS[kind])


def _email(rng: random.Random, v: str | None) -> str:
    firsts, lasts = rng.choice(_NAME_GROUPS)
    f = _ascii(rng.choice(firsts))
    la = _ascii(rng.choice(lasts))
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}{rng.randint(1, 99)}", f"{la}_{f}", f"{f}{la[:3]}{_d(rng, 2)}",
                        f"mama.{f}", f"{la}.family"])
    if v == "org":
        return f"{f[0]}{la}@{rng.choice(_ORG_DOMAINS)}"
    if v == "obf":
        dom, tld = rng.choice(_EMAIL_DOMAINS).split(".")
        return f"{local} at {dom} dot {tld}"
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _url(rng: random.Random, v: str | None) -> str:
    slug = rng.choice(_SLUGS)
    v = v or rng.choice(["www", "https", "bare"])
    if v == "www":
        return f"www.{slug}.org"
    if v == "https":
        return f"https://{slug}.org/{rng.choice(['trials', 'resources', 'patients/forms', 'support'])}"
    if v == "bare":
        return f"{rng.choice(['help', 'connect', 'care', 'groups'])}.{slug}.net"
    if v == "portal":
        return rng.choice([f"https://mychart.{slug}.org", f"myhealth.{slug}.org", f"portal.{slug}.com/login"])
    if v == "doxy":
        return f"doxy.me/dr{_ascii(rng.choice(rng.choice(_NAME_GROUPS)[1]))}"
    if v == "fund":
        return f"gofundme.com/f/help-{rng.choice(['the', 'our', 'baby'])}-{slug}-family"
    if v == "social":
        return f"tiktok.com/@{slug}{_d(rng, 3)}"
    if v == "pacs":
        return f"https://share.{slug}-imaging.com/study/{_d(rng, 6)}"
    return f"www.{slug}.org"


def _ip(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["v4", "v4", "v4", "v6"])
    if v == "v6":
        groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
        return rng.choice([f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}",
                           f"2601:{groups[0]}:{groups[1]}:{groups[2]}::{groups[3]}"])
    first = rng.choice(["10", "172", "192", "64", "98", "71", "204"])
    if first == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if first == "192":
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _ssn(rng: random.Random, v: str | None) -> str:
    a, g, s = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    if a == 666:
        a = 667
    v = v or rng.choice(["dash", "dash", "space", "plain", "dot"])
    sep = {"dash": "-", "space": " ", "plain": "", "dot": "."}[v]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _mrn(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["seven", "eight", "alpha"])
    if v == "pref":
        return rng.choice([f"BH-{_d(rng, 8)}", f"E{_d(rng, 7)}", f"MV{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 4)}"])
    if v == "dash":
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 3)}"
    if v == "alpha":
        return f"{rng.choice('EKMPTW')}{_d(rng, 7)}"
    if v == "eight":
        return "00" + _d(rng, 6)
    return str(rng.randint(1000000, 9999999))


def _account(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["plain", "csn", "har", "dash", "visit", "fin"])
    if v == "csn":
        return str(rng.randint(1, 9)) + _d(rng, 9)
    if v == "har":
        return str(rng.randint(10000000, 99999999))
    if v == "dash":
        return f"{_d(rng, 4)}-{_d(rng, 3)}-{_d(rng, 3)}"
    if v == "visit":
        return f"V{_d(rng, 11)}"
    if v == "fin":
        return f"{rng.randint(40, 99)}{_d(rng, 6)}"
    if v == "enc":
        return f"{rng.randint(1, 9)}{_d(rng, 9)}"
    return str(rng.randint(100000000, 999999999))


def _plan(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["medicaid", "mbi", "alpha", "policy", "hicn"])
    if v == "medicaid":
        return rng.choice(["1" + _d(rng, 11), f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 3)}"])
    if v == "mbi":
        letters = "ACDEFGHJKMNPQRTUVWXY"
        raw = (f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters + '0123456789')}{_d(rng, 1)}"
               f"{rng.choice(letters)}{rng.choice(letters + '0123456789')}{_d(rng, 1)}"
               f"{rng.choice(letters)}{rng.choice(letters)}{_d(rng, 2)}")
        return rng.choice([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"])
    if v == "alpha":
        return rng.choice([f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_d(rng, 9)}",
                           f"W{_d(rng, 9)}", f"{rng.choice(['XJH', 'ZGP', 'YLM', 'QAR'])}{_d(rng, 9)}"])
    if v == "dbn":
        return _d(rng, 11)
    if v == "hicn":
        return f"{_d(rng, 9)}{rng.choice(['A', 'B', 'C1', 'D'])}"
    return f"{rng.choice(['CPL', 'HMO', 'PPO', 'GRP'])}-{_d(rng, 4)}-{_d(rng, 4)}"


def _license(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["dea", "npi", "state", "dl"])
    if v == "dea":
        return f"{rng.choice('ABFM')}{rng.choice('BCKLMNRTW')}{_d(rng, 7)}"
    if v == "deax":
        return f"X{rng.choice('BCKLMNRTW')}{_d(rng, 7)}"
    if v == "npi":
        return f"{rng.choice('12')}{_d(rng, 9)}"
    if v == "dl":
        return rng.choice([f"S{_d(rng, 8)}", f"{rng.choice('BDFHKLMPW')}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                           _d(rng, 9), f"{rng.choice('ABCDEFGHJKLMNP')}{_d(rng, 7)}"])
    if v == "cert":
        return rng.choice([f"CHI-{_d(rng, 5)}", f"NBCMI {_d(rng, 6)}", f"{_d(rng, 6)}"])
    if v == "trade":
        return f"{rng.choice(['E', 'J', 'ME'])}{rng.randint(10000, 99999)}"
    if v == "lic":
        return str(rng.randint(100000, 999999))
    return rng.choice([f"{rng.choice(['RN', 'MD', 'PA', 'NP'])}{_d(rng, 6)}", f"{rng.randint(200000, 299999)}",
                       f"{_d(rng, 2)}-{_d(rng, 5)}"])


def _zip(rng: random.Random, v: str | None) -> str:
    base = rng.choice(["0", "0", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]) + _d(rng, 4)
    if base == "00000":
        base = "01852"
    if v == "plus4" or (v is None and rng.random() < 0.25):
        return f"{base}-{_d(rng, 4)}"
    return base


def _street(rng: random.Random, v: str | None) -> str:
    num = rng.choice([str(rng.randint(2, 99)), str(rng.randint(100, 2999)), f"{rng.randint(10, 99)}-A"])
    st = rng.choice(_STREETS)
    if v == "po":
        return rng.choice([f"PO Box {rng.randint(11, 9999)}", f"P.O. Box {rng.randint(11, 999)}",
                           f"RR 2 Box {rng.randint(10, 400)}"])
    if v == "apt":
        return f"{num} {st}, {rng.choice(['Apt', 'Unit', '#'])} {rng.randint(1, 9)}{rng.choice(['', 'B', 'R', 'F'])}"
    return f"{num} {st}"


def _date(rng: random.Random, v: str | None) -> str:
    y = rng.randint(1938, 2023)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    v = v or rng.choice(["slash", "slash", "long", "dmon", "iso", "my", "short", "dot", "mslash", "ordinal"])
    suffix = "th" if 10 <= dd <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return {
        "slash": f"{m}/{dd}/{y}", "slash0": f"{m:02d}/{dd:02d}/{y}", "long": f"{_MONTHS[m - 1]} {dd}, {y}",
        "dmon": f"{dd:02d}-{_MON3[m - 1]}-{y}", "iso": f"{y}-{m:02d}-{dd:02d}", "my": f"{_MONTHS[m - 1]} {y}",
        "short": f"{_MON_ABBR[m - 1]} {dd} {y}", "dot": f"{m:02d}.{dd:02d}.{y}", "mslash": f"{m}/{y}",
        "ordinal": f"{dd}{suffix} of {_MONTHS[m - 1]}, {y}", "compact": f"{y}{m:02d}{dd:02d}",
        "caps": f"{dd:02d}{_MON3[m - 1].upper()}{y}",
    }[v]


def _age(rng: random.Random, v: str | None) -> str:
    a = rng.choice([90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
    if (v == "words" or (v is None and rng.random() < 0.2)) and a in _AGE_WORDS:
        return _AGE_WORDS[a]
    return str(a)


def _device(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["pm", "num", "dash", "tx", "mixed"])
    if v == "pm":
        return f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')[:3]}{_d(rng, 6)}{rng.choice('HSGNR')}"
    if v == "num":
        return _d(rng, rng.choice([8, 9, 10]))
    if v == "dash":
        return f"{rng.choice(['MLP', 'HM3', 'KCI', 'NX', 'LV'])}-{_d(rng, 6)}"
    if v == "tx":
        return _alnum(rng, 6)
    return f"{_d(rng, 2)}{_alnum(rng, 2, 'ABCDEFGHKMNPRSTWXY')}{_d(rng, 5)}"


def _vehicle(rng: random.Random, v: str | None) -> str:
    v = v or rng.choice(["plate", "plate", "vin"])
    if v == "vin":
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return rng.choice("1245JK3") + "".join(rng.choice(chars) for _ in range(10)) + _d(rng, 6)
    return rng.choice([f"{rng.randint(1, 9)}{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{_d(rng, 3)}",
                       f"{_d(rng, 3)} {rng.choice(['ZK', 'HW', 'TR', 'MX'])}{_d(rng, 1)}",
                       f"{rng.choice(['TXR', 'KLM', 'BVW', 'JDN'])}-{_d(rng, 4)}",
                       f"{rng.randint(1, 9)}{rng.choice(['HW', 'RB', 'PT'])}{_d(rng, 3)}"]).replace("O", "0")


_GEN = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _plan, "LICENSE": _license, "ZIP": _zip,
    "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _date, "AGE_OVER_89": _age, "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": _location, "ORGANIZATION": _org,
}
assert set(_GEN) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------------------
# Non-PHI fillers (distractors); names are lower case in templates
# ---------------------------------------------------------------------------------------------------

class _Ctx:
    def __init__(self, rng: random.Random, kind: str, spec: str, plant: bool) -> None:
        self.rng = rng
        self.kind = kind
        self.spec = spec
        self.group = spec.split("_")[0]
        self.plant = plant
        self.female = spec in ("ob", "us_ob") or rng.random() < 0.5
        self.page = ""  # patient age text (may hold a plant marker)


def _shift_date(rng: random.Random, _v: str | None) -> str:
    y, m, dd = rng.randint(2105, 2198), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}"])


def _time(rng: random.Random, _v: str | None) -> str:
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    return rng.choice([f"{h:02d}:{mi:02d}{rng.choice(['AM', 'PM'])}", f"{h}:{mi:02d} {rng.choice(['AM', 'PM'])}",
                       f"{rng.randint(0, 23):02d}:{mi:02d}"])


_FILL = {
    "m": lambda r, v: "___",
    "yr": lambda r, v: str(r.randint(1978, 2022)),
    "st": lambda r, v: r.choice(_STATES),
    "st2": lambda r, v: r.choice(_STATE_AB),
    "co": lambda r, v: r.choice(_COUNTRIES),
    "t": _time,
    "sd": _shift_date,
    "nct": lambda r, v: f"NCT0{r.randint(3000000, 6999999)}",
    "ga": lambda r, v: f"{r.randint(24, 41)}+{r.randint(0, 6)}",
    "gp": lambda r, v: r.choice(["G1P0", "G2P1001", "G3P2002", "G4P1213", "G5P3104", "G2P0010"]),
    "rm": lambda r, v: r.choice([f"room {r.randint(2, 14)}{r.randint(10, 40)}", f"bed {r.randint(1, 28)}",
                                 f"Rm {r.randint(3, 12)}-{r.randint(101, 450)}", f"pod {r.choice('ABCD')}"]),
    "u90": lambda r, v: str(r.randint(21, 88)),
    "geri": lambda r, v: str(r.choice([78, 81, 84, 86, 87, 88, 89, 89])),
    "child": lambda r, v: str(r.randint(2, 16)),
    "mom": lambda r, v: r.choice(["___", str(r.randint(17, 43))]),
}


def _page_text(ctx: _Ctx) -> str:
    """Patient age for the opening line: masked, a distractor under 90, or a planted age."""
    if ctx.page:
        return ctx.page
    r = ctx.rng
    if ctx.spec in ("peds", "xr_peds"):
        return r.choice(["___", str(r.randint(2, 16))])
    if ctx.spec == "geri":
        return r.choice(["___", "___", _FILL["geri"](r, None)])
    if ctx.spec in ("ob", "us_ob"):
        return r.choice(["___", str(r.randint(17, 44))])
    return r.choice(["___", "___", str(r.randint(19, 88))])


_SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)(?::([a-z0-9_]+))?\}")
_MARK_RE = re.compile(r"\[\[([A-Z_0-9]+)\|([^\[\]|]+)\]\]")


def _fill(ctx: _Ctx, tpl: str, plant: bool = False) -> str:
    """Expand ``{slot}`` placeholders; category slots become marked plants (or ``___`` when not planting)."""
    def sub(m: re.Match[str]) -> str:
        name, var = m.group(1), m.group(2)
        if name in _GEN:
            if not plant:
                return "___"
            val = _GEN[name](ctx.rng, var)
            tail = ""
            if isinstance(val, tuple):
                val, tail = val
            return f"[[{name}|{val}]]{tail}"
        if name == "page":
            return _page_text(ctx)
        if name == "pt":
            if ctx.spec in ("peds", "xr_peds"):
                return "girl" if ctx.female else "boy"
            return "woman" if ctx.female else "man"
        if name == "Pr":
            return "She" if ctx.female else "He"
        if name == "pr":
            return "she" if ctx.female else "he"
        if name == "pos":
            return "her" if ctx.female else "his"
        return _FILL[name](ctx.rng, var)
    return _SLOT_RE.sub(sub, tpl)


def _unmark(raw: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = n = 0
    for m in _MARK_RE.finditer(raw):
        out.append(raw[pos:m.start()])
        n += m.start() - pos
        val = m.group(2)
        spans.append((n, n + len(val), m.group(1)))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------------
# Plant templates: CATEGORY|D or R|section|specs (space separated; empty = any)|template
# Sections: D -> H_NAME H_UNIT H_DOB H_ATT H_AGE HPI PMH SOC FAM EXAM RES COURSE MEDS DISPO DX INSTR FU SIGN
#           R -> H_AGE IND TECH COMP FIND IMP NOTE ADD
# ---------------------------------------------------------------------------------------------------

_PLANT_TABLE = """
PHONE|D|SOC||Daughter ___ is HCP and can be reached at {PHONE}.
PHONE|D|SOC||Emergency contact: ___ (brother), cell {PHONE}.
PHONE|D|FU||Please call the clinic at {PHONE} to confirm the appointment.
PHONE|D|FU|renal|Outpatient dialysis charge nurse line {PHONE:dash}; chair time confirmed for 05:30.
PHONE|D|COURSE|jail|Facility infirmary ({PHONE:paren}) updated by phone about medication changes before return.
PHONE|D|SOC|peds nicu|Mother's cell {PHONE:plain}; father prefers {PHONE:dot}.
PHONE|D|INSTR||If you have questions, call the nurse line at {PHONE:one}, available 24 hours.
PHONE|D|COURSE|nicu|Referring NICU attending called back at {PHONE:slash} and was updated.
PHONE|D|SOC|sud|Recovery coach ___ reachable at {PHONE:local} (text preferred).
PHONE|D|FU|onc|Research nurse at the outside trial site: ___, RN ({PHONE:ext}).
PHONE|D|SOC|interp|Nephew interprets informally at home; his number is {PHONE:plus1}.
PHONE|D|HPI|trauma|Collateral obtained from the site foreman by phone ({PHONE:spaced}).
PHONE|D|SOC|geri|Neighbor checks in daily, tel {PHONE:nosp}.
PHONE|R|NOTE||Findings were telephoned to the covering provider at {PHONE} at 3:10 PM on ___.
PHONE|R|IND||Please call ordering NP with results: {PHONE:dash}.
PHONE|R|ADD||Wet read phoned to the ED resident at {PHONE:paren} at 02:45.
PHONE|R|IND||Call Dr. ___ with results, cell {PHONE:dot}.
PHONE|D|HPI||Collateral obtained from the patient's sister by phone ({PHONE}).
FAX|D|FU||Please fax this discharge summary to the PCP office at {FAX}.
FAX|D|COURSE|jail|Medication reconciliation faxed to the facility health services unit (fax {FAX:dash}).
FAX|D|FU|renal|Orders faxed to the outpatient dialysis unit, fax # {FAX:plain}.
FAX|D|FU|onc|Please send CBC and CMP results to the trial office, fax {FAX:dot}, attn research nurse.
FAX|D|INSTR|peds|School medication forms may be faxed to the school nurse at {FAX:paren}.
FAX|D|FU||VNA referral sent by fax to {FAX:one}.
FAX|D|MEDS|sud|Buprenorphine prescription faxed to the pharmacy at {FAX:slash}.
FAX|D|COURSE|tx|Donor records faxed from the OPO ({FAX:spaced}) and reviewed.
FAX|D|FU|geri psych vet|Skilled facility admissions office F: {FAX:nosp}
FAX|R|IND||Fax results to {FAX}.
FAX|R|ADD||Copy of report faxed to the referring office at {FAX:dash} per request.
FAX|R|COMP||Outside report received by fax from {FAX:paren}; images not available.
PAGER|D|COURSE||Surgery resident on call (pager {PAGER}) evaluated the patient overnight.
PAGER|D|FU||Questions about this admission may be directed to the discharging resident, pager {PAGER}.
PAGER|D|INSTR|tx|For urgent issues after hours, page the transplant coordinator at {PAGER:phone}.
PAGER|D|COURSE|trauma|Trauma chief paged (#{PAGER}) on arrival.
PAGER|D|COURSE|psych|Covering psychiatry resident (pgr {PAGER:dash}) notified of PRN use.
PAGER|D|COURSE|nicu|Neonatal transport team beeper {PAGER} activated at 03:40.
PAGER|D|RES||Micro lab called the blood culture result to the covering intern (p{PAGER}) at 22:10.
PAGER|D|COURSE|onc renal geri|Night float beeped at {PAGER:four} for hypotension; bolus given.
PAGER|R|NOTE||Findings communicated to Dr. ___ via pager {PAGER} at 16:05 on ___.
PAGER|R|NOTE||Critical result: paged the covering team (beeper {PAGER:dash}); callback received.
PAGER|R|ADD||Discussed with the IR fellow, pager {PAGER}.
PAGER|D|COURSE|ob nicu|Anesthesia paged (pager {PAGER}) for epidural placement at 4 cm.
PAGER|R|IND||Ordering resident pager {PAGER:four}; please page with wet read.
EMAIL|D|SOC||Daughter lives out of state and prefers updates by email ({EMAIL}).
EMAIL|D|FU|onc|Trial coordinator: ___ ({EMAIL:org}).
EMAIL|D|INSTR|peds|The school nurse can be reached at {EMAIL:org}.
EMAIL|D|FU||Patient asked that appointment reminders go to {EMAIL}.
EMAIL|D|SOC|sud psych|Recovery coach email: {EMAIL}.
EMAIL|D|COURSE|tx|Donor HLA typing was received from the tissue typing lab ({EMAIL:org}).
EMAIL|D|SOC|vet|Peer mentor ___ can be reached via {EMAIL:obf}.
EMAIL|D|SOC||Email on file: {EMAIL:obf}
EMAIL|R|ADD||A copy of this report was emailed to {EMAIL:org} at the referring clinician's request.
EMAIL|R|IND||Outside provider requests a copy of the report: {EMAIL}.
URL|D|INSTR||You can view your results on the patient portal at {URL:portal}.
URL|D|SOC|sud psych|Given a list of local peer meetings from {URL:www}.
URL|D|FU||Telehealth visit link: {URL:doxy}
URL|D|SOC||Family set up an online fundraiser ({URL:fund}) to cover travel costs.
URL|D|INSTR|peds|Information about the asthma camp: {URL:www}
URL|D|FU|onc|Trial information for the family: {URL:https}
URL|D|SOC|psych|Reports posting videos of the episode at {URL:social}.
URL|D|INSTR||Support group information is available at {URL:bare}.
URL|R|COMP||Outside images reviewed via the image-sharing portal {URL:pacs}.
URL|R|TECH||Prior study retrieved from {URL:https} for comparison.
IP_ADDRESS|R|TECH||Images transmitted from the outside modality at {IP_ADDRESS:v4} via DICOM push.
IP_ADDRESS|R|COMP||Prior exam retrieved from the outside PACS node ({IP_ADDRESS:v4}).
IP_ADDRESS|R|ADD||Images were re-sent from workstation {IP_ADDRESS} after the initial transfer failed.
IP_ADDRESS|R|TECH|nm|Acquisition workstation {IP_ADDRESS:v4}; processed on Hermes.
IP_ADDRESS|R|NOTE||Preliminary report viewed remotely at {IP_ADDRESS:v6} by the overnight teleradiologist.
IP_ADDRESS|R|IND||Teleradiology request received from {IP_ADDRESS:v4}.
IP_ADDRESS|D|COURSE|psych jail|Telepsychiatry session connected from {IP_ADDRESS}; audio dropped twice.
IP_ADDRESS|D|COURSE||Remote monitor data uploaded from the home gateway ({IP_ADDRESS:v6}).
IP_ADDRESS|D|RES||Home spirometry readings transmitted from the device at {IP_ADDRESS:v4}.
SSN|D|SOC||Social work assisted with the SSDI application; SSN {SSN} verified with patient.
SSN|D|SOC|vet|Veterans benefits claim number (same as SSN) {SSN:plain}.
SSN|D|SOC|jail|Identity confirmed by officers using SS# {SSN:space}.
SSN|D|COURSE||Patient was first registered under an alias; Social Security number {SSN} confirmed.
SSN|D|SOC|interp|Recently received a Social Security card ({SSN}); applying for Medicaid.
SSN|D|SOC|geri|Representative payee paperwork lists SSN {SSN:dot}.
SSN|R|IND||Outside requisition lists SSN {SSN:dash} in place of MRN.
SSN|R|ADD||Registration corrected; social {SSN:plain}.
SSN|R|TECH||Outside CD labelled with the patient's SSN ({SSN}) instead of the MRN.
SSN|D|SOC|psych sud jail|Replacement ID and Social Security card requested; SSN {SSN:dash}.
MRN|D|H_UNIT||{MRN}
MRN|D|COURSE|nicu|Mother's MRN {MRN} (delivered at ___).
MRN|D|HPI||Outside hospital records (MRN {MRN:pref}) reviewed.
MRN|D|COURSE|tx|Donor ID ___; recipient MRN {MRN}.
MRN|D|FU||Outside hospital record number: {MRN:dash}.
MRN|D|COURSE|peds nicu|Twin sibling (MR# {MRN}) also admitted.
MRN|R|COMP||Comparison: outside CT ___ (outside MRN {MRN:pref}).
MRN|R|IND||Patient ID {MRN} on the outside requisition.
MRN|R|ADD||Images were first filed under medical record number {MRN}; studies merged.
ACCOUNT|D|FU||Billing questions: reference account {ACCOUNT}.
ACCOUNT|D|COURSE||Encounter number {ACCOUNT:enc} for the outside ED visit.
ACCOUNT|D|SOC||Financial counselor opened a charity care application (HAR {ACCOUNT:har}).
ACCOUNT|D|COURSE|trauma|Motor vehicle insurer claim linked to hospital account {ACCOUNT}.
ACCOUNT|D|COURSE|onc|Research billing account {ACCOUNT:dash} used for study-specific labs.
ACCOUNT|R|IND||Encounter CSN: {ACCOUNT:csn}.
ACCOUNT|R|ADD||Charges corrected for visit {ACCOUNT:visit}.
ACCOUNT|R|TECH||Performed under FIN {ACCOUNT:fin}.
HEALTH_PLAN|D|SOC||Insurance: Medicaid, member ID {HEALTH_PLAN:medicaid}.
HEALTH_PLAN|D|SOC|geri vet onc renal tx interp trauma|Medicare beneficiary identifier {HEALTH_PLAN:mbi}.
HEALTH_PLAN|D|FU||Prior authorization requested; subscriber # {HEALTH_PLAN:alpha}.
HEALTH_PLAN|D|SOC|vet|Also covered through TRICARE (DBN {HEALTH_PLAN:dbn}).
HEALTH_PLAN|D|MEDS||Prior authorization needed for apixaban; policy number {HEALTH_PLAN:policy}.
HEALTH_PLAN|D|SOC|peds|Covered under father's employer plan, member {HEALTH_PLAN:alpha}-01.
HEALTH_PLAN|D|COURSE|nicu|Infant added to mother's Medicaid, ID {HEALTH_PLAN:medicaid}.
HEALTH_PLAN|R|IND|nm mr|Prior authorization obtained; member ID {HEALTH_PLAN:alpha}.
HEALTH_PLAN|R|ADD||Insurance information updated: Medicare {HEALTH_PLAN:hicn}.
LICENSE|D|MEDS|sud|Buprenorphine prescribed by Dr. ___ (DEA {LICENSE:deax}).
LICENSE|D|MEDS||Controlled substance prescription; prescriber NPI {LICENSE:npi}.
LICENSE|D|SOC|trauma|Driver's license {LICENSE:dl} retained by state police.
LICENSE|D|SOC|interp|Interpreter certification #{LICENSE:cert} documented in the visit record.
LICENSE|D|COURSE||Outside physician ___ (state license {LICENSE:state}) gave verbal sign-out.
LICENSE|D|SOC||Works as a licensed electrician (license {LICENSE:trade}).
LICENSE|D|SOC|vet|Commercial driver's license (CDL {LICENSE:dl}) suspended pending medical clearance.
LICENSE|D|COURSE|psych|Section 12 application signed by ___, LICSW #{LICENSE:lic}.
LICENSE|D|MEDS|onc geri|Oxycodone e-prescribed; DEA {LICENSE:dea}.
LICENSE|R|ADD||Radiopharmaceutical dose administered by ___, CNMT, license {LICENSE:state}.
LICENSE|R|TECH|ir nm|Authorized user: Dr. ___ (NPI {LICENSE:npi}).
ZIP|D|SOC||Lives in {LOCATION:town}, {st2} {ZIP}.
ZIP|D|SOC||Address on file: {STREET_ADDRESS}, {LOCATION:town} {ZIP}.
ZIP|D|SOC||Mailing address: {STREET_ADDRESS:po}, {LOCATION:town}, {st2} {ZIP:plus4}.
ZIP|D|FU||Home services are limited in zip code {ZIP}.
ZIP|D|SOC|sud|Homeless; receives mail at the shelter ({ZIP}).
ZIP|D|SOC|peds|School district zip {ZIP}.
ZIP|D|DISPO||Home With Service (VNA covering {ZIP})
ZIP|R|COMP||Outside imaging center, {LOCATION:town}, {st2} {ZIP}; report only.
ZIP|R|IND|nm|Mobile PET unit at the satellite site ({ZIP}).
ZIP|D|HPI|trauma|EMS run sheet lists the pickup location zip as {ZIP}.
ZIP|R|ADD||Patient address updated: {LOCATION:town}, {st2} {ZIP:plus4}.
ZIP|D|SOC|vet interp geri renal|Lives in {LOCATION:town} ({ZIP}).
STREET_ADDRESS|D|SOC||Lives at {STREET_ADDRESS} with partner.
STREET_ADDRESS|D|HPI|trauma|EMS responded to {STREET_ADDRESS:apt}, where the patient was found at the stair foot.
STREET_ADDRESS|D|DISPO||Home with services, {STREET_ADDRESS}
STREET_ADDRESS|D|SOC|sud|Staying at {STREET_ADDRESS} (sober house).
STREET_ADDRESS|D|FU||VNA to visit at {STREET_ADDRESS:apt}, {LOCATION:town}.
STREET_ADDRESS|D|SOC|jail|Release address provided: {STREET_ADDRESS}.
STREET_ADDRESS|D|SOC||Uses {STREET_ADDRESS:po} for mail.
STREET_ADDRESS|R|COMP||Outside study performed at the imaging center at {STREET_ADDRESS}.
DATE_REAL_YEAR|D|H_DOB||{DATE_REAL_YEAR:slash0}
DATE_REAL_YEAR|D|PMH|ob psych sud trauma onc tx renal vet jail interp geri|s/p appendectomy ({DATE_REAL_YEAR:my})
DATE_REAL_YEAR|D|HPI|ob|LMP {DATE_REAL_YEAR:slash}, consistent with first-trimester ultrasound.
DATE_REAL_YEAR|D|HPI|onc|Consented to the outside study on {DATE_REAL_YEAR:long}; last dose given ___.
DATE_REAL_YEAR|D|PMH|vet|Deployed {DATE_REAL_YEAR:my} to {DATE_REAL_YEAR:mslash}.
DATE_REAL_YEAR|D|SOC|jail|Anticipated release date {DATE_REAL_YEAR:dmon}.
DATE_REAL_YEAR|D|PMH|tx renal|Listed for transplant {DATE_REAL_YEAR:iso}.
DATE_REAL_YEAR|D|HPI||Last seen by the PCP on {DATE_REAL_YEAR}.
DATE_REAL_YEAR|D|PMH|peds nicu|Last tetanus booster {DATE_REAL_YEAR:dot}.
DATE_REAL_YEAR|D|SOC|psych sud|Prior admission on the {DATE_REAL_YEAR:ordinal}, also after an overdose.
DATE_REAL_YEAR|D|FU|renal tx|Fistula created {DATE_REAL_YEAR:compact} per outside records.
DATE_REAL_YEAR|D|HPI|trauma|Date of injury: {DATE_REAL_YEAR:caps}.
DATE_REAL_YEAR|R|COMP||Comparison: outside MRI {DATE_REAL_YEAR:slash}.
DATE_REAL_YEAR|R|COMP||Comparison: PET-CT from {DATE_REAL_YEAR:dmon} (outside).
DATE_REAL_YEAR|R|IND||History of thyroidectomy in {DATE_REAL_YEAR:my}.
DATE_REAL_YEAR|R|ADD||Outside report dated {DATE_REAL_YEAR:short} was reviewed.
AGE_OVER_89|D|H_AGE|geri vet onc renal trauma interp psych|{AGE_OVER_89}
AGE_OVER_89|D|FAM||Mother is alive at {AGE_OVER_89} and lives in a nursing home.
AGE_OVER_89|D|FAM||Father died at age {AGE_OVER_89} of "old age".
AGE_OVER_89|D|SOC|geri|Her husband, {AGE_OVER_89}, is the primary caregiver.
AGE_OVER_89|D|SOC|peds nicu|Great-grandmother ({AGE_OVER_89}yo) provides childcare.
AGE_OVER_89|D|HPI|geri|Celebrated a {AGE_OVER_89}th birthday last week.
AGE_OVER_89|R|H_AGE|nm ir ct mr cxr|{AGE_OVER_89}
DEVICE_ID|D|PMH||Dual-chamber pacemaker (Medtronic Azure XT DR MRI SureScan), serial {DEVICE_ID:pm}
DEVICE_ID|D|COURSE||LVAD (HeartMate 3) pump serial {DEVICE_ID:dash}; speed 5,400 rpm, flow 4.6 L/min, PI 3.8.
DEVICE_ID|D|MEDS|peds|Insulin pump (Tandem t:slim X2) S/N {DEVICE_ID:num}, basal 0.45 units/h.
DEVICE_ID|D|COURSE|peds tx|Dexcom G7 transmitter ID {DEVICE_ID:tx} re-paired to the home receiver.
DEVICE_ID|D|DISPO||Wound VAC unit #{DEVICE_ID:dash} sent home with the patient.
DEVICE_ID|D|COURSE||ICD (Boston Scientific) SN {DEVICE_ID:pm} interrogated; no shocks.
DEVICE_ID|D|DISPO|jail|GPS ankle monitor device {DEVICE_ID:num} removed for MRI and reapplied by officers.
DEVICE_ID|D|FU|renal|Home hemodialysis cycler (NxStage) serial {DEVICE_ID:mixed} exchanged by vendor.
DEVICE_ID|D|PMH|peds psych|VNS generator (LivaNova SenTiva) serial {DEVICE_ID:num}.
DEVICE_ID|R|FIND|ir_ivc|Retrieved IVC filter (Denali, serial {DEVICE_ID:mixed}) was intact on inspection.
DEVICE_ID|R|IND|mr nm ct|MRI-conditional pacemaker, generator serial {DEVICE_ID:pm}; reprogrammed by EP before scan.
DEVICE_ID|R|FIND|ir_port|Port (Bard PowerPort) serial {DEVICE_ID:num} documented in the implant log.
VEHICLE_ID|D|SOC|trauma|Motorcycle (plate {VEHICLE_ID:plate}) was towed from the scene.
VEHICLE_ID|D|HPI|trauma|Per state police the other vehicle (VIN {VEHICLE_ID:vin}) left the scene.
VEHICLE_ID|D|SOC||Patient's car, {st2} plate {VEHICLE_ID:plate}, is in the hospital garage; keys with security.
VEHICLE_ID|D|SOC|vet|Drives an adapted van (registration {VEHICLE_ID:plate}) with hand controls.
VEHICLE_ID|D|HPI|trauma|Restrained driver of a pickup truck, VIN {VEHICLE_ID:vin}.
VEHICLE_ID|D|COURSE|psych|Security located the patient's vehicle ({VEHICLE_ID:plate}) in the ED lot.
VEHICLE_ID|D|SOC|sud|Has been sleeping in his car, tag {VEHICLE_ID:plate}.
VEHICLE_ID|D|SOC|geri|Family agreed to take the car keys; vehicle {VEHICLE_ID:vin} to be sold.
VEHICLE_ID|R|IND|ct|MVC; driver of vehicle registered {VEHICLE_ID:plate} per EMS.
VEHICLE_ID|D|SOC||Drove to the ED; car (plate {VEHICLE_ID:plate}) moved from the ambulance bay by security.
VEHICLE_ID|D|COURSE||Belongings inventory: wallet, phone, keys to a {yr} sedan, {st2} tag {VEHICLE_ID:plate}.
VEHICLE_ID|D|DISPO||Home by private car; parking validation issued for plate {VEHICLE_ID:plate}
VEHICLE_ID|D|SOC|interp geri renal tx onc|Son drives; his minivan (VIN {VEHICLE_ID:vin}) is used for appointments.
VEHICLE_ID|R|IND|ct xr|Pedestrian struck by a vehicle with plate {VEHICLE_ID:plate} per police.
VEHICLE_ID|R|ADD||Trauma registry: vehicle identification {VEHICLE_ID:vin} recorded from the crash report.
PERSON|D|H_NAME||{PERSON:caps}
PERSON|D|H_ATT||{PERSON:lastfirst}
PERSON|D|SOC||Spoke with daughter {PERSON:full}, who is the health care proxy.
PERSON|D|COURSE||Dr. {PERSON:last} (outside physician) agreed with the plan.
PERSON|D|COURSE||Discussed with {PERSON:full}, NP, from the consult team.
PERSON|D|HPI|nicu|Baby Girl {PERSON:last} was transferred after birth.
PERSON|D|SOC|peds nicu|Mom ({PERSON:first}) and grandmother at bedside throughout.
PERSON|D|HPI|interp|Interpreter {PERSON:full} (Haitian Creole) was present for the entire encounter.
PERSON|D|FU||Primary care: {PERSON:initial}, MD.
PERSON|D|COURSE|jail|Officer {PERSON:last} remained at bedside throughout admission.
PERSON|D|SOC|psych sud|Lives with boyfriend {PERSON:lower}, who also uses.
PERSON|D|SOC||Wife {PERSON:first} manages the medications.
PERSON|D|SIGN||{PERSON:middle} MD ___
PERSON|D|FU|onc|Outside oncologist: Dr. {PERSON:lastfirst}.
PERSON|R|NOTE||The findings were discussed with Dr. {PERSON:last} by Dr. ___ on the telephone on ___ at 4:15 PM.
PERSON|R|IND||Referred by {PERSON:full}, PA-C.
PERSON|R|ADD||Addendum by {PERSON:initial}, MD: case reviewed with the attending.
LOCATION|D|SOC||Lives in {LOCATION} with her husband and two children.
LOCATION|D|SOC||Originally from {LOCATION:town}, {st}; moved here in {yr}.
LOCATION|D|SOC|interp|Grew up in {LOCATION:foreign}; came to the US in {yr}.
LOCATION|D|HPI|trauma|Single-vehicle rollover on the highway in {LOCATION:town}; EMS on scene within 9 minutes.
LOCATION|D|HPI|sud psych|Found down near {LOCATION:local} by outreach workers.
LOCATION|D|FU||Follow up at the {LOCATION:town} satellite clinic.
LOCATION|D|HPI||Transferred from an outside hospital in {LOCATION}.
LOCATION|D|INSTR|peds nicu tx|Family lives two hours away in {LOCATION}.
LOCATION|D|SOC|vet|Moved back to {LOCATION:town} after discharge from the Army.
LOCATION|D|SOC|sud|Grew up in {LOCATION:town}; fell out of contact with family.
LOCATION|R|IND||Transfer from {LOCATION:town} for further evaluation.
LOCATION|R|COMP||Comparison: outside CT performed in {LOCATION:town} ___ (report only).
LOCATION|R|IND|ct|Fall while hiking at {LOCATION:local}.
ORGANIZATION|D|HPI||Transferred from {ORGANIZATION:hosp} for a higher level of care.
ORGANIZATION|D|SOC|renal tx|Dialyzes at {ORGANIZATION:dial} (TTS, chair 14).
ORGANIZATION|D|FU||Follows with Dr. ___ at {ORGANIZATION:clinic}.
ORGANIZATION|D|SOC|sud psych|Most recently staying at {ORGANIZATION:shelter}.
ORGANIZATION|D|SOC|jail|Currently incarcerated at {ORGANIZATION:jail}; will return there on discharge.
ORGANIZATION|D|SOC|peds|In 3rd grade at {ORGANIZATION:school}; has a 504 plan.
ORGANIZATION|D|SOC||Works for {ORGANIZATION:emp} as a forklift operator.
ORGANIZATION|D|MEDS||Prescriptions sent to {ORGANIZATION:pharm}.
ORGANIZATION|D|HPI|onc|Enrolled in {nct} at {ORGANIZATION:onc}.
ORGANIZATION|D|SOC||Active at {ORGANIZATION:church}; the pastor visited.
ORGANIZATION|D|HPI||Per {ORGANIZATION:acr} records, prior echo showed EF 35%.
ORGANIZATION|D|COURSE|tx|Organ offer coordinated through {ORGANIZATION:opo}.
ORGANIZATION|D|SOC|vet|Receives primary care at {ORGANIZATION:vet}.
ORGANIZATION|D|SOC|psych sud|Attends the day program at {ORGANIZATION:psych}.
ORGANIZATION|D|FU|geri|Services arranged through {ORGANIZATION:agency}.
ORGANIZATION|D|FU|peds nicu|Pediatrician at {ORGANIZATION:peds}.
ORGANIZATION|R|COMP||Comparison: outside CT from {ORGANIZATION:hosp} (images uploaded).
ORGANIZATION|R|IND||Outpatient referral from {ORGANIZATION:clinic}.
"""


def _parse_plants() -> list[tuple[str, str, str, frozenset[str], str]]:
    rows = []
    for line in _PLANT_TABLE.strip().splitlines():
        cat, kind, sec, specs, tpl = line.split("|")
        assert cat in CATEGORIES, cat
        rows.append((cat, kind, sec, frozenset(specs.split()), tpl))
    return rows


_PLANTS = _parse_plants()
_WEIGHTS = {c: (2.3 if c in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR") else 1.0) for c in CATEGORIES}


# ---------------------------------------------------------------------------------------------------
# Discharge specialties: each field is a list of alternatives (templates, no plants)
# ---------------------------------------------------------------------------------------------------

_COMMON_PMH = ["Hypertension", "Hyperlipidemia", "GERD s/p Nissen fundoplication", "Obstructive sleep apnea on CPAP",
               "Crohn disease s/p ileocecal resection", "Addison disease on hydrocortisone", "Depression",
               "Hypothyroidism (Hashimoto thyroiditis)", "Type 2 diabetes mellitus, A1c 7.8%"]

_DS: dict[str, dict[str, list[str]]] = {
    "ob": {
        "service": ["OBSTETRICS/GYNECOLOGY"],
        "cc": ["Contractions", "Elevated blood pressures", "Leakage of fluid", "Decreased fetal movement"],
        "proc": ["Primary low transverse cesarean section", "Spontaneous vaginal delivery",
                 "Repeat low transverse cesarean section, bilateral salpingectomy", "Vacuum-assisted vaginal delivery"],
        "hpi": ["{page} year old {gp} at {ga} weeks by early ultrasound who presented with regular contractions "
                "every 3-4 minutes. SVE on arrival 4/80/-1, Bishop score 9. GBS negative. Prenatal labs: "
                "O+/Ab neg/RPR NR/Rubella immune/HBsAg neg/HIV neg. Pregnancy complicated by A2GDM on insulin "
                "and a prior LTCS in {yr}.",
                "{page} year old {gp} at {ga} weeks transferred from ___ for preeclampsia with severe features "
                "(BP 168/104, 2+ proteinuria, P/C ratio 0.9). Received magnesium sulfate 4 g bolus and labetalol "
                "20 mg IV before transfer. Betamethasone course #1 given ___.",
                "{page} year old {gp} at {ga} weeks with PPROM at 02:30, clear fluid, nitrazine and ferning "
                "positive. Latency antibiotics (ampicillin/erythromycin) started. NST reactive, category I tracing."],
        "pmh": ["A2GDM on NPH", "Chronic hypertension on nifedipine", "Prior LTCS x1 for arrest of dilation",
                "Hypothyroidism (Hashimoto)", "Anxiety", "Sickle cell trait", "Graves disease s/p RAI {yr}"],
        "soc": ["Lives with partner; planning to breastfeed.", "Denies tobacco, alcohol or drug use in pregnancy.",
                "Works as a medical assistant.", "Edinburgh Postnatal Depression Scale 6.",
                "Has car seat; pediatrician identified (___)."],
        "fam": ["Mother with preeclampsia. No family history of bleeding disorders.", "Noncontributory."],
        "exam": ["Anesthesia airway exam Mallampati II. Fundus firm, 1 cm below umbilicus. Lochia moderate. "
                 "Incision clean, dry and intact with "
                 "Steri-Strips.", "Extremities: 1+ pitting edema bilaterally, calves non-tender."],
        "res": ["Type and screen: O positive, antibody screen negative. Rubella immune.",
                "Placental pathology: third-trimester placenta with mild acute chorioamnionitis.",
                "Fetal fibronectin negative. Kleihauer-Betke 0.1%."],
        "course": ["Underwent ___ on ___ complicated by postpartum hemorrhage, QBL 1,250 mL, managed with oxytocin "
                   "(Pitocin), methylergonovine and misoprostol (Cytotec) 800 mcg PR. Hct nadir 24.1; received "
                   "1 unit pRBC.",
                   "Infant: viable female, Apgars 8 and 9, weight 3,240 g, to the well baby nursery.",
                   "Blood pressures in the 140s/90s postpartum; nifedipine ER 30 mg daily started. Magnesium "
                   "continued 24 hours postpartum without signs of toxicity.",
                   "Glucose monitoring stopped after delivery; 2-hour GTT recommended at 6-12 weeks postpartum.",
                   "Rh negative; RhoGAM 300 mcg given on postpartum day 1."],
        "meds": ["Ibuprofen 600 mg PO Q6H PRN pain", "Acetaminophen 1000 mg PO Q8H", "Docusate sodium 100 mg PO BID",
                 "Prenatal vitamins 1 TAB PO DAILY", "Nifedipine (Extended Release) 30 mg PO DAILY",
                 "Oxycodone 5 mg PO Q4H PRN severe pain, disp #10", "Ferrous sulfate 325 mg PO every other day"],
        "dispo": ["Home"],
        "dx": ["Term pregnancy, delivered", "Preeclampsia with severe features",
               "Preterm premature rupture of membranes", "Postpartum hemorrhage", "Gestational diabetes, A2"],
        "instr": ["Nothing in the vagina for 6 weeks. No lifting more than 10 lb. Call for fever over 100.4, "
                  "bleeding soaking more than one pad an hour, severe headache, visual changes or RUQ pain."],
        "fu": ["Postpartum visit in 6 weeks; blood pressure check in 3-5 days."],
    },
    "nicu": {
        "service": ["NEONATOLOGY", "NEWBORN MEDICINE"],
        "cc": ["Prematurity", "Hypoglycemia and poor feeding", "Respiratory distress after birth"],
        "proc": ["Surfactant (Curosurf) via INSURE", "Umbilical venous catheter placement", "Lumbar puncture"],
        "hpi": ["Baby ___ is a former {ga} week infant born to a {mom} year old {gp} mother by urgent cesarean "
                "section for non-reassuring fetal tracing. Apgars 3, 6 and 8 at 1, 5 and 10 minutes. Birth weight "
                "1,685 g. Maternal serologies: O-/Ab neg, HBsAg neg, RPR NR, GBS unknown. ROM 19 hours.",
                "Term infant (39+2 weeks) transferred at 6 hours of life from a level I nursery for glucose of "
                "28 mg/dL despite two feeds and dextrose gel. Mother {gp}, {mom} years old, with A1GDM."],
        "pmh": ["Maternal chronic hypertension and tobacco use", "Maternal HSV, on suppression from 36 weeks",
                "Prenatal ultrasound with mild left pyelectasis"],
        "soc": ["Parents are married; mother is a teacher and father works nights.", "Older sibling (age 4) at home.",
                "Family speaks Portuguese; an interpreter was used for family meetings.",
                "Mother plans to pump and provide breast milk."],
        "fam": ["Maternal aunt with sickle cell disease.", "No family history of hip dysplasia."],
        "exam": ["Weight 1,910 g, length 43 cm, HC 30.5 cm. AFOF soft and flat. Red reflex present bilaterally. "
                 "Ballard consistent with 32 weeks. Hips stable, negative Ortolani and Barlow."],
        "res": ["Newborn screen sent ___; results pending. Bilirubin peak 11.2/0.4 on DOL 4.",
                "CSF: WBC 3, RBC 120, protein 98, glucose 44; culture no growth at 48 hours.",
                "Head ultrasound ___: no intraventricular hemorrhage."],
        "course": ["RESP: Curosurf at 2 hours of life; extubated to CPAP +6 on DOL 1, room air by DOL 5. Caffeine "
                   "citrate started for apnea of prematurity.",
                   "FEN/GI: Full enteral feeds of maternal milk fortified to 24 kcal/oz by DOL 9.",
                   "ID: Ampicillin and gentamicin for 48 hours; blood culture negative.",
                   "SENSORY: Hearing screen passed bilaterally (ABR). Car seat challenge passed (90 minutes)."],
        "meds": ["Caffeine citrate 10 mg/kg PO daily", "Poly-vi-sol with iron 1 mL PO daily",
                 "Cholecalciferol 400 units PO daily"],
        "dispo": ["Transfer to level II nursery", "Home with parents"],
        "dx": ["Prematurity", "Neonatal hypoglycemia", "Respiratory distress syndrome", "Hyperbilirubinemia"],
        "instr": ["Back to sleep in own crib. Synagis eligibility to be reviewed. Hepatitis B vaccine given ___."],
        "fu": ["Pediatrician within 48 hours of discharge; early intervention referral placed."],
    },
    "psych": {
        "service": ["PSYCHIATRY"],
        "cc": ["Not sleeping, bizarre behavior", "Suicidal ideation", "Command auditory hallucinations"],
        "proc": ["None", "ECT x6 (right unilateral ultrabrief)"],
        "hpi": ["{page} year old {pt} with schizoaffective disorder, bipolar type, brought in by police on a "
                "Section 12 after family reported {pr} had stopped Invega Sustenna and had not slept for four "
                "days. On arrival pressured and grandiose, believed the television was sending messages.",
                "{page} year old {pt} with MDD, PTSD and prior overdose in {yr} who presented after texting a friend "
                "a goodbye message. Endorsed SI with a plan to overdose on stored quetiapine. PHQ-9 24; C-SSRS "
                "high risk."],
        "pmh": ["Schizoaffective disorder, bipolar type", "PTSD", "Prior suicide attempts x2 ({yr}, {yr})",
                "Psychiatric hospitalizations x5", "ADHD", "Tourette syndrome in childhood"],
        "soc": ["Lives in a group home; receives SSDI.", "Grew up in foster care from age 9.",
                "Legal: pending trespassing charge.", "Access to firearms: denies; family confirms none.",
                "Smokes 1 ppd; vapes cannabis daily.", "Completed two years of community college."],
        "fam": ["Mother with bipolar disorder; maternal uncle died by suicide.", "Father with alcohol use disorder."],
        "exam": ["MSE at discharge: well groomed, fair eye contact. Speech normal rate and volume. Mood 'better'. "
                 "Affect mildly constricted, reactive. Thought process linear. Denies SI/HI; no delusions "
                 "elicited. Denies AH/VH. Insight and judgment fair."],
        "res": ["Utox positive for cannabinoids; serum EtOH negative. Lithium 0.8. TSH 2.1.",
                "EKG: NSR, QTc 442 ms."],
        "course": ["Admitted to the locked unit ({rm}) on a conditional voluntary. Paliperidone palmitate 234 mg IM "
                   "given hospital day 2 and 156 mg on day 8.",
                   "Safety: one PRN of olanzapine 10 mg IM on day 1; no seclusion or restraint thereafter.",
                   "Safety plan completed; the 988 Suicide & Crisis Lifeline was reviewed with the patient.",
                   "ECT: six treatments, seizure durations 38-52 seconds, MoCA 27/30 afterward."],
        "meds": ["Paliperidone palmitate 156 mg IM monthly", "Lithium carbonate ER 900 mg PO QHS",
                 "Sertraline 100 mg PO DAILY", "Prazosin 2 mg PO QHS", "Hydroxyzine 25 mg PO Q6H PRN anxiety"],
        "dispo": ["Home with partial hospital program", "Group home"],
        "dx": ["Schizoaffective disorder, bipolar type, manic", "Major depressive disorder, recurrent, severe",
               "Cannabis use disorder"],
        "instr": ["If you have thoughts of harming yourself, call or text 988, call 911, or go to the nearest "
                  "emergency room."],
        "fu": ["Partial hospital intake; psychopharmacology follow-up within 7 days."],
    },
    "sud": {
        "service": ["MEDICINE"],
        "cc": ["Opioid overdose", "Alcohol withdrawal", "Forearm abscess"],
        "proc": ["Incision and drainage of left forearm abscess", "None", "Transesophageal echocardiogram"],
        "hpi": ["{page} year old {pt} with severe opioid use disorder (injecting fentanyl, about 1 g/day) found "
                "down by a friend; received intranasal naloxone (Narcan) 4 mg x2 with improved respirations. Last "
                "use about 06:00 on the day of admission. COWS 4 on arrival.",
                "{page} year old {pt} with alcohol use disorder (1.5 L vodka daily), withdrawal seizures and prior "
                "DTs presenting with tremor and visual hallucinations 30 hours after the last drink. CIWA-Ar 22; "
                "serum EtOH 118."],
        "pmh": ["Opioid use disorder, severe", "Hepatitis C (genotype 1a), untreated",
                "MSSA tricuspid endocarditis ({yr})", "Alcohol-associated cirrhosis, Child-Pugh B, MELD 18",
                "Mallory-Weiss tear", "Wernicke encephalopathy ({yr})"],
        "soc": ["Unstably housed, staying with friends or in shelters.",
                "Started prescription opioids after a work injury in {yr}; now fentanyl.",
                "Prior Section 35 civil commitment.", "Longest sobriety 14 months on buprenorphine.",
                "Uses fentanyl test strips; occasionally shares equipment."],
        "fam": ["Brother died of an overdose.", "Father with alcohol use disorder."],
        "exam": ["Track marks in both antecubital fossae. 4 x 3 cm fluctuant area of the left forearm with "
                 "surrounding erythema. Tremulous, diaphoretic, oriented x3."],
        "res": ["Urine tox: + fentanyl, + norfentanyl, + cocaine metabolite, + benzodiazepines.",
                "HCV viral load 2.1 million IU/mL. HIV Ab negative. Blood cultures 2/2 MSSA.",
                "TTE: 1.4 cm mobile vegetation on the tricuspid valve, moderate TR."],
        "course": ["Started buprenorphine-naloxone (Suboxone) by low-dose initiation overlapping a full agonist; "
                   "peak COWS 6. Discharged on 16 mg-4 mg daily.",
                   "Phenobarbital load 10 mg/kg IBW then taper; CIWA < 8 after 48 hours. Thiamine 500 mg IV TID.",
                   "Harm reduction: naloxone kit and test strips provided; counseled never to use alone."],
        "meds": ["Buprenorphine-naloxone 8 mg-2 mg SL TID", "Naloxone 4 mg nasal spray PRN overdose",
                 "Cefazolin 2 g IV Q8H (last dose ___)", "Thiamine 100 mg PO DAILY", "Folic acid 1 mg PO DAILY",
                 "Naltrexone ER (Vivitrol) 380 mg IM every 4 weeks"],
        "dispo": ["Home", "Residential treatment program"],
        "dx": ["Opioid use disorder, severe", "Alcohol withdrawal with delirium", "MSSA bacteremia"],
        "instr": ["Never use alone; keep naloxone where others can find it. Call 911 for any overdose."],
        "fu": ["Bridge clinic within 3 days for buprenorphine continuation."],
    },
    "trauma": {
        "service": ["ACUTE CARE SURGERY", "TRAUMA SURGERY"],
        "cc": ["Motorcycle collision", "Fall from ladder", "Pedestrian struck", "Gunshot wound, left thigh"],
        "proc": ["Exploratory laparotomy, splenectomy", "None", "Intramedullary nail, left femur", "Left chest tube",
                 "Angioembolization of pelvic hemorrhage"],
        "hpi": ["{page} year old helmeted motorcyclist who collided with a car at about 45 mph. Per EMS run sheet: "
                "GCS 13 at scene (E3V4M6), BP 92/60, HR 128, ejected about 10 ft, extrication 20 minutes. Two "
                "large-bore IVs, 1 L LR en route. Level 1 activation. FAST positive in the LUQ.",
                "{page} year old {pt} who fell about 12 feet from a ladder while cleaning gutters. Positive LOC per "
                "bystanders; on apixaban (Eliquis) for atrial fibrillation. GCS 14 on arrival; C-collar in place.",
                "{page} year old pedestrian struck by a car at low speed. EMS run sheet: found ambulatory at scene, "
                "then syncopal; BP 104/70, HR 112, SpO2 95% RA, glucose 141. Backboard removed in trauma bay."],
        "pmh": ["Atrial fibrillation on apixaban", "Prior left ACL reconstruction", "Asthma"],
        "soc": ["Works as an electrician.", "Drinks 3-4 beers nightly.", "Lives with wife.",
                "Helmet use confirmed by EMS."],
        "fam": ["Noncontributory."],
        "exam": ["Glasgow Coma Scale 14 (E4V4M6). Primary survey: airway intact, bilateral breath sounds, "
                 "palpable distal pulses. Secondary: left "
                 "thigh deformity, flank abrasions, no seatbelt sign. Pelvis stable. Tertiary survey done HD2."],
        "res": ["CT head: 4 mm left frontal SDH. CT C-spine: no fracture. CT torso: grade IV splenic laceration "
                "with active extravasation, left 5th-8th rib fractures, small left PTX.",
                "Lactate 4.1 -> 1.3. EtOH 0. INR 1.1. TEG within normal limits."],
        "course": ["To the OR for exploratory laparotomy and splenectomy; 4 u pRBC and 2 FFP via massive "
                   "transfusion protocol. Post-splenectomy vaccines given before discharge.",
                   "Rib fractures: multimodal analgesia, incentive spirometry (goal 1,500 mL), serratus anterior "
                   "catheter by the acute pain service.",
                   "Repeat CT head stable at 6 hours; levetiracetam (Keppra) x7 days. Apixaban resumed day 5.",
                   "PT/OT cleared for home with services."],
        "meds": ["Oxycodone 5 mg PO Q4H PRN pain", "Acetaminophen 1000 mg PO Q8H", "Enoxaparin 40 mg SC Q12H",
                 "Levetiracetam 500 mg PO BID x 3 more days", "Senna 8.6 mg PO BID"],
        "dispo": ["Home With Service", "Extended Care (rehabilitation)"],
        "dx": ["Grade IV splenic laceration", "Traumatic subdural hematoma", "Left femoral shaft fracture",
               "Left rib fractures 5-8"],
        "instr": ["No driving while on narcotics. Weight bearing as tolerated on the left leg."],
        "fu": ["Acute care surgery clinic in 2 weeks; orthopaedics in 2 weeks with x-rays."],
    },
    "onc": {
        "service": ["HEMATOLOGY/ONCOLOGY", "MEDICINE"],
        "cc": ["Neutropenic fever", "Fevers after bispecific antibody dose", "Confusion, hypercalcemia"],
        "proc": ["Bone marrow biopsy", "Port placement", "Thoracentesis"],
        "hpi": ["{page} year old {pt} with metastatic pancreatic adenocarcinoma on FOLFIRINOX (C6D8) presenting "
                "with fever to 101.9 and ANC 120.",
                "{page} year old {pt} with relapsed DLBCL enrolled in a phase I bispecific antibody trial ({nct}) "
                "at an outside center, presenting with fever and hypotension 48 hours after a step-up dose, "
                "concerning for grade 2 cytokine release syndrome.",
                "{page} year old {pt} with ER+/HER2- breast cancer metastatic to bone on the {nct} study arm "
                "(ribociclib combination) presenting with calcium 13.2 and confusion."],
        "pmh": ["Stage IIIB Hodgkin lymphoma s/p ABVD ({yr})", "s/p Whipple procedure ({yr})",
                "Ewing sarcoma of the right femur in adolescence",
                "Li-Fraumeni syndrome (germline TP53)", "BRCA2 carrier", "Barrett esophagus",
                "HIV-associated Kaposi sarcoma, in remission", "Wilms tumor in childhood"],
        "soc": ["Retired bus mechanic.", "Former smoker, 30 pack-years, quit {yr}.", "Health care proxy: ___."],
        "fam": ["Mother with ovarian cancer at 52.", "Sister with breast cancer at 41."],
        "exam": ["Port site clean, no erythema. Mucositis grade 2. No focal neurologic deficits."],
        "res": ["Ca 13.2, albumin 3.1, PTH <6, PTHrP 5.8.", "CA 19-9 4,812; CEA 22.4.",
                "Ferritin 18,400; IL-6 212 pg/mL."],
        "course": ["Neutropenic fever: cefepime in the ED; blood cultures grew Streptococcus mitis. Filgrastim "
                   "given; counts recovered HD6.",
                   "CRS: tocilizumab 8 mg/kg x1 and dexamethasone 10 mg x2 per protocol; ICE score 10/10 "
                   "throughout (no ICANS). Study team notified; SAE reported within 24 hours.",
                   "Goals of care: wishes to continue treatment; full code. MOLST reviewed."],
        "meds": ["Ondansetron (Zofran) 8 mg PO Q8H PRN nausea", "Acyclovir 400 mg PO BID",
                 "Levofloxacin 500 mg PO DAILY", "Dexamethasone 4 mg PO DAILY", "Oxycodone ER 20 mg PO Q12H"],
        "dispo": ["Home With Service", "Home"],
        "dx": ["Neutropenic fever", "Cytokine release syndrome, grade 2", "Hypercalcemia of malignancy"],
        "instr": ["Check your temperature twice daily and call for 100.4 or higher."],
        "fu": ["Oncology clinic in 1 week; study visit per protocol calendar."],
    },
    "tx": {
        "service": ["TRANSPLANT SURGERY"],
        "cc": ["Deceased donor kidney offer", "Rising LFTs after liver transplant", "Fever after kidney transplant"],
        "proc": ["Deceased donor kidney transplant (right iliac fossa)", "Transplant liver biopsy",
                 "Transplant kidney biopsy"],
        "hpi": ["{page} year old {pt} with ESRD from IgA nephropathy on hemodialysis since {yr} (MWF, left "
                "brachiocephalic AVF) called in for a deceased donor kidney: KDPI 38%, cold ischemia 14 hours, "
                "CMV D+/R-, cPRA 12%, 0 DR mismatch.",
                "{page} year old {pt} now 3 months after orthotopic liver transplant (HCV/EtOH cirrhosis, MELD-Na 31 "
                "at transplant) with rising LFTs and a tacrolimus trough of 3.1."],
        "pmh": ["ESRD due to IgA nephropathy", "Secondary hyperparathyroidism", "Hepatitis B core Ab positive",
                "Prior failed transplant ({yr}) with graft nephrectomy"],
        "soc": ["Lives with husband; daughter is the backup caregiver required by the program.",
                "Never smoked; abstinent from alcohol since {yr}."],
        "fam": ["Sister with polycystic kidney disease."],
        "exam": ["Mildly cushingoid. Incision RLQ clean with staples. Graft non-tender. Foley in place; JP drain "
                 "serosanguinous."],
        "res": ["Tacrolimus 8.9. Creatinine 6.8 -> 1.9 by discharge.",
                "Transplant US with Doppler: RI 0.68-0.72, patent vessels, no hydronephrosis.",
                "Biopsy: Banff borderline changes, C4d negative."],
        "course": ["Induction: thymoglobulin 1.5 mg/kg x3 with methylprednisolone taper. Tacrolimus from POD1, goal "
                   "8-10; mycophenolate (CellCept) 1000 mg BID.",
                   "Delayed graft function requiring one HD session on POD2.",
                   "Ureteral stent to be removed by cystoscopy at 4-6 weeks.",
                   "Valganciclovir for CMV mismatch; TMP-SMX for PJP prophylaxis."],
        "meds": ["Tacrolimus 4 mg PO Q12H", "Mycophenolate mofetil 1000 mg PO BID", "Prednisone 20 mg PO DAILY",
                 "Valganciclovir 450 mg PO DAILY", "Sulfamethoxazole-trimethoprim SS 1 TAB PO DAILY"],
        "dispo": ["Home With Service"],
        "dx": ["ESRD s/p deceased donor kidney transplant", "Acute cellular rejection", "Delayed graft function"],
        "instr": ["Take tacrolimus at 8 AM and 8 PM; hold the morning dose on lab days until after the blood draw."],
        "fu": ["Transplant clinic labs twice weekly (Mon/Thu)."],
    },
    "renal": {
        "service": ["MEDICINE"],
        "cc": ["Hyperkalemia after missed dialysis", "Cloudy peritoneal dialysis effluent", "Clotted AV graft"],
        "proc": ["Hemodialysis", "None", "AV graft thrombectomy", "Tunneled dialysis catheter (right IJ)"],
        "hpi": ["{page} year old {pt} with ESRD from diabetic nephropathy on HD TTS via right upper arm AVG who "
                "missed two sessions because of transport problems and presents with weakness. K 7.1 with peaked "
                "T waves. Dry weight 78.5 kg; arrived at 84.2 kg.",
                "{page} year old {pt} on peritoneal dialysis (CCPD, 4 exchanges) with cloudy effluent and abdominal "
                "pain; effluent WBC 1,840 with 88% PMNs."],
        "pmh": ["ESRD on HD since {yr}", "Type 2 diabetes with retinopathy", "Calciphylaxis",
                "Anemia of CKD on Epogen", "Secondary hyperparathyroidism (PTH 1,140)"],
        "soc": ["Relies on the paratransit van, which has been unreliable.", "Lives with son; never smoked."],
        "fam": ["Mother on dialysis."],
        "exam": ["Right upper arm AVG without thrill or bruit. 2+ edema to knees. Crackles at both bases."],
        "res": ["K 7.1 -> 4.6 after HD. Phos 7.9. Ca 8.4. Hgb 8.9. Kt/V 1.28 last month.",
                "EKG: peaked T waves, QRS 104 ms, resolved after dialysis."],
        "course": ["Emergent HD with a 2K bath after calcium gluconate, insulin/dextrose and Lokelma in the ED.",
                   "IR thrombectomy and angioplasty of the venous anastomotic stenosis; thrill restored.",
                   "Social work arranged new paratransit eligibility; outpatient unit confirmed chair time.",
                   "Intraperitoneal vancomycin and ceftazidime per ISPD guidelines."],
        "meds": ["Sevelamer carbonate (Renvela) 1600 mg PO TID with meals", "Cinacalcet (Sensipar) 60 mg PO DAILY",
                 "Calcitriol 0.5 mcg PO 3x/week", "Nephrocaps 1 CAP PO DAILY", "Insulin glargine 14 units SC QHS"],
        "dispo": ["Home"],
        "dx": ["Hyperkalemia", "PD peritonitis", "ESRD on dialysis", "Thrombosed AV graft"],
        "instr": ["Do not miss dialysis. Limit fluids to 1 liter a day and avoid high-potassium foods."],
        "fu": ["Resume outpatient HD Tuesday/Thursday/Saturday, chair time 05:30."],
    },
    "peds": {
        "service": ["PEDIATRICS"],
        "cc": ["Asthma exacerbation", "New onset type 1 diabetes with DKA", "Fever and rash", "First seizure"],
        "proc": ["None", "None", "Echocardiogram"],
        "hpi": ["{page} year old {pt} with moderate persistent asthma and 2 days of cough and increased work of "
                "breathing after a URI; albuterol 5 mg x3 and dexamethasone in the ED. PRAM score 7.",
                "{page} year old {pt} with 3 weeks of polyuria, polydipsia and 4 kg weight loss presenting in DKA: "
                "pH 7.12, bicarbonate 8, glucose 512, beta-hydroxybutyrate 6.8.",
                "{page} year old {pt} with 6 days of fever, bilateral non-exudative conjunctivitis, strawberry "
                "tongue and a polymorphous rash; meets criteria for Kawasaki disease."],
        "pmh": ["Eczema", "Born at 36 weeks, NICU x5 days", "Immunizations up to date per mother",
                "ADHD on methylphenidate", "Autism spectrum disorder, verbal"],
        "soc": ["Lives with mother, maternal grandmother and two younger siblings; in 3rd grade.",
                "No smokers at home; one cat.", "Parents share custody; father has every other weekend."],
        "fam": ["Mother with asthma; father with type 1 diabetes."],
        "exam": ["Weight 27.4 kg (62nd percentile). Tanner stage I. Mild subcostal retractions, diffuse wheeze."],
        "res": ["Echo: LAD z-score +2.1, no aneurysm. ESR 78, CRP 11.2, albumin 2.9, platelets 612.",
                "EEG: generalized 3 Hz spike-and-wave."],
        "course": ["RESP: continuous albuterol weaned to q4h by HD2; 2 days of dexamethasone. Asthma action plan "
                   "reviewed with both parents.",
                   "ENDO: insulin infusion per two-bag protocol, then glargine and lispro. Diabetes teaching done; "
                   "school nurse letter provided.",
                   "CARDS: IVIG 2 g/kg and high-dose aspirin, afebrile within 36 hours."],
        "meds": ["Fluticasone HFA 110 mcg 2 puffs BID with spacer", "Albuterol HFA 4 puffs q4h PRN",
                 "Insulin glargine 9 units SC at 20:00", "Insulin lispro per carb ratio 1:20, correction 1:60 > 150",
                 "Aspirin 81 mg PO DAILY"],
        "dispo": ["Home"],
        "dx": ["Asthma exacerbation", "Type 1 diabetes mellitus with DKA", "Kawasaki disease"],
        "instr": ["Return for breathing hard, lips turning blue, or needing albuterol more than every 4 hours.",
                  "Keep all medicines locked up. Poison Control: 1-800-222-1222."],
        "fu": ["PCP in 2-3 days; pediatric endocrinology in 1 week."],
    },
    "vet": {
        "service": ["MEDICINE"],
        "cc": ["COPD exacerbation", "Chest pain", "Fall at home"],
        "proc": ["None", "Cardiac catheterization"],
        "hpi": ["{page} year old {pt}, Army veteran with two combat deployments, PTSD, mild TBI and burn pit "
                "exposure, with 3 days of worsening dyspnea. Uses 3 L home oxygen.",
                "{page} year old {pt}, Vietnam-era Marine with Agent Orange exposure, CAD s/p CABG in {yr}, "
                "presenting with exertional chest pressure relieved by nitroglycerin."],
        "pmh": ["PTSD, chronic", "Tinnitus, bilateral hearing loss", "COPD, GOLD 3", "CAD s/p CABG x3",
                "Prostate cancer s/p radiation"],
        "soc": ["Served in the Marine Corps as infantry; honorably discharged.",
                "70% service-connected disability for PTSD and tinnitus.", "Lives alone with a service dog.",
                "Former smoker, 45 pack-years."],
        "fam": ["Brother with CAD."],
        "exam": ["Distant breath sounds with diffuse wheeze. Sternotomy scar well healed."],
        "res": ["Troponin T <0.01 x2. BNP 212.", "Stress test: fixed inferior defect, no ischemia."],
        "course": ["COPD exacerbation: prednisone 40 mg x5 days, azithromycin, nebulizers.",
                   "PTSD: continued prazosin; psychology saw the patient on HD2.",
                   "Chest pain ruled out for ACS; stress test without ischemia."],
        "meds": ["Tiotropium 18 mcg inhaled DAILY", "Prazosin 3 mg PO QHS", "Atorvastatin 80 mg PO QHS",
                 "Aspirin 81 mg PO DAILY"],
        "dispo": ["Home"],
        "dx": ["COPD exacerbation", "Chest pain, ACS ruled out", "PTSD"],
        "instr": ["Use oxygen at 3 liters at all times. No smoking near oxygen."],
        "fu": ["Pulmonary clinic in 2 weeks."],
    },
    "jail": {
        "service": ["SURGERY", "MEDICINE"],
        "cc": ["Ingested foreign body", "Hunger strike", "Assault with facial fractures"],
        "proc": ["EGD with foreign body removal", "None", "ORIF left zygomaticomaxillary complex fracture"],
        "hpi": ["{page} year old {pt}, currently incarcerated, brought in by correctional officers after swallowing "
                "two razor blades and a AA battery. KUB showed the objects in the stomach.",
                "{page} year old {pt} in custody on day 19 of a hunger strike (water only), weight down 9 kg. "
                "Capacity to refuse feeding assessed by psychiatry.",
                "{page} year old {pt} in custody assaulted in the yard, with left orbital and ZMC fractures."],
        "pmh": ["Antisocial personality disorder", "Latent TB, treated", "Hepatitis C, cured with "
                "glecaprevir/pibrentasvir", "Prior foreign body ingestions x3"],
        "soc": ["Incarcerated for about 2 years; expected release date ___.",
                "Accompanied by two officers throughout; restraints per facility policy."],
        "fam": ["Unable to obtain."],
        "exam": ["Shackled at the ankles. Abdomen soft, non-tender. Left periorbital ecchymosis."],
        "res": ["KUB: two linear metallic densities and a cylindrical battery in the stomach.",
                "Refeeding labs: phos 1.9, K 3.2, Mg 1.5."],
        "course": ["GI retrieved both blades and the battery with an overtube; no mucosal injury.",
                   "Refeeding: slow advance at 10 kcal/kg/day with phosphorus repletion.",
                   "Medication list sent with officers for the facility clinician."],
        "meds": ["Pantoprazole 40 mg PO DAILY", "Thiamine 100 mg PO DAILY", "Acetaminophen 650 mg PO Q6H PRN"],
        "dispo": ["Discharged back to correctional facility"],
        "dx": ["Foreign body ingestion", "Refeeding risk", "Facial fractures"],
        "instr": ["Soft diet for one week. Facility clinician to check electrolytes in 48 hours."],
        "fu": ["Facial plastics clinic in 10 days (transport by facility)."],
    },
    "interp": {
        "service": ["MEDICINE"],
        "cc": ["Abdominal pain", "Uncontrolled diabetes", "Cough and night sweats"],
        "proc": ["ERCP with sphincterotomy", "None", "Bronchoscopy"],
        "hpi": ["History obtained through a Haitian Creole interpreter (phone, ID # ___). {page} year old {pt} with "
                "2 days of RUQ pain, fever and jaundice; Charcot triad present.",
                "{page} year old {pt}, monolingual Cape Verdean Creole speaker, history via in-person interpreter. "
                "New diagnosis of diabetes with A1c 13.1% and 10 kg weight loss.",
                "Visit conducted with a Dari video interpreter. {page} year old {pt} who arrived in the US 8 months "
                "ago with 6 weeks of cough, night sweats and hemoptysis; AFB smear positive."],
        "pmh": ["Latent TB, untreated", "Hepatitis B, e-antigen negative", "Type 2 diabetes, new",
                "Rheumatic heart disease with mitral stenosis"],
        "soc": ["Immigrated in {yr}; works as a home health aide.", "Limited English proficiency; reads Portuguese.",
                "Lives with sister's family in a two-family home."],
        "fam": ["Father with diabetes."],
        "exam": ["Scleral icterus. RUQ tenderness with positive Murphy sign."],
        "res": ["T bili 6.2, ALP 388, lipase 41. MRCP: CBD stone 9 mm.", "Quantiferon positive; sputum AFB 2+."],
        "course": ["ERCP with sphincterotomy and stone extraction; cholecystectomy planned as outpatient.",
                   "Teach-back with the interpreter confirmed understanding of insulin dosing.",
                   "Airborne isolation; RIPE therapy started; health department notified."],
        "meds": ["Insulin glargine 20 units SC QHS", "Metformin 500 mg PO BID", "Rifampin 600 mg PO DAILY"],
        "dispo": ["Home"],
        "dx": ["Ascending cholangitis", "Type 2 diabetes, uncontrolled", "Pulmonary tuberculosis"],
        "instr": ["Instructions reviewed with a certified interpreter; written copy in the preferred language."],
        "fu": ["Surgery clinic for cholecystectomy; PCP in 1 week with interpreter booked."],
    },
    "geri": {
        "service": ["MEDICINE", "ORTHOPAEDICS"],
        "cc": ["Fall with hip pain", "Confusion"],
        "proc": ["Left hip hemiarthroplasty", "None"],
        "hpi": ["{page} year old {pt} with dementia who fell at home and could not bear weight; left femoral neck "
                "fracture on x-ray. Baseline: ambulates with a walker, oriented to self.",
                "{page} year old {pt} brought in by family for 3 days of worsening confusion; CAM positive. "
                "Urinalysis with pyuria."],
        "pmh": ["Alzheimer dementia", "Osteoporosis", "Parkinson disease", "Atrial fibrillation", "CKD stage 3b"],
        "soc": ["Lives with daughter; uses a walker.", "Former seamstress.", "DNR/DNI per MOLST."],
        "fam": ["Noncontributory at this age."],
        "exam": ["Left leg shortened and externally rotated. CAM positive on admission, negative at discharge."],
        "res": ["Na 131, Cr 1.6 (baseline 1.3). UA 48 WBC, nitrite positive.", "Hip x-ray: displaced femoral neck."],
        "course": ["Hemiarthroplasty POD0; delirium managed without antipsychotics.",
                   "UTI treated with ceftriaxone, then cefpodoxime to complete 7 days.",
                   "Geriatrics consulted; Beers list medications stopped."],
        "meds": ["Acetaminophen 650 mg PO Q6H", "Apixaban 2.5 mg PO BID", "Carbidopa-levodopa 25-100 mg PO TID"],
        "dispo": ["Extended Care"],
        "dx": ["Left femoral neck fracture", "Delirium", "Urinary tract infection"],
        "instr": ["Weight bearing as tolerated with walker. Posterior hip precautions."],
        "fu": ["Orthopaedics in 2 weeks for staple removal."],
    },
}
_DS_WEIGHTS = {"ob": 10, "nicu": 7, "psych": 10, "sud": 10, "trauma": 10, "onc": 9, "tx": 8, "renal": 8,
               "peds": 9, "vet": 7, "jail": 6, "interp": 7, "geri": 7}

_ALLERGIES = ["Patient recorded as having No Known Allergies to Drugs", "Penicillins",
              "Sulfa (Sulfonamide Antibiotics)",
              "Codeine / lisinopril", "Iodinated Contrast Media - IV Dye", "latex"]

_TRANSITIONAL = [
    "Repeat CBC and chem-7 within 1 week of discharge.", "Code status: Full code (confirmed with patient).",
    "Emergency contact/HCP: ___ (___) ___", "Follow up pending blood cultures from {sd}.",
    "Consider outpatient sleep study; Epworth 14.", "Incidental 6 mm RUL nodule; Fleischner follow-up CT at 12 months.",
    "Weight at discharge 71.3 kg; diuretic adjustment if gain > 2 lb/day.", "Vaccines: PCV20 given; influenza due.",
    "Recheck QTc on current regimen (442 ms on {sd}).", "New medications: ___; stopped: ___.",
    "CIWA scale discontinued {sd}; last score 3.", "Outpatient labs: tacrolimus trough and BMP on Monday.",
]
_FU_BLOCK = ("Department: ___\nWhen: ___ at ___ AM\nWith: ___ [___]\nBuilding: ___ ___ ___\n"
             "Campus: ___     Best Parking: ___")


def _labs(ctx: _Ctx) -> list[str]:
    r = ctx.rng
    lines = []
    for _ in range(r.randint(2, 4)):
        t = r.choice(["05:40AM", "06:15AM", "07:02AM", "11:48PM", "04:30PM", "09:20PM"])
        lines.append(f"___ {t} BLOOD WBC-{r.uniform(2, 18):.1f} RBC-{r.uniform(2.8, 5.2):.2f} "
                     f"Hgb-{r.uniform(7, 15):.1f} Hct-{r.uniform(22, 45):.1f} MCV-{r.randint(78, 101)} "
                     f"RDW-{r.uniform(11.8, 17):.1f} Plt Ct-{r.randint(60, 480)}")
        lines.append(f"___ {t} BLOOD Glucose-{r.randint(68, 310)} UreaN-{r.randint(6, 88)} "
                     f"Creat-{r.uniform(0.5, 7.5):.1f} Na-{r.randint(128, 146)} K-{r.uniform(3.1, 6.4):.1f} "
                     f"Cl-{r.randint(94, 110)} HCO3-{r.randint(16, 30)} AnGap-{r.randint(8, 20)}")
    if r.random() < 0.5:
        lines.append(f"___ {r.choice(['06:15AM', '05:40AM'])} BLOOD ALT-{r.randint(8, 140)} "
                     f"AST-{r.randint(10, 160)} AlkPhos-{r.randint(40, 300)} TotBili-{r.uniform(0.2, 4):.1f}")
    if r.random() < 0.4:
        lines.append(f"ECG: sinus rhythm, rate {r.randint(58, 112)}, PR {r.randint(120, 210)} ms, "
                     f"QRS {r.randint(80, 128)} ms, QTc {r.randint(400, 510)} ms.")
    return lines


def _discharge(ctx: _Ctx, plants: list[tuple[str, str]], heavy: bool) -> str:
    r = ctx.rng
    sp = _DS[ctx.spec]
    by: dict[str, list[str]] = {}
    for sec, txt in plants:
        by.setdefault(sec, []).append(txt)
    hdr = {k: (by.pop(k)[0] if k in by else "___") for k in ("H_NAME", "H_UNIT", "H_DOB", "H_ATT")}
    if "H_AGE" in by:
        ctx.page = by.pop("H_AGE")[0]

    def pick(key: str, lo: int, hi: int) -> list[str]:
        pool = sp[key]
        return [_fill(ctx, x) for x in r.sample(pool, min(len(pool), r.randint(lo, hi)))]

    def mix(key: str, base: list[str]) -> list[str]:
        for txt in by.pop(key, []):
            base.insert(r.randint(0, len(base)), txt)
        return base

    jx = r.randrange(len(sp["hpi"]))  # pairs the complaint, history, procedure and first diagnosis
    hpi = [_fill(ctx, sp["hpi"][jx])]
    hpi.append(_fill(ctx, r.choice([
        "In the ED, initial vitals were T 98.9, HR 104, BP 142/88, RR 20, SpO2 96% RA.",
        "ED course notable for {m} and consultation with the ___ team.",
        "Review of systems otherwise negative in detail except as above.",
        "{Pr} denies chest pain, dyspnea, dysuria or melena."])))
    extra_hpi = by.pop("HPI", [])
    for txt in extra_hpi:
        j = r.randint(0, len(hpi) - 1)
        hpi[j] = hpi[j] + " " + txt
    adult = ctx.spec not in ("ob", "nicu", "peds")
    pmh = mix("PMH", pick("pmh", 2, 4) + (r.sample(_COMMON_PMH, r.randint(0, 2)) if adult else []))
    soc_lines = pick("soc", 2, 4)
    if r.random() < 0.35:
        soc_lines.insert(0, "___")
    if heavy:
        soc_lines += ["Lives with ___ in ___. Works at ___.", "Contact: ___ (___) ___"]
    soc = mix("SOC", soc_lines)
    fam = mix("FAM", pick("fam", 1, 1))
    vit = (f"VS: T {r.uniform(97, 101.5):.1f} BP {r.randint(96, 168)}/{r.randint(54, 98)} HR {r.randint(58, 124)} "
           f"RR {r.randint(12, 24)} O2 {r.randint(90, 100)}% {r.choice(['RA', '2L NC', 'CPAP'])}")
    exam = mix("EXAM", [vit] + pick("exam", 1, 1))
    res = mix("RES", ["ADMISSION LABS:"] + _labs(ctx) + pick("res", 1, 2))
    if r.random() < 0.4:
        res += ["DISCHARGE LABS:"] + _labs(ctx)
    course = pick("course", 2, 4)
    if heavy:
        course.append("Discussed with Dr. ___ of ___ on ___; records from ___ (___) reviewed with ___.")
    for txt in by.pop("COURSE", []):
        if course and r.random() < 0.5:
            j = r.randint(0, len(course) - 1)
            course[j] = course[j] + " " + txt
        else:
            course.insert(r.randint(0, len(course)), txt)
    if r.random() < 0.45:
        todo = r.sample(_TRANSITIONAL, r.randint(2, 4))
        course.append("TRANSITIONAL ISSUES:\n" + "\n".join(f"- [ ] {_fill(ctx, x)}" for x in todo))
    meds_adm = pick("meds", 1, 3)
    meds_dc = pick("meds", 3, 5)
    meds_note = by.pop("MEDS", [])
    dispo = by.pop("DISPO", []) or [r.choice(sp["dispo"])]
    dx = mix("DX", [sp["dx"][jx]] + [x for x in pick("dx", 0, 2) if x != sp["dx"][jx]])
    greet = "Dear Parents of ___," if ctx.spec in ("nicu", "peds") else f"Dear {'Ms.' if ctx.female else 'Mr.'} ___,"
    instr = [greet, "",
             "It was a pleasure taking care of you at ___. " + _fill(ctx, r.choice(sp["instr"]))]
    instr += by.pop("INSTR", [])
    instr.append("Sincerely,\nYour ___ Team")
    fu = [_fill(ctx, r.choice(sp["fu"]))]
    if heavy:
        fu += [_FU_BLOCK, _FU_BLOCK, _FU_BLOCK]
    elif r.random() < 0.4:
        fu.append(_FU_BLOCK)
    else:
        fu.insert(0, "___")
    fu = mix("FU", fu)
    sign = by.pop("SIGN", [])
    assert not by, by

    num = "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds_dc))
    parts = [
        f"Name:  {hdr['H_NAME']}                     Unit No:   {hdr['H_UNIT']}",
        "Admission Date:  ___              Discharge Date:   ___",
        f"Date of Birth:  {hdr['H_DOB']}             Sex:   {'F' if ctx.female else 'M'}",
        f"Service: {r.choice(sp['service'])}",
        f"Allergies: \n{r.choice(_ALLERGIES)}",
        f"Attending: {hdr['H_ATT']}.",
        f"Chief Complaint:\n{sp['cc'][jx]}",
        f"Major Surgical or Invasive Procedure:\n{sp['proc'][jx % len(sp['proc'])]}",
        "History of Present Illness:\n" + "\n\n".join(hpi),
        "Past Medical History:\n" + "\n".join(f"- {x}" for x in pmh),
        "Social History:\n" + "\n".join(soc) + "\nFamily History:\n" + "\n".join(fam),
        "Physical Exam:\nADMISSION EXAM:\n" + "\n".join(exam) + "\nDISCHARGE EXAM:\nAfebrile, stable; see above.",
        "Pertinent Results:\n" + "\n".join(res),
        "Brief Hospital Course:\n" + "\n\n".join(course),
        "Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n"
        + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds_adm)),
        "Discharge Medications:\n" + num + "".join("\n" + x for x in meds_note),
        "Discharge Disposition:\n" + "\n".join(dispo),
        "Facility:\n___" if "Extended" in dispo[0] or "rehab" in dispo[0] else "",
        "Discharge Diagnosis:\nPrimary:\n" + "\n".join(dx),
        "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: " + r.choice(["Ambulatory - Independent.", "Ambulatory - requires assistance or aid "
                                         "(walker or cane).", "Out of Bed with assistance to chair or wheelchair."]),
        "Discharge Instructions:\n" + "\n".join(instr),
        "Followup Instructions:\n" + "\n".join(fu),
    ]
    if sign:
        parts.append("                             " + sign[0])
    return " \n" + "\n \n".join(p for p in parts if p) + "\n"


# ---------------------------------------------------------------------------------------------------
# Radiology report types
# ---------------------------------------------------------------------------------------------------

_RAD: dict[str, dict[str, list[str]]] = {
    "nm_bone": {
        "exam": ["NM BONE SCAN WHOLE BODY"],
        "ind": ["{page} year old {pt} with prostate cancer, rising PSA (14.2). Evaluate for osseous metastases.",
                "{page} year old {pt} with breast cancer and new low back pain."],
        "tech": ["RADIOPHARMACEUTICAL DATA: 24.8 mCi Tc-99m MDP ({sd}). Whole body images in anterior and "
                 "posterior projections 3 hours after injection; SPECT-CT of the lumbar spine."],
        "comp": ["Bone scan ___ and CT abdomen/pelvis ___.", "None available."],
        "find": ["Multiple foci of intense uptake in the thoracic spine (T6, T9), left sacral ala and right "
                 "posterior 7th rib, new compared to prior. Physiologic renal and bladder activity.",
                 "Degenerative uptake in both knees and the first MTP joints. No suspicious osseous lesion."],
        "imp": ["New osseous metastases in the spine, sacrum and right rib.",
                "No scintigraphic evidence of osseous metastatic disease."],
    },
    "nm_pet": {
        "exam": ["PET-CT TUMOR IMAGING SKULL BASE TO MID THIGH", "Ga-68 DOTATATE PET-CT"],
        "ind": ["{page} year old {pt} with DLBCL on {nct}, interim restaging after 2 cycles.",
                "{page} year old {pt} with well-differentiated small bowel neuroendocrine tumor; restaging."],
        "tech": ["RADIOPHARMACEUTICAL DATA: 12.1 mCi F-18 FDG IV. Fasting glucose 96 mg/dL; uptake time 62 "
                 "minutes. Low-dose CT for attenuation correction and localization.",
                 "RADIOPHARMACEUTICAL DATA: 4.9 mCi Ga-68 DOTATATE IV; uptake 58 minutes."],
        "comp": ["PET-CT ___ (baseline).", "CT chest/abdomen/pelvis ___."],
        "find": ["Previously FDG-avid mediastinal and left supraclavicular nodes have resolved; residual 1.1 cm "
                 "node with SUVmax 2.3 (mediastinal blood pool 2.1, liver 2.8). Deauville 3.",
                 "Multiple DOTATATE-avid hepatic lesions, largest in segment 7 (SUVmax 38.4), and a mesenteric "
                 "mass with desmoplastic reaction."],
        "imp": ["Complete metabolic response (Deauville 3).", "Somatostatin receptor-avid hepatic metastases; "
                "candidate for Lu-177 DOTATATE therapy."],
    },
    "nm_vq": {
        "exam": ["NM LUNG VENTILATION AND PERFUSION"],
        "ind": ["{page} year old {pt} with pleuritic chest pain and elevated D-dimer; evaluate for PE.",
                "{page} year old {pt} with contrast allergy and dyspnea; rule out PE."],
        "tech": ["Ventilation with 29.4 mCi Xe-133 gas; perfusion with 4.1 mCi Tc-99m MAA in six projections.",
                 "Perfusion-only study with a reduced dose of 1.2 mCi Tc-99m MAA per low-dose protocol."],
        "comp": ["Chest radiograph ___."],
        "find": ["Two segmental mismatched perfusion defects in the right lower lobe with normal ventilation.",
                 "Homogeneous perfusion of both lungs without segmental defect."],
        "imp": ["High probability for pulmonary embolism (modified PIOPED II).", "Normal perfusion study."],
    },
    "nm_hida": {
        "exam": ["NM HEPATOBILIARY SCAN WITH CCK"],
        "ind": ["{page} year old {pt} with biliary colic and normal gallbladder ultrasound."],
        "tech": ["5.2 mCi Tc-99m mebrofenin IV. Sincalide 0.02 mcg/kg infused over 60 minutes."],
        "comp": ["RUQ ultrasound ___."],
        "find": ["Prompt hepatic uptake; gallbladder visualized at 25 minutes; bowel activity by 40 minutes. "
                 "Gallbladder ejection fraction 18% (normal > 38%). Pain reproduced during infusion."],
        "imp": ["Biliary dyskinesia with gallbladder ejection fraction 18%."],
    },
    "nm_thy": {
        "exam": ["NM THYROID UPTAKE AND SCAN"],
        "ind": ["{page} year old {pt} with suppressed TSH and elevated free T4; Graves disease versus toxic "
                "nodule, planning I-131 therapy."],
        "tech": ["I-123 capsule 296 microCi PO; uptake at 4 and 24 hours; pinhole images at 24 hours."],
        "comp": ["Thyroid ultrasound ___."],
        "find": ["4-hour uptake 31%, 24-hour uptake 58% (normal 10-30%). Diffusely increased homogeneous tracer "
                 "in an enlarged gland; pyramidal lobe visualized."],
        "imp": ["Findings compatible with Graves disease. Recommended I-131 dose 14.8 mCi."],
    },
    "nm_mibi": {
        "exam": ["MYOCARDIAL PERFUSION SPECT, PHARMACOLOGIC STRESS"],
        "ind": ["{page} year old {pt} with exertional dyspnea unable to exercise; evaluate for ischemia."],
        "tech": ["Rest 10.2 mCi and stress 31.6 mCi Tc-99m sestamibi. Regadenoson (Lexiscan) 0.4 mg IV. "
                 "Gated SPECT."],
        "comp": ["Echocardiogram ___."],
        "find": ["Moderate-size, moderate-severity reversible defect of the inferolateral wall. LVEF 48% at stress, "
                 "TID ratio 1.18. ECG: 1 mm horizontal ST depression in V5-V6 at peak."],
        "imp": ["Moderate reversible inferolateral ischemia (LCx territory)."],
    },
    "ir_y90": {
        "exam": ["Y-90 RADIOEMBOLIZATION (TheraSphere), RIGHT HEPATIC LOBE"],
        "ind": ["{page} year old {pt} with HCC (LI-RADS 5) in segments 6 and 7, BCLC B, after mapping angiogram."],
        "tech": ["OPERATORS: Dr. ___ (fellow) and Dr. ___ (attending). ANESTHESIA: Moderate sedation, 2 mg midazolam "
                 "and 100 mcg fentanyl over 48 minutes with an independent trained nurse monitoring. CONTRAST: 65 mL "
                 "Optiray 350. FLUOROSCOPY TIME AND DOSE: 14.2 min, 612 mGy."],
        "comp": ["Mapping angiogram with Tc-99m MAA ___: lung shunt fraction 6.2%."],
        "find": ["Right femoral access with micropuncture and Seldinger technique. Microcatheter advanced into the "
                 "right hepatic artery beyond the cystic artery origin. 2.7 GBq delivered. Angio-Seal closure."],
        "imp": ["Technically successful Y-90 radioembolization of the right hepatic lobe."],
    },
    "ir_tips": {
        "exam": ["TRANSJUGULAR INTRAHEPATIC PORTOSYSTEMIC SHUNT"],
        "ind": ["{page} year old {pt} with alcohol-associated cirrhosis (MELD 17) and refractory ascites."],
        "tech": ["General anesthesia by the anesthesia service. CONTRAST: 80 mL Visipaque 320. FLUOROSCOPY TIME "
                 "AND DOSE: 31 min, 1,420 mGy."],
        "comp": ["CT abdomen ___."],
        "find": ["Right IJ access under US. Portal vein accessed from the right hepatic vein. Pre-TIPS portosystemic "
                 "gradient 22 mmHg. 10 mm x 7/2 cm Viatorr stent graft deployed and dilated to 8 mm. Post-TIPS "
                 "gradient 8 mmHg."],
        "imp": ["Successful TIPS; gradient 22 -> 8 mmHg."],
    },
    "ir_port": {
        "exam": ["CHEST PORT PLACEMENT"],
        "ind": ["{page} year old {pt} starting FOLFOX; needs long-term access."],
        "tech": ["Moderate sedation with 1 mg midazolam and 50 mcg fentanyl for 25 minutes. FLUOROSCOPY: 0.6 min."],
        "comp": ["None."],
        "find": ["Right IJ access under US. Single-lumen 8 Fr power-injectable port placed in a right chest pocket; "
                 "catheter tip at the cavoatrial junction. Accessed with a 20 G Huber needle and flushed."],
        "imp": ["Successful right chest port placement, ready for use."],
    },
    "ir_neph": {
        "exam": ["PERCUTANEOUS NEPHROSTOMY, LEFT"],
        "ind": ["{page} year old {pt} with obstructing 9 mm left UVJ stone, fever and AKI."],
        "tech": ["Moderate sedation 1.5 mg midazolam, 75 mcg fentanyl. CONTRAST: 15 mL Omnipaque 300."],
        "comp": ["CT abdomen/pelvis without contrast ___."],
        "find": ["US-guided puncture of a lower pole posterior calyx. Purulent urine aspirated and sent for culture. "
                 "10 Fr locking pigtail nephrostomy placed to gravity bag."],
        "imp": ["Successful left PCN; purulent urine."],
    },
    "ir_ivc": {
        "exam": ["IVC FILTER RETRIEVAL"],
        "ind": ["{page} year old {pt} with prior trauma and filter placed for prophylaxis; now anticoagulated."],
        "tech": ["Moderate sedation. FLUOROSCOPY TIME AND DOSE: 4.8 min, 96 mGy."],
        "comp": ["Cavogram at placement ___."],
        "find": ["Right IJ access. Cavogram: no thrombus within the filter. Filter snared and removed through a "
                 "sheath without complication. Post-retrieval cavogram without extravasation."],
        "imp": ["Successful IVC filter retrieval."],
    },
    "ct_trauma": {
        "exam": ["CT TORSO WITH CONTRAST (TRAUMA)", "CT HEAD W/O CONTRAST"],
        "ind": ["{page} year old {pt} with high-speed MVC; evaluate for injury.",
                "{page} year old {pt} after fall down 14 stairs on anticoagulation."],
        "tech": ["DOSE: Acquisition sequence: 1) Spiral 5.1 s, 40.3 cm; CTDIvol = 12.1 mGy (Body) DLP = 487.3 "
                 "mGy-cm. Total DLP (Body) = 487 mGy-cm.", "Multidetector CT of the head without contrast. "
                 "DOSE: CTDIvol 48.9 mGy (Head), DLP 872.4 mGy-cm."],
        "comp": ["None.", "Outside CT ___ (images not available)."],
        "find": ["Grade III splenic laceration with small perisplenic hematoma; no active extravasation. Left 6th "
                 "and 7th rib fractures. No pneumothorax. Lumbar transverse process fractures L2-L3 on the left.",
                 "6 mm acute left convexity subdural hematoma without midline shift. Basal cisterns patent."],
        "imp": ["Grade III splenic laceration without active extravasation.", "Acute left subdural hematoma."],
    },
    "us_ob": {
        "exam": ["OB ULTRASOUND, SINGLETON, >14 WEEKS", "BIOPHYSICAL PROFILE"],
        "ind": ["{page} year old {gp} at {ga} weeks with chronic hypertension; growth and fluid.",
                "{page} year old {gp} at {ga} weeks with decreased fetal movement."],
        "tech": ["Transabdominal grayscale and Doppler imaging."],
        "comp": ["Anatomy survey at 20+1 weeks ___."],
        "find": ["Single live intrauterine gestation, cephalic. FHR 142 bpm. BPD 8.6 cm, HC 31.2 cm, AC 30.1 cm, "
                 "FL 6.7 cm. EFW 2,840 g (41st percentile, Hadlock). AFI 11.8 cm. Posterior placenta, no previa. "
                 "Umbilical artery S/D 2.6. BPP 8/8."],
        "imp": ["Appropriate interval growth; BPP 8/8."],
    },
    "us_tx": {
        "exam": ["RENAL TRANSPLANT U.S. WITH DOPPLER"],
        "ind": ["{page} year old {pt}, POD3 after deceased donor kidney transplant, with rising creatinine."],
        "tech": ["Grayscale and color Doppler of the right iliac fossa transplant kidney."],
        "comp": ["Intraoperative Doppler ___."],
        "find": ["Transplant kidney 11.8 cm. No hydronephrosis. Small 2.1 cm perinephric fluid collection. Main "
                 "renal artery peak systolic velocity 168 cm/s; intrarenal RI 0.72-0.81. Renal vein patent."],
        "imp": ["Mildly elevated resistive indices, nonspecific in the early postoperative period."],
    },
    "xr_peds": {
        "exam": ["CHEST (PA AND LAT)", "SKELETAL SURVEY"],
        "ind": ["{page} year old {pt} with fever and cough; evaluate for pneumonia.",
                "{page} month old with unexplained femur fracture; evaluate for additional injuries."],
        "tech": ["PA and lateral chest.", "Pediatric skeletal survey per ACR protocol (21 images)."],
        "comp": ["None."],
        "find": ["Right lower lobe opacity with air bronchograms. No effusion. Normal thymic contour.",
                 "Healing posterior left 5th and 6th rib fractures with callus. Classic metaphyseal lesion of the "
                 "distal right tibia. Left femoral shaft fracture as known."],
        "imp": ["Right lower lobe pneumonia.", "Multiple fractures of differing ages, highly suspicious for "
                "non-accidental trauma. Child protection team notified."],
    },
    "mr_brain": {
        "exam": ["MRI BRAIN WITH AND WITHOUT CONTRAST"],
        "ind": ["{page} year old {pt} with new seizure; evaluate for mass.",
                "{page} year old {pt} with known glioblastoma after chemoradiation; evaluate for progression."],
        "tech": ["Multiplanar multisequence MRI before and after 7 mL Gadavist. Perfusion imaging."],
        "comp": ["MRI brain ___."],
        "find": ["4.2 cm heterogeneously enhancing right temporal mass with central necrosis and surrounding FLAIR "
                 "signal; 5 mm leftward midline shift. Elevated relative CBV along the medial margin."],
        "imp": ["Enhancing necrotic right temporal mass with elevated perfusion, most consistent with high-grade "
                "glial neoplasm or progression of known disease."],
    },
    "cxr": {
        "exam": ["CHEST (PORTABLE AP)"],
        "ind": ["{page} year old {pt} with Swan-Ganz catheter placement; evaluate position.",
                "{page} year old {pt} intubated; Dobhoff placement."],
        "tech": ["Portable AP chest radiograph."],
        "comp": ["Chest radiograph {sd}.", "___"],
        "find": ["Swan-Ganz catheter tip in the right interlobar pulmonary artery. ET tube 4.2 cm above the carina. "
                 "Mild pulmonary vascular congestion. Small left effusion.",
                 "Dobhoff tube courses below the diaphragm, tip beyond the film. No pneumothorax."],
        "imp": ["Lines and tubes as above.", "Feeding tube tip in the stomach or beyond."],
    },
}
_RAD_EXTRA: dict[str, list[str]] = {
    "nm": ["Physiologic tracer distribution in the salivary glands, liver, spleen and bowel.",
           "Images were reviewed on a dedicated workstation with maximum-intensity projections.",
           "Patient weight 81.4 kg; injection site in the left antecubital vein without infiltration.",
           "No adverse reaction to the radiopharmaceutical. Patient was instructed on radiation precautions.",
           "Quantitative analysis performed; regions of interest drawn by the technologist and verified."],
    "ir": ["The patient tolerated the procedure well without immediate complication.",
           "Estimated blood loss minimal. Specimens: none.",
           "Time-out was performed confirming patient, procedure and site. Maximal sterile barrier technique used.",
           "I, the attending, was present and supervising for the critical portions of the procedure.",
           "Risks, benefits and alternatives were explained and written consent obtained from the patient."],
    "ct": ["The visualized lung bases are clear. No free air.", "No acute fracture of the thoracolumbar spine.",
           "Incidental 8 mm hypodensity in the left kidney, too small to characterize, likely a cyst.",
           "Mild atherosclerotic calcification of the abdominal aorta without aneurysm.",
           "The mastoid air cells and paranasal sinuses are clear."],
    "us": ["Cervical length 3.4 cm transabdominally.", "No adnexal mass seen.", "Bladder is decompressed.",
           "Color Doppler demonstrates normal arterial and venous waveforms."],
    "xr": ["Bones are normally mineralized for age.", "The cardiothymic silhouette is normal.",
           "Growth plates are normal in appearance.", "Bowel gas pattern is nonobstructive."],
    "mr": ["No restricted diffusion to suggest acute infarct.", "Flow voids are preserved.",
           "No susceptibility artifact to suggest hemorrhage.", "Orbits and visualized sinuses are unremarkable."],
    "cxr": ["Cardiomediastinal silhouette is stable.", "No focal consolidation.", "Right IJ line tip in the SVC.",
            "Degenerative changes of the thoracic spine."],
}
_RAD_REC = ["RECOMMENDATION(S):  Clinical correlation; follow-up imaging in 3 months.",
            "RECOMMENDATION(S):  Consider MRI for further characterization if clinically indicated.",
            "RECOMMENDATION(S):  None.", ""]
_RAD_WEIGHTS = {"nm_bone": 6, "nm_pet": 7, "nm_vq": 5, "nm_hida": 4, "nm_thy": 4, "nm_mibi": 5, "ir_y90": 5,
                "ir_tips": 4, "ir_port": 5, "ir_neph": 4, "ir_ivc": 4, "ct_trauma": 8, "us_ob": 6, "us_tx": 4,
                "xr_peds": 6, "mr_brain": 5, "cxr": 7}


def _radiology(ctx: _Ctx, plants: list[tuple[str, str]], heavy: bool) -> str:
    r = ctx.rng
    sp = _RAD[ctx.spec]
    by: dict[str, list[str]] = {}
    for sec, txt in plants:
        by.setdefault(sec, []).append(txt)
    if "H_AGE" in by:
        ctx.page = by.pop("H_AGE")[0]

    j = r.randrange(max(len(v) for v in sp.values()))

    def one(key: str) -> str:  # the same index across fields keeps exam, history, findings and impression paired
        return _fill(ctx, sp[key][j % len(sp[key])])

    def sec(key: str, base: str) -> str:
        extra = by.pop(key, [])
        return " ".join([base] + extra) if extra else base

    ind = sec("IND", one("ind"))
    tech = sec("TECH", one("tech"))
    comp_plants = [re.sub(r"^Comparison: ", "", x) for x in by.pop("COMP", [])]
    comp = " ".join(comp_plants) if comp_plants else one("comp")
    if heavy:
        comp += " Outside images from ___ ___ (MRN ___) dated ___ were reviewed; referring ___ ___, ___."
    extra = r.sample(_RAD_EXTRA[ctx.group], r.randint(2, 3))
    find = sec("FIND", one("find") + "\n \n" + " ".join(extra))
    imp = sec("IMP", one("imp"))
    parts = [f"EXAMINATION:  {one('exam')}", f"INDICATION:  {ind}", f"TECHNIQUE:  {tech}",
             f"COMPARISON:  {comp}", f"FINDINGS: \n \n{find}", f"IMPRESSION: \n \n{imp}"]
    rec = r.choice(_RAD_REC)
    if rec:
        parts.append(rec)
    notes = by.pop("NOTE", [])
    if heavy or r.random() < 0.25:
        notes.insert(0, "The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at "
                        f"{_time(r, None)}, 10 minutes after discovery of the findings.")
    if notes:
        parts.append("NOTIFICATION:  " + " ".join(notes))
    adds = by.pop("ADD", [])
    if heavy:
        adds.append("Per ___ (___) and Dr. ___, accession ___ was merged with ___.")
    if adds:
        parts.append("ADDENDUM:  " + " ".join(adds) + (f"\nElectronically signed by Dr. ___ on {_shift_date(r, None)}."
                                                       if r.random() < 0.5 else ""))
    assert not by, by
    return "\n \n".join(parts) + "\n"


# ---------------------------------------------------------------------------------------------------
# Note assembly
# ---------------------------------------------------------------------------------------------------

def _choose_plants(ctx: _Ctx, seed: int, i: int) -> list[tuple[str, str]]:
    r = ctx.rng
    kind = "D" if ctx.kind == "discharge" else "R"
    target = r.choice([1, 1, 2, 2, 2, 3, 3, 4, 4])
    chosen: list[tuple[str, str]] = []
    used_secs: set[str] = set()
    used_tpls: set[str] = set()
    total = 0
    cats = list(CATEGORIES)
    # the first two draws walk the category list (stride 7 is coprime with 20) so every category is planted
    # often enough; later draws are weighted at random
    strided = [cats[(i * 7 + seed * 3) % len(cats)], cats[(i * 7 + seed * 3 + 11) % len(cats)]]
    for attempt in range(30):
        if total >= target:
            break
        cat = strided[attempt] if attempt < 2 else r.choices(cats, weights=[_WEIGHTS[c] for c in cats])[0]
        rows = [row for row in _PLANTS if row[0] == cat and row[1] == kind and row[4] not in used_tpls
                and (not row[3] or ctx.spec in row[3] or ctx.group in row[3])
                and not (row[2].startswith("H_") and row[2] in used_secs)]
        if not rows:
            continue
        _c, _k, sec, _s, tpl = r.choice(rows)
        n_marks = sum(1 for name, _v in _SLOT_RE.findall(tpl) if name in _GEN)
        if total + n_marks > 4:
            continue
        chosen.append((sec, _fill(ctx, tpl, plant=True)))
        used_secs.add(sec)
        used_tpls.add(tpl)
        total += n_marks
    return chosen


def holdout9_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus ``seed``: deterministic in (seed, i) alone."""
    rng = random.Random(f"holdout9:{seed}:{i}")
    kind = "discharge" if rng.random() < 0.55 else "radiology"
    if kind == "discharge":
        spec = rng.choices(list(_DS_WEIGHTS), weights=list(_DS_WEIGHTS.values()))[0]
    else:
        spec = rng.choices(list(_RAD_WEIGHTS), weights=list(_RAD_WEIGHTS.values()))[0]
    u = rng.random()
    heavy = u < 0.05
    plant = 0.05 <= u < 0.625
    ctx = _Ctx(rng, kind, spec, plant)
    plants = _choose_plants(ctx, seed, i) if plant else []
    raw = _discharge(ctx, plants, heavy) if kind == "discharge" else _radiology(ctx, plants, heavy)
    text, spans = _unmark(raw)
    return LabelledNote(note_type=kind, text=text, spans=sorted(spans))


def holdout9_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """The first ``n_notes`` notes of corpus ``seed`` (prefix-stable)."""
    return [holdout9_note(seed, i) for i in range(n_notes)]


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout9_corpus, argv, __doc__.splitlines()[0])
    report("holdout9", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
