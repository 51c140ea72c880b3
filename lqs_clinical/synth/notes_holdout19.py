"""Held-out corpus 19: geriatrics, long-term care, palliative care and hospice.

Imitates MIMIC-IV-Note discharge summaries and radiology reports of very old patients: nursing-home
and assisted-living transfers, falls with hip fractures and subdural haematomas, delirium and dementia
workups, aspiration and swallow studies, goals-of-care family meetings (health-care proxies, guardians,
conservators, elder-law attorneys), MOLST/POLST forms, ICD deactivation and hospice enrolment, with
life-story social histories (home towns, mills, parishes, senior centres). Identifiers are masked as
``___`` and dates are shifted into 2100-2200 as in MIMIC-IV-Note; in about 58% of the notes
de-identification failed for one to four identifiers, whose exact values are labelled. About 5% of
the notes are heavily (over-)masked and carry no plants. Non-PHI look-alikes are never labelled:
eponyms, drug and device brands, scanner models, firmware versions, public hotlines and websites,
CPT/ICD-10 codes, scores (MoCA, MMSE, Katz, Barthel, FAST, PPS), ratios, lot numbers, rooms and beds,
group numbers, Medicare Part D plan names, ages under 90, bare years and shifted dates.

Written blind: the author read only ``holdout_measure.py``, the head of ``notes.py`` (``CATEGORIES``,
``NOTE_COLUMNS``, ``LabelledNote``), the shared MIMIC-IV schema and known-data-issues references, the
fully masked note-shaped samples and ``pyproject.toml`` -- nothing of the detector, its rules, its
tests or the other held-out corpora. All names, places, facilities and numbers are invented surrogates
(towns are real place names; public hotlines and websites are those of public organisations).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Tokens: literal text and identifier slots (rendered as ``___`` unless planted)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Slot:
    cat: str
    value: str
    group: int = 0  # slots sharing a non-zero group tend to leak together (one address line, one list)


_FIELD = re.compile(r"\{(\w+)\}")


def _t(fmt: str, **kw: object) -> list:
    """Split ``fmt`` on ``{name}`` fields and substitute strings, slots or token lists."""
    out: list = []
    pos = 0
    for m in _FIELD.finditer(fmt):
        if m.start() > pos:
            out.append(fmt[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
        pos = m.end()
    if pos < len(fmt):
        out.append(fmt[pos:])
    return out


# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented people and facilities; real town names)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Adaeze", "Hiroko", "Marisol", "Eleni", "Thanh", "Brigid", "Rania", "Lakshmi", "Wanda", "Imelda",
    "Dorothea", "Mildred", "Wilhelmina", "Esther", "Farah", "Mei-Ling", "Conchita", "Euphemia", "Lorraine",
    "Thuy", "Siobhan", "Dagny", "Genevieve", "Ruthanne", "Evangelina", "Oluwakemi", "Zofia", "Perpetua",
    "Margarethe", "Yasmin", "Aurelia", "Thérèse", "Bernadette", "Kalani", "Ingrid", "Philomena", "Nadia",
    "Graziella", "Ottilie", "Soledad", "Hyun-joo", "Winifred", "Clementine", "Asunción", "Maeve",
)
_FIRST_M = (
    "Sven", "Teodoro", "Stanisław", "Hendrik", "Walter", "Clarence", "Ignatius", "Reuben", "Yusuf", "Bao",
    "Horace", "Kenji", "Amadou", "Casimir", "Oluwaseun", "Aurelio", "Desmond", "Anselm", "Fergus", "Tadeusz",
    "Rajendra", "Emeka", "Lucien", "Gunnar", "Ezekiel", "Vasilis", "Hamid", "Cornelius", "Joaquim", "Alphonse",
    "Lorcan", "Matthias", "Benedikt", "Ahanu", "Thaddeus", "Dov", "Quang", "Leopold", "Evaristo", "Barnaby",
)
_SURNAMES = (
    "Okonkwo", "Nakamura", "Lindqvist", "Castellanos", "Petrakis", "Kowalczyk", "O'Sullivan", "Haddad",
    "Ramanathan", "Achterberg", "Tremblay", "Gauthier", "Baptiste", "Yilmaz", "Chowdhury", "Oyelaran",
    "Villanueva", "Ferreira", "Brennan", "Halvorsen", "Marchetti", "Iwasaki", "Abramowitz", "Qureshi",
    "Mwangi", "Abernathy-Cole", "MacAskill", "Vasquez-Ortiz", "Thibodeau", "Pietrangeli", "Nwachukwu",
    "Rasmussen", "Dombrowski", "Fairweather", "Kealoha", "van Rensburg", "De la Cruz", "Núñez", "Szymański",
    "Hoang", "Tran-Whitfield", "Bergström", "Kapoor", "Efron", "Lachance", "Boudreau", "Kerrigan", "Ndiaye",
    "Papadopoulos", "Agostini", "Mahoney", "Delgado-Reyes", "Wójcik", "Sørensen", "Amankwah", "Lindgren",
    "Ogunleye", "Cavanaugh", "Fitzwilliam", "Desrosiers", "Ikeda", "Barbosa", "Mirzaei", "Kaczmarek",
)
_TOWNS_NE = (  # (town, state) for address lines
    ("Fall River", "MA"), ("Chicopee", "MA"), ("Woonsocket", "RI"), ("Pawtucket", "RI"), ("Nashua", "NH"),
    ("Brattleboro", "VT"), ("Lewiston", "ME"), ("Holyoke", "MA"), ("Gloucester", "MA"), ("Fitchburg", "MA"),
    ("Biddeford", "ME"), ("Bangor", "ME"), ("Rutland", "VT"), ("Keene", "NH"), ("Taunton", "MA"),
    ("Attleboro", "MA"), ("Leominster", "MA"), ("Southbridge", "MA"), ("New Bedford", "MA"), ("Westerly", "RI"),
    ("Presque Isle", "ME"), ("Millinocket", "ME"), ("Saco", "ME"), ("Haverhill", "MA"), ("Methuen", "MA"),
    ("Dracut", "MA"), ("Gardner", "MA"), ("Athol", "MA"), ("Greenfield", "MA"), ("Pittsfield", "MA"),
    ("North Adams", "MA"), ("Webster", "MA"), ("Amesbury", "MA"), ("Woburn", "MA"), ("Brockton", "MA"),
    ("Chelmsford", "MA"), ("Ludlow", "MA"), ("Easthampton", "MA"), ("Central Falls", "RI"), ("Norwich", "CT"),
    ("Willimantic", "CT"), ("Torrington", "CT"), ("Meriden", "CT"), ("Claremont", "NH"), ("St. Johnsbury", "VT"),
)
_TOWNS_US = tuple(t for t, _ in _TOWNS_NE) + (
    "Ashtabula", "Scranton", "Altoona", "Youngstown", "Duluth", "Bisbee", "Yakima", "Paducah", "Natchez",
    "Hibbing", "Oneonta", "Lowell", "Pueblo", "Sheboygan", "Kalamazoo",
)
_NEIGHBOURHOODS = (
    "Dorchester", "Jamaica Plain", "Roslindale", "the North End", "Hyde Park", "Mattapan", "East Boston",
    "Fox Point", "Federal Hill", "the Flint section",
)
_TOWNS_ABROAD = (
    ("Cork", "Ireland"), ("Galway", "Ireland"), ("Ponce", "Puerto Rico"), ("Mayagüez", "Puerto Rico"),
    ("Kraków", "Poland"), ("Gdańsk", "Poland"), ("Naples", "Italy"), ("Palermo", "Italy"), ("Enugu", "Nigeria"),
    ("Hanoi", "Vietnam"), ("Huế", "Vietnam"), ("Port-au-Prince", "Haiti"), ("Cap-Haïtien", "Haiti"),
    ("Taishan", "China"), ("Ponta Delgada", "the Azores"), ("Praia", "Cape Verde"), ("Thessaloniki", "Greece"),
    ("Izmir", "Turkey"), ("Zahlé", "Lebanon"), ("Chennai", "India"), ("Bergen", "Norway"), ("Uppsala", "Sweden"),
    ("Kilkenny", "Ireland"), ("Cebu", "the Philippines"), ("Santiago de los Caballeros", "the Dominican Republic"),
)
_COUNTIES = ("Aroostook County", "Berkshire County", "Franklin County", "Windham County", "Hampshire County")
_STATES = ("MA", "RI", "NH", "ME", "VT", "CT")
_ZIP_BY_STATE = {
    "MA": ("010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "023", "024", "027"),
    "RI": ("028", "029"), "NH": ("030", "031", "032", "033", "034", "037", "038"),
    "ME": ("039", "040", "041", "042", "043", "044", "046", "047", "048", "049"),
    "VT": ("050", "051", "052", "053", "054", "056", "057", "058", "059"),
    "CT": ("060", "061", "062", "063", "064", "066", "067", "068", "069"),
}

_NURSING_HOMES = (
    "Larkspur Ridge Skilled Nursing", "Cedar Hollow Health Care Center", "Juniper Glen Rehabilitation and Nursing",
    "Saint Brendan Home for the Aged", "Bayberry Commons Nursing Center", "Hollis Meadow Care Center",
    "Maplecroft Nursing and Rehab", "Thornbury Manor", "Quarry Brook Health and Rehabilitation",
    "Mount Nebo Jewish Home", "Sisters of Saint Agnes Residence", "Fernleigh Court Nursing Home",
)
_ASSISTED = (
    "Hearthstone Terrace Assisted Living", "Orchard Lane Senior Living", "The Willows at Quabbin",
    "Copper Beech Assisted Living", "Lantern Hill Residences", "Greystone Place Memory Care",
)
_HOSPICES = (
    "Willowmere Hospice House", "Greylock Valley Hospice", "Lantern Hospice and Palliative Care",
    "Compass Rose Hospice", "Tri-River Hospice and Home Care",
)
_HOME_CARE = ("Tri-River Visiting Nurses", "Seacoast Home Health Partners", "Nashoba Hills VNA")
_HOSPITALS = (
    "St. Adelaide Medical Center", "Quinsigamond Regional Hospital", "Merriweather Community Hospital",
    "Tolland Valley Hospital", "Sacred Heart of Wachusett Hospital",
)
_PRACTICES = (
    "Harborview Geriatric Associates", "Fernhill Family Medicine", "Pinecrest Internal Medicine Group",
    "Riverside Elder Care Practice", "Wachusett Primary Care",
)
_CHURCHES = (
    "St. Hedwig Parish", "Mount Calvary Baptist Church", "Holy Ghost Portuguese Church", "Iglesia Roca de Salvación",
    "Annunciation Greek Orthodox Church", "Temple Beth Rachamim", "Our Lady of Czestochowa Parish",
    "Second Haitian Baptist Church", "Bethany Lutheran Church",
)
_SENIOR_CENTRES = (
    "Riverbend Senior Center", "Kittredge Senior Center", "Harmon Street Adult Day Health",
    "Golden Hours Adult Day Program", "Pleasant Valley Senior Center",
)
_EMPLOYERS = (
    "Quinebaug Textile Mill", "Harrow & Finch Shoe Company", "Pelletier Brothers Bakery",
    "Northfield Paper Company", "Ashgrove Foundry", "Bellweather Watch Works", "Halloran Fish Pier",
    "Dunmore Woolen Mills", "Carraway Shipyard", "Whitcombe Granite Quarry",
)
_SCHOOLS = ("Whittier Hill Elementary School", "Saint Rose Academy", "Lakeside Regional High School")
_LAW_FIRMS = ("Feld & Okafor Elder Law", "Brennan Kapoor LLP", "Marchand Elder Law Group")
_PHARMACIES = ("Kessler's Apothecary", "Delmonte Family Pharmacy", "Corner Drug of Ware")

_STREETS = (
    "Quarry Hill", "Beacon Ridge", "Old Mill", "Prospect", "Chestnut", "Ashland", "Linnaean", "Hawthorne",
    "Cottage", "Pleasant", "Riverbank", "Tannery", "Ferncroft", "Wachusett", "Kimball", "Oakhurst",
    "Depot", "Blackstone", "Sumner", "Pearl", "Waverly", "Lafayette", "Cranberry", "Granite",
)
_SUFFIXES = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Ter", "Terrace", "Ct", "Way", "Dr", "Pl")
_AREA = ("508", "774", "978", "351", "413", "617", "857", "781", "339", "603", "207", "802", "401", "860",
         "203", "570", "814", "330", "218", "520", "509")

# --------------------------------------------------------------------------------------------------
# Value formats
# --------------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random, intl: bool = False) -> str:
    if intl:
        return rng.choice((
            f"+353 8{rng.randint(3, 7)} {_digits(rng, 3)} {_digits(rng, 4)}",
            f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}",
            f"+351 9{rng.randint(1, 6)}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"+63 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
        ))
    area = rng.choice(_AREA)
    while True:
        ex = rng.randint(201, 989)
        if ex % 100 != 11 and ex != 555:
            break
    line = _digits(rng, 4)
    return rng.choice((
        f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"{area} {ex} {line}",
        f"1-{area}-{ex}-{line}", f"({area}){ex}-{line}", f"+1 {area} {ex} {line}",
    ))


def _pager(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(2, 8)}{_digits(rng, 4)}", f"{rng.randint(2, 8)}-{_digits(rng, 4)}",
        f"{rng.randint(2, 8)}{_digits(rng, 3)}", _phone(rng),
    ))


def _ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice((
        _digits(rng, 7), f"{rng.randint(1, 9)}{_digits(rng, 7)}", f"00{_digits(rng, 6)}",
        f"M{rng.randint(1, 9)}{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"NH{_digits(rng, 5)}",
    ))


def _account(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(1, 9)}{_digits(rng, 9)}", f"E{rng.randint(1, 9)}{_digits(rng, 7)}",
        f"{rng.randint(1, 9)}{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        f"HB{_digits(rng, 8)}",
    ))


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    a, an = _MBI_ALPHA, _MBI_ALPHA + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(a), rng.choice(an), str(rng.randint(0, 9)), rng.choice(a),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(a), rng.choice(a), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.4 else s


def _health_plan(rng: random.Random) -> tuple[str, str]:
    """(cue, member id)."""
    return rng.choice((
        ("Medicare MBI", _mbi(rng)), ("Medicare Beneficiary Identifier", _mbi(rng)), ("Medicare #", _mbi(rng)),
        ("MassHealth ID", f"1{_digits(rng, 11)}"), ("Medicaid ID", f"{rng.choice('JKLMN')}{_digits(rng, 8)}"),
        ("Medigap member ID", f"{rng.choice(('XGH', 'UHB', 'TBA', 'WMR'))}{_digits(rng, 9)}"),
        ("subscriber ID", f"{rng.choice(('ZQM', 'YHT', 'KPW'))}{_digits(rng, 8)}{rng.choice('0123456789')}"),
        ("Medicare Advantage member #", f"H{_digits(rng, 8)}"),
    ))


def _npi(rng: random.Random) -> str:
    base = str(rng.randint(1, 2)) + _digits(rng, 8)
    digits = [int(x) for x in "80840" + base]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, surname: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = _ascii(surname)[0].upper()
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def _license(rng: random.Random, surname: str) -> tuple[str, str]:
    """(cue, number) for a person's licence-type identifier."""
    return rng.choice((
        ("NPI", _npi(rng)), ("NPI #", _npi(rng)), ("DEA", _dea(rng, surname)), ("DEA #", _dea(rng, surname)),
        ("MA license #", f"{rng.randint(2, 2)}{_digits(rng, 5)}"), ("license no.", f"MD{_digits(rng, 6)}"),
    ))


