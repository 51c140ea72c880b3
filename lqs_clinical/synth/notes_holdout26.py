"""Held-out corpus 26: dermatology, ophthalmology, ENT/audiology and oral-surgery notes.

What it imitates: MIMIC-IV-Note-shaped notes (``___`` masking, dates shifted into 2100-2200) from
outpatient head-and-neck specialties -- consult letters back to the referring practice ("Dear Dr. ...,
Thank you for referring ..."), Mohs surgery stage logs, cataract and retina procedure notes with
intraocular-lens implant records, cochlear-implant surgery and hearing-aid fittings at vendor shops,
spectacle and contact-lens prescriptions laid out as tables, dental-implant and third-molar notes,
store-and-forward teledermatology e-consults with portal photo uploads, and radiology reports (dental
cone-beam CT, temporal-bone CT, orbit and sinus imaging) under referring-practice headers. In about
58% of notes the de-identification failed for one to four identifiers (an address counts as one and
may leave its street, town and ZIP behind); the surviving invented value is labelled with the exact
span of the identifying value only. About 5% of notes are heavily masked (eponyms over-masked too)
and carry no plants. Model numbers, lot numbers, device/drug expiry dates, UDIs without a serial,
firmware versions, CPT/ICD/NDC codes, group numbers, public hotlines, eponyms, ratios, ages under 90
and shifted dates are look-alikes that are never labelled.

Written blind: its author read only ``holdout_measure.py``, the first lines of ``notes.py``
(``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the MIMIC-IV schema and known-data-issues
references, the fully masked sample notes and ``pyproject.toml``; nothing of the detector, its rules,
its tests or the other held-out corpora. All names, places, facilities and numbers are invented
surrogates (towns are real place names).
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; towns are real place names)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Oluwaseun", "Thandiwe", "Mateus", "Ingrid", "Dmitri", "Ximena", "Rustam", "Anh", "Keoni", "Siobhan",
    "Baptiste", "Nnamdi", "Yusra", "Tomasz", "Leilani", "Ekaterina", "Rafferty", "Hyun-woo", "Priyanka",
    "Esperanza", "Bartholomew", "Aigerim", "Caoimhe", "Mihail", "Zofia", "Tatsuya", "Folake", "Henrik",
    "Inés", "Kwabena", "Marisol", "Osvaldo", "Radhika", "Soraya", "Teodoro", "Wanjiru", "Yerlan", "Zeynep",
    "Alastair", "Benedikta", "Gintaras", "Perpetua", "Lucien", "Nomvula", "Sigrún", "Ramón", "Chidinma",
    "Vasilisa", "Eamon", "Farzaneh", "Jacinta", "Kofi", "Ludmila", "Makoa", "Niamh", "Otieno", "Rosalind",
)
_LAST = (
    "Adeyemi", "Castellanos", "Drozdowski", "Ferreira-Lima", "Haugland", "Ishikawa", "Jankowska", "Kariuki",
    "Lindqvist", "Nakashima", "Okonkwo", "Papadakis", "Quintanilla", "Rautenberg", "Szabo", "Tran-Nguyen",
    "Umarov", "Valdivieso", "Wojcik", "Yilmaz", "Zielinski", "Abernathy", "Bhattacharya", "Cavanaugh",
    "Delacroix", "Estrada-Buitrago", "Gunawardena", "Hollingsworth", "Iwu", "Kowalczyk", "Lachapelle",
    "Moreau-Stein", "Nwachukwu", "O'Driscoll", "Pereira da Costa", "Rahimi", "Sandoval", "Thorvaldsen",
    "Villalobos", "Whitcombe", "Achterberg", "Bouchard", "Dimitriou", "Eriksdottir", "Fairweather",
    "Golubev", "Halloran", "Kamakau", "Mbatha", "Nyberg", "Ostrowski", "Prudhomme", "Ruíz-Tagle", "Sesay",
)
_TOWNS_US = (
    "Chicopee", "Leominster", "Woonsocket", "Nashua", "Biddeford", "Pawtucket", "Holyoke", "Methuen",
    "Attleboro", "Taunton", "Brattleboro", "Southbridge", "Dracut", "Tewksbury", "Framingham", "Natick",
    "Haverhill", "Amesbury", "Lewiston", "Rutland", "Bennington", "Danbury", "Norwalk", "Meriden",
    "Fitchburg", "Westerly", "Keene", "Laconia", "Saco", "Willimantic", "Greenfield", "Northampton",
)
_TOWNS_OTHER = (
    "Ponta Delgada", "Cap-Haïtien", "Kumasi", "Cuenca", "Gdańsk", "Da Nang", "Bacolod", "Ibadan",
    "Santiago de los Caballeros", "Tbilisi", "Mangalore", "Hué", "Praia", "Limerick", "Kraków", "Mosul",
)
_NEIGHBOURHOODS = ("Dorchester", "Mattapan", "Jamaica Plain", "Roxbury", "East Boston", "Hyde Park")
_STATES = ("MA", "NH", "RI", "CT", "ME", "VT")
_STREET_NAMES = (
    "Larkspur", "Quarry", "Millbrook", "Orchard Ridge", "Wachusett", "Lantern", "Nonotuck", "Sagamore",
    "Fairmount", "Bellflower", "Kettle Pond", "Old Colony", "Tanglewood", "Cranberry", "Hemlock Hollow",
    "Pequot", "Stillwater", "Juniper", "Birchwood", "Mechanic", "Pleasant Valley", "Wampanoag",
)
_SUFFIXES = ("Street", "St.", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Terrace", "Court", "Way", "Circle")

_DERM_PRACTICES = (
    "Quinebaug Valley Dermatology", "Nashoba Skin & Mohs Surgery", "Pemigewasset Dermatology Associates",
    "Wachusett Dermatology Group", "Salmon Falls Skin Surgery", "Greylock Dermatology & Laser",
)
_EYE_PRACTICES = (
    "Quabbin Eye & Laser Center", "Mount Tom Retina Consultants", "Narragansett Bay Eye Physicians",
    "Monadnock Ophthalmology", "Cape Ann Cataract Center", "Souhegan Eye Associates",
)
_ENT_PRACTICES = (
    "Sudbury River Otolaryngology", "Merrimack Ear, Nose & Throat", "Housatonic Head and Neck Surgeons",
    "Kearsarge ENT and Allergy",
)
_DENTAL_PRACTICES = (
    "Pioneer Valley Oral & Maxillofacial Surgery", "Seacoast Implant Dentistry", "Blackstone Family Dental",
    "Kennebec Oral Surgery Associates", "Ashuelot Periodontics",
)
_PCP_PRACTICES = (
    "Nashua River Family Medicine", "Squannacook Primary Care", "Hoosac Internal Medicine",
    "Millers River Community Health Center", "Sawmill Brook Family Practice", "Quaboag Medical Group",
)
_DERMPATH_LABS = (
    "Tri-County Dermatopathology Laboratory", "Granite State Dermpath Services", "Ashuelot Pathology Partners",
    "Northbridge Cutaneous Pathology",
)
_HEARING_SHOPS = (
    "Clearbrook Hearing Aid Studio", "Ossipee Hearing & Audiology", "Listen Well Hearing Shop",
    "Heron Point Hearing Aids",
)
_OPTICAL_SHOPS = ("Brightline Opticians", "Pawcatuck Optical", "Eyewear Loft on Main", "Tamarack Vision Shop")
_OTHER_ORGS = (
    "Saint Brendan's Rehabilitation Pavilion", "Maplewood Terrace Nursing Home", "Larkin House Assisted Living",
    "Crestview Skilled Nursing and Rehabilitation", "Kessler Tool & Die", "Ridgeline Landscaping",
    "Quarry Hill Bakery", "Harborlight Seafood Co.", "St. Casimir Parish School", "Souhegan Valley Montessori",
    "Iglesia Pentecostal Monte Sion", "St. Wenceslaus Parish", "Corliss Apothecary", "Greylock Compounding Pharmacy",
    "Wachusett Regional Hospital", "Quinsigamond Valley Hospital", "Saint Adalbert Hospital",
)

_IOL_MODELS = (
    "AcrySof IQ SN60WF", "Tecnis ZCB00", "enVista MX60E", "Clareon CNA0T0", "Tecnis Toric II ZCU225",
    "AcrySof IQ PanOptix TFNT00",
)
_CI_MODELS = (
    "Cochlear Nucleus CI632 (Slim Modiolar)", "Advanced Bionics HiRes Ultra 3D CI-1601-04",
    "MED-EL Synchrony 2 FLEX28", "Cochlear Nucleus CI622 (Slim Straight)",
)
_PROCESSORS = ("Nucleus 8 (CP1110)", "Naída CI M90", "SONNET 2", "Kanso 2 (CP1150)")
_HEARING_AIDS = (
    "Phonak Audéo Lumity L90-R", "Oticon Intent 1 miniRITE R", "ReSound Nexia 9 RIE", "Signia Pure Charge&Go 7AX",
    "Widex Moment Sheer 440",
)
_DENTAL_IMPLANTS = (
    "Straumann BLT Ø4.1 x 10 mm RC SLActive (REF 021.5510)", "Nobel Biocare NobelActive 4.3 x 11.5 mm RP",
    "Zimmer Biomet TSV 4.1 x 11.5 mm", "Neodent Helix GM 3.75 x 10 mm",
)
_CBCT_UNITS = ("Planmeca ProMax 3D Mid", "Carestream CS 9600", "i-CAT FLX V17", "Morita Veraview X800")
_CT_UNITS = ("Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE PRISM", "Philips Incisive CT")
_MR_UNITS = ("Siemens MAGNETOM Vida 3T", "GE SIGNA Premier 3T", "Philips Ingenia Elition 3.0T")
_HOTLINES = (
    "Poison Control at 1-800-222-1222", "FDA MedWatch at 1-800-332-1088", "the 988 Suicide & Crisis Lifeline",
    "1-800-MEDICARE (1-800-633-4227)",
)
_PUBLIC_SITES = ("www.aad.org", "medlineplus.gov", "www.fda.gov/medwatch", "www.nei.nih.gov", "www.cdc.gov/hearingloss")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}

# Eponyms, brands and signs that must never be labelled (also used by the tests).
LOOKALIKE_TERMS = (
    "Mohs", "Nikolsky", "Darier", "Hutchinson", "Breslow", "Clark level", "Fitzpatrick", "Snellen", "Jaeger",
    "Amsler", "Marcus Gunn", "Shafer", "Weiss ring", "Goldmann", "Schirmer", "Rinne", "Weber", "Dix-Hallpike",
    "House-Brackmann", "Stensen", "Wharton", "Ludwig", "Mallampati", "Lund-Mackay", "Keros", "Haller", "Onodi",
    "Hounsfield", "Parkinson", "Foley", "Glasgow", "Whipple", "Hunt and Hess", "Lewy body", "Bell palsy",
    "Ménière", "Barrett", "Worth 4-dot", "Ishihara", "Tegaderm", "Monocryl", "SN60WF", "ZCB00", "132/78",
    "1-800-222-1222", "1-800-332-1088", "CPT 17311", "Caldwell-Luc", "Frey",
)

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def _person(r: random.Random, style: str | None = None) -> str:
    f, la = r.choice(_FIRST), r.choice(_LAST)
    st = style or r.choices(("fl", "l", "fil", "ifl"), weights=(6, 2, 1, 2))[0]
    if st == "fl":
        return f"{f} {la}"
    if st == "l":
        return la
    if st == "fil":
        return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {la}"
    if st == "caps":
        return f"{la.upper()}, {f.upper()}"
    return f"{f[0]}. {la}"


def _town(r: random.Random) -> str:
    x = r.random()
    if x < 0.7:
        return r.choice(_TOWNS_US)
    if x < 0.85:
        return r.choice(_NEIGHBOURHOODS)
    return r.choice(_TOWNS_OTHER)


def _street(r: random.Random) -> str:
    s = f"{r.randint(3, 2890)} {r.choice(_STREET_NAMES)} {r.choice(_SUFFIXES)}"
    x = r.random()
    if x < 0.15:
        s += f", Apt {r.randint(1, 6)}{r.choice('ABCD')}"
    elif x < 0.25:
        s += f", Suite {r.randint(1, 4)}{r.randint(0, 3)}{r.randint(0, 9)}"
    elif x < 0.3:
        s += f" Unit {r.randint(2, 40)}"
    return s


_ZIP_PREFIX = {"MA": ("010", "014", "018", "021", "024"), "NH": ("030", "034", "038"), "RI": ("028", "029"),
               "CT": ("060", "064", "068"), "ME": ("040", "042", "046"), "VT": ("050", "054", "057")}


def _zip(r: random.Random, state: str | None = None) -> str:
    pre = r.choice(_ZIP_PREFIX[state or r.choice(_STATES)])
    z = f"{pre}{r.randint(0, 9)}{r.randint(1, 9)}"
    if r.random() < 0.25:
        z += f"-{r.randint(1000, 9999)}"
    return z


def _phone(r: random.Random) -> str:
    a = r.choice(("413", "508", "603", "401", "207", "802", "860", "203", "774", "339", "351", "978"))
    e = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(1, 9)}"
    if e == "555":
        e = "556"
    n = f"{r.randint(0, 9999):04d}"
    k = r.randrange(6)
    if k == 0:
        return f"({a}) {e}-{n}"
    if k == 1:
        return f"{a}-{e}-{n}"
    if k == 2:
        return f"{a}.{e}.{n}"
    if k == 3:
        return f"{a} {e} {n}"
    if k == 4:
        return f"+1 {a} {e} {n}"
    return f"1-{a}-{e}-{n}"


def _pager(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"{r.randint(2, 9)}-{r.randint(1000, 9999)}"
    if k == 1:
        return f"{r.randint(20000, 89999)}"
    return _phone(r)


def _email(r: random.Random) -> str:
    f, la = _ascii(r.choice(_FIRST)).lower(), _ascii(r.choice(_LAST)).lower()
    dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "protonmail.com",
                    "verizon.net", "hotmail.com"))
    k = r.randrange(4)
    user = (f"{f}.{la}", f"{f[0]}{la}{r.randint(1, 99)}", f"{la}_{f}{r.randint(50, 99)}", f"{f}{la[:4]}")[k]
    return f"{user}@{dom}"


def _url(r: random.Random) -> str:
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    org = _ascii(r.choice(_DERM_PRACTICES + _EYE_PRACTICES)).lower()[:14]
    f, la = _ascii(r.choice(_FIRST)).lower(), _ascii(r.choice(_LAST)).lower()
    k = r.randrange(4)
    if k == 0:
        return f"https://photos.{org}.com/upload/pt/{r.randint(10000, 99999)}/{tok}"
    if k == 1:
        return f"https://mychart.{org}.org/teledx/case/{tok}"
    if k == 2:
        return f"https://www.caringbridge.org/visit/{f}{la}"
    return f"https://share.{org}.com/s/{tok}?p={r.randint(1000, 9999)}"


def _ip(r: random.Random) -> str:
    first = r.choice((24, 50, 66, 68, 71, 73, 76, 96, 98, 107, 146, 174, 184, 209))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(1, 665)
    sep = r.choice(("-", "-", " "))
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _mrn(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.randint(1000000, 99999999)}"
    if k == 1:
        return f"E{r.randint(100000, 9999999)}"
    if k == 2:
        return f"00{r.randint(100000, 999999)}"
    return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(0, 9)}"


def _account(r: random.Random, kind: str = "any") -> str:
    k = kind if kind != "any" else r.choice(("acct", "fin", "dp", "acc", "ord"))
    if k == "acct":
        return f"{r.randint(1000000000, 9999999999)}"
    if k == "fin":
        return f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"
    if k == "dp":
        return f"{r.choice(('DP', 'SD', 'DS', 'CP'))}{r.randint(18, 24)}-{r.randint(1000, 99999):05d}"
    if k == "acc":
        return f"{r.choice(('CT', 'RA', 'MR', 'XC'))}{r.randint(1000000, 9999999)}"
    return f"{r.choice(('ORD', 'REQ', 'SP'))}-{r.randint(100000, 999999)}"


def _health_plan(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return "".join(r.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(3)) + f"{r.randint(100000000, 999999999)}"
    if k == 1:
        al = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(al + '0123456789')}{r.randint(0, 9)}-"
                f"{r.choice(al)}{r.choice(al + '0123456789')}{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}"
                f"{r.randint(0, 9)}{r.randint(0, 9)}")
    if k == 2:
        return f"100{r.randint(100000000, 999999999)}"
    return f"W{r.randint(10000000, 99999999)}{r.randint(10, 99)}"


def _license(r: random.Random, kind: str = "any") -> str:
    k = kind if kind != "any" else r.choice(("npi", "dea", "dl", "prof"))
    if k == "npi":
        return f"1{r.randint(100000000, 999999999)}"
    if k == "dea":
        return f"{r.choice('ABFGM')}{r.choice('BCDKLMNOPRSTW')}{r.randint(1000000, 9999999)}"
    if k == "dl":
        return f"S{r.randint(10000000, 99999999)}"
    prefix = {"od": "OD", "aud": "AUD"}.get(k) or r.choice(("DN", "MD", "RN", "HAD"))
    return f"{prefix}{r.randint(1000, 299999)}"


def _serial(r: random.Random, kind: str = "any") -> str:
    k = kind if kind != "any" else r.choice(("ci", "ha", "iol", "udi", "plain"))
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    if k == "ci":
        return f"{r.randint(1000, 9999)}{r.randint(100000, 999999)}"
    if k == "ha":
        return f"{r.randint(20, 24)}{r.randint(10, 52)}{r.choice('KLMNPRS')}{r.randint(1000, 9999)}"
    if k == "iol":
        return f"{r.randint(10000000, 39999999)}.{r.randint(1, 199):03d}"
    if k == "udi":
        return (f"(01)00{r.randint(10**11, 10**12 - 1)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}28"
                f"(10){r.choice('LMTX')}{r.randint(1000, 9999)}(21){''.join(r.choice(al) for _ in range(8))}")
    return "".join(r.choice(al) for _ in range(r.randint(7, 10)))


def _vehicle(r: random.Random) -> str:
    if r.random() < 0.5:
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return r.choice("1234512345JKW") + "".join(r.choice(al) for _ in range(16))
    k = r.randrange(3)
    lt = "ABCDEFGHJKLMNPRSTVWXYZ"
    if k == 0:
        return f"{r.randint(1, 9)}{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}{r.randint(10, 99)}"
    if k == 1:
        return f"{r.randint(100, 999)}-{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}"
    return f"{r.choice(lt)}{r.choice(lt)}{r.randint(1000, 9999)}"


def _vehicle_cue(v: str) -> str:
    return "VIN " if len(v) == 17 else "plate "


def _fmt_date(r: random.Random, y: int, m: int, d: int) -> str:
    k = r.randrange(8)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{m}/{d}/{y}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if k == 4:
        return f"{d} {_MONTHS[m - 1][:3]} {y}"
    if k == 5:
        return f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
    if k == 6:
        return f"{_MONTHS[m - 1][:3]}. {d}, {y}"
    return f"{d}.{m}.{y}"


def _real_date(r: random.Random, lo: int, hi: int) -> str:
    return _fmt_date(r, r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def _shifted(r: random.Random) -> str:
    return _fmt_date(r, r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28))


def _sdate(r: random.Random) -> str:
    """A shifted date in MIMIC's own ISO style."""
    return f"{r.randint(2105, 2195)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _age_hi(r: random.Random) -> str:
    n = r.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 101, 102))
    return _NUM_WORDS[n] if n in _NUM_WORDS and r.random() < 0.25 else str(n)


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    return r.choice((f"{y}-{m:02d}", f"{y}-{m:02d}-28", f"{m:02d}/{y}", f"{_MONTHS[m - 1][:3]} {y}"))


