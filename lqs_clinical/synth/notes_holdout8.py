"""Hold-out corpus 8: MIMIC-IV-Note-shaped discharge summaries and radiology reports, with pasted nursing,
social-work, case-management, consult-letter, medication-reconciliation and outside-records text, in which
one to four identifiers per note escaped masking (labelled with their exact character spans).

Written blind: the author saw neither the detector's rules (``pii_rules/``, ``lqs_clinical.notes``), nor the
earlier hold-out corpora, nor their tests; only ``holdout_measure.py``, the ``LabelledNote`` dataclass and
``CATEGORIES``, a MIMIC-IV schema reference and fully masked note-shaped samples. Every surrogate value
(names, numbers, addresses, organisations) is invented; places are ordinary US towns, counties,
neighbourhoods, tribal lands and bases used only as surrogates.

About 55% of notes are discharge summaries and 45% radiology reports; about 5% are heavily masked with no
plants, about 58% carry plants and the rest are cleanly masked. Non-PHI distractors (eponyms, brands,
doses, scores, codes, MIMIC's shifted years 2100-2200, bare years, ages under 90, states, countries, room
numbers, NDC codes) are mixed in and never labelled. Deterministic from ``(seed, i)``.

Measure with::

    python -m lqs_clinical.synth.notes_holdout8 --seed 1 --n 600 --ner
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# ---------------------------------------------------------------------------------------------------------
# Span markup: templates write _p(CAT, value); _render strips the markers and records the spans.

_OPEN, _MID, _CLOSE = "\x01", "\x02", "\x03"
T = TypeVar("T")


def _p(cat: str, value: str) -> str:
    if cat not in CATEGORIES:
        raise ValueError(cat)
    return f"{_OPEN}{cat}{_MID}{value}{_CLOSE}"


def _render(markup: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = i = 0
    while True:
        j = markup.find(_OPEN, i)
        if j < 0:
            out.append(markup[i:])
            break
        out.append(markup[i:j])
        pos += j - i
        k = markup.index(_MID, j)
        e = markup.index(_CLOSE, k)
        cat, val = markup[j + 1:k], markup[k + 1:e]
        out.append(val)
        spans.append((pos, pos + len(val), cat))
        pos += len(val)
        i = e + 1
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------------------
# Surrogate pools (all invented combinations).

_FIRST = (
    "Ingrid", "Tavita", "Oluwaseun", "Marisol", "Dmitri", "Siobhan", "Keanu", "Thuy", "Rajesh", "Wanjiru",
    "Bartholomew", "Xiomara", "Ahanu", "Leilani", "Yusuf", "Bogdan", "Priya", "Esperanza", "Tadeo", "Chidinma",
    "Hyun-woo", "Mei-Ling", "Ngozi", "Anneliese", "Kwabena", "Ximena", "Tomasz", "Fatima", "Declan", "Shoshana",
    "Dolores", "Cornelius", "Jolene", "Ezekiel", "Lakeisha", "Darnell", "Wendell", "Roxanne", "Ikaika",
    "Nizhoni", "Oksana", "Grigor", "Haruto", "Sunita", "Lorenzo", "Amaru", "Zainab", "Tou", "Pa Nhia", "Faith",
    "Summer", "Dale", "Hope", "Bud", "Marguerite", "Delphine", "Rosalind", "Thaddeus", "Eunice", "Vernell",
)
_LAST = (
    "Halvorsen", "Okonkwo", "Tsosie", "Begay", "Nakamura-Reyes", "Villanueva", "Abernathy", "Kowalczyk",
    "Oyelaran", "Thibodeaux", "Chaudhry", "Bautista", "Yellowhorse", "Kealoha", "Szymanski", "O'Donoghue",
    "de la Rosa", "Van Wyk", "Lindqvist", "Achterberg", "Ramaswamy", "Haddad", "Al-Amin", "Petrosyan",
    "Castellanos", "Boudreaux", "Whitehorse", "Kapoor", "Ferreira", "Delacroix", "Mwangi", "Eze",
    "Hollingsworth", "Quattlebaum", "Pennington", "Strand", "Arceneaux", "Takahashi", "Zielinski", "Gallardo",
    "Runningwater", "Moua", "Xiong", "Vang", "Bishop", "Price", "Young", "Mason", "Rich", "Dinh", "Fairweather",
    "McAllister-Obi", "Grzelak", "Espinoza-Tapia", "Nwachukwu", "Sandoval", "Kuykendall", "Two Bulls",
)
_VIET = ("Nguyen Thi Thuy", "Tran Van Minh", "Pham Quoc Bao", "Le Thi Hoa", "Dinh Van Long")
_HMONG = ("Tou Xiong", "Pa Nhia Vang", "Kou Moua", "Mai Yer Lee", "Chue Thao")

_TOWNS = (
    ("Ponca City", "OK"), ("Kotzebue", "AK"), ("Bemidji", "MN"), ("Hatteras", "NC"), ("Tuba City", "AZ"),
    ("Chinle", "AZ"), ("Lame Deer", "MT"), ("Hibbing", "MN"), ("Yakima", "WA"), ("Nogales", "AZ"),
    ("Eagle Pass", "TX"), ("Presque Isle", "ME"), ("Moab", "UT"), ("Hilo", "HI"), ("Bethel", "AK"),
    ("Laredo", "TX"), ("Joplin", "MO"), ("Muskogee", "OK"), ("Lumberton", "NC"), ("Big Stone Gap", "VA"),
    ("Walla Walla", "WA"), ("Ottumwa", "IA"), ("Gallup", "NM"), ("Minot", "ND"), ("Houma", "LA"),
    ("Bluefield", "WV"), ("Klamath Falls", "OR"), ("Rhinelander", "WI"), ("Elko", "NV"), ("Dodge City", "KS"),
    ("Thief River Falls", "MN"), ("Marfa", "TX"), ("Opelousas", "LA"), ("Kingman", "AZ"), ("St. Johnsbury", "VT"),
)
_COUNTIES = ("Harlan County", "Robeson County", "Pocahontas County", "McDowell County", "Apache County",
             "Cass County", "Aroostook County", "Oglala Lakota County", "Starr County", "Lincoln Parish")
_NEIGHBORHOODS = ("Lower Ninth Ward", "Little Haiti", "Ironbound", "Bed-Stuy", "Pilsen", "Over-the-Rhine",
                  "Little Saigon", "Five Points", "Frogtown", "Kalihi", "Boyle Heights", "Fishtown")
_TRIBAL = ("Rosebud Reservation", "Wind River Reservation", "Gila River Indian Community", "Navajo Nation",
           "Pine Ridge Reservation", "Tohono O'odham Nation", "Flathead Reservation", "Red Lake Reservation")
_BASES = ("Fort Drum", "Camp Lejeune", "Joint Base Lewis-McChord", "Minot AFB", "Fort Riley", "Fort Bliss",
          "Naval Air Station Whidbey Island", "Schofield Barracks")
_PLACES = ("Riverside Trailer Park", "Cedar Terrace Apartments", "Hillcrest Motel", "Lake Sakakawea",
           "Maplewood Mall", "Pinecrest campground", "Greenway Park", "Tumbleweed RV Park")
_STATES = ("Ohio", "Georgia", "Nebraska", "Oregon", "Louisiana", "Vermont", "New Mexico", "Kentucky", "Utah")
_COUNTRIES = ("Guatemala", "the Philippines", "Vietnam", "Somalia", "Ukraine", "Haiti", "India", "Laos")

_HOSPITALS = ("St. Brendan Regional Medical Center", "Sequoia Valley Community Hospital", "Mercy Hospital of Ottumwa",
              "Prairie Lakes Health", "Kotzebue Regional Clinic", "Chinle Comprehensive Health Care Facility",
              "Bayou Teche General", "Red Mesa Indian Health Center", "Upper Valley Memorial",
              "Cumberland Gap Regional", "Holy Name Medical Center of Laredo")
_CLINICS = ("Mesa Verde Urgent Care", "Lakeshore Cardiology Associates", "Northland Family Medicine",
            "Riverbend Pulmonary & Sleep", "Desert Sage Dialysis", "Kalihi-Palama Health Center",
            "Three Rivers FQHC", "Pinnacle Orthopedics of Joplin")
_AGENCIES = ("Tri-County Home Health", "VNA of the Upper Valley", "Caring Hands Home Care",
             "Bluebonnet Hospice", "Sunrise Home Infusion", "Heartland Visiting Nurses")
_FACILITIES = ("Holy Cross Skilled Nursing & Rehab", "Cedar Hollow Group Home", "Willowbrook Manor",
               "Good Samaritan Society - Bemidji", "Maple Ridge Assisted Living", "Pine Haven Care Center")
_PHARMACIES = ("Kessler Family Pharmacy", "Lakeside Drug", "Walgreens", "Hometown Apothecary",
               "Gila River Health Care Pharmacy", "Medicine Shoppe of Minot")
_EMPLOYERS = ("Harlan Poultry", "Dakota Plains Ag Co-op", "Walmart", "Tyson",
              "Boudreaux Marine Services", "Klamath Basin Lumber", "Union Pacific", "Ponca City Public Schools")
_SCHOOLS = ("Navarro College", "Roosevelt Middle School", "Dine College", "Lumberton Senior High",
            "Northwest Technical College")
_CHURCHES = ("Good Shepherd Lutheran Church", "St. Casimir Parish", "Masjid Al-Noor", "Greater Mt. Zion AME",
             "Iglesia Pentecostal Fuente de Vida", "Wat Lao Buddharam")
_PROGRAMS = ("Molina Care Connections", "CareSource Care Management", "Hope Haven Women's Shelter",
             "Salvation Army Harbor Light", "Catholic Charities of Aroostook", "Area Agency on Aging Region 4")
_STREETS = ("Old Mill Rd", "W Ridgecrest Blvd", "Jefferson St", "County Road KK", "Bayou Blue Rd",
            "Kamehameha Hwy", "E Pawnee Ave", "Sagebrush Ln", "Magnolia Ct", "N 17th St", "Tamarack Dr",
            "Cherokee Trail", "Rue Royale")
_AREAS = ("218", "320", "406", "479", "505", "605", "701", "715", "808", "907", "918", "928", "304", "276",
          "252", "910", "337", "985", "559", "541", "509", "208", "435", "575", "580", "806", "956", "802")
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "frontiernet.net", "gci.net",
            "hawaiiantel.net", "protonmail.com")
_ORG_DOMAINS = ("stbrendanrmc.org", "sequoiavalleyhealth.org", "lakeshorecardio.com", "northlandfm.org",
                "tricountyhh.com", "prairielakes.org", "redmesaihc.org")
_MON = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_TENS = ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
         "ninety-seven", "ninety-eight", "ninety-nine", "one hundred")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


_ACTIVITY = ("Ambulatory - Independent", "Ambulatory - requires assistance or aid (walker or cane)",
             "Out of Bed with assistance to chair or wheelchair")


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-").replace("'", "")


def _ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


class _G:
    """Random helpers and surrogate-value generators for one note."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, xs: Sequence[T]) -> T:
        return self.r.choice(xs)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, n: int) -> str:
        return str(self.num(1, 9)) + "".join(str(self.num(0, 9)) for _ in range(n - 1))

    def letters(self, n: int) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    # --- people
    def first(self) -> str:
        return self.pick(_FIRST)

    def last(self) -> str:
        return self.pick(_LAST)

    def full(self) -> str:
        k = self.num(0, 9)
        if k == 0:
            return self.pick(_VIET + _HMONG)
        if k == 1:
            return f"{self.first()} {self.letters(1)}. {self.last()}"
        if k == 2:
            return f"{self.first()[0]}. {self.last()}"
        return f"{self.first()} {self.last()}"

    def sex(self) -> tuple[str, str, str]:
        return self.pick((("F", "woman", "Ms."), ("M", "man", "Mr."), ("F", "female", "Mrs."), ("M", "male", "Mr.")))

    # --- places
    def town(self) -> tuple[str, str]:
        return self.pick(_TOWNS)

    def zip5(self) -> str:
        return f"{self.num(10, 99)}{self.num(0, 9)}{self.num(0, 9)}{self.num(1, 9)}"

    def zip(self) -> str:
        z = self.zip5()
        return f"{z}-{self.num(1000, 9899)}" if self.chance(0.3) else z

    def street(self) -> str:
        k = self.num(0, 9)
        if k == 0:
            return f"PO Box {self.num(12, 2990)}"
        if k == 1:
            return f"Rural Route {self.num(1, 6)}, Box {self.num(3, 220)}"
        if k == 2:
            return f"N{self.num(1200, 9800)} County Road {self.pick(('KK', 'M', 'Q', 'DD'))}"
        if k == 3:
            return f"HC {self.num(31, 88)} Box {self.num(100, 4999)}"
        if k == 4:
            return f"{self.num(100, 9999)} 1/2 {self.pick(_STREETS)}"
        apt = self.pick(("", "", f" Apt {self.num(1, 30)}{self.pick('ABCD')}", f" Unit {self.num(2, 60)}",
                         f", Trlr {self.num(2, 80)}"))
        return f"{self.num(12, 24999)} {self.pick(_STREETS)}{apt}"

    # --- numbers
    def phone(self) -> str:
        a, e, n = self.pick(_AREAS), str(self.num(212, 989)), f"{self.num(0, 9999):04d}"
        if e == "555":
            e = "556"
        return self.pick((f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"{a}{e}{n}",
                          f"1-{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}/{e}-{n}", f"({a}){e}-{n}"))

    def pager(self) -> str:
        return self.pick((str(self.num(10000, 99999)), f"{self.num(1, 9)}-{self.num(1000, 9999)}",
                          f"{self.pick(_AREAS)}-{self.num(212, 989)}-{self.num(0, 9999):04d}",
                          str(self.num(1000, 9999))))

    def email(self) -> str:
        f, l_ = self.first().lower().replace(" ", ""), self.last().lower().replace(" ", "").replace("'", "")
        user = self.pick((f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}{self.num(2, 99)}", f"{f}_{l_[:4]}{self.num(60, 99)}",
                          f"{f}{l_[0]}.rn"))
        return f"{user}@{self.pick(_DOMAINS + _ORG_DOMAINS)}"

    def ip(self) -> str:
        if self.chance(0.2):
            return f"fd{self.num(16, 255):02x}:{self.num(4096, 65535):x}:{self.num(256, 65535):x}::{self.num(1, 255):x}"
        return self.pick((f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(2, 254)}",
                          f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(2, 254)}",
                          f"192.168.{self.num(0, 255)}.{self.num(2, 254)}",
                          f"{self.num(64, 203)}.{self.num(1, 254)}.{self.num(0, 255)}.{self.num(2, 254)}"))

    def ssn(self) -> str:
        a, b, c = f"{self.num(1, 665):03d}", f"{self.num(1, 99):02d}", f"{self.num(1, 9999):04d}"
        return self.pick((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}"))

    def mrn(self) -> str:
        return self.pick((self.digits(7), f"0{self.digits(7)}", f"{self.letters(1)}{self.digits(7)}",
                          f"{self.digits(2)}-{self.digits(2)}-{self.digits(4)}", f"{self.letters(2)}-{self.digits(7)}",
                          f"00{self.digits(6)}"))

    def account(self) -> str:
        return self.pick((self.digits(11), f"{self.digits(4)}-{self.digits(3)}-{self.digits(2)}",
                          f"V{self.num(0, 9)}{self.digits(6)}", f"E{self.digits(11)}", self.digits(9), self.digits(10)))

    def mbi(self) -> str:
        L = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{self.num(1, 9)}{self.pick(L)}{self.pick(L + '0123456789')}{self.num(0, 9)}-{self.pick(L)}"
                f"{self.pick(L + '0123456789')}{self.num(0, 9)}-{self.pick(L)}{self.pick(L)}{self.num(0, 9)}"
                f"{self.num(0, 9)}")

    def member(self) -> str:
        return self.pick((f"{self.letters(3)}{self.digits(9)}", f"{self.letters(2)}{self.digits(8)}{self.letters(1)}",
                          f"{self.digits(9)}{self.pick('ABCD')}", f"{self.digits(7)}-{self.num(1, 9):02d}",
                          f"A{self.digits(8)}", f"W{self.digits(9)}", f"{self.digits(8)}{self.letters(1)}"))

    def dea(self) -> str:
        return f"{self.pick('ABFM')}{self.letters(1)}{self.digits(7)}"

    def npi(self) -> str:
        return f"1{self.digits(9)}"

    def plate(self) -> str:
        return self.pick((f"{self.num(1, 9)}{self.letters(3)}{self.num(100, 999)}",
                          f"{self.letters(3)}-{self.num(1000, 9999)}",
                          f"{self.letters(3)} {self.num(100, 999)}", f"{self.num(100, 999)} {self.letters(3)}",
                          f"{self.letters(2)}{self.num(10, 99)}{self.letters(2)}"))

    def vin(self) -> str:
        body = "".join(self.pick(_VIN_CHARS) for _ in range(7))
        return f"{self.num(1, 5)}{self.pick('FGHTN')}{self.letters(1)}{body}{self.num(0, 9)}" + self.digits(6)

    def serial(self) -> str:
        return self.pick((f"{self.letters(3)}{self.digits(6)}{self.letters(1)}", self.digits(11),
                          f"{self.letters(2)}{self.digits(7)}{self.letters(1)}",
                          f"{self.digits(2)}-{self.digits(5)}-{self.digits(2)}",
                          f"{self.digits(4)}{self.letters(1)}{self.digits(4)}"))

    # --- dates and ages
    def date(self, lo: int = 1998, hi: int = 2024, month_only_ok: bool = True) -> str:
        y, m, d = self.num(lo, hi), self.num(1, 12), self.num(1, 28)
        styles = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                  f"{_MON[m]} {d}, {y}", f"{_MONTH[m]} {d}, {y}", f"{d} {_MONTH[m]} {y}", f"{d:02d}-{_MON[m]}-{y}",
                  f"{_MONTH[m]} {_ordinal(d)}, {y}", f"{m:02d}.{d:02d}.{y}", f"{y}{m:02d}{d:02d}",
                  f"{_ordinal(d)} of {_MONTH[m]} {y}", f"{m}-{d}-{y}"]
        if month_only_ok:
            styles += [f"{m}/{y}", f"{_MONTH[m]} {y}", f"{_MON[m]} '{y % 100:02d}", f"{_MON[m]}-{y}"]
        return self.pick(styles)

    def age(self) -> str:
        a = self.num(90, 104)
        if a <= 100 and self.chance(0.2):
            return _TENS[a - 90]
        return str(a)

    # --- organisations
    def org(self, kind: str) -> str:
        return self.pick({"hosp": _HOSPITALS, "clinic": _CLINICS, "agency": _AGENCIES, "facility": _FACILITIES,
                          "pharmacy": _PHARMACIES, "employer": _EMPLOYERS, "school": _SCHOOLS,
                          "church": _CHURCHES, "program": _PROGRAMS}[kind])

    def place(self) -> str:
        return self.pick((self.town()[0], self.town()[0], self.pick(_COUNTIES), self.pick(_NEIGHBORHOODS),
                          self.pick(_TRIBAL), self.pick(_BASES)))