def _device_serial(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rng.choice((
        "".join(rng.choice(L) for _ in range(3)) + _digits(rng, 6) + rng.choice("HSGR"),
        _digits(rng, 6), _digits(rng, 7), f"{rng.choice(L)}{_digits(rng, 7)}", _digits(rng, 11),
        "".join(rng.choice(L) for _ in range(2)) + _digits(rng, 5),
    ))


_VIN_VAL = {**{str(k): k for k in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
            "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(("1G4", "1FA", "4T1", "1HG", "2G1", "JTD", "1N4", "KMH", "3VW"))
    vds = "".join(rng.choice(chars) for _ in range(5))
    tail = rng.choice("56789ABCDEF") + rng.choice("ABCHKMU0123") + _digits(rng, 6)
    v = wmi + vds + "0" + tail
    s = sum(_VIN_VAL[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def _plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rng.choice((
        f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}-{_digits(rng, 3)}",
        f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{_digits(rng, 3)}",
        f"{_digits(rng, 3)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}",
        f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)} {_digits(rng, 3)}",
    ))


def _ip(rng: random.Random) -> str:
    first = rng.choice((24, 50, 66, 68, 71, 73, 75, 96, 98, 108, 173, 174, 209))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _zip(rng: random.Random, state: str | None = None) -> str:
    z = rng.choice(_ZIP_BY_STATE[state or rng.choice(_STATES)]) + _digits(rng, 2)
    return f"{z}-{_digits(rng, 4)}" if rng.random() < 0.25 else z


def _street(rng: random.Random) -> str:
    s = f"{rng.randint(2, 1480)} {rng.choice(_STREETS)} {rng.choice(_SUFFIXES)}"
    r = rng.random()
    if r < 0.2:
        s += f", Apt {rng.randint(1, 24)}{rng.choice(('', 'A', 'B'))}"
    elif r < 0.3:
        s += f" #{rng.randint(2, 9)}"
    elif r < 0.38:
        s += f", Unit {rng.randint(1, 40)}"
    return s


def _real_date(rng: random.Random, y: int, m: int | None = None, d: int | None = None, two_digit: bool = True) -> str:
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    fmts = [
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon} {y}",
        f"{mon[:3]} {d} {y}", f"{d:02d}-{mon[:3]}-{y}", f"{m}.{d}.{y}", f"{mon[:3]}. {d}, {y}", f"{mon} {y}",
    ]
    if two_digit:
        fmts.append(f"{m}/{d}/{y % 100:02d}")
    return rng.choice(fmts)


def _shifted(rng: random.Random, y: int | None = None) -> str:
    y = y or rng.randint(2110, 2195)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"))


_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _age_words(age: int) -> str:
    if age < 100:
        return "ninety" + (f"-{_ONES[age - 90]}" if age > 90 else "")
    if age == 100:
        return "one hundred"
    return "one hundred and " + _ONES[age - 100]


def _article(age_tokens: list) -> str:
    """'an' before 8x and eighty-, 'a' otherwise (a masked age reads 'a ___ year old')."""
    first = age_tokens[0]
    text = first.value if isinstance(first, _Slot) else first
    return "an" if text.startswith("8") else "a"


# --------------------------------------------------------------------------------------------------
# People and the note context
# --------------------------------------------------------------------------------------------------


@dataclass
class _Person:
    first: str
    last: str
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Ctx:
    rng: random.Random
    kind: str
    shift_year: int
    real_year: int
    sex: str
    pt: _Person
    age: int
    heavy: bool = False
    compact: bool = False
    guardian: bool = False
    want: set = field(default_factory=set)
    used_last: set = field(default_factory=set)
    groups: int = 0

    # ---- helpers -------------------------------------------------------------------------------
    def g(self) -> int:
        self.groups += 1
        return self.groups

    @property
    def she(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def her(self) -> str:
        return "her" if self.sex == "F" else "his"

    @property
    def hon(self) -> str:
        return "Ms." if self.sex == "F" else "Mr."

    @property
    def noun(self) -> str:
        return "woman" if self.sex == "F" else "man"

    def person(self, sex: str | None = None, last: str | None = None) -> _Person:
        rng = self.rng
        sex = sex or rng.choice("FM")
        first = rng.choice(_FIRST_F if sex == "F" else _FIRST_M)
        if last is None:
            pool = [s for s in _SURNAMES if s not in self.used_last]
            last = rng.choice(pool)
            self.used_last.add(last)
        return _Person(first, last, sex)

    def name(self, p: _Person, group: int = 0, style: str | None = None) -> _Slot:
        """A PERSON slot: full name, initial + surname, or name with middle initial."""
        style = style or self.rng.choice(("full", "full", "full", "initial", "middle"))
        if style == "initial":
            v = f"{p.first[0]}. {p.last}"
        elif style == "middle":
            v = f"{p.first} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.last}"
        elif style == "last":
            v = p.last
        elif style == "first":
            v = p.first
        else:
            v = p.full
        return _Slot("PERSON", v, group)

    def dr(self, p: _Person, group: int = 0) -> list:
        """'Dr. X' with only X in the slot."""
        r = self.rng.random()
        if r < 0.55:
            return ["Dr. ", _Slot("PERSON", p.last, group)]
        if r < 0.8:
            return ["Dr. ", _Slot("PERSON", p.full, group)]
        return [_Slot("PERSON", p.full, group), self.rng.choice((", MD", " MD", ", M.D.", ", DO"))]

    def date_real(self, y: int | None = None) -> _Slot:
        return _Slot("DATE_REAL_YEAR", _real_date(self.rng, y or self.rng.randint(self.real_year - 6, self.real_year)))

    def sdate(self) -> str:
        return _shifted(self.rng, self.shift_year + self.rng.choice((0, 0, 0, -1)))

    def age_tokens(self, cap: bool = False) -> list:
        """'NN year old' with the number in a slot when >= 90, literal (or ___) below."""
        rng = self.rng
        suffix = rng.choice((" year old", "-year-old", " y/o", " yo", " year-old", " yo"))
        if self.age >= 90:
            if rng.random() < 0.3 and suffix in (" year old", "-year-old", " year-old"):
                w = _age_words(self.age)
                return [_Slot("AGE_OVER_89", w[0].upper() + w[1:] if cap else w), suffix]
            return [_Slot("AGE_OVER_89", str(self.age)), suffix]
        if rng.random() < 0.5:
            return [f"{self.age}{suffix}"]
        return [f"___{suffix}"]

    def org(self, pool: tuple, group: int = 0) -> _Slot:
        return _Slot("ORGANIZATION", self.rng.choice(pool), group)

    def loc(self, group: int = 0, far: bool = False) -> _Slot:
        """A town (New England unless ``far``), a neighbourhood or a county."""
        r = self.rng.random()
        if r < 0.75:
            v = self.rng.choice(_TOWNS_US if far else tuple(t for t, _ in _TOWNS_NE))
        elif r < 0.92:
            v = self.rng.choice(_NEIGHBOURHOODS)
        else:
            v = self.rng.choice(_COUNTIES)
        return _Slot("LOCATION", v, group)

    def email(self, p: _Person, firm: bool = False, org: bool = False) -> _Slot:
        rng = self.rng
        f, last = _ascii(p.first).lower(), _ascii(p.last).lower()
        local = rng.choice((f"{f[0]}{last}", f"{f}.{last}", f"{f}{last}{rng.randint(2, 99)}", f"{last}.{f[0]}",
                            f"{f}_{last[:4]}{rng.randint(30, 59)}"))
        if firm:
            dom = rng.choice(("feldokaforlaw.com", "brennankapoor.com", "marchandelderlaw.net"))
        elif org:
            dom = rng.choice(("willowmerehospice.org", "greylockvalleyhospice.org", "lanternhospice.org",
                              "compassrosehospice.com", "harborviewgeri.org"))
        else:
            dom = rng.choice(("gmail.com", "comcast.net", "verizon.net", "yahoo.com", "aol.com", "outlook.com",
                              "charter.net", "hotmail.com", "icloud.com"))
        return _Slot("EMAIL", f"{local}@{dom}")


# --------------------------------------------------------------------------------------------------
# Clinical filler pools (look-alikes live here and are never slots)
# --------------------------------------------------------------------------------------------------

_DEMENTIA = (
    "advanced Alzheimer dementia (FAST stage 7a)", "mixed Alzheimer/vascular dementia (FAST 6d)",
    "dementia with Lewy bodies", "Parkinson disease with dementia",
    "moderate Alzheimer dementia (MoCA 12/30 in 2022)", "frontotemporal dementia",
    "mild cognitive impairment (MMSE 24/30)", "vascular dementia after bilateral MCA strokes",
    "advanced dementia, FAST stage 7c, nonverbal",
)
_PMH = (
    "HFpEF (LVEF 60-65%)", "chronic atrial fibrillation (CHA2DS2-VASc 6)", "CKD stage 3b (baseline Cr 1.4)",
    "osteoporosis with prior left Colles fracture", "COPD on 2L home O2", "chronic hyponatremia (baseline Na 131)",
    "macular degeneration, legally blind", "bilateral sensorineural hearing loss (hearing aids)",
    "recurrent falls (Morse Fall Scale 85)", "type 2 diabetes mellitus (A1c 6.9%)", "hypothyroidism",
    "BPH with chronic Foley catheter", "prior right MCA stroke with left hemiparesis", "stage 4 sacral pressure injury",
    "frailty (Clinical Frailty Scale 7)", "normal pressure hydrocephalus s/p VP shunt",
    "severe aortic stenosis (AVA 0.8 cm2), declined TAVR", "polymyalgia rheumatica on low-dose prednisone",
    "Paget disease of bone (pelvis)", "sick sinus syndrome s/p dual-chamber pacemaker", "glaucoma",
    "chronic anemia (baseline Hgb 9-10)", "depression", "osteoarthritis with Heberden nodes",
    "history of Zenker diverticulum", "Hashimoto thyroiditis", "spinal stenosis", "gout", "hypertension",
    "remote breast cancer s/p lumpectomy (1994)", "Dupuytren contracture", "orthostatic hypotension",
    "remote Whipple procedure for ampullary adenoma", "pernicious anemia on monthly B12",
    "immunizations: Fluzone High-Dose (lot UT7731AA) and Prevnar 20 (lot GF2218) at the facility",
)
_MEDS = (
    "Donepezil 10 mg PO QHS", "Memantine 10 mg PO BID", "Rivastigmine 9.5 mg/24 hr patch TD DAILY",
    "Carbidopa-Levodopa (25-100) 1 TAB PO at 0700, 1100, 1500 and 1900", "Apixaban 2.5 mg PO BID",
    "Metoprolol Succinate XL 25 mg PO DAILY", "Furosemide 20 mg PO DAILY", "Levothyroxine Sodium 50 mcg PO DAILY",
    "Tamsulosin 0.4 mg PO QHS", "Mirtazapine 7.5 mg PO QHS", "Sertraline 25 mg PO DAILY",
    "Acetaminophen 650 mg PO Q6H", "Senna 8.6 mg PO BID", "Polyethylene Glycol 17 g PO DAILY",
    "Vitamin D3 1000 UNIT PO DAILY", "Calcium Carbonate 500 mg PO BID", "Alendronate 70 mg PO QWEEK (Sunday)",
    "Omeprazole 20 mg PO DAILY", "QUEtiapine Fumarate 12.5 mg PO QHS:PRN agitation",
    "Morphine Sulfate (Concentrated Oral Soln) 20 mg/mL 0.25 mL SL Q2H:PRN pain or dyspnea",
    "LORazepam 0.5 mg SL Q4H:PRN anxiety", "Glycopyrrolate 0.2 mg SC Q4H:PRN secretions",
    "Scopolamine 1 mg/3 days patch TD Q72H", "Haloperidol 0.5 mg PO Q6H:PRN delirium",
    "Bisacodyl 10 mg PR DAILY:PRN constipation", "Lidocaine 5% Patch 1 PTCH TD QAM (12 h on/12 h off)",
    "Artificial Tears 1-2 DROP BOTH EYES PRN", "OxyCODONE (Immediate Release) 2.5 mg PO Q4H:PRN",
    "Enoxaparin Sodium 40 mg SC DAILY", "Ensure Plus 1 bottle PO TID with meals", "Glargine 6 Units Bedtime",
    "Atorvastatin 20 mg PO QPM", "Gabapentin 100 mg PO QHS", "Melatonin 3 mg PO QHS",
    "Latanoprost 0.005% 1 DROP OU QHS",
    "Prednisone 5 mg PO DAILY", "Timolol Maleate 0.5% 1 DROP OU BID", "Docusate Sodium 100 mg PO BID",
)
_BRANDS = {"Donepezil": "Aricept", "Memantine": "Namenda", "Rivastigmine": "Exelon", "Carbidopa-Levodopa": "Sinemet",
           "Apixaban": "Eliquis", "Furosemide": "Lasix", "Levothyroxine": "Synthroid", "Tamsulosin": "Flomax",
           "Mirtazapine": "Remeron", "QUEtiapine": "Seroquel", "Morphine": "Roxanol", "LORazepam": "Ativan",
           "Haloperidol": "Haldol", "Glycopyrrolate": "Robinul", "Lidocaine": "Lidoderm", "Sertraline": "Zoloft",
           "Alendronate": "Fosamax", "Enoxaparin": "Lovenox"}
_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
              "Codeine / Haldol", "Patient recorded as having No Known Allergies to Drugs", "Lisinopril / latex",
              "aspirin")
_LANGS = ("Portuguese", "Polish", "Vietnamese", "Spanish", "Haitian Creole", "Cantonese", "Italian", "Greek",
          "Cape Verdean Creole", "Korean", "Yoruba")
_JOBS = ("loom fixer", "stitcher", "bookkeeper", "third-grade teacher", "machinist", "fisherman", "nurse's aide",
         "baker", "seamstress", "granite cutter", "mail carrier", "parish secretary", "watchmaker", "welder",
         "school cafeteria cook", "typesetter", "church organist")
_SCANNERS = ("Siemens SOMATOM Definition AS+", "GE Revolution EVO", "Philips Incisive CT", "Canon Aquilion ONE",
             "Siemens SOMATOM go.Top", "GE Optima CT660")
_HOTLINES = (
    "the Eldercare Locator at 1-800-677-1116", "the Alzheimer's Association 24/7 Helpline at 1-800-272-3900",
    "1-800-MEDICARE (1-800-633-4227)", "Poison Control at 1-800-222-1222",
    "the 988 Suicide & Crisis Lifeline (call or text 988)",
)
_PUBLIC_SITES = ("www.medicare.gov/care-compare", "www.alz.org", "www.nia.nih.gov/health/alzheimers",
                 "www.molst-ma.org", "polst.org", "theconversationproject.org", "www.nhpco.org",
                 "www.cdc.gov/steadi", "caringbridge.org")
_PART_D = ("SilverScript Choice (PDP)", "AARP Medicare Part D from UnitedHealthcare", "Wellcare Value Script",
           "Humana Basic Rx Plan", "Medicare Part D (Cigna Saver Rx)")
_SUPPLEMENT = ("Blue Cross Medex Core", "AARP Medigap Plan G", "Tufts Medicare Preferred HMO", "Fallon NaviCare",
               "Harvard Pilgrim Medicare Enhance")

# --------------------------------------------------------------------------------------------------
# Discharge summary pieces
# --------------------------------------------------------------------------------------------------


def _vitals(rng: random.Random) -> str:
    sbp, dbp = rng.randint(96, 168), rng.randint(48, 92)
    return (f"T {rng.choice(('97.', '98.', '99.'))}{rng.randint(0, 9)} BP {sbp}/{dbp} HR {rng.randint(54, 112)} "
            f"RR {rng.randint(14, 24)} SpO2 {rng.randint(89, 99)}% {rng.choice(('RA', '2L NC', '3L NC', 'RA'))}")


def _labs(ctx: _Ctx) -> str:
    rng = ctx.rng
    t = f"{rng.randint(3, 11):02d}:{rng.choice(('05', '10', '25', '40', '52'))}{rng.choice(('AM', 'AM', 'PM'))}"
    stamp = rng.choice(("___", "___", ctx.sdate()))
    w = rng.uniform(3.1, 16.5)
    lines = [
        f"{stamp} {t} BLOOD WBC-{w:.1f}{'*' if w > 11 else ''} RBC-{rng.uniform(2.9, 4.4):.2f}* "
        f"Hgb-{rng.uniform(8.1, 12.9):.1f}* Hct-{rng.uniform(25, 39):.1f}* MCV-{rng.randint(84, 103)} "
        f"RDW-{rng.uniform(13, 17.8):.1f}* Plt {rng.choice(('___', str(rng.randint(110, 390))))}",
        f"{stamp} {t} BLOOD Glucose-{rng.randint(78, 210)}* UreaN-{rng.randint(14, 71)}* "
        f"Creat-{rng.uniform(0.6, 2.6):.1f}* Na-{rng.randint(124, 146)} K-{rng.uniform(3.2, 5.6):.1f} "
        f"Cl-{rng.randint(92, 110)} HCO3-{rng.randint(18, 31)} AnGap-{rng.randint(8, 18)}",
    ]
    extra = (
        f"{stamp} {t} BLOOD Albumin-{rng.uniform(2.1, 3.8):.1f}* Calcium-{rng.uniform(8.0, 10.2):.1f} "
        f"Phos-{rng.uniform(2.4, 4.9):.1f} Mg-{rng.uniform(1.5, 2.4):.1f}",
        f"{stamp} {t} BLOOD TSH-{rng.uniform(0.4, 6.2):.1f} VitB12-{rng.randint(180, 1200)} "
        f"Folate-{rng.randint(6, 20)}",
        f"{stamp} {t} BLOOD PT-{rng.uniform(11, 24):.1f}* INR(PT)-{rng.uniform(1.0, 2.9):.1f}* "
        f"PTT-{rng.uniform(25, 41):.1f}",
        f"{stamp} {t} URINE Color-Yellow Appear-{rng.choice(('Cloudy', 'Hazy', 'Clear'))} "
        f"Sp ___ Leuks-{rng.choice(('LG', 'MOD', 'NEG'))} Nitrite-{rng.choice(('POS', 'NEG'))} "
        f"WBC-{rng.randint(0, 182)} Bacteri-{rng.choice(('MANY', 'FEW', 'NONE'))}",
        f"{stamp} {t} BLOOD CK(CPK)-{rng.randint(60, 4800)}* cTropnT-{rng.choice(('<0.01', '0.03', '0.08'))}*",
        f"{stamp} {t} BLOOD Lactate-{rng.uniform(0.8, 3.9):.1f}",
    )
    lines += rng.sample(extra, rng.randint(0 if ctx.compact else 1, 2))
    return "\n".join(lines)


_SCENARIOS = (
    ("hip", "Fall, left hip pain", "Left hip hemiarthroplasty", "ORTHOPAEDICS"),
    ("hip_nonop", "Unwitnessed fall, right hip fracture", "None", "MEDICINE"),
    ("sdh", "Fall on anticoagulation, headache", "None", "NEUROSURGERY"),
    ("delirium", "Altered mental status, decreased oral intake", "None", "MEDICINE"),
    ("aspiration", "Cough, fever, hypoxia", "Video oropharyngeal swallow study", "MEDICINE"),
    ("ftt", "Failure to thrive, weight loss", "None", "GERIATRICS"),
    ("wander", "Found confused in parked car after missing person alert", "None", "MEDICINE"),
    ("chf", "Dyspnea, leg swelling", "ICD deactivation (tachytherapies turned off)", "CARDIOLOGY"),
    ("syncope", "Syncope", "Implantable loop recorder interrogation", "MEDICINE"),
)


def _hpi(ctx: _Ctx, sc: str, dementia: str, res: list, conds: list[str]) -> list:
    rng = ctx.rng
    pt_ref = rng.choice((
        [ctx.hon, " ", _Slot("PERSON", ctx.pt.last)], [ctx.hon, " ", _Slot("PERSON", ctx.pt.full)],
        [ctx.hon, " ___"], [ctx.hon, " ___"], ["Pt"], ["The patient"],
    ))
    age = ctx.age_tokens()
    opening = _t("{p} is {a} {age} {noun} with {dem}, {c} who {res}",
                 p=pt_ref, a=_article(age), age=age, noun=ctx.noun, dem=dementia, c=", ".join(conds), res=res)
    ev = {
        "hip": _t(" and presents after a fall. Per facility report {she} was found on the floor beside {her} bed by "
                  "the overnight aide at 0415, unable to bear weight on the left leg. Head strike unknown. In the ED "
                  "the left leg was shortened and externally rotated; plain films showed a displaced left femoral neck "
                  "fracture (Garden IV). CT head showed no acute process. {she2} received IV acetaminophen and a "
                  "fascia iliaca block.", she=ctx.she, her=ctx.her, she2=ctx.she.capitalize()),
        "hip_nonop": _t(" and presents after an unwitnessed fall at {her} residence. Films showed an impacted "
                        "right femoral neck fracture. Given advanced dementia, bedbound baseline for 3 months and "
                        "prior stated wishes, the family requested a non-operative, comfort-focused approach.",
                        her=ctx.her),
        "sdh": _t(" and presents after a mechanical fall while walking to the bathroom with {her} rollator; "
                  "{she} struck the left side of {her} head on a dresser. On apixaban for AF. GCS 14 (E4V4M6) on "
                  "arrival. CT head showed a 9 mm left subacute-on-chronic subdural hematoma without midline shift. "
                  "Apixaban reversal with andexanet was discussed and deferred after neurosurgery review.",
                  her=ctx.her, she=ctx.she),
        "delirium": _t(" and presents with 3 days of increased somnolence, poor oral intake and new urinary "
                       "incontinence. Staff note {she} has been pulling at {her} clothes and calling out at night. "
                       "No falls. UA with large leukocyte esterase and positive nitrite. CAM positive, RASS -2.",
                       she=ctx.she, her=ctx.her),
        "aspiration": _t(" and presents with cough after meals, fever to 101.4 F and an oxygen requirement of 3L. "
                         "CXR with right lower lobe opacity. Staff report choking on thin liquids for several weeks "
                         "despite chin-tuck strategy; weight down 4 kg since spring.", ),
        "ftt": _t(" and is admitted for progressive decline: oral intake of about 25% of meals, weight loss of "
                  "7 kg over 6 months (BMI now 17.2), increasing time in bed and two falls in the past month. "
                  "PPS 30%. The family asked for help with goals of care and hospice eligibility."),
        "wander": _t(" and was brought in by police after a missing person alert; {she} had left home in the "
                     "afternoon to buy groceries and was found the next morning asleep in {her} car in a shopping "
                     "plaza parking lot, confused and dehydrated. CK 3,400. No trauma on survey.",
                     she=ctx.she, her=ctx.her),
        "chf": _t(" and presents with 2 weeks of worsening dyspnea on exertion, orthopnea (3 pillows) and weight "
                  "gain of 4 kg despite furosemide. BNP 2,840. CXR with bilateral effusions and Kerley B lines. "
                  "{she2} has an ICD for primary prevention and asked that it not shock {obj} again.",
                  she2=ctx.she.capitalize(), obj="her" if ctx.sex == "F" else "him"),
        "syncope": _t(" and presents after a witnessed syncopal episode at the lunch table lasting about 30 seconds, "
                      "without tonic-clonic activity or incontinence. Orthostatic vitals positive (SBP 142 -> 108). "
                      "Telemetry showed sinus pauses up to 3.2 s overnight."),
    }[sc]
    return opening + ev


def _residence(ctx: _Ctx, plant_org: _Slot, town: _Slot, with_kid: bool) -> tuple[list, str, tuple]:
    """(HPI words, where the course says the patient came from, organisation pool of the residence)."""
    rng = ctx.rng
    r = rng.random()
    room = f"room {rng.randint(101, 348)}{rng.choice(('', 'A', 'B'))}"
    if r < 0.45:
        return (_t("resides at {o} in {t} ({room}), a long-term care facility,", o=plant_org, t=town, room=room),
                "a long-term care facility", _NURSING_HOMES)
    if r < 0.7:
        org = _Slot("ORGANIZATION", rng.choice(_ASSISTED), plant_org.group)
        return (_t("lives at {o}, an assisted living community in {t},", o=org, t=town), "assisted living", _ASSISTED)
    if r < 0.85 and with_kid:
        return (_t("lives with {her} daughter in {t} with 24-hour private aides,", her=ctx.her, t=town), "home", ())
    return _t("lives alone in {t} with VNA services twice weekly,", t=town), "home", ()


def _social(ctx: _Ctx, fam: dict) -> list:
    rng = ctx.rng
    born_abroad = rng.random() < 0.45
    out: list = []
    if born_abroad:
        town, country = rng.choice(_TOWNS_ABROAD)
        out += _t("Born in {t}, {c}; emigrated in {y} ", t=_Slot("LOCATION", town), c=country,
                  y=str(rng.randint(1946, 1972)))
        out += _t("and settled in {t}. ", t=ctx.loc())
    else:
        out += _t("Grew up in {t}", t=ctx.loc(far=True))
        out += rng.choice((_t(", one of {n} children. ", n=str(rng.randint(3, 11))), [". "]))
    job = rng.choice(_JOBS)
    yrs = rng.randint(18, 42)
    out += _t("Worked {y} years as a {j} at {e}; retired in {r}. ", y=str(yrs), j=job,
              e=ctx.org(_SCHOOLS if "teacher" in job or "cafeteria" in job else _EMPLOYERS),
              r=str(rng.randint(1978, 1998)))
    sp = fam["spouse"]
    if fam["guardian"]:
        out.append(rng.choice(("Never married; no children; siblings deceased. ",
                               "Widowed, no children; a younger brother died last year. ")))
    elif rng.random() < 0.7:
        out += _t("Widowed ({w} {s} died in {y}). ", w="husband" if ctx.sex == "F" else "wife",
                  s=ctx.name(sp, style=rng.choice(("first", "full"))), y=str(rng.randint(1990, 2016)))
    else:
        out += _t("Married {n} years; {w} {s}, {a}, lives at home and visits daily. ", n=str(rng.randint(55, 72)),
                  w="husband" if ctx.sex == "F" else "wife", s=ctx.name(sp, style="first"), a=str(rng.randint(84, 89)))
    kids = fam["kids"]
    if kids:
        parts: list = []
        for rel, p, town in kids:
            if rng.random() < 0.5:
                parts.append(_t("{rel} {p} ({a}) in {t}", rel=rel, p=ctx.name(p, style=rng.choice(("first", "full"))),
                                a=str(rng.randint(58, 74)), t=town))
            else:
                parts.append(_t("{rel} {p} in {t}", rel=rel, p=ctx.name(p, style=rng.choice(("first", "full"))),
                                t=town))
        out.append(f"{len(kids)} {'child' if len(kids) == 1 else 'children'}: ")
        for k, part in enumerate(parts):
            out += part
            out.append("; " if k < len(parts) - 1 else ". ")
    if rng.random() < 0.55:
        out += _t("Lifelong member of {c}; attended the lunch program at {s} until this year. ",
                  c=ctx.org(_CHURCHES), s=ctx.org(_SENIOR_CENTRES))
    if rng.random() < 0.4:
        out += _t("Primary language {l}; uses an interpreter for medical conversations. ", l=rng.choice(_LANGS))
    out.append(rng.choice((
        "Former smoker (quit 1968), no alcohol. ", "Never smoker; a glass of wine on holidays. ",
        "Smoked 1 ppd x 30 years, quit in her 50s. " if ctx.sex == "F" else "Smoked a pipe until age 70. ",
    )))
    out.append(rng.choice((
        "Functional status: dependent for bathing and dressing, assist x1 for transfers (Katz ADL 2/6); "
        "ambulates 20 ft with a rolling walker. ",
        "Functional status: bed-to-chair with Hoyer lift, dependent for all ADLs (Katz 0/6, Barthel 10/100). ",
        "Independent in ADLs until 6 months ago; now needs help with bathing and medications (Barthel 65/100). ",
        "Wheelchair-level; feeds self with set-up; incontinent of urine (Barthel 35/100). ",
    )))
    return out


def _family_meeting(ctx: _Ctx, fam: dict, team: dict) -> list:
    rng = ctx.rng
    g = ctx.g()
    hcp_rel, hcp, hcp_town = fam["hcp"]
    att: list = []
    att += _t("{r} and health care proxy {p}", r=hcp_rel, p=ctx.name(hcp, g))
    for rel, p, town in fam["kids"][:3]:
        if p is hcp:
            continue
        if rng.random() < 0.5:
            att += _t(", {r} {p} (by video from {t})", r=rel, p=ctx.name(p, g, rng.choice(("first", "full"))), t=town)
        else:
            att += _t(", {r} {p}", r=rel, p=ctx.name(p, g, rng.choice(("first", "full", "initial"))))
    if rng.random() < 0.5:
        att += _t(", granddaughter {p}", p=ctx.name(ctx.person("F"), g))
    staff = [
        _t("palliative care NP {p}", p=ctx.name(team["np"], g)),
        _t("chaplain {p}", p=ctx.name(team["chaplain"], g, rng.choice(("full", "last", "initial")))),
        _t("social worker {p}", p=ctx.name(team["sw"], g)),
        _t("{lang} interpreter {p}", lang=rng.choice(_LANGS), p=ctx.name(ctx.person(), g)),
    ]
    out = _t("# Goals of care: A family meeting was held on {d} in the 7 North family room with the patient's ",
             d=rng.choice(([ctx.date_real(ctx.real_year)], ["___"], [ctx.sdate()])))
    out += att
    out.append(", as well as ")
    chosen = rng.sample(staff, rng.randint(2, 3))
    for k, s in enumerate(chosen):
        out += s
        out.append(", " if k < len(chosen) - 1 else " ")
    out += _t("and the primary team. We reviewed {her} decline over the past year (weight loss, two admissions, "
              "PPS 30-40%) and the limited benefit of CPR at {her} level of frailty. The family described {her} "
              "as {adj}, and felt {she} would not want a feeding tube. Outcome: DNR/DNI, no ICU transfer, no PEG; "
              "comfort feeding by hand. ACP time 42 minutes (CPT 99497, 99498).\n",
              her=ctx.her, she=ctx.she, adj=rng.choice(("fiercely independent", "devout and private",
                                                         "the family historian", "a practical person")))
    return out


def _guardian(ctx: _Ctx, atty: _Person) -> list:
    rng = ctx.rng
    court_town = rng.choice(_TOWNS_US)
    g = ctx.g()
    out = _t("# Decision-making: {hon} ___ has no surviving family. ", hon=ctx.hon)
    out += _t("Attorney {a} of {f} was appointed temporary guardian by the {c} on {d}; ",
              a=ctx.name(atty, g), f=ctx.org(_LAW_FIRMS, g),
              c=_Slot("ORGANIZATION", f"{court_town} Probate and Family Court", g),
              d=rng.choice(([ctx.date_real(ctx.real_year)], [ctx.sdate()], ["___"])))
    cue, num = rng.choice(("BBO #", "BBO no.", "Bar No.")), f"{rng.randint(5, 6)}{_digits(rng, 5)}"
    out += _t("guardian contact: {cue} {lic}, office {ph}, fax {fx}, {em}. ",
              cue=cue, lic=_Slot("LICENSE", num), ph=_Slot("PHONE", _phone(rng)), fx=_Slot("FAX", _phone(rng)),
              em=ctx.email(atty, firm=True))
    if rng.random() < 0.5:
        cons = ctx.person()
        out += _t("{h} nephew {c} serves as conservator for finances only. ", h=ctx.her.capitalize(),
                  c=ctx.name(cons))
    out.append("A Rogers authorization (substituted-judgment treatment plan) is required before any antipsychotic; "
               "none was given. The guardian consented to DNR/DNI and comfort-focused care.\n")
    return out


def _molst(ctx: _Ctx, fam: dict, team: dict) -> list:
    rng = ctx.rng
    hcp_rel, hcp, _ = fam["hcp"]
    doc = team["attending"] if rng.random() < 0.5 else team["pcp"]
    cue, num = _license(rng, doc.last)
    form = rng.choice(("MOLST", "MOLST (pink form)", "POLST"))
    out = _t("# Code status: DNR/DNI. {f} signed on {d} by {r} {h} and ",
             f=form, d=rng.choice(([ctx.date_real()], [ctx.sdate()], ["___"])), r=hcp_rel, h=ctx.name(hcp))
    out += ctx.dr(doc)
    out += _t(" ({cue} {n}): DNR, DNI, no NIV; transfer to hospital only if comfort needs cannot be met. "
              "Original sent with the patient; copy faxed to the facility at {fx}.\n",
              cue=cue, n=_Slot("LICENSE", num), fx=_Slot("FAX", _phone(rng)))
    return out


def _hospice(ctx: _Ctx, team: dict) -> list:
    rng = ctx.rng
    rn = ctx.person()
    md = ctx.person()
    g = ctx.g()
    out = _t("# Hospice: {hon} ___ elected the Medicare hospice benefit (Part A). Accepted by {h} with start of care "
             "{d}; hospice RN case manager {rn}, ", hon=ctx.hon, h=ctx.org(_HOSPICES, g),
             d=rng.choice(([ctx.date_real(ctx.real_year)], [ctx.sdate()], ["___"])), rn=ctx.name(rn, g))
    out += _t("cell {ph}. Certifying physician ", ph=_Slot("PHONE", _phone(rng)))
    out += ctx.dr(md)
    out += _t(" (NPI {npi}); terminal diagnosis {dx}. Comfort kit (morphine concentrate, lorazepam, haloperidol, "
              "atropine 1% drops) sent with the patient. Hospice line for after-hours symptoms is on the facility "
              "face sheet.\n", npi=_Slot("LICENSE", _npi(rng)),
              dx=rng.choice(("Alzheimer disease, late onset (G30.1)", "heart failure (I50.32)",
                             "adult failure to thrive (R62.7)", "dementia with Lewy bodies (G31.83)")))
    return out


def _device(ctx: _Ctx, sc: str = "") -> list:
    rng = ctx.rng
    kinds = (
        ("dual-chamber pacemaker (Medtronic Azure XT DR MRI, model W1DR01", "pacemaker"),
        ("leadless pacemaker (Medtronic Micra AV, model MC1AVR1", "pacemaker"),
        ("ICD (Boston Scientific Dynagen EL, model D151", "ICD"),
        ("implantable loop recorder (Medtronic LINQ II, model LNQ22", "loop recorder"),
        ("cochlear implant, right (Cochlear Nucleus CI632", "implant"),
        ("deep brain stimulator for Parkinson disease (Medtronic Percept PC, model B35200", "DBS"),
        ("CPAP (ResMed AirSense 10 AutoSet, firmware SX567-0401", "CPAP"),
    )
    kind = kinds[2] if sc == "chf" else kinds[3] if sc == "syncope" else rng.choice(kinds)
    cue = rng.choice(("serial", "SN", "S/N", "serial #", "serial no."))
    return _t("{k}, {cue} {s})", k=kind[0], cue=cue, s=_Slot("DEVICE_ID", _device_serial(rng)))


def _device_course(ctx: _Ctx, sc: str) -> list:
    rng = ctx.rng
    if sc == "syncope":
        return _t("# Loop recorder: Medtronic LINQ II ({cue} {s}) interrogated by EP; pauses as above; remote "
                  "transmissions via the bedside monitor (firmware 2.1.0.4) continue.\n",
                  cue=rng.choice(("SN", "serial")), s=_Slot("DEVICE_ID", _device_serial(rng)))
    if sc == "chf" or rng.random() < 0.3:
        return _t("# ICD: Per patient and proxy, tachytherapies were deactivated by EP with a magnet-free "
                  "programmer session (Boston Scientific device, {cue} {s}); pacing function left on. Last "
                  "interrogation {d}.\n", cue=rng.choice(("SN", "serial")), s=_Slot("DEVICE_ID", _device_serial(rng)),
                  d=ctx.sdate())
    return _t("# Pacemaker: Interrogated by the device clinic; normal function, 38% atrial pacing, battery 9.5 years "
              "(Medtronic, {cue} {s}; CareLink monitor firmware 4.2.0.118).\n",
              cue=rng.choice(("SN", "serial #")), s=_Slot("DEVICE_ID", _device_serial(rng)))


def _driving(ctx: _Ctx) -> list:
    rng = ctx.rng
    car = rng.choice(("2008 Buick LeSabre", "2011 Toyota Camry", "2006 Mercury Grand Marquis", "2014 Honda CR-V",
                      "2009 Ford Taurus", "2012 Hyundai Sonata"))
    g = ctx.g()
    r = rng.random()
    if r < 0.4:
        where = "the facility lot" if ctx.guardian else rng.choice((f"{ctx.her} son's driveway",
                                                                     "a nephew's driveway"))
        v = _t("{h} {car} ({st} plate {p}) has been moved to {w} and will be sold",
               h=ctx.her, car=car, st=rng.choice(_STATES), p=_Slot("VEHICLE_ID", _plate(rng), g), w=where)
    elif r < 0.7:
        v = _t("the family will donate {h} {car} (VIN {vin}) once the title is transferred",
               h=ctx.her, car=car, vin=_Slot("VEHICLE_ID", _vin(rng), g))
    else:
        v = _t("police located {h} {car}, plate {p}, in a shopping plaza lot {m} miles from home",
               h=ctx.her, car=car, p=_Slot("VEHICLE_ID", _plate(rng), g), m=str(rng.randint(6, 40)))
    out = _t("Driving: advised to stop driving; ")
    out += v
    out += _t(". Medical review report filed with the RMV for driver's license {d}. ",
              d=_Slot("LICENSE", f"S{_digits(rng, 8)}"))
    return out


def _contacts(ctx: _Ctx, fam: dict) -> list:
    rng = ctx.rng
    hcp_rel, hcp, hcp_town = fam["hcp"]
    role = "Contacts: guardian" if hcp_rel == "guardian" else f"Contacts: HCP {hcp_rel}"
    out = _t("{r} {p}, cell {ph}", r=role, p=ctx.name(hcp), ph=_Slot("PHONE", _phone(rng)))
    if rng.random() < 0.6 or "EMAIL" in ctx.want:
        out += _t(", email {e}", e=ctx.email(hcp))
    out.append(". ")
    if len(fam["kids"]) > 1 and rng.random() < 0.6:
        rel, p, town = fam["kids"][-1]
        intl = rng.random() < 0.2
        out += _t("Alternate: {r} {p}, {kind} {ph}. ", r=rel, p=ctx.name(p),
                  kind="mobile (abroad)" if intl else rng.choice(("home", "work", "cell")),
                  ph=_Slot("PHONE", _phone(rng, intl)))
    return out


def _address(ctx: _Ctx, lead: str) -> list:
    g = ctx.g()
    town, st = ctx.rng.choice(_TOWNS_NE)
    return _t("{lead} {a}, {t}, {st} {z}. ", lead=lead, a=_Slot("STREET_ADDRESS", _street(ctx.rng), g),
              t=_Slot("LOCATION", town, g), st=st, z=_Slot("ZIP", _zip(ctx.rng, st), g))


def _case_mgmt(ctx: _Ctx, want: set[str]) -> list:
    rng = ctx.rng
    out = ["Case management / insurance: "]
    cue, num = _health_plan(rng)
    out += _t("Primary Medicare A/B, {cue} {n}; secondary {sup}", cue=cue, n=_Slot("HEALTH_PLAN", num),
              sup=rng.choice(_SUPPLEMENT))
    if rng.random() < 0.5:
        out += _t(" (member ID {n}, group # {grp})", n=_Slot("HEALTH_PLAN", _health_plan(rng)[1]),
                  grp=f"{rng.choice(('', '00', 'G'))}{_digits(rng, 5)}")
    out += _t("; Part D {pd}. ", pd=rng.choice(_PART_D))
    if "SSN" in want or rng.random() < 0.5:
        out += _t("MassHealth long-term care application filed by {h} with SSN {s} and five years of bank "
                  "statements. ", h="the guardian" if ctx.guardian else f"{ctx.her} son", s=_Slot("SSN", _ssn(rng)))
    if "ACCOUNT" in want or rng.random() < 0.5:
        out += _t("{cue} {a}. ", cue=rng.choice(("Hospital account #", "Billing account no.", "Encounter number",
                                                 "FIN", "Patient account")), a=_Slot("ACCOUNT", _account(rng)))
    if "ZIP" in want or rng.random() < 0.3:
        out += _t("Home care agency coverage confirmed for ZIP {z}. ", z=_Slot("ZIP", _zip(rng)))
    return out


def _remote(ctx: _Ctx) -> list:
    rng = ctx.rng
    r = 0.5 if ctx.guardian else rng.random()
    if r < 0.35:
        return _t("Telehealth: {h} grandson joined the family meeting by video from abroad; the session log "
                  "showed repeated drops from {ip}. ", h=ctx.her, ip=_Slot("IP_ADDRESS", _ip(rng)))
    if r < 0.7:
        return _t("Remote monitoring: the home fall-detection hub (app version 3.14.2) stopped reporting two days "
                  "before admission; last check-in from {ip}. ", ip=_Slot("IP_ADDRESS", _ip(rng)))
    return _t("Family installed a video camera in {h} apartment (public address {ip}), which recorded the fall. ",
              h=ctx.her, ip=_Slot("IP_ADDRESS", _ip(rng)))


def _webpage(ctx: _Ctx) -> list:
    rng = ctx.rng
    f, last = _ascii(ctx.pt.first).lower(), _ascii(ctx.pt.last).lower()
    if ctx.guardian:
        url = f"https://{f}{last[:4]}{rng.choice(('recipes', 'garden', 'stories'))}.wordpress.com"
        return _t("{h} kept a personal blog until two years ago, still online at {u}. ", h=ctx.she.capitalize(),
                  u=_Slot("URL", url))
    r = rng.random()
    if r < 0.35:
        url = f"https://www.caringbridge.org/visit/{f}{last}"
        return _t("The family posts updates for relatives on a CaringBridge page ({u}). ", u=_Slot("URL", url))
    if r < 0.6:
        url = f"https://www.gofundme.com/f/{rng.choice(('help', 'care-for', 'support'))}-{f}-{last}-at-home"
        return _t("A grandchild started an online fundraiser for private-duty aides: {u}. ", u=_Slot("URL", url))
    if r < 0.8:
        url = f"http://{f}{last[:5]}-memories.blogspot.com"
        return _t("{h} dictated {p} wartime memories to a grandson, who posts them at {u}. ",
                  h=ctx.she.capitalize(), p=ctx.her, u=_Slot("URL", url))
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    url = "https://photos.app.goo.gl/" + "".join(rng.choice(alphabet) for _ in range(17))
    return _t("Daughter shares a family photo album with staff for reminiscence therapy ({u}). ", u=_Slot("URL", url))


def _pager_line(ctx: _Ctx, team: dict) -> list:
    rng = ctx.rng
    who = team["consult"]
    out = _t("# {svc}: Seen by ", svc=rng.choice(("Geriatrics consult", "Palliative care consult", "Geri-psych consult",
                                                   "Neurology consult")))
    out += ctx.dr(who)
    out += _t(" ({cue} {n}); recommendations incorporated below.\n",
              cue=rng.choice(("pager", "pgr", "pager #", "beeper")), n=_Slot("PAGER", _pager(rng)))
    return out


def _course_problems(ctx: _Ctx, sc: str, parkinson: bool) -> list:
    rng = ctx.rng
    P = {
        "hip": ("# Left femoral neck fracture: Orthopaedics recommended hemiarthroplasty for pain control even in the "
                "setting of advanced dementia; the proxy agreed. Underwent cemented left hip hemiarthroplasty on ___ "
                "without complication. Weight bearing as tolerated with posterior hip precautions. Enoxaparin 40 mg "
                "daily x 4 weeks for DVT prophylaxis. Staples out at 14 days at the facility.\n"),
        "hip_nonop": ("# Right femoral neck fracture, non-operative: Pain managed with scheduled acetaminophen, "
                      "lidocaine patch and low-dose oxycodone; repositioning q2h with premedication. Fracture "
                      "expected to remain painful with transfers.\n"),
        "sdh": ("# Left subdural hematoma: small associated traumatic SAH along the convexity (not aneurysmal, so "
                "Hunt and Hess grading does not apply). Neurosurgery recommended non-operative management. "
                "Levetiracetam 500 mg "
                "BID x 7 days. Repeat CT head at 6 hours stable (9 mm). Apixaban held; risks of stroke vs "
                "re-bleeding discussed with the proxy, who chose not to resume anticoagulation.\n"),
        "delirium": ("# Hypoactive delirium: multifactorial (E. coli UTI, constipation, poor sleep, new environment). "
                     "Treated with cefpodoxime x 7 days. Non-pharmacologic measures: glasses and hearing aids on, "
                     "lights on by day, familiar faces. Quetiapine 12.5 mg qHS PRN used twice. CAM negative by "
                     "day 5; back to baseline per facility staff.\n"),
        "aspiration": ("# Aspiration pneumonia / oropharyngeal dysphagia: ampicillin-sulbactam then amoxicillin-"
                       "clavulanate, 7 days total. Video swallow: silent aspiration with thin liquids, penetration "
                       "with nectar (Penetration-Aspiration Scale 8 and 3). After discussion, chose comfort feeding "
                       "with accepted risk: minced and moist (IDDSI level 5), mildly thick liquids, upright 90 "
                       "degrees.\n"),
        "ftt": ("# Failure to thrive / weight loss: albumin 2.4, no reversible cause beyond dementia progression. "
                "Mirtazapine 7.5 mg qHS started; Ensure Plus TID. Meets hospice criteria for dementia (FAST 7a, "
                "weight loss > 10%, recurrent infections).\n"),
        "wander": ("# Dehydration / rhabdomyolysis: CK peaked at 3,400 and normalized with IV fluids. Cr 1.9 -> 1.1.\n"
                   "# Dementia, newly diagnosed: MoCA 14/30 (delayed recall 0/5), CT head with global atrophy. "
                   "B12 and TSH normal. Started donepezil 5 mg qHS. Home safety evaluation by OT.\n"),
        "chf": ("# Acute on chronic HFpEF: diuresed with IV furosemide 40 mg BID, net -4.1 L; weight 61.2 -> 57.0 kg. "
                "Transitioned to torsemide 20 mg daily. Daily weights at the facility; call if gain > 1 kg/day.\n"),
        "syncope": ("# Syncope: likely orthostatic plus sinus pauses. Loop recorder interrogated: 2 pauses of 3-4 s "
                    "correlating with symptoms. After discussion of a pacemaker, the patient declined. Metoprolol "
                    "stopped; compression stockings; fludrocortisone not started given heart failure.\n"),
    }
    out = [P[sc]]
    extra = [
        "# Atrial fibrillation: rate controlled on metoprolol tartrate 12.5 mg BID; anticoagulation discussed "
        "(HAS-BLED 4).\n",
        "# Constipation: no BM x 5 days on admission; senna, PEG and a bisacodyl suppository with good effect.\n",
        "# Pressure injury: stage 3 sacral wound 3 x 2 cm; Braden 11; wound RN recommendations; Roho cushion, "
        "turn q2h.\n",
        "# Urinary retention: 700 mL on bladder scan; Foley placed, voiding trial on day 3 failed; discharged with "
        "Foley and tamsulosin, urology follow-up if consistent with goals.\n",
        "# Parkinson disease: carbidopa-levodopa given at home times (0700/1100/1500/1900), flagged as time-critical. "
        "Avoided haloperidol and metoclopramide.\n",
        "# Hyponatremia: Na 126 on admission, SIADH from poor solute intake; improved to 132 with liberalized diet.\n",
        "# Polypharmacy: deprescribed atorvastatin, alendronate and glipizide per Beers criteria and goals of care.\n",
        "# Depression: sertraline continued; PHQ-9 not obtainable; Cornell Scale for Depression in Dementia 11.\n",
        "# Hearing and vision: pocket talker used for all conversations; Oticon hearing aids sent home with family.\n",
        "# Nutrition: weight 44.3 kg; dietitian recommended Ensure Plus TID and finger foods.\n",
    ]
    if not parkinson:
        extra = [e for e in extra if not e.startswith("# Parkinson")]
    out += rng.sample(extra, 0 if ctx.compact else rng.randint(0, 2))
    return out


_IMAGING = {
    "hip": "HIP/PELVIS XR: Displaced left subcapital femoral neck fracture (Garden IV). Diffuse osteopenia.",
    "hip_nonop": "PELVIS XR: Impacted right femoral neck fracture (Garden I). Vascular calcifications.",
    "sdh": "CT HEAD W/O CONTRAST: 9 mm left mixed-density subdural hematoma, no midline shift. Fazekas grade 2.",
    "delirium": "CT HEAD W/O CONTRAST: No acute intracranial process. Global volume loss, small vessel disease.",
    "aspiration": "CXR: New right lower lobe opacity concerning for aspiration. Video swallow as below.",
    "ftt": "CXR: No acute process. Kyphosis with multilevel compression deformities (unchanged).",
    "wander": "CT HEAD W/O CONTRAST: Global atrophy, hippocampal volume loss (MTA score 3, Scheltens scale).",
    "chf": "CXR: Moderate bilateral effusions, interstitial edema, Kerley B lines. ICD leads in standard position.",
    "syncope": "TTE: LVEF 60%, mild AS (AVA 1.3 cm2). Orthostatics positive.",
}


def _followup(ctx: _Ctx, team: dict) -> list:
    rng = ctx.rng
    pcp = team["pcp"]
    g = ctx.g()
    out: list = ["Follow-up with PCP "]
    out += ctx.dr(pcp, g)
    out += _t(" at {o} within 1-2 weeks of arrival at the facility; office {ph}, fax {fx}.",
              o=ctx.org(_PRACTICES, g), ph=_Slot("PHONE", _phone(rng)), fx=_Slot("FAX", _phone(rng)))
    if rng.random() < 0.4:
        out += _t(" Prescriptions sent to {p}.", p=ctx.org(_PHARMACIES))
    return out


_WHY = {
    "hip": "You came to the hospital after a fall that broke your hip, and you had surgery to repair it. ",
    "hip_nonop": "You came to the hospital after a fall that broke your hip. ",
    "sdh": "You came to the hospital after a fall and had bleeding around the brain. ",
    "delirium": "You were admitted because you were more confused and not eating, from a urine infection. ",
    "aspiration": "You were admitted with pneumonia, likely from food or liquid going down the wrong way. ",
    "ftt": "You were admitted because you were eating very little and losing weight. ",
    "wander": "You were brought in after you were found confused in your car, and you were dehydrated. ",
    "chf": "You came in because you were short of breath and your legs were swollen. ",
    "syncope": "You were admitted after you fainted at lunch. ",
}


def _instructions(ctx: _Ctx, sc: str) -> list:
    rng = ctx.rng
    out = _t("Dear {hon} {n},\n\nIt was a privilege caring for you at {h}. ", hon=ctx.hon,
             n=_Slot("PERSON", ctx.pt.last), h=ctx.org(_HOSPITALS))
    out.append(_WHY[sc])
    out.append("Together with your family we made a plan that focuses on your comfort. ")
    out.append(rng.choice((
        f"Resources for your family: {rng.choice(_HOTLINES)}; information on caregiving at "
        f"{rng.choice(_PUBLIC_SITES)}. ",
        f"For questions about hospice coverage your family can call {_HOTLINES[2]}. ",
        "Please keep the MOLST form with you when you travel between settings. ",
    )))
    out.append("\n\nWe wish you comfort and peace.\n\nYour Care Team")
    return out


_GUARDIAN_WORDS = (("the family requested", "the guardian requested"), ("The family asked", "The guardian asked"),
                   ("the proxy", "the guardian"), ("the family will donate", "the guardian will sell"),
                   ("family reports", "records show"))


def _discharge(ctx: _Ctx, want: set[str]) -> list:
    out = _discharge_body(ctx, want)
    if ctx.guardian:
        for j, t in enumerate(out):
            if isinstance(t, str):
                for a, b in _GUARDIAN_WORDS:
                    t = t.replace(a, b)
                out[j] = t
    return out


def _discharge_body(ctx: _Ctx, want: set[str]) -> list:
    rng = ctx.rng
    sc, cc, proc, service = rng.choice(_SCENARIOS)
    disp = rng.choice(("Extended Care", "Extended Care", "Extended Care", "Home With Service", "Expired"))
    team = {k: ctx.person() for k in ("attending", "pcp", "np", "chaplain", "sw", "consult")}
    spouse = ctx.person("M" if ctx.sex == "F" else "F", last=ctx.pt.last)
    guardian = rng.random() < 0.1
    ctx.guardian = guardian
    kids = []
    for _ in range(0 if guardian else rng.randint(1, 4)):
        s = rng.choice("FM")
        p = ctx.person(s, last=ctx.pt.last if (s == "M" or rng.random() < 0.4) else None)
        kids.append(("daughter" if s == "F" else "son", p, ctx.loc(far=True)))
    if guardian:
        hcp = ("guardian", ctx.person(), ctx.loc())
    elif rng.random() < 0.15:
        hcp = ("niece", ctx.person("F"), ctx.loc(far=True))
    else:
        hcp = kids[0]
    fam = {"spouse": spouse, "kids": kids, "hcp": hcp, "guardian": guardian}

    # ---- header ----
    name_v = rng.choice((f"{ctx.pt.last}, {ctx.pt.first}", ctx.pt.full, f"{ctx.pt.last.upper()}, {ctx.pt.first}"))
    dob = _real_date(rng, ctx.real_year - ctx.age, two_digit=False)
    adm_m, adm_d = rng.randint(1, 12), rng.randint(1, 24)
    out = _t("Name:  {n}                  Unit No:   {u}\n \nAdmission Date:  {a}              Discharge Date:   {d}\n"
             " \nDate of Birth:  {b}             Sex:   {s}\n \nService: {svc}\n \nAllergies: \n{al}\n \n"
             "Attending: {att}.\n \n",
             n=_Slot("PERSON", name_v), u=_Slot("MRN", _mrn(rng)),
             a=_Slot("DATE_REAL_YEAR", _real_date(rng, ctx.real_year, adm_m, adm_d, two_digit=False)),
             d=_Slot("DATE_REAL_YEAR", _real_date(rng, ctx.real_year, adm_m, adm_d + rng.randint(2, 4),
                                                  two_digit=False)),
             b=_Slot("DATE_REAL_YEAR", dob), s=ctx.sex, svc=service, al=rng.choice(_ALLERGIES),
             att=_Slot("PERSON", team["attending"].full))
    out += _t("Chief Complaint:\n{cc}\n \nMajor Surgical or Invasive Procedure:\n{p}\n \n", cc=cc, p=proc)

    # ---- HPI ----
    dementia = rng.choice(_DEMENTIA)
    conds = rng.sample(_PMH, rng.randint(1, 3))
    g = ctx.g()
    res, came_from, res_pool = _residence(ctx, ctx.org(_NURSING_HOMES, g), ctx.loc(g), bool(kids))
    out += ["History of Present Illness:\n"] + _hpi(ctx, sc, dementia, res, conds)
    if rng.random() < 0.5:
        who = [["the facility nurse"]]
        if not guardian:
            who.append(_t("{rel} {p}", rel=hcp[0], p=ctx.name(hcp[1], style="first")))
            who.append([f"the {hcp[0]}"])
        base = [f"was conversant and feeding {'herself' if ctx.sex == 'F' else 'himself'} until last week",
                "has been sleeping more for a month"]
        if sc in ("hip", "hip_nonop", "sdh"):
            base.append("walked to meals with a walker until the fall")
        out += _t(" Per {r}, {she} {base}.", r=rng.choice(who), she=ctx.she, base=rng.choice(base))
    if ctx.age >= 90 and rng.random() < 0.5:
        out += _t(" Of note, {she} turned {a} in the spring and remains {desc}.", she=ctx.she,
                  a=_Slot("AGE_OVER_89", str(ctx.age)), desc=rng.choice(("sociable", "very hard of hearing",
                                                                          "proud of her garden" if ctx.sex == "F"
                                                                          else "proud of his garden")))
    elif ctx.age >= 90:
        out.append(f" A lively {rng.choice(('nonagenarian', 'nonagenarian', f'{ctx.noun} in ' + ctx.her + ' 90s'))}, "
                   f"{ctx.she} enjoyed bingo until recently.")
    out.append("\n \n")

    # ---- PMH ----
    pmh = [dementia] + conds + rng.sample([p for p in _PMH if p not in conds], rng.randint(1, 4))
    out.append("Past Medical History:\n")
    for p in pmh:
        out.append(f"- {p}\n")
    if "DEVICE_ID" in want or sc in ("chf", "syncope") or rng.random() < 0.2:
        out += ["- "] + _device(ctx, sc) + ["\n"]
    out.append(" \n")

    # ---- Social ----
    out.append("Social History:\n")
    if ctx.heavy or (rng.random() < 0.18 and not want & set(_DISCHARGE_ONLY + ("URL", "EMAIL", "PHONE"))):
        out.append("___\n \n")
    else:
        out += _social(ctx, fam)
        if "STREET_ADDRESS" in want or "ZIP" in want or rng.random() < 0.3:
            out += _address(ctx, rng.choice(("Prior to the move lived alone at", "Home address:",
                                             "Previously lived with her sister at" if ctx.sex == "F" else
                                             "Previously lived with his brother at")))
        if "VEHICLE_ID" in want or rng.random() < 0.15:
            out += _driving(ctx)
        if "IP_ADDRESS" in want or rng.random() < 0.1:
            out += _remote(ctx)
        if "URL" in want or rng.random() < 0.12:
            out += _webpage(ctx)
        if "PHONE" in want or "EMAIL" in want or rng.random() < 0.35:
            out += _contacts(ctx, fam)
        out.append("\n \n")
    if not ctx.compact:
        out += ["Family History:\n", rng.choice((
        "Mother with dementia in her 80s. Father died of MI at 62.", "Noncontributory given age.",
        "Sister (deceased) with Parkinson disease; brother with colon cancer at 70.",
            "Unable to obtain; family reports no early dementia.")), "\n \n"]

    # ---- Exam ----
    out.append("Physical Exam:\nADMISSION PHYSICAL EXAM:\n")
    out.append(f"VS: {_vitals(rng)}\n")
    out.append(rng.choice((
        f"General: frail, cachectic elderly {ctx.noun}, resting in bed, in no acute distress\n",
        "General: thin, hard of hearing, answers with single words, appears comfortable\n",
    )))
    if sc in ("hip", "hip_nonop"):
        side = "left" if sc == "hip" else "right"
        ext = f"Ext: {side} leg shortened and externally rotated, pain with log roll; trace edema\n"
    elif sc == "chf":
        ext = "Ext: 2+ pitting edema to the knees bilaterally, chronic venous stasis changes\n"
    else:
        ext = rng.choice(("Ext: warm, trace edema, bilateral Heberden nodes\n",
                          "Ext: no edema; Dupuytren contracture of the right hand\n"))
    body = [
        rng.choice(("HEENT: dry mucous membranes, edentulous, bilateral arcus senilis\n",
                    "HEENT: temporal wasting, left periorbital ecchymosis, pupils 3 mm reactive\n")),
        rng.choice(("CV: irregularly irregular, III/VI systolic murmur at RUSB radiating to carotids\n",
                    "CV: regular, II/VI SEM, JVP to the angle of the jaw\n")),
        rng.choice(("Lungs: crackles at the right base, no wheeze\n",
                    "Lungs: decreased breath sounds at both bases\n")),
        ext,
        rng.choice(("Neuro: oriented to self only; CAM positive; RASS -1; resting tremor and cogwheel rigidity on "
                    "the right; negative Babinski bilaterally\n",
                    "Neuro: Glasgow Coma Scale 14 (E4V4M6); moves all extremities; Romberg not tested\n",
                    "Neuro: MoCA attempted, 9/30; Mini-Cog 0/5; follows one-step commands\n")),
        rng.choice(("Skin: stage 2 sacral pressure injury 2 x 1 cm; Braden score 12\n",
                    "Skin: senile purpura on both forearms, skin tears dressed\n")),
    ]
    keep = sorted(rng.sample(range(len(body)), 3 if ctx.compact else rng.randint(3, 5)))
    if 3 not in keep and sc in ("hip", "hip_nonop", "chf"):
        keep = sorted(keep[1:] + [3])
    out += [body[k] for k in keep]
    if not ctx.compact and rng.random() < 0.3:
        out.append(f"\nDISCHARGE PHYSICAL EXAM:\nVS: {_vitals(rng)}\nGeneral: comfortable, asleep but rousable\n")
    out.append(" \n")

    # ---- Results ----
    out += ["Pertinent Results:\nADMISSION LABS:\n", _labs(ctx), "\n\nIMAGING:\n",
            f"{_IMAGING[sc]} ({rng.choice((ctx.sdate(), '___'))})\n"]
    if rng.random() < 0.35:
        out += _t("Outside records: ", )
        out += rng.choice((
            _t("prior CT head at {o} dated {d}, reportedly unchanged.\n", o=ctx.org(_HOSPITALS),
               d=ctx.date_real()),
            _t("nursing home medication administration record and {o} face sheet (resident no. {m}).\n",
               o=ctx.org(_NURSING_HOMES), m=_Slot("MRN", _mrn(rng))),
            _t("influenza vaccine (Fluzone High-Dose, lot UT{n}AA) given {d}.\n", n=_digits(rng, 4), d=ctx.sdate()),
        ))
    out.append(" \n")

    # ---- Course ----
    out.append("Brief Hospital Course:\n")
    age = ctx.age_tokens()
    out += _t("{hon} {n} is {an} {age} {noun} from {fac} admitted with {cc}.\n",
              hon=ctx.hon, n=_Slot("PERSON", ctx.pt.last), an=_article(age), age=age, noun=ctx.noun,
              fac=[ctx.org(res_pool)] if res_pool and rng.random() < 0.5 else [came_from], cc=cc.lower())
    out += _course_problems(ctx, sc, any("Parkinson" in x for x in [dementia] + conds))
    blocks = []
    if rng.random() < 0.45 and not guardian:
        blocks.append(_family_meeting(ctx, fam, team))
    if "LICENSE" in want or "FAX" in want or rng.random() < 0.4:
        blocks.append(_molst(ctx, fam, team))
    else:
        blocks.append([f"# Code status: DNR/DNI, confirmed with the {'guardian' if guardian else 'proxy'} "
                       "(MOLST on file).\n"])
    if rng.random() < 0.22 or sc == "ftt":
        blocks.append(_hospice(ctx, team))
    if guardian:
        blocks.append(_guardian(ctx, hcp[1]))
    if "PAGER" in want or rng.random() < 0.2:
        blocks.append(_pager_line(ctx, team))
    if sc in ("chf", "syncope") or rng.random() < 0.1:
        blocks.append(_device_course(ctx, sc))
    rng.shuffle(blocks)
    for b in blocks:
        out += b
    if any(c in want for c in ("HEALTH_PLAN", "SSN", "ACCOUNT")) or rng.random() < 0.12:
        out += _case_mgmt(ctx, want) + ["\n"]
    if disp == "Expired":
        out += _t(" \n# Death: {hon} ___ died peacefully at 04:{m} on hospital day {d} with {her} {r} at the bedside. "
                  "Death pronounced by ", hon=ctx.hon, m=f"{rng.randint(10, 59)}", d=str(rng.randint(3, 9)),
                  her=ctx.her, r="chaplain" if guardian else hcp[0])
        out += ctx.dr(team["np"] if rng.random() < 0.5 else ctx.person())
        out.append(f". {'The guardian' if guardian else 'Family'} declined autopsy; the medical examiner was not "
                   "notified (expected death).\n \n")
    else:
        out.append(" \nTransitional issues:\n- Code status: DNR/DNI, MOLST sent with the patient\n")
        out += _t("- Contact: {r} ", r="guardian" if guardian else f"{hcp[0]} (HCP)")
        out += _t("{p}\n", p=ctx.name(hcp[1], style=rng.choice(("full", "first", "initial"))))
        out.append(rng.choice(("- Weekly weights; aspiration precautions\n", "- Reassess need for Foley in 1 week\n",
                               "- Hospice to follow; no labs\n", "- Fall precautions, bed alarm, low bed with mats\n")))
        out.append(" \n")

    # ---- Meds ----
    meds = rng.sample(_MEDS, 3 if ctx.compact else rng.randint(3, 6))
    out.append("Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n")
    for k, m in enumerate(meds, 1):
        brand = _BRANDS.get(m.split()[0]) if rng.random() < 0.3 else None
        out.append(f"{k}. {m}{f' ({brand})' if brand else ''} \n")
    out.append(" \nDischarge Medications:\n")
    if disp == "Expired":
        out.append("None (patient expired).\n")
    elif rng.random() < 0.3:
        out.append(rng.choice(("Same as admission, with the following changes: STOP atorvastatin, alendronate. "
                               "START morphine concentrate and senna as below.\n",
                               "Unchanged from admission except as noted in the hospital course.\n")))
    else:
        dmeds = rng.sample(meds, max(2, len(meds) - 2)) + rng.sample(_MEDS, rng.randint(1, 2))
        for k, m in enumerate(dict.fromkeys(dmeds), 1):
            out.append(f"{k}. {m} \n")
    # ---- Disposition ----
    out.append(f" \nDischarge Disposition:\n{disp}\n \n")
    if disp != "Expired":
        pool = _HOME_CARE if disp == "Home With Service" else (_NURSING_HOMES + _HOSPICES)
        out += _t("Facility:\n{f}\n \n", f=ctx.org(pool))
    sec = [re.sub(r" \(.*?\)", "", x) for x in [dementia] + conds]
    if rng.random() < 0.5:
        sec.append(rng.choice(("DNR status (Z66)", "palliative care encounter (Z51.5)", "frailty (R54)",
                               "repeated falls (R29.6)")))
    out += _t("Discharge Diagnosis:\nPrimary: {p}\nSecondary: {s}\n \n", p=cc.lower(), s="; ".join(sec))
    if disp == "Expired":
        out.append("Discharge Condition:\nDeceased; family at bedside, comfort maintained.\n \n")
        return out
    out.append("Discharge Condition:\nMental Status: Confused - always.\nLevel of Consciousness: Lethargic but "
               "arousable.\nActivity Status: Bedbound.\n \n")
    out += ["Discharge Instructions:\n"] + _instructions(ctx, sc) + ["\n \n"]
    out.append("Followup Instructions:\n")
    if rng.random() < 0.4 and "PHONE" not in want and "FAX" not in want:
        out.append("___\n")
    else:
        out += _followup(ctx, team) + ["\n"]
    return out


# --------------------------------------------------------------------------------------------------
# Radiology reports
# --------------------------------------------------------------------------------------------------

_RAD_EXAMS = ("cthead", "hip", "cxr", "swallow", "mri", "ctcs", "hipop")


def _rad_indication(ctx: _Ctx, what: str) -> list:
    rng = ctx.rng
    age = ctx.age_tokens(cap=True)
    lead = rng.choice(("", "", "History: "))
    out = _t("INDICATION:  {l}{a} {n} with {d} {w}", l=lead, a=age, n=ctx.noun,
             d=rng.choice(("dementia,", "advanced dementia,", "Parkinson disease,", "frailty and recurrent falls,")),
             w=what)
    r = rng.random()
    if r < 0.35 or "ORGANIZATION" in ctx.want:
        g = ctx.g()
        out += _t(" Transferred from {o} in {t}.", o=ctx.org(_NURSING_HOMES + _ASSISTED, g), t=ctx.loc(g))
    elif r < 0.55:
        out += _t(" Resident of {o}.", o=ctx.org(_NURSING_HOMES))
    out.append("  Evaluate as above.\n\n")
    return out


def _rad_comparison(ctx: _Ctx) -> list:
    rng = ctx.rng
    r = rng.random()
    if r < 0.25:
        return ["COMPARISON:  None.\n\n"]
    if r < 0.55:
        return [f"COMPARISON:  {rng.choice(('Radiograph', 'CT', 'Study'))} from {ctx.sdate()}.\n\n"]
    if r < 0.75:
        return _t("COMPARISON:  Outside {k} from {o} dated {d}.\n\n", k=rng.choice(("CT head", "radiographs", "study")),
                  o=ctx.org(_HOSPITALS), d=ctx.date_real())
    if r < 0.88:
        return _t("COMPARISON:  {d}.\n\n", d=ctx.date_real())
    return _t("COMPARISON:  Outside images (MRN {m} at {o}) imported to PACS; study dated {d}.\n\n",
              m=_Slot("MRN", _mrn(rng)), o=ctx.org(_HOSPITALS), d=ctx.sdate())


def _rad_body(ctx: _Ctx, exam: str) -> list:
    rng = ctx.rng
    sc = rng.choice(_SCANNERS)
    if exam == "cthead":
        sdh = rng.random() < 0.45
        mm = rng.randint(5, 14)
        out = ["EXAMINATION:  CT HEAD W/O CONTRAST (CPT 70450)\n\n"]
        out += _rad_indication(ctx, rng.choice(("unwitnessed fall at facility, on apixaban.",
                                                "acute confusion, found on floor.", "fall with head strike.")))
        out.append(f"TECHNIQUE:  Contiguous axial images of the brain were obtained without contrast on a {sc}. "
                   "Coronal and sagittal reformats were generated.\nDOSE:  Acquisition sequence:\n   1) Sequenced "
                   f"Acquisition {rng.randint(14, 16)}.0 s, {rng.randint(15, 18)}.2 cm; CTDIvol = "
                   f"{rng.uniform(45, 60):.1f} mGy (Head) DLP = {rng.randint(700, 980)}.2 mGy-cm.\n Total DLP (Head) "
                   f"= {rng.randint(700, 980)} mGy-cm.\n\n")
        out += _rad_comparison(ctx)
        f = ("FINDINGS:\n\n"
             + ("There is a crescentic mixed-density left holohemispheric subdural collection measuring up to "
                f"{mm} mm, with {rng.randint(0, 4)} mm of rightward midline shift. " if sdh else
                "There is no evidence of acute hemorrhage, edema, mass effect or large territorial infarction. ")
             + "Periventricular and subcortical white matter hypodensities are compatible with chronic small vessel "
               "ischemic disease (Fazekas grade 2). Prominence of the ventricles and sulci is consistent with "
               "age-related involution; the temporal horns are disproportionately enlarged. A chronic lacunar "
               "infarct is noted in the left lentiform nucleus. The basal cisterns are patent. There is no "
               "calvarial fracture. Atherosclerotic calcification of the cavernous carotid arteries. Bilateral "
               "lens replacements. The visualized paranasal sinuses and mastoid air cells are clear.\n\n")
        out.append(f)
        out.append("IMPRESSION:\n\n" + (
            f"1. Left subdural hematoma with subacute and acute components, {mm} mm.\n"
            "2. Chronic small vessel ischemic disease and involutional change.\n" if sdh else
            "1. No acute intracranial abnormality.\n"
            "2. Chronic small vessel ischemic disease and global volume loss.\n"))
        return out
    if exam in ("hip", "hipop"):
        side = rng.choice(("LEFT", "RIGHT"))
        out = [f"EXAMINATION:  PELVIS AND {side} HIP, 2 VIEWS (CPT 73502)\n\n"]
        out += _rad_indication(ctx, rng.choice(("fall, hip pain, unable to bear weight.",
                                                f"status post {side.lower()} hemiarthroplasty.",
                                                "shortened externally rotated leg after fall.")))
        out.append("TECHNIQUE:  AP pelvis and AP and cross-table lateral views of the hip (portable, Carestream "
                   "DRX-Revolution).\n\n")
        out += _rad_comparison(ctx)
        if exam == "hip":
            out.append("FINDINGS:\n\nThere is a displaced subcapital femoral neck fracture with superior migration "
                       f"of the femoral shaft and varus angulation (Garden {rng.choice(('III', 'IV'))}). Diffuse "
                       "osteopenia; the trabecular pattern corresponds to Singh index 2. Coarsened trabeculae and "
                       "cortical thickening of the right hemipelvis are consistent with Paget disease. Moderate "
                       "bilateral hip joint space narrowing. Degenerative changes of the lower lumbar spine and "
                       "sacroiliac joints. Extensive vascular calcifications. Phleboliths in the pelvis. No pubic "
                       "ramus fracture is seen.\n\nIMPRESSION:\n\n1. Displaced femoral neck fracture as above.\n"
                       "2. Osteopenia. Findings suggestive of Paget disease of the right hemipelvis.\n")
        else:
            out.append("FINDINGS:\n\nInterval cemented bipolar hemiarthroplasty in expected alignment. No "
                       "periprosthetic fracture or lucency. Skin staples and soft tissue gas along the lateral "
                       "incision, expected postoperatively. Heterotopic ossification is absent. Osteopenia. "
                       "Contralateral hip with moderate degenerative narrowing.\n\nIMPRESSION:\n\n"
                       "Postoperative hemiarthroplasty without complication.\n")
        return out
    if exam == "cxr":
        out = ["EXAMINATION:  CHEST (PORTABLE AP) (CPT 71045)\n\n"]
        out += _rad_indication(ctx, rng.choice(("cough after meals, fever, evaluate for aspiration.",
                                                "hypoxia, leg swelling, evaluate for effusion.",
                                                "new oxygen requirement.")))
        out.append("TECHNIQUE:  Single portable AP view of the chest, patient semi-upright.\n\n")
        out += _rad_comparison(ctx)
        out.append(rng.choice((
            "FINDINGS:\n\nNew patchy opacity in the right lower lobe and retrocardiac region, in a distribution "
            "compatible with aspiration. Heart size is top-normal. Tortuous, calcified thoracic aorta. No "
            "pneumothorax. Small right pleural effusion. Severe kyphosis with multilevel compression deformities, "
            "unchanged. Degenerative changes of both glenohumeral joints.\n\nIMPRESSION:\n\n"
            "Right lower lobe and retrocardiac opacity, likely aspiration pneumonia in the appropriate setting.\n",
            "FINDINGS:\n\nModerate bilateral pleural effusions with adjacent compressive atelectasis, increased. "
            "Interstitial edema with Kerley B lines. Cardiomegaly. Left-sided dual-chamber device with leads "
            "terminating in the right atrium and right ventricle. Mitral annular calcification.\n\n"
            "IMPRESSION:\n\nModerate pulmonary edema and bilateral effusions, worse than prior.\n",
        )))
        return out
    if exam == "swallow":
        out = ["EXAMINATION:  VIDEO OROPHARYNGEAL SWALLOW (CPT 92611)\n\n"]
        out += _rad_indication(ctx, "coughing with meals, recurrent aspiration pneumonia.")
        g = ctx.g()
        slp = ctx.person()
        out += _t("TECHNIQUE:  Oropharyngeal swallow video fluoroscopy was performed in conjunction with the speech "
                  "and swallow division ({p}, CCC-SLP). Multiple consistencies of barium were administered. "
                  "Fluoroscopy time {ft} minutes.\n\n", p=ctx.name(slp, g, rng.choice(("full", "initial"))),
                  ft=f"{rng.uniform(1.2, 4.8):.1f}")
        if rng.random() < 0.4:
            fam_p = ctx.person()
            out += _t("The patient's {r}, {p}, was present and assisted with positioning.\n\n",
                      r=rng.choice(("daughter", "son", "granddaughter", "health care proxy")), p=ctx.name(fam_p, g))
        out += _rad_comparison(ctx)
        out.append("FINDINGS:\n\nOral phase: prolonged bolus formation and piecemeal deglutition; premature spillage "
                   "to the valleculae with thin liquids. Pharyngeal phase: delayed swallow initiation, reduced "
                   "laryngeal elevation and epiglottic inversion, moderate vallecular and pyriform sinus residue. "
                   "Silent aspiration with thin liquids by cup (Penetration-Aspiration Scale 8); penetration without "
                   "aspiration with nectar-thick liquids (PAS 3). " + rng.choice((
                       "A small Zenker diverticulum is present. ", "A prominent cricopharyngeal bar is noted. ",
                       "A small Schatzki ring is seen at the GE junction on the scout esophageal view. ")) +
                   "\n\nIMPRESSION:\n\nSilent aspiration with thin liquids. Recommendations per SLP: mildly thick "
                   "liquids (IDDSI level 2), minced and moist solids (IDDSI level 5), chin tuck, 1:1 supervision.\n")
        return out
    if exam == "mri":
        out = ["EXAMINATION:  MRI BRAIN WITHOUT CONTRAST\n\n"]
        out += _rad_indication(ctx, "progressive memory loss and visual hallucinations; evaluate for "
                                    "neurodegenerative pattern, NPH.")
        out.append("TECHNIQUE:  Sagittal T1, axial FLAIR, T2, DWI, SWI and coronal T1 MPRAGE images were acquired "
                   "on a 1.5T Philips Ingenia scanner (software release 5.7.1).\n")
        if rng.random() < 0.6 or "DEVICE_ID" in ctx.want:
            out += _t("MRI SAFETY:  The patient has an MR-conditional {d} (serial {s}). The device was programmed to "
                      "MRI mode by the device clinic before and restored after the examination.\n",
                      d=rng.choice(("Medtronic Azure XT DR MRI pacemaker", "Micra AV leadless pacemaker",
                                    "LINQ II loop recorder")), s=_Slot("DEVICE_ID", _device_serial(rng)))
        out.append("\n")
        out += _rad_comparison(ctx)
        out.append("FINDINGS:\n\n" + rng.choice((
            f"Moderate generalized volume loss with disproportionate bilateral medial temporal atrophy (MTA score "
            f"{rng.randint(3, 4)}, Scheltens scale), a pattern typical of Alzheimer disease. ",
            "Mild generalized volume loss with relative preservation of the medial temporal lobes (MTA score 1, "
            "Scheltens scale), which would favor dementia with Lewy bodies over Alzheimer disease in the "
            "appropriate clinical setting. ")) +
                   f"Evans index {rng.uniform(0.26, 0.36):.2f}; no callosal angle narrowing. "
                   "Confluent FLAIR hyperintensities (Fazekas grade 2). Several cortical microbleeds on SWI in a "
                   "lobar distribution. No cortical restricted diffusion to suggest Creutzfeldt-Jakob disease."
                   "\n\nIMPRESSION:\n\n1. Neurodegenerative pattern of atrophy as above.\n"
                   "2. Chronic microvascular disease and lobar microbleeds, possibly amyloid "
                   "angiopathy.\n3. No findings to suggest normal pressure hydrocephalus.\n")
        return out
    out = ["EXAMINATION:  CT C-SPINE W/O CONTRAST (CPT 72125)\n\n"]
    out += _rad_indication(ctx, "fall down stairs, neck pain.")
    out.append(f"TECHNIQUE:  Non-contrast helical axial images of the cervical spine on a {sc}. Sagittal and "
               "coronal reformations.\n\n")
    out += _rad_comparison(ctx)
    out.append("FINDINGS:\n\n" + rng.choice((
        "There is a type II odontoid fracture with 2 mm posterior displacement. ",
        "No acute fracture or traumatic malalignment. ")) +
        "Flowing anterior osteophytes from C3 to C6 are compatible with diffuse idiopathic skeletal hyperostosis "
        "(DISH). Multilevel degenerative disc disease, worst at C5-C6, with moderate canal narrowing. Severe "
        "atlantodental osteoarthritis. Biapical pleural thickening. Calcification of both carotid bulbs.\n\n"
        "IMPRESSION:\n\nSee findings. In elderly patients with DISH, occult fractures may require MRI.\n")
    return out


def _rad_footer(ctx: _Ctx, want: set[str]) -> list:
    rng = ctx.rng
    out: list = []
    g = ctx.g()
    doc_a, doc_b = ctx.person(), ctx.person()
    if rng.random() < 0.5 or {"PAGER", "PERSON", "PHONE"} & want:
        out.append("\nNOTIFICATION:  The findings were discussed with ")
        out += ctx.dr(doc_a, g)
        pg = "PAGER" in want or rng.random() < 0.3
        ph = "PHONE" in want or rng.random() < 0.15
        if pg and ph:
            out += _t(" (pager {p}, cell {c})", p=_Slot("PAGER", _pager(rng)), c=_Slot("PHONE", _phone(rng)))
        elif pg:
            out += _t(" (pager {p})", p=_Slot("PAGER", _pager(rng)))
        elif ph:
            out += _t(" (cell {p})", p=_Slot("PHONE", _phone(rng)))
        out.append(" by ")
        out += ctx.dr(doc_b, g)
        clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}"
        out += _t(" on the telephone on {d} at {c}, {n} minutes after discovery of the findings.\n",
                  d=rng.choice(([ctx.date_real(ctx.real_year)], ["___"], ["___"])), c=clock, n=str(rng.randint(2, 30)))
    extras = []
    if "FAX" in want or rng.random() < 0.15:
        nurse = ctx.person()
        extras.append(_t("Report faxed to {o}, attention {p}, fax {f}, at the request of the hospice nurse.\n",
                         o=ctx.org(_NURSING_HOMES + _HOSPICES), p=ctx.name(nurse), f=_Slot("FAX", _phone(rng))))
    if "EMAIL" in want or rng.random() < 0.08:
        md = ctx.person()
        extras.append(_t("Per family request, a copy of the report was e-mailed to the hospice medical director, "
                         "{p} ({e}).\n", p=ctx.name(md), e=ctx.email(md, org=True)))
    if "URL" in want or rng.random() < 0.08:
        tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        host = rng.choice(("share.northcoastimaging.net/s/", "imageshare.quinsigamond-rad.org/p/",
                           "pacslink.tollandvalley.org/view?tok="))
        extras.append(_t("Outside images were reviewed through the patient's image-share link {u}.\n",
                         u=_Slot("URL", f"https://{host}{tok}")))
    if "LICENSE" in want or rng.random() < 0.08:
        o = ctx.person()
        extras.append(_t("Ordering provider: {p}, NPI {n}.\n", p=ctx.name(o), n=_Slot("LICENSE", _npi(rng))))
    if "MRN" in want or rng.random() < 0.08:
        extras.append(_t("Patient identity confirmed with two identifiers (name and MRN {m}) before the study.\n",
                         m=_Slot("MRN", _mrn(rng))))
    if "LOCATION" in want or rng.random() < 0.1:
        extras.append(_t("Patient arrived by ambulance from {t}; {h} {r} accompanied.\n", t=ctx.loc(), h=ctx.her,
                         r=rng.choice(("daughter", "son", "niece"))))
    if "DATE_REAL_YEAR" in want or rng.random() < 0.1:
        extras.append(_t("ADDENDUM:  Outside prior study dated {d} was subsequently reviewed; no change in the "
                         "above impression.\n", d=ctx.date_real()))
    if extras:
        out.append("\n")
    for e in extras:
        out += e
    return out


