"""Held-out corpus 25: nephrology, dialysis and the cardiology device clinic (written blind).

MIMIC-IV-Note-shaped notes (``discharge`` and ``radiology``, about half each) in which identifiers
are normally masked as ``___`` and dates are shifted into 2100-2200.  The discharge-type notes imitate
outpatient hemodialysis transfer/return sheets, transplant-nephrology follow-up letters, home-dialysis
and home-infusion supply order forms, pacemaker/ICD/LVAD device-clinic interrogation reports and
cath-lab/EP procedure reports; the radiology-type notes are echocardiograms, cardiac MRI, cardiac and
coronary CT, vascular-access duplex studies and native/transplant renal ultrasound.

In about 55-60% of the notes de-identification "failed" for one to four identifier lines: the invented
value is left in the text and labelled (start, end, category) with the span of the identifying value
only (cue words, titles and state abbreviations stay outside).  About 5% of the notes are heavily masked
and carry no plants.  Every note is full of look-alikes that are never labelled: generator and lead
model numbers, firmware and software versions (some dotted like IP addresses), dialyzer and scanner
models, lot numbers, reagent/device expiry dates with real years, GTIN-only UDIs, CPT/ICD-10/HCPCS/NDC
codes, catalogue (REF) numbers, employer group numbers, public-organisation hotlines and web sites,
eponyms (Brescia-Cimino, Tenckhoff, Swan-Ganz, Judkins, Simpson, Parkinson, Foley, ...), chair, bed and
station numbers, ratios (BP 132/78, Kt/V), ages under 90, bare years, durations and shifted dates.

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first ~40 lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the two
``/work/shared/reference`` files, the masked sample notes in ``/work/shared/data/note-shaped-samples``
and ``pyproject.toml``; nothing of the detector, its rules, its tests or other held-out corpora.
All names, places, facilities and numbers are invented surrogates (towns are real place names).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Piece = str | tuple[str, str]

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; towns are real places used as surrogates)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Adaeze", "Tomasz", "Ingrid", "Rafael", "Yuki", "Samira", "Dmitri", "Leilani", "Obinna", "Marisol",
    "Henrik", "Priyanka", "Thandiwe", "Mateo", "Aiyana", "Siobhan", "Kwame", "Wen-Li", "Esperanza",
    "Fatoumata", "Giorgos", "Teodora", "Ravindra", "Lusine", "Hamid", "Bronagh", "Mehmet", "Anneliese",
    "Jun-ho", "Precious", "Ximena", "Oksana", "Keahi", "Zainab", "Cormac", "Noor", "Bao", "Ilse", "Darnell",
    "Wilhelmina", "Emeka", "Solveig", "Ignacio", "Mariam",
)
_LAST = (
    "Okonkwo", "Nakashima", "Villanueva", "Kowalczyk", "Haddad", "Lindqvist", "Ferreira", "Abernathy",
    "Thistlewood", "Oyelaran", "Szabo", "Rahimi", "Delacroix", "Mbatha", "Quispe", "Castellanos",
    "O'Halloran", "Petrossian", "Yilmaz", "Achterberg", "Wojcik", "Bhattacharya", "Iwasaki", "Ramaswamy",
    "Kallio", "Dube", "Asante", "Fonoti", "Kealoha", "Begay", "Rosenwald", "MacAuley", "Papadakis",
    "Sorensen", "Nwachukwu", "Trinh", "Grabowski", "Alvarenga", "Okafor-Lindgren", "Espinoza", "Hadjiev",
    "Dlamini", "Cardenas", "Vanterpool",
)
_US_TOWNS = (
    ("Chicopee", "MA"), ("Pawtucket", "RI"), ("Woonsocket", "RI"), ("Leominster", "MA"), ("Nashua", "NH"),
    ("Keene", "NH"), ("Bangor", "ME"), ("Kalamazoo", "MI"), ("Muncie", "IN"), ("Bozeman", "MT"),
    ("Yakima", "WA"), ("Las Cruces", "NM"), ("Paducah", "KY"), ("Hattiesburg", "MS"), ("Beaufort", "SC"),
    ("Flagstaff", "AZ"), ("Mankato", "MN"), ("Eau Claire", "WI"), ("Poughkeepsie", "NY"), ("Altoona", "PA"),
    ("Brockton", "MA"), ("Fall River", "MA"), ("Methuen", "MA"), ("Lewiston", "ME"), ("Rutland", "VT"),
    ("Torrington", "CT"), ("Taunton", "MA"), ("Fitchburg", "MA"),
)
_FOREIGN = (
    "Ponce", "Mayaguez", "Porto", "Krakow", "Cebu City", "Enugu", "Kumasi", "Cuenca", "Izmir", "Gyumri",
    "Hai Phong", "Oaxaca", "Valparaiso", "Tromso", "Praia", "Jacmel", "Lviv", "Sylhet",
)
_NEIGHBOURHOODS = ("Dorchester", "Mattapan", "Jamaica Plain", "East Boston", "Hyde Park", "Roslindale")
_DIALYSIS_UNITS = (
    "Tamarack Kidney Center", "Quarry Hill Dialysis", "Bellwether Renal Care - Eastgate", "Millbrook Dialysis Unit",
    "Kestrel Ridge Dialysis", "Pinecrest Home Dialysis Training Center", "Wachusett Valley Dialysis",
)
_HOSPITALS = (
    "St. Brendan's Regional Hospital", "Hollis Valley Medical Center", "Merrimack Ridge Hospital",
    "Greylock Memorial Hospital", "Ashgrove Community Hospital", "Larchmont Transplant Institute",
    "Cobbett Heart and Vascular Institute",
)
_SUPPLIERS = ("Larkspur Home Infusion", "Northgate Renal Supply", "Cobblestone Medical Supply",
              "Hanover Street Pharmacy")
_PRACTICES = ("Fenwick Cardiology Associates", "Riverbend Nephrology Group", "Old Colony Heart Rhythm Practice")
_EMPLOYERS = (
    "Ridgeway Bus Lines", "Coastal Paperboard Mill", "Brightwater Elementary School", "Lantern Bakery",
    "St. Casimir Parish", "Mount Zion AME Church",
)
_OTHER_FAC = ("Maple Terrace Rehabilitation", "Harborlight Nursing Center", "Cardinal Point Wheelchair Transport")
_STREETS = (
    "Quarry", "Wachusett", "Pleasant Hill", "Old Colony", "Mulberry", "Tremont", "Hillside", "Cedar Swamp",
    "Birchwood", "Canal", "Fenwick", "Lantern", "Orchard Crest", "Highland", "Granite", "Mystic Valley", "Alder",
    "Riverbend", "Tupelo", "Wampanoag",
)
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Lane", "Terrace", "Drive", "Court", "Way", "Blvd", "Place")
_RELATIONS = ("daughter", "son", "wife", "husband", "sister", "brother", "niece", "partner", "neighbor", "friend")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_AGE_WORDS = {
    90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
    96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "one hundred",
    101: "one hundred one", 102: "one hundred two",
}
_AREA = ("413", "508", "774", "978", "351", "603", "207", "802", "860", "401", "269", "765", "406", "509", "575",
         "270", "601", "843", "928", "507", "715", "845", "814")

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    form = r.random()
    if form < 0.45:
        return f"{f} {last}"
    if form < 0.6:
        return f"{last}, {f}"
    if form < 0.75:
        return f"{f[0]}. {last}"
    if form < 0.88:
        return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{f[0]}.{r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"


def _doctor(r: random.Random) -> str:
    """Name after "Dr." (the title itself is never part of the span)."""
    form = r.random()
    last = r.choice(_LAST)
    if form < 0.5:
        return last
    if form < 0.8:
        return f"{r.choice(_FIRST)} {last}"
    return f"{r.choice(_FIRST)[0]}. {last}"


def _phone(r: random.Random) -> str:
    a, x, n = r.choice(_AREA), f"{r.randint(2, 9)}{_digits(r, 2)}", _digits(r, 4)
    if x[1:] == "55":
        x = x[0] + "47"
    return r.choice((f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}", f"{a}/{x}-{n}"))


def _pager(r: random.Random) -> str:
    if r.random() < 0.45:
        return f"{r.randint(2, 9)}{_digits(r, 4)}"
    if r.random() < 0.5:
        return f"{r.randint(2, 9)}-{_digits(r, 4)}"
    return _phone(r)


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "verizon.net"))
    form = r.randint(0, 3)
    if form == 0:
        return f"{f}.{last}{r.randint(40, 99)}@{dom}"
    if form == 1:
        return f"{f[0]}{last}@{dom}"
    if form == 2:
        return f"{last}.{f}@{dom}"
    return f"{f[0]}{last}@{r.choice(('tamarackkidney.org', 'quarryhilldialysis.com', 'larkspurinfusion.com'))}"


def _url(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    return r.choice((
        f"https://www.caringbridge.org/visit/{f}{last}",
        f"https://portal.tamarackkidney.org/patient/{_digits(r, 6)}",
        f"https://mychart.hollisvalleymc.org/MyChart/Visit/{_digits(r, 8)}",
        f"https://remote.fenwickcardiology.com/pt/{last}-{_digits(r, 4)}",
        f"www.gofundme.com/f/kidney-for-{f}-{last}",
        f"https://share.cobbettheart.org/img/{r.choice('ABCDEFGHK')}{_digits(r, 7)}",
    ))


def _ip(r: random.Random) -> str:
    first = r.choice((24, 50, 64, 67, 71, 73, 98, 108, 174, 184, 192, 10))
    if first == 192:
        return f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}"
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(1, 665)
    a = 667 if a == 666 else a
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_digits(r, 7), f"00{_digits(r, 6)}", f"{r.choice(('TK', 'QH', 'BRC'))}-{_digits(r, 5)}",
                     f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}", _digits(r, 8)))


def _account(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 3)}-{_digits(r, 4)}-{r.randint(0, 9)}", f"{r.choice('123456789')}{_digits(r, 9)}",
                     f"ECH{r.randint(10, 29)}-{_digits(r, 6)}", f"R{_digits(r, 7)}", f"SO-{_digits(r, 6)}",
                     f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}", f"A{_digits(r, 8)}"))


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    v = (f"{r.randint(1, 9)}{r.choice(letters)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(letters)}{r.choice(an)}"
         f"{r.randint(0, 9)}-{r.choice(letters)}{r.choice(letters)}{r.randint(0, 9)}{r.randint(0, 9)}")
    return v if r.random() < 0.6 else v.replace("-", "")


def _health_plan(r: random.Random) -> str:
    return r.choice((_mbi(r), f"W{_digits(r, 9)}", f"XQJ{_digits(r, 9)}", f"{_digits(r, 9)}A",
                     f"MH{_digits(r, 10)}", f"ZGP{_digits(r, 6)}0{r.randint(1, 4)}"))


def _license(r: random.Random) -> tuple[str, str]:
    """(cue, value) for a person's licence-type number."""
    kind = r.randint(0, 4)
    if kind == 0:
        return "NPI", f"{r.choice('12')}{_digits(r, 9)}"
    if kind == 1:
        return "DEA", f"{r.choice('ABFM')}{r.choice('BDHKMRSTW')}{_digits(r, 7)}"
    if kind == 2:
        return "RN license no.", f"RN{_digits(r, 6)}"
    if kind == 3:
        return "driver's license", r.choice((f"S{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 4)}",
                                             f"D{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}"))
    return "MA medical license", _digits(r, 6)