P = _p


# ---------------------------------------------------------------------------------------------------------
# Plant templates: (category, note kinds "D"/"R", slot, markup builder). Header slots ("hdr_*", "r_hdr",
# "greeting", "signoff") replace a field; every other slot is a line inserted into that section.

def _addr(g: _G) -> str:
    town, st = g.town()
    return f"{P('STREET_ADDRESS', g.street())}, {P('LOCATION', town)}, {st} {P('ZIP', g.zip())}"


def _addr_plain_zip(g: _G) -> str:
    town, st = g.town()
    return f"{P('LOCATION', town)}, {st} {P('ZIP', g.zip())}"


def _provider_block(g: _G, cat: str) -> str:
    both = g.chance(0.5)
    ph = P("PHONE", g.phone()) if cat == "PHONE" or both else "___"
    fx = P("FAX", g.phone()) if cat == "FAX" or both else "___"
    return f"Department: ___\nWhen: ___ at 10:40 AM\nWith: ___, MD\nPhone: {ph}\nFax: {fx}"


def _outside_signature(g: _G) -> str:
    return f"Interpreted by ___, MD (state license {P('LICENSE', g.pick(('MD', 'DO', '')) + g.digits(5))})"


def _intl(g: _G) -> str:
    cc = g.pick(("63", "84", "509", "252", "380", "91"))
    return f"+{cc} {g.num(200, 989)} {g.num(100, 989)} {g.num(1000, 9999)}"


def _kin_url(g: _G) -> str:
    return g.pick(("www.kinshipnavigator-", "apply.", "benefits.")) + g.pick(("nm", "ok", "nd", "wv")) + "helps.org"


def _transmitter(g: _G) -> str:
    return g.digits(1) + g.letters(2) + g.digits(1) + g.letters(2)


Plant = tuple[str, str, str, Callable[[_G], str]]

