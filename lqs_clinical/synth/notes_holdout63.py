"""Held-out corpus 63: disaster medicine, mass-casualty incidents and hospital emergency management.

MIMIC-IV-Note-shaped notes written during (or about) a mass-casualty incident: most identifiers are
``___``, unmasked dates are shifted into 2100-2200 and never labelled, about 58% of notes carry 1-4
identifiers that escaped masking, and exactly 5% are heavy (many ``___``, no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge-type: ``mci_triage_tracking`` (triage tag transcription and patient-tracking record),
  ``hics_activity_log`` (hospital incident command unit log pasted into the chart),
  ``reunification_record`` (family reunification center intake and match record),
  ``em_liaison_note`` (county emergency management / disaster relief liaison note),
  ``decon_record`` (hazmat decontamination record after a chemical spill),
  ``evacuation_transfer`` (hospital evacuation patient transfer record),
  ``surge_site_note`` (surge tent / alternate care site progress and discharge note),
  ``after_action_excerpt`` (after-action report excerpt with a clinical case review),
  ``trauma_discharge`` (ordinary discharge summary written during the incident);
- radiology: ``ct_trauma_panscan``, ``portable_cxr_surge`` (portable film in a surge area),
  ``extremity_xr_crush``, ``efast_bedside``, ``ct_chest_inhalation``, ``ct_head_evacuee``,
  ``line_tube_check``.

Label policy (as the brief gives it):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare
year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A
toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a
device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers
account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a
vendor's call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy
ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical,
nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words
("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus within that policy:

- Triage tag numbers, patient-tracking numbers, shelter cot numbers and disaster victim numbers
  have no category here and are always written masked (``___``).
- Named county offices of emergency management, fire and police departments, sheriff's offices,
  hazmat teams, EMS agencies, health departments, shelters, schools used as reunification sites,
  local disaster-relief chapters (a named Red Cross chapter), a jail, a pharmacy or a chain's
  store (``Walgreens #nnnn``) and the employer whose plant spilled are ORGANIZATION when unmasked;
  the text never names a national relief body or federal agency outside such a span. ICS/HICS
  form names, public hotlines (the poison-help line, the Disaster Distress Helpline, a shipper's
  chemical emergency line), public bodies' websites (ready.gov, cdc.gov, disasterassistance.gov),
  payers' customer-service lines, employer group numbers, and drug and device makers with their
  toll-free service or fax lines are unlabelled look-alikes. A practice's or dialysis unit's
  toll-free fax is FAX.
- Hospital incident numbers, county OEM / CAD incident numbers, EMS run numbers, radiology
  accessions, order and specimen numbers and interpreter session ids are ACCOUNT; a disaster alias
  MRN is MRN. Ambulance, bus and patient-vehicle plates, VINs and aircraft tail numbers are
  VEHICLE_ID; ventilator, pump and monitor serials and biomed asset tags are DEVICE_ID.
- Counties, towns, hamlets, fairgrounds and intersections are LOCATION; a town and its ZIP are
  separate spans (only one of them is ever unmasked in a line here).
- Staging areas, surge tents, decon corridors, hospital units and "the county EOC" are generic and
  unlabelled.

Written blind: only ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of
``lqs_clinical/synth/notes.py``, ``/work/shared/reference/*.md``, the masked note-shaped samples
under ``/work/shared/data/`` (with ``SOURCES.md``) and ``pyproject.toml`` were read. No detector
code, rule file, other corpus or other test was read, and the detector was never run.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

_SEED_SALT = 63
_MIN_LEN, _MAX_LEN = 1100, 4500

# --------------------------------------------------------------------------------------------------
# Look-alikes: eponyms, brands, form names, public lines and websites (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Glasgow Coma Scale", "Parkland formula", "Foley", "Salter-Harris", "Le Fort", "Jefferson fracture",
    "Chance fracture", "Colles", "Monteggia", "Galeazzi", "Kerley B", "Morison's pouch", "Seldinger",
    "Allen test", "Broselow", "Mallampati", "Lund and Browder", "Hounsfield", "Denis classification",
    "Young-Burgess", "Gustilo", "Tile classification", "Cyanokit", "DuoDote", "Protopam", "Boostrix",
    "Kcentra", "Keppra", "Zosyn", "Ancef", "Lovenox", "Silvadene", "Mepilex Ag", "Xeroform", "Tylenol",
    "Dilaudid", "Toradol", "Zofran", "Omnipaque 350", "Isovue-370", "Zoll X Series", "LUCAS 3",
    "SAM Pelvic Sling", "Combat Application Tourniquet", "Sager splint", "i-STAT", "HoverMatt",
    "Med Sled", "Stryker Power-PRO", "IntelliVue MX40", "Pleur-evac", "Arrow", "SonoSite", "Optima CT660",
    "DRX-Revolution", "Hamilton-T1", "Alaris", "Morgan Lens", "Calgonate", "Diphoterine", "Ambu bag",
    "Cordis", "START triage", "SALT triage", "JumpSTART", "HICS 214", "HICS 255", "HICS 213RR", "ICS 201",
    "HSEEP", "WebEOC", "EMTrack", "Philips Lumify", "Bair Hugger", "Hemoclip", "Kendrick traction",
    "KED", "Stokes basket", "Evac-U-Chair", "Paraslyde", "Vocera", "Inogen One G5", "ResMed AirSense 10",
    "Ottawa ankle rules", "Bosniak I", "Aeromonas",
)

_TOLL_FREE_PUBLIC = (
    "1-800-222-1222", "1-800-985-5990", "800-424-9300", "1-888-246-9977", "(877) 275-3764",
    "1-866-326-9442",
)
_PUBLIC_SITES = (
    "www.ready.gov", "emergency.cdc.gov", "www.disasterassistance.gov", "www.health.ny.gov",
    "chemm.hhs.gov", "www.cdc.gov/niosh/npg",
)
_STATES = ("New York", "Pennsylvania", "Vermont", "New Jersey", "Connecticut", "Massachusetts", "Ohio")
_COUNTRIES = ("Poland", "Nigeria", "Guatemala", "Vietnam", "Ukraine", "Haiti", "Ireland", "Philippines")

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Maribel", "Tomasz", "Adaeze", "Wendell", "Priyanka", "Eamon", "Soledad", "Dmitri", "Hyun-woo",
    "Fatoumata", "Cornelius", "Leilani", "Bartholomew", "Ines", "Kwabena", "Rosalind", "Thanh", "Gideon",
    "Marisol", "Anneliese", "Obadiah", "Yusuf", "Delphine", "Casimir", "Ngozi", "Lorcan", "Zofia",
    "Ebenezer", "Mireille", "Tariq", "Henrietta", "Rafael", "Siobhan", "Augustin", "Keziah", "Bao",
    "Oksana", "Desmond", "Lucinda", "Emeka", "Grethe", "Ignatius", "Perpetua", "Jolene", "Severin",
)
_FAMILY = (
    "Okafor", "Wieczorek", "Thibodeaux", "Haverford", "Lindqvist", "Abernathy", "Nakashima", "Castellanos",
    "O'Rourke", "Van Der Meer", "Przybylski", "Achterberg", "Fitzgibbon", "MacAllister", "Oyelaran",
    "Delacroix", "Szabo", "Quintero", "Halvorsen", "Kowalczyk", "Rasmussen", "Villanueva", "Brandt-Okoye",
    "Hollingsworth", "Esposito", "Yilmaz", "Dunleavy", "Marchetti", "Petrossian", "Amundsen", "Ferreira",
    "Nwosu", "Baptiste", "Lefebvre", "St. Pierre", "Kaczmarek", "Ibarra", "Trinh", "Oduya", "Sorensen",
    "Grzelak", "Mbatha", "Ruiz-Tagle", "Whitcombe", "Achebe-Lowry",
)
_TOWNS = (
    "Harlan Falls", "Port Dorrance", "Quarryville", "Tamarack Hollow", "Edgewater Junction", "North Kessler",
    "Ashby Corners", "Glenmoor", "Fennimore Ridge", "Salt Point Landing", "Bexley Heights", "Ostrander Mills",
    "Lower Wyncote", "Pellston Flats", "East Oriel", "Carrick Bend", "Sparrow Lake", "Wickham Crossing",
    "Linden Shoals", "Oak Orchard", "Saugerties", "Owego", "Cobleskill", "Canajoharie", "Tupper Lake",
    "Ellenville", "Massena", "Gloversville", "Hoosick Falls", "Walden",
)
_COUNTIES = (
    "Tamarack County", "Oriel County", "Kessler County", "Chenango County", "Otsego County", "Wyncote County",
    "Schoharie County", "Fulton County", "Ulster County",
)
_STREETS = (
    "Canal St", "Ferris Ave", "Mill Road", "Quarry Road", "Alder Street", "Depot St", "Hollow Rd",
    "Riverside Terrace", "Factory Lane", "Church Street", "Larkspur Drive", "Elm St", "Tannery Road",
    "Wharf Street", "Orchard Ave", "Pine Hill Rd", "Kessler Pl", "Market St",
)
_SAINTS = ("St. Brendan", "St. Adalbert", "St. Lucy", "Our Lady of Mercy", "St. Casimir", "Good Samaritan")
_TREES = ("Maple", "Birch", "Cedar", "Hemlock", "Willow", "Laurel")
_EMPLOYERS = (
    "Dorrance Polymer Works", "Kessler Cold Storage", "Northway Transit Lines", "Oriel Agri-Chem Supply",
    "Tamarack Paperboard", "Harlan Valley Dairy Co-op", "Quarryville Plating", "Fennimore Logistics",
)


def _frac(x: float) -> float:
    return x - int(x) if x >= 0 else x - int(x) + 1.0


def _town(rng: random.Random) -> str:
    return rng.choice(_TOWNS)


def _location(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return _town(rng)
    if r < 0.7:
        return rng.choice(_COUNTIES)
    if r < 0.88:
        a, b = rng.sample(_STREETS, 2)
        return f"{a} {rng.choice(('and', '&', 'at'))} {b}"
    return rng.choice((f"{rng.choice(_COUNTIES)} Fairgrounds", f"{_town(rng)} Rail Yard",
                       f"{_town(rng)} Marina", f"Route {rng.randint(5, 97)} at {rng.choice(_STREETS)}"))


def _org(rng: random.Random, sub: str = "any") -> str:
    t = _town(rng)
    c = rng.choice(_COUNTIES)
    hosp = (f"{t} Memorial Hospital", f"{rng.choice(_SAINTS)} Regional Medical Center", f"Mercy {t} Hospital",
            f"{t} General", f"{c.replace(' County', '')} Valley Medical Center", f"{t} Community Hospital")
    nursing = (f"{rng.choice(_TREES)} Crest Rehabilitation and Nursing", f"{t} Senior Living",
               f"{rng.choice(_TREES)} Grove Nursing Home", f"{t} Assisted Living")
    agency = (f"{c} Office of Emergency Management", f"{t} Fire Department", f"{c} Sheriff's Office",
              f"{t} Police Department", f"{c} Department of Health", f"{c} Hazmat Team",
              f"{t} Volunteer Ambulance Corps", "Northway Ambulance Service", f"{c} Emergency Services",
              f"American Red Cross {c.replace(' County', '')} Valley Chapter", f"{c} Correctional Facility")
    school = (f"{t} Central School District", f"{t} High School", f"{t} Middle School",
              f"{c.replace(' County', '')} Community College")
    other = (rng.choice(_EMPLOYERS), f"{t} Family Medicine", f"{t} Pharmacy", f"Kinney Drugs {t}",
             f"{t} Community Center Shelter", f"{t} Orthopedic Associates")
    pools = {"hosp": hosp, "nursing": nursing, "agency": agency, "school": school, "other": other,
             "employer": _EMPLOYERS + (f"{t} Water Treatment Plant", f"{c.replace(' County', '')} Rail Freight"),
             "pharmacy": (f"{t} Pharmacy", f"Kinney Drugs {t}", f"Walgreens #{rng.randint(1000, 19999)}",
                          f"{rng.choice(_FAMILY)}'s Apothecary")}
    if sub == "any":
        sub = rng.choice(("hosp", "hosp", "nursing", "agency", "agency", "school", "other"))
    return rng.choice(pools[sub])


def _person(rng: random.Random, style: str = "any") -> str:
    g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
    if style == "any":
        style = rng.choice(("gf", "gf", "gf", "gf", "fg", "gmf", "if", "gf", "upper"))
    if style == "family":
        return f
    if style == "fg":
        return f"{f}, {g}"
    if style == "gmf":
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if style == "if":
        return f"{g[0]}. {f}"
    if style == "upper":
        return f"{f.upper()}, {g.upper()}" if rng.random() < 0.5 else f"{g} {f}".upper()
    if style == "dr":
        return rng.choice((f, f"{g} {f}", f"{g[0]}. {f}"))
    return f"{g} {f}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random, toll_free: bool = False) -> str:
    area = rng.choice(("866", "888", "877", "855")) if toll_free else rng.choice(
        ("315", "518", "607", "716", "845", "914", "585", "347", "631", "929", "570", "413"))
    ex = str(rng.randint(201, 989))
    while ex[1:] == "11":
        ex = str(rng.randint(201, 989))
    line = _digits(rng, 4)
    fmt = rng.choice(("paren", "dash", "dash", "dot", "space", "plus", "one", "bare", "paren2"))
    return {
        "paren": f"({area}) {ex}-{line}", "paren2": f"({area}){ex}-{line}", "dash": f"{area}-{ex}-{line}",
        "dot": f"{area}.{ex}.{line}", "space": f"{area} {ex} {line}", "plus": f"+1 {area}-{ex}-{line}",
        "one": f"1-{area}-{ex}-{line}", "bare": f"{area}{ex}{line}",
    }[fmt]


def _pager(rng: random.Random) -> str:
    return rng.choice((_digits(rng, 4), _digits(rng, 5), f"{rng.randint(2, 9)}-{_digits(rng, 4)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 4)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}"))


def _email(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN).lower().replace("-", ""), rng.choice(_FAMILY).lower()
    f = f.replace("'", "").replace(" ", "").replace(".", "").replace("-", "")
    dom = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
                      "stbrendanrmc.org", "harlanfallsmemorial.org", "tamarackoem.net", "frontiernet.net"))
    user = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}"))
    return f"{user}@{dom}"


def _url(rng: random.Random, sub: str = "any") -> str:
    f = rng.choice(_FAMILY).lower().replace("'", "").replace(" ", "").replace(".", "").replace("-", "")
    n = _digits(rng, 5)
    portal = (f"https://reunify.stbrendanrmc.org/case/{n}", f"harlanfallsmemorial.org/evac-status/{n}",
              f"https://portal.oriel-valley-mc.org/p/{n}", f"https://mychart.mercyharlan.org/visit/{n}",
              f"https://share.stbrendanrmc.org/img/{n}")
    personal = (f"www.gofundme.com/f/help-the-{f}-family", f"www.facebook.com/{f}.family.search",
                f"caringbridge.org/visit/{f}{rng.randint(2, 98)}", f"http://tinyurl.com/{f[:4]}{n[:3]}")
    return rng.choice(portal if sub == "portal" else portal + personal)


def _ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if r < 0.7:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if r < 0.9:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    return f"{rng.randint(64, 208)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def _ssn(rng: random.Random) -> str:
    a = rng.randint(1, 665)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = rng.choice(("dash", "dash", "space", "bare"))
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}",
            "bare": f"{a:03d}{g:02d}{s:04d}"}[fmt]


def _mrn(rng: random.Random) -> str:
    return rng.choice((_digits(rng, 7), _digits(rng, 8), f"D{_digits(rng, 7)}", f"HF-{_digits(rng, 7)}",
                       f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 3)}", f"ZZ{_digits(rng, 6)}",
                       f"M{_digits(rng, 8)}"))


def _account(rng: random.Random, sub: str = "any") -> str:
    opts = {
        "acct": (f"E{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"ACC-{_digits(rng, 7)}", f"V{_digits(rng, 9)}"),
        "accession": (f"RA{_digits(rng, 8)}", f"CT{_digits(rng, 7)}", f"{_digits(rng, 9)}",
                      f"XR-{_digits(rng, 7)}", f"US{_digits(rng, 7)}"),
        "incident": (f"MCI-{_digits(rng, 5)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}", f"OEM{_digits(rng, 6)}",
                     f"F{_digits(rng, 8)}", f"CAD-{_digits(rng, 7)}", f"HICS-{_digits(rng, 4)}-{_digits(rng, 2)}"),
        "run": (f"R{_digits(rng, 7)}", f"{_digits(rng, 8)}", f"PCR-{_digits(rng, 6)}"),
        "order": (f"ORD{_digits(rng, 8)}", f"{_digits(rng, 9)}", f"RX{_digits(rng, 7)}"),
        "specimen": (f"SP-{_digits(rng, 7)}", f"B{_digits(rng, 8)}", f"TX{_digits(rng, 6)}"),
        "claim": (f"CLM{_digits(rng, 9)}", f"{_digits(rng, 11)}"),
        "session": (f"LL{_digits(rng, 8)}", f"{_digits(rng, 7)}-{_digits(rng, 3)}", f"VRI-{_digits(rng, 8)}"),
    }
    if sub == "any":
        sub = rng.choice(tuple(opts))
    return rng.choice(opts[sub])


_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def _health_plan(rng: random.Random, sub: str = "any") -> str:
    if sub == "any":
        sub = rng.choice(("member", "member", "cin", "mbi", "policy"))
    if sub == "cin":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + _digits(rng, 5) + rng.choice(
            "ABCDEFGHJKLMNPRSTUVWXYZ")
    if sub == "mbi":
        an = _MBI_LETTERS + "0123456789"
        s = (str(rng.randint(1, 9)) + rng.choice(_MBI_LETTERS) + rng.choice(an) + _digits(rng, 1)
             + rng.choice(_MBI_LETTERS) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_LETTERS)
             + rng.choice(_MBI_LETTERS) + _digits(rng, 2))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s
    if sub == "policy":
        return rng.choice((f"POL{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 2)}"))
    pre = "".join(rng.choice("ABCDEFGHJKMNPRSTWXYZ") for _ in range(rng.randint(1, 3)))
    return rng.choice((f"{pre}{_digits(rng, 9)}", f"{pre}{_digits(rng, 8)}0{rng.randint(1, 4)}",
                       f"{_digits(rng, 9)}{pre[0]}"))


def _npi(rng: random.Random) -> str:
    base = str(rng.randint(1, 2)) + _digits(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + rng.choice("ABCDGHKLMNOPRSTW") + "".join(map(str, d)) + str(check)


def _license(rng: random.Random, sub: str = "any") -> str:
    if sub == "any":
        sub = rng.choice(("med", "npi", "dea", "ems", "rn", "dl"))
    if sub == "npi":
        return _npi(rng)
    if sub == "dea":
        return _dea(rng)
    if sub == "med":
        return rng.choice((_digits(rng, 6), f"{rng.randint(2, 3)}{_digits(rng, 5)}", f"MD{_digits(rng, 6)}"))
    if sub == "ems":
        return rng.choice((_digits(rng, 6), f"EMT-{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}"))
    if sub == "rn":
        return rng.choice((_digits(rng, 6), f"RN{_digits(rng, 6)}"))
    return rng.choice((f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", _digits(rng, 9),
                       f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{_digits(rng, 7)}"))


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(10, 14)}{_digits(rng, 3)}"
    return f"{z}-{_digits(rng, 4)}" if rng.random() < 0.25 else z


def _street(rng: random.Random) -> str:
    n = rng.choice((str(rng.randint(2, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 4999))))
    s = rng.choice(_STREETS)
    r = rng.random()
    if r < 0.2:
        return f"{n} {s}, Apt {rng.randint(1, 6)}{rng.choice('ABCD')}"
    if r < 0.3:
        return f"{n} {rng.choice(('N.', 'S.', 'E.', 'W.'))} {s}"
    if r < 0.4:
        return f"{n} State Route {rng.randint(5, 97)}"
    if r < 0.47:
        return f"{n} County Rd {rng.randint(2, 60)}"
    return f"{n} {s}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _fmt_date(rng: random.Random, y: int, m: int, d: int) -> str:
    fmt = rng.choice(("us", "us", "iso", "long", "dmy", "dmon", "us0", "abbr"))
    mon = _MONTHS[m - 1]
    return {
        "us": f"{m}/{d}/{y}", "us0": f"{m:02d}/{d:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{mon} {d}, {y}", "dmy": f"{d} {mon[:3]} {y}", "dmon": f"{d:02d}-{mon[:3]}-{y}",
        "abbr": f"{mon[:3]}. {d}, {y}" if mon != "May" else f"May {d}, {y}",
    }[fmt]


def _real_date(rng: random.Random, lo: int = 1925, hi: int = 2024) -> str:
    return _fmt_date(rng, rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _shifted(rng: random.Random) -> str:
    y, m, d = rng.randint(2105, 2195), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}"))


def _device(rng: random.Random, sub: str = "any") -> str:
    if sub == "any":
        sub = rng.choice(("serial", "serial", "asset", "udi"))
    if sub == "asset":
        return rng.choice((f"BME-{_digits(rng, 6)}", f"A{_digits(rng, 7)}", f"{_digits(rng, 6)}",
                           f"CE-{_digits(rng, 5)}"))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice((f"{rng.choice(letters)}{_digits(rng, 1)}{rng.choice(letters)}{_digits(rng, 7)}",
                       f"{_digits(rng, 2)}{rng.choice(letters)}{_digits(rng, 6)}", f"SER{_digits(rng, 7)}",
                       f"{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 8)}", _digits(rng, 10)))


def _vehicle(rng: random.Random, sub: str = "any") -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if sub == "any":
        sub = rng.choice(("plate", "plate", "vin", "tail"))
    if sub == "vin":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    if sub == "tail":
        return f"N{rng.randint(1, 999)}{rng.choice(letters)}{rng.choice(letters)}"
    three = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice((f"{three}-{_digits(rng, 4)}", f"{three} {_digits(rng, 4)}", f"{_digits(rng, 5)}-AMB",
                       f"{three}{_digits(rng, 4)}", f"{_digits(rng, 4)}{rng.choice(letters)}{rng.choice(letters)}"))


def _age(rng: random.Random) -> str:
    return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


_VALUE: dict[str, Callable[[random.Random, str], str]] = {
    "PHONE": lambda r, s: _phone(r),
    "FAX": lambda r, s: _phone(r, toll_free=(s == "tollfree")),
    "PAGER": lambda r, s: _pager(r),
    "EMAIL": lambda r, s: _email(r),
    "URL": lambda r, s: _url(r, s),
    "IP_ADDRESS": lambda r, s: _ip(r),
    "SSN": lambda r, s: _ssn(r),
    "MRN": lambda r, s: _mrn(r),
    "ACCOUNT": lambda r, s: _account(r, s),
    "HEALTH_PLAN": lambda r, s: _health_plan(r, s),
    "LICENSE": lambda r, s: _license(r, s),
    "ZIP": lambda r, s: _zip(r),
    "STREET_ADDRESS": lambda r, s: _street(r),
    "DATE_REAL_YEAR": lambda r, s: (_real_date(r, 1922, 1999) if s == "dob" else
                                    _real_date(r, 2003, 2024) if s == "recent" else _real_date(r, 1930, 2024)),
    "AGE_OVER_89": lambda r, s: _age(r),
    "DEVICE_ID": lambda r, s: _device(r, s),
    "VEHICLE_ID": lambda r, s: _vehicle(r, s),
    "PERSON": lambda r, s: _person(r, s),
    "LOCATION": lambda r, s: _location(r) if s == "any" else (_town(r) if s == "town" else r.choice(_COUNTIES)),
    "ORGANIZATION": lambda r, s: _org(r, s),
}

# --------------------------------------------------------------------------------------------------
# Planting templates: (value subtype, template). "{v}" is the value; "{t}" a clock time, "{sd}" a
# shifted date, "{a}" an age under 90. Families: "dc" (discharge-type), "rad" (radiology), "any".
# --------------------------------------------------------------------------------------------------

_T: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "PERSON": {
        "dc": (
            ("fg", "Attending: {v}."), ("dr", "Discussed with Dr. {v} (trauma surgery) at {t}."),
            ("any", "Triage officer at the casualty collection point: {v}"),
            ("any", "Reunified with husband, {v}, at {t} in the family reunification center."),
            ("any", "Incident Commander {v} approved opening of the second surge tent."),
            ("any", "HCP: {v} (son) - aware of transfer."),
            ("any", "| {t} | Logistics | {v} | portable suction x2 delivered |"),
            ("gf", "Spoke with {v}'s sister by phone; she will bring home medications."),
            ("any", "Patient identified by employer badge as {v}; wristband corrected at {t}."),
            ("any", "Note written by {v}, LCSW, disaster mental health."),
            ("any", "--{v}, MSW"), ("any", "Accepting physician: Dr.{v}"),
            ("any", "Patient states her name is {v} (matched to photo ID in personal-effects bag)."),
            ("gf", "Decon team lead {v}, RN, confirmed pH 7.4 after irrigation."),
            ("any", "Medical Branch Director -- {v}"),
            ("any", "Family member at bedside: {v} (niece), contact info on face sheet."),
            ("any", "Electronically signed by {v}, MD on {sd} {t}"),
            ("gf", "Capt. {v} of the engine company relayed the scene count at {t}."),
            ("any", "Transfer accepted by\n{v}, NP, at the receiving ICU."),
            ("any", "Interpreter (Polish) {v} present for the discussion."),
            ("upper", "PATIENT NAME: {v}"),
        ),
        "rad": (
            ("dr", "Wet read discussed with Dr. {v} at {t} via the surge-area phone."),
            ("any", "Preliminary findings communicated to {v}, RN, Surge Area B charge nurse, at {t}."),
            ("any", "Electronically signed by: {v}, MD"), ("any", "Resident: {v}   Attending: ___"),
            ("any", "Dictated by {v} (PGY-4), reviewed under the MCI read protocol."),
            ("any", "I, {v}, have personally reviewed the images and agree with the report."),
            ("dr", "Findings were called to Dr.{v} in the trauma bay at {t}; read-back confirmed."),
            ("any", "Technologist: {v}"), ("upper", "RADIOLOGIST: {v}"),
        ),
    },
    "LOCATION": {
        "dc": (
            ("any", "Patient was evacuated from {v} by the second bus wave."),
            ("town", "Resides in {v}, NY with her daughter; home is inside the evacuation zone."),
            ("town", "The bus overturned on the interstate just north of {v}."),
            ("any", "Transported from the staging area at {v} at {t}."),
            ("town", "Displaced; currently staying at the shelter in {v}."),
            ("any", "| Home town | {v} |"), ("county", "County of residence: {v}"),
            ("town", "Lives alone in a trailer outside {v}; trailer park flooded."),
            ("any", "Found by fire crews near {v} approx. {t}."),
            ("town", "Pt works the overnight shift in {v} and was on site when the tank failed."),
            ("county", "The county EOC for {v} activated at Level 2."),
            ("town", "Plan: discharge to family in\n{v} once roads reopen."),
        ),
        "rad": (
            ("any", "INDICATION: Ejected occupant, bus rollover near {v}. Eval for injury."),
            ("town", "History: crush injury, building collapse in {v}."),
            ("any", "Clinical info: evacuee from {v}, fall during transfer."),
            ("town", "Outside films from {v} not available for comparison."),
        ),
    },
    "STREET_ADDRESS": {
        "dc": (
            ("any", "Home address: {v}, ___, NY ___"),
            ("any", "Spill location: {v} (loading dock, north side)."),
            ("any", "Patient was found at {v} by the search team."),
            ("any", "Staying with her sister at {v} until power is restored."),
            ("any", "| Address | {v} | ___ |"), ("any", "Relocation address given to liaison: {v}"),
            ("any", "Mailing addr.: {v}"), ("any", "Collapse site: {v}; second floor pancaked onto first."),
        ),
        "rad": (
            ("any", "History: pedestrian struck outside {v} during evacuation."),
            ("any", "Patient address on requisition: {v}"),
        ),
    },
    "ZIP": {
        "dc": (
            ("any", "Home: ___, ___, NY {v}"), ("any", "ZIP {v} (inside the shelter-in-place zone)."),
            ("any", "| ZIP | {v} |"), ("any", "home zip code {v}; evacuation zone B per county map."),
            ("any", "Shelter assignment by ZIP: {v}"), ("any", "Addr: ___ , ___ NY  {v}"),
        ),
        "rad": (("any", "Requisition address: ___, NY {v}"),),
    },
    "ORGANIZATION": {
        "dc": (
            ("hosp", "Transferred to {v} (burn unit) via critical-care transport."),
            ("hosp", "Receiving facility: {v}"), ("nursing", "Patient is a long-term resident of {v}."),
            ("agency", "Per {v}, the plume has moved east and shelter-in-place was lifted at {t}."),
            ("employer", "Employer: {v}"), ("agency", "Brought in by {v}."),
            ("school", "Family reunification site moved to {v} gymnasium at {t}."),
            ("agency", "Liaison from {v} present at the command center."),
            ("hosp", "| Receiving | {v} | ICU | ___ |"), ("any", "Records requested from {v}."),
            ("nursing", "Evacuated with 40 other residents of {v}."),
            ("pharmacy", "Medications refilled through {v}."),
            ("agency", "Case referred to {v} for housing assistance."),
            ("hosp", "Accepted at\n{v}; report called."),
        ),
        "rad": (
            ("hosp", "COMPARISON: Outside CT from {v}, images pushed to PACS."),
            ("hosp", "Patient transferred from {v} during the regional evacuation."),
            ("hosp", "Report faxed to {v} per surge protocol."),
        ),
    },
    "DATE_REAL_YEAR": {
        "dc": (
            ("dob", "DOB: {v}"), ("dob", "Date of Birth: {v}   Sex: ___"),
            ("recent", "Tetanus last given {v} per patient."),
            ("recent", "Date of death: {v}"), ("recent", "Prior admission {v} for CHF exacerbation."),
            ("dob", "| DOB | {v} |"), ("dob", "born {v} per driver's license"),
            ("recent", "Pronounced at {t} on {v}; medical examiner notified."),
            ("recent", "Last seen by PCP on {v}."), ("dob", "D.O.B.{v}"),
        ),
        "rad": (
            ("recent", "COMPARISON: {v}."), ("recent", "Comparison is made to a prior study dated {v}."),
            ("dob", "DOB: {v}"), ("recent", "COMPARISON: Chest radiograph {v} (outside)."),
        ),
    },
    "AGE_OVER_89": {
        "dc": (
            ("any", "{v}-year-old woman evacuated from her nursing home with the second wave."),
            ("any", "Pt is a {v} y/o male, tagged YELLOW at the door."),
            ("any", "Age: {v}"), ("any", "This {v} year old man was found on the floor of his flooded home."),
            ("any", "| Age | {v} |"), ("any", "aged {v}, DNR/DNI per MOLST sent with patient"),
            ("any", "{v}yo F, resident of the memory-care unit"),
        ),
        "rad": (
            ("any", "INDICATION: {v}-year-old woman, fall during evacuation, on apixaban."),
            ("any", "INDICATION: {v} year old man with hypoxia in surge area."),
            ("any", "History: {v} y.o. female, evacuee, new confusion."),
        ),
    },
    "PHONE": {
        "dc": (
            ("any", "Daughter can be reached at {v}."), ("any", "Callback: {v}"),
            ("any", "Contact (son): ___  tel {v}"), ("any", "| Next of kin | ___ | {v} |"),
            ("any", "Family called the reunification line from {v}; call-back verified."),
            ("any", "Pt's cell {v} (phone was in the personal-effects bag)."),
            ("any", "Shelter manager reachable on {v} after 1800."), ("any", "Ph: {v}"), ("any", "Tel.{v}"),
            ("any", "Call liaison desk at {v}, ext. 2231, with bed updates."),
            ("any", "Wife's number\n{v}"),
        ),
        "rad": (
            ("any", "Findings discussed by telephone with the surge-area physician at {v} at {t}."),
            ("any", "Reading room direct line: {v}"),
        ),
    },
    "FAX": {
        "dc": (
            ("any", "Fax: {v}"), ("any", "Discharge summary faxed to receiving facility at {v}."),
            ("any", "FAX# {v}"), ("tollfree", "PCP office fax (toll-free): {v}"),
            ("any", "Records faxed {v} (confirmation received at {t})."),
            ("tollfree", "Dialysis unit fax {v}"), ("any", "| Fax | {v} |"),
        ),
        "rad": (("any", "Report faxed to {v} per surge protocol."), ("tollfree", "Outside imaging center fax {v}")),
    },
    "PAGER": {
        "dc": (
            ("any", "Page trauma chief resident, pager {v}."), ("any", "Disaster pharmacist pgr #{v}"),
            ("any", "beeper {v}"), ("any", "Questions: page {v}"), ("any", "(pager: {v})"),
            ("any", "Social work on call p.{v}"),
        ),
        "rad": (("any", "Please page the reading radiologist at {v} with questions."),
                ("any", "Callback pager {v}")),
    },
    "EMAIL": {
        "dc": (
            ("any", "Daughter asked for updates by e-mail: {v}"), ("any", "Email: {v}"),
            ("any", "Inquirer contact {v}"), ("any", "Sent the bed list to {v} at {t}."),
            ("any", "| e-mail | {v} |"),
        ),
        "rad": (("any", "Images requested by {v} for outside review."),),
    },
    "URL": {
        "dc": (
            ("any", "Family posted photos at {v} while searching for her."),
            ("any", "Status page for the family: {v}"), ("any", "Fundraiser link shared by son: {v}"),
            ("any", "Reunification portal entry {v}"),
        ),
        "rad": (("portal", "Images viewable at {v} (temporary link)."),
                ("portal", "Study shared with the receiving team via {v}")),
    },
    "IP_ADDRESS": {
        "dc": (
            ("any", "Tracking tablet at {v} lost sync at {t}; entries re-keyed by hand."),
            ("any", "Logged from workstation {v} (Surge Tent 2)."),
            ("any", "EMTrack entry created from {v}."),
        ),
        "rad": (
            ("any", "Images sent from the portable unit (AE DRX_SURGE, {v}) to PACS."),
            ("any", "Modality IP {v}; store-and-forward delayed 40 min during the network outage."),
        ),
    },
    "SSN": {
        "dc": (
            ("any", "SSN {v}"), ("any", "SS# {v} (from wallet card)"), ("any", "Social Security no. {v}"),
            ("any", "| SSN | {v} |"), ("any", "Identity verified against SSN: {v}"),
        ),
        "rad": (("any", "SSN on requisition: {v}"),),
    },
    "MRN": {
        "dc": (
            ("any", "MRN: {v}"), ("any", "Disaster alias MRN {v} merged to permanent record ___ at {t}."),
            ("any", "Unit No: {v}"), ("any", "(MR# {v})"), ("any", "Med Rec #{v}"),
            ("any", "| MRN | {v} | tag ___ |"),
        ),
        "rad": (("any", "MRN: {v}"), ("any", "Patient ID {v} (disaster alias)"), ("any", "MR#{v}")),
    },
    "ACCOUNT": {
        "dc": (
            ("acct", "Acct #: {v}"), ("acct", "Encounter {v}"), ("incident", "Hospital incident # {v}"),
            ("incident", "County OEM incident no. {v}"), ("run", "EMS run #{v}"),
            ("order", "Order #{v} (tetanus) verified."), ("specimen", "Specimen {v} sent for cholinesterase."),
            ("claim", "Claim {v} submitted to disaster relief fund."),
            ("session", "Interpreter session ID {v}"), ("incident", "CAD incident: {v}"),
            ("acct", "| Encounter | {v} |"),
        ),
        "rad": (
            ("accession", "Accession: {v}"), ("accession", "ACC# {v}"), ("order", "Order number {v}"),
            ("accession", "Accession no.{v}"), ("incident", "MCI incident number on requisition: {v}"),
        ),
    },
    "HEALTH_PLAN": {
        "dc": (
            ("member", "Member ID {v}"), ("cin", "Medicaid CIN {v}"), ("mbi", "Medicare MBI {v}"),
            ("policy", "Policy # {v}"), ("member", "Subscriber ID: {v}"),
            ("member", "| Member ID | {v} | Group ___ |"), ("cin", "CIN: {v} (active)"),
        ),
        "rad": (("member", "Insurance member ID {v} on requisition."), ("mbi", "MBI {v}")),
    },
    "LICENSE": {
        "dc": (
            ("med", "NYS Lic. {v}"), ("npi", "NPI {v}"), ("dea", "DEA {v}"), ("ems", "Paramedic cert #{v}"),
            ("rn", "RN license {v}"), ("dl", "ID verified: NY driver's license {v}"),
            ("npi", "Attending NPI: {v}"), ("ems", "EMT-P {v} signed the PCR."), ("dl", "DL# {v}"),
        ),
        "rad": (("npi", "Radiologist NPI {v}"), ("med", "Ordering provider license {v}")),
    },
    "DEVICE_ID": {
        "dc": (
            ("serial", "Ventilator SN {v} went with the patient."), ("asset", "Asset tag {v}"),
            ("serial", "Infusion pump serial {v} returned to biomed."), ("serial", "S/N: {v}"),
            ("asset", "Biomed asset #{v} (portable monitor) left with receiving team."),
            ("serial", "| Ventilator | Hamilton-T1 | SN {v} |"),
        ),
        "rad": (
            ("serial", "Portable detector serial {v}."), ("serial", "Pacemaker generator SN {v} per card."),
            ("asset", "Portable unit asset tag {v}"),
        ),
    },
    "VEHICLE_ID": {
        "dc": (
            ("plate", "Transported in ambulance plate {v}."), ("vin", "Bus VIN {v} recorded by the sheriff."),
            ("tail", "Flown out on aircraft tail number {v}."), ("plate", "Patient's car (plate {v}) left in lot C."),
            ("plate", "| Unit | plate {v} | ALS |"), ("tail", "Helicopter {v} lifted at {t}."),
            ("vin", "VIN: {v}"),
        ),
        "rad": (("plate", "History: driver of vehicle plate {v}, rollover."),),
    },
}

_UDI_TEMPLATES = (
    "UDI (01){gtin}(17){exp}(10){lot}(21){v}",
    "UDI: (01){gtin}(10){lot}(21){v}",
)

# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------

Part = str | tuple[str, str]


class _Doc:
    def __init__(self, rng: random.Random, kind: str, heavy: bool) -> None:
        self.rng = rng
        self.kind = kind
        self.heavy = heavy
        self.secs: list[tuple[list[Part], bool]] = []
        self.looks: list[str] = []

    def add(self, text: str, optional: bool = False) -> None:
        self.secs.append(([text], optional))

    def la(self, s: str) -> str:
        self.looks.append(s)
        return s

    def sd(self) -> str:
        return self.la(_shifted(self.rng))

    def t(self) -> str:
        h, m = self.rng.randint(0, 23), self.rng.randint(0, 59)
        return f"{h:02d}{m:02d}" if self.rng.random() < 0.6 else f"{h:02d}:{m:02d}"

    def age(self, lo: int, hi: int, fmt: str) -> str:
        """An age under 90 in its phrase; the phrase is recorded as a look-alike."""
        return self.la(fmt.format(self.rng.randint(lo, hi)))

    def pick(self, seq: tuple) -> object:
        return self.rng.choice(seq)

    def text(self) -> tuple[str, list[tuple[int, int, str]]]:
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for k, (parts, _) in enumerate(self.secs):
            if k:
                out.append("\n\n")
                pos += 2
            for p in parts:
                if isinstance(p, tuple):
                    spans.append((pos, pos + len(p[0]), p[1]))
                    out.append(p[0])
                    pos += len(p[0])
                else:
                    out.append(p)
                    pos += len(p)
        return "".join(out), spans


def _fill(d: _Doc, tmpl: str) -> str:
    while "{t}" in tmpl:
        tmpl = tmpl.replace("{t}", d.t(), 1)
    while "{sd}" in tmpl:
        tmpl = tmpl.replace("{sd}", d.sd(), 1)
    return tmpl


def _plant(d: _Doc, cat: str) -> list[Part]:
    rng = d.rng
    fam = "rad" if _KINDS[d.kind][0] == "radiology" else "dc"
    sub, tmpl = rng.choice(_T[cat][fam])
    if cat == "DEVICE_ID" and rng.random() < 0.2:
        gtin = d.la("0" + _digits(rng, 13))
        lot = d.la(f"L{_digits(rng, 5)}")
        exp = f"{rng.randint(25, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        tmpl = rng.choice(_UDI_TEMPLATES).replace("{gtin}", gtin).replace("{lot}", lot).replace("{exp}", exp)
        sub = "serial"
        tmpl = rng.choice(("Implant log: ", "Device: ", "")) + tmpl
    value = _VALUE[cat](rng, sub)
    tmpl = _fill(d, tmpl)
    before, after = tmpl.split("{v}")
    parts: list[Part] = []
    if before:
        parts.append(before)
    parts.append((value, cat))
    if after:
        parts.append(after)
    return parts


# Category wheel (Weyl sequence over slots): common categories appear twice.
_WHEEL = (
    "PERSON", "DATE_REAL_YEAR", "LOCATION", "ORGANIZATION", "PHONE", "MRN", "ACCOUNT", "PERSON", "FAX",
    "AGE_OVER_89", "STREET_ADDRESS", "ZIP", "HEALTH_PLAN", "LICENSE", "ORGANIZATION", "DEVICE_ID",
    "VEHICLE_ID", "PAGER", "EMAIL", "DATE_REAL_YEAR", "URL", "IP_ADDRESS", "SSN", "LOCATION", "ACCOUNT",
    "PERSON",
)


def _categories(seed: int, i: int, k: int) -> list[str]:
    out = []
    for j in range(k):
        u = _frac(0.2718281828 * seed + 0.7548776662466927 * (4 * i + j) + 0.05)
        out.append(_WHEEL[int(u * len(_WHEEL)) % len(_WHEEL)])
    return out


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _frac(0.5 + 0.6180339887498949 * i + 0.3090169943 * seed) < 0.611


# --------------------------------------------------------------------------------------------------
# Shared clinical text
# --------------------------------------------------------------------------------------------------

_INCIDENTS = (
    ("bus rollover", "a charter bus rollover on the interstate"),
    ("warehouse explosion", "an explosion at a fertilizer warehouse"),
    ("grandstand collapse", "a grandstand collapse at the county fair"),
    ("chlorine release", "a chlorine release at the water treatment plant"),
    ("ammonia leak", "an anhydrous ammonia leak at a cold-storage plant"),
    ("apartment fire", "a multi-alarm apartment fire"),
    ("tornado", "an EF-3 tornado through the east side"),
    ("flash flood", "flash flooding along the river corridor"),
    ("train derailment", "a freight train derailment with a hazmat car breach"),
    ("crowd crush", "a crowd crush at an outdoor concert"),
    ("parking garage collapse", "a partial parking garage collapse"),
)
_TAGS = ("RED", "YELLOW", "GREEN", "BLACK")
_CHEMS = (
    ("anhydrous ammonia", "ammonia"), ("chlorine gas", "chlorine"), ("hydrofluoric acid", "HF"),
    ("sodium hydroxide solution", "caustic"), ("an organophosphate pesticide", "organophosphate"),
    ("sulfuric acid", "acid"),
)
_MEDS = (
    "acetaminophen 650 mg PO q6h PRN pain (Tylenol)", "ondansetron 4 mg IV q8h PRN nausea (Zofran)",
    "cefazolin 2 g IV q8h (Ancef)", "enoxaparin 40 mg SC daily (Lovenox)", "levetiracetam 500 mg PO BID (Keppra)",
    "hydromorphone 0.5 mg IV q3h PRN severe pain (Dilaudid)", "ketorolac 15 mg IV q6h x 48h (Toradol)",
    "piperacillin-tazobactam 4.5 g IV q8h (Zosyn)", "silver sulfadiazine 1% topical BID (Silvadene)",
    "albuterol 2.5 mg neb q4h PRN", "apixaban 5 mg PO BID (held)", "metoprolol tartrate 25 mg PO BID",
    "oxycodone 5 mg PO q4h PRN", "pantoprazole 40 mg PO daily", "Tdap 0.5 mL IM x1 (Boostrix)",
)


def _vitals(d: _Doc) -> str:
    r = d.rng
    return (f"T {r.choice(('36.4', '36.9', '37.2', '38.1', '35.8'))}C  HR {r.randint(58, 132)}  "
            f"BP {r.randint(84, 168)}/{r.randint(44, 98)}  RR {r.randint(12, 32)}  SpO2 {r.randint(86, 100)}% "
            f"{r.choice(('RA', '2L NC', 'NRB', '4L NC'))}")


def _gcs(d: _Doc) -> str:
    r = d.rng
    e, v, m = r.randint(2, 4), r.randint(2, 5), r.randint(4, 6)
    label = d.pick(("GCS", "GCS", "GCS", "Glasgow Coma Scale"))
    return d.la(f"{label} {e + v + m} (E{e}V{v}M{m})")


def _labs(d: _Doc) -> str:
    r = d.rng
    return (f"WBC-{r.randint(4, 19)}.{r.randint(0, 9)} Hgb-{r.randint(7, 15)}.{r.randint(0, 9)} "
            f"Plt-{r.randint(90, 380)} Na-{r.randint(131, 146)} K-{r.randint(3, 5)}.{r.randint(0, 9)} "
            f"Cr-{r.randint(0, 2)}.{r.randint(4, 9)} Lactate-{r.randint(1, 6)}.{r.randint(0, 9)} "
            f"CK-{r.randint(180, 24000)}")


def _meds(d: _Doc, n: int) -> str:
    return "\n".join(f"{k + 1}. {m}" for k, m in enumerate(d.rng.sample(_MEDS, n)))


def _masked_rows(d: _Doc, n: int, cols: int) -> str:
    return "\n".join("| " + " | ".join("___" for _ in range(cols)) + f" | {d.pick(_TAGS)} |" for _ in range(n))


# --------------------------------------------------------------------------------------------------
# Builders: discharge-type
# --------------------------------------------------------------------------------------------------


_MCI_TRIAGE_INTERVENTIONS = (
    'tourniquet LLE (Combat Application Tourniquet)', 'none', 'airway repositioning', 'needle decompression R chest',
)
_MCI_TRIAGE_LOCATIONS = (
    'Decon corridor B', 'ED bay 14', 'CT scanner 2', 'Surge Tent 1', 'OR 6', 'Trauma ICU', 'PACU overflow',
    'Discharge lounge',
)
_MCI_TRIAGE_DISPOSITIONS = (
    'admitted to trauma surgery', 'to OR', 'discharged from surge area', 'transferred to burn center',
    'released to reunification center',
)


def _b_mci_triage(d: _Doc) -> None:
    r = d.rng
    inc_short, inc_long = d.pick(_INCIDENTS)
    tag = d.pick(_TAGS[:3])
    d.add(f"MASS CASUALTY INCIDENT - PATIENT TRACKING / TRIAGE RECORD\nIncident: ___ ({inc_short})   "
          f"Triage tag #: ___   Tag color at scene: {tag}\nName: ___   Sex: {d.pick(('M', 'F', 'unk'))}   "
          f"{d.age(16, 85, 'Est. age: {}')}   Arrival: {d.sd()} {d.t()}")
    d.add(f"Mechanism: {inc_long}. Patient brought from the casualty collection point by "
          f"{d.pick(('ALS ambulance', 'BLS ambulance', 'school bus (ambulatory wave)', 'private vehicle'))}.")
    d.add("Scene triage (" + d.la(d.pick(("START triage", "SALT triage"))) + "):\n"
          f"  Walking: {d.pick(('yes', 'no'))}   RR: {r.randint(8, 36)}   "
          f"Radial pulse: {d.pick(('present', 'weak', 'absent'))}"
          f"   Cap refill: {d.pick(('<2 s', '>2 s', '2-3 s'))}\n"
          f"  Follows commands: {d.pick(('yes', 'no', 'partially'))}"
          f"   Life-saving interventions: {d.pick(_MCI_TRIAGE_INTERVENTIONS)}")
    d.add(f"ED door re-triage ({d.t()}): {d.pick(_TAGS[:3])}. {_vitals(d)}. {_gcs(d)}.")
    rows = "\n".join(
        f"{d.t():>5} | {d.pick(_MCI_TRIAGE_LOCATIONS)}"
        f" | {d.pick(('arrived', 'transferred', 'holding', 'imaging', 'admitted', 'released to family'))}"
        for _ in range(r.randint(4, 7)))
    d.add("Tracking log (time | location | status):\n" + rows)
    d.add("Injuries identified:\n- " + "\n- ".join(r.sample((
        "L open tib/fib fracture (" + d.la("Gustilo") + " IIIA)", "R 4-7 rib fractures with small PTX",
        "scalp laceration 6 cm", "L distal radius fracture, " + d.la("Colles") + " pattern",
        "partial-thickness burns 9% TBSA (" + d.la("Lund and Browder") + ")",
        "pelvic fracture, SAM Pelvic Sling applied at scene",
        "crush injury R forearm, CK trending", "corneal abrasion", "blast ear injury, TM perforation L"), 3)))
    d.add(f"Personal effects: bag #___ (wallet, phone, keys) logged with security at {d.t()}.", optional=True)
    d.add(f"Disposition: {d.pick(_MCI_TRIAGE_DISPOSITIONS)}.\n"
          "Tracking clerk: ___   Triage officer: ___")
    d.add(f"Re-triage note: secondary survey completed; tag upgraded/downgraded per {d.la('SALT triage')} "
          f"guidance; no further life-saving interventions required. Tetanus given (Boostrix, lot "
          f"{d.la('AC52B' + _digits(r, 3) + 'BA')}, exp {d.la(_real_date(r, 2025, 2027))}).", optional=True)


_HICS_LOG_UNITS = (
    'Medical Care Branch', 'Inpatient Unit', 'Casualty Care Unit', 'Patient Tracking', 'Planning Section',
)


def _b_hics_log(d: _Doc) -> None:
    r = d.rng
    inc_short, inc_long = d.pick(_INCIDENTS)
    d.add(f"HICS 214 - ACTIVITY LOG (scanned into chart)\nIncident Name: ___   Operational Period: {d.sd()} "
          f"{d.t()} to {d.t()}\nUnit Name: {d.pick(_HICS_LOG_UNITS)}"
          f"   Unit Leader: ___\nIncident type: {inc_short}")
    d.add(f"Situation summary: {inc_long}; hospital activated Code Triage External at {d.t()}. "
          f"Estimated {r.randint(18, 140)} casualties regionally; {r.randint(6, 60)} received here so far.")
    rows = []
    events = (
        "Pt ___ (tag ___) moved from ED bay {n} to Surge Tent {m}",
        "Requested {n} additional ventilators via HICS 213RR", "Blood bank reports O-neg inventory {n} units",
        "Pt ___ to OR {m} for ex-lap", "Family of pt ___ arrived at reunification center",
        "Decon corridor closed for re-stock of Diphoterine", "EMTrack census updated: {n} patients",
        "CT scanner {m} back online", "Pt ___ expired in Trauma Bay {m}; ME notified",
        "Surge Tent {m} at capacity ({n} cots)", "Transfer of pt ___ to burn center arranged",
        "Vocera outage, runners deployed", "Pharmacy: DuoDote kits x{n} staged",
        "Pt ___ discharged from surge area to shelter",
    )
    for _ in range(r.randint(6, 10)):
        ev = d.pick(events).replace("{n}", str(r.randint(2, 24))).replace("{m}", str(r.randint(1, 4)))
        rows.append(f"{d.t()} | {ev}")
    d.add("Activity log (time | major events/decisions):\n" + "\n".join(rows))
    d.add("Clinical note re: patient ___ (this chart): " + d.pick((
        "triaged YELLOW, splinted L forearm, awaiting ortho; stable.",
        "arrived from the decon corridor with ocular irritation; eyes irrigated with Morgan Lens until pH 7.",
        "RED tag, intubated in bay, to CT then OR; family not yet located.",
        "GREEN tag, lacerations repaired in surge tent, cleared for discharge to family.")))
    d.add(f"Resources assigned: {r.randint(2, 9)} RNs, {r.randint(1, 4)} MDs, {r.randint(1, 3)} RTs; "
          "HICS 251 and ICS 201 on file.", optional=True)
    d.add("Prepared by: ___   Position/Title: ___   Signature: ___\nDate/Time: " + d.sd() + " " + d.t())


_REUNIFICATION_RELATIONS = (
    'mother', 'husband', 'daughter', 'brother', 'grandson', 'roommate', 'employer',
)
_REUNIFICATION_CLOTHING = (
    'a blue work uniform', 'a yellow rain jacket', 'a concert T-shirt', 'scrubs', 'a school hoodie',
)
_REUNIFICATION_MARKS = (
    'tattoo of a rose on the L wrist', 'wears hearing aids', 'insulin pump on abdomen', 'no distinguishing marks',
    'uses a cane',
)
_REUNIFICATION_PLACES = (
    'bedside', 'the reunification center', 'the discharge lounge',
)
_REUNIFICATION_OUTCOMES = (
    'discharged with family', 'remains admitted', 'transferred; family given receiving facility info',
)


def _b_reunification(d: _Doc) -> None:
    d.add(f"FAMILY REUNIFICATION CENTER - INTAKE AND MATCH RECORD\nSite: ___ (school gymnasium)   "
          f"Opened: {d.sd()} {d.t()}   Record #: ___")
    d.add(f"Inquirer: ___   Relationship: {d.pick(_REUNIFICATION_RELATIONS)}\n"
          "Inquirer phone: ___   Inquirer ID checked: yes (photo ID, copy not retained)")
    d.add(f"Missing person description: {d.pick(('female', 'male'))}, {d.age(6, 84, 'approx. {} years')}, "
          f"{d.pick(('brown', 'grey', 'black', 'red', 'blond'))} hair, wearing "
          f"{d.pick(_REUNIFICATION_CLOTHING)}; "
          f"{d.pick(_REUNIFICATION_MARKS)}."
          f" Last known location: ___ at approx. {d.t()}.")
    d.add(f"Search: hospital census (EMTrack) checked at {d.t()}; regional patient tracking queried; "
          f"{d.pick(('possible match', 'no match', 'two possible matches'))} identified: tag ___, "
          f"{d.pick(('Trauma ICU', 'Surge Tent 2', 'Ortho floor', 'ED hallway 3'))}.")
    d.add("Verification of match:\n- Photo shown to inquirer (patient consented): "
          f"{d.pick(('confirmed', 'confirmed', 'unable - patient intubated', 'declined'))}\n"
          f"- Distinguishing features matched: {d.pick(('yes', 'partially'))}\n- Second staff verifier: ___")
    d.add("Disaster mental health: inquirer tearful but coping; given grounding techniques; informed of "
          "Disaster Distress Helpline " + d.la(d.pick(("1-800-985-5990", "1-800-985-5990 (text TalkWithUs to 66746)")))
          + "; 211 for shelter info; child-life specialist with two minors.", optional=True)
    d.add(f"Outcome: reunified at {d.t()} at {d.pick(_REUNIFICATION_PLACES)}. "
          f"Escort: ___. Patient disposition after reunification: "
          f"{d.pick(_REUNIFICATION_OUTCOMES)}.")
    d.add("Public info line for families: " + d.la(d.pick(_TOLL_FREE_PUBLIC[1:3])) + "; updates at "
          + d.la(d.pick(_PUBLIC_SITES[:3])) + ".", optional=True)
    d.add("Staff: ___ (reunification unit leader)   ___ (social work)")


_LIAISON_ROLES = (
    'SOCIAL WORK', 'CASE MANAGEMENT', 'DISASTER RELIEF LIAISON',
)
_LIAISON_HOME_STATES = (
    'destroyed', 'uninhabitable (no power, water damage)', 'inside the exclusion zone', 'under boil-water order',
)
_LIAISON_HOUSING = (
    'congregate shelter bed (cot ___)', 'hotel voucher x5 nights', 'relocation to relatives',
)
_LIAISON_DRUGS = (
    'insulin glargine', 'apixaban', 'levothyroxine', 'buprenorphine-naloxone', 'tiotropium',
)
_LIAISON_DME = (
    'oxygen concentrator (Inogen One G5) lost in fire', 'walker and shower chair', 'CPAP (ResMed AirSense 10) lost',
    'wheelchair damaged',
)
_LIAISON_PAYERS = (
    'Medicaid managed care', 'Medicare + supplement', 'commercial via employer',
    'uninsured - charity care app started',
)


def _b_liaison(d: _Doc) -> None:
    r = d.rng
    inc_short, inc_long = d.pick(_INCIDENTS)
    d.add(f"EMERGENCY MANAGEMENT LIAISON NOTE - {d.pick(_LIAISON_ROLES)}\n"
          f"Date: {d.sd()}   Time: {d.t()}\nPatient: ___   Unit No: ___")
    d.add(f"Background: patient displaced by {inc_long}. Home is {d.pick(_LIAISON_HOME_STATES)}. "
          f"Lives with {d.pick(('spouse', 'two children', 'adult son', 'alone', 'roommate'))}.")
    d.add("Met with the county EOC liaison and disaster relief agency caseworker ___ (in person, command center).\n"
          "Needs identified:\n"
          f"- Housing: {d.pick(_LIAISON_HOUSING)}\n"
          f"- Medications: replacement of {d.pick(_LIAISON_DRUGS)} "
          "via emergency prescription assistance\n"
          f"- DME: {d.pick(_LIAISON_DME)}\n"
          f"- Transportation: {d.pick(('paratransit arranged', 'family will drive', 'county evacuation bus'))}")
    d.add(f"Payer: {d.pick(_LIAISON_PAYERS)}. "
          f"{d.la('Group number 0' + _digits(r, 6))} (employer plan) noted; member id on file ___.")
    d.add("Resources given: " + d.la(d.pick(_PUBLIC_SITES[2:3] + _PUBLIC_SITES[:1])) + " (disaster assistance); "
          "Disaster Distress Helpline " + d.la("1-800-985-5990") + "; 211.", optional=True)
    d.add(f"Plan: follow up in {r.randint(1, 3)} days; shelter nurse to check BP and glucose; "
          "patient agrees.\n___, LMSW\nDisaster liaison, pager ___")


_DECON_SYMPTOMS = {
    "ammonia": ("burning eyes, cough, throat tightness", "wheeze, chest tightness", "hoarse voice, stridor at rest"),
    "chlorine": ("burning eyes, cough, throat tightness", "wheeze, chest tightness", "dyspnea, productive cough"),
    "HF": ("hand pain out of proportion to exam", "blanched skin fingertips, severe pain", "perioral tingling"),
    "caustic": ("skin erythema forearms", "burning eyes, blurred vision", "slippery skin, pain both hands"),
    "organophosphate": ("miosis, rhinorrhea, diaphoresis", "vomiting, bradycardia, fasciculations",
                        "wheeze, copious secretions"),
    "acid": ("skin erythema forearms", "burning eyes, cough", "partial-thickness burns L forearm"),
}
_DECON_DISPOSITIONS = (
    'observed 6 h, discharged', 'admitted to step-down for airway watch', 'admitted to MICU',
    'discharged to shelter with return precautions',
)


def _b_decon(d: _Doc) -> None:
    r = d.rng
    chem, short = d.pick(_CHEMS)
    d.add(f"HAZMAT DECONTAMINATION RECORD / ED NOTE\nPatient: ___   Arrival: {d.sd()} {d.t()}   Tag: ___\n"
          f"Agent: {chem}   Source: industrial spill at ___   Exposure route: "
          f"{d.pick(('dermal + inhalation', 'inhalation', 'ocular + dermal', 'dermal'))}")
    d.add(f"Decontamination: gross decon (disrobe, bag personal items) at {d.t()}; technical decon in "
          f"corridor {d.pick(('A', 'B', 'C'))} with tepid water x {r.randint(5, 20)} min; "
          f"{d.pick(('Diphoterine rinse to face', 'no adjunct', 'Calgonate 2.5% gel to hands'))}. "
          f"Staff in Level {d.pick(('C', 'C', 'B'))} PPE.")
    d.add(f"Symptoms: {d.pick(_DECON_SYMPTOMS[short])}.\n"
          f"Vitals post decon: {_vitals(d)}.")
    eye = (f"Ocular: irrigated with {r.randint(1, 4)} L NS via Morgan Lens; "
           f"pH {r.choice(('7.0', '7.2', '7.4', '7.6'))} after irrigation.")
    d.add(eye + " Fluorescein: " + d.pick(("no uptake", "punctate uptake inferiorly", "diffuse uptake")) + ".")
    if short == "HF":
        tx = ("Calcium gluconate 2.5% gel to hands; serum Ca " + f"{r.randint(7, 9)}.{r.randint(0, 9)}"
              ", Mg monitored; ECG QTc " + str(r.randint(410, 490)) + " ms.")
    elif short == "organophosphate":
        tx = ("Atropine 2 mg IV repeated x" + str(r.randint(2, 6)) + "; pralidoxime (Protopam) 1 g IV; "
              "DuoDote autoinjectors used by EMS x2; RBC cholinesterase sent.")
    else:
        tx = ("Humidified O2, albuterol nebs, nebulized sodium bicarbonate 4.2%; CXR and ABG: "
              f"pH 7.{r.randint(30, 44)} pCO2 {r.randint(32, 48)} pO2 {r.randint(60, 98)}.")
    d.add("Treatment: " + tx)
    d.add("Poison center consulted via " + d.la("1-800-222-1222") + "; case # ___. Recommendations followed. "
          "The shipper's 24-h chemical emergency line " + d.la("800-424-9300") + " was called for the SDS.",
          optional=True)
    d.add(f"Disposition: {d.pick(_DECON_DISPOSITIONS)}. "
          "Clothing bagged and tagged for the fire department.\nDecon officer: ___   ED attending: ___")
    d.add("Reference: " + d.la(d.pick(("www.cdc.gov/niosh/npg", "chemm.hhs.gov", "emergency.cdc.gov")))
          + " reviewed for PPE level and secondary contamination risk.", optional=True)


_EVACUATION_REASONS = (
    'flood water in basement generator room', 'loss of chilled water and power', 'smoke in the west tower',
    'structural damage after tornado',
)
_EVACUATION_PRIORITIES = (
    '1 - critical, needs ALS/CCT', '2 - needs BLS/stretcher', '3 - ambulatory/wheelchair',
)
_EVACUATION_DIAGNOSES = (
    'septic shock on pressors', 'COPD exacerbation on BiPAP', 'post-op day 2 colectomy', 'DKA resolving',
    'CHF, NYHA III', 'stroke, NIHSS 12',
)
_EVACUATION_ISOLATION = (
    'none', 'contact (MRSA)', 'droplet', 'C. diff',
)
_EVACUATION_CODE_STATUS = (
    'Full code', 'DNR/DNI (MOLST sent)', 'DNR, OK to intubate',
)
_EVACUATION_MODES = (
    'ALS ambulance', 'critical-care transport', 'BLS ambulance', 'wheelchair van', 'helicopter',
)


def _b_evacuation(d: _Doc) -> None:
    r = d.rng
    d.add(f"HOSPITAL EVACUATION - PATIENT TRANSFER RECORD (HICS 255 / master evacuation tracking)\n"
          f"Reason for evacuation: {d.pick(_EVACUATION_REASONS)}\n"
          f"Evacuation priority: {d.pick(_EVACUATION_PRIORITIES)}")
    d.add(f"Patient: ___   Unit No: ___   Bed: ___   {d.age(24, 88, 'Age: {}')}   Weight: {r.randint(44, 140)} kg\n"
          f"Sending unit: {d.pick(('MICU', 'Step-down', 'Med-Surg 5', 'NICU', 'Behavioral Health', 'L&D'))}   "
          "Receiving facility: ___   Accepting MD: ___")
    d.add(f"Diagnoses: {d.pick(_EVACUATION_DIAGNOSES)}.\n"
          f"Code status: {d.pick(_EVACUATION_CODE_STATUS)}. Isolation: {d.pick(_EVACUATION_ISOLATION)}.")
    d.add("Equipment sent with patient:\n"
          f"- Ventilator: {d.pick(('Hamilton-T1', 'none', 'transport vent'))}\n"
          f"- Pumps: {d.pick(('Alaris x2 (norepinephrine, propofol)', 'Alaris x1 (heparin)', 'none'))}\n"
          f"- Monitor: {d.pick(('IntelliVue MX40', 'Zoll X Series', 'none'))}\n"
          f"- Movement aid: {d.pick(('Med Sled', 'Evac-U-Chair', 'Paraslyde', 'stairwell carry, HoverMatt'))}")
    d.add(f"Meds/MAR: last doses given at {d.t()}; MAR, 24 h nursing notes, and last labs printed and sent.\n"
          + _meds(d, r.randint(3, 5)))
    d.add(f"Mode: {d.pick(_EVACUATION_MODES)}. "
          f"Departed {d.t()}; arrival confirmed by receiving facility at {d.t()}.\n"
          "Tracking: EMTrack updated; family notified by ___ at ___.")
    d.add(f"Handoff (SBAR) given to receiving RN ___ by phone at {d.t()}. "
          "Belongings: 1 bag, sent. Medications from home: none.", optional=True)
    d.add("Completed by: ___, RN   Evacuation unit leader: ___")


_SURGE_SITE_COMPLAINTS = (
    'L ankle pain', 'hand laceration', 'headache, no LOC', 'cough after smoke exposure', 'back pain',
    'anxiety, palpitations',
)
_SURGE_SITE_EXAMS = (
    'Ottawa ankle rules negative.', '4 cm laceration L palm, tendons intact.', 'Lungs with scattered wheeze.',
    'No midline spinal tenderness.', 'Abrasions to both knees.',
)
_SURGE_SITE_PLANS = (
    'ankle sprain - ACE wrap, crutches', 'laceration - irrigated, 5 sutures 4-0 nylon',
    'minor smoke inhalation - observed 4 h, SpO2 stable', 'contusions - analgesia',
    'acute stress reaction - DMH referral',
)


def _b_surge_site(d: _Doc) -> None:
    r = d.rng
    inc_short, inc_long = d.pick(_INCIDENTS)
    d.add(f"ALTERNATE CARE SITE - SURGE TENT {r.randint(1, 4)} PROGRESS / DISCHARGE NOTE\n"
          f"Date: {d.sd()}   Cot: ___   Tag: GREEN   Patient: ___")
    d.add(f"S: Pt involved in {inc_long}; ambulatory at scene. c/o {d.pick(_SURGE_SITE_COMPLAINTS)}."
          f" {d.age(18, 86, 'Age {}')}. PMH: {d.pick(('HTN', 'asthma', 'none', 'T2DM', 'anxiety', 'GERD'))}.")
    d.add(f"O: {_vitals(d)}. {_gcs(d)}. "
          f"{d.pick(_SURGE_SITE_EXAMS)}")
    d.add(f"A/P: {d.pick(_SURGE_SITE_PLANS)}.\n"
          "Tdap: " + d.pick(("given (Boostrix)", "up to date", "declined")) + ". Limited monitoring available in tent; "
          "criteria for transfer to main ED reviewed.")
    d.add("Surge site resources: cots, portable O2 cylinders, Zoll monitor shared between tents, i-STAT for "
          "point-of-care labs, no imaging (portable DR available on request from main ED).", optional=True)
    d.add(f"Discharge: to {d.pick(('family', 'shelter', 'home', 'hotel arranged by liaison'))} at {d.t()}. "
          "Instructions given verbally and in writing; return precautions. Wound check in 48 h.\nProvider: ___")


_AFTER_ACTION_EVENTS = (
    'first notification from county dispatch', 'Code Triage External declared', 'HCC activated', 'first RED arrival',
    'decon corridor opened', 'surge tent 1 opened', 'blood bank emergency release', 'last patient arrival',
    'demobilization',
)
_AFTER_ACTION_INJURIES = (
    'splenic laceration grade IV', 'open femur fracture', 'tension pneumothorax', 'inhalation injury',
    'pelvic fracture (Young-Burgess APC II)',
)
_AFTER_ACTION_FINDINGS = (
    'Patient tracking lost patient for 40 min between CT and OR.', 'Wristband mismatch caught at blood bank.',
    'Delayed family notification.', 'Care was timely.',
)


def _b_after_action(d: _Doc) -> None:
    r = d.rng
    inc_short, inc_long = d.pick(_INCIDENTS)
    d.add("AFTER-ACTION REPORT / IMPROVEMENT PLAN (EXCERPT - CLINICAL CASE REVIEW)\n"
          f"Incident: {inc_short} ({d.sd()})   "
          "Prepared per " + d.la("HSEEP") + " format. Protected peer review - excerpt filed to chart.")
    d.add(f"Overview: {inc_long}. {r.randint(12, 90)} patients received over {r.randint(3, 14)} hours; "
          f"{r.randint(2, 18)} RED, {r.randint(5, 30)} YELLOW, {r.randint(10, 60)} GREEN, {r.randint(0, 4)} BLACK. "
          f"Last comparable event: the {r.randint(1998, 2019)} flood.")
    d.add("Timeline (extract):\n" + "\n".join(
        f"  {d.t()}  {d.pick(_AFTER_ACTION_EVENTS)}"
        for _ in range(r.randint(5, 8))))
    d.add(f"Case review (patient ___, tag ___): {d.pick(('RED', 'YELLOW'))} patient with "
          f"{d.pick(_AFTER_ACTION_INJURIES)}; "
          f"door-to-CT {r.randint(9, 75)} min, door-to-OR {r.randint(30, 190)} min. "
          f"{d.pick(_AFTER_ACTION_FINDINGS)}")
    d.add("Strengths: rapid HCC activation; WebEOC situational awareness; surge staffing call-back.\n"
          "Areas for improvement:\n1. Patient tracking when the EMTrack tablets lost network.\n"
          "2. Radio/Vocera dead zones in the decon corridor.\n3. Reunification center signage.", optional=True)
    d.add("Corrective actions: redundant paper tracking (HICS 254), quarterly decon drills, second "
          "reunification site MOU.\nAAR owner: ___ (emergency management coordinator)")


_TRAUMA_DISCHARGE_SERVICES = (
    'ACUTE CARE SURGERY', 'ORTHOPAEDICS', 'TRAUMA', 'BURN', 'MEDICINE',
)
_TRAUMA_DISCHARGE_ALLERGIES = (
    'No Known Allergies / Adverse Drug Reactions', 'penicillin', 'sulfa', 'codeine',
)
_TRAUMA_DISCHARGE_PROCEDURES = (
    'Exploratory laparotomy, splenectomy', 'ORIF L distal radius', 'R chest tube placement',
    'Washout and ex-fix L tibia', 'None', 'Fasciotomy R forearm',
)
_TRAUMA_DISCHARGE_BOARDING = (
    'PACU', 'an endoscopy suite', 'surge tent 2', 'an ED hallway',
)
_TRAUMA_DISCHARGE_COURSES = (
    'Serial abdominal exams benign.', 'Rhabdomyolysis treated with IV fluids; CK peaked and down-trended.',
    'Pain controlled with multimodal regimen.', 'Chest tube removed on HD3.',
)
_TRAUMA_DISCHARGE_DISPOSITIONS = (
    'Home', 'Home With Service', 'Extended Care', 'Home (temporary address with family)',
)


def _b_trauma_discharge(d: _Doc) -> None:
    r = d.rng
    inc_short, inc_long = d.pick(_INCIDENTS)
    sex = d.pick(("M", "F"))
    d.add(f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
          f"Date of Birth:  ___             Sex:   {sex}\n\nService: {d.pick(_TRAUMA_DISCHARGE_SERVICES)}\n\n"
          f"Allergies:\n{d.pick(_TRAUMA_DISCHARGE_ALLERGIES)}\n\nAttending: ___.")
    d.add(f"Chief Complaint:\nInjuries sustained in {inc_short} (mass-casualty incident)")
    d.add(f"Major Surgical or Invasive Procedure:\n{d.pick(_TRAUMA_DISCHARGE_PROCEDURES)}")
    d.add(f"History of Present Illness:\n___ year old {'man' if sex == 'M' else 'woman'} brought in as part of "
          f"{inc_long}. Triaged {d.pick(_TAGS[:3])} at scene, re-triaged at the ED door. {_gcs(d)} on arrival.")
    d.add(f"Physical Exam:\n{_vitals(d)}\nGen: {d.pick(('alert, oriented', 'intubated, sedated', 'uncomfortable'))}\n"
          f"Chest: {d.pick(('clear bilaterally', 'decreased BS on R', 'crepitus L lateral chest wall'))}")
    d.add(f"Pertinent Results:\n{_labs(d)}")
    d.add(f"Brief Hospital Course:\nAdmitted during the incident surge; care delivered per crisis standards "
          f"for {r.randint(1, 3)} days (boarded in {d.pick(_TRAUMA_DISCHARGE_BOARDING)}). "
          f"{d.pick(_TRAUMA_DISCHARGE_COURSES)} "
          "Tolerating diet, ambulating with PT.")
    d.add("Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n"
          + _meds(d, r.randint(1, 3)), optional=True)
    d.add("Discharge Medications:\n" + _meds(d, r.randint(3, 6)))
    d.add(f"Discharge Disposition:\n{d.pick(_TRAUMA_DISCHARGE_DISPOSITIONS)}\n\n"
          "Discharge Diagnosis:\n" + d.pick(("Splenic laceration", "Rib fractures", "Distal radius fracture",
                                           "Rhabdomyolysis",
                                           "Smoke inhalation", "Traumatic brain injury, mild")))
    d.add("Discharge Instructions:\nReturn for fever, worsening pain or shortness of breath. Disaster mental "
          "health resources were provided (Disaster Distress Helpline " + d.la("1-800-985-5990") + ").\n\n"
          "Followup Instructions:\n___")


# --------------------------------------------------------------------------------------------------
# Builders: radiology
# --------------------------------------------------------------------------------------------------


def _rad_head(d: _Doc, exam: str, indication: str) -> None:
    d.add(f"EXAMINATION:  {exam}")
    d.add(f"INDICATION:  {indication}")


_CT_PANSCAN_CONTRAST = (
    'Omnipaque 350', 'Isovue-370',
)
_CT_PANSCAN_SOFT_TISSUE = (
    'Subcutaneous emphysema right chest wall.', 'No additional fracture.', 'Soft tissue contusion left flank.',
)


def _b_ct_panscan(d: _Doc) -> None:
    r = d.rng
    inc_short, _ = d.pick(_INCIDENTS)
    _rad_head(d, "CT HEAD, C-SPINE W/O CONTRAST; CT CHEST/ABDOMEN/PELVIS WITH CONTRAST (TRAUMA)",
              f"___ year old {d.pick(('man', 'woman'))}, MCI ({inc_short}), tag {d.pick(_TAGS[:2])}, "
              f"{_gcs(d)}. Eval for traumatic injury.")
    d.add(f"TECHNIQUE:  Whole-body trauma protocol on the {d.la('Optima CT660')}. Noncontrast head and cervical "
          f"spine; chest, abdomen and pelvis after {r.randint(80, 110)} mL {d.la(d.pick(_CT_PANSCAN_CONTRAST))} "
          f"in portal venous phase. Total DLP {r.randint(1400, 3100)} mGy-cm. Surge read protocol: preliminary "
          "interpretation given in real time, final report below.")
    d.add("COMPARISON:  None.")
    head = d.pick(("No intracranial hemorrhage, mass effect or acute territorial infarct.",
                   "Small left frontal subdural hematoma measuring 4 mm without midline shift.",
                   "Scattered punctate hemorrhagic contusions in the right temporal lobe."))
    cs = d.pick(("No cervical spine fracture or malalignment.",
                 "Nondisplaced fracture of the C1 anterior arch (not a Jefferson fracture pattern).",
                 "Minimally displaced C6 spinous process fracture (clay-shoveler type)."))
    chest = d.pick(("Right 4th through 7th rib fractures with small right pneumothorax and pulmonary contusion.",
                    "No pneumothorax. Bibasilar atelectasis.", "Sternal fracture with small retrosternal hematoma."))
    abd = d.pick(("Grade III splenic laceration with perisplenic hematoma; no active extravasation.",
                  "Small hemoperitoneum in Morison's pouch; hepatic segment VI laceration.",
                  "No solid organ injury. No free fluid.",
                  "L1 flexion-distraction injury (Chance fracture) with small adjacent hematoma."))
    pelvis = d.pick(("Pubic symphysis diastasis 2.8 cm with SI widening, Young-Burgess APC II.",
                     "No pelvic fracture.", "Nondisplaced left superior and inferior pubic rami fractures."))
    d.add(f"FINDINGS:\n\nHEAD: {head} Ventricles normal. No calvarial fracture. Mastoids clear.\n\n"
          f"CERVICAL SPINE: {cs} Prevertebral soft tissues normal.\n\nCHEST: {chest} Heart size normal. "
          f"No mediastinal hematoma. Aorta normal in caliber.\n\nABDOMEN: {abd} Kidneys enhance symmetrically. "
          f"Bowel without wall thickening.\n\nPELVIS: {pelvis} Bladder unremarkable.\n\nBONES/SOFT TISSUES: "
          f"{d.pick(_CT_PANSCAN_SOFT_TISSUE)}")
    d.add(f"IMPRESSION:\n1. {abd}\n2. {chest}\n3. {head}\n4. {pelvis}")
    d.add(f"NOTIFICATION:  Preliminary findings were called to the trauma team by Dr. ___ at {d.t()} on "
          f"{d.sd()}, within {r.randint(5, 25)} minutes of scan completion.")
    d.add("Note: interpreted under the hospital's disaster imaging protocol; comparison limited as prior "
          "records unavailable during the incident.", optional=True)


_PORTABLE_CXR_HISTORIES = (
    'smoke inhalation', 'blunt chest trauma', 'near-drowning in flood water', 'hypoxia', 'crush injury',
)
_PORTABLE_CXR_COMPARISONS = (
    'None available (records downtime).', 'Portable radiograph from earlier the same day.', 'None.',
)
_PORTABLE_CXR_HEART = (
    'normal', 'mildly enlarged', 'difficult to assess due to rotation',
)
_PORTABLE_CXR_ARTIFACTS = (
    'ECG leads overlie the chest.', 'A SAM Pelvic Sling buckle projects over the lower field.',
    'Clothing artifact noted.', 'No support devices.',
)


def _b_portable_cxr(d: _Doc) -> None:
    _rad_head(d, "CHEST (PORTABLE AP)",
              f"___ year old {d.pick(('man', 'woman'))} in surge area {d.pick(('A', 'B', 'C'))} after "
              f"{d.pick(_PORTABLE_CXR_HISTORIES)}, "
              f"{d.pick(('hypoxia', 'new O2 requirement', 'chest pain', 'evaluate for pneumothorax'))}.")
    d.add(f"TECHNIQUE:  Single portable AP view of the chest obtained in the alternate care area with a "
          f"{d.la('DRX-Revolution')} unit at {d.t()}. Patient semi-upright on a cot; "
          f"{d.pick(('limited inspiration', 'rotated to the right', 'adequate technique'))}.")
    d.add(f"COMPARISON:  {d.pick(_PORTABLE_CXR_COMPARISONS)}")
    findings = d.pick((
        "Patchy bilateral perihilar airspace opacities, compatible with inhalational injury or aspiration. "
        "No large effusion.",
        "Small right apical pneumothorax measuring 1.2 cm. Minimally displaced right lateral 6th rib fracture.",
        "Interstitial edema with Kerley B lines and small bilateral effusions.",
        "Lungs are clear. No pneumothorax. No acute osseous abnormality.",
        "Left lower lobe consolidation with air bronchograms.",
    ))
    d.add(f"FINDINGS:\n\n{findings}\nCardiomediastinal silhouette is {d.pick(_PORTABLE_CXR_HEART)}. "
          f"{d.pick(_PORTABLE_CXR_ARTIFACTS)}")
    d.add(f"IMPRESSION:\n\n{findings.split('.')[0]}.")
    d.add(f"Portable imaging in the surge area performed under the incident's crisis standards; "
          f"images transmitted to PACS at {d.t()}. Findings discussed with the surge-area physician ___.",
          optional=True)


_EXTREMITY_SWELLING = (
    'Diffuse soft tissue swelling.', 'Soft tissue swelling with subcutaneous gas.', 'Marked soft tissue edema.',
)
_EXTREMITY_FOREIGN_BODIES = (
    'No radiopaque foreign body.', 'Several small radiopaque foreign bodies (glass) in the soft tissues.',
    'Metallic debris fragment 4 mm.',
)
_EXTREMITY_BONES = (
    'No Salter-Harris injury (physes closed).', 'Bones are osteopenic.', '',
)


def _b_extremity(d: _Doc) -> None:
    r = d.rng
    side = d.pick(("RIGHT", "LEFT"))
    part = d.pick(("FOREARM", "TIBIA/FIBULA", "HAND", "ANKLE", "FEMUR", "WRIST"))
    _rad_head(d, f"{part} ({d.pick(('2', '3'))} VIEWS) {side}",
              f"___ year old {d.pick(('man', 'woman'))} trapped under debris for ~{r.randint(1, 9)} hours in "
              f"{d.pick(('a building collapse', 'a grandstand collapse', 'the tornado'))}; crush injury, swelling, "
              f"CK {r.randint(900, 40000)}.")
    d.add("TECHNIQUE:  " + d.pick(("AP and lateral views", "Three views", "AP, lateral and oblique views")) + " of the "
          f"{side.lower()} {part.lower()}, portable, through splint "
          f"({d.la('Sager splint') if part == 'FEMUR' else 'plaster'}).")
    d.add("COMPARISON:  None.")
    fx = {
        "FOREARM": "Transverse fractures of the mid radial and ulnar shafts with 1 shaft width displacement; "
                   "no Monteggia or Galeazzi component.",
        "TIBIA/FIBULA": "Comminuted fracture of the distal tibial shaft with fibular fracture; gas in soft tissues "
                        "suggesting an open injury.",
        "HAND": "Fractures of the 4th and 5th metacarpal necks with volar angulation of 35 degrees.",
        "ANKLE": "Trimalleolar fracture with lateral talar shift.",
        "FEMUR": "Spiral fracture of the femoral diaphysis with shortening; traction device in place.",
        "WRIST": "Intra-articular distal radius fracture with dorsal angulation, Colles pattern; "
                 "ulnar styloid fracture.",
    }[part]
    d.add(f"FINDINGS:\n\n{fx} {d.pick(_EXTREMITY_SWELLING)} "
          f"{d.pick(_EXTREMITY_FOREIGN_BODIES)}"
          f" Joint spaces otherwise preserved. {d.pick(_EXTREMITY_BONES)}")
    d.add(f"IMPRESSION:\n\n1. {fx.split(';')[0].split(' with')[0]}.\n"
          "2. Soft tissue findings as above; correlate for compartment syndrome.")
    d.add("Gustilo grading is clinical and not determined radiographically.", optional=True)


_EFAST_PLACES = (
    'trauma bay 2', 'surge area B', 'the ED hallway', 'the decon exit',
)
_EFAST_PROBES = (
    'curvilinear and linear probes', 'phased array probe',
)
_EFAST_MACHINES = (
    'SonoSite', 'Philips Lumify',
)


def _b_efast(d: _Doc) -> None:
    r = d.rng
    _rad_head(d, "BEDSIDE ULTRASOUND, EXTENDED FAST (eFAST)",
              f"___ year old {d.pick(('man', 'woman'))}, MCI arrival, "
              f"hypotension BP {r.randint(70, 98)}/{r.randint(40, 60)}.")
    d.add(f"TECHNIQUE:  Point-of-care eFAST performed in {d.pick(_EFAST_PLACES)} using "
          f"{d.la(d.pick(_EFAST_MACHINES))} {d.pick(_EFAST_PROBES)}. "
          "Images archived to the ultrasound workstation.")
    pos = r.random() < 0.5
    d.add("FINDINGS:\n\n"
          f"RUQ (Morison's pouch): {'anechoic free fluid present' if pos else 'no free fluid'}.\n"
          f"LUQ (splenorenal): {d.pick(('no free fluid', 'small free fluid'))}.\n"
          f"Pelvis (retrovesical): {d.pick(('no free fluid', 'trace free fluid'))}.\n"
          f"Pericardial: {d.pick(('no effusion', 'no effusion; good cardiac activity'))}.\n"
          f"Right lung: lung sliding {d.pick(('present', 'absent - lung point identified'))}.\n"
          f"Left lung: lung sliding present.")
    d.add(f"IMPRESSION:\n\n{'POSITIVE' if pos else 'NEGATIVE'} eFAST. "
          + ("Hemoperitoneum in Morison pouch; surgical team at bedside." if pos
             else "No hemoperitoneum or pericardial effusion."))
    d.add(f"Performed by ___ (EM attending), credentialed in point-of-care ultrasound. Exam time {d.t()}. "
          "Limited exam during surge; formal imaging as clinically indicated.")
    d.add("Ultrasound quality assurance review pending per departmental policy.", optional=True)


_CT_INHALATION_COMPARISONS = (
    'Chest radiograph from the same day.', 'None.', 'Outside chest radiograph not available.',
)
_CT_INHALATION_AIRWAYS = (
    'diffuse bronchial wall thickening', 'mucosal thickening of the trachea and mainstem bronchi',
    'no endobronchial lesion',
)
_CT_INHALATION_LUNGS = (
    'bilateral patchy ground-glass opacities, upper and mid zone predominant', 'scattered centrilobular nodularity',
    'dependent consolidation bilaterally',
)
_CT_INHALATION_INTERSTITIUM = (
    'interlobular septal thickening (Kerley B lines on the scout)', 'no pneumothorax',
    'mosaic attenuation suggesting air trapping',
)
_CT_INHALATION_ADVICE = (
    'Recommend short-interval follow-up.', 'No pneumothorax or pneumomediastinum.',
    'Consider bronchoscopy if clinically indicated.',
)


def _b_ct_inhalation(d: _Doc) -> None:
    r = d.rng
    chem, _ = d.pick(_CHEMS)
    _rad_head(d, "CT CHEST WITHOUT CONTRAST",
              f"___ year old {d.pick(('man', 'woman'))} exposed to {chem} at an industrial spill; persistent "
              f"hypoxia, SpO2 {r.randint(84, 93)}% on {r.randint(2, 6)} L.")
    d.add(f"TECHNIQUE:  Helical CT of the chest without IV contrast; 1.25 mm reconstructions. Patient "
          f"decontaminated prior to scanning (decon completed at {d.t()}). DLP {r.randint(180, 520)} mGy-cm.")
    d.add(f"COMPARISON:  {d.pick(_CT_INHALATION_COMPARISONS)}")
    d.add("FINDINGS:\n\n"
          f"Airways: {d.pick(_CT_INHALATION_AIRWAYS)}.\n"
          f"Lungs: {d.pick(_CT_INHALATION_LUNGS)}; "
          f"{d.pick(_CT_INHALATION_INTERSTITIUM)}.\n"
          f"Pleura: {d.pick(('no effusion', 'small bilateral effusions'))}.\n"
          f"Mediastinum: {d.pick(('no lymphadenopathy', 'mildly enlarged reactive nodes'))}. "
          f"Heart size normal. Mean attenuation of effusion {r.randint(2, 14)} Hounsfield units.")
    d.add("IMPRESSION:\n\nFindings compatible with chemical pneumonitis / inhalational airway injury. "
          f"{d.pick(_CT_INHALATION_ADVICE)}")
    d.add("Note: toxic exposure information per poison center (" + d.la("1-800-222-1222") + ") recommendations "
          "relayed by the clinical team.", optional=True)


_CT_HEAD_EVACUEE_EVENTS = (
    'fall from stretcher during transfer', 'new confusion after evacuation',
    'head strike on stairwell evacuation chair',
)
_CT_HEAD_EVACUEE_COMPARISONS = (
    'None available; outside records not accessible during the evacuation.', 'None.',
    'Outside head CT reportedly performed previously, not available.',
)
_CT_HEAD_EVACUEE_BLEEDS = (
    'There is no evidence of acute intracranial hemorrhage.',
    'Acute right convexity subdural hematoma measuring 7 mm with 3 mm leftward shift.',
    'Small left parafalcine subdural hemorrhage.',
)
_CT_HEAD_EVACUEE_CHRONIC = (
    'Moderate periventricular white matter hypodensities, likely chronic small vessel ischemic disease.',
    'Global parenchymal volume loss.', 'Old right PCA territory infarct.',
)
_CT_HEAD_EVACUEE_VENTRICLES = (
    'prominent, consistent with age-related volume loss', 'normal for age',
)
_CT_HEAD_EVACUEE_SCALP = (
    'Left frontal scalp hematoma.', 'No scalp hematoma.', 'Right parietal scalp laceration with soft tissue gas.',
)
_CT_HEAD_EVACUEE_IMPRESSIONS = (
    'No acute intracranial abnormality.', 'Acute subdural hematoma as above; neurosurgery notified.',
    'Chronic small vessel disease; no acute hemorrhage.',
)


def _b_ct_head_evacuee(d: _Doc) -> None:
    r = d.rng
    _rad_head(d, "CT HEAD W/O CONTRAST",
              f"___ year old {d.pick(('man', 'woman'))} evacuated from a nursing facility during the flood, "
              f"{d.pick(_CT_HEAD_EVACUEE_EVENTS)}; "
              f"on {d.pick(('apixaban', 'warfarin (INR 2.8)', 'aspirin', 'clopidogrel'))}.")
    d.add(f"TECHNIQUE:  Contiguous axial images of the brain without contrast. Sagittal and coronal reformats. "
          f"DLP {r.randint(700, 1200)} mGy-cm.")
    d.add(f"COMPARISON:  {d.pick(_CT_HEAD_EVACUEE_COMPARISONS)}")
    d.add("FINDINGS:\n\n"
          f"{d.pick(_CT_HEAD_EVACUEE_BLEEDS)} "
          f"{d.pick(_CT_HEAD_EVACUEE_CHRONIC)} "
          f"Ventricles and sulci are {d.pick(_CT_HEAD_EVACUEE_VENTRICLES)}. "
          f"No calvarial fracture. {d.pick(_CT_HEAD_EVACUEE_SCALP)} "
          "Visualized paranasal sinuses and mastoid air cells are clear.")
    d.add(f"IMPRESSION:\n\n{d.pick(_CT_HEAD_EVACUEE_IMPRESSIONS)}")
    d.add("Transfer note: images burned to disc and sent with the patient to the receiving facility; "
          "report faxed under the evacuation records protocol.", optional=True)


_LINE_TUBE_PROCEDURES = (
    'intubation', 'central line placement', 'chest tube placement', 'OG tube placement',
)
_LINE_TUBE_ENTERIC = (
    'courses below the diaphragm, tip in the stomach', 'tip at the GE junction; advance 10 cm',
    'coiled in the esophagus',
)
_LINE_TUBE_CVC_SITES = (
    'Right internal jugular', 'Left subclavian', 'Right femoral (not imaged)',
)
_LINE_TUBE_CVC_TIPS = (
    'low SVC', 'cavoatrial junction', 'right atrium',
)
_LINE_TUBE_PLEURA = (
    'Right chest tube connected to Pleur-evac; no residual pneumothorax.', 'No pneumothorax.',
    'Small left apical pneumothorax, unchanged.',
)


def _b_line_tube(d: _Doc) -> None:
    r = d.rng
    _rad_head(d, "CHEST (PORTABLE AP)",
              f"___ year old {d.pick(('man', 'woman'))} in the alternate care ICU (converted PACU) after "
              f"{d.pick(_LINE_TUBE_PROCEDURES)}. Evaluate position.")
    d.add(f"TECHNIQUE:  Portable AP chest, {d.t()}.")
    d.add("COMPARISON:  " + d.pick(("Prior portable chest radiograph from earlier today.", "None.", f"{d.sd()}.")))
    d.add("FINDINGS:\n\n"
          f"Endotracheal tube tip {r.randint(2, 6)}.{r.randint(0, 9)} cm above the carina. "
          f"Enteric tube {d.pick(_LINE_TUBE_ENTERIC)}. "
          f"{d.pick(_LINE_TUBE_CVC_SITES)} central venous catheter "
          f"({d.la(d.pick(('Arrow', 'Cordis')))}, placed with {d.la('Seldinger')} technique) "
          f"with tip in the {d.pick(_LINE_TUBE_CVC_TIPS)}. "
          f"{d.pick(_LINE_TUBE_PLEURA)} "
          f"{d.pick(('Bibasilar atelectasis.', 'Diffuse bilateral opacities, ARDS pattern.', 'Lungs grossly clear.'))}")
    d.add("IMPRESSION:\n\nSupport devices as above. " + d.pick(("No pneumothorax.",
                                                                 "Recommend advancing the enteric tube.",
                                                                 "ET tube appropriately positioned.")))
    d.add("Alternate care ICU staffed under crisis standards; findings relayed to the bedside team.", optional=True)


# --------------------------------------------------------------------------------------------------
# Filler, heavy blocks, kinds
# --------------------------------------------------------------------------------------------------

_CLIN_FILLER = (
    "Incident context: the hospital remained on Code Triage External for the duration of this stay; elective "
    "surgery was cancelled and the PACU was converted to ICU overflow under crisis standards of care.",
    "Teaching: Broselow tape stocked in each surge tent; Mallampati and airway assessment documented before "
    "sedation; Bair Hugger units redistributed for hypothermic flood victims.",
    "Burn resuscitation per Parkland formula was considered but TBSA below threshold; Xeroform and Mepilex Ag "
    "dressings applied; Silvadene avoided on the face.",
    "Allen test performed before radial arterial line; Foley placed for strict I/O given rhabdomyolysis risk.",
    "Supply note: KED and Stokes basket returned to EMS; Kendrick traction device kept with the patient; "
    "HoverMatt and Stryker Power-PRO stretchers staged at the ambulance bay; Ambu bag at each cot.",
    "Pediatric patients triaged with JumpSTART; LUCAS 3 device used once in the trauma bay.",
    "Anticoagulation reversal protocol (Kcentra) available in the trauma bay; Hemoclip tray restocked.",
    "Mental health: patient screened for acute stress; disaster mental health team follow-up offered.",
    "Imaging workflow: fractures classified by the radiologist (Denis classification for spine, Tile classification "
    "for pelvis, Le Fort for facial fractures) to speed OR booking.",
    "Social History:\n___\nTobacco: ___ pack-years. EtOH: occasional. Lives with ___ in a second-floor apartment; "
    "home currently without power.",
    "Past Medical History:\n1. Hypertension\n2. Type 2 diabetes, diet controlled\n3. Remote appendectomy\n"
    "4. Depression, on sertraline",
    "Family History:\nNoncontributory. Mother with hypertension; father deceased (MI).",
    "Nursing: skin intact except as documented; fall precautions; pt oriented to the surge area and the call "
    "system (handbell at cot). Personal effects inventoried and bagged.",
    "Pharmacy: medication reconciliation limited; home list obtained from family by phone and from the state "
    "prescription monitoring program. Tetanus status reviewed.",
    "Crisis standards of care: triage officer reviewed resource allocation at each operational period; this "
    "patient's level of care was not limited by resource triage.",
    "Communications: patient tracking entry updated in EMTrack; the regional hospital coordination center "
    "notified of bed availability every 2 hours.",
    "Infection control: tetanus and wound care per protocol; flood-water exposure counselled (Aeromonas, Vibrio); "
    "low threshold for doxycycline if cellulitis develops.",
    "Rehabilitation: PT/OT evaluated on the surge unit; patient ambulated 150 feet with a rolling walker; "
    "stairs deferred. Equipment: front-wheeled walker issued.",
    "Chaplaincy and disaster mental health visited twice; patient declined medication for sleep; follow-up "
    "resources provided in English and Spanish.",
)
_OPS_FILLER = (
    "Incident context: the hospital remained on Code Triage External for the duration of this record; elective "
    "surgery was cancelled and the PACU was converted to ICU overflow under crisis standards of care.",
    "Communications: patient tracking entry updated in EMTrack; the regional hospital coordination center "
    "notified of bed availability every 2 hours; runners used when Vocera failed in the basement.",
    "Documentation note: this record was completed on paper during the network downtime and transcribed into the "
    "electronic record after the incident; times are as written on the paper form.",
    "Labor pool: 14 staff reported via call-back; assigned to the surge tents, the decon corridor and the family "
    "reunification center. Just-in-time training on the HICS 214 log given at each briefing.",
    "Safety officer: decon corridor run-off contained; security perimeter maintained at the ambulance bay; "
    "media directed to the public information officer at the staging area.",
    "Mental health: staff and families screened for acute stress; disaster mental health team follow-up offered.",
    "Logistics: cots, blankets, portable O2 cylinders and a Zoll monitor redistributed between the surge tents; "
    "HoverMatt and Stryker Power-PRO stretchers staged at the ambulance bay; Ambu bag at each cot.",
    "Supply note: KED and Stokes basket returned to EMS; Kendrick traction device kept with the patient; "
    "DuoDote and Cyanokit cache inventoried by pharmacy.",
    "Planning: next operational period briefing at 0700; situation report sent to the county EOC; demobilization "
    "criteria reviewed (census below 10 surge patients for 4 hours).",
    "Finance/administration: time sheets (HICS 252) collected; disaster supply costs tracked under a separate cost "
    "center for later reimbursement.",
    "Pediatric patients triaged with JumpSTART; unaccompanied minors escorted by child-life staff and never left "
    "alone; Broselow tape stocked in each surge tent.",
    "Privacy: only the minimum necessary information was released to inquirers; media inquiries were referred "
    "to the public information officer.",
)
_RAD_FILLER = (
    "Imaging performed during the declared mass-casualty incident; reports prioritized by triage color and "
    "finalized after the surge.",
    "Radiation dose and technique parameters are archived with the study. Hounsfield unit measurements were "
    "obtained on the workstation.",
    "Note: the patient was scanned under a temporary trauma alias; the permanent record will be linked by "
    "health information management.",
    "Limitations: motion artifact and positioning limited by splints and spinal precautions (KED removed before "
    "scanning).",
    "ADDITIONAL FINDINGS:\nThe visualized thyroid is unremarkable. No suspicious osseous lesion. Degenerative "
    "changes of the thoracolumbar spine with anterior osteophytes. Atherosclerotic calcification of the aorta.",
    "Incidental findings: 8 mm right renal cyst (simple, Bosniak I). No follow-up needed for this finding.",
    "RECOMMENDATION(S):  Follow-up imaging as clinically indicated. Correlation with physical examination and "
    "laboratory values is advised. The study was reviewed in the surge reading room.",
    "The wet read issued during the incident has been reviewed; there are no significant discrepancies between "
    "the preliminary and final interpretations.",
    "Quality note: images acquired through backboard and clothing; several external artifacts (snaps, zipper, "
    "ECG leads) limit evaluation of the lower chest.",
    "Peer review: this study was included in the post-incident discrepancy review; no change in management.",
    "PROTOCOL NOTE:  Disaster imaging protocol in effect; single-pass acquisition used to preserve scanner "
    "throughput. Delayed phase not obtained.",
)


def _heavy_block(d: _Doc) -> None:
    if _KINDS[d.kind][0] == "radiology":
        d.add("Patient: ___   MRN: ___   DOB: ___   Acc: ___\nReferring: ___   Location: ___   Ordered: ___ ___")
        d.add("Findings discussed with Dr. ___ by Dr. ___ on ___ at ___ by telephone; read back confirmed by ___.")
        d.add("Prior imaging at ___ (___) dated ___ and ___ were requested from ___; fax ___; phone ___.")
    else:
        d.add("Patient tracking roster (name | unit no | tag | receiving | color):\n" + _masked_rows(d, 6, 4))
        d.add("Followup Instructions:\n___ ___ on ___ at ___ with ___ (phone ___); ___ clinic at ___.")


_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "mci_triage_tracking": ("discharge", _b_mci_triage),
    "hics_activity_log": ("discharge", _b_hics_log),
    "reunification_record": ("discharge", _b_reunification),
    "em_liaison_note": ("discharge", _b_liaison),
    "decon_record": ("discharge", _b_decon),
    "evacuation_transfer": ("discharge", _b_evacuation),
    "surge_site_note": ("discharge", _b_surge_site),
    "after_action_excerpt": ("discharge", _b_after_action),
    "trauma_discharge": ("discharge", _b_trauma_discharge),
    "ct_trauma_panscan": ("radiology", _b_ct_panscan),
    "portable_cxr_surge": ("radiology", _b_portable_cxr),
    "extremity_xr_crush": ("radiology", _b_extremity),
    "efast_bedside": ("radiology", _b_efast),
    "ct_chest_inhalation": ("radiology", _b_ct_inhalation),
    "ct_head_evacuee": ("radiology", _b_ct_head_evacuee),
    "line_tube_check": ("radiology", _b_line_tube),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DC_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "discharge")
_RAD_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "radiology")


def document_kind(seed: int, i: int) -> str:
    u = _frac(0.1234567 * seed + 0.41421356237309503 * i + 0.017)
    if u < 0.45:
        return _RAD_KINDS[min(int(u / 0.45 * len(_RAD_KINDS)), len(_RAD_KINDS) - 1)]
    return _DC_KINDS[min(int((u - 0.45) / 0.55 * len(_DC_KINDS)), len(_DC_KINDS) - 1)]


def _extra_lookalikes(d: _Doc) -> None:
    """A line of hard negatives: lot/NDC/REF/model, expiry, versions, states, toll-free lines."""
    r = d.rng
    rad = _KINDS[d.kind][0] == "radiology"
    opts = [
        lambda: f"Contrast lot {d.la(f'{r.choice(_CH)}{_digits(r, 5)}')}, exp {d.la(_real_date(r, 2025, 2028))}; "
                f"NDC {d.la(f'0407-{_digits(r, 4)}-{_digits(r, 2)}')}.",
        lambda: f"PACS viewer {d.la(f'v{r.randint(3, 12)}.{r.randint(0, 9)}.{r.randint(0, 40)}')}; "
                f"detector model {d.la(f'DRX-{r.randint(1, 2)}{_digits(r, 3)}')}, "
                f"REF {d.la(f'{_digits(r, 4)}-{_digits(r, 3)}')}.",
        lambda: "Mutual-aid teams arrived from " + " and ".join(d.la(x) for x in r.sample(_STATES, 2)) + ".",
        lambda: f"Patient is a visitor from {d.la(r.choice(_COUNTRIES))}; consular contact offered.",
        lambda: f"Manufacturer service line {d.la(r.choice(('1-800-426-4224', '1-888-472-7236', '1-877-456-9100')))}; "
                f"vendor service fax {d.la(r.choice(('1-800-876-9962', '1-866-512-3348')))} (device maker).",
        lambda: f"Tourniquet (Combat Application Tourniquet) REF {d.la(f'30-{_digits(r, 4)}')}, lot "
                f"{d.la(f'{r.choice(_CH)}{_digits(r, 6)}')}, use by {d.la(_real_date(r, 2025, 2029))}.",
        lambda: f"Scores: {d.la(f'ISS {r.randint(4, 50)}')}, "
                f"RTS {r.randint(5, 7)}.{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)}, "
                f"SOFA {r.randint(0, 14)}. Weight {r.randint(45, 130)} kg.",
        lambda: f"WebEOC {d.la(f'{r.randint(8, 10)}.{r.randint(0, 9)}')} board and EMTrack "
                f"{d.la(f'v{r.randint(4, 6)}.{r.randint(0, 9)}')} reconciled at {d.t()}; "
                "regional census pushed to the state.",
        lambda: d.la(f"Last similar regional drill: {r.randint(2009, 2023)}") + " (full-scale exercise).",
        lambda: f"Family member ({d.age(30, 88, 'age {}')}) also treated; separate chart.",
        lambda: f"Device: ventilator model {d.la(r.choice(('Hamilton-T1', 'Trilogy Evo', 'LTV 1200')))}, "
                f"GTIN {d.la('0' + _digits(r, 13))}, lot {d.la(f'{r.choice(_CH)}{_digits(r, 4)}')}.",
        lambda: f"{d.la('Group no. ' + _digits(r, 6))} (employer plan); payer customer service "
                f"{d.la(r.choice(('1-800-541-2831', '1-877-842-3210', '1-888-636-6297')))}.",
        lambda: f"Prior study dated {d.sd()} reviewed; follow-up {d.sd()}.",
    ]
    if rad:
        opts = opts[:2] + opts[6:7] + opts[12:] + opts[2:4] + opts[10:11]
    for f in r.sample(opts, r.randint(1, 3)):
        d.add(f(), optional=True)


_CH = "ABCDEFGHJKLMNPRSTUVWXYZ"
_OPS_KINDS = ("hics_activity_log", "reunification_record", "em_liaison_note", "after_action_excerpt")


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout{_SEED_SALT}:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    d = _Doc(rng, kind, heavy)
    builder(d)
    _extra_lookalikes(d)
    if heavy:
        _heavy_block(d)
        while sum(p.count("___") for parts, _ in d.secs for p in parts if isinstance(p, str)) < 28:
            d.add("Addendum: ___ notified ___ at ___; ___ to call ___ re: ___.")
    elif _is_planted(seed, i):
        k = rng.choices((1, 2, 3, 4), weights=(38, 30, 20, 12))[0]
        for cat in _categories(seed, i, k):
            parts = _plant(d, cat)
            if rng.random() < 0.3 and len(d.secs) > 2:
                j = rng.randrange(1, len(d.secs))
                old, _opt = d.secs[j]
                d.secs[j] = (old + ["\n"] + parts, False)
            else:
                j = rng.randrange(1, len(d.secs) + 1)
                d.secs.insert(j, (parts, False))
    filler = (_RAD_FILLER if note_type == "radiology" else _OPS_FILLER if kind in _OPS_KINDS
              else _CLIN_FILLER + _OPS_FILLER[:4])
    order = rng.sample(range(len(filler)), len(filler))
    target = rng.randint(_MIN_LEN + 80, 2900 if note_type == "radiology" else 3400)
    text, _ = d.text()
    while len(text) < target and order:
        d.secs.insert(rng.randrange(2, len(d.secs) + 1), ([filler[order.pop()]], True))
        text, _ = d.text()
    while len(text) > _MAX_LEN - 60:
        idx = [k for k, (_, opt) in enumerate(d.secs) if opt]
        if not idx:
            break
        del d.secs[idx[-1]]
        text, _ = d.text()
    text, spans = d.text()
    looks = [x for x in EPONYMS_AND_BRANDS if x in text]
    looks += [x for x in dict.fromkeys(d.looks) if x in text and x not in looks]
    return LabelledNote(note_type=note_type, text=text, spans=spans), looks, "heavy" if heavy else "normal"


def holdout63_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout63_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout63_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout63_corpus, argv,
        "Held-out corpus 63 (disaster medicine, mass-casualty incidents): detector recall/precision")
    holdout_measure.report("holdout63", args, notes, hits, res)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