def _radiology(ctx: _Ctx, want: set[str]) -> list:
    rng = ctx.rng
    exam = rng.choice(_RAD_EXAMS)
    if "DEVICE_ID" in want:
        exam = "mri"
    body = _rad_body(ctx, exam)
    return body + _rad_footer(ctx, want)


# --------------------------------------------------------------------------------------------------
# Assembling one labelled note
# --------------------------------------------------------------------------------------------------

_RAD_CATS = ("PHONE", "FAX", "PAGER", "EMAIL", "URL", "MRN", "LICENSE", "LOCATION", "ORGANIZATION",
             "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "PERSON")
_BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_DISCHARGE_ONLY = tuple(c for c in CATEGORIES if c not in _RAD_CATS)

_OVERMASK = (("Lewy bodies", "___ bodies"), ("Parkinson disease", "___ disease"), ("Hunt and Hess", "Hunt and ___"),
             ("Foley", "___"), ("Glasgow Coma Scale", "___ Coma Scale"), ("Barthel", "___"), ("Kerley B", "___ B"),
             ("Paget disease", "___ disease"), ("Zenker", "___"), ("Scheltens", "___"), ("Rogers", "___"),
             ("Heberden", "___"), ("Fazekas", "___"), ("Medtronic", "___"), ("Boston Scientific", "___"),
             ("Siemens", "___"), ("Philips", "___"), ("Carestream", "___"), ("Schatzki", "___"), ("Garden", "___"),
             ("Creutzfeldt-Jakob", "___"), ("Singh index", "___ index"), ("Evans index", "___ index"),
             ("Babinski", "___"), ("Romberg", "___"), ("Hoyer", "___"), ("Dupuytren", "___"), ("Colles", "___"))
# heavy masking also blanks shifted dates, clock times and ages below 90 (over-zealous de-identification)
_OVERMASK_RX = re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d\d/\d\d/21\d\d\b|\b\d{1,2}:\d\d ?(?:AM|PM)\b|"
                          r"\b[78]\d(?=(?: year|-year| y/o| yo\b))")


