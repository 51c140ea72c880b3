"""Held-out corpus 83: medical debt, financial counselling, charity care and collections around an admission.

Synthetic MIMIC-IV-Note-shaped notes (discharge and radiology tables) about the money side of a hospital stay.
Most identifiers are masked ``___``; about 57-59% of the notes carry one to four identifiers that escaped
masking (labelled spans), 5% are heavy notes (many ``___``, no plants), and shifted dates (2100-2200) are
never labelled.

Document kinds (discharge table): ``fc_consult`` (inpatient financial-counsellor consult), ``fa_application``
(charity-care / financial-assistance application summary with household, income and assets),
``payment_plan`` (payment-plan agreement), ``collection_letter`` (collection-agency letter pasted into the
chart), ``credit_dispute`` (credit-bureau dispute worksheet from the patient advocate), ``legal_judgment``
(bankruptcy and court-judgment reference note by legal services / social work), ``crowdfunding_sw``
(social-work note about a crowdfunding page), ``medicaid_retro`` (Medicaid retroactive-eligibility
screening), ``discharge_fin`` (discharge summary with a financial section), ``advocate_letter``
(billing-office and patient-advocate correspondence). Radiology table: ``ct_billing_hold`` (CT with a
billing-hold addendum), ``mri_estimate`` (MRI with a good-faith / self-pay estimate addendum),
``cxr_charity`` (chest radiograph with a charity-care adjustment addendum), ``us_auth`` (ultrasound with a
prior-authorization denial addendum), ``mammo_program`` (mammogram with a screening-programme enrolment
addendum), ``ir_estimate`` (IR procedure with a cost estimate and collections hold), ``outside_overread``
(outside-study over-read with a records-release fee addendum).

Labelling conventions of this corpus (the project's label policy, copied):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy
(a chain's store too), agency, school or employer, never a generic department, and never a drug maker, biotech
or trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not).
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot
expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry
are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never
labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers
account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call
or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group
number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and
a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct")
and credentials ("MD", "RN") stay outside.

Choices this corpus makes inside that policy: hospital account (HAR), guarantor, statement, invoice, claim,
collection-agency reference, payment-plan, financial-assistance application, credit-bureau dispute, CFPB
complaint, bank account, payment-card, portal payment confirmation and ambulance run numbers are ACCOUNT;
Medicaid CIN, Medicare MBI and commercial member / subscriber / policy ids are HEALTH_PLAN; collection agencies,
law firms, courts (a bankruptcy court too), banks and credit unions, employers, local charities, county social
services departments, hospitals, practices and pharmacies are ORGANIZATION; towns, counties and neighbourhoods
are LOCATION; a vehicle listed as an asset (VIN or plate) is VEHICLE_ID; a rented or loaned device's serial or
asset tag is DEVICE_ID; a driver's licence copied as proof of identity is LICENSE; a crowdfunding or
personal caring page is URL, and every IP address in an e-signature or portal audit trail is IP_ADDRESS.
Masked (written ``___``, no category): bankruptcy case and court index numbers, Medicaid application case
numbers, SNAP and HEAP case numbers, e-signature envelope ids and tax-return numbers. Unlabelled look-alikes:
payers and insurers, the three national credit bureaus, CFPB, CMS, IRS, public programmes and their websites,
crowdfunding and payment platforms named as such, drug and device makers, eponyms, drug brands, lot / NDC /
REF / model numbers, expiry dates, group numbers, bank routing numbers, CPT / ICD-10 codes, statute sections,
toll-free lines, shifted dates, bare (tax) years, ages under 90, account-aging buckets ("aged 120 days") and
dollar amounts.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the masked
note-shaped samples under /work/shared/data/ (with SOURCES.md). No detector code, rule file, other corpus, test,
benchmark or history was read, and the detector was never run.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Experian", "Equifax", "TransUnion", "GoFundMe", "CaringBridge", "DocuSign", "MyChart", "Epic Resolute",
    "Zelle", "PayPal", "Venmo", "Excellus BlueCross BlueShield", "Fidelis Care", "MVP Health Care",
    "UnitedHealthcare", "Aetna", "Cigna", "Medicare Part B", "Medicaid", "NY State of Health", "Essential Plan",
    "Foley catheter", "Swan-Ganz catheter", "Whipple procedure", "Glasgow Coma Scale", "Hounsfield units",
    "Bosniak", "BI-RADS", "Fleischner Society", "Murphy's sign", "McBurney's point", "Kerley B lines",
    "Schatzki ring", "Baker's cyst", "Morison's pouch", "Hartmann's pouch", "Eliquis", "Keytruda", "Humira",
    "Lantus SoloStar", "Ozempic", "Xarelto", "Entresto", "Omnipaque 350", "Isovue-370", "Gadavist", "Lexiscan",
    "Medtronic", "ResMed AirSense 10", "Philips DreamStation", "Invacare", "Pfizer", "Genentech", "Omnipod",
    "Dexcom G7", "PowerPort", "Bard", "Hill-Burton", "No Surprises Act", "FDCPA", "FCRA", "Section 501(r)",
    "CFPB", "CMS", "IRS Schedule H", "SNAP", "HEAP", "COBRA", "HIPAA", "Crohn's disease", "Hodgkin lymphoma",
    "Parkinson's disease", "Bell's palsy", "Apgar", "Wells score", "CHA2DS2-VASc", "Braden scale",
)

_PAYERS = ("Excellus BlueCross BlueShield", "Fidelis Care", "MVP Health Care", "UnitedHealthcare", "Aetna", "Cigna",
           "Medicare Part B", "Medicaid", "Essential Plan")
_BUREAUS = ("Experian", "Equifax", "TransUnion")
_PLATFORMS = ("GoFundMe", "CaringBridge", "DocuSign", "MyChart", "Epic Resolute", "Zelle", "PayPal", "Venmo")
_STATUTES = ("Hill-Burton", "No Surprises Act", "FDCPA", "FCRA", "Section 501(r)", "CFPB", "CMS", "IRS Schedule H",
             "COBRA", "HIPAA")
_CLIN_EP = ("Foley catheter", "Swan-Ganz catheter", "Whipple procedure", "Glasgow Coma Scale", "Crohn's disease",
            "Hodgkin lymphoma", "Parkinson's disease", "Bell's palsy", "Wells score", "CHA2DS2-VASc", "Braden scale",
            "Apgar")
_RAD_EP = ("Hounsfield units", "Bosniak", "BI-RADS", "Fleischner Society", "Murphy's sign", "McBurney's point",
           "Kerley B lines", "Schatzki ring", "Baker's cyst", "Morison's pouch", "Hartmann's pouch")
_DRUGS = ("Eliquis", "Keytruda", "Humira", "Lantus SoloStar", "Ozempic", "Xarelto", "Entresto")
_CONTRAST = ("Omnipaque 350", "Isovue-370", "Gadavist", "Lexiscan")
_MAKERS = ("Medtronic", "ResMed AirSense 10", "Philips DreamStation", "Invacare", "Omnipod", "Dexcom G7",
           "PowerPort", "Bard")
_STATES = ("New York", "Pennsylvania", "Ohio", "Vermont", "New Jersey", "Florida", "Puerto Rico", "Canada",
           "the Dominican Republic", "Mexico")
_TOLLFREE = ("(800) 633-4227", "1-800-MEDICARE", "(855) 355-5777", "888-397-3742", "1-800-916-8800",
             "(866) 349-5191", "877-322-8228", "(844) 472-6436", "1-833-421-0061", "800.685.1111")
_PUBSITES = ("www.healthcare.gov", "www.consumerfinance.gov/complaint", "www.annualcreditreport.com",
             "www.cms.gov/nosurprises", "nystateofhealth.ny.gov", "www.medicaid.gov", "www.irs.gov/charities")
_GENERIC_DEPTS = ("Patient Financial Services", "the Business Office", "Central Billing Office", "Social Work",
                  "Patient Access", "the Patient Relations office", "Revenue Integrity", "Utilization Review")

# --------------------------------------------------------------------------------------------------
# Surrogate identifier values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = ("Rosa", "Tamika", "Dmitri", "Alejandro", "Priya", "Kwame", "Siobhan", "Hector", "Lucinda", "Bao",
          "Yusuf", "Marisol", "Everett", "Ngozi", "Teodoro", "Fiona", "Jamal", "Ilse", "Raymond", "Anjali",
          "Wendell", "Xiomara", "Caleb", "Dolores", "Mateus", "Gretchen", "Obinna", "Sunita", "Luther", "Renata",
          "Cyrus", "Maribel", "Desmond", "Halina", "Thaddeus", "Keisha", "Ignacio", "Yolanda", "Brendan", "Mei")
_FAMILY = ("Delgado", "Okonkwo", "Varga", "Pettibone", "Ramanathan", "Kowalczyk", "Abernathy", "Szymanski",
           "Oyelaran", "Villanueva", "Haberle", "Nakashima", "Dunleavy", "Mbeki", "Castellano", "Rutkowski",
           "Fairweather", "Achterberg", "Quinones", "Lindqvist", "Mahmoud", "Trabucco", "Ferreira", "Blackwood",
           "Osei", "Tran", "Gallagher", "Zielinski", "Montalvo", "Strickland", "Adeyemi", "Papadakis", "Holloway",
           "Iwasaki", "Bergstrom", "Cardenas", "Whitcomb", "Nwachukwu", "Esposito", "Yilmaz")
_TOWNS = ("Irondequoit", "Cheektowaga", "Tonawanda", "Henrietta", "Lackawanna", "Batavia", "Canandaigua",
          "Geneseo", "Oneida", "Watertown", "Elmira", "Ithaca", "Olean", "Lockport", "Hornell", "Dunkirk",
          "Massena", "Plattsburgh", "Poughkeepsie", "Riverhead", "Utica", "Schenectady", "Gloversville",
          "Brockport", "Medina", "Penn Yan", "Wellsville", "Salamanca", "Ogdensburg", "Cortland")
_COUNTIES = ("Monroe County", "Erie County", "Onondaga County", "Niagara County", "Chemung County",
             "Livingston County", "Cattaraugus County", "Steuben County", "Oneida County", "Ulster County")
_HOODS = ("19th Ward", "Corn Hill", "Bushwick", "Black Rock", "Tipperary Hill", "Marketview Heights",
          "Kensington-Bailey", "Lower West Side")
_STREETS = ("Culver Rd", "Dewey Avenue", "Transit Road", "Lyell Ave", "Genesee Street", "Hudson Ave",
            "Seneca St.", "Clinton Avenue North", "Lake Shore Blvd", "Main Street", "Ridge Rd W", "Elmwood Ave",
            "Chili Avenue", "Parsells Ave", "Orchard Park Road", "Delaware Ave", "Winton Road S", "Bailey Ave",
            "Court Street", "State Route 31")
_HOSPITALS = ("Genesee Valley General Hospital", "St. Brendan's Medical Center", "Lakeshore Regional Health",
              "Mohawk Falls Memorial Hospital", "Cayuga Ridge Community Hospital", "Allegany Highlands Hospital",
              "Tonawanda Creek Medical Center", "Holy Redeemer Hospital of Utica")
_PRACTICES = ("Finger Lakes Orthopaedic Associates", "Erie Shore Cardiology Group", "Brockport Family Medicine",
              "Pinnacle Imaging of Henrietta", "Sodus Bay Pediatrics", "Northgate Oncology Partners",
              "Chemung Valley Anesthesia PC", "Lakeview Emergency Physicians PLLC")
_COLLECTORS = ("Meridian Recovery Group", "Allied Ridge Collections", "Keystone Credit Services LLC",
               "Harborview Receivables Inc.", "Stonebridge Account Solutions", "Patriot Adjustment Bureau",
               "Crescent Revenue Partners", "Tri-County Credit Bureau Inc.")
_LAWFIRMS = ("Pettit & Oyelaran LLP", "Hanrahan Debt Relief Law", "Finger Lakes Legal Assistance",
             "Volunteer Lawyers Project of Onondaga", "Brennan, Castellano & Moy PC")
_COURTS = ("Rochester City Court", "Cheektowaga Town Court", "Erie County Supreme Court",
           "U.S. Bankruptcy Court for the Western District", "Monroe County Court", "Utica City Court")
_BANKS = ("Canal Street Federal Credit Union", "Seneca Savings Bank", "Lakeshore Community Credit Union",
          "First Niagara Trust", "Genesee Co-operative Federal Credit Union")
_EMPLOYERS = ("Wegmans", "Tops Friendly Markets", "Bausch + Lomb", "Corning Glass Works", "Delphi Thermal",
              "Rochester City School District", "Sysco Western New York", "Lactalis Dairy Plant")
_CHARITIES = ("Lilac Fund for Cancer Families", "Guardian Angels Patient Fund", "Erie Hope Foundation",
              "Sisters of St. Joseph Outreach", "Mohawk Valley Dialysis Patient Aid")
_AGENCIES = ("Monroe County Department of Human Services", "Erie County Department of Social Services",
             "Onondaga County DSS", "Catholic Charities of Chemung", "Ibero-American Action League")
_PHARMACIES = ("Walgreens #4471", "CVS Pharmacy on Ridge Road", "Wegmans Pharmacy Pittsford", "Kinney Drugs of Massena",
               "Rite Aid #10733")

_AREA = ("585", "716", "315", "607", "518", "914", "845", "631", "516", "347", "718", "929", "212", "646", "412",
         "614", "216", "570", "814", "724")
_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _z(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    s = r.randrange(8)
    if s == 1:
        return f"{f}, {g}"
    if s == 2:
        return f"{g} {r.choice(_LET)}. {f}"
    if s == 3:
        return f"{f.upper()}, {g.upper()}"
    if s == 4:
        return f"{g[0]}. {f}"
    if s == 5:
        return f"{g} {f}-{r.choice(_FAMILY)}"
    if s == 6:
        return f"{g.upper()} {f.upper()}"
    return f"{g} {f}"


def _phone(r: random.Random) -> str:
    a, x, n = r.choice(_AREA), str(r.randint(2, 9)) + _z(r, 2), _z(r, 4)
    return r.choice((f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}", f"{a}{x}{n}",
                     f"({a}){x}-{n}", f"1-{a}-{x}-{n}", f"{a} {x} {n}"))


def _tollfree_fax(r: random.Random) -> str:
    a, x, n = r.choice(("888", "877", "866", "855")), str(r.randint(2, 9)) + _z(r, 2), _z(r, 4)
    return r.choice((f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"1-{a}-{x}-{n}"))


def _pager(r: random.Random) -> str:
    return r.choice((_dig(r, 5), f"{r.randint(2, 9)}-{_z(r, 4)}", _dig(r, 4), f"{_dig(r, 3)}-{_z(r, 4)}",
                     f"{r.choice(_AREA)}-{r.randint(2, 9)}{_z(r, 2)}-{_z(r, 4)}"))


def _email(r: random.Random) -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower()
    user = r.choice((f"{g}.{f}", f"{g[0]}{f}{r.randint(2, 99)}", f"{f}_{g}", f"{g}{f[:3]}{r.randint(60, 99)}",
                     f"{g}.{f[0]}"))
    dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
                    "verizon.net", "rochester.rr.com", "gvgh.org", "stbrendans.org", "meridianrecovery.com",
                    "pettitoyelaran.com"))
    return f"{user}@{dom}"


def _url(r: random.Random) -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower()
    slug = r.choice((f"help-{g}-{f}-fight", f"{g}s-recovery-fund", f"the-{f}-family-medical-bills",
                     f"support-{g}-after-the-accident", f"{f}-{g}-transplant-fund"))
    return r.choice((f"https://www.gofundme.com/f/{slug}", f"gofund.me/{_z(r, 2)}{r.choice('abcdef')}{_z(r, 5)}",
                     f"www.caringbridge.org/visit/{g}{f}", f"https://www.facebook.com/{g}.{f}.{_z(r, 3)}",
                     f"givesendgo.com/{slug}", f"https://spot.fund/{g}{f[:4]}",
                     f"https://pay.meridianrecovery.com/p/{_z(r, 3)}{r.choice('xyzq')}{_z(r, 4)}"))


def _ip(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 3:
        return f"2600:1700:{r.randint(16, 4095):x}:{r.randint(16, 65535):x}::{r.randint(1, 255):x}"
    return f"{r.choice((24, 67, 69, 73, 98, 104, 107, 174, 184))}.{r.randint(0, 255)}.{r.randint(0, 255)}." \
           f"{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a, g, s = f"{r.randint(1, 665):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_dig(r, 7), _dig(r, 8), f"E{_z(r, 7)}", f"MR-{_z(r, 7)}", f"00{_dig(r, 6)}",
                     f"{_dig(r, 3)}-{_z(r, 2)}-{_z(r, 3)}", _dig(r, 9)))


def _acct(r: random.Random) -> str:
    return r.choice((_dig(r, 9), _dig(r, 10), f"G{_z(r, 8)}", f"{_dig(r, 4)}-{_z(r, 6)}", f"HB{_z(r, 9)}",
                     f"{r.choice(_LET)}{r.choice(_LET)}{_z(r, 7)}"))


def _coll_ref(r: random.Random) -> str:
    return r.choice((f"MRG-{_z(r, 6)}-{_z(r, 2)}", f"{r.choice(_LET)}{r.choice(_LET)}{_z(r, 8)}", _dig(r, 11),
                     f"KCS{_z(r, 7)}", f"{_dig(r, 3)}-{_z(r, 4)}-{_z(r, 3)}"))


def _dispute(r: random.Random) -> str:
    return r.choice((_dig(r, 10), f"{_dig(r, 4)}-{_z(r, 4)}-{_z(r, 2)}", f"D{_z(r, 9)}", _dig(r, 9),
                     f"{r.randint(21, 24)}{r.randint(10, 12)}{r.randint(10, 28)}-{_z(r, 7)}"))


def _claim(r: random.Random) -> str:
    return r.choice((_dig(r, 13), f"CLM{_z(r, 8)}", f"{_dig(r, 2)}{r.choice(_LET)}{_z(r, 9)}",
                     f"{_dig(r, 5)}-{_z(r, 5)}-{_z(r, 3)}"))


def _card(r: random.Random) -> str:
    d = r.choice("45") + _z(r, 15)
    return r.choice((" ".join(d[k:k + 4] for k in range(0, 16, 4)), d, "-".join(d[k:k + 4] for k in range(0, 16, 4))))


def _small_acct(r: random.Random) -> str:
    return r.choice((f"PP-{_z(r, 6)}", f"FA{r.randint(19, 24)}-{_z(r, 5)}", f"PMT-{_z(r, 4)}{r.choice(_LET)}{_z(r, 3)}",
                     f"R{_z(r, 2)}-{_z(r, 5)}", f"V{_z(r, 8)}", _dig(r, 12), f"INV{_z(r, 7)}"))


def _medicaid(r: random.Random) -> str:
    return f"{r.choice(_LET)}{r.choice(_LET)}{_z(r, 5)}{r.choice(_LET)}"


def _mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(al), r.choice(an), _z(r, 1), r.choice(al), r.choice(an), _z(r, 1),
         r.choice(al), r.choice(al), _z(r, 1), _z(r, 1)]
    s = "".join(c)
    return r.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _member(r: random.Random) -> str:
    return r.choice((f"{r.choice(_LET)}{r.choice(_LET)}{r.choice(_LET)}{_z(r, 9)}", f"W{_z(r, 9)}",
                     f"{_dig(r, 9)}01", f"ZGP{_z(r, 8)}", f"H{_z(r, 7)}-{_z(r, 2)}",
                     f"{_dig(r, 3)} {_z(r, 3)} {_z(r, 3)}"))


def _health_plan(r: random.Random) -> str:
    return r.choice((_medicaid(r), _mbi(r), _member(r), _member(r)))


def _npi(r: random.Random) -> str:
    base = "1" + _z(r, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(r: random.Random) -> str:
    d = [int(c) for c in _z(r, 6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + r.choice(_LET) + "".join(map(str, d)) + str(chk)


def _dl(r: random.Random) -> str:
    return r.choice((_dig(r, 9), f"{_dig(r, 3)} {_z(r, 3)} {_z(r, 3)}", _dig(r, 8),
                     f"{r.choice(_LET)}{_z(r, 4)}-{_z(r, 5)}-{_z(r, 5)}"))


def _license(r: random.Random) -> str:
    return r.choice((_npi(r), _npi(r), _dl(r), _dea(r), f"{r.randint(2, 7)}{_z(r, 5)}"))


def _zip(r: random.Random) -> str:
    z = f"{r.randint(100, 149)}{_z(r, 2)}"
    return z if r.random() < 0.8 else f"{z}-{_z(r, 4)}"


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 9899)} {r.choice(_STREETS)}"
    k = r.randrange(6)
    if k == 0:
        return f"{s} Apt {r.randint(1, 12)}{r.choice('ABCD')}"
    if k == 1:
        return f"{s}, Lot {r.randint(2, 80)}"
    if k == 2:
        return f"P.O. Box {r.randint(11, 9999)}"
    if k == 3:
        return f"{s} #{r.randint(2, 40)}"
    return s


def _location(r: random.Random) -> str:
    k = r.randrange(7)
    if k < 4:
        return r.choice(_TOWNS)
    if k < 6:
        return r.choice(_COUNTIES)
    return r.choice(_HOODS)


def _org(r: random.Random) -> str:
    return r.choice(r.choice((_HOSPITALS, _PRACTICES, _COLLECTORS, _LAWFIRMS, _COURTS, _BANKS, _EMPLOYERS,
                              _CHARITIES, _AGENCIES, _PHARMACIES)))


def _date(r: random.Random, lo: int = 2016, hi: int = 2024) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}",
                     f"{d}-{mon[:3]}-{y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}", f"{m}/{d}/{y % 100:02d}",
                     f"{m:02d}.{d:02d}.{y}", f"{mon[:3]}. {d}, {y}"))


def _dob(r: random.Random) -> str:
    return _date(r, 1931, 2004)


def _age(r: random.Random) -> str:
    return str(r.randint(90, 104))


def _device(r: random.Random) -> str:
    return r.choice((f"{r.choice(_LET)}{r.choice(_LET)}{_z(r, 7)}", f"{_z(r, 2)}{r.choice(_LET)}{_z(r, 6)}",
                     f"BH-{_z(r, 6)}", f"AT{_z(r, 6)}", f"{_dig(r, 4)}-{_z(r, 5)}", f"23{r.choice(_LET)}{_z(r, 8)}"))


def _vin(r: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(k): k for k in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
             "X": 7, "Y": 8, "Z": 9}
    w = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    v = [r.choice("1234JK5"), r.choice("HGNTFV")] + [r.choice(chars) for _ in range(15)]
    v[9] = r.choice("FGHJKLMNP")
    c = sum(trans[ch] * w[k] for k, ch in enumerate(v)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def _plate(r: random.Random) -> str:
    a = "".join(r.choice(_LET) for _ in range(3))
    return r.choice((f"{a}-{_z(r, 4)}", f"{a} {_z(r, 4)}", f"{r.randint(1, 9)}{a}{_z(r, 3)}", f"{a}{_z(r, 4)}"))


def _vehicle(r: random.Random) -> str:
    return _vin(r) if r.random() < 0.5 else _plate(r)


_GEN: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _acct, "HEALTH_PLAN": _health_plan, "LICENSE": _license, "ZIP": _zip,
    "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _date, "AGE_OVER_89": _age, "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": _location, "ORGANIZATION": _org,
}

# --------------------------------------------------------------------------------------------------
# Planting templates: {V} is the value (planted, or ``___`` when masked); [[x]] a look-alike; other
# {TOKENS} are filled with fresh non-PHI filler. A tuple (template, generator) overrides the generator.
# --------------------------------------------------------------------------------------------------

_T = dict[str, list]
_TPL: _T = {
    "PERSON": [
        "Spoke with pt's daughter {V} by phone re: {PAYER} denial; she is the guarantor on file.\n",
        "Financial Counselor: {V}, CHAA\n",
        "Per collector {V} (agent ID ___) the balance of {AMT} was placed on {SD}.\n",
        "  Co-signer / responsible party ....... {V}\n",
        "Pt's husband {V} brought the [[tax year 2023]] 1040 and two pay stubs.\n",
        "Electronically signed: {V}, Patient Advocate\n",
        "| Guarantor | {V} | self | {AMT} |\n",
        "cc: Hon. {V}, presiding\n",
        "Attorney for the patient: {V}, Esq. (___)\n",
        "Left VM for son\n{V} to call back about the Medicaid\nretro packet.\n",
        "Reviewed with Dr. {V} (attending) - elective portion on hold.\n",
        "Campaign organizer: {V} (pt's niece)\n",
        "Dictated by: {V}, M.D.  Transcribed: ___\n",
    ],
    "ORGANIZATION": [
        ("Account was sold to {V} on {SD} per the pasted letter.\n", lambda r: r.choice(_COLLECTORS)),
        ("Pt employed part-time at {V} (no employer plan offered; [[{GRP}]] belongs to spouse's plan).\n",
         lambda r: r.choice(_EMPLOYERS)),
        ("Judgment entered in {V}; index no. ___.\n", lambda r: r.choice(_COURTS)),
        ("Referred to {V} for free bankruptcy consult.\n", lambda r: r.choice(_LAWFIRMS)),
        ("Transferred from {V} after 2 days; their charity-care application was never finished.\n",
         lambda r: r.choice(_HOSPITALS)),
        ("Grant request sent to {V} for {AMT} toward rent and copays.\n", lambda r: r.choice(_CHARITIES)),
        ("Wage garnishment notice received by pt's bank, {V}.\n", lambda r: r.choice(_BANKS)),
        ("Retro Medicaid application dropped off at {V} (case # ___).\n", lambda r: r.choice(_AGENCIES)),
        ("Outstanding balance from {V} (physician group, billed separately).\n", lambda r: r.choice(_PRACTICES)),
        ("Discharge Rx to {V}: [[{DRUG}]] copay {AMT2}, manufacturer card applied.\n", lambda r: r.choice(_PHARMACIES)),
        ("RE: {V} / Statement of Account\n", lambda r: r.choice(_COLLECTORS + _HOSPITALS)),
        "Facility: {V}\n",
    ],
    "ACCOUNT": [
        "Hospital account (HAR): {V}\n",
        ("Collection agency ref # {V}  Balance placed: {AMT}\n", _coll_ref),
        ("Experian dispute confirmation no. {V} (filed online).\n", _dispute),
        ("CFPB complaint {V} was acknowledged by the agency.\n", _dispute),
        ("Payment plan {V}: {N} monthly installments of {AMT2}, 0% interest.\n", _small_acct),
        ("Claim # {V} denied CO-197 (no precert).\n", _claim),
        ("Card on file (autopay) {V} - pt asked that it be REMOVED.\n", _card),
        "| Acct | {V} | DOS {SD} | {AMT} | self-pay |\n",
        ("Financial assistance application {V} received; pending docs.\n", _small_acct),
        "Guarantor Acct#{V}\n",
        ("Ambulance run no. {V} billed separately by the transport agency.\n", _small_acct),
        ("Checking account {V} at the credit union shows {AMT2} average balance.\n", lambda r: _z(r, 4) + _dig(r, 6)),
        "Encounter: {V}\n",
        ("Portal payment confirmation {V} ({AMT2} via [[PayPal]]).\n", _small_acct),
        ("TransUnion file no.\n{V} - dispute of medical collection.\n", _dispute),
    ],
    "HEALTH_PLAN": [
        ("Medicaid CIN: {V} (retro to admission, pending)\n", _medicaid),
        ("Medicare MBI {V}; [[Medicare Part B]] active, no Part A on file.\n", _mbi),
        ("Member ID {V}   [[{GRP}]]   Plan: [[{PAYER}]]\n", _member),
        ("Subscriber ID: {V} (spouse is subscriber)\n", _member),
        ("| Secondary | [[{PAYER}]] | {V} | terminated {SD} |\n", _health_plan),
        ("Policy # {V} - COBRA election window still open.\n", _member),
        "Ins ID {V} verified via 270/271 eligibility.\n",
        ("Essential Plan member no.\n{V}\n", _member),
    ],
    "MRN": [
        "MRN: {V}\n",
        "Unit No: {V}\n",
        "Pt (med rec # {V}) seen at bedside.\n",
        "| MRN | {V} | Fin class: SELF PAY |\n",
        "Medical Record Number ..... {V}\n",
        "RE: patient MRN{V}, billing hold\n",
        "Chart {V} reviewed for charity-care presumptive eligibility.\n",
    ],
    "PHONE": [
        "Best callback: {V} (cell)\n",
        "Financial counseling office: {V}, ext. {N}\n",
        "Daughter's phone {V} - OK to leave detailed message.\n",
        "Collector called pt at home ({V}) 6 times in one week per pt.\n",
        "| Phone | {V} | mobile | text OK |\n",
        "Tel. {V}\n",
        "Pt reports agency's local number as {V}; their toll-free is [[{TF}]].\n",
        "Call the billing office at {V} or the public line [[{TF}]].\n",
    ],
    "FAX": [
        "Please fax proof of income to {V}, Attn: Financial Assistance.\n",
        "Fax: {V}\n",
        ("Practice billing fax (toll-free): {V}\n", _tollfree_fax),
        "Records-release request faxed to {V} on {SD}.\n",
        "| Fax | {V} | Business Office |\n",
        "F: {V}   (secure fax)\n",
    ],
    "PAGER": [
        "Financial counselor on call, pager {V}.\n",
        "Page SW at #{V} with questions.\n",
        "Pgr: {V}\n",
        "Beeper {V} (after 5 pm page Patient Access).\n",
        "| Pager | {V} | PFS on-call |\n",
    ],
    "EMAIL": [
        "Pt prefers statements by e-mail: {V}\n",
        "Sent the application checklist to {V}.\n",
        "Email: {V}\n",
        "Reply from the agency ({V}) pasted below.\n",
        "Contact: <{V}>\n",
    ],
    "URL": [
        "Family set up a crowdfunding page: {V}\n",
        "Donations page ({V}) has raised {AMT} toward the bills.\n",
        "Updates posted at {V}\n",
        "Letter lists a payment link {V} (looks like a personal portal link).\n",
        "Pt's sister shared {V} - counselor advised funds may count as income for the application.\n",
    ],
    "IP_ADDRESS": [
        "E-signature audit: signed from IP {V} on {SD} via [[DocuSign]], envelope ___.\n",
        "Portal payment log: source address {V}, user agent Safari.\n",
        "| Signer | patient | IP {V} | completed |\n",
        "Access attempt from {V} flagged by the payment vendor.\n",
        "Remote session (interpreter) from host {V}.\n",
    ],
    "SSN": [
        "SSN: {V} (copied from the application - should not be in the note)\n",
        "Social Security # {V}\n",
        "Pt gave SS number {V} for the credit check.\n",
        "| SSN | {V} | verified |\n",
        "Applicant SSN on collection letter: {V}\n",
    ],
    "LICENSE": [
        ("Proof of ID: driver's license {V} ([[EXP 08/2027]]).\n", _dl),
        ("Ordering provider NPI {V}\n", _npi),
        ("Referring: Dr. ___ (NPI: {V})\n", _npi),
        ("DEA {V} printed on the outpatient script.\n", _dea),
        ("NYS RN license {V} - counselor is also the unit nurse liaison.\n", lambda r: f"{r.randint(5, 7)}{_z(r, 5)}"),
        ("Photo ID on file: NYS DL #{V}\n", _dl),
        ("| Rendering NPI | {V} | claim line 3 |\n", _npi),
    ],
    "ZIP": [
        "Mailing address: ___, ___, NY {V}\n",
        "Residence ZIP {V} (used for the FPL screen).\n",
        "ZIP code: {V}\n",
        "Pt moved to ZIP\n{V} last month; statements went to old address.\n",
        "| ZIP | {V} | county: ___ |\n",
    ],
    "STREET_ADDRESS": [
        "Mailing address: {V}, ___, NY ___\n",
        "Collection letter sent to {V} (pt no longer lives there).\n",
        "Address: {V}\n",
        "Pt staying with sister at {V} since discharge.\n",
        "| Address | {V} | verified by USPS |\n",
        "Send statements to\n{V}\n",
    ],
    "DATE_REAL_YEAR": [
        "Date of service {V}; balance is now aged 120 days.\n",
        "Judgment entered {V}.\n",
        "Letter dated {V} (pasted below).\n",
        ("DOB: {V}\n", _dob),
        "Retro Medicaid eligibility requested back to {V}.\n",
        "| Placed w/ agency | {V} | {AMT} |\n",
        "Bankruptcy discharge order signed {V}.\n",
        "Payment plan start: {V}\n",
        ("Pt's husband died {V}; estate is insolvent.\n", lambda r: _date(r, 2015, 2024)),
        "Dispute filed {V}, 30-day investigation window.\n",
    ],
    "AGE_OVER_89": [
        "Guarantor is pt's mother, {V} years old, on SSI.\n",
        "{V}-year-old woman, self-pay, admitted for hip fx.\n",
        "Co-signer (father, age {V}) declined.\n",
        "Pt is a {V} yo widower living alone.\n",
        "Age: {V}\n",
    ],
    "DEVICE_ID": [
        "Rental wheelchair SN {V} billed monthly; pt requests return.\n",
        "Loaner pump asset tag {V} not returned - billing hold.\n",
        "UDI (01)00643169007222(17)270331(10)LOT77A(21){V} - home CPAP billed as purchase.\n",
        "Serial: {V}  Model: [[{MAKER}]]\n",
        "| Device | [[{MAKER}]] | S/N {V} | rental |\n",
        "Hospital asset # {V} (IV pump) left the building with the pt.\n",
    ],
    "VEHICLE_ID": [
        ("Assets: 2012 Honda Civic, VIN {V} (exempt, one vehicle).\n", _vin),
        ("Vehicle plate {V} - car being repossessed per pt.\n", _plate),
        ("| Vehicle | 2009 Ford F-150 | VIN {V} | title loan |\n", _vin),
        ("Lic. plate {V}, vehicle towed from the ED lot.\n", _plate),
        "Second vehicle listed: {V} (son's, not counted).\n",
    ],
    "LOCATION": [
        "Pt lives in {V} with two grandchildren.\n",
        "Moved from {V} to a motel after the eviction.\n",
        "Residence: {V}, NY\n",
        "Nearest DSS office is in {V}; pt has no car.\n",
        "| Town | {V} | household 3 |\n",
        "Originally from {V}; lost job at the plant there.\n",
    ],
}

# Masked-only filler lines (MIMIC style), used in every note.
_MASKED = (
    "Name:  ___  Acct: ___\n", "Guarantor: ___  Phone: ___\n", "Collection agency: ___ (ref ___)\n",
    "Counselor: ___  Ext. ___\n", "Case number (bankruptcy): ___\n", "Court index no.: ___\n",
    "Medicaid application case #: ___\n", "SNAP case: ___   HEAP case: ___\n", "DocuSign envelope: ___\n",
    "Address: ___, ___, NY ___\n", "Spoke with pt's ___ (___) at ___.\n", "Dr. ___ was notified at ___.\n",
)

# --------------------------------------------------------------------------------------------------
# Builder
# --------------------------------------------------------------------------------------------------


class _B:
    def __init__(self, r: random.Random, heavy: bool) -> None:
        self.r = r
        self.heavy = heavy
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.look: list[str] = []
        self.queue: list[tuple[str, bool]] = []  # (category, planted)

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def plant(self, cat: str, v: str) -> None:
        self.spans.append((self.n, self.n + len(v), cat))
        self.t(v)

    def lk(self, s: str) -> None:
        if s not in self.look:
            self.look.append(s)
        self.t(s)

    def fill(self, tpl: str) -> str:
        """Replace the filler tokens (not {V}) by fresh non-PHI text, look-alikes bracketed."""
        r = self.r
        rep = {
            "{AMT}": _amt(r),
            "{AMT2}": f"${r.randint(12, 480)}.{r.randint(0, 99):02d}",
            "{SD}": "[[" + _sdate(r) + "]]",
            "{PAYER}": r.choice(_PAYERS),
            "{GRP}": f"{r.choice(('GRP', 'Grp #', 'group no.', 'Group'))} {r.randint(100, 99999):05d}",
            "{DRUG}": r.choice(_DRUGS),
            "{TF}": r.choice(_TOLLFREE),
            "{MAKER}": r.choice(_MAKERS),
            "{N}": str(r.randint(6, 36)),
        }
        for k, v in rep.items():
            if k in tpl:
                tpl = tpl.replace(k, v)
        return tpl

    def emit(self, tpl: str, cat: str | None = None, value: str | None = None) -> None:
        tpl = self.fill(tpl)
        for piece in re.split(r"(\{V\}|\[\[.*?\]\])", tpl):
            if not piece:
                continue
            if piece == "{V}":
                if value is None:
                    self.t("___")
                else:
                    self.plant(cat or "", value)
            elif piece.startswith("[["):
                self.lk(piece[2:-2])
            else:
                self.t(piece)

    def snippet(self, cat: str, planted: bool) -> None:
        r = self.r
        item = r.choice(_TPL[cat])
        tpl, gen = (item, _GEN[cat]) if isinstance(item, str) else item
        self.emit(tpl, cat, gen(r) if planted else None)

    def slot(self, k: int = 1) -> None:
        """Emit up to k queued snippets (plants or masked lines)."""
        for _ in range(k):
            if self.queue:
                cat, planted = self.queue.pop(0)
                if cat == "_MASK":
                    self.t(self.r.choice(_MASKED))
                else:
                    self.snippet(cat, planted)

    def flush(self) -> None:
        while self.queue:
            self.slot()

    def text(self) -> str:
        return "".join(self.parts)


def _sdate(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2199), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}"))


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------

_DX = ("sepsis from a urinary source", "NSTEMI with drug-eluting stent", "acute pancreatitis",
       "right hip fracture s/p hemiarthroplasty", "DKA", "small bowel obstruction", "COPD exacerbation",
       "new diagnosis of [[Hodgkin lymphoma]]", "flare of [[Crohn's disease]]", "motor vehicle collision",
       "community-acquired pneumonia", "acute on chronic systolic heart failure")
_SERVICES = ("MEDICINE", "SURGERY", "ORTHOPAEDICS", "CARDIOLOGY", "ONCOLOGY", "TRAUMA")


def _ds_header(b: _B, title: str) -> None:
    r = b.r
    b.t(f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  ___             Sex:   {r.choice('MF')}\n\nService: {r.choice(_SERVICES)}\n\n")
    b.t(f"{title}\n")


def _amt(r: random.Random, lo: int = 200, hi: int = 90000) -> str:
    return f"${r.randint(lo, hi):,}.{r.randint(0, 99):02d}"


def _fpl(r: random.Random) -> str:
    return f"{r.randint(60, 420)}% FPL"


def _pick(r: random.Random, *opts: str) -> str:
    return r.choice(opts)


def _gen_lines(b: _B, k: int) -> None:
    """Generic clinical / financial prose paragraphs with look-alikes."""
    r = b.r
    pool = [
        f"Hospital course notable for {r.choice(_DX)}; LOS {r.randint(2, 19)} days. [[{r.choice(_CLIN_EP)}]] "
        f"documented. Pt tolerated diet, ambulating with PT.\n",
        f"Meds at discharge include [[{r.choice(_DRUGS)}]] {r.choice(('5 mg BID', '20 mg daily', '40 mg q2wk'))}; "
        f"counselor checked the manufacturer copay card ([[{r.choice(('Pfizer', 'Genentech'))}]] programme, "
        f"not a payer).\n",
        f"Estimated patient responsibility {_amt(r)} after contractual adjustment; {_fpl(r)} per the "
        f"[[2024 HHS poverty guidelines]].\n",
        f"Policy reference: [[{r.choice(_STATUTES)}]] and [[{r.choice(_STATUTES)}]]; no extraordinary collection "
        f"actions until 240 days after the first post-discharge statement.\n",
        f"Pt reports {r.randint(2, 7)} medical accounts in collections; total reported debt about {_amt(r)}. "
        f"Credit reports pulled free from [[www.annualcreditreport.com]].\n",
        "ICD-10 [[Z59.86]] (financial insecurity) and [[Z59.7]] added to the problem list; CPT [[99223]] "
        "billed by the hospitalist.\n",
        f"Pt is a [[{r.randint(24, 88)}-year-old]] {r.choice(('man', 'woman'))} with {r.choice(_DX)}; "
        f"{r.choice(('uninsured', 'underinsured (high deductible)', 'Medicaid pending', 'COBRA lapsed'))}.\n",
        f"Public line for plan questions: [[{r.choice(_TOLLFREE)}]]; application portal [[{r.choice(_PUBSITES)}]].\n",
        f"Account aging: 0-30 {_amt(r, 10, 900)}, 31-90 {_amt(r, 10, 900)}, aged 120 days {_amt(r, 100, 9000)}.\n",
        f"Bank routing [[ABA {r.choice(('021000021', '022000046', '021300077', '011000138'))}]] is the "
        f"credit union's, not the pt's.\n",
        f"Pt relocated from [[{r.choice(_STATES)}]] {r.randint(2, 30)} months ago; prior coverage there closed.\n",
        f"Home equipment: [[{r.choice(_MAKERS)}]] supplies billed through a DME vendor (vendor fax "
        f"[[{r.choice(('1-888-290-4471', '(866) 770-2318', '877-446-0092'))}]], toll-free).\n",
        f"Pt pays family members back via [[{r.choice(('Venmo', 'Zelle', 'PayPal'))}]]; statements viewed in "
        f"[[MyChart]]. Utility shutoff notice; [[HEAP]] emergency benefit applied for.\n",
    ]
    r.shuffle(pool)
    for line in pool[:k]:
        b.emit(line)


# --------------------------------------------------------------------------------------------------
# Discharge-table kinds
# --------------------------------------------------------------------------------------------------


def _k_fc_consult(b: _B) -> None:
    r = b.r
    _ds_header(b, _pick(r, "FINANCIAL COUNSELING NOTE", "Financial Counselor Inpatient Consult",
                        "PATIENT FINANCIAL SERVICES - COUNSELING NOTE"))
    b.slot()
    b.emit(f"Reason for consult: {_pick(r, 'self-pay admission', 'underinsured', 'high-deductible plan')}, "
           f"admitted with {r.choice(_DX)}. Met with pt at bedside on {{SD}} with "
           f"{_pick(r, 'spouse', 'daughter', 'no family')} "
           f"present.\n\n")
    b.t("Coverage review:\n")
    b.emit(f"  - Primary: [[{r.choice(_PAYERS)}]] ({_pick(r, 'active', 'termed', 'pending')}), "
           f"[[{b.fill('{GRP}')}]]\n  - Secondary: none\n  - Employer coverage: ___\n")
    b.slot()
    b.emit(f"\nHousehold size {r.randint(1, 7)}; gross monthly income {_amt(r, 400, 6500)}; {_fpl(r)}.\n"
           "Assets: checking ___, one vehicle (exempt). No real property.\n\n")
    b.slot()
    b.t("Assessment:\n")
    _gen_lines(b, 2)
    b.slot()
    b.emit("\nPlan:\n1. Presumptive charity care screen run in [[Epic Resolute]] - "
           f"{_pick(r, 'qualified 100%', 'qualified sliding scale 75%', 'did not qualify')}.\n"
           "2. Medicaid retro application started; DSS worker ___.\n"
           "3. Hold on statements x 90 days; no referral to outside agency.\n")
    b.slot(2)
    b.t(f"\nTime spent: {r.randint(20, 75)} minutes.\n")


def _k_fa_application(b: _B) -> None:
    r = b.r
    _ds_header(b, "FINANCIAL ASSISTANCE APPLICATION - SUMMARY (scanned, abstracted by PFS)")
    b.emit("Programme: hospital Financial Assistance Policy ([[Section 501(r)]]); [[Hill-Burton]] obligation "
           "ended.\nApplicant: ___    Relationship: self\n")
    b.slot()
    b.t("\nHOUSEHOLD\n  Name            Relation   Age   Income/mo\n")
    for rel in r.sample(("self", "spouse", "child", "child", "parent", "partner"), r.randint(2, 4)):
        age = r.randint(3, 86)
        b.t("  ___             ")
        b.t(f"{rel:<10} ")
        b.lk(f"(age {age})")
        b.t(f"  {_amt(r, 0, 4200)}\n")
    b.slot()
    b.t("\nASSETS\n")
    b.emit(f"  Checking  {_amt(r, 10, 3000)}   Savings {_amt(r, 0, 2000)}   Retirement ___ (excluded)\n"
           "  Vehicle(s): ___\n  Home: rents\n")
    b.slot()
    b.emit(f"\nINCOME DOCUMENTS\n  [[tax year {r.randint(2019, 2024)}]] return ___; W-2s; SNAP award letter "
           f"([[SNAP]] case ___); unemployment stub.\n")
    b.slot()
    b.t("\nDETERMINATION\n")
    b.emit(f"  {_fpl(r)} -> {_pick(r, 'full write-off', 'discount 80%', 'discount 50%', 'denied, over 400% FPL')}; "
           f"balance adjusted {_amt(r)}.\n  Reviewer: ___   Approved: {{SD}}\n")
    _gen_lines(b, 2)
    b.slot(2)


def _k_payment_plan(b: _B) -> None:
    r = b.r
    _ds_header(b, "PAYMENT PLAN AGREEMENT (copy filed to chart)")
    n = r.randint(6, 48)
    b.emit(f"Guarantor agrees to pay the balance of {_amt(r)} in {n} monthly installments of "
           f"{_amt(r, 25, 400)}, first due {{SD}}. No interest is charged.\n")
    b.slot()
    b.t("\n  Account            Service dates          Balance\n")
    for _ in range(r.randint(2, 4)):
        b.emit(f"  ___                {{SD}}             {_amt(r, 80, 12000)}\n")
    b.slot()
    b.emit("\nTerms: a missed payment of more than 60 days voids the plan; the account may then be referred per the "
           "hospital's billing and collections policy. Autopay by card or ACH; pt may use [[Zelle]] only for "
           "one-time payments.\n")
    b.slot()
    _gen_lines(b, 2)
    b.emit("\nSigned electronically via [[DocuSign]]; envelope ___.\nWitness: ___\n")
    b.slot(2)


def _k_collection_letter(b: _B) -> None:
    r = b.r
    _ds_header(b, "SCANNED DOCUMENT - COLLECTION AGENCY LETTER (pasted by Patient Relations)")
    b.t("----- begin pasted text -----\n")
    b.slot()
    b.emit(f"NOTICE OF DEBT\n\nThis communication is from a debt collector. This is an attempt to collect a debt "
           f"and any information obtained will be used for that purpose.\n\nOriginal creditor: ___\n"
           f"Amount of the debt: {_amt(r)}\nItemization date: {{SD}}\n")
    b.slot()
    b.emit("\nHow can you dispute the debt? Call or write to us by {SD} to dispute all or part of the debt. "
           f"Call [[{r.choice(_TOLLFREE)}]] toll-free.\n")
    b.emit("Reach the [[CFPB]] at [[www.consumerfinance.gov/complaint]]. Under the [[FDCPA]] and the "
           "[[FCRA]] you have rights.\n")
    b.slot()
    b.t("----- end pasted text -----\n\nPatient Relations comment:\n")
    b.emit(f"Pt states the account should have been covered by [[{r.choice(_PAYERS)}]]. Reviewed: the balance "
           f"was placed {_pick(r, 'before', 'after')} the charity-care application was approved. Requested "
           "recall of the account from the agency.\n")
    _gen_lines(b, 2)
    b.slot(2)


def _k_credit_dispute(b: _B) -> None:
    r = b.r
    _ds_header(b, "PATIENT ADVOCATE - CREDIT REPORT DISPUTE WORKSHEET")
    bureau = r.choice(_BUREAUS)
    b.emit(f"Bureau: [[{bureau}]]    Tradeline: medical collection    Reported balance {_amt(r)}\n")
    b.slot()
    b.t("\n| Tradeline | Opened | Status | Action |\n|---|---|---|---|\n")
    for _ in range(r.randint(2, 4)):
        b.emit(f"| ___ | {{SD}} | {_pick(r, 'collection', 'charge-off', 'paid', 'disputed')} | "
               f"{_pick(r, 'delete request', 'verify', 'no action')} |\n")
    b.slot()
    b.emit(f"\nPaid medical collections and those under $500 should not appear per the bureaus' own policy; "
           f"pt also filed with [[{r.choice(_BUREAUS)}]]. Public help: [[{r.choice(_TOLLFREE)}]].\n")
    b.slot()
    _gen_lines(b, 2)
    b.t("\nNext steps: letter of deletion requested from the hospital business office; follow up in 30 days.\n")
    b.slot(2)


def _k_legal_judgment(b: _B) -> None:
    r = b.r
    _ds_header(b, "SOCIAL WORK / MEDICAL-LEGAL PARTNERSHIP NOTE")
    b.emit("Topic: prior medical-debt judgment and pending bankruptcy\n\n"
           f"Pt disclosed a default judgment for {_amt(r)} on an old ED balance (court: ___, index no. ___), with "
           "a restraining notice on the bank account.\n")
    b.slot()
    b.emit(f"\nChapter {_pick(r, '7', '13')} petition filed; bankruptcy case no. ___. Automatic stay applies; "
           f"billing office notified to cease statements. Trustee: ___.\n")
    b.slot()
    b.t("\nDocuments reviewed:\n")
    b.emit("  - Summons and complaint ({SD})\n  - Income execution (10% of wages)\n  - [[IRS Schedule H]] "
           "page of the hospital's [[Form 990]] (community benefit)\n")
    b.slot()
    _gen_lines(b, 2)
    b.emit("\nPlan: MLP attorney to move to vacate the judgment; pt's exempt income (SSDI) protected. "
           "SW follow-up next week.\n")
    b.slot(2)


def _k_crowdfunding_sw(b: _B) -> None:
    r = b.r
    _ds_header(b, "SOCIAL WORK PROGRESS NOTE")
    b.emit(f"Pt's family asked whether money raised on [[{r.choice(('GoFundMe', 'CaringBridge'))}]] affects "
           "financial assistance. SW explained that gifts may be counted toward household resources for some "
           "programmes and not others.\n")
    b.slot()
    b.emit(f"\nFundraiser status: goal {_amt(r, 5000, 150000)}, raised {_amt(r, 100, 40000)}; spaghetti dinner at "
           "the fire hall on {SD}.\n")
    b.slot()
    b.t("\nPsychosocial: ")
    b.emit(f"pt tearful about bills; PHQ-2 {r.randint(0, 6)}; [[Braden scale]] {r.randint(12, 23)} per nursing. "
           "Lives with ___ in a second-floor apartment.\n")
    b.slot()
    _gen_lines(b, 2)
    b.emit("\nSW plan: connect with financial counseling; disease foundation grant; transportation voucher.\n")
    b.slot(2)


def _k_medicaid_retro(b: _B) -> None:
    r = b.r
    _ds_header(b, "MEDICAID RETROACTIVE ELIGIBILITY SCREENING (eligibility vendor)")
    b.emit(f"Screen result: {_pick(r, 'likely eligible', 'possibly eligible - spend-down', 'not eligible')}. "
           "Three-month retro period requested. Entered through [[NY State of Health]] ([[nystateofhealth.ny.gov]]); "
           "Medicaid application case #: ___.\n")
    b.slot()
    b.t("\n  Month        Income        Resources     Met?\n")
    for _ in range(3):
        b.emit(f"  {{SD}}   {_amt(r, 0, 3000)}     {_amt(r, 0, 4000)}     {_pick(r, 'Y', 'N')}\n")
    b.slot()
    b.emit(f"\n[[Medicaid]] excess-income (spend-down) of {_amt(r, 50, 900)}/mo may be met with this admission's "
           "charges. [[Essential Plan]] not applicable (retro not covered).\n")
    b.slot()
    _gen_lines(b, 2)
    b.slot(2)
    b.t("\nVendor will follow up with the DSS worker weekly.\n")


def _k_discharge_fin(b: _B) -> None:
    r = b.r
    _ds_header(b, "")
    allergy = _pick(r, 'Patient recorded as having No Known Allergies to Drugs', 'penicillin', 'sulfa')
    b.emit(f"Allergies:\n{allergy}\n\n"
           f"Attending: ___.\n\nChief Complaint:\n{r.choice(_DX)}\n\nHistory of Present Illness:\n"
           f"___ year old with {r.choice(_DX)}; delayed presentation because of cost concerns (prior ED "
           f"balance in collections).\n\n")
    b.slot()
    b.t("Brief Hospital Course:\n")
    _gen_lines(b, 2)
    b.slot()
    b.emit("\nSocial / Financial:\nSeen by financial counseling; charity-care application in process. "
           f"[[{r.choice(_DRUGS)}]] supplied through the manufacturer's assistance programme.\n")
    b.slot()
    b.emit("\nDischarge Medications:\n1. [[Eliquis]] 5 mg PO BID\n2. Metoprolol succinate 25 mg daily\n"
           "\nDischarge Disposition:\nHome\n\nFollowup Instructions:\n___\n")
    b.slot(2)


def _k_advocate_letter(b: _B) -> None:
    r = b.r
    _ds_header(b, "CORRESPONDENCE - BILLING OFFICE / PATIENT ADVOCATE")
    b.emit(f"Dear ___,\n\nThank you for contacting {r.choice(_GENERIC_DEPTS)} about the bill for your stay from ___ "
           f"to ___. We reviewed the account and the itemized statement ({r.randint(3, 40)} pages).\n")
    b.slot()
    b.emit(f"\nFindings: duplicate charge for CPT [[{_pick(r, '71046', '74177', '70450', '36556')}]] removed "
           f"({_amt(r, 90, 2400)}); observation status confirmed, so [[Medicare Part B]] applies. Under the "
           "[[No Surprises Act]] the out-of-network anesthesia claim was reprocessed at in-network cost sharing.\n")
    b.slot()
    b.emit(f"\nYour remaining balance is {_amt(r)}. Your account has been placed on hold for 60 days while the "
           f"financial assistance application is reviewed.\n")
    b.slot()
    _gen_lines(b, 1)
    b.t("\nSincerely,\n")
    b.slot()
    b.t("___\nPatient Financial Advocate\n")
    b.slot(2)


# --------------------------------------------------------------------------------------------------
# Radiology-table kinds
# --------------------------------------------------------------------------------------------------


def _rad_head(b: _B, exam: str, indication: str) -> None:
    r = b.r
    b.t(f"EXAMINATION:  {exam}\n\nINDICATION:  ___ year old {_pick(r, 'man', 'woman')} with {indication}\n\n")


_RAD_EXTRA = (
    "Incidental 4 mm pulmonary nodule: no follow-up needed per [[Fleischner Society]] guidance.\n",
    "No tenderness at [[McBurney's point]] per the referring note.\n",
    "Prior esophagram described a [[Schatzki ring]]; not assessed here.\n",
    "Popliteal [[Baker's cyst]] on the prior outside study, not imaged today.\n",
    "Surgical history includes a [[Hartmann's pouch]] from a remote colectomy.\n",
    "Attenuation measured in [[Hounsfield units]] on the outside images.\n",
    "Prior breast imaging [[BI-RADS]] 2 at an outside facility.\n",
    "Sonographic [[Murphy's sign]] not elicited on the prior exam.\n",
)


def _addendum(b: _B, title: str, lines: list[str]) -> None:
    r = b.r
    b.t(f"\nCOMMENT:  {_pick(r, 'Reviewed by the attending radiologist.', 'Preliminary read by resident.')} ")
    b.emit(r.choice(_RAD_EXTRA))
    b.t(f"\nADDENDUM ({title}):\n")
    b.slot()
    for ln in lines:
        b.emit(ln)
        b.slot()


def _k_ct_billing_hold(b: _B) -> None:
    r = b.r
    _rad_head(b, "CT ABDOMEN AND PELVIS WITH CONTRAST", "abdominal pain, concern for appendicitis")
    b.emit(f"TECHNIQUE:  MDCT after IV [[{r.choice(_CONTRAST)}]] {r.randint(80, 120)} mL. DLP {r.randint(300, 900)} "
           "mGy-cm.\n\nCOMPARISON:  ___\n\nFINDINGS:\n")
    b.emit(f"The appendix is {_pick(r, 'dilated to 11 mm with periappendiceal stranding', 'normal')}. No free air. "
           f"Small fluid in [[Morison's pouch]]. Simple renal cyst, [[Bosniak]] I, {r.randint(8, 30)} mm, "
           f"{r.randint(2, 12)} [[Hounsfield units]]. Liver, spleen, pancreas unremarkable. No lymphadenopathy.\n\n")
    b.t(f"IMPRESSION:\n{_pick(r, 'Acute uncomplicated appendicitis.', 'No acute process.')}\n\n"
        "NOTIFICATION: Findings discussed with Dr. ___ by Dr. ___ at ___.\n")
    _addendum(b, "BILLING HOLD", [
        "Claim held by Revenue Integrity: no prior authorization on file for the outpatient order; "
        f"[[{r.choice(_PAYERS)}]] denial code CO-197.\n",
        f"Patient flagged self-pay for this date; estimated charge {_amt(r, 800, 6000)}. Referred to financial "
        "counseling; statements suppressed while retro-auth is requested.\n",
    ])


def _k_mri_estimate(b: _B) -> None:
    r = b.r
    _rad_head(b, "MRI LUMBAR SPINE WITHOUT CONTRAST", "low back pain radiating to the left leg")
    b.t("TECHNIQUE:  Sagittal T1, T2, STIR; axial T1 and T2.\n\nCOMPARISON:  ___\n\nFINDINGS:\n")
    b.t(f"L4-5: broad-based disc bulge with {_pick(r, 'moderate', 'mild', 'severe')} canal stenosis. L5-S1: "
        "left paracentral protrusion contacting the traversing left S1 root. Conus terminates at L1. No marrow "
        "edema.\n\nIMPRESSION:\nL5-S1 left paracentral protrusion; L4-5 stenosis.\n")
    _addendum(b, "GOOD FAITH ESTIMATE / SELF-PAY", [
        f"Good faith estimate under the [[No Surprises Act]]: technical {_amt(r, 400, 2400)}, professional "
        f"{_amt(r, 90, 400)}. Patient uninsured; prompt-pay discount 40% applied.\n",
        "Dispute rights explained: the patient may start patient-provider dispute resolution if billed $400 or more "
        f"above the estimate ([[{r.choice(_PUBSITES)}]]).\n",
    ])


def _k_cxr_charity(b: _B) -> None:
    r = b.r
    _rad_head(b, "CHEST (PA AND LAT)", "cough, fever")
    b.t("COMPARISON:  ___\n\nFINDINGS:\n")
    lung = _pick(r, 'Right lower lobe consolidation.', 'Lungs are clear.',
                 'Mild pulmonary edema with [[Kerley B lines]].')
    b.emit(f"{lung} "
           f"No pleural effusion or pneumothorax. Heart size {_pick(r, 'normal', 'mildly enlarged')}. "
           f"{_pick(r, 'Left chest wall [[PowerPort]], tip at the cavoatrial junction.', 'No lines or tubes.')}\n\n")
    b.t(f"IMPRESSION:\n{_pick(r, 'Right lower lobe pneumonia.', 'No acute cardiopulmonary process.')}\n")
    _addendum(b, "PATIENT FINANCIAL SERVICES", [
        f"Charity-care adjustment applied to this exam ({_amt(r, 60, 600)}) per the approved financial "
        "assistance determination; no statement to be sent.\n",
        "Professional component billed by the radiology group separately; group's own discount policy applies.\n",
    ])


def _k_us_auth(b: _B) -> None:
    r = b.r
    _rad_head(b, "RUQ ULTRASOUND", "RUQ pain, elevated LFTs")
    b.emit("FINDINGS:\nThe gallbladder contains multiple shadowing stones; wall 5 mm; sonographic "
           f"[[Murphy's sign]] {_pick(r, 'positive', 'negative')}. CBD {r.randint(3, 9)} mm. Liver echotexture "
           "normal. No ascites.\n\nIMPRESSION:\nCholelithiasis "
           f"{_pick(r, 'with findings of acute cholecystitis', 'without cholecystitis')}.\n")
    _addendum(b, "UTILIZATION REVIEW", [
        f"Prior authorization denied by [[{r.choice(_PAYERS)}]] (not medically necessary outpatient); "
        "peer-to-peer offered to the ordering provider.\n",
        f"Patient notified of potential liability {_amt(r, 200, 1500)}; ABN not applicable. Retro-auth request "
        "submitted; billing hold 30 days.\n",
    ])


def _k_mammo_program(b: _B) -> None:
    r = b.r
    _rad_head(b, "BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS", "screening, uninsured")
    b.emit(f"FINDINGS:\nBreast tissue is {_pick(r, 'heterogeneously dense', 'scattered fibroglandular')}. No "
           "suspicious mass, calcification or architectural distortion.\n\nIMPRESSION:\n"
           f"[[BI-RADS]] {_pick(r, '1', '2')}: negative. Routine screening in one year.\n")
    _addendum(b, "CANCER SERVICES PROGRAM ENROLMENT", [
        "Exam covered by the state Cancer Services Program (uninsured, income below 250% FPL); no patient "
        "balance.\n",
        "If diagnostic follow-up is needed, the programme's treatment referral (Medicaid cancer treatment "
        "program) will be started by the navigator.\n",
    ])


def _k_ir_estimate(b: _B) -> None:
    r = b.r
    _rad_head(b, "IR PORT PLACEMENT", "new diagnosis requiring chemotherapy")
    b.emit(f"PROCEDURE:  Right IJ single-lumen [[PowerPort]] placement under ultrasound and fluoroscopy. "
           f"[[Bard]] REF [[REF 1708000]], [[Lot REJX0471]], [[Exp 2027-03-31]]. "
           f"Fluoro time {r.randint(1, 6)}.{r.randint(0, 9)} "
           "min. Moderate sedation 25 min.\n\nFINDINGS:\nCatheter tip at the cavoatrial junction. No pneumothorax.\n\n"
           "IMPRESSION:\nSuccessful port placement; ready for use.\n")
    _addendum(b, "COST ESTIMATE / COLLECTIONS HOLD", [
        f"Estimate given to pt before procedure: {_amt(r, 2000, 9000)}. Prior balance {_amt(r)} in collections "
        "recalled by the hospital pending charity-care review.\n",
        "Hold placed on all extraordinary collection actions ([[Section 501(r)]]).\n",
    ])


def _k_outside_overread(b: _B) -> None:
    r = b.r
    _rad_head(b, "OUTSIDE CT HEAD OVERREAD", "fall, transfer for higher level of care")
    b.t("COMPARISON:  None.\n\nFINDINGS:\n")
    sdh = _pick(r, 'Small left parafalcine subdural hematoma, 4 mm.', 'No intracranial hemorrhage.')
    b.t(f"Outside images from ___ reviewed. {sdh} "
        "No midline shift. Ventricles normal. Calvarium intact.\n\nIMPRESSION:\nAs above; agree with outside "
        "interpretation.\n")
    _addendum(b, "RECORDS RELEASE / FEES", [
        f"Outside facility charged a CD copy fee of {_amt(r, 5, 45)}; waived for continuity of care. "
        "Release of information processed by ___.\n",
        "Image import charge disputed by the family; routed to the Patient Relations office.\n",
    ])


_RAD_PAD = (
    "Billing comment: technical and professional components are billed separately; the radiology group "
    "participates in the hospital's financial assistance policy. Estimated self-pay balance {AMT}.\n",
    "Prior authorization history: the payer's radiology benefit manager requires authorization for advanced "
    "imaging; the ordering office did not obtain it, so the account is held rather than billed to the patient.\n",
    "Patient Access note: self-pay prompt-pay discount offered; the patient asked for a financial counselor "
    "and was given the public assistance line [[1-800-916-8800]].\n",
    "Coding: CPT and ICD-10 codes verified by Revenue Integrity; modifier 26 on the professional claim. "
    "No charge correction required.\n",
)


def _rad_worklist(b: _B) -> None:
    r = b.r
    b.t("\nBILLING WORKLIST (pasted from the hospital billing system):\n")
    b.t("  Date         Activity                         Amount     User\n")
    for _ in range(r.randint(3, 6)):
        act = _pick(r, "charge posted CPT [[74177]]", "hold: no auth on file", "retro-auth requested",
                    "self-pay discount applied", "statement suppressed", "charge posted CPT [[71046]]",
                    "FA adjustment (charity)", "denial CO-197 received")
        b.emit(f"  {{SD}}   {act:<34} {_amt(r, 0, 4000):>10}  ___\n")
        if r.random() < 0.3:
            b.slot()
    b.slot()


_TIMELINE = (
    "pt called; states statements go to an old address",
    "FA application mailed with return envelope",
    "missing documents letter sent (pay stubs x4, bank statements x3)",
    "agency recall requested; agency confirmed recall in writing",
    "pt requested itemized bill; sent via portal",
    "presumptive eligibility re-run after Medicaid approval",
    "credit bureau deletion letter issued by Business Office",
    "pt reports wage garnishment stopped",
    "payment plan renegotiated after job loss",
    "DSS interview completed by phone; awaiting notice",
    "crowdfunding proceeds reviewed; not counted as income by policy",
    "interpreter-assisted call (Spanish); pt agreed to plan",
    "returned mail; address update requested from pt",
    "balance moved to bad debt in error; reversed",
)


def _timeline(b: _B) -> None:
    r = b.r
    b.t(f"\n{_pick(r, 'FOLLOW-UP LOG', 'Counselor timeline', 'Contact history (most recent last)')}:\n")
    for ev in r.sample(_TIMELINE, r.randint(3, 8)):
        b.emit(f"{{SD}} - {ev}.\n")
        if r.random() < 0.25:
            b.slot()
    b.slot()
    _gen_lines(b, r.randint(1, 4))


def _activity_log(b: _B) -> None:
    r = b.r
    b.t("\nACCOUNT ACTIVITY (guarantor ledger excerpt)\n")
    b.t("| Date | Type | Description | Amount | Balance |\n|---|---|---|---|---|\n")
    bal = r.randint(2000, 60000)
    for _ in range(r.randint(3, 8)):
        amt = r.randint(20, 3000)
        bal = max(bal - amt, 0)
        typ = _pick(r, "PMT", "ADJ", "CHG", "XFER", "NOTE")
        desc = _pick(r, "patient payment", "charity care write-off", "insurance payment [[{PAYER}]]",
                     "placed with outside agency", "recalled from agency", "statement 2 of 4",
                     "returned mail", "bad-debt reversal", "promise to pay", "late charge reversed")
        b.emit(f"| {{SD}} | {typ} | {desc} | ${amt:,}.00 | ${bal:,}.00 |\n")
        if r.random() < 0.25:
            b.slot()
    b.slot()


_KINDS: dict[str, tuple[str, Callable[[_B], None]]] = {
    "fc_consult": ("discharge", _k_fc_consult),
    "fa_application": ("discharge", _k_fa_application),
    "payment_plan": ("discharge", _k_payment_plan),
    "collection_letter": ("discharge", _k_collection_letter),
    "credit_dispute": ("discharge", _k_credit_dispute),
    "legal_judgment": ("discharge", _k_legal_judgment),
    "crowdfunding_sw": ("discharge", _k_crowdfunding_sw),
    "medicaid_retro": ("discharge", _k_medicaid_retro),
    "discharge_fin": ("discharge", _k_discharge_fin),
    "advocate_letter": ("discharge", _k_advocate_letter),
    "ct_billing_hold": ("radiology", _k_ct_billing_hold),
    "mri_estimate": ("radiology", _k_mri_estimate),
    "cxr_charity": ("radiology", _k_cxr_charity),
    "us_auth": ("radiology", _k_us_auth),
    "mammo_program": ("radiology", _k_mammo_program),
    "ir_estimate": ("radiology", _k_ir_estimate),
    "outside_overread": ("radiology", _k_outside_overread),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DS_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "discharge")
_RR_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "radiology")

# Weighted category cycle, walked by a Weyl sequence.
_CAT_WEIGHTS = (
    ("PERSON", 4), ("ORGANIZATION", 3), ("ACCOUNT", 4), ("DATE_REAL_YEAR", 3), ("PHONE", 2), ("LOCATION", 2),
    ("STREET_ADDRESS", 2), ("ZIP", 1), ("HEALTH_PLAN", 2), ("MRN", 2), ("FAX", 1), ("EMAIL", 1), ("URL", 1),
    ("IP_ADDRESS", 1), ("SSN", 1), ("LICENSE", 2), ("AGE_OVER_89", 1), ("DEVICE_ID", 1), ("VEHICLE_ID", 1),
    ("PAGER", 1),
)
_CAT_CYCLE = tuple(c for c, w in _CAT_WEIGHTS for _ in range(w))

_PHI = 0.6180339887498949
_SQ2 = 0.41421356237309515
_SQ3 = 0.7320508075688772
_PLA = 0.7548776662466927


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def document_kind(seed: int, i: int) -> str:
    radiology = _frac((i + 1) * _SQ2 + seed * _PHI) < 0.45
    kinds = _RR_KINDS if radiology else _DS_KINDS
    return kinds[int(_frac((i + 1) * _SQ3 + seed * _PLA) * len(kinds))]


def _plan(seed: int, i: int) -> list[str]:
    """Planted categories of note i (empty for heavy and unplanted notes)."""
    if _is_heavy(i) or _frac((i + 1) * _PHI + seed * _SQ2) >= 0.611:
        return []
    u = _frac((i + 1) * _PLA + seed * _SQ3)
    n = 1 if u < 0.4 else 2 if u < 0.7 else 3 if u < 0.9 else 4
    cats: list[str] = []
    k = 0
    while len(cats) < n:
        c = _CAT_CYCLE[int(_frac((seed * 977 + i * 5 + k) * _PHI) * len(_CAT_CYCLE))]
        k += 1
        if c not in cats:
            cats.append(c)
    return cats


_HEAVY_BLOCK = (
    "\nREGISTRATION / DEMOGRAPHICS (interface copy)\n"
    "Patient: ___   DOB: ___   Age: ___   Sex: ___\nAddress: ___, ___, ___ ___\n"
    "Home phone: ___   Cell: ___   Email: ___\nGuarantor: ___   Relationship: ___   Phone: ___\n"
    "Employer: ___   Employer phone: ___\nPrimary ins: ___   Member ID: ___   Subscriber: ___\n"
    "Secondary ins: ___   Member ID: ___\nHAR: ___   MRN: ___   Visit: ___\n"
    "Emergency contact: ___ (___) ___\nPCP: Dr. ___   NPI: ___   Fax: ___\nCollection agency: ___   Ref: ___\n"
)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout83:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    b = _B(r, heavy)
    queue: list[tuple[str, bool]] = [(c, True) for c in _plan(seed, i)]
    for _ in range(r.randint(1, 3)):
        queue.insert(r.randint(0, len(queue)), ("_MASK", False))
    if r.random() < 0.5:
        # a masked (not planted) snippet of some category, for context without an identifier
        queue.insert(r.randint(0, len(queue)), (r.choice(_CAT_CYCLE), False))
    b.queue = queue
    if heavy:
        b.t(_HEAVY_BLOCK)
    builder(b)
    if r.random() < 0.45:
        (_rad_worklist if note_type == "radiology" else _activity_log)(b)
    if note_type == "discharge" and r.random() < 0.5:
        _timeline(b)
    b.flush()
    extra = 0
    while b.n < 1180:
        b.t("\n")
        if note_type == "radiology":
            b.emit(_RAD_PAD[extra % len(_RAD_PAD)].replace("{AMT}", _amt(r, 40, 3000)))
        else:
            _gen_lines(b, 2)
        extra += 1
    if heavy:
        b.t(_HEAVY_BLOCK.replace("REGISTRATION / DEMOGRAPHICS (interface copy)", "FINANCIAL CLEARANCE (repeat)"))
    text = b.text()
    look = [s for s in b.look if s in text]
    return LabelledNote(note_type, text, sorted(b.spans)), look, "heavy" if heavy else "normal"


def holdout83_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout83_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout83_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout83_corpus, argv, "Held-out corpus 83 (medical debt, financial counselling, charity care, collections)")
    holdout_measure.report("holdout83", args, notes, hits, res)


if __name__ == "__main__":
    main()