def _zip(r: random.Random) -> str:
    z = f"{r.choice(('01', '02', '03', '04', '05', '06', '49', '47', '59', '98', '88', '42', '39'))}{_digits(r, 3)}"
    return f"{z}-{_digits(r, 4)}" if r.random() < 0.25 else z


def _street(r: random.Random) -> str:
    s = f"{r.randint(3, 1899)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    u = r.random()
    if u < 0.15:
        s += f", Apt {r.randint(1, 6)}{r.choice('ABCD')}"
    elif u < 0.25:
        s += f" Unit {r.randint(2, 40)}"
    return s


def _town(r: random.Random) -> tuple[str, str]:
    return r.choice(_US_TOWNS)


def _real_date(r: random.Random, lo: int, hi: int) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    form = r.randint(0, 6)
    if form == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if form == 1:
        return f"{m}/{d}/{y}"
    if form == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if form == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if form == 4:
        return f"{d} {_MONTHS[m - 1][:3]} {y}"
    if form == 5:
        return f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
    return f"{_MONTHS[m - 1]} {y}"


def _shifted(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{d} {_MONTHS[m - 1][:3]} {y}"))


def _age90(r: random.Random) -> str:
    a = r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102))
    return _AGE_WORDS[a] if r.random() < 0.2 else str(a)


def _serial(r: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice((
        f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 6)}{r.choice('SHGR')}",
        f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 6)}",
        _digits(r, 8),
        f"{_digits(r, 6)}{r.choice(up)}{r.choice(up)}",
        f"{r.choice(up)}{_digits(r, 7)}",
    ))


def _udi_serial(r: random.Random) -> str:
    return f"(01)00{_digits(r, 12)}(17){r.randint(25, 31)}{r.randint(1, 12):02d}28(21){_serial(r)}"


def _udi_noserial(r: random.Random) -> str:
    lot = f"{r.choice('KLMNPR')}{_digits(r, 4)}"
    return f"(01)00{_digits(r, 12)}(17){r.randint(25, 31)}{r.randint(1, 12):02d}28(10){lot}"


def _vehicle(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.35:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "VIN", r.choice("1245JKW") + "".join(r.choice(chars) for _ in range(16))
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    return "plate", r.choice((f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 3)}",
                              f"{_digits(r, 3)} {r.choice(up)}{r.choice(up)}{r.randint(1, 9)}",
                              f"{r.choice(up)}{r.choice(up)}{r.choice(up)}-{_digits(r, 4)}",
                              f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}-{_digits(r, 3)}"))


# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_GENERATORS = (
    "Medtronic Azure XT DR MRI (model W1DR01)", "Abbott Assurity MRI (model PM2272)",
    "Boston Scientific Accolade MRI (model L331)", "Biotronik Edora 8 DR-T", "Medtronic Cobalt XT VR (DVPA2D4)",
    "Boston Scientific Resonate X4 CRT-D (G447)", "Abbott Gallant HF CRT-D (CDHFA500Q)",
    "Medtronic Evera MRI XT DR (DDMB2D4)",
)
_LEADS = (
    "Medtronic CapSureFix Novus 5076-52 cm", "Medtronic CapSureFix Novus 5076-58 cm",
    "Boston Scientific Reliance 4-Front 0693", "Abbott Tendril STS 2088TC/52", "Medtronic Attain Performa 4298-88",
    "Biotronik Solia S 53", "Medtronic Sprint Quattro Secure 6947-65",
)
_TRANSMITTERS = ("MyCareLink Smart monitor (model 25000)", "LATITUDE Communicator (model 6290)",
                 "Merlin@home transmitter (EX1150)", "CardioMessenger Smart")
_SCANNERS_MR = ("Siemens MAGNETOM Sola 1.5T", "GE SIGNA Artist 1.5T", "Philips Ingenia 1.5T",
                "Siemens MAGNETOM Vida 3T")
_SCANNERS_CT = ("Siemens SOMATOM Force", "GE Revolution Apex", "Canon Aquilion ONE PRISM")
_ECHO_US = ("Philips EPIQ CVx", "GE Vivid E95", "Siemens ACUSON SC2000", "Canon Aplio i800", "GE LOGIQ E10")
_DIALYZERS = ("Optiflux F180NR", "Revaclear 300", "Optiflux F200NR", "Elisio 21H")
_HOTLINES = (
    "Poison Control 1-800-222-1222", "Medicare 1-800-MEDICARE (1-800-633-4227)",
    "NKF Cares patient line 855-653-2273", "the 988 Suicide & Crisis Lifeline",
    "FDA MedWatch 1-800-332-1088", "UNOS patient services line 888-894-6361",
)
_PUBLIC_URLS = ("www.kidney.org", "transplantliving.org", "medlineplus.gov", "www.medicare.gov/care-compare",
                "www.heart.org", "www.fda.gov/medwatch")
_INSURERS = ("Medicare Part B", "MassHealth Standard", "Tufts Health Plan", "BCBS PPO", "Harvard Pilgrim", "Aetna")
_EPONYM_LINES = (
    "Left radiocephalic (Brescia-Cimino) fistula created, later revised to an upper-arm brachiocephalic fistula.",
    "History of Tenckhoff catheter for peritoneal dialysis, removed after an episode of peritonitis.",
    "Swan-Ganz catheter placed for tailored therapy; Foley catheter removed on day 2.",
    "Background Parkinson disease on carbidopa-levodopa; no Lewy body features per neurology.",
    "GCS 15 (Glasgow Coma Scale) on arrival; Chvostek and Trousseau signs negative despite low calcium.",
    "Remote Whipple procedure for ampullary adenoma; remote SAH, Hunt and Hess grade 2, coiled.",
    "Kussmaul respirations on arrival, resolved with correction of acidosis.",
    "Mobitz I (Wenckebach) block at night on Holter, asymptomatic.",
    "eGFR by CKD-EPI 2021 equation; Cockcroft-Gault CrCl used for drug dosing.",
    "Allen test normal on the right before radial access; Seldinger technique used for all access.",
)
_CODES = ("CPT 93306", "CPT 93280", "CPT 93295", "CPT 36901", "CPT 90935", "CPT 93458", "CPT 75574",
          "ICD-10 N18.6", "ICD-10 Z99.2", "ICD-10 Z94.0", "ICD-10 I50.22", "ICD-10 Z95.810", "HCPCS A4690",
          "HCPCS E1639", "HCPCS J0882")
_NDC = ("NDC 0409-4888-02", "NDC 55513-126-01", "NDC 0338-0049-04", "NDC 63323-540-31", "NDC 0469-0617-73")


def _lot(r: random.Random) -> str:
    return r.choice((f"Lot {r.randint(20, 26)}{r.choice('ABCDK')}{_digits(r, 3)}",
                     f"lot# {r.choice('KLMN')}{_digits(r, 4)}-0{r.randint(1, 9)}",
                     f"LOT {_digits(r, 6)}"))


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    return r.choice((f"Exp {y}-{m:02d}-{r.randint(1, 28):02d}", f"exp. {m:02d}/{y}", f"Expiry {_MONTHS[m - 1][:3]} {y}",
                     f"use by {y}-{m:02d}"))


def _firmware(r: random.Random) -> str:
    return r.choice((f"firmware {r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}",
                     f"programmer software v{r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                     f"app build {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}.{r.randint(1, 99)}",
                     f"software version {r.randint(10, 30)}.{r.randint(0, 9)}.{r.randint(0, 99)}."
                     f"{r.randint(100, 999)}"))


def _bp(r: random.Random) -> str:
    return f"{r.randint(96, 178)}/{r.randint(52, 96)}"


def _age_young(r: random.Random, z: dict | None = None) -> str:
    """An age under 90 for the layout's own narrative, masked when an over-89 age line is in the note."""
    if z is not None and z.get("flags") == [["age"]]:
        return "___"
    return str(r.randint(24, 88))


# --------------------------------------------------------------------------------------------------
# Building text with spans
# --------------------------------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def add(self, *pieces: Piece) -> None:
        for p in pieces:
            if isinstance(p, tuple):
                value, cat = p
                self.spans.append((self.pos, self.pos + len(value), cat))
                self.parts.append(value)
                self.pos += len(value)
            else:
                self.parts.append(p)
                self.pos += len(p)

    def line(self, *pieces: Piece) -> None:
        self.add(*pieces, "\n")

    def text(self) -> str:
        return "".join(self.parts)


class _Leak:
    """Decides, inside one snippet, whether a value is left in the text (labelled) or masked."""

    def __init__(self, r: random.Random, primary: str | None) -> None:
        self.r, self.primary = r, primary

    def __call__(self, cat: str, value: str) -> Piece:
        if self.primary is None:
            return "___"
        if cat == self.primary or self.r.random() < 0.45:
            return (value, cat)
        return "___"


Snippet = Callable[[random.Random, _Leak], list[Piece]]


def _dr(r: random.Random, x: _Leak) -> list[Piece]:
    return [r.choice(("Dr. ", "Dr ")), x("PERSON", _doctor(r))]