_PLANTS: list[Plant] = [
    # PHONE
    ("PHONE", "D", "social", lambda g: f"Lives with her daughter {P('PERSON', g.first())}, who can be reached on her "
                                       f"cell at {P('PHONE', g.phone())} and is the primary contact."),
    ("PHONE", "D", "social", lambda g: f"Emergency contact: wife ___ (home {P('PHONE', g.phone())})."),
    ("PHONE", "D", "sw", lambda g: f"SW left VM for pt's brother at {P('PHONE', g.phone())}; awaiting call back."),
    ("PHONE", "D", "cm", lambda g: f"HCP: ___ (niece)  h: {P('PHONE', g.phone())} / c: {P('PHONE', g.phone())}"),
    ("PHONE", "D", "followup", lambda g: _provider_block(g, "PHONE")),
    ("PHONE", "D", "nursing", lambda g: f"2215 - husband called for update, info given per pt's wishes. Best # for "
                                        f"him is {P('PHONE', g.phone())}."),
    ("PHONE", "D", "instructions", lambda g: f"Your visiting nurse can be reached at "
                                             f"{P('PHONE', g.phone() + ' ext. ' + str(g.num(200, 499)))}."),
    ("PHONE", "D", "hpi", lambda g: f"History obtained partly from her son by phone ({P('PHONE', g.phone())})."),
    ("PHONE", "D", "family", lambda g: f"Mother lives in {g.pick(_COUNTRIES)}; family keeps in touch on WhatsApp at "
                                       f"{P('PHONE', _intl(g))}."),
    ("PHONE", "D", "consult", lambda g: f"Please do not hesitate to contact me directly at {P('PHONE', g.phone())}."),
    ("PHONE", "D", "outside", lambda g: f"Records received from ___ urgent care (ph {P('PHONE', g.phone())})."),
    ("PHONE", "D", "medrec", lambda g: f"Source: pt's pharmacy ___, ph {P('PHONE', g.phone())}; fill history "
                                       f"reviewed."),
    ("PHONE", "D", "family", lambda g: f"Pt's aunt (legal guardian) can be reached at {P('PHONE', g.phone())}."),
    ("PHONE", "R", "r_notify", lambda g: f"Findings communicated to the covering provider, ___, at "
                                         f"{P('PHONE', g.phone())} at {g.num(1, 11)}:{g.num(10, 59)} PM."),
    ("PHONE", "R", "r_footer", lambda g: f"Callback number provided by ordering clinic: {P('PHONE', g.phone())}."),
    ("PHONE", "R", "r_indication", lambda g: f"Pt's daughter requests results; contact {P('PHONE', g.phone())}."),
    # FAX
    ("FAX", "D", "cm", lambda g: f"Referral packet faxed to {P('ORGANIZATION', g.org('agency'))} at "
                                 f"{P('FAX', g.phone())}; confirmation received."),
    ("FAX", "D", "followup", lambda g: _provider_block(g, "FAX")),
    ("FAX", "D", "outside", lambda g: f"OSH records (faxed from {P('FAX', g.phone())}, 23 pages) reviewed."),
    ("FAX", "D", "consult", lambda g: f"cc: PCP office via fax {P('FAX', g.phone())}"),
    ("FAX", "D", "medrec", lambda g: f"New prescriptions e-faxed to pharmacy (F: {P('FAX', g.phone())})."),
    ("FAX", "D", "sw", lambda g: f"FMLA paperwork faxed to employer HR at {P('FAX', g.phone())} per pt request."),
    ("FAX", "R", "r_footer", lambda g: f"Copy of report faxed to referring office at {P('FAX', g.phone())}."),
    ("FAX", "R", "r_notify", lambda g: f"Preliminary read faxed to the outside facility ({P('FAX', g.phone())}) at "
                                       f"{g.num(1, 4)}:{g.num(10, 59)} am."),
    ("FAX", "D", "dispo", lambda g: f"Discharge summary and med list faxed to the facility at {P('FAX', g.phone())}."),
    ("FAX", "R", "r_comparison", lambda g: f"Outside images requested by fax ({P('FAX', g.phone())}); not yet "
                                           f"received."),
    # PAGER
    ("PAGER", "R", "r_notify", lambda g: f"The findings were discussed with Dr. ___ (pager {P('PAGER', g.pager())}) by "
                                         f"telephone at {g.num(1, 11)}:{g.num(10, 59)} pm, {g.num(5, 40)} minutes "
                                         f"after discovery."),
    ("PAGER", "R", "r_notify", lambda g: f"Dr. ___ was paged at #{P('PAGER', g.pager())} and the results were "
                                         "read back."),
    ("PAGER", "R", "r_notify", lambda g: f"Critical result: covering resident paged (pgr {P('PAGER', g.pager())}), "
                                         "acknowledged at 02:14."),
    ("PAGER", "D", "course", lambda g: f"Please page the ortho resident on call "
                                       f"(p{P('PAGER', str(g.num(10000, 99999)))}) "
                                       "with any wound concerns prior to follow up."),
    ("PAGER", "D", "consult", lambda g: f"Pager: {P('PAGER', g.pager())}"),
    ("PAGER", "D", "followup", lambda g: f"Transplant coordinator beeper {P('PAGER', g.pager())}, available 24/7."),
    ("PAGER", "D", "nursing", lambda g: f"0340 covering intern paged (pgr {P('PAGER', g.pager())}) re: SBP 84, "
                                        "500 mL LR bolus ordered."),
    ("PAGER", "D", "cm", lambda g: f"CM on call beeper {P('PAGER', g.pager())} for weekend discharges."),
    # EMAIL
    ("EMAIL", "D", "social", lambda g: f"Daughter prefers to be contacted by e-mail ({P('EMAIL', g.email())})."),
    ("EMAIL", "D", "cm", lambda g: f"Discharge paperwork emailed to {P('EMAIL', g.email())} per family request."),
    ("EMAIL", "D", "consult", lambda g: f"Email: {P('EMAIL', g.email())}"),
    ("EMAIL", "D", "followup", lambda g: f"Send home BP and glucose logs weekly to {P('EMAIL', g.email())}."),
    ("EMAIL", "D", "instructions", lambda g: f"You may e-mail your nurse navigator at {P('EMAIL', g.email())}."),
    ("EMAIL", "D", "sw", lambda g: f"Guardian ad litem contact: "
                                   f"{P('EMAIL', g.last().lower().replace(' ', '') + ' [at] ' + g.pick(_DOMAINS))}"),
    ("EMAIL", "R", "r_footer", lambda g: f"Report distribution: {P('EMAIL', g.email())}"),
    ("EMAIL", "R", "r_notify", lambda g: f"Results also sent by secure e-mail to {P('EMAIL', g.email())}."),
    # URL
    ("URL", "D", "instructions", lambda g: f"You can view your results online at "
                                           f"{P('URL', 'https://mychart.' + g.pick(_ORG_DOMAINS) + '/MyChart')}."),
    ("URL", "D", "followup", lambda g: f"Video visit link: {P('URL', 'https://zoom.us/j/' + g.digits(11))}"),
    ("URL", "D", "cm", lambda g: f"Application for kinship support submitted via {P('URL', _kin_url(g))}."),
    ("URL", "D", "sw", lambda g: f"Family started a fundraiser "
                                 f"({P('URL', 'gofundme.com/f/help-' + _slug(g.first()) + '-recover')})."),
    ("URL", "D", "outside", lambda g: f"Outside notes printed from {P('URL', 'portal.' + g.pick(_ORG_DOMAINS))}."),
    ("URL", "D", "social", lambda g: f"Runs a small woodworking business online "
                                     f"({P('URL', _slug(g.last()) + 'woodcraft.com')})."),
    ("URL", "R", "r_footer", lambda g: f"Key images: "
                                       f"{P('URL', f'https://pacs.{g.pick(_ORG_DOMAINS)}/viewer?acc={g.digits(8)}')}"),
    ("URL", "R", "r_technique", lambda g: f"Outside images imported from {P('URL', 'share.' + g.pick(_ORG_DOMAINS))} "
                                          "and reformatted."),
    # IP_ADDRESS
    ("IP_ADDRESS", "R", "r_technique", lambda g: f"Outside study imported from DICOM node {P('IP_ADDRESS', g.ip())}."),
    ("IP_ADDRESS", "R", "r_footer", lambda g: f"Reading workstation: {P('IP_ADDRESS', g.ip())}"),
    ("IP_ADDRESS", "R", "r_comparison", lambda g: f"Prior study retrieved from remote archive "
                                                  f"({P('IP_ADDRESS', g.ip())})."),
    ("IP_ADDRESS", "R", "r_notify", lambda g: f"Result pushed to ED tracking board (host {P('IP_ADDRESS', g.ip())})."),
    ("IP_ADDRESS", "D", "outside", lambda g: f"Records retrieved through HIE gateway {P('IP_ADDRESS', g.ip())}."),
    ("IP_ADDRESS", "D", "course", lambda g: f"Remote monitoring base station re-registered (IP "
                                            f"{P('IP_ADDRESS', g.ip())})."),
    # SSN
    ("SSN", "D", "cm", lambda g: f"SSN {P('SSN', g.ssn())} (verified with pt) given to the Medicaid eligibility "
                                 f"worker."),
    ("SSN", "D", "sw", lambda g: f"SSDI application started today, SS# {P('SSN', g.ssn())}."),
    ("SSN", "D", "hdr_extra", lambda g: f"SSN:  {P('SSN', g.ssn())}"),
    ("SSN", "D", "outside", lambda g: f"OSH face sheet lists social {P('SSN', g.ssn())} and an old address."),
    ("SSN", "D", "nursing", lambda g: f"soc sec # {P('SSN', g.ssn())} obtained from pt for registration."),
    ("SSN", "R", "r_hdr", lambda g: f"Patient ID: {P('SSN', g.ssn())}"),
    # MRN
    ("MRN", "D", "hdr_unit", lambda g: P("MRN", g.mrn())),
    ("MRN", "D", "outside", lambda g: f"OSH MRN: {P('MRN', g.mrn())}"),
    ("MRN", "D", "consult_head", lambda g: f"Re: ___ (MR# {P('MRN', g.mrn())})"),
    ("MRN", "D", "course", lambda g: f"Records under her old hospital number {P('MRN', g.mrn())} were merged by HIM."),
    ("MRN", "D", "sw", lambda g: f"Pt known to this writer from prior admission (unit #{P('MRN', g.mrn())})."),
    ("MRN", "R", "r_hdr", lambda g: f"MRN: {P('MRN', g.mrn())}      Acc: ___"),
    ("MRN", "R", "r_comparison", lambda g: f"Outside CTA, loaded under medical record number {P('MRN', g.mrn())}."),
    # ACCOUNT
    ("ACCOUNT", "D", "cm", lambda g: f"Acct #: {P('ACCOUNT', g.account())}"),
    ("ACCOUNT", "D", "cm", lambda g: f"Billing account {P('ACCOUNT', g.account())} flagged for financial counseling."),
    ("ACCOUNT", "D", "outside", lambda g: f"OSH encounter no. {P('ACCOUNT', g.account())}"),
    ("ACCOUNT", "D", "sw", lambda g: f"Financial counselor referral placed, HAR {P('ACCOUNT', g.digits(8))}."),
    ("ACCOUNT", "D", "hdr_extra", lambda g: f"CSN:  {P('ACCOUNT', g.digits(10))}"),
    ("ACCOUNT", "R", "r_hdr", lambda g: f"Accession: ___   Encounter #: {P('ACCOUNT', g.account())}"),
    ("ACCOUNT", "R", "r_footer", lambda g: f"Visit ID {P('ACCOUNT', g.account())}"),
    # HEALTH_PLAN
    ("HEALTH_PLAN", "D", "cm", lambda g: f"Insurance: Medicaid, ID {P('HEALTH_PLAN', g.member())}"),
    ("HEALTH_PLAN", "D", "cm", lambda g: f"Medicare Beneficiary Identifier {P('HEALTH_PLAN', g.mbi())}"),
    ("HEALTH_PLAN", "D", "cm", lambda g: f"Primary: ___ PPO, member ID {P('HEALTH_PLAN', g.member())}, group "
                                         f"{P('HEALTH_PLAN', g.digits(5) + '-' + g.letters(1))}"),
    ("HEALTH_PLAN", "D", "sw", lambda g: f"Pt's AHCCCS ID {P('HEALTH_PLAN', 'A' + g.digits(8))} is active through "
                                         f"___."),
    ("HEALTH_PLAN", "D", "outside", lambda g: f"Face sheet: Medicare HICN "
                                              f"{P('HEALTH_PLAN', g.digits(9) + g.pick('ABD'))}"),
    ("HEALTH_PLAN", "D", "dispo", lambda g: f"SNF authorization obtained under policy no. "
                                            f"{P('HEALTH_PLAN', g.member())}."),
    ("HEALTH_PLAN", "D", "medrec", lambda g: f"Rx benefit: BIN 610014  PCN ___  Member {P('HEALTH_PLAN', g.member())}"),
    ("HEALTH_PLAN", "R", "r_hdr", lambda g: f"Insurance ID: {P('HEALTH_PLAN', g.member())}"),
    # LICENSE
    ("LICENSE", "D", "meds", lambda g: f"Prescriber: ___, MD   DEA# {P('LICENSE', g.dea())}   NPI "
                                       f"{P('LICENSE', g.npi())}"),
    ("LICENSE", "D", "consult", lambda g: f"NPI {P('LICENSE', g.npi())}"),
    ("LICENSE", "D", "social", lambda g: f"Drives a school bus (CDL # {P('LICENSE', g.digits(8))}); counseled not "
                                         f"to drive "
                                         "for 6 months after a seizure."),
    ("LICENSE", "D", "sw", lambda g: f"Identity verified with pt's driver's license "
                                     f"{P('LICENSE', f'{g.letters(1)}{g.digits(3)}-{g.digits(4)}-{g.digits(4)}')}."),
    ("LICENSE", "D", "footer", lambda g: f"Electronically signed by ___, RN, license "
                                         f"{P('LICENSE', 'RN' + g.digits(7))}"),
    ("LICENSE", "D", "outside", _outside_signature),
    ("LICENSE", "D", "nursing", lambda g: f"Pt is an LPN; states her nursing license ({P('LICENSE', g.digits(6))}) is "
                                          "under board review."),
    ("LICENSE", "R", "r_footer", lambda g: f"Dictating radiologist NPI {P('LICENSE', g.npi())}"),
    # ZIP
    ("ZIP", "D", "social", lambda g: f"Lives alone in a rural area (zip {P('ZIP', g.zip())}), 40 minutes from the "
                                     "nearest pharmacy."),
    ("ZIP", "D", "cm", lambda g: f"No agency currently staffs zip code {P('ZIP', g.zip5())}; will continue to call."),
    ("ZIP", "D", "sw", lambda g: f"Eligible for county paratransit: {_addr_plain_zip(g)}."),
    ("ZIP", "R", "r_hdr", lambda g: f"Pt home ZIP: {P('ZIP', g.zip5())}   Outside images: yes"),
    # STREET_ADDRESS
    ("STREET_ADDRESS", "D", "cm", lambda g: f"Discharge address: {_addr(g)}"),
    ("STREET_ADDRESS", "D", "social", lambda g: f"Lives at {P('STREET_ADDRESS', g.street())} with two roommates."),
    ("STREET_ADDRESS", "D", "sw", lambda g: f"New mailing address: "
                                            f"{P('STREET_ADDRESS', 'PO Box ' + str(g.num(10, 3999)))}, "
                                            f"{P('LOCATION', g.town()[0])}"),
    ("STREET_ADDRESS", "D", "hpi", lambda g: f"Found down by a neighbor at her home on "
                                             f"{P('STREET_ADDRESS', g.pick(_STREETS))} "
                                             "after not answering the door."),
    ("STREET_ADDRESS", "D", "dispo", lambda g: f"Going to sister's home, {P('STREET_ADDRESS', g.street())}."),
    ("STREET_ADDRESS", "D", "outside", lambda g: f"Address on file: {_addr(g)}"),
    ("STREET_ADDRESS", "D", "nursing", lambda g: f"EMS picked pt up at "
                                                 f"{P('STREET_ADDRESS', f'{g.num(100, 9000)} {g.pick(_STREETS)}')}, "
                                                 "family at bedside."),
    # DATE_REAL_YEAR
    ("DATE_REAL_YEAR", "D", "hpi", lambda g: f"She was seen at an outside ED on "
                                             f"{P('DATE_REAL_YEAR', g.date(2015, 2024, False))} "
                                             "for similar symptoms."),
    ("DATE_REAL_YEAR", "D", "pmh", lambda g: f"- Colonoscopy {P('DATE_REAL_YEAR', g.date(2008, 2023))}: two "
                                             f"tubular adenomas"),
    ("DATE_REAL_YEAR", "D", "pmh", lambda g: f"- CABG x3 ({P('DATE_REAL_YEAR', g.date(1995, 2020))}, LIMA-LAD)"),
    ("DATE_REAL_YEAR", "D", "outside", lambda g: f"Outside discharge summary dated "
                                                 f"{P('DATE_REAL_YEAR', g.date(2012, 2024, False))}."),
    ("DATE_REAL_YEAR", "D", "hdr_dob", lambda g: P("DATE_REAL_YEAR", g.date(1922, 1975, False))),
    ("DATE_REAL_YEAR", "D", "hdr_adm", lambda g: P("DATE_REAL_YEAR", g.date(2010, 2024, False))),
    ("DATE_REAL_YEAR", "D", "meds", lambda g: f"Immunizations: Tdap {P('DATE_REAL_YEAR', g.date(2014, 2023))}, "
                                              "PCV20 given this admission."),
    ("DATE_REAL_YEAR", "D", "course", lambda g: f"Her last TTE ({P('DATE_REAL_YEAR', g.date(2016, 2024))}) showed "
                                                f"an EF of 35%."),
    ("DATE_REAL_YEAR", "D", "social", lambda g: f"Quit smoking on "
                                                f"{P('DATE_REAL_YEAR', g.date(1990, 2022, False))} after "
                                                "40 pack-years."),
    ("DATE_REAL_YEAR", "D", "family", lambda g: f"Father passed away {P('DATE_REAL_YEAR', g.date(1985, 2023))} of "
                                                "metastatic prostate cancer."),
    ("DATE_REAL_YEAR", "D", "consult_date", lambda g: P("DATE_REAL_YEAR", g.date(2015, 2024, False))),
    ("DATE_REAL_YEAR", "D", "nursing", lambda g: f"Per pt, last dose of apixaban was "
                                                 f"{P('DATE_REAL_YEAR', g.date(2018, 2024, False))} "
                                                 "in the evening."),
    ("DATE_REAL_YEAR", "D", "followup", lambda g: f"Appointment confirmed for "
                                                  f"{P('DATE_REAL_YEAR', g.date(2024, 2026, False))} "
                                                  "at 9:15 AM."),
    ("DATE_REAL_YEAR", "D", "sw", lambda g: f"Court date for guardianship hearing is "
                                            f"{P('DATE_REAL_YEAR', g.date(2019, 2025, False))}."),
    ("DATE_REAL_YEAR", "R", "r_comparison", lambda g: f"Outside CT abdomen/pelvis dated "
                                                      f"{P('DATE_REAL_YEAR', g.date(2012, 2024, False))}."),
    ("DATE_REAL_YEAR", "R", "r_indication", lambda g: f"hx of SAH on {P('DATE_REAL_YEAR', g.date(2005, 2023))}, "
                                                      f"now with "
                                                      "new headache"),
    ("DATE_REAL_YEAR", "R", "r_impression", lambda g: f"Unchanged compared with the outside MRI of "
                                                      f"{P('DATE_REAL_YEAR', g.date(2010, 2024, False))}."),
    ("DATE_REAL_YEAR", "R", "r_hdr", lambda g: f"DOB: {P('DATE_REAL_YEAR', g.date(1925, 1990, False))}"),
    # AGE_OVER_89
    ("AGE_OVER_89", "D", "hpi_open", lambda g: f"is a {P('AGE_OVER_89', g.age())} year old"),
    ("AGE_OVER_89", "D", "social", lambda g: f"Lives with her husband, who is {P('AGE_OVER_89', g.age())} and "
                                             f"still drives."),
    ("AGE_OVER_89", "D", "family", lambda g: f"Mother alive at {P('AGE_OVER_89', g.age())} with dementia."),
    ("AGE_OVER_89", "D", "course", lambda g: f"Given her age ({P('AGE_OVER_89', str(g.num(90, 104)))}) and stated "
                                             f"goals, "
                                             "surgery was deferred."),
    ("AGE_OVER_89", "D", "cm", lambda g: f"Pt is {P('AGE_OVER_89', str(g.num(90, 103)))} and lives alone with no "
                                         f"services."),
    ("AGE_OVER_89", "D", "nursing", lambda g: f"{P('AGE_OVER_89', str(g.num(90, 101)))}F, A&Ox2, pleasant, HOH."),
    ("AGE_OVER_89", "D", "consult_body", lambda g: f"Thank you for referring this pleasant "
                                                   f"{P('AGE_OVER_89', g.pick(_TENS))}"
                                              "-year-old gentleman."),
    ("AGE_OVER_89", "R", "r_indication_age", lambda g: f"{P('AGE_OVER_89', str(g.num(90, 104)))} year old "
                                                       f"{g.pick(('woman', 'man', 'female'))}"),
    ("AGE_OVER_89", "R", "r_indication_age", lambda g: f"{P('AGE_OVER_89', str(g.num(90, 102)))}{g.pick('MF')}"),
    ("AGE_OVER_89", "R", "r_indication", lambda g: f"pt is {P('AGE_OVER_89', g.age())}, on warfarin"),
    # DEVICE_ID
    ("DEVICE_ID", "D", "pmh", lambda g: f"- s/p dual-chamber PPM (Medtronic Azure XT DR MRI, serial "
                                        f"{P('DEVICE_ID', g.serial())}) "
                                        "for sick sinus syndrome"),
    ("DEVICE_ID", "D", "meds", lambda g: f"Insulin pump: Tandem t:slim X2, serial # {P('DEVICE_ID', g.serial())}"),
    ("DEVICE_ID", "D", "course", lambda g: f"Home CPAP (ResMed AirSense 10, S/N {P('DEVICE_ID', g.digits(11))}) "
                                           f"was brought in."),
    ("DEVICE_ID", "D", "dispo", lambda g: f"Home O2 concentrator SN {P('DEVICE_ID', g.serial())} verified by DME."),
    ("DEVICE_ID", "D", "outside", lambda g: f"Dexcom G6 transmitter ID {P('DEVICE_ID', _transmitter(g))}"),
    ("DEVICE_ID", "D", "cm", lambda g: f"Loaner wheelchair (ser. {P('DEVICE_ID', g.serial())}) issued by PT."),
    ("DEVICE_ID", "D", "course", lambda g: f"VNS generator model 106, serial {P('DEVICE_ID', g.digits(5))}, "
                                           f"interrogated by "
                                           "neurology."),
    ("DEVICE_ID", "R", "r_technique", lambda g: f"MR-conditional pacemaker (device SN "
                                                f"{P('DEVICE_ID', g.serial())}) placed in "
                                                "MRI mode by EP before the scan."),
    ("DEVICE_ID", "R", "r_indication", lambda g: f"cochlear implant, serial {P('DEVICE_ID', g.serial())}, magnet "
                                                 f"removed"),
    ("DEVICE_ID", "R", "r_findings", lambda g: f"Left chest wall ICD (per implant card, S/N "
                                               f"{P('DEVICE_ID', g.serial())}) "
                                               "with leads in the right atrium and ventricle."),
    # VEHICLE_ID
    ("VEHICLE_ID", "D", "hpi", lambda g: f"Restrained driver of a pickup (plate {P('VEHICLE_ID', g.plate())}) that was "
                                         "T-boned at about 40 mph."),
    ("VEHICLE_ID", "D", "sw", lambda g: f"Pt's car (plate {P('VEHICLE_ID', g.plate())}) was towed from the ED lot; son "
                                        "notified."),
    ("VEHICLE_ID", "D", "cm", lambda g: f"Pt has been sleeping in his 2009 Silverado, {g.pick(_STATES)} tag "
                                        f"{P('VEHICLE_ID', g.plate())}."),
    ("VEHICLE_ID", "D", "nursing", lambda g: f"Valuables: keys, wallet. Tow slip lists VIN "
                                             f"{P('VEHICLE_ID', g.vin())}."),
    ("VEHICLE_ID", "D", "hpi", lambda g: f"Police report (vehicle VIN {P('VEHICLE_ID', g.vin())}) notes airbag "
                                         f"deployment."),
    ("VEHICLE_ID", "D", "social", lambda g: f"Long-haul trucker; rig tag {P('VEHICLE_ID', g.plate())} left at the "
                                            f"truck stop."),
    ("VEHICLE_ID", "D", "dispo", lambda g: f"Parking voucher issued for license plate {P('VEHICLE_ID', g.plate())}."),
    # PERSON
    ("PERSON", "D", "hdr_attending", lambda g: f"{P('PERSON', g.full())}, MD"),
    ("PERSON", "D", "hpi", lambda g: f"She saw her PCP, Dr. {P('PERSON', g.last())}, three days ago and was started on "
                                     "amoxicillin."),
    ("PERSON", "D", "social", lambda g: f"Lives with her partner, {P('PERSON', g.first())}, who is very involved."),
    ("PERSON", "D", "sw", lambda g: f"Writer met with pt and her daughter {P('PERSON', g.full())} at bedside."),
    ("PERSON", "D", "course", lambda g: f"Goals of care discussed with {P('PERSON', g.full())} from palliative care."),
    ("PERSON", "D", "greeting", lambda g: f"Dear {g.pick(('Ms.', 'Mr.', 'Mrs.'))} {P('PERSON', g.last())},"),
    ("PERSON", "D", "signoff", lambda g: f"{P('PERSON', g.full())}, NP, for the Hospital Medicine team"),
    ("PERSON", "D", "nursing", lambda g: f"pt's son {P('PERSON', g.first().lower())} at bedside overnight, updated."),
    ("PERSON", "D", "family", lambda g: f"Brother {P('PERSON', g.first())} has ESRD on HD."),
    ("PERSON", "D", "cm", lambda g: f"Spoke with {P('PERSON', g.full())}, RN, intake coordinator at "
                                    f"{P('ORGANIZATION', g.org('agency'))}."),
    ("PERSON", "D", "social", lambda g: f"Spiritual support from {g.pick(('Fr.', 'Pastor', 'Imam', 'Rabbi'))} "
                                        f"{P('PERSON', g.full())}."),
    ("PERSON", "D", "dispo", lambda g: f"Discharged to the care of her granddaughter, {P('PERSON', g.full())}."),
    ("PERSON", "D", "medrec", lambda g: f"History obtained from pt's wife {P('PERSON', g.first())} and pharmacy "
                                        f"fill data."),
    ("PERSON", "D", "followup", lambda g: f"Dr. {P('PERSON', g.full())} (cardiology) in 2 weeks."),
    ("PERSON", "D", "consult_greet", lambda g: f"Dear Dr. {P('PERSON', g.last())},"),
    ("PERSON", "D", "hpi", lambda g: f"Per EMS, she was found by her neighbor {P('PERSON', g.pick(_VIET + _HMONG))}."),
    ("PERSON", "D", "course", lambda g: f"d/w ortho ({P('PERSON', g.last())}), no operative intervention."),
    ("PERSON", "R", "r_notify", lambda g: f"The findings were discussed with Dr. {P('PERSON', g.last())} by "
                                          f"telephone at "
                                          f"{g.num(1, 11)}:{g.num(10, 59)} pm."),
    ("PERSON", "R", "r_footer", lambda g: f"Dictated by: {P('PERSON', g.last() + ', ' + g.first())}"),
    ("PERSON", "R", "r_notify", lambda g: f"Findings relayed to {P('PERSON', g.first() + ' ' + g.last())}, NP, who "
                                          "acknowledged."),
    ("PERSON", "R", "r_indication", lambda g: f"per Dr. {P('PERSON', g.last())}, eval for abscess"),
    ("PERSON", "R", "r_footer", lambda g: f"I, {P('PERSON', g.full())}, MD, have reviewed the images and agree."),
    # LOCATION
    ("LOCATION", "D", "social", lambda g: f"Lives in {P('LOCATION', g.town()[0])} with her husband."),
    ("LOCATION", "D", "hpi", lambda g: f"Initially presented to a clinic in {P('LOCATION', g.town()[0])} and was "
                                       "transferred for higher level of care."),
    ("LOCATION", "D", "social", lambda g: f"Originally from {P('LOCATION', g.town()[0])}, {g.pick(_STATES)}; moved "
                                          f"here in {g.num(1995, 2021)}."),
    ("LOCATION", "D", "social", lambda g: f"Lives on the {P('LOCATION', g.pick(_TRIBAL))} with extended family."),
    ("LOCATION", "D", "social", lambda g: f"Active duty Army, stationed at {P('LOCATION', g.pick(_BASES))}."),
    ("LOCATION", "D", "sw", lambda g: f"Pt currently homeless, staying at {P('LOCATION', g.pick(_PLACES))}."),
    ("LOCATION", "D", "cm", lambda g: f"No home health agencies cover {P('LOCATION', g.pick(_COUNTIES))}; family "
                                      "will provide care."),
    ("LOCATION", "D", "hpi", lambda g: f"Fell while hiking near {P('LOCATION', g.town()[0])} two days ago."),
    ("LOCATION", "D", "social", lambda g: f"Grew up in the {P('LOCATION', g.pick(_NEIGHBORHOODS))}."),
    ("LOCATION", "D", "outside", lambda g: f"Records from the hospital in {P('LOCATION', g.town()[0])} reviewed."),
    ("LOCATION", "R", "r_indication", lambda g: f"transfer from {P('LOCATION', g.town()[0])}"),
    ("LOCATION", "R", "r_comparison", lambda g: f"Outside CT performed in {P('LOCATION', g.town()[0])} is not "
                                                f"available."),
    # ORGANIZATION
    ("ORGANIZATION", "D", "hpi", lambda g: f"Transferred from {P('ORGANIZATION', g.org('hosp'))} after CT showed "
                                           "free air."),
    ("ORGANIZATION", "D", "social", lambda g: f"Works second shift at {P('ORGANIZATION', g.org('employer'))}."),
    ("ORGANIZATION", "D", "social", lambda g: f"Student at {P('ORGANIZATION', g.org('school'))}."),
    ("ORGANIZATION", "D", "cm", lambda g: f"Home health: {P('ORGANIZATION', g.org('agency'))} to start ___."),
    ("ORGANIZATION", "D", "dispo_facility", lambda g: P("ORGANIZATION", g.org("facility"))),
    ("ORGANIZATION", "D", "medrec", lambda g: f"Preferred pharmacy: {P('ORGANIZATION', g.org('pharmacy'))}"),
    ("ORGANIZATION", "D", "sw", lambda g: f"Pt's congregation at {P('ORGANIZATION', g.org('church'))} has been "
                                          "bringing meals."),
    ("ORGANIZATION", "D", "cm", lambda g: f"Followed by {P('ORGANIZATION', g.org('program'))}; CM ___ updated."),
    ("ORGANIZATION", "D", "outside", lambda g: f"Summary of records from {P('ORGANIZATION', g.org('clinic'))}:"),
    ("ORGANIZATION", "D", "followup", lambda g: f"{P('ORGANIZATION', g.org('clinic'))}\nWhen: ___ at 1:30 PM"),
    ("ORGANIZATION", "D", "social", lambda g: f"Resides at {P('ORGANIZATION', g.org('facility'))} (group home staff "
                                              "manage meds)."),
    ("ORGANIZATION", "D", "consult_head", lambda g: P("ORGANIZATION", g.org("clinic"))),
    ("ORGANIZATION", "R", "r_comparison", lambda g: f"Outside CT from {P('ORGANIZATION', g.org('hosp'))}, images "
                                                    f"reviewed."),
    ("ORGANIZATION", "R", "r_indication", lambda g: f"OSH ({P('ORGANIZATION', g.org('hosp'))}) transfer, r/o "
                                                    f"dissection"),
    ("ORGANIZATION", "R", "r_hdr", lambda g: f"Referring facility: {P('ORGANIZATION', g.org('clinic'))}"),
]

