"""Held-out corpus 54: clinical engineering, device recalls and adverse-event reporting.

MIMIC-IV-Note-shaped documents about medical devices that failed, were recalled or ended up where they
should not be: biomed (clinical engineering) work orders, FDA MedWatch-style voluntary reports,
MAUDE-style user-facility reports, recall notices with the facility's patient trace, patient
notification letters, implant-registry submissions, infusion-pump and ventilator incident reviews,
device-complication discharge summaries, and imaging of retained, migrated or recalled devices.

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``biomed_work_order``, ``medwatch_voluntary``, ``maude_user_facility``,
  ``recall_notice_trace``, ``patient_notification_letter``, ``implant_registry_entry``,
  ``pump_incident_review``, ``ventilator_incident_review``, ``device_discharge_summary``;
- radiology: ``xr_retained_item``, ``ct_migrated_device``, ``cied_lead_radiograph``,
  ``mri_implant_screen``, ``ir_foreign_body_retrieval``, ``hip_implant_surveillance``.

Label policy (copied from the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency,
school or employer, never a generic department, and never a drug maker, biotech or trial sponsor named
as such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a
whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is
not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device
serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry are not identifiers.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen
numbers; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the member's
id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's
NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and
credentials ("MD", "RN") stay outside.

Conventions of this corpus, where the theme needs them:

- Device makers (Medtronic, Baxter, BD, Philips ...) are named as such and never labelled, like drug
  makers; so are regulators and registries named as programmes (FDA, CDRH, MAUDE, MedWatch, AJRR, NCDR,
  INTERMACS, ECRI). A named hospital, practice, pharmacy, home-medical-equipment supplier serving the
  patient, home-health agency, police or fire department, school or the patient's employer is
  ORGANIZATION.
- A device serial, and a hospital asset tag / equipment control number (it names one physical unit the
  way a serial does), is DEVICE_ID; model, REF/catalogue, lot, GTIN, UDI-DI, firmware and part numbers
  are look-alikes.
- A facility safety-event (incident) number, a biomed work order opened on the patient's event, an
  encounter, accession, order, requisition, claim or specimen number is ACCOUNT. Public numbers -- FDA
  recall numbers (Z-1234-2024), MAUDE/MDR report numbers, manufacturer field-action references -- are
  look-alikes.
- Unmasked dates are shifted into 2100-2199 and never labelled; a real-year whole date is an escaped
  identifier and labelled, except a device, drug or lot expiry date. Bare years (the 2021 foam recall)
  are look-alikes.
- Published hotlines (1-800-FDA-1088, the FDA's fax 1-800-FDA-0178, a maker's toll-free line) and
  public websites (www.fda.gov/medwatch) are look-alikes; a patient's, family's or clinician's own phone,
  fax, pager, e-mail or a patient-specific URL is labelled.
- Every other identifier is ``___`` as in MIMIC-IV-Note; about 57-59% of the notes carry 1-4 escaped
  identifiers, 5% are heavy (many ``___``, nothing planted).

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the
masked PyHealth note-shaped samples under /work/shared/data/ (with SOURCES.md). I did not read the
detector, its rule files, any other corpus, test or benchmark, and never ran the detector on this corpus.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

_M = "___"
_PHI = (math.sqrt(5.0) - 1.0) / 2.0
_RHO = 0.7548776662466927  # 1 / plastic number
_SQ2 = math.sqrt(2.0) - 1.0
_SQ3 = math.sqrt(3.0) - 1.0


def _frac(x: float) -> float:
    return x - math.floor(x)


# --------------------------------------------------------------------------------------------------
# Look-alikes: eponyms, device and drug brands, makers, regulators, systems (never labelled)
# --------------------------------------------------------------------------------------------------

_PUMPS = (
    ("Alaris", "8100 LVP module", "BD"), ("Sigma Spectrum", "35700BAX2", "Baxter"),
    ("Plum 360", "15.2 LVP", "ICU Medical"), ("Medfusion 4000", "4000-0106", "Smiths Medical"),
    ("CADD-Solis", "2110", "Smiths Medical"), ("Agilia VP", "Z022345", "Fresenius Kabi"),
    ("Spectrum IQ", "35800", "Baxter"), ("Alaris PCA", "8120", "BD"),
)
_VENTS = (
    ("Puritan Bennett 980", "PB980", "Medtronic"), ("Trilogy 100", "1054260", "Philips"),
    ("Hamilton C6", "C6", "Hamilton Medical"), ("Servo-u", "6694800", "Getinge"),
    ("V60 BiPAP", "1053617", "Philips"), ("Astral 150", "27002", "ResMed"),
    ("LTV 1200", "18888-001", "Vyaire"), ("DreamStation", "DSX500", "Philips"),
)
_CIEDS = (
    ("Sprint Fidelis", "6949", "Medtronic", "ICD lead"), ("Riata ST", "7000", "St. Jude Medical", "ICD lead"),
    ("Micra", "MC1VR01", "Medtronic", "leadless pacemaker"), ("Azure XT DR", "W1DR01", "Medtronic", "pacemaker"),
    ("Accolade MRI", "L331", "Boston Scientific", "pacemaker"), ("Evera MRI", "DDMB1D4", "Medtronic", "ICD"),
    ("Endotak Reliance", "0185", "Boston Scientific", "ICD lead"), ("Ilivia 7", "404622", "Biotronik", "ICD"),
)
_MIGRANTS = (
    ("Celect", "IVC filter", "Cook", "filter strut"), ("G2", "IVC filter", "Bard", "filter strut"),
    ("Recovery", "IVC filter", "Bard", "filter arm"), ("Gunther Tulip", "IVC filter", "Cook", "filter leg"),
    ("OptEase", "IVC filter", "Cordis", "filter hook"), ("Mirena", "levonorgestrel IUD", "Bayer", "IUD"),
    ("ParaGard", "copper IUD", "CooperSurgical", "IUD"), ("Essure", "tubal insert", "Bayer", "coil insert"),
    ("WallFlex", "biliary stent", "Boston Scientific", "stent"), ("Lap-Band", "adjustable gastric band", "Allergan",
                                                                     "band"),
    ("Kugel", "hernia patch", "Davol", "memory recoil ring"), ("Nexplanon", "etonogestrel implant", "Organon",
                                                                 "implant rod"),
)
_HIPS = (
    ("ASR XL", "acetabular cup", "DePuy"), ("Rejuvenate", "modular neck stem", "Stryker"),
    ("Pinnacle", "metal liner", "DePuy"), ("Durom", "acetabular cup", "Zimmer"),
    ("BHR", "resurfacing head", "Smith & Nephew"), ("M2a-Magnum", "metal liner", "Biomet"),
    ("ABG II", "modular neck stem", "Stryker"),
)
_EPONYMS = (
    "Foley", "Swan-Ganz", "Hickman", "Groshong", "Broviac", "Port-a-Cath", "Dobhoff", "Jackson-Pratt",
    "Blake drain", "Penrose", "Kocher", "Kelly clamp", "Deaver", "Bookwalter", "Steinmann pin",
    "Kirschner wire", "Harrington rod", "Charnley", "Tenckhoff", "Ommaya", "Sengstaken-Blakemore",
    "Mahurkar", "Seldinger", "Trendelenburg", "Valsalva", "Hounsfield", "Kerley B", "Twiddler",
    "Greenfield filter", "Denver shunt", "Minnesota tube", "Pleur-evac", "Codman Hakim", "Strata valve",
    "Amplatz Goose Neck", "EN Snare", "Ray-Tec", "Glasgow", "Richmond", "Braden", "Morse", "Bair Hugger",
)
_SYSTEMS = (
    "Pyxis", "Omnicell", "Epic", "Cerner", "Nuvolo", "AIMS", "TMS", "Accruent", "RL6", "ServiceNow",
    "MedWatch", "MAUDE", "GUDID", "Guardrails", "Dose IQ", "CareFusion", "Masimo", "Vocera", "SurgiCount",
    "RF Assure", "SureScan", "ImageReady", "CareLink", "LATITUDE", "Merlin.net",
)
_MAKERS_EXTRA = ("Medtronic", "Philips", "Baxter", "Abbott", "Stryker", "DePuy", "Getinge", "ResMed")

EPONYMS_AND_BRANDS: tuple[str, ...] = tuple(dict.fromkeys(
    [p[0] for p in _PUMPS] + [v[0] for v in _VENTS] + [c[0] for c in _CIEDS] + [m[0] for m in _MIGRANTS]
    + [h[0] for h in _HIPS] + list(_EPONYMS) + list(_SYSTEMS) + list(_MAKERS_EXTRA)
    + [p[2] for p in _PUMPS] + [v[2] for v in _VENTS] + [c[2] for c in _CIEDS] + [m[2] for m in _MIGRANTS]
    + [h[2] for h in _HIPS]
))

_DEPTS = (
    "Clinical Engineering", "Biomedical Engineering", "Risk Management", "Patient Safety Office",
    "Materials Management", "Sterile Processing", "Respiratory Therapy", "Interventional Radiology",
    "Cardiac Device Clinic", "Supply Chain", "Pharmacy", "Nursing Informatics", "Infection Prevention",
    "Value Analysis Committee", "Orthopaedic Surgery", "Medical Intensive Care Unit",
)
_STATES = ("MA", "NH", "ME", "VT", "RI", "CT", "NY", "Massachusetts", "New Hampshire", "Maine", "Vermont",
           "Rhode Island", "Connecticut", "Minnesota", "California")
_COUNTRIES = ("Ireland", "Costa Rica", "Switzerland", "Mexico", "Germany", "Puerto Rico", "Sweden", "Malaysia")
_HOTLINES = ("1-800-FDA-1088", "1-800-FDA-0178", "1-800-633-8766", "1-866-488-9051", "1-888-732-0915",
             "1-800-227-3422", "1-877-907-7901")
_SITES = ("www.fda.gov/medwatch", "https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfMAUDE/search.cfm",
          "www.fda.gov/medical-devices/medical-device-recalls", "https://accessgudid.nlm.nih.gov",
          "www.recalls.gov", "https://www.cdc.gov/nhsn", "www.ecri.org", "www.ajrr.net")
_DRUGS = (
    ("heparin", "25,000 units/250 mL at 18 units/kg/hr"), ("norepinephrine", "8 mcg/min"),
    ("insulin regular", "4 units/hr"), ("propofol", "30 mcg/kg/min"), ("vancomycin", "1,250 mg q12h"),
    ("hydromorphone PCA", "0.2 mg demand, lockout 10 min"), ("potassium chloride", "10 mEq/100 mL over 1 hr"),
    ("oxytocin", "2 milliunits/min"), ("fentanyl", "50 mcg/hr"), ("magnesium sulfate", "2 g over 2 hr"),
)

# --------------------------------------------------------------------------------------------------
# Surrogate PHI values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marguerite", "Oluwaseun", "Thaddeus", "Ines", "Bartholomew", "Priyanka", "Desmond", "Solveig",
    "Ignatius", "Rosalind", "Kwabena", "Henrike", "Evander", "Maribel", "Casimir", "Yevgenia", "Lucan",
    "Adaeze", "Florentino", "Wilhelmina", "Teodoro", "Annika", "Osvaldo", "Saoirse", "Leopold", "Hyun-woo",
    "Delphine", "Augustin", "Nkechi", "Corbin", "Mireille", "Tobias", "Zainab", "Emmerich", "Perpetua",
    "Rafferty", "Ludmila", "Cosimo", "Ottilie", "Jarrah", "Beatriz", "Anselm", "Thandiwe", "Gunnar",
)
_FAMILY = (
    "Okonkwo-Barnes", "Vasquez-Tolliver", "Lindqvist", "Abernathy", "Castellanos", "Szymanski", "Oyelaran",
    "Whitcombe", "Delacroix-Hume", "Nakagawa", "Prendergast", "Achterberg", "Kowalczyk", "Mbeki",
    "Thistlewood", "Quintanilla", "Haverford", "Ruiz-Mallory", "Fairweather", "Eberhardt", "Tran-Nguyen",
    "Gallagher", "Marchetti", "Ostrowski", "Beaumont", "Adebayo", "Lachance", "Sorensen", "Whitlock",
    "Huerta", "Zielinski", "Pemberton", "Iwasaki", "Dunleavy", "Ferreira", "Blackwood", "Kaczmarek",
    "Rosenthal", "Oduya", "McAllister-Penn", "O'Shaughnessy", "Van der Berg",
)
_TOWNS = (
    "Marblehead", "Shrewsbury", "Haverhill", "Chelmsford", "Woonsocket", "Nashua", "Keene", "Pittsfield",
    "Attleboro", "Brattleboro", "Bangor", "Saco", "Fall River", "New Bedford", "Leominster", "Gloucester",
    "Methuen", "Rutland", "Lewiston", "Cranston", "Pawtucket", "Torrington", "Dorchester", "Jamaica Plain",
    "Barnstable County", "Biddeford", "St. Johnsbury", "Westerly", "North Adams", "Amesbury", "Concord",
    "East Providence", "Presque Isle", "Manchester-by-the-Sea", "Winooski",
)
_STREETS = ("Tamarack", "Quarry Hill", "Old Mill", "Larchmont", "Wexford", "Birchwood", "Harbor View",
            "Saltmarsh", "Cobble Hill", "Ironwood", "Juniper Ridge", "Pleasant", "Chestnut", "Water",
            "Kimball", "Fenwick", "Orchard", "Linden", "Ashby", "Prospect")
_STYPES = ("Rd", "Road", "St", "Street", "Ave", "Avenue", "Ln", "Lane", "Way", "Dr", "Ct", "Terrace", "Blvd")
_ORGS = {
    "hospital": ("Harrowgate General Hospital", "St. Aldric Medical Center", "Merrowfield Regional Medical Center",
                 "Calloway Memorial Hospital", "Our Lady of Consolata Hospital", "Penwick Valley Hospital",
                 "Tamsin Ridge Rehabilitation Hospital", "Sable Point Skilled Nursing", "Eastbrook Dialysis Center",
                 "Orchard Grove Assisted Living", "Brackenridge Children's Hospital", "Lowther Bay Hospital"),
    "practice": ("Brightwater Cardiology Associates", "Fenmoor Orthopaedic Group", "Kinsale Street Family Practice",
                 "Northfield Women's Health", "Ardent Heart Rhythm Partners", "Coldharbour Vascular Surgeons"),
    "pharmacy": ("Ashcombe Family Pharmacy", "CVS Pharmacy", "Walgreens", "Pellham Apothecary",
                 "Rite Aid", "Greenvale Compounding Pharmacy"),
    "hme": ("Northgate Home Respiratory", "Keystone Medical Supply", "Bayline Home Medical",
            "Fieldstone Respiratory Services"),
    "agency": ("Kestrel Bay Home Health", "Quarry Hill Police Department", "Linden Falls Fire Department",
               "Harwell County Sheriff's Office", "Wickford Visiting Nurse Association", "Tri-Town EMS"),
    "employer": ("Dunmore Packaging Co.", "Holloway Middle School", "Pembrook Community College",
                 "Alder & Finch Logistics", "Seacoast Shipyard Services", "Marlow Public Schools"),
}
_AREAS = (617, 508, 781, 978, 413, 603, 207, 802, 401, 860, 774, 339, 351, 857, 203, 914)
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "harrowgatehealth.org",
                  "staldric.org", "merrowfieldrmc.org", "verizon.net", "icloud.com", "aol.com")
_VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _dg(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _name(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
    k = rng.randrange(8)
    if k == 0:
        return f"{f}, {g}"
    if k == 1:
        return f"{g} {rng.choice(_UP)}. {f}"
    if k == 2:
        return f"{g[0]}. {f}"
    if k == 3:
        return f"{f.upper()}, {g.upper()}"
    return f"{g} {f}"


def _phone(rng: random.Random) -> str:
    a, x, y = rng.choice(_AREAS), rng.randrange(201, 990), rng.randrange(10000)
    k = rng.randrange(8)
    return (f"({a}) {x}-{y:04d}", f"{a}-{x}-{y:04d}", f"{a}.{x}.{y:04d}", f"{a} {x} {y:04d}",
            f"+1 {a}-{x}-{y:04d}", f"1-{a}-{x}-{y:04d}", f"({a}){x}-{y:04d}", f"{a}-{x}-{y:04d}")[k]


def _pager(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.randrange(2, 9)}-{_dg(rng, 4)}"
    if k == 1:
        return f"{rng.randrange(3, 9)}{_dg(rng, 4)}"
    if k == 2:
        return _phone(rng)
    if k == 3:
        return f"{_dg(rng, 3)}-{_dg(rng, 4)}"
    return _dg(rng, 5)


def _email(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN).lower().replace("-", ""), rng.choice(_FAMILY).lower().replace("-", "")
    f = f.replace("'", "").replace(" ", "")
    k = rng.randrange(5)
    user = (f"{g}.{f}", f"{g[0]}{f}{rng.randrange(10, 99)}", f"{f}_{g}", f"{g}{f[:3]}", f"{g[0]}.{f}")[k]
    return f"{user}@{rng.choice(_EMAIL_DOMAINS)}"


def _url(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN).lower(), rng.choice(_FAMILY).lower().replace("'", "").replace(" ", "")
    k = rng.randrange(6)
    return (
        f"https://www.caringbridge.org/visit/{f}family",
        f"https://portal.merrowfieldrmc.org/mychart/pt?id={_dg(rng, 7)}",
        f"http://gofund.me/{_dg(rng, 2)}{rng.choice('abcdef')}{_dg(rng, 3)}c{rng.randrange(10)}",
        f"www.facebook.com/{g}.{f}.{_dg(rng, 2)}",
        f"https://harrowgatehealth.org/devicetrace/case/{_dg(rng, 6)}",
        f"https://remote.carelinkhome.net/patient/{_dg(rng, 8)}",
    )[k]


def _ip(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"10.{rng.randrange(1, 254)}.{rng.randrange(0, 254)}.{rng.randrange(2, 254)}"
    if k == 1:
        return f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 254)}.{rng.randrange(2, 254)}"
    if k == 2:
        return f"192.168.{rng.randrange(0, 254)}.{rng.randrange(2, 254)}"
    return f"{rng.randrange(24, 98)}.{rng.randrange(10, 250)}.{rng.randrange(0, 250)}.{rng.randrange(2, 250)}"


def _ssn(rng: random.Random) -> str:
    a = rng.randrange(1, 665)
    while a == 0 or a == 666:
        a = rng.randrange(1, 665)
    b, c = rng.randrange(1, 99), rng.randrange(1, 9999)
    return (f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}",
            f"{a:03d}-{b:02d}-{c:04d}")[rng.randrange(4)]


def _mrn(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return _dg(rng, 8)
    if k == 1:
        return f"{rng.randrange(1, 9)}{_dg(rng, 6)}"
    if k == 2:
        return f"{rng.choice('AEHMK')}{_dg(rng, 7)}"
    if k == 3:
        return f"00{_dg(rng, 7)}"
    return f"{_dg(rng, 3)}-{_dg(rng, 2)}-{_dg(rng, 2)}"


def _account(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("wo", "se", "enc", "acc", "spec", "claim", "acct", "order", "req"))
    if kind == "wo":
        return rng.choice((f"WO-{_dg(rng, 7)}", f"CE{_dg(rng, 6)}", f"{_dg(rng, 6)}", f"W{_dg(rng, 8)}"))
    if kind == "se":
        return rng.choice((f"SE-{_dg(rng, 5)}", f"{_dg(rng, 6)}", f"PSE{_dg(rng, 6)}",
                           f"IR-{_dg(rng, 4)}-{_dg(rng, 3)}"))
    if kind == "enc":
        return rng.choice((f"E{_dg(rng, 10)}", f"{_dg(rng, 9)}", f"HAR{_dg(rng, 8)}"))
    if kind == "acc":
        return rng.choice((f"RA{_dg(rng, 8)}", f"{_dg(rng, 8)}", f"CT-{_dg(rng, 7)}", f"XR{_dg(rng, 7)}"))
    if kind == "spec":
        return rng.choice((f"SP-{_dg(rng, 2)}-{_dg(rng, 5)}", f"S{_dg(rng, 7)}", f"PATH-{_dg(rng, 6)}"))
    if kind == "claim":
        return rng.choice((f"{_dg(rng, 10)}-01", f"CLM{_dg(rng, 9)}", f"{_dg(rng, 12)}"))
    if kind == "order":
        return rng.choice((f"ORD{_dg(rng, 8)}", f"{_dg(rng, 9)}", f"PO-{_dg(rng, 6)}"))
    if kind == "req":
        return rng.choice((f"RQ{_dg(rng, 7)}", f"{_dg(rng, 7)}"))
    return rng.choice((f"{_dg(rng, 10)}", f"A{_dg(rng, 9)}", f"{_dg(rng, 4)}-{_dg(rng, 6)}"))


def _plan_id(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return "".join(rng.choice(_UP) for _ in range(3)) + _dg(rng, 9)
    if k == 1:
        return f"W{_dg(rng, 9)}"
    if k == 2:  # Medicare beneficiary identifier shape
        s = f"{rng.randrange(1, 9)}{rng.choice(_UP)}{rng.choice(_VINCH)}{rng.randrange(10)}"
        s += f"-{rng.choice(_UP)}{rng.choice(_VINCH)}{rng.randrange(10)}-{rng.choice(_UP)}{rng.choice(_UP)}"
        return s + f"{rng.randrange(10)}{rng.randrange(10)}"
    if k == 3:
        return f"{_dg(rng, 9)}-{_dg(rng, 2)}"
    return f"M{_dg(rng, 8)}0{rng.randrange(1, 4)}"


def _npi(rng: random.Random) -> str:
    body = "1" + _dg(rng, 8)
    digits = [int(c) for c in "80840" + body]
    total = 0
    for idx, dd in enumerate(reversed(digits)):
        if idx % 2 == 0:
            dd *= 2
            if dd > 9:
                dd -= 9
        total += dd
    return body + str((10 - total % 10) % 10)


def _dea(rng: random.Random) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + rng.choice(_UP) + "".join(map(str, d)) + str(chk)


def _license(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("med", "nurse", "npi", "dea", "dl", "ems"))
    if kind == "med":
        return rng.choice((_dg(rng, 6), f"{rng.choice('AGC')}{_dg(rng, 5)}", f"{_dg(rng, 2)}-{_dg(rng, 5)}"))
    if kind == "nurse":
        return rng.choice((_dg(rng, 7), f"{_dg(rng, 3)}{_dg(rng, 4)}", f"{_dg(rng, 2)}-{_dg(rng, 6)}"))
    if kind == "npi":
        return _npi(rng)
    if kind == "dea":
        return _dea(rng)
    if kind == "dl":
        return rng.choice((f"S{_dg(rng, 3)}-{_dg(rng, 4)}-{_dg(rng, 4)}", f"D{_dg(rng, 7)}", _dg(rng, 9)))
    return rng.choice((f"P{_dg(rng, 5)}", f"E{_dg(rng, 6)}", _dg(rng, 6)))


def _zip(rng: random.Random) -> str:
    z = f"0{rng.randrange(1001, 6999)}" if rng.random() < 0.8 else f"{rng.randrange(10001, 99950)}"
    return z + (f"-{_dg(rng, 4)}" if rng.random() < 0.2 else "")


def _street(rng: random.Random) -> str:
    k = rng.randrange(7)
    base = f"{rng.randrange(2, 2400)} {rng.choice(_STREETS)} {rng.choice(_STYPES)}"
    if k == 0:
        return base + f", Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}"
    if k == 1:
        return f"{rng.randrange(2, 900)} {rng.choice('NSEW')}. {rng.choice(_STREETS)} {rng.choice(_STYPES)}"
    if k == 2:
        return f"P.O. Box {rng.randrange(10, 9999)}"
    if k == 3:
        return base + f" Unit {rng.randrange(1, 300)}"
    if k == 4:
        return base.upper()
    return base


def _date_real(rng: random.Random, lo: int = 1930, hi: int = 2029) -> str:
    y, m, d = rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29)
    mon = _MONTHS[m - 1]
    k = rng.randrange(9)
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}",
            f"{d} {mon[:3]} {y}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{m:02d}-{d:02d}-{y}",
            f"{mon[:3]} {d} {y}", f"{d:02d}.{m:02d}.{y}")[k]


def _age(rng: random.Random) -> str:
    return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


def _serial(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("alpha", "num", "mixed", "dash", "asset"))
    if kind == "alpha":
        return "".join(rng.choice(_UP) for _ in range(3)) + _dg(rng, 6) + rng.choice(("", "H", "S", "N"))
    if kind == "num":
        return _dg(rng, rng.choice((7, 8, 10)))
    if kind == "mixed":
        return f"{rng.choice(_UP)}{rng.randrange(10)}{rng.choice(_UP)}{_dg(rng, 7)}"
    if kind == "dash":
        if rng.random() < 0.5:
            return f"{_dg(rng, 2)}-{_dg(rng, 5)}"
        return f"{_dg(rng, 4)}-{_dg(rng, 4)}-{rng.choice(_UP)}"
    return rng.choice((f"{_dg(rng, 6)}", f"BME-{_dg(rng, 5)}", f"ECN{_dg(rng, 6)}", f"T{_dg(rng, 6)}"))


def _vehicle(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("plate", "plate", "vin"))
    if kind == "vin":
        return "".join(rng.choice(_VINCH) for _ in range(8)) + rng.choice("0123456789X") + "".join(
            rng.choice(_VINCH) for _ in range(2)) + _dg(rng, 6)
    k = rng.randrange(5)
    return (f"{rng.randrange(1, 9)}{rng.choice(_UP)}{rng.choice(_UP)}{rng.choice(_UP)}{_dg(rng, 3)}",
            f"{rng.randrange(1, 9)}{rng.choice(_UP)}{rng.choice(_UP)}-{_dg(rng, 3)}",
            f"{rng.choice(_UP)}{rng.choice(_UP)}{rng.choice(_UP)} {_dg(rng, 4)}",
            f"{_dg(rng, 3)} {rng.choice(_UP)}{rng.choice(_UP)}{rng.choice(_UP)}",
            f"{rng.choice(_UP)}{rng.choice(_UP)}-{_dg(rng, 4)}")[k]


def _org(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(tuple(_ORGS))
    return rng.choice(_ORGS[kind])


_GEN: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _plan_id, "LICENSE": _license,
    "ZIP": _zip, "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _date_real, "AGE_OVER_89": _age,
    "DEVICE_ID": _serial, "VEHICLE_ID": _vehicle, "PERSON": _name, "LOCATION": lambda r: r.choice(_TOWNS),
    "ORGANIZATION": _org,
}

# --------------------------------------------------------------------------------------------------
# Look-alike values
# --------------------------------------------------------------------------------------------------


def _sdate(rng: random.Random) -> str:
    y, m, d = rng.randrange(2100, 2200), rng.randrange(1, 13), rng.randrange(1, 29)
    k = rng.randrange(6)
    return (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1][:3]} {d}, {y}",
            f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}", f"{y}-{m:02d}-{d:02d} {rng.randrange(0, 24):02d}:"
            f"{rng.randrange(60):02d}")[k]


def _expiry(rng: random.Random) -> tuple[str, str]:
    """(cue, value): an expiry date with a real year, never labelled."""
    y, m = rng.randrange(2024, 2030), rng.randrange(1, 13)
    d = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    k = rng.randrange(5)
    if k == 0:
        return "EXP ", f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        return "Exp: ", f"{m:02d}/{y}"
    if k == 2:
        return "Use by ", f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return "Expiration date: ", f"{m:02d}/{d:02d}/{y}"
    return "expiry ", f"{y}-{m:02d}"


def _lot(rng: random.Random) -> str:
    k = rng.randrange(4)
    return (f"{_dg(rng, 2)}{rng.choice(_UP)}{_dg(rng, 4)}", f"{rng.choice(_UP)}{_dg(rng, 6)}",
            f"{_dg(rng, 7)}", f"{rng.choice(_UP)}{rng.choice(_UP)}{_dg(rng, 5)}{rng.choice(_UP)}")[k]


def _ref(rng: random.Random) -> str:
    k = rng.randrange(4)
    return (f"{_dg(rng, 4)}-{_dg(rng, 2)}", f"{rng.choice(_UP)}{_dg(rng, 4)}{rng.choice(_UP)}",
            f"{_dg(rng, 3)}.{_dg(rng, 3)}", f"{_dg(rng, 5)}")[k]


def _gtin(rng: random.Random) -> str:
    return "00" + _dg(rng, 12)


def _ndc(rng: random.Random) -> str:
    return rng.choice((f"{_dg(rng, 5)}-{_dg(rng, 4)}-{_dg(rng, 2)}", f"{_dg(rng, 4)}-{_dg(rng, 4)}-{_dg(rng, 2)}",
                       f"{_dg(rng, 5)}-{_dg(rng, 3)}-{_dg(rng, 2)}"))


def _recall_no(rng: random.Random) -> str:
    return f"Z-{rng.randrange(100, 3000):04d}-{rng.randrange(2012, 2025)}"


def _mdr_no(rng: random.Random) -> str:
    return f"{rng.randrange(1000000, 3999999)}-{rng.randrange(2014, 2025)}-{rng.randrange(1, 9999):05d}"


def _fw(rng: random.Random) -> str:
    return rng.choice((f"v{rng.randrange(1, 15)}.{rng.randrange(0, 9)}.{rng.randrange(0, 20)}",
                       f"{rng.randrange(1, 9)}.{rng.randrange(0, 60):02d}.{rng.randrange(0, 9)}",
                       f"SW {rng.randrange(1, 6)}.{rng.randrange(0, 9)}.{rng.randrange(0, 9)}.{rng.randrange(1, 40)}"))


def _ver_ip_like(rng: random.Random) -> str:
    return f"{rng.randrange(1, 9)}.{rng.randrange(0, 12)}.{rng.randrange(0, 40)}.{rng.randrange(100, 999)}"


# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


class _Point:
    __slots__ = ("frags",)

    def __init__(self) -> None:
        self.frags: list[list] = []


class _Doc:
    def __init__(self, rng: random.Random, plan: list[str], heavy: bool, rad: bool) -> None:
        self.rng, self.plan, self.heavy, self.rad = rng, list(plan), heavy, rad
        self.parts: list = []
        self.points: list[_Point] = []
        self.look: list[str] = []

    def t(self, *s: str) -> None:
        self.parts.extend(s)

    def L(self, s: str) -> str:  # noqa: N802 - look-alike text
        self.look.append(s)
        self.parts.append(s)
        return s

    def v(self, value: str, cat: str) -> None:
        self.parts.append((value, cat))

    def take(self, cat: str, p: float = 0.55) -> bool:
        if cat in self.plan and self.rng.random() < p:
            self.plan.remove(cat)
            return True
        return False

    def f(self, cat: str, gen: Callable[[random.Random], str] | None = None, p: float = 0.55,
          masked: str = _M) -> None:
        """A slot that is masked (``___``) unless the plan wants this category here."""
        if self.take(cat, p):
            self.v((gen or _GEN[cat])(self.rng), cat)
        else:
            self.t(masked)

    def pt(self) -> None:
        p = _Point()
        self.points.append(p)
        self.parts.append(p)

    def length(self) -> int:
        n = 0
        for part in self.parts:
            if isinstance(part, str):
                n += len(part)
            elif isinstance(part, tuple):
                n += len(part[0])
        return n

    def pad(self, pool: tuple[str, ...], target: int, ordered: bool = False, sep: str = "\n") -> None:
        items = list(pool)
        if not ordered:
            self.rng.shuffle(items)
        for para in items:
            if self.length() >= target:
                break
            self.pt()
            self.t(para, sep)

    def render(self) -> tuple[str, list[tuple[int, int, str]]]:
        for cat in self.plan:
            self.rng.choice(self.points).frags.append(_frag(cat, self))
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0

        def emit(part: object) -> None:
            nonlocal pos
            if isinstance(part, str):
                out.append(part)
                pos += len(part)
            elif isinstance(part, tuple):
                value, cat = part
                spans.append((pos, pos + len(value), cat))
                out.append(value)
                pos += len(value)
            else:
                for frag in part.frags:  # type: ignore[attr-defined]
                    for p in frag:
                        emit(p)

        for part in self.parts:
            emit(part)
        return "".join(out), spans


# Generic planting fragments: "{}" is the value; <ST> a state, <SD> a shifted date, <HL> a hotline,
# <DEPT> a generic department (all look-alikes). "R:" only in radiology notes, "D:" only in discharge-type.
_FRAGS: dict[str, tuple] = {
    "PHONE": (
        "Contact for follow-up: {}\n", "Pt's daughter (HCP) reachable at {} after 5pm.\n",
        "Reporter phone ........ {}\n", "| Callback | {} |\n",
        "D:Home vent pt - caregiver cell {}, call before swapping unit.\n",
        "R:Findings telephoned to the referring clinician's cell {} at 16:40.\n", "Tel:{}\n", "ph# {} (wife)\n",
        "Contcat ph {}\n", "Best number to reach pt:\n{}\n", "D:Per <DEPT>, call pt at home ({}) re: replacement.\n",
        "Mobile  {}   (ok to leave msg)\n", "call back # -\n{}\n", "Caller ID showed {} ; no vm left.\n",
    ),
    "FAX": (
        "Fax completed form to {} attn <M>.\n", "F: {}\n", "fax# {} (device clinic)\n", "Faxed to PCP office @ {}\n",
        "| Fax | {} |\n", "Return fax ........... {}\n", "R:Report faxed to ordering office, fax {}.\n",
        "Fax:{}   Phone: <M>\n", "D:Signed ack faxed back to {} (not the mfr line <HL>).\n",
    ),
    "PAGER": (
        "Paged on-call biomed tech (pgr {}) at 02:15.\n", "Pager: {}\n", "beeper #{}\n", "D:RT pager {} notified\n",
        "R:Critical result called to covering resident, pager {}.\n", "p. {} (IR fellow)\n",
        "On-call: <M>  /  pgr {}\n", "D:Anesthesia tech pagr {} responded w/ spare pump.\n",
    ),
    "EMAIL": (
        "Email: {}\n", "Copy sent to {} per daughter's request.\n", "From: <M> <{}>\n", "reply-to: {}\n",
        "D:Pt prefers e-mail ({}) for recall updates.\n", "| Email | {} |\n",
        "R:Images shared with {} via secure link.\n",
    ),
    "URL": (
        "Family updates posted at {}\n", "Portal link: {}\n", "D:Pt uploaded home vent alarm video via\n{}\n",
        "Case page: {}\n", "R:Outside images pulled from {}\n", "see {} (pt-specific trace record)\n",
    ),
    "IP_ADDRESS": (
        "Pump last reported from {} (wireless gateway) before alarm.\n",
        "Remote monitoring session originated at IP {}\n",
        "client={} user=<M> event=OCCLUSION_DOWNSTREAM\n", "| Host IP | {} |\n",
        "R:Modality worklist query from {} failed; study sent manually.\n",
        "D:Home CPAP modem IP {} (per vendor log)\n",
        "src {} -> gateway, last heartbeat <SD>\n",
    ),
    "SSN": (
        "SSN: {}\n", "Social Security # {} (on registry consent form)\n", "pt SS# {}\n", "Soc Sec No. {}\n",
        "| SSN | {} |\n", "D:Registry requires SSN; entered {} in error, see correction.\n",
    ),
    "MRN": (
        "MRN: {}\n", "Unit No.: {}\n", "Med Rec # {}\n", "(MR {})\n", "Pt: <M>  [{}]  bed <M>\n",
        "Patient ID .......... {}\n",
        "Hospital number {} used on sequestration tag.\n", "R:Prior studies under MRN {} (merged).\n", "MRN:{}\n",
    ),
    "ACCOUNT": (
        ("Work order {} opened for sequestration.\n", "wo"), ("Safety event report #{}\n", "se"),
        ("Encounter: {}\n", "enc"), ("R:Accession {}\n", "acc"),
        ("Specimen {} (explanted lead) sent to pathology.\n", "spec"),
        ("Claim no. {}\n", "claim"), ("Acct {}\n", "acct"), ("Order #{} placed for replacement pump.\n", "order"),
        ("Requisition {}\n", "req"), ("D:Incident # {} (RL6) - do not file in chart\n", "se"),
        ("R:ACC# {}  prior exam\n", "acc"), ("| WO | {} |\n", "wo"),
    ),
    "HEALTH_PLAN": (
        "Member ID: {}  Group: <GRP>\n", "Insurance: <M>, subscriber # {}\n", "Policy no. {} (secondary)\n",
        "Medicare Beneficiary ID {}\n", "| Member | {} |\n", "D:Mbr# {} - DME benefit verified for replacement vent\n",
        "Ins ID {}\n",
    ),
    "LICENSE": (
        ("Reporter: <M>, MD  NPI {}\n", "npi"), ("Lic# {}\n", "med"), ("DEA {}\n", "dea"), ("RN lic. {}\n", "nurse"),
        ("EMT cert # {}\n", "ems"), ("D:Driver's license {} (ID checked at device pickup)\n", "dl"),
        ("R:Interpreting radiologist NPI: {}\n", "npi"), ("Prescriber: <M>, DO (NPI {})\n", "npi"),
        ("Medical license no. {}\n", "med"), ("| License | {} |\n", "nurse"),
    ),
    "ZIP": (
        "<M>, <ST> {}\n", "ZIP: {}\n", "D:Zip code {} outside service area for home vent vendor.\n",
        "Postal code {}\n", "| Zip | {} |\n", "Mailing: <M> / <M> / <ST> {}\n", "<M> <ST>{}\n",
    ),
    "STREET_ADDRESS": (
        "Address: {}\n", "D:Replacement unit shipped to {}, <M>\n", "Pt lives at {} (second floor walk-up).\n",
        "Ship-to: {}\n", "| Address | {} |\n", "Home: {}\n", "R:Outside study mailed on CD to {}.\n",
    ),
    "DATE_REAL_YEAR": (
        "Original implant date: {}\n", "DOB: {}\n", "Date of event {}\n", "D:Patient died on {}.\n",
        "| Implanted | {} |\n", "R:Comparison: outside films dated {}.\n", "Date of birth {}\n",
        "D:Date of death: {}\n", "R:Device placed {} per outside op note.\n", "Explanted on {} at OSH.\n",
        "DOB\n{}\n", "pt expired {} (per family) - remove from recall list\n",
    ),
    "AGE_OVER_89": (
        "Age: {}\n", "Pt is a {}-year-old with home O2.\n", "({} y/o F)\n", "Aged {}, lives alone.\n",
        "R:Patient age {} - low-dose protocol used.\n", "D:{} yo M, DNR/DNI, family aware of recall.\n",
        "| Age | {} |\n",
    ),
    "DEVICE_ID": (
        "SN {}\n", "Serial: {}\n", "S/N: {}\n", "UDI", "Asset tag {}\n", "| Serial | {} |\n",
        "D:explanted generator (ser. {}) returned to mfr\n", "R:Device serial on implant card: {}\n",
        "ECN {}  (biomed asset)\n", "Seiral # {}\n",
    ),
    "VEHICLE_ID": (
        ("Transported by <M> ambulance, unit plate {}.\n", "plate"),
        ("Event occurred while driving; police report lists vehicle VIN {}.\n", "vin"),
        ("Pt's car (plate {}) left in ED lot.\n", "plate"), ("Wheelchair van lic. plate {}\n", "plate"),
        ("Vehicle: {}\n", ""), ("D:Syncope at wheel (ICD shock); VIN {} per crash report.\n", "vin"),
        ("R:MVC restrained driver, vehicle tag {}.\n", "plate"),
    ),
    "PERSON": (
        "Reported by: {}, RN\n", "Dr. {} notified\n", "cc: {}\n", "Spoke with pt's son {} who agrees with explant.\n",
        "D:Biomed tech: {}\n", "Electronically signed by {}, MD on <SD>\n", "| Technician | {} |\n",
        "R:Discussed with {}, NP, at bedside.\n", "D:HCP: {} (niece)\n", "Attending: {}\n",
        "Discussed w/\n{} (pt's wife) - agrees w/ plan\n", "-- {} / <DEPT> / <SD>\n", "Addendum ({}): pump returned.\n",
    ),
    "LOCATION": (
        "Pt lives in {} with spouse.\n", "City: {}\n", "D:Event occurred at pt's home in {}.\n",
        "Transferred from <M> in {}.\n", "<M>, {}, <ST>\n", "R:Outside imaging performed in {}.\n",
        "| Town | {} |\n",
    ),
    "ORGANIZATION": (
        ("Transferred from {}.\n", "hospital"), ("R:Outside films from {} reviewed.\n", "hospital"),
        ("D:Home vent vendor: {}\n", "hme"), ("Facility: {}\n", "hospital"),
        ("D:Pt works at {} (forklift).\n", "employer"),
        ("Pharmacy: {}\n", "pharmacy"), ("Agency: {}\n", "agency"), ("Follows with {}.\n", "practice"),
        ("| Facility | {} |\n", ""), ("D:Home health: {}\n", "agency"),
    ),
}


def _expand(tok_text: str, d: _Doc) -> list:
    """Replace look-alike tokens in a template fragment."""
    rng = d.rng
    out: list = []
    rest = tok_text
    while rest:
        i = rest.find("<")
        if i < 0:
            out.append(rest)
            break
        j = rest.find(">", i)
        if j < 0:
            out.append(rest)
            break
        tok = rest[i + 1:j]
        if tok not in ("M", "ST", "SD", "HL", "DEPT", "GRP"):
            out.append(rest[:j + 1])
            rest = rest[j + 1:]
            continue
        out.append(rest[:i])
        rest = rest[j + 1:]
        if tok == "M":
            out.append(_M)
            continue
        val = {"ST": lambda: rng.choice(_STATES), "SD": lambda: _sdate(rng), "HL": lambda: rng.choice(_HOTLINES),
               "DEPT": lambda: rng.choice(_DEPTS), "GRP": lambda: f"{_dg(rng, 5)}-{rng.randrange(10, 99)}"}[tok]()
        d.look.append(val)
        out.append(val)
    return [p for p in out if p]


def _frag(cat: str, d: _Doc) -> list:
    rng = d.rng
    pool = []
    for tpl in _FRAGS[cat]:
        text, sub = (tpl, "") if isinstance(tpl, str) else tpl
        if text.startswith("R:"):
            if not d.rad:
                continue
            text = text[2:]
        elif text.startswith("D:"):
            if d.rad:
                continue
            text = text[2:]
        pool.append((text, sub))
    text, sub = rng.choice(pool)
    if cat == "DEVICE_ID" and text == "UDI":
        gt, lot = _gtin(rng), _lot(rng)
        d.look.extend([gt, lot])
        val = _serial(rng, rng.choice(("alpha", "num", "mixed")))
        return ["UDI (01)", gt, "(17)", f"{rng.randrange(25, 30)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}",
                "(10)", lot, "(21)", (val, cat), "\n"]
    if sub:
        gens = {"ACCOUNT": _account, "LICENSE": _license, "VEHICLE_ID": _vehicle, "ORGANIZATION": _org}
        val = gens[cat](rng, sub)
    else:
        val = _GEN[cat](rng)
    before, after = text.split("{}")
    return _expand(before, d) + [(val, cat)] + _expand(after, d)


# --------------------------------------------------------------------------------------------------
# Shared look-alike snippets
# --------------------------------------------------------------------------------------------------


def _masked_tail(d: _Doc) -> None:
    """Heavy notes: a routing / distribution block that is almost all ``___``."""
    rng = d.rng
    d.t("\nRouting / distribution (auto-generated):\n")
    rows = ["Patient: ___   MRN: ___   Acct: ___   DOB: ___\n",
            "Admit: ___   Disch: ___   Room: ___   Bed: ___\n",
            "Attending: ___   Resident: ___   Pager: ___\n",
            "cc: ___ (Risk), ___ (Biomed), ___ (Pharmacy), ___ (Nursing)\n",
            "Reporter: ___   Phone: ___   Fax: ___   Email: ___\n",
            "Device SN: ___   Asset: ___   WO: ___   Event #: ___\n",
            "Address: ___, ___, ___ ___\n",
            "Insurance: ___   Member: ___   PCP: ___\n"]
    rng.shuffle(rows)
    for r in rows[:6]:
        d.t(r)


def _pad_heavy(d: _Doc) -> None:
    n = sum(p.count(_M) for p in d.parts if isinstance(p, str))
    if n < 27:
        _masked_tail(d)
    n = sum(p.count(_M) for p in d.parts if isinstance(p, str))
    while n < 27:
        d.t("Addl contact: ___ / ___ / ___\n")
        n += 3


def _device_block(d: _Doc, brand: str, model: str, maker: str, serial_cat: bool = True) -> None:
    rng = d.rng
    d.t("Manufacturer: ")
    d.L(maker)
    d.t("   Brand: ")
    d.L(brand)
    d.t("\nModel: ")
    d.L(model)
    d.t("   REF: ")
    d.L(_ref(rng))
    d.t("   Lot: ")
    d.L(_lot(rng))
    cue, exp = _expiry(rng)
    d.t(f"   {cue}")
    d.L(exp)
    if serial_cat:
        d.t("\nSerial #: ")
        d.f("DEVICE_ID", p=0.7)
    d.t("\n")


# --------------------------------------------------------------------------------------------------
# Document kinds
# --------------------------------------------------------------------------------------------------

_WO_FILL = (
    "Electrical safety: chassis leakage 38 uA (limit 100 uA), ground resistance 0.12 ohm - PASS.",
    "Checked against open recall/advisory list in CMMS; no additional hazard alerts for this model.",
    "Occlusion pressure test at 500 mmHg downstream: alarm at 9.8 psi, within spec.",
    "Unit retained in biomed cage, tamper tape applied, chain-of-custody form attached to hard copy.",
    "Manufacturer field service declined on-site analysis; return authorization requested instead.",
    "Battery capacity test: 3 h 40 min at 125 mL/hr (spec >= 3 h). Battery replaced anyway per advisory.",
    "Drug library confirmed current on the unit; last wireless sync within 24 h of the event.",
    "Nursing reports repeated 'channel error' over the prior week; no prior WO found for this unit.",
    "Loaner unit issued to floor; PM due date carried over to loaner record.",
    "Photos of the door latch and pumping segment attached to the electronic WO.",
)


def _k_biomed_work_order(d: _Doc) -> None:
    rng = d.rng
    brand, model, maker = rng.choice(_PUMPS + _VENTS)
    cmms = rng.choice(("Nuvolo", "AIMS", "TMS", "Accruent", "ServiceNow"))
    d.t("CLINICAL ENGINEERING WORK ORDER -- ")
    d.L(cmms)
    d.t(" export\n\nWO #: ")
    d.f("ACCOUNT", lambda r: _account(r, "wo"), p=0.6)
    d.t("        Priority: 1 - Patient incident / sequester\nOpened: ")
    d.L(_sdate(rng))
    d.t("     Status: SEQUESTERED\nAsset: ")
    d.f("DEVICE_ID", lambda r: _serial(r, "asset"))
    d.t("    Equipment type: ")
    d.t("infusion pump" if (brand, model, maker) in _PUMPS else "ventilator")
    d.t("\n")
    _device_block(d, brand, model, maker)
    d.t("Firmware: ")
    d.L(_fw(rng))
    d.t("\nLocation: ")
    d.L(rng.choice(("Medical Intensive Care Unit", "Respiratory Therapy", "Interventional Radiology",
                    "Orthopaedic Surgery", "Pharmacy")))
    d.t(", room ___\nRequested by: ")
    d.f("PERSON")
    d.t(", RN   ext ___\nPatient MRN (linked for sequestration only): ")
    d.f("MRN")
    d.t("\n\nPROBLEM REPORTED:\n")
    d.t(rng.choice((
        "Pump alarmed 'Air in line' repeatedly then stopped infusing; RN found the line free of air. ",
        "Ventilator displayed 'Technical fault 12' and switched to safety valve open; pt bagged by RT. ",
        "Channel B delivered the VTBI roughly 40 minutes early per RN; free-flow suspected. ",
        "Unit would not power on after transport; internal battery alarm preceded shutdown. ",
    )))
    d.t(f"Pt age ___ ({rng.randrange(19, 89)} per order set banner), ")
    drug, dose = rng.choice(_DRUGS)
    d.t(f"on {drug} ")
    d.L(dose)
    d.t(".\n")
    d.pt()
    d.t("\nWORK PERFORMED:\n1. Device tagged DO NOT USE - SEQUESTERED, tubing/cassette retained with unit.\n")
    d.t("2. Event log downloaded with service tool ")
    d.L(_fw(rng))
    d.t("; last PM ")
    d.L(_sdate(rng))
    d.t(".\n3. Recall cross-check: matched FDA recall ")
    d.L(_recall_no(rng))
    d.t(" (")
    d.L(rng.choice(("Class I", "Class II")))
    d.t(").\n")
    d.pt()
    d.t("\nFINDINGS: ")
    d.t(rng.choice(("Log shows downstream occlusion alarms x7 in 20 min. ", "No fault reproduced on bench. ",
                    "Cracked door latch pin; matches advisory failure mode. ",
                    "Battery pack swollen, date code old. ")))
    d.t("Tech: ")
    d.f("PERSON", p=0.5)
    d.t("\n")
    if d.heavy:
        d.t("Notified: ___ (Risk), ___ (Nurse Mgr), ___ (Pharmacy) on ___ at ___.\n")
        _pad_heavy(d)
    d.pt()
    d.pad(_WO_FILL, rng.randrange(1250, 1900))
    d.t("\nLabor: 1.5 h   Parts: none   Closed: ___\n")
    d.pt()


_MW_FILL = (
    "Relevant history: CKD stage 3, atrial fibrillation on apixaban, prior CVA with mild residual weakness.",
    "Labs around the event: K 5.9, glucose 41 mg/dL (fingerstick 38), lactate 2.4.",
    "The device was not reprocessed. The event was also entered in the facility's incident system.",
    "Concomitant products: primary IV set and secondary set from the same manufacturer; lot recorded above.",
    "Patient recovered without lasting harm after the infusion was stopped; monitored overnight in step-down.",
    "The reporter does not consent to release of their identity to the manufacturer.",
    "Similar events on the same unit in the prior month were not reported because no harm occurred.",
)


def _k_medwatch_voluntary(d: _Doc) -> None:
    rng = d.rng
    group = rng.choice((_PUMPS, _VENTS))
    brand, model, maker = rng.choice(group)
    d.t("MEDWATCH - FDA Form 3500 (voluntary) - draft prepared by ")
    d.L(rng.choice(_DEPTS))
    d.t("\n(submit at ")
    d.L(rng.choice(_SITES[:3]))
    d.t(" or call ")
    d.L("1-800-FDA-1088")
    d.t(")\n\nA. PATIENT INFORMATION\n1. Patient identifier: ___ (in confidence)\n2. Age: ")
    d.f("AGE_OVER_89", p=0.5)
    d.t("   Date of birth: ")
    d.f("DATE_REAL_YEAR", p=0.5)
    d.t(f"\n3. Sex: {rng.choice('FM')}   4. Weight: {rng.randrange(42, 130)} kg\n\n")
    d.t("B. ADVERSE EVENT, PRODUCT PROBLEM\n1. [x] Adverse event  [x] Product problem\n")
    d.t("2. Outcome: [x] Required intervention to prevent permanent impairment\n3. Date of event: ")
    d.L(_sdate(rng))
    d.t("   4. Date of this report: ")
    d.L(_sdate(rng))
    d.t("\n5. Describe event:\n")
    if group is _PUMPS:
        drug, dose = rng.choice(_DRUGS)
        d.t(f"{drug.capitalize()} programmed at ")
        d.L(dose)
        d.t(" on a ")
        d.L(brand)
        d.t(" channel. The pump displayed no alarm, but the bag was found nearly empty after 2 hours; ")
        d.t("the patient became symptomatic and required treatment. Biomed sequestered the pump.\n")
    else:
        d.t("Patient on the ")
        d.L(brand)
        d.t(" in a home-care setting; caregiver heard a loud alarm and found the device rebooting. ")
        d.t("SpO2 fell to 78% before manual ventilation; EMS transported to the ED.\n")
    d.pt()
    d.t("\nD. SUSPECT MEDICAL DEVICE\n1. Brand name: ")
    d.L(brand)
    d.t("\n2. Procode: ")
    d.L(rng.choice(("FRN", "CBK", "MNT", "NOU", "LZH")))
    d.t("\n3. Manufacturer: ")
    d.L(maker)
    d.t(", ")
    d.L(rng.choice(_STATES[7:] + _COUNTRIES))
    d.t("\n4. Model #: ")
    d.L(model)
    d.t("  Lot #: ")
    d.L(_lot(rng))
    d.t("  Serial #: ")
    d.f("DEVICE_ID", p=0.6)
    cue, exp = _expiry(rng)
    d.t(f"\n   {cue}")
    d.L(exp)
    d.t("\n5. Operator of device: [x] Health professional  [ ] Patient/consumer\n")
    d.t("6. Device available for evaluation? [x] Returned to manufacturer on ")
    d.L(_sdate(rng))
    d.t("\n")
    d.pt()
    d.t("\nE. REPORTER\n1. Name: ")
    d.f("PERSON")
    d.t("\n   Address: ")
    d.f("STREET_ADDRESS", p=0.5)
    d.t(", ")
    d.f("LOCATION", p=0.5)
    d.t(", ")
    d.L(rng.choice(_STATES[:7]))
    d.t(" ")
    d.f("ZIP", p=0.5)
    d.t("\n   Phone: ")
    d.f("PHONE", p=0.5)
    d.t("   Email: ")
    d.f("EMAIL", p=0.5)
    d.t("\n2. Health professional? Yes   3. Occupation: clinical engineer\n")
    d.t("4. Also reported to: [x] Manufacturer  [x] User facility\n")
    if d.heavy:
        d.t("Facility: ___   Contact: ___   Phone: ___   Fax: ___\n")
        _pad_heavy(d)
    d.pad(_MW_FILL, rng.randrange(1300, 2000))
    d.pt()


_MAUDE_PROBLEMS = ("Occlusion Within Device (1423)", "Device Alarm System (1012)", "Failure to Power Up (1476)",
                   "Fracture (1260)", "Migration or Expulsion of Device (1395)", "Free or Unrestricted Flow (2945)",
                   "Device Displays Incorrect Message (2591)", "Premature Discharge of Battery (1057)")
_MAUDE_PT = ("Hypoglycemia (1912)", "Hypoxia (1918)", "Perforation of Vessels (2135)", "Pain (1994)",
             "No Clinical Signs, Symptoms or Conditions (4582)", "Hypotension (1914)")
_MAUDE_FILL = (
    "The device was returned and evaluation is in progress. A supplemental report will be submitted.",
    "Investigation summary: the reported failure was confirmed; root cause attributed to a component supplier.",
    "The manufacturer's risk assessment concluded the failure mode is addressed by the ongoing field action.",
    "Device history record review showed the unit met all release specifications.",
    "Trend analysis for this failure mode showed no increase above the established threshold.",
    "Health professional reporter; the event occurred in a hospital setting.",
    "Conclusion code: device not returned (3), cause traced to use conditions (C15).",
)


def _k_maude_user_facility(d: _Doc) -> None:
    rng = d.rng
    dev = rng.choice(_PUMPS + _VENTS + tuple((c[0], c[1], c[2]) for c in _CIEDS))
    brand, model, maker = dev
    d.t("MAUDE Adverse Event Report: ")
    d.L(maker.upper())
    d.t(" ")
    d.L(brand.upper())
    d.t("\n(copy of user-facility report 3500A filed by ")
    d.L(rng.choice(_DEPTS[:4]))
    d.t("; internal copy retained in risk file)\n\nModel Number ")
    d.L(model)
    d.t("\nDevice Problems ")
    d.L(rng.choice(_MAUDE_PROBLEMS))
    d.t("\nPatient Problems ")
    d.L(rng.choice(_MAUDE_PT))
    d.t("\nEvent Date ")
    d.L(_sdate(rng))
    d.t("   Event Type  Injury\nUser facility report number ")
    d.L(_mdr_no(rng))
    d.t("\nManufacturer report number ")
    d.L(_mdr_no(rng))
    d.t("\n\nEvent Description\nIt was reported that during use on a ")
    d.f("AGE_OVER_89", masked=f"{rng.randrange(23, 88)}", p=0.45)
    d.t("-year-old patient the device ")
    d.t(rng.choice(("stopped delivering therapy without an alarm", "alarmed and could not be silenced",
                    "showed a sudden rise in lead impedance", "shut down during transport")))
    d.t(". Intervention was required; the patient was monitored and stabilised. ")
    d.t("Facility internal incident #")
    d.f("ACCOUNT", lambda r: _account(r, "se"), p=0.6)
    d.t(".\n")
    d.pt()
    d.t("\nDevice details\nBrand Name ")
    d.L(brand)
    d.t("\nManufacturer (Section D) ")
    d.L(maker)
    d.t(" / ")
    d.L(rng.choice(_COUNTRIES))
    d.t("\nLot Number ")
    d.L(_lot(rng))
    d.t("   Catalog Number ")
    d.L(_ref(rng))
    d.t("\nDevice serial (facility copy only): ")
    d.f("DEVICE_ID", p=0.6)
    d.t("\nDevice Age ")
    d.L(f"{rng.randrange(2, 96)} MO")
    d.t("\nDate Returned to Manufacturer ")
    d.L(_sdate(rng))
    d.t("\n\nManufacturer Narrative\n")
    d.pt()
    d.pad(_MAUDE_FILL, rng.randrange(1200, 1800))
    d.t("\nFacility contact: ")
    d.f("PERSON")
    d.t(", ")
    d.L(rng.choice(_DEPTS[:4]))
    d.t("   tel ")
    d.f("PHONE", p=0.4)
    d.t("\n")
    if d.heavy:
        d.t("Patient: ___  DOB: ___  MRN: ___  Encounter: ___  Unit: ___  Attending: ___\n")
        _pad_heavy(d)
    d.pt()


_RECALL_FILL = (
    "Do not return affected devices unless instructed; the firm will provide a replacement schedule.",
    "Customers must complete and return the acknowledgement form within 10 business days.",
    "Affected product was distributed nationwide and to Canada, Mexico and the EU.",
    "There have been 14 reported injuries and 2 reported deaths associated with this issue worldwide.",
    "Clinicians should weigh the risk of explant against the risk of continued use for each patient.",
    "Value Analysis Committee to review alternative product; supply chain to quarantine remaining stock.",
    "Device clinic will program remote monitoring alerts for lead impedance on every affected patient.",
    "Inventory sweep of OR core, cath lab and central supply completed; 3 unopened units quarantined.",
)


def _k_recall_notice_trace(d: _Doc) -> None:
    rng = d.rng
    kindset = rng.randrange(3)
    if kindset == 0:
        brand, model, maker, what = rng.choice(_CIEDS)
    elif kindset == 1:
        brand, what, maker = rng.choice(_HIPS)
        model = _ref(rng)
    else:
        brand, model, maker = rng.choice(_PUMPS + _VENTS)
        what = "infusion pump" if (brand, model, maker) in _PUMPS else "ventilator"
        kindset = 2 if what == "infusion pump" else 3
    d.t("URGENT: MEDICAL DEVICE RECALL\n")
    d.L(maker)
    d.t(" field action ref. ")
    d.L(f"FA{_dg(rng, 4)}")
    d.t("   FDA recall ")
    d.L(_recall_no(rng))
    d.t("\nProduct: ")
    d.L(brand)
    d.t(f" {what}, model ")
    d.L(model)
    d.t("\nDate of notice: ")
    d.L(_sdate(rng))
    d.t("\nTo: ")
    d.L(rng.choice(_DEPTS))
    d.t(" / ")
    d.L(rng.choice(_DEPTS))
    d.t("\n\nIssue: the firm has identified ")
    d.t(("a higher-than-expected rate of conductor fracture", "premature wear with elevated metal ions",
         "a software anomaly that can stop infusion without alarm", "degradation of sound-abatement foam")[kindset])
    d.t(". Questions: ")
    d.L(rng.choice(_HOTLINES[2:]))
    d.t(" or ")
    d.L(rng.choice(_SITES))
    d.t("\n")
    d.pt()
    d.t("\n---- FACILITY RESPONSE / PATIENT TRACE (internal, do not forward) ----\n")
    d.t(f"Affected units located: {rng.randrange(2, 20)} of {rng.randrange(20, 40)}; lookup run in ")
    d.L(rng.choice(("Epic", "Cerner", "Omnicell", "Pyxis")))
    d.t(" implant log.\n\n| Pt | MRN | Implant/use date | Serial | Action |\n|----|-----|------|------|------|\n")
    for _ in range(rng.randrange(2, 5)):
        d.t("| ")
        d.f("PERSON", p=0.4)
        d.t(" | ")
        d.f("MRN", p=0.4)
        d.t(" | ")
        d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 1998, 2024), p=0.4)
        d.t(" | ")
        d.f("DEVICE_ID", p=0.4)
        d.t(f" | {rng.choice(('letter sent', 'clinic visit', 'remote check', 'deceased - no action', 'explant'))} |\n")
    d.pt()
    if d.heavy:
        d.t("| ___ | ___ | ___ | ___ | letter returned |\n| ___ | ___ | ___ | ___ | ___ |\n")
        _pad_heavy(d)
    d.pad(_RECALL_FILL, rng.randrange(1300, 2100))
    d.t("\nAcknowledgement form returned to firm fax ")
    d.L(rng.choice(_HOTLINES[2:]))
    d.t(".\nSigned: ")
    d.f("PERSON")
    d.t(", Director, ")
    d.L("Clinical Engineering")
    d.t("\n")
    d.pt()


_LETTER_FILL = (
    "Most patients with this device do not need surgery. Replacing a working device has its own risks, "
    "including infection and bleeding, and your doctor will talk with you about what is right for you.",
    "If you feel a shock, faint, or feel your heart racing, call 911 right away.",
    "We will check your device remotely every 3 months instead of every 6 months for the next year.",
    "You do not need to change your daily activities. Keep your device ID card with you at all times.",
    "If you have moved or changed your phone number, please let our office know so we can reach you.",
    "You may also read the manufacturer's letter, which is enclosed, and the FDA's public notice.",
    "Please bring a list of your medicines to your next visit.",
)


def _k_patient_notification_letter(d: _Doc) -> None:
    rng = d.rng
    grp = rng.randrange(3)
    if grp == 0:
        brand, model, maker, what = rng.choice(_CIEDS)
    elif grp == 1:
        brand, what, maker = rng.choice(_HIPS)
    else:
        brand, model, maker = rng.choice(_VENTS[1:2] + _VENTS[4:])
        what = "breathing machine"
    d.f("ORGANIZATION", lambda r: _org(r, rng.choice(("hospital", "practice"))), p=0.5)
    d.t("\n")
    d.L(rng.choice(("Cardiac Device Clinic", "Orthopaedic Surgery", "Respiratory Therapy")))
    d.t("\n")
    d.f("STREET_ADDRESS", p=0.4)
    d.t("\n")
    d.f("LOCATION", p=0.4)
    d.t(", ")
    d.L(rng.choice(_STATES[:7]))
    d.t(" ")
    d.f("ZIP", p=0.4)
    d.t("\n\n")
    d.L(_sdate(rng))
    d.t("\n\n")
    d.f("PERSON", p=0.5)
    d.t("\n")
    d.f("STREET_ADDRESS", p=0.5)
    d.t("\n")
    d.f("LOCATION", p=0.5)
    d.t(", ")
    d.L(rng.choice(_STATES[:7]))
    d.t("  ")
    d.f("ZIP", p=0.5)
    d.t("\n\nRE: Important safety information about your ")
    d.L(brand)
    d.t(f" {what}\n\nDear {rng.choice(('Mr.', 'Ms.', 'Mrs.', 'Mx.'))} ")
    d.f("PERSON", lambda r: rng.choice(_FAMILY), p=0.5)
    d.t(",\n\nYou are receiving this letter because our records show you have the ")
    d.L(brand)
    d.t(f" {what} made by ")
    d.L(maker)
    d.t(". The company has told the U.S. Food and Drug Administration (FDA) that some of these devices may ")
    d.t(("stop working sooner than expected", "wear in a way that releases metal into the blood",
         "stop without sounding an alarm")[grp])
    d.t(". Your device was put in on ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 1999, 2024), p=0.5)
    d.t(".\n")
    d.pt()
    d.t("\nWhat you should do: call our office at ")
    d.f("PHONE", p=0.5)
    d.t(" to set up a visit. You can also call the company's patient line at ")
    d.L(rng.choice(_HOTLINES[2:]))
    d.t(" or read more at ")
    d.L(rng.choice(_SITES[2:5]))
    d.t(". To report a problem to the FDA, call ")
    d.L("1-800-FDA-1088")
    d.t(".\n")
    d.pt()
    d.pad(_LETTER_FILL, rng.randrange(1350, 2000))
    d.t("\nSincerely,\n\n")
    d.f("PERSON", p=0.6)
    d.t(", MD\nMedical Director\nEnclosure: manufacturer patient letter\ncc: ")
    d.f("PERSON", p=0.4)
    d.t(" (primary care)\n")
    if d.heavy:
        d.t("Mailed to: ___ / ___ / ___, ___ ___   Returned mail: ___   2nd attempt: ___\n")
        _pad_heavy(d)
    d.t("MRN ")
    d.f("MRN", p=0.5)
    d.t("   letter batch ")
    d.L(f"RC-{rng.randrange(100, 999)}")
    d.t("\n")
    d.pt()


_REG_FILL = (
    "Comorbidities: diabetes (no insulin), obesity (BMI 34.2), prior contralateral THA.",
    "Anesthesia: spinal with sedation. ASA class 3. Tranexamic acid 1 g given.",
    "Indication for revision: adverse local tissue reaction; cobalt 11.8 ppb, chromium 4.1 ppb.",
    "Data abstracted by registry coordinator from operative note and implant log; verified against sticker sheet.",
    "Post-op: no dislocation at 6 weeks; Harris Hip Score 81.",
    "Reason for reporting delay: implant stickers missing from the paper record; obtained from supply chain.",
    "Patient consented to registry participation; opt-out form not on file.",
)


def _k_implant_registry_entry(d: _Doc) -> None:
    rng = d.rng
    hip = rng.random() < 0.55
    reg = rng.choice(("AJRR", "NJR-style", "state implant registry")) if hip else rng.choice(
        ("NCDR ICD Registry", "INTERMACS", "device registry"))
    d.t("IMPLANT REGISTRY SUBMISSION -- ")
    d.L(reg)
    d.t("\nRecord status: Submitted   Form version ")
    d.L(f"{rng.randrange(1, 5)}.{rng.randrange(0, 9)}")
    d.t("\n\nFacility: ")
    d.f("ORGANIZATION", lambda r: _org(r, "hospital"), p=0.6)
    d.t("\nSurgeon/implanter: Dr. ")
    d.f("PERSON")
    d.t("   NPI ")
    d.f("LICENSE", lambda r: _license(r, "npi"), p=0.6)
    d.t("\nPatient: ")
    d.f("PERSON", p=0.5)
    d.t("   DOB ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 1925, 1990), p=0.5)
    d.t(f"   Sex {rng.choice('FM')}\nPatient age at procedure: ")
    d.f("AGE_OVER_89", masked=str(rng.randrange(41, 89)), p=0.45)
    d.t("\nProcedure date: ")
    d.L(_sdate(rng))
    d.t(f"   Laterality: {rng.choice(('Left', 'Right'))}\n\nComponents:\n")
    d.t("| Component | Manufacturer | Catalog/REF | Lot | Serial |\n")
    comps = (("Acetabular shell", "Femoral stem", "Femoral head", "Liner") if hip else
             ("Generator", "RA lead", "RV lead", "LV lead"))
    for comp in comps[: rng.randrange(2, 5)]:
        if hip:
            brand, _what, maker = rng.choice(_HIPS)
        else:
            brand, _model, maker, _what = rng.choice(_CIEDS)
        d.t(f"| {comp} | ")
        d.L(maker)
        d.t(" ")
        d.L(brand)
        d.t(" | ")
        d.L(_ref(rng))
        d.t(" | ")
        d.L(_lot(rng))
        d.t(" | ")
        d.f("DEVICE_ID", p=0.35)
        d.t(" |\n")
    d.pt()
    d.t("\nRevision: ")
    d.t(rng.choice(("No (primary)", "Yes - revision of recalled component", "Yes - lead extraction")))
    d.t("\nExplant from prior device: ")
    d.L(rng.choice(("Sprint Fidelis", "Riata ST", "ASR XL", "Rejuvenate")))
    d.t(", implanted ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 1998, 2022), p=0.5)
    d.t("\n")
    d.pt()
    if d.heavy:
        d.t("Referring: ___  Follow-up clinic: ___  Phone: ___  Registry ID: ___  Coordinator: ___\n")
        _pad_heavy(d)
    d.pad(_REG_FILL, rng.randrange(1250, 1900))
    d.t("\nSubmitted by: ")
    d.f("PERSON", p=0.4)
    d.t(", registry coordinator\n")
    d.pt()


_PUMP_FILL = (
    "Contributing factors: look-alike tubing sets, cassette loaded without the anti-free-flow clamp closed.",
    "Human factors: the secondary infusion was programmed as primary; the pump accepted the entry.",
    "Policy gap: independent double check not required for this drug on the step-down unit.",
    "Action item: biomed to push the updated drug library to all channels by end of month.",
    "Action item: nursing education on secondary infusions with return demonstration.",
    "Action item: add hard limit for this drug concentration; pharmacy to own.",
    "Event classified as reached patient, required monitoring and intervention to preclude harm.",
    "No similar events found in the incident database for the last 12 months on this unit.",
    "Disclosure to patient and family completed by attending and nurse manager.",
)


def _k_pump_incident_review(d: _Doc) -> None:
    rng = d.rng
    brand, model, maker = rng.choice(_PUMPS)
    drug, dose = rng.choice(_DRUGS)
    d.t("PATIENT SAFETY EVENT REVIEW -- INFUSION DEVICE\n(Confidential: patient safety work product)\n\n")
    d.t("Event #: ")
    d.f("ACCOUNT", lambda r: _account(r, "se"), p=0.6)
    d.t("   Harm: ")
    d.L(rng.choice(("AHRQ Harm Scale E", "NCC MERP Category D", "NCC MERP Category F", "Harm score 3")))
    d.t("\nUnit: ")
    d.L(rng.choice(_DEPTS[-4:]))
    d.t("   Event date: ")
    d.L(_sdate(rng))
    d.t("\nDevice: ")
    d.L(brand)
    d.t(" ")
    d.L(model)
    d.t(" (")
    d.L(maker)
    d.t("), drug library ")
    d.L(_fw(rng))
    d.t("\nMedication: ")
    d.t(f"{drug} ")
    d.L(dose)
    d.t(", NDC ")
    d.L(_ndc(rng))
    d.t("\nPatient: ")
    d.f("PERSON", p=0.4)
    d.t("  age ")
    d.f("AGE_OVER_89", masked=_M, p=0.5)
    d.t("  MRN ")
    d.f("MRN", p=0.4)
    d.t("\n\nTimeline:\n")
    h = rng.randrange(0, 20)
    for step in ("Infusion started; rate verified by primary RN.", "Pump alarm 'Check upstream' silenced.",
                 "Patient found diaphoretic; fingerstick/BP checked.",
                 "Infusion stopped, pump sequestered by charge RN.",
                 "Rapid response called; provider at bedside."):
        if rng.random() < 0.85:
            d.t(f"  {h:02d}:{rng.randrange(60):02d}  {step}\n")
        h = (h + rng.randrange(0, 2)) % 24
    d.pt()
    d.t("\nBiomed analysis: event log pulled from ")
    d.L(rng.choice(("Guardrails", "Dose IQ", "CareFusion")))
    d.t(" server; unit serial ")
    d.f("DEVICE_ID", p=0.6)
    d.t(", host ")
    d.f("IP_ADDRESS", p=0.5)
    d.t(". Firmware ")
    d.L(_ver_ip_like(rng))
    d.t(" is covered by open recall ")
    d.L(_recall_no(rng))
    d.t(".\n")
    d.pt()
    d.pad(_PUMP_FILL, rng.randrange(1300, 2100))
    d.t("\nReview team: ")
    d.f("PERSON", p=0.4)
    d.t(" (Pharmacy), ")
    d.f("PERSON", p=0.4)
    d.t(" (")
    d.L("Biomedical Engineering")
    d.t("), ___ (Nursing)\n")
    if d.heavy:
        d.t("Witnesses: ___, ___, ___   Disclosure by: ___ on ___   Family contact: ___\n")
        _pad_heavy(d)
    d.pt()


_VENT_FILL = (
    "Alarm settings at time of event: high pressure 40 cmH2O, low minute ventilation 3 L/min, apnea 20 s.",
    "Circuit: heated wire, HME not in use; passive humidifier. Closed suction catheter in line.",
    "Root cause analysis team agreed the alarm was audible but not escalated through the secondary "
    "notification system.",
    "Home setting: caregiver trained at discharge; backup ventilator present but battery not charged.",
    "Recommendation: add ventilator alarms to the nurse call integration; test monthly.",
    "Unit removed from service; manufacturer collected it for investigation under complaint reference.",
    "Patient outcome: returned to baseline; ABG after event pH 7.29, pCO2 61.",
    "Foam remediation status per vendor portal: repair kit installed, not yet verified by biomed.",
)


def _k_ventilator_incident_review(d: _Doc) -> None:
    rng = d.rng
    brand, model, maker = rng.choice(_VENTS)
    d.t("VENTILATOR EVENT REVIEW -- ")
    d.L("Respiratory Therapy")
    d.t(" / ")
    d.L("Clinical Engineering")
    d.t("\n\nEvent ID: ")
    d.f("ACCOUNT", lambda r: _account(r, "se"), p=0.5)
    d.t("     Date: ")
    d.L(_sdate(rng))
    d.t("\nSetting: ")
    home = rng.random() < 0.4
    d.t("home ventilation (vendor-supplied)" if home else "ICU")
    d.t("\nVentilator: ")
    d.L(brand)
    d.t(" (")
    d.L(maker)
    d.t("), model ")
    d.L(model)
    d.t(", sw ")
    d.L(_fw(rng))
    d.t("\nSerial: ")
    d.f("DEVICE_ID", p=0.55)
    d.t("\n")
    if home:
        d.t("DME vendor: ")
        d.f("ORGANIZATION", lambda r: _org(r, "hme"), p=0.6)
        d.t("\nPatient address on vendor ticket: ")
        d.f("STREET_ADDRESS", p=0.5)
        d.t(", ")
        d.f("LOCATION", p=0.5)
        d.t("\n")
    d.t(f"Mode: {rng.choice(('AC/VC', 'PRVC', 'SIMV/PS', 'AVAPS-AE', 'PC'))}  Vt ")
    d.L(f"{rng.randrange(320, 560)} mL")
    d.t(f"  RR {rng.randrange(10, 24)}  PEEP {rng.randrange(5, 12)}  FiO2 {rng.randrange(30, 80)}%\n\n")
    d.t("Alarm log (export):\n| Time | Alarm | Priority | Ack |\n")
    for _ in range(rng.randrange(3, 6)):
        d.t(f"| {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} | ")
        d.t(rng.choice(("LOW MINUTE VOLUME", "CIRCUIT DISCONNECT", "HIGH PRESSURE", "TECHNICAL FAULT 2.1",
                        "LOW BATTERY", "APNEA", "O2 SUPPLY LOSS")))
        d.t(f" | {rng.choice(('High', 'Medium', 'Low'))} | {rng.choice(('Y', 'N', 'late'))} |\n")
    d.pt()
    d.t("\nNarrative: ")
    d.t(rng.choice((
        "RT responded to a disconnect alarm to find the circuit separated at the Y-piece; SpO2 nadir 72%. ",
        "Ventilator rebooted spontaneously; patient manually bagged for 4 minutes until swap. ",
        "Black particulate found in the inspiratory limb; unit matched the 2021 foam recall population. ",
    )))
    d.t("Patient is ")
    d.f("AGE_OVER_89", masked=_M, p=0.5)
    d.t(" years old, trach-dependent.\n")
    d.pt()
    if rng.random() < 0.5:
        d.t("Transport: ")
        d.f("ORGANIZATION", lambda r: _org(r, "agency"), p=0.4)
        d.t(" unit ___, plate ")
        d.f("VEHICLE_ID", lambda r: _vehicle(r, "plate"), p=0.6)
        d.t("\n")
    d.pad(_VENT_FILL, rng.randrange(1300, 2100))
    d.t("\nReviewed by: ")
    d.f("PERSON", p=0.4)
    d.t(", RRT-NPS; ")
    d.f("PERSON", p=0.4)
    d.t(", CCE\n")
    if d.heavy:
        d.t("Attending ___ / RT ___ / RN ___ / Biomed ___ / Vendor rep ___ (cell ___)\n")
        _pad_heavy(d)
    d.pt()


_DS_FILL = (
    "Brief Hospital Course:\nAdmitted for device evaluation. Interrogation showed noise on the RV lead with "
    "inappropriate detection; therapies were turned off and a new lead placed. No pneumothorax on post-procedure film.",
    "Medications on Admission:\n1. Metoprolol succinate 50 mg daily\n2. Apixaban 5 mg BID\n3. Atorvastatin 40 mg qHS",
    "Discharge Medications:\n1. Metoprolol succinate 50 mg daily\n2. Apixaban 5 mg BID (resume in 48 h)\n"
    "3. Cephalexin 500 mg QID x 5 days",
    "Discharge Disposition:\nHome With Service\n\nDischarge Diagnosis:\nLead fracture, recalled device",
    "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Ambulatory - Independent.",
    "Discharge Instructions:\nKeep the incision dry for 5 days. No lifting more than 10 lbs with the left arm "
    "for 6 weeks. Call if fever > 101.5F or drainage from the wound.",
    "Pertinent Results:\nWBC-7.4 Hgb-11.9 Plt-231 Na-139 K-4.2 Cr-1.1 INR-1.2",
)


def _k_device_discharge_summary(d: _Doc) -> None:
    rng = d.rng
    d.t("Name:  ")
    d.f("PERSON", p=0.4)
    d.t("                  Unit No:   ")
    d.f("MRN", p=0.5)
    d.t("\n\nAdmission Date:  ___              Discharge Date:   ___\n\nDate of Birth:  ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 1920, 1975), p=0.4)
    d.t(f"             Sex:   {rng.choice('FM')}\n\nService: ")
    d.t(rng.choice(("MEDICINE", "CARDIOLOGY", "SURGERY", "ORTHOPAEDICS")))
    d.t("\n\nAllergies:\n")
    d.t(rng.choice(("Patient recorded as having No Known Allergies to Drugs", "Penicillins / adhesive tape",
                    "nickel (per pt)", "Iodinated contrast")))
    d.t("\n\nAttending: ")
    d.f("PERSON", p=0.4)
    d.t(".\n\nChief Complaint:\n")
    grp = rng.randrange(3)
    if grp == 0:
        brand, model, maker, what = rng.choice(_CIEDS)
        d.t("ICD shocks x3\n\nMajor Surgical or Invasive Procedure:\nRV lead extraction and replacement\n\n")
        sender = "Cardiac Device Clinic"
    elif grp == 1:
        brand, what, maker = rng.choice(_HIPS)
        d.t("Hip pain, elevated cobalt\n\nMajor Surgical or Invasive Procedure:\nRevision left THA\n\n")
        sender = "Orthopaedic Surgery"
    else:
        brand, what, maker, _part = rng.choice(_MIGRANTS)
        d.t("Abdominal pain\n\nMajor Surgical or Invasive Procedure:\nEndovascular / endoscopic device retrieval\n\n")
        sender = "Interventional Radiology"
    d.t("History of Present Illness:\n")
    d.f("AGE_OVER_89", masked=_M, p=0.55)
    d.t(f" year old {rng.choice(('woman', 'man'))} with a ")
    d.L(maker)
    d.t(" ")
    d.L(brand)
    d.t(f" {what} placed ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 1999, 2023), p=0.4, masked="___")
    d.t(" at ")
    d.f("ORGANIZATION", lambda r: _org(r, "hospital"), p=0.5)
    d.t(", subject of a manufacturer recall (FDA ")
    d.L(_recall_no(rng))
    d.t("), who presents with symptoms attributed to device failure. Notified of the recall by letter from ")
    d.L(sender)
    d.t(". Lives in ")
    d.f("LOCATION", p=0.5)
    d.t(" with her/his partner.\n\nPast Medical History:\nHTN, HLD, AF on ")
    d.L(rng.choice(("apixaban 5 mg BID", "warfarin (goal INR 2-3)", "rivaroxaban 20 mg daily")))
    d.t(f", CKD 3a, BMI {rng.randrange(21, 41)}.\n\nSocial History:\n___\n\nFamily History:\nNC\n\n")
    d.t(f"Physical Exam:\nTemp: 98.{rng.randrange(10)} HR: {rng.randrange(55, 110)} ")
    d.t(f"BP: {rng.randrange(95, 170)}/{rng.randrange(50, 95)} Resp: {rng.randrange(12, 24)} ")
    d.t(f"O2Sat: {rng.randrange(90, 100)}\n")
    d.pt()
    d.t("\n")
    d.pad(_DS_FILL, rng.randrange(1600, 2600), ordered=True, sep="\n\n")
    if d.heavy:
        d.t("\nFollowup Instructions:\n___\n___ with ___ on ___ at ___\n___ Device Clinic ___ phone ___\n")
        _pad_heavy(d)
    else:
        d.t("\nFollowup Instructions:\n___\n")
    d.pt()


# ---- radiology kinds -------------------------------------------------------------------------------

_RAD_FILL = (
    "Lines and tubes: endotracheal tube 4.5 cm above the carina; right IJ catheter tip at the cavoatrial junction.",
    "The cardiomediastinal silhouette is within normal limits. No pneumothorax.",
    "Degenerative changes of the lower lumbar spine with grade 1 anterolisthesis at L4-5.",
    "Scattered surgical clips in the right upper quadrant from prior cholecystectomy.",
    "Bibasilar atelectasis. No focal consolidation.",
    "Nonobstructive bowel gas pattern. No free intraperitoneal air.",
    "Vascular calcifications are noted along the abdominal aorta and iliac arteries.",
    "Images were reviewed on the PACS workstation with window/level adjusted for metal.",
    "Radiation dose: DLP 412 mGy-cm (CTDIvol 9.8 mGy).",
)


def _rad_header(d: _Doc, exam: str, indication: str) -> None:
    d.t(f"EXAMINATION:  {exam}\n\nINDICATION:  ")
    d.f("AGE_OVER_89", masked=_M, p=0.45)
    d.t(f" year old {d.rng.choice(('woman', 'man'))} {indication}\n\n")


def _rad_notification(d: _Doc) -> None:
    d.t("\nNOTIFICATION:  The findings were discussed with Dr. ")
    d.f("PERSON", p=0.5)
    d.t(" by Dr. ")
    d.f("PERSON", p=0.4)
    d.t(" on the telephone on ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 2008, 2024), p=0.35)
    d.t(f" at {d.rng.randrange(7, 23)}:{d.rng.randrange(60):02d}, "
        f"{d.rng.randrange(2, 40)} minutes after discovery of the findings.\n")


def _k_xr_retained_item(d: _Doc) -> None:
    rng = d.rng
    exam = rng.choice(("ABDOMEN (SUPINE ONLY) PORTABLE IN OR", "CHEST PORT. LINE PLACEMENT",
                       "PELVIS PORTABLE, INTRAOPERATIVE", "ABD PORT"))
    item = rng.choice(("1 laparotomy sponge", "1 Ray-Tec sponge", "a 2-0 suture needle", "a guidewire (Seldinger)",
                       "a broken Kocher clamp tip", "a retained drain fragment"))
    _rad_header(d, exam, f"s/p laparotomy with incorrect count ({item}); evaluate for retained surgical item.")
    d.t("TECHNIQUE:  Portable supine radiographs, 2 overlapping views. ")
    d.L(rng.choice(("SurgiCount", "RF Assure")))
    d.t(" wand scan reported negative per OR.\n\nCOMPARISON:  ")
    d.t(rng.choice(("None.", _M + ".", "Preoperative CT ")))
    if rng.random() < 0.4:
        d.L(_sdate(rng))
    d.t("\n\nFINDINGS:\n\n")
    found = rng.random() < 0.5
    if found:
        d.t("A serpiginous radiopaque marker consistent with a ")
        d.L("Ray-Tec")
        d.t(" sponge projects over the left upper quadrant, lateral to the ")
        d.L("Jackson-Pratt")
        d.t(" drain.\n")
    else:
        d.t("No unexpected radiopaque foreign body is identified within the imaged field. Expected devices include a ")
        d.L(rng.choice(("Foley", "Dobhoff", "Jackson-Pratt", "Blake drain")))
        d.t(" catheter, skin staples and a ")
        d.L(rng.choice(("Bookwalter", "Deaver")))
        d.t(" retractor partially included at the margin.\n")
    d.pt()
    d.pad(_RAD_FILL, rng.randrange(1000, 1400))
    d.t("\nIMPRESSION:\n\n")
    d.t("Radiopaque foreign body consistent with retained surgical sponge.\n" if found else
        "No radiographic evidence of retained surgical item. Lateral-edge coverage limited; consider additional view "
        "if count remains unreconciled.\n")
    _rad_notification(d)
    d.pt()
    d.t("\nADDENDUM: Per OR circulating nurse ")
    d.f("PERSON", p=0.4)
    d.t(", count reconciled after item retrieved; case entered as safety event ")
    d.f("ACCOUNT", lambda r: _account(r, "se"), p=0.5)
    d.t(".\n")
    if d.heavy:
        d.t("Surgeon: ___  Anesthesia: ___  Scrub: ___  Circulator: ___  Room: ___  Case #: ___\n")
        _pad_heavy(d)
    d.pt()


def _k_ct_migrated_device(d: _Doc) -> None:
    rng = d.rng
    brand, what, maker, part = rng.choice(_MIGRANTS)
    _rad_header(d, rng.choice(("CT ABD & PELVIS WITH CONTRAST", "CT CHEST/ABD/PELVIS W/O CONTRAST",
                               "CTA CHEST AND ABDOMEN")),
                f"with {what} and new pain; evaluate device position, ? migration or perforation.")
    d.t("TECHNIQUE:  Axial images with coronal and sagittal reformats; metal artifact reduction applied. ")
    d.t(f"{rng.randrange(70, 130)} mL ")
    d.L(rng.choice(("Omnipaque 350", "Isovue-370", "Visipaque 320")))
    d.t(".\n\nCOMPARISON:  ")
    d.L(_sdate(rng))
    d.t(" radiograph.\n\nFINDINGS:\n\nDEVICE:  ")
    d.L(maker)
    d.t(" ")
    d.L(brand)
    d.t(f" {what} (per records; model ")
    d.L(_ref(rng))
    d.t(", serial on implant card ")
    d.f("DEVICE_ID", p=0.55)
    d.t(f"). The {part} ")
    d.t(rng.choice(("penetrates the caval wall by 6 mm and abuts the duodenum",
                    "has fractured; a 14 mm fragment lies in a segmental right lower lobe pulmonary artery",
                    "lies outside the uterus in the left paracolic gutter, surrounded by omentum",
                    "has migrated into the transverse colon lumen without obstruction",
                    "is tilted 18 degrees relative to the caval axis")))
    d.t(". Attenuation ")
    d.L(f"{rng.randrange(800, 3000)} HU")
    d.t(".\n\nLOWER CHEST:  No effusion. ")
    d.L("Kerley B")
    d.t(" lines absent.\n")
    d.pt()
    d.pad(_RAD_FILL, rng.randrange(1000, 1500))
    d.t("\nIMPRESSION:\n\n1. Malposition of the ")
    d.L(brand)
    d.t(f" {part} as above; device is subject to an FDA safety communication (bare year ")
    d.L(str(rng.randrange(2010, 2022)))
    d.t(").\n2. Recommend IR consultation; referring team to file a MedWatch report.\n")
    _rad_notification(d)
    d.pt()
    if rng.random() < 0.5:
        d.t("Outside comparison from ")
        d.f("ORGANIZATION", lambda r: _org(r, "hospital"), p=0.5)
        d.t(" requested (")
        d.f("ACCOUNT", lambda r: _account(r, "acc"), p=0.5)
        d.t(").\n")
    if d.heavy:
        d.t("Referring: ___   Ordering: ___   Tech: ___   Accession: ___   Reader: ___   Fellow: ___\n")
        _pad_heavy(d)
    d.pt()


_CIED_FILL = (
    "Device interrogation (same day): battery 2.98 V, RV impedance 1,480 ohms (prior 520), R-wave 8.2 mV.",
    "Remote transmission reviewed: 14 episodes of nonphysiologic short V-V intervals (<140 ms).",
    "The leads follow the expected course via the left subclavian vein. No lead coiling to suggest Twiddler.",
    "No pneumothorax. Heart size is at the upper limit of normal. Mild pulmonary vascular congestion.",
    "Fluoroscopic cine loops (7.5 fps) were reviewed; externalized conductors move with the cardiac cycle.",
    "Sternotomy wires are intact. Mitral annular calcification.",
)


def _k_cied_lead_radiograph(d: _Doc) -> None:
    rng = d.rng
    brand, model, maker, what = rng.choice(_CIEDS)
    _rad_header(d, rng.choice(("CHEST (PA AND LAT)", "CHEST PORT", "FLUOROSCOPY - LEAD SCREENING",
                               "CHEST (PRE-OP PA & LAT)")),
                f"with {brand} {what}, recall surveillance; evaluate for lead fracture / externalization.")
    d.t("TECHNIQUE:  ")
    d.t(rng.choice(("PA and lateral views of the chest.", "Fluoroscopy, 1.2 min, multiple obliquities.",
                    "Single portable AP view.")))
    d.t("\n\nCOMPARISON:  ")
    d.L(_sdate(rng))
    d.t("\n\nFINDINGS:\n\nA ")
    d.L(maker)
    d.t(f" {what} is present (")
    d.L(brand)
    d.t(", model ")
    d.L(model)
    d.t("; serial per device clinic ")
    d.f("DEVICE_ID", p=0.5)
    d.t("). ")
    d.t(rng.choice(("There is focal discontinuity of the RV lead conductor near the tricuspid annulus.",
                    "Inside-out abrasion with cable externalization is seen along the proximal RV lead.",
                    "Leads are intact without fracture, kink or externalization.",
                    "The leadless pacemaker is seated in the RV apex-septum, unchanged in position.")))
    d.t("\n")
    d.pt()
    d.pad(_CIED_FILL + _RAD_FILL[:3], rng.randrange(1050, 1500))
    d.t("\nIMPRESSION:\n\nFindings as above. Device clinic (")
    d.L("Cardiac Device Clinic")
    d.t(", remote platform ")
    d.L(rng.choice(("CareLink", "LATITUDE", "Merlin.net")))
    d.t(") to correlate.\n")
    _rad_notification(d)
    d.pt()
    if rng.random() < 0.5:
        d.t("\nDevice clinic contact: ")
        d.f("PERSON", p=0.5)
        d.t(", RN, ")
        d.f("PHONE", p=0.5)
        d.t("\n")
    if d.heavy:
        d.t("Implanting MD: ___  Device clinic: ___  Rep: ___ (cell ___)  Implant date: ___  Site: ___\n")
        _pad_heavy(d)
    d.pt()


_MRI_FILL = (
    "Screening form reviewed with patient and nurse; no ferromagnetic foreign bodies reported.",
    "Orbits radiograph not required (no metalworking history).",
    "Device programmed to MRI SureScan mode by the device clinic before scanning and restored afterwards.",
    "Scan performed at 1.5 T, normal operating mode, whole-body SAR <= 2.0 W/kg, gradient slew rate <= 200 T/m/s.",
    "Patient monitored with MR-conditional pulse oximetry and ECG throughout; no symptoms reported.",
    "Zone IV access supervised by MR safety officer.",
    "Post-scan shunt valve radiograph obtained to confirm setting (see below).",
)


def _k_mri_implant_screen(d: _Doc) -> None:
    rng = d.rng
    brand, model, maker, what = rng.choice(_CIEDS)
    _rad_header(d, rng.choice(("MR BRAIN WITHOUT CONTRAST", "MR L-SPINE W/O CONTRAST", "MRI SAFETY REVIEW + MR HEAD",
                               "SKULL (SHUNT SERIES) AFTER MRI")),
                "with implanted devices, MR safety screening prior to MRI.")
    d.t("IMPLANT LIST (MR safety officer):\n")
    rows = [(f"{maker} {brand} {what}", "MR Conditional"), ("programmable VP shunt (Codman Hakim)", "MR Conditional"),
            ("Nexplanon", "MR Safe"), ("sternal wires", "MR Conditional"), ("Greenfield filter", "MR Conditional")]
    rng.shuffle(rows)
    for dev, status in rows[: rng.randrange(2, 4)]:
        d.t("  - ")
        d.L(dev)
        d.t(f" ... {status}\n")
    d.t("  Device ID from implant card: ")
    d.f("DEVICE_ID", p=0.55)
    d.t("\n\nTECHNIQUE:  Multiplanar multisequence MRI per protocol.\n\nFINDINGS:\n\n")
    d.t("No acute infarct, hemorrhage or mass effect. Susceptibility artifact from the shunt valve obscures the "
        "right parietal calvarium. Ventricles unchanged in size.\n")
    d.t("Post-MRI valve setting confirmed at performance level ")
    d.L(f"{rng.randrange(1, 3)}.{rng.choice((0, 5))}")
    d.t(" (")
    d.L("Strata valve")
    d.t(" / ")
    d.L("Codman Hakim")
    d.t(").\n")
    d.pt()
    d.pad(_MRI_FILL + _RAD_FILL[6:8], rng.randrange(1050, 1550))
    d.t("\nIMPRESSION:\n\nNo acute intracranial abnormality. Devices as listed; scanned under MR Conditional "
        "labeling.\n")
    if rng.random() < 0.6:
        d.t("\nScreening completed with: ")
        d.f("PERSON", p=0.5)
        d.t(" (daughter), who lives in ")
        d.f("LOCATION", p=0.4)
        d.t(".\n")
    _rad_notification(d)
    if d.heavy:
        d.t("MR safety officer: ___  Screener: ___  Device rep: ___  Programmed by: ___  Reprogrammed: ___\n")
        _pad_heavy(d)
    d.pt()


_IR_FILL = (
    "Sedation: moderate sedation with midazolam 2 mg and fentanyl 100 mcg IV in divided doses; "
    "continuous monitoring by a registered nurse.",
    "Fluoroscopy time 12.4 minutes; reference air kerma 340 mGy.",
    "Access: right common femoral vein under ultrasound guidance using a micropuncture set; 12 Fr sheath placed.",
    "Estimated blood loss: minimal. Complications: none immediate.",
    "The fragment was removed intact and sent for retention in risk management with the original packaging.",
    "Cavogram after retrieval shows a patent IVC without extravasation.",
    "Hemostasis by manual compression for 10 minutes.",
)


def _k_ir_foreign_body_retrieval(d: _Doc) -> None:
    rng = d.rng
    target = rng.choice(("fractured PICC fragment", "embolized port catheter fragment (pinch-off)",
                         "retrievable IVC filter", "fractured filter strut", "sheared guidewire segment"))
    _rad_header(d, "IR FOREIGN BODY RETRIEVAL", f"with {target}; percutaneous retrieval requested.")
    d.t("OPERATORS:  Dr. ")
    d.f("PERSON", p=0.5)
    d.t(" (attending), Dr. ")
    d.f("PERSON", p=0.4)
    d.t(" (fellow)\n\nDEVICE:  ")
    if "filter" in target:
        brand, what, maker, _part = rng.choice(_MIGRANTS[:5])
    else:
        brand, maker = rng.choice((("Port-a-Cath", "Smiths Medical"), ("Groshong", "Bard"), ("Hickman", "Bard"),
                                   ("PowerPICC", "Bard")))
    d.L(maker)
    d.t(" ")
    d.L(brand)
    d.t("; lot ")
    d.L(_lot(rng))
    d.t(", serial ")
    d.f("DEVICE_ID", p=0.5)
    d.t("\n\nPROCEDURE:  Using an ")
    d.L(rng.choice(("Amplatz Goose Neck", "EN Snare")))
    d.t(" snare through the sheath, the target was captured in the ")
    d.t(rng.choice(("right interlobar pulmonary artery", "right atrium", "infrarenal IVC", "right ventricle")))
    d.t(" and withdrawn. ")
    d.t(rng.choice(("Completion angiogram shows no residual fragment.", "A small strut remnant remains embedded "
                    "in the caval wall and was left in place.")))
    d.t("\n")
    d.pt()
    d.pad(_IR_FILL, rng.randrange(1050, 1600))
    d.t("\nIMPRESSION:\n\nSuccessful percutaneous retrieval. Item sequestered for manufacturer return under ")
    d.L("Risk Management")
    d.t(" hold; MedWatch report to follow.\n")
    if rng.random() < 0.4:
        d.t("Explanted item logged as specimen ")
        d.f("ACCOUNT", lambda r: _account(r, "spec"), p=0.6)
        d.t(" / ")
        d.L(rng.choice(_DEPTS[:3]))
        d.t("\n")
    _rad_notification(d)
    if d.heavy:
        d.t("Consent: ___  Time-out: ___ by ___  Nurse: ___  Tech: ___  Referring: ___  Phone: ___\n")
        _pad_heavy(d)
    d.pt()


_HIP_FILL = (
    "There is a thick-walled cystic collection (pseudotumor) posterolateral to the joint measuring 5.1 x 3.2 cm.",
    "Mild edema in the gluteus medius tendon; no abductor avulsion.",
    "No periprosthetic lucency to suggest loosening. Femoral component in neutral alignment.",
    "Cup inclination 52 degrees, anteversion 21 degrees.",
    "Serum cobalt 14.2 ppb and chromium 5.3 ppb on the most recent draw (reference < 1).",
    "Small joint effusion with low-signal debris consistent with metallosis.",
    "Iliopsoas bursa is distended and communicates with the joint.",
)


def _k_hip_implant_surveillance(d: _Doc) -> None:
    rng = d.rng
    brand, what, maker = rng.choice(_HIPS)
    side = rng.choice(("LEFT", "RIGHT"))
    _rad_header(d, rng.choice((f"MRI {side} HIP WITH MARS", f"HIP 2 VIEWS {side}", f"US {side} HIP SOFT TISSUE")),
                f"with metal-on-metal {brand} {what} under recall surveillance; elevated ions.")
    d.t("TECHNIQUE:  Metal artifact reduction sequences (MAVRIC / SEMAC) per protocol.\n\nCOMPARISON:  ")
    d.L(_sdate(rng))
    d.t("\n\nIMPLANT (per registry record):  ")
    d.L(maker)
    d.t(" ")
    d.L(brand)
    d.t(f" {what}, cat. ")
    d.L(_ref(rng))
    d.t(", lot ")
    d.L(_lot(rng))
    d.t(", SN ")
    d.f("DEVICE_ID", p=0.55)
    d.t(", implanted ")
    d.f("DATE_REAL_YEAR", lambda r: _date_real(r, 2003, 2013), p=0.5)
    d.t(" at ")
    d.f("ORGANIZATION", lambda r: _org(r, "hospital"), p=0.4)
    d.t(".\n\nFINDINGS:\n\n")
    d.pt()
    d.pad(_HIP_FILL + _RAD_FILL[2:3], rng.randrange(1000, 1500))
    d.t("\nIMPRESSION:\n\nAdverse local tissue reaction around a recalled metal-on-metal ")
    d.L(brand)
    d.t(" component; orthopaedic referral (")
    d.L("Orthopaedic Surgery")
    d.t(").\n")
    _rad_notification(d)
    d.pt()
    if d.heavy:
        d.t("Surgeon: ___  Registry: ___  Patient ID: ___  Implant site: ___  Prior films: ___\n")
        _pad_heavy(d)
    d.pt()


_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "biomed_work_order": ("discharge", _k_biomed_work_order),
    "medwatch_voluntary": ("discharge", _k_medwatch_voluntary),
    "maude_user_facility": ("discharge", _k_maude_user_facility),
    "recall_notice_trace": ("discharge", _k_recall_notice_trace),
    "patient_notification_letter": ("discharge", _k_patient_notification_letter),
    "implant_registry_entry": ("discharge", _k_implant_registry_entry),
    "pump_incident_review": ("discharge", _k_pump_incident_review),
    "ventilator_incident_review": ("discharge", _k_ventilator_incident_review),
    "device_discharge_summary": ("discharge", _k_device_discharge_summary),
    "xr_retained_item": ("radiology", _k_xr_retained_item),
    "ct_migrated_device": ("radiology", _k_ct_migrated_device),
    "cied_lead_radiograph": ("radiology", _k_cied_lead_radiograph),
    "mri_implant_screen": ("radiology", _k_mri_implant_screen),
    "ir_foreign_body_retrieval": ("radiology", _k_ir_foreign_body_retrieval),
    "hip_implant_surveillance": ("radiology", _k_hip_implant_surveillance),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DIS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i: radiology for ~45% (Weyl sequence), then a kind within the type."""
    rad = _frac(i * _PHI + seed * _SQ3) < 0.45
    return random.Random(f"h54-kind:{seed}:{i}").choice(_RAD_KINDS if rad else _DIS_KINDS)


