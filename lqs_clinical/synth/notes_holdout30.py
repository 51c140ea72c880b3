"""Held-out corpus 30: pathology, autopsy and transfusion-medicine notes with residual identifiers.

Imitates MIMIC-IV-Note text (``___`` masking, dates shifted into 2100-2200) from the laboratory side
of a hospital: surgical-pathology and cytology reports (gross descriptions with cassette keys,
outside consultation cases, synoptic tumour summaries), hospital and medical-examiner autopsy
reports (decedent details, identification by a relative, chain-of-custody tables, release to a
funeral home or crematory), transfusion-medicine records (blood-product issue logs, antibody cards
issued by other hospitals, transfusion-reaction workups), cytogenetics / molecular-pathology reports
with reference-laboratory accessions, a few MIMIC-style discharge summaries of such patients, and
radiology reports (post-mortem CT, skeletal surveys, specimen radiographs, post-transfusion chest
films) with requesting-service headers.

In about 60% of the notes de-identification failed for one to four identifiers: an invented
real-looking value is left where ``___`` should be and labelled with the span of the value only
(cue words and titles stay outside). About 5% are heavily (over-)masked and carry no plants. The
rest are correctly masked. Every note is full of non-PHI look-alikes that are never labelled:
ISBT 128 unit numbers and product codes, reagent lots and kit expiry dates, antibody clones,
instrument and scanner models with software versions, UDIs without a serial, CPT / ICD / ICD-O
codes, HGVS variants and karyotypes, cassette and slide keys, room / bed / cooler numbers, employer
group numbers, hotlines of public bodies, eponyms (Kell, Kidd, Duffy, Lewy, Whipple, Gleason...),
shifted dates, bare years, durations and ages under 90.

Written blind: its author read only ``holdout_measure.py``, the first lines of ``notes.py``
(``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues
references, the masked sample notes and ``pyproject.toml`` -- nothing of the detector, its rules or
the other held-out corpora. Deterministic from (seed, i) through ``random.Random`` with string seeds.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Planting plan: permuted blocks of 40 notes (24 with plants, 2 heavily masked, 14 clean); within a
# block a shuffled deck gives every category three plants and the four large ones two more.
# --------------------------------------------------------------------------------------------------

_BLOCK = 40
_BIG4 = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_ROLES = ("plant",) * 24 + ("heavy",) * 2 + ("clean",) * 14
_COUNTS = (1,) * 3 + (2,) * 5 + (3,) * 8 + (4,) * 8  # 69 identifiers over the 24 plant notes


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    """(role, categories to plant) of note i; depends only on (seed, i // 40)."""
    block, k = divmod(i, _BLOCK)
    r = random.Random(f"holdout30-block|{seed}|{block}")
    roles = list(_ROLES)
    r.shuffle(roles)
    counts = list(_COUNTS)
    r.shuffle(counts)
    deck = list(CATEGORIES) * 3 + list(_BIG4) * 2
    deck.append(r.choice(CATEGORIES))
    r.shuffle(deck)
    j = pos = 0
    for idx, role in enumerate(roles):
        if role == "plant":
            c = counts[j]
            j += 1
            if idx == k:
                return role, deck[pos:pos + c]
            pos += c
        elif idx == k:
            return role, []
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------------------------------
# Slots: a place where an identifier stands; rendered as its masked form unless planted (leaked)
# --------------------------------------------------------------------------------------------------


@dataclass
class _Slot:
    cat: str
    parts: list  # str | (category, value)
    masked: str = "___"
    leaked: bool = False


@dataclass
class _Anchor:
    head: str
    lines: list = field(default_factory=list)


def _s(cat: str, value: str, masked: str = "___") -> _Slot:
    return _Slot(cat, [(cat, value)], masked)


_FIELD = re.compile(r"\{(\w+)\}")


def _t(template: str, **slots) -> list:
    """Split a template at {name} fields and put the given str / _Slot / list there."""
    out: list = []
    pos = 0
    for m in _FIELD.finditer(template):
        out.append(template[pos:m.start()])
        out.append(slots[m.group(1)])
        pos = m.end()
    out.append(template[pos:])
    return out


def _slots(items: list) -> list[_Slot]:
    found: list[_Slot] = []
    for it in items:
        if isinstance(it, _Slot):
            found.append(it)
        elif isinstance(it, list):
            found.extend(_slots(it))
    return found


def _render(items: list) -> tuple[str, list[tuple[int, int, str]]]:
    buf: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0

    def emit(x: str) -> None:
        nonlocal pos
        buf.append(x)
        pos += len(x)

    def walk(seq: list) -> None:
        for it in seq:
            if isinstance(it, str):
                emit(it)
            elif isinstance(it, _Slot):
                if it.leaked:
                    for p in it.parts:
                        if isinstance(p, str):
                            emit(p)
                        else:
                            spans.append((pos, pos + len(p[1]), p[0]))
                            emit(p[1])
                else:
                    emit(it.masked)
            elif isinstance(it, _Anchor):
                if it.lines:
                    emit(it.head)
                    for line in it.lines:
                        walk(line)
                    emit("\n")
            elif isinstance(it, list):
                walk(it)
            else:
                raise TypeError(type(it))

    walk(items)
    return "".join(buf), spans


# --------------------------------------------------------------------------------------------------
# Invented surrogate pools
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Adaeze", "Caoimhe", "Dagny", "Efua", "Florentyna", "Hiroko", "Jadwiga", "Leocadia", "Mireille", "Oksana",
    "Perpetua", "Rosalind", "Thandiwe", "Valentina", "Ximena", "Yevgenia", "Bronwen", "Dolores", "Fenella",
    "Isidora", "Kalani", "Lucinda", "Nkechi", "Odalys", "Priyamvada", "Soledad", "Ugochi", "Vesna", "Winifred",
    "Zainab", "Benedikta", "Delphine", "Faustina", "Henrietta", "Ilse", "Kazimiera", "Marisol", "Niamh",
    "Philippa", "Sunniva", "Teodora", "Yolanda", "Chiamaka", "Dervla", "Esperanza", "Thuy", "Leilani", "Ngozi",
)
_FIRST_M = (
    "Bartosz", "Gwilym", "Ignatius", "Kwabena", "Nnamdi", "Quang", "Seamus", "Ulrich", "Wojciech", "Zbigniew",
    "Anselm", "Cormac", "Eustace", "Gaspard", "Halvard", "Matteo", "Rafferty", "Tadeusz", "Yusuf", "Aurelio",
    "Cyprian", "Emeka", "Gianluca", "Joaquim", "Lorcan", "Obadiah", "Rasmus", "Vasco", "Zoltan", "Mehmet",
    "Bao", "Oluwaseun", "Rahim", "Siddharth", "Teodoro", "Casimir", "Ewald", "Fintan", "Hamza", "Ivo",
)
_LAST = (
    "Abernathy", "Baptiste", "Castellanos", "Drozdowski", "Eberhardt", "Gkika", "Haddad", "Ilunga", "Jankowska",
    "Kovalenko", "Lindqvist", "Nakashima", "Oyelaran", "Pietrangeli", "Quintanilla", "Rautiainen", "Szabo",
    "Thistlewood", "Uchenna", "Vasquez-Lugo", "Wainwright", "Xiong", "Yilmaz", "Zaragoza", "Achterberg",
    "Cieslak", "Dunleavy", "Etxeberria", "Farouk", "Gallagher", "Hoang", "Iwasaki", "Jaramillo", "Kaczmarek",
    "Lachapelle", "Moynihan", "Nwachukwu", "O'Driscoll", "Papadakis", "Quaresma", "Rosenthal", "Sorensen",
    "Tran-Nguyen", "Urquhart", "Villanueva", "Whitcombe", "Yamamura", "Zelinski", "Ahlgren", "Bettencourt",
    "Chakraborty", "DaSilva-Reis", "Eriksdottir", "Fonseca", "Grabowski", "Hakimi", "Ikeda", "Juarez-Pinto",
    "Kiplagat", "Mendonca", "Nieminen", "Ostrowski", "Pacheco", "Rzepecki", "Soukup", "Tavares", "Vlasova",
    "Wrobel", "Yazdani", "Zwolinski", "Adebayo", "Benavides", "Coutinho", "Delacroix", "Estrada", "Gutowski",
    "Halloran", "Ibarra", "Jovanovic", "Kealoha", "Lombardo", "Mbatha", "Nascimento", "Okafor", "Przybylski",
)
_TOWNS = (
    "Chicopee", "Woonsocket", "Pawtucket", "Nashua", "Leominster", "Methuen", "Attleboro", "Taunton", "Haverhill",
    "Gloucester", "Westfield", "Biddeford", "Keene", "Holyoke", "Marlborough", "Brockton", "Fitchburg", "Amesbury",
    "Southbridge", "Athol", "Webster", "Gardner", "Dracut", "Swansea", "Somersworth", "Claremont", "Willimantic",
    "Norwich", "Putnam", "Central Falls", "Cumberland", "Laconia", "Saco", "Lewiston", "Rutland", "Bennington",
    "Greenfield", "Palmer", "Ludlow", "Agawam", "Dudley", "Winchendon", "Rochester", "Dover", "Manchester",
)
_NEIGHBOURHOODS = (
    "Dorchester", "Mattapan", "Roslindale", "East Boston", "Jamaica Plain", "Charlestown", "Fields Corner",
    "Olneyville", "Fox Point", "Upham's Corner",
)
_COUNTIES = (
    "Hampden County", "Bristol County", "Hillsborough County", "Essex County", "Worcester County",
    "Providence County", "Franklin County", "Berkshire County", "Strafford County", "Windham County",
)
_FOREIGN = (
    ("Cuenca", "Ecuador"), ("Ponta Delgada", "the Azores"), ("Kumasi", "Ghana"), ("Enugu", "Nigeria"),
    ("Lviv", "Ukraine"), ("Gdansk", "Poland"), ("Cap-Haitien", "Haiti"), ("Santiago de los Caballeros", "the DR"),
    ("Praia", "Cabo Verde"), ("Hue", "Vietnam"), ("Da Nang", "Vietnam"), ("Bydgoszcz", "Poland"),
    ("Ribeirao Preto", "Brazil"), ("Tirana", "Albania"), ("Galway", "Ireland"), ("Oaxaca", "Mexico"),
    ("Ibadan", "Nigeria"), ("Mindelo", "Cabo Verde"),
)
_STREETS = (
    "Larkspur", "Quarry Hill", "Old Farm", "Chestnut Ridge", "Wachusett View", "Pelham", "Bramble", "Kettle Pond",
    "Tannery", "Gristmill", "Sycamore Bend", "Osgood", "Ferncroft", "Mill Pond", "Pleasant View", "Bellflower",
    "Cordwainer", "Wheelwright", "Hollis", "Cranberry Bog", "Fuller Brook", "Ashcroft", "Lantern Hill", "Saltonstall",
)
_SUFFIX = (
    "Street", "St.", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Terrace", "Circle", "Way", "Drive", "Dr.",
    "Place", "Court",
)
_STATES = ("MA", "RI", "NH", "CT", "ME", "VT")
_HOSPITALS = (
    "St. Brendan's Medical Center", "Merrimack Valley Regional Hospital", "Quabbin Heights Hospital",
    "Narragansett Shore Medical Center", "Tolland Memorial Hospital", "Saint Ottilia Hospital",
    "Wachusett Valley Medical Center", "Blackstone River Community Hospital", "Pemigewasset General Hospital",
    "Nashoba Hills Hospital", "Sisters of Mercy Hospital of the Pioneer Valley", "Kennebec Lakes Medical Center",
)
_NURSING = (
    "Greylock Ridge Nursing and Rehabilitation", "Maplecrest Manor Skilled Nursing", "Oxbow Meadows Rehabilitation",
    "Harrow House Assisted Living", "St. Agatha's Home for the Aged", "Linden Grove Care Center",
)
_FUNERAL = (
    "Kettleby Funeral Home", "Ostrander & Sons Funeral Home", "Dubois-Lafleur Funeral Chapel",
    "Maguire Brothers Memorial Chapel", "Pinheiro Family Funeral Service", "Wozniak-Hale Funeral Home",
)
_CREMATORY = ("Riverbend Cremation Services", "Stillwater Crematory", "Halcyon Hill Crematorium")
_PATH_GROUPS = (
    "Pioneer Valley Pathology Associates", "Mystic River Dermatopathology", "Cape Ann Pathology Group",
    "Seacoast Cytopathology Partners", "Monadnock Surgical Pathology",
)
_REF_LABS = (
    "Cobalt Ridge Genomics", "Northfield Cytogenetics Laboratory", "Helix Point Molecular Diagnostics",
    "Granite State Reference Laboratory", "Tidewater Hematopathology Reference Lab",
)
_EMPLOYERS = (
    "Cobbleton Precision Machining", "Narragansett Bay Shellfish Co.", "Fairhaven Textile Mills",
    "Quinebaug Logistics", "Harwick Paper Converting", "Bellamy Regional Technical High School",
    "Pine Hollow Elementary School", "Sokolowski Roofing & Gutters",
)
_CHURCHES = (
    "St. Casimir's Parish", "Iglesia Pentecostal Monte Sion", "Holy Protection Ukrainian Catholic Church",
    "Greater Mount Calvary Baptist Church", "Our Lady of Fatima Parish",
)
_PRACTICES = (
    "Quinsigamond Family Practice", "Valley Brook Internal Medicine", "Harborlight Pediatrics",
    "Eastfield Hematology-Oncology Associates", "Riverside Compounding Pharmacy", "Costa's Neighborhood Pharmacy",
)
_AREA = ("413", "508", "774", "978", "351", "617", "857", "781", "339", "603", "401", "207", "860", "802")
_FOREIGN_PHONES = ("+351 296 {a} {b}", "+233 24 {a} {c}", "+48 52 {a} {b} {d}", "+509 {c} {c2}", "+238 {a} {c}")
_MAIL = ("gmail.com", "yahoo.com", "comcast.net", "verizon.net", "outlook.com", "aol.com", "icloud.com",
         "hotmail.com", "charter.net")
_CLIN_DOMAINS = ("stbrendanmc.org", "mvrh-path.org", "quabbinheights.org", "pvpathology.com", "tollandmem.org")

_AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
              100: "one hundred", 101: "one hundred and one", 102: "one hundred and two"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")



# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(r: random.Random, n: int, letters: str = "ABCDEFGHJKLMNPRTUVWXY") -> str:
    return "".join(r.choice(letters + "0123456789") for _ in range(n))


def _phone(r: random.Random, foreign: bool = True) -> str:
    a = r.choice(_AREA)
    ex = r.choice([x for x in range(201, 990) if x != 555])
    ln = _digits(r, 4)
    k = r.random()
    if k < 0.08 and foreign:
        tpl = r.choice(_FOREIGN_PHONES)
        return tpl.format(a=_digits(r, 3), b=_digits(r, 3), c=_digits(r, 4), c2=_digits(r, 4), d=_digits(r, 2))
    if k < 0.4:
        return f"({a}) {ex}-{ln}"
    if k < 0.7:
        return f"{a}-{ex}-{ln}"
    if k < 0.82:
        return f"{a}.{ex}.{ln}"
    if k < 0.92:
        return f"1-{a}-{ex}-{ln}"
    return f"{a} {ex} {ln}"


def _pager(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return _digits(r, 5)
    if k < 0.55:
        return f"{r.randint(2, 9)}-{_digits(r, 4)}"
    if k < 0.8:
        return f"({r.choice(_AREA)}) {r.randint(210, 989)}-{_digits(r, 4)}"
    return f"{r.choice(_AREA)}-{r.randint(210, 989)}-{_digits(r, 4)}"


def _person(r: random.Random, sex: str | None = None, style: str | None = None) -> tuple[str, str, str]:
    """(value, first, last) in one of several written forms."""
    sex = sex or r.choice("FM")
    first = r.choice(_FIRST_F if sex == "F" else _FIRST_M)
    last = r.choice(_LAST)
    style = style or r.choice(["full", "full", "full", "lastfirst", "initial", "middle", "upper"])
    if style == "lastfirst":
        v = f"{last}, {first}"
    elif style == "initial":
        v = f"{first[0]}. {last}"
    elif style == "middle":
        v = f"{first} {r.choice('ABCDEGHJKLMRSTW')}. {last}"
    elif style == "upper":
        v = f"{last.upper()}, {first.upper()}"
    elif style == "last":
        v = last
    else:
        v = f"{first} {last}"
    return v, first, last


def _clin(r: random.Random) -> str:
    """A clinician's name as written after 'Dr.' or before ', MD'."""
    return _person(r, style=r.choice(["full", "full", "initial", "last", "last", "middle"]))[0]


def _email(r: random.Random, first: str | None = None, last: str | None = None, clinician: bool = False) -> str:
    first = (first or r.choice(_FIRST_F + _FIRST_M)).lower()
    last = (last or r.choice(_LAST)).lower().replace("'", "").replace("-", "")
    if clinician:
        return f"{r.choice([first[0] + last, first + '.' + last, last + first[0]])}@{r.choice(_CLIN_DOMAINS)}"
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}{r.randint(2, 99)}", f"{last}.{first[0]}",
                      f"{first}{last[:4]}{r.randint(1950, 1999)}", f"{first}_{last}"])
    return f"{local}@{r.choice(_MAIL)}"