def _lot(r: random.Random) -> str:
    return r.choice((f"{r.randint(1000000, 9999999)}", f"L{r.randint(10000, 99999)}",
                     f"{r.choice('MTX')}{r.randint(10, 99)}-{r.randint(1000, 9999)}"))


def _fw(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}",
                     f"v{r.randint(1, 6)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 250)}",
                     f"{r.randint(10, 20)}.{r.randint(0, 4)}.{r.randint(0, 9)}.{r.randint(1, 9)}"))


def _udi_nolot(r: random.Random) -> str:
    return (f"(01)00{r.randint(10**11, 10**12 - 1)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}"
            f"{r.randint(1, 28):02d}(10){_lot(r)}")


# --------------------------------------------------------------------------------------------------
# Note builder: slots are masked ("___" or an unlabelled alternative) unless the plan leaks them
# --------------------------------------------------------------------------------------------------


class _B:
    def __init__(self, leak: set[int] | None, floats: dict[int, list[list]], heavy: bool, rm: random.Random):
        self.leak = leak or set()
        self.floats = floats
        self.heavy = heavy
        self.rm = rm
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.slots: list[tuple[str, str | None]] = []
        self.nflex = 0

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def s(self, cat: str, value: str, alt: str = "___", group: str | None = None) -> None:
        idx = len(self.slots)
        self.slots.append((cat, group))
        if idx in self.leak:
            self.spans.append((self.pos, self.pos + len(value), cat))
            self.t(value)
        else:
            self.t(alt)

    def ep(self, word: str) -> str:
        """An eponym or score name; heavily masked notes over-mask most of them."""
        if self.heavy and self.rm.random() < 0.7:
            return "___"
        return word

    def flex(self, sep: str = " ") -> None:
        idx = self.nflex
        self.nflex += 1
        for parts in self.floats.get(idx, []):
            self.t(sep)
            for p in parts:
                if isinstance(p, tuple):
                    self.spans.append((self.pos, self.pos + len(p[0]), p[1]))
                    self.t(p[0])
                else:
                    self.t(p)

    def text(self) -> str:
        return "".join(self.parts)


