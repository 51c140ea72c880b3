"""Held-out corpus 45: pharmacy and medication management around an admission.

MIMIC-IV-Note shaped pharmacy paperwork in which most identifiers are masked as ``___`` and a few
escaped masking. Document kinds (``DOCUMENT_KINDS``):

- discharge-type: pharmacist admission medication reconciliation (``admission_med_rec``),
  outpatient / specialty pharmacy call log (``pharmacy_call_log``), anticoagulation-clinic INR note
  (``anticoag_clinic``), controlled-substance prescription-monitoring check (``pdmp_check``), drug
  prior-authorisation form and payer response (``prior_auth``), pharmacist kinetics / renal-dosing
  consult (``pk_consult``), discharge prescriptions and pharmacy transfer request
  (``discharge_rx_transfer``), patient-assistance-programme application (``patient_assistance``),
  compounding / IV-room record (``iv_room_compounding``), drug-shortage substitution notice
  (``shortage_substitution``);
- radiology-type: CT with contrast-allergy premedication record (``contrast_premed_ct``), contrast
  reaction record (``contrast_reaction``), contrast extravasation report (``contrast_extravasation``),
  nuclear-medicine scan with radiopharmaceutical dispensing log (``radiopharm_dispense``), IR PICC
  placement for outpatient IV antibiotics (``picc_opat``), radioiodine therapy written directive
  (``radioiodine_therapy``).

Labelling conventions (the project's label policy, copied): PERSON is one span per name (given and
family together, titles outside); LOCATION is a place below state level (a street line is
STREET_ADDRESS; town and ZIP are separate spans; states and countries are never labelled);
ORGANIZATION is a named hospital, practice, agency, school or employer, never a generic department.
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug
or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90.
DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN, REF, model and expiry
are not identifiers. ACCOUNT covers account, encounter, incident/run, accession, order, requisition,
claim and specimen numbers; HEALTH_PLAN member, subscriber and policy ids (an employer's group number
is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences
and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Corpus-specific decisions:

- an Rx (prescription) number is a prescription *order* number, so it is ACCOUNT; so are PBM claim
  ids, prior-authorisation case numbers and CoverMyMeds-style request keys (a request for a claim),
  IV-room order numbers, imaging accessions, safety-incident numbers and kinetics specimen numbers;
- BIN, PCN and the (employer) group number on a pharmacy card are routing data, never HEALTH_PLAN;
  they are look-alikes. The member / subscriber id, a Medicare MBI and a Medicaid id are HEALTH_PLAN;
- a prescriber's DEA number, a clinician's NPI, a state medical / nursing / pharmacist licence and a
  pharmacy technician's state registration, and a driver's licence shown at pick-up are LICENSE;
  a *pharmacy's* NCPDP id or store number is not a clinician's licence and is left unlabelled;
- named pharmacies, hospitals, practices, home-infusion companies, nursing homes, schools and
  employers are ORGANIZATION; store addresses are STREET_ADDRESS. Drug manufacturers and their
  assistance programmes, payers' public programmes (Medicare Part D, MassHealth), federal bodies and
  device brands are brands / public bodies and are never labelled;
- serials of infusion pumps, INR meters, temperature loggers, power injectors and dose calibrators
  are DEVICE_ID; the plates and VINs of courier vehicles and of a patient's car at a drive-through
  are VEHICLE_ID;
- NDCs, lot numbers, expiry / beyond-use dates, strengths and doses, RxNorm / GPI codes, BIN / PCN /
  group, INR values, dosing weights, DLP / activity values, public hotlines (Poison Control,
  MedWatch, 988) and public websites are returned as look-alikes and never labelled. Dates are
  shifted into 2100-2200 and never labelled; only an escaped real-year date is.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the
masked note-shaped samples and SOURCES.md under /work/shared/data/. No detector code, rule file, other
corpus, test or history was opened, and the detector was never run on this corpus.
"""

from __future__ import annotations

import random
import re

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike vocabularies
# --------------------------------------------------------------------------------------------------

_HOME_MEDS = (
    ("apixaban", "Eliquis", "5 mg PO BID"),
    ("rivaroxaban", "Xarelto", "20 mg PO daily with supper"),
    ("warfarin", "Coumadin", "per INR clinic (5 mg M/W/F, 2.5 mg other days)"),
    ("metoprolol succinate", "Toprol-XL", "50 mg PO daily"),
    ("furosemide", "Lasix", "40 mg PO BID"),
    ("insulin glargine", "Lantus", "22 units SC qHS"),
    ("insulin lispro", "Humalog", "sliding scale AC meals"),
    ("semaglutide", "Ozempic", "1 mg SC weekly (Sundays)"),
    ("empagliflozin", "Jardiance", "10 mg PO daily"),
    ("sacubitril/valsartan", "Entresto", "49/51 mg PO BID"),
    ("pantoprazole", "Protonix", "40 mg PO daily"),
    ("atorvastatin", "Lipitor", "80 mg PO qHS"),
    ("levothyroxine", "Synthroid", "88 mcg PO daily, empty stomach"),
    ("gabapentin", "Neurontin", "300 mg PO TID"),
    ("oxycodone ER", "OxyContin", "10 mg PO q12h"),
    ("buprenorphine/naloxone", "Suboxone", "8/2 mg SL daily"),
    ("tiotropium", "Spiriva", "2 inhalations daily"),
    ("fluticasone/salmeterol", "Advair", "250/50 1 puff BID"),
    ("tamsulosin", "Flomax", "0.4 mg PO qHS"),
    ("donepezil", "Aricept", "10 mg PO qHS"),
    ("sertraline", "Zoloft", "100 mg PO daily"),
    ("clopidogrel", "Plavix", "75 mg PO daily"),
    ("dabigatran", "Pradaxa", "150 mg PO BID"),
    ("ondansetron", "Zofran", "4 mg PO q8h PRN nausea"),
)
_SPECIALTY = (
    ("adalimumab", "Humira", "40 mg/0.4 mL pen SC every 14 days"),
    ("etanercept", "Enbrel", "50 mg SureClick SC weekly"),
    ("dupilumab", "Dupixent", "300 mg SC every 2 weeks"),
    ("ustekinumab", "Stelara", "90 mg SC every 8 weeks"),
    ("enoxaparin", "Lovenox", "1 mg/kg SC q12h bridge"),
    ("emtricitabine/tenofovir alafenamide", "Descovy", "1 tab PO daily"),
    ("ledipasvir/sofosbuvir", "Harvoni", "1 tab PO daily x 12 weeks"),
    ("pembrolizumab", "Keytruda", "200 mg IV q3 weeks (infusion center)"),
)
_CONTRAST_IODINATED = (("iohexol", "Omnipaque"), ("iodixanol", "Visipaque"), ("iopamidol", "Isovue"),
                       ("ioversol", "Optiray"), ("iopromide", "Ultravist"))
_CONTRAST_GAD = (("gadobutrol", "Gadavist"), ("gadoterate", "Dotarem"), ("gadobenate", "MultiHance"),
                 ("gadoteridol", "ProHance"), ("gadoterate (generic)", "Clariscan"))
_RADIOPHARM = (
    ("NM WHOLE BODY BONE SCAN", "Tc-99m medronate (MDP)", "25.0 mCi (925 MBq)", "bone pain, known prostate cancer.",
     "TechneScan MDP"),
    ("NM MYOCARDIAL PERFUSION SPECT (PHARMACOLOGIC)", "Tc-99m sestamibi", "30.0 mCi (1110 MBq)",
     "chest pain, unable to exercise.", "Cardiolite"),
    ("NM HEPATOBILIARY SCAN WITH CCK", "Tc-99m mebrofenin", "5.0 mCi (185 MBq)",
     "RUQ pain, r/o acalculous cholecystitis.", "Choletec"),
    ("NM SENTINEL NODE LYMPHOSCINTIGRAPHY", "Tc-99m tilmanocept", "0.5 mCi (18.5 MBq)", "left breast cancer, staging.",
     "Lymphoseek"),
    ("PET/CT PSMA", "F-18 piflufolastat", "9.0 mCi (333 MBq)", "rising PSA after prostatectomy.", "Pylarify"),
    ("NM GATED BLOOD POOL (MUGA)", "Tc-99m pertechnetate labelled RBCs", "20.0 mCi (740 MBq)",
     "baseline LVEF before anthracycline chemotherapy.", "UltraTag RBC"),
    ("NM BRAIN PERFUSION SPECT", "Tc-99m exametazime", "20.0 mCi (740 MBq)",
     "dementia workup; [[Alzheimer dementia]] vs other.", "Ceretec"),
)
_DEVICE_BRANDS = (
    "Alaris", "Sapphire", "CADD-Solis", "Medrad Stellant", "Pyxis MedStation", "Omnicell", "PowerPICC",
    "CoaguChek XS", "Capintec", "DoseEdge", "Baxter Mini-Bag Plus", "PhaSeal", "Sherlock 3CG",
)
_EPONYMS = (
    "Cockcroft-Gault", "Beers Criteria", "Stevens-Johnson syndrome", "Hartford nomogram", "Sawchuk-Zaske",
    "Naranjo", "Child-Pugh", "Seldinger", "Parkinson disease", "Alzheimer dementia", "Crohn disease",
    "Lugol's solution", "Graves disease", "Hashimoto thyroiditis", "Rumack-Matthew nomogram",
    "CHA2DS2-VASc", "HAS-BLED", "Morse Fall Scale", "Guillain-Barre", "Rosendaal",
)
_OTHER_BRANDS = (
    "Surescripts", "CoverMyMeds", "Narcan", "Percocet", "Dilaudid", "Benadryl", "Solu-Medrol", "EpiPen",
    "Hylenex", "Vancocin", "Zosyn", "Kcentra", "Thyrogen", "Lexiscan", "Bactrim", "Tylenol",
    "PMP AWARxE", "NarxCare", "InsightRx", "Epic Willow",
)
EPONYMS_AND_BRANDS = tuple(dict.fromkeys(
    [b for _, b, _ in _HOME_MEDS] + [b for _, b, _ in _SPECIALTY] + [b for _, b in _CONTRAST_IODINATED]
    + [b for _, b in _CONTRAST_GAD] + [b for *_, b in _RADIOPHARM] + list(_DEVICE_BRANDS) + list(_EPONYMS)
    + list(_OTHER_BRANDS)
))

_HOTLINES = (
    "Poison Control 1-800-222-1222", "FDA MedWatch 1-800-FDA-1088", "the 988 Suicide & Crisis Lifeline",
    "SAMHSA National Helpline 1-800-662-4357", "1-800-MEDICARE", "CDC-INFO 1-800-232-4636",
)
_PUBLIC_WEB = (
    "www.fda.gov/medwatch", "dailymed.nlm.nih.gov", "www.medicare.gov", "www.poison.org",
    "www.accessdata.fda.gov/scripts/drugshortages", "www.ismp.org", "www.cdc.gov/antibiotic-use",
    "findtreatment.gov",
)
_STATES = ("MA", "RI", "NH", "Massachusetts", "Rhode Island", "New Hampshire", "Maine", "CT")

