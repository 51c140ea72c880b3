"""Held-out corpus 78: disability services and benefits around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes about the disability side of a hospital stay:
SSDI/SSI applications and medical source statements, state vocational rehabilitation referrals, the
seating and mobility clinic (power wheelchairs, custom seating, repairs), home modifications and
accessible housing, personal care attendant programmes, paratransit, service animals, independent
living centres, Medicaid waiver programmes and ADA accommodation letters for work or school. Most
identifiers are masked as ``___``; about 57% of notes carry 1-4 identifiers that escaped masking and
5% are "heavy" (many ``___``, no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``sci_pressure_injury_dc`` (SCI readmission for a pressure injury, seating referral),
  ``seating_clinic_lmn`` (seating and mobility evaluation / letter of medical necessity),
  ``ssdi_medical_source`` (SSDI/SSI medical source statement), ``vr_referral`` (vocational
  rehabilitation referral), ``home_mod_assessment`` (OT home modification and accessible housing),
  ``pca_waiver_sw`` (personal care attendant and Medicaid waiver social-work assessment),
  ``paratransit_service_animal`` (paratransit certification and service-animal letter),
  ``ada_accommodation`` (ADA accommodation letter for work or school), ``chair_repair_delay``
  (power-wheelchair breakdown delaying discharge, repair and prior authorization);
- radiology: ``pelvis_hips_seating`` (pelvis/hips for seating), ``scoliosis_series`` (seated
  scoliosis films), ``video_swallow`` (videofluoroscopic swallow study), ``mri_pressure_injury``
  (MRI pelvis for a pressure injury), ``dxa_standing`` (bone density before a standing programme),
  ``knee_transfer_fall`` (knee/femur films after a transfer fall).

Label policy (as the brief states it): PERSON is one span per name (given and family together,
titles outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town and
ZIP are separate spans; states and countries are never labelled, and "New York" alone is the
state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school
or employer, never a generic department, and never a drug maker, biotech or trial sponsor named as
such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a
whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date
is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model
and expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a
public line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's
toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's
encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the
member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside. Every IP address is IP_ADDRESS.

Choices of this corpus beyond the policy: a vocational rehabilitation case number, a waiver
programme case number and a wheelchair repair work-order or prior-authorization number are ACCOUNT
(so is a DME claim number); an SSA claim number and an SSA disability determination (DDS) case
number are masked (``___``, no category); a power wheelchair's, a speech-generating device's or a
hearing aid's serial number is DEVICE_ID; a wheelchair vendor, an independent living centre, a
local vocational rehabilitation district office, a personal-care agency, an employer, a school and
a hospital are ORGANIZATION; the SSA, state agencies named as such (ACCES-VR, OPWDD, DDS), and
Medicaid/Medicare as programmes stay unlabelled; a Medicaid CIN, a Medicare MBI and a managed
long-term-care plan member id are HEALTH_PLAN; a service animal's name and its registry or
microchip number are unlabelled look-alikes (an animal's, not a person's); an adapted van's plate
or VIN is VEHICLE_ID; a patient's driver's licence is LICENSE; a town, county or neighbourhood is
LOCATION; a vendor portal or repair-tracker link carrying the patient's case is URL, while public
bodies' websites (ssa.gov, ada.gov, askjan.org) are look-alikes.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, ``/work/shared/data/SOURCES.md`` and a few of the masked PyHealth note-shaped
samples under ``/work/shared/data/note-shaped-samples/``. I did not read the detector, its rules,
any other corpus, any other test, benchmarks or history, and never ran the detector.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

_GOLD = 0.6180339887498949
_PLASTIC = 0.7548776662466927
_HEAVY_SLOT = 13
_PLANT_CUT = 0.6105

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_CHAIRS = (
    "Permobil M3 Corpus",
    "Permobil F5 VS",
    "Quantum Q6 Edge 3",
    "Invacare TDX SP2",
    "Pride Jazzy Elite",
    "Quickie QM-710",
    "Ki Mobility Catalyst 5",
    "TiLite ZRA",
    "Quickie Nitrum",
    "Invacare AVIVA FX",
)
_CUSHIONS = (
    "ROHO Quadtro Select",
    "Jay J2 Deep Contour",
    "Varilite Evolution",
    "Matrx Elite",
    "Stimulite Contour",
    "Ride Designs Custom",
)
_ELECTRONICS = (
    "LiNX controller",
    "R-net omni",
    "Q-Logic 3 controller",
    "Stealth i-Drive head array",
    "SmartDrive MX2+",
    "Permobil ConnectMe",
)
_SGDS = ("Tobii Dynavox I-110", "PRC Accent 1400", "TD Snap", "Proloquo2Go", "LAMP Words for Life")
_HEARING = ("Phonak Audeo Lumity", "Oticon Real 1", "ReSound OMNIA")
_EPONYMS = (
    "Braden scale",
    "Barthel Index",
    "Modified Ashworth",
    "Berg Balance Scale",
    "Functional Independence Measure",
    "Guillain-Barre syndrome",
    "Charcot-Marie-Tooth disease",
    "Duchenne muscular dystrophy",
    "Friedreich ataxia",
    "Parkinson disease",
    "Huntington disease",
    "Cobb angle",
    "Risser grade",
    "Hoyer lift",
    "Thomas test",
    "Trendelenburg gait",
    "Reimers migration index",
    "Harrington rods",
    "Foley catheter",
    "Penetration-Aspiration Scale",
    "IDDSI",
    "Hologic Horizon A",
    "Gadavist",
    "Sara Stedy",
    "Rifton E-Pacer",
    "EasyStand Evolv",
    "Medicaid Buy-In",
    "Ticket to Work",
    "ABLE account",
    "CDPAP",
    "NHTD waiver",
    "TBI waiver",
    "OPWDD",
    "ACCES-VR",
    "Access-A-Ride",
    "Section 8",
    "Job Accommodation Network",
    "GMFCS level V",
    "ASIA Impairment Scale",
    "EDSS",
    "ALSFRS-R",
    "Baclofen",
    "Tizanidine",
    "Oxybutynin",
    "Enoxaparin",
    "Santyl",
    "Mepilex Border",
    "Wound VAC",
    "Lokomat",
    "SSDI",
    "Medicare Part B",
    "Brooker class",
    "Jamar dynamometer",
    "UAS-NY",
    "PHQ-9",
)
_PUBLIC_SITES = (
    "www.ssa.gov",
    "ssa.gov/disability",
    "askjan.org",
    "www.ada.gov",
    "www.health.ny.gov",
    "choosework.ssa.gov",
)
_PUBLIC_LINES = ("1-800-772-1213", "800-526-7234", "1-800-514-0301", "(800) 342-3009")
EPONYMS_AND_BRANDS: tuple[str, ...] = (
    _CHAIRS + _CUSHIONS + _ELECTRONICS + _SGDS + _HEARING + _EPONYMS + _PUBLIC_SITES + _PUBLIC_LINES
)

_ANIMALS = ("Juniper", "Biscuit", "Maverick", "Tilly", "Otis", "Clementine", "Bramble", "Pippin", "Waffles", "Hazel")
_BREEDS = ("Labrador retriever", "golden retriever", "standard poodle", "Lab/golden cross", "German shepherd")

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marisol",
    "Tobias",
    "Adaeze",
    "Kellan",
    "Yusra",
    "Desmond",
    "Ingrid",
    "Rafael",
    "Oluwaseun",
    "Bettina",
    "Caspian",
    "Noor",
    "Lucinda",
    "Anselm",
    "Priyanka",
    "Darnell",
    "Solveig",
    "Mateo",
    "Hyun-woo",
    "Cordelia",
    "Ezekiel",
    "Fenna",
    "Augustin",
    "Rosalind",
    "Tariq",
    "Wilhelmina",
    "Jerome",
    "Annika",
    "Dashiell",
    "Lupe",
    "Imani",
    "Bartholomew",
    "Greer",
    "Kwame",
    "Svetlana",
    "Ignatius",
    "Mireille",
    "Thaddeus",
    "Zainab",
    "Emmett",
)
_LAST = (
    "Okafor",
    "Lindqvist",
    "Brennan",
    "Castellano",
    "Nakamura",
    "Adeyemi",
    "Kowalczyk",
    "Haddad",
    "Szabo",
    "Oyelaran",
    "Fitzgerald",
    "Petrakis",
    "Delacroix",
    "Iverson",
    "Moreau",
    "Abernathy",
    "Quintero",
    "Kaminski",
    "Yilmaz",
    "Estrada",
    "Whitcombe",
    "Ferreira",
    "Halvorsen",
    "Zielinski",
    "Marchetti",
    "Greenhalgh",
    "Novak",
    "Achterberg",
    "Villanueva",
    "Okonkwo",
    "Rasmussen",
    "Pellegrino",
    "Chaudhry",
    "Nwosu",
    "Lachance",
    "Hartigan",
    "Szymanski",
    "Delgado",
    "Ravensworth",
    "McGillicuddy",
    "Oduya",
    "Templeton",
    "Vukovic",
    "Sandoval",
)
_TOWNS = (
    "Schenectady",
    "Cohoes",
    "Utica",
    "Oneonta",
    "Kingston",
    "Ithaca",
    "Elmira",
    "Batavia",
    "Lockport",
    "Olean",
    "Plattsburgh",
    "Watertown",
    "Oswego",
    "Cortland",
    "Massena",
    "Saratoga Springs",
    "Glens Falls",
    "Amsterdam",
    "Gloversville",
    "Hornell",
    "Peekskill",
    "Ossining",
    "Newburgh",
    "Middletown",
    "Riverhead",
    "Patchogue",
    "Hempstead",
    "Freeport",
    "Yonkers",
    "Tonawanda",
    "Cheektowaga",
    "Lackawanna",
    "Dunkirk",
    "Jamestown",
    "Salamanca",
    "Canandaigua",
    "Herkimer",
    "Catskill",
    "Hudson Falls",
    "Poughkeepsie",
)
_COUNTIES = (
    "Oneida County",
    "Ulster County",
    "Chemung County",
    "Broome County",
    "Niagara County",
    "Herkimer County",
    "Otsego County",
    "Dutchess County",
    "St. Lawrence County",
)
_HOODS = (
    "Inwood",
    "Bushwick",
    "Jamaica Plain",
    "Sunnyside",
    "Riverdale",
    "Kensington",
    "Black Rock",
    "Arbor Hill",
    "Eastwood",
    "Parkside",
)
_REGIONS = (
    "Mohawk Valley",
    "Capital Region",
    "Finger Lakes",
    "Seneca",
    "Catskill Ridge",
    "Genesee",
    "Adirondack",
    "Tri-County",
    "Lakeshore",
    "Hudson Ridge",
    "Southern Tier",
    "North Country",
    "Two Rivers",
    "Chautauqua",
)
_STREETS = (
    "Delaware",
    "Orchard",
    "Erie",
    "Genesee",
    "Maple Ridge",
    "Chestnut",
    "Union",
    "Clinton",
    "Lark",
    "Washington",
    "Hawthorne",
    "Quail Hollow",
    "Mill",
    "Tremont",
    "Grand",
    "Linden",
    "Kenmore",
    "Saratoga",
    "Wyoming",
    "Ontario",
)
_ST_TYPES = ("Ave", "St", "Street", "Avenue", "Rd", "Road", "Blvd", "Dr", "Ln", "Ct", "Terrace", "Pl")
_DOMAINS = (
    "hrcil.org",
    "mvmobility.com",
    "lakesidehomecare.net",
    "twoiversilc.org",
    "gmail.com",
    "yahoo.com",
    "elmvalleyhealth.org",
    "capseating.com",
    "outlook.com",
    "stcil-ny.org",
    "brightline-logistics.com",
    "mapleton.edu",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _person(r: random.Random) -> str:
    f, la = r.choice(_FIRST), r.choice(_LAST)
    k = r.random()
    if k < 0.15:
        return f"{la}, {f}"
    if k < 0.3:
        return f"{f} {r.choice('ABCDEGHJKLMNRSTW')}. {la}"
    if k < 0.36:
        return f"{f} {la}-{r.choice(_LAST)}"
    return f"{f} {la}"


def _phone_core(r: random.Random) -> tuple[str, str, str]:
    a = r.choice(
        ("212", "315", "518", "607", "716", "845", "914", "631", "585", "347", "929", "516", "718", "646", "680", "332")
    )
    return a, str(r.randint(201, 989)), f"{r.randint(0, 9999):04d}"


def _phone(r: random.Random) -> str:
    a, b, c = _phone_core(r)
    return r.choice(
        (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}",
            f"({a}){b}-{c}",
            f"{a} {b} {c}",
        )
    )


def _pager(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(1, 9)}-{r.randint(1000, 9999)}",
            f"{r.randint(10000, 99999)}",
            f"{r.randint(100, 999)}-{r.randint(1000, 9999)}",
            "-".join(_phone_core(r)),
        )
    )


def _email(r: random.Random) -> str:
    f, la = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower()
    user = r.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}_{f}{r.randint(1, 99)}", f"{f}{la[:3]}", f"{la}.{f[0]}"))
    return f"{user}@{r.choice(_DOMAINS)}"


def _url(r: random.Random) -> str:
    d = r.choice(
        (
            "mvmobility.com",
            "capseating.com",
            "hrcil.org",
            "twoiversilc.org",
            "lakesidehomecare.net",
            "northcountryrehab.net",
            "gofundme.com",
        )
    )
    la = r.choice(_LAST).lower()
    return r.choice(
        (
            f"https://portal.{d}/wo/{_digits(r, 6)}",
            f"www.{d}/referral?case={_digits(r, 7)}",
            f"http://{d}/clients/{la}-{_digits(r, 3)}",
            f"https://{d}/intake/{la}{_digits(r, 4)}",
            f"https://www.{d}/f/ramp-for-{la}",
            f"{d}/track?t={_digits(r, 5)}{r.choice('ABCXKQ')}",
        )
    )


def _ip(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice((73, 24, 67, 98, 108, 162))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 700) if x != 666])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice(
        (
            _digits(r, 1).replace("0", "4") + _digits(r, 7),
            f"{r.randint(1000, 9999)}-{_digits(r, 4)}",
            "E" + _digits(r, 7),
            str(r.randint(1000000, 9999999)),
            f"00{_digits(r, 7)}",
        )
    )


def _acct_vr(r: random.Random) -> str:
    return r.choice(
        (
            f"VR{_digits(r, 7)}",
            f"{r.randint(100000, 999999)}-VR",
            f"VR-{r.randint(10, 99)}-{_digits(r, 5)}",
            str(r.randint(1000000, 9999999)),
        )
    )


def _acct_waiver(r: random.Random) -> str:
    return r.choice(
        (f"NHTD-{_digits(r, 6)}", f"W{_digits(r, 7)}", f"TBI{_digits(r, 6)}", f"CW-{_digits(r, 4)}-{_digits(r, 3)}")
    )


def _acct_wo(r: random.Random) -> str:
    return r.choice(
        (
            f"WO-{_digits(r, 6)}",
            f"WO{_digits(r, 7)}",
            f"R{_digits(r, 6)}",
            f"{r.randint(40000, 99999)}-{r.randint(1, 9)}",
        )
    )


def _acct_pa(r: random.Random) -> str:
    return r.choice(
        (f"PA{_digits(r, 9)}", f"{_digits(r, 4)}-{_digits(r, 5)}", f"AUTH-{_digits(r, 7)}", f"{_digits(r, 11)}")
    )


def _acct_enc(r: random.Random) -> str:
    return r.choice(
        (
            _digits(r, 1).replace("0", "7") + _digits(r, 8),
            f"HAR{_digits(r, 8)}",
            f"{_digits(r, 4)}-{_digits(r, 6)}",
            f"V{_digits(r, 9)}",
        )
    )


def _acct_acc(r: random.Random) -> str:
    return r.choice(
        (
            f"RA{_digits(r, 8)}",
            f"{_digits(r, 2)}-RAD-{_digits(r, 6)}",
            f"XR{_digits(r, 7)}",
            _digits(r, 1).replace("0", "3") + _digits(r, 9),
        )
    )


def _acct_claim(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 13)}", f"CLM-{_digits(r, 8)}", f"{_digits(r, 3)}{r.choice('ABC')}{_digits(r, 8)}"))


_MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def _hp_cin(r: random.Random) -> str:
    let = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{r.choice(let)}{r.choice(let)}{_digits(r, 5)}{r.choice(let)}"


def _hp_mbi(r: random.Random) -> str:
    alnum = _MBI_LET + "0123456789"
    s = (
        str(r.randint(1, 9))
        + r.choice(_MBI_LET)
        + r.choice(alnum)
        + _digits(r, 1)
        + r.choice(_MBI_LET)
        + r.choice(alnum)
        + _digits(r, 1)
        + r.choice(_MBI_LET)
        + r.choice(_MBI_LET)
        + _digits(r, 2)
    )
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def _hp_member(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.choice(('FID', 'VNS', 'MLT', 'HFX'))}{_digits(r, 9)}",
            f"{_digits(r, 3)}{r.choice('KMT')}{_digits(r, 6)}",
            f"ZX{_digits(r, 8)}-01",
            f"M{_digits(r, 10)}",
        )
    )


def _lic_npi(r: random.Random) -> str:
    return "1" + _digits(r, 9)


def _lic_ny(r: random.Random) -> str:
    return r.choice((str(r.randint(180000, 329999)), f"0{_digits(r, 5)}", f"{r.randint(100000, 999999)}"))


def _lic_dea(r: random.Random) -> str:
    return f"{r.choice('ABFM')}{r.choice('BDFGHKLMRSTW')}{_digits(r, 7)}"


def _lic_dl(r: random.Random) -> str:
    d = _digits(r, 9)
    return r.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def _zip(r: random.Random) -> str:
    z = str(r.choice((r.randint(10001, 10499), r.randint(10501, 12999), r.randint(13001, 14925))))
    return f"{z}-{_digits(r, 4)}" if r.random() < 0.2 else z


def _street(r: random.Random) -> str:
    base = f"{r.randint(2, 4899)} {r.choice(_STREETS)} {r.choice(_ST_TYPES)}"
    k = r.random()
    if k < 0.2:
        return f"{base}, Apt {r.randint(1, 12)}{r.choice('ABCDF')}"
    if k < 0.3:
        return f"{base} Unit {r.randint(101, 418)}"
    if k < 0.4:
        return f"{base.split(' ', 1)[0]} {r.choice(('N.', 'S.', 'E.', 'W.'))} {base.split(' ', 1)[1]}"
    return base


def _date(r: random.Random) -> str:
    y, m, d = r.randint(1936, 2029), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice(
        (
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{mon} {d}, {y}",
            f"{mon[:3]} {d} {y}",
            f"{d} {mon} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}-{mon[:3]}-{y}",
            f"{m:02d}.{d:02d}.{y}",
            f"{mon[:3]}. {d}, {y}",
        )
    )


def _age(r: random.Random) -> str:
    return str(r.choice((90, 91, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _dev_pwc(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.choice(('PM', 'QX', 'IV', 'PJ', 'KM'))}{_digits(r, 2)}{r.choice('ABCDRT')}{_digits(r, 6)}",
            f"M3C{_digits(r, 4)}-{_digits(r, 5)}",
            f"{_digits(r, 2)}{r.choice('HJKL')}{_digits(r, 7)}",
            f"Q6E-{_digits(r, 2)}-{_digits(r, 6)}",
        )
    )


def _dev_sgd(r: random.Random) -> str:
    return r.choice(
        (f"TDI110-{_digits(r, 2)}{r.choice('ABC')}{_digits(r, 5)}", f"AC14{_digits(r, 6)}", f"SGD{_digits(r, 8)}")
    )


def _dev_ha(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 4)}{r.choice('XHR')}{_digits(r, 4)}", f"{_digits(r, 10)}", f"OT{_digits(r, 8)}"))


def _dev_asset(r: random.Random) -> str:
    return r.choice((f"BME-{_digits(r, 7)}", f"{_digits(r, 6)}", f"CE{_digits(r, 6)}", f"EQ-{_digits(r, 5)}"))


def _dev_udi(r: random.Random) -> str:
    return r.choice((f"{r.choice('ABCDKM')}{_digits(r, 8)}", f"{_digits(r, 9)}", f"SN{_digits(r, 7)}{r.choice('XYZ')}"))


_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _veh_plate(r: random.Random) -> str:
    let = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a = "".join(r.choice(let) for _ in range(3))
    return r.choice(
        (
            f"{a}-{_digits(r, 4)}",
            f"{a} {_digits(r, 4)}",
            f"{a}{_digits(r, 4)}",
            f"{_digits(r, 2)}{r.choice(let)}{r.choice(let)}{_digits(r, 3)}",
        )
    )


def _veh_vin(r: random.Random) -> str:
    return r.choice(("2C4RC1", "1FTBW3", "2D4RN4", "5TDKZ3", "1GCWG2")) + "".join(r.choice(_VIN) for _ in range(11))


def _town(r: random.Random) -> str:
    k = r.random()
    if k < 0.7:
        return r.choice(_TOWNS)
    if k < 0.87:
        return r.choice(_COUNTIES)
    return r.choice(_HOODS)


_VENDOR_KINDS = ("Mobility", "Seating & Mobility", "Rehab Technology", "Home Medical", "Wheelchair Works")
_VR_CITIES = (
    "Utica",
    "Binghamton",
    "Rochester",
    "Syracuse",
    "Albany",
    "Buffalo",
    "Hauppauge",
    "White Plains",
    "Mineola",
)


def _org_vendor(r: random.Random) -> str:
    return f"{r.choice(_REGIONS)} {r.choice(_VENDOR_KINDS)}" + r.choice(("", "", " LLC", " Inc."))


def _org_ilc(r: random.Random) -> str:
    g = r.choice(_REGIONS)
    return r.choice(
        (f"{g} Center for Independent Living", f"{g} Independent Living Center", f"Access Alliance of {g}", f"{g} ILC")
    )


def _org_vr(r: random.Random) -> str:
    return f"{r.choice(_VR_CITIES)} {r.choice(('District Office', 'VR District Office', 'district office'))}"


def _org_agency(r: random.Random) -> str:
    g = r.choice(_REGIONS)
    return r.choice(
        (
            f"{g} Home Care",
            f"{g} Consumer Directed Services",
            f"Helping Hands of {g}",
            f"{g} Personal Care Partners",
            f"Caring Neighbors of {g}",
        )
    )


def _org_employer(r: random.Random) -> str:
    return r.choice(
        (
            "Brightline Logistics",
            "Kessel Tool & Die",
            "Harbor Point Credit Union",
            "Wexford Data Systems",
            "Cobblestone Grocers",
            "Tamarack Staffing Services",
            "Ridgeway Public Library",
            "Northgate Plastics",
            "Pinecrest Call Center",
            "Lakeview Central School District",
            "Alder & Finch Accounting",
            "Blue Heron Packaging",
        )
    )


def _org_school(r: random.Random) -> str:
    return r.choice(
        (
            "Mapleton Community College",
            "Clearbrook High School",
            "Van Rensselaer Middle School",
            "Harwood State College",
            "Eastfield BOCES",
            "St. Brendan Academy",
            "Quarry Hill University",
        )
    )


def _org_hosp(r: random.Random) -> str:
    return r.choice(
        (
            "St. Agnes Rehabilitation Hospital",
            "Elm Valley Medical Center",
            "Sunrise Ridge Nursing and Rehab",
            "Mercy Hollow Hospital",
            "Lakeshore General",
            "Highbridge Rehabilitation Institute",
            "Good Shepherd Subacute Center",
        )
    )


# --------------------------------------------------------------------------------------------------
# Planting templates: (text with one {v}, value function). Masked copies use ``___`` instead.
# --------------------------------------------------------------------------------------------------

_Tpl = tuple[str, Callable[[random.Random], str]]
_T: dict[str, list[_Tpl]] = {
    "PHONE": [
        ("Pt's cell: {v} (ok to leave detailed msg per pt)", _phone),
        ("Call-back number for the ILC peer advocate: {v}", _phone),
        ("Contact       | Role              | Phone\n___           | daughter / HCP    | {v}", _phone),
        ("If the chair fails again, wife can be reached at {v}; she keeps the CDPAP timesheets.", _phone),
        ("Paratransit trip confirmations go to home phone {v}.", _phone),
        ("Tel {v}  ext. 214", _phone),
        ("PH: {v}", _phone),
        ("Vendor ATP returned call from\n{v} re: backorder of the tilt actuator.", _phone),
        ("Spoke w/ employer HR rep (direct line {v}) about the accommodation request.", _phone),
        ("home #{v}", _phone),
        ("Emergency contact ....... ___ (sister) ....... {v}", _phone),
        ("telephone:{v}", _phone),
    ],
    "FAX": [
        ("Please fax the signed LMN to {v} (attn: seating clinic).", _phone),
        ("Fax: {v}", _phone),
        ("MSS faxed to the DDS examiner at {v} on ___.", _phone),
        ("F {v} | P ___", _phone),
        ("fax# {v}", _phone),
        ("Completed Medical Source Statement returned via fax ({v}); confirmation sheet scanned to media tab.", _phone),
        ("Referral packet sent -> VR counselor fax {v}", _phone),
        ("Facsimile: {v}", _phone),
        ("Send PA paperwork to the vendor's billing fax\n{v}", _phone),
    ],
    "PAGER": [
        ("Seating clinic PT, pager {v}", _pager),
        ("page {v} with questions about the cushion trial", _pager),
        ("Covering: ___, NP (pgr {v})", _pager),
        ("beeper {v}", _pager),
        ("SW on call -- pager# {v}", _pager),
        ("Paged rehab resident at {v} re: skin check before transfer.", _pager),
        ("Pager:{v}", _pager),
        ("Questions -> wound nurse, page {v}.", _pager),
    ],
    "EMAIL": [
        ("Email the LMN draft to the ATP: {v}", _email),
        ("Pt prefers email for appointment reminders ({v}).", _email),
        ("From: {v}\nSent: ___\nSubject: RE: chair repair status", _email),
        ("E-mail: {v}", _email),
        ("Counselor contact: ___ <{v}>", _email),
        ("Accommodation letter sent to HR at {v} per pt request (signed release on file).", _email),
        ("cc: {v}", _email),
        ("email -- {v}", _email),
    ],
    "URL": [
        ("Repair ticket tracker: {v}", _url),
        ("Pt uploaded photos of the cracked armrest to {v}", _url),
        ("Intake form link (ILC): {v}", _url),
        ("See {v} for the waiver service plan draft.", _url),
        ("Caregiver transfer-training video shared via {v}", _url),
        ("Family mentioned a fundraising page for the ramp ({v}).", _url),
        ("link: {v}", _url),
    ],
    "IP_ADDRESS": [
        ("Power chair telemetry gateway last check-in from IP {v}", _ip),
        ("SGD remote support session opened from {v} (vendor tech).", _ip),
        ("Telehealth seating visit -- connection log: client {v}, duration 34 min", _ip),
        ("Remote monitoring hub address {v} per IT ticket.", _ip),
        ("Login audit: portal access from {v} at ___", _ip),
        ("ip={v}", _ip),
        ("Device IP {v} (home Wi-Fi), firmware pushed by vendor", _ip),
    ],
    "SSN": [
        ("SSN: {v}", _ssn),
        ("Social Security No. {v} (verified against card for the SSI application)", _ssn),
        ("SS# {v}", _ssn),
        ("Pt's social {v} was written on the function report in error -- form re-sent.", _ssn),
        ("Benefits counselor asked for last-4 only; full SSN {v} appears on the copy scanned by registration.", _ssn),
        ("| SSN        | {v} |", _ssn),
        ("soc sec #: {v}", _ssn),
    ],
    "MRN": [
        ("MRN: {v}", _mrn),
        ("Unit No:   {v}", _mrn),
        ("Medical record # {v}", _mrn),
        ("Pt ID {v} / Acct ___", _mrn),
        ("Outside records filed under MR# {v}.", _mrn),
        ("Hospital number {v}", _mrn),
        ("MRN {v} (merged chart)", _mrn),
    ],
    "ACCOUNT": [
        ("VR case # {v}", _acct_vr),
        ("ACCES-VR case no. {v} (counselor ___)", _acct_vr),
        ("Waiver case number: {v}", _acct_waiver),
        ("NHTD waiver case {v}, service coordinator ___", _acct_waiver),
        ("Repair work order {v} opened with the vendor on ___.", _acct_wo),
        ("W/O# {v}", _acct_wo),
        ("Prior auth {v} approved for the K0861 base; E2300 seat elevator still pending.", _acct_pa),
        ("PA number: {v}", _acct_pa),
        ("Accession: {v}", _acct_acc),
        ("Encounter #{v}", _acct_enc),
        ("Account number {v}", _acct_enc),
        ("DME claim {v} denied (CO-50), appeal with updated LMN.", _acct_claim),
        ("| Work order | {v} | open |", _acct_wo),
    ],
    "HEALTH_PLAN": [
        ("Medicaid CIN: {v}", _hp_cin),
        ("Medicaid ID {v} (active, spend-down met)", _hp_cin),
        ("Medicare MBI {v}", _hp_mbi),
        ("Medicare # {v}", _hp_mbi),
        ("MLTC plan member ID: {v}", _hp_member),
        ("Subscriber ID {v} (group ___)", _hp_member),
        ("Policy no. {v}", _hp_member),
        ("| Medicaid | {v} | active |", _hp_cin),
    ],
    "LICENSE": [
        ("NPI: {v}", _lic_npi),
        ("Certifying physician NPI {v}, NY license ___", _lic_npi),
        ("NYS license # {v}", _lic_ny),
        ("DEA {v}", _lic_dea),
        ("Pt's driver's license ({v}) reviewed; hand-control restriction noted.", _lic_dl),
        ("Lic. {v}", _lic_ny),
        ("Signed: ___, MD   NPI {v}", _lic_npi),
        ("OT license {v}", _lic_ny),
        ("driver lic #{v}", _lic_dl),
    ],
    "ZIP": [
        ("___, NY {v}", _zip),
        ("ZIP: {v}", _zip),
        ("Zip code {v} is outside the paratransit service area.", _zip),
        ("Mailing zip {v}", _zip),
        ("postal code {v}", _zip),
        ("City/State/Zip: ___ / NY / {v}", _zip),
    ],
    "STREET_ADDRESS": [
        ("Home: {v}, ___, NY ___", _street),
        ("Address: {v}", _street),
        ("Ramp to be installed at {v} (rear entrance).", _street),
        ("Pt moving to an accessible unit at {v} next month.", _street),
        ("Deliver chair to {v}", _street),
        ("Paratransit pickup point: {v}", _street),
        ("| Street | {v} |", _street),
    ],
    "DATE_REAL_YEAR": [
        ("Date of onset: {v}", _date),
        ("SSDI application filed {v}; initial denial ___.", _date),
        ("DOB {v}", _date),
        ("Last worked {v}", _date),
        ("Current chair delivered {v}, now out of warranty.", _date),
        ("Signed {v}", _date),
        ("| Date of injury | {v} |", _date),
        ("Alleged onset date (AOD): {v}", _date),
        ("Hearing scheduled for {v} before ALJ ___.", _date),
        ("Date of birth:\n{v}", _date),
    ],
    "AGE_OVER_89": [
        ("Pt is a {v} year old retired machinist who lives alone with PCA 6 h/day.", _age),
        ("Age: {v}", _age),
        ("Mother ({v} y.o.) is no longer able to assist with transfers.", _age),
        ("At age {v}, pt still self-propels short distances indoors.", _age),
        ("{v} yo F, long-time wheelchair user", _age),
        ("Age {v} -- eligible for reduced-fare paratransit.", _age),
        ("{v}-year-old man, pre-admission PCA 4 h/day", _age),
    ],
    "DEVICE_ID": [
        ("Power chair serial: {v}", _dev_pwc),
        ("Base SN {v}", _dev_pwc),
        ("SGD S/N {v}", _dev_sgd),
        ("Hearing aids: R serial {v}, L serial ___", _dev_ha),
        ("Asset tag {v} (loaner tilt-in-space chair)", _dev_asset),
        ("UDI (01)00884521153214(17)270831(10)LT4471(21){v}", _dev_udi),
        ("Serial no. {v} on the frame under the seat pan.", _dev_pwc),
        ("| Serial | {v} |", _dev_pwc),
        ("speech device serial #{v}", _dev_sgd),
    ],
    "VEHICLE_ID": [
        ("Adapted van plate {v} (rear-entry ramp).", _veh_plate),
        ("NY plate {v}", _veh_plate),
        ("VIN {v}", _veh_vin),
        ("Lic plate# {v}", _veh_plate),
        ("Pt drives a modified minivan, tag {v}, with hand controls.", _veh_plate),
        ("Accessible parking permit tied to plate {v}.", _veh_plate),
        ("Van conversion quote lists VIN: {v}", _veh_vin),
    ],
    "PERSON": [
        ("PCA: {v}", _person),
        ("Seen with ATP {v} from the vendor.", _person),
        ("VR counselor {v}", _person),
        ("Dr. {v}", _person),
        ("Electronically signed by {v}, MD", _person),
        ("Wife {v} present for the teaching.", _person),
        ("Peer advocate {v} (ILC) joined by phone.", _person),
        ("Referred by {v}, PT", _person),
        ("HCP/agent: {v}", _person),
    ],
    "LOCATION": [
        ("Lives in {v} with adult son.", _town),
        ("Paratransit service area does not extend to {v}.", _town),
        ("Recently moved from {v} to a first-floor unit.", _town),
        ("Home: ___, {v}, NY", _town),
        ("Town: {v}", _town),
        ("Works at a distribution warehouse in {v}.", _town),
        ("Nearest accessible housing waitlist is in {v}.", _town),
    ],
    "ORGANIZATION": [
        ("Vendor: {v}", _org_vendor),
        ("Chair repair through {v}", _org_vendor),
        ("Referred to {v} for peer support and benefits advisement.", _org_ilc),
        ("{v} (ILC) will assist with the housing application.", _org_ilc),
        ("ACCES-VR, {v}", _org_vr),
        ("PCA hours staffed by {v}.", _org_agency),
        ("Employer: {v}", _org_employer),
        ("Pt works as a ___ at {v}.", _org_employer),
        ("Transferred from {v}.", _org_hosp),
        ("Student at {v}; accommodation letter requested.", _org_school),
        ("Agency: {v}", _org_agency),
    ],
}

# --------------------------------------------------------------------------------------------------
# Document builders
# --------------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.looks: list[str] = []
        self.sex = r.choice((("M", "man"), ("F", "woman")))

    def la(self, s: str) -> str:
        self.looks.append(s)
        return s

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.r.choice(seq)

    def shifted(self) -> str:
        r = self.r
        y, m, d = r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}")))

    def age(self) -> str:
        return self.la(f"{self.r.randint(19, 86)}-year-old")

    def lot(self) -> str:
        return self.la(f"Lot {self.r.choice('ABKLMT')}{_digits(self.r, 5)}")

    def ref(self) -> str:
        return self.la(f"REF {self.r.choice(('PM', 'RQ', 'JY', 'VX'))}{_digits(self.r, 6)}")

    def expiry(self) -> str:
        r = self.r
        y, m, d = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice((f"Exp {y}-{m:02d}-{d:02d}", f"EXP {m:02d}/{y}", f"expiry {m:02d}/{d:02d}/{y}")))

    def version(self) -> str:
        return self.la(f"v{self.r.randint(1, 9)}.{self.r.randint(0, 19)}.{self.r.randint(0, 9)}")

    def tollfree(self) -> str:
        r = self.r
        return self.la(
            f"1-{r.choice(('800', '888', '877', '866', '855'))}-{r.randint(201, 989)}-{r.randint(0, 9999):04d}"
        )

    def animal(self) -> str:
        return self.la(self.r.choice(_ANIMALS))

    def chip(self) -> str:
        r = self.r
        return self.la(
            r.choice(
                (
                    f"microchip {r.choice(('985', '956', '900'))}{_digits(r, 12)}",
                    f"registry no. SDR-{_digits(r, 5)}",
                    f"ID tag ADI-{_digits(r, 6)}",
                )
            )
        )


def _dx(c: _Ctx) -> str:
    return c.pick(
        (
            "T4 complete paraplegia (AIS A)",
            "C5 AIS B tetraplegia",
            "C6 incomplete tetraplegia (ASIA Impairment Scale C)",
            "spastic quadriplegic cerebral palsy, GMFCS level V",
            "ALS (ALSFRS-R 19)",
            "multiple sclerosis, EDSS 8.0",
            "L3 myelomeningocele",
            "Duchenne muscular dystrophy",
            "Friedreich ataxia",
            "Charcot-Marie-Tooth disease with foot drop",
            "traumatic brain injury with left hemiparesis",
            "Parkinson disease with recurrent falls",
            "bilateral transfemoral amputations",
            "Guillain-Barre syndrome with residual weakness",
            "Huntington disease",
        )
    )


def _sex(c: _Ctx) -> tuple[str, str]:
    return c.sex


def _header(c: _Ctx, service: str) -> str:
    s, _ = _sex(c)
    allergy = c.pick(
        (
            "Patient recorded as having No Known Allergies to Drugs",
            "latex",
            "Penicillins",
            "sulfa (Sulfonamide Antibiotics)",
            "Baclofen (intrathecal pump complication)",
            "adhesive tape",
        )
    )
    return (
        f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  ___             Sex:   {s}\n\nService: {service}\n\nAllergies: \n{allergy}\n\n"
        f"Attending: ___."
    )


def _chair(c: _Ctx) -> str:
    return c.la(c.pick(_CHAIRS))


def _cushion(c: _Ctx) -> str:
    return c.la(c.pick(_CUSHIONS))


def _b_sci_pi(c: _Ctx) -> list[str]:
    stage = c.pick(("stage 4", "stage 3", "unstageable"))
    site = c.pick(("sacral", "right ischial", "left ischial", "coccygeal", "left greater trochanteric"))
    return [
        _header(c, c.pick(("MEDICINE", "PLASTIC SURGERY", "REHABILITATION MEDICINE"))),
        f"Chief Complaint:\n{site} pressure injury, fever",
        f"History of Present Illness:\n___ year old {_sex(c)[1]} with {_dx(c)} (injured as a {c.age()} per old "
        f"records), admitted with a {stage} {site} pressure injury. "
        f"Pt reports the {_chair(c)} tilt function stopped working ~3 weeks ago, so pressure relief has been "
        f"limited to forward leans. The {_cushion(c)} was found under-inflated on arrival.",
        f"Brief Hospital Course:\n# {site.capitalize()} pressure injury: debrided at bedside by plastics; "
        f"{c.la(c.pick(('Mepilex Border', 'Santyl', 'Wound VAC')))} applied. MRI pelvis on {c.shifted()} without "
        f"osteomyelitis. Turned q2h, Braden scale {c.r.randint(10, 16)}.\n# Seating: seating and mobility clinic "
        "consulted; "
        f"pressure mapping showed peak pressure {c.r.randint(70, 160)} mmHg at the {site} area. Tilt actuator repair "
        f"requested from vendor ___; loaner chair issued.\n# Neurogenic bladder: {c.la('Foley catheter')} exchanged, "
        f"{c.la('Oxybutynin')} 5 mg TID continued.\n# Spasticity: {c.la('Baclofen')} {c.pick(('10', '15', '20'))} mg "
        "TID, "
        f"{c.la('Modified Ashworth')} 2 in bilateral hamstrings; {c.la('Tizanidine')} 2 mg qHS added.",
        f"Social / Disability:\nLives with ___ in a second-floor apartment without an elevator; ILC referral made for "
        f"accessible housing ({c.la('Section 8')} voucher pending). Receives {c.la('SSDI')} "
        f"{c.la(f'since {c.r.randint(1990, 2022)}')}; "
        f"PCA {c.r.randint(4, 12)} h/day through ___.",
        f"Discharge Medications:\n1. {c.la('Enoxaparin')} 40 mg SC daily\n2. Baclofen as above\n3. Senna 8.6 mg 2 "
        "tab qHS\n"
        f"4. Ascorbic acid 500 mg daily, zinc sulfate 220 mg daily x 14 days",
        "Discharge Disposition:\nHome With Service\n\nDischarge Diagnosis:\n" + f"{stage} {site} pressure injury",
        "Followup Instructions:\nSeating clinic ___ for cushion re-fit; plastics in 2 weeks. Call the vendor "
        "service line "
        f"{c.tollfree()} for any further chair failure.",
    ]


def _b_seating(c: _Ctx) -> list[str]:
    return [
        _header(c, "PHYSICAL MEDICINE AND REHABILITATION"),
        f"SEATING AND MOBILITY EVALUATION / LETTER OF MEDICAL NECESSITY\nDiagnosis: {_dx(c)}. Current device: "
        f"{_chair(c)} received ___ (over 5 years old), {_cushion(c)}, {c.la(c.pick(_ELECTRONICS))}.",
        f"Mobility-related ADLs: unable to complete toileting, dressing and meal prep within the home in a timely "
        f"manner without a power mobility device. MRADL limitation cannot be resolved with a cane, walker or "
        f"optimally configured manual wheelchair (shoulder pain, {c.la('Modified Ashworth')} 3 in elbow flexors).",
        f"Mat evaluation: pelvic obliquity {c.r.randint(5, 20)} degrees, {c.pick(('fixed', 'flexible'))}; hip flexion "
        f"limited to {c.r.randint(70, 100)} degrees on the right ({c.la('Thomas test')} positive). Posterior pelvic "
        f"tilt with kyphotic posture. Sitting balance poor.",
        f"Recommendation:\n- Group 3 power wheelchair base (HCPCS {c.la(c.pick(('K0861', 'K0862', 'K0864')))}) with "
        "power "
        f"tilt ({c.la('E1002')}), recline ({c.la('E1003')}) and elevating leg rests\n- Skin-protection and "
        "positioning cushion "
        f"{c.la('E2622')}\n- Alternative drive control: {c.la(c.pick(_ELECTRONICS))} ({c.version()} firmware)\n- "
        f"Custom molded back: lateral trunk supports\nSeat-to-floor height {c.r.randint(17, 21)} in; seat depth "
        f"{c.r.randint(16, 20)} in.",
        f"Trials: {c.pick(_CHAIRS)} demo trialled on ___ with good navigation through doorways; pt completed the "
        f"obstacle course without collisions. Tilt used every 30 min for pressure relief as instructed.",
        "Pt/family agree with the plan. LMN and face-to-face note to be sent to vendor ___; ATP ___ present. "
        "Face-to-face exam done by the treating physician within 45 days of order.",
        f"Signed: ___, PT, DPT, ATP/SMS        Date: {c.shifted()}",
    ]


def _b_mss(c: _Ctx) -> list[str]:
    return [
        _header(c, "MEDICINE"),
        "MEDICAL SOURCE STATEMENT OF ABILITY TO DO WORK-RELATED ACTIVITIES (PHYSICAL)\nClaimant: ___   SSA claim #: "
        "___"
        "   DDS case: ___\nPrepared at the request of the claimant's representative for the "
        f"{c.la(c.pick(('SSDI', 'SSI')))} "
        f"application. Treating relationship since ___; seen ___ times.",
        f"Diagnoses: {_dx(c)}; chronic neuropathic pain; depression (PHQ-9 {c.r.randint(5, 19)}).",
        "Lifting/carrying: less than 10 lb occasionally; never 20 lb.\nStanding/walking: less than 2 hours in an "
        "8-hour "
        f"day; requires a wheelchair for all community distances.\nSitting: about {c.r.randint(2, 6)} hours total, "
        "needs "
        f"position changes every 20-30 minutes (pressure-injury history).\nManipulation: reaching overhead never; "
        f"fine fingering occasionally (grip {c.r.randint(4, 18)} kg R, {c.r.randint(4, 18)} kg L, Jamar dynamometer).",
        "Off-task estimate: 25% or more of the workday. Absences: more than 4 days/month. Impairment has lasted or "
        "is expected to last at least 12 months. Earliest date the limitations apply: ___.",
        f"Supporting findings: {c.la('Berg Balance Scale')} {c.r.randint(8, 30)}/56; {c.la('Barthel Index')} "
        f"{c.r.randint(20, 70)}/100; {c.la('Functional Independence Measure')} motor {c.r.randint(20, 60)}; EMG "
        f"{c.shifted()} consistent with the diagnosis.",
        f"Comment: the claimant also asked about {c.la('Ticket to Work')} and the {c.la('Medicaid Buy-In')}; "
        "referred to "
        f"a benefits counselor. Program info: {c.la(c.pick(_PUBLIC_SITES))}, SSA {c.la(c.pick(_PUBLIC_LINES))}.",
        "Physician signature: ___, MD      Date: ___",
    ]


def _b_vr(c: _Ctx) -> list[str]:
    return [
        _header(c, "REHABILITATION MEDICINE"),
        f"VOCATIONAL REHABILITATION REFERRAL\nTo: {c.la('ACCES-VR')} district office, counselor ___\nRe: ___, DOB ___\n"
        f"The patient is a {c.age()} with {_dx(c)} who was working as a ___ until ___ and wishes to return to work.",
        f"Functional status at discharge: independent with power wheelchair mobility ({_chair(c)}); "
        f"{c.pick(('min assist', 'mod assist', 'supervision'))} for transfers with a slide board; uses voice-to-text "
        f"software and a trackball; typing {c.r.randint(8, 30)} wpm.",
        "Services requested: vocational evaluation; assistive technology assessment (work-site); job coaching; "
        "driver rehabilitation evaluation for hand controls; college tuition support if retraining is chosen.",
        f"Benefits: on {c.la('SSDI')}; counsel on trial work period and {c.la('Ticket to Work')}; "
        f"{c.la('ABLE account')} discussed. Job accommodation ideas at {c.la('askjan.org')} "
        f"({c.la('Job Accommodation Network')}).",
        f"Barriers: paratransit unreliable ({c.la('Access-A-Ride')} late pickups), fatigue by mid-afternoon, "
        f"bladder program every 4 h.",
        "Please contact the rehab team with the case number once opened.\nSigned ___, MD / ___, OTR/L",
    ]


def _b_home(c: _Ctx) -> list[str]:
    return [
        _header(c, "REHABILITATION MEDICINE"),
        f"OT HOME ASSESSMENT / HOME MODIFICATION RECOMMENDATIONS\nPt: {_dx(c)}, uses {_chair(c)} "
        f"(overall width {c.r.randint(24, 27)} in, length {c.r.randint(40, 47)} in).",
        f"Entrance: {c.r.randint(2, 6)} steps, total rise {c.r.randint(14, 36)} in; a ramp at 1:12 would need "
        f"~{c.r.randint(14, 36)} ft plus a 5 x 5 ft landing. Vertical platform lift considered instead.",
        "Interior: hallway 36 in, bathroom door 28 in (needs offset hinges or widening to 32 in clear). Tub/shower: "
        "recommend roll-in shower with a fold-down bench and hand-held shower; grab bars at 33-36 in. "
        f"Ceiling track lift vs. {c.la('Hoyer lift')} discussed; caregiver trained with a {c.la('Sara Stedy')}.",
        f"Housing: landlord approval required; reasonable modification request letter provided. Waitlisted for "
        f"accessible unit; {c.la('Section 8')} voucher holder. {c.la('NHTD waiver')} environmental modification funds "
        f"requested (quote due ___).",
        "Kitchen: counter 34 in, no knee clearance; recommend pull-out work surface. Fall risk: "
        f"{c.la('Berg Balance Scale')} "
        f"not applicable (non-ambulatory).",
        f"Therapist: ___, OTR/L   Visit date: {c.shifted()}",
    ]


def _b_pca(c: _Ctx) -> list[str]:
    return [
        _header(c, "MEDICINE"),
        f"SOCIAL WORK: PERSONAL CARE / WAIVER ASSESSMENT\nPt is a {c.age()} with {_dx(c)}. Prior to admission received "
        f"{c.r.randint(20, 70)} h/week of personal care through {c.la('CDPAP')}; designated representative ___.",
        f"Needs: total assist for bathing and lower-body dressing; bowel program every other evening; transfers "
        f"with {c.la('Hoyer lift')}; nighttime repositioning q3h. Requesting increase to "
        f"{c.r.randint(56, 168)} h/week (split shift).",
        f"Programs: Medicaid active; {c.la(c.pick(('NHTD waiver', 'TBI waiver', 'OPWDD')))} application in process "
        f"(service coordinator ___). MLTC plan assessment (UAS-NY) scheduled ___. {c.la('Medicare Part B')} covers "
        f"the wheelchair repair portion.",
        "Caregiver: ___ (PCA) has worked with pt for 3 years; second aide ___ recently left. Backup plan: agency "
        "___ for gaps.",
        f"Plan: discharge once {c.r.randint(40, 84)} h/week is authorized; interim home care through ___. "
        f"Independent living centre peer counselor to help with the fair-hearing request if hours are reduced.",
        "Social worker: ___, LMSW",
    ]


def _b_para(c: _Ctx) -> list[str]:
    a = c.animal()
    return [
        _header(c, "NEUROLOGY"),
        f"PARATRANSIT ELIGIBILITY / FUNCTIONAL CERTIFICATION\nApplicant: ___   Application date: ___\nDiagnosis: "
        f"{_dx(c)}. Mobility aid: {_chair(c)}; occupied weight with chair ~{c.r.randint(380, 520)} lb (lift-rated "
        f"vehicle required).",
        "Functional ability: cannot travel 1/4 mile to a fixed-route stop or wait outdoors; curb cuts and snow "
        "prevent independent travel. Needs door-to-door assistance. Conditional eligibility not appropriate. "
        f"A personal care attendant rides free. ({c.la('Access-A-Ride')} application form completed.)",
        f"SERVICE ANIMAL\nThe patient is accompanied by {a}, a {c.pick(_BREEDS)} ({c.chip()}), trained to retrieve "
        f"dropped items, open doors and brace during transfers. {a} is a service animal under the ADA "
        f"({c.la('www.ada.gov')}) and must be allowed on paratransit vehicles and in the patient's housing.",
        f"During admission {a} stayed with ___ (friend); handler-animal reunification visits approved by infection "
        f"control. Vaccinations current through {c.expiry()}.",
        f"Neurologist: ___, MD    Dictated {c.shifted()}",
    ]


def _b_ada(c: _Ctx) -> list[str]:
    school = c.r.random() < 0.4
    who = "student" if school else "employee"
    return [
        _header(c, c.pick(("NEUROLOGY", "MEDICINE", "REHABILITATION MEDICINE"))),
        f"ADA ACCOMMODATION LETTER ({'school' if school else 'workplace'})\nTo whom it may concern,\n"
        f"___ is a {who} under my care for {_dx(c)}, a disability under the Americans with Disabilities Act "
        f"{'and Section 504' if school else ''}. This letter follows the recent hospital admission ___ to ___.",
        "Requested accommodations:\n1. Accessible workstation or desk height 29-34 in with knee clearance\n"
        "2. Modified schedule: start after 10:00 because of the morning bowel/bladder program\n"
        "3. Rest breaks of 10 minutes every 2 hours for pressure relief\n"
        f"4. {'Extended test time (1.5x) and a note-taker' if school else 'Telework 2 days/week'}\n"
        "5. Accessible parking close to the entrance and an automatic door opener",
        f"The {who} uses a {_chair(c)} and a {c.la(c.pick(_SGDS + _HEARING))}; staff should speak directly to them. "
        f"Further ideas: {c.la('Job Accommodation Network')} ({c.la('800-526-7234')}).",
        f"Expected duration: permanent; reassess in 12 months. Return to {'classes' if school else 'work'} on ___.",
        f"Sincerely,\n___, MD\nDate: {c.shifted()}",
    ]


def _b_repair(c: _Ctx) -> list[str]:
    return [
        _header(c, "MEDICINE"),
        "Chief Complaint:\nUTI; discharge delayed by power wheelchair breakdown",
        f"History:\n{c.age()} patient with {_dx(c)}; the {_chair(c)} "
        f"({c.la(c.pick(_ELECTRONICS))}) stopped driving on the day of admission: error code "
        f"'E{c.r.randint(10, 59)}' on the "
        f"joystick, batteries {c.r.randint(2, 5)} years old.",
        f"Hospital Course:\nUTI treated with cefpodoxime x 7 days. Medically ready for discharge on hospital day "
        f"{c.r.randint(3, 6)}, but pt cannot go home without a working chair (no manual back-up, lives alone). "
        f"Vendor ___ diagnosed a failed motor and controller; parts ordered ({c.ref()}, {c.lot()}). Prior "
        f"authorization submitted to Medicaid for batteries ({c.la('E2359')} x2) and motor; repair estimate $2,340.",
        f"Loaner: a {c.pick(_CHAIRS)} loaner was offered but cannot accommodate the custom back; "
        f"{c.la('Rifton E-Pacer')} not appropriate. Discussed with case management ___.",
        f"Disposition: discharged home on ___ once the repaired chair was delivered to the unit and driving tested "
        f"by PT. Vendor service {c.tollfree()}. Warranty on new batteries {c.expiry()}.",
        "Case manager: ___, RN",
    ]


def _rad_head(c: _Ctx, exam: str) -> str:
    return f"EXAMINATION:  {exam}\n\nINDICATION:  ___ year old {_sex(c)[1]} with {_dx(c)}"


def _b_pelvis(c: _Ctx) -> list[str]:
    side = c.pick(("left", "right"))
    return [
        _rad_head(c, "PELVIS AND BILATERAL HIPS, AP AND FROG-LEG") + f"; seated in a {_chair(c)}; seating clinic "
        "requests assessment of pelvic obliquity and hip migration before a custom molded seat.",
        f"TECHNIQUE:  AP pelvis supine, legs neutral as tolerated; frog-leg laterals of both hips.\n\nCOMPARISON:  "
        f"Outside films from ___ and pelvis radiograph {c.shifted()}.",
        f"FINDINGS:\nPelvic obliquity, {side} hemipelvis elevated by {c.r.randint(8, 25)} mm. "
        f"{c.la('Reimers migration index')} approximately {c.r.randint(10, 60)}% on the right and "
        f"{c.r.randint(10, 60)}% on the left. Acetabular index {c.r.randint(18, 32)} degrees. Windswept configuration "
        f"of the hips. Heterotopic ossification about the {side} hip, Brooker class {c.pick(('II', 'III'))}. "
        "Diffuse osteopenia. No acute fracture. Sacrum partially obscured by bowel gas.",
        f"IMPRESSION:\n1. Pelvic obliquity with {side} hemipelvis elevated; windswept hips.\n2. Hip subluxation as "
        "above.\n3. Heterotopic ossification; correlate with seated hip flexion range for seat-to-back angle.",
    ]


def _b_scoliosis(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, "SCOLIOSIS SERIES, SEATED PA AND LATERAL") + f". Films obtained in the patient's own wheelchair "
        f"with the {_cushion(c)} cushion in place, for custom seating.",
        f"COMPARISON:  {c.shifted()}.",
        f"FINDINGS:\nRight thoracolumbar curve T{c.r.randint(4, 8)}-L{c.r.randint(1, 3)} measuring "
        f"{c.r.randint(25, 85)} degrees ({c.la('Cobb angle')}), previously {c.r.randint(20, 70)} degrees. Compensatory "
        f"lumbar curve {c.r.randint(10, 40)} degrees. Pelvic obliquity {c.r.randint(5, 25)} degrees. "
        f"{c.la('Risser grade')} {c.r.randint(0, 5)}. Thoracic kyphosis {c.r.randint(30, 80)} degrees. "
        + c.pick(("No spinal hardware.", "Intact Harrington rods T4-L1.", "Intact posterior rods and pedicle screws.")),
        "Lateral: coronal decompensation of ~3 cm to the right; rib-pelvis contact on the concavity.",
        "IMPRESSION:\n1. Progressive neuromuscular scoliosis as measured.\n2. Pelvic obliquity; lateral trunk "
        "supports and a custom molded seat insert may help.",
    ]


def _b_swallow(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, "VIDEO OROPHARYNGEAL SWALLOW (MODIFIED BARIUM SWALLOW)") + f"; communicates with a "
        f"{c.la(c.pick(_SGDS))}. Study performed with speech-language pathology; patient seated in own power chair "
        "with "
        f"{c.r.randint(10, 30)} degrees tilt.",
        f"TECHNIQUE:  Lateral and AP fluoroscopy with thin, mildly thick ({c.la('IDDSI')} 2), moderately thick, "
        "puree and "
        f"solid barium consistencies. Fluoro time {c.r.randint(1, 4)}.{c.r.randint(0, 9)} min.",
        f"FINDINGS:\nDelayed swallow initiation. Vallecular residue moderate. Penetration with thin liquids, "
        f"{c.la('Penetration-Aspiration Scale')} {c.r.randint(3, 8)}; silent aspiration with thin liquid by cup. "
        "Chin tuck "
        "reduced penetration. Cervical osteophytes at C5-6 without obstruction.",
        "IMPRESSION:\nOropharyngeal dysphagia with silent aspiration of thin liquids; please see SLP report for "
        "diet recommendations (mildly thick liquids, chin tuck).",
    ]


def _b_mri_pi(c: _Ctx) -> list[str]:
    site = c.pick(("sacral", "right ischial", "left ischial", "coccygeal"))
    return [
        _rad_head(c, "MRI PELVIS WITHOUT AND WITH IV CONTRAST") + f", {site} stage 4 pressure injury; evaluate for "
        "osteomyelitis prior to flap.",
        f"TECHNIQUE:  Multiplanar multisequence MRI of the pelvis before and after {c.r.choice(('7', '7.5', '8'))} mL "
        f"{c.la('Gadavist')} ({c.lot()}, {c.expiry()}).",
        f"COMPARISON:  CT pelvis {c.shifted()}.",
        f"FINDINGS:\nDeep soft tissue ulcer overlying the {site} region, {c.r.randint(2, 6)}.{c.r.randint(0, 9)} cm, "
        "with "
        f"sinus tract extending to the cortex. Marrow edema with T1 hypointensity and enhancement of the underlying "
        "bone, consistent with osteomyelitis. Rim-enhancing fluid collection "
        f"{c.r.randint(1, 4)}.{c.r.randint(0, 9)} cm. "
        "Muscle atrophy of the gluteal musculature. Foley balloon in the bladder.",
        "IMPRESSION:\n1. Osteomyelitis underlying the pressure injury.\n2. Small abscess as above.",
    ]


def _b_dxa(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, "DXA BONE DENSITY, LUMBAR SPINE AND BILATERAL HIPS") + "; evaluate bone health before a standing "
        f"programme with a {c.la(c.pick(('EasyStand Evolv', 'power standing feature', 'Lokomat')))}.",
        f"TECHNIQUE:  {c.la('Hologic Horizon A')} densitometer, software {c.version()}. Distal forearm scanned "
        "instead of the left hip because of hardware.",
        f"FINDINGS:\nL1-L4: BMD 0.{c.r.randint(600, 999)} g/cm2, T-score -{c.r.randint(1, 3)}."
        f"{c.r.randint(0, 9)}, Z-score -{c.r.randint(0, 2)}.{c.r.randint(0, 9)}.\nRight femoral neck: T-score "
        f"-{c.r.randint(2, 4)}.{c.r.randint(0, 9)}.\nDistal 1/3 radius: T-score "
        f"-{c.r.randint(1, 3)}.{c.r.randint(0, 9)}.",
        f"Prior study {c.shifted()}: interval loss of {c.r.randint(3, 12)}% at the femoral neck.",
        "IMPRESSION:\nOsteoporosis by WHO criteria at the femoral neck. Fracture risk with standing and "
        "transfers is elevated; gradual loading recommended.",
    ]


def _b_knee(c: _Ctx) -> list[str]:
    side = c.pick(("RIGHT", "LEFT"))
    return [
        _rad_head(c, f"{side} KNEE AND DISTAL FEMUR, 3 VIEWS") + "; fell during a stand-pivot transfer from the power "
        "chair when the seat elevator failed; swelling, no pain (insensate).",
        f"COMPARISON:  None.\n\nFINDINGS:\nTransverse {c.pick(('supracondylar', 'distal femoral metaphyseal'))} "
        f"fracture with {c.r.randint(2, 9)} mm lateral displacement and mild apex-anterior angulation. Severe disuse "
        "osteopenia. Large joint effusion / lipohemarthrosis. Patellar position normal. Heterotopic ossification "
        "medially.",
        f"Note: a {c.la('Hoyer lift')} is recommended for transfers until orthopedic follow-up; knee immobilizer "
        f"padded for insensate skin. Wheelchair leg rest will need adjustment ({_chair(c)}).",
        "Baseline per the order: short household distances with a walker and a "
        f"{c.la('Trendelenburg gait')}; wheelchair for all other mobility.",
        "IMPRESSION:\nDistal femoral fracture as above in osteopenic bone.",
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[str]]]] = {
    "sci_pressure_injury_dc": ("discharge", _b_sci_pi),
    "seating_clinic_lmn": ("discharge", _b_seating),
    "ssdi_medical_source": ("discharge", _b_mss),
    "vr_referral": ("discharge", _b_vr),
    "home_mod_assessment": ("discharge", _b_home),
    "pca_waiver_sw": ("discharge", _b_pca),
    "paratransit_service_animal": ("discharge", _b_para),
    "ada_accommodation": ("discharge", _b_ada),
    "chair_repair_delay": ("discharge", _b_repair),
    "pelvis_hips_seating": ("radiology", _b_pelvis),
    "scoliosis_series": ("radiology", _b_scoliosis),
    "video_swallow": ("radiology", _b_swallow),
    "mri_pressure_injury": ("radiology", _b_mri_pi),
    "dxa_standing": ("radiology", _b_dxa),
    "knee_transfer_fall": ("radiology", _b_knee),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DISCHARGE = tuple(k for k, v in _KINDS.items() if v[0] == "discharge")
_RADIOLOGY = tuple(k for k, v in _KINDS.items() if v[0] == "radiology")

_FILLER_DC = (
    "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Out of Bed with assistance to chair or wheelchair.",
    "Discharge Instructions:\nCheck skin twice daily with a mirror; pressure relief every 30 minutes; keep the "
    "cushion inflated as taught. Return for fever, new wounds or autonomic dysreflexia symptoms.",
    "Pertinent Results:\nWBC-9.8 Hgb-10.9 Plt-312 Na-138 K-4.3 Cr-0.4 Alb-2.9 CRP-48 ESR-71 Prealb-14",
    "Physical Exam:\nT 98.6 HR 88 BP 104/62 RR 16 SpO2 97% RA. Skin as documented by wound care. Motor and sensory "
    "levels unchanged from baseline.",
    "Past Medical History:\n- Neurogenic bowel and bladder\n- Recurrent UTIs\n- Chronic shoulder pain (rotator cuff "
    "tendinopathy)\n- Osteoporosis\n- Depression, followed by ___\n- Autonomic dysreflexia (last episode ___)",
    "Social History:\n___\nNon-smoker; occasional alcohol. Drives? see below. Benefits and housing per SW note. "
    "Attends an adaptive sports programme on weekends when transportation allows.",
    "Followup Instructions:\nDepartment: PHYSICAL MEDICINE AND REHABILITATION\nWhen: ___ at ___\nWith: ___\n"
    "Building: ___ Campus: ___ Best Parking: ___",
)
_FILLER_RAD = (
    "Dictating radiologist reviewed the images; findings discussed with the seating clinic therapist by telephone.",
    "NOTE: Positioning limited by contractures and the patient's seating system; views are not true orthogonal.",
    "Radiation dose: DAP reported in the PACS dose sheet. Technologist: ___.",
    "ORDER INFORMATION:\nOrdering provider: ___   Referring clinic: seating and mobility\nAccession: ___   "
    "Exam date: ___\nPatient transported in own wheelchair; two-person slide-board transfer to the table with a "
    "transfer sheet; skin checked before and after by nursing.",
    "RECOMMENDATION(S):  Clinical correlation with the seating assessment. If symptoms progress, cross-sectional "
    "imaging may be considered. Results will be forwarded to the referring physician and the seating clinic.",
    "WET READ: ___ (resident) -- no acute fracture or dislocation on preliminary review; final report to follow.\n"
    "WET READ AUDIT #1: ___ on ___",
    "CLINICAL HISTORY (from the order):  Long-term wheelchair user; evaluation requested by the seating clinic "
    "for a new power mobility device with custom seating. Patient unable to stand for standard positioning.",
    "Attending attestation: I have personally reviewed the images and agree with the report above. ___",
)

_HEAVY = (
    "SCANNED BENEFITS PACKET / RELEASE (OCR)\nName: ___   DOB: ___   SSN: ___\nAddress: ___   City: ___   ZIP: ___\n"
    "Phone: ___   Alt phone: ___   Email: ___\nMedicaid CIN: ___   Medicare: ___   MLTC plan: ___\n"
    "SSA claim #: ___   DDS case #: ___   VR case #: ___\nWaiver case #: ___   PCA agency: ___   Agency phone: ___\n"
    "Vendor: ___   Work order: ___   PA #: ___\nChair serial: ___   Van plate: ___   Driver lic: ___\n"
    "Employer: ___   Supervisor: ___   HR fax: ___\nTreating source: ___   NPI: ___   License: ___\n"
    "Date signed: ___   Witness: ___   Relationship: ___"
)


def _weyl(x: float) -> float:
    return x - int(x)


def document_kind(seed: int, i: int) -> str:
    r = random.Random(f"h78-kind:{seed}:{i}")
    return r.choice(_RADIOLOGY) if r.random() < 0.45 else r.choice(_DISCHARGE)


def _is_heavy(i: int) -> bool:
    return i % 20 == _HEAVY_SLOT


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _weyl(i * _PLASTIC + seed * 0.3819660112501051) < _PLANT_CUT


def _categories(seed: int, i: int, n: int) -> list[str]:
    return [CATEGORIES[int(_weyl(0.5 + (i * 4 + j) * _GOLD + seed * 0.2113248654) * len(CATEGORIES))] for j in range(n)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"h78:{seed}:{i}")
    c = _Ctx(r)
    blocks = builder(c)
    fillers = list(_FILLER_DC if note_type == "discharge" else _FILLER_RAD)
    r.shuffle(fillers)
    while sum(len(b) + 2 for b in blocks) < 1350 and fillers:
        blocks.insert(r.randint(1, len(blocks)), fillers.pop())
    while sum(len(b) + 2 for b in blocks) > 3500 and len(blocks) > 3:
        blocks.pop(r.randint(1, len(blocks) - 2))
    # each block: list of parts, a part is str or (value, category)
    parts_blocks: list[list] = [[b] for b in blocks]
    heavy = _is_heavy(i)
    cats = _categories(seed, i, r.choices((1, 2, 3, 4), weights=(35, 30, 20, 15))[0]) if _is_planted(seed, i) else []
    for cat in cats:
        tpl, fn = r.choice(_T[cat])
        pre, post = tpl.split("{v}")
        host = r.randint(1, len(parts_blocks) - 1)
        if "\n" not in tpl and not tpl.startswith("|") and r.random() < 0.3 and isinstance(parts_blocks[host][-1], str):
            # run on at the end of an existing block (same line), as pasted or dictated text often is
            parts_blocks[host] = parts_blocks[host] + [r.choice((" ", "  ", " -- ", "; ")), pre, (fn(r), cat), post]
        else:
            parts_blocks.insert(r.randint(1, len(parts_blocks)), [pre, (fn(r), cat), post])
    for _ in range(r.choice((0, 1, 1, 2))):
        cat = r.choice(CATEGORIES)
        tpl, _fn = r.choice(_T[cat])
        parts_blocks.insert(r.randint(1, len(parts_blocks)), [tpl.replace("{v}", "___")])
    if heavy:
        parts_blocks.insert(r.randint(1, len(parts_blocks)), [_HEAVY])
    text = ""
    spans: list[tuple[int, int, str]] = []
    for k, pb in enumerate(parts_blocks):
        if k:
            text += r.choice(("\n\n", "\n\n", "\n", "\n \n"))
        for p in pb:
            if isinstance(p, tuple):
                spans.append((len(text), len(text) + len(p[0]), p[1]))
                text += p[0]
            else:
                text += p
    text += "\n"
    looks = sorted({x for x in c.looks if x in text} | {x for x in EPONYMS_AND_BRANDS if x in text})
    return LabelledNote(note_type, text, spans), looks, "heavy" if heavy else "normal"


def holdout78_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout78_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout78_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout78_corpus, argv, "Held-out corpus 78 (disability services and benefits around an admission)"
    )
    holdout_measure.report("holdout78", args, notes, hits, res)


if __name__ == "__main__":
    main()