# Floating sentences: where a planned category has no fixed slot (or for variety) a sentence carrying it
# is inserted at one of the note's flex points.
_RAD_FLOATS = {
    "PHONE": (("Patient callback number per requisition: ", "@", "."),),
    "FAX": (("Final report to be faxed to the referring office at ", "@", "."),),
    "PAGER": (("Ordering resident pager ", "@", "."), ("Covering fellow may be paged at ", "@", ".")),
    "EMAIL": (("Patient requested a copy of the report by e-mail (", "@", ")."),),
    "URL": (("Outside images available via the patient's share link ", "@", "."),),
    "IP_ADDRESS": (("Outside DICOM images were uploaded by the patient from ", "@", " through the image-exchange "
                    "portal."),),
    "SSN": (("Requisition lists SSN ", "@", "."),),
    "MRN": (("Outside MRN ", "@", " (referring practice)."),),
    "ACCOUNT": (("Outside study accession ", "@", " imported for comparison."),),
    "HEALTH_PLAN": (("Prior authorisation obtained under member ID ", "@", "."),),
    "LICENSE": (("Ordering provider NPI ", "@", "."),),
    "DATE_REAL_YEAR": (("Outside CT performed ", "@", "; report not available."), ("Symptoms since ", "@", ".")),
    "AGE_OVER_89": (("Patient is ", "@", " years old and hard of hearing; history limited."),),
    "DEVICE_ID": (("MRI safety reviewed the implant card (S/N ", "@", ")."),),
    "VEHICLE_ID": (("Pedestrian struck by a vehicle (", "#", "@", " per police report)."),),
    "PERSON": (("History obtained from the patient's daughter, ", "@", "."), ("Case discussed with Dr. ", "@", ".")),
    "LOCATION": (("Fell while hiking near ", "@", "."), ("Recently moved here from ", "@", ".")),
    "ORGANIZATION": (("Outside images from ", "@", " were imported."),),
}
_GEN = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip, "SSN": _ssn,
    "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _health_plan, "LICENSE": _license, "ZIP": _zip,
    "DATE_REAL_YEAR": lambda r: _real_date(r, 1998, 2024), "AGE_OVER_89": _age_hi, "DEVICE_ID": _serial,
    "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": _town,
    "ORGANIZATION": lambda r: r.choice(_OTHER_ORGS + _PCP_PRACTICES + _ENT_PRACTICES),
}


def _float(cat: str, r: random.Random, note_type: str) -> list:
    if note_type == "radiology" and cat in _RAD_FLOATS and r.random() < 0.8:
        v = _GEN[cat](r)
        out: list = []
        for p in r.choice(_RAD_FLOATS[cat]):
            out.append((v, cat) if p == "@" else _vehicle_cue(v) if p == "#" else p)
        return out

    def one(*opts: tuple) -> list:
        return list(r.choice(opts))

    if cat == "PHONE":
        v = (_phone(r), cat)
        return one(("Patient asks that results be left on her cell, ", v, "."),
                   ("Best callback number per patient: ", v, "."),
                   ("Son can be reached at ", v, " to arrange transport."),
                   ("Home phone confirmed at check-in (", v, ")."))
    if cat == "FAX":
        v = (_phone(r), cat)
        return one(("Please fax the signed surgical clearance to ", v, "."),
                   ("Copy of this note faxed to the referring office at ", v, "."),
                   ("Outside slides and report requested by fax (", v, ")."))
    if cat == "PAGER":
        v = (_pager(r), cat)
        return one(("The covering resident may be paged at ", v, " with questions."),
                   ("Fellow on call this weekend: pager ", v, "."),
                   ("For urgent concerns overnight page ", v, "."))
    if cat == "EMAIL":
        v = (_email(r), cat)
        return one(("Patient prefers correspondence by e-mail (", v, ")."),
                   ("Wound photos were e-mailed by the daughter from ", v, "."),
                   ("Education handouts sent to ", v, " at her request."))
    if cat == "URL":
        v = (_url(r), cat)
        return one(("Serial photographs are in the patient's upload folder: ", v, "."),
                   ("Family posts updates at ", v, "."),
                   ("Self-scheduling link sent to the patient: ", v, "."))
    if cat == "IP_ADDRESS":
        v = (_ip(r), cat)
        return one(("Upload log: 3 images received from ", v, " via the patient app."),
                   ("Video visit connected from the patient's home network (", v, ")."),
                   ("Portal audit shows the photo set was submitted from ", v, "."))
    if cat == "SSN":
        v = (_ssn(r), cat)
        return one(("SSN ", v, " appears on the outside requisition."),
                   ("Social Security number (", v, ") was given to registration for the charity-care form."),)
    if cat == "MRN":
        v = (_mrn(r), cat)
        return one(("Outside MRN ", v, " (referring practice)."),
                   ("Prior records filed under medical record number ", v, "."),
                   ("Unit number ", v, " was used for the outside imaging import."))
    if cat == "ACCOUNT":
        v = (_account(r), cat)
        return one(("Billing account ", v, " was used for the pre-authorisation."),
                   ("Outside dermatopathology accession ", v, "; slides requested for review."),
                   ("Order number ", v, " covers today's audiogram."),
                   ("Specimen ID ", v, " on the requisition."))
    if cat == "HEALTH_PLAN":
        v = (_health_plan(r), cat)
        grp = f"{r.randint(100, 999)}{r.randint(10, 99)}-{r.randint(10, 99)}"
        return one(("Member ID ", v, " verified at check-in (employer group ", grp, ")."),
                   ("Health-plan member number ", v, " on file for the prior authorisation."),
                   ("Subscriber ID ", v, "; vision rider covers one pair of frames per year."))
    if cat == "LICENSE":
        v = (_license(r), cat)
        return one(("Prescriber NPI ", v, "."),
                   ("Patient's driver's license ", v, " was scanned to verify identity."),
                   ("Dispensing audiologist license ", v, "."),
                   ("DEA ", v, " used for the opioid prescription."))
    if cat == "ZIP":
        return one(("Mailing ZIP code on file is ", (_zip(r), cat), "."),
                   ("Transport vendor requires the pickup ZIP (", (_zip(r), cat), ")."))
    if cat == "STREET_ADDRESS":
        st, town, state = _street(r), r.choice(_TOWNS_US), r.choice(_STATES)
        opts = [("Patient has moved to ", (st, cat), ", ", (town, "LOCATION"), ", ", state, " ",
                 (_zip(r, state), "ZIP"), "."),
                ("Home health will visit at ", (st, cat), "."),
                ("Lives alone at ", (st, cat), ", ", (town, "LOCATION"), "; no stairs.")]
        return list(r.choice(opts))
    if cat == "DATE_REAL_YEAR":
        v = (_real_date(r, 1998, 2024), cat)
        return one(("Previously seen in this office on ", v, "."),
                   ("Prior Mohs surgery on ", v, " at an outside facility."),
                   ("Patient reports the lesion first bled on ", v, "."),
                   ("Last dilated eye exam ", v, "."))
    if cat == "AGE_OVER_89":
        v = (_age_hi(r), cat)
        return one(("At ", v, " she remains independent in ADLs."),
                   ("He is ", v, " years old and lives with his daughter."),
                   ("Patient, aged ", v, ", declined general anaesthesia."))
    if cat == "DEVICE_ID":
        v = (_serial(r), cat)
        return one(("Replacement processor paired to implant serial ", v, "."),
                   ("Loaner hearing aid returned (serial number ", v, ")."),
                   ("Implant card in chart lists S/N ", v, "."))
    if cat == "VEHICLE_ID":
        v = (_vehicle(r), cat)
        cue = _vehicle_cue(v[0])
        return one(("Patient drove herself (", cue, v, "); advised not to drive with the patch on."),
                   ("Car left in the surgical lot, ", cue, v, ", to be moved by family."),
                   ("Vehicle involved in the collision: ", cue, v, " per police report."))
    if cat == "PERSON":
        v = (_person(r), cat)
        return one(("Accompanied by her grandson, ", v, ", who interprets."),
                   ("Discussed with ", v, ", the patient's health-care proxy."),
                   ("Seen with the resident, Dr. ", v, "."),
                   ("Neighbour ", v, " will drive him home."))
    if cat == "LOCATION":
        v = (_town(r), cat)
        return one(("Spends winters in ", v, "."),
                   ("Grew up in ", v, " and worked outdoors for decades."),
                   ("Recently returned from visiting family in ", v, "."))
    v = (r.choice(_OTHER_ORGS + _PCP_PRACTICES + _HEARING_SHOPS), cat)
    return one(("Records also requested from ", v, "."),
               ("Coordinated with ", v, " regarding post-operative care."),
               ("Patient is affiliated with ", v, "."))


# --------------------------------------------------------------------------------------------------
# Clinical content
# --------------------------------------------------------------------------------------------------

_VITALS = ("T 98.{a} HR {hr} BP 132/78 RR 14 SpO2 98% RA", "BP 128/{d} HR {hr} T 36.{a} C SpO2 97% on room air",
           "Temp 97.{a} HR {hr} BP 141/86 RR 16 O2 sat 99% RA")


def _vitals(r: random.Random) -> str:
    return r.choice(_VITALS).format(a=r.randint(1, 9), hr=r.randint(58, 96), d=r.randint(66, 88))


def _labs(r: random.Random) -> str:
    return (f"WBC-{r.randint(50, 140) / 10} Hgb-{r.randint(105, 155) / 10} Plt-{r.randint(150, 390)} "
            f"Na-{r.randint(134, 144)} K-{r.randint(35, 51) / 10} Cr-{r.randint(6, 14) / 10} "
            f"Glu-{r.randint(82, 190)} INR-{r.randint(9, 13) / 10}")


def _lesion(r: random.Random) -> tuple[str, str]:
    site = r.choice(("left nasal ala", "right helical rim", "left lower eyelid margin", "central forehead",
                     "right preauricular cheek", "vermilion border of the lower lip", "left temple",
                     "right nasal sidewall", "scalp vertex", "left medial canthus"))
    dx = r.choice(("nodular basal cell carcinoma", "infiltrative basal cell carcinoma",
                   "invasive squamous cell carcinoma, well differentiated", "melanoma in situ, lentigo maligna type",
                   "superficial basal cell carcinoma", "squamous cell carcinoma in situ"))
    return site, dx