def _weights(kind: str) -> dict[str, float]:
    """Relative planting weight per category (discharge-only kinds carry the load radiology cannot take)."""
    cats = CATEGORIES if kind == "discharge" else _RAD_CATS
    w = {}
    for c in cats:
        if c in _BIG:
            w[c] = 1.5
        elif c in _DISCHARGE_ONLY:
            w[c] = 3.5
        else:
            w[c] = 1.0
    return w


def _pick_categories(rng: random.Random, kind: str, k: int, j: int, seed: int) -> list[str]:
    """k distinct categories walking a weight-proportional rotation with the note's per-kind index ``j`` at
    four spread offsets (keeps per-category counts steady from seed to seed)."""
    w = _weights(kind)
    rot = [c for c in sorted(w) for _ in range(round(2 * w[c]))]
    step = next(x for x in (7, 11, 13, 17, 19, 23) if len(rot) % x)
    chosen: list[str] = []
    for off in (0, len(rot) // 2, len(rot) // 4, 3 * len(rot) // 4)[:k]:
        pos = (j * step + seed * 3 + off) % len(rot)
        while rot[pos] in chosen:
            pos = (pos + 1) % len(rot)
        chosen.append(rot[pos])
    while len(chosen) < k:
        pool = [c for c in w if c not in chosen]
        chosen.append(rng.choices(pool, [w[x] for x in pool])[0])
    return chosen


def _render(tokens: list, planted: set[int], heavy: bool) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for tok in tokens:
        if isinstance(tok, _Slot):
            if id(tok) in planted:
                spans.append((pos, pos + len(tok.value), tok.cat))
                s = tok.value
            else:
                s = "___"
        else:
            s = tok
            if heavy:
                for a, b in _OVERMASK:
                    s = s.replace(a, b)
                s = _OVERMASK_RX.sub("___", s)
        parts.append(s)
        pos += len(s)
    return "".join(parts), spans


def _plan(seed: int, i: int) -> tuple[str, bool, bool, int, list[str], str, int, int]:
    """What note ``i`` is (kind, heavy, planted, budget, categories, sex, age, real year), fixed across retries."""
    rng = random.Random(f"holdout19|plan|{seed}|{i}")
    kind = ("discharge", "radiology")[(i + seed) % 2]
    # status walks a 40-step cycle with the per-kind index: 2/40 heavily masked, 23/40 planted, the rest clean
    r = ((i // 2) * 17 + seed * 7 + 11 * ((i + seed) % 2)) % 40
    heavy = r < 2
    plant = 2 <= r < 25
    sex = rng.choice("FFM")
    age = rng.randint(90, 104) if rng.random() < 0.65 else rng.randint(72, 89)
    real_year = rng.randint(2016, 2024)
    k, cats = 0, []
    if plant:
        k = rng.choices((1, 2, 3, 4), (0.04, 0.12, 0.26, 0.58) if kind == "discharge" else (0.06, 0.2, 0.36, 0.38))[0]
        cats = _pick_categories(rng, kind, k - 1 if (k >= 3 and rng.random() < 0.15) else k, i // 2, seed)
        if "AGE_OVER_89" in cats and age < 90:
            age = rng.randint(90, 104)
    return kind, heavy, plant, k, cats, sex, age, real_year


def _build(seed: int, i: int, attempt: int) -> LabelledNote:
    kind, heavy, _plant, k, cats, sex, age, real_year = _plan(seed, i)
    rng = random.Random(f"holdout19|text|{seed}|{i}|{attempt}")
    ctx = _Ctx(rng=rng, kind=kind, shift_year=rng.randint(2112, 2190), real_year=real_year, sex=sex,
               pt=_Person("", "", sex), age=age, heavy=heavy, compact=attempt >= 2)
    ctx.pt = ctx.person(sex)
    # a heavily masked note carries the identifier-bearing lines of a planted one, all of them masked
    want = set(cats) | ({"PERSON", "PAGER", "DATE_REAL_YEAR", "ORGANIZATION", "MRN", "PHONE"} if heavy else set())
    ctx.want = want
    tokens = _discharge(ctx, want) if kind == "discharge" else _radiology(ctx, want)
    # every occurrence is its own slot, even when a value object was reused while building
    seen: set[int] = set()
    for j, t in enumerate(tokens):
        if isinstance(t, _Slot):
            if id(t) in seen:
                tokens[j] = _Slot(t.cat, t.value, t.group)
            seen.add(id(tokens[j]))
    slots = [t for t in tokens if isinstance(t, _Slot)]
    planted: set[int] = set()
    n = 0
    for pos, cat in enumerate(cats):
        cands = [s for s in slots if s.cat == cat and id(s) not in planted]
        if n >= k or not cands:
            continue
        s = rng.choice(cands)
        planted.add(id(s))
        n += 1
        # a whole line or list may leak at once, when the budget leaves room beyond the remaining categories
        if s.group and rng.random() < 0.6:
            later = cats[pos + 1:]
            for t in slots:
                if n + len(later) < k and t.group == s.group and id(t) not in planted and t.cat not in later:
                    planted.add(id(t))
                    n += 1
    # fill what is left of the budget (a planned category without a slot, or a spare span)
    w = _weights(kind)
    while n < k:
        cands = [s for s in slots if id(s) not in planted and s.cat in w]
        if not cands:
            break
        s = rng.choices(cands, [w[c.cat] / sum(1 for d in cands if d.cat == c.cat) for c in cands])[0]
        planted.add(id(s))
        n += 1
    text, spans = _render(tokens, planted, heavy)
    return LabelledNote(note_type=kind, text=text, spans=spans)


def holdout19_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 19 for ``seed`` (deterministic, independent of every other note)."""
    note = _build(seed, i, 0)
    for attempt in range(1, 8):
        if 1000 <= len(note.text) <= 6000:
            break
        note = _build(seed, i, attempt)
    return note


def holdout19_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout19_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout19_corpus, argv,
        "Held-out corpus 19 (blind): geriatrics, long-term care, palliative care and hospice notes")
    report("holdout19", args, notes, hits, res)


if __name__ == "__main__":
    main()