def _plan(seed: int, i: int) -> tuple[bool, list[str]]:
    """(heavy, categories to plant). Exactly 5 heavy and 58 planted notes in every 100 consecutive i."""
    p = (i * 37 + seed * 11) % 100
    if p < 5:
        return True, []
    if p >= 63:
        return False, []
    n = 1 + min(3, int(_frac(i * _RHO + seed * _SQ2) * 4))
    cats = [CATEGORIES[int(_frac((4 * i + j) * _PHI + seed * _SQ2 * 0.5) * len(CATEGORIES))] for j in range(n)]
    return False, cats


def _overlaps(text: str, needle: str, spans: list[tuple[int, int, str]]) -> bool:
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if any(s < end and e > start for s, e, _ in spans):
            return True
        start = text.find(needle, start + 1)
    return False


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"h54:{seed}:{i}")
    heavy, cats = _plan(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    d = _Doc(rng, cats, heavy, note_type == "radiology")
    builder(d)
    text, spans = d.render()
    look = [s for s in dict.fromkeys(d.look) if s and s in text and not _overlaps(text, s, spans)]
    return LabelledNote(note_type, text, spans), look, "heavy" if heavy else "normal"


def holdout54_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout54_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout54_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout54_corpus, argv,
        "Held-out corpus 54 (clinical engineering, device recalls, adverse-event reports): detector recall/precision")
    holdout_measure.report("holdout54", args, notes, hits, res)


if __name__ == "__main__":
    main()