_WEIGHTS_D = {"PERSON": 6, "LOCATION": 5, "ORGANIZATION": 6, "DATE_REAL_YEAR": 7, "PHONE": 4, "FAX": 6, "PAGER": 3,
              "EMAIL": 4, "URL": 5, "IP_ADDRESS": 3, "SSN": 5, "MRN": 5, "ACCOUNT": 5, "HEALTH_PLAN": 6,
              "LICENSE": 5, "ZIP": 4, "STREET_ADDRESS": 8, "AGE_OVER_89": 4, "DEVICE_ID": 4, "VEHICLE_ID": 8}
_WEIGHTS_R = {"PERSON": 6, "LOCATION": 4, "ORGANIZATION": 4, "DATE_REAL_YEAR": 6, "PHONE": 3, "FAX": 4, "PAGER": 6,
              "EMAIL": 3, "URL": 4, "IP_ADDRESS": 5, "SSN": 2, "MRN": 4, "ACCOUNT": 4, "HEALTH_PLAN": 2,
              "LICENSE": 3, "ZIP": 2, "AGE_OVER_89": 5, "DEVICE_ID": 4}


# ---------------------------------------------------------------------------------------------------------
# Clinical filler and distractors (never labelled).

_SCENARIOS: list[dict] = [
    dict(service="MEDICINE", cc="Dyspnea, leg swelling", proc="None",
         pmh_short="HFrEF (EF 30%), AFib on apixaban and CKD stage 3b",
         hpi=["She reports 2 weeks of progressive dyspnea on exertion, 3-pillow orthopnea and a 9 lb weight gain.",
              "She ran out of torsemide about 10 days ago and has been eating canned soup daily.",
              "In the ED, BP 148/92, HR 108 irregular, SpO2 89% on RA improving to 95% on 3L NC.",
              "proBNP 8,412. CXR with bilateral effusions and Kerley B lines. Given furosemide 80 mg IV x1."],
         course=["# Acute on chronic HFrEF: diuresed with IV furosemide 80 mg BID with net negative 6.1 L. "
                 "Transitioned "
                 "to torsemide 40 mg daily. Discharge weight 81.4 kg (dry weight estimated 80-82 kg).",
                 "# AFib with RVR: rate controlled with metoprolol succinate uptitrated to 100 mg daily. CHA2DS2-VASc "
                 "5, HAS-BLED 2; continued apixaban 5 mg BID.",
                 "# CKD 3b: Cr peaked at 1.9 from baseline 1.5, improved to 1.6 with diuresis."],
         dx=["Acute on chronic systolic heart failure (I50.23)", "Atrial fibrillation with rapid ventricular response",
             "Chronic kidney disease stage 3b"],
         meds=["Torsemide 40 mg PO DAILY", "Metoprolol Succinate XL 100 mg PO DAILY", "Apixaban 5 mg PO BID",
               "Sacubitril-Valsartan (Entresto) 24-26 mg PO BID", "Spironolactone 12.5 mg PO DAILY",
               "Atorvastatin 40 mg PO QPM"]),
    dict(service="SURGERY", cc="Right upper quadrant pain", proc="Laparoscopic cholecystectomy",
         pmh_short="obesity (BMI 41), GERD and prior Roux-en-Y gastric bypass",
         hpi=["She describes 36 hours of constant RUQ pain radiating to the right scapula after a fatty meal.",
              "Murphy sign was positive in the ED. T-max 101.6F, WBC 14.2, T bili 1.4, lipase 38.",
              "RUQ ultrasound showed a distended gallbladder with wall thickening to 6 mm and pericholecystic fluid."],
         course=["Taken to the OR on hospital day 1 for laparoscopic cholecystectomy; a Jackson-Pratt drain was "
                 "left in "
                 "the gallbladder fossa and removed on POD 2 with 35 mL serosanguinous output.",
                 "Pain controlled with acetaminophen and oxycodone 5 mg PRN. Tolerated a regular diet on POD 1.",
                 "Completed a 4-day course of piperacillin-tazobactam; afebrile since POD 1."],
         dx=["Acute calculous cholecystitis", "s/p laparoscopic cholecystectomy"],
         meds=["Acetaminophen 1000 mg PO Q8H", "OxyCODONE (Immediate Release) 5 mg PO Q6H:PRN pain, 12 tablets",
               "Docusate Sodium 100 mg PO BID", "Omeprazole 20 mg PO DAILY"]),
    dict(service="ORTHOPAEDICS", cc="Left hip pain after fall", proc="Left hip hemiarthroplasty",
         pmh_short="Parkinson disease, osteoporosis and hypothyroidism (Hashimoto)",
         hpi=["She tripped over a rug at home, landing on her left side, with no head strike or LOC.",
              "Unable to bear weight; the left leg was shortened and externally rotated.",
              "Films showed a displaced left femoral neck fracture (Garden IV)."],
         course=["Underwent left hip hemiarthroplasty on HD 2 without complication; EBL 250 mL. Foley removed POD 1.",
                 "Carbidopa-levodopa was given on her home schedule (every 3 hours while awake) to avoid rigidity.",
                 "Post-op Hgb nadir 8.1, no transfusion. DVT prophylaxis with enoxaparin 40 mg SC daily for 4 weeks.",
                 "Worked with PT; weight bearing as tolerated with posterior hip precautions."],
         dx=["Left femoral neck fracture", "Parkinson disease", "Acute blood loss anemia"],
         meds=["Carbidopa-Levodopa (25-100) 1.5 TAB PO 5X/DAY", "Enoxaparin Sodium 40 mg SC DAILY x 28 days",
               "Levothyroxine Sodium 75 mcg PO DAILY", "Calcium Carbonate 500 mg PO BID", "Vitamin D 1000 UNIT PO "
                                                                                          "DAILY"]),
    dict(service="MEDICINE", cc="Melena", proc="EGD with clip placement",
         pmh_short="alcohol use disorder, Barrett esophagus and prior Billroth II",
         hpi=["He reports 3 days of black tarry stools and lightheadedness on standing.",
              "Hgb 6.9 (baseline 12), BUN 48; Glasgow-Blatchford score 13. Received 2 units pRBCs in the ED.",
              "Started on pantoprazole 80 mg IV bolus then 8 mg/hr infusion."],
         course=["# Upper GI bleed: EGD showed a 1.5 cm clean-based marginal ulcer with a visible vessel, treated with "
                 "epinephrine and 2 hemoclips. Transitioned to pantoprazole 40 mg PO BID for 8 weeks.",
                 "# Alcohol use: CIWA scores max 12; received lorazepam x3 doses. Thiamine and folate given.",
                 "# Anemia: received 3 units pRBC total; discharge Hgb 9.2, stable x 48 hours."],
         dx=["Upper GI bleed from marginal ulcer", "Acute blood loss anemia", "Alcohol use disorder"],
         meds=["Pantoprazole 40 mg PO Q12H", "Thiamine 100 mg PO DAILY", "Folic Acid 1 mg PO DAILY",
               "Ferrous Sulfate 325 mg PO DAILY", "Multivitamin 1 TAB PO DAILY"]),
    dict(service="NEUROLOGY", cc="Left sided weakness", proc="None",
         pmh_short="hypertension, type 2 diabetes and remote Bell's palsy",
         hpi=["Last known well was 7:40 AM when his wife noted slurred speech and left facial droop.",
              "NIHSS 7 on arrival. CT head without hemorrhage; CTA with a right M2 occlusion.",
              "Received tenecteplase at 9:12 AM; not a thrombectomy candidate given distal location."],
         course=["# Right MCA stroke: MRI showed a right frontal infarct. Etiology thought cardioembolic; 14-day "
                 "Zio patch placed. Started aspirin 81 mg and atorvastatin 80 mg.",
                 "# Dysphagia: passed bedside swallow on HD 3; advanced to a mechanical soft diet.",
                 "# HTN: permissive hypertension for 24 hours then resumed home lisinopril."],
         dx=["Acute ischemic stroke, right MCA territory (I63.511)", "Hypertension", "Type 2 diabetes mellitus"],
         meds=["Aspirin 81 mg PO DAILY", "Atorvastatin 80 mg PO QPM", "Lisinopril 20 mg PO DAILY",
               "Metformin (Glucophage) 1000 mg PO BID", "Insulin glargine (Lantus) 18 units SC QHS"]),
    dict(service="MEDICINE", cc="Fever, confusion", proc="PICC line placement",
         pmh_short="type 1 diabetes on an Omnipod pump, neurogenic bladder with chronic Foley and Addison disease",
         hpi=["Family noted 2 days of confusion and fevers to 102.8F with foul-smelling urine.",
              "In the ED, T 39.4C, HR 121, BP 86/50, lactate 4.1. Received 30 mL/kg LR and stress-dose hydrocortisone.",
              "UA with >182 WBC, large leukocyte esterase, nitrite positive."],
         course=["# Septic shock from CAUTI: briefly on norepinephrine (max 0.08 mcg/kg/min) for 18 hours. Foley "
                 "exchanged. Urine and blood cultures grew ESBL E. coli; treated with meropenem then ertapenem "
                 "via PICC to complete 10 days.",
                 "# Adrenal insufficiency: hydrocortisone 50 mg IV q6h, tapered to home 15 mg AM / 5 mg PM.",
                 "# DM1: insulin drip for 24 hours, then pump resumed with endocrine guidance."],
         dx=["Septic shock due to ESBL E. coli urinary tract infection", "Adrenal insufficiency (Addison disease)",
             "Type 1 diabetes mellitus"],
         meds=["Ertapenem 1 g IV Q24H x 5 more days", "Hydrocortisone 15 mg PO QAM and 5 mg PO QPM",
               "Fludrocortisone 0.1 mg PO DAILY", "Insulin pump (Omnipod 5) with Humalog per home settings"]),
    dict(service="MEDICINE", cc="Shortness of breath, cough", proc="None",
         pmh_short="COPD (FEV1 38% predicted) on 2L home O2 and Graves disease s/p RAI",
         hpi=["He reports 4 days of increased sputum production (now green) and wheezing.",
              "ABG 7.31/62/68 on 4L. Started on BiPAP 12/5 in the ED with improvement in work of breathing.",
              "CXR without focal consolidation. Influenza and COVID-19 PCR negative."],
         course=["# COPD exacerbation: prednisone 40 mg x 5 days, azithromycin x 3 days, standing DuoNebs. Weaned "
                 "off BiPAP within 12 hours and back to baseline 2L NC by HD 3.",
                 "# Hypothyroidism post-RAI: TSH 3.1, continued levothyroxine 112 mcg.",
                 "# Tobacco use: 1/2 ppd; counseled, nicotine patch 14 mg started."],
         dx=["Acute exacerbation of COPD", "Acute on chronic hypercapnic respiratory failure"],
         meds=["PredniSONE 40 mg PO DAILY x 2 more days", "Tiotropium (Spiriva Respimat) 2 puffs INH DAILY",
               "Fluticasone-Salmeterol (Advair Diskus) 250/50 1 INH BID", "Albuterol HFA 2 puffs Q4H:PRN",
               "Nicotine Patch 14 mg TD DAILY"]),
    dict(service="MEDICINE", cc="Abdominal pain, vomiting", proc="None",
         pmh_short="hypertriglyceridemia, Crohn disease (ileocolonic, on adalimumab) and prior Whipple for IPMN",
         hpi=["Epigastric pain radiating to the back began after a holiday meal, with 8 episodes of emesis.",
              "Lipase 2,184, triglycerides 1,920. CT showed peripancreatic stranding without necrosis.",
              "BISAP score 2; Ranson criteria 3 at 48 hours."],
         course=["# Acute pancreatitis (hypertriglyceridemia): aggressive LR, insulin drip for TG lowering; TG 412 by "
                 "HD 3. Diet advanced to low fat on HD 4.",
                 "# Crohn disease: quiescent; adalimumab held while inpatient, may resume at next scheduled dose.",
                 "# Pancreatic insufficiency post-Whipple: continued Creon 36,000 units with meals."],
         dx=["Acute pancreatitis due to hypertriglyceridemia", "Crohn disease"],
         meds=["Fenofibrate 145 mg PO DAILY", "Icosapent ethyl (Vascepa) 2 g PO BID",
               "Pancrelipase (Creon) 36,000 units PO TID with meals", "Adalimumab (Humira) 40 mg SC every 2 weeks"]),
    dict(service="MEDICINE", cc="Hyperglycemia", proc="None",
         pmh_short="type 1 diabetes, depression and Hashimoto thyroiditis",
         hpi=["Presented with 2 days of polyuria, nausea and abdominal pain after her insulin pump tubing kinked.",
              "Glucose 612, bicarbonate 9, anion gap 28, beta-hydroxybutyrate 7.4.",
              "Started on insulin infusion per DKA protocol with potassium repletion."],
         course=["# DKA: gap closed within 14 hours; transitioned to SC insulin glargine 22 units and lispro sliding "
                 "scale with a 1-hour overlap. Diabetes educator reviewed pump troubleshooting.",
                 "# Depression: PHQ-9 of 11; continued sertraline 100 mg, outpatient therapy resources provided."],
         dx=["Diabetic ketoacidosis", "Type 1 diabetes mellitus with hyperglycemia"],
         meds=["Insulin Glargine 22 Units SC QHS", "Insulin Lispro sliding scale with meals",
               "Sertraline 100 mg PO DAILY", "Levothyroxine 50 mcg PO DAILY"]),
]