_DERM_HX = (
    "Fitzpatrick skin type II with extensive childhood sun exposure and several blistering sunburns.",
    "History of multiple actinic keratoses treated with cryotherapy and field therapy with 5-fluorouracil 5% cream.",
    "On apixaban 5 mg BID for atrial fibrillation, continued peri-procedurally per our protocol.",
    "Immunosuppressed after renal transplant (tacrolimus, mycophenolate); high-risk for keratinocyte carcinoma.",
    "No personal history of melanoma; a sibling had a dysplastic nevus excised.",
    "Uses clobetasol 0.05% ointment intermittently for hand dermatitis; started dupilumab 300 mg q2 weeks.",
    "Retired roofer; wears a hat now but rarely uses sunscreen.",
    "Prior imiquimod 5% cream for a superficial lesion on the chest with good response.",
)
_DERM_EXAM = (
    "Dermoscopy showed arborizing vessels and blue-gray ovoid nests.",
    "Dermoscopy: atypical pigment network with regression structures.",
    "{nik} sign negative; no bullae.",
    "{dar} sign negative over the adjacent papules.",
    "No cervical, preauricular or parotid lymphadenopathy.",
    "{hut} sign absent; the nail fold is uninvolved.",
    "Scattered seborrheic keratoses and solar lentigines on the trunk.",
    "Facial nerve function intact, {hb} grade I.",
)
_MOHS_REPAIR = (
    "The {dx} x {dy} cm defect was repaired with a bilobed transposition flap using 5-0 {mono} and 6-0 nylon.",
    "Linear layered closure, {dx} cm, with 5-0 {mono} deep and 6-0 fast-absorbing gut.",
    "Full-thickness skin graft harvested from the right supraclavicular area; bolster with xeroform and {teg}.",
    "Defect left to heal by second intention given the concave site.",
)
_OPHTHO_HX = (
    "Visually significant nuclear sclerotic cataract, 3+ NS, with glare disability while driving at night.",
    "Primary open-angle glaucoma on latanoprost 0.005% qHS and timolol 0.5% BID; last visual field stable.",
    "Type 2 diabetes, mild NPDR OU without macular edema on OCT.",
    "Tamsulosin use; floppy-iris precautions taken.",
    "Myopia -6.50 OU since adolescence; contact-lens wearer for 20 years.",
)
_OPHTHO_EXAM = (
    "BCVA 20/70 OD, 20/30 OS ({sn}); glare testing reduced OD to 20/200.",
    "Near vision {jg} 5 OU with +2.50 add.",
    "IOP 14/16 mmHg by {gold} applanation.",
    "Pupils equal, no {mg} pupil (no RAPD).",
    "{sch} test 6 mm OD and 8 mm OS at 5 minutes.",
    "{ams} grid with metamorphopsia superotemporally OD.",
    "Anterior vitreous with pigment cells ({shf} sign positive); {weiss} present.",
    "Color plates ({ish}) 11/11 OU.",
)
_ENT_EXAM = (
    "{rin} positive bilaterally; {web} lateralizes to the left.",
    "{dix} negative bilaterally.",
    "Facial nerve {hb} grade I bilaterally.",
    "Tympanometry type A bilaterally; acoustic reflexes absent on the left.",
    "Oropharynx clear, {mall} II; no trismus.",
    "Otoscopy: intact tympanic membranes, no cholesteatoma.",
)
_ORAL_HX = (
    "Non-restorable tooth #19 after failed root-canal therapy; socket preservation performed 4 months ago.",
    "Partially impacted teeth #17 and #32 with recurrent pericoronitis.",
    "Former smoker, 20 pack-years, quit 6 years ago; no bisphosphonate exposure.",
    "Mild {stensen} duct stenosis on the left, not symptomatic.",
    "History of {bell} on the right, resolved.",
)
_PLANS = (
    "Sun protection counselling given; broad-spectrum SPF 50 daily and a wide-brimmed hat.",
    "Full-skin examination every 6 months for 2 years, then yearly.",
    "Sutures out in 7 days; petrolatum to the wound twice daily.",
    "Prednisolone acetate 1% QID with a weekly taper, moxifloxacin 0.5% TID for one week.",
    "Ciprofloxacin/dexamethasone otic 4 drops BID for 7 days; keep the ear dry.",
    "Chlorhexidine 0.12% rinse BID, amoxicillin 500 mg TID for 7 days, ibuprofen 600 mg q6h PRN.",
    "Hydrocodone/acetaminophen 5/325 mg, 6 tablets dispensed, for breakthrough pain only.",
    "Return precautions reviewed; for accidental ingestion of any medication call {poison}.",
    "Device problems may be reported to {medwatch}.",
    "For thoughts of self-harm call or text {crisis}; coverage questions to {medicare}.",
    "Patient education material from {site} was provided.",
)


def _fill(b: _B, r: random.Random, pool: tuple[str, ...], k: int) -> None:
    fmt = {
        "nik": b.ep("Nikolsky"), "dar": b.ep("Darier"), "hut": b.ep("Hutchinson"), "hb": b.ep("House-Brackmann"),
        "mono": "Monocryl", "teg": "Tegaderm", "sn": b.ep("Snellen"), "jg": b.ep("Jaeger"),
        "gold": b.ep("Goldmann"), "mg": b.ep("Marcus Gunn"), "sch": b.ep("Schirmer"), "ams": b.ep("Amsler"),
        "shf": b.ep("Shafer"), "weiss": b.ep("Weiss ring"), "ish": b.ep("Ishihara"), "rin": b.ep("Rinne"),
        "web": b.ep("Weber"), "dix": b.ep("Dix-Hallpike"), "mall": b.ep("Mallampati"), "stensen": b.ep("Stensen"),
        "bell": b.ep("Bell palsy"), "poison": _HOTLINES[0], "medwatch": _HOTLINES[1], "crisis": _HOTLINES[2],
        "medicare": _HOTLINES[3], "site": r.choice(_PUBLIC_SITES),
        "dx": f"{r.randint(8, 30) / 10}", "dy": f"{r.randint(8, 25) / 10}",
    }
    for s in r.sample(pool, min(k, len(pool))):
        b.t(s.format(**fmt) + " ")


# --------------------------------------------------------------------------------------------------
# Shared layout pieces
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, r: random.Random):
        self.sex = r.choice(("F", "M"))
        self.noun = "woman" if self.sex == "F" else "man"
        self.pro = "She" if self.sex == "F" else "He"
        self.pos = "her" if self.sex == "F" else "his"
        f, la = r.choice(_FIRST), r.choice(_LAST)
        self.pt = f"{f} {la}"
        self.pt_caps = f"{la.upper()}, {f.upper()}"
        rf, rl = r.choice(_FIRST), r.choice(_LAST)
        self.ref = r.choice((f"{rf} {rl}", f"{rf} {rl}", f"{rf[0]}. {rl}"))
        self.ref_last = rl
        self.author = _person(r, "fl")
        self.dob = _real_date(r, 1922, 1996)
        self.age_lo = str(r.randint(19, 88))
        self.age_hi = _age_hi(r)
        self.age_alt = r.choice(("___", self.age_lo))
        self.mrn = _mrn(r)


def _age(b: _B, c: _Ctx) -> None:
    b.s("AGE_OVER_89", c.age_hi, alt=c.age_alt)


def _address_block(b: _B, r: random.Random, grp: str, sep: str = "\n") -> None:
    b.s("STREET_ADDRESS", _street(r), group=grp)
    b.t(sep)
    b.s("LOCATION", r.choice(_TOWNS_US), group=grp)
    st = r.choice(_STATES)
    b.t(f", {st} ")
    b.s("ZIP", _zip(r, st), group=grp)


def _letterhead(b: _B, r: random.Random, pool: tuple[str, ...]) -> None:
    b.s("ORGANIZATION", r.choice(pool))
    b.t("\n")
    _address_block(b, r, "lh")
    b.t("\nTel ")
    b.s("PHONE", _phone(r))
    b.t(r.choice(("   Fax ", "  |  Fax: ", "\nFax ")))
    b.s("FAX", _phone(r))
    b.t("\n")
    if r.random() < 0.4:
        b.t(f"Tax ID {r.randint(10, 99)}-{r.randint(1000000, 9999999)}   Practice hours Mon-Fri 8-5\n")
    b.t("\n")


def _re_line(b: _B, r: random.Random, c: _Ctx) -> None:
    b.t("RE:  ")
    b.s("PERSON", r.choice((c.pt, c.pt_caps)))
    b.t("    DOB: ")
    b.s("DATE_REAL_YEAR", c.dob)
    b.t(r.choice(("    Chart #: ", "    MRN: ", "    Acct/MRN: ")))
    b.s("MRN", c.mrn)
    b.t("\n")
    if r.random() < 0.5:
        b.t("Insurance: ")
        b.t(r.choice(("Harvard Pilgrim", "Tufts Health Plan", "Medicare Part B", "MassHealth", "BCBS of NH")))
        b.t("   Member ID: ")
        b.s("HEALTH_PLAN", _health_plan(r))
        b.t(f"   Group: {r.randint(100000, 999999)}\n")
    b.t(f"Date of service: {_shifted(r)}\n\n")


def _signature(b: _B, r: random.Random, c: _Ctx, dept: str) -> None:
    b.t(r.choice(("Sincerely,\n\n", "With kind regards,\n\n", "Best regards,\n\n", "Electronically signed by\n")))
    b.s("PERSON", c.author)
    b.t(r.choice((", MD\n", ", MD, FAAD\n", ", DO\n", ", DMD, MD\n", ", MD, PhD\n")))
    b.t(dept + "\n")
    if r.random() < 0.6:
        b.t("NPI ")
        b.s("LICENSE", _license(r, "npi"))
        b.t("   ")
    if r.random() < 0.5:
        b.t("Pager ")
        b.s("PAGER", _pager(r))
    b.t("\n")
    b.flex("\n")
    b.t("\ncc: ")
    b.s("PERSON", c.pt)
    b.t("; ")
    b.s("ORGANIZATION", r.choice(_PCP_PRACTICES))
    b.t("\n")


def _social(b: _B, r: random.Random, c: _Ctx) -> None:
    b.t("\nSocial History:\n")
    b.t(f"Lives with {r.choice(('spouse', 'daughter', 'partner', 'a roommate'))} in ")
    b.s("LOCATION", _town(r))
    b.t(r.choice((". Works at ", ". Retired from ", ". Volunteers at ")))
    b.s("ORGANIZATION", r.choice(_OTHER_ORGS))
    b.t(f". {r.choice(('Never smoker', 'Former smoker, quit 2 decades ago', 'Smokes 5 cigarettes/day'))}; "
        f"alcohol {r.choice(('none', 'socially', '2 beers on weekends'))}. ")
    if r.random() < 0.4:
        b.t("Daughter ")
        b.s("PERSON", _person(r, "fl"))
        b.t(" (")
        b.s("PHONE", _phone(r))
        b.t(") is the emergency contact. ")
    b.flex()
    b.t("\n")


# --------------------------------------------------------------------------------------------------
# Note templates (discharge-type)
# --------------------------------------------------------------------------------------------------