# Each snippet: (zone, note types, function).  Zones: "adm" (header/administrative block), "hx" (narrative),
# "end" (contacts, sign-off).  The same snippets are rendered masked in notes without plants.
_SNIPPETS: dict[str, list[tuple[str, str, Snippet]]] = {
    "PHONE": [
        ("end", "D", lambda r, x: ["Transplant coordinator ", x("PERSON", _person(r)), ", RN - direct line ",
                                   x("PHONE", _phone(r)), " (weekdays 8-4)."]),
        ("end", "D", lambda r, x: ["Emergency contact: ", r.choice(_RELATIONS), " ", x("PERSON", _person(r)),
                                   ", home ", x("PHONE", _phone(r))]),
        ("adm", "D", lambda r, x: ["Patient phone (cell): ", x("PHONE", _phone(r)), "     Alt: ___"]),
        ("hx", "D", lambda r, x: ["Chair changes go through the charge nurse at ",
                                  x("ORGANIZATION", r.choice(_DIALYSIS_UNITS)),
                                  ", ", x("PHONE", _phone(r)),
                                  "; the unit does not accept walk-in make-up runs."]),
        ("end", "R", lambda r, x: ["Critical finding called to ", *_dr(r, x), " at ", x("PHONE", _phone(r)),
                                   f" at {r.randint(7, 18):02d}:{r.randint(0, 59):02d} by the reading physician, "
                                   "read-back "
                                   "confirmed."]),
        ("adm", "R", lambda r, x: ["Patient callback number: ", x("PHONE", _phone(r))]),
    ],
    "FAX": [
        ("end", "D", lambda r, x: ["Please fax updated standing orders to ",
                                   x("ORGANIZATION", r.choice(_DIALYSIS_UNITS)),
                                   " at ", x("FAX", _phone(r)), " (attn: nephrology)."]),
        ("adm", "D", lambda r, x: ["Referring office fax: ", x("FAX", _phone(r)), "   Tel: ___"]),
        ("end", "D", lambda r, x: ["Signed order form returned by fax to ", x("FAX", _phone(r)), "."]),
        ("end", "R", lambda r, x: ["Copy of report faxed to the outside cardiologist, fax no. ",
                                   x("FAX", _phone(r)), "."]),
        ("adm", "R", lambda r, x: ["Results to: ", *_dr(r, x), "   Fax ", x("FAX", _phone(r))]),
    ],
    "PAGER": [
        ("end", "D", lambda r, x: ["EP fellow on call: ", *_dr(r, x), ", pager ", x("PAGER", _pager(r))]),
        ("hx", "D", lambda r, x: ["Device nurse paged (#", x("PAGER", _pager(r)),
                                  ") for the alert; magnet response confirmed."]),
        ("end", "D", lambda r, x: ["Renal fellow: ", x("PERSON", _person(r)), ", MD  beeper ",
                                   x("PAGER", _pager(r))]),
        ("end", "R", lambda r, x: ["Preliminary read discussed with the covering fellow (pgr ",
                                   x("PAGER", _pager(r)), ")."]),
    ],
    "EMAIL": [
        ("end", "D", lambda r, x: ["Patient prefers e-mail for remote-monitoring alerts: ", x("EMAIL", _email(r))]),
        ("end", "D", lambda r, x: [r.choice(_RELATIONS).capitalize(), " (", x("PERSON", _person(r)),
                                   ") asks for copies of supply invoices at ", x("EMAIL", _email(r)), "."]),
        ("adm", "D", lambda r, x: ["Coordinator e-mail: ", x("EMAIL", _email(r))]),
        ("end", "R", lambda r, x: ["Report requested to be e-mailed to the referring NP at ",
                                   x("EMAIL", _email(r)), "."]),
    ],
    "URL": [
        ("end", "D", lambda r, x: ["Remote monitoring enrolled; patient-specific portal: ", x("URL", _url(r))]),
        ("hx", "D", lambda r, x: ["Family posts updates on a personal page (", x("URL", _url(r)),
                                  "); patient is aware."]),
        ("end", "R", lambda r, x: ["Images shared with the outside transplant center via ", x("URL", _url(r))]),
        ("adm", "R", lambda r, x: ["Outside images retrieved from patient link ", x("URL", _url(r))]),
    ],
    "IP_ADDRESS": [
        ("hx", "D", lambda r, x: [f"Transmitter last connected {_shifted(r)} from IP ", x("IP_ADDRESS", _ip(r)),
                                  "; no missed transmissions since."]),
        ("end", "D", lambda r, x: ["Home cycler telemetry gateway ", x("IP_ADDRESS", _ip(r)),
                                   " (patient's home network) reporting intermittently - technician to call."]),
        ("adm", "R", lambda r, x: ["Outside study received via patient upload, source address ",
                                   x("IP_ADDRESS", _ip(r))]),
        ("adm", "D", lambda r, x: ["Remote session host: ", x("IP_ADDRESS", _ip(r)), "  (", _firmware(r), ")"]),
    ],
    "SSN": [
        ("adm", "D", lambda r, x: ["SSN: ", x("SSN", _ssn(r)), "     Medicare #: ___"]),
        ("end", "D", lambda r, x: ["CMS-2728 / registry form completed; SSN ", x("SSN", _ssn(r)),
                                   " verified with the patient."]),
        ("adm", "R", lambda r, x: ["Identity verified (name, DOB ", x("DATE_REAL_YEAR", _real_date(r, 1926, 1980)),
                                   ", SS# ", x("SSN", _ssn(r)), ")."]),
    ],
    "MRN": [
        ("adm", "D", lambda r, x: ["Unit No: ", x("MRN", _mrn(r))]),
        ("hx", "D", lambda r, x: ["Patient ID at ", x("ORGANIZATION", r.choice(_DIALYSIS_UNITS)), ": ",
                                  x("MRN", _mrn(r)), " (per their face sheet)."]),
        ("adm", "R", lambda r, x: ["MRN: ", x("MRN", _mrn(r)), "     DOB: ",
                                   x("DATE_REAL_YEAR", _real_date(r, 1926, 1980))]),
        ("hx", "R", lambda r, x: ["Outside study filed under their medical record # ", x("MRN", _mrn(r)), "."]),
    ],
    "ACCOUNT": [
        ("adm", "D", lambda r, x: ["Supplier account no.: ", x("ACCOUNT", _account(r)), " (",
                                   x("ORGANIZATION", r.choice(_SUPPLIERS)), ")"]),
        ("adm", "D", lambda r, x: ["Order #: ", x("ACCOUNT", _account(r)), "   (", r.choice(_CODES), ")"]),
        ("hx", "D", lambda r, x: ["BK virus PCR sent, specimen ID ", x("ACCOUNT", _account(r)), "."]),
        ("adm", "D", lambda r, x: ["Encounter/FIN: ", x("ACCOUNT", _account(r))]),
        ("adm", "R", lambda r, x: ["Accession: ", x("ACCOUNT", _account(r))]),
        ("adm", "R", lambda r, x: ["Requisition #", x("ACCOUNT", _account(r)), "   ", r.choice(_CODES)]),
    ],
    "HEALTH_PLAN": [
        ("adm", "D", lambda r, x: ["Primary insurance: Medicare Part B, MBI ", x("HEALTH_PLAN", _mbi(r)),
                                   "; secondary ", r.choice(_INSURERS), " ID ___"]),
        ("adm", "D", lambda r, x: [f"{r.choice(_INSURERS)} member ID ", x("HEALTH_PLAN", _health_plan(r)),
                                   f"   Group no. {_digits(r, 6)}"]),
        ("adm", "R", lambda r, x: [f"Insurance: {r.choice(_INSURERS)}  Subscriber # ",
                                   x("HEALTH_PLAN", _health_plan(r))]),
        ("hx", "D", lambda r, x: ["Prior authorization for the cycler obtained under policy no. ",
                                  x("HEALTH_PLAN", _health_plan(r)),
                                  f" (employer group {_digits(r, 5)}-{_digits(r, 2)})."]),
    ],
    "LICENSE": [
        ("end", "D", lambda r, x: ["Ordering physician: ", *_dr(r, x), ", NPI ",
                                   x("LICENSE", f"{r.choice('12')}{_digits(r, 9)}")]),
        ("end", "D", lambda r, x: (lambda c, v: ["Prescriber ", c, " ", x("LICENSE", v)])(*_license(r))),
        ("end", "D", lambda r, x: ["Delivery signed for by patient; ID checked, driver's license ",
                                   x("LICENSE", f"S{_digits(r, 8)}"), "."]),
        ("end", "R", lambda r, x: ["Interpreting physician NPI: ", x("LICENSE", f"{r.choice('12')}{_digits(r, 9)}")]),
        ("end", "D", lambda r, x: ["Home infusion RN ", x("PERSON", _person(r)), " (",
                                   x("ORGANIZATION", r.choice(_SUPPLIERS[:1])), "), license ",
                                   x("LICENSE", f"RN{_digits(r, 6)}"), ", will visit weekly."]),
    ],
    "ZIP": [
        ("adm", "D", lambda r, x: ["Delivery ZIP: ", x("ZIP", _zip(r)), "   (courier zone ",
                                   f"{r.randint(1, 9)})"]),
        ("hx", "D", lambda r, x: ["Transport company only covers his home ZIP code ", x("ZIP", _zip(r)),
                                  ", so the afternoon shift is not possible."]),
        ("adm", "R", lambda r, x: ["Home: ___, ___ ", r.choice(_US_TOWNS)[1], " ", x("ZIP", _zip(r))]),
    ],
    "STREET_ADDRESS": [
        ("adm", "D", lambda r, x: (lambda t: ["Ship to: ", x("STREET_ADDRESS", _street(r)), ", ",
                                              x("LOCATION", t[0]), ", ", t[1], " ", x("ZIP", _zip(r))])(_town(r))),
        ("hx", "D", lambda r, x: ["Lives with ", r.choice(_RELATIONS), " at ", x("STREET_ADDRESS", _street(r)),
                                  " in ", x("LOCATION", _town(r)[0]), "; ", str(r.randint(2, 14)),
                                  " steps to enter, no elevator."]),
        ("adm", "R", lambda r, x: (lambda t: ["Patient address: ", x("STREET_ADDRESS", _street(r)), ", ",
                                              x("LOCATION", t[0]), " ", t[1]])(_town(r))),
    ],
    "DATE_REAL_YEAR": [
        ("adm", "D", lambda r, x: ["Date of Birth: ", x("DATE_REAL_YEAR", _real_date(r, 1926, 1978)),
                                   "     Sex: ", r.choice("MF")]),
        ("hx", "D", lambda r, x: ["Deceased-donor kidney transplant on ",
                                  x("DATE_REAL_YEAR", _real_date(r, 1996, 2022)),
                                  " at ", x("ORGANIZATION", r.choice(_HOSPITALS)), ", thymoglobulin induction."]),
        ("hx", "D", lambda r, x: ["Initial device implant ", x("DATE_REAL_YEAR", _real_date(r, 2004, 2023)),
                                  f"; generator change {_shifted(r)} for ERI."]),
        ("hx", "D", lambda r, x: ["First hemodialysis ", x("DATE_REAL_YEAR", _real_date(r, 2005, 2023)),
                                  " via a right IJ tunneled catheter."]),
        ("hx", "D", lambda r, x: ["Her ", r.choice(("husband", "brother", "mother")), " (her donor) died on ",
                                  x("DATE_REAL_YEAR", _real_date(r, 2008, 2023)), "."]),
        ("hx", "R", lambda r, x: ["COMPARISON: Outside study dated ", x("DATE_REAL_YEAR", _real_date(r, 2010, 2024)),
                                  " from ", x("ORGANIZATION", r.choice(_HOSPITALS)), f"; prior here {_shifted(r)}."]),
        ("adm", "R", lambda r, x: ["DOB: ", x("DATE_REAL_YEAR", _real_date(r, 1928, 1980))]),
    ],
    "AGE_OVER_89": [
        ("hx", "D", lambda r, x: ["This is a ", x("AGE_OVER_89", _age90(r)), "-year-old ", r.choice(("man", "woman")),
                                  " with ESRD on HD MWF who presents for routine follow-up."]),
        ("adm", "D", lambda r, x: ["Age: ", x("AGE_OVER_89", _age90(r)), "     Sex: ", r.choice("MF"),
                                   "     DOB: ", x("DATE_REAL_YEAR", _real_date(r, 1922, 1934))]),
        ("hx", "D", lambda r, x: ["At ", x("AGE_OVER_89", _age90(r)), " she declines further transplant evaluation; "
                                  "goals of care reviewed."]),
        ("hx", "R", lambda r, x: ["CLINICAL HISTORY: ", x("AGE_OVER_89", _age90(r)), " y/o with ",
                                  r.choice(("dyspnea and edema", "new murmur", "rising creatinine",
                                            "fistula not maturing")),
                                  "."]),
    ],
    "DEVICE_ID": [
        ("hx", "D", lambda r, x: ["Generator serial: ", x("DEVICE_ID", _serial(r)), f"   ({r.choice(_GENERATORS)}), "
                                  "implanted ", x("DATE_REAL_YEAR", _real_date(r, 2008, 2024))]),
        ("hx", "D", lambda r, x: ["RV lead serial ", x("DEVICE_ID", _serial(r)), f", model {r.choice(_LEADS)}."]),
        ("end", "D", lambda r, x: [f"Remote transmitter {r.choice(_TRANSMITTERS)}, SN ", x("DEVICE_ID", _serial(r)),
                                   "; paired and transmitting."]),
        ("hx", "D", lambda r, x: ["Implant log UDI ", x("DEVICE_ID", _udi_serial(r)), " scanned into the record."]),
        ("hx", "D", lambda r, x: ["Home HD machine (NxStage System One) serial ", x("DEVICE_ID", _serial(r)),
                                  f", {_firmware(r)}."]),
        ("hx", "R", lambda r, x: [f"MR-conditional system {r.choice(_GENERATORS)}, SN ", x("DEVICE_ID", _serial(r)),
                                  ", programmed to MRI SureScan mode before imaging."]),
        ("hx", "R", lambda r, x: ["HeartMate 3 LVAD, pump serial ", x("DEVICE_ID", _serial(r)), ", implanted ",
                                  x("DATE_REAL_YEAR", _real_date(r, 2016, 2024)), " at ",
                                  x("ORGANIZATION", r.choice(_HOSPITALS)), ", in place."]),
    ],
    "VEHICLE_ID": [
        ("hx", "D", lambda r, x: (lambda c, v: [f"Transportation: drives self ({c} ", x("VEHICLE_ID", v),
                                                "); handicap parking pass at the unit."])(*_vehicle(r))),
        ("hx", "D", lambda r, x: (lambda c, v: ["Post-ICD driving restriction reviewed; DMV medical form lists ",
                                                "vehicle ", c, " ", x("VEHICLE_ID", v), "."])(*_vehicle(r))),
        ("end", "D", lambda r, x: (lambda c, v: [r.choice(_RELATIONS).capitalize(), " drives him to HD, ", c, " ",
                                                 x("VEHICLE_ID", v), "."])(*_vehicle(r))),
        ("hx", "R", lambda r, x: (lambda c, v: ["CLINICAL HISTORY: restrained driver in MVC; EMS sheet lists ", c, " ",
                                                x("VEHICLE_ID", v), ". Chest pain, eval for tamponade."]
                                  )(*_vehicle(r))),
    ],
    "PERSON": [
        ("adm", "D", lambda r, x: ["Name: ", x("PERSON", _person(r)), "     DOB: ",
                                   x("DATE_REAL_YEAR", _real_date(r, 1926, 1980))]),
        ("adm", "D", lambda r, x: ["Attending nephrologist: ", *_dr(r, x)]),
        ("adm", "D", lambda r, x: ["Charge RN: ", x("PERSON", _person(r)), "    Social worker: ___"]),
        ("hx", "D", lambda r, x: ["Living-related donor: ", r.choice(("sister", "brother", "cousin", "son")), ", ",
                                  x("PERSON", _person(r)), ", now 6 months post-nephrectomy and well."]),
        ("hx", "D", lambda r, x: [r.choice(("Portuguese", "Haitian Creole", "Vietnamese", "Spanish", "Armenian")),
                                  " interpreter ", x("PERSON", _person(r)), " present for the visit."]),
        ("end", "R", lambda r, x: ["Dictated by: ", x("PERSON", _person(r)), ", MD"]),
        ("end", "R", lambda r, x: ["Sonographer: ", x("PERSON", f"{r.choice(_FIRST)[0]}. {r.choice(_LAST)}"),
                                   ", RDCS"]),
        ("hx", "R", lambda r, x: ["Study requested by ", *_dr(r, x), " for pre-transplant cardiac clearance."]),
    ],
    "LOCATION": [
        ("hx", "D", lambda r, x: ["Was dialyzing at a transient unit in ", x("LOCATION", _town(r)[0]),
                                  " while visiting family; records obtained."]),
        ("hx", "D", lambda r, x: ["Originally from ", x("LOCATION", r.choice(_FOREIGN)),
                                  "; emigrated as a young adult, diabetes since age 30."]),
        ("hx", "D", lambda r, x: ["Lives in ", x("LOCATION", r.choice(_NEIGHBOURHOODS)),
                                  " with her grandson; takes two buses to the unit."]),
        ("hx", "R", lambda r, x: ["Outside CT performed at ", x("ORGANIZATION", r.choice(_HOSPITALS)), " in ",
                                  x("LOCATION", _town(r)[0]), " was reviewed."]),
    ],
    "ORGANIZATION": [
        ("adm", "D", lambda r, x: ["Outpatient dialysis center: ", x("ORGANIZATION", r.choice(_DIALYSIS_UNITS))]),
        ("hx", "D", lambda r, x: ["Works part-time as a dispatcher for ", x("ORGANIZATION", r.choice(_EMPLOYERS)),
                                  " and wants an evening shift."]),
        ("adm", "D", lambda r, x: ["Supplier: ", x("ORGANIZATION", r.choice(_SUPPLIERS))]),
        ("end", "D", lambda r, x: ["Discharged to ", x("ORGANIZATION", r.choice(_OTHER_FAC[:2])),
                                   " for short-term rehab; dialysis to be arranged there."]),
        ("end", "D", lambda r, x: ["Transport: ", x("ORGANIZATION", _OTHER_FAC[2]), ", pick-up 0515 for first shift."]),
        ("hx", "R", lambda r, x: ["COMPARISON: outside echocardiogram from ", x("ORGANIZATION", r.choice(_HOSPITALS)),
                                  " (report only, images unavailable)."]),
        ("end", "R", lambda r, x: ["Results routed to ", x("ORGANIZATION", r.choice(_PRACTICES)), "."]),
    ],
}