_EXAMS = [
    ("CHEST (PA AND LAT)", "PA and lateral views of the chest.",
     ["Heart size is mildly enlarged. Mediastinal and hilar contours are unremarkable.",
      "There are small bilateral pleural effusions with adjacent atelectasis. Kerley B lines are present.",
      "No pneumothorax. Median sternotomy wires are intact."],
     ["Mild pulmonary edema with small bilateral effusions."], None),
    ("CT HEAD W/O CONTRAST", "Contiguous axial images were obtained through the brain without contrast.",
     ["There is no evidence of acute hemorrhage, edema, mass effect or large territorial infarction.",
      "Periventricular white matter hypodensities are consistent with chronic small vessel disease.",
      "The ventricles and sulci are prominent, consistent with age-related involutional change.",
      "The visualized paranasal sinuses and mastoid air cells are clear."],
     ["No acute intracranial abnormality.", "Chronic small vessel ischemic disease."],
     "CTDIvol = {a} mGy; DLP = {b} mGy-cm."),
    ("CT ABD & PELVIS WITH CONTRAST", "MDCT images from the lung bases to the pubic symphysis after 100 mL Omnipaque "
     "350 IV.",
     ["The liver is normal in attenuation without focal lesion. The gallbladder is surgically absent.",
      "There is peripancreatic fat stranding without a drainable collection or necrosis.",
      "The kidneys enhance symmetrically. No hydronephrosis.",
      "Colonic diverticulosis without diverticulitis. Small fat-containing umbilical hernia."],
     ["Acute interstitial edematous pancreatitis without necrosis or collection."],
     "Total DLP (Body) = {b} mGy-cm."),
    ("LIVER OR GALLBLADDER US (SINGLE ORGAN)", "Grayscale and color Doppler images of the right upper quadrant.",
     ["The gallbladder is distended with multiple shadowing stones and wall thickening to 6 mm.",
      "A sonographic Murphy sign was elicited. Trace pericholecystic fluid.",
      "The common bile duct measures 4 mm. Main portal vein is patent with hepatopetal flow."],
     ["Findings consistent with acute calculous cholecystitis."], None),
    ("MR L SPINE W/O CONTRAST", "Sagittal T1, T2 and STIR and axial T1 and T2 images of the lumbar spine.",
     ["Vertebral body heights are preserved. Modic type 2 endplate changes at L4-L5.",
      "L4-L5: disc bulge and facet arthropathy with moderate spinal canal and bilateral foraminal narrowing.",
      "L5-S1: left paracentral protrusion contacting the traversing left S1 nerve root.",
      "The conus terminates normally at L1. Tarlov cysts at S2."],
     ["Moderate L4-L5 canal stenosis.", "L5-S1 protrusion contacting the left S1 nerve root."], None),
    ("CTA CHEST", "Helical CT of the chest after 80 mL Omnipaque 350 with a pulmonary embolism protocol.",
     ["Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries.",
      "RV/LV ratio 0.9. No reflux of contrast into the IVC.",
      "Dependent atelectasis. A 4 mm right upper lobe nodule (series 3, image 88).",
      "Swan-Ganz catheter is not present. The thyroid is unremarkable."],
     ["Right lower lobe segmental pulmonary emboli without right heart strain.",
      "4 mm RUL nodule; per Fleischner guidelines no follow-up needed in a low-risk patient."],
     "CTDIvol = {a} mGy; DLP = {b} mGy-cm."),
    ("BILAT LOWER EXT VEINS", "Grayscale, color and spectral Doppler of the bilateral lower extremity veins.",
     ["Normal compressibility, flow and augmentation of the common femoral, femoral and popliteal veins.",
      "The left posterior tibial and peroneal veins are noncompressible with echogenic thrombus.",
      "A 3.1 cm Baker cyst is noted in the right popliteal fossa."],
     ["Left calf (posterior tibial and peroneal) deep vein thrombosis.", "Right Baker cyst."], None),
    ("HIP 2 VIEWS LEFT", "AP pelvis and lateral views of the left hip.",
     ["There is a displaced subcapital left femoral neck fracture with varus angulation.",
      "Moderate degenerative changes of both hips. Vascular calcifications.",
      "Shenton line is disrupted on the left."],
     ["Displaced left femoral neck fracture."], None),
    ("PORTABLE ABDOMEN", "Supine and left lateral decubitus views of the abdomen.",
     ["A Dobhoff tube terminates in the gastric body. Nonobstructive bowel gas pattern.",
      "No free intraperitoneal air. Surgical clips in the right upper quadrant."],
     ["Dobhoff tube in the stomach. No obstruction."], None),
    ("CHEST PORT. LINE PLACEMENT", "Single frontal view of the chest.",
     ["A right-sided PICC terminates at the cavoatrial junction.",
      "Endotracheal tube is 4.2 cm above the carina. NG tube courses below the diaphragm.",
      "Bibasilar opacities likely atelectasis. No pneumothorax."],
     ["PICC at the cavoatrial junction; lines and tubes in standard position."], None),
]