def _t_derm_letter(b: _B, r: random.Random, c: _Ctx) -> None:
    _letterhead(b, r, _DERM_PRACTICES)
    b.t(f"{_shifted(r)}\n\nDr. ")
    b.s("PERSON", c.ref)
    b.t("\n")
    b.s("ORGANIZATION", r.choice(_PCP_PRACTICES))
    b.t("\n")
    _address_block(b, r, "ref", ", ")
    b.t("\n\n")
    _re_line(b, r, c)
    b.t("Dear Dr. ")
    b.s("PERSON", c.ref_last)
    b.t(",\n\nThank you for referring ")
    b.s("PERSON", c.pt)
    b.t(", a ")
    _age(b, c)
    b.t(f"-year-old {c.noun}, for Mohs micrographic surgery. ")
    site, dx = _lesion(r)
    b.t(f"{c.pro} presented with a biopsy-proven {dx} of the {site}, present for about {r.randint(3, 18)} months. ")
    b.flex()
    b.t("\n\nHistory:\n")
    _fill(b, r, _DERM_HX, r.randint(2, 4))
    b.flex()
    b.t("\n\nPathology:\nShave biopsy read at ")
    b.s("ORGANIZATION", r.choice(_DERMPATH_LABS))
    b.t(" (accession ")
    b.s("ACCOUNT", _account(r, "dp"), alt=r.choice(("___", "on file")))
    b.t(f"): {dx}, {b.ep('Breslow')} depth not applicable, margins involved. "
        f"Control block lot {_lot(r)}; immunostain clone Ber-EP4. CPT 88305.\n\n")
    b.t("Examination:\n")
    b.t(f"{_vitals(r)}. ")
    _fill(b, r, _DERM_EXAM, r.randint(2, 4))
    b.t(f"\n\nProcedure ({b.ep('Mohs')}, CPT 17311/17312) in Procedure Room {r.randint(1, 6)}:\n")
    b.t("Local anaesthesia with lidocaine 1% with epinephrine 1:100,000 (lot "
        f"{_lot(r)}, exp {_expiry(r)}).\n")
    b.t("Stage | Blocks | Margin status                         | Residual tumour\n")
    n_stage = r.randint(1, 3)
    for k in range(1, n_stage + 1):
        pos = "clear" if k == n_stage else f"positive {r.randint(1, 11)}-{r.randint(1, 12)} o'clock, deep"
        b.t(f"{'I' * k:5} | {r.randint(2, 5):6} | {pos:37} | {'none' if k == n_stage else 'yes'}\n")
    b.t("\nRepair: ")
    _fill(b, r, _MOHS_REPAIR, 1)
    b.t("\n\nPlan:\n")
    _fill(b, r, _PLANS[:3] + _PLANS[7:], r.randint(2, 4))
    b.flex()
    b.t(f"\nWe will see {c.pos} back in 1 week for suture removal and would be glad to continue shared care.\n\n")
    _signature(b, r, c, "Mohs Surgery and Cutaneous Oncology")


def _t_ophtho_op(b: _B, r: random.Random, c: _Ctx) -> None:
    eye = r.choice(("right eye (OD)", "left eye (OS)"))
    b.t("OPERATIVE REPORT - OPHTHALMOLOGY\n\n")
    b.t("Patient: ")
    b.s("PERSON", c.pt_caps)
    b.t("   MR#: ")
    b.s("MRN", c.mrn)
    b.t("   Encounter: ")
    b.s("ACCOUNT", _account(r, "fin"))
    b.t("\nDate of birth: ")
    b.s("DATE_REAL_YEAR", c.dob)
    b.t(f"   Date of surgery: {_shifted(r)}   OR {r.randint(1, 9)}\n")
    b.t("Surgeon: Dr. ")
    b.s("PERSON", c.author)
    b.t("   Assistant: ")
    b.s("PERSON", _person(r, "ifl"))
    b.t("\nReferring: ")
    b.s("ORGANIZATION", r.choice(_EYE_PRACTICES))
    b.t("\n\n")
    retina = r.random() < 0.35
    if retina:
        b.t(f"PROCEDURE: 23-gauge pars plana vitrectomy, membrane peel with ILM staining, endolaser and 14% C3F8 "
            f"gas, {eye}.\n")
        b.t("INDICATION: macula-on rhegmatogenous retinal detachment. ")
    else:
        b.t(f"PROCEDURE: Phacoemulsification with posterior-chamber intraocular lens implantation, {eye}.\n")
        b.t("INDICATION: ")
    b.t("Patient is a ")
    _age(b, c)
    b.t(f" year old {c.noun}. ")
    _fill(b, r, _OPHTHO_HX, r.randint(2, 3))
    _fill(b, r, _OPHTHO_EXAM, r.randint(2, 4))
    b.flex()
    b.t(f"\n\nBIOMETRY ({r.choice(('IOLMaster 700', 'Lenstar LS 900'))}, software {_fw(r)}): "
        f"AL {r.randint(2150, 2600) / 100} mm, K1 {r.randint(4150, 4450) / 100} D @ {r.randint(1, 179)}, "
        f"K2 {r.randint(4250, 4600) / 100} D, ACD {r.randint(250, 370) / 100} mm. {b.ep('Barrett')} Universal II "
        f"target -0.25 D.\n\n")
    b.t("DESCRIPTION: After informed consent the eye was prepped with 5% povidone-iodine. Topical and intracameral "
        "lidocaine were given. A 2.4 mm clear corneal incision and continuous curvilinear capsulorhexis were made; "
        f"phaco chop, CDE {r.randint(300, 1400) / 100}. Trypan blue used for capsule staining. The lens was placed "
        "in the bag and the wounds hydrated. Intracameral moxifloxacin 0.1 mL. No complications. ")
    if retina:
        b.t("A 3-port vitrectomy was then performed with 360-degree endolaser; fluid-air exchange and C3F8 gas. ")
    b.flex()
    power = f"+{r.randint(150, 260) / 10:.1f} D"
    b.t("\n\nIMPLANT RECORD\n")
    b.t("Item            | Model / REF              | Power    | Serial number      | Lot       | Expires\n")
    b.t(f"IOL             | {r.choice(_IOL_MODELS):24} | {power:8} | ")
    b.s("DEVICE_ID", _serial(r, "iol"), alt="(sticker)")
    b.t(f" | {_lot(r):9} | {_expiry(r)}\n")
    b.t(f"Viscoelastic    | DisCoVisc 1.0 mL         | -        | -                  | {_lot(r):9} | {_expiry(r)}\n")
    b.t(f"UDI (lot only): {_udi_nolot(r)}\n")
    if r.random() < 0.5:
        b.t("UDI with serial: ")
        b.s("DEVICE_ID", _serial(r, "udi"), alt="___")
        b.t("\n")
    b.t(f"\nEBL minimal. Specimens none. Foley not required. Patient to PACU bay {r.randint(1, 14)} in stable "
        "condition.\n\nPOST-OP PLAN: ")
    _fill(b, r, (_PLANS[3], _PLANS[7], _PLANS[8], _PLANS[10]), 2)
    b.t("Post-op day 1 visit at ")
    b.s("ORGANIZATION", r.choice(_EYE_PRACTICES), alt="the ___ office")
    b.t(". Patient may not drive until cleared; ")
    b.t("driver today was her son" if c.sex == "F" else "driver today was his wife")
    veh = _vehicle(r)
    b.t(r.choice((" (vehicle ", " (car ")) + _vehicle_cue(veh))
    b.s("VEHICLE_ID", veh)
    b.t(").\n")
    b.flex("\n")
    b.t("\nDictated by ")
    b.s("PERSON", c.author)
    b.t(f", MD on {_shifted(r)} at {r.randint(7, 17)}:{r.randint(10, 59)}. Pager ")
    b.s("PAGER", _pager(r))
    b.t(".\n")


def _t_ent_ci(b: _B, r: random.Random, c: _Ctx) -> None:
    b.t(r.choice(("COCHLEAR IMPLANT SURGERY AND ACTIVATION SUMMARY\n\n", "OTOLOGY / AUDIOLOGY SUMMARY\n\n")))
    b.t("Name:  ")
    b.s("PERSON", c.pt)
    b.t("                 Unit No:   ")
    b.s("MRN", c.mrn)
    b.t("\n\nAdmission Date:  ")
    b.s("DATE_REAL_YEAR", _real_date(r, 2016, 2024), alt="___")
    b.t("              Discharge Date:   ___\n\nDate of Birth:  ")
    b.s("DATE_REAL_YEAR", c.dob)
    b.t(f"             Sex:   {c.sex}\n\nService: OTOLARYNGOLOGY\n\nAllergies:\n")
    b.t(r.choice(("No Known Allergies / Adverse Drug Reactions", "penicillins", "sulfa (rash)", "latex")))
    b.t("\n\nAttending: ")
    b.s("PERSON", c.author)
    b.t(".\n\nChief Complaint:\nprogressive bilateral sensorineural hearing loss\n\nHistory of Present Illness:\n")
    _age(b, c)
    b.t(f" year old {c.noun} with progressive bilateral SNHL, thought related to {b.ep('Ménière')} disease on "
        f"the left and presbycusis, failing amplification with {r.choice(_HEARING_AIDS)} fitted at ")
    b.s("ORGANIZATION", r.choice(_HEARING_SHOPS))
    b.t(". ")
    _fill(b, r, _ENT_EXAM, r.randint(2, 4))
    b.flex()
    pta_r, pta_l = r.randint(55, 85), r.randint(88, 110)
    b.t(f"\n\nAudiometry:\nPTA right {pta_r} dB HL, left {pta_l} dB HL; thresholds 95 dB HL at 4 kHz on the left; "
        f"word recognition {r.randint(4, 30)}% left, {r.randint(40, 76)}% right. AzBio sentences in quiet "
        f"{r.randint(8, 35)}% aided.\n\n")
    b.t(f"Major Surgical or Invasive Procedure:\nLeft cochlear implantation via transmastoid facial recess, "
        f"round-window insertion ({_sdate(r)}).\n\n")
    b.t("Brief Hospital Course:\nUncomplicated surgery; full insertion of all electrodes, NRT responses on every "
        "channel, facial nerve monitor stable. Post-op CT temporal bone confirmed intracochlear position. "
        f"Glasgow Coma Scale 15 on arrival to the floor. {_vitals(r)}. Labs: {_labs(r)}. ")
    b.flex()
    b.t("\n\nDevice record:\n")
    b.t(f"  Implant model: {r.choice(_CI_MODELS)}   Lot {_lot(r)}   Use by {_expiry(r)}\n  Implant serial: ")
    b.s("DEVICE_ID", _serial(r, "ci"), alt="see implant card")
    b.t(f"\n  Sound processor: {r.choice(_PROCESSORS)}, firmware {_fw(r)}, serial ")
    b.s("DEVICE_ID", _serial(r, "plain"))
    b.t(f"\n  HCPCS L8614; CPT 69930; ICD-10 H90.3\n  UDI (GTIN/lot/expiry only): {_udi_nolot(r)}\n")
    b.t("  Implant registration card mailed to ")
    _address_block(b, r, "home", ", ")
    b.t("\n\nActivation / hearing-aid fitting (contralateral):\n")
    b.t(f"Right ear refitted with {r.choice(_HEARING_AIDS)} (firmware {_fw(r)}) at ")
    b.s("ORGANIZATION", r.choice(_HEARING_SHOPS))
    b.t("; real-ear measurement matched NAL-NL2 targets within 5 dB. Hearing-aid serial ")
    b.s("DEVICE_ID", _serial(r, "ha"))
    b.t(". Dispensing audiologist ")
    b.s("PERSON", _person(r, "fl"))
    b.t(", AuD, license ")
    b.s("LICENSE", _license(r, "aud"))
    b.t(".\n")
    _social(b, r, c)
    b.t("\nDischarge Medications:\n1. Cephalexin 500 mg PO QID x 5 days\n2. Acetaminophen 650 mg PO q6h PRN\n"
        "3. Ondansetron 4 mg PO q8h PRN nausea\n\nDischarge Disposition:\nHome\n\n"
        "Discharge Instructions:\nKeep the dressing on for 48 hours. No MRI without contacting the implant clinic "
        "(magnet removal may be needed). ")
    _fill(b, r, (_PLANS[7], _PLANS[8], _PLANS[10]), 1)
    b.t("\n\nFollowup Instructions:\nActivation visit in 3 weeks with audiology; call ")
    b.s("PHONE", _phone(r))
    b.t(" for fever or facial weakness. Billing questions: account ")
    b.s("ACCOUNT", _account(r, "acct"))
    b.t(".\n")
    b.flex("\n")