def _url(r: random.Random, first: str, last: str, dead: bool = False) -> str:
    """A page about this person: obituary / memorial (dead) or portal / personal pages (alive)."""
    f, la = first.lower(), last.lower().replace("'", "").replace(" ", "")
    if dead:
        k = r.randrange(3)
        if k == 0:
            home = r.choice(_FUNERAL).lower().replace("'", "").replace("&", "and").replace(" ", "")
            return f"https://www.{home}.com/obituaries/{f}-{la}"
        if k == 1:
            return f"https://www.facebook.com/groups/inmemoryof{f}{la}"
        return f"https://gofund.me/{_alnum(r, 8, 'abcdef').lower()}"
    k = r.randrange(3)
    if k == 0:
        return f"https://www.caringbridge.org/visit/{f}{la}"
    if k == 1:
        host = r.choice(["mychart.stbrendanmc.org", "portal.quabbinheights.org", "myhealth.tollandmem.org"])
        return f"https://{host}/records/patient/{_digits(r, 7)}"
    return f"https://www.facebook.com/{f}.{la}.{_digits(r, 3)}"


def _ip(r: random.Random) -> str:
    return f"{r.choice([24, 47, 66, 68, 71, 73, 96, 98, 108, 174, 184, 209])}.{r.randint(1, 254)}." \
           f"{r.randint(0, 254)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    area = r.choice([x for x in range(1, 900) if x != 666])
    sep = r.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _mrn(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return _digits(r, 8)
    if k == 1:
        return "00" + _digits(r, 7)
    if k == 2:
        return f"{r.choice(['BMC', 'MV', 'SBM', 'QH'])}{_digits(r, 7)}"
    if k == 3:
        return f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}"
    if k == 4:
        return f"E{_digits(r, 9)}"
    return _digits(r, 7)


def _account(r: random.Random, kind: str = "any") -> str:
    yy = r.randint(12, 24)
    if kind == "any":
        kind = r.choice(["fin", "acct", "surg", "cyto", "order", "req", "spec", "encounter"])
    if kind == "fin":
        return _digits(r, 10)
    if kind == "acct":
        return f"{r.randint(1, 9)}{_digits(r, 9)}"
    if kind == "encounter":
        return f"V{_digits(r, 8)}"
    if kind == "surg":
        return f"{r.choice(['S', 'SP', 'SS'])}{yy}-{r.randint(1000, 49999)}"
    if kind == "cyto":
        return f"{r.choice(['C', 'NG', 'FN'])}{yy}-{r.randint(100, 9999)}"
    if kind == "autopsy":
        return f"{r.choice(['A', 'AU'])}{yy}-{r.randint(10, 499):03d}"
    if kind == "me":
        return f"{r.choice(['ME', 'OCME'])}-{2000 + yy}-{r.randint(100, 4999):04d}"
    if kind == "outside":
        return f"{r.choice(['PVP', 'MRD', 'CAP', 'SCP', 'OSH'])}-{yy}-{r.randint(1000, 29999)}"
    if kind == "ref":
        return f"{r.choice(['CRG', 'NCL', 'HPM', 'GSR'])}-{r.choice('ABMX')}{_digits(r, 7)}"
    if kind == "order":
        return f"{r.choice(['ORD', 'O', ''])}{_digits(r, 9)}"
    if kind == "req":
        return f"REQ-{_digits(r, 7)}"
    if kind == "bb":
        return f"BB{yy}-{_digits(r, 6)}"
    return f"{yy}-{r.randint(100, 365)}-{_digits(r, 4)}"


def _health_plan(r: random.Random) -> tuple[str, str]:
    """(cue, value)."""
    k = r.randrange(6)
    if k == 0:
        mbi_l = "ACDEFGHJKMNPQRTUVWXY"
        v = (f"{r.randint(1, 9)}{r.choice(mbi_l)}{r.choice(mbi_l + '0123456789')}{r.randint(0, 9)}-"
             f"{r.choice(mbi_l)}{r.choice(mbi_l + '0123456789')}{r.randint(0, 9)}-"
             f"{r.choice(mbi_l)}{r.choice(mbi_l)}{_digits(r, 2)}")
        return "Medicare MBI", v
    if k == 1:
        return "MassHealth ID", "1" + _digits(r, 11)
    if k == 2:
        return "Member ID", f"{_alnum(r, 3, 'XKWZGPHT')[:3].upper()}{_digits(r, 9)}"
    if k == 3:
        return "Subscriber ID", f"{r.choice('WHJZ')}{_digits(r, 9)}"
    if k == 4:
        return "Policy #", f"H{_digits(r, 8)}-0{r.randint(1, 4)}"
    return "Medicaid ID", f"{r.choice(['RI', 'NH', ''])}{_digits(r, 10)}"


def _license(r: random.Random) -> tuple[str, str]:
    """(cue, value)."""
    k = r.randrange(6)
    if k == 0:
        return "MA driver's license", f"S{_digits(r, 8)}"
    if k == 1:
        return "DEA", f"{r.choice('ABFM')}{r.choice('ABCDGKLMRSTW')}{_digits(r, 7)}"
    if k == 2:
        return "NPI", f"{r.choice('12')}{_digits(r, 9)}"
    if k == 3:
        return "state medical license no.", f"{_digits(r, 6)}"
    if k == 4:
        return "funeral director license", f"FD{_digits(r, 5)}"
    v = f"{_digits(r, 2)}{r.choice('ABCDEFGH')}{r.choice('KLMNPR')}{r.choice('STUVW')}{_digits(r, 5)}"
    return "NH driver's license", v


def _zip(r: random.Random) -> str:
    z = f"{r.choice([1, 2, 3, 4, 5, 6])}{_digits(r, 3)}"
    z = "0" + z
    return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"


def _street(r: random.Random) -> str:
    v = f"{r.randint(2, 2999)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    k = r.random()
    if k < 0.15:
        v += f", Apt {r.randint(1, 6)}{r.choice('ABCD')}"
    elif k < 0.25:
        v += f" Unit {r.randint(1, 40)}"
    elif k < 0.3:
        v += f" #{r.randint(2, 12)}"
    return v


def _town(r: random.Random) -> str:
    k = r.random()
    if k < 0.72:
        return r.choice(_TOWNS)
    if k < 0.9:
        return r.choice(_NEIGHBOURHOODS)
    return r.choice(_COUNTIES)


def _address(r: random.Random, masked: str = "___") -> _Slot:
    parts: list = [("STREET_ADDRESS", _street(r))]
    if r.random() < 0.85:
        parts += [", ", ("LOCATION", r.choice(_TOWNS + _NEIGHBOURHOODS))]
        parts += [f", {r.choice(_STATES)} " if r.random() < 0.85 else " ", ("ZIP", _zip(r))]
    return _Slot("STREET_ADDRESS", parts, masked)


def _device_serial(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(['PJN', 'RNB', 'BLK', 'COC', 'RLA'])}{_digits(r, 6)}{r.choice('SHGVR')}"
    if k == 1:
        return f"{r.randint(1, 9)}{r.choice('ABCDEF')}{r.choice('ABCDEF')}{_digits(r, 6)}"
    if k == 2:
        return f"{r.choice(['MLP', 'HM', 'SN'])}{_digits(r, 7)}"
    return f"{_digits(r, 3)}-{_digits(r, 5)}"


def _udi_serial(r: random.Random) -> str:
    """A UDI that carries the device serial ((21) in GS1, $+ in HIBCC): a DEVICE_ID."""
    if r.random() < 0.7:
        return f"(01)00{_digits(r, 12)}(17){r.randint(25, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" \
               f"(10){_alnum(r, 7)}(21){_alnum(r, 9)}"
    return f"+H{_digits(r, 3)}{_alnum(r, 6)}{r.randint(0, 9)}/$+{_alnum(r, 9)}"


def _udi_no_serial(r: random.Random) -> str:
    exp = f"{r.randint(25, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return f"(01)00{_digits(r, 12)}(17){exp}(10){_alnum(r, 7)}"


def _vehicle(r: random.Random) -> tuple[str, str]:
    """(cue, value)."""
    if r.random() < 0.5:
        vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = r.choice("12345JKW") + "".join(r.choice(vin_chars) for _ in range(16))
        return "VIN", v
    k = r.randrange(3)
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    if k == 0:
        v = f"{r.randint(1, 9)}{''.join(r.choice(letters) for _ in range(3))}{_digits(r, 2)}"
    elif k == 1:
        v = f"{r.choice(letters)}{r.choice(letters)}-{_digits(r, 4)}"
    else:
        v = f"{_digits(r, 3)} {r.choice(letters)}{r.choice(letters)}{r.randint(1, 9)}"
    return "plate", v


def _fmt_date(r: random.Random, d: date, style: int | None = None) -> str:
    style = r.randrange(9) if style is None else style
    m = _MONTHS[d.month - 1]
    return [
        f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{m} {d.day}, {d.year}", f"{d.day} {m[:3]} {d.year}", f"{d.day:02d}{m[:3].upper()}{d.year}",
        f"{m[:3]}. {d.day}, {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}-{m[:3]}-{d.year}",
    ][style]


def _real_date(r: random.Random, lo: int, hi: int) -> date:
    return date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


# --------------------------------------------------------------------------------------------------
# Note context
# --------------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    r: random.Random
    sex: str
    first: str
    last: str
    age: int
    base: date  # shifted "today"
    date_style: int
    heavy: bool
    deceased: bool = False

    @property
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex == "F" else "his"

    @property
    def woman(self) -> str:
        return "woman" if self.sex == "F" else "man"

    def sd(self, days: int = 0, time: bool = False) -> str:
        """A shifted (2100-2200) date, as plain text (masked too in heavily masked notes)."""
        if self.heavy:
            return "___"
        d = self.base + timedelta(days=days)
        s = _fmt_date(self.r, d, self.date_style)
        if time:
            s += f" {self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"
        return s

    def date_slot(self, days: int = 0, lo: int = 2006, hi: int = 2024, masked: str | None = None) -> _Slot:
        """An event date: masked as the shifted date (or ___), planted as a real-year date."""
        real = date(self.r.randint(lo, hi), (self.base + timedelta(days=days)).month,
                    min((self.base + timedelta(days=days)).day, 28))
        shown = masked if masked is not None else self.sd(days)
        return _s("DATE_REAL_YEAR", _fmt_date(self.r, real, self.r.choice([self.date_style, None])), shown)

    def dob(self) -> _Slot:
        """Date of birth: masked as ___ (as in MIMIC), planted as a real date consistent with the age."""
        real_year = self.r.randint(2019, 2024) - self.age
        d = date(max(1900, real_year), self.r.randint(1, 12), self.r.randint(1, 28))
        return _s("DATE_REAL_YEAR", _fmt_date(self.r, d))

    def age_slot(self) -> _Slot | str:
        if self.heavy:
            return "___"
        if self.age >= 90:
            v = str(self.age) if self.r.random() < 0.7 or self.age not in _AGE_WORDS else _AGE_WORDS[self.age]
            return _s("AGE_OVER_89", v)
        return str(self.age) if self.r.random() < 0.8 else "___"

    def name(self, style: str | None = None) -> _Slot:
        style = style or self.r.choice(["full", "full", "lastfirst", "upper", "middle"])
        v = {"full": f"{self.first} {self.last}", "lastfirst": f"{self.last}, {self.first}",
             "upper": f"{self.last.upper()}, {self.first.upper()}", "last": self.last,
             "middle": f"{self.first} {self.r.choice('ABCDEJKLMRST')}. {self.last}"}[style]
        return _s("PERSON", v)

    def rel(self) -> str:
        """A relative plausible for the patient's age and sex."""
        pool = ["daughter", "son", "sister", "brother", "niece", "nephew", "health care proxy", "cousin"]
        pool += ["husband" if self.sex == "F" else "wife", "partner"]
        pool += ["granddaughter", "grandson"] if self.age >= 60 else ["mother", "father"]
        return self.r.choice(pool)

    def person(self) -> _Slot:
        return _s("PERSON", _person(self.r)[0])

    def doc(self) -> _Slot:
        return _s("PERSON", _clin(self.r))

    def town(self) -> _Slot:
        return _s("LOCATION", _town(self.r))

    def org(self, pool: tuple[str, ...]) -> _Slot:
        return _s("ORGANIZATION", self.r.choice(pool))


def _c(r: random.Random, *options: str) -> str:
    return r.choice(options)


# --------------------------------------------------------------------------------------------------
# Fallback lines: where a planted category has no natural slot in the note's layout
# --------------------------------------------------------------------------------------------------