_PMH_EXTRA = ("Hodgkin lymphoma in 1998 s/p ABVD, in remission", "Raynaud phenomenon", "Meniere disease",
              "Sjogren syndrome", "WPW s/p ablation in 2007", "Guillain-Barre syndrome (2004), full recovery",
              "Dupuytren contracture", "Paget disease of bone", "Charcot foot, right", "Alzheimer dementia, mild",
              "Cushing syndrome workup negative", "Osgood-Schlatter as a child", "Hypertension", "Hyperlipidemia",
              "Obstructive sleep apnea on CPAP", "Benign prostatic hyperplasia", "Gout", "Glaucoma",
              "s/p Nissen fundoplication", "s/p Hartmann procedure with reversal", "Depression/anxiety",
              "Hepatitis C, treated with Epclusa", "Bence Jones proteinuria (MGUS), followed by heme",
              "Chronic low back pain", "s/p bilateral TKA", "Iron deficiency anemia",
              "s/p Watchman FLX (Boston Scientific) LAA occlusion", "St. Jude Assurity dual-chamber pacemaker",
              "Hashimoto thyroiditis", "Barrett esophagus, last EGD ___", "Bell's palsy (remote)")
_EXAM_EPONYMS = ("Babinski downgoing bilaterally.", "Kernig and Brudzinski signs negative.", "Romberg negative.",
                 "Homan sign negative bilaterally.", "McBurney point nontender.", "Tinel and Phalen negative.",
                 "Glasgow Coma Scale 15.", "No Trousseau or Chvostek sign.", "Lachman stable.",
                 "No Janeway lesions or Osler nodes.", "JVP 9 cm H2O.", "Murphy sign negative.")
_FAMILY = ("Father with MI at 62.", "Mother with breast cancer at 58, alive at 84.", "Sister with lupus.",
           "No family history of colon cancer.", "Brother died of an overdose at 34.",
           "Maternal grandmother with Huntington disease.", "Son with type 1 diabetes.", "Noncontributory.")
_SOCIAL = ("Lives with her husband in a single-level home in ___. Retired schoolteacher.",
           "Former smoker, 30 pack-years, quit in 2011. Drinks 2-3 beers on weekends. No illicit drugs.",
           "Emigrated from {country} in 2004; speaks Spanish and some English. Works in construction.",
           "Moved from {state} last year to be closer to her daughter.", "Never smoker. No alcohol. Independent "
                                                                         "in ADLs.",
           "Lives alone in an apartment (2nd floor, elevator). Uses a rollator.", "Married, 3 adult children, "
           "one lives locally. Active in church.", "Veteran (Army, Vietnam era). Receives care through the VA.",
           "Smokes 1 ppd x 40 years. Denies IVDU. Has a dog.")
_VITALS = ("T 98.4 BP 132/78 HR 76 RR 16 SpO2 96% RA", "T 100.9 BP 104/62 HR 112 RR 22 SpO2 93% 2L NC",
           "T 97.9 BP 158/94 HR 88 RR 18 SpO2 98% RA Wt 81.4 kg", "Tc 98.1 Tm 99.3 BP 118/70 HR 64 RR 14 O2 95% 3L")