# --------------------------------------------------------------------------------------------------
# Clinical filler
# --------------------------------------------------------------------------------------------------


def _labs(r: random.Random) -> str:
    return (f"WBC-{r.uniform(3.5, 13):.1f} Hgb-{r.uniform(7.8, 13.2):.1f} Hct-{r.uniform(24, 40):.1f} "
            f"Plt-{r.randint(90, 390)}\nNa-{r.randint(129, 144)} K-{r.uniform(3.4, 6.1):.1f} "
            f"Cl-{r.randint(94, 108)} HCO3-{r.randint(16, 28)} BUN-{r.randint(22, 98)} "
            f"Creat-{r.uniform(1.1, 9.8):.1f} Glucose-{r.randint(70, 260)}\n"
            f"Ca-{r.uniform(7.6, 10.4):.1f} Phos-{r.uniform(2.8, 7.9):.1f} Mg-{r.uniform(1.6, 2.7):.1f} "
            f"Alb-{r.uniform(2.6, 4.3):.1f} PTH-{r.randint(90, 1100)} Ferritin-{r.randint(120, 1400)} "
            f"TSAT-{r.randint(12, 48)}%\n")


def _vitals(r: random.Random) -> str:
    return (f"T {r.uniform(96.8, 100.4):.1f}  HR {r.randint(52, 118)}  BP {_bp(r)}  RR {r.randint(12, 24)}  "
            f"SpO2 {r.randint(91, 100)}% {r.choice(('RA', '2L NC', 'RA'))}  Wt {r.uniform(48, 132):.1f} kg")


_MEDS = (
    "tacrolimus {a} mg PO BID (goal trough 5-8)", "mycophenolate mofetil 500 mg PO BID", "prednisone 5 mg daily",
    "sevelamer carbonate 800 mg TID with meals", "cinacalcet 30 mg daily", "calcitriol 0.25 mcg three times weekly",
    "epoetin alfa {b} units IV with HD", "iron sucrose 100 mg IV q HD x 10", "heparin 1000 units bolus per run",
    "apixaban 2.5 mg BID", "amiodarone 200 mg daily", "metoprolol succinate 25 mg daily",
    "sacubitril-valsartan 24-26 mg BID", "midodrine 10 mg pre-HD", "valganciclovir 450 mg every other day",
    "trimethoprim-sulfamethoxazole SS daily", "insulin glargine 14 units qHS", "atorvastatin 40 mg daily",
    "renal multivitamin daily", "furosemide 80 mg BID on non-HD days", "cefazolin 2 g IV post-HD x 4 weeks",
)