# --------------------------------------------------------------------------------------------------
# Surrogate identifiers (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Adaeze", "Bronwyn", "Casimir", "Delphine", "Eamon", "Faustina", "Gideon", "Henrietta", "Ignatius",
    "Jolene", "Kwabena", "Leocadia", "Mireille", "Nikolai", "Oona", "Perpetua", "Rosalind", "Saoirse",
    "Thaddeus", "Ursula", "Valentin", "Wilhelmina", "Xiomara", "Yusuf", "Zenobia", "Ambrose", "Beatrix",
    "Cornelius", "Dagny", "Evander", "Gwendolyn", "Imogen", "Jarrah", "Kerensa", "Lucan", "Marisol",
    "Nnamdi", "Odalys", "Piers", "Radomir", "Sunniva", "Tobiah", "Vesna", "Wendell", "Yolanda",
    "Anouk", "Bartholomew", "Consolata", "Fintan", "Hyacinth",
)
_FAMILY = (
    "Okafor", "Vasquez-Lind", "Marchetti", "Tranh", "Abernathy", "Szczepanski", "Oyelaran", "Kowalczyk",
    "Haddad", "Lindqvist", "Achterberg", "Nwachukwu", "Delacroix", "Rasmussen", "Quinlivan", "Papadakis",
    "Ferreira", "Holloway", "Yamashiro", "Castellanos", "Brannigan", "Desrosiers", "Ekwueme", "Gallagher",
    "Iturbe", "Jablonski", "Kealoha", "Lachapelle", "Mulcahy", "Nakashima", "O'Donoghue", "Pellegrino",
    "Riordan", "Sandoval", "Thibodeau", "Underhill", "Varga", "Zielinski", "Amundsen", "Cheruiyot",
    "Dunleavy", "Esposito", "Guerrero", "Hartigan", "Ilunga", "Joubert", "Kavanagh", "Lombardi",
    "McCrory", "Novak", "Ostrowski", "Prendergast", "Quaye", "Rourke", "Tremblay", "Vukovic", "Wojcik",
)
_TOWNS = (
    "Brockton", "Chicopee", "Attleboro", "Woonsocket", "Nashua", "Pawtucket", "Leominster", "Methuen",
    "Taunton", "Fitchburg", "Revere", "Dracut", "Westerly", "Keene", "Holyoke", "Agawam", "Marlborough",
    "Haverhill", "Gloucester", "Peabody", "Wareham", "Saugus", "Easthampton", "Norwood", "Dedham",
    "Quincy", "Malden", "Medford", "Lowell", "Billerica", "Tewksbury", "Cranston", "Warwick", "Johnston",
    "Concord", "Dover", "Salem", "Lewiston", "Biddeford", "Rutland", "Jamaica Plain", "Dorchester",
    "Roxbury", "Hyde Park", "East Boston", "Mattapan", "North Adams", "South Hadley", "Fall River",
    "New Bedford",
)
_ORGS = {
    "pharmacy": (
        "Linden Street Apothecary", "Quarry Hill Specialty Pharmacy", "Harbor Point Pharmacy",
        "Millbrook Family Drug", "Cobble Lane Pharmacy", "Tern Island Compounding", "Northgate Apothecary",
        "Elm & Vine Pharmacy", "Greystone Community Pharmacy", "Fenwick Rx", "Prospect Hill Pharmacy",
        "Oakridge Long-Term Care Pharmacy", "Saltmarsh Nuclear Pharmacy", "Isotope Partners Radiopharmacy",
    ),
    "hospital": (
        "St. Brendan's Medical Center", "Merrimack Valley General", "Calloway Memorial Hospital",
        "Our Lady of the Harbor Hospital", "Southcoast Lutheran Hospital", "Ashby Regional Medical Center",
    ),
    "practice": (
        "Merrow Valley Family Practice", "Kingsley Internal Medicine Associates", "Ashgrove Cardiology Group",
        "Pinecrest Oncology Partners", "Seaview Nephrology Associates", "Thornbury Rheumatology",
    ),
    "employer": (
        "Kessler Freight Lines", "Alder Mills Textiles", "Cormac Precision Tooling", "Brightwater Cannery",
        "Halvorsen Landscaping", "Dunmore Regional High School",
    ),
    "snf": ("Maple Court Rehabilitation Center", "Hollis Green Nursing Home", "Whitcomb House Assisted Living"),
    "infusion": ("Bayberry Infusion Services", "Coastal Home Infusion Partners", "Keystone Home IV"),
}
_STREETS = (
    "Winthrop", "Old Mill", "Chestnut", "Harwood", "Lantern", "Quarry", "Pleasant", "Orchard", "Kimball",
    "Saltonstall", "Ridge", "Birch", "Mayflower", "Cottage", "Forest", "Hancock", "Spruce", "Tremont",
    "Union", "Water", "Prospect", "Fairmount", "Hawthorne", "Linden", "Wachusett",
)
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Terrace", "Way",
           "Pl", "Blvd", "St.", "Ave.")
_AREA = ("617", "508", "781", "413", "978", "401", "603", "860", "207", "802", "774", "339", "351")
_EMAIL_DOMAINS = ("harborpointrx.com", "quarryhillspecialty.org", "stbrendans.org", "lindenapothecary.net",
                  "mvfp-health.com", "gmail.com", "yahoo.com", "comcast.net", "bayberryinfusion.com",
                  "calloway-mh.org", "outlook.com", "fenwickrx.com")
_URL_DOMAINS = ("harborpointrx.com", "quarryhillspecialty.org", "lindenapothecary.net", "bayberryinfusion.com",
                "fenwickrx.com", "cobblelanepharmacy.com", "mvfp-health.com", "stbrendans.org",
                "millbrookdrug.com", "coastalhomeinfusion.net")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _luhn_check(payload: str) -> int:
    total = 0
    for k, ch in enumerate(reversed(payload)):
        x = int(ch)
        if k % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return (10 - total % 10) % 10


def _npi(r: random.Random) -> str:
    base = r.choice("12") + _d(r, 8)
    return base + str(_luhn_check("80840" + base))


def _dea(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(6)]
    check = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return r.choice("ABFGM") + r.choice(_UP) + "".join(map(str, ds)) + str(check)


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(letters) + r.choice(an) + str(r.randint(0, 9)) + r.choice(letters)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(letters) + r.choice(letters) + _d(r, 2))
    return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _date(r: random.Random, y0: int, y1: int) -> str:
    y, m, dd = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    return r.choice((
        f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}-{_MON[m - 1]}-{y}",
        f"{_MONTH[m - 1]} {dd}, {y}", f"{dd} {_MONTH[m - 1]} {y}", f"{_MON[m - 1]} {dd} {y}",
        f"{m:02d}-{dd:02d}-{y}", f"{dd}-{_MON[m - 1].upper()}-{y}",
    ))


def _sd(r: random.Random) -> str:
    """A shifted (2100-2200) date, marked as a look-alike."""
    y, m, dd = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return "[[" + r.choice((f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}")) + "]]"


def _person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    return r.choice((f"{g} {f}", f"{g} {f}", f"{f}, {g}", f"{g[0]}. {f}", f"{g} {r.choice(_UP)}. {f}",
                     f"{f.upper()}, {g.upper()}", f"{g.upper()} {f.upper()}"))


def _value(r: random.Random, cat: str, sub: str | None) -> str:  # noqa: C901 - one branch per category
    if cat in ("PHONE", "FAX"):
        a, e, n = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
        return r.choice((f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}.{e}.{n:04d}", f"{a} {e} {n:04d}",
                         f"+1 {a}-{e}-{n:04d}", f"1-{a}-{e}-{n:04d}", f"({a}){e}-{n:04d}", f"{a}{e}{n:04d}",
                         f"{a}/{e}-{n:04d}"))
    if cat == "PAGER":
        return r.choice((f"{r.randint(1, 9)}-{_d(r, 4)}", str(r.randint(10000, 99999)),
                         f"{r.choice(_AREA)}-{r.randint(201, 989)}-{_d(r, 4)}", str(r.randint(100000, 999999)),
                         f"{r.randint(2, 8)}{_d(r, 3)}"))
    if cat == "EMAIL":
        g, f = r.choice(_GIVEN).lower(), re.sub(r"[^a-z]", "", r.choice(_FAMILY).lower())
        local = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}{r.randint(1, 99)}", f"{g}_{f[:4]}", f"{f}.{g[0]}",
                          f"{g}{f[0]}{r.randint(50, 99)}"))
        return f"{local}@{r.choice(_EMAIL_DOMAINS)}"
    if cat == "URL":
        dom = r.choice(_URL_DOMAINS)
        path = r.choice(("/refill", "/rx/transfer", "/patients/enroll", f"/track/{_d(r, 9)}", "",
                         f"/pap/apply?id={_d(r, 6)}", "/portal/login", "/locations/store-" + _d(r, 3),
                         f"/video/{_d(r, 7)}"))
        return r.choice(("https://", "http://", "www.", "https://www.", "https://portal.")) + dom + path
    if cat == "IP_ADDRESS":
        return r.choice((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"))
    if cat == "SSN":
        a = r.randint(1, 665)
        a = 667 if a == 666 else a
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))
    if cat == "MRN":
        return r.choice((_d(r, 7), "00" + _d(r, 6), str(r.randint(1, 9)) + _d(r, 8), _d(r, 10),
                         "M" + _d(r, 7), str(r.randint(10, 99)) + "-" + _d(r, 6)))
    if cat == "ACCOUNT":
        sub = sub or r.choice(("rx", "claim", "acc", "order", "enc", "incident", "pa", "acct", "req",
                               "specimen"))
        if sub == "rx":
            return r.choice((str(r.randint(1000000, 9999999)), f"{r.randint(100000, 999999)}-{r.randint(0, 11):02d}",
                             f"{r.randint(1, 9)}{_d(r, 7)}", f"{r.randint(10, 99)}-{_d(r, 6)}"))
        if sub == "claim":
            return r.choice((_d(r, 12), "C" + _d(r, 11), f"{r.randint(10, 99)}{r.choice(_UP)}{_d(r, 9)}",
                             _d(r, 15)))
        if sub == "acc":
            return r.choice((r.choice(("CT", "NM", "MR", "IR", "RAD")) + _d(r, 8), _d(r, 9),
                             f"{r.choice(('E', 'R', 'N'))}{r.randint(10, 99)}-{_d(r, 6)}"))
        if sub == "order":
            return r.choice((_d(r, 8), _d(r, 9), f"IV{_d(r, 7)}", f"{r.randint(100, 999)}-{_d(r, 5)}"))
        if sub == "enc":
            return r.choice((_d(r, 10), "V" + _d(r, 9), _d(r, 8)))
        if sub == "incident":
            return r.choice((f"SR-{_d(r, 6)}", f"{r.randint(10, 99)}-{_d(r, 5)}", _d(r, 7), f"QS{_d(r, 6)}"))
        if sub == "pa":
            if r.random() < 0.5:
                return "".join(r.choice(_UP + "23456789") for _ in range(8))
            return r.choice((_d(r, 9), f"{r.randint(10, 99)}-{_d(r, 7)}", "R" + _d(r, 10)))
        if sub == "specimen":
            return r.choice((f"{r.randint(10, 99)}-{_d(r, 6)}", "S" + _d(r, 8), _d(r, 9)))
        if sub == "req":
            return r.choice(("RQ" + _d(r, 7), _d(r, 8)))
        return r.choice((_d(r, 9), "000" + _d(r, 6), f"{_d(r, 4)}-{_d(r, 6)}"))
    if cat == "HEALTH_PLAN":
        sub = sub or r.choice(("member", "member", "mbi", "medicaid", "policy"))
        if sub == "mbi":
            return _mbi(r)
        if sub == "medicaid":
            return r.choice((_d(r, 12), _d(r, 10) + r.choice(_UP)))
        if sub == "policy":
            return r.choice((f"{r.choice(_UP)}{r.choice(_UP)}{_d(r, 8)}", f"{_d(r, 9)}-{r.randint(1, 4):02d}"))
        return r.choice(("".join(r.choice(_UP) for _ in range(3)) + _d(r, 9), f"W{_d(r, 9)}",
                         f"{r.choice(_UP)}{_d(r, 10)}", _d(r, 11), f"{_d(r, 9)}-{r.randint(1, 3):02d}",
                         f"ZG{r.choice(_UP)}{_d(r, 8)}"))
    if cat == "LICENSE":
        sub = sub or r.choice(("npi", "dea", "state", "rph", "rn", "dl"))
        if sub == "npi":
            return _npi(r)
        if sub == "dea":
            return _dea(r)
        if sub == "dl":
            return r.choice(("S" + _d(r, 8), "SA" + _d(r, 7), _d(r, 9),
                             f"{r.choice(_UP)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}",
                             f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"NHL{_d(r, 8)}"))
        if sub == "rph":
            return r.choice((_d(r, 5), "0" + _d(r, 5), f"{r.randint(20, 39)}{_d(r, 4)}", "T" + _d(r, 6)))
        if sub == "rn":
            return r.choice((_d(r, 7), "2" + _d(r, 6), "NUR" + _d(r, 7)))
        return r.choice((str(r.randint(100000, 299999)), _d(r, 5), f"{r.randint(10, 99)}{_d(r, 5)}",
                         "0" + _d(r, 6)))
    if cat == "ZIP":
        z = f"0{r.randint(1001, 2999)}" if r.random() < 0.8 else str(r.randint(10001, 98999))
        return z if r.random() < 0.75 else f"{z}-{_d(r, 4)}"
    if cat == "STREET_ADDRESS":
        line = f"{r.randint(1, 2400)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
        return line + r.choice(("", "", "", f" Apt {r.randint(1, 9)}{r.choice('ABCDR')}", f" Unit {r.randint(1, 40)}",
                                f", Apt. {r.randint(1, 30)}", f" #{r.randint(2, 12)}",
                                f", Suite {r.randint(100, 450)}"))
    if cat == "DATE_REAL_YEAR":
        if sub == "dob":
            return _date(r, 1921, 2004)
        return _date(r, 2011, 2024)
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))
    if cat == "DEVICE_ID":
        return r.choice((_d(r, 8), f"{r.choice(_UP)}{r.choice(_UP)}{_d(r, 7)}", f"{_d(r, 4)}-{_d(r, 5)}",
                         f"{r.choice(_UP)}{_d(r, 2)}{r.choice(_UP)}-{_d(r, 6)}", _d(r, 10),
                         f"{r.randint(1, 9)}{_d(r, 6)}X"))
    if cat == "VEHICLE_ID":
        u = r.choice
        if sub == "vin" or r.random() < 0.12:
            vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return "1" + "".join(u(vin_chars) for _ in range(10)) + _d(r, 6)
        return u((f"{r.randint(1, 9)}{u(_UP)}{u(_UP)}{u(_UP)}{_d(r, 3)}",
                  f"{r.randint(1, 9)}{u(_UP)}{u(_UP)} {_d(r, 3)}",
                  f"{u(_UP)}{u(_UP)}{u(_UP)}-{_d(r, 4)}", f"{_d(r, 3)} {u(_UP)}{u(_UP)}{r.randint(1, 9)}",
                  f"{u(_UP)}{_d(r, 2)}-{u(_UP)}{u(_UP)}{_d(r, 1)}", f"{_d(r, 3)}{u(_UP)}{u(_UP)}{u(_UP)}"))
    if cat == "PERSON":
        return _person(r)
    if cat == "LOCATION":
        return r.choice(_TOWNS)
    if cat == "ORGANIZATION":
        sub = sub if sub in _ORGS else r.choice(tuple(_ORGS))
        return r.choice(_ORGS[sub])
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Per-note look-alike values
# --------------------------------------------------------------------------------------------------