def _fallback(cat: str, ctx: _Ctx) -> list:
    r = ctx.r
    rel = ctx.rel()
    dead = ctx.deceased
    if cat == "PHONE":
        return r.choice([
            lambda: _t("Next of kin ({rel}) may be reached at {v}.\n", rel=rel, v=_s("PHONE", _phone(r))),
            lambda: _t("Callback number left by the {rel}, ___: {v} (cell).\n", rel=rel, v=_s("PHONE", _phone(r))),
            lambda: _t("Results may be released to the {rel}; verified telephone {v}.\n", rel=rel,
                       v=_s("PHONE", _phone(r))),
            lambda: _t("Tel. (home) {v} -- per registration.\n", v=_s("PHONE", _phone(r))),
        ])()
    if cat == "FAX":
        fax = _s("FAX", _phone(r, foreign=False))
        return r.choice([
            lambda: _t("Copy of final report faxed to the referring office of Dr. ___ at {v}.\n", v=fax),
            lambda: _t("Outside records requested; please fax to {v}, attention Dr. ___.\n", v=fax),
            lambda: _t("Fax number on the outside requisition: {v} (office of Dr. ___).\n", v=fax),
        ])()
    if cat == "PAGER":
        return r.choice([
            lambda: _t("Critical value called to Dr. ___ (pager {v}) with read-back at {h}.\n",
                       v=_s("PAGER", _pager(r)), h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
            lambda: _t("Questions regarding this report: page the signing physician, Dr. ___, at {v}.\n",
                       v=_s("PAGER", _pager(r))),
        ])()
    if cat == "EMAIL":
        return r.choice([
            lambda: _t("The {rel} asked that correspondence be sent to {v}.\n", rel=rel,
                       v=_s("EMAIL", _email(r))),
            lambda: _t("Please copy Dr. ___ ({v}) on the final report.\n", v=_s("EMAIL", _email(r, clinician=True))),
        ])()
    if cat == "URL":
        if dead:
            return _t("Family shared the obituary / memorial page: {v}\n",
                      v=_s("URL", _url(r, ctx.first, ctx.last, dead=True)))
        return _t("Outside images were sent through the patient's page {v}\n",
                  v=_s("URL", _url(r, ctx.first, ctx.last, dead=False)))
    if cat == "IP_ADDRESS":
        if dead:
            return r.choice([
                lambda: _t("Release-of-information request submitted online by the {rel} from IP address {v}.\n",
                           rel=rel, v=_s("IP_ADDRESS", _ip(r))),
                lambda: _t("Autopsy consent e-signed by the {rel}; audit trail: {v}, {h}.\n", rel=rel,
                           v=_s("IP_ADDRESS", _ip(r)), h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
            ])()
        return r.choice([
            lambda: _t("Outside photographs uploaded through the secure link by the patient (client IP {v}).\n",
                       v=_s("IP_ADDRESS", _ip(r))),
            lambda: _t("Patient signed the e-consent for testing from {v} (home connection).\n",
                       v=_s("IP_ADDRESS", _ip(r))),
        ])()
    if cat == "SSN":
        if dead:
            return _t("Social Security number (death certificate worksheet): {v}\n", v=_s("SSN", _ssn(r)))
        return _t("Registration discrepancy: SSN on the outside requisition reads {v}; referred to HIM.\n",
                  v=_s("SSN", _ssn(r)))
    if cat == "MRN":
        return r.choice([
            lambda: _t("Outside medical record number {v} (___), per transfer paperwork.\n", v=_s("MRN", _mrn(r))),
            lambda: _t("Merged duplicate chart: old MRN {v} retired.\n", v=_s("MRN", _mrn(r))),
        ])()
    if cat == "ACCOUNT":
        return r.choice([
            lambda: _t("Related accession: {v}.\n", v=_s("ACCOUNT", _account(r, r.choice(["surg", "cyto", "bb"])))),
            lambda: _t("Professional component billed to account {v}.\n", v=_s("ACCOUNT", _account(r, "fin"))),
            lambda: _t("Add-on test ordered under requisition {v}.\n", v=_s("ACCOUNT", _account(r, "req"))),
        ])()
    if cat == "HEALTH_PLAN":
        cue, v = _health_plan(r)
        return r.choice([
            lambda: _t("Insurance verified: {cue} {v}, group {g}.\n", cue=cue, v=_s("HEALTH_PLAN", v),
                       g=f"{_digits(r, 6)}"),
            lambda: _t("Prior authorization obtained under {cue} {v} (employer group no. {g}).\n", cue=cue,
                       v=_s("HEALTH_PLAN", v), g=f"{r.choice('GK')}{_digits(r, 5)}"),
            lambda: _t("Billing hold released -- {cue}: {v}.\n", cue=cue, v=_s("HEALTH_PLAN", v)),
        ])()
    if cat == "LICENSE":
        cue, v = _license(r)
        if "driver" in cue:
            return _t("Identity confirmed against {cue} {v}.\n", cue=cue, v=_s("LICENSE", v))
        if "funeral" in cue:
            return _t("Remains to be received by a funeral director ({cue} {v}).\n", cue=cue, v=_s("LICENSE", v))
        return _t("Amended by Dr. ___ ({cue} {v}).\n", cue=cue, v=_s("LICENSE", v))
    if cat == "ZIP":
        return _t("Copy mailed to the next of kin, ___, ___, {st} {v}.\n", st=r.choice(_STATES), v=_s("ZIP", _zip(r)))
    if cat == "STREET_ADDRESS":
        if dead:
            return r.choice([
                lambda: _t("Decedent's residence (per investigator): {v}\n", v=_address(r)),
                lambda: _t("Death certificate copies to be mailed to the {rel} at {v}\n", rel=rel, v=_address(r)),
            ])()
        return r.choice([
            lambda: _t("Mailing address for correspondence: {v}\n", v=_address(r)),
            lambda: _t("New antibody card mailed to the patient at {v}\n", v=_address(r)),
            lambda: _t("Home address on the outside requisition: {v}\n", v=_address(r)),
        ])()
    if cat == "DATE_REAL_YEAR":
        return r.choice([
            lambda: _t("Previously transfused at an outside hospital on {v}.\n", v=ctx.date_slot(-400, 2008, 2022)),
            lambda: _t("Prior outside biopsy dated {v} (report reviewed).\n", v=ctx.date_slot(-200, 2010, 2023)),
        ])()
    if cat == "AGE_OVER_89":
        v = _s("AGE_OVER_89", str(ctx.age if ctx.age >= 90 else r.randint(90, 102)))
        if dead:
            return _t("Age at death confirmed as {v} years from the birth record.\n", v=v)
        return _t("Note: patient is {v} years of age; frailty considered in the recommendations.\n", v=v)
    if cat == "DEVICE_ID":
        return _t("Implanted device on file: {m}, serial number {v}.\n",
                  m=_c(r, "dual-chamber pacemaker", "ICD", "insulin pump", "cochlear implant", "spinal stimulator"),
                  v=_s("DEVICE_ID", _device_serial(r)))
    if cat == "VEHICLE_ID":
        cue, v = _vehicle(r)
        if dead:
            return r.choice([
                lambda: _t("Personal property log: keys and registration for vehicle {cue} {v} released to family.\n",
                           cue=cue, v=_s("VEHICLE_ID", v)),
                lambda: _t("Vehicle ({cue} {v}) impounded by state police pending reconstruction.\n", cue=cue,
                           v=_s("VEHICLE_ID", v)),
            ])()
        return _t("Security: the patient's car ({cue} {v}) was moved from the ambulance bay; keys with belongings.\n",
                  cue=cue, v=_s("VEHICLE_ID", v))
    if cat == "PERSON":
        return r.choice([
            lambda: _t("Interpreter: {v} ({lang}), present throughout.\n", v=ctx.person(),
                       lang=_c(r, "Portuguese", "Haitian Creole", "Polish", "Vietnamese", "Spanish", "Twi")),
            lambda: _t("Discussed with Dr. {v} by telephone.\n", v=ctx.doc()),
            lambda: _t("Health care proxy: {v} ({rel}).\n", v=ctx.person(), rel=rel),
        ])()
    if cat == "LOCATION":
        return r.choice([
            lambda: _t("{lived} with {his} {rel} in {v}.\n", lived="Lived" if dead else "Lives", his=ctx.his,
                       rel=rel, v=ctx.town()),
            lambda: _t("Transferred from an outside hospital in {v}.\n", v=ctx.town()),
            lambda: (lambda c: _t("Born in {v}, {country}; {yrs} years in the US.\n", v=_s("LOCATION", c[0]),
                                  country=c[1], yrs=str(r.randint(3, 50))))(r.choice(_FOREIGN)),
        ])()
    if cat == "ORGANIZATION":
        return r.choice([
            lambda: _t("Primary care: {v}.\n", v=ctx.org(_PRACTICES)),
            lambda: _t("Admitted from {v}.\n", v=ctx.org(_NURSING)),
            lambda: _t("Employed at {v} until retirement.\n", v=ctx.org(_EMPLOYERS)),
        ])()
    raise KeyError(cat)


# --------------------------------------------------------------------------------------------------
# Shared clinical fragments (look-alikes included)
# --------------------------------------------------------------------------------------------------


def _signature(ctx: _Ctx, role: str = "Pathologist", day: int = 0) -> list:
    r = ctx.r
    lines = _t("{role}: {d}, MD\n", role=role, d=ctx.doc())
    if r.random() < 0.5:
        lines += _t("Resident/Fellow: {d}, MD\n", d=ctx.doc())
    lines.append(f"I have personally reviewed the material and approve this report. "
                 f"Electronically signed {ctx.sd(day + r.randint(0, 2), time=True)}.\n")
    return lines


def _stain_lots(r: random.Random) -> str:
    rows = []
    for stain in r.sample(["H&E", "PAS-D", "Trichrome", "Reticulin", "Congo red", "GMS", "AFB (Ziehl-Neelsen)",
                           "Elastic (Verhoeff-Van Gieson)", "Iron (Perls)", "Mucicarmine"], 3):
        rows.append(f"  {stain:30} lot {r.choice('ABCDKLR')}{_digits(r, 5)}  exp {r.randint(2025, 2028)}-"
                    f"{r.randint(1, 12):02d}  controls appropriate")
    return "\n".join(rows) + "\n"


def _ihc(r: random.Random, markers: list[tuple[str, str, str]]) -> str:
    out = ["IMMUNOHISTOCHEMISTRY (Ventana BenchMark ULTRA, software v" +
           f"{r.randint(11, 13)}.{r.randint(0, 9)}.{r.randint(0, 9)}; block A{r.randint(2, 8)}):\n"]
    for name, clone, result in markers:
        out.append(f"  {name:14} clone {clone:10} {result}\n")
    out.append("  Appropriate positive and negative controls were run. These tests were developed and their "
               "performance characteristics determined by the laboratory; they have not been cleared by the "
               "FDA, which is not necessary.\n")
    return "".join(out)


def _vitals(r: random.Random) -> str:
    return (f"T {r.randint(970, 1012) / 10:.1f} HR {r.randint(58, 128)} BP {r.randint(88, 172)}/{r.randint(44, 98)} "
            f"RR {r.randint(12, 30)} SpO2 {r.randint(86, 100)}% {_c(r, 'RA', '2L NC', '4L NC', 'NRB', 'on vent')}")


def _cbc(r: random.Random) -> str:
    hgb = r.randint(52, 139) / 10
    return (f"WBC-{r.randint(28, 190) / 10:.1f} Hgb-{hgb:.1f} Hct-{hgb * 3 + r.randint(-10, 10) / 10:.1f} "
            f"Plt-{r.randint(18, 420)} INR-{r.randint(9, 31) / 10:.1f} Fibrinogen-{r.randint(80, 510)} "
            f"LDH-{r.randint(160, 1900)} T bili-{r.randint(3, 68) / 10:.1f} Hapto-{_c(r, '<10', '18', '64', '142')}")


# --------------------------------------------------------------------------------------------------
# Surgical pathology
# --------------------------------------------------------------------------------------------------


def _scenario_surg(ctx: _Ctx) -> dict:
    r = ctx.r
    k = r.randrange(6)
    if k in (1, 2):
        k = 1 if ctx.sex == "F" else 2  # breast lumpectomy for women, prostatectomy for men
    sz = f"{r.randint(9, 48) / 10:.1f}"
    if k == 0:
        pos, tot = r.randint(0, 6), r.randint(14, 31)
        pick1 = _c(
            r,
            "2",
            "3",
        )
        return dict(
            site="Pancreas", cpt="88309", icd="C25.0", icdo="8500/3",
            history=f"Painless jaundice; CA 19-9 {r.randint(60, 2400)} U/mL; {sz} cm hypodense pancreatic head mass "
                    f"on CT. s/p ERCP with plastic stent {r.randint(3, 6)} weeks ago.",
            specimens="A. Pancreaticoduodenectomy (Whipple procedure)\nB. Gallbladder\n"
                      "C. Additional common bile duct margin (frozen section)",
            frozen=f"C. Bile duct margin, frozen: NEGATIVE for carcinoma (turnaround {r.randint(14, 28)} min, OR "
                   f"{r.randint(1, 22)}).",
            dx=f"A. Pancreas, head, pancreaticoduodenectomy (Whipple):\n   - Invasive ductal adenocarcinoma, "
               f"moderately differentiated, {sz} cm.\n   - Perineural invasion present; lymphovascular invasion "
               f"{_c(r, 'present', 'not identified')}.\n   - Uncinate (SMA) margin negative; closest {r.randint(1, 9)} "
               f"mm.\n   - Lymph nodes: {pos}/{tot} positive.\nB. Gallbladder: chronic cholecystitis.\n"
               f"C. Bile duct margin: negative.",
            gross=f"Received fresh is a pancreaticoduodenectomy: {r.randint(18, 31)} cm of duodenum, a "
                  f"{r.randint(4, 7)} x {r.randint(3, 5)} x {r.randint(2, 4)} cm pancreatic head, and "
                  f"{r.randint(2, 5)} cm of common bile duct with a plastic biliary stent in place. Inks: SMA/uncinate "
                  f"black, SMV groove blue, pancreatic neck green, bile duct yellow. Serial axial slicing shows a firm "
                  f"gray-white ill-defined mass, {sz} cm, abutting the SMV groove.",
            key="A1 pancreatic neck margin, en face\nA2 bile duct margin, en face\nA3 proximal gastric/duodenal margin"
                "\nA4 distal duodenal margin\nA5-A8 tumor with uncinate margin, perpendicular\nA9 tumor with ampulla"
                "\nA10-A14 peripancreatic lymph nodes\nA15 background pancreas",
            protocol="Pancreas (Exocrine)", tnm=f"pT{pick1} pN{'0' if pos == 0 else ('1' if pos < 4 else '2')}",
            ihc=[("SMAD4 (DPC4)", "EP618Y", "loss of nuclear expression"), ("MLH1", "M1", "intact"),
                 ("MSH2", "G219-1129", "intact")],
        )
    if k == 1:
        return dict(
            site="Breast", cpt="88307", icd=_c(r, "C50.412", "C50.811", "C50.211"), icdo="8500/3",
            history=f"{_c(r, 'Left', 'Right')} breast {_c(r, '11', '2', '4', '7')} o'clock mass, core biopsy invasive "
                    f"ductal carcinoma; wire-localized lumpectomy with sentinel lymph node biopsy. Specimen radiograph "
                    f"confirmed the HydroMARK clip and wire.",
            specimens="A. Breast, lumpectomy (long stitch lateral, short stitch superior)\nB. Sentinel lymph node #1\n"
                      "C. Sentinel lymph node #2\nD. New posterior margin",
            frozen="B, C. Sentinel nodes, touch prep: no carcinoma seen.",
            dx=f"A. Breast, wire-localized lumpectomy:\n   - Invasive ductal carcinoma, Nottingham grade "
               f"{r.randint(1, 3)} (tubules {r.randint(1, 3)}, nuclei {r.randint(1, 3)}, mitoses {r.randint(1, 3)}), "
               f"{sz} cm.\n   - DCIS, solid and cribriform, intermediate nuclear grade, ~{r.randint(5, 30)}% of tumor."
               f"\n   - Margins negative; closest posterior at {r.randint(1, 8)} mm.\n   - Biopsy site changes "
               f"and clip "
               f"present.\nB, C. Sentinel lymph nodes: negative for carcinoma (0/2), confirmed by cytokeratin AE1/AE3."
               f"\nD. New posterior margin: fibroadipose tissue, no tumor.",
            gross=f"Received in formalin (cold ischemia {r.randint(8, 55)} min; total fixation {r.randint(8, 60)} h) "
                  f"is a {r.randint(5, 9)} x {r.randint(4, 7)} x {r.randint(2, 4)} cm oriented lumpectomy with a "
                  f"localization wire. Inks: anterior yellow, posterior black, superior blue, inferior green, medial "
                  f"red, lateral orange. Sectioned medial to lateral into {r.randint(9, 16)} slices; a {sz} cm "
                  f"stellate "
                  f"firm mass is in slices 5-8 with the clip.",
            key="A1 medial margin, perpendicular\nA2-A5 tumor with posterior margin\nA6 tumor with anterior margin\n"
                "A7-A9 tumor with clip\nA10 lateral margin\nB1-B2 sentinel node #1 bisected\nC1 sentinel node #2\n"
                "D1-D2 new posterior margin, en face",
            protocol="Breast Invasive", tnm=f"pT{_c(r, '1c', '2')} pN0(sn)",
            ihc=[("ER", "SP1", f"positive, {r.randint(70, 100)}%, strong"),
                 ("PR", "1E2", f"positive, {r.randint(1, 90)}%"),
                 ("HER2", "4B5", f"score {_c(r, '0', '1+', '2+ (equivocal, reflex FISH sent)')}"),
                 ("Ki-67", "30-9", f"{r.randint(5, 45)}%")],
        )
    if k == 2:
        g1, g2 = r.choice([(3, 4), (4, 3), (3, 3), (4, 4), (4, 5)])
        gg = {(3, 3): 1, (3, 4): 2, (4, 3): 3, (4, 4): 4, (4, 5): 5}[(g1, g2)]
        return dict(
            site="Prostate", cpt="88309", icd="C61", icdo="8140/3",
            history=f"PSA {r.randint(41, 230) / 10:.1f} ng/mL; MRI PI-RADS {r.randint(4, 5)} lesion; biopsy Gleason "
                    f"{g1}+{g2}. Robotic radical prostatectomy with bilateral pelvic lymph node dissection.",
            specimens="A. Prostate and seminal vesicles\nB. Right pelvic lymph nodes\nC. Left pelvic lymph nodes",
            frozen="None.",
            dx=f"A. Prostate, radical prostatectomy:\n   - Prostatic adenocarcinoma, acinar type, Gleason score "
               f"{g1}+{g2}={g1 + g2} (Grade Group {gg}); tertiary pattern {_c(r, 'none', '5 (<5%)')}.\n   - Tumor "
               f"involves ~{r.randint(5, 35)}% of the gland, bilateral.\n   - Extraprostatic extension "
               f"{_c(r, 'absent', 'present, focal (right posterolateral)')}; seminal vesicles uninvolved.\n   - "
               f"Margins {_c(r, 'negative', 'positive, right apex, 2 mm, Gleason pattern 3')}.\nB, C. Lymph nodes: "
               f"0/{r.randint(6, 19)} involved.",
            gross=f"The {r.randint(32, 78)} g prostate measures {r.randint(4, 6)} x {r.randint(3, 5)} x "
                  f"{r.randint(3, 5)} cm with attached seminal vesicles. Inked right blue, left black. Apex and base "
                  f"amputated and cone-sectioned; the remainder serially sectioned at 3-4 mm and entirely submitted as "
                  f"whole-mount sections.",
            key="A1-A4 apex cones (right A1-A2, left A3-A4)\nA5-A8 base cones\nA9-A10 seminal vesicles\nA11-A22 "
                "whole-mount levels 1-6 (R/L halves)\nB1-B3 right pelvic nodes\nC1-C3 left pelvic nodes",
            protocol="Prostate Gland", tnm=f"pT{_c(r, '2', '3a')} pN0",
            ihc=[("AMACR/p63/CK5", "13H4/4A4/XM26", "supports carcinoma in A14"), ("ERG", "EPR3864", "positive")],
        )
    if k == 3:
        loss = r.random() < 0.4
        pick2 = _c(
            r,
            "low (score 2)",
            "intermediate (6)",
        )
        return dict(
            site="Colon", cpt="88309", icd="C18.2", icdo="8140/3",
            history=f"Iron-deficiency anemia (Hgb {r.randint(62, 98) / 10:.1f}); colonoscopy with ascending "
                    f"colon mass; "
                    f"CEA {r.randint(2, 90) / 10:.1f}. Laparoscopic right hemicolectomy.",
            specimens="A. Right colon and terminal ileum\nB. Omental nodule",
            frozen="None.",
            dx=f"A. Right hemicolectomy:\n   - Adenocarcinoma, {_c(r, 'low', 'high')} grade, {sz} cm, invading through "
               f"muscularis propria into pericolonic fat.\n   - Tumor budding: {pick2}"
               f".\n   - Margins negative; radial margin {r.randint(3, 40)} mm.\n   - Lymph nodes "
               f"0/{r.randint(12, 34)}; "
               f"tumor deposits absent.\nB. Omental nodule: fat necrosis, no tumor.",
            gross=f"A {r.randint(18, 34)} cm segment of colon with {r.randint(4, 12)} cm of ileum and appendix. "
                  f"At {r.randint(4, 15)} cm from the distal margin is an ulcerated circumferential mass, {sz} cm. "
                  f"The serosa over the mass is inked blue.",
            key="A1 proximal ileal margin\nA2 distal colonic margin\nA3 radial (mesenteric) margin\nA4-A8 tumor, "
                "deepest invasion\nA9 appendix\nA10-A18 pericolonic lymph nodes",
            protocol="Colon and Rectum", tnm="pT3 pN0",
            ihc=[("MLH1", "M1", "LOSS" if loss else "intact"), ("PMS2", "A16-4", "LOSS" if loss else "intact"),
                 ("MSH2", "G219-1129", "intact"), ("MSH6", "SP93", "intact"),
                 ("BRAF V600E", "VE1", _c(r, "positive", "negative"))],
        )
    if k == 4:
        return dict(
            site="Skin", cpt="88305", icd=_c(r, "C43.59", "C43.71", "C43.4"), icdo="8743/3",
            history=f"Melanoma of the {_c(r, 'left upper back', 'right calf', 'scalp', 'left shoulder')} on shave "
                    f"biopsy; wide local excision with sentinel lymph node biopsy (lymphoscintigraphy, Tc-99m).",
            specimens="A. Skin, wide local excision, suture at 12 o'clock\nB. Sentinel lymph node, axillary #1\n"
                      "C. Sentinel lymph node, axillary #2",
            frozen="None.",
            dx=f"A. Skin, WLE: residual invasive melanoma, superficial spreading type, Breslow thickness "
               f"{r.randint(6, 42) / 10:.1f} mm, Clark level {_c(r, 'III', 'IV')}; mitoses {r.randint(1, 9)}/mm2; "
               f"ulceration {_c(r, 'absent', 'present')}; margins clear (closest {r.randint(4, 12)} mm).\nB, C. "
               f"Sentinel nodes: {_c(r, 'negative (0/2)', 'isolated tumor cells in B (0.1 mm), SOX10+')}.",
            gross=f"An ellipse of skin {r.randint(6, 12)} x {r.randint(2, 5)} cm with a {r.randint(8, 15)} mm healing "
                  f"biopsy scar; suture at 12 o'clock. Inked: 12-3 blue, 3-6 green, 6-9 black, 9-12 orange.",
            key="A1 12 o'clock tip\nA2 6 o'clock tip\nA3-A7 scar, serially\nB1-B4 sentinel node #1, bread-loafed\n"
                "C1-C2 sentinel node #2",
            protocol="Melanoma", tnm=f"pT{_c(r, '1b', '2a', '3a')} pN{_c(r, '0', '0(i+)')}",
            ihc=[("SOX10", "SP267", "highlights residual melanocytes"), ("Melan-A", "A103", "positive"),
                 ("HMB-45", "HMB45", "patchy"), ("PRAME", "EPR20330", "diffuse in dermal component")],
        )
    pick3 = _c(
        r,
        "absent (PL0)",
        "present, PL1 on elastic stain",
    )
    pick4 = _c(
        r,
        "present",
        "not identified",
    )
    return dict(
        site="Lung", cpt="88309", icd=_c(r, "C34.11", "C34.12", "C34.31"), icdo="8551/3",
        history=f"{sz} cm spiculated {_c(r, 'RUL', 'LUL', 'RLL')} nodule, SUVmax {r.randint(32, 140) / 10:.1f}; former "
                f"smoker {r.randint(15, 60)} pack-years (quit 2009). VATS lobectomy with mediastinal node dissection.",
        specimens="A. Lung, lobectomy\nB. Level 4R lymph node\nC. Level 7 lymph node\nD. Level 10R lymph node",
        frozen="A. Bronchial margin, frozen: negative for carcinoma.",
        dx=f"A. Lung, lobectomy:\n   - Invasive non-mucinous adenocarcinoma, {_c(r, 'acinar', 'solid', 'papillary')} "
           f"predominant, {sz} cm.\n   - Visceral pleural invasion {pick3}."
           f"\n   - Spread through air spaces (STAS) {pick4}.\n   - Bronchial, vascular and "
           f"parenchymal margins negative.\nB-D. Lymph nodes: 0/{r.randint(5, 14)} involved.",
        gross=f"Lobectomy {r.randint(12, 20)} x {r.randint(8, 13)} x {r.randint(3, 6)} cm. Staple line inked "
              f"black; the "
              f"pleura overlying the mass is puckered and inked blue. A {sz} cm gray-tan spiculated mass lies "
              f"{r.randint(1, 4)} cm from the staple line.",
        key="A1 bronchial margin, en face\nA2 vascular margins\nA3 staple line at tumor\nA4-A8 tumor with pleura\n"
            "A9 hilar lymph nodes\nA10 background lung\nB1, C1, D1 submitted nodes",
        protocol="Lung", tnm=f"pT{_c(r, '1c', '2a')} pN0",
        ihc=[("TTF-1", "8G7G3/1", "positive"), ("Napsin A", "MRQ-60", "positive"),
             ("PD-L1", "22C3", f"TPS {r.choice(['<1%', '5%', '30%', '80%'])}"), ("ALK", "D5F3", "negative"),
             ("ROS1", "SP384", "negative")],
    )


def _surgical(ctx: _Ctx) -> list:
    r = ctx.r
    sc = _scenario_surg(ctx)
    out: list = []
    out += _t("SURGICAL PATHOLOGY REPORT{x}\nDepartment of Pathology and Laboratory Medicine, {hosp}\n\n",
              x=_c(r, "", " -- FINAL", " -- AMENDED"), hosp=ctx.org(_HOSPITALS))
    out += _t("Accession No.: {acc}        Patient: {name}\nMRN: {mrn}      DOB: {dob}      Age: {age}      "
              "Sex: {sex}\n",
              acc=_s("ACCOUNT", _account(r, "surg")), name=ctx.name(), mrn=_s("MRN", _mrn(r)), dob=ctx.dob(),
              age=ctx.age_slot(), sex=ctx.sex)
    out += _t("Location: {loc}      Encounter: {fin}\n", loc=f"{_c(r, 'OR', 'PACU', '11 Reisman', 'ASC')} "
              f"{r.randint(1, 30)}", fin=_s("ACCOUNT", _account(r, "fin")))
    rep = r.randint(2, 6)
    out += _t("Date of procedure: {d1}   Received: {d2}   Reported: {d3}\n", d1=ctx.sd(0),
              d2=f"{ctx.sd(0)} {r.randint(9, 18):02d}:{r.randint(0, 59):02d}", d3=ctx.sd(rep))
    out += _t("Surgeon: Dr. {s}      Copies to: Dr. {c} ({prac}), fax {fax}\n\n", s=ctx.doc(), c=ctx.doc(),
              prac=ctx.org(_PRACTICES), fax=_s("FAX", _phone(r, foreign=False)))
    out.append(f"CLINICAL HISTORY:\n{_c(r, 'A', 'The patient is a')} ")
    out += _t("{age}-year-old {woman}. {h}\n\n", age=ctx.age_slot(), woman=ctx.woman, h=sc["history"])
    out.append(f"SPECIMENS SUBMITTED:\n{sc['specimens']}\n\n")
    if sc["frozen"] != "None.":
        out += _t("INTRAOPERATIVE CONSULTATION:\n{f}\nCalled to Dr. {d} in the operating room at {h}.\n\n",
                  f=sc["frozen"], d=ctx.doc(), h=f"{r.randint(7, 17):02d}:{r.randint(0, 59):02d}")
    elif r.random() < 0.5:
        out.append("INTRAOPERATIVE CONSULTATION:\nNone requested.\n\n")
    out.append(f"FINAL DIAGNOSIS:\n{sc['dx']}\n\n")
    if r.random() < 0.8:
        out.append(f"SYNOPTIC REPORT (CAP {sc['protocol']} protocol, version {r.randint(4, 5)}.{r.randint(0, 9)}."
                   f"{r.randint(0, 3)}.{r.randint(0, 2)}; AJCC 8th edition):\n"
                   f"  Procedure: see above | Tumor site: {sc['site']} | Histologic type: as above\n"
                   f"  Margins: see diagnosis | Lymphovascular invasion: see diagnosis\n"
                   f"  Pathologic stage: {sc['tnm']} | ICD-O-3: {sc['icdo']} | ICD-10: {sc['icd']}\n\n")
    if r.random() < 0.45:
        cases = r.randint(1, 3)
        out += _t("OUTSIDE CONSULTATION MATERIAL:\nReceived from {org}: outside case {oc} ({n} H&E slides labeled "
                  "OS-1 to OS-{n}, {b} paraffin block{pl}), collected {d}. Original diagnosis by Dr. {p}. "
                  "We agree with the outside interpretation.\n\n",
                  org=ctx.org(_PATH_GROUPS + _HOSPITALS), oc=_s("ACCOUNT", _account(r, "outside")), n=str(cases + 3),
                  b=str(cases), pl="" if cases == 1 else "s", d=ctx.date_slot(-r.randint(20, 60)), p=ctx.doc())
    out.append("GROSS DESCRIPTION:\n")
    out += _t("Received in {n} container(s), each labeled with the patient's name ({nm}) and medical record number "
              "({mrn}). ", n=str(sc["specimens"].count("\n") + 1), nm=ctx.name(), mrn=_s("MRN", _mrn(r)))
    out.append(f"{sc['gross']}\n\nCASSETTE KEY:\n{sc['key']}\n\n")
    pick5 = _c(
        r,
        "Microscopic examination performed; findings summarized above.",
        "Sections confirm the gross impression; see diagnosis and synoptic summary.",
        "Histologic sections show the described findings. Levels were examined on blocks with equivocal features.",
    )
    out.append(f"MICROSCOPIC DESCRIPTION:\n{pick5}\n\n")
    out.append(_ihc(r, sc["ihc"]) + "\n")
    if r.random() < 0.5:
        out.append("SPECIAL STAINS:\n" + _stain_lots(r) + "\n")
    out.append(f"CPT: {sc['cpt']} x{r.randint(1, 3)}, 88342 x{len(sc['ihc'])}, 88341 x{r.randint(0, 3)}\n"
               f"Whole-slide images scanned on Leica Aperio GT 450 (firmware {r.randint(1, 3)}.{r.randint(0, 9)}."
               f"{r.randint(0, 30)}) for tumor board on {ctx.sd(r.randint(5, 12))}.\n\n")
    out.append(_Anchor("ADDENDUM:\n"))
    out += _signature(ctx, day=rep)
    return out


# --------------------------------------------------------------------------------------------------
# Cytology
# --------------------------------------------------------------------------------------------------


def _cytology(ctx: _Ctx) -> list:
    r = ctx.r
    k = r.choice([0, 1, 3, 4] + ([2, 2] if ctx.sex == "F" else []))
    micro = {
        0: "Smears show colloid, follicular cells in flat sheets and microfollicles, and hemosiderin-laden "
           "macrophages. Background blood.",
        1: "Cellular specimen with three-dimensional clusters of atypical epithelial cells with vacuolated cytoplasm, "
           "enlarged nuclei and prominent nucleoli, in a background of reactive mesothelial cells and histiocytes.",
        2: "Superficial and intermediate squamous cells; endocervical cells present; scattered neutrophils. "
           "Computer-assisted (ThinPrep Imaging System) fields reviewed manually.",
        3: "Urothelial cells, singly and in small groups; degenerated cells and crystals; rare red cells.",
        4: "Lymphocytes of mixed size, anthracotic histiocytes and bronchial cells; cell block sections reviewed.",
    }[k]
    recommend = {
        0: "Risk of malignancy per The Bethesda System for Reporting Thyroid Cytopathology (3rd ed.); "
           "correlate with ultrasound and consider repeat FNA or molecular testing for indeterminate categories.",
        1: "Recommend molecular testing on the cell block (EGFR, ALK, ROS1, PD-L1 22C3) if clinically indicated.",
        2: "Management per ASCCP risk-based guidelines; colposcopy recommended for HSIL, ASC-H or HPV 16/18.",
        3: "Correlate with cystoscopy and upper-tract imaging; repeat cytology in 3 months if atypical.",
        4: "Correlate with PET-CT staging; additional material may be needed for next-generation sequencing.",
    }[k]
    if k == 0:
        src = f"Thyroid, {_c(r, 'right', 'left')} lobe nodule ({r.randint(11, 38)} mm, TI-RADS {r.randint(3, 5)}), FNA"
        prep = f"{r.randint(3, 6)} direct smears (Diff-Quik and Pap) and 1 ThinPrep; ROSE adequate"
        interp = r.choice([
            "Benign follicular nodule (Bethesda category II). Colloid and benign follicular cells in macrofollicles.",
            "Atypia of undetermined significance (Bethesda III), nuclear atypia subtype. Molecular testing "
            "(ThyroSeq v3) recommended.",
            "Malignant (Bethesda VI): papillary thyroid carcinoma -- nuclear grooves, intranuclear pseudoinclusions, "
            "psammoma bodies.",
        ])
    elif k == 1:
        src = f"Pleural fluid, {_c(r, 'right', 'left')}, {r.randint(300, 1800)} mL, thoracentesis"
        prep = "cytospin (Pap, Diff-Quik) and cell block (H&E)"
        primary, stains = r.choice([("lung", "TTF-1+, Napsin A+, calretinin-"),
                                    ("breast", "GATA3+, ER+ (SP1), calretinin-"),
                                    ("Mullerian", "PAX8+, WT1+, ER+"), ("upper GI", "CDX2+, CK20+, CK7-")])
        if ctx.sex == "M" and primary in ("breast", "Mullerian"):
            primary, stains = "lung", "TTF-1+, Napsin A+, calretinin-"
        interp = (f"POSITIVE FOR MALIGNANT CELLS: metastatic adenocarcinoma, consistent with {primary} primary. "
                  f"Cell block IHC: {stains}; MOC-31 positive, D2-40 negative in tumor cells.")
    elif k == 2:
        src = "Cervix/endocervix, ThinPrep liquid-based Pap test with high-risk HPV co-testing"
        prep = "ThinPrep 5000 processor; imager-assisted screening"
        interp = r.choice([
            "Negative for intraepithelial lesion or malignancy (NILM). Transformation zone present. Shift in flora "
            "suggestive of bacterial vaginosis.",
            "Low-grade squamous intraepithelial lesion (LSIL), koilocytes present. hrHPV: POSITIVE (other high-risk "
            "types); HPV 16/18 negative.",
            "Atypical squamous cells, cannot exclude HSIL (ASC-H). hrHPV: POSITIVE for HPV 16.",
        ])
    elif k == 3:
        src = "Urine, voided, for cytology (history of urothelial carcinoma, surveillance)"
        prep = f"ThinPrep, {r.randint(20, 120)} mL received"
        interp = r.choice([
            "Negative for high-grade urothelial carcinoma (The Paris System, NHGUC).",
            "Atypical urothelial cells (AUC), The Paris System. N/C ratio >0.5, hyperchromasia.",
            "Suspicious for high-grade urothelial carcinoma (SHGUC). Recommend cystoscopic correlation.",
        ])
    else:
        src = f"Lymph node, station {_c(r, '4R', '7', '11L', '10R')}, EBUS-TBNA (22G needle, {r.randint(3, 6)} passes)"
        prep = "direct smears, needle rinse for cell block; ROSE by cytotechnologist"
        interp = r.choice([
            "Positive for malignancy: non-small cell carcinoma, favor adenocarcinoma (TTF-1 positive, p40 negative). "
            "Cell block adequate for molecular testing (tumor cellularity ~30%).",
            "Negative for malignancy: lymphoid tissue with non-necrotizing granulomas (consider sarcoidosis); GMS and "
            "AFB negative.",
            "Positive for metastatic small cell carcinoma: nuclear molding, crush artifact; INSM1 and synaptophysin "
            "positive, Ki-67 ~90%.",
        ])
    out: list = []
    out += _t("CYTOPATHOLOGY REPORT\n{hosp} -- Cytology Laboratory\n\n", hosp=ctx.org(_HOSPITALS))
    out += _t("Case: {acc}     Patient name: {name}     MRN: {mrn}\nDOB: {dob}     Sex: {sex}     Requisition: "
              "{req}\n", acc=_s("ACCOUNT", _account(r, "cyto")), name=ctx.name(), mrn=_s("MRN", _mrn(r)),
              dob=ctx.dob(), sex=ctx.sex, req=_s("ACCOUNT", _account(r, "req")))
    h = r.randint(6, 14)
    out += _t("Collected: {c}     Received: {rcv}     Ordering provider: Dr. {d} (pager {p})\n\n",
              c=f"{ctx.sd(0)} {h:02d}:{r.randint(0, 59):02d}", rcv=f"{ctx.sd(0)} {h + 2:02d}:{r.randint(0, 59):02d}",
              d=ctx.doc(), p=_s("PAGER", _pager(r)))
    out += _t("CLINICAL INFORMATION:\n{age} year old {woman}; ", age=ctx.age_slot(), woman=ctx.woman)
    pick7 = _c(
        r,
        "LMP 2 weeks ago." if ctx.sex == "F" and ctx.age < 50 else "no prior malignancy.",
        "on anticoagulation (apixaban), held 48 h.",
        "ECOG 1.",
        "former smoker, quit 15 years ago.",
        "prior cytology negative.",
    )
    out.append(f"{pick7}"
               f" Room {r.randint(2, 14)}{_c(r, 'A', 'B', '')}-{r.randint(1, 40)}.\n\n")
    pick8 = _c(
        r,
        "Satisfactory for evaluation.",
        "Satisfactory; limited by blood.",
        "Satisfactory; scant cellularity.",
    )
    out.append(f"SPECIMEN SOURCE:\n{src}\n\nPREPARATION:\n{prep}\n\nSPECIMEN ADEQUACY:\n"
               f"{pick8}\n\n"
               f"MICROSCOPIC DESCRIPTION:\n{micro}\n\nINTERPRETATION:\n{interp}\n\nRECOMMENDATION:\n{recommend}\n\n")
    if r.random() < 0.5:
        out += _t("RELATED SPECIMENS:\n  Prior cytology {a1} ({d1}): negative\n  Concurrent biopsy {a2}: see separate "
                  "report\n\n", a1=_s("ACCOUNT", _account(r, "cyto")), d1=ctx.date_slot(-r.randint(90, 700)),
                  a2=_s("ACCOUNT", _account(r, "surg")))
    if r.random() < 0.4:
        out += _t("OUTSIDE SLIDES:\nReviewed at the request of Dr. {d} ({prac}); outside case {oc}, {n} slides "
                  "(labels OS-A1 through OS-A{n}). Slides returned by courier.\n\n", d=ctx.doc(),
                  prac=ctx.org(_PATH_GROUPS), oc=_s("ACCOUNT", _account(r, "outside")), n=str(r.randint(2, 6)))
    out.append(f"QUALITY: Kit lot {r.choice('ABKL')}{_digits(r, 6)} (exp "
               f"{r.randint(2025, 2028)}-{r.randint(1, 12):02d}); "
               f"CPT {_c(r, '88173, 88172 x2', '88175', '88112', '88305, 88342')}.\n\n")
    out.append("DISCLAIMER: Cytology is a screening and diagnostic test with a false-negative rate; results should be "
               "interpreted with clinical and radiologic findings.\n\n")
    out.append(_Anchor("COMMENT:\n"))
    out += _t("Screened by: {ct}, CT(ASCP)\n", ct=ctx.person())
    out += _signature(ctx, "Cytopathologist")
    return out


# --------------------------------------------------------------------------------------------------
# Autopsy (hospital and medical-examiner)
# --------------------------------------------------------------------------------------------------


def _organ_table(r: random.Random) -> str:
    rows = [("Heart", 250, 620), ("Right lung", 380, 1250), ("Left lung", 320, 1100), ("Liver", 1100, 2600),
            ("Spleen", 90, 480), ("Right kidney", 110, 220), ("Left kidney", 110, 230), ("Brain", 1080, 1480)]
    out = "  ORGAN            WEIGHT (g)\n"
    for name, lo, hi in rows:
        out += f"  {name:16} {r.randint(lo, hi)}\n"
    return out


def _autopsy(ctx: _Ctx) -> list:
    r = ctx.r
    ctx.deceased = True
    me = r.random() < 0.55
    mvc = me and r.random() < 0.45
    out: list = []
    if me:
        out += _t("OFFICE OF THE CHIEF MEDICAL EXAMINER -- REPORT OF POSTMORTEM EXAMINATION\n\nME Case No.: {me}   "
                  "Autopsy No.: {au}\n", me=_s("ACCOUNT", _account(r, "me")), au=_s("ACCOUNT", _account(r, "autopsy")))
    else:
        out += _t("AUTOPSY REPORT (hospital consent autopsy)\nDepartment of Pathology, {hosp}\n\nAutopsy No.: {au}\n",
                  hosp=ctx.org(_HOSPITALS), au=_s("ACCOUNT", _account(r, "autopsy")))
    out += _t("DECEDENT: {name}     MRN: {mrn}     SSN: {ssn}\nAGE: {age}     SEX: {sex}     DOB: {dob}\n",
              name=ctx.name(), mrn=_s("MRN", _mrn(r)), ssn=_s("SSN", _ssn(r)), age=ctx.age_slot(), sex=ctx.sex,
              dob=ctx.dob())
    out += _t("RESIDENCE: {addr}\nDATE/TIME OF DEATH: {dod}     DATE OF EXAMINATION: {doe}\n",
              addr=_address(r), dod=ctx.date_slot(-1, 2010, 2024, masked=ctx.sd(-1, time=True)), doe=ctx.sd(0))
    out += _t("PROSECTOR: Dr. {p}     ATTENDING PATHOLOGIST: Dr. {a}\n", p=ctx.doc(), a=ctx.doc())
    if me:
        out += _t("MEDICOLEGAL DEATH INVESTIGATOR: {inv}\n", inv=ctx.person())
    rel = ctx.rel()
    out += _t("AUTHORIZATION: {how} by {rel} {who}, telephone {ph}{em}\n\n",
              how="Jurisdiction accepted; notification of next of kin" if me else "Consent (unrestricted) signed",
              rel=rel, who=ctx.person(), ph=_s("PHONE", _phone(r)),
              em=_t(", e-mail {e}", e=_s("EMAIL", _email(r))) if r.random() < 0.35 else "")
    cause = r.choice([
        ("Hypertensive and atherosclerotic cardiovascular disease", "Natural"),
        ("Complications of diffuse Lewy body disease (aspiration pneumonia)", "Natural"),
        ("Ruptured abdominal aortic aneurysm", "Natural"),
        ("Acute hemolytic transfusion reaction complicating treatment of GI hemorrhage",
         "Natural (therapeutic complication)"),
    ] + ([("Acute combined drug toxicity (fentanyl, xylazine)", "Accident"),
          ("Blunt force injuries of head and torso", "Accident")] if me else []))
    if mvc:
        cause = ("Blunt force injuries of head and torso", "Accident")
    pick9 = _c(
        r,
        "Coronary atherosclerosis, LAD 90% stenosis",
        "Cerebral edema with uncal herniation",
        f"Bilateral pulmonary edema (R {r.randint(700, 1200)} g, L {r.randint(600, 1100)} g)",
        "Hemoperitoneum, 2.1 L",
    )
    pick10 = _c(
        r,
        f"Cardiomegaly ({r.randint(480, 640)} g) with concentric LVH",
        "Subarachnoid hemorrhage (clinical Hunt and Hess grade 4)",
        "Lewy bodies in substantia nigra and cingulate cortex (alpha-synuclein)",
        "Fractures of right ribs 3-8, posterolateral",
    )
    pick11 = _c(
        r,
        "Arterionephrosclerosis",
        "Hepatic steatosis, moderate",
        "Status post Whipple procedure (remote), anastomoses intact",
        "Cholelithiasis",
        "Foley catheter in bladder; no urinary tract infection",
    )
    pick12 = _c(
        r,
        "Parkinson disease, clinical history",
        "Chronic obstructive pulmonary disease",
        "Status post pacemaker implantation",
        "Glasgow Coma Scale 3 on arrival (clinical)",
    )
    out.append(f"FINAL ANATOMIC DIAGNOSES:\nI. {cause[0]}\n   A. {pick9}\n"
               f"   B. {pick10}\n"
               f"II. {pick11}\n"
               f"III. {pick12}\n\n"
               f"CAUSE OF DEATH: {cause[0]}.\nMANNER OF DEATH: {cause[1]}.\n\n")
    out.append("CLINICAL SUMMARY:\n")
    out += _t("The decedent was a {woman}, age {age},", age=ctx.age_slot(), woman=ctx.woman)
    if mvc:
        cue, v = _vehicle(r)
        out += _t(" who was the {pos} of a {yr} {car} ({cue} {v}) that left the roadway in {town} at "
                  "approximately {h}. Extricated by fire rescue ({mins} min); asystole on EMS arrival; pronounced at "
                  "{hosp}.\n", pos=_c(r, "driver", "front-seat passenger", "unrestrained driver"),
                  yr=str(r.randint(2004, 2021)), car=_c(r, "Subaru Outback", "Honda Civic", "Ford F-150",
                                                          "Toyota Sienna", "Nissan Altima"),
                  cue=cue, v=_s("VEHICLE_ID", v), town=ctx.town(),
                  h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", mins=str(r.randint(12, 45)),
                  hosp=ctx.org(_HOSPITALS))
    elif me:
        out += _t(" found unresponsive at {place} by {rel}. Last known alive {lka}. Scene: {scene}. Naloxone x"
                  "{nx} by EMS without response.\n", place=r.choice([
                      _t("{his} residence in {town}", his=ctx.his, town=ctx.town()),
                      _t("a shelter at the corner of {corner}", corner=_s(
                          "LOCATION", f"{r.choice(_STREETS)} and {r.choice(_STREETS)} {r.choice(['Streets', 'Sts'])}")),
                      _t("{his} workplace ({emp})", his=ctx.his, emp=ctx.org(_EMPLOYERS)),
                  ]), rel=_c(r, "a neighbor", "the landlord", "a coworker", "family"),
                  lka=ctx.date_slot(-2, 2010, 2024, masked=ctx.sd(-2, time=True)),
                  scene=_c(r, "prescription bottles (oxycodone, gabapentin) on nightstand",
                           "drug paraphernalia including a spoon and two syringes", "no signs of forced entry"),
                  nx=str(r.randint(1, 4)))
    else:
        out += _t(" admitted from {nh} with {dx}. Hospital course: {course} Comfort measures on day {d}.\n",
                  nh=ctx.org(_NURSING), dx=_c(r, "upper GI bleeding", "sepsis of urinary source", "falls and delirium",
                                               "progressive dysphagia"),
                  course=_c(r, f"received {r.randint(2, 9)} units PRBC; fever and hemoglobinuria after unit 3 "
                               "prompted a transfusion reaction workup (DAT positive, anti-Jka in eluate).",
                            "aspiration pneumonia despite piperacillin-tazobactam; MOLST: DNR/DNI.",
                            f"GCS {r.randint(6, 12)}, CT head with chronic small-vessel disease; hospice consulted."),
                  d=str(r.randint(3, 21)))
    if me and r.random() < 0.4:
        out += _t("Investigator note: the decedent's last e-mail login was logged from IP {ip} at {h}; cellular "
                  "telephone ({ph}) secured as evidence item.\n", ip=_s("IP_ADDRESS", _ip(r)),
                  h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", ph=_s("PHONE", _phone(r)))
    out.append("\nIDENTIFICATION:\n")
    out += _t("Identified by {meth} by the {rel}, {who}. Toe tag and wristband concordant. Morgue cooler {cool}, "
              "tray {tray}.\n\n", meth=_c(r, "visual (photograph) identification", "visual identification",
                                          "comparison of a tattoo"),
              rel=ctx.rel(), who=ctx.person(), cool=str(r.randint(1, 4)), tray=str(r.randint(1, 24)))
    height, weight = r.randint(148, 190), r.randint(38, 132)
    pick13 = _c(
        r,
        "well-developed, well-nourished",
        "cachectic",
        "obese",
    )
    pick14 = _c(
        r,
        "full",
        "passing",
        "in the jaw only",
    )
    pick15 = _c(
        r,
        "posterior and fixed",
        "posterior, blanching",
    )
    pick16 = _c(
        r,
        "Tardieu spots on the legs.",
        "No petechiae.",
        "Abrasions of the forehead and right knee.",
    )
    out.append(f"EXTERNAL EXAMINATION:\nThe body is that of a {pick13} "
               f"{ctx.woman}, {height} cm, {weight} kg (BMI {weight / (height / 100) ** 2:.0f}). Livor "
               f"{pick15}; rigor {pick14}. "
               f"{pick16}\n\n")
    out.append("EVIDENCE OF MEDICAL INTERVENTION:\n")
    out.append(f"Endotracheal tube; right IJ central line; {_c(r, '16 Fr', '18 Fr')} Foley catheter; ECG pads; "
               f"defibrillator pad burns.\n")
    if r.random() < 0.65:
        dev = r.choice([("Medtronic Azure XT DR MRI SureScan", "W1DR01"), ("Abbott Assurity MRI", "PM2272"),
                        ("Boston Scientific Accolade MRI", "L331"), ("HeartMate 3 LVAD", "106524US")])
        if r.random() < 0.6:
            ident = _t("serial number {sn}; UDI on implant log {udi} (model and lot only)",
                       sn=_s("DEVICE_ID", _device_serial(r)), udi=_udi_no_serial(r))
        else:
            ident = _t("UDI with serial {udi}", udi=_s("DEVICE_ID", _udi_serial(r)))
        out += _t("Explanted {dev} (model {mod}), {ident}. Device interrogated (firmware {fw}) and retained.\n",
                  dev=dev[0], mod=dev[1], ident=ident, fw=f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 40)}")
    out.append("\nINTERNAL EXAMINATION:\n" + _organ_table(r))
    pick17 = _c(
        r,
        "LAD 70%, RCA 50%",
        "LAD 90% with organizing thrombus",
        "mild atherosclerosis",
    )
    out.append(f"Coronary arteries: {pick17}. "
               f"Circle of Willis: {_c(r, 'patent', 'atherosclerotic, no aneurysm')}. Evisceration by the Rokitansky "
               f"(en bloc) method.\n\n")
    if r.random() < 0.5:
        pick18 = _c(
            r,
            "Pallor of the substantia nigra; Lewy bodies on alpha-synuclein IHC (Braak PD stage 5).",
            "Neuritic plaques CERAD frequent; Braak NFT stage V; ABC score A3B3C3.",
            "No Creutzfeldt-Jakob disease features; prion IHC negative.",
            "Subdural hematoma, 60 mL, left convexity.",
        )
        out.append(f"NEUROPATHOLOGY:\nBrain {r.randint(1050, 1450)} g. {pick18}\n\n")
    pick19 = _c(
        r,
        "fentanyl 18 ng/mL, norfentanyl present, xylazine detected",
        "ethanol 0.21 g/dL",
        "negative screen",
        "diphenhydramine 0.4 mg/L",
    )
    if me:
        out.append(f"TOXICOLOGY:\nFemoral blood: {pick19}. "
                   f"Vitreous Na {r.randint(128, 152)}, Cl {r.randint(95, 125)}, glucose <20 mg/dL.\n\n")
    else:
        out.append(f"ANCILLARY STUDIES:\nPostmortem blood culture: {_c(r, 'no growth', 'E. coli (1/2 bottles)')}; "
                   f"lung culture: {_c(r, 'mixed flora', 'Klebsiella pneumoniae')}. Toxicology not requested "
                   f"(hospital autopsy). Antemortem anti-Jka titer 1:{_c(r, '8', '16', '32')}.\n\n")
    if me:
        out.append("CHAIN OF CUSTODY:\n  Item  Description                         Released by        Received by\n")
        for n_item, desc in enumerate(r.sample(["Femoral blood, gray-top x2", "Vitreous humor, red-top x1",
                                                "Urine, 30 mL", "Clothing (jeans, sweatshirt), paper bag",
                                                "Cellular telephone", "Wallet with identification",
                                                "Fingernail clippings"], r.randint(3, 5)), 1):
            out += _t("  {n} {desc} {a}  /  {b}\n", n=f"{n_item:<5}", desc=f"{desc:35}", a=ctx.person(),
                      b=ctx.person())
        out.append(f"  Seals intact; evidence locker {r.randint(1, 40)}; tamper-evident tape lot "
                   f"{_c(r, 'TE', 'SEAL')}-{_digits(r, 5)}.\n\n")
    out.append("DISPOSITION:\n")
    if r.random() < 0.55:
        out += _t("Released on {d} to {fh} (funeral director {fd}, {cue} {lic}) for {what}.\n", d=ctx.sd(1),
                  fh=ctx.org(_FUNERAL), fd=ctx.person(), cue="license no.", lic=_s("LICENSE", _license(r)[1]),
                  what=_c(r, "burial", "transport and burial abroad", "viewing and burial"))
    else:
        out += _t("Released on {d} to {cr}; cremation authorization signed by the {rel} ({who}). Memorial at {ch}.\n",
                  d=ctx.sd(1), cr=ctx.org(_CREMATORY), rel=ctx.rel(), who=ctx.person(),
                  ch=ctx.org(_CHURCHES))
    if r.random() < 0.3:
        out += _t("Obituary link provided by the family: {u}\n", u=_s("URL", _url(r, ctx.first, ctx.last, dead=True)))
    pick20 = _c(
        r,
        "no reportable disease",
        "case referred to the CDC NNDSS as required",
        "OSHA not applicable",
    )
    out.append(f"Public health: death reported to the state registry; {pick20}.\n\n")
    out.append(_Anchor("ADDITIONAL NOTES:\n"))
    out += _signature(ctx, "Forensic pathologist" if me else "Pathologist")
    return out


# --------------------------------------------------------------------------------------------------
# Transfusion medicine / blood bank
# --------------------------------------------------------------------------------------------------


def _din(r: random.Random) -> str:
    check = r.choice("0123456789ABCDEFGHIJKLMNOPQRS")
    return f"W{r.randint(300, 4399):04d} {r.randint(20, 24)} {_digits(r, 6)} {check}"


def _issue_log(ctx: _Ctx, n: int) -> list:
    r = ctx.r
    out: list = ["BLOOD PRODUCT ISSUE LOG\n"
                 "  Unit (DIN)            Product        Code       ABO/Rh  Expires            Issued              "
                 "Issued to\n"]
    for j in range(n):
        prod, code = r.choice([("RBC, LR", "E0336V00"), ("RBC, LR, irr", "E0344V00"), ("Plasma, FFP", "E2555V00"),
                               ("Plt, apheresis", "E3083V00"), ("Cryo, pooled", "E5165V00"),
                               ("RBC, LR, CMV-", "E0382V00")])
        out += _t("  {din}  {prod} {code} {abo} {exp}   {iss}    {rn}\n", din=_din(r), prod=f"{prod:14}",
                  code=f"{code:10}", abo=f"{r.choice(['O NEG', 'O POS', 'A POS', 'A NEG', 'B POS', 'AB POS']):7}",
                  exp=ctx.sd(r.randint(3, 30)), iss=ctx.sd(j // 3, time=True), rn=_t("{p}, RN", p=ctx.person()))
    out.append("  Supplier: American Red Cross / regional blood center. Segments retained x2 per unit.\n\n")
    return out


def _bloodbank(ctx: _Ctx) -> list:
    r = ctx.r
    k = r.randrange(4 if ctx.sex == "F" and ctx.age < 46 else 3)
    out: list = []
    title = ["TRANSFUSION REACTION INVESTIGATION", "TRANSFUSION MEDICINE CONSULTATION -- ANTIBODY WORKUP",
             "MASSIVE TRANSFUSION PROTOCOL (MTP) SUMMARY", "BLOOD BANK CONSULT -- OBSTETRIC RhIG DOSING"][k]
    out += _t("{title}\n{hosp} Blood Bank and Transfusion Service\n\n", title=title, hosp=ctx.org(_HOSPITALS))
    out += _t("Patient: {name}     MRN: {mrn}     DOB: {dob}\nBB specimen: {bb}     Encounter/FIN: {fin}\n",
              name=ctx.name(), mrn=_s("MRN", _mrn(r)), dob=ctx.dob(), bb=_s("ACCOUNT", _account(r, "bb")),
              fin=_s("ACCOUNT", _account(r, "fin")))
    if r.random() < 0.3:
        cue, hp = _health_plan(r)
        out += _t("Address: {addr}     Insurance: {cue} {hp}\n", addr=_address(r), cue=cue, hp=_s("HEALTH_PLAN", hp))
    abo = r.choice(["O NEG", "O POS", "A POS", "A NEG", "B POS", "AB NEG"])
    out += _t("ABO/Rh: {abo} (historical type x2 concordant)     Requesting service: {svc}, Dr. {d}, pager {pg}\n\n",
              abo=abo, svc=r.choice([("MICU", "Hematology/Oncology", "Cardiac Surgery", "Medicine"),
                                    ("MICU", "Hematology/Oncology", "Cardiac Surgery", "Medicine"),
                                    ("Trauma Surgery", "Emergency Medicine"), ("Obstetrics", "Labor and Delivery")][k]),
              d=ctx.doc(), pg=_s("PAGER", _pager(r)))
    if k == 0:
        reaction = r.choice(["febrile non-hemolytic", "delayed hemolytic (anti-Jka)", "TACO", "possible TRALI",
                             "allergic (urticarial)", "acute hemolytic (ABO, clerical error)"])
        out.append(f"REACTION: Suspected {reaction} reaction during unit {r.randint(1, 4)}. Pre: {_vitals(r)}. "
                   f"Post: {_vitals(r)}; rigors and back pain {_c(r, 'present', 'absent')}; volume infused "
                   f"~{r.randint(40, 300)} mL before the transfusion was stopped.\n\n")
        pick21 = _c(
            r,
            "no discrepancy",
            "DISCREPANCY -- wristband / tag mismatch",
        )
        pick22 = _c(
            r,
            "not indicated",
            "anti-Jka (Kidd) identified",
            "panreactive",
        )
        pick23 = _c(
            r,
            "NEG",
            "w+",
        )
        out.append(f"LABORATORY WORKUP:\n  Clerical check: {pick21}\n"
                   f"  Post-transfusion DAT: polyspecific {_c(r, 'NEG', '1+', '2+')}, anti-IgG {_c(r, 'NEG', '2+')}, "
                   f"anti-C3d {pick23}\n  Eluate: {pick22}\n"
                   f"  Plasma hemolysis index: {_c(r, 'none', 'moderate')}; {_cbc(r)}\n"
                   f"  Urinalysis: {_c(r, 'no hemoglobinuria', 'hemoglobinuria, 3+ blood, 0-2 RBC/hpf')}\n"
                   f"  Gram stain/culture of bag: {_c(r, 'no organisms', 'pending')} (unit {_din(r)})\n"
                   f"  BNP {r.randint(80, 2400)} pg/mL; CXR see radiology.\n\n")
        out.append(f"REPORTING: Hemovigilance entry to NHSN; fatality would require FDA notification ("
                   f"{_c(r, 'not applicable', 'not applicable -- patient survived')}). Supplier notified for TRALI "
                   f"donor lookback {_c(r, 'requested', 'not required')}.\n\n")
    elif k == 1:
        out += _t("ANTIBODY HISTORY:\nCarries an antibody card issued by {org} blood bank on {d} listing "
                  "{abs}; outside MRN on card {omrn}.\n", org=ctx.org(_HOSPITALS), d=ctx.date_slot(-900, 2008, 2022),
                  abs=_c(r, "anti-E and anti-Jka", "anti-K (Kell)", "anti-Fya (Duffy) and anti-c", "warm autoantibody"),
                  omrn=_s("MRN", _mrn(r)))
        pick24 = _c(
            r,
            "Patient on daratumumab -- DTT-treated cells used; K-negative units required.",
            "Phenotype: E-, c+, K-, Jk(a-b+), Fy(a-b+).",
            "Adsorption (allogeneic) performed; no underlying alloantibody.",
        )
        out.append(f"CURRENT WORKUP:\n  Antibody screen (3-cell, gel, ORTHO VISION Max, software {r.randint(5, 6)}."
                   f"{r.randint(0, 14)}.{r.randint(0, 9)}): POSITIVE in {r.randint(2, 3)}/3 cells\n"
                   f"  Panel (11-cell, lot {r.choice('ABCDEFG')}{_digits(r, 3)}, exp {r.randint(2025, 2027)}-"
                   f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d}): anti-Jka confirmed; Lewis and Lutheran antibodies "
                   f"excluded\n  DAT: {_c(r, 'NEG', 'IgG 1+')}; titer of anti-D (if pregnant): n/a\n"
                   f"  {pick24}\n"
                   f"  Crossmatch: {r.randint(2, 4)} antigen-negative units AHG-compatible.\n\n")
    elif k == 2:
        cue, v = _vehicle(r)
        out += _t("EVENT: Trauma activation after a motor vehicle collision (patient driver; vehicle {cue} {v} per EMS "
                  "run sheet) near {town}. MTP activated by Dr. {d} at {h}.\n", cue=cue,
                  v=_s("VEHICLE_ID", v), town=ctx.town(), d=ctx.doc(),
                  h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
        out.append(f"Products: {r.randint(6, 22)} RBC, {r.randint(4, 18)} plasma, {r.randint(1, 4)} apheresis "
                   f"platelets, "
                   f"{r.randint(0, 3)} cryo pools; ratio 1:1:1 maintained (RBC:plasma {r.randint(10, 14) / 10:.1f}). "
                   f"TXA 1 g given. TEG: R {r.randint(4, 14)} min, MA {r.randint(38, 70)} mm, LY30 "
                   f"{r.randint(0, 12)}%. "
                   f"Kcentra {r.randint(1500, 3500)} units for warfarin reversal. Emergency-release O NEG "
                   f"x{r.randint(2, 6)} "
                   f"uncrossmatched.\n\n")
    else:
        pick25 = _c(
            r,
            "positive",
            "negative",
        )
        para = r.randint(0, 4)
        out.append(f"EVENT: G{para + r.randint(1, 2)}P{para} at {r.randint(24, 41)} weeks, {abo}, after "
                   f"{_c(r, 'abdominal trauma', 'delivery of an Rh-positive infant', 'external cephalic version')}.\n"
                   f"  Rosette screen: {pick25}; Kleihauer-Betke: {r.randint(1, 40) / 10:.1f}% fetal "
                   f"cells -> estimated FMH {r.randint(5, 120)} mL\n  Recommended RhIG (WinRho / RhoGAM): "
                   f"{r.randint(1, 5)} vial(s) of 300 mcg IM within 72 hours.\n")
        out += _t("  Infant cord blood: DAT {dat}; infant's father ({fa}) phenotype unknown.\n\n",
                  dat=_c(r, "NEG", "POS (IgG)"), fa=ctx.person())
    out += _issue_log(ctx, r.randint(2, 7))
    pick26 = _c(
        r,
        "Antigen-negative, AHG-crossmatch-compatible RBCs for all future transfusions.",
        "Premedicate with acetaminophen; leukoreduced products already in use.",
        "Transfuse slowly (1 mL/kg/h) with diuretic; monitor for TACO.",
        "Repeat type and screen every 72 h while transfusing.",
    )
    pick27 = _c(
        r,
        "Issue a wallet antibody card and update the national registry entry.",
        "Notify the patient and PCP of the antibody.",
        "Avoid IVIG brand switching (Privigen / Octagam) during workup.",
    )
    pick28 = _c(
        r,
        "Adverse events with licensed products may also be reported to FDA MedWatch (1-800-FDA-1088).",
        "Hemovigilance reporting per NHSN (https://www.cdc.gov/nhsn).",
        "Standards: AABB Technical Manual (www.aabb.org).",
    )
    out.append(f"RECOMMENDATIONS:\n1. {pick26}\n"
               f"2. {pick27}\n"
               f"3. {pick28}\n\n")
    out.append(_Anchor("ADMINISTRATIVE:\n"))
    out += _signature(ctx, "Transfusion medicine attending")
    return out


# --------------------------------------------------------------------------------------------------
# Cytogenetics / molecular pathology
# --------------------------------------------------------------------------------------------------


def _molecular(ctx: _Ctx) -> list:
    r = ctx.r
    k = r.randrange(5)
    out: list = []
    out += _t("{title}\n{hosp} -- Molecular Diagnostics and Cytogenetics\n\n",
              title=_c(r, "MOLECULAR PATHOLOGY REPORT", "CYTOGENETICS REPORT", "GENOMIC PROFILING REPORT"),
              hosp=ctx.org(_HOSPITALS))
    out += _t("Patient: {name}     DOB: {dob}     MRN: {mrn}\nAccession: {acc}     Order: {ordno}\n",
              name=ctx.name(), dob=ctx.dob(), mrn=_s("MRN", _mrn(r)), acc=_s("ACCOUNT", _account(r, "surg")),
              ordno=_s("ACCOUNT", _account(r, "order")))
    out += _t("Ordering physician: Dr. {d}     Fax results to: {fax}     Collected: {c}\n",
              d=ctx.doc(), fax=_s("FAX", _phone(r, foreign=False)), c=ctx.sd(0))
    if r.random() < 0.35:
        cue, hp = _health_plan(r)
        out += _t("Billing: {cue} {hp}; group {g} (employer plan)\n", cue=cue, hp=_s("HEALTH_PLAN", hp),
                  g=_digits(r, 6))
    if r.random() < 0.7:
        out += _t("Reference laboratory: {lab}, reference accession {ra}, received {rd}\n",
                  lab=ctx.org(_REF_LABS), ra=_s("ACCOUNT", _account(r, "ref")), rd=ctx.sd(2))
    out += _t("\nCLINICAL INFORMATION: {age} year old {woman}; {info}\nSPECIMEN RECEIPT: {tube}, received {cond}; "
              "transit {h} h.\n\n", age=ctx.age_slot(), woman=ctx.woman,
              info=_c(r, "new diagnosis, untreated.", "relapse after two lines of therapy.",
                      "surveillance after resection; prior molecular testing at an outside laboratory.",
                      "on tyrosine kinase inhibitor, assess response."),
              tube=_c(r, "2 x 4 mL EDTA tubes", "1 sodium heparin tube", "FFPE block and 10 unstained slides"),
              cond=_c(r, "at ambient temperature, intact", "refrigerated, intact", "with a cracked tube (recollected)"),
              h=str(r.randint(2, 48)))
    if k == 0:
        out.append(f"SPECIMEN: Bone marrow aspirate, sodium heparin.\nINDICATION: leukocytosis (WBC "
                   f"{r.randint(40, 210)}"
                   f" K/uL), splenomegaly.\n\nKARYOTYPE:\n  46,{'XX' if ctx.sex == 'F' else 'XY'},t(9;22)(q34.1;q11.2)"
                   f"[{r.randint(14, 20)}]/46,{'XX' if ctx.sex == 'F' else 'XY'}[{r.randint(0, 6)}]\n"
                   f"FISH (BCR::ABL1 dual-color dual-fusion): {r.randint(150, 196)}/200 nuclei positive.\n"
                   f"RT-qPCR: e14a2 (p210) transcript; BCR::ABL1/ABL1 {r.randint(10, 90)}% (IS).\n\n"
                   f"INTERPRETATION: Chronic myeloid leukemia, chronic phase. ABL1 kinase domain mutation testing "
                   f"(T315I) not detected. Imatinib or dasatinib per NCCN.\n")
    elif k == 1:
        pick29 = _c(
            r,
            "46,XY[20] (normal)",
            "46,XX,del(9)(q13q22)[7]/46,XX[13]",
            "47,XY,+8[12]/46,XY[8]",
        )
        out.append(f"SPECIMEN: Peripheral blood and bone marrow, EDTA.\nINDICATION: new acute myeloid leukemia, blasts "
                   f"{r.randint(22, 88)}%.\n\nKARYOTYPE: {pick29}\n"
                   f"NGS MYELOID PANEL (49 genes; Illumina NextSeq 550Dx, pipeline "
                   f"v{r.randint(2, 4)}.{r.randint(0, 9)}; hg38):\n"
                   f"  NPM1   NM_002520.7  c.860_863dup p.(Trp288Cysfs*12)  VAF {r.randint(30, 48)}%\n"
                   f"  FLT3   ITD, allelic ratio {r.randint(5, 80) / 100:.2f} (capillary electrophoresis)\n"
                   f"  DNMT3A NM_022552.5  c.2645G>A p.(Arg882His)       VAF {r.randint(35, 49)}%\n"
                   f"  TP53   not detected (LoD 2% VAF)\n\nINTERPRETATION: AML with NPM1 mutation (WHO 5th "
                   f"ed.); ELN 2022 "
                   f"risk {_c(r, 'favorable', 'intermediate')}. Midostaurin eligible if FLT3-ITD confirmed.\n")
    elif k == 2:
        out.append(f"SPECIMEN: FFPE block A{r.randint(2, 8)} from lung resection; tumor cellularity "
                   f"~{r.randint(20, 70)}%, "
                   f"macrodissected.\n\nRESULTS (DNA/RNA hybrid-capture panel, 161 genes):\n"
                   f"  EGFR   NM_005228.5  {_c(r, 'c.2573T>G p.(Leu858Arg)', 'c.2235_2249del p.(Glu746_Ala750del)')}  "
                   f"VAF {r.randint(8, 45)}%  Tier IA\n"
                   f"  TP53   NM_000546.6  c.743G>A p.(Arg248Gln)  VAF {r.randint(8, 45)}%  Tier IIC\n"
                   f"  ALK/ROS1/RET/NTRK fusions: not detected; MET exon 14 skipping: not detected\n"
                   f"  TMB {r.randint(1, 22)} mut/Mb; MSI-stable\n  COSMIC COSV{_digits(r, 8)}; dbSNP "
                   f"rs{_digits(r, 9)} "
                   f"(germline polymorphism, not reported)\n\nINTERPRETATION: Sensitizing EGFR mutation -- osimertinib "
                   f"(FDA-approved companion diagnostic claim).\n")
    elif k == 3:
        out.append(f"SPECIMEN: Peripheral blood, CLL prognostic FISH panel.\nRESULTS:\n"
                   f"  del(13q14.3) D13S319: {r.randint(10, 80)}% of nuclei\n  del(11q22.3) ATM: not detected\n"
                   f"  +12 CEP12: not detected\n  del(17p13.1) TP53: {r.randint(0, 30)}% of nuclei\n"
                   f"  IGHV: {_c(r, 'mutated (94.1% identity to germline)', 'unmutated (99.6% identity)')}\n\n"
                   f"INTERPRETATION: ISCN 2020: nuc ish(D13S319x1)[{r.randint(40, 160)}/200]. Correlate with TP53 "
                   f"sequencing before BTK inhibitor therapy.\n")
    else:
        pick30 = _c(
            r,
            "Colon resection block A5",
            "Endometrial biopsy block A1" if ctx.sex == "F" else "Rectal biopsy block A2",
        )
        pick31 = _c(
            r,
            "Findings favor sporadic MSI-high tumor.",
            "Lynch syndrome cannot be excluded; germline testing recommended.",
        )
        out.append(f"SPECIMEN: {pick30}; MMR IHC showed MLH1/PMS2 loss.\n"
                   f"RESULTS: MLH1 promoter hypermethylation {_c(r, 'DETECTED (somatic)', 'NOT detected')}; "
                   f"BRAF c.1799T>A p.(Val600Glu) {_c(r, 'detected', 'not detected')}.\n\n"
                   f"INTERPRETATION: {pick31}\n")
        out += _t("FAMILY: {rel1} ({p1}) had colon cancer at 46; {rel2} ({p2}) endometrial cancer at 51. "
                  "Cascade testing "
                  "offered through genetic counseling ({gc}, MS, CGC).\n",
                  rel1=_c(r, "Mother", "Father", "Maternal aunt"), p1=ctx.person(),
                  rel2=_c(r, "sister", "paternal uncle", "cousin"), p2=ctx.person(), gc=ctx.person())
    out.append(f"\nMETHODOLOGY: Analysis on GRCh38 with variant caller "
               f"v{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}."
               f"{r.randint(0, 300)}; reagent kit lot {r.choice('KLMN')}{_digits(r, 6)}, exp {r.randint(2025, 2028)}-"
               f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d}. CPT 81445, 88271 x{r.randint(1, 3)}, 88291.\n"
               f"QC: mean coverage {r.randint(480, 2400)}x; {r.randint(92, 99)}% of targets >250x; DNA input "
               f"{r.randint(20, 250)} ng; positive control HD{r.randint(700, 799)} within limits.\n"
               f"LIMITATIONS: variants below {r.randint(2, 5)}% VAF may not be detected. Not validated for germline "
               f"calls. Classification per AMP/ASCO/CAP 2017.\n\n")
    if r.random() < 0.3:
        out += _t("Report released to the patient portal: {u}\n\n", u=_s("URL", _url(r, ctx.first, ctx.last)))
    out.append(_Anchor("NOTES:\n"))
    out += _t("Genetic counselor contact for the family: {gc}, {em}\n", gc=ctx.person(),
              em=_s("EMAIL", _email(r, clinician=True))) if r.random() < 0.4 else []
    out += _signature(ctx, "Laboratory director")
    return out


# --------------------------------------------------------------------------------------------------
# MIMIC-style discharge summary of such a patient
# --------------------------------------------------------------------------------------------------


def _discharge(ctx: _Ctx) -> list:
    r = ctx.r
    k = r.randrange(3)
    sc = [
        dict(svc="MEDICINE", cc="melena, fatigue", proc="EGD with clip placement; transfusion of packed red cells",
             hpi=f"with CAD and prior transfusions (carries an antibody card) who presented with {r.randint(2, 5)} "
                 f"days of melena and Hgb {r.randint(52, 74) / 10:.1f}. Received {r.randint(2, 5)} units PRBC; on "
                 f"day {r.randint(5, 10)} developed jaundice, dark urine and a falling hemoglobin: delayed hemolytic "
                 f"transfusion reaction (DAT IgG 2+, eluate anti-Jka).",
             course="EGD: Forrest IIa duodenal ulcer, 2 clips. Blood bank consulted; Jk(a-) antigen-negative, "
                    "AHG-crossmatch-compatible units issued. Hemolysis markers improved by discharge (LDH and "
                    "bilirubin down-trending, haptoglobin recovering). Pantoprazole IV then PO.",
             meds="1. Pantoprazole 40 mg PO BID\n2. Ferrous sulfate 325 mg PO daily\n3. Folic acid 1 mg PO daily",
             dx="Delayed hemolytic transfusion reaction (anti-Jka)\nDuodenal ulcer hemorrhage",
             instr="You were found to have a blood antibody (anti-Jka, Kidd system). Always show your antibody card "
                   "before any transfusion. Return for dark urine, black stools, fever >101.5F, or dizziness."),
        dict(svc="SURGERY", cc="painless jaundice", proc="Pancreaticoduodenectomy (Whipple procedure)",
             hpi=f"with new painless jaundice, bilirubin {r.randint(40, 190) / 10:.1f}, CA 19-9 "
                 f"{r.randint(90, 1200)}. CT: {r.randint(18, 40) / 10:.1f} cm pancreatic head mass abutting the SMV "
                 f"without encasement. Taken for Whipple.",
             course="Uncomplicated pylorus-preserving Whipple; EBL 450 mL, 1 unit RBC intra-op. Post-operative course "
                    "complicated by delayed gastric emptying; JP amylase low, drains removed POD 6. Pathology: pT2 pN1 "
                    "ductal adenocarcinoma, SMAD4 loss, margins negative. Tolerating regular diet with enzymes.",
             meds="1. Creon 24,000 units with meals and 12,000 with snacks\n2. Oxycodone 5 mg q6h PRN\n"
                  "3. Enoxaparin 40 mg SC daily x 28 days",
             dx="Pancreatic ductal adenocarcinoma s/p Whipple\nDelayed gastric emptying",
             instr="Call for fever >101.5F, redness or drainage at the incision, vomiting, or inability to eat. "
                   "No lifting more than 10 lbs for 6 weeks."),
        dict(svc="HEMATOLOGY/ONCOLOGY", cc="thrombocytopenia, confusion",
             proc="Therapeutic plasma exchange x7; right IJ apheresis catheter placement and removal",
             hpi=f"with headache, confusion and petechiae; Plt {r.randint(8, 30)}, schistocytes 4/hpf, LDH "
                 f"{r.randint(600, 2200)}, PLASMIC score {r.randint(6, 7)}. ADAMTS13 activity <5% with inhibitor: "
                 f"immune TTP.",
             course="Daily plasma exchange (1.0-1.5 plasma volumes, Octaplas), caplacizumab and rituximab weekly x4, "
                    "prednisone 1 mg/kg. One mild urticarial reaction to plasma, treated with diphenhydramine. "
                    "Platelets >150 after 5 exchanges; ADAMTS13 activity 48% at discharge.",
             meds="1. Prednisone 60 mg daily, taper per heme\n2. Caplacizumab 11 mg SC daily\n"
                  "3. Trimethoprim-sulfamethoxazole SS daily (PJP prophylaxis)",
             dx="Immune thrombotic thrombocytopenic purpura (iTTP)",
             instr="Return for bruising, bleeding, headache, confusion or dark urine. Labs twice weekly."),
    ][k]
    out: list = []
    out += _t("Name:  {name}                 Unit No:   {mrn}\n\nAdmission Date:  {ad}              Discharge Date:   "
              "{dd}\n\nDate of Birth:  {dob}             Sex:   {sex}\n\nService: {svc}\n\nAllergies:\n{all}\n\n"
              "Attending: Dr. {att}.\n\n",
              name=ctx.name(), mrn=_s("MRN", _mrn(r)), ad=ctx.date_slot(-r.randint(4, 20), masked="___"),
              dd=ctx.date_slot(0, masked="___"), dob=ctx.dob(), sex=ctx.sex, svc=sc["svc"],
              all=_c(r, "Patient recorded as having No Known Allergies to Drugs", "Penicillins / sulfa",
                     "iodinated contrast"), att=ctx.doc())
    out.append(f"Chief Complaint:\n{sc['cc']}\n\nMajor Surgical or Invasive Procedure:\n{sc['proc']}\n\n"
               f"History of Present Illness:\n")
    out += _t("{age} year old {woman} ", age=ctx.age_slot(), woman=ctx.woman)
    out.append(sc["hpi"] + "\n\n")
    pick32 = _c(
        r,
        "Parkinson disease (on carbidopa-levodopa)",
        "CAD s/p PCI 2011",
        "Type 2 diabetes",
        "Hypothyroidism",
    )
    pick33 = _c(
        r,
        "Atrial fibrillation on apixaban",
        "CKD stage 3b",
        "Remote breast cancer (2004), lumpectomy" if ctx.sex == "F" else "Prostate cancer (2004), radiation",
        "GERD",
    )
    out.append(f"Past Medical History:\n- {pick32}\n"
               f"- {pick33}\n\n")
    out += _t("Social History:\nLives {with_} in {town}. Formerly worked at {emp}. {sub}\n\n",
              with_=_c(r, "alone", "with her daughter" if ctx.sex == "F" else "with his wife", "in senior housing"),
              town=ctx.town(), emp=ctx.org(_EMPLOYERS),
              sub=_c(r, "Never smoker.", "Quit tobacco 20 years ago (40 pack-years).", "Rare EtOH."))
    pick34 = _c(
        r,
        "pale",
        "jaundiced",
        "NAD",
        "confused, oriented x1",
    )
    out.append(f"Physical Exam:\nAdmission: {_vitals(r)}\nGen: {pick34}. "
               f"Neuro: GCS {r.randint(12, 15)}. Skin: {_c(r, 'petechiae on shins', 'scleral icterus', 'no rash')}.\n\n"
               f"Pertinent Results:\n{ctx.sd(-3)} 06:10AM BLOOD {_cbc(r)}\n{ctx.sd(-1)} 05:45AM BLOOD Creat-"
               f"{r.randint(6, 31) / 10:.1f} K-{r.randint(32, 55) / 10:.1f} BNP-{r.randint(40, 3000)}\n"
               f"PATHOLOGY/BLOOD BANK: see separate reports.\n\n")
    out.append(f"Brief Hospital Course:\n{sc['course']}\nTransfusion summary: {r.randint(1, 8)} units RBC (last unit "
               f"{_din(r)}), {r.randint(0, 6)} plasma.\n\n")
    pick35 = _c(
        r,
        "Metoprolol succinate 25 mg daily",
        "Carbidopa-levodopa 25-100 mg TID",
        "Levothyroxine 88 mcg daily",
    )
    out.append(f"Medications on Admission:\n1. {pick35}\n"
               f"2. {_c(r, 'Atorvastatin 40 mg daily', 'Apixaban 5 mg BID', 'Omeprazole 20 mg daily')}\n\n"
               f"Discharge Medications:\n{sc['meds']}\n\n")
    out += _t("Discharge Disposition:\n{disp}\n\nFacility:\n{fac}\n\nDischarge Diagnosis:\n{dx}\n\n",
              disp=_c(r, "Home With Service", "Extended Care"), fac=ctx.org(_NURSING), dx=sc["dx"])
    out.append("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
               "interactive.\nActivity Status: Ambulatory - requires assistance or aid (walker or cane).\n\n")
    out.append(f"Discharge Instructions:\n{sc['instr']} For an accidental medication overdose call the "
               f"{_c(r, 'Poison Control Center (1-800-222-1222)', 'Poison Help line, 1-800-222-1222')}.\n\n")
    out += _t("Followup Instructions:\nDr. {d}, {clinic}, on {fd}; phone {ph}\n",
              d=ctx.doc(), clinic=_c(r, "transfusion medicine clinic", "hematology clinic", "surgical oncology"),
              fd=ctx.sd(r.randint(7, 21)), ph=_s("PHONE", _phone(r)))
    out.append(_Anchor("\nAddendum:\n"))
    return out


# --------------------------------------------------------------------------------------------------
# Radiology
# --------------------------------------------------------------------------------------------------


def _rad_header(ctx: _Ctx, exam: str, service: str) -> list:
    r = ctx.r
    out = _t("EXAMINATION:  {exam}\n\nREQUESTING SERVICE:  {svc}     REQUESTED BY:  Dr. {d}{pg}\n",
             exam=exam, svc=service, d=ctx.doc(),
             pg=_t(" (pager {p})", p=_s("PAGER", _pager(r))) if r.random() < 0.6 else "")
    out += _t("{who}:  {name}     MRN:  {mrn}     ACCESSION:  {acc}\n", who="DECEDENT" if ctx.deceased else "PATIENT",
              name=ctx.name(), mrn=_s("MRN", _mrn(r)), acc=_s("ACCOUNT", _account(r, "order")))
    return out


def _rad_footer(ctx: _Ctx, cpt: str, loc: str) -> list:
    r = ctx.r
    out = _t("\nTECHNOLOGIST:  {tech}, RT(R)     EXAM LOCATION:  {loc}\n", tech=ctx.person(), loc=loc)
    h = r.randint(6, 18)
    out.append(f"PROCEDURE CODE:  CPT {cpt}     PACS archive: Sectra IDS7 {r.randint(23, 25)}.{r.randint(1, 2)}; "
               f"study completed {ctx.sd(0)} {h:02d}:{r.randint(0, 59):02d}; final {ctx.sd(0)} "
               f"{h + r.randint(1, 5):02d}:{r.randint(0, 59):02d}.\n")
    out += _t("I have personally reviewed the images and agree with the findings above.  Dr. {d}\n", d=ctx.doc())
    return out


def _pmct(ctx: _Ctx) -> list:
    r = ctx.r
    ctx.deceased = True
    out = _rad_header(ctx, "POST-MORTEM CT HEAD, NECK, CHEST, ABDOMEN AND PELVIS WITHOUT CONTRAST",
                      _c(r, "FORENSIC PATHOLOGY (OCME)", "AUTOPSY SERVICE", "MEDICAL EXAMINER"))
    out += _t("ME CASE:  {me}     BODY RECEIVED:  {d}\n\n", me=_s("ACCOUNT", _account(r, "me")), d=ctx.sd(0, time=True))
    out += _t("INDICATION:  {age} year old {woman}, ", age=ctx.age_slot(), woman=ctx.woman)
    scen = r.randrange(3)
    if scen == 0:
        cue, v = _vehicle(r)
        out += _t("driver in a single-vehicle collision ({cue} {v}) in {town}; pronounced at scene. Assess injuries "
                  "before autopsy.\n\n", cue=cue, v=_s("VEHICLE_ID", v), town=ctx.town())
    elif scen == 1:
        out += _t("found deceased at home in {town}; suspected fall down stairs. Evaluate for fractures and "
                  "intracranial hemorrhage.\n\n", town=ctx.town())
    else:
        out += _t("inpatient death after transfusion reaction at {hosp}; family declined full autopsy, consented to "
                  "imaging and limited sampling.\n\n", hosp=ctx.org(_HOSPITALS))
    scanner = _c(r, "Siemens SOMATOM Definition AS+ (syngo CT VA48A)", "Canon Aquilion ONE PRISM (v10.2)",
                 "GE Revolution EVO (software 21.1.4.72)")
    out.append(f"TECHNIQUE:  Whole-body non-contrast CT on {scanner}, body bag in situ. 0.6 mm and 3 mm "
               f"reconstructions, bone and soft-tissue kernels. Dose report not applicable (post-mortem). Interval "
               f"since death ~{r.randint(6, 40)} hours.\n\n"
               f"COMPARISON:  {_c(r, 'None.', 'CT chest ' + ctx.sd(-r.randint(30, 400)) + '.', '___.')}\n\n")
    if scen == 0:
        head = _c(r, "Comminuted fracture of the right parietal bone extending to the skull base, with acute subdural "
                     "hemorrhage (9 mm) and effacement of the basal cisterns.",
                  "Diffuse subarachnoid hemorrhage; occipital condyle fracture.")
        neck = _c(r, "C2 (hangman) fracture with atlanto-occipital widening.", "No cervical fracture. Hyoid intact.")
        chest = _c(r, "Hemopericardium; right ribs 3-8 fractured, flail segment; sternal fracture (seat-belt).",
                   "Bilateral hemothoraces; aortic isthmus contour abnormality suspicious for transection.")
        abd = _c(r, "Hemoperitoneum with liver laceration (segment VII). Open-book pelvic fracture.",
                 "Splenic laceration with hemoperitoneum. Pelvic ring intact.")
        imp = "Injury pattern of high-energy blunt trauma; correlate at autopsy."
    elif scen == 1:
        head = _c(r, "Left occipital fracture with contrecoup bifrontal contusions and acute subdural hemorrhage.",
                  "No calvarial fracture. Small left frontal contusion.")
        neck = _c(r, "Type II odontoid fracture.", "No cervical fracture. Hyoid intact.")
        chest = "Left ribs 7-9 posterolateral fractures, non-displaced."
        abd = _c(r, "Right femoral neck fracture with shortening.", "No solid-organ injury identified.")
        imp = "Findings compatible with a fall; fatal head injury suspected. Correlate at autopsy."
    else:
        head = "No calvarial fracture. Loss of gray-white differentiation consistent with post-mortem change."
        neck = "Endotracheal tube tip 3 cm above the carina. No cervical fracture."
        chest = "Bilateral pleural effusions, layering; diffuse dependent consolidation; cardiomegaly."
        abd = "Foley catheter in a decompressed bladder. Portal venous gas, post-mortem. Splenomegaly (16 cm)."
        imp = "No acute traumatic finding; effusions and consolidation; post-mortem changes only."
    pick36 = _c(
        r,
        "Dual-chamber pacemaker, left chest, leads in RA/RV.",
        "No implanted devices.",
        "IVC filter; left total hip arthroplasty.",
    )
    out.append(f"FINDINGS:\nHEAD:  {head}\nNECK:  {neck}\nCHEST:  Dependent ground-glass opacity bilaterally "
               f"(hypostasis). {chest}\nABDOMEN/PELVIS:  {abd}\n"
               f"DEVICES:  {pick36}\n\n")
    if r.random() < 0.35:
        out += _t("Implant card retrieved from the decedent's wallet by the investigator lists serial {sn}.\n\n",
                  sn=_s("DEVICE_ID", _device_serial(r)))
    out.append(f"IMPRESSION:\n1. {imp}\n2. Hypostasis and intravascular gas are expected post-mortem findings and "
               f"not ante-mortem air embolism.\n\n")
    out.append(_Anchor("NOTIFICATION:\n"))
    out += _t("Preliminary read given to {inv} (ME investigator) at {h}.\n",
              inv=ctx.person(), h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    out += _rad_footer(ctx, "70450, 71250, 74176 (post-mortem)",
                       _c(r, "Morgue imaging bay 2", "OCME CT suite", "CT 3 (after hours, decedent protocol)"))
    return out


def _survey(ctx: _Ctx) -> list:
    r = ctx.r
    child = r.random() < 0.5
    if child:
        out = _rad_header(ctx, "SKELETAL SURVEY, COMPLETE (INFANT), INCLUDING 2-WEEK FOLLOW-UP PROTOCOL",
                          _c(r, "CHILD PROTECTION TEAM", "PEDIATRIC EMERGENCY MEDICINE", "PEDIATRIC FORENSICS"))
        months = r.randint(1, 20)
        pick37 = _c(
            r,
            "bruising of the ear and torso",
            "subdural hemorrhage on CT",
            "femur fracture, non-ambulatory",
            "apparent life-threatening event",
        )
        out.append(f"\nINDICATION:  {months}-month-old {'girl' if ctx.sex == 'F' else 'boy'} with "
                   f"{pick37}. "
                   f"Evaluate for occult fractures.\n")
        out += _t("Accompanied by {rel} {p}; DCF notified by the child protection team.\n\n",
                  rel=_c(r, "mother", "father", "grandmother", "foster parent"), p=ctx.person())
        pick38 = _c(
            r,
            "no fracture; wormian bones not increased",
            "linear right parietal fracture, non-depressed",
        )
        pick39 = _c(
            r,
            "classic metaphyseal lesion (bucket-handle) of the distal right femur",
            "no metaphyseal lesion",
            "transverse fracture of the left femoral diaphysis",
        )
        pick40 = _c(
            r,
            "Multiple fractures of differing ages, highly specific for non-accidental trauma.",
            "No occult fracture identified. Follow-up survey in 2 weeks recommended.",
            "Isolated diaphyseal fracture; correlate with history.",
        )
        out.append(f"TECHNIQUE:  {r.randint(21, 34)} images per ACR-SPR practice parameter (Philips "
                   f"DigitalDiagnost C90, "
                   f"detector firmware {r.randint(3, 5)}.{r.randint(0, 9)}.{r.randint(0, 99)}).\n\n"
                   f"FINDINGS:\nSkull: {pick38}.\n"
                   f"Ribs: {_c(r, 'healing posterior fractures of left ribs 5-7 with callus', 'no rib fracture')}.\n"
                   f"Long bones: {pick39}.\n"
                   f"Spine/pelvis/hands/feet: {_c(r, 'normal', 'normal for age')}.\n"
                   f"Clavicles/scapulae: {_c(r, 'normal', 'healing fracture of the right clavicle, 2-3 weeks')}.\n"
                   f"Laboratory correlation: alkaline phosphatase {r.randint(120, 480)}, calcium "
                   f"{r.randint(88, 108) / 10:.1f}"
                   f", PTH and 25-OH vitamin D pending; ophthalmology (retinal exam) requested.\n"
                   f"Bone mineralization: normal; no features of osteogenesis imperfecta or Menkes disease.\n\n"
                   f"IMPRESSION:\n{pick40}\n\n")
    else:
        out = _rad_header(ctx, "SKELETAL SURVEY (METASTATIC / MYELOMA)",
                          _c(r, "HEMATOLOGY/ONCOLOGY", "BONE MARROW TRANSPLANT", "ORTHOPEDIC ONCOLOGY"))
        out += _t("\nINDICATION:  {age} year old {woman} with {dx}.\n\n", age=ctx.age_slot(), woman=ctx.woman,
                  dx=_c(r, "IgG kappa myeloma, M-spike 3.1 g/dL", "rising calcium and bone pain",
                        "breast cancer, restaging"))
        pick41 = _c(
            r,
            "Innumerable punched-out lytic lesions of the calvarium (raindrop skull).",
            "No lytic lesion of the skull.",
        )
        pick42 = _c(
            r,
            "expansile lesion of the right 6th rib",
            "no rib lesion",
            "healed left rib fractures",
        )
        pick43 = _c(
            r,
            "Compression deformity of T11 (40% height loss), unchanged.",
            "Vertebral body heights preserved.",
        )
        pick44 = _c(
            r,
            "Lytic lesion of the proximal right femur, 3.2 cm, Mirels score 9 -- impending fracture.",
            "No aggressive lesion of the long bones.",
        )
        pick45 = _c(
            r,
            "Diffuse lytic disease compatible with myeloma.",
            "No radiographic progression.",
            "Impending pathologic fracture of the right femur; orthopedics paged.",
        )
        out.append(f"TECHNIQUE:  Skull, spine, pelvis, humeri, femora; AP and lateral where indicated.\n\n"
                   f"COMPARISON:  {ctx.sd(-r.randint(60, 500))}\n\nCLINICAL DATA:  Calcium "
                   f"{r.randint(92, 141) / 10:.1f}"
                   f" mg/dL, creatinine {r.randint(7, 32) / 10:.1f}, free kappa/lambda ratio {r.randint(20, 900)}; "
                   f"bone marrow biopsy with {r.randint(10, 80)}% CD138+ plasma cells. PET-CT not performed.\n\n"
                   f"FINDINGS:\nSkull (AP/lateral): "
                   f"{pick41}\n"
                   f"Cervical spine: {_c(r, 'degenerative disc disease C5-C7; no lytic lesion', 'normal alignment')}.\n"
                   f"Ribs: {pick42}.\n"
                   f"Humeri: {_c(r, 'endosteal scalloping of the left humeral shaft', 'no lesion')}.\n"
                   f"Pelvis: {_c(r, 'multiple small lucencies of both iliac wings', 'no lesion; SI joints normal')}.\n"
                   f"{pick43}\n"
                   f"{pick44}\n\n"
                   f"IMPRESSION:\n{pick45}\n\n")
    out.append(_Anchor("NOTIFICATION:\n"))
    out += _t("Findings communicated to Dr. {d} by telephone at {h}.\n", d=ctx.doc(),
              h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    out += _rad_footer(ctx, "77076" if child else "77075", f"Radiology room {r.randint(1, 9)}")
    return out


def _specimen(ctx: _Ctx) -> list:
    r = ctx.r
    breast = ctx.sex == "F" and r.random() < 0.8
    out = _rad_header(ctx, "SPECIMEN RADIOGRAPH, " + ("BREAST (2 views)" if breast else "BONE RESECTION SPECIMEN"),
                      _c(r, "BREAST SURGERY (OR " + str(r.randint(1, 20)) + ")", "SURGICAL PATHOLOGY GROSS ROOM")
                      if breast else _c(r, "ORTHOPEDIC ONCOLOGY", "SURGICAL PATHOLOGY GROSS ROOM"))
    h = r.randint(7, 13)
    out += _t("PATHOLOGY ACCESSION:  {acc}     SURGEON:  Dr. {d}\n\n", acc=_s("ACCOUNT", _account(r, "surg")),
              d=ctx.doc())
    out += _t("INDICATION:  {age} year old {woman}. ", age=ctx.age_slot(), woman=ctx.woman)
    if breast:
        pick46 = _c(
            r,
            "wire",
            "SAVI SCOUT reflector",
            "Magseed",
        )
        pick47 = _c(
            r,
            "superior",
            "inferior",
            "medial",
            "lateral",
            "anterior",
        )
        pick48 = _c(
            r,
            "Grouped pleomorphic calcifications are included centrally.",
            "The spiculated mass is included.",
            "No residual calcifications at the margin.",
        )
        out.append(f"{_c(r, 'Left', 'Right')} breast {_c(r, 'IDC', 'DCIS with calcifications', 'ADH')} at "
                   f"{r.randint(1, 12)} o'clock, {r.randint(2, 9)} cm FN; {pick46} "
                   f"localization on {ctx.sd(-1)}. Confirm target, clip and localizer in specimen.\n\n"
                   f"TECHNIQUE:  Specimen cabinet radiography (Faxitron Core, {r.randint(22, 30)} kV, software "
                   f"{r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}), orthogonal views with orientation "
                   f"sutures.\n\n"
                   f"FINDINGS:\nThe {_c(r, 'ribbon-shaped', 'coil', 'HydroMARK', 'barbell')} biopsy clip and the "
                   f"localizer are within the specimen, {r.randint(4, 18)} mm from the nearest ({pick47}) edge. "
                   f"{pick48}\n\n"
                   f"IMPRESSION:\nTarget lesion, clip and localizer retrieved. Called to the OR (room "
                   f"{r.randint(1, 20)}) at {h:02d}:{r.randint(30, 59):02d}. Specimen to pathology in "
                   f"container labeled A; cold ischemia start {h:02d}:{r.randint(0, 29):02d}.\n\n")
    else:
        pick49 = _c(
            r,
            "Distal femur osteosarcoma after neoadjuvant MAP",
            "Chondrosarcoma of the proximal humerus",
            "Giant cell tumor of the distal radius",
        )
        pick50 = _c(
            r,
            "metaphysis and epiphysis",
            "intramedullary canal",
        )
        out.append(f"{pick49}. "
                   f"Evaluate margins and mineralized matrix for gross room sampling. Preoperative MRI "
                   f"{ctx.sd(-r.randint(10, 40))}: intramedullary extent {r.randint(6, 18)} cm, no skip lesion. "
                   f"Necrosis on biopsy not assessable.\n\n"
                   f"TECHNIQUE:  Kubtec XPERT 80 cabinet radiographs, {r.randint(3, 6)} views; slab radiographs of "
                   f"{r.randint(4, 8)} mm slices.\n\nFINDINGS:\nMineralized tumor matrix occupies the "
                   f"{pick50}; closest bone margin {r.randint(8, 40)} mm. "
                   f"Slabs 3-5 map the largest area for cassettes B1-B12 (mapping grid attached).\n\n"
                   f"IMPRESSION:\nMargins radiographically clear. Map provided to the gross room for percent-necrosis "
                   f"(Huvos) assessment. Soft-tissue margin to be assessed grossly; vascular bundle margin inked "
                   f"green.\n\nRECOMMENDATION:  Decalcify slabs in EDTA (not formic acid) to preserve nucleic acids "
                   f"for molecular studies.\n\n")
    if r.random() < 0.35:
        out += _t("Implant in specimen: {what}; {udi}.\n\n",
                  what="magnetic seed retrieved intact" if breast else "orthopedic plate retained with specimen",
                  udi=r.choice([_t("UDI {u} (model and lot only)", u=_udi_no_serial(r)),
                                _t("serial {u}", u=_s("DEVICE_ID", _device_serial(r)))]))
    h += 1
    out += _t("SPECIMEN HANDLING:  Carried from OR by {a} at {h1}; received in the gross room by {b} at {h2} "
              "(container A, formalin added at {h3}). Fixation {fx} h.\n\n", a=ctx.person(), b=ctx.person(),
              h1=f"{h:02d}:{r.randint(0, 19):02d}", h2=f"{h:02d}:{r.randint(20, 39):02d}",
              h3=f"{h:02d}:{r.randint(40, 59):02d}", fx=str(r.randint(6, 72)))
    out.append(_Anchor("NOTIFICATION:\n"))
    out += _rad_footer(ctx, "76098", _c(r, "Gross room cabinet", f"OR {r.randint(1, 20)} specimen unit"))
    return out


def _cxr(ctx: _Ctx) -> list:
    r = ctx.r
    out = _rad_header(ctx, "CHEST (PORTABLE AP)", _c(r, "TRANSFUSION MEDICINE", "MICU", "HEMATOLOGY/ONCOLOGY"))
    out += _t("\nINDICATION:  {age} year old {woman} with hypoxia and fever within {h} hours of transfusion of "
              "{p}; evaluate for TRALI versus TACO. BNP {bnp}.\n\n", age=ctx.age_slot(), woman=ctx.woman,
              h=str(r.randint(1, 6)), p=_c(r, "plasma", "2 units RBC", "apheresis platelets"),
              bnp=str(r.randint(60, 3200)))
    pick51 = _c(
        r,
        "Carestream DRX-Revolution",
        "Fujifilm FDR Go PLUS",
        "GE AMX Navigate",
    )
    pick52 = _c(
        r,
        "New bilateral perihilar and basilar airspace opacities without cardiomegaly or effusion.",
        ("Interval enlargement of the cardiac silhouette, vascular redistribution, Kerley B lines and small bilateral "
         "effusions."),
        "Lungs clear; no pulmonary edema.",
    )
    pick53 = _c(
        r,
        "normal",
        "mildly enlarged",
    )
    pick54 = _c(
        r,
        "ET tube 4 cm above the carina.",
        "No pneumothorax.",
    )
    pick55 = _c(
        r,
        "Findings favor non-cardiogenic edema; TRALI in the appropriate clinical setting.",
        "Findings favor hydrostatic edema (TACO).",
        "No acute cardiopulmonary process.",
    )
    out.append(f"TECHNIQUE:  Portable AP chest, {pick51}.\n\n"
               f"COMPARISON:  {ctx.sd(-1)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n\nFINDINGS:\n"
               f"{pick52}\n"
               f"Right IJ catheter tip in the {_c(r, 'low SVC', 'cavoatrial junction')}. "
               f"{pick54} Heart size: {pick53}; "
               f"vascular pedicle {r.randint(48, 80)} mm.\n\n"
               f"IMPRESSION:\n{pick55}\n\n")
    out.append("TRANSFUSION TIMELINE (from the blood bank record):\n")
    for _ in range(r.randint(1, 3)):
        out.append(f"  {_din(r)}  {_c(r, 'RBC', 'FFP', 'PLT')}  start {r.randint(8, 20):02d}:{r.randint(0, 59):02d}"
                   f"  vol {r.randint(180, 350)} mL  post-vitals {_vitals(r)}\n")
    out.append(f"  Fluid balance +{r.randint(400, 3200)} mL / 24 h; furosemide {_c(r, 'given', 'not given')}.\n\n")
    out.append(_Anchor("NOTIFICATION:\n"))
    out += _t("Discussed with the transfusion medicine fellow, Dr. {d}, at {h}.\n", d=ctx.doc(),
              h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    loc = _c(r, f"Portable, MICU bed {r.randint(1, 28)}", f"Portable, 7 North room {r.randint(701, 748)}")
    out += _rad_footer(ctx, "71045", loc)
    return out


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_DISCHARGE_KINDS = ((_surgical, 3), (_cytology, 2), (_autopsy, 3), (_bloodbank, 3), (_molecular, 2), (_discharge, 2))
_RADIOLOGY_KINDS = ((_pmct, 3), (_survey, 2), (_specimen, 2), (_cxr, 2))

_OVERMASK = re.compile(
    r"\b(Lewy|Whipple|Parkinson|Kell|Kidd|Duffy|Lewis|Lutheran|Gleason|Nottingham|Breslow|Clark|Foley|Glasgow|"
    r"Kleihauer-Betke|Rokitansky|Tardieu|Verhoeff|Creutzfeldt-Jakob|Hunt and Hess|Menkes|Mirels|Huvos|Paris|"
    r"Bethesda|Kerley|Faxitron|Kubtec|Medtronic|Abbott|Ventana|Leica|Illumina)\b|\b21\d\d-\d\d-\d\d\b|"
    r"\b\d{1,2}/\d{1,2}/21\d\d\b|\b\d{1,3}(?=[- ]year[- ]old)|\b\d\d:\d\d\b|W\d{4} \d\d \d{6} \w\b"
)
_OVERMASK_ROOM = re.compile(r"\b(Room|room|bed|cooler|tray|locker) \d+\w*")


def _find_anchor(items: list) -> _Anchor | None:
    for it in items:
        if isinstance(it, _Anchor):
            return it
        if isinstance(it, list):
            a = _find_anchor(it)
            if a is not None:
                return a
    return None


def holdout30_note(seed: int, i: int) -> LabelledNote:
    """Note i of corpus 30 for a seed (deterministic, independent of the other notes)."""
    role, cats = _plan(seed, i)
    r = random.Random(f"holdout30-note|{seed}|{i}")
    sex = r.choice("FM")
    first = r.choice(_FIRST_F if sex == "F" else _FIRST_M)
    last = r.choice(_LAST)
    if "AGE_OVER_89" in cats or r.random() < 0.07:
        age = r.randint(90, 102)
    else:
        age = r.randint(19, 89) if r.random() < 0.15 else r.randint(38, 89)
    base = date(r.randint(2110, 2189), r.randint(1, 12), r.randint(1, 28))
    ctx = _Ctx(r, sex, first, last, age, base, r.randrange(9), role == "heavy")
    if r.random() < 0.5:
        note_type, kinds = "discharge", _DISCHARGE_KINDS
    else:
        note_type, kinds = "radiology", _RADIOLOGY_KINDS
    builder = r.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
    items = builder(ctx)
    anchor = _find_anchor(items)
    assert anchor is not None
    for cat in cats:
        free = [s for s in _slots(items) if s.cat == cat and not s.leaked]
        if free:
            r.choice(free).leaked = True
        else:
            line = _fallback(cat, ctx)
            target = next(s for s in _slots(line) if s.cat == cat)
            target.leaked = True
            anchor.lines.append(line)
    if role != "plant" and r.random() < 0.35:
        for _ in range(r.randint(1, 2)):
            anchor.lines.append(_fallback(r.choice(CATEGORIES), ctx))
    text, spans = _render(items)
    if role == "heavy":
        text = _OVERMASK_ROOM.sub(lambda m: m.group(1) + " ___", _OVERMASK.sub("___", text))
        spans = []
    return LabelledNote(note_type=note_type, text=text, spans=sorted(spans))


def holdout30_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout30_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout30_corpus, argv,
        "Held-out corpus 30 (blind): pathology, autopsy and transfusion-medicine notes with residual identifiers")
    report("holdout30", args, notes, hits, res)


if __name__ == "__main__":
    main()