def _med_list(r: random.Random, n: int) -> list[str]:
    out = []
    for j, m in enumerate(r.sample(_MEDS, n), 1):
        out.append(f"{j}. " + m.format(a=r.choice((1, 2, 3, 4)), b=r.choice((2000, 4000, 6000, 10000))))
    return out


_HD_COURSE = (
    "Admitted with volume overload after missing two treatments; ultrafiltration {uf} L over two sessions.",
    "Hyperkalemia (K {k}) on arrival treated with calcium gluconate, insulin/dextrose and urgent HD.",
    "Tunneled dialysis catheter exchanged over a wire by IR for poor flows; tPA dwell not effective.",
    "Fistulogram showed a {p}% juxta-anastomotic stenosis, treated with 6 mm balloon angioplasty.",
    "Blood cultures from the catheter grew MSSA; catheter removed, line holiday, TEE negative for vegetation.",
    "Intradialytic hypotension to {bp}; dry weight challenged down by 0.5 kg per run as tolerated.",
    "Bath adjusted to 2K/2.5Ca; Kt/V {ktv} and URR {urr}% on the last monthly labs.",
    "Secondary hyperparathyroidism: PTH trending up, cinacalcet started, phosphorus binder reinforced.",
    "Anemia of CKD: ESA dose increased per the unit protocol; no transfusion this admission.",
    "Access: left brachiocephalic AVF, good thrill and bruit, cannulated with 15G needles without difficulty.",
)
_TX_COURSE = (
    "Creatinine stable at {cr} (baseline 1.3-1.5); tacrolimus trough {tac} ng/mL.",
    "No donor-specific antibodies on the most recent panel; BK PCR undetectable.",
    "Biopsy: mild interstitial fibrosis/tubular atrophy, Banff i0 t0 v0, C4d negative.",
    "CMV IgG D+/R-; valganciclovir prophylaxis completes at 6 months.",
    "Urine protein/creatinine ratio {upcr} g/g; losartan continued.",
    "BP at goal on amlodipine; home readings reviewed, average {bp}.",
)
_DEVICE_COURSE = (
    "Battery: {batt} years remaining (longevity estimate), no ERI.",
    "Underlying rhythm sinus at {hr} bpm, AS-VP {vp}% of the time.",
    "One episode of VT at {vt} bpm terminated by ATP (burst, 8 pulses); no shocks delivered.",
    "AF burden {af}% since last check; anticoagulation already in place.",
    "Lead impedances stable; thoracic impedance (OptiVol) below threshold.",
    "Histograms show adequate rate response; no changes made.",
)


def _fmt(r: random.Random, s: str) -> str:
    return s.format(uf=r.randint(3, 9), k=f"{r.uniform(6.0, 7.8):.1f}", p=r.choice((60, 70, 75, 80, 85)), bp=_bp(r),
                    ktv=f"{r.uniform(1.1, 1.8):.2f}", urr=r.randint(62, 78), cr=f"{r.uniform(1.1, 2.2):.2f}",
                    tac=f"{r.uniform(3.5, 11):.1f}", upcr=f"{r.uniform(0.1, 1.9):.2f}", batt=f"{r.uniform(1, 11):.1f}",
                    hr=r.randint(55, 88), vp=r.randint(1, 99), vt=r.randint(170, 230), af=f"{r.uniform(0, 30):.1f}")


def _pick(r: random.Random, pool: tuple[str, ...], n: int) -> list[str]:
    return [_fmt(r, s) for s in r.sample(pool, n)]


_PARAS_D = (
    "Social history: lives with family in a first-floor apartment; former smoker (20 pack-years, quit 2009); no "
    "alcohol. Uses a rollator at home. Fluid restriction 1.5 L/day reviewed with the renal dietitian; phosphorus "
    "and potassium handouts given. Goals of care: full code, health care proxy on file (name masked).",
    "Review of systems: positive for fatigue after treatments, restless legs in the evening, and pruritus; negative "
    "for chest pain, syncope, melena. Denies fevers or rigors on HD. Appetite fair, nPCR {npcr} g/kg/day.",
    "Vaccinations: hepatitis B series complete (Heplisav-B, {lot}), influenza this season, PCV20 given. TB screen "
    "(QuantiFERON) negative. Dental clearance obtained for the transplant list.",
    "Transplant listing: active on the deceased-donor list, cPRA {cpra}%, blood type {abo}. Waiting time counted from "
    "dialysis start. Two potential living donors in work-up; donor advocate assigned (name masked).",
    "Cardiac: NYHA class {nyha}, CHA2DS2-VASc {chads}, HAS-BLED {hasbled}. Echo showed EF {ef}%. Stress test "
    "(regadenoson SPECT) without ischemia. Cardiology recommends continuing beta-blocker; avoid hypotension on HD.",
    "Diet: 2 g sodium, 2 g potassium, 1 g phosphorus, 1.2 g/kg protein. Nepro one can daily on HD days. Weight trend "
    "reviewed over 3 months: stable within 1 kg of EDW. Interdialytic gains {idwg} kg on average.",
    "Labs trend (monthly): Hgb {hgb1} -> {hgb2} g/dL; albumin {alb1} -> {alb2} g/dL; phosphorus {ph1} -> {ph2} "
    "mg/dL; Kt/V {ktv}. Reference lab method: enzymatic creatinine, IDMS-traceable (KDIGO 2012 targets).",
    "Functional status: Karnofsky {kps}%, independent in ADLs, needs help with groceries. PHQ-9 score {phq}; "
    "social worker following for transportation and insurance questions.",
)
_PARAS_R = (
    "PRIOR STUDIES: Prior examination here {sh} and outside report (name of facility masked) reviewed; "
    "images not available for direct side-by-side comparison.",
    "DOSE / SAFETY: Protocol {proto} used. Contrast {contrast}, {lot}, {exp}. eGFR {egfr} mL/min/1.73m2; "
    "nephrology aware, dialysis scheduled after the study. No immediate adverse reaction.",
    "ADDITIONAL FINDINGS: Bilateral small kidneys with cortical thinning. Mild hepatic steatosis. Mitral annular "
    "calcification. No pleural effusion. Vascular calcification of the iliac and femoral arteries, as expected in "
    "ESRD. Dialysis catheter tip at the cavoatrial junction.",
    "RECOMMENDATION: Clinical correlation. If symptoms persist, consider follow-up imaging in 3 months or "
    "invasive evaluation as clinically indicated. Findings will be forwarded to the ordering team per policy.",
    "TECHNICAL NOTE: Images acquired with {scanner}, {fw}. Study billed as {code}. Post-processing on a separate "
    "workstation; 3D reconstructions archived to PACS.",
    "LIMITATIONS: Body habitus and patient motion (unable to lie flat because of orthopnea) limit evaluation. "
    "Arm with the fistula was not used for IV access or blood pressure measurement.",
)


def _fill(r: random.Random, s: str) -> str:
    return s.format(npcr=f"{r.uniform(0.7, 1.3):.2f}", lot=_lot(r), cpra=r.randint(0, 99),
                    abo=r.choice(("O", "A", "B", "AB")),
                    nyha=r.choice(("I", "II", "III")), chads=r.randint(1, 7), hasbled=r.randint(1, 5),
                    ef=r.randint(20, 65), idwg=f"{r.uniform(0.8, 4.2):.1f}", hgb1=f"{r.uniform(8, 12):.1f}",
                    hgb2=f"{r.uniform(8, 12):.1f}", alb1=f"{r.uniform(2.8, 4.2):.1f}",
                    alb2=f"{r.uniform(2.8, 4.2):.1f}",
                    ph1=f"{r.uniform(3, 8):.1f}", ph2=f"{r.uniform(3, 8):.1f}", ktv=f"{r.uniform(1.1, 1.8):.2f}",
                    kps=r.choice((50, 60, 70, 80)), phq=r.randint(0, 18), sh=_shifted(r),
                    proto=r.choice(("CARD-CT-04", "CMR-LGE-STD", "ECHO-COMP-2D", "US-AVF-SURV")),
                    contrast=r.choice(("Omnipaque 350", "gadobutrol (Gadavist)", "Definity")), exp=_expiry(r),
                    egfr=r.randint(5, 29), scanner=r.choice(_SCANNERS_CT + _SCANNERS_MR + _ECHO_US), fw=_firmware(r),
                    code=r.choice(_CODES))


def _paras(r: random.Random, b: _Builder, pool: tuple[str, ...], lo: int, hi: int) -> None:
    if not b.text().endswith("\n\n"):
        b.line("")
    for para in r.sample(pool, r.randint(lo, hi)):
        b.line(_fill(r, para))
        b.line("")


# --------------------------------------------------------------------------------------------------
# Layouts (each takes the snippet pieces per zone and places them in its own spots)
# --------------------------------------------------------------------------------------------------

Zones = dict[str, list[list[Piece]]]


def _emit(b: _Builder, zones: Zones, zone: str) -> None:
    for pieces in zones.get(zone, []):
        b.line(*pieces)