def _negs(r: random.Random) -> dict[str, str]:
    def ndc() -> str:
        return r.choice((f"{_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}",
                         f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 1)}", f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 2)}"))

    def lot() -> str:
        u = r.choice
        return u((f"{u(_UP)}{u(_UP)}{_d(r, 4)}{u(_UP)}", f"{_d(r, 2)}{u(_UP)}{_d(r, 3)}", f"W{_d(r, 6)}",
                  f"{u(_UP)}{_d(r, 5)}A", f"{_d(r, 3)}{u(_UP)}{u(_UP)}{_d(r, 2)}"))

    def exp() -> str:
        y, m, dd = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{_MON[m - 1].upper()} {y}",
                         f"{m:02d}/{y}", f"{y}-{m:02d}", f"{dd:02d}-{_MON[m - 1].upper()}-{y}"))

    def sd() -> str:
        y, m, dd = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{dd:02d}-{_MON[m - 1]}-{y}",
                         f"{m}/{dd}/{y}"))

    w = lambda x: f"[[{x}]]"  # noqa: E731
    return {
        "%NDC%": w(ndc()), "%NDC2%": w(ndc()), "%LOT%": w(lot()), "%LOT2%": w(lot()), "%EXP%": w(exp()),
        "%EXP2%": w(exp()), "%SD%": w(sd()), "%SD2%": w(sd()), "%SD3%": w(sd()),
        "%BIN%": w(r.choice(("610014", "004336", "015581", "003858", "610502", "012353", "020115", "610591",
                             "017010", "600428"))),
        "%PCN%": w(r.choice(("ADV", "MEDDPRIME", "9999", "PDMI", "CN", "MEDDADV", "A4", "ASPROD1", "CTRXMEDD",
                             "OHCP", "MCAIDADV"))),
        "%GRP%": w(r.choice((f"RX{_d(r, 4)}", f"{r.choice(_UP)}{r.choice(_UP)}{_d(r, 5)}", f"GRP{_d(r, 6)}",
                             f"{_d(r, 5)}", f"EMP{_d(r, 3)}{r.choice(_UP)}"))),
        "%GPI%": w(_d(r, 14)), "%RXCUI%": w(str(r.randint(10000, 2200000))),
        "%VER%": w(r.choice((f"v{r.randint(2, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                             f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                             f"ver. {r.randint(3, 9)}.{r.randint(0, 9)}"))),
        "%WT%": w(f"{r.randint(44, 131)}.{r.randint(0, 9)} kg"),
        "%INR%": w(f"{r.randint(1, 4)}.{r.randint(0, 9)}"), "%INR2%": w(f"{r.randint(1, 3)}.{r.randint(0, 9)}"),
        "%HOT%": w(r.choice(_HOTLINES)), "%GOV%": w(r.choice(_PUBLIC_WEB)), "%STATE%": w(r.choice(_STATES)),
        "%BRAND%": w(r.choice([b for _, b, _ in _HOME_MEDS])), "%NCPDP%": w(_d(r, 7)),
        "%AGE%": w(str(r.randint(19, 88))), "%MASK%": "___",
    }


def _fill(tpl: str, g: dict[str, str]) -> str:
    for k, v in g.items():
        if k in tpl:
            tpl = tpl.replace(k, v)
    return tpl


# --------------------------------------------------------------------------------------------------
# Planting snippets per category: (template, value subtype, where) with where "" (any), "D" or "R"
# --------------------------------------------------------------------------------------------------

_SNIPPETS: dict[str, list[tuple[str, str | None, str]]] = {
    "PHONE": [
        ("Pharmacy callback: {v} (ask for the pharmacist in charge).", None, ""),
        ("Pt reached at {v}; confirmed name + DOB (2 identifiers).", None, ""),
        ("| Contact phone | {v} |", None, ""),
        ("Caregiver (daughter) cell {v} -- prefers text over voicemail.", None, ""),
        ("Tel {v}    Fax ___", None, ""),
        ("Called store at {v}, spoke w/ tech, transfer of remaining refills to follow.", None, "D"),
        ("Phone:{v}", None, ""),
        ("If questions about the premedication schedule please call the\nreading room at {v}.", None, "R"),
        ("SPECIALTY PHARMACY INTAKE ..... ph# {v} ..... hrs M-F 8a-6p", None, "D"),
        ("Home #: {v}   Work #: ___", None, ""),
        ("Pt's son called back from {v} re: delivery window, will be home after 3.", None, "D"),
        ("-- pasted from e-Rx message --\nPrescriber phone: {v}\nPrescriber fax: ___", None, ""),
        ("Left VM for pt at {v} re: INR recheck and missed %BRAND% refill.", None, "D"),
        ("Courier dispatch line {v} (not %HOT%).", None, ""),
        ("ph {v} (mobile)", None, ""),
        ("Follow-up call placed to patient at {v} 24 h after the injection; no delayed symptoms.", None, "R"),
        ("Phoen: {v}", None, ""),
        ("ph: {v} (call before 8 PM)", None, ""),
    ],
    "FAX": [
        ("Faxed completed PA form to {v}; confirmation page scanned to media tab.", None, "D"),
        ("F: {v}", None, ""),
        ("| Prescriber fax | {v} |", None, ""),
        ("Please fax the signed order back to the IV room at {v}.", None, "D"),
        ("fax# {v} (attn: pharmacy)", None, ""),
        ("Faxed d/c prescriptions to {v} at 15:10, %SD%.", None, "D"),
        ("Fax: {v}   Phone: ___", None, ""),
        ("FAX TRANSMISSION REPORT   TO: {v}   PAGES: 4   RESULT: OK", None, ""),
        ("Sent via e-fax to {v} per patient request.", None, ""),
        ("facsimile {v}", None, ""),
        ("Reaction summary faxed to PCP office,\nfax {v}.", None, "R"),
        ("Return fax --> {v}", None, ""),
        ("fx {v} / ph ___", None, ""),
        ("Fax\n{v}", None, ""),
    ],
    "PAGER": [
        ("Page the pharmacist on call, pager {v}, with any dosing questions.", None, ""),
        ("pgr {v}", None, ""),
        ("Pharmacy resident (pager #{v}) following.", None, "D"),
        ("beeper {v}", None, ""),
        ("ID pharmacist paged @ {v} re: level timing.", None, "D"),
        ("| Pager | {v} |", None, ""),
        ("Nuclear pharmacy hot lab pager: {v}", None, "R"),
        ("Contact: ___ , Pager {v}", None, ""),
        ("Please page {v} if the vanc trough is not drawn by 0600.", None, "D"),
        ("Radiologist on call paged ({v}) and came to bedside.", None, "R"),
        ("pager no. {v}", None, ""),
    ],
    "EMAIL": [
        ("Pt email on file: {v}", None, ""),
        ("Sent enrolment packet to {v} (secure message).", None, "D"),
        ("| Email | {v} |", None, ""),
        ("e-mail:{v}", None, ""),
        ("Reply from {v}: 'approved, ship Thursday'.", None, "D"),
        ("Contact the 340B coordinator ({v}) for replenishment.", None, "D"),
        ("cc: {v}", None, ""),
        ("Questions: {v}", None, ""),
        ("Patient's daughter emailed from {v} asking about the copay card.", None, "D"),
        ("Dose report e-mailed to {v} (RSO).", None, "R"),
    ],
    "URL": [
        ("Pt instructed to request refills at {v}", None, "D"),
        ("Enrollment form downloaded from {v} (not %GOV%).", None, "D"),
        ("Portal link: {v}", None, ""),
        ("Tracking: {v}", None, "D"),
        ("| Refill portal | {v} |", None, "D"),
        ("see store page {v} for holiday hours", None, "D"),
        ("Video counselling link sent: {v}", None, ""),
        ("(source: {v})", None, ""),
        ("Patient education sheet printed from {v}", None, "R"),
    ],
    "IP_ADDRESS": [
        ("Pump library last synced from {v} (server log, %VER%).", None, ""),
        ("ADC station IP {v}", None, "D"),
        ("Workstation {v} -- label printed.", None, ""),
        ("Remote verification session from {v}.", None, "D"),
        ("| Host | {v} |", None, ""),
        ("Interface error: HL7 ACK not received from {v}:6661, message re-queued.", None, ""),
        ("Telepharmacy camera feed ({v}) reviewed before release.", None, "D"),
        ("Injector console {v} exported the injection log.", None, "R"),
        ("DoseEdge client @ {v}, software %VER%", None, "D"),
    ],
    "SSN": [
        ("SSN: {v}", None, ""),
        ("Social Security No. {v} (required by the manufacturer programme).", None, "D"),
        ("| SSN | {v} |", None, ""),
        ("SS# {v}", None, ""),
        ("Applicant social {v}", None, "D"),
        ("Patient SSN  {v}   Household size 2", None, "D"),
        ("soc sec {v}", None, ""),
        ("Medicaid application lists SSN as {v}.", None, "D"),
    ],
    "MRN": [
        ("MRN: {v}", None, ""),
        ("Med Rec # {v}", None, ""),
        ("Unit No. {v}", None, ""),
        ("| MRN | {v} |", None, ""),
        ("Label printed: pt ___  MR# {v}", None, ""),
        ("Hospital number {v}", None, ""),
        ("pt id {v}", None, ""),
        ("MRN#{v}", None, ""),
        ("Chart {v} merged with duplicate record per HIM.", None, ""),
        ("Wristband barcode scanned: {v}", None, ""),
        ("Patient ID..........{v}", None, ""),
        ("PID|1||{v}^^^MR||___^___||___|F", None, ""),
        ("[ADT A08] patient id {v} updated from registration", None, ""),
    ],
    "ACCOUNT": [
        ("Rx# {v}", "rx", "D"),
        ("RX {v}   REFILLS 2   QTY 30   DAYS 30", "rx", "D"),
        ("Transferred Rx {v} from ___ with 3 refills remaining.", "rx", "D"),
        ("| Rx number | {v} |", "rx", "D"),
        ("prescription no. {v}", "rx", ""),
        ("Reversed claim {v} and rebilled with PA override.", "claim", "D"),
        ("Claim ID: {v}", "claim", "D"),
        ("Accession: {v}", "acc", "R"),
        ("Accession #{v}", "acc", "R"),
        ("ACC {v}", "acc", "R"),
        ("Order #{v} verified by RPh.", "order", ""),
        ("IV room order {v}", "order", "D"),
        ("Encounter {v}", "enc", ""),
        ("Visit/Acct No {v}", "acct", ""),
        ("Incident report #{v} filed in the safety system.", "incident", ""),
        ("PA case {v}", "pa", "D"),
        ("CoverMyMeds key {v}", "pa", "D"),
        ("Requisition {v}", "req", ""),
        ("Specimen {v} (vanc trough)", "specimen", "D"),
        ("Billing acct: {v}", "acct", ""),
        ("ORC|NW|{v}|||CM||^^^%SD%", "order", ""),
        ("Rx#\n{v}", "rx", "D"),
    ],
    "HEALTH_PLAN": [
        ("Member ID: {v}", "member", ""),
        ("Mbr # {v}   BIN %BIN%  PCN %PCN%  Grp %GRP%", "member", "D"),
        ("| Member ID | {v} | BIN | %BIN% |", "member", "D"),
        ("Subscriber ID {v}", "member", ""),
        ("Policy number {v}", "policy", ""),
        ("MBI {v}", "mbi", ""),
        ("Medicaid ID: {v}", "medicaid", ""),
        ("Card on file: ID {v} / RxBIN %BIN% / RxPCN %PCN% / RxGrp %GRP%", "member", "D"),
        ("ins id {v}", "member", ""),
        ("Secondary coverage: ___ , member {v}", "member", ""),
        ("Medicare Beneficiary Identifier\n{v}", "mbi", ""),
        ("IN1|1|PARTD|___|___|||%GRP%||||||||{v}", "member", "D"),
        ("Member\nID: {v}", "member", ""),
    ],
    "LICENSE": [
        ("NPI {v}", "npi", ""),
        ("Prescriber NPI: {v}", "npi", ""),
        ("| NPI | {v} |", "npi", ""),
        ("DEA# {v}", "dea", "D"),
        ("DEA {v}   NPI ___", "dea", "D"),
        ("Lic. {v}", "state", ""),
        ("State lic # {v}", "state", ""),
        ("RPh lic {v}", "rph", "D"),
        ("RN license {v}", "rn", ""),
        ("ID verified: driver's license {v}", "dl", "D"),
        ("DL# {v}", "dl", "D"),
        ("Picked up by ___ , DL {v}", "dl", "D"),
        ("CPhT reg. {v}", "rph", "D"),
        ("Authorized user license no. {v}", "state", "R"),
        ("npi:{v}", "npi", ""),
        ("DEA#\n{v}", "dea", "D"),
        ("Prescriber DEA/NPI: ___ / {v}", "npi", ""),
    ],
    "ZIP": [
        ("___ , %STATE% {v}", None, ""),
        ("ZIP {v}", None, ""),
        ("zip code {v}", None, ""),
        ("| ZIP | {v} |", None, ""),
        ("Delivery ZIP {v} is outside the courier zone; shipped overnight.", None, "D"),
        ("Zip:{v}", None, ""),
        ("Mailing address: ___ , ___ {v}", None, ""),
    ],
    "STREET_ADDRESS": [
        ("Deliver to: {v}, ___", None, "D"),
        ("Address: {v}", None, ""),
        ("Ship to {v}", None, "D"),
        ("| Address | {v} |", None, ""),
        ("Pt moved; new address {v} (updated in profile).", None, ""),
        ("Store address: {v}", None, "D"),
        ("Courier left package at {v}, side door, per pt.", None, "D"),
        ("Home: {v}\n___ , ___", None, ""),
        ("Lives alone at {v}; release instructions reviewed for household.", None, "R"),
    ],
    "DATE_REAL_YEAR": [
        ("DOB: {v}", "dob", ""),
        ("D.O.B. {v}", "dob", ""),
        ("| DOB | {v} |", "dob", ""),
        ("born {v}", "dob", ""),
        ("Date of birth {v}", "dob", ""),
        ("Last fill {v}", "svc", "D"),
        ("PDMP: last dispensed {v}", "svc", "D"),
        ("Approved {v} through ___", "svc", "D"),
        ("Prior contrast reaction documented {v} (hives).", "svc", "R"),
        ("Date of service: {v}", "svc", ""),
        ("Pt deceased {v} per family; remaining deliveries cancelled.", "svc", "D"),
        ("Prior I-131 dose given {v} at outside hospital.", "svc", "R"),
        ("DOB\n{v}", "dob", ""),
        ("pt born on {v} per PDMP record", "dob", "D"),
    ],
    "AGE_OVER_89": [
        ("{v} y/o", None, ""),
        ("{v}yo F", None, ""),
        ("Age: {v}", None, ""),
        ("{v}-year-old", None, ""),
        ("aged {v}", None, ""),
        ("pt is {v} years old", None, ""),
        ("| Age | {v} |", None, ""),
        ("({v} yrs)", None, ""),
    ],
    "DEVICE_ID": [
        ("[[Alaris]] pump SN {v} (channel B)", None, ""),
        ("Pump serial #: {v}", None, ""),
        ("[[CADD-Solis]] S/N {v}", None, ""),
        ("UDI (01)[[%GTIN%]](17)[[%UDIEXP%]](10)[[%UDILOT%]](21){v}", None, ""),
        ("Power injector serial {v}", None, "R"),
        ("| Pump S/N | {v} |", None, ""),
        ("Insulin pump serial {v} (pt's own device)", None, ""),
        ("Dose calibrator SN {v}", None, "R"),
        ("Device serial: {v} (returned to biomed)", None, ""),
        ("Serial No. {v}", None, ""),
        ("Temp logger s/n {v} -- no excursion", None, "D"),
    ],
    "VEHICLE_ID": [
        ("Courier van plate {v}", None, ""),
        ("Delivered by courier, vehicle reg {v}.", None, ""),
        ("Drive-thru pickup, plate {v}.", None, "D"),
        ("| Vehicle | {v} |", None, ""),
        ("Lic plate: {v}", None, ""),
        ("VIN {v}", "vin", ""),
        ("Cold-chain vehicle {v} temp log attached.", None, "D"),
        ("Radiopharmacy delivery truck {v} arrived 06:55.", None, "R"),
    ],
    "PERSON": [
        ("Dr. {v}", None, ""),
        ("{v}, PharmD", None, ""),
        ("{v}, RPh", None, "D"),
        ("{v}, CPhT", None, "D"),
        ("Prescriber: {v}, MD", None, ""),
        ("Spoke with pt's wife {v}.", None, ""),
        ("Picked up by {v} (son).", None, "D"),
        ("Attending: {v}", None, ""),
        ("Verified by: {v}", None, ""),
        ("| Prescriber | {v} |", None, ""),
        ("cc: Dr {v}", None, ""),
        ("Signed: {v} RPh %SD%", None, "D"),
        ("Patient: {v}", None, ""),
        ("Electronically signed by {v} on %SD%", None, ""),
        ("Technologist: {v}, RT(R)(CT)", None, "R"),
        ("Injected by {v}, CNMT", None, "R"),
        ("Dr.\n{v}", None, ""),
        ("Pt's HCP: {v} (niece), see HCP form.", None, ""),
    ],
    "LOCATION": [
        ("lives in {v} with daughter", None, ""),
        ("Deliver to ___ , {v}, %STATE% ___", None, "D"),
        ("transferred from the store in {v}", None, "D"),
        ("| City | {v} |", None, ""),
        ("Pt drives from {v} for INR checks.", None, "D"),
        ("City: {v}", None, ""),
        ("courier route: {v} north loop", None, ""),
        ("Vacationing in {v} -- will use a local pharmacy.", None, "D"),
        ("Outside films from the imaging center in {v} reviewed.", None, "R"),
    ],
    "ORGANIZATION": [
        ("Transfer Rx to {v}.", "pharmacy", "D"),
        ("Filled at {v} (store ___ ).", "pharmacy", "D"),
        ("Prescription sent to {v}.", "pharmacy", ""),
        ("Pt employed at {v}; coverage through employer.", "employer", ""),
        ("Home infusion by {v}.", "infusion", ""),
        ("Resides at {v} (SNF).", "snf", ""),
        ("PCP: Dr. ___ , {v}", "practice", ""),
        ("| Pharmacy | {v} |", "pharmacy", ""),
        ("Outside hospital: {v}", "hospital", ""),
        ("Pharmacy: {v}", "pharmacy", ""),
        ("Referred from {v}.", "hospital", "R"),
        ("Unit dose supplied by {v}.", "pharmacy", "R"),
        ("Prior Rx filled at\n{v}", "pharmacy", "D"),
    ],
}

_FILLERS = (
    "Counselling: reviewed indication, dose, timing, missed-dose instructions and storage. Teach-back "
    "completed. Pt verbalised understanding. Advised to carry an updated medication list and to bring "
    "all bottles (\"brown bag\") to the next visit.",
    "Drug interaction screen: no contraindicated combinations. Moderate: PPI + clopidogrel ([[Plavix]]) "
    "-- prescriber aware, benefit outweighs risk. QTc 438 ms on admission; ondansetron ([[Zofran]]) "
    "acceptable at 4 mg.",
    "Renal function: SCr 1.4 mg/dL, CrCl ~38 mL/min by [[Cockcroft-Gault]] using adjusted body weight. "
    "Renally cleared agents reviewed; no adjustment needed today. Will follow daily BMP.",
    "Adverse drug event assessment: rash on trunk after day 6 of TMP-SMX ([[Bactrim]]); no mucosal "
    "involvement, no features of [[Stevens-Johnson syndrome]]. [[Naranjo]] score 6 (probable). Allergy "
    "list updated.",
    "Fall-risk review: [[Morse Fall Scale]] 55. Sedating medications minimised; PRN acetaminophen "
    "([[Tylenol]]) 650 mg q6h preferred over opioids; max 3 g/day.",
    "Disposal counselling: unused opioid tablets to a take-back kiosk or mail-back envelope. Side effects "
    "may be reported at [[www.fda.gov/medwatch]]. For accidental ingestion call [[Poison Control "
    "1-800-222-1222]]; drug labels at [[dailymed.nlm.nih.gov]].",
    "Comorbidities relevant to drug selection: [[Parkinson disease]] (avoid metoclopramide and "
    "haloperidol), [[Alzheimer dementia]] (minimise anticholinergics), h/o [[Guillain-Barre]] after a "
    "vaccine in the remote past (documented, not a contraindication to current therapy).",
    "Toxicology: acetaminophen level drawn 4 h after the reported ingestion, plotted on the "
    "[[Rumack-Matthew nomogram]] -- below the treatment line; acetylcysteine not started. Order "
    "verification in [[Epic Willow]] reviewed the max-dose alert.",
    "Insurance note: Medicare Part D plan; pt in the coverage gap from ___ . Extra Help application "
    "information given ([[www.medicare.gov]]). Formulary alternatives reviewed with the prescriber.",
)
_RAD_FILLERS = (
    "Contrast screening: eGFR ___ mL/min/1.73 m2 within 30 days (above 30, no prophylactic hydration "
    "required). Metformin not held. Not pregnant; breastfeeding need not be interrupted. Two identifiers "
    "verified before injection.",
    "Technologist checklist: IV site assessed and flushed with 10 mL saline test injection, pressure "
    "limit 325 psi, patient instructed to report pain or swelling at the site. Warmed contrast used.",
    "Radiation dose: CTDIvol ___ mGy; dose-alert threshold not exceeded. Exposure parameters archived to "
    "the dose registry.",
    "Patient education: written instructions on delayed reactions (rash within 1 week) given. Report "
    "adverse events to [[FDA MedWatch 1-800-FDA-1088]]; product information at [[dailymed.nlm.nih.gov]].",
    "Allergy record: reaction type, agent and treatment entered in the allergy module so that pharmacy "
    "and radiology order checks fire on future orders. Premedication does not prevent all reactions.",
)
_NM_FILLERS = (
    "Nuclear medicine safety: patient survey at discharge below release limits; restroom instructions "
    "given; lactation guidance per agent (interrupt 12-24 h for some Tc-99m agents, stop for I-131).",
    "Quality control: radiochemical purity >= 90% by ITLC for the kit preparation; generator Mo-99 "
    "breakthrough below 0.15 uCi/mCi; dose calibrator linearity and accuracy checks current.",
    "Misadministration check: two identifiers, radiopharmaceutical, activity within +/- 20% of the "
    "prescribed activity, route and date verified against the written directive before administration.",
    "Patient instructed to hydrate and void frequently for 24 h to reduce bladder dose. Radiation "
    "safety wallet card given in case of airport or border detector alarms.",
)
_PICC_FILLERS = (
    "OPAT monitoring: weekly CBC with differential, BMP, ESR and CRP; ID clinic visit in 2 weeks. Line "
    "removal order to follow at the end of therapy.",
    "Vascular access: ultrasound showed a patent basilic vein, 4.8 mm; catheter-to-vein ratio under 45%. "
    "No DVT. Patient counselled on signs of line infection and thrombosis.",
    "Antibiotic stewardship: early oral switch considered and declined by ID. Allergy history clarified: "
    "remote childhood rash to penicillin; cefazolin tolerated in hospital.",
)

# --------------------------------------------------------------------------------------------------
# Document builders: sections with native slots @@CATEGORY:subtype@@ and look-alikes [[...]]
# --------------------------------------------------------------------------------------------------

_ALLERGIES = ("penicillin (hives)", "sulfa drugs", "iodinated contrast (urticaria)", "NKDA", "codeine (nausea)",
              "Patient recorded as having No Known Allergies to Drugs", "lisinopril (angioedema)",
              "vancomycin (infusion reaction)", "latex")


def _ds_header(r: random.Random, service: str) -> str:
    sex = r.choice("FM")
    v = r.randint(0, 3)
    if v == 0:
        return (f"Name:  @@PERSON:patient@@                  Unit No:   @@MRN@@\n\n"
                f"Admission Date:  @@DATE_REAL_YEAR:svc@@              Discharge Date:   ___\n\n"
                f"Date of Birth:  @@DATE_REAL_YEAR:dob@@             Sex:   {sex}\n\nService: {service}\n\n"
                f"Allergies:\n{r.choice(_ALLERGIES)}\n\nAttending: @@PERSON:prescriber@@.")
    if v == 1:
        return (f"PHARMACY NOTE\nPatient: @@PERSON:patient@@    MRN: @@MRN@@    DOB: @@DATE_REAL_YEAR:dob@@\n"
                f"Location: {r.choice(('7 North', 'CCU', 'MICU', 'Obs unit', 'ED hold', 'Oncology 5'))}"
                f"    Encounter: @@ACCOUNT:enc@@\nAllergies: {r.choice(_ALLERGIES)}")
    if v == 2:
        return (f"Name: ___   Unit No: ___\nAdmission Date: ___   Discharge Date: ___\n"
                f"Date of Birth: ___   Sex: {sex}\nService: {service}\nAllergies: {r.choice(_ALLERGIES)}")
    return f"{service} -- pharmacy documentation\nPt: ___ (MRN ___)   Attending: ___\nAllergies: {r.choice(_ALLERGIES)}"


def _rad_header(r: random.Random, exam: str, indication: str) -> str:
    who = r.choice(("woman", "man", "female", "male", "F", "M"))
    return (f"EXAMINATION:  {exam}\n\nINDICATION:  @@AGE_OVER_89@@ year old {who} with {indication}"
            f"\n\nCOMPARISON:  {r.choice(('___', 'None.', '%SD2%', 'Outside study ___ .'))}")


def _labs(r: random.Random) -> str:
    return (f"Pertinent labs (%SD%): Na {r.randint(130, 145)}  K {r.randint(33, 55) / 10}  SCr "
            f"{r.randint(6, 30) / 10}  BUN {r.randint(8, 60)}  Hgb {r.randint(78, 150) / 10}  Plt "
            f"{r.randint(90, 420)}  INR %INR2%  A1c {r.randint(55, 110) / 10}%  AST/ALT {r.randint(12, 80)}/"
            f"{r.randint(10, 90)}")


def _k_med_rec(r: random.Random) -> list[str]:
    meds = r.sample(_HOME_MEDS, r.randint(5, 8))
    rows = []
    for j, (gen, br, sig) in enumerate(meds, 1):
        last = r.choice(("___", "this AM", "last night", "2 d ago", "unknown", "%SD%"))
        src = r.choice(("pt", "fill hx", "pt + fill hx", "bottle", "PCP list", "caregiver"))
        act = r.choice(("continue", "HOLD", "resume at d/c", "dose change", "interchange", "d/c - duplicate"))
        rows.append(f"| {j} | {gen} ([[{br}]]) | {sig} | {last} | {src} | {act} |")
    rel = r.choice(("daughter", "son", "wife", "husband", "niece", "HCP"))
    reason = r.choice(("with CHF exacerbation", "after a mechanical fall", "with GI bleed on anticoagulation",
                       "with community-acquired pneumonia", "for elective TKA", "with DKA"))
    sections = [
        _ds_header(r, r.choice(("MEDICINE", "CARDIOLOGY", "ORTHOPAEDICS", "GERIATRICS"))),
        "PHARMACIST ADMISSION MEDICATION HISTORY / RECONCILIATION",
        (f"Pt is a @@AGE_OVER_89@@ y/o admitted {reason}. History obtained from the pt, from @@PERSON:caregiver@@ "
         f"({rel}) by phone, and from the [[Surescripts]] dispensing history (last 12 months). Preferred "
         f"pharmacy: @@ORGANIZATION:pharmacy@@ (ph @@PHONE@@). NCPDP %NCPDP% (pharmacy id, not PHI)."),
        ("Sources reviewed: (1) patient interview at bedside, (2) outside pharmacy fill history, (3) PCP "
         "medication list scanned into media, (4) prior discharge summary ___ . Reliability of the history: "
         f"{r.choice(('good', 'fair -- pt unsure of doses', 'poor -- relied on fill history'))}."),
        ("Home medication list (verified):\n| # | Medication | Sig | Last dose | Source | Plan |\n"
         "|---|---|---|---|---|---|\n" + "\n".join(rows)),
        ("OTC / supplements: " + r.choice(("vitamin D3 2000 units daily, fish oil 1 g daily",
                                           "melatonin 3 mg qHS, docusate PRN", "none reported",
                                           "turmeric capsules (interaction with anticoagulant discussed)"))),
        r.choice((
            "Discrepancies: (1) omission -- home %BRAND% not ordered on admission, team notified; (2) duplicate "
            "PPI on MAR; (3) dose on outside list differs from fill history -- fill history used.",
            "Discrepancies: none unintentional. Two intentional holds documented by the admitting team.",
            "Discrepancy: pt takes an OTC sleep aid (diphenhydramine 50 mg qHS, [[Benadryl]]) not on any list; "
            "potentially inappropriate per the [[Beers Criteria]] -- recommend taper.")),
        _labs(r),
        ("Adherence: uses a weekly pill box filled by @@PERSON:caregiver@@; last fill of the anticoagulant "
         "@@DATE_REAL_YEAR:svc@@ per dispensing history (90-day supply). Weight %WT% on admission."),
        ("Recommendations to the primary team:\n1. Resume home regimen as tabulated once taking PO.\n"
         "2. Renally adjust as below if SCr rises.\n3. Please reconcile again at discharge; pharmacy will "
         "send a meds-to-beds offer."),
        r.choice(_FILLERS),
        "Reconciled by: @@PERSON:pharmacist@@ , PharmD  |  pager @@PAGER@@  |  %SD% 14:20  |  time spent 35 min",
    ]
    return sections


def _k_call_log(r: random.Random) -> list[str]:
    drug, brand, sig = r.choice(_SPECIALTY)
    t = sorted(f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}" for _ in range(8))
    carrier = r.choice(("local courier", "contract courier", "store driver", "cold-chain courier"))
    return [
        r.choice(("SPECIALTY PHARMACY -- PATIENT CONTACT LOG", "OUTPATIENT PHARMACY CALL LOG",
                  "Pharmacy Communication Record (pasted from dispensing system)")),
        (f"Patient: @@PERSON:patient@@    DOB: @@DATE_REAL_YEAR:dob@@    Therapy: {drug} ([[{brand}]]) {sig}\n"
         f"Dispensing pharmacy: @@ORGANIZATION:pharmacy@@    tel @@PHONE@@    fax @@FAX@@\n"
         f"Referral: discharged from ___ %SD3%; prescriber ___ ."),
        (f"%SD% {t[0]}  OUTBOUND  to pt at @@PHONE@@ -- refill reminder. Pt reports 1 dose left. 2 identifiers "
         f"confirmed. No new meds, no missed doses, no infections or antibiotics since last fill."),
        (f"%SD% {t[1]}  CLINICAL  adherence 100% by pen count; injection-site redness resolved; no fevers. "
         f"Labs from clinic reviewed (CBC, LFTs within normal limits). Next TB screen due ___ ."),
        (f"%SD% {t[2]}  INBOUND   from @@PERSON:caregiver@@ (spouse): requests delivery to @@STREET_ADDRESS@@, "
         f"@@LOCATION@@ @@ZIP@@. Signature required; refrigerated (36-46 F)."),
        (f"%SD% {t[3]}  BILLING   test claim BIN %BIN% PCN %PCN% Grp %GRP% Member @@HEALTH_PLAN:member@@ -> "
         f"paid, copay $___ ; manufacturer copay card applied as secondary (BIN %BIN%)."),
        (f"%SD% {t[4]}  FILL      Rx #@@ACCOUNT:rx@@  NDC %NDC%  lot %LOT%  exp %EXP%  qty 2 pens  DS 28. "
         f"Packed with gel packs; temperature logger serial @@DEVICE_ID@@ started."),
        (f"%SD% {t[5]}  DELIVERY  {carrier}, van plate @@VEHICLE_ID@@, out for delivery, ETA 2-5 PM. "
         f"Delivered {t[6]}; left with pt. Temp log reviewed on return -- no excursion."),
        r.choice(("Counselled on injection technique, site rotation, storage and sharps disposal. Missed dose: "
                  "take as soon as remembered unless the next dose is due within 3 days.",
                  "Reviewed infection warning signs; hold dose and call prescriber if fever. Live vaccines "
                  "to be avoided. Pt to bring pen to clinic for injection observation.")),
        r.choice(_FILLERS),
        f"-- @@PERSON:pharmacist@@ , PharmD    (call log exported {t[7]} %SD2%)",
    ]


def _k_anticoag(r: random.Random) -> list[str]:
    new_meds = r.choice(("TMP-SMX ([[Bactrim]]) x 7 d -- expect INR rise", "none",
                         "amiodarone load -- reduce dose 25%"))
    procedure = r.choice(("colonoscopy ___ -- hold warfarin 5 days, no bridge",
                          "dental extraction -- continue warfarin, tranexamic rinse",
                          "TKA ___ -- bridge with enoxaparin ([[Lovenox]]) 1 mg/kg SC q12h", "none pending"))
    rows = []
    for _ in range(r.randint(3, 6)):
        dose = r.choice(("35", "37.5", "40", "32.5", "30", "42.5"))
        rows.append(f"  {_sd(r)}   INR %INR{r.choice(('', '2'))}%   weekly dose {dose} mg   "
                    f"{r.choice(('no change', 'boost x1', 'hold x1', 'decrease 10%', 'increase 5%'))}")
    return [
        _ds_header(r, "ANTICOAGULATION CLINIC"),
        (f"@@ORGANIZATION:practice@@ Anticoagulation Service -- pharmacist-managed warfarin visit "
         f"({r.choice(('telephone', 'in person', 'POC fingerstick'))})"),
        (f"Indication: {r.choice(('atrial fibrillation', 'mechanical mitral valve', 'recurrent DVT', 'LV thrombus'))}. "
         f"Goal INR {r.choice(('2.0-3.0', '2.5-3.5'))}. [[CHA2DS2-VASc]] {r.randint(2, 7)}, [[HAS-BLED]] "
         f"{r.randint(1, 4)}. Warfarin ([[Coumadin]] / generic [[Jantoven]]) 5 mg tablets (peach). Started on "
         f"warfarin in ___ ; managed by this clinic since transfer of care."),
        ("Pt is @@AGE_OVER_89@@, lives with @@PERSON:caregiver@@ who manages the pill box. Reached at "
         "@@PHONE@@."),
        "INR history:\n" + "\n".join(rows),
        (f"Today: POC INR %INR% by [[CoaguChek XS]] (meter serial @@DEVICE_ID@@, strip lot %LOT%, exp %EXP%). "
         f"No bleeding, bruising or dark stools. Diet: consistent vitamin K. New meds: "
         f"{new_meds}."),
        ("Assessment: INR " + r.choice(("within goal", "subtherapeutic after missed doses",
                                        "supratherapeutic, likely antibiotic interaction")) +
         ". Time in therapeutic range ([[Rosendaal]]) over 6 months ~" + str(r.randint(48, 86)) + "%."),
        f"Procedure planning: {procedure}.",
        ("Plan: continue weekly dose; recheck INR %SD2%. If INR > 4.5 or bleeding, call the clinic; "
         "if severe bleeding go to ED (reversal with [[Kcentra]] available). Dosing calendar mailed to "
         "@@STREET_ADDRESS@@."),
        "@@PERSON:pharmacist@@ , PharmD, CACP   Clinic tel @@PHONE@@   fax @@FAX@@",
    ]


def _k_pdmp(r: random.Random) -> list[str]:
    opi = r.choice((("oxycodone/APAP 5/325", "Percocet"), ("hydromorphone 2 mg", "Dilaudid"),
                    ("oxycodone ER 10 mg", "OxyContin"), ("buprenorphine/naloxone 8/2", "Suboxone")))
    surgery = r.choice(("ORIF ankle", "lap chole", "TKA", "rib fractures"))
    pattern = r.choice(("Single prescriber and single pharmacy -- no multiple-provider episodes.",
                        "Two prescribers (surgery, PCP) -- coordinated, no overlap.",
                        "Early refill x1 explained by lost bottle (police report not required)."))
    rows = []
    for _ in range(r.randint(2, 5)):
        rows.append(f"| {_sd(r)} | {opi[0]} ([[{opi[1]}]]) | #{r.choice((20, 30, 60, 84, 120))} "
                    f"| {r.choice((5, 7, 14, 28, 30))} | {r.choice((22.5, 30, 45, 60, 90))} | @@PERSON:prescriber@@ "
                    f"| @@ORGANIZATION:pharmacy@@ |")
    return [
        _ds_header(r, r.choice(("MEDICINE", "SURGERY", "ORTHOPAEDICS"))),
        "CONTROLLED SUBSTANCE REVIEW -- PRESCRIPTION MONITORING PROGRAM (PMP) QUERY",
        (f"Query run via [[PMP AWARxE]] at %SD% 09:14 by @@PERSON:pharmacist@@ , PharmD (delegate). States "
         f"queried: %STATE% + interstate hub. [[NarxCare]] narcotic score {r.randint(120, 680)}, overdose "
         f"risk score {r.randint(100, 890)} (not diagnostic). Query required before a Schedule II "
         f"discharge prescription."),
        (f"Clinical context: post-op day {r.randint(1, 4)} after {surgery}; "
         f"pain {r.randint(3, 8)}/10 on current regimen; bowel regimen ordered. Benzodiazepine co-prescription: "
         f"{r.choice(('none', 'lorazepam 0.5 mg qHS PRN (home) -- counselled', 'alprazolam -- discontinued'))}."),
        ("Dispensations (last 12 months):\n| Fill date | Drug | Qty | Days | MME/day | Prescriber | Pharmacy |\n"
         "|---|---|---|---|---|---|---|\n" + "\n".join(rows)),
        (f"Prescriber of record: @@PERSON:prescriber@@ , DEA @@LICENSE:dea@@ , NPI @@LICENSE:npi@@. "
         f"{pattern}"),
        ("Discharge opioid Rx: 5-day supply, total MME/day 30. Naloxone 4 mg nasal ([[Narcan]]) co-prescribed. "
         "Pt picked up at the drive-thru; ID shown: driver's license @@LICENSE:dl@@; vehicle plate "
         "@@VEHICLE_ID@@ noted by store."),
        ("Resources given: [[SAMHSA National Helpline 1-800-662-4357]] and [[findtreatment.gov]]. "
         "Safe-storage counselling provided; lock box recommended (grandchildren visit)."),
        r.choice(_FILLERS),
    ]


def _k_prior_auth(r: random.Random) -> list[str]:
    drug, brand, sig = r.choice(_SPECIALTY + _HOME_MEDS[7:10])
    dec = r.choice(("APPROVED", "DENIED -- step therapy not met", "APPROVED (12 months)", "PENDED -- need chart notes"))
    dx = r.choice(("I50.22 chronic systolic HF", "E11.65 T2DM with hyperglycaemia", "K50.90 [[Crohn disease]]",
                   "L40.0 psoriasis vulgaris", "M05.79 RA"))
    tried = r.choice(("metformin 1 g BID x 6 mo", "methotrexate 20 mg weekly x 4 mo", "lisinopril 20 mg",
                      "two conventional DMARDs"))
    return [
        r.choice(("PRIOR AUTHORIZATION REQUEST -- PHARMACY BENEFIT", "Coverage Determination Request (Part D)",
                  "PA form (pasted from [[CoverMyMeds]])")),
        ("Patient name: @@PERSON:patient@@        DOB: @@DATE_REAL_YEAR:dob@@\n"
         "Member ID: @@HEALTH_PLAN:member@@    RxBIN: %BIN%   RxPCN: %PCN%   RxGroup: %GRP%\n"
         "Address: @@STREET_ADDRESS@@   City: @@LOCATION@@   State: %STATE%   ZIP: @@ZIP@@\n"
         "Phone: @@PHONE@@"),
        ("Prescriber: @@PERSON:prescriber@@    NPI: @@LICENSE:npi@@    DEA: ___\n"
         "Practice: @@ORGANIZATION:practice@@    Phone: @@PHONE@@    Fax: @@FAX@@"),
        (f"Medication requested: {drug} ([[{brand}]]) {sig}\nNDC %NDC%   GPI %GPI%   RxCUI %RXCUI%\n"
         f"Diagnosis: {dx}\nTried/failed: {tried}"),
        ("Clinical criteria:\n  [x] diagnosis confirmed by specialist\n  [x] trial of formulary alternative >= 3 "
         "months\n  [" + r.choice(("x", " ")) + "] baseline labs within 90 days\n  [ ] concurrent biologic\n"
         "Quantity limit: within plan limit. Dose: standard labelled dose."),
        ("Pharmacist note: PA initiated %SD% after rejected claim (NCPDP reject 75). Key @@ACCOUNT:pa@@. "
         "Supporting notes attached. Pt notified at @@PHONE@@."),
        (f"PAYER RESPONSE  %SD2%\nDetermination: {dec}\nCase number: @@ACCOUNT:pa@@\n"
         f"Effective ___ through ___. Member may appeal within 60 days. Medicare members: [[1-800-MEDICARE]]."),
        r.choice(("Next step: resubmit with PFTs and specialist letter.", "Test claim paid after approval; copay $___.",
                  "Bridge supply (7 days) dispensed while PA pending.")),
        r.choice(_FILLERS),
    ]


def _k_pk_consult(r: random.Random) -> list[str]:
    abx = r.choice(("vancomycin", "vancomycin", "gentamicin", "tobramycin", "amikacin"))
    if abx == "vancomycin":
        method = ("AUC-guided dosing (target AUC24 400-600, MIC 1 assumed) using two levels and the "
                  "[[Sawchuk-Zaske]] method; cross-checked with Bayesian software ([[InsightRx]]).")
        regimen = f"load 25 mg/kg ({r.choice((1750, 2000, 2250))} mg), then {r.choice((1000, 1250, 1500))} mg IV q12h"
        brand = "Zosyn"
        abx_brand = " ([[Vancocin]])"
    else:
        abx_brand = ""
        method = "extended-interval dosing, 7 mg/kg, level at 6-14 h plotted on the [[Hartford nomogram]]."
        regimen = f"{r.choice((420, 480, 560, 600))} mg IV q24h"
        brand = "Zosyn"
    scr = "\n".join(f"  {_sd(r)}  SCr {r.randint(6, 28) / 10}  UOP {r.randint(600, 2400)} mL" for _ in range(3))
    return [
        _ds_header(r, "MEDICINE"),
        f"PHARMACY CONSULT -- {abx.upper()} DOSING / RENAL ADJUSTMENT",
        (f"Consult requested by @@PERSON:prescriber@@ for {abx}{abx_brand} in a @@AGE_OVER_89@@ year old with "
         f"{r.choice(('MRSA bacteremia', 'HCAP', 'septic arthritis', 'pseudomonal UTI', 'osteomyelitis'))}. "
         f"Concomitant pip-tazo ([[{brand}]]) / cefepime reviewed for nephrotoxicity."),
        (f"Dosing weight %WT% (actual), IBW ___ kg. SCr {r.choice(('0.9', '1.3', '1.8', '2.4'))} mg/dL (baseline "
         f"___). CrCl ~{r.randint(18, 95)} mL/min by [[Cockcroft-Gault]]. UOP adequate. [[Child-Pugh]] A."),
        "Renal trend:\n" + scr,
        (f"Levels: peak {r.randint(18, 40)}.{r.randint(0, 9)} mcg/mL at 11:05, trough "
         f"{r.randint(5, 19)}.{r.randint(0, 9)} "
         f"at 21:40 (specimen @@ACCOUNT:specimen@@, drawn by RN per protocol). Method: {method}"),
        (f"Assessment: estimated Ke {r.randint(40, 160) / 1000} h-1, t1/2 ~{r.randint(5, 17)} h, Vd "
         f"{r.randint(5, 9) / 10} L/kg. Current exposure {r.choice(('above', 'below', 'within'))} target."),
        (f"Recommendation: {regimen}. Next level with AM labs %SD%. Monitor SCr daily, avoid IV contrast if "
         f"possible; if contrast needed, hydrate. Pharmacy will follow daily and adjust per protocol."),
        r.choice(_FILLERS),
        ("Pharmacist: @@PERSON:pharmacist@@ , PharmD, BCIDP -- pager @@PAGER@@ -- thank you for this consult.\n"
         "Order @@ACCOUNT:order@@ entered per protocol."),
    ]


def _k_discharge_rx(r: random.Random) -> list[str]:
    meds = r.sample(_HOME_MEDS, r.randint(4, 6))
    lines = [f"{j}. {g} ([[{b}]]) {s}  Disp: {r.choice((30, 60, 90))}  RF: {r.randint(0, 5)}"
             for j, (g, b, s) in enumerate(meds, 1)]
    stopped = r.choice(_HOME_MEDS)
    why = r.choice(("bleeding risk", "duplicate therapy", "no longer indicated", "AKI"))
    reason = r.choice(("closer to home", "insurance network change", "meds-to-beds delivery", "store closing"))
    return [
        _ds_header(r, r.choice(("MEDICINE", "CARDIOLOGY", "SURGERY", "NEUROLOGY"))),
        "Discharge Medications (e-prescribed):\n" + "\n".join(lines),
        f"STOPPED: {stopped[0]} ([[{stopped[1]}]]) -- {why}.",
        ("Prescriber: @@PERSON:prescriber@@ , MD   NPI @@LICENSE:npi@@   DEA @@LICENSE:dea@@\n"
         "Sent electronically to @@ORGANIZATION:pharmacy@@, @@STREET_ADDRESS@@, @@LOCATION@@, %STATE% "
         "@@ZIP@@ -- ph @@PHONE@@, fax @@FAX@@."),
        (f"PHARMACY TRANSFER REQUEST\nFrom: ___ (store ___ ), Rx @@ACCOUNT:rx@@, last filled @@DATE_REAL_YEAR:svc@@\n"
         f"To: @@ORGANIZATION:pharmacy@@ -- pharmacist @@PERSON:pharmacist@@ , RPh lic @@LICENSE:rph@@\n"
         f"Reason: {reason}\n"
         f"Refills remaining: {r.randint(0, 5)}   Original date written: ___"),
        ("Meds-to-beds: delivered to bedside %SD% 13:40; copay collected. Pt's card: BIN %BIN% / PCN %PCN% / "
         "Group %GRP% (employer) / ID @@HEALTH_PLAN:member@@."),
        r.choice(_FILLERS),
        ("Discharge Instructions:\nTake medications exactly as listed. Stop taking the old dose of ___ . "
         "Report side effects to your doctor or [[FDA MedWatch 1-800-FDA-1088]].\n\nFollowup Instructions:\n___"),
    ]


def _k_pap(r: random.Random) -> list[str]:
    drug, brand, _ = r.choice(_SPECIALTY + _HOME_MEDS[:2] + _HOME_MEDS[7:10])
    return [
        r.choice(("PATIENT ASSISTANCE PROGRAM APPLICATION (manufacturer) -- completed with pharmacy liaison",
                  "Medication assistance / free-drug programme application")),
        (f"Medication: {drug} ([[{brand}]])  -- program run by the manufacturer, not a covered entity.\n"
         f"Section 1 -- Patient\nName: @@PERSON:patient@@\nDate of birth: @@DATE_REAL_YEAR:dob@@\n"
         f"SSN: @@SSN@@\nHome address: @@STREET_ADDRESS@@\nCity/State/ZIP: @@LOCATION@@, %STATE% @@ZIP@@\n"
         f"Phone: @@PHONE@@    Email: @@EMAIL@@"),
        (f"Section 2 -- Household and income\nHousehold size: {r.randint(1, 5)}   Annual income: $___   "
         f"Employer: @@ORGANIZATION:employer@@ (group plan, group no. %GRP% -- not the member id)\n"
         f"Insurance: Medicare Part D, MBI @@HEALTH_PLAN:mbi@@ ; secondary ___ member "
         f"@@HEALTH_PLAN:member@@\nEligibility: income at or below 400% FPL; no other coverage for this drug."),
        ("Section 3 -- Prescriber\nName: @@PERSON:prescriber@@    NPI: @@LICENSE:npi@@    State license: "
         "@@LICENSE:state@@\nOffice: @@ORGANIZATION:practice@@    Fax: @@FAX@@"),
        (f"Section 4 -- Clinical\nDiagnosis: ___ (ICD-10 {r.choice(('I48.91', 'E11.9', 'L40.0', 'K51.90', 'M06.9'))}). "
         f"Dose: standard. Quantity: 90-day supply. Ship to: prescriber office."),
        ("Pharmacy liaison note: application faxed %SD%; income documents (2 pay stubs, last year's tax "
         "return) attached. Shipment to the clinic for pick-up. Programme status line: ___ ; online "
         "status at @@URL@@."),
        r.choice(("Signed attestation on file; patient consents to release of information to the programme.",
                  "Re-enrolment due every 12 months; reminder set.")),
        r.choice(_FILLERS),
    ]


def _k_iv_room(r: random.Random) -> list[str]:
    prep = r.choice((("vancomycin 1.25 g in NS 250 mL", "Vancocin"),
                     ("piperacillin-tazobactam 4.5 g in NS 100 mL", "Zosyn"),
                     ("methylprednisolone 125 mg in NS 50 mL", "Solu-Medrol"),
                     ("hydromorphone PCA 0.2 mg/mL, 30 mL syringe", "Dilaudid")))
    return [
        r.choice(("IV ROOM COMPOUNDING RECORD (CSP -- USP <797> category 2)", "Sterile Compounding Worksheet",
                  "Compounded Sterile Preparation -- [[DoseEdge]] workflow printout",
                  "IV room label + verification queue (pasted from [[Epic Willow]])")),
        (f"Patient: @@PERSON:patient@@   MRN @@MRN@@   Loc: {r.choice(('6W', 'MICU', '4 North', 'OR holding'))}\n"
         f"Order @@ACCOUNT:order@@   Product: {prep[0]} ([[{prep[1]}]])\nOrdering: ___   Dosing weight %WT%"),
        ("Components:\n  drug  NDC %NDC%  lot %LOT%  exp %EXP%\n  diluent NDC %NDC2%  lot %LOT2%  exp %EXP2%\n"
         "  Bag: [[Baxter Mini-Bag Plus]] / closed-system transfer [[PhaSeal]]"),
        (f"Calculation: ordered dose / vial concentration = volume drawn; final concentration "
         f"{r.randint(2, 10)} mg/mL; infuse over {r.choice((30, 60, 90, 120))} min. Double-checked by barcode and "
         f"gravimetric weight."),
        ("Prepared by @@PERSON:tech@@ , CPhT (reg. @@LICENSE:rph@@) in ISO 5 PEC #2; gravimetric check within 3%. "
         "Verified by @@PERSON:pharmacist@@ , RPh. Workstation @@IP_ADDRESS@@ (software %VER%)."),
        (f"Beyond-use date: %SD% 23:59 (refrigerated). Label printed; delivered to floor via tube. "
         f"Pump: [[{r.choice(('Alaris', 'Sapphire', 'CADD-Solis'))}]] serial @@DEVICE_ID@@, library "
         f"profile {r.choice(('Adult ICU', 'Med-Surg', 'PCA'))}."),
        r.choice(("Environmental monitoring for the month within action levels.",
                  "Hazardous drug handling: n/a. Garbing per SOP.",
                  "Discrepancy: first bag rejected at image verification (wrong diluent volume); remade.")),
        r.choice(_FILLERS),
    ]


def _k_shortage(r: random.Random) -> list[str]:
    pair = r.choice((("IV furosemide 10 mg/mL", "bumetanide 0.25 mg/mL", "Lasix"),
                     ("iohexol 350 ([[Omnipaque]])", "iodixanol 320 ([[Visipaque]])", "Isovue"),
                     ("D50W prefilled syringe", "D10W bolus", "Tylenol"),
                     ("cefazolin 2 g vial", "cefuroxime 1.5 g", "Zosyn"),
                     ("methylprednisolone 125 mg ([[Solu-Medrol]])", "dexamethasone 10 mg", "Benadryl")))
    return [
        _ds_header(r, "MEDICINE"),
        "DRUG SHORTAGE -- THERAPEUTIC SUBSTITUTION NOTICE (Pharmacy & Therapeutics)",
        (f"Due to a national shortage (see [[www.accessdata.fda.gov/scripts/drugshortages]] and [[www.ismp.org]]), "
         f"{pair[0]} is restricted. Approved substitute: {pair[1]}. Automatic interchange applies to new orders "
         f"at @@ORGANIZATION:hospital@@ until further notice (rev. %SD%)."),
        ("Substitution table:\n| Restricted | Substitute | Conversion | Notes |\n|---|---|---|---|\n"
         f"| {pair[0]} | {pair[1]} | {r.choice(('1:40', '1:1', 'dose-for-dose', 'per table'))} | reserve for ICU/ED |\n"
         "| oral route available | switch to PO | IV:PO 1:2 | pharmacist-driven |"),
        (f"Patient-specific application: this pt's order @@ACCOUNT:order@@ was interchanged on %SD2%; "
         f"prescriber @@PERSON:prescriber@@ notified by secure chat. Brand referenced in the order set: "
         f"[[{pair[2]}]]. Monitoring: BMP and response daily while on the substitute."),
        (f"Inventory: {r.randint(2, 40)} units on hand, NDC %NDC%, lot %LOT%, exp %EXP%. Buyer contact "
         f"@@EMAIL@@ / @@PHONE@@. Pyxis and [[Omnicell]] pockets relabelled; [[Pyxis MedStation]] IP "
         f"@@IP_ADDRESS@@ updated."),
        r.choice(_FILLERS),
        "-- @@PERSON:pharmacist@@ , PharmD, Drug Information / P&T secretary",
    ]


_CT_EXAMS = (
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "No acute intra-abdominal process. Appendix normal. Liver, spleen, "
     "pancreas and adrenals unremarkable. Kidneys enhance symmetrically. No free fluid. Bowel loops normal in "
     "calibre. No lymphadenopathy. Osseous structures without aggressive lesion."),
    ("CTA CHEST (PE PROTOCOL)", "No pulmonary embolism to the subsegmental level. Heart size normal. No "
     "pericardial effusion. Lungs clear apart from dependent atelectasis. No lymphadenopathy. Visualised upper "
     "abdomen unremarkable."),
    ("CT CHEST WITH CONTRAST", "Stable 4 mm right upper lobe nodule. No consolidation or effusion. No mediastinal "
     "or hilar lymphadenopathy. Mild coronary calcification."),
    ("CT NECK WITH CONTRAST", "Normal enhancement of the neck soft tissues. No abscess. Airway patent. "
     "Subcentimetre reactive nodes. Thyroid unremarkable. Visualised lung apices clear."),
)


def _k_contrast_premed(r: random.Random) -> list[str]:
    agent = r.choice(_CONTRAST_IODINATED)
    exam, findings = r.choice(_CT_EXAMS)
    return [
        _rad_header(r, exam, "prior moderate reaction to iodinated contrast, now premedicated."),
        ("PREMEDICATION RECORD (13-hour oral regimen):\n  prednisone 50 mg PO at 13 h, 7 h and 1 h before -- "
         "taken, pt confirms\n  diphenhydramine ([[Benadryl]]) 50 mg PO 1 h before -- given in department\n"
         "  Premedication Rx sent to @@ORGANIZATION:pharmacy@@ (fax @@FAX@@); last reaction @@DATE_REAL_YEAR:svc@@."),
        r.choice(_RAD_FILLERS[:3]),
        (f"TECHNIQUE:  {agent[0]} ([[{agent[1]}]]) {r.choice((300, 350, 370))} mgI/mL, "
         f"{r.choice((75, 80, 100, 110))} mL IV "
         f"at {r.choice((2.5, 3, 4, 5))} mL/s via 20G R antecubital (lot %LOT%, exp %EXP%). Injector "
         f"[[Medrad Stellant]] S/N @@DEVICE_ID@@. DLP {r.randint(180, 1400)}.{r.randint(0, 9)} mGy-cm. "
         f"Technologist: @@PERSON:tech@@ ."),
        "FINDINGS:  " + findings,
        "IMPRESSION:\n1. No acute findings.\n2. No contrast reaction during or 30 minutes after the examination.",
        "Accession @@ACCOUNT:acc@@    Read by ___ ; electronically signed %SD%.",
    ]


def _k_contrast_reaction(r: random.Random) -> list[str]:
    gad = r.random() < 0.5
    agent = r.choice(_CONTRAST_GAD if gad else _CONTRAST_IODINATED)
    exam = "MRI BRAIN WITH AND WITHOUT GADOLINIUM" if gad else "CT ABDOMEN/PELVIS WITH CONTRAST"
    amount = "0.1 mmol/kg" if gad else "100 mL"
    symptoms = r.choice(("diffuse urticaria and pruritus", "throat tightness, wheeze", "facial oedema",
                         "nausea, vomiting, flushing"))
    lungs = r.choice(("clear", "scattered wheeze", "clear after treatment"))
    return [
        _rad_header(r, exam, r.choice(("new headache.", "abdominal pain, r/o abscess.", "staging."))),
        (f"CONTRAST REACTION RECORD\nAgent: {agent[0]} ([[{agent[1]}]]) {amount} IV, lot %LOT%, "
         f"exp %EXP%\nOnset: {r.randint(1, 12)} min after injection -- "
         f"{symptoms}."),
        (f"Vital signs: BP {r.randint(78, 150)}/{r.randint(40, 90)}, HR {r.randint(60, 130)}, SpO2 "
         f"{r.randint(88, 100)}% RA, RR {r.randint(14, 28)}. Lungs: {lungs}."),
        (f"Treatment: epinephrine 1 mg/mL 0.3 mg IM ([[EpiPen]] equivalent) x1, diphenhydramine 50 mg IV, "
         f"methylprednisolone ([[Solu-Medrol]]) 125 mg IV; O2 2 L. Vitals recovered within 20 min. Severity "
         f"(ACR): {r.choice(('mild', 'moderate', 'severe'))}. Radiologist @@PERSON:prescriber@@ at bedside; "
         f"RRT not called."),
        ("Allergy list updated by pharmacy. Report to [[FDA MedWatch 1-800-FDA-1088]] filed. Safety event "
         "@@ACCOUNT:incident@@. Future studies: premedication per 13-h regimen; Rx sent to "
         "@@ORGANIZATION:pharmacy@@. Pt observed 60 min, discharged with @@PERSON:caregiver@@ ."),
        r.choice(_RAD_FILLERS[3:5]),
        "FINDINGS:  Examination was completed before the reaction. No acute abnormality identified.",
        (f"IMPRESSION:\n1. {'Moderate' if r.random() < 0.5 else 'Mild'} allergic-like reaction to "
         f"{'gadolinium-based' if gad else 'iodinated'} contrast, treated as above.\n2. No acute findings."),
    ]


def _k_extravasation(r: random.Random) -> list[str]:
    agent = r.choice(_CONTRAST_IODINATED)
    return [
        _rad_header(r, r.choice(("CTA CHEST (PE PROTOCOL)", "CT ABDOMEN/PELVIS WITH CONTRAST", "CT VENOGRAM")),
                    "dyspnoea; contrast extravasation during injection."),
        (f"CONTRAST EXTRAVASATION REPORT\nAgent: {agent[0]} ([[{agent[1]}]]) via power injector "
         f"[[Medrad Stellant]] (S/N "
         f"@@DEVICE_ID@@), flow {r.choice((3, 4, 5))} mL/s, 20G IV R forearm placed by ___ .\n"
         f"Estimated volume extravasated: {r.randint(15, 120)} mL. Lot %LOT%, exp %EXP%."),
        (f"Assessment: swelling {r.randint(3, 12)} x {r.randint(3, 10)} cm, skin intact, radial pulse 2+, "
         f"cap refill < 2 s, no paraesthesia. Compartment syndrome not suspected. Hyaluronidase ([[Hylenex]]) "
         f"not indicated."),
        ("Management: limb elevated, cold compresses 15 min TID x 1-3 d. Plastic surgery on call "
         "@@PERSON:prescriber@@ paged @@PAGER@@ -- agrees with conservative care. Safety report "
         "@@ACCOUNT:incident@@ filed. Follow-up call to pt at @@PHONE@@ planned in 24 h."),
        ("Patient instructions: return to the ED for increasing pain, blistering, numbness, colour change or "
         "decreased movement of the fingers. Handout on extravasation given; questions answered."),
        r.choice(_RAD_FILLERS[:2]),
        "FINDINGS:  Diagnostic-quality study not obtained; repeat examination recommended via a new IV.",
        ("IMPRESSION:\n1. Contrast extravasation, right forearm, moderate volume, no signs of compartment "
         "syndrome.\n2. Accession @@ACCOUNT:acc@@ to be repeated.\nReported by ___ , %SD%."),
    ]


_NM_FINDINGS = {
    "NM WHOLE BODY BONE SCAN": "Physiological distribution. No focal abnormal uptake. Kidneys and bladder "
                               "visualised. Degenerative uptake at both knees and the lower lumbar spine.",
    "NM MYOCARDIAL PERFUSION SPECT (PHARMACOLOGIC)": "Normal perfusion at stress and rest. LVEF 61% (gated). "
                                                     "No TID. Normal wall motion.",
    "NM HEPATOBILIARY SCAN WITH CCK": "Prompt hepatic uptake; gallbladder visualised at 35 min; GBEF 48% after "
                                      "CCK. Bowel activity by 45 min.",
    "NM SENTINEL NODE LYMPHOSCINTIGRAPHY": "Two sentinel nodes in the left axilla, marked on the skin. No other "
                                           "drainage basin.",
}


def _k_radiopharm(r: random.Random) -> list[str]:
    exam, agent, act, indication, brand = r.choice(_RADIOPHARM)
    impression = r.choice(("No scintigraphic evidence of metastatic disease.", "Normal study.", "Findings as above."))
    stress = " Regadenoson ([[Lexiscan]]) 0.4 mg IV used." if "PERFUSION SPECT" in exam else ""
    return [
        _rad_header(r, exam, indication),
        (f"RADIOPHARMACEUTICAL DISPENSING LOG\nSupplier: @@ORGANIZATION:pharmacy@@ (unit dose)  Rx/Order "
         f"@@ACCOUNT:rx@@\nAgent: {agent} ([[{brand}]]) kit lot %LOT%, exp %EXP%\nPrescribed activity: {act}"),
        (f"Measured {r.randint(4, 30)}.{r.randint(0, 9)} mCi at {r.randint(6, 10):02d}:{r.randint(0, 59):02d} in "
         f"[[Capintec]] dose calibrator (S/N @@DEVICE_ID@@; constancy passed). Residual "
         f"0.{r.randint(1, 9)} mCi. Received from courier vehicle @@VEHICLE_ID@@ in Type A package, "
         f"Yellow-II, TI 0.{r.randint(1, 6)}.{stress}"),
        ("Administered IV L antecubital by @@PERSON:tech@@ , CNMT; no infiltration. Authorized user: "
         "@@PERSON:prescriber@@ , MD (license @@LICENSE:state@@)."),
        (f"TECHNIQUE:  Imaging at {r.choice(('3 h', '60 min', '15-60 min', 'immediate and delayed'))} after "
         f"injection on a dual-head SPECT/CT camera; low-dose CT for attenuation correction and localisation."),
        "FINDINGS:  " + _NM_FINDINGS.get(exam, "Physiological distribution of the radiopharmaceutical. No focal "
                                               "abnormal uptake."),
        r.choice(_NM_FILLERS),
        f"IMPRESSION:  {impression}",
    ]


def _k_picc(r: random.Random) -> list[str]:
    return [
        _rad_header(r, "IR PICC LINE PLACEMENT", "MSSA osteomyelitis needing 6 weeks of IV cefazolin (OPAT)."),
        ("CONSENT:  Risks (bleeding, infection, thrombosis, malposition) discussed; written consent obtained. "
         "Time-out performed. Maximal sterile barrier precautions; chlorhexidine skin prep."),
        (f"PROCEDURE:  Under ultrasound guidance the right basilic vein was accessed using micropuncture "
         f"[[Seldinger]] technique. A {r.choice((4, 5))} Fr {r.choice(('single', 'double'))}-lumen [[PowerPICC]] "
         f"was trimmed to {r.randint(36, 46)} cm; tip confirmed at the cavoatrial junction with [[Sherlock 3CG]] "
         f"ECG tip confirmation. Lot %LOT%, REF ___ , exp %EXP%. Fluoroscopy time 0.{r.randint(1, 9)} min."),
        "FINDINGS:  Tip at the cavoatrial junction. No pneumothorax on the post-procedure image.",
        ("OPAT / PHARMACY:  Home infusion by @@ORGANIZATION:infusion@@; cefazolin 2 g IV q8h via ambulatory "
         "pump [[CADD-Solis]] serial @@DEVICE_ID@@. Weekly CBC/BMP/ESR/CRP faxed to ID clinic @@FAX@@. "
         "Home address for deliveries: @@STREET_ADDRESS@@, @@LOCATION@@ @@ZIP@@. Infusion pharmacist "
         "@@PERSON:pharmacist@@ reachable at @@PHONE@@."),
        ("Line care: flush with 10 mL NS before and after each dose; weekly dressing and cap change by the "
         "visiting nurse. Arm circumference baseline ___ cm."),
        "IMPRESSION:\nSuccessful placement of a right basilic PICC, ready for use.",
        "Operator: @@PERSON:prescriber@@ , MD.  Accession @@ACCOUNT:acc@@.",
    ]


def _k_radioiodine(r: random.Random) -> list[str]:
    mci = r.choice((15, 20, 29.9, 30, 100, 150))
    household = r.choice(("spouse", "two adults", "no one", "grandchildren on weekends"))
    prep = r.choice(("[[Thyrogen]] 0.9 mg IM x2", "thyroid hormone withdrawal",
                     "low-iodine diet x 2 weeks; [[Lugol's solution]] stopped"))
    return [
        _rad_header(r, "NM I-131 THERAPY (WRITTEN DIRECTIVE)",
                    r.choice(("[[Graves disease]], refractory to methimazole.",
                              "papillary thyroid carcinoma s/p thyroidectomy, remnant ablation.",
                              "toxic multinodular goitre.", "hyperthyroidism; [[Hashimoto thyroiditis]] excluded."))),
        (f"WRITTEN DIRECTIVE: sodium iodide I-131, {mci} mCi PO capsule. Preparation: {prep}. "
         f"Pregnancy test negative ___ . Uptake at 24 h {r.randint(18, 75)}%."),
        (f"Dispensed by @@ORGANIZATION:pharmacy@@ nuclear pharmacy, order @@ACCOUNT:order@@, lot %LOT%, "
         f"calibrated for %SD% 10:00. Assayed {mci} mCi +/- 3% in dose calibrator S/N @@DEVICE_ID@@. "
         f"Authorized user @@PERSON:prescriber@@ , MD, license @@LICENSE:state@@."),
        (f"RELEASE INSTRUCTIONS: pt lives at @@STREET_ADDRESS@@ with {household}; "
         f"sleep apart x {r.choice((3, 5, 7))} nights, separate bathroom if possible, no travel on public "
         f"transport > 1 h. Contact RSO at @@PHONE@@ / @@EMAIL@@ with questions."),
        ("Medications: methimazole held 5 days before and restarted 3 days after per endocrinology; "
         "beta-blocker continued. Sour candy from 24 h to protect salivary glands."),
        r.choice(_NM_FILLERS),
        "FINDINGS:  Dose administered without complication. Exposure rate at 1 m: ___ mR/h.",
        "IMPRESSION:  Radioiodine therapy administered as directed. Follow-up TSH/free T4 in 6 weeks.",
    ]


_KINDS = {
    "admission_med_rec": ("discharge", _k_med_rec),
    "pharmacy_call_log": ("discharge", _k_call_log),
    "anticoag_clinic": ("discharge", _k_anticoag),
    "pdmp_check": ("discharge", _k_pdmp),
    "prior_auth": ("discharge", _k_prior_auth),
    "pk_consult": ("discharge", _k_pk_consult),
    "discharge_rx_transfer": ("discharge", _k_discharge_rx),
    "patient_assistance": ("discharge", _k_pap),
    "iv_room_compounding": ("discharge", _k_iv_room),
    "shortage_substitution": ("discharge", _k_shortage),
    "contrast_premed_ct": ("radiology", _k_contrast_premed),
    "contrast_reaction": ("radiology", _k_contrast_reaction),
    "contrast_extravasation": ("radiology", _k_extravasation),
    "radiopharm_dispense": ("radiology", _k_radiopharm),
    "picc_opat": ("radiology", _k_picc),
    "radioiodine_therapy": ("radiology", _k_radioiodine),
}
DOCUMENT_KINDS = tuple(_KINDS)
_KIND_FILLERS = {
    "contrast_premed_ct": _RAD_FILLERS, "contrast_reaction": _RAD_FILLERS, "contrast_extravasation": _RAD_FILLERS,
    "radiopharm_dispense": _NM_FILLERS, "radioiodine_therapy": _NM_FILLERS, "picc_opat": _PICC_FILLERS,
}
_DS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

# Category weights; the category of planted span j of note i comes from a Weyl sequence.
_CAT_WEIGHTS = (
    ("PERSON", 12), ("ORGANIZATION", 8), ("PHONE", 7), ("FAX", 6), ("DATE_REAL_YEAR", 8), ("LICENSE", 8),
    ("ACCOUNT", 8), ("HEALTH_PLAN", 6), ("STREET_ADDRESS", 5), ("LOCATION", 5), ("ZIP", 4), ("MRN", 5),
    ("DEVICE_ID", 5), ("VEHICLE_ID", 3), ("AGE_OVER_89", 4), ("PAGER", 3), ("EMAIL", 3), ("URL", 3),
    ("IP_ADDRESS", 2), ("SSN", 2),
)
_CAT_WHEEL = tuple(c for c, w in _CAT_WEIGHTS for _ in range(w))


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == 11


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _frac(0.5 + i * 0.6180339887498949 + seed * 0.1375) < 0.6105


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (independent of its contents)."""
    if _frac(i * 0.7548776662466927 + seed * 0.3119) < 0.45:
        return _RAD_KINDS[int(_frac(i * 0.5698402909980532 + seed * 0.173) * len(_RAD_KINDS))]
    return _DS_KINDS[int(_frac(i * 0.5698402909980532 + seed * 0.173) * len(_DS_KINDS))]


def _plan(seed: int, i: int, r: random.Random) -> list[str]:
    if not _is_planted(seed, i):
        return []
    k = r.choices((1, 2, 3, 4), weights=(34, 34, 20, 12))[0]
    return [_CAT_WHEEL[int(_frac((4 * i + j) * 0.41421356237309515 + seed * 0.2357 + 0.11) * len(_CAT_WHEEL))]
            for j in range(k)]


_SLOT = re.compile(r"@@([A-Z_0-9]+)(?::([a-z]+))?@@")
_MARK = re.compile(r"\[\[(.+?)\]\]|<<(\d+)>>")

_HEAVY_BLOCKS = (
    "Name: ___   Unit No: ___\nAdmission Date: ___   Discharge Date: ___\nDate of Birth: ___   Sex: ___\n"
    "Attending: ___   PCP: ___   Pharmacy: ___",
    "Contacts: ___ (HCP) ___ ; alt ___ . Pharmacy ___ , ___ ; ph ___ ; fax ___ .",
    "Insurance: ___  Member ID ___  BIN ___  Group ___ . Prescriber ___ , NPI ___ , DEA ___ .",
    "Address on file: ___ , ___ , ___ ___ . Delivery via ___ ; driver ___ .",
    "Seen with ___ (daughter) and ___ . Called ___ at ___ ; left message for ___ at ___ .",
)


def _render(raw: str, values: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = last = 0
    for m in _MARK.finditer(raw):
        chunk = raw[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        if m.group(1) is not None:
            val = m.group(1)
            looks.append(val)
        else:
            val, cat = values[int(m.group(2))]
            spans.append((pos, pos + len(val), cat))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans, looks


def _fallback(r: random.Random, cat: str, heavy: bool) -> str:
    if heavy:
        return "___"
    if cat == "AGE_OVER_89" and r.random() < 0.45:
        return f"[[{r.randint(21, 88)}]]"
    if cat == "DATE_REAL_YEAR" and r.random() < 0.35:
        y, m, dd = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
        return f"[[{y}-{m:02d}-{dd:02d}]]" if r.random() < 0.5 else f"[[{m:02d}/{dd:02d}/{y}]]"
    return "___"


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout45:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    plan = [] if heavy else _plan(seed, i, r)
    g = _negs(r)
    g["%GTIN%"] = "0" + _d(r, 13)
    g["%UDIEXP%"] = f"{r.randint(25, 30)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    g["%UDILOT%"] = _d(r, 2) + r.choice(_UP) + _d(r, 4)
    sections = builder(r)
    if heavy:
        sections = [r.choice(_HEAVY_BLOCKS[:1])] + sections + list(r.sample(_HEAVY_BLOCKS[1:], 2))

    slots = [(si, m.start(), m.group(1), m.group(2)) for si, s in enumerate(sections) for m in _SLOT.finditer(s)]
    assigned: dict[tuple[int, int], int] = {}
    values: list[tuple[str, str]] = []
    inserts: list[tuple[int, str]] = []
    for cat in plan:
        k = len(values)
        cands = [(si, st, sub) for si, st, c, sub in slots if c == cat and (si, st) not in assigned]
        if cands and r.random() < 0.6:
            si, st, sub = r.choice(cands)
            assigned[(si, st)] = k
            values.append((_value(r, cat, sub), cat))
        else:
            pool = [t for t in _SNIPPETS[cat] if t[2] in ("", "D" if note_type == "discharge" else "R")]
            tpl, sub, _ = r.choice(pool)
            values.append((_value(r, cat, sub), cat))
            inserts.append((r.randint(1, len(sections)), tpl.replace("{v}", f"<<{k}>>")))

    out_sections = []
    for si, s in enumerate(sections):
        def rep(m: re.Match[str], si: int = si) -> str:
            key = (si, m.start())
            if key in assigned:
                return f"<<{assigned[key]}>>"
            return _fallback(r, m.group(1), heavy)
        out_sections.append(_SLOT.sub(rep, s))
    for pos, snip in sorted(inserts, key=lambda x: -x[0]):
        out_sections.insert(pos, snip)

    raw = _fill("\n\n".join(out_sections), g)
    text, spans, looks = _render(raw, values)
    pool = _KIND_FILLERS.get(kind, _FILLERS)
    fillers = [f for f in pool if f not in out_sections]
    r.shuffle(fillers)
    target = r.randint(1300, 3000 if note_type == "discharge" else 2200)
    while len(text) < target and fillers:
        out_sections.insert(r.randint(2, max(2, len(out_sections) - 1)), fillers.pop())
        raw = _fill("\n\n".join(out_sections), g)
        text, spans, looks = _render(raw, values)
    if heavy:
        extra = 0
        while text.count("___") < 25:
            raw += f"\n\nAddendum: ___ called ___ re: ___ ; ___ to follow up with ___ ({extra})."
            extra += 1
            text, spans, looks = _render(raw, values)
    assert len(spans) == len(plan)
    occupied = [(s, e) for s, e, _ in spans]
    kept = []
    for la in dict.fromkeys(looks):
        ok, start = True, 0
        while (p := text.find(la, start)) >= 0:
            if any(p < e and p + len(la) > s for s, e in occupied):
                ok = False
                break
            start = p + 1
        if ok:
            kept.append(la)
    return LabelledNote(note_type, text, sorted(spans)), kept, "heavy" if heavy else "normal"


def holdout45_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout45_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout45_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout45_corpus, argv, "Held-out corpus 45 (pharmacy and medication management around an admission)")
    holdout_measure.report("holdout45", args, notes, hits, res)


if __name__ == "__main__":
    main()