def _t_oral(b: _B, r: random.Random, c: _Ctx) -> None:
    _letterhead(b, r, _DENTAL_PRACTICES)
    b.t("ORAL AND MAXILLOFACIAL SURGERY - PROCEDURE NOTE\n\n")
    _re_line(b, r, c)
    b.t("Referred by: Dr. ")
    b.s("PERSON", c.ref)
    b.t(", ")
    b.s("ORGANIZATION", r.choice(_DENTAL_PRACTICES))
    b.t("\n\nPatient is a ")
    _age(b, c)
    b.t(f" yo {c.noun}. ASA {r.choice(('I', 'II', 'III'))}. ")
    _fill(b, r, _ORAL_HX, r.randint(2, 3))
    b.t(f"{_vitals(r)}. {b.ep('Mallampati')} II. Pre-op CBCT ({r.choice(_CBCT_UNITS)}) reviewed: adequate bone "
        f"height, inferior alveolar canal {r.randint(3, 7)} mm below the planned apex. ")
    b.flex()
    b.t("\n\nProcedure log:\n")
    t0 = r.randint(7, 14)
    b.t(f"{t0:02d}:05  IV sedation (midazolam 4 mg, fentanyl 75 mcg); local 2% lidocaine 1:100,000 x 3 carpules "
        f"(lot {_lot(r)}, exp {_expiry(r)})\n")
    b.t(f"{t0:02d}:20  Extraction of teeth #1, #16, #17, #32; sectioning of #17\n")
    b.t(f"{t0:02d}:41  Implant placed site #{r.choice((19, 30, 8, 9, 14))}; insertion torque {r.randint(25, 45)} Ncm, "
        f"ISQ {r.randint(60, 80)}\n")
    b.t(f"{t0 + 1:02d}:02  Mineralized cortical allograft 0.5 cc (lot {_lot(r)}, exp {_expiry(r)}); collagen "
        "membrane; 4-0 chromic gut\n\n")
    b.t(f"Implant record:\n  Fixture: {r.choice(_DENTAL_IMPLANTS)}\n  Lot: {_lot(r)}   Expiry: {_expiry(r)}\n")
    b.t(f"  UDI: {_udi_nolot(r)}\n  Implant serial (patient card): ")
    b.s("DEVICE_ID", _serial(r, "plain"), alt="n/a (lot-tracked)")
    b.t("\n\nPost-operative instructions given verbally and in writing. ")
    _fill(b, r, (_PLANS[5], _PLANS[6], _PLANS[7]), 2)
    b.flex()
    b.t("\nPrescriptions sent to ")
    b.s("ORGANIZATION", r.choice(_OTHER_ORGS[12:14]))
    b.t("; prescriber DEA ")
    b.s("LICENSE", _license(r, "dea"))
    b.t(".\nEscort: ")
    b.s("PERSON", _person(r, "fl"))
    b.t(", cell ")
    b.s("PHONE", _phone(r))
    b.t(".\n\n")
    _signature(b, r, c, "Oral and Maxillofacial Surgery")


def _t_lens_rx(b: _B, r: random.Random, c: _Ctx) -> None:
    _letterhead(b, r, _EYE_PRACTICES + _OPTICAL_SHOPS)
    b.t("SPECTACLE AND CONTACT LENS PRESCRIPTION\n\n")
    b.t("Patient: ")
    b.s("PERSON", c.pt)
    b.t("    DOB: ")
    b.s("DATE_REAL_YEAR", c.dob)
    b.t("    Pt ID: ")
    b.s("MRN", c.mrn)
    b.t("\nAddress: ")
    _address_block(b, r, "pt", ", ")
    b.t(f"\nExam date: {_shifted(r)}\n\nReason for visit: "
        f"{r.choice(('routine refraction', 'blur at near', 'contact-lens renewal', 'post-cataract refraction'))}. ")
    _fill(b, r, _OPHTHO_HX, r.randint(1, 3))
    b.t("\n\n")

    def rx() -> str:
        return f"{r.choice(('-', '+'))}{r.randint(0, 28) * 0.25:.2f}"

    b.t("Spectacles  | Sphere | Cyl   | Axis | Add   | Prism     | VA\n")
    for eye in ("OD", "OS"):
        b.t(f"{eye:11} | {rx():6} | -{r.randint(0, 8) * 0.25:.2f} | {r.randint(1, 180):03d}  | "
            f"+{r.randint(4, 12) * 0.25:.2f} | {r.choice(('--', '0.5 BI', '1 BD'))!s:9} | 20/{r.choice((20, 25))}\n")
    b.t(f"PD {r.randint(58, 68)}/{r.randint(55, 64)} mm. Lens: polycarbonate, AR coat, progressive.\n\n")
    b.t("Contact lenses | Brand                  | BC  | DIA  | Power  | Replace\n")
    brand = r.choice(("Acuvue Oasys", "Biofinity", "Dailies Total1", "Bausch + Lomb ULTRA"))
    for eye in ("OD", "OS"):
        b.t(f"{eye:14} | {brand:22} | 8.{r.randint(4, 7)} | 14.{r.randint(0, 2)} | {rx():6} | 2 weeks\n")
    b.t(f"Trial lens lot {_lot(r)} (exp {_expiry(r)}).\n\nFindings: ")
    _fill(b, r, _OPHTHO_EXAM, r.randint(2, 3))
    b.t(f"Cup-to-disc ratio 0.{r.randint(2, 6)} OU. Worth 4-dot: fusion at near. ")
    b.t("Patient, a ")
    _age(b, c)
    b.t(f" year old {c.noun}, reports good adaptation to progressives. ")
    b.flex()
    b.t("\n\nPrevious refraction on ")
    b.s("DATE_REAL_YEAR", _real_date(r, 2015, 2024), alt=_shifted(r))
    b.t("; this prescription is valid for 2 years. Frames to be dispensed at ")
    b.s("ORGANIZATION", r.choice(_OPTICAL_SHOPS))
    b.t(f". Vision plan: {r.choice(('VSP', 'EyeMed', 'Davis Vision'))}, subscriber ID ")
    b.s("HEALTH_PLAN", _health_plan(r))
    b.t(f", employer group {r.randint(10000, 99999)}.\n\n")
    b.t("Prescriber: ")
    b.s("PERSON", c.author)
    b.t(", OD   License ")
    b.s("LICENSE", _license(r, "od"))
    b.t("   NPI ")
    b.s("LICENSE", _license(r, "npi"))
    b.t("\n")
    b.flex("\n")


def _t_teleder(b: _B, r: random.Random, c: _Ctx) -> None:
    b.t("TELEDERMATOLOGY E-CONSULT (store-and-forward)\n\n")
    b.t("Requesting clinician: Dr. ")
    b.s("PERSON", c.ref)
    b.t(" - ")
    b.s("ORGANIZATION", r.choice(_PCP_PRACTICES))
    b.t("\nPatient: ")
    b.s("PERSON", c.pt_caps)
    b.t("   MRN ")
    b.s("MRN", c.mrn)
    b.t("   Order #: ")
    b.s("ACCOUNT", _account(r, "ord"))
    b.t(f"\nSubmitted: {_sdate(r)} {r.randint(8, 20)}:{r.randint(10, 59)}   Images: {r.randint(2, 6)}\n")
    b.t("Image upload: patient app, from IP ")
    b.s("IP_ADDRESS", _ip(r))
    b.t(f"; device iPhone 14 Pro (iOS 17.{r.randint(0, 6)}.{r.randint(1, 3)}), app build {_fw(r)}\n")
    b.t("Portal link: ")
    b.s("URL", _url(r))
    b.t("\nPatient contact: ")
    b.s("EMAIL", _email(r))
    b.t("\n\nQuestion from referring clinician:\n")
    site, dx = _lesion(r)
    b.t(f"Changing lesion on the {site} in a ")
    _age(b, c)
    b.t(f" year old {c.noun}. Please advise on need for biopsy. ")
    b.flex()
    b.t("\n\nHistory provided:\n")
    _fill(b, r, _DERM_HX, r.randint(2, 3))
    b.t("\n\nImage review:\n")
    _fill(b, r, _DERM_EXAM, r.randint(2, 3))
    b.t(f"Image quality adequate; ruler in frame, white balance acceptable (camera firmware {_fw(r)}). ")
    b.flex()
    b.t(f"\n\nAssessment:\nFavour {dx}. Differential includes irritated seborrheic keratosis and amelanotic "
        f"melanoma. ICD-10 C44.31{r.randint(0, 9)}.\n\nRecommendations:\n1. In-person visit with shave or punch "
        "biopsy within 2-4 weeks.\n2. ")
    _fill(b, r, (_PLANS[0], _PLANS[1]), 1)
    b.t(f"\n3. Reference material from {r.choice(_PUBLIC_SITES)} sent via portal.\n\n")
    b.t("E-consult completed by ")
    b.s("PERSON", c.author)
    b.t(f", MD (dermatology), time spent {r.randint(6, 25)} minutes, CPT 99452.\n")
    if r.random() < 0.5:
        b.t("Reply routed to the referring office fax ")
        b.s("FAX", _phone(r))
        b.t(".\n")
    b.flex("\n")