def _hd_transfer(r: random.Random, b: _Builder, z: Zones) -> None:
    b.line("OUTPATIENT HEMODIALYSIS TRANSFER / RETURN SHEET")
    b.line("Name:  ___                  Unit No:   ___")
    b.line(f"Sheet date: {_shifted(r)}     Sending unit: ___     Receiving unit: ___")
    _emit(b, z, "adm")
    b.line("")
    b.line("DIALYSIS PRESCRIPTION")
    b.line(f"  Schedule .......... {r.choice(('MWF', 'TuThSa'))}, {r.choice(('1st', '2nd', '3rd'))} shift, "
           f"chair {r.randint(1, 24)}, on at {r.choice(('0545', '1030', '1415'))}")
    b.line(f"  Time .............. {r.choice(('3h30', '4h00', '3h45', '4h15'))}")
    b.line(f"  Dialyzer .......... {r.choice(_DIALYZERS)}   ({_lot(r)}, {_expiry(r)})")
    b.line(f"  Qb / Qd ........... {r.choice((350, 400, 450))} / {r.choice((500, 600, 800))} mL/min")
    b.line(f"  Bath .............. {r.choice(('2K/2.5Ca', '3K/2.5Ca', '2K/2Ca'))}, Na {r.choice((137, 138, 140))}, "
           f"HCO3 {r.choice((32, 35, 37))}")
    edw = r.uniform(52, 118)
    b.line(f"  EDW ............... {edw:.1f} kg (pre {edw + r.uniform(0.8, 4.5):.1f} / post "
           f"{edw + r.uniform(-0.4, 0.9):.1f} last run)")
    b.line(f"  Heparin ........... {r.choice(('1000 u bolus + 500 u/h', 'none (HIT history)', '2000 u bolus'))}")
    b.line(f"  Machine ........... Fresenius 2008T, station {r.randint(1, 20)}, {_firmware(r)}")
    b.line("")
    b.line("ACCESS HISTORY")
    yrs = sorted(r.sample(range(2004, 2024), 3))
    b.line(f"  {yrs[0]}  left radiocephalic (Brescia-Cimino) AVF - failed to mature")
    tech = r.choice(("2 needles 15G", "buttonhole", "rope-ladder"))
    b.line(f"  {yrs[1]}  left brachiocephalic AVF - current, {tech}")
    b.line(f"  {yrs[2]}  right IJ tunneled catheter (Palindrome) - removed")
    b.line(f"  Last fistulogram {_shifted(r)}: {r.choice(('no stenosis', 'cephalic arch stenosis, PTA 8 mm'))}")
    b.line("")
    b.line("CLINICAL SUMMARY")
    cause = r.choice(("diabetic nephropathy", "IgA (Berger) nephropathy", "ADPKD", "hypertensive nephrosclerosis",
                      "Alport syndrome"))
    b.line(f"{_age_young(r, z)}-year-old with ESRD from {cause}, on HD since {yrs[0]}.")
    b.line(" ".join(_pick(r, _HD_COURSE, 4)))
    _emit(b, z, "hx")
    b.line(r.choice(_EPONYM_LINES))
    b.line("")
    b.line("LAST RUN")
    b.line(f"  Pre {_vitals(r)}")
    b.line(f"  Post BP {_bp(r)}  HR {r.randint(55, 110)}   UF {r.uniform(0.5, 4.5):.1f} L   "
           f"Kt/V {r.uniform(1.1, 1.8):.2f}")
    b.line("")
    b.line("LABS (most recent monthly)")
    b.add(_labs(r))
    b.line("Hep B sAb >10 (immune), HBsAg negative, HCV Ab negative - may dialyze on any station.")
    b.line("")
    b.line("MEDICATIONS GIVEN AT HD")
    for m in _med_list(r, r.randint(4, 7)):
        b.line(m)
    b.line("")
    _paras(r, b, _PARAS_D, 2, 4)
    b.line("CONTACTS")
    b.line("Nephrologist: Dr. ___    Charge RN: ___    Social work: ___")
    b.line(f"Transport: {r.choice(('wheelchair van', 'ambulatory, family drives', 'ride service'))}, "
           f"arrive 20 min before chair time (Rm {r.randint(1, 9)}{r.choice('AB')}-{r.randint(1, 30)} if inpatient).")
    _emit(b, z, "end")


def _tx_letter(r: random.Random, b: _Builder, z: Zones) -> None:
    b.line("KIDNEY TRANSPLANT CLINIC - FOLLOW-UP LETTER")
    b.line(f"Visit date: {_shifted(r)}")
    _emit(b, z, "adm")
    b.line("")
    b.line("Dear Dr. ___,")
    b.line("")
    months = r.randint(3, 96)
    donor = r.choice(("living-related (sister)", "living-unrelated (spouse)", "deceased-donor (DCD)",
                      "deceased-donor (KDPI 34%)", "living donor via paired exchange"))
    b.line(f"I saw your patient, a {_age_young(r, z)}-year-old {r.choice(('man', 'woman'))}, {months} months after a "
           f"{donor} kidney transplant for ESRD due to "
           f"{r.choice(('FSGS', 'lupus nephritis', 'diabetes', 'reflux nephropathy'))}. "
           f"Prior to transplant {r.choice(('she', 'he'))} was on hemodialysis for {r.randint(1, 9)} years.")
    b.line(" ".join(_pick(r, _TX_COURSE, 4)))
    _emit(b, z, "hx")
    b.line(f"Vitals: {_vitals(r)}")
    b.line("Exam: graft in RLQ non-tender, no bruit; no edema. Old left arm AVF still has a thrill.")
    b.line(r.choice(_EPONYM_LINES))
    b.line("")
    b.line("Labs:")
    b.add(_labs(r))
    b.line(f"Tacrolimus trough {r.uniform(3.5, 11):.1f} ng/mL (assay: LC-MS/MS, {_lot(r)})")
    b.line("")
    b.line("Current immunosuppression and other medications:")
    for m in _med_list(r, r.randint(5, 8)):
        b.line(m)
    b.line("")
    _paras(r, b, _PARAS_D, 2, 3)
    b.line("Plan:")
    b.line(f"- Labs every {r.choice(('2 weeks', 'month', '6 weeks'))}; return to clinic in {r.randint(1, 6)} months.")
    b.line("- Sun protection and annual dermatology exam; age-appropriate cancer screening.")
    b.line(f"- Patient education at {r.choice(_PUBLIC_URLS)}; {r.choice(_HOTLINES)} given for after-hours questions "
           "unrelated to the graft.")
    b.line("Transplant coordinator: ___ (direct line ___). After hours: page the transplant fellow.")
    _emit(b, z, "end")
    b.line("")
    b.line("Sincerely,")
    b.line("___, MD, Transplant Nephrology")


def _supply_order(r: random.Random, b: _Builder, z: Zones) -> None:
    home_hd = r.random() < 0.5
    b.line("HOME " + ("HEMODIALYSIS" if home_hd else "INFUSION / PERITONEAL DIALYSIS") + " SUPPLY ORDER FORM")
    b.line(f"Order date: {_shifted(r)}      Ship by: {_shifted(r)}")
    b.line("Patient: ___        DOB: ___        Phone: ___")
    b.line("Delivery address: ___")
    _emit(b, z, "adm")
    b.line("")
    b.line("ITEM                                   REF / NDC              QTY   UNIT")
    items = [
        (f"{r.choice(_DIALYZERS)} dialyzer", f"REF {_digits(r, 4)}-{_digits(r, 2)}", r.randint(12, 30), "ea"),
        ("Dialysate 2K/2.5Ca 5 L bags", f"REF {r.choice('ABCX')}{_digits(r, 5)}", r.randint(40, 120), "bag"),
        ("Fistula needles 15G, back-eye", f"REF {_digits(r, 6)}", r.randint(30, 60), "pr"),
        ("Heparin 1000 units/mL 10 mL vial", r.choice(_NDC), r.randint(4, 12), "vial"),
        ("Cefazolin 2 g premix (post-HD)", r.choice(_NDC), r.randint(4, 12), "bag"),
        ("Sodium chloride 0.9% 1000 mL", r.choice(_NDC), r.randint(10, 40), "bag"),
        ("Cycler cassette set (Amia)", f"REF {r.choice('ABCX')}{_digits(r, 5)}", r.randint(20, 31), "set"),
        ("Chlorhexidine/alcohol prep pads", f"REF {_digits(r, 5)}", r.randint(100, 300), "ea"),
    ]
    for name, ref, qty, unit in r.sample(items, r.randint(4, 7)):
        b.line(f"{name:<38} {ref:<22} {qty:>4}   {unit}")
    b.line(f"Billing codes: {r.choice(_CODES)}, {r.choice(_CODES)}")
    b.line(f"Batch note: dialysate {_lot(r)}, {_expiry(r)}; cassette UDI {_udi_noserial(r)}")
    b.line("")
    _paras(r, b, _PARAS_D, 2, 4)
    b.line("PRESCRIPTION / CLINICAL")
    if home_hd:
        b.line(f"Short daily HD {r.choice((5, 6))}x/week, {r.choice(('2h30', '2h45', '3h00'))} per session, "
               f"dialysate volume {r.choice((20, 25, 30))} L, Qb {r.choice((350, 400))}, "
               f"EDW {r.uniform(50, 110):.1f} kg.")
        b.line("Care partner trained over 5 weeks at the home training unit; competency sign-off done.")
    else:
        b.line(f"CCPD {r.choice((4, 5))} exchanges x {r.choice((2.0, 2.5))} L overnight, last fill "
               f"{r.choice(('1.5 L icodextrin', 'none', '1 L 2.5%'))}. Tenckhoff exit site clean.")
        b.line(f"IV antibiotics: cefazolin {r.choice(('1 g', '2 g'))} q{r.choice((24, 48))}h via PICC (Power PICC "
               f"4 Fr, {_lot(r)}) for {r.randint(2, 6)} weeks.")
    allergy = r.choice(("NKDA", "vancomycin (red man)", "iodinated contrast"))
    b.line(f"Diagnosis: {r.choice(_CODES)}; {_age_young(r, z)} y/o, ESRD. Allergies: {allergy}.")
    b.line(r.choice(_EPONYM_LINES))
    _emit(b, z, "hx")
    b.line("")
    b.line(f"Product questions: manufacturer technical services (number on carton). Adverse events: {_HOTLINES[4]}.")
    b.line("Prescriber: ___   NPI: ___   Signature on file")
    _emit(b, z, "end")


