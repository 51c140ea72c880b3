"""Held-out corpus 34: interventional radiology, vascular surgery and wound care.

Synthetic MIMIC-IV-Note-shaped documents with labelled residual identifiers, for measuring the
residual-PHI probe on text it was never tuned on.  Seventeen document kinds:

- ``note_type == "discharge"`` (the discharge summary and the documents around an admission):
  vascular-surgery discharge summaries (amputation / limb salvage / bypass), IR procedure logs with
  moderate-sedation records, wound-clinic progress notes, hyperbaric-oxygen chamber treatment logs,
  home-health / visiting-nurse referrals, ostomy and wound-supply (DME) orders, dialysis-access clinic
  notes, venous clinic notes, vascular nurse-line telephone encounter logs (with copied e-mails) and
  limb-preservation board summaries;
- ``note_type == "radiology"``: CTA (runoff / aorta), MRA, arterial duplex with ABI/PVR, venous
  duplex (DVT and reflux mapping), IR procedure reports (embolisation, TIPS, biopsy, drain, port,
  tunnelled catheter), lower-extremity angiography with intervention, and fistulagrams.

Labelling conventions
---------------------
- Every identifier that the (imagined) de-identifier caught is written ``___``; dates it caught are
  either ``___`` or shifted into 2100-2200.  Shifted dates are never labelled.
- About 57.5 % of the notes carry one to four identifiers that *escaped* masking.  Each is labelled
  ``(start, end, category)`` covering the exact value only: cue words ("Dr.", "MRN:", "pager",
  "Fax", "NPI", "SN") and credentials (", MD", ", RN", "RVT", "CWOCN") stay outside the span; an
  address is split into STREET_ADDRESS, LOCATION (town) and ZIP spans, the state is never labelled.
- DATE_REAL_YEAR spans always carry a four-digit real year (1900-2030); AGE_OVER_89 spans are the
  bare number (90 or more).  DEVICE_ID spans are serial numbers of the patient's own devices or
  whole UDIs carrying a serial; ACCOUNT covers accession / order / requisition / specimen / billing
  numbers; HEALTH_PLAN covers member / subscriber / MBI numbers; LICENSE covers NPI, DEA, state
  licence and driver's-licence numbers.
- About 5 % of the notes are heavily masked (twelve or more ``___``) and carry no plants.
- Every note also carries non-PHI look-alikes that are never labelled: lot / REF / catalogue / model
  numbers, NDCs, HCPCS codes, expiry dates, shifted dates, bare years, ages under 90, software
  versions, doses, scores (Rutherford, WIfI, CEAP, VCSS, Wagner, Braden, Aldrete), eponyms
  (Seldinger, Fogarty, Brescia-Cimino, Doppler, ...), drug and device brand names, public hotlines
  and public websites, generic department names, states and countries.  ``_build`` returns them.
- Which notes carry plants, how many and of which category is decided by low-discrepancy (Weyl)
  sequences of the note index with a seed-dependent offset, so per-category counts are stable across
  seeds; everything else comes from ``random.Random`` seeded with a string built from (seed, index).

Written blind: the author read only this corpus's task description, the measuring harness
(``holdout_measure.py``), the head of ``notes.py`` (``CATEGORIES``, ``LabelledNote``), the shared
MIMIC-IV reference notes and the masked note-shaped samples - nothing of the detector, its rules,
its tests or its output.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

MASK = "___"
MIN_BYTES, MAX_BYTES = 1000, 6144

# --------------------------------------------------------------------------------------------------
# Low-discrepancy schedule
# --------------------------------------------------------------------------------------------------

_A_PLANT = 0.6180339887498949  # golden ratio conjugate
_A_TYPE = 0.41421356237309515  # sqrt(2) - 1
_A_KIND = 0.7320508075688772  # sqrt(3) - 1
_A_COUNT = 0.6457513110645906  # sqrt(7) - 2
_A_CAT = 0.3166247903554  # sqrt(11) - 3

PLANT_SHARE = 0.575
HEAVY_SHARE = 0.05
# cumulative thresholds for 1, 2, 3, 4 plants
_COUNT_CUM = (0.12, 0.35, 0.65, 1.0)
_CAT_WEIGHT = {c: (72 if c in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR") else 44) for c in CATEGORIES}


def _frac(x: float) -> float:
    return x - int(x)


def _offsets(seed: int) -> list[float]:
    r = random.Random(f"holdout34|offsets|{seed}")
    return [r.random() for _ in range(5)]


def _pick_cat(u: float) -> str:
    total = sum(_CAT_WEIGHT.values())
    acc = 0.0
    for c in CATEGORIES:
        acc += _CAT_WEIGHT[c] / total
        if u < acc:
            return c
    return CATEGORIES[-1]


def _n_plants(o: list[float], i: int) -> int:
    if _frac(o[0] + i * _A_PLANT) >= PLANT_SHARE:
        return 0
    w = _frac(o[3] + i * _A_COUNT)
    return next(n + 1 for n, c in enumerate(_COUNT_CUM) if w < c)


_PREFIX: dict[int, list[int]] = {}


def _plants_before(seed: int, o: list[float], i: int) -> int:
    """Number of plants in notes 0..i-1: the global index of note i's first plant slot (a pure
    function of (seed, i); cached per seed so that building a corpus stays linear)."""
    pre = _PREFIX.setdefault(seed, [0])
    while len(pre) <= i:
        pre.append(pre[-1] + _n_plants(o, len(pre) - 1))
    return pre[i]


def _schedule(seed: int, i: int) -> tuple[str, str, list[str], float]:
    """(note_type, kind "normal"/"heavy", planted categories, kind selector) for note i."""
    o = _offsets(seed)
    u = _frac(o[0] + i * _A_PLANT)
    note_type = "discharge" if _frac(o[1] + i * _A_TYPE) < 0.5 else "radiology"
    ksel = _frac(o[2] + i * _A_KIND)
    if u < PLANT_SHARE:
        k = _n_plants(o, i)
        t0 = _plants_before(seed, o, i)
        cats = [_pick_cat(_frac(o[4] + (t0 + j) * _A_CAT)) for j in range(k)]
        return note_type, "normal", cats, ksel
    if u < PLANT_SHARE + HEAVY_SHARE:
        return note_type, "heavy", [], ksel
    return note_type, "normal", [], ksel


# --------------------------------------------------------------------------------------------------
# Surrogate pools (all invented; real towns are fine)
# --------------------------------------------------------------------------------------------------

FIRST = (
    "Amara", "Tomasz", "Keiko", "Oluwaseun", "Siobhan", "Rajesh", "Mei-Ling", "Dmitri", "Fatima", "Joaquin",
    "Ingrid", "Kwame", "Priya", "Bartholomew", "Leilani", "Yusuf", "Catalina", "Hamid", "Nadia", "Pradeep",
    "Zofia", "Emeka", "Thandiwe", "Lars", "Guadalupe", "Hiroshi", "Aisling", "Mateus", "Svetlana", "Obinna",
    "Ximena", "Darnell", "Rosalind", "Vikram", "Anneliese", "Chidi", "Marisol", "Teodor", "Wen", "Haruto",
    "Esperanza", "Gunnar", "Adaeze", "Farhan", "Nkechi", "Colm", "Ebony", "Inès", "Bogdan", "Soraya",
    "Thuy", "Kofi", "Margit", "Renata", "Ulises", "Noor", "Dagny", "Jun-ho", "Perpetua", "Anselm",
)
LAST = (
    "Adeyemi", "Kowalczyk", "Nakamura", "Fitzgerald", "Ramanathan", "Castellanos", "Haddad", "Lindqvist",
    "Mbeki", "O'Sullivan", "Petrovic", "Tran", "Yilmaz", "Abernathy", "Choudhury", "Delacroix", "Eriksen",
    "Ferreira", "Gallagher", "Hosseini", "Iwasaki", "Jablonski", "Kariuki", "Lombardi", "Moreau", "Nwosu",
    "Oyelaran", "Papadopoulos", "Quispe", "Rosenthal", "Sandoval", "Takahashi", "Ugwu", "Vasquez",
    "Whitcombe", "Xiong", "Yamamoto", "Zielinski", "Achterberg", "Baptiste", "Cardenas", "Dlamini",
    "Engström", "Farouk", "Grünewald", "Hakimi", "Ibarra", "Jovanovic", "Kaur", "Liang", "Mahlangu", "Novak",
    "Ortega-Ruiz", "Pillai", "Nguyen", "Szabo", "Okafor", "McTavish", "Benedetti", "Wojcik", "Asante",
)
MIDDLE = "ABCDEFGHJKLMNPRSTW"
TOWNS = (
    "Worcester", "Fitchburg", "Brockton", "Taunton", "Haverhill", "Chicopee", "Pittsfield", "Attleboro",
    "Methuen", "Framingham", "Gloucester", "Amesbury", "Nashua", "Pawtucket", "Woonsocket", "Lewiston",
    "Holyoke", "Marlborough", "Westfield", "Leominster", "Weymouth", "Dorchester", "Quincy", "Revere",
    "Lowell", "Dedham", "Natick", "Norwood", "Braintree", "Somerville", "Cranston", "Manchester", "Bangor",
    "Scranton", "Utica", "Fall River", "New Bedford", "Southbridge", "Gardner", "Athol", "Ware", "Webster",
    "North Adams", "Greenfield", "Plymouth", "Wareham", "Hyannis", "Jamaica Plain", "Roslindale", "Mattapan",
)
ORGS = (
    "Blackstone Valley Visiting Nurses", "Merrimack Home Health Partners", "St. Adelaide Wound & Hyperbaric Center",
    "Nashoba Ridge Dialysis", "Pioneer Valley Limb Preservation Clinic", "Cedar Hollow Rehabilitation Hospital",
    "Quarry Hill Skilled Nursing", "Riverbend Prosthetics & Orthotics", "Harwick Medical Supply",
    "Tri-Town Ostomy Supply", "Greylock Vein Institute", "Abington Kidney Associates", "Seacoast Ambulette Co.",
    "Wachusett Family Practice", "Fenwick Memorial Hospital", "Lakeside Podiatry Group", "Mill River Home Infusion",
    "Oakmere Medical Transport", "Bayview Senior Living", "Holloway Vascular Associates", "Stanhope Tool & Die",
    "Quabbin Regional School District", "Merriweather Logistics", "Ashgrove Dialysis Center",
    "Kestrel Home Care", "Saint Columba Hospital", "Brightwater Wound Institute", "Thornbury Nursing & Rehab",
    "Harbor Point Health Center", "Elmstead Orthopedic Group", "Ridgeline Kidney Care", "Copperfield Pharmacy",
)
ORG_ABBR = ("BVVN", "MHHP", "SAWHC", "FMH", "PVLPC", "CHRH", "GVI", "AKA", "RKC", "SCH")
STREET_NAMES = (
    "Birchwood", "Old Mill", "Chestnut Hill", "Prospect", "Quinapoxet", "Harrington", "Cedar Ridge", "Pleasant",
    "Wachusett", "Orchard", "Granite", "Maplewood", "Sumner", "Belmont", "Tremont", "Highland", "Lakeview",
    "Willow Brook", "Foundry", "Church", "Canal", "Pond", "Sycamore", "Elmwood", "Harvest",
)
STREET_SUFFIX = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Lane", "Ln", "Terrace", "Way", "Circle", "Dr", "Ct")
AREA = ("508", "617", "413", "978", "774", "781", "401", "603", "857", "339", "351")
EMAIL_DOMAINS = ("gmail.com", "comcast.net", "yahoo.com", "verizon.net", "outlook.com", "aol.com")
ORG_DOMAINS = ("blackstonevna.org", "harwickmed.com", "greylockvein.org", "fenwickmemorial.org", "stadelaide.org",
               "nashobadialysis.com", "kestrelhomecare.com", "riverbendpo.com", "tritownostomy.com",
               "brightwaterwound.org", "saintcolumba.org", "ridgelinekidney.com")
ZIP_PREFIX = ("010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "023", "024",
              "027", "028", "029", "030", "031", "044")

# never labelled PERSON; shared with the tests
EPONYMS = (
    "Seldinger", "Fogarty", "Brescia-Cimino", "Doppler", "Allen", "Homans", "Virchow", "Trendelenburg",
    "Rutherford", "Fontaine", "Wagner", "Braden", "Aldrete", "Mallampati", "Buerger", "Hunter", "Cockett",
    "Giacomini", "Baker", "Charcot", "Raynaud", "Hounsfield", "Gore", "Kocher", "Glasgow", "Richmond",
)
DRUGS = (
    "Eliquis", "Xarelto", "Plavix", "Coumadin", "Lovenox", "Versed", "Sublimaze", "Keflex", "Santyl", "Silvadene",
    "Zosyn", "Vancocin", "Lipitor", "Neurontin", "Oxycodone", "Tylenol", "Pletal", "Dilaudid", "Heparin",
    "Visipaque", "Omnipaque", "Gadavist", "Kcentra",
)
DEVICES = (
    "Angio-Seal", "Mynx", "Viabahn", "Lutonix", "Zilver", "Amplatzer", "Gelfoam", "Onyx", "Viatorr", "PowerPort",
    "Mepilex", "Aquacel", "Xeroform", "Prevena", "ClosureFast", "VenaSeal", "Perclose", "Glidewire", "Kumpe",
    "Omni Flush", "Sechrist", "SenSura", "Esteem", "Unna", "Coban", "Tegaderm", "Hydrofera", "Jackson-Pratt",
    "Pigtail", "Cobra", "Rosen", "Bentson", "Tenckhoff",
)
PUBLIC_LINES = ("1-800-633-4227", "1-800-222-1222", "988", "1-800-232-4636", "1-877-696-6775", "1-800-826-0826")
PUBLIC_SITES = ("www.cdc.gov", "medlineplus.gov", "www.ostomy.org", "www.vascular.org", "www.medicare.gov",
                "www.uhms.org", "www.kidney.org", "www.sirweb.org")
STATES = ("MA", "Massachusetts", "NH", "RI", "CT", "Maine", "New York")
COUNTRIES = ("Nigeria", "Poland", "Vietnam", "Brazil", "Portugal", "Haiti", "Ireland", "India", "Cape Verde",
             "Dominican Republic", "Ukraine", "Ghana", "Guatemala", "Japan")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _phone_num(r: random.Random, style: int | None = None) -> str:
    a, b, c = r.choice(AREA), f"{r.randint(201, 989)}", _digits(r, 4)
    s = r.randrange(6) if style is None else style
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}")[s]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date_str(r: random.Random, y: int) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{mon[:3].upper()}-{y}", f"{mon[:3]} {d} {y}", f"{m}-{d}-{y}", f"{mon[:3]}. {d}, {y}",
    ))


def _person(r: random.Random, hint: str | None = None) -> str:
    f, la = r.choice(FIRST), r.choice(LAST)
    h = hint or r.choice(("full", "full", "full", "lastfirst", "initial", "sig", "last", "upper"))
    if h == "full":
        return f"{f} {la}"
    if h == "lastfirst":
        return f"{la}, {f}"
    if h == "initial":
        return f"{f[0]}. {la}"
    if h == "sig":
        return f"{f} {r.choice(MIDDLE)}. {la}"
    if h == "last":
        return la
    if h == "first":
        return f
    if h == "upper":
        return f"{la.upper()}, {f.upper()}"
    return f"{f} {la}"


def _value(cat: str, r: random.Random, hint: str | None = None) -> str:
    if cat in ("PHONE", "FAX"):
        return _phone_num(r)
    if cat == "PAGER":
        return r.choice((_digits(r, 5), f"{r.randint(1, 9)}-{_digits(r, 4)}", _phone_num(r, 1), _digits(r, 6),
                         f"{r.choice(AREA)}-{_digits(r, 4)}"))
    if cat == "EMAIL":
        f, la = r.choice(FIRST), r.choice(LAST)
        f = re.sub(r"[^a-z]", "", f.lower().replace("è", "e"))
        la = re.sub(r"[^a-z]", "", la.lower().replace("ö", "o").replace("ü", "u"))
        local = r.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}{_digits(r, 2)}", f"{f}_{la[:4]}{_digits(r, 3)}"))
        dom = r.choice(EMAIL_DOMAINS + ORG_DOMAINS)
        return f"{local}@{dom}"
    if cat == "URL":
        dom = r.choice(ORG_DOMAINS)
        return r.choice((
            f"https://portal.{dom}/referrals/{_digits(r, 6)}", f"https://{dom}/pt/{_alnum(r, 8).lower()}",
            f"www.{dom}/orders?id={_digits(r, 7)}", f"http://myhealth.{dom}/s/{_alnum(r, 6)}",
            f"https://{dom}/upload/{r.choice(LAST).lower().replace(chr(39), '')}-{_digits(r, 4)}",
        ))
    if cat == "IP_ADDRESS":
        return r.choice((
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"{r.randint(24, 98)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        ))
    if cat == "SSN":
        a, b, c = f"{r.randint(1, 665):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        return r.choice((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}"))
    if cat == "MRN":
        return r.choice((_digits(r, 8), _digits(r, 7), f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 3)}",
                         f"00{_digits(r, 7)}", f"{r.choice('EKM')}{_digits(r, 7)}"))
    if cat == "ACCOUNT":
        return r.choice((
            _digits(r, 8), f"RA-{r.randint(10, 24)}-{_digits(r, 7)}", f"ORD-{_digits(r, 7)}",
                f"{_digits(r, 4)}-{_digits(r, 4)}",
            _digits(r, 10), f"S{r.randint(10, 24)}-{_digits(r, 5)}", f"IR{_digits(r, 6)}", f"V{_digits(r, 9)}",
        ))
    if cat == "HEALTH_PLAN":
        mbi = f"{r.randint(1, 9)}{_alnum(r, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_alnum(r, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}"
        mbi += f"{r.randint(0, 9)}{_alnum(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}"
        mbi += f"{_alnum(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_digits(r, 2)}"
        return r.choice((
            mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}", f"XQW{_digits(r, 9)}", f"HPX{_digits(r, 7)}-01",
            f"1002{_digits(r, 8)}", f"W{_digits(r, 9)}", f"{_alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(r, 8)}",
        ))
    if cat == "LICENSE":
        return r.choice((
            f"1{_digits(r, 9)}", f"{r.choice('ABFM')}{r.choice('ABCDKLMNRSTW')}{_digits(r, 7)}", f"{_digits(r, 6)}",
            f"RN{_digits(r, 7)}", f"S{_digits(r, 8)}", _digits(r, 9), f"2{_digits(r, 9)}",
        ))
    if cat == "ZIP":
        z = f"{r.choice(ZIP_PREFIX)}{_digits(r, 2)}"
        return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"
    if cat == "STREET_ADDRESS":
        s = f"{r.randint(2, 2890)} {r.choice(STREET_NAMES)} {r.choice(STREET_SUFFIX)}"
        x = r.random()
        if x < 0.2:
            s += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
        elif x < 0.3:
            s += f" Unit {r.randint(2, 40)}"
        return s
    if cat == "DATE_REAL_YEAR":
        y = r.randint(1924, 1962) if hint == "dob" else r.randint(2004, 2024)
        return _date_str(r, y)
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 91, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))
    if cat == "DEVICE_ID":
        return r.choice((
            f"{_digits(r, 4)}-{_alnum(r, 3, 'ABCDEFGHJKLMNPRSTXYZ')}-{_digits(r, 4)}",
            f"{_alnum(r, 3)}{_digits(r, 6)}{r.choice('HKMX')}",
            f"(01)00{_digits(r, 12)}(17)2{r.randint(6, 9)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"(21){_alnum(r, 2)}{_digits(r, 7)}",
            f"SER{_digits(r, 8)}", f"{_digits(r, 10)}", f"PAS{_digits(r, 3)}-{_digits(r, 4)}",
        ))
    if cat == "VEHICLE_ID":
        vin = _alnum(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        return r.choice((
            f"{r.randint(1, 9)}{_alnum(r, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{_digits(r, 2)}",
            f"{r.randint(1, 9)}{_alnum(r, 2, 'ABCDEFGHJKLMNPRSTVWXYZ')} {_digits(r, 3)}", vin,
            f"{_alnum(r, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}-{_digits(r, 4)}",
            f"{_digits(r, 3)} {_alnum(r, 2, 'ABCDEFGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}",
        ))
    if cat == "PERSON":
        return _person(r, hint)
    if cat == "LOCATION":
        return r.choice(TOWNS)
    if cat == "ORGANIZATION":
        return r.choice(ORG_ABBR) if hint == "abbr" and r.random() < 0.5 else r.choice(ORGS)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Document builder
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"<<([A-Z_0-9]+)(?::([a-z]+))?>>")
MASK_BUDGET = 10  # a normal note keeps at most this many ___ from its template (heavy notes have >= 12)


class _Doc:
    def __init__(self, r: random.Random, plants: list[str], heavy: bool, compact: bool) -> None:
        self.r = r
        self.heavy = heavy
        self.compact = compact
        self.parts: list[tuple[str, str | None]] = []
        # each plant: [category, may-go-into-a-native-slot]
        self.pending: list[list] = [[c, r.random() < 0.7] for c in plants]
        self.look: set[str] = set()
        self.breaks: list[int] = []
        self.masks = 0
        # one date shift per note: every shifted date lies within about a year of this day
        self.base = date(r.randint(2110, 2190), r.randint(1, 12), r.randint(1, 28))

    # plain text with <<CAT>> / <<CAT:hint>> / <<M>> slots
    def add(self, tpl: str) -> None:
        pos = 0
        for m in _TOKEN.finditer(tpl):
            if m.start() > pos:
                self.parts.append((tpl[pos:m.start()], None))
            self._slot(m.group(1), m.group(2))
            pos = m.end()
        if pos < len(tpl):
            self.parts.append((tpl[pos:], None))

    def soft(self, tpl: str) -> bool:
        """An optional line: dropped from a normal note when its masks would exceed the budget."""
        if not self.heavy:
            cats = [m.group(1) for m in _TOKEN.finditer(tpl)]
            planted = any(p[0] in cats and p[1] for p in self.pending)
            if not planted and self.masks + len(cats) > (MASK_BUDGET - 4 if self.compact else MASK_BUDGET):
                return False
        self.add(tpl)
        return True

    def insert_at_break(self, parts: list[tuple[str, str | None]]) -> None:
        if not self.breaks:
            self.breaks.append(len(self.parts))
        idx = self.r.choice(self.breaks)
        self.parts[idx:idx] = parts
        self.breaks = [b + len(parts) if b > idx else b for b in self.breaks] + [idx + len(parts)]

    def _mask(self) -> None:
        self.masks += 1
        self.parts.append((MASK, None))

    def _slot(self, cat: str, hint: str | None) -> None:
        if cat == "M":
            self._mask()
            return
        if cat == "D":
            if self.heavy or (self.masks < MASK_BUDGET - 2 and self.r.random() < 0.5):
                self._mask()
            else:
                self.parts.append((_lk_shift(self), None))
            return
        if cat not in CATEGORIES:
            raise ValueError(cat)
        if not self.heavy:
            for p in self.pending:
                if p[0] == cat and p[1] and self.r.random() < 0.6:
                    self.pending.remove(p)
                    self.parts.append((_value(cat, self.r, hint), cat))
                    return
        if cat == "AGE_OVER_89" and not self.heavy and self.r.random() < 0.35:
            self.parts.append((self.L(str(self.r.randint(41, 88))), None))
            return
        self._mask()

    def L(self, s: str) -> str:  # noqa: N802 - register a look-alike
        self.look.add(s)
        return s

    def brk(self) -> None:
        self.breaks.append(len(self.parts))

    def opt(self, p: float) -> bool:
        return self.r.random() < (p * 0.45 if self.compact else p)

    def sec(self, title: str, body: str) -> None:
        self.add(f"{title}\n{body}\n \n")
        self.brk()


def _lk_lot(d: _Doc) -> str:
    r = d.r
    return d.L(r.choice((f"{r.randint(18, 26)}{r.choice('ABCDEFGHK')}{_digits(r, 4)}", f"{_digits(r, 7)}",
                         f"L{_digits(r, 6)}{r.choice('AB')}",
                             f"{r.choice('ABCDEFGHKMNP')}{_digits(r, 5)}-{r.randint(1, 9)}")))


def _lk_ref(d: _Doc) -> str:
    r = d.r
    return d.L(r.choice((f"{r.randint(10, 99)}-{_digits(r, 4)}",
                         f"{_alnum(r, 2, 'ABCDEFGHKMPRSTVWZ')}{_digits(r, 4)}-{r.randint(10, 90)}",
                         f"{_digits(r, 6)}",
                             f"C-{_alnum(r, 3, 'ABCDEFGHKMPRSTVWZ')}-{r.randint(4, 9)}.0-{r.randint(20, 90)}")))


def _lk_ndc(d: _Doc) -> str:
    r = d.r
    return d.L(r.choice((f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}",
                         f"{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}",
                         f"{_digits(r, 5)}-{_digits(r, 4)}-{_digits(r, 1)}")))


def _lk_exp(d: _Doc) -> str:
    r = d.r
    y, m = r.randint(2025, 2030), r.randint(1, 12)
    return d.L(r.choice((f"{y}-{m:02d}", f"{m:02d}/{y}", f"{y}-{m:02d}-{r.randint(1, 28):02d}",
                         f"{_MONTHS[m - 1][:3].upper()} {y}")))


def _lk_shift(d: _Doc, time: bool = False) -> str:
    r = d.r
    day = d.base + timedelta(days=r.randint(-330, 40))
    y, m, dd = day.year, day.month, day.day
    s = r.choice((f"{y}-{m:02d}-{dd:02d}", f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{_MONTHS[m - 1][:3]} {dd}, {y}"))
    if time:
        s = f"{y}-{m:02d}-{dd:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    return d.L(s)


def _lk_version(d: _Doc) -> str:
    r = d.r
    return d.L(r.choice((f"VB{r.randint(10, 70)}{r.choice('ABC')}",
                         f"v{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}",
                         f"{r.randint(3, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 999)}",
                             f"R{r.randint(2, 9)}.{r.randint(0, 9)}")))


def _lk_age(d: _Doc) -> str:
    return d.L(str(d.r.randint(38, 88)))


def _lk_year(d: _Doc) -> str:
    return d.L(str(d.r.randint(1978, 2023)))


def _pick(d: _Doc, seq: tuple[str, ...]) -> str:
    return d.L(d.r.choice(seq))


# phrase pools hoisted out of the templates below (kept in template order)
_PH1 = (
    'dry eschar', 'fibrinous base', 'malodorous drainage', 'probe-to-bone positive ulcer',
)
_PH2 = (
    'Out of Bed with assistance to chair or wheelchair', 'Ambulatory - requires assistance or aid (walker or cane)',
)
_PH3 = (
    'less drainage', 'increased pain at night', 'dressing fell off x2', 'no changes',
)
_PH4 = (
    'R plantar 1st MT', 'L heel', 'R lat malleolus', 'sacrum', 'L BKA stump', 'R hallux', 'L medial calf',
)
_PH5 = (
    'refer for HBOT evaluation (UHMS indication)', 'repeat angiogram with IR', 'continue current plan',
    'check A1c, prealbumin',
)
_PH6 = (
    'diabetic foot ulcer, Wagner 3', 'delayed radiation injury (cystitis)', 'chronic refractory osteomyelitis',
    'compromised flap', 'CO poisoning',
)
_PH7 = (
    'HOME HEALTH REFERRAL', 'VISITING NURSE REFERRAL / PLAN OF CARE (CMS-485 attached)', 'Home Care Referral Form',
)
_PH8 = (
    'requires assist of 1 and walker', 'leaving home requires taxing effort', 'wheelchair-bound post BKA',
)
_PH9 = (
    'OSTOMY / WOUND SUPPLY ORDER', 'DME ORDER - WOUND & OSTOMY SUPPLIES',
    'Standard Written Order (SWO) - Ostomy Supplies',
)
_PH10 = (
    'Z93.3 colostomy status', 'Z93.2 ileostomy status', 'L97.412 non-pressure ulcer R heel',
    'L89.154 sacral pressure injury stage 4', 'Z93.6 urostomy status',
)
_PH11 = (
    'prolonged bleeding after decannulation', 'high venous pressures (>200)', 'poor flows, Qb 300',
    'difficult cannulation',
)
_PH12 = (
    'Fistulagram with IR, possible PTA', 'Superficialization', 'Surveillance in 3 months', 'Ligation of side branch',
)
_PH13 = (
    'swelling and heaviness', 'varicose veins with aching', 'venous ulcer medial ankle', 'skin darkening, itching',
)
_PH14 = (
    'MULTIDISCIPLINARY LIMB PRESERVATION CONFERENCE', 'Limb Salvage Board - Case Summary',
    'AMPUTATION PLANNING CONFERENCE',
)
_PH15 = (
    'forefoot gangrene', 'heel ulcer with calcaneal osteomyelitis', 'Charcot deformity with ulcer', 'failed TMA',
)
_PH16 = (
    'occluded AT and PT, peroneal reconstitutes at ankle', 'single-vessel runoff via PT', 'no target for bypass',
)
_PH17 = (
    'endovascular tibial revascularization then TMA', 'primary BKA', 'hyperbaric oxygen + serial debridement',
)
_PH18 = (
    'Heavy calcification without flow-limiting stenosis', 'L CIA occlusion with reconstitution of EIA',
    '50-69% R EIA stenosis',
)
_PH19 = (
    'R SFA occluded from origin to Hunter canal, reconstitutes at above-knee popliteal', 'Patent stents',
    'Diffuse moderate disease',
)
_PH20 = (
    'Three-vessel runoff bilaterally', 'R AT and PT occluded; peroneal runoff to ankle', 'L single-vessel PT runoff',
)
_PH21 = (
    'Hounsfield 12 simple renal cyst', 'Cholelithiasis', 'No acute abnormality in solid organs',
    'Incidental 4 mm RLL nodule',
)
_PH22 = (
    'Multilevel occlusive disease as above', 'Stable AAA', 'Type II endoleak, sac stable',
    'Acute R popliteal embolus',
)
_PH23 = (
    'Runoff as detailed for surgical planning', 'Recommend vascular surgery follow-up', 'No rupture',
)
_PH24 = (
    'R renal artery ostial stenosis estimated 70%', 'No significant RAS', 'Beaded appearance of mid R RA c/w FMD',
)
_PH25 = (
    'L CIV compressed by R CIA (May-Thurner), 70% narrowing, pelvic collaterals', 'Iliac veins patent',
    'Distal runoff better seen than on CTA due to calcium',
)
_PH26 = (
    'ARTERIAL DUPLEX LOWER EXTREMITY WITH ABI/PVR', 'ABI / TBI / SEGMENTAL PRESSURES', 'BYPASS GRAFT SURVEILLANCE',
)
_PH27 = (
    'claudication 1 block', 'nonhealing toe ulcer', 's/p fem-pop bypass surveillance', 'rest pain',
)
_PH28 = (
    'compressible', 'compressible', 'non-compressible', 'partially compressible',
)
_PH29 = (
    'Cockett perforator incompetent', 'No superficial thrombophlebitis', 'Calf muscular vein thrombus',
)
_PH30 = (
    'Plan per primary team.', 'Drain to gravity, flush 10 mL NS q8h.', 'Port ready for use.', 'Pathology pending.',
)
_PH31 = (
    '70% juxta-anastomotic stenosis', '80% cephalic arch stenosis', 'venous anastomosis stenosis with thrombus',
    'central L brachiocephalic vein stenosis',
)


# --------------------------------------------------------------------------------------------------
# Clinical text pools
# --------------------------------------------------------------------------------------------------

_ALLERGIES = (
    "Patient recorded as having No Known Allergies to Drugs", "Penicillins", "Iodinated Contrast Media - IV Dye",
    "Sulfa (Sulfonamide Antibiotics) / Codeine", "Heparin Agents", "latex / adhesive tape", "Lisinopril (angioedema)",
    "Cephalosporins / Vancomycin (red man)",
)
_PMH = (
    "PAD s/p multiple interventions", "DM2 on insulin, A1c 9.1%", "ESRD on HD MWF", "CAD s/p CABG", "HTN", "HLD",
    "CKD stage 4", "AFib on anticoagulation", "COPD (2L home O2)", "prior L BKA", "osteomyelitis R 1st MT",
    "chronic venous insufficiency", "morbid obesity (BMI 44)", "tobacco use, 50 pack-years", "CHF, EF 30%",
    "cirrhosis (EtOH), MELD 18", "DVT on Xarelto", "h/o stroke, residual L weakness", "lymphedema BLE",
)
_MEDS = (
    "aspirin 81 mg PO daily", "atorvastatin 80 mg PO QHS", "Plavix 75 mg PO daily", "Eliquis 5 mg PO BID",
    "metoprolol succinate 50 mg PO daily", "gabapentin 300 mg PO TID", "insulin glargine 22 units SC QHS",
    "sevelamer 800 mg PO TID with meals", "Pletal (cilostazol) 100 mg PO BID", "oxycodone 5 mg PO q4h PRN pain",
    "Tylenol 650 mg PO q6h PRN", "Keflex 500 mg PO QID x 10 days", "furosemide 40 mg PO daily",
    "Lovenox 40 mg SC daily", "senna 8.6 mg PO BID", "pantoprazole 40 mg PO daily", "lactulose 30 mL PO TID",
    "Xarelto 15 mg PO daily", "vitamin C 500 mg PO daily", "zinc sulfate 220 mg PO daily",
)
_DEPTS = ("Vascular Surgery", "Interventional Radiology", "Wound Care Center", "Vascular Lab", "Hyperbaric Medicine",
          "Nephrology", "Podiatry", "Infectious Disease", "Physical Therapy", "Case Management", "Ostomy Nursing")


def _meds(d: _Doc, n: int) -> str:
    items = d.r.sample(_MEDS, n)
    return "\n".join(f"{k + 1}. {m}" for k, m in enumerate(items))


def _mimic_header(d: _Doc, service: str) -> None:
    r = d.r
    d.add(f"Name:  <<PERSON:lastfirst>>{' ' * r.randint(8, 18)}Unit No:   <<MRN>>\n \n")
    d.add(f"Admission Date:  <<D>>{' ' * r.randint(8, 14)}Discharge Date:   <<D>>\n \n")
    d.add(f"Date of Birth:  <<DATE_REAL_YEAR:dob>>{' ' * r.randint(8, 14)}Sex:   {r.choice('MF')}\n \n")
    d.add(f"Service: {service}\n \nAllergies: \n{r.choice(_ALLERGIES)}\n \nAttending: <<PERSON:sig>>.\n \n")
    d.brk()


def _rad_header(d: _Doc, exam: str, indication: str) -> None:
    r = d.r
    if d.opt(0.4):
        d.add("Accession #: <<ACCOUNT>>   Exam code: "
              f"{d.L(r.choice(('CTA9','MRA3','VUS21','IR47','VAS11','ANG2')) + str(r.randint(1, 9)))}\n")
    d.add(f"EXAMINATION:  {exam}\n \n")
    d.add(f"INDICATION:  <<AGE_OVER_89>> year old {r.choice(('man', 'woman'))} with {indication}\n \n")
    d.brk()


def _rad_footer(d: _Doc) -> None:
    r = d.r
    if d.opt(0.45):
        d.add("NOTIFICATION:  The findings were discussed with <<PERSON>>, M.D. by <<PERSON:sig>>, M.D. on the "
              f"telephone "
              f"on <<D>> at {r.randint(1, 11)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}, "
              f"{r.randint(5, 40)} minutes after discovery of the findings.\n \n")
        d.brk()
    if d.opt(0.25):
        d.add("Images archived to PACS node <<IP_ADDRESS>> (study UID masked). Workstation software "
              f"{_lk_version(d)}.\n")
        d.brk()
    if d.opt(0.3):
        d.add("This report was dictated using voice recognition software; transcription errors may be present.\n")


# --------------------------------------------------------------------------------------------------
# Discharge-type kinds
# --------------------------------------------------------------------------------------------------


def _k_vasc_discharge(d: _Doc) -> None:
    r = d.r
    side = r.choice(("right", "left"))
    s = side[0].upper()
    _mimic_header(d, r.choice(("VASCULAR", "VASCULAR SURGERY", "SURGERY")))
    proc = r.choice((
        f"{side} below-knee amputation", f"{side} transmetatarsal amputation", f"{side} fem-pop bypass with reversed "
                                                                               f"GSV",
        f"{side} 2nd/3rd toe amputation and I&D", f"{side} SFA atherectomy and {d.L('Viabahn')} stent",
        f"{side} above-knee amputation (guillotine then formalization)", f"{side} common femoral endarterectomy with "
                                                                         f"bovine patch",
    ))
    d.sec("Chief Complaint:", r.choice((f"{side} foot wound, worsening", f"gangrene {side} toes", "rest pain",
                                        f"{s} heel ulcer, fever")))
    d.sec("Major Surgical or Invasive Procedure:", f"{_lk_shift(d)} {proc}\n{_lk_shift(d)} diagnostic angiogram "
                                                   f"{side} leg")
    hpi = (f"<<PERSON:full>> is a <<AGE_OVER_89>> y/o {r.choice(('M', 'F'))} with {r.choice(_PMH)}, {r.choice(_PMH)} "
           f"and "
           f"{r.choice(_PMH)} who presents with {r.choice(('3 weeks', '10 days', '2 months'))} of {side} foot pain and "
           f"a non-healing wound at the {r.choice(('hallux', 'lateral malleolus', 'heel', '5th MT head'))}. "
           "Seen in wound clinic, noted to have "
           f"{r.choice(('wet gangrene', 'exposed bone', 'purulent drainage', 'cellulitis to the ankle'))}. "
           f"ABI {d.L(f'0.{r.randint(31, 69)}')} on the {side}. Rutherford {d.L(str(r.randint(4, 6)))}, "
           f"WIfI {d.L(f'{r.randint(1, 3)}-{r.randint(1, 3)}-{r.randint(0, 3)}')}. Referred by podiatry.")
    d.sec("History of Present Illness:", hpi)
    d.sec("Past Medical History:", "\n".join(f"- {x}" for x in r.sample(_PMH, r.randint(4, 7))) + "\nPSH: L CEA "
                                                                                                  f"{_lk_year(d)}, "
          f"R CFA cutdown {_lk_year(d)}")
    d.soft("Referring: <<PERSON:initial>>, DPM, <<ORGANIZATION>>\n \n")
    soc = (f"Lives in <<LOCATION>> with {r.choice(('wife', 'husband', 'daughter', 'son', 'partner'))}. Retired "
           f"{r.choice(('machinist', 'teacher', 'bus driver', 'nurse aide', 'mail carrier'))}, worked for "
           f"<<ORGANIZATION>>. "
           f"{r.choice(('Former smoker, quit', 'Current smoker 1 ppd, since'))} {_lk_year(d)}. Born in "
           f"{_pick(d, COUNTRIES)}, moved to {_pick(d, STATES)} as adult.")
    d.sec("Social History:", soc)
    d.sec("Family History:", r.choice(("Non-contributory.", "Mother - DM2, PAD. Father - MI at age " + _lk_age(d) + ".",
                                       "Brother with AAA repair.")))
    pulses = (f"Pulses:      Fem   Pop   DP    PT\n  Right     {r.choice(('2+', '1+', 'D', 'ø'))}    "
              f"{r.choice(('1+', 'D', 'ø'))}"
              f"    {r.choice(('D', 'ø', 'mono'))}     {r.choice(('D', 'ø', 'bi'))}\n  Left      "
              f"{r.choice(('2+', '1+'))}"
              f"    {r.choice(('1+', 'D'))}    {r.choice(('D', 'ø'))}     {r.choice(('D', 'ø'))}")
    d.sec("Physical Exam:", f"Admission: T {r.randint(97, 101)}.{r.randint(0, 9)} HR {r.randint(62, 118)} "
          f"BP {r.randint(100, 170)}/{r.randint(50, 95)} RR {r.randint(14, 22)} O2 {r.randint(92, 100)}% RA\n"
          f"Ext: {side} foot with "
          f"{r.choice(_PH1)}\n{pulses}")
    t = _lk_shift(d, time=True)
    d.sec("Pertinent Results:", f"{t} BLOOD WBC-{r.randint(5, 19)}.{r.randint(0, 9)} "
                                f"Hgb-{r.randint(7, 13)}.{r.randint(0, 9)} "
          f"Plt-{r.randint(120, 480)}\n{t} BLOOD Glucose-{r.randint(90, 320)} "
          f"Creat-{r.randint(0, 6)}.{r.randint(1, 9)} "
          f"K-{r.randint(3, 5)}.{r.randint(0, 9)}\n{t} BLOOD CRP-{r.randint(5, 220)}.{r.randint(0, 9)} "
          f"ESR-{r.randint(10, 120)}\n"
          f"Foot x-ray: {r.choice(('cortical erosion c/w osteomyelitis', 'no osteomyelitis', 'soft tissue gas'))}.")
    course = [
        f"# {side.upper()} LE ISCHEMIA/WOUND: taken to OR on {_lk_shift(d)} for {proc}. Tolerated well. Heparin gtt "
        f"bridged to "
        f"{_pick(d, ('Eliquis', 'Xarelto', 'Coumadin'))}. Incision with "
        f"{_pick(d, ('Prevena', 'Xeroform', 'Mepilex'))} dressing.",
        f"# ID: bone cx grew {r.choice(('MSSA', 'MRSA', 'Pseudomonas', 'polymicrobial flora'))}; ID consulted, plan "
        f"{r.choice(('6 weeks IV cefazolin via PICC', '2 weeks PO doxycycline', 'Zosyn then narrow'))}.",
        f"# DM2: {d.L('Joslin')} consult, glargine titrated.",
        "# ESRD: HD per renal on usual MWF schedule, last session prior to d/c.",
        f"# DISPO: PT/OT recommend rehab; screening by rehab liaison. Case management notified "
        f"({_pick(d, _DEPTS)}).",
    ]
    d.sec("Brief Hospital Course:", "\n".join(r.sample(course, r.randint(3, 5))))
    d.sec("Medications on Admission:", _meds(d, r.randint(4, 7)))
    d.sec("Discharge Medications:", _meds(d, r.randint(5, 9)))
    d.add("Discharge Disposition:\n" + r.choice(("Extended Care", "Home With Service")) + "\n \n")
    d.soft("Facility:\n<<ORGANIZATION>>\n \n")
    d.brk()
    d.sec("Discharge Diagnosis:", f"{side} LE critical limb ischemia with tissue loss\nosteomyelitis\nDM2, "
                                  f"{r.choice(_PMH)}")
    d.sec("Discharge Condition:", "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
          "Activity Status: "
          f"{r.choice(_PH2)}.")
    d.sec("Discharge Instructions:", f"Keep {side} leg elevated. Non-weight bearing {side} lower extremity. "
          f"Dressing changes daily with {_pick(d, ('Aquacel', 'Xeroform', 'Mepilex', 'Hydrofera'))}. Call for fever "
          f"> 101.5, "
          "drainage, or new pain. For medication questions after hours call the Poison Control line "
          f"{_pick(d, PUBLIC_LINES[1:2])}.")
    d.add("Followup Instructions:\n")
    d.soft(f"Dr. <<PERSON:last>> - {_pick(d, _DEPTS)}, <<D>> at "
           f"{r.randint(8, 11)}:{r.choice(('00', '15', '30', '45'))} AM\n")
    d.soft("Phone: <<PHONE>>\n")
    d.soft("Wound clinic at <<ORGANIZATION>> on <<D>>\n")
    d.add(f"Vascular lab (ABI/PVR) prior to visit, {_pick(d, _DEPTS[3:4])} will call to schedule.\n")


def _k_ir_sedation(d: _Doc) -> None:
    r = d.r
    proc = r.choice(("Tunneled dialysis catheter placement", "Right IJ chest port placement", "CT-guided liver biopsy",
                     "Percutaneous cholecystostomy", "Paracentesis with albumin", "Pelvic abscess drain placement",
                     "G-tube exchange", "UFE (uterine fibroid embolization)", "TIPS revision"))
    d.add(f"{r.choice(('INTERVENTIONAL RADIOLOGY', 'IR SUITE', 'Interventional Radiology'))} - PROCEDURE LOG / "
          f"MODERATE SEDATION RECORD\n")
    d.add("Patient: <<PERSON:upper>>   MRN: <<MRN>>   Acct: <<ACCOUNT>>\n")
    d.add(f"Procedure date: {_lk_shift(d)}   Room: IR-{r.randint(1, 4)}\n \n")
    d.brk()
    d.add(f"Procedure: {proc}\nOperator: Dr. <<PERSON:initial>>\n")
    d.soft("Fellow: <<M>>   Tech: <<M>>, RT(R)\n")
    d.soft("Sedation RN: <<PERSON:full>>, RN\n")
    d.add(f"ASA class: {d.L(r.choice(('II', 'III', 'IV')))}   Mallampati: {d.L(str(r.randint(1, 4)))}   NPO since "
          f"MN: yes   "
          f"Airway assessment: {r.choice(('unremarkable', 'short neck, full beard', 'edentulous'))}\n")
    d.add(f"Consent: signed, on chart. Time-out performed at {r.randint(7, 16):02d}:{r.randint(0, 59):02d} with all "
          f"team present.\n \n")
    d.brk()
    d.add("TIME    HR   BP        SpO2  RR  RASS  MEDS\n")
    h, mi = r.randint(8, 15), r.randint(0, 40)
    meds = ("midazolam 1 mg IV", "fentanyl 50 mcg IV", "midazolam 0.5 mg IV", "fentanyl 25 mcg IV", "-", "-",
            "lidocaine 1% 10 mL SC")
    for k in range(r.randint(5, 9)):
        mm = mi + 5 * k
        d.add(f"{h + mm // 60:02d}:{mm % 60:02d}   {r.randint(58, 110):<4} {r.randint(98, 170)}/{r.randint(50, 95):<5} "
              f"{r.randint(92, 100):<5} {r.randint(10, 22):<3} {r.choice(('0', '-1', '-2')):<5} "
              f"{d.L(r.choice(meds)) if k < 4 else '-'}\n")
    d.add(f"Total: midazolam {r.randint(1, 4)} mg, fentanyl {r.choice((50, 75, 100, 150))} mcg. Reversal agents: "
          f"none.\n \n")
    d.brk()
    d.add("Devices / implants:\n  "
          f"{_pick(d, ('PowerPort', 'Bard PowerPort ClearVUE', 'Palindrome 14.5F 23cm', 'Cook 10F pigtail'))}"
          f" REF {_lk_ref(d)} LOT {_lk_lot(d)} EXP {_lk_exp(d)}\n")
    if d.opt(0.7):
        d.add("  Implant serial: <<DEVICE_ID>> (patient implant card given)\n")
    d.add(f"  Closure: {_pick(d, ('Angio-Seal', 'Mynx', 'manual compression', 'Dermabond + Steri-Strips'))}\n")
    d.add(f"Fluoro time {r.randint(1, 25)}.{r.randint(0, 9)} min, air kerma {r.randint(8, 900)} mGy, contrast "
          f"{_pick(d, ('Omnipaque 300', 'Visipaque 320', 'none'))} {r.randint(0, 80)} mL.\n \n")
    d.brk()
    d.add(f"Post-procedure: Aldrete {d.L(str(r.randint(8, 10)))}/10 at {r.randint(30, 60)} min. EBL minimal. "
          f"Specimens: "
          f"{r.choice(('core x3 to pathology', 'none', 'fluid for cx/cell count'))}.\n")
    if d.opt(0.5):
        d.add("Recovery console: <<IP_ADDRESS>> (IR PACU monitor, central station)\n")
    d.add("Discharged to floor/home with responsible adult.\n")
    d.soft("Escort: <<PERSON:first>> (<<M>>).\n")
    d.brk()
    d.soft(f"\nSigned: <<PERSON:sig>>, RN  {_lk_shift(d, time=True)}\n")


def _k_wound_clinic(d: _Doc) -> None:
    r = d.r
    d.add(f"{r.choice(('WOUND CARE CENTER', 'Outpatient Wound Clinic', 'WOUND & HYPERBARIC CLINIC'))} - PROGRESS "
          f"NOTE\n")
    d.add("Pt: <<PERSON>>   DOB: <<DATE_REAL_YEAR:dob>>   MRN <<MRN>>\n")
    d.add(f"Visit #{r.randint(2, 30)}   Date of service: {_lk_shift(d)}   Provider: <<PERSON:sig>>, NP, CWS\n \n")
    d.brk()
    d.sec("S:", f"Pt reports {r.choice(_PH3)}. "
          f"VNA from <<ORGANIZATION>> visiting {r.choice(('3x/week', 'daily', 'twice weekly'))}. "
          f"Offloading with {r.choice(('CAM boot', 'total contact cast', 'knee scooter', 'heel protector boots'))}.")
    rows = ["Wound  Location              L x W x D (cm)     Tissue            Exudate   Wagner"]
    for k in range(r.randint(1, 4)):
        rows.append(f"#{k + 1}     "
                    f"{r.choice(_PH4):<21} "
                    f"{r.randint(1, 9)}.{r.randint(0, 9)} x {r.randint(1, 7)}.{r.randint(0, 9)} x "
                    f"0.{r.randint(1, 9)}    "
                    f"{r.choice(('80% gran/20% slough', 'fibrin', 'eschar', 'granular')):<17} "
                    f"{r.choice(('mod', 'scant', 'large')):<9} "
                    f"{d.L(str(r.randint(1, 4)))}")
    d.sec("O:", "\n".join(rows) + f"\nBraden {d.L(str(r.randint(11, 20)))}. TcPO2 {r.randint(18, 55)} mmHg periwound. "
          f"Probe to bone {r.choice(('neg', 'pos'))}.")
    d.sec("Procedure:", f"Excisional debridement to {r.choice(('subcutaneous tissue', 'muscle', 'bone'))} with #15 "
                        f"blade and curette, "
          f"{r.randint(1, 18)}.{r.randint(0, 9)} sq cm. Lidocaine 4% topical. Hemostasis with silver nitrate.")
    d.sec("Dressing orders:", f"{_pick(d, ('Santyl', 'Aquacel Ag', 'Hydrofera Blue', 'Xeroform', 'Mepilex Border'))} "
                              f"to base, "
          f"ABD, kerlix, {_pick(d, ('Coban', 'Unna boot', 'Tubigrip'))}. Change "
          f"{r.choice(('daily', 'every other day', 'M/W/F'))}.\n"
          f"Supplies via <<ORGANIZATION>>, order #<<ACCOUNT>>.")
    d.sec("A/P:", f"{r.choice(('Improving', 'Stalled', 'Deteriorating'))}; "
                  f"{r.choice(_PH5)}. "
          f"Pt counseled re: offloading; educational handout from {_pick(d, PUBLIC_SITES)}.\nRTC 1 week. Questions: "
          f"clinic line <<PHONE>>.")


def _k_hbot_log(d: _Doc) -> None:
    r = d.r
    d.add(f"HYPERBARIC OXYGEN THERAPY - TREATMENT LOG\nChamber: Monoplace #{r.randint(1, 4)} "
          f"({_pick(d, ('Sechrist 3600H', 'Sechrist 4100H', 'Perry Sigma 40'))}, "
          f"fw {_lk_version(d)})\n")
    d.add("Patient: <<PERSON:lastfirst>>   MR# <<MRN>>   Ins: Medicare, MBI <<HEALTH_PLAN>>\n")
    d.add("Indication: "
          f"{r.choice(_PH6)} "
          f"  Tx #{r.randint(1, 40)} of {d.L(str(r.choice((20, 30, 40))))}\n \n")
    d.brk()
    d.add(f"Profile: {d.L(r.choice(('2.0 ATA', '2.4 ATA', '2.5 ATA')))} x 90 min with {r.choice(('two', 'no'))} "
          f"5-min air breaks\n")
    d.add(f"Pre-dive: BP {r.randint(100, 170)}/{r.randint(55, 95)} HR {r.randint(56, 100)} T "
          f"{r.randint(97, 99)}.{r.randint(0, 9)} "
          f"BG {r.randint(110, 260)} mg/dL (must be >100)\nEars: TM "
          f"{r.choice(('clear bilat', 'Teed 1 L', 'Teed 0'))}  Lungs clear\n")
    d.add("Safety checklist: 100% cotton gown, no lighters/hand warmers, grounding wrist strap checked, no petroleum "
          "products.\n")
    if d.opt(0.8):
        d.add("Personal device removed pre-dive: insulin pump, serial <<DEVICE_ID>>, stored in locker.\n")
    d.add(" \n")
    d.brk()
    d.add("Time   Depth   Event\n")
    h = r.randint(7, 14)
    for k, ev in enumerate(("Start compression", "Reached depth", "Air break", "Resume O2", "Start decompression",
                            "Surface")):
        d.add(f"{h + (k * 18) // 60:02d}:{(k * 18) % 60:02d}  {('0', '2.4', '2.4', '2.4', '2.4', '0')[k]:<6}  {ev}\n")
    d.add(" \n")
    d.brk()
    d.add(f"Post-dive: BG {r.randint(90, 220)} BP {r.randint(100, 170)}/{r.randint(55, 95)}. "
          f"{r.choice(('No barotrauma', 'Mild L ear fullness, resolved', 'Claustrophobia managed with coaching'))}. "
          f"Next tx {_lk_shift(d)}.\n")
    d.add("Chamber operator: <<PERSON:full>>, CHT   Supervising physician: Dr. <<PERSON:last>>\n")
    if d.opt(0.4):
        d.add(f"Emergency (DAN hotline) {_pick(d, ('1-919-684-9111',))}; facility safety director ext "
              f"{d.L(str(r.randint(2000, 7999)))}.\n")


def _k_home_health(d: _Doc) -> None:
    r = d.r
    d.add(f"{r.choice(_PH7)}\n")
    d.add(f"Referral sent: {_lk_shift(d)}   Agency: <<ORGANIZATION>>\n")
    d.soft("Agency fax: <<FAX>>\n")
    d.add(" \n")
    d.brk()
    d.add("PATIENT\nName: <<PERSON:full>>\nDOB: <<DATE_REAL_YEAR:dob>>   Age: <<AGE_OVER_89>>\n")
    d.add("Address: <<STREET_ADDRESS>>\n")
    d.add(f"         <<LOCATION>>, {_pick(d, STATES[:4])} <<ZIP>>\n")
    d.soft("Phone (home): <<PHONE>>\n")
    d.soft("Alt phone: <<M>>\n")
    d.add(f"Primary insurance: {r.choice(('Medicare A', 'MassHealth', 'Tufts Medicare Preferred', 'BCBS'))}  Member "
          f"ID: <<HEALTH_PLAN>>\n")
    d.soft("Emergency contact: <<PERSON:first>> (daughter) <<M>>\n")
    d.add(" \n")
    d.brk()
    d.add("SERVICES REQUESTED\n[x] Skilled nursing - wound care "
          f"{r.choice(('3x/wk x 4 wks', 'daily x 2 wks then 3x/wk'))}\n"
          f"[{r.choice('x ')}] PT - gait, transfers, {r.choice(('NWB', 'TTWB', 'WBAT'))} {r.choice(('R', 'L'))} LE\n"
          f"[{r.choice('x ')}] OT   [ ] MSW   [{r.choice('x ')}] Home health aide\n"
          f"[{r.choice('x ')}] IV antibiotics via PICC: "
          f"{r.choice(('cefazolin 2 g q8h', 'vancomycin per level', 'ertapenem 1 g daily'))}, "
          f"infusion pharmacy {_pick(d, ('Option Care',))}\n \n")
    d.brk()
    d.add(f"WOUND ORDERS\n{r.choice(('NPWT', 'Wound VAC'))} {_pick(d, ('KCI ActiV.A.C.', 'Prevena', 'PICO'))} at "
          f"-125 mmHg continuous, "
          f"change M/W/F. Unit model {d.L(r.choice(('ActiV.A.C. 340000', 'SNAP 7', 'PICO 7')))}.\n")
    if d.opt(0.6):
        d.add("Patient's NPWT unit serial <<DEVICE_ID>> - rental, return to DME when discontinued.\n")
    d.add("Homebound status: "
          f"{r.choice(_PH8)}.\n"
          f"Face-to-face encounter: {_lk_shift(d)} (inpatient).\n \n")
    d.brk()
    d.add("CERTIFYING PHYSICIAN\n")
    shown = [d.soft("<<PERSON:sig>>, MD\n"), d.soft("NPI: <<LICENSE>>\n"), d.soft("Office: <<ORGANIZATION>>\n"),
             d.soft("Tel <<PHONE>>   Fax <<FAX>>\n")]
    if not any(shown):
        dept = _pick(d, _DEPTS[:1])
        d.add(f"Electronically signed by the certifying physician; signature page on file ({dept}).\n")
    if d.opt(0.4):
        d.soft("Referral also uploaded to agency portal: <<URL>>\n")
        d.add(f"Medicare help line for beneficiaries: {_pick(d, PUBLIC_LINES[:1])}\n")


def _k_supply_order(d: _Doc) -> None:
    r = d.r
    d.add(f"{r.choice(_PH9)}\n")
    d.add(f"Order date: {_lk_shift(d)}   Order #: <<ACCOUNT>>\nSupplier: <<ORGANIZATION>>\n")
    d.soft("Supplier fax <<FAX>>\n")
    d.add(" \n")
    d.brk()
    d.add("Beneficiary: <<PERSON:lastfirst>>   DOB <<DATE_REAL_YEAR:dob>>\n")
    d.add(f"Ship to: <<STREET_ADDRESS>>, <<LOCATION>>, {_pick(d, STATES[:1])} <<ZIP>>\n")
    d.add(f"Payer: {r.choice(('Medicare Part B', 'MassHealth', 'Commercial', 'Medicare Advantage'))}\n")
    d.soft("Member/Subscriber ID: <<HEALTH_PLAN>>\n")
    d.add(" \n")
    d.brk()
    d.add(f"Dx: {r.choice(_PH10)}\n")
    d.add("HCPCS    Description                                   Qty/mo   REF\n")
    items = (("A4416", "closed pouch w/ filter", "SenSura Mio"), ("A4414", "skin barrier flat 1-3/4", "Esteem+ Flex"),
             ("A4405", "stoma paste", "Adapt"), ("A6212", "foam dressing 4x4 w/ border", "Mepilex Border"),
             ("A6196", "alginate dressing 4x4", "Kaltostat"), ("A6021", "collagen dressing", "Promogran"),
             ("A4456", "adhesive remover wipes", "Brava"), ("A6446", "conforming bandage", "Kerlix"))
    for code, desc, brand in r.sample(items, r.randint(3, 6)):
        d.add(f"{d.L(code)}    {desc + ' (' + d.L(brand) + ')':<45} {r.choice((10, 15, 20, 30, 60)):<8} {_lk_ref(d)}\n")
    d.add(f"Stoma size {r.randint(22, 45)} mm, {r.choice(('round', 'oval', 'irregular'))}; convexity "
          f"{r.choice(('yes', 'no'))}. "
          f"Length of need: {r.choice(('99 (lifetime)', '3 months', '6 months'))}.\n \n")
    d.brk()
    d.add(f"Ordering clinician: <<PERSON:sig>>, {r.choice(('MD', 'NP', 'PA-C', 'DPM'))}\n")
    d.soft("NPI <<LICENSE>>\n")
    d.soft("Phone <<PHONE>>\n")
    if d.opt(0.5):
        d.soft("Confirmation e-mailed to <<EMAIL>>\n")
        d.soft("Track shipment at <<URL>>\n")
    d.add(f"Patient education: {_pick(d, ('United Ostomy Associations of America',))} "
          f"({_pick(d, PUBLIC_SITES[2:3])}).\n")
    if d.opt(0.5):
        d.soft(f"WOC nurse: <<PERSON:full>>, RN, CWOCN - {_pick(d, ('Ostomy Nursing', 'Wound Care Center'))}\n")


def _k_dialysis_clinic(d: _Doc) -> None:
    r = d.r
    side = r.choice(("left", "right"))
    d.add(f"{r.choice(('DIALYSIS ACCESS CLINIC', 'Vascular Access Clinic Note', 'AV ACCESS SURVEILLANCE VISIT'))}\n")
    d.add("Name: <<PERSON>>   Unit No: <<MRN>>   Date: <<D>>\n")
    d.add("Nephrologist: Dr. <<PERSON:last>> (<<ORGANIZATION>>)   HD unit: <<ORGANIZATION>>, "
          f"{r.choice(('MWF', 'TThS'))} "
          f"{r.choice(('1st', '2nd', '3rd'))} shift\n \n")
    d.brk()
    access = r.choice(("radiocephalic (" + d.L("Brescia-Cimino") + ") AVF", "brachiocephalic AVF", "forearm loop AVG",
                       "upper arm AVG"))
    d.sec("HPI:", f"<<AGE_OVER_89>> yo with ESRD 2/2 {r.choice(('DM nephropathy', 'HTN', 'PCKD', 'FSGS'))} on HD "
                  f"since {_lk_year(d)} via "
          f"{side} {access}. "
          "Unit reports "
          f"{r.choice(_PH11)}. "
          f"Last fistulagram {_lk_shift(d)} with "
          f"{r.choice(('PTA of juxta-anastomotic stenosis', 'cephalic arch stent', 'no intervention'))}.")
    d.sec("Exam:", f"{side.capitalize()} arm access: thrill {r.choice(('present', 'diminished', 'pulsatile'))}, "
                   f"bruit continuous. "
          f"Arm elevation test {r.choice(('collapses normally', 'fails to collapse'))}. Aneurysmal segment "
          f"{r.randint(1, 4)} cm, skin intact. "
          f"{d.L('Allen')} test normal. Radial pulse {r.choice(('2+', '1+'))}.")
    d.sec("Duplex (clinic):", f"Access flow (Qa) {r.randint(300, 1900)} mL/min; PSV ratio "
                              f"{r.randint(1, 5)}.{r.randint(0, 9)} at "
          f"{r.choice(('anastomosis', 'swing segment', 'cephalic arch'))}; diameter {r.randint(4, 9)} mm, depth "
          f"{r.randint(3, 9)} mm.\n"
          f"Kt/V {d.L(f'1.{r.randint(1, 6)}')}  URR {d.L(f'{r.randint(62, 78)}%')}")
    d.sec("Plan:", f"{r.choice(_PH12)}. "
          f"Heparin {d.L(str(r.choice((1000, 2000, 3000))))} units with HD unchanged. Unit charge RN "
          f"<<PERSON:first>> updated by phone <<PHONE>>.")
    if d.opt(0.5):
        d.soft("Transport: son drives pt to HD; vehicle plate <<VEHICLE_ID>> registered for handicap drop-off.\n")
    d.soft("\n<<PERSON:sig>>, PA-C / Vascular Surgery\n")


def _k_venous_clinic(d: _Doc) -> None:
    r = d.r
    side = r.choice(("right", "left", "bilateral"))
    d.add(f"{r.choice(('VEIN CENTER CONSULTATION', 'Venous Clinic - Follow-up', 'VENOUS DISEASE CLINIC'))}\n")
    d.add(f"Patient: <<PERSON:full>>   DOB: <<DATE_REAL_YEAR:dob>>   Visit: {_lk_shift(d)}\nPCP: Dr. <<PERSON:last>> "
          f"in <<LOCATION>>\n \n")
    d.brk()
    d.sec("Reason for visit:", f"{side} leg {r.choice(_PH13)}"
          f", symptomatic {r.randint(1, 20)} years.")
    d.sec("History:", f"Wears {d.L(r.choice(('20-30 mmHg', '30-40 mmHg')))} knee-high compression for "
                      f"{r.randint(3, 12)} months with "
          f"{r.choice(('partial', 'no', 'minimal'))} relief. Prior DVT "
          f"{r.choice(('none', 'L popliteal ' + _lk_year(d)))}. "
          f"Occupation: {r.choice(('hairdresser', 'warehouse picker', 'cashier', 'RN'))} at <<ORGANIZATION>>, stands "
          f"10 h/day.")
    d.sec("Exam:", f"CEAP {d.L(r.choice(('C2', 'C3', 'C4a', 'C4b', 'C5', 'C6')))},{r.choice(('s', 'a'))},Ep,As,p,Pr  "
          f"VCSS {d.L(str(r.randint(3, 18)))}\nHyperpigmentation, lipodermatosclerosis gaiter area; "
          f"{d.L('Trendelenburg')} test {r.choice(('positive', 'negative'))}.")
    d.sec("Duplex review:", f"GSV reflux {r.randint(1, 5)}.{r.randint(0, 9)} s from SFJ to knee, diameter "
                            f"{r.randint(5, 11)} mm; "
          f"SSV {r.choice(('competent', 'reflux 1.2 s'))}; {d.L('Giacomini')} vein {r.choice(('absent', 'present'))}; "
          f"deep system without obstruction.")
    d.sec("Plan:", f"{_pick(d, ('ClosureFast', 'VenaSeal', 'Varithena'))} ablation of {side} GSV; prior auth submitted "
          f"(ref {_lk_ref(d)}). Continue compression. Patient info: {_pick(d, PUBLIC_SITES[3:4])}.\nSchedule via "
          f"vein center <<PHONE>>.")
    if d.opt(0.4):
        d.add("Insurance: Member ID <<HEALTH_PLAN>>, group " + d.L(f"GRP-{_digits(r, 5)}") + "\n")
    d.add("Electronically signed: <<PERSON:sig>>, MD, RPVI\n")


def _k_call_log(d: _Doc) -> None:
    r = d.r
    d.add(f"{r.choice(('TELEPHONE ENCOUNTER', 'Vascular Nurse Line - Call Log', 'PHONE NOTE / MESSAGE THREAD'))}\n")
    d.add("Patient: <<PERSON:lastfirst>>   MRN <<MRN>>\n \n")
    d.brk()
    times = sorted(r.sample(range(7 * 60, 18 * 60), r.randint(4, 6)))
    base = _lk_shift(d)
    entries = [
        "Incoming call from pt's wife <<PERSON:first>> re: increased drainage from groin incision after fem-pop. "
        "Advised to send photo through portal. Callback # <<PHONE>>.",
        "Photo received: 2 cm area of erythema, serous drainage. Reviewed with Dr. <<PERSON:last>>; paged at "
        "<<PAGER>>.",
        "Per MD: start Keflex 500 mg QID x 7d, wound check in clinic this week. Rx sent to "
        f"{_pick(d, ('CVS', 'Walgreens'))} on file.",
        "VNA (<<ORGANIZATION>>) called, nurse <<PERSON:full>>: JP drain output 80 mL/24h serosanguinous. Fax orders "
        "to <<FAX>>.",
        "Left message on home machine to call back; 2nd attempt.",
        "Pt returned call. Denies fever. Confirms appt <<D>> 9:40 AM.",
        "Pt asking about driving after procedure: no driving x 1 wk; pt states "
        f"{r.choice(('son will drive', 'will take the RIDE'))}.",
        f"Pharmacy called: {_pick(d, ('Eliquis', 'Xarelto'))} prior auth needed; PA submitted, ref {_lk_ref(d)}.",
    ]
    for k, t in enumerate(times):
        d.soft(f"{base} {t // 60:02d}:{t % 60:02d}  {r.choice(('RN', 'MA', 'NP'))}:  "
               f"{entries[k % len(entries)] if k < 3 else r.choice(entries[3:])}\n")
    d.add(" \n")
    d.brk()
    if d.opt(0.7):
        d.add("---- copied e-mail ----\nFrom: <<EMAIL>>\nSent: <<D>>\nTo: vascular nurse pool\nSubject: RE: wound "
              "photos\n"
              f"Hi, attaching pictures of my {r.choice(('husband', 'mother', 'father'))}'s leg as requested. The "
              f"dressing from "
              f"{_pick(d, ('Mepilex', 'Aquacel', 'Tegaderm'))} keeps sliding. Thank you, "
              f"<<PERSON:first>>\n---------------------\n \n")
        d.brk()
    d.soft("Routed to: <<PERSON:initial>>, NP (vascular) for co-sign.\n")


def _k_limb_board(d: _Doc) -> None:
    r = d.r
    side = r.choice(("R", "L"))
    d.add(f"{r.choice(_PH14)}\n")
    d.add(f"Conference date: {_lk_shift(d)}\nPatient: <<PERSON>>   MRN: <<MRN>>   Age: <<AGE_OVER_89>>\n \n")
    d.brk()
    d.add("Attendees: Vascular Surgery (Dr. <<PERSON:last>>), Podiatry, ID, Wound Care, "
          "Prosthetics (<<ORGANIZATION>>), Rehab, Social Work\n \n")
    d.brk()
    d.sec("Case:", f"{side} foot "
                   f"{r.choice(_PH15)}. "
          f"WIfI {d.L(f'{r.randint(1, 3)}-{r.randint(1, 3)}-{r.randint(1, 3)}')} (stage {d.L(str(r.randint(3, 4)))}). "
          f"Prior {r.choice(('SFA stent', 'tibial angioplasty', 'fem-distal bypass'))} {_lk_year(d)}.\n"
          f"TcPO2 dorsal foot {r.randint(8, 45)} mmHg; TBI {d.L(f'0.{r.randint(10, 45)}')}; toe pressure "
          f"{r.randint(15, 60)} mmHg.")
    d.sec("Imaging:", f"CTA runoff {_lk_shift(d)}: "
                      f"{r.choice(_PH16)}.")
    d.sec("Discussion:", f"Options: {r.choice(_PH17)}. "
          "Patient/family goals reviewed; pt lives in <<LOCATION>> with limited support, daughter <<PERSON:first>> "
          f"is HCP.")
    d.sec("Recommendation:", f"{r.choice(('Proceed with', 'Defer'))} {r.choice(('BKA', 'TMA', 'angioplasty'))}; "
          f"prosthetic evaluation post-op; AMPAC {d.L(str(r.randint(10, 24)))}. K-level anticipated "
          f"{d.L('K' + str(r.randint(1, 3)))}.")
    if d.opt(0.5):
        d.soft("Prosthetist contact: <<PERSON:full>>, CPO, <<PHONE>>, <<EMAIL>>\n")
    if d.opt(0.3):
        d.soft("Outside records requested from <<ORGANIZATION>> (fax <<FAX>>).\n")


# --------------------------------------------------------------------------------------------------
# Radiology kinds
# --------------------------------------------------------------------------------------------------


def _dose(d: _Doc) -> str:
    r = d.r
    a, b = r.randint(3, 20), r.randint(300, 1600)
    return (f"DOSE:  Acquisition sequence:\n   1) Spiral Acquisition {r.randint(3, 9)}.{r.randint(0, 9)} s, "
            f"{r.randint(40, 130)}.{r.randint(0, 9)} cm; "
            f"CTDIvol = {a}.{r.randint(0, 9)} mGy (Body) DLP = {b}.{r.randint(0, 9)} mGy-cm.\n Total DLP (Body) = "
            f"{b + r.randint(5, 60)} mGy-cm.\n \n")


def _k_cta(d: _Doc) -> None:
    r = d.r
    exam = r.choice(("CTA ABD/PELVIS AND BILAT LOWER EXT RUNOFF", "CTA CHEST/ABD/PELVIS (AORTA PROTOCOL)",
                     "CTA ABDOMEN W&W/O C & RECONS",
                     "CT ANGIO LOWER EXTREMITY RUNOFF"))
    _rad_header(d, exam, r.choice(("rest pain, eval for revascularization", "AAA, pre-EVAR planning",
                                   "R foot gangrene, eval runoff",
                                   "s/p EVAR, eval endoleak", "acute limb ischemia")))
    d.add("TECHNIQUE:  Multidetector CT of the abdomen, pelvis and lower extremities after "
          f"{d.L(r.choice(('100 mL', '120 mL', '90 mL')))} "
          f"{_pick(d, ('Omnipaque 350', 'Visipaque 320', 'Isovue-370'))} IV with bolus tracking. MIPs and 3D VR "
          f"reformats on {_pick(d, ('Vitrea', 'TeraRecon', 'syngo.via'))} "
          f"{_lk_version(d)}.\n \n")
    d.add(_dose(d))
    d.add(f"COMPARISON:  {r.choice(('<<DATE_REAL_YEAR>> outside CT', _lk_shift(d), '<<D>>', 'None.'))}\n \n")
    d.brk()
    find = [
        f"AORTA: Infrarenal AAA measuring {r.randint(30, 72)} x {r.randint(30, 70)} mm with mural thrombus. Neck "
        f"length {r.randint(8, 30)} mm, angulation {r.randint(10, 70)} degrees.",
        f"ILIACS: {r.choice(_PH18)}.",
        "FEMORAL/POPLITEAL: "
        f"{r.choice(_PH19)}.",
        f"TIBIAL: {r.choice(_PH20)}.",
        f"OTHER: {r.choice(_PH21)}.",
    ]
    if "EVAR" in exam or r.random() < 0.3:
        find.append(f"ENDOGRAFT: {_pick(d, ('Gore Excluder', 'Endurant II', 'Zenith'))} endograft in place; "
                    f"{r.choice(('no endoleak', 'type II endoleak from IMA', 'type II endoleak from L4 lumbar'))}.")
    d.sec("FINDINGS:", "\n \n".join(find))
    d.sec("IMPRESSION:", f"1. {r.choice(_PH22)}.\n"
          f"2. {r.choice(_PH23)}.")
    _rad_footer(d)


def _k_mra(d: _Doc) -> None:
    r = d.r
    _rad_header(d, r.choice(("MRA RENAL ARTERIES W/WO CONTRAST", "MRA BILAT LOWER EXTREMITY RUNOFF",
                             "MRV PELVIS (MAY-THURNER EVAL)", "MRA ABDOMEN")),
                r.choice(("resistant HTN, eval RAS", "claudication, CKD, avoid iodinated contrast",
                          "L leg swelling, eval iliac compression")))
    d.add(f"TECHNIQUE:  {d.L(r.choice(('1.5T', '3T')))} MRI "
          f"({_pick(d, ('Siemens Aera', 'GE Signa Premier', 'Philips Ingenia'))}, "
          f"software {_lk_version(d)}). Gadavist {d.L(str(r.choice((5, 6, 7, 7.5))))} mL IV (lot {_lk_lot(d)}). "
          "TWIST time-resolved and high-res 3D CE-MRA; post-contrast VIBE.\n \n")
    d.add("COMPARISON:  "
          f"{r.choice(('Ultrasound <<D>>', 'CT ' + _lk_shift(d), 'None', 'MRA <<DATE_REAL_YEAR>> (outside)'))}\n \n")
    d.brk()
    d.sec("FINDINGS:", f"{r.choice(('Single renal arteries bilaterally', 'Accessory L lower pole renal artery'))}. "
          f"{r.choice(_PH24)}. "
          f"Kidneys: R {r.randint(8, 12)}.{r.randint(0, 9)} cm, L {r.randint(8, 12)}.{r.randint(0, 9)} cm.\n"
          f"{r.choice(_PH25)}.\n"
          f"eGFR at time of exam {r.randint(25, 90)} mL/min/1.73m2 (ACR group II agent).")
    d.sec("IMPRESSION:", r.choice(("Findings consistent with hemodynamically significant R RAS.", "May-Thurner "
                                                                                                  "physiology.",
                                   "No flow-limiting disease.", "Fibromuscular dysplasia R renal artery.")))
    _rad_footer(d)


def _k_art_duplex(d: _Doc) -> None:
    r = d.r
    d.add(f"{r.choice(('VASCULAR LABORATORY', 'Non-Invasive Vascular Lab', 'VASCULAR LAB REPORT'))} - "
          f"{r.choice(_PH26)}\n")
    d.add("Patient: <<PERSON:upper>>   MRN <<MRN>>   Accession <<ACCOUNT>>\n")
    d.add("Indication: <<AGE_OVER_89>> yo, "
          f"{r.choice(_PH27)}\n \n")
    d.brk()
    d.add("PRESSURES (mmHg)       RIGHT    LEFT\n")
    brach = r.randint(110, 170)
    d.add(f"Brachial               {brach:<8} {brach + r.randint(-10, 10)}\n")
    for site in ("High thigh", "Calf", "DP", "PT", "Great toe"):
        d.add(f"{site:<22} {r.randint(30, 190):<8} {r.randint(30, 190)}\n")
    d.add(f"ABI                    {d.L(f'0.{r.randint(30, 99)}'):<8} "
          f"{d.L(f'{r.choice((0, 1))}.{r.randint(10, 99)}')}\n")
    d.add(f"TBI                    {d.L(f'0.{r.randint(10, 70)}'):<8} 0.{r.randint(10, 70)}\n \n")
    d.brk()
    d.sec("Duplex:", f"CFA triphasic. SFA {r.choice(('biphasic', 'monophasic', 'occluded mid-segment'))}; PSV "
                     f"{r.randint(60, 420)} cm/s at "
          f"{r.choice(('distal SFA', 'adductor canal', 'proximal anastomosis'))}, Vr "
          f"{d.L(f'{r.randint(1, 5)}.{r.randint(0, 9)}')}. "
          f"Popliteal {r.choice(('monophasic', 'biphasic'))}. Graft PSV {r.randint(40, 300)} cm/s. PVR amplitude "
          f"reduced at ankle.")
    d.sec("Interpretation:", f"{r.choice(('Moderate', 'Severe', 'Mild'))} {r.choice(('right', 'left', 'bilateral'))} "
                             f"arterial insufficiency "
          f"({d.L('Fontaine')} stage {d.L(r.choice(('IIa', 'IIb', 'III', 'IV')))}). "
          f"{r.choice(('>50% SFA stenosis', 'Patent graft, no stenosis', 'Non-compressible tibials'))}.")
    d.add("Technologist: <<PERSON:full>>, RVT\nInterpreting physician: <<PERSON:sig>>, MD, RPVI\n")
    if d.opt(0.35):
        d.add(f"Report generated by {_pick(d, ('Viasonix Falcon', 'Parks Flo-Lab', 'GE Logiq E10'))} "
              f"{_lk_version(d)} from station <<IP_ADDRESS>>\n")
    if d.opt(0.3):
        d.add("Interpreting physician license no. <<LICENSE>> (MA)\n")


def _k_ven_duplex(d: _Doc) -> None:
    r = d.r
    side = r.choice(("RIGHT", "LEFT", "BILATERAL"))
    exam = f"{r.choice(('UNILAT', 'BILAT'))} LOWER EXT VEINS {side}"
    if r.random() >= 0.7:
        exam = f"VENOUS REFLUX MAPPING {side} LE"
    _rad_header(d, exam,
                r.choice(("leg swelling, r/o DVT", "s/p BKA, calf pain", "varicose veins, pre-ablation mapping",
                          "PE on CTA, eval source")))
    d.add(f"TECHNIQUE:  Grey scale, color and spectral {d.L('Doppler')} of the {side.lower()} lower extremity veins; "
          f"reflux assessed standing "
          f"with {r.choice(('Valsalva', 'distal augmentation', 'cuff deflation'))}.\n \n")
    d.add(f"COMPARISON:  {r.choice(('None.', 'Prior exam <<DATE_REAL_YEAR>>', _lk_shift(d), '<<D>>'))}\n \n")
    d.brk()
    rows = []
    for v in ("CFV", "SFJ", "FV prox", "FV mid", "FV dist", "POP", "PTV", "PERV", "GSV thigh", "SSV"):
        rows.append(f"  {v:<10} {r.choice(_PH28):<24} "
                    f"reflux {r.choice(('none', '0.4 s', '1.8 s', '2.6 s', 'none'))}")
    d.sec("FINDINGS:", "\n".join(rows) + "\nBaker cyst "
                                         f"{r.choice(('not seen', f'{r.randint(2, 6)}.{r.randint(0, 9)} cm'))}. "
          f"{r.choice(_PH29)}.")
    d.sec("IMPRESSION:", r.choice(("No evidence of deep venous thrombosis.", "Acute occlusive DVT of the femoral and "
                                                                             "popliteal veins.",
                                   "GSV reflux from SFJ to knee, suitable for ablation.", "Chronic post-thrombotic "
                                                                                          "changes; no acute DVT.")))
    _rad_footer(d)


def _k_ir_report(d: _Doc) -> None:
    r = d.r
    sub = r.choice(("emb", "tips", "bx", "drain", "port", "tdc"))
    title = {"emb": "EMBOLIZATION (GDA / SPLENIC / UTERINE)", "tips": "TIPS CREATION", "bx": "CT-GUIDED BIOPSY",
             "drain": "PERCUTANEOUS DRAINAGE CATHETER PLACEMENT", "port": "CHEST PORT PLACEMENT",
             "tdc": "TUNNELED HEMODIALYSIS CATHETER PLACEMENT"}[sub]
    _rad_header(d, title, r.choice(("GI bleed, active extravasation on CTA", "refractory ascites", "liver lesion",
                                    "post-op collection",
                                    "needs long-term chemotherapy access", "ESRD, failing AVF, needs HD access")))
    d.add("OPERATORS:  Dr. <<PERSON:last>>, attending radiologist; Dr. <<M>>, fellow.\n \n")
    d.add(f"ANESTHESIA:  Moderate sedation ({r.randint(20, 90)} min intraservice), midazolam and fentanyl; "
          f"{r.choice(('1% lidocaine local', 'general anesthesia by anesthesia team'))}.\n \n")
    d.brk()
    body = {
        "emb": f"Right CFA access with {d.L('Seldinger')} technique, 5F {_pick(d, ('Cobra', 'Omni Flush'))} "
               f"catheter. Celiac angiogram: active "
               f"extravasation from {r.choice(('GDA', 'splenic artery branch', 'L uterine artery'))}. Coil "
               f"embolization with "
               f"{r.randint(3, 12)} {_pick(d, ('Nester', 'Concerto', 'Interlock'))} coils and "
               f"{_pick(d, ('Gelfoam', 'Onyx', 'Amplatzer'))}. "
               f"Completion angiogram: no further extravasation. Closure with {_pick(d, ('Angio-Seal', 'Perclose'))}.",
        "tips": f"Right IJ access. Portal pressure {r.randint(20, 38)} mmHg, RA {r.randint(4, 12)} mmHg (gradient "
                f"{r.randint(12, 30)}). "
                f"{_pick(d, ('Viatorr',))} {r.choice(('10 mm x 6/2 cm', '8 mm x 7/2 cm'))} stent graft deployed, "
                f"dilated to {r.randint(8, 10)} mm. "
                f"Post gradient {r.randint(5, 12)} mmHg. Varices coil embolized.",
        "bx": f"CT-guided {r.choice(('18G', '20G'))} coaxial core biopsy of "
              f"{r.choice(('segment 6 liver lesion', 'RLL mass', 'retroperitoneal node', 'L renal mass'))}; "
              f"{r.randint(2, 5)} cores to pathology, specimen <<ACCOUNT>>. Gelfoam slurry tract embolization. No "
              f"pneumothorax.",
        "drain": f"Under CT guidance, {r.randint(8, 14)}F {_pick(d, ('Pigtail', 'Cook'))} locking drain placed into "
                 f"{r.choice(('pelvic collection', 'subphrenic abscess', 'gallbladder'))}; {r.randint(20, 400)} mL "
                 f"purulent fluid aspirated, sent for culture.",
        "port": f"Right IJ venous access under US, {_pick(d, ('PowerPort',))} {r.choice(('8F', '9.6F'))} "
                f"single-lumen port in R chest pocket; tip at "
                f"cavoatrial junction. Accessed with {r.choice(('20G', '19G'))} 3/4 inch needle. Device lot "
                f"{_lk_lot(d)}, serial <<DEVICE_ID>>.",
        "tdc": f"Right IJ access, {_pick(d, ('Palindrome', 'HemoStar', 'Equistream'))} 14.5F "
               f"{r.choice(('19', '23', '28'))} cm tip-to-cuff catheter "
               f"tunneled; tip in RA. Each lumen flushed and locked with heparin {d.L('1000 units/mL')}. Catheter "
               f"serial <<DEVICE_ID>>.",
    }[sub]
    d.sec("PROCEDURE DETAILS:", body)
    d.sec("COMPLICATIONS:", r.choice(("None immediate.", "Small hematoma at access site, managed with compression.")))
    d.sec("FINDINGS / IMPRESSION:", f"Successful {title.lower()}. "
                                    f"{r.choice(_PH30)}")
    d.add(f"Fluoroscopy time {r.randint(1, 40)}.{r.randint(0, 9)} min; reference air kerma {r.randint(20, 2400)} "
          f"mGy; DAP "
          f"{r.randint(5, 400)} Gy*cm2. Equipment {_pick(d, ('Artis zee', 'Azurion 7', 'Allura Xper FD20'))}.\n")
    _rad_footer(d)


def _k_angio(d: _Doc) -> None:
    r = d.r
    side = r.choice(("RIGHT", "LEFT"))
    _rad_header(d, f"{side} LOWER EXTREMITY ANGIOGRAM WITH POSSIBLE INTERVENTION",
                r.choice(("CLI with toe gangrene", "lifestyle-limiting claudication", "failing bypass graft on duplex",
                          "nonhealing heel ulcer")))
    d.add(f"PROCEDURE:  {r.choice(('Contralateral', 'Antegrade ipsilateral'))} CFA access under US guidance, 6F "
          f"sheath. Aortogram and {side.lower()} LE runoff. "
          f"Heparin {d.L(str(r.choice((3000, 5000, 7000))))} units IV, ACT {r.randint(220, 320)} s.\n \n")
    d.brk()
    d.sec("FINDINGS:", f"Aortoiliac: {r.choice(('patent', 'mild disease', 'R CIA 60% stenosis'))}.\n"
          f"SFA: {r.choice(('occluded 18 cm', 'tandem 80% stenoses', 'in-stent restenosis'))}.\n"
          f"Pop: {r.choice(('patent', 'occluded P1-P2'))}.\nTibials: "
          f"{r.choice(('AT occluded, PT and peroneal patent', 'single-vessel peroneal', 'three-vessel'))}.\n"
          f"Pedal arch: {r.choice(('incomplete', 'complete'))}.")
    d.sec("INTERVENTION:", f"Crossed with {_pick(d, ('Glidewire', 'Glidewire Advantage', 'CXI'))} and "
                           f"{_pick(d, ('Kumpe', 'Quick-Cross'))} catheter. "
          f"{_pick(d, ('Lutonix', 'IN.PACT Admiral'))} DCB {r.choice(('5 x 150', '6 x 120', '4 x 80'))} mm, then "
          f"{_pick(d, ('Zilver PTX', 'Supera', 'Viabahn'))} "
          f"{r.choice(('6 x 100', '5 x 80'))} mm stent. Lot {_lk_lot(d)}, UDI GTIN {d.L('00' + _digits(r, 12))}. "
          f"Residual stenosis <{r.choice((10, 20, 30))}%.")
    d.sec("IMPRESSION:", f"Successful {side.lower()} SFA recanalization. Inline flow to foot via "
                         f"{r.choice(('PT', 'peroneal', 'AT'))}. "
          f"Closure {_pick(d, ('Mynx', 'Angio-Seal', 'Perclose ProGlide'))}. DAPT with {_pick(d, ('Plavix',))} x 6 "
          f"months.")
    _rad_footer(d)


def _k_fistulagram(d: _Doc) -> None:
    r = d.r
    side = r.choice(("LEFT", "RIGHT"))
    _rad_header(d, f"FISTULAGRAM {side} UPPER EXTREMITY{r.choice(('', ' WITH ANGIOPLASTY', ' AND THROMBECTOMY'))}",
                r.choice(("high venous pressures at HD", "prolonged bleeding after decannulation", "clotted AVG",
                          "poor flows")))
    d.add(f"PROCEDURE:  Antegrade puncture of the {side.lower()} "
          f"{r.choice(('brachiocephalic AVF', 'radiocephalic AVF', 'forearm loop graft'))} with 6F sheath. "
          f"Fistulagram from arterial anastomosis to right atrium. Heparin {d.L('3000 units')}.\n \n")
    d.brk()
    d.sec("FINDINGS:", f"{r.choice(_PH31)}. "
          f"Central veins {r.choice(('patent', 'with collaterals'))}.")
    d.sec("INTERVENTION:", f"{r.choice(('Conquest', 'Mustang', 'Dorado'))} "
                           f"{r.choice(('7 x 40', '8 x 40', '10 x 60'))} mm high-pressure balloon to "
          f"{r.randint(18, 30)} atm; "
          f"{r.choice(('residual 20%', 'no residual', 'recoil, placed Covera 9 x 60 mm stent graft'))}. "
          f"{r.choice(('AngioJet', 'Arrow-Trerotola'))} thrombectomy {r.choice(('performed', 'not required'))}. "
          f"Thrill restored.")
    d.sec("IMPRESSION:", "Successful fistula intervention; access ready for use today. Return to HD unit "
                         "<<ORGANIZATION>> on schedule.")
    _rad_footer(d)


DISCHARGE_KINDS = {
    "vascular_discharge_summary": _k_vasc_discharge,
    "ir_sedation_record": _k_ir_sedation,
    "wound_clinic_note": _k_wound_clinic,
    "hbot_treatment_log": _k_hbot_log,
    "home_health_referral": _k_home_health,
    "ostomy_wound_supply_order": _k_supply_order,
    "dialysis_access_clinic": _k_dialysis_clinic,
    "venous_clinic_note": _k_venous_clinic,
    "nurse_line_call_log": _k_call_log,
    "limb_preservation_board": _k_limb_board,
}
RADIOLOGY_KINDS = {
    "cta_report": _k_cta,
    "mra_report": _k_mra,
    "arterial_duplex_abi": _k_art_duplex,
    "venous_duplex": _k_ven_duplex,
    "ir_procedure_report": _k_ir_report,
    "lower_extremity_angiogram": _k_angio,
    "fistulagram": _k_fistulagram,
}

# --------------------------------------------------------------------------------------------------
# Free-standing plant snippets (identifiers that did not fit a slot of the document)
# --------------------------------------------------------------------------------------------------

_SNIPS: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Pt's daughter (<<M>>) requests callback at <<V>> regarding VNA start date.",
        "Call-back number confirmed with patient: <<V>>",
        "Best contact: <<V>> (cell, wife)",
        "Home phone <<V>> - left VM x2, no return call yet.",
        "If questions about the wound VAC, family may reach the covering RN at <<V>>.",
        "Contacts: <<M>> / <<V>>",
    ),
    "FAX": (
        "Records faxed to PCP office, fax <<V>>, confirmation received.",
        "Please fax signed 485 back to <<V>> within 48 h.",
        "Outside ABI results came by fax from <<V>> (cover sheet scanned).",
        "FAX: <<V>>   ATTN: wound care coordinator",
    ),
    "PAGER": (
        "Vascular fellow on call paged at <<V>>; returned page in 5 min.",
        "For urgent issues page IR attending, pager <<V>>.",
        "Covering resident: Dr. <<M>>, beeper <<V>>",
        "Contact: pgr <<V>> (IR nurse)",
    ),
    "EMAIL": (
        "Pt prefers updates by e-mail: <<V>>",
        "Copy of order sent to <<V>> per family request.",
        "From: <<V>>  Subject: question about my dressing changes",
        "Family contact e-mail <<V>> (son, lives out of state).",
    ),
    "URL": (
        "Wound photos uploaded to <<V>> for remote review.",
        "Referral packet available at <<V>>",
        "Telehealth link for follow-up: <<V>>",
        "Patient given link to rehab portal <<V>>.",
    ),
    "IP_ADDRESS": (
        "Study pushed from modality to PACS (<<V>>) after QA.",
        "Remote read via VPN session from <<V>>.",
        "Portal message sent from IP <<V>> (logged by EHR).",
        "Ultrasound cart network address <<V>>; DICOM send failed x1, resent.",
    ),
    "SSN": (
        "SSN <<V>> on Medicaid application (copy in chart).",
        "Billing: social security number <<V>> verified with patient.",
        "Registration note: SS# <<V>>",
        "Pt's Social Security no. <<V>> provided for disability paperwork.",
    ),
    "MRN": (
        "Outside hospital MRN <<V>> (records requested).",
        "Merged chart: old medical record number <<V>>.",
        "Label: <<M>> / MR <<V>>",
        "Prior encounter under MRN: <<V>>",
    ),
    "ACCOUNT": (
        "Pathology specimen <<V>> - final report pending.",
        "Billing account no. <<V>>; pre-cert obtained.",
        "Order requisition <<V>> placed for supplies.",
        "Accession <<V>> (prior study) reviewed for comparison.",
    ),
    "HEALTH_PLAN": (
        "Insurance: member ID <<V>>, prior authorization approved.",
        "Secondary coverage subscriber no. <<V>> (spouse's plan).",
        "MassHealth ID <<V>> verified at registration.",
        "Medicare MBI <<V>> on file.",
    ),
    "LICENSE": (
        "Prescriber DEA <<V>> (controlled substance Rx for oxycodone).",
        "Ordering NPI: <<V>>",
        "Visiting RN license <<V>> recorded on visit note.",
        "ID verified: MA driver's license <<V>>.",
        "Certifying physician lic. no. <<V>>",
    ),
    "ZIP": (
        "Mailing ZIP updated to <<V>> for supply shipments.",
        "Pt moved; new zip code <<V>>, VNA coverage area confirmed.",
        "Delivery region: <<V>>",
    ),
    "STREET_ADDRESS": (
        "Pt staying with sister at <<V>> after discharge.",
        "Supplies to be delivered to <<V>> (side door, ring bell).",
        "New address: <<V>>",
        "Home visit address confirmed as <<V>>.",
    ),
    "DATE_REAL_YEAR": (
        "Per outside records, L CEA performed on <<V>>.",
        "Last tetanus booster <<V>>.",
        "Outside angiogram dated <<V>> reviewed.",
        "Pt reports first ulcer on R foot began <<V>>.",
        "Prior R BKA <<V>> at outside hospital.",
    ),
    "AGE_OVER_89": (
        "Pt is <<V>> years old and lives alone; family concerned about safety.",
        "Age <<V>>; goals of care discussed with HCP.",
        "Note: <<V>> y/o, frail, high risk for anesthesia.",
        "Spouse, age <<V>>, is primary caregiver.",
    ),
    "DEVICE_ID": (
        "Pacemaker (patient's) serial <<V>> - interrogated pre-procedure.",
        "Wound VAC rental unit SN <<V>> returned to DME.",
        "Implanted port UDI <<V>> recorded.",
        "Patient's insulin pump serial no. <<V>> removed before MRI.",
    ),
    "VEHICLE_ID": (
        "Ambulette arrived 10:40, vehicle plate <<V>>.",
        "Handicap placard issued; car plate <<V>>.",
        "Pt drove self despite advice; vehicle <<V>> noted by security.",
        "Transport van VIN <<V>> (per incident form).",
    ),
    "PERSON": (
        "Discussed with Dr. <<V>> from vascular surgery at bedside.",
        "HCP: <<V>> (son) - aware of plan.",
        "Seen with attending <<V>>, MD, who agrees with plan.",
        "Wound nurse <<V>>, RN, CWOCN performed ostomy teaching.",
        "Interpreter <<V>> present for entire visit.",
        "Case reviewed with <<V>>.",
    ),
    "LOCATION": (
        "Pt recently moved from <<V>> to be closer to family.",
        "Lives in <<V>>, about 40 minutes from the dialysis unit.",
        "Outside imaging was done in <<V>>.",
        "Will stay at daughter's home in <<V>> for 2 weeks.",
        "Transfer from community hospital in <<V>>.",
    ),
    "ORGANIZATION": (
        "Outside records from <<V>> reviewed.",
        "Pt goes to <<V>> for outpatient HD.",
        "Discharged to <<V>> for short-term rehab.",
        "Supplies through <<V>>; coordinator aware.",
        "Works part-time at <<V>>; note for employer provided.",
    ),
}


def _insert_snippets(d: _Doc) -> None:
    r = d.r
    leftovers = [p[0] for p in d.pending]
    d.pending = []
    if not leftovers:
        return
    if not d.breaks:
        d.breaks.append(len(d.parts))
    inserts: list[tuple[int, list[tuple[str, str | None]]]] = []
    for cat in leftovers:
        choices = _SNIPS[cat]
        if d.masks >= MASK_BUDGET - 1:
            choices = tuple(t for t in choices if "<<M>>" not in t)
        tpl = r.choice(choices)
        hint = None
        if cat == "PERSON" and "(son)" in tpl:
            hint = "full"
        pre = r.choice(("", "", "Addendum: ", "** ", "Note: ", "(copied from prior note) "))
        parts: list[tuple[str, str | None]] = []
        pos = 0
        text = pre + tpl + "\n"
        for m in _TOKEN.finditer(text):
            if m.start() > pos:
                parts.append((text[pos:m.start()], None))
            if m.group(1) == "V":
                parts.append((_value(cat, r, hint), cat))
            else:
                d.masks += 1
                parts.append((MASK, None))
            pos = m.end()
        parts.append((text[pos:], None))
        inserts.append((r.choice(d.breaks), parts))
    inserts.sort(key=lambda x: x[0], reverse=True)
    for idx, parts in inserts:
        d.parts[idx:idx] = parts


_RAD_FILLER = (
    "LIMITED VIEW OF THE LOWER CHEST:  Mild dependent atelectasis. No pleural effusion.\n \n",
    "BONES AND SOFT TISSUES:  Degenerative changes of the lumbar spine. No aggressive osseous lesion. Vascular "
    "calcifications are extensive and limit assessment of small-vessel lumens.\n \n",
    "RECOMMENDATION(S):  Correlate with noninvasive arterial studies; vascular surgery consultation as clinically "
    "indicated.\n \n",
    "ADDENDUM:  On review of the multiplanar reformats, the above findings are confirmed. No change to the "
    "impression.\n \n",
    "LINES/TUBES:  Right IJ central venous catheter tip projects over the cavoatrial junction.\n \n",
)

_FILLER = (
    "Interval history (copied forward from prior note, reviewed and unchanged): wound care per VNA, pain controlled, "
    "tolerating diet, no fevers. Continue current plan.\n \n",
    "Nursing: dressing C/D/I. Pedal pulses by {doppler}. Patient ambulating with walker, PT following. Fall "
    "precautions.\n \n",
    "Education: signs of infection, limb elevation, smoking cessation (quitline info given), glucose control. Pt "
    "verbalized "
    "understanding; teach-back done.\n \n",
    "Review of systems: negative except as noted in HPI. No chest pain, no dyspnea, no claudication of the "
    "contralateral leg.\n \n",
)

_HEAVY_BLOCK = (
    "Contacts on file: ___ (___) ___; alternate ___ (___) ___.\n",
    "Followup: Dr. ___ (___) on ___ at ___; address ___, ___.\n",
    "Referring: ___, ___ Clinic, phone ___, fax ___.\n",
    "Copies to: ___; ___; ___.\n",
)


def _lookalike_line(d: _Doc, note_type: str) -> str:
    r = d.r
    if note_type == "radiology":
        return r.choice((
            f"CONTRAST:  {_pick(d, ('Omnipaque 350', 'Visipaque 320', 'Isovue-370'))} (NDC {_lk_ndc(d)}), "
            f"lot {_lk_lot(d)}, exp {_lk_exp(d)}.\n \n",
            f"Post-processing on {_pick(d, ('Vitrea', 'TeraRecon', 'syngo.via'))} {_lk_version(d)}; "
            f"prior {_pick(d, _DEPTS[1:4])} study {_lk_shift(d)} reviewed.\n \n",
            f"Protocol per {_pick(d, ('ACR', 'SIR', 'SVU'))} guideline (rev. {_lk_year(d)}); patient weight "
            f"{r.randint(48, 130)} kg, age {_lk_age(d)} per order.\n \n",
        ))
    return r.choice((
        f"Supplies dispensed: {_pick(d, ('Mepilex Border', 'Aquacel Ag', 'Kerlix', 'Tegaderm'))} REF {_lk_ref(d)}, "
        f"lot {_lk_lot(d)}, exp {_lk_exp(d)}.\n \n",
        f"Patient resources: {_pick(d, PUBLIC_SITES)}; Medicare {_pick(d, PUBLIC_LINES[:1])}; "
        f"crisis line {d.L('988')}.\n \n",
        f"Home med check {_lk_shift(d)}: {_pick(d, DRUGS[:6])} lot {_lk_lot(d)} (NDC {_lk_ndc(d)}).\n \n",
    ))


def _placed_look(d: _Doc) -> list[str]:
    """The registered look-alikes that actually stand in the unlabelled text of the note."""
    plain = [p for p, cat in d.parts if cat is None]
    labelled = {p for p, cat in d.parts if cat is not None}
    return sorted(s for s in d.look if s not in labelled and any(s in p for p in plain))


def _render(d: _Doc) -> tuple[str, list[tuple[int, int, str]]]:
    out, spans, pos = [], [], 0
    for s, cat in d.parts:
        if cat is not None:
            spans.append((pos, pos + len(s), cat))
        out.append(s)
        pos += len(s)
    return "".join(out), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    note_type, kind, plants, ksel = _schedule(seed, i)
    kinds = DISCHARGE_KINDS if note_type == "discharge" else RADIOLOGY_KINDS
    names = list(kinds)
    fn = kinds[names[int(ksel * len(names)) % len(names)]]
    heavy = kind == "heavy"
    for attempt in range(12):
        r = random.Random(f"holdout34|note|{seed}|{i}|{attempt}")
        d = _Doc(r, plants, heavy, compact=attempt > 0)
        fn(d)
        if heavy:
            d.add("\n" + "".join(r.sample(_HEAVY_BLOCK, r.randint(2, 4))))
        fill = list(_FILLER if note_type == "discharge" else _RAD_FILLER)
        r.shuffle(fill)
        text, _ = _render(d)
        while len(text.encode("utf-8")) < MIN_BYTES + 150 and fill:
            d.insert_at_break([(fill.pop().replace("{doppler}", d.L("Doppler")), None)])
            text, _ = _render(d)
        text, _ = _render(d)
        for _ in range(3):
            if len(_placed_look(d)) >= 3:
                break
            d.insert_at_break([(_lookalike_line(d, note_type), None)])
            text, _ = _render(d)
        _insert_snippets(d)
        if heavy:
            text, _ = _render(d)
            while text.count(MASK) < 12:
                d.add(r.choice(_HEAVY_BLOCK))
                text, _ = _render(d)
        text, spans = _render(d)
        size = len(text.encode("utf-8"))
        if not heavy and text.count(MASK) >= 12:
            continue  # keep "heavily masked" a property of the heavy notes only
        if MIN_BYTES <= size <= MAX_BYTES:
            look = _placed_look(d)
            return LabelledNote(note_type=note_type, text=text, spans=spans), look, kind
    raise RuntimeError(f"holdout34: could not fit note {i} (seed {seed}) in {MIN_BYTES}-{MAX_BYTES} bytes")


def holdout34_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout34_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout34_note(seed, i) for i in range(n)]


def doc_kind(seed: int, i: int) -> str:
    """The document kind of note i (for the tests and the report)."""
    note_type, _, _, ksel = _schedule(seed, i)
    names = list(DISCHARGE_KINDS if note_type == "discharge" else RADIOLOGY_KINDS)
    return names[int(ksel * len(names)) % len(names)]


def main(argv: list[str] | None = None) -> None:
    from lqs_clinical.synth.holdout_measure import measure, report

    args, notes, hits, res = measure(
        holdout34_corpus, argv,
        "Held-out corpus 34 (blind): interventional radiology, vascular surgery and wound care notes.")
    report("holdout34", args, notes, hits, res)


if __name__ == "__main__":
    main()