def _t_ds_admit(b: _B, r: random.Random, c: _Ctx) -> None:
    kind = r.choice(("orbit", "ludwig", "mandible", "zoster"))
    service = {"orbit": "OPHTHALMOLOGY", "ludwig": "ORAL/MAXILLOFACIAL SURGERY", "mandible": "PLASTIC SURGERY",
               "zoster": "MEDICINE"}[kind]
    b.t("Name:  ")
    b.s("PERSON", r.choice((c.pt, c.pt_caps)))
    b.t("                  Unit No:   ")
    b.s("MRN", c.mrn)
    b.t("\n\nAdmission Date:  ")
    b.s("DATE_REAL_YEAR", _real_date(r, 2012, 2024))
    b.t("              Discharge Date:   ___\n\nDate of Birth:  ")
    b.s("DATE_REAL_YEAR", c.dob)
    b.t(f"             Sex:   {c.sex}\n\nService: {service}\n\nAllergies:\n")
    b.t(r.choice(("Patient recorded as having No Known Allergies to Drugs", "Codeine / Penicillins", "iodine")))
    b.t("\n\nAttending: ")
    b.s("PERSON", c.author)
    b.t(".\n\nChief Complaint:\n")
    cc = {"orbit": "right eyelid swelling and painful eye movements", "ludwig": "floor-of-mouth swelling, drooling",
          "mandible": "jaw pain after motor vehicle collision", "zoster": "vesicular rash of the forehead, eye pain"}
    b.t(cc[kind] + "\n\nMajor Surgical or Invasive Procedure:\n")
    proc = {"orbit": "none", "ludwig": "incision and drainage of submandibular and sublingual spaces, extraction #18",
            "mandible": "open reduction internal fixation of a left parasymphyseal mandible fracture",
            "zoster": "none"}
    b.t(proc[kind] + "\n\nHistory of Present Illness:\n")
    _age(b, c)
    b.t(f" year old {c.noun} ")
    if kind == "orbit":
        b.t("with 3 days of sinus congestion followed by proptosis and chemosis of the right eye. "
            f"{b.ep('Lund-Mackay')} score 14 on CT. ")
    elif kind == "ludwig":
        b.t(f"with a carious tooth #18 and 2 days of progressive submandibular swelling consistent with "
            f"{b.ep('Ludwig')} angina; airway patent, tolerating secretions. ")
    elif kind == "mandible":
        b.t(f"restrained driver in a motor vehicle collision, {b.ep('Glasgow')} Coma Scale 15, with malocclusion and "
            "step-off at the left parasymphysis. ")
        veh = _vehicle(r)
        b.t(f"Vehicle {_vehicle_cue(veh)}per EMS run sheet: ")
        b.s("VEHICLE_ID", veh)
        b.t(". ")
    else:
        b.t(f"with a vesicular eruption along V1 and a positive {b.ep('Hutchinson')} sign; "
            f"history of {b.ep('Parkinson')} disease and {b.ep('Lewy body')} features. ")
    b.t("Transferred from ")
    b.s("ORGANIZATION", r.choice(_OTHER_ORGS[14:]))
    b.t(" in ")
    b.s("LOCATION", r.choice(_TOWNS_US))
    b.t(". ")
    b.flex()
    b.t("\n\nPast Medical History:\n")
    pmh = ("Hypertension", "Hyperlipidemia", "Type 2 diabetes", "BPH s/p TURP, no Foley at baseline",
           "Remote subarachnoid hemorrhage (Hunt and Hess grade 2), clipped", "Pancreatic cancer s/p Whipple",
           "Atrial fibrillation on apixaban", "Osteoporosis")
    for k, item in enumerate(r.sample(pmh, r.randint(3, 5)), 1):
        for w in ("Foley", "Hunt and Hess", "Whipple"):
            if w in item:
                item = item.replace(w, b.ep(w))
        b.t(f"{k}. {item}\n")
    _social(b, r, c)
    b.t("\nFamily History:\nNon-contributory.\n\nPhysical Exam:\n")
    b.t(f"{_vitals(r)}\n")
    _fill(b, r, _OPHTHO_EXAM if kind in ("orbit", "zoster") else _ENT_EXAM, r.randint(2, 3))
    b.t(f"\n\nPertinent Results:\n{_sdate(r)} 06:{r.randint(10, 59)}AM BLOOD {_labs(r)}\n"
        f"Blood cultures x2: no growth. Accession ")
    b.s("ACCOUNT", _account(r, "acc"), alt="___")
    b.t(f". CT {r.choice(('orbits', 'neck', 'face'))} with contrast on {_sdate(r)} as below.\n\n")
    b.t("Brief Hospital Course:\n")
    course = {
        "orbit": "Started on IV vancomycin and ampicillin-sulbactam with nasal decongestants; ENT followed. "
                 "Motility and vision improved by hospital day 3; transitioned to amoxicillin-clavulanate 875/125 mg.",
        "ludwig": "Taken to the OR for I&D with extraction; cultures grew Streptococcus anginosus. Remained on the "
                  "floor with airway monitoring; drains removed on day 3.",
        "mandible": "Underwent ORIF with 2.0 mm locking plates; occlusion restored, no maxillomandibular fixation. "
                    "Tolerating a full-liquid diet.",
        "zoster": "Started on IV acyclovir; ophthalmology saw no keratitis or uveitis. Pain controlled with "
                  "gabapentin.",
    }
    b.t(course[kind] + " ")
    b.flex()
    b.t("\n\nDischarge Medications:\n")
    meds = ("Amoxicillin-clavulanate 875/125 mg PO BID", "Acetaminophen 1000 mg PO q8h", "Valacyclovir 1 g PO TID",
            "Chlorhexidine 0.12% rinse 15 mL BID", "Erythromycin ophthalmic ointment QHS", "Docusate 100 mg PO BID",
            "Fluticasone nasal 2 sprays daily")
    for k, m in enumerate(r.sample(meds, r.randint(3, 5)), 1):
        b.t(f"{k}. {m}\n")
    b.t("\nDischarge Disposition:\n")
    if r.random() < 0.3:
        b.t("Extended Care\n\nFacility:\n")
        b.s("ORGANIZATION", r.choice(_OTHER_ORGS[:4]))
        b.t("\n")
    else:
        b.t("Home With Service\n\nFacility:\n")
        b.s("ORGANIZATION", r.choice(("Merrimack Valley VNA", "Tri-Town Visiting Nurses", "Seacoast Home Care")))
        b.t("\n")
    b.t("\nDischarge Diagnosis:\n")
    dxs = {"orbit": "Right orbital cellulitis, acute maxillary and ethmoid sinusitis",
           "ludwig": "Ludwig angina, odontogenic", "mandible": "Left parasymphyseal mandible fracture",
           "zoster": "Herpes zoster ophthalmicus"}
    b.t(dxs[kind].replace("Ludwig", b.ep("Ludwig")))
    b.t("\n\nDischarge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
        "interactive.\nActivity Status: Ambulatory - Independent.\n\nDischarge Instructions:\n")
    _fill(b, r, _PLANS[3:], 2)
    b.t("\n\nFollowup Instructions:\nDr. ")
    b.s("PERSON", c.ref_last)
    b.t(" at ")
    b.s("ORGANIZATION", r.choice(_ENT_PRACTICES + _EYE_PRACTICES + _DENTAL_PRACTICES))
    b.t(" in 1 week; phone ")
    b.s("PHONE", _phone(r))
    b.t("\n")
    b.flex("\n")


# --------------------------------------------------------------------------------------------------
# Radiology templates
# --------------------------------------------------------------------------------------------------


_RAD_EXTRA = {
    "cbct": (
        "The nasopalatine canal measures 4 mm in diameter without cystic enlargement.",
        "Buccal cortical plate at #19 is 1.2 mm thick; lingual undercut present at the mylohyoid ridge.",
        "Root remnant of #30 distal root is retained, 3 mm below the crest.",
        "Periodontal bone loss is generalised horizontal, about 30% of root length posteriorly.",
        "The airway is patent; minimum cross-sectional area 110 mm2 at the oropharynx.",
        "Temporomandibular joints show flattening of the left condylar head without erosion.",
        "Incidental tonsilloliths on the right.",
        "Streak artefact from the amalgam restorations limits evaluation of #14 and #15.",
    ),
    "temporal": (
        "The internal auditory canals are symmetric, 4 mm in diameter.",
        "No otosclerotic lucency at the fissula ante fenestram.",
        "The sigmoid plates are intact; no dehiscence of the sigmoid sinus.",
        "Mild opacification of a few inferior mastoid tip cells on the right, likely incidental.",
        "Carotid canals are intact; no aberrant internal carotid artery.",
        "The stapes footplate is thin; oval window not obliterated.",
        "Partially imaged brain is unremarkable; {lewy} disease is not assessable on CT.",
    ),
    "orbit": (
        "Superior ophthalmic veins are not enlarged.",
        "Lacrimal glands are symmetric.",
        "Scleral buckle on the right is unchanged in position.",
        "Cavernous sinuses are symmetric without filling defect.",
        "No subperiosteal fluid collection along the medial wall.",
        "Preseptal soft-tissue swelling on the left measures 6 mm.",
        "Intracranial structures included in the field of view are unremarkable.",
    ),
    "sinus": (
        "Frontal recesses patent bilaterally; agger nasi cells present.",
        "Sphenoid sinus pneumatisation is sellar type; the optic canals are not dehiscent.",
        "Anterior ethmoid arteries are seen in a mesentery on the right.",
        "Inferior turbinates are hypertrophied.",
        "No bony erosion or expansile lesion to suggest mucocele.",
        "Polypoid soft tissue fills the left middle meatus.",
        "Included portions of the orbits are unremarkable.",
    ),
}


def _rad_extra(b: _B, r: random.Random, kind: str) -> None:
    for sent in r.sample(_RAD_EXTRA[kind], r.randint(3, 6)):
        b.t(sent.format(lewy=b.ep("Lewy body")) + " ")


def _rad_header(b: _B, r: random.Random, c: _Ctx, exam: str, pool: tuple[str, ...]) -> None:
    b.t(f"EXAMINATION:  {exam}\n\n")
    b.t("REFERRING PRACTICE:  ")
    b.s("ORGANIZATION", r.choice(pool))
    if r.random() < 0.6:
        b.t(", ")
        _address_block(b, r, "rp", ", ")
    b.t("\nPh ")
    b.s("PHONE", _phone(r))
    b.t(" / Fax ")
    b.s("FAX", _phone(r))
    b.t("\nREFERRING PHYSICIAN:  Dr. ")
    b.s("PERSON", c.ref)
    if r.random() < 0.6:
        b.t(" (NPI ")
        b.s("LICENSE", _license(r, "npi"))
        b.t(")")
    b.t("\nPATIENT:  ")
    b.s("PERSON", r.choice((c.pt, c.pt_caps)))
    b.t("   MRN: ")
    b.s("MRN", c.mrn)
    b.t("   DOB: ")
    b.s("DATE_REAL_YEAR", c.dob)
    b.t("\nACCESSION:  ")
    b.s("ACCOUNT", _account(r, "acc"))
    if r.random() < 0.4:
        b.t("   Requisition: ")
        b.s("ACCOUNT", _account(r, "ord"))
    if r.random() < 0.35:
        b.t("\nINSURANCE:  member ")
        b.s("HEALTH_PLAN", _health_plan(r))
        b.t(f", group {r.randint(100000, 999999)}")
    b.t("\n\n")


def _rad_tail(b: _B, r: random.Random, c: _Ctx) -> None:
    b.t("\n\nRECOMMENDATION(S):  " + r.choice((
        "Clinical correlation and comparison with the referring practice's prior imaging if available.",
        "Follow-up imaging in 6-8 weeks after treatment if symptoms persist.",
        "No further imaging needed for this indication.",
        "Correlate with the operative plan; images pushed to the navigation workstation.")))
    b.t(f"\n\nDOSE / QUALITY:  Imaging suite {r.randint(1, 6)}, "
        f"technologist initials {r.choice('ABCDEFGHJKLM')}{r.choice('ABCDEFGHJKLM')}, "
        f"total exam time {r.randint(4, 25)} min. Patient weight {r.randint(48, 120)} kg.")
    b.t("\n\nNOTIFICATION: Findings discussed by telephone with Dr. ")
    b.s("PERSON", c.ref_last)
    b.t(f" at {r.randint(8, 18)}:{r.randint(10, 59)} on {_sdate(r)}")
    if r.random() < 0.5:
        b.t(", who can be paged at ")
        b.s("PAGER", _pager(r))
    b.t(".\n")
    b.flex("\n")
    b.t("\nRadiologist: ")
    b.s("PERSON", c.author)
    b.t(", MD\n")