def _device_clinic(r: random.Random, b: _Builder, z: Zones) -> None:
    kind = r.choice(("pacemaker", "ICD", "CRT-D", "LVAD + ICD"))
    b.line(f"DEVICE CLINIC INTERROGATION REPORT - {kind.upper()}")
    b.line(f"Date: {_shifted(r)}     Type: {r.choice(('in-clinic', 'remote', 'pre-procedure'))}     Name: ___")
    _emit(b, z, "adm")
    b.line("")
    gen = r.choice(_GENERATORS)
    b.line("PARAMETER                     | VALUE")
    b.line("------------------------------+------------------------------------")
    rows = [
        ("Generator", gen),
        ("Generator serial", "___"),
        ("Implant date", _shifted(r)),
        ("Mode / lower rate", f"{r.choice(('DDD', 'DDDR', 'VVIR', 'AAI<=>DDD'))} / {r.choice((50, 60, 70))} bpm"),
        ("Upper tracking rate", f"{r.choice((120, 130, 140))} bpm"),
        ("Battery", f"{r.uniform(2.6, 3.2):.2f} V, longevity {r.uniform(1, 11):.1f} y"),
        ("Charge time", f"{r.uniform(6, 11):.1f} s" if kind != "pacemaker" else "n/a"),
        ("Programmer", f"model {r.choice(('3300', 'Merlin PCS 3650', 'LATITUDE 3300'))}, {_firmware(r)}"),
        ("Remote monitor", f"{r.choice(_TRANSMITTERS)}, SN ___"),
    ]
    for k, v in rows:
        b.line(f"{k:<30}| {v}")
    b.line("")
    b.line("LEAD SUMMARY")
    for ch in r.sample(("RA", "RV", "LV"), r.randint(1, 3)):
        b.line(f"  {ch} lead: {r.choice(_LEADS)}, serial ___")
        b.line(f"     impedance {r.randint(320, 1100)} ohm | sensing {r.uniform(0.8, 20):.1f} mV | "
               f"threshold {r.uniform(0.4, 1.8):.2f} V @ 0.4 ms")
    if "LVAD" in kind:
        b.line(f"  LVAD: HeartMate 3, speed {r.randint(5200, 6200)} rpm, flow {r.uniform(3.6, 5.4):.1f} L/min, "
               f"PI {r.uniform(2, 5):.1f}, power {r.uniform(3.8, 5.2):.1f} W; pump serial ___")
    b.line("")
    b.line("EVENTS / DIAGNOSTICS")
    b.line(" ".join(_pick(r, _DEVICE_COURSE, 3)))
    _emit(b, z, "hx")
    b.line(r.choice(_EPONYM_LINES))
    b.line(f"On HD {r.choice(('MWF', 'TuThSa'))} via left AVF; device on the {r.choice(('left', 'right'))} "
           "side - no access on the device arm.")
    b.line("")
    _paras(r, b, _PARAS_D, 2, 3)
    b.line("ASSESSMENT / PLAN")
    b.line(f"Normal device function. Next remote transmission in 91 days (CPT 93295); in-clinic in "
           f"{r.choice((6, 12))} months. Patient {_age_young(r, z)} y/o, aware of MRI-conditional status.")
    b.line(f"Manufacturer advisory letter reviewed - not applicable to this lot ({_lot(r)}).")
    b.line("Device nurse: ___   Electrophysiologist: Dr. ___")
    _emit(b, z, "end")


def _cath_ep(r: random.Random, b: _Builder, z: Zones) -> None:
    ep = r.random() < 0.5
    b.line("Name:  ___                  Unit No:   ___")
    b.line("")
    b.line("Admission Date:  ___              Discharge Date:   ___")
    b.line("")
    b.line("Date of Birth:  ___             Sex:   " + r.choice("MF"))
    b.line("")
    b.line("Service: CARDIOLOGY")
    _emit(b, z, "adm")
    b.line("")
    b.line("Allergies:")
    b.line(r.choice(("iodinated contrast (hives) - premedicated",
                     "Patient recorded as having No Known Allergies to Drugs",
                     "heparin (HIT)")))
    b.line("")
    b.line("Attending: ___.")
    b.line("")
    b.line("Major Surgical or Invasive Procedure:")
    if ep:
        proc = r.choice(("Dual-chamber pacemaker implant", "ICD generator change", "AVJ ablation",
                         "CTI flutter ablation"))
        b.line(f"{proc}"
               f" ({_shifted(r)})")
    else:
        b.line(f"Right and left heart catheterization, coronary angiography ({_shifted(r)})")
    b.line("")
    b.line("History of Present Illness:")
    b.line(f"{_age_young(r, z)} y/o with ESRD on HD, {r.choice(('HFrEF (EF 30%)', 'AF on apixaban', 'CAD s/p PCI'))}, "
           "referred for "
           f"{r.choice(('pre-transplant ischemic evaluation', 'symptomatic bradycardia', 'syncope on HD', 'NSTEMI'))}.")
    _emit(b, z, "hx")
    b.line("")
    b.line("PROCEDURE NOTE:")
    if ep:
        b.line(f"Access: left axillary vein (micropuncture, Seldinger). Leads: {r.choice(_LEADS)} (RA), "
               f"{r.choice(_LEADS)} (RV). Generator {r.choice(_GENERATORS)}.")
        b.line(f"R-wave {r.uniform(5, 18):.1f} mV, pacing threshold {r.uniform(0.4, 1.2):.1f} V @ 0.4 ms, impedance "
               f"{r.randint(450, 900)} ohm. Pocket irrigated; TYRX envelope ({_lot(r)}, {_expiry(r)}).")
        b.line(f"Implant log sticker: UDI {_udi_noserial(r)} (lead packaging). Fluoro {r.uniform(2, 14):.1f} min.")
    else:
        b.line(f"Access: right radial ({r.choice(('6 Fr', '5 Fr'))} slender sheath), Allen test normal; right IJ for "
               "Swan-Ganz. Judkins JL4/JR4 catheters.")
        b.line(f"Hemodynamics: RA {r.randint(4, 18)}, RV {r.randint(30, 60)}/{r.randint(4, 14)}, PA "
               f"{r.randint(25, 60)}/{r.randint(10, 30)}, PCWP {r.randint(8, 28)} mmHg; "
               f"CO (Fick) {r.uniform(3, 6.5):.1f} "
               f"L/min, CI {r.uniform(1.8, 3.4):.1f}; Ao {_bp(r)}.")
        b.line(f"Coronaries: LM normal; LAD {r.choice((30, 50, 70, 90))}% mid; LCx mild disease; RCA "
               f"{r.choice(('dominant, patent stent', '80% proximal', 'normal'))}. Contrast Omnipaque 350 "
               f"{r.randint(25, 120)} mL (minimized for residual renal function).")
    b.line("")
    b.line("Brief Hospital Course:")
    b.line(" ".join(_pick(r, _HD_COURSE, 2) + _pick(r, _DEVICE_COURSE, 1)))
    b.line(r.choice(_EPONYM_LINES))
    b.line("")
    _paras(r, b, _PARAS_D, 2, 4)
    b.line("Physical Exam on discharge:")
    b.line(_vitals(r))
    b.line(f"Pocket/wrist site clean; {r.choice(('II/VI', 'III/VI', '2/6'))} systolic murmur at RUSB; "
           "left AVF with thrill.")
    b.line("")
    b.line("Pertinent Results:")
    b.add(_labs(r))
    b.line("")
    b.line("Discharge Medications:")
    for m in _med_list(r, r.randint(5, 9)):
        b.line(m)
    b.line("")
    b.line("Discharge Disposition:")
    b.line(r.choice(("Home", "Home With Service", "Extended Care")))
    b.line("")
    b.line("Discharge Instructions:")
    b.line(f"No driving for {r.choice(('1 week', '7 days', '6 months (ICD shock)'))}. Keep the arm below shoulder "
           f"height for 4 weeks. Resume HD on the usual schedule (chair {r.randint(1, 24)}).")
    b.line(f"For device questions call the device clinic (___). {r.choice(_HOTLINES)}.")
    b.line("")
    b.line("Followup Instructions:")
    b.line("___")
    _emit(b, z, "end")


# ---- radiology ----


def _rad_header(r: random.Random, b: _Builder, z: Zones, title: str) -> None:
    b.line(f"EXAMINATION:  {title}")
    b.line("")
    _emit(b, z, "adm")
    b.line(f"INDICATION:  ___ year old {r.choice(('man', 'woman'))} with "
           f"{r.choice(('ESRD on HD', 'CKD stage 4', 'kidney transplant', 'HFrEF and CRT-D', 'LVAD'))}; "
           f"{r.choice(('evaluate LV function', 'pre-transplant evaluation', 'rule out stenosis'))}.")
    b.line("")


def _echo(r: random.Random, b: _Builder, z: Zones) -> None:
    _rad_header(r, b, z, r.choice(("TRANSTHORACIC ECHOCARDIOGRAM", "TTE (COMPLETE) WITH STRAIN", "TEE")))
    _emit(b, z, "hx")
    b.line(f"TECHNIQUE: 2D, M-mode, color and spectral Doppler on {r.choice(_ECHO_US)}; "
           f"{r.choice(('Definity contrast 1.3 mL', 'no contrast'))}. "
           f"Image quality {r.choice(('good', 'fair', 'suboptimal'))}.")
    b.line(f"BP {_bp(r)}  HR {r.randint(52, 110)}  Rhythm {r.choice(('sinus', 'AF', 'V-paced'))}")
    b.line("")
    b.line("MEASUREMENTS")
    b.line(f"  LVEF (Simpson biplane) ......... {r.randint(15, 68)}%")
    b.line(f"  LVIDd / LVIDs .................. {r.uniform(4.0, 7.2):.1f} / {r.uniform(2.6, 6.0):.1f} cm")
    b.line(f"  IVSd / LVPWd ................... {r.uniform(0.8, 1.6):.1f} / {r.uniform(0.8, 1.5):.1f} cm")
    b.line(f"  E/A  {r.uniform(0.6, 2.5):.1f}   E/e' avg {r.randint(6, 24)}   GLS -{r.uniform(8, 21):.1f}%")
    b.line(f"  TAPSE {r.uniform(1.0, 2.6):.1f} cm   RVSP {r.randint(22, 70)} mmHg   LAVI {r.randint(22, 60)} mL/m2")
    b.line(f"  AV peak/mean gradient {r.randint(8, 70)}/{r.randint(4, 45)} mmHg (Bernoulli), "
           f"AVA {r.uniform(0.6, 2.4):.1f} cm2")
    b.line("")
    b.line("FINDINGS:")
    b.line(r.choice(("Left ventricle is dilated with global hypokinesis.",
                     "Concentric LVH with preserved systolic function.",
                     "Inferolateral akinesis; remaining segments hypokinetic.")) + " "
           + r.choice(("Mitral annular calcification with mild MR.", "Moderate functional MR.", "Trace MR.")) + " "
           + r.choice(("Small circumferential pericardial effusion without tamponade physiology.",
                       "No pericardial effusion.",
                       "Device leads seen in the RA and RV.")))
    b.line(f"IVC {r.uniform(1.2, 2.6):.1f} cm with {r.choice(('>50%', '<50%'))} collapse (study performed "
           f"{r.choice(('pre', 'post'))}-dialysis).")
    b.line("")
    _paras(r, b, _PARAS_R, 3, 5)
    b.line("IMPRESSION:")
    b.line(f"1. {r.choice(('Moderately reduced', 'Normal', 'Severely reduced', 'Mildly reduced'))} "
           "LV systolic function.")
    b.line("2. " + r.choice(("Estimated PA systolic pressure elevated.", "No significant valvular disease.",
                             "Moderate aortic stenosis.")))
    b.line("3. " + r.choice(("Compared with the prior study, no significant change.", "No prior for comparison.")))
    _emit(b, z, "end")


