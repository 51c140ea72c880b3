"""Held-out corpus 27 (written blind): pulmonology, sleep medicine and home respiratory care.

Imitates MIMIC-IV-Note text in which identifiers are masked as ``___`` and dates are shifted into
2100-2200. About 59% of the notes carry one to four de-identification failures (an identifier of one
of the HIPAA Safe Harbor kinds left in clear; a home address counts as one geographic identifier and
yields separate STREET_ADDRESS, LOCATION and ZIP spans), about 5% are heavily masked and carry none,
the rest are normally masked. Each failure is labelled with the exact span of the identifying value
only; cue words ("Dr.", "MRN:", "pager", credentials) stay outside the span.

Discharge summaries (``note_type == "discharge"``) embed sleep-laboratory polysomnography tables,
CPAP/BiPAP cloud compliance printouts, home-oxygen / DME order forms, pulmonary-function tables with
predicted values, bronchoscopy / EBUS procedure notes, pulmonary-rehabilitation attendance letters and
lung-cancer-screening shared-decision notes. Radiology reports are low-dose screening chest CT with
Lung-RADS, nodule follow-up CT, FDG PET-CT with outside-study comparisons and V/Q scans.

The text is full of non-identifying look-alikes that are never labelled: drug and device brand names,
scanner models, firmware versions, CPT/HCPCS/ICD-10/NDC codes, lot numbers with expiry dates, UDIs that
carry only GTIN/lot/expiry, public hotlines and public web sites, eponyms (Cheyne-Stokes, Mallampati,
Parkinson, Lewy body, Hunt and Hess, Whipple, Foley, Glasgow...), diseases named after places (Lyme,
Coxsackie, Norwalk), scores, ratios such as 132/78, room and bed numbers, ages under 90, shifted dates,
bare years and durations.

Label policy: accession / order / requisition / specimen numbers are ACCOUNT; a UDI is a DEVICE_ID
only when it carries the serial ((21)... or $+...); expiry dates, shifted dates, bare years and
durations are never labelled; an employer group number is not HEALTH_PLAN; insurers are not labelled.

Blind: written after reading only ``lqs_clinical/synth/holdout_measure.py``, the head of
``lqs_clinical/synth/notes.py`` (imports, CATEGORIES, NOTE_COLUMNS, LabelledNote and the first lines of
the calibration surrogate table that follows them), the MIMIC-IV schema and known-data-issues references,
the masked sample notes and ``pyproject.toml``; never the detector, its rules, its tests or its output.

Category balance: which categories a planted note receives is read from a per-seed shuffled cycle at
an offset equal to the number of plants in the notes before it, so counts stay close to their design
share on every seed; each note still depends only on (seed, index), and a corpus of n notes is the
prefix of any longer one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Seg = tuple  # ("t", text) or ("p", text, category)


def _t(s: str) -> Seg:
    return ("t", s)


def _p(s: str, cat: str) -> Seg:
    return ("p", s, cat)


# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented for this corpus)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Marisol", "Keiko", "Priyanka", "Thandiwe", "Leocadia", "Xiomara", "Ngozi", "Soraya", "Yevgenia", "Ines",
    "Fionnuala", "Zainab", "Svetlana", "Adaeze", "Ilse", "Ayesha", "Noemi", "Rukhsana", "Pernille", "Yusra",
    "Florentyna", "Magdalena", "Rosalind", "Thuy", "Dolores", "Marit", "Lorna", "Siobhan", "Vesna",
    "Birgitta", "Guadalupe", "Odalys", "Hyacinth", "Aurelia", "Chidinma", "Mireille",
)
_FIRST_M = (
    "Oluwaseun", "Tadeusz", "Anselm", "Bogdan", "Eamon", "Rasmus", "Ignatius", "Dariusz", "Kwabena", "Haruto",
    "Lucien", "Mateus", "Cormac", "Teodoro", "Bartholomew", "Jovan", "Gustavo", "Desmond", "Henrik", "Obinna",
    "Wendell", "Kofi", "Casimir", "Aurelio", "Emeka", "Hamid", "Tomasz", "Kenji", "Anatoly", "Lamont",
    "Evaristo", "Thorvald", "Ruairi", "Somchai", "Cyprian", "Ezekiel",
)
_LAST = (
    "Wierzbicki", "Castellanos", "Nakagawa", "Oyelaran", "Fitzmaurice", "Lindqvist", "Abernathy", "Mukherjee",
    "Dragomir", "Achterberg", "Quispe", "Haddadin", "Szymanska", "Ebbesen", "Okafor", "Thibodeaux",
    "Villanueva", "Kowalczyk", "Boateng", "Pham", "Delacroix", "Amundsen", "Baptiste", "Ferreira", "Yilmaz",
    "Hosseini", "Brannigan", "Kaczmarek", "O'Callaghan", "D'Amico", "Nwachukwu", "Sorensen", "Takahashi",
    "Gallardo", "Rautenberg", "Chaudhry", "Vasquez-Olmo", "Lemieux", "Andrzejewski", "Tshabalala",
    "Morrissette", "Halvorsen", "Petrakis", "Benvenuto", "Kealoha", "Zielinski", "Ogunleye", "MacAskill",
    "Dufresne", "Estrada", "Grzelak", "Oduya", "Feeney", "Sandoval", "Marchetti", "Kuznetsova", "Arceneaux",
    "Mendonca", "Lutsenko", "Abeywardena",
)
_US_TOWNS = (
    "Chicopee", "Fitchburg", "Leominster", "Attleboro", "Woonsocket", "Nashua", "Pawtucket", "Gloucester",
    "Amesbury", "Taunton", "Methuen", "Dracut", "Billerica", "Marlborough", "Wareham", "Gardner", "Holyoke",
    "Westfield", "Keene", "Biddeford", "Athol", "Southbridge", "Tewksbury", "Chelmsford", "Dorchester",
    "Mattapan", "Roslindale", "Jamaica Plain", "East Boston", "Swampscott", "Hopkinton", "Northbridge",
    "Winchendon", "Greenfield", "Pittsfield", "Rochester", "Manchester-by-the-Sea", "Falmouth", "Bourne",
    "Lewiston", "Central Falls", "Hampden County", "Barnstable County",
)
_FOREIGN_TOWNS = (
    "Ponta Delgada", "Cap-Haitien", "Krakow", "Da Nang", "Ibadan", "Guayaquil", "Kumasi", "Lviv", "Valladolid",
    "Cork", "Tromso", "Praia", "Mayaguez", "Santiago de los Caballeros", "Enugu", "Hue", "Gdansk", "Braga",
    "Jacmel", "Chittagong", "Quetzaltenango", "Tuzla",
)
_STREETS = (
    "Birchwood", "Old Westford", "Quarry Hill", "Wachusett View", "Pleasant Valley", "Chestnut Ridge",
    "Fuller Brook", "Salmon Falls", "Mill Pond", "Nonotuck", "Tannery", "Whitcomb", "Pinecrest", "Kendall Farm",
    "Sagamore", "Lowell Mill", "Harbor Light", "Blue Heron", "Cobble Hill", "Gristmill", "Shattuck",
    "Marsh Hawk", "Fieldstone", "Oxbow",
)
_SUFFIX = ("Terrace", "Road", "Rd", "Lane", "Circle", "Street", "St", "Avenue", "Ave", "Drive", "Way", "Court")
_STATES = ("MA", "MA", "MA", "NH", "RI", "ME", "CT")
_TOWN_STATE = {"Woonsocket": "RI", "Pawtucket": "RI", "Central Falls": "RI", "Nashua": "NH", "Keene": "NH",
               "Rochester": "NH", "Biddeford": "ME", "Lewiston": "ME"}
_ZIP_PREFIX = {"MA": ("014", "015", "016", "017", "018", "019", "010", "011", "013", "020", "021", "024", "026"),
               "NH": ("030", "031", "033", "034", "038"), "RI": ("028", "029"), "ME": ("039", "040", "042"),
               "CT": ("060", "061", "062", "063")}

_ORG_SLEEP = (
    "Nashoba Valley Sleep Diagnostics", "Quabbin Lung and Sleep Center", "Mystic River Sleep Institute",
    "Pioneer Valley Pulmonary Associates", "Seacoast Breathing Center", "Monadnock Ridge Medical Center",
    "Cranberry Coast Hospital", "Blackstone River Community Health Center", "Wampanoag Trail Sleep Clinic",
)
_ORG_DME = (
    "Quinsigamond Home Respiratory", "BreatheWell Medical Supply", "Tri-County Oxygen & Home Care",
    "Granite Hills DME", "Harbor Point Respiratory Services", "Mill City Medical Equipment",
    "Nor'easter Home Oxygen", "Kettle Cove Respiratory Supply",
)
_ORG_REHAB = (
    "Wachusett Ridge Nursing and Rehabilitation", "Marian Heights Skilled Nursing", "Sudbury Pines Rehabilitation",
    "Elm Crest Pulmonary Rehab Program", "Saint Casimir Manor", "Halcyon Shores Nursing Center",
)
_ORG_IMAGING = (
    "Merrimack Imaging Partners", "Riverbend Open MRI & CT", "North Quabbin PET Center",
    "Seven Hills Radiology Group", "Clinica Santa Brigida", "Cape Ann Diagnostic Imaging",
)
_ORG_OTHER = (
    "Tewksbury Precision Castings", "Pawtucket Textile Finishing Co.", "Granite State Roofing",
    "Lowell Brake & Clutch", "Harbor Ice Fisheries", "Saint Casimir Parish", "Igreja Batista Nova Vida",
    "Lindale Apothecary", "Kettle Cove Pharmacy", "Wamesit Regional High School", "Nashua Foundry Works",
)

_EMAIL_DOMAINS = ("fastmail.com", "outlook.com", "icloud.com", "protonmail.com", "verizon.net", "aol.com",
                  "hotmail.com", "gmx.de", "sapo.pt", "charter.net")
_AREAS = ("978", "508", "413", "774", "351", "603", "401", "207", "860", "802", "339", "781")

_AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
              100: "one hundred", 101: "one hundred one", 102: "one hundred two"}
AGE_WORDS = _AGE_WORDS  # exported for the label tests
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _al(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _first(r: random.Random, sex: str | None = None) -> str:
    sex = sex or r.choice("FM")
    return r.choice(_FIRST_F if sex == "F" else _FIRST_M)


def _person(r: random.Random, sex: str | None = None) -> str:
    first, last = _first(r, sex), r.choice(_LAST)
    k = r.randrange(6)
    if k == 0:
        return f"{first[0]}. {last}"
    if k == 1:
        return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{first} {last}"


def _phone(r: random.Random) -> str:
    a = r.choice(_AREAS)
    ex = str(r.randint(201, 989))
    while ex == "555" or ex[1:] == "11":
        ex = str(r.randint(201, 989))
    ln = _d(r, 4)
    return r.choice((f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a}-{ex}-{ln}",
                     f"+1 {a} {ex} {ln}", f"({a}) {ex}-{ln}"))


def _foreign_phone(r: random.Random) -> str:
    return r.choice((f"+351 296 {_d(r, 3)} {_d(r, 3)}", f"+509 3{_d(r, 3)} {_d(r, 4)}",
                     f"+48 12 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+234 803 {_d(r, 3)} {_d(r, 4)}"))


def _pager(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return _d(r, 5)
    if k == 1:
        return f"{r.randint(2, 9)}-{_d(r, 4)}"
    if k == 2:
        return f"{r.choice(_AREAS)}-{r.randint(201, 989)}-{_d(r, 4)}"
    return f"{r.randint(1, 9)}{_d(r, 3)}"


def _email(r: random.Random) -> str:
    first, last = _first(r).lower(), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    n = r.randint(1, 99)
    user = r.choice((f"{first}.{last}", f"{first[0]}{last}{n}", f"{last}.{first}{n}", f"{first}_{last[:4]}{n}"))
    return f"{user}@{r.choice(_EMAIL_DOMAINS)}"


def _url(r: random.Random) -> str:
    first, last = _first(r), r.choice(_LAST).replace("'", "").replace("-", "")
    k = r.randrange(5)
    if k == 0:
        return f"https://share.somnolink-cloud.net/pt/{_al(r, 4)}-{_al(r, 4)}"
    if k == 1:
        return f"https://www.caringbridge.org/visit/{first.lower()}{last.lower()}"
    if k == 2:
        return f"https://imagevault-share.com/s/{_al(r, 10, 'abcdefghjkmnpqrstuvwxyz23456789')}"
    if k == 3:
        return f"http://{last.lower()}family.net/{first.lower()}-lung-journey"
    return f"https://docs.breathe-log.app/u/{first.lower()}.{last.lower()}/oxygen-diary"


def _ip(r: random.Random) -> str:
    return f"{r.choice((24, 50, 66, 68, 71, 73, 96, 98, 108, 173, 174, 76))}.{r.randint(0, 255)}." \
           f"{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a, g, s = r.randint(101, 665), r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_d(r, 7), _d(r, 8), f"{r.randint(1, 9)}{_d(r, 6)}", f"SL{_d(r, 6)}", f"00{_d(r, 6)}"))


def _account(r: random.Random, kind: str) -> str:
    if kind == "cyto":
        return r.choice((f"CY{_d(r, 7)}", f"NG-{_d(r, 6)}", f"C{_d(r, 2)}-{_d(r, 5)}"))
    if kind == "spec":
        return r.choice((f"BAL-{_d(r, 6)}", f"M{_d(r, 8)}", f"SP{_d(r, 7)}"))
    if kind == "acc":
        return r.choice((_d(r, 8), f"RAD{_d(r, 7)}", f"E{_d(r, 8)}", f"{_d(r, 4)}-{_d(r, 5)}"))
    if kind == "vendor":
        return r.choice((f"{_d(r, 2)}-{_d(r, 5)}", f"QHR-{_d(r, 6)}", f"C{_d(r, 7)}", _d(r, 9)))
    if kind == "order":
        return r.choice((f"ORD{_d(r, 8)}", _d(r, 8), f"R{_d(r, 7)}"))
    return r.choice((_d(r, 9), _d(r, 10), f"V{_d(r, 9)}"))  # FIN / billing


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(letters) + r.choice(alnum) + _d(r, 1) + r.choice(letters)
         + r.choice(alnum) + _d(r, 1) + r.choice(letters) + r.choice(letters) + _d(r, 2))
    return r.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _member(r: random.Random) -> str:
    return r.choice((f"XQH{_d(r, 9)}", f"1{_d(r, 11)}", f"W{_d(r, 9)}", f"ZGP{_d(r, 8)}01", f"MH{_d(r, 10)}"))


def _npi(r: random.Random) -> str:
    return "1" + _d(r, 9)


def _dea(r: random.Random, last: str) -> str:
    return r.choice("ABFGM") + last[0].upper() + _d(r, 7)


def _dl(r: random.Random) -> str:
    return r.choice((f"S{_d(r, 8)}", f"SA{_d(r, 7)}", f"NHL{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"))


def _zip(r: random.Random, state: str = "MA") -> str:
    z = r.choice(_ZIP_PREFIX[state]) + _d(r, 2)
    return z if r.random() < 0.7 else f"{z}-{_d(r, 4)}"


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 1480)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    if r.random() < 0.3:
        s += r.choice((f", Apt {r.randint(1, 24)}{r.choice('ABCD')}", f", Unit {r.randint(1, 12)}",
                       f" #{r.randint(2, 40)}"))
    return s


def _date(r: random.Random, y0: int, y1: int) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3]}-{y}",
                     f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon[:3]} {d} {y}", f"{m:02d}.{d:02d}.{y}"))


def _shifted(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"))


def _serial(r: random.Random, kind: str) -> str:
    if kind == "cpap":
        return r.choice((f"2{_d(r, 10)}", f"P{_d(r, 11)}", f"J{_al(r, 11)}", f"23{_d(r, 9)}"))
    if kind == "conc":
        return r.choice((f"IVC{_d(r, 7)}", f"1C{_d(r, 8)}", f"OXL{_al(r, 7)}", f"IO5{_d(r, 8)}"))
    if kind == "ipg":
        return r.choice((f"{r.choice('GHK')}{_d(r, 7)}", f"IPG{_d(r, 6)}", f"4{r.choice('GK')}{_d(r, 7)}"))
    if kind == "vent":
        return r.choice((f"TV{_d(r, 9)}", f"AS{_d(r, 8)}", f"VN{_al(r, 8)}"))
    if kind == "pm":
        return r.choice((f"PJN{_d(r, 6)}", f"RNB{_d(r, 6)}", f"{_d(r, 9)}"))
    if kind == "udi":
        yy, mm, dd = r.randint(19, 24), r.randint(1, 12), r.randint(1, 28)
        return f"(01)0{_d(r, 13)}(11){yy:02d}{mm:02d}{dd:02d}(21){_al(r, 9)}"
    return f"+H{_d(r, 3)}{_al(r, 6)}1/$+{_al(r, 8)}"  # HIBCC with serial


def _plate(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 9)}{_al(r, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{_d(r, 2)}",
                     f"{r.randint(1, 9)}{_al(r, 2, 'ABCDEFGHJKLMNPRSTVWXYZ')} {_d(r, 3)}",
                     f"{_d(r, 3)}-{_al(r, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}", f"{_d(r, 7)}"))


def _vin(r: random.Random) -> str:
    return _al(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


# --------------------------------------------------------------------------------------------------
# Plant fragments: (note types, slot, builder).  "hdr.*", "dme.*" etc. ending in a field name are
# one-value fields; slots ending in ".line" / "d.*" / "r.*" prose slots take whole sentences.
# --------------------------------------------------------------------------------------------------

@dataclass
class _Cx:
    sex: str
    he: str
    his: str
    man: str


def _addr(r: random.Random, lead: str, tail: str = "", with_zip: float = 0.8) -> list[Seg]:
    town = r.choice([t for t in _US_TOWNS if not t.endswith("County")])
    state = _TOWN_STATE.get(town, "MA")
    segs = [_t(lead), _p(_street(r), "STREET_ADDRESS"), _t(", "), _p(town, "LOCATION"), _t(f", {state}")]
    if r.random() < with_zip:
        segs += [_t(" "), _p(_zip(r, state), "ZIP")]
    return segs + [_t(tail)]


def _dr(r: random.Random) -> list[Seg]:
    last = r.choice(_LAST)
    k = r.randrange(3)
    if k == 0:
        return [_t("Dr. "), _p(last, "PERSON")]
    if k == 1:
        return [_p(_person(r), "PERSON"), _t(", MD")]
    return [_t("Dr. "), _p(f"{_first(r)} {last}", "PERSON")]


D, R, DR = ("discharge",), ("radiology",), ("discharge", "radiology")

Frag = tuple[tuple[str, ...], str, Callable[[random.Random, _Cx], list[Seg]]]

_FRAGS: dict[str, list[Frag]] = {
    "PERSON": [
        (D, "hdr.name", lambda r, c: [_p(f"{r.choice(_LAST)}, {_first(r, c.sex)}", "PERSON")]),
        (D, "hdr.att", lambda r, c: [_p(r.choice((r.choice(_LAST), _person(r))), "PERSON")]),
        (D, "psg.tech", lambda r, c: [_p(_person(r), "PERSON"), _t(", RPSGT")]),
        (D, "psg.md", lambda r, c: _dr(r)),
        (D, "pft.tech", lambda r, c: [_p(_person(r), "PERSON"), _t(", RRT")]),
        (D, "rehab.dear", lambda r, c: [_t("Dr. "), _p(r.choice(_LAST), "PERSON")]),
        (D, "rehab.sign", lambda r, c: [_p(_person(r), "PERSON"), _t(", MS, RRT")]),
        (D, "dme.md", lambda r, c: _dr(r)),
        (D, "d.social", lambda r, c: [_t(f"Lives with {c.his} {'husband' if c.sex == 'F' else 'wife'} "),
                                      _p(_first(r, 'M' if c.sex == 'F' else 'F'), "PERSON"),
                                      _t(", who helps with mask fitting and the oxygen tubing.")]),
        (D, "d.social", lambda r, c: [_t("Health care proxy is "), _t(r.choice(("daughter ", "son ", "niece "))),
                                      _p(_person(r), "PERSON"), _t(" (phone on file).")]),
        (D, "d.course", lambda r, c: [_t("All discussions were held with a Portuguese interpreter ("),
                                      _p(_person(r), "PERSON"), _t(") present in person.")]),
        (D, "d.follow", lambda r, c: [_t("Sleep clinic follow-up with "), _p(_person(r), "PERSON"),
                                      _t(", NP, in 6 weeks, bring the CPAP and SD card.")]),
        (R, "r.notif", lambda r, c: [_t("NOTIFICATION:  The findings were discussed with Dr. "),
                                     _p(r.choice(_LAST), "PERSON"),
                                     _t(" by Dr. ___ on the telephone at 3:42 PM, 5 minutes after discovery.")]),
        (R, "r.ind", lambda r, c: [_t("Referring provider: "), _p(_person(r), "PERSON"), _t(", NP.")]),
        (R, "r.top", lambda r, c: [_t("Patient name: "), _p(f"{r.choice(_LAST)}, {_first(r, c.sex)}", "PERSON")]),
        (R, "r.add", lambda r, c: [_t("ADDENDUM: Case reviewed at thoracic tumor board with "),
                                   _p(f"{_first(r)[0]}. {r.choice(_LAST)}", "PERSON"),
                                   _t(", MD; no change to the recommendation.")]),
    ],
    "ORGANIZATION": [
        (D, "psg.site", lambda r, c: [_p(r.choice(_ORG_SLEEP), "ORGANIZATION")]),
        (D, "dme.vendor", lambda r, c: [_p(r.choice(_ORG_DME), "ORGANIZATION")]),
        (D, "rehab.site", lambda r, c: [_p(r.choice(_ORG_REHAB[3:] + _ORG_SLEEP[:4]), "ORGANIZATION")]),
        (D, "d.facility", lambda r, c: [_p(r.choice(_ORG_REHAB), "ORGANIZATION")]),
        (D, "d.social", lambda r, c: [_t("Retired; worked 31 years at "), _p(r.choice(_ORG_OTHER[:5]), "ORGANIZATION"),
                                      _t(" (occupational dust and fume exposure).")]),
        (D, "d.social", lambda r, c: [_t("Fills prescriptions at "), _p(r.choice(_ORG_OTHER[7:9]), "ORGANIZATION"),
                                      _t(", which also delivers nebulizer solutions.")]),
        (D, "d.hpi", lambda r, c: [_t("Outpatient PFTs were done at "), _p(r.choice(_ORG_SLEEP), "ORGANIZATION")]
         + ([_t(" in "), _p(r.choice(_US_TOWNS), "LOCATION")] if r.random() < 0.45 else [])
         + [_t(" and showed a fall in FEV1 from 1.41 to 1.12 L.")]),
        (R, "r.comp", lambda r, c: [_t(r.choice(("Outside PET-CT from ", "Outside chest CT from "))),
                                    _p(r.choice(_ORG_IMAGING), "ORGANIZATION")]
         + ([_t(" ("), _p(r.choice(_US_TOWNS + _FOREIGN_TOWNS[:6]), "LOCATION"), _t(")")]
            if r.random() < 0.45 else [])
         + [_t(", report only; images not available for direct comparison.")]),
        (R, "r.ind", lambda r, c: [_t("Referred from "),
                                   _p(r.choice(_ORG_SLEEP), "ORGANIZATION"), _t(".")]),
    ],
    "LOCATION": [
        (D, "d.social", lambda r, c: [_t("Lives alone in "), _p(r.choice(_US_TOWNS), "LOCATION"),
                                      _t("; second-floor apartment, 14 stairs, no elevator.")]),
        (D, "d.social", lambda r, c: [_t("Born in "), _p(r.choice(_FOREIGN_TOWNS), "LOCATION"),
                                      _t(r.choice((", emigrated as a young adult.", "; came to the US in 1987.")))]),
        (D, "d.hpi", lambda r, c: [_t(f"{c.he.capitalize()} was visiting family in "),
                                   _p(r.choice(_US_TOWNS + _FOREIGN_TOWNS), "LOCATION"),
                                   _t(" when the dyspnea worsened and returned early.")]),
        (R, "r.ind", lambda r, c: [_t("Former shipyard pipefitter in "), _p(r.choice(_US_TOWNS), "LOCATION"),
                                   _t("; remote asbestos exposure.")]),
        (R, "r.comp", lambda r, c: [_t("Prior chest CT was performed in "), _p(r.choice(_FOREIGN_TOWNS), "LOCATION"),
                                    _t("; the report (translated) describes a 6 mm RUL nodule.")]),
    ],
    "DATE_REAL_YEAR": [
        (D, "hdr.dob", lambda r, c: [_p(_date(r, 1929, 1962), "DATE_REAL_YEAR")]),
        (D, "hdr.adm", lambda r, c: [_p(_date(r, 2012, 2024), "DATE_REAL_YEAR")]),
        (D, "psg.date", lambda r, c: [_p(_date(r, 2014, 2024), "DATE_REAL_YEAR")]),
        (D, "dme.dob", lambda r, c: [_p(_date(r, 1931, 1964), "DATE_REAL_YEAR")]),
        (D, "rehab.line", lambda r, c: [_t(f"We were sorry to learn that {c.he} died on "),
                                        _p(_date(r, 2015, 2024), "DATE_REAL_YEAR"),
                                        _t("; this letter closes the enrollment.")]),
        (D, "d.hpi", lambda r, c: [_t("Last outside spirometry on "), _p(_date(r, 2011, 2023), "DATE_REAL_YEAR"),
                                   _t(" showed FEV1 1.12 L (44% predicted).")]),
        (R, "r.comp", lambda r, c: [_t("Outside low-dose CT chest dated "), _p(_date(r, 2012, 2024), "DATE_REAL_YEAR"),
                                    _t(" (CD imported).")]),
        (R, "r.top", lambda r, c: [_t("DOB: "), _p(_date(r, 1929, 1962), "DATE_REAL_YEAR")]),
        (R, "r.ind", lambda r, c: [_t("Outside chest CT of "),
                                   _p(_date(r, 2012, 2024), "DATE_REAL_YEAR"), _t(" reported emphysema.")]),
    ],
    "AGE_OVER_89": [
        (D, "d.age", lambda r, c: [_p(str(r.randint(90, 102)), "AGE_OVER_89")]),
        (D, "d.age", lambda r, c: [_p(_AGE_WORDS[r.randint(90, 99)].capitalize(), "AGE_OVER_89")]),
        (D, "pft.age", lambda r, c: [_p(str(r.randint(90, 97)), "AGE_OVER_89")]),
        (R, "r.age", lambda r, c: [_p(str(r.randint(90, 101)), "AGE_OVER_89")]),
        (R, "r.ind", lambda r, c: [_t("Patient is "), _p(_AGE_WORDS[r.randint(90, 98)], "AGE_OVER_89"),
                                   _t(" years old; family prefers no further invasive workup.")]),
    ],
    "PHONE": [
        (D, "dme.phone", lambda r, c: [_p(_phone(r), "PHONE")]),
        (D, "d.social", lambda r, c: [_t("Best contact: cell "), _p(_phone(r), "PHONE"), _t(" (patient).")]),
        (D, "d.instr", lambda r, c: [_t("The oxygen company will call you at "), _p(_phone(r), "PHONE"),
                                     _t(" to schedule delivery.")]),
        (D, "d.follow", lambda r, c: [_t("Son (lives in ___) can be reached at "), _p(_foreign_phone(r), "PHONE"),
                                      _t(".")]),
        (R, "r.notif", lambda r, c: [_t(f"Per patient request, results were called to {c.his} home number "),
                                     _p(_phone(r), "PHONE"), _t(".")]),
    ],
    "FAX": [
        (D, "dme.fax", lambda r, c: [_p(_phone(r), "FAX")]),
        (D, "rehab.line", lambda r, c: [_t("cc: primary care office by fax "), _p(_phone(r), "FAX")]),
        (D, "d.follow", lambda r, c: [_t("Records faxed to outside pulmonologist, fax "), _p(_phone(r), "FAX"),
                                      _t(".")]),
        (R, "r.add", lambda r, c: [_t("Final report faxed to the referring office at "), _p(_phone(r), "FAX"),
                                   _t(".")]),
    ],
    "PAGER": [
        (D, "psg.line", lambda r, c: [_t("Sleep fellow on call during titration: pager "), _p(_pager(r), "PAGER")]),
        (D, "d.instr", lambda r, c: [_t("Questions about home oxygen: page the pulmonary NP at "),
                                     _p(_pager(r), "PAGER"), _t(" (weekdays).")]),
        (D, "bronch.line", lambda r, c: [_t("Post-procedure concerns: IP fellow pager "), _p(_pager(r), "PAGER")]),
        (R, "r.notif", lambda r, c: [_t("Critical result paged to the covering resident (pager "),
                                     _p(_pager(r), "PAGER"), _t(") at 11:20, read-back confirmed.")]),
    ],
    "EMAIL": [
        (D, "cpap.line", lambda r, c: [_t("Weekly compliance summary e-mailed to "), _p(_email(r), "EMAIL"),
                                       _t(" at patient request.")]),
        (D, "d.social", lambda r, c: [_t("Prefers e-mail for appointment reminders: "), _p(_email(r), "EMAIL")]),
        (D, "lcs.line", lambda r, c: [_t("Decision aid and quit resources sent to "), _p(_email(r), "EMAIL"),
                                      _t(".")]),
        (R, "r.add", lambda r, c: [_t("Patient requested images; download link sent to "), _p(_email(r), "EMAIL"),
                                   _t(".")]),
    ],
    "URL": [
        (D, "cpap.line", lambda r, c: [_t("Patient shared the therapy dashboard link: "), _p(_url(r), "URL")]),
        (D, "d.social", lambda r, c: [_t("Family posts updates for friends at "), _p(_url(r), "URL"), _t(".")]),
        (D, "rehab.line", lambda r, c: [_t("Home walking log kept by the patient: "), _p(_url(r), "URL")]),
        (R, "r.comp", lambda r, c: [_t("Outside images were reviewed via the patient-provided share link "),
                                    _p(_url(r), "URL"), _t(".")]),
    ],
    "IP_ADDRESS": [
        (D, "cpap.ip", lambda r, c: [_p(_ip(r), "IP_ADDRESS")]),
        (D, "d.follow", lambda r, c: [_t("Video visit connected from the patient's home network ("),
                                      _p(_ip(r), "IP_ADDRESS"), _t("); audio dropped twice.")]),
        (R, "r.comp", lambda r, c: [_t("Outside study uploaded by the patient through the portal (session IP "),
                                    _p(_ip(r), "IP_ADDRESS"), _t(").")]),
    ],
    "SSN": [
        (D, "d.social", lambda r, c: [_t("Applying for disability; SSN "), _p(_ssn(r), "SSN"),
                                      _t(" given to case management.")]),
        (D, "dme.ssn", lambda r, c: [_p(_ssn(r), "SSN")]),
        (R, "r.top", lambda r, c: [_t("Outside CD label: name ___ / SSN "), _p(_ssn(r), "SSN")]),
    ],
    "MRN": [
        (D, "hdr.unit", lambda r, c: [_p(_mrn(r), "MRN")]),
        (D, "dme.mrn", lambda r, c: [_p(_mrn(r), "MRN")]),
        (D, "psg.line", lambda r, c: [_t("Sleep lab patient no. "), _p(_mrn(r), "MRN")]),
        (D, "d.follow", lambda r, c: [_t("Outside hospital MRN "), _p(_mrn(r), "MRN"), _t(" (records requested).")]),
        (R, "r.top", lambda r, c: [_t("MRN: "), _p(_mrn(r), "MRN")]),
        (R, "r.comp", lambda r, c: [_t("Outside images filed under medical record number "), _p(_mrn(r), "MRN"),
                                    _t(".")]),
    ],
    "ACCOUNT": [
        (D, "dme.acct", lambda r, c: [_p(_account(r, "vendor"), "ACCOUNT")]),
        (D, "bronch.acc", lambda r, c: [_p(_account(r, "cyto"), "ACCOUNT")]),
        (D, "bronch.line", lambda r, c: [_t("BAL specimen # "), _p(_account(r, "spec"), "ACCOUNT"),
                                         _t(" sent for bacterial, AFB and fungal cultures.")]),
        (D, "psg.line", lambda r, c: [_t("Study order #"), _p(_account(r, "order"), "ACCOUNT")]),
        (D, "d.course", lambda r, c: [_t("Billing encounter (FIN) "), _p(_account(r, "fin"), "ACCOUNT"),
                                      _t(" flagged for the DME face-to-face requirement.")]),
        (R, "r.top", lambda r, c: [_t("Accession: "), _p(_account(r, "acc"), "ACCOUNT")]),
        (R, "r.comp", lambda r, c: [_t("Prior study accession no. "), _p(_account(r, "acc"), "ACCOUNT"),
                                    _t(" was retrieved for comparison.")]),
    ],
    "HEALTH_PLAN": [
        (D, "dme.plan", lambda r, c: [_p(_mbi(r), "HEALTH_PLAN")]),
        (D, "lcs.line", lambda r, c: [_t("Coverage verified: Medicare beneficiary identifier "),
                                      _p(_mbi(r), "HEALTH_PLAN"), _t(".")]),
        (D, "d.social", lambda r, c: [_t("Insurance: MassHealth, member ID "), _p(_member(r), "HEALTH_PLAN"),
                                      _t("; employer group # 00" + "417" + "2 on the secondary card.")]),
        (R, "r.ind", lambda r, c: [_t("Coverage verified for imaging; Medicare MBI "), _p(_mbi(r), "HEALTH_PLAN"),
                                   _t(".")]),
    ],
    "LICENSE": [
        (D, "dme.npi", lambda r, c: [_p(_npi(r), "LICENSE")]),
        (D, "psg.line", lambda r, c: [_t("Technologist credential: RPSGT no. "), _p(_d(r, 6), "LICENSE")]),
        (D, "d.social", lambda r, c: [_t("Commercial driver (CDL "), _p(_dl(r), "LICENSE"),
                                      _t("); counseled on drowsy driving and DOT reporting.")]),
        (D, "bronch.line", lambda r, c: [_t("Attending DEA "), _p(_dea(r, r.choice(_LAST)), "LICENSE"),
                                         _t(" (controlled-substance sedation log).")]),
        (R, "r.ind", lambda r, c: [_t("Ordering provider NPI "), _p(_npi(r), "LICENSE"), _t(".")]),
    ],
    "ZIP": [
        (D, "d.social", lambda r, c: [_t("Lives in ZIP code "), _p(_zip(r), "ZIP"), _t("; home radon test pending.")]),
        (D, "dme.line", lambda r, c: [_t("Delivery zone ZIP "), _p(_zip(r, r.choice(_STATES)), "ZIP"),
                                      _t(" (rural delivery, 2-day window).")]),
        (R, "r.ind", lambda r, c: [_t("Home ZIP "), _p(_zip(r), "ZIP"), _t(" lies in EPA radon zone 1.")]),
    ],
    "STREET_ADDRESS": [
        (D, "dme.addr", lambda r, c: _addr(r, "")),
        (D, "d.social", lambda r, c: _addr(r, "Lives at ", "; first-floor unit with a ramp.")),
        (D, "d.instr", lambda r, c: _addr(r, "Oxygen will be delivered to ", " before 5 PM.")),
        (R, "r.add", lambda r, c: _addr(r, "Results letter mailed to the patient at ", ".")),
    ],
    "DEVICE_ID": [
        (D, "cpap.serial", lambda r, c: [_p(_serial(r, "cpap"), "DEVICE_ID")]),
        (D, "dme.serial", lambda r, c: [_p(_serial(r, "conc"), "DEVICE_ID")]),
        (D, "d.course", lambda r, c: [_t("Home ventilator (Trilogy Evo) serial "), _p(_serial(r, "vent"), "DEVICE_ID"),
                                      _t(" checked by RT; AVAPS settings unchanged.")]),
        (D, "d.hpi", lambda r, c: [_t("Hypoglossal nerve stimulator in place, IPG serial "),
                                   _p(_serial(r, "ipg"), "DEVICE_ID"), _t(" (implant card).")]),
        (D, "dme.line", lambda r, c: [_t("Dispensed unit UDI "), _p(_serial(r, r.choice(("udi", "hibcc"))),
                                                                    "DEVICE_ID")]),
        (R, "r.find", lambda r, c: [_t("Implant card reviewed: hypoglossal nerve stimulator, model 3028, serial "),
                                    _p(_serial(r, "ipg"), "DEVICE_ID"), _t(".")]),
        (R, "r.find", lambda r, c: [_t("Dual-chamber pacemaker (serial "), _p(_serial(r, "pm"), "DEVICE_ID"),
                                    _t(") with leads in the RA and RV, unchanged.")]),
    ],
    "VEHICLE_ID": [
        (D, "rehab.line", lambda r, c: [_t("Parking validation issued for the patient's car, plate "),
                                        _p(_plate(r), "VEHICLE_ID"), _t(".")]),
        (D, "d.social", lambda r, c: [_t("Fell asleep driving last month; police report lists his vehicle VIN "
                                         if c.sex == "M" else "Fell asleep driving last month; police report lists "
                                         "her vehicle VIN "), _p(_vin(r), "VEHICLE_ID"), _t(".")]),
        (D, "dme.line", lambda r, c: [_t("Portable cylinders loaded into the patient's van (plate "),
                                      _p(_plate(r), "VEHICLE_ID"), _t(") at discharge.")]),
    ],
}

_FIELD_SLOTS = {"hdr.name", "hdr.att", "hdr.unit", "hdr.dob", "hdr.adm", "d.age", "d.facility", "psg.tech",
                "psg.md", "psg.site", "psg.date", "cpap.serial", "cpap.ip", "dme.name", "dme.dob", "dme.mrn",
                "dme.addr", "dme.phone", "dme.vendor", "dme.acct", "dme.plan", "dme.npi", "dme.md", "dme.serial",
                "dme.fax", "dme.ssn", "pft.tech", "pft.age", "bronch.acc", "rehab.dear", "rehab.sign",
                "rehab.site", "r.age"}
_BLOCKS = ("psg", "cpap", "dme", "pft", "bronch", "rehab", "lcs")


class _Plants:
    def __init__(self) -> None:
        self.slots: dict[str, list[list[Seg]]] = {}

    def add(self, slot: str, segs: list[Seg]) -> None:
        self.slots.setdefault(slot, []).append(segs)

    def field(self, slot: str, default: list[Seg] | str) -> list[Seg]:
        got = self.slots.pop(slot, None)
        if got:
            return got[0]
        return [_t(default)] if isinstance(default, str) else default

    def lines(self, slot: str) -> list[list[Seg]]:
        return self.slots.pop(slot, [])

    def blocks(self) -> set[str]:
        return {s.split(".")[0] for s in self.slots} & set(_BLOCKS)


# --------------------------------------------------------------------------------------------------
# Planning: status, number of plants, category cycle
# --------------------------------------------------------------------------------------------------

_CYCLE_UNITS = {c: 2 for c in CATEGORIES}
_CYCLE_UNITS.update({"PERSON": 3, "ORGANIZATION": 3, "DATE_REAL_YEAR": 3, "LOCATION": 1, "ZIP": 1})


@lru_cache(maxsize=64)
def _cycle(seed: int) -> tuple[str, ...]:
    r = random.Random(f"holdout27/cycle/{seed}")
    base = [c for c in CATEGORIES for _ in range(_CYCLE_UNITS[c])]
    while True:
        r.shuffle(base)
        n = len(base)
        if all(len({base[(j + k) % n] for k in range(4)}) == 4 for j in range(n)):
            return tuple(base)


def _plan(seed: int, i: int) -> tuple[str, int]:
    r = random.Random(f"holdout27/plan/{seed}/{i}")
    u = r.random()
    if u < 0.05:
        return "heavy", 0
    if u < 0.645:
        return "planted", r.choices((1, 2, 3, 4), weights=(12, 20, 28, 40))[0]
    return "clean", 0


_OFFSETS: dict[int, list[int]] = {}


def _offset(seed: int, i: int) -> int:
    offs = _OFFSETS.setdefault(seed, [0])
    while len(offs) <= i:
        j = len(offs) - 1
        offs.append(offs[j] + _plan(seed, j)[1])
    return offs[i]


# --------------------------------------------------------------------------------------------------
# Shared clinical filler
# --------------------------------------------------------------------------------------------------

_EPONYM_PMH = (
    "Parkinson disease (on carbidopa-levodopa)", "Lewy body dementia, mild", "s/p Whipple procedure (remote) for IPMN",
    "SAH (Hunt and Hess grade 2) s/p coiling", "Raynaud phenomenon", "Graves disease s/p RAI, now hypothyroid",
    "Hashimoto thyroiditis", "Bell palsy (resolved)", "sarcoidosis presenting as Lofgren syndrome",
    "Lyme disease (treated, doxycycline)", "history of Coxsackie myocarditis", "Barrett esophagus",
    "Dupuytren contracture", "Guillain-Barre syndrome (remote, full recovery)", "Meniere disease",
)
_PMH = (
    "OSA on CPAP", "COPD, GOLD 3 / group E", "obesity hypoventilation syndrome", "HFpEF (EF 60%)",
    "atrial fibrillation on apixaban", "type 2 diabetes (A1c 7.8%)", "CKD stage 3a", "hypertension",
    "restless legs syndrome", "narcolepsy type 1", "asthma-COPD overlap", "pulmonary hypertension (WHO group 3)",
    "IPF on nintedanib", "bronchiectasis", "prior provoked PE", "GERD", "depression", "BPH",
)
_MEDS = (
    "Tiotropium (Spiriva Respimat) 2.5 mcg 2 inhalations daily", "Budesonide-formoterol 160/4.5 mcg 2 puffs BID",
    "Albuterol HFA 90 mcg 2 puffs q4h PRN wheeze", "Fluticasone furoate/umeclidinium/vilanterol (Trelegy Ellipta) "
    "100/62.5/25 mcg 1 inhalation daily", "Prednisone 40 mg PO daily x 5 days (last dose ___)",
    "Azithromycin 250 mg PO three times weekly", "Apixaban 5 mg PO BID", "Modafinil 200 mg PO qAM",
    "Acetazolamide 250 mg PO BID", "Roflumilast 500 mcg PO daily", "Furosemide 40 mg PO daily",
    "Metformin 1000 mg PO BID", "Solriamfetol 75 mg PO qAM", "Pitolisant 17.8 mg PO qAM",
    "Nintedanib 150 mg PO BID", "Ipratropium-albuterol neb q6h PRN", "Gabapentin 300 mg PO qHS",
    "Carbidopa-levodopa 25/100 mg PO TID", "Levothyroxine 88 mcg PO daily", "Nicotine patch 21 mg/24 h daily",
)
_SCANNERS = ("Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE PRISM", "Philips Incisive CT",
             "Siemens SOMATOM go.Top", "GE Discovery CT750 HD")


_PFT_INTERP = ("Severe obstruction with hyperinflation and air trapping",
               "Moderate obstruction without significant bronchodilator response",
               "Restriction with reduced DLCO, consistent with ILD", "Mixed obstructive and restrictive defect")
_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "Penicillins",
              "Sulfa (Sulfonamide Antibiotics) / latex", "lisinopril (angioedema)")
_FAM1 = ("Mother with COPD", "Father died of lung cancer at 71", "Non-contributory")
_FAM2 = ("brother with OSA on CPAP", "no known sleep disorders", "sister with sarcoidosis")
_GENERAL = ("obese, somnolent but arousable", "tripoding, speaking in short phrases", "NAD, conversant")
_LUNG_EXAM = ("diffuse expiratory wheeze, prolonged expiratory phase", "bibasilar Velcro crackles",
              "distant breath sounds, no crackles")
_CXR = ("hyperinflation, no focal consolidation", "low lung volumes, mild vascular congestion",
        "RUL mass, unchanged; no pneumothorax")
_CT_LUNG = ("Centrilobular and paraseptal emphysema, upper lobe predominant.", "Mild bronchial wall thickening.",
            "No emphysema.")
_CT_MORE = ("No additional nodules.", "Scattered sub-4 mm nodules, stable.",
            "Subpleural reticulation at the bases without honeycombing.")
_CT_PLEURA = ("No effusion or pneumothorax.", "Small right pleural effusion.",
              "Calcified pleural plaques, consistent with prior asbestos exposure.")
_CT_MED = ("No lymphadenopathy by size criteria.", "Right paratracheal node 14 mm short axis (4R).",
           "Subcarinal node 11 mm.")
_CT_ABD = ("Unremarkable.", "Hepatic steatosis.", "1.2 cm left adrenal nodule, -4 HU, consistent with adenoma.")
_CT_BONE = ("Degenerative changes of the thoracic spine.", "Old healed left rib fractures.", "No suspicious lesions.")
_VQ_VENT = ("homogeneous", "central airway deposition (clumping), consistent with obstructive airways disease")
_VQ_PERF = ("no segmental defects", "matched subsegmental defects at the right base",
            "two mismatched segmental defects in the left lower lobe")
_PET_MSK = ("No suspicious osseous uptake.", "Focal uptake T9 vertebral body, SUVmax 5.1.")
_CT_IMP2 = ("Moderate coronary artery calcification (S modifier).", "Emphysema.",
            "No other significant incidental finding.")


def _vitals(r: random.Random) -> str:
    sbp, dbp = r.randint(104, 168), r.randint(58, 96)
    return (f"T {r.choice(('97.6', '98.1', '98.4', '99.0', '100.2'))}  HR {r.randint(62, 112)}  "
            f"BP {sbp}/{dbp}  RR {r.randint(14, 28)}  SpO2 {r.randint(86, 97)}% on "
            f"{r.choice(('RA', '2L NC', '3L NC', '4L NC', 'BiPAP 16/8, FiO2 30%'))}  Wt {r.randint(58, 148)} kg")


def _labs(r: random.Random) -> str:
    return (f"___ 06:10AM BLOOD WBC-{r.randint(40, 160) / 10:.1f} RBC-{r.randint(380, 560) / 100:.2f} "
            f"Hgb-{r.randint(100, 168) / 10:.1f} Hct-{r.randint(31, 52)}.{r.randint(0, 9)} MCV-{r.randint(82, 99)} "
            f"Plt Ct-{r.randint(140, 420)}\n"
            f"___ 06:10AM BLOOD Glucose-{r.randint(80, 210)} UreaN-{r.randint(8, 42)} "
            f"Creat-{r.randint(6, 19) / 10:.1f} Na-{r.randint(133, 144)} K-{r.randint(34, 52) / 10:.1f} "
            f"Cl-{r.randint(92, 106)} HCO3-{r.randint(24, 40)} AnGap-{r.randint(8, 16)}\n"
            f"___ 05:52AM BLOOD Type-ART pO2-{r.randint(55, 92)} pCO2-{r.randint(38, 78)} "
            f"pH-7.{r.randint(24, 44)} calTCO2-{r.randint(24, 42)} Base XS-{r.randint(0, 12)}\n"
            f"___ 06:10AM BLOOD proBNP-{r.randint(60, 4200)} TSH-{r.randint(5, 48) / 10:.1f}")


_SCENARIOS = (
    ("excessive daytime sleepiness, witnessed apneas", "Attended split-night polysomnography",
     "OSA, severe; obesity hypoventilation syndrome",
     "with morbid obesity (BMI {bmi}) and HFpEF admitted for acute on chronic hypercapnic respiratory failure. "
     "Bed partner reports loud snoring, witnessed apneas and gasping arousals for years; Epworth Sleepiness "
     "Scale {ess}/24, STOP-BANG {sb}/8. Presented somnolent with pCO2 74 on ABG, improved on BiPAP in the ED."),
    ("dyspnea, increased sputum", "None",
     "COPD exacerbation; chronic hypoxemic respiratory failure requiring home oxygen",
     "with COPD (FEV1 {fev}% predicted), {py} pack-years, who presents with 4 days of worsening dyspnea, "
     "purulent sputum and wheeze. Ambulatory SpO2 fell to 84% on room air; no prior home oxygen. mMRC 3, "
     "CAT score 27. No fever; CXR without consolidation."),
    ("hemoptysis, mediastinal adenopathy", "Flexible bronchoscopy with EBUS-TBNA (stations 4R, 7, 11R)",
     "Non-small cell lung cancer, adenocarcinoma, clinical stage pending",
     "who is a former smoker ({py} pack-years, quit 2009) with a spiculated RUL mass on screening LDCT "
     "(Lung-RADS 4B) and PET-avid right paratracheal nodes, admitted after 2 episodes of streaky hemoptysis "
     "(about 15 mL). "
     "Hemodynamically stable, Hgb stable; no anticoagulants."),
    ("progressive exertional dyspnea", "Right heart catheterization (Swan-Ganz)",
     "Idiopathic pulmonary fibrosis with pulmonary hypertension (group 3)",
     "with IPF diagnosed on UIP-pattern CT, on nintedanib, presenting with progressive dyspnea and new resting "
     "hypoxemia. 6MWD 212 m with nadir SpO2 81% on 4 L. Velcro crackles at both bases; clubbing present."),
    ("nocturnal hypoventilation, morning headaches", "BiPAP ST titration in the sleep laboratory",
     "Neuromuscular hypoventilation (ALS); sleep-disordered breathing",
     "with bulbar-onset ALS (ALSFRS-R {als}) referred for morning headaches, orthopnea and nocturnal "
     "hypercapnia (TcCO2 peak 58). FVC 48% predicted sitting with a 22% supine drop; MIP -38 cm H2O."),
)


def _hpi(r: random.Random, cx: _Cx, scen: tuple, age_segs: list[Seg]) -> list[Seg]:
    text = scen[3].format(bmi=r.randint(41, 63), ess=r.randint(11, 22), sb=r.randint(5, 8),
                          fev=r.randint(24, 49), py=r.randint(25, 90), als=r.randint(18, 36))
    return age_segs + [_t(f" year old {cx.man} " + text)]


# --------------------------------------------------------------------------------------------------
# Discharge blocks
# --------------------------------------------------------------------------------------------------

def _line(out: list[Seg], segs: list[Seg], end: str = "\n") -> None:
    out.extend(segs)
    out.append(_t(end))


def _block_psg(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    kind = r.choice(("split-night", "diagnostic", "CPAP titration", "BiPAP ST titration"))
    out.append(_t(f"SLEEP LABORATORY REPORT - ATTENDED IN-LAB POLYSOMNOGRAPHY ({kind}, CPT "
                  f"{r.choice(('95811', '95810', '95811'))})\n"))
    out.append(_t("Study date: "))
    out += pl.field("psg.date", r.choice(("___", _shifted(r))))
    out.append(_t(f"    Bed: Sleep Room {r.randint(1, 8)}    Site: "))
    out += pl.field("psg.site", "___")
    out.append(_t("\nScoring technologist: "))
    out += pl.field("psg.tech", "___, RPSGT")
    out.append(_t("    Interpreting physician: "))
    out += pl.field("psg.md", "___, MD")
    out.append(_t("\n"))
    if compact < 1:
        out.append(_t("Montage: F4-M1, C4-M1, O2-M1 EEG; E1/E2 EOG; chin and tibialis EMG; ECG; nasal pressure; "
                      "thermistor; RIP belts; SpO2; position; video.\n"))
    out.append(_t("Scoring: AASM Manual v3; hypopneas with >= 3% desaturation or arousal.\n\n"))
    tst = r.randint(190, 400)
    ahi = r.randint(60, 980) / 10
    rows = (
        ("Total recording time (min)", f"{tst + r.randint(20, 80)}.0"), ("Total sleep time (min)", f"{tst}.5"),
        ("Sleep efficiency (%)", f"{r.randint(58, 93)}.{r.randint(0, 9)}"),
        ("Sleep latency (min)", f"{r.randint(3, 40)}.0"), ("REM latency (min)", f"{r.randint(60, 210)}.0"),
        ("N1 / N2 / N3 / REM (%)", f"{r.randint(5, 25)} / {r.randint(40, 60)} / {r.randint(0, 15)} / "
                                   f"{r.randint(5, 22)}"),
        ("AHI (events/h)", f"{ahi:.1f}"), ("Supine AHI / non-supine AHI", f"{ahi * 1.4:.1f} / {ahi * 0.6:.1f}"),
        ("REM AHI", f"{min(ahi * 1.3, 120):.1f}"), ("Central apnea index", f"{r.randint(0, 90) / 10:.1f}"),
        ("ODI 4% (/h)", f"{ahi * 0.8:.1f}"), ("SpO2 mean / nadir (%)", f"{r.randint(88, 95)} / {r.randint(62, 88)}"),
        ("T90 (% TST below 90%)", f"{r.randint(0, 450) / 10:.1f}"), ("Arousal index (/h)", f"{r.randint(8, 60)}.0"),
        ("PLMS index (/h)", f"{r.randint(0, 40)}.0"),
    )
    if compact >= 2:
        rows = rows[1:3] + rows[6:7] + rows[10:13]
    out.append(_t(f"{'Parameter':30}{'Value':>18}\n"))
    for k, v in rows:
        out.append(_t(f"{k:30}{v:>18}\n"))
    out.append(_t(f"ECG: sinus rhythm, mean HR {r.randint(58, 88)}, rare PVCs. "
                  f"{r.choice(('No Cheyne-Stokes respiration.', 'Cheyne-Stokes breathing in N1/N2, 6% of TST.'))}\n"))
    if kind != "diagnostic":
        p = r.randint(7, 14)
        out.append(_t(f"Titration: CPAP 5 -> {p + 3} cm H2O; optimal {p} cm H2O (supine REM observed), residual AHI "
                      f"{r.randint(5, 49) / 10:.1f}/h. Mask: ResMed AirFit F20, medium; heated humidity 4.\n"))
    for segs in pl.lines("psg.line"):
        _line(out, segs)
    out.append(_t(f"Impression: {'Severe' if ahi >= 30 else 'Moderate' if ahi >= 15 else 'Mild'} obstructive sleep "
                  f"apnea (AHI {ahi:.1f}/h); ICD-10 G47.33. Recommend auto-CPAP {r.randint(5, 8)}-"
                  f"{r.randint(12, 18)} cm H2O, drowsy-driving counseling, weight management.\n"))
    return out


def _block_cpap(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    dev = r.choice((("AirSense 11 AutoSet", "SX585-0304", "AirView"), ("AirSense 10 AutoSet", "SX567-0401", "AirView"),
                    ("DreamStation 2 Auto", "4.18.2.1077", "Care Orchestrator"),
                    ("AirCurve 10 VAuto (BiPAP)", "SX577-0307", "AirView"), ("BMC Luna G3", "V2.10.4", "iCode")))
    days = 30
    used = r.randint(14, 30)
    over4 = max(0, used - r.randint(0, 6))
    out.append(_t(f"==== PAP COMPLIANCE DOWNLOAD ({dev[2]} cloud printout) ====\n"))
    out.append(_t(f"Report period: {_shifted(r)} to ___ ({days} days)   Printed by: ___\n"))
    out.append(_t(f"Device: {dev[0]}   SN: "))
    out += pl.field("cpap.serial", "___")
    out.append(_t(f"   Firmware: {dev[1]}   Humidifier: integrated, level {r.randint(2, 6)}\n"))
    out.append(_t(f"Modem: cellular, last upload ___ {r.randint(1, 12)}:{r.randint(10, 59)} AM from IP "))
    out += pl.field("cpap.ip", "___")
    out.append(_t("\n"))
    out.append(_t(f"Usage days: {used}/{days} ({round(100 * used / days)}%)   Days >= 4 h: {over4} "
                  f"({round(100 * over4 / days)}%)   CMS adherence (>= 4 h on 70% of nights in 30 days): "
                  f"{'MET' if over4 >= 21 else 'NOT MET'}\n"))
    out.append(_t(f"Average usage (days used): {r.randint(3, 8)} h {r.randint(0, 59):02d} min\n"))
    lo, hi = r.randint(4, 8), r.randint(12, 20)
    out.append(_t(f"Pressure (cm H2O): set {lo}-{hi}, EPR 2 | median {lo + 2}.{r.randint(0, 9)} | 95th "
                  f"{lo + 4}.{r.randint(0, 9)} | max {hi - 1}.{r.randint(0, 9)}\n"))
    out.append(_t(f"Leak (L/min): median {r.randint(0, 90) / 10:.1f} | 95th {r.randint(50, 400) / 10:.1f}   "
                  f"Residual AHI {r.randint(5, 90) / 10:.1f}/h (CAI {r.randint(0, 30) / 10:.1f}, OAI "
                  f"{r.randint(0, 30) / 10:.1f}, HI {r.randint(0, 30) / 10:.1f})   CSR 0%\n"))
    out.append(_t(f"Mask: {r.choice(('AirFit N30i small', 'AirFit F20 medium', 'DreamWear nasal', 'F&P Evora full'))}"
                  f"; resupply per HCPCS A7030/A7034 schedule.\n"))
    for segs in pl.lines("cpap.line"):
        _line(out, segs)
    return out


def _block_dme(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    out.append(_t("DETAILED WRITTEN ORDER - HOME OXYGEN / RESPIRATORY DME\n"))
    out.append(_t("Patient: "))
    out += pl.field("dme.name", "___")
    out.append(_t("      DOB: "))
    out += pl.field("dme.dob", "___")
    out.append(_t("      MRN: "))
    out += pl.field("dme.mrn", "___")
    out.append(_t("\nSSN (vendor intake): "))
    out += pl.field("dme.ssn", "___")
    out.append(_t("\nDelivery address: "))
    out += pl.field("dme.addr", "___")
    out.append(_t("\nContact phone: "))
    out += pl.field("dme.phone", "___")
    out.append(_t("\nPrimary: Medicare Part B   MBI: "))
    out += pl.field("dme.plan", "___")
    out.append(_t(f"\nSecondary: employer plan, group # {r.choice(('004417', '71-2208', 'G0339'))} (employer group)"
                  "\nSupplier: "))
    out += pl.field("dme.vendor", "___")
    out.append(_t("      Supplier account #: "))
    out += pl.field("dme.acct", "___")
    lpm = r.choice((1, 1.5, 2, 2, 3, 4))
    out.append(_t(f"\nItems ordered:\n [x] Stationary oxygen concentrator (HCPCS E1390), {lpm} L/min continuous via "
                  f"nasal cannula, {r.choice(('24 h/day', 'with exertion and sleep', 'nocturnal only'))}\n"
                  f" [x] Portable oxygen concentrator (E1392), pulse setting {r.randint(1, 4)} - Inogen One G5 (IO-500)"
                  "\n"))
    if compact < 2:
        out.append(_t(f" [{r.choice(' x')}] Oxygen contents, gaseous, E cylinders (E0443), conserving regulator\n"
                      f" [{r.choice(' x')}] Humidifier bottle; 25 ft tubing (A4616)\n"))
    out.append(_t("Serial of dispensed concentrator: "))
    out += pl.field("dme.serial", "___")
    out.append(_t(f"\nUDI (box label): (01)0{_d(r, 13)}(17){r.randint(26, 29)}{r.randint(1, 12):02d}28(10)"
                  f"L{_d(r, 4)}   [lot/expiry only]\n"))
    out.append(_t(f"Qualifying test: SpO2 {r.randint(82, 88)}% on room air at rest, {_shifted(r)}; "
                  f"exercise nadir {r.randint(79, 87)}% (test performed within 2 days of discharge).\n"
                  f"Diagnoses: J44.1, J96.11{r.choice(('', ', G47.33', ', E66.2'))}   Length of need: 99 months "
                  f"(lifetime)\n"))
    for segs in pl.lines("dme.line"):
        _line(out, segs)
    out.append(_t("Ordering practitioner: "))
    out += pl.field("dme.md", "___, MD")
    out.append(_t("   NPI: "))
    out += pl.field("dme.npi", "___")
    out.append(_t("\nReturn signed order by fax to: "))
    out += pl.field("dme.fax", "___")
    out.append(_t("\n"))
    return out


def _block_pft(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    out.append(_t("PULMONARY FUNCTION LABORATORY        Reference: GLI-2012 spirometry, GLI-2017 DLCO (race-neutral)\n"
                  "Age: "))
    out += pl.field("pft.age", str(r.randint(41, 88)))
    h, w = r.randint(150, 190), r.randint(52, 140)
    out.append(_t(f" y   Sex: {cx.sex}   Height: {h} cm   Weight: {w} kg   BMI {w / (h / 100) ** 2:.1f}\n"
                  "Technician: "))
    out += pl.field("pft.tech", "___, RRT")
    fvc_p, fev_p = r.randint(28, 45) / 10, r.randint(22, 36) / 10
    fvc, fev = fvc_p * r.randint(45, 100) / 100, fev_p * r.randint(25, 95) / 100
    tlc_p, dl_p = r.randint(48, 70) / 10, r.randint(180, 280) / 10
    out.append(_t(f"\n\n{'':22}{'Pre':>7}{'Pred':>7}{'%Pred':>7}{'LLN':>7}{'Post':>7}{'%Chg':>6}\n"))
    rows = (
        ("FVC (L)", fvc, fvc_p), ("FEV1 (L)", fev, fev_p),
    )
    for name, v, p in rows:
        post = v * r.randint(100, 118) / 100
        out.append(_t(f"{name:22}{v:7.2f}{p:7.2f}{round(100 * v / p):7d}{p * 0.8:7.2f}{post:7.2f}"
                      f"{round(100 * (post - v) / v):+6d}\n"))
    out.append(_t(f"{'FEV1/FVC':22}{fev / fvc:7.2f}{0.78:7.2f}{'':7}{0.70:7.2f}\n"))
    tlc = tlc_p * r.randint(70, 135) / 100
    dl = dl_p * r.randint(30, 95) / 100
    out.append(_t(f"{'TLC (L)':22}{tlc:7.2f}{tlc_p:7.2f}{round(100 * tlc / tlc_p):7d}\n"
                  f"{'RV (L)':22}{r.randint(15, 55) / 10:7.2f}{2.10:7.2f}{r.randint(70, 190):7d}\n"
                  f"{'DLCO (mL/min/mmHg)':22}{dl:7.1f}{dl_p:7.1f}{round(100 * dl / dl_p):7d}\n"))
    out.append(_t(f"Bronchodilator: albuterol 360 mcg via spacer, post-test at 15 min. Quality: ATS/ERS grade "
                  f"{r.choice('AB')}. MIP {-r.randint(30, 110)} / MEP {r.randint(50, 160)} cm H2O.\n"
                  f"Interpretation: {r.choice(_PFT_INTERP)}; "
                  f"DLCO {round(100 * dl / dl_p)}% predicted. CPT 94729, 94726, 94060.\n"))
    for segs in pl.lines("pft.line"):
        _line(out, segs)
    return out


def _block_bronch(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    out.append(_t("PROCEDURE NOTE - FLEXIBLE BRONCHOSCOPY WITH LINEAR EBUS-TBNA\n"
                  f"Date: ___   Location: Bronchoscopy Suite {r.randint(1, 4)}   Attending: ___   Fellow: ___\n"
                  "Anesthesia: general, LMA #4, propofol/remifentanil; ASA 3.\n"
                  f"Scopes: Olympus BF-UC190F (EBUS), BF-H190; needle 22G ViziShot 2 (lot {_d(r, 4)}K{_d(r, 2)}, "
                  f"exp {r.randint(2026, 2029)}-{r.randint(1, 12):02d}-30).\n"
                  "Airway exam: normal vocal cords, trachea and carina; no endobronchial lesion to subsegmental "
                  "level; mild anthracotic pigment.\n"))
    out.append(_t(f"{'Station':10}{'Short axis':>12}{'Passes':>8}  ROSE\n"))
    for st in r.sample(("4R", "4L", "7", "10R", "11R", "11L", "2R"), 3):
        out.append(_t(f"{st:10}{r.randint(6, 24):>9} mm{r.randint(2, 5):>8}  "
                      f"{r.choice(('lymphocytes, adequate', 'malignant cells', 'granulomas', 'blood only'))}\n"))
    out.append(_t("Specimens: TBNA to cytology (accession "))
    out += pl.field("bronch.acc", "___")
    out.append(_t(f"), cell block for PD-L1 22C3 and NGS; BAL RML {r.choice((100, 120, 150))} mL instilled / "
                  f"{r.randint(30, 70)} mL returned.\n"))
    for segs in pl.lines("bronch.line"):
        _line(out, segs)
    out.append(_t(f"Complications: none; EBL < 5 mL. Post-procedure CXR: no pneumothorax. Fluoroscopy "
                  f"{r.randint(0, 40) / 10:.1f} min.\n"))
    return out


def _block_rehab(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    sess = r.randint(6, 36)
    out.append(_t("PULMONARY REHABILITATION - ATTENDANCE LETTER (HCPCS G0424)\nProgram: "))
    out += pl.field("rehab.site", "___")
    out.append(_t("\n\nDear "))
    out += pl.field("rehab.dear", "Dr. ___")
    out.append(_t(f",\nThank you for referring your patient to phase II pulmonary rehabilitation. {cx.he.capitalize()} "
                  f"attended {sess} of 36 scheduled sessions ({round(100 * sess / 36)}%).\n"))
    out.append(_t(f"{'Outcome':24}{'Entry':>8}{'Latest':>8}\n"
                  f"{'6MWD (m)':24}{r.randint(150, 320):>8}{r.randint(200, 420):>8}\n"
                  f"{'Borg dyspnea (0-10)':24}{r.randint(4, 7):>8}{r.randint(2, 5):>8}\n"
                  f"{'CAT score':24}{r.randint(20, 32):>8}{r.randint(12, 24):>8}\n"
                  f"{'mMRC grade':24}{r.randint(2, 4):>8}{r.randint(1, 3):>8}\n"
                  f"{'PHQ-9':24}{r.randint(4, 16):>8}{r.randint(2, 12):>8}\n"))
    out.append(_t(f"Exertional SpO2 nadir {r.randint(82, 89)}% on {r.randint(2, 4)} L pulse; titrated to continuous "
                  f"flow for treadmill work. Education completed: pursed-lip breathing, energy conservation, "
                  f"inhaler technique, action plan.\n"))
    for segs in pl.lines("rehab.line"):
        _line(out, segs)
    out.append(_t("Sincerely,\n"))
    out += pl.field("rehab.sign", "___, RRT")
    out.append(_t(", Pulmonary Rehabilitation Coordinator\n"))
    return out


def _block_lcs(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    py = r.randint(21, 80)
    out.append(_t("LUNG CANCER SCREENING - SHARED DECISION-MAKING VISIT (HCPCS G0296)\n"
                  f"Eligibility: age {r.randint(50, 77)}, {py} pack-years, "
                  f"{r.choice(('current smoker (1 ppd)', 'quit 6 years ago', 'current smoker (1/2 ppd)'))}; meets "
                  "USPSTF 2021 and CMS 2022 criteria.\n"
                  "Discussed with a decision aid: benefit (~20% relative reduction in lung cancer mortality in NLST), "
                  "false positives and follow-up imaging (Lung-RADS 3/4), incidental findings, radiation "
                  "(~1.5 mSv per LDCT), overdiagnosis, annual adherence and willingness to undergo treatment.\n"
                  "Tobacco: counseled 4 minutes (CPT 99406); nicotine patch 21 mg + lozenge 4 mg; referred to "
                  "the quitline 1-800-QUIT-NOW (1-800-784-8669) and smokefree.gov.\n"
                  f"Decision: {r.choice(('proceed with baseline LDCT', 'proceed with annual LDCT', 'declined'))}.\n"))
    for segs in pl.lines("lcs.line"):
        _line(out, segs)
    return out


_BLOCK_FNS = {"psg": _block_psg, "cpap": _block_cpap, "dme": _block_dme, "pft": _block_pft,
              "bronch": _block_bronch, "rehab": _block_rehab, "lcs": _block_lcs}


# --------------------------------------------------------------------------------------------------
# Discharge summary
# --------------------------------------------------------------------------------------------------

def _discharge(r: random.Random, pl: _Plants, cx: _Cx, blocks: list[str], compact: int) -> list[Seg]:
    out: list[Seg] = []
    scen = r.choice(_SCENARIOS)
    out.append(_t("Name:  "))
    out += pl.field("hdr.name", "___")
    out.append(_t("                  Unit No:   "))
    out += pl.field("hdr.unit", "___")
    out.append(_t("\n\nAdmission Date:  "))
    out += pl.field("hdr.adm", "___")
    out.append(_t("              Discharge Date:   ___\n\nDate of Birth:  "))
    out += pl.field("hdr.dob", "___")
    out.append(_t(f"             Sex:   {cx.sex}\n\nService: {r.choice(('MEDICINE', 'PULMONARY', 'MEDICINE'))}\n\n"
                  f"Allergies:\n{r.choice(_ALLERGIES)}\n\n"
                  "Attending: "))
    out += pl.field("hdr.att", "___")
    out.append(_t(f".\n\nChief Complaint:\n{scen[0]}\n\nMajor Surgical or Invasive Procedure:\n{scen[1]}\n\n"
                  "History of Present Illness:\n"))
    age_default = r.choice(("___", str(r.randint(44, 88)), str(r.randint(55, 79))))
    out += _hpi(r, cx, scen, pl.field("d.age", age_default))
    for segs in pl.lines("d.hpi"):
        out.append(_t(" "))
        out += segs
    pmh = r.sample(_PMH, r.randint(3, 6 - min(compact, 2))) + r.sample(_EPONYM_PMH, r.randint(1, 2))
    out.append(_t("\n\nPast Medical History:\n" + "\n".join(f"- {x}" for x in pmh) + "\n\nSocial History:\n"))
    tob = r.choice(("current, 1 ppd", "former, quit in 2011", "former, quit 8 years ago", "former"))
    soc = [f"Tobacco: {tob}, {r.randint(20, 80)} pack-years. EtOH: {r.choice(('none', 'social', '2 beers/day'))}."
           f" Occupation: {r.choice(('retired bus driver', 'former mason', 'home health aide', 'retired teacher'))}."]
    soc.append(r.choice(("Lives with family in ___.", "Lives alone in ___; VNA twice weekly.", "___")))
    for segs in pl.lines("d.social"):
        out += segs
        out.append(_t("\n"))
    out.append(_t("\n".join(soc) + "\n\nFamily History:\n"
                  f"{r.choice(_FAM1)}; {r.choice(_FAM2)}.\n\nPhysical Exam:\nADMISSION EXAM:\nVS: {_vitals(r)}\n"))
    if compact < 2:
        out.append(_t(f"General: {r.choice(_GENERAL)}\n"
                      f"HEENT: Mallampati {r.choice(('III', 'IV', 'II'))}, neck circumference {r.randint(38, 52)} cm, "
                      f"Friedman tongue position {r.randint(2, 4)}\n"
                      f"CV: {r.choice(('irregularly irregular', 'RRR, loud P2', 'RRR, no m/r/g'))}; JVP "
                      f"{r.randint(7, 14)} cm\nExt: {r.choice(('1+ pitting edema to shins', 'no edema', 'clubbing'))}\n"
                      "Neuro: GCS 15 (Glasgow Coma Scale), no asterixis\n"))
    out.append(_t(f"Lungs: {r.choice(_LUNG_EXAM)}\n\nPertinent Results:\n{_labs(r)}\n\n"))
    for b in blocks:
        if b in ("psg", "cpap", "pft", "bronch"):
            out += _BLOCK_FNS[b](r, pl, cx, compact)
            out.append(_t("\n"))
    if compact < 1:
        out.append(_t(f"CXR (___): {r.choice(_CXR)}.\n"
                      f"TTE (___): LVEF {r.randint(50, 70)}%, RVSP {r.randint(28, 68)} mm Hg, "
                      f"{r.choice(('mildly dilated RV', 'normal RV size and function', 'TAPSE 1.4 cm'))}.\n\n"))
    out.append(_t("Brief Hospital Course:\n"))
    course = [
        f"# Acute on chronic hypercapnic respiratory failure: treated with BiPAP {r.randint(14, 20)}/"
        f"{r.randint(5, 8)} overnight and nebulizers; ABG pCO2 improved from {r.randint(62, 80)} to "
        f"{r.randint(44, 58)}. Weaned to {r.randint(1, 3)} L NC by HD {r.randint(2, 4)}.",
        f"# COPD: prednisone 40 mg x5 days and azithromycin x{r.randint(3, 5)} days; inhalers changed to "
        "Trelegy Ellipta. Inhaler teaching with RT; spacer provided.",
        "# OSA/OHS: split-night study in the sleep lab; started on auto-CPAP with heated humidity. Counseled on "
        "drowsy driving; not to drive until adherent and Epworth improved.",
        f"# Atrial fibrillation: rate controlled on metoprolol; CHA2DS2-VASc {r.randint(2, 6)}, continued apixaban.",
        f"# Volume: diuresed with IV furosemide, net -{r.randint(2, 6)}.{r.randint(0, 9)} L; weight "
        f"{r.randint(90, 150)} kg at discharge.",
        "# Home oxygen: ambulatory and resting saturation testing qualified for home O2; DME order placed; "
        "face-to-face documented.",
    ]
    n_course = (r.randint(3, 5), r.randint(2, 3), 1, 1)[compact]
    out.append(_t("\n".join(r.sample(course, n_course)) + "\n"))
    for segs in pl.lines("d.course"):
        out += segs
        out.append(_t("\n"))
    meds = r.sample(_MEDS, max(3, r.randint(5, 9) - 2 * compact))
    out.append(_t("\nMedications on Admission:\nThe Preadmission Medication list is accurate and complete.\n"
                  + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds[:-2]))
                  + "\n\nDischarge Medications:\n" + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds))
                  + f"\n{len(meds) + 1}. Home oxygen {r.choice(('2', '2-3', '1', '3'))} L/min via nasal cannula "
                  "continuous, with sleep and exertion\n\nDischarge Disposition:\n"))
    fac = pl.field("d.facility", "")
    if fac and fac[0][1:] != ("",):
        out.append(_t("Extended Care\n\nFacility:\n"))
        out += fac
        out.append(_t("\n"))
    else:
        out.append(_t(r.choice(("Home With Service\n\nFacility:\n___\n", "Home\n"))))
    out.append(_t(f"\nDischarge Diagnosis:\nPrimary: {scen[2]}\nSecondary: {', '.join(pmh[:2])}\n\n"
                  "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
                  "interactive.\nActivity Status: Ambulatory - requires assistance or aid (walker or cane).\n\n"
                  f"Discharge Instructions:\nDear {r.choice(('Mr. ' if cx.sex == 'M' else 'Ms. ', ''))}___,\n"
                  + ("You were admitted for trouble breathing. Use your CPAP/BiPAP every night and for naps, at "
                     "least 4 hours per night; the machine records your use and we review it at your visit. Do not "
                     "smoke or allow open flames within 10 feet of your oxygen. Do not drive if you feel drowsy.\n"
                     if compact < 2 else "Use your CPAP every night. No smoking near oxygen.\n")
                  + "Free help to quit smoking: 1-800-QUIT-NOW (1-800-784-8669). Medicare questions: 1-800-633-4227. "
                  "Poison Control: 1-800-222-1222.\n"))
    for segs in pl.lines("d.instr"):
        out += segs
        out.append(_t("\n"))
    for b in blocks:
        if b in ("dme", "rehab", "lcs"):
            out.append(_t("\n"))
            out += _BLOCK_FNS[b](r, pl, cx, compact)
    dept = r.choice(("SLEEP MEDICINE", "PULMONARY", "THORACIC ONCOLOGY"))
    out.append(_t(f"\nFollowup Instructions:\nDepartment: {dept}"
                  f"\nWhen: ___ at {r.randint(8, 11)}:{r.choice(('00', '15', '30', '40'))} AM\nWith: ___ [MD]\n"
                  "Building: ___ Campus: ___  Best Parking: ___ Garage\n"))
    for segs in pl.lines("d.follow"):
        out += segs
        out.append(_t("\n"))
    return out


# --------------------------------------------------------------------------------------------------
# Radiology
# --------------------------------------------------------------------------------------------------

def _nodule(r: random.Random) -> dict:
    kind = r.choice(("solid", "solid", "part-solid", "ground-glass", "calcified", "perifissural"))
    size = r.randint(3, 26)
    solid = r.randint(0, min(size - 1, 12)) if kind == "part-solid" else size
    if kind == "calcified":
        cat, risk = "1", 1
    elif kind == "perifissural" and size < 10:
        cat, risk = "2", r.randint(1, 2)
    elif kind == "ground-glass":
        cat, risk = ("2" if size < 30 else "3"), r.randint(1, 4)
    elif size < 6:
        cat, risk = "2", r.randint(1, 2)
    elif solid < 6 or size < 8:
        cat, risk = "3", r.randint(2, 5)
    elif solid < 8 or size < 15:
        cat, risk = "4A", r.randint(5, 15)
    else:
        cat, risk = "4B", r.randint(15, 62)
    vol = round(3.1416 / 6 * size ** 3 * r.randint(55, 85) / 100)
    lobe = r.choice(("RUL", "RML", "RLL", "LUL", "lingula", "LLL"))
    return {"kind": kind, "size": size, "solid": solid, "cat": cat, "risk": risk, "vol": vol, "lobe": lobe,
            "se": r.randint(2, 5), "im": r.randint(40, 260)}


def _lungs(r: random.Random, nod: dict) -> str:
    solid = f" with a {nod['solid']} mm solid component" if nod["kind"] == "part-solid" else ""
    return (f"LUNGS/AIRWAYS: {r.choice(_CT_LUNG)} "
            f"A {nod['size']} mm {nod['kind']} nodule{solid} in the {nod['lobe']} (series {nod['se']}, image "
            f"{nod['im']}), volume {nod['vol']} mm3. {r.choice(_CT_MORE)} Airways patent.\n"
            f"PLEURA: {r.choice(_CT_PLEURA)}\n"
            f"MEDIASTINUM/HILA: {r.choice(_CT_MED)} Coronary artery calcification: "
            f"{r.choice(('none', 'mild', 'moderate', 'severe'))}. Heart size normal; no pericardial effusion.\n"
            f"UPPER ABDOMEN: {r.choice(_CT_ABD)}\n"
            f"BONES: {r.choice(_CT_BONE)}")


def _radiology(r: random.Random, pl: _Plants, cx: _Cx, compact: int) -> list[Seg]:
    out: list[Seg] = []
    old = "r.age" in pl.slots or any(seg[2] == "AGE_OVER_89" for v in pl.slots.values() for segs in v
                                     for seg in segs if seg[0] == "p")
    kind = r.choice(("nodule", "pet", "vq") if old else ("ldct", "ldct", "nodule", "pet", "vq"))
    nod = _nodule(r)
    for segs in pl.lines("r.top"):
        _line(out, segs)
    if out:
        out.append(_t("\n"))
    title = {"ldct": "CT LOW-DOSE LUNG CANCER SCREENING (CT CHEST W/O CONTRAST)",
             "nodule": "CT CHEST W/O CONTRAST (NODULE FOLLOW-UP)",
             "pet": "PET-CT FDG SKULL BASE TO MID-THIGH", "vq": "NM LUNG VENTILATION AND PERFUSION (V/Q) SCAN"}[kind]
    out.append(_t(f"EXAMINATION:  {title}\n\nINDICATION:  "))
    young = str(r.randint(50, 80)) if kind == "ldct" else str(r.randint(45, 88))
    out += pl.field("r.age", r.choice(("___", young, young)))
    why = {"ldct": f", {r.randint(20, 70)} pack-year {r.choice(('current', 'former'))} smoker, "
                   f"{r.choice(('baseline', 'annual', 'annual (round 3)'))} lung cancer screening.",
           "nodule": f" with a {nod['lobe']} nodule (Lung-RADS {r.choice(('3', '4A'))} on prior screening), "
                     "here for follow-up.",
           "pet": " with a spiculated RUL mass; staging before EBUS.",
           "vq": " with acute dyspnea and pleuritic pain; CKD (eGFR 24), CTA contraindicated. Wells score 4.5."}[kind]
    out.append(_t(f" year old {cx.man}{why}"))
    for segs in pl.lines("r.ind"):
        out.append(_t("  "))
        out += segs
    out.append(_t("\n\n"))
    if kind in ("ldct", "nodule"):
        out.append(_t(f"TECHNIQUE:  Volumetric {'low-dose ' if kind == 'ldct' else ''}CT of the chest without IV "
                      f"contrast on a {r.choice(_SCANNERS)} (software VA{r.randint(40, 70)}). 1.0 mm axial, coronal "
                      f"and sagittal reformats and 8 mm axial MIPs.\n\nDOSE:  CTDIvol {r.randint(6, 30) / 10:.1f} mGy, "
                      f"DLP {r.randint(40, 160)}.{r.randint(0, 9)} mGy-cm (1 irradiation event).\n\n"))
    elif kind == "pet":
        out.append(_t(f"RADIOPHARMACEUTICAL:  {r.randint(80, 140) / 10:.1f} mCi F-18 FDG IV, uptake "
                      f"{r.randint(55, 75)} min; fasting glucose {r.randint(82, 160)} mg/dL.\nTECHNIQUE:  PET "
                      f"acquired on a Siemens Biograph Vision 600 with low-dose CT for attenuation correction and "
                      f"localization (CTDIvol {r.randint(20, 50) / 10:.1f} mGy).\n\n"))
    else:
        out.append(_t(f"RADIOPHARMACEUTICAL DATA:  {r.randint(30, 50) / 10:.1f} mCi Tc-99m MAA IV; "
                      f"{r.randint(250, 400) / 10:.1f} mCi Tc-99m DTPA aerosol.\nTECHNIQUE:  Ventilation images in 8 "
                      "projections, then perfusion images in matching projections; SPECT/CT not performed.\n\n"))
    out.append(_t("COMPARISON:  "))
    comps = pl.lines("r.comp")
    if comps:
        for k, segs in enumerate(comps):
            if k:
                out.append(_t("  "))
            out += segs
    else:
        out.append(_t(r.choice((f"LDCT {_shifted(r)}.", "___.", "Outside CT ___ (report only).", "None."))))
    out.append(_t("\n\nFINDINGS:\n\n"))
    if kind in ("ldct", "nodule"):
        out.append(_t(_lungs(r, nod) + "\n"))
        if kind == "nodule" and compact < 1:
            out.append(_t(f"\nNODULE TABLE\n{'#':3}{'Lobe':6}{'Se/Im':9}{'Type':13}{'Now (mm)':>10}{'Prior':>8}"
                          f"{'VDT (d)':>9}\n"))
            rows = [nod] + [_nodule(r) for _ in range(r.randint(0, 2))]
            for k, nd in enumerate(rows):
                prior = max(3, nd["size"] - r.randint(0, 3))
                vdt = "--" if prior == nd["size"] else str(r.randint(180, 1200))
                out.append(_t(f"{k + 1:<3}{nd['lobe']:6}{nd['se']}/{nd['im']:<7}{nd['kind']:13}"
                              f"{nd['size']:>10}{prior:>8}{vdt:>9}\n"))
    elif kind == "pet":
        out.append(_t(f"Mediastinal blood pool SUVmax {r.randint(15, 25) / 10:.1f}; liver SUVmax "
                      f"{r.randint(22, 34) / 10:.1f}.\nHEAD/NECK: Physiologic uptake.\nCHEST: Spiculated RUL mass "
                      f"{r.randint(18, 45)} x {r.randint(12, 35)} mm, SUVmax {r.randint(45, 190) / 10:.1f}. Right "
                      f"paratracheal (4R) node SUVmax {r.randint(25, 110) / 10:.1f}; subcarinal (7) node SUVmax "
                      f"{r.randint(15, 60) / 10:.1f}. No pleural effusion.\nABDOMEN/PELVIS: "
                      f"{r.choice(('No FDG-avid metastases.', 'Left adrenal nodule SUVmax 6.2, suspicious.'))}\n"
                      f"MSK: {r.choice(_PET_MSK)}\n"))
    else:
        perf = r.choice(_VQ_PERF)
        out.append(_t(f"Ventilation: {r.choice(_VQ_VENT)}.\nPerfusion: {perf}. Chest radiograph "
                      "of ___ shows hyperinflation without consolidation. Fissure sign absent; no stripe sign.\n"))
        right = r.randint(38, 62)
        left = 100 - right
        ru, lu = round(right * r.randint(22, 34) / 100), round(left * r.randint(22, 34) / 100)
        rm, lm = round(right * r.randint(30, 40) / 100), round(left * r.randint(30, 40) / 100)
        out.append(_t("\nQUANTITATIVE PERFUSION (posterior/anterior geometric mean)\n"
                      f"{'Zone':10}{'Right %':>9}{'Left %':>8}\n{'Upper':10}{ru:>9}{lu:>8}\n"
                      f"{'Middle':10}{rm:>9}{lm:>8}\n"
                      f"{'Lower':10}{right - ru - rm:>9}{left - lu - lm:>8}\n"
                      f"{'Total':10}{right:>9}{left:>8}\n"))
    for segs in pl.lines("r.find"):
        _line(out, segs)
    out.append(_t("\nIMPRESSION:\n\n"))
    if kind in ("ldct", "nodule"):
        cat = nod["cat"] if r.random() < 0.9 or nod["cat"] != "4B" else "4X"
        rec = {"1": "Continue annual LDCT in 12 months.", "2": "Continue annual LDCT in 12 months.",
               "3": "LDCT in 6 months.", "4A": "LDCT in 3 months; PET-CT may be considered if solid component "
               ">= 8 mm.", "4B": "Chest CT with or without contrast, PET-CT and/or tissue sampling.",
               "4X": "PET-CT and/or tissue sampling; multidisciplinary review."}[cat]
        out.append(_t(f"1. Lung-RADS v2022 category {cat}. {rec} (Brock model risk {nod['risk']}%.)\n"
                      f"2. {r.choice(_CT_IMP2)}\n"))
    elif kind == "pet":
        out.append(_t("1. FDG-avid RUL mass compatible with primary lung malignancy.\n2. FDG-avid 4R and 7 nodes, "
                      "suspicious for N2 disease; recommend EBUS sampling.\n"))
    else:
        prob = {"no segmental defects": "Very low", "matched subsegmental defects at the right base": "Low"}
        out.append(_t(f"{prob.get(perf, 'High')} probability for pulmonary embolism (modified PIOPED II)."
                      " No Westermark sign or Hampton hump on the comparison radiograph.\n"))
    for segs in pl.lines("r.notif"):
        _line(out, segs)
    if compact < 1 and kind in ("ldct", "nodule") and r.random() < 0.5:
        out.append(_t("\nPatient education: public resources at https://www.cdc.gov/lung-cancer and "
                      "www.lung.org. Radiology scheduling line for screening follow-up appears on the results "
                      "letter.\n"))
    for segs in pl.lines("r.add"):
        out.append(_t("\n"))
        _line(out, segs)
    return out


# --------------------------------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------------------------------

_HEAVY_SUBS = (
    (re.compile(r"\b21\d\d-\d\d-\d\d\b"), "___"), (re.compile(r"\b\d{1,2}/\d{1,2}/21\d\d\b"), "___"),
    (re.compile(r"\bLewy\b"), "___"), (re.compile(r"\bHunt and Hess\b"), "___ and ___"),
    (re.compile(r"\bCheyne-Stokes\b"), "___-___"), (re.compile(r"\bMallampati\b"), "___"),
    (re.compile(r"\bWhipple\b"), "___"), (re.compile(r"\bFriedman\b"), "___"),
    (re.compile(r"\bWells\b"), "___"), (re.compile(r"\bBrock\b"), "___"),
    (re.compile(r"Sleep Room \d"), "Sleep Room ___"), (re.compile(r"\b\d{2} year old\b"), "___ year old"),
    (re.compile(r"\b(?:Parkinson|Graves|Raynaud|Dupuytren|Meniere|Barrett|Glasgow|Epworth|Velcro|Lofgren)\b"),
     "___"),
    (re.compile(r"\b(?:ResMed|Inogen|Olympus|Siemens|Canon|AirView|Trelegy|Spiriva|DreamWear|ViziShot)\b"), "___"),
    (re.compile(r"\b\d{1,2}:\d\d ?(?:AM|PM)\b"), "___"), (re.compile(r"\bHD \d\b"), "HD ___"),
    (re.compile(r"\b(?:Bronchoscopy Suite|Bed) \d\b"), "___"), (re.compile(r"\bage \d\d\b"), "age ___"),
    (re.compile(r"\bLMA #4\b"), "LMA #___"), (re.compile(r"\bround 3\b"), "round ___"),
    (re.compile(r"\b(?:GE|Philips|Biograph)\b"), "___"), (re.compile(r"\b\d+ pack-year"), "___ pack-year"),
    (re.compile(r"\(series \d, image \d+\)"), "(series ___, image ___)"), (re.compile(r"\bVA\d\d\b"), "___"),
    (re.compile(r"\bstation \w+\b|\bTc-99m\b"), "___"),
)


def _render(segs: list[Seg]) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for seg in segs:
        s = seg[1]
        if seg[0] == "p":
            spans.append((pos, pos + len(s), seg[2]))
        parts.append(s)
        pos += len(s)
    return "".join(parts), spans


def _choose_frags(r: random.Random, cats: list[str], ntype: str, cx: _Cx) -> _Plants:
    pl = _Plants()
    used: set[str] = set()
    for cat in cats:
        options = [f for f in _FRAGS[cat] if ntype in f[0] and not (f[1] in _FIELD_SLOTS and f[1] in used)]
        if len(pl.blocks()) >= 2:  # keep discharge notes within ~6 KB: at most two required blocks
            known = [f for f in options if f[1].split(".")[0] not in _BLOCKS or f[1].split(".")[0] in pl.blocks()]
            options = known or options
        types, slot, fn = r.choice(options)
        used.add(slot)
        pl.add(slot, fn(r, cx))
    return pl


def holdout27_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 27 for ``seed`` (deterministic, depends only on seed and i)."""
    status, k = _plan(seed, i)
    cyc = _cycle(seed)
    off = _offset(seed, i)
    cats = [cyc[(off + j) % len(cyc)] for j in range(k)]
    r = random.Random(f"holdout27/note/{seed}/{i}")
    ntype = "radiology" if r.random() < 0.53 else "discharge"
    if any(not any(ntype in f[0] for f in _FRAGS[c]) for c in cats):
        ntype = "discharge"
    sex = r.choice("FM")
    cx = _Cx(sex, "she" if sex == "F" else "he", "her" if sex == "F" else "his", "woman" if sex == "F" else "man")
    pl = _choose_frags(r, cats, ntype, cx)
    blocks: list[str] = []
    if ntype == "discharge":
        need = pl.blocks()
        extra = [b for b in r.sample(_BLOCKS, len(_BLOCKS)) if b not in need]
        blocks = sorted(need) + extra[: max(1 if not need else 0, r.choice((0, 1, 1, 2)) - len(need))]
    saved = {s: list(v) for s, v in pl.slots.items()}
    text, spans = "", []
    for compact in range(4):
        pl.slots = {s: list(v) for s, v in saved.items()}
        fr = random.Random(f"holdout27/fill/{seed}/{i}/{compact}")
        bl = blocks if compact < 2 else [b for b in blocks if b in pl.blocks()] or blocks[:1]
        segs = _discharge(fr, pl, cx, bl, compact) if ntype == "discharge" else _radiology(fr, pl, cx, compact)
        assert not pl.slots, f"unplaced plants {pl.slots}"
        text, spans = _render(segs)
        if len(text) <= 5900:
            break
    if status == "heavy":
        for rx, sub in _HEAVY_SUBS:
            text = rx.sub(sub, text)
    if ntype == "radiology" and len(text) < 1150:
        if "Lung-RADS" in text:
            text += ("\nRECOMMENDATION(S):  Per Fleischner Society 2017 and ACR Lung-RADS v2022 guidance as above. "
                     "Smoking cessation counseling is recommended for all current smokers; free quitline "
                     "1-800-784-8669.\n")
        else:
            text += ("\nNOTE:  Interpretation follows the modified PIOPED II and PISAPED criteria; a normal perfusion "
                     "scan essentially excludes pulmonary embolism. Correlate with lower-extremity duplex if "
                     "clinical suspicion remains high.\n")
        text += "This report was dictated using speech recognition; minor typographical errors may be present.\n"
    return LabelledNote(note_type=ntype, text=text, spans=spans)


def holdout27_corpus(seed: int, n: int) -> list[LabelledNote]:
    """The first ``n`` notes of corpus 27 for ``seed``."""
    return [holdout27_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout27_corpus, argv,
        "Held-out corpus 27 (blind): pulmonology, sleep medicine and home respiratory care notes",
    )
    report("holdout27", args, notes, hits, res)


if __name__ == "__main__":
    main()