def _t_rad_cbct(b: _B, r: random.Random, c: _Ctx) -> None:
    _rad_header(b, r, c, "CONE BEAM CT MAXILLA AND MANDIBLE (DENTAL)", _DENTAL_PRACTICES)
    b.t("INDICATION:  ")
    _age(b, c)
    b.t(f" year old {c.noun} for implant planning site #{r.choice((19, 30, 3, 14))}; evaluate bone volume and "
        "inferior alveolar canal. ")
    b.flex()
    b.t(f"\n\nTECHNIQUE:  {r.choice(_CBCT_UNITS)}, software {_fw(r)}, 90 kV, {r.randint(5, 12)} mA, "
        f"FOV {r.choice(('8 x 8', '10 x 10', '16 x 10'))} cm, voxel 0.{r.randint(10, 30)} mm. "
        f"DAP {r.randint(300, 1400)} mGy*cm2. Radiographic guide with gutta-percha markers in place.\n\n")
    b.t(f"COMPARISON:  Panoramic radiograph {_sdate(r)}.\n\nFINDINGS:\n")
    b.t(f"At site #19 the residual ridge measures {r.randint(55, 95) / 10} mm bucco-lingually and "
        f"{r.randint(100, 170) / 10} mm to the superior border of the inferior alveolar canal. Bone density about "
        f"{r.randint(450, 900)} {b.ep('Hounsfield')} units (CBCT grey values, not calibrated). ")
    b.t(f"Mental foramen {r.randint(2, 5)} mm anterior loop. Maxillary sinuses clear; no {b.ep('Haller')} cells. "
        "Periapical lucency at #30 mesial root measuring 4 mm. Impacted #17 abutting the canal with loss of the "
        "cortical outline. Existing implant at #3 (serial ")
    b.s("DEVICE_ID", _serial(r, "plain"), alt="not available")
    b.t(") shows no peri-implant lucency. Condyles symmetric. ")
    _rad_extra(b, r, "cbct")
    b.t("\n\nIMPRESSION:\n1. Adequate bone for a 4.1 x 10 mm implant at #19 with 2 mm safety margin.\n"
        "2. Periapical lesion #30.\n3. Close relationship of #17 to the inferior alveolar canal; consider coronectomy.")
    _rad_tail(b, r, c)


def _t_rad_temporal(b: _B, r: random.Random, c: _Ctx) -> None:
    _rad_header(b, r, c, "CT TEMPORAL BONES WITHOUT CONTRAST", _ENT_PRACTICES)
    b.t("CLINICAL HISTORY:  ")
    _age(b, c)
    b.t(f" year old {c.noun} with asymmetric SNHL, left worse than right; cochlear implant candidacy. ")
    b.flex()
    b.t(f"\n\nTECHNIQUE:  {r.choice(_CT_UNITS)} (software {r.choice(('VB20A', 'syngo CT VA40', 'Revolution 1.1'))}), "
        f"0.6 mm axial helical with Poschl and Stenvers reformats. CTDIvol {r.randint(30, 70)} mGy, DLP "
        f"{r.randint(300, 700)} mGy-cm.\n\nCOMPARISON:  MRI IAC {_sdate(r)}.\n\nFINDINGS:\n")
    b.t("External auditory canals patent. Middle ear and mastoid air cells well aerated bilaterally. Ossicular "
        "chains intact. Scutum sharp, no cholesteatoma. Cochlea with normal 2.5 turns; no "
        f"{b.ep('Mondini')} malformation. Vestibular aqueduct {r.randint(6, 14) / 10} mm at the midpoint. Facial "
        "nerve canal intact; tegmen tympani intact. Round window niche well seen on the left. ")
    if r.random() < 0.5:
        b.t("Right cochlear implant in place, electrode array fully inserted; implant serial ")
        b.s("DEVICE_ID", _serial(r, "ci"), alt="per outside record")
        b.t(f", model {r.choice(_CI_MODELS)}. ")
    b.t(f"Dehiscence of the superior semicircular canal not seen. Jugular bulb low. {b.ep('Parkinson')} triangle "
        "unremarkable. ")
    _rad_extra(b, r, "temporal")
    b.t("\n\nIMPRESSION:\n1. No structural contraindication to left cochlear implantation.\n"
        "2. Normal cochlear and vestibular anatomy; well-pneumatised mastoids.")
    _rad_tail(b, r, c)


def _t_rad_orbit(b: _B, r: random.Random, c: _Ctx) -> None:
    mri = r.random() < 0.4
    exam = "MRI ORBITS WITH AND WITHOUT CONTRAST" if mri else "CT ORBITS WITH CONTRAST"
    _rad_header(b, r, c, exam, _EYE_PRACTICES)
    b.t("INDICATION:  ")
    _age(b, c)
    why = r.choice(("proptosis and diplopia", "periorbital swelling after trauma",
                    "optic neuritis, eval for demyelination", "lid mass"))
    b.t(f" year old {c.noun} with {why}. ")
    if r.random() < 0.3:
        b.t("Assault at ")
        b.s("LOCATION", _town(r))
        b.t(" bus terminal; blunt trauma to the left orbit. ")
    b.flex()
    unit = r.choice(_MR_UNITS) if mri else r.choice(_CT_UNITS)
    proto = ("3 mm coronal STIR and post-gadolinium fat-saturated T1" if mri
             else "1 mm axial with coronal and sagittal reformats after 75 mL Omnipaque 350")
    b.t(f"\n\nTECHNIQUE:  {unit}; {proto}. "
        f"Contrast lot {_lot(r)}, exp {_expiry(r)}.\n\nCOMPARISON:  None.\n\nFINDINGS:\n")
    b.t("Globes intact; lenses in place bilaterally (right pseudophakia). Extraocular muscles normal in size. "
        f"Optic nerve sheath complexes symmetric. No retrobulbar fat stranding. {b.ep('Keros')} type II olfactory "
        "fossae. Lamina papyracea intact. Partially imaged paranasal sinuses with mild mucosal thickening. ")
    if r.random() < 0.3:
        b.t("Patient's right IOL, recorded as serial ")
        b.s("DEVICE_ID", _serial(r, "iol"), alt="___")
        b.t(", in the capsular bag. ")
    _rad_extra(b, r, "orbit")
    b.t("\n\nIMPRESSION:\nNo orbital abscess, fracture or mass. Mild sinus mucosal disease.")
    _rad_tail(b, r, c)


def _t_rad_sinus(b: _B, r: random.Random, c: _Ctx) -> None:
    _rad_header(b, r, c, "CT SINUS WITHOUT CONTRAST (IMAGE-GUIDANCE PROTOCOL)", _ENT_PRACTICES + _PCP_PRACTICES)
    b.t("CLINICAL HISTORY:  ")
    _age(b, c)
    b.t(f" year old {c.noun} with chronic rhinosinusitis despite 12 weeks of fluticasone and saline irrigations; "
        "pre-operative planning. ")
    b.flex()
    b.t(f"\n\nTECHNIQUE:  {r.choice(_CT_UNITS)}, 0.625 mm axial, navigation protocol; DLP {r.randint(80, 250)} "
        f"mGy-cm.\n\nCOMPARISON:  {_sdate(r)}.\n\nFINDINGS:\n")
    lm = r.randint(4, 18)
    b.t(f"{b.ep('Lund-Mackay')} score {lm}/24. Mucosal thickening of the maxillary sinuses with left osteomeatal "
        f"unit obstruction. {b.ep('Onodi')} cell on the right; {b.ep('Haller')} cell on the left. {b.ep('Keros')} "
        f"type {r.choice(('I', 'II', 'III'))}. Nasal septum deviated to the right with a spur. Prior "
        f"{b.ep('Caldwell-Luc')} antrostomy on the left. Dental: periapical lucency at #3 with a small oroantral "
        "defect. ")
    _rad_extra(b, r, "sinus")
    b.t(f"\n\nIMPRESSION:\nChronic rhinosinusitis, Lund-Mackay {lm}. Anatomic variants as above for navigation.")
    _rad_tail(b, r, c)


_DISCHARGE_T: tuple[Callable, ...] = (_t_derm_letter, _t_ophtho_op, _t_ent_ci, _t_oral, _t_lens_rx, _t_teleder,
                                      _t_ds_admit)
_RADIOLOGY_T: tuple[Callable, ...] = (_t_rad_cbct, _t_rad_temporal, _t_rad_orbit, _t_rad_sinus)

# --------------------------------------------------------------------------------------------------
# Plan: which notes leak and which categories (stratified per seed so every category is well covered)
# --------------------------------------------------------------------------------------------------

_BIG4 = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_CYCLE = tuple(c for c in CATEGORIES if c not in _BIG4) + (
    "PERSON", "PERSON", "LOCATION", "ORGANIZATION", "ORGANIZATION", "DATE_REAL_YEAR", "DATE_REAL_YEAR")
_G = (math.sqrt(5) - 1) / 2
_S2 = math.sqrt(2) - 1
_S7 = math.sqrt(7) - 2


def _frac(x: float) -> float:
    return x - math.floor(x)


def _plan(seed: int, i: int) -> tuple[str, list[str], str]:
    off = random.Random(f"holdout26-offsets:{seed}")
    a, b, c, d = off.random(), off.random(), off.random(), off.random()
    cyc = list(_CYCLE)
    off.shuffle(cyc)
    note_type = "discharge" if _frac(i * _S7 + d) < 0.5 else "radiology"
    u = _frac(i * _G + a)
    if u < 0.05:
        return "heavy", [], note_type
    if u >= 0.635:
        return "clean", [], note_type
    v = _frac(i * _S2 + b)
    k = 1 if v < 0.05 else 2 if v < 0.2 else 3 if v < 0.5 else 4
    c0 = (i * 7 + int(c * len(cyc))) % len(cyc)  # stratified rotation: every category equally often
    return "plant", [cyc[(c0 + j * 5) % len(cyc)] for j in range(k)], note_type


def holdout26_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic, independent of every other note)."""
    mode, cats, note_type = _plan(seed, i)
    key = f"holdout26:{seed}:{i}"
    pick = random.Random(key + ":template")
    tmpl = pick.choice(_DISCHARGE_T if note_type == "discharge" else _RADIOLOGY_T)
    heavy = mode == "heavy"

    def render(leak: set[int] | None, floats: dict[int, list[list]]) -> _B:
        r = random.Random(key)
        b = _B(leak, floats, heavy, random.Random(key + ":mask"))
        tmpl(b, r, _Ctx(r))
        return b

    probe = render(None, {})
    leak: set[int] = set()
    floats: dict[int, list[list]] = {}
    pr = random.Random(key + ":plan")
    for cat in cats:
        cands = [j for j, (sc, _) in enumerate(probe.slots) if sc == cat and j not in leak]
        if cands and pr.random() < 0.75:
            j = pr.choice(cands)
            leak.add(j)
            grp = probe.slots[j][1]
            if grp is not None:
                for jj, (_, g2) in enumerate(probe.slots):
                    if g2 == grp and jj not in leak and pr.random() < 0.5:
                        leak.add(jj)
        else:
            floats.setdefault(pr.randrange(probe.nflex), []).append(_float(cat, pr, note_type))
    b = render(leak, floats)
    spans = sorted(b.spans)
    return LabelledNote(note_type=note_type, text=b.text(), spans=spans)


def holdout26_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout26_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout26_corpus, argv,
        "Held-out corpus 26 (blind): dermatology, ophthalmology, ENT/audiology and oral-surgery letters, "
        "procedure logs, device records, lens prescriptions and head-and-neck imaging reports")
    report("holdout26", args, notes, hits, res)


if __name__ == "__main__":
    main()