_DISTRACT_LINES = ("ECG: sinus rhythm at 78, PR 172 ms, QRS 94 ms, QT/QTc 402/446 ms, no acute ST changes.",
                   "Transferred to 7 North, room 714B, on HD 2.", "Pt in bed 12, CC-7, overnight.",
                   "Heparin 5000 units SC TID (NDC 0409-2720-01 per pharmacy).", "18G PIV x2 placed in the ED.",
                   "Braden score 14; Morse fall score 45; high fall risk.", "CURB-65 score 2, PSI class III.",
                   "Zosyn 4.5 g IV q8h extended infusion started at 14:20.", "MELD-Na 18, Child-Pugh class B.",
                   "ICD-10: R65.21, N39.0, E87.1. DRG 871.", "CPT 71046 (chest 2 views) ordered.",
                   "Hunt and Hess grade 0 (no SAH); Fisher grade not applicable.", "Wells score 1.5 (PE unlikely).",
                   "Omnipaque 350, 80 mL, lot range 2-7 per IV team.", "Ext. 4-2201 room phone disconnected (bed "
                                                                       "4-2201).",
                   "Goal INR 2-3. Last INR 2.4 on ___.", "Received Tdap in 2019 and influenza vaccine this season.",
                   "Code status: DNR/DNI, confirmed with patient and HCP on ___ 2150.", "Weight 172 lb (78 kg).")


def _labs(g: _G) -> list[str]:
    t = f"{g.num(1, 11):02d}:{g.num(10, 59)}{g.pick(('AM', 'PM'))}"
    lines = [
        f"___ {t} BLOOD WBC-{g.num(30, 180) / 10} RBC-{g.num(280, 520) / 100} Hgb-{g.num(70, 150) / 10} "
        f"Hct-{g.num(220, 450) / 10} MCV-{g.num(78, 104)} MCH-{g.num(250, 340) / 10} MCHC-{g.num(310, 360) / 10} "
        f"RDW-{g.num(120, 180) / 10} Plt ___",
        f"___ {t} BLOOD Glucose-{g.num(70, 320)}* UreaN-{g.num(8, 60)} Creat-{g.num(5, 30) / 10} Na-{g.num(128, 146)} "
        f"K-{g.num(31, 56) / 10} Cl-{g.num(94, 110)} HCO3-{g.num(14, 30)} AnGap-{g.num(8, 22)}",
        f"___ {t} BLOOD Calcium-{g.num(80, 104) / 10} Phos-{g.num(20, 50) / 10} Mg-{g.num(15, 26) / 10}",
        f"___ {t} BLOOD PT-{g.num(110, 250) / 10} PTT-{g.num(250, 450) / 10} INR(PT)-{g.num(10, 30) / 10}",
    ]
    if g.chance(0.5):
        lines.append(f"___ {t} BLOOD ALT-{g.num(8, 140)} AST-{g.num(10, 160)} AlkPhos-{g.num(40, 300)} "
                     f"TotBili-{g.num(2, 40) / 10}")
    if g.chance(0.4):
        lines.append(f"___ {t} BLOOD cTropnT-<0.01 proBNP-{g.num(90, 9000)}")
    if g.chance(0.4):
        lines.append(f"___ {g.num(1, 11)}:{g.num(10, 59)} pm URINE      Source: ___.\n   URINE CULTURE (Final ___):\n"
                     "      ESCHERICHIA COLI.    >100,000 CFU/mL.")
    return lines


# ---------------------------------------------------------------------------------------------------------
# Note builders. ``slots`` maps a slot name to the plant markups placed there.

_HE = {"She": "He", "she": "he", "Her": "His", "her": "his"}
_SHE = {"He": "She", "he": "she", "His": "Her", "his": "her", "him": "her"}
_SINGLE_SLOTS = ("hdr_unit", "hdr_adm", "hdr_dob", "hdr_attending", "greeting", "signoff", "dispo_facility",
                 "consult_greet", "consult_date", "hpi_open", "r_indication_age")
_BLOCK_OF = {"nursing": "nursing", "sw": "sw", "cm": "cm", "consult": "consult", "consult_head": "consult",
             "consult_greet": "consult", "consult_date": "consult", "consult_body": "consult", "outside": "outside",
             "medrec": "medrec"}


def _ins(g: _G, lines: list[str], items: list[str], lo: int = 0) -> list[str]:
    for it in items:
        lines.insert(g.num(lo, len(lines)), it)
    return lines


def _sec(title: str, lines: list[str]) -> str:
    return f"{title}:\n" + "\n".join(lines)


def _nursing_block(g: _G, slots: dict[str, list[str]], heavy: bool) -> list[str]:
    body = [f"Neuro: A&Ox{g.num(1, 3)}, MAE, follows commands. CAM negative.",
            f"CV: {g.pick(('NSR', 'AFib', 'SR with PACs'))} {g.num(60, 90)}s-{g.num(90, 110)}s, SBP "
            f"{g.num(100, 150)}s. "
            f"+{g.num(1, 3)} pedal edema.",
            f"Resp: LS diminished at bases, {g.num(1, 4)}L NC, sats {g.num(92, 98)}%. IS to 750 mL.",
            "GI/GU: tolerating cardiac diet. Foley to gravity draining clear yellow urine 40-60 cc/hr.",
            "Skin: stage 2 PI to coccyx, Mepilex applied, turning q2h.",
            "Plan: continue to monitor, fall precautions, bed alarm on."]
    if heavy:
        body.append("Social: ___ (___) visited, updated by ___ RN; ___ to call ___ at ___.")
    head = f"NURSING PROGRESS NOTE (pasted) ___ {g.pick(('0700-1900', '1900-0700'))}:"
    return [head] + _ins(g, body, slots.get("nursing", []))


def _sw_block(g: _G, slots: dict[str, list[str]], heavy: bool) -> list[str]:
    body = ["Reason for referral: adjustment to illness, discharge planning, caregiver stress.",
            "Pt alert, engaged, tearful at times when discussing loss of independence.",
            "Pt reports food insecurity since losing hours at work; SNAP application reviewed.",
            "Writer provided supportive counseling and validated pt's feelings.",
            "Assessment: pt coping fairly; good family support; financial strain noted.",
            "Plan: SW will continue to follow; pt knows how to reach writer via unit secretary."]
    if heavy:
        body.insert(2, "Collateral obtained from pt's ___ ___ (___) and landlord ___ at ___.")
    return ["SOCIAL WORK NOTE:"] + _ins(g, body, slots.get("sw", []))


def _cm_block(g: _G, slots: dict[str, list[str]], heavy: bool) -> list[str]:
    body = ["Pt screened for discharge needs. PT recommends home with services; OT agrees.",
            "Choice list of home health agencies provided; pt and family made a selection.",
            "Insurance verified. DME: rolling walker and 3-in-1 commode ordered, delivery to bedside.",
            f"Barriers: lives {g.num(35, 70)} miles from hospital, limited transport, {g.num(8, 14)} steps to enter.",
            "Anticipated discharge date ___; team and family aware."]
    if heavy:
        body.append("Agency: ___ (ph ___ / fax ___), intake RN ___; SOC ___.")
    return ["CASE MANAGEMENT / DISCHARGE PLANNING:"] + _ins(g, body, slots.get("cm", []))


def _consult_block(g: _G, slots: dict[str, list[str]], sc: dict) -> list[str]:
    head = list(slots.get("consult_head", [])) + [slots["consult_date"][0] if "consult_date" in slots else "___"]
    greet = slots["consult_greet"][0] if "consult_greet" in slots else "Dear Dr. ___,"
    body = [f"Thank you for asking us to see your patient, ___, regarding {sc['dx'][0].lower()}.",
            "I reviewed the chart, examined the patient and discussed the case with the primary team.",
            f"Impression: {sc['dx'][-1]}; stable for discharge from our standpoint.",
            "Recommendations: 1) continue current regimen 2) repeat labs in 1 week 3) follow up in our clinic."]
    body = _ins(g, body, slots.get("consult_body", []))
    sign = ["Sincerely,", "___, MD"] + slots.get("consult", [])
    return [f"{g.pick(('NEPHROLOGY', 'CARDIOLOGY', 'GERIATRICS', 'ENDOCRINOLOGY'))} CONSULT LETTER "
            f"(quoted):"] + head + [
        greet] + body + sign


def _outside_block(g: _G, slots: dict[str, list[str]], heavy: bool) -> list[str]:
    body = [f"- CT A/P ___: "
            f"{g.pick(('no acute process', 'sigmoid diverticulitis without abscess', 'simple renal cysts'))}",
            f"- Labs ___: Cr {g.num(8, 25) / 10}, Hgb {g.num(80, 140) / 10}, A1c {g.num(55, 110) / 10}%",
            f"- Prior admission ___ for {g.pick(('pneumonia', 'syncope', 'cellulitis', 'CHF'))}, LOS "
            f"{g.num(2, 9)} days",
            "- Echo ___: LVEF 40-45%, mild MR, RVSP 38"]
    if heavy:
        body.insert(0, "Per records from ___ (___, ___) faxed by ___ on ___:")
    return ["OUTSIDE RECORDS SUMMARY (scanned to media):"] + _ins(g, body, slots.get("outside", []))


def _medrec_block(g: _G, slots: dict[str, list[str]], sc: dict) -> list[str]:
    rows = ["Medication                 | Dose     | Freq  | Last taken | Source    | Action",
            "---------------------------+----------+-------+------------+-----------+---------"]
    for med in sc["meds"][:4]:
        name = re.split(r"\s[\d(]", med)[0][:26]
        dose = re.search(r"\d[\d,./-]*\s*(?:mg|mcg|g|[Uu]nits?|UNIT|TAB|puffs?|INH)", med)
        freq = re.search(r"\b(DAILY|BID|TID|QHS|QPM|QAM|Q\d+H\S*|5X/DAY|QID)\b", med)
        rows.append(f"{name:<27}| {(dose.group(0) if dose else 'per pkg'):<9}| {(freq.group(0) if freq else 'PRN'):<6}"
                    f"| ___        | {g.pick(('pt', 'pharmacy', 'PCP list', 'family')):<10}"
                    f"| {g.pick(('continue', 'changed', 'held'))}")
    return ["MEDICATION RECONCILIATION:"] + rows + slots.get("medrec", [])


