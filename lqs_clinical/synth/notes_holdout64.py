"""Held-out corpus 64: organ and tissue donation and decedent care.

MIMIC-IV-Note-shaped notes about donation after brain or circulatory death and the care of the
dead: most identifiers are ``___``, unmasked dates are shifted into 2100-2200 (never labelled),
about 57-59% of notes carry 1-4 identifiers that escaped masking and exactly 5% are heavy (many
``___``, no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``opo_referral`` (organ procurement organization referral call log),
  ``donor_management`` (OPO donor-management progress note), ``brain_death`` (brain-death
  determination note with apnea test), ``family_authorization`` (family authorization
  conversation), ``tissue_eye_referral`` (tissue and eye bank referral), ``me_referral`` (medical
  examiner / coroner case referral), ``decedent_affairs`` (decedent affairs / morgue release to a
  funeral home), ``death_certificate`` (death certificate worksheet), ``bereavement`` (bereavement
  follow-up call), ``death_summary`` (discharge summary of a death);
- radiology: ``apnea_cxr`` (portable chest film around an apnea test), ``cta_brain_death`` (CT
  angiography of the head for brain death), ``donor_echo`` (donor echocardiogram), ``donor_ct``
  (donor CT chest/abdomen/pelvis), ``perfusion_scan`` (cerebral perfusion scintigraphy),
  ``postmortem_ct`` (post-mortem CT for the medical examiner).

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is
a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans;
states and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a
named hospital, practice, pharmacy (a chain's store too), agency, school or employer, never a
generic department, and never a drug maker, biotech or trial sponsor named as such (a jail,
prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date
carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not
labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device
serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and
expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a
public line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's
toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's
encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the
member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus, within that policy:

- An OPO referral or case number, a DonorNet-style donor id, a medical examiner's or coroner's
  case number, an eye or tissue bank referral/recovery number, a decedent-affairs (morgue) release
  number, a radiology accession, an encounter/CSN, a claim or a toxicology specimen number is
  ACCOUNT (a case or incident number for the patient's encounter).
- OPOs, eye banks, tissue banks, funeral homes, crematories, medical examiner's and coroner's
  offices, police departments, hospices, parishes and employers are ORGANIZATION (agencies and
  businesses). UNOS, the OPTN, DonorNet, CMS, the state donor registry and the vital-records
  office are registries or public bodies: never labelled. Device and drug makers never labelled.
- A county or town of residence, death or injury is LOCATION ("Town of" stays outside).
- The pronouncing physician's or certifier's licence, NPI and DEA, a nurse's licence and the
  driver's licence shown by a funeral director at morgue release are LICENSE. A funeral
  director's or embalmer's licence, a burial/transit permit number and a state death-certificate
  file number have no category here: they are always written masked (``___``).
- A funeral home's removal vehicle plate or VIN and an organ-recovery aircraft tail number are
  VEHICLE_ID. A pacemaker/ICD serial to be explanted before cremation, a perfusion device serial
  and a hospital asset tag are DEVICE_ID.
- A death date or date of birth with a real year is DATE_REAL_YEAR; a preservation solution's or
  graft kit's expiry date is a look-alike.

Look-alikes (returned per note, never labelled): eponyms and brands (``EPONYMS_AND_BRANDS``),
lot/REF/NDC numbers, expiry dates, shifted dates, ages under 90, scores, doses, software versions,
toll-free and public lines, public bodies' websites, generic departments, states and countries.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
lqs_clinical/synth/holdout_measure.py, the first 45 lines of lqs_clinical/synth/notes.py,
pyproject.toml, /work/shared/reference/*.md and the masked note-shaped samples and SOURCES.md under
/work/shared/data/. No detector code, rule file, other corpus, test or benchmark was read, and the
detector was never run.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Maria", "Tomasz", "Adaeze", "Ingrid", "Rafael", "Keisha", "Dmitri", "Hollis", "Yolanda", "Bao",
    "Siobhan", "Marcus", "Leticia", "Anders", "Priyanka", "Cornelius", "Fatima", "Gideon", "Wren",
    "Esperanza", "Lonnie", "Mirela", "Tobias", "Annabeth", "Kwame", "Delphine", "Rosalind", "Emeka",
    "Harriet", "Juniper", "Santiago", "Beatrix", "Oluwaseun", "Thaddeus", "Noor", "Callum", "Ines",
    "Dorian", "Magdalena", "Jerome", "Leilani", "Casimir", "Odessa", "Xiomara", "Ruben", "Perpetua",
    "Alton", "Svetlana", "Desmond", "Marisol", "Vaughn", "Henrietta", "Jovan", "Celestine", "Amos",
    "Greta", "Lucius", "Tamsin", "Ezekiel", "Rhiannon", "Benedikt", "Consuelo", "Wendell", "Ayumi",
    "Florian", "Nkechi", "Bartholomew", "Lorraine", "Ignatius", "Zofia",
)
_MIDDLE = "ABCDEFGHJKLMNPRSTW"
_LAST = (
    "Delgado", "Kowalski", "Okonkwo", "Lindqvist", "Ferreira", "Washburn", "Petrenko", "Abernathy",
    "Castellanos", "Nguyen-Tran", "Fitzmaurice", "Oyelaran", "Szymanski", "Halvorsen", "Iyer",
    "Quintanilla", "Mbeki", "Rourke", "Vasquez-Ortiz", "Takahashi", "Brennan", "Adeyemi", "Sorensen",
    "McAllister", "Bergstrom", "Ocampo", "Villanueva", "Kaczmarek", "Thibodeaux", "Nakamura",
    "Pellegrino", "Achterberg", "Dunleavy", "Haddad", "Marchetti", "Oduya", "Strickland", "Yilmaz",
    "Zielinski", "Beaumont", "Carrasco", "Esposito", "Gallagher", "Hrabowski", "Jablonski",
    "Kirkpatrick", "Lomax", "Montgomery", "Novak", "O'Sullivan", "Pritchett", "Rasmussen", "Salcedo",
    "Tennyson", "Underwood", "Valdivia", "Whitfield", "Ybarra", "Zamora", "Ashworth", "Blackwood",
    "Chikwanha", "DeLuca", "Eberhardt", "Fairweather", "Grabowski", "Holloway", "Ibarra", "Jankowski",
)
_TOWNS = (
    "Millbrook Falls", "East Varick", "Pellston Corners", "Ostrander", "Kettle Hollow", "Cold Brook",
    "Harwick Center", "Lisle Junction", "Tamsett", "Brayton", "Sidonie", "West Quarry", "Dunmore Flats",
    "Averill Park", "Fenwood", "Linnet Hill", "Cobleskill", "Canastota", "Penn Yan", "Owego", "Herkimer",
    "Gouverneur", "Massena", "Hornell", "Wellsville", "Salamanca", "Norwich", "Oneonta", "Port Crane",
    "Sangerfield", "Bainbridge", "Unadilla", "Ilion", "Frankfort Hill", "Chittenango", "Cazenovia",
    "Lowville", "Boonville", "Weedsport", "Marathon", "Candor", "Spencer Hollow", "Greene",
)
_COUNTIES = (
    "Chenango County", "Otsego County", "Tioga County", "Schoharie County", "Lewis County",
    "Yates County", "Allegany County", "Madison County", "Cortland County", "Delaware County",
    "Herkimer County", "Cayuga County", "Wyoming County", "Schuyler County",
)
_STREETS = (
    "Orchard Hill", "Genesee", "Mill Pond", "Quarry", "Linden", "Academy", "Depot", "Ferry", "Beaver Dam",
    "Tanner", "Spruce Ridge", "Chestnut", "Mohawk", "Cider Mill", "Lakeview", "Fairground", "Covered Bridge",
    "Hemlock", "Stone Fence", "Prospect", "Canal", "Sawmill", "Willowbrook", "Kingsbury", "Ridgeline",
)
_SUFFIX = ("Rd", "Road", "St", "Street", "Ave", "Avenue", "Lane", "Ln", "Dr", "Drive", "Ct", "Way", "Pl", "Terrace")
_ORGS = {
    "hosp": (
        "St. Brendan Regional Medical Center", "Mercy Ridge Hospital", "Vale Memorial Hospital",
        "Northfield Community Hospital", "Lakeshore General Hospital", "Good Shepherd Medical Center",
        "Tamarack Valley Hospital", "Our Lady of the Hills Hospital", "Carver-Whitmore University Hospital",
        "Riverbend Community Medical Center", "Hollins Point Hospital", "Saint Agnes Mercy Hospital",
    ),
    "opo": (
        "Tri-River Donor Alliance", "Kestrel Valley Organ Recovery", "Northern Tier Donor Services",
        "Hudson-Mohawk Donor Network", "Great Lakes Bridge Donor Alliance", "Keystone Heartland Donor Network",
        "Lakeland Lifeshare Alliance",
    ),
    "eye": (
        "Lakeview Eye Bank", "Clearwater Sight Bank", "Bellhaven Eye Bank", "Northeast Cornea Partners",
        "Lumen Eye Bank of the Valley", "Meridian Sight Foundation",
    ),
    "tissue": (
        "Northgate Tissue Services", "Keel Tissue Recovery", "Cedar Arch Tissue Bank",
        "Allograft Partners of the North", "Bridgewell Tissue Bank",
    ),
    "fh": (
        "Kowalczyk & Sons Funeral Home", "Brightwater Funeral Chapel", "Ridgeway-Hale Memorial Home",
        "Delacroix Funeral Service", "Oakes-Pemberton Funeral Home", "Marchetti Family Funeral Home",
        "Greer & Whitlock Funeral Directors", "Baptiste Memorial Chapel", "Lindgren-Faust Funeral Home",
        "Heritage Oaks Funeral Home", "Sunnyside Cremation Services", "Evergreen Hill Crematory",
    ),
    "me": (
        "Seneca Valley Medical Examiner's Office", "Tri-County Coroner's Office", "Ostrander County Coroner",
        "Office of the Chief Medical Examiner of Tamsett County", "Mid-State Regional Forensic Center",
        "Unadilla Valley Coroner's Office",
    ),
    "other": (
        "Delmar Freight Lines", "Harrow Dairy Cooperative", "Brayton Police Department", "Fenwood Fire Department",
        "St. Casimir Parish", "Compass Hospice of the Valley", "Mount Zion AME Church", "Lisle Junction Central School",
        "Norwich Lumber & Supply", "Hornell Sheriff's Office", "Valley Shepherd Hospice",
        "Dunmore Flats Volunteer Ambulance",
    ),
}
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "verizon.net",
                  "tririverdonor.org", "kestrelvalley.org", "brightwaterchapel.com", "frontiernet.net")
_URL_SITES = ("www.brightwaterchapel.com/obituaries", "www.oakespemberton.com/tribute", "www.heritageoaksfh.com/obits",
              "www.legacywall-tributes.net/memorial", "gofundme.com/f", "www.caringbridge.org/visit",
              "portal.tririverdonor.org/family", "www.kowalczykfuneral.com/obituary")
_AREAS = ("315", "607", "518", "716", "585", "845", "914", "570", "802", "413", "347", "716", "929", "332")
_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCEFGHJKLPTUVWXYZ") for _ in range(n))


def _name(rng: random.Random, sub: str | None = None) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    k = rng.randrange(10)
    if sub == "full" or k < 4:
        return f"{first} {last}"
    if k < 6:
        return f"{first} {rng.choice(_MIDDLE)}. {last}"
    if k == 6:
        return f"{last.upper()}, {first.upper()}"
    if k == 7:
        return f"{last}, {first}"
    if k == 8:
        return f"{first[0]}. {last}"
    return f"{first} {last}-{rng.choice(_LAST).split('-')[0]}"


def _phone(rng: random.Random, area: str | None = None) -> str:
    a = area or rng.choice(_AREAS)
    ex = rng.randint(201, 989)
    if ex % 100 == 11:
        ex += 1
    ln = _d(rng, 4)
    k = rng.randrange(9)
    return (f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a} {ex} {ln}", f"+1 {a} {ex} {ln}",
            f"1-{a}-{ex}-{ln}", f"{a}{ex}{ln}", f"({a}){ex}-{ln}", f"{a}-{ex}-{ln}")[k]


def _npi(rng: random.Random) -> str:
    base = "1" + _d(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for idx, dg in enumerate(reversed(digits)):
        if idx % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        total += dg
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random) -> str:
    ds = [int(c) for c in _d(rng, 6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return rng.choice("ABFM") + rng.choice("BCDGHKLMPSTW") + "".join(map(str, ds)) + str(chk)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _real_date(rng: random.Random, lo: int, hi: int) -> str:
    y, m, dd = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    k = rng.randrange(10)
    return (f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
            f"{mon[:3]} {dd} {y}", f"{dd:02d}-{mon[:3]}-{y}", f"{dd} {mon} {y}", f"{m:02d}-{dd:02d}-{y}",
            f"{mon[:3].upper()} {dd:02d}, {y}", f"{m}.{dd}.{y}")[k]


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice("12345") + rng.choice("FGHTCN") + "".join(rng.choice(chars) for _ in range(6)) + \
        rng.choice("0123456789X") + rng.choice("KLMNPR") + "".join(rng.choice(chars) for _ in range(1)) + _d(rng, 6)


def _val(rng: random.Random, cat: str, sub: str | None = None) -> str:
    if cat == "PERSON":
        return _name(rng, sub)
    if cat in ("PHONE", "FAX"):
        return _phone(rng)
    if cat == "PAGER":
        k = rng.randrange(6)
        return (_d(rng, 5), f"{rng.randint(2, 8)}-{_d(rng, 4)}", _d(rng, 4), f"{rng.randint(201, 989)}-{_d(rng, 4)}",
                _phone(rng), f"{rng.randint(2, 8)}{_d(rng, 4)}")[k]
    if cat == "EMAIL":
        f, la = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
        loc = (f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(2, 99)}", f"{f}_{la}", f"{la}.{f[0]}",
               f"{la}family{rng.randint(1, 9)}")[rng.randrange(6)]
        return f"{loc}@{rng.choice(_EMAIL_DOMAINS)}"
    if cat == "URL":
        f, la = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("'", "")
        site = rng.choice(_URL_SITES)
        slug = (f"{f}-{la}", f"{la}-family-memorial", f"{f}{la}", f"{f}-{la}-{_d(rng, 4)}")[rng.randrange(4)]
        pre = ("", "https://", "http://", "https://")[rng.randrange(4)]
        if site.startswith("www.") and pre == "" and rng.random() < 0.3:
            site = site[4:]
        return f"{pre}{site}/{slug}"
    if cat == "IP_ADDRESS":
        k = rng.randrange(4)
        if k == 0:
            return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if k == 1:
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if k == 2:
            return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        return f"{rng.randint(64, 208)}.{rng.randint(10, 250)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if cat == "SSN":
        a = rng.randint(1, 899)
        a = 667 if a == 666 else a
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        return (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}")[rng.randrange(3)]
    if cat == "MRN":
        k = rng.randrange(6)
        return (_d(rng, 7), "00" + _d(rng, 6), f"MR{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}",
                f"E{_d(rng, 8)}", _d(rng, 9))[k]
    if cat == "ACCOUNT":
        return _account(rng, sub)
    if cat == "HEALTH_PLAN":
        k = rng.randrange(6)
        if k == 0:
            return f"{_letters(rng, 2)}{_d(rng, 5)}{_letters(rng, 1)}"
        if k == 1:
            c = "ACDEFGHJKMNPQRTUVWXY"
            return (f"{rng.randint(1, 9)}{rng.choice(c)}{rng.choice(c)}{rng.randint(0, 9)}-{rng.choice(c)}"
                    f"{rng.choice(c)}{rng.randint(0, 9)}-{rng.choice(c)}{rng.choice(c)}{_d(rng, 2)}")
        if k == 2:
            return f"{_letters(rng, 3)}{_d(rng, 9)}"
        if k == 3:
            return f"W{_d(rng, 9)}"
        if k == 4:
            return f"{_d(rng, 9)}-0{rng.randint(1, 4)}"
        return f"{_letters(rng, 1)}{_d(rng, 2)}{_letters(rng, 1)}{_d(rng, 6)}"
    if cat == "LICENSE":
        k = rng.randrange(7) if sub is None else {"md": 0, "npi": 1, "dea": 2, "dl": 3, "rn": 4}[sub]
        if k == 0:
            return (_d(rng, 6), f"0{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 3)}")[rng.randrange(3)] if sub is None \
                else _d(rng, 6)
        if k in (1, 5):
            return _npi(rng)
        if k == 2:
            return _dea(rng)
        if k == 3:
            return (f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", _d(rng, 9),
                    f"{_letters(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}")[rng.randrange(3)]
        if k == 4:
            return (_d(rng, 6), f"RN{_d(rng, 6)}")[rng.randrange(2)]
        return f"EMT-{_d(rng, 6)}"
    if cat == "ZIP":
        z = f"{rng.choice(('13', '14', '12', '10', '11', '15', '18', '05'))}{_d(rng, 3)}"
        return z if rng.random() < 0.75 else f"{z}-{_d(rng, 4)}"
    if cat == "STREET_ADDRESS":
        num = rng.randint(2, 9899)
        k = rng.randrange(8)
        st = f"{rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
        if k == 0:
            return f"{num} {rng.choice(('N.', 'S.', 'E.', 'W.', 'North', 'West'))} {st}"
        if k == 1:
            return f"{num} {st}, Apt {rng.randint(1, 24)}{rng.choice('ABCD')}"
        if k == 2:
            return f"{num} County Route {rng.randint(2, 60)}"
        if k == 3:
            return f"{num} State Route {rng.randint(5, 350)}"
        if k == 4:
            return f"{num} {st} Unit {rng.randint(1, 9)}"
        return f"{num} {st}"
    if cat == "DATE_REAL_YEAR":
        lo, hi = {"dob": (1921, 1992), "death": (2008, 2024)}.get(sub or "", (1990, 2024))
        return _real_date(rng, lo, hi)
    if cat == "AGE_OVER_89":
        return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 103)))
    if cat == "DEVICE_ID":
        k = rng.randrange(7) if sub is None else {"pm": 0, "tag": 1}[sub]
        if k == 0:
            return f"{rng.choice(('RNB', 'PJN', 'BLU', 'CWH', 'NWR'))}{_d(rng, 6)}{rng.choice('HGSV')}"
        if k == 1:
            return f"{rng.choice(('BME', 'CE', 'BIOMED', 'AT'))}-{_d(rng, 6)}"
        if k == 2:
            return f"{_letters(rng, 2)}{_d(rng, 7)}"
        if k == 3:
            return f"{_d(rng, 4)}-{_d(rng, 5)}"
        if k == 4:
            return f"{_d(rng, 2)}{_letters(rng, 1)}{_d(rng, 7)}"
        if k == 5:
            return _d(rng, 10)
        return f"{_letters(rng, 3)}{_d(rng, 5)}{_letters(rng, 2)}"
    if cat == "VEHICLE_ID":
        k = rng.randrange(6) if sub is None else {"tail": 4}.get(sub, 0)
        if k == 0:
            return f"{_letters(rng, 3)}-{_d(rng, 4)}"
        if k == 1:
            return f"{_letters(rng, 3)} {_d(rng, 4)}"
        if k == 2:
            return f"{_d(rng, 2)}{_letters(rng, 3)}{_d(rng, 2)}"
        if k == 3:
            return _vin(rng)
        if k == 4:
            return f"N{rng.randint(1, 9)}{_d(rng, 2)}{_letters(rng, 2)}"
        return f"{_letters(rng, 2)}{_d(rng, 5)}"
    if cat == "LOCATION":
        if sub == "county" or (sub is None and rng.random() < 0.25):
            return rng.choice(_COUNTIES)
        return rng.choice(_TOWNS)
    if cat == "ORGANIZATION":
        return rng.choice(_ORGS[sub or rng.choice(tuple(_ORGS))])
    raise ValueError(cat)


def _account(rng: random.Random, sub: str | None) -> str:
    sub = sub or rng.choice(("opo", "me", "acc", "csn", "eye", "da", "unos", "claim", "spec"))
    if sub == "opo":
        return (f"{_letters(rng, 3)}-{_d(rng, 2)}-{_d(rng, 5)}", f"R{_d(rng, 7)}", f"{_d(rng, 4)}-{_d(rng, 4)}",
                f"OPO{_d(rng, 6)}")[rng.randrange(4)]
    if sub == "me":
        return (f"ME{_d(rng, 2)}-{_d(rng, 4)}", f"{_d(rng, 2)}-{_d(rng, 5)}", f"C-{_d(rng, 4)}-{_d(rng, 3)}",
                f"{_letters(rng, 2)}{_d(rng, 6)}")[rng.randrange(4)]
    if sub == "acc":
        return (_d(rng, 8), f"RAD{_d(rng, 7)}", f"A{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}")[rng.randrange(4)]
    if sub == "csn":
        return _d(rng, 10)
    if sub == "eye":
        return (f"EB{_d(rng, 5)}", f"T{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}", f"{_letters(rng, 2)}-{_d(rng, 6)}")[
            rng.randrange(3)]
    if sub == "da":
        return (f"DA-{_d(rng, 5)}", f"M{_d(rng, 6)}", f"{_d(rng, 6)}")[rng.randrange(3)]
    if sub == "unos":
        return f"{_letters(rng, 4)}{_d(rng, 3)}"
    if sub == "claim":
        return (f"CLM{_d(rng, 9)}", f"{_d(rng, 3)}-{_d(rng, 7)}")[rng.randrange(2)]
    return (f"S{_d(rng, 2)}-{_d(rng, 5)}", f"TOX-{_d(rng, 6)}", f"{_d(rng, 2)}T{_d(rng, 5)}")[rng.randrange(3)]


# --------------------------------------------------------------------------------------------------
# Look-alikes
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Glasgow Coma Scale", "Cushing's triad", "Doppler", "Swan-Ganz", "Foley", "Babinski", "Lazarus sign",
    "Trendelenburg", "Frank-Starling", "Monro-Kellie", "Duret hemorrhage", "circle of Willis", "Cheyne-Stokes",
    "Kussmaul", "Horner", "Battle sign", "Kernohan notch", "Levophed", "Vasostrict", "Synthroid", "Solu-Medrol",
    "DDAVP", "Belzer UW", "Custodiol HTK", "LifePort Kidney Transporter", "TransMedics OCS", "XVIVO", "Optisol-GS",
    "Ceretec", "Neurolite", "Omnipaque 350", "Isovue-370", "Definity", "Lumason", "Philips EPIQ", "SOMATOM Force",
    "Revolution CT", "Puritan Bennett 980", "Hamilton C6", "Bair Hugger", "Arctic Sun", "Plasma-Lyte",
    "Lactated Ringer's", "Diprivan", "Precedex", "Cordis", "DonorNet", "PowerScribe 360", "Pyxis", "Medtronic Azure",
    "Boston Scientific Accolade", "Abbott Assurity", "Zio patch", "Bovie", "Mepilex", "Kerlix", "Ambu bag",
    "Nimbex", "Sectra PACS", "Hunt and Hess", "Fisher grade", "Schwartz rounds", "Kubler-Ross",
    "Virchow triad", "UNOS", "OPTN", "Tylenol", "Heparin Lock Flush",
)

_RAD_FILL = (
    "Dose report and protocol details are archived to PACS. Images reviewed on a [[Sectra PACS]] workstation "
    "running version {VER}.\n",
    "The study was reviewed together with the prior examination from {D}. Motion artifact is minimal. "
    "Report generated with [[PowerScribe 360]].\n",
    "Note: the transplant team requested that measurements be reported in centimeters for organ sizing. "
    "Donor height ___ cm, weight ___ kg (ideal body weight used for ventilator settings).\n",
)
_CONTRAST = ("Contrast: {N:60-100} mL [[Omnipaque 350]] ({LOT}, {EXP}) injected through an antecubital 18 gauge "
             "catheter without extravasation.\n")
_DC_FILL = (
    "Hemodynamics: norepinephrine ([[Levophed]]) {N:2-18} mcg/min, vasopressin ([[Vasostrict]]) 0.04 units/min. "
    "MAP goal 65 or higher, urine output goal 1-3 mL/kg/h via [[Foley]]. Temperature maintained 36-37.5 C with "
    "[[Bair Hugger]].\n",
    "Lines: right radial arterial line, left subclavian central line ({D}), [[Swan-Ganz]] not placed. "
    "Heparin-free flushes per OPO request ([[Heparin Lock Flush]] held).\n",
    "Family support: social work and [[Pastoral Care]] involved; a [[Schwartz rounds]] debrief was offered to the "
    "bedside staff.\n",
    "Medications at time of death: [[Diprivan]] off since {D} {T}; [[Precedex]] off; [[Tylenol]] 650 mg q6h PRN "
    "fever; pantoprazole 40 mg IV daily.\n",
    "Labs (last set, {D}): Na {N:138-162}, K 3.{N:2-9}, Cr 1.{N:0-9}, lactate {N:1-6}.{N:0-9}, INR 1.{N:1-8}, "
    "Hgb {N:7-13}.{N:0-9}; admission acidosis with [[Kussmaul]] breathing had resolved. "
    "ABO typing sent twice per [[OPTN]] policy.\n",
)
_ICU_KINDS = ("opo_referral", "donor_management", "brain_death", "death_summary", "family_authorization")
_EXTRA: dict[str, tuple[str, ...]] = {
    "opo_referral": (
        "Prior referrals from this unit this month: ___. Timeliness met (referral within 60 minutes of the "
        "trigger). The hospital development liaison will review the case at the next donation council.\n",
        "Snapshot at time of call: HR {N:60-130}, BP {N:80-150}/{N:40-90}, on [[Levophed]] {N:2-20} mcg/min; UOP "
        "{N:40-600} mL/h; temperature 3{N:5-7}.{N:0-9} C, [[Arctic Sun]] targeted temperature management stopped.\n",
        "Caller advised: no [[Nimbex]] or other paralytics before the brain-death exam; keep HOB 30 degrees; "
        "continue [[Plasma-Lyte]] at {N:75-150} mL/h and avoid hypotonic fluids.\n",
    ),
    "donor_management": (
        "Lungs: bronchoscopy showed {X:scant clear secretions|thick purulent secretions RLL|mild erythema}; BAL "
        "gram stain pending. Candidate for ex vivo lung perfusion ([[XVIVO]]) if P/F stays below 300. Manual "
        "bagging with an [[Ambu bag]] avoided (closed circuit kept).\n",
        "Heart: coronary angiography {X:not needed|scheduled|showed no significant disease}; if accepted the "
        "heart team may transport on the [[TransMedics OCS]].\n",
        "Fluids: [[Lactated Ringer's]] boluses x{N:1-4}, albumin 5% 500 mL. Hgb goal above 7, platelets above "
        "50. Type and cross 4 units PRBC.\n",
        "Skin: sacral [[Mepilex]] dressing intact; left forearm abrasions dressed with [[Kerlix]].\n",
    ),
    "brain_death": (
        "Confounders reviewed: no [[Horner]] pattern or focal brainstem lesion limiting interpretation; no "
        "hypothermia; drug screen negative; last fentanyl {N:30-60} hours ago. [[Glasgow Coma Scale]] 3T off "
        "sedation. No spontaneous breaths ([[Cheyne-Stokes]] pattern seen on day 1 has ceased).\n",
        "Second examination by a separate physician {X:not required by hospital policy|completed at ___ by ___, "
        "concordant}. Observation interval {N:6-24} hours.\n",
        "Family was offered to be present for the apnea test and {X:declined|attended with the chaplain}. "
        "Support from [[Pastoral Care]].\n",
    ),
    "family_authorization": (
        "Questions from the family: whether the patient would feel pain (no), whether the body would be treated "
        "with respect (yes), whether recipients' names would be shared (no; anonymous letters only through the "
        "OPO). Faith: {X:Catholic|Muslim|Baptist|Jewish|not religious}; faith leader supports donation.\n",
        "Timeline given: allocation 12-24 h, OR around {T}, body to the funeral home after recovery. An honor walk "
        "is planned; staff will line the hallway.\n",
        "Concerns explored: {X:none|delays to the funeral|the patient's wishes unknown}. Documentation completed "
        "in the OPO system ([[DonorNet]] reference not shared with the family).\n",
    ),
    "tissue_eye_referral": (
        "Serology screening: HIV, HBV, HCV, syphilis, HTLV per eye bank standards; plasma dilution calculation "
        "completed ({N:10-45}% dilution).\n",
        "Physical assessment: no tattoos in the last 12 months, {X:old healed sternotomy|no scars|a [[Zio patch]] "
        "removed from the left chest}, no signs of IV drug use. Eyes: {X:clear corneas|arcus senilis|mild exposure "
        "keratopathy}.\n",
        "Time windows: corneas within 12 h if the body is refrigerated; skin and bone within 24 h of cardiac death. "
        "Morgue temperature {N:2-6} C.\n",
    ),
    "me_referral": (
        "Hospital course for the ME: arrived by ambulance at ___, CT showed ___, operative "
        "{X:craniotomy|laparotomy|none}; bleeding controlled with the [[Bovie]]. Death pronounced at {T}.\n",
        "Evidence handling: clothing in paper bags, hands bagged, dressings left in place. Chain-of-custody "
        "form signed by ___ and the investigator.\n",
        "Family told of ME involvement by ___; the ME will contact them about viewing and release. Public ME "
        "information line {TF}.\n",
    ),
    "decedent_affairs": (
        "Personal effects: {X:clothing bag, cell phone, wallet|dentures and hearing aids|no belongings}; released "
        "to ___ (spouse) with signature. Pharmacy reconciled the [[Pyxis]] returns for the decedent.\n",
        "Implanted devices: {X:pacemaker must be removed by the funeral home before cremation|no implanted "
        "electronic devices|insulin pump removed and returned to the family}.\n",
        "Morgue log: in at {T}, out at {T}; cooler {N:2-5} C; tag and wristband matched by ___ and ___.\n",
    ),
    "death_certificate": (
        "Certifier attestation: to the best of my knowledge death occurred at the time, date and place and due to "
        "the causes stated. Amendment procedure explained in case autopsy findings change the cause.\n",
        "Worksheet notes: avoid mechanisms alone ('cardiac arrest', 'respiratory arrest') as the underlying cause; "
        "list the disease or injury that began the sequence. [[Virchow triad]] considered for PE in Part II.\n",
        "Education: {X:some college|high school graduate|bachelor's degree|8th grade or less}. Occupation: ___. "
        "Industry: ___. Armed forces: {X:no|yes}.\n",
    ),
    "bereavement": (
        "Family asked about the recipients; general information shared per policy (for example, a kidney recipient "
        "who had been on dialysis for several years). No names or places given.\n",
        "Family member mentioned anger about the ED wait and the [[Kubler-Ross]] handout from the chaplain. "
        "Feelings validated; a call from the medical director offered.\n",
        "Complicated grief risk: {X:low|moderate|elevated} (sudden death). Referral to a local grief group "
        "offered; {X:accepted|declined|will think about it}.\n",
    ),
    "death_summary": (
        "Pertinent Results:\n___ 05:12AM BLOOD WBC-{N:8-24}.{N:0-9} Hgb-{N:8-14}.{N:0-9} Plt-{N:90-350}\n"
        "___ 05:12AM BLOOD Glucose-{N:100-260} UreaN-{N:8-40} Creat-{N:0-3}.{N:0-9} Na-{N:140-165} K-{N:3-5}.{N:0-9}\n",
        "Medications on Admission:\n1. apixaban 5 mg BID\n2. atorvastatin 40 mg daily\n3. lisinopril 10 mg daily\n",
        "Procedures: EVD placement, arterial line, central venous catheter (placed in [[Trendelenburg]] position), "
        "bronchoscopy, organ recovery.\n",
    ),
    "apnea_cxr": (
        "Compared with the pre-apnea film there is no change in the position of the endotracheal tube. No new "
        "pneumomediastinum.\n",
        "Positioning limited; patient supine on a [[Bair Hugger]] blanket.\n",
        "Findings relevant to lung suitability were communicated to the OPO coordinator via the ICU team.\n",
    ),
    "cta_brain_death": (
        "Neck: common and external carotid arteries patent. Vertebral arteries patent in the neck.\n",
        "Four-point score 4/4 (absent opacification of bilateral MCA cortical branches and internal cerebral "
        "veins).\n",
        _CONTRAST,
    ),
    "donor_echo": (
        "Wall motion score index {N:1-2}.{N:0-9}. Agitated saline study {X:not performed|negative for shunt}.\n",
        "Hemodynamics during the study: [[Levophed]] {N:2-15} mcg/min and vasopressin; [[Synthroid]] infusion "
        "running.\n",
        "Recommendation: repeat TTE in {N:4-12} hours after optimization if EF below 40%. Consider [[Lumason]] if "
        "windows remain poor.\n",
    ),
    "donor_ct": (
        "Lung volumes for sizing: right {N:1800-3200} mL, left {N:1500-2900} mL.\n",
        _CONTRAST,
        "Incidental: {X:calcified granuloma RUL|small hiatal hernia|sigmoid diverticulosis|none}.\n",
    ),
    "perfusion_scan": (
        "Quality control: dose calibrator check; injection site imaged without infiltration; dual-head camera.\n",
        "Technologist: ___. Nuclear medicine physician notified ___ at {T}.\n",
    ),
    "postmortem_ct": (
        "Body received in the CT suite at {T}; bag seal ___ intact. Scan performed after hours with the ME "
        "investigator present.\n",
        "Tubes and lines left in situ per ME request: ETT, [[Cordis]] introducer, IO needle in the right tibia.\n",
        "Dental: multiple restorations; images saved for identification if needed.\n",
    ),
}
_HEAVY_LINES = (
    "___ {T}: called ___ (___) at ___ re: ___; left message with ___.\n",
    "| ___ | ___ | ___ | ___ |\n",
    "Notified: ___ (___), ___ on ___ at ___ by ___.\n",
    "Contact: ___ ___, ___ -- phone ___, alt ___.\n",
    "Addendum ___: ___ confirmed with ___ of ___; case ___.\n",
)
_HEAVY_RAD = (
    "Findings communicated to ___ by ___ at ___ on ___.\n",
    "Prior: ___ (___), ___ (___), ___ (___)\n",
    "Tech: ___   Reader: ___   Ref: ___   Loc: ___\n",
    "Outside study ___ from ___ received ___; reviewed by ___.\n",
)


# --------------------------------------------------------------------------------------------------
# A small document builder: text pieces, value spans, look-alikes and plant slots
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\[\[(.+?)\]\]|\{(f|S|D|DT|T|AY|AG|N|LOT|NDC|EXP|VER|REF|TF|v)(?::([^{}]*))?\}")
_CHOICE = re.compile(r"\{X:([^{}]*)\}")


class _Doc:
    def __init__(self, rng: random.Random, plan: list[str], radiology: bool) -> None:
        self.rng = rng
        self.plan = list(plan)
        self.radiology = radiology
        self.pieces: list[object] = []

    # text with the mini-language: [[look-alike]], {f:CAT:sub} field, {S} slot, {D} shifted date, ...
    def w(self, template: str, value: tuple[str, str] | None = None) -> None:
        rng = self.rng
        while True:
            m = _CHOICE.search(template)
            if not m:
                break
            template = template[:m.start()] + rng.choice(m.group(1).split("|")) + template[m.end():]
        pos = 0
        for m in _TOKEN.finditer(template):
            if m.start() > pos:
                self.pieces.append(template[pos:m.start()])
            pos = m.end()
            if m.group(1) is not None:
                self.pieces.append(("L", m.group(1)))
                continue
            tok, arg = m.group(2), m.group(3)
            if tok == "f":
                cat, _, sub = arg.partition(":")
                self.field(cat, sub or None)
            elif tok == "S":
                self.pieces.append(("S",))
            elif tok == "v":
                assert value is not None
                self.pieces.append(("V", value[0], value[1]))
            elif tok == "D":
                self.pieces.append(("L", _shifted(rng)))
            elif tok == "DT":
                self.pieces.append(("L", f"{_shifted(rng)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"))
            elif tok == "T":
                h, mi = rng.randint(0, 23), rng.randint(0, 59)
                self.pieces.append((f"{h:02d}{mi:02d}", f"{h:02d}:{mi:02d}", f"{h:02d}{mi:02d}h")[rng.randrange(3)])
            elif tok == "AY":
                a = rng.randint(19, 86)
                self.pieces.append(("L", (f"{a}-year-old", f"{a} year old", f"{a} yo")[rng.randrange(3)]))
            elif tok == "AG":
                a = rng.randint(19, 86)
                self.pieces.append(("L", (f"age {a}", f"Age: {a}", f"aged {a}")[rng.randrange(3)]))
            elif tok == "N":
                lo, hi = (int(x) for x in arg.split("-"))
                self.pieces.append(str(rng.randint(lo, hi)))
            elif tok == "LOT":
                lot = f"{_d(rng, 2)}{_letters(rng, 1)}{_d(rng, 3)}"
                self.pieces.append(("L", f"{rng.choice(('Lot', 'LOT', 'lot #'))} {lot}"))
            elif tok == "NDC":
                self.pieces.append(("L", f"NDC {_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}"))
            elif tok == "EXP":
                y, mo, dd = rng.randint(2025, 2029), rng.randint(1, 12), rng.randint(1, 28)
                self.pieces.append(("L", (f"Exp {y}-{mo:02d}-{dd:02d}", f"EXP {mo:02d}/{dd:02d}/{y}",
                                          f"expires {mo}/{dd}/{y}")[rng.randrange(3)]))
            elif tok == "VER":
                self.pieces.append(("L", f"v{rng.randint(2, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"))
            elif tok == "REF":
                self.pieces.append(("L", f"REF {_letters(rng, 2)}{_d(rng, 4)}-{_d(rng, 2)}"))
            elif tok == "TF":
                self.pieces.append(("L", f"1-{rng.choice(_TOLL_FREE)}-{rng.randint(201, 989)}-{_d(rng, 4)}"))
        if pos < len(template):
            self.pieces.append(template[pos:])

    def field(self, cat: str, sub: str | None = None, p: float = 0.7) -> None:
        if cat in self.plan and self.rng.random() < p:
            self.plan.remove(cat)
            self.pieces.append(("V", _val(self.rng, cat, sub), cat))
        else:
            self.pieces.append("___")


def _shifted(rng: random.Random) -> str:
    y, m, dd = rng.randint(2105, 2195), rng.randint(1, 12), rng.randint(1, 28)
    return (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}")[rng.randrange(3)]


# --------------------------------------------------------------------------------------------------
# Plant snippets: one escaped identifier in a line of its own, many shapes per category.
# Each entry is (where, sub, template): where "d" discharge-type, "r" radiology, "a" either.
# --------------------------------------------------------------------------------------------------

_SNIPPETS: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "PERSON": (
        ("d", None, "Spoke by phone with the patient's {X:daughter|son|wife|husband|sister|brother|niece|partner}, "
                    "{v}, who is the legal next of kin and agrees to come in tonight.\n"),
        ("d", None, "NOK: {v} ({X:daughter|son|spouse|sibling|grandson}) -- aware of the referral.\n"),
        ("a", None, "Electronically signed by {v}, {X:MD|DO|NP|PA-C} on {D} at {T}\n"),
        ("d", None, "Designated requester: {v}, {X:RN|CPTC|RN, CPTC} ({X:Family Services|OPO liaison})\n"),
        ("d", None, "| Family present | {v} | {X:daughter|son|spouse|cousin|friend} |\n"),
        ("d", None, "Chaplain {v} at the bedside with the family from {T}.\n"),
        ("r", None, "Findings discussed with Dr. {v} by telephone at {T} on {D}.\n"),
        ("r", None, "Attending radiologist:   {v}\n"),
        ("d", None, "Body released to {v} (funeral director) at {T}; valuables envelope ___ sent with decedent.\n"),
        ("d", None, "ME investigator {v} took the report by phone and released the case.\n"),
        ("a", None, "cc: {v}\n"),
        ("d", None, "Family asked that the bereavement letter be addressed to\n{v} at the home address on file.\n"),
        ("d", None, "Pronounced by: {v}    Time: {T}\n"),
        ("r", None, "Preliminary read by {v} (resident); agree with final.\n"),
        ("d", None, "Coordinator on call: {v}, {X:RN|CPTC|RN BSN}\n"),
        ("a", None, "-- {v}\n"),
    ),
    "ORGANIZATION": (
        ("d", "fh", "Funeral home of record: {v}\n"),
        ("d", "fh", "Family has chosen {v} for arrangements; they will call [[Decedent Affairs]] in the morning.\n"),
        ("d", "fh", "| Funeral home | {v} | notified {T} |\n"),
        ("d", "opo", "{v} notified per [[CMS]] Conditions of Participation (within one hour of the trigger).\n"),
        ("d", "eye", "Corneas: referred to {v}; {X:suitable|ruled out|pending serologies}. "
                     "Stored in [[Optisol-GS]].\n"),
        ("d", "tissue", "Tissue referral to {v} -- {X:declined|accepted for skin and bone|on hold}.\n"),
        ("a", "hosp", "Transferred from {v} after outside CT showed {X:diffuse edema|a large hematoma|SAH}.\n"),
        ("r", "hosp", "Outside images from {v} were loaded to PACS and reviewed.\n"),
        ("r", "hosp", "COMPARISON:  CT head performed at {v}, {D}.\n"),
        ("d", "me", "Case reported to the {v} (reportable: {X:fall|motor vehicle crash|suspected overdose|hanging|"
                    "found down|workplace injury}).\n"),
        ("d", "other", "Per family, patient worked for {v} until the injury.\n"),
        ("d", "other", "Support from {v} arranged for the family.\n"),
        ("d", "fh", "Cremation will be handled by {v}; implanted device must be removed first.\n"),
        ("a", "hosp", "{v}\n"),
        ("r", "opo", "Images shared with {v} through [[DonorNet]] at their request.\n"),
        ("d", "opo", "Referral line: {v} (24 h) -- spoke with the triage coordinator.\n"),
    ),
    "LOCATION": (
        ("d", None, "Found unresponsive at home in {v} by {X:family|a neighbor|a coworker}; EMS called.\n"),
        ("d", None, "Place of injury: {X:residence|roadway|farm|workplace}, {v}\n"),
        ("d", None, "Lives in {v} with ___.\n"),
        ("d", "county", "County of death: {v}\n"),
        ("d", None, "Burial to follow in {v}, [[Pennsylvania]].\n"),
        ("r", None, "History per outside report: transferred from {v} by helicopter.\n"),
        ("d", None, "City/Town: {v}   State: NY\n"),
        ("a", None, "Originally from {v}; family traveling from the [[Dominican Republic]].\n"),
        ("d", "county", "Coroner for {v} accepted jurisdiction.\n"),
        ("d", None, "Residence: town of {v}\n"),
        ("a", None, "Motor vehicle crash on Route ___ near {v}.\n"),
    ),
    "STREET_ADDRESS": (
        ("d", None, "Residence address: {v}, ___, NY ___\n"),
        ("d", None, "Scene: {v} (single-family home); decedent found in the kitchen.\n"),
        ("d", None, "Mail sympathy card to {v}\n"),
        ("d", None, "| Address | {v} |\n"),
        ("d", None, "Pickup: {v}, rear loading dock entrance.\n"),
        ("a", None, "Home: {v}\n"),
        ("d", None, "Funeral home address: ___, {v}\n"),
        ("d", None, "Last known address\n    {v}\n"),
    ),
    "ZIP": (
        ("d", None, "___, NY {v}\n"),
        ("d", None, "ZIP: {v}\n"),
        ("d", None, "Residence ZIP code {v} (needed for the death certificate).\n"),
        ("d", None, "| ZIP | {v} |\n"),
        ("a", None, "Zip {v}\n"),
        ("d", None, "Mailing: ___, ___ {v}\n"),
    ),
    "PHONE": (
        ("d", None, "Family contact ({X:daughter|son|wife|husband}) reached at {v}; agreeable to a call back.\n"),
        ("d", None, "| Next of kin phone | {v} |\n"),
        ("d", None, "cell {v} ({X:mother|father|sister|son})\n"),
        ("d", None, "OPO coordinator call-back: {v}\n"),
        ("d", None, "Funeral home line  {v}\n"),
        ("a", None, "Tel.: {v}\n"),
        ("d", None, "Please call\n{v} after 1700 with the autopsy decision.\n"),
        ("r", None, "Critical result called to the ICU at {v} and read back.\n"),
        ("d", None, "Ph {v} x{N:100-899}\n"),
        ("d", None, "Bereavement line for family: {v}. Public donor info line {TF} also given.\n"),
    ),
    "FAX": (
        ("d", None, "Fax: {v}\n"),
        ("d", None, "Please fax the signed authorization to {v} (OPO office).\n"),
        ("d", None, "fax# {v}\n"),
        ("d", None, "| Fax | {v} |\n"),
        ("d", None, "Face sheet faxed to the ME office at {v} at {T}.\n"),
        ("a", None, "FAX  {v}   (confidential)\n"),
        ("r", None, "Report faxed to referring office {v}.\n"),
    ),
    "PAGER": (
        ("a", None, "Page {v} with questions.\n"),
        ("d", None, "pgr {v}\n"),
        ("a", None, "Pager: {v}\n"),
        ("d", None, "Neuro ICU fellow (pager {v}) aware.\n"),
        ("r", None, "Critical result called to pager {v} at {T}.\n"),
        ("d", None, "beeper {v}\n"),
        ("d", None, "OPO on-call coordinator paged to {v} at {T}.\n"),
    ),
    "EMAIL": (
        ("d", None, "Family prefers email: {v}\n"),
        ("d", None, "E-mail: {v}\n"),
        ("d", None, "Donor family letter to be sent to <{v}>.\n"),
        ("a", None, "email {v}\n"),
        ("d", None, "Coordinator contact {v} (secure mail only).\n"),
        ("r", None, "Images request from {v} routed to film library.\n"),
    ),
    "URL": (
        ("d", None, "Obituary posted at {v}\n"),
        ("d", None, "Family shared a memorial page: {v}\n"),
        ("d", None, "Fundraiser link given by the family: {v} (not endorsed).\n"),
        ("a", None, "Link: {v}\n"),
        ("d", None, "Service details: see {v} -- public info at [[www.organdonor.gov]].\n"),
    ),
    "IP_ADDRESS": (
        ("r", None, "Images pushed from modality at {v} to PACS.\n"),
        ("d", None, "DonorNet upload from workstation {v} at {T}.\n"),
        ("d", None, "Remote EEG reviewed from {v} (VPN).\n"),
        ("a", None, "Last login IP: {v}\n"),
        ("r", None, "DICOM node {v} port 104 (AE title ___).\n"),
        ("d", None, "Telemetry gateway {v} lost signal at {T}.\n"),
    ),
    "SSN": (
        ("d", None, "SSN: {v}\n"),
        ("d", None, "Social Security #: {v}\n"),
        ("d", None, "SS no. {v}\n"),
        ("d", None, "| SSN | {v} |\n"),
        ("d", None, "Decedent's social security number {v} confirmed with the informant.\n"),
        ("a", None, "ss# {v}\n"),
    ),
    "MRN": (
        ("a", None, "MRN: {v}\n"),
        ("d", None, "Med Rec #{v}\n"),
        ("a", None, "Unit No:   {v}\n"),
        ("d", None, "Donor hospital number {v}\n"),
        ("r", None, "Patient ID {v} verified with two identifiers.\n"),
        ("a", None, "(MRN {v})\n"),
        ("d", None, "MR# {v}\n"),
    ),
    "ACCOUNT": (
        ("d", "opo", "OPO referral #: {v}\n"),
        ("d", "opo", "Referral number {v} given by the OPO triage line.\n"),
        ("d", "me", "ME case no. {v}\n"),
        ("d", "me", "Coroner case {v} -- released, no autopsy.\n"),
        ("r", "acc", "Accession: {v}\n"),
        ("r", "acc", "ACC# {v}\n"),
        ("a", "csn", "Encounter (CSN): {v}\n"),
        ("d", "eye", "Eye bank referral ID {v}\n"),
        ("d", "da", "Morgue release no. {v}\n"),
        ("d", "unos", "DonorNet donor ID: {v}\n"),
        ("d", "claim", "Claim # {v} (final inpatient bill)\n"),
        ("d", "spec", "Toxicology specimen {v} retained for the ME.\n"),
        ("r", "acc", "Order {v}   Status: final\n"),
        ("a", None, "Acct {v}\n"),
    ),
    "HEALTH_PLAN": (
        ("d", None, "Medicaid CIN {v}\n"),
        ("d", None, "Medicare MBI: {v}\n"),
        ("d", None, "Member ID {v} (group {X:GRP-|#}{N:10000-99999} - employer group, not member)\n"),
        ("a", None, "Subscriber ID: {v}\n"),
        ("d", None, "Policy # {v} -- burial benefit claim to be filed by the family.\n"),
        ("d", None, "| Insurance ID | {v} |\n"),
    ),
    "LICENSE": (
        ("d", "md", "NY Lic. {v}\n"),
        ("a", "npi", "NPI: {v}\n"),
        ("d", "dea", "DEA {v}\n"),
        ("d", "dl", "Funeral director showed driver's license {v} at release.\n"),
        ("d", "rn", "RN license {v}\n"),
        ("d", "md", "Certifier license no. {v}\n"),
        ("r", "npi", "Ordering provider NPI {v}\n"),
        ("d", None, "Lic # {v}\n"),
    ),
    "DATE_REAL_YEAR": (
        ("d", "death", "Date of death: {v}\n"),
        ("d", "dob", "DOB {v}\n"),
        ("d", "death", "Pronounced {v} at {T}.\n"),
        ("d", "death", "Brain death declared {v}, time {T}.\n"),
        ("a", None, "Date of injury: {v}\n"),
        ("r", None, "COMPARISON:  CT head {v}.\n"),
        ("d", "dob", "| DOB | {v} |\n"),
        ("a", None, "Dictated {v}\n"),
        ("d", "death", "Died on {v}; family notified by phone.\n"),
    ),
    "AGE_OVER_89": (
        ("a", None, "{v}-year-old {X:man|woman} with {X:a fall at home|intracranial hemorrhage|cardiac arrest}.\n"),
        ("d", None, "Age: {v}\n"),
        ("d", None, "Decedent was {v} years old; eye donation only (tissue age limit exceeded).\n"),
        ("a", None, "HISTORY:  {v} y/o {X:M|F}, {X:status post arrest|found down|fall}.\n"),
        ("d", None, "Pt is {v}yo, family declines autopsy.\n"),
        ("d", None, "| Age | {v} |\n"),
        ("d", None, "aged {v}, resident of an assisted living home.\n"),
    ),
    "DEVICE_ID": (
        ("d", "pm", "Pacemaker ([[Medtronic Azure]]) SN {v} -- must be explanted before cremation.\n"),
        ("d", None, "Ventilator serial {v} returned to respiratory therapy.\n"),
        ("a", "tag", "Asset tag {v}\n"),
        ("d", None, "[[LifePort Kidney Transporter]] serial no. {v}, {REF}\n"),
        ("d", None, "UDI (01)0{N:1000000-9999999}{N:100000-999999}(17){N:26-29}{N:10-12}{N:10-28}(10){N:1000-9999}"
                    "(21){v}\n"),
        ("a", "tag", "[[Arctic Sun]] unit, asset # {v}\n"),
        ("r", None, "Ventilator ([[Hamilton C6]]) S/N {v} at bedside during the film.\n"),
        ("d", "pm", "ICD ([[Boston Scientific Accolade]]) serial {v} deactivated with magnet.\n"),
    ),
    "VEHICLE_ID": (
        ("d", None, "Removal vehicle plate {v}\n"),
        ("d", None, "Hearse license plate {v} logged at the dock.\n"),
        ("d", None, "Van VIN {v}\n"),
        ("d", "tail", "Recovery team arriving by aircraft {v} at {T}.\n"),
        ("d", None, "ME transport, plate {v}.\n"),
        ("a", None, "Vehicle: {v}\n"),
    ),
}

def _snippet(d: _Doc, cat: str) -> None:
    options = [t for t in _SNIPPETS[cat] if t[0] == "a" or t[0] == ("r" if d.radiology else "d")]
    _, sub, template = d.rng.choice(options)
    value = _val(d.rng, cat, sub)
    d.w(template, (value, cat))


# --------------------------------------------------------------------------------------------------
# Skeletons
# --------------------------------------------------------------------------------------------------

def _k_opo_referral(d: _Doc) -> None:
    d.w("ORGAN PROCUREMENT ORGANIZATION -- REFERRAL CALL LOG\n\n"
        "Referral received: {DT}      Referral #: {f:ACCOUNT:opo}\n"
        "Referring unit: {X:Neuro ICU|Surgical ICU|MICU|Trauma ICU|CCU}   Bed: ___\n"
        "Caller: {f:PERSON}, RN (bedside)     Call-back: {f:PHONE}\n"
        "Patient: ___   MRN: {f:MRN}   Age: ___   Sex: {X:M|F}   ABO: {X:O|A|B|AB} {X:pos|neg}\n"
        "Hospital: {f:ORGANIZATION:hosp}\n\n{S}"
        "Clinical trigger: {X:GCS 5 or less|loss of one or more brainstem reflexes|family-initiated discussion of "
        "withdrawal|planned terminal extubation}\n"
        "Diagnosis: {X:anoxic brain injury after cardiac arrest|intraparenchymal hemorrhage|aneurysmal SAH, "
        "[[Hunt and Hess]] 5, [[Fisher grade]] 4|traumatic brain injury after a fall|ischemic stroke with malignant "
        "edema}\n"
        "Neuro: [[Glasgow Coma Scale]] 3T, pupils {N:5-7} mm fixed, corneals absent, cough {X:absent|weak}, "
        "{X:no|intermittent} breaths over the vent. [[Cushing's triad]] noted overnight.\n"
        "Vent: {X:AC|PRVC|SIMV} rate {N:12-20}, FiO2 {N:30-60}%, PEEP {N:5-10}; P/F {N:220-480}.\n"
        "Pressors: {X:norepinephrine|phenylephrine|vasopressin} at ___.\n\n{S}"
        "Plan discussed with the caller:\n"
        "1. Do not approach family about donation; OPO coordinator will be on site in about {N:1-3} hours.\n"
        "2. Keep PEEP and FiO2 at current settings, hold any extubation decision until OPO arrives.\n"
        "3. Send ABO x2, serologies, type and screen; CXR and ABG q6h.\n"
        "4. Registry search: donor registry {X:positive|negative|pending}; search done through the state registry "
        "(no result shared with staff).\n\n{S}"
        "Medical suitability: preliminary {X:favorable|under review|possible DCD only}. History of "
        "{X:hypertension|IV drug use|none significant|diabetes}; no known malignancy.\n"
        "Screening questions completed with the bedside nurse; [[UNOS]] policy reviewed. "
        "Triage software {VER}.\n\n{S}"
        "Call ended {T}. Follow-up call scheduled for ___.\n{S}")


def _k_donor_management(d: _Doc) -> None:
    d.w("DONOR MANAGEMENT PROGRESS NOTE -- OPO Clinical Coordinator\n\n"
        "Donor: ___   Hospital MRN: {f:MRN}   Donor ID: {f:ACCOUNT:unos}\n"
        "Date: {D}   Time of note: {T}   Declared: ___ (neurologic criteria)\n\n{S}"
        "Subjective/Events: Overnight {X:one episode of hypotension to MAP 50s|polyuria to 600 mL/h|"
        "bradycardia requiring atropine|stable course}. Family at bedside until {T}.\n\n"
        "Objective:\n"
        "  HR {N:70-125}   BP {N:90-140}/{N:50-85}   MAP {N:65-95}   CVP {N:4-12}   T 36.{N:1-9}\n"
        "  UOP last 4 h: {N:300-2400} mL   Na {N:141-168}   Glucose {N:110-260}\n"
        "  ABG 7.{N:30-48}/{N:32-48}/{N:90-420} on FiO2 {N:30-100}%\n"
        "  Echo: EF {N:35-65}% ([[Definity]] used)\n\n{S}"
        "Hormonal resuscitation:\n"
        "  - levothyroxine ([[Synthroid]]) IV infusion 10 mcg/h, {NDC}\n"
        "  - methylprednisolone ([[Solu-Medrol]]) 15 mg/kg given at {T}\n"
        "  - desmopressin ([[DDAVP]]) 1 mcg IV for diabetes insipidus\n"
        "  - insulin infusion, goal glucose 120-180\n\n"
        "Lung protective ventilation: TV 6-8 mL/kg IBW, PEEP 8, recruitment maneuver x2; bronchoscopy with BAL "
        "sent. Ventilator [[Puritan Bennett 980]].\n\n{S}"
        "Allocation: offers out through [[DonorNet]]; heart {X:declined (EF)|accepted|pending cath}, lungs "
        "{X:accepted|declined|pending bronch}, liver accepted, kidneys accepted (biopsies on back table). "
        "Preservation: [[Belzer UW]] and [[Custodiol HTK]] on hand ({LOT}, {EXP}).\n\n"
        "OR time: ___ ({D}). Cross-clamp planned ~{T}.\n{S}"
        "Coordinator: {f:PERSON}, {X:RN|CPTC}   Pager ___\n{S}")


def _k_brain_death(d: _Doc) -> None:
    d.w("NEUROLOGY -- DETERMINATION OF DEATH BY NEUROLOGIC CRITERIA\n\n"
        "Patient: ___   MRN: {f:MRN}   Unit: Neuro ICU\n"
        "Examiner: {f:PERSON}, MD ({X:attending neurologist|neurocritical care attending|neurosurgery attending})\n"
        "Exam #{X:1|2}   Date: {D}   Time: {T}\n\n{S}"
        "Prerequisites:\n"
        "  [x] Established catastrophic cause: {X:global anoxia|SAH with herniation|TBI|"
        "IPH with [[Duret hemorrhage]]}\n"
        "  [x] Core temperature >= 36 C ({X:36.4|36.8|37.1} C)   [x] SBP >= 100 / MAP >= 60\n"
        "  [x] No sedatives in effect (propofol off > 24 h, fentanyl level sent)\n"
        "  [x] Na {N:135-158}, glucose, ABG within limits   [x] No neuromuscular blockade (TOF 4/4)\n\n"
        "Examination:\n"
        "  Coma, no response to noxious stimulus in all four limbs and face. Spinal reflexes only "
        "({X:triple flexion|a [[Lazarus sign]] was observed and explained to the family|none}). [[Babinski]] "
        "absent.\n"
        "  Pupils {N:5-8} mm, nonreactive. Oculocephalic absent. Oculovestibular: no movement with 50 mL ice "
        "water each ear. Corneal absent bilaterally. No grimace. Gag and cough absent.\n\n{S}"
        "Apnea test:\n"
        "  Pre-oxygenated FiO2 1.0 x 10 min. Baseline ABG 7.{N:38-44}/{N:38-44}/{N:300-480}.\n"
        "  Disconnected, O2 via cannula at 6 L/min. No respiratory effort observed over {N:8-10} min.\n"
        "  Final ABG 7.{N:10-20}/{N:62-88}/{N:150-280}; PaCO2 rose > 20 mmHg above baseline.\n"
        "  Result: {X:positive (consistent with brain death)|consistent with loss of respiratory drive}.\n\n"
        "Ancillary study: {X:not required|CTA head (see radiology)|nuclear perfusion study with [[Ceretec]]|"
        "transcranial [[Doppler]] showing oscillating flow}.\n\n{S}"
        "Time of death (legal): {T} on ___ (time the final ABG resulted).\n"
        "Family informed by {f:PERSON}; OPO ({X:already on site|notified}) aware.\n{S}")


def _k_family_authorization(d: _Doc) -> None:
    d.w("OPO FAMILY AUTHORIZATION -- CONVERSATION NOTE\n\n"
        "Location: family consultation room, {X:4th floor|Neuro ICU|SICU}   Start {T}   End {T}\n"
        "Present: ___ ({X:wife|husband|mother|father|daughter}), ___ ({X:son|brother|sister|aunt}), "
        "{f:PERSON} (chaplain), bedside RN ___, OPO requester ___\n\n{S}"
        "Background: the family had been told of death by neurologic criteria by the attending at ___. "
        "Patient {X:was|was not} a registered donor in the state registry (first-person authorization "
        "{X:documented|not found}).\n\n"
        "Conversation: the family asked whether donation would delay the funeral and whether an open casket "
        "was possible. Explained that recovery takes about 24-36 hours and does not prevent viewing. "
        "They asked about costs: no cost to the family for donation. The family spoke of the patient's "
        "{X:work as a volunteer firefighter|love of fishing|years as a school bus driver|church choir}.\n\n{S}"
        "Authorization: {X:granted for all organs and tissues|granted for organs only|granted for kidneys, liver "
        "and corneas|declined}. Legal next of kin: ___ ({X:spouse|adult child|parent}), relationship verified.\n"
        "Recorded authorization form version {VER}; witness: ___.\n"
        "Medical-social history questionnaire completed with ___ ({N:35-70} questions).\n\n{S}"
        "Family requests: lock of hair and handprints, call from chaplain, honor walk at {T}.\n"
        "Contact for follow-up: ___ at {f:PHONE}; email ___.\n{S}"
        "Requester: {f:PERSON}, {X:CPTC|RN|Family Services Coordinator}\n")


def _k_tissue_eye_referral(d: _Doc) -> None:
    d.w("TISSUE AND EYE DONATION REFERRAL\n\n"
        "Referral time: {DT}   Cardiac death time: {T}   Referral no.: {f:ACCOUNT:eye}\n"
        "Referred by: ___, RN   Unit: {X:MICU|Step-down|Med-Surg 5|ED}\n"
        "Decedent: ___   {f:MRN}   {AY}   Height ___  Weight ___\n\n{S}"
        "Eye bank: {f:ORGANIZATION:eye}\n"
        "Tissue bank: {f:ORGANIZATION:tissue}\n\n"
        "Screening:\n"
        "| Item                    | Response                       |\n"
        "|-------------------------|--------------------------------|\n"
        "| Cause of death          | {X:cardiac arrest|COPD|sepsis|CVA} |\n"
        "| Ventilated              | {X:no|yes, extubated|yes, DCD}  |\n"
        "| Blood products 48 h     | {N:0-4} units                   |\n"
        "| Sepsis / active infx    | {X:no|yes - UTI|unknown}        |\n"
        "| Eye surgery history     | {X:cataracts OU|LASIK|none}     |\n"
        "| Body cooled by          | {T}                             |\n\n{S}"
        "Eye care performed: lids closed with gauze, head of bed raised 20 degrees, ice packs to eyes. "
        "Corneas to be stored in [[Optisol-GS]] ({LOT}, {EXP}).\n"
        "Outcome: {X:eyes only, tissue ruled out|eyes and skin accepted|ruled out (age)|pending family "
        "authorization}. Recovery team ETA {T}.\n\n{S}"
        "Morgue notified. Body {X:to remain in morgue until recovery|released after recovery}. "
        "Bereavement packet given.\n{S}")


def _k_me_referral(d: _Doc) -> None:
    d.w("MEDICAL EXAMINER / CORONER REFERRAL\n\n"
        "Reporting facility: {f:ORGANIZATION:hosp}\n"
        "Reported by: {f:PERSON}, {X:MD|RN|house supervisor}   Time reported: {T}\n"
        "ME office: {f:ORGANIZATION:me}   Case #: {f:ACCOUNT:me}\n\n{S}"
        "Circumstances: {X:unwitnessed fall at home, found by family|single-vehicle crash, restrained driver|"
        "suspected opioid overdose, naloxone x2 by EMS|hanging, found by roommate|death within 24 h of admission, "
        "no clear natural cause|farm machinery injury}. Place of injury: ___, {f:LOCATION}.\n"
        "EMS run report: ___  Police agency: ___\n\n{S}"
        "Reportable criteria met: {X:trauma|suspected poisoning|unexpected death|death in custody|"
        "death within 24 h of admission}.\n"
        "Organ donation: OPO {X:requested release|not involved}; ME {X:released all organs|released with "
        "restrictions (no heart recovery)|declined release|approved after external exam}.\n\n"
        "Jurisdiction: {X:accepted -- body to ME for autopsy|declined -- release to funeral home|accepted, "
        "external exam only}. Lines and tubes to be left in place. Clothing bagged and sealed.\n"
        "Specimens retained: blood (gray and purple top), urine, vitreous {X:if available|not drawn}.\n\n{S}"
        "Investigator: {f:PERSON}   Callback ___\n"
        "Body transport: ___ ({X:ME van|contracted removal service}).\n{S}")


def _k_decedent_affairs(d: _Doc) -> None:
    d.w("DECEDENT AFFAIRS -- RELEASE OF REMAINS\n\n"
        "Decedent: ___   MRN: {f:MRN}   Date/time of death: ___ {T}\n"
        "Morgue drawer: {N:1-12}    Release no.: {f:ACCOUNT:da}\n"
        "Autopsy: {X:none|hospital autopsy consented|ME case}   Organ/tissue donation: {X:none|eyes|tissue|organs}\n\n"
        "{S}"
        "Release checklist:\n"
        "  [x] Pronouncement note signed\n"
        "  [x] Family authorization to release (form ___)\n"
        "  [x] ME clearance {X:not required|obtained by phone|obtained in writing}\n"
        "  [x] Valuables inventory: {X:wedding ring|watch and glasses|none} -- envelope ___\n"
        "  [x] Implanted devices: {X:pacemaker present|none|ICD deactivated}\n"
        "  [ ] Death certificate: sent to funeral home electronically\n\n{S}"
        "Released to: {f:PERSON} of {f:ORGANIZATION:fh}\n"
        "Funeral director licence: ___   ID verified: {X:yes|yes, photo ID}\n"
        "Vehicle: {X:hearse|removal van|minivan}, plate {f:VEHICLE_ID}\n"
        "Release time: {T}   Security escort: ___\n\n{S}"
        "Comments: family requested that the body not be embalmed ({X:religious reasons|green burial|"
        "transport to the [[Dominican Republic]]|cremation planned}). Body bag and tag checked against the "
        "wristband by two staff.\n{S}")


def _k_death_certificate(d: _Doc) -> None:
    d.w("DEATH CERTIFICATE WORKSHEET (for electronic death registration)\n\n"
        "1. Decedent legal name: {f:PERSON}\n"
        "2. Sex: {X:Male|Female}    3. SSN: {f:SSN}\n"
        "4. Age: {f:AGE_OVER_89}    5. Date of birth: {f:DATE_REAL_YEAR:dob}\n"
        "6. Birthplace: ___, {X:[[New York]]|[[Puerto Rico]]|[[Poland]]|[[Jamaica]]|[[Ohio]]}\n"
        "7. Residence: {f:STREET_ADDRESS}, {f:LOCATION}, NY {f:ZIP}\n"
        "8. Marital status: {X:married|widowed|never married|divorced}   Spouse: ___\n"
        "9. Informant: ___ ({X:daughter|son|spouse|niece}); mailing address ___\n"
        "10. Place of death: {X:inpatient|ED|DOA} -- {f:ORGANIZATION:hosp}\n"
        "11. Date of death: {f:DATE_REAL_YEAR:death}   Time pronounced: {T}\n"
        "12. Method of disposition: {X:burial|cremation|donation to science|entombment}\n"
        "13. Funeral facility: ___   Funeral director licence ___\n\n{S}"
        "PART I -- cause of death (interval onset to death):\n"
        "  a. {X:Anoxic brain injury|Cerebral herniation|Septic shock|Intracerebral hemorrhage} -- {N:1-9} days\n"
        "  b. due to: {X:cardiac arrest|ruptured aneurysm|pneumonia|hypertensive disease} -- ___\n"
        "  c. due to: {X:coronary artery disease|-|chronic kidney disease} -- years\n"
        "PART II: {X:diabetes mellitus|COPD|atrial fibrillation|none}\n"
        "Manner: {X:natural|accident|pending investigation}   Autopsy: {X:no|yes}   "
        "Referred to ME: {X:no|yes -- case ___}\n"
        "Tobacco contributed: {X:probably|no|unknown}   Pregnancy: not applicable\n\n{S}"
        "Certifier: {f:PERSON}, MD   License: {f:LICENSE:md}\n"
        "Registration through the state vital records system; file number ___.\n{S}")


def _k_bereavement(d: _Doc) -> None:
    d.w("BEREAVEMENT FOLLOW-UP -- Donor Family Services\n\n"
        "Call date: {D}   Interval since death: {X:2 weeks|30 days|3 months|6 months|11 months}\n"
        "Spoke with: {f:PERSON} ({X:widow|widower|mother|father|daughter|son})\n"
        "Phone used: {f:PHONE}\n\n{S}"
        "The family member described {X:trouble sleeping|returning to work part time|a memorial mass|"
        "planting a tree in the backyard}. They received the donor family letter and were glad to hear that "
        "{X:two kidneys and the liver|the heart|corneas|tissue} {X:helped|went to} {N:2-6} recipients. "
        "We discussed the option of writing to recipients through the OPO (anonymous correspondence).\n\n{S}"
        "Grief screening: no thoughts of self-harm. Support: {f:ORGANIZATION:other}. Offered the quarterly "
        "remembrance ceremony and the donor quilt panel.\n"
        "Resources mailed: grief booklet, crisis line 988, public info line {TF}.\n\n{S}"
        "Plan: next call at ___. Send card on anniversary ({D}). Family {X:consents|declines} to be listed "
        "in the annual memorial program.\n"
        "Family services coordinator: ___\n{S}")


def _k_death_summary(d: _Doc) -> None:
    d.w("Name:  ___                  Unit No:   {f:MRN}\n\n"
        "Admission Date:  ___              Discharge Date:   ___\n\n"
        "Date of Birth:  {f:DATE_REAL_YEAR:dob}             Sex:   {X:M|F}\n\n"
        "Service: {X:NEUROSURGERY|MEDICINE|NEUROLOGY|SURGERY|CARDIOLOGY}\n\n"
        "Allergies:\n{X:No Known Allergies / Adverse Drug Reactions|penicillins|sulfa}\n\n"
        "Attending: {f:PERSON}.\n\n{S}"
        "Chief Complaint:\n{X:unresponsive|fall|cardiac arrest|headache then collapse}\n\n"
        "History of Present Illness:\n"
        "___ year old {X:man|woman} with {X:hypertension and hyperlipidemia|alcohol use disorder|atrial "
        "fibrillation on apixaban|no past history} who {X:collapsed at work|was found down at home|had an "
        "out-of-hospital cardiac arrest with ROSC after 28 minutes|fell down stairs}. Initial CT showed ___. "
        "[[Monro-Kellie]] physiology with midline shift and a [[Kernohan notch]] phenomenon.\n\n{S}"
        "Brief Hospital Course:\n"
        "Admitted to the ICU. EVD placed; ICP refractory. Hyperosmolar therapy with 23.4% saline. On hospital "
        "day {N:2-6} brainstem reflexes were lost; determination of death by neurologic criteria was completed "
        "and the patient was declared dead on ___ at {T}. The family authorized donation; organ recovery took "
        "place in the OR on ___. Patient {X:had a [[Foley]] and [[Cordis]] in place|was on [[Levophed]] until "
        "recovery|had [[Cheyne-Stokes]] respirations before losing respiratory drive}.\n\n{S}"
        "Discharge Disposition:\nExpired\n\n"
        "Discharge Diagnosis:\n{X:Brain death due to anoxic injury|Intracerebral hemorrhage|SAH|TBI}\n\n"
        "Discharge Condition:\nDeceased.\n\n"
        "Followup Instructions:\n___\n{S}")


def _rad_header(d: _Doc, exam: str, indication: str) -> None:
    d.w(f"EXAMINATION:  {exam}\n\n"
        f"INDICATION:  ___ year old {{X:man|woman}} {indication}\n\n{{S}}")


def _rad_footer(d: _Doc) -> None:
    d.w("{S}")


def _k_apnea_cxr(d: _Doc) -> None:
    _rad_header(d, "CHEST (PORTABLE AP)",
                "with {X:anoxic brain injury|SAH|TBI} undergoing apnea test for determination of death by "
                "neurologic criteria. Evaluate for pneumothorax {X:before|after} apnea test.")
    d.w("TECHNIQUE:  Single portable AP view of the chest.\n\n"
        "COMPARISON:  {D}\n\n{S}"
        "FINDINGS:\n\n"
        "Endotracheal tube terminates {N:3-6} cm above the carina. Enteric tube courses below the diaphragm. "
        "{X:Right|Left} internal jugular catheter tip in the low SVC. An oxygen catheter for apneic "
        "oxygenation projects over the {X:ETT|trachea}.\n\n"
        "Lung volumes are {X:low|normal}. {X:Mild pulmonary edema|Bibasilar atelectasis|Right lower lobe "
        "consolidation concerning for aspiration|No focal consolidation}. No pneumothorax. "
        "{X:Small bilateral effusions|No pleural effusion}. Heart size normal."
        "\n\n{S}"
        "IMPRESSION:\n\n"
        "{X:No pneumothorax after the apnea test.|Lines and tubes as above; no pneumothorax.|"
        "Aspiration pattern in the right lower lobe; relevant for lung allocation.}\n"
        "Ventilator at time of exam: [[Puritan Bennett 980]].\n")
    _rad_footer(d)


def _k_cta_brain_death(d: _Doc) -> None:
    _rad_header(d, "CTA HEAD AND NECK W/ AND W/O CONTRAST (BRAIN DEATH PROTOCOL)",
                "with {X:global anoxic injury|massive IPH|herniation after TBI}, clinical exam consistent "
                "with brain death; apnea test {X:not tolerated|inconclusive}. Ancillary study.")
    d.w("TECHNIQUE:  Noncontrast head CT followed by CTA head and neck with a delayed phase at 60 seconds "
        "on a [[SOMATOM Force]]. {N:70-100} mL [[Isovue-370]] IV.\n"
        "DOSE:  DLP {N:1400-2600} mGy-cm.\n\n"
        "COMPARISON:  {D}\n\n{S}"
        "FINDINGS:\n\n"
        "Diffuse loss of gray-white differentiation with effacement of sulci and basal cisterns. "
        "{X:Downward transtentorial herniation|Tonsillar herniation|Uncal herniation} with a "
        "[[Duret hemorrhage]] in the pons.\n\n"
        "The external carotid branches and superficial temporal arteries opacify normally. There is no "
        "opacification of the intracranial internal carotid arteries beyond the {X:petrous|cavernous} "
        "segments, the [[circle of Willis]], the cortical MCA branches, or the internal cerebral veins on "
        "arterial and delayed phases. The vertebral arteries {X:do not opacify beyond V3|opacify to V4 only}.\n\n"
        "{S}"
        "IMPRESSION:\n\n"
        "Absent intracranial arterial and deep venous opacification, consistent with cerebral circulatory "
        "arrest in the appropriate clinical setting.\n")
    _rad_footer(d)


def _k_donor_echo(d: _Doc) -> None:
    _rad_header(d, "TRANSTHORACIC ECHOCARDIOGRAM (DONOR EVALUATION)",
                "brain-dead organ donor; assess cardiac function for heart allocation.")
    d.w("TECHNIQUE:  Complete 2D, color and spectral [[Doppler]] on [[Philips EPIQ]]; "
        "{X:with|without} [[Definity]] contrast. Image quality {X:fair|good|technically difficult}.\n\n"
        "{S}MEASUREMENTS:\n"
        "  LVEF (biplane)      {N:30-68} %\n"
        "  LVIDd               {N:38-58} mm\n"
        "  IVS / PW            {N:8-14} / {N:8-13} mm\n"
        "  TAPSE               {N:12-24} mm\n"
        "  RVSP                {N:20-45} mmHg\n\n"
        "FINDINGS:\n\n"
        "Left ventricle {X:normal size with normal wall motion|with apical hypokinesis (possible "
        "neurogenic stunning)|with global hypokinesis}. No LVH. Right ventricle normal. Valves: "
        "{X:trace MR|mild TR|no significant valvular disease}. No pericardial effusion. IVC "
        "{X:collapsible|plethoric}.\n\n{S}"
        "IMPRESSION:\n\n"
        "{X:Normal biventricular function; acceptable for donation.|Reduced LVEF; suggest repeat after "
        "hormonal resuscitation per [[Frank-Starling]] optimization.|Regional wall motion abnormality; "
        "consider coronary angiography.}\n")
    _rad_footer(d)


def _k_donor_ct(d: _Doc) -> None:
    _rad_header(d, "CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST (DONOR)",
                "potential organ donor; evaluate for malignancy, vascular anatomy and organ size.")
    d.w("TECHNIQUE:  Multidetector CT from thoracic inlet to pubic symphysis after {N:80-120} mL "
        "[[Omnipaque 350]], arterial and portal venous phases. [[Revolution CT]].\n\n"
        "COMPARISON:  None.\n\n{S}"
        "FINDINGS:\n\n"
        "CHEST: {X:Dependent atelectasis|Bilateral lower lobe consolidation|Clear lungs}. No mass. "
        "Endotracheal tube in good position. No pneumothorax.\n"
        "LIVER: {X:Normal attenuation|Diffuse steatosis (liver-spleen difference -{N:5-25} HU)}; measures "
        "{N:14-21} cm. Conventional hepatic arterial anatomy{X:| with a replaced right hepatic artery}.\n"
        "KIDNEYS: Right {N:9-13} cm, left {N:9-13} cm; {X:single renal arteries bilaterally|two left renal "
        "arteries}. No hydronephrosis. {X:Simple cyst in the left kidney|No renal lesion}.\n"
        "PANCREAS, SPLEEN, ADRENALS: Unremarkable.\n"
        "PELVIS: [[Foley]] catheter in a decompressed bladder.\n\n{S}"
        "IMPRESSION:\n\n"
        "1. No evidence of malignancy.\n"
        "2. Vascular anatomy as above for the recovery team.\n"
        "3. {X:Hepatic steatosis|Lung consolidation, likely aspiration|No acute abnormality}.\n")
    _rad_footer(d)


def _k_perfusion_scan(d: _Doc) -> None:
    _rad_header(d, "NM BRAIN PERFUSION (BRAIN DEATH)",
                "with clinical findings of brain death; confounders present ({X:high-dose barbiturates|"
                "hypothermia protocol|facial trauma precluding exam}).")
    d.w("RADIOPHARMACEUTICAL:  {N:18-30} mCi Tc-99m {X:[[Ceretec]] (exametazime)|[[Neurolite]] (bicisate)} "
        "IV, {LOT}, {EXP}.\n\n{S}"
        "TECHNIQUE:  Dynamic flow images anterior for 60 seconds, then planar anterior, lateral and "
        "posterior static images at {N:10-20} minutes; SPECT {X:performed|not performed}.\n\n"
        "FINDINGS:\n\n"
        "Flow phase shows carotid arrival without intracranial flow. Delayed images show no tracer uptake "
        "in the cerebral hemispheres, cerebellum or brainstem (\"empty skull\" / hollow skull sign). "
        "{X:Hot nose sign present.|Scalp activity normal.} Injection quality confirmed by tracer in the "
        "liver.\n\n{S}"
        "IMPRESSION:\n\n"
        "No intracranial perfusion, consistent with brain death.\n")
    _rad_footer(d)


def _k_postmortem_ct(d: _Doc) -> None:
    _rad_header(d, "CT WHOLE BODY WITHOUT CONTRAST (POSTMORTEM, MEDICAL EXAMINER REQUEST)",
                "decedent; {X:fall from height|pedestrian struck|found down|motor vehicle collision}. "
                "Requested by the ME before external examination.")
    d.w("TECHNIQUE:  Noncontrast helical CT head to toe with the body in a sealed bag on the scanner "
        "table. Reconstructions in bone and soft tissue kernels.\n\n"
        "COMPARISON:  {D} (antemortem CT head).\n\n{S}"
        "FINDINGS:\n\n"
        "HEAD: {X:Comminuted occipital fracture with extension to the skull base|Large acute subdural "
        "hematoma|No fracture}. Intracranial gas consistent with postmortem change. [[Battle sign]] noted "
        "on the external exam report.\n"
        "CHEST: {X:Bilateral rib fractures ribs 3-8|Hemopericardium|Left hemothorax}. Dependent lung "
        "opacity (postmortem hypostasis).\n"
        "ABDOMEN/PELVIS: {X:Liver laceration with hemoperitoneum|Pelvic ring disruption|No solid organ "
        "injury}. Hepatic portal venous gas is expected after death.\n"
        "DEVICES: {X:[[Medtronic Azure]] pacemaker in the left chest|[[Abbott Assurity]] generator|no "
        "implanted device}.\n\n{S}"
        "IMPRESSION:\n\n"
        "Findings forwarded to the medical examiner. Postmortem changes as above.\n")
    _rad_footer(d)


_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "opo_referral": ("discharge", _k_opo_referral),
    "donor_management": ("discharge", _k_donor_management),
    "brain_death": ("discharge", _k_brain_death),
    "family_authorization": ("discharge", _k_family_authorization),
    "tissue_eye_referral": ("discharge", _k_tissue_eye_referral),
    "me_referral": ("discharge", _k_me_referral),
    "decedent_affairs": ("discharge", _k_decedent_affairs),
    "death_certificate": ("discharge", _k_death_certificate),
    "bereavement": ("discharge", _k_bereavement),
    "death_summary": ("discharge", _k_death_summary),
    "apnea_cxr": ("radiology", _k_apnea_cxr),
    "cta_brain_death": ("radiology", _k_cta_brain_death),
    "donor_echo": ("radiology", _k_donor_echo),
    "donor_ct": ("radiology", _k_donor_ct),
    "perfusion_scan": ("radiology", _k_perfusion_scan),
    "postmortem_ct": ("radiology", _k_postmortem_ct),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DISCHARGE_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RADIOLOGY_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

# category wheel (weights by repetition); categories come from a Weyl sequence over it
_WHEEL = (
    "PERSON", "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION", "DATE_REAL_YEAR", "DATE_REAL_YEAR", "ACCOUNT",
    "ACCOUNT", "LOCATION", "LOCATION", "PHONE", "PHONE", "MRN", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN",
    "HEALTH_PLAN", "LICENSE", "LICENSE", "ZIP", "STREET_ADDRESS", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
)


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def document_kind(seed: int, i: int) -> str:
    radiology = _frac(0.11 + seed * 0.3 + i * 0.7548776662466927) < 0.45
    kinds = _RADIOLOGY_KINDS if radiology else _DISCHARGE_KINDS
    return kinds[int(_frac(0.23 + seed * 0.5 + i * 0.41421356237309515) * len(kinds))]


def _plan(seed: int, i: int) -> list[str]:
    if _is_heavy(i) or _frac(0.37 + seed * 0.2 + i * 0.6180339887498949) >= 0.6105:
        return []
    u = _frac(0.05 + seed * 0.7 + i * 0.8191725133961645)
    n = 1 if u < 0.36 else 2 if u < 0.66 else 3 if u < 0.86 else 4
    return [_WHEEL[int(_frac(0.5 + seed * 0.13 + (4 * i + j) * 0.5698402909980532) * len(_WHEEL))] for j in range(n)]


def _render(d: _Doc) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = 0
    for p in d.pieces:
        if isinstance(p, str):
            s = p
        elif p[0] == "L":
            s = p[1]
            looks.append(s)
        elif p[0] == "V":
            s = p[1]
            spans.append((pos, pos + len(s), p[2]))
        else:
            continue
        out.append(s)
        pos += len(s)
    return "".join(out), spans, looks


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout64:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    radiology = note_type == "radiology"
    heavy = _is_heavy(i)
    d = _Doc(rng, _plan(seed, i), radiology)
    builder(d)
    # remaining planted categories go into the slots, one line each
    slots = [k for k, p in enumerate(d.pieces) if isinstance(p, tuple) and p[0] == "S"]
    pending = list(d.plan)
    d.plan = []
    placed: dict[int, list[object]] = {}
    for cat in pending:
        k = rng.choice(slots)
        sub = _Doc(rng, [], radiology)
        _snippet(sub, cat)
        placed.setdefault(k, []).extend(sub.pieces)
    pieces: list[object] = []
    for k, p in enumerate(d.pieces):
        pieces.extend(placed.get(k, []))
        pieces.append(p)
    d.pieces = pieces
    general = _RAD_FILL if radiology else _DC_FILL if kind in _ICU_KINDS else ()
    own = list(_EXTRA[kind])
    rng.shuffle(own)
    fill = own + rng.sample(general, len(general))
    target = 1100 + rng.randint(0, 1500)
    for para in fill:
        if len(_render(d)[0]) >= target:
            break
        d.w("\n" + para)
    if len(_render(d)[0]) < 1100:
        d.w("\n" + _DC_FILL[4 if kind in _ICU_KINDS else 2] if not radiology else "\n" + _RAD_FILL[2])
    if heavy:
        d.w("\n{X:CONTACT AND NOTIFICATION LOG|Communication log|ADDENDUM}\n" if not radiology else
            "\n{X:COMMUNICATION|ADDENDUM|Additional history}:\n")
        while _render(d)[0].count("___") < 26 + rng.randint(0, 6):
            d.w(rng.choice(_HEAVY_RAD if radiology else _HEAVY_LINES))
    if radiology and rng.random() < 0.5:
        d.w("\n{X:Dictated by: ___|Signed: ___|Reading physician: ___}  {DT}\n")
    text, spans, looks = _render(d)
    looks = [s for s in dict.fromkeys(looks) if not _overlaps(text, s, spans)]
    return LabelledNote(note_type, text, spans), looks, ("heavy" if heavy else "normal")


def _overlaps(text: str, look: str, spans: list[tuple[int, int, str]]) -> bool:
    k = text.find(look)
    while k >= 0:
        if any(k < e and k + len(look) > s for s, e, _ in spans):
            return True
        k = text.find(look, k + 1)
    return False


def holdout64_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout64_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout64_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout64_corpus, argv,
        "Held-out corpus 64 (organ and tissue donation, decedent care): detector recall and precision")
    holdout_measure.report("holdout64", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