def _cmr(r: random.Random, b: _Builder, z: Zones) -> None:
    _rad_header(r, b, z, r.choice(("CARDIAC MRI WITH AND WITHOUT CONTRAST", "CARDIAC MRI (NON-CONTRAST, eGFR <30)")))
    _emit(b, z, "hx")
    b.line(f"TECHNIQUE: {r.choice(_SCANNERS_MR)}, cine SSFP, T1/T2 mapping, "
           f"{r.choice(('LGE after gadobutrol 0.1 mmol/kg with HD arranged within 24 h', 'no gadolinium given'))}.")
    b.line(f"Device: {r.choice(_GENERATORS)} with {r.choice(_LEADS)}; MR-conditional, programmed per protocol by "
           "device nurse and restored after the scan." if r.random() < 0.5 else "No implanted device.")
    b.line("")
    b.line("FINDINGS:")
    b.line(f"LVEDVi {r.randint(60, 140)} mL/m2, LVEF {r.randint(18, 66)}%, RVEF {r.randint(30, 62)}%. "
           f"Native T1 {r.randint(980, 1150)} ms, ECV {r.randint(24, 41)}%.")
    b.line(r.choice(("Mid-wall LGE in the basal septum, non-ischemic pattern.",
                     "Subendocardial LGE in the LAD territory.",
                     "No LGE.", "Diffuse subendocardial LGE with elevated ECV, concerning for amyloid.")))
    incidental = r.choice(("bilateral atrophic kidneys with simple cysts", "small bilateral effusions", "none"))
    b.line(f"Incidental: {incidental}.")
    b.line("")
    _paras(r, b, _PARAS_R, 3, 5)
    b.line("IMPRESSION:")
    b.line(r.choice(("Ischemic cardiomyopathy, viable anterior wall.", "Non-ischemic cardiomyopathy.",
                     "Findings suggestive of cardiac amyloidosis; recommend PYP scan.")))
    _emit(b, z, "end")


def _cct(r: random.Random, b: _Builder, z: Zones) -> None:
    _rad_header(r, b, z, r.choice(("CTA CORONARY WITH CALCIUM SCORE", "CT TAVR PROTOCOL", "CT CHEST FOR LVAD CANNULA")))
    _emit(b, z, "hx")
    b.line(f"TECHNIQUE: {r.choice(_SCANNERS_CT)}, prospective ECG gating, {r.randint(40, 90)} mL Omnipaque 350, "
           f"DLP {r.randint(180, 900)} mGy-cm. Metoprolol 5 mg IV x {r.randint(1, 3)}.")
    b.line("")
    b.line("FINDINGS:")
    b.line(f"Agatston calcium score {r.randint(0, 2400)} ({r.randint(20, 99)}th percentile for age/sex).")
    b.line(f"LM: {r.choice(('normal', 'minimal plaque'))}. LAD: {r.choice(('25-49%', '50-69%', '70-99%'))} "
           f"stenosis, mixed plaque. RCA: {r.choice(('patent', 'occluded with collaterals'))}. CAD-RADS "
           f"{r.choice(('2', '3', '4A', '4B'))}.")
    b.line(f"Aortic annulus perimeter {r.randint(68, 86)} mm, area {r.randint(380, 560)} mm2; iliofemoral minimal "
           f"diameter {r.uniform(5.2, 8.4):.1f} mm.")
    b.line(f"Lungs: {r.choice(('no nodules', 'Kerley B lines and small effusions', '4 mm RUL nodule'))}.")
    b.line("")
    _paras(r, b, _PARAS_R, 3, 5)
    b.line("IMPRESSION:")
    b.line(r.choice(("Obstructive CAD in the LAD; consider invasive angiography.", "No obstructive coronary disease.",
                     "Suitable transfemoral access for TAVR.")))
    _emit(b, z, "end")


def _access_duplex(r: random.Random, b: _Builder, z: Zones) -> None:
    _rad_header(r, b, z, r.choice(("DUPLEX US HEMODIALYSIS ACCESS", "VEIN MAPPING UPPER EXTREMITY BILATERAL",
                                   "DUPLEX AV FISTULA SURVEILLANCE")))
    _emit(b, z, "hx")
    b.line(f"TECHNIQUE: Grayscale, color and spectral Doppler ({r.choice(_ECHO_US)}, L12-3 probe).")
    b.line("")
    b.line("FINDINGS:")
    b.line(f"Brachial artery flow volume {r.randint(400, 2400)} mL/min (diameter {r.uniform(3.2, 5.8):.1f} mm).")
    b.line(f"Anastomosis PSV {r.randint(180, 520)} cm/s; juxta-anastomotic segment PSV ratio "
           f"{r.uniform(1.2, 4.5):.1f}:1 {r.choice(('(>2:1 suggests >50% stenosis)', ''))}".rstrip())
    b.line(f"Cephalic vein diameter {r.uniform(3, 9):.1f} mm, depth {r.uniform(2, 9):.1f} mm from skin; "
           + r.choice(("no thrombus.", "partially occlusive thrombus in the forearm segment.",
                       "aneurysmal segment 1.4 cm.")))
    steal = r.choice(("no steal (retrograde flow absent)", "reversed flow in distal radial artery"))
    b.line(f"Radial artery {r.uniform(1.5, 3.2):.1f} mm; {steal}.")
    b.line("")
    _paras(r, b, _PARAS_R, 3, 5)
    b.line("IMPRESSION:")
    b.line(r.choice(("Mature brachiocephalic fistula suitable for cannulation (rule of 6s met).",
                     "Juxta-anastomotic stenosis; fistulogram recommended.",
                     "Adequate veins for a left radiocephalic fistula.")))
    _emit(b, z, "end")


def _renal_us(r: random.Random, b: _Builder, z: Zones) -> None:
    tx = r.random() < 0.5
    _rad_header(r, b, z, "RENAL TRANSPLANT ULTRASOUND WITH DOPPLER" if tx else "RENAL ULTRASOUND")
    _emit(b, z, "hx")
    b.line(f"TECHNIQUE: Grayscale and Doppler ({r.choice(_ECHO_US)}).")
    b.line("")
    b.line("FINDINGS:")
    if tx:
        b.line(f"Right iliac fossa transplant kidney measures {r.uniform(9.5, 13):.1f} cm. "
               + r.choice(("No hydronephrosis.", "Mild pelviectasis.",
                           "Small perinephric collection 3 cm, likely lymphocele.")))
        b.line(f"Resistive indices {r.uniform(0.55, 0.85):.2f} upper, {r.uniform(0.55, 0.85):.2f} mid, "
               f"{r.uniform(0.55, 0.85):.2f} lower pole. Main renal artery PSV {r.randint(90, 380)} cm/s.")
    else:
        b.line(f"Right kidney {r.uniform(7.5, 12):.1f} cm, left {r.uniform(7.5, 12):.1f} cm, "
               + r.choice(("increased cortical echogenicity.", "multiple simple cysts (Bosniak I).",
                           "normal echotexture.")))
        b.line(f"Bladder {r.choice(('decompressed by Foley catheter', 'normally distended', 'not seen (anuric)'))}.")
    b.line(f"Prior report ({r.choice(('outside', 'here'))}) {_shifted(r)} reviewed for comparison.")
    b.line("")
    _paras(r, b, _PARAS_R, 3, 5)
    b.line("IMPRESSION:")
    b.line(r.choice(("No hydronephrosis. Normal transplant Doppler.", "Elevated resistive indices, nonspecific.",
                     "Echogenic kidneys consistent with medical renal disease.")))
    _emit(b, z, "end")


_DISCHARGE_LAYOUTS = (_hd_transfer, _tx_letter, _supply_order, _device_clinic, _cath_ep)
_RADIOLOGY_LAYOUTS = (_echo, _cmr, _cct, _access_duplex, _renal_us)


# --------------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------------


def _plant_order(seed: int) -> list[str]:
    order = list(CATEGORIES)
    random.Random(f"holdout25-order:{seed}").shuffle(order)
    return order


def _snippet(r: random.Random, cat: str, nt: str) -> tuple[str, Snippet]:
    opts = [(zone, fn) for zone, types, fn in _SNIPPETS[cat] if nt in types]
    return r.choice(opts)


def holdout25_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic, independent of the other notes)."""
    r = random.Random(f"holdout25:{seed}:{i}")
    note_type = "discharge" if r.random() < 0.5 else "radiology"
    nt = "D" if note_type == "discharge" else "R"
    mode = r.random()
    plant: list[str] = []
    if mode >= 0.05 and r.random() < 0.62:
        k = r.choices((1, 2, 3, 4), weights=(8, 17, 30, 45))[0]
        order = _plant_order(seed)
        start = (i * 7 + seed) % len(order)
        plant = [order[(start + o) % len(order)] for o in range(k)]
    n_masked = r.randint(6, 9) if mode < 0.05 else r.randint(1, 3)
    zones: Zones = {}
    masked = r.sample([c for c in CATEGORIES if c not in plant], n_masked)
    if "AGE_OVER_89" in plant or "AGE_OVER_89" in masked:
        zones["flags"] = [["age"]]
    for cat in plant:
        zone, fn = _snippet(r, cat, nt)
        zones.setdefault(zone, []).append(fn(r, _Leak(r, cat)))
    for cat in masked:
        zone, fn = _snippet(r, cat, nt)
        zones.setdefault(zone, []).append(fn(r, _Leak(r, None)))
    for pieces in zones.values():
        r.shuffle(pieces)
    b = _Builder()
    layout = r.choice(_DISCHARGE_LAYOUTS if nt == "D" else _RADIOLOGY_LAYOUTS)
    layout(r, b, zones)
    return LabelledNote(note_type=note_type, text=b.text(), spans=b.spans)


def holdout25_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout25_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout25_corpus, argv,
        "Held-out corpus 25 (blind): nephrology, dialysis and cardiology device-clinic notes")
    report("holdout25", args, notes, hits, res)


if __name__ == "__main__":
    main()