def _discharge(g: _G, slots: dict[str, list[str]], heavy: bool) -> str:
    sc = g.pick(_SCENARIOS)
    sexcode, noun, title = g.sex()

    def one(slot: str, default: str) -> str:
        return slots[slot][0] if slot in slots else default

    blocks = {b for s, b in _BLOCK_OF.items() if s in slots}
    for b in ("nursing", "sw", "cm", "consult", "outside", "medrec"):
        if g.chance(0.18):
            blocks.add(b)
    pad = " " * g.num(10, 20)
    head = [f"Name:  ___{pad}Unit No:   {one('hdr_unit', '___')}", " ",
            f"Admission Date:  {one('hdr_adm', '___')}{pad}Discharge Date:   ___", " ",
            f"Date of Birth:  {one('hdr_dob', '___')}{pad}Sex:   {sexcode}"] + slots.get("hdr_extra", []) + [
        " ", f"Service: {sc['service']}", " ", "Allergies: ",
        g.pick(("No Known Allergies / Adverse Drug Reactions", "Penicillins / Sulfa (Sulfonamide Antibiotics)",
                "Codeine / lisinopril", "Iodinated Contrast Media - IV Dye")), " ",
        f"Attending: {one('hdr_attending', '___')}."]
    opener = one("hpi_open", "is a ___ year old")
    hpi = [f"{title} ___ {opener} {noun} with {sc['pmh_short']} who presents with {sc['cc'].lower()}."] + sc["hpi"]
    if heavy:
        hpi += ["She was seen at ___ by Dr. ___ on ___ and was transferred from ___ by ___.",
                "Per her ___ (___), she had been living at ___ on ___ since ___; PCP Dr. ___ (___) at ___."]
        blocks.update(("cm", "outside"))
    hpi = _ins(g, hpi, slots.get("hpi", []), 1)
    if "outside" in blocks:
        hpi += [""] + _outside_block(g, slots, heavy)
    pmh = _ins(g, [f"- {x}" for x in g.r.sample(_PMH_EXTRA, g.num(3, 6))], slots.get("pmh", []))
    social_lines = [x.format(country=g.pick(_COUNTRIES), state=g.pick(_STATES)) for x in g.r.sample(_SOCIAL, 2)]
    if heavy:
        social_lines += ["Lives with ___ in ___. Works as a ___ at ___. HCP: ___ (___) ___.",
                         "___ ___ (___), ___ ___ (___); ___ at ___ ___."]
    social = _ins(g, social_lines or ["___"], slots.get("social", []))
    family = _ins(g, g.r.sample(_FAMILY, 2), slots.get("family", []))
    exam = ["ADMISSION PHYSICAL EXAM:", f"VS: {g.pick(_VITALS)}", "GEN: NAD, lying in bed", "HEENT: MMM, EOMI, "
            "anicteric", "CV: irregularly irregular, no m/r/g" if g.chance(0.3) else "CV: RRR, no m/r/g",
            "LUNGS: crackles at bases bilaterally" if g.chance(0.5) else "LUNGS: CTAB",
            "ABD: soft, NT/ND, +BS", f"NEURO: CN II-XII intact. {g.pick(_EXAM_EPONYMS)} {g.pick(_EXAM_EPONYMS)}",
            "", "DISCHARGE PHYSICAL EXAM:", f"VS: {g.pick(_VITALS)}", "Otherwise unchanged from admission."]
    results = ["ADMISSION LABS:"] + _labs(g) + ["", "DISCHARGE LABS:"] + _labs(g)[:2]
    results = _ins(g, results, slots.get("results", []) + ([g.pick(_DISTRACT_LINES)] if g.chance(0.6) else []), 1)
    course = [f"{title} ___ is a ___ year old {noun} with {sc['pmh_short']} admitted with {sc['cc'].lower()}."]
    course += sc["course"] + g.r.sample(_DISTRACT_LINES, g.num(1, 3))
    if heavy:
        course += ["Discussed with ___ (___) and ___ from ___; plan reviewed with ___ at ___.",
                   "___ ___ ___ on ___ at ___ (___ ___); ___ ___ to ___ ___ per ___."]
    course = _ins(g, course, slots.get("course", []), 1)
    for b, fn in (("nursing", _nursing_block), ("sw", _sw_block), ("cm", _cm_block)):
        if b in blocks:
            course += [""] + fn(g, slots, heavy)
    if "consult" in blocks:
        course += [""] + _consult_block(g, slots, sc)
    meds_adm = ["The Preadmission Medication list is accurate and complete."] + [
        f"{k}. {m}" for k, m in enumerate(sc["meds"][:-1], 1)]
    meds_adm = _ins(g, meds_adm, slots.get("meds", []), 1)
    if "medrec" in blocks:
        meds_adm += [""] + _medrec_block(g, slots, sc)
    meds_dc = [f"{k}. {m}" for k, m in enumerate(sc["meds"], 1)]
    facility = "dispo_facility" in slots or g.chance(0.3)
    dispo = (["Extended Care", " ", "Facility:", one("dispo_facility", "___")] if facility
             else [g.pick(("Home With Service", "Home"))])
    dispo = dispo + slots.get("dispo", [])
    cond = ["Mental Status: Clear and coherent.", "Level of Consciousness: Alert and interactive.",
            f"Activity Status: "
            f"{g.pick(_ACTIVITY)}."]
    instr = [one("greeting", f"Dear {title} ___,"), " ", "It was a pleasure taking care of you at ___.", " ",
             "WHY WERE YOU IN THE HOSPITAL?", f"- You came in because of {sc['cc'].lower()}.", " ",
             "WHAT HAPPENED WHILE YOU WERE HERE?", f"- You were treated for {sc['dx'][0].lower()}.", " ",
             "WHAT SHOULD YOU DO WHEN YOU GO HOME?", "- Take your medicines exactly as prescribed.",
             "- Weigh yourself every morning; call your doctor if your weight goes up more than 3 lbs."]
    instr = _ins(g, instr, slots.get("instructions", []), 2) + [" ", "We wish you the best!", " ", "Sincerely,",
                                                                one("signoff", "Your ___ Care Team")]
    follow = ["___"] + slots.get("followup", [])
    if heavy:
        follow += ["Department: ___\nWhen: ___ at ___\nWith: ___ ___, MD [___]\nBuilding: ___ (___) Campus: ___  "
                   "Best Parking: ___"] * 3
    parts = ["\n".join(head),
             _sec("Chief Complaint", [sc["cc"]]), _sec("Major Surgical or Invasive Procedure", [sc["proc"]]),
             _sec("History of Present Illness", hpi), _sec("Past Medical History", pmh),
             _sec("Social History", social), _sec("Family History", family), _sec("Physical Exam", exam),
             _sec("Pertinent Results", results), _sec("Brief Hospital Course", course),
             _sec("Medications on Admission", meds_adm), _sec("Discharge Medications", meds_dc),
             _sec("Discharge Disposition", dispo), _sec("Discharge Diagnosis", sc["dx"]),
             _sec("Discharge Condition", cond), _sec("Discharge Instructions", instr),
             _sec("Followup Instructions", follow)]
    if "footer" in slots:
        parts.append("\n".join(slots["footer"]))
    text = "\n \n".join(parts) + "\n"
    if sexcode == "M":
        text = re.sub(r"\b(She|she|Her|her)\b", lambda m: _HE[m.group(1)], text)
    else:
        text = re.sub(r"\b(He|he|His|his|him)\b", lambda m: _SHE[m.group(1)], text)
    return text


_INDICATIONS = {
    "CHEST (PA AND LAT)": ("dyspnea, edema // eval for effusion, edema", "cough, fever // PNA?"),
    "CT HEAD W/O CONTRAST": ("fall, on apixaban // eval for bleed", "new confusion // ICH?"),
    "CT ABD & PELVIS WITH CONTRAST": ("abdominal pain, elevated lipase // pancreatitis, collection?",
                                      "LLQ pain, fever // diverticulitis, abscess?"),
    "LIVER OR GALLBLADDER US (SINGLE ORGAN)": ("RUQ pain, fever // cholecystitis?", "elevated LFTs // obstruction?"),
    "MR L SPINE W/O CONTRAST": ("low back pain radiating to L leg // disc herniation?", "back pain, h/o cancer // "
                                                                                        "mets?"),
    "CTA CHEST": ("pleuritic chest pain, tachycardia // PE?", "hypoxia, recent surgery // PE?"),
    "BILAT LOWER EXT VEINS": ("L calf swelling // DVT?", "bilateral leg swelling // DVT?"),
    "HIP 2 VIEWS LEFT": ("hip pain after fall // fx?", "s/p fall, shortened externally rotated leg // fracture?"),
    "PORTABLE ABDOMEN": ("Dobhoff placement // position", "distension, vomiting // obstruction?"),
    "CHEST PORT. LINE PLACEMENT": ("s/p PICC // line position", "intubated // ETT position"),
}
_INCIDENTAL = ("Degenerative changes of the thoracic spine, unchanged since 2019.",
               "A 1.2 cm hypodensity, too small to characterize, likely a cyst.",
               "Incidental note of a Chiari I malformation (6 mm tonsillar ectopia).",
               "Atherosclerotic calcification of the aorta and coronary arteries.",
               "No suspicious osseous lesion. Mild multilevel degenerative change.",
               "Soft tissues are unremarkable. No subcutaneous emphysema.",
               "Limited evaluation due to patient motion and body habitus.",
               "The study was reviewed with the attending radiologist.")
_RECS = ("RECOMMENDATION(S):  Clinical correlation. Follow-up radiograph after diuresis.",
         "RECOMMENDATION(S):  Non-emergent MRI could be obtained for further characterization.",
         "RECOMMENDATION(S):  No further imaging follow-up of the nodule is recommended (Fleischner 2017).",
         "RECOMMENDATION(S):  Correlate with LFTs; consider MRCP if persistent concern for choledocholithiasis.")


def _radiology(g: _G, slots: dict[str, list[str]], heavy: bool) -> str:
    exam, tech, findings, impression, dose = g.pick(_EXAMS)
    _, noun, _ = g.sex()
    who = slots["r_indication_age"][0] if "r_indication_age" in slots else f"___ year old {noun}"
    ind = f"{who} with {g.pick(_INDICATIONS[exam])}"
    if "r_indication" in slots:
        ind += "; " + "; ".join(slots["r_indication"])
    if heavy:
        ind += " ___ ___ per ___ (___), ___"
    comp_default = g.pick(("___.", "None.", f"Chest radiograph from ___ {g.num(2110, 2190)}.", "CT from ___.",
                           f"Prior study dated {g.num(1, 12):02d}/{g.num(1, 28):02d}/{g.num(2110, 2195)}."))
    comp = " ".join(slots.get("r_comparison", [])) or comp_default
    if heavy:
        comp = "___, ___, ___ and ___ (___)."
    fnd = _ins(g, list(findings) + g.r.sample(_INCIDENTAL, g.num(1, 3)), slots.get("r_findings", []))
    imp = [f"{k}. {x}" for k, x in enumerate(impression + slots.get("r_impression", []), 1)]
    out = list(slots.get("r_hdr", []))
    if heavy:
        out += ["___ ___ ___ (___)   Acc: ___   MRN: ___", "WET READ: ___ ___ ___ ___ ___ at ___"]
    elif g.chance(0.25):
        out += [f"WET READ: ___ ___ {g.num(1, 11)}:{g.num(10, 59)} {g.pick(('AM', 'PM'))}",
                f"  {impression[0]}", "WET READ VERSION #1"]
    if g.chance(0.8):
        out += [f"EXAMINATION:  {exam}", "", f"INDICATION:  {ind}", "", f"TECHNIQUE:  {tech}"]
        out += slots.get("r_technique", [])
        if dose:
            out += ["", "DOSE:  Acquisition sequence:", f"   1) Spiral Acquisition {g.num(20, 60) / 10} s, "
                    f"{g.num(200, 600) / 10} cm; " + dose.format(a=g.num(50, 600) / 10, b=g.num(2000, 9000) / 10)]
        out += ["", f"COMPARISON:  {comp}", "", "FINDINGS: ", ""] + fnd + ["", "IMPRESSION: ", ""] + imp
    else:
        out += ["FINAL REPORT", exam, "", f"CLINICAL HISTORY:  {ind}"] + slots.get("r_technique", [])
        out += ["", f"COMPARISON:  {comp}", "", f"{exam.split(' ')[0]}:", "", "  ".join(fnd), "",
                "IMPRESSION:  " + "  ".join(impression + slots.get("r_impression", []))]
    if g.chance(0.3):
        out += ["", g.pick(_RECS)]
    notify = slots.get("r_notify", [])
    if heavy:
        notify = notify + ["NOTIFICATION:  The findings were discussed with ___, ___ by ___ ___ on the telephone on "
                           "___ at ___, ___ minutes after discovery of the findings.",
                           "Addendum by ___ ___ on ___: ___ ___ ___ ___ (___)."]
    elif not notify and g.chance(0.35):
        notify = [f"NOTIFICATION:  The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at "
                  f"{g.num(1, 11)}:{g.num(10, 59)} {g.pick(('AM', 'PM'))}, {g.num(2, 30)} minutes after discovery."]
    if notify:
        out += [""] + notify
    if slots.get("r_footer"):
        out += [""] + slots["r_footer"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------------
# Corpus.

def _choose(g: _G, kind: str, n: int) -> dict[str, list[str]]:
    letter = "D" if kind == "discharge" else "R"
    weights = _WEIGHTS_D if letter == "D" else _WEIGHTS_R
    cats = list(weights)
    slots: dict[str, list[str]] = {}
    used: set[int] = set()
    placed = 0
    for _ in range(40):
        if placed >= n:
            break
        cat = g.r.choices(cats, weights=[weights[c] for c in cats])[0]
        options = [k for k, (c, kinds, slot, _) in enumerate(_PLANTS)
                   if c == cat and letter in kinds and k not in used and not (slot in _SINGLE_SLOTS and slot in slots)]
        if not options:
            continue
        k = g.pick(options)
        used.add(k)
        _, _, slot, fn = _PLANTS[k]
        slots.setdefault(slot, []).append(fn(g))
        placed += 1
    return slots


def holdout8_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic; independent of other indices)."""
    g = _G(random.Random(f"h8:{seed}:{i}"))
    kind = "discharge" if g.chance(0.55) else "radiology"
    r = g.r.random()
    heavy = r < 0.05
    n = 0 if heavy or r >= 0.63 else g.r.choices((1, 2, 3, 4), weights=(20, 28, 27, 25))[0]
    slots = _choose(g, kind, n) if n else {}
    markup = _discharge(g, slots, heavy) if kind == "discharge" else _radiology(g, slots, heavy)
    text, spans = _render(markup)
    return LabelledNote(note_type=kind, text=text, spans=spans)


def holdout8_corpus(seed: int, n_notes: int) -> list[LabelledNote]:
    """The first ``n_notes`` notes for ``seed`` (prefix-stable)."""
    return [holdout8_note(seed, i) for i in range(n_notes)]


def main(argv=None) -> int:
    args, notes, hits, res = measure(holdout8_corpus, argv, __doc__.splitlines()[0])
    report("holdout8", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
